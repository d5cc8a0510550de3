#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set368).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string, `line=True` keeps the clause
to its line, for the table cells of 09).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a quota, changes
against an earlier value, a table's total); check_gold.py verifies that every percentage has a
record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
No record of this set has an id: the catalogue names no admissions indicator.

The theme is university admissions: quotas (chỉ tiêu, kind target, as the earlier sets' quotas),
candidates admitted and enrolled (results), benchmark scores (điểm chuẩn, unit other "điểm"), the
support a province pays (target amounts of a policy) and a national plan's 2030 targets.

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
from goldkit import R, CNT, T, RES  # noqa: E402

PTS = dict(unit="other", unit_text="điểm")   # a benchmark score with "điểm" at the number
PTS0 = dict(unit="other", unit_text=None)    # a score without a unit word at the number
DONG = dict(unit="other", unit_text="đồng")
TRIEU, TY = 1e6, 1e9

# Shorthands bound with functools.partial (the set's own, not an earlier set's helpers):
quota = functools.partial(R, unit="count", kind="target")          # a quota, bare number: >=
rate01 = functools.partial(R, op="=", unit="%")                    # a measured rate (01, 02)


def score(loc, indicator, value, **kw):
    """05, 06: a benchmark score reached, with "điểm" at the number."""
    return R(loc, indicator, "=", value, **PTS, **kw)


def province(loc, name, value):
    """01: one province's rate of THPT graduates admitted and enrolled in 2023 (its own place)."""
    return rate01(loc, f"tỉ lệ thí sinh tốt nghiệp THPT trúng tuyển – nhập học của {name}", value=value,
                  place=name)


def region(loc, name, value):
    """01: one region's rate of enrolment over graduates (the region in the indicator, no place)."""
    return rate01(loc, f"tỉ lệ nhập học/tốt nghiệp vùng {name}", value=value)


# --------------------------------------------------------------------------
# 01 The whole country, the Ministry's statistics of THPT graduates admitted to and enrolled at
# university in 2023, by province and region (tienphong.vn; nothing cut; the stamp " date 2024-03"
# written as the first line). Year 2023 (the statistics' "năm 2023"; the stamp's 2024 is the
# conference's). Results, unit %: the top and bottom five provinces (place each), the six regions
# (the region in the indicator, as the spec's "khu vực Tây Nguyên"); "hơn 546.000 em vào đại học"
# (>, count), "đạt tỷ lệ 53,1%" (=). Target: "tổng chỉ tiêu đại học, cao đẳng mầm non là hơn
# 660.000" (the quota of 2023: kind target, >, as the earlier sets' quotas). NOT: "tăng gần 2% so với
# năm trước" (a change), "tỷ lệ thí sinh nhập học đạt hơn 82%" (so với tổng chỉ tiêu: completion
# against the quota). Not quantities: the list labels "1." ... "6." (labels of the lists, as set193's
# row numbers, though the lists are ordered; a judgement), "Top 5" (the lists' size), "6 vùng",
# "Hội nghị tuyển sinh 2024" (a name), "khoảng một triệu thí sinh" (in words: no number), "cứ 100 em
# dự thi thì có 53 em vào đại học" (the 53,1% restated as an illustration; a judgement).
# --------------------------------------------------------------------------
D01 = dict(name="01_ca-nuoc-ty-le-nhap-hoc-dai-hoc-theo-tinh-2023", kind="result", year=2023, records=[
    province("Bình Dương: «80,61%", "Bình Dương", 80.61),
    province("Đà Nẵng: «72,20%", "Đà Nẵng", 72.20),
    province("TPHCM: «70,87%", "TPHCM", 70.87),
    province("Hà Nội: «70,81%", "Hà Nội", 70.81),
    province("Thừa Thiên Huế: «67,01%", "Thừa Thiên Huế", 67.01),
    province("Sơn La: «25,79%", "Sơn La", 25.79),
    province("Lai Châu: «28,48%", "Lai Châu", 28.48),
    province("Hà Giang: «29,21%", "Hà Giang", 29.21),
    province("Lạng Sơn: «29,92%", "Lạng Sơn", 29.92),
    province("Điện Biên: «30,83%", "Điện Biên", 30.83),
    region("Đồng bằng sông Hồng: «64,44%", "Đồng bằng sông Hồng", 64.44),
    region("Đông Nam bộ: «64,24%", "Đông Nam bộ", 64.24),
    region("duyên hải miền Trung: «52,65%", "Bắc Trung bộ và duyên hải miền Trung", 52.65),
    region("Đồng bằng sông Cửu Long: «52,45%", "Đồng bằng sông Cửu Long", 52.45),
    region("Tây Nguyên: «48,56%", "Tây Nguyên", 48.56),
    region("miền núi phí Bắc: «40,28%", "Trung du và miền núi phí Bắc", 40.28),
    R("hơn «546.000 em", "thí sinh dự thi tốt nghiệp THPT vào đại học", ">", 546000, **CNT),
    R("đạt tỷ lệ «53,1%", "tỷ lệ thí sinh dự thi tốt nghiệp THPT vào đại học", "=", 53.1),
    quota("là hơn «660.000", "tổng chỉ tiêu đại học, cao đẳng mầm non", ">", 660000),
], NOT=["tăng gần «2% so", "đạt hơn «82%"])

# --------------------------------------------------------------------------
# 02 The whole country, enrolment at university in 2024 by method of admission and by region
# (tienphong.vn; cut: the audio player's "0:00 / 0:00" and "0:00" after the title, with the blank
# line after the title kept; no stamp, no byline; the excerpt ends in "Tây"). Year 2024 (the
# statistics' "năm 2024"). Results: the region "xếp cao nhất với 68,28%" twice (the lead's "vùng này"
# and the body's "vùng Đông Nam Bộ"; each statement its own record), "gần 615.000 thí sinh nhập học"
# (~), "chiếm hơn 85% số trúng tuyển" (>: a share of the admitted, not completion against a quota),
# "27,86% số thí sinh nhập học bằng phương thức xét học bạ", "vượt 50% ... ở mức 52,18%" (two
# records: the bound the rate crossed, >, and its value, =; a judgement), the regions "68,27%",
# "(58,24%)", "(54,39%)" (the last stands after "Đồng bằng sông Cửu Long,"). "Năm ngoái, 200 trường
# đại học công bố phương án tuyển sinh ... xét học bạ" (=, count, year 2024: the page speaks of the
# 2025 season, "năm ngoái" is 2024) and "vẫn còn khoảng 70 trường giữ phương thức tuyển sinh xét học
# bạ" (~, year 2025, the season named). NOT: "mức giảm là 9,32%" (a change against 2022). Not
# quantities: "ba năm" (in words), "lớp 12" (a name), "năm 2022", "năm 2025" (dates).
# --------------------------------------------------------------------------
SHARE24 = "tỷ lệ nhập học trên tổng số thí sinh thi tốt nghiệp năm 2024"
D02 = dict(name="02_ca-nuoc-ty-le-nhap-hoc-dai-hoc-vung-2024", kind="result", year=2024, records=[
    rate01("vùng này xếp cao nhất với «68,28%", f"{SHARE24} của vùng xếp cao nhất", value=68.28),
    R("gần «615.000 thí sinh", "thí sinh nhập học đại học", "~", 615000, **CNT),
    R("chiếm hơn «85% số", "thí sinh nhập học đại học chiếm số trúng tuyển", ">", 85),
    rate01("Trong đó, «27,86% số", "số thí sinh nhập học bằng phương thức xét học bạ THPT", value=27.86),
    R("lần đầu vượt «50% trong", "tỷ lệ thí sinh nhập học bằng phương thức xét điểm thi tốt nghiệp", ">", 50),
    rate01("ở mức «52,18%", "tỷ lệ thí sinh nhập học bằng phương thức xét điểm thi tốt nghiệp", value=52.18),
    R("Năm ngoái, «200 trường", "trường đại học công bố phương án tuyển sinh có sử dụng phương thức xét kết quả "
      "học tập bậc THPT (xét học bạ)", "=", 200, **CNT),
    R("khoảng «70 trường", "trường giữ phương thức tuyển sinh xét học bạ", "~", 70, **CNT, year=2025),
    rate01("Đông Nam Bộ xếp cao nhất với «68,28%", f"{SHARE24} vùng Đông Nam Bộ", value=68.28),
    rate01("Hồng với «68,27%", f"{SHARE24} vùng Đồng bằng sông Hồng", value=68.27),
    rate01("Trung («58,24%)", f"{SHARE24} vùng Bắc Trung Bộ và Duyên hải miền Trung", value=58.24),
    rate01("Long, («54,39%)", f"{SHARE24} vùng Đồng bằng sông Cửu Long", value=54.39),
], NOT=["mức giảm là «9,32%"])

# --------------------------------------------------------------------------
# 03 The whole country, the 2022 admissions calendar and the number of candidates registering
# (vietnamnet.vn; cut: the photo caption "Thí sinh dự thi tốt nghiệp năm 2022 tại TP.HCM. Ảnh: Thanh
# Tùng" with the blank line after it; the stamp " date 2022-09" written as the first line; the
# excerpt ends in "xét tuyển " with its trailing space). A precision text: two records among many
# dates and times. Results (count, =): "số thí sinh đăng ký xét tuyển đại học trên là 642.270" (2022)
# and "Năm 2021 số này là 794.739 thí sinh" (2021). NOT: "khoảng 20%", "3,4%" (changes against 2021
# and 2020). Not quantities: "17h", "17" ("Trước 17 ngày 30/9/2022", the page's slip for 17h: a time),
# "31/8/2022", "1/9", "15/9/2022", "17/9/2022", "30/9/2022", "tháng 10/2022", "tháng 12/2022",
# "năm 2020"... (dates), "đợt 1" (a label), "Covid-19" (a name).
# --------------------------------------------------------------------------
D03 = dict(name="03_ca-nuoc-lich-xet-tuyen-dai-hoc-2022-precision", kind="result", year=2022, records=[
    R("trên là «642.270", "số thí sinh đăng ký xét tuyển đại học", "=", 642270, **CNT),
    R("số này là «794.739", "số thí sinh đăng ký xét tuyển đại học", "=", 794739, **CNT, year=2021),
], NOT=["năm 2021 khoảng «20%", "giảm «3,4%"])

# --------------------------------------------------------------------------
# 04 The whole country, universities that missed their quotas in the first round of 2022 and opened
# supplementary rounds (vtv.vn; cut: the photo caption "Thí sinh đến nhập học tại trường Đại học Công
# nghiệp Thực phẩm ... (Ảnh minh họa - Ảnh: TTXVN)"; no stamp, no byline; the excerpt ends in "các
# chư"). Year 2022 ("kỳ tuyển sinh năm 2022"). Results: Gia Định "chỉ tuyển được 1.700 chỉ tiêu" (=),
# Hùng Vương "chỉ mới tuyển được dưới 500 chỉ tiêu" (<), "khoảng 90 trường xét tuyển bổ sung" (~).
# Targets (the quotas): "tuyển bổ sung gần 300 chỉ tiêu" (~), "tổng chỉ tiêu tuyển sinh trên 2.000 em"
# (>), "bổ sung đến hơn 1.600 chỉ tiêu" (>). NOT: "chỉ tuyển được 65% thí sinh" (the share of the
# quota filled: completion against the quota). Not quantities: "đợt 1" (a label), "7/10" (a date),
# "gấp 3 lần so với" (a ratio against the first round's number, a change), "1 nguyện vọng duy nhất"
# (the rule's wording).
# --------------------------------------------------------------------------
D04 = dict(name="04_ca-nuoc-xet-tuyen-bo-sung-2022", kind="result", year=2022, records=[
    R("tuyển được «1.700 chỉ tiêu", "Trường Đại học Gia Định tuyển được chỉ tiêu", "=", 1700, **CNT),
    quota("bổ sung gần «300 chỉ tiêu", "Trường Đại học Gia Định tuyển bổ sung chỉ tiêu", "~", 300),
    quota("trên «2.000 em", "Trường Đại học Hùng Vương tổng chỉ tiêu tuyển sinh", ">", 2000),
    R("dưới «500 chỉ tiêu", "Trường Đại học Hùng Vương kết thúc đợt xét tuyển đầu tiên tuyển được chỉ tiêu",
      "<", 500, **CNT),
    quota("hơn «1.600 chỉ tiêu", "Trường Đại học Hùng Vương bổ sung chỉ tiêu", ">", 1600),
    R("khoảng «90 trường", "trường xét tuyển bổ sung kết thúc đợt 1 kỳ tuyển sinh năm 2022", "~", 90, **CNT),
], NOT=["tuyển được «65% thí"])

# --------------------------------------------------------------------------
# 05 Hà Nội and Cần Thơ, the first-round benchmark scores of 2023 (sggp.org.vn; nothing cut; the
# stamp " date 2023-08" written as the first line; the excerpt ends in "lấy"). Year 2023. Results,
# unit other "điểm": Bách khoa Hà Nội's range "dao động từ động từ 21-29,42 điểm" (between), its
# programmes' scores (each its own subject; "ngành Kỹ thuật môi trường và ngành Quản lý tài nguyên và
# môi trường cùng mức 21 điểm" one record: one value stated once for two programmes); Y dược Cần
# Thơ's range "từ 20-25,52" (between, unit_text null: no unit word at the numbers); "Ngành Hộ sinh
# ... từ 20,2 điểm (năm 2022) tăng lên 22,25 điểm" (two records: 2022's score and 2023's; the
# earlier value stated is a value, as set245's "từ 70% lên 74%"). Not quantities: "22-8" (a date),
# "năm 2022" in the bracket (a year), "D01" (a name).
# --------------------------------------------------------------------------
BK = "điểm chuẩn ĐH Bách khoa Hà Nội"
D05 = dict(name="05_hanoi-cantho-diem-chuan-dot-1-2023", kind="result", year=2023, records=[
    R("động từ «21-29,42 điểm", f"{BK} phương thức xét tuyển bằng điểm thi tốt nghiệp THPT", "between", 21,
      value_max=29.42, **PTS),
    score("cao nhất «29,42 điểm", f"{BK} ngành Khoa học máy tính", 29.42),
    score("cùng mức «21 điểm", f"{BK} ngành Kỹ thuật môi trường và ngành Quản lý tài nguyên và môi trường", 21),
    score("nhân tạo «28,80 điểm", f"{BK} ngành Khoa học dữ liệu và trí tuệ nhân tạo", 28.80),
    score("máy tính «28,29 điểm", f"{BK} ngành Kỹ thuật máy tính", 28.29),
    score("Global ICT «28,16 điểm", f"{BK} ngành Công nghệ thông tin Global ICT", 28.16),
    score("không gian số «28,05 điểm", f"{BK} ngành An toàn không gian số", 28.05),
    R("chuẩn từ «20-25,52", "điểm chuẩn của Trường ĐH Y dược Cần Thơ", "between", 20, value_max=25.52, **PTS0),
    score("từ «20,2 điểm", "điểm chuẩn ngành Hộ sinh Trường ĐH Y dược Cần Thơ", 20.2, year=2022),
    score("tăng lên «22,25 điểm", "điểm chuẩn ngành Hộ sinh Trường ĐH Y dược Cần Thơ", 22.25),
])

# --------------------------------------------------------------------------
# 06 Hồ Chí Minh City, the first-round benchmark scores of 2023 that rose unexpectedly (sggp.org.vn;
# nothing cut; no stamp, no byline). Year 2023 (the title's "đợt 1-2023"). Results: Sư phạm TPHCM's
# "khoảng 29.500 nguyện vọng" (~, count), its range "từ 19-27 điểm" (between) and two programmes'
# scores; Giao thông Vận tải TPHCM's 2022 score "chỉ có 15 điểm" (year 2022), its 2023 range
# "17-25,65 điểm", the programmes "từ 15 điểm tăng vọt lên 24,75 điểm", "tăng từ 15 điểm lên 25,65
# điểm" (each: 2022's value and 2023's), "điểm chuẩn là 25,5"; the military schools' range
# "16,25-27,97 điểm", last year's highest "(điểm chuẩn cao nhất là 28,3 điểm)" (year 2022) and "phải
# đạt 27,97 điểm". Not quantities: "Tăng từ 9,75 đến 10,65 điểm" (the subheading and the body: the
# rise, a change), "tăng gần 39% so với năm trước" (a change; NOT), "(tăng 10,5 điểm)" (a change),
# "17 trường quân đội" (the size of the group the range is for, not a reported count; a judgement),
# "23-8", "năm 2022" (dates).
# --------------------------------------------------------------------------
GTVT = "điểm chuẩn Trường ĐH Giao thông Vận tải TPHCM"
D06 = dict(name="06_tphcm-diem-chuan-dot-1-2023", kind="result", year=2023, records=[
    R("khoảng «29.500 nguyện vọng", "nguyện vọng đăng ký xét tuyển vào Trường ĐH Sư phạm TPHCM theo phương thức "
      "xét kết quả thi tốt nghiệp THPT 2023", "~", 29500, **CNT),
    R("trường từ «19-27 điểm", "điểm chuẩn của Trường ĐH Sư phạm TPHCM", "between", 19, value_max=27, **PTS),
    score("cao nhất: «27 điểm", "điểm chuẩn ngành Sư phạm Ngữ văn Trường ĐH Sư phạm TPHCM", 27),
    score("Tâm lý học: «25,5 điểm", "điểm chuẩn ngành Tâm lý học Trường ĐH Sư phạm TPHCM", 25.5),
    score("chỉ có «15 điểm", GTVT, 15, year=2022),
    R("mức «17-25,65 điểm", GTVT, "between", 17, value_max=25.65, **PTS),
    score("Kinh tế vận tải biển từ «15 điểm", f"{GTVT} các ngành Khai thác vận tải (chuyên ngành Quản lý và kinh "
          "doanh vận tải), Kỹ thuật điện tử viễn thông, Kinh tế vận tải biển", 15, year=2022),
    score("tăng vọt lên «24,75 điểm", f"{GTVT} các ngành Khai thác vận tải (chuyên ngành Quản lý và kinh doanh vận "
          "tải), Kỹ thuật điện tử viễn thông, Kinh tế vận tải biển", 24.75),
    score("vận tải tăng từ «15 điểm", f"{GTVT} ngành Khai thác vận tải", 15, year=2022),
    score("lên «25,65 điểm;", f"{GTVT} ngành Khai thác vận tải", 25.65),
    R("điểm chuẩn là «25,5 (", f"{GTVT} ngành Kỹ thuật ô tô (chuyên ngành cơ điện tử ô tô)", "=", 25.5, **PTS0),
    R("dao động từ «16,25-27,97 điểm", "điểm chuẩn vào trường quân đội", "between", 16.25, value_max=27.97, **PTS),
    score("cao nhất là «28,3 điểm", "điểm chuẩn cao nhất vào trường quân đội", 28.3, year=2022),
    score("phải đạt «27,97 điểm", "điểm chuẩn Học viện Khoa học quân sự, thí sinh nữ ngành Ngôn ngữ Trung Quốc", 27.97),
], NOT=["tăng gần «39% so"])

# --------------------------------------------------------------------------
# 07 The whole country, the plan of the network of universities to 2030 (Quyết định 452/QĐ-TTg)
# and its targets (baolaocai.vn; cut: the photo caption "Việt Nam đặt mục tiêu có 3 triệu người học
# đại học vào năm 2030. Ảnh minh hoạ" (two identical lines) with the blank line after the second;
# no stamp, no byline; the excerpt ends in "kinh tế "). Targets, year 2030: the title's "mục tiêu có
# 3 triệu người học" (bare, >=), the lead's and the body's "trên 3 triệu người học" (>), "260 sinh
# viên và 23 học viên sau đại học trên (một) vạn dân" (each twice, >=, unit other "sinh viên/vạn
# dân", "học viên sau đại học/vạn dân"), "Tỉ lệ học đại học ... đạt 33%" (>=), "không tỉnh nào có tỉ
# lệ thấp hơn 15%" (>=: each province's rate at least 15%; a judgement). Results, year null (the page
# names no year for "Hiện nay"): "gần 2,1 triệu" (~, 2100000), "đạt 230 sinh viên trên một vạn dân"
# (=). Not quantities: "452/QĐ-TTg" (a document), "2021 - 2030", "2050" (dates), "18 - 22" (the age
# band inside the subject).
# --------------------------------------------------------------------------
SV = dict(unit="other", unit_text="sinh viên/vạn dân")
HV = dict(unit="other", unit_text="học viên sau đại học/vạn dân")
SCALE = "quy mô giáo dục đại học người học"
D07 = dict(name="07_ca-nuoc-quy-hoach-giao-duc-dai-hoc-2030", kind="target", year=2030, records=[
    R("mục tiêu có «3 triệu người học đại học vào năm 2030\n\nViệt", "người học đại học", ">=", 3e6, **CNT),
    R("quy mô giáo dục đại học trên «3 triệu", SCALE, ">", 3e6, **CNT),
    R("2030, đạt «260 sinh viên và 23 học viên sau đại học trên vạn", "sinh viên trên vạn dân", ">=", 260, **SV),
    R("260 sinh viên và «23 học viên sau đại học trên vạn", "học viên sau đại học trên vạn dân", ">=", 23, **HV),
    R("lên trên «3 triệu", SCALE, ">", 3e6, **CNT),
    R("học, đạt «260 sinh viên và 23 học viên sau đại học trên một", "sinh viên trên một vạn dân", ">=", 260, **SV),
    R("260 sinh viên và «23 học viên sau đại học trên một", "học viên sau đại học trên một vạn dân", ">=", 23,
      **HV),
    R("22 đạt «33%", "Tỉ lệ học đại học trên số người trong độ tuổi 18 - 22", ">=", 33),
    R("thấp hơn «15%", "tỉ lệ học đại học trên số người trong độ tuổi 18 - 22 của tỉnh", ">=", 15),
    R("gần «2,1 triệu", "số sinh viên cả nước", "~", 2.1e6, **CNT, kind="result", year=None),
    R("đạt «230 sinh viên", "sinh viên trên một vạn dân", "=", 230, **SV, kind="result", year=None),
])

# --------------------------------------------------------------------------
# 08 Thanh Hóa, the support Resolution 188/2021/NQ-HĐND pays the Thanh Hóa branch of Hà Nội Medical
# University: per student and to attract its teaching staff (nhandan.vn; cut: the byline "NDO -" with
# the blank line after it, and the photo caption "Bác sĩ động viên bệnh nhân bình phục sau điều
# trị." (two identical lines) with the blank line after the second; no stamp). Kind target (a
# policy's amounts, bare numbers >=, as the earlier sets' "mức hỗ trợ 1 triệu đồng/tháng/em"), year
# 2026 (the policy runs "từ ngày 1/1/2022 đến 31/12/2026"; its end year, as the earlier sets took a
# programme's end year). Money is unit other with the magnitude multiplied in: "1,3 tỷ đồng" (the
# title and the body, each a record), "20 triệu đồng/sinh viên/năm" (unit_text "đồng/sinh
# viên/năm"), "800 triệu đồng", "400 triệu đồng", "300 triệu đồng", "200 triệu đồng", "100 triệu
# đồng/năm" (unit_text "đồng/năm"); "đào tạo hơn 5.000 sinh viên" (>, count: the scale the branch
# is funded to train). Not quantities: "188/2021/NQ-HĐND", "khóa 18" (names), "giai đoạn 2022-2026",
# "1/1/2022", "31/12/2026" (dates), "được hỗ trợ 3 năm" (the support's duration, a condition; a
# judgement).
# --------------------------------------------------------------------------
SUP = "mức hỗ trợ khi về công tác tại Phân hiệu Đại học Y Hà Nội tại Thanh Hóa"
D08 = dict(name="08_thanhhoa-phan-hieu-dai-hoc-y-ho-tro-2026", kind="target", year=2026, records=[
    R("công tác được hỗ trợ «1,3 tỷ đồng\n", f"{SUP}: giáo sư", ">=", 1.3 * TY, **DONG),
    R("công tác được hỗ trợ «1,3 tỷ đồng.", f"{SUP}: giáo sư", ">=", 1.3 * TY, **DONG),
    R("đào tạo hơn «5.000 sinh viên", "sinh viên phân hiệu được hỗ trợ hoạt động để đào tạo", ">", 5000, **CNT),
    R("mức «20 triệu đồng", "mức hỗ trợ hoạt động của phân hiệu", ">=", 20 * TRIEU, unit="other",
      unit_text="đồng/sinh viên/năm"),
    R("hỗ trợ «800 triệu", f"{SUP}: Phó giáo sư", ">=", 800 * TRIEU, **DONG),
    R("hỗ trợ «400 triệu", f"{SUP}: Tiến sĩ", ">=", 400 * TRIEU, **DONG),
    R("nội trú «300 triệu", f"{SUP}: Bác sĩ nội trú", ">=", 300 * TRIEU, **DONG),
    R("Thạc sĩ «200 triệu", f"{SUP}: Thạc sĩ", ">=", 200 * TRIEU, **DONG),
    R("mức hỗ trợ «100 triệu", "mức hỗ trợ bác sĩ trúng tuyển các khóa đào tạo, cam kết công tác tại Phân hiệu",
      ">=", 100 * TRIEU, unit="other", unit_text="đồng/năm"),
])

# --------------------------------------------------------------------------
# 09 Hà Nội, the National Economics University's admissions plan for 2023: its quota and the shares
# of it by method, and the quotas of the programmes admitted by the thinking-skills test, laid out as
# tables (congnghevadoisong.vn; cut: the byline "12:20, 16/01/2023" with the blank line after it,
# written as the first line `date 2023-01-16`; the excerpt ends in "2", a cell cut off). Kind target
# (a plan's quotas, bare numbers >=), year 2023. "tuyển sinh 60 mã ngành/chương trình với 6200 chỉ
# tiêu" (two records: the programmes offered and the quota, count); the method table's shares "2%",
# "3%", "25%", "70%" (each cell its own record, line=True); "với 07 mã" and "với 7 mã
# ngành/chương trình" (the programmes admitted by the test, each statement a record), "(25% chỉ
# tiêu mỗi mã)"; the programme table's quotas "35", "15", "30", "45", "15", "20" (line=True). NOT:
# "Tổng 100%" (the table's total, the sum of the shares). Not quantities: "4 phương thức", "04
# phương thức" (methods, as the spec's counts of solutions), the row numbers "1" ... "7", the
# programme codes "7310107" ..., "EP02", "EP03", "mục 2.1" (labels), the last row's "2" (cut off: its
# value is not in the text).
# --------------------------------------------------------------------------
TDUY = "chỉ tiêu xét tuyển theo điểm thi đánh giá tư duy ngành"
METHOD = "chỉ tiêu Trường Đại học Kinh tế Quốc dân theo phương thức"
cell = functools.partial(quota, op=">=", line=True)
D09 = dict(name="09_hanoi-neu-chi-tieu-tuyen-sinh-2023", kind="target", year=2023, records=[
    quota("tuyển sinh «60 mã", "Trường Đại học Kinh tế Quốc dân tuyển sinh mã ngành/chương trình", ">=", 60),
    quota("với «6200 chỉ tiêu", "Trường Đại học Kinh tế Quốc dân chỉ tiêu đại học chính quy", ">=", 6200),
    R("Xét tuyển thẳng\n\n«2%", f"{METHOD} xét tuyển thẳng", ">=", 2, line=True),
    R("thông báo này).\n\n«3%", f"{METHOD} xét tuyển theo điểm thi đánh giá tư duy của ĐH Bách khoa Hà Nội", ">=",
      3, line=True),
    R("năm 2023 \n\n«25%", f"{METHOD} xét tuyển theo kết quả điểm thi tốt nghiệp THPT năm 2023", ">=", 25,
      line=True),
    R("\n\n«70%", f"{METHOD} xét tuyển kết hợp theo đề án tuyển sinh của Trường", ">=", 70, line=True),
    quota("với «07 mã", "mã ngành xét tuyển theo điểm thi đánh giá tư duy", ">=", 7),
    quota("với «7 mã", "mã ngành/chương trình xét tuyển theo điểm thi đánh giá tư duy", ">=", 7),
    R("(«25% chỉ tiêu mỗi mã)", "chỉ tiêu mỗi mã xét tuyển theo điểm thi đánh giá tư duy", ">=", 25),
    cell("Thống kê kinh tế\n\n«35", f"{TDUY} Thống kê kinh tế", value=35),
    cell("Toán kinh tế\n\n«15", f"{TDUY} Toán kinh tế", value=15),
    cell("Hệ thống thông tin quản lý\n\n«30", f"{TDUY} Hệ thống thông tin quản lý", value=30),
    cell("Công nghệ thông tin\n\n«45", f"{TDUY} Công nghệ thông tin", value=45),
    cell("Khoa học máy tính\n\n«15", f"{TDUY} Khoa học máy tính", value=15),
    cell("Quản trị rủi ro\n\n«20", f"{TDUY} Định phí bảo hiểm và Quản trị rủi ro", value=20),
], NOT=["Tổng\n\n«100%"])

# --------------------------------------------------------------------------
# 10 Tuyên Quang, the head of Decision 474/QĐ-UBND of 12 August 2021 issuing the scheme for the
# province's human resources (higher and vocational education among them) 2021-2025 with a vision
# to 2030 (hethongphapluat.com; cut: the site's name "Hệ thống pháp luật" with the blank line after
# it; no stamp, no byline; the excerpt ends in "Chươ"). A precision text, no record: the legal
# bases only. Not quantities: "474/QĐ-UBND", "88/2019/QH14", "373/QĐ-TTg", "198-KL/TU", "223-KL/TU",
# "02-NQ/TU" (documents), "12 tháng 8 năm 2021", "19/6/2015", "22/11/2019", "14/6/2019", "18/6/2012",
# "27/11/2014", "18/11/2019", "12/3/2020", "23/4/2021", "10/6/2021", "13/5/2011", "năm 2012" and the
# periods "2021-2025", "2021-2030", "2050", "2020-2025", "2011-2015", "2020" (dates), "lần thứ 5",
# "khóa XVII", "khóa XV" (labels).
# --------------------------------------------------------------------------
D10 = dict(name="10_tuyenquang-de-an-nguon-nhan-luc-2021-precision", kind="target", year=2021, records=[])

# --------------------------------------------------------------------------
# 11 Hà Tĩnh, Hà Tĩnh University opening the school year 2020-2021 (dantri.com.vn; nothing cut; no
# stamp, no byline: the date "Sáng 18/11" names no year; the excerpt ends in "tuyển"). Year 2020 (the
# school year 2020-2021 begins in 2020). Results (count): "tuyển sinh gần 900 sinh viên" (~), "trong đó
# có 230 sinh viên Lào" (=), "gần 4.000 sinh viên" (~), "22 mã ngành" (=, the programmes the school
# runs). Not quantities: "4 khối ngành: Sư phạm, Kinh tế, Kỹ thuật, Ngoại ngữ" (the lead count of a
# list of names, as set193's "15 xã ... bao gồm"), "18/11", "20/11", "2020-2021" (dates),
# "Covid-19" (a name).
# --------------------------------------------------------------------------
D11 = dict(name="11_hatinh-dai-hoc-khai-giang-tuyen-sinh-2020", kind="result", year=2020, records=[
    R("gần «900 sinh viên", "Trường ĐH Hà Tĩnh tuyển sinh sinh viên năm học mới 2020-2021", "~", 900, **CNT),
    R("có «230 sinh viên Lào", "sinh viên Lào tuyển sinh năm học mới 2020-2021", "=", 230, **CNT),
    R("gần «4.000 sinh viên", "sinh viên toàn trường", "~", 4000, **CNT),
    R("với «22 mã ngành", "mã ngành của Trường ĐH Hà Tĩnh", "=", 22, **CNT),
])

# --------------------------------------------------------------------------
# 12 Hồ Chí Minh City and Đà Nẵng, universities opening artificial-intelligence programmes in the
# 2026 season, with their quotas (kenh14.vn; cut: the photo caption "Sinh viên trúng tuyển Trường ĐH
# Công thương TPHCM năm 2025 đăng ký ở ký túc xá của trường" with the blank line after it; the stamp
# " date 2026-03-01" written as the first line; the excerpt ends in "4 chuyên "). Kind target (the
# season's quotas and programmes, bare numbers >=), year 2026. Tài chính - Marketing: "tuyển 8.000
# chỉ tiêu ở 20 ngành" (two records), "với 70 chỉ tiêu" (AI), "tuyển sinh 90 chỉ tiêu" (data
# science); Công Thương: "vào 39 ngành với tổng chỉ tiêu là 8.500 sinh viên chính quy và 1.000 chỉ
# tiêu chương trình liên kết quốc tế" (three records); Việt - Hàn "mở mới 4 chuyên" (the count of new
# specialisations; the word is cut off after it, the number whole). Not quantities: "4 ngành mới
# gồm AI, kiểm toán, ..." (the lead count of a list of names), "A00", "A01", "C01", "D01" (names),
# "vài năm" (in words).
# --------------------------------------------------------------------------
TCM, CTH = "Trường ĐH Tài chính - Marketing", "Trường ĐH Công Thương TPHCM"
D12 = dict(name="12_tphcm-nganh-ai-chi-tieu-2026", kind="target", year=2026, records=[
    quota("tuyển «8.000 chỉ tiêu", f"{TCM} tuyển chỉ tiêu", ">=", 8000),
    quota("ở «20 ngành", f"{TCM} tuyển sinh ngành", ">=", 20),
    quota("với «70 chỉ tiêu", f"{TCM} tuyển sinh AI theo chương trình chuẩn chỉ tiêu", ">=", 70),
    quota("tuyển sinh «90 chỉ tiêu", f"{TCM} ngành khoa học dữ liệu tuyển sinh chỉ tiêu", ">=", 90),
    quota("vào «39 ngành", f"{CTH} xét tuyển vào ngành", ">=", 39),
    quota("là «8.500 sinh viên", f"{CTH} tổng chỉ tiêu sinh viên chính quy", ">=", 8500),
    quota("và «1.000 chỉ tiêu", f"{CTH} chỉ tiêu chương trình liên kết quốc tế", ">=", 1000),
    quota("mở mới «4 chuyên", "Trường ĐH Công nghệ thông tin và Truyền thông Việt - Hàn (ĐH Đà Nẵng) mở mới "
          "chuyên ngành", ">=", 4),
])

# --------------------------------------------------------------------------
# 13 Hà Nội, the universities opening semiconductor programmes in 2025 with their quotas
# (dantri.com.vn; cut: the photo caption "Thí sinh thi tốt nghiệp THPT tại Hà Nội năm 2024 (Ảnh: Mạnh
# Quân)." (the blank line before it kept); no stamp, no byline; the excerpt ends in "ESCT v"). Year
# 2025 (the season). Results (stated facts of the season): "Có 7 trường đại học tại Hà Nội tuyển
# sinh ngành bán dẫn" (=, count), "mức học phí cao nhất vào khoảng 58 triệu đồng/năm" (~, unit other
# "đồng/năm"). Targets ("dự kiến", the quotas): "dự kiến tuyển 140 chỉ tiêu", "dành 100 suất học bổng"
# (each year, count), "Tổng chỉ tiêu vào khoảng 600" (~), "dự kiến dành 100 chỉ tiêu". Not
# quantities: "3 trường thuộc Đại học Quốc gia Hà Nội là ..." (the lead count of a list of names), "6
# tổ hợp gồm: ...", "2 tổ hợp mới" (the subject combinations, as methods), "A00" ... "D07" (names),
# "hai ngành" (in words).
# --------------------------------------------------------------------------
D13 = dict(name="13_hanoi-nganh-ban-dan-chi-tieu-2025", kind="target", year=2025, records=[
    R("Có «7 trường", "trường đại học tại Hà Nội tuyển sinh ngành bán dẫn năm 2025", "=", 7, **CNT, **RES),
    R("khoảng «58 triệu", "mức học phí cao nhất ngành bán dẫn", "~", 58 * TRIEU, unit="other",
      unit_text="đồng/năm", **RES),
    quota("tuyển «140 chỉ tiêu", "Trường Đại học Khoa học Tự nhiên ngành Công nghệ bán dẫn dự kiến tuyển chỉ tiêu",
          ">=", 140),
    quota("dành «100 suất", "suất học bổng mỗi năm cho sinh viên theo học chương trình thạc sỹ/tiến sỹ", ">=", 100),
    quota("khoảng «600", "Trường Đại học Công nghệ tổng chỉ tiêu hai ngành học mới liên quan đến vi mạch bán dẫn",
          "~", 600),
    quota("dành «100 chỉ tiêu", "Trường Đại học Việt Nhật dự kiến dành chỉ tiêu cho ngành Công nghệ chíp bán dẫn",
          ">=", 100),
])

# --------------------------------------------------------------------------
# 14 Hồ Chí Minh City, the floor scores of Công Thương University for 2023 and its director's forecast
# (vietnamnet.vn; cut: the link "Tra cứu điểm chuẩn đại học năm 2023 nhanh trên VietNamNet" with the
# blank line before it; the stamp " date 2023-07" written as the first line; the page's table of floor
# scores is not in the excerpt). A precision text: two records among forecasts of changes. Targets
# (the quotas): "chỉ tiêu xét tuyển bằng điểm thi tốt nghiệp THPT năm nay đã tăng lên 3150 chỉ tiêu"
# (>=, 2023) and "so với năm ngoái chỉ có 2.200 chỉ tiêu" (>=, 2022: last year's quota, an earlier
# value stated, not a change). Not quantities: "khu vực 3" (a label), "3 bài thi/môn thi" (the parts
# of a combination), "thấp hơn năm ngoái từ 0,5 - 2 điểm", "giảm khoảng tối đa là 2 điểm", "giảm
# khoảng 1,5 điểm", "giảm khoảng từ 0,5 - 1 điểm" (forecast changes against last year), "khoảng 22
# điểm trở lên" (a threshold inside the subject), "THPT 2023" (a date).
# --------------------------------------------------------------------------
D14 = dict(name="14_tphcm-diem-san-cong-thuong-2023-precision", kind="target", year=2023, records=[
    quota("tăng lên «3150 chỉ tiêu", "chỉ tiêu xét tuyển bằng điểm thi tốt nghiệp THPT Trường ĐH Công Thương TP.HCM",
          ">=", 3150),
    quota("chỉ có «2.200 chỉ tiêu", "chỉ tiêu xét tuyển bằng điểm thi tốt nghiệp THPT Trường ĐH Công Thương TP.HCM",
          ">=", 2200, year=2022),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
