#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set298).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number; the locator (without «) occurs exactly once in the text and the
anchor is where « stands. Spans are computed by ../goldkit.py. NOT lists the locators of
percentages deliberately left without a record (changes against an earlier value); check_gold.py
verifies that every percentage has a record or a NOT entry. `iid=` is never given: no catalogue
indicator (muctieu/catalog/data/indicators.yaml) measures school buildings, teachers' posts, pupils
or school mergers, so every `indicator_id_gold` is null (see README).

Theme: school facilities and teachers in the provinces. No text stands under a heading naming a
digital-transformation pillar: every pillar is null.

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
GDTX = "đầu mối trung tâm giáo dục thường xuyên, giáo dục nghề nghiệp giảm theo phương án sáp nhập"

# 01 Nghệ An, the 2,820 teachers' posts added for the 2022-2023 school year (nghean24h.vn; the stamp
# " date 2023-07" written as the first line; nothing cut). Year 2023. Results (=, counts): the posts
# assigned, "2.820 biên chế", then split by school level ("2.164 biên chế các trường mầm non, 498
# biên chế cấp Tiểu học, 142 biên chế Trung học cơ sở, 16 giáo viên THPT": scopes as written, as the
# earlier sets' splits by school level); "1.337 giáo viên thuộc diện Nghị định 06/2018", "9 huyện đã
# tuyển xong", "khoảng 650 người" (~). Not quantities: "Trong 2.164 giáo viên mầm non" (the same
# number restated as the group the next figure is part of), "06/2018/NĐ-CP", "09/2013/TTLT-..."
# (document numbers).
D01 = dict(name="01_nghean-bien-che-giao-vien-2023", kind="result", year=2023, records=[
    R("trong «2.820 biên chế", "biên chế giáo viên tỉnh Nghệ An", "=", 2820, **CNT),
    R("có «2.164 biên chế", "biên chế giáo viên", "=", 2164, **CNT, scope="các trường mầm non"),
    R("non, «498 biên chế", "biên chế giáo viên", "=", 498, **CNT, scope="cấp Tiểu học"),
    R("học, «142 biên chế", "biên chế giáo viên", "=", 142, **CNT, scope="Trung học cơ sở"),
    R("sở, «16 giáo viên", "biên chế giáo viên", "=", 16, **CNT, scope="THPT"),
    R("có «1.337 giáo viên", "giáo viên mầm non thuộc diện Nghị định 06/2018/NĐ-CP và Thông tư 09/2013", "=",
      1337, **CNT),
    R("có «9 huyện", "huyện đã tuyển xong số giáo viên mầm non thuộc diện Nghị định 06/2018/NĐ-CP", "=", 9,
      **CNT),
    R("khoảng «650 người", "giáo viên mầm non thuộc diện Nghị định 06/2018/NĐ-CP đã tuyển", "~", 650, **CNT),
])

# 02 Huế, the city's spending on school facilities and equipment before the 2025-2026 school year
# (huengaynay.vn; the stamp " date 2025-08-28" written as the first line; cut: the photo caption
# "Trường Tiểu học Dương Nỗ (phường Dương Nỗ) được xây mới, ..." that followed the stamp, with the
# blank line after it). Year 2025. Results: "trên 422 tỷ đồng" (>), the classrooms built and repaired
# and rooms upgraded (=, counts, each its own subject), the three sources of money (=, "đồng"), the
# sets of equipment bought and their cost "trên 196 tỷ đồng" (>). Targets (planned, "chuẩn bị khởi
# công"): "2 trường phổ thông nội trú liên cấp" (>=, count) and "tổng kinh phí khoảng 383 tỷ đồng"
# (~). Year 2025 for both (the document's year; the text gives no other). Not quantities: the two
# schools' design sizes "quy mô 1.100 học sinh", "1.300 học sinh" (sizes, as the earlier sets'),
# "A Lưới 3", "A Lưới 4" (names), "2 hạng mục công trình trong 5 dự án tại 5 xã" (the parts of a
# programme), "Thông tư 37, 38, 39/2021", "81-TB/TW", "18/7/2025", "2025-2026" (references, dates).
D02 = dict(name="02_hue-co-so-vat-chat-nam-hoc-moi-2025", kind="result", year=2025, records=[
    R("tư trên «422 tỷ", "kinh phí đầu tư xây dựng cơ sở vật chất trường học chuẩn bị năm học mới", ">", 422e9,
      **VND),
    R("mới «221 phòng", "phòng học xây dựng mới", "=", 221, **CNT),
    R("chữa «418 phòng", "phòng học cải tạo sửa chữa", "=", 418, **CNT),
    R("tạo «138 phòng", "phòng bộ môn và phòng chức năng đầu tư mới, nâng cấp, cải tạo", "=", 138, **CNT),
    R("tạo «108 phòng", "phòng thư viện và nhà vệ sinh đầu tư mới, nâng cấp, cải tạo", "=", 108, **CNT),
    R("tiêu «11,432 tỷ", "kinh phí chương trình mục tiêu", "=", 11.432e9, **VND),
    R("sách «403,989 tỷ", "kinh phí ngân sách", "=", 403.989e9, **VND),
    R(") «7,020 tỷ", "kinh phí khác (học phí, xã hội hóa và các nguồn thu hợp pháp khác)", "=", 7.020e9, **VND),
    R("sắm «120.106 bộ", "bộ thiết bị dạy học tối thiểu đã mua sắm", "=", 120106, **CNT),
    R("sắm «6.658 bộ", "bộ thiết bị dạy học ngoài danh mục tối thiểu đã mua sắm", "=", 6658, **CNT),
    R("phí trên «196 tỷ", "tổng kinh phí mua sắm thiết bị dạy học", ">", 196e9, **VND),
    R("công «2 trường", "trường phổ thông nội trú liên cấp tiểu học và trung học cơ sở chuẩn bị khởi công",
      ">=", 2, **CNT, **T),
    R("khoảng «383 tỷ", "tổng kinh phí hai trường phổ thông nội trú liên cấp", "~", 383e9, **VND, **T),
])

# 03 The ministry's report on merging schools after the provinces' merger, with Quảng Ninh's
# completed merger (thanhnien.vn; the stamp " date 2025-12-19" written as the first line; cut: the
# photo caption "Học sinh Trường tiểu học Quang Trung, Quảng Ninh trước khi sáp nhập ẢNH: N.T" with
# the blank line after it). Year 2025. Results (=, counts of provinces): "23/34 tỉnh" reporting; for
# pre-school "6/23 tỉnh giữ nguyên", "15/23 tỉnh giảm dần", "1 tỉnh đã hoàn thành sáp nhập"; for
# general schools "7/23", "15/23", "1 tỉnh" (scope null: the school level is part of each subject,
# the values split by what the provinces did, not by level). Quảng Ninh (place): "520 trường học ...
# thành 255 trường học" and "18 cơ sở giáo dục thành 3 cơ sở" (=, counts before and after the
# merger). Targets: the continuing-education centres' planned cuts "Quảng Ninh 92,86%, Huế 44,44%,
# ..." ("có phương án sáp nhập mạnh để giảm đầu mối": a target stated as a change, spec; >=, place
# per province; year null: the plans name no year). NOT: "giảm dần từ 1,76% đến dưới 10%", "giảm
# 45,83%", "từ 0,2% đến dưới 10%", "giảm 42,57%" (reductions reached: changes against the earlier
# number of schools). Not quantities: "giảm 265 trường" (a change), "/34", "/23" (denominators),
# "15.10.2025", "2025 - 2026" (dates).
D03 = dict(name="03_quangninh-sap-xep-truong-hoc-2025", kind="result", year=2025, records=[
    R("của «23/34 tỉnh", "tỉnh, thành phố báo cáo sắp xếp trường học", "=", 23, **CNT),
    R("non, «6/23 tỉnh", "tỉnh giữ nguyên hiện trạng giáo dục mầm non", "=", 6, **CNT),
    R("hiện trạng, «15/23 tỉnh", "tỉnh giảm dần cơ sở giáo dục mầm non", "=", 15, **CNT),
    R("10%, «1 tỉnh đã", "tỉnh đã hoàn thành sáp nhập cơ sở giáo dục mầm non", "=", 1, **CNT),
    R("thông, «7/23 tỉnh", "tỉnh giữ nguyên trường giáo dục phổ thông", "=", 7, **CNT),
    R("nguyên, «15/23 tỉnh", "tỉnh giảm trường giáo dục phổ thông", "=", 15, **CNT),
    R("10%, «1 tỉnh giảm", "tỉnh giảm trường giáo dục phổ thông", "=", 1, **CNT),
    R("Ninh «92,86%", GDTX, ">=", 92.86, **T, year=None, place="Quảng Ninh"),
    R("Huế «44,44%", GDTX, ">=", 44.44, **T, year=None, place="Huế"),
    R("Tây Ninh «44,44%", GDTX, ">=", 44.44, **T, year=None, place="Tây Ninh"),
    R("Lai «36%", GDTX, ">=", 36, **T, year=None, place="Gia Lai"),
    R("Nguyên «35,29%", GDTX, ">=", 35.29, **T, year=None, place="Thái Nguyên"),
    R("Ngãi «35,71%", GDTX, ">=", 35.71, **T, year=None, place="Quảng Ngãi"),
    R("xếp «520 trường", "trường học từ mầm non đến THCS hoàn thành sắp xếp", "=", 520, **CNT,
      place="Quảng Ninh"),
    R("thành «255 trường", "trường học từ mầm non đến THCS sau sắp xếp", "=", 255, **CNT, place="Quảng Ninh"),
    R("xếp «18 cơ sở", "cơ sở giáo dục trực thuộc Sở GD-ĐT hoàn thành sắp xếp", "=", 18, **CNT,
      place="Quảng Ninh"),
    R("thành «3 cơ sở", "cơ sở giáo dục trực thuộc Sở GD-ĐT sau sắp xếp", "=", 3, **CNT, place="Quảng Ninh"),
], NOT=["từ «1,76%", "1,76% đến dưới «10%", "giảm «45,83%", "từ «0,2%", "0,2% đến dưới «10%", "giảm «42,57%"])

# 04 Thanh Hóa, Yên Khương commune: the ground-breaking of the boarding primary and lower-secondary
# school, one of the border communes' schools (nld.com.vn; the stamp " date 2025-11-09" written as
# the first line; cut: the photo caption "Thủ tướng Chính phủ Phạm Minh Chính tới dự lễ khởi công
# tại ... Thanh Hóa. Ảnh: Nhật Bắc" with the blank line after it; the excerpt ends in "dự án Trư").
# One record: the planned "Tổng mức đầu tư khoảng 90 tỉ đồng" (target, ~, "đồng"; year 2025, the
# document's). Not quantities: "13 điểm cầu" (the venues of an event), the site's areas "1,5 ha",
# "1,25 ha", "0,25 ha" (sizes), "9-11" (a date).
D04 = dict(name="04_thanhhoa-yenkhuong-truong-noi-tru-2025", kind="target", year=2025, records=[
    R("khoảng «90 tỉ", "tổng mức đầu tư Trường nội trú liên cấp Tiểu học và THCS Yên Khương", "~", 90e9, **VND),
])

# 05 Hưng Yên, classrooms at the start of the 2020-2021 school year (baohungyen.vn; cut: the byline
# "19:07, 08/09/2020" with the blank line after it, written as the first line `date 2020-09-08`; the
# byline "Đào Doan" run into the widget "Nội dung:" and the gold-price and exchange-rate widget lines
# after the body). Year 2020. Results: the title's "đạt hơn 92%" (>), "9.642 phòng học", "8.874
# phòng học kiên cố cao tầng, đạt tỷ lệ 92,03%", and the rate split by school level (scopes "cấp
# mầm non", "cấp tiểu học", "cấp THCS", "cấp THPT", as written). Not quantities: "tăng 241 phòng so
# với đầu năm học 2019 – 2020" (a change), "phòng học 3 ca" (a kind of room), the school years.
D05 = dict(name="05_hungyen-phong-hoc-kien-co-2020", kind="result", year=2020, records=[
    R("đạt hơn «92%", "tỷ lệ phòng học kiên cố cao tầng", ">", 92),
    R("có «9.642 phòng", "phòng học toàn tỉnh", "=", 9642, **CNT),
    R("có «8.874 phòng", "phòng học kiên cố cao tầng", "=", 8874, **CNT),
    R("tỷ lệ «92,03%", "tỷ lệ phòng học kiên cố cao tầng", "=", 92.03),
    R("đạt «88,76%", "tỷ lệ phòng học kiên cố cao tầng", "=", 88.76, scope="cấp mầm non"),
    R("đạt «93,87%", "tỷ lệ phòng học kiên cố cao tầng", "=", 93.87, scope="cấp tiểu học"),
    R("đạt «97,71%", "tỷ lệ phòng học kiên cố cao tầng", "=", 97.71, scope="cấp THCS"),
    R("đạt «98,54%", "tỷ lệ phòng học kiên cố cao tầng", "=", 98.54, scope="cấp THPT"),
])

# 06 Ninh Thuận, first-graders short of classrooms under the new curriculum (thanhnien.vn; the stamp
# " date 2020-10" written as the first line; nothing cut). Year 2020. Results: "219 cơ sở giáo dục
# phổ thông", "gần 120.000 HS" (~), "gần 500 lớp" (~), "khoảng 13.000 HS" (~), "mới chỉ có 1.871
# phòng" (=), "đáp ứng hơn 87% so với nhu cầu" (>, a share of the need: "so với" names the
# denominator, spec). Target: "cần phải có 2.138 phòng học" (the need, >=). Not quantities: "tăng
# 3.374 HS so với năm học trước" (a change), "lớp 1" (a grade), "mỗi lớp 1 phòng" (a norm), "2
# ca/ngày", "2 buổi/ngày" (names of timetables).
D06 = dict(name="06_ninhthuan-thieu-phong-hoc-lop-1-2020", kind="result", year=2020, records=[
    R("có «219 cơ sở", "cơ sở giáo dục phổ thông toàn tỉnh", "=", 219, **CNT),
    R("gần «120.000 HS", "HS cơ sở giáo dục phổ thông toàn tỉnh", "~", 120000, **CNT),
    R("gần «500 lớp", "lớp của khối lớp 1", "~", 500, **CNT),
    R("khoảng «13.000 HS", "HS khối lớp 1", "~", 13000, **CNT),
    R("có «2.138 phòng", "phòng học cần có để đáp ứng chương trình giáo dục mới", ">=", 2138, **CNT, **T),
    R("có «1.871 phòng", "phòng học hiện có", "=", 1871, **CNT),
    R("hơn «87%", "phòng học đáp ứng so với nhu cầu", ">", 87),
])

# 07 Cà Mau, Đông Hải commune: two schools built in 2022 and never used (danviet.vn; the stamp
# " date 2025-11-05" written as the first line; cut: the photo caption "Lý do phụ huynh không đồng ý
# ... Ảnh: An An" with the blank line after it). A precision text, no record: the buildings' areas
# ("3.700 m²", "570 m²", "3.500 m²", "300 m²", "1.500 m²", "216 m²", "300 m²") are sizes, "1 trệt 1
# lầu", "1 tầng", "khối 4 phòng học" the design, "ấp Bửu 2" a name, "năm 2022" dates.
D07 = dict(name="07_camau-truong-bo-hoang-2025-precision", kind="result", year=2025, records=[])

# 08 Tuyên Quang, Đề Lảng village: a new pre-school classroom block handed over (vietnam.vnanet.vn;
# the stamp " date 2025-08-09" written as the first line; cut: the photo caption "Lễ khánh thành và
# bàn giao phòng học mới ... TTXVN" that followed the stamp, with the blank line after it). A
# precision text: sizes and dates, four records. Results (year 2025): "100% dân số là đồng bào dân
# tộc thiểu số" and "tỷ lệ hộ nghèo và cận nghèo gần 58%" (a share measured, ~), "tổng kinh phí hơn
# 354 triệu đồng" (>), "phục vụ 40 học sinh" (=). Not quantities: "117m²", "dài 10m, cao 3m"
# (sizes), "3 trong 1" (a name), "1 phòng học lớn, 1 phòng học nhỏ, 1 phòng lưu trú" (the parts of
# the one building), "5/2025" (a date).
D08 = dict(name="08_tuyenquang-de-lang-phong-hoc-2025-precision", kind="result", year=2025, records=[
    R("có «100% dân số", "dân số thôn Đề Lảng là đồng bào dân tộc thiểu số", "=", 100),
    R("gần «58%", "tỷ lệ hộ nghèo và cận nghèo thôn Đề Lảng", "~", 58),
    R("hơn «354 triệu", "tổng kinh phí công trình phòng học điểm trường Đề Lảng", ">", 354e6, **VND),
    R("vụ «40 học sinh", "học sinh là con em đồng bào dân tộc thiểu số được công trình phục vụ", "=", 40, **CNT),
])

# 09 The ministry on merging public schools after the provinces' merger, Quảng Ninh's plan
# (nghean24h.vn; the stamp " date 2025-10-20" written as the first line; nothing cut; the excerpt
# ends in "tư thụ"). Year 2025. Results: "trung bình mỗi tỉnh có trên 1.000 cơ sở giáo dục công
# lập" (>), Quảng Ninh's "637 cơ sở giáo dục" (=, place). NOT: the title's "giảm gần 50% đầu mối"
# (a reduction reached: a change). Not quantities: "2 hoặc 3 trường cùng cấp" (how many schools some
# communes have, a description, no indicator), "Trung Phúc Cường 2" (a name).
D09 = dict(name="09_quangninh-sap-nhap-truong-cong-lap-2025", kind="result", year=2025, records=[
    R("trên «1.000 cơ sở", "cơ sở giáo dục công lập trung bình mỗi tỉnh", ">", 1000, **CNT),
    R("có «637 cơ sở", "cơ sở giáo dục toàn tỉnh", "=", 637, **CNT, place="Quảng Ninh"),
], NOT=["gần «50%"])

# 10 The government's plan carrying out the Politburo's directive on general education (vneconomy.vn;
# the stamp " date 2025-03" written as the first line; nothing cut; the excerpt ends in "cơ sở
# giáo "). A national plan, kept for its list of targets (the theme's provincial plans were not
# found). Targets (bare numbers and "đạt": >=). Year 2025: the text names no year, the stamp's
# (spec's decided case; the plan's 2030 is only in the address). "38% trẻ em trong độ tuổi nhà trẻ
# và 97% trẻ em trong độ tuổi mẫu giáo": a split by age group, scopes as written; "đi học đúng độ
# tuổi cấp tiểu học ... 99,5%, cấp trung học cơ sở ... 97%" and "hoàn thành cấp tiểu học ... 99,7%,
# trung học cơ sở ... 99% và ... cấp trung học phổ thông ... 95%": splits by school level, scopes as
# written. The transitions "từ tiểu học lên trung học cơ sở" and "từ trung học cơ sở lên trung học
# phổ thông" are two subjects (scope null). Not quantities: "trẻ em 5 tuổi" (an age), "2 buổi/ngày"
# (a timetable), "mức độ 3", "mức độ 2" (labels).
D10 = dict(name="10_chinhphu-ke-hoach-giao-duc-pho-thong-2030", kind="target", year=2025, records=[
    R("đạt «38%", "tỷ lệ huy động trẻ đến trường", ">=", 38, scope="trẻ em trong độ tuổi nhà trẻ"),
    R("và «97% trẻ", "tỷ lệ huy động trẻ đến trường", ">=", 97, scope="trẻ em trong độ tuổi mẫu giáo"),
    R("có «99,5% trẻ", "trẻ em mầm non đến trường được học 2 buổi/ngày", ">=", 99.5),
    R("đạt «30%", "tỷ lệ trường mầm non dân lập, tư thục", ">=", 30),
    R("đạt «35%", "trẻ em theo học tại các cơ sở giáo dục mầm non dân lập, tư thục", ">=", 35),
    R("; «75% các", "tỉnh, thành phố trực thuộc trung ương đạt chuẩn phổ cập giáo dục tiểu học mức độ 3",
      ">=", 75),
    R("; «40% các", "tỉnh, thành phố trực thuộc trung ương đạt chuẩn phổ cập giáo dục trung học cơ sở mức "
      "độ 3", ">=", 40),
    R("; «60% các", "tỉnh, thành phố trực thuộc trung ương đạt chuẩn phổ cập giáo dục trung học cơ sở mức "
      "độ 2", ">=", 60),
    R("tiểu học đạt «99,5%", "tỷ lệ đi học đúng độ tuổi", ">=", 99.5, scope="cấp tiểu học"),
    R("cơ sở đạt «97%", "tỷ lệ đi học đúng độ tuổi", ">=", 97, scope="cấp trung học cơ sở"),
    R("đạt «99,7%", "tỷ lệ hoàn thành đúng độ tuổi", ">=", 99.7, scope="cấp tiểu học"),
    R("đạt «99%", "tỷ lệ hoàn thành đúng độ tuổi", ">=", 99, scope="trung học cơ sở"),
    R("phổ thông đạt «95%;", "tỷ lệ hoàn thành cấp học", ">=", 95, scope="cấp trung học phổ thông"),
    R("cơ sở đạt «99,5%", "tỷ lệ chuyển cấp từ tiểu học lên trung học cơ sở", ">=", 99.5),
    R("khác đạt «95%", "tỷ lệ chuyển cấp từ trung học cơ sở lên trung học phổ thông và các trình độ khác",
      ">=", 95),
    R("; «100% học sinh", "học sinh tiểu học được học 2 buổi/ngày", ">=", 100),
    R("Phấn đấu «100% giáo viên", "giáo viên phổ thông đạt chuẩn trình độ chuẩn được đào tạo", ">=", 100),
])

# 11 Hà Nội, the plan for public schools meeting the national standard, 2022-2025 (anninhthudo.vn;
# cut: the source label "ANTĐ"; no byline, no stamp). Targets for 2025, one range each in the title
# and in the body ("80 - 85%": between). Not quantities: "2022 – 2025" (the period).
D11 = dict(name="11_hanoi-truong-chuan-quoc-gia-2025", kind="target", year=2025, records=[
    R("có «80 - 85% trường", "trường công lập đạt chuẩn quốc gia", "between", 80, value_max=85),
    R("từ «80 - 85%.", "tỷ lệ trường công lập các cấp đạt chuẩn quốc gia", "between", 80, value_max=85),
])

# 12 Thái Nguyên, keeping pre-school universalisation (thainguyentv.vn; nothing cut; no byline, no
# stamp; the lead sentence stands twice, as the sapo and as the body's first sentence, each a
# record). Year null: the text names only the earlier school year 2020-2021, of its comparisons.
# Results: "trên 240 trường mầm non" (>) and "31,7%" (twice each), "gần 97%" (~), "5 tuổi ... đạt
# 100%", "100% các trường có nguồn nước sạch" (=). NOT: "tăng 0,1%", "tăng 0,6%" (changes).
# Not quantities: "dưới 36 tháng tuổi", "3-5 tuổi", "5 tuổi" (ages).
D12 = dict(name="12_thainguyen-pho-cap-mam-non", kind="result", year=None, records=[
    R("non\nHiện toàn tỉnh đang có trên «240", "trường mầm non toàn tỉnh", ">", 240, **CNT),
    R("đạt «31,7%.", "tỷ lệ huy động trẻ trong độ tuổi nhà trẻ đi học", "=", 31.7),
    R("\n\nHiện toàn tỉnh đang có trên «240", "trường mầm non toàn tỉnh", ">", 240, **CNT),
    R("đạt «31,7% (", "tỷ lệ huy động trẻ trong độ tuổi nhà trẻ đi học", "=", 31.7),
    R("gần «97%", "tỷ lệ huy động trẻ mẫu giáo (3-5 tuổi) đi học", "~", 97),
    R("đạt «100%,", "tỷ lệ huy động trẻ mẫu giáo 5 tuổi đi học", "=", 100),
    R("non. «100% các", "trường có nguồn nước sạch, có bếp ăn hợp vệ sinh", "=", 100),
], NOT=["tăng «0,1%", "tăng «0,6%"])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
