#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set246).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (goldkit.clause_span).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry. BARE_PCT lists the rates whose "%" the text leaves out (02's
vaccination row, set225's form), PERMILLE the one per-mille value written "%0" (10), both tolerated by
check_gold.py only at these anchors.

Each record carries `indicator_id_gold` (ignored by the scorer): the catalogue has no public-health
indicator (its health entries are the digital ones: electronic health records, EMR, telehealth,
cashless fees, chip ID in place of the insurance card), so every id here is null (see README).

The statistics table of 02 is written with `row(...)`: one record per filled cell of a row, each
located by the cell before it (or the row's label), the column's year given in order.

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

OTH = functools.partial(dict, unit="other")  # an amount in another unit: OTH(unit_text=...)
PER_VAN = OTH(unit_text=None)  # a per-10,000 figure whose unit the text does not write at the number


def row(head, cells, years, indicator, **kw):
    """Records of one table row, one per filled cell: `head` is the text just before the first
    cell (the row's label and the blank run after it), `cells` the cells as written, `years` their
    columns' years; a later cell is located by the cell before it and the space between them."""
    locs = [f"{head}«{cells[0]}"] + [f"{a} «{b}" for a, b in zip(cells, cells[1:])]
    return [R(loc, indicator, "=", goldkit.num(c), year=y, **kw) for loc, c, y in zip(locs, cells, years)]


# --------------------------------------------------------------------------
# 01 Thừa Thiên Huế, the province's portal: the health sector's figures from the 2022 statistical
# yearbook (thuathienhue.gov.vn; nothing cut; no byline, no stamp; the province is named only by the
# address, the text says "toàn tỉnh"). Year 2022 ("Theo niên giám thống kê năm 2022"). Results, =,
# pillar null (no heading names a pillar). Every figure of the yearbook's list is a value reached
# for an indicator: the facilities ("186, trong đó: 18 bệnh viện, 01 ..., 141 trạm y tế xã
# phường ..."), the beds ("2.411, trong đó: Bệnh viện: 1.843 giường ..."; "Phòng khám đa khoa khu
# vực: 86" and "Cơ sở y tế khác: 300" counts of beds, their unit given by the list's head), the
# staff ("2.925 người ... Bác sỹ: 1.082 người ...") and the pharmacists: counts, each its own
# subject, scope null (a breakdown by kind of facility or staff, not by level or group: spec).
# "Số bác sỹ bình quân 1 vạn dân (người): 15" and "Số giường bệnh bình quân 1 vạn dân (giường):
# 61": unit other, unit_text the label's "người", "giường" (set201 gives per-10,000 figures unit
# other); "Số người nhiễm HIV ... trên 100.000 dân: 4,1", "0,6": unit other, unit_text null (no
# unit word); the vaccination and malnutrition rates: %. Not quantities: the list labels "1."-"5.",
# "1 vạn", "100.000 dân" (the rates' bases), "dưới 1 tuổi", "dưới 5 tuổi" (the subjects), "năm
# 2022" (a date).
# --------------------------------------------------------------------------
D01 = dict(name="01_thuathienhue-co-so-y-te-chi-tieu-suc-khoe-2022", kind="result", year=2022, records=[
    R("toàn tỉnh: «186", "Tổng số cơ sở y tế trên toàn tỉnh", "=", 186, **CNT),
    R("- «18 bệnh viện", "bệnh viện", "=", 18, **CNT),
    R("- «01 Bệnh viện điều dưỡng", "Bệnh viện điều dưỡng và phục hồi chức năng", "=", 1, **CNT),
    R("- «01 Bệnh viện da liễu", "Bệnh viện da liễu", "=", 1, **CNT),
    R("- «06 phòng khám", "phòng khám đa khoa khu vực", "=", 6, **CNT),
    R("- «141 trạm", "trạm y tế xã phường", "=", 141, **CNT),
    R("- «19 cơ sở", "cơ sở y tế khác", "=", 19, **CNT),
    R("giường bệnh: «2.411", "Tổng số giường bệnh", "=", 2411, **CNT),
    R("- Bệnh viện: «1.843 giường", "Tổng số giường bệnh: Bệnh viện", "=", 1843, **CNT),
    R("chức năng: «120 giường", "Tổng số giường bệnh: Bệnh viện điều dưỡng và phục hồi chức năng", "=", 120, **CNT),
    R("da liễu: «62 giường", "Tổng số giường bệnh: Bệnh viện da liễu", "=", 62, **CNT),
    R("khu vực: «86", "Tổng số giường bệnh: Phòng khám đa khoa khu vực", "=", 86, **CNT),
    R("khác: «300", "Tổng số giường bệnh: Cơ sở y tế khác", "=", 300, **CNT),
    R("ngành y: «2.925 người", "Nhân lực ngành y", "=", 2925, **CNT),
    R("Bác sỹ: «1.082 người", "Bác sỹ", "=", 1082, **CNT),
    R("Y sỹ: «320 người", "Y sỹ", "=", 320, **CNT),
    R("Điều dưỡng: «929 người", "Điều dưỡng", "=", 929, **CNT),
    R("Hộ sinh: «360 người", "Hộ sinh", "=", 360, **CNT),
    R("viên y: «234 người", "Kỹ thuật viên y", "=", 234, **CNT),
    R("ngành dược: «542 người", "Nhân lực ngành dược", "=", 542, **CNT),
    R("Dược sỹ: «325 người", "Dược sỹ", "=", 325, **CNT),
    R("trung cấp: «217 người", "Dược sỹ trung cấp", "=", 217, **CNT),
    R("(người): «15", "Số bác sỹ bình quân 1 vạn dân", "=", 15, **OTH(unit_text="người")),
    R("(giường): «61", "Số giường bệnh bình quân 1 vạn dân", "=", 61, **OTH(unit_text="giường")),
    R("vắcxin: «92,55%", "Tỷ lệ trẻ em dưới 1 tuổi được tiêm đầy đủ các loại vắcxin", "=", 92.55),
    R("dân: «4,1", "Số người nhiễm HIV được phát hiện trên 100.000 dân", "=", 4.1, **PER_VAN),
    R("dân: «0,6", "Số người chết do HIV/AIDS trên 100.000 dân", "=", 0.6, **PER_VAN),
    R("theo tuổi: «6,4%", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng cân nặng theo tuổi", "=", 6.4),
    R("theo tuổi: «8,7%", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng chiều cao theo tuổi", "=", 8.7),
    R("chiều cao: «5,7%", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng cân nặng theo chiều cao", "=", 5.7),
])

# --------------------------------------------------------------------------
# 02 Đà Nẵng, the city's socio-economic page: some health indicators, a lead sentence for 2021 and a
# table of 2015-2021 (danang.gov.vn; cut: the byline "Đăng ngày 10-11-2022 11:13, Lượt xem: 85",
# written as the first line `date 2022-11-10`, and the rating label "ĐÁNH GIÁ BÀI VIẾT" that ends the
# page; the table's blank runs kept as the page has them). Results, =, pillar null. The lead: "năm
# 2021: số giường bệnh ... là 93,02; Bác sĩ ... là 19,23; Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng
# đầy đủ là 90,02; Số ca mắc các bệnh dịch là 20.915" (year 2021). The table: columns "2015 2017
# 2019 2020 Sơ bộ 2021", one record per filled cell with its column's year (the preliminary 2021
# column a result like any other: spec's "ước đạt"); the lead's 2021 values appear again in the
# table's last column and are recorded at both places (two statements). The two rows with empty
# cells are read by the page's blank runs (each empty cell one space between two separators: "Số
# người chết vì các bệnh dịch" has three empty cells, then 31 (2020) and 79 (2021); "Số người bị ngộ
# độc thực phẩm" has 158 in the second column, 2017, then three empty cells); "Số người chết do ngộ
# độc thực phẩm" has none. Units: the per-10,000 rows other with unit_text null (no unit at the
# numbers), the vaccination rate % although the text writes no "%" (its label "Tỷ lệ"; BARE_PCT),
# the cases and deaths counts, the HIV rows per 100,000 other "người" (the label's "(người)"). Not
# quantities: the column years, "1 vạn", "100.000 dân", "dưới 1 tuổi", "10-11-2022" (the byline).
# --------------------------------------------------------------------------
Y5 = (2015, 2017, 2019, 2020, 2021)
BED = "Giường bệnh tính bình quân 1 vạn dân số"
DOC = "Bác sĩ bình quân 1 vạn dân"
VAC = "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ"
CASES = "Số ca mắc các bệnh dịch"
D02 = dict(name="02_danang-giuong-benh-bac-si-van-dan-2021", kind="result", year=2021, records=[
    R("dân số là «93,02", "số giường bệnh tính bình quân 1 vạn dân số", "=", 93.02, **PER_VAN),
    R("vạn dân là «19,23", "Bác sĩ bình quân 1 vạn dân", "=", 19.23, **PER_VAN),
    R("đầy đủ là «90,02", VAC, "=", 90.02),
    R("bệnh dịch là «20.915", CASES, "=", 20915, **CNT),
    *row("vạn dân số ", ["63,93", "69,38", "78,56", "95,85", "93,02"], Y5, BED, **PER_VAN),
    *row("1 vạn dân ", ["16,27", "17,23", "20,95", "18,59", "19,23"], Y5, DOC, **PER_VAN),
    *row("đầy đủ ", ["100,00", "99,10", "95,30", "97,03", "90,02"], Y5, VAC),
    *row("bệnh dịch ", ["16.117", "5.627", "19.243", "11.611", "20.915"], Y5, CASES, **CNT),
    *row("bệnh dịch       ", ["31", "79"], (2020, 2021), "Số người chết vì các bệnh dịch", **CNT),
    R("thực phẩm   «158", "Số người bị ngộ độc thực phẩm", "=", 158, **CNT, year=2017),
    *row("(người) ", ["11,39", "8,83", "9,64", "9,23", "15,06"], Y5,
         "Số người nhiễm HIV được phát hiện trên 100.000 dân", **OTH(unit_text="người")),
    *row("(người) ", ["0,78", "1,13", "0,53", "0,26", "0,75"], Y5,
         "Số người chết do HIV/AIDS trên 100.000 dân", **OTH(unit_text="người")),
], BARE_PCT=["đầy đủ là «90,02", "đầy đủ «100,00", "100,00 «99,10", "99,10 «95,30", "95,30 «97,03",
             "97,03 «90,02"])

# --------------------------------------------------------------------------
# 03 Thái Nguyên (the page's province: thainguyentv.vn; the text says only "của tỉnh"), health
# insurance for the people, 2023 (nothing cut; no byline, no stamp). The lead and the body both state
# "Năm 2023, tỷ lệ dân số tham gia bảo hiểm y tế của tỉnh đạt 92%": two records (two statements, as
# the earlier sets record a title's figure and the body's). Results, =, year 2023, pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_thainguyen-bao-hiem-y-te-dan-so-2023", kind="result", year=2023, records=[
    R("tỉnh đạt «92%.", "tỷ lệ dân số tham gia bảo hiểm y tế của tỉnh", "=", 92),
    R("tỉnh đạt «92%,", "tỷ lệ dân số tham gia bảo hiểm y tế của tỉnh", "=", 92),
])

# --------------------------------------------------------------------------
# 04 The South-East and other regions: the density of doctors and hospital beds against the
# targets of Resolution 20-NQ/TW (th389.vn; cut: the image line "![]() |" and its caption "Ảnh minh
# họa: Kinhtedothi.vn |", the byline "VIỆT CHUNG", and the "Tin mới" box that follows it (its
# heading and two teasers of unrelated news); no byline date, no stamp). Targets (kind target, the
# resolution's "mục tiêu đặt ra ... là"): "30 giường bệnh/1 vạn dân năm 2025 và 32 giường bệnh/1
# vạn dân đến năm 2030", "10 bác sĩ/vạn dân năm 2025 và 11 bác sĩ/vạn dân năm 2030" (bare numbers:
# >=, spec; unit other with the unit as written). Results, =: the national average "năm 2020 là
# 9,8 bác sĩ" and the regions' and provinces' doctors in the same paragraph and the next (year
# 2020, the paragraph's only year: "Tuy nhiên, vùng Tây Nguyên mới chỉ đạt 7,2 bác sĩ ..."; a
# judgement), the regions' beds "vùng Tây Nguyên mới đạt 21,8 giường bệnh, Đồng bằng sông Cửu Long
# là 24,3" (year null: "hiện", no year said). The region is part of the indicator (spec's "xếp thứ
# 5 khu vực Tây Nguyên"); the five provinces each carry `place` (spec). "Bà Rịa - Vũng Tàu 5,9" has
# no unit word: unit_text null. Not quantities: "20-NQ/TW" (a name), "1 vạn", "10.000 dân" (the
# bases), "5 tỉnh còn lại" (the size of the group whose values follow, as set193's "15 xã").
# Pillar null.
# --------------------------------------------------------------------------
BEDS = OTH(unit_text="giường bệnh")
DOCS_ = OTH(unit_text="bác sĩ")
D04 = dict(name="04_dongnambo-mat-do-bac-si-giuong-benh-2025", kind="result", year=None, records=[
    R("là «30 giường", "mật độ giường bệnh trên dân số, mục tiêu trong nghị quyết 20-NQ/TW", ">=", 30,
      **OTH(unit_text="giường bệnh/1 vạn dân"), **T, year=2025),
    R("và «32 giường", "mật độ giường bệnh trên dân số, mục tiêu trong nghị quyết 20-NQ/TW", ">=", 32,
      **OTH(unit_text="giường bệnh/1 vạn dân"), **T, year=2030),
    R("mới đạt «21,8", "mật độ giường bệnh trên dân số vùng Tây Nguyên", "=", 21.8, **BEDS),
    R("Long là «24,3", "mật độ giường bệnh trên dân số vùng Đồng bằng sông Cửu Long", "=", 24.3, **BEDS),
    R("là «10 bác sĩ", "mật độ bác sĩ trên dân số, mục tiêu đặt ra", ">=", 10,
      **OTH(unit_text="bác sĩ/vạn dân"), **T, year=2025),
    R("và «11 bác sĩ", "mật độ bác sĩ trên dân số, mục tiêu đặt ra", ">=", 11,
      **OTH(unit_text="bác sĩ/vạn dân"), **T, year=2030),
    R("2020 là «9,8", "Số bác sĩ trên dân số trung bình của cả nước", "=", 9.8, **DOCS_, year=2020),
    R("chỉ đạt «7,2", "mật độ bác sĩ trên dân số vùng Tây Nguyên", "=", 7.2, **DOCS_, year=2020),
    R("Long chỉ «7,6", "mật độ bác sĩ trên dân số vùng Đồng bằng sông Cửu Long", "=", 7.6, **DOCS_, year=2020),
    R("khá cao là «10,6", "mật độ bác sĩ vùng Đông Nam Bộ", "=", 10.6, **PER_VAN, year=2020),
    R("Tây Ninh «4,3", "mật độ bác sĩ/10.000 dân", "=", 4.3, **DOCS_, year=2020, place="Tây Ninh"),
    R("Bình Phước «3,6", "mật độ bác sĩ/10.000 dân", "=", 3.6, **DOCS_, year=2020, place="Bình Phước"),
    R("Bình Dương «5,8", "mật độ bác sĩ/10.000 dân", "=", 5.8, **DOCS_, year=2020, place="Bình Dương"),
    R("Vũng Tàu «5,9", "mật độ bác sĩ/10.000 dân", "=", 5.9, **PER_VAN, year=2020, place="Bà Rịa - Vũng Tàu"),
    R("Đồng Nai «7,5", "mật độ bác sĩ/10.000 dân", "=", 7.5, **DOCS_, year=2020, place="Đồng Nai"),
])

# --------------------------------------------------------------------------
# 05 The National Assembly's 2024 targets for the health sector, on Bãi Cháy Hospital's site
# (Quảng Ninh; benhvienbaichay.vn; cut: the byline "  • 2023/11/10 00:43", written as the first
# line `date 2023-11-10`, with the blank line after it, and the photo caption "Quốc hội biểu quyết
# thông qua Nghị quyết về Kế hoạch phát triển KT-XH năm 2024." with the blank line after it; the
# excerpt ends in "tổng sản ph"). Targets for 2024 (kind target): the title's "Mục tiêu năm 2024 đạt
# 13,5 bác sĩ/vạn dân, 94,1% dân số tham gia BHYT" and the lead's "13,5 bác sĩ/10.000 dân, 32,5
# giường bệnh/trên 10.000 dân; 94,1% dân số tham gia BHYT" ("đạt" and bare numbers: >=); the title's
# and the lead's figures are two statements each. NOT: "có 447 ĐBQH tham gia biểu quyết tán thành
# (chiếm tỷ lệ 90,49%)" (the vote, the participants of an event: spec), so also the 447 unrecorded.
# Not quantities: "9/11" (a date), "15 chỉ tiêu chủ yếu" (a count of targets), the list label "1/".
# Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_quangninh-baichay-muc-tieu-y-te-2024", kind="target", year=2024, records=[
    R("2024 đạt «13,5 bác sĩ/vạn", "bác sĩ/vạn dân", ">=", 13.5, **OTH(unit_text="bác sĩ/vạn dân")),
    R("dân, «94,1% dân số tham gia BHYT\n", "dân số tham gia BHYT", ">=", 94.1),
    R("2024 có «13,5 bác sĩ/10.000", "mục tiêu cho ngành y tế: bác sĩ/10.000 dân", ">=", 13.5,
      **OTH(unit_text="bác sĩ/10.000 dân")),
    R("dân, «32,5 giường", "giường bệnh/trên 10.000 dân", ">=", 32.5, **OTH(unit_text="giường bệnh/trên 10.000 dân")),
    R("dân; «94,1% dân", "dân số tham gia BHYT", ">=", 94.1),
], NOT=["tỷ lệ «90,49%"])

# --------------------------------------------------------------------------
# 06 The National Master Plan 2021-2030's health and environment targets (Resolution 81/2023/QH15;
# tapchitaichinh.vn; cut: the photo caption "Một số chỉ tiêu y tế và môi trường ... - Ảnh 1" with the
# blank line after it and the source line "Theo Báo Đại biểu Nhân dân/daibieunhandan.vn"; no byline,
# no stamp; the excerpt ends in "3 triệu ha..."). Targets "đến năm 2030" (kind target, year 2030):
# "đạt 35 giường bệnh và 19 bác sĩ trên 1 vạn dân" (two records, unit other with the unit written
# at each number), "tỷ lệ giường bệnh tư nhân đạt 15%", "tỷ lệ che phủ rừng ổn định ở mức 42%" (a
# bare level: >=), "diện tích các khu bảo tồn thiên nhiên trên cạn đạt 3 triệu ha" (other "ha", the
# magnitude multiplied in). Not quantities: "81/2023/QH15" (a name), "2021-2030", "năm 2050"
# (dates), "1 vạn dân" (the base). Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_quyhoach-chi-tieu-y-te-giuong-benh-2030", kind="target", year=2030, records=[
    R("đạt «35 giường", "giường bệnh trên 1 vạn dân", ">=", 35, **OTH(unit_text="giường bệnh")),
    R("và «19 bác sĩ", "bác sĩ trên 1 vạn dân", ">=", 19, **OTH(unit_text="bác sĩ")),
    R("tư nhân đạt «15%", "tỷ lệ giường bệnh tư nhân", ">=", 15),
    R("ở mức «42%", "tỷ lệ che phủ rừng ổn định", ">=", 42),
    R("trên cạn đạt «3 triệu ha", "diện tích các khu bảo tồn thiên nhiên trên cạn", ">=", 3e6, **OTH(unit_text="ha")),
])

# --------------------------------------------------------------------------
# 07 A province (unnamed in the excerpt; baomoi.net.vn) on child malnutrition and maternal care,
# 2025 (cut: the photo caption "Trẻ em trên địa bàn tỉnh được khám sức khỏe định kỳ, cân đo, chấm
# biểu đồ theo dõi sự phát triển." with the blank line before it kept once; no byline, no stamp; the
# excerpt ends in "tỷ lệ"). Year 2025 (the title's and the text's "năm 2025", the only year).
# Results, =: the title's "giảm còn 21% vào cuối năm 2025", the body's "đến hết năm 2025, tỷ lệ ...
# thể thấp còi dự kiến giảm còn 21%; thể nhẹ cân dự kiến giảm còn 13,1%" (an estimate of the year's
# outcome, read as the spec's "ước đạt": a result, =; the earlier sets read a result's "giảm còn" as
# =), "tỷ lệ khám thai của phụ nữ trong thai kỳ đạt 82,2%; tỷ lệ phụ nữ đẻ được cán bộ có kỹ năng
# đỡ đạt 95%". Not quantities: "dưới 5 tuổi" (the subject), "1.000 ngày vàng đầu đời" (a
# programme's name). Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_tinh-suy-dinh-duong-thap-coi-2025", kind="result", year=2025, records=[
    R("giảm còn «21% vào", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi", "=", 21),
    R("dự kiến giảm còn «21%;", "tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi", "=", 21),
    R("giảm còn «13,1%", "tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân", "=", 13.1),
    R("đạt «82,2%", "tỷ lệ khám thai của phụ nữ trong thai kỳ", "=", 82.2),
    R("đỡ đạt «95%", "tỷ lệ phụ nữ đẻ được cán bộ có kỹ năng đỡ", "=", 95),
])

# --------------------------------------------------------------------------
# 08 Yên Bái, the province's health system and its general hospital (yenbai.gov.vn; cut: the photo
# caption "Bệnh viện Đa khoa tỉnh Yên Bái áp dụng kỹ các thuật chuyên sâu ... cho người bệnh"; no
# byline, no stamp; the excerpt ends in "tuyến đầu"). Year null: the text names no year ("2 năm qua,
# dịch bệnh COVID-19" is a span, not a year). Results: "quy mô 550 giường bệnh, 33 khoa phòng"
# (counts, =, as an earlier set's "quy mô 241 điểm cầu"), "tỷ lệ thực hiện các dịch vụ kỹ thuật
# đạt trên 86%" (>), "trên 240 kỹ thuật vượt tuyến" (count, >). Not quantities: "hạng I" (a
# grade), "sáp nhập 5 trung tâm" (the make-up of the new centre when it was founded, as the parts
# of an index; a judgement), "2 năm qua" (a span). Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_yenbai-benh-vien-da-khoa-he-thong-y-te", kind="result", year=None, records=[
    R("quy mô «550 giường", "Bệnh viện Đa khoa tỉnh Yên Bái quy mô giường bệnh", "=", 550, **CNT),
    R("bệnh, «33 khoa", "khoa phòng của Bệnh viện Đa khoa tỉnh Yên Bái", "=", 33, **CNT),
    R("đạt trên «86%", "tỷ lệ thực hiện các dịch vụ kỹ thuật", ">", 86),
    R("trên «240 kỹ thuật", "kỹ thuật vượt tuyến", ">", 240, **CNT),
])

# --------------------------------------------------------------------------
# 09 The Ministry of Health's results for 2025 and 2021-2025 (vietnamplus.vn; the stamp " date
# 2026-01-03" written as the first line; nothing cut). Year 2025 ("tính đến hết năm 2025"). Results:
# "tỷ lệ bao phủ bảo hiểm y tế ước đạt 95,15% dân số" (=, spec's "ước đạt"), "số bác sỹ đạt 15 bác
# sỹ/ 10.000 dân", "số giường bệnh đạt 34,5 giường/ 10.000 dân" (other, the unit as written), "Tuổi
# thọ trung bình ... đạt khoảng 74,8 tuổi" (~, other "tuổi"), "tỷ lệ người dân hài lòng với dịch vụ
# y tế đạt hơn 90%" (>). Not quantities: "vượt mục tiêu đề ra" (no number), "3/3 chỉ tiêu chủ
# yếu", "8/9 chỉ tiêu" (counts of targets met, as set13-set15's and set157's majority), the
# resolutions' numbers, "2021-2025" (a period). Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_nganh-y-te-ket-qua-bhyt-bac-si-2025", kind="result", year=2025, records=[
    R("ước đạt «95,15%", "tỷ lệ bao phủ bảo hiểm y tế", "=", 95.15),
    R("đạt «15 bác sỹ", "số bác sỹ", "=", 15, **OTH(unit_text="bác sỹ/ 10.000 dân")),
    R("đạt «34,5 giường", "số giường bệnh", "=", 34.5, **OTH(unit_text="giường/ 10.000 dân")),
    R("khoảng «74,8 tuổi", "Tuổi thọ trung bình của người dân", "~", 74.8, **OTH(unit_text="tuổi")),
    R("hơn «90%", "tỷ lệ người dân hài lòng với dịch vụ y tế", ">", 90),
])

# --------------------------------------------------------------------------
# 10 The Ministry of Health's General Office for Population: its population targets for 2021, sent
# to the provinces' health departments (Công văn 66/TCDS-KHTC of 23/02/2021; m.thuvienphapluat.vn;
# nothing cut; the excerpt ends in "tầm soát (s"). Targets "Chỉ tiêu kế hoạch năm 2021" (kind
# target, year 2021), bare numbers >= (spec, also for the sex ratio at birth, whose bare "111,4"
# reads >= though a lower ratio is wanted: the spec's rule, not the indicator's direction). "Tuổi
# thọ trung bình tính từ lúc sinh: 73,8 tuổi" (other "tuổi"), "Tỷ số giới tính khi sinh: 111,4 số bé
# trai/100 bé gái sinh ra sống" (other, the unit as written), "Tổng tỷ suất sinh: 2,1 con/phụ nữ"
# (other "con/phụ nữ"), and the professional targets stated as changes (spec: a target stated as a
# change is a quantity): "Giảm tỷ số giới tính khi sinh (-SRB): -0,1 điểm phần trăm so với năm
# 2020" (value 0.1 read from the number after the minus sign, the decrease in the indicator's
# wording; other "điểm phần trăm"), "Điều chỉnh mức sinh (+/-CBR): +0,1 %0" (0.1 per mille: other,
# unit_text "%0" as written, tolerated at this anchor by check_gold.py: PERMILLE), "Giảm số vị thành
# niên, thanh niên có thai ngoài ý muốn: 15% so năm 2020" (%), "Tổng số người mới sử dụng BPTT hiện
# đại trong năm 5.605.000 người" (count), "Tỷ lệ bà mẹ mang thai được tầm soát: 50%". Not
# quantities: "66/TCDS-KHTC", "21-NQ/TW", "137/NQ-CP" (names), "23 tháng 02 năm 2021", "năm 2030",
# "2021-2025", "năm 2020" (dates), "100 bé gái" (the ratio's base), the labels "1.", "2.". Pillar
# null.
# --------------------------------------------------------------------------
D10 = dict(name="10_dan-so-chi-tieu-ke-hoach-2021", kind="target", year=2021, records=[
    R("lúc sinh: «73,8 tuổi", "Tuổi thọ trung bình tính từ lúc sinh", ">=", 73.8, **OTH(unit_text="tuổi")),
    R("khi sinh: «111,4", "Tỷ số giới tính khi sinh", ">=", 111.4,
      **OTH(unit_text="số bé trai/100 bé gái sinh ra sống")),
    R("sinh: «2,1 con", "Tổng tỷ suất sinh", ">=", 2.1, **OTH(unit_text="con/phụ nữ")),
    R("(-SRB): -«0,1 điểm", "Giảm tỷ số giới tính khi sinh (-SRB)", ">=", 0.1,
      **OTH(unit_text="điểm phần trăm")),
    R("(+/-CBR): +«0,1 %0", "Điều chỉnh mức sinh (+/-CBR)", ">=", 0.1, **OTH(unit_text="%0")),
    R("trong năm «5.605.000 người", "Tổng số người mới sử dụng BPTT hiện đại trong năm", ">=", 5605000, **CNT),
    R("ý muốn: «15%", "Giảm số vị thành niên, thanh niên có thai ngoài ý muốn", ">=", 15),
    R("trước sinh): «50%", "Tỷ lệ bà mẹ mang thai được tầm soát (sàng lọc trước sinh)", ">=", 50),
], PERMILLE=["(+/-CBR): +«0,1 %0"])

# --------------------------------------------------------------------------
# 11 Bình Phước, the legal-database page of Decision 2075/QĐ-UBND (08/11/2022) approving the
# scheme to strengthen epidemic prevention and medical care 2021-2025 (lawnet.vn; nothing cut; the
# excerpt ends in "thực hiện K"). A precision text, no record: every number is a document number
# ("2075/QĐ-UBND", "379-KL/TU", "173-CV/BCS"), a date ("08/11/2022", "19/6/2015", "22/11/2019",
# "25/6/2022", "06/7/2022") or a period in a name ("2021-2025", "năm 2030"). Year 2022.
# --------------------------------------------------------------------------
D11 = dict(name="11_binhphuoc-de-an-phong-chong-dich-2022-precision", kind="target", year=2022, records=[])

# --------------------------------------------------------------------------
# 12 Bình Định, Decision 1710/QĐ-UBND (08/5/2020) issuing the plan for the programme "Chăm sóc dinh
# dưỡng 1.000 ngày đầu đời ..." (thuviennhadat.vn; nothing cut; the excerpt ends in "thị xã,\nth"). A
# precision text, no record: "1.000 ngày", "1000 ngày" (the programme's name), "1710/QĐ-UBND",
# "1896/QĐ-TTg", "230/BYT-BM-TE", "85/TTr-SYT" (documents), "08 tháng 5 năm 2020", "19/6/2015",
# "15/01/2020", "07/5/2020" (dates), "Điều 1.", "Điều 2." (articles). Year 2020.
# --------------------------------------------------------------------------
D12 = dict(name="12_binhdinh-dinh-duong-1000-ngay-2020-precision", kind="target", year=2020, records=[])

# --------------------------------------------------------------------------
# 13 The measles vaccination campaign in 53 of 54 provinces, spring 2025 (dantocmiennui.vn, a tag
# page; nothing cut; the excerpt opens with a blank line, dropped). Year 2025: "đến hết ngày 3/4"
# names no year; the text's latest year is "đầu năm 2025", before 3/4 (a judgement). Results, =:
# the headline "53/54 tỉnh có tỷ lệ tiêm vắc-xin ... đạt 95,2%" and the body's "có 53/54 tỉnh đã
# triển khai tiêm chủng ... được 762.320/800.719 đối tượng, đạt 95,2%" (the provinces and the people
# vaccinated: counts; the rates: %); the headline's figures are statements of their own. Not
# quantities: the denominators "/54", "/800.719", "3/4" (a date), "năm 2024". Pillar null.
# --------------------------------------------------------------------------
D13 = dict(name="13_54-tinh-tiem-vac-xin-soi-2025", kind="result", year=2025, records=[
    R("«53/54 tỉnh có", "tỉnh có tỷ lệ tiêm vắc-xin phòng chống bệnh sởi", "=", 53, **CNT),
    R("sởi đạt «95,2%\n", "tỷ lệ tiêm vắc-xin phòng chống bệnh sởi", "=", 95.2),
    R("có «53/54 tỉnh đã", "tỉnh đã triển khai tiêm chủng vắc-xin phòng, chống bệnh sởi", "=", 53, **CNT),
    R("được «762.320/800.719", "đối tượng được tiêm chủng vắc-xin phòng, chống bệnh sởi", "=", 762320, **CNT),
    R("đối tượng, đạt «95,2%", "tỷ lệ tiêm chủng vắc-xin phòng, chống bệnh sởi", "=", 95.2),
])

# --------------------------------------------------------------------------
# 14 Bình Dương, the expanded immunisation programme over nine months (baobinhduong.vn; cut: the
# byline "Q.NHƯ" that ends the page; no date, no stamp). Year null (no year in the text: "9 tháng
# qua" is a span). Results, =: "Có 339.945 trẻ được TCMR, đạt 98,58%" (a count and a rate), "giám
# sát tại 55 điểm tiêm chủng", "tập huấn an toàn tiêm chủng cho 730 học viên" (counts of the
# sector's work, as the earlier sets' trainings). Not quantities: "9 tháng" (a span), "từ 1 - 14
# tuổi" (the subject's ages). Pillar null.
# --------------------------------------------------------------------------
D14 = dict(name="14_binhduong-tiem-chung-mo-rong", kind="result", year=None, records=[
    R("Có «339.945 trẻ", "trẻ được tiêm chủng mở rộng (TCMR)", "=", 339945, **CNT),
    R("đạt «98,58%", "trẻ được tiêm chủng mở rộng (TCMR), đạt", "=", 98.58),
    R("tại «55 điểm", "điểm tiêm chủng được ngành y tế trực tiếp giám sát", "=", 55, **CNT),
    R("cho «730 học viên", "học viên là chuyên trách y tế cơ sở được tập huấn an toàn tiêm chủng", "=", 730, **CNT),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py


def listed_anchors(key, doc):
    """Anchors of a document's locators under `key` (BARE_PCT, PERMILLE), for check_gold.py."""
    text = (TEXTS / f"{doc['name']}.txt").read_text(encoding="utf-8")
    return {goldkit.locate(text, loc, doc["name"]) for loc in doc.get(key, [])}


bare_pct_anchors = functools.partial(listed_anchors, "BARE_PCT")
permille_anchors = functools.partial(listed_anchors, "PERMILLE")

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
