#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set280).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a quota or a plan, a
change against an earlier year); check_gold.py verifies that every percentage has a record or a NOT
entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
The theme of this set (military recruitment, militia, defence and security education) has no
indicator in the catalogue: every record's `iid` is null, written once in `Q` below.

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
from goldkit import CNT, T, RES  # noqa: E402

Q = functools.partial(goldkit.R, iid=None)  # every record of this set: no catalogue indicator fits
AGE = dict(unit="other", unit_text=None)

# --------------------------------------------------------------------------
# 01 Đồng Nai, the provincial military command's force-building targets for 2020 (baodongnai.com.vn;
# cut: the byline date "Cập nhật lúc 20:16, Thứ Sáu, 21/02/2020 (GMT+7)" written as the first line
# `date 2020-02-21`, the byline "Huyền Linh", a line of one space and the four "." lines of page
# furniture at the end, with the blank lines that went with them). Kind target, year 2020 (the text's
# "Năm 2020", "đến cuối năm 2020"). "phấn đấu sắp xếp bảo đảm quân số đạt 95% trở lên", "đạt 98% quân
# số trở lên" (>=). "xây dựng lực lượng dân quân tự vệ đạt 1,4% dân số (cấp huyện đạt từ
# 1,15-1,17%; cấp xã từ 1,1-1,7%)": three records; the province's 1,4% scope null (the whole
# province, no level named at the number), the bracket's two ranges `between` with scopes "cấp
# huyện" and "cấp xã" (a split by level, spec). "65% cán bộ ban CHQS cấp xã" (>=, scope null: the
# level is part of the subject). Not quantities: "A2" (a name of a task), "20:16", the dates.
# Pillar null (no heading).
# --------------------------------------------------------------------------
D01 = dict(name="01_dongnai-luc-luong-dqtv-chi-tieu-2020", kind="target", year=2020, records=[
    Q("quân số đạt «95% trở lên", "sắp xếp bảo đảm quân số", ">=", 95),
    Q("đạt «98% quân số", "quân số các đơn vị làm nhiệm vụ A2 (phòng chống bạo loạn, diễn biến hòa bình)", ">=", 98),
    Q("đạt «1,4% dân số", "xây dựng lực lượng dân quân tự vệ dân số", ">=", 1.4),
    Q("từ «1,15-1,17%", "lực lượng dân quân tự vệ dân số", "between", 1.15, value_max=1.17,
      scope="cấp huyện"),
    Q("từ «1,1-1,7%", "lực lượng dân quân tự vệ dân số", "between", 1.1, value_max=1.7, scope="cấp xã"),
    Q("có «65% cán bộ", "cán bộ ban CHQS cấp xã đạt trình độ cao đẳng, đại học trở lên", ">=", 65),
])

# --------------------------------------------------------------------------
# 02 Quảng Nam, Nông Sơn district, Quế Trung commune deploying its defence and local military tasks
# for 2022 (nongson.quangnam.gov.vn; cut: the photo caption "Quang cảnh hội nghị." and the link label
# "Tin liên quan" at the end; no byline, no stamp). Results of 2021 ("Năm 2021, ..."), year 2021:
# "giao quân vượt chỉ tiêu với 15 thanh niên" (=, count), "dân quân tự vệ đạt 1,31% so với dân số"
# (=), "kết nạp được 1 đảng viên trong lực lượng dự bị động viên" (=, count). NOT: "đạt 107% chỉ
# tiêu" (completion against the quota). Targets for 2022 ("đề ra một số chỉ tiêu chủ yếu như ..."),
# year 2022, kind target: "hoàn thành 100% chỉ tiêu giao quân năm 2022" (a target, >=, as set261's
# "hoàn thành công tác giao quân đạt 100% chỉ tiêu" target), "tỷ lệ đảng viên trong lực lượng dân
# quân đạt 19,85%", "dân quân cơ động 46,42%", "100% thôn đội trưởng là đảng viên" (>=). Not
# quantities: "7.12" (a date), "Covid-19" (a name), "2 tập thể, 5 cá nhân" (the recipients of awards,
# as the earlier sets' "tặng Bằng khen 10 tập thể"). Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_quangnam-que-trung-qsqp-xa-2022", kind="result", year=2021, records=[
    Q("với «15 thanh niên", "giao quân vượt chỉ tiêu thanh niên", "=", 15, **CNT),
    Q("đạt «1,31% so với", "xây dựng lực lượng dân quân tự vệ so với dân số", "=", 1.31),
    Q("được «1 đảng viên", "đảng viên được kết nạp trong lực lượng dự bị động viên", "=", 1, **CNT),
    Q("hoàn thành «100% chỉ tiêu giao quân năm 2022", "hoàn thành chỉ tiêu giao quân", ">=", 100, **T, year=2022),
    Q("đạt «19,85%", "tỷ lệ đảng viên trong lực lượng dân quân", ">=", 19.85, **T, year=2022),
    Q("cơ động «46,42%", "dân quân cơ động", ">=", 46.42, **T, year=2022),
    Q("«100% thôn đội trưởng", "thôn đội trưởng là đảng viên", ">=", 100, **T, year=2022),
], NOT=["đạt «107% chỉ tiêu"])

# --------------------------------------------------------------------------
# 03 Khánh Hòa, Cam Lâm district's military party committee reviewing the first half of 2024 and
# resolving the second half's tasks (lite.baomoi.com; cut: the byline "TUYẾT TRINH"; no stamp).
# Results of "6 tháng đầu năm" 2024, year 2024: the reservists placed in reserve units "đạt
# 99,8%", "đúng chuyên nghiệp quân sự 81%", "đảng viên đạt 9,03%" (three shares of the same placing,
# each its own subject), the militia's "quy mô tổ chức đạt 23,38%", "phát triển 12 đảng viên trong
# dân quân, 1 đảng viên trong thanh niên nhập ngũ" (counts). NOT: "đạt 100% chỉ tiêu" (completion of
# the recruitment quota). Not quantities: "24-6" (a date), "6 tháng" (periods). Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_khanhhoa-camlam-nghi-quyet-qsqp-2024", kind="result", year=2024, records=[
    Q("đạt «99,8%", "phúc tra, sắp xếp quân nhân dự bị vào các đơn vị dự bị động viên", "=", 99.8),
    Q("quân sự «81%", "quân nhân dự bị sắp xếp đúng chuyên nghiệp quân sự", "=", 81),
    Q("đạt «9,03%", "đảng viên trong quân nhân dự bị sắp xếp", "=", 9.03),
    Q("đạt «23,38%", "quy mô tổ chức lực lượng dân quân tự vệ", "=", 23.38),
    Q("triển «12 đảng viên", "đảng viên phát triển trong dân quân", "=", 12, **CNT),
    Q("«1 đảng viên trong thanh niên", "đảng viên phát triển trong thanh niên nhập ngũ", "=", 1, **CNT),
], NOT=["đạt «100% chỉ tiêu"])

# --------------------------------------------------------------------------
# 04 Cao Bằng at the opening of the 2026 enlistment (vnexpress.net; cut: the photo caption "Đại tướng
# Phan Văn Giang dự lễ giao, nhận quân tại tỉnh Cao Bằng. Ảnh: Chí Hòa" with the blank line after it;
# the stamp " date 2026-03-04" written as the first line; the excerpt ends in "Kết qu"). The quota
# "Năm 2026, tỉnh được giao chỉ tiêu tuyển chọn 1.041 công dân nhập ngũ, trong đó 800 ... và 241
# ...": three targets of 2026 (a quota to reach, as set193's quota; bare numbers, >=; each its own
# subject, scope null: a breakdown by service, not a split by level). Results of the screening "đến
# hết tháng 10/2025", year 2025: "khám sơ tuyển cho 3.902 công dân", "2.367 người được gọi khám sức
# khỏe vòng 2 ..., đạt 57,3%" (=; the share of those screened, not a completion against a plan).
# Not quantities: "Hàng chục nghìn" (no number), "3 ngày" (a period), "21 tỉnh, thành phố", "3 tỉnh"
# (the provinces holding the ceremony on a day: the participants of an event), the military regions'
# numbers "Quân khu 1" ... "Quân khu 9", "Điểm giao nhận quân số 3", "khu vực 3" (names), the dates.
# Kind result by default, year 2026 (the stamp's, the text's "năm 2026"). Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_caobang-giao-nhan-quan-2026", kind="result", year=2026, records=[
    Q("tuyển chọn «1.041 công dân", "chỉ tiêu tuyển chọn công dân nhập ngũ", ">=", 1041, **CNT, **T),
    Q("trong đó «800 người", "người thực hiện nghĩa vụ quân sự", ">=", 800, **CNT, **T),
    Q("và «241 người", "người tham gia nghĩa vụ Công an nhân dân", ">=", 241, **CNT, **T),
    Q("cho «3.902 công dân", "công dân được khám sơ tuyển", "=", 3902, **CNT, year=2025),
    Q("có «2.367 người", "người được gọi khám sức khỏe vòng 2 tại các Ban Chỉ huy phòng thủ khu vực", "=", 2367,
      **CNT, year=2025),
    Q("đạt «57,3%", "người được gọi khám sức khỏe vòng 2", "=", 57.3, year=2025),
])

# --------------------------------------------------------------------------
# 05 Hòa Bình, the 2024 handover ceremonies (trangtraiviet.danviet.vn; cut: the photo caption
# "Tuổi trẻ Hòa Bình náo nức lên đường nhập ngũ" with the blank line after it; the caption with a
# figure, "Năm 2024, tỉnh Hòa Bình có 1.863 thanh niên lên đường nhập ngũ. Ảnh: Hoài Linh.", kept;
# the stamp " date 2024-02" written as the first line). Year 2024. Results (=): "tiễn đưa hơn 1.800
# thanh niên" (>), "100% xã, phường, thị trấn có công dân nhập ngũ" (scope null: the communes are
# the subject), the caption's 1.863, "408 thanh niên là đối tượng Đảng", "109 người là đảng viên",
# "87 thanh niên viết đơn", "chiếm trên 90%" (>), "27 công dân ..., chiếm 1,6%", "THPT chiếm 77,5%",
# the average age "bình quân là 19" (unit other, unit_text null: no unit word at the number; as the
# earlier sets' "tuổi thọ bình quân"), "Tuổi thấp nhất là 18 với 6 công dân" (the count 6; the age
# 18 names the group counted, a judgement). Targets: the quota "được giao 1.863 chỉ tiêu. Trong đó,
# 1.600 công dân ... Bộ Công an là 263" (>=, 2024; each its own subject, scope null). Not
# quantities: "tăng 100 chỉ tiêu", "tăng 27 chỉ tiêu", "tăng 37 người so với năm 2023" (changes
# against an earlier year), "25/2" (a date). Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_hoabinh-giao-nhan-quan-2024", kind="result", year=2024, records=[
    Q("tiễn đưa hơn «1.800 thanh niên", "thanh niên lên đường nhập ngũ", ">", 1800, **CNT),
    Q("được giao «1.863 chỉ tiêu", "chỉ tiêu tuyển chọn, gọi công dân nhập ngũ được giao", ">=", 1863, **CNT, **T),
    Q("Trong đó, «1.600 công dân", "công dân nhập ngũ vào các đơn vị của Bộ Quốc phòng", ">=", 1600, **CNT, **T),
    Q("Bộ Công an là «263", "công dân nhập ngũ vào các đơn vị thuộc Bộ Công an", ">=", 263, **CNT, **T),
    Q("«100% xã, phường", "xã, phường, thị trấn có công dân nhập ngũ", "=", 100),
    Q("có «1.863 thanh niên", "thanh niên lên đường nhập ngũ", "=", 1863, **CNT),
    Q("có: «408 thanh niên", "thanh niên là đối tượng Đảng", "=", 408, **CNT),
    Q("có «109 người", "người là đảng viên tham gia nhập ngũ", "=", 109, **CNT),
    Q("«87 thanh niên", "thanh niên viết đơn tình nguyện nhập ngũ", "=", 87, **CNT),
    Q("chiếm trên «90%", "thanh niên người dân tộc thiểu số nhập ngũ", ">", 90),
    Q("có «27 công dân", "công dân trình độ cao đẳng, đại học", "=", 27, **CNT),
    Q("chiếm «1,6%", "công dân trình độ cao đẳng, đại học", "=", 1.6),
    Q("chiếm «77,5%", "công dân tốt nghiệp THPT", "=", 77.5),
    Q("bình quân là «19", "tuổi đời bình quân của công dân nhập ngũ", "=", 19, **AGE),
    Q("với «6 công dân", "công dân nhập ngũ tuổi thấp nhất 18", "=", 6, **CNT),
])

# --------------------------------------------------------------------------
# 06 Thừa Thiên Huế, the quality of the 2023 recruits (baothuathienhue.vn; nothing cut; no byline,
# no stamp; the excerpt ends in "bị loại"). Results, year 2023: "1.452 thanh niên nhập ngũ", "1.252
# thanh niên nhập ngũ vào các đơn vị quân đội", "tăng từ 6 đảng viên (2022) lên 14 đảng viên
# (2023)" (two results, each with its bracket's year, as the spec's "(năm 2023 đạt 38,4%)"), "với
# 1.011 thanh niên" (aged 18-21), "112 thanh niên có trình độ đại học, cao đẳng", "101 thanh niên
# dân tộc ít người", "1.002 thanh niên đạt sức khỏe loại I, II, chiếm hơn 76%" (count, then >),
# "tham gia sơ tuyển đạt 83%", "... ở cấp huyện là 61,2%" (scope null: the district is where the
# examination is held, part of the subject), the target "chỉ tiêu yêu cầu ... sức khỏe loại I, II là
# 75 % trở lên" (>=, 2023) and "thực tế là trên 76%" (>). NOT: "tăng lên 1,6% so với năm trước",
# "con cán bộ tăng 15%" (changes). Not quantities: "Trung đoàn 6", "Sư đoàn 968", "Sư đoàn 324"
# (names), "18-21 tuổi" (the age band that names the group), "loại I, II" (grades). Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_thuathienhue-chat-luong-tuyen-quan-2023", kind="result", year=2023, records=[
    Q("Trong số «1.452 thanh niên", "thanh niên nhập ngũ", "=", 1452, **CNT),
    Q("có «1.252 thanh niên", "thanh niên nhập ngũ vào các đơn vị quân đội", "=", 1252, **CNT),
    Q("từ «6 đảng viên", "đảng viên tham gia nghĩa vụ quân sự", "=", 6, **CNT, year=2022),
    Q("lên «14 đảng viên", "đảng viên tham gia nghĩa vụ quân sự", "=", 14, **CNT),
    Q("với «1.011 thanh niên", "thanh niên độ tuổi từ 18-21 tuổi", "=", 1011, **CNT),
    Q("Có «112 thanh niên", "thanh niên có trình độ đại học, cao đẳng tình nguyện tham gia nghĩa vụ quân sự", "=",
      112, **CNT),
    Q("«101 thanh niên", "thanh niên dân tộc ít người", "=", 101, **CNT),
    Q("«1.002 thanh niên", "thanh niên đạt sức khỏe loại I, II", "=", 1002, **CNT),
    Q("chiếm hơn «76%", "thanh niên đạt sức khỏe loại I, II", ">", 76),
    Q("đạt «83%", "tỷ lệ thanh niên tham gia sơ tuyển", "=", 83),
    Q("là «61,2%", "thanh niên đạt tiêu chuẩn chuyển lên khám sức khỏe NVQS ở cấp huyện", "=", 61.2),
    Q("là «75 % trở lên", "chỉ tiêu yêu cầu thanh niên nhập ngũ đạt sức khỏe loại I, II", ">=", 75, **T),
    Q("là trên «76%", "thanh niên nhập ngũ đạt sức khỏe loại I, II", ">", 76),
], NOT=["tăng lên «1,6%", "tăng «15%"])

# --------------------------------------------------------------------------
# 07 Bình Dương, the 2025 handover ceremonies (kinhtedothi.vn; cut: the header lines "Việt Nam vươn
# mình trong kỷ nguyên mới", "Logo", "Đăng ký ấn phẩm|Đăng nhập", the photo caption "Các thanh niên
# hào hứng lên xe về đơn vị.", the related-article links "Hà Nam: ...", "Quảng Bình: ... năm 2024",
# "Hà Tĩnh: ..." (each twice), the widgets "Dòng sự kiện:", "Đọc nhiều", "HỎI ĐÁP THÔNG MINH", "CẢM
# NHẬN CỦA BẠN VỀ BÀI VIẾT NÀY", the four rating bullets, "BÌNH LUẬN (0)", "Đừng bỏ lỡ" and the
# teaser "Chủ tịch Ủy ban MTTQ ... 80 năm tuổi Đảng tặng", with the blank lines that went with them;
# no byline, no stamp). Year 2025 (the text's "lễ giao nhận quân năm 2025"). Results: the title's
# and the lead's "hơn 1.900 thanh niên" (>, both kept, as the earlier sets record a repeated title),
# "là 1.911 người", "đạt 1.141 người", "1.192 công dân ..., chiếm gần 76%" (count, then ~), "421
# người ..., tương đương gần 27%" (count, then ~), "Số đảng viên ... là 31 người", "cán bộ công chức
# là 18 người". NOT: "tăng 0,3% so với năm 2024" (a change). Not quantities: "tăng 216 người",
# "tăng thêm 9 người" (changes), "13/2" (a date), "loại 1, loại 2" (grades). Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_binhduong-giao-nhan-quan-2025", kind="result", year=2025, records=[
    Q("Bình Dương: hơn «1.900 thanh niên", "thanh niên ưu tú lên đường nhập ngũ", ">", 1900, **CNT),
    Q("Sáng 13/2, hơn «1.900 thanh niên", "thanh niên ưu tú của tỉnh Bình Dương chính thức lên đường nhập ngũ",
      ">", 1900, **CNT),
    Q("là «1.911 người", "tổng số thanh niên tự nguyện nhập ngũ", "=", 1911, **CNT),
    Q("đạt «1.141 người", "số thanh niên đăng ký tình nguyện nhập ngũ", "=", 1141, **CNT),
    Q("«1.192 công dân", "công dân đạt chỉ tiêu sức khỏe loại 1, loại 2", "=", 1192, **CNT),
    Q("gần «76%", "công dân đạt chỉ tiêu sức khỏe loại 1, loại 2", "~", 76),
    Q("có «421 người", "người có học vấn từ trung cấp đến đại học", "=", 421, **CNT),
    Q("gần «27%", "người có học vấn từ trung cấp đến đại học", "~", 27),
    Q("là «31 người", "số đảng viên", "=", 31, **CNT),
    Q("là «18 người", "số cán bộ công chức", "=", 18, **CNT),
], NOT=["tăng «0,3%"])

# --------------------------------------------------------------------------
# 08 Đà Nẵng, the militia's training at the start of 2024 (cadn.com.vn; cut: the byline date "Thứ
# tư, 20/03/2024 07:20" written as the first line `date 2024-03-20`, the byline "PHƯƠNG KIẾM").
# Year 2024. The title's "Hơn 280 dân quân tự vệ tham gia đợt huấn luyện" (a result, >, count: the
# trainees of a training course, as the earlier sets' "383 học viên tham gia"). Targets ("Ban tổ chức
# đề ra mục tiêu ..."): "100% đạt yêu cầu" (>=), "35% trở lên đạt khá, giỏi" (>=). Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_danang-huan-luyen-dqtv-muc-tieu-2024", kind="target", year=2024, records=[
    Q("Hơn «280 dân quân", "dân quân tự vệ tham gia đợt huấn luyện đầu năm", ">", 280, **CNT, **RES),
    Q("nội dung «100% đạt yêu cầu", "kết quả kiểm tra đánh giá các nội dung đạt yêu cầu", ">=", 100),
    Q("đó «35% trở lên", "kết quả kiểm tra đánh giá các nội dung đạt khá, giỏi", ">=", 35),
])

# --------------------------------------------------------------------------
# 09 Quảng Trị, the provincial conference deploying the 2022 defence and local military tasks
# (qrt.vn; nothing cut; the stamp " date 2021-12" written as the first line). Results of "Năm qua",
# year 2021: "dân quân tự vệ đạt 1,46% so với dân số" (=), "kết nạp 122 đảng viên trong bộ đội
# thường trực" (=, count). NOT: "hoàn thành 100% chỉ tiêu giao quân", "Giao quân năm 2021 đạt 100%
# chỉ tiêu" (completion of a quota). Not quantities: "15/12" (a date), "hàng nghìn lượt" (no
# number), "2022" (the year of the tasks), "Covid-19" (a name). Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_quangtri-qsqp-dia-phuong-2021", kind="result", year=2021, records=[
    Q("đạt «1,46% so", "xây dựng lực lượng dân quân tự vệ so với dân số", "=", 1.46),
    Q("nạp «122 đảng viên", "đảng viên được kết nạp trong bộ đội thường trực", "=", 122, **CNT),
], NOT=["hoàn thành «100% chỉ tiêu", "đạt «100% chỉ tiêu"])

# --------------------------------------------------------------------------
# 10 Nghệ An, the province's plan for training "đối tượng 3" in defence and security knowledge in
# 2024 (nghean24h.vn; nothing cut; the stamp " date 2023-07" written as the first line). Kind target,
# year 2024 (the plan's classes run "từ tháng 3/2024 đến tháng 10/2024"; the stamp dates the page):
# "mở 3 lớp bồi dưỡng ... với số lượng 240 đồng chí; mở 04 lớp cập nhật ... với số lượng 320 đồng
# chí" (four counts, >=: classes to open and trainees, as the earlier sets' "mở 13 lớp ... với 383
# học viên"). Not quantities: "Trung tâm 764", "Trung đoàn 764" (names), "172/2020/TT-BQP",
# "175/HD-HĐGDQPANTW" (documents), "đối tượng 3" (a class of trainees), the months. Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_nghean-ke-hoach-boi-duong-qpan-doi-tuong-3-2024", kind="target", year=2024, records=[
    Q("mở «3 lớp", "lớp bồi dưỡng kiến thức quốc phòng và an ninh mở", ">=", 3, **CNT),
    Q("lượng «240 đồng chí", "đồng chí lớp bồi dưỡng kiến thức quốc phòng và an ninh", ">=", 240, **CNT),
    Q("mở «04 lớp", "lớp cập nhật kiến thức quốc phòng và an ninh mở", ">=", 4, **CNT),
    Q("lượng «320 đồng chí", "đồng chí lớp cập nhật kiến thức quốc phòng và an ninh", ">=", 320, **CNT),
])

# --------------------------------------------------------------------------
# 11 Thanh Hóa, Vĩnh Lộc district's recruits ready for the 2023 enlistment (baothanhhoa.vn; nothing
# cut; the stamp " date 2023-02" written as the first line). Results, year 2023: the title's "116
# thanh niên" and the body's "Đã có 116 thanh niên trúng tuyển" (both kept), "nghĩa vụ quân đội là
# 105 thanh niên và công an nghĩa vụ 11 thanh niên" (each its own subject), the later "11 thanh niên
# tham gia công an nghĩa vụ" (the same count stated again, kept), "32 thanh niên ... làm đơn tình
# nguyện". NOT: "đạt 100% kế hoạch" (completion against the plan). Not quantities: "Trung đoàn 3",
# "Sư đoàn 324", "Quân khu 4", "Trung đoàn 165", "Sư 312", "Quân đoàn 1" (names). Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_thanhhoa-vinhloc-trung-tuyen-nvqs-2023", kind="result", year=2023, records=[
    Q("2023-02\n«116 thanh niên", "thanh niên huyện Vĩnh Lộc sẵn sàng lên đường nhập ngũ", "=", 116, **CNT),
    Q("Đã có «116 thanh niên", "thanh niên trúng tuyển", "=", 116, **CNT),
    Q("là «105 thanh niên", "thanh niên tham gia nghĩa vụ quân đội", "=", 105, **CNT),
    Q("nghĩa vụ «11 thanh niên", "thanh niên công an nghĩa vụ", "=", 11, **CNT),
    Q("Hà Nội. «11 thanh niên", "thanh niên tham gia công an nghĩa vụ", "=", 11, **CNT),
    Q("có «32 thanh niên", "thanh niên làm đơn tình nguyện lên đường nhập ngũ", "=", 32, **CNT),
], NOT=["đạt «100% kế hoạch"])

# --------------------------------------------------------------------------
# 12 Hồ Chí Minh City, the closing of the 2021 defence and security knowledge course 113
# (thanhnien.vn; nothing cut; the stamp " date 2021-05" written as the first line). Year 2021.
# Result: "Gần 150 học viên ... đã hoàn thành" (~, count). Targets of "kế hoạch năm 2021": "có 3 lớp
# bồi dưỡng ... với khoảng 2.000 học viên" (>=, count; ~, count). Not quantities: "khóa 113" (a
# name), "19.6.2013" (a date). Pillar null.
# --------------------------------------------------------------------------
D12 = dict(name="12_hochiminh-boi-duong-qpan-2021", kind="result", year=2021, records=[
    Q("Gần «150 học viên", "học viên của khóa 113 năm 2021 đã hoàn thành xuất sắc nhiệm vụ khóa học", "~", 150,
      **CNT),
    Q("có «3 lớp", "lớp bồi dưỡng kiến thức quốc phòng và an ninh cho các đối tượng theo quy định", ">=", 3,
      **CNT, **T),
    Q("khoảng «2.000 học viên", "học viên lớp bồi dưỡng kiến thức quốc phòng và an ninh", "~", 2000, **CNT, **T),
])

# --------------------------------------------------------------------------
# 13 The central plan for training "đối tượng 1" in defence and security knowledge in 2025, as a
# Gia Lai paper reports it (baogialai.com.vn; nothing cut; the stamp " date 2024-06" written as the
# first line). A precision text: document numbers and dates, two records. Kind target, year 2025
# ("Thời gian: Năm 2025"): "Chỉ tiêu mở 3 khóa" (>=, count), "mỗi khóa từ 50 đến 70 đồng chí"
# (between, count). Not quantities: "12-CT/TW", "13/2014/NĐ-CP", "139/2020/NĐ-CP",
# "172/2020/TT-BQP" (documents), "3-5-2007", "30-12-2020" (dates), "đối tượng 1" (a class of
# trainees). Pillar null.
# --------------------------------------------------------------------------
D13 = dict(name="13_trunguong-ke-hoach-qpan-doi-tuong-1-2025-precision", kind="target", year=2025, records=[
    Q("mở «3 khóa", "khóa bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 1 mở", ">=", 3, **CNT),
    Q("từ «50 đến 70 đồng chí", "đồng chí mỗi khóa", "between", 50, value_max=70, **CNT),
])

# --------------------------------------------------------------------------
# 14 Lạng Sơn, the province's office reporting the 2023 handover (vanphong.langson.gov.vn; cut: the
# skip link "Nhảy đến nội dung", a line of one space and the byline "Bích Diệp", with the blank
# lines that went with them; the photo caption "Tân binh ... sáng ngày 06/02/2023" kept (a caption
# with a date, no figure, left as it stands); no stamp). A precision text: dates and a report number,
# two records. Results, year 2023: "giao cho các đơn vị 1.250/1.250 thanh niên" (=, count; the
# denominator is the quota), "251 thanh niên viết đơn tình nguyện" (=). NOT: "đạt 100% chỉ tiêu
# giao" (completion of the quota). Not quantities: "06/02/2023" (twice, dates), "235/BC-BCH" (a
# report's number). Pillar null.
# --------------------------------------------------------------------------
D14 = dict(name="14_langson-bao-cao-giao-quan-2023-precision", kind="result", year=2023, records=[
    Q("vị «1.250/1.250", "thanh niên giao cho các đơn vị", "=", 1250, **CNT),
    Q("có «251 thanh niên", "thanh niên viết đơn tình nguyện xung phong nhập ngũ", "=", 251, **CNT),
], NOT=["đạt «100% chỉ tiêu"])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
