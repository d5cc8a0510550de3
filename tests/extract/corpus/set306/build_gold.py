#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set306).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder (`line=True` takes the whole line: the bullets and the table
rows of 07).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: this set's theme (fruit, rice and coffee areas, output,
export values, growing-area codes) has no indicator in that catalogue, so every id is null (see
README, "Catalogue labels"); `iid=` is therefore never written.

Amounts in a unit of their own are unit `other` with the unit as written at the number ("ha",
"tấn", "tấn/năm", "USD", "đồng", "đồng/ha"); the magnitude words (nghìn/ngàn, triệu, tỷ/tỉ) are
multiplied in, as the contract says.

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

HA = dict(unit="other", unit_text="ha")
TAN = dict(unit="other", unit_text="tấn")
TAN_NAM = dict(unit="other", unit_text="tấn/năm")
USD = dict(unit="other", unit_text="USD")
DONG = dict(unit="other", unit_text="đồng")
DONG_HA = dict(unit="other", unit_text="đồng/ha")
CELL = dict(unit="other", unit_text=None)  # a table cell with no unit word at the number (07)
TY, TRIEU, NGHIN = 1e9, 1e6, 1e3

# --------------------------------------------------------------------------
# 01 Bến Tre, Plan 5069 (25-8-2021) carrying out the scheme to push farm, forest and fishery
# exports to 2030 (baodongkhoi.vn, Báo Đồng Khởi, the province's paper; cut: the byline date
# "31/08/2021 - 19:49", written as the first line `date 2021-08-31`, and the photo caption "Sản
# phẩm từ dừa xuất khẩu." twice, each with its blank line; the excerpt ends in "tăng bình quân
# 6,9"). Kind target: the plan's first phase, "Giai đoạn 2021 - 2025, tỉnh sẽ xây dựng ...", and
# every paragraph after it stands in that phase (the excerpt stops before the second): year 2025
# (a judgement: the period's end, as the earlier sets read "giai đoạn 2021-2025" targets).
# Records: the areas "20.000ha dừa hữu cơ" (>=), "1.500 - 2.000ha cây ăn trái đặc sản" and "300 -
# 500ha nhóm sản phẩm cây giống - hoa kiểng" (between), "4.000ha nuôi tôm công nghệ cao", "80% diện
# tích sản xuất theo tiêu chuẩn GAP"; the shares "đạt trên 20%" (>), "liên kết đạt 30%", the rate
# "tốc độ tăng thu nhập sản phẩm chế biến từ 5%/năm trở lên" (>=: a target stated as a change is a
# quantity, spec); the four chains' values "dừa 1 tỷ USD, tôm 1 tỷ USD, bò 500 triệu USD, cây giống
# - hoa kiểng 500 triệu USD" (one record each, each its own subject); the cooperatives "ít nhất 43
# hợp tác xã" (>=), "lên 167 HTX", "91 HTX tham gia vào chuỗi giá trị", "tỷ lệ HTX từ khá, tốt đạt
# trên 80%" (>), "10 HTX đạt doanh thu trên 100 tỷ đồng", "100 HTX đạt doanh thu trên 10 tỷ đồng"
# (counts; the thresholds "trên 100 tỷ đồng", "trên 10 tỷ đồng" are part of their subjects, as
# the earlier sets' "trên 15 tuổi"); the values per hectare "180 triệu đồng/ha", "450 triệu
# đồng/ha", "1 tỷ đồng/ha" (unit_text "đồng/ha", the magnitude multiplied in). Not quantities:
# "Kế hoạch số 5069", "25-8-2021", "năm 2030", "2 giai đoạn", "2021 - 2025" (a document number,
# dates, the plan's parts), "trên 1ha diện tích trồng trọt" (the unit of the value), and the cut
# "tăng bình quân 6,9" at the excerpt's end (its unit is cut off: no record, a judgement). Pillar
# null (no heading names one). Scope null.
# --------------------------------------------------------------------------
Y25 = dict(kind="target", year=2025)
D01 = dict(name="01_bentre-ke-hoach-xuat-khau-nong-lam-thuy-san-2021", kind="target", year=2025, records=[
    R("gồm: «20.000ha dừa", "vùng sản xuất tập trung dừa hữu cơ", ">=", 20000, **HA),
    R("hữu cơ; «1.500 - 2.000ha", "vùng sản xuất tập trung cây ăn trái đặc sản", "between", 1500, **HA,
      value_max=2000),
    R("đặc sản; «300 - 500ha", "vùng sản xuất tập trung nhóm sản phẩm cây giống - hoa kiểng", "between", 300,
      **HA, value_max=500),
    R("kiểng; «4.000ha nuôi", "vùng nuôi tôm công nghệ cao", ">=", 4000, **HA),
    R("có «80% diện tích", "diện tích sản xuất theo tiêu chuẩn GAP hoặc tương đương", ">=", 80),
    R("đạt trên «20%", "Tỷ lệ giá trị sản phẩm nông lâm thủy sản chủ lực được sản xuất theo các quy trình thực "
      "hành sản xuất tốt (GAP) và tương đương", ">", 20),
    R("liên kết đạt «30%", "Tỷ lệ giá trị sản phẩm nông lâm thủy sản chủ lực được thực hiện liên kết", ">=", 30),
    R("từ «5%/năm", "tốc độ tăng thu nhập sản phẩm chế biến", ">=", 5),
    R("dừa «1 tỷ USD", "Giá trị sản xuất chuỗi giá trị dừa", ">=", 1 * TY, **USD),
    R("tôm «1 tỷ USD", "Giá trị sản xuất chuỗi giá trị tôm", ">=", 1 * TY, **USD),
    R("bò «500 triệu USD", "Giá trị sản xuất chuỗi giá trị bò", ">=", 500 * TRIEU, **USD),
    R("hoa kiểng «500 triệu USD", "Giá trị sản xuất chuỗi giá trị cây giống - hoa kiểng", ">=", 500 * TRIEU,
      **USD),
    R("ít nhất «43 hợp tác xã", "hợp tác xã (HTX) nông nghiệp tham gia vào chuỗi giá trị được phát triển", ">=",
      43, **CNT),
    R("lên «167 HTX", "tổng số HTX nông nghiệp", ">=", 167, **CNT),
    R("có «91 HTX", "HTX tham gia vào chuỗi giá trị", ">=", 91, **CNT),
    R("tốt đạt trên «80%", "tỷ lệ HTX từ khá, tốt", ">", 80),
    R("có «10 HTX", "HTX đạt doanh thu trên 100 tỷ đồng", ">=", 10, **CNT),
    R("đồng, «100 HTX", "HTX đạt doanh thu trên 10 tỷ đồng", ">=", 100, **CNT),
    R("đạt «180 triệu đồng/ha", "giá trị sản phẩm trên 1ha diện tích trồng trọt", ">=", 180 * TRIEU, **DONG_HA),
    R("đạt «450 triệu đồng/ha", "giá trị sản phẩm trên 1ha thủy sản", ">=", 450 * TRIEU, **DONG_HA),
    R("đạt «1 tỷ đồng/ha", "giá trị sản phẩm trên 1ha cây giống", ">=", 1 * TY, **DONG_HA),
])

# --------------------------------------------------------------------------
# 02 Tiền Giang, the province's fruit areas and its growing-area codes, with the aim of codes for
# 100% of the fruit area by 2025 (nongnghiep.vn; nothing cut; no byline, no stamp; the excerpt
# ends in "cây ăn trái xu"). The text dates none of its results ("đến nay", "hiện", "Riêng năm
# nay"): year null for them and for this year's expected codes; the targets "đến năm 2025": 2025.
# Results: the fruit area "trên 82.000ha" (>) and output "khoảng 1,6 triệu tấn" (~); durian
# "khoảng 20.000ha" (~), "diện tích cho trái trên 12.000ha" (>), "sản lượng khoảng 300.000 tấn"
# (~); pineapple "trên 15.000ha", "hơn 250.000 tấn"; jackfruit "trên 13.000ha", "đạt trên 250.000
# tấn" (>); the codes "271 mã số vùng trồng ... với tổng diện tích trên 20.000ha", "175 mã số ...
# gần 19.000ha" (~), "257 mã số cơ sở đóng gói", "riêng thị trường Trung Quốc có 250 mã số" (each
# its own subject, scope null: a market is a kind of thing, not a level or group); "đang tiếp nhận
# xử lý thêm 204 hồ sơ" (=, count: the dossiers in hand, not a change against an earlier value).
# Targets: "diện tích cấp mới mã số vùng trồng cây ăn trái đạt 100% (diện tích hiện có)" (>=,
# 2025), "trong đó có gần 14.500ha sầu riêng" (~, 2025); "Riêng năm nay, dự kiến có trên 25.800ha
# ... được cấp mã số vùng trồng" (>) and "gần 7.800ha sầu riêng" (~): expected values ("dự
# kiến") are targets, as the earlier sets read forecasts; year null ("năm nay" names no year).
# Not quantities: "năm 2025" (a date). Pillar null. Ids null.
# --------------------------------------------------------------------------
D02 = dict(name="02_tiengiang-ma-so-vung-trong-cay-an-trai-2025", kind="result", year=None, records=[
    R("với trên «82.000ha", "diện tích trồng cây ăn trái của Tiền Giang", ">", 82000, **HA),
    R("sản lượng khoảng «1,6 triệu tấn", "sản lượng cây ăn trái", "~", 1.6 * TRIEU, **TAN),
    R("với khoảng «20.000ha", "diện tích sầu riêng", "~", 20000, **HA),
    R("cho trái trên «12.000ha", "diện tích sầu riêng cho trái", ">", 12000, **HA),
    R("khoảng «300.000 tấn", "sản lượng sầu riêng", "~", 300000, **TAN),
    R("diện tích trên «15.000ha", "diện tích cây khóm", ">", 15000, **HA),
    R("sản lượng hơn «250.000 tấn", "sản lượng cây khóm", ">", 250000, **TAN),
    R("mít trên «13.000ha", "diện tích cây mít", ">", 13000, **HA),
    R("đạt trên «250.000 tấn", "sản lượng cây mít", ">", 250000, **TAN),
    R("có «271 mã số", "mã số vùng trồng cây ăn trái đang hoạt động", "=", 271, **CNT),
    R("tổng diện tích trên «20.000ha", "tổng diện tích mã số vùng trồng cây ăn trái đang hoạt động", ">", 20000,
      **HA),
    R("có «175 mã số", "mã số vùng trồng được cấp để xuất khẩu sang thị trường Trung Quốc", "=", 175, **CNT),
    R("diện tích gần «19.000ha", "tổng diện tích mã số vùng trồng xuất khẩu sang thị trường Trung Quốc", "~",
      19000, **HA),
    R("có «257 mã số", "mã số cơ sở đóng gói trái cây được cấp phục vụ xuất khẩu chính ngạch", "=", 257, **CNT),
    R("có «250 mã số", "mã số cơ sở đóng gói trái cây cho thị trường Trung Quốc", "=", 250, **CNT),
    R("đạt «100% (", "diện tích cấp mới mã số vùng trồng cây ăn trái", ">=", 100, **Y25),
    R("có gần «14.500ha", "diện tích sầu riêng cấp mới mã số vùng trồng", "~", 14500, **HA, **Y25),
    R("có trên «25.800ha", "vườn cây ăn quả đặc sản được cấp mã số vùng trồng", ">", 25800, **HA, **T),
    R("có gần «7.800ha", "diện tích sầu riêng được cấp mã số vùng trồng", "~", 7800, **HA, **T),
    R("thêm «204 hồ sơ", "hồ sơ đăng ký mã số vùng trồng cây ăn trái xuất khẩu sang Trung Quốc đang tiếp nhận "
      "xử lý", "=", 204, **CNT),
])

# --------------------------------------------------------------------------
# 03 Sơn La, the campaign to bag fruit for sale and export, and the 2023 farm-export plan (Kế hoạch
# 302/KH-UBND) (congthuong.vn; cut: the related-articles line "Sơn La: Đẩy mạnh tiêu thụ nông sản
# qua sàn thương mại điện tử Chính sách nông nghiệp: ..." with its blank line, and the photo
# caption without a figure "Thanh long là một trong những sản phẩm xuất khẩu chủ lực của Sơn La";
# the caption "Năm 2023, Sơn La sẽ xuất khẩu 18.700 tấn trái cây" states a figure and stays; no
# byline, no stamp). Year 2023 (title, lead, plan). Targets (kind target): the title's and the
# caption's "sẽ xuất khẩu 18.700 tấn trái cây" (>=, recorded at each statement), the lead's
# "18.700 tấn trái cây, tương đương 25,26 triệu USD sẽ được Sơn La xuất khẩu trong năm 2023, tăng
# 26,15% so với năm 2022" (>=; the change is the plan's, a target stated as a change, spec: >=),
# "phấn đấu đạt mục tiêu 15 triệu trái cây được bao" (count), the plan's "mục tiêu đạt trên 18.700
# tấn, tăng 0,98%; giá trị ... phấn đấu đạt 25,26 triệu USD, tăng 26,15%". Results: "84.784 ha cây
# ăn quả", "sản lượng quả năm 2023 ước đạt 451.779 tấn" (=), "261 chuỗi cung ứng", "22.459 ha cây
# trồng áp dụng quy trình sản xuất nông nghiệp tốt", "24 sản phẩm nông sản được cấp văn bằng bảo
# hộ", "83 sản phẩm đạt chứng nhận OCOP", "Mỗi năm ... bao trái được khoảng 14 triệu trái cây" (~,
# count). NOT: "tăng 28% so với năm 2022" (a result's change, spec). Not quantities: "15/4",
# "302/KH-UBND", "28/12/2022" (a date, a document number). Pillar null; ids null (the catalogue's
# OCOP indicator is a share on e-commerce platforms, not a count of certified products).
# --------------------------------------------------------------------------
EXPORT_T = "sản lượng trái cây Sơn La xuất khẩu"
D03 = dict(name="03_sonla-xuat-khau-trai-cay-2023", kind="result", year=2023, records=[
    R("xuất khẩu «18.700 tấn trái cây\n\n18.700", EXPORT_T, ">=", 18700, **TAN, **T),
    R("\n\n«18.700 tấn trái cây, tương", EXPORT_T, ">=", 18700, **TAN, **T),
    R("tương đương «25,26 triệu USD sẽ", "giá trị trái cây Sơn La xuất khẩu", ">=", 25.26 * TRIEU, **USD, **T),
    R("năm 2023, tăng «26,15%", "tăng giá trị trái cây xuất khẩu so với năm 2022", ">=", 26.15, **T),
    R("có «84.784 ha", "cây ăn quả Tỉnh Sơn La hiện có", "=", 84784, **HA),
    R("ước đạt «451.779 tấn", "sản lượng quả năm 2023", "=", 451779, **TAN),
    R("có «261 chuỗi", "chuỗi cung ứng thực phẩm nông sản, thủy sản an toàn", "=", 261, **CNT),
    R("an toàn; «22.459 ha", "cây trồng áp dụng quy trình sản xuất nông nghiệp tốt và tương đương", "=", 22459,
      **HA),
    R("tương đương; «24 sản phẩm", "sản phẩm nông sản được cấp văn bằng bảo hộ", "=", 24, **CNT),
    R("bảo hộ; «83 sản phẩm", "sản phẩm đạt chứng nhận OCOP", "=", 83, **CNT),
    R("khoảng «14 triệu trái", "trái cây được bao trái mỗi năm", "~", 14 * TRIEU, **CNT),
    R("mục tiêu «15 triệu trái", "trái cây được bao trong năm 2023", ">=", 15 * TRIEU, **CNT, **T),
    R("đạt trên «18.700 tấn", "sản phẩm nông sản xuất khẩu, Kế hoạch xuất khẩu sản phẩm nông sản 2023", ">",
      18700, **TAN, **T),
    R("tấn, tăng «0,98%", "tăng sản lượng nông sản xuất khẩu", ">=", 0.98, **T),
    R("phấn đấu đạt «25,26 triệu USD", "giá trị tham gia xuất khẩu", ">=", 25.26 * TRIEU, **USD, **T),
    R("USD, tăng «26,15%", "tăng giá trị tham gia xuất khẩu so với năm 2022", ">=", 26.15, **T),
    R("2022.\n\nNăm 2023, Sơn La sẽ xuất khẩu «18.700", EXPORT_T, ">=", 18700, **TAN, **T),
], NOT=["tăng «28% so"])

# --------------------------------------------------------------------------
# 04 Bắc Giang, the 2022 lychee season's summary report (infonet.vietnamnet.vn; the stamp " date
# 2023-06" written as the first line, the rest of its line (the title "Thu gần 6.800 tỷ từ đặc sản
# vải thiều" running into the body) on the second; nothing cut). Year 2022 (the report of "năm
# 2022"). Results: the title's "Thu gần 6.800 tỷ" (~; unit_text "đồng": money, the title leaving
# the currency unwritten; a judgement), "tổng sản lượng vải thiều tiêu thụ toàn tỉnh đạt trên
# 199,5 nghìn tấn" (>), the domestic market's "lượng tiêu thụ lên tới 123,5 nghìn tấn" (=: "lên tới"
# states the amount reached), "Tổng sản lượng xuất khẩu đạt gần 76 nghìn tấn" (~), "tổng doanh thu
# ... ước đạt 6.785 tỷ đồng", "doanh thu từ quả vải đạt 4.411 tỷ đồng". Not quantities: "giảm hơn
# 15.000 tấn so với năm 2021", "cao hơn so với năm 2021 là 137 tỷ đồng" (a result's change against an
# earlier value, spec). Pillar null; ids null.
# --------------------------------------------------------------------------
D04 = dict(name="04_bacgiang-vai-thieu-tieu-thu-2022", kind="result", year=2022, records=[
    R("Thu gần «6.800 tỷ", "doanh thu từ đặc sản vải thiều", "~", 6800 * TY, **DONG),
    R("đạt trên «199,5 nghìn tấn", "tổng sản lượng vải thiều tiêu thụ toàn tỉnh", ">", 199.5 * NGHIN, **TAN),
    R("lên tới «123,5 nghìn tấn", "lượng vải thiều tiêu thụ tại thị trường nội địa", "=", 123.5 * NGHIN, **TAN),
    R("đạt gần «76 nghìn tấn", "Tổng sản lượng vải thiều xuất khẩu", "~", 76 * NGHIN, **TAN),
    R("ước đạt «6.785 tỷ đồng", "tổng doanh thu từ vải thiều và các dịch vụ phụ trợ", "=", 6785 * TY, **DONG),
    R("vải đạt «4.411 tỷ đồng", "doanh thu từ quả vải", "=", 4411 * TY, **DONG),
])

# --------------------------------------------------------------------------
# 05 Đồng Tháp, the mango sector's exports of 2022 and its growing-area codes (tienphong.vn; cut:
# the photo caption without a figure "Ông Lê Quốc Điền, Phó Giám đốc Sở NN&PTNT Đồng Tháp phát
# biểu tại hội nghị. Ảnh: An Bình" with its blank line; no byline, no stamp; the excerpt ends in
# "chứng nhận VietGAP " (trailing space kept)). Year 2022: the only year the text names ("Trong
# năm 2022"; the workshop's "Ngày 28/4" names none), taken for the present-tense figures too.
# Results: the title's "xuất khẩu đạt gần 2.700 tỷ đồng" (~) and the lead's "ước đạt khoảng 2.680 tỷ
# đồng" (~: the bound word next to the number read), "xoài là 1 trong 5 ngành hàng được chọn thực
# hiện đề án tái cơ cấu" (count 5, =; "1 trong" is the mango's membership, no record, as set69's
# "1 trong 7 chợ" and the later sets), "khoảng 14.000 ha xoài" (~), "cấp 296 mã số vùng trồng với
# khoảng 8.228 ha" (=, ~), "9 cơ sở đã đăng ký mã số cơ sở đóng gói", "33 tổ chức, cá nhân được
# cấp chứng nhận VietGAP". Not quantities: "28/4" (a date). The heading "Ngành hàng nông sản nghìn
# tỷ" carries no digit. Pillar null (no heading names a pillar; "số hóa dữ liệu" stands in a
# sentence without a quantity); ids null.
# --------------------------------------------------------------------------
D05 = dict(name="05_dongthap-xoai-xuat-khau-2022", kind="result", year=2022, records=[
    R("đạt gần «2.700 tỷ đồng", "giá trị xuất khẩu xoài Đồng Tháp", "~", 2700 * TY, **DONG),
    R("khoảng «2.680 tỷ đồng", "giá trị xuất khẩu ngành hàng xoài Đồng Tháp", "~", 2680 * TY, **DONG),
    R("1 trong «5 ngành hàng", "ngành hàng được chọn thực hiện đề án tái cơ cấu ngành nông nghiệp", "=", 5,
      **CNT),
    R("khoảng «14.000 ha xoài", "diện tích xoài", "~", 14000, **HA),
    R("cấp «296 mã số", "mã số vùng trồng xoài được Bộ NN&PTNT cấp", "=", 296, **CNT),
    R("khoảng «8.228 ha", "diện tích xoài được cấp mã số vùng trồng", "~", 8228, **HA),
    R("có «9 cơ sở", "cơ sở đã đăng ký mã số cơ sở đóng gói", "=", 9, **CNT),
    R("gói; «33 tổ chức", "tổ chức, cá nhân được cấp chứng nhận VietGAP", "=", 33, **CNT),
])

# --------------------------------------------------------------------------
# 06 Hưng Yên, the 2025 longan season (cafef.vn; the stamp " date 2025-08-22" written as the first
# line, the rest of its line on the second; nothing cut: the photo caption "Sản lượng nhãn Hưng
# Yên năm nay ước đạt hơn 50.000 tấn quả. Ảnh minh họa" states a figure and stays; the excerpt ends
# in "sản lượng nhãn H"). Year 2025 (the conference and the season of 2025). Results: "khoảng 5.800
# ha trồng nhãn" (~), "từ 15 – 20% diện tích là các giống nhãn đặc sản quý" (between), the
# caption's "ước đạt hơn 50.000 tấn quả" (>), and the season's three parts by share of the area,
# "chiếm khoảng 10% diện tích", "khoảng 50%", "khoảng 40%" (~; each its own subject: the early, main
# and late harvests; scope null, kinds of harvest, not levels). Not quantities: "20/8", "30/7",
# "1 – 30/8", "30/8 – 20/9" (dates), "3 giai đoạn" (the parts of the season, as the spec's parts
# of an index). Pillar null; ids null.
# --------------------------------------------------------------------------
D06 = dict(name="06_hungyen-nhan-long-2025", kind="result", year=2025, records=[
    R("khoảng «5.800 ha", "diện tích trồng nhãn toàn tỉnh", "~", 5800, **HA),
    R("từ «15 – 20% diện", "diện tích là các giống nhãn đặc sản quý như nhãn đường phèn, nhãn cùi cổ", "between",
      15, value_max=20),
    R("đạt hơn «50.000 tấn", "Sản lượng nhãn Hưng Yên năm nay", ">", 50000, **TAN),
    R("chiếm khoảng «10% diện", "diện tích nhãn chín sớm thu hoạch trước 30/7", "~", 10),
    R("chiếm khoảng «50% diện", "diện tích nhãn chính vụ thu hoạch từ 1 – 30/8", "~", 50),
    R("chiếm khoảng «40% diện", "diện tích nhãn chín muộn thu hoạch từ 30/8 – 20/9", "~", 40),
])

# --------------------------------------------------------------------------
# 07 Đắk Lắk, the durian area's fast growth (camdopro.com, a blog post; nothing cut; no byline, no
# stamp; the excerpt ends in "Nhiều vùng tr"). Results of 2022 and 2023, each year from its own
# line or column: "- Năm 2022: 22.458,6 ha", "- Năm 2023: 32.785 ha" (=, line=True: the bullet
# with its year); the table "Huyện | Diện tích 2022 | Diện tích 2023 | Tăng |": two records per
# row (the 2022 and 2023 areas, =, `place` the district, unit other with unit_text null: no unit
# word at the cells, as set193's table points); the column "Tăng" and "(tăng 10.326,4 ha so với
# 2022)" are changes against an earlier value, no record (spec). Forecasts (kind target, as the
# earlier sets read "dự báo"): "Dự báo đến năm 2025, diện tích có thể đạt 40.000 – 45.000 ha"
# (between, 2025) and the next bullet of the same forecast "Sản lượng ước tính tăng lên 350.000 –
# 400.000 tấn/năm" (between, unit_text "tấn/năm"; year 2025 from the list's first bullet, a
# judgement). Not quantities: the table's separator row. Pillar null; ids null; the document year
# is null (each record's year is its own).
# --------------------------------------------------------------------------
AREA = "diện tích sầu riêng"


def ROW(district, a22, a23):
    """The two records of one table row: the 2022 and the 2023 area (the change column left out)."""
    v22, v23 = (float(a.replace(".", "")) for a in (a22, a23))
    return [
        R(f"{district} | «{a22} |", f"{AREA} {district} năm 2022", "=", v22, **CELL, year=2022, place=district,
          line=True),
        R(f"{district} | {a22} | «{a23} |", f"{AREA} {district} năm 2023", "=", v23, **CELL, year=2023,
          place=district, line=True),
    ]


D07 = dict(name="07_daklak-sau-rieng-dien-tich-2023", kind="result", year=None, records=[
    R("- Năm 2022: «22.458,6 ha", "diện tích trồng sầu riêng tại Đắk Lắk năm 2022", "=", 22458.6, **HA, year=2022,
      line=True),
    R("- Năm 2023: «32.785 ha", "diện tích trồng sầu riêng tại Đắk Lắk năm 2023", "=", 32785, **HA, year=2023,
      line=True),
    *ROW("Krông Pắc", "5.230", "7.850"),
    *ROW("Cư M’gar", "4.560", "6.780"),
    *ROW("Ea H’leo", "3.890", "5.670"),
    *ROW("Krông Búk", "3.450", "5.120"),
    *ROW("Ea Kar", "2.980", "4.350"),
    R("có thể đạt «40.000 – 45.000 ha", "diện tích sầu riêng tại Đắk Lắk (dự báo)", "between", 40000, **HA,
      value_max=45000, kind="target", year=2025, line=True),
    R("tăng lên «350.000 – 400.000 tấn/năm", "Sản lượng sầu riêng ước tính (dự báo)", "between", 350000,
      **TAN_NAM, value_max=400000, kind="target", year=2025, line=True),
])

# --------------------------------------------------------------------------
# 08 The Ministry of Agriculture's scheme for the main fruit trees to 2025 and 2030 (Quyết định
# 4085/QĐ-BNN-TT), as Kon Tum's investment-promotion centre relays it (ipckontum.gov.vn; nothing
# cut; no byline, no stamp; the excerpt ends in "Tỷ l"). National targets on a province's site
# (the province's own figures are not in the excerpt). Kind target; year 2025 for the list "Mục
# tiêu đến năm 2025: ...", 2030 for "Mục tiêu đến năm 2030: ...". Records 2025: "Diện tích cây ăn
# quả cả nước 1,2 triệu ha" (>=, bare number), "sản lượng trên 14 triệu tấn" (>), "diện tích cây ăn
# quả chủ lực 960 ngàn ha", "sản lượng 11-12 triệu tấn" (between), "liên kết đạt 30-35%", "giống
# chất lượng cao 70-80%" (between), "(VietGAP và tương đương…) 30%" (>=), "tiết kiệm nước 20-30%"
# (between), "Kim ngạch xuất khẩu trái cây đạt trên 5 tỷ USD" (>); 2030: "1,3 triệu ha", "trên 16
# triệu tấn", "01 triệu ha", "13-14 triệu tấn". Scope null ("Tại các vùng sản xuất cây ăn quả tập
# trung" names an area of production, not an administrative level or population group; a
# judgement). Not quantities: "4085/QĐ-BNN-TT", "năm 2025 và 2030", the list labels "(1)", "(2)",
# "(3)". Pillar null; ids null.
# --------------------------------------------------------------------------
Y30 = dict(year=2030)
D08 = dict(name="08_kontum-de-an-cay-an-qua-chu-luc-2025", kind="target", year=2025, records=[
    R("cả nước «1,2 triệu ha", "Diện tích cây ăn quả cả nước", ">=", 1.2 * TRIEU, **HA),
    R("sản lượng trên «14 triệu tấn", "sản lượng cây ăn quả cả nước", ">", 14 * TRIEU, **TAN),
    R("chủ lực «960 ngàn ha", "diện tích cây ăn quả chủ lực", ">=", 960 * NGHIN, **HA),
    R("sản lượng «11-12 triệu tấn", "sản lượng cây ăn quả chủ lực", "between", 11 * TRIEU, **TAN,
      value_max=12 * TRIEU),
    R("liên kết đạt «30-35%", "Tỷ lệ giá trị sản phẩm được sản xuất dưới các hình thức hợp tác, liên kết tại các "
      "vùng sản xuất cây ăn quả tập trung", "between", 30, value_max=35),
    R("chất lượng cao «70-80%", "tỷ lệ diện tích trồng mới, trồng tái canh sử dụng giống chất lượng cao",
      "between", 70, value_max=80),
    R("tương đương…) «30%", "tỷ lệ diện tích cây ăn quả áp dụng quy trình thực hành sản xuất nông nghiệp tốt "
      "(VietGAP và tương đương…)", ">=", 30),
    R("tiết kiệm nước «20-30%", "diện tích được tưới tiên tiến, tiết kiệm nước", "between", 20, value_max=30),
    R("đạt trên «5 tỷ USD", "Kim ngạch xuất khẩu trái cây", ">", 5 * TY, **USD),
    R("cả nước «1,3 triệu ha", "Diện tích cây ăn quả cả nước", ">=", 1.3 * TRIEU, **HA, **Y30),
    R("sản lượng trên «16 triệu tấn", "sản lượng cây ăn quả cả nước", ">", 16 * TRIEU, **TAN, **Y30),
    R("chủ lực «01 triệu ha", "diện tích cây ăn quả chủ lực", ">=", 1 * TRIEU, **HA, **Y30),
    R("sản lượng «13-14 triệu tấn", "sản lượng cây ăn quả chủ lực", "between", 13 * TRIEU, **TAN,
      value_max=14 * TRIEU, **Y30),
])

# --------------------------------------------------------------------------
# 09 Gia Lai, Decision 399/QĐ-UBND (15/06/2022) issuing the plan to replant and graft-renovate
# coffee in 2022-2025, the document's header and grounds as a law library shows them
# (thuvienphapluat.vn; cut: the site's search box "Từ khoá: Số Hiệu, Tiêu đề hoặc Nội dung ngắn
# gọn của Văn Bản...", "Đăng nhập" and "Đang tải văn bản...", each with its blank line; the line of
# one space after the date line is kept; no byline, no stamp; the excerpt ends in "các hoạt động
# về"). A precision text with no record: every number is a document number ("399/QĐ-UBND",
# "255/QĐ-TTg", "2085/QĐ-BNN-TT", "1178/QĐ-BNN-TT", "874/QĐ-UBND", "02/2015/QĐ-UBND"), a date
# ("15/06/2022", "ngày 15 tháng 06 năm 2022", "25/02/2021", ...), a year of a law ("năm 2015", "năm
# 2018") or a period ("2022 - 2025", "2021 - 2025"). Year 2022.
# --------------------------------------------------------------------------
D09 = dict(name="09_gialai-tai-canh-ca-phe-2022-precision", kind="target", year=2022, records=[])

# --------------------------------------------------------------------------
# 10 An Giang, the province's rice and its rice exports in 2023 (tintuc.vdong.vn; nothing cut; no
# byline, no stamp; the excerpt ends in "Năm 2024, ước tổng kim ngạch xuất nhập khẩ"). Year 2023
# (the text's "Năm 2023" for the trade figures; the yearly rice figures "hàng năm bình quân" take
# it too). Results: the title's and the body's "60 thị trường" (count, at each statement), "diện
# tích gieo trồng lúa hàng năm bình quân khoảng 630 nghìn ha" (~), "sản lượng khoảng hơn 4 triệu
# tấn/năm" (`>`: the bound word next to the number read, as set193's "khoảng trên"), "(các giống lúa
# chất lượng cao chiếm trên 80-90%)" (between: a range stated once; "trên" before a range read as
# the range, a judgement), "chiếm khoảng 10% sản lượng lúa hằng năm của cả nước" (~), "14/167 doanh
# nghiệp được cấp giấy chứng nhận đủ điều kiện kinh doanh xuất khẩu gạo" (count 14; the denominator
# is not a quantity), "công suất xay xát thực tế trên 3,2 triệu tấn/năm" (>), "tổng kim ngạch xuất
# nhập khẩu đạt 1,381 tỷ USD", "kim ngạch xuất khẩu hàng hóa ước đạt 1,179 tỷ USD", the rice "đạt
# gần 580 nghìn tấn, tương đương 339 triệu USD" (~, =), Lộc Trời's "đơn đặt hàng đến 400.000 tấn
# gạo xuất sang thị trường EU" (=: "đến" states the amount, a company's order; a judgement). NOT
# (changes against an earlier value or a plan, spec): "tăng 2,08% so cùng kỳ, vượt 0,4% so với kế
# hoạch", "tăng 2,75% ..., vượt 0,3% ...", "tăng trên 9% về sản lượng và tăng gần 16% về kim
# ngạch". Not quantities: "2 nước này" (the two countries named, a reference). Pillar null; ids
# null.
# --------------------------------------------------------------------------
D10 = dict(name="10_angiang-xuat-khau-gao-2023", kind="result", year=2023, records=[
    R("mặt tại «60 thị trường", "thị trường trên thế giới có gạo An Giang", "=", 60, **CNT),
    R("bình quân khoảng «630 nghìn ha", "diện tích gieo trồng lúa hàng năm bình quân", "~", 630 * NGHIN, **HA),
    R("khoảng hơn «4 triệu tấn/năm", "sản lượng lúa", ">", 4 * TRIEU, **TAN_NAM),
    R("chiếm trên «80-90%", "các giống lúa chất lượng cao trong sản lượng lúa", "between", 80, value_max=90),
    R("chiếm khoảng «10% sản lượng", "sản lượng lúa của An Giang trong sản lượng lúa hằng năm của cả nước", "~",
      10),
    R("có «14/167 doanh nghiệp", "doanh nghiệp được cấp giấy chứng nhận đủ điều kiện kinh doanh xuất khẩu gạo",
      "=", 14, **CNT),
    R("thực tế trên «3,2 triệu tấn/năm", "công suất xay xát thực tế", ">", 3.2 * TRIEU, **TAN_NAM),
    R("khẩu đạt «1,381 tỷ USD", "tổng kim ngạch xuất nhập khẩu", "=", 1.381 * TY, **USD),
    R("ước đạt «1,179 tỷ USD", "kim ngạch xuất khẩu hàng hóa", "=", 1.179 * TY, **USD),
    R("xuất đến «60 thị trường", "thị trường các doanh nghiệp của tỉnh xuất khẩu gạo", "=", 60, **CNT),
    R("đạt gần «580 nghìn tấn", "gạo xuất khẩu", "~", 580 * NGHIN, **TAN),
    R("tương đương «339 triệu USD", "kim ngạch xuất khẩu gạo", "=", 339 * TRIEU, **USD),
    R("hàng đến «400.000 tấn", "đơn đặt hàng gạo xuất sang thị trường EU của Công ty CP Lộc Trời", "=", 400000,
      **TAN),
], NOT=["tăng «2,08% so", "vượt «0,4% so", "tăng «2,75% so", "vượt «0,3% so", "tăng trên «9% về",
        "tăng gần «16% về"])

# --------------------------------------------------------------------------
# 11 Hồ Chí Minh City, the 20th Southern Fruit Festival at Suối Tiên, 1/6-31/8/2024 (tinbong247news.net;
# cut: the stray markup line "--> -->" with its blank line, the related-articles line "TP.HCM: Những
# hình ảnh nơi ... cửa ngõ Sài Gòn" (links to other stories, one of them with "17 đoàn tàu" and "4,5
# tỷ USD") with its blank line, and the repeated title under a photo "Độc đáo Lễ hội trái cây Nam bộ
# sắp diễn ra tại TP.HCM" (a caption without a figure); no byline, no stamp; the excerpt ends in
# "trái cây đ"). A precision text with no record: "lần thứ 20", "lần thứ 2" (the editions, names of
# the events), "1/6", "31/8", "21/5" (dates), "năm 2024" (a date), "5 Châu" (a phrase: the five
# continents). Year 2024.
# --------------------------------------------------------------------------
D11 = dict(name="11_tphcm-le-hoi-trai-cay-nam-bo-2024-precision", kind="result", year=2024, records=[])

# --------------------------------------------------------------------------
# 12 Bình Thuận, the 2022 plan for VietGAP dragon fruit (baobinhthuan.com.vn, the province's paper;
# nothing cut; no byline, no stamp; the excerpt opens in "Theo đó," and ends in "khảo sá"). Kind
# target ("phấn đấu"), year 2022. Records: "năm 2022 toàn tỉnh phấn đấu có 11.900 ha thanh long đạt
# tiêu chuẩn VietGAP" (>=); the districts' shares of it, each with `place` the district, scope
# null (the sentence splits by district, but places go into `place`, as the earlier sets'
# districts): Hàm Thuận Nam "cấp chứng nhận mới ... 200 ha" (>=), "tái cấp chứng nhận trên 5.200
# ha" (>); Hàm Thuận Bắc "tái cấp trên 2.000 ha" (>); Bắc Bình "cấp mới 20 ha", "tái cấp 382 ha"
# (>=). Not quantities: "(ít nhất mỗi năm một lần)" (no digit), "năm 2022" (a date). Pillar null;
# ids null.
# --------------------------------------------------------------------------
NEW = "diện tích thanh long cấp chứng nhận VietGAP mới"
RENEW = "diện tích thanh long tái cấp chứng nhận VietGAP"
D12 = dict(name="12_binhthuan-thanh-long-vietgap-2022", kind="target", year=2022, records=[
    R("có «11.900 ha", "diện tích thanh long đạt tiêu chuẩn VietGAP toàn tỉnh", ">=", 11900, **HA),
    R("Thuận Nam «200 ha", NEW, ">=", 200, **HA, place="Hàm Thuận Nam"),
    R("nhận trên «5.200 ha", RENEW, ">", 5200, **HA, place="Hàm Thuận Nam"),
    R("tái cấp trên «2.000 ha", RENEW, ">", 2000, **HA, place="Hàm Thuận Bắc"),
    R("cấp mới «20 ha", NEW, ">=", 20, **HA, place="Bắc Bình"),
    R("tái cấp «382 ha", RENEW, ">=", 382, **HA, place="Bắc Bình"),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
