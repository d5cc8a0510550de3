#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set16).

Copied from set15's builder (itself from set14's, set12's, set10's, set9's, set8's and the seeds'). Each record
is written by hand below; its anchor is never typed in. A record names a
locator: a piece of the text with « just before the number. The locator
(without «) must occur exactly once in the text; the anchor is where « stands.
`start`/`end` (the clause that states the quantity) are computed as in the
seeds' builder (`start_at` moves the start back to a given string, used for
table rows whose indicator stands in an earlier cell).

Each document may also list NOT: locators of numbers deliberately left
without a record (percentages that are not quantities under the contract);
check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id
of the catalogue indicator it measures, or null, decided against
muctieu/catalog/data/indicators.yaml at commit f0d9ac1 (214 entries; see README). As in
set10-set15, the id is given in the record itself (`iid=`).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, GOV, ECO, SOC, INFRA, SEC, HR, DATA, SMART, INST, AWARE, CNT, RANK  # noqa: E402


OTHER = dict(unit="other")

ONLINE = "egov.online_applications_share"
DTIR = "dti.provincial_rank"
DTIS = "dti.provincial_score"
ECO_GDP = "econ.digital_economy_gdp_share"
ECO_SECT = "econ.digital_economy_sector_share"
BTS = "infra.bts_stations_count"
PT = dict(unit="other", unit_text="điểm")
VAL = dict(unit="other", unit_text=None)

FULL = "egov.full_online_services_share"
WR = "egov.work_records_online_share"
PAY = "egov.online_payment_share"
DIGI = "egov.digitised_procedure_results_share"
TEAMS = "aware.community_digital_teams_count"
PSI = "rank.public_service_index"

MERCH = "econ.merchants_cashless_share"
DONG = dict(unit="other", unit_text="đồng")
FUND = "inst.dx_funding_amount"
ECOM = "econ.ecommerce_retail_share"
ECON_CT = "econ.e_contract_enterprises_share"

SAT = "egov.satisfaction_share"
REPORT = "egov.online_reporting_share"
PROD = "econ.labour_productivity_growth"
SME = "econ.sme_digital_platforms_share"
FIBRE_HH = "infra.fibre_household_coverage_share"
EPAY = "society.adult_e_payment_account_share"
DTI_GOV = "dti.digital_government_rank"
DTI_ECO = "dti.digital_economy_rank"
DTI_SOC = "dti.digital_society_rank"

# --------------------------------------------------------------------------
# 01 Hà Nội (nguoihanoi.vn, 07/02/2025): DTI 2023. DTI values take the DTI
# year 2023 (set12-set15); pillar null (set8-set15). The title's rank and the
# body's "vị trí thứ 6" are both recorded (restatements, set7-set15), as is
# the group "lọt vào Top 10" (rank <=, set11 16). The ministry's "vị trí số 1"
# is a rank result of a ministry (set12 16: ministries named in the indicator,
# no place). "Top 10 tỉnh, thành phố đứng đầu ... gồm: <ten names>": one
# record for the group, no place (set12 17). Not quantities: "tăng 18 bậc"
# (change), "63 tỉnh" (the ranking's size), "lần thứ 4", "năm thứ 2"
# (ordinals), "nhóm 17 bộ", "nhóm 8 bộ" (groups), "4 vị trí", "5 vị trí"
# (positions named as a group), "7 tỉnh, thành phố duy trì xếp hạng top"
# (a group, set12 "5 tỉnh, thành dẫn đầu"; the page breaks off after it).
# --------------------------------------------------------------------------
D01 = dict(name="01_hanoi-dti-2023-thu-6", kind="result", year=2023, records=[
    R("xếp thứ «6 về", "Hà Nội xếp thứ về chỉ số chuyển đổi số cấp tỉnh", "=", 6, **RANK, iid=DTIR),
    R("vào Top «10, tăng", "Hà Nội lọt vào Top theo Báo cáo chỉ số đánh giá chuyển đổi số năm 2023", "<=", 10, **RANK,
      iid=DTIR),
    R("trí thứ «6 trong", "Hà Nội vươn lên vị trí trong bảng xếp hạng tỉnh, thành phố", "=", 6, **RANK, iid=DTIR),
    R("vị trí số «1.", "Bộ Kế hoạch và Đầu tư xếp ở vị trí trong nhóm bộ, ngành có dịch vụ công", "=", 1, **RANK),
    R("Top «10 tỉnh", "tỉnh, thành phố đứng đầu về DTI 2023", "<=", 10, **RANK),
])

# --------------------------------------------------------------------------
# 02 Hà Nội (vneconomy.vn, 2026-02): the city's DX strategy to 2030 with a
# vision to 2035. The two targets stand in the paragraph after "Chiến lược
# đặt ra những mục tiêu ... cho giai đoạn định hướng đến năm 2035": year 2035.
# "Về yếu tố con người," names no pillar (people, not nhân lực số): pillar
# null. Bare numbers in a target read >=. Not quantities: "6G" (a name),
# "521/QĐ-UBND".
# --------------------------------------------------------------------------
D02 = dict(name="02_hanoi-chien-luoc-2035", kind="target", year=2035, records=[
    R("là «100% cán bộ", "cán bộ, công chức, viên chức làm chủ kỹ năng số và ứng dụng công nghệ trong quản lý, điều hành", ">=",
      100),
    R("việc «100% dân số", "dân số trưởng thành được tiếp cận các dịch vụ số trong các lĩnh vực thiết yếu", ">=", 100),
])

# --------------------------------------------------------------------------
# 03 TP.HCM (xaydungtoday.vn, no date): results of the first 9 months of
# 2024: year 2024 (the text's reporting period). The three counts are values
# reached (procedures made free of charge, notary offices connected). The
# paragraph "Về triển khai chính quyền số," holds no value; the counts'
# paragraph names no pillar: null. Not quantities: "Nghị quyết số 98"
# (a name), "quý II và quý III/2024", "Smart City Asia 2024 lần thứ 3",
# "20/34 chỉ tiêu", "14/34 chỉ tiêu" (counts of targets, set13-set15); the
# last "59,13" is cut off by the page with its unit unknown (set9, set13 03).
# --------------------------------------------------------------------------
D03 = dict(name="03_hcm-9-thang-2024", kind="result", year=2024, records=[
    R("với «98 thủ tục", "thủ tục hành chính được miễn phí dịch vụ công trực tuyến khi người dân làm trực tuyến", "=", 98, **CNT),
    R("phép «7 phòng", "phòng công chứng trực thuộc Sở Tư pháp được kết nối cơ sở dữ liệu địa chính", "=", 7, **CNT),
    R("và «10 văn phòng", "văn phòng công chứng được kết nối cơ sở dữ liệu địa chính", "=", 10, **CNT),
])

# --------------------------------------------------------------------------
# 04 TP.HCM (baomoi.net.vn, no date line; "Ngày 18/2" and the 2024 report):
# results of 2024 ("năm 2024" in the lead of the results), the lead's
# "chỉ tiêu đã đặt ra là 25% GRDP vào năm 2025" a target of 2025 ("là"
# reads >=). "Về kết quả triển khai chuyển đổi số và đô thị thông minh ..."
# repeats the report's name (a name, set14 20, set15 07): pillar null. The
# page breaks off at "trao" (no number).
# --------------------------------------------------------------------------
D04 = dict(name="04_hcm-ket-qua-2024-kinh-te-so", kind="result", year=2024, records=[
    R("là «25% GRDP", "phát triển kinh tế số chỉ tiêu đã đặt ra GRDP", ">=", 25, kind="target", year=2025, iid=ECO_GDP),
    R("trấn đạt «100%", "tỉ lệ hạ tầng CNTT được rà soát, nâng cấp, đảm bảo liên thông kết nối từ Thành phố đến cấp huyện và "
      "phường xã thị trấn", "=", 100),
    R("quốc gia đạt «100%", "Tỉ lệ thủ tục hành chính (TTHC) được phê duyệt dịch vụ công trực tuyến (DVCTT) toàn trình được cung "
      "cấp trên Hệ thống thông tin giải quyết thủ tục hành chính của Thành phố", "=", 100, iid=FULL),
])

# --------------------------------------------------------------------------
# 05 TP.HCM (khoahocphattrien.vn, 22/7/2020 in the text): the city's DX
# programme, "mục tiêu cơ bản là đến 2025" (2025) and "mục tiêu cơ bản đến
# 2030" (2030). No heading: pillar null. "ít nhất", "tối thiểu" >=, "trên" >,
# bare numbers >=. "mức độ 3, 4", "mức độ 4", "4G/5G" are names; "2017 – 2020"
# a period. The e-payment accounts of "người dân và doanh nghiệp" are not the
# catalogue's adult share: id null.
# --------------------------------------------------------------------------
D05 = dict(name="05_hcm-chuong-trinh-2020", kind="target", year=2025, records=[
    R("ít nhất «50% số", "số hồ sơ được giải quyết theo dịch vụ công trực tuyến mức độ 3, 4", ">=", 50, iid=ONLINE),
    R("tối thiểu «90% người", "người dân và doanh nghiệp hài lòng về việc giải quyết thủ tục hành chính", ">=", 90, iid=SAT),
    R("chiếm «25% tổng", "kinh tế số chiếm tổng sản phẩm trên địa bàn GRDP", ">=", 25, iid=ECO_GDP),
    R("tối thiểu «7%; tỷ lệ", "năng suất lao động hằng năm tăng", ">=", 7, iid=PROD),
    R("trên «60%; hạ tầng", "tỷ lệ người dân và doanh nghiệp có tài khoản thanh toán điện tử", ">", 60),
    R("trên «95% hộ", "hạ tầng băng thông rộng phủ hộ gia đình", ">", 95, iid=FIBRE_HH),
    R("là «100% dịch vụ", "dịch vụ công trực tuyến mức độ 4 được cung cấp trên nhiều phương tiện truy cập khác nhau, bao gồm cả "
      "thiết bị di động", ">=", 100, year=2030, iid=FULL),
    R("chiếm «40% GRDP", "kinh tế số chiếm GRDP", ">=", 40, year=2030, iid=ECO_GDP),
    R("tối thiểu «9%;", "năng suất lao động hằng năm tăng", ">=", 9, year=2030, iid=PROD),
    R("trên «85%.", "Tỷ lệ người dân và doanh nghiệp có tài khoản thanh toán điện tử", ">", 85, year=2030),
])

# --------------------------------------------------------------------------
# 06 Đà Nẵng (viettimes.vn, 2025-09): the 2030 digital-economy target stated
# three times: "đạt 40% GRDP vào năm 2030" (>=) and twice "chiếm 35-40%
# GRDP" (between, spec). The heading "Kêu gọi chuyên gia hiến kế" names no
# pillar and the lead's kinh tế số is the value's own subject: pillar null
# (set13 08/20). Not quantities: "lộ trình 2 giai đoạn" (structure, twice),
# "22/9", "57-NQ/TW"; "hàng tỷ USD" has no number.
# --------------------------------------------------------------------------
D06 = dict(name="06_danang-kinh-te-so-35-40", kind="target", year=2030, records=[
    R("đạt «40% GRDP", "kinh tế số GRDP", ">=", 40, iid=ECO_GDP),
    R("chiếm «35-40% GRDP địa phương", "kinh tế số chiếm GRDP địa phương", "between", 35, value_max=40, iid=ECO_GDP),
    R("chiếm «35-40% GRDP;", "Đà Nẵng phấn đấu để kinh tế số chiếm GRDP", "between", 35, value_max=40, iid=ECO_GDP),
])

# --------------------------------------------------------------------------
# 07 Hải Phòng (tinnhanhchungkhoan.vn, no date): a city plan's targets; the
# stored excerpt names no year and carries no date: year null (set13 01,
# set15 09). Three lead-ins set the pillar for what they open: "về phát triển
# Chính phủ số," → digital_government (spec), "Về phát triển Kinh tế số," →
# digital_economy, "Về phát triển Xã hội số," → digital_society. "60% hồ sơ
# công việc tại các cơ quan thành phố, 50% ... tại cấp huyện và 30% ... tại
# cấp xã": one measure split by level (spec), scopes as written without
# "các" (set11 08, set13 03): "cơ quan thành phố", "cấp huyện", "cấp xã".
# Bare numbers read >=, "trên" >. Not quantities: "mức độ 4", "5G" (names),
# "11 nhiệm vụ và giải pháp" (tasks, spec). The digital identity on mobile
# for "tối thiểu 20% người dân" is labelled with the eID share.
# --------------------------------------------------------------------------
WR_HP = "hồ sơ công việc được xử lý trên môi trường mạng"
D07 = dict(name="07_haiphong-muc-tieu-cap-huyen-cap-xa", kind="target", year=None, records=[
    R("đạt «100% thủ tục", "thủ tục hành chính đủ điều kiện theo quy định của pháp luật được cung cấp dưới hình thức dịch vụ công "
      "trực tuyến mức độ 4", ">=", 100, pillar=GOV, iid=FULL),
    R("; «100% người dân", "người dân và doanh nghiệp sử dụng dịch vụ công trực tuyến được định danh và xác thực thông suốt, hợp "
      "nhất trên tất cả các hệ thống của các cấp chính quyền", ">=", 100, pillar=GOV,
      iid="egov.authenticated_users_share"),
    R("; «60% hồ sơ", WR_HP, ">=", 60, scope="cơ quan thành phố", pillar=GOV, iid=WR),
    R(", «50% hồ sơ", WR_HP, ">=", 50, scope="cấp huyện", pillar=GOV, iid=WR),
    R("và «30% hồ sơ", WR_HP, ">=", 30, scope="cấp xã", pillar=GOV, iid=WR),
    R("; «70% công tác", "công tác báo cáo được thực hiện trên hệ thống thông tin báo cáo quốc gia", ">=", 70, pillar=GOV,
      iid=REPORT),
    R("chiếm «10% GRDP", "Kinh tế số chiếm GRDP", ">=", 10, pillar=ECO, iid=ECO_GDP),
    R("tối thiểu «9%;", "tỷ trọng kinh tế số trong từng ngành, lĩnh vực", ">=", 9, pillar=ECO, iid=ECO_SECT),
    R("tối thiểu «15%.", "năng suất lao động hàng năm tăng", ">=", 15, pillar=ECO, iid=PROD),
    R("phủ «80% hộ", "hạ tầng mạng băng rộng cáp quang phủ hộ gia đình", ">=", 80, pillar=SOC, iid=FIBRE_HH),
    R("trên «30%, cung cấp", "tỷ lệ dân số có tài khoản thanh toán điện tử", ">", 30, pillar=SOC, iid=EPAY),
    R("tối thiểu «20% người", "cung cấp danh tính số trên nền tảng di động cho người dân sống và làm việc trên địa bàn thành phố "
      "Hải Phòng", ">=", 20, pillar=SOC, iid="society.eid_users_share"),
])

# --------------------------------------------------------------------------
# 08 Đắk Lắk (vietnamplus.vn, 2025-10): a precision check with no record.
# "hoàn thành 94 tiêu chí của Ban Chỉ đạo Trung ương" (twice) counts the
# criteria a campaign must meet, like counts of targets (set13-set15): not a
# quantity. Dates ("10/10", "19/12/2025", "22/12/2024"), "57-NQ/TW", "năm
# 2025" of the infrastructure project.
# --------------------------------------------------------------------------
D08 = dict(name="08_daklak-ngay-cds-2025", kind="target", year=2025, records=[])

# --------------------------------------------------------------------------
# 09 Gia Lai (nhansu.vn, Kế hoạch 18/KH-UBND of 19/01/2026): the plan opens
# with the DTI 2024 result "xếp hạng 31/34 tỉnh, thành phố": a rank result of
# the DTI year 2024 (set12-set15), pillar null. Not quantities: "03 trụ cột",
# "08 chỉ số chính với 47 chỉ số thành phần" (structure, spec), list numbers
# "(1)" to "(3)", "trên 100 dân" (the measure's denominator). "chưa đạt trên
# 5%" names the threshold of a DTI criterion that the province has not
# reached, not a value of the province: NOT. The page breaks off at "mã độ".
# --------------------------------------------------------------------------
D09 = dict(name="09_gialai-dti-2024-ke-hoach-2026", kind="target", year=2026, NOT=["trên «5%"], records=[
    R("hạng «31/34", "Bộ Chỉ số đánh giá chuyển đổi số (DTI) tỉnh Gia Lai xếp hạng tỉnh, thành phố trên cả nước", "=", 31,
      **RANK, kind="result", year=2024, iid=DTIR),
])

# --------------------------------------------------------------------------
# 10 Kon Tum (vanban123.vn, Kế hoạch 419/KH-UBND of 01/02/2024): the plan's
# aims under "1. Mục đích" (no pillar): "các chỉ số về Chính phủ số, Kinh tế
# số, Xã hội số của tỉnh đạt từ 0,7 - 0,8 điểm" one `between` record (spec,
# unit other "điểm", one value for three indices: id null); "thuộc nhóm 30
# tỉnh, thành" rank <= 30. Year: the plan's year 2024 (set14 20). Not
# quantities: "[1]" (a footnote mark), document numbers and dates.
# --------------------------------------------------------------------------
D10 = dict(name="10_kontum-ke-hoach-419-2024", kind="target", year=2024, records=[
    R("từ «0,7 - 0,8 điểm", "các chỉ số về Chính phủ số, Kinh tế số, Xã hội số của tỉnh", "between", 0.7, value_max=0.8, **PT),
    R("nhóm «30 tỉnh", "tỉnh Kon Tum thuộc nhóm tỉnh, thành trong cả nước thực hiện tốt nhất về chuyển đổi số", "<=", 30,
      **RANK, iid=DTIR),
])

# --------------------------------------------------------------------------
# 11 Kon Tum (baokontum.com.vn, no date): results with no reporting period
# and no date: year null (set13-set15). "đến 100% đơn vị, cơ quan quản lý nhà
# nước cấp tỉnh, huyện, xã": one value for all levels, scope null (spec).
# The paragraph naming "hạ tầng viễn thông" as the province's advantage holds
# no value and does not carry (set11 18, set15 15): pillar null. Not
# quantities: "Bài 2", "cấp I và II", "2G, 3G, 4G" (names), "2021-2030",
# document numbers and dates.
# --------------------------------------------------------------------------
D11 = dict(name="11_kontum-bat-nhip-cds", kind="result", year=None, records=[
    R("đến «100% đơn vị", "mạng truyền số liệu chuyên dùng cấp I và II đã được triển khai đến đơn vị, cơ quan quản lý nhà nước "
      "cấp tỉnh, huyện, xã", "=", 100, iid="infra.specialised_network_connection_share"),
    R("có «100% xã", "xã được phủ sóng 2G, 3G, 4G", "=", 100),
])

# --------------------------------------------------------------------------
# 12 Đồng Nai (thuvienphapluat.vn, Kế hoạch 198/KH-UBND of 09/9/2022): the
# digital-economy list under "1. Phát triển kinh tế số" / "a) Mục tiêu cơ
# bản đến năm 2025": digital_economy, year 2025. The second item's value
# stands on its own line ("đạt\ntối thiểu 10%"), as the page breaks lines.
# The page breaks off at "Tỷ trọng thương" (no number).
# --------------------------------------------------------------------------
D12 = dict(name="12_dongnai-kinh-te-so-198-2022", kind="target", year=2025, records=[
    R("đạt «20% GDP", "Tỷ trọng kinh tế số GDP", ">=", 20, pillar=ECO, iid=ECO_GDP),
    R("tối thiểu «10%.", "Tỷ trọng kinh tế số trong từng ngành, lĩnh vực", ">=", 10, pillar=ECO, iid=ECO_SECT),
])

# --------------------------------------------------------------------------
# 13 Bình Dương (binhduong.gov.vn, no date line): the province's 2025 DX
# targets after "Mục tiêu cụ thể:" (no pillar): year 2025 (the lead's "vào
# năm 2025", "Đến hết tháng 6/2025"). "nhóm khá" has no number. "tối thiểu",
# bare "đạt" and "chiếm từ" read >=, "trên" >.
# --------------------------------------------------------------------------
D13 = dict(name="13_binhduong-muc-tieu-2025", kind="target", year=2025, records=[
    R("tối thiểu «95% TTHC", "Cung cấp dịch vụ công trực tuyến toàn trình đạt tỷ lệ trung bình TTHC có đủ điều kiện", ">=", 95,
      iid=FULL),
    R("tối thiểu «75% trên", "Hồ sơ trực tuyến toàn trình của các dịch vụ công trực tuyến đạt tỷ lệ trung bình trên tổng số hồ "
      "sơ TTHC", ">=", 75, iid=ONLINE),
    R("phí tối thiểu «70%", "Tỷ lệ thanh toán trực tuyến so với hồ sơ TTHC có phí, lệ phí", ">=", 70, iid=PAY),
    R("TTHC đạt «90%", "Tỷ lệ hài lòng của người dân và doanh nghiệp trong giải quyết TTHC", ">=", 90, iid=SAT),
    R("TTHC đạt «100%", "Tỷ lệ thực hiện quy trình số hóa hồ sơ, kết quả giải quyết TTHC", ">=", 100, iid=DIGI),
    R("cho «100% hồ sơ", "hoàn thành việc gắn định danh cá nhân cho hồ sơ giải quyết TTHC", ">=", 100),
    R("từ «20% GRDP", "Tỷ trọng kinh tế số chiếm GRDP của tỉnh", ">=", 20, iid=ECO_GDP),
    R("; «50% doanh", "doanh nghiệp nhỏ và vừa sử dụng nền tảng số", ">=", 50, iid=SME),
    R("; «70% người", "người dân trong độ tuổi lao động được đào tạo kỹ năng số cơ bản", ">=", 70,
      iid="hr.workforce_basic_digital_skills_share"),
    R("trên «40% dân số", "dân số trưởng thành có sử dụng dịch vụ công trực tuyến", ">", 40,
      iid="society.adult_online_services_use_share"),
])

# --------------------------------------------------------------------------
# 14 National DTI 2022 (Chinhphu.vn's article on honquan.binhphuoc.gov.vn,
# 07/08/2023): a page comparing provinces. The text is national (Bình Phước
# is not named): every province's value carries a place (set12 17/18, set14
# 25); the ministries' group "Tốp 3" carries none. DTI values take the DTI
# year 2022; "TPHCM năm 2022 xếp ở vị trí thứ 3 còn năm nay ... vị trí thứ 2"
# is recorded as written: the first keeps its own "năm 2022", the second
# ("năm nay") the DTI year 2022 as well (the page's own slip: HCMC was 3rd
# in 2021). "Chính quyền số" và "Kinh tế số" ... đều ở vị trí thứ 3/63": one
# value for two pillar ranks, one record, id null (set13 02). "100% các bộ,
# tỉnh đều có chỉ số tăng": the share of units whose index rose, a value
# (not a change of one value). Pillar null (DTI ranks, set8-set15). Not
# quantities: "năm thứ ba", "năm thứ 3 liên tiếp" (ordinals), "3 trụ cột"
# (structure), "/63" (the ranking's size), "so với năm 2021".
# --------------------------------------------------------------------------
D14 = dict(name="14_binhphuoc-honquan-dti-2022", kind="result", year=2022, records=[
    R("Tốp «3 bộ", "bộ, ngành dẫn đầu", "<=", 3, **RANK),
    R("2022, «100% các bộ", "các bộ, tỉnh đều có chỉ số tăng so với năm 2021", "=", 100),
    R("vị trí thứ «3 còn", "TPHCM xếp ở vị trí", "=", 3, **RANK, place="TPHCM", iid=DTIR),
    R("vị trí thứ «2. Trong", "Thành phố cán đích vị trí", "=", 2, **RANK, place="TPHCM", iid=DTIR),
    R("thứ «3/63 tỉnh thành;", "hạng mục Chính quyền số và Kinh tế số của TPHCM", "=", 3, **RANK, place="TPHCM"),
    R("thứ «4/63", "Xã hội số của TPHCM xếp vị trí", "=", 4, **RANK, place="TPHCM", iid=DTI_SOC),
    R("thứ «24/63", "Hà Nội năm nay có chỉ số DTI xếp thứ", "=", 24, **RANK, place="Hà Nội", iid=DTIR),
    R("thứ «40/63", "chính quyền số xếp thứ", "=", 40, **RANK, place="Hà Nội", iid=DTI_GOV),
    R("thứ «18/63", "kinh tế số xếp thứ", "=", 18, **RANK, place="Hà Nội", iid=DTI_ECO),
    R("thứ «30/63", "xã hội số xếp thứ", "=", 30, **RANK, place="Hà Nội", iid=DTI_SOC),
])

# --------------------------------------------------------------------------
# 15 Bình Phước (chuyendoiso.quangnam.gov.vn, no date): the funds allocated
# "Từ năm 2019 đến nay": money is a quantity (spec), unit other "đồng",
# "hơn" >; the period ends "đến nay" and the page has no date: year null
# (set13-set15). The heading "Chuyển đổi số Bình Phước đạt nhiều kết quả
# tích cực" names no pillar. Not quantities: "Giải thưởng Chuyển đổi số
# Việt Nam 2023 (VDA)", "ASOCIO 2024" (names of awards), "Ba trụ cột".
# --------------------------------------------------------------------------
D15 = dict(name="15_binhphuoc-844-ty-dong", kind="result", year=None, records=[
    R("hơn «844 tỷ", "Bình Phước đã phân bổ cho các dự án ứng dụng công nghệ thông tin (CNTT) và chuyển đổi số", ">", 844e9,
      **DONG, iid=FUND),
])

# --------------------------------------------------------------------------
# 16 Phú Yên (phuyen.dcs.vn, no date): results of "Năm 2024": year 2024. The
# lead-in "Về Hạ tầng thông tin và truyền thông," → digital_infrastructure
# for its paragraph (spec's topic mapping, head noun hạ tầng); the next
# paragraph ("Một số ứng dụng CNTT ...") names no pillar: null. "gần" reads
# ~. Not quantities: "57-NQ/TW".
# --------------------------------------------------------------------------
D16 = dict(name="16_phuyen-ket-qua-2024", kind="result", year=2024, records=[
    R("và «100% cơ quan", "cơ quan hành chính nhà nước từ tỉnh đến cơ sở đảm bảo quản lý và điều hành qua môi trường mạng", "=",
      100, pillar=INFRA),
    R("gần «10.000 tài khoản", "Hệ thống thư điện tử công vụ cấp phát tài khoản", "~", 10000, **CNT),
])

# --------------------------------------------------------------------------
# 17 Bình Thuận (ictnews.vn, no date line): the 2024 plan ("năm 2024"):
# targets of 2024. "Mục tiêu cụ thể, về chính quyền số," → digital_government
# for its paragraph; "Về kinh tế số," → digital_economy. "đạt" and bare
# numbers >=, "trên" >. The page breaks off at "đạt tr" (no number). Not
# quantities: "1/4" (a date). The share of digital data by sector and the
# share of firms, cooperatives and households on DX platforms have no
# catalogue entry of their own: id null.
# --------------------------------------------------------------------------
D17 = dict(name="17_binhthuan-ke-hoach-2024", kind="target", year=2024, records=[
    R("thực hiện «100% thủ tục", "thủ tục hành chính đủ điều kiện theo quy định của pháp luật được cung cấp dưới hình thức dịch "
      "vụ công trực tuyến toàn trình", ">=", 100, pillar=GOV, iid=FULL),
    R("vực đạt «60%; tiếp", "Tỷ lệ dữ liệu số trong từng ngành, lĩnh vực", ">=", 60, pillar=GOV),
    R("thực hiện «100% chế độ", "chế độ báo cáo, chỉ tiêu tổng hợp báo cáo định kỳ và báo cáo thống kê về kinh tế xã hội phục vụ "
      "việc chỉ đạo, điều hành của UBND tỉnh", ">=", 100, pillar=GOV, iid=REPORT),
    R("tối thiểu «9%, năng", "tỷ trọng kinh tế số trong từng ngành, lĩnh vực", ">=", 9, pillar=ECO, iid=ECO_SECT),
    R("tối thiểu «7%, tỷ lệ", "năng suất lao động hằng năm tăng", ">=", 7, pillar=ECO, iid=PROD),
    R("số đạt «60%. Tỷ lệ", "tỷ lệ doanh nghiệp, hợp tác xã, hộ kinh doanh sử dụng nền tảng chuyển đổi số", ">=", 60,
      pillar=ECO),
    R("đạt trên «30%", "Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử", ">", 30, pillar=ECO, iid=ECON_CT),
    R("đạt trên «8%", "tỷ trọng thương mại điện tử trong tổng mức bán lẻ", ">", 8, pillar=ECO, iid=ECOM),
])

# --------------------------------------------------------------------------
# 18 Bình Thuận (vndx.gov.vn, no date line; the plan of 24/12/2020): the
# list under "- Mục tiêu cơ bản đến năm 2025 của tỉnh Bình Thuận là:" (no
# pillar): year 2025; bare numbers >=. "mô hình 04 cấp" is structure;
# "mức độ 3 và mức độ 4", "mức độ 4" are names; "lần thứ XIV", "2020 -
# 2025" (a term). The last item breaks off after "100% chế độ báo cáo, chỉ
# tiêu tổng hợp báo cáo": kept as stored, with a note (set13-set15), id null
# (what it measures is cut).
# --------------------------------------------------------------------------
D18 = dict(name="18_binhthuan-ke-hoach-2020-den-2025", kind="target", year=2025, records=[
    R("là:\n«100% văn bản", "văn bản trao đổi giữa các cơ quan nhà nước từ cấp tỉnh đến cấp xã sử dụng văn bản điện tử có chữ ký "
      "số", ">=", 100, iid="egov.electronic_documents_share"),
    R("«95% thủ tục", "thủ tục hành chính thuộc phạm vi công bố của Ủy ban nhân dân tỉnh được cung cấp trực tuyến mức độ 3 và mức "
      "độ 4", ">=", 95, iid="egov.level3_4_online_services_share"),
    R("; «80% dịch vụ", "dịch vụ công trực tuyến mức độ 4 được cung cấp trên nhiều phương tiện truy cập khác nhau, bao gồm cả "
      "thiết bị di động", ">=", 80, iid=FULL),
    R("«100% chế độ", "chế độ báo cáo, chỉ tiêu tổng hợp báo cáo", ">=", 100, note="the page breaks off after 'báo cáo'"),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14, D15, D16, D17, D18]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
