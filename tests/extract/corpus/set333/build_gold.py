#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set333).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'), with set306's
reading of farm amounts. Each record is written by hand below; its anchor is never typed in. A
record names a locator: a piece of the text with « just before the number. The locator (without
«) must occur exactly once in the text; the anchor is where « stands. `start`/`end` (the clause
that states the quantity) are computed by ../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a plan, a share of
a province's natural area); check_gold.py verifies that every percentage has a record or a NOT
entry.

`indicator_id_gold` (ignored by the scorer) is decided against
muctieu/catalog/data/indicators.yaml: this set's theme (coffee, pepper, rubber and cashew areas,
yields, output, prices and export values) has no indicator in that catalogue, so every id is null
(see README, "Catalogue labels"); `iid=` is therefore never written.

Amounts in a unit of their own are unit `other` with the unit as written at the number (`amt("ha")`,
`amt("tấn")`, `amt("tạ/ha")`, `amt("USD")`, `amt("đồng/kg")`, ...); the magnitude words
(nghìn/ngàn, triệu, tỷ/tỉ) are multiplied in, as the contract says.

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
from goldkit import R, CNT, RANK, T, RES  # noqa: E402

K, M = 1e3, 1e6


def amt(unit_text):
    """An amount in a unit of its own: unit other, the unit as written."""
    return dict(unit="other", unit_text=unit_text)


HA = amt("ha")
TAN = amt("tấn")

# --------------------------------------------------------------------------
# 01 Bình Phước, the Department of Agriculture's page on the national coffee-replanting scheme
# 2021-2025 and the province's share of it (snnptnt.binhphuoc.gov.vn; nothing cut; no byline, no
# stamp; the excerpt ends in "sự hỗ trợ "). Kind target throughout: "Đề án đề ra mục tiêu cụ thể
# của giai đoạn 2021-2025 sẽ ...", the province "sẽ thực hiện tái canh ...", and its schedule
# "Tiến độ thực hiện như sau". Year 2025 (the period's end, as set306 read "giai đoạn 2021-2025")
# for the scheme's totals; each line of the schedule "+ Năm 2021: ..." takes its own year. Records:
# the scheme's "khoảng 107 nghìn ha" (~) and its parts "75 nghìn ha", "32 nghìn ha" (bare: >=); the
# yield "đạt bình quân 3,5 tấn nhân/ha" (>=); the income "tăng 1,5 - 2 lần so với trước khi tái
# canh" (a target stated as a change, spec: between, unit_text "lần"); the Central Highlands'
# "khoảng 91 nghìn ha" (~) with "64 nghìn ha", "27 nghìn ha"; the other provinces' "khoảng 16.000
# ha" (~) with "11.000 ha", "5.000 ha"; Bình Phước's "2.300 ha", "2.100 ha", "200 ha" and the ten
# yearly amounts. Scope null: the scheme's areas are split by region and by method (replanting,
# grafting), kinds of thing, not administrative levels. Not quantities: "2021-2025" (a period), "5
# tỉnh vùng Tây Nguyên" (part of the region's name). Pillar null.
# --------------------------------------------------------------------------
TC = "diện tích trồng tái canh cà phê"
GH = "diện tích ghép cải tạo cà phê"


def sched(year, tc, gh):
    """One line of Bình Phước's schedule: the replanting and the grafting of that year."""
    head = f"+ Năm {year}: trồng tái canh "
    return [
        R(f"{head}«{tc} ha", f"{TC} của tỉnh Bình Phước năm {year}", ">=", int(tc), **HA, year=year),
        R(f"{head}{tc} ha, ghép cải tạo «{gh} ha", f"{GH} của tỉnh Bình Phước năm {year}", ">=", int(gh), **HA,
          year=year),
    ]


D01 = dict(name="01_binhphuoc-de-an-tai-canh-ca-phe-2021-2025", kind="target", year=2025, records=[
    R("ghép cải tạo khoảng «107 nghìn ha", "diện tích trồng tái canh và ghép cải tạo cà phê giai đoạn 2021-2025",
      "~", 107 * K, **HA),
    R("trồng tái canh «75 nghìn ha", f"{TC} giai đoạn 2021-2025", ">=", 75 * K, **HA),
    R("ghép cải tạo «32 nghìn ha", f"{GH} giai đoạn 2021-2025", ">=", 32 * K, **HA),
    R("đạt bình quân «3,5 tấn nhân/ha", "Năng suất vườn cà phê sau khi trồng tái canh và ghép cải tạo ở thời kỳ "
      "kinh doanh ổn định", ">=", 3.5, **amt("tấn nhân/ha")),
    R("tăng «1,5 - 2 lần", "Thu nhập/ha cà phê sau khi trồng tái canh và ghép cải tạo tăng so với trước khi tái "
      "canh", "between", 1.5, value_max=2, **amt("lần")),
    R("Tây Nguyên khoảng «91 nghìn ha", "Diện tích tái canh cà phê giai đoạn 2021-2025 tại 5 tỉnh vùng Tây Nguyên",
      "~", 91 * K, **HA),
    R("trồng tái canh «64 nghìn ha", f"{TC} tại 5 tỉnh vùng Tây Nguyên", ">=", 64 * K, **HA),
    R("ghép cải tạo «27 nghìn ha", f"{GH} tại 5 tỉnh vùng Tây Nguyên", ">=", 27 * K, **HA),
    R("khác khoảng «16.000 ha", "Diện tích tái canh cà phê giai đoạn 2021-2025 tại các tỉnh trồng cà phê khác",
      "~", 16000, **HA),
    R("trồng tái canh «11.000 ha", f"{TC} tại các tỉnh trồng cà phê khác", ">=", 11000, **HA),
    R("ghép cải tạo «5.000 ha", f"{GH} tại các tỉnh trồng cà phê khác", ">=", 5000, **HA),
    R("tổng diện tích «2.300 ha", "tổng diện tích tái canh cà phê của tỉnh Bình Phước", ">=", 2300, **HA),
    R("trồng tái canh «2.100 ha", f"{TC} của tỉnh Bình Phước", ">=", 2100, **HA),
    R("ghép cải tạo «200 ha", f"{GH} của tỉnh Bình Phước", ">=", 200, **HA),
    *sched(2021, "400", "40"), *sched(2022, "400", "40"), *sched(2023, "400", "40"),
    *sched(2024, "400", "40"), *sched(2025, "500", "40"),
])

# --------------------------------------------------------------------------
# 02 Kon Tum, the provincial standing committee's targets for restoring and developing "cà phê xứ
# lạnh" (arabica) in Tu Mơ Rông, Đăk Glei and Kon Plông (kontum.gov.vn; cut: the byline date "Thứ
# sáu, Ngày 27/12/2024 -", written as the first line `date 2024-12-27`; the excerpt ends in "các
# tổ h"). Kind target. "Về mục tiêu cụ thể đến năm 2025: ..." year 2025; "Đến năm 2030: ..." year
# 2030. Records: the areas "đạt 5.000 ha", "đạt 7.000 ha" (>=), "khoảng 80% diện tích", "khoảng
# 2.000 ha" (~); the yields "18,5 tạ/ha", "20 tạ/ha" (>=, unit_text "tạ/ha"); "tỷ lệ thu hoạch cà
# phê chín trên 80%" (>); "ít nhất 03 chuỗi giá trị", "ít nhất 01 nhà máy" (>=, counts); the values
# per hectare "trên 80 triệu/ha" (>), "bình quân 100 triệu/ha" (>=), money: unit_text "đồng/ha"
# (no currency word is written; a judgement, as set306's "Thu gần 6.800 tỷ"), the magnitude
# multiplied in; "phấn đấu 100% các hộ sản xuất tham gia vào các tổ h[ợp tác]" (>=; the excerpt cuts
# the end of the subject). Not quantities: "27/12/2024" (a date), "4C" (a standard's name). Pillar
# null, scope null.
# --------------------------------------------------------------------------
D02 = dict(name="02_kontum-ca-phe-xu-lanh-muc-tieu-2025-2030", kind="target", year=2025, records=[
    R("vườn cây đạt «5.000 ha. Trong", "diện tích vườn cây cà phê xứ lạnh cải tạo, phục hồi và phát triển", ">=",
      5000, **HA),
    R("khoảng «80% diện tích", "diện tích trồng theo mô hình cà phê sinh cảnh, cà phê sinh thái, cà phê tuần hoàn "
      "và cà phê hữu cơ", "~", 80),
    R("bình quân «18,5 tạ/ha", "năng suất cà phê nhân bình quân", ">=", 18.5, **amt("tạ/ha")),
    R("chín trên «80%", "tỷ lệ thu hoạch cà phê chín", ">", 80),
    R("ít nhất «03 chuỗi", "chuỗi giá trị cà phê chè gắn với phát triển thương hiệu “Cà phê xử lạnh Kon Tum” "
      "hình thành", ">=", 3, **CNT),
    R("bình quân trên «80 triệu/ha", "giá trị sản lượng bình quân", ">", 80 * M, **amt("đồng/ha")),
    R("vườn cây đạt «7.000 ha", "diện tích vườn cây cà phê xứ lạnh phát triển", ">=", 7000, **HA, year=2030),
    R("khoảng «2.000 ha liên kết", "diện tích liên kết sản xuất theo mô hình kinh tế hợp tác, có chứng nhận chất "
      "lượng sản phẩm đạt tiêu chuẩn", "~", 2000, **HA, year=2030),
    R("ít nhất «01 nhà máy", "nhà máy chế biến sâu thu hút đầu tư xây dựng", ">=", 1, **CNT, year=2030),
    R("đạt «20 tạ/ha", "năng suất cà phê nhân", ">=", 20, **amt("tạ/ha"), year=2030),
    R("bình quân «100 triệu/ha", "giá trị sản lượng bình quân", ">=", 100 * M, **amt("đồng/ha"), year=2030),
    R("phấn đấu «100% các hộ", "các hộ sản xuất tham gia vào các tổ hợp tác", ">=", 100, year=2030),
])

# --------------------------------------------------------------------------
# 03 Đắk Lắk, the province's portal on the national scheme for specialty coffee 2021-2030 and the
# province's part in it (daklak.gov.vn; cut: the photo caption "Nhà màng phơi Công ty TNHH PM
# Coffee (Ảnh minh họa)"; no byline, no stamp; the excerpt ends in "và 2."). Kind target (the
# scheme's orientation "được định hướng phát triển", "sẽ trồng", "sẽ phát triển"). Year 2030 (the
# scheme's horizon) for "tổng diện tích gần 19.000 ha" (twice: the lead and the period 2026-2030,
# each a statement), "chiếm khoảng 3%", the arabica "11.620 ha" and the robusta "7.340 ha"; 2025
# for "giai đoạn 2021 – 2025, diện tích cà phê đặc sản đạt 11.500 ha" (>=), "chiếm khoảng 2%" and
# Đắk Lắk's "khoảng 1.060 ha vào năm 2025" (~, place left null: the document's own province).
# Not quantities: "8 tỉnh", "5 xã thuộc 3 huyện, thành phố" (the lead counts of lists of names, as
# set193's "15 xã ... bao gồm"), "2021 – 2030", "2026 – 2030" (periods), and the cut "2." at the
# end (no unit: no record, as set306's cut number). Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_daklak-ca-phe-dac-san-8-tinh-2030", kind="target", year=2030, records=[
    R("với tổng diện tích gần «19.000 ha. Trong", "tổng diện tích cà phê đặc sản tại 8 tỉnh", "~", 19000, **HA),
    R("đặc sản đạt «11.500 ha", "diện tích cà phê đặc sản giai đoạn 2021 – 2025", ">=", 11500, **HA, year=2025),
    R("chiếm khoảng «2%", "diện tích cà phê đặc sản chiếm tổng diện tích cà phê", "~", 2, year=2025),
    R("tổng diện tích đạt gần «19.000 ha, chiếm", "tổng diện tích cà phê đặc sản giai đoạn 2026 – 2030", "~",
      19000, **HA),
    R("chiếm khoảng «3%", "diện tích cà phê đặc sản chiếm diện tích cà phê Việt Nam", "~", 3),
    R("đến năm 2030 là «11.620 ha", "tổng diện tích cà phê chè đặc sản", ">=", 11620, **HA),
    R("tổng diện tích là «7.340 ha", "tổng diện tích cà phê vối đặc sản", ">=", 7340, **HA),
    R("khoảng «1.060 ha", "diện tích cà phê vối đặc sản tỉnh Đắk Lắk sẽ phát triển", "~", 1060, **HA, year=2025),
])

# --------------------------------------------------------------------------
# 04 Đắk Nông, the plan for specialty coffee to 2030 as VietnamPlus reported it (vietnamplus.vn;
# cut: the related-article link "[Đắk Nông hướng đến chế biến sâu, nâng cao giá trị cho cây
# càphê]"; no byline, no stamp; the excerpt ends in "có hiệu quả"). Targets: "định hướng ... khoảng
# 2.000ha càphê đặc sản" (~, 2030: the plan runs "đến năm 2030"), "đến năm 2025 ... khoảng
# 1.000ha" (~) and "hơn 500 tấn" (>), 2025; "vào năm 2030 là 2.000ha" (>=) and "sản lượng tăng lên
# 1.500 tấn" (>=: "tăng lên" names the amount to reach, as set306's "lên tới"), 2030. Results, year
# null (the text dates nothing it reports; the address's "post811230" is not a date): "toàn tỉnh
# hiện có 130.000ha càphê" (=) and "sản lượng trên 320.000 tấn" (>). Not quantities: "đứng thứ ba"
# (no digit). Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_daknong-ca-phe-dac-san-ke-hoach-2030", kind="target", year=2030, records=[
    R("phát triển khoảng «2.000ha", "diện tích càphê đặc sản xây dựng, phát triển", "~", 2000, **HA),
    R("hiện có «130.000ha", "diện tích càphê toàn tỉnh", "=", 130000, **HA, **RES, year=None),
    R("sản lượng trên «320.000 tấn", "sản lượng càphê toàn tỉnh", ">", 320000, **TAN, **RES, year=None),
    R("phát triển khoảng «1.000ha", "diện tích càphê đặc sản", "~", 1000, **HA, year=2025),
    R("đạt chuẩn hơn «500 tấn", "sản phẩm càphê nhân chọn lọc đạt chuẩn", ">", 500, **TAN, year=2025),
    R("năm 2030 là «2.000ha", "diện tích càphê đặc sản", ">=", 2000, **HA),
    R("tăng lên «1.500 tấn", "sản lượng càphê nhân chọn lọc đạt chuẩn", ">=", 1500, **TAN),
])

# --------------------------------------------------------------------------
# 05 Đắk Nông, keeping over 200,000 ha of main industrial crops (baotintuc.vn; nothing cut; no
# byline, no stamp; the excerpt opens in "Trong số đó" and ends in "thuộ"). Targets "tỉnh sẽ duy
# trì ...": coffee "khoảng 130.000 ha" and "khoàng 343.000 tấn/năm" (~: "khoàng" is the page's typo
# for "khoảng"), pepper "gần 34.000 ha" (~) and "sản lượng ước tính 60.000 tấn/năm" (bare in a
# target: >=), rubber "25.000 ha", "35.000 tấn/năm", cashew "15.000 ha", "18.000 tấn/năm" (>=);
# year null (the excerpt names no year for them; the address's "20240927" is not in the text).
# "Từ nay đến năm 2030 ... giữ vững kim ngạch xuất khẩu ... ở mức trên 980 triệu USD/năm" (>,
# 2030). Results, year null: "diện tích cà phê đứng thứ 3 khu vực" and "xếp vị trí thứ 3 của cả
# nước" (rank, =; the region in the indicator, spec); the prices "ở mức khoảng 120.000 đồng/kg"
# (~) and "hồ tiêu đen ở mức 150.000 đồng/kg" (=). Not quantities: "5 tỉnh Tây Nguyên" (part of a
# name), "lớn nhất cả nước" (no digit). Pillar null.
# --------------------------------------------------------------------------
TN = amt("tấn/năm")
D05 = dict(name="05_daknong-cay-cong-nghiep-chu-luc-2024", kind="target", year=None, records=[
    R("duy trì khoảng «130.000 ha", "diện tích cà phê duy trì", "~", 130000, **HA),
    R("khoàng «343.000 tấn/năm", "sản lượng cà phê", "~", 343000, **TN),
    R("gần «34.000 ha", "diện tích hồ tiêu", "~", 34000, **HA),
    R("ước tính «60.000 tấn/năm", "sản lượng hồ tiêu", ">=", 60000, **TN),
    R("tấn/năm; «25.000 ha", "diện tích cao su", ">=", 25000, **HA),
    R("sản lượng «35.000 tấn/năm", "sản lượng cao su", ">=", 35000, **TN),
    R("cùng «15.000 ha", "diện tích điều", ">=", 15000, **HA),
    R("sản lượng «18.000 tấn/năm", "sản lượng điều", ">=", 18000, **TN),
    R("đứng thứ «3 khu vực", "diện tích cà phê của Đắk Nông đứng thứ khu vực Tây Nguyên", "=", 3, **RANK, **RES),
    R("vị trí thứ «3 của", "diện tích cà phê của Đắk Nông xếp vị trí của cả nước", "=", 3, **RANK, **RES),
    R("ở mức trên «980 triệu USD/năm", "kim ngạch xuất khẩu các sản phẩm nông sản chủ lực (cà phê, hồ tiêu, cao "
      "su, điều)", ">", 980 * M, **amt("USD/năm"), year=2030),
    R("mức khoảng «120.000 đồng/kg", "giá cà phê nhân xô được mua", "~", 120000, **amt("đồng/kg"), **RES),
    R("ở mức «150.000 đồng/kg", "giá hồ tiêu đen", "=", 150000, **amt("đồng/kg"), **RES),
])

# --------------------------------------------------------------------------
# 06 Bà Rịa - Vũng Tàu, pepper's golden age gone (baobariavungtau.com.vn; the stamp " date
# 2020-11" written as the first line; nothing cut; the whole excerpt is one paragraph). Year 2020.
# Results: "Hiện toàn tỉnh chỉ còn trên 11.300ha" (>) and "tổng sản lượng tiêu thu hoạch ước đạt
# trên 19.340 tấn" (>: the bound word next to the number). NOT: "bằng 91,7% so với kế hoạch"
# (completion against a plan, as set193 and the earlier sets' majority). Not quantities: "giảm
# hơn 1.830ha so với cùng kỳ năm 2019", "giảm 1.754 tấn so cùng kỳ năm ngoái" (a result's change
# against an earlier value, spec), "5-6 năm" (a span of time). Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_bariavungtau-ho-tieu-dien-tich-2020", kind="result", year=2020, records=[
    R("chỉ còn trên «11.300ha", "diện tích tiêu của tỉnh", ">", 11300, **HA),
    R("ước đạt trên «19.340 tấn", "tổng sản lượng tiêu thu hoạch", ">", 19340, **TAN),
], NOT=["bằng «91,7% so"])

# --------------------------------------------------------------------------
# 07 Gia Lai, keeping 100,000 ha of coffee and intensive sustainable farming (newfarmvn.vn; cut:
# the photo caption "Tuyển chọn giống tốt phục vụ tái canh cà phê ở Gia Lai. Ảnh: Đăng Lâm" with
# the blank lines around it; no byline, no stamp; the excerpt ends in "ph"). Targets: the title
# "ỔN ĐỊNH DIỆN TÍCH 100 NGHÌN HA CÀ PHÊ" and the heading "Ổn định diện tích 100 ngàn ha đến năm
# 2030" (two statements, each a record, >=, 2030; the title's year from the heading under it, a
# judgement). Results: "hơn 105.000ha cà phê hiện có" (>), "có mặt ở địa bàn 10 huyện, thành phố"
# (count, =), "gần 60.000ha ... theo các tiêu chuẩn VietGAP, 4C, RA ..." (~), "năng suất hơn 3,9
# tấn/ha", "sản lượng hơn 400.000 tấn/năm" (>), "xuất khẩu sang 60 nước" (count, =): "hiện" and
# "Đến nay" in a text whose latest figures are of "9 tháng đầu năm 2024": year 2024 (a judgement).
# "Năm 2023, giá trị xuất khẩu ... hơn 490 triệu USD" (>), "tỉ lệ cà phê qua chế biến sâu đạt 6%"
# (=), 2023; "9 tháng đầu năm 2024, kim ngạch xuất khẩu nông sản ... ước đạt hơn 700 triệu USD"
# (>), "193.000 tấn", "552 triệu USD" (=), "chiếm đến 80%" (=), 2024. NOT: "(đạt hơn 93% kế
# hoạch)" (completion against a plan), "tăng 26% so với cùng kỳ" (a result's change, spec). Not
# quantities: "hơn 1,5 triệu ha" and "hơn 1,4 triệu ha" (the province's natural and farm land, sizes
# as the earlier sets' sizes) and its rank in size "đứng thứ 2 cả nước (sau tỉnh Nghệ An)" (the
# size's rank, a judgement), "4C" (a standard's name). Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_gialai-ca-phe-xuat-khau-2024", kind="result", year=2024, records=[
    R("ỔN ĐỊNH DIỆN TÍCH «100 NGHÌN HA", "DIỆN TÍCH CÀ PHÊ ỔN ĐỊNH", ">=", 100 * K, **HA, **T, year=2030),
    R("Ổn định diện tích «100 ngàn ha", "diện tích cà phê ổn định", ">=", 100 * K, **HA, **T, year=2030),
    R("diện tích hơn «105.000ha", "diện tích cà phê hiện có của tỉnh Gia Lai", ">", 105000, **HA),
    R("địa bàn «10 huyện", "huyện, thành phố của Gia Lai có cà phê", "=", 10, **CNT),
    R("có gần «60.000ha", "diện tích cà phê được sản xuất theo các tiêu chuẩn VietGAP, 4C, RA, C.A.F.E. "
      "Practices, Organic", "~", 60000, **HA),
    R("năng suất hơn «3,9 tấn/ha", "năng suất cà phê", ">", 3.9, **amt("tấn/ha")),
    R("sản lượng hơn «400.000 tấn/năm", "sản lượng cà phê", ">", 400000, **amt("tấn/năm")),
    R("sang «60 nước", "nước cà phê của Gia Lai được xuất khẩu sang", "=", 60, **CNT),
    R("Gia Lai đạt hơn «490 triệu USD", "giá trị xuất khẩu cà phê của Gia Lai", ">", 490 * M, **amt("USD"),
      year=2023),
    R("sâu đạt «6%", "tỉ lệ cà phê qua chế biến sâu", "=", 6, year=2023),
    R("ước đạt hơn «700 triệu USD", "kim ngạch xuất khẩu nông sản của tỉnh Gia Lai 9 tháng đầu năm", ">", 700 * M,
      **amt("USD")),
    R("sản lượng «193.000 tấn", "sản lượng cà phê xuất khẩu 9 tháng đầu năm", "=", 193000, **TAN),
    R("tương ứng «552 triệu USD", "giá trị cà phê xuất khẩu 9 tháng đầu năm", "=", 552 * M, **amt("USD")),
    R("chiếm đến «80% tổng", "cà phê xuất khẩu chiếm tổng kim ngạch xuất khẩu nông sản của tỉnh", "=", 80),
], NOT=["đạt hơn «93% kế", "tăng «26% so"])

# --------------------------------------------------------------------------
# 08 Gia Lai, Kon Gang commune's pepper harvest at high prices (baogialai.com.vn; the stamp " date
# 2026-03-03" written as the first line, the page's navigation that followed it on the same line
# ("Video Báo Ảnh Báo in Podcast Welcome to Gia Lai Emagazine Infographic") cut, and the byline
# "LÊ NAM LÊ NAM" with its blank line cut; the excerpt ends after "4 tấn/ha."). Year 2026. Results
# of the commune (place "Kon Gang", the commune named; Gia Lai is the page's province): "toàn xã
# hiện có 650 ha hồ tiêu, trong đó, 605 ha đang kinh doanh và 45 ha trồng mới" (three records, =,
# each its own subject: a breakdown by stage, scope null), "khoảng 10% diện tích đang trong giai
# đoạn hái bói" (~), "năng suất ước tính khoảng 4 tấn/ha" (~). Not quantities: one household's
# figures in the caption and the story ("2.000 trụ hồ tiêu", "lãi chừng 400 triệu đồng", "gần 200
# triệu đồng", "khoảng 5 tấn", "khoảng 4 tấn", "sản lượng 4 tấn", and the farmer's "giá dao động
# khoảng 150 nghìn đồng/kg" in his own account): an anecdote, no indicator (a judgement, as the
# earlier sets' "one household's sales"), "hơn 10 năm" (a span). Pillar null.
# --------------------------------------------------------------------------
KG = dict(place="Kon Gang")
D08 = dict(name="08_gialai-kongang-ho-tieu-2026", kind="result", year=2026, records=[
    R("hiện có «650 ha", "diện tích hồ tiêu toàn xã", "=", 650, **HA, **KG),
    R("trong đó, «605 ha", "diện tích hồ tiêu đang kinh doanh", "=", 605, **HA, **KG),
    R("và «45 ha trồng mới", "diện tích hồ tiêu trồng mới", "=", 45, **HA, **KG),
    R("Hiện khoảng «10% diện tích", "diện tích hồ tiêu đang trong giai đoạn hái bói", "~", 10, **KG),
    R("ước tính khoảng «4 tấn/ha", "năng suất hồ tiêu", "~", 4, **amt("tấn/ha"), **KG),
])

# --------------------------------------------------------------------------
# 09 Sơn La, coffee as a main crop of high value (doanhnghiepkinhtexanh.vn; cut: the image file
# name "ca-phe-1694766915.jpeg" and the photo caption "Trồng cây cà phê giúp nông dân Sơn La thoát
# nghèo. Ảnh minh họa"; no byline, no stamp; the excerpt ends after the districts' bracket). Year
# 2022 (the text's "năm 2022", also for "hiện là ... với khoảng 17.000 ha", a judgement). Results:
# "khoảng 17.000 ha", "sản lượng khoảng 30.000 tấn cà phê nhân/ năm" (~, unit_text as written
# "tấn cà phê nhân/ năm"); "năm 2022 đạt 29.649 tấn" (=), "tiêu thụ, xuất khẩu trên 95%" (>),
# "còn lại khoảng 5% đưa vào các cơ sở chế biến" (~), "Sản lượng cà phê xuất khẩu năm 2022 đạt
# 30.500 tấn" (=), "giá trị trên 82,2 triệu USD" (>); the districts' areas "Thuận Châu với diện tích
# 5.600 ha", "thành phố Sơn La với diện tích 5.000 ha" (=) and "huyện Mai Sơn với diện tích trên
# 6.400 ha" (>), each with `place`, scope null. Not quantities: "03 địa phương ... bao gồm: ..."
# (the lead count of a list of names, as 03). Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_sonla-ca-phe-san-luong-2022", kind="result", year=2022, records=[
    R("với khoảng «17.000 ha", "diện tích cà phê của Sơn La", "~", 17000, **HA),
    R("sản lượng khoảng «30.000 tấn", "sản lượng cà phê nhân", "~", 30000, **amt("tấn cà phê nhân/ năm")),
    R("năm 2022 đạt «29.649 tấn", "Tổng sản lượng cà phê nhân trên địa bàn tỉnh", "=", 29649, **TAN),
    R("xuất khẩu trên «95%", "sản lượng cà phê nhân tiêu thụ, xuất khẩu", ">", 95),
    R("khoảng «5% đưa", "sản lượng cà phê nhân đưa vào các cơ sở chế biến cà phê", "~", 5),
    R("năm 2022 đạt «30.500 tấn", "Sản lượng cà phê xuất khẩu", "=", 30500, **TAN),
    R("giá trị trên «82,2 triệu USD", "giá trị cà phê xuất khẩu", ">", 82.2 * M, **amt("USD")),
    R("Thuận Châu với diện tích «5.600 ha", "diện tích vùng nguyên liệu cà phê", "=", 5600, **HA,
      place="Thuận Châu"),
    R("thành phố Sơn La với diện tích «5.000 ha", "diện tích vùng nguyên liệu cà phê", "=", 5000, **HA,
      place="thành phố Sơn La"),
    R("diện tích trên «6.400 ha", "diện tích vùng nguyên liệu cà phê", ">", 6400, **HA, place="Mai Sơn"),
])

# --------------------------------------------------------------------------
# 10 Đắk Nông, Plan 458/KH-UBND of 11-8-2022 on specialty coffee to 2030 as a legal-text site shows
# it (thuviennhadat.vn; nothing cut; the excerpt ends in "xen kẽ "). A precision text, no record:
# the excerpt holds the document's card, its header and its first section's opening, which describe
# the province. Not quantities: "458/KH-UBND" (three times), "1392/QĐ-BNN-TT" (document numbers),
# "11/08/2022", "11 tháng 8 năm 2022", "02/4/2021" (dates), "2021- 2030", "2022 - 2030", "năm 2030"
# (periods), "I." (a label), "4.700 km2" (the geopark's size). NOT: "chiếm 72% diện tích tự nhiên
# của tỉnh" (the geopark's share of the province's land: a size, not a target or a result; a
# judgement). Year 2022.
# --------------------------------------------------------------------------
D10 = dict(name="10_daknong-ke-hoach-458-ca-phe-dac-san-2022-precision", kind="result", year=2022, records=[],
           NOT=["chiếm «72% diện"])

# --------------------------------------------------------------------------
# 11 Vietnam, the coffee provinces before and after the merger of provinces of 1 July 2025
# (vnbiznews.com; cut: the section label "Kinh doanh", the image captions "Thủ phủ ... kể từ 1/7? -
# Ảnh 1." and "- Ảnh 2.", the line "Ảnh minh họa", and the title repeated as an image's title before
# "- Ảnh 2." (each with its blank line); no byline, no stamp; the excerpt ends in the chart caption
# "5 địa phương dẫn đầu cả nước"). Year 2024 ("tính đến hết năm 2024", for every figure: the
# merged provinces' totals are 2024's areas summed). Results: the country's "khoảng 716.600 –
# 730.000 ha" (between: one range stated once) and "xấp xỉ 1,47 triệu tấn" (~); Đắk Lắk "hơn
# 212.106 ha" (>), "khoảng 561.000 tấn" (~); Lâm Đồng "Đứng thứ 2 về diện tích" (rank =), "176.800
# ha" (=), "gần 592.000 tấn mỗi năm" (~, unit_text "tấn"); "Đắk Nông (khoảng 140.000 ha), Gia Lai
# (hơn 105.000 ha) và Kon Tum (hơn 25.000 ha)"; the new Lâm Đồng "hơn 319.350 ha"; the new Đắk Lắk
# "Đứng thứ 2" (rank =), "khoảng 213.500 ha" (~); Phú Yên "chỉ khoảng 1.500 ha" (~). Each province
# figure carries `place` (a national page). Not quantities: "top 5 vùng trồng cà phê lớn nhất",
# "Ba tỉnh còn lại trong top 5" (the lead of a list of names; a judgement), "1/7" (a date), "5 địa
# phương dẫn đầu cả nước" (a chart's caption, its values not in the text). Pillar null.
# --------------------------------------------------------------------------
DL, LD = dict(place="Đắk Lắk"), dict(place="Lâm Đồng")
D11 = dict(name="11_vietnam-ca-phe-tinh-sau-sap-nhap-2024", kind="result", year=2024, records=[
    R("Việt Nam khoảng «716.600 – 730.000 ha", "diện tích trồng cà phê của Việt Nam", "between", 716600,
      value_max=730000, **HA),
    R("xấp xỉ «1,47 triệu tấn", "sản lượng cà phê của Việt Nam", "~", 1.47 * M, **TAN),
    R("có hơn «212.106 ha", "diện tích trồng cà phê", ">", 212106, **HA, **DL),
    R("đạt khoảng «561.000 tấn", "sản lượng cà phê thu hoạch trong năm", "~", 561000, **TAN, **DL),
    R("Đứng thứ «2 về", "diện tích trồng cà phê đứng thứ", "=", 2, **RANK, **LD),
    R("tổng cộng «176.800 ha", "diện tích trồng cà phê", "=", 176800, **HA, **LD),
    R("gần «592.000 tấn", "sản lượng cà phê mỗi năm", "~", 592000, **TAN, **LD),
    R("(khoảng «140.000 ha)", "diện tích trồng cà phê", "~", 140000, **HA, place="Đắk Nông"),
    R("(hơn «105.000 ha)", "diện tích trồng cà phê", ">", 105000, **HA, place="Gia Lai"),
    R("(hơn «25.000 ha)", "diện tích trồng cà phê", ">", 25000, **HA, place="Kon Tum"),
    R("có hơn «319.350 ha", "diện tích trồng cà phê toàn địa bàn tỉnh Lâm Đồng mới", ">", 319350, **HA, **LD),
    R("Đứng thứ «2 là", "diện tích trồng cà phê đứng thứ (Đắk Lắk sau hợp nhất với Phú Yên)", "=", 2, **RANK,
      **DL),
    R("khoảng «213.500 ha", "tổng diện tích trồng cà phê (Đắk Lắk sau hợp nhất)", "~", 213500, **HA, **DL),
    R("chỉ khoảng «1.500 ha", "diện tích trồng cà phê của Phú Yên cũ", "~", 1500, **HA, place="Phú Yên"),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
