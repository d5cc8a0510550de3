#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set347).

Copied from set339's builder (itself from set193's, set184's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder.

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: changes against an earlier value or
another method's value, completion against an expectation); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
The theme of this set (salt production: salt fields, output, prices, salt-making households, plans
for the salt sector) has no indicator in the catalogue: every id is null.

Units (as set339): areas "ha" and outputs "tấn" / "tấn/năm" / "tấn/sào" are unit `other` with the
unit as written; money "đồng" and prices "đồng/kg", "đồng/giạ", "đồng/ha/vụ" are `other` with the
magnitude word multiplied in ("45 - 50 ngàn" is 45000-50000); numbers of provinces, households,
salt workers, members and roads are `count`; shares are `%`.

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
from goldkit import R, CNT, T, RES  # noqa: E402

other = functools.partial(dict, unit="other")  # a unit as written, for the dicts below
HA, TAN, TAN_Y = other(unit_text="ha"), other(unit_text="tấn"), other(unit_text="tấn/năm")
DONG, DKG, DGIA = other(unit_text="đồng"), other(unit_text="đồng/kg"), other(unit_text="đồng/giạ")
T25, T30 = dict(T, year=2025), dict(T, year=2030)

# --------------------------------------------------------------------------
# 01 Thái Bình, the salt village of Thụy Hải commune (Thái Thụy) and the country's salt sector in
# 2020 (lhhtx.vn; nothing cut; no byline, no stamp; the excerpt ends in "không còn là nghề ").
# Results, year 2020 (the text's "Năm 2020", "năm 2020"; the present "Hiện", "giờ" take it too).
# The country's "21 tỉnh ven biển sản xuất muối" (=, count), "xấp xỉ 12.000ha" (~), "muối thủ công
# là 8.422ha", "muối công nghiệp là 3.504ha" (=, each its own subject: a breakdown by kind, scope
# null), "sản lượng khoảng 1,35 triệu tấn" (~); Thái Bình's land "38,8ha", "4ha", "chiếm 10,3%",
# "33,36 ha chiếm 86%", "1,44ha chiếm 3,7%" (=, each share its own subject), "Sản lượng muối năm
# 2020 đạt 200 tấn", "53 hộ diêm dân" (=). Not quantities: "2 phương pháp" (kinds of method, as
# the sets' counts of tasks), "3 tỉnh Khánh Hoà, Ninh Thuận và Bình Thuận" (a number that names its
# provinces: the lead of a list, as set193's "15 xã ... bao gồm"), "hơn 60 nguyên tố vi lượng" (a
# property of the salt, no indicator). The national values carry no place. Pillar null.
# --------------------------------------------------------------------------
D01 = dict(name="01_thaibinh-thuy-hai-dien-tich-muoi-2020", kind="result", year=2020, records=[
    R("có «21 tỉnh", "tỉnh ven biển sản xuất muối cả nước", "=", 21, **CNT),
    R("xấp xỉ «12.000ha", "diện tích sản xuất muối cả nước", "~", 12000, **HA),
    R("là «8.422ha", "diện tích sản xuất muối thủ công cả nước", "=", 8422, **HA),
    R("là «3.504ha", "diện tích sản xuất muối công nghiệp cả nước", "=", 3504, **HA),
    R("khoảng «1,35 triệu", "sản lượng muối cả nước", "~", 1.35e6, **TAN),
    R("là «38,8ha", "Tổng diện tích đất làm muối ở Thái Bình", "=", 38.8, **HA),
    R("là «4ha", "diện tích hiện đang sản xuất muối", "=", 4, **HA),
    R("chiếm «10,3%", "diện tích đang sản xuất muối chiếm tổng diện tích đất làm muối", "=", 10.3),
    R("hoang hóa «33,36 ha", "Diện tích đất làm muối để hoang hóa", "=", 33.36, **HA),
    R("chiếm «86%", "Diện tích để hoang hóa chiếm tổng diện tích đất làm muối", "=", 86),
    R("sản «1,44ha", "diện tích tự ý chuyển đổi sang nuôi trồng thủy sản", "=", 1.44, **HA),
    R("chiếm «3,7%", "diện tích tự ý chuyển đổi sang nuôi trồng thủy sản chiếm tổng diện tích đất làm muối",
      "=", 3.7),
    R("đạt «200 tấn", "Sản lượng muối năm 2020 của Thái Bình", "=", 200, **TAN),
    R("còn «53 hộ", "hộ diêm dân tham gia sản xuất muối tại xã Thụy Hải", "=", 53, **CNT),
])

# --------------------------------------------------------------------------
# 02 The country's salt sector in 2021, the Department of Cooperative Economy and Rural Development
# (baotintuc.vn; nothing cut; no byline, no stamp; the excerpt ends in "có lợi"). Results, year 2021
# (the text's "năm 2021"; the address's "20220121" is not in the text). "gần 11.400 ha" (~), "Sản
# lượng muối hàng năm đạt trên 1 triệu tấn" (>), "19 tỉnh sản xuất muối" (=, count), "trên 1.000 ha
# ở 5 tỉnh phía Bắc" (>, then the 5 provinces =, count), "trên 3.500 ha", "trên 6.780 ha" (>),
# "chiếm 60 % diện tích sản xuất muối cả nước" (=). Not quantities: "3 tỉnh Khánh Hòa, Ninh Thuận,
# Bình Thuận" (twice: a number that names its provinces), "4 nhóm chính" (kinds of product), "OCOP 4
# sao", "OCOP 3 sao" (ratings inside names). No place (the country's values). Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_toanquoc-nganh-muoi-dien-tich-2021", kind="result", year=2021, records=[
    R("gần «11.400 ha", "diện tích sản xuất muối cả nước", "~", 11400, **HA),
    R("trên «1 triệu", "Sản lượng muối hàng năm", ">", 1e6, **TAN),
    R("có «19 tỉnh", "tỉnh sản xuất muối cả nước", "=", 19, **CNT),
    R("trên «1.000 ha", "diện tích sản xuất muối phơi cát truyền thống", ">", 1000, **HA),
    R("ở «5 tỉnh", "tỉnh phía Bắc sản xuất muối phơi cát truyền thống", "=", 5, **CNT),
    R("trên «3.500 ha", "diện tích phơi nước tập chủ yếu ở 3 tỉnh", ">", 3500, **HA),
    R("trên «6.780 ha", "diện tích sản xuất muối phơi nước phân tán", ">", 6780, **HA),
    R("chiếm «60 %", "diện tích phơi nước phân tán chiếm diện tích sản xuất muối cả nước", "=", 60),
])

# --------------------------------------------------------------------------
# 03 The Prime Minister's Decision 1325/QĐ-TTg of 31/8/2020 approving the salt sector's project
# 2021-2030: its targets for 2025 and 2030 (lisemex.com.vn; nothing cut; no byline, no stamp; the
# excerpt ends in "Đối với sản xuất"). Kind target under "Mục tiêu đến năm 2025:" (year 2025) and
# "Mục tiêu đến năm 2030" (year 2030); bare numbers, "duy trì", "đạt", "lên", "là" read `>=`;
# "tối thiểu 20%" `>=` (a target stated as a change: a quantity); "(chiếm 43%)" `>=` (the bracket's
# share of the output target). Document year 2020 (the decision's date). Not quantities:
# "1325/QĐ-TTg" (document), "2021 – 2030", "31/8/2020" (dates). Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_toanquoc-de-an-nganh-muoi-muc-tieu-2025-2030", kind="target", year=2020, records=[
    R("duy trì «14.500 ha", "Tổng diện tích sản xuất muối duy trì", ">=", 14500, **HA, **T25),
    R("đạt «1.500.000 tấn", "sản lượng muối", ">=", 1.5e6, **TAN_Y, **T25),
    R("lên «5.000 ha", "diện tích sản xuất muối kết tinh trên nền trải bạt", ">=", 5000, **HA, **T25),
    R("đạt «650.000 tấn", "sản lượng muối kết tinh trên nền trải bạt", ">=", 650000, **TAN, **T25),
    R("(chiếm «43%)", "sản lượng muối trải bạt chiếm tổng sản lượng muối", ">=", 43, **T25),
    R("đạt «500.000 tấn", "muối chế biến", ">=", 500000, **TAN, **T25),
    R("tối thiểu «20%", "Ứng dụng khoa học công nghệ trong sản xuất, chế biến muối, tăng năng suất", ">=", 20, **T25),
    R("là «14.244 ha", "Tổng diện tích muối", ">=", 14244, **HA, **T30),
    R("đạt «2 triệu", "sản lượng muối", ">=", 2e6, **TAN_Y, **T30),
])

# --------------------------------------------------------------------------
# 04 Bến Tre, Ba Tri district developing the salt craft village of Bảo Thạnh commune, April 2024
# (kenhhot.vn; cut: the byline "06:15 | 05/04/2024", written as the first line `date 2024-04-05`;
# the separator line "|"; the title repeated over the photo, "Bến Tre: Phát triển Làng nghề muối
# xã Bảo Thạnh", and the photo's caption "Nghề làm muối tại huyện Ba Tri"; the excerpt ends in
# "“Vào"). Targets of the project for the craft village ("thực hiện giai đoạn 2024 - 2025", year
# 2025): "Làng nghề muối xã Bảo Thạnh quy mô 600ha" (>=: the village's planned scale; the two later
# "600ha" name the same zone, no record), "kinh phí thực hiện đầu tư hạ tầng 60 tỷ đồng" (>=, the
# planned budget); the company's "Năm 2024 ... sẽ hỗ trợ ... thêm 1ha (khoảng 10 hộ)" (target 2024:
# >= 1 ha, ~ 10 households). Results, year 2024 (the season "năm 2023-2024" ends in 2024): "50,7ha"
# already on tarpaulin (=), "đã thực hiện 805ha" (=), "ước khoảng 11.500 tấn" (~), "715ha/805ha"
# (=, 715; the denominator is the season's area already recorded), "chiếm 89,3%" (=), "giá bán 45 -
# 50 ngàn đồng/giạ" (between), "với 160 thành viên" (=, count). NOT: "tăng 30% so với muối sản xuất
# bình thường" (a comparison with another method's yield, as set339 left a comparison with another
# province), "giảm 50% so với cùng kỳ" (a change). Not quantities: "khoảng 143 năm" (the craft's
# age), "năm 2002", "2024 - 2025" (dates), "2 nơi ... hai huyện ... Ba Tri và Bình Đại" (a 2002
# book's description naming its places), "(45 kg)" (the giạ's weight), "trang 497" (a page).
# Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_bentre-batri-lang-nghe-muoi-bao-thanh-2024", kind="result", year=2024, records=[
    R("Thạnh quy mô «600ha", "quy mô Làng nghề muối xã Bảo Thạnh", ">=", 600, **HA, **T25),
    R("kết tinh) là «50,7ha", "diện tích muối đã trải bạt vùng dự án", "=", 50.7, **HA),
    R("hạ tầng «60 tỷ", "kinh phí thực hiện đầu tư hạ tầng Làng nghề muối xã Bảo Thạnh", ">=", 60e9, **DONG,
      **T25),
    R("thêm «1ha", "hỗ trợ vùng dự án sản xuất muối trải bạt thêm", ">=", 1, **HA, **T, year=2024),
    R("(khoảng «10 hộ", "hộ được hỗ trợ sản xuất muối trải bạt", "~", 10, **CNT, **T, year=2024),
    R("thực hiện «805ha", "diện tích vụ sản xuất muối năm 2023-2024 huyện Ba Tri", "=", 805, **HA),
    R("ước khoảng «11.500 tấn", "sản lượng muối thu hoạch", "~", 11500, **TAN),
    R("bạt là «715ha", "Diện tích sản xuất muối trải bạt", "=", 715, **HA),
    R("chiếm «89,3%", "Diện tích sản xuất muối trải bạt chiếm diện tích", "=", 89.3),
    R("giá bán «45 - 50 ngàn", "giá bán muối", "between", 45000, value_max=50000, **DGIA),
    R("với «160 thành", "thành viên Hợp tác xã Sản xuất muối Bình Minh xã Bảo Thạnh", "=", 160, **CNT),
], NOT=["tăng «30% so", "giảm «50% so"])

# --------------------------------------------------------------------------
# 05 Bến Tre, the salt season 2020-2021 lost to the weather (trangtraiviet.danviet.vn; cut: the date
# widget "dd/mm/yyyy" with the blank line after it, the photo's alt text "Diêm dân Bến Tre mất mùa
# muối - Ảnh 1." and its caption "Diêm dân xã Bảo Thạnh (Ba Tri, Bến Tre) thu hoạch muối." with the
# blank lines after them; no byline, no stamp; the excerpt ends in "trong "). Results, year 2021
# (the season "niên vụ muối 2020-2021" ends in 2021; the address's "20210324" is not in the text):
# the field price "giá khoảng 28.000- 30.000 đồng/giạ" (between: a range, "khoảng" before it, a
# judgement), "hơn 1.258 ha" (>), "100 ha ... trải bạt" (=), "khoảng 24.630 tấn" in stock (~). Not
# quantities: one farmer's own account (Ông Rành's "4 ha", "3.000- 4.000 giạ", "khoảng 5 năm"; the
# earlier sets' majority leaves one household's figures out, as set333), "(45kg/giạ)" (the unit's
# weight), "ấp 5" (a name). Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_bentre-nien-vu-muoi-mat-mua-2021", kind="result", year=2021, records=[
    R("giá khoảng «28.000- 30.000", "giá muối bán tại ruộng", "between", 28000, value_max=30000, **DGIA),
    R("hơn «1.258 ha", "diện tích sản xuất muối trên địa bàn tỉnh niên vụ 2020-2021", ">", 1258, **HA),
    R("có «100 ha", "diện tích diêm dân sản xuất muối trải bạt", "=", 100, **HA),
    R("khoảng «24.630 tấn", "sản lượng muối dự trữ tại kho của diêm dân", "~", 24630, **TAN),
])

# --------------------------------------------------------------------------
# 06 Cà Mau, the unseasonal rain of 26-27/2 on the salt fields, February 2026 (znews.vn; the stamp
# " date 2026-02-28" written as the first line; cut: the gallery's separator lines "|" (the one
# after the stamp on the first line with it), and the teaser of another article, "Áng văn đẹp về
# phương Nam" and "Đất rừng phương Nam là tác phẩm nổi tiếng nhất của Đoàn Giỏi. Câu chuyện có ").
# Results, year 2026 (the stamp; the season "vụ năm 2025-2026" ends in 2026). The province's "hơn
# 1.540 ha" (>), "1.340 ha" traditional (=); Đông Hải commune's "775 ha của 323 hộ (100% ...)" (=
# three records), "ước khoảng 7.757 tấn" (~), "trên 9,3 tỷ đồng" (>); Long Điền commune's "hơn 450 ha
# muối của 403 hộ" (>, =), "ước tính hơn 1.350 tấn" (>: the bound word next to the number), "khoảng
# 1,4 tỷ đồng" (~). The communes' values carry `place`. Not quantities: "26-27/2" (dates),
# "khoảng hai tháng" (a span in words). Pillar null.
# --------------------------------------------------------------------------
DH, LD = dict(place="Đông Hải"), dict(place="Long Điền")
D06 = dict(name="06_camau-mua-trai-mua-thiet-hai-muoi-2026", kind="result", year=2026, records=[
    R("hơn «1.540 ha", "tổng diện tích sản xuất muối vụ năm 2025-2026 của tỉnh Cà Mau", ">", 1540, **HA),
    R("truyền thống «1.340 ha", "diện tích sản xuất muối theo phương pháp truyền thống", "=", 1340, **HA),
    R("thiệt hại «775 ha", "diện tích muối bị thiệt hại", "=", 775, **HA, **DH),
    R("của «323 hộ", "hộ có diện tích muối bị thiệt hại", "=", 323, **CNT, **DH),
    R("(«100% diện", "diện tích sản xuất muối của xã bị thiệt hại", "=", 100, **DH),
    R("khoảng «7.757 tấn", "muối bị hòa tan, thất thoát", "~", 7757, **TAN, **DH),
    R("trên «9,3 tỷ", "giá trị muối bị thất thoát", ">", 9.3e9, **DONG, **DH),
    R("hơn «450 ha", "diện tích muối bị thiệt hại toàn bộ", ">", 450, **HA, **LD),
    R("của «403 hộ", "hộ dân có muối bị thiệt hại", "=", 403, **CNT, **LD),
    R("hơn «1.350 tấn", "Tổng sản lượng muối bị thiệt hại", ">", 1350, **TAN, **LD),
    R("khoảng «1,4 tỷ", "giá trị sản lượng muối bị thiệt hại", "~", 1.4e9, **DONG, **LD),
])

# --------------------------------------------------------------------------
# 07 Nghệ An, Quỳnh Lưu district's salt makers and the record salt price, June 2022 (baonghean.vn;
# the stamp " date 2022-06" written as the first line; nothing cut; the excerpt ends in "Mỗi ").
# Results, year 2022 (the stamp). "trên 600 ha" (>: the district's salt area), the field price "từ
# 2.200 - 2.400 đồng/kg" (between), An Hòa commune's "145 ha" and "lao động làm muối chiếm 50%" (=,
# place An Hòa). Not quantities: "(tăng thêm 1.200 đồng/kg so với thời điểm năm ngoái)" (a change),
# one salt maker's own account (Bà Hoa's past prices "1.100 - 1.200 đồng/kg", "900 đồng/kg", her
# household's "1,5 tạ", "hơn 300.000 đồng", "khoảng trên 20 triệu đồng"), "Gần 1 tháng" (a span).
# Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_nghean-quynhluu-gia-muoi-2022", kind="result", year=2022, records=[
    R("với trên «600 ha", "diện tích sản xuất muối của Quỳnh Lưu", ">", 600, **HA),
    R("từ «2.200 - 2.400", "giá muối được thương lái thu mua tại ruộng", "between", 2200, value_max=2400, **DKG),
    R("có «145 ha", "diện tích sản xuất muối toàn xã", "=", 145, **HA, place="An Hòa"),
    R("chiếm «50% tổng", "lao động làm muối chiếm tổng số lao động toàn xã", "=", 50, place="An Hòa"),
])

# --------------------------------------------------------------------------
# 08 Quảng Ngãi, the salt village of Sa Huỳnh and community tourism, August 2025 (vietbao.vn; the
# stamp " date 2025-08-23" written as the first line; cut: the photo caption "Cánh đồng muối Sa
# Huỳnh nhìn trên cao đẹp như tranh vẽ." with the blank lines after it). Results, year 2025 (the
# stamp; "Hiện nay"): "diện tích khoảng 105ha" (~), "tạo sinh kế 500 diêm dân" (=, count), "mỗi năm
# ... từ 6.000 – 6.500 tấn muối" (between). Not quantities: "khoảng 60km" (a distance), "thế kỷ 19"
# (a date), "QL1A" (a name), one salt maker's account of past prices ("có năm giá lên 4.000 – 5.000
# đồng/kg", no year). Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_quangngai-sahuynh-lang-muoi-2025", kind="result", year=2025, records=[
    R("diện tích khoảng «105ha", "diện tích cánh đồng muối Sa Huỳnh", "~", 105, **HA),
    R("sinh kế «500 diêm", "diêm dân địa phương có sinh kế từ nghề muối", "=", 500, **CNT),
    R("từ «6.000 – 6.500 tấn", "muối Sa Huỳnh cung cấp cho thị trường mỗi năm", "between", 6000, value_max=6500,
      **TAN),
])

# --------------------------------------------------------------------------
# 09 Bạc Liêu, the salt season 2023-2024 half way (giaothong360.com.vn; nothing cut but the
# excerpt's opening empty line; no byline, no stamp; the excerpt ends in "thời tiết "). Results, year
# 2024 (the season "năm 2023 - 2024" ends in 2024): "gần 1.400 ha" (~), the field price of white salt
# "từ 800 - 1.000 đồng/kg" (between). NOT: "khoảng 70% so với dự tính" (one household's harvest
# against its expectation). Not quantities: "(giảm 200 - 400 đồng/kg)" (a change), "tháng 12",
# "tháng 4" (months), one salt maker's "khoảng 1 ha sân đất" (his household). Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_baclieu-vu-muoi-2023-2024", kind="result", year=2024, records=[
    R("gần «1.400 ha", "diện tích muối của Bạc Liêu", "~", 1400, **HA),
    R("từ «800 - 1.000", "Giá muối trắng bán tại ruộng", "between", 800, value_max=1000, **DKG),
], NOT=["khoảng «70% so"])

# --------------------------------------------------------------------------
# 10 Bạc Liêu, the salt season 2019-2020, a good harvest at a good price (tepbac.com; nothing cut;
# no byline, no stamp; the excerpt ends in "đ"). Results, year 2020 (the season "2019 - 2020" ends
# in 2020), from the Department of Agriculture: "sản xuất 1.670ha muối" (=), "hơn 72ha muối trải
# bạt" (>), "ước đạt 50.000 tấn" (=: a result's "ước đạt"), "khoảng 4.700 tấn muối trắng" (~), the
# field prices "muối đen ... từ 800 - 900 đồng/kg", "muối trắng từ 1.200 - 1.400 đồng/kg" (between,
# each its own subject), "lãi 35 - 45 triệu đồng/ha/vụ" (between, other "đồng/ha/vụ"). Not
# quantities: one salt maker's estimate quoted ("bà con lãi khoảng 50 triệu đồng/ha/vụ", Anh Quang's
# words; a judgement: the department's figure follows), "2019 - 2020" (dates). Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_baclieu-vu-muoi-trung-mua-2020", kind="result", year=2020, records=[
    R("sản xuất «1.670ha", "diện tích muối diêm dân Bạc Liêu sản xuất vụ muối 2019 - 2020", "=", 1670, **HA),
    R("hơn «72ha", "diện tích muối trải bạt", ">", 72, **HA),
    R("ước đạt «50.000 tấn", "sản lượng muối", "=", 50000, **TAN),
    R("khoảng «4.700 tấn", "sản lượng muối trắng", "~", 4700, **TAN),
    R("từ «800 - 900", "Giá muối đen được thương lái mua tại ruộng", "between", 800, value_max=900, **DKG),
    R("từ «1.200 - 1.400", "Giá muối trắng được thương lái mua tại ruộng", "between", 1200, value_max=1400,
      **DKG),
    R("lãi «35 - 45 triệu", "diêm dân lãi", "between", 35e6, value_max=45e6, unit="other",
      unit_text="đồng/ha/vụ"),
])

# --------------------------------------------------------------------------
# 11 Bạc Liêu, two roads of the salt fields' infrastructure opened, and the province's project for
# the value of salt 2021-2030 (baomoi.net.vn; cut: the source line "Nguồn Bnews: https://bnews.vn/
# video/...2158.html" at the end; no byline, no stamp). Document year null (the page names no year
# of its own). The title's "Thông xe kỹ thuật 2 tuyến đường" (result, =, count: a heading stating a
# value, as set339's; year null). Targets "vào năm 2030": "duy trì 1.600 ha sản xuất muối" (>=),
# "sản lượng đạt 66.000 tấn/năm" (>=). Not quantities: "2021 – 2030" (dates). Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_baclieu-de-an-gia-tri-muoi-2030", kind="result", year=None, records=[
    R("kỹ thuật «2 tuyến", "tuyến đường nâng cấp cơ sở hạ tầng đồng muối thông xe kỹ thuật", "=", 2, **CNT),
    R("duy trì «1.600 ha", "ha sản xuất muối duy trì", ">=", 1600, **HA, **T30),
    R("đạt «66.000 tấn", "sản lượng muối", ">=", 66000, **TAN_Y, **T30),
])

# --------------------------------------------------------------------------
# 12 Hồ Chí Minh City, the city's letter directing the salt season of 2022 (ccptnt.vn; cut: the
# section label "Diêm nghiệp" with the blank line after it, the title repeated a second time, the
# byline date "Thứ tư, 01/06/2022, 15:11 GMT+7" (written as the first line `date 2022-06-01`), the
# byline "Người viết : Đinh Xuân Khánh" and "Ý kiến bạn đọc"). A precision text, no record:
# "1025/BNN-KTHT", "1590/UBND-KT" (twice; documents), "21 tháng 02 năm 2022", "16 tháng 5 năm 2022",
# "niên vụ 2022", "niên vụ muối 2021" (dates).
# --------------------------------------------------------------------------
D12 = dict(name="12_hochiminh-chi-dao-nien-vu-muoi-2022-precision", kind="result", year=2022, records=[])

# --------------------------------------------------------------------------
# 13 Ninh Thuận, Ninh Hải's salt makers hoping for a good season at a good price (baotintuc.vn;
# nothing cut; no byline, no stamp (the address's "20240227" is not in the text); the excerpt ends in
# "huyện Ninh"). A precision text: one record, the traditional method's yield "sản lượng muối đạt
# từ 1,5 -1,7 tấn/sào (1.000m2)" (between, other "tấn/sào"; year null: the page names no year).
# Not quantities: one salt maker's account (Ông Hùng's "hơn 5 sào muối (5.000m2)", "trên 8 tấn",
# "800.000 đồng/tấn", "khoảng 6,5 triệu đồng"), "7 - 10 ngày" (a span), "1 đợt", "từ 3 - 4 đợt" (how
# often the salt is raked: a description of the method), "(1.000m2)" (the sào's size). Pillar null.
# --------------------------------------------------------------------------
D13 = dict(name="13_ninhthuan-ninhhai-vu-muoi-precision", kind="result", year=None, records=[
    R("từ «1,5 -1,7 tấn/sào", "sản lượng muối mỗi đợt theo kiểu truyền thống", "between", 1.5, value_max=1.7,
      unit="other", unit_text="tấn/sào"),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
