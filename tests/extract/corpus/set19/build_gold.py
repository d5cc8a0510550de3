#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set19).

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
set10-set17, the id is given in the record itself (`iid=`).

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
VAL = dict(unit="other", unit_text=None)

DTIR = "dti.provincial_rank"
DTIS = "dti.provincial_score"
GOVR = "dti.digital_government_rank"
ECOR = "dti.digital_economy_rank"
SOCR = "dti.digital_society_rank"
FULL = "egov.full_online_services_share"
L34 = "egov.level3_4_online_services_share"
ONLINE = "egov.online_applications_share"
WITHAPP = "egov.online_services_with_applications_share"
PORTAL = "egov.national_portal_integrated_share"
CERTS = "egov.digital_certificates_issued_count"
WR = "egov.work_records_online_share"
PAY = "egov.online_payment_share"
ECO_GDP = "econ.digital_economy_gdp_share"
ECO_SECT = "econ.digital_economy_sector_share"
ECON_CT = "econ.e_contract_enterprises_share"
SME = "econ.sme_digital_platforms_share"
ECO_WF = "econ.digital_economy_workforce_share"
PROD = "econ.labour_productivity_growth"
SMART_PH = "society.adult_smartphone_share"
BANK15 = "society.bank_account_15plus_share"
SKILLS = "hr.workforce_basic_digital_skills_share"
FIBRE_HH = "infra.fibre_household_coverage_share"
FIBRE_XA = "infra.fibre_commune_coverage_share"
HHNET = "infra.households_internet_share"
PCS = "infra.civil_servants_computers_share"

# --------------------------------------------------------------------------
# 01 Bến Tre (amp.baodongkhoi.vn, report of 2024; no date line in the
# excerpt): results "Năm 2024", "từ ngày 1-1 đến 14-11-2024" → 2024. The
# first paragraph stands under no heading and its lead names no pillar:
# null. The subheading "Hoàn thiện các trung tâm điều hành thông minh cấp
# huyện" names IOC (spec's table: trung tâm điều hành thông minh → đô thị
# thông minh): smart_city for the paragraphs after it, the online-service
# and signature counts included (the heading decides). Fractions
# "1.542/1.871", "1.407/1.542", "818/1.542": numerators recorded (set8).
# "1.036 DVCTT toàn trình và 506 DVCTT một phần", "451 ... và 367 ...":
# one record per number, no scope (spec). "(đạt 82% so với tổng số TTHC
# thuộc thẩm quyền giải quyết)": a share (spec). "510 tổ chức, 2.285 cá
# nhân": certificates by kind of holder, no scope. Dates "1-1",
# "14-11-2024" are no quantities. The spec's decided cases quote this page.
# --------------------------------------------------------------------------
D01 = dict(name="01_bentre-ket-qua-2024", kind="result", year=2024, records=[
    R("là «1.542/1.871", "tổng số dịch vụ công trực tuyến (DVCTT) của tỉnh", "=", 1542, **CNT),
    R("«1.036 DVCTT toàn trình", "DVCTT toàn trình", "=", 1036, **CNT),
    R("và «506 DVCTT", "DVCTT một phần", "=", 506, **CNT),
    R("đạt «100% đối với", "thủ tục hành chính (TTHC) đủ điều kiện cung cấp thành DVCTT toàn trình và một phần", "=", 100,
      iid=L34, note="toàn trình và một phần: the new names of mức độ 4 and 3"),
    R("(đạt «82% so với", "DVCTT toàn trình và một phần so với tổng số TTHC thuộc thẩm quyền giải quyết", "=", 82),
    R("«1.407/1.542 DVCTT", "DVCTT được tích hợp lên Cổng dịch vụ công quốc gia", "=", 1407, **CNT),
    R("đạt «91%", "DVCTT được tích hợp lên Cổng dịch vụ công quốc gia", "=", 91, iid=PORTAL),
    R("hồ sơ là «818/1.542", "Tổng số DVCTT có phát sinh hồ sơ", "=", 818, **CNT, pillar=SMART),
    R("(gồm: «451 DVCTT", "DVCTT toàn trình có phát sinh hồ sơ", "=", 451, **CNT, pillar=SMART),
    R("và «367 DVCTT", "DVCTT một phần có phát sinh hồ sơ", "=", 367, **CNT, pillar=SMART),
    R("đạt «53%", "DVCTT có phát sinh hồ sơ", "=", 53, pillar=SMART, iid=WITHAPP),
    R("môi trường điện tử «229.704 hồ sơ", "Tổng số hồ sơ của các DVCTT được tiếp nhận và giải quyết trên môi trường điện tử",
      "=", 229704, **CNT, pillar=SMART),
    R("trực tuyến là «174.411 hồ sơ", "số hồ sơ tiếp nhận trực tuyến", "=", 174411, **CNT, pillar=SMART),
    R("đạt «76% trên", "hồ sơ tiếp nhận trực tuyến trên tổng số hồ sơ tiếp nhận và giải quyết trên môi trường điện tử", "=",
      76, pillar=SMART, iid=ONLINE),
    R("cho «510 tổ chức", "cấp chứng thư số chuyên dùng cho tổ chức", "=", 510, **CNT, pillar=SMART, iid=CERTS),
    R("«2.285 cá nhân", "cấp chứng thư số chuyên dùng cho cá nhân", "=", 2285, **CNT, pillar=SMART, iid=CERTS),
    R("cho «229 cá nhân", "cấp phôi SIM PKI có tích hợp chữ ký số cho cá nhân", "=", 229, **CNT, pillar=SMART),
])

# --------------------------------------------------------------------------
# 02 Bến Tre (baodongkhoi.vn, 08/08/2022 → date 2022-08): the DTI 2021
# ranks with its component indices: year 2021 (the DTI year), result,
# pillar null (DTI ranks, set8-set17). The title's rank is recorded again
# (set7-set16). The list "Thể chế số xếp hạng 6/63, nhận thức số 16/63,
# ...": one record per item, each with its own subject (spec's "lần lượt"
# case). Not quantities: "tăng 2 bậc", "tăng 11 bậc" (twice), "giảm 31
# bậc"; "3 cấp", "3 trụ cột", "7 chỉ số chính" (structure); "8-8-2022".
# --------------------------------------------------------------------------
D02 = dict(name="02_bentre-dti-2021", kind="result", year=2021, records=[
    R("thứ «31/63 tỉnh thành về", "Bến Tre xếp thứ tỉnh thành về mức độ chuyển đổi số", "=", 31, **RANK, iid=DTIR),
    R("thứ «31/63 tỉnh thành,", "về xếp hạng chung, Bến Tre xếp hạng thứ tỉnh thành", "=", 31, **RANK, iid=DTIR),
    R("xếp hạng «6/63", "Thể chế số xếp hạng", "=", 6, **RANK, iid="dti.digital_institutions_rank"),
    R("nhận thức số «16/63", "nhận thức số", "=", 16, **RANK, iid="dti.digital_awareness_rank"),
    R("nhân lực số «28/63", "nhân lực số", "=", 28, **RANK, iid="dti.digital_human_resources_rank"),
    R("hạ tầng số «58/63", "hạ tầng số", "=", 58, **RANK, iid="dti.digital_infrastructure_rank"),
    R("an toàn thông tin mạng «53/63", "an toàn thông tin mạng", "=", 53, **RANK, iid="dti.information_security_rank"),
    R("Chính quyền số «28/63", "Chính quyền số", "=", 28, **RANK, iid=GOVR),
    R("kinh tế số «26/63", "kinh tế số", "=", 26, **RANK, iid=ECOR),
    R("xã hội số «53/63", "xã hội số", "=", 53, **RANK, iid=SOCR),
])

# --------------------------------------------------------------------------
# 03 Bến Tre (dttg.ictvietnam.vn, no date): online public services of
# 2022 ("Từ ngày 1-1 đến 1-12-2022"; the first paragraph's counts take the
# text's period, 2022). Heading "Dịch vụ công trực tuyến mức độ 3, mức độ
# 4" → digital_government (spec's table: dịch vụ công trực tuyến). The
# total "1.762 TTHC" is recorded (a base named as a count, set10/set14).
# "(số DVCTT mức độ 3 là 191 dịch vụ, số DVCTT mức độ 4 là 1.173 dịch
# vụ)": breakdown by kind, no scope. "77% so với tổng số", "72% so với
# tổng DVCTT", "39%/tổng số": shares (the denominator named). Numerators of
# "978/1.364", "509/1.364". "mức 3 là 36.753 hồ sơ, mức 4 là 95.035 hồ
# sơ": counts by kind. Names: "mức độ 3, 4", "mức 3", "mức 4".
# --------------------------------------------------------------------------
D03 = dict(name="03_bentre-dich-vu-cong-2022", kind="result", year=2022, records=[
    R("có «1.762 TTHC", "Toàn tỉnh có TTHC", "=", 1762, **CNT, pillar=GOV),
    R("cung cấp «1.364 thủ tục", "đã triển khai cung cấp thủ tục hành chính (TTHC) thành dịch vụ công trực tuyến (DVCTT) "
      "mức độ 3, 4", "=", 1364, **CNT, pillar=GOV),
    R("là «191 dịch vụ", "số DVCTT mức độ 3", "=", 191, **CNT, pillar=GOV),
    R("là «1.173 dịch vụ", "số DVCTT mức độ 4", "=", 1173, **CNT, pillar=GOV),
    R("đạt «100% (đối", "TTHC đủ điều kiện được cung cấp thành DVCTT mức độ 3, 4", "=", 100, pillar=GOV, iid=L34),
    R("«77% so với", "DVCTT mức độ 3, 4 so với tổng số TTHC của tỉnh", "=", 77, pillar=GOV),
    R("tích hợp «978/1.364", "DVCTT tích hợp lên Cổng Dịch vụ công quốc gia", "=", 978, **CNT, pillar=GOV),
    R("đạt «72% so với", "DVCTT tích hợp lên Cổng Dịch vụ công quốc gia so với tổng DVCTT đang cung cấp", "=", 72,
      pillar=GOV, iid=PORTAL),
    R("có «509/1.364", "DVCTT có phát sinh hồ sơ", "=", 509, **CNT, pillar=GOV),
    R("đạt «37%", "DVCTT có phát sinh hồ sơ", "=", 37, pillar=GOV, iid=WITHAPP),
    R("«131.788 hồ sơ", "Tổng số hồ sơ của các DVCTT được tiếp nhận và giải quyết trên môi trường điện tử", "=", 131788,
      **CNT, pillar=GOV),
    R("mức 3 là «36.753 hồ sơ", "hồ sơ mức 3", "=", 36753, **CNT, pillar=GOV),
    R("mức 4 là «95.035 hồ sơ", "hồ sơ mức 4", "=", 95035, **CNT, pillar=GOV),
    R("trực tuyến «50.911 hồ sơ", "số hồ sơ tiếp nhận trực tuyến", "=", 50911, **CNT, pillar=GOV),
    R("chiếm «39%", "số hồ sơ tiếp nhận trực tuyến trên tổng số hồ sơ tiếp nhận và giải quyết trên môi trường điện tử",
      "=", 39, pillar=GOV, iid=ONLINE),
    R("quốc gia «283 giao dịch", "Tổng số giao dịch thanh toán trực tuyến qua nền tảng Payment Platform trên Cổng Dịch vụ "
      "công quốc gia", "=", 283, **CNT, pillar=GOV),
])

# --------------------------------------------------------------------------
# 04 Bến Tre (baodongkhoi.vn, no date; the photo caption naming "tháng
# 10-2022" was cut as furniture, so nothing in the text dates the values):
# "Hiện nay" results, year null (set7-set17). Heading "Hệ thống chính quyền
# số phát triển đồng bộ" → digital_government. "100% cán bộ, công chức từ
# cấp tỉnh đến huyện, 80% cán bộ cấp xã": one sentence splits its values
# by level (spec): the 100% is one value for the range of levels "từ cấp
# tỉnh đến huyện", one record with that range as scope ("cấp tỉnh đến
# huyện", "từ" dropped as set16 dropped "các"); the 80% scope "cấp xã".
# "100% cán bộ, công chức cấp tỉnh, huyện, xã": one value for all levels,
# scope null (spec). Not quantities: "1 phần mềm", "4 cấp" (structure).
# --------------------------------------------------------------------------
D04 = dict(name="04_bentre-chinh-quyen-so", kind="result", year=None, records=[
    R("có «100% cán bộ", "cán bộ, công chức đã được trang bị máy tính kết nối mạng nội bộ và mạng Internet băng thông rộng",
      "=", 100, scope="cấp tỉnh đến huyện", pillar=GOV, iid=PCS),
    R("«80% cán bộ cấp xã", "cán bộ cấp xã đã được trang bị máy tính kết nối mạng nội bộ và mạng Internet băng thông rộng",
      "=", 80, scope="cấp xã", pillar=GOV, iid=PCS),
    R("rộng. «100% cán bộ", "cán bộ, công chức cấp tỉnh, huyện, xã được cấp tài khoản và sử dụng thư điện tử công vụ",
      "=", 100, pillar=GOV, iid="egov.official_email_use_share"),
])

# --------------------------------------------------------------------------
# 05 Vĩnh Long (vietbao.vn, stamp 2024-12): results "Năm 2024" (2024).
# The lead and the inline heading name an thông tin and Chính phủ số
# together (two pillars): pillar null. "Mạng diện rộng của tỉnh đã triển
# khai đến 100% cơ quan hành chính cấp tỉnh, cấp huyện và cấp xã": one
# record, scope null (the spec's decided case, quoted from this page).
# "100% sở, ban, ngành, UBND cấp huyện, cấp xã": one value for all, scope
# null. Counts of servers and systems of the data centre are recorded.
# --------------------------------------------------------------------------
D05 = dict(name="05_vinhlong-an-toan-thong-tin-2024", kind="result", year=2024, records=[
    R("có «34 máy chủ", "Trung tâm Tích hợp dữ liệu của tỉnh có máy chủ vật lý", "=", 34, **CNT),
    R("vận hành «212 hệ thống", "được thiết kế vận hành hệ thống thông tin thành phần", "=", 212, **CNT),
    R("đến «100% cơ quan", "Mạng diện rộng của tỉnh đã triển khai đến cơ quan hành chính cấp tỉnh, cấp huyện và cấp xã",
      "=", 100),
    R("«100% sở, ban", "sở, ban, ngành, UBND cấp huyện, cấp xã có xây dựng hệ thống mạng LAN kết nối mạng WAN của tỉnh",
      "=", 100),
    R("đạt «98%", "tỷ lệ máy tính kết nối Internet", "=", 98),
])

# --------------------------------------------------------------------------
# 06 Ninh Thuận (thuvienphapluat.vn, Kế hoạch 4233/KH-UBND of 28/9/2022;
# the site's translation notice and attribute table cut): the plan's review
# opens with the DTI 2021 values: results of 2021 (the DTI year) inside a
# plan; pillar null (DTI). "0,3048" the DTI value (unit other, no unit
# word: spec), "0,3512" the chính quyền số pillar value (no catalogue
# entry for a pillar value: null). NOT: "tăng 44,6%", "tăng 52,2% so với
# năm 2020" (changes); "tăng 10 / 16 bậc".
# --------------------------------------------------------------------------
D06 = dict(name="06_ninhthuan-nang-cao-dti-2022", kind="result", year=2021,
           NOT=["tăng «44,6%", "tăng «52,2%"], records=[
    R("đạt «0,3048", "Chỉ số DTI tỉnh Ninh Thuận", "=", 0.3048, **VAL, iid=DTIS),
    R("thứ «53/63", "Chỉ số DTI tỉnh Ninh Thuận xếp thứ tỉnh, thành phố", "=", 53, **RANK, iid=DTIR),
    R("đạt\n«0,3512", "Chính quyền số", "=", 0.3512, **VAL),
    R("thứ «47/63", "Chính quyền số xếp thứ tỉnh, thành phố", "=", 47, **RANK, iid=GOVR),
])

# --------------------------------------------------------------------------
# 07 Ninh Thuận (ninhthuan.gov.vn, no date in the excerpt): results "Sau 9
# tháng" of a programme issued 27/01/2022 → 2022. Lead-in "Về công tác
# tuyên truyền, nâng cao nhận thức số:" → digital_awareness for what it
# opens. "(01 số/tháng)": a bracket stating a value (spec), a frequency,
# unit other "số/tháng". "03 cơ quan báo chí" with which cooperation was
# signed: a count reached. Not quantities: "hơn 400 doanh nghiệp tham dự"
# (participants, spec), "hơn 3" (cut by the page), "thứ sáu và thứ bảy
# của tuần thứ tư" (days), "59-CTr/BCSĐ", "09-NQ/TU", "2021-2025".
# --------------------------------------------------------------------------
D07 = dict(name="07_ninhthuan-ket-qua-9-thang-2022", kind="result", year=2022, records=[
    R("(«01 số/tháng)", "Đài Phát thanh và Truyền hình tỉnh phát sóng Tạp chí chuyển đổi số", "=", 1, unit="other",
      unit_text="số/tháng", pillar=AWARE),
    R("với «03 cơ quan", "ký kết hợp tác với cơ quan báo chí để triển khai các nội dung tuyên truyền quảng bá của tỉnh",
      "=", 3, **CNT, pillar=AWARE),
])

# --------------------------------------------------------------------------
# 08 Quảng Ngãi (vietnamnet.vn, stamp 2023-07): DTI 2022 rank and pillar
# ranks (year 2022, pillar null). "chúng ta là 1 trong 9 tỉnh dẫn đầu về
# thể chế số": a place in a group of leaders (spec "thuộc nhóm 20 tỉnh dẫn
# đầu": rank <=), 2022. Not: "tăng 34 bậc", "3 trụ cột", "6 tháng", "12-7",
# "Đề án 06".
# --------------------------------------------------------------------------
D08 = dict(name="08_quangngai-dti-2022", kind="result", year=2022, records=[
    R("thứ «26/63", "Quảng Ngãi xếp vị trí thứ tỉnh, thành phố trong cả nước", "=", 26, **RANK, iid=DTIR),
    R("thứ «17/63 về chính quyền số", "xếp thứ về chính quyền số", "=", 17, **RANK, iid=GOVR),
    R("thứ «17/63 về kinh tế số", "xếp thứ về kinh tế số", "=", 17, **RANK, iid=ECOR),
    R("thứ «15/63", "đứng thứ về xã hội số", "=", 15, **RANK, iid=SOCR),
    R("1 trong «9 tỉnh", "tỉnh dẫn đầu về thể chế số", "<=", 9, **RANK, iid="dti.digital_institutions_rank"),
])

# --------------------------------------------------------------------------
# 09 Phú Yên (phuyen.gov.vn, 02/02/2024 → date 2024-02; the section label
# "Hoạt động lãnh đạo UBND Tỉnh", a photo caption and an empty line cut):
# the 2024 plan's targets (2024, op >= for bare values and "đạt X", > for
# "trên"). The title is printed twice (once with its date): both recorded
# (titles restating a value, set7-set17), and again in the body. "80% hồ
# sơ công việc tại UBND tỉnh, các sở, ban, ngành và 70% ... tại cấp huyện,
# 60% ... tại cấp xã": a level split, scopes as written. The first
# paragraph names no pillar (null); "Về Kinh tế số," → digital_economy,
# "Về Xã hội số," → digital_society for their lists. "15 tuổi" qualifies
# the subject. The last item breaks off before its number.
# --------------------------------------------------------------------------
D09 = dict(name="09_phuyen-ke-hoach-2024", kind="target", year=2024, records=[
    R("2024-02\nPhấn đấu đạt «60%", "hồ sơ thủ tục hành chính được xử lý hoàn toàn trên môi trường mạng", ">=", 60,
      iid=ONLINE),
    R("mạng\nPhấn đấu đạt «60%", "hồ sơ thủ tục hành chính được xử lý hoàn toàn trên môi trường mạng", ">=", 60,
      iid=ONLINE),
    R("mục tiêu phấn đấu đạt «60%", "hồ sơ thủ tục hành chính được xử lý hoàn toàn trên môi trường mạng", ">=", 60,
      iid=ONLINE),
    R("; «80% hồ sơ công việc", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 80,
      scope="UBND tỉnh, các sở, ban, ngành", iid=WR),
    R("và «70% hồ sơ công việc", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 70, scope="cấp huyện", iid=WR),
    R(", «60% hồ sơ công việc", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 60, scope="cấp xã", iid=WR),
    R("đạt «12% GRDP", "tỷ trọng kinh tế số GRDP", ">=", 12, pillar=ECO, iid=ECO_GDP),
    R("tối thiểu «10%", "trong từng ngành, lĩnh vực đạt tỷ trọng", ">=", 10, pillar=ECO, iid=ECO_SECT),
    R("điện tử đạt trên «80%", "tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử", ">", 80, pillar=ECO, iid=ECON_CT),
    R("nền tảng số đạt trên «50%", "doanh nghiệp nhỏ và vừa sử dụng nền tảng số", ">", 50, pillar=ECO, iid=SME),
    R("lao động đạt trên «2%", "nhân lực lao động kinh tế số trong lực lượng lao động", ">", 2, pillar=ECO, iid=ECO_WF),
    R("thông minh đạt «80%", "tỷ lệ dân số trưởng thành có điện thoại thông minh", ">=", 80, pillar=SOC, iid=SMART_PH),
    R("được phép khác đạt «80%", "tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc "
      "tổ chức được phép khác", ">=", 80, pillar=SOC, iid=BANK15),
    R("cơ bản đạt trên «70%", "người dân trong độ tuổi lao động được đào tạo kỹ năng số cơ bản", ">", 70, pillar=SOC,
      iid=SKILLS),
    R("cáp quang đạt «80%", "hộ gia đình được phủ mạng Internet băng rộng cáp quang", ">=", 80, pillar=SOC, iid=FIBRE_HH),
])

# --------------------------------------------------------------------------
# 10 Cà Mau (vietnam.vnanet.vn, stamp 2025-12-25 → date 2025-12; two
# photo captions cut): results "Trong năm 2025" (2025), pillar null (the
# headings and leads name no pillar). NOT: "bảo đảm cắt giảm ít nhất 30%
# thời gian giải quyết" (a result's reduction against the earlier time,
# set11 03's "rút ngắn 60 - 70%"). "548 thủ tục hành chính" simplified: a
# count reached. "100% dịch vụ công trực tuyến đối với các thủ tục liên
# quan đến doanh nghiệp": a share of one group of procedures (no id).
# --------------------------------------------------------------------------
D10 = dict(name="10_camau-ket-qua-2025", kind="result", year=2025, NOT=["ít nhất «30%"], records=[
    R("hóa «548 thủ tục", "Tỉnh đã phê duyệt và thực thi phương án đơn giản hóa thủ tục hành chính", "=", 548, **CNT),
    R("cung cấp «100% dịch vụ", "Cà Mau đã cung cấp dịch vụ công trực tuyến đối với các thủ tục liên quan đến doanh nghiệp",
      "=", 100),
    R("đạt «93,78%", "Tỷ lệ hồ sơ nộp trực tuyến", "=", 93.78, iid=ONLINE),
    R("đạt «98,93%", "thanh toán trực tuyến", "=", 98.93, iid=PAY),
    R("đạt «98,85%", "tỷ lệ hồ sơ giải quyết đúng hạn", "=", 98.85, iid="egov.on_time_applications_share"),
])

# --------------------------------------------------------------------------
# 11 Cà Mau (tracuuquyhoach.com, no date; the closing photo caption cut):
# the DTI 2023 rank "đứng thứ 35 cả nước" and the regional "đứng thứ 6
# vùng đồng bằng sông Cửu Long" (rank =, 2023, the region in the
# indicator: spec); the civil-status records digitised "gần 1,4 triệu dữ
# liệu" (~, 1400000) in the paragraph led by "Năm 2024": 2024. Heading
# "Sâu rộng, thực chất" names no pillar: null. Not quantities: "tăng 23
# bậc"; "1 trong 14 địa phương hoàn thành sớm" (membership of those who
# finished early, set12 13); "tháng 2/2025"; "Cuối năm 2024".
# --------------------------------------------------------------------------
D11 = dict(name="11_camau-dti-2023", kind="result", year=2023, records=[
    R("đứng thứ «35 cả nước", "thứ hạng chỉ số CÐS tỉnh Cà Mau đứng thứ cả nước", "=", 35, **RANK, iid=DTIR),
    R("đứng thứ «6 vùng", "thứ hạng chỉ số CÐS tỉnh Cà Mau đứng thứ vùng đồng bằng sông Cửu Long", "=", 6, **RANK),
    R("gần «1,4 triệu dữ liệu", "Cà Mau đã hoàn thành số hóa Sổ hộ tịch lịch sử với dữ liệu", "~", 1400000, **CNT, year=2024),
])

# --------------------------------------------------------------------------
# 12 Cà Mau (baocamau.vn, no date; a photo caption cut): a precision text
# with no record. Not quantities: the Đề án 06 working groups "995 tổ công
# tác" and their parts by level "9 ... 101 ... 883 tổ công tác" (the
# steering structure, set17 09's "6 tổ công tác"); "60 văn bản chỉ đạo"
# (documents issued, like counts of tasks); "30/32 chỉ tiêu" and its
# "(đạt 93,75%)" (the degree to which targets were met, set15 04, NOT);
# "3 nhiệm vụ"; "gần 1 năm", "hơn 1 năm"; "2022-2025"; "Bài 1"; "Ðề án 06".
# --------------------------------------------------------------------------
D12 = dict(name="12_camau-de-an-06", kind="result", year=None, NOT=["(đạt «93,75%)"], records=[])

# --------------------------------------------------------------------------
# 13 Bình Phước (snnptnt.binhphuoc.gov.vn, no date): DTI 2021 rank and
# pillar ranks (2021, pillar null); the results of the 92-day campaign
# "Đến hết tháng 9-2022" and "Trong 8 tháng năm 2022" (2022). "dịch vụ
# công trực tuyến phát sinh hồ sơ ở cấp tỉnh đạt 99,52%; chi nhánh Văn
# phòng đăng ký đất đai cấp huyện đạt 87,97%; bộ phận một cửa cấp huyện đạt
# 96,39%; bộ phận một cửa cấp xã đạt 98,86%": one measure split by level
# and office: scopes as written. "3.948 giao dịch ... (xếp thứ 5/63 tỉnh,
# thành phố)": the count and its national rank (rank =). "xếp thứ
# nhất/63": an ordinal written as a word (set15), no record. "Đến nay ...
# 4G phủ sóng 100% diện tích": 2022 (the text's period). The campaign's
# name ("... phát triển chính quyền số") is a name, not a lead: null.
# Not: "3 trụ cột", "tăng 16 bậc", "170/KH-UBND", "92 ngày đêm", "4G".
# --------------------------------------------------------------------------
D13 = dict(name="13_binhphuoc-dti-2021-chien-dich-92-ngay", kind="result", year=2022, records=[
    R("thứ «9/63", "chỉ số đánh giá chuyển đổi số của Bình Phước xếp thứ tỉnh, thành phố", "=", 9, **RANK, year=2021,
      iid=DTIR),
    R("thứ «8/63", "chỉ số chính quyền số xếp thứ", "=", 8, **RANK, year=2021, iid=GOVR),
    R("xếp «14/63", "kinh tế số xếp", "=", 14, **RANK, year=2021, iid=ECOR),
    R("xếp «15/63", "xã hội số xếp", "=", 15, **RANK, year=2021, iid=SOCR),
    R("đạt «99,52%", "dịch vụ công trực tuyến phát sinh hồ sơ", "=", 99.52, scope="cấp tỉnh", iid=WITHAPP),
    R("đạt «87,97%", "dịch vụ công trực tuyến phát sinh hồ sơ", "=", 87.97,
      scope="chi nhánh Văn phòng đăng ký đất đai cấp huyện", iid=WITHAPP),
    R("đạt «96,39%", "dịch vụ công trực tuyến phát sinh hồ sơ", "=", 96.39, scope="bộ phận một cửa cấp huyện", iid=WITHAPP),
    R("đạt «98,86%", "dịch vụ công trực tuyến phát sinh hồ sơ", "=", 98.86, scope="bộ phận một cửa cấp xã", iid=WITHAPP),
    R("đạt «3.948 giao dịch", "thanh toán trực tuyến phí, lệ phí toàn tỉnh giao dịch thành công", "=", 3948, **CNT),
    R("thứ «5/63", "thanh toán trực tuyến phí, lệ phí toàn tỉnh xếp thứ tỉnh, thành phố", "=", 5, **RANK),
    R("đạt «47.746 giao dịch", "thanh toán trực tuyến nghĩa vụ tài chính lĩnh vực đất đai giao dịch thành công", "=",
      47746, **CNT),
    R("phủ sóng «100% diện tích", "mạng 4G phủ sóng diện tích của tỉnh", "=", 100),
])

# --------------------------------------------------------------------------
# 14 TP. Hồ Chí Minh (antoanthongtin.gov.vn, no date line; the drill of
# "... 2024" held "sáng 17/12"): information-security counts of the city's
# data centre and endpoint protection "trong 9 tháng đầu năm 2024": 2024,
# result, pillar null (no heading; the leads name no pillar). Breakdowns
# "(bao gồm ...: 315 lần, ...: 62.822 lần)" and the malware counts in
# brackets: one record per number, no scope. Names: "Win32", the drill's
# "2024". No place (the city is the page's own subject).
# --------------------------------------------------------------------------
D14 = dict(name="14_tphcm-an-toan-thong-tin-2024", kind="result", year=2024, records=[
    R("ghi nhận «768.325 sự kiện", "Trung tâm dữ liệu TP. HCM đã ghi nhận sự kiện vi phạm chính sách", "=", 768325, **CNT),
    R("«56.811.589 sự kiện", "sự kiện tấn công thu thập thông tin", "=", 56811589, **CNT),
    R("và «7.057 sự kiện", "sự kiện tấn công lây nhiễm và phát tán mã độc", "=", 7057, **CNT),
    R("tấn công «63.137 lần", "tổng số lượng phòng chống tấn công", "=", 63137, **CNT),
    R("mật khẩu: «315 lần", "tấn công thác thông tin mật khẩu", "=", 315, **CNT),
    R("bảo mật: «62.822 lần", "tấn công khai thác lỗ hổng bảo mật", "=", 62822, **CNT),
    R("là «209.312 mã độc", "tổng số lượng mã độc được phát hiện và ngăn chặn trên toàn hệ thống", "=", 209312, **CNT),
    R("(«111.723 lượt)", "loại mã độc lây nhiễm ghi nhận nhiều nhất là Virus.Win32.Sality.l", "=", 111723, **CNT),
    R("(«19.466 lượt)", "mã độc lây nhiễm HEUR:Virus.Win32.Slugin.gen", "=", 19466, **CNT),
    R("(«4.050 lượt)", "mã độc lây nhiễm HEUR:Trojan.Win32.Generic", "=", 4050, **CNT),
])

# --------------------------------------------------------------------------
# 15 TP. Hồ Chí Minh (antoanthongtin.vn, 27/09/2025 → date 2025-09; the
# byline and a photo caption cut): after the July 2025 reform, the wards
# and communes' DX results: 2025, pillar null. Title "100% phường, xã ...
# đạt chuẩn chuyển đổi số" (recorded, set7-set17); the Steering
# Committee's ranking "xếp hạng 2/34" and "xếp thứ 2/34 tỉnh, thành về
# triển khai Đề án 06" (rank =, not DTI: no id); "168/168 phường, xã"
# numerator. Not: "24/9", "phiên họp lần thứ tư", "34 tỉnh, thành phố"
# connected to the meeting (participants), "Đề án 06".
# --------------------------------------------------------------------------
D15 = dict(name="15_tphcm-phuong-xa-dat-chuan-2025", kind="result", year=2025, records=[
    R("2025-09\n«100% phường", "phường, xã TP Hồ Chí Minh đạt chuẩn chuyển đổi số", "=", 100),
    R("xếp hạng «2/34", "TP. Hồ Chí Minh vừa được Ban Chỉ đạo Trung ương xếp hạng tỉnh, thành", "=", 2, **RANK),
    R("«168/168 phường", "phường, xã của Thành phố đã hoàn thành chỉ tiêu chuyển đổi số cấp cơ sở", "=", 168, **CNT,
      iid="society.communes_dx_completed_count"),
    R("xếp thứ «2/34", "Thành phố xếp thứ tỉnh, thành về triển khai Đề án 06", "=", 2, **RANK),
])

# --------------------------------------------------------------------------
# 16 Cần Thơ (amp.baodautu.vn, no date): the city's plan, "Mục tiêu cụ thể
# đến năm 2025" (2025, also for the opening aim "thuộc nhóm 10": the
# plan's horizon). Lead-ins "Về hoàn thiện chính quyền điện tử và phát
# triển chính quyền số, ...:" → digital_government, "Về phát triển kinh tế
# số, ...:" → digital_economy, "Về phát triển xã hội số:" →
# digital_society for their lists; the opening aim stands under none
# (null). "trên 90% hộ gia đình, 100% xã, phường, thị trấn": two records,
# the second with scope "xã, phường, thị trấn" (spec "phủ 75% hộ gia đình,
# 100% cấp xã"). "năng suất lao động hằng năm tăng tối thiểu 7%": a target
# stated as growth (spec). Names: "mức độ 4", "4G/5G".
# --------------------------------------------------------------------------
D16 = dict(name="16_cantho-ke-hoach-den-2025", kind="target", year=2025, records=[
    R("nhóm «10 tỉnh", "TP. Cần Thơ phấn đấu thuộc nhóm tỉnh, thành phố thực hiện chuyển đổi số tốt", "<=", 10, **RANK,
      iid=DTIR),
    R("hoạt động: «80% dịch vụ", "dịch vụ công trực tuyến mức độ 4 được cung cấp trên nhiều phương tiện truy cập khác nhau",
      ">=", 80, pillar=GOV, iid=FULL),
    R("; «100% người dân", "người dân và doanh nghiệp sử dụng dịch vụ công trực tuyến được cấp định danh và xác thực điện tử "
      "thông suốt và hợp nhất", ">=", 100, pillar=GOV, iid="egov.authenticated_users_share"),
    R("số hóa «100% kết quả", "số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực", ">=", 100, pillar=GOV,
      iid="egov.digitised_procedure_results_share"),
    R("chiếm «20% GRDP", "kinh tế số chiếm GRDP", ">=", 20, pillar=ECO, iid=ECO_GDP),
    R("tăng tối thiểu «7%", "năng suất lao động hằng năm tăng", ">=", 7, pillar=ECO, iid=PROD),
    R("đạt tối thiểu «10%", "tỷ trọng kinh tế số trong từng ngành, lĩnh vực", ">=", 10, pillar=ECO, iid=ECO_SECT),
    R("trên «90% hộ", "hạ tầng băng rộng cáp quang phủ hộ gia đình", ">", 90, pillar=SOC, iid=FIBRE_HH),
    R("«100% xã, phường, thị trấn", "hạ tầng băng rộng cáp quang phủ xã, phường, thị trấn", ">=", 100,
      scope="xã, phường, thị trấn", pillar=SOC, iid=FIBRE_XA),
])

# --------------------------------------------------------------------------
# 17 Bà Rịa - Vũng Tàu (vovworld.vn, no date; a photo caption cut): results
# "Qua gần 2 năm thực hiện Nghị quyết" of "Tháng 5/2021": the text dates
# its results to about 2023 (year 2023; decision, see README). Pillar null
# (no heading; the results paragraph names none). "hơn" >, "gần" ~.
# "người dân có điện thoại thông minh": not the catalogue's adult share
# (null, set15 15). Not: "2021 – 2025", "đến 2023", "Đến 2025", "IP
# version 6", "15 tuổi".
# --------------------------------------------------------------------------
D17 = dict(name="17_bariavungtau-ket-qua-nghi-quyet", kind="result", year=2023, records=[
    R("hơn «95,5%", "hộ gia đình có đường Internet cáp quang băng rộng", ">", 95.5, iid=HHNET),
    R("gần «79%", "người dân từ 15 tuổi trở lên trên địa bàn tỉnh có tài khoản giao dịch tại ngân hàng hoặc các tổ chức "
      "được phép khác", "~", 79, iid=BANK15),
    R("hơn «92%", "người dân có điện thoại thông minh", ">", 92),
])

# --------------------------------------------------------------------------
# 18 Bình Thuận (chuyendoiso.binhthuan.gov.vn; the plan 1051/KH-UBND of
# 25/3/2024 for 2024): "Mục tiệu cụ thể:" (typo kept) and three targets
# (2024, >=; "Tiếp tục rà soát thực hiện 100% ...": a target's bare
# number). "Mục tiệu cụ thể" names no pillar: null. Digital data by sector
# (60%): no catalogue entry (set16 17). A caption line "Hình ảnh minh họa"
# cut. Not: "1051/KH-UBND", "10-NQ/TU", "1282/KH-UBND", dates.
# --------------------------------------------------------------------------
D18 = dict(name="18_binhthuan-ke-hoach-2024", kind="target", year=2024, records=[
    R("thực hiện «100% thủ tục", "thủ tục hành chính đủ điều kiện theo quy định của pháp luật được cung cấp dưới hình thức "
      "dịch vụ công trực tuyến toàn trình", ">=", 100, iid=FULL),
    R("đạt «60%", "Tỷ lệ dữ liệu số trong từng ngành, lĩnh vực", ">=", 60),
    R("thực hiện «100% chế độ", "chế độ báo cáo, chỉ tiêu tổng hợp báo cáo định kỳ và báo cáo thống kê về kinh tế - xã hội "
      "được thực hiện qua hệ thống thông tin báo cáo của Ủy ban nhân dân tỉnh", ">=", 100,
      iid="egov.online_reporting_share"),
])

# --------------------------------------------------------------------------
# 19 Đồng Tháp (kinhtenongthon.vn, no date; the lead paragraph is printed
# twice by the page): the DTI 2022 rank "thứ 39/63" and the regional rank
# "thứ 09/13 tỉnh, thành phố khu vực Đồng bằng sông Cửu Long" (rank =,
# 2022; no id for the regional rank, set15). Not: "03 trụ cột", "03 lĩnh
# vực", "03 Đề án" (structure, projects), "hơn 01 năm", "tăng 10 bậc",
# "05/8/2022", "khóa XI".
# --------------------------------------------------------------------------
D19 = dict(name="19_dongthap-dti-2022", kind="result", year=2022, records=[
    R("thứ «39/63", "chỉ số chuyển đổi số của tỉnh (DTI) năm 2022 đứng thứ tỉnh, thành phố trên toàn quốc", "=", 39,
      **RANK, iid=DTIR),
    R("thứ «09/13", "đứng thứ tỉnh, thành phố khu vực Đồng bằng sông Cửu Long về chỉ số chuyển đổi số", "=", 9, **RANK),
])

# --------------------------------------------------------------------------
# 20 Cần Thơ (vietbao.vn, stamp 2024-12): the page on the city's SOC quotes
# national figures of 2024 (the Hiệp hội An ninh mạng quốc gia's survey):
# results of 2024, no place (the country's values, set13), pillar null
# (the inline heading "Thách thức gia tăng" names no pillar and decides
# for what follows). "ước tính hơn 659.000 vụ": op > ("hơn"). Not: "khảo
# sát 4.935 đơn vị, tổ chức" (the survey's respondents, like
# participants), "23/12".
# --------------------------------------------------------------------------
D20 = dict(name="20_cantho-soc-an-ninh-mang-2024", kind="result", year=2024, records=[
    R("có tới «46,15%", "cơ quan và doanh nghiệp cho biết từng bị tấn công mạng ít nhất một lần trong năm qua", "=", 46.15),
    R("hơn «659.000 vụ", "Tổng số vụ tấn công mạng nhằm vào Việt Nam trong năm 2024", ">", 659000, **CNT),
    R("phát hiện «26,14%", "các vụ tấn công trong năm 2024 là các cuộc tấn công APT", "=", 26.14),
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
