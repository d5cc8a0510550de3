#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set378: cashews, their
growing, processing, raw-nut imports and export, 2021-2030).

Adapted from set193's builder (itself from set184's, set175's, ... and the seeds') and from set365's
farm-theme conventions. Each record is written by hand below; its anchor is never typed in. A record
names a locator: a piece of the text with « just before the number. The locator (without «) must
occur exactly once in the text; the anchor is where « stands. `start`/`end` (the clause that states
the quantity) are computed by ../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of percentages deliberately left without a record (a
result's change against an earlier month, season or year, spec's decided cases); check_gold.py
verifies that every percentage has a record or a NOT entry.

`indicator_id_gold` (iid=) is null except for 07's products traded on e-commerce platforms
(econ.ecommerce_products_count): the catalogue (muctieu/catalog/data/indicators.yaml) measures digital
transformation, and none of its indicators measures a crop's area, output, an export or import value
or volume, a price or a market share (see README, "Catalogue labels"). Pillar is null throughout: no
text stands under a digital-transformation heading or lead-in. Scope is null throughout: markets,
districts and countries are not administrative levels or population groups.

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

measure = functools.partial(dict, unit="other")
HA, HECTA, TAN = measure(unit_text="ha"), measure(unit_text="hécta"), measure(unit_text="tấn")
USD, USD_TAN, TAN_NAM = measure(unit_text="USD"), measure(unit_text="USD/tấn"), measure(unit_text="tấn/năm")
RIEL_KG = measure(unit_text="riel/kg")
ECOM_PRODUCTS = "econ.ecommerce_products_count"

# --------------------------------------------------------------------------
# 01 Bình Phước, Plan 325/KH-UBND carrying out the national scheme for the key industrial crops
# (coffee, rubber, cashew, pepper) to 2030 (vietnam.vn/binhphuoc; cut: the site line "Powered by
# Techcity"; no byline, no stamp: "Ngày 4-11" names no year). Targets of 2030 throughout (the
# title's and the text's "Đến năm 2030"): the title's "giá trị ... xuất khẩu đạt 450 triệu USD"
# and the body's repeat of it (two records, each at its own place); the photo caption "Mục tiêu đến
# năm 2030, tỷ lệ chế biến sâu hạt tiêu đạt khoảng 30% sản lượng" (a caption stating a figure is
# kept and recorded, `~`); "đạt trên 356.000 ha" (`>`), "sản lượng 659.780 tấn/năm" and the four
# crops' areas and outputs (bare numbers of a target: `>=`); the cashew areas of the four districts
# "Bù Đăng 55.200 ha, ..." (the plan's allocation of the 138.000 ha: targets of 2030, the district
# in `place`; a judgement). Not quantities: "04 loại", "4 cây" (the size of the subject), "4-11"
# (a date), "325/KH-UBND" (a document).
# --------------------------------------------------------------------------
D01 = dict(name="01_binhphuoc-ke-hoach-cay-cong-nghiep-chu-luc-2030", kind="target", year=2030, records=[
    R("chủ lực xuất khẩu đạt «450 triệu USD\n", "giá trị sản phẩm từ cây công nghiệp chủ lực xuất khẩu", ">=",
      450e6, **USD),
    R("hạt tiêu đạt khoảng «30% sản lượng", "tỷ lệ chế biến sâu hạt tiêu", "~", 30),
    R("đạt trên «356.000 ha", "diện tích 04 loại cây công nghiệp chủ lực của tỉnh theo quy hoạch", ">", 356000,
      **HA),
    R("sản lượng «659.780 tấn/năm", "sản lượng 04 loại cây công nghiệp chủ lực của tỉnh", ">=", 659780,
      **TAN_NAM),
    R("cây điều «138.000 ha", "diện tích cây điều", ">=", 138000, **HA),
    R("sản lượng «250.000 tấn", "sản lượng cây điều", ">=", 250000, **TAN),
    R("cao su «200.000 ha", "diện tích cao su", ">=", 200000, **HA),
    R("sản lượng «363.000 tấn", "sản lượng cao su", ">=", 363000, **TAN),
    R("cà phê «8.000 ha", "diện tích cà phê", ">=", 8000, **HA),
    R("sản lượng «20.800 tấn", "sản lượng cà phê", ">=", 20800, **TAN),
    R("cây tiêu «10.000 ha", "diện tích cây tiêu", ">=", 10000, **HA),
    R("sản lượng «25.000 tấn", "sản lượng cây tiêu", ">=", 25000, **TAN),
    R("tham gia xuất khẩu đạt «450 triệu USD.", "tổng giá trị sản phẩm 4 cây công nghiệp chủ lực của tỉnh tham "
      "gia xuất khẩu", ">=", 450e6, **USD),
    R("Bù Đăng «55.200 ha", "diện tích cây điều tập trung ở huyện Bù Đăng", ">=", 55200, **HA, place="Bù Đăng"),
    R("Bù Gia Mập «30.650 ha", "diện tích cây điều tập trung ở huyện Bù Gia Mập", ">=", 30650, **HA,
      place="Bù Gia Mập"),
    R("Phú Riềng «21.800 ha", "diện tích cây điều tập trung ở huyện Phú Riềng", ">=", 21800, **HA,
      place="Phú Riềng"),
    R("Đồng Phú «14.950 ha", "diện tích cây điều tập trung ở huyện Đồng Phú", ">=", 14950, **HA,
      place="Đồng Phú"),
])

# --------------------------------------------------------------------------
# 02 Bình Phước, cashew kernel exports in January 2024 and the cashew sector three years into the
# province's Resolution 11/2020 (vov.vn; the stamp " date 2024-02" written as the first line; cut:
# the photo caption "Bình Phước liên tục tổ chức hội nghị ... (Ảnh: Trần Trung)" with the blank line
# after it; the excerpt ends in "được xem l"). Year 2024 (the stamp; the January figures), 2023
# for "Năm 2023, kim ngạch ... đạt 1,180 tỷ USD, chiếm tỷ trọng trên 28%". Results: "ước đạt trên
# 409 triệu USD" (`>`, the bound word next to the number), "59 nước" (count), the area "khoảng
# 152.007 ha" and its shares "hơn 30%", "trên 33%", the minority households' "khoảng 50.000 ha", the
# share of the country's area "gần 50%". Target: "chỉ tiêu xuất khẩu hạt điều nhân trong năm 2024
# (tăng 9 % so với năm 2023)" (a target stated as a change: `>=`, 2024). NOT: the January changes
# "tăng 2,45% so với tháng 12/2023", "tăng trên 77,6% so với cùng kỳ", "tăng trên 150%". Not
# quantities: "11/2020", "Nghị quyết số 11" (a resolution's number), "2020-2025", "năm 2030"
# (dates), "3 năm" (a span).
# --------------------------------------------------------------------------
D02 = dict(name="02_binhphuoc-xuat-khau-hat-dieu-nhan-2024", kind="result", year=2024, records=[
    R("ước đạt trên «409 triệu USD", "kim ngạch xuất khẩu của tỉnh tháng đầu tiên của năm 2024", ">", 409e6,
      **USD),
    R("(tăng «9 % so", "kim ngạch xuất khẩu hạt điều nhân (chỉ tiêu tăng so với năm 2023)", ">=", 9, **T),
    R("đạt «1,180 tỷ USD", "kim ngạch xuất khẩu sản phẩm hạt điều", "=", 1.18e9, **USD, year=2023),
    R("tỷ trọng trên «28%", "tỷ trọng kim ngạch xuất khẩu sản phẩm hạt điều trong tổng kim ngạch xuất khẩu của "
      "tỉnh", ">", 28, year=2023),
    R("đến «59 nước", "nước, khu vực và vùng lãnh thổ Bình Phước đã xuất khẩu nhân điều đến", "=", 59, **CNT),
    R("khoảng «152.007 ha", "diện tích cây điều trên địa bàn tỉnh", "~", 152007, **HA),
    R("chiếm hơn «30% tổng", "diện tích cây điều trong tổng diện tích cây lâu năm", ">", 30),
    R("và trên «33% tổng", "diện tích cây điều trong tổng diện tích đất sản xuất nông nghiệp của tỉnh",
      ">", 33),
    R("thiểu số khoảng «50.000 ha", "diện tích trồng điều của các hộ dân người đồng bào dân tộc thiểu số", "~",
      50000, **HA),
    R("chiếm gần «50% tổng", "diện tích trồng điều của tỉnh Bình Phước trong tổng diện tích trồng điều của cả "
      "nước", "~", 50),
], NOT=["tăng «2,45% so", "tăng trên «77,6% so", "tăng trên «150%"])

# --------------------------------------------------------------------------
# 03 Viet Nam, cashew exports and raw-nut imports in November and the first eleven months of 2023
# (cafef.vn; the stamp " date 2023-12" written as the first line; nothing cut; the excerpt ends in
# "mặt h"). Year 2023; the Ivory Coast's output "gần 800.000 tấn trong năm 2022" 2022 (place "Bờ
# Biển Ngà"). Results: November's "đạt 65 nghìn tấn, trị giá 358 triệu USD" ("ước tính ... đạt":
# `=`), the eleven months' "ước đạt 582 nghìn tấn, trị giá 3,31 tỷ USD", the kinds W320, W240, W180's
# shares "63,51% tổng lượng và 69,84% tổng kim ngạch", the imports "gần 2,7 triệu tấn" (`~`) and
# "đạt kim ngạch 3 tỷ USD". NOT: the changes "tăng 1,1% ...", "0,03%", "34,5%", "30,7%", "23,1%",
# "17,4%", "46,5%", "19,2%". Not quantities: "11/2023", "10/2023", "11/2022", "11 tháng" (dates and
# periods), "W320", "W240", "W180" (grades), "5 thị trường ... gồm: ..." (a list's lead count).
# --------------------------------------------------------------------------
D03 = dict(name="03_vietnam-xuat-nhap-khau-hat-dieu-11-thang-2023", kind="result", year=2023, records=[
    R("đạt «65 nghìn tấn", "lượng hạt điều xuất khẩu của Việt Nam trong tháng 11/2023", "=", 65000, **TAN),
    R("trị giá «358 triệu USD", "trị giá xuất khẩu hạt điều trong tháng 11/2023", "=", 358e6, **USD),
    R("ước đạt «582 nghìn tấn", "lượng hạt điều xuất khẩu 11 tháng năm 2023", "=", 582000, **TAN),
    R("trị giá «3,31 tỷ USD", "trị giá xuất khẩu hạt điều 11 tháng năm 2023", "=", 3.31e9, **USD),
    R("chiếm «63,51% tổng", "tỷ trọng chủng loại hạt điều W320, W240, W180 trong tổng lượng xuất khẩu", "=",
      63.51),
    R("và «69,84% tổng", "tỷ trọng chủng loại hạt điều W320, W240, W180 trong tổng kim ngạch xuất khẩu của cả "
      "nước", "=", 69.84),
    R("nhập khẩu gần «2,7 triệu tấn", "lượng hạt điều Việt Nam đã nhập khẩu trong 11 tháng", "~", 2.7e6, **TAN),
    R("đạt kim ngạch «3 tỷ USD", "kim ngạch nhập khẩu hạt điều trong 11 tháng", "=", 3e9, **USD),
    R("với gần «800.000 tấn", "sản lượng hạt điều của Bờ Biển Ngà, nhà cung cấp hạt điều lớn nhất thế giới", "~",
      800000, **TAN, year=2022, place="Bờ Biển Ngà"),
], NOT=["tăng «1,1% về", "tăng «0,03% về", "tăng «34,5% về", "tăng «30,7% về", "tăng «23,1% về",
        "tăng «17,4% về", "lượt «46,5% và", "và «19,2% so"])

# --------------------------------------------------------------------------
# 04 Viet Nam, cashew kernel exports in October and the first ten months of 2023, by the Gia Lai
# provincial paper (baogialai.com.vn; nothing cut; no byline, no stamp). Year 2023 (the text's
# "tháng 10-2023", "10 tháng năm 2023"). Results: October's "64.320 tấn, trị giá 358,18 triệu USD",
# the ten months' "516.900 tấn ..., trị giá 2,95 tỷ USD", the average export prices "5.569 USD/tấn"
# and "5.703 USD/tấn", the two markets' share "chiếm 42,6% kim ngạch", and the sales "sang Mỹ đạt
# 733 triệu USD", "sang Trung Quốc đạt 522,3 triệu USD" (a breakdown by market: scope null, the
# market in the indicator). NOT: every change in the brackets ("13,3%", "15,5%", "47,7%", "37,1%",
# "21,8%", "15,9%", "2%", "7,2%", "4,8%", "4,7%", "46,6%"). Not quantities: "tháng 9-2023", "tháng
# 10-2022", "10 tháng" (dates, periods), "2 khách hàng" (the lead count of the two markets named).
# --------------------------------------------------------------------------
D04 = dict(name="04_vietnam-xuat-khau-dieu-nhan-10-thang-2023", kind="result", year=2023, records=[
    R("mới với «64.320 tấn", "lượng xuất khẩu hạt điều nhân của Việt Nam trong tháng 10-2023", "=", 64320, **TAN),
    R("trị giá «358,18 triệu USD", "trị giá xuất khẩu hạt điều nhân trong tháng 10-2023", "=", 358.18e6, **USD),
    R("xuất khẩu «516.900 tấn", "lượng hạt điều nhân xuất khẩu 10 tháng năm 2023", "=", 516900, **TAN),
    R("trị giá «2,95 tỷ USD", "trị giá xuất khẩu hạt điều nhân 10 tháng năm 2023", "=", 2.95e9, **USD),
    R("đạt mức «5.569 USD/tấn", "giá xuất khẩu bình quân hạt điều nhân của Việt Nam trong tháng 10-2023", "=",
      5569, **USD_TAN),
    R("đạt mức «5.703 USD/tấn", "giá xuất khẩu bình quân hạt điều nhân 10 tháng năm 2023", "=", 5703, **USD_TAN),
    R("chiếm «42,6% kim ngạch", "Mỹ và Trung Quốc chiếm kim ngạch xuất khẩu hạt điều nhân", "=",
      42.6),
    R("sang Mỹ đạt «733 triệu USD", "kim ngạch xuất khẩu hạt điều nhân sang Mỹ", "=", 733e6, **USD),
    R("sang Trung Quốc đạt «522,3 triệu USD", "kim ngạch xuất khẩu hạt điều nhân sang Trung Quốc", "=", 522.3e6,
      **USD),
], NOT=["tăng «13,3% về", "tăng «15,5% về", "tăng «47,7% về", "tăng «37,1% về", "tăng «21,8% về",
        "tăng «15,9% về", "(tăng «2% so", "giảm «7,2% so", "(giảm «4,8% so", "(tăng «4,7% so",
        "(tăng «46,6% so"])

# --------------------------------------------------------------------------
# 05 Viet Nam, the cashew association Vinacas setting its 2022 export target at its congress of
# 26/2 (thoidai.com.vn; cut: the navigation "Trang chủ Kinh tế", the font widget "aa" and the two
# related-article links "Việt Nam tăng 14 bậc ..." and "Việt Nam trên đà ..." (each one line, its
# title twice); the byline date "08:43 | 27/02/2022 GMT+7" with the blank line after it, written as
# the first line `date 2022-02-27`; the excerpt ends in "Cụ th"). Targets of 2022: the title's and
# the body's "xuất khẩu nhân điều đạt 3,8 tỷ USD" (two records) and "(tăng 3,9% về trị giá so với năm
# 2021)" (a target stated as a change, `>=`). Results of 2021 (the paragraph "Theo Vinacas, năm
# 2021, ..." and "kết quả khả quan của năm 2021 - Việt Nam giữ vững vị trí số 1 thế giới"): the
# rank "vị trí số 1 thế giới" twice and "vị trí số 1 trong nhóm nông sản" (rank, `=`), "chiếm 80%
# tổng sản lượng nhân điều xuất khẩu của toàn cầu", the market shares "ở Mỹ và Trung Quốc thị phần
# 90%" (one value for both markets: one record), "Hà Lan 80%", "Đức 60%". Not quantities: "nhiệm kỳ
# X (2021-2026)", "26/2" (dates).
# --------------------------------------------------------------------------
D05 = dict(name="05_vinacas-muc-tieu-xuat-khau-nhan-dieu-2022", kind="target", year=2022, records=[
    R("xuất khẩu nhân điều đạt «3,8 tỷ USD năm", "xuất khẩu nhân điều của ngành điều", ">=", 3.8e9,
      **USD),
    R("xuất khẩu nhân điều đạt «3,8 tỷ USD (", "xuất khẩu nhân điều của ngành điều", ">=", 3.8e9,
      **USD),
    R("(tăng «3,9% về", "trị giá xuất khẩu nhân điều (tăng so với năm 2021)", ">=", 3.9),
    R("giữ vững vị trí số «1 thế giới về xuất khẩu nhân điều và", "vị trí của Việt Nam trên thế giới về xuất khẩu "
      "nhân điều", "=", 1, **RANK, kind="result", year=2021),
    R("tiếp tục giữ vững vị trí số «1 thế giới", "vị trí của Việt Nam trên thế giới về xuất khẩu nhân điều", "=", 1,
      **RANK, kind="result", year=2021),
    R("chiếm «80% tổng", "tỷ trọng của Việt Nam trong tổng sản lượng nhân điều xuất khẩu của toàn cầu", "=", 80,
      kind="result", year=2021),
    R("giữ vị trí số «1 trong nhóm", "vị trí của hạt điều trong nhóm nông sản (thực vật) xuất khẩu chính", "=", 1,
      **RANK, kind="result", year=2021),
    R("thị phần «90%", "thị phần hạt điều Việt Nam ở Mỹ và Trung Quốc", "=", 90, kind="result", year=2021),
    R("Hà Lan «80%", "thị phần hạt điều Việt Nam ở Hà Lan", "=", 80, kind="result", year=2021),
    R("Đức «60%", "thị phần hạt điều Việt Nam ở Đức", "=", 60, kind="result", year=2021),
])

# --------------------------------------------------------------------------
# 06 Đồng Nai (merged with Bình Phước in 2025), the cashew area and the cashew OCOP products,
# November 2025 (danviet.vn; cut: the section label "Nhà nông" and the byline "Bình Nguyên Thứ hai,
# ngày 03/11/2025 08:01 GMT+7", written as the first line `date 2025-11-03`; the excerpt ends in
# "minh ch"). Year 2025. Results: "Với hơn 180.000 hécta" (`>`), "toàn tỉnh có 496 sản phẩm OCOP",
# the 2025 council's "bình xét thêm 15 sản phẩm OCOP. Trong đó có 11 sản phẩm chế biến từ hạt điều,
# với 6 sản phẩm tiềm năng OCOP 5 sao" (three counts, each its own subject). Not quantities: "OCOP 5
# sao" (a grade's name, four times), "hàng chục" (no number).
# --------------------------------------------------------------------------
D06 = dict(name="06_dongnai-dien-tich-dieu-ocop-2025", kind="result", year=2025, records=[
    R("Với hơn «180.000 hécta", "diện tích trồng điều của tỉnh Đồng Nai", ">", 180000, **HECTA),
    R("toàn tỉnh có «496 sản phẩm", "sản phẩm OCOP toàn tỉnh", "=", 496, **CNT),
    R("bình xét thêm «15 sản phẩm", "sản phẩm OCOP Hội đồng Đánh giá, phân hạng sản phẩm OCOP Đồng Nai năm 2025 đã "
      "thẩm định, bình xét thêm", "=", 15, **CNT),
    R("có «11 sản phẩm", "sản phẩm OCOP chế biến từ hạt điều được bình xét", "=", 11, **CNT),
    R("với «6 sản phẩm", "sản phẩm tiềm năng OCOP 5 sao cấp quốc gia", "=", 6, **CNT),
])

# --------------------------------------------------------------------------
# 07 Đồng Nai, Plan 208/KH-UBND on fruit trees and key industrial crops (pepper, coffee, cashew,
# rubber) 2025-2030 (vietnamplus.vn; nothing cut; no byline, no stamp). Targets of 2030 (the text's
# "đến năm 2030"). "lên 126.000 ha, sản lượng 3,150 triệu tấn/năm" (3,150 read with its decimal
# comma: 3.15 million), "đạt diện tích 94.000ha, sản lượng hơn 2 triệu tấn" (`>`), the shares "là
# 100%", "đạt 30%", "đạt 70%" (`>=`), "có ít nhất 20 sản phẩm ... trên sàn thương mại điện tử"
# (`>=`, count; id econ.ecommerce_products_count), the industrial crops' "khoảng 426.204ha, sản
# lượng đạt khoảng 788.867 tấn" (`~`). Not quantities: "5 loại cây ăn quả chủ lực ... (gồm ...)"
# (a list's lead), "208/KH-UBND", "2025-2030".
# --------------------------------------------------------------------------
D07 = dict(name="07_dongnai-ke-hoach-cay-an-qua-cay-cong-nghiep-2030", kind="target", year=2030, records=[
    R("lên «126.000 ha", "tổng diện tích cây ăn quả trên địa bàn", ">=", 126000, **HA),
    R("sản lượng «3,150 triệu tấn/năm", "sản lượng cây ăn quả", ">=", 3.15e6, **TAN_NAM),
    R("diện tích «94.000ha", "diện tích 5 loại cây ăn quả chủ lực của tỉnh", ">=", 94000, **HA),
    R("sản lượng hơn «2 triệu tấn", "sản lượng 5 loại cây ăn quả chủ lực của tỉnh", ">", 2e6, **TAN),
    R("là «100%", "tỷ lệ diện tích cây ăn quả chủ lực được cấp mã số vùng trồng", ">=", 100),
    R("đạt «30% tổng", "tỷ lệ chế biến sản phẩm từ cây ăn quả trong tổng sản lượng cây ăn quả chủ lực", ">=", 30),
    R("đạt «70% tổng", "giá trị sản phẩm được sản xuất dưới các hình thức hợp tác, liên kết trong tổng giá trị "
      "sản phẩm cây ăn quả chủ lực", ">=", 70),
    R("ít nhất «20 sản phẩm", "sản phẩm cây ăn quả chủ lực giao dịch thường xuyên trên sàn thương mại điện tử",
      ">=", 20, **CNT, iid=ECOM_PRODUCTS),
    R("khoảng «426.204ha", "diện tích cây công nghiệp chủ lực (hồ tiêu, cà phê, điều, cao su)", "~", 426204,
      **HA),
    R("khoảng «788.867 tấn", "sản lượng cây công nghiệp chủ lực", "~", 788867, **TAN),
])

# --------------------------------------------------------------------------
# 08 Bình Phước, "the cashew capital": its area and output over the years (doanhnghiephoinhap.vn;
# cut: the image line "![]() |" and the chart caption "Bảng đồ về sản lượng điều qua từng năm ở
# Bình Phước – Đồ Họa: Trung Lữ |"; no byline, no stamp; the excerpt ends in "“thủ phủ điều” ").
# Year 2023 for the present figures (the latest year the text names, "Năm 2023, diện tích điều ở
# Bình Phước là 149.695 ha"; a judgement); outputs "96.813 tấn năm 2017" and "243.000 tấn năm 2020"
# by their own years. Results: "chiếm khoảng 50% tổng diện tích" (`~`), "ở mức gần 140.000 ha
# trong những năm gần đây" (`~`), "149.695 ha", "khoảng 52,8% tổng sản lượng" (`~`), "diện tích
# chiếm 46,6% và sản lượng chiếm 52,8% cả nước" (two, `=`). Not quantities: "những năm 2010", "Từ
# năm 2010 đến 2016" (dates), "10 năm qua" (a span).
# --------------------------------------------------------------------------
D08 = dict(name="08_binhphuoc-thu-phu-dieu-dien-tich-san-luong-2023", kind="result", year=2023, records=[
    R("chiếm khoảng «50% tổng", "diện tích trồng điều của Bình Phước trong tổng diện tích điều cả nước",
      "~", 50),
    R("ở mức gần «140.000 ha", "diện tích điều ở Bình Phước trong những năm gần đây", "~", 140000, **HA),
    R("là «149.695 ha", "diện tích điều ở Bình Phước", "=", 149695, **HA),
    R("khoảng «52,8% tổng", "tỷ trọng sản lượng điều Bình Phước trong tổng sản lượng cả nước", "~", 52.8),
    R("từ «96.813 tấn", "sản lượng điều Bình Phước", "=", 96813, **TAN, year=2017),
    R("đến «243.000 tấn", "sản lượng điều Bình Phước", "=", 243000, **TAN, year=2020),
    R("chiếm «46,6% và", "diện tích trồng điều của Bình Phước chiếm cả nước", "=", 46.6),
    R("sản lượng chiếm «52,8% cả", "sản lượng điều của Bình Phước chiếm cả nước", "=", 52.8),
])

# --------------------------------------------------------------------------
# 09 Viet Nam, cashew exports in June and the first half of 2024, and raw-nut imports with Cambodia
# the largest supplier (vietnamfdi.vn; cut: the second copy of the title "Campuchia đang là nguồn
# cung hạt điều lớn nhất của Việt Nam" (an image's caption) with the blank line after it; no byline,
# no stamp; the excerpt ends in "trong n"). Year 2024. Results: Cambodia's share "chiếm 55,5% tổng
# kim ngạch nhập khẩu" (twice, in the lead and the last paragraph: two records), June's "62,64
# nghìn tấn, trị giá 376,32 triệu USD", the half year's "353,5 nghìn tấn, trị giá 1,94 tỷ USD", the
# average prices "6.008 USD/tấn", "5.502 USD/tấn", the imports "gần 1,5 triệu tấn" (`~`) and "trị
# giá 1,8 tỷ USD". NOT: the changes ("7,5%", "1,6%", "4,5%", "9,5%", "26,2%", "18,7%", "9,8%",
# "4,8%", "6,4%", "8,4%", "3,4%"). Not quantities: "6/2024", "5/2024", "6/2023", "6 tháng" (dates,
# periods), "tăng trưởng 2 con số" (double-digit growth: a change).
# --------------------------------------------------------------------------
D09 = dict(name="09_vietnam-nhap-khau-dieu-campuchia-6-thang-2024", kind="result", year=2024, records=[
    R("Nửa đầu năm 2024, hạt điều Campuchia chiếm «55,5% tổng", "hạt điều Campuchia chiếm tổng kim ngạch nhập "
      "khẩu hạt điều của Việt Nam", "=", 55.5),
    R("đạt «62,64 nghìn tấn", "lượng hạt điều Việt Nam xuất khẩu tháng 6/2024", "=", 62640, **TAN),
    R("trị giá «376,32 triệu USD", "trị giá xuất khẩu hạt điều tháng 6/2024", "=", 376.32e6, **USD),
    R("đạt «353,5 nghìn tấn", "lượng hạt điều Việt Nam xuất khẩu 6 tháng đầu năm 2024", "=", 353500, **TAN),
    R("trị giá «1,94 tỷ USD", "trị giá xuất khẩu hạt điều 6 tháng đầu năm 2024", "=", 1.94e9, **USD),
    R("đạt mức «6.008 USD/tấn", "giá bình quân xuất khẩu hạt điều của Việt Nam tháng 6/2024", "=", 6008,
      **USD_TAN),
    R("đạt mức «5.502 USD/tấn", "giá bình quân xuất khẩu hạt điều của Việt Nam 6 tháng đầu năm 2024", "=", 5502,
      **USD_TAN),
    R("nhập khẩu gần «1,5 triệu tấn", "lượng hạt điều Việt Nam đã nhập khẩu", "~", 1.5e6, **TAN),
    R("trị giá «1,8 tỷ USD", "trị giá hạt điều Việt Nam đã nhập khẩu", "=", 1.8e9, **USD),
    R("Hạt điều Campuchia chiếm «55,5% tổng kim ngạch nhập khẩu mặt hàng này của nước ta", "hạt điều Campuchia "
      "chiếm tổng kim ngạch nhập khẩu mặt hàng này của nước ta", "=", 55.5),
], NOT=["giảm «7,5% về", "tăng «1,6% về", "tăng «4,5% về", "tăng «9,5% về", "tăng «26,2% về", "tăng «18,7% về",
        "tăng «9,8% so", "tăng «4,8% so", "giảm «6,4% so", "tăng «8,4% về", "nhẹ «3,4%"])

# --------------------------------------------------------------------------
# 10 Cambodia's cashew exports to Viet Nam in the first eight months of 2021, by the Gia Lai
# provincial paper citing the Cambodian ministry (baogialai.com.vn; the stamp " date 2021-09" written
# as the first line; cut: the photo caption "Công nhân Campuchia sơ chế hạt điều xuất khẩu.
# (Nguồn: kimmyfarm.com)" with the blank lines after it; the excerpt ends in "Ratanakiri kho").
# Year 2021; the price "so với giá 3.500 riel/kg năm 2020" 2020 (a value stated with its own year,
# recorded; a judgement). Results: "99% lượng hạt điều xuất khẩu ... sang Việt Nam, tương đương gần
# 870.000 tấn" and the same sentence repeated by the reporter (two records each: the text states them
# twice), "khoảng 876.531 tấn" (`~`), the other markets "Trung Quốc (3.639 tấn) và Thái Lan (3.230
# tấn)", the price "4.000 riel/kg" and its bracketed equivalent "(khoảng 1 USD)" (`~`, unit_text
# "USD"), "hơn 500.000 hécta ... tại 10 tỉnh" (`>`; the count of provinces), the provinces' areas
# "Kampong Thom khoảng 90.959 hécta", "Kratie khoảng 47.858 hécta" (`~`, the province in `place`).
# NOT: "tăng khoảng 350% so với cùng kỳ năm 2020" (a change). Not quantities: "7/9" (a date), "8
# tháng" (a period), "4 tỉnh ... gồm" (a list's lead).
# --------------------------------------------------------------------------
D10 = dict(name="10_campuchia-xuat-khau-hat-dieu-sang-viet-nam-2021", kind="result", year=2021, records=[
    R("Sakhon cho biết «99% lượng hạt điều", "lượng hạt điều xuất khẩu của Campuchia được xuất sang Việt Nam", "=",
      99),
    R("gần «870.000 tấn.\n\n\n\nBáo", "lượng hạt điều Campuchia xuất sang Việt Nam", "~", 870000, **TAN),
    R("khoảng «876.531 tấn", "lượng hạt điều Campuchia đã xuất khẩu trong 8 tháng đầu năm 2021", "~", 876531,
      **TAN),
    R("Sakhon cho biết «99% lượng điều", "lượng điều xuất khẩu của Campuchia được xuất sang Việt Nam", "=", 99),
    R("gần «870.000 tấn.\n\n\n\nSố", "lượng điều Campuchia xuất sang Việt Nam", "~", 870000, **TAN),
    R("Trung Quốc («3.639 tấn", "lượng điều Campuchia xuất sang thị trường Trung Quốc", "=", 3639, **TAN),
    R("Thái Lan («3.230 tấn", "lượng điều Campuchia xuất sang thị trường Thái Lan", "=", 3230, **TAN),
    R("mức «4.000 riel/kg", "giá hạt điều ở Campuchia", "=", 4000, **RIEL_KG),
    R("(khoảng «1 USD", "giá hạt điều ở Campuchia (USD)", "~", 1, **USD),
    R("giá «3.500 riel/kg", "giá hạt điều ở Campuchia", "=", 3500, **RIEL_KG, year=2020),
    R("có hơn «500.000 hécta", "diện tích trồng điều của Campuchia", ">", 500000, **HECTA),
    R("tại «10 tỉnh", "tỉnh chuyên canh cây điều của Campuchia", "=", 10, **CNT),
    R("Thom khoảng «90.959 hécta", "diện tích trồng điều tỉnh Kampong Thom", "~", 90959, **HECTA,
      place="Kampong Thom"),
    R("Kratie khoảng «47.858 hécta", "diện tích trồng điều tỉnh Kratie", "~", 47858, **HECTA, place="Kratie"),
], NOT=["khoảng «350% so"])

# --------------------------------------------------------------------------
# 11 Viet Nam, the Ministry of Agriculture's scheme for the key industrial crops to 2030: the cashew
# targets, an infographic's text (nvsk.vnanet.vn; nothing cut; no byline, no stamp; "TTXVN
# 13/02/2024" in the text). Targets of 2030: the title's and the body's "sản lượng hạt điều đạt
# 0,36-0,4 triệu tấn" (two records, `between` 360000-400000: one range stated once each time) and
# "tổng diện tích điều cả nước khoảng 280 - 300 nghìn ha" (`between`: "khoảng" before a range, as
# set365). Not quantities: "13/02/2024" (a date).
# --------------------------------------------------------------------------
D11 = dict(name="11_vietnam-de-an-cay-cong-nghiep-chu-luc-dieu-2030", kind="target", year=2030, records=[
    R("hạt điều đạt «0,36-0,4 triệu tấn\n", "sản lượng hạt điều", "between", 360000, **TAN, value_max=400000),
    R("cả nước khoảng «280 - 300 nghìn ha", "tổng diện tích điều cả nước", "between", 280000, **HA,
      value_max=300000),
    R("hạt điều đạt «0,36-0,4 triệu tấn.", "sản lượng hạt điều", "between", 360000, **TAN, value_max=400000),
])

# --------------------------------------------------------------------------
# 12 Bình Phước, Decision 1395/QĐ-UBND of 25 August 2023 approving the scheme to restructure the
# province's agriculture 2021-2025, to 2030: its header and legal bases (hethongphapluat.vn; cut:
# the site name "Hệ thống pháp luật" with the blank line after it; the excerpt ends in "giai đoạn
# 2"). A precision text, no record: document numbers (1395/QĐ-UBND, 01-NQ/ĐH, 11-NQ/TU, 17-CTr/TU,
# 612-QĐ/TU, 185/TTr-SNN), dates (25/8/2023, 19/6/2015, 22/1/2019, 22/10/2020, 10/7/2023,
# 30/9/2021, 16/6/2022, 22/8/2023), terms ("2020-2025", "2021-2026", "2021-2025", "năm 2030"), and
# "Điều 1".
# --------------------------------------------------------------------------
D12 = dict(name="12_binhphuoc-qd-co-cau-lai-nong-nghiep-2023-precision", kind="result", year=2023, records=[])

# --------------------------------------------------------------------------
# 13 Gia Lai, Decision 111/QĐ-UBND of 14 March 2023 approving the scheme to convert inefficient crops
# to high-value crops 2023-2025, to 2030: the legal database's header and the decision's legal bases
# (thuvienphapluat.vn; cut: the search box "Từ khoá: Số Hiệu, ..." , "Đăng nhập" and "Đang tải văn
# bản..." each with the blank line after it; the excerpt ends in "hoạt động về"). A precision text,
# no record: document numbers (111/QĐ-UBND, 94/2019/NĐ-CP, 255/QĐ-TTg, 02/2015/QĐ-UBND), dates
# (14/03/2023, 19/6/2015, 29/11/2013, 19/11/2018, 13/12/2019, 25/02/2021, 20/01/2015) and terms
# ("2023 - 2025", "năm 2030", "2021-2025").
# --------------------------------------------------------------------------
D13 = dict(name="13_gialai-qd-chuyen-doi-cay-trong-2023-precision", kind="result", year=2023, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
