#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set311).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of percentages deliberately left without a record;
check_gold.py verifies that every percentage has a record or a NOT entry. No set311 text needs one.

Each record also carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml (see README): the catalogue measures digital transformation and
names no child-nutrition, maternal-care or mortality indicator, so every record here is written
without `iid=` (null), as set246's and set267's health and population records.

The theme is child nutrition and maternal health; no text stands under a heading that names a
digital-transformation pillar, so every pillar is null.

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
from goldkit import R, CNT, RANK, T  # noqa: E402


def OTH(unit_text):
    """An amount in another unit, its unit as written at the number."""
    return dict(unit="other", unit_text=unit_text)


PERMIL = OTH("‰")  # a mortality rate per thousand live births, as set246's crude birth rate
CA = OTH("ca")  # maternal deaths written "N ca" (per 100,000 named elsewhere in the sentence)
CON = OTH("con")  # the total fertility rate, children per woman
IMR = OTH("trẻ tử vong/1.000 trẻ sinh sống")
MMR = OTH("ca/100.000 trẻ sinh ra sống")

STUNT = "tỷ lệ trẻ dưới 5 tuổi suy dinh dưỡng thể thấp còi"
UNDERW = "tỷ lệ trẻ dưới 5 tuổi suy dinh dưỡng thể nhẹ cân"
LBW = "tỷ lệ trẻ có cân nặng sơ sinh thấp (dưới 2500g)"
OBESE = "tỷ lệ thừa cân, béo phì"

# --------------------------------------------------------------------------
# 01 Quảng Nam, the province's plan for the nutrition component of the national poverty programme
# for 2025, as a newspaper reports it (qrt.vn; the stamp " date 2025-03" written as the first line;
# nothing cut). Kind target, year 2025 ("năm 2025 Quảng Nam phấn đấu"; the two "tối thiểu 80%" of
# the same plan take the plan's year). "giảm tỷ lệ ... xuống 2% so với năm 2024" (three such): a
# target stated as a change against 2024 (spec: a quantity, `>=`), the comparison in the indicator.
# "tối thiểu" `>=`. Not quantities: the ages ("dưới 16 tuổi", "dưới 5 tuổi", "từ trên 5-16 tuổi"),
# "01 tháng sau sinh" (a period of the supplement), "2021 – 2025" (the programme's period).
# --------------------------------------------------------------------------
D01 = dict(name="01_quangnam-cai-thien-dinh-duong-huyen-ngheo-2025", kind="target", year=2025, records=[
    R("nghèo xuống «2% so với năm 2024. Phấn", "giảm tỷ lệ suy dinh dưỡng trẻ em dưới 5 tuổi thể thấp còi sinh "
      "sống trên địa bàn các huyện nghèo so với năm 2024", ">=", 2),
    R("nghèo xuống «1% so với", "giảm tỷ lệ suy dinh dưỡng trẻ em dưới 5 tuổi thể gầy còm sinh sống trên địa bàn "
      "các huyện nghèo so với năm 2024", ">=", 1),
    R("nghèo xuống «2% so với năm 2024.\n", "giảm tỷ lệ suy dinh dưỡng trẻ học đường từ trên 5-16 tuổi thể thấp "
      "còi sinh sống trên địa bàn các huyện nghèo so với năm 2024", ">=", 2),
    R("tối thiểu «80% trẻ em", "trẻ em dưới 16 tuổi suy dinh dưỡng thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát "
      "nghèo được bổ sung đa vi chất dinh dưỡng", ">=", 80),
    R("Tối thiểu «80% phụ nữ", "phụ nữ mang thai sinh sống trên địa bàn các huyện nghèo được cung cấp viên đa vi "
      "chất", ">=", 80),
])

# --------------------------------------------------------------------------
# 02 Quảng Nam, Plan 5729/KH-UBND of 29/8/2022 carrying out the national nutrition strategy
# 2021-2030 (thuvienphapluat.vn; nothing cut; the excerpt ends in "và đ"). Kind target; each value
# takes the year written beside it ("đạt 65% vào năm 2025 và đạt 80% vào năm 2030"); "đạt" in a
# target `>=`. Not quantities: the document's number and dates, "02/QĐ-TTg", the periods "2021 -
# 2030", "2045", the ages "06 - 23 tháng", the list labels "I.", "1.", "2.", "Mục tiêu 1".
# --------------------------------------------------------------------------
D02 = dict(name="02_quangnam-chien-luoc-dinh-duong-2022", kind="target", year=2022, records=[
    R("đủ đạt «65% vào", "Tỷ lệ trẻ từ 06 - 23 tháng có chế độ ăn đúng, đủ", ">=", 65, year=2025),
    R("đạt «80% vào năm 2030", "Tỷ lệ trẻ từ 06 - 23 tháng có chế độ ăn đúng, đủ", ">=", 80, year=2030),
    R("hàng ngày đạt «55%", "Tỷ lệ người trưởng thành tiêu thụ đủ số lượng rau quả hàng ngày", ">=", 55,
      year=2025),
])

# --------------------------------------------------------------------------
# 03 Hà Nội, the Department of Health's plan 6621/KH-SYT for the "1.000 ngày đầu đời" nutrition
# programme (tuoitrethudo.com.vn; cut: the empty image line "![]() |" and its caption "Ảnh minh họa
# |", and the blank line that opened the excerpt; the excerpt ends in "hoặc "). Kind target: "đến năm
# 2025" values year 2025, the brackets' "(đến năm 2030 là ...)" values year 2030 (spec: a bracket
# that states a value is a quantity). "giảm ... xuống còn 11,8%", "lên 80%", a bracket's "là 11,3%":
# `>=` (bare numbers of a target; the earlier sets' reading of a target's "xuống còn"); "xuống dưới
# 10% ở nội thành và 5% ở ngoại thành": `<`, the "dưới" governing both, scopes "nội thành" /
# "ngoại thành" (a split by area, as thành thị / nông thôn), likewise the 2030 bracket. Not
# quantities: "(dưới 2500g)" (the definition of low birth weight, kept in the indicator), "1.000
# ngày" (the programme's name), "1 giờ", "6 tháng", "24 tháng" (periods in the indicators' names),
# "6621/KH-SYT", "2021 đến năm 2030".
# --------------------------------------------------------------------------
D03 = dict(name="03_hanoi-dinh-duong-1000-ngay-dau-doi-2025", kind="target", year=2025, records=[
    R("xuống còn «11,8%", STUNT, ">=", 11.8),
    R("2030 là «11,3%", STUNT, ">=", 11.3, year=2030),
    R("xuống còn «7,3%", UNDERW, ">=", 7.3),
    R("2030 là «6,8%", UNDERW, ">=", 6.8, year=2030),
    R("xuống còn «4% (", LBW, ">=", 4),
    R("2030 là «3,5%", LBW, ">=", 3.5, year=2030),
    R("béo phì xuống dưới «10% ở", OBESE, "<", 10, scope="nội thành"),
    R("nội thành và «5% ở", OBESE, "<", 5, scope="ngoại thành"),
    R("2030 dưới «10% ở", OBESE, "<", 10, scope="nội thành", year=2030),
    R("và dưới «5% ở", OBESE, "<", 5, scope="ngoại thành", year=2030),
    R("sau sinh lên «80%", "tỷ lệ bà mẹ thực hành cho con bú sớm ngay 1 giờ đầu sau sinh", ">=", 80),
    R("năm 2030 là «85%", "tỷ lệ bà mẹ thực hành cho con bú sớm ngay 1 giờ đầu sau sinh", ">=", 85, year=2030),
    R("6 tháng đầu lên «25%", "tỷ lệ bà mẹ cho con bú hoàn toàn trong 6 tháng đầu", ">=", 25),
    R("năm 2030 là «30%", "tỷ lệ bà mẹ cho con bú hoàn toàn trong 6 tháng đầu", ">=", 30, year=2030),
])

# --------------------------------------------------------------------------
# 04 Lạng Sơn's provincial office page reporting Decision 1493/QĐ-TTg of 10/9/2021, the national
# programme to cut under-five deaths to 2030 (vanphong.langson.gov.vn; cut: the skip link "Nhảy đến
# nội dung", the site's banner "Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội ... nhiệm kỳ 2020 -
# 2025", the photo caption "Hãy quan tâm hơn đến trẻ em" / "Ảnh minh họa (Nguồn Internet)" and the
# byline "Thùy Linh", each with its blank line). Kind target: the "đến năm 2025" list year 2025, the
# "Đến năm 2030" list year 2030. "giảm ... xuống 9‰" `>=` (bare), "xuống dưới 12,5‰" `<`; rates per
# thousand unit other "‰". "đạt 95% toàn quốc, miền núi đạt 80%": a split by area, scopes "toàn
# quốc" and "miền núi"; the rates' "trong toàn quốc" is no split (one value for the whole country),
# scope null. No place: the page reports the national programme. Not quantities: "1493/QĐ-TTg",
# "10/9/2021", the ages "dưới 1 tuổi", "dưới 5 tuổi".
# --------------------------------------------------------------------------
D04 = dict(name="04_langson-giam-tu-vong-tre-em-duoi-5-tuoi-2030", kind="target", year=2025, records=[
    R("sơ sinh xuống «9‰", "tỷ suất tử vong trẻ sơ sinh", ">=", 9, **PERMIL),
    R("xuống dưới «12,5‰", "tỷ suất tử vong trẻ dưới 1 tuổi", "<", 12.5, **PERMIL),
    R("xuống dưới«18,5‰", "tỷ suất tử vong trẻ dưới 5 tuổi", "<", 18.5, **PERMIL),
    R("hỗ trợ đạt «95%", "tỷ lệ phụ nữ đẻ được người đỡ đẻ có kỹ năng hỗ trợ", ">=", 95, scope="toàn quốc"),
    R("miền núi đạt «80%", "tỷ lệ phụ nữ đẻ được người đỡ đẻ có kỹ năng hỗ trợ", ">=", 80, scope="miền núi"),
    R("«70% cha mẹ", "cha mẹ, người chăm sóc trẻ nhận biết được các dấu hiệu nguy hiểm ở trẻ sơ sinh", ">=", 70),
    R("«100% các tỉnh", "các tỉnh, thành phố đưa mục tiêu giảm tử vong trẻ em dưới 5 tuổi vào kế hoạch phát "
      "triển kinh tế - xã hội của địa phương", ">=", 100),
    R("phương, «80% tỉnh", "tỉnh, thành phố có bố trí ngân sách để thực hiện các mục tiêu của chương trình", ">=",
      80),
    R("sơ sinh xuống «8‰", "tỷ suất tử vong trẻ sơ sinh", ">=", 8, **PERMIL, year=2030),
    R("xuống dưới «10‰", "tỷ suất tử vong trẻ dưới 1 tuổi", "<", 10, **PERMIL, year=2030),
    R("xuống dưới «15‰", "tỷ suất tử vong trẻ dưới 5 tuổi", "<", 15, **PERMIL, year=2030),
    R("quốc; «100% tỉnh", "tỉnh, thành phố có bố trí ngân sách để thực hiện các mục tiêu của chương trình", ">=",
      100, year=2030),
])

# --------------------------------------------------------------------------
# 05 Hà Nội, the second vitamin A round of 2025 (kienthuc.net.vn; the stamp " date 2025-11-30"
# written as the first line; cut: the photo captions "Vitamin A có trong nhiều thực phẩm. Ảnh minh
# hoạ/Nguồn NLĐ" and "Ảnh minh hoạ/Internet", each with its blank line; the excerpt ends in "tỷ lệ
# suy dinh dưỡng t"). Year 2025. The coming round (1-2/12, the page written on 30/11): kind target,
# as the earlier sets read "sẽ" and a plan's figures ("gần 340.000 trẻ ... sẽ được uống" `~`; "tổ
# chức tại 3.037 điểm uống" `>=`, bare; "Số trẻ ... đợt này là khoảng 339.392" `~`, its breakdown
# "trong đó trẻ từ 6 tháng đến dưới 12 tháng tuổi là 57.750, trẻ từ 12 tháng đến dưới 36 tháng là
# 281.642" `>=` (a target's "là"), scopes the two age groups (a split of one count by population
# group; a judgement); "mục tiêu trên 99,8%" `>`). The first round, held in June: results ("hơn 1600
# điểm uống" `>`, "gần 387.000 trẻ" `~`). Not quantities: "1-2/12", "1-2/6" (dates), "đợt 2/2025",
# "đợt 1/2025" (the rounds' names), the ages, "tháng 10/2025" (a date), "dưới 5 tuổi".
# --------------------------------------------------------------------------
D05 = dict(name="05_hanoi-vitamin-a-dot-2-2025", kind="target", year=2025, records=[
    R("gần «340.000 trẻ", "trẻ trong độ tuổi từ 6 tháng đến dưới 36 tháng trên địa bàn Hà Nội được uống vitamin A "
      "trong chiến dịch bổ sung đợt 2/2025", "~", 340000, **CNT),
    R("tại «3.037 điểm", "điểm uống tổ chức chiến dịch bổ sung vitamin A đợt 2/2025", ">=", 3037, **CNT),
    R("khoảng «339.392", "Số trẻ trong độ tuổi được uống vitamin A đợt này", "~", 339392, **CNT),
    R("tuổi là «57.750", "Số trẻ trong độ tuổi được uống vitamin A đợt này", ">=", 57750, **CNT,
      scope="trẻ từ 6 tháng đến dưới 12 tháng tuổi"),
    R("tháng là «281.642", "Số trẻ trong độ tuổi được uống vitamin A đợt này", ">=", 281642, **CNT,
      scope="trẻ từ 12 tháng đến dưới 36 tháng"),
    R("mục tiêu trên «99,8%", "trẻ trong độ tuổi được uống vitamin A liều cao trong đợt này", ">", 99.8),
    R("hơn «1600 điểm", "điểm uống chiến dịch uống bổ sung vitamin A đợt 1/2025", ">", 1600, **CNT, kind="result"),
    R("gần «387.000 trẻ", "trẻ trong độ tuổi được uống bổ sung vitamin A liều cao đợt 1/2025", "~", 387000,
      **CNT, kind="result"),
])

# --------------------------------------------------------------------------
# 06 Thái Nguyên, supervision of the vitamin A day (thainguyentv.vn; nothing cut; no byline, no
# stamp). Kind result, year 2024 (the round of "ngày 1/6" among the two rounds "vào ngày 1/6 và tháng
# 12/2024"). The lead's and the body's "gần 53 nghìn trẻ" are two records (a lead and a body stating
# the same figure, as the earlier sets); "gần" `~`, "trên" `>`; magnitude "nghìn" multiplied in. Not
# quantities: the ages "6 đến 36 tháng", "2 đợt bổ sung" (the rounds of the year's schedule), "1/6",
# "tháng 12/2024" (dates).
# --------------------------------------------------------------------------
VITA_TN = "trẻ từ 6 đến 36 tháng tuổi được uống Vitamin A đợt này"
D06 = dict(name="06_thainguyen-vitamin-a-2024", kind="result", year=2024, records=[
    R("Tỉnh Thái Nguyên có gần «53 nghìn", VITA_TN, "~", 53000, **CNT),
    R("toàn tỉnh Thái Nguyên có gần «53 nghìn", VITA_TN, "~", 53000, **CNT),
    R("trên «9 nghìn trẻ", "trẻ có nguy cơ thiếu vitamin A thuộc diện được bổ sung vitamin A", ">", 9000, **CNT),
    R("trên «137 nghìn viên", "viên nang vitamin A liều cao Trung tâm Kiểm soát bệnh tật tỉnh đã cấp dự trù cho "
      "các huyện, thành", ">", 137000, **CNT),
])

# --------------------------------------------------------------------------
# 07 Ninh Bình, the CDC's month of March in maternal and reproductive care (cdc.ninhbinh.gov.vn;
# cut: the byline "Kim Thoa" with its blank line). Kind result; year null: the text names "tháng 3"
# and no year (the page's address none either). Every count of the month recorded, "=" (the list's
# "là", bare numbers of a report), unit count (visits "lượt", women "người", cases "ca", packs of
# pills "vỉ", injections "mũi": absolute numbers of things); "100% phụ nữ đẻ ... được chăm sóc sau
# sinh" `=`. The bracket "(trong đó: số phụ nữ đẻ ngoại lai ... là 300 người)" a quantity (spec's
# bracket). Place null: Ninh Bình is the document's own province (the commune "Gia Thủy" names the
# address of a death, not a value's place). The two deaths' clauses start at their labels ("Tử vong
# trẻ em dưới 1 tuổi: 01 ca", `start_at`: the colon would cut them off). Not quantities: "tháng 3", the ages "dưới 1 tuổi", "dưới 5
# tuổi".
# --------------------------------------------------------------------------
D07 = dict(name="07_ninhbinh-cham-soc-suc-khoe-sinh-san-thang-3", kind="result", year=None, records=[
    R("thai là «4.905", "tổng số lượt khám thai trong tháng", "=", 4905, **CNT),
    R("phụ khoa «2.448", "lượt khám phụ khoa", "=", 2448, **CNT),
    R("phụ khoa «1.157", "lượt điều trị phụ khoa", "=", 1157, **CNT),
    R("phụ nữ đẻ «1.249", "số phụ nữ đẻ", "=", 1249, **CNT),
    R("thai sản «1.249", "số đẻ được quản lý thai sản", "=", 1249, **CNT),
    R("là «300 người", "số phụ nữ đẻ ngoại lai không thuộc dân số tỉnh Ninh Bình", "=", 300, **CNT),
    R("«100% phụ nữ đẻ", "phụ nữ đẻ thuộc dân số tỉnh Ninh Bình được chăm sóc sau sinh", "=", 100),
    R("tử cung «160 ca", "đặt dụng cụ tử cung", "=", 160, **CNT),
    R("tránh thai «1.528 vỉ", "thuốc uống tránh thai", "=", 1528, **CNT),
    R("tránh thai «91 mũi", "thuốc tiêm tránh thai", "=", 91, **CNT),
    R("tránh thai «17 ca", "cấy tránh thai", "=", 17, **CNT),
    R("triệt sản «03 ca", "triệt sản", "=", 3, **CNT),
    R("an toàn «67 ca", "phá thai an toàn", "=", 67, **CNT),
    R("dưới 1 tuổi: «01 ca", "Tử vong trẻ em dưới 1 tuổi", "=", 1, **CNT, start_at="Tử vong trẻ em dưới 1"),
    R("dưới 5 tuổi: «01 ca", "Tử vong trẻ em dưới 5 tuổi", "=", 1, **CNT, start_at="Tử vong trẻ em dưới 5"),
])

# --------------------------------------------------------------------------
# 08 The General Office for Population on the fall of maternal and child mortality, December 2021
# (amp.cand.com.vn; cut: the byline time and date "12:29 26/12/2021", written as the first line
# `date 2021-12-26`; the excerpt ends in "Năm"). Kind result, each value the year written beside it
# ("Năm 2020, IMR là 13,9 ...", "từ 140 ca/100.000 ... năm 1976 xuống 46 ca/100.000 ... năm 2019",
# the brackets' "(1960)", "(2020)", "Năm 2006 ... (TFR = 2,09 con)"): a starting value "từ X năm Y"
# is a result of its year, as the earlier sets. Units as written at the numbers (other). The SDG
# aim "sẽ đạt mục tiêu phát triển bền vững là dưới 45 ca vào năm 2030": kind target, `<`, 2030,
# unit_text "ca". Not quantities: "giảm gần 3 lần" (twice; changes against earlier values), "3 thập
# kỷ", "15 năm qua" (durations), "năm 1961", "năm 1979" (dates; the second the change's base), "Ngày
# 26/12".
# --------------------------------------------------------------------------
MMR_IND = "tỷ suất chết mẹ"
TFR = "số con trung bình của một người phụ nữ trong độ tuổi sinh đẻ (tổng tỷ suất sinh-TFR)"
POPGROW = "Tỷ lệ tăng dân số Việt Nam"
D08 = dict(name="08_toanquoc-tu-vong-me-tre-em-2021", kind="result", year=2021, records=[
    R("IMR là «13,9", "Tỷ suất chết trẻ em dưới 1 tuổi (IMR)", "=", 13.9, **IMR, year=2020),
    R("U5MR là «22,3", "tỷ suất chết trẻ em dưới 5 tuổi (U5MR)", "=", 22.3, **IMR, year=2020),
    R("từ «140 ca", MMR_IND, "=", 140, **MMR, year=1976),
    R("xuống «46 ca", MMR_IND, "=", 46, **MMR, year=2019),
    R("dưới «45 ca", "tỷ suất chết mẹ (mục tiêu phát triển bền vững)", "<", 45, **CA, kind="target", year=2030),
    R("giảm từ «6,4 con", TFR, "=", 6.4, **CON, year=1960),
    R("xuống «2,12 con", TFR, "=", 2.12, **CON, year=2020),
    R("TFR = «2,09 con", "tổng tỷ suất sinh (TFR) khi Việt Nam chính thức đạt mức sinh thay thế", "=", 2.09, **CON,
      year=2006),
    R("rất cao «3,9%", POPGROW, "=", 3.9, year=1960),
    R("xuống còn «1,03%", POPGROW, "=", 1.03, year=2020),
])

# --------------------------------------------------------------------------
# 09 Hòa Bình, the launch of the Safe Motherhood Week 2023 with the Ministry of Health (vietbao.vn;
# cut: the byline "Thùy Linh| 30/09/2023 16:05", written as the first line `date 2023-09-30`, and the
# photo caption "Bộ Y tế kêu gọi toàn dân ... Ảnh: Bộ Y tế" with its blank line; the title's repeat
# above the caption kept). Kind result. "Việt Nam đang ở vị trí thứ 4" (twice, lead and body: two
# records): rank `=`, year 2023, the region in the indicator (spec). The twenty years' figures "từ
# giai đoạn 2000-2001 đến 2021-2022": each starting value year 2001 and each end value year 2022 (a
# period's end year, as set267); "165/100.000" unit_text "/100.000", "46/100.000 trẻ đẻ sống" its
# own; ‰ rates other. Not quantities: "6 tỉnh" (the lead count of the list of names that follows,
# as set193's "15 xã"), "giảm hơn 2 lần" (changes), "gấp 2 đến 3 lần so với vùng thành thị", "gấp 2-3
# lần so với trung bình cả nước" (comparisons; the earlier sets' majority for "gấp ... lần"), "20
# năm qua", "30.9" (a date), the periods, "dưới 5 tuổi", "dưới 1 tuổi".
# --------------------------------------------------------------------------
RANK_SEA = "vị trí Việt Nam so với các nước trong khu vực Đông Nam Á về tử vong mẹ và tử vong trẻ em dưới 5 tuổi"
D09 = dict(name="09_hoabinh-tuan-le-lam-me-an-toan-2023", kind="result", year=2023, records=[
    R("vị trí thứ «4.\n\nBộ Y tế", RANK_SEA, "=", 4, **RANK),
    R("giảm từ «165/100.000", "tử vong mẹ", "=", 165, **OTH("/100.000"), year=2001),
    R("còn «46/100.000", "tử vong mẹ", "=", 46, **OTH("/100.000 trẻ đẻ sống"), year=2022),
    R("(từ «39,6‰", "tỉ suất tử vong trẻ em dưới 5 tuổi", "=", 39.6, **PERMIL, year=2001),
    R("còn «18,9‰", "tỉ suất tử vong trẻ em dưới 5 tuổi", "=", 18.9, **PERMIL, year=2022),
    R("(từ «29,5‰", "tử vong trẻ em dưới 1 tuổi", "=", 29.5, **PERMIL, year=2001),
    R("còn «12,1‰", "tử vong trẻ em dưới 1 tuổi", "=", 12.1, **PERMIL, year=2022),
    R("vị trí thứ «4.\n\nViệt Nam", RANK_SEA, "=", 4, **RANK),
])

# --------------------------------------------------------------------------
# 10 The Ministry of Health's maternal and child health department on the gaps of ethnic-minority
# areas, October 2023 (tamviet.tienphong.vn; the stamp " date 2023-10" written as the first line;
# nothing cut; the excerpt ends in "giảm "). Kind result, year 2023 (the stamp; "hiện tại"), the
# figures of 2000, 2009 and 2019 their years. "đạt hơn 80%" `>`, "duy trì 95-97%" between, "khoảng"
# `~`; "tỷ lệ tử vong mẹ trên 100.000 trẻ sơ sinh ... là 165 ca" unit other "ca"; "đứng hàng thứ 3
# trong khu vực" rank `=`. Not quantities: "trên 100.000 trẻ sơ sinh" (the rate's denominator), "từ 4 lần trở lên", "7 ngày đầu" (definitions in the
# indicators), "gấp 3,5 lần", "gấp 7-8 lần" (comparisons, as 09), "10 - 49 tuổi" (ages), "giảm "
# (cut).
# --------------------------------------------------------------------------
MMR10 = "tỷ lệ tử vong mẹ trên 100.000 trẻ sơ sinh tại Việt Nam"
D10 = dict(name="10_toanquoc-kham-thai-tu-vong-me-dan-toc-2023", kind="result", year=2023, records=[
    R("đạt hơn «80%", "tỷ lệ phụ nữ sinh được khám thai từ 4 lần trở lên", ">", 80),
    R("duy trì «95-97%", "tỷ lệ phụ nữ sinh được nhân viên y tế đỡ", "between", 95, value_max=97),
    R("đạt khoảng «80%", "tỷ lệ chăm sóc sau sinh trong 7 ngày đầu", "~", 80),
    R("là «165 ca", MMR10, "=", 165, **CA, year=2000),
    R("là «69 ca", MMR10, "=", 69, **CA, year=2009),
    R("xuống «46 ca", MMR10, "=", 46, **CA),
    R("hàng thứ «3", "Việt Nam đứng hàng trong khu vực (tỷ lệ tử vong mẹ)", "=", 3, **RANK),
    R("chỉ còn «9,5%", "Tỷ lệ phụ nữ dân tộc thiểu số từ 10 - 49 tuổi sinh con tại nhà và không có cán bộ chuyên "
      "môn đỡ", "=", 9.5, year=2019),
])

# --------------------------------------------------------------------------
# 11 Gia Lai, Plan 1711/KH-UBND of 2024 for the nutrition component in 2025: the page's list of the
# documents it cites (hethongphapluat.vn; nothing cut; the excerpt ends in "Thông tư "). Precision
# text: no quantity. Not quantities: the list's numbers "1" ... "11" (glued to the names), the
# documents' numbers and years ("1327/QĐ-BYT năm 2014", ...), the ages "từ 0 đến 72 tháng tuổi",
# "1.000 ngày" (a programme's name), "COVID-19" (a name), "2021-2025" (periods). Year 2024 (the
# plan's year in the address only; no record needs it).
# --------------------------------------------------------------------------
D11 = dict(name="11_gialai-cai-thien-dinh-duong-can-cu-2024-precision", kind="target", year=None, records=[])

# --------------------------------------------------------------------------
# 12 Ninh Thuận, Plan 182/KH-UBND of 12/01/2022 carrying out the national programme on under-five
# deaths: the page's record card and the plan's head, up to its first target, cut mid-word
# (thuvienphapluat.vn; cut: the search box "Từ khoá: Số Hiệu, ...", "Đăng nhập", "Đang tải văn
# bản..."). Precision text: no quantity. Not quantities: the document's number, the dates, "1493/QĐ-
# TTg", "năm 2030" (the programme's horizon), the list labels "I.", "1.", "2.", "2.1.", "Mục tiêu cụ
# thể 1", the ages.
# --------------------------------------------------------------------------
D12 = dict(name="12_ninhthuan-giam-tu-vong-tre-em-2022-precision", kind="target", year=2022, records=[])

# --------------------------------------------------------------------------
# 13 The national vitamin A round of June 2023 as Thái Bình's newspaper carries it from nhandan.vn
# (baothaibinh.com.vn; nothing cut: the "Tin cùng chuyên mục" list kept, its dates and times no
# quantities). Kind result, year 2023 (the text's "Năm 2023"). One quantity: "Hằng năm, Bộ Y tế tổ
# chức chiến dịch bổ sung vitamin A liều cao cho hơn 6 triệu trẻ em" (`>`, count, 6e6; the yearly
# size of the campaign, read for the text's year). Not quantities: the ages ("6-54 tháng", "6-59
# tháng", "24-59 tháng", "6-35 tháng"), "2 đợt", "đợt 1", "đợt 2", "tháng 6", "tháng 12", "1/6", "năm
# 2000", "1 liều" (the dose per child, the campaign's rule), "22 tỉnh miền núi khó khăn", "41 tỉnh,
# thành phố còn lại" (the two groups of provinces the campaign's rules are for, named by their
# number; a judgement, as set267's "các xã có tỷ lệ hộ nghèo cao trên 25%"), the list's dates and
# times, "Covid-19", "11/2".
# --------------------------------------------------------------------------
D13 = dict(name="13_toanquoc-vitamin-a-dot-1-2023-precision", kind="result", year=2023, records=[
    R("cho hơn «6 triệu trẻ em", "trẻ em trong độ tuổi từ 6-54 tháng tuổi được bổ sung vitamin A liều cao hằng năm "
      "trên quy mô toàn quốc", ">", 6000000, **CNT),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
