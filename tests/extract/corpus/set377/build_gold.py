#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set377).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (goldkit.clause_span).

Each document may also list NOT: locators of percentages deliberately left without a record
(thresholds that name a class of reservoirs, "trên 70% dung tích thiết kế"; changes against an
earlier year or the average, "thấp hơn cùng kỳ ... 2%"); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null. The catalogue (muctieu/catalog/data/indicators.yaml) names no
reservoir, dam, irrigation, rainfall or water-storage indicator, and its funding amount
(inst.dx_funding_amount) is money for digital transformation, so every record of this set has
`iid` null (not written).

Theme: reservoirs and dam safety, 2020-2025 (see README.md). No text stands under a digital-
transformation heading: pillar null throughout.

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

MONEY = dict(unit="other", unit_text="đồng")
M = dict(unit="other", unit_text="m")        # a water level
M3 = dict(unit="other", unit_text="m3")      # a stored volume, the magnitude word multiplied in
MM = dict(unit="other", unit_text="mm")      # rainfall
HA = dict(unit="other", unit_text="ha")
KM = dict(unit="other", unit_text="km")
# one function per unit, so that the many counts below read short (functools.partial, as set193)
C = functools.partial(R, op="=", unit="count")


# --------------------------------------------------------------------------
# 01 National (a Gia Lai paper): the National Assembly committee's supervision of water security
# and dam safety, and the General Department of Irrigation's count of damaged reservoirs before the
# 2020 flood season (baogialai.com.vn; stamp " date 2020-12" written as the first line; nothing
# cut; the excerpt ends in "(tỉnh Quảng "). Year 2020 (stamp; "trước mùa mưa lũ năm 2020").
# Results, counts, `=` but "hơn 7.000" `>`. The title "1.200 hồ chứa bị hư hỏng, xuống cấp" runs
# into the first sentence on one line; it states the count and gets its own record (as the earlier
# sets' titles). "45/63 tỉnh": 45, the provinces the reservoirs lie in (the denominator not
# recorded). The bracket's four kinds of damage (700, 1.201, 656, 521) are one record each, scope
# null (a breakdown by kind of damage); "Riêng các tỉnh Trung Bộ có 426 ..., 77 ..." two records,
# the region in the indicator (spec: a region belongs in the indicator wording).
# --------------------------------------------------------------------------
D01 = dict(name="01_canuoc-ho-dap-hu-hong-giam-sat-2020", kind="result", year=2020, records=[
    C("2020-12\n«1.200 hồ chứa bị", "hồ chứa bị hư hỏng, xuống cấp", value=1200),
    C("nước có «7.570 đập", "đập, hồ chứa đã đưa vào vận hành khai thác trên cả nước", value=7570),
    C("đó có «401 đập", "đập, hồ chứa thủy điện", value=401),
    R("hơn «7.000 hồ", "hồ thủy lợi đang hoạt động", ">", 7000, **CNT),
    C("tại «45/63 tỉnh", "tỉnh, thành phố có hồ thủy lợi phân bố", value=45),
    C("nước có «1.200 hồ, đập", "hồ, đập chứa nước bị hư hỏng, xuống cấp trước mùa mưa lũ", value=1200),
    C("(gồm «700 đập", "đập bị thấm qua thân hoặc nền đập", value=700),
    C("; «1.201 đập", "đập bị xói lở, sạt mái", value=1201),
    C("; «656 bị", "đập bị hư hỏng thân tràn", value=656),
    C("; «521 cống", "cống lấy nước dưới đập bị hư hỏng hoặc thấm qua mang cống", value=521),
    C("có «200 hồ chứa", "hồ chứa có nguy cơ mất an toàn cao trong mùa mưa lũ", value=200),
    C("có «426 hồ chứa", "hồ chứa hư hỏng ở các tỉnh Trung Bộ", value=426),
    C(", «77 hồ", "hồ có nguy cơ mất an toàn cao trong mùa mưa lũ ở các tỉnh Trung Bộ", value=77),
])

# --------------------------------------------------------------------------
# 02 National, with the provinces that have the most damaged reservoirs (Thanh Hóa, Tuyên Quang,
# Thái Nguyên, Phú Thọ, Hòa Bình, Nghệ An): the Department of Irrigation before the 2024 flood
# season (tinbong247.org, a copy of a national paper's article; nothing cut; no stamp, no byline;
# the excerpt ends in "Hương Khê là địa phươ"). Year 2024 (the text's "mùa mưa, bão, lũ năm
# 2024"). The medium-term public investment plan "giai đoạn từ năm 2021 đến 2025" gives "3.800 tỷ
# đồng để sửa chữa, nâng cấp 30 công trình": both what the plan provides for, kind target, year
# 2025, bare numbers `>=` (a judgement: the money is allocated in a plan whose works are still to be
# done). Results: "6.750 hồ chứa" (the stock), "1.159 hồ" damaged and its three grades, and the six
# provinces' counts (place each). Not quantities: "dung tích trữ từ 50.000 m3 hoặc chiều cao đập
# từ 5m trở lên" (the size class that defines the reservoirs counted), "ở 45 địa phương" (where the
# statistics were gathered), "2021", "2025" (dates).
# --------------------------------------------------------------------------
D02 = dict(name="02_canuoc-hatinh-ho-chua-hu-hong-2024", kind="result", year=2024, records=[
    R("bố trí «3.800 tỷ đồng", "kế hoạch đầu tư công trung hạn giai đoạn 2021-2025: Bộ Nông nghiệp và Phát triển "
      "nông thôn được bố trí để sửa chữa, nâng cấp công trình đập, hồ chứa thủy lợi", ">=", 3800e9, **MONEY, **T, year=2025),
    R("nâng cấp «30 công trình", "công trình đập, hồ chứa thủy lợi được sửa chữa, nâng cấp", ">=", 30, **CNT, **T,
      year=2025),
    C("nước có «6.750 hồ chứa", "hồ chứa thủy lợi trên cả nước", value=6750),
    C("có «1.159 hồ", "hồ đang bị hư hỏng, xuống cấp", value=1159),
    C("có «338 hồ", "hồ chứa nước thủy lợi bị hư hỏng nặng", value=338),
    C(", «555 hư hỏng", "hồ chứa hư hỏng vừa", value=555),
    C("và «266 hư hỏng", "hồ chứa hư hỏng nhẹ", value=266),
    C("Thanh Hóa «56 hồ", "hồ chứa nước thủy lợi hư hỏng, xuống cấp ở Thanh Hóa", value=56, place="Thanh Hóa"),
    C("Tuyên Quang «57 hồ", "hồ chứa nước thủy lợi hư hỏng, xuống cấp ở Tuyên Quang", value=57,
      place="Tuyên Quang"),
    C("Thái Nguyên «72 hồ", "hồ chứa nước thủy lợi hư hỏng, xuống cấp ở Thái Nguyên", value=72,
      place="Thái Nguyên"),
    C("Phú Thọ «63 hồ", "hồ chứa nước thủy lợi hư hỏng, xuống cấp ở Phú Thọ", value=63, place="Phú Thọ"),
    C("Hòa Bình «81 hồ", "hồ chứa nước thủy lợi hư hỏng, xuống cấp ở Hòa Bình", value=81, place="Hòa Bình"),
    C("Nghệ An «69 hồ", "hồ chứa nước thủy lợi hư hỏng, xuống cấp ở Nghệ An", value=69, place="Nghệ An"),
])

# --------------------------------------------------------------------------
# 03 Hà Tĩnh, the large reservoirs' water for the spring crop (baohatinh.vn; stamp " date 2023-03"
# written as the first line; nothing cut; a one-paragraph excerpt). Year 2023 (stamp; "ngày 14/2"
# names no year). Results: for each of Kẻ Gỗ, Sông Rác and Thượng Tuy the water level reached
# ("31,24/32,5m": 31.24, unit other "m", the design level after "/" not recorded), the volume held
# ("306,9/345 triệu m3": 306.9e6, unit other "m3", the magnitude word written once after the design
# volume and read for both) and the share of the design ("đạt 88,7% so với thiết kế": the
# denominator named, a value); "Các hồ vừa và nhỏ có dung tích đạt từ 60 - 94%" one between record.
# Not quantities: "7h", "14/2" (time, date), the design values after "/".
# --------------------------------------------------------------------------
D03 = dict(name="03_hatinh-ho-chua-dung-tich-vu-xuan-2023", kind="result", year=2023, records=[
    R("Gỗ đạt «31,24/32,5m", "mực nước hồ Kẻ Gỗ", "=", 31.24, **M),
    R("dung tích «306,9/345", "dung tích hồ Kẻ Gỗ", "=", 306.9e6, **M3),
    R("đạt «88,7%", "dung tích hồ Kẻ Gỗ so với thiết kế", "=", 88.7),
    R("Rác «23,23/23,2m", "mực nước hồ Sông Rác", "=", 23.23, **M),
    R("dung tích «124/124,5", "dung tích hồ Sông Rác", "=", 124e6, **M3),
    R("đạt «100% so", "dung tích hồ Sông Rác so với thiết kế", "=", 100),
    R("Tuy «24,47/24,5m", "mực nước hồ Thượng Tuy", "=", 24.47, **M),
    R("dung tích «18,8/18,9", "dung tích hồ Thượng Tuy", "=", 18.8e6, **M3),
    R("đạt «99,6%", "dung tích hồ Thượng Tuy so với thiết kế", "=", 99.6),
    R("từ «60 - 94%", "dung tích các hồ vừa và nhỏ so với thiết kế", "between", 60, value_max=94),
])

# --------------------------------------------------------------------------
# 04 Quảng Nam, reservoirs full after heavy rain (baoquangnam.vn; stamp " date 2022-10" written as
# the first line; nothing cut). Year 2022 (stamp; "sáng nay 11.10"). Results: "có 12/17 hồ chứa ...
# đã đầy nước và tích đạt 100%" two records (12, the denominator not recorded; then the share they
# hold); "Năm hồ tích đạt 50 - 90%" one between record (the five written as a word: no record);
# Phú Ninh's level "28,25m" (other "m") and "tỷ lệ đạt so với dung tích hữu ích 69,9%"; "hiện có 31
# hồ xấp xỉ và tích đầy nước" (31; "Đối với 56 hồ chứa do địa phương quản lý" is the group the 31 are
# counted in, as a denominator: no record, as set193's "15 xã ... bao gồm"); the seven stations'
# rainfall "Tam Lãnh 580,8mm" ... (other "mm", place for the five communes, the two reservoir
# headworks in the indicator). Not quantities: "5 giờ", "4 giờ" (times), "11.10" (date), "Sông
# Tranh 2", "Sông Bung 4", "Đắc Mi 4" (names), "48 giờ" (the period the rain is summed over).
# --------------------------------------------------------------------------
D04 = dict(name="04_quangnam-ho-chua-tich-day-nuoc-2022", kind="result", year=2022, records=[
    C("có «12/17 hồ", "hồ chứa do Công ty TNHH MTV Khai thác thủy lợi Quảng Nam quản lý đã đầy nước", value=12),
    R("tích đạt «100%.", "tỷ lệ tích nước của các hồ đã đầy nước", "=", 100),
    R("tích đạt «50 - 90%", "tỷ lệ tích nước của năm hồ Phú Ninh, Thái Xuân, Trung Lộc, Việt An, Cây Thông",
      "between", 50, value_max=90),
    R("nay là «28,25m", "mực nước hồ Phú Ninh", "=", 28.25, **M),
    R("hữu ích «69,9%", "tỷ lệ đạt so với dung tích hữu ích của hồ Phú Ninh", "=", 69.9),
    C("có «31 hồ", "hồ chứa do địa phương quản lý xấp xỉ và tích đầy nước", value=31),
    R("Tam Lãnh «580,8mm", "lượng mưa tại Tam Lãnh", "=", 580.8, **MM, place="Tam Lãnh"),
    R("Tam Trà «530,8mm", "lượng mưa tại Tam Trà", "=", 530.8, **MM, place="Tam Trà"),
    R("Đại Hiệp «515,8mm", "lượng mưa tại Đại Hiệp", "=", 515.8, **MM, place="Đại Hiệp"),
    R("Thạch Bàn «511,6mm", "lượng mưa tại đầu mối hồ Thạch Bàn", "=", 511.6, **MM),
    R("Duy Phú «503,6mm", "lượng mưa tại Duy Phú", "=", 503.6, **MM, place="Duy Phú"),
    R("Vĩnh Trinh «496,2mm", "lượng mưa tại đầu mối hồ Vĩnh Trinh", "=", 496.2, **MM),
    R("Điện Hồng «461,6mm", "lượng mưa tại Điện Hồng", "=", 461.6, **MM, place="Điện Hồng"),
])

# --------------------------------------------------------------------------
# 05 Bình Định, ten reservoirs still unsafe (nongnghiep.vn; cut: the line "| Hotline: 0983.970.780"
# with the blank line after it, the byline date "Thứ Hai 23/09/2024 , 18:06 (GMT+7)" with the blank
# line after it, written as the first line `date 2024-09-23`, and the photo caption "Hồ chứa nước
# Thạch Khê ... Ảnh: V.Đ.T." twice with the blank lines after them; the excerpt ends in "Đồng
# Quang, "). Year 2024 (byline; "từ năm 2016 đến nay"). Results, counts `=`: the title's "10 hồ
# chứa nước mất an toàn"; the stock "164 hồ chứa nước" and its two breakdowns (62/37/65 by size,
# 33/131 by spillway), "63 hồ chứa lớn và vừa" the company runs; "đã sửa chữa, nâng cấp 40 hồ
# chứa và xây dựng mới 2 hồ" and the seven projects' shares of them (16, 4, 1, 2, 13, 1, 5; each
# its own subject, scope null). Target: "dự án sửa chữa, nâng cấp các hồ chứa nước hư hỏng, xuống
# cấp giai đoạn 2021-2025, có 12 hồ chứa nước" (the reservoirs a project of the period is to repair,
# bare `>=`, year 2025; a judgement). Not quantities: "2016" (date), "WB8", "WB5", "Hà Thanh 1",
# "Đồng Đèo 2" (names), "2021-2025" (dates).
# --------------------------------------------------------------------------
D05 = dict(name="05_binhdinh-sua-chua-nang-cap-ho-chua-2024", kind="result", year=2024, records=[
    C("lo «10 hồ chứa", "hồ chứa nước mất an toàn", value=10),
    C("có «164 hồ chứa", "hồ chứa nước trên địa bàn tỉnh", value=164),
    C("gồm: «62 hồ lớn", "hồ lớn", value=62),
    C(", «37 hồ vừa", "hồ vừa", value=37),
    C("và «65 hồ nhỏ", "hồ nhỏ", value=65),
    C("có «33 hồ", "hồ có tràn cửa van", value=33),
    C(", «131 hồ", "hồ có tràn tự do", value=131),
    C("khai thác «63 hồ", "hồ chứa lớn và vừa do Công ty TNHH Khai thác công trình thủy lợi Bình Định quản lý, "
      "khai thác", value=63),
    C("nâng cấp «40 hồ chứa", "hồ chứa đã được sửa chữa, nâng cấp từ năm 2016 đến nay", value=40),
    C("mới «2 hồ chứa khác", "hồ chứa được xây dựng mới", value=2),
    C("gồm: «16 hồ", "hồ thuộc dự án WB8", value=16),
    C(", «4 hồ", "hồ thuộc dự án sửa chữa cấp bách", value=4),
    C(", «1 hồ thuộc dự án WB5", "hồ thuộc dự án WB5", value=1),
    C(", «2 hồ thuộc", "hồ thuộc dự án Phát triển nông thôn Tổng hợp miền Trung", value=2),
    C(", «13 hồ", "hồ thuộc các dự án bảo đảm an toàn hồ chứa", value=13),
    C(", «1 hồ (hồ", "hồ thuộc dự án đập dâng Hà Thanh 1 (hồ Quang Hiển)", value=1),
    C("và «5 hồ", "hồ thuộc các dự án khác", value=5),
    R("có «12 hồ chứa", "hồ chứa nước hư hỏng, xuống cấp được sửa chữa, nâng cấp trong dự án giai đoạn "
      "2021-2025", ">=", 12, **CNT, **T, year=2025),
])

# --------------------------------------------------------------------------
# 06 Thanh Hóa, reservoirs not safe before the flood season (giadinh.suckhoedoisong.vn; nothing
# cut: the paper's label "GĐXH" opens the first body line and stays; no stamp, no byline; the
# excerpt ends in "155 hồ đ"). Year null: the text names no year but "năm 1967" (when one reservoir
# was built); the address's date is not read (as set184's and set319's texts without a year).
# Results, counts `=`: the lead's "610 hồ chứa nước và 1.023 đập dâng. Trong đó, có 86 hồ chứa" and
# the department's statistics repeating the three numbers (each statement its own records); Ngọc
# Lặc's "155 hồ đ" (cut inside "hồ đập", the subject still readable; place "Ngọc Lặc").
# --------------------------------------------------------------------------
D06 = dict(name="06_thanhhoa-ho-chua-xuong-cap-mua-lu", kind="result", year=None, records=[
    C("có «610 hồ chứa nước", "hồ chứa nước trên địa bàn tỉnh", value=610),
    C("và «1.023 đập dâng.", "đập dâng trên địa bàn tỉnh", value=1023),
    C("có «86 hồ chứa nước", "hồ chứa nước đã xuống cấp, hư hỏng nặng chưa được tu sửa", value=86),
    C("có «610 hồ chứa,", "hồ chứa trên địa bàn tỉnh", value=610),
    C(", «1.023 đâp", "đập dâng trên địa bàn tỉnh", value=1023),
    C("có «86 hồ chứa đã", "hồ chứa đã xuống cấp, hư hỏng, gây mất an toàn", value=86),
    C("có «155 hồ đ", "hồ đập trên địa bàn huyện Ngọc Lặc", value=155, place="Ngọc Lặc"),
])

# --------------------------------------------------------------------------
# 07 Nghệ An, reservoir levels falling in the heat (nghean24h.vn; stamp " date 2023-06" written as
# the first line; nothing cut; the excerpt ends in "xấp xỉ"). Year 2023 (stamp; "17/6/2023"); the
# same season's counts of 2022 stated for comparison are values of their own, year 2022 ("cùng kỳ
# năm 2022 có đến 11 hồ đầy nước", "năm 2022 có đến 57 hồ", "trong năm 2022, ... chỉ có 8 hồ").
# Results, counts `=`. "đối với 102 hồ đập do doanh nghiệp thuỷ lợi quản lý, hiện nay chỉ có 5 hồ"
# and "Ngoài 102 hồ đập ..." : the 102 is the group counted in (no record, as 04's 56); "toàn tỉnh
# Nghệ An còn có 959 hồ đập do các địa phương quản lý" is the stock stated for itself (a record).
# NOT: "trên 70% dung tích thiết kế" (twice) and "dưới 50% dung tích thiết kế": the class of
# reservoirs counted, not a value reached. "đạt từ 40-70% dung tích thiết kế" is the storage the
# 761 reservoirs reached (a between record; a judgement, as 03's "đạt từ 60 - 94%"). Not
# quantities: "giảm hơn 1 nửa", "tăng gấp 5 lần so với cùng kỳ" (changes), "17/6/2023" (date).
# --------------------------------------------------------------------------
D07 = dict(name="07_nghean-muc-nuoc-ho-dap-2023", kind="result", year=2023, records=[
    C("chỉ có «5 hồ đầy", "hồ đập do doanh nghiệp thuỷ lợi quản lý đầy nước", value=5),
    C("có đến «11 hồ", "hồ đập do doanh nghiệp thuỷ lợi quản lý đầy nước cùng kỳ năm 2022", value=11, year=2022),
    C("có đến «57 hồ", "hồ có dung tích trên 70 so với dung tích thiết kế năm 2022", value=57, year=2022),
    C("chỉ có «25 hồ", "hồ có dung tích trên 70 so với dung tích thiết kế", value=25),
    R("mức «29,1%", "dung tích hồ Khe Xiêm so với dung tích thiết kế", "=", 29.1),
    C("chỉ có «8 hồ", "hồ đập do doanh nghiệp quản lý có dung tích dưới 50 so với dung tích thiết kế năm 2022", value=8,
      year=2022),
    C("đến «40 hồ", "hồ đập do doanh nghiệp quản lý có dung tích dưới 50 so với dung tích thiết kế", value=40),
    C("có «959 hồ", "hồ đập do các địa phương quản lý", value=959),
    C("có «160 hồ", "hồ đập do địa phương quản lý có dung tích trên 70 so với dung tích thiết kế", value=160),
    C("; «761 hồ", "hồ đập do địa phương quản lý có dung tích đạt từ 40-70 so với dung tích thiết kế", value=761),
    R("từ «40-70%", "dung tích 761 hồ đập do địa phương quản lý đạt so với dung tích thiết kế", "between", 40,
      value_max=70),
    C("có «38 hồ", "hồ đập sát mực nước chết", value=38),
], NOT=["trên «70% dung tích thiết kế, năm", "dưới «50% dung tích thiết kế thì", "trên «70% dung tích thiết kế;"])

# --------------------------------------------------------------------------
# 08 National, Central Vietnam's reservoirs below dead level in the 2024 drought (tienphong.vn;
# stamp " date 2024-05" written as the first line; nothing cut; the excerpt ends in "dự báo c").
# Year 2024 (stamp; "Ngày 13/5"). Results: "chỉ đạt 43 - 70% dung tích thiết kế" (between; stated
# twice, two records), "Tổng lượng mưa từ đầu năm đến nay phổ biến từ 50 - 140 mm" (between, "mm"),
# the regions' counts "481/2.411 hồ dưới 50% ...", "82 hồ dưới mực nước chết", "103/534 hồ
# chứa ...", "29 hồ nhỏ" (the numerators; the region in the indicator), Bình Thuận's "khoảng 365 ha
# cây thanh long ... bị thiếu nước" (`~`, "ha", place). Target: the forecast "Từ nay đến tháng 7,
# ... diện tích hoa màu nguy cơ bị ảnh hưởng từ 25.200-35.200 ha" (set319: forecasts are targets;
# between, "ha", year 2024). NOT: "thấp hơn cùng kỳ trung bình nhiều năm 2%" and "thấp hơn năm 2022
# và 2023 từ 3 - 10%" (twice each), "thiếu hụt từ 10 - 40% so với cùng kỳ", "hụt 20 - 60% so với năm
# ngoái", "từ 50 - 70% so với năm 2022" (changes against earlier values), "dưới 50% dung tích thiết
# kế" (twice; the class counted). Not quantities: "tháng 7", "13/5" (dates), "El Nino".
# --------------------------------------------------------------------------
D08 = dict(name="08_mientrung-ho-chua-duoi-muc-nuoc-chet-2024", kind="result", year=2024, records=[
    R("chỉ đạt «43 - 70% dung tích thiết kế, thấp hơn cùng kỳ trung bình nhiều năm 2%, thấp hơn năm 2022",
      "trữ nước hiện tại trong các hồ chứa thủy lợi so với dung tích thiết kế", "between", 43, value_max=70),
    R("từ «25.200-35.200 ha", "diện tích hoa màu khu vực miền Trung nguy cơ bị ảnh hưởng do nắng nóng", "between",
      25200, value_max=35200, **HA, **T),
    R("từ «50 - 140 mm", "tổng lượng mưa từ đầu năm đến nay", "between", 50, value_max=140, **MM),
    R("hiện chỉ đạt «43 - 70%", "dung tích trữ hiện tại trong các hồ chứa thủy lợi so với dung tích thiết kế",
      "between", 43, value_max=70),
    C("có «481/2.411 hồ", "hồ khu vực Bắc Trung Bộ dưới 50 so với dung tích thiết kế", value=481),
    C("gồm «82 hồ", "hồ khu vực Bắc Trung Bộ dưới mực nước chết", value=82),
    C("có «103/534 hồ", "hồ chứa khu vực Nam Trung Bộ có dung tích dưới 50 so với dung tích thiết kế", value=103),
    C("đó «29 hồ", "hồ nhỏ khu vực Nam Trung Bộ dưới mực nước chết", value=29),
    R("khoảng «365 ha", "diện tích cây thanh long bị thiếu nước, thiệt hại nặng", "~", 365, **HA,
      place="Bình Thuận"),
], NOT=["nhiều năm «2%, thấp hơn năm 2022 và 2023 từ 3 - 10%. Từ", "từ «3 - 10%. Từ",
        "nhiều năm «2%, thấp hơn các", "từ «3 - 10%.\n", "từ «10 - 40%", "hụt «20 - 60%", "từ «50 - 70%",
        "hồ dưới «50% dung", "dung tích dưới «50% dung"])

# --------------------------------------------------------------------------
# 09 Vĩnh Phúc, the scheme for managing dam safety 2019-2025 (test.mekongsean.vn; cut: the
# trailing line "Authors"; no stamp, no byline). Year 2025 (the period's end, the only year a
# target is for). Targets: "sẽ dành gần 1.000 tỷ đồng" stated in the lead and again in the body,
# two records (`~`, unit other "đồng", 1e12). Not quantities: "1850/QĐ-UBND" (a document),
# "2019 - 2025" (dates).
# --------------------------------------------------------------------------
D09 = dict(name="09_vinhphuc-de-an-an-toan-dap-2025", kind="target", year=2025, records=[
    R("(TBMK) – Giai đoạn 2019 - 2025, Vĩnh Phúc sẽ dành gần «1.000 tỷ", "Vĩnh Phúc sẽ dành để sửa chữa, nâng cấp các hồ đập; "
      "bảo trì công trình", "~", 1000e9, **MONEY),
    R("Giai đoạn 2019 – 2025, Vĩnh Phúc sẽ dành gần «1.000 tỷ", "Vĩnh Phúc sẽ dành để sửa chữa, nâng cấp các hồ đập; bảo trì "
      "công trình; đào tạo nâng cao năng lực; kiểm định an toàn đập; cắm mốc chỉ giới; lắp đặt hệ thống quan "
      "trắc; xây dựng bản đồ ngập lụt; diễn tập cứu hộ đập", "~", 1000e9, **MONEY),
])

# --------------------------------------------------------------------------
# 10 Phú Thọ, two irrigation projects (the Ngòi Giành canal system and the Thục Luyện reservoir)
# pushed on (tienphong.vn; stamp " date 2025-12-05" written as the first line, the rest of that
# line the paper's masthead "Hotline: ... Quảng cáo" cut, with the section label "Xã hội", "Google
# News", the byline "Đức Anh", the image name "image001-357.jpg" and the photo caption "Thứ trưởng
# ... Ảnh: Khánh Trang", each with the blank line after it; the excerpt ends in "hơn 98%, g"). Year
# 2025 (stamp; "Ngày 4/12"). What the projects are designed to serve and their scale are targets
# (set319: a project's proposed length and households are targets): "phục vụ 190.000 dân" (title,
# bare `>=`), "khoảng 190.000 người dân" (`~`), "phục vụ tưới cho 7.750 ha" (`>=`, "ha"), "khoảng
# 160.000 người dân" (`~`), "hơn 26 km đường ống chính và 35 km đường ống nhánh" (`>`, then `>=`,
# "km"). Results: "tổng mức đầu tư hơn 1.400 tỷ đồng" (set319: money decided is a result; `>`),
# "thi công đồng loạt tại 9 mũi" (=), "mặt bằng dự án đã bàn giao hơn 98%" (`>`). Not quantities:
# "4/12" (date), "6 xã" (the area the project spans, a size).
# --------------------------------------------------------------------------
D10 = dict(name="10_phutho-ho-thuy-loi-ngoi-gianh-2025", kind="result", year=2025, records=[
    R("phục vụ «190.000 dân", "hai hồ thuỷ lợi phục vụ dân", ">=", 190000, **CNT, **T),
    R("khoảng «190.000 người", "hai dự án thủy lợi cung cấp nguồn nước sinh hoạt cho người dân", "~", 190000,
      **CNT, **T),
    R("hơn «1.400 tỷ", "tổng mức đầu tư dự án Hệ thống kênh mương hồ Ngòi Giành", ">", 1400e9, **MONEY),
    R("cho «7.750 ha", "đất nông nghiệp được phục vụ tưới", ">=", 7750, **HA, **T),
    R("khoảng «160.000 người", "người dân được cấp nước sinh hoạt", "~", 160000, **CNT, **T),
    R("hơn «26 km", "đường ống chính", ">", 26, **KM, **T),
    R("và «35 km", "đường ống nhánh", ">=", 35, **KM, **T),
    C("tại «9 mũi", "mũi thi công đồng loạt", value=9),
    R("hơn «98%", "mặt bằng dự án đã bàn giao", ">", 98),
])

# --------------------------------------------------------------------------
# 11 Lâm Đồng, the head of the 2022 plan for dam safety to 2025 (thuvienphapluat.vn; cut: the
# search box "Từ khoá: ...", "Đăng nhập", "Đang tải văn bản..." with the blank lines after them; the
# excerpt ends in "đế"). A precision text, no record: only document numbers (1620/KH-UBND,
# 08/2017/QH14, 114/2018/NĐ-CP, 22/CT-TTg, 33/QĐ-TTg, 1611/CT-BNN-TCTL, 165-TB/TU, 2243/QĐ-UBND)
# and dates ("15/03/2022", "ngày 15 tháng 3 năm 2022", "đến năm 2025", "2030", "2045", "năm 2021").
# --------------------------------------------------------------------------
D11 = dict(name="11_lamdong-ke-hoach-an-toan-ho-dap-2022-precision", kind="target", year=2025, records=[])

# --------------------------------------------------------------------------
# 12 Phú Thọ, a contractor's page on the Thục Luyện reservoir project (lhcviet.com; cut: "Website
# đang được nâng cấp" with the blank line after it; no stamp, no byline; the excerpt ends in "giáp
# xã"). A precision text: one record, the project's total investment "450.000.000.000VNĐ" (a
# result: money decided; unit other, unit_text "VNĐ" as written), year null (the text's years are
# those of the schedule, "2022 -:- 2025", none of them the year of the decision). Not quantities:
# "1518" (a street number), the phone and fax numbers, "4 năm" (a duration), the schedule's month
# dates "12/2022÷1/2023" ..., "2km", "3,73km" (distances on the way to the site, sizes), "316" (a
# road's name), the coordinates "21°12'26"" and "105°11'12"".
# --------------------------------------------------------------------------
D12 = dict(name="12_phutho-du-an-ho-thuc-luyen-precision", kind="result", year=None, records=[
    R("là «450.000.000.000VNĐ", "tổng mức đầu tư của dự án Hồ chứa nước Thục Luyện", "=", 450e9, unit="other",
      unit_text="VNĐ"),
])

# --------------------------------------------------------------------------
# 13 Nghệ An, the WB8 dam rehabilitation project (nghean24h.vn; stamp " date 2020-08" written as
# the first line, the rest of that line the section label "Trong tỉnh" cut with the blank line after
# it; a one-paragraph excerpt). Year 2020 (stamp). Results: "1 trong 34 tỉnh thành được hưởng lợi"
# (34, the provinces the project benefits; "1 trong" is Nghệ An's membership, not a rank or a
# count of its own), "số vốn đầu tư gần 520 tỷ đồng" (`~`, money decided). Not quantities: "WB8" (a
# name).
# --------------------------------------------------------------------------
D13 = dict(name="13_nghean-wb8-sua-chua-ho-dap-2020", kind="result", year=2020, records=[
    C("trong «34 tỉnh", "tỉnh thành được hưởng lợi từ nguồn dự án WB8", value=34),
    R("gần «520 tỷ", "vốn đầu tư dự án WB8 Nghệ An được hưởng lợi", "~", 520e9, **MONEY),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
