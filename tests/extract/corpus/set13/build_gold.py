#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set13).

Copied from set12's builder (itself from set10's, set9's, set8's and the
seeds'). Each record is written by hand below; its anchor is never typed in.
A record names a locator: a piece of the text with « just before the number.
The locator (without «) must occur exactly once in the text; the anchor is
where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given
string).

Each document may also list NOT: locators of numbers deliberately left
without a record (percentages that are not quantities under the contract);
check_gold.py verifies that every percentage has a record or a NOT entry.
BARE_PCT lists locators of percentages written without their "%" sign (the
sign is implied by the sentence); check_gold.py accepts unit % there.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id
of the catalogue indicator it measures, or null, decided against
muctieu/catalog/data/indicators.yaml at commit f0d9ac1 (214 entries; see
README). As in set10-set12, the id is given in the record itself (`iid=`).

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
from goldkit import GOV, ECO, INFRA, SEC, CNT, RANK  # noqa: E402  (the shorthand every builder shares)


OTHER = dict(unit="other")
PT = dict(unit="other", unit_text="điểm")
VAL = dict(unit="other", unit_text=None)

ONLINE = "egov.online_applications_share"
ONCE = "egov.once_only_online_applications_share"
FULL = "egov.full_online_services_share"
PORTAL = "egov.national_portal_integrated_share"
DTIR = "dti.provincial_rank"
DTIS = "dti.provincial_score"
ECO_GDP = "econ.digital_economy_gdp_share"
BTS = "infra.bts_stations_count"
TEAMS = "aware.community_digital_teams_count"
CUT = "the stored page breaks off inside the indicator"

# --------------------------------------------------------------------------
# 01 Lào Cai (portal of Vườn quốc gia Hoàng Liên, DX news; no date): the
# specific targets ("Mục tiêu cụ thể") of Kế hoạch 478/KH-UBND. The stored
# excerpt names no year and carries no date: year null (set7-set12; the
# address's "...-nam-" is cut before the year and is not text). The lines
# "Phát triển xã hội số: ..." each lead only their own line of general aims
# (no number); "Mục tiêu cụ thể, ..." is a new paragraph naming no pillar:
# pillar null (spec). "50% được bồi dưỡng ..." elides its subject (the
# officials of the clause before "và"): the wording carries it, as the
# spec's "văn bản ... được ký số". "ít nhất 01 diễn đàn" is a planned count
# (a record) whose indicator the page cuts ("thông tin c").
# --------------------------------------------------------------------------
D01 = dict(name="01_laocai-kh478-muc-tieu", kind="target", year=None, records=[
    R("Lào Cai đạt «100% cán bộ", "cán bộ vận hành trạm truyền thanh cấp xã và cụm loa truyền thanh thôn bản, tổ dân phố được tập huấn, nâng cao trình độ nghiệp vụ",
      ">=", 100),
    R("thị trấn đạt «100%", "Phủ sóng phát thanh truyền hình tại các xã, phường và thị trấn", ">=", 100),
    R("kỹ năng số đạt «100% và", "Cán bộ, công chức, viên chức được tập huấn, phổ cập kỹ năng số", ">=", 100,
      iid="hr.civil_servants_basic_digital_skills_share"),
    R("và «50% được bồi dưỡng", "Cán bộ, công chức, viên chức được bồi dưỡng kỹ năng phân tích, khai thác dữ liệu và công nghệ số", ">=", 50,
      iid="hr.civil_servants_data_skills_share"),
    R("Đảm bảo «70% người dân", "người dân được phổ cập về an toàn thông tin mạng", ">=", 70),
    R("«50% lãnh đạo", "lãnh đạo các cơ quan, đơn vị được đào tạo về kỹ năng quản lý và ra quyết định trong môi trường số", ">=", 50),
    R("ít nhất «01 diễn đàn", "Tổ chức diễn đàn trao đổi thông tin", ">=", 1, **CNT, note=CUT),
])

# --------------------------------------------------------------------------
# 02 Lào Cai (foreign-affairs portal, 2025; Lào Cai after the 7/2025 merger):
# DTI 2024 of the 34 provinces (year 2024). The title's "thứ 14" is recorded
# (titles, set7-set12). "hai chỉ số An toàn thông tin mạng và Hoạt động kinh
# tế số cùng xếp thứ 9": one number for two indices, one record (id null).
# "Nhận thức số ... đứng đầu" has no number. "nhóm 15 địa phương dẫn đầu":
# a restatement as a group (rank <=). DTI component ranks keep pillar null
# (set8-set12). "Ngày Chuyển đổi số quốc gia năm 2025", "ba đột phá",
# "2026 - 2030" are a name, a word and a period. No heading: pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_laocai-dti-2024", kind="result", year=2024, records=[
    R("đứng thứ «14 toàn quốc", "Lào Cai đứng thứ toàn quốc về Chỉ số Chuyển đổi số", "=", 14, **RANK, iid=DTIR),
    R("xếp thứ «14/34", "tỉnh Lào Cai xếp thứ tỉnh, thành phố trực thuộc Trung ương về mức độ chuyển đổi số", "=", 14, **RANK, iid=DTIR),
    R("đạt «0,7167 điểm", "mức độ chuyển đổi số đạt", "=", 0.7167, **PT, iid=DTIS),
    R("cùng xếp thứ «9", "hai chỉ số An toàn thông tin mạng và Hoạt động kinh tế số cùng xếp thứ", "=", 9, **RANK,
      note="one number for two component ranks: one record, id null"),
    R("vị trí thứ «10 toàn quốc", "Hoạt động chính quyền số đạt vị trí thứ toàn quốc", "=", 10, **RANK, iid="dti.digital_government_rank"),
    R("nhóm «15 địa phương", "lọt vào nhóm địa phương dẫn đầu cả nước", "<=", 15, **RANK, iid=DTIR, note="restatement of the rank as a group"),
])

# --------------------------------------------------------------------------
# 03 Lào Cai (foreign-affairs portal; no date): results "Trong năm 2024"
# (year 2024, also for the infrastructure paragraph of the same report). The
# heading "Từ nhận thức đến hành động" does not say nhận thức số (set9's
# "Chính quyền tiên phong bắt nhịp"): pillar null for the training figures.
# "8/8 lớp": the numerator (set8). "hơn 6.050 cán bộ, công chức, viên chức"
# are the officials reached by the training (a count of people trained, set11
# 10). "Lào Cai đã tập trung đầu tư hạ tầng chuyển đổi số, gồm thể chế số, hạ
# tầng số, dữ liệu số, và an toàn thông tin" names four pillars and holds no
# value. The last paragraph is led by "Hạ tầng viễn thông của tỉnh ..."
# (digital_infrastructure, set9/set10). "100% trung tâm xã, 99,5% đến trung
# tâm thôn, tổ dân phố": one measure split between commune centres and
# villages (spec "90% cấp xã, 70% thôn, bản"; set11 08): scopes as written.
# "96" is cut off by the stored page (unit unknown, set9: no record);
# "2594/QĐ-UBND" a document number; "3G, 4G" names.
# --------------------------------------------------------------------------
D03 = dict(name="03_laocai-nhan-luc-ha-tang-2024", kind="result", year=2024, records=[
    R("thành công «8/8 lớp", "lớp đào tạo chuyên sâu về chuyển đổi số và an toàn thông tin (ATTT)", "=", 8, **CNT,
      iid="hr.dx_training_courses_count"),
    R("Có «124 cán bộ", "cán bộ nòng cốt Tổ công nghệ số cộng đồng được tập huấn chuyên sâu", "=", 124, **CNT),
    R("hơn «6.050 cán bộ", "đối tượng tham gia bao gồm cán bộ, công chức, viên chức", ">", 6050, **CNT),
    R("Gần «100.000 người dân", "người dân đã được trang bị kiến thức và kỹ năng số cơ bản", "~", 100000, **CNT,
      iid="hr.population_digital_skills_trained_count"),
    R("gần «41.770 học viên", "học viên đã hoàn thành các khóa học trực tuyến trên nền tảng MOOCs", "~", 41770, **CNT),
    R("đứng thứ «30/63", "Lào Cai đứng thứ tỉnh, thành phố về việc áp dụng nền tảng giáo dục mở", "=", 30, **RANK),
    R("đến «100% trung tâm xã", "phủ sóng di động 3G, 4G", "=", 100, scope="trung tâm xã", pillar=INFRA),
    R("«99,5% đến", "phủ sóng di động 3G, 4G", "=", 99.5, scope="trung tâm thôn, tổ dân phố", pillar=INFRA,
      iid="infra.mobile_village_coverage_share"),
])

# --------------------------------------------------------------------------
# 04 Tuyên Quang (Sở TT&TT portal, 21/10/2021): DTI 2020 (year 2020). A
# precision check with one record. The "100%" is part of the name of the
# event (NOT, as set12 01). "xếp nhóm thứ 3" (title) names the group of the
# ranking, not a place in it (set12 01's "nhóm 4": no record); "3 trụ cột"
# is structure; "19/10" a date.
# --------------------------------------------------------------------------
D04 = dict(name="04_tuyenquang-dti-2020", kind="result", year=2020, NOT=["cung cấp «100% dịch vụ"], records=[
    R("xếp hạng «44/63", "tỉnh Tuyên Quang xếp hạng tỉnh, thành phố cả nước về mức độ chuyển đổi số (DTI)", "=", 44, **RANK, iid=DTIR),
])

# --------------------------------------------------------------------------
# 05 Tuyên Quang (Nhân Dân; no date): the communes' targets "các giai đoạn
# 2025-2030" (kind target, year 2030: the period's end, set11 15) and results
# "Hiện nay" / "hiện có" (no reporting year, no date: year null). "60-80%":
# one between record; "hồ sơ công việc tại cấp xã" has the level inside its
# subject (scope null, spec). "mức độ 4" is a name (set11: full online).
# The ward Tân Quang is inside the province: named in the indicator, no
# place (place is for other provinces, set10-set12). "1.871 tổ ..., trong
# đó, có 138 tổ cấp xã, 1.733 tổ thôn, bản, tổ dân phố": a total and its
# parts (set10 01, set12 08): scope null. The last paragraph is led by "Hạ
# tầng mạng lưới viễn thông" (digital_infrastructure) and breaks off inside
# its predicate ("được ph").
# --------------------------------------------------------------------------
D05 = dict(name="05_tuyenquang-xa-phuong-muc-tieu", kind="result", year=None, records=[
    R("Bảo đảm hơn «80% thủ tục", "thủ tục hành chính được cung cấp dưới hình thức dịch vụ công trực tuyến mức độ 4", ">", 80,
      kind="target", year=2030, iid=FULL),
    R("tối thiểu «80% hồ sơ", "hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến", ">=", 80, kind="target", year=2030, iid=ONCE),
    R("; «100% cán bộ, công chức xã", "cán bộ, công chức xã được gắn định danh số trong xử lý công việc", ">=", 100, kind="target", year=2030),
    R("; «60-80% hồ sơ", "hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng theo quy định", "between", 60, value_max=80,
      kind="target", year=2030, iid="egov.work_records_online_share"),
    R("đạt hơn «80%...", "tỷ lệ dân số có tài khoản thanh toán điện tử", ">", 80, kind="target", year=2030,
      iid="society.adult_e_payment_account_share"),
    R("Hiện nay, «100% cán bộ", "cán bộ, công chức của phường đã sử dụng thành thạo phần mềm quản lý và điều hành văn bản để xử lý văn bản", "=", 100),
    R("văn bản; «100% hồ sơ", "hồ sơ được giải quyết đúng hạn và trước hạn", "=", 100, iid="egov.on_time_applications_share"),
    R("hiện có «1.871 tổ", "tổ công nghệ số cộng đồng", "=", 1871, **CNT, iid=TEAMS),
    R("có «138 tổ cấp xã", "tổ cấp xã", "=", 138, **CNT, iid=TEAMS),
    R("«1.733 tổ thôn", "tổ thôn, bản, tổ dân phố", "=", 1733, **CNT, iid=TEAMS),
    R("tổng số «10.257 thành viên", "thành viên", "=", 10257, **CNT, iid="aware.community_digital_team_members_count"),
    R("gần «100% các thôn", "Hạ tầng mạng lưới viễn thông bảo đảm các thôn, bản, tổ nhân dân được ph", "~", 100, pillar=INFRA, note=CUT),
])

# --------------------------------------------------------------------------
# 06 Hà Giang (VietNamNet; no date; "các hoạt động chuyển đổi số năm 2022,
# ngay từ những tháng đầu năm"): results of early 2022 (year 2022). The
# paragraph led by "Trong xây dựng Chính quyền số," takes digital_government
# (also for the villages without mobile signal: the heading decides); the
# next paragraph names no pillar (null). "100% các sở, ban, ngành; UBND các
# huyện, ..., thị trấn": one value for all levels (spec: one record, scope
# null), the ";" separating list items of one subject. "28 thôn đặc biệt khó
# khăn chưa có sóng di động": a count of a measured state (a record).
# "18/20", "02/02": numerators (set8). "đạt từ 75-80" is a range of the same
# rate written without its "%" (BARE_PCT): one between record, worded with
# the rate of the clause before (its own clause holds only the units' names).
# "2021", "2022" years.
# --------------------------------------------------------------------------
SIG = "tỷ lệ sử dụng chữ ký số cá nhân"
D06 = dict(name="06_hagiang-chinh-quyen-so-2022", kind="result", year=2022, BARE_PCT=["từ «75-80 là"], records=[
    R("nâng cấp; «100% các sở", "các sở, ban, ngành; UBND các huyện, thành phố, các xã, phường, thị trấn đã có mạng LAN, kết nối Internet",
      "=", 100, pillar=GOV),
    R("của «28 thôn", "thôn đặc biệt khó khăn chưa có sóng di động", "=", 28, **CNT, pillar=GOV),
    R("Đến nay, «18/20 cơ quan", "cơ quan cấp tỉnh đã có tỷ lệ sử dụng chữ ký số cá nhân", "=", 18, **CNT),
    R("đạt trên «80%, 02/02", SIG, ">", 80),
    R("«02/02 đơn vị", "đơn vị đạt là Sở Công thương và Ban Dân tộc", "=", 2, **CNT),
    R("từ «75-80 là", SIG, "between", 75, value_max=80, note="the % sign is left out after the range"),
])

# --------------------------------------------------------------------------
# 07 Điện Biên (Báo Điện Biên Phủ; no date; of the Covid-19 period): results
# "Hiện nay" (no reporting year: null); the digital economy's share of GRDP
# carries its own year ("năm 2020 chiếm khoảng 6,23%", op ~). The paragraph
# is led by "... phát triển chính quyền điện tử hướng tới xây dựng chính
# quyền số, với tỷ lệ ..." (digital_government for the paragraph, set9; its
# later sentences "Kinh tế số ..." and "Cùng với đó, hạ tầng ..." are not
# its lead, set10 01). Shares of areas are not of population (set9/set10: id
# null for "80% khu vực dân cư"). "749/QĐ - TTg", "3/6/2020", "lần thứ 4",
# "mức độ 3, 4" are names, dates and ordinals.
# --------------------------------------------------------------------------
D07 = dict(name="07_dienbien-kinh-te-so-2020", kind="result", year=None, records=[
    R("đạt trên «90%", "tỷ lệ văn bản điện tử ký số", ">", 90, pillar=GOV, iid="egov.electronic_documents_share"),
    R("4 đạt «35%", "tỷ lệ cung cấp dịch vụ công trực tuyến mức độ 3, 4", "=", 35, pillar=GOV, iid="egov.level3_4_online_services_share"),
    R("khoảng «6,23% GRDP", "Kinh tế số trong cơ cấu GRDP của tỉnh", "~", 6.23, pillar=GOV, year=2020, iid=ECO_GDP),
    R("phủ đến «80% khu vực", "hạ tầng mạng băng rộng cố định đã phủ khu vực dân cư", "=", 80, pillar=GOV),
    R("; «31% hộ gia đình", "hộ gia đình được kết nối internet băng rộng cố định", "=", 31, pillar=GOV, iid="infra.households_internet_share"),
    R("; «68% thuê bao", "thuê bao di động sử dụng điện thoại thông minh", "=", 68, pillar=GOV, iid="infra.smartphone_subscriptions_share"),
])

# --------------------------------------------------------------------------
# 08 Sơn La (Dân Việt, 6/8/2025): the six-month review of 2025. A precision
# check with one record. "75 xã, phường" are the conference's connected
# participants (set11); "227 nhiệm vụ", "77", "75", "75 nhiệm vụ" count tasks
# (spec); "1287", "Đề án 06" are names; "6 tháng" periods. The value's own
# sentence "Trung tâm điều hành thông minh (IOC) được khai thác ..." is no
# heading or lead-in: the spec's topic mapping (IOC → đô thị thông minh) is
# for headings and lead-ins, so pillar null (see README, Pillar).
# --------------------------------------------------------------------------
D08 = dict(name="08_sonla-so-ket-6-thang-2025", kind="result", year=2025, records=[
    R("với «150 tài khoản", "Trung tâm điều hành thông minh (IOC) được khai thác hiệu quả với tài khoản người dùng đang hoạt động", "=", 150, **CNT),
])

# --------------------------------------------------------------------------
# 09 Phú Thọ, phường Phúc Yên (Báo Phú Thọ, 03/02/2026; two-tier
# government): the ward's results of "Năm 2025" (year 2025) and its target
# for "Năm 2026" ("nâng tỷ lệ ... lên 100%": target >=, set10). The ward is
# inside the province (named in the indicator, no place). "tỷ lệ tiếp nhận
# và giải quyết hồ sơ TTHC" does not say online: id null. No heading.
# --------------------------------------------------------------------------
D09 = dict(name="09_phutho-phuong-phucyen-2026", kind="result", year=2025, records=[
    R("đạt gần «95%", "tỷ lệ tiếp nhận và giải quyết hồ sơ thủ tục hành chính (TTHC) trên địa bàn phường Phúc Yên", "~", 95),
    R("đạt hơn «99%", "tỷ lệ hồ sơ số hóa, kết quả giải quyết TTHC", ">", 99, iid="egov.digitised_procedure_results_share"),
    R("trực tuyến đạt «100%...", "tỷ lệ thanh toán trực tuyến", "=", 100, iid="egov.online_payment_share"),
    R("lên «100%. Để", "nâng tỷ lệ tiếp nhận, giải quyết hồ sơ trực tuyến", ">=", 100, kind="target", year=2026, iid=ONLINE),
])

# --------------------------------------------------------------------------
# 10 Phú Thọ (Dân trí, 26/02/2026): the province's own DX ranking of its
# agencies "năm 2025" (year 2025): points of single units and ranks of units
# (not the provincial DTI: ids null, set9-set12). "xếp thứ 2 và thứ 3 lần
# lượt là Sở Khoa học và Công nghệ, Sở Y tế": one record each with its own
# subject (spec "lần lượt là 15, 7, 4"). The agencies and communes are one
# level per sentence ("trong khối các sở, ban, ngành", "Đối với các cơ quan
# cấp xã"): scope null (set10/set12 22). The chatbot pilot "tại Trung tâm
# ... cấp tỉnh tại 3 khu vực và 6 Trung tâm ... cấp xã": two counts of
# deployment sites, each with its own subject (scope null). "7 tiêu chí" is
# structure; "10/9/2025" a date. No pillar heading.
# --------------------------------------------------------------------------
CHAT = "Chatbot ứng dụng trí tuệ nhân tạo (AI) hỗ trợ giải quyết thủ tục hành chính tại "
D10 = dict(name="10_phutho-xep-hang-co-quan-2025", kind="result", year=2025, records=[
    R("với «885,58 điểm", "Văn phòng UBND tỉnh Phú Thọ đứng đầu trong khối các sở, ban, ngành", "=", 885.58, **PT),
    R("xếp thứ «2 và thứ 3 lần lượt", "Sở Khoa học và Công nghệ xếp thứ", "=", 2, **RANK),
    R("và thứ «3 lần lượt", "Sở Y tế xếp thứ", "=", 3, **RANK),
    R("với «721,35 điểm", "Xếp hạng cuối cùng trong nhóm các cơ quan là Sở Dân tộc và Tôn giáo", "=", 721.35, **PT),
    R("Việt Trì xếp thứ «2 và", "phường Việt Trì xếp thứ", "=", 2, **RANK),
    R("Vĩnh Yên xếp thứ «3.", "phường Vĩnh Yên xếp thứ", "=", 3, **RANK),
    R("với «507,23 điểm", "Đứng cuối cùng trong bảng xếp hạng là xã Liên Hòa", "=", 507.23, **PT),
    R("tại «3 khu vực", CHAT + "Trung tâm Phục vụ hành chính công cấp tỉnh tại khu vực", "=", 3, **CNT),
    R("và «6 Trung tâm", CHAT + "Trung tâm Phục vụ hành chính công cấp xã", "=", 6, **CNT),
])

# --------------------------------------------------------------------------
# 11 Thái Nguyên (VietNamNet, 12/2023): information-security results of
# "Năm 2022" (year 2022), opened by the lead-in "các chỉ tiêu về an toàn
# thông tin ... đã đạt được gồm:" (information_security for its list, spec).
# Targets reached are results; "Tối thiểu 70%" keeps op >=, "Trên 90%" >.
# The 2023 paragraph holds no number.
# --------------------------------------------------------------------------
D11 = dict(name="11_thainguyen-attt-2022", kind="result", year=2022, records=[
    R("Tối thiểu «70% hệ thống", "hệ thống thông tin được xác định cấp độ và triển khai phương án bảo đảm an toàn thông tin theo cấp độ",
      ">=", 70, pillar=SEC, iid="security.systems_level_approved_share"),
    R("; «100% người đứng đầu", "người đứng đầu của các đơn vị, tổ chức nhà nước (trực thuộc cơ quan) được tuyên truyền, nâng cao nhận thức và trách nhiệm về bảo đảm an toàn thông tin",
      "=", 100, pillar=SEC, iid="security.leaders_awareness_share"),
    R("Trên «90% cán bộ", "cán bộ, công chức, viên chức và người lao động của cơ quan (bao gồm cả các đơn vị, tổ chức nhà nước trực thuộc) được tuyên truyền, phổ biến về thói quen, trách nhiệm và kỹ năng cơ bản bảo đảm an toàn thông tin",
      ">", 90, pillar=SEC, iid="security.staff_awareness_share"),
    R("; «80% số lượng", "số lượng cán bộ, công chức, viên chức và người lao động của cơ quan được đào tạo, bồi dưỡng về an toàn thông tin",
      "=", 80, pillar=SEC),
])

# --------------------------------------------------------------------------
# 12 Bắc Giang (VietNamNet; no date): the DTI group targets of Nghị quyết
# 111 for 2025 and 2030 (rank <=, their own years). A precision check with
# two records. "10/10", "11/6/2021", "2021-2025" are dates and periods. The
# page breaks off inside the second indicator ("về chuy").
# --------------------------------------------------------------------------
D12 = dict(name="12_bacgiang-ngay-cds-nhom-15", kind="target", year=None, records=[
    R("thuộc nhóm «15 tỉnh", "tỉnh có chỉ số đánh giá về chuyển đổi số thuộc nhóm tỉnh, thành phố dẫn đầu cả nước", "<=", 15, **RANK,
      year=2025, iid=DTIR),
    R("thuộc nhóm «10 tỉnh", "thuộc nhóm tỉnh, thành phố dẫn đầu cả nước về chuy", "<=", 10, **RANK, year=2030, iid=DTIR, note=CUT),
])

# --------------------------------------------------------------------------
# 13 Bắc Ninh (Việt Nam Hội nhập, 25/07/2024): the digital economy's share
# of GRDP by province from the "Báo cáo thường niên về kinh tế số của Việt
# Nam năm 2022" (year 2022, the report's year, as DTI values take the DTI
# year); the national shares carry their own years (2021 "được ước tính
# là": =; 2022 "vượt qua mức": >). The title names kinh tế số and heads the
# text (set8/set9): digital_economy for all. Bắc Ninh is the document's own
# (its title); other provinces carry `place`. "Năm 2021, con số này ...":
# the pronoun's referent words the indicator. "Đứng thứ 2 là Thái Nguyên"
# is a rank (id null: no rank entry for the share). Items "Bắc Giang
# (42,13%)" etc. hold only names and values: the lead's measure words them
# (set12 16); so does "với tỷ trọng 42,92%". "Bắc Ninh (56,83%)" of the next
# paragraph restates the value (a record, set8-set12). "Quảng Ngãi (4,21%)"
# is the lowest province's value.
# --------------------------------------------------------------------------
SH = "tỷ trọng kinh tế số trên GRDP"
NAT = "tỷ trọng kinh tế số trên GDP của cả nước"
D13 = dict(name="13_bacninh-kinh-te-so-grdp-2022", kind="result", year=2022, records=[
    R("ước tính là «11,91%", NAT, "=", 11.91, pillar=ECO, year=2021, iid=ECO_GDP),
    R("vượt qua mức «14,26%", NAT, ">", 14.26, pillar=ECO, year=2022, iid=ECO_GDP),
    R("lên tới «56,83%", "dẫn đầu cả nước về tỷ trọng kinh tế số trên GRDP", "=", 56.83, pillar=ECO, iid=ECO_GDP),
    R("Đứng thứ «2 là", "Đứng thứ là Thái Nguyên với tỷ trọng", "=", 2, **RANK, pillar=ECO, place="Thái Nguyên"),
    R("tỷ trọng «42,92%", SH, "=", 42.92, pillar=ECO, place="Thái Nguyên", iid=ECO_GDP),
    R("Bắc Giang («42,13%)", SH, "=", 42.13, pillar=ECO, place="Bắc Giang", iid=ECO_GDP),
    R("Hải Phòng («29,48%)", SH, "=", 29.48, pillar=ECO, place="Hải Phòng", iid=ECO_GDP),
    R("Vĩnh Phúc («22,87%)", SH, "=", 22.87, pillar=ECO, place="Vĩnh Phúc", iid=ECO_GDP),
    R("Bắc Ninh («56,83%)", "tỉnh đứng đầu", "=", 56.83, pillar=ECO, iid=ECO_GDP, note="restates the body value"),
    R("Quảng Ngãi («4,21%)", "tỉnh cuối bảng", "=", 4.21, pillar=ECO, place="Quảng Ngãi", iid=ECO_GDP),
])

# --------------------------------------------------------------------------
# 14 Bắc Ninh (Tạp chí Cộng sản; no date; after the 7/2025 merger): the
# weekly service index ("Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng
# phục vụ người dân, doanh nghiệp"). The text names no year and carries no
# date: year null. "giữ vị trí số 1": a rank (rank.public_service_index).
# Points of Hải Phòng and Đồng Nai carry `place`; their "(kém 0,39 điểm)",
# "(kém 0,41 điểm)" are differences against Bắc Ninh (set10 04: no record);
# "tăng nhẹ 0,09 điểm", "(0,20 điểm)", "tăng 0,04/0,03/0,02 điểm", "giảm
# 0,07 điểm" are changes; "9 tuần", "6 chỉ số thành phần", "5 chỉ số" are a
# period and structure. "Chỉ số công khai, minh bạch và mức độ hài lòng giữ
# nguyên (đạt 99,2%)": one value for two component indices (one record, id
# null). "Ba đơn vị dẫn đầu đều đạt trên 94 điểm": a bound restating the
# three values (op >, set11 07). Headings name no pillar.
# --------------------------------------------------------------------------
D14 = dict(name="14_bacninh-chi-so-phuc-vu", kind="result", year=None, records=[
    R("vị trí số «1 trên", "Bắc Ninh giữ vị trí trên bảng xếp hạng Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp",
      "=", 1, **RANK, iid="rank.public_service_index"),
    R("Hải Phòng đạt «91,98 điểm", "các địa phương bám sát phía sau", "=", 91.98, **PT, place="Hải Phòng"),
    R("Đồng Nai đạt «91,96 điểm", "các địa phương bám sát phía sau", "=", 91.96, **PT, place="Đồng Nai"),
    R("(đạt «99,2%)", "Chỉ số công khai, minh bạch và mức độ hài lòng giữ nguyên", "=", 99.2,
      note="one value for two component indices: one record, id null"),
    R("mới đạt «70,1% điểm", "Chỉ số Dịch vụ công trực tuyến có tỷ lệ hoàn thành thấp nhất điểm tối đa", "=", 70.1),
    R("đầu với «95,38 điểm", "Văn phòng Ủy ban nhân dân tỉnh tiếp tục đứng đầu", "=", 95.38, **PT),
    R("Tôn giáo «94,76 điểm", "Tiếp đến là Sở Dân tộc và Tôn giáo", "=", 94.76, **PT),
    R("Khu công nghiệp «94,55 điểm", "Ban Quản lý các Khu công nghiệp", "=", 94.55, **PT),
    R("đạt trên «94 điểm", "Ba đơn vị dẫn đầu đều đạt", ">", 94, **PT),
])

# --------------------------------------------------------------------------
# 15 Hải Dương (repost of a provincial news item; no date; before the 7/2025
# merger into Hải Phòng): results "Hiện có" / "Đến nay" (no reporting period
# named, no date: year null); values dated by the text keep their year
# ("năm 2024 được đánh giá đứng thứ 3", "cuối năm 2024"). "Về cấp độ an toàn
# thông tin," is a lead-in naming one pillar for its sentence
# (information_security; the ranking is not named: id null). "1.960 thủ tục
# ...; trong đó có 335 ..., 664 ..., 961 ...": a total and its parts by kind
# (spec "4.977 trạm"): one record each, scope null. "tốp 15" is a group
# (rank <=, "Trong nhiều năm liên tiếp": year null). The last value's
# indicator is cut by the page ("căn cư").
# --------------------------------------------------------------------------
D15 = dict(name="15_haiduong-ket-qua-2024", kind="result", year=None, records=[
    R("thuộc tốp «15 tỉnh", "Hải Dương thuộc tốp tỉnh có chỉ số cao về chuyển đổi số", "<=", 15, **RANK, iid=DTIR),
    R("có hơn «20 hệ thống", "hệ thống thông tin và cơ sở dữ liệu của tỉnh, các sở, ngành đã và đang được cài đặt, vận hành tại Trung tâm Dữ liệu tỉnh",
      ">", 20, **CNT),
    R("đứng thứ «3 toàn quốc", "Về cấp độ an toàn thông tin, tỉnh Hải Dương được đánh giá đứng thứ toàn quốc", "=", 3, **RANK, pillar=SEC, year=2024),
    R("được «543 dịch vụ", "dịch vụ công trực tuyến tích hợp trên Cổng dịch vụ công quốc gia", "=", 543, **CNT),
    R("cung cấp «1.960 thủ tục", "Hệ thống thông tin giải quyết thủ tục hành chính tỉnh cung cấp thủ tục hành chính", "=", 1960, **CNT),
    R("có «335 dịch vụ", "dịch vụ công trực tuyến toàn trình", "=", 335, **CNT),
    R("«664 dịch vụ", "dịch vụ công trực tuyến một phần", "=", 664, **CNT),
    R("«961 dịch vụ", "dịch vụ cung cấp thông tin trực tuyến", "=", 961, **CNT),
    R("đứng thứ «7 toàn quốc", "Cổng dịch vụ công Hải Dương được xếp hạng đứng thứ toàn quốc", "=", 7, **RANK),
    R("có «1,76 triệu người", "toàn tỉnh có người có căn cư", "=", 1760000, **CNT, year=2024, note=CUT),
])

# --------------------------------------------------------------------------
# 16 Hưng Yên, xã Việt Hưng (commune portal publishing Quyết định
# 571/QĐ-UBND of 25/02/2022): the Đề án's account of the results of
# "giai đoạn 2016-2020" (year 2020, the period's end). "188 cơ quan, đơn vị,
# trong đó có 17 sở, ban, ngành, 10 UBND cấp huyện và 161 UBND cấp xã": a
# total and its parts (set10 01, set12 08): scope null. "1.525 danh mục ...
# đạt trên 80%": a count and a share (spec "57.877 hồ sơ (đạt 99,1%)").
# "(191 cơ quan, đơn vị ...)": a bracket stating a count (spec). The page
# breaks off inside the last indicator ("UBND cấp huy"). "43/2011/NĐ-CP",
# "13/6/2011", "mức độ 3 và 4", periods: names, dates and periods.
# --------------------------------------------------------------------------
D16 = dict(name="16_hungyen-de-an-571-hien-trang-2020", kind="result", year=2020, records=[
    R("có «1.525 danh mục", "danh mục TTHC dịch vụ công trực tuyến (DVCTT) mức độ 3 và 4", "=", 1525, **CNT),
    R("4 đạt trên «80%", "danh mục TTHC dịch vụ công trực tuyến (DVCTT) mức độ 3 và 4", ">", 80, iid="egov.level3_4_online_services_share"),
    R("tại «188 cơ quan", "triển khai phần mềm một cửa điện tử tập trung thống nhất theo hướng thuê dịch vụ tại cơ quan, đơn vị", "=", 188, **CNT),
    R("có «17 sở", "sở, ban, ngành", "=", 17, **CNT),
    R("«10 UBND cấp huyện", "UBND cấp huyện", "=", 10, **CNT),
    R("và «161 UBND cấp xã", "UBND cấp xã", "=", 161, **CNT),
    R("«100% cơ quan quản lý", "cơ quan quản lý nhà nước triển khai phần mềm quản lý văn bản và điều hành", "=", 100,
      iid="egov.document_system_use_share"),
    R("(«191 cơ quan", "cơ quan, đơn vị từ cấp tỉnh đến cấp xã", "=", 191, **CNT),
    R("đạt trên «98%", "Tỉ lệ văn bản đi/đến được chuyển hoàn thoàn điện tử trên môi trường mạng giữa các các cơ quan nhà nước",
      ">", 98, iid="egov.electronic_documents_share"),
    R("Cấp trên «10.000 hộp", "Cấp hộp thư điện tử (tên miền mail.hungyen.gov.vn)", ">", 10000, **CNT),
    R("cho «100% cán bộ", "Cấp hộp thư điện tử cho cán bộ, công chức tại các sở, ban, ngành, UBND cấp huy", "=", 100,
      iid="egov.official_email_use_share", note=CUT),
])

# --------------------------------------------------------------------------
# 17 Hưng Yên, phường Mỹ Hào (CafeF, 23/01/2026; two-tier government): the
# ward's results "Đến nay"; the text names no reporting year, the page's date
# gives 2026 (set12 19). The ward is the document's own (no place). "Đại hội
# XIV", "2 cấp", "1-7-2025" are a name, structure and a date. No pillar.
# --------------------------------------------------------------------------
D17 = dict(name="17_hungyen-phuong-myhao-2026", kind="result", year=2026, records=[
    R("Đến nay, «100% cán bộ", "cán bộ, công chức phường sử dụng hệ thống quản lý văn bản điện tử và chữ ký số", "=", 100),
    R("ký số. «100% thủ tục", "thủ tục hành chính thuộc thẩm quyền được tiếp nhận, giải quyết trên môi trường điện tử", "=", 100),
])

# --------------------------------------------------------------------------
# 18 Nam Định (VietNamNet; no date): digital-society results "Hiện" / "đến
# nay" (no reporting year, no date: null). "độ tuổi từ 15 tuổi trở lên"
# qualifies the subject (set9). The stored excerpt does not hold the page's
# title; no heading: pillar null (the agriculture and education sentences
# name sectors, set9). "dân số ... được cấp danh tính số":
# society.eid_users_share (its wording "dân số được cấp định danh điện tử").
# --------------------------------------------------------------------------
D18 = dict(name="18_namdinh-xa-hoi-so", kind="result", year=None, records=[
    R("có «9,07% số", "hợp tác xã nông nghiệp có hoạt động thương mại điện tử, ứng dụng nông nghiệp thông minh", "=", 9.07),
    R("«100% ngân hàng", "ngân hàng trên địa bàn đã cung cấp các dịch vụ tài chính - ngân hàng điện tử", "=", 100),
    R("gần «80% người dân", "người dân độ tuổi từ 15 tuổi trở lên đã có tài khoản ngân hàng", "~", 80, iid="society.bank_account_15plus_share"),
    R("khoảng «95% dân số", "dân số trên địa bàn tỉnh được cấp danh tính số", "~", 95, iid="society.eid_users_share"),
])

# --------------------------------------------------------------------------
# 19 Quảng Ninh (VietNamNet; figures given at the Tuần lễ Số Quốc tế Việt
# Nam 2024, 19/11): infrastructure results "hiện" (year 2024, the event's).
# The heading "'Đi trước, đón đầu' xây dựng hạ tầng 'mềm', hạ tầng số" names
# hạ tầng số: digital_infrastructure for all. "1,3 thuê bao/người": unit
# other (spec). "(cao hơn mức trung bình của cả nước là 75,39%)": the
# national average is a value (set12 01), not a difference. "4G" a name.
# Not said to be fibre: "hạ tầng Internet băng rộng ... tại 100% xã" id null.
# --------------------------------------------------------------------------
D19 = dict(name="19_quangninh-ha-tang-so-2024", kind="result", year=2024, records=[
    R("trên «6.100 trạm", "trạm phát sóng di động", ">", 6100, **CNT, pillar=INFRA, iid=BTS),
    R("tại «100% xã", "hạ tầng Internet băng rộng được triển khai tại xã, phường, thị trấn", "=", 100, pillar=INFRA),
    R("thị trấn; «100% dân số", "dân số được phủ sóng mạng thông tin di động", "=", 100, pillar=INFRA, iid="infra.mobile_population_coverage_share"),
    R("trở lên đạt «99,8%", "Tỷ lệ dân số được phủ sóng mạng di động 4G trở lên", "=", 99.8, pillar=INFRA,
      iid="infra.mobile_broadband_population_coverage_share"),
    R("tỷ lệ «1,3 thuê bao/người", "số thuê bao điện thoại đạt tỷ lệ", "=", 1.3, unit="other", unit_text="thuê bao/người", pillar=INFRA),
    R("Internet đạt «100%", "tỷ lệ dân số được phủ sóng Internet", "=", 100, pillar=INFRA),
    R("cáp quang đạt «89,13%", "Tỷ lệ hộ gia đình có kết nối cáp quang", "=", 89.13, pillar=INFRA, iid="infra.fibre_household_coverage_share"),
    R("cả nước là «75,39%", "mức trung bình của cả nước", "=", 75.39, pillar=INFRA, iid="infra.fibre_household_coverage_share",
      note="the national average"),
])

# --------------------------------------------------------------------------
# 20 Hải Phòng (Tạp chí Khoa học và Công nghệ Việt Nam, 18/12/2025; the city
# after absorbing Hải Dương): results "Đến nay" (year 2025, the date). The
# heading "Những kết quả ấn tượng" names no pillar; the paragraph led by
# "Hải Phòng xác định xây dựng chính quyền số ..." holds no value and does
# not carry to the next paragraphs (set11 18): pillar null. "1.579 trong
# tổng số 1.937 dịch vụ công trực tuyến": the part and the total (the total
# is named as a count of services, set10 02's "168.000 hồ sơ"), then the
# share. "18/20 sở, ngành": the numerator (set8). "11/2024" a date.
# --------------------------------------------------------------------------
D20 = dict(name="20_haiphong-chinh-quyen-so-2025", kind="result", year=2025, records=[
    R("đồng bộ «23 cơ sở", "kết nối đồng bộ cơ sở dữ liệu, hệ thống thông tin của các bộ, ngành Trung ương với hệ thống giải quyết thủ tục hành chính và Cổng Dịch vụ công của thành phố",
      "=", 23, **CNT),
    R("«1.579 trong tổng số", "dịch vụ công trực tuyến đã được tích hợp lên Cổng Dịch vụ công quốc gia", "=", 1579, **CNT),
    R("tổng số «1.937 dịch vụ", "tổng số dịch vụ công trực tuyến", "=", 1937, **CNT),
    R("tỷ lệ «81,5%", "dịch vụ công trực tuyến đã được tích hợp lên Cổng Dịch vụ công quốc gia, đạt tỷ lệ", "=", 81.5, iid=PORTAL),
    R("với «192 bộ", "kho dữ liệu dùng chung với bộ dữ liệu", "=", 192, **CNT),
    R("«1.941 trường", "trường thông tin", "=", 1941, **CNT),
    R("hơn «437.000 bản ghi", "bản ghi", ">", 437000, **CNT),
    R("do «18/20 sở", "sở, ngành cung cấp", "=", 18, **CNT),
])

# --------------------------------------------------------------------------
# 21 Hà Nội (VietTimes, 03/2023): targets of Kế hoạch 64 (the plan on IT in
# state agencies); the text names no year, the page's date gives 2023
# (set10). The lead-in "Đối với các mục tiêu, chỉ tiêu chủ yếu về cung cấp
# dịch vụ công:" names online public services (spec: dịch vụ công trực
# tuyến → chính quyền số): digital_government for its list. Bare numbers of
# a target read >=. The page breaks off inside the last indicator ("trự").
# --------------------------------------------------------------------------
D21 = dict(name="21_hanoi-kh64-2023", kind="target", year=2023, records=[
    R("«70% dịch vụ", "dịch vụ công trực tuyến được thiết kế, thiết kế lại nhằm tối ưu hóa trải nghiệm người dùng", ">=", 70, pillar=GOV,
      iid="egov.redesigned_online_services_share"),
    R("«40% người dân", "người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến được định danh và xác thực hợp nhất trên tất cả các hệ thống thông tin của các cấp chính quyền",
      ">=", 40, pillar=GOV, iid="egov.authenticated_users_share"),
    R("«100% thủ tục", "thủ tục hành chính đủ điều kiện theo quy định của pháp luật được cung cấp dịch vụ công trực tuyến toàn trình", ">=", 100,
      pillar=GOV, iid=FULL),
    R("«40% dịch vụ", "dịch vụ công trực tuyến toàn trình được tích hợp trên Cổng Dịch vụ công quốc gia", ">=", 40, pillar=GOV, iid=PORTAL),
    R("«60% hồ sơ", "hồ sơ thủ tục hành chính được xử lý hoàn toàn trự", ">=", 60, pillar=GOV, iid=ONCE, note=CUT),
])

# --------------------------------------------------------------------------
# 22 Hà Nội (Dân trí, 11/03/2026): the 2026 action plan of Nghị quyết 57. A
# precision check with no record: "20 nhóm nhiệm vụ", "138 nhiệm vụ", "30
# dự án trọng điểm", "65 nhiệm vụ mới" count tasks and projects, "110 chỉ
# tiêu" counts targets (set10: "(02 chỉ tiêu)" no quantity); "hơn 2 tháng",
# "2026", "Kế hoạch 20", "57-NQ/TW" are a period, a year and names.
# --------------------------------------------------------------------------
D22 = dict(name="22_hanoi-nq57-2026", kind="result", year=2026, records=[])

# --------------------------------------------------------------------------
# 23 Ninh Bình (Báo Văn nghệ; no date; the province after the 7/2025 merger
# with Hà Nam and Nam Định): results "Đến cuối tháng 7/2025" (year 2025).
# "Toàn bộ 129 xã, phường đã vận hành hệ thống họp trực tuyến": a count of
# communes reached (a record); the earlier "toàn bộ 129 xã, phường" are the
# trainees' units (participants, set11: no record). "8 nhóm nhiệm vụ" counts
# tasks. No pillar heading.
# --------------------------------------------------------------------------
D23 = dict(name="23_ninhbinh-hop-nhat-2025", kind="result", year=2025, records=[
    R("Toàn bộ «129 xã", "xã, phường đã vận hành hệ thống họp trực tuyến", "=", 129, **CNT),
    R("hơn «1.000 tình nguyện viên", "tình nguyện viên thanh niên tham gia hỗ trợ người dân tiếp cận dịch vụ công trực tuyến, ký số SmartCA, thanh toán điện tử và phòng chống tin giả trên mạng",
      ">", 1000, **CNT),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12,
        D13, D14, D15, D16, D17, D18, D19, D20, D21, D22, D23]

def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()


def bare_pct_anchors(doc):
    text = (TEXTS / f"{doc['name']}.txt").read_text(encoding="utf-8")
    return {locate(text, loc, doc["name"]) for loc in doc.get("BARE_PCT", [])}
