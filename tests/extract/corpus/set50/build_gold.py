#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set50).

Copied from set47's builder (itself from set45's, set43's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the
text with « just before the number. The locator (without «) must occur exactly once in the text;
the anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed
as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (220
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


MBS = dict(unit="other", unit_text="Mb/s")
TB100 = dict(unit="other", unit_text="thuê bao/100 dân")
KM = dict(unit="other", unit_text="km")
DONG = dict(unit="other", unit_text="đồng")
USD = dict(unit="other", unit_text="USD")
MBPS = dict(unit="other", unit_text="Mbps")
PLAT = "digital_platforms"

# --------------------------------------------------------------------------
# 01 Minh Đức commune (Đồng Nai, after the July 2025 merger), the commune's
# Steering Committee reviewing 2025 (minhduc.dongnai.gov.vn, no date line: the
# page shows only the meeting's date in its text, "15/01/2026"; "năm 2025" →
# results of 2025). "100% cán bộ, công chức xã sử dụng hệ thống quản lý văn
# bản" (egov.document_system_use_share); "100% hồ sơ ... được số hóa ngay khi
# tiếp nhận" (applications digitised at reception: not the catalogue's
# digitised results, no id; a judgement); "2.945 hồ sơ" received (count, no
# id) and "1.688 hồ sơ trực tuyến" (egov.online_applications_count); "trên
# 98%" on time (>, egov.on_time_applications_share); VNeID "91,24%"
# (society.eid_users_share, a judgement); "19 Tổ công nghệ số cộng đồng"
# (aware.community_digital_teams_count); "tỷ lệ 01 máy tính/01 cán bộ, công
# chức đạt 100%" (infra.civil_servants_computers_share; the "01/01" is the
# ratio's wording, not a quantity). Pillar null (no heading). Not quantities:
# "15/01/2026", "57-NQ/TW", "2025", "2026", "01 máy tính/01 cán bộ".
# --------------------------------------------------------------------------
D01 = dict(name="01_dongnai-xa-minhduc-ket-qua-2025", kind="result", year=2025, records=[
    R("tích cực: «100% cán bộ", "cán bộ, công chức xã sử dụng hệ thống quản lý văn bản và điều hành điện tử", "=", 100,
      iid="egov.document_system_use_share"),
    R("điện tử; «100% hồ sơ", "hồ sơ thủ tục hành chính được số hóa ngay khi tiếp nhận", "=", 100),
    R("trong năm là «2.945 hồ sơ", "tổng số hồ sơ tiếp nhận trong năm", "=", 2945, **CNT),
    R("trong đó «1.688 hồ sơ", "hồ sơ trực tuyến", "=", 1688, **CNT, iid="egov.online_applications_count"),
    R("đạt trên «98%", "tỷ lệ giải quyết đúng hạn", ">", 98, iid="egov.on_time_applications_share"),
    R("VNeID đạt «91,24%", "Tỷ lệ người dân có tài khoản định danh điện tử VNeID", "=", 91.24,
      iid="society.eid_users_share"),
    R("hiệu quả «19 Tổ", "Tổ công nghệ số cộng đồng tại các ấp, sóc", "=", 19, **CNT,
      iid="aware.community_digital_teams_count"),
    R("công chức đạt «100%", "tỷ lệ 01 máy tính/01 cán bộ, công chức", "=", 100,
      iid="infra.civil_servants_computers_share"),
])

# --------------------------------------------------------------------------
# 02 Gia Lai (merged with Bình Định), digital infrastructure in 2025 and the
# 5G target of 2026 (baogialai.com.vn, date 2026-01; "Thực tiễn năm 2025",
# "đến cuối năm 2025" → results of 2025). Pillar: the heading "Hạ tầng số, nền
# tảng cho chuyển đổi số" names hạ tầng số → digital_infrastructure on every
# record below it (the 2026 paragraph included: no new heading). "Tỷ lệ phủ
# sóng di động và băng rộng di động đạt 100% tại trung tâm xã, phường ..."
# (one value, the places are where it holds; scope null; two networks joined
# → no id); "8.828 trạm BTS" (infra.bts_stations_count), "734 trạm phát sóng
# mạng 5G" (count, no id); "Năm 2026, tỉnh đặt mục tiêu phủ sóng 5G tối thiểu
# 60% diện tích tại các khu, cụm công nghiệp" (target >=, 2026; coverage of
# industrial zones' area, not of the population → no id, as set47's 01).
# Not quantities: "5G" (name), "2025", "2026".
# --------------------------------------------------------------------------
D02 = dict(name="02_gialai-ha-tang-so-2025-muc-tieu-2026", kind="result", year=2025, records=[
    R("di động đạt «100% tại", "Tỷ lệ phủ sóng di động và băng rộng di động tại trung tâm xã, phường", "=", 100,
      pillar=INFRA),
    R("tỉnh có «8.828 trạm", "trạm BTS toàn tỉnh", "=", 8828, **CNT, pillar=INFRA, iid="infra.bts_stations_count"),
    R("trong đó, «734 trạm", "trạm phát sóng mạng 5G đã được triển khai tại trung tâm các xã, phường", "=", 734, **CNT,
      pillar=INFRA),
    R("tối thiểu «60% diện tích", "phủ sóng 5G diện tích tại các khu, cụm công nghiệp", ">=", 60, kind="target",
      year=2026, pillar=INFRA),
])

# --------------------------------------------------------------------------
# 03 Dĩ An ward (TP.HCM after the merger), the ward Party Committee's plan for
# Nghị quyết 57 (sggp.org.vn, date 2025-08; no year named for the targets →
# the stamp's year 2025, contract). "phấn đấu bố trí cán bộ có chuyên môn ...
# đạt ít nhất 25%" (>=, no id) and "100% cán bộ, công chức được đào tạo kiến
# thức cơ bản về KH-CN, đổi mới sáng tạo, chuyển đổi số" (bare number in a
# target → >=, hr.civil_servants_dx_trained_share). Pillar null. Not
# quantities: "57-NQ/TW", "22-12-2024", "27-8", the truncated "gồm 1" (the
# Steering Committee's members: a body's make-up, not a value; the excerpt
# ends there).
# --------------------------------------------------------------------------
D03 = dict(name="03_phuong-dian-ke-hoach-nq57", kind="target", year=2025, records=[
    R("đạt ít nhất «25%", "bố trí cán bộ có chuyên môn, kinh nghiệm về KH-CN", ">=", 25),
    R("; «100% cán bộ", "cán bộ, công chức được đào tạo kiến thức cơ bản về KH-CN, đổi mới sáng tạo, chuyển đổi số",
      ">=", 100, iid="hr.civil_servants_dx_trained_share"),
])

# --------------------------------------------------------------------------
# 04 Đông Sơn ward (Thanh Hóa), the targets of its first Party congress,
# term 2025-2030 (baothanhhoa.vn, no date shown). Kind target; year 2030 for
# every target (the term's end and "đến năm 2030" of the income target; the
# list is the term's targets; a judgement). A bare "đạt X" in a target → >=;
# "trên 85%" → >. Non-digital targets (growth, income, roads, schools,
# insurance, health stations, new firms, party members, the conscription
# quota) are quantities of the plan like any other (contract: every
# quantified target). Ids: "tỷ lệ phủ sóng 5G đạt 100%" →
# infra.fiveg_coverage_share; "tỷ lệ sử dụng dịch vụ công trực tuyến đạt
# trên 85%" → no id (whose use is not said; a judgement). Pillar null.
# Not quantities: "65 năm" (an anniversary), "lần thứ I", "17/9", "2025 -
# 2030", "6 nhiệm vụ trọng tâm" (a count of tasks).
# --------------------------------------------------------------------------
D04 = dict(name="04_phuong-dongson-chi-tieu-nhiem-ky-2025-2030", kind="target", year=2030, records=[
    R("hằng năm đạt «11,8%", "tốc độ tăng tổng giá trị sản phẩm trên địa bàn bình quân hằng năm", ">=", 11.8),
    R("năm 2030 đạt «95 triệu đồng", "thu nhập bình quân đầu người", ">=", 95e6, **DONG),
    R("triệu đồng; «100% đường", "đường giao thông được cứng hóa", ">=", 100),
    R("Quốc gia đạt «100%", "tỷ lệ trường học đạt chuẩn Quốc gia", ">=", 100),
    R("y tế đạt «96%", "tỷ lệ dân số tham gia bảo hiểm y tế", ">=", 96),
    R("96%; «100% trạm", "trạm y tế đạt chuẩn quốc gia", ">=", 100),
    R("đạt trên «85%", "tỷ lệ sử dụng dịch vụ công trực tuyến", ">", 85),
    R("5G đạt «100%", "tỷ lệ phủ sóng 5G", ">=", 100, iid="infra.fiveg_coverage_share"),
    R("thành lập mới «750 doanh nghiệp", "thành lập mới doanh nghiệp", ">=", 750, **CNT),
    R("kết nạp «600 đảng viên", "kết nạp đảng viên", ">=", 600, **CNT),
    R("hoàn thành «100% chỉ tiêu", "hoàn thành chỉ tiêu giao quân", ">=", 100),
])

# --------------------------------------------------------------------------
# 05 The Central Steering Committee's review of Nghị quyết 57 in quarter III
# of 2025, as reported from Huế's bridge point (huengaynay.vn, date 2025-10;
# "quý III/2025" → results of 2025). "Trong tổng số 1.133 nhiệm vụ ..., đã có
# 53% hoàn thành": a count of tasks and the share of them completed (a
# standing of tasks against a plan, like set47's "5 chỉ tiêu đạt 100% kế
# hoạch") → not quantities (NOT; a judgement). "41 trung tâm dữ liệu" (count),
# "kết nối 34 địa phương" (count of localities connected; a judgement: the
# extent reached), "hơn 11,7 triệu hồ sơ trực tuyến" (>,
# egov.online_applications_count). "Tỷ lệ thủ tục hành chính cung cấp trực
# tuyến đạt 90% ở cấp địa phương, 50% ở cấp bộ, ngành": a split by level →
# scopes "cấp địa phương", "cấp bộ, ngành" (no id: services provided online,
# not said full-process). Pillar null (the paragraph opens "Trong lĩnh vực
# chuyển đổi số quốc gia", no pillar). Not quantities: "57-NQ/TW", "15/10",
# "III/2025", "5G" (name), "1.133 nhiệm vụ".
# --------------------------------------------------------------------------
D05 = dict(name="05_ca-nuoc-nq57-quy-3-2025-hue", kind="result", year=2025, records=[
    R("toàn quốc; «41 trung tâm", "trung tâm dữ liệu vận hành ổn định", "=", 41, **CNT),
    R("kết nối «34 địa phương", "Cổng Dịch vụ công quốc gia kết nối địa phương", "=", 34, **CNT),
    R("tiếp nhận hơn «11,7 triệu hồ sơ", "Cổng Dịch vụ công quốc gia tiếp nhận hồ sơ trực tuyến", ">", 11.7e6, **CNT,
      iid="egov.online_applications_count"),
    R("trực tuyến đạt «90% ở", "Tỷ lệ thủ tục hành chính cung cấp trực tuyến", "=", 90, scope="cấp địa phương"),
    R("địa phương, «50% ở", "Tỷ lệ thủ tục hành chính cung cấp trực tuyến", "=", 50, scope="cấp bộ, ngành"),
], NOT=["đã có «53% hoàn thành"])

# --------------------------------------------------------------------------
# 06 The Ministry of Science and Technology on public administration after
# four months of two-tier local government (mst.gov.vn, the byline "Thứ sáu,
# 31/10/2025 15:52" cut and kept as date 2025-10): a precision text, three
# quantities among dates and a duration. "hơn 14,5 triệu hồ sơ được xử lý qua
# Cổng Dịch vụ công quốc gia" (>, count, no id), "trong đó 83% thực hiện trực
# tuyến" (egov.online_applications_share), "tỷ lệ dịch vụ công thực hiện hoàn
# toàn trên môi trường số đạt 37%" (no id: whether services or applications
# are counted is not said; a judgement). Year 2025. Pillar null. Not
# quantities: "29/10/2025", "4 tháng" (a duration), "hai cấp".
# --------------------------------------------------------------------------
D06 = dict(name="06_ca-nuoc-hanh-chinh-cong-10-2025-precision", kind="result", year=2025, records=[
    R("có hơn «14,5 triệu hồ sơ", "hồ sơ được xử lý qua Cổng Dịch vụ công quốc gia", ">", 14.5e6, **CNT),
    R("trong đó «83% thực hiện", "hồ sơ được xử lý qua Cổng Dịch vụ công quốc gia thực hiện trực tuyến", "=", 83,
      iid="egov.online_applications_share"),
    R("môi trường số đạt «37%", "tỷ lệ dịch vụ công thực hiện hoàn toàn trên môi trường số", "=", 37),
])

# --------------------------------------------------------------------------
# 07 The Central Steering Committee's monitoring of Plan 02-KH/BCĐTW on
# 20/7/2025 (lite.baomoi.com, no date line; "ngày 20/7/2025" → 2025): a
# precision text among dates, times, plan numbers and an address. "34/34 tỉnh,
# thành phố ... đạt trạng thái XANH" (count 34, =), "tỉnh Sơn La và Lạng Sơn đã
# đạt tỷ lệ 100% số xã, phường phủ xanh" (one value for two provinces, =),
# "Đã có 12 tỉnh, thành phố có trên 50% số xã, phường đạt trạng thái XANH"
# (count 12), "trong đó 9 tỉnh, thành phố vượt mốc 70%" (count 9); the "trên
# 50%" and "70%" are the thresholds that define the groups counted, not values
# reached → NOT (a judgement). "Dữ liệu báo cáo từ 3.321 xã, phường" (the
# reporting base, like a survey's sample; left out, a judgement). Pillar null.
# Not quantities: "02-KH/BCĐTW", "20/7/2025", "16h00", "01/8/2025",
# "nq57.vn".
# --------------------------------------------------------------------------
D07 = dict(name="07_ca-nuoc-ke-hoach-02-thang-7-2025-precision", kind="result", year=2025, records=[
    R("giám sát cho thấy «34/34", "tỉnh, thành phố trong cả nước đạt trạng thái XANH", "=", 34, **CNT),
    R("đạt tỷ lệ «100% số xã", "tỉnh Sơn La và Lạng Sơn số xã, phường phủ xanh", "=", 100),
    R("Đã có «12 tỉnh", "tỉnh, thành phố có số xã, phường đạt trạng thái XANH", "=", 12, **CNT),
    R("trong đó «9 tỉnh", "tỉnh, thành phố vượt mốc số xã, phường đạt trạng thái XANH", "=", 9, **CNT),
], NOT=["có trên «50% số xã", "vượt mốc «70%"])

# --------------------------------------------------------------------------
# 08 The Government Steering Committee's session of 24/9/2025 (thanhnien.vn,
# date 2025-09; "Năm 2025" and "cùng kỳ năm 2024" → results of 2025). "lần
# lượt lọt vào top 18 và top 13 thế giới": two rank results (<=), mobile then
# fixed internet speed; pillar digital_infrastructure (the sentence's lead
# "hạ tầng số có bước phát triển nhảy vọt", as set47's 01). "Chính phủ số ghi
# nhận 7,5 triệu hồ sơ và số tiền giao dịch lên đến 1.500 tỉ đồng": the
# sentence opens with the pillar's name → digital_government; money with the
# spelling "tỉ" (1.5e12 đồng, unit other). "21/84 nền tảng số đã ban hành kế
# hoạch triển khai" (count 21 =; the sentence's lead "Nhiều nền tảng số quốc
# gia được phát triển" names nền tảng số → digital_platforms, a judgement).
# "Kinh tế số tiếp tục phát triển, ...": digital_economy; "111,4 tỉ USD"
# (=, other USD); "tăng 28,2% so với cùng kỳ", "tăng 27% so với cùng kỳ"
# (changes) and "đạt 70% kế hoạch năm 2025" (a standing against the plan) →
# NOT. Not quantities: "24.9", "Đề án 06", "số 1" (a name), "2 tháng" (a
# duration), "2 cấp".
# --------------------------------------------------------------------------
D08 = dict(name="08_ca-nuoc-ban-chi-dao-9-2025", kind="result", year=2025, records=[
    R("vào top «18 và", "tốc độ internet di động thế giới", "<=", 18, **RANK, pillar=INFRA),
    R("và top «13 thế giới", "tốc độ internet cố định thế giới", "<=", 13, **RANK, pillar=INFRA),
    R("ghi nhận «7,5 triệu hồ sơ", "Chính phủ số ghi nhận hồ sơ", "=", 7.5e6, **CNT, pillar=GOV),
    R("lên đến «1.500 tỉ đồng", "Chính phủ số số tiền giao dịch", "=", 1.5e12, **DONG, pillar=GOV),
    R("với «21/84 nền tảng", "nền tảng số quốc gia đã ban hành kế hoạch triển khai", "=", 21, **CNT, pillar=PLAT),
    R("đạt «111,4 tỉ USD", "kim ngạch xuất khẩu phần cứng, điện tử", "=", 111.4e9, **USD, pillar=ECO),
], NOT=["tăng «28,2%", "tăng «27%", "đạt «70% kế hoạch"])

# --------------------------------------------------------------------------
# 09 Đắk Lắk, the targets of its digital infrastructure plan 148/KH-UBND for
# 2023-2025 (phunuvietnam.vn, the byline "01/10/2023 - 08:25" cut and kept as
# date 2023-10; "đến năm 2025" → targets of 2025). "tốc độ băng rộng di động
# đạt trong nhóm 30 tỉnh/thành dẫn đầu cả nước" (rank <=, twice: the lead and
# the body repeat it; both recorded). The subheading "Phấn đấu đến năm 2025,
# 100% thôn, buôn được phủ sóng di động băng rộng" states a target (recorded)
# and names băng rộng → digital_infrastructure on it and on every record below
# it (contract: a heading naming a topic of hạ tầng số); the lead paragraph
# above it → null. Ids: infra.mobile_village_coverage_share (both 100% of
# villages), infra.smartphone_subscriptions_share (80%),
# infra.mobile_broadband_speed ("40Mbps", other "Mbps"),
# infra.specialised_network_connection_share (communes on the TSLCD network),
# infra.fixed_broadband_subscriptions_per_100 ("2,05%" as printed),
# infra.fibre_household_coverage_share (90%), infra.fibre_village_coverage_share
# (85%). Not quantities: "4G/5G", "148/KH-UBND", "2023-2025", "/100 dân".
# --------------------------------------------------------------------------
D09 = dict(name="09_daklak-ha-tang-so-2023-2025", kind="target", year=2025, records=[
    R("cư, tốc độ băng rộng di động đạt trong nhóm «30 tỉnh/thành dẫn đầu cả nước.\n\nPhấn",
      "tốc độ băng rộng di động tỉnh/thành dẫn đầu cả nước", "<=", 30, **RANK),
    R("năm 2025, «100% thôn, buôn được phủ sóng di động băng rộng\n",
      "thôn, buôn được phủ sóng di động băng rộng", ">=", 100, pillar=INFRA,
      iid="infra.mobile_village_coverage_share"),
    R("di động đạt «80%", "tỷ lệ thuê bao sử dụng điện thoại thông minh/tổng thuê bao điện thoại di động", ">=", 80,
      pillar=INFRA, iid="infra.smartphone_subscriptions_share"),
    R("di động «40Mbps", "tốc độ băng thông di động", ">=", 40, **MBPS, pillar=INFRA,
      iid="infra.mobile_broadband_speed"),
    R("sinh sống) đạt «100%", "tỷ lệ thôn, buôn được phủ sóng di động băng rộng", ">=", 100, pillar=INFRA,
      iid="infra.mobile_village_coverage_share"),
    R("(TSLCD) đạt «100%", "tỷ lệ UBND cấp xã kết nối mạng truyền số liệu chuyên dùng", ">=", 100, pillar=INFRA,
      iid="infra.specialised_network_connection_share"),
    R("cư, tốc độ băng rộng di động đạt trong nhóm «30 tỉnh/thành dẫn đầu cả nước.\n\nSố",
      "tốc độ băng rộng di động tỉnh/thành dẫn đầu cả nước", "<=", 30, **RANK, pillar=INFRA),
    R("dân đạt «2,05%", "Số thuê bao băng rộng cố định/100 dân", ">=", 2.05, pillar=INFRA,
      iid="infra.fixed_broadband_subscriptions_per_100"),
    R("cáp quang đạt «90%", "tỷ lệ phần trăm hộ gia đình có truy nhập Internet băng rộng cáp quang", ">=", 90,
      pillar=INFRA, iid="infra.fibre_household_coverage_share"),
    R("(cáp quang FTTH) đạt «85%", "tỷ lệ thôn, buôn được phủ băng rộng cố định", ">=", 85, pillar=INFRA,
      iid="infra.fibre_village_coverage_share"),
])

# --------------------------------------------------------------------------
# 10 Ninh Thuận (now part of Khánh Hòa), telecom infrastructure for ethnic
# minority and mountain areas (baoninhthuan.com.vn, no date; the excerpt names
# no year → year null). Every number is a result (=): counts of firms,
# switching points, microwave routes, copper routes, fibre routes, BTS
# stations "1.911 trạm BTS gồm: 502 trạm 2G ..., 718 trạm 3G ..., 691 trạm
# 4G" (one record per number, scope null: a breakdown by kind, contract),
# "674 vị trí", "9 trạm điều khiển", "6/75 trạm 5G" (6, the test stations);
# lengths "316km", "7.312km" (other "km"; infra.fibre_cable_length for the
# fibre); subscribers "690.503 thuê bao" (phones of all kinds → no id) and
# "340,656 thuê bao" (recorded as printed, 340.656 under the contract's
# decimal comma; a printing slip for 340.656 written with a comma; a
# judgement, as set47's "0,71%"); densities "116,3/100 dân" (other "/100 dân")
# and "98 thuê bao internet/100 dân" (other). Ids:
# infra.bts_stations_count (1.911). Pillar null (no heading; the paragraph
# opens "Xác định hạ tầng phải đi trước", a motive, not a lead-in; a judgement).
# Not quantities: "2G", "3G", "4G", "5G" after the counts (names), "/75"
# (a denominator), "/100 dân".
# --------------------------------------------------------------------------
D10 = dict(name="10_ninhthuan-ha-tang-vien-thong", kind="result", year=None, records=[
    R("hiện có «7 doanh nghiệp", "doanh nghiệp cung cấp các dịch vụ viễn thông, internet và truyền hình cáp", "=", 7,
      **CNT),
    R("Có «187 điểm", "điểm chuyển mạch", "=", 187, **CNT),
    R("mạch, «196 tuyến", "tuyến viba", "=", 196, **CNT),
    R("viba, «51 tuyến", "tuyến cáp đồng", "=", 51, **CNT),
    R("dài «316km", "tuyến cáp đồng dài", "=", 316, **KM),
    R("316km, «825 tuyến", "tuyến cáp quang", "=", 825, **CNT),
    R("dài «7.312km", "tuyến cáp quang tổng chiều dài", "=", 7312, **KM, iid="infra.fibre_cable_length"),
    R("7.312km; «1.911 trạm", "trạm BTS", "=", 1911, **CNT, iid="infra.bts_stations_count"),
    R("gồm: «502 trạm", "trạm 2G (điện thoại và tin nhắn)", "=", 502, **CNT),
    R("tin nhắn), «718 trạm", "trạm 3G (điện thoại, tin nhắn, truy nhập internet)", "=", 718, **CNT),
    R("internet), «691 trạm", "trạm 4G (điện thoại, tin nhắn, truy nhập internet tốc độ cao)", "=", 691, **CNT),
    R("cao), «674 vị trí", "vị trí trạm BTS", "=", 674, **CNT),
    R("BTS, «9 trạm", "trạm điều khiển thông tin di động BSC", "=", 9, **CNT),
    R("thử nghiệm «6/75", "đã phát sóng thử nghiệm trạm 5G", "=", 6, **CNT),
    R("tỉnh là «690.503 thuê bao", "Tổng thuê bao điện thoại trên toàn tỉnh", "=", 690503, **CNT),
    R("mật độ «116,3/100", "Tổng thuê bao điện thoại mật độ", "=", 116.3, unit="other", unit_text="/100 dân"),
    R("tỉnh là «340,656 thuê bao", "tổng số thuê bao internet băng rộng trên toàn tỉnh", "=", 340.656, **CNT),
    R("mật độ là «98 thuê bao", "thuê bao internet băng rộng mật độ", "=", 98, unit="other",
      unit_text="thuê bao internet/100 dân"),
])

# --------------------------------------------------------------------------
# 11 Nghi Hưng commune (Nghệ An), plan 80/KH-UBND of 31/07/2023 for the
# national digital economy and society strategy (nghihung.nghiloc.nghean.gov.vn,
# no date line; "Mục tiêu cơ bản đến năm 2025" → targets of 2025). Pillar: the
# heading "1. Phát triển kinh tế số" → digital_economy. "Tỷ trọng kinh tế số
# đạt 15-20%" (between 15-20, econ.digital_economy_gdp_share: the share of the
# economy, a judgement); "Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt trên
# 70-80%" (between 70-80: one range stated once; "trên" before a range read as
# the range itself, a judgement; econ.e_contract_enterprises_share). The
# excerpt stops at the third target's subject. Not quantities: "80/KH-UBND",
# "159/KH-UBND", "31/07/2023", "24/07/2023", "2025", "2030", the headings'
# numbers.
# --------------------------------------------------------------------------
D11 = dict(name="11_xa-nghihung-kinh-te-so-2025", kind="target", year=2025, records=[
    R("kinh tế số đạt «15-20%", "Tỷ trọng kinh tế số", "between", 15, value_max=20, pillar=ECO,
      iid="econ.digital_economy_gdp_share"),
    R("đạt trên «70-80%", "Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử", "between", 70, value_max=80, pillar=ECO,
      iid="econ.e_contract_enterprises_share"),
])

# --------------------------------------------------------------------------
# 12 Thiệu Hóa district (Thanh Hóa), digital transformation results of 2024
# (thieuhoa.thanhhoa.gov.vn, no date line; "năm 2024" → 2024): a precision
# text, one quantity among a decision number, periods and a model's name.
# Under the heading "Về Chính quyền số:" (→ digital_government): "Tỷ lệ hồ sơ
# đi và đến trên Phần mềm TDOffice có ký số ... từ cấp huyện đến cấp xã đều
# đạt 100%" (one value for all levels: scope null, contract; no id: signed
# documents in the office software, a judgement). Not quantities: "3 Không"
# (a model's name), "969/QĐ-UBND", "18/3/2022", "2022-2025".
# --------------------------------------------------------------------------
D12 = dict(name="12_thieuhoa-chinh-quyen-so-2024", kind="result", year=2024, records=[
    R("đều đạt «100%", "Tỷ lệ hồ sơ đi và đến trên Phần mềm TDOffice có ký số của lãnh đạo và cơ quan", "=", 100,
      pillar=GOV),
])

# --------------------------------------------------------------------------
# 13 National results of quarter III of 2024 (Ministry of Information and
# Communications), printed on the Đăk Ruồng commune site (Kon Tum;
# dakruong.konray.kontum.gov.vn, no date line; "quý III năm 2024", "tháng
# 9/2024" → 2024). Splits "tại các Bộ, ngành ... tại các địa phương" and "khối
# bộ ..., khối tỉnh" are splits by level of government → scopes as written
# ("Bộ, ngành", "địa phương", "khối bộ", "khối tỉnh"; a judgement); the
# national value before a split has scope null. Pillar: the first paragraph
# stands under no heading → null; the heading "Về cung cấp dịch vụ công trực
# tuyến" (dịch vụ công trực tuyến → chính quyền số, contract) sets
# digital_government for every record below it, the policy paragraph
# included. "100% DVCTT toàn trình như Bộ Công Thương; ..." (the value of
# the named ministries, =); provinces' values carry `place` ("Đà Nẵng đạt
# 95,6%", "Cà Mau đạt 92%", "Tây Ninh: 92%"). Counts of provinces that issued
# policies ("63/63 tỉnh", "3 tỉnh, thành phố", "57 tỉnh", "15/63 tỉnh") are
# results (=); "giảm tối đa 50% phí, lệ phí" is the content of those policies,
# not a value reached → NOT (a judgement). Ids: egov.digitised_procedure_results_share
# (45,14/65,38), egov.digitised_data_reuse_share (1,29/13,15),
# egov.full_online_services_share (55,5/59,7/55,4/100/95,6/92/92),
# egov.online_applications_share (43,8/61,1/18,2, full-process applications,
# as set47's 12); none for the electronic results reusable (45,48/67,2).
# Not quantities: "III", "9/2024", "/63".
# --------------------------------------------------------------------------
D13 = dict(name="13_ca-nuoc-quy-3-2024-dakruong", kind="result", year=2024, records=[
    R("Bộ, ngành đạt «45,14%", "tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC", "=", 45.14, scope="Bộ, ngành",
      iid="egov.digitised_procedure_results_share"),
    R("địa phương đạt «65,38%", "tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC", "=", 65.38, scope="địa phương",
      iid="egov.digitised_procedure_results_share"),
    R("Bộ, ngành đạt «45,48%", "tỷ lệ hồ sơ cấp kết quả bản điện tử có giá trị pháp lý để tái sử dụng", "=", 45.48,
      scope="Bộ, ngành"),
    R("địa phương đạt «67,2%", "tỷ lệ hồ sơ cấp kết quả bản điện tử có giá trị pháp lý để tái sử dụng", "=", 67.2,
      scope="địa phương"),
    R("Bộ, ngành đạt «1,29%", "tỷ lệ khai thác, sử dụng lại thông tin dữ liệu số hóa", "=", 1.29, scope="Bộ, ngành",
      iid="egov.digitised_data_reuse_share"),
    R("địa phương đạt «13,15%", "tỷ lệ khai thác, sử dụng lại thông tin dữ liệu số hóa", "=", 13.15,
      scope="địa phương", iid="egov.digitised_data_reuse_share"),
    R("đạt tỷ lệ «55,5%", "triển khai cung cấp DVCTT toàn trình", "=", 55.5, pillar=GOV,
      iid="egov.full_online_services_share"),
    R("đạt tỷ lệ «59,7%", "triển khai cung cấp DVCTT toàn trình", "=", 59.7, scope="khối bộ", pillar=GOV,
      iid="egov.full_online_services_share"),
    R("đạt tỷ lệ «55,4%", "triển khai cung cấp DVCTT toàn trình", "=", 55.4, scope="khối tỉnh", pillar=GOV,
      iid="egov.full_online_services_share"),
    R("tốt với «100% DVCTT", "bộ, ngành đã triển khai DVCTT toàn trình", "=", 100, pillar=GOV,
      iid="egov.full_online_services_share"),
    R("Đà Nẵng đạt «95,6%", "địa phương triển khai DVCTT toàn trình Đà Nẵng", "=", 95.6, pillar=GOV,
      place="Đà Nẵng", iid="egov.full_online_services_share"),
    R("Cà Mau đạt «92%", "địa phương triển khai DVCTT toàn trình Cà Mau", "=", 92, pillar=GOV, place="Cà Mau",
      iid="egov.full_online_services_share"),
    R("Tây Ninh: «92%", "địa phương triển khai DVCTT toàn trình Tây Ninh", "=", 92, pillar=GOV, place="Tây Ninh",
      iid="egov.full_online_services_share"),
    R("cả nước đạt «43,8%", "Tỷ lệ hồ sơ trực tuyến toàn trình của cả nước", "=", 43.8, pillar=GOV,
      iid="egov.online_applications_share"),
    R("đạt tỷ lệ «61,1%", "Tỷ lệ hồ sơ trực tuyến toàn trình", "=", 61.1, scope="khối bộ", pillar=GOV,
      iid="egov.online_applications_share"),
    R("đạt tỷ lệ «18,2%", "Tỷ lệ hồ sơ trực tuyến toàn trình", "=", 18.2, scope="khối tỉnh", pillar=GOV,
      iid="egov.online_applications_share"),
    R("Có «63/63 tỉnh", "tỉnh đã ban hành chính sách về phí, lệ phí", "=", 63, **CNT, pillar=GOV),
    R("trong đó có «3 tỉnh", "tỉnh, thành phố ban hành chính sách miễn phí, lệ phí", "=", 3, **CNT, pillar=GOV),
    R("lệ phí, «57 tỉnh", "tỉnh ban hành chính sách giảm phí, lệ phí", "=", 57, **CNT, pillar=GOV),
    R("Có «15/63 tỉnh", "tỉnh đã ban hành chính sách giảm thời gian để khuyến khích người dân sử dụng dịch vụ công "
      "trực tuyến", "=", 15, **CNT, pillar=GOV),
], NOT=["giảm tối đa «50%"])

# --------------------------------------------------------------------------
# 14 Hà Giang's provincial DTI of 2023 (lite.baomoi.com, no date line; "năm
# 2023" → 2023): a precision text, one quantity among the index's structure.
# "Tỉnh Hà Giang đứng 37/63 tỉnh, thành phố" (rank =, dti.provincial_rank).
# Not quantities: "tăng 20 bậc so với năm 2022" (a change, contract), "lần
# thứ 4" (ordinal), "9 chỉ số chính với 98 chỉ số thành phần", "6 chỉ số
# chính", "3 chỉ số chính", "7 chỉ số chính", "6 chỉ số" (the parts of an
# index, contract), "top 10 tỉnh, thành phố về DTI 2023 gồm: Đà Nẵng, TP.HC"
# (the list of other provinces is cut off by the excerpt; the group's size
# introduces a list, no value of its own; a judgement), "DTI 2023".
# --------------------------------------------------------------------------
D14 = dict(name="14_hagiang-dti-2023-precision", kind="result", year=2023, records=[
    R("Hà Giang đứng «37/63", "Tỉnh Hà Giang đứng tỉnh, thành phố trực thuộc Trung ương về chỉ số chuyển đổi số",
      "=", 37, **RANK, iid="dti.provincial_rank"),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
