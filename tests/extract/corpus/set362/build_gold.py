#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set362).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder by ../goldkit.py.

Each document may also list NOT: locators of percentages deliberately left without a record (a
result's change against an earlier value); check_gold.py verifies that every percentage has a
record or a NOT entry.

Each record carries `indicator_id_gold` (ignored by the scorer), given as `iid=` where the
catalogue (muctieu/catalog/data/indicators.yaml) has an indicator for exactly the quantity. This
set's theme (ethnic culture, languages and religion) lies outside the digital-transformation
catalogue: every id is null (see README).

The theme's texts carry no pillar heading: every record has pillar null.

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
C = functools.partial(R, unit="count")          # a count reached, the document's kind and year
CT = functools.partial(R, unit="count", kind="target")  # a count planned

# --------------------------------------------------------------------------
# 01 Lâm Đồng, the gong clubs of the province (dalat-info.gov.vn; cut: the photo caption 'Việc
# "nở rộ" các CLB cồng chiêng tạo nên không gian văn hóa truyền thống rộng lớn |'; no byline, no
# stamp; the excerpt ends in "Đam R"). Year null: the page names no year ("đến nay"); the earlier
# count "cách đây hơn 5 năm ... chỉ có 16 CLB" is a result of its own, year null as earlier sets'
# "cách đây hai năm". "gần hơn 2.000" reads as "gần" (~). "(1.096 nam, 875 nữ)": one indicator
# split by sex, scope the group as written (a population group, as set238's ethnic groups; a
# judgement). The districts' counts "Bảo Lâm 25 CLB, ... Đạ Huoai 4 CLB": one record each, place the
# district. "quy tụ được 35 thành viên": the members of one club (a standing body, as earlier
# sets' team members), a count. Not quantities: "hơn 5 năm", "hơn 2 năm" (durations), "24-75
# tuổi", "73 tuổi", "58 tuổi", "56 tuổi" (ages), "Liêng Trang 1" (a name), "bộ chiêng 6" (the
# kind of gong set, a name). Ids null.
# --------------------------------------------------------------------------
CLB = "CLB cồng chiêng các dân tộc toàn tỉnh"
D01 = dict(name="01_lamdong-clb-cong-chieng", kind="result", year=None, records=[
    C("chỉ có «16 CLB", "CLB cồng chiêng hoạt động phục vụ du khách dưới chân núi Lang Biang, toàn tỉnh (cách "
      "đây hơn 5 năm)", "=", 16),
    C("đã có «92 CLB", CLB, "=", 92),
    C("gần hơn «2.000 thành viên", "thành viên tham gia sinh hoạt CLB cồng chiêng", "~", 2000),
    C("(«1.096 nam", "thành viên tham gia sinh hoạt CLB cồng chiêng", "=", 1096, scope="nam"),
    C("«875 nữ", "thành viên tham gia sinh hoạt CLB cồng chiêng", "=", 875, scope="nữ"),
    C("Bảo Lâm «25 CLB", CLB, "=", 25, place="Bảo Lâm"),
    C("Di Linh «16 CLB", CLB, "=", 16, place="Di Linh"),
    C("Lạc Dương «15 CLB", CLB, "=", 15, place="Lạc Dương"),
    C("Đơn Dương «10 CLB", CLB, "=", 10, place="Đơn Dương"),
    C("Cát Tiên «6 CLB", CLB, "=", 6, place="Cát Tiên"),
    C("Đạ Tẻh «6 CLB", CLB, "=", 6, place="Đạ Tẻh"),
    C("Đức Trọng «5 CLB", CLB, "=", 5, place="Đức Trọng"),
    C("Lâm Hà «5 CLB", CLB, "=", 5, place="Lâm Hà"),
    C("Đạ Huoai «4 CLB", CLB, "=", 4, place="Đạ Huoai"),
    C("quy tụ được «35 thành viên", "thành viên CLB cồng chiêng thôn Liêng Trang 1, xã Đạ Tông", "=", 35),
])

# --------------------------------------------------------------------------
# 02 Thanh Hóa, the approved list of the ethnic minorities' prestigious persons for 2023-2027
# (tienphong.vn; nothing cut; the stamp " date 2022-12" written as the first line; the excerpt ends
# in "phát huy"). Results of the decision, year 2022 (the stamp; "giai đoạn 2023 – 2027" is the
# term, a date). "1.281 người có uy tín/1.281 thôn, bản, khu phố": one record, the second number
# the denominator (one person a village), as set193's "15/15". The communes and districts the list
# covers (183, 11, 6) are counts reached, each its own subject. "Trong đó, dân tộc Mường là 627
# người; ...": one indicator split by ethnic group, scope the group as written (set238's rule).
# Not quantities: "2023 – 2027" (dates). Ids null.
# --------------------------------------------------------------------------
UT = "người có uy tín trong đồng bào dân tộc thiểu số được phê duyệt"
D02 = dict(name="02_thanhhoa-nguoi-co-uy-tin-2022", kind="result", year=2022, records=[
    C("là «1.281 người", UT, "=", 1281),
    C("của «183 xã", "xã, thị trấn có người có uy tín được phê duyệt", "=", 183),
    C("thuộc «11 huyện", "huyện miền núi có người có uy tín được phê duyệt", "=", 11),
    C("và «6 huyện", "huyện, thị xã có xã, thôn miền núi có người có uy tín được phê duyệt", "=", 6),
    C("Mường là «627", UT, "=", 627, scope="dân tộc Mường"),
    C("Thái là «484", UT, "=", 484, scope="dân tộc Thái"),
    C("Dao là «13", UT, "=", 13, scope="dân tộc Dao"),
    C("Mông là «43", UT, "=", 43, scope="dân tộc Mông"),
    C("Kinh là «83", UT, "=", 83, scope="dân tộc Kinh"),
    C("Mú là «2 người", UT, "=", 2, scope="dân tộc Khơ Mú"),
    C("Thổ là «29", UT, "=", 29, scope="dân tộc Thổ"),
])

# --------------------------------------------------------------------------
# 03 Lào Cai, the provincial Ethnic Committee's review of 2024 (baolaocai.vn; nothing cut; no byline,
# no stamp; the excerpt ends in "thiểu số t"). Year 2024 ("trong năm 2024", "cuối năm 2024"). Results:
# "hơn 1.922 tỷ đồng" (>, money), the roads, grid and water shares ("ước đạt 95,2%" =, spec), the
# poor households (count). NOT: "giảm 6,19% so với năm 2023" (a result's change against an earlier
# value). Not quantities: "năm 2023", "năm 2024" (dates), "bão Yagi" (a name). Ids null.
# --------------------------------------------------------------------------
D03 = dict(name="03_laocai-cong-tac-dan-toc-2024", kind="result", year=2024, records=[
    R("là hơn «1.922 tỷ", "tổng vốn huy động thực hiện các chương trình vùng đồng bào dân tộc thiểu số", ">",
      1922e9, **DONG),
    R("2024, «100% đường", "đường từ trung tâm huyện đến trung tâm xã được rải nhựa hoặc bê tông xi măng", "=", 100),
    R("măng; «100% đường", "đường từ trung tâm xã xuống trung tâm thôn, bản được cứng hóa bằng bê tông xi măng",
      "=", 100),
    R("«99,87% thôn", "thôn, bản có điện lưới quốc gia", "=", 99.87),
    R("là «97,62%", "tỷ lệ hộ trong vùng đồng bào dân tộc thiểu số được sử dụng điện lưới quốc gia", "=", 97.62),
    R("ước đạt «95,2%", "tỷ lệ người dân tộc thiểu số được sử dụng nước sinh hoạt hợp vệ sinh", "=", 95.2),
    C("là «20.411 hộ", "tổng số hộ nghèo trên địa bàn tỉnh", "=", 20411),
], NOT=["giảm «6,19%"])

# --------------------------------------------------------------------------
# 04 Hòa Bình, Lạc Sơn district's 2024 budget for Project 6, the ethnic minorities' traditional
# culture (baomoi.net.vn; cut: the photo caption "Các nghệ nhân thực nghiệm đánh mảng ... do huyện
# Lạc Sơn tổ chức." twice, each with its blank line; no byline, no stamp; the excerpt ends in
# "truy"). Year 2024 ("năm 2024"). Results: the funds allotted (money, =; the title's "3,6 tỷ đồng"
# and the body's are two statements, two records, as earlier sets' title and lead), the 50 villages
# equipped and the 3 events organised (counts). Not quantities: "Dự án 6" (a name). Ids null.
# --------------------------------------------------------------------------
D04 = dict(name="04_hoabinh-lacson-du-an-6-2024", kind="result", year=2024, records=[
    R("«3,6 tỷ đồng hỗ trợ", "kinh phí hỗ trợ bảo tồn giá trị văn hóa truyền thống các dân tộc thiểu số huyện Lạc Sơn",
      "=", 3.6e9, **DONG),
    R("tổng kinh phí «3,6 tỷ", "tổng kinh phí từ dự án bảo tồn, phát huy giá trị văn hóa truyền thống", "=", 3.6e9,
      **DONG),
    R("hỗ trợ «1,5 tỷ", "kinh phí hỗ trợ đầu tư mua sắm trang thiết bị nhà văn hóa thôn, xóm", "=", 1.5e9, **DONG),
    C("của «50 thôn", "thôn, xóm vùng đồng bào dân tộc thiểu số được hỗ trợ trang thiết bị nhà văn hóa", "=", 50),
    R("«600 triệu", "kinh phí tổ chức hoạt động văn hóa, văn nghệ, thể dục, thể thao", "=", 600e6, **DONG),
    C("tổ chức «3 hoạt động", "hoạt động văn hóa, văn nghệ, thể dục, thể thao được tổ chức", "=", 3),
    R("«1,5 tỷ đồng được", "kinh phí khảo sát, kiểm kê, sưu tầm, tư liệu hóa di sản; bảo tồn lễ hội", "=", 1.5e9,
      **DONG),
])

# --------------------------------------------------------------------------
# 05 Bình Phước, the religions of the province (danvanbinhphuoc.vn, a listing page; cut: the byline
# "- 10/05/2022 09:09:00 AM", written as the first line `date 2022-05-10`, and the view counter "-
# Đã xem: 1264"). Year 2022 (the byline). Results: the religions, believers, dignitaries, office
# holders and places of worship, each its own subject (the theme's own statistics, read as results;
# a judgement, unlike a village's size given as background). Not quantities: "04/2014/TTLT-
# BVHTTDL-BNV", "30 tháng 5 năm 2014" (a document and its date). Ids null.
# --------------------------------------------------------------------------
D05 = dict(name="05_binhphuoc-ton-giao-2022", kind="result", year=2022, records=[
    C("có «09 tôn giáo", "tôn giáo đang hoạt động trên địa bàn tỉnh", "=", 9),
    C("với «243.855 tín đồ", "tín đồ các tôn giáo", "=", 243855),
    C("«367 chức sắc", "chức sắc các tôn giáo", "=", 367),
    C("«2.177 chức việc", "chức việc các tôn giáo", "=", 2177),
    C("«366 cơ sở", "cơ sở tôn giáo", "=", 366),
])

# --------------------------------------------------------------------------
# 06 An Giang, the Khmer-script classes in the Theravada pagodas (baoangiang.com.vn; cut: the photo
# caption "Lớp học chữ Khmer tại chùa Prey Veng xã Tri Tôn"; no byline, no stamp; the excerpt ends in
# "sự ủng "). Year null (no year in the text; the communes "xã Tri Tôn", "xã Óc Eo" date it after
# mid-2025 but the text says no year). Results: the classes, teachers, the average class size
# ("Trung bình mỗi lớp có 24 học viên", as earlier sets' "trung bình mỗi ngày") and the yearly
# learners. Not quantities: "khóm 4" (an address), "20 năm" (a duration). Ids null.
# --------------------------------------------------------------------------
D06 = dict(name="06_angiang-lop-chu-khmer-chua", kind="result", year=None, records=[
    C("có «5 lớp", "lớp dạy chữ Khmer tại chùa Prey Veng", "=", 5),
    C("còn «8 giáo viên", "giáo viên dạy chữ Khmer tại chùa Prey Veng", "=", 8),
    C("có «24 học viên", "học viên trung bình mỗi lớp", "=", 24),
    C("có «200 thanh", "thanh thiếu nhi đến học chữ Khmer mỗi năm tại chùa Kal Pô Prưk", "=", 200),
])

# --------------------------------------------------------------------------
# 07 Cao Bằng, nine artisans made Meritorious Artisans (laodong.vn; cut: "MỚI NHẤT", "CƠ QUAN CỦA
# TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", the byline "An Trịnh LDO | 11/10/2022 16:28" (written as the
# first line `date 2022-10-11`), "Tin mới nhất", "Gợi ý dành cho bạn"; the photo caption "... là 1
# trong 9 Nghệ nhân Ưu tú ..." states a figure and stays). Year 2022. Results: the caption's, the
# title's and the lead's 9 (three statements, three records, as earlier sets' title and lead), the
# national 547 (place Việt Nam), "Cao Bằng có 9 người", the province's totals 1 and 23. Not
# quantities: "1 trong 9" ("1" is the person shown), "9 nghệ nhân được phong tặng gồm các ông bà:
# ..." (the lead of a list of names, as set193's "15 xã ... bao gồm"), "1021/QĐ-CTN", "9.9.2022".
# Ids null.
# --------------------------------------------------------------------------
NNUT = "nghệ nhân của tỉnh được Chủ tịch nước phong tặng danh hiệu Nghệ nhân Ưu tú"
D07 = dict(name="07_caobang-nghe-nhan-uu-tu-2022", kind="result", year=2022, records=[
    C("trong «9 Nghệ nhân", NNUT, "=", 9),
    C("Cao Bằng: «9 nghệ nhân", NNUT, "=", 9),
    C("«9 nghệ nhân của tỉnh", NNUT, "=", 9),
    C("cho «547 người", "người được phong tặng danh hiệu Nghệ nhân Ưu tú trong cả nước", "=", 547),
    C("Cao Bằng có «9 người", "người được công nhận Nghệ nhân Ưu tú", "=", 9),
    C("có «1 Nghệ nhân", "Nghệ nhân Nhân dân được phong tặng, toàn tỉnh", "=", 1),
    C("«23 Nghệ nhân", "Nghệ nhân Ưu tú được phong tặng, toàn tỉnh", "=", 23),
])

# --------------------------------------------------------------------------
# 08 Nghệ An, Kỳ Sơn district's support to a Khơ Mú traditional performing team (kyson.nghean.gov.vn;
# cut: the date line "20/06/2024", written as the first line `date 2024-06-20`; the three-line
# caption-like sentence "Trang phục truyền thống ... biểu\ndiễn" stays, as a sentence of the body).
# Year 2024. Results: the team supported (twice stated, two records), the costumes, shoes and sound
# set (counts, each its own subject). Ids null.
# --------------------------------------------------------------------------
D08 = dict(name="08_nghean-kyson-doi-van-nghe-kho-mu-2024", kind="result", year=2024, records=[
    C("cho «01 đội văn nghệ truyền", "đội văn nghệ truyền thống dân tộc Khơ Mú được hỗ trợ hoạt động", "=", 1),
    C("cho «01 đội văn nghệ\n", "đội văn nghệ truyền thống dân tộc Khơ Mú được hỗ trợ", "=", 1),
    C("«10 bộ Bộ", "bộ trang phục nữ truyền thống đồng bào Khơ Mú được hỗ trợ", "=", 10),
    C("«10 Bộ trang", "bộ trang phục nam truyền thống đồng bào Khơ Mú được hỗ trợ", "=", 10),
    C("«20 đôi", "đôi dày múa được hỗ trợ", "=", 20),
    C("«1 Bộ thiết bị", "bộ thiết bị âm thanh loa kéo di động được hỗ trợ", "=", 1),
])

# --------------------------------------------------------------------------
# 09 Nghệ An, the Catholic parishes (e.baonghean.vn; nothing cut; no byline, no stamp). Year null.
# Results: parishes, the communes they stand in (the denominator "/480" is no quantity), the
# districts, "khoảng 280.000 tín đồ" (~). Ids null.
# --------------------------------------------------------------------------
D09 = dict(name="09_nghean-co-so-cong-giao", kind="result", year=None, records=[
    C("có «356 cơ sở", "cơ sở xứ, họ đạo Công giáo", "=", 356),
    C("ở «174/480", "xã, phường, thị trấn có cơ sở xứ, họ đạo Công giáo", "=", 174),
    C("; «16 huyện", "huyện, thành, thị có tổ chức cơ sở tôn giáo", "=", 16),
    C("khoảng «280.000", "tín đồ Công giáo", "~", 280000),
])

# --------------------------------------------------------------------------
# 10 Bắc Kạn, Chợ Đồn district's classes of old Then and lượn songs (baobackan.vn; cut: the captions
# "Lớp học Then cổ", "Học viên học hát các bài Then cổ.", the byline "Thu Trang", "Xem thêm"). Year
# null (no date). Results: the learners, then the two classes' learners (each its own subject).
# --------------------------------------------------------------------------
D10 = dict(name="10_backan-chodon-lop-hat-then", kind="result", year=None, records=[
    C("cho «73 học viên", "học viên lớp truyền dạy hát Then cổ, lượn Cọi, lượn Phong slư", "=", 73),
    C("có «43 học viên", "học viên lớp Then cổ", "=", 43),
    C("có «30 học viên", "học viên lớp lượn Cọi, lượn Phong slư", "=", 30),
])

# --------------------------------------------------------------------------
# 11 The ministry's plan of folk-culture clubs in minority villages for November 2022, reported by
# Đắk Nông's paper (baodaknong.org.vn; cut: the update line "Cập nhật ngày: 19/10/2022 | 08:53 GMT+7",
# written as the first line `date 2022-10-19`, and the caption "Ảnh minh họa"; the excerpt ends in
# "tại các"). Targets of 2022 ("trong tháng 11/2022", "năm 2022"): each club to be built "với sự
# tham gia của 05 nghệ nhân ... và 45 hội viên": the members of a standing club (as earlier sets'
# team members), not the participants of an event; bare numbers in a plan, `>=` (spec). Place: the
# province each club stands in (not the paper's Đắk Nông). Not quantities: "2558/QĐ-BVHTTDL",
# "11/2022", the villages' numbers "(Khu) 1, 4, 5, 6, 8" and "1, 2, 4, 5, 6, 8" (names). Ids null.
# --------------------------------------------------------------------------
NN = "nghệ nhân, già làng, trưởng bản, người có uy tín tham gia câu lạc bộ sinh hoạt văn hóa dân gian"
D11 = dict(name="11_daknong-clb-van-hoa-dan-gian-2022", kind="target", year=2022, records=[
    CT("của «05 nghệ nhân", NN + " dân tộc Ba Na", ">=", 5, place="Kon Tum"),
    CT("và «45 hội viên dân tộc Ba Na", "hội viên dân tộc Ba Na câu lạc bộ sinh hoạt văn hóa dân gian", ">=", 45,
       place="Kon Tum"),
    CT("của «5 nghệ nhân", NN + " đàn, hát dân ca dân tộc Tày, Nùng", ">=", 5, place="Lạng Sơn"),
    CT("và «45 hội viên dân tộc Tày", "hội viên dân tộc Tày, Nùng câu lạc bộ đàn, hát dân ca", ">=", 45,
       place="Lạng Sơn"),
    CT("của «10 nghệ nhân", NN + " dân tộc Ê Đê", ">=", 10, place="Phú Yên"),
    CT("và «40 hội viên", "hội viên dân tộc Ê Đê câu lạc bộ văn hóa dân gian", ">=", 40, place="Phú Yên"),
])

# --------------------------------------------------------------------------
# 12 Ninh Thuận, the Katê festival of 2024 (vietbao.vn; nothing cut; no byline, no stamp; the excerpt
# ends in "các thiếu "). A precision text, no record: "Mùng 1 tháng 7", "2/10/2024" (dates), "ba
# ngày" (a duration), "khoảng 7km" (the tower's distance from the city, a size, no indicator).
# Year 2024 ("Ngày 2/10/2024").
# --------------------------------------------------------------------------
D12 = dict(name="12_ninhthuan-le-hoi-kate-2024-precision", kind="result", year=2024, records=[])

# --------------------------------------------------------------------------
# 13 Lào Cai, Bắc Hà district's class of Then singing (baomoi.zadn.vn; cut: the photo captions "Buổi
# học hát Then, đàn tính đầu tiên sau khai giảng." and "Nghệ nhân Ưu tú Lâm Quang Cửa hướng dẫn
# học viên đánh đàn tính.", each twice, with their blank lines). Year 2022 ("năm 2022"). Results: the
# title's and the body's 20 learners (two records). Target: "dự án sẽ hỗ trợ kinh phí mở lớp ban đầu
# (khoảng 30 triệu đồng)" (the support to come, ~). Not quantities: "13/12", "13 - 16/12" (dates),
# "4 ngày", "1 tháng" (durations), "Tiểu dự án 2, Dự án 6" (names). Ids null.
# --------------------------------------------------------------------------
D13 = dict(name="13_laocai-bacha-lop-hat-then-2022", kind="result", year=2022, records=[
    C("Bắc Hà: «20 học viên", "học viên tham gia lớp truyền dạy nghệ thuật hát Then, đàn tính của dân tộc Tày", "=",
      20),
    C("có «20 học viên", "học viên tham gia lớp học hát Then và đàn tính", "=", 20),
    R("(khoảng «30 triệu", "kinh phí hỗ trợ mở lớp ban đầu", "~", 30e6, **DONG, **T),
])

# --------------------------------------------------------------------------
# 14 Yên Bái, the province's amateur performing teams (yenbai.gov.vn; nothing cut: the photo caption
# "Màn trình diễn Khèn Mông của gần 2.000 diễn viên ..." states a figure and stays; no byline, no
# stamp; the excerpt ends in "chủ độ"). A precision text, one record: "trên 1.500 đội văn nghệ, câu
# lạc bộ văn nghệ quần chúng" (>, count). Year null. Not quantities: "gần 2.000 diễn viên" (the
# performers of one show, the participants of an event, spec), "33-NQ/TW", "23-NQ/TW", "16/6/2006",
# "năm 2030" (documents and dates), "khóa XI" (a name).
# --------------------------------------------------------------------------
D14 = dict(name="14_yenbai-van-nghe-quan-chung-precision", kind="result", year=None, records=[
    C("trên «1.500 đội", "đội văn nghệ, câu lạc bộ văn nghệ quần chúng toàn tỉnh", ">", 1500),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
