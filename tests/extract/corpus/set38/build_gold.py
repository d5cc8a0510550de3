#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set38).

Copied from set37's builder (itself from set27's, set25's, set23's, set21's, set19's, set17's,
set15's, set14's, set12's, set10's, set9's, set8's and the seeds'). Each record is written by
hand below; its anchor is never typed in. A record names a locator: a piece of the text with «
just before the number. The locator (without «) must occur exactly once in the text; the anchor
is where « stands. `start`/`end` (the clause that states the quantity) are computed as in the
seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml at commit
f0d9ac1 (214 entries; see README). As in set10-set37, the id is given in the record itself
(`iid=`).

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


DONG = dict(unit="other", unit_text="đồng")

DE_GRDP = "econ.digital_economy_gdp_share"
WORK_RECORDS = "egov.work_records_online_share"
SME_PLATFORMS = "econ.sme_digital_platforms_share"
DTI_RANK = "dti.provincial_rank"

# --------------------------------------------------------------------------
# 01 Trà Vinh (travinh.gov.vn, no date shown; the site lines "English |
# Khmer" and "No title..." cut): Kế hoạch 50/KH-UBND (2022) to 2025 and 2030;
# a target text, kind target. The title "kinh tế số chiếm trên 25% GRDP" is a
# 2030 target (op >). The general aims: DTI "trong nhóm 20 tỉnh/thành phố
# đứng đầu" (rank <=, 2025); SMEs on a digital platform "tối thiểu 30%" (2025)
# and "tối thiểu 65%" (2030) (>=); "(ít nhất 01) nền tảng số" is a threshold
# inside the subject. Under the lead-in "(1) Về xây dựng và phát triển chính
# quyền số, đến năm 2025:" (pillar digital_government) one sentence splits the
# work records by level: 90/80/60% for 2025 and, in brackets, 100/90/70% for
# 2030 (six records, scopes "cấp tỉnh", "cấp huyện", "cấp xã"; the bracket
# "(năm 2030 đạt 100%)" is a target of 2030, bare → >=). The excerpt stops
# inside "được xử l"; the indicator is worded "hồ sơ công việc". Document
# numbers and dates ("50/KH-UBND", "09-NQ/TU", "749/QĐ-TTg", "12/7/2022",
# "26/01/2022", "03/6/2020") no records.
# --------------------------------------------------------------------------
D01 = dict(name="01_travinh-ke-hoach-50-muc-tieu-2025-2030", kind="target", year=None, records=[
    R("chiếm trên «25% GRDP", "kinh tế số chiếm GRDP của tỉnh Trà Vinh", ">", 25, year=2030, iid=DE_GRDP),
    R("nhóm «20 tỉnh/thành phố", "chỉ số chuyển đổi số nằm trong nhóm tỉnh/thành phố đứng đầu cả nước", "<=", 20,
      **RANK, year=2025, iid=DTI_RANK),
    R("tối thiểu «30% doanh", "doanh nghiệp nhỏ và vừa triển khai áp dụng (ít nhất 01) nền tảng số trong hoạt động, "
      "sản xuất, kinh doanh", ">=", 30, year=2025, iid=SME_PLATFORMS),
    R("tối thiểu «65% doanh", "doanh nghiệp nhỏ và vừa triển khai áp dụng (ít nhất 01) nền tảng số trong hoạt động, "
      "sản xuất, kinh doanh", ">=", 65, year=2030, iid=SME_PLATFORMS),
    R("Tối thiểu «90% hồ sơ", "hồ sơ công việc", ">=", 90, scope="cấp tỉnh", year=2025, pillar=GOV, iid=WORK_RECORDS),
    R("(năm 2030 đạt «100%)", "hồ sơ công việc", ">=", 100, scope="cấp tỉnh", year=2030, pillar=GOV,
      iid=WORK_RECORDS),
    R("), «80% hồ sơ", "hồ sơ công việc", ">=", 80, scope="cấp huyện", year=2025, pillar=GOV, iid=WORK_RECORDS),
    R("(năm 2030 đạt «90%)", "hồ sơ công việc", ">=", 90, scope="cấp huyện", year=2030, pillar=GOV,
      iid=WORK_RECORDS),
    R("và «60% hồ sơ", "hồ sơ công việc", ">=", 60, scope="cấp xã", year=2025, pillar=GOV, iid=WORK_RECORDS),
    R("(năm 2030 đạt «70%)", "hồ sơ công việc", ">=", 70, scope="cấp xã", year=2030, pillar=GOV,
      iid=WORK_RECORDS),
])

# --------------------------------------------------------------------------
# 02 Gia Lai (baogialai.com.vn, stamp "date 2026-01-21" moved to `date
# 2026-01`; two photo captions cut, one of them restating the 90% target):
# Kế hoạch 19/KH-UBND, the "Bình dân học vụ số" movement in 2026 → targets of
# 2026, bare "100%" and "phấn đấu 90%" → >=. Five aims, one per group of
# people (the groups are subjects, not a split by level: scope null). "4 nhóm
# nhiệm vụ" counts tasks; "19/KH-UBND" a document. No pillar heading.
# --------------------------------------------------------------------------
D02 = dict(name="02_gialai-binh-dan-hoc-vu-so-2026", kind="target", year=2026, records=[
    R("là «100% cán bộ", "cán bộ, công chức, viên chức và người lao động trong khu vực công có hiểu biết về chuyển "
      "đổi số (CĐS), kiến thức và kỹ năng số, sử dụng tốt các nền tảng, dịch vụ số phục vụ công việc", ">=", 100),
    R("«100% học sinh", "học sinh từ cấp tiểu học được trang bị kiến thức, kỹ năng số để phục vụ học tập, nghiên cứu "
      "và sáng tạo", ">=", 100, iid="hr.students_digital_skills_share"),
    R("«100% người dân trưởng thành", "người dân trưởng thành có tri thức cơ bản về CĐS, có kỹ năng số, sử dụng tốt "
      "thiết bị thông minh để khai thác thông tin, sử dụng nền tảng, dịch vụ số thiết yếu", ">=", 100),
    R("phấn đấu «90% người", "người dân trong độ tuổi trưởng thành được xác nhận đạt phổ cập tri thức về CĐS, kỹ năng "
      "số trên nền tảng VNeID", ">=", 90, iid="hr.population_digital_skills_share"),
    R("VNeID; «100% người lao động", "người lao động trong các doanh nghiệp, hợp tác xã, liên hiệp hợp tác xã có kiến "
      "thức về công nghệ số, có kỹ năng số, sử dụng tốt thiết bị thông minh", ">=", 100),
])

# --------------------------------------------------------------------------
# 03 Điện Biên (diendandoanhnghiep.vn print page, no date shown): the
# "Bình dân học vụ số" plan. Two targets: "đến năm 2026 có 100% người dân
# trong độ tuổi trưởng thành ..." (2026, bare → >=) and "Ngay trong năm 2025
# ... trên 80% người dân ..." (2025, op >). "4 nhóm đối tượng" names the
# plan's groups (structure). No catalogue id: each aim joins knowledge,
# skills and the use of devices (several measures in one; likewise 02's 100%
# adults). No pillar heading ("Số hoá đồng bộ" names none).
# --------------------------------------------------------------------------
D03 = dict(name="03_dienbien-binh-dan-hoc-vu-so-2025-2026", kind="target", year=None, records=[
    R("có «100% người", "người dân trong độ tuổi trưởng thành có kiến thức, kỹ năng cơ bản về số hóa, sẵn sàng tham gia "
      "tích cực vào xã hội số", ">=", 100, year=2026),
    R("trên «80% người", "người dân trong độ tuổi trưởng thành biết chữ có kiến thức cơ bản về chuyển đổi số, kỹ năng số "
      "và biết sử dụng thiết bị thông minh để khai thác các dịch v", ">", 80, year=2025),
])

# --------------------------------------------------------------------------
# 04 Bắc Ninh (dientuungdung.vn, stamp "date 2026-03-03" moved to `date
# 2026-03`; the section label "Chuyển động số" and the time line "06:15 |
# 03/03/2026" cut): a precision text with no quantity. "5 chỉ tiêu" counts the
# plan's targets (named, no values), "5 nội dung kỹ năng số cơ bản" the parts
# of a course, "99 xã, phường" the communes the documents are sent to (a
# population restated, as set37's "32 địa phương"); "15/KH-UBND", "31/3/2026",
# "30/4/2026", "năm 2025/2026" documents and dates.
# --------------------------------------------------------------------------
D04 = dict(name="04_bacninh-binh-dan-hoc-vu-so-nhiem-vu-2026", kind="target", year=2026, records=[])

# --------------------------------------------------------------------------
# 05 Thừa Thiên Huế (baomoi.net.vn, no date shown): Kế hoạch thực hiện Nghị
# quyết 52-NQ/TW; targets of 2025. The digital-economy share of GRDP is stated
# three times, each a record: the title "chiếm 15% GRDP" (bare → >=) and
# twice "chiếm từ 15% trở lên" (>=). Labour productivity "tăng bình quân trên
# 7%/năm": a target stated as a change (spec: a quantity), op >. "52-NQ/TW",
# "50/NQ-CP" documents; "lần thứ tư" a name. No pillar heading.
# --------------------------------------------------------------------------
D05 = dict(name="05_thuathienhue-kinh-te-so-15-grdp-2025", kind="target", year=2025, records=[
    R("kinh tế số chiếm «15% GRDP", "kinh tế số chiếm GRDP", ">=", 15, iid=DE_GRDP),
    R("sẽ hình thành nền kinh tế số, tỷ trọng đóng góp vào GRDP toàn tỉnh chiếm từ «15%",
      "kinh tế số, tỷ trọng đóng góp vào GRDP toàn tỉnh", ">=", 15, iid=DE_GRDP),
    R("Mục tiêu đến năm 2025, hình thành nền kinh tế số, tỷ trọng đóng góp vào GRDP toàn tỉnh chiếm từ «15%",
      "kinh tế số, tỷ trọng đóng góp vào GRDP toàn tỉnh", ">=", 15, iid=DE_GRDP),
    R("bình quân trên «7%/năm", "Năng suất lao động tăng bình quân", ">", 7, iid="econ.labour_productivity_growth"),
])

# --------------------------------------------------------------------------
# 06 Phú Thọ (baophutho.vn, stamp "date 2025-09-22" moved to `date 2025-09`):
# results of 2025 in the Party's digital transformation after the merger.
# "là 1 trong 11 tỉnh đầu tiên của cả nước duy trì trạng thái Xanh" is a group
# (rank <=, value 11; the "1" belongs to the rank phrase). The Party committees
# of communes and wards: criteria leading the country (8 of 20), in the top 5
# (4 of 20), completed above 90% (10 of 20) — counts, numerators only; the
# group is part of the subject (no split in the sentence → scope null). "tốp
# 5" and "trên 90%" are thresholds inside the subjects → 90% NOT. "hơn 2
# tháng" a period, "5/9", "2/7" dates. No pillar heading.
# --------------------------------------------------------------------------
D06 = dict(name="06_phutho-co-quan-dang-tieu-chi-xanh-2025", kind="result", year=2025, NOT=["hoàn thành trên «90%"],
           records=[
    R("1 trong «11 tỉnh", "tỉnh Phú Thọ tỉnh đầu tiên của cả nước duy trì trạng thái Xanh cấp tỉnh", "<=", 11, **RANK),
    R("có «8/20 tiêu chí", "khối Đảng ủy xã, phường có tiêu chí đứng đầu cả nước", "=", 8, **CNT),
    R("nước, «4/20 tiêu chí", "khối Đảng ủy xã, phường tiêu chí đứng trong tốp 5 cả nước", "=", 4, **CNT),
    R("có «10/20 tiêu chí", "khối Đảng ủy xã, phường có tiêu chí hoàn thành trên", "=", 10, **CNT),
])

# --------------------------------------------------------------------------
# 07 DTI 2024 (sggp.org.vn, stamp "date 2025-10-22" moved to `date 2025-10`;
# one photo caption cut): a precision text. One quantity: "thứ 2 là TP Huế"
# (rank of the DTI 2024, op =, year 2024, place "TP Huế": a national page
# naming a province). "Hà Nội dẫn đầu" has no digit. The index structure — "12
# chỉ số", "3 trụ cột", the pillar weights "400 điểm", "300 điểm", "tổng điểm
# 1.000", "6 chỉ số chính, 31 chỉ số thành phần" — are parts of an index
# (spec: not quantities); "ba cấp", "năm 2020", "21-10", the cut-off "năm 2"
# no records.
# --------------------------------------------------------------------------
D07 = dict(name="07_dti-2024-cau-truc-chi-so", kind="result", year=2024, records=[
    R("thứ «2 là TP Huế", "Chỉ số Chuyển đổi số (Digital Transformation Index - DTI) năm 2024 thứ", "=", 2, **RANK, place="TP Huế",
      iid=DTI_RANK),
])

# --------------------------------------------------------------------------
# 08 National, the Party's agencies (huengaynay.vn, stamp "date 2025-12-28"
# moved to `date 2025-12`; the photo caption opening the page cut): results of
# 2025. "đã giao 309 nhiệm vụ" is the size of the committee's programme
# (spec: counts of tasks) → no record; the tasks completed (189), the share
# completed (61%) and those on schedule (93) are progress values, recorded.
# The secure network "đến 100% cấp tỉnh và cấp xã" (one value for both levels:
# scope null, spec), 36 documents on digital transformation issued, the
# e-handbook's members "hơn 5,3 triệu" (>) and its regular log-in share "gần
# 60%" (~), the party-member records cleaned (4,45 triệu, 84%), the systems in
# use "16/26" (numerator). No pillar heading.
# --------------------------------------------------------------------------
D08 = dict(name="08_co-quan-dang-chuyen-doi-so-2025", kind="result", year=2025, records=[
    R("đó «189 nhiệm vụ", "nhiệm vụ đã hoàn thành", "=", 189, **CNT),
    R("đạt «61%", "nhiệm vụ Ban Chỉ đạo Trung ương giao đã hoàn thành", "=", 61),
    R("; «93 nhiệm vụ", "nhiệm vụ đang thực hiện theo tiến độ", "=", 93, **CNT),
    R("đến «100% cấp tỉnh", "hạ tầng mạng chuyên dùng có bảo mật được kết nối đến cấp tỉnh và cấp xã", "=", 100),
    R("ban hành «36 văn bản", "văn bản quan trọng về chuyển đổi số các cơ quan Đảng đã ban hành", "=", 36, **CNT,
      iid="inst.dx_policy_documents_count"),
    R("hơn «5,3 triệu", "Sổ tay đảng viên điện tử đã kết nối đảng viên", ">", 5.3e6, **CNT),
    R("gần «60%", "tỷ lệ đăng nhập thường xuyên Sổ tay đảng viên điện tử", "~", 60),
    R("sạch «4,45 triệu", "Cơ sở dữ liệu tổ chức đảng, đảng viên đã làm sạch hồ sơ", "=", 4.45e6, **CNT),
    R("đạt «84%", "Cơ sở dữ liệu tổ chức đảng, đảng viên đã làm sạch hồ sơ", "=", 84),
    R("«16/26 hệ thống", "hệ thống thông tin, phần mềm ứng dụng đã được đưa vào sử dụng", "=", 16, **CNT),
])

# --------------------------------------------------------------------------
# 09 Thanh Hóa, thôn Phủ Lý Bắc (baothanhhoa.vn, stamp "date 2025-12-10"
# moved to `date 2025-12`; the photo caption "Thôn Phủ Lý Bắc có 13 camera an
# ninh ..." cut as furniture): a precision text. One quantity, the money
# raised to complete the model and smart village criteria, "hơn 2,7 tỷ đồng"
# (unit other "đồng", op >, place "thôn Phủ Lý Bắc"). Year null: spent over
# 2022-2024 (recognitions "từ năm 2022", "năm 2024"), no single year and not
# the page's year (a judgement). Not said to be for digital transformation
# alone → no catalogue id.
# --------------------------------------------------------------------------
D09 = dict(name="09_thanhhoa-thon-phu-ly-bac-thong-minh", kind="result", year=None, records=[
    R("hơn «2,7 tỷ", "nguồn vốn xã hội hóa để đầu tư hoàn thành các tiêu chí thôn kiểu mẫu, thôn thông minh", ">",
      2.7e9, **DONG, place="thôn Phủ Lý Bắc"),
])

# --------------------------------------------------------------------------
# 10 National, the Government steering committee's first meeting of 2026
# (baovinhlong.com.vn, no date shown; the image line "![]() |" and the caption
# "| Tạo nền tảng ... Ảnh: THẢO TIÊN |" cut). Results → 2026 (the meeting's
# year; "Tính đến 23/2" and "2 tháng đầu năm 2026 và tháng cuối năm 2025"
# end in 2026, a judgement): decrees and resolutions issued (12, 3), 5G
# coverage 61,2% of the population, initiatives (28), proposals (32), patent
# applications (254), patents granted (159), the population database's links:
# one record per number (15 ministries, 1 state enterprise, 3 telecoms firms,
# 34 localities; a breakdown by kind of thing, scope null, spec), look-ups
# "2,57 tỷ lượt tra[cứu]" (count, magnitude multiplied in). Planned: "3 trung
# tâm nghiên cứu quốc gia và 9 phòng thí nghiệm" (targets, bare → >=, no
# horizon → year null). "Đề án 06" a name. No pillar heading.
# --------------------------------------------------------------------------
D10 = dict(name="10_bcd-chinh-phu-phien-hop-2026-ket-qua", kind="result", year=2026, records=[
    R("ban hành «12 nghị định", "nghị định Chính phủ, Thủ tướng Chính phủ đã ban hành", "=", 12, **CNT),
    R(", «3 nghị quyết", "nghị quyết Chính phủ, Thủ tướng Chính phủ đã ban hành", "=", 3, **CNT),
    R("xây dựng «3 trung tâm", "Có kế hoạch xây dựng trung tâm nghiên cứu quốc gia", ">=", 3, **CNT, **T, year=None),
    R("và «9 phòng", "phòng thí nghiệm trọng điểm quốc gia", ">=", 9, **CNT, **T, year=None),
    R("đạt «61,2%", "Tỷ lệ phủ sóng 5G dân số", "=", 61.2, iid="infra.fiveg_coverage_share"),
    R("nhận «28 sáng kiến", "Cổng sáng kiến quốc gia đã tiếp nhận sáng kiến đột phá", "=", 28, **CNT),
    R(", «32 đề xuất", "đề xuất công nghệ chiến lược", "=", 32, **CNT),
    R("nhận «254 đơn", "tiếp nhận đơn đăng ký sáng chế", "=", 254, **CNT),
    R("cấp «159 vi bằng", "cấp vi bằng bảo hộ", "=", 159, **CNT),
    R("kết nối «15 bộ", "Cơ sở dữ liệu quốc gia về dân cư đã kết nối bộ, ngành", "=", 15, **CNT),
    R(", «1 doanh nghiệp nhà nước", "Cơ sở dữ liệu quốc gia về dân cư đã kết nối doanh nghiệp nhà nước", "=", 1, **CNT),
    R(", «3 doanh nghiệp viễn thông", "Cơ sở dữ liệu quốc gia về dân cư đã kết nối doanh nghiệp viễn thông", "=", 3,
      **CNT),
    R("và «34 địa phương", "Cơ sở dữ liệu quốc gia về dân cư đã kết nối địa phương", "=", 34, **CNT),
    R("tiếp nhận «2,57 tỷ", "Cơ sở dữ liệu quốc gia về dân cư tiếp nhận lượt tra", "=", 2.57e9, **CNT),
])

# --------------------------------------------------------------------------
# 11 Hà Nội, thôn Thuận Quang (nhandan.vn, no date shown; the player lines
# "0:00 / 0:00", "0:00" and the photo caption printed twice cut): a precision
# text. One quantity, "gần 20 camera giám sát" (~, count, place "thôn Thuận
# Quang"; "hiện có" in an undated page → year null).
# --------------------------------------------------------------------------
D11 = dict(name="11_hanoi-thon-thong-minh-camera", kind="result", year=None, records=[
    R("gần «20 camera", "Thôn Thuận Quang hiện có camera giám sát", "~", 20, **CNT, place="thôn Thuận Quang",
      iid="city.surveillance_cameras_count"),
])

# --------------------------------------------------------------------------
# 12 Lào Cai (chuyendoiso.laocai.gov.vn, no date shown; the photo caption
# "Tập huấn ... huyện Bảo Yên" cut): a precision text with no quantity. "Tỉnh
# đặt mục tiêu đến năm 2026, người dân đủ điều kiện trở thành công dân số" has
# no number but the year; "57-NQ/TW" a document.
# --------------------------------------------------------------------------
D12 = dict(name="12_laocai-nghi-quyet-57-cong-dan-so-2026", kind="target", year=2026, records=[])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
