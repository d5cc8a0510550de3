#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set55).

Copied from set47's builder (itself from set45's, set43's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the
text with « just before the number. The locator (without «) must occur exactly once in the text;
the anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed
as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (220
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


DONG = dict(unit="other", unit_text="đồng")
USD = dict(unit="other", unit_text="USD")
MBPS = dict(unit="other", unit_text="Mbps")
LUOT = dict(unit="other", unit_text="lượt/ngày")

# --------------------------------------------------------------------------
# 01 National results of 2024 as printed on Lào Cai's digital-transformation
# portal (chuyendoiso.laocai.gov.vn, no date; "năm 2024" → 2024): a precision
# text. One quantity: "vị trí thứ 71/193 quốc gia" in the UN e-government
# ranking (rank, =, rank.un_egdi). Pillar: it stands under the line
# "Xếp hạng phát triển Chính phủ điện tử của quốc gia tăng vượt 15 bậc", a
# heading naming chính phủ điện tử → digital_government (spec). Not
# quantities: "tăng vượt 15 bậc", "tăng 15 bậc so với 2022" (changes), "Tháng
# 9/2024", "2022", the decree numbers "82/2024/NĐ-CP", "138/2024/NĐ-CP",
# "147/2024/NĐ-CP", "03 điểm nghẽn" (a count of problems solved by decrees,
# like a count of tasks; a judgement), "193" (the denominator).
# --------------------------------------------------------------------------
D01 = dict(name="01_laocai-cds-quoc-gia-2024-precision", kind="result", year=2024, records=[
    R("vị trí thứ «71/193", "Việt Nam vươn lên vị trí quốc gia trong xếp hạng Chính phủ điện tử", "=", 71, **RANK,
      pillar=GOV, iid="rank.un_egdi"),
])

# --------------------------------------------------------------------------
# 02 National results of 2024 from the tenth session of the National
# Committee (lite.baomoi.com, no date; "năm 2024" → 2024). "vị trí thứ
# 71/193" (rank, =, rank.un_egdi, pillar null: it precedes the lead-ins).
# "Về Chính phủ số, ..." leads its paragraph → digital_government on 45%,
# 4.475, 70,8% and "khoảng 425.000 lượt/ngày" (unit other "lượt/ngày", ~).
# "Về kinh tế số, ..." leads the next paragraph → digital_economy on 18,3%
# GDP (=, "ước đạt"), "tốc độ tăng trưởng vượt 20%/năm" (the growth rate is
# itself the indicator, as set47's "tăng trưởng 22,4%": >, 20), "25 tỷ USD"
# (unit other "USD"), "Top 10 quốc gia" (rank <=), and "tốc độ tăng trưởng
# thanh toán không dùng tiền mặt hàng năm tăng hơn 50%" (the yearly growth
# rate as the indicator, >, 50; a judgement). "Thương mại điện tử bán lẻ đạt
# doanh thu 25 tỷ USD, tăng khoảng 20%": the 20% is a change → NOT. Not
# quantities: "lần thứ 10", "6/2", "tăng 15 bậc", "tăng 2,5 lần so với năm
# 2023" (a change), "tháng 7/2024", "Đề án 06". Ids: rank.un_egdi,
# egov.online_applications_share (full-process applications, as set47),
# egov.national_portal_integrated_services_count and
# egov.national_portal_integrated_share (procedures integrated; a judgement),
# econ.digital_economy_gdp_share, econ.digital_economy_growth; the e-commerce
# revenue in USD has none (econ.ecommerce_revenue is in đồng).
# --------------------------------------------------------------------------
D02 = dict(name="02_ca-nuoc-ket-qua-cds-2024", kind="result", year=2024, records=[
    R("vị trí thứ «71/193", "Việt Nam vươn lên vị trí quốc gia trong bảng xếp hạng Chính phủ điện tử của Liên Hợp "
      "Quốc", "=", 71, **RANK, iid="rank.un_egdi"),
    R("toàn quốc đạt «45%", "tỷ lệ hồ sơ trực tuyến toàn trình trên toàn quốc", "=", 45, pillar=GOV,
      iid="egov.online_applications_share"),
    R("hiệu quả với «4.475 thủ tục", "Cổng dịch vụ công quốc gia thủ tục được tích hợp", "=", 4475, **CNT, pillar=GOV,
      iid="egov.national_portal_integrated_services_count"),
    R("tích hợp, đạt «70,8%", "thủ tục được tích hợp tổng số thủ tục hành chính", "=", 70.8, pillar=GOV,
      iid="egov.national_portal_integrated_share"),
    R("đạt khoảng «425.000 lượt", "dùng VNeID để đăng nhập, sử dụng dịch vụ công trực tuyến", "~", 425000, **LUOT,
      pillar=GOV),
    R("ước đạt «18,3% GDP", "tỷ trọng kinh tế số", "=", 18.3, pillar=ECO, iid="econ.digital_economy_gdp_share"),
    R("tăng trưởng vượt «20%/năm", "tốc độ tăng trưởng kinh tế số", ">", 20, pillar=ECO,
      iid="econ.digital_economy_growth"),
    R("doanh thu «25 tỷ USD", "Thương mại điện tử bán lẻ doanh thu", "=", 25e9, **USD, pillar=ECO),
    R("thuộc Top «10 quốc gia", "Việt Nam quốc gia có tốc độ tăng trưởng thương mại điện tử hàng đầu thế giới", "<=",
      10, **RANK, pillar=ECO),
    R("tăng hơn «50%", "tốc độ tăng trưởng thanh toán không dùng tiền mặt hàng năm", ">", 50, pillar=ECO),
], NOT=["tăng khoảng «20%"])

# --------------------------------------------------------------------------
# 03 The national digital-economy targets for 2025 in the MIC's review of
# 2024 (vneconomy.vn, date 2024-12). "Mục tiêu đến năm 2025, ..." → targets
# of 2025 (>=): 20,5% of GDP (econ.digital_economy_gdp_share), "52 tỷ USD"
# of platform digital-economy revenue (unit other "USD"), 50% of adults
# with a digital signature (society.adult_digital_signature_share). "(40 tỷ
# USD)": the bracket states the value estimated for 2024 (a result, =, 2024;
# contract: a bracket that states a value is a quantity). "tăng 30% so với
# ước thực hiện năm 2024": a change → NOT. "Việt Nam hiện có 7 ứng dụng di
# động có số lượng người dùng trên 10 triệu": a count result (=, 7, 2024, the
# review's year); "trên 10 triệu" and "5 - 10 triệu" are the thresholds that
# define the groups, not quantities (a judgement); "có trên 10 ứng dụng" a
# count result (>, 10, 2024). Pillar null (no heading; the lead-in
# "Mục tiêu đến năm 2025" names no pillar). Not quantities: "1437/QĐ-TTg",
# "20/11/2024", "2024 - 2025", "5 nhóm ngành" (sectors of a programme, like
# groups of tasks), "Zing MP3".
# --------------------------------------------------------------------------
D03 = dict(name="03_ca-nuoc-muc-tieu-kinh-te-so-2025", kind="target", year=2025, records=[
    R("trong GDP đạt «20,5%", "tỷ trọng kinh tế số trong GDP", ">=", 20.5, iid="econ.digital_economy_gdp_share"),
    R("nền tảng đạt «52 tỷ USD", "Tổng doanh thu lĩnh vực kinh tế số nền tảng", ">=", 52e9, **USD),
    R("năm 2024 («40 tỷ USD", "Tổng doanh thu lĩnh vực kinh tế số nền tảng ước thực hiện", "=", 40e9, **USD,
      kind="result", year=2024),
    R("chữ ký số đạt «50%", "Tỷ lệ người dân ở độ tuổi trưởng thành có chữ ký số", ">=", 50,
      iid="society.adult_digital_signature_share"),
    R("hiện có «7 ứng dụng", "ứng dụng di động có số lượng người dùng trên 10 triệu", "=", 7, **CNT, kind="result",
      year=2024),
    R("có trên «10 ứng dụng", "ứng dụng có số lượng tài khoản đang hoạt động đạt 5 - 10 triệu", ">", 10, **CNT,
      kind="result", year=2024),
], NOT=["tăng «30%"])

# --------------------------------------------------------------------------
# 04 The Ministry of Agriculture and Rural Development's procedures and
# rankings (nongnghiep.vn, no date; no year of the values is named → year
# null, except "Năm 2020, Bộ đứng 17/17" → 2020). "hiện được 50% điểm tối
# đa": the service index's share of its maximum points (%, =, no id).
# "238 thủ tục hành chính" (count, the ministry's procedures). "Cục BVTV
# (26/31 thủ tục - 84%), Cục Thú y (26/45 thủ tục - 58%)": the partial
# procedures of each department (counts 26, 26; shares 84, 58; the
# department in the indicator wording, scope null: a unit of a ministry is
# no administrative level; ids egov.partial_online_services_count /
# egov.partial_online_services_share, a split by group keeping the id).
# "92 thủ tục toàn trình" (egov.full_online_services_count), "146 thủ tục
# một phần (chiếm 61%)" (egov.partial_online_services_count, _share). Ranks:
# PAR "có lúc xếp 6/17", "16/17" (=, year null), DTI "Năm 2020, Bộ đứng
# 17/17" (=, 2020), "Hai năm kế tiếp, Bộ đứng thứ 15" (=, year null: two
# years, one value; a judgement); no id (rank.par_index and
# dti.provincial_rank are provinces'). Not quantities: "7 nhóm tiêu chí"
# (parts of an index), "IPv6", "13 đơn vị chính" (the organisational units
# holding the procedures; a judgement), the denominators "31", "45", "17".
# --------------------------------------------------------------------------
D04 = dict(name="04_bo-nnptnt-dti-thu-tuc", kind="result", year=None, records=[
    R("hiện được «50% điểm", "chỉ số phục vụ người dân, doanh nghiệp của Bộ NN-PTNT điểm tối đa", "=", 50),
    R("đang có «238 thủ tục", "Bộ NN-PTNT thủ tục hành chính", "=", 238, **CNT),
    R("Cục BVTV («26/31", "Cục BVTV thủ tục một phần", "=", 26, **CNT, iid="egov.partial_online_services_count"),
    R("thủ tục - «84%", "Cục BVTV tỷ lệ thủ tục một phần", "=", 84, iid="egov.partial_online_services_share"),
    R("Cục Thú y («26/45", "Cục Thú y thủ tục một phần", "=", 26, **CNT, iid="egov.partial_online_services_count"),
    R("thủ tục - «58%", "Cục Thú y tỷ lệ thủ tục một phần", "=", 58, iid="egov.partial_online_services_share"),
    R("mới có «92 thủ tục", "toàn Bộ NN-PTNT thủ tục toàn trình", "=", 92, **CNT,
      iid="egov.full_online_services_count"),
    R("và «146 thủ tục", "toàn Bộ NN-PTNT thủ tục một phần", "=", 146, **CNT, iid="egov.partial_online_services_count"),
    R("(chiếm «61%)", "toàn Bộ NN-PTNT thủ tục một phần", "=", 61, iid="egov.partial_online_services_share"),
    R("có lúc xếp «6/17", "thứ hạng cải cách hành chính của Bộ", "=", 6, **RANK),
    R("rơi xuống «16/17", "thứ hạng cải cách hành chính của Bộ rơi xuống", "=", 16, **RANK),
    R("Bộ đứng «17/17", "thang điểm DTI Bộ NN-PTNT đứng", "=", 17, **RANK, year=2020),
    R("Bộ đứng thứ «15", "thang điểm DTI Bộ đứng", "=", 15, **RANK),
])

# --------------------------------------------------------------------------
# 05 Cashless social-security payments under Đề án 06 (vietnamnet.vn, date
# 2025-10; "đến nay" → 2025). "100% các tỉnh, thành phố đã thực hiện chi trả
# không dùng tiền mặt" (=, 100; no id: a share of provinces). For each group
# (social-protection beneficiaries, people with merit): the counts reviewed,
# with accounts and paid through accounts ("trên"/"hơn" → >, "là" → =), the
# shares "chiếm 62,20%", "58,41%", "68,73%", "64,70%" (=), and the money
# paid ("trên 15.375 tỷ đồng", "hơn 25.981 tỷ đồng", >, unit other "đồng").
# The group totals "hơn 3,8 triệu", "hơn 1,04 triệu người" are the
# denominators of the shares → no record (a judgement). Ids:
# society.social_benefits_cashless_share on the shares paid through
# accounts (58,41%, 64,70%; a judgement); the rest none. Pillar null. Not
# quantities: "Đề án 06", "2022 - 2025", "2030", "Nghị quyết 263", "29/8/2025".
# --------------------------------------------------------------------------
D05 = dict(name="05_ca-nuoc-chi-tra-an-sinh-2025", kind="result", year=2025, records=[
    R("đến nay «100% các tỉnh", "các tỉnh, thành phố đã thực hiện chi trả không dùng tiền mặt đến các đối tượng", "=",
      100),
    R("rà soát là trên «3,7 triệu", "số đối tượng bảo trợ xã hội đã thực hiện rà soát", ">", 3.7e6, **CNT),
    R("là hơn «2,37 triệu", "số đối tượng bảo trợ xã hội đã có tài khoản, mong muốn chi trả không dùng tiền mặt", ">",
      2.37e6, **CNT),
    R("chiếm «62,20%", "số đối tượng bảo trợ xã hội đã có tài khoản, mong muốn chi trả không dùng tiền mặt", "=",
      62.2),
    R("là trên «2,22 triệu", "số đối tượng bảo trợ xã hội đã được chi trả qua tài khoản", ">", 2.22e6, **CNT),
    R("chiếm «58,41%", "số đối tượng bảo trợ xã hội đã được chi trả qua tài khoản", "=", 58.41,
      iid="society.social_benefits_cashless_share"),
    R("chi trả trên «15.375 tỷ đồng", "Tổng kinh phí đã thực hiện chi trả bảo trợ xã hội", ">", 15375e9, **DONG),
    R("rà soát là trên «1,038 triệu", "số đối tượng người có công đã thực hiện rà soát", ">", 1.038e6, **CNT),
    R("là «717.836 người", "số đối tượng người có công đã có tài khoản mong muốn chi trả không dùng tiền mặt", "=",
      717836, **CNT),
    R("chiếm «68,73%", "số đối tượng người có công đã có tài khoản mong muốn chi trả không dùng tiền mặt", "=", 68.73),
    R("là «675.803 người", "số đối tượng người có công đã được chi trả qua tài khoản", "=", 675803, **CNT),
    R("chiếm tỷ lệ «64,70%", "số đối tượng người có công đã được chi trả qua tài khoản", "=", 64.7,
      iid="society.social_benefits_cashless_share"),
    R("là hơn «25.981 tỷ đồng", "tổng kinh phí đã thực hiện chi trả người có công", ">", 25981e9, **DONG),
])

# --------------------------------------------------------------------------
# 06 The Minister of Information and Communications on agriculture's
# digitisation (vietnamnet.vn, date 2024-05; "hiện nay" → 2024). One
# digital-transformation quantity: "tỷ trọng số hoá trong nông nghiệp ... mới
# đạt 2,1%" (=, no id). The agricultural statistics "Tỷ trọng nông nghiệp
# trong GDP ... là 11,9%", the world's "4,3%" and the growth "3,5%" are no
# digital-transformation indicators (the world's average is a comparison
# value) → NOT (a judgement). Pillar null. Not quantities: "14/5/2024",
# "gần 2 năm nữa" (a duration), "năm 2025".
# --------------------------------------------------------------------------
D06 = dict(name="06_ca-nuoc-nong-nghiep-so-hoa-2024", kind="result", year=2024, records=[
    R("thì mới đạt «2,1%", "tỷ trọng số hoá trong nông nghiệp", "=", 2.1),
], NOT=["hiện nay là «11,9%", "thế giới là «4,3%", "hàng năm là «3,5%"])

# --------------------------------------------------------------------------
# 07 Digital transformation in education and the connectivity figures of
# "Digital 2025" (vietnamnet.vn, date 2025-11; → 2025). TP HCM's "hơn 7.000
# bài học và 2.000 video giảng dạy" (counts, place "TP HCM"; ids
# society.e_learning_materials_count, the videos a judgement). National:
# "khoảng 79,8 triệu người dùng internet" (~, count), "tương đương 78,8% dân
# số" (=, infra.internet_users_share), "hơn 21 triệu người vẫn chưa tiếp cận"
# (>, count), "127 triệu thuê bao" mobile broadband (=, count, no id:
# infra.mobile_subscriptions_count is telephone subscriptions), "tương đương
# 126% dân số" (=, infra.mobile_broadband_subscriptions_per_100), speeds
# "trung bình 75,7 Mbps" and "154 Mbps" (=, unit other "Mbps",
# infra.mobile_broadband_speed / infra.fixed_broadband_speed), "Khoảng
# 82,2% hộ gia đình có cáp quang FTTH" (~; no id: households connected, not
# covered; a judgement). "tăng lần lượt 60,9% và 46,6% so với năm trước":
# changes → NOT. Pillar null. Not quantities: "749/2020", "131/2022",
# "2222/2021", "3G, 4G hoặc 5G", "Digital 2025".
# --------------------------------------------------------------------------
D07 = dict(name="07_ca-nuoc-giao-duc-ha-tang-2025", kind="result", year=2025, records=[
    R("học liệu với hơn «7.000 bài học", "kho học liệu bài học", ">", 7000, **CNT, place="TP HCM",
      iid="society.e_learning_materials_count"),
    R("bài học và «2.000 video", "kho học liệu video giảng dạy", "=", 2000, **CNT, place="TP HCM",
      iid="society.e_learning_materials_count"),
    R("có khoảng «79,8 triệu", "Việt Nam người dùng internet", "~", 79.8e6, **CNT),
    R("tương đương «78,8% dân số", "người dùng internet dân số", "=", 78.8, iid="infra.internet_users_share"),
    R("nghĩa là hơn «21 triệu", "người vẫn chưa tiếp cận được mạng", ">", 21e6, **CNT),
    R("băng rộng đạt «127 triệu", "Kết nối di động băng rộng thuê bao", "=", 127e6, **CNT),
    R("tương đương «126% dân số", "Kết nối di động băng rộng thuê bao dân số", "=", 126,
      iid="infra.mobile_broadband_subscriptions_per_100"),
    R("trung bình «75,7 Mbps", "Tốc độ truy cập trên di động", "=", 75.7, **MBPS, iid="infra.mobile_broadband_speed"),
    R("di động và «154 Mbps", "Tốc độ truy cập với mạng cố định", "=", 154, **MBPS, iid="infra.fixed_broadband_speed"),
    R("Khoảng «82,2% hộ", "hộ gia đình có cáp quang FTTH", "~", 82.2),
], NOT=["lần lượt «60,9%", "và «46,6%"])

# --------------------------------------------------------------------------
# 08 TP HCM's place in the DTI of 2024 (thanhnien.vn, date 2025-10; "DTI năm
# 2024" → 2024): a precision text. One quantity: "xếp thứ 4 trong nhóm 34
# tỉnh, thành sau hợp nhất" (rank, =, dti.provincial_rank). "dẫn đầu nhóm 63
# tỉnh" is a first place in words (no digit, no record). Not quantities: the
# group sizes "nhóm 63 tỉnh", "nhóm 34 tỉnh" (the denominators), "21.10", the
# index's parts "7 chỉ số chính và 47 chỉ số thành phần", "3 trụ cột",
# "thang điểm tối đa 1.000" (decided: the parts of an index).
# --------------------------------------------------------------------------
D08 = dict(name="08_tphcm-dti-2024-precision", kind="result", year=2024, records=[
    R("và xếp thứ «4 trong", "thứ hạng chuyển đổi số TP.HCM trong nhóm tỉnh, thành sau hợp nhất", "=", 4, **RANK,
      iid="dti.provincial_rank"),
])

# --------------------------------------------------------------------------
# 09 Đà Nẵng at the national Digital Government conference of 2024
# (shopadf.com, a copy of a news page; no date; "Hội thảo Quốc gia về Chính
# phủ số 2024" → 2024). Title: "kinh tế số chiếm 35-40% GRDP vào năm 2030"
# (a target, between 35-40, 2030, econ.digital_economy_gdp_share). Results
# of 2024: "tỷ lệ dịch vụ công trực tuyến toàn trình đạt 95%"
# (egov.full_online_services_share), "tỷ lệ hồ sơ xử lý trực tuyến toàn
# trình đạt 65%" (egov.online_applications_share, as set47). "Đà Nẵng đạt
# tỷ lệ đóng góp 20," is cut by the excerpt inside the number → no record
# (value unknown; a judgement). Pillar null. Not quantities: "25/10", "gần
# 300 đại biểu" (participants), "từ năm 2014", "Chính phủ số 2024" (a name).
# --------------------------------------------------------------------------
D09 = dict(name="09_danang-kinh-te-so-2030", kind="result", year=2024, records=[
    R("kinh tế số chiếm «35-40% GRDP", "kinh tế số chiếm GRDP", "between", 35, value_max=40, kind="target",
      year=2030, iid="econ.digital_economy_gdp_share"),
    R("toàn trình đạt «95%", "tỷ lệ dịch vụ công trực tuyến toàn trình", "=", 95,
      iid="egov.full_online_services_share"),
    R("toàn trình đạt «65%", "tỷ lệ hồ sơ xử lý trực tuyến toàn trình", "=", 65, iid="egov.online_applications_share"),
])

# --------------------------------------------------------------------------
# 10 TP Hạ Long (Quảng Ninh) after three years of digital transformation
# (baomoi.net.vn, no date; no year named → null). "Đối với chính quyền số,
# ..." leads its paragraph → digital_government on "ký số kết quả đạt 100%"
# (egov.electronic_documents_share, a judgement). The next paragraph names
# no pillar → null: "100% dịch vụ công trực tuyến đủ điều kiện được cung cấp
# toàn trình" (egov.full_online_services_share); "số hóa hồ sơ đầu vào tại
# thành phố đã đạt 99,8%, cấp xã đạt 98,2%" and "số hóa kết quả TTHC của
# thành phố đạt 99,8%, cấp xã đạt 95,3%": splits by level → scopes
# "thành phố" (as written; the city is the district tier) and "cấp xã"; all
# four egov.digitised_procedure_results_share (the catalogue names files and
# results together; a judgement). Not quantities: "Sau 3 năm" (a duration).
# --------------------------------------------------------------------------
D10 = dict(name="10_halong-so-hoa-ttbc", kind="result", year=None, records=[
    R("ký số kết quả đạt «100%", "ký ban hành văn bản, ký số kết quả", "=", 100, pillar=GOV,
      iid="egov.electronic_documents_share"),
    R("Hiện nay «100% dịch vụ", "dịch vụ công trực tuyến đủ điều kiện được cung cấp toàn trình", "=", 100,
      iid="egov.full_online_services_share"),
    R("thành phố đã đạt «99,8%", "số hóa hồ sơ đầu vào", "=", 99.8, scope="thành phố",
      iid="egov.digitised_procedure_results_share"),
    R("cấp xã đạt «98,2%", "số hóa hồ sơ đầu vào", "=", 98.2, scope="cấp xã",
      iid="egov.digitised_procedure_results_share"),
    R("của thành phố đạt «99,8%", "số hóa kết quả TTHC", "=", 99.8, scope="thành phố",
      iid="egov.digitised_procedure_results_share"),
    R("cấp xã đạt «95,3%", "số hóa kết quả TTHC", "=", 95.3, scope="cấp xã",
      iid="egov.digitised_procedure_results_share"),
])

# --------------------------------------------------------------------------
# 11 Vĩnh Châu town (Sóc Trăng) on its digital transformation (the
# provincial party site soctrang.dcs.vn, no date → year null). Counts:
# "97 tổ công nghệ số cộng đồng", "610 thành viên", "97/97 nhóm Zalo ấp,
# khóm" (=, no catalogue id). Pillar null. Not quantities: "4G" (a name,
# in the opening line, possibly a photo caption, kept).
# --------------------------------------------------------------------------
D11 = dict(name="11_vinhchau-to-cong-nghe-so", kind="result", year=None, records=[
    R("thị xã có «97 tổ", "toàn thị xã tổ công nghệ số cộng đồng", "=", 97, **CNT),
    R("với «610 thành viên", "tổ công nghệ số cộng đồng thành viên", "=", 610, **CNT),
    R("được «97/97 nhóm", "nhóm Zalo ấp, khóm", "=", 97, **CNT),
])

# --------------------------------------------------------------------------
# 12 SIPAS and PAR INDEX of 2024 (media.petrotimes.vn, no date; "năm 2024"
# → 2024). "Chỉ số hài lòng trung bình đạt 83,94%" (=, no id: the average of
# provinces) and Hải Phòng's "Chỉ số SIPAS ... đạt 90,59%" (=, place "Hải
# Phòng", rank.sipas: a province's SIPAS in %). "tăng 1,28% / 1,69% so với
# năm 2023" → NOT (changes); "tăng 4 bậc" (a change), "xếp thứ nhất" (in
# words). Not quantities: "tháng 3", "năm thứ 8", the survey's sample
# "36.525 người dân", "195 đơn vị cấp huyện", "385 đơn vị cấp xã", "hơn 1.100
# thôn" (the method's sample, as set47), "PAR Index 2024" (a name).
# --------------------------------------------------------------------------
D12 = dict(name="12_ca-nuoc-par-sipas-2024", kind="result", year=2024, records=[
    R("trung bình đạt «83,94%", "Chỉ số hài lòng trung bình", "=", 83.94),
    R("Hải Phòng đạt «90,59%", "Chỉ số SIPAS của thành phố Hải Phòng", "=", 90.59, place="Hải Phòng",
      iid="rank.sipas"),
], NOT=["tăng «1,28%", "tăng «1,69%"])

# --------------------------------------------------------------------------
# 13 Thái Nguyên's security cameras (vietbao.vn, date 2021-11 → 2021).
# Results: "hơn 30 mô hình camera giám sát", "hơn 500 camera" (>, counts).
# Đại Từ district's plan ("Theo kế hoạch, ..."): targets (>=, year 2021 from
# the stamp, as the decided case on stamps): "lắp đặt 56 camera tại trung tâm
# 30 xã, thị trấn" (two counts: the cameras and the communes reached; the
# latter a judgement) and "bổ sung 200 camera". Pillar null (the opening
# sentence naming "thành phố thông minh" stands on its own and leads no
# list; a judgement). Not quantities: "giai đoạn 1", "giai đoạn 2" (names
# of phases).
# --------------------------------------------------------------------------
D13 = dict(name="13_thainguyen-camera-2021", kind="result", year=2021, records=[
    R("triển khai hơn «30 mô hình", "Thái Nguyên mô hình camera giám sát", ">", 30, **CNT),
    R("tổng số hơn «500 camera", "camera được lắp đặt trên địa bàn", ">", 500, **CNT),
    R("lắp đặt «56 camera", "huyện Đại Từ giai đoạn 1 lắp đặt camera", ">=", 56, **CNT, kind="target"),
    R("trung tâm «30 xã", "huyện Đại Từ lắp đặt camera tại trung tâm xã, thị trấn", ">=", 30, **CNT, kind="target"),
    R("bổ sung «200 camera", "huyện Đại Từ giai đoạn 2 bổ sung camera tại các tổ dân phố, các xóm", ">=", 200, **CNT,
      kind="target"),
])

# --------------------------------------------------------------------------
# 14 Quảng Minh commune (TP Sầm Sơn, Thanh Hóa) puts security cameras into
# operation (baothanhhoa.vn, date 2022-07 → 2022): a precision text. "gồm 30
# camera" (=, count), "Tổng kinh phí đầu tư trên 160 triệu đồng" (>, unit
# other "đồng"), and the target of phase 2 "(năm 2023) ... bố trí thêm 30
# mắt camera" (>=, 30, 2023: a target stated as an addition). Not
# quantities: the contribution rules "tối thiểu 100.000 đồng", "300.000",
# "tối thiểu 1 ngày lương" (what each household gives, not a result or a
# target of the system; a judgement), "giai đoạn 2".
# --------------------------------------------------------------------------
D14 = dict(name="14_quangminh-camera-2022-precision", kind="result", year=2022, records=[
    R("gồm «30 camera", "Hệ thống camera giám sát an ninh", "=", 30, **CNT),
    R("đầu tư trên «160 triệu đồng", "Tổng kinh phí đầu tư", ">", 160e6, **DONG),
    R("bố trí thêm «30 mắt camera", "xã Quảng Minh bố trí thêm mắt camera giám sát", ">=", 30, **CNT, kind="target",
      year=2023),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
