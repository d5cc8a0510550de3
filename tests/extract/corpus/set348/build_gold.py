#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set348).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

The theme is the youth union's volunteer campaigns (the summer campaign and its branches "Mùa hè
xanh", "Tiếp sức mùa thi", the winter and spring programmes): their targets, the volunteers and
teams mobilised, the works built, the money raised. No text stands under a digital-transformation
heading, so every record's pillar is null.

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); this set needs none (its two
percentages are both recorded).

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).

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

KM = dict(unit="other", unit_text="km")
DONG = dict(unit="other", unit_text="đồng")
CONG = dict(unit="other", unit_text="ngày công")
TC = dict(T, **CNT)  # a target count
SKILLS = "hr.population_digital_skills_trained_count"

# --------------------------------------------------------------------------
# 01 National: the Central Youth Union's launch of the 2020 summer volunteer campaign and its
# targets (vovworld.vn; nothing cut: the photo caption's line "Ảnh: Lễ ra quân chiến dịch thanh
# niên tình nguyện hè 2020. (VOV) |" is kept, it is the only place the year is written). Year 2020
# (the caption's "hè 2020"). Kind target: "đặt chỉ tiêu sửa chữa 2.000 km, xây mới 500km đường giao
# thông nông thôn; ... 800 tuyến phố ...; ... 200.000 người dân; Xây mới 700 nhà ..." (bare numbers
# of a target, `>=`; the roads in km, unit other "km"; the rest counts). Not quantities: "hơn 1.500
# đoàn viên, thanh niên" gathered at the launch (the audience of one event, spec's "sự tham dự của
# hơn 50 cơ quan báo chí"), "16 dân tộc thiểu số quy mô dưới 10 nghìn người" (the description of the
# target areas, a class of ethnic group), "4 chiến dịch" (the parts of the campaign). Ids null.
# --------------------------------------------------------------------------
D01 = dict(name="01_toanquoc-chi-tieu-tinh-nguyen-he-2020", kind="target", year=2020, records=[
    R("sửa chữa «2.000 km", "đường giao thông nông thôn sửa chữa", ">=", 2000, **KM),
    R("xây mới «500km", "đường giao thông nông thôn xây mới", ">=", 500, **KM),
    R("tại «800 tuyến phố", "tuyến phố khu vực đô thị thực hiện công trình thanh niên", ">=", 800, **CNT),
    R("cho «200.000 người dân", "người dân khám, chữa bệnh và cấp phát thuốc miễn phí", ">=", 200000,
      **CNT),
    R("Xây mới «700 nhà", "nhà nhân ái, nhà tình nghĩa, nhà khăn quàng đỏ, nhà bán trú xây mới", ">=", 700,
      **CNT),
])

# --------------------------------------------------------------------------
# 02 Khánh Hòa, the provincial youth union's conference opening the 2020 summer campaign and its
# major targets (tinhdoankhanhhoa.org.vn; cut: the view counter "176" with the blank line after it).
# Year 2020. Kind target: "phấn đấu hoàn thành các chỉ tiêu lớn như thực hiện 08 Công trình ...;
# Xây dựng mới 09 khu vui chơi ...; Xây dựng 02 nhà ...; Hỗ trợ 5.000 thiếu nhi ...; Tập huấn ...
# cho 3.000 thanh niên và trồng mới 3.000 cây xanh" (six counts, `>=`, bare numbers of a target).
# Not quantities: "18/6", "năm 2020" (dates), "4 chiến dịch, 01 chương trình" (the parts of the
# campaign), "“1 triệu ly sữa”" (a programme's name, in quotes). Ids null.
# --------------------------------------------------------------------------
D02 = dict(name="02_khanhhoa-chi-tieu-chien-dich-he-2020", kind="target", year=2020, records=[
    R("thực hiện «08 Công trình", "công trình thanh niên Tuyến đường “Sáng – Xanh – Sạch – Đẹp – Văn minh – An toàn”",
      ">=", 8, **CNT),
    R("mới «09 khu vui chơi", "khu vui chơi cho thiếu nhi vùng khó khăn xây dựng mới", ">=", 9, **CNT),
    R("dựng «02 nhà", "nhà nhân ái, nhà khăn quàng đỏ xây dựng", ">=", 2, **CNT),
    R("trợ «5.000 thiếu nhi", "thiếu nhi có hoàn cảnh khó khăn hỗ trợ", ">=", 5000, **CNT),
    R("cho «3.000 thanh niên", "thanh niên tập huấn chuyển giao khoa học kỹ thuật", ">=", 3000, **CNT),
    R("mới «3.000 cây", "cây xanh trồng mới", ">=", 3000, **CNT),
])

# --------------------------------------------------------------------------
# 03 Hà Tĩnh, the children's union's works to greet the youth union's congress, March 2022
# (baohatinh.vn; nothing cut; the stamp " date 2022-03" written as the first line). Year 2022 (the
# stamp; the body's "ngày 21/3/2021" is a date, not the targets' year). Kind target ("phấn đấu"):
# "2 công trình măng non cấp tỉnh; 13 công trình, phần việc măng non cấp huyện; 271 ... cấp liên
# đội" (one sentence splitting its values by level: scopes "cấp tỉnh", "cấp huyện", "cấp liên đội"
# as written, as set96's "67 công trình thanh niên cấp tỉnh, 1.377 ... cấp huyện"); "100% các cơ sở
# đội tiếp tục triển khai ..." (`>=`, scope null). Not quantities: "2017 - 2022", "21/3/2021"
# (dates), "COVID-19" (a name). Ids null.
# --------------------------------------------------------------------------
D03 = dict(name="03_hatinh-cong-trinh-mang-non-2022", kind="target", year=2022, records=[
    R("có «2 công trình", "công trình măng non", ">=", 2, **CNT, scope="cấp tỉnh"),
    R("tỉnh; «13 công trình", "công trình, phần việc măng non", ">=", 13, **CNT, scope="cấp huyện"),
    R("huyện; «271 công trình", "công trình, phần việc măng non", ">=", 271, **CNT, scope="cấp liên đội"),
    R("- «100% các cơ sở đội", "cơ sở đội tiếp tục triển khai các hoạt động rèn luyện kỹ năng sống, phòng chống "
      "đuối nước và tai nạn thương tích cho thiếu nhi", ">=", 100),
])

# --------------------------------------------------------------------------
# 04 Quảng Nam, the provincial youth union's review of the 2023 summer campaign
# (tinhdoanqnam.vn; cut: the byline "THÀNH ĐẠT"; no stamp). Year 2023 (the text's "hè năm 2023").
# Results, `=` unless "hơn" (`>`): 211 works "với tổng trị giá hơn 5 tỷ 217 triệu đồng" (money,
# 5,217,000,000, `>`), 84 streets, 28 houses, 165.214 trees, "Sửa chữa 51 km, làm mới 23 km đường"
# (two records, other "km", each its own subject), 104.180 attendances of digital-skills
# raising, 9.812 counselled, 2.762 placed, 6.317 children, 185 households; "với sự tham gia của hơn
# 500 đoàn viên" in the three campaigns at Tr'hy (`>`; the volunteers a campaign mobilised, not an
# event's audience). Not quantities: "01 Chương trình", "4 Chiến dịch", "3 chiến dịch" (the parts of
# the campaign), "3 tháng" (a duration), "khen thưởng 20 tập thể, cá nhân" (the recipients of an
# award, as earlier sets). Ids: SKILLS for "Nâng cao năng lực số cho 104.180 lượt thanh thiếu nhi
# và người dân" (the catalogue's attendances trained in digital skills; a judgement); the rest null.
# --------------------------------------------------------------------------
D04 = dict(name="04_quangnam-tong-ket-chien-dich-he-2023", kind="result", year=2023, records=[
    R("thực hiện «211 công trình", "công trình thanh niên thực hiện", "=", 211, **CNT),
    R("giá hơn «5 tỷ 217 triệu", "tổng trị giá công trình thanh niên", ">", 5217e6, **DONG),
    R("mới «84 tuyến phố", "tuyến phố văn minh xây dựng mới", "=", 84, **CNT),
    R("mới «28 nhà", "nhà nhân ái, nhà tình nghĩa, nhà khăn quàng đỏ, nhà bán trú xây dựng mới", "=", 28, **CNT),
    R("mới «165.214 cây", "cây xanh trồng mới", "=", 165214, **CNT),
    R("chữa «51 km", "đường giao thông nông thôn sửa chữa", "=", 51, **KM),
    R("làm mới «23 km", "đường giao thông nông thôn làm mới", "=", 23, **KM),
    R("cho «104.180 lượt", "lượt thanh thiếu nhi và người dân được nâng cao năng lực số", "=", 104180, **CNT,
      iid=SKILLS),
    R("cho «9.812 đoàn viên", "đoàn viên, thanh niên được tư vấn hướng nghiệp và việc làm", "=", 9812, **CNT),
    R("cho «2.762 thanh niên", "thanh niên được giới thiệu việc làm", "=", 2762, **CNT),
    R("trợ «6.317 thiếu nhi", "thiếu nhi có hoàn cảnh khó khăn được hỗ trợ", "=", 6317, **CNT),
    R("và «185 hộ", "hộ thanh niên được hỗ trợ thoát nghèo bền vững", "=", 185, **CNT),
    R("của hơn «500 đoàn viên", "đoàn viên thanh niên tham gia 3 chiến dịch tại xã biên giới Tr’hy", ">", 500,
      **CNT),
])

# --------------------------------------------------------------------------
# 05 National: the summer campaign's bulletin no. 2 on its first phase, July 2023 (tienphong.vn;
# nothing cut; the stamp " date 2023-07" written as the first line; the excerpt ends in "dân tộc
# th"). Year 2023 (the stamp). Results, `=` unless "hơn" (`>`) or "gần" (`~`): 41.431 teams with
# 1.947.976 attendances; 33.946 news items and 100.694.392 views; "354 công trình thanh niên cấp
# tỉnh trị giá hơn 37,94 tỷ đồng; 1.975 ... cấp huyện trị giá hơn 53,168 tỷ đồng; 19.731 ... cấp cơ
# sở với tổng trị giá gần 80 tỷ đồng" (one sentence splitting works and their value by level:
# scopes "cấp tỉnh", "cấp huyện", "cấp cơ sở", the money with its level's scope); the youth villages'
# 11 units, 49 teams, "hơn 850 triệu đồng"; the youth islands' 06 units, 09 teams, "hơn 300 triệu
# đồng". Not quantities: "đợt 1" (a label), "16 dân tộc" (the excerpt's cut-off description of an
# area). Ids null (the teams and volunteers name no digital task; the catalogue's youth volunteer
# teams and volunteers help people with online services).
# --------------------------------------------------------------------------
D05 = dict(name="05_toanquoc-ban-tin-tinh-nguyen-dot-1-2023", kind="result", year=2023, records=[
    R("được «41.431 đội hình", "đội hình tổ chức trong đợt 1 của Chiến dịch", "=", 41431, **CNT),
    R("của «1.947.976 lượt", "lượt đoàn viên thanh niên tham gia các phần việc", "=", 1947976, **CNT),
    R("có «33.946 tin", "tin, bài viết liên quan đến chiến dịch Thanh niên Tình nguyện hè được đăng tải", "=",
      33946, **CNT),
    R("là «100.694.392 lượt", "tổng lượt tiếp cận về các tin, bài trong Chiến dịch", "=", 100694392, **CNT),
    R("cộng «354 công trình", "công trình thanh niên triển khai", "=", 354, **CNT, scope="cấp tỉnh"),
    R("hơn «37,94 tỷ", "trị giá công trình thanh niên", ">", 37.94e9, **DONG, scope="cấp tỉnh"),
    R("đồng; «1.975 công trình", "công trình thanh niên triển khai", "=", 1975, **CNT, scope="cấp huyện"),
    R("hơn «53,168 tỷ", "trị giá công trình thanh niên", ">", 53.168e9, **DONG, scope="cấp huyện"),
    R("đồng; «19.731 công trình", "công trình thanh niên triển khai", "=", 19731, **CNT, scope="cấp cơ sở"),
    R("gần «80 tỷ", "tổng trị giá công trình thanh niên", "~", 80e9, **DONG, scope="cấp cơ sở"),
    R("có «11 đơn vị", "đơn vị triển khai đội hình tình nguyện tại dự án Làng thanh niên lập nghiệp", "=", 11,
      **CNT),
    R("khai «49 đội hình", "đội hình thanh niên tình nguyện hoạt động tại dự án Làng thanh niên lập nghiệp", "=",
      49, **CNT),
    R("hơn «850 triệu", "tổng giá trị làm lợi tại Làng thanh niên lập nghiệp", ">", 850e6, **DONG),
    R("có «06 đơn vị", "đơn vị tổ chức đội hình tình nguyện ra Đảo Thanh niên", "=", 6, **CNT),
    R("chức «09 đội hình", "đội hình thanh niên tình nguyện ra Đảo Trần và Đảo Bạch Long Vĩ", "=", 9, **CNT),
    R("hơn «300 triệu", "tổng giá trị nguồn lực hoạt động Đảo Thanh niên", ">", 300e6, **DONG),
])

# --------------------------------------------------------------------------
# 06 Hà Tĩnh, the launch of the 2025 summer campaign at Rào Tre, Hương Khê (tienphong.vn; nothing
# cut; the stamp " date 2025-05" written as the first line; the excerpt ends in "đợt thi "). Year
# 2025. Results: "đã huy động được gần 1,8 tỉ đồng" (the lead; `~`, money), "15 bể bơi di động; 1
# khu vui chơi trẻ em; 1 cầu dân sinh; 200 túi quà an sinh" (counts handed over, `=`, each its own
# subject), "với tổng giá trị gần 1,8 tỷ đồng" (`~`; the body's own statement, a record of its own).
# Not quantities: "hơn 300 bà con dân tộc Chứt" at the ceremony (an event's audience), "lần thứ
# XX", "XIV", "2025 - 2030", "31/5" (names and dates). Ids null.
# --------------------------------------------------------------------------
D06 = dict(name="06_hatinh-khoi-dong-chien-dich-he-2025", kind="result", year=2025, records=[
    R("được gần «1,8 tỉ", "nguồn lực tuổi trẻ Hà Tĩnh huy động trao tặng các công trình", "~", 1.8e9, **DONG),
    R("gồm «15 bể bơi", "bể bơi di động trao tặng", "=", 15, **CNT),
    R("động; «1 khu vui chơi", "khu vui chơi trẻ em trao tặng", "=", 1, **CNT),
    R("em; «1 cầu dân sinh", "cầu dân sinh trao tặng", "=", 1, **CNT),
    R("sinh; «200 túi quà", "túi quà an sinh trao tặng", "=", 200, **CNT),
    R("trị gần «1,8 tỷ", "tổng giá trị các công trình, quà và nguồn lực cấp phát thuốc trao tặng", "~", 1.8e9,
      **DONG),
])

# --------------------------------------------------------------------------
# 07 Quảng Ngãi, the exam-season support of the Sơn Tây district union and the Tư Nghĩa teams, June
# 2024 (thanhnien.vn; cut: the photo caption "Các thí sinh đến nhận cơm trưa miễn phí rất đông
# HUYỆN ĐOÀN SƠN TÂY" with the blank line after it; the stamp " date 2024-06" written as the first
# line; the excerpt ends in "hỗ trợ thí"). Year 2024. "Huyện đoàn Sơn Tây sẽ phát 370 suất cơm ...
# cùng với 740 hộp sữa, 740 chai nước, 370 cây bút bi" (what the union will hand out: read as
# targets, `>=`, as the earlier sets read "sẽ" and "dự kiến"; four records); "cũng hỗ trợ 10 suất
# quà ..., mỗi suất 500.000 đồng" (results, `=`; the value of one gift, money, as the earlier sets'
# "mỗi suất 200.000 đồng"); "có 4 đội hình ... tại 4 điểm trường" (two counts, `=`, as set193's
# "tại 7 thôn"). Not quantities: "27.6" (a date, twice), "THPT Tư Nghĩa 1", "THPT Tư Nghĩa 2"
# (names), "một hộp cơm và một chai nước" (words). Ids null.
# --------------------------------------------------------------------------
D07 = dict(name="07_quangngai-sontay-tiep-suc-mua-thi-2024", kind="result", year=2024, records=[
    R("phát «370 suất", "suất cơm trưa miễn phí Huyện đoàn Sơn Tây phát cho thí sinh", ">=", 370, **TC),
    R("với «740 hộp sữa", "hộp sữa phát cho thí sinh", ">=", 740, **TC),
    R("sữa, «740 chai nước", "chai nước phát cho thí sinh", ">=", 740, **TC),
    R("nước, «370 cây bút", "cây bút bi phát cho thí sinh", ">=", 370, **TC),
    R("trợ «10 suất quà", "suất quà hỗ trợ thí sinh có hoàn cảnh khó khăn", "=", 10, **CNT),
    R("mỗi suất «500.000 đồng", "mỗi suất quà hỗ trợ thí sinh", "=", 500000, **DONG),
    R("có «4 đội hình", "đội hình thanh niên tình nguyện tiếp sức mùa thi H.Tư Nghĩa", "=", 4, **CNT),
    R("tại «4 điểm trường", "điểm trường có đội hình tiếp sức mùa thi", "=", 4, **CNT),
])

# --------------------------------------------------------------------------
# 08 Hồ Chí Minh City, the volunteers' festival closing the 2022 summer programmes
# (thanhnien.hochiminhcity.gov.vn; nothing cut: the three image descriptions "Có thể là hình ảnh về
# 3 người ..." are kept, as they carry numbers; no byline, no stamp). Year 2022. A precision text:
# many numbers, two records: "thu hút 430.878 lượt chiến sĩ tình nguyện tham gia ..., với 820.994
# ngày công" (`=`; the second unit other "ngày công", as the earlier sets). Not quantities: "lần thứ
# 15" (a label), "02 năm" (a duration), "05/6/2022", "07/8/2022" (dates), "05 ngày hoạt động cao
# điểm", "64 ngày hè tình nguyện" (durations), "3 người" (the image descriptions), "COVID-19" (a
# name). Ids null.
# --------------------------------------------------------------------------
D08 = dict(name="08_hcm-ngay-hoi-tinh-nguyen-2022", kind="result", year=2022, records=[
    R("hút «430.878 lượt", "lượt chiến sĩ tình nguyện tham gia các hoạt động tình nguyện", "=", 430878, **CNT),
    R("với «820.994 ngày công", "ngày công của chiến sĩ tình nguyện", "=", 820994, **CONG),
])

# --------------------------------------------------------------------------
# 09 Cao Bằng, the launch of the winter 2024 and spring 2025 volunteer programme with Tiền Giang's
# union at Hòa An (tienphong.vn; nothing cut; the stamp " date 2024-10" written as the first line;
# the excerpt ends in "góp"). Year 2024 (the stamp; the launch of "27/10"). Results, `=`: "3 nhà
# nhân ái (mỗi nhà trị giá 50 triệu đồng) cho 3 hộ gia đình" (three records: the houses, the value
# of one, the households, the last as set193's "tại 7 thôn"), "1 công trình thắp sáng đường quê trị
# giá 20 triệu đồng" (two), "50 suất học bổng (mỗi suất 1 triệu đồng)" (two), "50 suất quà", "với
# tổng giá trị 245 triệu đồng" (the total of the scholarships and gifts). Not quantities: "27/10"
# (a date), "năm 2024", "năm 2025" (the programme's name). Ids null.
# --------------------------------------------------------------------------
D09 = dict(name="09_caobang-tinh-nguyen-mua-dong-2024", kind="result", year=2024, records=[
    R("dựng «3 nhà nhân ái", "nhà nhân ái hỗ trợ kinh phí xây dựng", "=", 3, **CNT),
    R("trị giá «50 triệu", "trị giá mỗi nhà nhân ái", "=", 50e6, **DONG),
    R("cho «3 hộ gia đình", "hộ gia đình có hoàn cảnh khó khăn hỗ trợ xây dựng nhà nhân ái", "=", 3, **CNT),
    R("Hoà An, «1 công trình", "công trình thắp sáng đường quê", "=", 1, **CNT),
    R("giá «20 triệu", "trị giá công trình thắp sáng đường quê", "=", 20e6, **DONG),
    R("tặng «50 suất học bổng", "suất học bổng trao tặng học sinh có hoàn cảnh khó khăn", "=", 50, **CNT),
    R("suất «1 triệu", "giá trị mỗi suất học bổng", "=", 1e6, **DONG),
    R("cùng «50 suất quà", "suất quà cho đoàn viên thanh niên có hoàn cảnh khó khăn", "=", 50, **CNT),
    R("trị «245 triệu", "tổng giá trị học bổng và quà", "=", 245e6, **DONG),
])

# --------------------------------------------------------------------------
# 10 Hà Tĩnh, the winter 2024 and spring 2025 volunteer programmes under way (baohatinh.vn; nothing
# cut; no byline, no stamp). Year 2024 (the results of the winter 2024 programme since "14/11").
# Results, `>` for "hơn", else `=`: "hơn 800 công trình, phần việc", "hơn 13 khu vui chơi", "8 tuyến
# đường", "hơn 300 người dân", "3 nhà nhân ái", "hơn 100 suất học bổng". Not quantities: "14/11" (a
# date), "năm 2024", "năm 2025" (the programmes' names). Ids null.
# --------------------------------------------------------------------------
D10 = dict(name="10_hatinh-tinh-nguyen-mua-dong-2024", kind="result", year=2024, records=[
    R("với hơn «800 công trình", "công trình, phần việc hưởng ứng chương trình Tình nguyện mùa đông và Xuân "
      "tình nguyện", ">", 800, **CNT),
    R("trang hơn «13 khu", "khu vui chơi thiếu nhi được chỉnh trang", ">", 13, **CNT),
    R("mắt «8 tuyến", "tuyến đường “sáng - xanh - sạch - đẹp - văn minh - an toàn” ra mắt", "=", 8, **CNT),
    R("cho hơn «300 người", "người dân được khám cấp phát thuốc miễn phí", ">", 300, **CNT),
    R("dựng «3 nhà", "nhà nhân ái, ngôi nhà hạnh phúc khởi công xây dựng", "=", 3, **CNT),
    R("tặng hơn «100 suất", "suất học bổng trao tặng học sinh gặp hoàn cảnh khó khăn", ">", 100, **CNT),
])

# --------------------------------------------------------------------------
# 11 Sơn La, the "Mùa hè xanh" 2025 of Hà Nội National University's students in six communes
# (tienphong.vn, the short address of the page; nothing cut; no byline, no stamp; the excerpt ends
# in "thay mặt"). Year 2025. Results, `=`/`>`/`~`: "6 xã khó khăn", "12 đội hình", "hơn 300 tình
# nguyện viên", "huy động được gần 1,1 tỷ đồng". Targets (`>=`, "sẽ thực hiện"): "21 công trình
# thanh niên, trong đó có 17 ... và 4 ..." (three records, each its own subject). Not quantities:
# "1 tháng" (a duration). Ids null (the volunteers name no digital task).
# --------------------------------------------------------------------------
D11 = dict(name="11_sonla-mua-he-xanh-dhqg-2025", kind="result", year=2025, records=[
    R("là «6 xã", "xã khó khăn của tỉnh Sơn La là địa bàn trọng tâm tình nguyện", "=", 6, **CNT),
    R("với «12 đội hình", "đội hình sinh viên tình nguyện xung kích", "=", 12, **CNT),
    R("hơn «300 tình nguyện viên", "tình nguyện viên trực tiếp triển khai các hoạt động tại cơ sở", ">", 300,
      **CNT),
    R("gần «1,1 tỷ", "nguồn lực Đoàn ĐHQG Hà Nội huy động (tiền mặt, hiện vật và quà tặng)", "~", 1.1e9,
      **DONG),
    R("thực hiện «21 công trình", "công trình thanh niên tuổi trẻ ĐHQG Hà Nội thực hiện", ">=", 21, **TC),
    R("có «17 công trình", "công trình tham gia xây dựng nông thôn mới", ">=", 17, **TC),
    R("và «4 công trình", "công trình gắn với trường học", ">=", 4, **TC),
])

# --------------------------------------------------------------------------
# 12 National: "Tiếp sức mùa thi" 2025 and its technology (dientuungdung.vn; cut: the photo caption
# "Tình nguyện viên "Tiếp sức mùa thi" hỗ trợ thí sinh tại thành phố Hà Nội." with the blank line
# after it; the stamp " date 2025-06-27" written as the first line; the excerpt ends in "vùng
# sâu"). Year 2025. Results: "hơn 1 triệu khóa học" (`>`, 1e6), "hơn 300 trường" (`>`), "150 suất
# học bổng trị giá gần 300 triệu đồng" (`=`, `~` money), "50 suất dành riêng" (`=`); the
# subheading "Hơn 200.000 tình nguyện viên sẵn sàng hỗ trợ tại 100% điểm thi" (two records, `>`
# and `=`; a heading that states values is a statement like any other, as the earlier sets
# recorded titles' figures); "3.739 đội hình với 206.645 tình nguyện viên" (`=`). Pillar null: the
# subheading "Chuyển đổi số mạnh mẽ, ..." names digital transformation as a whole, no pillar. Not
# quantities: "24 năm" (a duration), "tháng 6" (a date). Ids null (the exam-season teams name no
# digital task).
# --------------------------------------------------------------------------
D12 = dict(name="12_toanquoc-tiep-suc-mua-thi-2025", kind="result", year=2025, records=[
    R("cấp hơn «1 triệu", "khóa học ôn luyện miễn phí trên Cổng thông tin Tiếp sức mùa thi", ">", 1e6, **CNT),
    R("của hơn «300 trường", "trường đại học, cao đẳng và học viện được tổng hợp thông tin tuyển sinh", ">", 300,
      **CNT),
    R("trao «150 suất", "suất học bổng trao cho học sinh có hoàn cảnh khó khăn", "=", 150, **CNT),
    R("gần «300 triệu", "trị giá học bổng", "~", 300e6, **DONG),
    R("đó «50 suất", "suất học bổng dành riêng cho thí sinh theo học các ngành khoa học cơ bản và công nghệ", "=",
      50, **CNT),
    R("Hơn «200.000 tình nguyện viên", "tình nguyện viên sẵn sàng hỗ trợ", ">", 200000, **CNT),
    R("tại «100% điểm thi", "điểm thi có tình nguyện viên hỗ trợ", "=", 100),
    R("lập «3.739 đội hình", "đội hình Tiếp sức mùa thi thành lập", "=", 3739, **CNT),
    R("với «206.645 tình nguyện viên", "tình nguyện viên túc trực tại điểm thi tốt nghiệp THPT", "=", 206645,
      **CNT),
])

# --------------------------------------------------------------------------
# 13 Thái Nguyên, the college youth union's plan for its "Mùa hè xanh 2020" (cdcntn.edu.vn; nothing
# cut; no byline, no stamp; the excerpt ends in "Từ tháng 7 đến "). Year 2020. A precision text, no
# record: the excerpt stops before the plan's targets; "2020" (the campaign's name and year, four
# times), "2019 - 2020" (a school year), "113 - KH/TĐTN" (a document), "03/7/2020", "tháng 7"
# (dates), "I.", "1.", "2." (list labels).
# --------------------------------------------------------------------------
D13 = dict(name="13_thainguyen-ke-hoach-mua-he-xanh-2020", kind="target", year=2020, records=[])

# --------------------------------------------------------------------------
# 14 Kon Tum, the provincial union's launch of the 2021 summer campaign at Đăk Kroong
# (kontumtv.vn; cut: the byline "Cát Tiên – Văn Hiển", and the comment box's "Trả lời" and "Email
# của bạn sẽ không được hiển thị công khai. ..." with the blank lines after them; no stamp). Year
# 2021. A precision text with two records: "tặng 10 suất  quà ... và 10 suất học bổng" (`=`). Not
# quantities: "4/6", "5/6", "từ tháng 6 đến 8/2021" (dates), "năm 2021" (the campaign's year), "4
# chiến dịch" (the parts of the campaign), "Covid -19" (a name). Ids null.
# --------------------------------------------------------------------------
D14 = dict(name="14_kontum-ra-quan-chien-dich-he-2021", kind="result", year=2021, records=[
    R("tặng «10 suất  quà", "suất quà cho các hộ gia đình thanh niên tôn giáo khó khăn", "=", 10, **CNT),
    R("và «10 suất học bổng", "suất học bổng cho học sinh vượt khó học giỏi", "=", 10, **CNT),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
