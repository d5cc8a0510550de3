#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set367).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'), by way of
set266's (the new-countryside set, whose decisions this set follows). Each record is written by hand
below; its anchor is never typed in. A record names a locator: a piece of the text with « just
before the number. The locator (without «) must occur exactly once in the text; the anchor is where
« stands. `start`/`end` (the clause that states the quantity) are computed by ../goldkit.py as in
the seeds' builder.

Each document may also list NOT: locators of percentages deliberately left without a record (a
share that qualifies the subject, a result's change); check_gold.py verifies that every percentage
has a record or a NOT entry.

Each record carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: none of this set's quantities (model hamlets and villages,
model gardens, communes and districts meeting the new-countryside standards, criteria met, OCOP
products, garden incomes) is measured by a catalogue indicator, so every `iid` is left at None.

Theme of the set: model villages and model residential areas (thôn, ấp, khu dân cư nông thôn mới
kiểu mẫu, vườn mẫu) and the communes recognised around them, 2020-2026. No text has a heading or
lead-in naming a digital-transformation pillar: every pillar is null.

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

VND = dict(unit="other", unit_text="đồng")
CRIT = dict(unit="other", unit_text="tiêu chí/xã")

# --------------------------------------------------------------------------
# 01 Vĩnh Long, the hamlets registered to become model new-countryside hamlets and the one model
# garden of 2022 (baovinhlong.com.vn; cut: the byline "Cập nhật, 10:11, Thứ Bảy, 29/01/2022 (GMT+7)",
# written as the first line `date 2022-01-29`, and the author "XUÂN TƯƠI" at the end, each with the
# blank line that went with it). A plan: kind target, year 2022 ("Năm 2022, các địa phương trong
# tỉnh phấn đấu ..."); bare numbers `>=` (spec). The title's "17 ấp ... và 1 vườn mẫu" and the
# body's (four records: a title's number is one like any other, as set266); "TX Bình Minh ... với
# 5 ấp tại 5/5 xã NTM và NTM nâng cao" (two counts: the hamlets and the communes they stand in, as
# set193's "tại 7 thôn"); "Tam Bình đăng ký xây 4 ấp" (a registration is a plan: target);
# "Các huyện Long Hồ, Vũng Liêm và Trà Ôn, mỗi đơn vị phấn đấu xây 2 ấp" (one value stated once for
# three districts: one record, no place). place: the district or town where one is named. Not
# quantities: the names "ấp Đông Hưng 3", "Ấp 1", "Ấp 10", "Ấp 7", "ấp Phước Định 2"; the
# denominator "/5"; "29/01/2022" (the byline).
# --------------------------------------------------------------------------
D01 = dict(name="01_vinhlong-ap-ntm-kieu-mau-vuon-mau-2022", kind="target", year=2022, records=[
    R("Xây dựng «17 ấp", "ấp nông thôn mới kiểu mẫu xây dựng", ">=", 17, **CNT),
    R("kiểu mẫu và «1 vườn mẫu\n", "vườn mẫu xây dựng", ">=", 1, **CNT),
    R("phấn đấu xây dựng «17 ấp", "ấp nông thôn mới (NTM) kiểu mẫu các địa phương trong tỉnh phấn đấu xây dựng",
      ">=", 17, **CNT),
    R("kiểu mẫu và «1 vườn mẫu.", "vườn mẫu các địa phương trong tỉnh phấn đấu xây dựng", ">=", 1, **CNT),
    R("với «5 ấp", "ấp NTM kiểu mẫu TX Bình Minh xây", ">=", 5, **CNT, place="Bình Minh"),
    R("tại «5/5 xã", "xã NTM và NTM nâng cao xây ấp NTM kiểu mẫu", ">=", 5, **CNT, place="Bình Minh"),
    R("xây «4 ấp", "ấp NTM kiểu mẫu Tam Bình đăng ký xây", ">=", 4, **CNT, place="Tam Bình"),
    R("xây «2 ấp", "ấp NTM kiểu mẫu mỗi đơn vị (Long Hồ, Vũng Liêm, Trà Ôn) phấn đấu xây", ">=", 2, **CNT),
])

# --------------------------------------------------------------------------
# 02 Trà Vinh, the province recognising two advanced and one model new-countryside commune of 2023
# (travinh.gov.vn; cut: the view counter "Lượt xem: 715", the player "0:00 / 0:00", the image's alt
# text "anh tin bai" and the photo caption "Người dân xã Hòa Ân ... (Ảnh: Minh Thùy)", the author
# "Trúc Phương" and the comment form from "Họ tên no image" to the end, each with the blank line
# that went with it; no byline date, no stamp). Results, year 2023 (the recognition "năm 2023";
# "Đến nay" takes the year of the recognition the text names, as set266). The title's "thêm 3 xã";
# "công nhận 2 xã nông thôn mới nâng cao và 1 xã nông thôn mới kiểu mẫu" and the repeated "đợt này,
# 2 xã được công nhận" (each stated number recorded, as set266's title and body); "tỉnh có 8/9 huyện
# nông thôn mới, 100% xã đạt chuẩn nông thôn mới, 40 xã ..., 4 xã ..." (four records, each its own
# subject; the breakdown by standard is by kind of thing, scope null). Not quantities: "Giai đoạn
# 2021 - 2025" (twice, a period), the denominator "/9".
# --------------------------------------------------------------------------
D02 = dict(name="02_travinh-xa-ntm-nang-cao-kieu-mau-2023", kind="result", year=2023, records=[
    R("Công nhận thêm «3 xã", "xã được công nhận đạt chuẩn nông thôn mới nâng cao và kiểu mẫu", "=", 3, **CNT),
    R("công nhận «2 xã nông thôn", "xã được công nhận nông thôn mới nâng cao", "=", 2, **CNT),
    R("và «1 xã", "xã được công nhận nông thôn mới kiểu mẫu về sản xuất", "=", 1, **CNT),
    R("đợt này, «2 xã", "xã được công nhận đạt chuẩn nông thôn mới nâng cao", "=", 2, **CNT),
    R("tỉnh có «8/9 huyện", "huyện nông thôn mới", "=", 8, **CNT),
    R("«100% xã đạt", "xã đạt chuẩn nông thôn mới", "=", 100),
    R("«40 xã", "xã đạt chuẩn nông thôn mới nâng cao", "=", 40, **CNT),
    R("«4 xã nông", "xã nông thôn mới kiểu mẫu", "=", 4, **CNT),
])

# --------------------------------------------------------------------------
# 03 The country's new-countryside figures at the end of June 2022, on Nam Định's newspaper
# (baonamdinh.vn; the stamp " date 2022-07" written as the first line; cut: the author "PV" at the
# end). Results, year 2022 ("tính đến hết tháng 6" of the stamp's year; "vượt mục tiêu năm 2022").
# The title's "16 tỉnh có 100% số xã đạt chuẩn" and the body's (the count, twice; the 100% defines
# the group: NOT, as set266); "5.775/8.227 xã (chiếm 70,2%)" (count and share, two records, as
# set193's "57.877 hồ sơ (đạt 99,1%)"); "764 xã ... nâng cao", "83 xã ... kiểu mẫu"; "bình quân cả
# nước đạt 17 tiêu chí/xã" (unit other "tiêu chí/xã", as set216, set266); "249 đơn vị cấp huyện
# thuộc 57 tỉnh" (two counts, as set266); "chiếm khoảng 38,7%" (`~`); "5 tỉnh ... được ... công nhận
# hoàn thành". Not quantities: "tăng 160 xã", "tăng 261 xã", "tăng 40 xã", "tăng 36 đơn vị" (a
# result's change against an earlier value, spec), "tháng 6", "cuối năm 2021" (dates), the
# denominator "/8.227".
# --------------------------------------------------------------------------
D03 = dict(name="03_ca-nuoc-xa-ntm-kieu-mau-6-thang-2022", kind="result", year=2022, records=[
    R("2022-07\n«16 tỉnh", "tỉnh có số xã đạt chuẩn nông thôn mới", "=", 16, **CNT),
    R("có «5.775/8.227 xã", "xã cả nước đạt chuẩn nông thôn mới", "=", 5775, **CNT),
    R("(chiếm «70,2%)", "xã cả nước đạt chuẩn nông thôn mới", "=", 70.2),
    R("có «764 xã", "xã đạt chuẩn nông thôn mới nâng cao", "=", 764, **CNT),
    R("và «83 xã", "xã đạt chuẩn nông thôn mới kiểu mẫu", "=", 83, **CNT),
    R("đạt «17 tiêu chí/xã", "bình quân cả nước tiêu chí/xã", "=", 17, **CRIT),
    R("có «249 đơn vị", "đơn vị cấp huyện được công nhận đạt chuẩn nông thôn mới", "=", 249, **CNT),
    R("thuộc «57 tỉnh", "tỉnh, thành phố trực thuộc Trung ương có đơn vị cấp huyện được công nhận đạt chuẩn "
      "nông thôn mới", "=", 57, **CNT),
    R("khoảng «38,7%", "đơn vị cấp huyện được công nhận đạt chuẩn nông thôn mới trong tổng số đơn vị cấp huyện "
      "của cả nước", "~", 38.7),
    R("Ngoài ra, «16 tỉnh", "tỉnh có số xã đạt chuẩn nông thôn mới", "=", 16, **CNT),
    R("có «5 tỉnh", "tỉnh được Thủ tướng Chính phủ công nhận hoàn thành nhiệm vụ xây dựng nông thôn mới", "=", 5,
      **CNT),
], NOT=["tỉnh có «100% số xã đạt chuẩn nông thôn mới\n", "Ngoài ra, 16 tỉnh có «100%"])

# --------------------------------------------------------------------------
# 04 Thanh Hóa, the new-countryside results of the first half of 2021: communes, villages and hamlets
# meeting the new, advanced and model standards (vhds.baothanhhoa.vn, a print page; cut: the line of
# encoded characters after the body (a script's data, no words); no byline, no stamp; the excerpt
# ends in "27 sản phẩm 4 sao..."). Results, year 2021 ("6 tháng đầu năm 2021"). "Có thêm 11 xã, 24
# thôn/bản miền núi đạt chuẩn NTM; 8 xã ... nâng cao; 1 xã, 15 thôn/bản ... kiểu mẫu" (five counts of
# the half-year, as set84's and set266's "thêm N xã"); "Hiện Thanh Hóa có 8 đơn vị cấp huyện, 330
# xã, 869 thôn/bản đạt chuẩn NTM, 30 xã ... nâng cao; 2 xã, 85 thôn/bản ... kiểu mẫu" (six counts);
# "Có 3 đơn vị ... đang hoàn thiện hồ sơ xét công nhận" (a count of districts at a stage, a value
# measured; a judgement); "Bình quân toàn tỉnh đạt 17,57 tiêu chí/xã" (other, "tiêu chí/xã");
# "100 sản phẩm OCOP cấp tỉnh, trong đó có 1 sản phẩm 5 sao, 27 sản phẩm 4 sao" (three counts; the
# stars are grades in the subject). Breakdowns by standard and by commune or village are by kind of
# thing: scope null. Not quantities: "6 tháng đầu năm 2021" (a period), "COVID-19" (a name),
# "5 sao", "4 sao" (grades).
# --------------------------------------------------------------------------
D04 = dict(name="04_thanhhoa-thon-ban-ntm-kieu-mau-2021", kind="result", year=2021, records=[
    R("Có thêm «11 xã", "xã có thêm đạt chuẩn NTM", "=", 11, **CNT),
    R("11 xã, «24 thôn", "thôn/bản miền núi có thêm đạt chuẩn NTM", "=", 24, **CNT),
    R("chuẩn NTM; «8 xã", "xã có thêm đạt chuẩn NTM nâng cao", "=", 8, **CNT),
    R("nâng cao; «1 xã", "xã có thêm đạt chuẩn NTM kiểu mẫu", "=", 1, **CNT),
    R("1 xã, «15 thôn", "thôn/bản có thêm đạt chuẩn NTM kiểu mẫu", "=", 15, **CNT),
    R("có «8 đơn vị", "đơn vị cấp huyện đạt chuẩn NTM", "=", 8, **CNT),
    R("huyện, «330 xã", "xã đạt chuẩn NTM", "=", 330, **CNT),
    R("xã, «869 thôn", "thôn/bản đạt chuẩn NTM", "=", 869, **CNT),
    R("NTM, «30 xã", "xã đạt chuẩn NTM nâng cao", "=", 30, **CNT),
    R("nâng cao; «2 xã", "xã đạt chuẩn NTM kiểu mẫu", "=", 2, **CNT),
    R("2 xã, «85 thôn", "thôn/bản đạt chuẩn NTM kiểu mẫu", "=", 85, **CNT),
    R("Có «3 đơn vị", "đơn vị đang hoàn thiện hồ sơ xét công nhận chuẩn NTM", "=", 3, **CNT),
    R("đạt «17,57", "bình quân toàn tỉnh tiêu chí/xã", "=", 17.57, **CRIT),
    R("có «100 sản phẩm", "sản phẩm OCOP cấp tỉnh", "=", 100, **CNT),
    R("có «1 sản phẩm", "sản phẩm OCOP 5 sao", "=", 1, **CNT),
    R("«27 sản phẩm", "sản phẩm OCOP 4 sao", "=", 27, **CNT),
])

# --------------------------------------------------------------------------
# 05 Nghệ An, a political school's paper on preserving village culture, with the province's count
# of villages and hamlets meeting the new-countryside standard (ngheandost.gov.vn; cut: the byline
# "Thứ tư - 28/04/2021 05:21 0", written as the first line `date 2021-04-28`, the author "Th.s
# Nguyễn Thị Loan" and her school "Trường Chính trị Nghệ An", each with its blank line; the excerpt
# ends in "đạt chu"). Results, year 2020 ("báo cáo đến 6 tháng đầu năm 2020", not the byline's
# 2021). "toàn tỉnh đã có831 thôn, bản được công nhận" (the number glued to "có" as written) and
# its breakdown "694 thôn, bản thuộc các xã miền núi khó khăn; 137 thôn, bản ở các xã chưa được
# công nhận" (by kind of commune: scope null, each its own subject). Not quantities: "Sau 10 năm"
# (a duration), "6 tháng đầu năm 2020" (a period).
# --------------------------------------------------------------------------
D05 = dict(name="05_nghean-thon-ban-dat-chuan-ntm-2020", kind="result", year=2020, records=[
    R("đã có«831 thôn", "thôn, bản được công nhận đạt chuẩn nông thôn mới toàn tỉnh", "=", 831, **CNT),
    R("có «694 thôn", "thôn, bản thuộc các xã miền núi khó khăn được công nhận đạt chuẩn nông thôn mới", "=", 694,
      **CNT),
    R("; «137 thôn", "thôn, bản ở các xã chưa được công nhận đạt chuẩn Nông thôn mới được công nhận đạt chuẩn",
      "=", 137, **CNT),
])

# --------------------------------------------------------------------------
# 06 Hà Tĩnh, model gardens in Tượng Sơn commune (Thạch Hà) raising households' incomes
# (baohatinh.vn, an AMP page; nothing cut; no byline, no stamp; the excerpt ends in "của đ"). Year
# 2024: the text's "từ năm 2013, đến nay, sau 11 năm" (the only present the text gives; a
# judgement). Results, money in "đồng" (set266's incomes, the rate's "/ngày", "/vụ" left out of the
# unit as set266 left out "/năm"): "mỗi năm, vườn rau màu ... cho thu nhập khoảng 100 triệu đồng"
# (`~`), "cho thu nhập từ 200.000 - 300.000 đồng/ngày" and "cho thu nhập 50 - 60 triệu đồng/vụ"
# (`between`, the magnitude word multiplied into both ends). Not quantities: the gardens' and the
# pond's sizes "2.400 m2", "gần 3000 m2", "gần 800 m2", "hơn 120 m2" (facts of a household's land,
# as the earlier sets' sizes of a place); "năm 2013", "11 năm" (a date, a duration); "Năm 2019",
# "năm 2021" (the years the commune was recognised). Ids null.
# --------------------------------------------------------------------------
D06 = dict(name="06_hatinh-tuongson-vuon-mau-thu-nhap-2024", kind="result", year=2024, records=[
    R("khoảng «100 triệu", "thu nhập mỗi năm của vườn rau màu của bà Thư", "~", 100e6, **VND),
    R("từ «200.000 - 300.000", "thu nhập của vườn mẫu gia đình ông Trần Văn Báu trồng các loại hoa màu mỗi ngày",
      "between", 200000, value_max=300000, **VND),
    R("thu nhập «50 - 60 triệu", "thu nhập của vườn ổi mỗi vụ", "between", 50e6, value_max=60e6, **VND),
])

# --------------------------------------------------------------------------
# 07 Thanh Hóa, hamlet 12 of Lam Sơn commune (Ngọc Lặc) finishing the last criteria of a model
# new-countryside hamlet at the end of 2024 (tracuuquyhoach.com, a copy of a provincial newspaper's
# article; cut: the photo caption "Người dân thôn 12 xã Lam Sơn (Ngọc Lặc) sinh hoạt văn hóa cộng
# đồng."; no byline, no stamp; the excerpt ends in "đường c"). A precision text, no record; year 2024
# ("Những ngày cuối năm 2024"). Not quantities: "Hơn 5 năm trước" (a duration), "thôn 12" (a name,
# three times), "cuối năm 2024" (a date), "545 nhân khẩu của 141 hộ" (the hamlet's size, as set15's
# and set133's population).
# --------------------------------------------------------------------------
D07 = dict(name="07_thanhhoa-lamson-thon-kieu-mau-2024-precision", kind="result", year=2024, records=[])

# --------------------------------------------------------------------------
# 08 The country's results of the 2021-2025 emulation movement for the new countryside, as of June
# 2025 (vietnamplus.vn; the stamp " date 2025-12-28" written as the first line; nothing cut). Results,
# year 2025 ("tháng 6/2025"; the lead's "tháng 6/2.025" is the same date with a stray dot). The
# lead's and the body's "79,3% xã đạt chuẩn nông thôn mới, 42,4% xã ... nâng cao ... và 12,3% xã
# ... kiểu mẫu" (six records: the lead's numbers are recorded like the body's, as set266's titles);
# "bình quân đạt 17,5 tiêu chí/xã" (other, "tiêu chí/xã"); "Ở cấp huyện, 51% đã hoàn thành nhiệm
# vụ/đạt chuẩn ..., 20% đạt chuẩn ... nâng cao" (the districts' shares; scope null: the level is the
# subject of the sentence, which splits nothing by level, as the spec's "90% cơ quan nhà nước cấp
# tỉnh"; a judgement); "Cấp tỉnh có 12 tỉnh, thành phố hoàn thành" (count). Not quantities:
# "6/2.025", "6/2025", "2021-2025" (dates, a period); "vượt mục tiêu giai đoạn" names no number.
# --------------------------------------------------------------------------
D08 = dict(name="08_ca-nuoc-ket-qua-ntm-kieu-mau-2025", kind="result", year=2025, records=[
    R("6/2.025, cả nước có «79,3%", "xã cả nước đạt chuẩn nông thôn mới", "=", 79.3),
    R("6/2.025, cả nước có 79,3% xã đạt chuẩn nông thôn mới, «42,4%", "xã đạt chuẩn nông thôn mới nâng cao",
      "=", 42.4),
    R("giai đoạn và «12,3% xã đạt chuẩn nông thôn mới kiểu mẫu\n", "xã đạt chuẩn nông thôn mới kiểu mẫu", "=",
      12.3),
    R("6/2025, cả nước có «79,3%", "xã cả nước đạt chuẩn nông thôn mới", "=", 79.3),
    R("6/2025, cả nước có 79,3% xã đạt chuẩn nông thôn mới, «42,4%", "xã đạt chuẩn nông thôn mới nâng cao",
      "=", 42.4),
    R("giai đoạn và «12,3% xã đạt chuẩn nông thôn mới kiểu mẫu;", "xã đạt chuẩn nông thôn mới kiểu mẫu", "=",
      12.3),
    R("đạt «17,5 tiêu chí/xã", "bình quân tiêu chí/xã", "=", 17.5, **CRIT),
    R("cấp huyện, «51%", "huyện đã hoàn thành nhiệm vụ/đạt chuẩn nông thôn mới", "=", 51),
    R("«20% đạt", "huyện đạt chuẩn nông thôn mới nâng cao", "=", 20),
    R("có «12 tỉnh", "tỉnh, thành phố hoàn thành nhiệm vụ xây dựng nông thôn mới", "=", 12, **CNT),
])

# --------------------------------------------------------------------------
# 09 Long An, An Lục Long commune (Châu Thành), a model new-countryside commune (danviet.vn; the
# stamp " date 2025-02" written as the first line; nothing cut; the excerpt ends in "xã An "). A
# precision text, no record; year 2025 (the stamp). Not quantities: "năm 2017", "năm 2020", "năm
# 2023" (the years of the commune's three recognitions, dates); the address's "755 triệu" is not in
# the text.
# --------------------------------------------------------------------------
D09 = dict(name="09_longan-anluclong-xa-ntm-kieu-mau-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 10 The country's new-countryside figures to 30 June 2023, a tag page's item (congthuong.vn;
# nothing cut; no byline, no stamp). Results, year 2023 ("Đến 30/6/2023"). "6.022/8.177 xã (73,65%)"
# (count and share), "1.331 xã ... nâng cao", "176 xã ... kiểu mẫu". Not quantities: "2021-2025" (a
# period), "30/6/2023" (a date), the denominator "/8.177".
# --------------------------------------------------------------------------
D10 = dict(name="10_ca-nuoc-xa-ntm-kieu-mau-2023", kind="result", year=2023, records=[
    R("có «6.022/8.177 xã", "xã cả nước đạt chuẩn nông thôn mới", "=", 6022, **CNT),
    R("(«73,65%)", "xã cả nước đạt chuẩn nông thôn mới", "=", 73.65),
    R("«1.331 xã", "xã đạt chuẩn nông thôn mới nâng cao", "=", 1331, **CNT),
    R("«176 xã", "xã đạt chuẩn nông thôn mới kiểu mẫu", "=", 176, **CNT),
])

# --------------------------------------------------------------------------
# 11 Thanh Hóa, Hoằng Hóa commune (after the 2025 merger) building model new-countryside hamlets
# (baothanhhoa.vn; the stamp " date 2026-01-28" written as the first line; cut: the photo caption
# "Cảnh quan môi trường ở thôn 3 Hoằng Thái (xã Hoằng Lộc) được người dân giữ gìn sạch đẹp." with the
# blank line after it; the excerpt ends in "được ch"). A precision text, no record; year 2026 (the
# stamp). Not quantities: "năm 2030" (a date: "trở thành phường trước năm 2030" names no number).
# --------------------------------------------------------------------------
D11 = dict(name="11_thanhhoa-hoanghoa-thon-ntm-kieu-mau-2026-precision", kind="result", year=2026, records=[])

# --------------------------------------------------------------------------
# 12 Thái Bình's newspaper on the national target of 78% of communes meeting the new-countryside
# standard by the end of 2023 (baothaibinh.com.vn, a tag page's item; cut: the page's own clock
# "Thứ 6, 05/07/2024, 17:20[GMT+7]" at the head and the item's byline "07.02.2023 | 18:16 PM" at the
# end, written as the first line `date 2023-02-07`; the item ends in "đạt chuẩn..."). Targets, year
# 2023: the title's and the body's "Phấn đấu cuối năm 2023 cả nước có 78% xã đạt chuẩn" (two
# records, `>=`). Results, year 2022 ("Ðến cuối năm 2022"): "6.009 xã (tỷ lệ 73,06%)" (count and
# share). NOT: "tăng 4,8% so với cuối năm 2021" (a result's change, spec). Not quantities: "cuối
# năm 2023", "cuối năm 2022", "cuối năm 2021" (dates).
# --------------------------------------------------------------------------
D12 = dict(name="12_ca-nuoc-phan-dau-xa-ntm-2023", kind="result", year=2023, records=[
    R("nước có «78% xã đạt chuẩn nông thôn mới", "xã cả nước đạt chuẩn nông thôn mới", ">=", 78, **T),
    R("có «6.009 xã", "xã cả nước đạt chuẩn NTM", "=", 6009, **CNT, year=2022),
    R("(tỷ lệ «73,06%)", "xã cả nước đạt chuẩn NTM", "=", 73.06, year=2022),
    R("nước có «78% xã đạt chuẩn...", "xã cả nước đạt chuẩn", ">=", 78, **T),
], NOT=["tăng «4,8%"])

# --------------------------------------------------------------------------
# 13 Hà Tĩnh, a photo essay on the province's model residential areas (nongthonmoi.hatinh.gov.vn,
# copied from danviet.vn; cut: the empty image markers "![]()" (seven lines), the author "Tác giả bài
# viết: Hữu Anh" and source "Nguồn tin: danviet.vn", and the related links from "Những tin mới hơn"
# to the end (a 2026 plan's and a resolution's titles, furniture of the site), with the blank lines
# that went with them; the excerpt's leading blank line dropped; no byline date, no stamp). The
# captions are the article's text and stay. Results, year null: nothing in the kept text names a
# year (the related links' "2026" are cut furniture). "đến nay Hà Tĩnh có gần 500 thôn đạt Khu dân
# cư NTM kiểu mẫu" (`~`), "1.300 Vườn đạt chuẩn" (`=`: "gần" stands at the first number only, the
# bound word next to the number read, as set193's "khoảng trên"). Not quantities: "trên 100 năm
# tuổi" (the age of a hedge, a description).
# --------------------------------------------------------------------------
D13 = dict(name="13_hatinh-khu-dan-cu-kieu-mau-vuon-mau", kind="result", year=None, records=[
    R("gần «500 thôn", "thôn đạt Khu dân cư NTM kiểu mẫu", "~", 500, **CNT),
    R("«1.300 Vườn", "Vườn đạt chuẩn cho thu nhập cao", "=", 1300, **CNT),
])

# --------------------------------------------------------------------------
# 14 Vĩnh Long, starting model new-countryside hamlets (thvl.vn; cut: the comment form's "Trả lời"
# and "Email của bạn sẽ không được hiển thị công khai. ..." with their blank lines; no byline, no
# stamp). Results, year null ("Tính đến thời điểm hiện nay" on an undated page). "49/87 xã đạt chuẩn
# nông thôn mới", "6 xã đạt nông thôn mới nâng cao" (counts). Not a quantity: the denominator "/87".
# --------------------------------------------------------------------------
D14 = dict(name="14_vinhlong-ap-ntm-kieu-mau-xa-dat-chuan", kind="result", year=None, records=[
    R("có «49/87 xã", "xã đạt chuẩn nông thôn mới", "=", 49, **CNT),
    R("và «6 xã", "xã đạt nông thôn mới nâng cao", "=", 6, **CNT),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
