#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set100).

Copied from set69's builder (itself from set47's, set45's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (227
entries at b3db1f4; see README). As in set10-set47, the id is given in the record itself (`iid=`).

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
DOCS_ISSUED = "inst.dx_policy_documents_count"

# --------------------------------------------------------------------------
# 01 Điện Biên, digital infrastructure (phunuvietnam.vn, byline 22/07/2025 →
# `date 2025-07`; results of 2025). All numbers stand under the heading "Hiện
# đại hóa hạ tầng số" → digital_infrastructure (the page title is printed twice
# and names no pillar beyond "chuyển đổi số"). "1.090 vị trí trạm thu phát sóng
# (BTS)" (count, infra.bts_stations_count); its breakdown "1.052 vị trí có phủ
# sóng 4G và 38 vị trí có phủ sóng 5G" (one count each, scope null, spec's
# breakdown by kind; the 5G sites infra.fiveg_stations_count, the 4G sites no
# exact id). "ước đạt gần 500.000 thuê bao" (~, infra.mobile_subscriptions_count),
# "tương đương 78 thuê bao di động/100 dân" (=, unit other "thuê bao di
# động/100 dân" as an earlier set wrote "87 thuê bao/100 dân"; no % is written;
# no id: the catalogue's per-100 ids are of broadband). "4G đã phủ đến 100%
# trung tâm cấp xã và gần 95% khu vực có dân cư sinh sống": two records with
# their own subjects (places, not a split by level → scope null; ids null: the
# coverage of commune centres and of inhabited area are not the catalogue's
# population coverage, a judgement). "740 tuyến" (the excerpt ends there: a
# count of transmission routes, no id). Not quantities: "4G", "5G" (names),
# "100 dân" (the denominator).
# --------------------------------------------------------------------------
D01 = dict(name="01_dienbien-ha-tang-so-2025", kind="result", year=2025, records=[
    R("hiện có «1.090 vị trí", "vị trí trạm thu phát sóng thông tin di động (BTS)", "=", 1090, **CNT, pillar=INFRA,
      iid="infra.bts_stations_count"),
    R("trong đó «1.052 vị trí", "vị trí có phủ sóng 4G", "=", 1052, **CNT, pillar=INFRA),
    R("4G và «38 vị trí", "vị trí có phủ sóng 5G", "=", 38, **CNT, pillar=INFRA, iid="infra.fiveg_stations_count"),
    R("gần «500.000 thuê bao", "Tổng số thuê bao điện thoại di động", "~", 500000, **CNT, pillar=INFRA,
      iid="infra.mobile_subscriptions_count"),
    R("tương đương «78 thuê bao", "thuê bao di động/100 dân", "=", 78, unit="other",
      unit_text="thuê bao di động/100 dân", pillar=INFRA),
    R("phủ đến «100% trung tâm", "Sóng thông tin di động 4G đã phủ trung tâm cấp xã", "=", 100, pillar=INFRA),
    R("gần «95% khu vực", "Sóng thông tin di động 4G đã phủ khu vực có dân cư sinh sống", "~", 95, pillar=INFRA),
    R("có «740 tuyến", "Về hạ tầng truyền dẫn, toàn tỉnh có tuyến", "=", 740, **CNT, pillar=INFRA),
])

# --------------------------------------------------------------------------
# 02 Đồng Tháp, commune and ward public-service centres after the July 2025
# merger (nhandan.vn, no date shown). A precision text with no quantity: "Sau
# hơn 3 tháng đi vào hoạt động" is a duration; "Hầu hết hồ sơ được giải quyết
# đúng hạn" has no number. The photo caption printed twice was cut.
# --------------------------------------------------------------------------
D02 = dict(name="02_dongthap-trung-tam-hcc-xa-phuong-precision", kind="result", year=None, records=[])

# --------------------------------------------------------------------------
# 03 Thanh Hóa, the commune-level criteria for 2025 (truyenhinhthanhhoa.vn, no
# date shown). "Bộ tiêu chí đánh giá chuyển đổi số cấp xã đến năm 2025": the
# three criteria named after "Trong nhóm tiêu chí về xã hội số, ... như:" are
# targets of 2025 (>=, bare "đạt X%" in a target), the lead-in names xã hội số
# → digital_society for its list: "Tỷ lệ hộ gia đình thanh toán tiền điện bằng
# phương thức không dùng tiền mặt đạt 60%" (no exact id), "tỷ lệ dân số trưởng
# thành có chữ ký số hoặc chữ ký điện tử cá nhân đạt 30%"
# (society.adult_digital_signature_share), "tỷ lệ người dân có hồ sơ sức khỏe
# điện tử ... đạt 95%" (society.electronic_health_records_share); scope null
# (a commune criterion, the level is part of the subject). "Năm 2024, UBND tỉnh
# giao 132 xã, phường, thị trấn hoàn thành nhiệm vụ chuyển đổi số": a target
# of 2024 (>=, count, society.communes_dx_completed_count), a new paragraph →
# pillar null. Not quantities: "Quyết định số 1829", "4 nhóm tiêu chí", "11",
# "6", "12", "8 chỉ tiêu thành phần" (the parts of an index, spec).
# --------------------------------------------------------------------------
D03 = dict(name="03_thanhhoa-tieu-chi-chuyen-doi-so-cap-xa-2024", kind="target", year=None, records=[
    R("tiền mặt đạt «60%", "Tỷ lệ hộ gia đình thanh toán tiền điện bằng phương thức không dùng tiền mặt", ">=", 60,
      year=2025, pillar=SOC),
    R("cá nhân đạt «30%", "tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân", ">=", 30,
      year=2025, pillar=SOC, iid="society.adult_digital_signature_share"),
    R("thường xuyên đạt «95%", "tỷ lệ người dân có hồ sơ sức khỏe điện tử được cập nhật, bổ sung thông tin "
      "thường xuyên", ">=", 95, year=2025, pillar=SOC, iid="society.electronic_health_records_share"),
    R("giao «132 xã", "xã, phường, thị trấn hoàn thành nhiệm vụ chuyển đổi số", ">=", 132, **CNT, year=2024,
      iid="society.communes_dx_completed_count"),
])

# --------------------------------------------------------------------------
# 04 Thanh Hóa, Tượng Văn commune's e-government (truyenhinhthanhhoa.vn, no
# date shown → year null). Pillar: the page title "Xây dựng chính quyền điện tử
# gắn với chuyển đổi số" names chính quyền điện tử → digital_government (as
# set69 08, a page title read as the heading of the page; a judgement).
# Results: "niên yết 240 thủ tục hành chính trên cổng thông tin điện tử" (count,
# no id), "Tỷ lệ văn bản đến và văn bản đi của xã được xử lý trên môi trường
# mạng ... đạt 100%" (=, egov.electronic_documents_share, a judgement), "Tỷ lệ
# hồ sơ thủ tục hành chính đủ điều kiện giải quyết đạt 100%" (=, no id), "số
# hồ sơ giải quyết trước hạn đạt 87,5%" (=; ahead of time is not the
# catalogue's on-time share → null). Not quantities: "3 không" (a name).
# --------------------------------------------------------------------------
D04 = dict(name="04_thanhhoa-xa-tuong-van-chinh-quyen-dien-tu", kind="result", year=None, records=[
    R("niên yết «240 thủ tục", "thủ tục hành chính được công khai, niên yết trên cổng thông tin điện tử", "=", 240,
      **CNT, pillar=GOV),
    R("tính mật) đạt «100%", "Tỷ lệ văn bản đến và văn bản đi của xã được xử lý trên môi trường mạng", "=", 100,
      pillar=GOV, iid="egov.electronic_documents_share"),
    R("giải quyết đạt «100%", "Tỷ lệ hồ sơ thủ tục hành chính đủ điều kiện giải quyết", "=", 100, pillar=GOV),
    R("trước hạn đạt «87,5%", "số hồ sơ giải quyết trước hạn", "=", 87.5, pillar=GOV),
])

# --------------------------------------------------------------------------
# 05 Nghệ An, Đề án 06 results of April 2025 (doanhnghieptiepthi.vn, byline
# "08:45 AM 14/05/2025" → `date 2025-05`; "tháng 4/2025" → 2025). The title
# "Tỷ lệ tiếp nhận hồ sơ trực tuyến đạt trên 80% trong tháng 4/2025" states the
# rate as reached (result, >, egov.online_applications_share; a judgement: the
# body shows it is the threshold four departments passed). In the body, "4/13
# sở, ngành đạt tỷ lệ ... trên 80%" and the like: the numerator is recorded
# (count, =; "/13", "/20" the denominators), the threshold inside its subject
# is NOT (set8/set21 convention): "4/13" twice, "2/13 sở đạt tỷ lệ trên 65%",
# "8/13 sở, ngành cấp tỉnh và 17/20 địa phương" (satisfaction above 90%), "8/13
# sở, ngành và 2/20 địa phương" (on-time processing above 99%). Departments and
# localities are kinds of units, not a split by level → scope null, each its
# own subject. No ids (counts of units above a threshold). Pillar null. Not
# quantities: "Đề án 06/CP", "1806/TB-CQTTĐA06", "7/5/2025", "tháng 4/2025".
# --------------------------------------------------------------------------
D05 = dict(name="05_nghean-de-an-06-thang-4-2025", kind="result", year=2025, records=[
    R("đạt trên «80% trong", "Tỷ lệ tiếp nhận hồ sơ trực tuyến", ">", 80, iid="egov.online_applications_share"),
    R("có «4/13 sở, ngành đạt", "sở, ngành đạt tỷ lệ tiếp nhận hồ sơ trực tuyến", "=", 4, **CNT),
    R("Có «4/13 sở", "sở, ngành đã thực hiện tiếp nhận hồ sơ trực tuyến đạt tỷ lệ", "=", 4, **CNT),
    R("có «2/13 sở", "sở đạt tỷ lệ thanh toán trực tuyến trên Cổng dịch vụ công quốc gia", "=", 2, **CNT),
    R("chú ý, «8/13 sở", "sở, ngành cấp tỉnh có chỉ số đánh giá mức độ hài lòng của người dân, doanh nghiệp", "=", 8,
      **CNT),
    R("tỉnh và «17/20 địa phương", "địa phương có chỉ số đánh giá mức độ hài lòng của người dân, doanh nghiệp", "=", 17,
      **CNT),
    R("cải thiện: «8/13 sở", "sở, ngành có tỷ lệ xử lý hồ sơ đúng hạn, trung hạn", "=", 8, **CNT),
    R("ngành và «2/20 địa phương", "địa phương có tỷ lệ xử lý hồ sơ đúng hạn, trung hạn", "=", 2, **CNT),
], NOT=["ngành đạt tỷ lệ tiếp nhận hồ sơ trực tuyến trên «80%, góp", "trực tuyến đạt tỷ lệ trên «80%.",
        "trên «65%", "đạt trên «90%", "đạt trên «99%"])

# --------------------------------------------------------------------------
# 06 The country, digital infrastructure and society up to the second quarter
# of 2025 (vneconomy.vn, byline 05/09/2025 → `date 2025-09`; results of 2025).
# The headline "Độ phủ sóng 5G đã đạt 26% dân số" is a sentence stating the
# figure (recorded), and it is not read as a section heading (pillar null); the
# lead-in "Ở lĩnh vực xã hội số," holds for its own sentence only (spec:
# "the sentence or list it opens") → digital_society for "21,8 triệu chứng thư
# số" and "35,18% dân số trưởng thành"; the next sentence (chip cards, VNeID)
# pillar null (a judgement). Records: 26% twice (infra.fiveg_coverage_share),
# "99,3% thôn bản đã có kết nối băng rộng di động"
# (infra.mobile_village_coverage_share), "146,64 Mbs" (other "Mbs",
# infra.mobile_broadband_speed), "xếp hạng 20 thế giới" (rank =, no id),
# "doanh thu ngành công nghệ thông tin đạt 27 triệu tỷ đồng" (other "đồng",
# 27e15, econ.ict_industry_revenue), "Kim ngạch xuất khẩu phần cứng, điện tử
# đạt gần 2,25 triệu tỷ đồng" (~, 2.25e15, no id), "21,8 triệu chứng thư số"
# (count, society.digital_signatures_people_count, a judgement),
# "35,18% dân số trưởng thành" (society.adult_digital_signature_share), "17,5
# triệu thẻ căn cước công dân gắn chip" (society.chip_id_cards_count), "hơn 64
# triệu tài khoản VNeID" (>, society.eid_accounts_activated_count). NOT: "tăng
# 24% so với cùng kỳ", "tăng 29%" (changes), "bằng 65% kế hoạch cả năm",
# "hoàn thành 60% mục tiêu" (standing against the plan, earlier sets'
# convention). Not quantities: "quý 2/2025", "tháng 8", "giai đoạn 5 năm",
# "Nghị quyết 57", "5G".
# --------------------------------------------------------------------------
D06 = dict(name="06_ca-nuoc-ha-tang-so-quy2-2025", kind="result", year=2025, records=[
    R("đã đạt «26% dân số\n", "Độ phủ sóng 5G", "=", 26, iid="infra.fiveg_coverage_share"),
    R("2/2025, «99,3% thôn", "thôn bản đã có kết nối băng rộng di động", "=", 99.3,
      iid="infra.mobile_village_coverage_share"),
    R("đạt «146,64 Mbs", "Tốc độ truy cập mạng băng rộng di động của Việt Nam", "=", 146.64, unit="other",
      unit_text="Mbs", iid="infra.mobile_broadband_speed"),
    R("xếp hạng «20 thế giới", "Tốc độ truy cập mạng băng rộng di động của Việt Nam xếp hạng thế giới", "=", 20,
      **RANK),
    R("hiện đạt «26% dân số…", "độ phủ sóng 5G", "=", 26, iid="infra.fiveg_coverage_share"),
    R("đạt «27 triệu tỷ đồng", "doanh thu ngành công nghệ thông tin", "=", 27e15, **DONG,
      iid="econ.ict_industry_revenue"),
    R("đạt gần «2,25 triệu tỷ đồng", "Kim ngạch xuất khẩu phần cứng, điện tử", "~", 2.25e15, **DONG),
    R("đã có «21,8 triệu chứng thư số", "chứng thư số được cấp", "=", 21.8e6, **CNT, pillar=SOC,
      iid="society.digital_signatures_people_count"),
    R("tương ứng «35,18%", "chứng thư số được cấp, tương ứng dân số trưởng thành", "=", 35.18, pillar=SOC,
      iid="society.adult_digital_signature_share"),
    R("đã cấp «17,5 triệu thẻ", "thẻ căn cước công dân gắn chip Bộ Công an đã cấp", "=", 17.5e6, **CNT,
      iid="society.chip_id_cards_count"),
    R("kích hoạt hơn «64 triệu tài khoản", "tài khoản VNeID được kích hoạt", ">", 64e6, **CNT,
      iid="society.eid_accounts_activated_count"),
], NOT=["tăng «24%", "bằng «65%", "tăng «29%", "hoàn thành «60%"])

# --------------------------------------------------------------------------
# 07 An Giang after the merger of Kiên Giang and An Giang (tapchicongsan.org.vn,
# no date shown). A precision text with no quantity of the transformation: the
# new province's make-up "diện tích 9.888km², dân số khoảng 5 triệu người và 102
# đơn vị hành chính cấp xã (gồm 85 xã, 14 phường và 3 đặc khu)" describes the
# territory, no target or result (as set69 01's population share; a judgement).
# Not quantities either: "Nghị quyết số 202/2025/QH15", "12-6-2025".
# --------------------------------------------------------------------------
D07 = dict(name="07_angiang-sap-nhap-cai-cach-hanh-chinh-precision", kind="result", year=None, records=[])

# --------------------------------------------------------------------------
# 08 Quảng Trị meets Đà Nẵng (plo.vn, the title line with "11/01/2026 14:12"
# cut and written as `date 2026-01`; results of "năm 2025"). A precision text:
# one quantity, "tỉ lệ hộ nghèo giảm còn 7,14%" (result =, year 2025: the level
# reached, not the change; no id; pillar null). Not quantities: "17 chỉ tiêu
# chủ yếu" (a count of targets met), "GRDP tăng 8%" (a change against the
# previous year: NOT), "năm 2025". The photo caption holding "200 triệu đồng" (a
# gift) was cut.
# --------------------------------------------------------------------------
D08 = dict(name="08_quangtri-da-nang-lam-viec-2025-precision", kind="result", year=2025, records=[
    R("giảm còn «7,14%", "tỉ lệ hộ nghèo", "=", 7.14),
], NOT=["GRDP tăng «8%"])

# --------------------------------------------------------------------------
# 09 Nghệ An, the answer of the Department of Science and Technology to
# voters about the communes' public-service centres (dbndnghean.vn, no date
# shown). A precision text with no quantity: "văn bản số 1806/SKHCN-CĐS",
# "14/08/2025", "Kế hoạch số 02- KH/BCĐTW", "nq57.vn" (names, dates), "1." (a
# list number).
# --------------------------------------------------------------------------
D09 = dict(name="09_nghean-kien-nghi-cu-tri-trung-tam-hcc-xa-precision", kind="result", year=None, records=[])

# --------------------------------------------------------------------------
# 10 Nghệ An, Đề án 06 in the first six months of 2025 (nghean.gov.vn, no date
# shown; "trong 06 tháng đầu năm 2025" → 2025; the page's line breaks inside
# sentences kept, so clause spans end at line ends). The documents issued
# "Tỉnh ủy đã ban hành 04 kế hoạch, 03 quyết định, 08 văn bản; UBND tỉnh ban
# hành 14 kế hoạch, 97 quyết định, 78 công văn" are count results (earlier
# sets' majority: set10-style "1 nghị quyết, 4 quyết định và 12 kế hoạch";
# one record per kind, scope null; inst.dx_policy_documents_count, a breakdown
# by kind keeps the id). Not quantities: "02 lần biểu dương" (commendations of
# the province, an event count; a judgement), "06 tháng" (a duration), "6 rõ"
# (a motto), "Đề án 06/CP", "57-NQ/TW", "22/12/2024", "năm 2024", "tháng
# 5/2025". Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_nghean-de-an-06-sau-thang-2025", kind="result", year=2025, records=[
    R("ban hành «04 kế hoạch", "kế hoạch Tỉnh ủy đã ban hành", "=", 4, **CNT, iid=DOCS_ISSUED),
    R("hoạch, «03 quyết định", "quyết định Tỉnh ủy đã ban hành", "=", 3, **CNT, iid=DOCS_ISSUED),
    R("định, «08\nvăn bản", "văn bản Tỉnh ủy đã ban hành", "=", 8, **CNT, iid=DOCS_ISSUED),
    R("hành «14 kế hoạch", "kế hoạch UBND tỉnh ban hành", "=", 14, **CNT, iid=DOCS_ISSUED),
    R("hoạch, «97 quyết định", "quyết định UBND tỉnh ban hành", "=", 97, **CNT, iid=DOCS_ISSUED),
    R("định, «78 công văn", "công văn UBND tỉnh ban hành", "=", 78, **CNT, iid=DOCS_ISSUED),
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
