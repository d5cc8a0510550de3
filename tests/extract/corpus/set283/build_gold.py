#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set283).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (goldkit.clause_span).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: a change against an earlier value);
check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
Every record of this set has null: the catalogue names no exam, admission or enrolment indicator.

The set's theme is school exams and enrolment: marks are unit other with unit_text "điểm" (MARK),
counts of pupils, candidates, prizes, classes, exam sites and rooms are unit count (N), places in a
ranking are unit rank (PLACE). Those three are functools.partial of goldkit.R, so the records name
only what differs.

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
from goldkit import R, T  # noqa: E402

N = functools.partial(R, unit="count")  # a count: pupils, candidates, prizes, classes, exam sites
MARK = functools.partial(R, unit="other", unit_text="điểm")  # an exam mark
PLACE = functools.partial(R, unit="rank")  # a place in a ranking


def quota(school, loc=None):
    """One school's grade-10 admission quota in 04 (a target count, bare: >=): `loc` is the piece
    of text before the number when the school's name alone is not unique there."""
    def rec(value):
        return N(f"{loc or school} «{value}", f"chỉ tiêu tuyển sinh lớp 10 {school}", ">=",
                 int(value))
    return rec


# --------------------------------------------------------------------------
# 01 Tuyên Quang, the 2023 upper-secondary graduation results (baomoi.com, from baotuyenquang.com.vn;
# cut: the byline "Tin, ảnh: Huy Hoàng" and the source line "Nguồn Tuyên Quang: http://..." with
# the blank line between them; no byline date, no stamp). Results, year 2023 (the title's and the
# text's "năm 2023"). The title and the body both state the pass rate 99,26%: two records (as
# set245's title and body). Marks (MARK): the province's average 6,559 and its place 21/63; the
# national average "(điểm trung bình toàn quốc là 6,557)" (a bracket that states a value: a
# record, no place: the country); the chemistry mark 7,25 and its place "xếp thứ 2 cả nước";
# the foreign-language mark 5,03. The schools' averages and places inside the province: the
# specialised school's 7,91 (stated twice, two records), "đứng thứ 2 ... đạt 7,60", "Các trường
# xếp thứ 3, 4 và 5 lần lượt là: ... 7,10 ...; ... 7,00 ... và ... 6,96" (three places, three
# marks; the school named in the indicator, not `place`: a school is not a province or commune).
# "có 29 điểm thi" (count: the exam sites the province set up, see README). Not quantities: "2
# ngày 28 và 29-6", "30-7" (dates and a duration), "/63" (the size of the ranking).
# --------------------------------------------------------------------------
D01 = dict(name="01_tuyenquang-tot-nghiep-thpt-2023", kind="result", year=2023, records=[
    R("Tuyên Quang đạt «99,26%\n", "Tỷ lệ tốt nghiệp THPT tỉnh Tuyên Quang", "=", 99.26),
    N("có «8.057 thí sinh", "thí sinh đủ điều kiện công nhận tốt nghiệp THPT", "=", 8057),
    N("tổng số «8.117 thí sinh", "thí sinh dự thi", "=", 8117),
    R("tốt nghiệp đạt «99,26%.", "tỷ lệ đỗ tốt nghiệp", "=", 99.26),
    MARK("năm nay với «7,91 điểm", "điểm trung bình tại kỳ thi của Trường THPT Chuyên Tuyên Quang", "=", 7.91),
    MARK("tốt nghiệp đạt «6,559 điểm", "điểm trung bình các môn thi tốt nghiệp", "=", 6.559),
    PLACE("xếp thứ «21/63", "điểm trung bình các môn thi tốt nghiệp xếp thứ tỉnh, thành phố trong cả nước",
          "=", 21),
    MARK("toàn quốc là «6,557", "điểm trung bình toàn quốc", "=", 6.557),
    PLACE("xếp thứ «2 cả nước", "điểm môn Hóa học xếp thứ cả nước", "=", 2),
    MARK("nước với «7,25 điểm", "điểm môn Hóa học", "=", 7.25),
    MARK("Ngoại ngữ với «5,03 điểm", "điểm môn Ngoại ngữ", "=", 5.03),
    MARK("các môn đạt «7,91 điểm", "điểm thi trung bình các môn của Trường THPT Chuyên Tuyên Quang", "=", 7.91),
    PLACE("đứng thứ «2 là", "Trường Phổ thông Dân tộc nội trú THPT tỉnh đứng thứ về kết quả thi", "=", 2),
    MARK("tỉnh đạt «7,60 điểm", "điểm thi trung bình Trường Phổ thông Dân tộc nội trú THPT tỉnh", "=", 7.60),
    PLACE("xếp thứ «3, 4 và 5", "Trường THPT Hàm Yên xếp thứ về kết quả thi", "=", 3),
    PLACE("xếp thứ 3, «4 và 5", "Trường THPT Na Hang xếp thứ về kết quả thi", "=", 4),
    PLACE("xếp thứ 3, 4 và «5", "Trường Phổ thông Dân tộc nội trú ATK Sơn Dương xếp thứ về kết quả thi", "=", 5),
    MARK("Hàm Yên đạt «7,10 điểm", "điểm thi trung bình Trường THPT Hàm Yên", "=", 7.10),
    MARK("Na Hang đạt «7,00 điểm", "điểm thi trung bình Trường THPT Na Hang", "=", 7.00),
    MARK("Sơn Dương đạt «6,96 điểm", "điểm thi trung bình Trường Phổ thông Dân tộc nội trú ATK Sơn Dương", "=",
         6.96),
    N("tỉnh có «29 điểm thi", "điểm thi đặt tại các trường THPT trên địa bàn", "=", 29),
])

# --------------------------------------------------------------------------
# 02 Thanh Hóa, the 2024 graduation exam: the number of perfect marks, the province's average and
# place, its candidates and staff (giadinh.suckhoedoisong.vn; nothing cut: the caption "Kỳ thi THPT
# 2024 Thanh Hóa có hơn 800 điểm 10, xếp thứ 2 cả nước." states figures and stays, two records;
# no byline, no stamp). Results, year 2024 ("kỳ thi tốt nghiệp THPT 2024"); the bracket "(năm 2023
# đứng thứ 21/63 ... với số điểm trung bình 6,47)": two results of 2023. "914 điểm 10" and the
# other provinces' "863 điểm 10" (place Hà Nội), "Xếp thứ 3 trong top 10 là Bắc Ninh với 445 điểm
# 10" (rank 3 and count 445, place Bắc Ninh): counts of perfect marks ("điểm 10" names the mark,
# not a quantity). The average "6,82" and "6,47": MARK (exam marks, see README). Counts: "khoảng
# 39.000 thí sinh đăng ký dự thi" (~), "gần 1.500 thí sinh tự do" (~), "KHTN là 9.508; KHXH
# 28.174", "huy động khoảng 7.000 người" (~; staff mobilised for the exam, as an earlier set's
# "huy động 131.552 điều tra viên"). Not quantities: "17/7" (a date), "top 10" (the size of the
# list the places are in), "tăng 3 bậc", "tăng 3 điểm thi, tăng 2.289 thí sinh ..., tăng 99 phòng
# thi" (changes against 2023, spec), "/63", "thứ hai" (a word: Hà Nội's place has no digit).
# --------------------------------------------------------------------------
D02 = dict(name="02_thanhhoa-diem-thi-tot-nghiep-2024", kind="result", year=2024, records=[
    N("Thanh Hóa có «914 điểm 10", "số điểm 10 tỉnh Thanh Hóa", "=", 914),
    N("Hà Nội («863 điểm 10", "số điểm 10 Hà Nội", "=", 863, place="Hà Nội"),
    PLACE("Xếp thứ «3 trong", "Bắc Ninh xếp thứ về số điểm 10", "=", 3, place="Bắc Ninh"),
    N("Bắc Ninh với «445 điểm 10", "số điểm 10 Bắc Ninh", "=", 445, place="Bắc Ninh"),
    N("có hơn «800 điểm 10", "số điểm 10 Thanh Hóa", ">", 800),
    PLACE("xếp thứ «2 cả nước", "Thanh Hóa xếp thứ cả nước về số điểm 10", "=", 2),
    MARK("Thanh Hóa là «6,82", "điểm thi trung bình của tỉnh Thanh Hóa", "=", 6.82),
    PLACE("đứng thứ «18/63", "điểm thi trung bình của tỉnh Thanh Hóa đứng thứ tỉnh, thành phố", "=", 18),
    PLACE("đứng thứ «21/63", "điểm trung bình tỉnh Thanh Hóa đứng thứ tỉnh, thành phố", "=", 21, year=2023),
    MARK("trung bình «6,47", "số điểm trung bình tỉnh Thanh Hóa", "=", 6.47, year=2023),
    N("khoảng «39.000 thí sinh", "thí sinh đăng ký dự thi tốt nghiệp THPT", "~", 39000),
    N("gần «1.500 thí sinh", "thí sinh tự do đăng ký dự thi", "~", 1500),
    N("KHTN là «9.508", "Thí sinh đăng ký bài thi KHTN", "=", 9508),
    N("KHXH «28.174", "Thí sinh đăng ký bài thi KHXH", "=", 28174),
    N("huy động khoảng «7.000 người", "người được huy động để đảm bảo kỳ thi diễn ra an toàn", "~", 7000),
])

# --------------------------------------------------------------------------
# 03 Gia Lai, the 2024 graduation results (baogialai.com.vn; the stamp " date 2024-07" written as
# the first line; nothing cut; the excerpt ends in "số thí sinh dự thi"). Results, year 2024. Counts
# of candidates: 15.249 registered, 15.238 eligible, of them 4.097 of ethnic minorities, 349
# exempt from the foreign-language paper and 19 exempt from every paper (each its own subject,
# scope null: a breakdown by kind of candidate). Rates: 98,8% overall; "hệ Giáo dục phổ thông đạt
# 99,54%; hệ Giáo dục thường xuyên đạt 85,8%; thí sinh tự do đạt 49,59%" (three records, scope
# null: kinds of programme and of candidate, as set245 reads school levels; see README). "20/50
# trường THPT đạt tỷ lệ 100% học sinh lớp 12 đậu tốt nghiệp": count 20 and the rate 100% they
# reached (as earlier sets' "241/241 ... đạt tỷ lệ 100%"); the Hà Huy Tập school's "toàn bộ 246
# học sinh lớp 12 ... vượt vũ môn" (count) and "tỷ lệ tốt nghiệp THPT 100%". NOT: "(tăng 1,02% so
# với kết quả chưa phúc khảo năm 2023)" (a change against an earlier value, spec). Not
# quantities: "tăng 10 trường so với năm 2023" (a change), "/50" (the denominator), "lớp 12".
# --------------------------------------------------------------------------
D03 = dict(name="03_gialai-ty-le-tot-nghiep-thpt-2024", kind="result", year=2024, records=[
    N("có «15.249 thí sinh", "thí sinh đăng kí dự thi", "=", 15249),
    N("dự thi là «15.238 em", "số thí sinh đủ điều kiện dự thi", "=", 15238),
    N("với «4.097 em", "thí sinh người dân tộc thiểu số", "=", 4097),
    N("«349 em được", "thí sinh được miễn thi môn Ngoại ngữ", "=", 349),
    N("và «19 thí sinh", "thí sinh được miễn thi tất cả các môn", "=", 19),
    R("của tỉnh đạt «98,8%", "tỷ lệ tốt nghiệp THPT của tỉnh", "=", 98.8),
    R("phổ thông đạt «99,54%", "tỷ lệ tốt nghiệp hệ Giáo dục phổ thông", "=", 99.54),
    R("thường xuyên đạt «85,8%", "tỷ lệ tốt nghiệp hệ Giáo dục thường xuyên", "=", 85.8),
    R("tự do đạt «49,59%", "tỷ lệ tốt nghiệp thí sinh tự do", "=", 49.59),
    N("có «20/50 trường", "trường THPT đạt tỷ lệ học sinh lớp 12 đậu tốt nghiệp", "=", 20),
    R("đạt tỷ lệ «100% học sinh", "tỷ lệ học sinh lớp 12 đậu tốt nghiệp của các trường THPT", "=", 100),
    N("toàn bộ «246 học sinh", "học sinh lớp 12 của Trường THPT Hà Huy Tập vượt vũ môn thành công", "=", 246),
    R("THPT «100%.", "tỷ lệ tốt nghiệp THPT Trường THPT Hà Huy Tập", "=", 100),
], NOT=["(tăng «1,02%"])

# --------------------------------------------------------------------------
# 04 Hải Phòng, the grade-10 admission quotas of the city's schools for the school year
# 2020-2021 (thanhtra.com.vn; cut: the byline "Kim Thành" with the blank line before it; no byline
# date, no stamp). Targets (a quota assigned by "Quyết định ... giao chỉ tiêu kế hoạch tuyển sinh
# lớp 10"), year 2020 (the intake of the school year 2020-2021, as set245 dated 2024-2025's quota
# 2024). Bare numbers: `>=` (spec's bare target; set245's quota). The public and non-public
# totals and their shares "(chiếm tỷ lệ 75%)", "(chiếm tỷ lệ 25%)" (four records); then each
# school's quota (13 public, 8 non-public), the school named in the indicator. Not quantities:
# "352/QĐ-SGDĐT-KHTC" (a document), "2020-2021" (a school year), "4 quận nội thành" (where the
# listed schools stand), "lớp 10" (a grade).
# --------------------------------------------------------------------------
D04 = dict(name="04_haiphong-chi-tieu-tuyen-sinh-lop-10-2020", kind="target", year=2020, records=[
    N("thành phố là «15.976 học sinh", "chỉ tiêu tuyển sinh lớp 10 trường công lập trên toàn thành phố", ">=",
      15976),
    R("(chiếm tỷ lệ «75%)", "chỉ tiêu tuyển sinh lớp 10 trường công lập tỷ lệ", ">=", 75),
    N("công lập là «5.325 học sinh", "số học sinh trường ngoài công lập", ">=", 5325),
    R("(chiếm tỷ lệ «25%)", "số học sinh trường ngoài công lập tỷ lệ", ">=", 25),
    quota("Trường THPT Chuyên Trần Phú", "Phú tuyển sinh là")("670"),
    quota("Trường THPT Thái Phiên")("540"),
    quota("Trường THPT Lê Quý Đôn")("495"),
    quota("Trường THPT Hải An")("450"),
    quota("Trường THPT Lê Hồng Phong")("360"),
    quota("Trường THPT Hồng Bàng")("405"),
    quota("Trường THPT Ngô Quyền")("540"),
    quota("Trường THPT Trần Nguyên Hãn")("495"),
    quota("Trường THPT Lê Chân")("315"),
    quota("Trường THPT Kiến An")("495"),
    quota("Trường THPT Kiến Thụy")("450"),
    quota("Trường THPT Nguyễn Đức Cảnh")("360"),
    quota("Trường THPT Vĩnh Bảo")("450"),
    quota("Trường THPT Thăng Long", "Thăng Long là")("360"),
    quota("THPT Hàng Hải")("315"),
    quota("THPT Marie Cuire")("315"),
    quota("THPT Anhxtanh")("360"),
    quota("THPT Lương Thế Vinh")("270"),
    quota("PT Herman Gmeiner")("180"),
    quota("THPT Hữu nghị Quốc tế")("135"),
    quota("Vinschool Imperia")("150"),
])

# --------------------------------------------------------------------------
# 05 TP.HCM, the grade-10 admission quota of the public schools for 2024 (vietbao.vn; the stamp
# " date 2024-05" written as the first line; nothing cut). Year 2024. "số học sinh lớp 9 dự kiến
# tốt nghiệp THCS là 114.601 em": a result (the department's count of the cohort, "dự kiến" read
# as the spec's "ước đạt": =). "giao chỉ tiêu tuyển sinh cho 115 trường THPT công lập là 71.820
# chỉ tiêu" and "Tổng chỉ tiêu ... chiếm 63% so với số lượng học sinh dự kiến tốt nghiệp THCS":
# targets (the quota and its share of the cohort; bare: >=; "so với số lượng" names the
# denominator of a share, spec). Not quantities: "17h ngày 12/5" (a time and date), "(tăng 2.602
# học sinh so với năm học trước)", "tăng 800 chỉ tiêu so với báo cáo trước đó" (changes), "115
# trường" (the schools the quota is shared among: the size of the group, as set193's "15 xã ...
# bao gồm"), "2 trường THCS - THPT Trần Đại Nghĩa và Phổ thông Năng khiếu" (a count of named
# schools in an explanation), "lớp 9", "lớp 10".
# --------------------------------------------------------------------------
D05 = dict(name="05_tphcm-chi-tieu-tuyen-sinh-lop-10-2024", kind="result", year=2024, records=[
    N("THCS là «114.601 em", "số học sinh lớp 9 dự kiến tốt nghiệp THCS", "=", 114601),
    N("công lập là «71.820 chỉ tiêu", "chỉ tiêu tuyển sinh trường THPT công lập", ">=", 71820, **T),
    R("chiếm «63% so", "Tổng chỉ tiêu tuyển sinh lớp 10 công lập so với số lượng học sinh dự kiến tốt nghiệp THCS",
      ">=", 63, **T),
])

# --------------------------------------------------------------------------
# 06 Nghệ An, the province's plan for grade 10 in 2020 (truyenhinhnghean.vn; cut: the reader-info
# widget lines "Thông tin bạn đọc" and "Đóng Lưu thông tin"; no byline, no stamp; the caption
# "Toàn tỉnh sẽ có trên 34.100 học sinh lớp 10 năm học 2020 - 2021. |" states a figure and stays).
# Targets ("Theo kế hoạch đã được UBND tỉnh phê duyệt, ... sẽ có"): "trên 34.100 học sinh lớp 10
# với hơn 800 lớp" (`>`) and the caption's "trên 34.100" (a second record), year 2020 (the caption's
# "năm học 2020 - 2021"). "năm học 2019 - 2020, số lượng học sinh lớp 10 công lập sẽ là trên
# 30.100 em với 715 lớp": year 2019 as the sentence writes it (the article is about 2020-2021; the
# gold follows the text, a judgement); 715 bare (>=). "Trong khi đó, ở khối ngoài công lập sẽ có
# 89 lớp với gần 4.000 học sinh": the sentence names no year, so the document's (2020: the
# caption's school year; a judgement, see README); 89 bare (>=), "gần" `~`. Not quantities:
# "tăng hơn 1.000 học sinh so với năm học trước" (a change), "lớp 10" (a grade), "2020 - 2021",
# "2019 - 2020" (school years).
# --------------------------------------------------------------------------
D06 = dict(name="06_nghean-ke-hoach-hoc-sinh-lop-10-2020", kind="target", year=2020, records=[
    N("có trên «34.100 học sinh lớp 10 với", "học sinh lớp 10 toàn tỉnh", ">", 34100),
    N("với hơn «800 lớp", "lớp 10 toàn tỉnh", ">", 800),
    N("có trên «34.100 học sinh lớp 10 năm", "học sinh lớp 10 toàn tỉnh năm học 2020 - 2021", ">", 34100),
    N("là trên «30.100 em", "số lượng học sinh lớp 10 công lập", ">", 30100, year=2019),
    N("với «715 lớp", "lớp 10 công lập", ">=", 715, year=2019),
    N("có «89 lớp", "lớp 10 khối ngoài công lập", ">=", 89),
    N("với gần «4.000 học sinh", "học sinh lớp 10 khối ngoài công lập", "~", 4000),
])

# --------------------------------------------------------------------------
# 07 Quảng Ninh, the province's prizes at the national pupils' contest of 2023-2024
# (lsvn.vn; cut: the photo caption "Lãnh đạo Sở GD&ĐT tặng quà cho học sinh các đội tuyển tham gia
# dự thi." at the head, and the byline "TẠ TUẤN - HẢI LONG"; no byline date, no stamp). Results,
# year 2024 (the contest held "05–06/1/2024"). Counts of prizes: 85 in all, 2 first, 23 second, 28
# third, 32 consolation; the place "xếp thứ 8 trên tổng số 69 đơn vị" (rank =, 8); "2 đội tuyển
# đạt 100% ..." and "4 đội tuyển đạt 90% ..." (counts of teams and the rates they reached, two
# records each, as 03's schools); "chiếm 78,70% số thí sinh tham gia dự thi" (=); the bracket
# "(Cụ thể: Năm 2023: 65,56%; Năm 2022: 53,33%; ...; Năm 2018: 55,68%)": six results of the years
# named (2018 and 2019 as written). Not quantities: "tăng 26 giải so với năm trước", "tăng 5 bậc"
# (changes), "69 đơn vị" (the size of the ranking), "6 năm gần đây" (a period), "108 học sinh",
# "96 học sinh, 11 học sinh ... và 1 học sinh" (the contest's participants, as the earlier sets'
# contest participants; see README), "trên 350.000 học sinh của tỉnh" (the size of the
# population, set245), "11 bộ môn" (the subjects), "05–06/1/2024" (dates).
# --------------------------------------------------------------------------
D07 = dict(name="07_quangninh-hoc-sinh-gioi-quoc-gia-2024", kind="result", year=2024, records=[
    N("nhận được «85 giải", "giải học sinh giỏi quốc gia tỉnh Quảng Ninh nhận được", "=", 85),
    N("có «2 giải nhất", "giải nhất", "=", 2),
    N("Long); «23 giải Nhì", "giải Nhì", "=", 23),
    N("«28 giải Ba", "giải Ba", "=", 28),
    N("«32 giải khuyến khích", "giải khuyến khích", "=", 32),
    PLACE("xếp thứ «8 trên", "tỉnh Quảng Ninh xếp thứ trên tổng số đơn vị dự thi trong cả nước", "=", 8),
    N("Có «2 đội tuyển", "đội tuyển đạt số thí sinh dự thi đoạt giải là bộ môn Sinh học và Tiếng Pháp", "=", 2),
    R("đạt «100% số", "số thí sinh dự thi đoạt giải của đội tuyển Sinh học và Tiếng Pháp", "=", 100),
    N("Pháp; «4 đội tuyển", "đội tuyển đạt số thí sinh dự thi đoạt giải là bộ môn Tin học, Vật lý, Hóa học, Tiếng Anh", "=", 4),
    R("đạt «90% số", "số thí sinh dự thi đoạt giải của đội tuyển Tin học, Vật lý, Hóa học, Tiếng Anh", "=", 90),
    R("chiếm «78,70%", "Tổng số học sinh đoạt giải năm nay của tỉnh Quảng Ninh số thí sinh tham gia dự thi",
      "=", 78.70),
    R("Năm 2023: «65,56%", "tỷ lệ học sinh đoạt giải của đội tuyển tỉnh Quảng Ninh", "=", 65.56, year=2023),
    R("Năm 2022: «53,33%", "tỷ lệ học sinh đoạt giải của đội tuyển tỉnh Quảng Ninh", "=", 53.33, year=2022),
    R("Năm 2021: «45,56%", "tỷ lệ học sinh đoạt giải của đội tuyển tỉnh Quảng Ninh", "=", 45.56, year=2021),
    R("Năm 2020: «58,89%", "tỷ lệ học sinh đoạt giải của đội tuyển tỉnh Quảng Ninh", "=", 58.89, year=2020),
    R("Năm 2019: «48,89%", "tỷ lệ học sinh đoạt giải của đội tuyển tỉnh Quảng Ninh", "=", 48.89, year=2019),
    R("Năm 2018: «55,68%", "tỷ lệ học sinh đoạt giải của đội tuyển tỉnh Quảng Ninh", "=", 55.68, year=2018),
])

# --------------------------------------------------------------------------
# 08 Bà Rịa-Vũng Tàu, the province's and the country's prizes at the national pupils' contest of
# 2023-2024 (baobariavungtau.com.vn; cut: the byline "Tin, ảnh: HOÀNG DƯƠNG" with the blank line
# before it; no byline date, no stamp). Results, year 2024 (the contest held "5 và 6/1" of the school
# year 2023-2024; the results published in January 2024, the address's "202401"; a judgement as 07).
# "44/89 thí sinh dự thi đạt giải" stated twice (two records, count 44: the winners; /89 the
# contestants). The country's "3.351 thí sinh đạt giải, chiếm tỷ lệ 55,65%" (no place: the country).
# The ten leading provinces' prizes "Hà Nội (184 giải), ..., Nam Định (84 giải)": ten counts, each
# with its province as `place`. The province's prizes by grade (10, 14, 20) and by subject: "Tin
# học 8 giải; Lịch sử 7 giải; Địa lý 6 giải; Toán và Vật lý, mỗi môn 5 giải; các môn Sinh học, Ngữ
# văn, tiếng Anh mỗi môn 4 giải; Hóa học 1 giải" (one record for a value stated once for several
# subjects, as the spec's one value for all levels). Not quantities: "tăng gần 1.100 giải" (a
# change), "10 tỉnh, thành phố dẫn đầu" (the lead count of the list of names: its size, set193),
# "5.812 thí sinh đến từ 70 đơn vị", "/89" (the contest's participants, as 07), "12 môn thi" (the
# subjects), "5 và 6/1", "tháng 3" (dates).
# --------------------------------------------------------------------------
LEADERS = [("Hà Nội", "184"), ("TP.Hồ Chí Minh", "110"), ("Hải Phòng", "98"), ("Nghệ An", "90"),
           ("Vĩnh Phúc", "89"), ("Hải Dương", "89"), ("Bắc Giang", "86"), ("Quảng Ninh", "85"),
           ("Thanh Hóa", "84"), ("Nam Định", "84")]
D08 = dict(name="08_bariavungtau-hoc-sinh-gioi-quoc-gia-2024", kind="result", year=2024, records=[
    N("có «44/89 thí sinh dự thi đạt", "thí sinh dự thi đạt giải tỉnh Bà Rịa-Vũng Tàu", "=", 44),
    N("được «3.351 thí sinh", "thí sinh đạt giải học sinh giỏi quốc gia", "=", 3351),
    R("tỷ lệ «55,65%", "thí sinh đạt giải học sinh giỏi quốc gia tỷ lệ", "=", 55.65),
    *[N(f"{p} («{v} giải", f"số lượng giải học sinh giỏi quốc gia của {p}", "=", int(v), place=p)
      for p, v in LEADERS],
    N("có «44/89 thí sinh dự thi đoạt", "thí sinh dự thi đoạt giải tỉnh Bà Rịa-Vũng Tàu", "=", 44),
    N("có «10 giải Nhì", "giải Nhì", "=", 10),
    N("«14 giải Ba", "giải Ba", "=", 14),
    N("«20 giải Khuyến khích", "giải Khuyến khích", "=", 20),
    N("Tin học «8 giải", "giải môn Tin học", "=", 8),
    N("Lịch sử «7 giải", "giải môn Lịch sử", "=", 7),
    N("Địa lý «6 giải", "giải môn Địa lý", "=", 6),
    N("mỗi môn «5 giải", "giải môn Toán và Vật lý, mỗi môn", "=", 5),
    N("mỗi môn «4 giải", "giải các môn Sinh học, Ngữ văn, tiếng Anh mỗi môn", "=", 4),
    N("Hóa học «1 giải", "giải môn Hóa học", "=", 1),
])

# --------------------------------------------------------------------------
# 09 Quảng Trị, the province's prizes at the national pupils' contest of 2022-2023 (xanhx.vn, from
# the Quảng Trị newspaper; cut: the source line "(Nguồn: Báo Quảng Trị)"; no byline, no stamp).
# Results, year 2023 (the contest "24 - 25/2/2023", the results "13/3"). "32 học sinh đoạt giải,
# chiếm 59,25% tổng số học sinh dự thi"; "3 học sinh lớp 10 dự thi đều có giải (1 giải Ba môn
# Tiếng Anh, 1 giải Ba Tin học và 1 giải Khuyến khích Tin học)" (the winners, then one record per
# prize of the bracket's breakdown); "Trường THPT Chuyên Lê Quý Đôn có 28 giải; các trường ...
# mỗi đơn vị có 1 giải" (one record for the value stated once for four schools); "9 giải Nhì (Tin
# học 3 giải, Tiếng Anh 2 giải, các môn ... mỗi môn 1 giải); 9 giải Ba và 14 giải Khuyến khích".
# Not quantities: "54 học sinh tham gia thuộc 9 bộ môn", "34 học sinh lớp 12, 17 học sinh lớp 11
# và 3 học sinh lớp 10" (the contest's participants and their subjects, as 07), "lớp 10" in "học
# sinh lớp 10" (a grade), "13/3", "24 - 25/2/2023" (dates).
# --------------------------------------------------------------------------
D09 = dict(name="09_quangtri-hoc-sinh-gioi-quoc-gia-2023", kind="result", year=2023, records=[
    N("có «32 học sinh", "học sinh đoạt giải tỉnh Quảng Trị", "=", 32),
    R("chiếm «59,25%", "học sinh đoạt giải tổng số học sinh dự thi", "=", 59.25),
    N("tiên có «3 học sinh", "học sinh lớp 10 dự thi đều có giải", "=", 3),
    N("(«1 giải Ba môn", "giải Ba môn Tiếng Anh", "=", 1),
    N("«1 giải Ba Tin", "giải Ba Tin học", "=", 1),
    N("«1 giải Khuyến khích", "giải Khuyến khích Tin học", "=", 1),
    N("Đôn có «28 giải", "giải Trường THPT Chuyên Lê Quý Đôn", "=", 28),
    N("đơn vị có «1 giải", "giải các trường THPT thị xã Quảng Trị, Đông Hà, Vĩnh Linh và Vĩnh Định mỗi đơn vị",
      "=", 1),
    N("có «9 giải Nhì", "giải Nhì", "=", 9),
    N("Tin học «3 giải", "giải Nhì Tin học", "=", 3),
    N("Tiếng Anh «2 giải", "giải Nhì Tiếng Anh", "=", 2),
    N("mỗi môn «1 giải", "giải Nhì các môn Lịch sử, Ngữ văn, Vật lý và Sinh học mỗi môn", "=", 1),
    N("«9 giải Ba", "giải Ba", "=", 9),
    N("«14 giải Khuyến khích", "giải Khuyến khích", "=", 14),
])

# --------------------------------------------------------------------------
# 10 Hà Nội, grade-10 places in public schools for 2023 (kenh14.vn; the stamp " date 2023-05"
# written as the first line; nothing cut). Year 2023 (the stamp's; the intake after the school year
# 2022 - 2023, "năm nay"). "dự kiến toàn thành phố có 129.210 học sinh dự xét công nhận tốt nghiệp
# THCS": a result (=, as 05's cohort). "sẽ chỉ có 55,7% học sinh có suất học vào trường THPT công
# lập (khoảng 72.000 học sinh)": the planned places, targets (bare >=, and `~`), as 05's quota
# share. "những năm trước, con số này rơi vào khoảng 60-62%": a result of earlier years,
# `between` 60-62 (spec's "từ 15-20%"; "khoảng" before a range read as the range), year null (no
# year named, as set245's "nhiệm kỳ trước"). Not quantities: "tăng 22.000 học sinh) so với năm
# ngoái", "tăng 1.000 em so với năm học trước" (changes), "3 môn thi" (the papers), "10 và 11/6",
# "10/7", "10 - 12/7", "một tuần" (dates and a duration).
# --------------------------------------------------------------------------
D10 = dict(name="10_hanoi-tuyen-sinh-lop-10-cong-lap-2023", kind="result", year=2023, records=[
    N("có «129.210 học sinh", "học sinh dự xét công nhận tốt nghiệp THCS", "=", 129210),
    R("có «55,7% học sinh", "học sinh có suất học vào trường THPT công lập", ">=", 55.7, **T),
    N("(khoảng «72.000 học sinh)", "học sinh có suất học vào trường THPT công lập", "~", 72000, **T),
    R("khoảng «60-62%", "học sinh có suất học vào trường THPT công lập những năm trước", "between", 60,
      value_max=62, year=None),
])

# --------------------------------------------------------------------------
# 11 Hưng Yên, the province's preparations for the 2025 graduation exam (ngaynay.vn; the stamp
# " date 2025-05" written as the first line; nothing cut; the excerpt ends in "kịp th"). Results
# (what the province has set up and counted "Đến nay"), year 2025. Counts: "35 điểm thi với gần 800
# phòng thi và 16 phòng chờ" (`~` on "gần"), "33 điểm thi ... và 2 điểm thi" (a breakdown by
# programme, one record each), "18.425 thí sinh đăng ký dự thi, trong đó có 18.043 ... và 382
# ..." (three), "huy động hơn 3.200 cán bộ, giáo viên, ..." (`>`, as 02's staff). Not quantities:
# "Chương trình giáo dục phổ thông 2018", "2006" (names with a year), "lớp 12" (a grade).
# --------------------------------------------------------------------------
D11 = dict(name="11_hungyen-chuan-bi-thi-tot-nghiep-2025", kind="result", year=2025, records=[
    N("tổ chức «35 điểm thi", "điểm thi tỉnh tổ chức", "=", 35),
    N("với gần «800 phòng thi", "phòng thi", "~", 800),
    N("và «16 phòng chờ", "phòng chờ", "=", 16),
    N("có «33 điểm thi", "điểm thi hiện hành dành cho thí sinh dự thi theo Chương trình giáo dục phổ thông 2018",
      "=", 33),
    N("và «2 điểm thi", "điểm thi cho các thí sinh dự thi với đề thi theo Chương trình giáo dục phổ thông 2006",
      "=", 2),
    N("có «18.425 thí sinh", "thí sinh đăng ký dự thi", "=", 18425),
    N("có «18.043 thí sinh", "thí sinh dự thi theo Chương trình giáo dục phổ thông 2018", "=", 18043),
    N("và «382 thí sinh", "thí sinh thi theo Chương trình giáo dục phổ thông 2006", "=", 382),
    N("huy động hơn «3.200 cán bộ", "cán bộ, giáo viên, nhân viên y tế, công an, quân sự làm nhiệm vụ tại kỳ thi",
      ">", 3200),
])

# --------------------------------------------------------------------------
# 12 Thanh Hóa, the province's grade-10 admission plan for 2025-2026 (tienphong.vn; the stamp
# " date 2025-03" written as the first line; nothing cut; the excerpt ends in "chuyên Vật l"). A
# precision text: four records among many numbers that are not. Targets, year 2025 (the intake of
# the school year 2025-2026). "Trường THPT chuyên Lam Sơn tuyển sinh 12 lớp (420 học sinh, 35 học
# sinh/lớp)": three records (counts of classes and pupils; 35 per class unit other, unit_text
# "học sinh/lớp"), bare (>=); "(mỗi môn chuyên 2 lớp)": one record for the value stated once for
# three subjects. Not quantities: "24/3", "3-4/6/2025", "31/7/2025" (dates), "2025-2026" (a school
# year), "tối đa 2 nguyện vọng", "3 bài thi", "4 bài thi", "1 bài thi", "1 đề thi" (the rules of the
# admission, not an indicator's value), "120 phút", "60 phút", "150 phút", "2 ngày" (durations),
# "thang điểm 10", "hệ số 1", "hệ số 3" (the marking scale), "lớp 10", "lớp 9" (grades).
# --------------------------------------------------------------------------
D12 = dict(name="12_thanhhoa-ke-hoach-tuyen-sinh-lop-10-2025-precision", kind="target", year=2025, records=[
    N("tuyển sinh «12 lớp", "Trường THPT chuyên Lam Sơn tuyển sinh lớp", ">=", 12),
    N("(«420 học sinh", "Trường THPT chuyên Lam Sơn tuyển sinh học sinh", ">=", 420),
    R("«35 học sinh/lớp", "Trường THPT chuyên Lam Sơn tuyển sinh học sinh/lớp", ">=", 35, unit="other",
      unit_text="học sinh/lớp"),
    N("chuyên «2 lớp", "lớp chuyên Toán, Ngữ Văn và Tiếng Anh mỗi môn chuyên", ">=", 2),
])

# --------------------------------------------------------------------------
# 13 Thanh Hóa, the province's plan for the 2025 graduation exam (baothanhhoa.vn; the stamp " date
# 2025-04" written as the first line; nothing cut; the excerpt ends in "kỳ t"). A precision text:
# two records. Targets (the approved "Phương án tổ chức Kỳ thi"), year 2025: "với 85 điểm thi" and
# "bố trí 5 điểm thi dành riêng cho thí sinh thi theo đề thi của Chương trình GDPT 2006" (counts,
# bare >=; exam sites are counted as in 01 and 11). Not quantities: "1200/QĐ-UBND" (a document),
# "22/4/2025", "25 đến 28/6/2025", "21/4", "28/4/2025", "16/7/2025", "18/7/2025" (dates), "17h00" (a
# time), "4 ngày" (a duration), "ít nhất một điểm thi" (no digit), "3 buổi thi", "2 môn", "5 bài
# thi" (the papers), "120 phút", "90 phút", "50 phút" (durations), "2006", "2024-2025" (names and a
# school year), "lớp 12" (a grade).
# --------------------------------------------------------------------------
D13 = dict(name="13_thanhhoa-phuong-an-thi-tot-nghiep-2025-precision", kind="target", year=2025, records=[
    N("với «85 điểm thi", "điểm thi được đặt tại các trường THPT, trường phổ thông có nhiều cấp học và các trung "
      "tâm giáo dục nghề nghiệp - giáo dục thường xuyên", ">=", 85),
    N("bố trí «5 điểm thi", "điểm thi dành riêng cho thí sinh thi theo đề thi của Chương trình GDPT 2006", ">=",
      5),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
