#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set31).

Copied from set27's builder (itself from set25's, set23's, set21's, set19's, set17's, set15's, set14's,
set12's, set10's, set9's, set8's and the seeds'). Each record is written by hand below; its
anchor is never typed in. A record names a locator: a piece of the text with « just before the
number. The locator (without «) must occur exactly once in the text; the anchor is where «
stands. `start`/`end` (the clause that states the quantity) are computed as in the seeds'
builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml at commit
f0d9ac1 (214 entries; see README). As in set10-set25, the id is given in the record itself
(`iid=`).

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


VAL = dict(unit="other", unit_text=None)
DIEM = dict(unit="other", unit_text="điểm")

WR = "egov.work_records_online_share"
DTI_R = "dti.provincial_rank"
HHNET = "infra.households_internet_share"
BTS = "infra.bts_stations_count"
SIG = "society.adult_digital_signature_share"
G5 = "infra.fiveg_coverage_share"
PSI = "rank.public_service_index"

DONG = dict(unit="other", unit_text="đồng")
GDP = "econ.digital_economy_gdp_share"

# --------------------------------------------------------------------------
# 01 xã Tịnh Trà, Quảng Ngãi (commune page; the commune's plan of 26/4/2024
# under the province's Nghị quyết 13-NQ/TU): the excerpt stops after the first
# numeric target of "1. Mục tiêu cơ bản đến năm 2025" → target, year 2025, bare
# → >=. The heading "a) Về chuyển đổi số trong hoạt động của các cơ quan Đảng,
# Nhà nước, ..." names the state's own DX, the topic of chính quyền số →
# digital_government (spec: a heading naming a topic of one pillar). A
# precision text: "13-NQ/TU", "06/9/2023", "khóa XX", "50/KH-UBND",
# "11/3/2024", the horizons 2025/2030 and the list numbers are no quantities.
# --------------------------------------------------------------------------
D01 = dict(name="01_quangngai-xa-tinh-tra-ke-hoach-2024", kind="target", year=2025, records=[
    R("- «100% thủ tục", "thủ tục hành chính có đủ điều kiện theo quy định của pháp luật được cung cấp dịch vụ công trực tuyến toàn trình",
      ">=", 100, pillar=GOV, iid="egov.full_online_services_share"),
])

# --------------------------------------------------------------------------
# 02 Quảng Nam (baoquangnam.vn, no date shown): Vietnam ICT Index 2020, a
# precision text with one record: the rank 28/63 (result, op =, year 2020).
# "tụt hạng 10 bậc" / "tụt 10 bậc so năm 2019" and "giảm 0,033 điểm" are
# changes against 2019 (spec); "1 chỉ số thành phần" (three times) counts the
# parts of the index. No heading → pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_quangnam-ict-index-2020", kind="result", year=2020, records=[
    R("đứng thứ «28/63", "mức độ ứng dụng công nghệ thông tin của Quảng Nam đứng thứ tỉnh thành", "=", 28, **RANK,
      iid="rank.ict_index"),
])

# --------------------------------------------------------------------------
# 03 Quảng Nam (baoquangnam.vn, date 2021-04): the commune pilot plan. "năm 2021
# có 15 xã được triển khai thí điểm" is the plan's count for 2021 (target, bare
# → >=, year 2021); "Lộ trình từ năm 2021-2030 sẽ triển khai trên địa bàn 46 xã"
# a target for the horizon 2030. "Kế hoạch 2004" is the plan's number, "2021-2030"
# a period. No catalogue indicator counts pilot communes → iid null.
# --------------------------------------------------------------------------
D03 = dict(name="03_quangnam-15-xa-thi-diem-2021", kind="target", year=2021, records=[
    R("có «15 xã", "xã được triển khai thí điểm chuyển đổi số", ">=", 15, **CNT),
    R("địa bàn «46 xã", "Lộ trình sẽ triển khai chuyển đổi số cấp xã trên địa bàn xã", ">=", 46, **CNT, year=2030),
])

# --------------------------------------------------------------------------
# 04 Gia Lai (baogialai.com.vn, no date shown): SIPAS and PAR INDEX 2023
# (results, year 2023). Each province's SIPAS value and each place ("đứng thứ 2
# tỉnh Thái Nguyên", "thứ 3 tỉnh Hải Dương", "Gia Lai đứng thứ 19") recorded;
# places for provinces other than Gia Lai (the paper's own). "dẫn đầu" carries
# no number. The PAR INDEX average "đạt 86,98%" and the statement "đạt giá trị
# trung bình trên 80%" (the fifth year running; op >, year 2023) are recorded;
# "cao hơn 2,19% so với năm 2022" and "giảm 3 bậc" are changes (NOT / spec).
# "năm thứ 2", "năm thứ 5" ordinals of years, "9 nhóm chính sách" the parts
# of the survey. SIPAS values: rank.sipas (a %); SIPAS places: null (no
# catalogue id for the SIPAS rank); PAR average: null (rank.par_index is a rank).
# --------------------------------------------------------------------------
SIP = "Chỉ số SIPAS"
D04 = dict(name="04_gialai-sipas-par-2023", kind="result", year=2023, NOT=["cao hơn «2,19%"], records=[
    R("đạt «90,61%", SIP + " tỉnh Quảng Ninh dẫn đầu với kết quả", "=", 90.61, place="Quảng Ninh", iid="rank.sipas"),
    R("đứng thứ «2 tỉnh", SIP + " đứng thứ tỉnh Thái Nguyên", "=", 2, **RANK, place="Thái Nguyên"),
    R("đạt «90,29%", SIP + " tỉnh Thái Nguyên", "=", 90.29, place="Thái Nguyên", iid="rank.sipas"),
    R("thứ «3 tỉnh", SIP + " thứ tỉnh Hải Dương", "=", 3, **RANK, place="Hải Dương"),
    R("đạt «90,23%", SIP + " tỉnh Hải Dương", "=", 90.23, place="Hải Dương", iid="rank.sipas"),
    R("đứng thứ «19", SIP + " Gia Lai đứng thứ", "=", 19, **RANK),
    R("đạt «83,84%", SIP + " Gia Lai", "=", 83.84, iid="rank.sipas"),
    R("đạt «86,98%", "Chỉ số PAR INDEX năm 2023 của các tỉnh, thành phố giá trị trung bình", "=", 86.98),
    R("trung bình trên «80%", "Chỉ số CCHC của các địa phương đạt giá trị trung bình", ">", 80),
])

# --------------------------------------------------------------------------
# 05 Hà Nội (baomoi.com reprint of VietnamPlus, no date shown): PAR INDEX 2023
# (year 2023). Hà Nội's third place is stated three times (title, standfirst,
# body: each recorded, set27 12) and its value 91,43% once. A national news
# page → place "Hà Nội" on Hà Nội's values (set27 10). "hai năm", "năm thứ 2
# liên tiếp" are durations; "2023" in "PAR INDEX 2023" a name. Ranks:
# rank.par_index; the value (a %): null.
# --------------------------------------------------------------------------
PAR = "chỉ số cải cách hành chính (PAR INDEX)"
D05 = dict(name="05_hanoi-par-index-2023", kind="result", year=2023, records=[
    R("giữ vị trí thứ «3\n", "PAR INDEX Hà Nội giữ vị trí thứ", "=", 3, **RANK, place="Hà Nội", iid="rank.par_index"),
    R("đứng ở vị trí thứ «3.", "Chỉ số cải cách hành chính Hà Nội đứng ở vị trí thứ", "=", 3, **RANK, place="Hà Nội",
      iid="rank.par_index"),
    R("xếp thứ «3/63", "thành phố Hà Nội xếp thứ tỉnh, thành phố trực thuộc Trung ương về " + PAR, "=", 3, **RANK,
      place="Hà Nội", iid="rank.par_index"),
    R("đạt «91,43%", PAR + " Hà Nội", "=", 91.43, place="Hà Nội"),
])

# --------------------------------------------------------------------------
# 06 Vĩnh Phúc (vnexpress.net, date 2021-12): the information-security
# readiness ranking of 2021 and the province's present infrastructure and
# signatures ("hiện có" → the date's year 2021). "1 trong 7 tỉnh dẫn đầu" is a
# rank in a leading group (op <=, value 7; "1 trong" is wording); the national
# counts of provinces by class A/B/C are recorded (counts of a classification,
# year 2021). Stations, subscriptions and certificates: each number with its
# own subject (a breakdown by kind keeps the id). "3G, 4G", "5G", "mức độ 3,
# mức độ 4" names. No heading → pillar null.
# --------------------------------------------------------------------------
CTS = "egov.digital_certificates_issued_count"
D06 = dict(name="06_vinhphuc-an-toan-thong-tin-2021", kind="result", year=2021, records=[
    R("1 trong «7 tỉnh", "Vĩnh Phúc là 1 trong tỉnh dẫn đầu về mức độ sẵn sàng bảo đảm an toàn thông tin trên không gian mạng",
      "<=", 7, **RANK),
    R("có «7 địa", "địa phương xếp loại A", "=", 7, **CNT),
    R("có «45 tỉnh", "tỉnh, thành phố xếp loại B", "=", 45, **CNT),
    R("B; «11 tỉnh", "tỉnh, thành phố xếp loại C", "=", 11, **CNT),
    R("có «2.750 trạm", "trạm thu phát sóng thông tin di động", "=", 2750, **CNT, iid="infra.bts_stations_count"),
    R("đạt «100%;", "phủ sóng di động 3G, 4G toàn tỉnh", "=", 100),
    R("xong «2 trạm", "trạm 5G của Viettel đã lắp đặt xong", "=", 2, **CNT, iid="infra.bts_stations_count"),
    R("«1.190.700 thuê", "thuê bao điện thoại di động", "=", 1190700, **CNT, iid="infra.mobile_subscriptions_count"),
    R("«203.500 thuê", "thuê bao internet băng rộng cố định", "=", 203500, **CNT, iid="infra.internet_subscriptions_count"),
    R("«790.650 thuê", "thuê bao internet băng rộng di động", "=", 790650, **CNT, iid="infra.internet_subscriptions_count"),
    R("là «66%", "tỷ lệ hộ gia đình có Internet băng rộng cố định", "=", 66, iid="infra.households_internet_share"),
    R("cho «39 cơ", "cơ quan, đơn vị được cấp chứng thư số", "=", 39, **CNT),
    R("tổng số «1.998", "chứng thư số cấp cho cơ quan, đơn vị tổng số", "=", 1998, **CNT, iid=CTS),
    R("có «1.563 chứng", "chứng thư số cá nhân", "=", 1563, **CNT, iid=CTS),
    R("«435 chứng", "chứng thư số cơ quan", "=", 435, **CNT, iid=CTS),
    R("kết nối «507 thủ", "thủ tục hành chính mức độ 3, mức độ 4 kết nối với Cổng dịch vụ công quốc gia", "=", 507, **CNT),
])

# --------------------------------------------------------------------------
# 07 national (thegioitiepthi.vn, no date shown): one record in an unrelated
# page: the NCSC's count of attacks "trong tháng 1" — the month after
# "tháng 12-2021" → year 2022 (the document's year, inferred). "tăng 10,29% so
# với tháng 12-2021" is a change (NOT).
# --------------------------------------------------------------------------
D07 = dict(name="07_quocgia-tan-cong-mang-thang-1-2022", kind="result", year=2022, NOT=["tăng «10,29%"], records=[
    R("ghi nhận «1.383 cuộc", "cuộc tấn công mạng vào các hệ thống thông tin tại Việt Nam", "=", 1383, **CNT),
])

# --------------------------------------------------------------------------
# 08 national (vietnamnet.vn, date 2025-11-26): the digital economy of 2024
# ("ước đạt 18,3% GDP", op =), the GSO average 2020–2024 (12,88%) and its core
# part (7,99%), both year 2024 (the period's end), and the UN e-government rank
# "hạng 71/193" (2024). "tăng trên 20%/năm" and "gấp 3 lần" are growth against
# earlier values, "tăng 15 bậc" a change: not quantities (the 20% is NOT).
# Ids: the 2024 share econ.digital_economy_gdp_share; the averages null; the
# EGDI rank rank.un_egdi.
# --------------------------------------------------------------------------
D08 = dict(name="08_quocgia-kinh-te-so-2024", kind="result", year=2024, NOT=["tăng trên «20%/năm"], records=[
    R("ước đạt «18,3% GDP", "kinh tế số Việt Nam GDP", "=", 18.3, iid=GDP),
    R("bình quân «12,88%", "tỷ trọng kinh tế số bình quân", "=", 12.88),
    R("lõi «7,99%", "kinh tế số lõi", "=", 7.99),
    R("hạng «71/193", "Việt Nam hạng trong Chỉ số Chính phủ điện tử của Liên Hợp Quốc", "=", 71, **RANK, iid="rank.un_egdi"),
])

# --------------------------------------------------------------------------
# 09 national (vietbao.vn, no date shown; the text's year 2025: "tháng
# 6/2025", "6 tháng năm 2025"): the steering committee's half-year results.
# Online share of June 2025 (op = "là"); the agencies reporting by data
# "73/84" (numerator, set8), 40 and 67 agencies; revenue "gần 2,3 triệu tỷ
# đồng" (~, two magnitude words multiplied: 2.3e15), exports 381.046 tỷ đồng,
# 75.908 digital-technology enterprises, signatures "khoảng 33%" (~), funds
# "khoảng 25.000 tỷ đồng" (~). "tăng 21% / 28% so với cùng kỳ" and "tăng 11
# điểm %" are changes (the two %s NOT); "công nghệ 4.0", "Đề án 06" names.
# --------------------------------------------------------------------------
D09 = dict(name="09_quocgia-ban-chi-dao-6-thang-2025", kind="result", year=2025,
           NOT=["tăng «21%", "tăng «28%"], records=[
    R("là «39,51%", "tỷ lệ hồ sơ trực tuyến toàn trình trên tổng hồ sơ giải quyết thủ tục hành chính", "=", 39.51),
    R("có «73/84", "bộ, ngành, địa phương báo cáo chỉ số chỉ đạo điều hành dựa trên dữ liệu", "=", 73, **CNT),
    R("«40 cơ quan", "cơ quan đã ban hành bộ chỉ số chỉ đạo điều hành dựa trên dữ liệu", "=", 40, **CNT),
    R("«67 cơ quan", "cơ quan đã xây dựng hệ thống báo cáo và kết nối với hệ thống của Văn phòng Chính phủ", "=", 67, **CNT),
    R("gần «2,3 triệu", "tổng doanh thu công nghiệp công nghệ thông tin lũy kế 6 tháng đầu năm", "~", 2.3e15, **DONG,
      iid="econ.ict_industry_revenue"),
    R("đạt «381.046", "giá trị xuất khẩu sản phẩm công nghiệp công nghệ thông tin", "=", 381046e9, **DONG),
    R("đạt «75.908", "tổng số doanh nghiệp công nghệ số", "=", 75908, **CNT, iid="econ.digital_tech_enterprises_count"),
    R("khoảng «33%", "tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân", "~", 33,
      iid="society.adult_digital_signature_share"),
    R("khoảng «25.000", "kinh phí cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia", "~", 25000e9, **DONG),
])

# --------------------------------------------------------------------------
# 10 Đồng Nai (danviet.vn, date 2025-08; after the merger, "xã, phường", no
# district): half-year 2025 results. "6 nhiệm vụ hoàn thành, 97 nhiệm vụ" are
# counts of tasks (spec: no quantities). Lead-ins set pillars for the
# sentence they open: "Về phát triển hạ tầng số" → digital_infrastructure (5G
# coverage), "Về cung cấp dịch vụ công trực tuyến, phát triển chính quyền số"
# → digital_government; "Về quản trị điều hành trên môi trường số" names no
# pillar → null (its value cut by the page: worded as stored). "31/7", "Đề án
# 06", "6 tháng" dates, names, durations.
# --------------------------------------------------------------------------
D10 = dict(name="10_dongnai-6-thang-2025", kind="result", year=2025, records=[
    R("đạt «13,8%", "tỷ lệ phủ sóng 5G trên địa bàn tỉnh Đồng Nai", "=", 13.8, pillar=INFRA, iid=G5),
    R("đạt «64,6%", "tỷ lệ hồ sơ trực tuyến toàn trình trên tổng hồ sơ giải quyết thủ tục hành chính của dịch vụ công trực tuyến toàn trình",
      "=", 64.6, pillar=GOV),
    R("«100% đảng", "đảng ủy, chính quyền xã, phường sử dụng phần mề", "=", 100,
      note="the page breaks off after 'phần mề'; worded as stored"),
])

# --------------------------------------------------------------------------
# 11 national (danviet.vn, date 2025-06): the ministry's highlights. Innovating
# enterprises 2024 (38,8%, year 2024; "tăng 9,8%" a change, NOT); 22
# technology exchanges, the start-up ecosystem's ranks (55th in the world, 5th
# in ASEAN), the two cities' ranks "lần lượt đứng thứ 148 và 110" (two records,
# places), Đà Nẵng "1 trong 12 thành phố" (a group: op <=), all 2025 (the
# date). "Top 1.000" is the list's name; "7 trụ cột với 52 chỉ số thành phần
# ... 13 chỉ số" the structure of an index. The May 2025 online shares split by
# group "khối Bộ ... khối tỉnh" → scopes (set by the text). Thanh Hóa's 100%
# reuse (place). Revenue and exports of May 2025 in đồng; "tăng trưởng 18%" a
# change (NOT). Lead-in "Về lĩnh vực Chuyển đổi số" names no pillar → null.
# --------------------------------------------------------------------------
D11 = dict(name="11_quocgia-khcn-chuyen-doi-so-thang-5-2025", kind="result", year=2025,
           NOT=["tăng «9,8%", "tăng trưởng «18%"], records=[
    R("đạt «38,8%", "tỷ lệ doanh nghiệp có hoạt động Đổi mới sáng tạo", "=", 38.8, year=2024),
    R("có «22 sàn", "sàn giao dịch công nghệ", "=", 22, **CNT),
    R("đứng thứ «55", "Hệ sinh thái khởi nghiệp sáng tạo của Việt Nam đứng thứ thế giới", "=", 55, **RANK),
    R("vị trí thứ «5 trong", "Hệ sinh thái khởi nghiệp sáng tạo của Việt Nam vị trí thứ trong ASEAN", "=", 5, **RANK),
    R("đứng thứ «148", "TP. Hà Nội đứng thứ trong danh sách thành phố khởi nghiệp hàng đầu thế giới", "=", 148, **RANK,
      place="Hà Nội"),
    R("và «110", "TP. Hồ Chí Minh đứng thứ trong danh sách thành phố khởi nghiệp hàng đầu thế giới", "=", 110, **RANK,
      place="Hồ Chí Minh"),
    R("1 trong «12 thành", "Đà Nẵng được công nhận là 1 trong thành phố có hệ sinh thái khởi nghiệp nổi bật toàn cầu", "<=", 12,
      **RANK, place="Đà Nẵng"),
    R("tỷ lệ «52,74%", "tỷ lệ hồ sơ trực tuyến toàn trình của cả nước", "=", 52.74, scope="khối Bộ"),
    R("đạt «14,68%", "tỷ lệ hồ sơ trực tuyến toàn trình của cả nước", "=", 14.68, scope="khối tỉnh"),
    R("«100% các", "các dữ liệu đã số hóa được tái sử dụng", "=", 100, place="Thanh Hóa",
      iid="egov.digitised_data_reuse_share"),
    R("đạt «368.201", "doanh thu lĩnh vực Công nghệ thông tin", "=", 368201e9, **DONG, iid="econ.ict_industry_revenue"),
    R("đạt «380.640", "giá trị xuất khẩu sản phẩm công nghiệp CNTT", "=", 380640e9, **DONG),
])

# --------------------------------------------------------------------------
# 12 national targets for 2025 (dinhquan.dongnai.gov.vn, a district page, no
# date shown): one target per line after "Đến năm 2025, Việt Nam hướng tới mục
# tiêu:" (targets, 2025; bare → >=, "trên" >). The numbered section "1.
# Chuyển đổi số quốc gia – từ chiến lược đến hành động" names no pillar →
# null. "749/QĐ-TTg", "mức độ 4" and the horizons are no quantities. Ids: GDP
# share, SMEs on platforms; null for the level-4 services on several platforms,
# the use of online services by people and enterprises (the catalogue's is
# adults'), and agencies with open data and connection together.
# --------------------------------------------------------------------------
D12 = dict(name="12_quocgia-muc-tieu-2025-dinh-quan", kind="target", year=2025, records=[
    R("«80% dịch vụ", "dịch vụ công trực tuyến mức độ 4 được cung cấp trên nhiều nền tảng", ">=", 80, line=True),
    R("đạt trên «50%", "Tỷ lệ người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến", ">", 50, line=True),
    R("chiếm «20% GDP", "Kinh tế số chiếm GDP quốc gia", ">=", 20, line=True, iid=GDP),
    R("nền tảng số đạt «50%", "Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số", ">=", 50, line=True,
      iid="econ.sme_digital_platforms_share"),
    R("«100% cơ quan", "cơ quan nhà nước có nền tảng dữ liệu mở và kết nối liên thông", ">=", 100, line=True),
])

# --------------------------------------------------------------------------
# 13 national targets of 2023 (kinhtedothi.vn, no date shown): the National
# Committee's plan "năm 2023 đặt mục tiêu" → targets, year 2023, "phấn đấu" /
# bare → >=. The lead-in "chỉ tiêu ... về dữ liệu số, Chính phủ số, kinh tế số,
# xã hội số, an toàn an ninh mạng" names five pillars → null (set25 03). Four
# 100% targets, each with its own subject; no catalogue id measures them.
# --------------------------------------------------------------------------
D13 = dict(name="13_quocgia-muc-tieu-nam-du-lieu-2023", kind="target", year=2023, records=[
    R("phấn đấu «100% bộ", "bộ, ngành, địa phương ban hành danh mục cơ sở dữ liệu (CSDL) thuộc phạm vi quản lý", ">=", 100),
    R("Phấn đấu «100% bộ", "bộ, ngành, địa phương triển khai chức năng kho dữ liệu điện tử của tổ chức, cá nhân", ">=", 100),
    R("(DVCTT); «100% bộ", "bộ, ngành, địa phương, DN nhà nước triển khai hoạt động nâng cao năng lực phát triển và quản trị dữ liệu",
      ">=", 100),
    R("chỉ tiêu «100% bộ", "bộ, ngành, địa phương triển khai hoạt động nâng cao chất lượng, hiệu quả cung cấp DVCTT", ">=", 100),
])

# --------------------------------------------------------------------------
# 14 national statistics (diendan.dukcoquantwtphcm.vn, no date shown; the
# GSO's series 2020-2023): "lần lượt là 12,66%; 12,88%; 12,63% và 12,33%" →
# four results, years 2020..2023 by their place in the range; the average
# (khoảng 12,62%, ~) and its parts (core 7,42% and the rest 4,91% with their
# shares of the digital economy, brackets) and the sector averages "khoảng
# 13% / 4% / 2%" take the period's end, 2023. "năm 2023 là 12,33%" restates
# 2023 (recorded). "tăng từ 6,53% năm 2020 lên 6,65% năm 2023": two values of
# two years, both recorded. "chiếm hơn 30%" (>) a share of the electronics
# branch. "7 ngành" the parts of the core economy. Ids: the yearly shares
# econ.digital_economy_gdp_share; the rest null.
# --------------------------------------------------------------------------
TT = "tỷ trọng giá trị tăng thêm của kinh tế số trong GDP"
D14 = dict(name="14_quocgia-ty-trong-kinh-te-so-2020-2023", kind="result", year=2023, records=[
    R("lần lượt là «12,66%", TT, "=", 12.66, year=2020, iid=GDP),
    R("12,66%; «12,88%", TT, "=", 12.88, year=2021, iid=GDP),
    R("12,88%; «12,63%", TT, "=", 12.63, year=2022, iid=GDP),
    R("12,63% và «12,33%", TT, "=", 12.33, iid=GDP),
    R("khoảng «12,62%", "Trung bình tỷ trọng giá trị tăng thêm kinh tế số trong GDP", "~", 12.62),
    R("năm 2023 là «12,33%", "tỷ trọng giá trị tăng thêm kinh tế số trong GDP năm", "=", 12.33, iid=GDP),
    R("đóng góp «7,42%", "ngành kinh tế số lõi đóng góp", "=", 7.42),
    R("(chiếm «60,19%", "ngành kinh tế số lõi chiếm", "=", 60.19),
    R("đóng góp «4,91%", "số hóa các ngành khác đóng góp", "=", 4.91),
    R("(chiếm «39,81%", "số hóa các ngành khác chiếm", "=", 39.81),
    R("chiếm hơn «30%", "sản xuất sản phẩm điện tử, máy vi tính và sản phẩm quang học chiếm tổng giá trị tăng thêm của hoạt động kinh tế số",
      ">", 30),
    R("tăng từ «6,53%", "tỷ trọng đóng góp giá trị tăng thêm của khu vực dịch vụ trong GDP", "=", 6.53, year=2020),
    R("lên «6,65%", "tỷ trọng đóng góp giá trị tăng thêm của khu vực dịch vụ trong GDP", "=", 6.65),
    R("chiếm khoảng «13%", "giá trị tăng thêm kinh tế số trung bình thương mại bán buôn, bán lẻ", "~", 13),
    R("trung bình khoảng «4%", "giá trị tăng thêm kinh tế số trung bình sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hòa không khí",
      "~", 4),
    R("chiếm khoảng «2%", "giá trị tăng thêm kinh tế số trung bình sản xuất sản phẩm từ kim loại đúc sẵn", "~", 2),
])

# --------------------------------------------------------------------------
# 15 Bắc Ninh (thoisutoancanh.com, no date, no year of the values): the
# provinces' digital-economy shares of GRDP → year null (the 2025/2030 are the
# resolution's horizons). Bắc Ninh is the page's subject (no place); the
# others carry their place. "đứng thứ 2 là Thái Nguyên" a rank (=). Bắc Ninh's
# 56,83% restated in a bracket (recorded again). "hơn 13 lần" a ratio between
# two values, no quantity; "52-NQ/TU" a number of a document.
# --------------------------------------------------------------------------
KTS = "tỉ trọng kinh tế số trên GRDP"
D15 = dict(name="15_bacninh-ty-trong-kinh-te-so-grdp", kind="result", year=None, records=[
    R("GRDP là «56,83%", "tỉnh Bắc Ninh " + KTS, "=", 56.83, iid=GDP),
    R("đứng thứ «2 là", "đứng thứ là Thái Nguyên về tỷ trọng kinh tế số trên GRDP", "=", 2, **RANK, place="Thái Nguyên"),
    R("GRDP là «42,92%", "Thái Nguyên tỷ trọng kinh tế số trên GRDP", "=", 42.92, place="Thái Nguyên", iid=GDP),
    R("Giang («42,13%", "Bắc Giang tỷ trọng kinh tế số trên GRDP", "=", 42.13, place="Bắc Giang", iid=GDP),
    R("Phòng («29,48%", "Hải Phòng tỷ trọng kinh tế số trên GRDP", "=", 29.48, place="Hải Phòng", iid=GDP),
    R("Phúc («22,87%", "Vĩnh Phúc tỷ trọng kinh tế số trên GRDP", "=", 22.87, place="Vĩnh Phúc", iid=GDP),
    R("Bắc Ninh («56,83%", "tỉnh đứng đầu là Bắc Ninh", "=", 56.83, iid=GDP),
    R("bảng («4,21%", "Quảng Ngãi đứng cuối bảng", "=", 4.21, place="Quảng Ngãi", iid=GDP),
])

# --------------------------------------------------------------------------
# 16 Bình Phước (vietnam.vn, no date; "từ đầu năm đến nay" → year null): OCOP
# products on e-commerce platforms. "160/334 sản phẩm đạt 60%": count then
# share (numerators only, set8); likewise 108 / 40,4%, 424 (of 560) and 190
# (of 334); the province's 565 OCOP products; "hơn 10.000 lượt truy cập" (>),
# "gần 300 đơn" (~); 7 fairs and 23 promotion programmes organised. "3-5 sao",
# "3 sao" are star classes (names), not ranges of a value. No heading → null.
# Ids: the shares econ.ocop_products_ecommerce_share, the listed-product
# counts econ.ecommerce_products_count; the rest null.
# --------------------------------------------------------------------------
OCS, OCC = "econ.ocop_products_ecommerce_share", "econ.ecommerce_products_count"
D16 = dict(name="16_binhphuoc-ocop-thuong-mai-dien-tu", kind="result", year=None, records=[
    R("là «565 sản", "tổng số sản phẩm OCOP trên địa bàn tỉnh", "=", 565, **CNT),
    R("có «160/334", "sàn TMĐT Voso có sản phẩm", "=", 160, **CNT, iid=OCC),
    R("đạt «60%", "sàn TMĐT Voso sản phẩm đạt", "=", 60, iid=OCS),
    R("Postmart «108/334", "sàn TMĐT Postmart sản phẩm", "=", 108, **CNT, iid=OCC),
    R("đạt «40,4%", "sàn TMĐT Postmart sản phẩm đạt", "=", 40.4, iid=OCS),
    R("thiệu «424/560", "sàn giao dịch TMĐT tỉnh đang giới thiệu sản phẩm OCOP", "=", 424, **CNT, iid=OCC),
    R("có «190/334", "sản phẩm đạt từ 3 sao trở lên trên sàn giao dịch TMĐT tỉnh", "=", 190, **CNT, iid=OCC),
    R("hơn «10.000 lượt", "lượt truy cập", ">", 10000, **CNT),
    R("gần «300 đơn", "số lượng đơn đặt hàng", "~", 300, **CNT),
    R("công «7 hội", "hội chợ OCOP kết hợp thương mại Sở Công Thương tổ chức thành công", "=", 7, **CNT),
    R("tin «23 chương", "chương trình xúc tiến thương mại", "=", 23, **CNT),
])

# --------------------------------------------------------------------------
# 17 national (ictvietnam.vn, byline 14/09/2023 → date 2023-09): a study's
# estimate of the digital economy in 2022 (14,26%, with its ICT and non-ICT
# parts, year 2022) and the programme's target "tới năm 2025 ... chiếm 20%
# tổng GDP" (target, bare → >=, 2025). "749/QĐ-TTg", "411/QĐ-TTg", their
# dates, "năm 2023" (a horizon miswritten for 2030 in the page) and "3 thành
# phần chính" (the parts of a definition) are no quantities.
# --------------------------------------------------------------------------
D17 = dict(name="17_quocgia-do-luong-kinh-te-so-2022", kind="result", year=2022, records=[
    R("đạt «14,26%", "tỷ trọng KTS trên tổng GDP tại Việt Nam", "=", 14.26, iid=GDP),
    R("bao gồm «63,25%", "đóng góp từ KTS ICT", "=", 63.25),
    R("và «36,75%", "đóng góp từ KTS ngành ngoài ICT", "=", 36.75),
    R("chiếm «20% tổng", "kinh tế số tại Việt Nam chiếm tổng GDP", ">=", 20, **T, year=2025, iid=GDP),
])

# --------------------------------------------------------------------------
# 18 national (kinhtedothi.vn, no date shown): DTI 2021 averages and
# ministries' values (index values, unit other, unit_text null: no "điểm"
# written). "tăng tới 32,7% so với 2020", "tăng 15,4% so với kế trước", "tăng
# 66,29% so với năm 2020" are changes (NOT); "tăng 0,13", "tăng 1 bậc" changes.
# "12/89 bộ, tỉnh có giá trị DTI 2021 đạt từ mức 0,5 trở lên, chiếm 13,48%":
# the count (numerator) and the share; 0,5 a threshold inside the subject.
# "vị trí thứ 2 và thứ 3" two ranks of two bodies; "Các vị trí tiếp theo trong
# top 10" a group rank (op <=) for the bodies listed after it. "2 cơ quan lần
# đầu tiên tham gia" participants of the index; "nhóm 17 bộ", "9 bộ, ngành"
# the groups ranked; "2 vị trí dẫn đầu" the number of places named, not a
# value. Ids: null (the catalogue's DTI ids are a province's own).
# --------------------------------------------------------------------------
D18 = dict(name="18_quocgia-dti-2021-gia-tri-trung-binh", kind="result", year=2021,
           NOT=["tăng tới «32,7%", "tăng «15,4%", "tăng «66,29%"], records=[
    R("năm 2021 là «0,4014", "giá trị trung bình DTI cấp tỉnh", "=", 0.4014, **VAL),
    R("dịch vụ công là «0,4595", "DTI cấp bộ cung cấp dịch vụ công", "=", 0.4595, **VAL),
    R("dịch vụ công là «0,2151", "DTI cấp bộ không cung cấp dịch vụ công", "=", 0.2151, **VAL),
    R("có «12/89", "bộ, tỉnh có giá trị DTI 2021 đạt từ mức 0,5 trở lên", "=", 12, **CNT),
    R("chiếm «13,48%", "bộ, tỉnh có giá trị DTI 2021 đạt từ mức 0,5 trở lên chiếm", "=", 13.48),
    R("giá trị «0,6321", "Bộ Tài chính giữ vị trí đứng đầu với giá trị", "=", 0.6321, **VAL),
    R("vị trí thứ «2 và", "Bộ KH&ĐT xếp vị trí thứ trên bảng xếp hạng", "=", 2, **RANK),
    R("và thứ «3 trên", "Bảo hiểm xã hội Việt Nam xếp vị trí thứ trên bảng xếp hạng", "=", 3, **RANK),
    R("trong top «10 lần", "Các vị trí tiếp theo trong top lần lượt thuộc về các bộ, ngành", "<=", 10, **RANK),
    R("DTI 2021 là «0,4736", "Viện Hàn lâm KH&CN Việt Nam giá trị DTI 2021", "=", 0.4736, **VAL),
])

# --------------------------------------------------------------------------
# 19 Thanh Hóa and Ninh Bình (baomoi.net.vn, no date; DTI 2021 → year 2021):
# the title's province, Thanh Hóa, is the page's own; Ninh Bình's values carry
# their place. Scores and ranks are restated (lead, body): each recorded.
# "lần lượt ... 6 và 12" two records each time. Pillar ranks by their pillar
# (dti.digital_government_rank etc.); the national mean "(0,4014 điểm)" a
# bracket stating a value (recorded, id null). "tăng 2 / 3 bậc", "cao hơn
# 0,105 / 0,0866" changes; "3 trụ cột", "9 chỉ số chính" the index's parts;
# "Sáng 8/8" a date.
# --------------------------------------------------------------------------
NB = dict(place="Ninh Bình")
D19 = dict(name="19_ninhbinh-thanhhoa-dti-2021", kind="result", year=2021, records=[
    R("Với «0,5064 điểm", "Ninh Bình điểm bảng xếp hạng chuyển đổi số (DTI) cấp tỉnh", "=", 0.5064, **DIEM, **NB,
      iid="dti.provincial_score"),
    R("điểm và «0,4880 điểm", "Thanh Hóa điểm bảng xếp hạng chuyển đổi số (DTI) cấp tỉnh", "=", 0.4880, **DIEM,
      iid="dti.provincial_score"),
    R("thứ hạng «6 và", "Ninh Bình thứ hạng trong bảng xếp hạng chuyển đổi số (DTI) cấp tỉnh", "=", 6, **RANK, **NB, iid=DTI_R),
    R("thứ hạng 6 và «12", "Thanh Hóa thứ hạng trong bảng xếp hạng chuyển đổi số (DTI) cấp tỉnh", "=", 12, **RANK, iid=DTI_R),
    R("là thứ «6 và", "tỉnh Ninh Bình xếp hạng thứ", "=", 6, **RANK, **NB, iid=DTI_R),
    R("là thứ 6 và «12", "Thanh Hóa xếp hạng thứ", "=", 12, **RANK, iid=DTI_R),
    R("đứng thứ «6/63", "bảng xếp hạng DTI năm 2021 cấp tỉnh, Ninh Bình đứng thứ", "=", 6, **RANK, **NB, iid=DTI_R),
    R("Ninh Bình xếp thứ «5,", "chính quyền số cấp tỉnh, Ninh Bình xếp thứ", "=", 5, **RANK, **NB, iid="dti.digital_government_rank"),
    R("xếp thứ «8,", "Ninh Bình Kinh tế số xếp thứ", "=", 8, **RANK, **NB, iid="dti.digital_economy_rank"),
    R("Xã hội số xếp thứ «5.", "Ninh Bình Xã hội số xếp thứ", "=", 5, **RANK, **NB, iid="dti.digital_society_rank"),
    R("này là «0,5064 điểm", "Ninh Bình Tổng điểm trung bình của địa phương này", "=", 0.5064, **DIEM, **NB,
      iid="dti.provincial_score"),
    R("cả nước («0,4014", "mức điểm bình quân của cả nước", "=", 0.4014, **DIEM),
    R("xếp thứ «12/63", "Thanh Hóa xếp thứ", "=", 12, **RANK, iid=DTI_R),
    R("Thanh Hóa xếp thứ «12,", "Về chính quyền số, Thanh Hóa xếp thứ", "=", 12, **RANK, iid="dti.digital_government_rank"),
    R("xếp thứ «22,", "Thanh Hóa Kinh tế số xếp thứ", "=", 22, **RANK, iid="dti.digital_economy_rank"),
    R("Xã hội số xếp thứ «12.", "Thanh Hóa Xã hội số xếp thứ", "=", 12, **RANK, iid="dti.digital_society_rank"),
    R("này là «0,4880 điểm", "Thanh Hóa Tổng điểm trung bình của địa phương này", "=", 0.4880, **DIEM,
      iid="dti.provincial_score"),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14, D15, D16, D17, D18, D19]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
