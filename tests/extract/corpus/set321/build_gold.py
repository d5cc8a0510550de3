#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set321).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: here the rates of a subsidy);
check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: the catalogue holds no indicator of drowning, swimming or
water safety, so every record of this set has null (see README).

The set's theme is child drowning prevention and swimming lessons: no text stands under a
digital-transformation heading, so every pillar is null, and no sentence splits a value by level or
population group, so every scope is null.

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

# The set's recurring subjects (the plans copy the national programme's wording; each text's own
# wording is kept in its indicator where it differs).
HH = "số hộ gia đình được tiếp cận thông tin, kiến thức, kỹ năng về phòng, chống tai nạn đuối nước cho trẻ em"
DEATHS_DOWN = "số trẻ em bị tử vong do đuối nước giảm"
SKILLS = "trẻ em từ 6 đến dưới 16 tuổi biết kỹ năng an toàn trong môi trường nước"
SWIM = "trẻ em từ 6 đến dưới 16 tuổi biết bơi an toàn"
FACIL = ("cơ sở tổ chức hoạt động bơi, lặn, vui chơi giải trí dưới nước có huấn luyện viên, hướng dẫn viên "
         "dạy bơi, nhân viên cứu hộ đuối nước được tập huấn kiến thức nghiệp vụ chuyên môn")
DEAD = "trẻ em tử vong do đuối nước"
tgt = functools.partial(R, **T)  # a target record (the plans' texts are all targets)

# --------------------------------------------------------------------------
# 01 Bà Rịa - Vũng Tàu, the province's plan for the safe-swimming programme 2022-2030 (the
# stamp " date 2022-03" written as the first line; cut: the byline "QUANG LÊ" with the blank line
# before it). Kind target. Years as written ("năm 2025", "năm 2030"); the two yearly targets of
# "hàng năm, 100% ..." take the plan's horizon 2030 (the earlier sets' "hằng năm" rule). "100% các
# huyện, thị xã, thành phố; các xã, phường, thị trấn tổ chức lễ phát động": one value for both levels,
# one record, scope null (spec). "giảm 30% số trẻ em bị tử vong ... năm 2025 và 50% vào năm 2030":
# targets stated as a change (spec), op >=. Bare numbers and "phấn đấu": >=. Not quantities:
# "2022-2030" (the period), "6", "16" (ages), "2022-03" (the stamp).
# --------------------------------------------------------------------------
D01 = dict(name="01_bariavungtau-boi-an-toan-muc-tieu-2022", kind="target", year=2030, records=[
    R("hàng năm, «100% các huyện", "các huyện, thị xã, thành phố; các xã, phường, thị trấn tổ chức lễ phát động toàn "
      "dân tập luyện môn bơi phòng, chống đuối nước và tham gia giải bơi lội trẻ các cấp", ">=", 100),
    R("các cấp, «100% các cơ sở", FACIL, ">=", 100),
    R("luật; «90% số hộ", HH, ">=", 90, year=2025),
    R("và «95% vào năm 2030; giảm", HH, ">=", 95),
    R("giảm «30% số trẻ em", DEATHS_DOWN, ">=", 30, year=2025),
    R("và «50% vào năm 2030; phấn", DEATHS_DOWN, ">=", 50),
    R("phấn đấu «60% trẻ em", SKILLS, ">=", 60, year=2025),
    R("và «70% vào năm 2030; 50%", SKILLS, ">=", 70),
    R("2030; «50% trẻ em", SWIM, ">=", 50, year=2025),
    R("và «60% vào năm 2030.", SWIM, ">=", 60),
])

# --------------------------------------------------------------------------
# 02 Cà Mau, the province's plan against drowning and injuries of children to 2030
# (thuonghieucongluan.com.vn; nothing cut; no stamp, no byline; the excerpt ends in "tàn tậ"). Kind
# target, year 2030 ("mục tiêu kế hoạch đề ra đến năm 2030"); the second paragraph ("Đồng thời, phấn
# đấu 100% ...") continues the same plan's targets and takes 2030 too; "hàng năm tăng từ 5 - 10%
# trường học đạt tiêu chuẩn" is a yearly target stated as growth: between 5-10, year 2030 (the plan's
# horizon, as 01). The two counts "150.000 ngôi nhà" and "470 trường học" are targets, op >= (bare
# numbers). "100% nhân viên y tế ấp, khóm, nhân viên y tế trường học": one value for two kinds of
# staff, one record, scope null. Not quantities: "06", "16" (ages).
# --------------------------------------------------------------------------
D02 = dict(name="02_camau-phong-chong-duoi-nuoc-muc-tieu-2030", kind="target", year=2030, records=[
    R("có «95% trẻ em, cha", "trẻ em, cha, mẹ và người chăm sóc trẻ em được cung cấp kiến thức, kỹ năng phòng, chống "
      "đuối nước và tai nạn, thương tích", ">=", 95),
    R("thương tích; «70% trẻ em", "trẻ em từ 06 đến dưới 16 tuổi biết kỹ năng an toàn trong môi trường nước", ">=", 70),
    R("nước; «60% trẻ em", "trẻ em từ 06 đến dưới 16 tuổi biết bơi an toàn", ">=", 60),
    R("an toàn; «150.000 ngôi nhà", "ngôi nhà thuộc các hộ gia đình có trẻ em đạt tiêu chí ngôi nhà an toàn", ">=",
      150000, **CNT),
    R("an toàn; «80% xã", "xã, phường, thị trấn đạt tiêu chuẩn cộng đồng an toàn phòng, chống tai nạn, thương tích "
      "trẻ em", ">=", 80),
    R("trẻ em; «470 trường học", "trường học đạt tiêu chuẩn trường học an toàn", ">=", 470, **CNT),
    R("tăng từ «5 - 10% trường học", "trường học đạt tiêu chuẩn trường học an toàn hàng năm tăng", "between", 5,
      value_max=10),
    R("phấn đấu «100% trẻ em sử dụng", "trẻ em sử dụng áo phao cứu sinh khi tham gia giao thông trên các phương tiện "
      "đường thủy nội địa có bắt buộc sử dụng phao cứu sinh", ">=", 100),
    R("sinh; «100% các cơ sở", "cơ sở tổ chức bơi, vui chơi giải trí dưới nước có huấn luyện viên, hướng dẫn viên dạy "
      "bơi, nhân viên cứu hộ đuối nước được tập huấn kiến thức nghiệp vụ chuyên môn", ">=", 100),
    R("luật. «100% nhân viên y tế", "nhân viên y tế ấp, khóm, nhân viên y tế trường học biết các kỹ thuật sơ cấp cứu "
      "ban đầu cho trẻ em bị tai nạn, thương tích", ">=", 100),
])

# --------------------------------------------------------------------------
# 03 Nam Định, the province's Plan 95/KH-UBND of 15-7-2022 for the safe-swimming programme
# 2022-2030 (baonamdinh.vn; nothing cut; no stamp, no byline; the excerpt ends in "kỹ năng v"). Kind
# target. "phấn đấu đến năm 2025 có 60% ... và đạt 70% vào năm 2030; 50% ... và đạt 60% vào năm
# 2030": 60 and 50 for 2025, 70 and 60 for 2030. The three targets that name no year ("100% các
# huyện, thành phố triển khai", "100% các cơ sở ...", "90% gia đình được tiếp cận ...", cut off before
# any year) take the plan's horizon 2030 (the period's end, the earlier sets' rule; a judgement).
# Not quantities: "15-7-2022" (a date), "95/KH-UBND" (a document), "2022-2030" (the period, title
# and body), "6", "16" (ages).
# --------------------------------------------------------------------------
D03 = dict(name="03_namdinh-boi-an-toan-ke-hoach-2022", kind="target", year=2030, records=[
    R("thể: «100% các huyện", "các huyện, thành phố triển khai Chương trình bơi an toàn phòng, chống đuối nước cho "
      "trẻ em", ">=", 100),
    R("có «60% trẻ em", "trẻ em (từ 6 đến dưới 16 tuổi) biết kỹ năng an toàn trong môi trường nước", ">=", 60,
      year=2025),
    R("đạt «70% vào", "trẻ em (từ 6 đến dưới 16 tuổi) biết kỹ năng an toàn trong môi trường nước", ">=", 70),
    R("2030; «50% trẻ em", "trẻ em (từ 6 đến dưới 16 tuổi) biết bơi an toàn", ">=", 50, year=2025),
    R("và đạt «60% vào", "trẻ em (từ 6 đến dưới 16 tuổi) biết bơi an toàn", ">=", 60),
    R("đảm bảo «100% các cơ sở", FACIL, ">=", 100),
    R("luật; «90% gia đình", "gia đình được tiếp cận thông tin, kiến thức, kỹ năng", ">=", 90),
])

# --------------------------------------------------------------------------
# 04 Gia Lai, the province's programme against drowning of children (thanhnien.vn; the stamp
# " date 2022-05" written as the first line; nothing cut; the page's run of blank lines kept). Kind
# target; years as written. "Mục tiêu giảm 10% số trẻ em bị tử vong do đuối nước vào năm 2025 và
# 20% vào năm 2030 so với năm 2020": targets stated as a change against the 2020 baseline (spec: a
# target stated as a change is a quantity), op >=. Not quantities: "6", "16" (ages), "năm 2020" (the
# baseline year).
# --------------------------------------------------------------------------
D04 = dict(name="04_gialai-duoi-nuoc-muc-tieu-2022", kind="target", year=2025, records=[
    R("có «50% trẻ em", SKILLS, ">=", 50),
    R("và «60% vào năm 2030. 50%", SKILLS, ">=", 60, year=2030),
    R("2030. «50% trẻ em", SWIM, ">=", 50),
    R("và «60% vào năm 2030. Mục", SWIM, ">=", 60, year=2030),
    R("giảm «10% số trẻ em", DEATHS_DOWN + " so với năm 2020", ">=", 10),
    R("và «20% vào năm 2030 so", DEATHS_DOWN + " so với năm 2020", ">=", 20, year=2030),
])

# --------------------------------------------------------------------------
# 05 Vĩnh Long, the Child Protection Board's 2025 plan of free swimming classes (baovinhlong.com.vn;
# cut: the byline date "06:40, 24/05/2025" with the blank line after it, written as the first line
# `date 2025-05-24`; the byline "CAO HUYỀN", the hotline "Đường dây nóng: 0909645589." and the
# section label "Phóng sự ảnh", each with the blank line before it). Kind target, year 2025 ("năm
# 2025", "tháng 5-6/2025"). The title's "Tổ chức 60 lớp dạy bơi" is the plan's total (28 + 32) and
# is recorded like any title figure (>=, count); "sẽ tổ chức 28 lớp bơi", "tổ chức 32 lớp bơi"
# (>=, count); "giảm 2% số trẻ em bị tử vong do đuối nước so với ... năm 2024" (a target stated as a
# change, >=). Not recorded: "mỗi lớp từ 20-30 trẻ em", "mỗi lớp 30 học sinh" (how a class is made
# up, a norm, as set175's "mỗi lớp gồm 2-3 xã với khoảng 30-40 học viên"; a judgement),
# "12-17 ngày", "15 ngày/lớp" (durations), "2 năm 2023 và 2024", "5-6/2025", "5-9/2025" (dates),
# "dưới 16 tuổi" (an age).
# --------------------------------------------------------------------------
D05 = dict(name="05_vinhlong-lop-day-boi-he-2025", kind="target", year=2025, records=[
    R("Tổ chức «60 lớp dạy bơi", "lớp dạy bơi miễn phí cho trẻ em trong dịp hè", ">=", 60, **CNT),
    R("sẽ tổ chức «28 lớp bơi", "lớp bơi cho trẻ chưa biết bơi", ">=", 28, **CNT),
    R("chủ trì tổ chức «32 lớp bơi", "lớp bơi cho các em đang học tại các trường học do Sở GD-ĐT chủ trì", ">=", 32,
      **CNT),
    R("giảm «2% số trẻ em", DEATHS_DOWN + " so với số trẻ em bị tử vong do đuối nước năm 2024", ">=", 2),
])

# --------------------------------------------------------------------------
# 06 Hà Tĩnh, Hương Khê district: free swimming classes for Chứt children in Hương Liên commune, and
# the district's targets for 2024 (baomoi.com; cut: the page's caption copies of four paragraphs,
# each a line opening with a space that repeats the paragraph after it, with the blank line after
# each; no stamp, no byline; the excerpt ends in "trên "). Year 2024 ("năm 2024"). Result: "Lớp học
# bơi năm 2024 có 20 em là người dân tộc Chứt" (=, count). Targets of the district ("phấn đấu"):
# "mở ít nhất 330 lớp" (>=), "dạy bơi miễn phí cho khoảng 4.500 trẻ em" (~), "85% trẻ em từ 8 đến
# dưới 15 tuổi" (>=, the sentence cut off before its predicate). Place: Hương Khê is the page's own
# district, no place. Not quantities: "8", "15" (ages).
# --------------------------------------------------------------------------
D06 = dict(name="06_hatinh-huongkhe-hoc-boi-2024", kind="result", year=2024, records=[
    R("2024 có «20 em", "em là người dân tộc Chứt của lớp học bơi năm 2024 tại bể bơi của Trường Tiểu học Hương Liên", "=", 20,
      **CNT),
    tgt("ít nhất «330 lớp", "lớp dạy bơi miễn phí mở trên toàn huyện Hương Khê", ">=", 330, **CNT),
    tgt("khoảng «4.500 trẻ em", "trẻ em được dạy bơi miễn phí", "~", 4500, **CNT),
    tgt("phấn đấu «85% trẻ em", "trẻ em từ 8 đến dưới 15 tuổi", ">=", 85),
])

# --------------------------------------------------------------------------
# 07 Nghệ An, the province's support for mobile pools and swimming lessons, and its pools today
# (nguoinghe.vn; nothing cut; no stamp, no byline: the address's "nam-2024" is not in the text; the
# excerpt ends in "\"Học sinh "). Results: "toàn tỉnh có 216 bể bơi đạt yêu cầu về kích thước, 76 bể
# bơi hỗn hợp, bể vầy, lồng tạm, ao, hồ do nhân dân tự tạo" (two counts, =, each its own subject, a
# breakdown by kind of pool); year null ("Hiện": nothing in the text dates them). Target: "100%
# huyện, thành phố, thị xã hoàn thành việc xây dựng mô hình ..." (>=, 2025, "Mục tiêu tới năm 2025").
# NOT: "hỗ trợ tối đa 100% kinh phí", "hỗ trợ tối đa 70% kinh phí" (the terms of a subsidy, no target
# or result of an indicator, as set120's 03). Not quantities: "không quá 100 triệu đồng/bể", "70
# triệu đồng/bể", "Mức hỗ trợ tối đa 20 triệu đồng/xã/năm" (the subsidy's ceilings, likewise),
# "kích thước tối thiểu 8m x 18m" (a size norm), "khu vực I, III" (labels), "9-16" (ages), "một nửa
# trẻ em" (words, no number).
# --------------------------------------------------------------------------
D07 = dict(name="07_nghean-ho-tro-be-boi-2024", kind="result", year=None, records=[
    R("có «216 bể bơi", "bể bơi đạt yêu cầu về kích thước", "=", 216, **CNT),
    R("kích thước, «76 bể bơi", "bể bơi hỗn hợp, bể vầy, lồng tạm, ao, hồ do nhân dân tự tạo để dạy bơi cho trẻ em",
      "=", 76, **CNT),
    tgt("Đồng thời, «100% huyện", "huyện, thành phố, thị xã hoàn thành việc xây dựng mô hình \"Trẻ em toàn xã biết "
        "bơi\"", ">=", 100, year=2025),
], NOT=["tối đa «100% kinh phí", "tối đa «70% kinh phí"])

# --------------------------------------------------------------------------
# 08 An Giang, children drowned in ponds and construction pits, 2019 - October 2021 (dantri.com.vn;
# nothing cut: "Dân trí" opens the first line and the caption "(Ảnh: Minh Anh)" stands inside a line,
# parts of lines, kept; no stamp, no byline; the excerpt ends in "cảnh báo"). Results, counts, op =.
# The totals of the period 2019 - 10/2021 (the first line's and the body's "65") take 2021, the
# period's end (the earlier sets' rule for a period's figure); "năm 2019 là 33", "năm 2020 có 18",
# "đến 10/2021 có 14" each their year; "trong 3 năm qua (2019 -2021) có đến 12 trẻ em tử vong tại các
# ao nước, hố công trình" 2021; "năm 2019 có 4", "năm 2020 có đến 7" their years ("năm 2021 có một
# trường hợp": a number in words, no record). Not recorded: the one accident's "5 trẻ em người dân
# Khmer", "6 cháu rủ nhau", "5 cháu sảy chân", "5 trẻ em tử vong ở xã Văn Giáo" and the 2020
# accident's "2 trẻ cũng tử vong tại ao nước" (the victims of one incident, a scene of the report,
# not a figure of the indicator; a judgement); "13/9", "9/2020", "10/2021" (dates), "3 năm qua" (a
# duration).
# --------------------------------------------------------------------------
D08 = dict(name="08_angiang-tre-tu-vong-duoi-nuoc-2021", kind="result", year=2021, records=[
    R("An Giang có «65 trẻ", DEAD + " từ 2019 - 2021", "=", 65, **CNT),
    R("ghi nhận có «65 trẻ em", DEAD + " tính từ năm 2019 đến tháng 10/2021", "=", 65, **CNT),
    R("2019 là «33 trường hợp", DEAD + " năm 2019", "=", 33, **CNT, year=2019),
    R("2020 có «18 trường hợp", DEAD + " năm 2020", "=", 18, **CNT, year=2020),
    R("10/2021 có «14 trường hợp", DEAD + " đến 10/2021", "=", 14, **CNT),
    R("có đến «12 trẻ em", "trẻ em tử vong tại các ao nước, hố công trình trong 3 năm qua (2019 -2021)", "=", 12,
      **CNT),
    R("2019 có «4 trường hợp", "trẻ em tử vong tại các ao nước, hố công trình năm 2019", "=", 4, **CNT, year=2019),
    R("có đến «7 trường hợp", "trẻ em tử vong tại các ao nước, hố công trình năm 2020", "=", 7, **CNT, year=2020),
])

# --------------------------------------------------------------------------
# 09 Hà Nội, the city's launch of swimming for all, with the classes of 2024 (nguoihanoi.vn; cut: the
# section label "Văn hóa - Xã hội" with the blank line after it, the byline "Văn Thiện 16:59
# 17/05/2025" with the blank line after it, written as the first line `date 2025-05-17`, the image's
# file name "z6611095159990_....jpg" and its caption "PGĐ Sở Văn hoá và Thể thao Phạm Xuân Tài phát
# biểu ..." with the blank line after them). Results of 2024 ("tính riêng năm 2024"): "398 lớp phổ
# cập bơi" and "cho 52.588 em" (two counts, each its own subject), "Số em biết bơi sau khóa học là
# 50.814 em, đạt tỷ lệ 96,6%" (a count and its share, as the spec's "57.877 hồ sơ (đạt 99,1%)"). The
# country's "gần 2000 trẻ em dưới 16 tuổi tử vong do đuối nước" of "giai đoạn từ 2015 -2020" (~,
# count, year 2020, the period's end; the country is no province, so no place; a judgement). Not
# quantities: "Gần 2.000 người" (title) and "gần 2000 cán bộ, học sinh, ..." (the participants of an
# event, spec), "17/5" (a date), "năm 2025" (the event's year), "16" (an age), "cao gấp 4 lần so với
# thành thị" (a comparison against another group's rate, read as the spec's changes against another
# value; a judgement).
# --------------------------------------------------------------------------
D09 = dict(name="09_hanoi-pho-cap-boi-2025", kind="result", year=2024, records=[
    R("chức «398 lớp", "lớp phổ cập bơi thành phố tổ chức", "=", 398, **CNT),
    R("cho «52.588 em", "em được phổ cập bơi", "=", 52588, **CNT),
    R("là «50.814 em", "Số em biết bơi sau khóa học", "=", 50814, **CNT),
    R("tỷ lệ «96,6%", "tỷ lệ em biết bơi sau khóa học", "=", 96.6),
    R("còn gần «2000 trẻ em", "trẻ em dưới 16 tuổi tử vong do đuối nước giai đoạn từ 2015 -2020 (nước ta)", "~",
      2000, **CNT, year=2020),
])

# --------------------------------------------------------------------------
# 10 Vĩnh Phúc, the province's instructions against drowning before the summer of 2020
# (baovinhphuc.com.vn; the stamp " date 2020-05" written as the first line; nothing cut; the
# excerpt ends in "trong "). A text of instructions with one figure: "Năm 2019, trên địa bàn tỉnh có
# 19 trẻ em bị tử vong do đuối nước" (=, count, 2019). Not quantities: the stamp.
# --------------------------------------------------------------------------
D10 = dict(name="10_vinhphuc-phong-chong-duoi-nuoc-2020", kind="result", year=2019, records=[
    R("có «19 trẻ em", "trẻ em bị tử vong do đuối nước trên địa bàn tỉnh", "=", 19, **CNT),
])

# --------------------------------------------------------------------------
# 11 Lạng Sơn, the provincial office relaying the instructions on the Prime Minister's telegram
# 398/CĐ-TTg against drowning of children, June 2022 (vanphong.langson.gov.vn; cut: the link "Nhảy
# đến nội dung", the site's banner "Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội ... nhiệm kỳ
# 2020 - 2025" with the blank line after it, the related-article link "Tăng cường kỹ năng bơi lội –
# phòng chống đuối nước cho trẻ em | Báo Lạng Sơn" and the caption "Ảnh minh họa (Nguồn
# baolangson.vn)" with the blank lines after them; no stamp, no byline; the excerpt ends in "đuối
# nước t"). A precision text with no quantity: "398/CĐ-TTg" (twice), "2519/VP-KGVX",
# "1762/LĐTBXH-TE", "513/UBND-KGVX" (documents), "8/6/2022", "30/5/2022", "11/5/2022", "25/7"
# (dates). Year 2022 (the documents' dates), for the record.
# --------------------------------------------------------------------------
D11 = dict(name="11_langson-cong-dien-duoi-nuoc-2022", kind="result", year=2022, records=[])

# --------------------------------------------------------------------------
# 12 Hồ Chí Minh City, the city's safe-swimming programme 2021-2030 (m.sggp.org.vn; cut: the section
# label "Xã hội" and the label "SGGP", the second copy of the title (an image's caption), the byline
# "PHƯƠNG UYÊN" and "Tin cùng chuyên mục", each with the blank line that went with it; no stamp, no
# byline date). Kind target; years as written. "giảm 10% ... vào năm 2025 và giảm 20% vào năm 2030
# so với năm 2020": targets stated as a change, >=. "phấn đấu ... và đạt 60%": >= (a target's
# "đạt"). Not quantities: "2021-2030" (the period), "6", "16" (ages), "năm 2020" (the baseline).
# --------------------------------------------------------------------------
D12 = dict(name="12_tphcm-boi-an-toan-muc-tieu-2025", kind="target", year=2025, records=[
    R("phấn đấu «50% trẻ em", SWIM, ">=", 50),
    R("đạt «60% vào năm 2030", SWIM, ">=", 60, year=2030),
    R("phấn đấu «90% hộ", "hộ gia đình được tiếp cận thông tin, kiến thức, kỹ năng về phòng chống tai nạn đuối nước "
      "trẻ em", ">=", 90),
    R("đạt «95% vào", "hộ gia đình được tiếp cận thông tin, kiến thức, kỹ năng về phòng chống tai nạn đuối nước trẻ "
      "em", ">=", 95, year=2030),
    R("giảm «10% số trẻ em", DEATHS_DOWN + " so với năm 2020", ">=", 10),
    R("giảm «20% vào năm 2030", DEATHS_DOWN + " so với năm 2020", ">=", 20, year=2030),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
