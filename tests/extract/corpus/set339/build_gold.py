#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set339).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string; `line=True` keeps the clause
to its line, for 11's table rows).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against the plan, changes
against an earlier value or another province's value); check_gold.py verifies that every percentage
has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
The theme of this set (aquaculture: farmed areas, output, hatcheries, cages, export value, disease
losses) has no indicator in the catalogue, whose indicators are those of digital transformation:
every id is null.

Units: areas "ha" and outputs "tấn" / "tấn/năm" are unit `other` with the unit as written; money
is `other` "đồng" / "USD" / "USD/năm" with the magnitude word multiplied in (the spec's decided
case); numbers of things (facilities, enterprises, households, cages, seed animals, pairs of
broodstock, communes, districts, provinces) are `count`; rates and shares, also "%/năm", are `%`.

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

HA = dict(unit="other", unit_text="ha")
TAN = dict(unit="other", unit_text="tấn")
TAN_Y = dict(unit="other", unit_text="tấn/năm")
USD = dict(unit="other", unit_text="USD")
USD_Y = dict(unit="other", unit_text="USD/năm")
DONG = dict(unit="other", unit_text="đồng")
T25 = dict(kind="target", year=2025)
T30 = dict(kind="target", year=2030)
row = functools.partial(R, line=True)  # a row of 11's table: the clause is its line

# --------------------------------------------------------------------------
# 01 Bà Rịa - Vũng Tàu, the province's action plan for the national aquaculture programme
# 2021-2030 approved (baobariavungtau.com.vn; cut: the byline date "Cập nhật: 19:31, 08/12/2022
# (GMT+7)", written as the first line `date 2022-12-08`; the photo caption "Người nuôi kiểm tra chất
# lượng tôm tại xã An Ngãi, huyện Long Điền. |"; the byline "Tin, ảnh: PHÚC HIẾU"). Kind target:
# "đến năm 2025 ... đạt 20.000 tấn/năm" (>=: a target's "đạt"), "đầu ra ổn định cho trên 30% sản
# lượng" (>, 2025: the sentence runs on from "đến năm 2025"); "Đến năm 2030 ... đạt 23.000 tấn/năm"
# (>=), "trên 50%" (>, 2030). Pillar null (no heading names one). Not quantities: "3678/QĐ-UBND"
# (document), "2021-2030", "năm 2025", "năm 2030" (dates), the stamp.
# --------------------------------------------------------------------------
D01 = dict(name="01_bariavungtau-ke-hoach-nuoi-trong-thuy-san-2022", kind="target", year=2022, records=[
    R("tỉnh đạt «20.000 tấn/năm", "tổng sản lượng nuôi trồng thủy sản của tỉnh", ">=", 20000, **TAN_Y, **T25),
    R("cho trên «30% sản lượng", "bảo đảm đầu ra ổn định cho sản lượng sản phẩm nuôi trồng thủy sản", ">", 30, **T25),
    R("đạt «23.000 tấn/năm", "tổng sản lượng nuôi trồng thủy sản", ">=", 23000, **TAN_Y, **T30, start_at="Đến năm 2030"),
    R("cho trên «50% sản lượng", "bảo đảm đầu ra ổn định cho sản lượng sản phẩm nuôi trồng thủy sản", ">", 50, **T30),
])

# --------------------------------------------------------------------------
# 02 Bạc Liêu, the province's plan under the national aquaculture programme, 2022-2025, and the
# project for a national shrimp-industry centre (vietnamnet.vn; cut: the image's file name "tom bac
# lieu.png" with the blank line after it; no byline, no stamp; the excerpt ends in "thiết kế đ").
# Targets "Trong giai đoạn 2021-2025, Bạc Liêu phấn đấu ...": year 2025 (the period's end, as the
# earlier sets read "giai đoạn 2021-2025"); bare numbers and "sẽ là", "là" in a target read `>=`,
# "trên 90%" `>`; "40-45 tấn con giống" between (other "tấn": the seed counted by weight as written);
# the growth rates "21,67%/năm", "1,17%/năm", "14,72%/năm" (%: a target stated as a rate of change
# is a quantity). One result: "Đến nay, Bạc Liêu đứng vị trí thứ 3 của khu vực Đồng bằng sông Cửu
# Long và cả nước về xuất khẩu tôm" (rank, =, one record: one place for both the region and the
# country as written; year null: the page names no year for it and carries no date). Pillar null.
# Not quantities: "2021-2030", "2022-2025", "2021-2025" (dates).
# --------------------------------------------------------------------------
D02 = dict(name="02_baclieu-trung-tam-nganh-tom-muc-tieu-2025", kind="target", year=2025, records=[
    R("vị trí thứ «3 của", "Bạc Liêu đứng vị trí của khu vực Đồng bằng sông Cửu Long và cả nước về xuất khẩu tôm",
      "=", 3, unit="rank", **RES, year=None),
    R("thuỷ sản đạt «157.007ha", "tổng số diện tích nuôi trồng thuỷ sản", ">=", 157007, **HA),
    R("sẽ là «6000 ha", "diện tích nuôi tôm siêu thâm canh", ">=", 6000, **HA),
    R("2021-2025 là «21,67%/năm", "tốc độ tăng bình quân diện tích nuôi tôm siêu thâm canh giai đoạn 2021-2025",
      ">=", 21.67),
    R("bán thâm canh là «23.100ha", "diện tích nuôi tôm thâm canh, bán thâm canh", ">=", 23100, **HA),
    R("2021-2025 là «1,17%/năm", "tốc độ tăng bình quân diện tích nuôi tôm thâm canh, bán thâm canh giai đoạn "
      "2021-2025", ">=", 1.17),
    R("sẽ là «290.000 tấn", "sản lượng tôm", ">=", 290000, **TAN),
    R("2021-2025 là «14,72%/năm", "tốc độ tăng bình quân sản lượng tôm giai đoạn 2021-2025", ">=", 14.72),
    R("cung ứng «40-45 tấn", "chủ động sản xuất, cung ứng con giống", "between", 40, value_max=45, **TAN),
    R("đạt trên «90%", "lượng giống sản xuất đảm bảo chất lượng", ">", 90),
])

# --------------------------------------------------------------------------
# 03 The national aquaculture programme 2021-2030 (Quyết định 985/QĐ-TTg of 16/8/2022) as the Đồng
# Tháp provincial council's site reported it (hdnd.dongthap.gov.vn; cut: the portlet labels
# "Xuất bản thông tin" (three lines) with the blank lines after them, the portlet's copy of the title
# prefixed "null " with the blank line after it, and the label "Chi tiết bài viết Tin tức" with the
# blank line after it; no byline, no stamp; the excerpt ends in "cung ứng "). Kind target. The title
# "Đến năm 2025, tổng sản lượng nuôi trồng thủy sản đạt 5,6 triệu tấn/năm" is a record like the body's
# (>=, 2025). 2025: 5,6 triệu tấn/năm, 7,8 tỷ USD/năm (>=: "đạt"), "đạt trung bình 4,0%/năm" (>=),
# "trên 50% ... và trên 25% ..., trên 70% ..." (three >, each its own subject); 2030: 7,0 triệu
# tấn/năm, 12 tỷ USD/năm (>=), "đạt trung bình trên 4,5%/năm" (>), "trên 60% nhu cầu tôm sú, tôm thẻ
# chân trắng bố mẹ" (>) "và 100% cá tra bố mẹ chọn giống" (>=: a bare number, "trên" belongs to the
# first). Document year 2022 (the decision's date); each record carries its own year. The values are
# the country's, not Đồng Tháp's: no `place` (the spec's place is for a province or commune named in
# the text). Pillar null. Not quantities: "16/8/2022" (date), "985/QĐ-TTg" (document), "2021 - 2030".
# --------------------------------------------------------------------------
D03 = dict(name="03_dongthap-chuong-trinh-nuoi-trong-thuy-san-2022", kind="target", year=2022, records=[
    R("thủy sản đạt «5,6 triệu tấn/năm\n", "tổng sản lượng nuôi trồng thủy sản", ">=", 5.6e6, **TAN_Y, **T25),
    R("thủy sản đạt «5,6 triệu tấn/năm,", "tổng sản lượng nuôi trồng thủy sản", ">=", 5.6e6, **TAN_Y, **T25),
    R("xuất khẩu đạt «7,8 tỷ", "giá trị kim ngạch xuất khẩu", ">=", 7.8e9, **USD_Y, **T25),
    R("trung bình «4,0%/năm", "tốc độ tăng trưởng giá trị nuôi trồng thủy sản", ">=", 4.0, **T25),
    R("được trên «50% nhu cầu", "chủ động sản xuất, cung ứng nhu cầu tôm sú bố mẹ", ">", 50, **T25),
    R("trên «25% nhu cầu", "chủ động sản xuất, cung ứng nhu cầu tôm thẻ chân trắng bố mẹ", ">", 25, **T25),
    R("trên «70% nhu cầu", "chủ động sản xuất, cung ứng nhu cầu cá tra bố mẹ chọn giống", ">", 70, **T25),
    R("đạt «7,0 triệu", "tổng sản lượng nuôi trồng thủy sản", ">=", 7.0e6, **TAN_Y, **T30),
    R("đạt «12 tỷ", "giá trị kim ngạch xuất khẩu", ">=", 12e9, **USD_Y, **T30),
    R("trung bình trên «4,5%/năm", "tốc độ tăng trưởng giá trị nuôi trồng thủy sản", ">", 4.5, **T30),
    R("được trên «60% nhu cầu", "chủ động sản xuất, cung ứng nhu cầu tôm sú, tôm thẻ chân trắng bố mẹ", ">", 60,
      **T30),
    R("và «100% cá tra", "chủ động sản xuất, cung ứng cá tra bố mẹ chọn giống", ">=", 100, **T30),
])

# --------------------------------------------------------------------------
# 04 Quảng Ninh, raising the value of sea farming: the 2025 target and the shrimp results of 2021
# (nhanongxanh.vn; nothing cut; no byline, no stamp; the excerpt ends in "nhuyễn thể "). Target "đặt
# mục tiêu đến hết năm 2025 đạt giá trị sản xuất từ nuôi biển trên 8.000 tỷ đồng" (>, other "đồng"),
# "chiếm khoảng 70% tổng giá trị sản xuất nuôi trồng thủy sản" (~, %, 2025). Results of "Năm 2021":
# "trên 7.000ha nuôi tôm" (>), "trong đó 4.000ha nuôi công nghiệp" (=), "sản lượng đạt trên 14.000
# tấn" (>), "giá trị đạt trên 1.400 tỷ đồng" (>). Document year null for the rest (none stated;
# every record carries its year). Pillar null. Not quantities: the province's natural endowment
# "đường bờ biển dài trên 250km", "50.000ha eo biển, bãi triều", "hơn 2.000 hòn đảo" (facts of the
# province, as the earlier sets left "13.257 km2" and the like), "3 nhóm đối tượng chính" (a count
# of kinds of farmed animals, like a count of tasks).
# --------------------------------------------------------------------------
D04 = dict(name="04_quangninh-nuoi-bien-gia-tri-2025", kind="result", year=None, records=[
    R("biển trên «8.000 tỷ", "giá trị sản xuất từ nuôi biển", ">", 8000e9, **DONG, **T25),
    R("chiếm khoảng «70% tổng", "giá trị sản xuất từ nuôi biển chiếm tổng giá trị sản xuất nuôi trồng thủy sản",
      "~", 70, **T25),
    R("có trên «7.000ha", "diện tích nuôi tôm", ">", 7000, **HA, year=2021),
    R("trong đó «4.000ha", "diện tích nuôi tôm công nghiệp", "=", 4000, **HA, year=2021),
    R("đạt trên «14.000 tấn", "sản lượng tôm nuôi", ">", 14000, **TAN, year=2021),
    R("đạt trên «1.400 tỷ", "giá trị tôm nuôi", ">", 1400e9, **DONG, year=2021),
])

# --------------------------------------------------------------------------
# 05 Kiên Giang, the brackish-water shrimp sector's results of 2021 and its direction for 2022
# (tongcucthuysan.gov.vn; cut: the image's copy of the title "Kiên Giang: Định hướng phát triển ngành
# hàng Tôm - 2022" and the caption "Ảnh minh họa" with the blank line after it; the title line with
# its date "(10-03-2022)" kept; the excerpt ends in "khó k"). Results "Kết quả năm 2021": year 2021;
# each area and output =, each its own subject (a breakdown by kind of farming is not a split by
# level or group: scope null). "Toàn tỉnh có 10 doanh nghiệp nuôi tôm công nghiệp" (count, =).
# NOT: every "đạt X% kế hoạch" (completion against the plan) and every "tăng X% so với cùng kỳ"
# (a change against an earlier value). Pillar null. Not quantities: "10-03-2022", "2022", "2021"
# (dates), "Covid-19" (a name).
# --------------------------------------------------------------------------
D05 = dict(name="05_kiengiang-nganh-hang-tom-2021", kind="result", year=2021, records=[
    R("tôm nước lợ «137.415 ha", "Diện tích thả nuôi tôm nước lợ", "=", 137415, **HA),
    R("sản lượng «104.694 tấn", "sản lượng tôm nước lợ", "=", 104694, **TAN),
    R("diện tích «3.856 ha", "Tôm công nghiệp – bán công nghiệp diện tích", "=", 3856, **HA),
    R("sản lượng «36.378 tấn", "sản lượng tôm công nghiệp – bán công nghiệp", "=", 36378, **TAN),
    R("thả nuôi «104.320 ha", "Tôm-lúa diện tích thả nuôi", "=", 104320, **HA),
    R("sản lượng «54.961 tấn", "sản lượng tôm-lúa", "=", 54961, **TAN),
    R("diện tích «29.329 ha", "Tôm quảng canh cải tiến diện tích", "=", 29329, **HA),
    R("sản lượng «13.355 tấn", "sản lượng tôm quảng canh cải tiến", "=", 13355, **TAN),
    R("có «10 doanh nghiệp", "doanh nghiệp nuôi tôm công nghiệp", "=", 10, **CNT),
    R("thả nuôi «593 ha", "doanh nghiệp nuôi tôm công nghiệp tổng diện tích thả nuôi", "=", 593, **HA),
    R("thu hoạch «9.952 tấn", "doanh nghiệp nuôi tôm công nghiệp sản lượng thu hoạch", "=", 9952, **TAN),
], NOT=["đạt «101,04%", "tăng «2,37%", "đạt «106,83%", "tăng «13,19%", "đạt «96,4%", "tăng «4,64%", "đạt «103,94%",
        "tăng «17,35%", "đạt «99,83%", "tăng «1,79%", "đạt «105,69%", "tăng «8,62%", "đạt «108,29%", "tăng «4,19%",
        "đạt «121,41%", "tăng «22,64%", "đạt «89,3%", "đạt «75,2%"])

# --------------------------------------------------------------------------
# 06 Đồng Tháp, the pangasius festival and the sector's review of 2024 (nld.com.vn; cut: the photo
# caption "Tuyển chọn cá tra giống ở An Giang.Ảnh: TÂM MINH" with the blank line after it; the
# stamp " date 2024-11" written as the first line; the excerpt ends in "540.000 tấn "). Results,
# year 2024 (the stamp's and the text's). "hiện có 378 cơ sở nuôi cá tra thương phẩm được cấp mã số"
# (count), "91,5% cơ sở ... được cấp giấy chứng nhận" (=), "902 cơ sở sản xuất, ương dưỡng giống"
# (count); "sản xuất khoảng 17 tỉ con cá tra bột" (~, count) "và 1,3 tỉ cá tra giống" (=: "khoảng"
# stands next to the first number only); "ước đạt 8.802 tỉ đồng" (=, the spec's "ước đạt"),
# "chiếm trên 17% tổng giá trị sản xuất ngành nông - lâm - thủy sản" (>), "Diện tích thả nuôi ...
# đạt 2.630 ha" (=), "sản lượng ước đạt 540.000 tấn" (=). NOT: "tăng 2,86% so với năm 2023" (a
# change). Not quantities: "2 ngày 16 và 17-11" (the festival's dates), "tăng 10 ha so với năm
# 2023" (a change against an earlier value), "năm 2025".
# --------------------------------------------------------------------------
D06 = dict(name="06_dongthap-ca-tra-2024", kind="result", year=2024, records=[
    R("hiện có «378 cơ sở", "cơ sở nuôi cá tra thương phẩm được cấp mã số nhận diện ao nuôi", "=", 378, **CNT),
    R("có «91,5% cơ sở", "cơ sở nuôi cá tra thương phẩm được cấp giấy chứng nhận đủ điều kiện sản xuất hoặc ký "
      "cam kết sản xuất thực phẩm an toàn", "=", 91.5),
    R("hiện có «902 cơ sở", "cơ sở sản xuất, ương dưỡng giống cá tra", "=", 902, **CNT),
    R("khoảng «17 tỉ con", "con cá tra bột các cơ sở đã sản xuất", "~", 17e9, **CNT),
    R("và «1,3 tỉ cá", "cá tra giống các cơ sở đã sản xuất", "=", 1.3e9, **CNT),
    R("ước đạt «8.802 tỉ", "giá trị sản xuất ngành hàng cá tra của Đồng Tháp", "=", 8802e9, **DONG),
    R("chiếm trên «17% tổng", "giá trị sản xuất ngành hàng cá tra chiếm tổng giá trị sản xuất ngành nông - lâm - "
      "thủy sản của tỉnh", ">", 17),
    R("đạt «2.630 ha", "Diện tích thả nuôi cá tra thương phẩm", "=", 2630, **HA),
    R("ước đạt «540.000 tấn", "sản lượng cá tra", "=", 540000, **TAN),
], NOT=["tăng «2,86%"])

# --------------------------------------------------------------------------
# 07 Ninh Thuận, the shrimp-seed industry's year 2023 (baoninhthuan.com.vn; nothing cut; no byline,
# no stamp; the excerpt ends in "công nghệ ca"). Results, year 2023 (the text's "năm 2023"): "Sản
# lượng tôm giống ... đạt hơn 40 tỷ con" (>, count), "đáp ứng hơn 35% nhu cầu tôm giống cả nước" (>),
# "chủ động sản xuất được 9.500 cặp tôm ... bố mẹ" (count, =); the country's "nhu cầu tôm giống bố mẹ
# ... cần khoảng 180.000-185.000 cặp" (between: a range stated once, "khoảng" before it; count; a
# measured need, kind result), "trong nước chỉ sản xuất được 50.000 cặp" (=). NOT: "tăng 4,7% so với
# năm 2022" (a change). Not quantities: "thôn Sơn Hải 2" (a name), "năm 2022", "năm 2023".
# --------------------------------------------------------------------------
D07 = dict(name="07_ninhthuan-tom-giong-2023", kind="result", year=2023, records=[
    R("đạt hơn «40 tỷ con", "Sản lượng tôm giống", ">", 40e9, **CNT),
    R("đáp ứng hơn «35% nhu cầu", "tôm giống Ninh Thuận đáp ứng nhu cầu tôm giống cả nước", ">", 35),
    R("được «9.500 cặp", "cặp tôm thẻ chân trắng và tôm sú bố mẹ chủ động sản xuất được", "=", 9500, **CNT),
    R("khoảng «180.000-185.000 cặp", "nhu cầu tôm giống bố mẹ trong cả nước", "between", 180000, value_max=185000,
      **CNT),
    R("được «50.000 cặp", "cặp tôm bố mẹ trong nước sản xuất được", "=", 50000, **CNT),
], NOT=["tăng «4,7%"])

# --------------------------------------------------------------------------
# 08 Sóc Trăng, brackish-water shrimp in 2023 set against Cà Mau, Bạc Liêu and Kiên Giang
# (tepbac.com; nothing cut; no byline, no stamp; the excerpt ends in "tổng diện tích nuô"). Results,
# year 2023. Sóc Trăng's area, output and export value (=; "905 triệu USD" other "USD"); the four
# provinces' areas and outputs, each a record (=) with `place` for the provinces that are not the
# document's own, Sóc Trăng's repeated "53.511 ha" and "206.334 tấn" recorded again where they stand
# (each mention is a statement); the order words ("đứng đầu", "thứ hai", "thứ tư") are written in
# words, no number, no rank record. Cà Mau's "tôm-rừng ... đến 40.500 ha", Bạc Liêu's "siêu thâm
# canh lớn nhất, đến 6.624 ha", Kiên Giang's "chủ yếu là tôm-lúa (chiếm 78%)" (=, places); Sóc
# Trăng's "chiếm 94,4% tổng diện tích nuôi" (=) with its bracket "(hơn 50.514 ha/53.511 ha)" (>, the
# count of the share: the spec's bracket rule; "/53.511" the denominator, no record); Cà Mau's
# "chỉ 6.609 ha" (=). NOT: "diện tích chỉ xấp xỉ 40% của Kiên Giang" (a comparison with another
# province's value, like a change against an earlier one; the earlier sets left "gấp ... lần"
# without a record, as "gấp 1,7 lần Kiên Giang" here). Not quantities: "4 tỉnh nuôi tôm diện tích lớn
# nhất" (the size of the group compared), "1,7 lần". Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_soctrang-tom-nuoc-lo-2023", kind="result", year=2023, records=[
    R("nước lợ «53.511 ha, sản", "diện tích nuôi tôm nước lợ", "=", 53511, **HA),
    R("sản lượng «206.334 tấn, kim", "sản lượng tôm nước lợ", "=", 206334, **TAN),
    R("xuất khẩu «905 triệu", "kim ngạch xuất khẩu", "=", 905e6, **USD),
    R("đầu với «278.365 ha", "diện tích nuôi tôm", "=", 278365, **HA, place="Cà Mau"),
    R("thứ hai với «143.000 ha", "diện tích nuôi tôm", "=", 143000, **HA, place="Bạc Liêu"),
    R("thứ ba với «136.241 ha", "diện tích nuôi tôm", "=", 136241, **HA, place="Kiên Giang"),
    R("thứ tư với «53.511 ha", "diện tích nuôi tôm", "=", 53511, **HA),
    R("Bạc Liêu với «247.143 tấn", "sản lượng tôm", "=", 247143, **TAN, place="Bạc Liêu"),
    R("thứ hai với «233.000 tấn", "sản lượng tôm", "=", 233000, **TAN, place="Cà Mau"),
    R("thứ ba với «206.334 tấn", "sản lượng tôm", "=", 206334, **TAN),
    R("thứ tư với «121.000 tấn", "sản lượng tôm", "=", 121000, **TAN, place="Kiên Giang"),
    R("đến «40.500 ha", "diện tích nuôi tôm-rừng", "=", 40500, **HA, place="Cà Mau"),
    R("đến «6.624 ha", "diện tích nuôi tôm siêu thâm canh", "=", 6624, **HA, place="Bạc Liêu"),
    R("(chiếm «78%)", "tôm-lúa chiếm diện tích nuôi tôm", "=", 78, place="Kiên Giang"),
    R("chiếm «94,4% tổng", "diện tích nuôi tôm thâm canh và bán thâm canh chiếm tổng diện tích nuôi", "=", 94.4),
    R("(hơn «50.514 ha", "diện tích nuôi tôm thâm canh và bán thâm canh", ">", 50514, **HA),
    R("chỉ «6.609 ha", "diện tích nuôi tôm thâm canh và siêu thâm canh", "=", 6609, **HA, place="Cà Mau"),
], NOT=["xấp xỉ «40% của"])

# --------------------------------------------------------------------------
# 09 Cà Mau (merged with Bạc Liêu in 2025), digital transformation and high technology in the
# shrimp-farming areas (vneconomy.vn; nothing cut; the stamp " date 2026-01-21" written as the first
# line; the excerpt ends in "Quốc lộ 1A"). The present state ("hiện có", "Toàn tỉnh có", "Đến nay"):
# year 2026 (the stamp's); the results of "Năm 2025": year 2025. "hơn 435.000 ha" (>), "chiếm khoảng
# 40% tổng diện tích nuôi tôm toàn quốc" (~), "đóng góp trên 75% giá trị sản xuất khu vực I" (>);
# "đạt 1.268.500 tấn" (=), "đạt gần 595.000 tấn" (~: "gần"), "vượt 2,5 tỷ USD" (>: "vượt" before a
# value reached, not against a plan); "06 doanh nghiệp" (=), "27 tổ chức" (=), "hơn 6.000 hộ dân"
# (>), counts; "hơn 36.400ha nuôi tôm đạt chứng nhận quốc tế" (>), "gần 8.000 hộ tham gia" (~). NOT:
# "tăng 5,56% so với năm trước" (a change). Not quantities: "quy trình 2–3 giai đoạn" (the stages of
# a farming method, a name of the method), "Quốc lộ 1A" (a name). Pillar null (no heading).
# --------------------------------------------------------------------------
D09 = dict(name="09_camau-nganh-tom-2025", kind="result", year=2026, records=[
    R("với hơn «435.000 ha", "Cà Mau diện tích nuôi tôm", ">", 435000, **HA),
    R("chiếm khoảng «40% tổng", "diện tích nuôi tôm chiếm tổng diện tích nuôi tôm toàn quốc", "~", 40),
    R("đóng góp trên «75% giá trị", "Ngành tôm đóng góp giá trị sản xuất khu vực I", ">", 75),
    R("đạt «1.268.500 tấn", "tổng sản lượng thủy sản toàn tỉnh Cà Mau", "=", 1268500, **TAN, year=2025),
    R("đạt gần «595.000 tấn", "sản lượng tôm", "~", 595000, **TAN, year=2025),
    R("vượt «2,5 tỷ USD", "Kim ngạch xuất khẩu thủy sản của tỉnh", ">", 2.5e9, **USD, year=2025),
    R("có «06 doanh nghiệp", "doanh nghiệp được chứng nhận nông nghiệp công nghệ cao", "=", 6, **CNT),
    R("cao, «27 tổ chức", "tổ chức nuôi tôm siêu thâm canh theo quy trình 2–3 giai đoạn", "=", 27, **CNT),
    R("và hơn «6.000 hộ", "hộ dân nuôi tôm siêu thâm canh theo quy trình 2–3 giai đoạn", ">", 6000, **CNT),
    R("có hơn «36.400ha", "diện tích nuôi tôm đạt chứng nhận quốc tế", ">", 36400, **HA),
    R("gần «8.000 hộ", "hộ tham gia nuôi tôm đạt chứng nhận quốc tế", "~", 8000, **CNT),
], NOT=["tăng «5,56%"])

# --------------------------------------------------------------------------
# 10 The ministry and Đồng Tháp reviewing the country's pangasius sector of 2022 (thanhnien.vn;
# nothing cut; the stamp " date 2022-12" written as the first line; the excerpt ends in "các th").
# Results, year 2022 (the stamp's and the text's "năm 2022", "tháng 11.2022"): "sản lượng hàng năm
# khoảng 30% tổng sản lượng nuôi trồng" (~), "Diện tích nuôi cá tra khoảng 5.700 ha" (~), "chiếm
# 0,44% diện tích nuôi trồng thuỷ sản" (=), "đã đạt 1,526 triệu tấn" (=), "giá trị xuất khẩu đạt
# 2,19 tỉ USD" (=); "Giá cá tra nguyên liệu cũng tăng từ 27.000 - 29.000 đồng/kg" (between, other
# "đồng/kg": the price level reached, stated as a range; the rise is in words). NOT: "tăng 4% so với
# cùng kỳ", "tăng 66,9% so với cùng kỳ", "tăng từ 40 - 200%", "tăng từ 28 - 66%" (changes). Not
# quantities: "16.12", "tháng 11.2022" (dates), "cao hơn 7.000 đồng/kg so cùng kỳ" (a change). The
# values are the country's: no place. Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_dongthap-tong-ket-ca-tra-2022", kind="result", year=2022, records=[
    R("hàng năm khoảng «30% tổng", "cá tra sản lượng hàng năm chiếm tổng sản lượng nuôi trồng trên cả nước", "~",
      30),
    R("cá tra khoảng «5.700 ha", "Diện tích nuôi cá tra", "~", 5700, **HA),
    R("chiếm «0,44% diện", "Diện tích nuôi cá tra chiếm diện tích nuôi trồng thuỷ sản", "=", 0.44),
    R("đã đạt «1,526 triệu", "sản lượng thu hoạch cá tra", "=", 1.526e6, **TAN),
    R("xuất khẩu đạt «2,19 tỉ", "giá trị xuất khẩu cá tra", "=", 2.19e9, **USD),
    R("tăng từ «27.000 - 29.000", "Giá cá tra nguyên liệu", "between", 27000, value_max=29000, unit="other",
      unit_text="đồng/kg"),
], NOT=["tăng «4% so", "tăng «66,9%", "từ «40 - 200%", "từ «28 - 66%"])

# --------------------------------------------------------------------------
# 11 Shrimp disease in the country in 2020, the veterinary department's review (nguoinuoitom.vn;
# nothing cut; no byline, no stamp; the excerpt ends in "phạm vi v"). Results, year 2020 (the text's
# "năm 2020"), the table's other columns 2018 and 2019. "tổng diện tích thiệt hại trên tôm nước lợ
# là 42.738,81 ha" (=), "chiếm 93,83% ...", "chiếm 5,89% ..." (=, two shares, each its own subject);
# the subheading "2.754,06 ha tôm mắc bệnh hoại tử gan tụy cấp" (=: a heading stating a value is a
# statement like the body's); "xảy ra tại 151 xã của 53 huyện, thị xã, thuộc 18 tỉnh, thành phố"
# (three counts, =); "2.754,06 ha" (=), "chiếm 3,12% diện tích thả nuôi" (=); the breakdowns by
# species and by farming type (four records, each its own subject, scope null); Sóc Trăng's
# "1.179,51 ha" and "42,83%" (=, place Sóc Trăng). The table "Số tỉnh/huyện/xã có dịch", "Tổng diện
# tích bị bệnh (ha)" under "Năm 2018 Năm 2019 Năm 2020": three records a row, years 2018, 2019,
# 2020, the clause its line. NOT: "hẹp hơn 7,3%", "tăng 3,6%" (changes against 2019). Not
# quantities: "10 – 100 ngày sau khi thả" (the age of the shrimp that fell sick: a description of
# those affected, not an amount reached), "năm 2021", "2018-2020" (dates), "Bảng 1" (a label).
# The values are the country's: no place but Sóc Trăng's. Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_toanquoc-dich-benh-tom-2020", kind="result", year=2020, records=[
    R("nước lợ là «42.738,81 ha", "tổng diện tích thiệt hại trên tôm nước lợ", "=", 42738.81, **HA),
    R("chiếm «93,83% trong", "diện tích thiệt hại trên tôm nước lợ chiếm tổng số thủy sản nuôi bị thiệt hại", "=",
      93.83),
    R("chiếm «5,89% tổng", "diện tích thiệt hại trên tôm nước lợ chiếm tổng diện tích nuôi tôm của cả nước", "=",
      5.89),
    R("\n\n«2.754,06 ha tôm", "ha tôm mắc bệnh hoại tử gan tụy cấp", "=", 2754.06, **HA),
    R("tại «151 xã", "xã có bệnh hoại tử gan tụy cấp", "=", 151, **CNT),
    R("của «53 huyện", "huyện, thị xã có bệnh hoại tử gan tụy cấp", "=", 53, **CNT),
    R("thuộc «18 tỉnh", "tỉnh, thành phố có bệnh hoại tử gan tụy cấp", "=", 18, **CNT),
    R("bị bệnh là «2.754,06 ha", "Tổng diện tích tôm nuôi bị bệnh", "=", 2754.06, **HA),
    R("chiếm «3,12% diện", "diện tích tôm nuôi bị bệnh chiếm diện tích thả nuôi", "=", 3.12),
    R("bị bệnh là «825,23 ha", "Diện tích tôm sú bị bệnh", "=", 825.23, **HA),
    R("bị bệnh là «1.928,83 ha", "Diện tích tôm thẻ bị bệnh", "=", 1928.83, **HA),
    R("bị bệnh là «2.519,69 ha", "Diện tích nuôi thâm canh và bán thâm canh bị bệnh", "=", 2519.69, **HA),
    R("là «234,37 ha", "Diện tích nuôi quảng canh, quảng canh cải tiến và tôm lúa bị bệnh", "=", 234.37, **HA),
    R("chiếm «1.179,51 ha", "diện tích bị thiệt hại", "=", 1179.51, **HA, place="Sóc Trăng"),
    R("chiếm «42,83% tổng", "diện tích bị thiệt hại chiếm tổng diện tích bị bệnh của các tỉnh", "=", 42.83,
      place="Sóc Trăng"),
    row("Số tỉnh có dịch «17 18 18", "Số tỉnh có dịch", "=", 17, **CNT, year=2018),
    row("Số tỉnh có dịch 17 «18 18", "Số tỉnh có dịch", "=", 18, **CNT, year=2019),
    row("Số tỉnh có dịch 17 18 «18", "Số tỉnh có dịch", "=", 18, **CNT),
    row("Số huyện có dịch «64 53 53", "Số huyện có dịch", "=", 64, **CNT, year=2018),
    row("Số huyện có dịch 64 «53 53", "Số huyện có dịch", "=", 53, **CNT, year=2019),
    row("Số huyện có dịch 64 53 «53", "Số huyện có dịch", "=", 53, **CNT),
    row("Số xã có dịch «209 163 151", "Số xã có dịch", "=", 209, **CNT, year=2018),
    row("Số xã có dịch 209 «163 151", "Số xã có dịch", "=", 163, **CNT, year=2019),
    row("Số xã có dịch 209 163 «151", "Số xã có dịch", "=", 151, **CNT),
    row("(ha) «5.042,39", "Tổng diện tích bị bệnh", "=", 5042.39, **HA, year=2018),
    row("5.042,39 «2.657,20", "Tổng diện tích bị bệnh", "=", 2657.20, **HA, year=2019),
    row("2.657,20 «2.754,06", "Tổng diện tích bị bệnh", "=", 2754.06, **HA),
], NOT=["hẹp hơn «7,3%", "tăng «3,6%"])

# --------------------------------------------------------------------------
# 12 Phú Yên, Sông Cầu's lobster cage farmers facing the storm season, 2024 (baomoi.net.vn; nothing
# cut; no byline, no stamp; the excerpt ends in "tới đâu t"). Few quantities: one household's season
# "Vụ tôm năm 2024": "nuôi 80 lồng tôm hùm" (count, =), "Trung bình mỗi lồng tôm, ông Trung thả nuôi
# 200 con tôm hùm xanh" (count, =: the average stocking per cage as written, counted in animals),
# "bán được 2,5 tỷ đồng" (=), "thu lãi gần 500 triệu đồng" (~). Year 2024. Not quantities: "hàng
# chục ngàn lồng" (no number), "Sau 10 tháng thả nuôi" (a duration), "hơn 30 năm nuôi tôm hùm" (the
# farmer's experience), "năm 2024" (date). Pillar null.
# --------------------------------------------------------------------------
D12 = dict(name="12_phuyen-tom-hum-long-2024", kind="result", year=2024, records=[
    R("nuôi «80 lồng", "gia đình ông Nguyễn Văn Trung nuôi lồng tôm hùm", "=", 80, **CNT),
    R("thả nuôi «200 con", "mỗi lồng tôm thả nuôi con tôm hùm xanh", "=", 200, **CNT),
    R("bán được «2,5 tỷ", "gia đình ông thu hoạch bán được", "=", 2.5e9, **DONG),
    R("lãi gần «500 triệu", "gia đình ông thu lãi", "~", 500e6, **DONG),
])

# --------------------------------------------------------------------------
# 13 Quảng Ngãi, protecting and developing fishery resources: the 2017 plan still on paper, October
# 2020 (baoquangngai.vn; cut: the byline line "10:10 | 19/10/2020", written as the first line
# `date 2020-10-19`; the two trailing lines "." kept as the page has them). A precision text, no
# record: "2306/QĐ-UBND" (document), "30.11.2017", "năm 2020" (dates).
# --------------------------------------------------------------------------
D13 = dict(name="13_quangngai-nguon-loi-thuy-san-2020", kind="result", year=2020, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
