#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set322: expressway and road
construction projects, 2023-2026).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of percentages deliberately left without a record (here
only a progress's lead or lag against the schedule, "nhanh 1,1% so với kế hoạch", "chậm khoảng 9,63%
so với kế hoạch": a change against a plan, spec); check_gold.py verifies that every percentage has a
record or a NOT entry.

Each record carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: the catalogue names no transport, construction or
public-investment indicator (its one money indicator is the funding of digital transformation), so
every id in this set is null (`iid=None`, the default).

The shorthand for units is built with functools.partial over goldkit.R (as set252 and set282 did):
KM (other, "km"), DONG (other, "đồng"), and the durations THANG ("tháng") and NAM ("năm").

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

KM = functools.partial(R, unit="other", unit_text="km")
DONG = functools.partial(R, unit="other", unit_text="đồng")
THANG = functools.partial(R, unit="other", unit_text="tháng")
NAM = functools.partial(R, unit="other", unit_text="năm")
B = 1e9  # "tỷ"/"tỉ"

# --------------------------------------------------------------------------
# 01 Khánh Hòa, the Vân Phong - Nha Trang expressway working through the days before Tết
# (thanhnien.vn; nothing cut; no byline, no stamp; the excerpt ends in "được giao)"). Results. Year:
# the disbursement is "năm 2023" (2023, with its share of the capital plan); the cumulative output of
# the two packages is stated for "now" with no year in the text (the address's "240202" is not in
# the text): year null. "lũy kế sản lượng đạt hơn 2.625 tỉ đồng (tương đương 36,8% giá trị hợp
# đồng)": two records (money >, then the share =, spec's bracket rule); "XL01 đạt 36,3%", "XL02 đạt
# 37,5%" (=, each its own package, scope null: a breakdown by kind of thing). "hơn 4.131 tỉ đồng
# (đạt gần 100% kế hoạch vốn được giao)": money (>) and the share of the allotted capital (`~`; the
# capital plan names the denominator, as the earlier sets' "giải ngân ... đạt 5,6% kế hoạch Thủ
# tướng Chính phủ giao", not a completion of a target). NOT: "nhanh 1,1% so với kế hoạch", "nhanh
# 3,2%" (a lead against the schedule: a change against a plan). Not quantities: "XL01", "XL02"
# (names), "2022" (the year of the carried-over capital, a date). Pillar null.
# --------------------------------------------------------------------------
D01 = dict(name="01_khanhhoa-van-phong-nha-trang-san-luong-2024", kind="result", year=None, records=[
    DONG("đạt hơn «2.625 tỉ", "lũy kế sản lượng hai gói thầu xây lắp", ">", 2625 * B),
    R("tương đương «36,8%", "lũy kế sản lượng hai gói thầu xây lắp tương đương giá trị hợp đồng", "=", 36.8),
    R("XL01 đạt «36,3%", "gói thầu XL01 đạt so với hợp đồng", "=", 36.3),
    R("XL02 đạt «37,5%", "gói thầu XL02 đạt so với hợp đồng", "=", 37.5),
    DONG("2022) hơn «4.131 tỉ", "nguồn vốn đã giải ngân năm 2023 (bao gồm cả vốn kéo dài 2022)", ">", 4131 * B,
         year=2023),
    R("đạt gần «100% kế", "nguồn vốn đã giải ngân năm 2023 đạt kế hoạch vốn được giao", "~", 100, year=2023),
], NOT=["nhanh «1,1% so", "(nhanh «3,2%)"])

# --------------------------------------------------------------------------
# 02 Đà Nẵng, Quảng Ngãi, Bình Định, Phú Yên: the four component projects of the North-South
# expressway and their opening targets for 2025 (thoibaotaichinhvietnam.vn; the stamp " date
# 2025-06" written as the first line; nothing cut; the excerpt ends in "(đoạn Km"). Year 2025 (the
# stamp; the targets' "dịp 19/8", "ngày 30/9" are of that year). Results (each project's size and
# progress): lengths "dài hơn 11 km" (>), "dài 88 km" (=), "hơn 70 km" (>), "gần 62 km" (~); the
# total investment "hơn 2.100 tỷ" (>), "khoảng 20.400 tỷ" (~), "hơn 12.400 tỷ" (>), "hơn 14.800
# tỷ" (>); the output as a share of the contract "đạt 64%" (=), "gần 64%" (~), "gần 73%" (~), "hơn
# 76%" (>); the lagging section "khoảng 2,5km ... nền đường đào chậm" (~, km). Targets ("Các dự án
# quyết tâm để thông xe kỹ thuật"): "khoảng 86 km" (~), its parts "toàn bộ 11,47 km" (a target's
# bare number, >=) and "khoảng 75 km" (~); "khoảng 114 km" (~) with "49 km", "24 km", "41,7 km"
# (>=, each its own project, scope null); "Riêng 30,1 km còn lại" (>=: the rest of the opening
# plan, its predicate cut off by the excerpt; a judgement). NOT: "nhanh so kế hoạch 0,49%", "chậm
# khoảng 9,63% so với kế hoạch", "nhanh so với kế hoạch khoảng 0,03%" (a lead or lag against the
# schedule). Not quantities: "3 xã", "2 tỉnh" (twice) (the places a route crosses, named after the
# number), "30/9", "19/8" (dates), "hầm số 3", "11-XL" (names), "Km 18+650 - Km 21+100" (chainages).
# --------------------------------------------------------------------------
D02 = dict(name="02_binhdinh-danang-cao-toc-thong-xe-2025", kind="result", year=2025, records=[
    KM("dài hơn «11 km", "chiều dài cao tốc Hòa Liên - Túy Loan", ">", 11),
    DONG("Tổng mức đầu tư hơn «2.100 tỷ", "tổng mức đầu tư cao tốc Hòa Liên - Túy Loan", ">", 2100 * B),
    R("thi công đạt «64% hợp", "sản lượng thi công cao tốc Hòa Liên - Túy Loan đạt hợp đồng", "=", 64),
    KM("dài «88 km", "chiều dài cao tốc Quảng Ngãi - Hoài Nhơn", "=", 88),
    DONG("khoảng «20.400 tỷ", "vốn đầu tư cao tốc Quảng Ngãi - Hoài Nhơn", "~", 20400 * B),
    R("đạt gần «64% hợp", "sản lượng thi công dự án Quảng Ngãi - Hoài Nhơn đạt hợp đồng", "~", 64),
    KM("dài hơn «70 km", "tổng chiều dài cao tốc Hoài Nhơn - Quy Nhơn", ">", 70),
    DONG("Tổng mức đầu tư hơn «12.400 tỷ", "tổng mức đầu tư cao tốc Hoài Nhơn - Quy Nhơn", ">", 12400 * B),
    R("đạt gần «73% hợp", "sản lượng thi công dự án Hoài Nhơn - Quy Nhơn đạt hợp đồng", "~", 73),
    KM("khoảng «2,5km", "đoạn gói thầu 11-XL nền đường đào chậm do đất rừng tự nhiên bàn giao chậm", "~", 2.5),
    KM("dài gần «62 km", "chiều dài cao tốc Quy Nhơn - Chí Thạnh", "~", 62),
    DONG("dự án hơn «14.800 tỷ", "tổng mức đầu tư dự án Quy Nhơn - Chí Thạnh", ">", 14800 * B),
    R("đạt hơn «76% hợp", "sản lượng thi công dự án Quy Nhơn - Chí Thạnh đạt hợp đồng", ">", 76),
    KM("19/8 khoảng «86 km", "cao tốc thông xe kỹ thuật dịp 19/8", "~", 86, **T),
    KM("toàn bộ «11,47 km", "dự án Hòa Liên - Túy Loan qua Đà Nẵng thông xe kỹ thuật dịp 19/8", ">=", 11.47, **T),
    KM("và khoảng «75 km", "cao tốc qua Bình Định thông xe kỹ thuật dịp 19/8", "~", 75, **T),
    KM("30/9 khoảng «114 km", "cao tốc thông xe kỹ thuật ngày 30/9", "~", 114, **T),
    KM("(gồm «49 km", "dự án Quảng Ngãi - Hoài Nhơn thông xe kỹ thuật ngày 30/9", ">=", 49, **T),
    KM(", «24 km thuộc", "dự án Hoài Nhơn - Quy Nhơn thông xe kỹ thuật ngày 30/9", ">=", 24, **T),
    KM("và «41,7 km", "dự án Quy Nhơn - Chí Thạnh thông xe kỹ thuật ngày 30/9", ">=", 41.7, **T),
    KM("Riêng «30,1 km", "km còn lại của các dự án", ">=", 30.1, **T),
], NOT=["kế hoạch «0,49%", "chậm khoảng «9,63%", "kế hoạch khoảng «0,03%"])

# --------------------------------------------------------------------------
# 03 Cà Mau, the Hậu Giang - Cà Mau component of the Cần Thơ - Cà Mau expressway two weeks before
# its opening (cafef.vn; the stamp " date 2025-12-02" written as the first line; nothing cut; the
# excerpt is one paragraph). Results of 2025: "khối lượng thi công đạt 80% giá trị hợp đồng" (=),
# the main route "đã thi công đạt khoảng 89% khối lượng" (~), "Lũy kế giải ngân ... đạt hơn 11.000
# tỷ đồng, đạt 75%" (money >, then the share =: a disbursement rate, as the earlier sets record
# them), "vốn năm 2025 đã giải ngân đạt khoảng 72%" (~). Not quantities: "19/12" (a date), "năm 2025".
# --------------------------------------------------------------------------
D03 = dict(name="03_camau-hau-giang-ca-mau-khoi-luong-2025", kind="result", year=2025, records=[
    R("công đạt «80% giá", "khối lượng thi công dự án thành phần Hậu Giang - Cà Mau đạt giá trị hợp đồng", "=", 80),
    R("đạt khoảng «89% khối", "tuyến chính ưu tiên thông xe đã thi công đạt khối lượng", "~", 89),
    DONG("đạt hơn «11.000 tỷ", "lũy kế giải ngân", ">", 11000 * B),
    R("đạt «75%", "lũy kế giải ngân", "=", 75),
    R("đạt khoảng «72%", "vốn năm 2025 đã giải ngân", "~", 72),
])

# --------------------------------------------------------------------------
# 04 Nghệ An, preparing the start of the Vinh - Thanh Thủy expressway for April 2026 (baomoi.net.vn;
# cut: the map caption "Bản đồ hướng tuyến tuyến cao tốc Vinh-Thanh Thủy." with the blank line that
# went with it; no byline, no stamp; the excerpt ends in "giao Sở Xây dựng"). Year 2026: the only
# year the text gives for the present is the start "đúng kế hoạch vào ngày 30/4/2026" (the meeting
# "Sáng 6/1" comes before it; "giai đoạn 2025-2029" is the project's period). Results (=/~, the
# approved project and the site-clearance survey): "chiều dài khoảng 60km" (~, km), "Tổng mức đầu
# tư khoảng 23.940 tỷ đồng" (~), "210 hộ dân bị ảnh hưởng đất ở", "113 hộ phải bố trí tái định
# cư", "10 khu tái định cư", "thuộc 6 xã", "3 xã không phát sinh nhu cầu tái định cư" (counts, =).
# Not quantities: "9 xã" (the communes the route crosses), "4 làn xe", "6 làn xe", "6 làn" (the
# design's class, as the earlier sets left widths out), "10 dự án thành phần", "1 dự án", "9 dự án"
# (the parts of a project, as the spec's parts of an index), "2025-2029", "6/1", "30/4/2026", "tháng
# 4" (dates). Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_nghean-vinh-thanh-thuy-khoi-cong-2026", kind="result", year=2026, records=[
    KM("chiều dài khoảng «60km", "chiều dài tuyến đường bộ cao tốc Vinh-Thanh Thủy", "~", 60),
    DONG("khoảng «23.940 tỷ", "tổng mức đầu tư dự án cao tốc Vinh-Thanh Thủy", "~", 23940 * B),
    R("Có «210 hộ", "hộ dân bị ảnh hưởng đất ở", "=", 210, **CNT),
    R("trong đó «113 hộ", "hộ phải bố trí tái định cư", "=", 113, **CNT),
    R("tại «10 khu", "khu tái định cư", "=", 10, **CNT),
    R("thuộc «6 xã", "xã có khu tái định cư", "=", 6, **CNT),
    R("; «3 xã", "xã không phát sinh nhu cầu tái định cư", "=", 3, **CNT),
])

# --------------------------------------------------------------------------
# 05 Khánh Hòa and Đắk Lắk, the ministry asking both provinces to speed up the Khánh Hòa - Buôn Ma
# Thuột expressway (vietnamplus.vn; the stamp " date 2025-10-13" written as the first line; nothing
# cut; the excerpt ends in "Dự án được c"). Year 2025. Targets: "phấn đấu hoàn thành 20km đầu tuyến
# ... trước ngày 19/12/2025" (>=, km), Khánh Hòa's plan for "11,5km còn lại để sớm hoàn thành" (>=;
# no date of its own: the document's year). Results: "tổng chiều dài 117,5km" (=), "tổng mức đầu tư
# gần 22.000 tỷ đồng" (~). Not quantities: "3 dự án thành phần", "Dự án thành phần 2", "3", "1" (parts
# and names), "19/12/2025" (a date), "4 làn xe", "17m" (the design's class and width).
# --------------------------------------------------------------------------
D05 = dict(name="05_khanhhoa-daklak-buon-ma-thuot-20km-2025", kind="result", year=2025, records=[
    KM("hoàn thành «20km", "km đầu tuyến thuộc Dự án thành phần 1 và Dự án thành phần 3 hoàn thành", ">=", 20, **T),
    KM("triển khai «11,5km", "km còn lại triển khai để sớm hoàn thành, đưa vào khai thác toàn bộ dự án", ">=", 11.5,
       **T),
    KM("chiều dài «117,5km", "tổng chiều dài dự án đường bộ cao tốc Khánh Hòa-Buôn Ma Thuột giai đoạn 1", "=", 117.5),
    DONG("gần «22.000 tỷ", "tổng mức đầu tư dự án cao tốc Khánh Hòa-Buôn Ma Thuột giai đoạn 1", "~", 22000 * B),
])

# --------------------------------------------------------------------------
# 06 An Giang, Cần Thơ, Hậu Giang, Sóc Trăng: the Châu Đốc - Cần Thơ - Sóc Trăng expressway and its
# four component projects (cafef.vn; the stamp " date 2025-04" written as the first line; nothing
# cut; the excerpt ends at the fourth project). Year 2025. Results (the approved projects' sizes):
# "tổng chiều dài 188,2km" (=), each project's "chiều dài khoảng N km" (~) and "sơ bộ tổng mức đầu tư
# N tỷ đồng" (=: "sơ bộ", preliminary, is no comparator word; a judgement), each its own project,
# scope null (a province is a place, not a level; no `place`: the page has no one province of its
# own). Not quantities: "4 tỉnh, thành phố", "4 làn xe", "4 dự án thành phần", "Dự án thành phần
# 1"... "4" (places crossed, the design's class, parts and names), "năm 2026", "năm 2027" (dates).
# --------------------------------------------------------------------------
D06 = dict(name="06_angiang-soctrang-chau-doc-can-tho-2025", kind="result", year=2025, records=[
    KM("dài «188,2km", "tổng chiều dài dự án cao tốc Châu Đốc-Cần Thơ-Sóc Trăng", "=", 188.2),
    KM("khoảng «57km", "chiều dài Dự án thành phần 1 (An Giang)", "~", 57),
    DONG("tư «13.799 tỷ", "sơ bộ tổng mức đầu tư Dự án thành phần 1 (An Giang)", "=", 13799 * B),
    KM("khoảng «37,4km", "chiều dài Dự án thành phần 2 (Cần Thơ)", "~", 37.4),
    DONG("tư «9.845 tỷ", "sơ bộ tổng mức đầu tư Dự án thành phần 2 (Cần Thơ)", "=", 9845 * B),
    KM("khoảng «6,7km", "chiều dài Dự án thành phần 3 (Hậu Giang)", "~", 6.7),
    DONG("tư «9.927 tỷ", "sơ bộ tổng mức đầu tư Dự án thành phần 3 (Hậu Giang)", "=", 9927 * B),
    KM("khoảng «58,4 km", "chiều dài Dự án thành phần 4 (Sóc Trăng)", "~", 58.4),
    DONG("tư «11.120 tỷ", "sơ bộ tổng mức đầu tư Dự án thành phần 4 (Sóc Trăng)", "=", 11120 * B),
])

# --------------------------------------------------------------------------
# 07 Bình Định, the provincial transport project board disbursing all of its 2023 capital
# (baobinhdinh.vn; cut: the reporter's byline "MINH HẰNG"; no stamp). Year 2023 ("kế hoạch vốn năm
# 2023"). Results: the title's "giải ngân đạt 100% vốn đầu tư công" and the body's "đạt 100% kế
# hoạch vốn năm 2023" (=, each a record: a title states its value like any sentence), "đã giải ngân
# 1.506 tỷ đồng" (=), "có 3 dự án ... đã được khánh thành đưa vào khai thác" (=, count). Not
# quantities: "km 137+580 - km 143+787" (chainages), "cầu số 2" (a name).
# --------------------------------------------------------------------------
D07 = dict(name="07_binhdinh-ban-giao-thong-giai-ngan-2023", kind="result", year=2023, records=[
    R("giải ngân đạt «100% vốn", "Ban quản lý dự án giao thông tỉnh giải ngân vốn đầu tư công", "=", 100),
    DONG("giải ngân «1.506 tỷ", "Ban quản lý dự án giao thông tỉnh đã giải ngân", "=", 1506 * B),
    R("đạt «100% kế", "Ban đã giải ngân kế hoạch vốn năm 2023 đã được tỉnh bố trí", "=", 100),
    R("có «3 dự án", "dự án đã được khánh thành đưa vào khai thác", "=", 3, **CNT),
])

# --------------------------------------------------------------------------
# 08 Vĩnh Long (thvl.vn, the province's television), the transport project board speeding up work
# from the start of 2023 (cut: the comment form's "Trả lời" and "Email của bạn sẽ không được hiển
# thị công khai. ..." with their blank lines; no byline, no stamp). Year 2023. Result: "đã được phân
# bổ trên 1.000 tỷ đồng" (>, money allotted, a value reached). Target: "Để đảm bảo giải ngân từ 95%
# trở lên nguồn vốn này" (>=). Nothing else is a number.
# --------------------------------------------------------------------------
D08 = dict(name="08_vinhlong-giao-thong-giai-ngan-95-2023", kind="result", year=2023, records=[
    DONG("trên «1.000  tỷ", "vốn được phân bổ để thi công các công trình, dự án giao thông", ">", 1000 * B),
    R("từ «95% trở", "giải ngân nguồn vốn được phân bổ để thi công các công trình giao thông", ">=", 95, **T),
])

# --------------------------------------------------------------------------
# 09 Ninh Bình, the start of the Ninh Bình - Hải Phòng expressway through the province, April 2025
# (lite.baomoi.com; nothing cut; no byline, no stamp; the excerpt ends in "rút ngắn thi cô"). Year
# 2025 ("Ngày 19/4/2025"). Results (the approved project): "trị giá gần 7.000 tỷ đồng" (~), "chiều
# dài 25,3km" (=), "Tổng mức đầu tư là 6.865 tỉ đồng" (=). Targets: "Toàn tuyến sẽ có 12 cầu, trong
# đó có 3 cầu vượt dân sinh, 3 nút giao liên thông" (counts, >=: "sẽ có", the works to be built;
# year 2026, the completion "dự kiến ... hoàn thành vào năm 2026"; each its own subject), the
# council's "hoàn thành dự án ... từ 3 năm xuống còn 2 năm" (the target duration, other "năm", a
# bare number, >=, year 2026; the "3 năm" it starts from is the earlier plan's duration, not a value
# reached: no record). Not quantities: "rút ngắn so với dự kiến ban đầu 3 năm" (a change against a
# plan), "4 làn xe", "120km/h" (the design's class and speed), "19/4/2025", "năm 2026", "2021 -
# 2030", "năm 2050" (dates).
# --------------------------------------------------------------------------
D09 = dict(name="09_ninhbinh-cao-toc-ninh-binh-hai-phong-2025", kind="result", year=2025, records=[
    DONG("trị giá gần «7.000 tỷ", "đoạn qua Ninh Bình cao tốc Ninh Bình - Hải Phòng trị giá", "~", 7000 * B),
    KM("chiều dài «25,3km", "chiều dài dự án đi qua tỉnh Ninh Bình", "=", 25.3),
    R("sẽ có «12 cầu", "cầu toàn tuyến", ">=", 12, **CNT, **T, year=2026),
    R("có «3 cầu", "cầu vượt dân sinh", ">=", 3, **CNT, **T, year=2026),
    R(", «3 nút", "nút giao liên thông", ">=", 3, **CNT, **T, year=2026),
    DONG("là «6.865 tỉ", "Tổng mức đầu tư dự án cao tốc Ninh Bình - Hải Phòng đoạn qua Ninh Bình", "=", 6865 * B),
    NAM("xuống còn «2 năm", "hoàn thành dự án đoạn qua Ninh Bình xuống còn", ">=", 2, **T, year=2026),
])

# --------------------------------------------------------------------------
# 10 Thái Bình and Nam Định, the start of the Ninh Bình - Hải Phòng expressway's PPP section, May 2025
# (vietnamnet.vn; the stamp " date 2025-05" written as the first line; nothing cut; the excerpt ends
# in "ứng phó v"). Year 2025. Results (the approved project): "tổng chiều dài gần 70km" (~), "đoạn
# qua Nam Định dài 27,6km, Thái Bình dài 33,3km" (=, each its own section, scope null), "Dự án gồm
# 23 cầu ..., 4 cầu vượt ngang và 7 nút giao liên thông" (counts, =: "gồm", the project as
# approved), "tổng mức đầu tư 19.785 tỷ đồng", "ngân sách Trung ương bố trí 6.200 tỷ đồng", "kinh
# phí giải phóng mặt bằng và tái định cư 3.173 tỷ đồng" (=). Target: "Thời gian thi công dự án là 36
# tháng" (other "tháng", a bare number, >=; year 2027, the completion "dự kiến hoàn thành năm 2027").
# Not quantities: "2 tỉnh" (places crossed), "km19+300", "km80+200" (chainages), "quốc lộ 37" (a
# name), "4 làn xe", "120km/h", "24,75m" (the design's class, speed and width), "năm 2027", "năm
# 2028", "2021-2030", "2050" (dates).
# --------------------------------------------------------------------------
D10 = dict(name="10_thaibinh-namdinh-cao-toc-ppp-2025", kind="result", year=2025, records=[
    KM("dài gần «70km", "tổng chiều dài tuyến cao tốc Ninh Bình - Hải Phòng đoạn qua Nam Định, Thái Bình", "~", 70),
    KM("dài «27,6km", "đoạn qua Nam Định dài", "=", 27.6),
    KM("dài «33,3km", "đoạn qua Thái Bình dài", "=", 33.3),
    R("gồm «23 cầu", "cầu trên đường cao tốc", "=", 23, **CNT),
    R(", «4 cầu", "cầu vượt ngang", "=", 4, **CNT),
    R("và «7 nút", "nút giao liên thông", "=", 7, **CNT),
    DONG("tư «19.785 tỷ", "tổng mức đầu tư dự án PPP", "=", 19785 * B),
    DONG("bố trí «6.200 tỷ", "ngân sách Trung ương bố trí", "=", 6200 * B),
    DONG("cư «3.173 tỷ", "địa phương đảm bảo kinh phí giải phóng mặt bằng và tái định cư", "=", 3173 * B),
    THANG("là «36 tháng", "thời gian thi công dự án", ">=", 36, **T, year=2027),
])

# --------------------------------------------------------------------------
# 11 Quảng Ngãi, the junction of the Quảng Ngãi - Hoài Nhơn and Đà Nẵng - Quảng Ngãi expressways
# before Tết (cafef.vn; the stamp " date 2026-01-28" written as the first line; nothing cut). A
# precision text: many numbers, few quantities. Year 2026 (the stamp). Results (the project's size):
# "chiều dài 88km" (=), its parts "tỉnh Quảng Ngãi (60,3km) và tỉnh Gia Lai (27,7km)" (=, brackets
# stating values, each its own province's section, scope null), "tổng mức đầu tư hơn 20.000 tỷ
# đồng" (>). Not quantities: "Km1050+400" (a chainage), "1/1/2023" (twice), "2021-2025" (dates),
# "một trong 12 dự án thành phần lớn nhất" (the parts of a programme), "Ban Quản lý dự án 2" (a
# name), "4 làn xe", "80km/h" (the design's class and speed).
# --------------------------------------------------------------------------
D11 = dict(name="11_quangngai-hoai-nhon-dau-noi-2026-precision", kind="result", year=2026, records=[
    KM("chiều dài «88km", "chiều dài dự án cao tốc Quảng Ngãi - Hoài Nhơn", "=", 88),
    KM("Ngãi («60,3km", "chiều dài cao tốc Quảng Ngãi - Hoài Nhơn đi qua địa phận tỉnh Quảng Ngãi", "=", 60.3),
    KM("Lai («27,7km", "chiều dài cao tốc Quảng Ngãi - Hoài Nhơn đi qua địa phận tỉnh Gia Lai", "=", 27.7),
    DONG("hơn «20.000 tỷ", "tổng mức đầu tư dự án cao tốc Quảng Ngãi - Hoài Nhơn", ">", 20000 * B),
])

# --------------------------------------------------------------------------
# 12 Cần Thơ and Cà Mau, the Cần Thơ - Cà Mau expressway the day before its opening (vnexpress.net;
# the stamp " date 2025-12-18" written as the first line; nothing cut). A precision text. Year 2025.
# One result: "kết nối bằng hai tuyến nhánh dài 9,2 km" (=, km). Not quantities: "gần 3 năm thi
# công" (how long the work has run, a period), "19/12" (a date), "IC2", "1A – 61C" (names).
# --------------------------------------------------------------------------
D12 = dict(name="12_cantho-can-tho-ca-mau-thong-xe-2025-precision", kind="result", year=2025, records=[
    KM("dài «9,2 km", "hai tuyến nhánh kết nối với quốc lộ Nam Sông Hậu và quốc lộ 1A – 61C", "=", 9.2),
])

# --------------------------------------------------------------------------
# 13 The country: the transport sector's targets for 2024, January 2024 (vnews.gov.vn; cut: the
# title's first copy above the article's own (the same line twice, with its blank line), the byline
# date "24-01-2024, 07:10" (written as the first line `date 2024-01-24`), the banner line "banner_cat
# banner_cat ..."). Year 2024. Targets: the title's "Năm 2024 có thêm ít nhất 130km đường cao tốc"
# (>=, km), "Toàn ngành phấn đấu giải ngân trên 95% kế hoạch được giao" (>). Not quantities: "năm
# 2024" (a date).
# --------------------------------------------------------------------------
D13 = dict(name="13_vietnam-130km-cao-toc-giai-ngan-2024", kind="target", year=2024, records=[
    KM("ít nhất «130km", "năm 2024 có thêm đường cao tốc", ">=", 130),
    R("trên «95% kế", "toàn ngành giao thông vận tải giải ngân kế hoạch được giao", ">", 95),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
