#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set316).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string; `line=True` keeps the
clause to its line, for the table of 03).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); this set needs none.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
No record of this set measures a catalogue indicator: every id is null (`iid` left out).

The theme is the elderly and people with disabilities: no text names a digital-transformation
pillar, so every pillar is null.

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
C = functools.partial(R, unit="count")          # a count result or target
M = functools.partial(R, unit="other", unit_text="đồng")  # an amount of money
TAB = functools.partial(R, line=True, kind="target")       # a cell of 03's table of targets

# --------------------------------------------------------------------------
# 01 Lạng Sơn, Tràng Định district: the elderly association's review of 2020 (30/12/2020)
# (trangdinh.langson.gov.vn, a print page; cut: the photo caption "Quang cảnh Hội nghị" with the
# blank line after it; no byline, no stamp; the excerpt ends in "để từ"). Results of "Năm 2020"
# (year 2020). "6 nghìn 870 hội viên" (=, 6870: the number written with its thousands as a word,
# the units after it; the members the association has gathered, as earlier sets record members
# admitted or gathered), "mừng thọ cho 934 cụ với số tiền hơn 368 triệu đồng" (two records: the
# count, then the money `>`), "hơn 3 nghìn 200 người cao tuổi được khám sức khỏe định kỳ" (>,
# 3200), "trên 7 nghìn 500 cụ được cấp thẻ BHYT" (>, 7500), the fund "được trên 67 triệu đồng"
# (>). Not quantities: "22 xã, thị trấn" (twice: the district's make-up), "227 chi hội" (the
# association's make-up, as set162's "39 tổ chức đảng"), "30/12/2020", "năm 2020", "năm 2021"
# (dates). Pillar null; ids null.
# --------------------------------------------------------------------------
D01 = dict(name="01_langson-trangdinh-hoi-nct-tong-ket-2020", kind="result", year=2020, records=[
    C("có «6 nghìn 870 hội viên", "hội viên Hội người cao tuổi toàn huyện đang sinh hoạt", "=", 6870),
    C("cho «934 cụ", "cụ được Hội người cao tuổi các xã, thị trấn tổ chức mừng thọ", "=", 934),
    M("tiền hơn «368 triệu", "số tiền mừng thọ người cao tuổi", ">", 368e6),
    C("có hơn «3 nghìn 200", "người cao tuổi được khám sức khỏe định kỳ", ">", 3200),
    C("trên «7 nghìn 500 cụ", "cụ được cấp thẻ BHYT", ">", 7500),
    M("được trên «67 triệu", "Quỹ toàn dân chăm sóc và phát huy Người cao tuổi xây dựng được trong năm", ">",
      67e6),
])

# --------------------------------------------------------------------------
# 02 Ninh Bình, Plan 22/KH-UBND of 05/02/2021 carrying out the programme of health care for the
# elderly to 2030 (thuvienphapluat.vn; nothing cut; the excerpt ends in "bệnh phổi tắ"). Targets
# under "2. Mục tiêu cụ thể", each with its own year: "100% cấp ủy Đảng, chính quyền các cấp ban
# hành nghị quyết ... vào năm 2025 và duy trì đến năm 2030" (one record, 2025: "duy trì" repeats
# no number), "75% người cao tuổi ... được cung cấp thông tin ... vào năm 2025 và đạt 85% vào năm
# 2030" (two records), "Người cao tuổi được khám bệnh định kỳ ít nhất một lần/năm đạt 70% và được
# lập hồ sơ theo dõi quản lý sức khoẻ đạt 95% năm 2025; 100% năm 2030" (three records: 70% and 95%
# for 2025, the year closing their clause; 100% for 2030). A target's "đạt" and bare numbers:
# `>=`. Not quantities: "22/KH-UBND", "1579/QĐ-TTg" (documents), "05 tháng 02 năm 2021",
# "13/10/2020", "năm 2030" (dates), "60 tuổi" (the definition of the elderly), "một lần/năm" (a
# frequency in the subject, written as a word). Year of the document 2021 (no record takes it).
# Pillar null; ids null (the catalogue's health records are electronic ones).
# --------------------------------------------------------------------------
D02 = dict(name="02_ninhbinh-ke-hoach-cssk-nguoi-cao-tuoi-2030", kind="target", year=2021, records=[
    R("a) «100% cấp ủy", "cấp ủy Đảng, chính quyền các cấp ban hành nghị quyết, kế hoạch, đầu tư ngân sách cho "
      "chăm sóc sức khỏe người cao tuổi", ">=", 100, year=2025),
    R("b) «75% người", "người cao tuổi hoặc người thân trực tiếp chăm sóc người cao tuổi được cung cấp thông tin "
      "về già hóa dân số, quyền được chăm sóc sức khỏe của người cao tuổi", ">=", 75, year=2025),
    R("đạt «85% vào", "người cao tuổi hoặc người thân trực tiếp chăm sóc người cao tuổi được cung cấp thông tin "
      "về già hóa dân số, quyền được chăm sóc sức khỏe của người cao tuổi", ">=", 85, year=2030),
    R("đạt «70% và", "Người cao tuổi được khám bệnh định kỳ ít nhất một lần/năm", ">=", 70, year=2025),
    R("đạt «95% năm", "Người cao tuổi được lập hồ sơ theo dõi quản lý sức khoẻ", ">=", 95, year=2025),
    R("; «100% năm 2030", "Người cao tuổi được lập hồ sơ theo dõi quản lý sức khoẻ", ">=", 100, year=2030),
])

# --------------------------------------------------------------------------
# 03 Nghệ An, Plan 151/KH-UBND of 25/3/2021 carrying out the programme of help for people with
# disabilities 2021-2030 (ls1.hethongphapluat.com; cut: the site's name "Hệ thống pháp luật" and
# its two loading notices "Đang tải nội dung, vui lòng chờ giây lát..."; the excerpt ends inside
# the table's fourth row, "Tỷ lệ trẻ em"). The table of "2. Mục tiêu cụ thể" with columns "Nội
# dung chỉ tiêu | Đơn vị tính | Giai đoạn 2021 - 2025 | Giai đoạn 2026 - 2030", one cell a line:
# two targets a row (bare numbers, `>=`), years 2025 and 2030 (each period's end). Rows 1-2 in
# "%" (the unit column), row 3 in "Người" (count). Each record's clause is its cell's line
# (`line=True`). Not quantities: the row numbers "1".."4", "6 tuổi" (part of the subject),
# "151/KH-UBND", "1190/QĐ-TTg" (documents), "25 tháng 3 năm 2021", "05/8/2020" (dates), the
# periods in the header. Pillar null; ids null.
# --------------------------------------------------------------------------
NKT_YT = "Tỷ lệ người khuyết tật tiếp cận các dịch vụ y tế dưới các hình thức khác nhau"
NKT_SL = ("Tỷ lệ trẻ sơ sinh đến 6 tuổi được sàng lọc phát hiện sớm khuyết tật bẩm sinh, rối loạn phát triển "
          "và được can thiệp sớm các dạng khuyết tật")
NKT_PT = "Số người khuyết tật được phẫu thuật chỉnh hình, phục hồi chức năng và cung cấp dụng cụ trợ giúp"
D03 = dict(name="03_nghean-ke-hoach-tro-giup-nguoi-khuyet-tat-2030", kind="target", year=2021, records=[
    TAB("nhau.\n\n%\n\n«80\n", NKT_YT, ">=", 80, year=2025),
    TAB("%\n\n80\n\n«90\n", NKT_YT, ">=", 90, year=2030),
    TAB("khuyết tật.\n\n%\n\n«70\n", NKT_SL, ">=", 70, year=2025),
    TAB("%\n\n70\n\n«80\n", NKT_SL, ">=", 80, year=2030),
    TAB("Người\n\n«1.000\n", NKT_PT, ">=", 1000, unit="count", year=2025),
    TAB("1.000\n\n«1.500\n", NKT_PT, ">=", 1500, unit="count", year=2030),
])

# --------------------------------------------------------------------------
# 04 Đồng Tháp, Tam Nông district: the elderly association's review of the term 2016-2021
# (02/12/2021) and its targets to 2026 (tamnong.dongthap.gov.vn; cut: the portlet label "Xuất bản
# thông tin", the portlet's title line "null Tổng kết 05 năm ...", the breadcrumb "Trang chủ Tin
# tức", each with the blank line after it; the excerpt ends in "cán b"). Results of the term, year
# 2021 (the term's end, the review's year): "tổng số người cao tuổi từ 60 đến 79 tuổi được nhận
# bảo trợ xã hội là 666 cụ, từ 80 tuổi trở lên là 1.666 cụ" (two records: one count split by age
# group, scopes as written, as earlier sets split a count by population group), "tặng quà cho hơn
# 3,2 ngàn người cao tuổi, với tổng số tiền hơn 01 tỷ đồng" (>, 3200; >, 1e9 đồng). Targets
# "định hướng hoạt động đến năm 2026 với một số chỉ tiêu cơ bản": year 2026, "tập hợp từ 85 - 90%
# trở lên người cao tuổi vào Hội" (between 85-90: a range stated once; "trở lên" after the
# range's high end leaves it a range, a judgement), "trên 90% cán b[ộ]" (>, the subject cut by
# the excerpt). Not quantities: "05 năm" (the period reviewed), "nhiệm kỳ 2016 - 2021",
# "02/12/2021" (dates), "Covid-19" (a name). Pillar null; ids null.
# --------------------------------------------------------------------------
D04 = dict(name="04_dongthap-tamnong-hoi-nct-nhiem-ky-2021", kind="result", year=2021, records=[
    C("là «666 cụ", "người cao tuổi được nhận bảo trợ xã hội", "=", 666, scope="từ 60 đến 79 tuổi"),
    C("là «1.666 cụ", "người cao tuổi được nhận bảo trợ xã hội", "=", 1666, scope="từ 80 tuổi trở lên"),
    C("hơn «3,2 ngàn", "người cao tuổi được thăm hỏi và tặng quà", ">", 3200),
    M("hơn «01 tỷ", "tổng số tiền thăm hỏi, tặng quà người cao tuổi", ">", 1e9),
    R("từ «85 - 90%", "tập hợp người cao tuổi vào Hội", "between", 85, value_max=90, **T, year=2026),
    R("trên «90% cán", "cán b", ">", 90, **T, year=2026),
])

# --------------------------------------------------------------------------
# 05 Tuyên Quang, Hàm Yên district, Đức Ninh commune: the elderly association's congress of
# 15/3/2021 for the term 2021-2026 (hamyen.org.vn; cut: the photo caption "Phó Chủ tịch UBND
# huyện Ma Phúc Dự tặng lẵng hoa, chúc mừng Đại hội." with the blank line after it; no byline,
# no stamp; the excerpt ends in "các qu"). Results of the term, year 2021: "toàn hội có 1.003 hội
# viên" (=), "Thu hút 95% người trên 60 tuổi tham gia vào tổ chức" (=), "100% hội viên người cao
# tuổi chấp hành tốt chủ trương, chính sách" (=). Not quantities: "tăng 275 hội viên so với đầu
# nhiệm kỳ" (a result's change, spec), "từ 25 chi hội còn 17 chi hội" (the association's
# make-up before and after a merger, as 01's "227 chi hội"), "5 năm qua" (a period), "60 tuổi"
# (part of the subject), "15/3/2021", the terms (dates), "lần thứ VI" (no digits). Pillar null;
# ids null.
# --------------------------------------------------------------------------
D05 = dict(name="05_tuyenquang-hamyen-ducninh-dai-hoi-nct-2021", kind="result", year=2021, records=[
    C("có «1.003 hội viên", "hội viên Hội Người cao tuổi xã", "=", 1003),
    R("Thu hút «95%", "người trên 60 tuổi tham gia vào tổ chức Hội Người cao tuổi", "=", 95),
    R("«100% hội viên", "hội viên người cao tuổi chấp hành tốt chủ trương, chính sách của Đảng và Nhà nước", "=",
      100),
])

# --------------------------------------------------------------------------
# 06 Đồng Nai, the provincial population office's care for the elderly in 2022: club meetings and
# health checks (baodongnai.com.vn; cut: the byline "Tường Vi" and the page's three infographic
# links after it with their blank lines; no stamp; the page repeats its first paragraph, kept as
# returned). Results of "năm 2022" (year 2022). The repeated paragraph states "hơn 500 buổi hoạt
# động sinh hoạt CLB người cao tuổi" and "cho hơn 13 ngàn NCT" twice: each statement recorded (as
# earlier sets record a value stated twice). "tại 170 phường, xã, thị trấn" (=: the places the
# campaign reached, as earlier sets' "tại 8 buôn"), "hơn cho 16,3 ngàn NCT được khám sức khỏe"
# (>, 16300), "gần 7,6 ngàn NCT được siêu âm" (~), "hơn 7,5 ngàn NCT được đo điện tim" (>).
# Pillar null; ids null.
# --------------------------------------------------------------------------
CLB = "buổi hoạt động sinh hoạt CLB người cao tuổi (NCT) Chi cục Dân số - kế hoạch hóa gia đình tỉnh tổ chức"
CLB_NCT = "NCT trên địa bàn tỉnh được tổ chức sinh hoạt CLB người cao tuổi"
D06 = dict(name="06_dongnai-kham-suc-khoe-nguoi-cao-tuoi-2022", kind="result", year=2022, records=[
    C("tỉnh đã tổ chức hơn «500 buổi hoạt động sinh hoạt CLB người cao tuổi (NCT) cho hơn 13 ngàn NCT trên địa "
      "bàn tỉnh với các nội dung: tâm sinh lý, chăm sóc sức khỏe NCT; phổ biến kiến thức về rèn luyện thân thể, "
      "tăng cường sức khỏe và phòng, chống bệnh, đặc biệt là các bệnh thường gặp ở NCT.\nTrong", CLB, ">", 500),
    C("cho hơn «13 ngàn NCT trên địa bàn tỉnh với các nội dung: tâm sinh lý, chăm sóc sức khỏe NCT; phổ biến "
      "kiến thức về rèn luyện thân thể, tăng cường sức khỏe và phòng, chống bệnh, đặc biệt là các bệnh thường gặp "
      "ở NCT.\nTrong", CLB_NCT, ">", 13000),
    C("NCT.\nTrong năm 2022, Chi cục Dân số - kế hoạch hóa gia đình tỉnh đã tổ chức hơn «500 buổi", CLB, ">", 500),
    C("NCT.\nTrong năm 2022, Chi cục Dân số - kế hoạch hóa gia đình tỉnh đã tổ chức hơn 500 buổi hoạt động sinh "
      "hoạt CLB người cao tuổi (NCT) cho hơn «13 ngàn", CLB_NCT, ">", 13000),
    C("tại «170 phường", "phường, xã, thị trấn được tổ chức chiến dịch truyền thông lồng ghép cung cấp dịch vụ "
      "khám sức khỏe, sàng lọc bệnh cho NCT", "=", 170),
    C("cho «16,3 ngàn", "NCT được khám sức khỏe", ">", 16300),
    C("gần «7,6 ngàn", "NCT được siêu âm", "~", 7600),
    C("hơn «7,5 ngàn", "NCT được đo điện tim", ">", 7500),
])

# --------------------------------------------------------------------------
# 07 Thừa Thiên Huế (now the city of Huế), the congress of Huế city's association of people with
# disabilities for the term 2023-2028 (huecity.gov.vn; cut: the byline "23/10/2023 10:57:55 SA",
# written as the first line `date 2023-10-23`, and the widgets "Xem cỡ chữ:" and "Đọc bài
# viết:"; the excerpt ends in "Người khuyết tậ"). "hơn 8.000 hội viên khuyết tật trong toàn thành
# phố" (>, year 2023: the members now, as 01's and 05's members). Results of "Nhiệm kỳ
# 2016-2022", year 2022 (the term's end): "mỗi năm mở 2 lớp (mỗi lớp 50 người) tập huấn" (two
# counts: the classes a year, the people a class; the bracket states a value, spec), "hỗ trợ 354
# suất quà với tổng số tiền 96 triệu đồng" (count, money), "làm kinh tế cho 9 hội viên" (=),
# "với số tiền 205 triệu đồng" (=). Not quantities: "91 đại biểu" (the congress's participants,
# spec), "BCH khóa II gồm 11 ông, bà" (the committee's make-up, as set162's "24 đồng chí"),
# "23/10/2023", "2023-2028", "2016-2022" (dates), "lần thứ II", "khóa I", "khóa II" (no digits).
# Pillar null; ids null.
# --------------------------------------------------------------------------
D07 = dict(name="07_hue-dai-hoi-hoi-nguoi-khuyet-tat-2023", kind="result", year=2022, records=[
    C("cho hơn «8.000 hội viên", "hội viên khuyết tật trong toàn thành phố", ">", 8000, year=2023),
    C("mở «2 lớp", "lớp tập huấn về luật người khuyết tật và công ước quốc tế về người khuyết tật mở mỗi năm", "=",
      2),
    C("mỗi lớp «50 người", "người mỗi lớp tập huấn về luật người khuyết tật", "=", 50),
    C("hỗ trợ «354 suất", "suất quà vận động hỗ trợ người khuyết tật", "=", 354),
    M("tiền «96 triệu", "tổng số tiền suất quà vận động hỗ trợ", "=", 96e6),
    C("cho «9 hội viên", "hội viên được tổ chức làm kinh tế", "=", 9),
    M("tiền «205 triệu", "số tiền cho vay vốn phát triển kinh tế, cải tạo công trình phục vụ người khuyết tật",
      "=", 205e6),
])

# --------------------------------------------------------------------------
# 08 Nam Định (now Ninh Bình), Giao Thủy district, Giao Tiến commune: the longevity gifts of 2024
# (giaotien.namdinh.gov.vn; cut: the view counter "Lượt xem: 83", the image placeholders "anh tin
# bai" (eight) and "anh", the lines of one space, the byline "Lê Thị Diệu- Công chức VHTT-TDTT",
# with the blank lines that went with them). Year 2024 ("năm 2024"). "trao quà mừng thọ cho 434
# cụ" (=) and its breakdown "Trong đó tuổi 100 và trên 100 có15 cụ; Tuổi 95 có 13 cụ; ...; Tuổi
# 70 có 169 cụ" (seven records: one count split by age group, scopes as written, as 04; "có15"
# is written without a space). Not quantities: the ages (the scopes). Pillar null; ids null.
# --------------------------------------------------------------------------
MT = "cụ niên cao tuổi tròn được trao quà mừng thọ"
D08 = dict(name="08_namdinh-giaotien-mung-tho-2024", kind="result", year=2024, records=[
    C("cho «434 cụ", MT, "=", 434),
    C("có«15 cụ", MT, "=", 15, scope="tuổi 100 và trên 100"),
    C("có «13 cụ", MT, "=", 13, scope="Tuổi 95"),
    C("có «31 cụ", MT, "=", 31, scope="Tuổi 90"),
    C("có «57 cụ", MT, "=", 57, scope="Tuổi 85"),
    C("có «37 cụ", MT, "=", 37, scope="Tuổi 80"),
    C("có «112 cụ", MT, "=", 112, scope="Tuổi 75"),
    C("có «169 cụ", MT, "=", 169, scope="Tuổi 70"),
])

# --------------------------------------------------------------------------
# 09 Hà Nội, Tây Hồ district: five years of the intergenerational self-help clubs (nguoihanoi.vn;
# nothing cut; no byline, no stamp; the excerpt ends in "Mỗi"). Results "Tính đến hết quý
# I/2025" (year 2025): "toàn bộ 8 phường của quận Tây Hồ đã thành lập được CLB" (=, count), "với
# tổng cộng 509 thành viên" (=), "có 355 người từ 55 tuổi trở lên (chiếm hơn 69%)" (count, then
# the share `>`, scope null: the age group is the subject of one value, not a split), "Phụ nữ
# chiếm hơn 77% hội viên" (>). Not quantities: "5 năm" (a period), "Đề án 1336" (a name), "6 hợp
# phần" (the model's parts, as the spec's parts of an index), "quý I/2025" (a date), "55 tuổi".
# Pillar null; ids null.
# --------------------------------------------------------------------------
D09 = dict(name="09_hanoi-tayho-clb-lien-the-he-2025", kind="result", year=2025, records=[
    C("bộ «8 phường", "phường của quận Tây Hồ đã thành lập được CLB Liên thế hệ Tự giúp nhau", "=", 8),
    C("cộng «509 thành viên", "thành viên CLB Liên thế hệ Tự giúp nhau", "=", 509),
    C("có «355 người", "thành viên CLB từ 55 tuổi trở lên", "=", 355),
    R("chiếm hơn «69%", "thành viên CLB từ 55 tuổi trở lên", ">", 69),
    R("chiếm hơn «77%", "Phụ nữ trong hội viên CLB", ">", 77),
])

# --------------------------------------------------------------------------
# 10 Gia Lai, An Phú ward: the longevity celebration of December 2025 (baogialai.com.vn; the stamp
# " date 2025-12-27" written as the first line; cut: the photo caption "UBND phường An Phú trao
# bằng mừng thọ và quà cho các cụ. Ảnh: Minh Chí" with the blank line after it). Year 2025.
# Results: "trong tổng số 235 cụ người cao tuổi của địa phương được chúc thọ, mừng thọ trong đợt
# này" (=), "trao bằng mừng thọ, quà mừng thọ cho 71 cụ tròn 70 tuổi" (=), "Đối với 164 cụ còn
# lại ... UBND phường tiếp tục phối hợp ... tổ chức trao bằng, quà chúc thọ" (=: the rest of the
# round's 235, honoured at home in the same round; a result of the round, a judgement). Not
# quantities: the first "71 cụ tròn 70 tuổi tiêu biểu" (among those attending the ceremony: its
# participants, spec), the ages "70", "75, 80, 85, 95 và trên 100 tuổi". Pillar null; ids null.
# --------------------------------------------------------------------------
D10 = dict(name="10_gialai-anphu-chuc-tho-mung-tho-2025", kind="result", year=2025, records=[
    C("tổng số «235 cụ", "cụ người cao tuổi của địa phương được chúc thọ, mừng thọ trong đợt này", "=", 235),
    C("quà mừng thọ cho «71 cụ", "cụ tròn 70 tuổi được trao bằng mừng thọ, quà mừng thọ", "=", 71),
    C("với «164 cụ", "cụ còn lại ở các độ tuổi 75, 80, 85, 95 và trên 100 tuổi được trao bằng, quà chúc thọ, "
      "mừng thọ tại khu dân cư hoặc tại gia đình", "=", 164),
])

# --------------------------------------------------------------------------
# 11 Hà Nội, Trung Giã commune (merged in 2025 from Bắc Sơn, Hồng Kỳ, Nam Sơn): the first congress
# of the commune's association of people with disabilities, 20/3/2026 (donghanhviet.vn; cut: the
# photo caption "Bà Đinh Thị Quỳnh Nga – Đại diện Ban Chấp hành nhiệm kỳ I phát biểu tại Đại
# hội."; no byline, no stamp; the excerpt ends in "Hội đã kế"). Year 2026. Results: "đại diện
# cho 200 hội viên và người khuyết tật trên địa bàn xã" (=, as 07's "hơn 8.000 hội viên"), "Tổng
# số hội viên toàn Hội hiện là 156 người" (=). Not quantities: "75 đại biểu chính thức" (the
# congress's participants), "10 chi hội" (the association's make-up, as 01), "20/3/2026",
# "2026 – 2031" (dates), "COVID-19" (a name). Pillar null; ids null.
# --------------------------------------------------------------------------
D11 = dict(name="11_hanoi-trunggia-dai-hoi-hoi-nguoi-khuyet-tat-2026", kind="result", year=2026, records=[
    C("cho «200 hội viên", "hội viên và người khuyết tật trên địa bàn xã", "=", 200),
    C("là «156 người", "Tổng số hội viên Hội Người khuyết tật xã", "=", 156),
])

# --------------------------------------------------------------------------
# 12 Thành phố Hồ Chí Minh (formerly Bà Rịa - Vũng Tàu), Xuyên Mộc commune: health checks for the
# elderly, October 2025 (sggp.org.vn; the stamp " date 2025-10-23" written as the first line; cut:
# the photo caption "Người cao tuổi tại xã Xuyên Mộc được khám sàng lọc bệnh không lây nhiễm"
# with the blank line after it and the byline "KHÁNH CHI" with the blank line before it). Year
# 2025. Results: "khám sức khỏe, tầm soát bệnh không lây nhiễm cho hơn 300 người cao tuổi" (>),
# "100% kết quả khám được nhập đầy đủ, kịp thời trên hệ thống" (=). Target: "trên 95% người cao
# tuổi phát hiện bệnh lý sẽ được đưa vào chương trình quản lý, điều trị" ("sẽ": a plan, `>`,
# 2025). Not quantities: "22 đến 24-10" (dates), "năm 2025". Pillar null; ids null.
# --------------------------------------------------------------------------
D12 = dict(name="12_tphcm-xuyenmoc-kham-sang-loc-nct-2025", kind="result", year=2025, records=[
    C("cho hơn «300 người", "người cao tuổi được khám sức khỏe, tầm soát bệnh không lây nhiễm", ">", 300),
    R("lọc, «100% kết quả", "kết quả khám được nhập đầy đủ, kịp thời trên hệ thống Quản lý sức khỏe cộng đồng "
      "thành phố", "=", 100),
    R("trên «95% người", "người cao tuổi phát hiện bệnh lý được đưa vào chương trình quản lý, điều trị tại các cơ "
      "sở y tế", ">", 95, **T),
])

# --------------------------------------------------------------------------
# 13 Cần Thơ, Plan 202/KH-UBND of 18/12/2025 carrying out the national strategy on the elderly to
# 2035 (nhansu.vn, with the aggregator's table of the document's details; nothing cut; the excerpt
# ends in "giải pháp của C"). A precision text, no record: "202/KH-UBND", "383/QĐ-TTg",
# "2525/QĐ-BYT" (documents), "18/12/2025" (twice), "18 tháng 12 năm 2025", "21 tháng 02 năm
# 2025", "08 tháng 8 năm 2025", "năm 2035", "năm 2045" (dates and horizons), the list labels.
# --------------------------------------------------------------------------
D13 = dict(name="13_cantho-ke-hoach-chien-luoc-nct-2025-precision", kind="target", year=2025, records=[])

# --------------------------------------------------------------------------
# 14 Thái Nguyên, Plan 41/KH-UBND of 11/3/2022 carrying out the national action programme on the
# elderly to 2025 (thuvienphapluat.vn; nothing cut; the excerpt ends at the heading "III. MỤC
# TIÊU"). A precision text, no record: "41/KH-UBND", "2156/QĐ-TTg", "73/LĐTBXH-BTXH",
# "59/TTr-SLĐTBXH" (documents), "11 tháng 3 năm 2022", "21/12/2021" (twice), "10/01/2022",
# "27/01/2022", "năm 2025" (twice), "2021-2030", "2021-2025" (dates and periods), the list labels.
# --------------------------------------------------------------------------
D14 = dict(name="14_thainguyen-ke-hoach-nct-2025-precision", kind="target", year=2022, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
