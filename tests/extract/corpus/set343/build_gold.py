#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set343: school milk and
school meals).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of percentages deliberately left without a record (here
only a result's change against an earlier value); check_gold.py verifies that every percentage has
a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null. muctieu/catalog/data/indicators.yaml names no indicator of school
milk, school meals, nutrition or their funding, so every id of this set is null (see README).

No text of this set stands under a heading or lead-in that names a pillar: every pillar is null.

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

TY, NGHIN = 1e9, 1e3
money = functools.partial(dict, unit="other")  # an amount of money or goods: unit_text as written
DONG = money(unit_text="đồng")
PER_MONTH = money(unit_text="đồng/tháng")

# --------------------------------------------------------------------------
# 01 Quảng Ninh, the provincial council's resolution on school milk for preschool and primary
# pupils from 2025-2026 to 2030-2031 (cafef.vn; the stamp " date 2025-11-13" written as the first
# line; nothing cut). Kind target, year 2031: the period "từ năm học 2025-2026 đến năm học
# 2030-2031" read by its end (a school year by its end year, a period by its end, as the earlier
# sets). The ration per child and day ("định mức mỗi ngày: trẻ nhà trẻ 110ml. Trẻ mẫu giáo và học
# sinh tiểu học 180ml sữa"): two records, bare numbers of a target (>=), unit other "ml" (the ration
# the policy gives each child, not the size of a container: "đựng trong một hộp, lon hoặc túi").
# "hỗ trợ 100% kinh phí mua sữa" (>=), "khoảng 1.725 tỷ đồng" (~), "khoảng 207.000 trẻ em và học
# sinh" (~, count), "khoảng 287,5 tỷ đồng/năm học" (~, "đồng/năm học"). Not quantities: "không
# quá 175 ngày/năm" (a cap on the days supported, a duration), "tối thiểu 180 ngày" (a shelf life,
# a duration), the school years.
# --------------------------------------------------------------------------
D01 = dict(name="01_quangninh-sua-hoc-duong-nghi-quyet-2025", kind="target", year=2031, records=[
    R("trẻ nhà trẻ «110ml", "định mức sữa mỗi ngày của trẻ nhà trẻ", ">=", 110, **money(unit_text="ml")),
    R("tiểu học «180ml sữa", "định mức sữa mỗi ngày của trẻ mẫu giáo và học sinh tiểu học", ">=", 180,
      **money(unit_text="ml")),
    R("hỗ trợ «100% kinh phí", "kinh phí mua sữa cho trẻ mầm non và học sinh tiểu học được tỉnh hỗ trợ", ">=",
      100),
    R("khoảng «1.725 tỷ", "tổng kinh phí thực hiện chính sách sữa học đường", "~", 1725 * TY, **DONG),
    R("khoảng «207.000 trẻ", "trẻ em và học sinh được thụ hưởng bình quân mỗi năm", "~", 207000, **CNT),
    R("khoảng «287,5 tỷ", "kinh phí sữa học đường mỗi năm học", "~", 287.5 * TY,
      **money(unit_text="đồng/năm học")),
])

# --------------------------------------------------------------------------
# 02 Bắc Ninh, the provincial People's Committee approving the school milk programme from the
# 2025-2026 school year (doanhthuong.vn; nothing cut; no stamp, no byline; the excerpt ends in "con
# người "). Kind target, year 2030 (the programme's "5 năm (2025 - 2030)", "giai đoạn 2025 -
# 2030"). "trên 4.000 tỷ đồng", "trên 813 tỷ đồng" (>). The rations "5 hộp sữa 110ml/tuần" and "5
# hộp 180ml/tuần" (>=, unit other "hộp/tuần": the boxes each child is given a week; "110ml",
# "180ml" are the boxes' sizes, no record). The staff allowance "1,0 mức lương cơ bản
# trường/tháng" (>=, unit other "mức lương cơ bản/tháng"). "kinh phí mua sữa 3.988,7 tỷ đồng"
# (bare: >=), its parts "trên 1.994 tỷ", "trên 997 tỷ", "trên 997 tỷ" (>, each its own subject).
# The shares "ngân sách của tỉnh hỗ trợ 50%, doanh nghiệp ... 25%, phụ huynh ... 25%" (>=, each
# its own subject, scope null: a breakdown by payer). Not quantities: "9/7" (a date), "9 tháng
# thực học/năm học" (a duration), "5 năm" (the period), the school years.
# --------------------------------------------------------------------------
D02 = dict(name="02_bacninh-sua-hoc-duong-kinh-phi-2025-2030", kind="target", year=2030, records=[
    R("trên «4.000 tỷ", "tổng kinh phí đầu tư Chương trình Sữa học đường trong 5 năm (2025 - 2030)", ">",
      4000 * TY, **DONG),
    R("trên «813 tỷ", "bình quân kinh phí mỗi năm học", ">", 813 * TY, **DONG),
    R("uống «5 hộp sữa 110ml", "hộp sữa mỗi bé nhà trẻ được uống mỗi tuần", ">=", 5, **money(unit_text="hộp/tuần")),
    R("uống «5 hộp 180ml", "hộp sữa mỗi trẻ mẫu giáo, mỗi học sinh tiểu học được uống mỗi tuần", ">=", 5,
      **money(unit_text="hộp/tuần")),
    R("Chương trình «1,0 mức", "mức hỗ trợ cán bộ, giáo viên, nhân viên trực tiếp tham gia Chương trình", ">=", 1,
      **money(unit_text="mức lương cơ bản/tháng")),
    R("mua sữa «3.988,7 tỷ", "kinh phí mua sữa cho cả giai đoạn 2025 - 2030", ">=", 3988.7 * TY, **DONG),
    R("trên «1.994 tỷ", "kinh phí mua sữa từ ngân sách Nhà nước", ">", 1994 * TY, **DONG),
    R("hỗ trợ trên «997 tỷ", "kinh phí mua sữa doanh nghiệp hỗ trợ", ">", 997 * TY, **DONG),
    R("đóng góp trên «997 tỷ", "kinh phí mua sữa phụ huynh đóng góp", ">", 997 * TY, **DONG),
    R("tỉnh hỗ trợ «50%", "ngân sách của tỉnh hỗ trợ kinh phí sữa cho trẻ em mầm non và học sinh tiểu học", ">=",
      50),
    R("sữa hỗ trợ «25%", "doanh nghiệp cung ứng sữa hỗ trợ kinh phí sữa", ">=", 25),
    R("góp «25%", "phụ huynh đóng góp kinh phí sữa", ">=", 25),
])

# --------------------------------------------------------------------------
# 03 Bắc Ninh, the launch of "Sữa học đường Bắc Ninh giai đoạn 2025-2030" with the 2020-2025
# results (danviet.vn; the stamp " date 2025-11-11" written as the first line; cut: the photo
# caption "Chủ tịch UBND tỉnh Vương Quốc Tuấn trao tặng sữa ... xã Tuấn Đạo." that followed the
# stamp, with the blank line after it; the excerpt ends in "nhà thầu"). Kind result. "Đến năm 2020
# ... 68 quốc gia" (count, year 2020); "đã có 27 tỉnh, thành phố ... triển khai" (count, year 2025,
# the stamp's: the programme's coverage, recorded as a reached value, a judgement). "Bình quân mỗi
# năm tính từ giai đoạn 2020 - 2025, có khoảng từ 222 đến 226 nghìn học sinh" (between
# 222000-226000: "khoảng từ X đến Y" is a range, the range decides the op), "88 nghìn trẻ em",
# "134 nghìn học sinh" (=, each its own subject, scope null: preschool and primary pupils as kinds
# of beneficiary, as set193's grades of facility), "trên 970 tỷ đồng" (>): year 2025, the period's
# end. Not quantities: "năm 2000", "Năm 2013" (dates), "tỉnh thứ hai" (no number),
# "31/2025/NQ-HĐND", "11/8/2025", "2025-2030".
# --------------------------------------------------------------------------
D03 = dict(name="03_bacninh-sua-hoc-duong-thu-huong-2020-2025", kind="result", year=2025, records=[
    R("được «68 quốc gia", "quốc gia trên thế giới đã triển khai chương trình Sữa học đường", "=", 68, **CNT,
      year=2020),
    R("đã có «27 tỉnh", "tỉnh, thành phố đã triển khai Chương trình Sữa học đường", "=", 27, **CNT),
    R("khoảng từ «222 đến 226 nghìn", "học sinh thụ hưởng Chương trình bình quân mỗi năm", "between", 222000,
      value_max=226000, **CNT),
    R("trung bình «88 nghìn", "trẻ em Giáo dục Mầm non thụ hưởng trung bình", "=", 88000, **CNT),
    R("trung bình «134 nghìn", "học sinh giáo dục Tiểu học thụ hưởng trung bình", "=", 134000, **CNT),
    R("trên «970 tỷ", "tổng kinh phí Chương trình Sữa học đường", ">", 970 * TY, **DONG),
])

# --------------------------------------------------------------------------
# 04 Khánh Hòa, preschool children of the merged mountain communes keeping free school milk from
# September 2025 to 2030 (sggp.org.vn; the stamp " date 2025-08-26" written as the first line; cut:
# the photo caption "Trẻ Mầm non Vành Khuyên, xã Khánh Sơn ... Ảnh minh họa: V.K" with the blank
# line after it; the excerpt ends in "Trung Kh"). Result "đã có hơn 5.700 trẻ em mầm non ... được
# uống sữa" (>, year 2025). Target "Theo đề án Sữa học đường giai đoạn 2024 - 2030, toàn bộ trẻ của
# 24 trường" (>=, count, year 2030: the schools whose children the scheme covers). NOT: "(bình quân
# giảm 11-19%)" (a result's change against an earlier value, spec). Not quantities: "hơn 1 năm" (a
# duration), "tháng 9-2025", "năm 2030", "26-8", "14-12-2023", "5-2024", "2025-2026", "2024 -
# 2030" (dates), "Nghị quyết số 130" (a document).
# --------------------------------------------------------------------------
D04 = dict(name="04_khanhhoa-sua-hoc-duong-mien-nui-2025", kind="result", year=2025, records=[
    R("hơn «5.700 trẻ", "trẻ em mầm non đến trường tại hai huyện Khánh Sơn và Khánh Vĩnh được uống sữa", ">",
      5700, **CNT),
    R("trẻ của «24 trường", "trường có toàn bộ trẻ được uống sữa theo đề án Sữa học đường", ">=", 24, **CNT, **T,
      year=2030),
], NOT=["giảm «11-19%"])

# --------------------------------------------------------------------------
# 05 Khánh Hòa, the province funding milk and meals for preschool children of Khánh Sơn and Khánh
# Vĩnh (vov.vn; cut: the line "Học sinh miền núi ở tỉnh Khánh Hòa được hỗ trợ ăn trưa, nâng cao
# thể trạng" (a photo caption) with the blank line after it; no stamp, no byline; the excerpt ends
# in "phá"). Results, year null (no year in the text for them: "Hiện nay", "Qua 4 năm"): "tiền ăn
# trưa với mức 330 ngàn đồng/trẻ" (=, unit other "đồng/trẻ"), "hơn 13,7 tỷ đồng" (>), "hơn 5.300
# trẻ ăn bán trú" (>, count), "từ 60% suy dinh dưỡng nay giảm dần dần xuống còn 30%" (two stated
# values, the level before and the level now, =, as the earlier sets' price "từ 230 nghìn ...
# xuống còn 100 nghìn"), "chiếm tỷ lệ từ 25%-39%" (between). Targets of "đặt mục tiêu đến năm
# 2020": "suy dinh dưỡng thể thấp còi còn dưới 20%", "thể nhẹ cân còn dưới 7%" (<, year 2020).
# Not quantities: "2 huyện" (twice: the subject's place), "Từ năm 2016", "giai đoạn 2016-2020"
# (dates), "4 năm" (a duration).
# --------------------------------------------------------------------------
D05 = dict(name="05_khanhhoa-bua-an-sua-mien-nui-muc-tieu-2020", kind="result", year=None, records=[
    R("mức «330 ngàn", "mức tỉnh hỗ trợ chi phí học tập, tiền ăn trưa hàng tháng", "=", 330 * NGHIN,
      **money(unit_text="đồng/trẻ")),
    R("còn dưới «20%", "suy dinh dưỡng thể thấp còi ở trẻ mầm non tại 2 huyện miền núi", "<", 20, **T, year=2020),
    R("còn dưới «7%", "suy dinh dưỡng thể nhẹ cân ở trẻ mầm non tại 2 huyện miền núi", "<", 7, **T, year=2020),
    R("hơn «13,7 tỷ", "kinh phí tỉnh Khánh Hòa đã hỗ trợ thực hiện chương trình", ">", 13.7 * TY, **DONG),
    R("hơn «5.300 trẻ", "trẻ ăn bán trú tại trường thực hiện chương trình hỗ trợ", ">", 5300, **CNT),
    R("từ «60% suy", "tỷ lệ suy dinh dưỡng ở 2 huyện, mức giảm dần qua 4 năm thực hiện", "=", 60),
    R("xuống còn «30%", "tỷ lệ suy dinh dưỡng hiện nay", "=", 30),
    R("từ «25%-39%", "tỷ lệ trẻ suy dinh dưỡng ở miền núi", "between", 25, value_max=39),
])

# --------------------------------------------------------------------------
# 06 Quảng Nam, the province's plan for school milk from 2022-2023 to 2025-2026 in the ethnic
# minority and mountain communes (baoquangnam.vn; cut: the byline "NAM PHƯƠNG |" with the blank
# line after it, the photo caption "Đối tượng áp dụng chương trình Sữa học đường là ... Ảnh: N.P"
# and the tag label "TAGS"; no stamp). A precision text: four records among many numbers that are
# not. Kind target, year 2026 (the plan's end, "đến hết năm học 2025 - 2026"). The title's "Hơn 151
# tỷ đồng" (>, a title restating a figure gets its record, as the earlier sets), the ration "Mỗi
# ngày trẻ được uống 1 hộp sữa" (>=, unit other "hộp/ngày"; "180ml" the box's size), "hơn 151,9
# tỷ đồng" (>), "khoảng 150 tỷ đồng" (~). Not quantities: "19.9" (a date), "3-6 tuổi", "3 - 6
# tuổi" (ages), "khu vực I, II, III" (names), "Quyết định số 861" (a document), "giai đoạn 2021 -
# 2025" (in a name), "5 lần/tuần", "9 tháng/năm học" (a frequency, a duration), the school years.
# --------------------------------------------------------------------------
D06 = dict(name="06_quangnam-ke-hoach-sua-hoc-duong-2022-2026-precision", kind="target", year=2026, records=[
    R("Hơn «151 tỷ đồng thực hiện", "kinh phí thực hiện chương trình Sữa học đường", ">", 151 * TY, **DONG),
    R("uống «1 hộp sữa", "hộp sữa mỗi trẻ được uống mỗi ngày", ">=", 1, **money(unit_text="hộp/ngày")),
    R("hơn «151,9 tỷ", "tổng kinh phí thực hiện kế hoạch Sữa học đường", ">", 151.9 * TY, **DONG),
    R("khoảng «150 tỷ", "kinh phí mua sữa", "~", 150 * TY, **DONG),
])

# --------------------------------------------------------------------------
# 07 Quảng Nam, 33,000 children of six mountain districts drinking free school milk from June 2020
# (laodongthudo.vn; cut: the three related-article links "33.000  trẻ em Quảng Nam ... đườngTrẻ em
# Trà Vinh ...", "...đườngThành phố Hà Nội ...", "...đườngHơn 1 triệu trẻ ...", the image's alt text
# "33000 tre em quang nam duoc uong sua mien phi nho hoc duong" with the blank line after it, and
# the photo caption "Các gia đình ở vùng cao mong muốn con ... chưa cho phép." with the blank line
# after it; no stamp; the excerpt ends in "học hết"). Results, year 2020 ("từ đầu tháng 6/2020"):
# the title's "33.000  trẻ em Quảng Nam được uống sữa miễn phí" (=, count), "triển khai tại 6 huyện
# miền núi khó khăn" (=, count: the programme's coverage, as 03's provinces), and "Bắc Trà My ...
# tổng số hộ nghèo nhiều nhất năm 2019 với 3.704 hộ" (=, count, year 2019, place "Bắc Trà My").
# Not quantities: "6/2020" (a date), "42 tuổi" (an age), "ba người con", "lớp 12", "lớp 2" (words,
# names).
# --------------------------------------------------------------------------
D07 = dict(name="07_quangnam-33000-tre-uong-sua-2020", kind="result", year=2020, records=[
    R("«33.000  trẻ em", "trẻ em Quảng Nam được uống sữa miễn phí nhờ sữa học đường", "=", 33000, **CNT),
    R("tại «6 huyện", "huyện miền núi khó khăn triển khai chương trình Sữa học đường", "=", 6, **CNT),
    R("với «3.704 hộ", "tổng số hộ nghèo", "=", 3704, **CNT, year=2019, place="Bắc Trà My"),
])

# --------------------------------------------------------------------------
# 08 Hà Nội, the Department of Education's conference reviewing the city's school milk scheme of
# 2018-2020 (sogd.hanoi.gov.vn; cut: the photo caption "Học sinh Hà Nội hứng khởi uống sữa học đường
# như một thói quen thân thuộc mỗi buổi đến trường" that opened the excerpt; no stamp, no byline;
# the excerpt ends in "chuyên ngh"). Results. "Trong ngày đầu tiên triển khai đề án (2/1/2019), đã
# có 64% ..." and "Sau 1 tuần, tỷ lệ này đã tăng đến 100% với ... công lập và 61,8% các cơ sở
# ngoài công lập" (=, year 2019; two records, each its own subject, scope null: public and
# non-public schools are kinds of school, not a level). The others ("Hiện tại", the conference of
# "Chiều 22/5" with no year): year null, the text naming no year for them (the review's period
# "2018 - 2020" is not the year measured). "trong 24 đề án triển khai trên cả nước" (=, count),
# "số trẻ hơn 1 triệu" (>, count), "1.059.854 trẻ" (=), "gần 4.000 trường" (~), "đạt tỷ lệ 91,16%",
# "100% trường và 93% trẻ đăng ký uống sữa", "86,74%", "80,73%" (=). Not quantities: "22/5",
# "2/1/2019", "2018 - 2020" (dates), "1 tuần" (a duration).
# --------------------------------------------------------------------------
D08 = dict(name="08_hanoi-sua-hoc-duong-danh-gia-2018-2020", kind="result", year=None, records=[
    R("trong «24 đề án", "đề án sữa học đường triển khai trên cả nước", "=", 24, **CNT),
    R("số trẻ hơn «1 triệu", "trẻ tham gia sữa học đường Hà Nội", ">", 1e6, **CNT),
    R("có «64% trẻ", "trẻ mẫu giáo và học sinh tiểu học được uống sữa trong ngày đầu tiên triển khai đề án", "=",
      64, year=2019),
    R("tăng đến «100% với", "trẻ mầm non, học sinh tiểu học công lập được uống sữa", "=", 100, year=2019),
    R("và «61,8% các", "các cơ sở ngoài công lập có trẻ được uống sữa", "=", 61.8, year=2019),
    R("có «1.059.854 trẻ", "trẻ mẫu giáo và học sinh tiểu học tham gia thụ hưởng SHĐ", "=", 1059854, **CNT),
    R("gần «4.000 trường", "trường tham gia thụ hưởng SHĐ", "~", 4000, **CNT),
    R("tỷ lệ «91,16%", "tỷ lệ trẻ mẫu giáo và học sinh tiểu học tham gia thụ hưởng SHĐ", "=", 91.16),
    R("tỷ lệ «100% trường", "trường mầm non và tiểu học công lập tham gia", "=", 100),
    R("và «93% trẻ", "trẻ khối công lập đăng ký uống sữa", "=", 93),
    R("đạt «86,74%", "tỷ lệ trường ngoài công lập tham gia", "=", 86.74),
    R("là «80,73%", "tỷ lệ học sinh ngoài công lập đăng ký uống sữa", "=", 80.73),
])

# --------------------------------------------------------------------------
# 09 Đà Nẵng, the review of the city's school milk scheme of 2018-2020, extended to 2020-2021
# (giaoducthoidai.vn; nothing cut; no stamp, no byline; the excerpt ends in "106 v"). Results, year
# 2020 (the text's latest date, "Nghị quyết số 339/NQ-HĐND ngày 09/12/2020", after "3 năm triển
# khai" of 2018-2020; a judgement). Counts (=): "201 trường mầm non, trường chuyên biệt và các cơ
# sở bảo trợ", "2 cơ sở bảo trợ xã hội", "196/206 trường mầm non" (the numerator; "/206" the
# denominator), "3 cơ sở giáo dục chuyên biệt", "225/324 nhóm, lớp", "39.594/50.531 trẻ";
# percentages: "đạt tỷ lệ 78.4%" (a decimal point, written so), "(còn 0,3%)", "100% trẻ mẫu giáo
# ... được cải thiện tình trạng dinh dưỡng". Not quantities: "8 tập thể, 7 cá nhân", "47 tập thể và
# 46 cá nhân" (award recipients, as the earlier sets' "tặng Bằng khen 10 tập thể"), "3 năm" (a
# duration), "2018-2020", "2020 – 2021", "09/12/2020" (dates), "339/NQ-HĐND", "Nghị quyết 106"
# (documents).
# --------------------------------------------------------------------------
D09 = dict(name="09_danang-de-an-sua-hoc-duong-2020", kind="result", year=2020, records=[
    R("có «201 trường", "trường mầm non, trường chuyên biệt và các cơ sở bảo trợ tham gia đề án Sữa học đường",
      "=", 201, **CNT),
    R("có «2 cơ sở", "cơ sở bảo trợ xã hội tham gia đề án", "=", 2, **CNT),
    R("«196/206 trường", "trường mầm non tham gia đề án", "=", 196, **CNT),
    R("non; «3 cơ sở", "cơ sở giáo dục chuyên biệt tham gia đề án", "=", 3, **CNT),
    R("có «225/324 nhóm", "nhóm, lớp độc lập tư thục tham gia đề án", "=", 225, **CNT),
    R("Đề án «39.594/50.531", "trẻ mẫu giáo tham gia Đề án", "=", 39594, **CNT),
    R("tỷ lệ «78.4%", "tỷ lệ trẻ mẫu giáo tham gia Đề án", "=", 78.4),
    R("(còn «0,3%)", "tỷ lệ trẻ suy dinh dưỡng, trẻ thấp còi tại các trường", "=", 0.3),
    R("; «100% trẻ", "trẻ mẫu giáo tại các cơ sở giáo dục mầm non được cải thiện tình trạng dinh dưỡng", "=",
      100),
])

# --------------------------------------------------------------------------
# 10 The Government's decree on lunch support for primary and lower-secondary pupils of the
# communes on the land border (tienphong.vn; the stamp " date 2025-12-27" written as the first
# line; cut: the photo caption "Thủ tướng Phạm Minh Chính và các em học sinh xã miền núi. Ảnh:
# VGP" with the blank line after it; the excerpt ends in "học sinh có "). Kind target (support
# levels the decree sets: bare numbers, >=, as the earlier sets' "mức hỗ trợ 1 triệu
# đồng/tháng/em"), year 2025 (the stamp's; the text names no other). The title's and the body's
# "450.000 đồng/tháng" (two), "8 kg gạo/tháng" (unit other "kg gạo/tháng"), "định mức hỗ trợ tổ
# chức bữa ăn trưa là 2.369.000 đồng/tháng". Not quantities: "không quá 9 tháng/năm học" (three
# times, a duration), "thêm 1 tháng" (a duration), "cứ 45 học sinh", "1 định mức", "từ 20 học
# sinh trở lên", "dưới 45 học sinh" (the conditions of the allowance), "lớp 1" (a name).
# --------------------------------------------------------------------------
D10 = dict(name="10_bien-gioi-ho-tro-bua-trua-2025", kind="target", year=2025, records=[
    R("bữa ăn trưa «450.000 đồng/tháng\n", "học sinh ở các xã biên giới được hỗ trợ bữa ăn trưa", ">=", 450000,
      **PER_MONTH),
    R("hỗ trợ «450.000 đồng/tháng tiền ăn", "mỗi học sinh được hỗ trợ tiền ăn", ">=", 450000, **PER_MONTH),
    R("là «8 kg", "mức hỗ trợ gạo với mỗi học sinh", ">=", 8, **money(unit_text="kg gạo/tháng")),
    R("là «2.369.000", "định mức hỗ trợ tổ chức bữa ăn trưa", ">=", 2369000, **PER_MONTH),
])

# --------------------------------------------------------------------------
# 11 Điện Biên (Nậm Vì, Mường Nhé; the text names only "Nậm Vì"): the meals of boarding pupils and
# preschool children (vnexpress.net; the stamp " date 2024-08" written as the first line; nothing
# cut). Results, year 2024. "Bữa sáng ... gói gọn trong 5.000 đồng" (=, "đồng": the cost of the
# breakfast), "Bữa ăn mỗi ngày có chi phí 8.500 đồng" (=), "90% trẻ em đang theo học thuộc diện
# hộ nghèo" (=), "trợ cấp 6.000 đồng mỗi suất" (=, "đồng" as written at the number), "2-3 kg gạo
# mỗi tháng do gia đình đóng góp" (between, unit other "kg gạo"). Not quantities: "hộ 9-10 nhân
# khẩu" (the size of a household, a description), "hai bữa" (a word).
# --------------------------------------------------------------------------
D11 = dict(name="11_dienbien-namvi-bua-an-ban-tru-2024", kind="result", year=2024, records=[
    R("trong «5.000 đồng", "chi phí bữa sáng của học sinh nội trú", "=", 5000, **DONG),
    R("phí «8.500 đồng", "chi phí bữa ăn mỗi ngày của học sinh bán trú từ dự án Nuôi em", "=", 8500, **DONG),
    R("«90% trẻ em", "trẻ em đang theo học thuộc diện hộ nghèo, đông con", "=", 90),
    R("cấp «6.000 đồng", "trợ cấp bữa cơm hàng ngày ở trường mỗi suất", "=", 6000, **DONG),
    R("cùng «2-3 kg", "gạo mỗi tháng do gia đình đóng góp", "between", 2, value_max=3,
      **money(unit_text="kg gạo")),
])

# --------------------------------------------------------------------------
# 12 The Government's Decree 66 on boarding pupils' support, and the "Nuôi em" project pausing
# (dantri.com.vn; the stamp " date 2025-12-23" written as the first line; cut: the photo caption
# "Học sinh dân tộc thiểu số ở Quảng Trị (Ảnh: Tiến Thành)." with the blank line after it; the
# excerpt ends in "hỗ trợ tr"). A precision text: three records among distances and ages. Kind
# target (support levels, bare numbers, >=), year 2025 (the stamp's): "trẻ mầm non được hỗ trợ
# 360.000 đồng/tháng, học sinh được hỗ trợ 936.000 đồng/tháng" (two, each its own subject), "15kg
# gạo/tháng" (unit other "kg gạo/tháng"). Not quantities: "từ 3 tháng đến 3 tuổi" (ages), "từ 4km
# trở lên", "7km", "10km", "3,5km", "4km" (the distances of the eligibility rule, conditions),
# "Nghị định 66" (a name).
# --------------------------------------------------------------------------
D12 = dict(name="12_ban-tru-dinh-muc-tien-an-2025-precision", kind="target", year=2025, records=[
    R("hỗ trợ «360.000", "tiền ăn trẻ mầm non được hỗ trợ", ">=", 360000, **PER_MONTH),
    R("hỗ trợ «936.000", "tiền ăn học sinh được hỗ trợ", ">=", 936000, **PER_MONTH),
    R("cấp «15kg", "gạo mỗi học sinh diện bán trú, nội trú và dự bị đại học được cấp", ">=", 15,
      **money(unit_text="kg gạo/tháng")),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
