#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set243).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: a result's change against an earlier
value); check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: this set's theme (semiconductor and AI manpower, high-tech
parks, investment) has no indicator in the catalogue, so every record's id is null (see README);
no record below passes `iid=`.

Theme: semiconductors, high-tech human resources and science parks. No text stands under a heading
or lead-in that names a pillar, so every record's pillar is null (the default of `R`).

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

USD = dict(unit="other", unit_text="USD")

# --------------------------------------------------------------------------
# 01 Bắc Giang, the province's plan (Kế hoạch) to train manpower for the semiconductor and AI
# industry to 2030 (cafebiz.vn, 5 October 2024; cut: the byline "05/10/2024 11:02 AM | Kinh tế vĩ
# mô", written as the first line `date 2024-10-05`). Targets, year 2030 (the plan's "đến năm 2030";
# the title's "6 năm nữa" from 2024 is 2030 as well). The title's "7.500 nhân lực" and its repeat in
# the photo caption ("...7.500 nhân lực- Ảnh 1.", a caption with a figure, kept): a record at each
# place (set184's rule for a value restated in a title or lead). "3.000 nhà giáo, sinh viên" and
# "3.500 lao động" bare numbers of a target: >=. "(khoảng trên 600 người ...)": > (the earlier sets'
# "khoảng trên" read as "trên", the word next to the number). "khoảng 2.000 người ... và 1.000
# người": ~ on the first, >= on the second (the comparator stands next to the first number only;
# a judgement). "khoảng 2.500 lao động": ~. Not quantities: "6 năm" (a duration, twice), "Ảnh 1" (a caption label), "năm 2030"
# (dates). Pillar null: no heading names a pillar.
# --------------------------------------------------------------------------
D01 = dict(name="01_bacgiang-nhan-luc-ban-dan-ai-ke-hoach-2030", kind="target", year=2030, records=[
    R("cả nước: Lên kế hoạch chuẩn bị «7.500 nhân lực\n\nMới", "nhân lực chuẩn bị cho sản xuất bán dẫn, AI",
      ">=", 7500, **CNT),
    R("chuẩn bị «7.500 nhân lực- Ảnh", "nhân lực chuẩn bị cho sản xuất bán dẫn, AI", ">=", 7500, **CNT),
    R("đào tạo cho «3.000 nhà giáo", "hỗ trợ đào tạo cho nhà giáo, sinh viên tham gia học trình độ đại học, sau đại học "
      "các ngành, nghề phục vụ công nghiệp bán dẫn, AI", ">=", 3000, **CNT),
    R("khoảng trên «600 người", "người đi học tập ở nước ngoài", ">", 600, **CNT),
    R("khoảng «2.000 người", "người học các ngành, nghề phục vụ công nghiệp bán dẫn", "~", 2000, **CNT),
    R("và «1.000 người học", "người học các ngành, nghề lĩnh vực công nghệ thông tin", ">=", 1000, **CNT),
    R("Đào tạo cho «3.500 lao động", "Đào tạo cho lao động trình độ cao đẳng", ">=", 3500, **CNT),
    R("khoảng «2.500 lao động", "lao động học các ngành, nghề phục vụ công nghiệp bán dẫn", "~", 2500, **CNT),
])

# --------------------------------------------------------------------------
# 02 Bình Định, the province's scheme (Đề án) for semiconductor, AI and cyber-security manpower
# (vietnamnet.vn; the stamp " date 2025-05" written as the first line `date 2025-05`; nothing
# cut). Targets, year 2030: the text gives the plan's two phases "Giai đoạn 2025 - 2027 và giai
# đoạn 2028 - 2030" and no other horizon, so its end (a judgement). Every number of "Mục tiêu cụ
# thể" is a bare target (>=): the totals and each part of the "bao gồm" brackets, each its own
# subject (spec's breakdown by kind: one record per number, scope null). Not quantities: "tháng
# 5/2025", "2 giai đoạn" (the phases of the plan, as the spec's counts of parts), the phases'
# years. Pillar null: the heading "Đẩy mạnh đào tạo nhân lực ngành bán dẫn, AI, an ninh mạng"
# names no pillar.
# --------------------------------------------------------------------------
VM = "trong lĩnh vực Thiết kế vi mạch, Đóng gói và kiểm thử vi mạch"
AI = "trong lĩnh vực AI, an toàn và an ninh mạng"
D02 = dict(name="02_binhdinh-de-an-nhan-luc-ban-dan-ai-2025", kind="target", year=2030, records=[
    R("đào tạo «4.020 cử nhân", "Hệ cử nhân, kỹ sư đào tạo cử nhân, kỹ sư thuộc các chuyên ngành", ">=", 4020, **CNT),
    R("bao gồm «2.120 người", "cử nhân, kỹ sư đào tạo " + VM, ">=", 2120, **CNT),
    R("vi mạch, «1.900 người", "cử nhân, kỹ sư đào tạo " + AI, ">=", 1900, **CNT),
    R("Đào tạo «980 kỹ sư", "kỹ sư thực hành được đào tạo", ">=", 980, **CNT),
    R("bao gồm «380 kỹ sư", "kỹ sư thực hành " + VM, ">=", 380, **CNT),
    R("vi mạch, «800 kỹ sư", "kỹ sư thực hành " + AI, ">=", 800, **CNT),
    R("bồi dưỡng cho «2.500 kỹ sư", "kỹ sư, cử nhân ngành gần được bồi dưỡng", ">=", 2500, **CNT),
    R("bao gồm «1.500 nhân lực", "nhân lực được bồi dưỡng " + VM, ">=", 1500, **CNT),
    R("vi mạch, «1.000 nhân lực", "nhân lực được bồi dưỡng " + AI, ">=", 1000, **CNT),
    R("cho «95 giảng viên", "giảng viên được bồi dưỡng nâng cao trình độ", ">=", 95, **CNT),
    R("đào tạo «5 tiến sĩ", "tiến sĩ về công nghiệp bán dẫn, AI, an toàn và an ninh mạng được đào tạo", ">=", 5,
      **CNT),
])

# --------------------------------------------------------------------------
# 03 Thái Nguyên, the plan implementing the semiconductor strategy to 2030 (baoxaydung.com.vn,
# 9 February 2025; cut: the site's header lines "Thứ hai 10/02/2025 06:46 24h qua English RSS",
# "Hotline: 094 540 6866", the breadcrumb "Trang chủ / Kinh tế /", the byline "10:34 | 09/02/2025"
# (written as the first line `date 2025-02-09`), and the photo caption, two lines (the title
# repeated, then "Bí thư Tỉnh ủy ... cuối năm 2023."), a caption without a figure). Targets under
# the lead-in "Cụ thể đến năm 2030": year 2030, also for the yearly ones ("khoảng 20 lượt mỗi năm",
# "Mỗi năm tuyển và đào tạo khoảng 300 ...": a rate to hold each year of the plan, the year the
# plan names; a judgement). "tối thiểu 1 dự án": >=; "khoảng": ~. Not quantities: "năm 2030",
# "năm 2050", "năm 2023" (dates). Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_thainguyen-chien-luoc-ban-dan-ke-hoach-2025", kind="target", year=2030, records=[
    R("tối thiểu «1 dự án", "Thu hút dự án đầu tư trong lĩnh vực bán dẫn", ">=", 1, **CNT),
    R("(khoảng «20 lượt", "lượt hỗ trợ đào tạo nguồn giảng viên và kỹ sư tài năng mỗi năm", "~", 20, **CNT),
    R("khoảng «300 nhân lực", "Mỗi năm tuyển và đào tạo nhân lực ngành công nghiệp bán dẫn", "~", 300, **CNT),
    R("khoảng «1.000 nhân lực", "đào tạo chuyển đổi nhân lực ngành liên quan (gần) sang ngành công nghiệp bán dẫn", "~", 1000, **CNT),
    R("khoảng «2.000 nhân lực", "số lượng người tốt nghiệp các ngành", "~", 2000, **CNT),
])

# --------------------------------------------------------------------------
# 04 Đà Nẵng, the city's chip-design centre (DSAC) on its firms and engineers and the targets for
# 2030 (nhadautu.vn; nothing cut: the caption "Đà Nẵng hiện có 10 doanh nghiệp thiết kế vi mạch.
# Ảnh: T.V." carries a figure and stays; no byline, no stamp). Targets for 2030: the subheading
# "Phấn đấu có 5.000 kỹ sư vi mạch vào năm 2030" (>=), "ít nhất 10% nhân lực ngành công nghệ
# thông tin" (>=, %), "Có 20 doanh nghiệp thiết kế ..., 1 doanh nghiệp đóng gói kiểm thử, ít nhất
# 5 doanh nghiệp khởi nghiệp" (>=), "Đà Nẵng có 5.000 kỹ sư, trong đó 1.500 ... và 3.500 ..."
# (>=; the subheading's 5.000 restated in the list, a record at each place). Results "hiện có":
# 10 firms, of which 7 FDI branches, and 3 Vietnamese firms (=, each its own subject), "ước tính có
# khoảng 550 kỹ sư" (~), the caption's 10 (restated), "triển khai 1 lớp đào tạo giảng viên nguồn
# đầu tiên" (=). Results' year null: the page shows no date and the text dates no result ("từ
# tháng 10/2023 đến nay" opens a period). Not quantities: "tháng 10/2023" (a date). Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_danang-vi-mach-ban-dan-muc-tieu-2030", kind="result", year=None, records=[
    R("Phấn đấu có «5.000 kỹ sư", "kỹ sư vi mạch", ">=", 5000, **CNT, **T, year=2030),
    R("hiện có «10 doanh nghiệp thiết kế vi mạch gồm", "doanh nghiệp thiết kế vi mạch trên địa bàn TP. Đà Nẵng", "=",
      10, **CNT),
    R("gồm «7 chi nhánh", "chi nhánh doanh nghiệp FDI thiết kế vi mạch", "=", 7, **CNT),
    R("có «3 doanh nghiệp", "doanh nghiệp thiết kế vi mạch, bán dẫn Việt Nam", "=", 3, **CNT),
    R("khoảng «550 kỹ sư", "nguồn nhân lực kỹ sư thiết kế vi mạch", "~", 550, **CNT),
    R("ít nhất «10% nhân lực", "nhân lực ngành công nghệ thông tin Đà Nẵng được đào tạo mới và kết hợp chuyển đổi",
      ">=", 10, **T, year=2030),
    R("Có «20 doanh nghiệp", "doanh nghiệp thiết kế, dịch vụ thiết kế", ">=", 20, **CNT, **T, year=2030),
    R("thiết kế, «1 doanh nghiệp", "doanh nghiệp đóng gói kiểm thử", ">=", 1, **CNT, **T, year=2030),
    R("ít nhất «5 doanh nghiệp", "doanh nghiệp khởi nghiệp lĩnh vực bán dẫn, vi mạch và trí tuệ nhân tạo được ươm tạo "
      "và phát triển", ">=", 5, **CNT, **T, year=2030),
    R("Đà Nẵng có «5.000 kỹ sư", "kỹ sư", ">=", 5000, **CNT, **T, year=2030),
    R("trong đó «1.500 kỹ sư", "kỹ sư thiết kế", ">=", 1500, **CNT, **T, year=2030),
    R("và «3.500 kỹ sư", "kỹ sư kiểm thử, đóng gói", ">=", 3500, **CNT, **T, year=2030),
    R("Đà Nẵng hiện có «10 doanh nghiệp", "doanh nghiệp thiết kế vi mạch ở Đà Nẵng", "=", 10, **CNT),
    R("triển khai «1 lớp", "lớp đào tạo giảng viên nguồn", "=", 1, **CNT),
])

# --------------------------------------------------------------------------
# 05 Bắc Ninh, the province entering the semiconductor race: projects under way and its labour
# force (en.vneconomy.vn, 26 May 2025, a Vietnamese article on the English site's address; cut:
# the byline date "May 26, 2025 | 14:01 GMT+7" (written as the first line `date 2025-05-26`), the
# byline "Song Hoàng -" and the photo caption "Nhà máy bán dẫn Amkor" (two identical lines), each
# with the blank line after it). Results, year 2025 (the byline's; the statistics name no year of
# their own). Each project's total investment (=, other "USD", magnitude multiplied in: 1.6e9,
# 30e6), "khoảng gần 30 dự án" (~), the labour shares "chiếm 57,2%/tổng số lao động", "đạt 78%",
# "chiếm 35,6%" (=; "/tổng số lao động" names the denominator) and "294.127 người" (=). Not
# quantities: "năm 2045" (a date). Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_bacninh-ban-dan-lao-dong-2025", kind="result", year=2025, records=[
    R("tổng vốn đầu tư «1,6 tỷ USD", "tổng vốn đầu tư dự án Nhà máy sản xuất, lắp ráp và thử nghiệm vật liệu, thiết bị "
      "bán dẫn của Công ty TNHH Amkor Technology Việt Nam", "=", 1.6e9, **USD),
    R("tổng số vốn đầu tư «30 triệu USD", "tổng số vốn đầu tư Dự án Nhà máy sản xuất Hana Micron Việt Nam", "=", 30e6,
      **USD),
    R("khoảng gần «30 dự án", "dự án đăng ký hoạt động, sản xuất, gia công trong lĩnh vực điện tử có liên quan đến bán "
      "dẫn", "~", 30, **CNT),
    R("chiếm «57,2%", "lao động trong lĩnh vực công nghiệp - xây dựng trên tổng số lao động", "=", 57.2),
    R("là «294.127 người", "lao động làm việc trong các khu công nghiệp", "=", 294127, **CNT),
    R("đạt «78%", "Tỷ lệ lao động qua đào tạo", "=", 78),
    R("chiếm «35,6%", "lao động qua đào tạo nghề trên tổng số lao động", "=", 35.6),
])

# --------------------------------------------------------------------------
# 06 Hồ Chí Minh City, the Saigon Hi-Tech Park's results of 2024 (en.vneconomy.vn, 28 December
# 2024, a Vietnamese article; cut: the byline date "December 28, 2024 | 09:52 GMT+7" (written as
# the first line `date 2024-12-28`) and the byline "Bạch Dương -", each with the blank line after
# it). Results, year 2024. The title "19,2 tỷ USD/20 tỷ USD giá trị sản xuất ... là do xuất khẩu":
# two records (the export value, then the production value; the slash joins two amounts, not a
# part and a scale). The photo caption "Tổng giá trị xuất khẩu ... ước đạt 19,20 tỷ USD." stands
# twice (a caption with a figure, both lines kept): a record at each place, as the body's "19,2 tỷ
# USD" (set184's rule for restated values). "ước đạt": = (spec). Not quantities: "tăng 18,3% so
# với cùng kỳ năm 2023", "tăng 13,3% so với cùng kỳ", "tăng 16,1 % so với cùng kỳ" (changes
# against an earlier value; NOT), "năm 2023" (a date). The year's "4 giấy chứng nhận", "3 dự án
# nước ngoài" and the standing "160 dự án", "12,167 tỷ USD" (12.167e9): results (=). Pillar null.
# --------------------------------------------------------------------------
EXP = "Tổng giá trị xuất khẩu các sản phẩm công nghệ cao của Khu Công nghệ cao Thành phố Hồ Chí Minh ước đạt «19,20"
D06 = dict(name="06_tphcm-khu-cong-nghe-cao-ket-qua-2024", kind="result", year=2024, records=[
    R("2024-12-28\n«19,2 tỷ", "giá trị xuất khẩu trong giá trị sản xuất của Khu Công nghệ cao TP.HCM", "=", 19.2e9,
      **USD),
    R("USD/«20 tỷ", "giá trị sản xuất của Khu Công nghệ cao TP.HCM", "=", 20e9, **USD),
    R("ước đạt «20,05 tỷ", "giá trị sản xuất sản phẩm công nghệ cao trong Khu Công nghệ cao Thành phố Hồ Chí Minh",
      "=", 20.05e9, **USD),
    R("2023...\n\n" + EXP, "Tổng giá trị xuất khẩu các sản phẩm công nghệ cao của Khu Công nghệ cao Thành phố Hồ Chí "
      "Minh", "=", 19.2e9, **USD),
    R("USD.\n" + EXP, "Tổng giá trị xuất khẩu các sản phẩm công nghệ cao của Khu Công nghệ cao Thành phố Hồ Chí Minh",
      "=", 19.2e9, **USD),
    R("ước đạt «19,2 tỷ", "tổng giá trị xuất khẩu các sản phẩm công nghệ cao", "=", 19.2e9, **USD),
    R("ước đạt «17,03 tỷ", "giá trị nhập khẩu", "=", 17.03e9, **USD),
    R("cấp «4 giấy", "giấy chứng nhận đăng ký đầu tư được Ban Quản lý cấp", "=", 4, **CNT),
    R("có «3 dự án", "dự án nước ngoài được cấp giấy chứng nhận đăng ký đầu tư", "=", 3, **CNT),
    R("có «160 dự án", "dự án được cấp giấy chứng nhận đăng ký đầu tư còn hiệu lực", "=", 160, **CNT),
    R("là «12,167 tỷ", "tổng vốn đầu tư của các dự án còn hiệu lực", "=", 12.167e9, **USD),
], NOT=["tăng «18,3%", "tăng «13,3%", "tăng «16,1 %"])

# --------------------------------------------------------------------------
# 07 Hải Phòng, industrial parks and economic zones leading the city's investment (kinhtevadubao.vn;
# nothing cut: the photo caption "Tổng Bí thư Tô Lâm ... cùng 12 nhà đầu tư" carries a figure and
# stays; no byline, no stamp; the excerpt ends in "chiếm h"). Results, year null (the page shows no
# date and the text dates none of its figures: "Đến nay"). "đứng trong tốp 6 địa phương thu hút
# vốn đầu tư nước ngoài lớn nhất cả nước": rank <= 6 (spec's "tốp 10"). The totals "1.000 dự án
# đầu tư FDI đến từ 40 quốc gia, vùng lãnh thổ với số vốn là 32,2 tỷ USD, 228 dự án đầu tư trong
# nước (DDI) với số vốn là 13,7 tỷ USD" and "đầu tư FDI vào KKT Đình Vũ Cát Hải là 26,2 tỷ USD":
# one record per number (=; "40 quốc gia" counts the countries the projects come from, a figure
# of the result; a judgement). Not quantities: the caption's "12 nhà đầu tư" (the people in a
# photo of an event, as the spec's participants of an event). Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_haiphong-khu-cong-nghiep-fdi-ket-qua", kind="result", year=None, records=[
    R("tốp «6 địa phương", "Hải Phòng đứng trong tốp địa phương thu hút vốn đầu tư nước ngoài lớn nhất cả nước", "<=",
      6, **RANK),
    R("được «1.000 dự án", "dự án đầu tư FDI Thành phố đã thu hút", "=", 1000, **CNT),
    R("từ «40 quốc gia", "quốc gia, vùng lãnh thổ có dự án đầu tư FDI", "=", 40, **CNT),
    R("là «32,2 tỷ", "số vốn dự án đầu tư FDI", "=", 32.2e9, **USD),
    R("USD, «228 dự án", "dự án đầu tư trong nước (DDI)", "=", 228, **CNT),
    R("là «13,7 tỷ", "số vốn dự án đầu tư trong nước (DDI)", "=", 13.7e9, **USD),
    R("là «26,2 tỷ", "đầu tư FDI vào KKT Đình Vũ Cát Hải", "=", 26.2e9, **USD),
])

# --------------------------------------------------------------------------
# 08 The whole country, universities opening semiconductor and chip programmes from 2024
# (congnghevadoisong.vn, 18 January 2024; cut: the byline "15:07, 18/01/2024", written as the
# first line `date 2024-01-18`). Results: "hơn 10 cơ sở đào tạo ... công bố tuyển sinh" and "hơn
# 50 công ty vi mạch hoạt động" (>, year 2024: "từ năm 2023 đến nay", "Hiện nay", the byline's
# year), "đến hết năm 2022, ... khoảng 5.000 kỹ sư" (~, 2022), its split by city "TP HCM (74%), Hà
# Nội (10%), Đà Nẵng (8%)" (=, 2022, each with `place`; scope null: the spec's places in brackets)
# and "chỉ đáp ứng 20% nhu cầu nhân lực" (=, 2022). Not quantities: "năm học 2024-2025", "năm
# 2023" (dates). Pillar null.
# --------------------------------------------------------------------------
KS = "kỹ sư làm việc trong lĩnh vực thiết kế vi mạch tập trung tại"
D08 = dict(name="08_ca-nuoc-tuyen-sinh-vi-mach-ban-dan-2024", kind="result", year=2024, records=[
    R("có hơn «10 cơ sở", "cơ sở đào tạo trong nước công bố tuyển sinh đào tạo nhân lực vi mạch bán dẫn", ">", 10,
      **CNT),
    R("có hơn «50 công ty", "công ty vi mạch hoạt động tại Việt Nam", ">", 50, **CNT),
    R("khoảng «5.000 kỹ sư", "kỹ sư làm việc trong lĩnh vực thiết kế vi mạch", "~", 5000, **CNT, year=2022),
    R("TP HCM («74%", KS + " TP HCM", "=", 74, year=2022, place="TP HCM"),
    R("Hà Nội («10%", KS + " Hà Nội", "=", 10, year=2022, place="Hà Nội"),
    R("Đà Nẵng («8%", KS + " Đà Nẵng", "=", 8, year=2022, place="Đà Nẵng"),
    R("đáp ứng «20% nhu cầu", "Số kỹ sư thiết kế vi mạch đáp ứng nhu cầu nhân lực", "=", 20, year=2022),
])

# --------------------------------------------------------------------------
# 09 Cần Thơ, the agreement to train electronics and chip manpower (congthuong.vn; a precision
# text; cut: the site's header clock "Thứ tư 14/05/2025 10:09" (the day the page was served, not
# the article's date: the text reports a signing of 17/3/2024) and the photo caption "Lãnh đạo TP.
# Cần Thơ và đại biểu chứng kiến ..." (no figure), each with the blank line after it). No
# quantity: "Ngày 17/3/2024" is a date; the parties and the trainees are named, not counted.
# --------------------------------------------------------------------------
D09 = dict(name="09_cantho-hop-tac-dao-tao-vi-mach-2024-precision", kind="result", year=2024, records=[])

# --------------------------------------------------------------------------
# 10 Thanh Hóa, Hồng Đức University opening a chip-technology programme in 2025 (lite.baomoi.com;
# a precision text: many "năm 2025"; cut: the image line "![Phó giáo sư Đậu Bá Thìn ...](https://
# photo-baomoi.bmcdn.me/...jpg)" and its caption "Phó giáo sư Đậu Bá Thìn - Phó Hiệu trưởng Trường
# Đại học Hồng Đức. Ảnh: HDU", no figure). One quantity: "dự kiến tuyển sinh ... từ năm 2025 với
# khoảng 50 chỉ tiêu" (target, ~, year 2025: a planned intake). Not quantities: "năm 2025" (dates,
# five times), the subject groups of the admission ("Toán - Ngữ văn - Vật lý" ...). Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_thanhhoa-hongduc-nganh-vi-mach-2025-precision", kind="target", year=2025, records=[
    R("khoảng «50 chỉ tiêu", "Trường Đại học Hồng Đức dự kiến tuyển sinh ngành Công nghệ vi mạch bán dẫn chỉ tiêu", "~",
      50, **CNT),
])

# --------------------------------------------------------------------------
# 11 Cà Mau, the province founding its Startup and Innovation Centre (tienphong.vn; a precision
# text; the stamp " date 2025-12-30" written as the first line `date 2025-12-30`; cut: the photo
# caption "Ông Nguyễn Minh Luân - ... phát biểu tại lễ công bố ..." (no figure) with the blank line
# after it). No quantity: "Ngày 30/12" is a date; the centre's tasks are listed, not counted.
# --------------------------------------------------------------------------
D11 = dict(name="11_camau-trung-tam-khoi-nghiep-dmst-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 12 Long An, the province's advantages for the semiconductor industry (baomoi.net.vn; a precision
# text full of sizes and distances; nothing cut; no byline, no stamp). One quantity: "Việt Nam là
# nước đứng thứ 2 thế giới về trữ lượng đất hiếm" (rank, =, year null; the country's own place, so
# no `place`). Not quantities: "2 vùng kinh tế" (the regions the province joins), "4.0" (a name),
# "7 cầu cảng", "tàu tải trọng 70.000 tấn" (the port's size and capacity, as the earlier sets' size
# of a province), "Quốc lộ 1", "Quốc lộ 50" (names), "khoảng 40km", "45km" (distances). Pillar null.
# --------------------------------------------------------------------------
D12 = dict(name="12_longan-tiem-nang-ban-dan-precision", kind="result", year=None, records=[
    R("đứng thứ «2 thế giới", "Việt Nam là nước đứng thế giới về trữ lượng đất hiếm", "=", 2, **RANK),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]
records_of = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py
build = records_of  # the name check_gold.py and goldcheck look up

if __name__ == "__main__":
    goldkit.write_gold(DOCS, records_of, GOLD)
