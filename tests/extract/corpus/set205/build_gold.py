#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set205).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of percentages deliberately left without a record (a
result's change against an earlier value, completion against a plan, the bound that names a group,
the share of a province's land); check_gold.py verifies that every percentage has a record or a
NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set193, the id is given in the record itself (`iid=`).

The set's theme is sector digital transformation with figures (OCOP products and farm produce,
e-commerce, tourism, health, education). Money is unit other "đồng" with the magnitude word
multiplied in, tonnes unit other "tấn", visitors and guest-nights counts (as the earlier sets'
"8,43 triệu lượt").

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
TAN = dict(unit="other", unit_text="tấn")
HERITAGE = "society.digitised_heritage_sites_count"
CASH_HOSP = "society.cashless_hospital_fees_share"
OCOP = "sản phẩm OCOP của TP. Hà Nội được đánh giá, phân hạng, công nhận"

# --------------------------------------------------------------------------
# 01 Hà Nội, the city's OCOP products and its push to sell them online and on e-commerce platforms
# (tapchimoitruong.vn; the byline date "30/06/2022" on its own line written as the first line
# `date 2022-06-30`; nothing cut; the excerpt ends in "Đây là một trong những "). Year 2022 (the
# byline; the count is "lũy kế đến nay (2019 - 2022)"). Results, counts, `=`: "1.649 sản phẩm
# OCOP, gồm 4 sản phẩm 5 sao ...; 13 sản phẩm tiềm năng 5 sao ...; 1.098 sản phẩm 4 sao và 534
# sản phẩm 3 sao, trong đó, ngành thực phẩm 1.071 sản phẩm, ngành đồ uống 35 ..., 17 ..., 492 ...,
# 34 ..." (ten records, each its own subject, scope null: a breakdown by grade and by branch is a
# breakdown by kind of thing, spec). Pillar null. Not quantities: "490/QĐ-TTg", "3629/QĐ-UBND",
# "146/KH-UBND", "220/KH-UBND" (documents), "7/5/2018", "8/7/2019", "14/6/2021", "6/10/2021",
# "2018 - 2020", "năm 2020", "năm 2021", "(2019 - 2022)" (dates), the grades "5 sao", "4 sao",
# "3 sao" (names of a grade), "Covid-19" (a name). Ids null (the catalogue's OCOP indicators count
# products listed on e-commerce platforms, not products classified).
# --------------------------------------------------------------------------
D01 = dict(name="01_hanoi-ocop-san-tmdt-2022", kind="result", year=2022, records=[
    R("công nhận được «1.649 sản phẩm", OCOP, "=", 1649, **CNT),
    R("gồm «4 sản phẩm 5 sao", "sản phẩm OCOP 5 sao của Công ty TNHH Gốm Sứ Quang Vinh", "=", 4, **CNT),
    R("Vinh; «13 sản phẩm", "sản phẩm OCOP tiềm năng 5 sao", "=", 13, **CNT),
    R("«1.098 sản phẩm 4 sao", "sản phẩm OCOP 4 sao", "=", 1098, **CNT),
    R("và «534 sản phẩm", "sản phẩm OCOP 3 sao", "=", 534, **CNT),
    R("thực phẩm «1.071 sản phẩm", "sản phẩm OCOP ngành thực phẩm", "=", 1071, **CNT),
    R("đồ uống «35 sản phẩm", "sản phẩm OCOP ngành đồ uống", "=", 35, **CNT),
    R("thảo dược «17 sản phẩm", "sản phẩm OCOP ngành thảo dược", "=", 17, **CNT),
    R("mỹ nghệ «492 sản phẩm", "sản phẩm OCOP ngành thủ công mỹ nghệ", "=", 492, **CNT),
    R("may mặc «34 sản phẩm", "sản phẩm OCOP ngành vải và may mặc", "=", 34, **CNT),
])

# --------------------------------------------------------------------------
# 02 Sơn La, the opening of the province's plum and safe-produce week: the province's size, its
# OCOP products, chains and protected products, sold through distributors and e-commerce platforms
# (slpc.sonla.gov.vn; cut: the photo caption "Bà Lê Thị Hồng Anh - ... phát biểu tại sự kiện. Ảnh:
# Hoàng Lan"; no byline, no stamp; the excerpt ends in "sản lượ"). Year 2024 ("Năm 2024, toàn tỉnh
# có ..."). Results, counts, `=`: "188 sản phẩm OCOP", "7 vùng nông nghiệp ứng dụng công nghệ cao",
# "308 chuỗi cung ứng thực phẩm nông sản, thủy sản an toàn", "29 sản phẩm ... được cấp văn bằng bảo
# hộ và 2 sản phẩm được cấp văn bằng bảo hộ tại nước ngoài", "17 sản phẩm nông sản ... xuất khẩu
# sang thị trường 21 nước" (two counts: the products and the countries they reach, as the earlier
# sets' "7 tổ ... tại 7 thôn"). "năm 2025 ước sản lượng khoảng 100.000 tấn" (the season's estimated
# plum output: a result, `~`, other "tấn", year 2025; a judgement: recorded as the earlier sets'
# "ước đạt 223.029 tấn", not left out as set109's harvest of one district). NOT: "chiếm 39% diện
# tích vùng Tây Bắc và bằng 4,15% tổng diện tích" (the province's size). Not quantities: "trên 14
# nghìn km²", "12 đơn vị hành chính", "302 km", "1,3 triệu người", "12 dân tộc" (the province's
# size and make-up, as the earlier sets' sizes), "lớn thứ 3 của cả nước" (a rank of the province's
# area, a size, not a result of any indicator), "tăng 34 sản phẩm so với năm 2023", "tăng 2 vùng so
# với năm 2023" (changes against an earlier value, spec), "năm 2023" (a date). Pillar null. Ids null.
# --------------------------------------------------------------------------
D02 = dict(name="02_sonla-ocop-nong-san-2024", kind="result", year=2024, records=[
    R("toàn tỉnh có «188 sản phẩm", "sản phẩm OCOP toàn tỉnh", "=", 188, **CNT),
    R("có «7 vùng", "vùng nông nghiệp ứng dụng công nghệ cao", "=", 7, **CNT),
    R("phát triển «308 chuỗi", "chuỗi cung ứng thực phẩm nông sản, thủy sản an toàn được duy trì, phát triển", "=",
      308, **CNT),
    R("an toàn; «29 sản phẩm", "sản phẩm nông sản, thủy sản được Cục Sở hữu trí tuệ cấp văn bằng bảo hộ", "=", 29,
      **CNT),
    R("và «2 sản phẩm", "sản phẩm được cấp văn bằng bảo hộ tại nước ngoài", "=", 2, **CNT),
    R("Đã có «17 sản phẩm", "sản phẩm nông sản tỉnh Sơn La xuất khẩu", "=", 17, **CNT),
    R("thị trường «21 nước", "nước sản phẩm nông sản tỉnh Sơn La được xuất khẩu sang", "=", 21, **CNT),
    R("khoảng «100.000 tấn", "sản lượng quả mận hậu", "~", 100000, **TAN, year=2025),
], NOT=["chiếm «39% diện", "bằng «4,15% tổng"])

# --------------------------------------------------------------------------
# 03 Thanh Hóa, the province's agricultural cooperatives applying science, technology and digital
# transformation and selling through e-commerce platforms (ictvietnam.vn; nothing cut; no byline,
# no stamp, no year in the text: year null; the excerpt ends in "cho các H"). Results: "828 HTX hoạt
# động trong lĩnh vực nông nghiệp, trong đó có 490 HTX tham gia liên kết bền vững, chiếm 65,42%"
# (count, count, %; `=`), "trên 280 HTX nông nghiệp ứng dụng công nghệ cao" (`>`), "35 HTX nông
# nghiệp tham gia sản xuất với 48 sản phẩm OCOP" (two counts). Pillar null. Not quantities:
# "Postmart.vn", "nongsanantoanthanhhoa.vn" (names; no digit). Ids null (the catalogue's
# cooperatives' digital share is a share; the high-tech count is a count, and high-tech farming is
# not digital technology as such).
# --------------------------------------------------------------------------
D03 = dict(name="03_thanhhoa-htx-nong-nghiep-cds", kind="result", year=None, records=[
    R("tỉnh có «828 HTX", "HTX hoạt động trong lĩnh vực nông nghiệp", "=", 828, **CNT),
    R("có «490 HTX", "HTX tham gia liên kết bền vững", "=", 490, **CNT),
    R("chiếm «65,42%", "HTX tham gia liên kết bền vững trong số HTX nông nghiệp toàn tỉnh", "=", 65.42),
    R("trên «280 HTX", "HTX nông nghiệp ứng dụng công nghệ cao trong sản xuất", ">", 280, **CNT),
    R("GlobalGAP…); «35 HTX", "HTX nông nghiệp tham gia sản xuất sản phẩm OCOP", "=", 35, **CNT),
    R("với «48 sản phẩm", "sản phẩm OCOP được công nhận, xếp hạng của HTX nông nghiệp", "=", 48, **CNT),
])

# --------------------------------------------------------------------------
# 04 Hà Nội, Ba Đình district installing QR-code points at its historic sites, October 2020
# (m.baophapluat.vn; cut: the repeated title "Hà Nội lắp đặt điểm quét mã QR để quảng bá du lịch" of
# the photo, its second occurrence; no byline, no stamp; the excerpt ends in "20/10/"). Year 2020.
# Result: "Hiện nay, 3 điểm di tích đã được lắp đặt" (=, count). Targets, counts, `>=` (a bare
# number in a plan): "Trong nửa cuối tháng 10/2020, quận tiếp tục lắp đặt ở 7 điểm" (the plan's
# next step), "đảm bảo hết năm 2020 có 30 di tích được lắp đặt các điểm quét mã QR", "nhằm số hóa
# thông tin của 30 di tích lịch sử đã được xếp hạng" (the scheme's aim: a target of its own, the
# same number restated with another subject), "Giai đoạn 1 ...: ... cấp mã QR cho 10 di tích" (the
# first phase's target). Pillar null (the subheading "Đẩy mạnh ứng dụng công nghệ thông tin trong
# lĩnh vực du lịch" names no pillar). Not quantities: "3 giai đoạn" (the scheme's phases, as
# tasks), "Giai đoạn 1", "Giai đoạn 2" (labels), "1010 năm Thăng Long" (an anniversary's name), "tháng 10", "năm 2020", "10/2020",
# "20/8 - 30/9/2020", "1/10-20/10/" (dates). Ids: HERITAGE for all five (sites given digital
# information through QR codes, the catalogue's "di tích ... được số hóa").
# --------------------------------------------------------------------------
D04 = dict(name="04_hanoi-badinh-ma-qr-di-tich-2020", kind="result", year=2020, records=[
    R("Hiện nay, «3 điểm", "điểm di tích đã được lắp đặt điểm quét mã QR", "=", 3, **CNT, iid=HERITAGE),
    R("lắp đặt ở «7 điểm", "điểm di tích quận tiếp tục lắp đặt điểm quét mã QR trong nửa cuối tháng 10/2020",
      ">=", 7, **CNT, **T, iid=HERITAGE),
    R("năm 2020 có «30 di tích", "di tích được lắp đặt các điểm quét mã QR", ">=", 30, **CNT, **T,
      iid=HERITAGE),
    R("thông tin của «30 di tích", "di tích lịch sử đã được xếp hạng trên địa bàn quận được số hóa thông tin",
      ">=", 30, **CNT, **T, iid=HERITAGE),
    R("cho «10 di tích", "di tích được cấp mã QR trong giai đoạn 1", ">=", 10, **CNT, **T, iid=HERITAGE),
])

# --------------------------------------------------------------------------
# 05 The State Bank's Payment Department on cashless payment in public services: hospitals and
# provincial health departments (vietnamnet.vn; cut: the image file name "thanhtoan-vnn.png" and
# the photo caption "Các hình thức thanh toán viện phí không dùng tiền mặt hiện rất đa dạng. " with
# the blank line after it; no byline, no stamp, no year in the text: year null; the excerpt ends in
# "tiền mặt t"). Results: "gần 88% bệnh viện trực thuộc Bộ ... đã triển khai thanh toán không dùng
# tiền mặt" (~), "Khoảng 64% địa phương - sở y tế (30/47 có báo cáo) có số cơ sở khám chữa bệnh đã
# triển khai ..., đạt tỷ lệ từ 50% trở lên" (~ 64 and, in the bracket, the count 30, `=`), "Trong
# đó có 12/47 (25,5%) sở y tế đạt tỷ lệ 100% các cơ sở ..." (count 12 and the bracket's 25,5%).
# NOT: "từ 50% trở lên" and "tỷ lệ 100%" (the bounds that name the group of departments counted,
# part of the subject, as set184's "thấp (dưới 60%)"; the indicators leave the numbers out, "đạt
# tỷ lệ trở lên", "đạt tỷ lệ các cơ sở", as an indicator holds no number). Not quantities: the
# denominators "/47".
# Pillar null. Ids: CASH_HOSP for the 88% (a share of hospitals accepting cashless payment; the
# catalogue's provincial hospitals, here the ministry's: a judgement); the departments' shares
# and counts null (a share of departments, not of facilities).
# --------------------------------------------------------------------------
D05 = dict(name="05_toanquoc-vien-phi-khong-tien-mat", kind="result", year=None, records=[
    R("gần «88% bệnh viện", "bệnh viện trực thuộc Bộ và thuộc các trường đại học Y, Dược đã triển khai thanh toán "
      "không dùng tiền mặt", "~", 88, iid=CASH_HOSP),
    R("Khoảng «64% địa phương", "địa phương - sở y tế có số cơ sở khám chữa bệnh đã triển khai thanh toán không "
      "dùng tiền mặt đạt tỷ lệ trở lên", "~", 64),
    R("(«30/47", "sở y tế có báo cáo có số cơ sở khám chữa bệnh đã triển khai thanh toán không dùng tiền mặt đạt "
      "tỷ lệ trở lên", "=", 30, **CNT),
    R("có «12/47", "sở y tế đạt tỷ lệ các cơ sở khám chữa bệnh đã triển khai thanh toán không dùng tiền mặt",
      "=", 12, **CNT),
    R("(«25,5%)", "sở y tế đạt tỷ lệ các cơ sở khám chữa bệnh đã triển khai thanh toán không dùng tiền mặt",
      "=", 25.5),
], NOT=["từ «50% trở", "tỷ lệ «100% các"])

# --------------------------------------------------------------------------
# 06 Vietnam Post selling custard apples, pomelos and seedless limes on the Postmart platform, and
# Đà Nẵng's post supplying quarantine zones, August 2021 (mic.gov.vn; the byline "Thứ tư,
# 04/08/2021 16:44" cut and written as the first line `date 2021-08-04`; cut: the image file name
# "202184-u3.jpg" with the blank line after it; the excerpt ends in "tổng khối l"). Year 2021.
# Results: the photo caption "Chuyến na đầu tiên hơn 3 tấn đã được BĐVN tiếp nhận và vận chuyển"
# (a caption that states a figure, kept; `>`, other "tấn": the first shipment sold through the
# post's platform, as the earlier sets' "hơn 54 tấn vải thiều đã được chốt đơn"), "Ngay trong ngày
# đầu tiên triển khai (2/8), hơn 300 đơn hàng" (`>`, count). Not quantities: "4 "Tổ Covid cộng
# đồng"" (the service's organisation, as the earlier sets' campaign teams in a plan), "2/8",
# "Covid-19" (a date, a name). Pillar null. Ids null (the catalogue's Voso/Postmart transactions:
# the 300 orders went through Đà Nẵng's quarantine teams, not the platform).
# --------------------------------------------------------------------------
D06 = dict(name="06_quangninh-danang-buu-dien-postmart-2021", kind="result", year=2021, records=[
    R("đầu tiên hơn «3 tấn", "chuyến na đầu tiên được BĐVN tiếp nhận và vận chuyển từ Quảng Ninh về tới Hà Nội "
      "để giao cho khách hàng", ">", 3, **TAN),
    R("hơn «300 đơn hàng", "đơn hàng bưu điện TP Đà Nẵng cung ứng trong ngày đầu tiên triển khai", ">", 300,
      **CNT),
])

# --------------------------------------------------------------------------
# 07 Ninh Bình, the tourism sector's first half of 2023 (dulichvn.org.vn; cut: the section label
# "Hoạt động của ngành" with the blank line after it, the view counter "Số lần đọc: 353", the photo
# caption "Trong 6 tháng đầu năm 2023, ... so với những năm trước. Ảnh: VGP/Diệp Anh" with the
# blank line after it; the byline "Cập nhật: 07/07/2023 11:55:03" cut and written as the first
# line `date 2023-07-07`; the excerpt ends in "Tuần Du l"). Year 2023 for all (the month of June
# and the half year of 2023). Results, each "hơn"/"trên hơn" → `>`: visitors "hơn 4,5 triệu lượt"
# (in the lead and again in the half-year paragraph: one record at each place, as the earlier sets'
# restated values), June's "hơn 368.000 lượt", "khách trong nước ... hơn 345.000", "khách quốc tế
# ... hơn 23.000", "khách đến các điểm lưu trú ... hơn 90.000", June's revenue "hơn 414 tỷ đồng"
# (other "đồng", 414e9), the half year's "khách trong nước hơn 4,3  triệu lượt" (two spaces before
# the magnitude word), "khách quốc tế hơn 224.000 lượt", "khách đến các cơ sở lưu trú ... hơn
# 650.000 lượt khách", "số ngày khách lưu trú ... trên hơn 915.000 ngày" (count of guest-nights),
# revenue "hơn 3.846 tỷ đồng". NOT: the changes "tăng 8,1%" (twice: the subheading and the text),
# "tăng 3,9%", "tăng 13,8%", "tăng 38,3%" (changes against an earlier value, spec) and the
# completion against the year's plan "đạt 84,7% kế hoạch năm", "đạt 45,4% kế hoạch", "đạt 74,7% kế
# hoạch năm 2023". Not quantities: "gấp 2,5 lần", "gấp 2,7 lần", "gấp 2,4 lần", "gấp 6,9 lần",
# "gấp 2,1 lần", "gấp 2,9 lần" (multiples of the same period of 2022: changes), "6 tháng đầu năm"
# (a period), "tháng 6", "6/2022", "2022" (dates). Pillar null. Ids null.
# --------------------------------------------------------------------------
D07 = dict(name="07_ninhbinh-du-lich-6-thang-2023", kind="result", year=2023, records=[
    R("tỉnh ước đạt hơn «4,5 triệu lượt, gấp 2,5 lần so với cùng kỳ", "số du khách đến các điểm tham quan, du "
      "lịch trên địa bàn tỉnh trong 6 tháng đầu năm 2023", ">", 4.5e6, **CNT),
    R("hơn «368.000 lượt", "Tổng số lượt khách đến các điểm du lịch trên địa bàn tỉnh trong tháng 6", ">", 368000,
      **CNT),
    R("hơn «345.000 lượt", "khách trong nước tháng 6", ">", 345000, **CNT),
    R("hơn «23.000 lượt", "khách quốc tế tháng 6", ">", 23000, **CNT),
    R("hơn «90.000 lượt", "khách đến các điểm lưu trú tháng 6", ">", 90000, **CNT),
    R("hơn «414 tỷ đồng", "Doanh thu du lịch tháng 6", ">", 414e9, **DONG),
    R("Ninh Bình ước đạt hơn «4,5 triệu lượt", "lượng khách đến các điểm thăm quan, du lịch trên địa bàn tỉnh Ninh "
      "Bình 6 tháng đầu năm 2023", ">", 4.5e6, **CNT),
    R("trong nước hơn «4,3  triệu", "khách trong nước 6 tháng đầu năm 2023", ">", 4.3e6, **CNT),
    R("hơn «224.000 lượt", "khách quốc tế 6 tháng đầu năm 2023", ">", 224000, **CNT),
    R("hơn «650.000 lượt", "Tổng số khách đến các cơ sở lưu trú", ">", 650000, **CNT),
    R("trên hơn «915.000 ngày", "số ngày khách lưu trú", ">", 915000, **CNT),
    R("hơn «3.846 tỷ đồng", "Doanh thu du lịch 6 tháng đầu năm 2023", ">", 3846e9, **DONG),
], NOT=["tăng «8,1% so với cùng kỳ\n", "tăng «8,1% so với cùng tháng", "tăng «3,9%", "tăng «13,8%", "tăng «38,3%",
        "đạt «84,7% kế", "đạt «45,4% kế", "đạt «74,7% kế"])

# --------------------------------------------------------------------------
# 08 Quảng Bình, the Department of Tourism's review of 2024 (thanhnien.vn; the stamp " date 2024-12"
# written as the first line; cut: the photo captions "Các đại biểu tham dự hội nghị ẢNH: NGUYỄN
# PHÚC" and "Màn bắn pháo hoa chào đón năm mới tại Khu đô thị Bảo Ninh 1 (TP.Đồng Hới) ẢNH: THANH
# LỘC", each with the blank line after it; the excerpt ends in "Công tác qu"). Year 2024. Results:
# "dự ước đạt 5,2 triệu lượt" (`=`, count), "khách nội địa ước đạt hơn 5 triệu lượt" (`>`), "khách
# quốc tế ước đạt 146.100 lượt" (`=`), "Tổng thu từ khách du lịch dự ước đạt khoảng 5.980 tỉ đồng"
# (`~`, other "đồng", 5980e9). NOT: the changes "tăng 15,3%", "tăng 15,1%", "tăng 23,8%", "tăng
# 17,3%" (against 2023) and the completion "đạt 104% so với kế hoạch", "đạt 118% so với kế hoạch".
# Not quantities: "20.12", "2.9" (dates), "năm 2025", "năm 2023", "năm 2024" (dates). Pillar null.
# Ids null.
# --------------------------------------------------------------------------
D08 = dict(name="08_quangbinh-du-lich-tong-ket-2024", kind="result", year=2024, records=[
    R("dự ước đạt «5,2 triệu lượt", "Lượng du khách du lịch đến Quảng Bình trong năm 2024", "=", 5.2e6, **CNT),
    R("ước đạt hơn «5 triệu lượt", "khách nội địa", ">", 5e6, **CNT),
    R("ước đạt «146.100 lượt", "khách quốc tế", "=", 146100, **CNT),
    R("khoảng «5.980 tỉ đồng", "Tổng thu từ khách du lịch", "~", 5980e9, **DONG),
], NOT=["tăng «15,3%", "tăng «15,1%", "tăng «23,8%", "tăng «17,3%", "đạt «104% so", "đạt «118% so"])

# --------------------------------------------------------------------------
# 09 Bình Dương and Lạng Sơn on electronic school records, at the ministry's pilot of the primary
# digital record (baodienbienphu.com.vn; nothing cut; no byline, no stamp, no year but the school
# year "2022-2023": year null, kind result; the excerpt ends in "Sở Giáo dục và Ðà"). A precision
# text, no record: "từ năm học 2022-2023" (a date), "các khối lớp 1, 6 và 10" (the grades, names of
# a class), "năm học thứ ba" (no digit). The "Ð" (U+00D0) spelling of "Đ" is the page's own.
# --------------------------------------------------------------------------
D09 = dict(name="09_binhduong-langson-hoc-ba-dien-tu-precision", kind="result", year=None, records=[])

# --------------------------------------------------------------------------
# 10 Quảng Trị, the health sector building personal electronic health records (baoquangtri.vn,
# print view; cut: the image marker "![]() |" and the photo caption "Cán bộ trạm y tế cập nhật
# thông tin về hồ sơ quản lý sức khỏe cá nhân |"; no byline, no stamp, no year: year null; the
# excerpt ends in "tiền sử gia "). A precision text, no record: "Quyết định 831/QĐ-BYT ngày
# 11/3/2017" (a document and its date), "(ID)" (a name).
# --------------------------------------------------------------------------
D10 = dict(name="10_quangtri-ho-so-suc-khoe-dien-tu-precision", kind="result", year=None, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
