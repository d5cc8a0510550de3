#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set188).

Copied from set184's builder (itself from set175's, set173's, set171's, set165's, ... and the
seeds'). Each record is written by hand below; its anchor is never typed in. A record names a
locator: a piece of the text with « just before the number. The locator (without «) must occur
exactly once in the text; the anchor is where « stands. `start`/`end` (the clause that states the
quantity) are computed as in the seeds' builder (`start_at` moves the start back to a given
string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a plan, a change
against an earlier value, a share of an earlier period's value); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set184, the id is given in the record itself (`iid=`).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, CNT, T  # noqa: E402

DONG = dict(unit="other", unit_text="đồng")
HERITAGE = "society.digitised_heritage_sites_count"

# --------------------------------------------------------------------------
# 01 Hải Dương, QR codes at historical relics (chuyendoiso.haiduong.gov.vn, the province's digital
# transformation portal reprinting a TTXVN story; cut: the photo captions "Quét QR Code mang đến
# trải nghiệm mới mẻ cho người dân, du khách. (Ảnh: Vietnamplus/TTXVN)." and "Vẻ đẹp cổ kính của
# cầu Thấu Ngọc ... (Ảnh: Tuấn Anh/TTXVN)."; no byline, no stamp; the excerpt ends in "về lị").
# Results, year null: "đến nay" and "hiện có" are undated; "Tháng 3/2022" dates the first relic
# done, not the counts (set184's 07 for "đến nay" without a year). Pillar null (no heading). The
# lead "Thành phố Hải Dương hiện có 16 di tích được gắn mã QR gồm 4 di tích cấp tỉnh và 12 di tích
# cấp quốc gia" and the same sentence again in the body: a record at each place (set173's rule
# for a restated value), three counts each; scope null for "cấp tỉnh" / "cấp quốc gia": these are
# the relics' ranking classes, a breakdown by kind of relic, not by administrative level (spec's
# breakdown rule; a judgement); "tuổi trẻ Hải Dương đã triển khai gắn mã QR ở 24 di tích" (=, the
# province's count). Ids: the totals 16 and 24 society.digitised_heritage_sites_count (relics given
# QR codes with their information digitised); the parts by class null (a judgement: the catalogue
# counts all sites). Not quantities: "3/2022" (a date), "360 độ" (a kind of image), "chưa đến 1
# phút" (how quickly a scan answers, a description, not an indicator's value; a judgement).
# --------------------------------------------------------------------------
QR_HD = "di tích được gắn mã QR Thành phố Hải Dương hiện có"
D01 = dict(name="01_haiduong-ma-qr-di-tich", kind="result", year=None, records=[
    R("Thành phố Hải Dương hiện có «16 di tích được gắn mã QR gồm 4 di tích cấp tỉnh và 12 di tích cấp quốc gia.\nTTXVN",
      QR_HD, "=", 16, **CNT, iid=HERITAGE),
    R("gồm «4 di tích cấp tỉnh và 12 di tích cấp quốc gia.\nTTXVN", "di tích cấp tỉnh được gắn mã QR", "=", 4, **CNT),
    R("cấp tỉnh và «12 di tích cấp quốc gia.\nTTXVN", "di tích cấp quốc gia được gắn mã QR", "=", 12, **CNT),
    R("gắn mã QR ở «24 di tích", "di tích tuổi trẻ Hải Dương đã triển khai gắn mã QR", "=", 24, **CNT, iid=HERITAGE),
    R("Thành phố Hải Dương hiện có «16 di tích được gắn mã QR gồm 4 di tích cấp tỉnh và 12 di tích cấp quốc gia. Khi",
      QR_HD, "=", 16, **CNT, iid=HERITAGE),
    R("gồm «4 di tích cấp tỉnh và 12 di tích cấp quốc gia. Khi", "di tích cấp tỉnh được gắn mã QR", "=", 4, **CNT),
    R("cấp tỉnh và «12 di tích cấp quốc gia. Khi", "di tích cấp quốc gia được gắn mã QR", "=", 12, **CNT),
])

# --------------------------------------------------------------------------
# 02 Thanh Hóa, Hà Trung district's QR codes and the province's digitised relics (xuthanh.vn; cut:
# the image labels "Hành trình số hoá di tích ở Thanh Hoá- Ảnh 1." and "- Ảnh 2." and the caption
# "Anh Nguyễn Bảo Trung, Bí thư Huyện đoàn Hà Trung, tỉnh Thanh Hóa", each with the blank line
# after it; no byline, no stamp; the excerpt ends in "dữ liệu đ"). Results, year null ("Đến nay",
# "Thời gian qua": no year written). Pillar null (the title "Hành trình số hoá di tích ở Thanh Hoá"
# names digitisation, no pillar of the spec's list). "Đến nay, 4 di tích lịch sử, văn hóa trên địa
# bàn huyện đã được gắn mã QR" (=) and "góp phần cùng toàn tỉnh số hóa được 156 di tích" (=): both
# society.digitised_heritage_sites_count. Not quantities: "72 di tích đã được Nhà nước công nhận
# xếp hạng, trong đó 9 ... và 63 ...", "342 di tích ... được kiểm kê", "hơn 1.535 di tích ... đã
# được xếp hạng và kiểm kê bảo vệ" (the size of the district's and the province's heritage, the
# ground the work covers, as set153's school network and set155's health system).
# --------------------------------------------------------------------------
D02 = dict(name="02_thanhhoa-hatrung-so-hoa-di-tich", kind="result", year=None, records=[
    R("Đến nay, «4 di tích", "di tích lịch sử, văn hóa trên địa bàn huyện Hà Trung đã được gắn mã QR", "=", 4, **CNT,
      iid=HERITAGE),
    R("số hóa được «156 di tích", "di tích toàn tỉnh Thanh Hóa số hóa được", "=", 156, **CNT, iid=HERITAGE),
])

# --------------------------------------------------------------------------
# 03 Tây Ninh, Tân Biên district's relics digitised with QR codes, 2023 (vietnamnet.vn; cut: the
# image file name "duongminhchau.png" and the caption "Ảnh minh hoạ"; no byline, no stamp; the
# excerpt ends in "dễ nhìn, d"). Results of 2023 ("Thực hiện chủ đề công tác năm 2023", "Được triển
# khai từ tháng 4/2023, đến nay"). Pillar null. "thực hiện số hoá và gắn mã QR của 12 di tích lịch
# sử, văn hoá tại địa phương, gồm 7 di tích cấp quốc gia (...) và 5 di tích cấp tỉnh (...)" (=,
# three counts; scope null, the relics' ranking classes as in 01; the 12
# society.digitised_heritage_sites_count, the parts null). The first bracket lists eight names for
# "7": the page's own slip, the gold takes the number written. Not quantities: "năm 2023", "4/2023",
# "12.2023" (dates), "Lục quân 2" (part of a name).
# --------------------------------------------------------------------------
D03 = dict(name="03_tayninh-tanbien-ma-qr-2023", kind="result", year=2023, records=[
    R("mã QR của «12 di tích", "di tích lịch sử, văn hoá tại huyện Tân Biên được số hoá và gắn mã QR", "=", 12, **CNT,
      iid=HERITAGE),
    R("gồm «7 di tích cấp quốc gia", "di tích cấp quốc gia được số hoá và gắn mã QR", "=", 7, **CNT),
    R("và «5 di tích cấp tỉnh", "di tích cấp tỉnh được số hoá và gắn mã QR", "=", 5, **CNT),
])

# --------------------------------------------------------------------------
# 04 Huế, electronic tickets, the "Di tích Huế" app and the Tap Quest stations (huengaynay.vn; cut:
# the photo captions "Điểm tương tác, check-in trước điện Thái Hòa" (with the blank line after it,
# the excerpt's first line) and "Du khách quét mã trải nghiệm trạm tương tác thông minh tại di tích
# Hải Vân Quan" (with the blank line after it); no byline, no stamp; the excerpt opens with the
# sub-heading "“Chạm” để khám phá “bảo vật sống”" and ends in "du lịch văn hóa Việ"). One result:
# "Đến nay, có 96 trạm Tap Quest được triển khai khắp Quần thể di tích Cố đô Huế" (=, count; year
# null: "Từ cuối năm 2024" dates the start, "Đến nay" is undated, as 01; id null: interactive
# stations, not sites digitised). Pillar null. Not quantities: "năm 2024" (a date), "3D" (twice, a
# name of a kind of model).
# --------------------------------------------------------------------------
D04 = dict(name="04_hue-tap-quest-di-tich", kind="result", year=None, records=[
    R("có «96 trạm", "trạm Tap Quest được triển khai khắp Quần thể di tích Cố đô Huế", "=", 96, **CNT),
])

# --------------------------------------------------------------------------
# 05 Thái Nguyên, the provincial library going digital, 2024 (vietnamnet.vn; nothing cut: the
# caption "Từ tháng 1 đến hết tháng 10-2024, Thư viện tỉnh Thái Nguyên đã cấp hơn 600 thẻ bạn đọc.
# Trong ảnh: ..." stands twice, as the page prints it, and states a figure, so both copies are kept
# (set184's rule: captions without a figure are cut); no byline, no stamp; the excerpt ends in "từ
# nă"). Results; the document's year 2024 ("Từ tháng 1 đến hết tháng 10-2024"). Pillar null. "đã
# cấp hơn 600 thẻ bạn đọc" (>, count, a record at each of its two places); the library's
# equipment reported with its own years: "Từ năm 2004, Thư viện tỉnh được Nhà nước đầu tư 1 hệ
# thống thư viện điện tử, ..., với giá trị gần 400 triệu đồng" (=, count 1, and ~, 400e6 "đồng";
# year 2004) and "5 năm sau (2009), Quỹ Bill & Melida Gates (BMGF-VN) tài trợ cho Thư viện tỉnh 1
# máy chủ, 20 máy vi tính phục vụ bạn đọc" (=, counts; year 2009): values reached, each in the year
# the sentence gives (a judgement: old equipment is still a reported value). Ids null (library
# cards and equipment are not in the catalogue). Not quantities: "10-2024", "năm 2004", "2009"
# (dates), "ILIB 3.05" (a software name), "5 năm sau" (a duration).
# --------------------------------------------------------------------------
CARDS = "thẻ bạn đọc Thư viện tỉnh Thái Nguyên đã cấp"
D05 = dict(name="05_thainguyen-thu-vien-so-2024", kind="result", year=2024, records=[
    R("cấp hơn «600 thẻ bạn đọc. Trong ảnh: Bạn đọc khai thác thông tin tại Thư viện tỉnh Thái Nguyên.\n\nTừ", CARDS,
      ">", 600, **CNT),
    R("cấp hơn «600 thẻ bạn đọc. Trong ảnh: Bạn đọc khai thác thông tin tại Thư viện tỉnh Thái Nguyên.\n\nThời", CARDS,
      ">", 600, **CNT),
    R("đầu tư «1 hệ thống", "hệ thống thư viện điện tử Nhà nước đầu tư cho Thư viện tỉnh", "=", 1, **CNT, year=2004),
    R("giá trị gần «400 triệu", "giá trị hệ thống thư viện điện tử, phần mềm quản trị thư viện tích hợp được đầu tư", "~",
      400e6, **DONG, year=2004),
    R("Thư viện tỉnh «1 máy chủ", "máy chủ Quỹ Bill & Melida Gates tài trợ cho Thư viện tỉnh", "=", 1, **CNT, year=2009),
    R(", «20 máy vi tính", "máy vi tính phục vụ bạn đọc Quỹ Bill & Melida Gates tài trợ cho Thư viện tỉnh", "=", 20,
      **CNT, year=2009),
])

# --------------------------------------------------------------------------
# 06 Quảng Nam, Hội An's entrance tickets to the old town, December 2023 (vnexpress.net; the
# crawler's stamp " date 2023-12" written as the first line, the lead "Quảng NamSau hơn 7 tháng
# ..." following on the second as the tool gives it; cut: the photo caption "Một đoàn khách nước
# ngoài tham quan Hội An chiều 11/5. Ảnh: Đắc Thành" with the blank line after it; the excerpt ends
# in "Trưởng phòn"). Results of 2023 (the stamp; "trong năm nay"). Pillar null. "Hội An thu được
# 190 tỷ đồng" (lead) and "Số tiền bán vé đạt 190 tỷ đồng" (body): a record at each place (=, 190e9
# "đồng"); "hơn 1,6 triệu lượt vé tham quan ... đã được bán ra" (>), "khách quốc tế là 1,4 triệu
# lượt" (=), "khách Việt gần 220.000 lượt" (~): each its own subject, scope null (international and
# Vietnamese visitors are kinds of visitor, not a split by level or by the spec's population groups;
# a judgement); "Năm 2021, ... tiền bán vé chỉ đạt 1,4 tỷ đồng" (=, year 2021). Ids null (ticket
# sales are not in the catalogue). NOT: "tăng hơn 166% so với cùng kỳ", "(tăng 20%)", "bằng gần 70%
# năm 2019" (changes and shares of an earlier year's value, spec). Not quantities: "gấp 5 lần" (twice)
# and "bằng 2/3 năm 2019" (comparisons with earlier years), "hơn 7 tháng" (a duration), "15/5" (a
# date), "120.000 đồng", "80.000 đồng" (ticket prices: a tariff set by rule, not a value reached or
# aimed at; a judgement).
# --------------------------------------------------------------------------
TICKET_MONEY = "số tiền bán vé tham quan phố cổ Hội An"
D06 = dict(name="06_quangnam-hoian-ve-tham-quan-2023", kind="result", year=2023, records=[
    R("Hội An thu được «190 tỷ", TICKET_MONEY + " thu được sau hơn 7 tháng siết thu phí tham quan", "=", 190e9, **DONG),
    R("cho biết hơn «1,6 triệu", "lượt vé tham quan khu di sản phố cổ Hội An đã được bán ra trong năm", ">", 1.6e6, **CNT),
    R("khách quốc tế là «1,4 triệu", "lượt vé tham quan phố cổ Hội An bán cho khách quốc tế", "=", 1.4e6, **CNT),
    R("khách Việt gần «220.000", "lượt vé tham quan phố cổ Hội An bán cho khách Việt", "~", 220000, **CNT),
    R("Số tiền bán vé đạt «190 tỷ", TICKET_MONEY, "=", 190e9, **DONG),
    R("chỉ đạt «1,4 tỷ", TICKET_MONEY + " năm 2021", "=", 1.4e9, **DONG, year=2021),
], NOT=["tăng hơn «166%", "(tăng «20%)", "bằng gần «70%"])

# --------------------------------------------------------------------------
# 07 Quảng Nam, visitors to Hội An in the first quarter of 2021 (baoquangnam.vn; the crawler's
# stamp " date 2021-04" written as the first line, "(QNO) - ..." following on the second; nothing
# cut: the caption "Khách tham quan phố cổ Hội An chỉ bằng 2% so với cùng kỳ năm trước. Ảnh: QUỐC
# HẢI" states a figure and is kept; the source's run of three blank lines before the last paragraph
# is kept as given). Results of 2021 (the stamp; "Ba tháng đầu năm"). Pillar null. "tổng lượt khách
# đến Hội An ước hơn 54.800 lượt" (>), "3.480 lượt khách quốc tế" (=), "tổng lượt khách tham quan
# ước đạt 17.160 lượt" (=, spec's "ước đạt"), "Doanh thu ngành du lịch ước đạt hơn 37 tỷ đồng" (>,
# 37e9 "đồng"), "có 6.820 lượt khách tham quan khu phố cổ Hội An trong 3 tháng qua" (=). Ids null.
# NOT: "bằng 7,68% so với cùng kỳ", "giảm 0,52% so với cùng kỳ", "gần bằng 3% so với cùng kỳ", "mới
# hơn 5,2% so với cùng kỳ năm 2020", the caption's and the body's "chỉ bằng 2% so với cùng kỳ năm
# trước" (shares of, or changes against, an earlier period's value, spec), "đạt 9,37% kế hoạch"
# (completion against a plan, set184's docstring and the earlier sets' NOT). Not quantities: "Ba
# tháng đầu năm", "3 tháng qua" (durations), "năm 2020".
# --------------------------------------------------------------------------
D07 = dict(name="07_quangnam-hoian-khach-quy1-2021", kind="result", year=2021, records=[
    R("ước hơn «54.800", "tổng lượt khách đến Hội An ba tháng đầu năm", ">", 54800, **CNT),
    R("có «3.480 lượt", "lượt khách quốc tế đến Hội An", "=", 3480, **CNT),
    R("ước đạt «17.160", "tổng lượt khách tham quan", "=", 17160, **CNT),
    R("ước đạt hơn «37 tỷ", "doanh thu ngành du lịch Hội An", ">", 37e9, **DONG),
    R("có «6.820 lượt", "lượt khách tham quan khu phố cổ Hội An trong 3 tháng qua", "=", 6820, **CNT),
], NOT=["bằng «7,68%", "đạt «9,37% kế", "chỉ bằng «2% so với cùng kỳ năm trước. Ảnh", "giảm «0,52%", "gần bằng «3%",
        "mới hơn «5,2%", "chỉ bằng «2% so với cùng kỳ năm trước.\n"])

# --------------------------------------------------------------------------
# 08 The tourism sector's 2024 targets and Hà Nội's first half of 2024 (vneconomy.vn; the crawler's
# stamp " date 2024-06" written as the first line; nothing cut; the section label "HÀ NỘI" is the
# page's own heading and is kept; the excerpt ends in "liên k"). Targets of 2024, the national
# sector's: "Mục tiêu của ngành du lịch trong năm 2024 là đón 17 - 18 triệu lượt khách quốc tế"
# (between, 17e6-18e6), "phục vụ 110 triệu lượt khách nội địa" (>=, bare number), "tổng thu từ khách
# du lịch đạt khoảng 840.000 tỷ đồng" (~, spec's "khoảng", 840000e9 "đồng"). Results of 2024 for Hà
# Nội (`place` "Hà Nội": the page is national, the HÀ NỘI section names the city): "tổng khách du
# lịch đến Hà Nội (do cơ sở lưu trú phục vụ) ước đạt 3,042 triệu lượt" (=), "khách quốc tế đạt
# 2,150 triệu lượt" (=), "khách nội địa đạt 892 nghìn lượt" (=), "tổng thu từ khách du lịch ước đạt
# 55.385 tỷ đồng" (=), "sau khi giới thiệu 16 tour đêm đặc sắc" and "đề xuất 2 sản phẩm du lịch đêm
# tại ngoại thành Hà Nội" (=, counts of products put out; a judgement: reported as done). Pillar
# null. Ids null. NOT: "tăng 36,9%", "(cùng kỳ tăng 46,5%)", "tăng 48,4%", "tăng 15,4%", "tăng 22,8%
# so với cùng kỳ năm ngoái" (changes, spec). Not quantities: "6 tháng" (twice; durations).
# --------------------------------------------------------------------------
HN = dict(place="Hà Nội")
D08 = dict(name="08_hanoi-du-lich-6-thang-2024", kind="result", year=2024, records=[
    R("là đón «17 - 18 triệu", "lượt khách quốc tế ngành du lịch đón trong năm 2024", "between", 17e6, value_max=18e6,
      **CNT, **T),
    R("phục vụ «110 triệu", "lượt khách nội địa ngành du lịch phục vụ", ">=", 110e6, **CNT, **T),
    R("khoảng «840.000 tỷ", "tổng thu từ khách du lịch", "~", 840000e9, **DONG, **T),
    R("ước đạt «3,042 triệu", "tổng khách du lịch đến Hà Nội (do cơ sở lưu trú phục vụ) trong 6 tháng đầu năm 2024", "=",
      3.042e6, **CNT, **HN),
    R("khách quốc tế đạt «2,150 triệu", "khách quốc tế đến Hà Nội", "=", 2.15e6, **CNT, **HN),
    R("khách nội địa đạt «892 nghìn", "khách nội địa đến Hà Nội", "=", 892000, **CNT, **HN),
    R("ước đạt «55.385 tỷ", "tổng thu từ khách du lịch Hà Nội", "=", 55385e9, **DONG, **HN),
    R("giới thiệu «16 tour", "tour đêm đặc sắc du lịch Thủ đô đã giới thiệu", "=", 16, **CNT, **HN),
    R("đề xuất «2 sản phẩm", "sản phẩm du lịch đêm tại ngoại thành Hà Nội du lịch Thủ đô đề xuất", "=", 2, **CNT, **HN),
], NOT=["tăng «36,9%", "cùng kỳ tăng «46,5%", "tăng «48,4%", "tăng «15,4%", "tăng «22,8%"])

# --------------------------------------------------------------------------
# 09 Bà Rịa - Vũng Tàu, the provincial museum's digital space, January 2024 (baobariavungtau.com.vn;
# cut: the excerpt's first line "." with the blank line after it, the clock and byline date
# "Cập nhật: 18:42, 05/01/2024 (GMT+7)" with the blank line after it (written as the first line
# `date 2024-01-05`), the photo caption "Du khách trải nghiệm không gian số hóa di sản văn hóa tại
# Bảo tàng tỉnh." printed twice (both lines, with the blank line after them); the excerpt ends in
# "trưng bày tại B"). One result of 2024: "Phần mềm có thiết kế 3D gồm 12 điểm tra cứu hiện vật tại
# các khu vực trưng bày hiện vật tư liệu" (=, count; id null: look-up points in one museum, not
# sites digitised). Pillar null (the title "Trải nghiệm ấn tượng với số hóa bảo tàng" and the
# sub-heading "Tra cứu hiện vật trên không gian 3D" name no pillar). Not quantities: "năm 2024",
# "1/1/2024" (dates), "3D" (twice, a name).
# --------------------------------------------------------------------------
D09 = dict(name="09_bariavungtau-bao-tang-so-2024", kind="result", year=2024, records=[
    R("gồm «12 điểm", "điểm tra cứu hiện vật tại các khu vực trưng bày hiện vật tư liệu phần mềm có thiết kế 3D", "=",
      12, **CNT),
])

# --------------------------------------------------------------------------
# 10 Huế, free entry to the relics and the city's visitors in the first half of 2025 (vnexpress.net;
# no stamp, no byline; cut: the photo caption "Du khách tham quan lầu Ngũ Phụng, nơi vua Bảo Đại
# thoái vị ngày 30/8/1945. Ảnh: Võ Thạnh" with the blank line after it, and the author's line "Võ
# Thạnh" at the end with the blank line before it; the excerpt opens "TP HuếTrung tâm ..." as the
# tool gives it). Results of 2025: "6 tháng đầu năm nay" is 2025 by the page's own "80 năm Cách mạng
# tháng Tám" (1945 + 80) and "Từ 1/1/2025 ... Năm nay" (a judgement). Pillar null. "TP Huế đón
# khoảng 3,33 triệu lượt khách du lịch trong 6 tháng đầu năm nay" (~), "khách quốc tế ước đạt hơn
# 1,16 triệu lượt" (>), "Doanh thu từ du lịch ước đạt gần 6.400 tỷ đồng" (~, 6400e9 "đồng"), "lượng
# khách quốc tế lưu trú đạt hơn 383 nghìn lượt" (>). Ids null. NOT: "tăng 71%", "tăng 42%", "tăng
# 59%", "tăng gần 11%" (changes, spec). Not quantities: "19/8", "2/9", "26/3", "23/11", "1/1/2025",
# "Mùng 1" (dates), "7h", "17h30" (times), "80 năm" (an anniversary), "50 nghìn đến 200 nghìn đồng",
# "40 nghìn đồng", "30 nghìn đồng" (ticket prices, as 06), "7-12 tuổi" (an age band), "4 dịp" (the
# free-entry days a rule sets, the make-up of a policy; a judgement), "6 tháng" (a duration).
# --------------------------------------------------------------------------
D10 = dict(name="10_hue-khach-du-lich-2025", kind="result", year=2025, records=[
    R("khoảng «3,33 triệu", "lượt khách du lịch TP Huế đón trong 6 tháng đầu năm", "~", 3.33e6, **CNT),
    R("ước đạt hơn «1,16 triệu", "lượt khách quốc tế đến TP Huế", ">", 1.16e6, **CNT),
    R("gần «6.400 tỷ", "doanh thu từ du lịch TP Huế", "~", 6400e9, **DONG),
    R("đạt hơn «383 nghìn", "lượt khách quốc tế lưu trú tại TP Huế", ">", 383000, **CNT),
], NOT=["tăng «71%", "tăng «42%", "tăng «59%", "tăng gần «11%"])

# --------------------------------------------------------------------------
# 11 Hà Nội, Plan 294/KH-UBND of 11 October 2024 on heritage to 2025 (doanhnghieptiepthi.vn; nothing
# cut; no stamp, no byline; the excerpt ends in "xã h"). Targets of 2025 ("đến năm 2025", "trong
# giai đoạn 2021 - 2025"). Pillar null (the lead names "công nghệ số", no pillar; "ứng dụng công
# nghệ thông tin trong quản lý di sản văn hóa" names no pillar of the spec's list). The title
# "Hà Nội: Đặt mục tiêu 100% di tích được số hóa vào năm 2025" (>=, a record of its own, set151's
# rule for a value restated in a title) and the body's "Mục tiêu đặt ra là đảm bảo 100% di tích
# được số hóa" (>=); "Hà Nội dự kiến thực hiện tu bổ, tôn tạo 579 dự án di tích lịch sử - văn hóa"
# (>=, count, bare number in a plan) "với tổng kinh phí lên đến 14.029 tỷ đồng" (>=, 14029e9 "đồng":
# a planned amount with no comparator of the spec's list; "lên đến" read as the amount it comes to,
# as set17x read "lên đến" in results; a judgement). Ids null (the catalogue's heritage indicator
# is a count; the 100% is a share; restoration projects are not digital). Not quantities:
# "294/KH-UBND" (a document), "11/10/2024" (a date), "2021 - 2025" (a period).
# --------------------------------------------------------------------------
D11 = dict(name="11_hanoi-ke-hoach-so-hoa-di-tich-2025", kind="target", year=2025, records=[
    R("mục tiêu «100% di tích được số hóa vào", "di tích được số hóa", ">=", 100),
    R("dự kiến thực hiện tu bổ, tôn tạo «579", "dự án di tích lịch sử - văn hóa Hà Nội dự kiến thực hiện tu bổ, tôn tạo",
      ">=", 579, **CNT),
    R("lên đến «14.029 tỷ", "tổng kinh phí tu bổ, tôn tạo dự án di tích lịch sử - văn hóa", ">=", 14029e9, **DONG),
    R("đảm bảo «100% di tích", "di tích được số hóa", ">=", 100),
])

# --------------------------------------------------------------------------
# 12 Bình Phước, the provincial museum's 3D online exhibition (tracuuquyhoach.com, an aggregator
# reprinting a provincial paper; cut: the photo captions "Lãnh đạo các sở, ngành, thành phố Đồng
# Xoài ... không gian trưng bày 3D trực tuyến" (the excerpt's first line), "Các đại biểu thực hiện
# nghi thức bấm nút công bố hệ thống bảo tàng 3D" and "Đại biểu và các em học sinh thích thú trải
# nghiệm hệ thống bảo tàng 3D tại lễ công bố"; no byline, no stamp; the excerpt ends in "người dân,
# du "). A precision text: an event, no target or result. Not quantities: "13-5" (a date), "Hơn 20
# năm hoạt động" (the museum's age), "trên 15.000 hiện vật, hình ảnh, tư liệu" (the size of the
# collection the museum holds, as 02's heritage sizes; a judgement: the page does not say how many
# were digitised), "3D" (a name, several times).
# --------------------------------------------------------------------------
D12 = dict(name="12_binhphuoc-bao-tang-3d-precision", kind="result", year=None, records=[])

# --------------------------------------------------------------------------
# 13 Bình Định, QR codes at the Cham towers (baobinhdinh.vn; nothing cut; no byline, no stamp; the
# excerpt ends in "Nguyễn Thị Thanh"). Results, year null ("từ ngày 17 - 25.10": no year). Pillar
# null. "hoàn thành hệ thống mã QR hỗ trợ Bảo tàng tỉnh thuyết minh cho du khách tại 7 cụm tháp
# Chăm" (=, count; society.digitised_heritage_sites_count: heritage sites given QR guides) and "5 bộ
# file mẫu thiết kế gồm nhiều kích thước khác nhau" (=, count of design files handed over; id
# null). Not quantities: "17 - 25.10" (dates), "một tuần" (a duration), "hai mặt", "hai thứ tiếng"
# (words, no digits).
# --------------------------------------------------------------------------
D13 = dict(name="13_binhdinh-thap-cham-ma-qr", kind="result", year=None, records=[
    R("tại «7 cụm tháp", "cụm tháp Chăm có hệ thống mã QR hỗ trợ Bảo tàng tỉnh thuyết minh cho du khách", "=", 7, **CNT,
      iid=HERITAGE),
    R("và «5 bộ file", "bộ file mẫu thiết kế mã QR bàn giao cho Bảo tàng tỉnh", "=", 5, **CNT),
])

# --------------------------------------------------------------------------
# 14 Ninh Bình (the province after the July 2025 merger), Tràng An closed to new visitors on the
# fourth day of Tết 2026 (znews.vn; the crawler's stamp " date 2026-02-20" written as the first
# line; cut: the photo captions "Bất chấp trời mưa, dòng người đổ về Thung Ui (Ninh Bình) ... Ảnh:
# Bùi Đức Tuấn." and "Khách chen chân chờ thuyền tham quan Tràng An ngày mùng 3 Tết. Ảnh: Bùi Thế
# Anh.", each with the blank line after it; the excerpt ends in "xếp hà"). A precision text: a
# crowd at the ticket gates, no target or result. Not quantities: "20/2", "21/2", "19/2", "17/2"
# and "mùng 4", "mùng 5", "mùng 3", "mùng 1" (dates), "9 km" (a visitor's distance from home), "2-3
# tiếng" (a wait), "một giờ" (no digits).
# --------------------------------------------------------------------------
D14 = dict(name="14_ninhbinh-trang-an-tet-2026-precision", kind="result", year=2026, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
