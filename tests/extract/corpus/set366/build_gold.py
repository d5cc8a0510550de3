#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set366).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (goldkit.clause_span).

Each document may also list NOT: locators of percentages deliberately left without a record (here
the classes of damage a house or a field suffered, part of the subject, as set288 left them out,
and the departures from the long-term mean in a seasonal forecast); check_gold.py verifies that
every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null. The catalogue (muctieu/catalog/data/indicators.yaml) has no
indicator of weather, disaster damage or farm preparation for cold spells, so every id is null
(see README, "Catalogue labels").

The theme is weather records and forecasts in the provinces: damage tallies after hail, storms,
floods and cold spells (people, houses, crops, livestock, money), a year's count of disasters, and
two seasonal plans against the cold. As set288 and set359 read them, the hazard's own measures
(temperatures, rainfall, river levels above an alarm level, a forecast's number of storms or its
departure from the long-term mean) are not quantities: nothing a province does or suffers reaches
them. Counts of the year's disasters are results, as set288 and set359 counted them.

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
from goldkit import R, T  # noqa: E402

# a tally of things or people (unit count), op `=` unless the text's bound word says otherwise
Tally = functools.partial(R, op="=", unit="count")
# amounts in a unit other than a count or a share (spec: unit other, the unit as written)
HA = dict(unit="other", unit_text="ha")
MET = dict(unit="other", unit_text="m")
DONG = dict(unit="other", unit_text="đồng")
TY, TRIEU = 1e9, 1e6

# --------------------------------------------------------------------------
# 01 Thanh Hóa, Quảng Xương district covering its rice seedlings against the cold in the winter-spring
# crop 2020-2021 (baothanhhoa.vn; the stamp " date 2021-02" written as the first line, the title
# following on the second; cut: the photo caption "Nông dân xã Nga Điền (Nga Sơn) che chắn chuồng
# nuôi ... cho gia súc." (no figure) with the blank line after it; the excerpt ends in "người dân
# n"). Year 2021 (the stamp; "Vụ đông xuân 2020-2021" read by its end year, as set181 and set193's
# siblings read "2022-2023"). Targets: "huyện đề ra kế hoạch gieo cấy 6.550 ha lúa, tương ứng 650 ha
# mạ" (two, bare numbers of a plan: `>=`, unit other "ha"). Result: "100% diện tích mạ đều được che
# phủ nilon chống rét" (=). Not quantities: one farmer's "5 sào lúa" and "gần 5 kg nilon" (an
# anecdote of one household, no indicator of the district; a judgement), "2020-2021" (a season).
# Pillar null, ids null.
# --------------------------------------------------------------------------
D01 = dict(name="01_thanhhoa-quangxuong-chong-ret-ma-2021", kind="result", year=2021, records=[
    R("gieo cấy «6.550 ha", "kế hoạch gieo cấy lúa vụ đông xuân 2020-2021 huyện đề ra", ">=",
      6550, **HA, **T),
    R("tương ứng «650 ha", "mạ tương ứng kế hoạch gieo cấy lúa vụ đông xuân 2020-2021 huyện đề ra", ">=", 650, **HA,
      **T),
    R("mạ và «100% diện tích", "diện tích mạ được che phủ nilon chống rét", "=", 100),
])

# --------------------------------------------------------------------------
# 02 Cà Mau, the national conference on disaster prevention for 2024 and the province's damage of
# 2023 and of the first four months of 2024 (cainuoc.camau.gov.vn; cut: the photo captions "Phó Thủ
# tướng Trần Lưu Quang, ... phát biểu chỉ đạo Hội nghị" and "Điểm cầu tại Hà Nội" (no figure); no
# byline, no stamp; the excerpt ends in "tình hình thi"). Document year 2024 (the title's "NĂM
# 2024"). Results of 2023 ("Tại Cà Mau, năm 2023, ..."): "1.181 căn nhà" (=), "hơn 6.400 mét",
# "hơn 29.200 mét" (`>`, unit other "mét"), "khoảng 52 tỷ đồng" (`~`). Results of 2024 ("Riêng 4
# tháng đầu năm 2024"): "gần 700 vị trí sụp lún" (`~`), "hơn 18 km" (`>`, "km"), "trên 2.600 hộ
# gia đình" (`>`), "trên 42 ha rừng tràm" (`>`, "ha"), "trên 28 tỷ đồng" (`>`). Not quantities: the
# forecast "11-13 cơn bão và áp thấp nhiệt đới", "5 đến 7 cơn bão" (the hazard's forecast, no
# plan's value; a judgement, as set288's hazard measures), "4 tháng đầu năm", "tháng 9 đến tháng 11"
# (periods). Pillar null, ids null.
# --------------------------------------------------------------------------
D02 = dict(name="02_camau-thien-tai-thiet-hai-2023-2024", kind="result", year=2024, records=[
    Tally("hỏng «1.181 căn nhà", "căn nhà thiên tai làm thiệt hại, hư hỏng", value=1181, year=2023),
    R("ven sông hơn «6.400 mét", "chiều dài sạt lở đất ven sông", ">", 6400, unit="other", unit_text="mét",
      year=2023),
    R("bờ biển hơn «29.200 mét", "chiều dài sạt lở bờ biển", ">", 29200, unit="other", unit_text="mét",
      year=2023),
    R("khoảng «52 tỷ đồng", "tổng thiệt hại do thiên tai năm 2023", "~", 52 * TY, **DONG, year=2023),
    Tally("gần «700 vị trí", "vị trí sụp lún do hạn hán", op="~", value=700),
    R("dài hơn «18 km", "tổng chiều dài vị trí sụp lún", ">", 18, unit="other", unit_text="km"),
    Tally("trên «2.600 hộ", "hộ gia đình phải thiếu nước sạch sinh hoạt", op=">", value=2600),
    R("cháy trên «42 ha", "rừng tràm cháy", ">", 42, **HA),
    R("tài sản trên «28 tỷ đồng", "tổng thiệt hại về tài sản do hạn hán 4 tháng đầu năm 2024", ">", 28 * TY,
      **DONG),
])

# --------------------------------------------------------------------------
# 03 Thanh Hóa, the disasters of 2022 and their damage (wwwiso.com, a copy of a provincial report;
# nothing cut; no byline, no stamp; the excerpt ends in "huy độ"). Year 2022 ("Năm 2022, trên địa
# bàn tỉnh Thanh Hoá"). Results: the year's "12 trận thiên tai" and its breakdown "2 cơn bão, 1 đợt
# rét hại, 3 trận lốc, 1 trận lốc kèm theo sét, 4 đợt mưa, lũ và 1 trận sạt lở đất" (counts of the
# year's events, as set288 and set359 counted them; a breakdown by kind of event, each its own
# subject, scope null); "392 vụ tai nạn, sự cố" on land and "29 vụ tai nạn" at sea and on the border
# (the place in the indicator: an area is not an administrative level, scope null); the damage: "1
# người chết", "42 nhà", "7.576 ha lúa và hoa màu" ("ha"), "42.988 con gia súc, gia cầm", "1.010m
# đê điều" ("m"), "10 đập, hồ chứa", "8 cống", "5.096m kênh mương" ("m"), "khoảng 59.573m3" (`~`,
# "m3"), "khoảng 679 tỷ đồng" (`~`). Pillar null, ids null.
# --------------------------------------------------------------------------
D03 = dict(name="03_thanhhoa-thien-tai-thiet-hai-2022", kind="result", year=2022, records=[
    Tally("của «12 trận", "trận thiên tai xảy ra trên địa bàn tỉnh", value=12),
    Tally("gồm «2 cơn bão", "cơn bão tỉnh chịu ảnh hưởng", value=2),
    Tally("bão, «1 đợt rét", "đợt rét hại", value=1),
    Tally("hại, «3 trận lốc,", "trận lốc", value=3),
    Tally("lốc, «1 trận lốc kèm", "trận lốc kèm theo sét", value=1),
    Tally("sét, «4 đợt", "đợt mưa, lũ", value=4),
    Tally("và «1 trận sạt", "trận sạt lở đất", value=1),
    Tally("xảy ra «392 vụ", "vụ tai nạn, sự cố trên đất liền", value=392),
    Tally("xảy ra «29 vụ", "vụ tai nạn trên biển và khu vực biên giới", value=29),
    Tally("làm «1 người", "người chết do thiên tai", value=1),
    Tally("chết; «42 nhà", "nhà bị hư hỏng do thiên tai", value=42),
    R("hỏng; «7.576 ha", "diện tích lúa và hoa màu bị thiệt hại", "=", 7576, **HA),
    Tally("hại; «42.988 con", "con gia súc, gia cầm bị chết", value=42988),
    R("sụt sạt «1.010m", "đê điều sụt sạt", "=", 1010, **MET),
    Tally("hư hỏng «10 đập", "đập, hồ chứa bị hư hỏng", value=10),
    Tally("chứa, «8 cống", "cống bị hư hỏng", value=8),
    R("sạt lở «5.096m", "kênh mương các loại sạt lở", "=", 5096, **MET),
    R("lượng khoảng «59.573m3", "khối lượng đường giao thông bị sạt lở, sa bồi", "~", 59573, unit="other",
      unit_text="m3"),
    R("khoảng «679 tỷ", "giá trị thiệt hại do thiên tai", "~", 679 * TY, **DONG),
])

# --------------------------------------------------------------------------
# 04 Lào Cai, buffaloes and cows dead in a cold spell (vietnammoi.vn; cut: the image's name "lao cai
# gan 80 con trau bo bi chet ret" and the caption "Trâu, bò chết rét được người dân mổ thịt bán" (no
# figure), the related-article link "lao cai gan 80 con ... Có nơi chỉ còn 2 độ C, ..." with its
# teaser "Do ảnh hưởng của không khí lạnh ... có nơi chỉ còn 2 ...", and the advertisement for the
# "Diễn đàn Đầu tư Việt Nam 2026" (three lines), each with the blank lines that went with it; no
# byline, no stamp). Year null: the text names no year ("18/12" only; the advertisement's 2026 was
# cut with it). Results: the title's "Gần 80 con trâu, bò" (`~`; a headline's restatement recorded,
# as set288), "76 con (trâu: 68 con, bò: 8 con)" (three, each its own subject), "huyện Sa Pa (67
# con)" (place "Sa Pa"), "hai huyện Văn Bàn và Si Ma Cai chết 9 con", "khoảng 932 triệu đồng"
# (`~`). Not quantities: "dưới 0 độ C", "3 – 4 độ C" (temperatures, the hazard's measure), "18/12"
# (a date), "QL 4D" (a road's name). Pillar null, ids null.
# --------------------------------------------------------------------------
D04 = dict(name="04_laocai-trau-bo-chet-ret", kind="result", year=None, records=[
    Tally("Gần «80 con", "con trâu, bò bị chết rét", op="~", value=80),
    Tally("là «76 con", "gia súc bị chết do rét đậm, rét hại", value=76),
    Tally("trâu: «68 con", "trâu bị chết rét", value=68),
    Tally("bò: «8 con", "bò bị chết rét", value=8),
    Tally("(«67 con)", "trâu, bò bị chết rét tại huyện Sa Pa", value=67, place="Sa Pa"),
    Tally("chết «9 con", "trâu, bò bị chết rét tại hai huyện Văn Bàn và Si Ma Cai", value=9),
    R("khoảng «932 triệu", "tổng thiệt hại do trâu, bò chết rét", "~", 932 * TRIEU, **DONG),
])

# --------------------------------------------------------------------------
# 05 Hòa Bình, the province's instructions on livestock and its protection against hunger and cold in
# the winter-spring season 2022-2023 (hoabinh.gov.vn; nothing cut; no byline, no stamp; the excerpt
# opens in "Theo đó," and ends in "có biện p"). Year 2023 ("vụ Đông - Xuân năm 2022-2023", read by
# its end year as 01). Targets (kind target: what each household is to keep in store): "bình quân
# 20-30kg thức ăn thô, xanh hoặc 5-7 kg rơm khô/con trâu, bò/ngày đêm" (two `between` records, unit
# other "kg", each its own subject). Not quantities: "ít nhất một cây rơm" (a word, no digit), "dưới
# 12°C" (the hazard's threshold, as the temperatures of 04), "2022-2023" (a season). Pillar null, ids
# null.
# --------------------------------------------------------------------------
D05 = dict(name="05_hoabinh-chong-doi-ret-vat-nuoi-2022-2023", kind="target", year=2023, records=[
    R("bình quân «20-30kg", "lượng thức ăn thô, xanh dự trữ bình quân cho mỗi con trâu, bò mỗi ngày đêm",
      "between", 20, value_max=30, unit="other", unit_text="kg"),
    R("xanh hoặc «5-7 kg", "lượng rơm khô dự trữ bình quân cho mỗi con trâu, bò mỗi ngày đêm", "between", 5,
      value_max=7, unit="other", unit_text="kg"),
])

# --------------------------------------------------------------------------
# 06 Yên Bái and Lào Cai, the damage of the heavy rain, whirlwinds and lightning of 30/4-1/5/2024
# (vietnamplus.vn; the stamp " date 2024-05" written as the first line, the photo caption with a
# figure "Mưa to kèm dông lốc làm 678 nhà dân bị tốc mái. (Ảnh: TTXVN phát)" following on the second
# and kept (a caption that states a figure); nothing cut; the excerpt ends in "bị "). Year 2024.
# Results: the caption's "678 nhà dân bị tốc mái"; Yên Bái's "1 người tử vong", "76 nhà", "gần 70
# ha lúa và cây rừng" (`~`, "ha"), "khoảng 1 tỷ đồng" (`~`); Lào Cai's "249 nhà", Văn Bàn's "183
# nhà" (place "Văn Bàn"), "1 nhà tại xã Làng Giàng", "18 nhà", "56 nhà", "trên 29 ha ngô" (`>`),
# "(26 ha ...)", the school's "6 phòng", "20m" of wall, "2 phòng học", "1 công trình thủy lợi",
# "chiều dài 6m", "8 cột điện", "1 cột cáp treo viễn thông". place "Yên Bái" / "Lào Cai" on the
# provinces' values (the page has no province of its own). NOT: "hỏng mái trên 70%", "ở mức
# 50-70%", "từ 30-50%", "ảnh hưởng trên 70%" (the class of damage a house or a field suffered, part
# of the subject, as set288). Not quantities: "30/4", "1/5", "15 giờ" (dates, a time), "sinh năm
# 1979" (a birth year), "thôn Chiềng 1" (a name). Pillar null, ids null.
# --------------------------------------------------------------------------
D06 = dict(name="06_yenbai-laocai-dong-loc-set-2024", kind="result", year=2024, records=[
    Tally("làm «678 nhà", "nhà dân bị tốc mái do mưa to kèm dông lốc", value=678),
    Tally("làm «1 người", "người tử vong do sét đánh", value=1, place="Yên Bái"),
    Tally("«76 nhà", "nhà bị hư hỏng, chủ yếu là bị tốc mái", value=76, place="Yên Bái"),
    R("gần «70 ha", "lúa và cây rừng bị thiệt hại, ảnh hưởng", "~", 70, **HA, place="Yên Bái"),
    R("khoảng «1 tỷ", "thiệt hại do mưa to kèm dông lốc, sét", "~", 1 * TY, **DONG, place="Yên Bái"),
    Tally("khiến «249 nhà", "nhà bị tốc mái do dông lốc", value=249, place="Lào Cai"),
    Tally("với «183 nhà", "nhà bị thiệt hại tại huyện Văn Bàn", value=183, place="Văn Bàn"),
    Tally("có «1 nhà", "nhà bị sập đổ hoàn toàn tại xã Làng Giàng", value=1, place="Làng Giàng"),
    Tally("; «18 nhà", "nhà bị thiệt hại ở mức 50-70", value=18),
    Tally("; «56 nhà", "nhà bị thiệt hại từ 30-50", value=56),
    R("trên «29 ha", "ngô bị thiệt hại tại huyện Văn Bàn", ">", 29, **HA, place="Văn Bàn"),
    R("(«26 ha", "ngô chịu mức độ ảnh hưởng trên 70", "=", 26, **HA),
    Tally("mái «6 phòng", "phòng Trường Trung học cơ sở xã Hòa Mạc bị tốc mái", value=6),
    R("sập «20m", "chiều dài tường rào khuôn viên trường bị đổ sập", "=", 20, **MET),
    Tally("sổ «2 phòng", "phòng học bị hư hỏng cửa chính và cửa sổ", value=2),
    Tally("hỏng; «1 công trình", "công trình thủy lợi bị gãy tuyến mương", value=1),
    R("dài «6m", "chiều dài tuyến mương bị gãy", "=", 6, **MET),
    Tally("ra, «8 cột", "cột điện đường dây hạ thế bị nghiêng đổ", value=8),
    Tally("đổ, «1 cột", "cột cáp treo viễn thông bị hư hại", value=1),
], NOT=["mái trên «70%", "mức «50-70%", "từ «30-50%", "hưởng trên «70%"])

# --------------------------------------------------------------------------
# 07 The Central region's floods of November 2025 (sggp.org.vn; the stamp " date 2025-11-23" written
# as the first line; nothing cut; the excerpt ends in "343 tr"). Year 2025. Results: "102 người chết
# và mất tích"; "91 người chết" and its seven provinces' numbers, "11 người còn mất tích" and its
# three (each with `place`; a breakdown by province, scope null as set288's districts); "1.154 nhà bị
# sập đổ và hư hỏng", "200.992 nhà bị ngập"; Đắk Lắk's "2 xã" still flooded, Lâm Đồng's "127 hộ
# dân"; "82.147ha lúa, hoa màu", "117.067ha cây trồng lâu năm", "1.157ha thủy sản" ("ha"); "hơn
# 3,3 triệu con gia súc, gia cầm" (`>`, 3300000); "920.141 khách hàng đã được khôi phục", "258.045
# khách hàng vẫn mất điện"; "62/301 xã, phường mất kết nối" (62; the denominator not a quantity).
# Not quantities: "tăng 1 người" (a change against the morning's report, spec), "18 giờ", "23-11"
# (times, dates), "cấp 2" (a name), "343 tr" (the excerpt cuts the noun off: no indicator stated; a
# judgement). Pillar null, ids null.
# --------------------------------------------------------------------------
D07 = dict(name="07_trungbo-mua-lu-thiet-hai-2025", kind="result", year=2025, records=[
    Tally("khiến «102 người", "người chết và mất tích do mưa lũ", value=102),
    Tally("có «91 người", "người chết do mưa lũ", value=91),
    Tally("Quảng Trị «1 người", "người chết do mưa lũ tại Quảng Trị", value=1, place="Quảng Trị"),
    Tally("TP Huế «2 người", "người chết do mưa lũ tại TP Huế", value=2, place="TP Huế"),
    Tally("TP Đà Nẵng «2 người, Gia", "người chết do mưa lũ tại TP Đà Nẵng", value=2, place="TP Đà Nẵng"),
    Tally("Gia Lai «3 người", "người chết do mưa lũ tại Gia Lai", value=3, place="Gia Lai"),
    Tally("Đắk Lắk «63 người", "người chết do mưa lũ tại Đắk Lắk", value=63, place="Đắk Lắk"),
    Tally("Khánh Hòa «15 người", "người chết do mưa lũ tại Khánh Hòa", value=15, place="Khánh Hòa"),
    Tally("Lâm Đồng «5 người", "người chết do mưa lũ tại Lâm Đồng", value=5, place="Lâm Đồng"),
    Tally("và «11 người", "người còn mất tích do mưa lũ", value=11),
    Tally("(TP Đà Nẵng «2 người, Đắk", "người còn mất tích tại TP Đà Nẵng", value=2, place="TP Đà Nẵng"),
    Tally("Đắk Lắk «8 người", "người còn mất tích tại Đắk Lắk", value=8, place="Đắk Lắk"),
    Tally("Khánh Hòa «1 người", "người còn mất tích tại Khánh Hòa", value=1, place="Khánh Hòa"),
    Tally("làm «1.154 nhà", "nhà bị sập đổ và hư hỏng do mưa lũ, sạt lở, ngập lụt", value=1154),
    Tally("cùng «200.992 nhà", "nhà bị ngập", value=200992),
    Tally("còn «2 xã", "xã còn bị ngập lụt tại Đắk Lắk", value=2, place="Đắk Lắk"),
    Tally("còn «127 hộ", "hộ dân còn bị ngập tại Lâm Đồng", value=127, place="Lâm Đồng"),
    R("làm «82.147ha", "lúa, hoa màu thiệt hại", "=", 82147, **HA),
    R("và «117.067ha", "cây trồng lâu năm thiệt hại", "=", 117067, **HA),
    Tally("hơn «3,3 triệu", "con gia súc, gia cầm chết, cuốn trôi", op=">", value=3.3 * TRIEU),
    R("và «1.157ha", "thủy sản bị thiệt hại", "=", 1157, **HA),
    Tally("có «920.141 khách hàng", "khách hàng đã được khôi phục điện lưới", value=920141),
    Tally("còn «258.045 khách hàng", "khách hàng vẫn mất điện", value=258045),
    Tally("còn «62/301", "xã, phường mất kết nối mạng truyền số liệu chuyên dùng do mất điện", value=62),
])

# --------------------------------------------------------------------------
# 08 The northern mountain provinces' hail and whirlwinds of April 2020 (nghean24h.vn; the stamp
# " date 2020-04" written as the first line, the headline following on the second; nothing cut; the
# excerpt ends in "hoa màu b"). Year 2020. Results: the headline's "hơn 10.300 nhà dân" (`>`; a
# headline's restatement recorded, as set288); "5 người chết" and its four provinces ("Lai Châu có 2
# người tử vong", "Hà Giang có 1 trường hợp", "Sơn La có 1 người", "Yên Bái có 1 trường hợp", each
# with `place`); "1 người đang mất tích tại Lai Châu", "25 người bị thương"; "10.330 nhà bị tốc mái,
# hư hỏng" and its three provinces ("gần 2.170 nhà" `~`, "2.060 nhà", "1.690 nhà"); "gần 920 ha
# lúa" (`~`), "trên 2.700 ha hoa màu", "trên 650 ha cây ăn quả" (`>`), "32 công trình phụ, nhà văn
# hoá", "khoảng 130 tỷ đồng" (`~`); Xín Mần district's "1.376 nhà ở", "21 công trình phúc lợi", "gần
# 1.500 ha cây hoa màu" (place "Xín Mần"). Not quantities: "25/4" (a date). Pillar null, ids null.
# --------------------------------------------------------------------------
D08 = dict(name="08_mienbac-mua-da-dong-loc-2020", kind="result", year=2020, records=[
    Tally("hơn «10.300 nhà", "nhà dân ở các tỉnh miền núi phía Bắc bị tốc mái, thủng mái do mưa đá", op=">",
          value=10300),
    Tally("làm «5 người", "người chết do mưa lớn, dông, lốc sét, mưa đá", value=5),
    Tally("có «2 người", "người tử vong do mưa lớn làm sập nhà, bị lũ cuốn trôi", value=2, place="Lai Châu"),
    Tally("có «1 trường hợp tử vong do cây", "trường hợp tử vong do cây đổ", value=1, place="Hà Giang"),
    Tally("có «1 người chết", "người chết do đá lăn vào nhà đổ tường", value=1, place="Sơn La"),
    Tally("có «1 trường hợp tử vong do sét", "trường hợp tử vong do sét đánh", value=1, place="Yên Bái"),
    Tally("có «1 người đang", "người đang mất tích do bị lũ cuốn trôi", value=1, place="Lai Châu"),
    Tally("và «25 người", "người bị thương", value=25),
    Tally("làm «10.330 nhà", "nhà bị tốc mái, hư hỏng do mưa đá, dông lốc", value=10330),
    Tally("gần «2.170 nhà", "nhà bị tốc mái, hư hỏng tại tỉnh Điện Biên", op="~", value=2170, place="Điện Biên"),
    Tally("có «2.060 nhà", "nhà bị tốc mái, hư hỏng tại Hà Giang", value=2060, place="Hà Giang"),
    Tally("có «1.690 nhà", "nhà bị tốc mái, hư hỏng tại Lào Cai", value=1690, place="Lào Cai"),
    R("gần «920 ha", "lúa bị đổ gãy, hư hại", "~", 920, **HA),
    R("trên «2.700 ha", "hoa màu bị đổ gãy, hư hại", ">", 2700, **HA),
    R("trên «650 ha", "cây ăn quả bị đổ gãy, hư hại", ">", 650, **HA),
    Tally("cùng «32 công trình", "công trình phụ, nhà văn hoá bị đổ gãy, hư hại", value=32),
    R("khoảng «130 tỷ", "tổng thiệt hại do thiên tai những ngày qua", "~", 130 * TY, **DONG),
    Tally("có «1.376 nhà", "nhà ở bị mưa đá, dông lốc tại huyện Xín Mần", value=1376,
          place="Xín Mần"),
    Tally("«21 công trình", "công trình phúc lợi bị mưa đá, dông lốc tại huyện Xín Mần", value=21, place="Xín Mần"),
    R("gần «1.500 ha", "cây hoa màu bị mưa đá, dông lốc tại huyện Xín Mần", "~", 1500, **HA,
      place="Xín Mần"),
])

# --------------------------------------------------------------------------
# 09 Nghệ An and Quảng Trị, the record temperatures of late April 2024 (thanhnien.vn; the stamp
# " date 2024-04" written as the first line; nothing cut; the whole excerpt is one paragraph). A
# precision text, no record: "43,2 độ C ở Tương Dương", "44 độ C ở TP.Đông Hà", "42,4 độ C", "hơn
# 40 độ C", "vượt 40 độ C" (temperatures, the hazard's own measure, as set288 and set359), "3 ngày
# liên tiếp", "4 tháng liền" (durations of the heat), "27.4", "28.4", "29.4", "13 giờ" (dates, a
# time).
# --------------------------------------------------------------------------
D09 = dict(name="09_nghean-quangtri-nang-nong-ky-luc-2024-precision", kind="result", year=2024, records=[])

# --------------------------------------------------------------------------
# 10 Quảng Bình, Hà Tĩnh and Thừa Thiên Huế, the rivers' flood peaks and levels of 19-20/10/2020
# (hatinh24h.com.vn; the stamp " date 2020-10" written as the first line; cut: the photo caption
# "Nước lũ lên nhanh, nhiều nhà dân tại xã Hàm Ninh, ... Ảnh: Văn Tý/TTXVN" (no figure), which
# followed the stamp on its line, with the three blank lines after it; the excerpt ends in "trên
# báo "). A precision text, no record: every level ("8,51m", "4,88m", "9,35m", ...), every height
# above or below an alarm level ("2,01m", "0,97m", ...), the historic peak "năm 1979 (3,91m)" and the
# forecast levels (the hazard's own measure, set288), "báo động 2", "báo động 3" (names of levels),
# the times "13giờ", "6 giờ", "15 giờ", "21 giờ", "3 giờ" and dates "19/10", "20/10".
# --------------------------------------------------------------------------
D10 = dict(name="10_quangbinh-muc-nuoc-song-lu-2020-precision", kind="result", year=2020, records=[])

# --------------------------------------------------------------------------
# 11 The national forecast of the 2025 storm season (baolaocai.vn; nothing cut; no byline, no stamp;
# the excerpt ends in "thấp hơn 20"). A precision text, no record: the forecast "11-13 cơn bão, áp
# thấp nhiệt đới" (title and body, three times), "khoảng 4-6 cơn", the temperature "cao hơn ... từ
# 0,5-1 độ C", "trên 1 độ C", the rainfall and flows "cao hơn 5–20%", "giảm mạnh 10-50%", "thấp hơn
# 20" (the hazard's forecast and its departure from the long-term mean: no plan's value and no value
# reached, as 02's forecast; NOT for the two percentages), "tháng 6-11", "tháng 5 đến tháng 10",
# "tháng 6 và 8", "tháng 8-9" (months), "2025" (a year).
# --------------------------------------------------------------------------
D11 = dict(name="11_biendong-du-bao-mua-bao-2025-precision", kind="result", year=2025, records=[],
           NOT=["hơn 5–«20%", "mạnh «10-50%"])

# --------------------------------------------------------------------------
# 12 The northern provinces' livestock dead in the cold and snow of January 2021 (thanhnien.vn; the
# stamp " date 2021-01" written as the first line; nothing cut). Year 2021. Results: "trâu với 519
# con, bò 125 con" (two, each its own subject), "108 ha rau, hoa màu hư hại" in Lào Cai and Lai Châu
# (`=`, "ha"). Not quantities: "3 địa phương" (the count of the three provinces just named, a list's
# size, as set193's "15 xã ... bao gồm"; a judgement), the temperatures "-0,1 độ C", "2,4 độ C", "5,9
# độ C", "6,6 độ C" (the hazard's measure), "6 giờ", "13.1" (a time, a date). Pillar null, ids null.
# --------------------------------------------------------------------------
D12 = dict(name="12_mienbac-gia-suc-chet-ret-2021", kind="result", year=2021, records=[
    Tally("với «519 con", "trâu chết rét", value=519),
    Tally("bò «125 con", "bò chết rét", value=125),
    R("có «108 ha", "rau, hoa màu hư hại do mưa tuyết, băng giá vùi lấp tại Lào Cai và Lai Châu", "=",
      108, **HA),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
