#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set45).

Copied from set43's builder (itself from set41's, set39's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the
text with « just before the number. The locator (without «) must occur exactly once in the text;
the anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed
as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (220
entries; see README). As in set10-set43, the id is given in the record itself (`iid=`).

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

# --------------------------------------------------------------------------
# 01 Hậu Giang, digital infrastructure plan 2023-2025 (chauthanh.haugiang.gov.vn,
# no date shown; "mục tiêu đến năm 2025" → targets of 2025; "đạt X" in a
# target → >=). Pillar: the lead-in "mục tiêu đến năm 2025 hạ tầng viễn thông
# băng rộng phấn đấu ..." names a topic of hạ tầng số and opens the first
# paragraph; "Về sử dụng dịch vụ viễn thông," opens the second (telecom
# services: hạ tầng số; its "Bên cạnh đó, ..." IoT sentence stays in the same
# paragraph, a judgement); "Đối với hạ tầng điện toán đám mây," the third
# (điện toán đám mây → hạ tầng số, spec) → digital_infrastructure on all.
# "85 thuê bao" and "25 thuê bao" per 100 inhabitants are written without
# "%": unit other, unit_text "thuê bao/100 dân" (as earlier sets' gold), id
# kept. "70Mb/s", "100Mb/s": unit other "Mb/s". Ids: ấp/khu vực are the
# province's villages (infra.mobile_village_coverage_share,
# infra.fibre_village_coverage_share); UBND cấp xã on the specialised network
# (infra.specialised_network_connection_share: a level of the same measure);
# households "có truy nhập Internet băng rộng cáp quang"
# (infra.fibre_household_coverage_share, whose catalogue wordings hold "có
# đường Internet cáp quang băng rộng") and "(bao gồm băng rộng cố định và
# băng rộng di động)" (infra.households_internet_share). No id: sharing of
# poles and ducts, IoT on essential infrastructure and in industrial parks,
# enterprises on domestic cloud. Not quantities: "/100 dân" (denominators),
# "(4G)" (a name), "2025".
# --------------------------------------------------------------------------
D01 = dict(name="01_haugiang-ha-tang-so-2025", kind="target", year=2025, records=[
    R("di động đạt «100%. Tỷ lệ ấp", "số ấp, khu vực được phủ băng rộng di động", ">=", 100, pillar=INFRA,
      iid="infra.mobile_village_coverage_share"),
    R("(FTTH) đạt «100%", "Tỷ lệ ấp, khu vực được phủ băng rộng cố định (FTTH)", ">=", 100, pillar=INFRA,
      iid="infra.fibre_village_coverage_share"),
    R("trạm BTS đạt «10%", "tỷ lệ dùng chung vị trí trạm BTS", ">=", 10, pillar=INFRA, iid="infra.bts_sharing_share"),
    R("cột treo cáp đạt «50%", "tỷ lệ dùng chung cột treo cáp", ">=", 50, pillar=INFRA),
    R("cống bể cáp đạt «10%", "tỷ lệ dùng chung cống bể cáp", ">=", 10, pillar=INFRA),
    R("chuyên dùng đạt «100%", "tỷ lệ UBND cấp xã kết nối mạng truyền số liệu chuyên dùng", ">=", 100, pillar=INFRA,
      iid="infra.specialised_network_connection_share"),
    R("di động/100 dân đạt «85 thuê bao", "số thuê bao băng rộng di động/100 dân", ">=", 85, **TB100, pillar=INFRA,
      iid="infra.mobile_broadband_subscriptions_per_100"),
    R("điện thoại di động đạt «85%", "Tỷ lệ thuê bao sử dụng điện thoại thông minh (SMP)/tổng thuê bao điện thoại di "
      "động", ">=", 85, pillar=INFRA, iid="infra.smartphone_subscriptions_share"),
    R("sử dụng Internet đạt «80%", "tỷ lệ người sử dụng Internet", ">=", 80, pillar=INFRA,
      iid="infra.internet_users_share"),
    R("cố định/100 dân đạt «25 thuê bao", "Số thuê bao băng rộng cố định/100 dân", ">=", 25, **TB100, pillar=INFRA,
      iid="infra.fixed_broadband_subscriptions_per_100"),
    R("băng rộng cáp quang đạt «80%", "Tỷ lệ hộ gia đình có truy nhập Internet băng rộng cáp quang", ">=", 80,
      pillar=INFRA, iid="infra.fibre_household_coverage_share"),
    R("điện thoại thông minh đạt «95%", "Tỷ lệ dân số trưởng thành có điện thoại thông minh", ">=", 95, pillar=INFRA,
      iid="society.adult_smartphone_share"),
    R("băng rộng di động) đạt «90%", "Tỷ lệ hộ gia đình có truy nhập Internet (bao gồm băng rộng cố định và băng rộng "
      "di động)", ">=", 90, pillar=INFRA, iid="infra.households_internet_share"),
    R("trung bình đạt «70Mb/s", "Mạng băng rộng di động (4G) với tốc độ trung bình", ">=", 70, **MBS, pillar=INFRA,
      iid="infra.mobile_broadband_speed"),
    R("trung bình đạt «100Mb/s", "Mạng băng rộng cố định với tốc độ trung bình", ">=", 100, **MBS, pillar=INFRA,
      iid="infra.fixed_broadband_speed"),
    R("phấn đấu «100% hạ tầng thiết yếu", "hạ tầng thiết yếu như giao thông, điện, nước, có khả năng tích hợp cảm biến "
      "và ứng dụng Internet vạn vật (IoT)", ">=", 100, pillar=INFRA),
    R("(IoT); «100% hoạt động", "hoạt động sản xuất của các doanh nghiệp tại các khu công nghiệp, cụm công nghiệp được "
      "hỗ trợ ứng dụng IoT", ">=", 100, pillar=INFRA),
    R("đạt «100% hệ thống thông tin", "hệ thống thông tin dùng chung cấp Tỉnh có sử dụng dịch vụ điện toán đám mây",
      ">=", 100, pillar=INFRA, iid="infra.cloud_hosted_systems_share"),
    R("và «70% doanh nghiệp", "doanh nghiệp trên địa bàn Tỉnh sử dụng dịch vụ điện toán đám mây do doanh nghiệp trong "
      "nước cung cấp", ">=", 70, pillar=INFRA),
])

# --------------------------------------------------------------------------
# 02 Lộc Ninh district (Bình Phước), digital transformation plan (a copy on
# dangnhaphi88.com whose site name "ĐĂNG NHẬP HI88" was injected into the
# first sentence, kept as returned; no date and no year in the excerpt →
# year null). Pillars from the lead-ins: "phấn đấu về hạ tầng số," (the first
# sentence, running over the injected line break) → digital_infrastructure;
# "Về chính quyền số," → digital_government; "Về kinh tế số," →
# digital_economy; "Về xã hội số," → digital_society. "đến 100% khu dân cư,
# thôn ấp, 100% địa bàn toàn huyện": two records, scope null on both (the
# district's whole territory is no level of a split; a judgement). "tỷ lệ hồ
# sơ điện tử đạt tương ứng các cấp là 80%/60%": a split by level ("cấp
# huyện", "cấp xã", named in the subject before it): two records with those
# scopes. Ids: infra.specialised_network_connection_share (one value for both
# levels, scope null); hr.civil_servants_basic_digital_skills_share;
# egov.electronic_records_kept_share (records created and kept electronic,
# a judgement); society.adult_smartphone_share;
# infra.fibre_household_coverage_share ("có đường Internet cáp quang băng
# rộng" is a catalogue wording of it); society.bank_account_15plus_share.
# No id: 4G and fibre to residential areas (two networks joined), IT staff
# trained in digital transformation, offices managing electronic records,
# industrial parks, cooperatives and farmers on smartphones and e-commerce.
# Not quantities: "4G" (a name). The excerpt ends inside "hồ s".
# --------------------------------------------------------------------------
D02 = dict(name="02_locninh-ke-hoach-cds-huyen", kind="target", year=None, records=[
    R("hạ tầng số, «100% cơ quan", "cơ quan nhà nước cấp huyện, cấp xã kết nối mạng truyền số liệu chuyên dùng", ">=",
      100, pillar=INFRA, iid="infra.specialised_network_connection_share"),
    R("cáp quang đến «100% khu dân cư", "phủ sóng mạng di động 4G và mạng Internet cáp quang đến khu dân cư, thôn ấp",
      ">=", 100, pillar=INFRA),
    R("thôn ấp, «100% địa bàn", "phủ sóng mạng di động 4G và mạng Internet cáp quang đến địa bàn toàn huyện", ">=", 100,
      pillar=INFRA),
    R("chính quyền số, «80% cán bộ", "cán bộ, công chức, viên chức được đào tạo, bồi dưỡng hoặc tự bồi dưỡng kiến thức "
      "và có kỹ năng số đáp ứng yêu cầu hoạt động công vụ", ">=", 80, pillar=GOV,
      iid="hr.civil_servants_basic_digital_skills_share"),
    R("; «100% các bộ chuyên trách", "các bộ chuyên trách công nghệ thông tin (CNTT) được tập huấn, bồi dưỡng nâng cao "
      "về nhận thức, kỹ năng và nghiệp vụ quản lý và hoạt động chuyển đổi số", ">=", 100, pillar=GOV),
    R("; «100% phòng, ban", "phòng, ban, đơn vị cấp huyện, UBND cấp xã, thị trấn thực hiện tạo lập và quản lý hồ sơ "
      "điện tử", ">=", 100, pillar=GOV),
    R("các cấp là «80%/60%", "tỷ lệ hồ sơ điện tử", ">=", 80, scope="cấp huyện", pillar=GOV,
      iid="egov.electronic_records_kept_share"),
    R("các cấp là 80%/«60%", "tỷ lệ hồ sơ điện tử", ">=", 60, scope="cấp xã", pillar=GOV,
      iid="egov.electronic_records_kept_share"),
    R("kinh tế số, «70% khu công nghiệp", "khu công nghiệp, cụm công nghiệp thực hiện chuyển đổi số", ">=", 70,
      pillar=ECO),
    R("huyện; «80% hợp tác xã", "hợp tác xã, tổ hợp tác, hộ nông dân sản xuất sản phẩm theo tiêu chuẩn VietGap, "
      "OCOP... có ứng dụng điện thoại thông minh, Internet băng rộng, sàn thương mại điện tử", ">=", 80, pillar=ECO),
    R("thông minh đạt trên «90%", "tỷ lệ dân số trưởng thành có điện thoại thông minh", ">", 90, pillar=SOC,
      iid="society.adult_smartphone_share"),
    R("băng rộng đạt trên «90%", "tỷ lệ hộ gia đình có đường Internet cáp quang băng rộng", ">", 90, pillar=SOC,
      iid="infra.fibre_household_coverage_share"),
    R("khác đạt trên «80%", "tỷ lệ người dân từ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng hoặc các tổ chức "
      "cho phép khác", ">", 80, pillar=SOC, iid="society.bank_account_15plus_share"),
])

# --------------------------------------------------------------------------
# 03 Long An, plan implementing the ICT infrastructure master plan
# (wwwiso.com copy; no date shown; "phấn đấu đến năm 2025", "đến năm 2025" →
# 2025; the 2030 paragraph states no number). Pillars from the lead-ins:
# "hạ tầng mạng lưới:" (postal network) and "Hạ tầng dữ liệu:" (both name
# hạ tầng; a judgement, as set43's "Phát triển hạ tầng dữ liệu") and "Về hạ
# tầng viễn thông," → digital_infrastructure; the paragraph "Nâng cao khả
# năng tiếp cận dịch vụ bưu chính công ích ..." names no pillar → null.
# "khoảng 3.700 người" served per postal point: a count of people (op ~),
# the "01 điểm" its denominator. The last item "90% các tổ chức kinh tế - xã
# hội như doanh nghiệp, cơ sở sản xuất, kinh doanh," ends the excerpt before
# its predicate: a record with the subject as indicator. Ids:
# infra.postal_points_communes_share, infra.fibre_household_coverage_share
# (households able to reach fibre), infra.fixed_broadband_speed. No id:
# postal points online, postal firms reporting online, points serving online
# public services, users able to reach fixed Internet (as set5-set43's gold).
# Not quantities: "01" (denominator), "2025", "2030".
# --------------------------------------------------------------------------
D03 = dict(name="03_longan-ha-tang-ttt-2025", kind="target", year=2025, records=[
    R("khoảng «3.700 người", "Số dân phục vụ bình quân trên 01 điểm phục vụ bưu chính", "~", 3700, **CNT, pillar=INFRA),
    R("người; «100% số xã", "số xã có điểm phục vụ bưu chính có người phục vụ", ">=", 100, pillar=INFRA,
      iid="infra.postal_points_communes_share"),
    R("phục vụ; «100% số điểm", "số điểm phục vụ bưu chính có người phục vụ có kết nối Internet", ">=", 100,
      pillar=INFRA),
    R("Hạ tầng dữ liệu: «100%", "số doanh nghiệp bưu chính thực hiện báo cáo trực tuyến", ">=", 100, pillar=INFRA),
    R("phấn đấu «100% số điểm", "số điểm phục vụ bưu chính có khả năng phục vụ người dân sử dụng dịch vụ công trực "
      "tuyến", ">=", 100),
    R("bảo đảm «100% số hộ", "số hộ gia đình có khả năng tiếp cận cáp quang khi có nhu cầu", ">=", 100, pillar=INFRA,
      iid="infra.fibre_household_coverage_share"),
    R("với «90% người sử dụng", "người sử dụng có thể truy nhập Internet cố định", ">=", 90, pillar=INFRA),
    R("trung bình «200 Mb/s", "truy nhập Internet cố định, tốc độ trung bình", ">=", 200, **MBS, pillar=INFRA,
      iid="infra.fixed_broadband_speed"),
    R("Mb/s; «90% các tổ chức", "các tổ chức kinh tế - xã hội như doanh nghiệp, cơ sở sản xuất, kinh doanh", ">=", 90,
      pillar=INFRA, note="the excerpt ends before the predicate"),
])

# --------------------------------------------------------------------------
# 04 Bắc Giang and Đà Nẵng, party resolutions of June 2021 (vneconomy.vn, no
# date line; a national page naming two provinces → `place` on each record).
# The heading "ĐẶT RA CÁC MỤC TIÊU, CON SỐ CỤ THỂ" names no pillar → null.
# Bắc Giang: DTI in "nhóm 15" by 2025 and "nhóm 10" by 2030 (rank, op <=;
# dti.provincial_rank, the provincial digital transformation index being
# "chỉ số đánh giá về chuyển đổi số"); "100% dịch vụ công trực tuyến mức độ
# 4" by 2025 (egov.full_online_services_share: mức độ 4 is toàn trình's
# former name, catalogue note); "kinh tế số chiếm 25% GRDP"
# (econ.digital_economy_gdp_share). Đà Nẵng's "nhóm ba địa phương dẫn đầu"
# is a number written as a word: no record (the anchor must be a digit; a
# shortfall noted in the README). Not quantities: "11/6/2021",
# "111-NQ/TU", "2021-2025", "6/2021", "05-NQ/TU", years.
# --------------------------------------------------------------------------
D04 = dict(name="04_bacgiang-danang-nghi-quyet-2021", kind="target", year=2025, records=[
    R("thuộc nhóm «15 tỉnh", "chỉ số đánh giá về chuyển đổi số", "<=", 15, **RANK, place="Bắc Giang",
      iid="dti.provincial_rank"),
    R("thuộc nhóm «10 tỉnh", "thuộc nhóm tỉnh, thành phố dẫn đầu cả nước về chuyển đổi số", "<=", 10, **RANK, year=2030,
      place="Bắc Giang", iid="dti.provincial_rank"),
    R("năm 2025, «100% dịch vụ", "dịch vụ công trực tuyến mức độ 4", ">=", 100, place="Bắc Giang",
      iid="egov.full_online_services_share"),
    R("chiếm «25% GRDP", "kinh tế số chiếm GRDP", ">=", 25, place="Bắc Giang", iid="econ.digital_economy_gdp_share"),
])

# --------------------------------------------------------------------------
# 05 National, the Central Steering Committee's work programme for 2026
# (vietnamnet.vn, no date line; "chương trình công tác năm 2026", "năm nay" →
# 2026). Pillars: "mục tiêu đóng góp cho tăng trưởng" names none; "Về hạ
# tầng, nền tảng số và dữ liệu dùng chung," names three pillars, not one →
# null (a judgement); the next paragraph names none → null. Records: the
# shares of GDP (a bare "50%" → >=); EGDI "nhóm 65 nước dẫn đầu thế giới"
# (rank.un_egdi) and "nhóm 4 nước dẫn đầu khu vực ASEAN" (rank <=; no id: a
# regional place, not the world ranking of rank.un_egdi); 5G coverage of
# population (infra.fiveg_coverage_share); commune officials equipped and
# holding a personal digital signature (no id: two predicates); "100% hồ
# sơ công việc tại cấp bộ, tỉnh và xã" one value for all levels → scope null
# (egov.work_records_online_share). Not quantities: "5G" (a name).
# --------------------------------------------------------------------------
D05 = dict(name="05_ca-nuoc-chuong-trinh-bcd-2026", kind="target", year=2026, records=[
    R("trong GDP đạt «14,5%", "tỷ trọng giá trị tăng thêm của kinh tế số trong GDP", ">=", 14.5,
      iid="econ.digital_economy_gdp_share"),
    R("trong GDP đạt «17,5%", "Tỷ trọng đóng góp của KHCN, ĐMST, CĐS trong GDP", ">=", 17.5),
    R("kinh tế «50%", "Tỷ trọng đóng góp của năng suất nhân tố tổng hợp (TFP) vào tăng trưởng kinh tế", ">=", 50),
    R("nhóm «65 nước", "Xếp hạng về phát triển chính phủ điện tử của Việt Nam thuộc nhóm nước dẫn đầu thế giới", "<=",
      65, **RANK, iid="rank.un_egdi"),
    R("nhóm «4 nước", "Xếp hạng về phát triển chính phủ điện tử của Việt Nam thuộc nhóm nước dẫn đầu khu vực ASEAN",
      "<=", 4, **RANK),
    R("5G đạt «70%", "phủ sóng 5G dân số", ">=", 70, iid="infra.fiveg_coverage_share"),
    R("«100% cán bộ cấp xã", "cán bộ cấp xã có trang thiết bị đáp ứng yêu cầu công việc và có chữ ký số cá nhân để "
      "giải quyết công việc trên môi trường điện tử", ">=", 100),
    R("«100% hồ sơ công việc tại cấp bộ", "hồ sơ công việc tại cấp bộ, tỉnh và xã được xử lý trên môi trường điện tử",
      ">=", 100, iid="egov.work_records_online_share"),
])

# --------------------------------------------------------------------------
# 06 Lâm Bình district (Tuyên Quang), results of 2022 (lambinh.tuyenquang.gov.vn,
# no date line; "Trong năm 2022", "đến nay" → 2022). No heading; "Về thực
# hiện các chỉ tiêu," names no pillar → null throughout. "10 tổ công nghệ số
# cộng đồng cấp xã, 100 tổ cấp thôn": the teams split by level, scopes "cấp
# xã" and "cấp thôn" (aware.community_digital_teams_count on both); "trên 600
# thành viên" (op >; aware.community_digital_team_members_count). The
# results "Đảm bảo 100% văn bản điện tử ... được ký số"
# (egov.electronic_documents_share), scanners at every commune (no id),
# computers for officials of commune and district (one value, scope null;
# infra.civil_servants_computers_share), "85% máy tính" with anti-malware
# (security.protected_endpoints_share), and the last "90% nghiệp vụ chuyên
# môn," whose predicate the excerpt cuts off. Not quantities: "3 cấp tỉnh,
# huyện, xã" (the levels of a shared system; a judgement).
# --------------------------------------------------------------------------
D06 = dict(name="06_lambinh-ket-qua-2022", kind="result", year=2022, records=[
    R("hiện có «10 tổ", "tổ công nghệ số cộng đồng", "=", 10, **CNT, scope="cấp xã",
      iid="aware.community_digital_teams_count"),
    R("cấp xã, «100 tổ cấp thôn", "tổ công nghệ số cộng đồng", "=", 100, **CNT, scope="cấp thôn",
      iid="aware.community_digital_teams_count"),
    R("với trên «600 thành viên", "thành viên tổ công nghệ số cộng đồng", ">", 600, **CNT,
      iid="aware.community_digital_team_members_count"),
    R("Đảm bảo «100% văn bản", "văn bản điện tử gửi, nhận giữa các cơ quan hành chính nhà nước từ cấp huyện đến cấp "
      "tỉnh, cấp xã được ký số thay thế văn bản giấy", "=", 100, iid="egov.electronic_documents_share"),
    R("«100% Uỷ ban nhân dân các xã", "Uỷ ban nhân dân các xã, thị trấn có máy scan tài liệu", "=", 100),
    R("tài liệu, «100% cán bộ", "cán bộ, công chức cấp xã, huyện được trang bị máy tính làm việc", "=", 100,
      iid="infra.civil_servants_computers_share"),
    R("; «85% máy tính", "máy tính được cài đặt phần mềm chống mã độc, phần mềm diệt virus có bản quyền", "=", 85,
      iid="security.protected_endpoints_share"),
    R("«90% nghiệp vụ", "nghiệp vụ chuyên môn", "=", 90, note="the excerpt ends before the predicate"),
])

# --------------------------------------------------------------------------
# 07 Quảng Ninh, scheme "Quảng Ninh – Chính quyền phục vụ người dân và doanh
# nghiệp" (thuonghieucongluan.com.vn, no date line). No heading → pillar
# null. Targets: "tốp 5" provinces leading in comprehensive digital
# transformation by 2025 (rank <=; dti.provincial_rank, a judgement: the
# ranking of provinces in digital transformation is DTI's); digital economy
# "ít nhất 20%" of GRDP by 2025 and "khoảng 30%" by 2030 (op ~;
# econ.digital_economy_gdp_share); 100% of OCOP products registered for
# protection by 2025 ("đến hết năm 2025 và duy trì đến năm 2030": the year
# it is to be reached); under the 2030 brand sentence ("Trong đó, ...", the
# period "2024-2030") 80% of petitions settled within the quarter, "khoảng
# 2000 doanh nghiệp/năm" founded (count, op ~), "ít nhất 10 doanh nghiệp" in
# the top 500 (count, op >=): plan targets, quantities under the contract
# though not of digital transformation; no id. Not quantities: "2024" (the
# year results will be published), "tốp 500" (the name of the ranking the
# ten firms are to enter), "2024-2030".
# --------------------------------------------------------------------------
D07 = dict(name="07_quangninh-de-an-thuong-hieu", kind="target", year=2025, records=[
    R("trong tốp «5 tỉnh", "đứng trong tốp tỉnh, thành phố dẫn đầu cả nước về chuyển đổi số toàn diện", "<=", 5,
      **RANK, iid="dti.provincial_rank"),
    R("ít nhất «20% trong GRDP", "kinh tế số chiếm tỷ trọng trong GRDP", ">=", 20,
      iid="econ.digital_economy_gdp_share"),
    R("chiếm khoảng «30%", "kinh tế số chiếm tỷ trọng trong GRDP", "~", 30, year=2030,
      iid="econ.digital_economy_gdp_share"),
    R("có «100% sản phẩm", "sản phẩm thuộc chương trình OCOP được đăng ký bảo hộ quyền sở hữu trí tuệ", ">=", 100),
    R("trong quý «80% kiến nghị", "xem xét, giải quyết ngay trong quý kiến nghị phát sinh", ">=", 80, year=2030),
    R("khoảng «2000 doanh nghiệp", "thành lập mới doanh nghiệp/năm trong giai đoạn 2024-2030", "~", 2000, **CNT,
      year=2030),
    R("ít nhất «10 doanh nghiệp", "doanh nghiệp nằm trong tốp 500 doanh nghiệp lớn nhất Việt Nam", ">=", 10, **CNT,
      year=2030),
])

# --------------------------------------------------------------------------
# 08 National programme for digital transformation in new rural development,
# Decision 924/QĐ-TTg (truyenhinhthanhhoa.vn, no date line; "phấn đấu đến năm
# 2025" → 2025). The heading "Phát triển chính quyền số trong xây dựng nông
# thôn mới" → digital_government for everything under it (the next
# paragraph "Ít nhất 97% ..." stands under the same heading). "ít nhất 90%
# hồ sơ công việc cấp trung ương, cấp tỉnh, 80% ... cấp huyện và 60% ... cấp
# xã": four records, the first two sharing "90%" (spec), scopes as written;
# egov.work_records_online_share on all. The communes meeting indicator 8.4
# of criterion 8: 97% and 50% (the excerpt ends inside the second, whose
# criteria set it cuts off; no id). Not quantities: "924/QĐ-TTg", "2/8/2022",
# "2021 – 2025", "8.4", "số 8" (names of a criterion).
# --------------------------------------------------------------------------
HSCV = "hồ sơ công việc được xử lý trên môi trường mạng"
D08 = dict(name="08_ca-nuoc-ntm-thong-minh-924", kind="target", year=2025, records=[
    R("ít nhất «90% hồ sơ", HSCV, ">=", 90, scope="cấp trung ương", pillar=GOV, iid="egov.work_records_online_share"),
    R("ít nhất «90% hồ sơ", HSCV, ">=", 90, scope="cấp tỉnh", pillar=GOV, iid="egov.work_records_online_share"),
    R("cấp tỉnh, «80% hồ sơ", HSCV, ">=", 80, scope="cấp huyện", pillar=GOV, iid="egov.work_records_online_share"),
    R("và «60% hồ sơ", HSCV, ">=", 60, scope="cấp xã", pillar=GOV, iid="egov.work_records_online_share"),
    R("Ít nhất «97% số xã", "số xã đạt chuẩn chỉ tiêu 8.4 của Tiêu chí số 8 về Thông tin và Truyền thông theo Bộ tiêu "
      "chí quốc gia về xã nông thôn mới", ">=", 97, pillar=GOV),
    R("mới; «50% số xã", "số xã đạt chuẩn chỉ tiêu 8.4 của Tiêu chí số 8", ">=", 50, pillar=GOV,
      note="the excerpt ends inside the criteria set's name"),
])

# --------------------------------------------------------------------------
# 09 National, the 2023 action plan of the National Committee on Digital
# Transformation (a copy on 88tysobongda.com; no date line; "Năm 2023" →
# 2023). Pillar: "Năm 2023 là Năm Dữ liệu số quốc gia, tập trung vào thực
# hiện một số chỉ tiêu quan trọng. Cụ thể, ..." is a lead-in naming dữ liệu
# số that opens its paragraph → digital_data on its two targets (a
# judgement); the paragraphs "Bên cạnh đó, ..." and "Kế hoạch đặt chỉ tiêu
# ..." name no pillar → null (spec's decided case). "trên 30%" (op >) of
# ministries and localities with an analytics platform using AI
# (data.analytics_platform_agencies_share: its catalogue wording holds "có
# ứng dụng trí tuệ nhân tạo"; ministries and provinces being the bodies
# counted, a judgement). No id for the other five (catalogues of databases,
# data sharing services, a data store for citizens, online service quality
# actions, merged procedure systems). The last record's predicate ends the
# excerpt inside "hệ t". Not quantities: "2023" (the year), "(NDXP/LGSP)".
# --------------------------------------------------------------------------
BNDP = "bộ, ngành, địa phương "
D09 = dict(name="09_ca-nuoc-ubqg-ke-hoach-2023", kind="target", year=2023, records=[
    R("phấn đấu «100% bộ", BNDP + "ban hành danh mục cơ sở dữ liệu thuộc phạm vi quản lý và kế hoạch, lộ trình cụ thể "
      "để xây dựng, triển khai các cơ sở dữ liệu trong danh mục", ">=", 100, pillar=DATA),
    R("danh mục. «100% bộ", BNDP + "cung cấp dịch vụ chia sẻ dữ liệu trên nền tảng tích hợp, chia sẻ dữ liệu "
      "(NDXP/LGSP)", ">=", 100, pillar=DATA),
    R("trên «30% bộ", BNDP + "triển khai nền tảng phân tích, xử lý dữ liệu tổng hợp cấp bộ, cấp tỉnh, có ứng dụng trí "
      "tuệ nhân tạo", ">", 30, iid="data.analytics_platform_agencies_share"),
    R("hoạt động. «100% bộ", BNDP + "triển khai chức năng kho dữ liệu điện tử của tổ chức, cá nhân trên hệ thống thông "
      "tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh", ">=", 100),
    R("chỉ tiêu «100% bộ", BNDP + "triển khai các hoạt động nâng cao chất lượng và hiệu quả cung cấp dịch vụ công trực "
      "tuyến", ">=", 100),
    R("tuyến. «100% bộ", BNDP + "hoàn thành triển khai hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp "
      "tỉnh", ">=", 100),
])

# --------------------------------------------------------------------------
# 10 Lai Khê commune (Hải Phòng), formed by merging three communes: its page's
# profile and main targets to 2030 (laikhe.haiphong.gov.vn, no date line;
# "Các chỉ tiêu chủ yếu đến năm 2030" → 2030, also for the yearly "Hằng
# năm" target, inferred from the heading; a judgement). Party-building
# targets, quantities under the contract though not of digital
# transformation: "90 - 100%" of cells completing their tasks well (between),
# "45 đảng viên mới/năm" (count) and the bracket "(3% trên tổng số đảng viên
# ...)" (a bracket stating a value, spec). No pillar, no id. Not quantities
# (a precision check): the profile's "03 xã cũ" merged, "diện tích tự nhiên
# 30,07 km2", "dân số là 42.875 người (tính đến ngày 31/12/2024)" (facts
# describing the commune, no indicator of a plan; a judgement), "Quốc lộ 5",
# "tỉnh lộ 389" (names), "2025- 2030", the numbering "(1)", "(2)", "2.1.".
# --------------------------------------------------------------------------
D10 = dict(name="10_laikhe-chi-tieu-2030", kind="target", year=2030, records=[
    R("có «90 - 100% chi", "chi, Đảng bộ trực thuộc Đảng ủy hoàn thành tốt nhiệm vụ trở lên", "between", 90,
      value_max=100),
    R("kết nạp «45 đảng viên", "kết nạp đảng viên mới/năm", ">=", 45, **CNT),
    R("(«3% trên", "đảng viên mới trên tổng số đảng viên của đảng bộ", ">=", 3),
])

# --------------------------------------------------------------------------
# 11 Bình Dương, PAPI 2022 (quanlynhanuoc.vn, an article of 2023 whose excerpt
# shows no date line; "(PAPI) năm 2022" → 2022). One rank result, "đứng thứ
# 2" (op =). No id: rank.papi_e_governance is the points of PAPI's
# e-governance dimension, not the overall place. Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_binhduong-papi-2022", kind="result", year=2022, records=[
    R("đứng thứ «2 trong", "bảng xếp hạng Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh ở Việt Nam (PAPI)", "=",
      2, **RANK),
])

# --------------------------------------------------------------------------
# 12 Hà Nội, a bank newspaper's page (thoibaonganhang.vn): a precision check.
# The page opens with the site's economic ticker "Chỉ số kinh tế:" (exchange
# rates of 22/1/2026, December 2025's industrial index, new firms, exports,
# imports, CPI, foreign visitors), printed on every page of the site: page
# furniture under the contract, so none of its numbers is a quantity (a
# judgement: the ticker was kept to test exactly this); its changes "giảm
# 0,4% so với tháng trước", "tăng 12,2% so với cùng kỳ" ... would not be
# quantities in any case (a result's change against an earlier value). The
# article's excerpt holds no number. No gold record.
# --------------------------------------------------------------------------
D12 = dict(name="12_hanoi-ticker-precision", kind="result", year=None, records=[], NOT=[
    "giảm «0,4%", "tăng «12,2%", "tăng «13,9%", "và «71,6%", "tăng «12,6%", "tăng «17,6%", "tăng «0,19%",
    "tăng «3,48%", "tăng «15,7%",
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
