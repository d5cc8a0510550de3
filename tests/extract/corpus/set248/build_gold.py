#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set248).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (goldkit.build_records).

Each document may also list NOT: locators of percentages deliberately left without a record (a
result's change against an earlier value, completion against a plan, a threshold that names a
group); check_gold.py verifies that every percentage has a record or a NOT entry.

Each record carries `indicator_id_gold` (ignored by the scorer) through `iid=`: every record of this
set has None, decided against muctieu/catalog/data/indicators.yaml (see README: the catalogue holds
digital-transformation indicators; none measures a poverty rate, a count of poor households, jobs,
houses or allowances, and the two social-benefit ids count payments through an account, which no
text here states).

The theme is poverty reduction and social protection: no text has a digital-transformation heading
or lead-in, so every pillar is null.

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

DONG = dict(unit="other", unit_text="đồng")
POOR = "tỷ lệ hộ nghèo"

# --------------------------------------------------------------------------
# 01 Phú Thọ, the 2025 review of poor and near-poor households (baophutho.vn; nothing cut; no
# byline, no stamp; the excerpt ends in "trong N"). Year 2025 (the review "năm 2025"). Results:
# the headline's and the lead's "giảm còn 2,68%" (two records: a headline is recorded, as earlier
# sets), the caption "Xã miền núi Thu Cúc ... xuống còn 11,15%" (a caption that states a figure
# stays; place "Thu Cúc"), "số hộ nghèo toàn tỉnh là 26.941 hộ, chiếm tỷ lệ 2,68%, trong đó tỷ lệ hộ
# nghèo khu vực thành thị chiếm 0,39%, khu vực nông thôn chiếm 3,17%" (the last two a split by
# population group: scopes "thành thị", "nông thôn", spec), "số hộ cận nghèo là 31.615 hộ, chiếm tỷ
# lệ 3,14%". Target: "thấp hơn chỉ tiêu kế hoạch được giao (2,75%)" (a bracket that states the
# plan's value: target, 2025; bare, `>=` as the contract reads a bare target; see README). Not
# quantities: "1.005.262 hộ dân với 3.917.201 nhân khẩu" (the size of the population, as earlier
# sets' sizes), "2021-2025" (dates).
# --------------------------------------------------------------------------
D01 = dict(name="01_phutho-ty-le-ho-ngheo-ra-soat-2025", kind="result", year=2025, records=[
    R("tỉnh giảm còn «2,68%", "Tỷ lệ hộ nghèo toàn tỉnh", "=", 2.68),
    R("tục giảm còn «2,68%", "tỷ lệ hộ nghèo trên địa bàn tỉnh", "=", 2.68),
    R("được giao («2,75%)", "chỉ tiêu kế hoạch được giao: tỷ lệ hộ nghèo", ">=", 2.75, **T),
    R("xuống còn «11,15%", POOR, "=", 11.15, place="Thu Cúc"),
    R("là «26.941 hộ", "số hộ nghèo toàn tỉnh", "=", 26941, **CNT),
    R("chiếm tỷ lệ «2,68%, trong", "hộ nghèo toàn tỉnh", "=", 2.68),
    R("thị chiếm «0,39%", "tỷ lệ hộ nghèo", "=", 0.39, scope="thành thị"),
    R("thôn chiếm «3,17%", "tỷ lệ hộ nghèo", "=", 3.17, scope="nông thôn"),
    R("là «31.615 hộ", "số hộ cận nghèo", "=", 31615, **CNT),
    R("chiếm tỷ lệ «3,14%", "hộ cận nghèo", "=", 3.14),
])

# --------------------------------------------------------------------------
# 02 Hà Tĩnh, labour, jobs and social protection in 2023 and the targets for 2024 (baohatinh.vn;
# the stamp " date 2023-12" written as the first line; nothing cut; the excerpt ends in "đối tượng
# ng"). Results of "Năm 2023" (year 2023): jobs "23.125 người" with its parts "trong nước đạt
# 10.920 người" and "ở nước ngoài ... đạt 12.205 người" (each its own subject), "853 nhà ở người có
# công, trị giá mỗi căn 70 triệu đồng" (money, unit other "đồng"), "837.892 lượt đối tượng bảo trợ
# xã hội ... tổng kinh phí gần 460 tỷ đồng" (`~`), "66.699 người đang hưởng trợ cấp", "11.572 hộ
# nghèo ..., chiếm tỷ lệ 3,04%", "12.947 hộ cận nghèo ..., chiếm tỷ lệ 3,37%". Targets of "Chỉ tiêu,
# nhiệm vụ năm 2024" (year 2024): "giải quyết việc làm 23.000 người" (`>=`), "khoảng 12.000 lao
# động", "khoảng 11.000 người" (`~`), "Tỷ lệ lao động qua đào tạo 76%" (bare `>=`), "tỷ lệ hộ nghèo
# năm 2024 giảm từ 0,6 - 1,0%" (a target stated as a change, one range: `between`), "98% xã phường,
# thị trấn làm tốt công tác thương binh - liệt sỹ", "100% đối tượng ng[...]" (cut by the excerpt;
# the indicator as far as written). NOT: "tăng 100,56% so với năm 2022", "(giảm 0,75%)", "(giảm
# 0,67%)" (a result's change, spec), "đạt 102,7% kế hoạch" (completion against a plan), "(đạt 102% so
# với cùng kỳ năm 2022)" (against the same period of 2022: a change). Not quantities: "giảm 2.955
# hộ", "giảm 2.539 hộ" (changes), the years.
# --------------------------------------------------------------------------
D02 = dict(name="02_hatinh-viec-lam-ho-ngheo-chi-tieu-2024", kind="result", year=2023, records=[
    R("làm cho «23.125 người", "Hà Tĩnh giải quyết việc làm", "=", 23125, **CNT),
    R("nước đạt «10.920 người", "Giải quyết việc làm trong nước", "=", 10920, **CNT),
    R("động đạt «12.205 người", "đi làm việc ở nước ngoài theo hợp đồng lao động", "=", 12205, **CNT),
    R("xây dựng «853 nhà", "Phê duyệt hỗ trợ xây dựng nhà ở người có công", "=", 853, **CNT),
    R("mỗi căn «70 triệu", "trị giá mỗi căn nhà ở người có công", "=", 70e6, **DONG),
    R("cho «837.892 lượt", "lượt đối tượng bảo trợ xã hội được chi trả trợ cấp thường xuyên tại cộng đồng", "=",
      837892, **CNT),
    R("phí gần «460 tỷ", "tổng kinh phí chi trả trợ cấp thường xuyên tại cộng đồng", "~", 460e9, **DONG),
    R("có «66.699 người", "người đang hưởng trợ cấp xã hội thường xuyên và đối tượng được hỗ trợ kinh phí "
      "chăm sóc đối tượng bảo trợ xã hội tại cộng đồng", "=", 66699, **CNT),
    R("có «11.572 hộ", "hộ nghèo toàn tỉnh", "=", 11572, **CNT),
    R("tỷ lệ «3,04%", "hộ nghèo", "=", 3.04),
    R("có «12.947 hộ", "hộ cận nghèo", "=", 12947, **CNT),
    R("tỷ lệ «3,37%", "hộ cận nghèo", "=", 3.37),
    R("việc làm «23.000 người", "Hà Tĩnh sẽ giải quyết việc làm", ">=", 23000, **CNT, **T, year=2024),
    R("khoảng «12.000 lao động", "giải quyết việc làm trong nước", "~", 12000, **CNT, **T, year=2024),
    R("khoảng «11.000 người", "đi xuất khẩu lao động", "~", 11000, **CNT, **T, year=2024),
    R("đào tạo «76%", "Tỷ lệ lao động qua đào tạo", ">=", 76, **T, year=2024),
    R("giảm từ «0,6 - 1,0%", "tỷ lệ hộ nghèo năm 2024 giảm", "between", 0.6, value_max=1.0, **T, year=2024),
    R("; «98% xã", "xã phường, thị trấn làm tốt công tác thương binh - liệt sỹ", ">=", 98, **T, year=2024),
    R("; «100% đối tượng", "đối tượng ng", ">=", 100, **T, year=2024),
], NOT=["tăng «100,56% so", "đạt «102,7% kế", "(đạt «102% so", "(giảm «0,75%)", "(giảm «0,67%)"])

# --------------------------------------------------------------------------
# 03 Bình Thuận, the 2022 review of poor and near-poor households by the multidimensional standard
# (skhdt.binhthuan.gov.vn; cut: "Thông tin mới nhất", the visitor counter "Thống kê truy cập" with
# its five lines, "Đăng nhập", the view count "Lượt xem: 144" with the blank line after it, and the
# badge "ipv6 ready Chung nhan Tin Nhiem Mang"; no byline, no stamp). Year 2022 ("năm 2022").
# Results: "Hộ nghèo có 10.689 hộ, chiếm 3,20% so với tổng số hộ toàn tỉnh" ("so với tổng số" names
# a share's denominator, spec), "3.373 hộ nghèo vùng đồng bào dân tộc (chiếm 13,13% ... và chiếm
# 31,56% ...)" (two shares of two wholes, each its own subject), the near-poor likewise (14.994,
# 4,49%; 3.508, 13,63%, 23,4%). NOT: "(tăng 137 hộ so với đầu năm, chiếm tỷ lệ 0,04%)", "(tăng 251
# hộ ..., 0,08%)" (a result's change against the start of the year, spec), "giảm tỷ lệ hộ nghèo năm
# 2022 là 0,47%" (the year's reduction of the rate: a result's change, as set238's "giảm 0,57%"),
# "đạt 100% kế hoạch năm" (completion against a plan). Not quantities: "3341/KH-UBND",
# "06/10/2022", "2021 - 2025", "2022 - 2025" (a document, dates).
# --------------------------------------------------------------------------
D03 = dict(name="03_binhthuan-ra-soat-ho-ngheo-da-chieu-2022", kind="result", year=2022, records=[
    R("có «10.689 hộ", "Hộ nghèo", "=", 10689, **CNT),
    R("chiếm «3,20% so", "Hộ nghèo so với tổng số hộ toàn tỉnh", "=", 3.2),
    R("có «3.373 hộ", "hộ nghèo vùng đồng bào dân tộc", "=", 3373, **CNT),
    R("(chiếm «13,13% so", "hộ nghèo vùng đồng bào dân tộc so với tổng số hộ nghèo DTTS", "=", 13.13),
    R("chiếm «31,56% so", "hộ nghèo vùng đồng bào dân tộc so với tổng số hộ nghèo toàn tỉnh", "=", 31.56),
    R("có «14.994 hộ", "hộ cận nghèo", "=", 14994, **CNT),
    R("chiếm «4,49% so", "hộ cận nghèo so với tổng số hộ toàn tỉnh", "=", 4.49),
    R("có «3.508 hộ", "hộ cận nghèo vùng đồng bào dân tộc", "=", 3508, **CNT),
    R("(chiếm «13,63% so", "hộ cận nghèo vùng đồng bào dân tộc so với tổng số hộ nghèo DTTS", "=", 13.63),
    R("chiếm «23,4% so", "hộ cận nghèo vùng đồng bào dân tộc so với tổng số hộ cận nghèo toàn tỉnh", "=",
      23.4),
], NOT=["tỷ lệ «0,04%)", "tỷ lệ «0,08%)", "là «0,47%, đạt", "đạt «100% kế"])

# --------------------------------------------------------------------------
# 04 Thừa Thiên Huế, the province's 2022 plan for the national target programme on sustainable
# poverty reduction (huengaynay.vn; cut: the byline "ClockThứ Ba, 14/06/2022 16:08", written as the
# first line `date 2022-06-14`; the related-article links "Phong Điền phải giảm tỷ lệ hộ nghèoĐưa
# 2.000 lao động ..." (links to other pages: furniture, its figure is theirs); the photo caption
# "Tạo việc làm cho người lao động luôn được tỉnh quan tâm"; "Tin, ảnh: Lê Thọ"; the rating and
# related-items furniture "ĐÁNH GIÁ" ... "CHUYỂN ĐỔI HỘ KINH DOAN"). Targets, year 2022 (the plan
# "năm 2022"): the headline's and the lead's "giảm từ 0,8-1%" (two records, `between`: a target
# stated as a change), "tỷ lệ hộ nghèo là đồng bào dân tộc thiểu số giảm từ 3% trở lên", "... tại
# các xã có tỷ lệ hộ nghèo cao trên 25% giảm từ 4% trở lên" (`>=`; a breakdown by group of
# households: scope null, the group is the subject, as set193's hospital grades), "100% người lao
# động ...", "Tối thiểu 1.200 người lao động", "xuống dưới 9,8%" (`<`), "trên 93,5%" (`>`), "đạt
# 68%", "có bằng cấp chứng chỉ đạt 50%" (`>=`). NOT: "cao trên 25%" (a threshold naming the
# communes the target is for, not a value set or reached). Not quantities: "Ngày 13/6", "dưới 16
# tuổi" (an age bound of the subject).
# --------------------------------------------------------------------------
D04 = dict(name="04_thuathienhue-ke-hoach-giam-ngheo-2022", kind="target", year=2022, records=[
    R("nghèo giảm từ «0,8-1%\n", "tỷ lệ hộ nghèo giảm", "between", 0.8, value_max=1),
    R("tỉnh giảm từ «0,8-1%", "tỷ lệ hộ nghèo chung toàn tỉnh giảm", "between", 0.8, value_max=1),
    R("giảm từ «3% trở", "tỷ lệ hộ nghèo là đồng bào dân tộc thiểu số giảm", ">=", 3),
    R("giảm từ «4% trở", "tỷ lệ hộ nghèo tại các xã có tỷ lệ hộ nghèo cao giảm", ">=", 4),
    R("phấn đấu «100% người", "người lao động thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo có nhu cầu được "
      "hỗ trợ kết nối, tư vấn, định hướng nghề nghiệp, cung cấp thông tin thị trường lao động, hỗ trợ tìm việc "
      "làm", ">=", 100),
    R("Tối thiểu «1.200 người", "người lao động thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo, vùng nghèo, "
      "vùng khó khăn được hỗ trợ kết nối việc làm thành công", ">=", 1200, **CNT),
    R("xuống dưới «9,8%", "tỷ lệ suy dinh dưỡng thấp còi trẻ em dưới 16 tuổi", "<", 9.8),
    R("trên «93,5%", "tỷ lệ trẻ em dưới 16 tuổi thuộc hộ nghèo, hộ cận nghèo đi học đúng độ tuổi", ">", 93.5),
    R("đạt «68%", "tỷ lệ người lao động thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo và tỷ lệ người lao "
      "động thuộc vùng nghèo, vùng khó khăn qua đào tạo", ">=", 68),
    R("đạt «50%", "người lao động qua đào tạo có bằng cấp chứng chỉ", ">=", 50),
], NOT=["cao trên «25%"])

# --------------------------------------------------------------------------
# 05 Quảng Nam, the "Vì người nghèo" fund's peak month of 2021 (baoquangnam.vn; cut: the byline
# "NHƯ THỦY |" with the blank line after it, the photo caption "Lãnh đạo Mặt trận tỉnh và Công ty
# THACO bàn giao nhà tại huyện Phú Ninh." (twice) with the blank line after the second, and "TAGS";
# no byline date, no stamp). Year 2021 ("17.10 - 18.11.2021", "năm 2021"). Results, money unit other
# "đồng": the headline's "Gần 10 tỷ đồng" (`~`), "trong đó cấp tỉnh hơn 4 tỷ đồng, cấp huyện 5,6 tỷ
# đồng" (a split by level: scopes "cấp tỉnh" (`>`), "cấp huyện"), "59 nhà đại đoàn kết (2,3 tỷ
# đồng)", "27 nhà (319 triệu đồng)", "6.486 suất quà (5 tỷ đồng)", "350 suất học bổng", "45 trường
# hợp" (counts, each bracket its own money record). Not quantities: "17.10 - 18.11.2021" (dates).
# --------------------------------------------------------------------------
D05 = dict(name="05_quangnam-quy-vi-nguoi-ngheo-nha-dai-doan-ket-2021", kind="result", year=2021, records=[
    R("Gần «10 tỷ", "tỷ đồng ủng hộ Quỹ vì người nghèo trong tháng cao điểm", "~", 10e9, **DONG),
    R("tỉnh hơn «4 tỷ", "số tiền ủng hộ Quỹ vì người nghèo", ">", 4e9, scope="cấp tỉnh", **DONG),
    R("huyện «5,6 tỷ", "số tiền ủng hộ Quỹ vì người nghèo", "=", 5.6e9, scope="cấp huyện", **DONG),
    R("mới «59 nhà", "nhà đại đoàn kết được hỗ trợ xây dựng mới", "=", 59, **CNT),
    R("(«2,3 tỷ", "số tiền hỗ trợ xây dựng mới nhà đại đoàn kết", "=", 2.3e9, **DONG),
    R("chữa «27 nhà", "nhà được hỗ trợ sửa chữa", "=", 27, **CNT),
    R("(«319 triệu", "số tiền hỗ trợ sửa chữa nhà", "=", 319e6, **DONG),
    R("tặng  «6.486 suất", "suất quà được tặng", "=", 6486, **CNT),
    R("(«5 tỷ", "số tiền tặng suất quà", "=", 5e9, **DONG),
    R("trao «350 suất", "suất học bổng được trao", "=", 350, **CNT),
    R("bệnh «45 trường", "trường hợp được hỗ trợ khám chữa bệnh", "=", 45, **CNT),
])

# --------------------------------------------------------------------------
# 06 Cà Mau, the national target programme for sustainable poverty reduction at mid-term (baocamau.vn;
# cut: the byline date "09/04/2024 13:48", written as the first line `date 2024-04-09`). Results of
# "cuối năm 2023" (year 2023): "9.604 hộ nghèo, chiếm tỷ lệ 3,14%; hộ cận nghèo là 6.943 hộ, chiếm
# tỷ lệ 2,27%". Not quantities: "2021-2025" (dates).
# --------------------------------------------------------------------------
D06 = dict(name="06_camau-ho-ngheo-giua-ky-2023", kind="result", year=2023, records=[
    R("còn «9.604 hộ", "hộ nghèo toàn tỉnh", "=", 9604, **CNT),
    R("tỷ lệ «3,14%", "hộ nghèo", "=", 3.14),
    R("là «6.943 hộ", "hộ cận nghèo", "=", 6943, **CNT),
    R("tỷ lệ «2,27%", "hộ cận nghèo", "=", 2.27),
])

# --------------------------------------------------------------------------
# 07 Cao Bằng (named by its commune "xã Tổng Cọt" in the cut caption only; the text says "toàn
# tỉnh"), the results of the poverty-reduction programmes 2021-2025 (tracuuquyhoach.com; cut: the
# photo caption "Đoàn giám sát của tỉnh kiểm tra thực tế ... xã Tổng Cọt." and the byline "Kim
# Dung"; no stamp; the excerpt opens in "Trong đó,"). Year 2025: running totals of "giai đoạn 2021
# - 2025" take the period's end, as earlier sets. Results: "216 công trình hạ tầng", "170 công
# trình", "500 dự án", "6 dự án" (counts), "trên 30.000 lượt hộ", "mỗi năm cấp trên 300.000 thẻ
# bảo hiểm y tế", "trên 10.000 thẻ BHYT", "trên 20.000 hộ mỗi năm", "trên 19.000 hộ" (`>`),
# "236.908 người" (`=`). NOT: "giảm 21,22% trong giai đoạn", "bình quân giảm 4,24%/năm" (a result's
# change, spec). Not quantities: "Covid-19" (a name), "2021 - 2025".
# --------------------------------------------------------------------------
D07 = dict(name="07_caobang-giam-ngheo-giai-doan-2021-2025", kind="result", year=2025, records=[
    R("tư «216 công trình", "công trình hạ tầng đã đầu tư", "=", 216, **CNT),
    R("dưỡng «170 công trình", "công trình phục vụ dân sinh và sản xuất được duy tu, bảo dưỡng", "=", 170, **CNT),
    R("khai «500 dự án", "dự án hỗ trợ phát triển sản xuất", "=", 500, **CNT),
    R("và «6 dự án", "dự án nhân rộng mô hình giảm nghèo bền vững", "=", 6, **CNT),
    R("trên «30.000 lượt", "lượt hộ nghèo, cận nghèo, hộ mới thoát nghèo và học sinh, sinh viên được hỗ trợ vay "
      "vốn ưu đãi", ">", 30000, **CNT),
    R("trên «300.000 thẻ", "thẻ bảo hiểm y tế cấp mỗi năm cho các nhóm yếu thế và đồng bào dân tộc thiểu số", ">",
      300000, **CNT),
    R("trên «10.000 thẻ", "thẻ BHYT cấp cho đối tượng bảo trợ xã hội", ">", 10000, **CNT),
    R("trên «20.000 hộ", "hộ được hỗ trợ tiền điện mỗi năm", ">", 20000, **CNT),
    R("hỗ trợ «236.908 người", "người gặp khó khăn do đại dịch Covid-19 được hỗ trợ", "=", 236908, **CNT),
    R("trên «19.000 hộ", "hộ nghèo và cận nghèo được xóa nhà tạm, nhà dột nát", ">", 19000, **CNT),
], NOT=["giảm «21,22%", "giảm «4,24%/năm"])

# --------------------------------------------------------------------------
# 08 Gia Lai, Chư Pah district's poverty target for 2023 (gialaitv.vn; cut: the update line
# "Cập nhật 08/2/2023, 15:02:52", written as the first line `date 2023-02-08`, with the blank line
# after it; the byline "Đoàn Bình, R’Piên", "Lượt xem: 22", "Trả lời"). Targets of "Năm 2023": the
# headline's and the lead's "giảm tỷ lệ hộ nghèo ... còn 7,34%" (two records; bare, `>=`, as the
# contract reads a bare target; see README) and the bracket "(tương đương giảm 1,6% so với năm
# 2022)" (a target stated as a change: a quantity, `>=`). Results of "cuối năm 2022" (year 2022):
# "giảm còn 8,94% (còn 1.824 hộ nghèo ...)". NOT: "đạt 136% kế hoạch", "đạt 97,14% kế hoạch"
# (completion against a plan). Not quantities: "đã giảm được 396 hộ so với năm 2021" (a change).
# The district is the document's own: no place.
# --------------------------------------------------------------------------
D08 = dict(name="08_gialai-chupah-muc-tieu-ho-ngheo-2023", kind="target", year=2023, records=[
    R("năm 2023 còn «7,34%\n", "tỷ lệ hộ nghèo", ">=", 7.34),
    R("còn «7,34% (", "tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều)", ">=", 7.34),
    R("giảm «1,6% so", "tỷ lệ hộ nghèo giảm so với năm 2022", ">=", 1.6),
    R("giảm còn «8,94%", "tỷ lệ hộ nghèo trên địa bàn huyện Chư Pah", "=", 8.94, kind="result", year=2022),
    R("(còn «1.824 hộ", "hộ nghèo", "=", 1824, **CNT, kind="result", year=2022),
], NOT=["đạt «136% kế", "đạt «97,14% kế"])

# --------------------------------------------------------------------------
# 09 Ninh Thuận, Ninh Hải district's poverty results of 2022 and target for 2023
# (giamngheo.ninhthuan.gov.vn; nothing cut but the excerpt's last line of spaces; no byline, no
# stamp). Results of "cuối năm 2022" (year 2022): "1.063 hộ nghèo, chiếm tỷ lệ 3,44%", "Hộ cận
# nghèo còn 1.289 hộ, chiếm tỷ lệ 4,17%". Targets (year 2023): the headline's "giảm ... còn 2,44%
# vào cuối năm 2023" and the last sentence's "giảm còn 2,44%" (bare, `>=`), "100% người lao động
# ..." (the programme's stock wording, as 04's), "Phấn đấu giảm tỷ lệ hộ nghèo 1%" (a target stated
# as a change, `>=`). NOT: "đạt tỷ lệ 126,1% so với chỉ tiêu huyện giao" (completion against a
# quota), "tỷ lệ giảm 1,04% so với năm 2021" (a result's change). Not quantities: "giảm 418 hộ",
# "giảm 287 hộ" (changes).
# --------------------------------------------------------------------------
D09 = dict(name="09_ninhthuan-ninhhai-ho-ngheo-chi-tieu-2023", kind="result", year=2022, records=[
    R("huyện còn «2,44% vào", "tỷ lệ hộ nghèo toàn huyện", ">=", 2.44, **T, year=2023),
    R("còn «1.063 hộ", "hộ nghèo trên địa bàn huyện Ninh Hải", "=", 1063, **CNT),
    R("tỷ lệ «3,44%", "hộ nghèo", "=", 3.44),
    R("còn «1.289 hộ", "Hộ cận nghèo", "=", 1289, **CNT),
    R("tỷ lệ «4,17%", "Hộ cận nghèo", "=", 4.17),
    R(". «100% người", "người lao động thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo có nhu cầu được hỗ trợ "
      "kết nối, tư vấn, định hướng nghề nghiệp, cung cấp thông tin thị trường lao động và hỗ trợ tìm việc làm",
      ">=", 100, **T, year=2023),
    R("nghèo «1%, đến", "giảm tỷ lệ hộ nghèo", ">=", 1, **T, year=2023),
    R("giảm còn «2,44%.", "tỷ lệ hộ nghèo toàn huyện", ">=", 2.44, **T, year=2023),
], NOT=["tỷ lệ «126,1% so", "giảm «1,04% so"])

# --------------------------------------------------------------------------
# 10 Hậu Giang, Châu Thành A district's poverty results of 2023 (baohaugiang.com.vn; cut: the date
# line "07/12/2023 | 08:52 GMT+7", written as the first line `date 2023-12-07`, with the blank line
# after it; the byline "PHÚ HỮU" and the links "Viết bình luận mới", "Tin cùng chuyên mục", "Các tin
# khác", "Xem thêm >>"). Year 2023. Results: "Hiện toàn huyện còn 1,17% hộ nghèo, tương đương 312
# hộ" (two records). NOT: "tỷ lệ hộ nghèo ... giảm 1,25%", "hộ cận nghèo giảm 0,16%" (a result's
# change), "đạt 178% kế hoạch" (completion against a plan). Not quantities: "336 hộ thoát nghèo"
# (headline and lead) and "tương đương 46 hộ": the year's fall in the count of poor and near-poor
# households restated in households, a result's change as set238's "giảm 8.598 hộ" (a judgement;
# see README).
# --------------------------------------------------------------------------
D10 = dict(name="10_haugiang-chauthanha-ho-ngheo-2023", kind="result", year=2023, records=[
    R("còn «1,17% hộ", "hộ nghèo toàn huyện", "=", 1.17),
    R("tương đương «312 hộ", "hộ nghèo toàn huyện", "=", 312, **CNT),
], NOT=["giảm «1,25%", "đạt «178% kế", "giảm «0,16%"])

# --------------------------------------------------------------------------
# 11 Sơn La, Sốp Cộp district's national target programme for poverty reduction
# (demo.baosonla.org.vn; nothing cut; no byline, no stamp; one item of a section's list page). No
# year for the current value: "Từ đầu năm đến nay ... Tỷ lệ hộ nghèo giảm từ 30,23% năm 2023, xuống
# còn 25,93%" gives the starting value's year only (30,23%: a result of 2023, recorded as earlier
# sets record the "từ X" of "từ X giảm còn Y"); 25,93%: year null (nothing in the text says). NOT:
# "tỷ lệ hộ nghèo dân tộc thiểu số giảm trên 4%" (a result's change).
# --------------------------------------------------------------------------
D11 = dict(name="11_sonla-sopcop-ho-ngheo-dtts", kind="result", year=None, records=[
    R("từ «30,23%", "Tỷ lệ hộ nghèo", "=", 30.23, year=2023),
    R("còn «25,93%", "Tỷ lệ hộ nghèo", "=", 25.93),
], NOT=["trên «4%"])

# --------------------------------------------------------------------------
# 12 Gia Lai, the province's Plan 314/KH-UBND for poverty reduction in 2022, on a tag page
# (baoxuan.vov.vn; nothing cut: the headline stands twice, as the list item's title and its link,
# both kept and both recorded). Targets of "năm 2022": "giảm 2% hộ nghèo" (twice), "giảm 2% tổng số
# hộ nghèo và 3% số hộ nghèo dân tộc thiểu số" (two records, each its own subject; targets stated
# as a change, bare `>=`). Not quantities: "314/KH-UBND" (a document).
# --------------------------------------------------------------------------
HEAD12 = "Gia Lai đặt mục tiêu giảm 2% hộ nghèo trong năm 2022"
D12 = dict(name="12_gialai-ke-hoach-314-giam-ngheo-2022", kind="target", year=2022, records=[
    R("tiêu giảm «2% hộ nghèo trong năm 2022\n\nGia", "giảm hộ nghèo", ">=", 2),
    R("2022\n\nGia Lai đặt mục tiêu giảm «2% hộ nghèo trong năm 2022\n\nVOV", "giảm hộ nghèo", ">=", 2),
    R("giảm «2% tổng", "giảm tổng số hộ nghèo", ">=", 2),
    R("và «3% số", "giảm số hộ nghèo dân tộc thiểu số", ">=", 3),
])

# --------------------------------------------------------------------------
# 13 Huế city, the 2025 review of poor households and its target (huengaynay.vn; the stamp " date
# 2025-11-10" written as the first line, the rest of that line, "Thứ Ba, 11/11/2025 13:34
# (GMT+7)", on the second line, as set193's 04; cut: the photo caption "|Việc rà soát hộ nghèo ...
# minh bạch"; the excerpt ends in "giảm c"). A precision text: one record, the headline's target
# "đến cuối năm 2025, tỷ lệ hộ nghèo giảm còn dưới 1,2%" (`<`, 2025); the last sentence repeats it
# but is cut before the number. Not quantities: "11/11/2025", "13:34", "GMT+7", "Ngày 11/11" (dates
# and times), "2022-2025", "2021-2025", "2026-2030", "năm 2025" (periods, years).
# --------------------------------------------------------------------------
D13 = dict(name="13_hue-ra-soat-ho-ngheo-2025-precision", kind="target", year=2025, records=[
    R("dưới «1,2%", "tỷ lệ hộ nghèo", "<", 1.2),
])

# --------------------------------------------------------------------------
# 14 Quảng Ngãi, the head of Plan 04/KH-UBND of 11 January 2024 for the national target programme
# on sustainable poverty reduction (thuviennhadat.vn; nothing cut; the excerpt ends in "nông thôn
# mớ"). A precision text, no record: the state's header, "04/KH-UBND", "90/QĐ-TTg", "833/QĐ-UBND",
# "1367/QĐ-UBND", "05/TTr-SLĐTBXH", "34-CT/TU" (documents), "11 tháng 01 năm 2024", "18/01/2022",
# "29/7/2022", "12/12/2023", "04/01/2024", "06/12/2023" (dates), "2021-2025", "năm 2024" (periods),
# the list labels "I.", "1.".
# --------------------------------------------------------------------------
D14 = dict(name="14_quangngai-ke-hoach-04-giam-ngheo-2024-precision", kind="target", year=2024, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
