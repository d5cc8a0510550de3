#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set242).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of percentages deliberately left without a record
(a result's change against an earlier value, completion against an estimate or a quota);
check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
The catalogue is a digital-transformation catalogue: growth, budget, investment, income and
production figures have no id (null); the digital-economy share, the labour-productivity growth,
the full-online services share and the three indices' ranks do.

This set's texts are People's Council resolutions and provincial or city plans for one year
(2024, 2025, 2026): the year's main targets and the last year's results.

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
from goldkit import R, CNT, RANK, T, RES  # noqa: E402

DONG = dict(unit="other", unit_text="đồng")
DONG_NGUOI = dict(unit="other", unit_text="đồng/người")
USD = dict(unit="other", unit_text="USD")
USD_NGUOI = dict(unit="other", unit_text="USD/người")
HA = dict(unit="other", unit_text="ha")
TAN = dict(unit="other", unit_text="tấn")
BAC = dict(unit="other", unit_text="bậc")
KTS = "econ.digital_economy_gdp_share"
NSLD = "econ.labour_productivity_growth"
FULL = "egov.full_online_services_share"
DTI_RANK = "dti.provincial_rank"
PAR = "rank.par_index"
PCI = "rank.pci"

# --------------------------------------------------------------------------
# 01 Hà Nội, the city council's resolution on the 2024 socio-economic plan, with 2023's results
# (vietnamplus.vn; nothing cut; the stamp " date 2023-12" written as the first line). Results of
# "năm 2023": "tăng trưởng GRDP ... dự kiến tăng 6,27%" (the growth rate named as the indicator,
# =, no "so với"); "thu ngân sách ước đạt khoảng 400.421 tỷ đồng" (~); "FDI đạt gần 2,9 tỷ USD"
# (~). Targets "năm 2024": "GRDP đạt từ 6,5-7%" and "GRDP bình quân đầu người đạt từ 160,8-162
# triệu đồng" (between). Pillar null (no heading). NOT: "bằng 113,5% so với dự toán" (completion
# against the estimate), "tăng 20% so với năm 2022", "tăng 62% so với năm 2023" (changes against
# an earlier value). Not quantities: "18/23 chỉ tiêu", "24 chỉ tiêu chủ yếu" (counts of a plan's
# indicators), "Kỳ họp thứ 14", "khóa XVI" (names). Ids null (no catalogue indicator).
# --------------------------------------------------------------------------
D01 = dict(name="01_hanoi-ke-hoach-ktxh-2024", kind="target", year=2024, records=[
    R("dự kiến tăng «6,27%", "tăng trưởng GRDP theo số liệu thống kê", "=", 6.27, **RES, year=2023),
    R("ước đạt khoảng «400.421", "thu ngân sách", "~", 400421e9, **DONG, **RES, year=2023),
    R("đạt gần «2,9 tỷ USD", "Thu hút vốn đầu tư nước ngoài FDI", "~", 2.9e9, **USD, **RES, year=2023),
    R("đạt từ «6,5-7%", "tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)", "between", 6.5, value_max=7),
    R("đạt từ «160,8-162", "GRDP bình quân đầu người", "between", 160.8e6, value_max=162e6, **DONG),
], NOT=["bằng «113,5% so", "tăng «20% so", "tăng «62% so"])

# --------------------------------------------------------------------------
# 02 Bắc Kạn, the province's sixteen main targets for 2024 (baobackan.com.vn; nothing cut; the
# stamp " date 2024-01" as the first line; the excerpt ends in "trở l"). Targets of "năm 2024":
# "tăng trưởng trên 8%" (>); "56 triệu đồng/người năm 2024", "1.010 tỷ đồng năm 2024" (bare, >=);
# "trồng rừng mới từ 3.485ha trở lên" (>=); "20 sản phẩm OCOP đạt 3 sao trở lên" (>=, count; "3
# sao" is a grade); "trên 35 hợp tác xã" (>); "thêm 12 xã" (>=); the three indices "tăng từ 1 bậc
# trở lên", "tăng từ 1 bậc trở lên", "tăng từ 2 bậc trở lên" (targets stated as a change: >=,
# unit other "bậc", as set10's "ít nhất 5 bậc"); "Tỷ lệ dịch vụ công trực tuyến toàn trình đạt từ
# 80% trở l[ên]" (>=). "GRDP bình quân chung của nhiệm kỳ 2020-2025 đạt 6,5 - 7%/năm" (target,
# between, year 2025: the term's end). The earlier years: "lần lượt là 4%, 6,01% và 6,33%/năm"
# for "các năm từ 2020 - 2023" (results; three values for the years of the range, read as 2021,
# 2022, 2023, the last three, a judgement); "từ mức 51 triệu đồng/người năm 2023", "từ mức 955 tỷ
# đồng năm 2023" (the 2023 targets the sentence raises: "Chỉ tiêu ... tăng, từ mức ..."; target,
# >=, 2023); "(giảm so với mục tiêu năm 2023 là 5.000ha)" (the 2023 target, >=); "Năm 2023 toàn
# tỉnh thành lập mới được 65 HTX" (result, =, 2023). Pillar null (no heading). Not quantities:
# "16 mục tiêu chủ yếu" (twice; a count of the plan's targets), "lần thứ XII", "nhiệm kỳ 2020 -
# 2025" (names, dates). Ids: the three indices' ranks (PAR, PCI, DTI) and FULL; the rest null.
# --------------------------------------------------------------------------
D02 = dict(name="02_backan-muc-tieu-chu-yeu-2024", kind="target", year=2024, records=[
    R("lần lượt là «4%", "tốc độ tăng trưởng kinh tế của tỉnh", "=", 4, **RES, year=2021),
    R("4%, «6,01%", "tốc độ tăng trưởng kinh tế của tỉnh", "=", 6.01, **RES, year=2022),
    R("và «6,33%/năm", "tốc độ tăng trưởng kinh tế của tỉnh", "=", 6.33, **RES, year=2023),
    R("tăng trưởng trên «8%", "tăng trưởng", ">", 8),
    R("đạt «6,5 - 7%/năm", "GRDP bình quân chung của nhiệm kỳ 2020-2025", "between", 6.5, value_max=7, year=2025),
    R("từ mức «51 triệu", "Thu nhập bình quân đầu người", ">=", 51e6, **DONG_NGUOI, year=2023),
    R("lên «56 triệu", "Thu nhập bình quân đầu người", ">=", 56e6, **DONG_NGUOI),
    R("từ mức «955 tỷ", "Chỉ tiêu thu ngân sách", ">=", 955e9, **DONG, year=2023),
    R("mức «1.010 tỷ", "Chỉ tiêu thu ngân sách", ">=", 1010e9, **DONG),
    R("mới từ «3.485ha", "trồng rừng mới", ">=", 3485, **HA),
    R("năm 2023 là «5.000ha", "trồng rừng mới (mục tiêu năm 2023)", ">=", 5000, **HA, year=2023),
    R("mới «20 sản phẩm", "phát triển mới sản phẩm OCOP đạt 3 sao trở lên", ">=", 20, **CNT),
    R("được «65 HTX", "toàn tỉnh thành lập mới HTX", "=", 65, **CNT, **RES, year=2023),
    R("là trên «35 hợp", "thành lập mới hợp tác xã", ">", 35, **CNT),
    R("thêm «12 xã", "xã đạt chuẩn nông thôn mới", ">=", 12, **CNT),
    R("mục tiêu tăng từ «1 bậc", "chỉ số cải cách hành chính", ">=", 1, **BAC, iid=PAR),
    R("cấp tỉnh tăng từ «1 bậc", "Chỉ số năng lực cạnh tranh cấp tỉnh", ">=", 1, **BAC, iid=PCI),
    R("tăng từ «2 bậc", "Chỉ số chuyển đổi số cấp tỉnh", ">=", 2, **BAC, iid=DTI_RANK),
    R("đạt từ «80% trở", "Tỷ lệ dịch vụ công trực tuyến toàn trình", ">=", 80, iid=FULL),
])

# --------------------------------------------------------------------------
# 03 Hồ Chí Minh City, the city council's resolution on the 2026 plan (vietnamplus.vn; cut: the
# photo caption "Ông Võ Văn Minh, ... phát biểu bế mạc. (Ảnh: Xuân Khu/TTXVN)" with the blank line
# after it; the stamp " date 2025-12-10" as the first line; the excerpt ends in "Thàn"). Targets of
# 2026: "tăng trưởng GRDP trên 10%" (the lead) and "Tốc độ tăng GRDP trên 10%" (the list), each a
# record (>); "GRDP bình quân đầu người đạt 9.800 USD" (>=); "chiếm khoảng 30% GRDP" twice
# (investment; the digital economy: ~); "tốc độ tăng năng suất lao động xã hội đạt 7,5%" (>=).
# Pillar null: the list's lead-in "Các chỉ tiêu kinh tế chủ yếu" names the economy, not the
# digital economy. Not quantities: "10/12" (a date), "nhiệm kỳ 2025-2030". Ids: KTS, NSLD.
# --------------------------------------------------------------------------
D03 = dict(name="03_hochiminh-chi-tieu-kinh-te-2026", kind="target", year=2026, records=[
    R("tăng trưởng GRDP trên «10% trong", "Thành phố tăng trưởng GRDP", ">", 10),
    R("Tốc độ tăng GRDP trên «10%;", "Tốc độ tăng GRDP", ">", 10),
    R("đạt «9.800 USD", "GRDP bình quân đầu người", ">=", 9800, **USD),
    R("xã hội chiếm khoảng «30%", "tổng vốn đầu tư xã hội chiếm GRDP", "~", 30),
    R("kinh tế số chiếm khoảng «30%", "tỷ trọng kinh tế số chiếm GRDP", "~", 30, iid=KTS),
    R("hội đạt «7,5%", "tốc độ tăng năng suất lao động xã hội", ">=", 7.5, iid=NSLD),
])

# --------------------------------------------------------------------------
# 04 Hà Nội, the city council's resolution on the 2026 plan (nld.com.vn; cut: the photo caption
# "Toàn cảnh kỳ họp HĐND TP Hà Nội" with the blank line after it; the stamp " date 2025-11-27" as
# the first line). Targets of 2026 (the resolution's "năm 2026"): "GRDP tăng 11%", "kim ngạch xuất
# khẩu tăng 12%" (targets stated as a change: >=); "GRDP/người đạt 198 triệu đồng", "vốn đầu tư
# thực hiện 730.000 tỉ đồng" (>=). Pillar null. Not a quantity: "26 chỉ tiêu chủ yếu" (a count of
# the plan's indicators). Ids null.
# --------------------------------------------------------------------------
D04 = dict(name="04_hanoi-chi-tieu-chu-yeu-2026", kind="target", year=2026, records=[
    R("GRDP tăng «11%", "GRDP tăng", ">=", 11),
    R("đạt «198 triệu", "GRDP/người", ">=", 198e6, **DONG),
    R("thực hiện «730.000", "vốn đầu tư thực hiện", ">=", 730000e9, **DONG),
    R("khẩu tăng «12%", "kim ngạch xuất khẩu tăng", ">=", 12),
])

# --------------------------------------------------------------------------
# 05 Đà Nẵng, the city council closing its year-end session with the main targets of 2026
# (vneconomy.vn; nothing cut; the stamp " date 2025-12-12" as the first line; "BA NHIỆM VỤ CHIẾN
# LƯỢC" is the page's own subheading, kept; the excerpt ends in "tăng"). Targets of 2026: "tăng
# trưởng GRDP từ 11% trở lên" (the lead) and "tốc độ tăng trưởng GRDP ước đạt từ 11% trở lên" (the
# body), each a record (>=; "ước đạt" in a target stays a target); "tăng khoảng 11,5 - 12,5%",
# "tăng khoảng 12,5 - 13,5%", "khoảng 4.900 - 5.000 USD/người", "tương đương 26 - 27% GRDP"
# (between: the range decides); "ước đạt trên 367.000 tỷ đồng" (>); "ước tăng từ 10%" (>=). Pillar
# null. Not quantities: "2 ngày", "Kỳ họp thứ 5", "62 nghị quyết" (the session's duration, name
# and output), "11/12", "2021-2026", "2026 – 2030", "năm 2030" (dates). Ids null.
# --------------------------------------------------------------------------
D05 = dict(name="05_danang-chi-tieu-grdp-2026", kind="target", year=2026, records=[
    R("tăng trưởng GRDP từ «11% trở lên...", "tăng trưởng GRDP", ">=", 11),
    R("ước đạt từ «11% trở lên.", "tốc độ tăng trưởng GRDP", ">=", 11),
    R("tăng khoảng «11,5 - 12,5%", "giá trị gia tăng khu vực dịch vụ tăng", "between", 11.5, value_max=12.5),
    R("tăng khoảng «12,5 - 13,5%", "khu vực công nghiệp - xây dựng tăng", "between", 12.5, value_max=13.5),
    R("ước đạt trên «367.000", "GRDP thành phố", ">", 367000e9, **DONG),
    R("khoảng «4.900 - 5.000", "GRDP bình quân đầu người", "between", 4900, value_max=5000, **USD_NGUOI),
    R("tương đương «26 - 27%", "Tổng vốn đầu tư thực hiện tương đương GRDP", "between", 26, value_max=27),
    R("ước tăng từ «10%", "thu ngân sách nhà nước trên địa bàn tăng", ">=", 10),
])

# --------------------------------------------------------------------------
# 06 Hải Phòng, the city council's resolution on the main targets of 2026 (sggp.org.vn; cut: the
# photo caption "Quang cảnh TP Hải Phòng. Ảnh: ĐỨC NGHĨA" with the blank line after it; the stamp
# " date 2025-12-15" as the first line; the page's subheading "Phấn đấu thu hút hơn 16 triệu lượt
# khách" kept; the excerpt ends in "t"). Targets of 2026: "hơn 16 triệu lượt khách" (the
# subheading: >, count); "mục tiêu tăng trưởng của cả nước đạt từ 10% trở lên" (the country's
# target the city contributes to: >=, place "cả nước"); "GRDP ... tăng khoảng 13% so với năm 2025"
# (a target stated as a change: ~); "công nghiệp - xây dựng tăng 15,16%", "dịch vụ tăng 11%" (>=).
# Pillar null. Not quantities: "2010" in "giá so sánh 2010" (a base year), "2 cấp" (a name).
# --------------------------------------------------------------------------
D06 = dict(name="06_haiphong-nghi-quyet-hdnd-2026", kind="target", year=2026, records=[
    R("thu hút hơn «16 triệu", "thu hút lượt khách", ">", 16e6, **CNT),
    R("đạt từ «10% trở lên", "mục tiêu tăng trưởng của cả nước", ">=", 10, place="cả nước"),
    R("tăng khoảng «13%", "tốc độ tăng trưởng GRDP (theo giá so sánh 2010) tăng so với năm 2025", "~", 13),
    R("xây dựng tăng «15,16%", "khu vực công nghiệp - xây dựng tăng", ">=", 15.16),
    R("dịch vụ tăng «11%", "khu vực dịch vụ tăng", ">=", 11),
])

# --------------------------------------------------------------------------
# 07 Cần Thơ, the opening of the city council's year-end session of 2025 with the year's results
# (sggp.org.vn; cut: the photo captions "Quang cảnh kỳ họp HĐND TP Cần Thơ" and "Đồng chí Đồng Văn
# Thanh, ... phát biểu tại kỳ họp", each with the blank line after it; the stamp " date
# 2025-12-08" as the first line; the excerpt ends in "t"). Results of 2025: "Thu ngân sách ... ước
# thực hiện đạt 25.877 tỷ đồng", "(trong đó, thu nội địa 25.061 tỷ đồng" (=). NOT: "GRDP ... ước
# cả năm tăng 8,3% so với cùng kỳ năm trước" (a change against the earlier year, as the earlier
# sets' "GRDP ước tăng 10,55% so với cùng kỳ"), "vượt 4,54% dự toán", "vượt 4,70% dự toán"
# (excess over the estimate). Not quantities: "8-12", "2021-2026", "2021 – 2025", "2026 - 2030",
# "2025 - 2030" (dates), "kỳ họp thứ 7", "khóa 10" (names). Ids null.
# --------------------------------------------------------------------------
D07 = dict(name="07_cantho-ky-hop-cuoi-nam-2025", kind="result", year=2025, records=[
    R("thực hiện đạt «25.877", "Thu ngân sách nhà nước trên địa bàn thực hiện cả năm", "=", 25877e9, **DONG),
    R("thu nội địa «25.061", "thu nội địa", "=", 25061e9, **DONG),
], NOT=["tăng «8,3% so", "vượt «4,54%", "vượt «4,70%"])

# --------------------------------------------------------------------------
# 08 Bà Rịa - Vũng Tàu, the provincial committee on the draft report on five years of the
# province's Congress resolution (2021-2025) and its estimates for 2025 (baobariavungtau.com.vn;
# cut: the photo caption "Ông Nguyễn Văn Thọ, Chủ tịch UBND tỉnh phát biểu tại cuộc họp." with the
# blank line after it; the stamp " date 2025-02" as the first line; the excerpt ends in "yêu cầu, "
# with its trailing space kept). Results, year 2025 ("ước năm 2025"; the
# five-year average "ước tăng bình quân 7,6%/năm" measured at the term's end, 2025): the average
# growth (=); "GRDP/người ... đạt chỉ tiêu Đại hội VII đề ra là 10.370USD/người/năm" (=, the
# estimate); the four sector shares 55,08%, 28,16%, 8,19%, 8,57% (=); "khoảng 565 ngàn tỷ đồng"
# (~); "hơn 312 ngàn tỷ đồng" (>). NOT: the four bracketed changes "(tăng 2,78% so với năm 2020)",
# "(tăng 0,42% ...)", "(giảm 3,44% ...)", "(tăng 0,24% ...)". Not quantities: "7/10 chỉ tiêu",
# "3/10 chỉ tiêu" (counts of the plan's indicators), "4/2" (a date), "lần thứ VII", "2020-2025",
# "2025-2030", "2021-2025". Pillar null, ids null.
# --------------------------------------------------------------------------
D08 = dict(name="08_bariavungtau-chi-tieu-tang-truong-2025", kind="result", year=2025, records=[
    R("bình quân «7,6%/năm", "GRDP trừ dầu thô và khí đốt tăng bình quân", "=", 7.6),
    R("đề ra là «10.370USD", "GRDP/người trừ dầu thô và khí đốt", "=", 10370, unit="other",
      unit_text="USD/người/năm"),
    R("chiếm «55,08%", "Công nghiệp - xây dựng chiếm", "=", 55.08),
    R("chiếm «28,16%", "Dịch vụ chiếm", "=", 28.16),
    R("chiếm «8,19%", "Nông nghiệp chiếm", "=", 8.19),
    R("chiếm «8,57%", "thuế sản phẩm chiếm", "=", 8.57),
    R("khoảng «565 ngàn tỷ", "Quy mô kinh tế", "~", 565e12, **DONG),
    R("hơn «312 ngàn tỷ", "quy mô trừ dầu thô và khí đốt", ">", 312e12, **DONG),
], NOT=["(tăng «2,78%", "(tăng «0,42%", "(giảm «3,44%", "(tăng «0,24%"])

# --------------------------------------------------------------------------
# 09 Tây Ninh, the provincial council's mid-year session of August 2025 keeping the year's twelve
# main targets (nld.com.vn; cut: the photo caption "Phó Bí thư ... Nguyễn Mạnh Hùng phát biểu tại
# kỳ họp" with the blank line after it; the stamp " date 2025-08-07" as the first line; the excerpt
# ends in "phát triể"). One target of 2025: "tốc độ tăng trưởng kinh tế (GRDP) đạt từ 9%-9,5%"
# (between). A near-precision text: "12 chỉ tiêu chủ yếu" (a count of the plan's indicators),
# "hai con số" (words), "7-8", "kỳ họp thứ 2", "khóa X", "2021-2026", "2026-2030" (dates, names)
# carry no record. Pillar null, id null.
# --------------------------------------------------------------------------
D09 = dict(name="09_tayninh-ky-hop-hdnd-2025", kind="target", year=2025, records=[
    R("đạt từ «9%-9,5%", "tốc độ tăng trưởng kinh tế (GRDP)", "between", 9, value_max=9.5),
])

# --------------------------------------------------------------------------
# 10 Quảng Ngãi, the provincial council's page on the first nine months of 2025 (dbnd.quangngai.gov.vn;
# cut: the widget line "RSS In Gởi cho bạn bè", the lone "." line and the byline line "A A
# 20/09/2025 05:07:23 PM" (written as the first line `date 2025-09-20`); the excerpt ends in "x").
# Results of 2025 (nine months): the retail total 99.354 tỷ đồng, 3,85 triệu lượt khách, 75.735
# lượt international, tourism revenue 2.612 tỷ đồng, food output 553.339 tấn, the four crops' areas
# (ha), "hơn 79.000 con lợn bị tiêu hủy" (>), fisheries 249.762 tấn, of which 239.600 and 10.158
# tấn (each its own subject; a breakdown by kind, scope null); "đạt"/bare values =. NOT: every
# "tăng X%"/"giảm X%" (the products' and totals' changes against the same period: 23,01, 30,34,
# 30,02, 36,36, 22, 6,12, 1,37, 14,28, 17, 44, 5,94, 5,65, 1,62, 20,62, 1,79). Not quantities:
# "tăng 2,5 lần" (a change), "9 tháng", "năm 2025" (periods). Pillar null, ids null.
# --------------------------------------------------------------------------
D10 = dict(name="10_quangngai-ktxh-9-thang-2025", kind="result", year=2025, records=[
    R("tiêu dùng đạt «99.354", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "=", 99354e9, **DONG),
    R("đón «3,85 triệu", "toàn tỉnh đón lượt khách", "=", 3.85e6, **CNT),
    R("quốc tế «75.735", "khách quốc tế", "=", 75735, **CNT),
    R("du lịch đạt «2.612", "Doanh thu du lịch", "=", 2612e9, **DONG),
    R("thực đạt «553.339", "Tổng sản lượng lương thực", "=", 553339, **TAN),
    R("quả «20.287 ha", "Diện tích cây lâu năm: cây ăn quả", "=", 20287, **HA),
    R("cà phê «32.877 ha", "cà phê", "=", 32877, **HA),
    R("cao su «82.158 ha", "cao su", "=", 82158, **HA),
    R("Linh «2.949 ha", "Sâm Ngọc Linh", "=", 2949, **HA),
    R("hơn «79.000 con", "con lợn bị tiêu hủy", ">", 79000, **CNT),
    R("sản đạt «249.762", "Thủy sản", "=", 249762, **TAN),
    R("khai thác «239.600", "khai thác thủy sản", "=", 239600, **TAN),
    R("nuôi trồng «10.158", "nuôi trồng thủy sản", "=", 10158, **TAN),
], NOT=["dầu tăng «23,01%", "thép tăng «30,34%", "da tăng «30,02%", "gỗ tăng «36,36%", "xuất tăng «22%",
        "(giảm «6,12%", "(giảm «1,37%", "tăng «14,28%", "tăng «17%", "tăng «44%", "(tăng «5,94%",
        "(tăng «5,65%", "(tăng «1,62%", "(tăng «20,62%", "tăng «1,79%"])

# --------------------------------------------------------------------------
# 11 Đà Nẵng, the head of the city council's Resolution 80/NQ-HĐND of 13 December 2024 on the 2025
# plan (thuvienphapluat.vn; nothing cut; no stamp, no byline; the excerpt ends in "đầu "). A
# precision text: the document's number "80/NQ-HĐND", its date, "KHÓA X, NHIỆM KỲ 2021 - 2026, KỲ
# HỌP THỨ 21", the laws' dates ("19 tháng 6 năm 2015", "22 tháng năm 2019"), "Nghị quyết số
# 136/2024/QH15 ngày 26 tháng 6 năm 2024" and the list labels "1." carry no quantity. No record.
# --------------------------------------------------------------------------
D11 = dict(name="11_danang-nghi-quyet-80-ke-hoach-2025-precision", kind="target", year=2025, records=[])

# --------------------------------------------------------------------------
# 12 Quảng Nam, the provincial committee meeting on the 2022 results before the council's 12th
# session (quangnam.gov.vn; nothing cut; no stamp, no byline). A precision text of 2022 (outside
# the theme's 2024-2026, kept as a precision text): "14/15 chỉ tiêu", "15 chỉ tiêu", "4 chỉ tiêu
# quan trọng" (counts of the plan's indicators met, as set193's "17 chỉ tiêu"), "23/11" (a date),
# "kỳ họp thứ 12", "khóa X" (names) carry no record.
# --------------------------------------------------------------------------
D12 = dict(name="12_quangnam-chi-tieu-ktxh-2022-precision", kind="result", year=2022, records=[])

# --------------------------------------------------------------------------
# 13 Quảng Ninh, the provincial council's year-end session of December 2025: the results of 2025
# and the main targets of 2026 (tienphong.vn; nothing cut; the stamp " date 2025-12-16" as the
# first line; the excerpt ends in "đ"). Results of 2025: "Tốc độ tăng trưởng GRDP ... đạt 11,89%"
# (the lead and the body: two records, =); "tổng thu ngân sách nhà nước ước đạt 82.235 tỷ đồng"
# (the lead and the body: two records, =); "thu nội địa 64.435 tỷ đồng", "thu tiền sử dụng đất
# ước 26.460 tỷ đồng" (=, each its own subject). Targets of 2026: "GRDP trên 12,5%" (>); "tổng
# thu ngân sách ... trên 74.000 tỷ đồng", "(thu nội địa trên 56.500 tỷ đồng" (>); "thu xuất nhập
# khẩu 17.500 tỷ đồng" (bare: >=); "chỉ số phát triển con người (HDI) thuộc nhóm 5 địa phương"
# (rank, <=). Pillar null. Not quantities: "kỳ họp thứ 34", "15-16/12/2025" (a name, dates).
# Ids null.
# --------------------------------------------------------------------------
D13 = dict(name="13_quangninh-chi-tieu-chu-yeu-2026", kind="result", year=2025, records=[
    R("Quảng Ninh đạt «11,89%, đây", "Tốc độ tăng trưởng GRDP năm 2025 của Quảng Ninh", "=", 11.89),
    R("GRDP đạt «11,89%, được", "tốc độ tăng trưởng GRDP", "=", 11.89),
    R("ước đạt «82.235 tỷ đồng.", "tổng thu ngân sách nhà nước", "=", 82235e9, **DONG),
    R("ước đạt «82.235 tỷ đồng, trong", "tổng thu ngân sách nhà nước", "=", 82235e9, **DONG),
    R("nội địa «64.435", "thu nội địa", "=", 64435e9, **DONG),
    R("ước «26.460", "thu tiền sử dụng đất", "=", 26460e9, **DONG),
    R("GRDP trên «12,5%", "mục tiêu GRDP", ">", 12.5, **T, year=2026),
    R("địa bàn trên «74.000", "tổng thu ngân sách nhà nước trên địa bàn", ">", 74000e9, **DONG, **T, year=2026),
    R("nội địa trên «56.500", "thu nội địa", ">", 56500e9, **DONG, **T, year=2026),
    R("nhập khẩu «17.500", "thu xuất nhập khẩu", ">=", 17500e9, **DONG, **T, year=2026),
    R("thuộc nhóm «5 địa", "chỉ số phát triển con người (HDI) thuộc nhóm địa phương", "<=", 5, **RANK, **T,
      year=2026),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
