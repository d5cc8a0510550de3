#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set244).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (goldkit.clause_span).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: a change against an earlier period or
completion against a plan); check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: the catalogue names no tourism indicator (visitors, tourism
revenue, rooms, jobs in tourism), so every record of this set has `iid=None` (see README).

The set's theme is tourism: visitor arrivals, tourism revenue, accommodation, and the provinces'
yearly tourism plans. No text stands under a pillar heading: every record has pillar null.

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

DONG = dict(unit="other", unit_text="đồng")
TY = 1e9  # "tỷ"/"tỉ" đồng
TR = 1e6  # "triệu"

# --------------------------------------------------------------------------
# 01 Hòa Bình, the provincial tourism steering committee's Plan 43/KH-BCĐ for tourism in 2024
# (vanhoanghethuat.vn; nothing cut; no byline, no stamp; the excerpt ends in "đa s"). Targets of
# 2024 ("Phấn đấu năm 2024, đón được ..."): the title's "Phấn đấu đón 4.200.000 lượt khách" and the
# body's restatement (a value restated gets a record at each place, as set188), "khách quốc tế là
# 500.000 lượt khách", "khách nội địa: 3.700.000 lượt khách" (bare numbers of a target: >=; kinds
# of visitor, scope null, as set188), "Tổng thu từ du lịch đạt 4.600 tỷ đồng" (>=, "đồng"). Not
# quantities: "43/KH-BCĐ" (a document), "năm 2024" (dates), "8 tỉnh Tây Bắc mở rộng" (a group's
# name).
# --------------------------------------------------------------------------
D01 = dict(name="01_hoabinh-ke-hoach-du-lich-2024", kind="target", year=2024, records=[
    R("Hòa Bình: Phấn đấu đón «4.200.000 lượt", "lượt khách thăm quan du lịch Hòa Bình đón trong năm 2024", ">=",
      4200000, **CNT),
    R("đón được «4.200.000 lượt", "lượt khách tham quan du lịch đón được", ">=", 4200000, **CNT),
    R("khách quốc tế là «500.000 lượt", "khách quốc tế", ">=", 500000, **CNT),
    R("khách nội địa: «3.700.000 lượt", "khách nội địa", ">=", 3700000, **CNT),
    R("Tổng thu từ du lịch đạt «4.600 tỷ", "Tổng thu từ du lịch", ">=", 4600 * TY, **DONG),
])

# --------------------------------------------------------------------------
# 02 Vĩnh Phúc, the chairman's conclusions at the tourism steering committee's meeting on 2024's
# tasks (znews.vn; cut: the photo caption "Chủ tịch tỉnh Vĩnh Phúc Lê Duy Thành." with the blank
# line after it; the stamp " date 2024-03" written as the first line; the excerpt ends in "mua").
# Results of 2023 ("Trong năm 2023, ..."): "Lượng khách Du lịch đến Vĩnh Phúc đạt trên: 9,2 triệu
# lượt khách" (>), the bracket "(khách quốc tế: 81.000 lượt khách, khách nội địa: 9.218.500 lượt
# khách)" (=, each its own subject, scope null), "Tổng doanh thu du lịch đạt: 3.610 tỷ đồng" (=),
# "Công suất sử dụng phòng đạt 40% đến 45%" (between). Targets of 2024: the lead's "đặt mục tiêu năm
# 2024 đón 10,6 triệu lượt khách du lịch, tổng doanh thu đạt 4.000 tỷ đồng" and the body's
# "phấn đấu năm 2024 đón 10,6 triệu ..., tổng doanh thu du lịch đạt 4.000 tỷ đồng" (>=, each
# place). NOT: "tăng 13% so với năm 2022", "tăng 10% so với cùng kỳ" (changes), "tăng 2% so kế
# hoạch năm" (against a plan). Not quantities: "năm 2022", "năm 2023", "năm 2024" (dates).
# --------------------------------------------------------------------------
Y24 = dict(kind="target", year=2024)
D02 = dict(name="02_vinhphuc-du-lich-ket-qua-2023-muc-tieu-2024", kind="result", year=2023, records=[
    R("mục tiêu năm 2024 đón «10,6 triệu", "lượt khách du lịch Vĩnh Phúc đón", ">=", 10.6 * TR, **CNT, **Y24),
    R("tổng doanh thu đạt «4.000 tỷ", "tổng doanh thu du lịch", ">=", 4000 * TY, **DONG, **Y24),
    R("đạt trên: «9,2 triệu", "Lượng khách Du lịch đến Vĩnh Phúc", ">", 9.2 * TR, **CNT),
    R("khách quốc tế: «81.000 lượt", "khách quốc tế", "=", 81000, **CNT),
    R("khách nội địa: «9.218.500 lượt", "khách nội địa", "=", 9218500, **CNT),
    R("Tổng doanh thu du lịch đạt: «3.610 tỷ", "Tổng doanh thu du lịch", "=", 3610 * TY, **DONG),
    R("Công suất sử dụng phòng đạt «40% đến 45%", "Công suất sử dụng phòng", "between", 40, value_max=45),
    R("phấn đấu năm 2024 đón «10,6 triệu", "lượt khách du lịch đón", ">=", 10.6 * TR, **CNT, **Y24),
    R("tổng doanh thu du lịch đạt «4.000 tỷ", "tổng doanh thu du lịch", ">=", 4000 * TY, **DONG, **Y24),
], NOT=["tăng «13% so với năm 2022", "tăng «2% so kế hoạch", "tăng «10% so với cùng kỳ"])

# --------------------------------------------------------------------------
# 03 Tây Ninh, the province's tourism products and its 2023 plan, September 2023
# (dantocmiennui.baotintuc.vn; cut: the repeated title line with the blank line after it, and the
# photo caption "Phát triển ... ảnh 1Nhiều du khách đến với Tòa thánh Cao đài Tây Ninh ... Ảnh:
# Minh Phú - TTXVN" with the blank line after it; no byline, no stamp; the excerpt ends in "đế").
# Targets of 2023 ("Kế hoạch năm 2023, Tây Ninh dự kiến sẽ đón khoảng 5 triệu du khách, doanh thu
# ước đạt 1.800 tỉ đồng"): ~ for "khoảng"; ">=" for the plan's "ước đạt" (a target's "đạt"; a
# judgement). Results of 2022 in the bracket "(năm 2022 đạt 4,5 triệu du khách, tổng doanh thu du
# lịch đạt 1.400 tỷ đồng)" (=, year 2022). Results of 2023: "8 tháng đầu năm 2023, ... gần 4 triệu
# lượt du khách" (~), "doanh thu ước đạt trên 1.900 tỷ đồng" (>), the holiday's "105.000 lượt" (=),
# "công suất phòng bình quân ước đạt 60 - 65%" (between), "Tổng thu du lịch ước đạt 56 tỷ đồng" (=).
# NOT: "tăng 7,1% so cùng kỳ", "tăng 143,5% so cùng kỳ" (changes). Not quantities: "240 km" (the
# border's length, the province's size), "8 tháng", "4 ngày" (durations), "1 - 4/9/2023" (dates).
# --------------------------------------------------------------------------
D03 = dict(name="03_tayninh-du-lich-ke-hoach-2023", kind="result", year=2023, records=[
    R("đón khoảng «5 triệu du khách", "du khách Tây Ninh dự kiến đón", "~", 5 * TR, **CNT, **T),
    R("doanh thu ước đạt «1.800 tỉ", "doanh thu du lịch", ">=", 1800 * TY, **DONG, **T),
    R("(năm 2022 đạt «4,5 triệu", "du khách", "=", 4.5 * TR, **CNT, year=2022),
    R("tổng doanh thu du lịch đạt «1.400 tỷ", "tổng doanh thu du lịch", "=", 1400 * TY, **DONG, year=2022),
    R("thu hút gần «4 triệu lượt", "lượt du khách Tây Ninh thu hút 8 tháng đầu năm 2023", "~", 4 * TR, **CNT),
    R("doanh thu ước đạt trên «1.900 tỷ", "doanh thu du lịch 8 tháng đầu năm 2023", ">", 1900 * TY, **DONG),
    R("ước đạt «105.000 lượt", "lượng khách tham quan các khu, điểm du lịch 4 ngày nghỉ lễ", "=", 105000, **CNT),
    R("công suất phòng bình quân ước đạt «60 - 65%", "công suất phòng bình quân", "between", 60, value_max=65),
    R("Tổng thu du lịch ước đạt «56 tỷ", "Tổng thu du lịch 4 ngày nghỉ lễ", "=", 56 * TY, **DONG),
], NOT=["tăng «7,1% so cùng kỳ", "tăng «143,5% so cùng kỳ"])

# --------------------------------------------------------------------------
# 04 Thanh Hóa, the province's first half of 2023 and Sầm Sơn city's accommodation
# (dantocmiennui.baotintuc.vn; cut: the repeated title line with the blank line after it, and the
# photo caption "Thanh Hóa ... ảnh 1Thành phố Sầm Sơn với bờ biển dài ... Ảnh: Trọng Đạt - TTXVN"
# with the blank line after it; no byline, no stamp; the excerpt ends in "(tháng 6 -"). Year 2023
# (the text's "kế hoạch năm 2023", "6 tháng đầu năm 2023"; also for Sầm Sơn's "hiện có": the
# document's year, a judgement). Results: the province's "ước đón khoảng 8,3 triệu lượt khách du
# lịch" (~), "Tổng thu từ du lịch ước đạt 15.072 tỷ đồng" (=); Sầm Sơn (`place`): "710 cơ sở lưu
# trú" (=), "trên 25.000 phòng" (>), "105 cơ sở lưu trú du lịch được xếp hạng" (=), "6.955 phòng
# tiêu chuẩn" (=), "khoảng 50 nhà hàng" (~), "trên 250 cơ sở kinh doanh dịch vụ" (>), "đón được 5,3
# triệu lượt khách" (=), "phục vụ 9,7 triệu ngày khách" (=, count of guest-days, as an earlier set's
# "915.000 ngày"), "doanh thu du lịch đạt 9.164 tỷ đồng" (=). NOT: "tăng 13% so với cùng kỳ",
# "bằng 119,7% so với cùng kỳ" (changes), "đạt gần 70% kế hoạch", "đạt 73% so với kế hoạch"
# (against a plan). Not quantities: "4 mùa" (the title's slogan), "từ 1 đến 5 sao" (classes),
# "sức chứa từ 300 người trở lên" (the class of restaurants counted), "6 tháng" (durations),
# "hè 2023 (tháng 6 -" (dates).
# --------------------------------------------------------------------------
SS = dict(place="Sầm Sơn")
D04 = dict(name="04_thanhhoa-samson-luu-tru-du-lich-2023", kind="result", year=2023, records=[
    R("ước đón khoảng «8,3 triệu", "lượt khách du lịch Thanh Hóa đón trong 6 tháng đầu năm", "~", 8.3 * TR, **CNT),
    R("ước đạt «15.072 tỷ", "Tổng thu từ du lịch", "=", 15072 * TY, **DONG),
    R("hiện có «710 cơ sở", "cơ sở lưu trú Sầm Sơn hiện có", "=", 710, **CNT, **SS),
    R("với trên «25.000 phòng", "phòng đạt tiêu chuẩn phục vụ khách du lịch", ">", 25000, **CNT, **SS),
    R("có «105 cơ sở", "cơ sở lưu trú du lịch được xếp hạng từ 1 đến 5 sao", "=", 105, **CNT, **SS),
    R("với «6.955 phòng", "phòng tiêu chuẩn của cơ sở lưu trú du lịch được xếp hạng", "=", 6955, **CNT, **SS),
    R("khoảng «50 nhà hàng", "nhà hàng phục vụ ăn uống có sức chứa từ 300 người trở lên", "~", 50, **CNT, **SS),
    R("trên «250 cơ sở", "cơ sở kinh doanh dịch vụ du lịch, thương mại khác", ">", 250, **CNT, **SS),
    R("đón được «5,3 triệu", "lượt khách thành phố Sầm Sơn đón trong 6 tháng đầu năm 2023", "=", 5.3 * TR, **CNT, **SS),
    R("phục vụ «9,7 triệu ngày", "ngày khách Sầm Sơn phục vụ", "=", 9.7 * TR, **CNT, **SS),
    R("doanh thu du lịch đạt «9.164 tỷ", "doanh thu du lịch Sầm Sơn", "=", 9164 * TY, **DONG, **SS),
], NOT=["tăng «13% so với cùng kỳ", "đạt gần «70% kế hoạch", "bằng «119,7%", "đạt «73% so với kế hoạch"])

# --------------------------------------------------------------------------
# 05 Kiên Giang, tourism in 2022 and the targets for 2023 (thuonghieuvasacdep.com; cut: the image
# descriptions "Có thể là hình ảnh về thiên nhiên" and "Có thể là hình ảnh về 5 người và ngoài
# trời", the broadcast schedule "Chương trình Người đưa tin 24H phát sóng lúc 06h30 ..." and the
# byline "Lê Huy Hải"; no stamp). Results of 2022: the title's "ĐÓN HƠN 7,5 TRIỆU LƯỢT DU KHÁCH"
# and the body's "hơn 7,5 triệu lượt khách du lịch" (>, each place), "khách quốc tế đón trên
# 223.000 lượt" (>), "doanh thu từ du lịch đạt hơn 10.500 tỉ đồng" (>). Targets of 2023: "đặt mục
# tiêu đón 8,3 triệu lượt du khách" (>=), "khách du lịch quốc tế là hơn 350.000 lượt khách" (>),
# "tổng doanh thu du lịch trên 13.000 tỷ đồng" (>), "tăng gần 23% so với năm 2022" (a target stated
# as a change: a quantity by the spec, op ~ for "gần"). NOT: "vượt hơn 35% kế hoạch năm", "vượt
# 36,7% kế hoạch năm" (against a plan).
# --------------------------------------------------------------------------
Y23 = dict(kind="target", year=2023)
D05 = dict(name="05_kiengiang-du-lich-2022-muc-tieu-2023", kind="result", year=2022, records=[
    R("ĐÓN HƠN «7,5 TRIỆU", "LƯỢT DU KHÁCH Kiên Giang đón trong năm 2022", ">", 7.5 * TR, **CNT),
    R("đãcó hơn «7,5 triệu", "lượt khách du lịch đến Kiên Giang", ">", 7.5 * TR, **CNT),
    R("khách quốc tế đón trên «223.000 lượt", "khách quốc tế", ">", 223000, **CNT),
    R("đạt hơn «10.500 tỉ", "doanh thu từ du lịch", ">", 10500 * TY, **DONG),
    R("đặt mục tiêu đón «8,3 triệu", "lượt du khách đến tham quan, du lịch", ">=", 8.3 * TR, **CNT, **Y23),
    R("là hơn «350.000 lượt", "khách du lịch quốc tế", ">", 350000, **CNT, **Y23),
    R("tổng doanh thu du lịch trên «13.000 tỷ", "tổng doanh thu du lịch", ">", 13000 * TY, **DONG, **Y23),
    R("tăng gần «23% so với năm 2022", "tăng tổng doanh thu du lịch so với năm 2022", "~", 23, **Y23),
], NOT=["vượt hơn «35% kế hoạch", "vượt «36,7% kế hoạch"])

# --------------------------------------------------------------------------
# 06 Nghệ An, tourism in the first half of 2024 (baonghean.vn; cut: the photo captions "Du khách tắm
# biển Cửa Lò. Ảnh: Nguyễn Đạo" and "Du khách thưởng thức hải sản biển Quỳnh. Ảnh: Hồ Đình Chiến"
# with the blank lines after them; the stamp " date 2024-06" written as the first line; the
# excerpt ends in "so với c"). Results of 2024 ("6 tháng đầu năm 2024"): the title's "doanh thu du
# lịch Nghệ An đạt gần 6.260 tỷ đồng" (~), the lead's "gần 5,5 triệu lượt khách du lịch" (~),
# "Tổng thu từ khách du lịch đạt 16.195 tỷ đồng" and "doanh thu du lịch 6.257 tỷ đồng" (=, in the
# lead and again in the body: each place), the body's "đạt gần 5,5 triệu lượt" (~), "khách lưu
# trú đạt hơn 3,4 triệu lượt" (>), "khách quốc tế đạt 48.200 lượt" (=). NOT: "đạt 64% so với kế
# hoạch" (twice), "đạt 70% kế hoạch", "đạt 62% kế hoạch năm" (against a plan), "bằng 111%", "bằng
# 108%", "bằng 148%", "bằng 141% so với c" (comparisons with the same period of 2023). Not
# quantities: "6 tháng" (durations), "30/4, 1/5" (dates).
# --------------------------------------------------------------------------
D06 = dict(name="06_nghean-du-lich-6-thang-2024", kind="result", year=2024, records=[
    R("Nghệ An đạt gần «6.260 tỷ", "doanh thu du lịch Nghệ An 6 tháng đầu năm 2024", "~", 6260 * TY, **DONG),
    R("Nghệ An đón gần «5,5 triệu", "lượt khách du lịch Nghệ An đón", "~", 5.5 * TR, **CNT),
    R("đạt «16.195 tỷ đồng, trong đó doanh thu du lịch 6.257", "Tổng thu từ khách du lịch", "=", 16195 * TY, **DONG),
    R("doanh thu du lịch «6.257 tỷ", "doanh thu du lịch", "=", 6257 * TY, **DONG),
    R("đạt gần «5,5 triệu lượt, bằng", "lượng khách du lịch 6 tháng đầu năm 2024", "~", 5.5 * TR, **CNT),
    R("khách lưu trú đạt hơn «3,4 triệu", "khách lưu trú", ">", 3.4 * TR, **CNT),
    R("khách quốc tế đạt «48.200 lượt", "khách quốc tế", "=", 48200, **CNT),
    R("đạt «16.195 tỷ đồng, trong đó doanh thu du lịch ước", "Tổng thu từ khách du lịch", "=", 16195 * TY, **DONG),
    R("ước đạt «6.257 tỷ", "doanh thu du lịch", "=", 6257 * TY, **DONG),
], NOT=["khách du lịch, đạt «64%", "năm 2023, đạt «64%", "đạt «70% kế hoạch", "đạt «62% kế hoạch",
        "bằng «111%", "bằng «108%", "bằng «148%", "bằng «141%"])

# --------------------------------------------------------------------------
# 07 Quảng Bình, the Department of Tourism's 2022 results and 2023 targets (kinhtemoitruong.vn;
# cut: the page's clock "Thứ sáu, 22/11/2024 16:24 (GMT+7)", the byline date "Thứ năm, 29/12/2022
# 09:51 (GMT+7)" (written as the first line `date 2022-12-29`), the widget "Theo dõi KTMT trên"
# with the blank line after it, the photo caption "Quảng Bình: ... - Ảnh 1" and "Lãnh đạo Sở Du
# lịch Quảng Bình chủ trì buổi trao đổi, ..." with the blank line after it; the excerpt ends in
# "hệ th"). Targets of 2023: the title's "đón hơn 3 triệu lượt khách du lịch" (>), "đặt chỉ tiêu
# đón 3 triệu đến 3,5 triệu lượt khách" (between), "Tổng thu từ khách du lịch đạt 3.400 đến 3.900
# tỷ đồng" (between). Results of 2022: "hoàn thành mục tiêu với 2.010.720 lượt khách" (=), "dự ước
# đạt khoảng 2.312,3 tỷ đồng" (~), "tạo việc làm cho khoảng 4.000 lao động trực tiếp và 7.000 lao
# động gián tiếp" (~ for both: one "khoảng" before the coordinated pair; a judgement). NOT: "đạt
# 100,5% so với kế hoạch", "đạt 102,8% so với kế hoạch" (against a plan). Not quantities: "gấp
# 3,53 lần" (twice; comparisons with 2021), "một trong 7 kỳ quan", "một trong 39 điểm đến"
# (membership of an award's list, as the earlier sets' "một trong 10 công trình"), "tại 18 quốc
# gia ... với 500 triệu lượt người" (the reach of a promotion event, as the spec's participants of an
# event), "14/04/2022" (a date).
# --------------------------------------------------------------------------
D07 = dict(name="07_quangbinh-du-lich-2022-chi-tieu-2023", kind="result", year=2022, records=[
    R("năm 2023 đón hơn «3 triệu", "lượt khách du lịch Quảng Bình đón", ">", 3 * TR, **CNT, **Y23),
    R("đặt chỉ tiêu đón «3 triệu đến 3,5 triệu", "lượt khách", "between", 3 * TR, value_max=3.5 * TR, **CNT, **Y23),
    R("khách du lịch đạt «3.400 đến 3.900 tỷ", "Tổng thu từ khách du lịch", "between", 3400 * TY,
      value_max=3900 * TY, **DONG, **Y23),
    R("hoàn thành mục tiêu với «2.010.720 lượt", "lượt khách du lịch Quảng Bình", "=", 2010720, **CNT),
    R("dự ước đạt khoảng «2.312,3 tỷ", "Tổng thu từ khách du lịch", "~", 2312.3 * TY, **DONG),
    R("khoảng «4.000 lao động", "lao động trực tiếp ngành du lịch tạo việc làm", "~", 4000, **CNT),
    R("và «7.000 lao động", "lao động gián tiếp ngành du lịch tạo việc làm", "~", 7000, **CNT),
], NOT=["đạt «100,5%", "đạt «102,8%"])

# --------------------------------------------------------------------------
# 08 Lào Cai, welcoming the first visitors of 2025 (baovanhoa.vn; cut: the photo caption "Nhiều vị
# khách quốc tế xúc động khi được chào đón nồng nhiệt tại ga Lào Cai"; no byline, no stamp; the
# excerpt ends in "và 8," mid-number: no record for the cut-off "8,"). Targets of 2025: the title's
# and the lead's "mục tiêu (đón) 10 triệu lượt khách năm 2025" (>=, each place), the closing "đề ra
# mục tiêu đón 10 triệu lượt khách (trong đó 1,5 triệu lượt khách du lịch quốc tế" (>=), the city's
# "kế hoạch phấn đấu trong năm 2025 đón 4,3 triệu lượt khách" (>=, place "thành phố Lào Cai").
# Results of 2024: the city's "Năm 2024 đón 3,3 triệu lượt" (=, place), the province's "Tổng lượt
# khách đến Lào Cai đạt 8 triệu" (=), "hơn 800 nghìn khách quốc tế" (>), "Doanh thu từ du lịch đạt
# gần 27.000 tỉ đồng" (~). Not quantities: "1.1.2025" (twice; dates), "SP3", "Sa Pa 3" (a train's
# name), "hơn 5 giờ" (a time), "421 hành khách", "306 khách quốc tế" (the passengers of the train
# the ceremony welcomed: the guests of an event, as the spec's participants).
# --------------------------------------------------------------------------
Y25 = dict(kind="target", year=2025)
LCC = dict(place="thành phố Lào Cai")
D08 = dict(name="08_laocai-luot-khach-2024-muc-tieu-2025", kind="result", year=2024, records=[
    R("hướng tới mục tiêu «10 triệu lượt khách năm 2025\n", "lượt khách Lào Cai đón năm 2025", ">=", 10 * TR, **CNT,
      **Y25),
    R("mục tiêu đón «10 triệu lượt khách năm 2025.", "lượt khách du lịch Lào Cai đón năm 2025", ">=", 10 * TR, **CNT,
      **Y25),
    R("Năm 2024 đón «3,3 triệu", "lượt khách thành phố Lào Cai đón", "=", 3.3 * TR, **CNT, **LCC),
    R("năm 2025 đón «4,3 triệu", "lượt khách thành phố Lào Cai phấn đấu đón", ">=", 4.3 * TR, **CNT, **Y25, **LCC),
    R("đến Lào Cai đạt «8 triệu", "Tổng lượt khách đến Lào Cai", "=", 8 * TR, **CNT),
    R("có hơn «800 nghìn", "khách quốc tế", ">", 800000, **CNT),
    R("đạt gần «27.000 tỉ", "Doanh thu từ du lịch", "~", 27000 * TY, **DONG),
    R("mục tiêu đón «10 triệu lượt khách (trong", "lượt khách Lào Cai đón", ">=", 10 * TR, **CNT, **Y25),
    R("(trong đó «1,5 triệu", "lượt khách du lịch quốc tế", ">=", 1.5 * TR, **CNT, **Y25),
])

# --------------------------------------------------------------------------
# 09 Hà Giang, ten months of 2024 and the targets for 2024 and 2025 (vietnamnet.vn; cut: the
# caption "Ảnh minh hoạ" with the blank line after it; the stamp " date 2024-11" written as the
# first line; the excerpt ends in "quản lý Nh"). Results: "xếp thứ 25/52 điểm đến hấp dẫn nhất thế
# giới" (rank =, year 2024: the document's, the sentence names none), "đứng vị trí thứ 4 trong top
# 10 điểm Du lịch nổi bật nhất năm 2023" (rank =, 2023; "top 10" names the list), "lũy kế 10
# tháng, ... đã đón trên 2,7 triệu lượt du khách" (>), "Tổng thu từ du lịch ước đạt trên 6.700 tỷ
# đồng" (>). Targets: "Năm 2024, Hà Giang đề ra mục tiêu đón 3,2 triệu lượt khách" (>=, 2024);
# "phấn đấu thực hiện mục tiêu đến năm 2025, ... tổng thu từ khách du lịch ước đạt 7.800 tỷ đồng,
# đóng góp 10,34% giá trị du lịch vào tổng sản phẩm trên địa bàn" (>=, 2025; "ước đạt" in a target
# read as the target's "đạt", as 03). NOT: "đạt 91% kế hoạch năm" (against a plan). Not quantities:
# "lần thứ 30", "lần thứ III" (the award's and the review's ordinals), "10 tháng" (a duration).
# --------------------------------------------------------------------------
D09 = dict(name="09_hagiang-du-lich-10-thang-2024", kind="result", year=2024, records=[
    R("xếp thứ «25/52 điểm", "xếp thứ điểm đến hấp dẫn nhất thế giới (do Tạp chí New York Times của Mỹ bình chọn)",
      "=", 25, **RANK),
    R("vị trí thứ «4 trong top", "vị trí trong top 10 điểm Du lịch nổi bật nhất năm 2023", "=", 4, **RANK, year=2023),
    R("đã đón trên «2,7 triệu", "lượt du khách tỉnh Hà Giang đã đón lũy kế 10 tháng", ">", 2.7 * TR, **CNT),
    R("ước đạt trên «6.700 tỷ", "Tổng thu từ du lịch", ">", 6700 * TY, **DONG),
    R("mục tiêu đón «3,2 triệu", "lượt khách Hà Giang đón", ">=", 3.2 * TR, **CNT, **Y24),
    R("ước đạt «7.800 tỷ", "tổng thu từ khách du lịch", ">=", 7800 * TY, **DONG, **Y25),
    R("đóng góp «10,34% giá trị", "giá trị du lịch đóng góp vào tổng sản phẩm trên địa bàn", ">=", 10.34, **Y25),
], NOT=["đạt «91% kế hoạch"])

# --------------------------------------------------------------------------
# 10 Cao Bằng, the plan for the tourism-and-services breakthrough in 2025 (baomoi.net.vn; cut: the
# photo caption "Thực hiện mục tiêu phát triển Khu du lịch thác Bản Giốc ..." (twice) with the blank
# lines after them; no byline, no stamp; the excerpt ends in "điểm du l"). Targets of 2025: the
# title's and the lead's "đón trên 2,5 triệu lượt khách du lịch" (>, each place), "khách du lịch
# nội địa đạt 2,3 triệu lượt" (>=), "doanh thu du lịch đạt 2.000 tỷ đồng" (>=). Not quantities:
# "2021 - 2025", "2021 - 2030", "năm 2045", "năm 2050" (periods and dates), "3 di tích quốc gia
# đặc biệt" (twice; the relics the planning covers, the ground of a task, as set188's sizes of
# heritage).
# --------------------------------------------------------------------------
D10 = dict(name="10_caobang-ke-hoach-du-lich-2025", kind="target", year=2025, records=[
    R("Phấn đấu đón trên «2,5 triệu", "lượt khách du lịch đón trong năm 2025", ">", 2.5 * TR, **CNT),
    R("Cao Bằng phấn đấu đón trên «2,5 triệu", "lượt khách du lịch Cao Bằng đón", ">", 2.5 * TR, **CNT),
    R("nội địa đạt «2,3 triệu", "khách du lịch nội địa", ">=", 2.3 * TR, **CNT),
    R("doanh thu du lịch đạt «2.000 tỷ", "doanh thu du lịch", ">=", 2000 * TY, **DONG),
])

# --------------------------------------------------------------------------
# 11 An Giang (the merged province), the Department of Tourism's review of 2025, 8 December 2025
# (sggp.org.vn; cut: the photo captions "Giám đốc Sở Du lịch tỉnh An Giang Bùi Quốc Thái" and
# "Quang cảnh hội nghị" with the blank lines after them; the stamp " date 2025-12-08" written as
# the first line; the excerpt ends in "quốc tế”,"). Results of 2025 ("ước" = spec's "ước đạt"):
# the province's "ước đón hơn 24,1 triệu lượt khách" (>), "khách quốc tế gần 2 triệu lượt khách"
# (~), "tổng thu đạt khoảng 67.944 tỷ đồng" (~); the special zone Phú Quốc's (`place`) "đón hơn 8,1
# triệu lượt khách" (>), "khách quốc tế hơn 1,8 triệu lượt khách" (>), "tổng thu đạt khoảng 43.879
# tỷ đồng" (~). NOT: every bracket's "tăng ...% so với cùng kỳ" (changes) and "vượt ...% kế hoạch
# năm" (against a plan), twelve in all. Not quantities: "Chiều 8-12" (a date), "năm 2026" (a date).
# --------------------------------------------------------------------------
PQ = dict(place="Phú Quốc")
D11 = dict(name="11_angiang-du-lich-tong-ket-2025", kind="result", year=2025, records=[
    R("ước đón hơn «24,1 triệu", "lượt khách tỉnh An Giang đón", ">", 24.1 * TR, **CNT),
    R("khách quốc tế gần «2 triệu", "khách quốc tế", "~", 2 * TR, **CNT),
    R("khoảng «67.944 tỷ", "tổng thu du lịch", "~", 67944 * TY, **DONG),
    R("khi đón hơn «8,1 triệu", "lượt khách Đặc khu Phú Quốc đón", ">", 8.1 * TR, **CNT, **PQ),
    R("khách quốc tế hơn «1,8 triệu", "khách quốc tế đến Phú Quốc", ">", 1.8 * TR, **CNT, **PQ),
    R("khoảng «43.879 tỷ", "tổng thu du lịch Phú Quốc", "~", 43879 * TY, **DONG, **PQ),
], NOT=["tăng «27,3%", "vượt «14,7%", "tăng «90,3%", "vượt «55,7%", "tăng «92%", "vượt «72,9%",
        "tăng «36,4%", "vượt «12,2%", "tăng «93,6%", "vượt «58,5%", "tăng «104%", "vượt «86,7%"])

# --------------------------------------------------------------------------
# 12 Thừa Thiên Huế, guides and visitors queueing for the Imperial City's electronic tickets on the
# 30/4-1/5 holidays of 2023 (amp.cand.com.vn; cut: the byline "16:47 03/05/2023" with the blank line
# after it, written as the first line `date 2023-05-03`; the excerpt ends in "số lượn"). A
# precision text, no record: "1 vé" (one ticket per group: how the system works), "30/4 và 1/5",
# "ngày 1/5" (dates), "2 lần mua vé" (an anecdote), "12h" (a time), "45 phút" (a guide's advice on
# queueing time, no target or result of an indicator).
# --------------------------------------------------------------------------
D12 = dict(name="12_hue-ve-dien-tu-dai-noi-2023-precision", kind="result", year=2023, records=[])

# --------------------------------------------------------------------------
# 13 Lai Châu, Plan 863/KH-UBND deploying the tourism cooperation of the 8 extended north-western
# provinces and Hồ Chí Minh City in 2021 (hethongphapluat.com; cut: the loading notice "Đang tải
# nội dung, vui lòng chờ giây lát..." (twice) with the blank line after the second; no stamp; the
# excerpt ends in "và c"). A precision text, no record: "863/KH-UBND", "61/KH-NHT" (documents),
# "06 tháng 4 năm 2021", "14/11/2020", "01/3/2021", "2020-2025", "năm 2021" (dates), "8 tỉnh", "08
# tỉnh" (the group's name), the headings "I.", "1.".
# --------------------------------------------------------------------------
D13 = dict(name="13_laichau-ke-hoach-lien-ket-du-lich-2021-precision", kind="target", year=2021, records=[])

# --------------------------------------------------------------------------
# 14 Tuyên Quang, a seminar on the province's tourism development scheme (qdnd.vn; cut: the byline
# "MỘC LAN" with the blank line before it; no stamp). Targets: "Mục tiêu đến năm 2025, ... đón từ
# 2,6 triệu lượt khách trở lên" (>=, spec's "từ X trở lên"), "tổng thu từ du lịch đạt 3.000 tỷ
# đồng" (>=), "đến năm 2030 tỉnh đón 3,2 triệu lượt khách, tạo việc làm cho 30 nghìn lao động"
# (>=, 2030).
# --------------------------------------------------------------------------
D14 = dict(name="14_tuyenquang-de-an-du-lich-2025", kind="target", year=2025, records=[
    R("đón từ «2,6 triệu", "lượt khách Tuyên Quang đón", ">=", 2.6 * TR, **CNT),
    R("tổng thu từ du lịch đạt «3.000 tỷ", "tổng thu từ du lịch", ">=", 3000 * TY, **DONG),
    R("tỉnh đón «3,2 triệu", "lượt khách tỉnh đón", ">=", 3.2 * TR, **CNT, year=2030),
    R("việc làm cho «30 nghìn", "lao động tạo việc làm", ">=", 30000, **CNT, year=2030),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
