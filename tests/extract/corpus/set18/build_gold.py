#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set18).

Copied from set17's builder (itself from set15's, set14's, set12's, set10's, set9's, set8's and the seeds'). Each record
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

PLAT = "digital_platforms"
USD = dict(unit="other", unit_text="USD")
MVILL = "infra.mobile_village_coverage_share"
HHNET = "infra.households_internet_share"
MEMBERS = "aware.community_digital_team_members_count"
GROWTH = "econ.digital_economy_growth"
L = dict(line=True)

# Catalogue ids used more than once in this set.
EDOC = "egov.electronic_documents_share"
REP = "egov.online_reporting_share"
SAT = "egov.satisfaction_share"
DGR = "dti.digital_government_rank"
DER = "dti.digital_economy_rank"
DSR = "dti.digital_society_rank"
BANK15 = "society.bank_account_15plus_share"
EID = "society.eid_users_share"
SMARTP = "smart_city"
XA = "society.communes_dx_completed_count"

# --------------------------------------------------------------------------
# 01 Thừa Thiên Huế (huongchu.thuathienhue.gov.vn, a commune portal, no date
# line): Kế hoạch 367/KH-UBND of 03/12/2021, targets of 2022 (the plan's
# year). Two lead-ins: "Đối với mục tiêu ứng dụng CNTT, phát triển Chính
# quyền điện tử ..." → digital_government (spec: Chính quyền điện tử in a
# lead-in), "Đối với mục tiêu ứng dụng CNTT phục vụ người dân và doanh
# nghiệp hướng đến xây dựng thành phố thông minh," → smart_city (the lead
# names the smart city as the aim of its list; set11 01's Hue-S lead). Bare
# values "95% tỷ lệ ..." read >= (spec). "95% ... tại cấp tỉnh. 90% ... tại
# cấp huyện. 80% ... tại cấp xã": three sentences, each naming one level
# inside its subject: scope null (spec: scope is for a split inside one
# sentence; set11 06). The last item breaks off at "tr" after its number:
# recorded, worded as stored. "43/2011/NĐ-CP", "367/KH-UBND" are document
# numbers; "03/12/2021" a date.
# --------------------------------------------------------------------------
D01 = dict(name="01_hue-ke-hoach-367-nam-2022", kind="target", year=2022, records=[
    R("phấn đấu đạt «100% tỷ lệ", "tỷ lệ hồ sơ giải quyết TTHC được thực hiện thông qua Hệ thống thông tin một cửa điện "
      "tử cấp bộ, cấp tỉnh", ">=", 100, pillar=GOV),
    R("bộ, cấp tỉnh. «100% tỷ lệ", "tỷ lệ Cổng thông tin điện tử cấp tỉnh tuân thủ các quy định tại Nghị định", ">=", 100,
      pillar=GOV),
    R("NĐ-CP. «30% tỷ lệ", "tỷ lệ dịch vụ công trực tuyến (DVCTT) sử dụng chữ ký số trên nền tảng di động để thực hiện "
      "TTHC", ">=", 30, pillar=GOV),
    R("TTHC. «90% tỷ lệ DVCTT", "tỷ lệ DVCTT xử lý bằng hồ sơ điện tử", ">=", 90, pillar=GOV),
    R("điện tử. «100% tỷ lệ văn bản", "tỷ lệ văn bản trao đổi giữa các CQNN dưới dạng điện tử", ">=", 100, pillar=GOV,
      iid=EDOC),
    R("«95% tỷ lệ hồ sơ công việc", "tỷ lệ hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng", ">=", 95,
      pillar=GOV, iid=WR),
    R("«90% tỷ lệ hồ sơ công việc", "tỷ lệ hồ sơ công việc tại cấp huyện được xử lý trên môi trường mạng", ">=", 90,
      pillar=GOV, iid=WR),
    R("«80% tỷ lệ hồ sơ công việc", "tỷ lệ hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng", ">=", 80,
      pillar=GOV, iid=WR),
    R("«90% tỷ lệ báo cáo", "tỷ lệ báo cáo định kỳ được gửi, nhận qua Hệ thống thông tin báo cáo quốc gia", ">=", 90,
      pillar=GOV, iid=REP),
    R("phấn đấu đạt «100% số lượng", "số lượng người dân và doanh nghiệp tham gia hệ thống thông tin Chính phủ điện tử "
      "được xác thực định danh điện tử thông suốt và hợp nhất", ">=", 100, pillar=SMARTP,
      iid="egov.authenticated_users_share"),
    R("«80% tỷ lệ hồ sơ giải quyết", "tỷ lệ hồ sơ giải quyết trực tuyến", ">=", 80, pillar=SMARTP, iid=ONLINE,
      note="the item breaks off after 'trực tuyến tr'"),
])

# --------------------------------------------------------------------------
# 02 Quảng Bình (baoxaydung.com.vn, no date line): the 2022 plan's targets
# (2022) and the steering committee's aim "đến năm 2030, kinh tế số chiếm
# 20% GRDP" (2030). The lead "mục tiêu cụ thể, gồm: Phát triển Chính quyền
# số tỉnh; phục vụ người dân ...; phát triển hạ tầng ..." names several
# things: pillar null; the 2030 value's own clause holds the pillar word
# and leads no list: null (set17). "trên 91% hồ sơ công việc tại cấp tỉnh,
# 74% ... tại cấp huyện, 52% ... tại cấp xã được xử lý trên môi trường
# mạng": one sentence split by level (spec), scopes as written; "trên"
# stands before the first value only, the others are bare (>=); the shared
# predicate is worded once. "của cấp tỉnh đạt trên 85%, cấp huyện, cấp xã":
# a split whose later values the page cuts off: the recorded value carries
# scope "cấp tỉnh". "mức độ 3, 4" is a name; "23/02" a date.
# --------------------------------------------------------------------------
D02 = dict(name="02_quangbinh-ke-hoach-2022", kind="target", year=2022, records=[
    R("chiếm «20% GRDP", "kinh tế số chiếm GRDP", ">=", 20, year=2030, iid=ECO_GDP),
    R("phấn đấu «96% tỷ lệ", "tỷ lệ văn bản trao đổi giữa các cơ quan Nhà nước dưới dạng điện tử", ">=", 96, iid=EDOC),
    R("trên «91% hồ sơ", "hồ sơ công việc được xử lý trên môi trường mạng", ">", 91, scope="cấp tỉnh", iid=WR),
    R("«74% hồ sơ", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 74, scope="cấp huyện", iid=WR),
    R("«52% hồ sơ", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 52, scope="cấp xã", iid=WR),
    R("«100% tỷ lệ dịch vụ", "tỷ lệ dịch vụ công trực tuyến mức độ 3, 4 phổ biến, liên quan tới nhiều người dân, doanh "
      "nghiệp trên Cổng dịch vụ công của tỉnh được tích hợp lên Cổng dịch vụ công quốc gia", ">=", 100,
      iid="egov.national_portal_integrated_share"),
    R("đạt trên «85%", "Tỷ lệ người dân và doanh nghiệp hài lòng về việc giải quyết thủ tục hành chính, cung cấp dịch vụ "
      "công", ">", 85, scope="cấp tỉnh", iid=SAT, note="the page breaks off before the values of cấp huyện, cấp xã"),
])

# --------------------------------------------------------------------------
# 03 Thanh Hóa (muonglat.thanhhoa.gov.vn, no date line): Quyết định
# 969/QĐ-UBND of 18/3/2022 assigns the numbers of districts and communes to
# complete DX: targets (assigned quotas), op >=. "Đến năm 2025, hoàn thành
# chuyển đổi số tại 12 huyện, thị xã, thành phố" (2025; the names listed
# after it are the 12). The communes' list is printed one year per line
# "- Năm 2022: 94 xã, phường, thị trấn.": each line a record of its own
# year, worded by the lead's measure, span the whole line (line=True).
# Headings "1. Chuyển đổi số cấp huyện", "2. Chuyển đổi số cấp xã" name no
# pillar: null. Not quantities: "2022-2025" (period), "18/3/2022", the
# decision's number, list numbers "1.", "2.".
# --------------------------------------------------------------------------
D03 = dict(name="03_thanhhoa-giao-chi-tieu-cap-xa-2022-2025", kind="target", year=None, records=[
    R("tại «12 huyện", "hoàn thành chuyển đổi số tại huyện, thị xã, thành phố", ">=", 12, **CNT, year=2025),
    R("2022: «94 xã", "Số xã, phường, thị trấn hoàn thành chuyển đổi số", ">=", 94, **CNT, year=2022, **L, iid=XA),
    R("2023: «132 xã", "Số xã, phường, thị trấn hoàn thành chuyển đổi số", ">=", 132, **CNT, year=2023, **L, iid=XA),
    R("2024: «133 xã", "Số xã, phường, thị trấn hoàn thành chuyển đổi số", ">=", 133, **CNT, year=2024, **L, iid=XA),
    R("2025: «118 xã", "Số xã, phường, thị trấn hoàn thành chuyển đổi số", ">=", 118, **CNT, year=2025, **L, iid=XA),
])

# --------------------------------------------------------------------------
# 04 Thanh Hóa (thuonghieucongluan.com.vn, no date line): the resolution's
# aims: "đến năm 2025 ... trong nhóm 10 tỉnh, thành phố dẫn đầu cả nước về
# chuyển đổi số; đến năm 2030 tiếp tục trong nhóm 10 ... và trong nhóm 5 ...
# dẫn đầu về chính quyền số": rank targets, op <= (spec), years 2025, 2030,
# 2030. The paragraph stands under no heading and its lead names no pillar:
# null (the group "về chính quyền số" is the indicator's wording). "Về chính
# quyền số: 100% hệ thống thông tin ..." → digital_government (lead-in),
# 2025 ("mục tiêu cụ thể đến năm 2025"); the item breaks off ("cơ sở dữ").
# --------------------------------------------------------------------------
D04 = dict(name="04_thanhhoa-nghi-quyet-2025-2030", kind="target", year=2025, records=[
    R("trong nhóm «10 tỉnh, thành phố dẫn đầu cả nước về chuyển đổi số; đến", "tỉnh Thanh Hóa trong nhóm tỉnh, thành phố "
      "dẫn đầu cả nước về chuyển đổi số", "<=", 10, **RANK, iid=DTIR),
    R("tiếp tục trong nhóm «10 tỉnh", "tiếp tục trong nhóm tỉnh, thành phố dẫn đầu cả nước về chuyển đổi số", "<=", 10,
      **RANK, year=2030, iid=DTIR),
    R("nhóm «5 tỉnh", "nhóm tỉnh, thành phố dẫn đầu về chính quyền số", "<=", 5, **RANK, year=2030, iid=DGR),
    R("số: «100% hệ thống", "hệ thống thông tin, cơ sở dữ liệu dùng chung, cơ sở dữ liệu chuyên ngành được kết nối, chia "
      "sẻ, khai thác", ">=", 100, pillar=GOV),
])

# --------------------------------------------------------------------------
# 05 Thanh Hóa (baothanhhoa.vn, no date line): the preparation of the 166
# new communes and wards for the two-level government from 1/7/2025:
# results of 2025 (the text's only year; the work of June before the start
# on 1/7/2025). No heading: pillar null. "Đối với cấp xã, đã tổ chức ...": a
# lead naming one level, no split: scope null. Not quantities: "166 xã,
# phường mới" twice (the set of new communes the work was for: where things
# are, set17 09's "12 huyện, thành phố"), "(17 và 18/6)", "20/6", "1/7/2025"
# (dates), "2 ngày" (a period), "mỗi xã một tổ" (a word). "166 tổ hỗ trợ kỹ
# thuật" is a count of teams founded: recorded.
# --------------------------------------------------------------------------
D05 = dict(name="05_thanhhoa-xa-phuong-moi-2025", kind="result", year=2025, records=[
    R("trên «4.000 tổ", "đã tổ chức tổ Công nghệ số cộng đồng", ">", 4000, **CNT, iid=TEAMS),
    R("với trên «15.000 thành viên", "tổ Công nghệ số cộng đồng với thành viên", ">", 15000, **CNT, iid=MEMBERS),
    R("thành lập «166 tổ", "thành lập tổ hỗ trợ kỹ thuật", "=", 166, **CNT),
    R("với «1.179 thành viên", "tổ hỗ trợ kỹ thuật với thành viên", "=", 1179, **CNT),
    R("trên «7.000 tài khoản", "thiết lập tài khoản người dùng, mã định danh", ">", 7000, **CNT),
    R("cho «100% cán bộ", "tổ chức tập huấn sử dụng phần mềm cho cán bộ Trung tâm phục vụ hành chính công các cấp", "=",
      100),
])

# --------------------------------------------------------------------------
# 06 Hà Tĩnh (baohatinh.vn, no date line): DTI 2022 ranks (2022). The lead
# restates the rank of the body ("xếp thứ 37/63", "đứng thứ 37/63"): both
# recorded (set7-set17). "xếp thứ 3 khu vực Bắc Trung bộ": rank =, the
# region in the wording (spec). Pillar ranks "Chỉ số Chính quyền số xếp hạng
# 39/63", "Chỉ số Xã hội số xếp hạng 39/63". Ranks keep pillar null
# (set8-set17). Not quantities: "tăng 22 bậc" (title and body), "tăng 20 /
# 18 bậc" (changes), "3 trụ cột" (structure).
# --------------------------------------------------------------------------
D06 = dict(name="06_hatinh-dti-2022", kind="result", year=2022, records=[
    R("xếp thứ «37/63", "Hà Tĩnh xếp tỉnh, thành phố trực thuộc Trung ương về Chỉ số Chuyển đổi số cấp tỉnh", "=", 37,
      **RANK, iid=DTIR),
    R("đứng thứ «37/63", "Hà Tĩnh đứng tỉnh, thành phố trong cả nước, Chỉ số Chuyển đổi số cấp tỉnh (DTI)", "=", 37,
      **RANK, iid=DTIR),
    R("xếp thứ «3 khu vực", "xếp khu vực Bắc Trung bộ", "=", 3, **RANK),
    R("Chính quyền số xếp hạng «39/63", "Chỉ số Chính quyền số xếp hạng", "=", 39, **RANK, iid=DGR),
    R("Xã hội số xếp hạng «39/63", "Chỉ số Xã hội số xếp hạng", "=", 39, **RANK, iid=DSR),
])

# --------------------------------------------------------------------------
# 07 Quảng Ninh (tacnghiep.tuoitrethudo.vn, no date line): DTI 2022 (2022),
# announced in July 2023. Title and body rank (both recorded). "Điểm số và
# thứ hạng của Quảng Ninh ở 3 trụ cột lần lượt là: Chính quyền số 0,7804,
# xếp hạng 4 ...": per pillar a score (unit other; "điểm" written only
# after the third, unit_text null on the first two, spec) and a rank. The
# pillar scores have no catalogue entry (the catalogue's
# dti.digital_government_score is the main index "Hoạt động chính quyền
# số"): null; the pillar ranks take dti.*_rank. Main-index ranks: "Đứng
# thứ 2 chỉ số Hoạt động xã hội số", "Xếp thứ 3 ở chỉ số Hoạt động chính
# quyền số" (no rank entry: null), "đứng thứ 4 trong chỉ số Hạ tầng số"
# (dti.digital_infrastructure_rank); "dẫn đầu ở chỉ số Thể chế số" has no
# number. Ranks and scores keep pillar null (set8-set17). Not quantities:
# "tăng 4 hạng", "tăng 1 / 5 / 1 bậc" (changes), "Phiên họp lần thứ 6"
# (ordinal), "6 tháng đầu / cuối năm" (periods), "12/7", "3 trụ cột", "9
# chỉ số chính", "98 chỉ số thành phần" (structure, spec).
# --------------------------------------------------------------------------
D07 = dict(name="07_quangninh-dti-2022", kind="result", year=2022, records=[
    R("xếp thứ «3 bảng", "Quảng Ninh xếp bảng xếp hạng DTI", "=", 3, **RANK, iid=DTIR),
    R("vị trí thứ «3 trong", "tỉnh Quảng Ninh đã vươn lên vị trí trong bảng xếp hạng", "=", 3, **RANK, iid=DTIR),
    R("Chính quyền số «0,7804", "Điểm số Chính quyền số", "=", 0.7804, **VAL),
    R("xếp hạng «4 (", "Chính quyền số xếp hạng", "=", 4, **RANK, iid=DGR),
    R("Kinh tế số «0,7187", "Điểm số Kinh tế số", "=", 0.7187, **VAL),
    R("xếp hạng «9 (", "Kinh tế số xếp hạng", "=", 9, **RANK, iid=DER),
    R("Xã hội số «0,6864", "Điểm số Xã hội số", "=", 0.6864, **PT),
    R("xếp hạng «2 (", "Xã hội số xếp hạng", "=", 2, **RANK, iid=DSR),
    R("Đứng thứ «2 chỉ số", "Đứng chỉ số Hoạt động xã hội số", "=", 2, **RANK),
    R("Xếp thứ «3 ở", "Xếp ở chỉ số Hoạt động chính quyền số", "=", 3, **RANK),
    R("đứng thứ «4 trong", "đứng trong chỉ số Hạ tầng số", "=", 4, **RANK, iid="dti.digital_infrastructure_rank"),
])

# --------------------------------------------------------------------------
# 08 Vĩnh Phúc (vinhphuctv.vn, 2023-09 "Cập nhật: 22/09/2023"): the 2022
# annual digital-economy report's figures and "Hết năm 2022" values: 2022.
# "đứng thứ 5 cả nước về tỷ trọng kinh tế số" (rank =, no catalogue entry);
# Bắc Ninh's 56,83% carries place "Bắc Ninh". Ranges "65 -70%", "15-20%":
# between (spec), results. Not quantities: "Nhóm 5 tỉnh dẫn đầu về kinh tế
# số ICT" (a group named by its size, set16 01), "nhóm 10 địa phương thu
# hút dòng vốn FDI" (a group, not DX), "Sau 26 năm tái lập" (a period),
# "10/10" (a date), "từ 15 tuổi" (qualifier), "2022" (years). Pillar null:
# no heading; the values' own clauses hold kinh tế số and lead no list.
# --------------------------------------------------------------------------
D08 = dict(name="08_vinhphuc-kinh-te-so-grdp-2022", kind="result", year=2022, records=[
    R("đứng thứ «5 cả nước", "Vĩnh Phúc đứng cả nước về tỷ trọng kinh tế số trên tổng sản phẩm (GRDP)", "=", 5,
      **RANK),
    R("đạt «22,87%", "tỷ lệ kinh tế số trên GRDP của Vĩnh Phúc", "=", 22.87, iid=ECO_GDP),
    R("đạt «56,83%", "tỷ trọng kinh tế số trên GRDP, đứng đầu là tỉnh Bắc Ninh", "=", 56.83, place="Bắc Ninh",
      iid=ECO_GDP),
    R("đạt «65 -70%", "tỷ lệ người dân từ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng hoặc các tổ chức được phép "
      "khác", "between", 65, value_max=70, iid=BANK15),
    R("đạt «15-20%", "tỷ lệ người dân sử dụng ứng dụng định danh điện tử", "between", 15, value_max=20, iid=EID),
])

# --------------------------------------------------------------------------
# 09 Vĩnh Phúc (vietnamnet.vn, no date line): results "Tính đến nay" in a
# text that names no reporting year and carries no date: year null (set15
# 03, set17 07); the targets "vào năm 2025" (2025). The first paragraph
# names kinh tế số and holds no value; no heading: pillar null (set15 03).
# "10.085 doanh nghiệp ..., chiếm 72%": a count and its share (spec). "100%
# cơ sở giáo dục, cơ sở y tế": two kinds in one value, id null.
# --------------------------------------------------------------------------
D09 = dict(name="09_vinhphuc-kinh-te-so-doanh-nghiep", kind="result", year=None, records=[
    R("có «10.085 doanh", "doanh nghiệp nhỏ và vừa sử dụng các nền tảng số trong quản lý, điều hành, sản xuất kinh doanh",
      "=", 10085, **CNT),
    R("chiếm «72%", "doanh nghiệp nhỏ và vừa sử dụng các nền tảng số, chiếm tổng số doanh nghiệp", "=", 72,
      iid="econ.sme_digital_platforms_share"),
    R("; «100% cơ sở giáo dục", "cơ sở giáo dục, cơ sở y tế đã triển khai các giải pháp thanh toán không dùng tiền mặt",
      "=", 100),
    R("có «55% người", "người dân ở các thành phố tham gia mua sắm trực tuyến", ">=", 55, kind="target", year=2025),
    R("; «55% thanh toán", "thanh toán không dùng tiền mặt", ">=", 55, kind="target", year=2025,
      iid="econ.cashless_transactions_share"),
    R("; «70% các giao dịch", "các giao dịch mua hàng trên ứng dụng thương mại điện tử có hóa đơn điện tử", ">=", 70,
      kind="target", year=2025),
    R("; «100% các siêu thị", "các siêu thị, trung tâm thương mại và cửa hàng phân phối hiện đại có thiết bị chấp nhận "
      "thẻ thanh toán", ">=", 100, kind="target", year=2025, iid=MERCH),
])

# --------------------------------------------------------------------------
# 10 Lạng Sơn (anninhthudo.vn, no date line): DTI 2022 ranks (2022: the lead's
# "xếp thứ 6/63" and the body's "vị trí thứ 6"); "một trong 5 địa phương dẫn
# đầu về ... ICT" and "1 trong 5 tỉnh, thành phố dẫn đầu về mức độ lan tỏa
# ICT": top groups, rank op <= (spec: "thuộc nhóm 20 tỉnh dẫn đầu"), no
# year stated: null. The digital economy's share "chiếm 12,52% GRDP, đứng
# thứ 12/63" names no year (its paragraph neither): null. The border-gate
# platform "từ ngày 1/1/2023 đến nay": 2023, and the next sentence's "100%
# các xe hàng khai báo trực tu" (broken off by the page; recorded as
# stored). Not quantities: "chỉ sau 5 tỉnh thành phố lớn" (a group named by
# its size), "1 trong 7 cơ quan, đơn vị ... đạt giải thưởng" (award
# winners, not a ranking), "tháng 7/2023". Heading "Chuyển đổi số tổng thể,
# toàn diện trên tất cả các lĩnh vực" names no pillar: null.
# --------------------------------------------------------------------------
D10 = dict(name="10_langson-dti-2022-ict", kind="result", year=None, records=[
    R("là một trong «5 địa phương", "Lạng Sơn là một trong địa phương dẫn đầu về mức độ phát triển công nghệ thông tin và "
      "truyền thông (ICT) trên cả nước", "<=", 5, **RANK),
    R("xếp thứ «6/63", "chỉ số chuyển đổi số xếp tỉnh, thành", "=", 6, **RANK, year=2022, iid=DTIR),
    R("vị trí thứ «6,", "Lạng Sơn đứng ở vị trí, báo cáo xếp hạng đánh giá mức độ chuyển đổi số (DTI)", "=", 6, **RANK,
      year=2022, iid=DTIR),
    R("là 1 trong «5 tỉnh", "Lạng Sơn là tỉnh, thành phố dẫn đầu về mức độ lan tỏa ICT trong các ngành, hoạt động kinh tế "
      "khác", "<=", 5, **RANK),
    R("chiếm «12,52% GRDP", "tỷ trọng kinh tế số của tỉnh chiếm GRDP", "=", 12.52, iid=ECO_GDP),
    R("đứng thứ «12/63", "tỷ trọng kinh tế số của tỉnh đứng tỉnh, thành phố", "=", 12, **RANK),
    R("tổng số «238.195 phương", "phương tiện xuất, nhập khẩu khai báo trên nền tảng cửa khẩu số", "=", 238195, **CNT,
      year=2023),
    R("«100% các xe hàng", "các xe hàng khai báo trực tu", "=", 100, year=2023,
      note="the page breaks off inside 'trực tuyến'"),
])

# --------------------------------------------------------------------------
# 11 Lạng Sơn (congly.vn, no date line): results of "9 tháng đầu năm 2024"
# (2024; "Tính đến nay" in the same report). The title names kinh tế số, but
# the heading "Lạng Sơn không ngừng tăng tốc chuyển đổi số" stands over the
# values and names no pillar: null. "1.543 dịch vụ ..., trong đó có 1.027
# ... toàn trình và 516 ... một phần": one record per number (spec). "96%,
# tương ứng 942.934 trên tổng số 979.536 hồ sơ": the share and its
# numerator (set8: numerators only). Not quantities: "27/9/2024", "quý III",
# "9 tháng đầu năm" (periods), "4.0" (a name).
# --------------------------------------------------------------------------
D11 = dict(name="11_langson-9-thang-2024", kind="result", year=2024, records=[
    R("triển khai «1.543 dịch", "Lạng Sơn đã triển khai dịch vụ công trực tuyến", "=", 1543, **CNT),
    R("có «1.027 dịch", "dịch vụ công toàn trình", "=", 1027, **CNT),
    R("và «516 dịch", "dịch vụ công trực tuyến một phần", "=", 516, **CNT),
    R("tổng cộng «239.723 hồ sơ", "tỉnh đã tiếp nhận tổng cộng hồ sơ", "=", 239723, **CNT),
    R("đạt «97,92%", "tỷ lệ tiếp nhận trực tuyến", "=", 97.92, iid=ONLINE),
    R("đạt tới «96%", "tỷ lệ số hóa hồ sơ hành chính", "=", 96, iid=DIGI),
    R("tương ứng «942.934 trên", "hồ sơ được lưu trữ tại Kho dữ liệu số của tỉnh", "=", 942934, **CNT),
])

# --------------------------------------------------------------------------
# 12 Lạng Sơn (congly.vn, 2021-07 "Ngày đăng : 20:24, 21/07/2021"): a draft
# resolution's aims (targets): "đến năm 2025 nằm trong nhóm 10 tỉnh, TP dẫn
# đầu" (rank <=, 2025), "đến năm 2025 ... cửa hàng số ... đạt trên 50%"
# (2025), "trong năm 2021, 50% hộ gia đình, tương đương với khoảng 10"
# (2021; the page breaks off inside the sentence: the 50% is recorded with
# the words left, "khoảng 10" is cut off and not recorded, set9/set13).
# The heading "Kinh tế số là con đường nhanh nhất phát triển nông nghiệp
# Lạng Sơn" names kinh tế số and heads everything below it:
# digital_economy (set17 08; the heading decides, also for the rank group,
# set11 12). Not a quantity: "trên 1 tỷ USD/năm" (the value of farm exports
# through the province: context, not a DX indicator, like demography in
# set15 05/13).
# --------------------------------------------------------------------------
D12 = dict(name="12_langson-kinh-te-so-2021", kind="target", year=2025, records=[
    R("nhóm «10 tỉnh", "Lạng Sơn nằm trong nhóm tỉnh, TP dẫn đầu quốc gia về chuyển đổi số", "<=", 10, **RANK, pillar=ECO,
      iid=DTIR),
    R("đạt trên «50%", "tỷ lệ hộ gia đình, người dân có cửa hàng số cho người mua và người bán giao dịch trên nền tảng "
      "thương mại điện tử", ">", 50, pillar=ECO, iid="econ.households_digital_store_share"),
    R("2021, «50% hộ", "hộ gia đình", ">=", 50, year=2021, pillar=ECO,
      note="the page breaks off before the measure of this target"),
])

# --------------------------------------------------------------------------
# 13 Lào Cai (qlqh.laocai.gov.vn, no date line): cashless payment; the text's
# reporting year is 2023 ("năm 2023: Tỷ lệ TTHC ..."): the values stated
# "hiện" take 2023 too (set15 11). Fractions: numerators recorded with their
# shares (set8, spec). Not quantities: "1/11 tỉnh, thành" (membership of the
# provinces that met the aims, set11's "một trong 31 địa phương"), "tăng
# 21,42% / 55,21% so với năm 2022" (changes, NOT), "2021 – 2025" (period),
# "4.0" (name); the totals 612, 2.975, 355, 167.709. Pillar null: no
# heading. Pensions and electricity bills: no catalogue entry.
# --------------------------------------------------------------------------
D13 = dict(name="13_laocai-thanh-toan-khong-tien-mat-2023", kind="result", year=2023, records=[
    R("trên «450 nghìn", "hệ thống ngân hàng trong tỉnh đã mở tài khoản thanh toán cho người dân", ">", 450000, **CNT),
    R("; «100% bệnh viện", "bệnh viện đã triển khai thanh toán không dùng tiền mặt", "=", 100,
      iid="society.cashless_hospital_fees_share"),
    R("; «376/612", "cơ sở giáo dục trên địa bàn triển khai thanh toán không dùng tiền mặt", "=", 376, **CNT),
    R("tỷ lệ «61%", "cơ sở giáo dục trên địa bàn triển khai thanh toán không dùng tiền mặt đạt tỷ lệ", "=", 61,
      iid="society.cashless_school_fees_share"),
    R("đạt «70,6%", "chi trả chế độ BHXH qua tài khoản cá nhân", "=", 70.6),
    R("đạt «96,17%", "thanh toán tiền điện", "=", 96.17),
    R("tài khoản «2.057/", "người có công và thân nhân người có công đang hưởng trợ cấp hàng tháng có tài khoản cá "
      "nhân", "=", 2057, **CNT),
    R("đạt «69,14%", "thu thập, cập nhật thông tin về tài khoản người có công và thân nhân người có công có tài khoản cá "
      "nhân tại các ngân hàng thương mại", "=", 69.14),
    R("đạt «48,96%", "Tỷ lệ TTHC có giao dịch thanh toán trực tuyến", "=", 48.96, iid=PAY),
    R("(«164/355", "TTHC có giao dịch thanh toán trực tuyến", "=", 164, **CNT),
    R("đạt «63,76%", "Tỷ lệ hồ sơ thanh toán trực tuyến", "=", 63.76, iid=PAY),
    R("(«106.924/", "hồ sơ thanh toán trực tuyến", "=", 106924, **CNT),
], NOT=["tăng «21,42%", "tăng «55,21%"])

# --------------------------------------------------------------------------
# 14 Quảng Trị (xosobinhdinh.org, a copy of a news page, no date line):
# results "Đến nay", "hiện"; the text names no year and carries no date:
# year null (set15 03, set17 07). Heading "Đạt nhiều kết quả thực" (cut)
# names no pillar: null. "ước đạt trên 80%": op > (trên); "100% các cơ quan
# nhà nước có kết nối mạng ..., cũng như bố trí cán bộ ...": one value for
# two predicates, worded by the first (its own clause). "747 ... một phần và
# 959 ... toàn tỉnh" (the page's slip for toàn trình, kept): one record per
# number. "(đứng thứ 6/19 tỉnh, thành trong khu vực)": a bracket stating a
# regional rank (spec). The last sentence breaks off after its number
# ("trường học "): recorded as stored. "IPv6" is a name.
# --------------------------------------------------------------------------
D14 = dict(name="14_quangtri-chuyen-bien-2023", kind="result", year=None, records=[
    R("Đến nay «100% các sở", "các sở, ban ngành và địa phương đã thành lập ban chỉ đạo chuyển đổi số", "=", 100,
      iid="aware.dx_steering_committees_share"),
    R("đạt trên «99%", "Tỉ lệ dân số trưởng thành trong toàn tỉnh sử dụng điện thoại thông minh", ">", 99,
      iid="society.adult_smartphone_share"),
    R("ước đạt trên «80%", "tỉ lệ hộ gia đình có kết nối Internet", ">", 80, iid=HHNET),
    R("hiện «100% các cơ quan", "các cơ quan nhà nước có kết nối mạng truyền số liệu chuyên dùng", "=", 100,
      iid="infra.specialised_network_connection_share"),
    R("cung cấp «747 dịch", "dịch vụ công trực tuyến một phần", "=", 747, **CNT),
    R("và «959 dịch", "dịch vụ công trực tuyến toàn tỉnh", "=", 959, **CNT),
    R("có «737 doanh", "doanh nghiệp công nghệ số", "=", 737, **CNT, iid="econ.digital_tech_enterprises_count"),
    R("với «100% doanh", "doanh nghiệp trên địa bàn tỉnh có triển khai nền tảng hóa đơn điện tử", "=", 100,
      iid="econ.e_invoice_enterprises_share"),
    R("có «3.757 sản", "sản phẩm được đưa lên các sàn thương mại điện tử Voso và Postmart", "=", 3757, **CNT,
      iid="econ.ecommerce_products_count"),
    R("thứ «6/19", "đứng tỉnh, thành trong khu vực", "=", 6, **RANK),
    R("với «16.000 giao", "giao dịch thương mại điện tử được thực hiện trên các sàn thương mại điện tử", "=", 16000, **CNT,
      iid="econ.postal_ecommerce_transactions_count"),
    R("hiện «100% cơ sở", "cơ sở khám chữa bệnh và trường học", "=", 100, note="the page breaks off after 'trường học'"),
])

# --------------------------------------------------------------------------
# 15 Hải Phòng (ictvietnam.vn, 2024-09 "TT 08:31 18/09/2024"): "cuối tháng
# 12/2023 ... đạt 29,7%" (a result of 2023) "cao hơn chỉ tiêu ... là 25% vào
# năm 2025" (a target quoted in a result sentence: target, 2025, >=; set16
# 04); "hiện có gần 1.000 DN ... và gần 9.000 DN" in the report of the first
# half of 2024 (2024, op ~). The title "Hải Phòng đẩy mạnh chuyển đổi số để
# phát triển kinh tế số" and the heading "Phát triển kinh tế số đóng góp
# ..." name kinh tế số: digital_economy for the whole text (set17 08/12).
# Not quantities: "10/7/2024", "6 tháng đầu / cuối năm 2024" (periods),
# "Đề án 06" (a name); the page breaks off at "khoả" before its number.
# --------------------------------------------------------------------------
D15 = dict(name="15_haiphong-kinh-te-so-2024", kind="result", year=2024, records=[
    R("đạt «29,7%", "tỷ trọng kinh tế số trong GRDP của Hải Phòng", "=", 29.7, year=2023, pillar=ECO, iid=ECO_GDP),
    R("là «25% vào", "chỉ tiêu Nghị quyết của Ban Thường vụ Thành uỷ đề ra", ">=", 25, kind="target", year=2025,
      pillar=ECO, iid=ECO_GDP),
    R("gần «1.000 DN", "DN công nghệ số hoạt động", "~", 1000, **CNT, pillar=ECO, iid="econ.digital_tech_enterprises_count"),
    R("gần «9.000 DN", "DN nhỏ và vừa sử dụng nền tảng số trong hoạt động", "~", 9000, **CNT, pillar=ECO),
])

# --------------------------------------------------------------------------
# 16 Hải Phòng (diendandoanhnghiep.vn, no date line): DTI 2023 (2023); the
# heading "Nằm trong tốp 10 ..." restates the rank as a group (rank <=,
# set11-set17 record restatements); pillar ranks with their scores in
# brackets "xếp hạng 28 (0,7684)": two records each (spec: a bracket that
# states a value), the scores unit other without unit_text, id null (as
# 07); "năm 2022, TP Hải Phòng xếp thứ 14": a rank of 2022. Ranks keep pillar
# null; the first paragraph names kinh tế số and holds no value. Not
# quantities: "tăng 3 / 11 bậc" (changes), "922/QĐ-BTTTT", "20/5/2022",
# "gần ba năm", "3 cấp", "3 trụ cột".
# --------------------------------------------------------------------------
D16 = dict(name="16_haiphong-dti-2023", kind="result", year=2023, records=[
    R("tốp «10 bảng", "Nằm trong tốp bảng xếp hạng Chỉ số chuyển đổi số cấp tỉnh", "<=", 10, **RANK, iid=DTIR),
    R("vị trí thứ «8 cả", "TP Hải Phòng đã vươn lên đứng vị trí cả nước trong xếp hạng Chỉ số chuyển đổi số cấp tỉnh",
      "=", 8, **RANK, iid=DTIR),
    R("xếp hạng «28 (", "chính quyền số xếp hạng", "=", 28, **RANK, iid=DGR),
    R("(«0,7684)", "chính quyền số", "=", 0.7684, **VAL),
    R("xếp hạng «9 (", "Kinh tế số xếp hạng", "=", 9, **RANK, iid=DER),
    R("(«0,7793)", "Kinh tế số", "=", 0.7793, **VAL),
    R("xếp hạng «10 (", "Xã hội số xếp hạng", "=", 10, **RANK, iid=DSR),
    R("(«0,7383)", "Xã hội số", "=", 0.7383, **VAL),
    R("xếp thứ «14 cả", "TP Hải Phòng xếp cả nước về chỉ số DTI cấp tỉnh", "=", 14, **RANK, year=2022, iid=DTIR),
])

# --------------------------------------------------------------------------
# 17 Hải Phòng (doanhnghieptiepthi.vn, no date line): Kế hoạch 106/KH-UBND,
# targets "đến hết năm 2025" (2025). The title "Hải Phòng: Hướng tới mục
# tiêu kinh tế số chiếm 35% GRDP trong năm 2025" names kinh tế số and heads
# the text: digital_economy for all its values (the heading decides, also
# for the accounts and signatures). The title, the lead and the list state
# the 35% three times: three records (set7-set17 record restatements).
# "trên 0,7 doanh nghiệp công nghệ số trên 1.000 dân": unit other (a rate;
# the "1.000" belongs to the unit, like "100 dân"). "từ 15 tuổi" is a
# qualifier; "106/KH-UBND" a document number.
# --------------------------------------------------------------------------
D17 = dict(name="17_haiphong-ke-hoach-106-kinh-te-so-2025", kind="target", year=2025, records=[
    R("chiếm «35% GRDP trong", "mục tiêu kinh tế số chiếm GRDP", ">=", 35, pillar=ECO, iid=ECO_GDP),
    R("chiếm «35% GRDP.", "mục tiêu kinh tế số chiếm GRDP", ">=", 35, pillar=ECO, iid=ECO_GDP),
    R("đạt «35% GRDP", "tỷ trọng kinh tế số", ">=", 35, pillar=ECO, iid=ECO_GDP),
    R("tối thiểu «15%", "kinh tế số trong từng ngành, lĩnh vực", ">=", 15, pillar=ECO, iid=ECO_SECT),
    R("trên «15% tổng", "thương mại điện tử chiếm tổng mức bán lẻ", ">", 15, pillar=ECO, iid=ECOM),
    R("trên «0,7 doanh", "tỷ lệ doanh nghiệp công nghệ số trên 1.000 dân", ">", 0.7, unit="other",
      unit_text="doanh nghiệp trên 1.000 dân", pillar=ECO, iid="econ.digital_tech_enterprises_per_1000"),
    R("; «85% dân", "dân số từ 15 tuổi trở lên có tài khoản thanh toán tại ngân hàng hoặc tổ chức được phép khác", ">=", 85,
      pillar=ECO, iid=BANK15),
    R("hơn «50% người", "người trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân", ">", 50, pillar=ECO,
      iid="society.adult_digital_signature_share"),
    R("và «80% dân", "dân số trưởng thành có tài khoản định danh điện tử VNeID", ">=", 80, pillar=ECO, iid=EID),
])

# --------------------------------------------------------------------------
# 18 Lai Châu (vietnamnet.vn, 2025-12): results of "quý III/2025" (2025).
# No heading: pillar null. Not quantities: "được giao 145 nhiệm vụ", "hoàn
# thành 85 nhiệm vụ" (counts of tasks, spec), "57-NQ/TW", "22/12/2024".
# Quantities: the courses and learners of the "Bình dân học vụ số" portal,
# the documents issued. The page breaks off at "với tổng số".
# --------------------------------------------------------------------------
D18 = dict(name="18_laichau-nghi-quyet-57-quy-iii-2025", kind="result", year=2025, records=[
    R("triển khai «12 khóa", "Cổng Thông tin Bình dân học vụ số của tỉnh đã triển khai khóa học", "=", 12, **CNT,
      iid="hr.dx_training_courses_count"),
    R("với «118.604 học", "học viên là cán bộ, công chức, viên chức và Nhân dân đăng ký tham gia", "=", 118604, **CNT),
    R("ban hành «31 chương", "đã ban hành chương trình, kế hoạch, văn bản để định hướng và tổ chức thực hiện các nhiệm vụ "
      "về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", "=", 31, **CNT,
      iid="inst.dx_policy_documents_count"),
])

# --------------------------------------------------------------------------
# 19 Lào Cai (vietnam.vn/laocai, no date line): cashless payment in schools,
# "Tính đến thời điểm này", "Hiện": no year named, no date: year null. No
# heading: pillar null. "610/610", "376/610": numerators (set8). "khoảng 4
# tỷ đồng": money, unit other "đồng", op ~ (spec). Not quantities: "1 trong
# 11 địa phương ... hoàn thành mục tiêu" (membership, as 13's "1/11"), the
# totals "/610".
# --------------------------------------------------------------------------
D19 = dict(name="19_laocai-thanh-toan-giao-duc", kind="result", year=None, records=[
    R("Hiện «610/610", "cơ sở giáo dục đã công bố số tài khoản thanh toán chung", "=", 610, **CNT),
    R("với «376/610", "cơ sở đã cung cấp giải pháp thanh toán không dùng tiền mặt", "=", 376, **CNT),
    R("khoảng «4 tỷ", "Số tiền giao dịch không dùng tiền mặt tại các cơ sở giáo dục", "~", 4e9, **DONG),
])

# --------------------------------------------------------------------------
# 20 Thanh Hóa (nguoilambaothanhhoa.vn, no date line): the situation section
# of the province's DX resolution; a precision text with one value: "Năm
# 2020, tỉnh Thanh Hóa đứng thứ 15/63 ... (DTI)" (a rank result of 2020).
# The heading "I. TÌNH HÌNH VÀ NGUYÊN NHÂN" names no pillar; ranks keep
# pillar null. "4G" is a name; "I." a list number.
# --------------------------------------------------------------------------
D20 = dict(name="20_thanhhoa-tinh-hinh-dti-2020", kind="result", year=2020, records=[
    R("thứ «15/63", "tỉnh Thanh Hóa đứng tỉnh, thành phố về Chỉ số chuyển đổi số cấp tỉnh (DTI)", "=", 15, **RANK,
      iid=DTIR),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14, D15, D16, D17, D18, D19, D20]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
