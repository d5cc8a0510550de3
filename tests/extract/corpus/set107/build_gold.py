#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set107).

Copied from set69's builder (itself from set47's, set45's, set43's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see
README). As in set10-set69, the id is given in the record itself (`iid=`).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, GOV, ECO, SOC, INFRA, SEC, HR, DATA, SMART, INST, AWARE, CNT, RANK, T, RES  # noqa: E402


# --------------------------------------------------------------------------
# 01 Thừa Thiên Huế, three years of the Hue-S app (danviet.vn, the crawler's
# stamp "date 2022-05" kept as the first line; results, year 2022 by the date
# line, except "Tính riêng năm 2021, đã có 17.371.225 lượt truy cập" → 2021).
# "793.050 lượt tải ứng dụng" (=, count; no id: downloads, not users) and
# "tương đương 101,3% tổng số dân ... có sử dụng điện thoại di động thông minh"
# (=, %; no id). "trên 58.000 phản ánh" (>, count; egov.feedback_received_count,
# a judgement: received and handled); "226 đơn vị tham gia ..., bao gồm 193 cơ
# quan nhà nước và 33 tổ chức, doanh nghiệp": three counts (a breakdown by kind
# of body, spec's decided case; scope null; no id). "Số phản ánh đã được xử lý
# chiếm 97,5%" (=, egov.feedback_handled_share) "với tỷ lệ 51,1% đú[ng hạn]"
# (=, %, the excerpt cut inside "đúng"; no id). Not quantities: "27/5", "3 năm"
# (three times, a duration), "34 phút 52 giây" (the mean time of use, written
# in two units; a judgement, no record), "super app". Pillar null (no heading).
# --------------------------------------------------------------------------
D01 = dict(name="01_thuathienhue-hue-s-3-nam-2022", kind="result", year=2022, records=[
    R("Hue-S đã có «793.050 lượt", "Hue-S đã có lượt tải ứng dụng", "=", 793050, **CNT),
    R("tương đương «101,3%", "lượt tải ứng dụng Hue-S tương đương tổng số dân trên địa bàn tỉnh có sử dụng điện "
      "thoại di động thông minh", "=", 101.3),
    R("đã có «17.371.225", "lượt truy cập Hue-S", "=", 17371225, **CNT, year=2021),
    R("xử lý trên «58.000", "Hue-S đã tiếp nhận xử lý phản ánh", ">", 58000, **CNT,
      iid="egov.feedback_received_count"),
    R("với «226 đơn vị", "đơn vị tham gia hệ thống xử lý phản ánh hiện trường", "=", 226, **CNT),
    R("bao gồm «193 cơ quan", "cơ quan nhà nước tham gia hệ thống xử lý phản ánh hiện trường", "=", 193, **CNT),
    R("và «33 tổ chức", "tổ chức, doanh nghiệp tham gia hệ thống xử lý phản ánh hiện trường", "=", 33, **CNT),
    R("chiếm «97,5%", "Số phản ánh đã được xử lý", "=", 97.5, iid="egov.feedback_handled_share"),
    R("tỷ lệ «51,1%", "tỷ lệ phản ánh được xử lý đú", "=", 51.1),
])

# --------------------------------------------------------------------------
# 02 Đà Nẵng honoured as a model city of digital transformation 2020-2024
# (plo.vn, stamp "date 2025-10"; a precision text): no quantity. Not
# quantities: the title's "2020-2024" and "21/10/2025 18:01", "21-10", "năm
# 2025", "2020 – 2024", "2020 - 2024", "bốn đề án" (a word; a count of
# projects), "5 năm tới" (a duration), "2020 - 2025", "bốn năm liền (2021 -
# 2024)" (a duration and a range of years), "dẫn đầu cả nước" (a first place in
# words, no digits), "năm 2025", "2030".
# --------------------------------------------------------------------------
D02 = dict(name="02_danang-tp-tieu-bieu-chuyen-doi-so-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 03 Đà Nẵng first in the DTI 2020 (baodanang.vn, address 202111, no date
# shown). The lead-in "ở vị trí thứ nhất về xếp hạng Chính quyền số cấp tỉnh,
# Đà Nẵng có ..." names chính quyền số → digital_government for the list it
# opens (spec's decided case on lead-ins). Results of 2020 (the DTI 2020 the
# paragraph speaks of): "75% dịch vụ công trực tuyến mức độ 4" (=,
# egov.full_online_services_share: level 4 is the old name of full online
# services; a judgement), "100% văn bản trao đổi dưới dạng điện tử" (=,
# egov.electronic_documents_share), "100% ứng dụng nội bộ được kết nối, sử
# dụng qua LGSP" (=, data.lgsp_connected_systems_share), "100% hệ thống thông
# tin được giám sát, bảo " (=, security.monitored_systems_share; the excerpt
# ends inside "bảo [đảm]"). Not quantities: "Năm 2020" (twice), "3 trụ cột"
# (twice, the parts of an index), "2025", "2030", "Covid-19", "mức độ 4" (a
# name), "vị trí thứ nhất" (a word, no digits).
# --------------------------------------------------------------------------
D03 = dict(name="03_danang-dti-2020-chinh-quyen-so", kind="result", year=2020, records=[
    R("Đà Nẵng có «75%", "dịch vụ công trực tuyến mức độ 4", "=", 75, pillar=GOV,
      iid="egov.full_online_services_share"),
    R("mức độ 4, «100% văn bản", "văn bản trao đổi dưới dạng điện tử (trừ văn bản mật)", "=", 100, pillar=GOV,
      iid="egov.electronic_documents_share"),
    R("«100% ứng dụng nội bộ", "ứng dụng nội bộ được kết nối, sử dụng qua LGSP", "=", 100, pillar=GOV,
      iid="data.lgsp_connected_systems_share"),
    R("«100% hệ thống thông tin", "hệ thống thông tin được giám sát, bảo", "=", 100, pillar=GOV,
      iid="security.monitored_systems_share"),
])

# --------------------------------------------------------------------------
# 04 Đà Nẵng's two titles at the Vietnam Smart City Awards 2025
# (vietnam.vnanet.vn, stamp "date 2025-12", the byline line "23/12/2025" and a
# photo caption cut; a precision text): no quantity. Not quantities: "2025"
# (five times, in names and the year), "75 đề cử", "18 giải thưởng", "08 giải",
# "10 giải", "03 hạng mục" (the nominations, prizes and categories of an award:
# the make-up of an event, like spec's "hơn 50 cơ quan báo chí" and "gồm 9 chỉ
# số chính"; a judgement).
# --------------------------------------------------------------------------
D04 = dict(name="04_danang-smart-city-awards-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 05 Vĩnh Phúc, firms and digital platforms (doanhnghiephoinhap.vn, byline
# 15/08/2022 → `date 2022-08`; the photo caption, printed twice, cut). Targets:
# the title "Vĩnh Phúc sẽ có 90% doanh nghiệp nhỏ và vừa sử dụng nền tảng số vào
# năm 2030" (>=, 2030), "tới năm 2025 có 50% doanh nghiệp nhỏ và vừa sử dụng nền
# tảng số" (>=, 2025), both econ.sme_digital_platforms_share; "30% doanh
# nghiệp tham gia đánh giá mức độ chuyển đổi số" (>=, 2025; no id); "tới năm
# 2030 con số này sẽ đạt 90%" (>=, 2030; the indicator as written, "con số
# này"; econ.sme_digital_platforms_share, the title saying which figure reaches
# 90% in 2030; a judgement). Results "tới tháng 4/2022" (2022): "3.801 doanh
# nghiệp công nghệ thông tin, điện tử, viễn thông và công nghệ số" (=,
# econ.digital_tech_enterprises_count), "540 doanh nghiệp ... vận tải và
# logistic" and "472 doanh nghiệp khởi nghiệp về công nghệ số" (=, counts; no
# id). Results of 2021: "tổng doanh thu ... đạt 118.204 tỷ đồng" (=, đồng,
# econ.ict_industry_revenue), "GRDP của khu vực ... đạt 25.541 tỷ đồng" (=,
# đồng; no id), "chiếm 18,7% tổng sản phẩm GRDP" (=, %; no id: the ICT sector's
# share, not the digital economy's; a judgement). Not quantities: "tháng
# 4/2022", "năm 2021" (twice), "tháng 6/2022", "163/KH-UBND", "3 bộ chỉ số",
# "3 mức độ quy mô" (the parts of an index). Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_vinhphuc-doanh-nghiep-nen-tang-so-2022", kind="target", year=2022, records=[
    R("sẽ có «90% doanh nghiệp", "doanh nghiệp nhỏ và vừa sử dụng nền tảng số", ">=", 90, year=2030,
      iid="econ.sme_digital_platforms_share"),
    R("năm 2025 có «50% doanh", "doanh nghiệp nhỏ và vừa sử dụng nền tảng số", ">=", 50, year=2025,
      iid="econ.sme_digital_platforms_share"),
    R("nền tảng số, «30% doanh", "doanh nghiệp tham gia đánh giá mức độ chuyển đổi số", ">=", 30, year=2025),
    R("sẽ đạt «90%.", "con số này", ">=", 90, year=2030, iid="econ.sme_digital_platforms_share"),
    R("Vĩnh Phúc có «3.801", "doanh nghiệp công nghệ thông tin, điện tử, viễn thông và công nghệ số", "=", 3801,
      **CNT, kind="result", iid="econ.digital_tech_enterprises_count"),
    R("«540 doanh nghiệp", "doanh nghiệp cung cấp dịch vụ vận tải và logistic sử dụng công nghệ số", "=", 540,
      **CNT, kind="result"),
    R("«472 doanh nghiệp", "doanh nghiệp khởi nghiệp về công nghệ số", "=", 472, **CNT, kind="result"),
    R("năm 2021 đạt «118.204", "tổng doanh thu khu vực sản xuất, dịch vụ công nghệ thông tin, điện tử, viễn thông "
      "và công nghệ số", "=", 118204e9, unit="other", unit_text="đồng", kind="result", year=2021,
      iid="econ.ict_industry_revenue"),
    R("năm 2021 đạt «25.541", "Tổng sản phẩm (GRDP) của khu vực sản xuất và dịch vụ lĩnh vực điện tử - viễn thông - "
      "công nghệ thông tin - phát thanh truyền hình", "=", 25541e9, unit="other", unit_text="đồng", kind="result",
      year=2021),
    R("chiếm «18,7%", "khu vực điện tử - viễn thông - công nghệ thông tin - phát thanh truyền hình chiếm tổng sản "
      "phẩm GRDP của Vĩnh Phúc", "=", 18.7, kind="result", year=2021),
])

# --------------------------------------------------------------------------
# 06 Vĩnh Phúc launches the "Bình dân học vụ số" movement (compho.vn; no date
# shown; a precision text): no quantity. Not quantities: "13 điểm cầu cấp
# huyện, xã" (the connection points of a launch event: its participants, like
# spec's "hơn 50 cơ quan báo chí"), "23-CT/TU" (a document number).
# --------------------------------------------------------------------------
D06 = dict(name="06_vinhphuc-binh-dan-hoc-vu-so-precision", kind="result", year=None, records=[])

# --------------------------------------------------------------------------
# 07 Quảng Trị's targets for 2026-2030 (diendandoanhnghiep.vn, byline
# 30/09/2025 → `date 2025-09`; the section label, the byline, an image name and
# a photo caption cut). Every number is a target of the political report for
# the period 2026-2030 → year 2030 (the end of the period, a judgement; "Đến
# năm 2030" in the fourth paragraph). Economic targets are recorded as the
# contract reads ("every number that a plan sets as a target ... for an
# indicator"; a judgement: they are not digital-transformation indicators).
# The title "tăng trưởng kinh tế trên 9%/năm" (>); "tăng trưởng kinh tế
# 9-10%/năm" and "GRDP đạt 9 - 10%/năm" (between); "thu ngân sách đạt 75 - 80
# nghìn tỷ đồng", "vốn đầu tư ... đạt 500 - 520 nghìn tỷ đồng", "GRDP theo giá
# hiện hành đạt 227 - 238 nghìn tỷ đồng", "thu nhập bình quân đầu người đạt 137
# - 145 triệu đồng" (between, đồng, "nghìn tỷ" multiplying 1e12); "tỷ trọng
# giá trị tăng thêm của kinh tế số trong GRDP phấn đấu đạt 15 - 20%" (between,
# econ.digital_economy_gdp_share). Not quantities: "2026-2030", "4-5/10/2025"
# (twice), "2020 - 2025", "lần thứ nhất", "2026 - 2030", "năm 2030", "4 trụ
# cột" (the parts of a strategy). Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_quangtri-kinh-te-so-grdp-2030", kind="target", year=2030, records=[
    R("kinh tế trên «9%/năm", "Quảng Trị tăng trưởng kinh tế", ">", 9),
    R("tăng trưởng kinh tế «9-10%/năm", "tỉnh Quảng Trị tăng trưởng kinh tế", "between", 9, value_max=10),
    R("(GRDP) đạt «9 - 10%/năm", "tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)", "between", 9, value_max=10),
    R("thu ngân sách đạt «75 - 80", "thu ngân sách", "between", 75e12, value_max=80e12, unit="other",
      unit_text="đồng"),
    R("trên địa bàn đạt «500 - 520", "vốn đầu tư thực hiện trên địa bàn", "between", 500e12, value_max=520e12,
      unit="other", unit_text="đồng"),
    R("hiện hành đạt «227 - 238", "tổng sản phẩm trên địa bàn (GRDP) theo giá hiện hành", "between", 227e12,
      value_max=238e12, unit="other", unit_text="đồng"),
    R("phấn đấu đạt «15 - 20%", "tỷ trọng giá trị tăng thêm của kinh tế số trong GRDP", "between", 15,
      value_max=20, iid="econ.digital_economy_gdp_share"),
    R("đầu người đạt «137 - 145", "thu nhập bình quân đầu người", "between", 137e6, value_max=145e6, unit="other",
      unit_text="đồng"),
])

# --------------------------------------------------------------------------
# 08 Quảng Trị's conference on the tasks of 2026 (vneconomy.vn, stamp "date
# 2026-01"; a photo caption cut). "mục tiêu GRDP đạt từ 9–10%" (target,
# between, 2026); "năm 2025 tốc độ tăng trưởng GRDP đạt 8%" (result, =, 2025),
# "xếp thứ 20/34 tỉnh, thành phố" (result, rank =, 2025: the place of that
# growth). "phê duyệt chủ trương đầu tư cho 172 dự án trong nước" (result,
# count, 2025: "Trong năm"), "11 dự án với tổng vốn khoảng 51.600 tỷ đồng"
# (result, count =, and money ~, 2025). No ids (economic figures). Not
# quantities: "17/17 chỉ tiêu" (a count of targets), "tăng 21%" (so với năm
# 2024: a change), "tăng gần 4 lần" (a change), "14/1", "năm 2026", "6 tháng" (a
# duration), "78 đơn vị hành chính cấp xã, gồm 69 xã, 8 phường và 1 đặc khu"
# (the make-up of the province after the merger, no target or result; a
# judgement), "hai cấp" (a word). Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_quangtri-grdp-2026", kind="result", year=2025, records=[
    R("GRDP đạt từ «9–10%", "GRDP", "between", 9, value_max=10, kind="target", year=2026),
    R("GRDP đạt «8%", "năm 2025 tốc độ tăng trưởng GRDP", "=", 8),
    R("xếp thứ «20/34", "tốc độ tăng trưởng GRDP xếp thứ tỉnh, thành phố", "=", 20, **RANK),
    R("đầu tư cho «172 dự án", "tỉnh Quảng Trị phê duyệt chủ trương đầu tư cho dự án trong nước", "=", 172, **CNT),
    R("có «11 dự án", "lĩnh vực đô thị và nhà ở xã hội có dự án", "=", 11, **CNT),
    R("vốn khoảng «51.600", "tổng vốn lĩnh vực đô thị và nhà ở xã hội", "~", 51600e9, unit="other",
      unit_text="đồng"),
], NOT=["tăng «21%"])

# --------------------------------------------------------------------------
# 09 Hà Nội, electronic medical records in hospitals (vtcnews.vn; no date
# shown; the page names "Hội nghị Chuyển đổi số ngành Y tế năm 2025" and a
# deadline of 30/9 → document year 2025, results). "25 trong tổng số 42 bệnh
# viện công lập ... (chiếm 59,52%) hoàn tất triển khai hồ sơ bệnh án điện tử"
# (=, count 25, society.hospitals_emr_count; the total 42 is the denominator,
# no record; =, 59.52 %, society.hospitals_emr_share); "khối bệnh viện ngoài
# công lập chỉ có 9/48 đơn vị triển khai thành công, tương đương 18,75%" (=,
# count 9 and 18.75 %, the same ids). Public and private hospitals are kinds of
# bodies, not levels or population groups → scope null. Not quantities: "42",
# "48" (denominators), "Đề án 06" (a name), "2022 - 2025", "2030", "30/9",
# "năm 2025". Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_hanoi-benh-an-dien-tu-2025", kind="result", year=2025, records=[
    R("hiện tại, «25 trong", "bệnh viện công lập trực thuộc Sở Y tế Hà Nội hoàn tất triển khai hồ sơ bệnh án "
      "điện tử", "=", 25, **CNT, iid="society.hospitals_emr_count"),
    R("(chiếm «59,52%", "bệnh viện công lập trực thuộc Sở Y tế Hà Nội hoàn tất triển khai hồ sơ bệnh án điện tử",
      "=", 59.52, iid="society.hospitals_emr_share"),
    R("chỉ có «9/48", "khối bệnh viện ngoài công lập đơn vị triển khai thành công", "=", 9, **CNT,
      iid="society.hospitals_emr_count"),
    R("tương đương «18,75%", "khối bệnh viện ngoài công lập đơn vị triển khai thành công", "=", 18.75,
      iid="society.hospitals_emr_share"),
])

# --------------------------------------------------------------------------
# 10 Quảng Ninh, e-commerce and its infrastructure (thoibaotaichinhvietnam.vn,
# stamp "date 2025-09"). Under the heading "Hạ tầng số mở đường cho thương mại
# điện tử" (names hạ tầng số → digital_infrastructure). Results "Đến cuối năm
# 2024": "1.871 trạm 3G; 3.232 trạm 4G và 165 trạm 5G" (three counts, each its
# own subject, spec's decided case on "4.977 trạm (1.290 trạm 2G; ...)"; ids:
# infra.fiveg_stations_count on the 5G stations, null on 3G and 4G, the
# catalogue holding only all BTS stations), "Tỷ lệ dân số được phủ sóng mạng
# di động 4G trở lên đạt 100%" (=, infra.mobile_broadband_population_coverage_share).
# Not quantities: "năm 2020", "2021 - 2025", "3G", "4G", "5G" in names.
# --------------------------------------------------------------------------
D10 = dict(name="10_quangninh-tmdt-tram-bts-2024", kind="result", year=2024, records=[
    R("có «1.871 trạm", "trạm 3G", "=", 1871, **CNT, pillar=INFRA),
    R("3G; «3.232 trạm", "trạm 4G", "=", 3232, **CNT, pillar=INFRA),
    R("và «165 trạm", "trạm 5G", "=", 165, **CNT, pillar=INFRA, iid="infra.fiveg_stations_count"),
    R("trở lên đạt «100%", "Tỷ lệ dân số được phủ sóng mạng di động 4G trở lên", "=", 100, pillar=INFRA,
      iid="infra.mobile_broadband_population_coverage_share"),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
