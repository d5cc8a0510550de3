#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set170).

Copied from set165's builder (itself from set163's, set161's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry. This set needs none: every percentage has a record.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (326
entries; see README). As in set10-set165, the id is given in the record itself (`iid=`).

The set: the 2025-2026 plans, programmes and reports that carry out Resolution 57-NQ/TW (and
Plan 02-KH/BCĐTW) - a city party committee's programme, the Government steering committee's plan
of 2026, a commune's and a ward's figures after the 2025 merger, provincial results, and two
precision texts.

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, CNT, RANK, T  # noqa: E402


# --------------------------------------------------------------------------
# 01 TP HCM, the City Party Committee's action programme carrying out Nghị quyết 57-NQ/TW
# (nld.com.vn; the crawler's stamp " date 2025-03" at the head of the first line is written
# as its own first line "date 2025-03"; cut: the photo caption "TP HCM đặt mục tiêu từ nay
# đến năm 2030 sẽ phát triển mới ít nhất 1 khu công nghệ thông tin tập trung. Ảnh: HOÀNG
# TRIỀU" with one blank line (its "ít nhất 1 khu" is a caption's, not the text's); the
# excerpt ends in "phát tri"). Targets of 2030 ("Chương trình hành động đã đề ra nhiều mục
# tiêu đến năm 2030"). Pillar null: the sub-heading "Nhiều mục tiêu quan trọng" names none.
# Eight targets: "Kinh phí cho nghiên cứu phát triển (R&D) đạt 2% GRDP" (a target's "đạt":
# >=; id null, the catalogue has no R&D share); "bố trí ít nhất 3% tổng chi ngân sách hằng
# năm cho phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số" (>=,
# inst.dx_budget_share, whose wordings name exactly this); the three group places "thuộc
# nhóm 100 thành phố có hệ sinh thái khởi nghiệp ... năng động nhất toàn cầu", "nhóm 3 tỉnh,
# thành đứng đầu về đổi mới sáng tạo, chuyển đổi số", "nhóm 5 tỉnh, thành dẫn đầu cả nước
# về năng lực cạnh tranh, phát triển chính quyền số" (rank, op <=: a group, the spec's
# "nhóm 20 tỉnh dẫn đầu"; ids null: neither ranking is the DTI alone, the second joins
# innovation and digital transformation, the third competitiveness and digital government;
# a judgement); "tỷ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp đạt
# trên 80%" (>, egov.online_services_usage_share), "tỷ lệ giao dịch không dùng tiền mặt đạt
# trên 80%" (>, econ.cashless_transactions_share), "tỷ lệ doanh nghiệp có hoạt động đổi mới
# sáng tạo đạt trên 40% trong tổng số doanh nghiệp" (>, id null; "trong tổng số" names the
# denominator). Not quantities: "57-NQ/TW", "22 tháng 12 năm 2024" (a name and a date),
# "2030", the stamp "2025-03"; "một trong các trung tâm" has no digit.
# --------------------------------------------------------------------------
D01 = dict(name="01_hcm-thanh-uy-ctr-nq57-muc-tieu-2030", kind="target", year=2030, records=[
    R("đạt «2% GRDP", "Kinh phí cho nghiên cứu phát triển (R&D) GRDP", ">=", 2),
    R("ít nhất «3% tổng chi", "bố trí tổng chi ngân sách hằng năm cho phát triển khoa học, công nghệ, đổi mới sáng tạo, "
      "chuyển đổi số", ">=", 3, iid="inst.dx_budget_share"),
    R("thuộc nhóm «100 thành phố", "thành phố có hệ sinh thái khởi nghiệp đổi mới sáng tạo năng động nhất toàn cầu",
      "<=", 100, **RANK),
    R("nhóm «3 tỉnh", "tỉnh, thành đứng đầu về đổi mới sáng tạo, chuyển đổi số", "<=", 3, **RANK),
    R("thuộc nhóm «5 tỉnh", "tỉnh, thành dẫn đầu cả nước về năng lực cạnh tranh, phát triển chính quyền số",
      "<=", 5, **RANK),
    R("doanh nghiệp đạt trên «80%", "tỷ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp", ">", 80,
      iid="egov.online_services_usage_share"),
    R("tiền mặt đạt trên «80%", "tỷ lệ giao dịch không dùng tiền mặt", ">", 80, iid="econ.cashless_transactions_share"),
    R("đạt trên «40%", "tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo trong tổng số doanh nghiệp", ">", 40),
])

# --------------------------------------------------------------------------
# 02 Quảng Ngãi, "Nền tảng để phát triển bền vững" (Báo Quảng Ngãi's article as
# lite.baomoi.com copies it; cut: the photo caption "Lãnh đạo tỉnh thực hiện nghi thức gắn
# biển Công trình chào mừng Đại hội đại biểu Đảng bộ tỉnh lần thứ XXI, nhiệm kỳ 2025 - 2030
# đối với phần mềm “Nền tảng quản trị tổng thể”. Ảnh: BÁ SƠN"; no byline or date line; the
# excerpt ends in "tiếp tục được triển k"). Results with no year: "Đến nay" and no date in
# the excerpt (the spec's "null when nothing in the text says"; the cut caption's congress
# of 2025-2030 is not the text's). Pillar null: the sub-heading "Kết quả tích cực" names
# none, and "Tỉnh đã tăng cường đầu tư hạ tầng số ..., đặc biệt là hạ tầng dữ liệu, an
# toàn thông tin mạng" is a statement naming two pillars' topics, not a lead-in to a list
# (a judgement, as set165 read its 02). Two results: "vận hành 3 hệ thống trung tâm dữ liệu
# tỉnh" (count =), "với gần 60 ứng dụng, hệ thống thông tin, cơ sở dữ liệu" ("gần": ~).
# Ids null (the catalogue counts data-centre servers, not centres or applications). Not
# quantities: "57-NQ/TW", "22/12/2024".
# --------------------------------------------------------------------------
D02 = dict(name="02_quangngai-nq57-nen-tang-ket-qua", kind="result", year=None, records=[
    R("vận hành «3 hệ thống", "hệ thống trung tâm dữ liệu tỉnh", "=", 3, **CNT),
    R("với gần «60 ứng dụng", "ứng dụng, hệ thống thông tin, cơ sở dữ liệu", "~", 60, **CNT),
])

# --------------------------------------------------------------------------
# 03 The Government's steering committee on science, technology, innovation, digital
# transformation and Đề án 06: its plan of activities for 2026 (Quyết định 11/QĐ-BCĐCP)
# (vneconomy.vn; the stamp " date 2026-02-28" written as the first line; no cut; the excerpt
# ends in "chuyên trách về công nghệ thông tin, chuy"). Targets of 2026. Pillar null: the
# lead-in "Về hạ tầng, nền tảng, dữ liệu số" names three pillars' topics at once and sets
# none (set85's reading of "Về hạ tầng, nền tảng số và dữ liệu dùng chung"). The lead's
# "tỷ trọng đóng góp của hoa học công nghệ, ... trong GDP đạt 17,5%" (the page's typo
# "hoa học" kept) and the body's "Tỷ trọng đóng góp của khoa học công nghệ, ... phấn đấu đạt
# 17,5%" are the same target stated twice: a record at each place (as set165's 04), id
# null. "tỷ trọng giá trị tăng thêm của kinh tế số trong GDP năm 2026 phấn đấu đạt 14,5%"
# (econ.digital_economy_gdp_share), "mở rộng phủ sóng 5G đạt 70% dân số"
# (infra.fiveg_coverage_share), "100% cán bộ, công chức, viên chức cấp xã được bố trí
# trang thiết bị ... và có chữ ký số cá nhân" (egov.officials_digital_signature_share, set85's
# judgement: the equipment half folded in), "tối thiểu 30 - 50 doanh nghiệp khởi nguồn
# (spin-off)" (one range: between 30 and 50, count; the "tối thiểu" before a range is
# read as the range's low end, a judgement), "trong đó Hà Nội đạt tối thiểu 20 doanh
# nghiệp" (>=, count, place "Hà Nội": a part of the national figure, not a split by level;
# scope null), "100% cán bộ, công chức, viên chức được đào tạo, bồi dưỡng kỹ năng số"
# (hr.civil_servants_basic_digital_skills_share), "50% cán bộ, công chức, viên chức đảm
# nhiệm vị trí việc làm chuyên trách về công nghệ thông tin, chuy" (the excerpt cuts what
# these staff are to reach; the subject is whole, so it is recorded as far as the text
# goes, as set165's 04; id null). Every bare "đạt" / "phấn đấu đạt" / bare number is >=.
# Not quantities: "11/QĐ-BCĐCP" (a document number), "Đề án 06" (a name), "5G" (a name),
# "năm 2026" (years), the stamp.
# --------------------------------------------------------------------------
D03 = dict(name="03_quocgia-bcdcp-ke-hoach-2026", kind="target", year=2026, records=[
    R("trong GDP đạt «17,5%", "tỷ trọng đóng góp của hoa học công nghệ, đổi mới sáng tạo, chuyển đổi số trong GDP",
      ">=", 17.5),
    R("phấn đấu đạt «14,5%", "tỷ trọng giá trị tăng thêm của kinh tế số trong GDP", ">=", 14.5,
      iid="econ.digital_economy_gdp_share"),
    R("phấn đấu đạt «17,5%", "Tỷ trọng đóng góp của khoa học công nghệ, đổi mới sáng tạo, chuyển đổi số trong GDP",
      ">=", 17.5),
    R("phủ sóng 5G đạt «70% dân số", "mở rộng phủ sóng 5G dân số", ">=", 70, iid="infra.fiveg_coverage_share"),
    R("dân số. «100% cán bộ", "cán bộ, công chức, viên chức cấp xã được bố trí trang thiết bị đáp ứng yêu cầu công việc "
      "và có chữ ký số cá nhân", ">=", 100, iid="egov.officials_digital_signature_share"),
    R("tối thiểu «30 - 50 doanh nghiệp", "doanh nghiệp khởi nguồn (spin-off) hình thành từ kết quả nghiên cứu của "
      "trường - viện", "between", 30, value_max=50, **CNT),
    R("Hà Nội đạt tối thiểu «20 doanh nghiệp", "doanh nghiệp khởi nguồn (spin-off) Hà Nội đạt", ">=", 20, **CNT,
      place="Hà Nội"),
    R("mục tiêu «100% cán bộ", "cán bộ, công chức, viên chức được đào tạo, bồi dưỡng kỹ năng số", ">=", 100,
      iid="hr.civil_servants_basic_digital_skills_share"),
    R("kỹ năng số. «50% cán bộ", "cán bộ, công chức, viên chức đảm nhiệm vị trí việc làm chuyên trách về công nghệ "
      "thông tin, chuy", ">=", 50),
])

# --------------------------------------------------------------------------
# 04 Gia Lai, xã Ân Tường: the commune's "Gia đình số" drive of 2026 (dantri.com.vn; the
# stamp " date 2026-01-25" written as the first line; cut: the photo caption "Thông qua mô
# hình “Gia đình số”, ... (Ảnh: Tống Bình)." with one blank line; the excerpt ends in "các
# điểm sinh hoạt c"). The same drive as set40's 02 (another page, other wording; see
# SOURCES.md). Targets of 2026 ("đến cuối năm nay" in a text about "năm 2026"). Pillar null.
# "100% gia đình cán bộ, công chức, viên chức, giáo viên trên địa bàn xã sẽ đạt và được
# công nhận danh hiệu "Gia đình số"" stands in a sentence of its own: the families are its
# subject, scope null (>=, a target's bare number). The next sentence splits one measure
# by two groups of families, "trên 95% gia đình có đảng viên, ... ; ít nhất 70% gia đình hội
# viên phụ nữ, nông dân sẽ đáp ứng các tiêu chí đề ra": two records with the group as scope
# (a population group, as set40 read the same drive; ">" for "trên", ">=" for "ít nhất"),
# the shared predicate carried to the first (a judgement). Ids null (no "Gia đình số" in the
# catalogue). Not quantities: "24/1" (a date), "năm 2026", "lớp 8" (a school grade in the
# group's name).
# --------------------------------------------------------------------------
GD = "gia đình đáp ứng các tiêu chí đề ra"
D04 = dict(name="04_gialai-antuong-gia-dinh-so-2026", kind="target", year=2026, records=[
    R("cuối năm nay, «100% gia đình", "gia đình cán bộ, công chức, viên chức, giáo viên trên địa bàn xã đạt và được công "
      "nhận danh hiệu \"Gia đình số\"", ">=", 100),
    R("mục tiêu trên «95% gia đình", GD, ">", 95,
      scope="gia đình có đảng viên, đoàn viên, hoặc có con em là học sinh từ lớp 8 trở lên"),
    R("ít nhất «70% gia đình", GD, ">=", 70, scope="gia đình hội viên phụ nữ, nông dân"),
])

# --------------------------------------------------------------------------
# 05 Thành phố Huế, phường Hóa Châu: the ward party committee's review of 2025 (huengaynay.vn;
# the stamp " date 2026-01-10" written as the first line, the photo caption that followed it
# on the same line, "Đảng ủy phường Hóa Châu ký kết giao ước thi đua năm 2026", cut; the
# caption "Khen thưởng các cá nhân, tập thể đạt thành tích xuất sắc trong công tác xây dựng
# Đảng" cut with one blank line; the excerpt ends in "cộng đồng v"). Results of 2025 ("Năm
# 2025, ..." opens the review). Pillar null (the lead-in "Trên lĩnh vực cải cách hành chính"
# names no pillar). One result: "xếp hạng thứ 2/40 phường, xã trên Cổng Dịch vụ công Quốc
# gia" in receiving online applications (rank =; id null: a ranking of the city's wards and
# communes on the portal, not the provinces' index of service). Not quantities: "mô hình
# chính quyền địa phương 2 cấp" (a name), "10/10 chỉ tiêu phát triển kinh tế - xã hội" (the
# targets met, a count of targets like a count of tasks, and not digital), "11 đảng viên
# mới", "757 đồng chí" (party membership, not digital transformation), "3 chương trình trọng
# điểm" (a count of programmes), "Năm 2025", "Năm 2026".
# --------------------------------------------------------------------------
D05 = dict(name="05_hue-hoachau-phuong-2025", kind="result", year=2025, records=[
    R("xếp hạng thứ «2/40", "Trung tâm Phục vụ Hành chính công phường Hóa Châu tiếp nhận hồ sơ trực tuyến xếp hạng "
      "phường, xã trên Cổng Dịch vụ công Quốc gia", "=", 2, **RANK),
])

# --------------------------------------------------------------------------
# 06 Lào Cai, results of Nghị quyết 57-NQ/TW in the first quarter of 2025 (laocai.org.vn; no
# cut; no byline; the excerpt ends in "chuyển đổi số "). Year 2025 (the title's "Quý 1 năm
# 2025"). Pillar null. One result: "Chuyên trang Khoa học, công nghệ, đổi mới sáng tạo và
# chuyển đổi số tỉnh Lào Cai đã có trên 01 triệu lượt truy cập" (">", count, the magnitude
# word multiplied in: 1 000 000; a portal's reported traffic, as the earlier sets recorded
# "17.371.225 lượt truy cập Hue-S", not the page's own view counter; id null). Not
# quantities: "168 điểm cầu, với 16.803 đại biểu tham gia học tập, trong đó có 01 điểm cầu
# cấp tỉnh, 9 điểm cầu cấp huyện 158 điểm cầu cấp xã" (the points and participants of one
# conference, the spec's participants of an event), "57-NQ/TW", "414-CTr/TU", "154/KH-UBND"
# (names and document numbers), "19/02/2025", "22/12/2024", "27/3/2025" (dates), "Quý 1
# năm 2025".
# --------------------------------------------------------------------------
D06 = dict(name="06_laocai-nq57-quy-1-2025", kind="result", year=2025, records=[
    R("trên «01 triệu lượt", "Chuyên trang Khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Lào Cai lượt "
      "truy cập", ">", 1e6, **CNT),
])

# --------------------------------------------------------------------------
# 07 Cần Thơ (the merged city): the agreement with VNPT on digital transformation for
# 2025-2030 (plo.vn; the stamp " date 2025-09-09" written as the first line; cut: the photo
# caption "Ông Tô Dũng Thái – Chủ tịch Hội đồng thành viên VNPT phát biểu tại buổi lễ. Ảnh:
# NHẪN NAM" with one blank line; the excerpt ends in "góp phần thực "). Pillar null. "thành
# phố đang xếp hạng 21/34 tỉnh, thành về chuyển đổi số" (result, rank =, year 2025: the
# stamp's year for the city's present place) and "phấn đấu vào top 10" (target, rank <=, a
# group; year null: nothing in the text dates the aim, and the agreement's "2025-2030" is a
# period, not the aim's year; a judgement). Both dti.provincial_rank (the catalogue's
# "xếp hạng chuyển đổi số" of a province; set147 labelled "top 10 ... về chuyển đổi số" so).
# Not quantities: "9-9" (a date), "2025-2030" (a period), "34" (the total of the ranking).
# --------------------------------------------------------------------------
D07 = dict(name="07_cantho-top-10-chuyen-doi-so-2025", kind="result", year=2025, records=[
    R("xếp hạng «21/34", "thành phố xếp hạng tỉnh, thành về chuyển đổi số", "=", 21, **RANK,
      iid="dti.provincial_rank"),
    R("vào top «10", "thành phố phấn đấu vào top về chuyển đổi số", "<=", 10, **RANK, **T, year=None,
      iid="dti.provincial_rank"),
])

# --------------------------------------------------------------------------
# 08 Đồng Tháp, Kế hoạch 283/KH-UBND of 24 September 2025 carrying out Nghị quyết 71/NQ-CP and
# the provincial party committee's Chương trình hành động 10-CTr/TU on Nghị quyết 57-NQ/TW
# (hethongphapluat.com; cut: the site's banner line "Hệ thống pháp luật" with one blank line;
# the line holding one space after the date line kept as returned; the excerpt ends in "Kế
# hoạch đột phá phát tri"). A precision text: its letterhead, title and grounds hold only
# document numbers and dates. Not quantities: "283/KH-UBND", "71/NQ-CP", "10-CTR/TU" (also
# "10-CTr/TU", "10- CTr/TU"), "57-NQ/TW", "01-KH/BCĐ" (document numbers), "24 tháng 9 năm 2025",
# "01/4/2025", "13/8/2025", "22/12/2024" (dates).
# --------------------------------------------------------------------------
D08 = dict(name="08_dongthap-kh283-nq57-precision", kind="target", year=2025, records=[])

# --------------------------------------------------------------------------
# 09 The Central steering committee's review of 2025 and tasks of 2026 (baophutho.vn; the
# stamp " date 2025-12-25" written as the first line; cut: the photo captions "Tổng Bí thư
# Tô Lâm phát biểu kết luận hội nghị.", "Thủ tướng Chính phủ Phạm Minh Chính phát biểu tại
# hội nghị." and "Bí thư Tỉnh ủy Trương Quốc Huy chủ trì tại điểm cầu tỉnh Phú Thọ.", each
# with one blank line; the excerpt ends in "nhấn mạ"). A precision text. Not quantities:
# "điểm cầu 34 tỉnh, thành phố và 2.093 điểm cầu cấp xã" (the points connected to one
# conference, the spec's participants of an event), "25/12" (a date), "năm 2025", "năm 2026".
# --------------------------------------------------------------------------
D09 = dict(name="09_bcdtw-tong-ket-2025-precision", kind="result", year=2025, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
