#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set71).

Copied from set69's builder (itself from set47's, set45's, set43's, set41's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (232
entries; see README). As in set10-set47, the id is given in the record itself (`iid=`).

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


DIEM = dict(unit="other", unit_text="điểm")
DONG = dict(unit="other", unit_text="đồng")

# --------------------------------------------------------------------------
# 01 Vĩnh Phúc, the year's results (vinhphuctv.vn, byline "Cập nhật: 10/01/2024
# 21:30:00" → `date 2024-01`). The text reports on 2023 ("Trong năm 2023"), so
# its "Đến nay" results take 2023, not the stamp's 2024 (a judgement). Results:
# "hơn 134 tỷ đồng từ ngân sách" (>, other "đồng", 1.34e11;
# inst.dx_funding_amount), "90% hộ gia đình có internet băng thông rộng cố
# định" (=, infra.households_internet_share), "gần 550 nghìn tài khoản định
# danh điện tử mức 2" and "gần 69 nghìn tài khoản định danh mức 1" (~, count,
# 550000 and 69000; null: the catalogue counts activated accounts of all
# levels, not one level), "70% người trưởng thành có tài khoản định danh điện
# tử" (=, society.eid_users_share), "95 % dân số có hồ sơ sức khỏe điện tử"
# (the page's space before "%"; =, society.electronic_health_records_share),
# "100% cơ sở giáo dục, cơ sở y tế ... thanh toán không dùng tiền mặt" (one
# record: one number for two kinds of bodies; null: no catalogue share joins
# schools and health facilities). Target: "đến năm 2025 ... nằm trong top 15
# tỉnh, thành phố dẫn đầu cả nước về chính quyền điện tử" (rank <=, 2025; null:
# the text names no index). NOT: "vượt 30% chỉ tiêu được giao" (a result's
# change against its target). Not quantities: "cả 3 phương diện", "cả 3 cấp",
# "mức 2"/"mức 1" (names of levels), the date line. Pillar null: no heading; the
# opening sentence names three pillars.
# --------------------------------------------------------------------------
D01 = dict(name="01_vinhphuc-ket-qua-chuyen-doi-so-2023", kind="result", year=2023, records=[
    R("dành hơn «134 tỷ", "Vĩnh Phúc dành từ ngân sách thực hiện chuyển đổi số", ">", 134e9, **DONG,
      iid="inst.dx_funding_amount"),
    R("toàn tỉnh có «90% hộ", "hộ gia đình có internet băng thông rộng cố định", "=", 90,
      iid="infra.households_internet_share"),
    R("gần «550 nghìn", "tài khoản định danh điện tử mức 2", "~", 550000, **CNT),
    R("gần «69 nghìn", "tài khoản định danh mức 1", "~", 69000, **CNT),
    R("với tỷ lệ «70% người", "tỷ lệ người trưởng thành có tài khoản định danh điện tử", "=", 70,
      iid="society.eid_users_share"),
    R("giao; «95 % dân số", "dân số có hồ sơ sức khỏe điện tử", "=", 95,
      iid="society.electronic_health_records_share"),
    R("điện tử; «100% cơ sở giáo dục", "cơ sở giáo dục, cơ sở y tế đã triển khai các giải pháp thanh toán không "
      "dùng tiền mặt", "=", 100),
    R("nằm trong top «15 tỉnh", "Vĩnh Phúc nằm trong top tỉnh, thành phố dẫn đầu cả nước về chính quyền điện tử",
      "<=", 15, **RANK, kind="target", year=2025),
], NOT=["vượt «30% chỉ tiêu"])

# --------------------------------------------------------------------------
# 02 Vĩnh Phúc, infrastructure and the money of 2024 (vietnam.vn, no date shown;
# "trong năm 2024" → document year 2024, also for "Đến nay, 100% ..." (a
# judgement)). Results: "100% cơ quan, đơn vị trong hệ thống chính trị ba cấp
# được trang bị máy tính, mạng LAN và kết nối Internet băng thông rộng" (=, one
# value for all three levels → scope null; null id: agencies equipped, not the
# catalogue's share of civil servants with computers), "gần 2.000 tỷ đồng trong
# năm 2024 để triển khai các dự án hạ tầng nền tảng số" (~, other "đồng", 2e12;
# inst.dx_funding_amount). Not quantities: "ba cấp". Pillar null: "Nhận thức
# được tầm quan trọng của kinh tế số, ..." opens a paragraph, not a list, and
# the money goes to infrastructure platforms (a judgement).
# --------------------------------------------------------------------------
D02 = dict(name="02_vinhphuc-ha-tang-ngan-sach-2024", kind="result", year=2024, records=[
    R("Đến nay, «100% cơ quan", "cơ quan, đơn vị trong hệ thống chính trị ba cấp được trang bị máy tính, mạng LAN "
      "và kết nối Internet băng thông rộng", "=", 100),
    R("dành gần «2.000 tỷ", "Tỉnh đã dành để triển khai các dự án hạ tầng nền tảng số", "~", 2000e9, **DONG,
      iid="inst.dx_funding_amount"),
])

# --------------------------------------------------------------------------
# 03 Thái Bình, Vũ Thư district's targets for 2022 (baothaibinh.com.vn, byline
# "Thứ 4, 18/05/2022 | 20:33:42" → `date 2022-05`; the page's clock line "Thứ 5,
# 25/07/2024, 23:17[GMT+7]", the view count and a photo caption cut). Targets of
# 2022 ("Năm 2022, ..."). The title "Vũ Thư phấn đấu 55% dân số trở lên có điện
# thoại thông minh" states the first target again: recorded (>=). In the list:
# "tỷ lệ dân số có điện thoại thông minh đạt 55% trở lên" (>=;
# society.adult_smartphone_share: "dân số", not "dân số trưởng thành", a
# judgement as set69's 06), "tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ đạt
# 50% trở lên" (egov.online_services_with_applications_share), "tỷ lệ số hóa
# hồ sơ, kết quả giải quyết thủ tục hành chính cấp huyện đạt 50% trở lên, cấp
# xã 30% trở lên" (a split by level: scopes "cấp huyện", "cấp xã";
# egov.digitised_procedure_results_share), "30% doanh nghiệp nhỏ và vừa sử
# dụng nền tảng số" (bare → >=; econ.sme_digital_platforms_share). Not
# quantities: "12 chỉ tiêu" (a count of targets), "18/5", "28/4/2022". Pillar
# null: the lead-in names four pillars at once.
# --------------------------------------------------------------------------
D03 = dict(name="03_thaibinh-vuthu-chi-tieu-2022", kind="target", year=2022, records=[
    R("phấn đấu «55% dân số trở lên", "dân số có điện thoại thông minh", ">=", 55,
      iid="society.adult_smartphone_share"),
    R("thông minh đạt «55% trở lên", "tỷ lệ dân số có điện thoại thông minh", ">=", 55,
      iid="society.adult_smartphone_share"),
    R("phát sinh hồ sơ đạt «50%", "tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ", ">=", 50,
      iid="egov.online_services_with_applications_share"),
    R("cấp huyện đạt «50%", "tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", ">=", 50,
      scope="cấp huyện", iid="egov.digitised_procedure_results_share"),
    R("cấp xã «30% trở lên", "tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", ">=", 30,
      scope="cấp xã", iid="egov.digitised_procedure_results_share"),
    R("trở lên; «30% doanh nghiệp", "doanh nghiệp nhỏ và vừa sử dụng nền tảng số", ">=", 30,
      iid="econ.sme_digital_platforms_share"),
])

# --------------------------------------------------------------------------
# 04 Hải Dương, computers for Project 06 in three localities (the province's
# chuyendoiso.haiduong.gov.vn, "01/02/2023 07:43:55" → `date 2023-02`; the
# section line "Thông tin chuyển đổi số" and the closing credit "Báo Hải Dương"
# cut). Results of 2023, counts, all null ids (the catalogue holds the share of
# civil servants with computers, not counts of machines): Chí Linh's "26 bộ máy
# vi tính và 26 máy scan" (two records, each its own subject), "đặt tại 26 nhà
# văn hóa thôn, khu dân cư" (the places equipped), Cẩm Giàng's "17 bộ máy vi
# tính", Bình Giang's "1 bộ máy vi tính". Not quantities: "trang cấp 2 bộ, các
# nơi còn lại 1 bộ" (how the 26 were shared out per commune, not a value of an
# indicator; a judgement), "Đề án 06" (a name). No `place` is given: the three
# localities lie in the document's own province. Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_haiduong-may-vi-tinh-de-an-06-2023", kind="result", year=2023, records=[
    R("trang bị «26 bộ máy vi tính và", "TP Chí Linh đã trang bị bộ máy vi tính cho các xã, phường", "=", 26, **CNT),
    R("và «26 máy scan", "TP Chí Linh đã trang bị máy scan cho các xã, phường", "=", 26, **CNT),
    R("đặt tại «26 nhà văn hóa", "nhà văn hóa thôn, khu dân cư đặt hệ thống máy vi tính", "=", 26, **CNT),
    R("tặng «17 bộ", "Huyện Cẩm Giàng được Ban Quản lý khu công nghiệp Đại An tặng bộ máy vi tính", "=", 17, **CNT),
    R("trang bị «1 bộ máy vi tính đặt", "Huyện Bình Giang trang bị bộ máy vi tính đặt tại trụ sở UBND thị trấn Kẻ Sặt",
      "=", 1, **CNT),
])

# --------------------------------------------------------------------------
# 05 Quảng Trị, the revised digital-infrastructure plan 195/KH-UBND for
# 2023-2025 (quangtri.gov.vn, byline "20:59, Thứ Hai, 9-10-2023" → `date
# 2023-10`). A precision text: one quantity, the excerpt's last clause
# "Phấn đấu tỷ lệ thôn, bản được phủ sóng băng rộng di động đạt 100%" (target,
# >=; year 2025, the plan's end year, as no sentence names a year (a
# judgement); infra.mobile_village_coverage_share). Pillar digital_infrastructure:
# the page title "Kế hoạch điều chỉnh, bổ sung phát triển hạ tầng số ..." heads
# the page (set69's 08: a title counts as a heading). Not quantities: "2023 –
# 2025" (twice), "8/10/2023", "195/KH-UBND", the date line.
# --------------------------------------------------------------------------
D05 = dict(name="05_quangtri-ha-tang-so-2023-2025-precision", kind="target", year=2025, records=[
    R("băng rộng di động đạt «100%", "tỷ lệ thôn, bản được phủ sóng băng rộng di động", ">=", 100,
      pillar=INFRA, iid="infra.mobile_village_coverage_share"),
])

# --------------------------------------------------------------------------
# 06 Thanh Hóa city on its way to a smart city (baothanhhoa.vn, the crawler's
# stamp " date 2021-12" kept as returned, with the title on the same line; the
# photo caption "Một góc TP Thanh Hóa. Ảnh: Minh Khôi" cut). A precision text:
# one quantity, "hiện nay thành phố có trên 70% dân số sử dụng Internet"
# (result, >, 2021 from the stamp; infra.internet_users_share). Pillar
# smart_city: the title "Xây dựng TP Thanh Hóa trở thành đô thị thông minh"
# heads the page. Not quantities: "giai đoạn 2 ... trong 4 giai đoạn" (stages of
# a roadmap), "lần thứ XXI", "2020-2025", "năm 2025", "đô thị loại I" (a class
# name), "năm 2030", "2016-2020", "3 doanh nghiệp cung cấp dịch vụ lớn" (the
# providers named, a description of the market, not a value of an indicator; a
# judgement).
# --------------------------------------------------------------------------
D06 = dict(name="06_thanhhoa-tp-do-thi-thong-minh-2021-precision", kind="result", year=2021, records=[
    R("có trên «70% dân số", "dân số sử dụng Internet", ">", 70, pillar=SMART, iid="infra.internet_users_share"),
])

# --------------------------------------------------------------------------
# 07 Nghệ An, phase 2 of the smart-city pilot and its IOC (nghean24h.vn, the
# crawler's stamp " date 2024-08" kept as returned). A precision text with no
# quantity at all: dates ("24/7/2020", "18/12/2020", "22/3/2024", "22/8/2024"),
# periods ("2020-2025", "2030", "giai đoạn 1 (2020-2022)", "giai đoạn 2
# (2023-2025)", "Giai đoạn 1"), document numbers ("2450/QĐ-UBND" three times,
# "634/QĐ-UBND", "655/KH-UBND"), names ("phiên bản 1.0", "Đề án 06"). No record.
# --------------------------------------------------------------------------
D07 = dict(name="07_nghean-ioc-giai-doan-2-2024-precision", kind="result", year=2024, records=[])

# --------------------------------------------------------------------------
# 08 Nghệ An, cameras in Vinh city (baonghean.vn, byline "Đặng Cường - Đình
# Tuyên - 26/10/2024 18:28" → `date 2024-10`). Results of 2024, counts: the
# title's "hơn 190 điểm lắp camera giám sát" (>), the body's "gần 600 camera"
# (~; city.surveillance_cameras_count) "tại hơn 190 điểm" (>; null: places,
# not cameras). Pillar null (no heading names one).
# --------------------------------------------------------------------------
D08 = dict(name="08_nghean-vinh-camera-2024-precision", kind="result", year=2024, records=[
    R("có hơn «190 điểm lắp", "Thành phố Vinh có điểm lắp camera giám sát", ">", 190, **CNT),
    R("gần «600 camera", "Công an tỉnh Nghệ An đã hoàn thiện lắp đặt camera trên địa bàn thành phố Vinh", "~", 600,
      **CNT, iid="city.surveillance_cameras_count"),
    R("tại hơn «190 điểm, trải", "điểm lắp đặt camera trên địa bàn thành phố Vinh", ">", 190, **CNT),
])

# --------------------------------------------------------------------------
# 09 Tây Ninh, the province's camera system handed over to its operations
# centre (giaminhtech.com, no date shown; "Ngày 23/10/2023" → 2023; the image
# name line "minhhoa.png" cut). Results, counts: "375 camera" (=), then its
# breakdown "30 camera AI an ninh, 30 camera AI giao thông, 27 camera PTZ tầm
# xa, 75 camera PTZ và 213 camera an ninh thông thường" (one record per number,
# each its own subject, scope null: a breakdown by kind of thing, as the spec's
# BTS case), all city.surveillance_cameras_count (a split by kind keeps the id;
# a judgement), and "được lắp đặt tại 147 vị trí" (=, null: places). Pillar
# null: "Trung tâm Giám sát, điều hành ..." is named in a sentence, not a
# heading. Not quantities: "23/10/2023".
# --------------------------------------------------------------------------
CAM = "city.surveillance_cameras_count"
D09 = dict(name="09_tayninh-ioc-camera-2023", kind="result", year=2023, records=[
    R("với «375 camera", "hệ thống camera giám sát an ninh trật tự tập trung vận hành tại Trung tâm giám sát điều "
      "hành kinh tế, xã hội tập trung tỉnh", "=", 375, **CNT, iid=CAM),
    R("gồm: «30 camera AI an ninh", "camera AI an ninh", "=", 30, **CNT, iid=CAM),
    R("an ninh, «30 camera AI giao thông", "camera AI giao thông", "=", 30, **CNT, iid=CAM),
    R("giao thông, «27 camera", "camera PTZ tầm xa", "=", 27, **CNT, iid=CAM),
    R("tầm xa, «75 camera", "camera PTZ", "=", 75, **CNT, iid=CAM),
    R("và «213 camera", "camera an ninh thông thường", "=", 213, **CNT, iid=CAM),
    R("tại «147 vị trí", "vị trí lắp đặt camera giám sát an ninh trật tự tập trung", "=", 147, **CNT),
])

# --------------------------------------------------------------------------
# 10 Tây Ninh, surveillance cameras and what they served (plo.vn; the title line
# ends in the page's "25/09/2025 11:26", kept as returned (a whole line cannot be
# cut without the title) → document year 2025; two photo captions cut). Results,
# counts: the title's "Gần 3.200 'mắt thần'" and the body's "gần 3.200 camera
# giám sát" (~; city.surveillance_cameras_count, each recorded), "mỗi ngày tiếp
# nhận 10–15 tin báo từ dữ liệu camera" (between 10 and 15, the en dash as
# written), "trung bình mỗi năm camera giúp CSGT xử phạt hơn 1.500 trường hợp"
# (>), "từ đầu năm 2025, đơn vị đã dùng dữ liệu camera phục vụ điều tra 39 vụ
# án" (=): what the camera system served, reported as reached (a judgement:
# recorded as results of the system, null ids). Not quantities: "hàng trăm",
# "hàng ngàn" (no digits), "năm 2025". Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_tayninh-camera-giam-sat-2025", kind="result", year=2025, records=[
    R("Gần «3.200 'mắt thần'", "'mắt thần' giúp công an phá án, giữ gìn an ninh ở Tây Ninh", "~", 3200, **CNT,
      iid=CAM),
    R("đang có gần «3.200 camera", "Tỉnh Tây Ninh đang có camera giám sát", "~", 3200, **CNT, iid=CAM),
    R("tiếp nhận «10–15 tin báo", "tin báo từ dữ liệu camera Công an tỉnh tiếp nhận mỗi ngày", "between", 10,
      **CNT, value_max=15),
    R("xử phạt hơn «1.500 trường hợp", "trường hợp camera giúp CSGT xử phạt trung bình mỗi năm", ">", 1500, **CNT),
    R("điều tra «39 vụ án", "vụ án rất nghiêm trọng và đặc biệt nghiêm trọng được điều tra nhờ dữ liệu camera", "=",
      39, **CNT),
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
