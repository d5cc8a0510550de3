#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set90).

Copied from set69's builder (itself from set47's, set45's, set43's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (232
entries; see README). As in set10-set47, the id is given in the record itself (`iid=`).

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

MBPS = dict(unit="other", unit_text="Mbps")
KM = dict(unit="other", unit_text="km")
P100 = dict(unit="other", unit_text="thuê bao/100 dân")

# --------------------------------------------------------------------------
# 01 Hòa Bình, IT in state bodies up to June 2023 (hoabinh.gov.vn, no date
# shown; "Giai đoạn 2020 đến tháng 6/2023 ... Đến nay" → results of 2023).
# "204 cán bộ, công chức, viên chức làm nhiệm vụ chuyên trách/kiêm nhiệm về
# công nghệ thông tin" (count, hr.it_staff_count). "Đối với cấp tỉnh, cấp huyện
# đạt trên 95%, cấp xã đạt trên 85%": three records (spec: "100% ... tại cấp
# tỉnh, cấp huyện và 90% ... tại cấp xã"), the first two sharing "95%", scopes
# "cấp tỉnh", "cấp huyện", "cấp xã", op > (egov.work_records_online_share).
# "625 thủ tục hành chính có yêu cầu về nghĩa vụ tài chính và được triển khai
# thanh toán trực tuyến, đạt tỷ lệ 100%": two records (count, then %; no id: the
# catalogue's online-payment share is of applications, not of procedures; a
# judgement). "năm 2022, tỉnh Hoà Bình xếp hạng 38" (rank =, year 2022,
# rank.ict_index: the sentence before names the ICT index). No heading →
# pillar null. Not quantities: "2020", "tháng 6/2023", "năm 2022".
# --------------------------------------------------------------------------
D01 = dict(name="01_hoabinh-xu-ly-van-ban-thanh-toan-truc-tuyen-2023", kind="result", year=2023, records=[
    R("hiện có «204 cán bộ", "cán bộ, công chức, viên chức làm nhiệm vụ chuyên trách/kiêm nhiệm về công nghệ thông "
      "tin", "=", 204, **CNT, iid="hr.it_staff_count"),
    R("cấp huyện đạt trên «95%", "tỷ lệ xử lý văn bản, hồ sơ công việc trên môi trường mạng của các cơ quan quản lý "
      "Nhà nước", ">", 95, scope="cấp tỉnh", iid="egov.work_records_online_share"),
    R("cấp huyện đạt trên «95%", "tỷ lệ xử lý văn bản, hồ sơ công việc trên môi trường mạng của các cơ quan quản lý "
      "Nhà nước", ">", 95, scope="cấp huyện", iid="egov.work_records_online_share"),
    R("cấp xã đạt trên «85%", "tỷ lệ xử lý văn bản, hồ sơ công việc trên môi trường mạng của các cơ quan quản lý "
      "Nhà nước", ">", 85, scope="cấp xã", iid="egov.work_records_online_share"),
    R("tỉnh có «625 thủ tục", "thủ tục hành chính có yêu cầu về nghĩa vụ tài chính và được triển khai thanh toán "
      "trực tuyến", "=", 625, **CNT),
    R("đạt tỷ lệ «100%", "thủ tục hành chính có yêu cầu về nghĩa vụ tài chính được triển khai thanh toán trực tuyến",
      "=", 100),
    R("xếp hạng «38", "tỉnh Hoà Bình xếp hạng chỉ số ICT index", "=", 38, **RANK, year=2022, iid="rank.ict_index"),
])

# --------------------------------------------------------------------------
# 02 Bà Rịa - Vũng Tàu, telecom infrastructure (baobariavungtau.com.vn; the
# address holds 202401 but the excerpt shows no date, and "đến nay" names no
# year → year null on every record, as set69's 06). "100% dân số ... được phủ
# sóng di động" (infra.mobile_population_coverage_share). "2.262 trạm thu, phát
# sóng" and its breakdown "2G có 1.116 trạm, 3G (1.521 trạm), 4G (2.191 trạm) và
# 5G (10 trạm thử nghiệm)": one record per number, each with its own subject,
# scope null (spec's decided case "4.977 trạm (1.290 trạm 2G; ...)"); all
# infra.bts_stations_count (a split by kind keeps the id; a judgement); "2G",
# "3G", "4G", "5G" are names. "gần 5.500km" (other "km", ~,
# infra.fibre_cable_length). "thuê bao băng rộng di động phủ 100%"
# (infra.mobile_broadband_population_coverage_share; a judgement). "tỷ lệ hộ gia
# đình có Internet cáp quang đạt 105,48%" (infra.fibre_household_coverage_share;
# the value over 100 kept as printed). "97,5% dân số"
# (infra.smartphone_subscriptions_share). "30 DN ... bưu chính, viễn thông",
# "24 DN ... bưu chính", "6 DN ... viễn thông" (counts; no id). Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_bariavungtau-ha-tang-vien-thong", kind="result", year=None, records=[
    R("đến nay, «100% dân số", "dân số Bà Rịa-Vũng Tàu được phủ sóng di động", "=", 100,
      iid="infra.mobile_population_coverage_share"),
    R("tỉnh có «2.262 trạm", "trạm thu, phát sóng thông tin di động", "=", 2262, **CNT, iid="infra.bts_stations_count"),
    R("2G có «1.116 trạm", "trạm 2G", "=", 1116, **CNT, iid="infra.bts_stations_count"),
    R("3G («1.521 trạm)", "trạm 3G", "=", 1521, **CNT, iid="infra.bts_stations_count"),
    R("4G («2.191 trạm)", "trạm 4G", "=", 2191, **CNT, iid="infra.bts_stations_count"),
    R("5G («10 trạm", "trạm 5G thử nghiệm", "=", 10, **CNT, iid="infra.bts_stations_count"),
    R("chiều dài gần «5.500km", "Hạ tầng truyền dẫn cáp quang chiều dài", "~", 5500, **KM,
      iid="infra.fibre_cable_length"),
    R("di động phủ «100%", "thuê bao băng rộng di động phủ", "=", 100,
      iid="infra.mobile_broadband_population_coverage_share"),
    R("cáp quang đạt «105,48%", "tỷ lệ hộ gia đình có Internet cáp quang", "=", 105.48,
      iid="infra.fibre_household_coverage_share"),
    R("smartphone đạt «97,5%", "tỷ lệ thuê bao điện thoại di động sử dụng smartphone dân số", "=", 97.5,
      iid="infra.smartphone_subscriptions_share"),
    R("hiện có «30 DN", "DN hoạt động cung cấp dịch vụ bưu chính, viễn thông", "=", 30, **CNT),
    R("đó, «24 DN", "DN cung cấp dịch vụ bưu chính", "=", 24, **CNT),
    R("chính, «6 DN", "DN cung cấp dịch vụ viễn thông", "=", 6, **CNT),
])

# --------------------------------------------------------------------------
# 03 Broadband subscriptions, national (vtf.vn, byline 24/10/2022 → `date
# 2022-10`; "9 tháng đầu năm 2022" → 2022). Results: the title's "gần 82
# triệu thuê bao băng rộng di động" (~, count; no id), "20,73 triệu thuê bao"
# (ước đạt → =, count 2.073e7, infra.internet_subscriptions_count; a
# judgement: fixed broadband), "(21,04 thuê bao/100 dân)" and "22 thuê bao/100
# dân" (no "%": unit other "thuê bao/100 dân", as set6 onwards;
# infra.fixed_broadband_subscriptions_per_100), "ước đến cuối năm 2022 đạt 21,7
# triệu thuê bao" (an estimate of the year's end: result =, as the spec's "ước
# đạt"), "81,8 triệu" (count; no id: the catalogue's
# infra.mobile_subscriptions_count is of all mobile subscriptions), "(83 thuê
# bao/100 dân)" (infra.mobile_broadband_subscriptions_per_100), "80,3 Mbps"
# (infra.fixed_broadband_speed), the world means "69,14 Mbps" and "30,79 Mbps"
# (results =, as set75's "82,56 Mbps"; no id), the speed ranks "xếp thứ 44" and
# "xếp thứ 45" (rank =; no id). Target: "mục tiêu đề ra là 75% tỷ lệ hộ gia đình
# sử dụng cáp quang" (>=, 2022, infra.fibre_household_coverage_share). NOT (changes
# against an earlier value): "0,9%" twice, "tăng 11,1%", "0,5-1%/tháng", "tăng
# 20,6%", "tăng 13,9%", "tăng 11,5%". Pillar null. Not quantities: "9 tháng",
# "tháng 9/2022", the years.
# --------------------------------------------------------------------------
D03 = dict(name="03_ca-nuoc-thue-bao-bang-rong-2022", kind="result", year=2022, records=[
    R("có gần «82 triệu", "Việt Nam đã có thuê bao băng rộng di động", "~", 82e6, **CNT),
    R("ước đạt «20,73 triệu", "Thuê bao băng rộng cố định", "=", 20.73e6, **CNT,
      iid="infra.internet_subscriptions_count"),
    R("(«21,04 thuê bao/100 dân)", "Thuê bao băng rộng cố định", "=", 21.04, **P100,
      iid="infra.fixed_broadband_subscriptions_per_100"),
    R("2022 đạt «21,7 triệu", "Thuê bao băng rộng cố định ước đến cuối năm", "=", 21.7e6, **CNT,
      iid="infra.internet_subscriptions_count"),
    R("tương đương «22 thuê bao/100 dân", "Thuê bao băng rộng cố định", "=", 22, **P100,
      iid="infra.fixed_broadband_subscriptions_per_100"),
    R("di động đạt «81,8 triệu", "Thuê bao băng rộng di động", "=", 81.8e6, **CNT),
    R("(«83 thuê bao/100 dân)", "Thuê bao băng rộng di động", "=", 83, **P100,
      iid="infra.mobile_broadband_subscriptions_per_100"),
    R("đề ra là «75%", "tỷ lệ hộ gia đình sử dụng cáp quang", ">=", 75, kind="target",
      iid="infra.fibre_household_coverage_share"),
    R("cố định «80,3 Mbps", "Tốc độ truy nhập Internet (theo speedtest) của băng rộng cố định", "=", 80.3, **MBPS,
      iid="infra.fixed_broadband_speed"),
    R("(xếp thứ «44", "tốc độ truy nhập Internet BRCĐ của Việt Nam xếp thứ", "=", 44, **RANK),
    R("thế giới là «69,14 Mbps", "mặt bằng chung của thế giới tốc độ truy nhập Internet băng rộng cố định", "=",
      69.14, **MBPS),
    R("(xếp thứ «45", "Tốc độ truy nhập Internet băng rộng di động xếp thứ", "=", 45, **RANK),
    R("thế giới là «30,79 Mbps", "mặt bằng chung của thế giới tốc độ truy nhập Internet băng rộng di động", "=",
      30.79, **MBPS),
], NOT=["trung bình «0,9% của 9 tháng đầu năm 2022, dự kiến", "trung bình «0,9% của 9 tháng đầu năm 2022 thì",
        "tăng «11,1%", "ổn định «0,5-1%", "tăng «20,6%", "tăng «13,9%", "tăng «11,5%"])

# --------------------------------------------------------------------------
# 04 Nam Định, digital transformation after four months of 2022
# (vietnamnet.vn, no date shown; "4 tháng đầu năm ... 2022" → 2022). "năm 2020
# ... đứng thứ 11/ 63 tỉnh" (rank =, year 2020, dti.provincial_rank: "Chỉ số
# đánh giá xếp hạng chuyển đổi số"). "Chỉ số ứng dụng công nghệ thông tin, Chỉ
# số hiện đại hóa nền hành chính ... nằm trong nhóm 20 tỉnh, thành phố dẫn đầu"
# (rank <=, one value for the two indices stated once; no id). "đến 100% các cơ
# quan Đảng, đoàn thể và nhà nước", "đến 100% các bộ, ban, ngành Trung ương và
# 62 tỉnh, thành phố" (three results: %, %, count; no id). Pillar: the paragraph
# opens "Về xây dựng hạ tầng, nền tảng số," — a lead-in naming hạ tầng (số) and
# nền tảng số; read as its first-named pillar, digital_infrastructure (a
# judgement: the spec speaks of a lead-in naming one pillar); the rest null.
# Not quantities: "4 tháng", "Nghị quyết số 17", "năm 2020", "2022".
# --------------------------------------------------------------------------
D04 = dict(name="04_namdinh-chuyen-doi-so-4-thang-2022", kind="result", year=2022, records=[
    R("đứng thứ «11/ 63", "Chỉ số đánh giá xếp hạng chuyển đổi số của tỉnh Nam Định", "=", 11, **RANK, year=2020,
      iid="dti.provincial_rank"),
    R("trong nhóm «20 tỉnh", "Chỉ số ứng dụng công nghệ thông tin, Chỉ số hiện đại hóa nền hành chính nằm trong "
      "nhóm tỉnh, thành phố dẫn đầu của cả nước", "<=", 20, **RANK),
    R("điện tử đến «100% các cơ quan", "liên thông gửi, nhận văn bản điện tử đến các cơ quan Đảng, đoàn thể và nhà "
      "nước trên địa bàn", "=", 100, pillar=INFRA),
    R("liên thông đến «100% các bộ", "liên thông đến các bộ, ban, ngành Trung ương", "=", 100, pillar=INFRA),
    R("Trung ương và «62 tỉnh", "liên thông đến tỉnh, thành phố của cả nước", "=", 62, **CNT, pillar=INFRA),
])

# --------------------------------------------------------------------------
# 05 National results of the first half of 2022, reported on Thái Nguyên's
# television site (thainguyentv.vn, no date shown; "6 tháng đầu năm 2022" →
# 2022). Title "Thái Nguyên xếp thứ 8 về chỉ số chuyển đổi số cấp tỉnh năm 2021"
# (rank =, year 2021, dti.provincial_rank; Thái Nguyên is the page's own
# province, so no place). "phủ sóng được 477/832 thôn lõm sóng" (count 477; the
# denominator no record of its own), "trên 450.000 máy tính" (>, count), "35/35
# nền tảng số quốc gia" (count 35) — no ids. Shares: "hóa đơn điện tử đạt 100%"
# (econ.e_invoice_enterprises_share), "thương mại điện tử ... đạt 11,27% (kế
# hoạch là 7%)" (a result and the year's target >=, both
# econ.ecommerce_retail_share), "tài khoản thanh toán đạt 66%"
# (society.bank_account_15plus_share; "(vượt 1%)" is a change against the target
# → NOT), "70,91%" (society.adult_smartphone_share), "71,75%"
# (infra.fibre_household_coverage_share), "bảo đảm thông suốt 100% trên địa bàn
# tỉnh" (Thái Nguyên's infrastructure, a result %; no id). Pillar null (the
# lead-in names three pillars). Not quantities: "Phiên họp thứ 3" (a meeting's
# number), "06 tháng", "6 tháng", "3 trụ cột", "hơn 1 năm".
# --------------------------------------------------------------------------
D05 = dict(name="05_ca-nuoc-chuyen-doi-so-6-thang-2022", kind="result", year=2022, records=[
    R("xếp thứ «8 về", "Thái Nguyên xếp thứ về chỉ số chuyển đổi số cấp tỉnh", "=", 8, **RANK, year=2021,
      iid="dti.provincial_rank"),
    R("được «477/832", "thôn lõm sóng viễn thông được các doanh nghiệp viễn thông di động phủ sóng", "=", 477, **CNT),
    R("trên «450.000 máy tính", "máy tính bàn giao cho các tỉnh trong Chương trình \"Sóng và máy tính cho em\"", ">",
      450000, **CNT),
    R("«35/35 nền tảng", "nền tảng số quốc gia đã hoàn thành phát triển, công bố và đưa vào sử dụng", "=", 35, **CNT),
    R("điện tử đạt «100%", "tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử", "=", 100,
      iid="econ.e_invoice_enterprises_share"),
    R("bán lẻ đạt «11,27%", "tỷ trọng doanh thu thương mại điện tử trong tổng mức bán lẻ", "=", 11.27,
      iid="econ.ecommerce_retail_share"),
    R("kế hoạch là «7%", "tỷ trọng doanh thu thương mại điện tử trong tổng mức bán lẻ kế hoạch", ">=", 7,
      kind="target", iid="econ.ecommerce_retail_share"),
    R("thanh toán đạt «66%", "tỷ lệ người dân từ 15 tuổi có tài khoản thanh toán", "=", 66,
      iid="society.bank_account_15plus_share"),
    R("thông minh là «70,91%", "tỷ lệ dân số trưởng thành có điện thoại thông minh", "=", 70.91,
      iid="society.adult_smartphone_share"),
    R("băng rộng là «71,75%", "tỷ lệ hộ gia đình có internet cáp quang băng rộng", "=", 71.75,
      iid="infra.fibre_household_coverage_share"),
    R("thông suốt «100% trên", "Hạ tầng Chuyển đổi số của Thái Nguyên được hoàn thiện và bảo đảm thông suốt trên địa "
      "bàn tỉnh", "=", 100),
], NOT=["(vượt «1%)"])

# --------------------------------------------------------------------------
# 06 Yên Bái, Văn Yên district's digital-transformation targets
# (yenbai.gov.vn, no date shown and no year in the text → year null). Targets:
# "hướng đến 100% thủ tục hành chính đủ điều kiện lên cổng trực tuyến" (>=; no
# id: not "toàn trình"), "90% hồ sơ công việc cấp huyện và 70% hồ sơ cấp xã được
# xử lý trên môi trường mạng" (two records, scopes "cấp huyện", "cấp xã";
# egov.work_records_online_share). Result: "trong 92 "nhà văn hóa số" toàn
# huyện" (count). Not quantities: "14 chỉ tiêu", "19 chỉ tiêu cơ bản" (counts of
# targets), "3 trụ cột", "4 nhóm nhiệm vụ và giải pháp", "63 phần việc", "86
# phần việc" (counts of tasks), "77 cơ quan, đơn vị, địa phương, doanh nghiệp"
# (those who registered the tasks: participants, like the spec's "hơn 50 cơ
# quan báo chí"; a judgement). Pillar null (the text names three pillars).
# --------------------------------------------------------------------------
D06 = dict(name="06_yenbai-vanyen-chi-tieu-chuyen-doi-so", kind="target", year=None, records=[
    R("hướng đến «100% thủ tục", "thủ tục hành chính đủ điều kiện lên cổng trực tuyến", ">=", 100),
    R("trực tuyến, «90% hồ sơ", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 90, scope="cấp huyện",
      iid="egov.work_records_online_share"),
    R("cấp huyện và «70% hồ sơ", "hồ sơ được xử lý trên môi trường mạng", ">=", 70, scope="cấp xã",
      iid="egov.work_records_online_share"),
    R("trong «92 \"nhà", "\"nhà văn hóa số\" toàn huyện", "=", 92, **CNT, kind="result"),
])

# --------------------------------------------------------------------------
# 07 Lai Châu, the province's make-up and economy (vietnamnet.vn, no date
# shown; a precision text with no quantity). Every number describes the
# province or its economy, none a target or result of the transformation (as
# set69's "chiếm gần 90%"; a judgement): area "9.000 km²" and its place
# "10/63", population "489.000 người" and "62/63", "20 dân tộc", the ethnic
# shares (NOT), "4/8 huyện", "696 thôn bản", the poverty rates (NOT), GRDP
# growth "3,91%/năm" (NOT), income "47,2 triệu đồng" and "3,4 triệu đồng", the
# economy's structure (NOT), "Nghị quyết 30a", "tháng 11", "XIV", the years.
# --------------------------------------------------------------------------
D07 = dict(name="07_laichau-kinh-te-xa-hoi-2023-precision", kind="result", year=2023, records=[],
           NOT=["chiếm gần «85%", "Thái chiếm «32,3%", "Mông «21,5%", "Dao «13,2%", "Kinh «15,3%", "Hà Nhì «3,1%",
                "toàn tỉnh là «28,54%", "chiếm tới «99,07%", "tăng «3,91%", "xây dựng chiếm «38,03%",
                "dịch vụ chiếm «40,14%", "nông nghiệp chiếm «15,16%"])

# --------------------------------------------------------------------------
# 08 Kon Tum, IT funding of 2016-2020 (kontumtv.vn, no date shown; a
# precision text). "tổng kinh phí bố trí cho các nhiệm vụ, dự án ứng dụng công
# nghệ thông tin ... hơn 22 tỷ đồng" (result >, other "đồng", 2.2e10) and its
# part "ngân sách Trung ương 290 triệu đồng" (=, 2.9e8); both
# inst.dx_funding_amount (IT funding read as funding for the transformation; a
# judgement). Year: the period "2016 – 2020" → 2020, its end (a judgement).
# Pillar null. Not quantities: "2016", "2020".
# --------------------------------------------------------------------------
D08 = dict(name="08_kontum-kinh-phi-cntt-2016-2020-precision", kind="result", year=2020, records=[
    R("Kon Tum hơn «22 tỷ đồng", "tổng kinh phí bố trí cho các nhiệm vụ, dự án ứng dụng công nghệ thông tin (CNTT) "
      "trong cơ quan nhà nước của tỉnh Kon Tum", ">", 22e9, **DONG, iid="inst.dx_funding_amount"),
    R("Trung ương «290 triệu đồng", "ngân sách Trung ương", "=", 290e6, **DONG, iid="inst.dx_funding_amount"),
])

# --------------------------------------------------------------------------
# 09 Hải Phòng, the city's plan 74/KH-UBND for 2022 (thuviennhadat.vn, no
# date shown; "năm 2022" → 2022). A precision text: the excerpt ends at the
# first target "1. Phát triển Chính phủ số / a) 100% thủ tục hành chính đủ điều
# kiện" (target >=; pillar digital_government from the heading; the wording ends
# where the excerpt does; no id, the sentence being cut). Not quantities: the
# document numbers "74/KH-UBND", "03-NQ/TU", "284/QĐ-UBND" (several times), the
# dates, "năm 2025", "năm 2030", section numbers.
# --------------------------------------------------------------------------
D09 = dict(name="09_haiphong-ke-hoach-chuyen-doi-so-2022-precision", kind="target", year=2022, records=[
    R("a) «100% thủ tục", "thủ tục hành chính đủ điều kiện", ">=", 100, pillar=GOV),
])

# --------------------------------------------------------------------------
# 10 Thái Bình, Hồng Thái commune's pilot (tothethao.com, a copy of a news item
# on a sports site; no date shown). A precision text: one quantity, "Xã Hồng
# Thái ... là 1 trong 7 xã của cả nước được chọn để xây dựng thí điểm chuyển đổi
# số từ cuối năm 2020" (result, count 7, year 2020; "1 trong" is the commune's
# membership, as set69's "1 trong 7 chợ"; no id). Not quantities: "mức độ 3, 4"
# (service levels: names), "hơn 600 năm" (the craft's age).
# Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_thaibinh-hong-thai-thi-diem-precision", kind="result", year=2020, records=[
    R("1 trong «7 xã", "xã của cả nước được chọn để xây dựng thí điểm chuyển đổi số", "=", 7, **CNT),
])

# --------------------------------------------------------------------------
# 11 Cao Bằng, the province's plan 487/KH-UBND for 2023 (thuviennhadat.vn; a
# precision text with no quantity): the excerpt ends in the assessment of
# 2022's awareness work before any figure. Not quantities: the document numbers
# and dates, "khóa XIX", "năm 2025", "năm 2030", "Phần I", section numbers
# "1.", "1.1.", "Năm 2022 là năm đầu tiên".
# --------------------------------------------------------------------------
D11 = dict(name="11_caobang-ke-hoach-chuyen-doi-so-2023-precision", kind="target", year=2023, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
