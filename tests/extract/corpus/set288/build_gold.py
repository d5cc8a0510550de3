#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set288).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (goldkit.clause_span).

Each document may also list NOT: locators of percentages deliberately left without a record (here
the shares of a roof blown off that name a class of house, part of the subject); check_gold.py
verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null. The catalogue (muctieu/catalog/data/indicators.yaml) has no
indicator of disaster damage, relief, resettlement or the economy's growth, so every id is null
(see README, "Catalogue labels").

The theme is storms, floods and landslides: damage reports (people, houses, crops, livestock,
money), relief allocated, houses rebuilt, and a few recovery targets. Amounts in a unit other than
a count or a share are written with `amt(...)` (unit other, the unit as written).

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


def amt(unit_text):
    """An amount in a unit other than a count or a share (spec: unit other, unit_text as written)."""
    return dict(unit="other", unit_text=unit_text)


DONG, HA, TAN, MET, M2 = amt("đồng"), amt("ha"), amt("tấn"), amt("m"), amt("m2")
PER_HOUSE, PER_HH = amt("đồng/nhà"), amt("đồng/hộ")
# a count reported as reached (the shorthand most records of this set share)
C = functools.partial(R, op="=", unit="count")

# --------------------------------------------------------------------------
# 01 Hà Tĩnh, the provincial relief committee allocating 8,51 billion đồng to households whose
# houses storm no. 5 (Kajiki) brought down or unroofed, with the storm's damage, August 2025
# (kienthuc.net.vn; the stamp " date 2025-08-28" written as the first line; cut: the caption "Bão số
# 5 đã gây thiệt hại nặng nề cho người dân Hà Tĩnh." with the blank line after it; the excerpt ends
# in "thuỷ s"). Year 2025. Kind result: the allocation is a decision taken ("vừa quyết định trích",
# "vừa trích"), reported as done, with its three parts (money, households, the rate per house:
# money per house as written, "đồng/nhà", as earlier sets' "đồng/thiết bị/hộ"), and the damage of
# the storm (counts, areas in "ha", the fishery's "tấn"). "hơn 8,5 tỷ đồng" (>) and "8,51 tỷ đồng"
# (=) state the same allocation twice (lead and body): two records, as earlier sets' restatements.
# "khoảng 21.000ha lúa hè thu, 1.600ha hoa màu": `~` for the first, `=` for the second (the bound
# word stands before the first number only; a judgement). NOT: "trên 70%", "trên 50% dưới 70%" (how
# much of a roof is gone: the class of house the households belong to, part of the subject, as set
# 193's "hạng 2"). Not quantities: "số 5" (a name), "28/8" (a date). Ids null.
# --------------------------------------------------------------------------
D01 = dict(name="01_hatinh-bao-so-5-ho-tro-thiet-hai-2025", kind="result", year=2025, records=[
    R("trích hơn «8,5 tỷ", "số tiền Ban Vận động cứu trợ tỉnh trích để hỗ trợ các hộ gia đình bị ảnh hưởng của "
      "cơn bão số 5", ">", 8.5e9, **DONG),
    R("số tiền «8,51 tỷ", "số tiền trích từ nguồn Quỹ Cứu trợ tỉnh để hỗ trợ các gia đình hộ nghèo, cận nghèo, hộ "
      "có hoàn cảnh khó khăn có nhà đổ sập, tốc mái", "=", 8.51e9, **DONG),
    R("trích «1,12 tỷ", "số tiền trích hỗ trợ hộ có nhà đổ sập hoàn toàn", "=", 1.12e9, **DONG),
    C("hỗ trợ «16 hộ", "hộ có nhà đổ sập hoàn toàn được hỗ trợ", value=16),
    R("hỗ trợ «70 triệu", "mức hỗ trợ hộ có nhà đổ sập hoàn toàn", "=", 70e6, **PER_HOUSE),
    R("trích «3,78 tỷ", "số tiền trích hỗ trợ hộ có nhà bị tốc mái", "=", 3.78e9, **DONG),
    C("hỗ trợ «252 hộ", "hộ có nhà bị tốc mái được hỗ trợ", value=252),
    R("hỗ trợ «15 triệu", "mức hỗ trợ hộ có nhà bị tốc mái", "=", 15e6, **PER_HOUSE),
    R("trích «3,61 tỷ", "số tiền trích hỗ trợ hộ có nhà bị tốc mái", "=", 3.61e9, **DONG),
    C("hỗ trợ «361 hộ", "hộ có nhà bị tốc mái được hỗ trợ", value=361),
    R("hỗ trợ «10 triệu", "mức hỗ trợ hộ có nhà bị tốc mái", "=", 10e6, **PER_HOUSE),
    C("khiến «1 người chết", "người chết do bão số 5", value=1),
    C("chết, «5 người", "người bị thương do bão số 5", value=5),
    C("thương; «7 nhà", "nhà bị sập đổ do bão số 5", value=7),
    C("đổ, «1.200 nhà", "nhà bị ngập sâu do bão số 5", value=1200),
    C("sâu, «6.300 nhà", "nhà bị tốc mái do bão số 5", value=6300),
    C("mái; «47 trường", "trường học bị hư hỏng do bão số 5", value=47),
    C("học, «5 cơ sở", "cơ sở y tế bị hư hỏng do bão số 5", value=5),
    C("tế, «7 công trình", "công trình văn hoá bị hư hỏng do bão số 5", value=7),
    R("khoảng «21.000ha", "lúa hè thu bị ngập, đổ do bão số 5", "~", 21000, **HA),
    R("thu, «1.600ha", "hoa màu bị ngập, đổ do bão số 5", "=", 1600, **HA),
    R("đổ, «4.000 tấn", "thuỷ s do bão số 5", "=", 4000, **TAN),
], NOT=["mái trên «70%, mức", "trên «50% dưới", "dưới «70%, mức"])
# (the two unroofed groups' records share their wording: the share of a roof that tells them apart
# is part of the subject and holds a percentage, which the checker keeps out of an indicator)

# --------------------------------------------------------------------------
# 02 Hà Tĩnh, the provincial relief fund allocating a further 58,582 billion đồng for the damage of
# the 2025 disasters, January 2026 (hatinh24h.com.vn; the stamp " date 2026-01-31" written as the
# first line; nothing cut: the line "Nhiều hộ gia đình bị ảnh hưởng nặng nề do thiên tai gây ra trong
# năm 2025" may be a caption but names the year of the damage, kept). Year 2026 (the stamp: the
# allocation is the page's news; the 2025 of the first line is the year of the damage, not of the
# allocation; a judgement). Results: the total, the two parts (money, households, the rate per
# household "đồng/hộ"). Not quantities: "năm 2025", "từ đầu năm 2025", "10/2/2026" (dates). Ids null.
# --------------------------------------------------------------------------
D02 = dict(name="02_hatinh-quy-cuu-tro-phan-bo-thien-tai-2026", kind="result", year=2026, records=[
    R("số tiền «58,582 tỷ", "số tiền trích Quỹ Cứu trợ tỉnh hỗ trợ Nhân dân khắc phục thiệt hại do thiên tai", "=",
      58.582e9, **DONG),
    R("phân bổ «58,062 tỷ", "số tiền phân bổ hỗ trợ hộ gia đình có nhà ở bị thiệt hại do thiên tai, bão lũ, ngập "
      "lụt, tài sản và thiết bị bị trôi, hư hỏng", "=", 58.062e9, **DONG),
    C("hỗ trợ «19.354 hộ", "hộ gia đình có nhà ở bị thiệt hại do thiên tai, bão lũ, ngập lụt được hỗ trợ",
      value=19354),
    R("với «3 triệu", "mức hỗ trợ hộ gia đình có nhà ở bị thiệt hại do thiên tai", "=", 3e6, **PER_HH),
    R("bổ «520 triệu", "số tiền phân bổ hỗ trợ hộ gia đình có nhà bị sập đổ, cuốn trôi do thiên tai", "=", 520e6,
      **DONG),
    C("cho «52 hộ", "hộ gia đình có nhà bị sập đổ, cuốn trôi do thiên tai được hỗ trợ", value=52),
    R("với «10 triệu", "mức hỗ trợ hộ gia đình có nhà bị sập đổ, cuốn trôi do thiên tai", "=", 10e6, **PER_HH),
])

# --------------------------------------------------------------------------
# 03 Cao Bằng, the damage of the rains after typhoon Yagi (storm no. 3), 7-9 September 2024
# (vietnamnet.vn; the stamp " date 2024-09" written as the first line; cut: the caption "Mưa lớn gây
# ngập lụt nhiều địa phương tại Cao Bằng. Ảnh: A. Cương" with the blank line after it; the excerpt
# ends in "VietNamNet bi"). Year 2024. Results (counts, =; the area in "ha"): the dead, the missing
# and their split by hamlet ("11 người tại xóm Lũng Súng, xã Yên Lạc; 9 người tại xóm Lũng Lỳ, xã
# Ca Thành": each a record with the commune as place; scope null, a split by place is no level or
# population group, as set232's regions), the houses damaged with the bracket's parts ("trong đó, 12
# nhà ... 11 nhà ...": spec, a bracket that states a value), the flooded houses and their split by
# town and district (places), the unroofed houses, the farm land. Not quantities: "7/9", "9/9"
# (dates), "4 tuổi" (the victim's age), "số 3" (a name). Ids null.
# --------------------------------------------------------------------------
D03 = dict(name="03_caobang-bao-yagi-thiet-hai-2024", kind="result", year=2024, records=[
    C("có «1 người tử vong", "người tử vong do sạt lở đất", value=1),
    C("; «20 người mất tích", "người mất tích", value=20),
    C("đó: «11 người", "người mất tích tại xóm Lũng Súng, xã Yên Lạc", value=11, place="Yên Lạc"),
    C("Lạc; «9 người", "người mất tích tại xóm Lũng Lỳ, xã Ca Thành", value=9, place="Ca Thành"),
    C("khiến «391 ngôi nhà", "ngôi nhà bị thiệt hại do mưa lũ", value=391),
    C("đó, «12 nhà", "nhà bị sập đổ hoàn toàn", value=12),
    C("toàn, «11 nhà", "nhà bị ảnh hưởng do sạt lở đất", value=11),
    C("; «326 bị ngập", "nhà bị ngập nước", value=326),
    C("(«308 nhà", "nhà bị ngập nước tại thành phố Cao Bằng", value=308, place="thành phố Cao Bằng"),
    C("; «13 nhà", "nhà bị ngập nước tại huyện Nguyên Bình", value=13, place="Nguyên Bình"),
    C("; «5 nhà", "nhà bị ngập nước tại huyện Bảo Lạc", value=5, place="Bảo Lạc"),
    C("; «42 nhà", "nhà bị tốc mái", value=42),
    R("có «93,75ha", "đất nông nghiệp bị thiệt hại, ảnh hưởng", "=", 93.75, **HA),
])

# --------------------------------------------------------------------------
# 04 Cao Bằng, the floods after storm no. 11 (Matmo), October 2025 (dantri.com.vn; the stamp " date
# 2025-10-08" written as the first line; cut: the caption "Nhiều tuyến phố ở Cao Bằng ngập sâu (Ảnh:
# Báo Cao Bằng)." with the blank line after it; the excerpt ends in "giảm hoặc "). Year 2025. Results:
# the dead and injured, the houses (">" for "hơn 7.000"; the parts "trong đó 208 ... 8 ..."), the
# flooded hamlets, the crops ("khoảng 5.000ha", `~`), the roads ("hơn 100 tuyến", `>`), the landslide
# and flood points, the bridges. Not quantities: the earthquake's "độ lớn 3,4 richter" and "rủi ro
# thiên tai cấp 0" (the size of a hazard and its risk level, as this set reads rainfall and water
# levels: no value reached by anything the province does or suffers; a judgement), "số 11" (a
# name), "7/10" (a date). Ids null.
# --------------------------------------------------------------------------
D04 = dict(name="04_caobang-bao-matmo-mua-lu-2025", kind="result", year=2025, records=[
    C("làm «1 người chết", "người chết do mưa lũ", value=1),
    C("chết, «2 người", "người bị thương do mưa lũ", value=2),
    C("có hơn «7.000 nhà", "nhà bị ảnh hưởng do mưa lũ", op=">", value=7000),
    C("đó «208 nhà", "nhà bị sạt lở đất", value=208),
    C("đất, «8 nhà", "nhà hư hỏng nặng", value=8),
    C("nặng, «21 xóm", "xóm bị ngập sâu", value=21),
    R("khoảng «5.000ha", "lúa và hoa màu bị ngập úng", "~", 5000, **HA),
    C("trên hơn «100 tuyến", "tuyến giao thông nông thôn bị sạt lở, ngập úng", op=">", value=100),
    C("thôn, «74 điểm", "điểm sạt lở trên các tuyến quốc lộ, tỉnh lộ", value=74),
    C("và «17 điểm", "điểm ngập sâu trên các tuyến quốc lộ, tỉnh lộ", value=17),
    C("có «5 cầu", "cầu bị hư hỏng", value=5),
    C("và «9 cầu", "cầu khác bị ngập nước", value=9),
])

# --------------------------------------------------------------------------
# 05 Thái Nguyên, the first damage report of storm no. 3 (Yagi) and its floods (kinhtenongthon.vn;
# cut: the caption "Lực lượng chức năng xã Vạn Phái (TP. Phổ Yên) hỗ trợ người dân lợp lại mái nhà.
# Ảnh Baothainguuyen"; no stamp, no byline; the excerpt ends in "chung tay với"). Year null: the
# text names no year ("7h ngày 12/9" has none; the address names none), spec. Results: the property
# damage "ước tính là 608,166 tỷ đồng" (`=`, as the spec's "ước đạt"), the dead, the households
# evacuated, the schools, crops and fish ponds ("ha"), the livestock (a count of animals), the
# telecom and power damage ("3.300m dây": unit "m"), the road landslides, and "hơn 7.000 cán bộ,
# chiến sĩ và Dân quân tự vệ được huy động" (>, the force mobilised: a value reached, as set232's
# "trên 20.000 người tham gia" of training, not an event's guests). Not quantities: "7h", "12/9"
# (time, date), "số 3" (a name). Ids null.
# --------------------------------------------------------------------------
D05 = dict(name="05_thainguyen-bao-so-3-thiet-hai-2024", kind="result", year=None, records=[
    R("là «608,166 tỷ", "thiệt hại sơ bộ về tài sản", "=", 608.166e9, **DONG),
    C("đồng, «2 người", "người chết", value=2),
    C("làm «25.821 hộ", "hộ phải di dời khẩn cấp", value=25821),
    C("cấp, «61 điểm", "điểm trường bị ảnh hưởng", value=61),
    R("hại «9.978 ha", "lúa và hoa màu bị hư hại", "=", 9978, **HA),
    C("chết «292.696 con", "con gia súc, gia cầm bị chết", value=292696),
    R("ngập «795 ha", "nuôi cá bị ngập", "=", 795, **HA),
    C("đổ «7 cột", "cột treo cáp bị gãy đổ", value=7),
    R("đứt «3.300m", "dây bị đứt", "=", 3300, **MET),
    C("hỏng «4 trạm", "trạm biến áp bị hư hỏng", value=4),
    C("đổ «113 cột", "cột điện bị đổ", value=113),
    C("khiến «138 điểm", "điểm sạt lở về giao thông", value=138),
    C("hơn «7.000 cán bộ", "cán bộ, chiến sĩ và Dân quân tự vệ được huy động để hỗ trợ người dân ứng phó", op=">",
      value=7000),
])

# --------------------------------------------------------------------------
# 06 Thừa Thiên Huế, the October 2020 floods: the dead, the injured, the flooded houses by district,
# the evacuated, and the hydropower plants' flows (hatinh24h.com.vn; the stamp " date 2020-10"
# written as the first line; nothing cut: the title and the photo caption "Công an huyện Phong Điền
# vượt lũ cứu trợ người dân" run inside one line of the page). Year 2020. Results: the title's "2
# người chết, hơn 53.000 nhà bị ngập" and the body's restatements ("2 người ... bị chết, 6 người bị
# thương và trên 53.000 ngôi nhà", then "đã có 2 người chết", "6 người bị thương do lũ"): each
# statement a record, as earlier sets' headlines and restatements; "53.385 nhà bị ngập lụt", the
# three districts' houses (places), "1 nhà bị sập", "7 nhà ở huyện A Lưới bị hư hỏng" (place), the
# evacuated "3.727 hô" (the page's "hô" for "hộ") "với 10.495 nhân khẩu". Not quantities: "từ 0,2 –
# 1,2m" (the depth of the water, the size of the flood), the plants' flows "1859 m3/s", "1.692
# m3/s", "1.564 m3/s", "1.917 m3/s", "1.215 m3/s" and the rivers' levels "1,08m", "0,60m" above the
# alarm levels (measures of the hazard, not values reached; a judgement, as 04's earthquake), "báo
# động II", "báo động III" (names of levels), "SN 1989", "SN 1995" (years of birth), "10-10" (a date).
# Ids null.
# --------------------------------------------------------------------------
D06 = dict(name="06_thuathienhue-lu-nha-ngap-2020", kind="result", year=2020, records=[
    C("Huế: «2 người chết", "người chết do mưa lũ", value=2),
    C("chết, hơn «53.000 nhà", "nhà bị ngập do mưa lũ", op=">", value=53000),
    C("cho «2 người", "người ở Thừa Thiên - Huế bị chết", value=2),
    C("chết, «6 người bị thương và", "người bị thương", value=6),
    C("trên «53.000 ngôi nhà", "ngôi nhà bị ngập sâu", op=">", value=53000),
    C("có «2 người chết. Nạn", "người chết", value=2),
    C("có «6 người bị thương do", "người bị thương do lũ", value=6),
    C("có «53.385 nhà", "nhà bị ngập lụt toàn tỉnh", value=53385),
    C("với «16.228 nhà", "nhà bị ngập lụt tại huyện Quảng Điền", value=16228, place="Quảng Điền"),
    C("Trà «11.279 nhà", "nhà bị ngập lụt tại thị xã Hương Trà", value=11279, place="Hương Trà"),
    C("là «8.736 nhà", "nhà bị ngập lụt tại Phong Điền", value=8736, place="Phong Điền"),
    C("có «1 nhà", "nhà bị sập", value=1),
    C("sập, «7 nhà", "nhà ở huyện A Lưới bị hư hỏng", value=7, place="A Lưới"),
    C("tán «3.727 hô", "hô sơ tán đến nơi an toàn", value=3727),
    C("với «10.495 nhân khẩu", "nhân khẩu sơ tán đến nơi an toàn", value=10495),
])

# --------------------------------------------------------------------------
# 07 The central provinces' "Chiến dịch Quang Trung" rebuilding and repairing the houses the late
# 2025 storms and floods destroyed, the Prime Minister's meeting of January 2026 (vietnamnet.vn; the
# stamp " date 2026-01-09" written as the first line; cut: the caption "Bàn giao nhà cho người dân.
# Ảnh: Sanh Lê" with the blank line after it; the excerpt ends in "thiết yếu "). Year 2026 (the
# report "đến ngày 7/1" of the stamp's year). Results: "34.759 nhà bị hư hỏng đã hoàn thành việc sửa
# chữa, đạt 100%" (a count and the share of the damaged houses repaired: the whole stock of damaged
# houses is the denominator, spec's "so với tổng số", not a quota; a judgement), "xây dựng lại 1.046
# nhà trong tổng số 1.597 nhà bị sập, đổ, lũ cuốn trôi, đạt 65,5%" (three records: the houses
# rebuilt, the houses destroyed, a damage figure reported, not the size of a network as set-earlier
# "trong tổng số 51 bệnh viện"; and the share), "đang tiếp tục tập trung xây dựng 551 nhà còn lại"
# (the houses under construction, =). The target "phấn đấu hoàn thành trước ngày 15/1" has no number.
# Not quantities: "7/1", "15/1" (dates), "8 tỉnh, thành phố" (the provinces praised: who, not a
# value reached). Ids null.
# --------------------------------------------------------------------------
D07 = dict(name="07_mientrung-chien-dich-quang-trung-2026", kind="result", year=2026, records=[
    C("có «34.759 nhà", "nhà bị hư hỏng đã hoàn thành việc sửa chữa", value=34759),
    R("chữa, đạt «100%", "nhà bị hư hỏng đã hoàn thành việc sửa chữa", "=", 100),
    C("lại «1.046 nhà", "nhà bị sập, đổ, lũ cuốn trôi hoàn thành việc xây dựng lại", value=1046),
    C("số «1.597 nhà", "nhà bị sập, đổ, lũ cuốn trôi", value=1597),
    R("trôi, đạt «65,5%", "nhà bị sập, đổ, lũ cuốn trôi hoàn thành việc xây dựng lại", "=", 65.5),
    C("dựng «551 nhà", "nhà còn lại đang tiếp tục tập trung xây dựng", value=551),
])

# --------------------------------------------------------------------------
# 08 Thanh Hóa, the scheme resettling the mountain communes' households at high risk of flash floods
# and landslides, 2026-2030, approved in January 2026 (baothanhhoa.vn; the stamp " date 2026-01-20"
# written as the first line; nothing cut; the excerpt ends in "; hộ"). The scheme's targets are not in
# the excerpt. Results: "21/22 loại thiên tai" (the kinds of disaster the province suffers, 21 of
# 22: a count, =, year 2026 of the page; the "/22" a denominator), and the damage "trong giai đoạn
# 2016-2024 ... 87 người chết, 24 người mất tích, ước giá trị thiệt hại khoảng 12.190 tỷ đồng"
# (year 2024, the period's last year, as earlier sets read a named period's results; "khoảng" `~`).
# Not quantities: "241/QĐ-UBND" (a document), "2026-2030" (the scheme's period, twice in the text and
# once in the title). Ids null.
# --------------------------------------------------------------------------
D08 = dict(name="08_thanhhoa-de-an-dan-cu-sat-lo-2026", kind="result", year=2026, records=[
    C("(«21/22 loại", "loại hình thiên tai Thanh Hóa chịu ảnh hưởng và tác động", value=21),
    C("làm «87 người", "người chết do thiên tai giai đoạn 2016-2024", value=87, year=2024),
    C("chết, «24 người", "người mất tích do thiên tai giai đoạn 2016-2024", value=24, year=2024),
    R("khoảng «12.190 tỷ", "giá trị thiệt hại do thiên tai giai đoạn 2016-2024", "~", 12190e9, **DONG, year=2024),
])

# --------------------------------------------------------------------------
# 09 The Government's Resolution 380/NQ-CP on recovering from the disasters in the central provinces,
# an infographic's lead, November 2025 (baothanhhoa.vn; the stamp " date 2025-11-27" written as the
# first line; cut: the byline "Mai Huyền" with the blank line before it). Targets: "phấn đấu tăng
# trưởng kinh tế cả năm 2025 đạt trên 8% và năm 2026 đạt từ 10% trở lên" (two records: `>` 8 for
# 2025, `>=` 10 for 2026, each its own year). Not quantities: "380/NQ-CP" (a name, twice),
# "25/11/2025" (a date). Pillar null. Ids null (the catalogue has no economic growth indicator).
# --------------------------------------------------------------------------
D09 = dict(name="09_mientrung-nghi-quyet-380-tang-truong-2025", kind="target", year=2025, records=[
    R("đạt trên «8%", "tăng trưởng kinh tế cả năm", ">", 8, year=2025),
    R("đạt từ «10% trở lên", "tăng trưởng kinh tế năm 2026", ">=", 10, year=2026),
])

# --------------------------------------------------------------------------
# 10 Lào Cai, starting the rebuilding of Kho Vàng village and the Làng Nủ resettlement area after the
# flash flood (vietbao.vn; nothing cut: the caption "Khu tái định cư thôn Kho Vàng nhìn từ xa (Ảnh:
# Truyền Hình Lào Cai)." runs inside the paragraph; no stamp, no byline; the excerpt ends in "Quang
# cản"). Year null: the text names no year ("21/9", "31/12" have none), spec. Targets of the planned
# area (`~` for "khoảng"): "khu vực tái thiết có diện tích khoảng 3,5ha, được bố trí cho khoảng 40 hộ
# dân ... mỗi căn hộ sẽ có diện tích khoảng 350m2" (three records: "ha", a count, "m2"). Not
# quantities: "Hơn 10 ngày" (a time since the disaster), "hàng chục người" (no number), "2 khu tái
# định cư ở thôn Làng Nủ và thôn Kho Vàng" (the two named areas: the size of a list that names its
# members, as set193's "15 xã ... bao gồm" and set232's "4 địa phương gồm"), "3 ca, 4 kíp" (the
# shifts of the work), "21/9", "31/12" (dates). Ids null.
# --------------------------------------------------------------------------
D10 = dict(name="10_laocai-tai-dinh-cu-kho-vang-2024", kind="target", year=None, records=[
    R("khoảng «3,5ha", "diện tích khu vực tái thiết thôn Kho Vàng", "~", 3.5, **HA),
    C("khoảng «40 hộ", "hộ dân được bố trí chuyển đến sinh sống tại khu tái thiết", op="~", value=40),
    R("khoảng «350m2", "diện tích mỗi căn hộ tại khu tái thiết", "~", 350, **M2),
])

# --------------------------------------------------------------------------
# 11 Tuyên Quang, the heading and grounds of the province's disaster-prevention plan for 2025 (Kế
# hoạch 100/KH-UBND; hethongphapluat.com; cut: the site's line "Để sử dụng toàn bộ tiện ích nâng cao
# của Hệ Thống Pháp Luật vui lòng lựa chọn và đăng ký gói cước."; no stamp; the excerpt ends in
# "của tỉn"). A precision text, no record: dates ("ngày 07 tháng 5 năm 2025", "19/6/2013",
# "17/06/2020", "06/7/2021", "22/4/2021", "30/12/2022", "23/11/2021", "năm 2025", "2021 – 2025"),
# documents ("100/KH-UBND", "66/2021/NĐ-CP", "18/2021/QĐ-TTg", "1651/QĐ-TTg", "718/QĐ-UBND"), list
# labels ("I.", "1.").
# --------------------------------------------------------------------------
D11 = dict(name="11_tuyenquang-ke-hoach-pctt-2025-precision", kind="target", year=2025, records=[])

# --------------------------------------------------------------------------
# 12 Hải Dương, the heading and purposes of the province's disaster-prevention plan for 2025 (Kế
# hoạch 1013/KH-UBND; thuvienphapluat.vn; nothing cut; no stamp; the excerpt ends in "dựa vào"). A
# precision text, no record: dates ("07 tháng 3 năm 2025", "15/3/2022", "năm 2025" several times,
# "năm 2024"), documents ("1013/KH-UBND", "342/QĐ-TTg"), the storm's name "bão số 3", the slogans
# "bốn tại chỗ" and "ba sẵn sàng" (words), list labels.
# --------------------------------------------------------------------------
D12 = dict(name="12_haiduong-ke-hoach-pctt-2025-precision", kind="target", year=2025, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
