#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set17).

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

PLAT = "digital_platforms"
USD = dict(unit="other", unit_text="USD")
MVILL = "infra.mobile_village_coverage_share"
HHNET = "infra.households_internet_share"
MEMBERS = "aware.community_digital_team_members_count"
GROWTH = "econ.digital_economy_growth"
L = dict(line=True)

# --------------------------------------------------------------------------
# 01 Hưng Yên, xã Xuân Trúc (commune portal; the excerpt opens at the
# plan's list, without its title): the commune's infrastructure plan, one
# item per line "- Chỉ tiêu: giá trị" (the table-like text of this set).
# The excerpt names no year and carries no date: year null (set13 01,
# set15 09). Items of a plan, bare values: targets, >=; "Giảm ... xuống
# dưới 5%" <; "Phấn đấu ... có 01 tài khoản" >=. Headings "1. Mạng viễn
# thông băng rộng di động", "2. Mạng viễn thông băng rộng cố định", "3. Hạ
# tầng dữ liệu và điện toán đám mây" → digital_infrastructure (spec's
# topic table); "5. Nền tảng số có tính chất hạ tầng" → digital_platforms
# (head noun nền tảng số). "/100 dân: 90%" is a % (spec); "36 Mb/s",
# "91 Mb/s" unit other. "2G", "i-Speed", "FTTH" are names; "100" of
# "/100 dân" is part of the unit; list numbers "1." to "5.".
# --------------------------------------------------------------------------
D01 = dict(name="01_hungyen-xa-xuantruc-ha-tang-so", kind="target", year=None, records=[
    R("dân: «90%.", "Số thuê bao băng rộng di động/100 dân", ">=", 90, pillar=INFRA, **L,
      iid="infra.mobile_broadband_subscriptions_per_100"),
    R("di động: «80%", "Tỷ lệ thuê bao sử dụng điện thoại thông minh/tổng thuê bao điện thoại di động", ">=", 80,
      pillar=INFRA, **L, iid="infra.smartphone_subscriptions_share"),
    R("thông minh: «90% .", "Tỷ lệ dân số trưởng thành có điện thoại thông minh", ">=", 90, pillar=INFRA, **L,
      iid="society.adult_smartphone_share"),
    R("i-Speed): «36 Mb/s", "Tốc độ băng rộng di động (tốc độ tải xuống theo i-Speed)", ">=", 36, unit="other",
      unit_text="Mb/s", pillar=INFRA, **L, iid="infra.mobile_broadband_speed"),
    R("dưới «5%", "số người chỉ sử dụng điện thoại 2G", "<", 5, pillar=INFRA, **L, iid="infra.twog_only_users_share"),
    R("băng rộng: «100%", "Tỷ lệ thôn được phủ sóng di động băng rộng", ">=", 100, pillar=INFRA, **L, iid=MVILL),
    R("BTS: «25%", "Tỷ lệ dùng chung vị trí BTS", ">=", 25, pillar=INFRA, **L, iid="infra.bts_sharing_share"),
    R("dân: «22%", "Số thuê bao băng rộng cố định/100 dân", ">=", 22, pillar=INFRA, **L,
      iid="infra.fixed_broadband_subscriptions_per_100"),
    R("cáp quang: «80%", "Tỷ lệ phần trăm hộ gia đình có truy nhập Internet băng rộng cáp quang", ">=", 80,
      pillar=INFRA, **L, iid=HHNET),
    R("i-Speed): «91 Mb/s", "Tốc độ băng rộng cố định (tốc độ tải xuống theo i-Speed)", ">=", 91, unit="other",
      unit_text="Mb/s", pillar=INFRA, **L, iid="infra.fixed_broadband_speed"),
    R("FTTH): «100%", "Tỷ lệ thôn được phủ băng rộng cố định (cáp quang FTTH)", ">=", 100, pillar=INFRA, **L,
      iid="infra.fibre_village_coverage_share"),
    R("có «01 tài khoản", "trung bình mỗi người dân có tài khoản sử dụng dịch vụ điện toán đám mây", ">=", 1,
      unit="other", unit_text="tài khoản", pillar=INFRA, **L, iid="infra.cloud_accounts_per_person",
      note="accounts per person: a rate, unit other"),
    R("hạ tầng: «70% .", "Tỷ lệ cơ quan, đơn vị trên địa bàn xã sử dụng nền tảng số có tính chất hạ tầng", ">=", 70,
      pillar=PLAT, **L, iid="infra.agencies_infrastructure_platforms_share"),
    R("hạ tầng: «50%.", "Tỷ lệ doanh nghiệp trên địa bàn xã sử dụng nền tảng số có tính chất hạ tầng", ">=", 50,
      pillar=PLAT, **L, iid="infra.enterprises_infrastructure_platforms_share"),
])

# --------------------------------------------------------------------------
# 02 Cà Mau (pbgdpl.camau.gov.vn, no date): the province's plan for the
# national strategy on digital economy and society, targets "đến năm 2025"
# (2025). Lead-ins "Mục tiêu cơ bản phát triển kinh tế số đến năm 2025:" →
# digital_economy and "Mục tiêu cơ bản phát triển xã hội số đến năm 2025:" →
# digital_society for their lists (the fibre and the skills items too: the
# lead-in decides). Typos kept as stored ("tối thiếu", "họp đồng", "hộ gia
# đỉnh", "sô"): "tối thiếu 10%" reads >= like "tối thiểu". "100% trường học,
# bệnh viện và trên 80% hộ gia đỉnh có nhu cầu": two records, kinds of
# subject, scope null. "từ 15 tuổi" qualifies the subject. "411/ỌĐ-TTg" a
# document number. The last item breaks off before its number.
# --------------------------------------------------------------------------
D02 = dict(name="02_camau-kinh-te-so-xa-hoi-so-2025", kind="target", year=2025, records=[
    R("đạt «20% GRDP", "Tỷ trọng kinh tế số GRDP", ">=", 20, pillar=ECO, iid=ECO_GDP),
    R("tối thiếu «10%", "Tỷ trọng kinh tế số trong từng ngành, lĩnh vực", ">=", 10, pillar=ECO, iid=ECO_SECT),
    R("bán lẻ đạt trên «10%", "Tỷ trọng thương mại điện tử trong tổng mức bán lẻ", ">", 10, pillar=ECO, iid=ECOM),
    R("điện tử đạt trên «80%", "Tỷ lệ doanh nghiệp sử dụng họp đồng điện tử", ">", 80, pillar=ECO, iid=ECON_CT),
    R("hoá đơn điện tử đạt «100%", "Tỷ lệ doanh nghiệp sử dụng hoá đơn điện tử", ">=", 100, pillar=ECO,
      iid="econ.e_invoice_enterprises_share"),
    R("nền tảng số đạt trên «50%", "Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số", ">", 50, pillar=ECO,
      iid="econ.sme_digital_platforms_share"),
    R("đạt «10 doanh nghiệp", "Số lượng doanh nghiệp công nghệ số", ">=", 10, **CNT, pillar=ECO,
      iid="econ.digital_tech_enterprises_count"),
    R("lao động trên «2%", "Tỷ lệ nhân lực lao động kinh tế số trong lực lượng lao động", ">", 2, pillar=ECO,
      iid="econ.digital_economy_workforce_share"),
    R("tối thiểu «7%", "Năng suất lao động hàng năm tăng", ">=", 7, pillar=ECO, iid="econ.labour_productivity_growth"),
    R("phủ «100% xã", "Hạ tầng mạng băng rộng cáp quang phủ xã", ">=", 100, pillar=SOC,
      iid="infra.fibre_commune_coverage_share"),
    R("phủ «100% trường", "Hạ tầng mạng băng rộng cáp quang phủ trường học, bệnh viện", ">=", 100, pillar=SOC),
    R("và trên «80% hộ", "Hạ tầng mạng băng rộng cáp quang phủ hộ gia đỉnh có nhu cầu", ">", 80, pillar=SOC,
      iid="infra.fibre_household_coverage_share"),
    R("thông minh đạt «80%", "Tỷ lệ dân số trưởng thành có điện thoại thông minh", ">=", 80, pillar=SOC,
      iid="society.adult_smartphone_share"),
    R("được phép khác đạt «80%", "Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc "
      "tổ chức được phép khác", ">=", 80, pillar=SOC, iid="society.bank_account_15plus_share"),
    R("cá nhân đạt trên «50%", "Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân", ">", 50,
      pillar=SOC, iid="society.adult_digital_signature_share"),
    R("cơ bản đạt trên «70%", "Tỷ lệ người dân trong độ tuổi lao động được đào tạo kỹ năng sô cơ bản", ">", 70,
      pillar=SOC, iid="hr.workforce_basic_digital_skills_share"),
])

# --------------------------------------------------------------------------
# 03 Thanh Hóa (doanhnghieptiepthi.vn, no date line): Đề án 06 and digital
# citizenship figures "tính đến hết tháng 3/2025": results of 2025. No
# heading names a pillar (the title names a model, "Về chữ ký số," and "Về
# lĩnh vực thanh toán không dùng tiền mặt" name topics of no pillar in the
# spec's table; the last paragraph names xã hội số and holds no value):
# pillar null. Fractions "45.158/53.571", "59.991/164.382", "265.588/
# 450.684": the numerators are recorded (set8), with their shares in
# brackets (spec). "hơn 30 nghìn" = 30000; "gần 538 nghìn" ~ 538000.
# --------------------------------------------------------------------------
D03 = dict(name="03_thanhhoa-danh-tinh-so-2025", kind="result", year=2025, records=[
    R("hơn «2,2 triệu", "toàn tỉnh đã thu nhận và kích hoạt thành công tài khoản định danh điện tử", ">", 2200000, **CNT),
    R("hơn «30 nghìn", "riêng từ đầu năm đến nay đã kích hoạt được tài khoản", ">", 30000, **CNT),
    R("gần «538 nghìn", "đã cấp phát chữ ký điện tử cho người dân", "~", 538000, **CNT),
    R("tỷ lệ «26,3%", "chữ ký điện tử cấp phát cho người dân đạt tỷ lệ", "=", 26.3),
    R("là «45.158/53.571", "tổng số đối tượng hưởng chính sánh an sinh xã hội được cấp chi trả qua tài khoản", "=", 45158,
      **CNT),
    R("(đạt «84,3%)", "đối tượng hưởng chính sánh an sinh xã hội được cấp chi trả qua tài khoản", "=", 84.3,
      iid="society.social_benefits_cashless_share"),
    R("cho «59.991/164.382", "chi trả lương hưu, trợ cấp BHXH, tiếp nhận không dùng tiền mặt cho người", "=", 59991, **CNT),
    R("(đạt «36,49%)", "chi trả lương hưu, trợ cấp BHXH tiếp nhận không dùng tiền mặt", "=", 36.49),
    R("gần «265.588/", "tỷ lệ hồ sơ thanh toán trực tuyến trên Cổng dịch vụ quốc giá, hồ sơ", "~", 265588, **CNT),
    R("(đạt «58,93%)", "tỷ lệ hồ sơ thanh toán trực tuyến trên Cổng dịch vụ quốc giá", "=", 58.93, iid=PAY),
])

# --------------------------------------------------------------------------
# 04 Lào Cai (vietnamnet.vn, 2024-12): the plan for digital infrastructure,
# "Mục tiêu đến hết năm 2025" (2025) under the heading "Hạ tầng viễn thông
# băng rộng" → digital_infrastructure. A target's "đạt 100%" reads >=,
# "đạt trên 20%" >. "từ tỉnh đến cấp xã": one value for all levels, scope
# null (spec). "5G" is a name. The page breaks off at "đáp" (no number).
# --------------------------------------------------------------------------
D04 = dict(name="04_laocai-ha-tang-so-2025", kind="target", year=2025, records=[
    R("đạt «100% thôn", "thôn, tổ dân phố được phủ sóng băng rộng di động", ">=", 100, pillar=INFRA, iid=MVILL),
    R("; «100% thôn", "thôn, tổ dân phố được phủ băng rộng cố định", ">=", 100, pillar=INFRA,
      iid="infra.fibre_village_coverage_share"),
    R("; «100% trung tâm", "trung tâm các huyện, thị xã, thành phố, khu công nghiệp, địa bàn trọng điểm phát triển du lịch "
      "có dịch vụ di động 5G", ">=", 100, pillar=INFRA),
    R("; «100% các cơ quan", "các cơ quan Đảng, Nhà nước từ tỉnh đến cấp xã được kết nối vào Mạng truyền số liệu chuyên "
      "dùng phục vụ cơ quan Đảng, Nhà nước", ">=", 100, pillar=INFRA, iid="infra.specialised_network_connection_share"),
    R("đạt trên «20%", "Tỷ lệ dùng chung vị trí BTS", ">", 20, pillar=INFRA, iid="infra.bts_sharing_share"),
    R("; «100% hạ tầng", "hạ tầng kỹ thuật ngầm (xây mới) trong các khu đô thị được đầu tư đảm bảo đáp ứng yêu cầu dùng "
      "chung hạ tầng", ">=", 100, pillar=INFRA),
])

# --------------------------------------------------------------------------
# 05 Bắc Kạn (dientuungdung.vn, no date line): results "Năm 2024", "Tính
# đến cuối năm 2024" (2024; the title's "năm 2025" names the aim). No
# heading names one pillar (title, "Bước tiến lớn trong chuyển đổi số của
# Bắc Kạn"); the first paragraph names several things and holds no value;
# the values' sentences lead with no pillar: null. "5G" a name. "100% văn
# bản đều có bản gửi dưới dạng điện tử và 97% văn bản được gửi hoàn toàn
# dưới dạng điện tử": two records, each with its subject.
# --------------------------------------------------------------------------
D05 = dict(name="05_backan-ket-qua-2024", kind="result", year=2024, records=[
    R("tới «97% thôn", "toàn tỉnh Bắc Kạn đã phủ sóng di động tới thôn bản", "=", 97, iid=MVILL),
    R("có «71% hộ", "hộ gia đình được lắp cáp quang", "=", 71, iid=HHNET),
    R("với «1.292 tổ", "mạng lưới tổ công nghệ số cộng đồng tổ tại cấp thôn, bản", "=", 1292, **CNT, iid=TEAMS),
    R("hơn «6.200 thành viên", "tổ công nghệ số cộng đồng có sự tham gia của thành viên", ">", 6200, **CNT, iid=MEMBERS),
    R("gần «14.000 người", "Hệ thống quản lý văn bản và điều hành điện tử iOffice tỉnh Bắc Kạn ghi nhận người dùng", "~",
      14000, **CNT),
    R("hơn «500.000 lượt", "lượt gửi - nhận văn bản từ đầu năm 2024", ">", 500000, **CNT),
    R("là «100% văn bản", "văn bản đều có bản gửi dưới dạng điện tử", "=", 100),
    R("và «97% văn bản", "văn bản được gửi hoàn toàn dưới dạng điện tử", "=", 97, iid="egov.electronic_documents_share"),
])

# --------------------------------------------------------------------------
# 06 Bắc Giang (vietnamnet.vn, no date): ranks of 2022 ("Năm 2022, nhiều
# chỉ số ..."): DTI "thứ 9/63", the PAR component "thứ 1/63", ICT Index
# "thứ 5 cả nước". Ranks keep pillar null (set8-set15). Not quantities:
# "tăng 1 bậc", "tăng 24 bậc" (changes), "3 năm liên tiếp" (a period), "2
# chỉ số thành phần", "3 trụ cột" (structure), "111-NQ/TU".
# --------------------------------------------------------------------------
D06 = dict(name="06_bacgiang-dti-2022", kind="result", year=2022, records=[
    R("thứ «9/63", "Chỉ số CĐS (DTI)", "=", 9, **RANK, iid=DTIR),
    R("thứ «1/63", "chỉ số thành phần hiện đại hóa nền hành chính nhà nước (nay gọi là xây dựng chính quyền điện tử, "
      "chính quyền số) trong cải cách hành chính (CCHC)", "=", 1, **RANK),
    R("thứ «5 cả nước", "chỉ số sẵn sàng cho ứng dụng và phát triển công nghệ thông tin Việt Nam (ICT Index)", "=", 5,
      **RANK, iid="rank.ict_index"),
])

# --------------------------------------------------------------------------
# 07 Thái Nguyên (baomoi.net.vn, no date): results "Hiện tại"; the text
# names no reporting year ("Sau 4 năm") and carries no date: year null. The
# paragraph of the values opens with "Xác định hạ tầng số có vai trò quan
# trọng ..." (a lead naming hạ tầng số, set13/set15) →
# digital_infrastructure. "trung bình mỗi xã ... có 10 trạm BTS": an average,
# op = (set11). Not quantities: "15/15 mục tiêu" (targets, set13-set15),
# "03 lĩnh vực" (structure), "31/12" (a date), "01-NQ/TU", "3G/4G".
# --------------------------------------------------------------------------
D07 = dict(name="07_thainguyen-so-xanh-hanh-phuc", kind="result", year=None, records=[
    R("có «7 doanh nghiệp", "doanh nghiệp cung cấp dịch vụ viễn thông", "=", 7, **CNT, pillar=INFRA),
    R("với «1.830 điểm", "điểm thu phát sóng điện thoại di động (trạm BTS)", "=", 1830, **CNT, pillar=INFRA, iid=BTS),
    R("có «10 trạm", "trung bình mỗi xã, phường, thị trấn có trạm BTS", "=", 10, **CNT, pillar=INFRA),
    R("đạt «99,6%", "tỷ lệ thôn, xóm được phủ sóng di động băng rộng 3G/4G", "=", 99.6, pillar=INFRA, iid=MVILL),
])

# --------------------------------------------------------------------------
# 08 Thái Nguyên (tincongnghe.net, no date): "Tính đến cuối năm 2024" (a
# result of 2024) and "đặt mục tiêu đến năm 2025" (targets of 2025). The
# title "Thái Nguyên: Phát triển hạ tầng số, hưởng trái ngọt từ chuyển đổi
# số" names one pillar and heads the text until the heading "Trái ngọt" từ
# chuyển đổi số (set14): digital_infrastructure. "4G đến 100% xóm" states one
# value for fibre and 4G coverage: one record, id null. "toàn bộ các xóm"
# has no number. "3G/4G", "4G" names; "4 năm" a period.
# --------------------------------------------------------------------------
D08 = dict(name="08_thainguyen-ha-tang-so-2024", kind="result", year=2024, records=[
    R("quang, «99,6% số", "số xóm được phủ sóng di động băng rộng 3G/4G", "=", 99.6, pillar=INFRA, iid=MVILL),
    R("đến «100% xóm", "phát triển cáp quang băng rộng và phủ sóng thông tin di động 4G đến xóm", ">=", 100,
      kind="target", year=2025, pillar=INFRA),
    R("đạt trên «80%", "tỷ lệ hộ gia đình có đường Internet cáp quang", ">", 80, kind="target", year=2025, pillar=INFRA,
      iid=HHNET),
])

# --------------------------------------------------------------------------
# 09 Sơn La (trangtraiviet.danviet.vn, 2022): "đến tháng 9/2022" (2022).
# The heading "Đồng thuận trong chuyển đổi số" names no pillar: null.
# "1.459 tổ ... Trong đó, có 204 tổ ... cấp xã và 1.255 tổ ... cấp tổ, bản,
# tiểu khu": a total and its parts by level, scope null (set13 05); one
# record per number; the parts keep the measure's id. Not quantities: "6 tổ
# công tác" (the steering committee's structure), "12 huyện, thành phố"
# (where the teams are), "hơn 1 năm" (a period), "17-NQ/TU", "4G".
# --------------------------------------------------------------------------
D09 = dict(name="09_sonla-to-cong-nghe-so-2022", kind="result", year=2022, records=[
    R("thành lập «1.459 tổ", "tổ chuyển đổi số cộng đồng", "=", 1459, **CNT, iid=TEAMS),
    R("với «8.966 thành viên", "tổ chuyển đổi số cộng đồng với thành viên", "=", 8966, **CNT, iid=MEMBERS),
    R("có «204 tổ", "tổ chuyển đổi số cộng đồng cấp xã", "=", 204, **CNT, iid=TEAMS),
    R("và «1.255 tổ", "tổ chuyển đổi số cộng đồng cấp tổ, bản, tiểu khu", "=", 1255, **CNT, iid=TEAMS),
])

# --------------------------------------------------------------------------
# 10 Hải Dương (tinnhanhchungkhoan.vn, no date): the 2021 resolution's aims
# "đến năm 2025 ... thuộc nhóm 20 tỉnh/thành phố dẫn đầu" and "đến năm 2030
# thuộc nhóm 15": rank targets, op <= (spec), years 2025 and 2030; no
# heading names a pillar ("Là mục tiêu, động lực quan trọng"): null. The
# repeated lead paragraph names three pillars and holds no value. Not
# quantities: "26/3/2021", "02-CTr/TU", "XVII", "2021 - 2025".
# --------------------------------------------------------------------------
D10 = dict(name="10_haiduong-nghi-quyet-2021", kind="target", year=2025, records=[
    R("nhóm «20 tỉnh", "Hải Dương thuộc nhóm tỉnh/thành phố dẫn đầu cả nước về chuyển đổi số", "<=", 20, **RANK, iid=DTIR),
    R("nhóm «15 tỉnh", "Hải Dương thuộc nhóm tỉnh/thành phố dẫn đầu cả nước về chuyển đổi số", "<=", 15, **RANK, year=2030,
      iid=DTIR),
])

# --------------------------------------------------------------------------
# 11 Thanh Hóa (baothanhhoa.vn, 2025-06): the e-commerce index EBI 2025.
# The title "Nâng hạng chỉ số thương mại điện tử" names a topic of kinh tế
# số (spec's table: thương mại điện tử) and heads the text: digital_economy.
# Ranks of 2025, op =; "lọt top 10 về B2C" restates the B2C rank as a group
# (rank <=, recorded as set11-set15 record restatements). No catalogue id
# for the EBI. "2021-" a period cut by the page.
# --------------------------------------------------------------------------
D11 = dict(name="11_thanhhoa-thuong-mai-dien-tu-2025", kind="result", year=2025, records=[
    R("vị trí «14/63", "vị trí tỉnh, thành phố trong bảng xếp hạng chỉ số TMĐT toàn quốc", "=", 14, **RANK, pillar=ECO),
    R("thứ «9, giao", "chỉ số giao dịch doanh nghiệp với người tiêu dùng (B2C)", "=", 9, **RANK, pillar=ECO),
    R("thứ «13 và", "giao dịch doanh nghiệp với doanh nghiệp (B2B)", "=", 13, **RANK, pillar=ECO),
    R("vị trí «28 toàn", "chỉ số công nghệ thông tin", "=", 28, **RANK, pillar=ECO),
    R("top «10 về B2C", "lọt top về B2C", "<=", 10, **RANK, pillar=ECO),
])

# --------------------------------------------------------------------------
# 12 Cả nước (thoibaotaichinhvietnam.vn, 2026-01): the digital economy's
# share of GDP in 2025 (a national text, no place). The lead paragraph opens
# with "Kinh tế số tiếp tục khẳng định vai trò ..." and the heading "Kinh tế
# số chiếm hơn 14% GDP năm 2025" names kinh tế số: digital_economy over the
# text. "ước đạt" reads = (spec); "tương đương khoảng 72,1 tỷ USD" ~, "(tương
# đương 43,3 tỷ USD)" =; money in USD is unit other "USD". The heading's
# "hơn 14% GDP" restates the value (titles restating a value are recorded,
# set7-set14). Average growth "bình quân giai đoạn 2021 - 2025 đạt 10,4%",
# "tăng 9,8%" (no "so với"): rates, year 2025 (the period's end, set11); "năm
# 2023 ... 6,1%" 2023. Not quantities: "gấp 1,64 lần so với năm 2020" (twice),
# "tăng khoảng 11,8% so với năm 2024" (NOT): changes against an earlier
# value; "7 ngành cấp 2" (structure). The contributions by sector (0,13%,
# 6,67%, 7,22%) and by kind of industry (8,42%, 5,6%): a breakdown by kind,
# scope null.
# --------------------------------------------------------------------------
D12 = dict(name="12_kinh-te-so-ca-nuoc-2025", kind="result", year=2025, NOT=["khoảng «11,8%"], records=[
    R("GDP ước đạt «14,02%, tương đương khoảng 72,1 tỷ USD, gấp 1,64 lần so với năm 2020.\n\nKinh",
      "tỷ trọng giá trị tăng thêm của kinh tế số trong GDP", "=", 14.02, pillar=ECO, iid=ECO_GDP),
    R("khoảng «72,1 tỷ USD, gấp 1,64 lần so với năm 2020.\n\nKinh", "tỷ trọng giá trị tăng thêm của kinh tế số trong GDP, "
      "tương đương", "~", 72.1e9, **USD, pillar=ECO),
    R("chiếm hơn «14% GDP", "Kinh tế số chiếm GDP", ">", 14, pillar=ECO, iid=ECO_GDP),
    R("năm 2025 ước đạt «14,02%", "tỷ trọng giá trị tăng thêm của kinh tế số trong GDP", "=", 14.02, pillar=ECO, iid=ECO_GDP),
    R("khoảng «72,1 tỷ USD, gấp 1,64 lần so với năm 2020. Tốc", "tỷ trọng giá trị tăng thêm của kinh tế số trong GDP, "
      "tương đương", "~", 72.1e9, **USD, pillar=ECO),
    R("đạt «10,4%", "Tốc độ tăng quy mô giá trị tăng thêm của kinh tế số theo giá hiện hành bình quân giai đoạn 2021 - 2025",
      "=", 10.4, pillar=ECO, iid=GROWTH),
    R("là «6,1%", "Tốc độ tăng quy mô giá trị tăng thêm của kinh tế số năm 2023 đạt mức thấp nhất", "=", 6.1, year=2023,
      pillar=ECO, iid=GROWTH),
    R("là «14,6%", "Tốc độ tăng quy mô giá trị tăng thêm của kinh tế số năm 2025 cao nhất", "=", 14.6, pillar=ECO,
      iid=GROWTH),
    R("tăng «9,8%", "bình quân giai đoạn 2021 - 2025, giá trị tăng thêm của kinh tế số tăng", "=", 9.8, pillar=ECO,
      iid=GROWTH),
    R("đóng góp «0,13%", "khu vực nông, lâm nghiệp và thủy sản đóng góp", "=", 0.13, pillar=ECO),
    R("đóng góp «6,67%", "khu vực công nghiệp và xây dựng đóng góp", "=", 6.67, pillar=ECO),
    R("với «7,22%", "khu vực dịch vụ đóng góp lớn nhất", "=", 7.22, pillar=ECO),
    R("đóng góp «8,42%", "các ngành kinh tế số lõi đóng góp", "=", 8.42, pillar=ECO),
    R("đương «43,3 tỷ", "các ngành kinh tế số lõi đóng góp, tương đương", "=", 43.3e9, **USD, pillar=ECO),
    R("chiếm hơn «60%", "các ngành kinh tế số lõi chiếm trong tổng giá trị kinh tế số năm 2025", ">", 60, pillar=ECO),
    R("chiếm «5,6%", "các ngành số hóa chiếm", "=", 5.6, pillar=ECO),
    R("đương «28,8 tỷ", "các ngành số hóa chiếm, tương đương", "=", 28.8e9, **USD, pillar=ECO),
])

# --------------------------------------------------------------------------
# 13 Cả nước (znews.vn, 2025-12): VNeID and digital citizens (Đề án 06);
# "tính đến tháng 7" without a year, a page of 2025: year 2025; "Tỷ trọng
# kinh tế số nước ta năm 2024 đạt 18,3% GDP" 2024 and its growth 2024. The
# lead-in "Đặc biệt về xã hội số," → digital_society for its sentence (the
# 65 million and the target of 40 million); the sentence before it holds
# kinh tế số in its own clause and leads no list (set13/set14: null); the
# rest names no pillar: null. "mục tiêu 40 triệu trong Đề án 06": a target
# inside a result sentence (set12 13), kind target, op >= (bare), year 2025
# (no horizon written; the document's). "vượt 62,5% so với mục tiêu" is a
# change against a target (NOT). "khoảng 425.000 lượt/ngày" a rate: unit
# other "lượt/ngày"; its "Từ tháng 7/2024" dates the start of use, the
# value is the report's (2025). "gần 4.500 (70,8%)": a count and its share.
# "6 nhóm giấy tờ được đưa lên VNeID": a count reached. "7 triệu đăng k" is
# cut by the page: kept, note. Not quantities: "3 năm", "3 trụ cột".
# --------------------------------------------------------------------------
D13 = dict(name="13_vneid-cong-dan-so-2025", kind="result", year=2025, NOT=["vượt «62,5%"], records=[
    R("Dù đạt «65 triệu", "tài khoản kích hoạt trên VNeID", "=", 65e6, **CNT),
    R("khoảng «425.000 lượt", "VNeID được sử dụng để đăng nhập dịch vụ công trực tuyến", "~", 425000, unit="other",
      unit_text="lượt/ngày"),
    R("gần «4.500 (", "thủ tục hành chính được triển khai trực tuyến", "~", 4500, **CNT),
    R("(«70,8%)", "thủ tục hành chính được triển khai trực tuyến", "=", 70.8),
    R("đạt «18,3% GDP", "Tỷ trọng kinh tế số nước ta GDP", "=", 18.3, year=2024, iid=ECO_GDP),
    R("vượt «20%/năm", "tốc độ tăng trưởng", ">", 20, year=2024, iid=GROWTH),
    R("trên «65 triệu", "số lượng tài khoản VNeID đã kích hoạt", ">", 65e6, **CNT, pillar=SOC),
    R("tiêu «40 triệu", "mục tiêu tài khoản VNeID đã kích hoạt trong Đề án 06", ">=", 40e6, **CNT, kind="target",
      pillar=SOC),
    R("Ngoài ra, «6 nhóm", "nhóm giấy tờ được đưa lên VNeID", "=", 6, **CNT),
    R("gồm «18,7 triệu", "giấy phép lái xe được đưa lên VNeID", "=", 18.7e6, **CNT),
    R("«7 triệu đăng", "đăng k được đưa lên VNeID", "=", 7e6, **CNT, note="the page breaks off at 'đăng k'"),
])

# --------------------------------------------------------------------------
# 14 Cả nước (vietbao.vn, 2024-05): information security in quý I/2024
# (2024). The paragraph opens with "... thực hiện các giải pháp bảo đảm an
# toàn thông tin mạng" (a lead naming an toàn thông tin) →
# information_security for its values; the title's count stands under no
# heading: null. Counts of systems, approved systems and attacks handled;
# "đạt tỷ lệ 68,2%" the approval share. Not quantities: "tăng 9% so với cùng
# kỳ năm 2023", "giảm 32,6% so với cùng kỳ năm ngoái" (NOT, changes), "3
# tháng đầu năm" (a period).
# --------------------------------------------------------------------------
D14 = dict(name="14_attt-he-thong-thong-tin-quy-1-2024", kind="result", year=2024, NOT=["tăng «9%", "giảm «32,6%"],
           records=[
    R("xử lý «2.323 sự cố", "sự cố tấn công mạng vào các hệ thống tại Việt Nam được hướng dẫn xử lý", "=", 2323, **CNT),
    R("là «3.418 hệ thống", "tổng số hệ thống thông tin của cả nước", "=", 3418, **CNT, pillar=SEC),
    R("là «2.365 hệ thống", "số hệ thống thông tin được phê duyệt cấp độ an toàn", "=", 2365, **CNT, pillar=SEC),
    R("tỷ lệ «68,2%", "số hệ thống thông tin được phê duyệt cấp độ an toàn đạt tỷ lệ", "=", 68.2, pillar=SEC,
      iid="security.systems_level_approved_share"),
    R("xử lý «2.323 cuộc", "cuộc tấn công mạng gây ra sự cố vào các hệ thống thông tin tại Việt Nam được ghi nhận, cảnh báo "
      "và hướng dẫn xử lý", "=", 2323, **CNT, pillar=SEC),
])

# --------------------------------------------------------------------------
# 15 Tuyên Quang (qdnd.vn, no date; after the 2025 merger with Hà Giang, the
# photo caption naming xã Mèo Vạc cut as furniture): results "Đến nay"; the
# text names no year and has no date: year null. The values' sentence holds
# "hạ tầng mạng" in its own clause and leads no list; the paragraph before
# holds no value: pillar null (set13/set14). "57-NQ/TW" a document number.
# --------------------------------------------------------------------------
D15 = dict(name="15_tuyenquang-dong-luc-ben-vung", kind="result", year=None, records=[
    R("nay, «100% xã", "xã, phường có hạ tầng mạng ổn định, đủ điều kiện vận hành Trung tâm Phục vụ hành chính công các cấp",
      "=", 100),
    R("lập «1.833 tổ", "Toàn tỉnh đã thành lập tổ công nghệ số cộng đồng", "=", 1833, **CNT, iid=TEAMS),
])

# --------------------------------------------------------------------------
# 16 Nam Định (kinhtedothi.vn, no date): cashless payment and its
# infrastructure, "Hiện toàn tỉnh có ..."; no year, no date: year null. The
# heading "Viễn thông và công nghệ: bệ đỡ cho hạ tầng thanh toán số" names
# viễn thông (spec's table: hạ tầng số): digital_infrastructure for its
# section. "3G, 4G" names. The last line breaks off before its number.
# --------------------------------------------------------------------------
D16 = dict(name="16_namdinh-thanh-toan-khong-tien-mat", kind="result", year=None, records=[
    R("gần «2.000 trạm", "toàn tỉnh có trạm BTS", "~", 2000, **CNT, pillar=INFRA, iid=BTS),
    R("sóng «100% thôn", "phủ sóng thôn, xóm với dịch vụ băng rộng di động 3G, 4G", "=", 100, pillar=INFRA, iid=MVILL),
    R("Hơn «4.500 điểm", "điểm cung cấp dịch vụ internet băng rộng đã được thiết lập tại các khu dân cư, trường học, "
      "cơ sở y tế", ">", 4500, **CNT, pillar=INFRA),
])

# --------------------------------------------------------------------------
# 17 Tuyên Quang (mic.gov.vn, no date line): results "Tính đến nay", "Đến
# nay"; no reporting year, no date: year null. The heading "Thành tựu trong
# công tác chuyển đổi số" names no pillar: null. The justice sector's
# procedures online "toàn trình" keep the id of the measure (a subset by
# sector); the department's 100% of services: null. Not quantities: "mức độ
# 3, mức độ 4" (names), "2021-2025", "Từ năm 2021".
# --------------------------------------------------------------------------
D17 = dict(name="17_tuyenquang-dich-vu-cong-tu-phap", kind="result", year=None, records=[
    R("nhiều dự án chuyển đổi số ở các cấp chính quyền. «100% các", "các thủ tục hành chính thuộc lĩnh vực tư pháp đủ điều "
      "kiện đã được rà soát, tái cấu trúc và triển khai dịch vụ công trực tuyến toàn trình", "=", 100, iid=FULL),
    R("cung cấp «100% dịch vụ", "Sở Tư pháp tỉnh đã cung cấp dịch vụ công trực tuyến cho các thủ tục hành chính", "=", 100),
    R("có «6.949 hồ sơ", "hồ sơ được tiếp nhận qua hệ thống trực tuyến", "=", 6949, **CNT),
])

# --------------------------------------------------------------------------
# 18 Điện Biên (tpdienbienphu.dienbien.gov.vn, no date): the DTI 2024 rank
# "thứ 24/63" (2024, pillar null); "tăng 13 bậc so với năm 2021" a change;
# "13-NQ/TU" a document number.
# --------------------------------------------------------------------------
D18 = dict(name="18_dienbien-dti-2024", kind="result", year=2024, records=[
    R("thứ «24/63", "chỉ số DTI của tỉnh năm 2024 xếp hạng", "=", 24, **RANK, iid=DTIR),
])

# --------------------------------------------------------------------------
# 19 Gia Lai (nhansu.vn, Kế hoạch 18/KH-UBND of 19/01/2026, after the
# merger with Bình Định): the plan to raise the DTI; its opening review
# reports DTI 2024: "xếp hạng 31/34" a result of 2024 (kind result in a
# plan). "số lượng thành viên của Tổ công nghệ số cộng đồng trên 100 dân chưa
# đạt trên 5%": a bound stated for the province's own value (set12 01's
# "<0,25"), result, op <=, 2024. Pillar null (DTI, set8-set15; the cause's
# "(2) Nhóm nhân lực số:" is a group of DTI components, not a heading of
# the plan). Not quantities: "03 trụ cột", "08 chỉ số chính với 47 chỉ số
# thành phần" (spec), "(1)"-"(3)", "100 dân" (part of the measure).
# --------------------------------------------------------------------------
D19 = dict(name="19_gialai-nang-cao-dti-2026", kind="result", year=2024, records=[
    R("hạng «31/34", "tỉnh Gia Lai xếp hạng tỉnh, thành phố trên cả nước, Bộ Chỉ số đánh giá chuyển đổi số (DTI)", "=", 31,
      **RANK, iid=DTIR),
    R("chưa đạt trên «5%", "số lượng thành viên của Tổ công nghệ số cộng đồng trên 100 dân", "<=", 5,
      iid="aware.community_digital_team_members_per_100"),
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
