#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set308).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry. This set needs none: its two percentages are recorded.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
The catalogue has no indicator for scholarships, study-promotion funds or student credit: every
record of this set is null, given per record (`iid=`) as the earlier sets do.

Money is written with the helpers below: `VND` ("đồng", the magnitude word multiplied in, spec's
decided case) and `per(...)` for an amount per thing or per period, whose unit_text is the unit as
written at the number ("đồng/năm", "đồng/suất", "đồng/tháng/em"), as set284 and set287 did.

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
per = functools.partial(dict, unit="other")  # money per thing or period: per(unit_text="đồng/năm")
TRIEU, TY = 1e6, 1e9

# --------------------------------------------------------------------------
# 01 Ninh Bình, the provincial study-promotion association's scheme "Học bổng cùng em vượt khó đến
# trường" after two school years (thucte.vn; nothing cut; no byline, no stamp; the excerpt ends with
# the page's last sentence). Year 2023 ("tính đến hết tháng 7/2023"). Targets: the scheme's level
# of one scholarship, "Giá trị mỗi suất học bổng từ 4.500.000 đồng/năm trở lên" (>=, "đồng/năm")
# and the bracket's "(500.000 đồng/tháng x 9 tháng)" (a bracket stating a value, spec: a target's
# bare number, >=, "đồng/tháng"); year 2021, the year the scheme was issued ("Ngày 21/6/2021"; the
# rule names no year of its own; a judgement, as set284 gave a plan's gift levels its plan's year).
# Results (=, 2023): 1.081 pupils, 32 agencies acting as focal points, 441 organisations, 154
# individuals, "trên 6,1 tỉ đồng" (>), and the breakdown "70 lượt doanh nghiệp ... 139 suất ...
# 646 triệu đồng; 154 lượt cá nhân tặng 285 suất ... gần 1,6 tỉ đồng" (~ for "gần"), each its
# own subject, scope null. Not quantities: "21/6/2021", "tháng 7/2023" (dates), "9 tháng" and "2 năm
# học" (durations, as set193's "7 tháng đầu năm"), "không có học sinh nào" (no number).
# --------------------------------------------------------------------------
D01 = dict(name="01_ninhbinh-hoc-bong-cung-em-vuot-kho-2023", kind="result", year=2023, records=[
    R("học bổng từ «4.500.000 đồng/năm", "giá trị mỗi suất học bổng của Đề án", ">=", 4.5 * TRIEU,
      **per(unit_text="đồng/năm"), **T, year=2021, iid=None),
    R("(«500.000 đồng/tháng", "giá trị mỗi suất học bổng của Đề án mỗi tháng", ">=", 500000,
      **per(unit_text="đồng/tháng"), **T, year=2021, iid=None),
    R("đã có «1.081 lượt", "lượt học sinh hoàn cảnh khó khăn được tặng học bổng", "=", 1081, **CNT, iid=None),
    R("được «32 cơ quan", "cơ quan, đơn vị là đầu mối vận động tặng học bổng", "=", 32, **CNT, iid=None),
    R("vận động «441 lượt", "lượt tổ chức tặng học bổng", "=", 441, **CNT, iid=None),
    R("tổ chức, «154 lượt cá nhân các", "lượt cá nhân các nhà hảo tâm tặng học bổng", "=", 154, **CNT, iid=None),
    R("là trên «6,1 tỉ", "số tiền học bổng do các tập thể, cá nhân trao tặng", ">", 6.1 * TY, **VND, iid=None),
    R("có «70 lượt", "lượt doanh nghiệp, doanh nhân tặng học bổng theo Đề án", "=", 70, **CNT, iid=None),
    R("tặng «139 suất", "suất học bổng doanh nghiệp, doanh nhân tặng theo Đề án", "=", 139, **CNT, iid=None),
    R("tiền «646 triệu", "số tiền học bổng doanh nghiệp, doanh nhân tặng", "=", 646 * TRIEU, **VND, iid=None),
    R("đồng; «154 lượt", "lượt cá nhân tặng học bổng theo Đề án", "=", 154, **CNT, iid=None),
    R("tặng «285 suất", "suất học bổng cá nhân tặng theo Đề án", "=", 285, **CNT, iid=None),
    R("gần «1,6 tỉ", "số tiền học bổng cá nhân tặng", "~", 1.6 * TY, **VND, iid=None),
])

# --------------------------------------------------------------------------
# 02 Hải Dương, the province's study-promotion fund at mid-2020 (m.baohaiduong.vn; cut: the byline
# line "THỨ BA, 30/06/2020 08:52:22" with the blank line after it, written as the first line
# `date 2020-06-30`, and the author's initials "PV"). Year 2020. Results (=): the fund "đạt 123 tỷ
# đồng", the average per head "65.000 đồng/năm" ("đồng/năm" as written), "3.120 suất học bổng" and
# their "1,6 tỷ đồng". Not quantities: the title's and the body's "tăng gần 10 tỷ đồng (so với năm
# 2019)" (a result's change against an earlier value, spec), "năm 2019".
# --------------------------------------------------------------------------
D02 = dict(name="02_haiduong-quy-khuyen-hoc-toan-tinh-2020", kind="result", year=2020, records=[
    R("tỉnh đạt «123 tỷ", "Quỹ Khuyến học toàn tỉnh", "=", 123 * TY, **VND, iid=None),
    R("là «65.000 đồng/năm", "bình quân số Quỹ Khuyến học tính theo đầu người", "=", 65000,
      **per(unit_text="đồng/năm"), iid=None),
    R("trao «3.120 suất", "suất học bổng trao cho học sinh có hoàn cảnh đặc biệt khó khăn", "=", 3120, **CNT,
      iid=None),
    R("tiền «1,6 tỷ", "số tiền học bổng trao cho học sinh có hoàn cảnh đặc biệt khó khăn", "=", 1.6 * TY, **VND,
      iid=None),
])

# --------------------------------------------------------------------------
# 03 Bắc Giang, the provincial and district study-promotion associations' scholarships to pupils
# overcoming hardship (congdankhuyenhoc.vn; cut: the comment widget's lines "Bình luận", "Thông
# báo", "Bạn đã gửi thành công.", "Đăng nhập để tham gia bình luận", "Đăng nhập với", "Facebook
# Google"; no byline, no stamp). Year null: the text names no year ("Ngày 13 và 14/11" only; the
# address's digits are not in the text). Results: the lead's "trị giá hơn 500 triệu đồng" (>),
# "70 suất", "tại 10 huyện, thành phố" (the districts reached: a count of its own, as set193's
# "tại 7 thôn"), the split by group of districts "các huyện Sơn Động, Lục Ngạn, Lục Nam, Yên Thế,
# mỗi huyện có 10 học sinh ...; các huyện, thành phố còn lại, mỗi huyện trao 5 suất" (two records,
# scopes the two groups as written: one sentence splitting its values by group), "4,5 triệu đồng"
# (the value of one scholarship, "đồng", as set284's "mỗi suất 200.000 đồng"), "56 suất", "549
# triệu đồng". Not quantities: the title's "Hơn nửa tỉ đồng" and "hàng trăm suất" (no digits),
# "13 và 14/11" (dates).
# --------------------------------------------------------------------------
D03 = dict(name="03_bacgiang-hoc-bong-hoc-sinh-vuot-kho", kind="result", year=None, records=[
    R("trị giá hơn «500 triệu", "trị giá suất học bổng tặng học sinh có hoàn cảnh khó khăn", ">", 500 * TRIEU, **VND,
      iid=None),
    R("trao «70 suất", "suất học bổng Hội Khuyến học tỉnh trao tặng học sinh hoàn cảnh khó khăn", "=", 70, **CNT,
      iid=None),
    R("tại «10 huyện", "huyện, thành phố có học sinh được trao học bổng", "=", 10, **CNT, iid=None),
    R("có «10 học sinh", "học sinh được trao học bổng mỗi huyện", "=", 10, **CNT,
      scope="các huyện Sơn Động, Lục Ngạn, Lục Nam, Yên Thế", iid=None),
    R("trao «5 suất", "suất học bổng trao mỗi huyện", "=", 5, **CNT, scope="các huyện, thành phố còn lại", iid=None),
    R("giá «4,5 triệu", "trị giá mỗi suất học bổng", "=", 4.5 * TRIEU, **VND, iid=None),
    R("trao «56 suất", "suất học bổng các huyện, thành phố trao tặng học sinh vượt khó, hiếu học", "=", 56, **CNT,
      iid=None),
    R("là «549 triệu", "tổng số tiền trao học bổng đợt này", "=", 549 * TRIEU, **VND, iid=None),
])

# --------------------------------------------------------------------------
# 04 Long An, Thủ Thừa district's "Tiếp sức mùa thi" scholarships for grade-12 pupils, June 2023
# (congdankhuyenhoc.vn; cut: the byline "Đắc Quang", the byline time and date "20:07 - 23/06/2023"
# (written as the first line `date 2023-06-23`), the share widget "Công dân & Khuyến học trên", and
# two photo captions without figures, "Trao học bổng Tiếp sức mùa thi năm 2023 ... - Ảnh 1." and
# "Hội Khuyến học huyện Thủ Thừa, ... khối 12 có hoàn cảnh khó khăn. Ảnh: Trung Hiếu", each with the
# blank line after it). Year 2023. Results: "51 học sinh" (=), "trị giá 1 triệu đồng/học sinh" (=,
# "đồng/học sinh"), "Mỗi phần quà trị giá 150.000 đồng" (=), "gần 60 triệu đồng" (~). Not
# quantities: "năm 2023" (twice), "khối 12", "lớp 12" (grades: names).
# --------------------------------------------------------------------------
D04 = dict(name="04_longan-thuthua-tiep-suc-mua-thi-2023", kind="result", year=2023, records=[
    R("đó, «51 học sinh", "học sinh lớp 12 có hoàn cảnh khó khăn được tặng học bổng Tiếp sức mùa thi", "=", 51,
      **CNT, iid=None),
    R("trị giá «1 triệu đồng/học sinh", "trị giá học bổng Tiếp sức mùa thi", "=", 1 * TRIEU,
      **per(unit_text="đồng/học sinh"), iid=None),
    R("trị giá «150.000 đồng", "trị giá mỗi phần quà", "=", 150000, **VND, iid=None),
    R("gần «60 triệu", "tổng kinh phí trao tặng đợt này", "~", 60 * TRIEU, **VND, iid=None),
])

# --------------------------------------------------------------------------
# 05 Bạc Liêu, the provincial study-promotion association's awards and scholarships of May 2024
# (baomoi.net.vn, reprinting sggp.org.vn; cut: the photo caption "Hội Khuyến học tỉnh Bạc Liêu tặng
# học bổng cho học sinh có hoàn cảnh khó khăn", twice (the first with a leading space), each with
# the blank line after it, the byline "TẤN THÁI" and the source line "Nguồn SGGP: https://..." with
# the blank line before it; no byline date, no stamp). Year 2024 (the ceremony's "năm 2024", "19-5-
# 2024"). Results (2024): "32 cá nhân" (=), "34 sinh viên" (=), "70 suất học bổng" (=), "tổng trị
# giá trên 200 triệu đồng" (>), "từ đầu năm 2024 đến nay, vận động trên 4 tỷ đồng" (>); the school
# year's "trong năm học 2022 – 2023 ... trên 12 tỷ đồng" (>, year 2023: a school year read by its
# end year, as set181). Not quantities: "16-5", "19-5-1890 - 19-5-2024" (dates), "134 năm" (an
# anniversary), "năm 2023" (the movement's year in a name), "năm học 2022-2023", "hàng ngàn suất"
# (no digits).
# --------------------------------------------------------------------------
D05 = dict(name="05_baclieu-khuyen-tai-hoc-bong-2024", kind="result", year=2024, records=[
    R("có «32 cá nhân", "cá nhân được tặng giấy khen vì có thành tích tiêu biểu trong phong trào học tập suốt "
      "đời", "=", 32, **CNT, iid=None),
    R("cho «34 sinh viên", "sinh viên được trao thưởng khuyến tài", "=", 34, **CNT, iid=None),
    R("tặng «70 suất", "suất học bổng tặng học sinh có hoàn cảnh khó khăn", "=", 70, **CNT, iid=None),
    R("trên «200 triệu", "tổng trị giá suất học bổng", ">", 200 * TRIEU, **VND, iid=None),
    R("trên «12 tỷ", "vận động các doanh nghiệp, các mạnh thường quân ủng hộ cho công tác khuyến học, khuyến tài", ">", 12 * TY, **VND, year=2023,
      iid=None),
    R("trên «4 tỷ", "vận động từ đầu năm 2024 đến nay", ">", 4 * TY, **VND, iid=None),
])

# --------------------------------------------------------------------------
# 06 Thanh Hóa, the provincial study-promotion association's review of 2025 (baothanhhoa.vn; the
# stamp " date 2026-01-16" written as the first line; cut: the photo caption "Ông Vương Văn Việt,
# ... phát biểu tại hội nghị." with the blank line after it; the excerpt ends in "996 triệu đồng").
# Results of 2025 ("tổng kết công tác năm 2025", "cuối năm 2025"). "134 HKH trực thuộc Tỉnh hội
# (132/166 hội cấp xã, 2 đơn vị trực thuộc Tỉnh hội)": three counts, the bracket's two each with its
# own subject (a breakdown by kind, scope null); "hơn 1,15 triệu hội viên" (>), "đạt 30,4% dân số"
# (=, %); the fund "420 tỷ 936 triệu đồng" (one amount written in two parts, 420.936e9, as set201's
# and set259's), "110.641 đồng/người dân" (=, "đồng/người dân"); "17 HKH cấp huyện cũ" (=), "từ 1 đến
# 6 tỷ đồng" (between, one range stated once); "90.680 học sinh, sinh viên" (=), "58 tỷ 996 triệu
# đồng" (58.996e9). Not quantities: "16/1", "1/7/2025" (dates), "lần thứ VIII", "nhiệm kỳ 2021-2026",
# "năm 2025", "năm 2026", "chính quyền địa phương 2 cấp" (a name: the two-level local government),
# the denominator "/166".
# --------------------------------------------------------------------------
D06 = dict(name="06_thanhhoa-quy-khuyen-hoc-tong-ket-2025", kind="result", year=2025, records=[
    R("có «134 HKH", "Hội Khuyến học trực thuộc Tỉnh hội", "=", 134, **CNT, iid=None),
    R("(«132/166", "hội khuyến học cấp xã trực thuộc Tỉnh hội", "=", 132, **CNT, iid=None),
    R("xã, «2 đơn vị", "đơn vị trực thuộc Tỉnh hội", "=", 2, **CNT, iid=None),
    R("hơn «1,15 triệu", "hội viên Hội Khuyến học", ">", 1.15 * TRIEU, **CNT, iid=None),
    R("đạt «30,4%", "hội viên Hội Khuyến học đạt dân số toàn tỉnh", "=", 30.4, iid=None),
    R("đạt «420 tỷ 936 triệu", "tổng Quỹ Khuyến học toàn tỉnh", "=", 420.936 * TY, **VND, iid=None,
      note="'420 tỷ 936 triệu đồng': one amount written in two parts"),
    R("đạt «110.641", "bình quân tổng Quỹ Khuyến học toàn tỉnh đạt người dân", "=", 110641, **per(unit_text="đồng/người dân"),
      iid=None),
    R("có «17 HKH", "Hội Khuyến học cấp huyện cũ có số dư quỹ khuyến học gửi tại ngân hàng", "=", 17, **CNT,
      iid=None),
    R("từ «1 đến 6 tỷ", "số dư quỹ khuyến học gửi tại ngân hàng của Hội Khuyến học cấp huyện cũ", "between",
      1 * TY, value_max=6 * TY, **VND, iid=None),
    R("cho «90.680", "học sinh, sinh viên được trao học bổng", "=", 90680, **CNT, iid=None),
    R("tiền «58 tỷ 996 triệu", "số tiền trao học bổng", "=", 58.996 * TY, **VND, iid=None,
      note="'58 tỷ 996 triệu đồng': one amount written in two parts"),
])

# --------------------------------------------------------------------------
# 07 Sơn La, Mai Sơn district's study-promotion association's congress for 2021-2026 (baosonla.org.vn;
# cut: the byline date "Ngày 20 tháng 10 năm 2021" with the blank line after it, written as the
# first line `date 2021-10-20`; the caption sentence "Lãnh đạo Hội khuyến học tỉnh tặng Giấy khen
# ..." is glued to a body line and stays, as part of a line; the excerpt ends in "tiểu k"). Results
# of the past term reported in 2021 (=, count unless said): 22 communes' associations, 399 branches,
# "hơn 31.600 hội viên" (>), "hơn 27.400 hộ" (>), 65 clans, 95 villages, 61 schools, 20 agencies,
# "10/22 xã" (10), the fund's "500 triệu đồng", "20.000 phần quà". Target: the new term's "Giữ vững
# 100% bản, tiểu k..." (>=, %, year 2026: the term's end; the excerpt cuts the sentence, the
# indicator is what the text gives). Not quantities: "19/10" (a date), "lần thứ V", "2021-2026",
# "42 đại biểu" (the participants of an event, spec), "5 năm qua" (a duration), "hàng trăm suất"
# (no digits), the denominator "/22".
# --------------------------------------------------------------------------
D07 = dict(name="07_sonla-maison-dai-hoi-khuyen-hoc-2021", kind="result", year=2021, records=[
    R("có «22 Hội", "Hội Khuyến học xã, thị trấn", "=", 22, **CNT, iid=None),
    R("và «399 chi hội", "chi hội (ban) khuyến học bản, tiểu khu và doanh nghiệp", "=", 399, **CNT, iid=None),
    R("hơn «31.600 hội viên", "hội viên Hội Khuyến học", ">", 31600, **CNT, iid=None),
    R("có hơn «27.400 hộ", "hộ đạt danh hiệu “Gia đình học tập”", ">", 27400, **CNT, iid=None),
    R("«65 dòng hộ", "dòng họ đạt danh hiệu “Dòng họ học tập”", "=", 65, **CNT, iid=None),
    R("«95 bản", "bản, tiểu khu đạt danh hiệu “Cộng đồng học tập”", "=", 95, **CNT, iid=None),
    R("«61 trường học", "trường học đạt danh hiệu “Trường học học tập”", "=", 61, **CNT, iid=None),
    R("«20 cơ quan", "cơ quan, đơn vị đạt danh hiệu “Đơn vị học tập”", "=", 20, **CNT, iid=None),
    R("«10/22 xã", "xã đạt danh hiệu “Cộng đồng học tập” cấp xã", "=", 10, **CNT, iid=None),
    R("khuyến tài «500 triệu", "đóng góp xây dựng qũy khuyến học, khuyến tài", "=", 500 * TRIEU, **VND,
      iid=None),
    R("tặng «20.000 phần quà", "phần quà tặng học sinh khó khăn, đạt thành tích cao", "=", 20000, **CNT, iid=None),
    R("Giữ vững «100% bản", "bản, tiểu k", ">=", 100, **T, year=2026, iid=None),
])

# --------------------------------------------------------------------------
# 08 Đắk Lắk, the provincial study-promotion association's congress for 2021-2026 (suckhoeviet.org.vn;
# cut: the photo caption "Đại hội bầu ra Ban Chấp hành tỉnh hội nhiệm kỳ 2021-2-26" (the page's
# typo); no byline, no stamp; the excerpt ends in "UBND t"). Year 2021: the congress opening the
# term 2021-2026 ("Sáng 31/5"); the text names no other year for its results (a judgement). Results:
# "185 Hội khuyến học xã, phường, thị trấn" (=), "448.166 hội viên" (=), "2.460 học sinh bỏ học trở
# lại trường" (=), "994 người" (=), "gần 1.600 học viên" (~), "gần 27.300 học sinh" (~), "trên
# 45.800 học sinh" (>). Not quantities: "tăng 205.288 hội viên so với đầu nhiệm kỳ" (a change, spec),
# "3 nhiệm vụ" (tasks, spec), "31/5" (a date), "lần thứ V", "2021 – 2026", "2016 – 2021" (terms).
# --------------------------------------------------------------------------
D08 = dict(name="08_daklak-dai-hoi-khuyen-hoc-tinh-2021", kind="result", year=2021, records=[
    R("có «185 Hội", "Hội khuyến học xã, phường, thị trấn", "=", 185, **CNT, iid=None),
    R("có «448.166", "hội viên Hội Khuyến học toàn tỉnh", "=", 448166, **CNT, iid=None),
    R("vận động «2.460", "học sinh bỏ học được vận động trở lại trường", "=", 2460, **CNT, iid=None),
    R("trường; «994 người", "người tham gia các lớp xóa mù chữ", "=", 994, **CNT, iid=None),
    R("gần «1.600 học viên", "học viên các lớp phổ cập giáo dục Tiểu học, Trung học cơ sở được hỗ trợ vận động",
      "~", 1600, **CNT, iid=None),
    R("gần «27.300", "học sinh có hoàn cảnh khó khăn được hỗ trợ bằng tiền, dụng cụ học tập, xe đạp", "~", 27300,
      **CNT, iid=None),
    R("trên «45.800", "học sinh có thành tích cao trong học tập và rèn luyện đạo đức được thưởng", ">", 45800,
      **CNT, iid=None),
])

# --------------------------------------------------------------------------
# 09 Hà Tĩnh, the fund supporting high-scoring pupils in hardship through university, two years on
# (nhandan.vn; nothing cut; no byline, no stamp; the excerpt ends in "tron"). Year 2023 ("24/8/2021-
# 24/8/2023", "năm học này"). Results: "47 học sinh" supported this school year (=), "hơn 100 cơ
# quan, doanh nghiệp, cá nhân" (>, the sponsors: a count, as 01's organisations), "hơn 23 tỷ đồng"
# (>), "Quỹ đã hỗ trợ 150 em, trong đó có 5 em ..." (=, two counts, the second a part with its own
# subject), "các mức từ 500 nghìn đến 2,5 triệu đồng/tháng" (between, "đồng/tháng"). Not quantities:
# "hai tỷ đồng" (a number in words, no digits), "hai năm" (a word), the dates.
# --------------------------------------------------------------------------
D09 = dict(name="09_hatinh-quy-ho-tro-vao-dai-hoc-2023", kind="result", year=2023, records=[
    R("trong «47 học sinh", "học sinh đạt điểm cao, có hoàn cảnh đặc biệt khó khăn được Quỹ hỗ trợ kinh phí học "
      "đại học", "=", 47, **CNT, iid=None),
    R("hơn «100 cơ quan", "cơ quan, doanh nghiệp, cá nhân tài trợ cho Quỹ", ">", 100, **CNT, iid=None),
    R("hơn «23 tỷ", "số tiền tài trợ Quỹ nhận được", ">", 23 * TY, **VND, iid=None),
    R("hỗ trợ «150 em", "em được Quỹ hỗ trợ", "=", 150, **CNT, iid=None),
    R("có «5 em", "em được hỗ trợ đột xuất", "=", 5, **CNT, iid=None),
    R("từ «500 nghìn đến 2,5 triệu", "mức hỗ trợ mỗi em trong các năm học đại học", "between", 500e3,
      value_max=2.5 * TRIEU, **per(unit_text="đồng/tháng"), iid=None),
])

# --------------------------------------------------------------------------
# 10 An Giang, Phú Tân district's lottery-company scholarships, first round of the school year
# 2021-2022 (baoangiang.com.vn; cut: the byline date and time "23/12/2021 - 14:16" with the blank
# line after it, written as the first line `date 2021-12-23`, the photo caption "Trao học bổng cho
# học sinh tại xã Phú Thọ" with the blank line after it, and the byline "MỸ HẠNH"). Year 2021 (the
# round given on "23-12" of 2021). Results: "163 suất học bổng dành cho học sinh bậc THCS, 114 suất
# dành cho học sinh THPT" (split by school level: scopes "bậc THCS", "THPT", as set298's "cấp THCS",
# "cấp THPT") "và 21 suất dành cho học sinh khuyết tật ... ở 3 cấp học" (a kind of scholarship across
# the levels, scope null); "15 suất học bổng khuyến tài và 3 suất bảo trợ" (kinds, scope null); the
# values per round "bậc THCS ... 1,2 triệu đồng/đợt; bậc THPT ... 1,5 triệu đồng/đợt" (scopes "bậc
# THCS", "bậc THPT"), "học bổng khuyến tài 3 triệu", "học bổng bảo trợ 5 triệu" (kinds, null), the
# disability scholarship's "từ 1,5 - 4,8 triệu đồng/đợt" (between); "442 triệu đồng" (=). Not
# quantities: "đợt 1", "Đợt 1" (labels), "năm học 2021-2022", "23-12" (dates), "3 cấp học" (the
# school levels named as a whole), "COVID-19" (a name).
# --------------------------------------------------------------------------
D10 = dict(name="10_angiang-phutan-hoc-bong-xo-so-2021", kind="result", year=2021, records=[
    R("trao «163 suất", "suất học bổng Xổ số kiến thiết An Giang", "=", 163, **CNT, scope="bậc THCS", iid=None),
    R("THCS, «114 suất", "suất học bổng Xổ số kiến thiết An Giang", "=", 114, **CNT, scope="THPT", iid=None),
    R("và «21 suất", "suất học bổng dành cho học sinh khuyết tật khiếm khuyết tay, chân", "=", 21, **CNT, iid=None),
    R("có «15 suất", "suất học bổng khuyến tài", "=", 15, **CNT, iid=None),
    R("và «3 suất", "suất học bổng bảo trợ", "=", 3, **CNT, iid=None),
    R("trị giá «1,2 triệu", "trị giá mỗi suất học bổng khuyến học", "=", 1.2 * TRIEU, **per(unit_text="đồng/đợt"),
      scope="bậc THCS", iid=None),
    R("THPT trị giá «1,5 triệu", "trị giá mỗi suất học bổng khuyến học", "=", 1.5 * TRIEU,
      **per(unit_text="đồng/đợt"), scope="bậc THPT", iid=None),
    R("khuyến tài «3 triệu", "trị giá học bổng khuyến tài", "=", 3 * TRIEU, **per(unit_text="đồng/đợt"), iid=None),
    R("bảo trợ «5 triệu", "trị giá học bổng bảo trợ", "=", 5 * TRIEU, **per(unit_text="đồng/đợt"), iid=None),
    R("từ «1,5 - 4,8 triệu", "trị giá mỗi suất học bổng khuyết tật", "between", 1.5 * TRIEU, value_max=4.8 * TRIEU,
      **per(unit_text="đồng/đợt"), iid=None),
    R("là «442 triệu", "tổng trị giá các suất học bổng", "=", 442 * TRIEU, **VND, iid=None),
])

# --------------------------------------------------------------------------
# 11 Quảng Ngãi, the "Thắp sáng ước mơ" scholarship fund's eleventh round, September 2025
# (thanhnien.vn; the stamp " date 2025-09-20" written as the first line; cut: the photo caption
# "Ông Trần Hoàng Tuấn, ... cho học sinh ẢNH: T.NGUYÊN" with the blank line after it; the caption
# "Đợt này, Quỹ ... trao hơn 725 triệu đồng ... ANH: T.NGUYỄN" carries a figure and stays; the
# excerpt ends in "ước mơ), "). Year 2025. Results: "150 suất học bổng (trị giá 3 triệu
# đồng/suất)" (=, count, then the bracket's money "đồng/suất"), "100 suất dành cho học sinh tiểu
# học, THCS; 50 suất cho học sinh THPT và sinh viên ..." (split by school level: two scopes as
# written), "hơn 725 triệu đồng" (>, in the body and again in the kept caption: a record at each
# place, as set284's title and body), "52 triệu đồng" (=), the Tết round's "(tổng kinh phí hơn 400
# triệu đồng)" (>, a bracket stating a value). Targets: the pledge "cam kết hỗ trợ trong vòng 9
# tháng của năm học 2025 - 2026 cho 30 em ..., mức hỗ trợ 1 triệu đồng/tháng/em" (a commitment for
# the coming school year: kind target, bare numbers >=; year 2026, the school year read by its end
# year, as set181; "đồng/tháng/em"). Not quantities: "20.9" (a date), "lần thứ 11" (an ordinal),
# "năm 2025", "Tết Nguyên đán 2025", "9 tháng" (a duration), "hàng trăm suất" (no digits).
# --------------------------------------------------------------------------
D11 = dict(name="11_quangngai-thap-sang-uoc-mo-2025", kind="result", year=2025, records=[
    R("trao «150 suất", "suất học bổng Thắp sáng ước mơ trao cho học sinh, sinh viên có hoàn cảnh khó khăn", "=",
      150, **CNT, iid=None),
    R("(trị giá «3 triệu đồng/suất)", "trị giá suất học bổng Thắp sáng ước mơ", "=", 3 * TRIEU,
      **per(unit_text="đồng/suất"), iid=None),
    R("đó, «100 suất", "suất học bổng Thắp sáng ước mơ", "=", 100, **CNT, scope="học sinh tiểu học, THCS", iid=None),
    R("THCS; «50 suất", "suất học bổng Thắp sáng ước mơ", "=", 50, **CNT,
      scope="học sinh THPT và sinh viên người dân tộc thiểu số", iid=None),
    R("cho «30 em", "em có hoàn cảnh đặc biệt khó khăn Quỹ cam kết hỗ trợ trong năm học 2025 - 2026", ">=",
      30, **CNT, **T, year=2026, iid=None),
    R("hỗ trợ «1 triệu đồng/tháng/em", "mức hỗ trợ em có hoàn cảnh đặc biệt khó khăn", ">=", 1 * TRIEU,
      **per(unit_text="đồng/tháng/em"), **T, year=2026, iid=None),
    R("này hơn «725 triệu", "tổng kinh phí đợt trao học bổng lần này", ">", 725 * TRIEU, **VND, iid=None),
    R("trị giá «52 triệu", "trị giá học bổng trao cho học sinh ở xã Nghĩa Hành, Trường THPT Trần Quốc Tuấn và một "
      "tân sinh viên", "=", 52 * TRIEU, **VND, iid=None),
    R("phí hơn «400 triệu", "tổng kinh phí hàng trăm suất học bổng dịp Tết Nguyên đán 2025", ">", 400 * TRIEU, **VND,
      iid=None),
    R("trao hơn «725 triệu", "Quỹ học bổng Thắp sáng ước mơ trao cho học sinh và sinh viên nghèo đợt này",
      ">", 725 * TRIEU, **VND, iid=None),
])

# --------------------------------------------------------------------------
# 12 Huế, the city's study-promotion association's scholarships after the floods, December 2025
# (huengaynay.vn; the stamp " date 2025-12-20" written as the first line; cut: the rest of the
# stamp's line, the photo caption "Bà Nguyễn Thị Ái Vân trao học bổng cho các em học sinh", with the
# blank line after it; the excerpt ends in "rèn luyện, n"). Year 2025. Results (=): "120 suất học
# bổng", "40 phường, xã" (the communes reached, a count, as 03's districts), "mỗi địa phương 3 em",
# "1 triệu đồng" (one scholarship), "tổng kinh phí 120 triệu đồng", its sources "100 triệu đồng"
# and "20 triệu đồng" (each its own subject), "3 học sinh" awarded, "14 triệu đồng", "41 suất",
# "143 triệu đồng", "277 triệu đồng". Not quantities: "năm 2025" (a date), the medals (names).
# --------------------------------------------------------------------------
D12 = dict(name="12_hue-hoc-bong-tiep-suc-lu-lut-2025", kind="result", year=2025, records=[
    R("trao «120 suất", "suất học bổng Hội Khuyến học TP. Huế trao cho học sinh bị ảnh hưởng bởi lũ lụt", "=", 120,
      **CNT, iid=None),
    R("thuộc «40 phường", "phường, xã thuộc thành phố của học sinh được trao học bổng", "=", 40, **CNT, iid=None),
    R("phương «3 em", "em được trao học bổng mỗi địa phương", "=", 3, **CNT, iid=None),
    R("trị giá «1 triệu", "trị giá mỗi suất học bổng", "=", 1 * TRIEU, **VND, iid=None),
    R("phí «120 triệu", "tổng kinh phí học bổng cho học sinh bị ảnh hưởng bởi lũ lụt", "=", 120 * TRIEU, **VND,
      iid=None),
    R("đó, «100 triệu", "kinh phí từ Quỹ Khuyến học Trung ương Hội Khuyến học Việt Nam", "=", 100 * TRIEU, **VND,
      iid=None),
    R("và «20 triệu", "kinh phí do Hòa thượng Thích Huệ Phước hỗ trợ", "=", 20 * TRIEU, **VND, iid=None),
    R("cho «3 học sinh", "học sinh đạt thành tích xuất sắc tại các kỳ thi Olympic quốc tế được Quỹ học bổng Khuyến "
      "tài Nguyễn Chí Thanh trao thưởng", "=", 3, **CNT, iid=None),
    R("tiền «14 triệu", "tổng số tiền thưởng học sinh đạt thành tích xuất sắc tại các kỳ thi Olympic quốc tế", "=",
      14 * TRIEU, **VND, iid=None),
    R("trao «41 suất", "suất học bổng “Thắp sáng ước mơ” cho sinh viên vượt khó, hiếu học", "=", 41, **CNT,
      iid=None),
    R("phí «143 triệu", "tổng kinh phí học bổng “Thắp sáng ước mơ”", "=", 143 * TRIEU, **VND, iid=None),
    R("là «277 triệu", "tổng kinh phí học bổng và khen thưởng được trao trong đợt này", "=", 277 * TRIEU, **VND,
      iid=None),
])

# --------------------------------------------------------------------------
# 13 Gia Lai, the provincial study-promotion association announcing the DGV 2025 scholarships for
# students of seven communes (baogialai.com.vn; the stamp " date 2025-08-15" written as the first
# line; cut: the photo caption "Hội Khuyến học tỉnh đã tổ chức nhiều chương trình học bổng ... Ảnh:
# ĐVCC" with the blank line after it). A precision text, no record: "điểm trung bình từ 7.5 trở lên
# theo thang điểm 10 hoặc từ 3 trở lên theo thang điểm 4" (the conditions an applicant must meet:
# rules of eligibility, not a value the programme sets to reach or reports as reached; as set193's
# scoring rules and set284's "một suất quà"), "thang điểm 10", "thang điểm 4" (scales), "DGV 2025"
# (a name), "năm học 2024 - 2025", "20.8" (dates), "năm hai", "năm nhất" (words).
# --------------------------------------------------------------------------
D13 = dict(name="13_gialai-hoc-bong-dgv-dieu-kien-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 14 Thanh Hóa, the Social Policy Bank's student credit told through one family, September 2025
# (baothanhhoa.vn; the stamp " date 2025-09-10" written as the first line; cut: the photo caption
# "Cán bộ NHCSXH Triệu Sơn kiểm tra tình hình sử dụng vốn vay HSSV tại xã An Nông." with the blank
# line after it; the excerpt ends in "nguồn vốn v"). A precision text, no record: "Năm 2019", "năm
# 2023" (dates), "5 năm" (the length of a course: a duration), "hai con gái sinh đôi" (a word).
# --------------------------------------------------------------------------
D14 = dict(name="14_thanhhoa-tin-dung-hssv-2025-precision", kind="result", year=2025, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
