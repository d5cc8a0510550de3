#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set29).

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
f0d9ac1 (214 entries; see README). As in set10-set27, the id is given in the record itself
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
DONG = dict(unit="other", unit_text="đồng")

DTI_R = "dti.provincial_rank"
TEAMS = "aware.community_digital_teams_count"
MEMBERS = "aware.community_digital_team_members_count"
FIBRE_C = "infra.fibre_commune_coverage_share"
ADULT_SP = "society.adult_smartphone_share"
HHNET = "infra.households_internet_share"
LGSP = "data.lgsp_transactions_count"
DOCS_N = "inst.dx_policy_documents_count"
FUND = "inst.dx_funding_amount"

# --------------------------------------------------------------------------
# 01 Kon Tum (dakha.huyentumorong.kontum.gov.vn, a commune site carrying a
# provincial article; no date shown). The title line "Đẩy mạnh Chính quyền số
# để phục vụ nhân dân" is the heading above every value and names chính
# quyền số → digital_government for all (set27 13: a title naming no pillar
# gives null; this one names one). "Tính đến nay" in a page with no date →
# year null (set27 01, 02); the figures "từ ngày 15/12/2021 đến ngày
# 14/12/2022" → 2022. "100% ... cấp tỉnh, huyện, xã": one value for all
# levels, scope null. The two document counts (sent / received on the
# national axis) keep egov.electronic_documents_count (a split by kind); the
# three exchange counts on the LGSP keep data.lgsp_transactions_count.
# "34.020/277.307", "9.878/26.724": numerators recorded (set8); the last one's
# share is cut by the page ("đạ"). "cấp I và II", "mức độ 4" names.
# --------------------------------------------------------------------------
D01 = dict(name="01_kontum-lgsp-dvc-chinh-quyen-so", kind="result", year=None, records=[
    R("đã đến «100% đơn vị", "mạng truyền số liệu chuyên dùng cấp I và II đã đến đơn vị, cơ quan, địa phương quản lý nhà nước cấp tỉnh, huyện, xã",
      "=", 100, pillar=GOV, iid="infra.specialised_network_connection_share"),
    R("có «33.083 văn bản", "văn bản được gửi lên Trục liên thông văn bản quốc gia", "=", 33083, **CNT, pillar=GOV,
      iid="egov.electronic_documents_count"),
    R("và «61.584 văn bản", "văn bản được nhận từ Trục liên thông văn bản quốc gia", "=", 61584, **CNT, pillar=GOV,
      iid="egov.electronic_documents_count"),
    R("có «6.142 lần", "lần trao đổi, gửi nhận dữ liệu Hệ thống Thông tin quản lý hộ tịch và Lý lịch Tư pháp", "=", 6142, **CNT,
      pillar=GOV, iid=LGSP),
    R("«3.078 yêu cầu", "yêu cầu trao đổi, gửi nhận dữ liệu Đăng ký doanh nghiệp", "=", 3078, **CNT, pillar=GOV, iid=LGSP),
    R("«91.901 yêu cầu", "yêu cầu trao đổi Cấp mã số cho các đơn vị có quan hệ với ngân sách", "=", 91901, **CNT, pillar=GOV,
      iid=LGSP),
    R("cung cấp «1.170 dịch", "dịch vụ công trực tuyến mức độ 4", "=", 1170, **CNT, pillar=GOV),
    R("và «595 dịch", "dịch vụ công trực tuyến một phần", "=", 595, **CNT, pillar=GOV),
    R("có «34.020/277.307", "hồ sơ giải quyết trực tuyến thông qua Hệ thống Thông tin giải quyết TTHC tỉnh", "=", 34020, **CNT,
      pillar=GOV, year=2022),
    R("đạt «12%", "hồ sơ giải quyết trực tuyến thông qua Hệ thống Thông tin giải quyết TTHC tỉnh", "=", 12, pillar=GOV, year=2022,
      iid="egov.online_applications_share"),
    R("là «9.878/26.724", "thanh toán trực tuyến nghĩa vụ tài chính trong thực hiện thủ tục đất đai đối với cấp tỉnh và cấp huyện hồ sơ",
      "=", 9878, **CNT, pillar=GOV, year=2022),
])

# --------------------------------------------------------------------------
# 02 An Giang after the merger with Kiên Giang (baoangiang.com.vn,
# 01/07/2025 → date 2025-07): "Hiện, 100% ..." results of the date's year
# 2025, standing under the heading "Hạ tầng số vươn xa" → digital_
# infrastructure for all four. LAN and the specialised network stated
# together, and the internet of industrial zones, firms, schools and
# hospitals together → id null. "72 tuổi" an age, "2 địa phương cũ" the two
# former provinces: no quantities. The last "tỷ lệ " is cut by the page.
# --------------------------------------------------------------------------
D02 = dict(name="02_angiang-hop-nhat-ha-tang-so-2025", kind="result", year=2025, records=[
    R("Hiện, «100% trung", "trung tâm xã, phường có Internet cáp quang tốc độ cao", "=", 100, pillar=INFRA, iid=FIBRE_C),
    R("«100% ấp, khu phố phủ", "ấp, khu phố phủ sóng Internet di động băng rộng", "=", 100, pillar=INFRA,
      iid="infra.mobile_village_coverage_share"),
    R("«100% cơ quan Nhà nước có mạng", "cơ quan Nhà nước có mạng nội bộ (LAN) và kết nối mạng chuyên dùng", "=", 100, pillar=INFRA),
    R("«100% khu công nghiệp", "khu công nghiệp, doanh nghiệp, trường học, bệnh viện có kết nối Internet", "=", 100, pillar=INFRA),
])

# --------------------------------------------------------------------------
# 03 An Giang (nhandan.vn, no date shown): the review "kết quả 2 năm triển
# khai" of the 2021-2025 programme, after which tasks are set "cho giai đoạn
# 2023-2025" → results of 2023 (set27 14's reading of "Sau hơn 2 năm").
# Recorded: projects deployed (18; 23 of 53; 30 not yet), targets met (11 of
# 15, twice, with its share 73,3%), the 4 targets not met (the second "4 chỉ
# tiêu này" refers back: not recorded), the funds used ("hơn 56 tỷ đồng", its
# share 14,4%) and the programme's budget "dự toán hơn 389 tỷ đồng" (a planned
# amount: target, no horizon of its own → year null). Not quantities: the
# programme's structure "15 chỉ tiêu", "6 nhóm nhiệm vụ, giải pháp", "53
# chương trình/dự án", "53 dự án, nhiệm vụ" (spec: counts of tasks), "2 năm"
# (duration), "3 trụ cột", denominators "/15", "/53". The first line names
# three pillars → null throughout.
# --------------------------------------------------------------------------
D03 = dict(name="03_angiang-so-ket-15-chi-tieu", kind="result", year=2023, records=[
    R("có «18 dự án", "dự án/ nhiệm vụ về công nghệ thông tin và chuyển đổi số được triển khai", "=", 18, **CNT),
    R("có «11/15 chỉ tiêu đạt mục tiêu", "chỉ tiêu đạt mục tiêu của chương trình đề ra", "=", 11, **CNT),
    R("dự toán hơn «389 tỷ", "Chương trình có dự án, nhiệm vụ với dự toán", ">", 389e9, **DONG, **T, year=None, iid=FUND),
    R("có «23/53 dự án", "dự án, nhiệm vụ được triển khai", "=", 23, **CNT),
    R("sử dụng hơn «56 tỷ", "tổng kinh phí sử dụng", ">", 56e9, **DONG, iid=FUND),
    R("tỷ lệ «14,4%", "tỷ lệ tổng kinh phí sử dụng", "=", 14.4),
    R("có «11/15 chỉ tiêu đạt (", "chỉ tiêu đạt", "=", 11, **CNT),
    R("tỷ lệ «73,3%", "tỷ lệ chỉ tiêu đạt", "=", 73.3),
    R("còn «4 chỉ tiêu", "chỉ tiêu chưa đạt", "=", 4, **CNT),
    R("Còn «30 dự án", "dự án chưa được triển khai", "=", 30, **CNT),
])

# --------------------------------------------------------------------------
# 04 Đắk Lắk, huyện Cư M'gar (thongtintructuyen.net, no date shown, no year
# → null). The values belong to the district, not to the province the
# article is about → place "huyện Cư M’gar" (set27 10). "17/17 xã, thị trấn"
# reached by fibre and "17/17 điểm bưu chính": numerators recorded as counts
# (the catalogue's fibre measure is a share → id null); adults using
# smartphones 98% (society.adult_smartphone_share); "171/171 tổ" community
# teams. The heading "Dịch vụ số phát triển" names no pillar → null. The
# sentence about xã Ea Uy (huyện Krông Pắc) holds no number.
# --------------------------------------------------------------------------
CUMGAR = "huyện Cư M’gar"
D04 = dict(name="04_daklak-cumgar-xa-hoi-so", kind="result", year=None, records=[
    R("phủ đến «17/17 xã", "hạ tầng băng rộng cáp quang, kết nối Internet đã được phủ đến xã, thị trấn", "=", 17, **CNT, place=CUMGAR),
    R("đạt «98%", "tỷ lệ dân số trưởng thành sử dụng điện thoại thông minh", "=", 98, place=CUMGAR, iid=ADULT_SP),
    R("có «17/17 điểm", "điểm bưu chính có kết nối Internet và ứng dụng công nghệ thông tin", "=", 17, **CNT, place=CUMGAR),
    R("«171/171 tổ", "tổ công nghệ số cộng đồng", "=", 171, **CNT, place=CUMGAR, iid=TEAMS),
])

# --------------------------------------------------------------------------
# 05 Sóc Trăng (ictnews.vietnamnet.vn, 2022-11; the photo caption "Lễ ký kết
# hợp tác giai đoạn 2022-2025 ..." cut): a precision text. The two results
# stand in the paragraph "Trong giai đoạn 2014- 2020, ... đã ..." → year 2020
# (the end of the period they report), not the date's 2022. "100% khóm/ấp"
# reached by fibre (infra.fibre_village_coverage_share); "53,8% tổng dân số"
# with smartphones: the whole population, not adults → id null. Not
# quantities: "2022-2025", "2014- 2020", "mức độ 4", "3G/4G".
# --------------------------------------------------------------------------
D05 = dict(name="05_soctrang-vnpt-2014-2020", kind="result", year=2020, records=[
    R("đến «100% khóm", "mạng cáp quang viễn thông đã đến khóm/ấp", "=", 100, iid="infra.fibre_village_coverage_share"),
    R("đạt «53,8%", "Tỉ lệ người dân có điện thoại thông minh tổng dân số", "=", 53.8),
])

# --------------------------------------------------------------------------
# 06 Đắk Nông (dantocmiennui.vn, no date shown; the repeated title and a
# photo caption cut): DTI ranks "năm 2021" (41/63; "thứ 4/5 tỉnh Tây
# Nguyên", a regional rank: rank =, id null, decided case "xếp thứ 5 khu vực
# Tây Nguyên"; 58/63 nhân lực số; 52/63 chính quyền số). The infrastructure
# values under "Hiện nay" in a page without a date → year null (set27 rule).
# "hơn" → >. Households with fixed broadband → infra.households_internet_share;
# households with a computer → null. "các cụm dân cư 6, 8, 9" are names of
# residential clusters. No pillar heading ("các chỉ số nhân lực số, chính
# quyền số" are index components) → null.
# --------------------------------------------------------------------------
D06 = dict(name="06_daknong-dti-2021-ha-tang", kind="result", year=None, records=[
    R("đứng thứ «41/63", "Đắk Nông đứng thứ tỉnh, thành phố trong cả nước về chuyển đổi số", "=", 41, **RANK, year=2021, iid=DTI_R),
    R("đứng thứ «4/5", "đứng thứ tỉnh Tây Nguyên về chỉ số này", "=", 4, **RANK, year=2021),
    R("Hiện nay, «100% xã", "xã, phường, thị trấn của tỉnh Đắk Nông đã được kết nối cáp quang đến trung tâm", "=", 100, iid=FIBRE_C),
    R("«100% cơ sở giáo dục", "cơ sở giáo dục đã kết nối internet băng thông rộng", "=", 100, iid="society.schools_internet_share"),
    R("đến «97% bon", "sóng 4G đã phủ đến bon, buôn (và đơn vị tương đương)", "=", 97, iid="infra.mobile_village_coverage_share"),
    R("internet hơn «73%", "tỷ lệ người dân sử dụng internet", ">", 73, iid="infra.internet_users_share"),
    R("thông minh hơn «84%", "tỷ lệ thuê bao điện thoại thông minh", ">", 84, iid="infra.smartphone_subscriptions_share"),
    R("chỉ đạt hơn «50%", "tỷ lệ hộ gia đình có băng thông rộng cố định", ">", 50, iid=HHNET),
    R("chỉ hơn «23%", "tỷ lệ hộ có máy tính", ">", 23),
    R("xếp hạng «58/63", "tỉnh xếp hạng tỉnh, thành phố về nhân lực số", "=", 58, **RANK, year=2021,
      iid="dti.digital_human_resources_rank"),
    R("thứ «52/63", "xếp thứ về chính quyền số", "=", 52, **RANK, year=2021, iid="dti.digital_government_rank"),
])

# --------------------------------------------------------------------------
# 07 Kon Tum, Kế hoạch 4627/KH-UBND of 29/12/2023 (thuvienphapluat.vn): a
# precision text. The review of 2023 ("ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2023")
# holds two counts, "08 Quyết định1, 06 Kế hoạch2" (documents issued in 2023,
# inst.dx_policy_documents_count; the "1", "2" glued to the nouns are
# footnote marks). They stand under "2. Về hoàn thiện chính sách, quy định
# cho chuyển đổi số", a heading naming the topic of thể chế số →
# digital_institutions. Not quantities: the document's number and dates,
# "6074/BTTTT-CĐSQG", "năm 2024", "Phụ lục 1", list numbers.
# --------------------------------------------------------------------------
D07 = dict(name="07_kontum-ke-hoach-2024-van-ban", kind="result", year=2023, records=[
    R("ban hành «08 Quyết", "Quyết định", "=", 8, **CNT, pillar=INST, iid=DOCS_N),
    R("định1, «06 Kế", "Kế hoạch", "=", 6, **CNT, pillar=INST, iid=DOCS_N),
])

# --------------------------------------------------------------------------
# 08 Tiền Giang (dantoctongiao.vietnamnet.vn, no date shown; a photo caption
# naming "giai đoạn 2022 - 2025" cut): the plan's targets "đến năm 2025"
# (2025). The lead-in "phát triển chính quyền số trong xây dựng nông thôn
# mới:" sets digital_government for the level split "ít nhất 90% ... cấp
# tỉnh, 80% ... cấp huyện và 60% ... cấp xã" (three scopes; "ít nhất" for all,
# op >=; egov.work_records_online_share). The next paragraph (three bare
# targets, >=, for communes meeting NTM criteria) names no pillar → null
# (spec: "Bên cạnh đó, phấn đấu 100% số xã …"); its year is the plan's 2025.
# "chỉ tiêu 8.4", "Tiêu chí số 8", "15.2", "số 15" are criterion names.
# --------------------------------------------------------------------------
WR = "egov.work_records_online_share"
HSCV = "hồ sơ công việc được xử lý trên môi trường mạng"
D08 = dict(name="08_tiengiang-nong-thon-thong-minh-2025", kind="target", year=2025, records=[
    R("ít nhất «90% hồ", HSCV, ">=", 90, scope="cấp tỉnh", pillar=GOV, iid=WR),
    R("cấp tỉnh, «80% hồ", HSCV, ">=", 80, scope="cấp huyện", pillar=GOV, iid=WR),
    R("và «60% hồ", HSCV, ">=", 60, scope="cấp xã", pillar=GOV, iid=WR),
    R("«100% số xã đạt", "số xã đạt chuẩn chỉ tiêu 8.4 của Tiêu chí số 8 về thông tin và truyền thông theo Bộ tiêu chí quốc gia về xã nông thôn mới",
      ">=", 100),
    R("nông thôn mới; «50% số xã", "số xã đạt chuẩn chỉ tiêu 8.4 của Tiêu chí số 8 về thông tin và truyền thông", ">=", 50),
    R("truyền thông, «50% số xã", "số xã đạt chuẩn chỉ tiêu số 15.2 của Tiêu chí số 15 về hành chính công", ">=", 50),
])

# --------------------------------------------------------------------------
# 09 Kon Tum (kontumtv.vn, no date shown): community teams "từ tháng 4/2022
# đến nay" and "Hiện nay" → year null. "hơn 540 tổ" >, "trên 2.400 thành
# viên" >, "100% xã, phường, thị trấn đã có Tổ" = (the catalogue's share is
# of villages, not communes → id null). Dates "tháng 4/2022", "tháng 4 năm
# 2022" are no quantities.
# --------------------------------------------------------------------------
D09 = dict(name="09_kontum-540-to-cong-nghe-so", kind="result", year=None, records=[
    R("hơn «540 tổ", "tổ công nghệ số cộng đồng", ">", 540, **CNT, iid=TEAMS),
    R("trên «2.400 thành", "thành viên", ">", 2400, **CNT, iid=MEMBERS),
    R("Hiện nay, «100% xã", "xã, phường, thị trấn đã có Tổ công nghệ số cộng đồng", "=", 100),
])

# --------------------------------------------------------------------------
# 10 Kon Tum (chuyendoiso.kontum.gov.vn, no date shown): a precision text,
# two counts "566 Tổ ... với 2.519 thành viên" ("Thời gian qua" → year null).
# Not quantities: Quyết định 1690/QĐ-TTg and its date 26/12/2023, the
# horizons "năm 2025", "năm 2030" of the national scheme.
# --------------------------------------------------------------------------
D10 = dict(name="10_kontum-566-to-quyet-dinh-1690", kind="result", year=None, records=[
    R("của «566 Tổ", "Tổ công nghệ số cộng đồng", "=", 566, **CNT, iid=TEAMS),
    R("với «2.519 thành", "thành viên tham gia", "=", 2519, **CNT, iid=MEMBERS),
])

# --------------------------------------------------------------------------
# 11 Hậu Giang (huunghi.haugiang.gov.vn, a commune site; no date shown): the
# results "6 tháng đầu năm" in a text naming the event "Mekong delta 2023"
# and DTI 2022 (published mid-2023) → 2023. "top 10 địa phương dẫn đầu về hạ
# tầng số" (DTI 2022: rank <=, dti.digital_infrastructure_rank). "100% cơ quan
# cấp tỉnh, huyện, xã": one value for all levels → scope null. "75/75 tổ ...
# tại xã, phường, thị trấn và 525 tổ tại ấp, khu vực": the same measure split
# by level → scopes "xã, phường, thị trấn" and "ấp, khu vực" (decided case
# "90% cấp xã, 70% thôn, bản"). In the national paragraph, Quảng Ngãi's
# "xếp hạng 26" (DTI 2022, place Quảng Ngãi); "tăng 34 bậc" a change; "9 / 10
# / 10 địa phương dẫn đầu" the sizes of leader groups (no quantity). The
# sentence naming three pillars gives null.
# --------------------------------------------------------------------------
D11 = dict(name="11_haugiang-6-thang-2023", kind="result", year=2023, records=[
    R("top «10 địa phương dẫn đầu về hạ tầng số. Nhằm", "Hậu Giang nằm trong top địa phương dẫn đầu về hạ tầng số", "<=", 10,
      **RANK, year=2022, iid="dti.digital_infrastructure_rank"),
    R("tại «100% cơ quan", "Cổng dịch vụ công trực tuyến đã triển khai tại cơ quan cấp tỉnh, huyện, xã", "=", 100),
    R("hơn «70.000 lượt", "app Haugiang lượt tải về", ">", 70000, **CNT),
    R("được «75/75 tổ", "tổ công nghệ số cộng đồng", "=", 75, **CNT, scope="xã, phường, thị trấn", iid=TEAMS),
    R("và «525 tổ", "tổ công nghệ số cộng đồng", "=", 525, **CNT, scope="ấp, khu vực", iid=TEAMS),
    R("số «3.740 thành", "thành viên tham gia", "=", 3740, **CNT, iid=MEMBERS),
    R("đạt «75%", "tỷ lệ người dân trưởng thành có điện thoại thông minh", "=", 75, iid=ADULT_SP),
    R("đạt «61%", "tỷ lệ hộ gia đình có kết nối internet băng rộng cáp quang", "=", 61, iid=HHNET),
    R("đạt «84%", "tỷ lệ người dân có hồ sơ sức khỏe điện tử", "=", 84, iid="society.electronic_health_records_share"),
    R("xếp hạng «26)", "Quảng Ngãi xếp hạng", "=", 26, **RANK, year=2022, place="Quảng Ngãi", iid=DTI_R),
])

# --------------------------------------------------------------------------
# 12 An Giang (vietnamnet.vn, 2025-02): the 2024 review of the information
# and communication sector → 2024 ("năm 2024", "Tính đến ngày 13/11/2024").
# Postal firms and points (counts, no catalogue id; "Lĩnh vực bưu chính"
# names no pillar); "Về viễn thông," is a lead-in naming a topic of hạ tầng
# số (decided case: mạng viễn thông → hạ tầng số) → digital_infrastructure
# for the telecom firms and the fibre coverage "phủ đến hộ gia đình, đến xã
# đạt 100%" (one value for households and communes together → id null). The
# public-service counts stand in paragraphs under no lead-in → null; the last
# one's noun is cut by the page ("937 d"). "200 năm" is in a stamp's name,
# "2G", "5G" names.
# --------------------------------------------------------------------------
D12 = dict(name="12_angiang-tong-ket-2024", kind="result", year=2024, records=[
    R("có «26 doanh", "doanh nghiệp bưu chính đang hoạt động", "=", 26, **CNT),
    R("với «265 điểm", "điểm cung cấp các dịch vụ bưu chính, chuyển phát", "=", 265, **CNT),
    R("có «12 doanh", "An Giang có doanh nghiệp viễn thông đang hoạt động", "=", 12, **CNT, pillar=INFRA),
    R("đạt «100%", "hạ tầng mạng băng thông rộng cáp quang phủ đến hộ gia đình, đến xã", "=", 100, pillar=INFRA),
    R("cung cấp «2.206 dịch", "hệ thống thông tin giải quyết thủ tục hành chính An Giang đã cung cấp dịch vụ công", "=", 2206, **CNT),
    R("có «742 dịch", "dịch vụ công trực tuyến một phần", "=", 742, **CNT),
    R("có «937 d", "dịch vụ công trực tuyến toàn trình", "=", 937, **CNT,
      note="the page breaks off in the noun ('937 d'); worded from the clause"),
])

# --------------------------------------------------------------------------
# 13 Kon Tum (kontum.gov.vn, posted 12/04/2024 → date 2024-04; the site's
# visit date "Thứ 7, Ngày 25/05/2024", "Mặc định Cỡ chữ", the link line and
# the source line cut): the province's own DX assessment of 2023 (year 2023)
# as counts of agencies per grade: "19/20 ... Khá; 01/20 ... Trung bình;
# 9/10 ... Trung bình; 1/10 ... Yếu" (numerators recorded; the level is part
# of each subject, distinct grades → scope null, id null). Precision: the
# decision 205/QĐ-UBND and its date are no quantities.
# --------------------------------------------------------------------------
D13 = dict(name="13_kontum-danh-gia-co-quan-2023", kind="result", year=2023, records=[
    R("có «19/20 cơ", "khối các cơ quan cấp tỉnh cơ quan xếp loại Khá", "=", 19, **CNT),
    R("«01/20 cơ", "cơ quan xếp loại Trung bình", "=", 1, **CNT),
    R("có «9/10 địa", "UBND các huyện, thành phố địa phương xếp loại Trung bình", "=", 9, **CNT),
    R("«1/10 địa", "địa phương xếp loại Yếu", "=", 1, **CNT),
])

# --------------------------------------------------------------------------
# 14 Bến Tre (vietnamnet.vn, 2023-09; a photo caption cut): DTI 2022 results
# (year 2022): the score "507,72 điểm" (dti.provincial_score, on the 1.000
# scale), the national rank 51/63, the Mekong-delta rank 10/13 (id null), the
# three pillar ranks 28/63, 25/63, 55/63 (dti.digital_government_rank,
# dti.digital_economy_rank, dti.digital_society_rank) and the digital-
# awareness score "88,33/100 đi" (the unit cut by the page: unit_text null;
# dti.digital_awareness_score). Changes "tăng 105 điểm", "giảm 20 / 3 / 2
# bậc", "tăng 1 / 15 / 1 bậc" are no quantities (spec); "8 nhóm chỉ số" the
# index's structure; "Đề án số 06", "922/QĐ-BTTTT", dates. No heading names a
# pillar (pillar ranks are index components) → null.
# --------------------------------------------------------------------------
D14 = dict(name="14_bentre-dti-2022-diem", kind="result", year=2022, records=[
    R("đạt «507,72 điểm", "tỉnh được Bộ TT&TT đánh giá đạt", "=", 507.72, **DIEM, iid="dti.provincial_score"),
    R("thứ «51/63", "xếp hạng thứ tỉnh, thành phố", "=", 51, **RANK, iid=DTI_R),
    R("thứ «10/13", "so với các tỉnh đồng bằng sông Cửu Long xếp hạng thứ", "=", 10, **RANK),
    R("hạng «28/63", "chính quyền số xếp hạng", "=", 28, **RANK, iid="dti.digital_government_rank"),
    R("hạng «25/63", "kinh tế số hạng", "=", 25, **RANK, iid="dti.digital_economy_rank"),
    R("hạng «55/63", "xã hội số hạng", "=", 55, **RANK, iid="dti.digital_society_rank"),
    R("với «88,33/100", "Nhận thức số là nhóm chỉ số mà tỉnh triển khai đạt mức khá", "=", 88.33, **VAL,
      iid="dti.digital_awareness_score", note="the page breaks off in the unit ('đi'); unit_text left null"),
])

# --------------------------------------------------------------------------
# 15 Đồng Tháp (baodansinh.vn; the site's date line "THỨ NĂM, NGÀY 07 THÁNG
# 07 NĂM 2022 04:42" (a visit date, set27 12) and two identical photo
# captions restating the 2030 target cut): a precision text with rank
# targets: the title's "Top 20" (no horizon of its own; the text names 2025
# and 2030 → year null, set27 11), "nhóm 25" (2025) and "nhóm 20" (2030);
# rank targets op <=, dti.provincial_rank. No pillar heading.
# --------------------------------------------------------------------------
D15 = dict(name="15_dongthap-nhom-25-nhom-20", kind="target", year=None, records=[
    R("trong Top «20 tỉnh", "Đồng Tháp phấn đấu nằm trong Top tỉnh, thành phố chuyển đổi số tốt nhất cả nước", "<=", 20, **RANK,
      iid=DTI_R),
    R("nhóm «25,", "Đồng Tháp nằm trong nhóm", "<=", 25, **RANK, year=2025, iid=DTI_R),
    R("nhóm «20 tỉnh, thành phố có", "nằm trong nhóm tỉnh, thành phố có chỉ số chuyển đổi số tốt nhất cả nước", "<=", 20, **RANK,
      year=2030, iid=DTI_R),
])

# --------------------------------------------------------------------------
# 16 An Giang's portal (angiang.gov.vn, no date shown): the national DX
# committee's review of 2024 → national values of 2024 (no place, set27 13,
# 20): the UN e-government rank 71/193 (rank.un_egdi), remaining 2G
# subscriptions "khoảng 0,2%" (~, infra.twog_only_users_share), full-online
# applications 45% ("Đến nay" in a 2024 review; "tăng 2,5 lần so năm 2023" is
# a change, not recorded), localities and ministries connected "63/63",
# "17/21" (numerators), and "100% bộ, ngành, địa phương triển khai giải pháp
# ch" (cut by the page; worded as stored). "Đề án 06", "2G", dates.
# --------------------------------------------------------------------------
D16 = dict(name="16_angiang-quoc-gia-2024", kind="result", year=2024, records=[
    R("vị trí «71/193", "Việt Nam vươn lên vị trí quốc gia trong bảng xếp hạng Chính phủ điện tử của Liên Hợp Quốc", "=", 71,
      **RANK, iid="rank.un_egdi"),
    R("khoảng «0,2%", "số thuê bao 2G còn lại", "~", 0.2, iid="infra.twog_only_users_share"),
    R("đạt «45%", "tỷ lệ hồ sơ trực tuyến toàn trình của cả nước", "=", 45, iid="egov.online_applications_share"),
    R("nay «63/63", "địa phương đã hoàn thành kết nối Kho quản lý dữ liệu điện tử của tổ chức, cá nhân", "=", 63, **CNT),
    R("«17/21 bộ", "bộ, ngành đã hoàn thành kết nối Kho quản lý dữ liệu điện tử của tổ chức, cá nhân", "=", 17, **CNT),
    R("«100% bộ, ngành", "bộ, ngành, địa phương triển khai giải pháp ch", "=", 100,
      note="the page breaks off in the subject ('giải pháp ch'); worded as stored"),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14, D15, D16]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
