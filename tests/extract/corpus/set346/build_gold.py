#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set346).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (goldkit.clause_span).

Each document may also list NOT: locators of percentages deliberately left without a record (a
change against an earlier value or against a target, completion against a plan); check_gold.py
verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: the catalogue names no coverage of social, unemployment or
health insurance, no arrears and no hospital beds, so every record of this set has null (see
README, "Catalogue labels").

The theme: social insurance (BHXH), unemployment insurance (BHTN) and health insurance (BHYT):
people insured, coverage of the workforce and the population, arrears, and the targets set for
them. No text has a digital-transformation heading or lead-in: pillar null throughout.

Shorthand (functools.partial over goldkit.R, as set193 did with its builders):
  PEOPLE  a count of people (unit count)
  AIM     a target (kind target), unit %
  AIM_N   a target count
  MONEY   an amount of money (unit other, unit_text "đồng")

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
from goldkit import R  # noqa: E402

PEOPLE = functools.partial(R, unit="count")
AIM = functools.partial(R, kind="target")
AIM_N = functools.partial(R, unit="count", kind="target")
MONEY = functools.partial(R, unit="other", unit_text="đồng")

# --------------------------------------------------------------------------
# 01 Thái Bình, a meeting on raising health-insurance coverage, end of November 2024
# (baothaibinh.com.vn; cut: the photo caption "Các đại biểu dự cuộc họp." and the byline "Đỗ Hồng
# Anh"; the "Tin cùng chuyên mục" list of other articles kept: page furniture whose dates and times
# are no quantities). Results "Tính đến hết tháng 11/2024": "gần 1,7 triệu người tham gia BHYT"
# (~, count), "tỷ lệ bao phủ đạt khoảng 92,5%" (~). Target "đến hết năm 2025 tỷ lệ bao phủ BHYT đạt
# 95%" (>=, 2025). Not quantities: "11/2024", "tỷ lệ % bao phủ" (no number), the list's
# "13.09.2024 | 18:13 PM" and the like (dates and times).
# --------------------------------------------------------------------------
D01 = dict(name="01_thaibinh-bao-phu-bhyt-2024", kind="result", year=2024, records=[
    PEOPLE("có gần «1,7 triệu người", "người tham gia BHYT toàn tỉnh", "~", 1.7e6),
    R("đạt khoảng «92,5%", "tỷ lệ bao phủ BHYT", "~", 92.5),
    AIM("BHYT đạt «95%", "tỷ lệ bao phủ BHYT", ">=", 95, year=2025),
])

# --------------------------------------------------------------------------
# 02 Bà Rịa - Vũng Tàu, people insured at 31/12/2021 against the province's quotas (stamp
# 2022-04; nothing cut). Year 2021 (the results' date). Results: the counts of BHXH (total,
# compulsory, voluntary), BHTN and BHYT participants (=), the shares "35,1%", "32,48%" of the
# workforce and "86,5%" of the population (=). The quotas in brackets after "chỉ tiêu UBND tỉnh
# giao" ("(35,5%)", "(32%)", "(91%)") are targets (>=) of the same year, as set231 read "(38%)"
# after "chỉ tiêu đề ra tại Nghị quyết". NOT: "thấp hơn 0,4%", "cao hơn 0,48%", "thấp hơn 4,5%"
# (the gaps against the quotas: a change against a target). Scope null: a breakdown by kind of
# insurance is a breakdown by kind of thing (set231).
# --------------------------------------------------------------------------
D02 = dict(name="02_bariavungtau-nguoi-tham-gia-bhxh-bhyt-2021", kind="result", year=2021, records=[
    PEOPLE("BHXH «206.810 người", "tổng số người tham gia BHXH", "=", 206810),
    R("chiếm tỷ lệ «35,1%", "tỷ lệ người tham gia BHXH so với lực lượng lao động (LLLĐ)", "=", 35.1),
    AIM("tỉnh giao («35,5%)", "tỷ lệ người tham gia BHXH so với lực lượng lao động: chỉ tiêu UBND tỉnh giao", ">=",
        35.5),
    PEOPLE("bắt buộc: «199.511 người", "người tham gia BHXH bắt buộc", "=", 199511),
    PEOPLE("tự nguyện: «7.299 người", "người tham gia BHXH tự nguyện", "=", 7299),
    PEOPLE("BHTN «191.379 người", "người tham gia BHTN", "=", 191379),
    R("chiếm tỷ lệ «32,48%", "tỷ lệ người tham gia BHTN so với lực lượng lao động (LLLĐ)", "=", 32.48),
    AIM("tỉnh giao («32%)", "tỷ lệ người tham gia BHTN so với lực lượng lao động: chỉ tiêu UBND tỉnh giao", ">=", 32),
    PEOPLE("BHYT «1.017.308 người", "người tham gia BHYT", "=", 1017308),
    R("bao phủ «86,5%", "tỷ lệ bao phủ BHYT dân số", "=", 86.5),
    AIM("tỉnh giao («91%)", "tỷ lệ bao phủ BHYT dân số: chỉ tiêu UBND tỉnh giao", ">=", 91),
], NOT=["thấp hơn «0,4%", "cao hơn «0,48%", "thấp hơn «4,5%"])

# --------------------------------------------------------------------------
# 03 Nghệ An, people insured at February 2021 (stamp 2021-03; nothing cut). Year 2021 ("Tính
# đến tháng 2/2021"). Results: six counts (=): all participants, BHXH, compulsory BHXH, voluntary
# BHXH, BHTN, BHYT. Not quantities: the increases "tăng 40.640 người", "tăng 10.513 người", ...
# "tăng 33.746 người" against the same period of 2020 (changes); NOT: their percentages "(tăng
# 14,65%)", "(tăng 4,60%)", "(tăng 61,64%)", "(tăng 6,05%)", "(tăng 1,22%)".
# --------------------------------------------------------------------------
D03 = dict(name="03_nghean-nguoi-tham-gia-bhxh-bhyt-2021", kind="result", year=2021, records=[
    PEOPLE("có «2.873.346 người", "người tham gia BHXH, BHYT, BHXH tự nguyện, BH thất nghiệp (BHTN) toàn tỉnh", "=",
           2873346),
    PEOPLE("BHXH là «318.011 người", "Số người tham gia BHXH", "=", 318011),
    PEOPLE("bắt buộc là «239.011 người", "người tham gia BHXH bắt buộc", "=", 239011),
    PEOPLE("tự nguyện là «79.000 người", "người tham gia BHXH tự nguyện", "=", 79000),
    PEOPLE("BHTN là «217.587 người", "người tham gia BHTN", "=", 217587),
    PEOPLE("BHYT: «2.794.346 người", "Số người tham gia BHYT", "=", 2794346),
], NOT=["(tăng «14,65%)", "(tăng «4,60%)", "(tăng «61,64%)", "(tăng «6,05%)", "(tăng «1,22%)"])

# --------------------------------------------------------------------------
# 04 The whole country, BHXH participants at the end of October 2020 (danviet.vn; stamp 2020-11;
# nothing cut). Year 2020. Results: "15,67 triệu người" (=, count), "chiếm khoảng 31,8%" (~),
# "BHXH bắt buộc là 14,78 triệu người" (=). Not quantities: "tăng 114,5 nghìn người so với tháng
# 9/2020", "giảm 102.000 người so với cùng kỳ năm 2019", "giảm 418.900 người so với cuối năm 2019"
# (changes), "số người còn phải phát triển ... là 1,26 triệu người" (the gap left to the quota, as
# the earlier sets' "còn thiếu"), "10/2020", "9/2020" (dates).
# --------------------------------------------------------------------------
D04 = dict(name="04_toanquoc-bhxh-bat-buoc-2020", kind="result", year=2020, records=[
    PEOPLE("BHXH là «15,67 triệu người", "số người tham gia BHXH", "=", 15.67e6),
    R("chiếm khoảng «31,8%", "số người tham gia BHXH so với lực lượng lao động trong độ tuổi", "~", 31.8),
    PEOPLE("bắt buộc là «14,78 triệu người", "người tham gia BHXH bắt buộc", "=", 14.78e6),
])

# --------------------------------------------------------------------------
# 05 The whole country, participants and insurance arrears at the end of October 2021 (nld.com.vn;
# stamp 2021-11; nothing cut). Year 2021. Results: "hơn 12,5 triệu người" (>, count), "(đạt
# 25,18% lực lượng lao động)" (=), "gần 84 triệu người tham gia BHYT" (~), "86,04% dân số" (=),
# the arrears "24.330 tỉ đồng" (=, other, "đồng", "tỉ" multiplying as "tỷ") and "chiếm 5,74% so
# với số phải thu" (=, the denominator of a share, spec), the lump-sum recipients "số lũy kế 10
# tháng năm 2021 vẫn lên tới 844.636 người" (=, count). NOT: "đạt 76,75% kế hoạch" (completion
# against the plan). Not quantities: "trên 2 triệu người tham gia BHXH và 5,5 triệu người tham gia
# BHYT" still to be enrolled (the gap left to the year's quota, as 04's), "giảm 747.005 người",
# "giảm 3.543.716 người", "giảm 252 người" (changes), "tháng 9-2021", "10-2021", "10 tháng"
# (dates, a period).
# --------------------------------------------------------------------------
D05 = dict(name="05_toanquoc-no-bao-hiem-nguoi-tham-gia-2021", kind="result", year=2021, records=[
    PEOPLE("là hơn «12,5 triệu người", "Số tham gia bảo hiểm thất nghiệp (BHTN)", ">", 12.5e6),
    R("(đạt «25,18%", "Số tham gia bảo hiểm thất nghiệp (BHTN): lực lượng lao động", "=", 25.18),
    PEOPLE("và gần «84 triệu người", "người tham gia BHYT", "~", 84e6),
    R("bao phủ «86,04%", "tỉ lệ bao phủ BHYT dân số", "=", 86.04),
    MONEY("con số «24.330 tỉ đồng", "tổng số nợ BHXH, BHYT, BHTN", "=", 24330e9),
    R("chiếm «5,74%", "tổng số nợ BHXH, BHYT, BHTN so với số phải thu", "=", 5.74),
    PEOPLE("lên tới «844.636 người", "số người nhận BHXH một lần lũy kế 10 tháng năm 2021", "=", 844636),
], NOT=["đạt «76,75% kế hoạch"])

# --------------------------------------------------------------------------
# 06 The whole country, participants at the end of 2023 (thoibaotaichinhvietnam.vn; stamp 2024-01;
# nothing cut). Year 2023 ("Tính đến hết năm 2023"). Results: "18,259 triệu người" (=, count), "đạt
# tỷ lệ khoảng 39,25%" (~), voluntary "1,83 triệu người" (=), "Tỷ lệ người tham gia bảo hiểm thất
# nghiệp là 14,693 triệu người" (=, a count despite the word "Tỷ lệ"), "bảo hiểm y tế đạt 93,35%"
# (=), "trên 93,307 triệu người" (>). NOT: "vượt 1,42% so với mục tiêu", "vượt 0,15% so với Nghị
# quyết" (changes against a target). Not quantities: "01/NQ-CP", "28-NQ/TW" (names), "năm 2025".
# --------------------------------------------------------------------------
D06 = dict(name="06_toanquoc-bhxh-tu-nguyen-bhyt-2023", kind="result", year=2023, records=[
    PEOPLE("có «18,259 triệu người", "người tham gia bảo hiểm xã hội cả nước", "=", 18.259e6),
    R("tỷ lệ khoảng «39,25%", "người tham gia bảo hiểm xã hội so với lực lượng lao động trong độ tuổi", "~", 39.25),
    PEOPLE("đạt «1,83 triệu người", "số người tham gia bảo hiểm xã hội tự nguyện", "=", 1.83e6),
    PEOPLE("là «14,693 triệu người", "người tham gia bảo hiểm thất nghiệp", "=", 14.693e6),
    R("đạt «93,35%", "tỷ lệ người tham gia bảo hiểm y tế", "=", 93.35),
    PEOPLE("trên «93,307 triệu người", "người tham gia bảo hiểm y tế", ">", 93.307e6),
], NOT=["vượt «1,42%", "vượt «0,15%"])

# --------------------------------------------------------------------------
# 07 Hà Nội, coverage at 30/10/2021 (doanhnghiephoinhap.vn; cut: the byline date "23:55
# 22/11/2021" with the blank line after it, written as the first line `date 2021-11-22`). Year 2021.
# Results: the title's "đạt 90,2%" and the body's (two records: a number stated twice, as set231),
# "(7.312.817 người)" (=, count), "đạt 38,28%" (=), "(1.868.404 người)" (=, count).
# --------------------------------------------------------------------------
D07 = dict(name="07_hanoi-bao-phu-bhyt-bhxh-2021", kind="result", year=2021, records=[
    R("thành phố đạt «90,2%\n", "tỷ lệ bao phủ bảo hiểm y tế trên địa bàn thành phố", "=", 90.2),
    R("thành phố đạt «90,2% (", "tỷ lệ bao phủ bảo hiểm y tế trên địa bàn thành phố", "=", 90.2),
    PEOPLE("(«7.312.817 người)", "người tham gia bảo hiểm y tế trên địa bàn thành phố", "=", 7312817),
    R("lao động đạt «38,28%", "tỷ lệ số người tham gia bảo hiểm xã hội trên lực lượng lao động trong độ tuổi lao "
      "động", "=", 38.28),
    PEOPLE("(«1.868.404 người)", "người tham gia bảo hiểm xã hội", "=", 1868404),
])

# --------------------------------------------------------------------------
# 08 The whole country, the Government's targets for 2020 in the socio-economic plan presented to
# the National Assembly (tienphong.vn; cut: the widgets "MỚI - NÓNG" and "Có thể bạn quan tâm"
# with the blank line between them; no byline, no stamp). Kind target, year 2020. The title's
# "bao phủ 90,7% dân số" (bare number in a target: >=) and the body's two "đạt 90,7%" (the
# paragraph is repeated: two records each), "số giường bệnh trên một vạn dân ... đạt 28 giường
# bệnh" twice (>=, unit other, unit_text "giường bệnh" as written at the number; the per-10,000
# base in the indicator, as earlier sets' "45,7 giường"). Not quantities: "năm 2019" (the report's
# year), "Kỳ họp thứ 8", "khóa XIV" (names), "21/10" (a date).
# --------------------------------------------------------------------------
D08 = dict(name="08_toanquoc-muc-tieu-bhyt-giuong-benh-2020", kind="target", year=2020, records=[
    R("bao phủ «90,7% dân số", "Bảo hiểm y tế bao phủ dân số", ">=", 90.7),
    R("Năm 2020, Chính phủ đặt mục tiêu tỷ lệ dân số tham gia BHYT đạt «90,7%", "tỷ lệ dân số tham gia BHYT", ">=",
      90.7),
    R("Năm 2020, Chính phủ đặt mục tiêu tỷ lệ dân số tham gia BHYT đạt 90,7%; số giường bệnh trên một vạn dân "
      "(không tính giường trạm y tế xã) đạt «28", "số giường bệnh trên một vạn dân (không tính giường trạm y tế xã)",
      ">=", 28, unit="other", unit_text="giường bệnh"),
    R("năm 2020, Chính phủ đặt mục tiêu tỷ lệ dân số tham gia BHYT đạt «90,7%", "tỷ lệ dân số tham gia BHYT", ">=",
      90.7),
    R("năm 2020, Chính phủ đặt mục tiêu tỷ lệ dân số tham gia BHYT đạt 90,7%; số giường bệnh trên một vạn dân "
      "(không tính giường trạm y tế xã) đạt «28", "số giường bệnh trên một vạn dân (không tính giường trạm y tế xã)",
      ">=", 28, unit="other", unit_text="giường bệnh"),
])

# --------------------------------------------------------------------------
# 09 Quảng Bình, the coverage quotas of Decision 546/QĐ-TTg for 2022-2025 (beta.dangcongsan.vn;
# cut: the logo line "Logo báo điện tử Đảng Cộng sản Việt Nam" with the blank line after it, the
# byline "Thứ Sáu, 06/05/2022 10:40 (GMT+0)" written as the first line `date 2022-05-06`, the
# share widgets "zalo-icon", "viber-icon", the caption "Ảnh minh họa " with the blank line after
# it, the byline "Mai Anh", "có thể bạn quan tâm" and "Ý KIẾN BÌNH LUẬN" with their blank lines).
# Kind target; each year as written. "được giao tỷ lệ ... năm 2022 là 91,75%": a quota assigned is
# a target, "là" in a target reads >=. The title's "đạt 95% vào năm 2025" (>=, 2025). The province's
# four yearly quotas stand twice (the lead paragraph is repeated after the decision's name): eight
# records. The country's four quotas ("toàn quốc", in the indicator; scope null: the country and
# the provinces are not levels split in one sentence as the spec's scopes) and six provinces'
# quotas for 2022, each with `place`. Not quantities: "546/QĐ-TTg" (a name), "giai đoạn 2022 –
# 2025", the years (dates).
# --------------------------------------------------------------------------
QB = "tỷ lệ bao phủ bảo hiểm y tế tỉnh Quảng Bình được giao"
VN = "tỷ lệ bao phủ bảo hiểm y tế toàn quốc được giao"
P22 = "tỷ lệ bao phủ bảo hiểm y tế năm 2022 được giao"
D09 = dict(name="09_quangbinh-chi-tieu-bao-phu-bhyt-2022-2025", kind="target", year=None, records=[
    R("bảo hiểm y tế đạt «95% vào năm 2025", "Quảng Bình được giao chỉ tiêu bao phủ bảo hiểm y tế", ">=", 95,
      year=2025),
    R("(ĐCSVN) - Cụ thể, tỉnh Quảng Bình được giao tỷ lệ bao phủ bảo hiểm y tế năm 2022 là «91,75%", QB, ">=", 91.75,
      year=2022),
    R("năm 2023 là «92,50%, năm 2024 là 93,75%, năm 2025 là 95,00%.\n\nĐó", QB, ">=", 92.5, year=2023),
    R("năm 2024 là «93,75%, năm 2025 là 95,00%.\n\nĐó", QB, ">=", 93.75, year=2024),
    R("năm 2025 là «95,00%.\n\nĐó", QB, ">=", 95, year=2025),
    R("\nCụ thể, tỉnh Quảng Bình được giao tỷ lệ bao phủ bảo hiểm y tế năm 2022 là «91,75%", QB, ">=", 91.75,
      year=2022),
    R("năm 2023 là «92,50%, năm 2024 là 93,75%, năm 2025 là 95,00%.\n\nĐược", QB, ">=", 92.5, year=2023),
    R("năm 2024 là «93,75%, năm 2025 là 95,00%.\n\nĐược", QB, ">=", 93.75, year=2024),
    R("năm 2025 là «95,00%.\n\nĐược", QB, ">=", 95, year=2025),
    R("toàn quốc năm 2022 là «92,6%", VN, ">=", 92.6, year=2022),
    R("năm 2023 là «93,2%", VN, ">=", 93.2, year=2023),
    R("năm 2024 là «94,1%", VN, ">=", 94.1, year=2024),
    R("năm 2025 là «95,15%", VN, ">=", 95.15, year=2025),
    R("Hà Nội là «91,66%", P22 + " thành phố Hà Nội", ">=", 91.66, year=2022, place="Hà Nội"),
    R("Chí Minh là «91,25%", P22 + " Thành phố Hồ Chí Minh", ">=", 91.25, year=2022,
      place="Thành phố Hồ Chí Minh"),
    R("An Giang «92%", P22 + " tỉnh An Giang", ">=", 92, year=2022, place="An Giang"),
    R("Vũng Tàu «91,5%", P22 + " tỉnh Bà Rịa - Vũng Tàu", ">=", 91.5, year=2022, place="Bà Rịa - Vũng Tàu"),
    R("Bạc Liêu «91,25%", P22 + " tỉnh Bạc Liêu", ">=", 91.25, year=2022, place="Bạc Liêu"),
    R("Bắc Giang «93,5%", P22 + " tỉnh Bắc Giang", ">=", 93.5, year=2022, place="Bắc Giang"),
])

# --------------------------------------------------------------------------
# 10 The whole country, 88 million people in health insurance at the end of 2020
# (truyenhinhthanhhoa.vn; cut: the station's header "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THANH HÓA",
# "Thanh Hoa Radio and Television", "Đường dây nóng: 0237 3721150" with the blank lines after the
# first and the third (a run shared with set197's 08), the byline "12/01/2021 09:18" with the blank
# line after it, written as the first line `date 2021-01-12`; the "Ý kiến bạn đọc", "Đọc thêm"
# furniture and the two other articles' titles, times and dates kept). Year 2020 for the results
# ("Tính đến hết năm 2020"; the title's and the lead's "88 triệu" are the same figure, "hiện" at the
# January 2021 report: a judgement). Results: the title's "88 triệu người" (=, bare), the lead's and
# the body's "khoảng 88 triệu" (~), "chiếm 90,85% dân số" (=), "Hiện hơn 50% thẻ bảo hiểm y tế được
# mua bằng ngân sách nhà nước" (>). Target: "mục tiêu đến năm 2025 tỷ lệ tham gia BHYT đạt 95% dân
# số" (>=, 2025). NOT: "vượt 0,15% chỉ tiêu", "tăng 25,6% so với năm 2015" (changes). Not
# quantities: "5 năm qua" (a period), "lần thứ XII" (a name), "12/1/2021", "23:13 , 25/02/2025",
# "Sáng 25/2", "2025 – 2030" (dates and times), "Nghị quyết số 01".
# --------------------------------------------------------------------------
D10 = dict(name="10_toanquoc-88-trieu-nguoi-bhyt-2020", kind="result", year=2020, records=[
    PEOPLE("«88 triệu người Việt Nam", "người Việt Nam đã tham gia bảo hiểm y tế", "=", 88e6),
    PEOPLE("với khoảng «88 triệu người đã", "người đã tham gia BHYT", "~", 88e6),
    PEOPLE("với khoảng «88 triệu người tham gia", "người tham gia bảo hiểm y tế (BHYT)", "~", 88e6),
    R("chiếm «90,85% dân số", "chỉ tiêu bao phủ bảo hiểm y tế (BHYT) so với dân số", "=", 90.85),
    R("Hiện hơn «50% thẻ", "thẻ bảo hiểm y tế được mua bằng ngân sách nhà nước và hỗ trợ của các tổ chức", ">", 50),
    AIM("BHYT đạt «95% dân số", "tỷ lệ tham gia BHYT", ">=", 95, year=2025),
], NOT=["vượt «0,15%", "tăng «25,6%"])

# --------------------------------------------------------------------------
# 11 Bình Định, Vĩnh Thạnh district's campaign for health insurance during the Covid-19 epidemic
# (247vinhthanh.com; nothing cut; no byline, no stamp). A precision text: two results, year null
# (the text names no year). "toàn huyện có trên 83.000 người tham gia BHYT" (>, count), "đạt tỷ lệ
# 85,14% dân số của huyện" (=). Not quantities: "Covid 19" (a name).
# --------------------------------------------------------------------------
D11 = dict(name="11_binhdinh-vinhthanh-van-dong-bhyt-precision", kind="result", year=None, records=[
    PEOPLE("có trên «83.000 người", "người tham gia BHYT toàn huyện", ">", 83000),
    R("tỷ lệ «85,14%", "tỷ lệ người tham gia BHYT trong dân số của huyện", "=", 85.14),
])

# --------------------------------------------------------------------------
# 12 The whole country, the coverage targets for 2025 (kinhtedothi.vn, a tag page's first item;
# nothing cut). Kind target, year 2025. The title's "trên 95% dân số tham gia BHYT" (>), the body's
# "lần lượt đạt khoảng 45%, 35% lực lượng lao động trong độ tuổi" (two records, each its own
# subject, both ~: one "khoảng" for the pair "lần lượt", a judgement) and "trên 95% dân số" (>).
# --------------------------------------------------------------------------
D12 = dict(name="12_toanquoc-muc-tieu-bao-phu-2025", kind="target", year=2025, records=[
    R("năm 2025, trên «95% dân số tham gia BHYT\n", "dân số tham gia BHYT", ">", 95),
    R("lần lượt đạt khoảng «45%", "số người tham gia bảo hiểm xã hội (BHXH) trong lực lượng lao động trong độ tuổi",
      "~", 45),
    R("45%, «35%", "số người tham gia bảo hiểm thất nghiệp (BHTN) trong lực lượng lao động trong độ tuổi", "~", 35),
    R("độ tuổi, trên «95%", "dân số tham gia bảo hiểm y tế (BHYT)", ">", 95),
])

# --------------------------------------------------------------------------
# 13 The whole country, social insurance in 2023, on District 10's (Hồ Chí Minh City) information
# page (quan10.hochiminhcity.gov.vn; nothing cut: the page's date "24 Tháng Sáu 2024", its section,
# poster, date "04/03/2024" and view counter "603" kept as furniture, no quantities; the trailing
# "In Đánh dấu và chia sẻ" kept). Year 2023 ("Năm 2023"). Results: "cả nước đã có khoảng: 18,26
# triệu người tham gia BHXH" (~), "đạt 39,25%" (=), "khoảng 1,83 triệu người tham gia BHXH tự
# nguyện" (~), "đạt 3,92%" (=), "14,7 triệu người tham gia BHTN" (~: the list's lead "khoảng:"
# governs its items, a judgement), "đạt gần 31,6%" (~). NOT: "vượt 1,42% mục tiêu" (a change
# against a target). Not quantities: "28-NQ/TW", "năm 2025".
# --------------------------------------------------------------------------
D13 = dict(name="13_toanquoc-luoi-an-sinh-bhxh-2023", kind="result", year=2023, records=[
    PEOPLE("khoảng: «18,26 triệu người", "người tham gia BHXH cả nước", "~", 18.26e6),
    R("đạt «39,25%", "người tham gia BHXH trong lực lượng lao động trong độ tuổi", "=", 39.25),
    PEOPLE("khoảng «1,83 triệu người", "người tham gia BHXH tự nguyện", "~", 1.83e6),
    R("đạt «3,92%", "người tham gia BHXH tự nguyện trong lực lượng lao động (LLLĐ) trong độ tuổi", "=", 3.92),
    PEOPLE("; «14,7 triệu người", "người tham gia BHTN", "~", 14.7e6),
    R("đạt gần «31,6%", "người tham gia BHTN trong LLLĐ trong độ tuổi", "~", 31.6),
], NOT=["vượt «1,42%"])

# --------------------------------------------------------------------------
# 14 Four ways to look up a health-insurance card, 2022 (dichvubachkhoa.vn, a copy of ebh.vn's
# article; cut: the byline "Bởi ebh.vn" with the blank line after it, and the byline date "–
# 23/04/2022" with the blank line after it, written as the first line `date 2022-04-23`; the
# excerpt ends in "có th"). A precision text, no record: "4 cách tra cứu" (a count of methods, as
# the spec's counts of tasks and solutions), "năm 2022" (a date), the list labels "1." ... "4.",
# the SMS number "8079" (a name).
# --------------------------------------------------------------------------
D14 = dict(name="14_toanquoc-tra-cuu-the-bhyt-2022-precision", kind="result", year=2022, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
