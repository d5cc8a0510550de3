#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set352).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry. Here NOT lists the percentages that are a result's change
against an earlier value ("giảm 47,8% so với cùng kỳ năm 2022", "tăng 117%").

Each record also carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: the catalogue measures digital transformation and names no
case count, death rate, vaccination campaign or outbreak, so every record here has `iid` None (see
README, "Catalogue labels").

The set's theme is epidemics (dengue, hand-foot-mouth disease, Japanese encephalitis, chickenpox,
measles, COVID-19): most records are outbreak counts, written with `cases(...)` (a result's count,
op `=`), a shorthand of this set only.

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

PER_DAY = dict(unit="other", unit_text="ca/ngày")
PER_WEEK = dict(unit="other", unit_text="ca/tuần")


def cases(loc, indicator, value, op="=", **kw):
    """A count reached or recorded (kind from the document, unit count)."""
    return R(loc, indicator, op, value, **CNT, **kw)


# --------------------------------------------------------------------------
# 01 Quảng Bình, the provincial People's Committee office's weekly report of 18-24/6/2022, its
# COVID-19 section (vpub.quangbinh.gov.vn; cut: the font widget "Font size : A- A A+" with the blank
# line after it; no byline, no stamp; the excerpt ends in "triển kh"). Year 2022 (the report's
# week). Results, pillar null. Counts: new cases of the week (100), the cumulative cases
# (127.569), admissions of the week (12), the cumulative severe cases (299), the week's and the
# cumulative completed treatments (1.116, 127.370), the cumulative deaths (82), the doses supplied,
# used, left and given in the week (1.789.908, 1.700.300, 89.608, 22.938). Rates: "trung bình 14
# ca/ngày" and the bracket "(tuần trước trung bình 15 ca/ngày)" (unit other "ca/ngày"; the
# bracket is the previous week's value, a result like the spec's "(năm 2023 đạt 38,4%)", year 2022
# too); the shares 5,01%, 94,93%, 0,06%, 99,84% and "(đạt 94,99%)" (the share of the supplied doses
# used: a share of a denominator, spec). Not quantities: "tăng 3 ca so với tuần trước" (a change),
# "18/6/2022", "24/6/2022", "26/6/2022", "6h00", "6h" (dates, times), "12 đến 17 tuổi", "5 đến 12
# tuổi" (ages in the subject), "lần 1, lần 2" (names of doses), "1.", "2." (headings), "Covid-19".
# --------------------------------------------------------------------------
D01 = dict(name="01_quangbinh-bao-cao-tuan-covid-19-2022", kind="result", year=2022, records=[
    cases("ghi nhận «100 ca", "số ca mắc mới Covid-19 trong tuần", 100),
    R("trung bình «14 ca/ngày (", "số ca mắc mới trung bình trong tuần", "=", 14, **PER_DAY),
    R("trung bình «15 ca/ngày)", "số ca mắc mới trung bình tuần trước", "=", 15, **PER_DAY),
    cases("là: «127.569 ca", "Tổng số ca mắc từ đầu dịch", 127569),
    cases("trong tuần là «12 (", "Tổng số ca nhập viện điều trị trong tuần", 12),
    cases("là «299 ca", "tổng số ca nặng từ đầu dịch đến nay", 299),
    cases("trong tuần là «1.116", "Tổng số ca kết thúc điều trị trong tuần", 1116),
    cases("hiện tại: «127.370", "tổng số bệnh nhân kết thúc điều trị đến thời điểm hiện tại", 127370),
    cases("là «82 ca", "Tổng số ca tử vong từ trước đến nay", 82),
    R("điều trị là «5,01%", "tỷ lệ người mắc Covid-19 nhập viện và điều trị", "=", 5.01),
    R("tại nhà: «94,93%", "Tỷ lệ điều trị tại nhà", "=", 94.93),
    R("tử vong «0,06%", "Tỷ lệ tử vong", "=", 0.06),
    R("khỏi «99,84%", "Tỷ lệ BN điều trị khỏi", "=", 99.84),
    cases("được cấp: «1.789.908 liều", "tổng số liều vắc xin phòng Covid-19 đã được cấp", 1789908),
    cases("sử dụng: «1.700.300", "số liều vắc xin phòng Covid-19 đã sử dụng", 1700300),
    R("(đạt «94,99%)", "tỷ lệ liều vắc xin đã sử dụng trong tổng số liều đã được cấp", "=", 94.99),
    cases("còn tồn «89.608 liều", "số liều vắc xin phòng Covid-19 còn tồn", 89608),
    cases("trong tuần: «22.938", "Tổng số liều tiêm được trong tuần", 22938),
])

# --------------------------------------------------------------------------
# 02 Đắk Lắk, baogialai.com.vn's tag page for the province's Centre for Disease Control: five news
# items on dengue, Japanese encephalitis and chickenpox (nothing cut; no byline, no stamp). Year
# 2024 for all (the only year the text names, "từ đầu năm 2024"; the items' own dates "16/8",
# "28/7", "21/8" name no year). Results, pillar null. Counts: "ghi nhận thêm 1 trường hợp bệnh nhi
# mắc bệnh viêm não Nhật Bản" (the case recorded that day), "nâng tổng số ca bệnh lên 7 trường hợp",
# "2.272 trường hợp mắc sốt xuất huyết, 3 trường hợp tử vong, trong số đó 2.238 trường hợp ...",
# "thêm 2 ổ dịch thủy đậu ... với 52 trường hợp mắc bệnh". Not quantities: "trường hợp thứ 3"
# (an ordinal, as set276's "tuần thứ 6"), "hai trường hợp", "đầu tiên" (words), the dates.
# --------------------------------------------------------------------------
D02 = dict(name="02_daklak-sot-xuat-huyet-viem-nao-thuy-dau-2024", kind="result", year=2024, records=[
    cases("thêm «1 trường hợp", "trường hợp bệnh nhi mắc bệnh viêm não Nhật Bản ghi nhận thêm", 1),
    cases("lên «7 trường hợp", "tổng số ca bệnh viêm não Nhật Bản tính từ đầu năm", 7),
    cases("ghi nhận «2.272 trường hợp", "trường hợp mắc sốt xuất huyết", 2272),
    cases("huyết, «3 trường hợp tử vong", "trường hợp tử vong vì sốt xuất huyết", 3),
    cases("đó «2.238 trường hợp", "trường hợp mắc sốt xuất huyết Dengue và sốt xuất huyết Dengue có dấu hiệu "
          "cảnh báo", 2238),
    cases("thêm «2 ổ dịch", "ổ dịch thủy đậu ghi nhận thêm", 2),
    cases("với «52 trường hợp", "trường hợp mắc bệnh thủy đậu tại các ổ dịch", 52),
])

# --------------------------------------------------------------------------
# 03 Đắk Lắk (the merged province, its eastern part the former Phú Yên), dengue from the start of
# 2026 to 5/2 and the doctor's advice, February 2026 (kenh14.vn; the stamp " date 2026-02-12"
# written as the first line; nothing cut; the excerpt ends in "mỗi gia đìn"). A precision text:
# one record, "toàn tỉnh ghi nhận 325 ca mắc" (year 2026). Not quantities: "5/2", "tháng 5-7",
# "tháng 10 đến tháng 1" (dates and months of the seasonal peaks), "39-40 độ C", "2-7 ngày" (the
# symptoms' description, no indicator), "hơn một nửa", "hai đỉnh dịch" (words).
# --------------------------------------------------------------------------
D03 = dict(name="03_daklak-sot-xuat-huyet-dau-nam-2026-precision", kind="result", year=2026, records=[
    cases("ghi nhận «325 ca", "ca mắc sốt xuất huyết toàn tỉnh từ đầu năm 2026", 325),
])

# --------------------------------------------------------------------------
# 04 Thành phố Hồ Chí Minh, the city's Department of Health on dengue in the southern region and the
# city to 29/6/2022 (tienphong.vn; the stamp " date 2022-07" written as the first line; nothing
# cut). Year 2022; the brackets of the same period of 2021 ("(25.759 ca)", "(7 ca)", "(7.688 ca)")
# are results of 2021, as set276's "cùng kỳ năm 2024 (36.276 ca ...)". "(42 ca)" is this year's
# deaths (a bracket that states a value, spec). "24/42 là trẻ từ 15 tuổi trở xuống": 24, the
# denominator no quantity. Pillar null; the region is named in the indicator (not a province: no
# place). Not quantities: "tăng 117%", "tăng 6 lần", "tăng 172,5%" (changes; the percentages in
# NOT), "20 tỉnh thành" (the size of the region the city is ranked in, no digit for the rank),
# "15 tuổi" (an age), "29/6/2022" (a date).
# --------------------------------------------------------------------------
D04 = dict(name="04_tphcm-sot-xuat-huyet-phia-nam-2022", kind="result", year=2022, records=[
    cases("là «55.863 ca", "số ca mắc sốt xuất huyết tích luỹ tại khu vực phía Nam", 55863),
    cases("(«25.759 ca)", "số ca mắc sốt xuất huyết tích luỹ tại khu vực phía Nam cùng kỳ năm 2021", 25759,
          year=2021),
    cases("SXH («42 ca)", "Số tử vong tích luỹ do SXH khu vực phía Nam", 42),
    cases("(«7 ca)", "Số tử vong tích luỹ do SXH cùng kỳ năm 2021", 7, year=2021),
    cases("có «24/42", "ca tử vong là trẻ từ 15 tuổi trở xuống", 24),
    cases("là «20.952 ca", "số ca mắc sốt xuất huyết tích lũy tại thành phố", 20952),
    cases("(«7.688 ca)", "số ca mắc sốt xuất huyết tích lũy tại thành phố cùng kỳ năm 2021", 7688, year=2021),
], NOT=["tăng «117%", "tăng «172,5%"])

# --------------------------------------------------------------------------
# 05 the country's dengue to the end of August 2023, as Bà Rịa - Vũng Tàu's provincial paper reports
# it (baobariavungtau.com.vn; the stamp " date 2023-08" written as the first line; trailing blank
# lines dropped; nothing else cut). Year 2023. Results: 66.386 cases, 14 deaths, the death rate
# "trong 8 tháng năm 2023 là 0,02%", the rate "giai đoạn 2016-2020 là 0,03%" (a result of that
# period, year 2020, its end; a judgement as set276's project period), and the region's countries
# "(Timor Leste 1,2%, Indonesia 0,89%, ..., Malaysia 0,06)" (each its own subject, the country in
# the indicator; year 2023, the comparison's period; "Malaysia 0,06" unit % as the list it closes,
# the sign left off: a judgement). Target: "nằm trong chỉ tiêu về giảm tử vong do Thủ tướng Chính
# phủ giao tại Chương trình mục tiêu y tế - dân số giai đoạn 2016-2020 (≤0,09%)" (kind target, op
# `<=`, year 2020, the programme's end). Not quantities: "giảm 79 trường hợp" (a change), "8
# tháng", "tháng 8" (periods), "2016-2020" (periods).
# --------------------------------------------------------------------------
D05 = dict(name="05_bariavungtau-sot-xuat-huyet-ca-nuoc-8-thang-2023", kind="result", year=2023, records=[
    cases("ghi nhận «66.386 ca", "ca mắc sốt xuất huyết cả nước từ đầu năm đến cuối tháng 8", 66386),
    cases("có «14 bệnh nhân", "bệnh nhân tử vong do sốt xuất huyết", 14),
    R("là «0,02%", "tỷ lệ tử vong do sốt xuất huyết của cả nước trong 8 tháng năm 2023", "=", 0.02),
    R("là «0,03%", "tỷ lệ tử vong do sốt xuất huyết giai đoạn 2016-2020", "=", 0.03, year=2020),
    R("Leste «1,2%", "tỷ lệ tử vong do sốt xuất huyết Timor Leste", "=", 1.2),
    R("Indonesia «0,89%", "tỷ lệ tử vong do sốt xuất huyết Indonesia", "=", 0.89),
    R("Philippines «0,51%", "tỷ lệ tử vong do sốt xuất huyết Philippines", "=", 0.51),
    R("Campuchia «0,2%", "tỷ lệ tử vong do sốt xuất huyết Campuchia", "=", 0.2),
    R("Lào «0,18%", "tỷ lệ tử vong do sốt xuất huyết Lào", "=", 0.18),
    R("Malaysia «0,06)", "tỷ lệ tử vong do sốt xuất huyết Malaysia", "=", 0.06),
    R("(≤«0,09%)", "chỉ tiêu về giảm tử vong do sốt xuất huyết tại Chương trình mục tiêu y tế - dân số giai đoạn "
      "2016-2020", "<=", 0.09, **T, year=2020),
])

# --------------------------------------------------------------------------
# 06 Hà Nội, hand-foot-mouth disease in the city and three outbreaks in nursery schools, April 2024
# (phunuvagiadinh.vn; the stamp " date 2024-04" written as the first line; nothing cut). Year 2024.
# Results: "khoảng 60-70 ca/tuần" (between 60 and 70, the range ruling over "khoảng"; unit other
# "ca/tuần"), 77 cases of the week, "3 ổ dịch tại 3 trường mầm non" (two counts: the outbreaks and
# the schools, as set193's teams "tại 7 thôn"), 5 outbreaks since the start of 2024, "trên 300
# trường hợp" (`>`). Not quantities: "tăng 15 ca", "tăng 75 trường hợp" (changes), "4/4", "29-3"
# (dates), "hai tuần" (a word).
# --------------------------------------------------------------------------
D06 = dict(name="06_hanoi-tay-chan-mieng-mam-non-2024", kind="result", year=2024, records=[
    R("khoảng «60-70 ca/tuần", "số ca mắc tay chân miệng trên địa bàn thành phố theo tuần", "between", 60,
      value_max=70, **PER_WEEK),
    cases("ghi «77 ca", "ca bệnh tay chân miệng trong tuần vừa qua", 77),
    cases("nhận «3 ổ dịch", "ổ dịch tay chân miệng ghi nhận trong tuần", 3),
    cases("tại «3 trường", "trường mầm non có ổ dịch tay chân miệng", 3),
    cases("là «5 ổ dịch", "Tổng số ổ dịch tay chân miệng từ đầu năm 2024 đến nay", 5),
    cases("trên «300 trường hợp", "tổng số ca mắc tay chân miệng từ đầu năm 2024", 300, op=">"),
])

# --------------------------------------------------------------------------
# 07 Hà Nội, dengue outbreaks in the community, September 2025 (vietnammedia.vnanet.vn, a video
# page; cut: the byline date "09-09-2025, 17:20 (GMT+7)" with the blank line after it, written as
# the first line `date 2025-09-09`; the source label "vnews" and the label "TIN CÙNG CHUYÊN MỤC"
# at the end). Year 2025. Results: 1.381 cases "tại 124 xã, phường" since the start of the year,
# 161 cases of the week "tại 61 phường/ xã" (the communes a count of their own, as in 06). Not:
# "tăng 11 trường hợp" (a change).
# --------------------------------------------------------------------------
D07 = dict(name="07_hanoi-o-dich-sot-xuat-huyet-2025", kind="result", year=2025, records=[
    cases("ghi nhận «1.381 ca", "ca mắc sốt xuất huyết trên địa bàn Thủ đô từ đầu năm đến nay", 1381),
    cases("tại «124 xã", "xã, phường ghi nhận ca mắc sốt xuất huyết", 124),
    cases("ghi nhận «161 trường hợp", "trường hợp mắc sốt xuất huyết tuần qua", 161),
    cases("tại «61 phường", "phường, xã ghi nhận trường hợp mắc sốt xuất huyết tuần qua", 61),
])

# --------------------------------------------------------------------------
# 08 Đồng Nai, dengue from the start of 2023, May 2023 (sggp.org.vn; the stamp " date 2023-05"
# written as the first line; nothing cut). Year 2023. The title states the two results that the
# body repeats: each is recorded where it stands, as set276 recorded a title's target ("Gần 1.500",
# "gần 1.500": `~`; 3 deaths `=`). Not: "giảm 47,8% so với cùng kỳ năm 2022" (a change, NOT),
# "bằng so với cùng kỳ" (no number).
# --------------------------------------------------------------------------
D08 = dict(name="08_dongnai-sot-xuat-huyet-2023", kind="result", year=2023, records=[
    cases("Gần «1.500 ca", "ca mắc sốt xuất huyết", 1500, op="~"),
    cases("huyết, «3 ca", "ca tử vong do sốt xuất huyết", 3),
    cases("gần «1.500 ca", "ca mắc sốt xuất huyết (SXH) nhập viện", 1500, op="~"),
    cases("và «3 ca", "ca tử vong do SXH", 3),
], NOT=["giảm «47,8%"])

# --------------------------------------------------------------------------
# 09 Vĩnh Long, Decision 1185/QĐ-UBND of 17/6/2022 approving the 2022 campaign plan for killing
# larvae, spraying against mosquitoes and ASEAN Dengue Day (thuvienphapluat.vn; cut: the search box
# "Từ khoá: Số Hiệu, Tiêu đề hoặc Nội dung ngắn gọn của Văn Bản...", "Đăng nhập" and "Đang tải văn
# bản..." each with the blank line after it; the excerpt ends in "Kế hoạch số 2113/KH-"). A
# precision text, no record: document numbers (1185/QĐ-UBND, 3711/QĐ-BYT, 2129/BYT-DP,
# 2143/TTr-SYT, 2113/KH-), dates (17/06/2022, 19/6/2015, 22/11/2019, 19/9/2014, 27/4/2022,
# 10/6/2022), "năm 2022", "Điều 1.". Year 2022.
# --------------------------------------------------------------------------
D09 = dict(name="09_vinhlong-chien-dich-diet-lang-quang-2022-precision", kind="target", year=2022, records=[])

# --------------------------------------------------------------------------
# 10 Bắc Giang, Plan 1/KH-UBND of 05/01/2024 on communicable diseases in 2024, its preamble on 2023
# (dulieuphapluat.vn; nothing cut; the excerpt ends in "năm 2024, c"). Three records, all results of
# 2023 (the preamble's "Năm 2023", as set276 read Bắc Giang's 2025 plan): "đã xuất hiện ở 2 nước
# láng giềng là Campuchia và Trung Quốc" (a count, its names following), the country's "hơn
# 166.000 trường hợp mắc" (`>`) and "42 trường hợp tử vong". Not quantities: "1/KH-UBND" (the
# document), "05 tháng 01 năm 2024", "tháng 4, 5 năm 2023", "20/10/2023" (dates), "A/H5N6",
# "A/H3N8", "A/H7N4" (strains' names), "gấp 3 lần so với năm 2022" (a change), "năm 2024".
# --------------------------------------------------------------------------
D10 = dict(name="10_bacgiang-ke-hoach-dich-benh-truyen-nhiem-2024-precision", kind="result", year=2023,
           records=[
    cases("ở «2 nước", "nước láng giềng ghi nhận bệnh cúm gia cầm", 2),
    cases("hơn «166.000 trường hợp", "trường hợp mắc sốt xuất huyết tại Việt Nam", 166000, op=">"),
    cases("và «42 trường hợp", "trường hợp tử vong do sốt xuất huyết tại Việt Nam", 42),
])

# --------------------------------------------------------------------------
# 11 the country's measles vaccination campaign of 2025, its second round (tuoitrethudo.vn; cut: the
# image line "![]() |" and the photo caption "Đoàn kiểm tra, giám sát ... (Hà Nội) |"; no byline,
# no stamp; the excerpt ends in "còn số ít "). Year 2025. Results: the title's "40/53 tỉnh, TP đạt
# tỷ lệ tiêm vắc xin sởi trên 95%" (two records: 40 provinces, and the rate they reached, `>` 95; a
# judgement), the campaign "triển khai tại 54 tỉnh, thành phố" and the "9 tỉnh, thành phố" left out
# (counts, their names following), "53/54 tỉnh, TP", "762.320/800.719 đối tượng" (the numerators;
# the denominators no quantity), "đạt 95,2%" (the coverage reached: "(đạt chỉ tiêu theo kế hoạch)"
# says it meets the plan, the 95,2% is the share of the targeted children, as set276's "đạt 79,5%").
# Target: "với mục tiêu bao phủ từ 95% trở lên" (`>=`). Not quantities: "6 tháng", "9 tháng tuổi",
# "1- 10 tuổi" (ages), "năm 2024", "2024/đợt 1 năm 2025", "đợt 2", "3/4/2025" (dates and rounds'
# names), "thứ 7" (a weekday).
# --------------------------------------------------------------------------
D11 = dict(name="11_ca-nuoc-chien-dich-tiem-vac-xin-soi-dot-2-2025", kind="result", year=2025, records=[
    cases("«40/53 tỉnh", "tỉnh, TP đạt tỷ lệ tiêm vắc xin sởi cao", 40),
    R("sởi trên «95%\n", "tỷ lệ tiêm vắc xin sởi của 40 tỉnh, TP", ">", 95),
    cases("tại «54 tỉnh", "tỉnh, thành phố triển khai chiến dịch tiêm chủng vắc xin phòng, chống dịch sởi năm "
          "2025 đợt 2", 54),
    cases("trừ «9 tỉnh", "tỉnh, thành phố không nằm trong kế hoạch do đã hoàn thành chiến dịch tiêm chủng", 9),
    R("từ «95% trở lên", "mục tiêu bao phủ vắc xin chứa thành phần Sởi cho trẻ", ">=", 95, **T),
    cases("2025, «53/54 tỉnh", "tỉnh, TP đã triển khai tiêm", 53),
    cases("được «762.320/800.719", "đối tượng đã được tiêm vắc xin sởi", 762320),
    R("đạt «95,2%", "tỷ lệ đối tượng đã được tiêm vắc xin sởi", "=", 95.2),
])

# --------------------------------------------------------------------------
# 12 the country's measles cases and the results of the 2024 and 2025 vaccination campaigns, March
# 2025 (thoibaotaichinhvietnam.vn; cut: the related link "Thủ tướng yêu cầu ... trong tháng 3 |"
# that opens the excerpt, the image line "![]() |" and the photo caption "Các tỉnh, thành phố ...
# Ảnh: TL |"; no byline, no stamp; the excerpt ends in "năm 2024-"). Year 2025 for the cases and
# the 2025 campaign; the bracket "(111 trường hợp)" of the same period of 2024 is a result of 2024;
# the paragraph "Thông tin về kết quả triển khai tiêm chủng năm 2024" and the two sentences that
# continue it ("Tuy nhiên, còn 7/31 ...", "Đến nay, 28 ...") are results of 2024 (the campaign of
# 2024; a judgement for the last, whose "Đến nay" is 2025's). Shares by region "miền Nam (54,9%),
# miền Trung (20%), ..." (four records, each its own subject; a region is no administrative level
# or population group: scope null). "7/31 tỉnh ... có tỷ lệ >90 %" two records (7 provinces, the
# rate `>` 90). "còn 3 địa phương (Cà Mau, ...)" a count, its names in a bracket. The age groups
# ("nhóm 1-10 tuổi", "nhóm trẻ từ 6-9 tháng tuổi") stand each in its own sentence: scope null, the
# group in the indicator. "tại 24 địa phương", "tại 17 tỉnh, thành phố" counts of their own (as in
# 06); "17/17", "25/25", "1.231.808/1.276.240", "38.774/129.009", "125.795/210.573" their
# numerators. Not quantities: "sau 5 tháng" (a duration), "tháng 10/2024", "tháng 2/2025", "cuối
# tháng 2-3/2025" (dates), "1-10 tuổi", "6-9 tháng tuổi" (ages), "giai đoạn 1" (a name).
# --------------------------------------------------------------------------
Y24 = dict(year=2024)
D12 = dict(name="12_ca-nuoc-soi-ket-qua-tiem-chung-2025", kind="result", year=2025, records=[
    cases("có «4.027 trường hợp", "trường hợp dương tính với sởi", 4027),
    cases("tại «62 tỉnh", "tỉnh, thành phố có trường hợp dương tính với sởi", 62),
    cases("; «5 trường hợp", "trường hợp tử vong liên quan đến sởi", 5),
    cases("(«111 trường hợp)", "số mắc sởi cùng kỳ năm 2024", 111, **Y24),
    R("Nam («54,9%)", "Số trường hợp nghi sởi khu vực miền Nam", "=", 54.9),
    R("Trung («20%)", "Số trường hợp nghi sởi khu vực miền Trung", "=", 20),
    R("Bắc («16,4%)", "Số trường hợp nghi sởi khu vực miền Bắc", "=", 16.4),
    R("Nguyên («8,7%)", "Số trường hợp nghi sởi khu vực Tây Nguyên", "=", 8.7),
    cases("biết, «31 tỉnh", "tỉnh, thành phố đã xây dựng kế hoạch và triển khai tiêm chủng chiến dịch", 31, **Y24),
    cases("được «1.231.808/1.276.240", "đối tượng đã được tiêm chủng chiến dịch phòng, chống dịch sởi", 1231808, **Y24),
    R("tỷ lệ «96,5 %", "tỷ lệ đối tượng đã được tiêm chủng chiến dịch phòng, chống dịch sởi", "=", 96.5, **Y24),
    cases("còn «7/31 tỉnh", "tỉnh, thành phố có tỷ lệ cao nhưng chưa đạt mục tiêu theo kế hoạch của Bộ Y tế", 7, **Y24),
    R("tỷ lệ >«90 %", "tỷ lệ tiêm chủng của 7 tỉnh, thành phố chưa đạt mục tiêu", ">", 90, **Y24),
    cases("nay, «28 tỉnh", "tỉnh, thành phố đã hoàn thành chiến dịch tiêm vaccine phòng, chống dịch sởi giai "
          "đoạn 1", 28, **Y24),
    cases("còn «3 địa phương", "địa phương đang tiếp tục tiêm bù, tiêm vét", 3, **Y24),
    cases("tuổi: «17/17 tỉnh", "tỉnh, thành phố đã ban hành kế hoạch tiêm cho nhóm 1-10 tuổi", 17),
    cases("tuổi: «25/25 tỉnh", "tỉnh, thành phố đã ban hành kế hoạch tiêm cho nhóm từ 6-9 tháng tuổi", 25),
    cases("tại «24 địa phương", "địa phương triển khai tiêm cho nhóm trẻ từ 6-9 tháng tuổi", 24),
    R("là «30,1%", "Tỷ lệ tiêm ở nhóm trẻ từ 6-9 tháng tuổi", "=", 30.1),
    cases("(«38.774/129.009 trẻ)", "trẻ từ 6-9 tháng tuổi đã được tiêm", 38774),
    cases("tại «17 tỉnh, thành phố là", "tỉnh, thành phố triển khai tiêm cho nhóm 1-10 tuổi", 17),
    R("là «59,7%", "Tỷ lệ tiêm ở nhóm 1-10 tuổi", "=", 59.7),
    cases("(«125.795/210.573 trẻ)", "trẻ nhóm 1-10 tuổi đã được tiêm", 125795),
])


DOCS = [v for k, v in sorted(globals().items()) if k[:1] == "D" and k[1:].isdigit()]
build, not_anchors = (functools.partial(f, texts=TEXTS) for f in (goldkit.build_records, goldkit.not_anchors))

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
