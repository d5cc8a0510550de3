#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set266).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of percentages deliberately left without a record (a
share that qualifies the subject, a result's change); check_gold.py verifies that every percentage
has a record or a NOT entry.

Each record carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: none of this set's quantities (communes and districts meeting
the new-countryside standards, criteria met, OCOP products, rural incomes and funds) is measured by
a catalogue indicator, so every `iid` is left at None (see README).

Theme of the set: the new-countryside programme (nông thôn mới, NTM) and OCOP in the provinces.
No text has a heading or lead-in naming a digital-transformation pillar: every pillar is null.

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

VND = dict(unit="other", unit_text="đồng")
CRIT = dict(unit="other", unit_text="tiêu chí/xã")

# --------------------------------------------------------------------------
# 01 Bến Tre, Sóc Trăng, Bà Rịa - Vũng Tàu: three districts recognised as meeting the
# new-countryside standard (langngheviet.com.vn; cut: the image line "![]()  |   \t\t" and the photo
# caption "| Bộ mặt nông thôn mới huyện Châu Thành, ... khang trang. | "; no byline, no stamp; the
# excerpt ends in "của cả xã"). Results, year 2023 (the two districts the figures describe are
# recognised "năm 2023"; Côn Đảo's "năm 2024" carries no figure). The title's "Thêm 3 huyện" (the
# batch recognised, a count, as set193's reading of a title's count); Mỏ Cày Nam: "15/15 xã ...,
# đạt 100%", "3/15 xã, tỷ lệ 20%", "1 thị trấn ..., đạt tỷ lệ 100%", "1 xã nông thôn mới kiểu mẫu
# (Định Thủy), tỷ lệ 6,7%" (each count and its share: two records, as set193's "57.877 hồ sơ (đạt
# 99,1%)"); Châu Thành: "7/7 xã", "đạt 9/9 tiêu chí huyện" (the criteria met, a count of 9).
# place: the district the figure belongs to. Not quantities: "1611/QĐ-TTg", "1612/QĐ-TTg",
# "1613/QĐ-TTg" (documents), "UBND 3 tỉnh" (the provinces named as addressees), "năm 2011", "2021 -
# 2025" (dates), "hơn 13 năm" (a duration), the denominators "/15", "/7", "/9".
# --------------------------------------------------------------------------
D01 = dict(name="01_soctrang-bentre-huyen-dat-chuan-ntm-2023", kind="result", year=2023, records=[
    R("Thêm «3 huyện", "huyện đạt chuẩn nông thôn mới", "=", 3, **CNT),
    R("có «15/15 xã", "xã được công nhận đạt chuẩn nông thôn mới", "=", 15, **CNT, place="Mỏ Cày Nam"),
    R("mới, đạt «100%. Số", "xã được công nhận đạt chuẩn nông thôn mới", "=", 100, place="Mỏ Cày Nam"),
    R("là «3/15 xã", "xã đã được công nhận đạt chuẩn nông thôn mới nâng cao đáp ứng Bộ tiêu chí giai đoạn "
      "2021 - 2025", "=", 3, **CNT, place="Mỏ Cày Nam"),
    R("tỷ lệ «20%", "xã đã được công nhận đạt chuẩn nông thôn mới nâng cao", "=", 20, place="Mỏ Cày Nam"),
    R("«1 thị trấn", "thị trấn đã được công nhận đạt chuẩn đô thị văn minh", "=", 1, **CNT, place="Mỏ Cày Nam"),
    R("đạt tỷ lệ «100%", "thị trấn đã được công nhận đạt chuẩn đô thị văn minh", "=", 100, place="Mỏ Cày Nam"),
    R("; «1 xã nông thôn mới kiểu mẫu", "xã nông thôn mới kiểu mẫu", "=", 1, **CNT, place="Mỏ Cày Nam"),
    R("tỷ lệ «6,7%", "xã nông thôn mới kiểu mẫu", "=", 6.7, place="Mỏ Cày Nam"),
    R("có «7/7 xã", "xã đạt chuẩn nông thôn mới", "=", 7, **CNT, place="Châu Thành"),
    R("đạt «9/9 tiêu chí", "tiêu chí huyện nông thôn mới huyện đã thực hiện đạt", "=", 9, **CNT,
      place="Châu Thành"),
])

# --------------------------------------------------------------------------
# 02 Hà Tĩnh, the province recognising seven communes in its second batch of 2023 (baohatinh.vn;
# cut: the photo captions "Đường về xã Cẩm Thành (huyện Cẩm Xuyên)." and "Mô hình trải nghiệm du
# lịch Nàng Ther & Lava Farm ... (Thạch Hà)", each with the blank line after it, and the two
# repeats of the title (image alt lines) with the blank line after each; no byline, no stamp; the
# excerpt ends in "đang hoàn thiện"). Results, year 2023 (the batch "đợt 2 năm 2023"; the totals
# "đến nay" follow it and name no other year). The title's "7 xã"; the batch's "2 xã đạt chuẩn
# NTM", "2 xã đạt chuẩn NTM nâng cao", "3 xã đạt chuẩn NTM kiểu mẫu" (counts, each its own subject:
# a breakdown by standard, scope null); the totals "181/181 xã ... (đạt 100%), 60 xã ... (đạt
# 33,1%), 15 xã ... (đạt 8,3%)" (count and share each). Not quantities: "189/QĐ-UBND" (a
# document), "17/1", "đợt 2/2023", "đợt 2 năm 2023" (dates and a batch's label), "13 năm" (a
# duration), the denominator "/181".
# --------------------------------------------------------------------------
D02 = dict(name="02_hatinh-xa-ntm-nang-cao-kieu-mau-2023", kind="result", year=2023, records=[
    R("công nhận «7 xã", "Hà Tĩnh công nhận xã đạt chuẩn các loại hình nông thôn mới đợt 2/2023", "=", 7, **CNT),
    R("công nhận «2 xã đạt chuẩn NTM (", "công nhận xã đạt chuẩn NTM", "=", 2, **CNT),
    R("; «2 xã đạt chuẩn NTM nâng cao", "công nhận xã đạt chuẩn NTM nâng cao", "=", 2, **CNT),
    R("; «3 xã đạt chuẩn NTM kiểu mẫu", "công nhận xã đạt chuẩn NTM kiểu mẫu", "=", 3, **CNT),
    R("có «181/181 xã", "xã đạt chuẩn NTM", "=", 181, **CNT),
    R("(đạt «100%)", "xã đạt chuẩn NTM", "=", 100),
    R("«60 xã đạt", "xã đạt chuẩn NTM nâng cao", "=", 60, **CNT),
    R("(đạt «33,1%)", "xã đạt chuẩn NTM nâng cao", "=", 33.1),
    R("«15 xã đạt", "xã đạt chuẩn NTM kiểu mẫu", "=", 15, **CNT),
    R("(đạt «8,3%)", "xã đạt chuẩn NTM kiểu mẫu", "=", 8.3),
])

# --------------------------------------------------------------------------
# 03 Tuyên Quang, Chiêm Hóa district's party committee reviewing its first quarter and the
# district's scheme for agriculture, OCOP and the new countryside (snntuyenquang.gov.vn; cut: the
# photo caption "Các đại biểu hội nghị.", the source line "Báo Tuyên Quang" and the link "Tin cùng
# chuyên mục", each with the blank line after it; no byline, no stamp). Targets "phấn đấu đến năm
# 2025": year 2025, bare numbers `>=` (spec): the title's "có 60% xã đạt chuẩn nông thôn mới", the
# shares of agriculture, forestry and fisheries in the sector ("tỷ trọng ngành nông nghiệp chiếm
# 73,8%; lâm nghiệp chiếm 20,9%; thủy sản chiếm 5,2%", each its own subject) and the body's "60%
# xã đạt chuẩn nông thôn mới". Not quantities: "13-4" (a date), "khóa XXII", "lần thứ XVII" (names),
# "2020-2025", "2021-2026", "2021-2025" (terms and periods), "Quý I" (a period).
# --------------------------------------------------------------------------
D03 = dict(name="03_tuyenquang-chiemhoa-muc-tieu-ntm-2025", kind="target", year=2025, records=[
    R("có «60% xã", "xã đạt chuẩn nông thôn mới", ">=", 60),
    R("nông nghiệp chiếm «73,8%", "tỷ trọng ngành nông nghiệp", ">=", 73.8),
    R("lâm nghiệp chiếm «20,9%", "tỷ trọng lâm nghiệp", ">=", 20.9),
    R("thủy sản chiếm «5,2%", "tỷ trọng thủy sản", ">=", 5.2),
    R("5,2%; «60% xã", "xã đạt chuẩn nông thôn mới", ">=", 60),
])

# --------------------------------------------------------------------------
# 04 Trà Vinh, the province's completion of the new-countryside task (thuonghieucongluan.com.vn,
# the last of a series; cut: the photo captions "Thành phố Trà Vinh" and "Một góc thành phố Trà
# Vinh", each with the blank line before it; no byline, no stamp; the excerpt ends in "vốn ngân").
# Results, year 2024 ("kết quả ... năm 2024"). "Trà Vinh là tỉnh thứ 6 trong cả nước ... được
# công nhận hoàn thành nhiệm vụ" (rank, =, as "ở vị trí thứ 12"); "100% xã đạt chuẩn", "51 xã ...
# nâng cao, đạt 60%" (count and share), "9 xã ... kiểu mẫu", "9/9 huyện, thị xã, thành phố",
# "2 huyện Cầu Kè, Tiểu Cần" (nâng cao), "đạt 8/8 nội dung" (the province's contents met, a count
# as 01's criteria), "trên 2.071 tỷ đồng" (money, `>`). Not quantities: "Bài 6" (the article's
# number in its series), "321/QĐ-TTg", "567/QĐ-TTg" (documents), "8/3/2022", "11/3/2025", "năm
# 2024" (dates), the denominators "/9", "/8".
# --------------------------------------------------------------------------
D04 = dict(name="04_travinh-hoan-thanh-nhiem-vu-ntm-2024", kind="result", year=2024, records=[
    R("tỉnh thứ «6 trong", "tỉnh được công nhận hoàn thành nhiệm vụ xây dựng nông thôn mới, thứ tự trong cả "
      "nước", "=", 6, **RANK),
    R("có «100% xã", "xã đạt chuẩn nông thôn mới", "=", 100),
    R("«51 xã", "xã đạt chuẩn nông thôn mới nâng cao", "=", 51, **CNT),
    R("đạt «60% và", "xã đạt chuẩn nông thôn mới nâng cao", "=", 60),
    R("«9 xã đạt", "xã đạt chuẩn nông thôn mới kiểu mẫu", "=", 9, **CNT),
    R("«9/9 huyện", "huyện, thị xã, thành phố được Thủ tướng Chính phủ công nhận đạt chuẩn/hoàn thành "
      "nhiệm vụ xây dựng nông thôn mới", "=", 9, **CNT),
    R("có «2 huyện", "huyện được công nhận đạt chuẩn nông thôn mới nâng cao", "=", 2, **CNT),
    R("đạt «8/8 nội dung", "nội dung hoàn thành nhiệm vụ xây dựng nông thôn mới tỉnh Trà Vinh đã đạt", "=", 8,
      **CNT),
    R("trên «2.071 tỷ", "tổng nguồn vốn đầu tư triển khai thực hiện Chương trình Mục tiêu quốc gia xây dựng "
      "nông thôn mới", ">", 2071e9, **VND),
])

# --------------------------------------------------------------------------
# 05 Hậu Giang, the province's OCOP products rated at the provincial level (vov.gov.vn; cut: the
# byline "Cập nhật: 11/01/2023" (written as the first line `date 2023-01-11`), the two headlines of
# other news under it, and the lines "Từ khóa: ...", "Thể loại: Thời sự", "Tác giả:", "Nguồn tin:
# VOV1"). Results, year 2023. The title's "175 sản phẩm đạt chuẩn OCOP cấp tỉnh" and the body's
# "175 sản phẩm ... đạt chuẩn OCOP 3 sao và 4 sao cấp tỉnh" (two records, as a title's number is
# one like any other); "7 sản phẩm đủ điều kiện dự thi sản phẩm OCOP 5 sao cấp Trung ương". Not
# quantities: "11/1/2023" (the title's date), "hơn 5 năm" (a duration), "3 sao", "4 sao", "5 sao"
# (grades).
# --------------------------------------------------------------------------
D05 = dict(name="05_haugiang-san-pham-ocop-2023", kind="result", year=2023, records=[
    R("Hậu Giang có «175 sản phẩm đạt", "sản phẩm đạt chuẩn OCOP cấp tỉnh", "=", 175, **CNT),
    R("Giang có «175 sản phẩm được", "sản phẩm được hội đồng OCOP cấp tỉnh đánh giá đạt chuẩn OCOP 3 sao và 4 "
      "sao cấp tỉnh", "=", 175, **CNT),
    R("có «7 sản phẩm", "sản phẩm đủ điều kiện dự thi sản phẩm OCOP 5 sao cấp Trung ương", "=", 7, **CNT),
])

# --------------------------------------------------------------------------
# 06 Đồng Tháp, the year's new-countryside results (baodongthap.vn, a video page; cut: the byline
# "Cập nhật ngày: 12/12/2023 14:06:54", written as the first line `date 2023-12-12`, and the five
# lines "|" after the body). Results of 2023, "Ước tính" (an estimate of a result: `=`, as "ước
# đạt"): "có thêm 6 xã được công nhận đạt chuẩn nông thôn mới, 16 xã ... nâng cao; 3 đơn vị cấp
# huyện ...; 1 xã ... kiểu mẫu" (the communes and districts recognised during the year, counts of
# the year, as set84's "thêm 6 xã" with no total beside them; each its own subject).
# --------------------------------------------------------------------------
D06 = dict(name="06_dongthap-ket-qua-ntm-2023", kind="result", year=2023, records=[
    R("thêm «6 xã", "xã được công nhận đạt chuẩn nông thôn mới", "=", 6, **CNT),
    R("«16 xã", "xã được công nhận đạt chuẩn nông thôn mới nâng cao", "=", 16, **CNT),
    R("«3 đơn vị", "đơn vị cấp huyện đạt chuẩn nông thôn mới", "=", 3, **CNT),
    R("và «1 xã", "xã đạt chuẩn nông thôn mới kiểu mẫu", "=", 1, **CNT),
])

# --------------------------------------------------------------------------
# 07 Long An, a tag page's two items (danviet.vn; nothing cut; no byline, no stamp). Targets of
# "trong năm 2022": "phấn đấu có thêm 8 xã được công nhận đạt chuẩn nông thôn mới nâng cao" (a
# target stated as a change, `>=`, as set216's and set242's "thêm N xã") and "nâng tổng số ... lên
# 27 xã" (`>=`). The second item (Quảng Nam, Duy Trung commune) holds no quantity: "năm 2018" (a
# date).
# --------------------------------------------------------------------------
D07 = dict(name="07_longan-muc-tieu-xa-ntm-nang-cao-2022", kind="target", year=2022, records=[
    R("có thêm «8 xã", "xã được công nhận đạt chuẩn nông thôn mới nâng cao", ">=", 8, **CNT),
    R("lên «27 xã", "tổng số xã đạt chuẩn nông thôn mới nâng cao", ">=", 27, **CNT),
])

# --------------------------------------------------------------------------
# 08 Ninh Bình, Hoa Lư district's party committee page: the new-countryside results of the
# province 2021-2023, its grounds (huyenuyhoalu.vn; nothing cut; no byline, no stamp; the excerpt
# ends in "ban h"). A precision text, no record: "17 văn bản, trong đó, có 1 nghị quyết (...), 16
# quyết định" and "28 văn bản" count the documents issued to run the programme (the frame of the
# plan, as the spec's counts of tasks and its document numbers; a judgement); "Nghị quyết số 25",
# "28/7/2021", "khóa XV" (a document, a date, a name), "2021-2023", "2021-2025", "năm 2025"
# (periods and years), the list labels "I.".
# --------------------------------------------------------------------------
D08 = dict(name="08_ninhbinh-hoalu-van-ban-ntm-2023-precision", kind="result", year=2023, records=[])

# --------------------------------------------------------------------------
# 09 Quảng Trị, Hưng Yên, Thanh Hóa, Hà Tĩnh: five districts recognised by the Prime Minister
# (amp.baodautu.vn; cut: the photo caption "Sức sống mới trên huyện Văn Giang, tỉnh Hưng Yên. |";
# no byline, no stamp; the excerpt ends in "100% số xã đạt chuẩn"). A precision text: five
# decision numbers and five years. Results, year 2024 (the latest year the text names; the figures
# are "Đến nay", at the decisions). Văn Giang: "có 7 xã đã đạt xã nông thôn mới kiểu mẫu; 29 thôn
# đạt khu dân cư nông thôn mới kiểu mẫu" (counts); Vĩnh Linh: "100% số xã đạt chuẩn" (=, the
# predicate cut by the excerpt's end). Not quantities: "834/QĐ-TTg" ... "840/QĐ-TTg" (documents),
# "năm 2024", "năm 2023" (the years of the standards), "chỉ đạo 5 huyện được công nhận" (the five
# districts just listed, named again as the addressees of an instruction, as 01's "UBND 3 tỉnh"),
# "hoàn thiện 9 tiêu chí nông thôn mới với 36 chỉ tiêu cấp huyện" (the make-up of the district
# criteria, spec's parts of an index; unlike 01's "đạt 9/9 tiêu chí", no value reached is stated).
# --------------------------------------------------------------------------
D09 = dict(name="09_quangtri-hungyen-huyen-dat-chuan-ntm-2024-precision", kind="result", year=2024, records=[
    R("có «7 xã", "xã đã đạt xã nông thôn mới kiểu mẫu", "=", 7, **CNT, place="Văn Giang"),
    R("; «29 thôn", "thôn đạt khu dân cư nông thôn mới kiểu mẫu", "=", 29, **CNT, place="Văn Giang"),
    R("«100% số xã", "số xã đạt chuẩn", "=", 100, place="Vĩnh Linh"),
])

# --------------------------------------------------------------------------
# 10 The country's new-countryside and OCOP figures of mid-2021, on Nam Định's news site
# (tintucnamdinh.vn; nothing cut; no byline, no stamp). Results "tính đến cuối tháng 6-2021":
# year 2021. "5.343/8.267 xã đạt chuẩn" (count), "bình quân đạt 16,68 tiêu chí/xã" (unit other,
# "tiêu chí/xã", as set216), "351 xã ... nâng cao", "38 xã ... kiểu mẫu", "192/664 đơn vị cấp
# huyện thuộc 51 tỉnh, thành phố" (two counts: the districts and the provinces they stand in, as
# set193's teams "tại 7 thôn"), "Có 12 tỉnh, thành có 100% số xã đạt chuẩn NTM" (the count; the
# 100% qualifies the group: NOT), "có 4 tỉnh được ... công nhận hoàn thành", "có 61 tỉnh, thành
# phố ... tổ chức đánh giá, phân hạng sản phẩm", "công nhận 4.847 sản phẩm OCOP đạt 3 sao trở lên
# với trên 2.655 chủ thể (hợp tác xã chiếm 37,9%)" (count, `>` count, share), and the three grades'
# shares "62,2% sản phẩm 3 sao, 36,1% sản phẩm 4 sao và 1,7% sản phẩm tiềm năng 5 sao" (each its
# own subject). Not quantities: "tăng 202 xã", "tăng 109 xã", "tăng 17 xã", "tăng 14 đơn vị" (a
# result's change against an earlier value, spec), "cuối năm 2020", "6-2021" (dates), the
# denominators "/8.267", "/664", "3 sao" (grade in the subject).
# --------------------------------------------------------------------------
D10 = dict(name="10_namdinh-ca-nuoc-xa-ntm-ocop-2021", kind="result", year=2021, records=[
    R("có «5.343/8.267 xã", "xã đạt chuẩn nông thôn mới (NTM) cả nước", "=", 5343, **CNT),
    R("bình quân đạt «16,68", "bình quân tiêu chí/xã", "=", 16.68, **CRIT),
    R("có «351 xã", "xã đạt chuẩn NTM nâng cao", "=", 351, **CNT),
    R("và «38 xã", "xã đạt chuẩn NTM kiểu mẫu", "=", 38, **CNT),
    R("có «192/664 đơn vị", "đơn vị cấp huyện đã được Thủ tướng Chính phủ công nhận hoàn thành nhiệm vụ/đạt "
      "chuẩn NTM", "=", 192, **CNT),
    R("thuộc «51 tỉnh", "tỉnh, thành phố trực thuộc Trung ương có đơn vị cấp huyện hoàn thành nhiệm vụ/đạt "
      "chuẩn NTM", "=", 51, **CNT),
    R("Có «12 tỉnh", "tỉnh, thành có số xã đạt chuẩn NTM", "=", 12, **CNT),
    R("có «4 tỉnh", "tỉnh được Thủ tướng Chính phủ công nhận hoàn thành nhiệm vụ xây dựng NTM", "=", 4, **CNT),
    R("có «61 tỉnh", "tỉnh, thành phố tổ chức đánh giá, phân hạng sản phẩm OCOP", "=", 61, **CNT),
    R("công nhận «4.847 sản phẩm", "sản phẩm OCOP đạt 3 sao trở lên được công nhận", "=", 4847, **CNT),
    R("trên «2.655 chủ thể", "chủ thể tham gia OCOP", ">", 2655, **CNT),
    R("chiếm «37,9%", "hợp tác xã trong số chủ thể OCOP", "=", 37.9),
    R("«62,2% sản phẩm", "sản phẩm OCOP 3 sao", "=", 62.2),
    R("«36,1% sản phẩm", "sản phẩm OCOP 4 sao", "=", 36.1),
    R("«1,7% sản phẩm", "sản phẩm OCOP tiềm năng 5 sao", "=", 1.7),
], NOT=["có «100% số xã"])

# --------------------------------------------------------------------------
# 11 Quảng Ngãi, OCOP rating lagging in August 2024 (danviet.vn, a tag page's item; nothing cut; no
# byline, no stamp). Results "Tính đến tháng 8/2024": year 2024. "mới có 3 huyện, thành của tỉnh
# tổ chức đánh giá, phân hạng" and "cấp giấy chứng nhận OCOP 13 sản phẩm đạt OCOP 3 sao" (counts).
# Not quantities: "năm 2024", "8/2024" (dates), "3 sao" (a grade).
# --------------------------------------------------------------------------
D11 = dict(name="11_quangngai-ocop-3-sao-2024", kind="result", year=2024, records=[
    R("có «3 huyện", "huyện, thành của tỉnh tổ chức đánh giá, phân hạng và cấp giấy chứng nhận OCOP", "=", 3,
      **CNT),
    R("OCOP «13 sản phẩm", "cấp giấy chứng nhận OCOP sản phẩm đạt OCOP 3 sao", "=", 13, **CNT),
])

# --------------------------------------------------------------------------
# 12 Thái Bình's newspaper on the national OCOP programme's targets 2021-2025 (baothaibinh.com.vn;
# cut: the site's date line "Thứ 7, 09/12/2023, 12:24[GMT+7]", the byline "Thứ 6, 06/10/2023 |
# 14:34:16" (written as the first line `date 2023-10-06`), the view counter "1,039 lượt xem" and the
# source line "Theo nhandan.vn"). Targets "đến năm 2025": year 2025. "có ít nhất 10.000 sản phẩm
# OCOP từ 3 sao trở lên" (`>=`); "có khoảng 400-500 sản phẩm OCOP đạt 5 sao" (a range: `between`,
# 400-500; the "khoảng" before a range stated once, as the spec's "từ 15-20%"). Not quantities:
# "919/QĐ-TTg" (a document), "2021-2025" (a period), "3 sao", "5 sao" (grades).
# --------------------------------------------------------------------------
D12 = dict(name="12_thaibinh-muc-tieu-ocop-2025", kind="target", year=2025, records=[
    R("ít nhất «10.000 sản phẩm", "sản phẩm OCOP từ 3 sao trở lên", ">=", 10000, **CNT),
    R("khoảng «400-500", "sản phẩm OCOP đạt 5 sao", "between", 400, **CNT, value_max=500),
])

# --------------------------------------------------------------------------
# 13 Thanh Hóa, Xuân Hòa commune's review of its emulation movement 2020-2025 (baothanhhoa.vn; the
# stamp " date 2025-09-09" written as the first line; cut: the photo captions "Lãnh đạo xã Xuân Hòa
# trao Giấy khen ..." and "Toàn cảnh hội nghị.", each with the blank line after it; the excerpt ends
# in "bình quân đầu"). Results, year 2025. "Thu ngân sách 5 năm của xã đạt 838,3 tỷ đồng" (money),
# "thu nhập bình quân đầu người năm 2025 ước đạt 77,3 triệu đồng" (money, `=`), "62 ngôi nhà" and
# "hơn 3,3 tỷ đồng" (`>`), "4 sản phẩm đã được công nhận sản phẩm OCOP", "6/27 thôn đã đạt chuẩn
# nông thôn mới kiểu mẫu" (the model villages, count). NOT: "tỷ lệ hộ nghèo giảm bình quân
# 1,9%/năm" (a result's change, spec). Not quantities: "9/9" (a date), "2020-2025", "2025-2030",
# "5 năm", "năm 2030" (periods), the denominator "/27".
# --------------------------------------------------------------------------
D13 = dict(name="13_thanhhoa-xuanhoa-thon-kieu-mau-ocop-2025", kind="result", year=2025, records=[
    R("xã đạt «838,3 tỷ", "thu ngân sách 5 năm của xã", "=", 838.3e9, **VND),
    R("ước đạt «77,3 triệu", "thu nhập bình quân đầu người", "=", 77.3e6, **VND),
    R("được «62 ngôi nhà", "ngôi nhà cho hộ nghèo, gia đình chính sách xã đã vận động xây dựng được", "=", 62,
      **CNT),
    R("hơn «3,3 tỷ", "tổng kinh phí xây dựng nhà cho hộ nghèo, gia đình chính sách", ">", 3.3e9, **VND),
    R("có «4 sản phẩm", "sản phẩm đã được công nhận sản phẩm OCOP", "=", 4, **CNT),
    R("nay, «6/27 thôn", "thôn đã đạt chuẩn nông thôn mới kiểu mẫu", "=", 6, **CNT),
], NOT=["bình quân «1,9%/năm"])

# --------------------------------------------------------------------------
# 14 Nghệ An, Diễn Liên commune (Diễn Châu) receiving its new-countryside certificate (baonghean.vn;
# the stamp " date 2020-11" written as the first line; cut: the photo caption "Đồng chí Nguyễn Văn
# Hằng trao Bằng khen ... Ảnh: Võ Văn Chính" with the blank line after it). Results, year 2020 (the
# stamp; the income "năm 2020"). "trên 293 tỷ đồng" (`>`), "216 tỷ đồng (chiếm 77% ...)" (money and
# share), "100% tuyến đường trong xã đã được đổ bê tông", "đạt trên 36 triệu đồng/năm" (money, `>`,
# unit_text "đồng" as the decided case's money), "Tỷ lệ hộ nghèo ... còn 0,64%" (=). Not
# quantities: "Sau 9 năm" (a duration).
# --------------------------------------------------------------------------
D14 = dict(name="14_nghean-dienlien-xa-dat-chuan-ntm-2020", kind="result", year=2020, records=[
    R("trên «293 tỷ", "tổng nguồn lực huy động xây dựng nông thôn mới", ">", 293e9, **VND),
    R("góp «216 tỷ", "vốn nhân dân đóng góp xây dựng nông thôn mới", "=", 216e9, **VND),
    R("chiếm «77%", "vốn nhân dân đóng góp trong tổng nguồn vốn xây dựng NTM của xã", "=", 77),
    R("«100% tuyến", "tuyến đường trong xã đã được đổ bê tông", "=", 100),
    R("trên «36 triệu", "bình quân thu nhập đầu người", ">", 36e6, **VND),
    R("còn «0,64%", "tỷ lệ hộ nghèo theo tiêu chí mới", "=", 0.64),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
