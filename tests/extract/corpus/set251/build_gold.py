#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set251).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (../goldkit.py).

Each document may also list NOT: locators of percentages deliberately left without a record
(a result's change against an earlier value or a quota); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).

set251's family: culture, sports and families in the provinces (cultural families and villages,
cultural houses, libraries, people doing sport regularly, heritage sites). No text stands under a
heading that names a pillar of digital transformation: every pillar is null.

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

VND = dict(unit="other", unit_text="đồng")
SITES = "society.digitised_heritage_sites_count"
PLAIN = "khu vực đồng bằng"
HILLS = "khu vực miền núi, hải đảo, biên giới"

# --------------------------------------------------------------------------
# 01 Quảng Nam, Tiên Phước district: the review of the movement "Toàn dân đoàn kết xây dựng đời
# sống văn hóa" for 2023 (qrt.vn; stamp " date 2024-02" made the first line; cut: the byline
# "Nguyễn Hưng"). Results of "Năm 2023" (=), year 2023 (the stamp's 2024 is the meeting's year; the
# text says the figures are 2023's). Each "X/Y" gives a count (X) and its bracketed share a second
# record (spec's "số hóa 57.877 hồ sơ (đạt 99,1%)"). "có 60 thôn duy trì từ năm thứ 3 trở lên (tỷ lệ
# 71%)" and the two after it: count and share each, the "năm thứ N" a label in the indicator. "phát
# triển mới 3 câu lạc bộ nâng tổng số ... lên 66 câu lạc bộ": two counts (the new clubs, the total).
# NOT: "tăng 1,3% so với năm 2022" (a change against an earlier value, spec), "vượt 2,97% so với chỉ
# tiêu", "vượt 3,8% so với chỉ tiêu" (a change against a target, spec). Not quantities: "27/2"
# (a date), the denominators "/18.600", "/79", "/111", "3 năm liên tục" (a label), "khen thưởng
# cho 11 tập thể, 13 gia đình" (those the ceremony rewarded: an event's awardees, as the spec's
# participants of an event). Pillar null. Ids null (the catalogue has no cultural-family rate).
# --------------------------------------------------------------------------
D01 = dict(name="01_quangnam-tienphuoc-gia-dinh-thon-van-hoa-2023", kind="result", year=2023, records=[
    R("Phước có «17.800/18.600 hộ", "hộ đạt danh hiệu gia đình văn hóa", "=", 17800, **CNT),
    R("văn hóa («96%)", "hộ đạt danh hiệu gia đình văn hóa", "=", 96),
    R("trở lên đạt «14.504/18.600 hộ", "hộ đạt danh hiệu gia đình văn hóa 3 năm liên tục trở lên", "=", 14504,
      **CNT),
    R("(tỷ lệ «77,97%)", "hộ đạt danh hiệu gia đình văn hóa 3 năm liên tục trở lên", "=", 77.97),
    R("có «76 tộc", "tộc đạt danh hiệu tộc văn hóa", "=", 76, **CNT),
    R("(tỷ lệ «89%)", "tộc đạt danh hiệu tộc văn hóa", "=", 89),
    R("Có «78/79 thôn", "thôn, khối phố được công nhận thôn văn hóa", "=", 78, **CNT),
    R("(tỷ lệ «92%)", "thôn, khối phố được công nhận thôn văn hóa", "=", 92),
    R("có «60 thôn", "thôn duy trì danh hiệu thôn văn hóa từ năm thứ 3 trở lên", "=", 60, **CNT),
    R("(tỷ lệ «71%)", "thôn duy trì danh hiệu thôn văn hóa từ năm thứ 3 trở lên", "=", 71),
    R("; «47 thôn", "thôn duy trì danh hiệu thôn văn hóa từ năm thứ 5 trở lên", "=", 47, **CNT),
    R("(tỷ lệ «55%)", "thôn duy trì danh hiệu thôn văn hóa từ năm thứ 5 trở lên", "=", 55),
    R("có «11 thôn", "thôn duy trì danh hiệu thôn văn hóa từ năm thứ 9 trở lên", "=", 11, **CNT),
    R("(tỷ lệ «13%)", "thôn duy trì danh hiệu thôn văn hóa từ năm thứ 9 trở lên", "=", 13),
    R("có «109/111 cơ quan", "cơ quan đạt danh hiệu cơ quan văn hóa", "=", 109, **CNT),
    R("(tỷ lệ «98,2%)", "cơ quan đạt danh hiệu cơ quan văn hóa", "=", 98.2),
    R("phát triển mới «3 câu lạc bộ", "câu lạc bộ gia đình phát triển bền vững phát triển mới", "=", 3, **CNT),
    R("lên «66 câu lạc bộ", "tổng số câu lạc bộ gia đình phát triển bền vững trên địa bàn", "=", 66, **CNT),
], NOT=["tăng «1,3% so", "vượt «2,97% so", "vượt «3,8% so"])

# --------------------------------------------------------------------------
# 02 Quảng Nam, the province's plan 5147 for the movement "Toàn dân đoàn kết xây dựng đời sống văn
# hóa" 2021-2025 (baoquangnam.vn; cut: the byline "NAM PHƯƠNG |" with the blank line after it; the
# excerpt ends in "về xây dựng"). Targets "phấn đấu đến năm 2025": kind target, year 2025; "hơn"
# as `>`, a bare number `>=` (spec). The title's "hơn 90% hộ gia đình đạt chuẩn văn hóa" is a
# record of its own, scope null (it names no zone). The two paragraphs split the plan's targets by
# zone ("khu vực đồng bằng ..."; "Đối với khu vực miền núi, hải đảo, biên giới ..."): scope the
# zone, as an earlier set's "khu vực đồng bằng" / "khu vực miền núi" (a split by group). Inside each
# zone, "hơn 85% xã, phường, thị trấn và 90% thôn, tổ dân phố có thiết chế văn hóa đạt chuẩn" (and
# the hills' "80% xã, thị trấn và 90% thôn, khối phố") split one target by level: scope the level
# (spec's "90% cấp xã, 70% thôn, bản"), the zone then named in the indicator (a record has one
# scope; a judgement). The bare "90%" after "hơn 85% ... và" is read `>=` (the comparator is
# written at the first number only; a judgement). Not quantities: "Kế hoạch 5147" (a document's
# number), "2021 - 2025" (the period), "một mô hình điểm" (a word, not a figure). Pillar null. Ids
# null.
# --------------------------------------------------------------------------
D02 = dict(name="02_quangnam-ke-hoach-doi-song-van-hoa-2021-2025", kind="target", year=2025, records=[
    R("năm 2025, hơn «90% hộ gia đình đạt chuẩn văn hóa", "hộ gia đình đạt chuẩn văn hóa", ">", 90),
    R("đồng bằng có hơn «90% hộ", "hộ gia đình đạt chuẩn gia đình văn hóa", ">", 90, scope=PLAIN),
    R("hơn «90% thôn, tổ dân phố đạt", "thôn, tổ dân phố đạt chuẩn văn hóa", ">", 90, scope=PLAIN),
    R("hơn «95% cơ quan", "cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa", ">", 95, scope=PLAIN),
    R("hơn «85% xã, phường", "khu vực đồng bằng: có thiết chế văn hóa đạt chuẩn", ">", 85,
      scope="xã, phường, thị trấn"),
    R("thị trấn và «90% thôn, tổ dân phố có", "khu vực đồng bằng: có thiết chế văn hóa đạt chuẩn", ">=", 90,
      scope="thôn, tổ dân phố"),
    R("hơn «70% xã", "xã đạt chuẩn xã văn hóa nông thôn mới", ">", 70, scope=PLAIN),
    R("hơn «65% phường", "phường, thị trấn đạt chuẩn văn minh đô thị", ">", 65, scope=PLAIN),
    R("văn minh đô thị; «100% thôn, tổ dân phố xây dựng hương ước, quy ước được UBND cấp huyện công nhận; hơn",
      "thôn, tổ dân phố xây dựng hương ước, quy ước được UBND cấp huyện công nhận", ">=", 100, scope=PLAIN),
    R("hơn «55% lượt", "lượt tộc họ được công nhận tộc văn hóa", ">", 55, scope=PLAIN),
    R("phấn đấu hơn «90% hộ", "hộ gia đình đạt chuẩn gia đình văn hóa", ">", 90, scope=HILLS),
    R("văn hóa; «88% thôn", "thôn, tổ dân phố đạt chuẩn văn hóa", ">=", 88, scope=HILLS),
    R("hơn «90% cơ quan", "cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa", ">", 90, scope=HILLS),
    R("; «80% xã, thị trấn", "khu vực miền núi, hải đảo, biên giới: có thiết chế văn hóa đạt chuẩn", ">=", 80,
      scope="xã, thị trấn"),
    R("thị trấn và «90% thôn, khối phố", "khu vực miền núi, hải đảo, biên giới: có thiết chế văn hóa đạt chuẩn",
      ">=", 90, scope="thôn, khối phố"),
    R("hơn «50% xã", "xã đạt chuẩn xã văn hóa nông thôn mới", ">", 50, scope=HILLS),
    R("hơn «50% thị trấn", "thị trấn đạt chuẩn văn minh đô thị", ">", 50, scope=HILLS),
    R("hơn 50% thị trấn đạt chuẩn văn minh đô thị; «100%",
      "thôn, tổ dân phố xây dựng hương ước, quy ước được UBND cấp huyện công nhận", ">=", 100, scope=HILLS),
])

# --------------------------------------------------------------------------
# 03 Hà Nội, the city's targets for cultural life 2022-2026 (qdnd.vn; cut: the image furniture
# "leftcenterrightdel", the photo caption " Đông Anh là một trong ... Ảnh: hanoimoi.com.vn" with the
# blank line after it, the byline "THÁI AN"). Targets "phấn đấu giai đoạn 2022-2026": year 2026 (the
# period's last year, as the earlier sets read a period), bare numbers `>=`, "86-88%" and "70-73%"
# `between` (the second "hằng năm", a yearly target within the period, year 2026 likewise). Pillar
# null. Ids null.
# --------------------------------------------------------------------------
D03 = dict(name="03_hanoi-thiet-che-van-hoa-the-thao-2022-2026", kind="target", year=2026, records=[
    R("có «80% người", "người dân được nâng cao mức hưởng thụ văn hóa", ">=", 80),
    R("; «100% quận", "quận, huyện, thị xã có thiết chế văn hóa, thể thao", ">=", 100),
    R("; «50% phường", "phường, thị trấn đạt chuẩn văn minh đô thị", ">=", 50),
    R("; «86-88% gia đình", "gia đình được công nhận danh hiệu gia đình văn hóa", "between", 86, value_max=88),
    R("; «75% tổ dân phố", "tổ dân phố được công nhận tổ dân phố văn hóa", ">=", 75),
    R("; «70-73% cơ quan", "cơ quan, đơn vị, doanh nghiệp được công nhận danh hiệu văn hóa hằng năm", "between",
      70, value_max=73),
])

# --------------------------------------------------------------------------
# 04 Lâm Đồng, the cultural houses of communes and villages (baolamdong.vn; cut: the byline
# "NGUYỄN NGHĨA"; the page's lead stands twice, both kept: no figure in it). Results (=) "toàn tỉnh
# hiện có": year null (the text gives no year of its figures; "năm 2015", "năm 2010" are the years
# of the changes it reports; the address's 2021 is not in the text). Counts and shares as in 01.
# NOT: "tăng 20,5% so với thời điểm năm 2015 và 42,7% so với thời điểm năm 2010" (changes against
# earlier values, spec). Not quantities: the denominators "/111", "/109", "/877", "/837". Pillar
# null. Ids null (the catalogue's cultural-house indicators count houses with wifi).
# --------------------------------------------------------------------------
D04 = dict(name="04_lamdong-nha-van-hoa-xa-thon", kind="result", year=None, records=[
    R("hiện có «109/111 xã", "xã có nhà văn hóa", "=", 109, **CNT),
    R("đạt tỷ lệ «98,2%", "xã có nhà văn hóa", "=", 98.2),
    R("có «101/109 xã", "xã có nhà văn hóa cơ bản đạt chuẩn theo quy định về diện tích quy hoạch, quy mô xây dựng",
      "=", 101, **CNT),
    R("; «100% nhà văn hóa xã", "nhà văn hóa xã được trang bị đầy đủ trang thiết bị hoạt động", "=", 100),
    R("; «837/877 thôn", "thôn có nhà văn hóa", "=", 837, **CNT),
    R("đạt tỷ lệ «95,43%", "thôn có nhà văn hóa", "=", 95.43),
    R("trong đó «692/837 thôn", "thôn có nhà văn hóa cơ bản đạt chuẩn theo quy định về diện tích quy hoạch", "=",
      692, **CNT),
], NOT=["tăng «20,5% so", "và «42,7% so"])

# --------------------------------------------------------------------------
# 05 Vĩnh Long, the sports sector's targets 2021-2025 with a view to 2030 (baovinhlong.com.vn; the
# byline date "Cập nhật, 08:22, Thứ Sáu, 26/02/2021 (GMT+7)" made the first line "date 2021-02-26"
# with the blank line after it cut; cut: the byline "KHÁNH DUY"). Years by sentence: "từ 33% năm
# 2020" and "đạt 28% năm 2020", "năm 2020 đạt 1.200 CLB" are results of 2020 (=; as an earlier
# set's "(từ 62,87% năm 2023 lên 98,94% năm 2024)": two records); "lên 38% năm 2025", "đến năm
# 2025 đạt 35,5%", "đến năm 2025 có 1.500 CLB" targets of 2025, "42% vào năm 2030", "năm 2030 có
# 2.000 CLB" targets of 2030 (bare numbers `>=`). The title's "Phấn đấu 42% dân số ..." restates
# the 2030 target: target, year 2030 (a judgement: the body gives the same figure that year).
# NOT: "(tăng bình quân 1,5%/năm)", "(tăng bình quân 8%/năm)": each stands beside a 2020 result
# and reads as the average change that led to it (a result's change, spec; a judgement: the page
# does not say it is the plan's rate). Not quantities: "2021- 2025", "năm 2030" (dates). Pillar
# null. Ids null.
# --------------------------------------------------------------------------
D05 = dict(name="05_vinhlong-the-duc-the-thao-2021-2025", kind="target", year=2025, records=[
    R("Phấn đấu «42% dân số", "dân số tập luyện thể dục thường xuyên", ">=", 42, year=2030),
    R("từ «33% năm 2020", "tỷ lệ dân số của tỉnh tham gia tập luyện TDTT thường xuyên", "=", 33, kind="result",
      year=2020),
    R("lên «38% năm 2025", "tỷ lệ dân số của tỉnh tham gia tập luyện TDTT thường xuyên", ">=", 38),
    R("và «42% vào năm 2030", "tỷ lệ dân số của tỉnh tham gia tập luyện TDTT thường xuyên", ">=", 42, year=2030),
    R("đạt «28% năm 2020", "số gia đình luyện tập thể thao", "=", 28, kind="result", year=2020),
    R("đạt «35,5%/tổng số hộ", "số gia đình luyện tập thể thao / tổng số hộ toàn tỉnh", ">=", 35.5),
    R("đạt «1.200 CLB", "số CLB thể thao", "=", 1200, **CNT, kind="result", year=2020),
    R("có «1.500 CLB", "số CLB thể thao", ">=", 1500, **CNT),
    R("có «2.000 CLB", "số CLB thể thao", ">=", 2000, **CNT, year=2030),
], NOT=["bình quân «1,5%/năm", "bình quân «8%/năm"])

# --------------------------------------------------------------------------
# 06 Bến Tre, the province's plan for sport in the new period (baodongkhoi.vn; cut: the photo caption
# "Ngành y tế tổ chức hội thao ... Ảnh: L. Đệ"; no byline kept, no stamp; the excerpt ends in "Bộ
# Chỉ hu"). Targets: "giai đoạn 2024 - 2025" year 2025, "giai đoạn 2026 - 2030" year 2030 (each
# period's last year). "tăng từ 49,1 - 50%", "tăng từ 47,32 - 47,8%": the levels to reach, `between`;
# "(tăng 27 CLB so với năm 2024)": a target stated as a change (spec: a quantity, `>=`); the
# yearly rises "tăng từ 1,5 - 2%", "tăng từ 0,5 - 1%", "tăng 25 - 30 câu lạc bộ/năm" (targets
# stated as changes, `between`), "từ 400 - 420 giải/năm" (`between`, count). "Tỷ lệ cán bộ, chiến
# sĩ Bộ Chỉ huy Quân sự, Bộ Chỉ huy Bộ đội Biên phòng đạt 100%" is a target like its neighbours
# (the whole list is "mục tiêu cụ thể"). Not quantities: "373-KH/TU", "4-6-2024", "70-KL/TW" (a
# document's number and date), "khóa XIII". Pillar null. Ids null.
# --------------------------------------------------------------------------
D06 = dict(name="06_bentre-the-duc-the-thao-giai-doan-moi-2024-2030", kind="target", year=2025, records=[
    R("tăng từ «49,1 - 50%", "Số người tập luyện TDTT thường xuyên", "between", 49.1, value_max=50),
    R("tăng từ «47,32 - 47,8%", "Số gia đình thể thao", "between", 47.32, value_max=47.8),
    R("có «1.510 câu lạc bộ", "câu lạc bộ (CLB) thể dục, thể thao cơ sở hoạt động hiệu quả", ">=", 1510, **CNT),
    R("(tăng «27 CLB", "CLB thể dục, thể thao cơ sở tăng so với năm 2024", ">=", 27, **CNT),
    R("các cấp «400 giải.", "tổ chức các giải thể thao các cấp", ">=", 400, **CNT),
    R("đạt «100% đối với", "Tỷ lệ học sinh, sinh viên thực hiện chương trình giáo dục thể chất chính khóa", ">=",
      100),
    R("thể lực «99%.", "Tỷ lệ cán bộ, chiến sĩ Công an đạt tiêu chuẩn rèn luyện thể lực", ">=", 99),
    R("Biên phòng đạt «100%.", "Tỷ lệ cán bộ, chiến sĩ Bộ Chỉ huy Quân sự, Bộ Chỉ huy Bộ đội Biên phòng đạt "
      "tiêu chuẩn rèn luyện thể lực", ">=", 100),
    R("tăng từ «1,5 - 2%", "tỷ lệ người tập luyện TDTT thường xuyên tăng hàng năm", "between", 1.5, value_max=2,
      year=2030),
    R("tăng từ «0,5 - 1%", "Gia đình thể thao tăng hàng năm", "between", 0.5, value_max=1, year=2030),
    R("tăng «25 - 30 câu lạc bộ/năm", "Số CLB TDTT tăng câu lạc bộ/năm", "between", 25, value_max=30, **CNT, year=2030),
    R("từ «400 - 420 giải/năm", "tổ chức các giải thể thao các cấp, giải/năm", "between", 400, value_max=420,
      **CNT, year=2030),
    R("ở mức trên «99,25%", "tỷ lệ cán bộ, chiến sĩ Công an đạt tiêu chuẩn rèn luyện thể lực", ">", 99.25,
      year=2030),
])

# --------------------------------------------------------------------------
# 07 Hải Dương, the heritage sites the Youth Union has digitised (lite.baomoi.com; nothing cut; no
# byline, no stamp). Results (=), year null: "Từ năm 2022 đến nay" dates the start of the work, not
# the figures (the text names no year of measurement; as set193's 07). "170 di tích" three times
# (title, lead, body): three records, as the earlier sets record restated values. "Trong đó có 4 di
# tích được xếp hạng di tích quốc gia đặc biệt": the digitised special sites, a count of its own;
# the last line's "hiện có 4 di tích ... gồm: ..., 142 di tích quốc gia và 280 di tích cấp tỉnh":
# three counts of the province's ranked sites (each its own subject). "166 đội hình ... với hơn
# 1.500 thành viên": two counts (teams and their members, as the earlier sets count a team's
# members). Pillar null (no heading; "ứng dụng công nghệ số" is the text's wording, not a heading).
# Ids: SITES for the three 170s (the catalogue's digitised sites, QR-coded ones included); null for
# the rest.
# --------------------------------------------------------------------------
D07 = dict(name="07_haiduong-di-tich-so-hoa-thong-tin", kind="result", year=None, records=[
    R("Hải Dương có «170 di tích", "di tích được số hóa thông tin", "=", 170, **CNT, iid=SITES),
    R("hiện có «170 di tích", "di tích đã được các cấp bộ Đoàn số hóa thông tin", "=", 170, **CNT, iid=SITES),
    R("thông tin «170 di tích.", "di tích các cấp bộ Đoàn trong tỉnh đã phối hợp thực hiện số hóa thông tin", "=",
      170, **CNT, iid=SITES),
    R("Trong đó có «4 di tích", "di tích được số hóa thông tin được xếp hạng di tích quốc gia đặc biệt", "=", 4,
      **CNT),
    R("được «166 đội hình", "đội hình thanh niên tình nguyện giới thiệu di tích lịch sử văn hóa", "=", 166, **CNT),
    R("với hơn «1.500 thành viên", "thành viên đội hình thanh niên tình nguyện giới thiệu di tích", ">", 1500,
      **CNT),
    R("Hải Dương hiện có «4 di tích", "di tích được xếp hạng di tích quốc gia đặc biệt", "=", 4, **CNT),
    R("«142 di tích quốc gia", "di tích quốc gia", "=", 142, **CNT),
    R("«280 di tích cấp tỉnh", "di tích cấp tỉnh", "=", 280, **CNT),
])

# --------------------------------------------------------------------------
# 08 Thái Nguyên, the provincial library's work in 2023 (baomoi.net.vn, from baothainguyen.vn; cut:
# the source line "Nguồn Thái Nguyên: https://baothainguyen.vn/..."). Results of "trong năm 2023",
# year 2023; "gần" `~`, "hơn" `>`. The title's "Luân chuyển gần 76.000 lượt sách" restates the
# body's figure: a record of its own. "trị giá 250 triệu đồng": money, unit other "đồng" (spec).
# Not quantities: "thu hút hơn 20.000 lượt học sinh, sinh viên tham gia" (those who took part in the
# programme's events: participants of an event, spec), "của 5 xã thuộc các huyện Phú Bình, ..." (the
# lead count of a list of names, the same five communes as the five libraries: set193's decision).
# "tại 26 trường học" is kept: the schools the programme reached (a count of its own, as an earlier
# set's "tại 8 buôn"). Pillar null. Ids null.
# --------------------------------------------------------------------------
D08 = dict(name="08_thainguyen-thu-vien-tinh-luan-chuyen-sach-2023", kind="result", year=2023, records=[
    R("Luân chuyển gần «76.000 lượt sách\n", "lượt sách luân chuyển", "~", 76000, **CNT),
    R("luân chuyển gần «76.000 lượt sách,", "lượt sách, báo, tạp chí Thư viện tỉnh luân chuyển đến các thư viện "
      "trực thuộc", "~", 76000, **CNT),
    R("cấp mới gần «800 thẻ", "thẻ bạn đọc thư viện cấp mới", "~", 800, **CNT),
    R("phục vụ gần «41.500 lượt", "lượt bạn đọc Thư viện tỉnh phục vụ", "~", 41500, **CNT),
    R("tiếp đón hơn «1.200 lượt", "lượt bạn đọc đến tìm hiểu, học tập, tra cứu thông tin tại phòng Internet",
      ">", 1200, **CNT),
    R("thu hút hơn «89.000 lượt", "lượt người truy cập Website của Thư viện", ">", 89000, **CNT),
    R("tại «26 trường học", "trường học Thư viện tuyên truyền văn hóa đọc", "=", 26, **CNT),
    R("xây dựng «5 thư viện", "thư viện cấp xã hoàn thành hỗ trợ xây dựng", "=", 5, **CNT),
    R("tặng «278 đầu sách", "đầu sách tặng", "=", 278, **CNT),
    R("với «2.780 bản sách", "bản sách tặng", "=", 2780, **CNT),
    R("trị giá «250 triệu", "trị giá sách tặng thư viện cấp xã", "=", 250e6, **VND),
    R("nghiệp vụ «3.451 bản", "bản sách xử lý nghiệp vụ", "=", 3451, **CNT),
])

# --------------------------------------------------------------------------
# 09 Phú Yên, Phú Hòa district: the review of 2022 and the tasks of 2023 (nongthon.vn; cut: "Logo",
# "A- A A+ | Tăng tương phản Giảm tương phản" with the blank line after it, the rating lines "Tổng
# số điểm của bài viết là: 0 trong 0 đánh giá", "Click để đánh giá bài viết" and the blank and
# space-only lines before them). Targets of "Năm nay" = 2023 (the meeting "triển khai nhiệm vụ năm
# 2023"): kind target, year 2023; "trên", "hơn" `>`, "từ 37 ... trở lên" `>=`, bare "100%" `>=`.
# The title's "Phấn đấu giữ vững tỉ lệ trên 96%" restates the body's target: a record of its own.
# Results "Năm 2022" (=), year 2022: counts and shares as in 01. Not quantities: "4 tập thể và 2
# cá nhân" (the ceremony's awardees, as 01), the denominators "/39", "/8". Pillar null. Ids null.
# --------------------------------------------------------------------------
D09 = dict(name="09_phuyen-phuhoa-gia-dinh-van-hoa-2022-2023", kind="target", year=2023, records=[
    R("tỉ lệ trên «96% gia đình văn hóa\n", "gia đình văn hóa", ">", 96),
    R("tỉ lệ trên «96% gia đình văn hóa;", "gia đình văn hóa", ">", 96),
    R("từ «37 thôn", "thôn, buôn, khu phố đạt chuẩn văn hóa", ">=", 37, **CNT),
    R("và trên «97% cơ quan", "cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa", ">", 97),
    R("hơn «60% số người", "số người dân tham gia các hoạt động văn hóa, thể thao thường xuyên ở cơ sở", ">", 60),
    R("; «100% xã, thị trấn", "xã, thị trấn có điểm vui chơi cho trẻ em", ">=", 100),
    R("có «29.396 gia đình", "gia đình đạt danh hiệu gia đình văn hóa", "=", 29396, **CNT, kind="result",
      year=2022),
    R("tỉ lệ «97,3%", "gia đình đạt danh hiệu gia đình văn hóa", "=", 97.3, kind="result", year=2022),
    R("; «39/39 thôn", "thôn, buôn, khu phố được công nhận văn hóa", "=", 39, **CNT, kind="result", year=2022),
    R("; «8/8 xã", "xã đạt chuẩn văn hóa nông thôn mới", "=", 8, **CNT, kind="result", year=2022),
    R("; «77 cơ quan", "cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa", "=", 77, **CNT, kind="result",
      year=2022),
    R("tỉ lệ «100%.", "cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa", "=", 100, kind="result", year=2022),
])

# --------------------------------------------------------------------------
# 10 Thái Bình, Hưng Hà district: the review of 2021 and the aims of 2022 (baothaibinh.com.vn; the
# byline date "Chủ nhật, 23/01/2022 | 20:52:57" made the first line "date 2022-01-23"; cut: the
# page clock "Chủ nhật, 24/11/2024, 06:54[GMT+7]" with the blank line after it, the counter "7,979
# lượt xem", the photo caption "Các đồng chí lãnh đạo UBND huyện Hưng Hà tặng giấy khen ... năm
# 2021." with the blank line after it; the excerpt ends in "trên 60% dò"). Results "Năm 2021" (=),
# year 2021: the title's "Có 91,7% gia đình" (a record of its own) and the body's shares and
# counts; "53 giải thế thao", "38 câu lạc bộ", "9 nhà văn hóa", "8 nhà văn hóa" (counts, each its
# own subject); "tổng kinh phí trên 10 tỷ đồng" (money, `>`, unit other "đồng"). Targets "Năm
# 2022 ... phấn đấu có trên 91% gia đình ..., trên 60% dò": kind target, year 2022, `>`; the last
# one's subject cut to "dò" by the excerpt (still a quantity, as an earlier set's truncated "có ít
# nhất 30% ch"). Not quantities: "23/1" (a date), the denominators "/251", "/118". Pillar null. Ids
# null.
# --------------------------------------------------------------------------
D10 = dict(name="10_thaibinh-hungha-doi-song-van-hoa-2021-2022", kind="result", year=2021, records=[
    R("Hưng Hà: Có «91,7%", "gia đình đạt danh hiệu gia đình văn hóa", "=", 91.7),
    R("toàn huyện đạt «91,7%", "Tỷ lệ gia đình văn hóa toàn huyện", "=", 91.7),
    R("văn hóa đạt «59,4%", "tỷ lệ dòng họ văn hóa", "=", 59.4),
    R("có «231/251 thôn", "thôn, tổ dân phố được UBND huyện công nhận danh hiệu thôn văn hóa, tổ dân phố văn hóa",
      "=", 231, **CNT),
    R("văn hóa, «21 xã", "xã đạt chuẩn văn hóa nông thôn mới", "=", 21, **CNT),
    R("có «50/118 cơ quan", "cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa", "=", 50, **CNT),
    R("được «53 giải", "giải thể thao các xã, thị trấn tổ chức được", "=", 53, **CNT),
    R("mới «38 câu lạc bộ", "câu lạc bộ thể thao thành lập mới", "=", 38, **CNT),
    R("có «9 nhà văn hóa", "nhà văn hóa được xây dựng mới", "=", 9, **CNT),
    R("«8 nhà văn hóa", "nhà văn hóa được tu sửa, nâng cấp", "=", 8, **CNT),
    R("phí trên «10 tỷ", "tổng kinh phí xây dựng, tu sửa nhà văn hóa", ">", 10e9, **VND),
    R("thường xuyên đạt «37,2%", "tỷ lệ người tham gia tập luyện thể dục, thể thao thường xuyên", "=", 37.2),
    R("có trên «91% gia đình", "gia đình đạt danh hiệu gia đình văn hóa", ">", 91, **T, year=2022),
    R("trên «60% dò", "dò", ">", 60, **T, year=2022),
])

# --------------------------------------------------------------------------
# 11 Phú Thọ, the movement's results of 2025 (baophutho.vn; stamp " date 2025-12-26" made the first
# line; cut: two photo captions without figures, "Ngôi nhà sàn truyền thống ... của dân tộc" and
# "Các CLB thể thao duy trì ... cho người dân", each with the blank line after it; the excerpt ends
# in "thường xuyê"). Results "năm 2025" (=), year 2025; the title's "Trên 99% thôn, bản, tổ dân
# phố, khu dân cư có Nhà văn hóa" restates the 99,2%: a record of its own, `>`. Pillar null. Ids
# null.
# --------------------------------------------------------------------------
D11 = dict(name="11_phutho-nha-van-hoa-gia-dinh-van-hoa-2025", kind="result", year=2025, records=[
    R("Trên «99% thôn", "thôn, bản, tổ dân phố, khu dân cư có Nhà văn hóa", ">", 99),
    R("có «88,2% gia đình", "gia đình đạt danh hiệu Gia đình văn hóa", "=", 88.2),
    R("; «75% thôn", "thôn, tổ dân phố đạt danh hiệu Thôn, tổ dân phố văn hóa", "=", 75),
    R("; «99,2% thôn", "thôn, làng, bản, tổ dân phố, khu dân cư có Nhà văn hóa", "=", 99.2),
])

# --------------------------------------------------------------------------
# 12 Bà Rịa - Vũng Tàu, the province's plan for the movement in 2023 (baobariavungtau.com.vn; the
# byline date "Thứ Hai, 12/09/2022, 18:10 [GMT+7]" made the first line "date 2022-09-12"; cut: "In
# bài này", the lone "." and the blank line after it, the byline "HUYỀN TRANG" with the blank line
# after it, the closing ";" and "."). Targets "trong năm 2023, tỉnh phấn đấu": kind target, year
# 2023, bare numbers `>=`. The title's "Phấn đấu 82,94% cơ quan, ..." restates the last target: a
# record of its own. Not quantities: "2744/QĐ-UBND", "7/9/2022". Pillar null. Ids null.
# --------------------------------------------------------------------------
D12 = dict(name="12_bariavungtau-ke-hoach-doi-song-van-hoa-2023", kind="target", year=2023, records=[
    R("Phấn đấu «82,94%", "cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa", ">=", 82.94),
    R("«93,3% gia đình", "gia đình được công nhận và giữ vững danh hiệu Gia đình văn hóa", ">=", 93.3),
    R("«98,18 % thôn", "thôn, ấp, khu phố và tương đương được công nhận và giữ vững danh hiệu Thôn văn hóa, Ấp "
      "văn hóa, Khu phố văn hóa", ">=", 98.18),
    R("«91,11% xã", "xã đạt chuẩn văn hóa nông thôn mới", ">=", 91.11),
    R("«94,28% phường", "phường, thị trấn đạt đô thị văn minh", ">=", 94.28),
    R("«39,20% người", "người tập luyện thể dục thể thao thường xuyên", ">=", 39.2),
    R("; «82,94% cơ quan", "cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa", ">=", 82.94),
])

# --------------------------------------------------------------------------
# 13 Tuyên Quang, plan 70/KH-UBND (2022) implementing the culture strategy to 2030
# (thuvienphapluat.vn; cut: the search box "Từ khoá: Số Hiệu, ...", "Đăng nhập", "Đang tải văn
# bản..." with the blank lines after them; the excerpt ends before any target, in "của toàn"). A
# precision text, no record: "70/KH-UBND", "1090/QĐ-TTg", "384-KL/TU", "1909/QĐ-TTg" (document
# numbers), "27/04/2022", "27 tháng 4 năm 2022", "12/11/2021", "07/3/2022" (dates), "đến 2030",
# "năm 2030", "2020 - 2025" (dates and a term), "kỳ họp thứ 19" (an ordinal), "I.", "1." (list
# labels).
# --------------------------------------------------------------------------
D13 = dict(name="13_tuyenquang-ke-hoach-chien-luoc-van-hoa-2030-precision", kind="target", year=2030,
           records=[])

# --------------------------------------------------------------------------
# 14 Gia Lai, Ya Hội commune's sports congress (baogialai.com.vn; stamp " date 2026-01-31" made the
# first line; nothing cut). A precision text, no record: "12 đoàn thể thao", "hơn 200 vận động
# viên", "7 môn" (the congress's teams, athletes and events: participants of an event, spec's
# "với sự tham dự của hơn 50 cơ quan báo chí").
# --------------------------------------------------------------------------
D14 = dict(name="14_gialai-yahoi-dai-hoi-the-duc-the-thao-2026-precision", kind="result", year=2026,
           records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
