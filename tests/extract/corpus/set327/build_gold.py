#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set327).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'), with the units
of set289's and set275's housing and land texts. Each record is written by hand below; its anchor
is never typed in. A record names a locator: a piece of the text with « just before the number.
The locator (without «) must occur exactly once in the text; the anchor is where « stands.
`start`/`end` (the clause that states the quantity) are computed by ../goldkit.py as in the seeds'
builder (`line=True`: the clause is the table cell's line).

Each document may also list NOT: locators of percentages deliberately left without a record
(a result's change against an earlier value or another place, the legal 20% quota); check_gold.py
verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null. muctieu/catalog/data/indicators.yaml names no indicator of the
real-estate market (no transactions, prices, unsold stock, housing projects or floor area), so
every id of this set is null (see README, "Catalogue labels").

The set's theme is the real-estate market in the provinces, 2020-2026. No text stands under a
heading that names a pillar: pillar null throughout.

The one table text (01) gives its two tables' cells with `CELL(...)`: one record per cell, located
by the cell before it (the row's name or the previous year's value) and the cell itself, the cells
joined by the table's "\\n|\\n".

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
from goldkit import R, CNT  # noqa: E402

# The units of this theme, as written at their numbers (magnitude words multiplied in).
SAN = dict(unit="other", unit_text="m2 sàn/người")
HA = dict(unit="other", unit_text="ha")
M2 = dict(unit="other", unit_text="m2")
DONG = dict(unit="other", unit_text="đồng")
PRICE = dict(unit="other", unit_text="đồng/m2")  # "triệu đồng/m2", "triệu/m2": the magnitude in
PRICE_SQ = dict(unit="other", unit_text="đồng/m²")  # the same, written with "m²"
TR = 1e6
# A price range "từ A – B triệu đồng/m2": one between record (spec's one range stated once).
def RANGE(loc, indicator, low, **kw):
    return R(loc, indicator, "between", low, **PRICE, **kw)
# A count reached (transactions, units, lots, projects), the commonest record of the set.
def RC(loc, indicator, value, **kw):
    return R(loc, indicator, "=", value, **CNT, **kw)


def CELL(before, cell, indicator, value, year, scope=None):
    """One cell of 01's tables: a target (>=, the plan's bare number) for the column's year."""
    return R(f"{before}\n|\n«{cell}\n", indicator, ">=", value, **SAN, year=year, scope=scope, line=True)


# --------------------------------------------------------------------------
# 01 Thừa Thiên Huế, the province's housing development plan: the targets of the average floor
# area per head for 2021-2025, in sentences and two tables (quangloi.thuathienhue.gov.vn, a
# commune's portal; nothing cut; no byline, no stamp; the excerpt ends in "trong đó: đô "). Kind
# target (the plan's "Chỉ tiêu", "Phấn đấu"). Year: each figure's own "Đến năm 2021/2022/2025" or
# the table's column "Năm 2021" ... "Năm 2025"; the document's own year is not in the text (null).
# Unit other, "m2 sàn/người" as written ("m² sàn/người" in the sentences, the same unit). Ops:
# "đạt X" in a target and the tables' bare numbers `>=`; "đạt khoảng 98,5 %" `~`. Scope: the
# sentences split the province's figure "(trong đó: Khu vực đô thị đạt ...; Khu vực nông thôn đạt
# ...)": scopes "khu vực đô thị", "khu vực nông thôn" as written, the province's own figure scope
# null (as the earlier sets' "toàn tỉnh" beside its split); the table rows "Đô thị", "Nông thôn"
# likewise scopes "đô thị", "nông thôn", the row "Toàn tỉnh" null. Every statement counts: a value
# stated in a sentence and again in the table gets a record at each (set289's rule, as a title and
# its body each do). Not quantities: the list labels "1.", "a)", "b)", the table titles "Bảng 1.",
# "Bảng 2.", the row numbers "1", "2" under "Stt", the column heads "Năm 2021" ... "Năm 2025" and
# "Đến năm ..." (dates).
# --------------------------------------------------------------------------
AREA = "Diện tích nhà ở bình quân đầu người"
AREA_MIN = "chỉ tiêu diện tích nhà ở tối thiểu toàn tỉnh"
D01 = dict(name="01_thuathienhue-chi-tieu-dien-tich-nha-o-2025", kind="target", year=None, records=[
    R("toàn tỉnh đạt «24,85 m²", AREA + " toàn tỉnh", ">=", 24.85, **SAN, year=2021),
    R("Khu vực đô thị đạt «27,20 m²", AREA, ">=", 27.2, **SAN, year=2021, scope="khu vực đô thị"),
    R("Khu vực nông thôn đạt «22,09 m²", AREA, ">=", 22.09, **SAN, year=2021, scope="khu vực nông thôn"),
    R("toàn tỉnh đạt «25,44 m²", AREA + " toàn tỉnh", ">=", 25.44, **SAN, year=2022),
    R("Khu vực đô thị đạt «27,86 m²", AREA, ">=", 27.86, **SAN, year=2022, scope="khu vực đô thị"),
    R("Khu vực nông thôn đạt «22,61 m²", AREA, ">=", 22.61, **SAN, year=2022, scope="khu vực nông thôn"),
    R("toàn tỉnh đạt «26,5 m²", AREA + " toàn tỉnh", ">=", 26.5, **SAN, year=2025),
    R("Khu vực đô thị đạt «29,0 m²", AREA, ">=", 29, **SAN, year=2025, scope="khu vực đô thị"),
    R("Khu vực nông thôn đạt «24,0 m²", AREA, ">=", 24, **SAN, year=2025, scope="khu vực nông thôn"),
    # Bảng 1: rows Đô thị, Nông thôn, Toàn tỉnh; columns 2021-2025.
    CELL("Đô thị", "27,20", "Chỉ tiêu diện tích nhà ở bình quân đầu người", 27.2, 2021, "đô thị"),
    CELL("27,20", "27,86", "Chỉ tiêu diện tích nhà ở bình quân đầu người", 27.86, 2022, "đô thị"),
    CELL("27,86", "28,20", "Chỉ tiêu diện tích nhà ở bình quân đầu người", 28.2, 2023, "đô thị"),
    CELL("28,20", "28,60", "Chỉ tiêu diện tích nhà ở bình quân đầu người", 28.6, 2024, "đô thị"),
    CELL("28,60", "29,00", "Chỉ tiêu diện tích nhà ở bình quân đầu người", 29, 2025, "đô thị"),
    CELL("Nông thôn", "22,09", "Chỉ tiêu diện tích nhà ở bình quân đầu người", 22.09, 2021, "nông thôn"),
    CELL("22,09", "22,61", "Chỉ tiêu diện tích nhà ở bình quân đầu người", 22.61, 2022, "nông thôn"),
    CELL("22,61", "23,06", "Chỉ tiêu diện tích nhà ở bình quân đầu người", 23.06, 2023, "nông thôn"),
    CELL("23,06", "23,46", "Chỉ tiêu diện tích nhà ở bình quân đầu người", 23.46, 2024, "nông thôn"),
    CELL("23,46", "24,00", "Chỉ tiêu diện tích nhà ở bình quân đầu người", 24, 2025, "nông thôn"),
    CELL("Toàn tỉnh", "24,85", "Chỉ tiêu diện tích nhà ở bình quân đầu người toàn tỉnh", 24.85, 2021),
    CELL("24,85", "25,44", "Chỉ tiêu diện tích nhà ở bình quân đầu người toàn tỉnh", 25.44, 2022),
    CELL("25,44", "25,80", "Chỉ tiêu diện tích nhà ở bình quân đầu người toàn tỉnh", 25.8, 2023),
    CELL("25,80", "26,09", "Chỉ tiêu diện tích nhà ở bình quân đầu người toàn tỉnh", 26.09, 2024),
    CELL("26,09", "26,50", "Chỉ tiêu diện tích nhà ở bình quân đầu người toàn tỉnh", 26.5, 2025),
    R("toàn tỉnh đạt «8,3 m2", AREA_MIN, ">=", 8.3, **SAN, year=2021),
    R("2022 đạt «8,8 m2", AREA_MIN, ">=", 8.8, **SAN, year=2022),
    R("2025 đạt «10 m2", AREA_MIN, ">=", 10, **SAN, year=2025),
    # Bảng 2: one row, Toàn tỉnh; columns 2021-2025.
    CELL("Toàn tỉnh", "8,3", "Chỉ tiêu về diện tích sàn nhà ở tối thiểu toàn tỉnh", 8.3, 2021),
    CELL("8,3", "8,8", "Chỉ tiêu về diện tích sàn nhà ở tối thiểu toàn tỉnh", 8.8, 2022),
    CELL("8,8", "9,2", "Chỉ tiêu về diện tích sàn nhà ở tối thiểu toàn tỉnh", 9.2, 2023),
    CELL("9,2", "9,7", "Chỉ tiêu về diện tích sàn nhà ở tối thiểu toàn tỉnh", 9.7, 2024),
    CELL("9,7", "10,0", "Chỉ tiêu về diện tích sàn nhà ở tối thiểu toàn tỉnh", 10, 2025),
    R("đạt khoảng «98,5 %", "Nhà ở kiên cố toàn tỉnh", "~", 98.5, year=2025),
])

# --------------------------------------------------------------------------
# 02 Đà Nẵng and its neighbours, DKRA's report on the housing market in the second quarter of 2025
# (congluan.vn, the print view; nothing cut; no byline, no stamp; the excerpt ends in "tương la").
# Results of "quý II/2025": year 2025. "có tổng cộng 2.685 căn hộ sơ cấp được chào bán" (=),
# "lượng tiêu thụ đạt 1.479 căn" (=), "nâng tỷ lệ hấp thụ lên 55%" (=: the level reached, as
# set275's "từ A lên B"), "100% nguồn cung sơ cấp căn hộ ... tập trung tại TP. Đà Nẵng", the three
# districts' shares of that supply "Sơn Trà (38,8%)", "Liên Chiểu (36,4%)", "Hải Châu (12,9%)" (=,
# each with its district as place and in the indicator; scope null: a district is not a level),
# the price range "từ 27 triệu đến 175 triệu đồng/m2" (between 27e6 and 175e6, unit other
# "đồng/m2") and "tổng cộng 76% nguồn cung sơ cấp toàn vùng" (=). Not quantities: "tăng 19% so với
# cùng kỳ năm 2024", "tăng 30% theo năm" (changes, NOT), "quý II/2025" (a date).
# --------------------------------------------------------------------------
SUPPLY = "nguồn cung sơ cấp căn hộ phân bổ tại quận"
D02 = dict(name="02_danang-can-ho-so-cap-dkra-2025", kind="result", year=2025, NOT=[
    "tăng «19% so", "tăng «30% theo",
], records=[
    RC("tổng cộng «2.685 căn", "căn hộ sơ cấp được chào bán", 2685),
    RC("đạt «1.479 căn", "lượng tiêu thụ căn hộ", 1479),
    R("lên «55%", "tỷ lệ hấp thụ căn hộ", "=", 55),
    R("«100% nguồn cung", "nguồn cung sơ cấp căn hộ tập trung tại TP. Đà Nẵng", "=", 100),
    R("Sơn Trà («38,8%)", SUPPLY + " Sơn Trà", "=", 38.8, place="Sơn Trà"),
    R("Liên Chiểu («36,4%)", SUPPLY + " Liên Chiểu", "=", 36.4, place="Liên Chiểu"),
    R("Hải Châu («12,9%)", SUPPLY + " Hải Châu", "=", 12.9, place="Hải Châu"),
    RANGE("từ «27 triệu", "Giá bán sơ cấp căn hộ", 27 * TR, value_max=175 * TR),
    R("tổng cộng «76% nguồn", "khu vực quận Hải Châu và Sơn Trà chiếm nguồn cung sơ cấp toàn vùng", "=", 76),
])

# --------------------------------------------------------------------------
# 03 Bình Dương, the southern market's recovery: units opened for sale and absorption in 2024 and
# early 2025 (cafef.vn; nothing cut; no byline, no stamp: the address's "250617" is not in the
# text; the excerpt is the page's middle, opening "Dấu hiệu này ..."). Results: "quý 1/2025 ...
# khoảng 2.000 sản phẩm mở bán mới" (~, 2025), "hơn 5.000 căn hộ mở bán trong năm 2024" (>, 2024),
# "tỉ lệ hấp thụ đạt 74%" (=, 2024, the same sentence), "Đầu năm 2025, ... có nơi bán được 70% bảng
# hàng" (=, 2025). Not quantities: "gấp đôi cùng kỳ năm trước" (a change, no number), "giá bán thấp
# hơn 20%-30% so với khu Đông TP HCM" (a difference against another place's price, read as a change
# against a comparison value, NOT; a judgement), "cuối năm 2024" (a date).
# --------------------------------------------------------------------------
D03 = dict(name="03_binhduong-can-ho-mo-ban-hap-thu-2025", kind="result", year=2025, NOT=[
    "thấp hơn «20%-30%", "thấp hơn 20%-«30%",
], records=[
    R("khoảng «2.000 sản phẩm", "sản phẩm mở bán mới", "~", 2000, **CNT),
    R("hơn «5.000 căn", "căn hộ mở bán tại Bình Dương", ">", 5000, **CNT, year=2024),
    R("đạt «74%", "tỉ lệ hấp thụ căn hộ mở bán", "=", 74, year=2024),
    R("bán được «70% bảng", "bảng hàng dự án bán được trong thời gian ngắn", "=", 70),
])

# --------------------------------------------------------------------------
# 04 Bình Dương, the asking prices of the new apartment projects in Thuận An and Dĩ An, beside
# Ho Chi Minh City's (ngaynay.vn; nothing cut; the stamp " date 2025-05" written as the first line;
# the excerpt ends in "người dân chuy"). Results (the market's prices now: "Từ 2024 đến nay", year
# 2025, the stamp's). Unit other "đồng/m2", "triệu" multiplied in. Ranges "từ A – B triệu đồng/m2"
# are between records (also "từ hơn 30 triệu đồng/m2 – 40 triệu đồng/m2": the range stated once);
# "với giá bán 32 triệu" `=`; "giá từ 32 triệu", "giá bán từ 31 triệu" (a floor, no top) `>=`; Ho
# Chi Minh City's "thấp nhất là 45 triệu" `=` (the lowest price, a value of its own), "vượt mốc 100
# triệu" `>`, "thậm chí 200 - 300 triệu" between, "trên 500 triệu" `>`, each with place "TP.HCM"
# (a province named that is not the document's own). Each project's price its own record, the
# project named in the indicator. Not quantities: "2 địa phương" (the localities where the projects
# stand, a context count, as set103's "2 địa phương"), "Từ 2024" (a date).
# --------------------------------------------------------------------------
APT = "giá bán căn hộ"
D04 = dict(name="04_binhduong-gia-can-ho-thuan-an-di-an-2025", kind="result", year=2025, records=[
    RANGE("từ hơn «30 triệu", "giá bán đa số dự án chung cư mới tại Bình Dương", 30 * TR, value_max=40 * TR),
    RANGE("giá từ «40 – 50", "giá bán một số dự án chung cư mới tại Bình Dương", 40 * TR, value_max=50 * TR),
    RANGE("từ «25 – 31", APT + " dự án BenHill", 25 * TR, value_max=31 * TR),
    RANGE("từ «31 – 34", APT + " dự án The Felix", 31 * TR, value_max=34 * TR),
    RANGE("từ «33 – 36", APT + " dự án Stown Gateway", 33 * TR, value_max=36 * TR),
    R("Avio với giá bán «32 triệu", APT + " dự án TT Avio", "=", 32 * TR, **PRICE),
    R("SkyOne giá từ «32 triệu", APT + " dự án Phú Đông SkyOne", ">=", 32 * TR, **PRICE),
    RANGE("từ «35 – 40", APT + " dự án The Infinity", 35 * TR, value_max=40 * TR),
    R("Solary có giá bán từ «31 triệu", APT + " dự án Bcons Solary", ">=", 31 * TR, **PRICE),
    R("thấp nhất là «45 triệu", "giá bán thấp nhất chung cư mới tại TP.HCM", "=", 45 * TR, **PRICE,
      place="TP.HCM"),
    RANGE("từ «50 – 100", "giá bán đa số chung cư mới tại TP.HCM", 50 * TR, value_max=100 * TR, place="TP.HCM"),
    R("vượt mốc «100 triệu", "giá bán nhiều dự án chung cư tại TP.HCM", ">", 100 * TR, **PRICE, place="TP.HCM"),
    RANGE("thậm chí «200 - 300", "giá bán một số dự án chung cư tại TP.HCM", 200 * TR, value_max=300 * TR,
          place="TP.HCM"),
    R("giá trên «500 triệu", "giá bán căn hộ cao nhất tại TP.HCM: dự án One Central Saigon", ">", 500 * TR,
      **PRICE, place="TP.HCM"),
])

# --------------------------------------------------------------------------
# 05 Hà Nội, the city's housing development plan for 2024 (dothi.reatimes.vn; nothing cut; no
# byline, no stamp). Targets of "kế hoạch phát triển nhà ở thành phố Hà Nội năm 2024": year 2024.
# The title's "phấn đấu diện tích nhà ở bình quân đầu người đạt 28,8 m2" (>=, unit other "m2" as
# written), "tổng diện tích sàn nhà ở năm 2024 đạt khoảng 7,147 triệu m2" (~, 7147000, "m2"),
# "dự kiến chỉ tiêu phát triển nhà ở riêng lẻ là 4,5 triệu m2" (>=, a target's bare "là X").
# --------------------------------------------------------------------------
D05 = dict(name="05_hanoi-ke-hoach-phat-trien-nha-o-2024", kind="target", year=2024, records=[
    R("đạt «28,8 m2", "diện tích nhà ở bình quân đầu người", ">=", 28.8, **M2),
    R("khoảng «7,147 triệu", "tổng diện tích sàn nhà ở năm 2024", "~", 7.147 * TR, **M2),
    R("là «4,5 triệu", "chỉ tiêu phát triển nhà ở riêng lẻ", ">=", 4.5 * TR, **M2),
])

# --------------------------------------------------------------------------
# 06 The Ministry of Construction's targets for 2026 (vietnamnet.vn; nothing cut; one sentence, no
# byline, no stamp). Targets of "năm 2026": "nâng tỷ lệ đô thị hóa toàn quốc lên 45%" (>=),
# "hoàn thành trên 110.000 căn nhà ở xã hội" (>), "nâng diện tích nhà ở bình quân cả nước đạt
# 27m2 sàn/người" (>=, unit other "m2 sàn/người", written without a space). The document is the
# country's own: no place.
# --------------------------------------------------------------------------
D06 = dict(name="06_bo-xay-dung-muc-tieu-nha-o-2026", kind="target", year=2026, records=[
    R("lên «45%", "tỷ lệ đô thị hóa toàn quốc", ">=", 45),
    R("trên «110.000 căn", "căn nhà ở xã hội hoàn thành", ">", 110000, **CNT),
    R("đạt «27m2", "diện tích nhà ở bình quân cả nước", ">=", 27, **SAN),
])

# --------------------------------------------------------------------------
# 07 Nghệ An, Đô Lương commune's auction of 21 lots at the Đồng Màu planning area, November 2025
# (giadinh.suckhoedoisong.vn; cut: the photo caption "Khu quy hoạch Đồng Màu, thuộc xã Đô Lương
# (Nghệ An)" with the blank lines around it, one blank line kept; the stamp " date 2025-11-25"
# written as the first line). A precision text: many prices and sizes, three quantities. Year 2025
# (the stamp's; "ngày 20/11", "ngày 14/11" name no year). As set275 decided, the terms of an
# auction are not quantities: the lots' sizes ("293,2 m²", "251,5 m²", "205,7 m²", "160 m²"), the
# starting prices ("11,72 tỷ đồng", "hơn 10 tỷ đồng", "35 triệu đồng/m²", "5,6 tỷ đồng", "38,5 triệu
# đồng/m²", "khoảng 8,8 tỷ đồng", "mức giá hơn 12 tỷ đồng của lô P14" as offered) and the minimum
# bids ("hơn 12,3 tỷ đồng", "vượt 10,5 tỷ đồng"); what the auction reached is: "có 21 lô đất ...
# được đưa ra đấu giá" (=, count, the lots auctioned, as set275's "20 lô"), the lot L15's winning
# bid "trúng đấu giá 7,227 tỷ đồng, tương đương 35,1 triệu đồng/m²" (two records, =, "đồng" and
# "đồng/m²"). Not quantities: "cao gần 70% so với giá khởi điểm" (a change against the starting
# price, NOT), "790/TB-TrT" (a document), "20/11", "14/11" (dates), the lot names "P13", "P14",
# "L15", "P22 - P25", "P26", "2 vị trí" (the two lots named).
# --------------------------------------------------------------------------
D07 = dict(name="07_nghean-dau-gia-dat-do-luong-2025-precision", kind="result", year=2025, NOT=[
    "gần «70% so",
], records=[
    RC("có «21 lô", "lô đất tại khu quy hoạch Đồng Màu được đưa ra đấu giá", 21),
    R("trúng đấu giá «7,227 tỷ", "giá trúng đấu giá lô L15", "=", 7.227e9, **DONG),
    R("tương đương «35,1 triệu", "giá trúng đấu giá lô L15", "=", 35.1 * TR, **PRICE_SQ),
])

# --------------------------------------------------------------------------
# 08 Lâm Đồng, the Department of Justice's count of notarised real-estate transactions in the
# first quarter of 2024 and the fourth of 2023 (nguoiquansat.vn; nothing cut; no byline, no stamp;
# the excerpt ends in "huyện Bả"). Results, counts, `=`: the province's lots of land, houses and
# apartments, then the districts' and cities' shares of them ("huyện Bảo Lâm với 925 lô", ...),
# each with its district or city as place (as set193's districts) and in the indicator, scope null
# (a district named is not a split by level). Year 2024 for "quý I/2024" (also the apartments'
# "Trên địa bàn tỉnh còn ghi nhận có 21 căn hộ", the same quarter's paragraph), 2023 for "quý
# IV/2023". Not quantities: "giai đoạn 2015-2023", "từ năm 2019 đến năm 2022" (dates), "quý I/2024",
# "quý IV/2023" (the quarters).
# --------------------------------------------------------------------------
LOT = "lô đất nền giao dịch thành công"
HOUSE = "căn nhà ở riêng lẻ giao dịch thành công qua công chứng"
Q4 = dict(year=2023)
D08 = dict(name="08_lamdong-giao-dich-cong-chung-2024", kind="result", year=2024, records=[
    RC("có «3.811 lô", LOT + " toàn tỉnh Lâm Đồng", 3811),
    RC("Bảo Lâm với «925 lô", LOT + " tại huyện Bảo Lâm", 925, place="Bảo Lâm"),
    RC("Đức Trọng với «679 lô", LOT + " tại huyện Đức Trọng", 679, place="Đức Trọng"),
    RC("Lâm Hà với «562 lô", LOT + " tại huyện Lâm Hà", 562, place="Lâm Hà"),
    RC("Di Linh với «383 lô", LOT + " tại huyện Di Linh", 383, place="Di Linh"),
    RC("có «311 căn", HOUSE, 311),
    RC("Đơn Dương với «149 căn", HOUSE + " tại huyện Đơn Dương", 149, place="Đơn Dương"),
    RC("Đà Lạt với «109 căn", HOUSE + " tại thành phố Đà Lạt", 109, place="Đà Lạt"),
    RC("Bảo Lộc với «37 căn", HOUSE + " tại thành phố Bảo Lộc", 37, place="Bảo Lộc"),
    RC("có «21 căn hộ", "căn hộ chung cư giao dịch thành công qua công chứng", 21),
    RC("có «4.140 lô", LOT + " toàn tỉnh Lâm Đồng", 4140, **Q4),
    RC("Bảo Lâm với «797 lô", LOT + " tại huyện Bảo Lâm", 797, place="Bảo Lâm", **Q4),
    RC("Lâm Hà với «753 lô", LOT + " tại huyện Lâm Hà", 753, place="Lâm Hà", **Q4),
    RC("Đức Trọng với «738 lô", LOT + " tại huyện Đức Trọng", 738, place="Đức Trọng", **Q4),
    RC("Di Linh với «429 lô", LOT + " tại huyện Di Linh", 429, place="Di Linh", **Q4),
    RC("có «288 căn", HOUSE, 288, **Q4),
    RC("Đà Lạt với «137 căn", HOUSE + " tại thành phố Đà Lạt", 137, place="Đà Lạt", **Q4),
    RC("Đức Trọng với «108 căn", HOUSE + " tại huyện Đức Trọng", 108, place="Đức Trọng", **Q4),
    RC("Bảo Lộc với «40 căn", HOUSE + " tại thành phố Bảo Lộc", 40, place="Bảo Lộc", **Q4),
])

# --------------------------------------------------------------------------
# 09 Đà Nẵng, a listing site's page on the city's land price table (thuviennhadat.vn; cut: the
# byline "11:51 - 09/01/2025" with the blank line after it, written as the first line
# `date 2025-01-09`; the excerpt ends in "giá trị "). A precision text: two decisions with their
# numbers and dates, and the price table's range stated twice. Year 2025 (the byline's: the table
# as in force when the page was written). The range "dao động từ 3.190 đồng/m² đến 494.001.000
# đồng/m²" (between), "mức giá trung bình là 14.313.260 đồng/m²" (=), and the restatement "giá
# thấp nhất là 3.190 đồng/ m²" (=) and "cao nhất rơi vào mức giá 494.001.000 đồng/ m²" (=), unit
# other "đồng/m²": results (the land prices the page reports; a judgement: the table is set by a
# decision, but its levels are what the theme measures, as set275 recorded prices reached). Not
# quantities: "07/2021/QĐ-UBND", "09/2020/QĐ-UBND" (documents), "27/03/2021", "20/12/2019" (dates).
# --------------------------------------------------------------------------
LAND = "giá đất tại Đà Nẵng theo bảng giá đất"
D09 = dict(name="09_danang-bang-gia-dat-2025-precision", kind="result", year=2025, records=[
    R("dao động từ «3.190 đồng/m²", LAND, "between", 3190, value_max=494001000, **PRICE_SQ),
    R("trung bình là «14.313.260", "mức giá đất trung bình tại Đà Nẵng", "=", 14313260, **PRICE_SQ),
    R("thấp nhất là «3.190", "giá đất thấp nhất khu vực ngoại thành Đà Nẵng", "=", 3190, **PRICE_SQ),
    R("mức giá «494.001.000", "giá đất cao nhất tại các khu vực trung tâm Đà Nẵng", "=", 494001000, **PRICE_SQ),
])

# --------------------------------------------------------------------------
# 10 Phú Yên, the province's plan of housing projects for 2021-2025 (doanhnhanvn.vn, a tag page
# holding one article's title and lead; nothing cut; no byline, no stamp). Targets of "Theo kế
# hoạch ... giai đoạn 2021-2025": year 2025 (the period's end, set289). The title's "dành hơn 424 ha
# để phát triển nhà ở thương mại trong vài năm tới" (>, unit other "ha"), "khoảng 559 dự án" and
# its breakdown "khoảng 513 dự án", "khoảng 18 dự án", "khoảng 28 dự án" (~, counts, each its kind
# of housing as indicator, scope null: a breakdown by kind of thing). Not quantities: "2021-2025"
# (a period).
# --------------------------------------------------------------------------
PROJ = "dự án phát triển nhà ở"
D10 = dict(name="10_phuyen-du-an-nha-o-2021-2025", kind="target", year=2025, records=[
    R("hơn «424 ha", "ha dành để phát triển nhà ở thương mại", ">", 424, **HA),
    R("khoảng «559 dự án", "tổng số " + PROJ + " trên địa bàn tỉnh", "~", 559, **CNT),
    R("khoảng «513 dự án", PROJ + ": nhà ở thương mại, khu đô thị, khu nhà ở, khép kín khu dân cư, hạ tầng kỹ "
      "thuật khu dân cư", "~", 513, **CNT),
    R("khoảng «18 dự án", PROJ + ": nhà ở xã hội", "~", 18, **CNT),
    R("khoảng «28 dự án", PROJ + ": nhà ở tái định cư", "~", 28, **CNT),
])

# --------------------------------------------------------------------------
# 11 Cà Mau, no new urban-area project building its 20% of social housing (baoanhdatmui.vn, a tag
# page: the title twice, then the lead, cut off; nothing cut; no byline, no stamp). A precision
# text: the title's "20%" twice is the legal share of a project's land for social housing, a rule
# and not a value (NOT, as set289's "quỹ đất 20%"). Results: "Cà Mau có 38 dự án xây dựng khu đô thị
# mới, khu dân cư tập trung" (=, count) "với tổng diện tích 776ha" (=, unit other "ha", written
# without a space). Year null: "Tính đến thời điểm hiện tại" and nothing in the text names a year.
# --------------------------------------------------------------------------
D11 = dict(name="11_camau-khu-do-thi-nha-o-xa-hoi-precision", kind="result", year=None, NOT=[
    "thực hiện «20% xây dựng nhà ở xã hội\n\nChưa", "thực hiện «20% xây dựng nhà ở xã hội\n\nTính",
], records=[
    RC("có «38 dự án", "dự án xây dựng khu đô thị mới, khu dân cư tập trung", 38),
    R("diện tích «776ha", "tổng diện tích dự án khu đô thị mới, khu dân cư tập trung", "=", 776, **HA),
])

# --------------------------------------------------------------------------
# 12 The new land price tables after the Land Law 2024 (tieudungplus.vn, the mobile page; cut: the
# header "28/12/2024 | 07:34 GMT+7, Hà Nội" with the blank line after it, written as the first line
# `date 2024-12-28`; the update line "Cập nhật lúc: 27/12/2024, 08:57" kept; the excerpt ends in
# "làm sao đ"). A precision text: a law's name and year, dates and times, two quantities. Year 2024
# (the header's). Results: "giá đất từng là nguồn cơn ... dẫn đến hơn 70% các vụ tranh chấp,
# khiếu kiện liên quan đến đất đai" (>, a share: the disputes land prices caused; the year is the
# document's, the sentence naming none) and "đã có 19 địa phương ban hành bảng giá đất mới" (=,
# count). Not quantities: "Luật Đất đai 2024" (three times, a name), "1/8/2024" (twice), "27/12/2024",
# "08:57" (dates and a time).
# --------------------------------------------------------------------------
D12 = dict(name="12_toanquoc-bang-gia-dat-moi-2024-precision", kind="result", year=2024, records=[
    R("hơn «70% các vụ", "vụ tranh chấp, khiếu kiện liên quan đến đất đai do giá đất", ">", 70),
    RC("có «19 địa phương", "địa phương ban hành bảng giá đất mới", 19),
])

# --------------------------------------------------------------------------
# 13 Hà Nội and Ho Chi Minh City, the Ministry of Construction's report on the first quarter of
# 2020: prices and transactions (vtc.vn; cut: the photo caption "Giá bán nhà ở trên thị trường
# không có xu hướng giảm mà vẫn tăng so với cuối năm 2019. (Ảnh minh họa)" with the blank line
# after it; the stamp " date 2020-05" written as the first line; the excerpt ends in "hiện có
# trên"). Year 2020 ("quý I/2020"). The document is the country's (the ministry's report): the
# two cities' values carry place. Results: "quý I/2020 có 13.042 giao dịch bất động sản thành
# công" (=, count), "Hà Nội có 1.167 giao dịch thành công" (=, place "Hà Nội"), "TP.HCM có 2.816
# giao dịch thành công" (=, place "TP.HCM"), "lượng sản phẩm giao dịch thành công ... chỉ đạt khoảng
# 14% so với tổng lượng sản phẩm hiện có" (~: "so với tổng" names the denominator of a share,
# spec). Not quantities: every price change "tăng khoảng 1,02% so với cùng kỳ năm 2019" ...
# "8,36%", "tăng trung bình 6,2%", "điều chỉnh giảm khoảng 10-30% so với giá thuê trước đây", and
# "(bằng 38% quý IV/2019)", "(bằng 55% quý IV/2019)" (a result against an earlier value: changes,
# NOT); "34/63 tỉnh thành" (the provinces whose reports the figure sums, the report's coverage, not
# a value reached; a judgement), "3 tháng đầu năm 2020", "năm 2019" (dates).
# --------------------------------------------------------------------------
D13 = dict(name="13_hanoi-tphcm-giao-dich-quy1-2020", kind="result", year=2020, NOT=[
    "khoảng «1,02%", "khoảng «0,21%", "khoảng «1,57%", "khoảng «2,51%", "khoảng «3,82%", "khoảng «3,5%",
    "khoảng «2,75%", "khoảng «3,72%", "khoảng «3,78%", "khoảng «8,36%", "trung bình «6,2%", "khoảng «10-30%",
    "(bằng «38%", "(bằng «55%",
], records=[
    RC("có «13.042 giao", "giao dịch bất động sản thành công", 13042),
    RC("có «1.167 giao", "giao dịch thành công tại Hà Nội", 1167, place="Hà Nội"),
    RC("có «2.816 giao", "giao dịch thành công tại TP.HCM", 2816, place="TP.HCM"),
    R("khoảng «14% so", "lượng sản phẩm giao dịch thành công so với tổng lượng sản phẩm hiện có", "~", 14),
])

# --------------------------------------------------------------------------
# 14 The central region, Đất Xanh Services' figures for the third quarter of 2023: Đà Nẵng's new
# apartments and the region's prices (cafef.vn; nothing cut; the stamp " date 2023-10" written as
# the first line; the excerpt ends in "chào bán g"). Year 2023 ("quý 3/2023"). Results: Đà Nẵng's
# "nguồn cung mới căn hộ đạt khoảng 400 sản phẩm" (~), "giá bán sơ cấp từ 53 – 62 triệu/m2"
# (between), "tỷ lệ hấp thụ khoảng 20%" (~), each with place "Đà Nẵng" (the text is the region's);
# the region's average prices of apartments, town houses, villas, shophouses and land lots
# ("từ 26 – 100 triệu/m2" ... "từ 13 – 52 triệu/m2", between, unit other "đồng/m2": "triệu/m2" with
# the magnitude multiplied in), "tỉ lệ hấp thụ ... toàn khu vực miền Trung quý 3/2023 đạt khoảng
# 10%" (~) and the new projects' absorption in the bracket "(20%-25%)" (between: a bracket that
# states a value, spec). Not quantities: "tăng 100% theo năm", "tăng 2 – 3% theo năm", "tăng từ 2 –
# 3% theo quý" (changes, NOT), "dự án đã mở bán 2-3 năm" (the projects' age), "quý 2/2023" (a date).
# --------------------------------------------------------------------------
AVG = "giá bán bình quân toàn thị trường miền Trung: "
DN = dict(place="Đà Nẵng")
D14 = dict(name="14_mientrung-danang-can-ho-quy3-2023", kind="result", year=2023, NOT=[
    "tăng «100% theo", "tăng 2 – «3% theo năm", "tăng từ 2 – «3% theo quý",
], records=[
    R("khoảng «400 sản phẩm", "nguồn cung mới căn hộ tại Đà Nẵng", "~", 400, **CNT, **DN),
    RANGE("từ «53 – 62", "giá bán sơ cấp căn hộ tại Đà Nẵng", 53 * TR, value_max=62 * TR, **DN),
    R("khoảng «20%.", "tỷ lệ hấp thụ căn hộ tại Đà Nẵng", "~", 20, **DN),
    RANGE("từ «26 – 100", AVG + "căn hộ", 26 * TR, value_max=100 * TR),
    RANGE("từ «38 – 120", AVG + "nhà phố", 38 * TR, value_max=120 * TR),
    RANGE("từ «45 – 200", AVG + "biệt thự", 45 * TR, value_max=200 * TR),
    RANGE("từ «60 – 200", AVG + "shophouse", 60 * TR, value_max=200 * TR),
    RANGE("từ «13 – 52", AVG + "đất nền", 13 * TR, value_max=52 * TR),
    R("khoảng «10%", "tỉ lệ hấp thụ tính trên nguồn cung sơ cấp toàn khu vực miền Trung", "~", 10),
    R("(«20%-25%)", "tỷ lệ hấp thụ các dự án bán mới tại miền Trung", "between", 20, value_max=25),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
