#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set279).

Adapted from set193's builder (which descends from set184's and, through them, the seeds').
Every record below is hand-written and points at its number with a locator: a run of the text in
which « marks where the number starts. With « removed the run has to occur once, and only once, in
the text; the anchor is the offset of «. goldkit.clause_span then finds the clause (`start`/`end`).

Each document may also list NOT: locators of percentages deliberately left without a record;
this set needs none (every percentage in its texts is a quantity).

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
The set's theme (streamlining the state apparatus: payroll quotas, early retirement, severance
paid under Decree 178/2024/NĐ-CP) has no indicator in the catalogue, so every id is null.

Run:  python3 build_gold.py && python3 check_gold.py
"""
import functools
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, CNT, T  # noqa: E402

DONG = dict(unit="other", unit_text="đồng")  # money: the magnitude word multiplied in (spec)
BN = 1e9  # "tỷ"/"tỉ"
CS = "cấp xã, phường"  # the one level a sentence splits off (06)

# --------------------------------------------------------------------------
# 01 Gia Lai, the province's payroll-streamlining roadmap 2022-2026 (baogialai.com.vn; nothing cut;
# the stamp " date 2023-08" written as the first line, the rest of that line, the related-news link
# "Tin liên quan ...", kept as the second; the excerpt ends in "theo Quyết đ"). A plan: kind target,
# year 2026 for the goals "vào năm 2026", "đến năm 2026". Targets (bare numbers and "là X" read `>=`,
# spec): "giảm 5% biên chế công chức ... và giảm 10% số lượng người làm việc ..." (a target stated
# as a change, `>=`, two records); "khối chính quyền có 27.429 biên chế, trong đó, 2.543 biên chế
# công chức và 24.886 người làm việc" (three counts, a breakdown by kind of post, scope null). The
# roadmap for civil-servant posts: each year's quota a target of its year ("năm 2022 là 2.677
# biên chế" 2022, ... "năm 2026 còn 2.543 biên chế" 2026), and each planned cut "giảm 63 biên
# chế so với năm 2024" (2025), "giảm 71 ..." (2026), "Tổng giai đoạn 2022-2026 giảm 134 biên chế,
# tương ứng giản 5% ..." (2026): targets stated as changes, quantities (spec), `>=`. The baseline
# "mốc tinh giản biên chế năm 2021 là 2.677 biên chế" and "năm 2021 là 26.407 người": results of
# 2021 (`=`, the quota assigned in 2021, the base of the plan; a judgement). The public-service
# roadmap likewise: "năm 2022 là 24.859 người, giảm 1.548 người so với năm 2021" (2022),
# "năm 2023 là 26.103 người, trong đó, bổ sung 1.244 chỉ tiêu ..." (2023; the added posts part of
# the 2023 quota, a target of the roadmap). Not quantities: "2022-2026" (the period, three times),
# "năm học 2022-2023" (a school year), "giữ nguyên số đã giao năm 2022/2023" (no number). Pillar
# null. Ids null.
# --------------------------------------------------------------------------
CC = "biên chế công chức hành chính của tỉnh"
SN = "số lượng người làm việc hưởng lương từ ngân sách nhà nước trong các đơn vị sự nghiệp công lập của tỉnh"
D01 = dict(name="01_gialai-tinh-gian-bien-che-lo-trinh-2022-2026", kind="target", year=2026, records=[
    R("là giảm «5% biên chế", "giảm biên chế công chức trong các cơ quan, tổ chức hành chính", ">=", 5),
    R("và giảm «10% số lượng", "giảm số lượng người làm việc hưởng lương từ ngân sách nhà nước trong các đơn vị "
      "sự nghiệp công lập thuộc tỉnh", ">=", 10),
    R("chính quyền có «27.429", "biên chế khối chính quyền", ">=", 27429, **CNT),
    R("trong đó, «2.543 biên chế", "biên chế công chức khối chính quyền", ">=", 2543, **CNT),
    R("công chức và «24.886", "người làm việc hưởng lương từ ngân sách nhà nước khối chính quyền", ">=", 24886,
      **CNT),
    R("năm 2021 là «2.677", "mốc tinh giản " + CC, "=", 2677, **CNT, kind="result", year=2021),
    R("năm 2022 là «2.677", CC, ">=", 2677, **CNT, year=2022),
    R("năm 2023 là «2.677", CC, ">=", 2677, **CNT, year=2023),
    R("năm 2024 là «2.677", CC, ">=", 2677, **CNT, year=2024),
    R("năm 2025 là «2.614", CC, ">=", 2614, **CNT, year=2025),
    R("giảm «63 biên chế", "giảm " + CC + " so với năm 2024", ">=", 63, **CNT, year=2025),
    R("năm 2026 còn «2.543", CC, ">=", 2543, **CNT),
    R("giảm «71 biên chế", "giảm " + CC + " so với năm 2025", ">=", 71, **CNT),
    R("2022-2026 giảm «134", "giảm " + CC + " tổng giai đoạn 2022-2026", ">=", 134, **CNT),
    R("tương ứng giản «5%", "giảm biên chế công chức được giao năm 2021", ">=", 5),
    R("năm 2021 là «26.407", "mốc tinh giản " + SN, "=", 26407, **CNT, kind="result", year=2021),
    R("năm 2022 là «24.859", SN, ">=", 24859, **CNT, year=2022),
    R("giảm «1.548", "giảm " + SN + " so với năm 2021", ">=", 1548, **CNT, year=2022),
    R("năm 2023 là «26.103", SN, ">=", 26103, **CNT, year=2023),
    R("bổ sung «1.244", "chỉ tiêu số lượng người làm việc trong các đơn vị sự nghiệp giáo dục mầm non và phổ "
      "thông công lập được giao bổ sung", ">=", 1244, **CNT, year=2023),
])

# --------------------------------------------------------------------------
# 02 Gia Lai, the province has paid in full the officials who left under Decree 178, October 2025
# (dantri.com.vn; cut: the photo caption "Tỉnh Gia Lai đã hoàn thành chi trả chế độ ... (Ảnh minh
# họa: Hoàng Lam)." with the blank line after it; the stamp " date 2025-10-11" written as the first
# line; the excerpt ends in "UBND tỉnh "). Year 2025 (the stamp; "Ngày 10/10" names none). Results:
# "3.364 cán bộ được phê duyệt nghỉ công tác" (=), "gần 3.200 tỷ đồng" (~), "hoàn tất 100% việc
# chi trả" (=), "khoảng 700 cán bộ, công chức" (~), "chiếm hơn 23% tổng số lượng" (>, a share of
# the whole, not a change), "đạt 830 tỷ đồng" (=). Not quantities: "10/10", "tháng 9", "5/9"
# (dates), "Nghị định 178" (a name, four times), "khu vực XV" (a name). Pillar null, ids null.
# --------------------------------------------------------------------------
D02 = dict(name="02_gialai-chi-tra-nghi-dinh-178-2025", kind="result", year=2025, records=[
    R("tỉnh có «3.364", "cán bộ được phê duyệt nghỉ công tác hưởng chế độ trợ cấp theo Nghị định 178", "=", 3364,
      **CNT),
    R("chi trả gần «3.200", "tổng số tiền đã chi trả chế độ cho cán bộ nghỉ công tác theo Nghị định 178", "~",
      3200 * BN, **DONG),
    R("hoàn tất «100% việc", "việc chi trả chế độ, chính sách cho cán bộ trong diện thụ hưởng theo Nghị định 178",
      "=", 100),
    R("khoảng «700 cán bộ", "cán bộ, công chức được Kho bạc Nhà nước chi trả tiền hỗ trợ đến đầu tháng 9", "~", 700,
      **CNT),
    R("hơn «23% tổng", "cán bộ, công chức được chi trả tiền hỗ trợ trong tổng số lượng", ">", 23),
    R("đạt «830 tỷ", "giá trị giải ngân chi trả tiền hỗ trợ đến đầu tháng 9", "=", 830 * BN, **DONG),
])

# --------------------------------------------------------------------------
# 03 Nghệ An, 2,739 officials retired early or quit, paid more than 2,700 billion đồng, October
# 2025 (nld.com.vn; cut: the section label "Thời sự", the byline "Tin - ảnh: Đức Ngọc" and the
# photo caption "Các cán bộ, công chức, viên chức được chi trả chế độ kịp thời ..." (no figure),
# each with the blank line after it; the caption "Chi trả 2.700 tỉ đồng cho 2.739 cán bộ ... - Ảnh
# 1." states figures and stays; the stamp " date 2025-10-11" written as the first line, the rest of
# that line, the hotlines, kept as the second; the excerpt ends in "số đối tư"). Year 2025. Results,
# each statement its own record (the title, the lead, the body and the caption repeat 2.739 and
# 2.700): counts (=; "hơn 2.300" >) and money ("hơn 2.700 tỉ đồng" >, the caption's "2.700 tỉ
# đồng" =, "3.886,831 tỉ đồng" = 3.886831e12). Not quantities: the hotlines "0903.343.439",
# "0819.123.127", "178/2024/NĐ-CP", "67/NĐ-CP", "67/2025/NĐ- CP", "Nghị định 178" (names), "Ảnh 1"
# (a caption's label), "30-8", "9-10-2025" (dates), "khu vực XI" (a name). Pillar null, ids null.
# --------------------------------------------------------------------------
NA = "cán bộ, công chức, viên chức tại Nghệ An xin nghỉ hưu trước tuổi, thôi việc"
D03 = dict(name="03_nghean-nghi-huu-truoc-tuoi-thoi-viec-2025", kind="result", year=2025, records=[
    R("Một tỉnh có «2.739", NA, "=", 2739, **CNT),
    R("(NLĐO) - «2.739", NA, "=", 2739, **CNT),
    R("được chi trả hơn «2.700", "số tiền chi trả cho " + NA, ">", 2700 * BN, **DONG),
    R("CP của Chính phủ là «2.739", "tổng số cán bộ, công chức, viên chức trên địa bàn tỉnh thuộc diện hưởng chế độ "
      "theo Nghị định số 178/2024/NĐ-CP và Nghị định số 67/NĐ-CP", "=", 2739, **CNT),
    R("hơn «2.300 người", "người thuộc diện nghỉ hưu trước tuổi", ">", 2300, **CNT),
    R("Chi trả «2.700 tỉ", "số tiền chi trả cho cán bộ xin nghỉ hưu trước tuổi, thôi việc", "=", 2700 * BN, **DONG),
    R("tỉ đồng cho «2.739", "cán bộ xin nghỉ hưu trước tuổi, thôi việc được chi trả", "=", 2739, **CNT),
    R("toàn bộ «2.739", "trường hợp được thẩm định, phê duyệt và ban hành quyết định nghỉ hưu, nghỉ việc", "=", 2739,
      **CNT),
    R("là hơn «2.700", "tổng kinh phí chi trả chế độ cho các đối tượng đủ điều kiện", ">", 2700 * BN, **DONG),
    R("số tiền «3.886,831", "số tiền Kho bạc Nhà nước khu vực XI đã giải ngân cho đối tượng nghỉ hưởng theo chế độ "
      "Nghị định 178/2024/NĐ-CP, Nghị định 67/2025/NĐ-CP", "=", 3886.831 * BN, **DONG),
    R("cho «3.500 đối tượng", "đối tượng nghỉ hưởng theo chế độ Nghị định 178/2024/NĐ-CP, Nghị định 67/2025/NĐ-CP "
      "được giải ngân", "=", 3500, **CNT),
])

# --------------------------------------------------------------------------
# 04 Hải Dương, nearly 1,200 district and commune officials applying to retire early or quit, June
# 2025 (baomoi.net.vn, reprinting daidoanket.vn; cut: the photo credit "Ảnh minh họa: Phương Thanh."
# twice, each with the blank line after it, and the byline "Phương Thanh" with the blank line after
# it; the source line "Nguồn Đại Đoàn Kết: https://..." stays; no stamp). Year 2025: the text names
# no year but for the decrees whose policy the figures implement, "Nghị định số 67/2025/NĐ-CP"
# (the applications can only date from 2025; a judgement, see README). Results: "gần 1.200" (~)
# four times (the title, the lead, the files received, the restatement "Gần 1.200 trường hợp này
# là ..."), "phê duyệt cho 113 cán bộ" (=). Not quantities: "11/6", "1/3" (dates),
# "178/2024/NĐ-CP", "67/2025/NĐ-CP", "177/2024/NĐ-CP" (names), the address's "10307925" and
# "1-200" (a page id, a slug). Pillar null, ids null.
# --------------------------------------------------------------------------
HD = "cán bộ, công chức, viên chức, người lao động cấp huyện, xã xin nghỉ hưu trước tuổi, thôi việc"
D04 = dict(name="04_haiduong-ho-so-nghi-huu-truoc-tuoi-2025", kind="result", year=2025, records=[
    R("Hải Dương: Gần «1.200", "người xin nghỉ hưu trước tuổi, thôi việc", "~", 1200, **CNT),
    R("Dương có gần «1.200", HD, "~", 1200, **CNT),
    R("tiếp nhận gần «1.200", "hồ sơ xin nghỉ hưu trước tuổi, nghỉ thôi việc Ban Tổ chức Tỉnh ủy và Sở Nội vụ đã "
      "tiếp nhận", "~", 1200, **CNT),
    R("\nGần «1.200 trường", "trường hợp là cán bộ, công chức, viên chức, người lao động tại các cơ quan Đảng, "
      "chính quyền, MTTQ và các tổ chức chính trị - xã hội cấp huyện, cấp xã", "~", 1200, **CNT),
    R("phê duyệt cho «113", "cán bộ, công chức, viên chức, người lao động được UBND tỉnh phê duyệt nghỉ hưu trước "
      "tuổi, nghỉ thôi việc", "=", 113, **CNT),
])

# --------------------------------------------------------------------------
# 05 Thanh Hóa, nearly 500 applications for early retirement and the extra funding asked for,
# February 2025 (expresstin.com; cut: the photo caption "Trao quyết định nghỉ hưu trước tuổi ...
# Ảnh: Xuân Nghĩa"; no stamp, no byline). Year 2025 ("cuối tháng 2.2025", "28.2.2025"; the funding
# "năm 2025"). Results: "gần 500" (~), "469 cán bộ" (=); the funding need "gần 796 tỉ đồng" (~),
# "hơn 583 tỉ đồng" (>), "hơn 212 tỉ đồng" (>): amounts a report states (a request reckoned, not a
# target; a judgement). Not quantities: "2.2025", "28.2.2025", "31.12.2024", "4.2.2025" (dates),
# "178/2024/NĐ-CP", "16/2025/NĐ-CP", "Nghị định số 178", "Nghị định số 16", "Cơ sở Cai nghiện ma
# túy số 1" (names). Pillar null, ids null.
# --------------------------------------------------------------------------
D05 = dict(name="05_thanhhoa-don-nghi-huu-kinh-phi-2025", kind="result", year=2025, records=[
    R("Thanh Hóa có gần «500", "cán bộ, công chức, viên chức, lao động hợp đồng xin nghỉ hưu trước tuổi", "~", 500,
      **CNT),
    R("Thanh Hóa có «469", "cán bộ, công chức, viên chức, lao động hợp đồng thuộc các sở, ban, ngành, đơn vị trực "
      "thuộc UBND tỉnh và UBND các huyện, thị xã, thành phố có đơn xin nghỉ hưu theo Nghị định số 178/2024/NĐ-CP",
      "=", 469, **CNT),
    R("tăng thêm là gần «796", "nhu cầu bổ sung kinh phí tăng thêm năm 2025", "~", 796 * BN, **DONG),
    R("là hơn «583", "kinh phí thực hiện chính sách, chế độ đối với người nghỉ hưu trước tuổi và thôi việc theo "
      "Nghị định số 178", ">", 583 * BN, **DONG),
    R("là hơn «212", "kinh phí tăng thêm do Chính phủ điều chỉnh mức phụ cấp theo Nghị định số 16", ">", 212 * BN,
      **DONG),
])

# --------------------------------------------------------------------------
# 06 Quảng Ngãi, the second round of more than 600 officials leaving after the provinces' merger,
# August 2025 (congly.vn; nothing cut; no stamp, no byline; the excerpt ends in "nghỉ thô"). Year
# 2025 ("kể từ ngày 1/9/2025"). Results: "hơn 600" (>) in the title and the lead; "155 người nghỉ
# hưu trước tuổi và 460 người nghỉ thôi việc" (the province's round, scope null); "riêng cấp xã,
# phường có 455 trường hợp (65 ... và 390 ...)": three records with scope "cấp xã, phường" (the
# sentence splits off one level from the whole; as set14x's "cấp xã, phường" teams); "xã Bình Sơn
# ... nhiều nhất với 17 người" (=, place "Bình Sơn"); "8 Phó giám đốc Sở", "Sở Tài Chính với 4
# người", "Sở Giáo dục và Đào tạo có 2", "Sở Công Thương cũng có 2 người" (=, each department its
# own subject). Not quantities: "đợt 2" (twice, the round's label), "chính quyền địa phương 2 cấp"
# (a name), "SN 1967" ... "SN 1969" (years of birth), "1/9/2025" (a date). Pillar null, ids null.
# --------------------------------------------------------------------------
D06 = dict(name="06_quangngai-nghi-che-do-dot-2-2025", kind="result", year=2025, records=[
    R("phê duyệt hơn «600 người", "người nghỉ chế độ đợt 2 sau sáp nhập", ">", 600, **CNT),
    R("cho hơn «600 trường", "trường hợp nghỉ hưởng chế độ trong đợt 2 được phê duyệt", ">", 600, **CNT),
    R("có «155 người", "người nghỉ hưu trước tuổi trong đợt", "=", 155, **CNT),
    R("và «460 người", "người nghỉ thôi việc trong đợt", "=", 460, **CNT),
    R("phường có «455", "trường hợp nghỉ hưởng chế độ trong đợt", "=", 455, **CNT, scope=CS),
    R("(«65 người", "người nghỉ hưu trước tuổi trong đợt", "=", 65, **CNT, scope=CS),
    R("và «390 người", "người nghỉ thôi việc trong đợt", "=", 390, **CNT, scope=CS),
    R("nhất với «17 người", "số lượng nghỉ nhiều nhất đơn vị cấp xã", "=", 17, **CNT, place="Bình Sơn"),
    R("Có «8 Phó", "Phó giám đốc Sở được UBND tỉnh cho nghỉ hưu trước tuổi", "=", 8, **CNT),
    R("Chính với «4 người", "Phó Giám đốc Sở Tài Chính nghỉ hưu trước tuổi", "=", 4, **CNT),
    R("Đào tạo có «2 Phó", "Phó giám đốc Sở Giáo dục và Đào tạo nghỉ hưu trước tuổi", "=", 2, **CNT),
    R("cũng có «2 người", "Phó giám đốc Sở Công Thương nghỉ hưu trước tuổi", "=", 2, **CNT),
])

# --------------------------------------------------------------------------
# 07 Kon Tum, eleven department heads and deputies asking to retire early, February 2025
# (sieucacuocnews.com; cut: the section label "Tin địa phương", the byline "Văn Hà19/02/2025 -
# 13:05" (written as the first line `date 2025-02-19`), the image file name "20250106_1426.jpg" and
# the caption "Nhiều giám đốc sở ở Kon Tum xin nghỉ hưu, ..." repeating the title, each with the
# blank line after it where two would meet; the excerpt ends in "đề ngh"). Year 2025. Results: "11
# Giám đốc, Phó Giám đốc", "6 Giám đốc Sở", "5 Phó Giám đốc Sở" (=; a breakdown by rank, scope
# null). Not quantities: "19/2" (a date), "Nghị định 177 và 178" (names). Pillar null, ids null.
# --------------------------------------------------------------------------
D07 = dict(name="07_kontum-giam-doc-so-nghi-huu-2025", kind="result", year=2025, records=[
    R("tỉnh có «11 Giám", "Giám đốc, Phó Giám đốc các Sở xin nghỉ hưu trước tuổi", "=", 11, **CNT),
    R("có «6 Giám", "Giám đốc Sở xin nghỉ hưu", "=", 6, **CNT),
    R("\n«5 Phó", "Phó Giám đốc Sở xin nghỉ hưu", "=", 5, **CNT),
])

# --------------------------------------------------------------------------
# 08 Quảng Ngãi, four department directors sent off work to await retirement, June 2021
# (baovephapluat.vn; cut: the widget residue "leftcenterrightdel", the caption "Nhiều Sở tại Quảng
# Ngãi khuyết ... Ảnh minh họa" and the byline "Xuân Nha", with the blank lines that went with
# them; no stamp). Year 2021 ("từ ngày 1/6/2021"). Results: "4 Giám đốc Sở" (=), "6 đơn vị khuyết
# chức danh người đứng đầu" (=), and "vào tháng 9/2020, có 60 cán bộ lãnh đạo ... đã xin nghỉ hưu
# trước tuổi" (=, year 2020). Not quantities: "4 sở nêu trên" (a back-reference to the first four,
# inside the list of the six; a judgement, as set193's list leads), "1/6/2021", "9/3/2015", "SN
# 1962", "tháng 9/2020" (dates), "Điều 5 Nghị định số 26/2015/NĐ-CP" (a name), "15 tháng" (how long
# before retirement age the rule lets them leave, as set193's "5 ngày"). Pillar null, ids null.
# --------------------------------------------------------------------------
D08 = dict(name="08_quangngai-giam-doc-so-nghi-cong-tac-2021", kind="result", year=2021, records=[
    R("đối với «4 Giám", "Giám đốc Sở được cho nghỉ công tác để chờ đủ tuổi nghỉ hưu", "=", 4, **CNT),
    R("hiện có «6 đơn vị", "đơn vị cấp Sở khuyết chức danh người đứng đầu", "=", 6, **CNT),
    R("có «60 cán bộ", "cán bộ lãnh đạo từ cấp xã đến cấp tỉnh đã xin nghỉ hưu trước tuổi", "=", 60, **CNT,
      year=2020),
])

# --------------------------------------------------------------------------
# 09 Nghệ An, the province encouraging agencies to cut 20% of their payroll by 2026 (nghean24h.vn,
# a tag page's one entry; nothing cut; no stamp). Targets ("khuyến khích ... tinh giản 20%": a
# target stated as a change, `>=`), year 2026: the title's "đến năm 2026" and the body's "ngay
# trong năm 2025 và 2026" (the period's end, a judgement). Not quantities: "năm 2025" (a date).
# Pillar null, ids null.
# --------------------------------------------------------------------------
D09 = dict(name="09_nghean-khuyen-khich-tinh-gian-20-phan-tram-2026", kind="target", year=2026, records=[
    R("tinh giản «20% biên chế đến", "tinh giản biên chế", ">=", 20),
    R("tinh giản «20% biên chế ngay", "các cơ quan, đơn vị tinh giản biên chế", ">=", 20),
])

# --------------------------------------------------------------------------
# 10 Lâm Đồng and the Ministry of Finance's deadline for Decree 178 payments, September 2025 (plo.vn;
# nothing cut; the stamp " date 2025-09-28" written as the first line, the title with its date and
# time kept as the second; the excerpt ends in "chế độ cho các"). A precision text: two records in
# a page of dates and document numbers. Year 2025. Results: "2.394 cán bộ ... có quyết định nghỉ
# công tác" (=) and "tổng số tiền 2.324 tỉ đồng" (=). Not quantities: "178" (the decree, many
# times), "15-10", "28/09/2025", "05:37", "27-9", "26-9-2025", "15-10-2025", "31-8-2025" (dates and
# a time), "195-KL/TW", "178/2024/NĐ-CP" (names), "chính quyền địa phương 2 cấp" (a name). Pillar
# null, ids null.
# --------------------------------------------------------------------------
D10 = dict(name="10_lamdong-chi-tra-178-precision", kind="result", year=2025, records=[
    R("đã có «2.394", "cán bộ, công chức, viên chức, người lao động tỉnh Lâm Đồng có quyết định nghỉ công tác theo "
      "Nghị định 178", "=", 2394, **CNT),
    R("số tiền «2.324", "tổng số tiền đã chi trả chế độ, chính sách cho người nghỉ công tác theo Nghị định 178", "=",
      2324 * BN, **DONG),
])

# --------------------------------------------------------------------------
# 11 Quảng Ngãi, eight deputy directors retired early, August 2025 (plo.vn; cut: the photo caption
# "Ông Ngô Văn Dụng, Phó Giám đốc Sở Tài chính ..., nghỉ hưu trước tuổi." with the blank line after
# it; the stamp " date 2025-08-28" written as the first line; the excerpt ends in "trình độ Thạ").
# A precision text with no record: the counts are written in words ("tám Phó giám đốc sở và một
# Phó chánh", "bốn", "hai", "ba cán bộ": not quantities, as the earlier sets' words); the ages "(58
# tuổi)" ... "(53 tuổi)" are a person's age (as set2xx's "18 tuổi"); "28/08/2025", "13:51",
# "28-8", "1-9-2025", "25-8", "6-2021" are dates and a time.
# --------------------------------------------------------------------------
D11 = dict(name="11_quangngai-pho-giam-doc-nghi-huu-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 12 Tuyên Quang, the header and preamble of Decision 47/QĐ-UBND of 15 February 2023 adopting the
# province's payroll-streamlining scheme 2022-2026 (ls1.hethongphapluat.com; cut: the site's name
# "Hệ thống pháp luật" and the loading notices "Đang tải nội dung, vui lòng chờ giây lát..." twice,
# with the blank line after them; the excerpt ends in "các cơ qu"). A precision text with no record:
# "47/QĐ-UBND", "18-NQ/TW", "19-NQ/TW", "28-KL/TW", "40-KL/TW", "70-QĐ/TW", "72-QĐ/TW" (document
# numbers), "15 tháng 02 năm 2023", "25/10/2017", "21/02/2022", "18/7/2022" (dates), "2022-2026"
# (the period, twice), "khóa XII" (a name).
# --------------------------------------------------------------------------
D12 = dict(name="12_tuyenquang-de-an-tinh-gian-47-2023-precision", kind="target", year=2023, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
