#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set157).

Copied from set155's builder (itself from set153's, set151's, set149's, set147's, set69's, set47's,
... and the seeds'). Each record is written by hand below; its anchor is never typed in. A record
names a locator: a piece of the text with « just before the number. The locator (without «) must
occur exactly once in the text; the anchor is where « stands. `start`/`end` (the clause that states
the quantity) are computed as in the seeds' builder (`start_at` moves the start back to a given
string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract, here changes against an earlier value);
check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (291
entries; see README). As in set10-set155, the id is given in the record itself (`iid=`).

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


WORK = "egov.work_records_online_share"
NET = "infra.specialised_network_connection_share"
SPEC_STAFF = "hr.dx_specialist_staff_share"

# --------------------------------------------------------------------------
# 01 Phú Yên, the provincial Digital Transformation Programme to 2025 (news on
# phuyen.baohiemxahoi.gov.vn, the provincial social-insurance office's site; the
# byline "02/10/2020 03:21 PM" is cut and written as the first line "date
# 2020-10-02"; the photo caption "Trung tâm Phục vụ hành chính công tỉnh. Ảnh minh
# họa" is cut; the excerpt ends in "30/63 địa ph"). Targets for 2025 ("phấn đấu
# đến năm 2025"; the title "vào năm 2025"). Pillar null: no heading, and the
# paragraphs open with "Theo đó", "Ngoài ra", no pillar named. The title's "vị
# thứ 30 về chính quyền điện tử" and the last sentence's "thứ hạng 30/63 địa
# ph[ương]" are each a rank target, op "<=" (a place aimed at, spec: "nhóm 30/63"),
# id null (a ranking "về chính quyền điện tử" naming no index: neither the DTI's
# digital-government pillar, which did not exist in 2020, nor the ICT Index as
# such). "90% hồ sơ công việc tại cấp tỉnh, 80% ... cấp huyện và 60% ... cấp xã":
# three records, scopes by level (spec). "40% số người dân và doanh nghiệp tham
# gia hệ thống Chính quyền điện tử ... được xác thực định danh điện tử":
# egov.authenticated_users_share (users of the e-government system identified
# and authenticated). "100% giao dịch ... được xác thực điện tử": transactions,
# id null. Not quantities: "mức độ 3, 4" (the levels' names, three times),
# "năm 2025", "năm 2030".
# --------------------------------------------------------------------------
D01 = dict(name="01_phuyen-chuong-trinh-cds-2025", kind="target", year=2025, records=[
    R("vị thứ «30 về", "Phú Yên đạt vị thứ về chính quyền điện tử", "<=", 30, **RANK),
    R("đạt «100% dịch vụ công", "dịch vụ công trực tuyến mức độ 3, 4 được tích hợp lên cổng dịch vụ công quốc gia",
      ">=", 100, iid="egov.national_portal_integrated_share"),
    R("; «100% giao dịch", "giao dịch trên cổng dịch vụ công quốc gia, cổng dịch vụ công tỉnh Phú Yên được xác thực điện tử",
      ">=", 100),
    R("; «40% số người dân",
      "số người dân và doanh nghiệp tham gia hệ thống Chính quyền điện tử của tỉnh được xác thực định danh điện tử",
      ">=", 40, iid="egov.authenticated_users_share"),
    R("đạt từ «50% trở lên",
      "Tỷ lệ hồ sơ giải quyết theo dịch vụ công trực tuyến mức độ 3, 4 trên tổng số hồ sơ", ">=", 50,
      iid="egov.online_applications_share"),
    R("; «80% thủ tục", "thủ tục hành chính đáp ứng yêu cầu được triển khai dịch vụ công trực tuyến mức độ 3, 4",
      ">=", 80, iid="egov.level3_4_online_services_share"),
    R("tối thiểu «90% người dân", "người dân và doanh nghiệp hài lòng về việc giải quyết thủ tục hành chính", ">=", 90,
      iid="egov.satisfaction_share"),
    R("đạt «60% các hệ thống",
      "các hệ thống thông tin của các sở, ngành, huyện có liên quan đến người dân, doanh nghiệp được kết nối, liên thông qua nền tảng tích hợp, chia sẻ dữ liệu",
      ">=", 60, iid="data.lgsp_connected_systems_share"),
    R("«90% hồ sơ công việc tại cấp tỉnh", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 90,
      scope="cấp tỉnh", iid=WORK),
    R("«80% hồ sơ công việc tại cấp huyện", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 80,
      scope="cấp huyện", iid=WORK),
    R("«60% hồ sơ công việc tại cấp xã", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 60,
      scope="cấp xã", iid=WORK),
    R("thứ hạng «30/63", "Tỉnh phấn đấu thứ hạng", "<=", 30, **RANK),
])

# --------------------------------------------------------------------------
# 02 Nghệ An, the Digital Transformation Plan for 2024 (nghean24h.vn; the
# excerpt opens with a crawler's stamp " date 2023-12" on the same line as the
# lead, kept as returned; nothing cut; the excerpt ends in "trên t"). Targets of
# 2024 (the plan's year; "phấn đấu đến hết năm 2024"). Pillars: "Về hạ tầng số,
# ..." opens the paragraph it stands in (spec: a lead-in naming one pillar sets
# it for the list it opens): digital_infrastructure for the cloud, 5G and
# network targets; "Về chính quyền số: ..." likewise digital_government for the
# two staff targets. The line "Phấn đấu 90% cơ sở dữ liệu quốc gia được kết
# nối, ứng dụng trên địa bàn tỉnh ..." (a subheading of the article, before the
# lead-in "Mục tiêu cụ thể được xác định:") stands under no pillar: pillar null;
# id null (the catalogue's data.national_databases_completed_share is the
# national databases' completion, not their being connected and used in a
# province). "tỷ lệ dân số được phủ sóng di động 5G đạt 15-20%": one between
# record (spec: "65-70%"). "100% cơ quan nhà nước cấp tỉnh, cấp huyện có cán bộ
# phụ trách công nghệ thông tin": one value for both levels, scope null (spec).
# Not quantities: "4G", "5G", "2G" (names), "cấp II", "cấp I" (the networks'
# names), "năm 2024".
# --------------------------------------------------------------------------
D02 = dict(name="02_nghean-kh-cds-2024", kind="target", year=2024, records=[
    R("Phấn đấu «90% cơ sở dữ liệu", "cơ sở dữ liệu quốc gia được kết nối, ứng dụng trên địa bàn tỉnh", ">=", 90),
    R("hạ tầng số, «100% hệ thống", "hệ thống thông tin dùng chung của tỉnh được triển khai trên nền tảng điện toán đám mây",
      ">=", 100, pillar=INFRA, iid="infra.cloud_hosted_systems_share"),
    R("5G đạt «15-20%", "tỷ lệ dân số được phủ sóng di động 5G", "between", 15, value_max=20, pillar=INFRA,
      iid="infra.fiveg_coverage_share"),
    R("Bộ TT&TT. «100% các cơ quan",
      "các cơ quan Đảng, Nhà nước kết nối mạng truyền số liệu chuyên dùng cấp II của tỉnh", ">=", 100, pillar=INFRA,
      iid=NET),
    R("Phấn đấu «100% cán bộ",
      "cán bộ, công chức, viên chức được đào tạo, bồi dưỡng hoặc tự bồi dưỡng kiến thức và kỹ năng số", ">=", 100,
      pillar=GOV, iid="hr.civil_servants_basic_digital_skills_share"),
    R("; «100% cơ quan nhà nước", "cơ quan nhà nước cấp tỉnh, cấp huyện có cán bộ phụ trách công nghệ thông tin",
      ">=", 100, pillar=GOV, iid=SPEC_STAFF),
])

# --------------------------------------------------------------------------
# 03 Nghệ An, Kế hoạch 833/KH-UBND, the Digital Transformation Plan for 2025
# (tttt.nghean.gov.vn, the provincial information department's site; cut: the
# image line "image banner"; the lead paragraph stands twice on the page (the
# sapo and the body's first paragraph), kept as returned; no date shown; the
# excerpt ends in "công ch"). Targets of 2025 (the plan's year). "- Về hạ tầng
# số: ..." heads its list item: digital_infrastructure for its three values;
# "- Về chính quyền số: Phấn đấu 100% cán bộ, công ch[ức]" (cut off by the
# excerpt; recorded, as set155's "10.000 cây sầu riêng trên địa bàn tỉn"):
# digital_government, indicator as far as the excerpt goes ("cán bộ, công ch"),
# id null (the excerpt does not say what the officials are to do). "Kế hoạch đã đề ra 5 mục tiệu cụ thể": a count of targets (like a
# count of tasks, spec), no record. "100% cơ sở dữ liệu dùng chung của tỉnh
# được triển khai trên nền tảng điện toán đám mây": id null (databases, where
# infra.cloud_hosted_systems_share counts information systems). "100% khu dân
# cư tại thành phố, thị xã, thị trấn, các điểm du lịch và các khu công nghiệp
# được phủ sóng 4G, 5G": infra.mobile_broadband_population_coverage_share
# (wording "phủ sóng mạng di động 4G/5G đến dân cư"). The videoconference
# system "từ cấp tỉnh đến cấp xã" states no number. Not quantities:
# "31/10/2024", "05/8/2022", "22/8/2022", "833/KH-UBND", "09-NQ/TU",
# "586/KH-UBND" (dates, documents), "năm 2025", "năm 2030", "4G, 5G".
# --------------------------------------------------------------------------
D03 = dict(name="03_nghean-kh833-cds-2025", kind="target", year=2025, records=[
    R("Phấn đấu «100% cơ quan Đảng",
      "cơ quan Đảng, chính quyền các cấp kết nối mạng truyền số liệu chuyên dùng", ">=", 100, pillar=INFRA, iid=NET),
    R("; «100% cơ sở dữ liệu", "cơ sở dữ liệu dùng chung của tỉnh được triển khai trên nền tảng điện toán đám mây",
      ">=", 100, pillar=INFRA),
    R("; «100% khu dân cư",
      "khu dân cư tại thành phố, thị xã, thị trấn, các điểm du lịch và các khu công nghiệp được phủ sóng 4G, 5G",
      ">=", 100, pillar=INFRA, iid="infra.mobile_broadband_population_coverage_share"),
    R("Phấn đấu «100% cán bộ, công ch", "cán bộ, công ch", ">=", 100, pillar=GOV),
])

# --------------------------------------------------------------------------
# 04 Gia Lai, the targets of the Party Committee's Nghị quyết 04-NQ/TU on
# digital transformation (gialaitv.vn, the provincial broadcaster; the excerpt
# opens with a crawler's stamp " date 2022-11" on the same line as the lead,
# kept as returned; nothing cut; the excerpt ends in "việc khó n"). Targets
# "Đến năm 2025, tầm nhìn đến năm 2030": year 2025, the first year the sentence
# names for them (the vision year is no second target: no second value is
# given). Pillar null (no heading; "về chuyển đổi số" names no pillar). "kinh tế
# số chiếm tối thiểu 20% GRDP" (>=) and "tăng năng suất lao động hàng năm từ
# 5-10%" (between 5 and 10). "nằm trong nhóm các tỉnh khá của cả nước": a group
# with no number, no record. Not quantities: "04-NQ/TU", "XVI", "25.11" (a
# date), "năm 2025", "năm 2030".
# --------------------------------------------------------------------------
D04 = dict(name="04_gialai-nq04-cds-2025-2030", kind="target", year=2025, records=[
    R("tối thiểu «20% GRDP", "kinh tế số chiếm GRDP của tỉnh", ">=", 20, iid="econ.digital_economy_gdp_share"),
    R("hàng năm từ «5-10%", "tăng năng suất lao động hàng năm", "between", 5, value_max=10,
      iid="econ.labour_productivity_growth"),
])

# --------------------------------------------------------------------------
# 05 Đồng Tháp, the results of 2022, the first year of Nghị quyết 04-NQ/TU
# (stnmt.dongthap.gov.vn, the Department of Natural Resources and Environment's
# site; cut: the photo caption "Quang cảnh buổi hội nghị"; no date shown; the
# excerpt ends in "thí điểm tuyến p"). Results of 2022 (the text's year; "Hiện,"
# takes it, as set155's "Hiện tại"). Pillar null (no heading). "16/18 đơn vị
# cấp sở và tương đương, 11/12 địa phương cấp huyện được công nhận có mô hình
# ...": one predicate split by level, scopes "cấp sở" and "cấp huyện" (as
# set20's Phú Thọ "cấp sở"); the denominators 18 and 12 are no records of their
# own (set152's "60/86 thôn"). "tỷ lệ doanh thu kinh tế số ước đạt 3,7% GRDP"
# (=, spec: "ước đạt"); "(tăng 0,1% so với năm 2021)" is a change (spec; NOT
# entry). "hơn 320 sản phẩm ... của 60 doanh nghiệp ... trên các sàn thương mại
# điện tử": two counts (econ.ecommerce_products_count; the enterprises, id null:
# the catalogue's enterprise entry is a share). The pilot scheme: "nhân rộng
# đến 100% khóm, ấp" is a target (the scheme's aim), year null: the text gives
# only "sau 2 năm thí điểm" (a judgement; no year is written);
# aware.community_digital_teams_share (hamlets with a team). Not quantities:
# "ít nhất 1 lĩnh vực đối với sở, ngành tỉnh, tối thiểu 2 lĩnh vực đối với địa
# phương cấp huyện" (what each unit was told to register, a rule for each unit,
# like set155's age of eligibility; a judgement), "mỗi huyện lựa chọn 1 khóm,
# ấp" (the pilot's design), "2 năm" (a duration), "04-NQ/TU", "năm 2022", "năm
# 2021". Recorded results: "40 lượt ra quân" and "4 lớp tập huấn"
# (hr.dx_training_courses_count).
# --------------------------------------------------------------------------
D05 = dict(name="05_dongthap-ket-qua-cds-2022", kind="result", year=2022, NOT=["tăng «0,1%"], records=[
    R("có «16/18 đơn vị", "đơn vị được công nhận có mô hình triển khai chuyển đổi số", "=", 16, **CNT, scope="cấp sở"),
    R(", «11/12 địa phương", "địa phương được công nhận có mô hình triển khai chuyển đổi số", "=", 11, **CNT,
      scope="cấp huyện"),
    R("ước đạt «3,7% GRDP", "tỷ lệ doanh thu kinh tế số GRDP tỉnh", "=", 3.7, iid="econ.digital_economy_gdp_share"),
    R("hơn «320 sản phẩm", "sản phẩm nông sản, đặc sản được giới thiệu và mua bán trên các sàn thương mại điện tử",
      ">", 320, **CNT, iid="econ.ecommerce_products_count"),
    R("của «60 doanh nghiệp",
      "doanh nghiệp có sản phẩm được giới thiệu và mua bán trên các sàn thương mại điện tử", "=", 60, **CNT),
    R("đến «100% khóm", "nhân rộng Tổ công nghệ số cộng đồng đến khóm, ấp trên địa bàn tỉnh", ">=", 100, **T,
      year=None, iid="aware.community_digital_teams_share"),
    R("tổ chức «40 lượt",
      "Tổ công nghệ số cộng đồng và các cấp bộ Đoàn tổ chức lượt ra quân hướng dẫn người dân thanh toán không dùng tiền mặt",
      "=", 40, **CNT),
    R("đào tạo «4 lớp", "lớp tập huấn nâng cao nhận thức chuyển đổi số", "=", 4, **CNT,
      iid="hr.dx_training_courses_count"),
])

# --------------------------------------------------------------------------
# 06 An Giang, the results of 2022 (baoangiang.com.vn, the provincial paper; the
# byline "05/01/2023 - 05:43" is cut and written as the first line "date
# 2023-01-05"; cut: the line "Ra mắt Trung tâm Điều hành thông minh tỉnh An
# Giang" (a photo caption) with the blank line after it; the excerpt ends in
# "ở tỉnh và "). Results of 2022 ("Năm 2022", "trong năm qua"). "thực hiện đạt
# và vượt 15/15 chỉ tiêu Nghị quyết HĐND tỉnh đề ra": a count of targets met
# (set155's "đạt và vượt 5 chỉ tiêu"), no record. Under the subheading "Nâng cao
# nhận thức chuyển đổi số" (nhận thức số: digital_awareness, spec): "100% cơ
# quan, địa phương ban hành chương trình, kế hoạch, đề án chuyển đổi số giai đoạn
# 5 năm" (aware.agencies_dx_plan_share). Not quantities: "COVID-19" (a name),
# "5 năm" (the plans' span), "Năm 2022".
# --------------------------------------------------------------------------
D06 = dict(name="06_angiang-ket-qua-cds-2022", kind="result", year=2022, records=[
    R("cực. «100% cơ quan", "cơ quan, địa phương ban hành chương trình, kế hoạch, đề án chuyển đổi số giai đoạn 5 năm",
      "=", 100, pillar=AWARE, iid="aware.agencies_dx_plan_share"),
])

# --------------------------------------------------------------------------
# 07 Phú Thọ, the results of 2024 (chinhsachcuocsong.vnanet.vn, the news
# agency's policy site; cut: the first line, a photo caption "Phú Thọ từng bước
# xây dựng và phát triển hạ tầng số ... kinh tế số, xã hội số" (no full stop; it
# names no figure); no date shown; the excerpt ends in "trực tuyến toàn t").
# Results of 2024 ("Năm 2024"; "đến nay" takes the only year). Pillar null.
# "3.394.803 văn bản gửi nhận trên hệ thống quản lý văn bản và điều hành" (id
# null: the catalogue's egov.electronic_documents_count counts the national
# exchange axis) and "711.039 văn bản đi được phát hành trên trục liên thông
# Quốc gia" (egov.electronic_documents_count). "ước tính đã tiết kiệm trên 1,15
# tỷ đồng/tháng": op ">" (trên), unit other "đồng/tháng". "96,42% đơn vị cấp sở,
# 100% đơn vị cấp huyện, cấp xã đã bố trí cán bộ chuyên trách hoặc kiêm nhiệm":
# a split by level, three records (spec: the 100% shared by "cấp huyện" and "cấp
# xã"). Not quantities: "5/21 đơn vị dẫn đầu", "5/13 địa phương dẫn đầu" (the
# size of a ranking's leading group, the make-up of the ranking table, not a
# value of an indicator; a judgement), "Năm đơn vị" (a word, those not ranked),
# "năm 2024".
# --------------------------------------------------------------------------
D07 = dict(name="07_phutho-ket-qua-cds-2024", kind="result", year=2024, records=[
    R("thực hiện «3.394.803 văn bản", "văn bản gửi nhận trên hệ thống quản lý văn bản và điều hành", "=", 3394803,
      **CNT),
    R("; «711.039 văn bản", "văn bản đi được phát hành trên trục liên thông Quốc gia", "=", 711039, **CNT,
      iid="egov.electronic_documents_count"),
    R("trên «1,15 tỷ", "gửi nhận văn bản điện tử tích hợp chữ ký số tiết kiệm cho ngân sách nhà nước", ">", 1.15e9,
      unit="other", unit_text="đồng/tháng"),
    R("có «96,42% đơn vị",
      "đơn vị bố trí cán bộ chuyên trách hoặc kiêm nhiệm làm nhiệm vụ tham mưu triển khai chuyển đổi số", "=", 96.42,
      scope="cấp sở", iid=SPEC_STAFF),
    R("sở, «100% đơn vị",
      "đơn vị bố trí cán bộ chuyên trách hoặc kiêm nhiệm làm nhiệm vụ tham mưu triển khai chuyển đổi số", "=", 100,
      scope="cấp huyện", iid=SPEC_STAFF),
    R("sở, «100% đơn vị",
      "đơn vị bố trí cán bộ chuyên trách hoặc kiêm nhiệm làm nhiệm vụ tham mưu triển khai chuyển đổi số", "=", 100,
      scope="cấp xã", iid=SPEC_STAFF),
])

# --------------------------------------------------------------------------
# 08 Quảng Ngãi, its DTI 2022 and the Digital Transformation Week 2023
# (ictvietnam.vn, the Ministry's magazine; nothing cut; no date shown; the
# excerpt ends in "Liên kết vùng trong CĐS"). The title "Quảng Ngãi yêu cầu 100%
# dịch vụ công được cung cấp trực tuyến vào năm 2025": a target of 2025 (>=;
# egov.level3_4_online_services_share, services offered online whether in full
# or in part). DTI ranks, results, op "=": "từ vị trí 60/63 năm 2021" (year
# 2021), "lên vị trí 26/63 năm 2022" (2022; dti.provincial_rank both); "tăng vọt
# 34 bậc" is a change (spec), no record. "xếp thứ 17 về chính quyền số và KTS":
# one record for the one number the sentence states for two pillars (the checks
# allow one record per number and scope, and pillars are no scope; a judgement),
# id null (it is both dti.digital_government_rank and dti.digital_economy_rank);
# "đứng thứ 15 về XHS" (dti.digital_society_rank); year 2022 ("Theo đánh giá"
# continues the DTI 2022 sentence). "Tỉnh đã thành lập 1.141 Tổ Công nghệ số
# cộng đồng ... hơn 7.512 thành viên": counts at the page's time, year 2023: the
# page dates itself by "Tuần lễ CĐS Quảng Ngãi 2023 vừa diễn ra mới đây" (a
# judgement). Pillar null (the subheading "Xác định các chỉ tiêu phát triển cụ
# thể" names no pillar). Not quantities: "3 trụ cột" (the index's parts),
# "2023" in the week's name.
# --------------------------------------------------------------------------
D08 = dict(name="08_quangngai-dti-2022-tuan-le-cds", kind="result", year=None, records=[
    R("yêu cầu «100% dịch vụ công", "dịch vụ công được cung cấp trực tuyến", ">=", 100, **T, year=2025,
      iid="egov.level3_4_online_services_share"),
    R("vị trí «60/63", "DTI của Quảng Ngãi vị trí", "=", 60, **RANK, year=2021, iid="dti.provincial_rank"),
    R("vị trí «26/63", "DTI của Quảng Ngãi vị trí", "=", 26, **RANK, year=2022, iid="dti.provincial_rank"),
    R("xếp thứ «17 về", "Quảng Ngãi xếp thứ về chính quyền số và KTS", "=", 17, **RANK, year=2022),
    R("đứng thứ «15 về", "Quảng Ngãi đứng thứ về XHS", "=", 15, **RANK, year=2022, iid="dti.digital_society_rank"),
    R("thành lập «1.141 Tổ", "Tổ Công nghệ số cộng đồng (CNSCĐ) đến cấp thôn, tổ dân phố", "=", 1141, **CNT,
      year=2023, iid="aware.community_digital_teams_count"),
    R("hơn «7.512 thành viên", "thành viên Tổ Công nghệ số cộng đồng", ">", 7512, **CNT, year=2023,
      iid="aware.community_digital_team_members_count"),
])

# --------------------------------------------------------------------------
# 09 Kiên Giang, the summary of Kế hoạch 274/KH-UBND, the Digital
# Transformation Plan for 2023 (vioit.org, the Ministry of Industry and Trade's
# institute; cut: the site's widget lines "TIN TỨC", "Viện Nghiên cứu Chiến
# lược, Chính sách Công Thương", "Trang chủ >> Tin tức", each with the blank line
# after it; the date line "24/03/2023" is cut and written as the first line
# "date 2023-03-24"; the page's title stands twice (the page head and the
# article head), kept; the excerpt ends in "Chính quyền điện tử hướn"). A
# precision text: its general aims state no number. Not quantities:
# "274/KH - UBND", "30/12/2022" (a document and its date), "năm 2023" (four
# times, twice in "Ngày Chuyển đổi số năm 2023"), "I.", "1." (list numbers).
# --------------------------------------------------------------------------
D09 = dict(name="09_kiengiang-kh274-cds-2023-precision", kind="target", year=2023, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
