#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set373: flowers and
ornamental plants).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of percentages deliberately left without a record (a
result's change or ratio against an earlier value); check_gold.py verifies that every percentage
has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: no catalogue indicator measures a flower area, output,
revenue, price or count of growers, so every id in this set is null (see README).

Units: areas "ha", money "đồng" (the magnitude word multiplied in: "nghìn tỷ" 1e12, "tỷ"/"tỉ" 1e9,
"triệu" 1e6), "USD", incomes and prices "đồng/ha", "đồng/năm", "đồng/người/tháng", "đồng/chậu",
"đồng/cặp", "ha/vùng": unit `other` with the unit as written; pots, baskets, stems ("cành/bông"),
products, households, villages, gardens, people: unit `count` (an absolute number of things).

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

NGHIN, TRIEU, TY = 1e3, 1e6, 1e9
HA = dict(unit="other", unit_text="ha")
DONG = dict(unit="other", unit_text="đồng")
USD = dict(unit="other", unit_text="USD")
T25 = dict(kind="target", year=2025)
T30 = dict(kind="target", year=2030)

# --------------------------------------------------------------------------
# 01 National: the Ministry of Agriculture's scheme for the flower and ornamental-plant sector to
# 2030, Decision 4081/QĐ-BNN-TT (vukehoach.mard.gov.vn; cut: the byline "(ngày cập nhật 12/9/2022
# 10:22:00 AM)", written as the first line `date 2022-09-12`; the excerpt ends in "khoảng 13").
# Every record a target (kind target), year 2025 or 2030 as each sentence says. "khoảng X - Y" is
# one range stated once: `between` (set365's "khoảng 510-530 USD/tấn"); the magnitude word after
# the high end multiplies both ends ("31 - 34 nghìn ha" 31000-34000, "50 - 55 nghìn tỷ đồng"
# 5e13-5.5e13, as set155's and set365's ranges). The regions' areas and outputs after "đến năm
# 2030, ... Trong đó, các tỉnh trọng điểm vùng ..." are 2030's; each region in its indicator, scope
# null (a region is not an administrative level or population group, set365); "4 tỷ cành/bông"
# (a target's bare number) `>=`. "vùng Tây Nguyên và vùng Đồng bằng sông Cửu Long đạt khoảng 35 -
# 40%": one record (one range for both regions). Stems ("cành/bông") are counted things: unit
# count. Not quantities: "4081/QĐ-BNN-TT", "26/10/2022" (a document and a date); the last "khoảng
# 13" (the excerpt cuts the number off from its magnitude and unit: no record, a judgement).
# Pillar null.
# --------------------------------------------------------------------------
D01 = dict(name="01_bonnptnt-de-an-hoa-cay-canh-2030", kind="target", year=2025, records=[
    R("khoảng «50 - 55 nghìn tỷ", "giá trị sản xuất hoa, cây cảnh", "between", 50 * NGHIN * TY,
      value_max=55 * NGHIN * TY, **DONG, **T25),
    R("khoảng «130 - 150 triệu USD", "giá trị xuất khẩu hoa, cây cảnh", "between", 130 * TRIEU,
      value_max=150 * TRIEU, **USD, **T25),
    R("khoảng «70 - 75 nghìn tỷ", "giá trị sản xuất hoa, cây cảnh", "between", 70 * NGHIN * TY,
      value_max=75 * NGHIN * TY, **DONG, **T30),
    R("khoảng «180 - 200 triệu USD", "giá trị xuất khẩu hoa, cây cảnh", "between", 180 * TRIEU,
      value_max=200 * TRIEU, **USD, **T30),
    R("khoảng «31 - 34 nghìn ha", "diện tích trồng hoa", "between", 31 * NGHIN, value_max=34 * NGHIN, **HA,
      **T25),
    R("sản lượng «9 - 10 tỷ", "sản lượng hoa", "between", 9 * TY, value_max=10 * TY, **CNT, **T25),
    R("khoảng «36 - 37 nghìn ha", "diện tích trồng hoa ổn định", "between", 36 * NGHIN, value_max=37 * NGHIN,
      **HA, **T30),
    R("sản lượng\n«12 - 13 tỷ", "sản lượng hoa", "between", 12 * TY, value_max=13 * TY, **CNT, **T30),
    R("Hồng\n«15 - 16 nghìn ha", "diện tích trồng hoa các tỉnh trọng điểm vùng Đồng bằng sông Hồng", "between",
      15 * NGHIN, value_max=16 * NGHIN, **HA, **T30),
    R("sản lượng «4 tỷ", "sản lượng hoa các tỉnh trọng điểm vùng Đồng bằng sông Hồng", ">=", 4 * TY, **CNT,
      **T30),
    R("Bắc\n«2,0 - 2,5 nghìn ha", "diện tích trồng hoa vùng Trung du miền núi phía Bắc", "between", 2.0 * NGHIN,
      value_max=2.5 * NGHIN, **HA, **T30),
    R("sản lượng «500 - 600 triệu", "sản lượng hoa vùng Trung du miền núi phía Bắc", "between", 500 * TRIEU,
      value_max=600 * TRIEU, **CNT, **T30),
    R("Bắc Trung Bộ «1,0\n- 1,5 nghìn ha", "diện tích trồng hoa vùng Bắc Trung Bộ", "between", 1.0 * NGHIN,
      value_max=1.5 * NGHIN, **HA, **T30),
    R("sản lượng «350 - 400 triệu", "sản lượng hoa vùng Bắc Trung Bộ", "between", 350 * TRIEU,
      value_max=400 * TRIEU, **CNT, **T30),
    R("Tây Nguyên «11 - 12\nnghìn ha", "diện tích trồng hoa vùng Tây Nguyên", "between", 11 * NGHIN,
      value_max=12 * NGHIN, **HA, **T30),
    R("sản lượng «4,4 - 4,6 tỷ", "sản lượng hoa vùng Tây Nguyên", "between", 4.4 * TY, value_max=4.6 * TY, **CNT,
      **T30),
    R("Đông Nam Bộ «1,0 - 1,5 nghìn\nha", "diện tích trồng hoa vùng Đông Nam Bộ", "between", 1.0 * NGHIN,
      value_max=1.5 * NGHIN, **HA, **T30),
    R("sản lượng «300 - 350 triệu", "sản lượng hoa vùng Đông Nam Bộ", "between", 300 * TRIEU,
      value_max=350 * TRIEU, **CNT, **T30),
    R("Cửu Long «4 - 5\nnghìn ha", "diện tích trồng hoa vùng Đồng bằng sông Cửu Long", "between", 4 * NGHIN,
      value_max=5 * NGHIN, **HA, **T30),
    R("sản lượng «1,3 - 1,5 tỷ", "sản lượng hoa vùng Đồng bằng sông Cửu Long", "between", 1.3 * TY,
      value_max=1.5 * TY, **CNT, **T30),
    R("chiếm «15 - 20%", "diện tích trồng hoa có ứng dụng công nghệ cao", "between", 15, value_max=20, **T30),
    R("đạt khoảng «20 - 25%", "diện tích trồng hoa có mái che", "between", 20, value_max=25, **T30),
    R("đạt khoảng «35 - 40%", "diện tích trồng hoa có mái che vùng Tây Nguyên và vùng Đồng bằng sông Cửu Long",
      "between", 35, value_max=40, **T30),
    R("Bộ\n«25 - 30%", "diện tích trồng hoa có mái che vùng Đông Nam Bộ", "between", 25, value_max=30, **T30),
    R("Hồng «10 - 15%", "diện tích trồng hoa có mái che vùng Đồng bằng sông Hồng", "between", 10, value_max=15,
      **T30),
])

# --------------------------------------------------------------------------
# 02 Hà Nội, the city's flower and ornamental-plant areas to 2025 and 2030 (hanoimoi.vn; cut: the
# copyright line "(*) Không sao chép dưới mọi hình thức ..."; no byline, no stamp). Targets: "đến
# năm 2025, thành phố duy trì diện tích trồng hoa, cây cảnh đạt 7.200-8.000ha" (between, 2025),
# "tăng lên 10.000ha vào năm 2030" (`>=`, 2030), "Trong đó, phấn đấu diện tích trồng hoa chuyên
# canh chất lượng cao khoảng 5.000ha" (`~`; year 2030, the year of the sentence it follows, a
# judgement), and the zones "hình thành các vùng hoa, cây cảnh tập trung với quy mô vừa và lớn
# (20-50ha trở lên)" (a planned size per zone: between 20-50, "ha"; a new paragraph naming no
# year: year null). Not quantities: "2025", "2030" (years). Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_hanoi-dien-tich-hoa-muc-tieu-2030", kind="target", year=None, records=[
    R("đạt «7.200-8.000ha", "diện tích trồng hoa, cây cảnh thành phố duy trì", "between", 7200, value_max=8000,
      **HA, year=2025),
    R("tăng lên «10.000ha", "diện tích trồng hoa, cây cảnh", ">=", 10000, **HA, year=2030),
    R("khoảng «5.000ha", "diện tích trồng hoa chuyên canh chất lượng cao", "~", 5000, **HA, year=2030),
    R("(«20-50ha", "quy mô các vùng hoa, cây cảnh tập trung vừa và lớn", "between", 20, value_max=50, **HA),
])

# --------------------------------------------------------------------------
# 03 Hà Nội, the city's concentrated flower zones before Tết Bính Ngọ, January 2026 (tienphong.vn;
# the stamp " date 2026-01-27" written as the first line; nothing cut). Results, year 2026 ("đến
# nay", the stamp): "47 vùng sản xuất hoa, cây cảnh tập trung" (=, count), "tổng diện tích hơn 1.800
# ha" (>), "quy mô trung bình 10-20 ha/vùng" (between, other "ha/vùng"), "diện tích trồng hoa chất
# lượng cao chiếm trên 30%" (>), "Riêng vụ này, diện tích gieo trồng hoa đạt hơn 600 ha" (>; "đạt
# hơn": the bound word next to the number). Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_hanoi-vung-hoa-tap-trung-tet-2026", kind="result", year=2026, records=[
    R("thành «47 vùng", "vùng sản xuất hoa, cây cảnh tập trung đã hình thành", "=", 47, **CNT),
    R("diện tích hơn «1.800 ha", "tổng diện tích các vùng sản xuất hoa, cây cảnh tập trung", ">", 1800, **HA),
    R("trung bình «10-20 ha/vùng", "quy mô trung bình vùng sản xuất hoa, cây cảnh tập trung", "between", 10,
      value_max=20, unit="other", unit_text="ha/vùng"),
    R("chiếm trên «30%", "diện tích trồng hoa chất lượng cao", ">", 30),
    R("đạt hơn «600 ha", "diện tích gieo trồng hoa vụ Tết", ">", 600, **HA),
])

# --------------------------------------------------------------------------
# 04 TP Hồ Chí Minh and Đà Lạt (Lâm Đồng), growers wary of the Tết 2022 season under the epidemic,
# December 2021 (thegioitiepthi.vn; the stamp " date 2021-12" written as the first line; nothing
# cut). Results: "Trên địa bàn TPHCM có khoảng 2.000 vườn hoa kiểng" (`~`, count, 2021); Đà Lạt's
# Tết crop "các diện tích gieo trồng, chăm sóc hoa Tết Nguyên đán năm 2022 ... với 745ha" and its
# breakdown "hoa cúc là 260 ha, hoa hồng 95ha, lay ơn 5ha, hoa lily 30ha, cẩm chướng-salem 200ha"
# (=, "ha", year 2022: the crop the text names, as set365 reads a season by its own year; place
# "Đà Lạt": a city of another province than the page's TPHCM; each kind its own subject, scope
# null). NOT: "giảm ... xuống khoảng 50% so với trước", "giảm ít hơn, khoảng 40%" (growers'
# expected cut against earlier seasons: a change against an earlier value, not a plan's target)
# and "chỉ bằng 70% so với những năm trước" (a ratio against earlier years). Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_tphcm-dalat-hoa-tet-2021", kind="result", year=2021, records=[
    R("khoảng «2.000 vườn", "vườn hoa kiểng trên địa bàn TPHCM", "~", 2000, **CNT),
    R("với «745ha", "diện tích gieo trồng, chăm sóc hoa Tết Nguyên đán năm 2022 các loại", "=", 745, **HA,
      year=2022, place="Đà Lạt"),
    R("cúc là «260 ha", "diện tích hoa cúc vụ Tết", "=", 260, **HA, year=2022, place="Đà Lạt"),
    R("hồng «95ha", "diện tích hoa hồng vụ Tết", "=", 95, **HA, year=2022, place="Đà Lạt"),
    R("lay ơn «5ha", "diện tích hoa lay ơn vụ Tết", "=", 5, **HA, year=2022, place="Đà Lạt"),
    R("lily «30ha", "diện tích hoa lily vụ Tết", "=", 30, **HA, year=2022, place="Đà Lạt"),
    R("salem «200ha", "diện tích hoa cẩm chướng-salem vụ Tết", "=", 200, **HA, year=2022, place="Đà Lạt"),
], NOT=["xuống khoảng «50% so", "khoảng «40%.", "bằng «70% so"])

# --------------------------------------------------------------------------
# 05 Bình Định, An Nhơn town's revenue from the Tết Ất Tỵ flower season, February 2025 (danviet.vn;
# the stamp " date 2025-02" written as the first line; cut: the photo caption "Mai vàng Bình Định
# nổi tiếng cả nước. Ảnh: QN." with the blank line after it; the "Ảnh: QN." that closes a body
# line stays, as a part of a line; the excerpt ends in "nơi "). Results, year 2025: the villages'
# revenue "155,6 tỷ đồng" (=), the apricot pots sold "281.884 chậu" (=, count) and their revenue
# "hơn 140,9 tỷ đồng" (>), the chrysanthemums "31.325 chậu" (=) and "trên 14,7 tỷ đồng" (>); the
# two villages' pots and revenues (=, place "Nhơn An", "Nhơn Phong"); "khoảng 10.000 hộ dân trồng
# mai" (`~`). Not quantities: "2 làng mai lớn ... là làng mai Nhơn An ..., làng mai Nhơn Phong"
# (a list's lead count followed by the names, set365), "2/2", "mùng 5", "Tết Giáp Thìn 2024"
# (dates), "hàng trăm ha" (no digit), "lần thứ II" (a name). Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_binhdinh-annhon-doanh-thu-hoa-tet-2025", kind="result", year=2025, records=[
    R("doanh thu «155,6 tỷ", "doanh thu vụ hoa Tết của các làng hoa trong thị xã An Nhơn", "=", 155.6 * TY, **DONG),
    R("bán được «281.884 chậu", "chậu mai kiểng bán được", "=", 281884, **CNT),
    R("doanh thu hơn «140,9 tỷ", "doanh thu mai kiểng", ">", 140.9 * TY, **DONG),
    R("tiêu thụ «31.325 chậu", "chậu hoa cúc các loại tiêu thụ", "=", 31325, **CNT),
    R("doanh thu trên «14,7 tỷ", "doanh thu hoa cúc các loại", ">", 14.7 * TY, **DONG),
    R("bán được «84.800 chậu", "chậu mai kiểng làng mai Nhơn An bán được", "=", 84800, **CNT, place="Nhơn An"),
    R("doanh thu «42,4 tỷ", "doanh thu làng mai Nhơn An", "=", 42.4 * TY, **DONG, place="Nhơn An"),
    R("bán «82.600 chậu", "chậu mai kiểng làng mai Nhơn Phong bán", "=", 82600, **CNT, place="Nhơn Phong"),
    R("doanh thu «41,3 tỷ", "doanh thu làng mai Nhơn Phong", "=", 41.3 * TY, **DONG, place="Nhơn Phong"),
    R("khoảng «10.000 hộ", "hộ dân trồng mai ở thị xã An Nhơn", "~", 10000, **CNT),
])

# --------------------------------------------------------------------------
# 06 Gia Lai, the two wards of the former An Nhơn town (Bình Định before the 2025 merger) after the
# Tết Bính Ngọ apricot season, February 2026 (thanhnien.vn; the stamp " date 2026-02-25" written as
# the first line; cut: the two photo captions "Nhiều chậu mai tết dáng thế ... ẢNH: MINH LÊ" and
# "Sau tết, các nhà vườn xả cành, ... ẢNH: MINH LÊ", each with the blank line after it; the excerpt
# ends in "thắng"). Results, year 2026: "tổng doanh thu 140,6 tỉ đồng" (=), "riêng 5 làng mai trên
# địa bàn đạt doanh thu 51,2 tỉ đồng" (=, place "An Nhơn Đông"; "5 làng mai" part of the subject,
# no record), "Phường An Nhơn Bắc đạt 89,4 tỉ đồng" (=, place), "xuất bán hơn 40.025 chậu" (>,
# count, place "An Nhơn Đông"), "tiêu thụ 113.000 chậu mai tết" (=, place "An Nhơn Bắc"), the
# growers' average selling price "giá bình quân 800.000 đồng/chậu" (=, other "đồng/chậu"; a price
# paid to growers, set365). Not quantities: "tăng khoảng 35 tỉ đồng so với vụ mai tết năm ngoái",
# "tăng khoảng 200.000 đồng so với năm trước" (changes against last season), "bão số 13" (a name),
# "25.2", "18 - 20.11.2025", "20 tháng chạp" (dates). Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_gialai-annhon-mai-tet-2026", kind="result", year=2026, records=[
    R("doanh thu «140,6 tỉ", "tổng doanh thu mai tết hai phường An Nhơn Đông và An Nhơn Bắc", "=", 140.6 * TY,
      **DONG),
    R("doanh thu «51,2 tỉ", "doanh thu 5 làng mai trên địa bàn phường An Nhơn Đông", "=", 51.2 * TY, **DONG,
      place="An Nhơn Đông"),
    R("đạt «89,4 tỉ", "doanh thu mai tết phường An Nhơn Bắc", "=", 89.4 * TY, **DONG, place="An Nhơn Bắc"),
    R("hơn «40.025 chậu", "chậu mai vàng các loại nông dân xuất bán", ">", 40025, **CNT, place="An Nhơn Đông"),
    R("tiêu thụ «113.000 chậu", "chậu mai tết địa phương tiêu thụ", "=", 113000, **CNT, place="An Nhơn Bắc"),
    R("bình quân «800.000 đồng/chậu", "giá bình quân mai tết", "=", 800000, unit="other", unit_text="đồng/chậu",
      place="An Nhơn Bắc"),
])

# --------------------------------------------------------------------------
# 07 Vĩnh Long, Chợ Lách commune (Bến Tre's Chợ Lách district before the 2025 merger) selling its
# Tết flowers, January 2026 (cafef.vn; the stamp " date 2026-01-07" written as the first line; cut:
# the photo caption "Vườn cúc mâm xôi của gia đình chị Thiểm đã bắt đầu bung sắc, chờ xe đến rước
# đi." with the blank line after it; the excerpt ends in "nhiều nh"). Results, year 2026: "hơn
# 3.000 hộ sản xuất cây giống, hoa kiểng" (>, count), "gần 3,1 triệu sản phẩm hoa kiểng" (`~`,
# count; twice, the closing sentence's restatement recorded like the first, as set365 records a
# title's number beside the body's), "đã có đầu ra khoảng 86% số hoa (tại vườn 53%, tại chợ 33%)"
# (three records: the bracket states values, spec; "tại vườn", "tại chợ" are channels of sale, not
# levels: scope null, each its own subject), the kinds' shares ordered "đạt 95%" (=), "đạt khoảng
# 90%" (`~`), "tiêu thụ khoảng 80% sản lượng" (`~`), a grower's "1.700 cặp chậu cúc" (=, count) and
# the purchase price "180.000 đồng/cặp" (=, other "đồng/cặp"; a price paid to a grower). Not
# quantities: "khoảng 1/3 dân số của xã" (a fraction describing the households' weight; no record,
# a judgement), "hơn 20 năm trước" (a duration), "loại 1" (a grade). Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_vinhlong-cholach-hoa-kieng-tet-2026", kind="result", year=2026, records=[
    R("có hơn «3.000 hộ", "hộ sản xuất cây giống, hoa kiểng toàn xã Chợ Lách", ">", 3000, **CNT),
    R("có gần «3,1 triệu", "sản phẩm hoa kiểng phục vụ thị trường Tết toàn xã", "~", 3.1 * TRIEU, **CNT),
    R("khoảng «86% số hoa", "số hoa kiểng đã có đầu ra", "~", 86),
    R("tại vườn «53%", "số hoa kiểng có đầu ra tại vườn", "=", 53),
    R("tại chợ «33%", "số hoa kiểng có đầu ra tại chợ", "=", 33),
    R("mào gà… đạt «95%", "hoa cúc, vạn thọ, mào gà được đặt mua", "=", 95),
    R("đạt khoảng «90%", "tắc (quất) cảnh được đặt mua", "~", 90),
    R("tiêu thụ khoảng «80%", "sản lượng mai vàng, hoa giấy tiêu thụ", "~", 80),
    R("có «1.700 cặp", "cặp chậu cúc đạt chuẩn loại 1 đã được đặt cọc thu mua", "=", 1700, **CNT),
    R("giá «180.000 đồng/cặp", "giá thu mua cúc mâm xôi đạt chuẩn loại 1", "=", 180000, unit="other",
      unit_text="đồng/cặp"),
    R("tổng số gần «3,1 triệu", "tổng số sản phẩm hoa kiểng của xã Chợ Lách", "~", 3.1 * TRIEU, **CNT),
])

# --------------------------------------------------------------------------
# 08 Hưng Yên, Xuân Quan commune (Văn Giang) living from flowers, ornamental and landscape plants
# (nongnghiep.vn; nothing cut; no byline, no stamp, no year in the text: year null; the excerpt ends
# in "đã đư"). Results: "985 hộ trồng, chiếm 38,4% số hộ của xã" (two records), "169,2 ha, chiếm
# 75,2% tổng số diện tích đất canh tác" (two), the profit "cứ 1ha trồng hoa ... bình quân từ 1,2 -
# 1,5 tỷ đồng" (between, "đồng"; "1ha" part of the subject), the landscape plants' "từ 1 – 1,2 tỷ
# đồng/ha" (between, "đồng/ha"; the en dash read as the range's dash), the commune's "120 - 150 tỷ
# đồng/năm" (between, "đồng/năm"), "trên 1.000 người có việc làm" (>, count), the wage "5 - 7 triệu
# đồng/người/tháng" (between), and the province's "58 làng nghề và làng có nghề, 39 làng nghề đã
# đư[ợc công nhận]" (=, counts; the second cut off by the excerpt after its unit, as set193's "tài
# kho"). Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_hungyen-xuanquan-hoa-cay-canh", kind="result", year=None, records=[
    R("có «985 hộ", "hộ trồng hoa, cây cảnh, cây công trình toàn xã Xuân Quan", "=", 985, **CNT),
    R("chiếm «38,4% số hộ", "số hộ trồng hoa, cây cảnh, cây công trình trên số hộ của xã", "=", 38.4),
    R("đạt «169,2 ha", "tổng số diện tích chuyên trồng hoa, cây cảnh, cây công trình các loại", "=", 169.2, **HA),
    R("chiếm «75,2% tổng", "diện tích chuyên trồng hoa, cây cảnh, cây công trình trên tổng số diện tích đất canh "
      "tác", "=", 75.2),
    R("từ «1,2 - 1,5 tỷ", "lợi nhuận bình quân cứ 1ha trồng hoa các loại", "between", 1.2 * TY, value_max=1.5 * TY,
      **DONG),
    R("từ «1 – 1,2 tỷ", "lợi nhuận bình quân cây công trình", "between", 1 * TY, value_max=1.2 * TY,
      unit="other", unit_text="đồng/ha"),
    R("đạt «120 - 150 tỷ", "lợi nhuận từ việc trồng, kinh doanh hoa, cây cảnh, cây công trình trong toàn xã",
      "between", 120 * TY, value_max=150 * TY, unit="other", unit_text="đồng/năm"),
    R("trên «1.000 người", "người có việc làm ổn định", ">", 1000, **CNT),
    R("đạt «5 - 7 triệu", "mức thu nhập bình quân người làm thuê", "between", 5 * TRIEU, value_max=7 * TRIEU,
      unit="other", unit_text="đồng/người/tháng"),
    R("có «58 làng nghề", "làng nghề và làng có nghề toàn tỉnh", "=", 58, **CNT),
    R("«39 làng nghề", "làng nghề toàn tỉnh Hưng Yên", "=", 39, **CNT),
])

# --------------------------------------------------------------------------
# 09 Đà Nẵng, Dương Sơn flower village sold out before Tết Bính Ngọ, February 2026 (24h.com.vn; the
# stamp " date 2026-02-12" written as the first line; cut: the three photo captions "Nhà vườn đưa
# các chậu hoa cuối cùng đi tiêu thụ vào sáng 11-2", "Dù ảnh hưởng thời tiết, hoa vạn thọ ...",
# "Xe tải ra vô liên tục, ..." each with the blank line after it; the excerpt ends in "cúc đại ").
# Results, year 2026: "khoảng 4,5ha trồng hoa với 21 hộ sản xuất" (`~` "ha"; =, count), "cung ứng
# ra thị trường hơn 80.000 chậu" (>), its breakdown "khoảng 50.000 chậu", "khoảng 12.000 chậu"
# (`~`), "vạn thọ 5.000 chậu", "cúc cánh bướm 3.000 chậu" (=), "khoảng 10.000 giỏ dạ yến thảo
# treo" (`~`; each kind its own subject), a grower's "1.000 chậu cúc đại[ đóa]" (=, count). Not
# quantities: "11-2", "24 Tết" (dates). Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_danang-duongson-hoa-tet-2026", kind="result", year=2026, records=[
    R("khoảng «4,5ha", "làng hoa Dương Sơn trồng hoa", "~", 4.5, **HA),
    R("với «21 hộ", "hộ sản xuất hoa làng hoa Dương Sơn", "=", 21, **CNT),
    R("hơn «80.000 chậu", "chậu hoa, cây cảnh các loại làng hoa cung ứng ra thị trường dịp Tết", ">", 80000, **CNT),
    R("khoảng «50.000 chậu", "chậu cúc mâm xôi", "~", 50000, **CNT),
    R("khoảng «12.000 chậu", "chậu cúc đại đóa", "~", 12000, **CNT),
    R("thọ «5.000 chậu", "chậu vạn thọ", "=", 5000, **CNT),
    R("bướm «3.000 chậu", "chậu cúc cánh bướm", "=", 3000, **CNT),
    R("khoảng «10.000 giỏ", "giỏ dạ yến thảo treo", "~", 10000, **CNT),
    R("trồng «1.000 chậu", "chậu cúc đại đóa ông Lý Phước Dạng trồng", "=", 1000, **CNT),
])

# --------------------------------------------------------------------------
# 10 Đồng Tháp, Sa Đéc flower village before Tết 2026, January 2026 (vietnamplus.vn; the stamp
# " date 2026-01-24" written as the first line; nothing cut). Results, year 2026: "gần 1.000 ha và
# hơn 3.000 hộ sản xuất" (`~` "ha"; >, count), "thương lái đã đặt trước 40–50% sản lượng" (between:
# the en dash read as the range's dash). Target: "dự kiến cung ứng 1,3–1,4 triệu giỏ hoa ra thị
# trường" (kind target, between, count; "dự kiến", set365's and set363's forecasts of a plan read
# as targets). Not quantities: "hàng nghìn ha", "vài nghìn lượt khách" (no digit), "hơn 300 năm
# tuổi" (an age), "Tết Nguyên đán 2026", "Tết 2026" (dates). Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_dongthap-sadec-hoa-tet-2026", kind="result", year=2026, records=[
    R("gần «1.000 ha", "Sa Đéc, trung tâm hoa kiểng", "~", 1000, **HA),
    R("hơn «3.000 hộ", "hộ sản xuất hoa kiểng Sa Đéc", ">", 3000, **CNT),
    R("trước «40–50%", "sản lượng hoa Tết thương lái đã đặt trước", "between", 40, value_max=50),
    R("cung ứng «1,3–1,4 triệu", "giỏ hoa dự kiến cung ứng ra thị trường Tết", "between", 1.3 * TRIEU,
      value_max=1.4 * TRIEU, **CNT, **T),
])

# --------------------------------------------------------------------------
# 11 Đồng Nai, Trị An commune organising its Tết Bính Ngọ flower market, January 2026
# (trian.dongnai.gov.vn; cut: the banner "Chào mừng Đại hội Đại biểu toàn quốc lần thứ XIV của
# Đảng" with the blank line after it, the byline "Thứ hai - 26/01/2026 15:22" (written as the first
# line `date 2026-01-26`) and the font widget "  • Xem với cỡ chữ " with the three "  •  " lines
# and the blank line after them; the excerpt ends in "Lực"). A precision text with no record: the
# market's dates and hours "01/02/2026", "06/02/2026", "21 giờ ngày 16/02/2026", "19 tháng Chạp",
# "29 tháng Chạp", the years "2026". Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_dongnai-trian-cho-hoa-xuan-2026-precision", kind="target", year=2026, records=[])

# --------------------------------------------------------------------------
# 12 Hưng Yên, the head of Decision 589/QĐ-UBND of 01/03/2022 approving the scheme for flower and
# ornamental-plant craft villages with agricultural tourism to 2025, vision 2030 (thuviennhadat.vn;
# cut: the site's date display "Chủ nhật, Ngày 27/10/2024" with the blank line after it, not a
# byline; no stamp; the excerpt ends in "các n"). A precision text with no record: document numbers
# ("589/QĐ-UBND", "52/2018/NĐ-CP", "2779/QĐ-UBND", "38/TTr-SNN"), dates ("01/03/2022", "19/6/2015",
# "12/4/2018", "25/11/2020", "21/02/2022", "28/02/2022"), the scheme's horizon years ("đến năm
# 2025, tầm nhìn đến năm 2030", names of the scheme, not targets) and the article label "Điều 1".
# Year 2022 (the decision's). Pillar null.
# --------------------------------------------------------------------------
D12 = dict(name="12_hungyen-de-an-lang-nghe-hoa-2022-precision", kind="target", year=2022, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
