#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set303: sports in the provinces).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of percentages deliberately left without a record (a
result's change against an earlier year, completion against the year's plan); check_gold.py
verifies that every percentage has a record or a NOT entry.

Each record carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: the catalogue has no sports indicator (no regular-exercise
share, no sports family, club, tournament or medal count), so every id here is null (`iid=None`,
the default; see README).

Medals are written with `MED(...)`: one count per number, the medal's colour or kind and the unit
or athlete that won it in the indicator (the spec's breakdown by kind of thing: scope null).

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

# A result count, the shape of most of this set's records (medals, tournaments, clubs, athletes).
MED = functools.partial(R, op="=", unit="count")

# --------------------------------------------------------------------------
# 01 Hải Dương, the province's plan for the campaign "Toàn dân rèn luyện thân thể theo gương Bác Hồ
# vĩ đại" 2021-2030 (m.baohaiduong.vn; cut: the byline "THỨ BA, 21/09/2021 10:00:47", written as
# the first line `date 2021-09-21`, the line of one space and the signature "PV" at the end).
# Targets, kind target. The title's "Phấn đấu đến năm 2025 có trên 38% số dân ..." restates the
# body's target and is recorded like it (as set251's 42% title): `>` for "trên", year 2025. "đạt
# 42% vào năm 2030": `>=`, 2030. "100% số xã, phường, thị trấn có thiết chế văn hóa - thể thao đạt
# chuẩn": a bare number in a target list, `>=`; the sentence names no year: the plan's "giai đoạn
# 2021-2030", its last year 2030 (the earlier sets' reading of a period's target). Not quantities:
# "giai đoạn 2021-2030" (dates). Pillar null (no heading; the theme is not digital). Ids null.
# --------------------------------------------------------------------------
D01 = dict(name="01_haiduong-ke-hoach-tap-luyen-thuong-xuyen-2021", kind="target", year=2021, records=[
    R("Phấn đấu đến năm 2025 có trên «38% số dân", "số dân thường xuyên luyện tập thể dục thể thao", ">", 38,
      year=2025),
    R("Hải Dương phấn đấu đến năm 2025 có trên «38% số dân", "số dân thường xuyên luyện tập thể dục thể thao", ">",
      38, year=2025),
    R("và đạt «42% vào năm 2030", "số dân thường xuyên luyện tập thể dục thể thao", ">=", 42, year=2030),
    R("«100% số xã", "số xã, phường, thị trấn có thiết chế văn hóa - thể thao đạt chuẩn theo quy định của Bộ Văn "
      "hóa, Thể thao và Du lịch", ">=", 100, year=2030),
])

# --------------------------------------------------------------------------
# 02 Hậu Giang, people and families exercising regularly at the end of 2021 and the department's
# targets for 2022 (game.marimbapop.com, a site that copies Báo Hậu Giang's article "(HG)" under a
# betting brand; cut: the copy site's furniture line "[Nhận Định Bóng Đá] 时间:2025-01-25 ... 点击:16次"
# (the copy's own post time, not the article's: not written as a date line), the signature "HỒNG
# NHUNG", "(责任编辑:Thể thao)" and the four link-block labels "相关内容", "精彩推荐", "热门点击", "友情链接").
# The title keeps its brand "【kronhacai】" and the first sentence its injected run
# "ấnđấudnsốtontỉnh...kronhacai" (part of a line: kept). Year 2021 (the results of "Kết thúc năm
# 2021"). Results: "267.205 người" (count), "34,45% dân số", "49.223 gia đình" (count), "25,52% số
# hộ gia đình". NOT: "tăng 1,16% so với năm 2020", "tăng 0,01% so năm 2020" (a result's change
# against an earlier year, spec). Targets "đặt mục tiêu phấn đấu năm 2022, sẽ có 35% dân số và 26,1%
# số hộ gia đình": two records, `>=`, 2022; the title's "Phấn đấu 35% dân số ..." restates the first
# (recorded, as 01's title). Pillar null. Ids null.
# --------------------------------------------------------------------------
D02 = dict(name="02_haugiang-nguoi-tap-luyen-thuong-xuyen-2021", kind="result", year=2021, records=[
    R("Phấn đấu «35% dân số toàn tỉnh", "dân số toàn tỉnh tập luyện thể thao thường xuyên", ">=", 35, **T,
      year=2022),
    R("là «267.205 người", "số người luyện tập thể dục thể thao (TDTT) thường xuyên toàn tỉnh", "=", 267205,
      **CNT),
    R("tỷ lệ «34,45% dân số", "số người luyện tập thể dục thể thao (TDTT) thường xuyên toàn tỉnh, tỷ lệ dân số",
      "=", 34.45),
    R("có «49.223 gia đình", "gia đình luyện tập TDTT thường xuyên", "=", 49223, **CNT),
    R("đạt «25,52% số hộ", "số hộ gia đình luyện tập TDTT thường xuyên", "=", 25.52),
    R("sẽ có «35% dân số", "dân số toàn tỉnh luyện tập TDTT thường xuyên", ">=", 35, **T, year=2022),
    R("và «26,1% số hộ", "số hộ gia đình toàn tỉnh luyện tập TDTT thường xuyên", ">=", 26.1, **T, year=2022),
], NOT=["tăng «1,16% so", "tăng «0,01% so"])

# --------------------------------------------------------------------------
# 03 Lâm Đồng, the medal table of the province's 9th sports congress, 2022 (baolamdong.vn; cut: the
# signature "V.TRỌNG" and the comment widget lines "Thông tin bạn đọc", "Đóng Lưu thông tin"; no
# byline, no stamp). Year 2022 ("lần thứ IX-năm 2022"). Results: each unit's total and its gold,
# silver and bronze medals (MED, one count per number, each with `place` the city or district:
# "Đà Lạt", "Bảo Lộc", "Di Linh"). Not quantities: "Đứng thứ nhì", "xếp thứ ba" (ranks in words, no
# digit), "15 môn với 18 nội dung thi đấu" (the congress's programme, as the spec's parts of an
# index and the participants of an event), "Bóng đá nam 11 người" (a name), "tháng 7 đến tháng
# 10/2022" (dates). Pillar null. Ids null.
# --------------------------------------------------------------------------
D03 = dict(name="03_lamdong-dai-hoi-tdtt-huy-chuong-2022", kind="result", year=2022, records=[
    MED(loc="tổng cộng «91 huy chương", indicator="tổng số huy chương (HC) giành được tại Đại hội TDTT tỉnh",
        value=91, place="Đà Lạt"),
    MED(loc="có «38 HC Vàng", indicator="HC Vàng giành được tại Đại hội TDTT tỉnh", value=38, place="Đà Lạt"),
    MED(loc="«33 HC Bạc", indicator="HC Bạc giành được tại Đại hội TDTT tỉnh", value=33, place="Đà Lạt"),
    MED(loc="«20 HC Đồng", indicator="HC Đồng giành được tại Đại hội TDTT tỉnh", value=20, place="Đà Lạt"),
    MED(loc="tổng cộng «96 HC", indicator="tổng số HC giành được tại Đại hội", value=96, place="Bảo Lộc"),
    MED(loc="«30 HC Vàng", indicator="HC Vàng giành được tại Đại hội", value=30, place="Bảo Lộc"),
    MED(loc="«23 HC Bạc", indicator="HC Bạc giành được tại Đại hội", value=23, place="Bảo Lộc"),
    MED(loc="«43 HC Đồng", indicator="HC Đồng giành được tại Đại hội", value=43, place="Bảo Lộc"),
    MED(loc="với «63 HC", indicator="tổng số HC giành được tại Đại hội", value=63, place="Di Linh"),
    MED(loc="«23 HC Vàng", indicator="HC Vàng giành được tại Đại hội", value=23, place="Di Linh"),
    MED(loc="«14 HC Bạc", indicator="HC Bạc giành được tại Đại hội", value=14, place="Di Linh"),
    MED(loc="«26 HC Đồng", indicator="HC Đồng giành được tại Đại hội", value=26, place="Di Linh"),
])

# --------------------------------------------------------------------------
# 04 Thái Nguyên, the closing of the province's 9th sports congress, September 2022
# (baothainguyen.vn; cut: the byline "Thu Hà 14:03, 30/09/2022", written as the first line
# `date 2022-09-30`, and the photo caption "Đồng chí Nguyễn Thanh Bình ... cao nhất tại Đại hội."
# (twice, no figure)). Year 2022. One result: "TP. Thái Nguyên xếp thứ Nhất toàn Đoàn với 51 Huy
# chương Vàng (HCV)" (count, place "TP. Thái Nguyên"; "thứ Nhất" is a rank in words, no digit). Not
# quantities: "11 đoàn thể thao", "gần 20.000 người", "gần 1.700 người tham gia đồng diễn", "1.454
# vận động viên (VĐV) tham gia thi đấu", "trên 300 VĐV là người dân tộc thiểu số" (the participants
# of an event, spec); "17 môn", "12 môn", "5 môn" (the programme); "153 bộ huy chương, với 1.196
# huy chương các loại" (what the organiser handed out: the size of the event's programme, one set
# per event, not a result any unit reached; a judgement, see README); "27/4/2022", "26/9/2022",
# "21-9", "30-9", "15 đến 26-9" (dates). Pillar null. Id null.
# --------------------------------------------------------------------------
D04 = dict(name="04_thainguyen-be-mac-dai-hoi-tdtt-2022", kind="result", year=2022, records=[
    MED(loc="với «51 Huy chương Vàng", indicator="Huy chương Vàng (HCV) xếp thứ Nhất toàn Đoàn", value=51,
        place="TP. Thái Nguyên"),
])

# --------------------------------------------------------------------------
# 05 Tiền Giang, results of the province's sports movement in 2023 (baoapbac.vn; cut: the first
# line "." and the byline "Cập nhật: 13:21, 12/01/2024 (GMT+7)", written as the first line
# `date 2024-01-12`; the repeated photo caption "Trong năm 2023, Tiền Giang đăng cai ..." carries a
# figure and stays). Year 2023. Results: "trong 9 tháng đầu năm 2023, ... có 652.099 người tham gia
# tập luyện thể dục thể thao, đạt tỷ lệ 36,8%" (count and %), "119.879 hộ gia đình ..., đạt tỷ lệ
# 24,50%"; "13 lớp tập huấn" (count); "35 giải thể thao. Trong đó có 6 giải quốc gia, 3 giải Đồng
# bằng sông Cửu Long, 1 giải mở rộng và 25 giải cấp tỉnh và liên tịch" (the total and a breakdown
# by kind of tournament: one record per number, scope null, spec); "tham dự 100 giải, đoạt 444 huy
# chương các loại" (two counts). NOT: "tăng 0,95% so với năm 2022", "tăng 0,47% so với năm 2022"
# (changes against an earlier year). Not quantities: "9 tháng đầu năm 2023" (a period), "Giải Bơi -
# Lặn ... năm 2023", "tháng 5", "giai đoạn 2022 - 2027, định hướng đến năm 2030" (a project's name,
# dates). Pillar null. Ids null.
# --------------------------------------------------------------------------
D05 = dict(name="05_tiengiang-ket-qua-phong-trao-tdtt-2023", kind="result", year=2023, records=[
    MED(loc="có «652.099 người", indicator="người tham gia tập luyện thể dục thể thao trên địa bàn tỉnh",
        value=652099),
    R("tỷ lệ «36,8%", "người tham gia tập luyện thể dục thể thao, tỷ lệ", "=", 36.8),
    MED(loc="có «119.879 hộ", indicator="hộ gia đình tham gia tập luyện thể dục thể thao", value=119879),
    R("tỷ lệ «24,50%", "hộ gia đình tham gia tập luyện thể dục thể thao, tỷ lệ", "=", 24.5),
    MED(loc="tổ chức «13 lớp tập huấn", indicator="lớp tập huấn về hướng dẫn viên thể dục dưỡng sinh, cờ vua, xóa "
        "mù bơi cho trẻ em", value=13),
    MED(loc="tổ chức «35 giải thể thao", indicator="giải thể thao tỉnh đã tổ chức", value=35),
    MED(loc="có «6 giải quốc gia", indicator="giải quốc gia tỉnh đã tổ chức", value=6),
    MED(loc="«3 giải Đồng bằng", indicator="giải Đồng bằng sông Cửu Long tỉnh đã tổ chức", value=3),
    MED(loc="«1 giải mở rộng", indicator="giải mở rộng tỉnh đã tổ chức", value=1),
    MED(loc="«25 giải cấp tỉnh", indicator="giải cấp tỉnh và liên tịch tỉnh đã tổ chức", value=25),
    MED(loc="tham dự «100 giải", indicator="giải Đoàn Thể thao Tiền Giang tham dự", value=100),
    MED(loc="đoạt «444 huy chương", indicator="huy chương các loại Đoàn Thể thao Tiền Giang đoạt", value=444),
], NOT=["tăng «0,95% so", "tăng «0,47% so"])

# --------------------------------------------------------------------------
# 06 Lạng Sơn, the province's mass sports in 2024 (thethaovietnamplus.vn; nothing cut; no byline, no
# stamp; the excerpt opens at a section heading and ends in "các vận động"). Year 2024 (the text's
# "năm 2024"). Results: "hiện nay toàn tỉnh có trên 400 sân pickleball và trên 100 câu lạc bộ, nhóm
# chơi Pickleball" (two counts, `>`); "năm 2024, toàn tỉnh ước có trên 850 giải thể thao quần chúng
# được tổ chức" (`>`: the bound word next to the number; "ước" an estimate read as reached, spec);
# "năm 2023, tỷ lệ này đạt 37,1%" (=, 2023), "kết thúc năm 2024, con số này ước đạt 37,6%" (=,
# 2024), "tỷ lệ gia đình thể thao ... năm 2024 ước đạt 37,1%" (=, 2024). NOT: "tăng 0,5%", "tăng
# 10,7% so với năm 2023" (changes). Not quantities: "tăng hơn 50 giải so với năm 2023", "tăng trên
# 4.000 người" (changes against an earlier year, spec); "gần 2.000 vận động viên đến từ 12 quốc gia"
# (the participants of an event). Pillar null. Ids null.
# --------------------------------------------------------------------------
D06 = dict(name="06_langson-the-thao-quan-chung-2024", kind="result", year=2024, records=[
    R("trên «400 sân", "sân pickleball toàn tỉnh", ">", 400, **CNT),
    R("trên «100 câu lạc bộ", "câu lạc bộ, nhóm chơi Pickleball", ">", 100, **CNT),
    R("trên «850 giải", "giải thể thao quần chúng được tổ chức toàn tỉnh", ">", 850, **CNT),
    R("tỷ lệ này đạt «37,1%", "Tỷ lệ người dân luyện tập thể dục, thể thao thường xuyên", "=", 37.1, year=2023),
    R("ước đạt «37,6%", "Tỷ lệ người dân luyện tập thể dục, thể thao thường xuyên", "=", 37.6),
    R("ước đạt «37,1% (", "tỷ lệ gia đình thể thao so với tổng số gia đình trong toàn tỉnh", "=", 37.1),
], NOT=["(tăng «0,5%", "(tăng «10,7%"])

# --------------------------------------------------------------------------
# 07 Bình Dương, the provincial training and competition centre's review of 2024, January 2025
# (binhduong.gov.vn; cut: the section label "Tin hoạt động sở ngành", the byline date "Thứ 6, Ngày
# 10/01/2025, 16:00" (written as the first line `date 2025-01-10`), the font widget "Cỡ chữ: Font
# size: ...", the byline "10/01/2025 | Tuyết Lan", the photo captions "Đông đảo đại biểu ... Hội
# nghị.jpg" and "Đại biểu tham dự hội nghị", and the line of one space, each with the blank line
# that went with it). Year 2024 (the review of "năm 2024"). Results (counts): "đăng cai tổ chức 3
# giải thể thao cấp quốc tế; 3 giải cấp quốc gia và 4 giải cấp khu vực" (three records, each its
# own kind of tournament), "tham dự 159 giải các cấp", "đạt được 803/665 huy chương (245 huy chương
# Vàng, 223 huy chương Bạc, 335 huy chương Đồng)": 803 the medals won (=), 665 the year's planned
# number (a target, `>=`, 2024: "803/665" is reached over planned, as the following "đạt 120,75% kế
# hoạch cả năm" shows; a judgement), and the three colours; "Bình Dương có 5 nhà vô địch thế giới"
# (count). NOT: "đạt 133,33% kế hoạch năm", "đạt 120,75% kế hoạch cả năm" (completion against the
# year's plan, as the earlier sets' majority). Not quantities: "10-01" (a date), "năm 2025".
# Pillar null. Ids null.
# --------------------------------------------------------------------------
D07 = dict(name="07_binhduong-huan-luyen-thi-dau-tong-ket-2024", kind="result", year=2024, records=[
    MED(loc="tổ chức «3 giải thể thao cấp quốc tế", indicator="giải thể thao cấp quốc tế Trung tâm phối hợp đăng "
        "cai tổ chức", value=3),
    MED(loc="; «3 giải cấp quốc gia", indicator="giải cấp quốc gia Trung tâm phối hợp đăng cai tổ chức", value=3),
    MED(loc="và «4 giải cấp khu vực", indicator="giải cấp khu vực Trung tâm phối hợp đăng cai tổ chức", value=4),
    MED(loc="tham dự «159 giải", indicator="giải các cấp các đội thể thao tham dự", value=159),
    MED(loc="được «803/665", indicator="huy chương các đội thể thao đạt được", value=803),
    R("803/«665 huy chương", "huy chương các đội thể thao đạt được, kế hoạch cả năm", ">=", 665, **CNT, **T),
    MED(loc="(«245 huy chương Vàng", indicator="huy chương Vàng các đội thể thao đạt được", value=245),
    MED(loc="«223 huy chương Bạc", indicator="huy chương Bạc các đội thể thao đạt được", value=223),
    MED(loc="«335 huy chương Đồng", indicator="huy chương Đồng các đội thể thao đạt được", value=335),
    MED(loc="có «5 nhà vô địch", indicator="nhà vô địch thế giới Bình Dương có", value=5),
], NOT=["đạt «133,33% kế", "đạt «120,75% kế"])

# --------------------------------------------------------------------------
# 08 Huế, the city's sports training centre in 2025 and its athletes' medals (huengaynay.vn; nothing
# cut; no byline, no stamp; the excerpt opens at the heading "Tuyên dương các cá nhân xuất sắc tại
# SEA Games 33" and ends in "Nhà nư"). Year 2025 (the text's "Trong năm 2025"). Results (counts):
# the centre's "240 VĐV" in training; "747 huy chương các loại, trong đó có 76 huy chương quốc tế
# (29 HCV, 23 HCB, 24 HCĐ)"; "88 VĐV đạt danh hiệu Kiện tướng Quốc gia; 55 VĐV đạt danh hiệu VĐV cấp
# I"; and each named athlete's medals at each championship, one count per number, the athlete and
# the championship in the indicator (the breakdown rule); "lập 1 kỷ lục Quốc gia" (count). Not
# quantities: "13 môn" (the disciplines the centre trains: its make-up, as a congress's programme;
# a judgement), "SEA Games 33" (a name, twice), "cấp I", "hạng Nhất", "hạng Nhì" (labels),
# "năm 2025" (dates). Pillar null. Ids null.
# --------------------------------------------------------------------------
THUONG = "Nguyễn Thị Hoài Thương (Jujitsu)"
D08 = dict(name="08_hue-trung-tam-huan-luyen-huy-chuong-2025", kind="result", year=2025, records=[
    MED(loc="đào tạo «240 VĐV", indicator="VĐV Trung tâm đang đào tạo", value=240),
    MED(loc="được «747 huy chương", indicator="huy chương các loại VĐV của Trung tâm giành được tại các giải quốc "
        "gia, quốc tế", value=747),
    MED(loc="có «76 huy chương quốc tế", indicator="huy chương quốc tế VĐV của Trung tâm giành được", value=76),
    MED(loc="(«29 HCV", indicator="huy chương quốc tế HCV VĐV của Trung tâm giành được", value=29),
    MED(loc="«23 HCB", indicator="huy chương quốc tế HCB VĐV của Trung tâm giành được", value=23),
    MED(loc="«24 HCĐ", indicator="huy chương quốc tế HCĐ VĐV của Trung tâm giành được", value=24),
    MED(loc="có «88 VĐV", indicator="VĐV đạt danh hiệu Kiện tướng Quốc gia", value=88),
    MED(loc="«55 VĐV", indicator="VĐV đạt danh hiệu VĐV cấp I", value=55),
    MED(loc="giành «2 HCV, 1 HCB, 1 HCĐ tại Giải vô địch trẻ châu Á, 1",
        indicator=f"HCV {THUONG} giành tại Giải vô địch trẻ châu Á", value=2),
    MED(loc="giành 2 HCV, «1 HCB, 1 HCĐ tại Giải vô địch trẻ châu Á, 1",
        indicator=f"HCB {THUONG} giành tại Giải vô địch trẻ châu Á", value=1),
    MED(loc="giành 2 HCV, 1 HCB, «1 HCĐ tại Giải vô địch trẻ châu Á, 1",
        indicator=f"HCĐ {THUONG} giành tại Giải vô địch trẻ châu Á", value=1),
    MED(loc="châu Á, «1 HCV, 1 HCB tại Giải vô địch và",
        indicator=f"HCV {THUONG} giành tại Giải vô địch và vô địch trẻ thế giới", value=1),
    MED(loc="châu Á, 1 HCV, «1 HCB tại Giải vô địch và",
        indicator=f"HCB {THUONG} giành tại Giải vô địch và vô địch trẻ thế giới", value=1),
    MED(loc="giành «3 HCV tại Giải vô địch Đông Nam Á", indicator="HCV Nguyễn Thị Mỹ Hạnh, Nguyễn Thị Mỹ Trang, "
        "Nguyễn Thị Mỹ Linh (vật) giành tại Giải vô địch Đông Nam Á", value=3),
    MED(loc="Á, «3 HCV SEA Games", indicator="HCV Nguyễn Thị Mỹ Hạnh, Nguyễn Thị Mỹ Trang, Nguyễn Thị Mỹ Linh (vật) "
        "giành tại SEA Games", value=3),
    MED(loc="giành «2 HCV tại Giải vô địch đá cầu", indicator="HCV VĐV Nguyễn Thị Thùy Linh, Lê Văn Đông (đá cầu) "
        "giành tại Giải vô địch đá cầu châu Á", value=2),
    MED(loc="Linh giành «3 HCV, 1 HCB, 1 HCĐ tại Giải vô địch trẻ cờ vua",
        indicator="HCV VĐV Lê Hà Khánh Linh giành tại Giải vô địch trẻ cờ vua châu Á", value=3),
    MED(loc="Linh giành 3 HCV, «1 HCB, 1 HCĐ tại Giải vô địch trẻ cờ vua",
        indicator="HCB VĐV Lê Hà Khánh Linh giành tại Giải vô địch trẻ cờ vua châu Á", value=1),
    MED(loc="Linh giành 3 HCV, 1 HCB, «1 HCĐ tại Giải vô địch trẻ cờ vua",
        indicator="HCĐ VĐV Lê Hà Khánh Linh giành tại Giải vô địch trẻ cờ vua châu Á", value=1),
    MED(loc="đạt «3 HCV tại Giải vô địch bắn cung", indicator="HCV VĐV Nguyễn Thị Thanh Nhi đạt tại Giải vô địch "
        "bắn cung Quốc gia", value=3),
    MED(loc="lập «1 kỷ lục", indicator="kỷ lục Quốc gia VĐV Nguyễn Thị Thanh Nhi lập", value=1),
])

# --------------------------------------------------------------------------
# 09 Đồng Tháp, the plan for the sports congresses at every level and the province's 10th congress
# in 2026, October 2024 (baodongthap.com.vn; cut: the byline "Cập nhật ngày: 29/10/2024 16:46:47",
# written as the first line `date 2024-10-29`; the photo caption "Lễ khai mạc Đại hội ... lần thứ
# IX - năm 2022" carries a figure and stays; the excerpt ends in "toàn qu"). A precision text, no
# record: "26 môn" (twice), "17 môn" (the congress's programme, as 03), "2 giai đoạn" (its phases),
# "khoảng 3.000 vận động viên ... tham gia tranh tài" (the expected participants of an event,
# spec), "tháng 10/2024 - 6/2025", "1/7 - 31/10/2025", "1/11/2025 - 15/3/2026", "27 - 31/3/2026",
# "năm 2026", "năm 2022" (dates).
# --------------------------------------------------------------------------
D09 = dict(name="09_dongthap-ke-hoach-dai-hoi-tdtt-x-2024-precision", kind="target", year=2026, records=[])

# --------------------------------------------------------------------------
# 10 Thanh Hóa, the province's 10th sports congress after the merger of communes, September 2025
# (baothanhhoa.vn; the stamp " date 2025-09-18" written as the first line; nothing cut; the photo
# caption "Các VĐV thi đấu môn Karate ... năm 2022." carries a figure and stays; the excerpt ends in
# "Thách thức đ"). A precision text, no record: "14 môn" (twice), "23 môn", "9 môn", "3 môn" (the
# programme and its schedule), "2 giai đoạn", "3–5/10", "6–10/11", "tháng 10/2025", "năm 2025",
# "năm 2026", "năm 2022" (dates).
# --------------------------------------------------------------------------
D10 = dict(name="10_thanhhoa-dai-hoi-tdtt-x-sau-sap-nhap-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 11 Bắc Giang, the decision 1379/QĐ-UBND issuing the province's scheme for high-performance sport
# 2023-2030 (vanban123.vn; nothing cut; the excerpt is the decision's header, legal bases and
# articles, and the scheme's title, ending in "I. TÍ"). A precision text, no record: document
# numbers ("1379/QĐ-UBND" twice, "36/2019/NĐ-CP", "223/QĐ-TTg", "141/TTr-SVHTTDL"), dates
# ("14 tháng 12 năm 2023", "19/6/2015", "22/11/2019", "29/4/2019", "22/02/2019", "17/11/2023",
# "14/12/2023"), periods ("2023 - 2030", "2023-2030", "2023 – 2030", "năm 2035"), article labels
# ("Điều 1.", "Điều 2.").
# --------------------------------------------------------------------------
D11 = dict(name="11_bacgiang-de-an-the-thao-thanh-tich-cao-2023-precision", kind="target", year=2023,
           records=[])

# --------------------------------------------------------------------------
# 12 Tuyên Quang, a rower from the province with three gold medals at SEA Games 31
# (baotuyenquang.com.vn, a listing page; nothing cut; no byline, no stamp, no year in the text:
# year null). Results: the title's "giành 3 Huy chương Vàng Seagames" and the body's "đưa tổng
# thành tích lên 3 Huy chương Vàng tại kỳ Seagames lần này" (the same count, twice: each stated, as
# 01's and 02's titles). Not quantities: "15-5" (a date), "Seagames lần thứ 31" (a name), "Huy
# chương thứ 3" (an ordinal: the third medal, which the total restates). Pillar null. Ids null.
# --------------------------------------------------------------------------
D12 = dict(name="12_tuyenquang-huy-chuong-vang-sea-games-31", kind="result", year=None, records=[
    MED(loc="giành «3 Huy chương Vàng", indicator="Huy chương Vàng Seagames cô gái xứ Tuyên giành", value=3),
    MED(loc="lên «3 Huy chương Vàng", indicator="tổng thành tích Huy chương Vàng tại kỳ Seagames vận động viên Đinh "
        "Thị Hảo", value=3),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
