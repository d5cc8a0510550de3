#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set22).

Copied from set21's builder (itself from set19's, set17's, set15's, set14's, set12's, set10's, set9's, set8's and the seeds'). Each record
is written by hand below; its anchor is never typed in. A record names a
locator: a piece of the text with « just before the number. The locator
(without «) must occur exactly once in the text; the anchor is where « stands.
`start`/`end` (the clause that states the quantity) are computed as in the
seeds' builder (`start_at` moves the start back to a given string, used for
table rows whose indicator stands in an earlier cell; `line=True` spans a
table line).

A document may list BARE_PCT: locators of percentages written without their
"%" (a table whose unit line says "(ĐTV: %)", 18), as set13's builder does.

Each document may also list NOT: locators of numbers deliberately left
without a record (percentages that are not quantities under the contract);
check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id
of the catalogue indicator it measures, or null, decided against
muctieu/catalog/data/indicators.yaml at commit f0d9ac1 (214 entries; see README). As in
set10-set21, the id is given in the record itself (`iid=`).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, locate  # noqa: E402
from goldkit import ECO, SOC, INFRA, CNT, RANK  # noqa: E402  (the shorthand every builder shares)


OTHER = dict(unit="other")
KM = dict(unit="other", unit_text="km")

ADULT_PHONE = "society.adult_smartphone_share"
BANK15 = "society.bank_account_15plus_share"
FIBRE_HH = "infra.fibre_household_coverage_share"
SIGN = "society.adult_digital_signature_share"
PROD = "econ.labour_productivity_growth"
ECO_SECT = "econ.digital_economy_sector_share"
ECOM = "econ.ecommerce_retail_share"
ECON_CT = "econ.e_contract_enterprises_share"
SME = "econ.sme_digital_platforms_share"
ECO_GDP = "econ.digital_economy_gdp_share"
MOBILE_N = "infra.mobile_subscriptions_count"
NET_N = "infra.internet_subscriptions_count"
BTS = "infra.bts_stations_count"
FIBRE_LEN = "infra.fibre_cable_length"
CDS_NET = "infra.specialised_network_connection_share"
FIBRE_XA = "infra.fibre_commune_coverage_share"
FIBRE_THON = "infra.fibre_village_coverage_share"
HH_NET = "infra.households_internet_share"
CAMS = "city.surveillance_cameras_count"
TEAMS = "aware.community_digital_teams_count"
EMAIL = "egov.official_email_use_share"
WR = "egov.work_records_online_share"
ONLINE = "egov.online_applications_share"
HH_PHONE = "society.households_smartphone_share"

# --------------------------------------------------------------------------
# 01 Hưng Yên (demo.hungyen.gov.vn, print page, no date line): Kế hoạch
# 119/KH-UBND of 17/6/2022 on cashless payment and digital platforms in
# schools and hospitals, 2022-2025. The excerpt holds the "Mục tiêu năm 2022:"
# items → targets of 2022. "50% trường học, cơ sở giáo dục và 50% bệnh viện,
# cơ sở y tế": two records, kinds of subject, scope null (set17 02). The
# third item is cut by the page after "sử dụng c" (worded as stored, with a
# note). "Về mục tiêu cụ thể:" / "- Mục tiêu năm 2022:" name no pillar: null.
# "giai đoạn 2022-2025" is a period.
# --------------------------------------------------------------------------
D01 = dict(name="01_hungyen-ke-hoach-119-khong-tien-mat-2022", kind="target", year=2022, records=[
    R("Phấn đấu «50% trường học", "trường học, cơ sở giáo dục trên địa bàn tỉnh triển khai sử dụng nền tảng số để thực "
      "hiện chuyển đổi số", ">=", 50),
    R("giáo dục và «50% bệnh viện", "bệnh viện, cơ sở y tế trên địa bàn tỉnh triển khai sử dụng nền tảng số để thực hiện "
      "chuyển đổi số", ">=", 50),
    R("Tối thiểu «50% bệnh viện", "bệnh viện, cơ sở y tế trên địa bàn triển khai sử dụng c", ">=", 50,
      note="the page breaks off after 'sử dụng c'"),
])

# --------------------------------------------------------------------------
# 02 Yên Bái (sotuphap.yenbai.gov.vn, date 2024-01): Kế hoạch 231/KH-UBND of
# 16/11/2023 carrying out the national digital-society strategy; "1. Mục tiêu
# cơ bản đến năm 2025 gồm:" → targets of 2025, "đạt từ X% trở lên" op >=.
# Pillar: the page's heading "Kế hoạch thực hiện Chiến lược quốc gia phát
# triển Xã hội số ..." names one pillar and heads the whole text; the list
# lead under it names none and opens a sub-section of the same plan →
# digital_society (set15 06: a title naming one pillar over the text). "từ
# 15 tuổi" is a qualifier. The fifth item is cut before its number.
# --------------------------------------------------------------------------
D02 = dict(name="02_yenbai-ke-hoach-231-xa-hoi-so-2025", kind="target", year=2025, records=[
    R("đạt từ «70%", "Tỷ lệ dân số trưởng thành có điện thoại thông minh", ">=", 70, pillar=SOC, iid=ADULT_PHONE),
    R("đạt từ «75%", "Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán điện tử tại ngân hàng hoặc "
      "tổ chức được phép khác", ">=", 75, pillar=SOC, iid=BANK15),
    R("đạt từ «85%", "Tỷ lệ hộ gia đình được phủ mạng Internet băng rộng cáp quang", ">=", 85, pillar=SOC, iid=FIBRE_HH),
    R("đạt từ «50%", "Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân", ">=", 50, pillar=SOC,
      iid=SIGN),
])

# --------------------------------------------------------------------------
# 03 Tuyên Quang (vietnam.vn, no date line): the province's digital-economy
# targets. "Với việc phát triển kinh tế số đến năm 2025 ..., phấn đấu đạt một
# số mục tiêu, như ..." → targets of 2025, the lead naming kinh tế số →
# digital_economy. The next paragraph, led by "Tỷ trọng kinh tế số chiếm 20%
# GRDP ...", repeats the same measures with higher values but the page drops
# its horizon (the words between "của tỉnh" and "tổng sản phẩm" are missing):
# year null, with a note; its leading sentence names kinh tế số and opens
# the list → digital_economy (set17: a sentence leading its paragraph).
# Growth targets "năng suất lao động tăng bình quân từ 5%/năm": a target
# stated as growth, op >= (set15 14). Bare values of a plan: >=.
# --------------------------------------------------------------------------
D03 = dict(name="03_tuyenquang-kinh-te-so-muc-tieu", kind="target", year=2025, records=[
    R("tăng bình quân từ «5%/năm", "năng suất lao động tăng bình quân", ">=", 5, pillar=ECO, iid=PROD),
    R("lĩnh vực đạt «7% trở lên", "tỷ trọng kinh tế số trong từng ngành, lĩnh vực", ">=", 7, pillar=ECO, iid=ECO_SECT),
    R("bán lẻ đạt «7% trở lên", "tỷ trọng thương mại điện tử trong tổng mức bán lẻ", ">=", 7, pillar=ECO, iid=ECOM),
    R("điện tử đạt «25% trở lên", "tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử", ">=", 25, pillar=ECO, iid=ECON_CT),
    R("nền tảng số đạt «50%", "tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số", ">=", 50, pillar=ECO, iid=SME),
    R("chiếm «20% GRDP", "Tỷ trọng kinh tế số chiếm GRDP của tỉnh", ">=", 20, pillar=ECO, year=None, iid=ECO_GDP,
      note="the page drops this paragraph's horizon"),
    R("tăng bình quân từ «7%/năm", "năng suất lao động tăng bình quân", ">=", 7, pillar=ECO, year=None, iid=PROD),
    R("lĩnh vực đạt «10% trở lên", "tỷ trọng kinh tế số trong từng ngành, lĩnh vực", ">=", 10, pillar=ECO, year=None,
      iid=ECO_SECT),
    R("bán lẻ đạt «10% trở lên", "tỷ trọng thương mại điện tử trong tổng mức bán lẻ", ">=", 10, pillar=ECO, year=None,
      iid=ECOM),
    R("điện tử đạt «50% trở lên", "tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử", ">=", 50, pillar=ECO, year=None,
      iid=ECON_CT),
])

# --------------------------------------------------------------------------
# 04 Thanh Hóa (baothanhhoa.vn, date 2025-12): the health department's review
# of 2025 and tasks of 2026. "Năm 2026, ngành Y tế Thanh Hóa phấn đấu 100% cơ
# sở y tế ..." → one target of 2026 (one value for two predicates: one
# record). The DDCI ranks in brackets "(xếp thứ 21/22 sở, ngành năm 2023)",
# "(xếp thứ 6/22 sở, ngành năm 2024)": results of their own years, rank =
# (spec: a bracket stating a value). "cắt giảm 50% thời gian ...; 61,66% chi
# phí ...": a result's reduction against the earlier time and cost (set19
# 10): NOT. Numerators "38/38", "2/2" (set8); the second is cut by the page
# ("trực thuộc B"). "22 sở/ban/ngành" is the population ranked. No heading:
# pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_thanhhoa-nganh-y-te-2025-2026", kind="result", year=2025,
           NOT=["cắt giảm «50% thời gian", "TTHC; «61,66% chi phí"], records=[
    R("phấn đấu «100% cơ sở y tế", "cơ sở y tế hỗ trợ thanh toán không dùng tiền mặt đa phương thức và thực hiện kê đơn "
      "thuốc điện tử", ">=", 100, kind="target", year=2026),
    R("(xếp thứ «21/22", "chỉ số năng lực cạnh tranh cấp sở (DDCI) của Sở Y tế xếp thứ", "=", 21, **RANK, year=2023),
    R("(xếp thứ «6/22", "chỉ số năng lực cạnh tranh cấp sở (DDCI) của Sở Y tế xếp thứ", "=", 6, **RANK, year=2024),
    R("tại «38/38 bệnh viện", "bệnh viện công lập triển khai bệnh án điện tử", "=", 38, **CNT),
    R("; «2/2 bệnh viện", "bệnh viện trực thuộc B triển khai bệnh án điện tử", "=", 2, **CNT,
      note="the page breaks off after 'trực thuộc B'"),
])

# --------------------------------------------------------------------------
# 05 Quảng Ninh (amp.baodautu.vn, no date line): health records and smart
# hospitals; "Tính đến nay" and no date → year null. The department's quote:
# "3 bệnh viện được tỉnh đầu tư xây dựng bệnh viện thông minh" (count) and
# "3 bệnh viện này ... nằm trong số 10 bệnh viện trên cả nước được Bộ Y tế công
# nhận đáp ứng các tiêu chí bệnh án điện tử" (a count of the province's
# hospitals recognised; the country's 10 is the set they belong to, no
# quantity, set18); "đáp ứng đến 6/7 tiêu chí" (numerator, set8). Numerator
# of "293.585 ... trên tổng số 298.237" (set18). Dates "5/2/2022", "năm
# 2012", "2017", "2020", document "09-NQ/TU", "4.0": no quantities. The aim
# "đến năm 2025 thuộc nhóm các địa phương dẫn đầu" holds no number. The
# opening photo caption is cut. No heading: pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_quangninh-cong-dan-so-y-te", kind="result", year=None, records=[
    R("là «3 bệnh viện", "bệnh viện được tỉnh đầu tư xây dựng bệnh viện thông minh", "=", 3, **CNT),
    R("Đặc biệt, «3 bệnh viện", "bệnh viện của Quảng Ninh được Bộ Y tế công nhận đáp ứng các tiêu chí bệnh án điện tử",
      "=", 3, **CNT),
    R("đến «6/7 tiêu chí", "tiêu chí của bệnh viện thông minh được đáp ứng", "=", 6, **CNT),
    R("cho «1.384.760 người", "người dân được khởi tạo, cập nhật dữ liệu ban đầu trên phần mềm Hồ sơ sức khỏe điện tử",
      "=", 1384760, **CNT),
    R("cập nhật «293.585 mã", "mã định danh cán bộ ngành giáo dục, giáo viên, học sinh được cập nhật", "=", 293585,
      **CNT),
])

# --------------------------------------------------------------------------
# 06 Thái Nguyên (baomoi.net.vn, no date line): "Ngay từ năm 2021 ... Nghị
# quyết ... Sau hơn 4 năm triển khai thực hiện Nghị quyết, đến nay" → 2025
# (set19 17: the text says how long after a dated start). "100% cơ sở khám
# chữa bệnh tuyến tỉnh, huyện, xã": one value for all levels, scope null.
# "đạt mức 4-5 theo quy định": named levels of the IT infrastructure
# standard (set15 "cấp độ 3"): no quantity. The last value is cut by the page
# ("100% bệnh v", worded as stored). The photo caption about the kiosk is cut.
# No heading naming a pillar ("Bước tạo đà quan trọng"): null.
# --------------------------------------------------------------------------
D06 = dict(name="06_thainguyen-y-te-thong-minh-2025", kind="result", year=2025, records=[
    R("đến nay, «100% cơ sở", "cơ sở khám chữa bệnh tuyến tỉnh, huyện, xã đã và đang ứng dụng phần mềm quản lý thông "
      "tin y tế", "=", 100),
    R("; «100% bệnh v", "bệnh v", "=", 100, note="the page breaks off after '100% bệnh v'"),
])

# --------------------------------------------------------------------------
# 07 Lai Châu (laichau.dcs.vn, no date line): a working session of 2025;
# "Tính đến ngày 04/7/2025" → 2025 for its paragraph and the next (the
# session's report). "5 nhà cung cấp dịch vụ điện thoại" (a count, as
# set21 17's payment firms); subscriptions, BTS and fibre km; "100% các
# xã/phường" connected to the specialised network. "3G, 4G" are names. No
# heading: pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_laichau-ha-tang-vien-thong-2025", kind="result", year=2025, records=[
    R("có «5 nhà cung cấp", "nhà cung cấp dịch vụ điện thoại", "=", 5, **CNT),
    R("đạt «390.046 thuê bao", "tổng số thuê bao điện thoại", "=", 390046, **CNT, iid=MOBILE_N),
    R("đạt «57.239 thuê bao", "thuê bao Internet", "=", 57239, **CNT, iid=NET_N),
    R("là «2.021 thiết bị", "Tổng số thiết bị trạm thu phát sóng thông tin di động BTS trên địa bàn tỉnh", "=", 2021,
      **CNT, iid=BTS),
    R("cáp quang: «15.843 km", "Tổng số km cáp quang", "=", 15843, **KM, iid=FIBRE_LEN),
    R("tới «100% các xã/phường", "Đảm bảo kết nối mạng truyền số liệu chuyên dùng tới các xã/phường", "=", 100,
      iid=CDS_NET),
])

# --------------------------------------------------------------------------
# 08 Điện Biên (dic.gov.vn, no date line): telecom and postal infrastructure,
# "Hiện" and no date → year null. The first paragraph names hạ tầng viễn
# thông and Chính phủ số, kinh tế số, xã hội số and holds no value: pillar
# null. "khoảng trên 560.000": the bound word next to the number ("trên")
# read, op > (note). "(đạt 87 thuê bao/100 dân)": a rate without "%", unit
# other "thuê bao/100 dân". "100% trung tâm các xã, phường, thị trấn và gần
# 95% khu vực có dân cư sinh sống": two subjects, scope null. "kết nối đến
# 100% trung tâm các xã, phường, thị trấn và 88,5% cấp thôn/bản": the spec's
# "phủ 75% hộ gia đình, 100% cấp xã": the first null, the second scope "cấp
# thôn/bản". Numerators "129/129", "115/115", "74/115", "79/115", "67/115"
# and their bracketed shares (set8, spec). The breakdown of the 180 points
# "(04 bưu cục cấp I, 11 ... cấp II, 48 ... cấp III, 01 bưu cục KT1, 01 bưu
# cục khách hàng lớn)": one record per number, scope null (spec's breakdown
# by kind); "cấp I/II/III", "KT1" are names. Averages per point: unit other.
# --------------------------------------------------------------------------
D08 = dict(name="08_dienbien-ha-tang-vien-thong-buu-chinh", kind="result", year=None, records=[
    R("khoảng trên «560.000 thuê bao", "thuê bao điện thoại di động", ">", 560000, **CNT, iid=MOBILE_N,
      note="'khoảng trên': the bound word next to the number read"),
    R("(đạt «87 thuê bao/100 dân)", "thuê bao điện thoại di động", "=", 87, unit="other", unit_text="thuê bao/100 dân"),
    R("phủ đến «100% trung tâm", "sóng thông tin di động (3G, 4G) đã được phủ đến trung tâm các xã, phường, thị trấn",
      "=", 100),
    R("gần «95% khu vực", "sóng thông tin di động (3G, 4G) được phủ đến khu vực có dân cư sinh sống", "~", 95),
    R("có «510 tuyến", "tuyến cáp quang", "=", 510, **CNT),
    R("dài «3.350 km", "tổng chiều dài tuyến cáp quang", "=", 3350, **KM, iid=FIBRE_LEN),
    R("kết nối đến «100% trung tâm", "tuyến cáp quang kết nối đến trung tâm các xã, phường, thị trấn", "=", 100,
      iid=FIBRE_XA),
    R("và «88,5% cấp thôn/bản", "tuyến cáp quang kết nối đến", "=", 88.5, scope="cấp thôn/bản", iid=FIBRE_THON),
    R("; «129/129 xã", "xã, phường, thị trấn có kết nối băng rộng cố định đến trung tâm", "=", 129, **CNT),
    R("là «67.000 thuê bao", "Tổng số thuê bao Internet băng rộng cố định", "=", 67000, **CNT, iid=NET_N),
    R("tỷ lệ «48% hộ", "hộ gia đình có kết nối Internet", "=", 48, iid=HH_NET),
    R("có «180 điểm phục vụ", "điểm phục vụ bưu chính", "=", 180, **CNT),
    R("(«04 bưu cục cấp I,", "bưu cục cấp I", "=", 4, **CNT),
    R(", «11 bưu cục cấp II", "bưu cục cấp II", "=", 11, **CNT),
    R(", «48 bưu cục cấp III", "bưu cục cấp III", "=", 48, **CNT),
    R(", «01 bưu cục KT1", "bưu cục KT1", "=", 1, **CNT),
    R(", «01 bưu cục khách hàng lớn", "bưu cục khách hàng lớn", "=", 1, **CNT),
    R("; «115/115 xã", "xã có điểm bưu điện văn hóa xã", "=", 115, **CNT),
    R("trong đó: «74/115", "điểm bưu điện văn hoá đa dịch vụ", "=", 74, **CNT),
    R("(tỷ lệ «64%)", "điểm bưu điện văn hoá đa dịch vụ", "=", 64),
    R(", «79/115", "điểm bưu điện văn hoá xã xây dựng kiên cố", "=", 79, **CNT),
    R("(tỷ lệ «69%)", "điểm bưu điện văn hoá xã xây dựng kiên cố", "=", 69),
    R(", «67/115", "điểm kết nối internet công cộng", "=", 67, **CNT),
    R("(tỷ lệ «58%)", "điểm kết nối internet công cộng", "=", 58),
    R("đạt «4,12 km/điểm", "Bán kính phục vụ bình quân", "=", 4.12, unit="other", unit_text="km/điểm"),
    R("đạt «3.599 người/điểm", "số dân phục vụ bình quân", "=", 3599, unit="other", unit_text="người/điểm"),
])

# --------------------------------------------------------------------------
# 09 Thừa Thiên Huế (thegioithao.com, date 2019-07): the Huế IOC. The
# cameras "60 camera chất lượng ... cùng với 182 camera của các phường, xã,
# ...": two counts (a breakdown by kind, scope null). The room's size "hơn 100
# m 2", its staff "49 người đang làm việc", "tầng 3" and "5 phòng chức năng"
# describe the facility (set21 15's screen size): no quantities. Year: the
# page's date (set15). No heading naming a pillar: null.
# --------------------------------------------------------------------------
D09 = dict(name="09_hue-ioc-mat-than-2019", kind="result", year=2019, records=[
    R("với «60 camera", "camera chất lượng của hệ thống cảm biến", "=", 60, **CNT, iid=CAMS),
    R("cùng với «182 camera", "camera của các phường, xã, hồ đập thủy điện và các cơ quan nhà nước được kết nối", "=",
      182, **CNT, iid=CAMS),
])

# --------------------------------------------------------------------------
# 10 Đà Nẵng (lite.baomoi.com, no date line): the smart-city project
# 2018-2025. "19 nhóm mục tiêu, 38 nhiệm vụ cụ thể và 53 chương trình, dự án"
# (counts of targets, tasks and projects, spec), "6 trụ cột và 16 lĩnh vực",
# "3 trục" (structure), "tháng 8-2023" (a date): no record. A precision check.
# --------------------------------------------------------------------------
D10 = dict(name="10_danang-de-an-thanh-pho-thong-minh", kind="result", year=None, records=[])

# --------------------------------------------------------------------------
# 11 Vĩnh Phúc (mic.gov.vn, no date line): two communes before the 2025
# reform (xã Liên Châu, huyện Yên Lạc; xã Thiện Kế, huyện Bình Xuyên); "Đến
# nay", "Hiện" and no date → year null. Communes inside the province: no
# place, the commune in the wording (set10-set21). Numerator "14/14" (set8).
# "100% cán bộ, công chức xã sử dụng email công vụ, có tài khoản ...": one
# value for two measures (id null). "tỷ lệ hồ sơ tiếp nhận trực tuyến chiếm
# hơn 25%": op >. No heading: pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_vinhphuc-xa-lienchau-thienke", kind="result", year=None, records=[
    R("thành lập «14/14 tổ", "tổ công nghệ số cộng đồng tại các thôn của xã Liên Châu", "=", 14, **CNT, iid=TEAMS),
    R("Hiện «100% cán bộ", "cán bộ, công chức xã sử dụng email công vụ, có tài khoản sử dụng trên các phần mềm dùng "
      "chung của tỉnh", "=", 100),
    R("; «100% văn bản", "văn bản đi - đến trong môi trường số được xử lý, luân chuyển theo đúng quy định", "=", 100,
      iid=WR),
    R("; «100% hồ sơ và thủ tục", "hồ sơ và thủ tục hành chính cấp xã được tiếp nhận, giải quyết trên hệ thống một cửa "
      "điện tử", "=", 100),
    R("chiếm hơn «25%", "tỷ lệ hồ sơ tiếp nhận trực tuyến", ">", 25, iid=ONLINE),
    R("Bình Xuyên, «100% bộ hồ sơ", "bộ hồ sơ, thủ tục hành chính của công dân tại bộ phận một của xã Thiện Kế được "
      "tiếp nhận, lưu trữ, giải quyết trong môi trường điện tử liên thông", "=", 100),
])

# --------------------------------------------------------------------------
# 12 Phú Thọ, xã Vĩnh Tường (baophutho.vn, date 2025-12): a commune after the
# July 2025 reform; the date's 2025. "diện tích hơn 26 km2, với 37 thôn và
# trên 47 nghìn dân": the commune's size (set15 05's demography): no
# quantities. "đạt khoảng 80%": op ~. Two photo captions cut. Pillar null.
# --------------------------------------------------------------------------
D12 = dict(name="12_phutho-xa-vinhtuong-binh-dan-hoc-vu-so-2025", kind="result", year=2025, records=[
    R("đạt khoảng «80%", "Tỷ lệ người dân sử dụng điện thoại thông minh", "~", 80),
])

# --------------------------------------------------------------------------
# 13 Nghệ An (minhhop.quyhop.nghean.gov.vn, date 2023-11): "hoàn thành 14 mục
# tiêu và 42 nhiệm vụ" (counts of targets and tasks, spec), document numbers
# and dates: no record. A precision check.
# --------------------------------------------------------------------------
D13 = dict(name="13_nghean-ket-qua-2023-muc-tieu-nhiem-vu", kind="result", year=2023, records=[])

# --------------------------------------------------------------------------
# 14 Hà Tĩnh, phường Thành Sen (dantri.com.vn, date 2026-01): a ward after
# the reform. The subheading "100% thủ tục hành chính thực hiện trực tuyến"
# states a value (titles restating a value are recorded, set7-set21): the
# date's 2026. "SN 1999", "Chỉ sau một ngày", "57-NQ/TW": no quantities.
# --------------------------------------------------------------------------
D14 = dict(name="14_hatinh-phuong-thanhsen-2026", kind="result", year=2026, records=[
    R("«100% thủ tục hành chính thực hiện trực tuyến", "thủ tục hành chính thực hiện trực tuyến", "=", 100),
])

# --------------------------------------------------------------------------
# 15 Ninh Bình (khoahockythuat.ninhbinh.gov.vn, no date line): results of
# Nghị quyết 01-NQ/TU "Đến nay", no date → year null. "100% cơ quan, đơn vị
# từ tỉnh đến xã": one value for all levels, scope null (set16 18). "3 trụ
# cột" structure. The paragraph names hạ tầng mạng viễn thông in a sentence,
# not in a heading or lead-in of a list: pillar null (set17 15).
# --------------------------------------------------------------------------
D15 = dict(name="15_ninhbinh-nghi-quyet-01-ket-qua", kind="result", year=None, records=[
    R("doanh nghiệp. «100% cơ quan", "cơ quan, đơn vị từ tỉnh đến xã đã thiết lập mạng nội bộ để kết nối các máy tính",
      "=", 100),
])

# --------------------------------------------------------------------------
# 16 Lai Châu (vietnamnet.vn, no date line): "Đến nay" and no date → year
# null. The lead-in "Về hạ tầng số:" → digital_infrastructure. The image
# file name line "W-Laichau.png" cut.
# --------------------------------------------------------------------------
D16 = dict(name="16_laichau-ha-tang-so-giam-ngheo", kind="result", year=None, records=[
    R("có «14.433 km", "cáp quang", "=", 14433, **KM, pillar=INFRA, iid=FIBRE_LEN),
])

# --------------------------------------------------------------------------
# 17 Quảng Trị (tinhuyquangtri.vn, no date line): "Xác định năm 2024 là năm
# ..." dates the review → 2024. "Về hạ tầng số," leads the sentence →
# digital_infrastructure (set20 01: households' smartphones under hạ tầng
# số). The page breaks off after the value.
# --------------------------------------------------------------------------
D17 = dict(name="17_quangtri-ha-tang-so-2024", kind="result", year=2024, records=[
    R("đã có «92,7% hộ", "hộ gia đình có người có điện thoại thông minh", "=", 92.7, pillar=INFRA, iid=HH_PHONE),
])

# --------------------------------------------------------------------------
# 18 Đà Nẵng (danang.gov.vn statistics page, date 2021-11): the households'
# Internet share 2015-2020 with its split "thành thị / nông thôn" (a
# population-group split, spec: scope). The sentence "Năm 2020, ... là
# 83,71%. Trong đó, ... ở thành thị là 87,32%; ... ở nông thôn là 59,03%": one
# record each, scopes "thành thị", "nông thôn" for the split. The table:
# columns "TỔNG SỐ | Thành thị | Nông thôn" (scope null, "thành thị", "nông
# thôn"), one row per year (the row's year; "Sơ bộ 2020" preliminary, 2020);
# spans are the row lines. The page title is the indicator's own name, not a
# section naming a pillar topic: pillar null. "(ĐTV: %)" is the table's unit.
# The closing "ĐÁNH GIÁ BÀI VIẾT" and the date line are page furniture.
# --------------------------------------------------------------------------
HHI = "Tỷ lệ hộ gia đình có kết nối Internet"


def _row(year, a, b, c, prefix=None):
    p = prefix or str(year)
    return [
        R(f"{p} «{a}", HHI, "=", float(a.replace(",", ".")), year=year, line=True, iid=HH_NET),
        R(f"{p} {a} «{b}", HHI, "=", float(b.replace(",", ".")), scope="thành thị", year=year, line=True, iid=HH_NET),
        R(f"{p} {a} {b} «{c}", HHI, "=", float(c.replace(",", ".")), scope="nông thôn", year=year, line=True,
          iid=HH_NET),
    ]


_ROWS = [_row(2015, "72,28", "72,64", "55,60"), _row(2016, "73,06", "73,37", "64,94"),
         _row(2017, "75,63", "75,85", "66,18"), _row(2018, "75,65", "77,59", "67,24"),
         _row(2019, "79,46", "83,19", "54,12"), _row(2020, "83,71", "87,32", "59,03", prefix="Sơ bộ 2020")]
D18 = dict(name="18_danang-ho-gia-dinh-internet-2015-2020", kind="result", year=2020,
           BARE_PCT=[r["loc"] for row in _ROWS for r in row], records=[
    R("Internet là «83,71%", "tỷ lệ hộ gia đình có kết nối Internet", "=", 83.71, iid=HH_NET),
    R("ở thành thị là «87,32%", "tỷ lệ hộ gia đình có kết nối Internet", "=", 87.32, scope="thành thị", iid=HH_NET),
    R("ở nông thôn là «59,03%", "tỷ lệ hộ gia đình có kết nối Internet", "=", 59.03, scope="nông thôn", iid=HH_NET),
    *[r for row in _ROWS for r in row],
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14, D15, D16, D17, D18]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


def bare_pct_anchors(doc):
    """Anchors of percentages written without "%" (18's table under "(ĐTV: %)"), as set13's."""
    text = (TEXTS / f"{doc['name']}.txt").read_text(encoding="utf-8")
    return {locate(text, loc, doc["name"]) for loc in doc.get("BARE_PCT", [])}


if __name__ == "__main__":
    main()
