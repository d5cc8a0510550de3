#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set68).

Copied from set47's builder (itself from set45's, set43's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the
text with « just before the number. The locator (without «) must occur exactly once in the text;
the anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed
as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (227
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

# --------------------------------------------------------------------------
# 01 The national programme (Quyết định 749/QĐ-TTg) and its basic targets
# for 2025, as listed by thukyluat.vn (no date shown; "đến năm 2025" → 2025).
# Targets, a bullet list under "các mục tiêu cơ bản đến năm 2025 như sau:"
# (no pillar heading → pillar null throughout). The title "VN thuộc nhóm 50
# nước dẫn đầu về công nghệ thông tin" repeats the IDI bullet: a target of its
# own (rank, <=, 50), recorded at both places. "nhóm 70/50/35/40 nước dẫn đầu"
# → rank targets, <= (contract: "nhóm 30/63 tỉnh"). "80% dịch vụ công trực
# tuyến mức độ 4" → >= (bare number in a target); no id (level 4 alone is
# neither the catalogue's level-3-and-4 share nor its full-process share; a
# judgement). "Kinh tế số chiếm 20% GDP" → >= 20, econ.digital_economy_gdp_share
# (GDP for GRDP, as set47's 12). "phủ trên 80% hộ gia đình, 100% xã" → two
# records as the contract's "phủ 75% hộ gia đình, 100% cấp xã": op > and scope
# null on the first, op >= and scope "xã" (as written) on the second.
# Not quantities: "749/QĐ-TTg", "03/6/2020", "2030", "4G/5G" (names).
# --------------------------------------------------------------------------
D01 = dict(name="01_quocgia-chuong-trinh-749-muc-tieu-2025", kind="target", year=2025, records=[
    R("VN thuộc nhóm «50 nước dẫn đầu về công nghệ thông tin\n", "VN thuộc nhóm nước dẫn đầu về công nghệ thông tin",
      "<=", 50, **RANK, iid="rank.itu_idi"),
    R("• «80% dịch vụ công", "dịch vụ công trực tuyến mức độ 4, được cung cấp trên nhiều phương tiện truy cập khác "
      "nhau", ">=", 80),
    R("nhóm «70 nước", "Việt Nam thuộc nhóm nước dẫn đầu về Chính phủ điện tử (EGDI)", "<=", 70, **RANK,
      iid="rank.un_egdi"),
    R("chiếm «20% GDP", "Kinh tế số chiếm GDP", ">=", 20, iid="econ.digital_economy_gdp_share"),
    R("Việt Nam thuộc nhóm «50 nước", "Việt Nam thuộc nhóm nước dẫn đầu về công nghệ thông tin (IDI)", "<=", 50,
      **RANK, iid="rank.itu_idi"),
    R("nhóm «35 nước", "Việt Nam thuộc nhóm nước dẫn đầu về đổi mới sáng tạo (GII)", "<=", 35, **RANK,
      iid="rank.wipo_gii"),
    R("phủ trên «80% hộ", "Hạ tầng băng rộng cáp quang phủ hộ gia đình", ">", 80,
      iid="infra.fibre_household_coverage_share"),
    R("hộ gia đình, «100% xã", "Hạ tầng băng rộng cáp quang phủ xã", ">=", 100, scope="xã",
      iid="infra.fibre_commune_coverage_share"),
    R("nhóm «40 nước", "Việt Nam thuộc nhóm nước dẫn đầu về an toàn, an ninh mạng (GCI)", "<=", 40, **RANK,
      iid="rank.itu_gci"),
])

# --------------------------------------------------------------------------
# 02 Khánh Hòa's Department of Justice, its digital-transformation plan for
# 2025 (Kế hoạch 623/KH-STP; phapluatkhanhhoa.vn, no date shown; "năm 2025"
# → 2025). Seven targets after "Kế hoạch hướng đến ... các nhiệm vụ cốt lõi:"
# (the heading "Mục tiêu và nhiệm vụ trọng tâm" names no pillar → null).
# Bare numbers and "Duy trì 100%", "đạt 100%" in a target → >=; "tối thiểu
# 90%" → >=. "100% hồ sơ TTHC, hồ sơ công việc tại Sở Tư pháp" → one record
# (one value for two kinds of records). Ids: egov.full_online_services_share,
# egov.electronic_documents_share (exchanged electronically; the catalogue's
# "được ký số" not said: a judgement), egov.work_records_online_share,
# egov.digital_inspections_share, egov.authenticated_users_share,
# egov.one_stop_digital_results_share, egov.satisfaction_share.
# Not quantities: "20/3/2025", "623/KH-STP".
# --------------------------------------------------------------------------
D02 = dict(name="02_khanhhoa-so-tu-phap-ke-hoach-2025", kind="target", year=2025, records=[
    R("cốt lõi: «100% thủ tục", "thủ tục hành chính (TTHC) đủ điều kiện được công bố trực tuyến toàn trình", ">=", 100,
      iid="egov.full_online_services_share"),
    R("Duy trì «100% văn bản", "văn bản trao đổi giữa các cơ quan hành chính nhà nước dưới dạng điện tử", ">=", 100,
      iid="egov.electronic_documents_share"),
    R("; «100% hồ sơ TTHC", "hồ sơ TTHC, hồ sơ công việc tại Sở Tư pháp được xử lý trên môi trường mạng", ">=", 100,
      iid="egov.work_records_online_share"),
    R("; «50% hoạt động kiểm tra", "hoạt động kiểm tra của cơ quan quản lý nhà nước được thực hiện qua môi trường số "
      "và hệ thống thông tin (HTTT) của Sở Tư pháp", ">=", 50, iid="egov.digital_inspections_share"),
    R("«100% người dân và doanh nghiệp", "người dân và doanh nghiệp sử dụng dịch vụ công trực tuyến được định danh và "
      "xác thực thông suốt", ">=", 100, iid="egov.authenticated_users_share"),
    R("TTHC điện tử đạt «100%", "Tỷ lệ cấp kết quả giải quyết TTHC điện tử", ">=", 100,
      iid="egov.one_stop_digital_results_share"),
    R("đạt tối thiểu «90%", "tỷ lệ người dân, doanh nghiệp hài lòng về giải quyết TTHC", ">=", 90,
      iid="egov.satisfaction_share"),
])

# --------------------------------------------------------------------------
# 03 National report on digital transformation to April 2024 (dic.gov.vn, no
# date shown; "đến tháng 4/2024", "quý I/2024" → 2024). Results (=; "ước đạt"
# → =). Counts of legal documents issued in four months ("2 Nghị định, 5 Quyết
# định, 2 Chỉ thị"): three counts, inst.dx_policy_documents_count (a
# judgement: documents, not tasks). "21 bộ, ngành và 62 địa phương đã ban hành
# Kế hoạch CĐS năm 2024" → two counts; "14 bộ, ngành và 52 địa phương ...
# danh mục cơ sở dữ liệu ..., đạt tỷ lệ 77%" → two counts and the share;
# "(tăng 11% so với năm 2023)" → NOT (a change). Infrastructure paragraph
# ("Qua thống kê, ..."): 80,2% households using fibre (infra.households_internet_share:
# use, not coverage; a judgement), 100% communes on fibre
# (infra.fibre_commune_coverage_share), 4G to 99,8% of the population
# (infra.mobile_broadband_population_coverage_share), villages without
# broadband "1.077", of which "838" and "181" (three counts, a breakdown by
# kind → scope null). "Về phát triển kinh tế số, ..." is a lead-in naming the
# pillar → digital_economy for its sentence: shares of 2021 and 2022 ("lần
# lượt là 11,91% và 14,26%", each its own year), 2023's "ước đạt 16,5%" and
# its growth "tốc độ tăng 20%" (the growth rate is the indicator, as set47's
# "ước đạt tăng trưởng 22,4%"; econ.digital_economy_growth); "gấp 3 lần" a
# comparison, no record. Other paragraphs name no pillar → null.
# Not quantities: "4 tháng", "tháng 4/2024", "quý I/2024", "tháng 3/2024",
# "4G" (name), "2021, 2022" as years.
# --------------------------------------------------------------------------
D03 = dict(name="03_ca-nuoc-bao-cao-thang-4-2024", kind="result", year=2024, records=[
    R("đã ban hành «2 Nghị định", "Chính phủ đã ban hành Nghị định", "=", 2, **CNT,
      iid="inst.dx_policy_documents_count"),
    R("đã ban hành «5 Quyết định", "Thủ tướng Chính phủ đã ban hành Quyết định", "=", 5, **CNT,
      iid="inst.dx_policy_documents_count"),
    R("Quyết định, «2 Chỉ thị", "Thủ tướng Chính phủ đã ban hành Chỉ thị", "=", 2, **CNT,
      iid="inst.dx_policy_documents_count"),
    R("đã có «21 bộ", "bộ, ngành đã ban hành Kế hoạch CĐS năm 2024", "=", 21, **CNT),
    R("ngành và «62 địa phương", "địa phương đã ban hành Kế hoạch CĐS năm 2024", "=", 62, **CNT),
    R("đã có «14 bộ", "bộ, ngành đã ban hành danh mục cơ sở dữ liệu theo quy định", "=", 14, **CNT),
    R("ngành và «52 địa phương", "địa phương đã ban hành danh mục cơ sở dữ liệu theo quy định", "=", 52, **CNT),
    R("đạt tỷ lệ «77%", "tỷ lệ bộ, ngành, địa phương đã ban hành danh mục cơ sở dữ liệu theo quy định", "=", 77),
    R("cả nước có «80,2% hộ", "hộ gia đình sử dụng cáp quang Internet băng rộng", "=", 80.2,
      iid="infra.households_internet_share"),
    R("; «100% xã kết nối", "xã kết nối Internet cáp quang", "=", 100, iid="infra.fibre_commune_coverage_share"),
    R("phủ sóng tới «99,8% dân số", "di động băng rộng 4G được phủ sóng tới dân số", "=", 99.8,
      iid="infra.mobile_broadband_population_coverage_share"),
    R("vẫn còn «1.077 thôn", "thôn, bản chưa có sóng băng rộng di động (vùng lõm sóng)", "=", 1077, **CNT),
    R("Trong đó, «838 thôn", "thôn, bản chưa có sóng thuộc vùng đặc biệt khó khăn", "=", 838, **CNT),
    R("; «181 thôn", "thôn, bản chưa có điện lưới", "=", 181, **CNT),
    R("lần lượt là «11,91%", "tỷ trọng kinh tế số/GDP", "=", 11.91, pillar=ECO, year=2021,
      iid="econ.digital_economy_gdp_share"),
    R("11,91% và «14,26%", "tỷ trọng kinh tế số/GDP", "=", 14.26, pillar=ECO, year=2022,
      iid="econ.digital_economy_gdp_share"),
    R("ước đạt «16,5%", "tỷ trọng kinh tế số/GDP", "=", 16.5, pillar=ECO, year=2023,
      iid="econ.digital_economy_gdp_share"),
    R("tốc độ tăng «20%", "tốc độ tăng kinh tế số", "=", 20, pillar=ECO, year=2023,
      iid="econ.digital_economy_growth"),
], NOT=["tăng «11%"])

# --------------------------------------------------------------------------
# 04 The Ministry of Justice's page on digital government (htpldn.moj.gov.vn,
# the page's date 24/06/2022 → `date 2022-06`; "Đến nay" → 2022). Under the
# heading "1. Một số kết quả xây dựng chính phủ số ở Việt Nam" → pillar
# digital_government (the heading decides). "Mạng đã kết nối đến 100% huyện;
# 96,73% xã trên toàn quốc" → two results split by level: scopes "huyện" and
# "xã" as written (the contract's "90% cấp xã, 70% thôn, bản"), id
# infra.specialised_network_connection_share for both (the special-purpose
# network's reach; a judgement). Not quantities: "04 cấp hành chính" (the
# levels the network spans: a description, not a value reached; a judgement),
# "lần thứ 4" (name), document numbers and dates, "2021 - 2025", the heading
# numbers "1.".
# --------------------------------------------------------------------------
D04 = dict(name="04_ca-nuoc-chinh-phu-so-nganh-tu-phap-2022", kind="result", year=2022, records=[
    R("kết nối đến «100% huyện", "Mạng truyền số liệu chuyên dùng của các cơ quan Đảng, Nhà nước kết nối đến", "=",
      100, scope="huyện", pillar=GOV, iid="infra.specialised_network_connection_share"),
    R("; «96,73% xã", "Mạng truyền số liệu chuyên dùng của các cơ quan Đảng, Nhà nước kết nối đến", "=", 96.73,
      scope="xã", pillar=GOV, iid="infra.specialised_network_connection_share"),
])

# --------------------------------------------------------------------------
# 05 Hà Giang's state of digital transformation under Nghị quyết 18
# (tothethao.com's copy, headed "phấn đấu vào nhóm 20 tỉnh dẫn đầu"; no date
# and no year of the values shown → year null throughout). The excerpt's
# first line "Xếp thứ 26/63 tỉnh/thành phố có chỉ số chuyển đổi số" → a rank
# result (=, 26; dti.provincial_rank). Pillar: "Theo đó, tỉnh tập trung lãnh
# đạo, chỉ đạo xây dựng chính quyền điện tử và đạt được kết quả nổi bật." is
# a lead-in on a line of its own opening the two lines of results that follow
# → digital_government for the six values there (a judgement; the second line
# closes with "... hoàn thiện chính quyền điện tử"). "Hạ tầng xã hội số có
# bước phát triển: ..." → digital_society for its list (as set5's gold of the
# same wording). "tỷ lệ UBND cấp huyện, xã có điểm cầu trực tuyến đạt 100%"
# → one record, scope null (one value for both levels). The last count
# "2.418 tr" is cut inside its noun; recorded (count). Ids: rank
# dti.provincial_rank; egov.agency_portals_share; egov.electronic_documents_share
# (the 100% exchanged; the 60% signed has none: the catalogue joins both);
# infra.video_conference_communes_share (communes and districts; a judgement);
# infra.fibre_commune_coverage_share; infra.bts_stations_count. The level-4
# share and "xử lý hồ sơ điện tử" (records or applications not said) → none.
# Not quantities: "52-NQ/TW", "27/9/2019", "749", "lần thứ 4", "2025", "2030",
# the denominator "63".
# --------------------------------------------------------------------------
D05 = dict(name="05_hagiang-nhom-20-chuyen-doi-so", kind="result", year=None, records=[
    R("Xếp thứ «26/63", "Xếp thứ tỉnh/thành phố có chỉ số chuyển đổi số", "=", 26, **RANK,
      iid="dti.provincial_rank"),
    R("mức độ 4 đạt «80,62%", "tỷ lệ dịch vụ công trực tuyến mức độ 4", "=", 80.62, pillar=GOV),
    R("hồ sơ điện tử đạt «66,38%", "tỷ lệ xử lý hồ sơ điện tử", "=", 66.38, pillar=GOV),
    R("thông tin điện tử đạt «100%", "Tỷ lệ các cơ quan hành chính có trang/cổng thông tin điện tử", "=", 100,
      pillar=GOV, iid="egov.agency_portals_share"),
    R("giữa các cơ quan đạt «100%", "tỷ lệ văn bản điện tử trao đổi giữa các cơ quan", "=", 100, pillar=GOV,
      iid="egov.electronic_documents_share"),
    R("chữ ký số đạt «60%", "văn bản điện tử ứng dụng chữ ký số", "=", 60, pillar=GOV),
    R("trực tuyến đạt «100%", "tỷ lệ UBND cấp huyện, xã có điểm cầu trực tuyến", "=", 100, pillar=GOV,
      iid="infra.video_conference_communes_share"),
    R("phát triển: «100% các xã", "các xã đã có cáp quang đến trung tâm", "=", 100, pillar=SOC,
      iid="infra.fibre_commune_coverage_share"),
    R("(BTS) đạt «2.418 tr", "số trạm thu phát sóng (BTS)", "=", 2418, **CNT, pillar=SOC,
      iid="infra.bts_stations_count"),
])

# --------------------------------------------------------------------------
# 06 Hà Nội's cashless-payment street in Hoàn Kiếm district (hanoimoi.vn, no
# date shown; the theme "... năm 2023" and the event of "7-10" → 2023).
# Results of the city: "Tỷ lệ thanh toán không dùng tiền mặt trong giao dịch
# điện tử ước đạt 45%; tiền nước đạt 97%; tiền điện đạt 99,9%" → three
# records, each with its own subject (contract: "lần lượt là 15, 7, 4"),
# "ước đạt" → =. Id econ.cashless_transactions_share on the 45% (a
# judgement); the water and power bills none. Pillar null. Not quantities:
# "7-10", "10-10" (dates).
# --------------------------------------------------------------------------
D06 = dict(name="06_hanoi-hoankiem-thanh-toan-2023", kind="result", year=2023, records=[
    R("ước đạt «45%", "Tỷ lệ thanh toán không dùng tiền mặt trong giao dịch điện tử", "=", 45,
      iid="econ.cashless_transactions_share"),
    R("tiền nước đạt «97%", "thanh toán không dùng tiền mặt tiền nước", "=", 97),
    R("tiền điện đạt «99,9%", "thanh toán không dùng tiền mặt tiền điện", "=", 99.9),
])

# --------------------------------------------------------------------------
# 07 Gia Lai's provincial Youth Union, results of 2023 (truyenhinhthanhnien.com.vn,
# no date; "năm 2023" → 2023). Counts reached: 1233 community digital teams
# (aware.community_digital_teams_count), 10 heritage sites digitised
# (society.digitised_heritage_sites_count), 19 model "electronic" residential
# groups, "hơn 276.200" people helped to install VNeID level 2 (op >;
# society.eid_accounts_activated_count, a judgement). "với sự tham gia của
# hơn 15.000 đoàn viên" → the participants of the effort, not a quantity
# (contract). The youth works "03 ... cấp tỉnh, 74 ... cấp huyện, 615 ... cấp
# cơ sở" split one count by level → three records with scopes; "hơn 7,4 tỷ
# đồng" their value (op >, money). Pillar null (the lead-in names "chính phủ
# số, xã hội số", two pillars). Not quantities: "mức độ 2" (a level's name),
# "năm 2024" (the next year's theme).
# --------------------------------------------------------------------------
D07 = dict(name="07_gialai-tinh-doan-2023", kind="result", year=2023, records=[
    R("có «1233 tổ", "tổ chuyển đổi số cộng đồng do cán bộ Đoàn làm nòng cốt", "=", 1233, **CNT,
      iid="aware.community_digital_teams_count"),
    R("số hóa dữ liệu «10 di tích", "số hóa dữ liệu di tích lịch sử, văn hóa, địa chỉ đỏ", "=", 10, **CNT,
      iid="society.digitised_heritage_sites_count"),
    R("thành lập «19 mô hình", "mô hình tổ dân phố điện tử", "=", 19, **CNT),
    R("hơn «276.200 bà con", "bà con nhân dân cài đặt ứng dụng VneID mức độ 2", ">", 276200, **CNT,
      iid="society.eid_accounts_activated_count"),
    R("thực hiện «03 công trình", "công trình thanh niên", "=", 3, **CNT, scope="cấp tỉnh"),
    R("«74 công trình", "công trình thanh niên", "=", 74, **CNT, scope="cấp huyện"),
    R("«615 công trình", "công trình thanh niên", "=", 615, **CNT, scope="cấp cơ sở"),
    R("hơn «7,4 tỷ đồng", "tổng trị giá các công trình, phần việc, hoạt động", ">", 7.4e9, **DONG),
])

# --------------------------------------------------------------------------
# 08 Digital school records, national (giaoducthoidai.vn, no date shown): a
# precision check. One quantity: "Có 63/63 địa phương phối hợp với nhà cung
# cấp cổng học bạ số" → a count result (=, 63; the denominator is no record).
# Year null ("Đến nay" after a pilot of the school year 2023 - 2024 and a
# directive of 11/2/2024; no year given to the count; a judgement). No id
# (localities, not schools). Not quantities: "11/2/2024", "04/CT-TTg", "2022 -
# 2025", "2030", the school years "2023 - 2024", "2024 - 2025".
# --------------------------------------------------------------------------
D08 = dict(name="08_ca-nuoc-hoc-ba-so-precision", kind="result", year=None, records=[
    R("Có «63/63 địa phương", "địa phương phối hợp với nhà cung cấp cổng học bạ số", "=", 63, **CNT),
])

# --------------------------------------------------------------------------
# 09 Hà Nội's digital transformation (tapchicongsan.org.vn, no date shown): a
# precision check. One quantity: "Chỉ số chuyển đổi số cấp tỉnh (DTI) xếp thứ
# 24/63 tỉnh, thành phố" of "năm 2022" → rank result (=, 24, year 2022,
# dti.provincial_rank). "tăng 16 bậc so với năm 2021" a change (not a
# quantity). Not quantities: "Năm 2021", "hai quý đầu năm 2023" (dates), the
# denominator "63".
# --------------------------------------------------------------------------
D09 = dict(name="09_hanoi-dti-2022-precision", kind="result", year=2022, records=[
    R("xếp thứ «24/63", "Chỉ số chuyển đổi số cấp tỉnh (DTI)", "=", 24, **RANK, iid="dti.provincial_rank"),
])

# --------------------------------------------------------------------------
# 10 Quảng Trị's Farmers' Union (hoinongdan-quangtri.org.vn, no date shown):
# a precision check. One quantity: "100% cơ sở Hội được trang bị máy vi tính,
# kết nối mạng" → result (=, 100), year null (no year in the text), no id
# (union branches, not civil servants). Not quantities: "02 - NQ/TU",
# "04/10/2021", "2025", "2030", "lần thứ tư" (words).
# --------------------------------------------------------------------------
D10 = dict(name="10_quangtri-hoi-nong-dan-precision", kind="result", year=None, records=[
    R("cấp trên; «100% cơ sở Hội", "cơ sở Hội được trang bị máy vi tính, kết nối mạng", "=", 100),
])

# --------------------------------------------------------------------------
# 11 Bình Dương's provincial Youth Union and digital transformation
# (ictvietnam.vn, no date shown): a precision check. One quantity: "100%
# huyện, thị, thành Đoàn cũng đã đồng loạt tổ chức Chương t[rình]" → result
# (=, 100), year 2023 (the paragraph before is the programme of the National
# Digital Transformation Day 2023, "cũng đã" pairing the two; a judgement).
# Not quantities: "3 nhóm nhiệm vụ" (tasks), "hơn 300 ĐVTN tham gia" (the
# participants of an event, contract), "năm 2023".
# --------------------------------------------------------------------------
D11 = dict(name="11_binhduong-tinh-doan-2023-precision", kind="result", year=2023, records=[
    R("tương đương, «100% huyện", "huyện, thị, thành Đoàn cũng đã đồng loạt tổ chức Chương", "=", 100),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
