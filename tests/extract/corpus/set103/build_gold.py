#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set103).

Copied from set69's builder (itself from set47's, set45's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the
text with « just before the number. The locator (without «) must occur exactly once in the text;
the anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as
in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (241
entries; see README). As in set10-set69, the id is given in the record itself (`iid=`).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, GOV, ECO, SOC, INFRA, SEC, HR, DATA, SMART, INST, AWARE, CNT, RANK, T, RES  # noqa: E402


DIEM = dict(unit="other", unit_text="điểm")
DONG = dict(unit="other", unit_text="đồng")
USD = dict(unit="other", unit_text="USD")
MBG = dict(unit="other", unit_text="Mb/giây")
MBPS = dict(unit="other", unit_text="Mbps")
MS = dict(unit="other", unit_text="ms")

MOB, FIX = "infra.mobile_broadband_speed", "infra.fixed_broadband_speed"
ICTREV = "econ.ict_industry_revenue"
DTE = "econ.digital_tech_enterprises_count"

# --------------------------------------------------------------------------
# 01 The ICT sector's figures of 2024, national (cafef.vn; the crawler's stamp
# " date 2025-08-20" moved to a first line `date 2025-08`; "năm 2024" → 2024).
# Results of 2024: the sector's revenue "4,2 triệu tỷ đồng" (=, 4.2e15 đồng,
# econ.ict_industry_revenue, whose wording "doanh thu toàn ngành thông tin và
# truyền thông" it is), the budget paid "109.478 tỷ đồng", the contribution to
# GDP "989.016 tỷ đồng" (no id), the workforce "khoảng 1,5 triệu lao động" (~,
# count; no id: the catalogue holds the ICT workforce as a share), "Doanh thu
# lĩnh vực ICT đạt lần lượt 3,8 triệu tỷ đồng" (=, econ.ict_industry_revenue),
# "ước đạt 54.500 doanh nghiệp" (=, count, econ.digital_tech_enterprises_count).
# Targets: "Bộ TT&TT đặt mục tiêu doanh thu lĩnh vực ICT ước đạt 4,3 triệu tỷ
# đồng (tăng 11,4% so với năm 2024)" (>=; year 2025, the year after the one it
# is compared with; a judgement), its bracket "tăng 11,4%" (a target stated as
# a change: a quantity, >=; no id; a judgement), "đóng góp vào GDP ... dự kiến
# đạt 855 nghìn tỷ đồng (tăng 5,3% so với cùng kỳ)" (two targets, >=, 2025),
# "dự kiến ... tăng lên mức 60.000 doanh nghiệp trong năm 2025" (target, >=,
# count). NOT: the results' changes "tăng 13,2%", "15,1%", "11,2%", "2%",
# "14,1% svck". Not quantities: "năm 2023", "5G", "2G". Pillar null.
# --------------------------------------------------------------------------
D01 = dict(name="01_ca-nuoc-doanh-thu-ict-2024", kind="result", year=2024, records=[
    R("ước đạt «4,2 triệu tỷ", "doanh thu toàn ngành thông tin và truyền thông", "=", 4.2e15, **DONG, iid=ICTREV),
    R("ước đạt «109.478", "nộp ngân sách nhà nước (NSNN) của ngành thông tin và truyền thông", "=", 109478e9, **DONG),
    R("ước đạt «989.016", "Đóng góp vào GDP của ngành thông tin và truyền thông", "=", 989016e9, **DONG),
    R("khoảng «1,5 triệu lao động", "Tổng số lao động toàn ngành", "~", 1.5e6, **CNT),
    R("lần lượt «3,8 triệu", "Doanh thu lĩnh vực ICT", "=", 3.8e15, **DONG, iid=ICTREV),
    R("ước đạt «4,3 triệu", "doanh thu lĩnh vực ICT", ">=", 4.3e15, **DONG, kind="target", year=2025, iid=ICTREV),
    R("(tăng «11,4%", "tăng doanh thu lĩnh vực ICT so với năm 2024", ">=", 11.4, kind="target", year=2025),
    R("dự kiến đạt «855 nghìn", "đóng góp vào GDP của lĩnh vực ICT", ">=", 855e12, **DONG, kind="target",
      year=2025),
    R("(tăng «5,3%", "tăng đóng góp vào GDP của lĩnh vực ICT so với cùng kỳ", ">=", 5.3, kind="target",
      year=2025),
    R("ước đạt «54.500", "Số doanh nghiệp công nghệ số đang hoạt động", "=", 54500, **CNT, iid=DTE),
    R("mức «60.000", "Số doanh nghiệp công nghệ số đang hoạt động", ">=", 60000, **CNT, kind="target",
      year=2025, iid=DTE),
], NOT=["tăng «13,2%", "tăng «15,1%", "tăng «11,2%", "tăng «2% so", "tăng «14,1%"])

# --------------------------------------------------------------------------
# 02 Speedtest's Global Index of June 2023, national (baomoi.zadn.vn, no date
# shown; "tháng 6/2023" → 2023). The title "Speedtest công bố mạng di động
# nhanh nhất Việt Nam" names a topic of hạ tầng số (mạng viễn thông) →
# digital_infrastructure for the whole excerpt (set69's judgement that a page
# title counts as a heading). Ranks: "đứng thứ 50 thế giới" (=), "lần lượt
# xếp hạng thứ 50 và 44 thế giới" (two rank records, mobile and fixed; no id:
# the catalogue has no rank of speeds). Speeds in "Mb/giây" (other): the
# country's mobile and fixed download speeds (infra.mobile_broadband_speed,
# infra.fixed_broadband_speed; "9,344" recorded as printed, 9.344), uploads
# and latencies "23ms", "4ms" (no id). Each operator's download speed (52,39,
# 49,46, 35,77) keeps the country's speed id (the same measure on one
# operator's network; a judgement), latencies "34ms", "(36ms)", "(40ms)" no
# id; the shares of tests meeting the floor, "94,8%", "93,6%", "89,5%" (=, no
# id). The device's "(70,33 Mb/giây)" is recorded (a speed measured) with no
# id. Not quantities: the floor "tối thiểu là 5Mb/giây", "tối thiểu 1
# Mb/giây" (the definition of the share), "tháng 6", "quý II", "iPhone 14",
# "top 5", "S23".
# --------------------------------------------------------------------------
D02 = dict(name="02_ca-nuoc-speedtest-thang-6-2023", kind="result", year=2023, records=[
    R("đứng thứ «50 thế giới", "Việt Nam đứng thế giới về tốc độ Internet băng rộng di động", "=", 50, **RANK,
      pillar=INFRA),
    R("hạng thứ «50 và", "xếp hạng thế giới tốc độ Internet băng rộng di động của Việt Nam", "=", 50, **RANK,
      pillar=INFRA),
    R("thứ 50 và «44 thế giới", "xếp hạng thế giới tốc độ Internet băng rộng cố định của Việt Nam", "=", 44,
      **RANK, pillar=INFRA),
    R("ở mức «47,31", "băng rộng di động tốc độ tải xuống trung bình", "=", 47.31, **MBG, pillar=INFRA, iid=MOB),
    R("ở mức «19,44", "băng rộng di động tốc độ tải lên", "=", 19.44, **MBG, pillar=INFRA),
    R("độ trễ «23ms", "băng rộng di động độ trễ", "=", 23, **MS, pillar=INFRA),
    R("ở mức «9,344", "băng rộng cố định tốc độ tải xuống trung bình", "=", 9.344, **MBG, pillar=INFRA, iid=FIX),
    R("ở mức «93,42", "băng rộng cố định tốc độ tải lên", "=", 93.42, **MBG, pillar=INFRA),
    R("độ trễ «4ms", "băng rộng cố định độ trễ", "=", 4, **MS, pillar=INFRA),
    R("nhất với «52,39", "VinaPhone có tốc độ tải xuống trung bình nhanh nhất", "=", 52.39, **MBG, pillar=INFRA,
      iid=MOB),
    R("lần lượt «49,46", "Viettel tốc độ tải xuống", "=", 49.46, **MBG, pillar=INFRA, iid=MOB),
    R("giây và «35,77", "MobiFone tốc độ tải xuống", "=", 35.77, **MBG, pillar=INFRA, iid=MOB),
    R("thấp nhất «34ms", "VinaPhone có độ trễ đa máy chủ trung bình thấp nhất", "=", 34, **MS, pillar=INFRA),
    R("MobiFone («36ms", "MobiFone độ trễ đa máy chủ trung bình", "=", 36, **MS, pillar=INFRA),
    R("Viettel («40ms", "Viettel độ trễ đa máy chủ trung bình", "=", 40, **MS, pillar=INFRA),
    R("khi «94,8% kết quả", "kết quả của VinaPhone cho thấy tốc độ tải xuống tối thiểu là 5Mb/giây và tải lên "
      "tối thiểu 1 Mb/giây", "=", 94.8, pillar=INFRA),
    R("với «93,6%", "Viettel mức độ ổn định kết quả", "=", 93.6, pillar=INFRA),
    R("và «89,5%", "MobiFone mức độ ổn định kết quả", "=", 89.5, pillar=INFRA),
    R("cao nhất («70,33", "iPhone 14 Pro Max thiết bị đạt tốc độ tải xuống trung bình cao nhất", "=", 70.33, **MBG,
      pillar=INFRA),
])

# --------------------------------------------------------------------------
# 03 Speedtest's index of September 2023, national (24h.com.vn; the stamp
# " date 2023-10" moved to `date 2023-10`; "tháng 9/2023" → 2023). Vietnam's
# mobile speed "44,13Mbps" (infra.mobile_broadband_speed) and rank "xếp hạng 58"
# (=), fixed "94,45Mbps" (infra.fixed_broadband_speed: "Internet băng rộng"
# here is the fixed one, set against "di động") and "giữ nguyên hạng 46" (=).
# Other countries' speeds are recorded as values of the same measures (UAE
# 211,58 and Qatar 187,55 mobile; Hồng Kông 265,17 and Singapore 259,11 fixed;
# ids kept, no `place`: a country is not a province or commune; a judgement).
# Not quantities: "giảm tới 9 bậc", "tăng trưởng 1 bậc" (changes), "vị trí thứ
# hai" (a word). Pillar null (no heading: the title is not in the excerpt).
# --------------------------------------------------------------------------
D03 = dict(name="03_ca-nuoc-speedtest-thang-9-2023", kind="result", year=2023, records=[
    R("là «44,13Mbps", "tốc độ Internet di động trung bình tại Việt Nam", "=", 44.13, **MBPS, iid=MOB),
    R("xếp hạng «58", "tốc độ Internet di động Việt Nam xếp hạng trên thế giới", "=", 58, **RANK),
    R("là «94,45Mbps", "tốc độ Internet băng rộng trung bình tại Việt Nam", "=", 94.45, **MBPS, iid=FIX),
    R("nguyên hạng «46", "tốc độ Internet băng rộng Việt Nam giữ nguyên hạng trên thế giới", "=", 46, **RANK),
    R("UAE với «211,58", "quốc gia có tốc độ Internet di động nhanh nhất thế giới là UAE", "=", 211.58, **MBPS,
      iid=MOB),
    R("thứ hai «187,55", "tốc độ Internet di động của Qatar", "=", 187.55, **MBPS, iid=MOB),
    R("dẫn đầu với «265,17", "tốc độ Internet băng rộng Hồng Kông", "=", 265.17, **MBPS, iid=FIX),
    R("Singapore là «259,11", "tốc độ Internet băng rộng của Singapore", "=", 259.11, **MBPS, iid=FIX),
])

# --------------------------------------------------------------------------
# 04 Cashless payments in January 2024, national (sggp.org.vn, no date shown;
# "tính đến cuối tháng 1-2024" → 2024). A precision text: two quantities,
# "20.986 cây ATM" and "554.580 POS" (=, count; no id), among fourteen
# percentages that are all changes against the same month of 2023 (NOT,
# including the title's "tăng gần 893%" and "63 %" written with a space). Not
# quantities: "Ngày 7-3", "1-2024" (twice), "năm 2023", "năm 2030". Pillar
# null.
# --------------------------------------------------------------------------
D04 = dict(name="04_ca-nuoc-qr-code-thang-1-2024-precision", kind="result", year=2024, records=[
    R("có «20.986 cây ATM", "cây ATM trên thị trường", "=", 20986, **CNT),
    R("có «554.580 POS", "POS cả nước", "=", 554580, **CNT),
], NOT=["tăng gần «893%\n", "giảm «1,7%", "tăng «32,68%", "tăng hơn «63 %", "hơn «41 % về giá trị, qua kênh Internet",
        "gần «58%", "hơn «32%", "gần «69%", "hơn «41% về giá trị.", "gần «17%", "gần «14%", "hơn «15%",
        "gần «19%", "gần «893% về", "hơn «1.000%"])

# --------------------------------------------------------------------------
# 05 The 2025 cashless day, national (tapchinganhang.gov.vn; the page's leading
# blank line cut; no date shown; "Ngày 02/6/2025" → document year 2025). A
# precision text: the value of cashless payments "trong năm 2024 đạt trên 295,2
# triệu tỷ đồng" (result, >, 2.952e17 đồng, year 2024; no id: the catalogue's
# cashless measure is a share), "gấp 26 lần GDP" (the same value as a multiple
# of GDP, like "% GRDP": other "lần", =; a judgement), "Cùng thời điểm này ...
# tỷ lệ người dân từ 15 tuổi trở lên có tài khoản tại ngân hàng đạt 86,97%"
# (=, 2024, society.bank_account_15plus_share). NOT: "tăng 30-40%/năm" (a rate
# of growth), "tăng 44,43%", "tăng 40,41%" (changes). Not quantities:
# "02/6/2025", "năm 2025", "quý I/2025". Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_ca-nuoc-ngay-khong-tien-mat-2025-precision", kind="result", year=2025, records=[
    R("đạt trên «295,2", "giá trị thanh toán không dùng tiền mặt", ">", 295.2e15, **DONG, year=2024),
    R("gấp «26 lần", "giá trị thanh toán không dùng tiền mặt gấp GDP của Việt Nam", "=", 26, unit="other",
      unit_text="lần", year=2024),
    R("đạt «86,97%", "tỷ lệ người dân từ 15 tuổi trở lên có tài khoản tại ngân hàng", "=", 86.97, year=2024,
      iid="society.bank_account_15plus_share"),
], NOT=["tăng «30-40%", "tăng «44,43%", "tăng «40,41%"])

# --------------------------------------------------------------------------
# 06 The Ministry's half-year report of 2023, national (vietbao.vn print page;
# the byline "Xe - Công nghệ - Ngày đăng : 15:44, 06/07/2023" cut and written
# as `date 2023-07`; "tính đến tháng 6/2023" → 2023). The title "Việt Nam đã có
# 85,7 triệu thuê bao băng rộng di động" names băng rộng → digital_infrastructure
# for the excerpt (set69's judgement on titles); the title's number is recorded
# like the body's. Results: mobile broadband subscriptions "85,7 triệu" twice
# (count; no id: infra.internet_subscriptions_count is broadband Internet in
# general, its wordings fixed; a judgement), the telecom budget "19.338 tỷ
# đồng", the sector's revenue "1.614.206 tỷ đồng" (econ.ict_industry_revenue,
# wording "doanh thu toàn ngành TT&TT"), budget "45.905 tỷ đồng", GDP
# contribution "389.792 tỷ đồng", fibre households "77,1%"
# (infra.fibre_household_coverage_share, whose wordings include "tỷ lệ hộ gia
# đình có đường Internet cáp quang băng rộng"; a judgement), the world's
# average "(67%)" (the same measure for the world; id kept), Internet users
# "78,59%" (infra.internet_users_share), fixed broadband "22,14 triệu thuê bao"
# (infra.internet_subscriptions_count), smartphone subscriptions "101,12 triệu"
# (count; no id: the catalogue holds a share), "93,31 Mbps" in May
# (infra.fixed_broadband_speed). NOT: "tăng trưởng 7,9%". Not quantities: "hơn
# 1 triệu thuê bao ... so với đầu năm", "tăng 1 triệu thuê bao so với đầu năm"
# (changes), "6 tháng" (three times), "30/6", "tháng 6/2023", "tháng 5", the
# date line.
# --------------------------------------------------------------------------
D06 = dict(name="06_ca-nuoc-bo-tttt-6-thang-2023", kind="result", year=2023, records=[
    R("có «85,7 triệu", "thuê bao băng rộng di động Việt Nam", "=", 85.7e6, **CNT, pillar=INFRA),
    R("ước đạt «19.338", "nộp ngân sách lĩnh vực viễn thông", "=", 19338e9, **DONG, pillar=INFRA),
    R("ước đạt «1.614.206", "doanh thu toàn ngành TT&TT", "=", 1614206e9, **DONG, pillar=INFRA, iid=ICTREV),
    R("ước đạt «45.905", "nộp ngân sách nhà nước của ngành TT&TT", "=", 45905e9, **DONG, pillar=INFRA),
    R("ước đạt «389.792", "đóng góp vào GDP của ngành TT&TT", "=", 389792e9, **DONG, pillar=INFRA),
    R("đạt «77,1%", "tỷ lệ hộ gia đình sử dụng cáp quang", "=", 77.1, pillar=INFRA,
      iid="infra.fibre_household_coverage_share"),
    R("(«67%)", "trung bình thế giới tỷ lệ hộ gia đình sử dụng cáp quang", "=", 67, pillar=INFRA,
      iid="infra.fibre_household_coverage_share"),
    R("đạt «85,7 triệu", "Số thuê bao băng rộng di động", "=", 85.7e6, **CNT, pillar=INFRA),
    R("đạt «78,59%", "tỷ lệ người sử dụng Internet Việt Nam", "=", 78.59, pillar=INFRA,
      iid="infra.internet_users_share"),
    R("đạt «22,14", "Số thuê bao băng rộng cố định", "=", 22.14e6, **CNT, pillar=INFRA,
      iid="infra.internet_subscriptions_count"),
    R("đạt «101,12", "Số thuê bao sử dụng điện thoại thông minh", "=", 101.12e6, **CNT, pillar=INFRA),
    R("đạt «93,31", "tốc độ băng rộng cố định", "=", 93.31, **MBPS, pillar=INFRA, iid=FIX),
], NOT=["trưởng «7,9%"])

# --------------------------------------------------------------------------
# 07 The IT industry's revenue of 2022, national (baongoclong.vn, no date
# shown; "năm 2022" → 2022). The title's "doanh thu tới 148 tỉ USD" and the
# body's "ước đạt 148 tỉ USD" (=, other "USD", 1.48e11; no id: the catalogue's
# revenue is in đồng, and the rule asks for this unit; a judgement), "khoảng
# 70.000 doanh nghiệp" (~, count, econ.digital_tech_enterprises_count). NOT:
# "tăng trưởng 8,7%", "tăng 9,5%", "(+8,7% và +11,6%)" (changes). Not
# quantities: "Bốn năm", "Ngày 12-6", "Top 10 công ty" (the name of a list),
# "năm 2023", "năm 2021", "Quý 1-2023". The title names no pillar → null.
# --------------------------------------------------------------------------
D07 = dict(name="07_ca-nuoc-cntt-148-ty-usd-2022", kind="result", year=2022, records=[
    R("doanh thu tới «148", "Công nghệ thông tin - viễn thông Việt Nam doanh thu", "=", 148e9, **USD),
    R("ước đạt «148", "doanh thu lĩnh vực công nghiệp công nghệ thông tin", "=", 148e9, **USD),
    R("khoảng «70.000", "số lượng doanh nghiệp công nghệ số đăng ký", "~", 70000, **CNT, iid=DTE),
], NOT=["tăng trưởng «8,7%", "tăng «9,5%", "(+«8,7%", "+«11,6%"])

# --------------------------------------------------------------------------
# 08 Ookla's report on the first half of 2025, national (vietnamnet.vn; stamp
# " date 2025-10-30" moved to `date 2025-10`; the photo caption "VinaPhone là
# nhà mạng có tốc độ mạng 5G nhanh nhất ... Ảnh: Ookla" cut; "nửa đầu năm
# 2025" → 2025). VinaPhone's "điểm tốc độ (Speed Score) đạt 78,11" (other; no
# unit word after the number → unit_text null), the operators' 5G download
# speeds 594,16, 421,61, 306,5 Mbps (infra.mobile_broadband_speed, as 02), the
# upload "55,37 Mbps" and latency "30 mili giây" (no id), the rating "4,08/5"
# (other "điểm": "điểm số" is written before it; a judgement). Not quantities:
# "tháng 1 đến tháng 6", "5G", "đứng thứ hai" (a word), the scale "/5", "5
# sao". Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_ca-nuoc-ookla-5g-nua-dau-2025", kind="result", year=2025, records=[
    R("đạt «78,11", "VinaPhone điểm tốc độ (Speed Score) nhà mạng 5G", "=", 78.11, unit="other"),
    R("đạt «594,16", "VinaPhone tốc độ tải xuống trung bình", "=", 594.16, **MBPS, iid=MOB),
    R("với «421,61", "Viettel tốc độ tải xuống trung bình", "=", 421.61, **MBPS, iid=MOB),
    R("đạt «306,5", "MobiFone tốc độ tải xuống trung bình", "=", 306.5, **MBPS, iid=MOB),
    R("đạt «55,37", "tốc độ tải lên trung bình VinaPhone", "=", 55.37, **MBPS),
    R("chỉ «30 mili", "độ trễ (latency) VinaPhone", "=", 30, unit="other", unit_text="mili giây"),
    R("số «4,08", "Vinaphone nhà mạng di động được yêu thích nhất (Top Rated) điểm số", "=", 4.08, **DIEM),
])

# --------------------------------------------------------------------------
# 09 Ookla's figures of the first quarter of 2022, national (tinhte.vn, a forum
# thread; no date shown; "quý I/2022", "tháng 3/2022" → 2022). The photo caption
# (two lines, "Ảnh: Tốc độ tải xuống/tải lên" ... "(Nguồn: Ookla SpeedTest)")
# cut. The title "Tốc độ internet di động tại Việt Nam xếp thứ 56 toàn cầu"
# names a topic of hạ tầng số (băng rộng) → digital_infrastructure (set69's
# judgement on titles); its "56" recorded like the body's "vị trí thứ 56" (=).
# "vị trí thứ 49" (fixed, =). Speeds in "Mb/giây": mobile 33,9
# (infra.mobile_broadband_speed) and upload 16,59 (no id); fixed 67,96
# (infra.fixed_broadband_speed) and upload 63,89 (no id); the operators' mobile
# download speeds 42,43, 40,61, 29,91, 5,58 (the mobile id, as 02); latency "19
# ms" (no id); Vinaphone's fixed stability "đạt 81,4%" (=, no id). Not
# quantities: "giảm 6 bậc" (a change), "I/2022", "3/2022" (twice).
# --------------------------------------------------------------------------
D09 = dict(name="09_ca-nuoc-speedtest-quy-1-2022", kind="result", year=2022, records=[
    R("xếp thứ «56 toàn cầu", "Tốc độ internet di động tại Việt Nam xếp toàn cầu", "=", 56, **RANK, pillar=INFRA),
    R("vị trí thứ «56 trên", "tốc độ Internet di động tại Việt Nam vị trí trên toàn cầu", "=", 56, **RANK,
      pillar=INFRA),
    R("đạt «33,9", "tốc độ tải xuống trung bình Internet di động", "=", 33.9, **MBG, pillar=INFRA, iid=MOB),
    R("đạt «16,59", "tốc độ upload Internet di động", "=", 16.59, **MBG, pillar=INFRA),
    R("vị trí thứ «49", "tốc độ băng thông rộng cố định vị trí", "=", 49, **RANK, pillar=INFRA),
    R("ở mức «67,96", "tốc độ băng thông rộng cố định tốc độ tải xuống", "=", 67.96, **MBG, pillar=INFRA, iid=FIX),
    R("và «63,89", "tốc độ băng thông rộng cố định tốc độ tải lên", "=", 63.89, **MBG, pillar=INFRA),
    R("nhất với «42,43", "Vinaphone đơn vị cung cấp dịch vụ di động có tốc độ tải xuống nhanh nhất", "=", 42.43,
      **MBG, pillar=INFRA, iid=MOB),
    R("Viettel («40,61", "Viettel tốc độ tải xuống", "=", 40.61, **MBG, pillar=INFRA, iid=MOB),
    R("Mobifone («29,91", "Mobifone tốc độ tải xuống", "=", 29.91, **MBG, pillar=INFRA, iid=MOB),
    R("Vietnammobile («5,58", "Vietnammobile tốc độ tải xuống", "=", 5.58, **MBG, pillar=INFRA, iid=MOB),
    R("đạt «19 ms", "Vinaphone độ trễ thấp nhất", "=", 19, **MS, pillar=INFRA),
    R("đạt «81,4%", "Vinaphone độ ổn định của dịch vụ mạng cố định băng thông rộng", "=", 81.4, pillar=INFRA),
])

# --------------------------------------------------------------------------
# 10 Napas's year 2024, national (vietbao.vn; stamp " date 2025-01" moved to
# `date 2025-01`; "Trong năm 2024" → 2024). A precision text: "9,56 tỷ giao
# dịch" (=, count, 9.56e9), the ATM share "chỉ còn chiếm 2,63%" stated twice
# (=, %), "hơn 35 triệu giao dịch/ngày" (>, other "giao dịch/ngày", 3.5e7) and
# the capacity "lên tới 3.500 giao dịch/giây" (=, other "giao dịch/giây"); no
# ids. NOT: the changes "khoảng 30%", "14,4%", "33,5%", "14,9%", "118%",
# "19,5%", "19,1%". Not quantities: "Napas 247" (a name, four times), "chiếm 1/3
# tổng số lượng giao dịch" (a share written as a fraction; the contract reads
# values from written numbers and has no form for "1/3"; left without a record,
# a judgement), "năm 2023" (three times). Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_ca-nuoc-napas-2024-precision", kind="result", year=2024, records=[
    R("xử lý «9,56 tỷ", "giao dịch hệ thống Napas xử lý", "=", 9.56e9, **CNT),
    R("chỉ còn chiếm «2,63%. Số", "Giao dịch ATM chiếm", "=", 2.63),
    R("chỉ chiếm «2,63% tổng", "tỷ trọng giao dịch ATM tổng giao dịch qua hệ thống", "=", 2.63),
    R("hơn «35 triệu", "hệ thống Napas xử lý giao dịch/ngày trong thời gian cao điểm", ">", 35e6, unit="other",
      unit_text="giao dịch/ngày"),
    R("tới «3.500", "năng lực hệ thống Napas giao dịch/giây", "=", 3500, unit="other", unit_text="giao dịch/giây"),
], NOT=["khoảng «30%", "và «14,4%", "tương ứng «33,5%", "và «14,9%", "trưởng «118%", "giảm «19,5%", "và «19,1%"])

# --------------------------------------------------------------------------
# 11 The five largest e-commerce platforms in 2024, after Metric, national
# (baogialai.com.vn, no date shown; "năm 2024" → 2024). The image line
# "![Ảnh: Internet untitled-1330.jpg](https://cdn.baogialai.com.vn/...)" cut.
# Results: "318,9 ngàn tỷ đồng" (=, 3.189e14; no id: five platforms' sales, not
# the e-commerce revenue the catalogue means, as set69's 10), "3,42 triệu sản
# phẩm" (=, count), "chiếm gần 6,5% tổng doanh thu bán lẻ hàng hóa" (~; no id:
# five platforms against goods retail only, econ.ecommerce_retail_share being
# all e-commerce against goods and services; a judgement), "khoảng 873,6 tỷ
# đồng" a day (~), market shares "(chiếm 64%)", "lên 29%", "chiếm 6%" (=),
# imports "hơn 324,1 triệu sản phẩm" (>, count) "trị giá 14.200 tỷ đồng" (=).
# NOT: "tăng 37,36%", "tăng 50,76%", "tăng trưởng 34%", "121%", "âm 50-54%"
# (changes). Not quantities: "5 sàn" (the platforms counted: the figure's
# scope). Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_ca-nuoc-san-tmdt-metric-2024", kind="result", year=2024, records=[
    R("đạt «318,9", "tổng doanh số giao dịch trên 5 sàn thương mại điện tử bán lẻ đa ngành lớn nhất tại Việt Nam",
      "=", 318.9e12, **DONG),
    R("với «3,42 triệu", "sản phẩm được bán ra trên 5 sàn thương mại điện tử", "=", 3.42e6, **CNT),
    R("chiếm gần «6,5%", "doanh số 5 sàn thương mại điện tử chiếm tổng doanh thu bán lẻ hàng hóa cả nước", "~",
      6.5),
    R("khoảng «873,6", "trung bình mỗi ngày, người Việt chi để mua sắm online", "~", 873.6e9, **DONG),
    R("(chiếm «64%)", "sàn Shopee thị phần lớn nhất", "=", 64),
    R("thị phần lên «29%", "sàn TikTok Shop thị phần", "=", 29),
    R("chiếm «6% thị phần", "Lazada thị phần", "=", 6),
    R("hơn «324,1", "mặt hàng nhập khẩu sản phẩm được đưa vào Việt Nam", ">", 324.1e6, **CNT),
    R("trị giá «14.200", "mặt hàng nhập khẩu trị giá", "=", 14200e9, **DONG),
], NOT=["tăng «37,36%", "tăng «50,76%", "tăng trưởng «34%", "tăng trưởng «121%", "âm «50-54%"])

# --------------------------------------------------------------------------
# 12 E-commerce in the first quarter of 2024, after Metric (viettimes.vn; stamp
# " date 2024-04" moved to `date 2024-04`; "Ba tháng đầu năm", "quý 1/2024" →
# 2024). A precision text: "doanh số 71.000 tỉ đồng" (=, 7.1e13) and Hà Nội and
# TP.HCM's share "chiếm trên 70% toàn thị trường" stated twice (>, %; no
# `place`: two provinces together). NOT: "tăng gần 80%" (a change), "kỳ vọng
# tăng trưởng 35% so với 2023" (a forecast of growth by others, no plan's
# target; a judgement), "trên mức 50%" (a change). Not quantities: "5 ông lớn",
# "5 sàn", "2 địa phương", "2 miền", "top 10" (twice; the group is named, no
# province placed), "3 tỉnh thành", "năm 2023", "2023" (twice), "1/2024". Pillar
# null.
# --------------------------------------------------------------------------
D12 = dict(name="12_ca-nuoc-tmdt-quy-1-2024-precision", kind="result", year=2024, records=[
    R("doanh số «71.000", "5 ông lớn thương mại điện tử doanh số", "=", 71000e9, **DONG),
    R("vẫn chiếm trên «70%", "Hà Nội và TP.HCM chiếm toàn thị trường cả về doanh số lẫn sản lượng", ">", 70),
    R("cộng chiếm trên «70%", "Hà Nội và TP.HCM chiếm toàn thị trường", ">", 70),
], NOT=["gần «80%", "trưởng «35%", "mức «50%"])

# --------------------------------------------------------------------------
# 13 The four largest e-commerce platforms in 2025, after Metric (24h.com.vn;
# stamp " date 2026-01-14" moved to `date 2026-01`; two photo captions "... (Nguồn:
# Metric)" cut; "trong năm 2025" → 2025). Results: "429.700 tỷ đồng" (=), the
# 2024 figure "đạt 318.900 tỷ đồng" (=, year 2024), "hơn 3,94 triệu sản phẩm"
# (>, count), the low-price goods' "trên dưới 25% thị phần doanh số" (~),
# beauty's "29,5% tổng doanh thu" (=) "với hơn 74.486 tỷ đồng" (>), "hơn 56.656
# tỷ đồng", "hơn 54.515 tỷ đồng" (>), "có 601.800 shop" (=, count; the excerpt
# ends inside the sentence). No ids (platforms' sales, as 11). NOT: "34,75%",
# "15,23%", "hơn 80%" (changes). Not quantities: "4 sàn", the price bands
# "100.000 – 200.000 đồng", "trên 200.000 đồng đến khoảng 1 triệu đồng/sản
# phẩm" (prices that name a group of goods, not values of an indicator).
# Pillar null.
# --------------------------------------------------------------------------
D13 = dict(name="13_ca-nuoc-san-tmdt-metric-2025", kind="result", year=2025, records=[
    R("đạt đến «429.700", "doanh thu bán hàng của 4 sàn thương mại điện tử lớn", "=", 429700e9, **DONG),
    R("đạt «318.900", "doanh số bán hàng của các sàn thương mại điện tử này", "=", 318900e9, **DONG, year=2024),
    R("hơn «3,94", "sản phẩm được bán đến khách hàng", ">", 3.94e6, **CNT),
    R("trên dưới «25%", "Hàng hóa phổ thông giá trung bình thấp thị phần doanh số", "~", 25),
    R("đến «29,5%", "làm đẹp chiếm tổng doanh thu", "=", 29.5),
    R("hơn «74.486", "làm đẹp doanh thu", ">", 74486e9, **DONG),
    R("hơn «56.656", "nhà cửa đời sống mang về", ">", 56656e9, **DONG),
    R("hơn «54.515", "thời trang nữ đạt", ">", 54515e9, **DONG),
    R("có «601.800", "shop", "=", 601800, **CNT),
], NOT=["đến «34,75%", "tăng «15,23%", "hơn «80%"])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
