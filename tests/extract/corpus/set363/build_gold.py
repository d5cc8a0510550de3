#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set363).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (goldkit.clause_span).

Each document may also list NOT: locators of percentages deliberately left without a record (a
result's change against an earlier value); check_gold.py verifies that every percentage has a
record or a NOT entry.

Each record carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue indicator
it measures, or null. The catalogue (muctieu/catalog/data/indicators.yaml) holds no indicator of
waste collection, landfills or waste-to-energy plants, so every record of this set has id null (see
README, "Catalogue labels").

The set's theme is domestic waste: tonnes a day, plants' capacities, investments, shares. Units
other than % and count are written as on the page (`unit_text`): "tấn/ngày", "tấn", "MW", "đồng"
(the magnitude word multiplied in, spec), "USD", "kWh/năm". The decisions common to the set (see
README, "Decisions where the spec is silent"): a planned or proposed plant's capacity and
investment are targets (a bare number `>=`, "khoảng" `~`, a range `between`); an operating plant's
capacity and the tonnes generated or received are results; a site's or a building's area ("diện
tích 12 ha", "250 m2") is a size, not a quantity; a duration ("khoảng 3 năm", "22 tháng", "24
h/ngày") is a time, not a quantity; "một trong 21 dự án" and "3 huyện Yên Phong, Gia Bình và
Lương Tài" name a group's size, not a quantity; pillar null throughout (no text has a digital-
transformation heading).

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

TY = 1e9
OTHER = functools.partial(dict, unit="other")
TPD = OTHER(unit_text="tấn/ngày")
TAN = OTHER(unit_text="tấn")
DONG = OTHER(unit_text="đồng")
MW = OTHER(unit_text="MW")
GEN = "lượng chất thải rắn sinh hoạt phát sinh"

# --------------------------------------------------------------------------
# 01 Nghệ An, the Department of Planning and Investment inviting investors for a domestic-waste
# plant in Đô Lương district, with the province's waste figures, spring 2023
# (doanhnghiepkinhtexanh.vn; cut: the image file name "rac-1681873027.jpg" and the caption "Ảnh minh
# họa." with the blank line after it; no byline, no stamp; the excerpt ends in "Trong đó, t").
# Year 2023 (the dates "23/02/2023", "19/5/2023", the only year). The planned plant (targets, year
# 2023): the title's "gần 84 tỷ đồng" (~), "tổng mức đầu tư 83,916 tỷ đồng" (>=, a bare number),
# "Công suất thiết kế 140 tấn/ngày đêm, tương ứng 51.100 tấn/năm" (>=, two records, units as
# written). The province's results: "phát sinh khoảng 1.741,78 tấn/ngày" (~), "khu vực đô thị có
# trên 1.000 tấn/ngày và khu vực nông thôn trên 700 tấn/ngày" (>, scopes "khu vực đô thị", "khu vực
# nông thôn": a split by population group, spec), "thu gom được khoảng hơn 1.400 tấn/ngày" (>:
# "hơn" the word next to the number, as an earlier set's "khoảng hơn 271.000 POS"), "đạt 81% so với
# thực tế đặt ra" (=: the share collected of what is generated, "so với" naming the denominator).
# Not quantities: "2 tầng" (a building's storeys), "250 m2", "2.500 m2", "150 m2", "24 m2" (the
# buildings' areas: sizes), "23/02/2023", "19/5/2023" (dates).
# --------------------------------------------------------------------------
D01 = dict(name="01_nghean-doluong-nha-may-rac-2023", kind="result", year=2023, records=[
    R("sinh hoạt gần «84 tỷ", "tổng mức đầu tư Dự án Nhà máy xử lý rác thải sinh hoạt", "~", 84 * TY, **DONG,
      **T),
    R("đầu tư «83,916 tỷ", "tổng mức đầu tư Dự án Nhà máy xử lý rác thải sinh hoạt tại xã Hồng Sơn, huyện Đô "
      "Lương", ">=", 83.916 * TY, **DONG, **T),
    R("thiết kế «140 tấn", "công suất thiết kế nhà máy xử lý rác thải sinh hoạt", ">=", 140,
      **OTHER(unit_text="tấn/ngày đêm"), **T),
    R("tương ứng «51.100 tấn", "công suất thiết kế nhà máy xử lý rác thải sinh hoạt", ">=", 51100,
      **OTHER(unit_text="tấn/năm"), **T),
    R("khoảng «1.741,78 tấn", GEN + " trên toàn tỉnh", "~", 1741.78, **TPD),
    R("có trên «1.000 tấn", GEN, ">", 1000, **TPD, scope="khu vực đô thị"),
    R("nông thôn trên «700 tấn", GEN, ">", 700, **TPD, scope="khu vực nông thôn"),
    R("khoảng hơn «1.400 tấn", "lượng rác thải sinh hoạt địa phương thu gom được", ">", 1400, **TPD),
    R("đạt «81% so", "rác thải sinh hoạt thu gom được so với thực tế", "=", 81),
])

# --------------------------------------------------------------------------
# 02 Đà Nẵng, the Department of Agriculture and Environment answering voters on the three
# waste-to-energy projects, November 2025 (nld.com.vn; the stamp " date 2025-11-12" written as the
# first line; cut: the rest of the stamped line, the paper's hotline "HOTLINE: 0903.343.439 - HOTLINE
# Phát hành: 0819.123.127 - ĐẶT MUA BÁO", the section label "Vùng miền Miền Trung - Tây Nguyên", the
# byline "B.Vân", the photo captions "Tiến độ 3 dự án ... - Ảnh 1." and "Bãi rác Khánh Sơn, nơi xử lý
# rác ..." with the blank lines after them; the excerpt ends in "đấu th"). Year 2025 (the stamp; the
# targets name no year of their own, so the document's, as the spec's stamp case). Result: "đã kêu
# gọi đầu tư thực hiện 3 dự án xử lý chất thải rắn bằng công nghệ đốt rác phát điện" (=, count).
# Targets (planned plants' capacities, >=, a bare number): "650 tấn/ngày", "1.000 tấn/ngày", "800
# tấn/ngày". Not quantities: the title's and the lead's "3 dự án" (the group named again, its size
# once recorded in the body; a judgement, as set193's "15 xã ... bao gồm"), "12-11" (a date).
# --------------------------------------------------------------------------
D02 = dict(name="02_danang-ba-du-an-dot-rac-2025", kind="result", year=2025, records=[
    R("thực hiện «3 dự án", "dự án xử lý chất thải rắn bằng công nghệ đốt rác phát điện thành phố đã kêu gọi "
      "đầu tư", "=", 3, **CNT),
    R("công suất «650 tấn", "công suất dự án nhà máy đốt rác phát điện tại khu vực bãi rác Khánh Sơn", ">=", 650,
      **TPD, **T),
    R("sinh hoạt «1.000 tấn", "công suất Nhà máy xử lý rác sinh hoạt dự kiến thực hiện tại bãi rác Khánh Sơn",
      ">=", 1000, **TPD, **T),
    R("công suất «800 tấn", "công suất Nhà máy xử lý rác thải và phát điện Quảng Nam", ">=", 800, **TPD, **T),
])

# --------------------------------------------------------------------------
# 03 TP. Hồ Chí Minh, the start of the Tâm Sinh Nghĩa waste-to-energy plant in Củ Chi
# (thuonghieucongluan.com.vn; cut: the masthead "Cơ quan Trung ương của Hiệp hội Chống hàng giả &
# Bảo vệ thương hiệu Việt Nam", the widget "  • Click để copy" with the blank line after it, the
# photo caption "Phối cảnh nhà máy đốt rác phát điện Tâm Sinh Nghĩa tại Củ Chi" (two identical lines)
# with the blank line after the second; no byline, no stamp; the excerpt ends in "9.800 tấn r").
# The text's only year is "dự kiến hoàn thành cuối năm 2025", the completion of phase one: the
# phase-one targets (title and lead: "6.400 tỷ đồng" twice, "2.000-2.600 tấn" between, "60 MW/ngày")
# are given 2025; the later phases' "6.000 và 8.600 tấn mỗi ngày" and "130 và 200 MW" (two records
# each, the shared unit on both) have no year (null), nor has the result "Hiện mỗi ngày TP HCM phát
# sinh 9.800 tấn" (=, "tấn"; null: the page's date is not in the excerpt). Not quantities: none
# else ("giai đoạn một" is a word).
# --------------------------------------------------------------------------
D03 = dict(name="03_tphcm-tam-sinh-nghia-dot-rac", kind="target", year=None, records=[
    R("phát điện «6.400 tỷ đồng\n", "vốn đầu tư nhà máy đốt rác phát điện Tâm Sinh Nghĩa", ">=", 6400 * TY,
      **DONG, year=2025),
    R("tổng vốn «6.400 tỷ", "tổng vốn đầu tư giai đoạn một Nhà máy Tâm Sinh Nghĩa", ">=", 6400 * TY, **DONG,
      year=2025),
    R("đốt rác «2.000-2.600 tấn", "công suất đốt rác giai đoạn một Nhà máy Tâm Sinh Nghĩa", "between", 2000,
      value_max=2600, **TAN, year=2025),
    R("phát điện «60 MW/ngày", "phát điện giai đoạn một Nhà máy Tâm Sinh Nghĩa", ">=", 60,
      **OTHER(unit_text="MW/ngày"), year=2025),
    R("lên «6.000 và", "công suất đốt rác Nhà máy Tâm Sinh Nghĩa trong các giai đoạn sau", ">=", 6000,
      **OTHER(unit_text="tấn mỗi ngày")),
    R("và «8.600 tấn", "công suất đốt rác Nhà máy Tâm Sinh Nghĩa trong các giai đoạn sau", ">=", 8600,
      **OTHER(unit_text="tấn mỗi ngày")),
    R("điện «130 và", "mức phát điện Nhà máy Tâm Sinh Nghĩa trong các giai đoạn sau", ">=", 130, **MW),
    R("và «200 MW", "mức phát điện Nhà máy Tâm Sinh Nghĩa trong các giai đoạn sau", ">=", 200, **MW),
    R("phát sinh «9.800 tấn", "lượng rác thải TP HCM phát sinh mỗi ngày", "=", 9800, **TAN, **RES),
])

# --------------------------------------------------------------------------
# 04 Bắc Ninh, the Thăng Long waste-to-energy plant in Quế Võ running since May 2025
# (soha.vn; nothing cut; no byline, no stamp; the excerpt ends in "vận hành th"). Year 2025 ("từ
# ngày 5/5/2025", "hiện"). Results of an operating plant: "tổng vốn đầu tư khoảng 1.400 tỷ đồng
# (tương đương 58,3 triệu USD)" (~, then the bracket's = , "USD", spec's bracket), "công suất xử lý
# 500 tấn rác/ngày" (=), "công suất phát điện đạt 11 MW" (=), "khoảng 350 tấn rác thải sinh hoạt mỗi
# ngày" (~, "tấn"); the province: "16 khu công nghiệp", "12 khu", "gần 2.000 doanh nghiệp" (~),
# "khoảng 300.000 lao động" (~) (counts), "khoảng 1.100 tấn rác thải sinh hoạt" (~, "tấn"), "tổng
# công suất xử lý khoảng 1.500 tấn/ngày" (~). Not quantities: "khoảng 5ha" (the site's size),
# "5/5/2025" (a date), "tăng trung bình 7 - 10% mỗi năm" (a result's change against an earlier
# value, spec; NOT), "bốn", "một", "hai" nhà máy (words, no digit).
# --------------------------------------------------------------------------
D04 = dict(name="04_bacninh-thang-long-dien-rac-2025", kind="result", year=2025, records=[
    R("khoảng «1.400 tỷ", "tổng vốn đầu tư Dự án Nhà máy điện rác Thăng Long - Bắc Ninh", "~", 1400 * TY, **DONG),
    R("tương đương «58,3 triệu", "tổng vốn đầu tư Dự án Nhà máy điện rác Thăng Long - Bắc Ninh", "=", 58.3e6,
      **OTHER(unit_text="USD")),
    R("xử lý «500 tấn", "công suất xử lý Nhà máy điện rác Thăng Long - Bắc Ninh", "=", 500,
      **OTHER(unit_text="tấn rác/ngày")),
    R("đạt «11 MW", "công suất phát điện Nhà máy điện rác Thăng Long - Bắc Ninh", "=", 11, **MW),
    R("khoảng «350 tấn", "rác thải sinh hoạt Nhà máy điện rác Thăng Long - Bắc Ninh tiếp nhận và xử lý mỗi ngày",
      "~", 350, **TAN),
    R("có «16 khu", "khu công nghiệp được triển khai", "=", 16, **CNT),
    R("đó «12 khu", "khu công nghiệp đã đi vào hoạt động", "=", 12, **CNT),
    R("gần «2.000 doanh", "doanh nghiệp thu hút vào khu công nghiệp", "~", 2000, **CNT),
    R("khoảng «300.000 lao", "lao động được tạo việc làm", "~", 300000, **CNT),
    R("khoảng «1.100 tấn", "rác thải sinh hoạt Bắc Ninh phát sinh mỗi ngày", "~", 1100, **TAN),
    R("khoảng «1.500 tấn", "tổng công suất xử lý nhà máy đốt rác phát điện", "~", 1500, **TPD),
], NOT=["trung bình «7 - 10%"])

# --------------------------------------------------------------------------
# 05 Đồng Nai, the planned waste-to-energy plant at Vĩnh Tân, Vĩnh Cửu district (baodautu.vn; cut:
# the list of links to other articles at the head, "-" and six lines ending in " -" or a title, and
# the photo caption "Phối cảnh nhà máy đốt rác phát điện tại Đồng Nai do một doanh nghiệp đề xuất.
# |"; no byline, no stamp; the excerpt ends in "lựa chọn nhà"). Targets of a planned plant: phase 1
# "800 tấn rác thải/ngày", "20 MW"; phase 2 "1.200 tấn/ngày", "30 MW" (>=, each phase in its
# indicator, scope null: a phase is not a level or group); "tổng mức đầu tư 2.286 tỷ đồng" (>=).
# Year null: no year is the target's ("khởi công trong năm 2023" is the start of works; the
# resolution's "22/9/2022" a date). Not quantities: "diện tích 12 ha", "Khu quy hoạch xử lý rác
# thải 50 ha" (sites' sizes), "khoảng 3 năm" (a duration), "28/NQ-HĐND", "22/9/2022", "2023"
# (document, dates), "giai đoạn 1", "giai đoạn 2" (labels).
# --------------------------------------------------------------------------
D05 = dict(name="05_dongnai-vinh-tan-dot-rac-2023", kind="target", year=None, records=[
    R("xử lý «800 tấn", "công suất xử lý giai đoạn 1 Nhà máy xử lý rác thải sinh hoạt phát điện Vĩnh Tân", ">=",
      800, **OTHER(unit_text="tấn rác thải/ngày")),
    R("phát điện «20 MW", "công suất phát điện giai đoạn 1 Nhà máy xử lý rác thải sinh hoạt phát điện Vĩnh Tân",
      ">=", 20, **MW),
    R("rác thải «1.200 tấn", "công suất xử lý giai đoạn 2 Nhà máy xử lý rác thải sinh hoạt phát điện Vĩnh Tân",
      ">=", 1200, **TPD),
    R("phát điện «30 MW", "công suất phát điện giai đoạn 2 Nhà máy xử lý rác thải sinh hoạt phát điện Vĩnh Tân",
      ">=", 30, **MW),
    R("đầu tư «2.286 tỷ", "tổng mức đầu tư dự án Nhà máy xử lý rác thải sinh hoạt phát điện Vĩnh Tân", ">=",
      2286 * TY, **DONG),
])

# --------------------------------------------------------------------------
# 06 Bắc Ninh, the Lương Tài waste-to-energy plant allowed to take waste for its trial run
# (stnmt.bacninh.gov.vn; nothing cut: the visitor counter "Thống kê truy cập / Online : 4369 / Đã
# truy cập : 119312639" is kept as page text, page furniture the contract excludes). A precision
# text, no record: "1-11" (a date), "3 huyện Yên Phong, Gia Bình và Lương Tài" (the size of the
# group the names list), "năm 2024", "giai đoạn 2019-2025" (dates), "4369", "119312639" (page
# furniture). Year 2024 (the only year of the text's own).
# --------------------------------------------------------------------------
D06 = dict(name="06_bacninh-luongtai-van-hanh-thu-2024-precision", kind="result", year=2024, records=[])

# --------------------------------------------------------------------------
# 07 Cần Thơ (after the 2025 merger with Hậu Giang and Sóc Trăng), calling for investment in waste
# plants, August 2025 (nld.com.vn; the stamp " date 2025-08-18" written as the first line, the rest
# of that line following on the second; cut: the photo caption "Một bãi rác tại xã Đông Hiệp, TP Cần
# Thơ" with the blank line after it; no byline). Year 2025 (the stamp). Results: the plants'
# capacities "400 tấn/ngày" (EB), "150 tấn rác/ngày" (Minh Thông), "400 tấn/ngày" (Hậu Giang),
# "315 tấn/ngày" (Sóc Trăng cũ), and "khu vực này chỉ phát sinh 160 tấn" (=, "tấn"). Targets (the
# department's decisions): "thống nhất tiếp nhận 240 tấn từ khu vực Cần Thơ" (>=, "tấn"), "lập kế
# hoạch đưa khoảng 40.000 tấn rác" (~). Not quantities: "2 hướng xử lý" (a count of solutions,
# spec), "giai đoạn 2" (a label).
# --------------------------------------------------------------------------
D07 = dict(name="07_cantho-keu-goi-nha-may-rac-2025", kind="result", year=2025, records=[
    R("EB có công suất «400 tấn", "công suất Nhà máy Đốt rác phát điện EB", "=", 400, **TPD),
    R("công suất «150 tấn", "công suất Nhà máy Rác Minh Thông", "=", 150, **OTHER(unit_text="tấn rác/ngày")),
    R("Hậu Giang có công suất «400 tấn", "công suất Nhà máy Đốt rác phát điện Hậu Giang", "=", 400, **TPD),
    R("phát sinh «160 tấn", "lượng rác phát sinh khu vực Hậu Giang", "=", 160, **TAN),
    R("tiếp nhận «240 tấn", "lượng rác từ khu vực Cần Thơ Nhà máy Đốt rác phát điện Hậu Giang tiếp nhận xử lý",
      ">=", 240, **TAN, **T),
    R("khoảng «40.000 tấn", "lượng rác tại Cái Răng và Ô Môn đưa đến Nhà máy Đốt rác phát điện Hậu Giang xử lý",
      "~", 40000, **TAN, **T),
    R("rác «315 tấn", "công suất nhà máy xử lý rác khu vực tỉnh Sóc Trăng cũ", "=", 315, **TPD),
])

# --------------------------------------------------------------------------
# 08 Cần Thơ, the Department of Industry and Trade meeting China Gezhouba Group (CGGC) on a proposed
# waste-to-energy plant (tracuuquyhoach.com; cut: the photo caption "Ông Huỳnh Thanh Sử - Phó Giám
# đốc Sở Công Thương Cần Thơ phát biểu tại buổi làm việc. Ảnh: H.T"; no byline, no stamp; the
# excerpt ends in "Các đơn vị l"). Year null: "Chiều 28/11" names no year, nor does anything else.
# Targets (the proposal): "công suất xử lý 400 – 600 tấn rác/ngày" and "đốt 400 – 600 tấn rác mỗi
# ngày" (between, each its own record), "vốn đầu tư khoảng 1.200 – 1.500 tỷ đồng" (between; the
# magnitude word on both ends), "công suất phát điện từ 8-10 MW" (between), "khoảng 64 triệu
# kWh/năm" (~). Results: the investor's other plants "(công suất 1.200 MW)", "(công suất 70 MW)",
# "(công suất 600 MW)" (=, brackets that state a value, spec; place the project's province). Not
# quantities: "28/11" (a date), "số 2", "giai đoạn 1" (labels).
# --------------------------------------------------------------------------
D08 = dict(name="08_cantho-cggc-dien-rac-de-xuat", kind="target", year=None, records=[
    R("xử lý «400 – 600 tấn rác/ngày", "công suất xử lý dự án nhà máy đốt rác phát điện đề xuất hợp tác",
      "between", 400, value_max=600, **OTHER(unit_text="tấn rác/ngày")),
    R("khoảng «1.200 – 1.500 tỷ", "vốn đầu tư dự án nhà máy đốt rác phát điện", "between", 1200 * TY,
      value_max=1500 * TY, **DONG),
    R("đốt «400 – 600 tấn rác mỗi", "khả năng đốt rác của nhà máy", "between", 400, value_max=600,
      **OTHER(unit_text="tấn rác mỗi ngày")),
    R("từ «8-10 MW", "công suất phát điện của nhà máy", "between", 8, value_max=10, **MW),
    R("khoảng «64 triệu", "lượng điện nhà máy tạo ra", "~", 64e6, **OTHER(unit_text="kWh/năm")),
    R("suất «1.200 MW", "công suất Nhà máy nhiệt than Hải Dương", "=", 1200, **MW, **RES, place="Hải Dương"),
    R("suất «70 MW", "công suất dự án Điện gió Ninh Thuận và Bình Thuận", "=", 70, **MW, **RES),
    R("suất «600 MW", "công suất nhà máy nhiệt điện than Hải Phòng giai đoạn 1", "=", 600, **MW, **RES,
      place="Hải Phòng"),
])

# --------------------------------------------------------------------------
# 09 Kiên Giang, Phú Quốc's temporary waste plant at the Đồng Cây Sao dump opening in May 2024
# (tienphong.vn; cut: the audio player "0:00 / 0:00" and "0:00", the photo captions "Phú Quốc có nhà
# máy xử lý rác tạm ảnh 1" and "Khu vực bãi rác tạm Đồng Cây Sao, xã Cửa Dương, TP. Phú Quốc." with
# the blank lines after them, and the label "MỚI - NÓNG" with the blank line before it; no byline,
# no stamp). Year 2024 ("Ngày 9/5" of the contract period "từ tháng 5/2024"). Results: "công suất xử
# lý rác khoảng 250 tấn/ngày" (~), the sorted shares "(chiếm 45%)", "5%", "chiếm 50%" (=, each its own
# kind of waste), "2 lò đốt" (count), "công suất 144 tấn/ngày" (=), "Trị giá hợp đồng xử lý rác trên
# 55 tỷ đồng" (>), "tiếp nhận khoảng 200 tấn rác thải" (~, "tấn"). Not quantities: "3 loại" (the
# parts of a sorting), "24 h/ngày" (hours of work), "khoảng 12.000m2" (the site's size), "22 tháng"
# (a duration), "9/5", "năm 2026", "tháng 5/2024", "tháng 3/2026", "năm 2019" (dates).
# --------------------------------------------------------------------------
D09 = dict(name="09_kiengiang-phuquoc-dong-cay-sao-2024", kind="result", year=2024, records=[
    R("khoảng «250 tấn", "công suất xử lý rác Nhà máy xử lý rác tạm Đồng Cây Sao", "~", 250, **TPD),
    R("(chiếm «45%)", "rác trơ, mùn đất và rác khó đốt trong rác thô", "=", 45),
    R("kim loại «5%", "rác kim loại, phi kim loại trong rác thô", "=", 5),
    R("chiếm «50%", "rác đốt được trong rác thô", "=", 50),
    R("với «2 lò", "lò đốt", "=", 2, **CNT),
    R("công suất «144 tấn", "công suất lò đốt", "=", 144, **TPD),
    R("trên «55 tỷ", "trị giá hợp đồng xử lý rác", ">", 55 * TY, **DONG),
    R("khoảng «200 tấn", "rác thải bãi rác tạm Đồng Cây Sao tiếp nhận mỗi ngày", "~", 200, **TAN),
])

# --------------------------------------------------------------------------
# 10 An Giang (Phú Quốc special zone, after the 2025 merger with Kiên Giang), the Department of
# Agriculture and Environment at the December 2025 press briefing (sggp.org.vn; cut: the photo
# captions "Ông Võ Văn Lên, ... phát biểu tại cuộc họp", "Lượng khách đến Phú Quốc tăng nhanh ...",
# and the caption line "Nước rỉ rác từ các bãi tạm có nguy cơ chảy lan ra môi trường" (without the
# full stop; the body's sentence of the same words, with its full stop, kept), each with the blank
# line after it; no byline, no stamp; the excerpt ends in "địa phươn"). Year 2025 ("tháng 12-2025").
# Results: "khoảng 160 tấn/ngày" (~), "và 36,7 tấn/ngày từ khách du lịch" (=: "khoảng" read on the
# first number only), "rác thải đô thị phát sinh khoảng 104 tấn/ngày" (~; scope null: one value, the
# urban part in its subject, no split), "Từ tháng 3-2024 ... dây chuyền xử lý rác công suất 250
# tấn/ngày" (=, year 2024, the month it started). Target: the planned Bãi Bổn plant's "tổng vốn đầu
# tư 382 tỷ đồng" (>=, 2025, the document's year). Not quantities: "một trong 21 dự án trọng điểm"
# (the size of a group), "APEC 2027" (a name), "11-12", "tháng 12-2025", "tháng 3-2024" (dates).
# --------------------------------------------------------------------------
D10 = dict(name="10_angiang-phuquoc-rac-du-lich-2025", kind="result", year=2025, records=[
    R("khoảng «160 tấn", GEN + " của người dân tại Phú Quốc", "~", 160, **TPD),
    R("và «36,7 tấn", GEN + " từ khách du lịch", "=", 36.7, **TPD),
    R("khoảng «104 tấn", "rác thải đô thị phát sinh", "~", 104, **TPD),
    R("công suất «250 tấn", "công suất dây chuyền xử lý rác Phú Quốc đưa vào vận hành", "=", 250, **TPD,
      year=2024),
    R("tư «382 tỷ", "tổng vốn đầu tư dự án Nhà máy xử lý rác Bãi Bổn", ">=", 382 * TY, **DONG, **T),
])

# --------------------------------------------------------------------------
# 11 Bình Dương, the Nam Bình Dương waste treatment complex run by Biwase (thuonghieucongluan.com.vn;
# nothing cut: the photo caption "Trung tâm điều hành nhà máy xử lý rác phát điện 50MW (Ảnh: PLO)",
# on two identical lines, states a figure and is kept; no byline, no stamp; the excerpt ends in
# "vận hành v"). Year null: no year in the text. Results: "phát sinh hàng ngày khoảng 2,5 ngàn tấn"
# (~, 2500, "tấn"), "tổng công suất thiết kế xử lý các loại chất thải hơn 6,6 ngàn tấn/ngày" (>),
# "công suất thiết kế xử lý 3,5 ngàn tấn/ngày" (=), "công suất tiếp nhận thực tế khoảng 2,4 ngàn
# tấn/ngày" (~), "4 nhà máy phân loại rác" (count), the caption's "50MW" (=, one record on each of
# its two lines), "8 lò đốt chất thải" (count), "công suất 200 tấn/ngày" (=), "công suất phát điện
# 5MW" (=), "đáp ứng khoảng 80% nhu cầu điện" (~). Not quantities: "diện tích 100 ha" (the site's
# size), "loại A" (a label).
# --------------------------------------------------------------------------
PLANT50 = "nhà máy xử lý rác phát điện"
D11 = dict(name="11_binhduong-nam-binh-duong-xu-ly-rac", kind="result", year=None, records=[
    R("khoảng «2,5 ngàn", "lượng rác sinh hoạt phát sinh hàng ngày tỉnh Bình Dương", "~", 2500, **TAN),
    R("hơn «6,6 ngàn", "tổng công suất thiết kế xử lý các loại chất thải Khu Liên hợp xử lý chất thải rắn Nam "
      "Bình Dương", ">", 6600, **TPD),
    R("xử lý «3,5 ngàn", "công suất thiết kế xử lý hạng mục rác sinh hoạt", "=", 3500, **TPD),
    R("khoảng «2,4 ngàn", "công suất tiếp nhận thực tế hạng mục rác sinh hoạt", "~", 2400, **TPD),
    R("đầu tư «4 nhà máy", "nhà máy phân loại rác làm phân compost", "=", 4, **CNT),
    R("phát điện «50MW (Ảnh: PLO)\nTrung", "công suất " + PLANT50, "=", 50, **MW),
    R("phát điện «50MW (Ảnh: PLO)\n\n", "công suất " + PLANT50, "=", 50, **MW),
    R("đầu tư «8 lò", "lò đốt chất thải Biwase đầu tư", "=", 8, **CNT),
    R("công suất «200 tấn", "công suất lò đốt rác phát điện", "=", 200, **TPD),
    R("phát điện «5MW", "công suất phát điện lò đốt rác phát điện", "=", 5, **MW),
    R("khoảng «80% nhu", "nhu cầu điện cho hoạt động của khu xử lý lò đốt rác phát điện đáp ứng", "~", 80),
])

# --------------------------------------------------------------------------
# 12 The Ministry of Natural Resources and Environment's Official Letter 126/BTNMT-KSONMT (2025)
# asking the provinces to report on the environment criteria of the new-countryside programme
# (thuviennhadat.vn; nothing cut; the excerpt opens in "Kính gửi: Ủy" and ends in "cho gi"). A
# precision text, no record: "giai đoạn 2021 - 2025", "năm 2025", "22 tháng 02 năm 2022" (dates),
# "263/QĐ-TTg" (a decision's number). Year 2025 (the programme's end "đến hết năm 2025"; the
# address's "2025" is not in the text).
# --------------------------------------------------------------------------
D12 = dict(name="12_bo-tnmt-tieu-chi-moi-truong-ntm-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 13 The Ministry of Agriculture and Environment's Official Letter 832/BNNMT-MT of 8 April 2025 on
# domestic solid waste (luatvietnam.vn; nothing cut: the photo caption "Năm 2025, giảm tỷ lệ chôn
# lấp ... dưới 30%" and its second line "... dưới 30% (Ảnh minh họa)" state a figure and are kept;
# no byline, no stamp; the excerpt ends in "phục vụ quản"). A precision text among numbered tasks
# and document numbers, with one target stated three times (title, caption, caption): "Năm 2025,
# giảm tỷ lệ chôn lấp trực tiếp rác thải rắn sinh hoạt xuống dưới 30%" (<, 30, 2025; a level to
# reach, not a change: "xuống dưới" names the ceiling). Not quantities: "832/BNNMT-MT" (twice, a
# letter's number), "08/4/2025" (a date), "(1)", "(2)" (list labels).
# --------------------------------------------------------------------------
LANDFILL = "tỷ lệ chôn lấp trực tiếp rác thải rắn sinh hoạt"
D13 = dict(name="13_bo-nnmt-chon-lap-duoi-30-2025-precision", kind="target", year=2025, records=[
    R("xuống dưới «30%\n\nĐây", LANDFILL, "<", 30),
    R("xuống dưới «30%\nNăm", LANDFILL, "<", 30),
    R("xuống dưới «30% (Ảnh", LANDFILL, "<", 30),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
