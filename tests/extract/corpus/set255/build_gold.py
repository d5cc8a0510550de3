#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set255).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder by ../goldkit.py.

Each document may also list NOT: locators of percentages deliberately left without a record (a
result's change against an earlier period, "tăng 7,3%"; completion against a plan or an estimate,
"bằng 82,4% kế hoạch năm", "vượt 28,6% dự toán"); check_gold.py verifies that every percentage has a
record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml (see README): the catalogue names no indicator for export
turnover, retail sales, fairs or markets, so every record of this set is null (`iid=` left out).

The set's theme is trade (exports, retail sales, fairs and markets); no text stands under a heading
naming a pillar of digital transformation, so every pillar is null.

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

DONG = dict(unit="other", unit_text="đồng")
USD = dict(unit="other", unit_text="USD")

# --------------------------------------------------------------------------
# 01 Thái Nguyên, total retail sales and consumer services in August 2023 (thainguyentv.vn; nothing
# cut; no byline, no stamp). Year 2023 ("8 tháng năm 2023"; the August figure is of the same year).
# Results: August's total "trên 5.530 tỷ đồng" (>), the state sector "trên 214 tỷ" (>), the
# non-state sector "gần 5.310 tỷ" (~), the foreign-invested sector "11,4 tỷ" (=), the retail share
# of the trade and services structure "trên 70%" (>), eight months' total "gần 44,4 nghìn tỷ đồng"
# (~, 44.4e12). Scope null: the sectors of ownership are a breakdown by kind, not a level. NOT: the
# title's "tăng gần 11%", "tăng 7,3%", "tăng trên 11%", "giảm 4%", "tăng 30,5% so với cùng kỳ"
# (changes against a year earlier).
# --------------------------------------------------------------------------
D01 = dict(name="01_thainguyen-ban-le-thang-8-2023", kind="result", year=2023, records=[
    R("tháng 8 đạt trên «5.530 tỷ", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng trên địa bàn tỉnh "
      "tháng 8", ">", 5530e9, **DONG),
    R("Nhà nước đạt trên «214 tỷ", "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng khu vực kinh tế Nhà "
      "nước", ">", 214e9, **DONG),
    R("đạt gần «5.310 tỷ", "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng khu vực kinh tế ngoài Nhà "
      "nước", "~", 5310e9, **DONG),
    R("đạt «11,4 tỷ", "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng khu vực kinh tế có vốn đầu tư nước "
      "ngoài", "=", 11.4e9, **DONG),
    R("với trên «70%", "doanh thu bán lẻ hàng hóa chiếm cơ cấu ngành thương mại, dịch vụ của tỉnh", ">", 70),
    R("đạt gần «44,4 nghìn tỷ", "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 8 tháng năm 2023", "~",
      44.4e12, **DONG),
], NOT=["tăng gần «11%", "tăng «7,3%", "tăng trên «11%", "giảm «4%", "tăng «30,5%"])

# --------------------------------------------------------------------------
# 02 Quảng Nam, total retail sales and services in March and the first quarter of 2025
# (baoquangnam.vn; cut: the photo caption "Khách hàng chọn mua hàng hóa tại một cơ sở dịch vụ. Ảnh
# minh họa: Việt Quang" with the blank line after it; the stamp " date 2025-03" written as the first
# line; the section label "Kinh tế" opens the title's line and stays, a part of a line). Year 2025.
# Results, "ước đạt" (=), "hơn" (>), "gần" (~): the title's "ước đạt 20.587 tỷ đồng" and the
# body's restatement (two records, as earlier sets record a title's figure and the body's), March's
# total and its four parts (6.873; 3.948; 1.585; 51; hơn 1.289 tỷ), the quarter's parts (hơn 12.239
# tỷ with "chiếm gần 60%"; 4.507 tỷ with "chiếm gần 22%"; 121; 3.720). Scope null (kinds of
# service). NOT: every "tăng N% so với tháng trước / cùng kỳ / quý I/2024" and "(tăng 5,7%)",
# "(tăng 12,1%)" (changes).
# --------------------------------------------------------------------------
D02 = dict(name="02_quangnam-ban-le-quy-1-2025", kind="result", year=2025, records=[
    R("quý I/2025 ước đạt «20.587 tỷ đồng (QNO)", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ quý I/2025", "=",
      20587e9, **DONG),
    R("ước đạt «6.873 tỷ", "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tháng 3/2025", "=", 6873e9, **DONG),
    R("ước đạt «3.948 tỷ", "doanh thu bán lẻ tháng 3/2025", "=", 3948e9, **DONG),
    R("ước đạt «1.585 tỷ", "doanh thu dịch vụ lưu trú, ăn uống tháng 3/2025", "=", 1585e9, **DONG),
    R("ước đạt «51 tỷ", "doanh thu dịch vụ lữ hành tháng 3/2025", "=", 51e9, **DONG),
    R("ước đạt hơn «1.289 tỷ", "doanh thu dịch vụ khác tháng 3/2025", ">", 1289e9, **DONG),
    R("quý I/2025 ước đạt «20.587 tỷ đồng (tăng", "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ quý I/2025", "=",
      20587e9, **DONG),
    R("ước đạt hơn «12.239 tỷ", "doanh thu bán lẻ hàng hóa quý I/2025", ">", 12239e9, **DONG),
    R("chiếm gần «60%", "doanh thu bán lẻ hàng hóa chiếm tỷ trọng", "~", 60),
    R("ước đạt «4.507 tỷ", "doanh thu lưu trú, ăn uống quý I/2025", "=", 4507e9, **DONG),
    R("chiếm gần «22%", "doanh thu lưu trú, ăn uống chiếm tỷ trọng", "~", 22),
    R("ước đạt «121 tỷ", "doanh thu lữ hành quý I/2025", "=", 121e9, **DONG),
    R("ước đạt «3.720 tỷ", "doanh thu dịch vụ khác quý I/2025", "=", 3720e9, **DONG),
], NOT=["tăng «9,2%", "tăng «16,1%", "tăng «7,7%", "tăng «11,6%", "tăng «13,0%", "tăng «28,3%", "tăng «49,4%",
        "tăng «2,2%", "tăng «8,1%", "tăng «17,3%", "tăng «12,2%", "tăng «8,2%", "tăng «24,8%", "tăng «5,7%",
        "tăng «12,1%"])

# --------------------------------------------------------------------------
# 03 Quảng Ngãi, export turnover of the first eight months of 2022 (baoquangngai.vn; nothing cut; no
# byline, no stamp; the address's "202209" is not in the text). Year 2022. Results: "ước đạt 1,533
# tỷ USD" (=, other "USD", 1.533e9), then the goods' turnovers "19,7 triệu USD", "66,4", "4,2",
# "99,1", "82,4", "560 triệu USD" (=; "ước đạt" governs the list) and "gần 139 triệu USD" (~), each
# its own subject. NOT: the title's "tăng 28%", "tăng gần 28%" and the goods' "(tăng N%)" (changes);
# "bằng 82,4% kế hoạch năm" (completion against the year's plan, as the earlier sets leave "đạt 102%
# kế hoạch" out).
# --------------------------------------------------------------------------
D03 = dict(name="03_quangngai-xuat-khau-8-thang-2022", kind="result", year=2022, records=[
    R("ước đạt «1,533 tỷ USD", "kim ngạch xuất khẩu 8 tháng năm 2022 của tỉnh", "=", 1.533e9, **USD),
    R("ước đạt «19,7 triệu", "kim ngạch xuất khẩu thủy sản chế biến", "=", 19.7e6, **USD),
    R("may mặc «66,4 triệu", "kim ngạch xuất khẩu may mặc", "=", 66.4e6, **USD),
    R("chế biến «4,2 triệu", "kim ngạch xuất khẩu hàng thực phẩm chế biến", "=", 4.2e6, **USD),
    R("cơ khí «99,1 triệu", "kim ngạch xuất khẩu sản phẩm cơ khí", "=", 99.1e6, **USD),
    R("dầu FO «82,4 triệu", "kim ngạch xuất khẩu dầu FO", "=", 82.4e6, **USD),
    R("thép «560 triệu", "kim ngạch xuất khẩu thép", "=", 560e6, **USD),
    R("gần «139 triệu", "kim ngạch xuất khẩu giày, da các loại", "~", 139e6, **USD),
], NOT=["tăng «28%", "tăng gần «28%", "bằng «82,4% kế", "tăng «25,9%", "tăng «30,1%", "tăng «48,6%",
        "tăng «79,9%", "tăng «50,7%", "tăng «44,6%", "tăng «31,8%"])

# --------------------------------------------------------------------------
# 04 Bà Rịa - Vũng Tàu, export turnover of July and of the first seven months of 2022
# (baobariavungtau.com.vn; cut: the byline "VÂN ANH" with the blank line before it; the stamp
# " date 2022-08" written as the first line). Year 2022. Results: July "gần 721 triệu USD" (~),
# seven months "hơn 4,78 tỷ USD" (>), without crude oil "hơn 3,26 tỷ USD" (>); the markets' shares
# "63,42%", "6,33%", "8,59%" (=, %) and their turnovers "tương đương hơn 3 tỷ USD" (>), "302,95
# triệu USD", "411,52 triệu USD" (=: the value of the exports to that market, 63,42% of 4,78 tỷ,
# not the increase); the groups "hơn 3,13 tỷ USD" (>), "3,65%" with "118,9 triệu USD", "0,16%" with
# "5,32 triệu USD" (=). One target: "vượt tốc độ tăng trưởng theo kế hoạch đề ra đầu năm 2022 là
# 8,42%" (the plan's growth rate for 2022, a target stated as a change: >=, 8.42, %, 2022). NOT:
# "tăng gần 42%", "tăng 14,36%", "tăng gần 12%", "tăng 10,43%", "tăng 70,94%", "tăng 58,66%", "tăng
# 12,23%", "tăng 0,91%", "tăng 58,24%" (changes).
# --------------------------------------------------------------------------
D04 = dict(name="04_bariavungtau-xuat-khau-7-thang-2022", kind="result", year=2022, records=[
    R("đạt gần «721 triệu", "tổng kim ngạch xuất khẩu toàn tỉnh tháng 7/2022", "~", 721e6, **USD),
    R("đạt hơn «4,78 tỷ", "tổng kim ngạch xuất khẩu toàn tỉnh 7 tháng", ">", 4.78e9, **USD),
    R("đạt hơn «3,26 tỷ", "kim ngạch xuất khẩu (trừ dầu thô) 7 tháng", ">", 3.26e9, **USD),
    R("là «8,42%", "tốc độ tăng trưởng kim ngạch xuất khẩu theo kế hoạch đề ra đầu năm 2022", ">=", 8.42, **T),
    R("tỷ trọng «63,42%", "châu Á thị trường xuất khẩu chính của tỉnh chiếm tỷ trọng trong tổng kim ngạch xuất "
      "khẩu", "=", 63.42),
    R("tương đương hơn «3 tỷ", "kim ngạch xuất khẩu thị trường châu Á", ">", 3e9, **USD),
    R("tỷ trọng «6,33%", "thị trường châu Âu chiếm tỷ trọng", "=", 6.33),
    R("tương đương «302,95 triệu", "kim ngạch xuất khẩu thị trường châu Âu", "=", 302.95e6, **USD),
    R("chiếm «8,59%", "thị trường châu Mỹ chiếm tỷ trọng", "=", 8.59),
    R("tương đương «411,52 triệu", "kim ngạch xuất khẩu thị trường châu Mỹ", "=", 411.52e6, **USD),
    R("đạt hơn «3,13 tỷ", "kim ngạch xuất khẩu trừ dầu thô nhóm hàng CN-TTCN", ">", 3.13e9, **USD),
    R("tỷ trọng «3,65%", "nhóm thủy sản chiếm tỷ trọng", "=", 3.65),
    R("đạt «118,9 triệu", "kim ngạch xuất khẩu nhóm thủy sản", "=", 118.9e6, **USD),
    R("tỷ trọng «0,16%", "nhóm nông lâm sản chiếm tỷ trọng", "=", 0.16),
    R("đạt «5,32 triệu", "kim ngạch xuất khẩu nhóm nông lâm sản", "=", 5.32e6, **USD),
], NOT=["tăng gần «42%", "tăng «14,36%", "tăng gần «12%", "tăng «10,43%", "tăng «70,94%", "tăng «58,66%",
        "tăng «12,23%", "tăng «0,91%", "tăng «58,24%"])

# --------------------------------------------------------------------------
# 05 Nghệ An, the year 2021 reviewed: budget revenue, export turnover against the 2025 target,
# investment (e.baonghean.vn; nothing cut; the stamp " date 2022-01" written as the first line).
# Results of 2021 ("ước cả năm 2021", "tính đến 15/12/2021"; the budget's "Dự kiến đến cuối năm" is
# the same year's estimate): "thu ngân sách đạt hơn 18.000 tỷ đồng" (>), "kim ngạch xuất khẩu hơn 2
# tỷ USD" (>), "cấp mới cho 115 dự án" (=), "điều chỉnh 147 lượt dự án" (=), "hơn 39.300 tỷ đồng"
# (>). One target: "mục tiêu theo Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX đến năm 2025 là 1,765
# tỷ USD" (>=, 2025). NOT: "vượt 28,6% dự toán" (against the estimate), "tăng 41,97%" (a change).
# Not quantities: "gấp 3,16 lần ... so với cùng kỳ năm 2020" (a change), "XIX" (a name), dates.
# --------------------------------------------------------------------------
D05 = dict(name="05_nghean-xuat-khau-muc-tieu-2025", kind="result", year=2021, records=[
    R("thu ngân sách đạt hơn «18.000 tỷ", "thu ngân sách", ">", 18000e9, **DONG),
    R("xuất khẩu hơn «2 tỷ USD", "kim ngạch xuất khẩu cả năm 2021", ">", 2e9, **USD),
    R("là «1,765 tỷ USD", "mục tiêu kim ngạch xuất khẩu theo Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX", ">=",
      1.765e9, **USD, **T, year=2025),
    R("cấp mới cho «115 dự án", "dự án đầu tư cấp mới", "=", 115, **CNT),
    R("điều chỉnh «147 lượt", "lượt dự án điều chỉnh", "=", 147, **CNT),
    R("là hơn «39.300 tỷ", "tổng số vốn đầu tư cấp mới và tăng thêm", ">", 39300e9, **DONG),
], NOT=["vượt «28,6%", "tăng «41,97%"])

# --------------------------------------------------------------------------
# 06 Lạng Sơn, traffic and turnover through the border gates in 2023 (danviet.vn; nothing cut; the
# stamp " date 2024-02" written as the first line). Year 2023 ("Trong năm 2023"). Results: "7 cửa
# khẩu ... duy trì thông quan thông suốt" (=, count); vehicles "khoảng 1.100 - 1.350 xe/ngày"
# (between, other "xe/ngày"), of which exports "khoảng 400-450 xe" and imports "750-800 xe"
# (between, count: the unit written is "xe"); the railway gate's "25 toa/ngày" (=, other) and
# "30-35 toa/ngày" (between, other); turnovers "51.990,563 triệu USD" (5.1990563e10), "4.975 triệu
# USD", exports "2.750 triệu USD", imports "2.225 triệu USD", local goods' exports "156 triệu USD"
# (=, other "USD"). Scope null (exports/imports, kinds of goods: a breakdown by kind). NOT: "tăng
# trên 100% so với năm 2022", "tăng 81,84%", "tăng 62,6%", "tăng 168,8%", "tăng 9,2%", "tăng 9,9%"
# (changes); "đạt 130,9% kế hoạch", "211,5%", "89%", "101,3% kế hoạch" (completion against a plan).
# --------------------------------------------------------------------------
D06 = dict(name="06_langson-xuat-nhap-khau-cua-khau-2023", kind="result", year=2023, records=[
    R("2023, «7 cửa khẩu", "cửa khẩu trên địa bàn tỉnh Lạng Sơn duy trì thông quan thông suốt", "=", 7, **CNT),
    R("khoảng «1.100 - 1.350", "lượng xe thông quan trung bình", "between", 1100, unit="other",
      unit_text="xe/ngày", value_max=1350),
    R("khoảng «400-450 xe", "lượng xe thông quan xuất khẩu", "between", 400, **CNT, value_max=450),
    R("nhập khẩu «750-800 xe", "lượng xe thông quan nhập khẩu", "between", 750, **CNT, value_max=800),
    R("xuất khẩu «25 toa", "lưu lượng hàng hóa xuất khẩu trung bình tại cửa khẩu Ga đường sắt quốc tế Đồng Đăng",
      "=", 25, unit="other", unit_text="toa/ngày"),
    R("trung bình «30-35 toa", "lưu lượng hàng hóa nhập khẩu trung bình tại cửa khẩu Ga đường sắt quốc tế Đồng "
      "Đăng", "between", 30, unit="other", unit_text="toa/ngày", value_max=35),
    R("đạt «51.990,563 triệu", "Tổng kim ngạch hàng hóa xuất nhập khẩu của tất cả các loại hình qua địa bàn tỉnh",
      "=", 51990.563e6, **USD),
    R("đạt «4.975 triệu", "kim ngạch xuất nhập khẩu hàng hóa mở tờ khai hải quan tại Cục Hải quan Lạng Sơn", "=",
      4975e6, **USD),
    R("xuất khẩu «2.750 triệu", "kim ngạch xuất khẩu mở tờ khai hải quan tại Cục Hải quan Lạng Sơn", "=", 2750e6,
      **USD),
    R("đạt «2.225 triệu", "kim ngạch nhập khẩu mở tờ khai hải quan tại Cục Hải quan Lạng Sơn", "=", 2225e6, **USD),
    R("đạt «156 triệu", "Xuất khẩu hàng hóa địa phương", "=", 156e6, **USD),
], NOT=["trên «100%", "tăng «81,84%", "đạt «130,9%", "tăng «62,6%", "đạt «211,5%", "tăng «168,8%", "đạt «89%",
        "tăng «9,2%", "đạt «101,3%", "tăng «9,9%"])

# --------------------------------------------------------------------------
# 07 Thanh Hóa, the province's plan for the western trade fair of 2023 (dcsth.hanhchinhcong.net, a
# copy of thanhhoa.dcs.vn's page; nothing cut; no byline, no stamp; the excerpt ends in "nguồn xã
# h"). Targets of "Kế hoạch số 153/KH-UBND ngày 07/6/2023", year 2023. "Quy mô hội chợ khoảng 230
# gian hàng" (~, the plan's "khoảng"); the 80 booths paid by the province's budget (>=, a bare
# number in a plan) and their parts: 24 for ten districts with "(mỗi huyện 02 gian)", 04 for Thạch
# Thành, 30 for craft villages, 10 for associations, 08 for Lao enterprises, 08 for four provinces'
# promotion centres with "(mỗi tỉnh 02 gian)", and "150 gian hàng nguồn xã h[ội]" (>=, count, each
# its own subject; the per-district and per-province allotments are quantities of their own, as
# earlier sets' "mỗi căn 70 triệu"; a judgement). Scope null (a breakdown by kind of exhibitor). Not
# quantities: "05 ngày" (the duration, as earlier sets' durations), "tháng 7/2023", "07/6/2023"
# (dates), "153/KH-UBND" (a document).
# --------------------------------------------------------------------------
D07 = dict(name="07_thanhhoa-hoi-cho-mien-tay-ke-hoach-2023", kind="target", year=2023, records=[
    R("khoảng «230 gian", "Quy mô hội chợ gian hàng", "~", 230, **CNT),
    R("trong đó «80 gian", "gian hàng được ngân sách tỉnh hỗ trợ kinh phí", ">=", 80, **CNT),
    R("bao gồm: «24 gian", "gian của các huyện Như Xuân, Như Thanh, Thường Xuân, Lang Chánh, Bá Thước, Quan Hóa, "
      "Quan Sơn, Mường Lát, Ngọc Lặc, Cẩm Thủy", ">=", 24, **CNT),
    R("mỗi huyện «02 gian", "gian mỗi huyện", ">=", 2, **CNT),
    R("; «04 gian", "gian của huyện Thạch Thành", ">=", 4, **CNT),
    R("; «30 gian", "gian hàng làng nghề thủ công truyền thống", ">=", 30, **CNT),
    R("; «10 gian", "gian hàng của các Hiệp hội", ">=", 10, **CNT),
    R("; «08 gian hàng của các doanh", "gian hàng của các doanh nghiệp nước bạn Lào", ">=", 8, **CNT),
    R("; «08 gian hàng của Trung", "gian hàng của Trung tâm xúc tiến đầu tư, thương mại các tỉnh Nghệ An, Ninh "
      "Bình, Hòa Bình, Sơn La", ">=", 8, **CNT),
    R("mỗi tỉnh «02 gian", "gian mỗi tỉnh", ">=", 2, **CNT),
    R("có «150 gian", "gian hàng nguồn xã h", ">=", 150, **CNT),
])

# --------------------------------------------------------------------------
# 08 Bình Thuận and Ninh Thuận, the Vietnamese-goods market days assigned in the national trade
# promotion programme of 2024 (baobinhthuan.com.vn; nothing cut; no byline, no stamp; the excerpt
# ends in "theo q"). Targets of 2024 (the programme's year; "Bộ Công Thương có giao ... tổ chức"):
# "4 phiên chợ" (>=), its parts "3 phiên chợ hàng Việt về miền núi", "1 phiên chợ hàng Việt về hải
# đảo" (>=), "quy mô từ 20 - 30 gian hàng/phiên chợ" (between, other "gian hàng/phiên chợ", a rate
# per market day) and "thu hút 10 - 15 doanh nghiệp tham gia mỗi phiên chợ" (between, count: a
# programme's target, not the participants of an event reported). Not quantities: the dates "28 -
# 30/8", "4 - 6/9/2024", "10 - 12/9/2024", "27 - 29/9/2024".
# --------------------------------------------------------------------------
D08 = dict(name="08_binhthuan-ninhthuan-phien-cho-hang-viet-2024", kind="target", year=2024, records=[
    R("tổ chức «4 phiên", "phiên chợ hàng Việt về miền núi, hải đảo trên địa bàn hai tỉnh", ">=", 4, **CNT),
    R("Bao gồm «3 phiên", "phiên chợ hàng Việt về miền núi", ">=", 3, **CNT),
    R("núi, «1 phiên", "phiên chợ hàng Việt về hải đảo", ">=", 1, **CNT),
    R("từ «20 - 30 gian", "quy mô phiên chợ", "between", 20, unit="other", unit_text="gian hàng/phiên chợ",
      value_max=30),
    R("thu hút «10 - 15 doanh", "doanh nghiệp tham gia mỗi phiên chợ", "between", 10, **CNT, value_max=15),
])

# --------------------------------------------------------------------------
# 09 Thanh Hóa honoured at the first Spring Fair of 2026 in Hà Nội (baothanhhoa.vn; cut: the photo
# caption "Không gian trưng bày của tỉnh Thanh Hóa tại Hội chợ mùa Xuân thu hút đông đảo khách tham
# quan." with the blank line after it; the caption "64 đơn vị tiêu biểu ..." carries a figure and
# stays; the stamp " date 2026-02-14" written as the first line; the excerpt ends in "hàng hóa ti").
# Results of 2026: "quy mô 3.000 gian hàng tiêu chuẩn" (=), "thu hút khoảng 500.000 lượt khách" (~;
# set190's "hơn 700.000 lượt khách" of fairs), "Ước tính có tới 75% đơn vị tham gia đạt mức tăng
# trưởng doanh thu vượt bậc" (=, an estimate reached), Thanh Hóa's space "gần 100 sản phẩm" (~). Not
# quantities: "một trong 64 đơn vị" and the caption's "64 đơn vị" (membership among the honoured, as
# earlier sets' "một trong 10 công trình"), "quy tụ khoảng 2.500 doanh nghiệp, tổ chức" (the
# participants of one event, spec), "12 ngày" (a duration), "13/2", "2 đến 13/2" (dates).
# --------------------------------------------------------------------------
D09 = dict(name="09_thanhhoa-hoi-cho-mua-xuan-2026", kind="result", year=2026, records=[
    R("quy mô «3.000 gian", "quy mô Hội chợ Mùa Xuân gian hàng tiêu chuẩn", "=", 3000, **CNT),
    R("khoảng «500.000 lượt", "lượt khách đến tham quan mua sắm Hội chợ đã thu hút", "~", 500000, **CNT),
    R("có tới «75%", "đơn vị tham gia đạt mức tăng trưởng doanh thu vượt bậc", "=", 75),
    R("gần «100 sản phẩm", "sản phẩm hàng hóa tiêu biểu tỉnh Thanh Hóa không gian trưng bày đã giới thiệu", "~",
      100, **CNT),
])

# --------------------------------------------------------------------------
# 10 Quảng Nam, the list of places and priority fields for fairs and exhibitions in 2024
# (baoquangnam.vn; cut: the photo caption "Ưu tiên tổ chức hội chợ, triển lãm đối với sản phẩm OCOP,
# sản phẩm đặc trưng địa phương... Ảnh: C.N" with the blank line after it; no byline, no stamp; the
# excerpt ends in "điểm tổ chức h"). A precision text, no record: "có 3 lĩnh vực ưu tiên ... Bao gồm:"
# (the lead count of a list of categories, as set193's "15 xã ... bao gồm" and the spec's counts of
# tasks), "22/11" (a date), "Hội chợ Xuân 2024" (a name), "Quảng trường 26/3" (a name).
# --------------------------------------------------------------------------
D10 = dict(name="10_quangnam-dia-diem-hoi-cho-2024-precision", kind="result", year=2024, records=[])

# --------------------------------------------------------------------------
# 11 Tuyên Quang, the North-East trade and tourism fair of 2022 called off (tuyenquang.gov.vn; cut:
# the byline line "14/12/2022 10:35:00 Xem cỡ chữ: A+ A-" (written as the first line `date
# 2022-12-14`), the byline "PV" with the blank line before it, and the counter lines "  • Số người
# online: 1459", "  • Số lượt truy cập: 47856130", "  • Số lượt truy cập tuần: 51113" with the
# blank line before them and the last line of one space). A precision text, no record: dates
# ("13/12", "01/12/2022", "22/12/2022", "28/12/2022"), documents ("03/TB-BTC", "01/KH-BTC"), "năm
# 2022" in the fair's name.
# --------------------------------------------------------------------------
D11 = dict(name="11_tuyenquang-dung-hoi-cho-2022-precision", kind="result", year=2022, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]
_BY_TEXTS = dict(texts=TEXTS)
build, not_anchors = (functools.partial(f, **_BY_TEXTS) for f in (goldkit.build_records, goldkit.not_anchors))

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
