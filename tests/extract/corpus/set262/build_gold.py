#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set262).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are completion against a quota or a plan); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: the catalogue's only party indicator is the share of party
members using the electronic party handbook, which no text here measures, so every id is null
(`iid` left at its default).

The theme is party building and mass mobilisation: no heading or lead-in names a pillar of
digital transformation, so every pillar is null (the default).

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

RES = dict(kind="result")
NEW_DV = "đảng viên mới được giao chỉ tiêu phát triển trong năm 2024"

# --------------------------------------------------------------------------
# 01 Quảng Nam, the provincial standing committee's quotas of new party members for 2024, by
# district and by the committees under it (baoquangnam.vn; the stamp " date 2023-12" written as
# the first line; nothing else cut). Targets for 2024 ("trong năm 2024"; the stamp's 2023 is the
# date of the decision, not the target's year). A bare number in a quota reads `>=` (spec). One
# record for the province (1.905) and one per unit, each with `place` the district, town or
# committee ("Tam Kỳ", ..., "Công an", "Quân sự", "Biên phòng", "Đảng bộ Khối các cơ quan tỉnh"),
# scope null: a list of party committees is not a split by administrative level (set193's table of
# districts likewise). The units after "Cụ thể:" are written with the number only ("Hội An 110"):
# the subject is carried from the first item. Ids null.
# --------------------------------------------------------------------------
QN_UNITS = [  # (locator, place)
    ("Tam Kỳ chỉ tiêu phát triển «150", "Tam Kỳ"), ("Hội An «110", "Hội An"), ("Điện Bàn «150", "Điện Bàn"),
    ("Đại Lộc «125", "Đại Lộc"), ("Duy Xuyên «90", "Duy Xuyên"), ("Thăng Bình «115", "Thăng Bình"),
    ("Núi Thành «115", "Núi Thành"), ("Phú Ninh «87", "Phú Ninh"), ("Quế Sơn «87", "Quế Sơn"),
    ("Nông Sơn «30", "Nông Sơn"), ("Hiệp Đức «48", "Hiệp Đức"), ("Tiên Phước «77", "Tiên Phước"),
    ("Phước Sơn «80", "Phước Sơn"), ("Bắc Trà My «95", "Bắc Trà My"), ("Nam Trà My «95", "Nam Trà My"),
    ("Nam Giang «110", "Nam Giang"), ("Đông Giang «95", "Đông Giang"), ("Tây Giang «80", "Tây Giang"),
    ("Công an «12", "Công an"), ("Quân sự «29", "Quân sự"), ("Biên phòng «15", "Biên phòng"),
    ("tỉnh chỉ tiêu phát triển «155", "Đảng bộ Khối các cơ quan tỉnh"),
]
D01 = dict(name="01_quangnam-chi-tieu-phat-trien-dang-vien-2024", kind="target", year=2024, records=[
    R("phát triển «1.905 đảng viên", "đảng viên mới các huyện, thị, thành ủy, đảng ủy trực thuộc Tỉnh ủy phát triển "
      "trong năm 2024", ">=", 1905, **CNT),
    *[R(loc, f"{NEW_DV} Đảng bộ {place}", ">=", int(loc.split("«")[1]), **CNT, place=place)
      for loc, place in QN_UNITS],
])

# --------------------------------------------------------------------------
# 02 Đắk Lắk, the province's target of new party members for 2024 (baodaklak.vn; cut: the photo
# caption "Lễ kết nạp đảng viên mới là học sinh tại Chi bộ Trường THPT Quang Trung (Đảng bộ huyện
# Krông Pắc). |"; no byline, no stamp; the excerpt ends in "tăng cường"). Year 2024. Targets: the
# title's "phấn đấu kết nạp trên 2.800 đảng viên" (`>`), "mục tiêu phấn đấu kết nạp 2.814 đảng
# viên" and its parts "150 ... học sinh/sinh viên, 44 ... dự động viên và 129 ... dân quân tự
# vệ" (each its own subject, scope null: kinds of member, not a split by level), "giao chỉ tiêu kết
# nạp 3,25% đảng viên mới trên tổng số đảng viên" (%, `>=`), and the highest and lowest quotas
# ("Buôn Ma Thuột ... 489", "Bộ đội biên phòng tỉnh 15"; places). Results (the party's present
# size, "hiện có", year 2024 as the plan's year): 20 committees, 842 grassroots organisations,
# 87.258 members (the theme's own indicators, recorded like "hiện có 8 trạm" in set193's 05).
# Not quantities: "4 nhóm nhiệm vụ, giải pháp", "5 nhiệm vụ trọng tâm" (tasks, spec),
# "21-NQ/TW", "07-KH/TW" (documents), "17/8/2022" (a date). Ids null.
# --------------------------------------------------------------------------
D02 = dict(name="02_daklak-muc-tieu-ket-nap-dang-vien-2024", kind="target", year=2024, records=[
    R("kết nạp trên «2.800", "đảng viên Đắk Lắk phấn đấu kết nạp trong năm 2024", ">", 2800, **CNT),
    R("kết nạp «2.814", "đảng viên Đảng bộ tỉnh phấn đấu kết nạp", ">=", 2814, **CNT),
    R("kết nạp «150 đảng viên", "đảng viên là học sinh/sinh viên được kết nạp", ">=", 150, **CNT),
    R("«44 đảng viên", "đảng viên là dự động viên được kết nạp", ">=", 44, **CNT),
    R("«129 đảng viên", "đảng viên là dân quân tự vệ được kết nạp", ">=", 129, **CNT),
    R("kết nạp «3,25%", "đảng viên mới trên tổng số đảng viên các đảng bộ trực thuộc được giao chỉ tiêu kết nạp",
      ">=", 3.25),
    R("cao nhất với «489", "chỉ tiêu kết nạp đảng viên mới được phân bổ Đảng bộ TP. Buôn Ma Thuột", ">=", 489,
      **CNT, place="Buôn Ma Thuột"),
    R("tỉnh «15 đảng viên", "chỉ tiêu kết nạp đảng viên mới của Đảng bộ Bộ đội biên phòng tỉnh", ">=", 15, **CNT,
      place="Bộ đội biên phòng tỉnh"),
    R("hiện có «20 đảng bộ", "đảng bộ trực thuộc Đảng bộ tỉnh Đắk Lắk", "=", 20, **CNT, **RES),
    R("với «842 tổ chức", "tổ chức cơ sở đảng của Đảng bộ tỉnh Đắk Lắk", "=", 842, **CNT, **RES),
    R("và «87.258 đảng viên", "đảng viên của Đảng bộ tỉnh Đắk Lắk", "=", 87258, **CNT, **RES),
])

# --------------------------------------------------------------------------
# 03 Ninh Thuận, new party members admitted in the first half of 2022 (baoninhthuan.com.vn; nothing
# cut; no byline, no stamp). Year 2022 ("chỉ tiêu năm 2022"; "30-6" a date). Results (=): the
# title's and the body's 288 (two records, each its own statement), "có 4 đảng bộ kết nạp ĐV mới
# đạt trên 50% chỉ tiêu" (a count of committees), the five committees' admissions (21, 52, 5, 4,
# 13; places), the province's members after them (20.952) and its organisations (434; 149 đảng bộ
# cơ sở, 1.251 chi bộ trực thuộc, 285 chi bộ cơ sở: a breakdown by kind, each its own subject,
# scope null). NOT (completion against the quota, as the earlier sets' majority and set193's 04):
# the title's and the body's "35,34%", "trên 50% chỉ tiêu", "105%", "50,98%", the two "50%",
# "17,33%". Ids null.
# --------------------------------------------------------------------------
D03 = dict(name="03_ninhthuan-ket-nap-dang-vien-6-thang-2022", kind="result", year=2022, records=[
    R("Toàn tỉnh kết nạp «288", "đảng viên toàn tỉnh kết nạp", "=", 288, **CNT),
    R("kết nạp được «288 đảng viên", "đảng viên mới các đảng bộ trực thuộc Tỉnh ủy kết nạp được", "=", 288, **CNT),
    R("có «4 đảng bộ", "đảng bộ kết nạp ĐV mới đạt trên chỉ tiêu được giao", "=", 4, **CNT),
    R("kết nạp được «21 ĐV", "ĐV mới Đảng bộ Công an tỉnh kết nạp được", "=", 21, **CNT, place="Công an tỉnh"),
    R("kết nạp «52 ĐV", "ĐV mới Đảng bộ huyện Ninh Phước kết nạp", "=", 52, **CNT, place="Ninh Phước"),
    R("kết nạp «5 ĐV", "ĐV mới Đảng bộ Quân sự tỉnh kết nạp", "=", 5, **CNT, place="Quân sự tỉnh"),
    R("kết nạp «4 ĐV", "ĐV mới Đảng bộ Bộ đội Biên phòng tỉnh kết nạp", "=", 4, **CNT,
      place="Bộ đội Biên phòng tỉnh"),
    R("kết nạp được «13 ĐV", "ĐV mới Đảng bộ huyện Ninh Sơn kết nạp được", "=", 13, **CNT, place="Ninh Sơn"),
    R("lên «20.952 đồng chí", "tổng số ĐV của tỉnh", "=", 20952, **CNT),
    R("tại «434 tổ chức", "tổ chức cơ sở đảng ĐV của tỉnh sinh hoạt tại", "=", 434, **CNT),
    R("«149 đảng bộ cơ sở", "đảng bộ cơ sở", "=", 149, **CNT),
    R("với «1.251 chi bộ", "chi bộ trực thuộc", "=", 1251, **CNT),
    R("và «285 chi bộ", "chi bộ cơ sở", "=", 285, **CNT),
], NOT=["Toàn tỉnh kết nạp 288 đảng viên, đạt «35,34%", "mới, đạt «35,34%", "trên «50% chỉ tiêu", "đạt «105%",
        "đạt «50,98%", "5 ĐV mới, đạt «50%", "4 ĐV mới, đạt «50%", "đạt «17,33%"])

# --------------------------------------------------------------------------
# 04 The party's inspection and supervision at the three levels of one province, and the
# discipline that followed (thanhtra.com.vn; cut: the byline "Hoàng Hưng"; no stamp; the excerpt
# names neither the province nor a year: year null). Results (=, counts): "Cấp tỉnh ... 239 lượt tổ
# chức Đảng, 61 lượt đảng viên; cấp huyện ... 1.472 ..., 582 ...; cấp cơ sở ... 2.308 ..., 1.899
# ..." (one sentence splitting its values by level: scopes "cấp tỉnh", "cấp huyện", "cấp cơ sở",
# spec), then the discipline: 29 organisations (26 reprimanded, 03 warned) and 1.090 members (789,
# 207, 31, 63 by form; a breakdown by kind, each its own subject, scope null). Not quantities:
# "Nghị quyết Trung ương 4 khóa XI, XII" (a name). Ids null.
# --------------------------------------------------------------------------
KTGS = "tiến hành kiểm tra, giám sát"
D04 = dict(name="04_kiem-tra-giam-sat-ky-luat-dang-cac-cap", kind="result", year=None, records=[
    R("giám sát «239 lượt", f"lượt tổ chức Đảng được {KTGS}", "=", 239, **CNT, scope="cấp tỉnh"),
    R("«61 lượt", f"lượt đảng viên được {KTGS}", "=", 61, **CNT, scope="cấp tỉnh"),
    R("giám sát «1.472 lượt", f"lượt tổ chức Đảng được {KTGS}", "=", 1472, **CNT, scope="cấp huyện"),
    R("«582 lượt", f"lượt đảng viên được {KTGS}", "=", 582, **CNT, scope="cấp huyện"),
    R("giám sát «2.308 lượt", f"lượt tổ chức Đảng được {KTGS}", "=", 2308, **CNT, scope="cấp cơ sở"),
    R("«1.899 lượt", f"lượt đảng viên được {KTGS}", "=", 1899, **CNT, scope="cấp cơ sở"),
    R("kỷ luật «29 tổ chức", "tổ chức Đảng thi hành kỷ luật", "=", 29, **CNT),
    R("Khiển trách «26", "tổ chức Đảng kỷ luật hình thức khiển trách", "=", 26, **CNT),
    R("cảnh cáo «03", "tổ chức Đảng kỷ luật hình thức cảnh cáo", "=", 3, **CNT),
    R("kỷ luật «1.090 đảng viên", "đảng viên vi phạm kỷ luật", "=", 1090, **CNT),
    R("Khiển trách «789", "đảng viên kỷ luật khiển trách", "=", 789, **CNT),
    R("cảnh cáo «207", "đảng viên kỷ luật cảnh cáo", "=", 207, **CNT),
    R("cách chức «31", "đảng viên kỷ luật cách chức", "=", 31, **CNT),
    R("khai trừ «63", "đảng viên kỷ luật khai trừ", "=", 63, **CNT),
])

# --------------------------------------------------------------------------
# 05 Phú Thọ, the party organisation's work in 2025 (baophutho.vn; the stamp " date 2026-01-29"
# written as the first line; cut: the photo caption "Lễ kết nạp đảng viên mới của Chi bộ Khoa học
# học tự nhiên, Trường Đại học Hùng Vương." with the blank line after it; the excerpt ends in
# "hoàn thàn"). Year 2025 ("Năm 2025"; the stamp's 2026 is the publication). Results (=, counts):
# the title's and the body's 3.262 new members, 1.364 grassroots congresses and 152 congresses
# above them, 12.049 cadres through the personnel procedure, 4.665 cadres trained from 148 units
# (the units counted, as set193's "tại 7 thôn"), 12.962 attendances, 322 removed from the party.
# Not quantities: "sớm hơn 30 ngày" (how far ahead of a deadline, set193's 09), "nhiệm kỳ
# 2025-2030" (dates), "lần thứ XIV" (a name). Ids null.
# --------------------------------------------------------------------------
D05 = dict(name="05_phutho-ket-nap-dang-vien-2025", kind="result", year=2025, records=[
    R("toàn tỉnh kết nạp «3.262 đảng viên mới\n", "đảng viên mới toàn tỉnh kết nạp", "=", 3262, **CNT),
    R("hoàn thành «1.364 Đại hội", "Đại hội tổ chức cơ sở Đảng toàn tỉnh đã hoàn thành", "=", 1364, **CNT),
    R("và «152 Đại hội", "Đại hội Đảng bộ cấp trên cơ sở đã hoàn thành", "=", 152, **CNT),
    R("đối với «12.049 lượt", "lượt cán bộ được thực hiện quy trình công tác cán bộ", "=", 12049, **CNT),
    R("cho «4.665 cán bộ", "cán bộ lãnh đạo, quản lý cấp xã, phường được tập huấn, bồi dưỡng, cập nhật kiến thức, "
      "kỹ năng", "=", 4665, **CNT),
    R("của «148 đơn vị", "đơn vị cán bộ lãnh đạo, quản lý cấp xã, phường được tập huấn, bồi dưỡng", "=", 148,
      **CNT),
    R("với «12.962 lượt", "lượt cán bộ tham gia các lớp tập huấn, bồi dưỡng", "=", 12962, **CNT),
    R("đã kết nạp «3.262 đảng viên", "đảng viên mới toàn tỉnh đã kết nạp", "=", 3262, **CNT),
    R("khỏi Đảng «322 trường hợp", "trường hợp rà soát, sàng lọc, đưa ra khỏi Đảng", "=", 322, **CNT),
])

# --------------------------------------------------------------------------
# 06 Bình Thuận, Đức Linh district's plan of new party members for 2023 (duclinh.binhthuan.dcs.vn;
# cut: the navigation label "Các tin khác"; no byline, no stamp). Targets for 2023: the title's
# "kết nạp 170 đảng viên năm 2023", the body's "phấn đấu kết nạp 170 đảng viên" and "giao chỉ tiêu
# cho 22 cơ sở đảng kết nạp 170 đảng viên" (three statements, three records), and the parts "đảng
# viên là học sinh từ 06 đồng chí; ... từ 17 đồng chí, ở địa bàn dân cư 40 đồng chí; ... từ 01-02
# đồng chí" ("từ X" a lower bound, `>=`, as "từ X trở lên"; "40" bare in a plan, `>=`; "01-02"
# `between`). Not quantities: "22 cơ sở đảng" (the units the quota is split among, the size of the
# group, as set193's 01 "15 xã đăng ký"), "147-KH/HU" (a document), "21/12/2022", "2020-2025",
# "năm 2022" (dates). Ids null.
# --------------------------------------------------------------------------
D06 = dict(name="06_binhthuan-duclinh-ke-hoach-ket-nap-2023", kind="target", year=2023, records=[
    R("kết nạp «170 đảng viên năm 2023", "đảng viên Đức Linh xây dựng kế hoạch kết nạp năm 2023", ">=", 170, **CNT),
    R("phấn đấu kết nạp «170", "đảng viên huyện Đức Linh phấn đấu kết nạp trong năm 2023", ">=", 170, **CNT),
    R("cơ sở đảng kết nạp «170", "đảng viên các cơ sở đảng được giao chỉ tiêu kết nạp trong năm 2023", ">=", 170,
      **CNT),
    R("học sinh từ «06 đồng chí", "đảng viên là học sinh được kết nạp", ">=", 6, **CNT),
    R("từ «17 đồng chí", "đảng viên nguồn tuyển quân, lực lượng quân dân và dự động viên được kết nạp", ">=", 17,
      **CNT),
    R("dân cư «40 đồng chí", "đảng viên ở địa bàn dân cư được kết nạp", ">=", 40, **CNT),
    R("từ «01-02 đồng chí", "đảng viên đang công tác tại các doanh nghiệp ngoài khu vực Nhà nước được kết nạp",
      "between", 1, **CNT, value_max=2),
])

# --------------------------------------------------------------------------
# 07 Tây Ninh, party members studying the resolution of the province's 11th congress (baotayninh.vn,
# a section page whose first item is this news; nothing cut; no byline, no stamp). Year null: the
# text gives only the term "nhiệm kỳ 2020 - 2025" and "đến nay". Results: the title's "Trên 99%
# đảng viên học tập" (`>`), "tổ chức được 378 lớp", "35.599/35.900 đảng viên, đạt 99,16%" (the
# count and the share: members who studied, of all members, a share and not completion against a
# quota), "5.806 cán bộ, chiến sỹ, quần chúng ở cơ sở tham gia học tập". Not quantities: the
# denominator "/35.900", "lần thứ XI", "Đại hội XI" (names), "2020 - 2025" (dates). Ids null.
# --------------------------------------------------------------------------
D07 = dict(name="07_tayninh-hoc-tap-nghi-quyet-dai-hoi-xi", kind="result", year=None, records=[
    R("Trên «99% đảng viên", "đảng viên học tập Nghị quyết Đại hội XI Đảng bộ tỉnh", ">", 99),
    R("được «378 lớp", "lớp học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XI toàn tỉnh đã "
      "tổ chức", "=", 378, **CNT),
    R("với «35.599/35.900", "đảng viên tham gia học tập Nghị quyết Đại hội XI Đảng bộ tỉnh", "=", 35599, **CNT),
    R("đạt «99,16%", "đảng viên tham gia học tập Nghị quyết Đại hội XI Đảng bộ tỉnh", "=", 99.16),
    R("và «5.806 cán bộ", "cán bộ, chiến sỹ, quần chúng ở cơ sở tham gia học tập", "=", 5806, **CNT),
])

# --------------------------------------------------------------------------
# 08 Lâm Đồng, new party members in the first quarter of 2021 (baolamdong.vn; cut: the byline date
# "Cập nhật lúc 05:37, Thứ Năm, 08/04/2021 (GMT+7)", written as the first line `date 2021-04-08`,
# the byline "THANH HỒNG" and the stray "," after it; the lines of one space kept). Year 2021.
# Results (=): the title's and the body's 178 new members, the province's 18 committees, 761
# grassroots organisations and 3.106 cells "Đến 31/3/2021", its 47.174 members, "chiếm tỷ lệ khoảng
# 3,9% dân số toàn tỉnh" (`~`, a share). Not quantities: "Quý I/2021", "31/3/2021" (dates),
# "2020 - 2025", "lần thứ XI", "lần thứ XIII", "Trung ương 4 (khóa XII)" (names). Ids null.
# --------------------------------------------------------------------------
D08 = dict(name="08_lamdong-ket-nap-dang-vien-quy-i-2021", kind="result", year=2021, records=[
    R("Toàn tỉnh kết nạp «178", "đảng viên mới toàn tỉnh kết nạp trong quý I/2021", "=", 178, **CNT),
    R("có «18 đảng bộ", "đảng bộ trực thuộc Tỉnh ủy", "=", 18, **CNT),
    R("«761 tổ chức", "tổ chức cơ sở đảng", "=", 761, **CNT),
    R("«3.106 chi bộ", "chi bộ trực thuộc đảng bộ", "=", 3106, **CNT),
    R("toàn tỉnh kết nạp «178", "đảng viên mới toàn tỉnh kết nạp trong quý I/2021", "=", 178, **CNT),
    R("tỉnh «47.174 đảng viên", "tổng số đảng viên toàn Đảng bộ tỉnh", "=", 47174, **CNT),
    R("khoảng «3,9% dân số", "đảng viên toàn Đảng bộ tỉnh chiếm tỷ lệ dân số toàn tỉnh", "~", 3.9),
])

# --------------------------------------------------------------------------
# 09 Sơn La, the rating of grassroots party organisations in 2020 (baomoi.com; cut: the source line
# "Nguồn Quốc Hội TV: http://quochoitv.vn/videos/thoi-su/2021/3/.../551957" (page furniture, a
# credit); no byline, no stamp). Year 2020. Results: "100% tổ chức cơ sở đảng được đánh giá, xếp
# loại", "gần 120 ... 'Hoàn thành xuất sắc nhiệm vụ'" (`~`), "451 ... 'Hoàn thành tốt nhiệm vụ'",
# "27 ... 'Hoàn thành nhiệm vụ'" (counts). Not quantities: "không có" (no digit), "giai đoạn 2016
# -2020" (dates), "cho 2 tập thể" twice (the recipients of awards, as the earlier sets' "tặng Bằng
# khen 10 tập thể"). Ids null.
# --------------------------------------------------------------------------
D09 = dict(name="09_sonla-danh-gia-to-chuc-co-so-dang-2020", kind="result", year=2020, records=[
    R("2020, «100% tổ chức", "tổ chức cơ sở đảng được đánh giá, xếp loại", "=", 100),
    R("gần «120 tổ chức", "tổ chức cơ sở đảng 'Hoàn thành xuất sắc nhiệm vụ'", "~", 120, **CNT),
    R("«451 tổ chức", "tổ chức cơ sở đảng 'Hoàn thành tốt nhiệm vụ'", "=", 451, **CNT),
    R("«27 tổ chức", "tổ chức cơ sở đảng 'Hoàn thành nhiệm vụ'", "=", 27, **CNT),
])

# --------------------------------------------------------------------------
# 10 Bà Rịa - Vũng Tàu, Đất Đỏ district's mass-mobilisation review of 2023 (baobariavungtau.com.vn;
# the stamp " date 2023-12" written as the first line; cut: the byline "ĐÔNG HIẾU"). Year 2023.
# Results: "201 mô hình, điển hình 'Dân vận khéo' đạt hiệu quả (trong đó 147 mô hình và 54 điển
# hình)" (three counts, each its own subject). Not quantities: "13/12" (a date), "năm 2023",
# "năm 2024". Ids null.
# --------------------------------------------------------------------------
D10 = dict(name="10_bariavungtau-datdo-dan-van-kheo-2023", kind="result", year=2023, records=[
    R("có «201 mô hình", "mô hình, điển hình “Dân vận khéo” đạt hiệu quả toàn huyện", "=", 201, **CNT),
    R("đó «147 mô hình", "mô hình “Dân vận khéo” đạt hiệu quả", "=", 147, **CNT),
    R("và «54 điển hình", "điển hình “Dân vận khéo” đạt hiệu quả", "=", 54, **CNT),
])

# --------------------------------------------------------------------------
# 11 Vĩnh Phúc, the review of the coordination of mass mobilisation between the party's mass
# mobilisation board and the provincial military command, March 2024 (vinhphuctv.vn; cut: the
# byline "Cập nhật: 26/03/2024 18:00:00", written as the first line `date 2024-03-26`, and the
# widget "Xem cỡ chữ" with the blank line after it; the excerpt ends in "ủng "). A precision text,
# no record: "26/3" (a date), "năm 2023", "năm 2024" (years), "16 nhiệm vụ" (tasks, spec).
# --------------------------------------------------------------------------
D11 = dict(name="11_vinhphuc-phoi-hop-dan-van-2024-precision", kind="result", year=2024, records=[])

# --------------------------------------------------------------------------
# 12 Hồ Chí Minh City, the city party committee's plan of party members for the 2025-2030 term
# (nld.com.vn; the stamp " date 2026-01-17" written as the first line; nothing else cut; the
# excerpt ends in "đạo đ"). A precision text with one record: "tỉ lệ kết nạp đảng viên mới hằng năm
# trong nhiệm kỳ 2025-2030 đạt từ 3%-4%" (target, `between` 3-4; year 2030, the term's end, as the
# earlier sets give a yearly target the plan's horizon). Not quantities: "2025-2030" (twice),
# "Nghị quyết 21/2022" (a name), "khóa XIII", "lần thứ I" (names). Id null.
# --------------------------------------------------------------------------
D12 = dict(name="12_tphcm-ke-hoach-phat-trien-dang-vien-2025-2030-precision", kind="target", year=2030, records=[
    R("đạt từ «3%-4%", "tỉ lệ kết nạp đảng viên mới hằng năm", "between", 3, value_max=4),
])

# --------------------------------------------------------------------------
# 13 Hải Dương, Thanh Hà district ahead of its target of new party members (baohaiduong.vn, a
# section page whose first item is this news; nothing cut; no byline, no stamp). The congress's
# target "mỗi năm kết nạp từ 90 - 100 đảng viên" (`between`, year 2025: the term 2020 - 2025's end,
# the plan's horizon) and the result "Sau hơn 1 năm ... đã kết nạp được 146 đảng viên" (=, year
# null: no year given). Not quantities: "2020 - 2025" (dates), "hơn 1 năm" (a duration). Ids null.
# --------------------------------------------------------------------------
D13 = dict(name="13_haiduong-thanhha-muc-tieu-ket-nap-dang-vien", kind="result", year=None, records=[
    R("từ «90 - 100", "đảng viên kết nạp mỗi năm", "between", 90, **CNT, value_max=100, **T, year=2025),
    R("được «146 đảng viên", "đảng viên huyện đã kết nạp được", "=", 146, **CNT),
])

# --------------------------------------------------------------------------
# 14 Thanh Hóa, the provincial inspection committee's work in one period (thanhtra.com.vn; cut: the
# byline "Văn Thanh"; no stamp; no year in the text: year null, Covid-19 named but no year). Results
# (=, counts): 2 cells' committees reprimanded, 6 members disciplined (5 of them committee members),
# 8 organisations inspected on signs of violation, 21 petitions received (6 settled, 15 filed), the
# district committees' 3 members inspected (1 committee member), 19 organisations and 32 members
# supervised (21 committee members), 17 members disciplined (5 committee members), 9 reprimanded.
# Scope null throughout: "UBKT cấp huyện và tương đương" names the one level as the subject, not a
# split (spec). Not quantities: "Covid-19" (a name). Ids null.
# --------------------------------------------------------------------------
D14 = dict(name="14_thanhhoa-ubkt-kiem-tra-dau-hieu-vi-pham", kind="result", year=None, records=[
    R("đối với «2 chi ủy", "chi ủy thi hành kỷ luật bằng hình thức khiển trách", "=", 2, **CNT),
    R("kỷ luật «6 đảng viên", "đảng viên thi hành kỷ luật", "=", 6, **CNT),
    R("6 đảng viên, trong đó có «5 cấp ủy viên", "cấp ủy viên thi hành kỷ luật", "=", 5, **CNT),
    R("đối với «8 tổ chức", "tổ chức Đảng ban hành quyết định kiểm tra dấu hiệu vi phạm", "=", 8, **CNT),
    R("Tiếp nhận «21 lượt", "lượt đơn tố cáo, phản ánh, kiến nghị của đảng viên và công dân tiếp nhận", "=", 21,
      **CNT),
    R("giải quyết «6 đơn", "đơn đã giải quyết", "=", 6, **CNT),
    R("lưu «15 đơn", "đơn lưu không thuộc thẩm quyền giải quyết, đơn trùng nội dung", "=", 15, **CNT),
    R("đối với «3 đảng viên", "đảng viên UBKT cấp huyện và tương đương kiểm tra khi có dấu hiệu vi phạm", "=", 3,
      **CNT),
    R("có «1 cấp ủy viên", "cấp ủy viên kiểm tra khi có dấu hiệu vi phạm", "=", 1, **CNT),
    R("giám sát «19 tổ chức", "tổ chức Đảng giám sát", "=", 19, **CNT),
    R("và «32 đảng viên", "đảng viên giám sát", "=", 32, **CNT),
    R("có «21 cấp ủy viên", "cấp ủy viên giám sát", "=", 21, **CNT),
    R("kỷ luật «17 đảng viên", "đảng viên cấp ủy và UBKT các cấp đã thi hành kỷ luật", "=", 17, **CNT),
    R("17 đảng viên, trong đó có «5 cấp ủy viên", "cấp ủy viên thi hành kỷ luật", "=", 5, **CNT),
    R("đối với «9 đảng viên", "đảng viên kỷ luật hình thức khiển trách", "=", 9, **CNT),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
