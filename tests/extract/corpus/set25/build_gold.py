#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set25).

Copied from set23's builder (itself from set21's, set19's, set17's, set15's, set14's, set12's, set10's, set9's, set8's and the seeds'). Each record
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
set10-set23, the id is given in the record itself (`iid=`).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, GOV, ECO, SOC, INFRA, SEC, HR, DATA, SMART, INST, AWARE, CNT, RANK, T  # noqa: E402


VAL = dict(unit="other", unit_text=None)
DONG = dict(unit="other", unit_text="đồng")

GDP = "econ.digital_economy_gdp_share"
WR = "egov.work_records_online_share"
DIGI = "egov.digitised_procedure_results_share"
EDOC = "egov.electronic_documents_share"
BTS = "infra.bts_stations_count"
HHNET = "infra.households_internet_share"
PAR_W = "Giá trị trung bình Chỉ số cải cách hành chính"

# --------------------------------------------------------------------------
# 01 Bình Dương (ictvietnam.vn, 09/09/2024): the digital economy as reported
# to a conference in May 2024 "tính đến năm 2023" → 2023 for every value (the
# lead, which restates the body, and "Đến nay" included). The title "Kinh tế
# số là nền tảng để Bình Dương phát triển" names one pillar and heads the
# whole text → digital_economy for all (set21 03). The lead restates the
# body: both recorded (set21). "kinh tế số lõi 7,41%" and "kinh tế số ngành
# lĩnh vực 3,92%" are the two parts of the GRDP share (the second is the
# digitised sectors' part of GRDP, not the catalogue's share within each
# sector: id null). "xếp thứ 14 cả nước và thứ 2 vùng Đông Nam Bộ": ranks of
# the GRDP share, op = (the region in the wording). FDI projects and capital
# are reported figures of the province: recorded. "khoảng", "khoảng gần" ~,
# "trên" >. "5/2024" is a date.
# --------------------------------------------------------------------------
D01 = dict(name="01_binhduong-kinh-te-so-2023", kind="result", year=2023, records=[
    R("tỉnh Bình Dương là «11,34%", "Tỷ trọng kinh tế số trong GRDP của tỉnh Bình Dương", "=", 11.34, pillar=ECO, iid=GDP),
    R("kinh tế số lõi «7,41%", "kinh tế số lõi", "=", 7.41, pillar=ECO),
    R("tế số lõi 7,41%, kinh tế số ngành lĩnh vực «3,92%", "kinh tế số ngành lĩnh vực", "=", 3.92, pillar=ECO),
    R("tế số lõi 7,41%, kinh tế số ngành lĩnh vực 3,92%, xếp thứ «14", "Tỷ trọng kinh tế số trong GRDP xếp thứ cả nước", "=", 14,
      **RANK, pillar=ECO),
    R("tế số lõi 7,41%, kinh tế số ngành lĩnh vực 3,92%, xếp thứ 14 cả nước và thứ «2",
      "Tỷ trọng kinh tế số trong GRDP xếp thứ vùng Đông Nam Bộ", "=", 2, **RANK, pillar=ECO),
    R("khoảng «68.000 doanh", "doanh nghiệp", "~", 68000, **CNT, pillar=ECO),
    R("khoảng «7.000 DN", "DN công nghệ thông tin", "~", 7000, **CNT, pillar=ECO),
    R("khoảng «11.000 tỷ", "DN công nghệ thông tin tổng doanh thu", "~", 11000e9, **DONG, pillar=ECO,
      iid="econ.ict_industry_revenue"),
    R("và «4.219 dự án", "dự án FDI", "=", 4219, **CNT, pillar=ECO),
    R("trên «40 tỷ USD", "dự án FDI tổng vốn đầu tư", ">", 40e9, unit="other", unit_text="USD", pillar=ECO),
    R("(KTS) trong GRDP của tỉnh là «11,34%", "Tỷ trọng kinh tế số trong GRDP của tỉnh", "=", 11.34, pillar=ECO, iid=GDP),
    R("KTS lõi «7,41%", "KTS lõi", "=", 7.41, pillar=ECO),
    R("KTS lõi 7,41%, kinh tế số ngành lĩnh vực «3,92%", "kinh tế số ngành lĩnh vực", "=", 3.92, pillar=ECO),
    R("KTS lõi 7,41%, kinh tế số ngành lĩnh vực 3,92%, xếp thứ «14", "Tỷ trọng kinh tế số trong GRDP xếp thứ cả nước", "=", 14,
      **RANK, pillar=ECO),
    R("KTS lõi 7,41%, kinh tế số ngành lĩnh vực 3,92%, xếp thứ 14 cả nước và thứ «2",
      "Tỷ trọng kinh tế số trong GRDP xếp thứ vùng Đông Nam Bộ", "=", 2, **RANK, pillar=ECO),
    R("khoảng gần «49.000 DN", "DN đang sử dụng các nền tảng số", "~", 49000, **CNT, pillar=ECO),
    R("có «544 DN", "DN tham gia giao dịch trên sàn TMĐT", "=", 544, **CNT, pillar=ECO),
    R("và «2.990 sản phẩm", "sản phẩm tham gia giao dịch trên sàn TMĐT", "=", 2990, **CNT, pillar=ECO,
      iid="econ.ecommerce_products_count"),
])

# --------------------------------------------------------------------------
# 02 Quảng Ngãi (danviet.vn, 2024-10): results of "9 tháng năm 2024" → 2024.
# No heading: pillar null. Two splits by level, one measure each (spec):
# work records "ở các sở, ban, ngành của tỉnh đạt trên 99%; cấp huyện đạt
# gần 88%; cấp xã đạt trên 70%" (the province level worded as its offices,
# set19 09: scope as written) and digitised records "tại BQL KKT Dung Quất
# và các KCN tỉnh đạt trên 99%; ở cấp huyện đạt 81 - 86%; cấp xã đạt 96 -
# 99%" (the province's economic-zone board as the first scope; two ranges,
# op between). "95% văn bản được ký số" has its own subject and no level:
# scope null. "trên" >, "gần" ~. "dẫn đầu 63 tỉnh" names no place number
# (63 is the population ranked, set23); "1 kết quả" a word; "9 tháng" a period.
# --------------------------------------------------------------------------
D02 = dict(name="02_quangngai-9-thang-2024", kind="result", year=2024, records=[
    R("tỉnh đạt trên «99%; cấp huyện đạt gần", "tỷ lệ xử lý văn bản, hồ sơ công việc trên môi trường mạng", ">", 99,
      scope="các sở, ban, ngành của tỉnh", iid=WR),
    R("gần «88%", "tỷ lệ xử lý văn bản, hồ sơ công việc trên môi trường mạng", "~", 88, scope="cấp huyện", iid=WR),
    R("trên «70% và", "tỷ lệ xử lý văn bản, hồ sơ công việc trên môi trường mạng", ">", 70, scope="cấp xã", iid=WR),
    R("và «95% văn bản", "văn bản được ký số, khi phát hành văn bản điện tử", "=", 95, iid=EDOC),
    R("KCN tỉnh đạt trên «99%", "số hóa hồ sơ ở đầu vào và ra", ">", 99, scope="BQL KKT Dung Quất và các KCN tỉnh", iid=DIGI),
    R("đạt «81 - 86%", "số hóa hồ sơ ở đầu vào và ra", "between", 81, value_max=86, scope="cấp huyện", iid=DIGI),
    R("đạt «96 - 99%", "số hóa hồ sơ ở đầu vào và ra", "between", 96, value_max=99, scope="cấp xã", iid=DIGI),
])

# --------------------------------------------------------------------------
# 03 Quảng Ngãi (baomoi.com from Báo Quảng Ngãi, no date shown): cashless
# payment. The title names two pillars (chính quyền số, xã hội số) → null;
# "Cùng nhau chuyển đổi số" names none. "hiện có khoảng 40,6 nghìn mã QR"
# stands in the paragraph whose next sentence names "Trong năm 2024" → 2024
# for both (set21 12). The page breaks off at "giao" (worded as stored).
# --------------------------------------------------------------------------
D03 = dict(name="03_quangngai-qr-xa-hoi-so-2024", kind="result", year=2024, records=[
    R("khoảng «40,6 nghìn", "mã QR của hệ thống ngân hàng", "~", 40600, **CNT),
    R("hơn «13,3 triệu", "giao", ">", 13.3e6, **CNT, note="the page breaks off after 'giao'; worded as stored"),
])

# --------------------------------------------------------------------------
# 04 Tây Ninh (sggp.org.vn, 24/9/2025; the province after the July 2025
# merger with Long An): "đến nay" in a dated page → 2025. No heading: pillar
# null. "trên 99% ở cả cấp tỉnh và cấp xã": one value for both levels (set21
# 05) → scope null. "gần" ~, "hơn"/"trên" >. "lần thứ I", "3D", "2025 – 2030"
# are names and periods.
# --------------------------------------------------------------------------
D04 = dict(name="04_tayninh-nen-tang-so-2025", kind="result", year=2025, records=[
    R("«100% UBND xã", "UBND xã, phường đã triển khai hệ thống quản lý văn bản điện tử", "=", 100,
      iid="egov.document_system_use_share"),
    R("gần «11.100 chứng", "chứng thư số chuyên dùng được cấp phát", "~", 11100, **CNT, iid="egov.digital_certificates_issued_count"),
    R("hơn «6.800 tài", "tài khoản thư điện tử công vụ đã được sử dụng rộng rãi", ">", 6800, **CNT),
    R("đạt trên «99% ở", "Việc trao đổi văn bản điện tử", ">", 99, iid=EDOC),
    R("gần «3.900 trạm", "trạm phát sóng di động", "~", 3900, **CNT, iid=BTS),
    R("phủ «100% ấp", "internet cáp quang phủ ấp", "=", 100, iid="infra.fibre_village_coverage_share"),
])

# --------------------------------------------------------------------------
# 05 Đắk Nông (vjs.vietnam.vn, no date; now Lâm Đồng): a smart village (thôn
# 3) of xã Tâm Thắng. The excerpt names no year and the page shows no date
# → year null (set14-set23). No heading: pillar null. Place: none (a commune
# of the province). Numerators "160/162 hộ", "498/524 người" recorded (set8),
# their denominators not; "đạt tỷ lệ 95%" is the share of the same adults.
# The satisfaction with the village model is not the catalogue's
# satisfaction with administrative procedures: id null. "hơn" >.
# --------------------------------------------------------------------------
D05 = dict(name="05_daknong-thon-tamthang", kind="result", year=None, records=[
    R("hài lòng đạt «99%", "Mô hình thôn thông minh được người dân ghi nhận với tỷ lệ hài lòng", "=", 99),
    R("đạt «160/162", "hộ gia đình sử dụng dịch vụ Internet đường truyền băng thông rộng, cáp quang, 4G", "=", 160, **CNT),
    R("có «498/524", "người dân trưởng thành của thôn sở hữu điện thoại thông minh đã được cài đặt ứng dụng DakNong-C",
      "=", 498, **CNT),
    R("tỷ lệ «95%", "người dân trưởng thành của thôn sở hữu điện thoại thông minh đã được cài đặt ứng dụng DakNong-C",
      "=", 95, iid="platforms.citizen_app_users_share"),
    R("đạt hơn «60%", "Tỷ lệ giải quyết trực tuyến trên tổng số hồ sơ giải quyết thủ tục hành chính của xã", ">", 60,
      iid="egov.online_applications_share"),
    R("đạt «100% và", "văn bản được ký số (trừ văn bản mật)", "=", 100, iid=EDOC),
    R("có «90% thôn", "thôn, buôn có hệ thống loa truyền thanh hoạt động thường xuyên", "=", 90,
      iid="infra.radio_village_coverage_share"),
    R("có hơn «60% hộ", "hộ sản xuất, kinh doanh sử dụng dịch vụ thanh toán trực tuyến", ">", 60),
])

# --------------------------------------------------------------------------
# 06 Vĩnh Long (thanhnien.vn, 18/11/2025): the new plan for digital
# infrastructure 2025-2030. The heading "Thử nghiệm 6G vào năm 2030" names a
# topic of hạ tầng số (the mobile network, spec's topic table) and stands
# over every value → digital_infrastructure (the heading decides, also for
# the signatures). Years: "đến hết năm 2025" opens a list that runs on into
# the next paragraph (its items end with ";" and the 2030 paragraph follows),
# so the 50% of signatures takes 2025; "Đến năm 2030" → 2030. "trên" >;
# "phấn đấu đạt tỷ lệ 50%" >=. "so với số lượng trạm 4G" names the base of a
# share (spec's "so với tổng số"). "6G", "5G", "4G" are names.
# --------------------------------------------------------------------------
D06 = dict(name="06_vinhlong-ha-tang-so-2025-2030", kind="target", year=2025, records=[
    R("đạt trên «10% so", "vùng phủ sóng 5G so với số lượng trạm 4G đã phát sóng", ">", 10, pillar=INFRA),
    R("tỷ lệ «50% dân", "dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân", ">=", 50, pillar=INFRA,
      iid="society.adult_digital_signature_share"),
    R("đạt trên «50% so", "số trạm 5G phát sóng so với số lượng trạm 4G đã phát sóng", ">", 50, year=2030, pillar=INFRA),
])

# --------------------------------------------------------------------------
# 07 Kon Tum (vietnamnet.vn, no date; now Quảng Ngãi): huyện Kon Plông's
# targets "đối với hạ tầng số:" → digital_infrastructure (lead-in, spec).
# The excerpt names no horizon and the page no date → year null. Bare
# numbers of a target list read >=. The third item breaks off at "100%
# thôn/làng " (worded as stored, with a note). The population share with
# smartphones: id null (the catalogue has the adult share, set15 15); the
# households with fibre Internet: infra.households_internet_share (set14-set23).
# --------------------------------------------------------------------------
D07 = dict(name="07_kontum-konplong-muc-tieu", kind="target", year=None, records=[
    R("số: «80% dân", "dân số có điện thoại thông minh", ">=", 80, pillar=INFRA),
    R("«70% hộ", "hộ gia đình có Internet cáp quang băng rộng", ">=", 70, pillar=INFRA, iid=HHNET),
    R("«100% thôn/làng", "thôn/làng", ">=", 100, pillar=INFRA, note="the page breaks off after 'thôn/làng'"),
])

# --------------------------------------------------------------------------
# 08 Phú Yên (vietnamnet.vn, no date; now Đắk Lắk): a plan for the ethnic
# minority programme "giai đoạn 2021 - 2025": targets of 2025 (the plan's
# horizon, also for the paragraph that names none). "từ tỉnh đến cấp xã" is
# one value for all levels: scope null. "3 huyện", "33 dân tộc", "32 dân tộc
# thiểu số" are demography and administrative structure (set15). No heading.
# --------------------------------------------------------------------------
D08 = dict(name="08_phuyen-dtts-muc-tieu-2025", kind="target", year=2025, records=[
    R("đạt «100% các cơ quan", "các cơ quan quản lý, thực hiện Chương trình từ tỉnh đến cấp xã được triển khai hệ thống thông tin "
      "phục vụ quản lý, chỉ đạo, điều hành", ">=", 100),
    R("Phấn đấu «80% các Sở", "các Sở, ban, ngành chủ trì triển khai các nội dung, tiểu dự án, dự án của Chương trình và UBND các "
      "huyện thực hiện Chương trình được nâng cấp trang thiết bị phòng họp trực tuyến", ">=", 80),
])

# --------------------------------------------------------------------------
# 09 Phú Yên (laodong.vn, 21/01/2023): a precision check with no record.
# "đã hoàn thành 4/12 mục tiêu và 1/1 nhiệm vụ được giao" is the degree to
# which targets and tasks were met (set15 04, set19 12): no quantity.
# --------------------------------------------------------------------------
D09 = dict(name="09_phuyen-muc-tieu-2023", kind="result", year=2023, records=[])

# --------------------------------------------------------------------------
# 10 Tiền Giang (vccinews.vn, 3/10/2022; now Đồng Tháp): "Tính đến tháng
# 6/2022" and the page's date → 2022 for all values. "một trong những tỉnh
# nằm trong tốp 10 của cả nước về ... ICT Index": a rank <= 10 (spec), in
# the first paragraph (no heading above it: pillar null). The heading "Phát
# triển hạ tầng viễn thông" (spec's topic table) → digital_infrastructure
# for everything after it. One record per number of the BTS breakdown, scope
# null (spec); the kinds keep the BTS id (set23: a split by kind keeps the
# id). Averages per postal point are unit other with the unit as written.
# "100 xã, phường, thị trấn" is a count. "2G", "3G", "4G" are names.
# --------------------------------------------------------------------------
D10 = dict(name="10_tiengiang-ha-tang-2022", kind="result", year=2022, records=[
    R("tốp «10 của", "tỉnh nằm trong tốp của cả nước về chỉ số Sẵn sàng ứng dụng và Phát triển công nghệ thông tin và truyền thông "
      "(ICT Index)", "<=", 10, **RANK, iid="rank.ict_index"),
    R("là «87,4%", "Tỷ lệ hộ gia đình có điện thoại thông minh", "=", 87.4, pillar=INFRA,
      iid="society.households_smartphone_share"),
    R("là «68,3%", "tỷ lệ hộ gia đình có cáp quang băng rộng", "=", 68.3, pillar=INFRA, iid=HHNET),
    R("tới «100% xã", "Tỷ lệ phủ sóng di động tới xã, phường, thị trấn", "=", 100, pillar=INFRA),
    R("kết nối mạng đạt «100%", "tỷ lệ cơ quan nhà nước từ cấp tỉnh đến cấp xã kết nối mạng", "=", 100, pillar=INFRA),
    R("có «16 doanh", "doanh nghiệp tham gia cung ứng dịch vụ bưu chính", "=", 16, **CNT, pillar=INFRA),
    R("với «283 điểm", "điểm phục vụ bưu chính", "=", 283, **CNT, pillar=INFRA),
    R("bưu chính: «6.343", "Số người dân được phục vụ bình quân của một điểm phục vụ bưu chính", "=", 6343,
      unit="other", unit_text="người/1 điểm", pillar=INFRA),
    R("đạt «1,672 km", "bán kính phục vụ", "=", 1.672, unit="other", unit_text="km/1 điểm", pillar=INFRA),
    R("có «4.977 trạm", "trạm BTS", "=", 4977, **CNT, pillar=INFRA, iid=BTS),
    R("(«1.290 trạm", "trạm 2G", "=", 1290, **CNT, pillar=INFRA, iid=BTS),
    R("«1.814 trạm", "trạm 3G", "=", 1814, **CNT, pillar=INFRA, iid=BTS),
    R("«1.873 trạm", "trạm 4G", "=", 1873, **CNT, pillar=INFRA, iid=BTS),
    R("«100 xã, phường", "xã, phường, thị trấn có kết nối cáp quang, internet băng rộng", "=", 100, **CNT, pillar=INFRA),
])

# --------------------------------------------------------------------------
# 11 Bạc Liêu (vietnamnet.vn, no date; now Cà Mau): xã Vĩnh Thanh,
# recognised "vào tháng 8/2023" → 2023. One record: the numerator of
# "291/308 hộ" (set8). "5 nhóm tiêu chí" is the structure of a standard
# (set23: an index's parts); "1B" and "3G/4G" are names.
# --------------------------------------------------------------------------
D11 = dict(name="11_baclieu-xa-vinhthanh-2023", kind="result", year=2023, records=[
    R("có «291/308", "hộ xài điện thoại thông minh, máy vi tính có kết nối Internet", "=", 291, **CNT),
])

# --------------------------------------------------------------------------
# 12 Bình Thuận (lagi.binhthuan.dcs.vn, no date; thị xã La Gi, now Lâm Đồng):
# "Qua 03 năm thực hiện Nghị quyết số 10-NQ/TU, ngày 18/3/2022" dates the
# results to 2025 (set19 17: the text says how long after a dated start).
# "23 lớp/7.008 người": counts of sessions and of participants (two things,
# not a fraction): both recorded. "65 tổ ... ở 65 thôn, khu phố": teams and
# the villages they cover, both recorded (set23 01's communes covered). No
# heading: pillar null. "mức độ 3, 4" are names; "03 năm" a period.
# --------------------------------------------------------------------------
D12 = dict(name="12_binhthuan-lagi-nq10-2025", kind="result", year=2025, records=[
    R("tổ chức «23 lớp", "lớp tham gia học tập, quán triệt, phổ biến, tuyên truyền nội dung Nghị quyết", "=", 23, **CNT),
    R("lớp/«7.008 người", "người tham gia học tập, quán triệt, phổ biến, tuyên truyền nội dung Nghị quyết", "=", 7008, **CNT),
    R("thành lập «65 tổ", "tổ công nghệ số cộng đồng", "=", 65, **CNT, iid="aware.community_digital_teams_count"),
    R("ở «65 thôn", "thôn, khu phố", "=", 65, **CNT),
])

# --------------------------------------------------------------------------
# 13 Bà Rịa - Vũng Tàu (nld.com.vn, no date shown; now TP.HCM): the city's
# IOC opened "Ngày 21-12" (no year in the excerpt) → year null. The paragraph
# with the values names no pillar and stands under no heading → null. The
# cameras are "xã hội hóa" (not said to be connected): id null; the integrated
# positions are positions, not cameras: null.
# --------------------------------------------------------------------------
D13 = dict(name="13_vungtau-ioc-2020", kind="result", year=None, records=[
    R("hơn «1.100 camera", "camera giám sát an ninh xã hội hóa", ">", 1100, **CNT),
    R("tích hợp «50 vị trí", "vị trí giám sát an ninh Viettel tích hợp về trung tâm điều hành", "=", 50, **CNT),
    R("và «2 vị trí", "vị trí giám sát và xử phạt giao thông về trung tâm điều hành", "=", 2, **CNT),
])

# --------------------------------------------------------------------------
# 14 National (ictnews.vietnamnet.vn, 2020-09): SOC centres. Year 2020 (the
# date; "Đến nay"). The first paragraph names the topic (an security
# centre) but holds no value and is no heading → pillar null (set15 03). One
# record per number of the breakdowns (spec). "mô hình ... 4 lớp" is a named
# model and "2 lớp quan trọng" its parts (set15: structure).
# --------------------------------------------------------------------------
D14 = dict(name="14_quocgia-soc-2020", kind="result", year=2020, records=[
    R("là «10 Bộ", "số Bộ triển khai Trung tâm điều hành an ninh mạng SOC", "=", 10, **CNT),
    R("và «34 tỉnh", "tỉnh, thành phố triển khai Trung tâm điều hành an ninh mạng SOC", "=", 34, **CNT),
    R("có «84 doanh", "doanh nghiệp được cấp phép kinh doanh sản phẩm, dịch vụ an toàn thông tin mạng", "=", 84, **CNT),
    R("có «4 tập", "tập đoàn nhà nước", "=", 4, **CNT),
    R("«54 công ty", "công ty cổ phần", "=", 54, **CNT),
    R("«26 công ty", "công ty trách nhiệm hữu hạn", "=", 26, **CNT),
    R("có «8 doanh", "doanh nghiệp cung cấp nền tảng dịch vụ Trung tâm SOC đáp ứng yêu cầu kết nối, chia sẻ thông tin với NCSC",
      "=", 8, **CNT),
])

# --------------------------------------------------------------------------
# 15 National (vietnamplus.vn, 2025-04): PAR Index 2024 means of the six
# regions, written with a decimal point ("90.17%": a dot followed by two
# digits is a decimal, not a thousands separator). Values of 2024; the
# bracketed "(88.32%)" etc. are the 2023 values (spec). "cao hơn 1.85% so với
# năm 2023" are changes: NOT. "6/6 vùng ... đạt trên 80%": the numerator
# recorded (set8), the threshold inside its subject NOT (set21). Regions are
# no province or commune: no place, the region in the wording (spec's "khu
# vực Tây Nguyên"). "Xếp vị trí thứ 3 / 4", "thứ 5 và thứ 6 lần lượt là":
# rank results =, one per region (spec "lần lượt"). No heading; ids null
# (no catalogue entry for the PAR score or a region's rank).
# --------------------------------------------------------------------------
D15 = dict(name="15_quocgia-par-2024-vung", kind="result", year=2024,
           NOT=["trên «80% và", "cao hơn «1.85%", "cao hơn «1.99%", "cao hơn «1.58%", "cao hơn «0.48%"], records=[
    R("2024, «6/6 vùng", "vùng kinh tế-xã hội đều có giá trị trung bình Chỉ số cải cách hành chính", "=", 6, **CNT),
    R("đạt «90.17%", PAR_W + " vùng Đồng bằng sông Hồng", "=", 90.17),
    R("(«88.32%)", PAR_W + " vùng Đồng bằng sông Hồng", "=", 88.32, year=2023),
    R("đạt «89.44%", PAR_W + " vùng Đông Nam Bộ", "=", 89.44),
    R("(«87.45%)", PAR_W + " vùng Đông Nam Bộ", "=", 87.45, year=2023),
    R("thứ «3 là", "Xếp vị trí thứ vùng Bắc Trung Bộ và duyên hải miền Trung", "=", 3, **RANK),
    R("đạt «88.51%", PAR_W + " vùng Bắc Trung Bộ và duyên hải miền Trung", "=", 88.51),
    R("1.58% so với năm 2023 («87.72%)", PAR_W + " vùng Bắc Trung Bộ và duyên hải miền Trung", "=", 87.72, year=2023),
    R("thứ «4 là", "Xếp vị trí thứ vùng Trung du miền núi phía Bắc", "=", 4, **RANK),
    R("đạt «88.20%", PAR_W + " vùng Trung du miền núi phía Bắc", "=", 88.2),
    R("0.48% so với năm 2023 («87.72%)", PAR_W + " vùng Trung du miền núi phía Bắc", "=", 87.72, year=2023),
    R("thứ «5 và", "Xếp vị trí thứ Đồng bằng sông Cửu Long", "=", 5, **RANK),
    R("và thứ «6 lần", "Xếp vị trí thứ Tây Nguyên", "=", 6, **RANK),
    R("đạt «87.37%", PAR_W + " Đồng bằng sông Cửu Long", "=", 87.37),
    R("đạt «85.63%", PAR_W + " Tây Nguyên", "=", 85.63),
])

# --------------------------------------------------------------------------
# 16 National (baomoi.net.vn, no date; "năm 2024"): PAR Index 2024. Values
# of 2024. The national mean 88,37% (no place); Hải Phòng's 96,17% (place,
# spec). Counts of provinces above a threshold or with a rise or fall are
# quantities (set21 14): "toàn bộ 63 tỉnh ... đều đạt chỉ số trên 80%", "53
# địa phương ghi nhận mức tăng", "9 địa phương có chỉ số giảm", "Nhóm A gồm
# 13 tỉnh", "nhóm B gồm 50 tỉnh"; the thresholds inside their subjects are
# NOT (set21). Changes are NOT: "tăng 1,39%", "6,39%", "0,19%", "2,94%",
# "0,21%", "tăng 4,30%". "hơn 85.600 phiếu" is the survey base (set19 20);
# "2 tỉnh" in the title's question and "năm thứ hai" are no quantities.
# --------------------------------------------------------------------------
D16 = dict(name="16_quocgia-par-2024", kind="result", year=2024,
           NOT=["tăng «1,39%", "trên «80%.", "với «6,39%", "là «0,19%", "là «2,94%", "là «0,21%", "từ «90% trở",
                "từ «80% đến", "dưới «90%.", "tăng «4,30%"], records=[
    R("kỷ lục «88,37%", "Giá trị trung bình toàn quốc Chỉ số cải cách hành chính", "=", 88.37),
    R("toàn bộ «63 tỉnh", "tỉnh, thành phố đều đạt chỉ số", "=", 63, **CNT),
    R("có «53 địa", "địa phương ghi nhận mức tăng chỉ số so với năm 2023", "=", 53, **CNT),
    R("«9 địa phương", "địa phương có chỉ số giảm", "=", 9, **CNT),
    R("gồm «13 tỉnh", "Nhóm A gồm tỉnh, thành đạt chỉ số", "=", 13, **CNT),
    R("gồm «50 tỉnh", "nhóm B gồm tỉnh, thành đạt", "=", 50, **CNT),
    R("với «96,17%", "Hải Phòng là địa phương dẫn đầu bảng xếp hạng", "=", 96.17, place="Hải Phòng"),
])

# --------------------------------------------------------------------------
# 17 National (vietnamnet.vn, 21/10/2025): DTI 2024 announced. The national
# DTI 0,7955 (unit other, no "điểm"; set20 11), of 2024; the UN e-government
# rank "xếp 71/193 quốc gia" rank.un_egdi (2024, "năm 2024"). "tăng trưởng
# 8,6% so với năm 2023" and "tăng tới 15 bậc" are changes; "3 cấp" the
# index's structure; "top 5 địa phương" a group named by its size (set23).
# --------------------------------------------------------------------------
D17 = dict(name="17_quocgia-dti-2024", kind="result", year=2024, NOT=["trưởng «8,6%"], records=[
    R("đạt «0,7955", "chỉ số DTI quốc gia", "=", 0.7955, **VAL),
    R("xếp «71/193", "chỉ số xếp hạng Chính phủ điện tử do Liên hợp quốc đánh giá", "=", 71, **RANK, iid="rank.un_egdi"),
])

# --------------------------------------------------------------------------
# 18 National (baomoi.net.vn, no date; "Sáng 6/1"): the statistics office's
# digital-economy share of GDP 2020-2024. The title "Kinh tế số năm 2024 góp
# ..." names one pillar and heads the text → digital_economy for all
# (set21 03); its values restate the body's 2024 share and add the amount:
# recorded (set7-set23). "1,5 triệu tỷ đồng" is 1.5e15 (both magnitude words
# multiply, spec). "các năm từ 2020 - 2024 lần lượt là 12,66%, 12,87%,
# 12,83%, 12,87% và 13,17%": five records, each its own year (spec
# "lần lượt"). The period mean "khoảng 12,88%" and its parts "7,99% (chiếm
# 62%)", "4,89% (chiếm 38%)" take the period's last year (set21 13); the
# brackets take the subject of the value they qualify (set19). "từ 4,75% của
# GDP năm 2020 lên 5,01% của GDP năm 2024": two results (set21 13). The
# electronics share "(chiếm khoảng hơn 30% ...)" stands in a sentence naming
# "năm 2022, 2023": year null (no single year); "khoảng hơn" >, the bound
# word next to the number (set22). The mean: id null (set20-set23's means).
# --------------------------------------------------------------------------
D18 = dict(name="18_quocgia-kinh-te-so-2020-2024", kind="result", year=2024, records=[
    R("góp «1,5 triệu", "Kinh tế số năm 2024 góp", "=", 1.5e15, **DONG, pillar=ECO),
    R("chiếm «13,17% GDP", "Kinh tế số năm 2024 chiếm GDP", "=", 13.17, pillar=ECO, iid=GDP),
    R("lần lượt là «12,66%", "tỷ trọng giá trị tăng thêm của kinh tế số trong GDP", "=", 12.66, year=2020, pillar=ECO, iid=GDP),
    R("12,66%, «12,87%", "tỷ trọng giá trị tăng thêm của kinh tế số trong GDP", "=", 12.87, year=2021, pillar=ECO, iid=GDP,
      note="2021 is the second year of '2020 - 2024'; the year is not written out"),
    R("«12,83%", "tỷ trọng giá trị tăng thêm của kinh tế số trong GDP", "=", 12.83, year=2022, pillar=ECO, iid=GDP),
    R("12,83%, «12,87%", "tỷ trọng giá trị tăng thêm của kinh tế số trong GDP", "=", 12.87, year=2023, pillar=ECO, iid=GDP),
    R("và «13,17%.", "tỷ trọng giá trị tăng thêm của kinh tế số trong GDP", "=", 13.17, year=2024, pillar=ECO, iid=GDP),
    R("khoảng «12,88%", "Trung bình tỷ trọng giá trị tăng thêm kinh tế số trong GDP trong giai đoạn", "~", 12.88, pillar=ECO),
    R("đóng góp «7,99%", "ngành kinh tế số lõi đóng góp", "=", 7.99, pillar=ECO),
    R("(chiếm «62%)", "ngành kinh tế số lõi chiếm", "=", 62, pillar=ECO),
    R("đóng góp «4,89%", "số hóa các ngành khác đóng góp", "=", 4.89, pillar=ECO),
    R("(chiếm «38%)", "số hóa các ngành khác chiếm", "=", 38, pillar=ECO),
    R("khoảng hơn «30%", "ngành sản xuất sản phẩm điện tử, máy vi tính và sản phẩm quang học chiếm tổng giá trị tăng thêm của "
      "hoạt động kinh tế số", ">", 30, year=None, pillar=ECO),
    R("từ «4,75%", "Tỷ trọng giá trị tăng do các ngành được số hóa của GDP", "=", 4.75, year=2020, pillar=ECO),
    R("lên «5,01%", "Tỷ trọng giá trị tăng do các ngành được số hóa của GDP", "=", 5.01, year=2024, pillar=ECO),
])

# --------------------------------------------------------------------------
# 19 National (vneconomy.vn, 17/03/2022): the national committee's action
# plan for 2022 (Quyết định 27/QĐ-UBQGCĐS): targets of 2022. The title and
# the lead restate the health-record target (both recorded, "Hơn"/"trên" >).
# "Kế hoạch đặt mục tiêu năm 2022, ..." names no pillar → null; "Trong phát
# triển chính phủ số," leads its list → digital_government (spec's lead-in).
# "đạt X" in a target reads >=. The population share with smartphones: id
# null (the catalogue has the adult share).
# --------------------------------------------------------------------------
D19 = dict(name="19_quocgia-ke-hoach-2022", kind="target", year=2022, records=[
    R("Hơn «90% người", "người dân sẽ có Hồ sơ sức khỏe điện tử sử dụng trong khám chữa bệnh", ">", 90,
      iid="society.electronic_health_records_share"),
    R("trên «90% người", "người dân Việt Nam có Hồ sơ sức khỏe điện tử", ">", 90, iid="society.electronic_health_records_share"),
    R("đạt «85%", "tỷ lệ dân số có điện thoại thông minh", ">=", 85),
    R("đạt «75%", "Tỷ lệ hộ gia đình có đường Internet cáp quang băng rộng", ">=", 75, iid=HHNET),
    R("đạt «80%", "tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ", ">=", 80, pillar=GOV,
      iid="egov.online_services_with_applications_share"),
    R("trực tuyến đạt «50%; Tỷ lệ số", "Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến", ">=", 50, pillar=GOV,
      iid="egov.online_applications_share"),
    R("đạt «100%", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", ">=", 100, pillar=GOV, iid=DIGI),
    R("thực hiện trực tuyến đạt «50%", "Tỷ lệ báo cáo của các cơ quan hành chính nhà nước được thực hiện trực tuyến", ">=", 50,
      pillar=GOV, iid="egov.online_reporting_share"),
    R("danh mục đạt «50%", "Tỷ lệ cơ quan nhà nước cung cấp dữ liệu mở đầy đủ theo danh mục", ">=", 50, pillar=GOV,
      iid="data.open_data_agencies_share"),
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
