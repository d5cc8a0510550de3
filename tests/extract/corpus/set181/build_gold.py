#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set181).

Copied from set175's builder (itself from set173's, set171's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a plan or a
requirement, a change against an earlier value); check_gold.py verifies that every percentage has
a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set175, the id is given in the record itself (`iid=`).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, CNT  # noqa: E402

DONG = dict(unit="other", unit_text="đồng")
FEES = "society.cashless_school_fees_share"
FEESCNT = "society.cashless_schools_count"
NET = "society.schools_internet_share"

# --------------------------------------------------------------------------
# 01 Khánh Hòa, cashless school fees: the education department's letter of 22 February (baomoi.com;
# no cut; no stamp, no byline; the excerpt ends in "151/163 trường đã"). The letter asks schools
# to keep the aims of the province's plan 4205 (2022) and recalls them; then the results "Tính
# đến nay". Year of the results 2024: the letter of "22-2" falls in the school year 2023-2024 it
# names, so February 2024 (a judgement). Pillar null (no heading). Targets: "triển khai đủ tối
# thiểu 3 trong 4 hình thức thanh toán không dùng tiền mặt trong các cơ sở giáo dục trong năm học
# 2023-2024" (>=, count 3: the least number of payment forms each school must run; "4" the forms
# there are, part of the subject; year 2024, the school year read by its end year; id null);
# "Năm 2022, 50% trường học, cơ sở giáo dục ... sử dụng các phương thức thanh toán không dùng tiền
# mặt để thanh toán học phí" (>=, 2022, society.cashless_school_fees_share); "từ năm 2023 tăng
# thêm 10%/ năm" (a target stated as a change, >=, %, year 2023, the first year of the rise; id
# null: a yearly rise, not the share); "đạt mục tiêu 80% vào năm 2025" (>=, 2025, the same id).
# Results, split by school level (scopes as written, as set122's "cấp trung học phổ thông"):
# "Cấp mầm non 160/160 trường đã triển khai" (=, count 160, scope "cấp mầm non";
# society.cashless_schools_count; "/160" its denominator, no record), "117 trường triển khai ít
# nhất 3 hình thức (đạt 73,13%)" (count and its bracketed share, scope "cấp mầm non"; ids null:
# schools with three forms or more, a stricter count than the id's; "3 hình thức" part of the
# subject), "cấp tiểu học có 151/163 trường đã" (=, 151, scope "cấp tiểu học", cut before its
# predicate, the subject as far as it goes with the clause's sense from the level before;
# society.cashless_schools_count; "/163" its denominator). Not quantities: "22-2" (a date), "4205"
# (a plan's number), "năm 2022" (the plan's year), "2023-2024" (the school year).
# --------------------------------------------------------------------------
D01 = dict(name="01_khanhhoa-thanh-toan-hoc-phi-2024", kind="result", year=2024, records=[
    R("tối thiểu «3 trong 4", "hình thức thanh toán không dùng tiền mặt triển khai trong các cơ sở giáo dục", ">=", 3,
      **CNT, kind="target"),
    R("Năm 2022, «50% trường", "trường học, cơ sở giáo dục trên địa bàn tỉnh lắp đặt, sử dụng các phương thức thanh toán "
      "không dùng tiền mặt để thanh toán học phí và các giao dịch khác", ">=", 50, kind="target", year=2022, iid=FEES),
    R("tăng thêm «10%/ năm", "trường học, cơ sở giáo dục sử dụng các phương thức thanh toán không dùng tiền mặt để thanh "
      "toán học phí tăng thêm theo năm", ">=", 10, kind="target", year=2023),
    R("mục tiêu «80% vào", "trường học, cơ sở giáo dục sử dụng các phương thức thanh toán không dùng tiền mặt để thanh "
      "toán học phí", ">=", 80, kind="target", year=2025, iid=FEES),
    R("Cấp mầm non «160/160", "trường đã triển khai thanh toán học phí không dùng tiền mặt", "=", 160, **CNT,
      scope="cấp mầm non", iid=FEESCNT),
    R("trong đó «117 trường", "trường triển khai ít nhất 3 hình thức thanh toán không dùng tiền mặt", "=", 117, **CNT,
      scope="cấp mầm non"),
    R("(đạt «73,13%)", "trường triển khai ít nhất 3 hình thức thanh toán không dùng tiền mặt", "=", 73.13,
      scope="cấp mầm non"),
    R("có «151/163", "trường đã triển khai thanh toán học phí không dùng tiền mặt", "=", 151, **CNT,
      scope="cấp tiểu học", iid=FEESCNT),
])

# --------------------------------------------------------------------------
# 02 Quảng Ninh, the education sector's digital transformation in the school year 2024-2025
# (chuyendoiso.baoquangninh.vn; cut: the excerpt's empty first line; no stamp, no byline; the
# excerpt ends in "ngân hàng câu hỏi trự"). Results; year 2025 (the school year 2024-2025 read by
# its end year, as set60; a judgement). Pillar null (no heading). "100% cơ sở giáo dục đã triển
# khai phần mềm quản lý trực tuyến" (=, society.schools_digital_platforms_share: a management
# platform in every school; a judgement), "100% cán bộ cơ quan quản lý giáo dục và cơ sở giáo dục
# sử dụng chữ ký số" (=, egov.officials_digital_signature_share: the sector's staff with digital
# signatures; a judgement), "gần 100% giáo viên, học sinh, trẻ mầm non được cập nhật thông tin
# điện tử" (~; id null), "98,81% cán bộ, giáo viên, học sinh phổ thông có hồ sơ định danh cá nhân
# xác thực với Cơ sở dữ liệu quốc gia về dân cư" (=; id null: records authenticated against the
# population database, not users of e-identity). Not quantities: the school network "219 trường
# mầm non, 152 trường tiểu học, 186 trường THCS, 60 trường THPT và 14 trung tâm ... hơn 360.000
# học sinh" (the size of the sector, not a target or result of its transformation; a judgement, as
# set173's sector sizes), "57-NQ/TW", "28/KH-UBND", "519/KH-SGDĐT" (documents), "2024-2025".
# --------------------------------------------------------------------------
D02 = dict(name="02_quangninh-giao-duc-chuyen-doi-so-2025", kind="result", year=2025, records=[
    R("đó, «100% cơ sở giáo dục", "cơ sở giáo dục đã triển khai phần mềm quản lý trực tuyến", "=", 100,
      iid="society.schools_digital_platforms_share"),
    R("vượt bậc: «100% cán bộ", "cán bộ cơ quan quản lý giáo dục và cơ sở giáo dục sử dụng chữ ký số", "=", 100,
      iid="egov.officials_digital_signature_share"),
    R("gần «100% giáo viên", "giáo viên, học sinh, trẻ mầm non được cập nhật thông tin điện tử", "~", 100),
    R("; «98,81% cán bộ", "cán bộ, giáo viên, học sinh phổ thông có hồ sơ định danh cá nhân xác thực với Cơ sở dữ liệu "
      "quốc gia về dân cư", "=", 98.81),
])

# --------------------------------------------------------------------------
# 03 Đồng Tháp and Vĩnh Long, cashless payment in Mekong Delta schools (giaoducthoidai.vn; no
# cut; no stamp, no byline; the page opens at its sub-heading "Phụ huynh ít hưởng ứng" and ends in
# "tại trườ"). Pillar null. A target: Tháp Mười district's "Dự kiến đến năm 2025, có 100% trường
# học triển khai" (>=, 2025; place "Tháp Mười", a district of Đồng Tháp, the page being a region's;
# society.cashless_school_fees_share). Results, year null (the page names no year of measurement):
# "Tại huyện Tháp Mười, 100% cơ sở giáo dục chi trả chế độ chính sách, tiền lương ... theo hình
# thức không dùng tiền mặt" (=; place "Tháp Mười"; id null: salaries paid, not fees collected),
# Cái Tàu Hạ primary school's "tỷ lệ phụ huynh thực hiện thanh toán không sử dụng tiền mặt ...
# khoảng 30%" (~; place "Vĩnh Long", the school's province; a school's measured rate, recorded;
# id null: parents, not schools).
# --------------------------------------------------------------------------
D03 = dict(name="03_dongthap-vinhlong-truong-hoc-khong-tien-mat", kind="result", year=None, records=[
    R("có «100% trường học triển khai", "trường học triển khai không sử dụng tiền mặt khi thanh toán", ">=", 100,
      kind="target", year=2025, place="Tháp Mười", iid=FEES),
    R("Mười, «100% cơ sở", "cơ sở giáo dục chi trả chế độ chính sách, tiền lương và chế độ khác của cán bộ, giáo viên, "
      "người lao động theo hình thức không dùng tiền mặt", "=", 100, place="Tháp Mười"),
    R("khoảng «30%", "tỷ lệ phụ huynh thực hiện thanh toán không sử dụng tiền mặt", "~", 30,
      place="Vĩnh Long"),
])

# --------------------------------------------------------------------------
# 04 Điện Biên district, electronic lesson plans (baodienbienphu.vn, part 3 of a series; cut: the
# line "Bài 2: Biến thử thách thành cơ hội", a link to the series' earlier part; no stamp, no
# byline; the excerpt ends in "các thiết bị"). Results, year null (no date; "Đến nay", "mỗi năm").
# Pillar null (the sub-heading "Đổi mới công tác giảng dạy" names none). "Đến nay, 100% giáo viên
# sử dụng giáo án điện tử" (=; place "huyện Điện Biên", the district in the province's paper; id
# null: teachers, and the catalogue's school shares count institutions), "mỗi năm, toàn ngành có
# hơn 10.000 tiết học ứng dụng CNTT" (>, count; place as before; id null). Not quantities: "Bài 3"
# (the series' part), "số 1" (in a school's name).
# --------------------------------------------------------------------------
D04 = dict(name="04_dienbien-giao-an-dien-tu", kind="result", year=None, records=[
    R("nay, «100% giáo viên", "giáo viên sử dụng giáo án điện tử", "=", 100, place="huyện Điện Biên"),
    R("có hơn «10.000 tiết", "tiết học ứng dụng CNTT mỗi năm", ">", 10000, **CNT, place="huyện Điện Biên"),
])

# --------------------------------------------------------------------------
# 05 Ho Chi Minh City, Bình Tân district's electronic fee payment, 2020 (tbnhnew.mastercms.vn;
# cut: the two related-link lines "![]() | TP.HCM: Đóng phí học đường không tiền mặt |" and
# "![]() | Thúc đẩy thanh toán không tiền mặt: Phải từ nhận thức |", the image line "![]() |" and
# its caption "Một số trường học đã sử dụng thẻ tích hợp ... không dùng tiền mặt |"; no stamp; the
# excerpt ends in "triển khai th"). Results of 2020 ("tháng 6/2020"). Pillar null. Place "Bình
# Tân" (a district of the city the page is about). "có 56 trường học công lập tại Bình Tân đã tham
# gia thực hiện thanh toán học phí ... theo hình thức điện tử" (=, count,
# society.cashless_schools_count), "tổng giá trị thanh toán học phí qua các kênh thu hộ và các ví
# điện tử đạt khoảng trên 234 tỷ đồng" (>: "trên" stands next to the number; other, "đồng"; id
# null), "Có 90,3% trường học công lập tại Bình Tân đã có tên trên các ứng dụng thanh toán điện
# tử" (=, society.cashless_school_fees_share; a judgement). NOT: "tăng mạnh trên 134%" (a change
# against the months before). Not quantities: "gần 1 năm" (a period), "5 và 6/2020", "năm 2014",
# "năm 2018" (dates), "3 đơn vị đối tác" (the partners of a scheme, not a result; a judgement).
# --------------------------------------------------------------------------
D05 = dict(name="05_tphcm-binhtan-hoc-phi-dien-tu-2020", kind="result", year=2020, NOT=["trên «134%"], records=[
    R("có «56 trường", "trường học công lập tại Bình Tân đã tham gia thực hiện thanh toán học phí và các khoản thu khác "
      "theo hình thức điện tử", "=", 56, **CNT, place="Bình Tân", iid=FEESCNT),
    R("khoảng trên «234 tỷ", "tổng giá trị thanh toán học phí qua các kênh thu hộ và các ví điện tử", ">", 234e9, **DONG,
      place="Bình Tân"),
    R("Có «90,3%", "trường học công lập tại Bình Tân đã có tên trên các ứng dụng thanh toán điện tử", "=", 90.3,
      place="Bình Tân", iid=FEES),
])

# --------------------------------------------------------------------------
# 06 Tân Sơn commune (Phú Thọ), the "Trường học số" model, school year 2025-2026 (baophutho.vn;
# the crawler's stamp " date 2026-01-10" written as the first line, the title following on the
# second; cut: the photo caption "Xã Tân Sơn xác định mỗi thầy, cô giáo là tấm gương ..." with one
# blank line; the excerpt ends in "gắn giáo dục với " with its trailing space, kept). Results of
# 2026 (the stamp; "Đến nay" in the school year 2025-2026). Pillar null. "100% cán bộ quản lý,
# giáo viên trên địa bàn tích cực ứng dụng công nghệ thông tin trong quản lý, giảng dạy" (=; id
# null), "Đến nay, 100% trường học được kết nối internet" (=, society.schools_internet_share). Not
# quantities: "10 trường học trực thuộc, gồm 3 trường mầm non, 3 trường tiểu học và 4 trường THCS,
# với hơn 4.200 học sinh" (the commune's school network, its size; as 02), "2025 - 2026".
# --------------------------------------------------------------------------
D06 = dict(name="06_phutho-tanson-truong-hoc-so-2026", kind="result", year=2026, records=[
    R("Theo đó, «100% cán bộ", "cán bộ quản lý, giáo viên trên địa bàn tích cực ứng dụng công nghệ thông tin trong quản "
      "lý, giảng dạy", "=", 100),
    R("nay, «100% trường học", "trường học được kết nối internet", "=", 100, iid=NET),
])

# --------------------------------------------------------------------------
# 07 Thừa Thiên Huế, the SmartEdu classroom pilot (nhandan.vn; no cut; no stamp, no byline; the
# excerpt opens with the lead). Result, year null ("Từ hai năm trước" counts from an undated now).
# Pillar null. "mô hình phòng học thông minh (SmartEdu) được thí điểm tại ba trường học ... với
# trị giá hơn 700 triệu đồng/lớp" (>, other, unit_text "đồng/lớp", 700e6; id null). Not
# quantities: "ba trường học" (written in words: no number, no record, as earlier sets),
# "1 trong 5 địa phương thí điểm" (the province's place among the pilot provinces, a list without
# order, not a ranking or a result; a judgement), "Covid-19" (a name).
# --------------------------------------------------------------------------
D07 = dict(name="07_hue-phong-hoc-thong-minh", kind="result", year=None, records=[
    R("giá hơn «700 triệu", "trị giá mô hình phòng học thông minh (SmartEdu) được thí điểm", ">", 700e6, unit="other",
      unit_text="đồng/lớp"),
])

# --------------------------------------------------------------------------
# 08 Sơn La, the pilot of digital school records at secondary level (sonla.gov.vn; cut: the byline
# date "25/06/2025" (written as the first line `date 2025-06-25`) and the photo caption "Chuyển đổi
# số trong giáo dục và đào tạo."; the excerpt ends in "đảm bảo y"). One target: "khuyến khích 100%
# cơ sở giáo dục cấp trung học tham gia thực hiện thí điểm giải pháp Học bạ số từ học kỳ II năm học
# 2024 - 2025" (>=, the department's aim; year 2025: the second term of 2024-2025 falls in 2025;
# society.schools_digital_records_share). Pillar null. Not quantities: "2025 - 2026", "2024 - 2025"
# (school years), "115/BGDĐT-GDTrH" and "10/01/2025" (a letter and its date).
# --------------------------------------------------------------------------
D08 = dict(name="08_sonla-hoc-ba-so-trung-hoc-2025", kind="target", year=2025, records=[
    R("khuyến khích «100% cơ sở", "cơ sở giáo dục cấp trung học tham gia thực hiện thí điểm giải pháp Học bạ số", ">=",
      100, iid="society.schools_digital_records_share"),
])

# --------------------------------------------------------------------------
# 09 Cần Thơ, the education department's workshop of early December on digital transformation
# (baomoi.net.vn, part 2 of a series; no cut; no stamp, no byline; the excerpt ends in "đoàn t").
# Results of 2023 (the workshop "Đầu tháng 12" in the school year 2023-2024: December 2023; a
# judgement). Pillar null. "100% bậc mầm non và trung học có giáo viên tin học phụ trách giảng dạy
# môn này, còn bậc tiểu học là 87%": a split by school level, three records (scopes "bậc mầm non",
# "trung học", "bậc tiểu học", as written; the first two share the 100%, as the spec's "100% hồ sơ
# công việc tại cấp tỉnh, cấp huyện và 90% ... tại cấp xã"; ids null). "100% lực lượng giáo viên,
# nhân viên đủ khả năng sử dụng các phần mềm ..." (=; id null), "100% cơ sở giáo dục có ít nhất 1
# đường truyền internet băng thông rộng" (=, society.schools_internet_share; "ít nhất 1" and "từ
# 2 đường truyền internet trở lên" are part of the subject), "100% cơ sở giáo dục, cơ quan quản lý
# giáo dục đã sử dụng thanh toán điện tử" (=; id null: electronic payment by schools and offices,
# not fees collected). Not quantities: "467 cơ sở giáo dục" (the city's school network, as 02),
# "Bài 2" (the series' part), "2023-2024".
# --------------------------------------------------------------------------
D09 = dict(name="09_cantho-chuyen-doi-so-giao-duc-2023", kind="result", year=2023, records=[
    R("Trong đó «100% bậc mầm non", "có giáo viên tin học phụ trách giảng dạy môn này", "=", 100, scope="bậc mầm non"),
    R("Trong đó «100% bậc mầm non", "có giáo viên tin học phụ trách giảng dạy môn này", "=", 100, scope="trung học"),
    R("là «87%", "có giáo viên tin học phụ trách giảng dạy môn này", "=", 87, scope="bậc tiểu học"),
    R("«100% lực lượng", "lực lượng giáo viên, nhân viên đủ khả năng sử dụng các phần mềm phục vụ giảng dạy, quản lý, "
      "đánh giá học sinh", "=", 100),
    R("«100% cơ sở giáo dục có", "cơ sở giáo dục có ít nhất 1 đường truyền internet băng thông rộng", "=", 100, iid=NET),
    R("«100% cơ sở giáo dục, cơ quan", "cơ sở giáo dục, cơ quan quản lý giáo dục đã sử dụng thanh toán điện tử", "=", 100),
])

# --------------------------------------------------------------------------
# 10 Đắk Nông, the education department's guide to its online public services (daknong.edu.vn;
# cut: the widget line "Lượt xem:"; no date; the excerpt ends inside the list of level-4
# procedures, "trường phổ thông dân tộc"). One result, year null: "Quy trình cung cấp dịch vụ công
# trực tuyến mức độ 3,4 đối với 15 thủ tục hành chính thuộc quản lý chuyên ngành của Sở" (=,
# count: the procedures offered online; egov.online_services_count; a judgement: the guide states
# what the department provides). Pillar null (the headings "- Mô tả", "- Phạm vi" name none). Not
# quantities: "MỨC ĐỘ 3,4", "mức độ 3,4", "mức độ 3", "mức độ 4" (the names of service levels).
# --------------------------------------------------------------------------
D10 = dict(name="10_daknong-dich-vu-cong-giao-duc", kind="result", year=None, records=[
    R("đối với «15 thủ tục", "thủ tục hành chính thuộc quản lý chuyên ngành của Sở Giáo dục và Đào tạo được cung cấp dịch "
      "vụ công trực tuyến mức độ 3,4", "=", 15, **CNT, iid="egov.online_services_count"),
])

# --------------------------------------------------------------------------
# 11 Đà Nẵng, one high school's Face ID roll-call, October 2025 (dantri.com.vn; the crawler's stamp
# " date 2025-10-14" written as the first line; cut: the two photo captions "Học sinh điểm danh
# bằng thiết bị ... (Ảnh: Nhà trường cung cấp)." and "Học sinh xếp hàng để quét khuôn mặt ...
# (Ảnh: Nhà trường cung cấp).", each with one blank line; the excerpt ends in "diễn ra"). A
# precision text: one school's system, no target or result of a province, district or commune.
# Not quantities: "4 máy phục vụ hơn 600 học sinh ở 3 khối lớp" (the make-up of one school's
# roll-call system and the pupils it serves, as set98's team make-up; a judgement), "13h30",
# "13h31" (times of day), "15 phút" (a duration), "14/10", "4/2024" (dates).
# --------------------------------------------------------------------------
D11 = dict(name="11_danang-diem-danh-faceid-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 12 Hà Nội, the timetable of online admission to kindergarten, grade 1 and grade 6, school year
# 2021-2022 (24h.com.vn; the crawler's stamp " date 2021-06" written as the first line; no cut). A
# precision text: the expected intake and dates, no target or result of the transformation. Not
# quantities: "khoảng 158.000 trẻ", "khoảng 159.000 học sinh", "khoảng 131.000 học sinh" (the
# expected cohorts to enrol, the size of the intake, not an aim of the online admission; a
# judgement), "giảm 4.000 học sinh so với năm học trước", "giảm khoảng 1.300 học sinh" (changes
# against the year before), "mẫu giáo 5 tuổi", "lớp 1", "lớp 6" (age and grade names), "28/5/2021",
# "12/7"-"28/7" (dates), "2021-2022" (the school year).
# --------------------------------------------------------------------------
D12 = dict(name="12_hanoi-tuyen-sinh-dau-cap-2021-precision", kind="result", year=2021, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
