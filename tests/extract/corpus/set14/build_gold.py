#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set14).

Copied from set12's builder (itself from set10's, set9's, set8's and the seeds'). Each record
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
set10-set12, the id is given in the record itself (`iid=`).

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

# --------------------------------------------------------------------------
# 01 Thanh Hóa (baomoi repost, no date): targets of the 2025 DX plan (year
# 2025). The title states the first target (a record, as set7-set12). The
# first two paragraphs stand under no heading (pillar null); the lead-ins "Về
# hạ tầng số,", "Trong lĩnh vực chính quyền số," and "Về phát triển kinh tế
# số," set their paragraphs' pillar. "06 huyện, thị xã, thành phố và 300 xã,
# phường, thị trấn hoàn thành tiêu chí chuyển đổi số": one measure split by
# level in one sentence (spec "90% cấp xã, 70% thôn, bản"; set11 08): scopes as
# written. "100% thôn, bản ... và 100% hộ gia đình": two subjects, scope null.
# The page breaks off at "tỉnh phấn đấu 80" (unit unknown: no record, set9).
# "5G" is a name.
# --------------------------------------------------------------------------
D01 = dict(name="01_thanhhoa-ke-hoach-2025", kind="target", year=2025, records=[
    R("«90% thủ tục hành chính được cung cấp", "thủ tục hành chính được cung cấp trực tuyến toàn trình", ">=", 90, iid=FULL,
      note="the title states the target"),
    R("top «10 tỉnh", "nằm trong top tỉnh, thành phố dẫn đầu cả nước về chuyển đổi số", "<=", 10, **RANK, iid=DTIR),
    R("mục tiêu «90% thủ tục", "thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình", ">=", 90, iid=FULL),
    R("tối thiểu «70% hồ sơ", "hồ sơ được xử lý trực tuyến", ">=", 70, iid=ONLINE),
    R("và «45% giao dịch", "giao dịch thanh toán trực tuyến", ">=", 45, iid=PAY),
    R("ý, «90% hồ sơ", "hồ sơ giải quyết thủ tục hành chính sẽ được số hóa", ">=", 90, iid=DIGI),
    R("tiêu «100% thôn", "thôn, bản được phủ sóng di động", ">=", 100, pillar=INFRA, iid="infra.mobile_village_coverage_share"),
    R("và «100% hộ gia đình", "hộ gia đình có kết nối Internet", ">=", 100, pillar=INFRA, iid="infra.households_internet_share"),
    R("số, «100% văn bản", "văn bản, hồ sơ công việc được xử lý trên môi trường mạng", ">=", 100, pillar=GOV, iid=WR),
    R("«80% cuộc họp", "cuộc họp thực hiện thông qua hệ thống họp không giấy tờ", ">=", 80, pillar=GOV,
      iid="egov.paperless_meetings_share"),
    R("có «06 huyện", "hoàn thành tiêu chí chuyển đổi số", ">=", 6, **CNT, scope="huyện, thị xã, thành phố", pillar=GOV),
    R("«300 xã", "hoàn thành tiêu chí chuyển đổi số", ">=", 300, **CNT, scope="xã, phường, thị trấn", pillar=GOV,
      iid="society.communes_dx_completed_count"),
    R("đạt «20% GRDP", "tỷ trọng kinh tế số GRDP", ">=", 20, pillar=ECO, iid=ECO_GDP),
    R("tối thiểu «10%", "Tỷ trọng kinh tế số trong từng ngành, lĩnh vực", ">=", 10, pillar=ECO, iid=ECO_SECT),
    R("đạt trên «10%", "Tỷ trọng thương mại điện tử trong tổng mức bán lẻ", ">", 10, pillar=ECO, iid="econ.ecommerce_retail_share"),
    R("điện tử đạt «80%", "Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử", ">=", 80, pillar=ECO, iid="econ.e_contract_enterprises_share"),
])

# --------------------------------------------------------------------------
# 02 Thanh Hóa (Báo Thanh Hóa, 2026-01): the announcement of Kế hoạch số
# 275/KH-UBND for 2026. A precision check with no record: the stored page
# stops before the list of targets; "nhóm đầu" has no number; dates and the
# document number are no quantities.
# --------------------------------------------------------------------------
D02 = dict(name="02_thanhhoa-ke-hoach-2026", kind="target", year=2026, records=[])

# --------------------------------------------------------------------------
# 03 Hà Tĩnh (Sở LĐ-TB&XH portal, no date): Đề án 06 and community DX teams.
# No reporting year and no date on the page: year null (set7-set12). "địa
# phương thứ 2 của cả nước hoàn thành ..." is the order in which provinces
# finished a task, not a place in a ranking of an indicator (like set12's
# "một trong 19 địa phương đầu tiên"): no record. "hơn 130 tổ ... cấp xã,
# phường và hơn 500 tổ ở các thôn, tổ dân phố": one measure split between the
# commune level and the villages (set11 08): scopes as written. The page
# breaks off at "Kinh tế ".
# --------------------------------------------------------------------------
D03 = dict(name="03_hatinh-to-chuyen-doi-so", kind="result", year=None, records=[
    R("cho «100% công dân", "thu nhận hồ sơ cấp căn cước công dân gắn chip cho công dân đủ điều kiện", "=", 100,
      iid="society.chip_id_cards_share"),
    R("hơn «130 tổ", "tổ chuyển đổi số", ">", 130, **CNT, scope="cấp xã, phường", iid=TEAMS),
    R("hơn «500 tổ", "tổ chuyển đổi số", ">", 500, **CNT, scope="thôn, tổ dân phố", iid=TEAMS),
])

# --------------------------------------------------------------------------
# 04 Nghệ An (ministry portal, no date; "Đến năm 2024", "Năm 2024"): results
# of 2024. The title names hạ tầng số and heads the text (set8/set9) until the
# heading "Chính quyền số: ..." (digital_government). "100% xã, phường, thị
# trấn; 98% các thôn, bản ... và 92% hộ gia đình": three subjects with their
# own predicates, scope null. "tăng 15% so với năm 2023" is a change (NOT).
# "50 Mbps" is a measured speed (unit other). The page breaks off at "mạng
# diện r" (recorded, set7/set9). "5G" is a name.
# --------------------------------------------------------------------------
D04 = dict(name="04_nghean-ha-tang-so-2024", kind="result", year=2024, NOT=["tăng «15% so"], records=[
    R("tới «100% xã", "mạng lưới viễn thông và Internet của tỉnh đã phủ sóng tới xã, phường, thị trấn", "=", 100, pillar=INFRA),
    R("; «98% các thôn", "các thôn, bản có kết nối băng rộng di động", "=", 98, pillar=INFRA, iid="infra.mobile_village_coverage_share"),
    R("và «92% hộ", "hộ gia đình có Internet băng rộng cố định", "=", 92, pillar=INFRA, iid="infra.households_internet_share"),
    R("hơn «2.500 trạm", "trạm thu phát sóng BTS", ">", 2500, **CNT, pillar=INFRA, iid=BTS),
    R("đạt «50 Mbps", "Tốc độ truy cập Internet trung bình tại khu vực đô thị", "=", 50, unit="other", unit_text="Mbps",
      pillar=INFRA, note="fixed or mobile not said: id null"),
    R("«100% các cơ quan", "các cơ quan hành chính nhà nước từ cấp tỉnh đến cấp xã đã được kết nối mạng diện r", "=", 100,
      pillar=GOV, note="the page breaks off at 'mạng diện r'"),
])

# --------------------------------------------------------------------------
# 05 Quảng Trị (merged 7/2025), xã Thượng Trạch (VnEconomy, 2026-01): a
# commune after the two-tier reform; a precision check. "khoảng 3.600 nhân
# khẩu", "gần 90% là đồng bào dân tộc thiểu số" (NOT) and "11 bản" describe
# the commune (population, ethnicity, villages), no DX indicator. "hơn 1.600
# công dân ... đủ điều kiện cài" is the base of the VNeID indicator (a
# quantity, like set10's total "168.000 hồ sơ"), cut off by the stored page.
# "mức 2" names the eID level. Year: the page's 2026 (no reporting year).
# --------------------------------------------------------------------------
D05 = dict(name="05_quangtri-xa-thuong-trach-2026", kind="result", year=2026, NOT=["gần «90% là"], records=[
    R("hơn «1.600 công dân", "công dân tại Thượng Trạch đủ điều kiện cài", ">", 1600, **CNT,
      note="the page breaks off after 'cài'"),
])

# --------------------------------------------------------------------------
# 06 Đà Nẵng (merged 7/2025; ward portal, 20/10/2025): the 2030 target of the
# digital economy share, stated in the title and again in the lead (two
# records, set7-set12). The title names one pillar (kinh tế số) and heads the
# text until the next heading ("Đà Nẵng liên tục dẫn đầu ...", none): both
# records digital_economy. "4 năm liền đứng đầu" is a period and a first place
# without a number; "3 trụ cột" structure; "chính quyền 2 cấp" a name.
# --------------------------------------------------------------------------
D06 = dict(name="06_danang-kinh-te-so-40-2030", kind="target", year=2030, records=[
    R("«40% GRDP vào năm 2030\n", "kinh tế số chiếm GRDP", ">=", 40, pillar=ECO, iid=ECO_GDP, note="title"),
    R("«40% GRDP vào năm 2030.", "kinh tế số chiếm GRDP", ">=", 40, pillar=ECO, iid=ECO_GDP),
])

# --------------------------------------------------------------------------
# 07 Đà Nẵng (Khoa học & Phát triển, no date; "năm 2022"): a precision check.
# The digital economy share of 2022 and the IT sector's average growth rate
# ("bình quân hơn 20%/năm": the rate itself is the indicator, not a change
# against an earlier value; "%/năm" a percentage, set12 07). "hai năm",
# "ba năm", "xếp hạng nhất" are words. No heading: pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_danang-kinh-te-so-2022", kind="result", year=2022, records=[
    R("đóng góp «17,5%", "kinh tế số đóng góp trong cơ cấu GRDP của thành phố", "=", 17.5, iid=ECO_GDP),
    R("hơn «20%/năm", "ngành CNTT có tốc độ tăng trưởng cao (bình quân", ">", 20),
])

# --------------------------------------------------------------------------
# 08 Quảng Nam (QRT, 2022-08): smart city operations centres. "8 trung tâm
# ... (IOC)" and its part "7 trung tâm IOC của các huyện" (the province's own
# centre has no numeral): counts, scope null (one value whose subject names
# the level). "6 hợp phần" is structure. No heading: pillar null. The
# catalogue has only a share of districts with an IOC: id null.
# --------------------------------------------------------------------------
D08 = dict(name="08_quangnam-ioc-2022", kind="result", year=2022, records=[
    R("có «8 trung tâm", "trung tâm điều hành thông minh (IOC) được đưa vào vận hành", "=", 8, **CNT),
    R("và «7 trung tâm", "trung tâm IOC của các huyện", "=", 7, **CNT),
])

# --------------------------------------------------------------------------
# 09 Quảng Ngãi (Kế hoạch 38/KH-UBND of 20/02/2024 on thuvienphapluat): targets
# "đến năm 2025" (year 2025). The page keeps the document's hard line breaks
# inside sentences. The heading "a) Về chuyển đổi số trong hoạt động của các cơ
# quan Đảng, Nhà nước, ..." names the digital transformation of state bodies
# (set8's "Ứng dụng công nghệ thông tin trong nội bộ cơ quan nhà nước:" ->
# digital_government). "Trên 90% hồ sơ công việc tại cấp tỉnh; 80% ... tại
# cấp huyện và 70% hồ sơ c": a split by level; the stored page breaks off
# before the third item's level, so its scope is null (the text does not say
# it) and its wording stops at "hồ sơ c" (recorded, set7/set9). Document
# numbers, "KHÓA XX", list numbers "1.1." are no quantities.
# --------------------------------------------------------------------------
D09 = dict(name="09_quangngai-kh38-muc-tieu-2025", kind="target", year=2025, records=[
    R("- «100% thủ tục", "thủ tục hành chính có đủ điều kiện theo quy định của pháp luật được cung cấp dịch vụ công trực tuyến toàn trình",
      ">=", 100, pillar=GOV, iid=FULL),
    R("Trên «90% hồ sơ", "hồ sơ công việc", ">", 90, scope="cấp tỉnh", pillar=GOV, iid=WR),
    R("; «80% hồ sơ", "hồ sơ công việc", ">=", 80, scope="cấp huyện", pillar=GOV, iid=WR),
    R("và «70% hồ sơ c", "hồ sơ c", ">=", 70, pillar=GOV, iid=WR,
      note="third item of the level split; the stored page breaks off before its level"),
])

# --------------------------------------------------------------------------
# 10 Khánh Hòa (Kế hoạch 11252/KH-UBND of 30/10/2023): the DTI 2022 rank and
# pillar ranks quoted as the plan's starting point (year 2022). "giảm 11
# bậc", "giảm 10 bậc", "tăng 02 bậc", "giảm 03 bậc" are changes. Pillar ranks
# keep pillar null (set8-set12); the pillar name before ":" is the wording
# (start_at). "nhóm thấp" has no number.
# --------------------------------------------------------------------------
D10 = dict(name="10_khanhhoa-dti-2022-kh11252", kind="result", year=2022, records=[
    R("xếp vị trí «41/63", "tỉnh Khánh Hòa xếp vị trí", "=", 41, **RANK, iid=DTIR),
    R("Xếp hạng chính quyền số: «44/63", "Xếp hạng chính quyền số", "=", 44, **RANK, iid="dti.digital_government_rank",
      start_at="Xếp hạng chính quyền số"),
    R("xếp hạng kinh tế số: «30/63", "xếp hạng kinh tế số", "=", 30, **RANK, iid="dti.digital_economy_rank",
      start_at="xếp hạng kinh tế số"),
    R("xếp hạng xã hội số: «36/63", "xếp hạng xã hội số", "=", 36, **RANK, iid="dti.digital_society_rank",
      start_at="xếp hạng xã hội số"),
])

# --------------------------------------------------------------------------
# 11 Khánh Hòa (merged 7/2025; Doanh nghiệp Hội nhập, 2025-12): a precision
# check with one target, the 2030 digital economy share (year 2030). The
# page's section label "Kinh tế số" was cut as furniture: pillar null (the
# title names no pillar). "Nghị quyết 57", dates, "2025" in the event's name
# are no quantities; "hàng ngàn lượt người" has no number.
# --------------------------------------------------------------------------
D11 = dict(name="11_khanhhoa-ngay-hoi-cong-nghe-so-2025", kind="target", year=2030, records=[
    R("chiếm «35% GRDP", "kinh tế số chiếm GRDP", ">=", 35, iid=ECO_GDP),
])

# --------------------------------------------------------------------------
# 12 Ninh Thuận (ICTnews, 2021-12): the security operations centre's alerts in
# 2021, stated in the lead and again in the body (records each time, set7-
# set12). The lead names the "Trung tâm giám sát an toàn, an ninh mạng", and
# the body's paragraph opens with the SOC: information_security (the SOC names
# an toàn thông tin as the IOC names đô thị thông minh in the spec's table).
# "trong tổng số 20 máy" is the base of the alerts (a quantity, like a total).
# No catalogue count of alerts: id null. "2.0" is a version.
# --------------------------------------------------------------------------
D12 = dict(name="12_ninhthuan-soc-2021", kind="result", year=2021, records=[
    R("Thuận có «5.463", "Hệ thống giám sát máy khách cảnh báo thấp", "=", 5463, **CNT, pillar=SEC),
    R("Thuận có 5.463 cảnh báo thấp, «11 cảnh báo", "cảnh báo cao", "=", 11, **CNT, pillar=SEC),
    R("số «20 máy.\n\nMới", "tổng số máy", "=", 20, **CNT, pillar=SEC),
    R("): có «5.463", "Hệ thống giám sát máy khách cảnh báo thấp", "=", 5463, **CNT, pillar=SEC,
      start_at="Với Hệ thống giám sát máy khách"),
    R("): có 5.463 cảnh báo thấp, «11 cảnh báo", "cảnh báo cao", "=", 11, **CNT, pillar=SEC),
    R("số «20 máy. Các", "tổng số máy", "=", 20, **CNT, pillar=SEC),
])

# --------------------------------------------------------------------------
# 13 Kon Tum (Chất lượng và Cuộc sống, no date): results "đến nay" (year null,
# set7-set12). "17 mục tiêu" and "9/17 mục tiêu ... đạt và vượt" count targets
# (no quantity, like counts of tasks); the three "100%" after "gồm:" are the
# values reached. "mức độ 3, 4" is a name. The page breaks off at "điều".
# No pillar heading.
# --------------------------------------------------------------------------
D13 = dict(name="13_kontum-thanh-qua-chuyen-doi-so", kind="result", year=None, records=[
    R("Theo đó, «100% đơn vị", "đơn vị, địa phương đã thành lập ban chỉ đạo, tổ chỉ đạo về chuyển đổi số", "=", 100,
      iid="aware.dx_steering_committees_share"),
    R("với «1.014 thành viên", "ban chỉ đạo, tổ chỉ đạo về chuyển đổi số với thành viên", "=", 1014, **CNT),
    R("với «828 thành viên", "tổ giúp việc ban chỉ đạo, tổ chỉ đạo về chuyển đổi số với thành viên", "=", 828, **CNT),
    R("gồm: «100% hồ sơ", "hồ sơ công việc được xử lý trên môi trường mạng", "=", 100, iid=WR),
    R("mạng; «100% dịch vụ", "dịch vụ công trực tuyến mức độ 3, 4 phổ biến, liên quan tới nhiều người dân, doanh nghiệp được tích hợp lên Cổng dịch vụ công quốc gia",
      "=", 100, iid="egov.national_portal_integrated_share"),
    R("quốc gia; «100% báo cáo", "báo cáo định kỳ và báo cáo thống kê về kinh tế - xã hội phục vụ sự chỉ đạo, điều", "=", 100,
      iid="egov.online_reporting_share", note="the page breaks off at 'điều'"),
])

# --------------------------------------------------------------------------
# 14 Lâm Đồng (Báo Gia Lai, 2022-08): DTI 2021 of Lâm Đồng (year 2021): the
# rank (stated twice), the value and the three pillar ranks and values. "tăng
# 3 bậc" a change; "9 chỉ số chính với 98 chỉ số thành phần", "3 trụ cột",
# "6 chỉ số chính" structure (spec). Pillar values without "điểm": unit other,
# unit_text null. Pillar ranks keep pillar null (set8-set12).
# --------------------------------------------------------------------------
D14 = dict(name="14_lamdong-dti-2021", kind="result", year=2021, records=[
    R("đứng thứ «20/63", "Tỉnh Lâm Đồng đứng thứ", "=", 20, **RANK, iid=DTIR),
    R("xếp vị trí «20/63", "Tỉnh Lâm Đồng xếp vị trí", "=", 20, **RANK, iid=DTIR, note="restates the lead"),
    R("tổng điểm là «0,4626", "Tỉnh Lâm Đồng tổng điểm", "=", 0.4626, **PT, iid=DTIS),
    R("vị trí thứ «10/63", "xếp hạng chỉ số Xã hội số cấp tỉnh đứng vị trí thứ", "=", 10, **RANK, iid="dti.digital_society_rank"),
    R("giá trị là «0,4950", "chỉ số Xã hội số cấp tỉnh giá trị", "=", 0.495, **VAL, iid="dti.digital_society_score"),
    R("xếp thứ «13/63", "chỉ số Kinh tế số xếp thứ", "=", 13, **RANK, iid="dti.digital_economy_rank"),
    R("giá trị «0,4794", "chỉ số Kinh tế số có giá trị", "=", 0.4794, **VAL, iid="dti.digital_economy_score"),
    R("xếp thứ «14/63", "chỉ số Chính quyền số xếp thứ", "=", 14, **RANK, iid="dti.digital_government_rank"),
    R("giá trị «0,5187", "chỉ số Chính quyền số có giá trị", "=", 0.5187, **VAL, iid="dti.digital_government_score"),
])

# --------------------------------------------------------------------------
# 15 Lâm Đồng (merged 7/2025; Thanh Niên, 2025-10): the opening of the
# province's security operations centre. A precision check with no record:
# the only numbers are dates ("16.10", "1.3.2025").
# --------------------------------------------------------------------------
D15 = dict(name="15_lamdong-soc-2025", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 16 Đắk Nông (now Lâm Đồng; provincial office portal, 11/11/2022): one
# result, the agencies that issued their 2022 DX plans ("27/27": the
# numerator, set8), under the lead-in "Về thể chế số:" (digital_institutions).
# "sau 01 năm", "giai đoạn 05 năm" are periods; document numbers and dates no
# quantities. The catalogue has the share only: id null.
# --------------------------------------------------------------------------
D16 = dict(name="16_daknong-the-che-so-2022", kind="result", year=2022, records=[
    R("«27/27 cơ quan", "cơ quan, đơn vị, địa phương đã ban hành kế hoạch thực hiện chuyển đổi số trong năm 2022", "=", 27, **CNT,
      pillar=INST),
])

# --------------------------------------------------------------------------
# 17 Bà Rịa - Vũng Tàu (now TP.HCM; Diễn đàn Doanh nghiệp print page, no
# date): targets "đến năm 2025" (year 2025 for all, the plan's horizon). The
# "Top 10" group is stated twice (lead and body): rank <=. "năng suất lao
# động hàng năm tăng trên 7%": a target stated as growth (spec). Pillar null:
# the words "đô thị thông minh" and "kinh tế số" stand inside the values' own
# sentences, under no heading (set12 05's "top 10 ... về hạ tầng số"), and the
# second sentence names two. "lần thứ 4" is a name; the page breaks off at
# "Với mục tiêu top" (no number).
# --------------------------------------------------------------------------
D17 = dict(name="17_bariavungtau-muc-tieu-2025", kind="target", year=2025, records=[
    R("vào Top «10", "vào Top tỉnh, thành phố dẫn đầu cả nước về CĐS, phát triển đô thị thông minh", "<=", 10, **RANK, iid=DTIR),
    R("gia nhập Top «10", "gia nhập Top tỉnh, thành phố dẫn đầu cả nước về mức độ CĐS", "<=", 10, **RANK, iid=DTIR),
    R("hơn «20% GRDP", "kinh tế số chiếm GRDP", ">", 20, iid=ECO_GDP),
    R("đạt trên «10%", "tỷ trọng kinh tế số trong từng ngành, lĩnh vực", ">", 10, iid=ECO_SECT),
    R("tăng trên «7%", "năng suất lao động hàng năm tăng", ">", 7, iid="econ.labour_productivity_growth"),
])

# --------------------------------------------------------------------------
# 18 TP.HCM (merged 7/2025), the former Bà Rịa - Vũng Tàu (Dân trí,
# 2025-08): the region's infrastructure and society figures (year 2025, the
# date's; no reporting year). The region is the subject of the text (no
# place). The paragraph led by "Hạ tầng viễn thông của Bà Rịa - Vũng Tàu ..."
# (mạng viễn thông -> hạ tầng số, spec) is digital_infrastructure to its end,
# the smartphones and online-service accounts included (the heading decides);
# "Trong y tế," names a sector, no pillar (set9). "200 trạm 5G" is a count of
# stations ("5G" itself a name); "5.220km" is a length (unit other "km").
# --------------------------------------------------------------------------
D18 = dict(name="18_tphcm-bariavungtau-ha-tang-2025", kind="result", year=2025, records=[
    R("với «100% xã", "xã, phường, thị trấn được phủ sóng di động", "=", 100, pillar=INFRA),
    R("gồm «200 trạm", "trạm 5G", "=", 200, **CNT, pillar=INFRA, iid=BTS),
    R("hơn «5.220km", "cáp quang", ">", 5220, unit="other", unit_text="km", pillar=INFRA, iid="infra.fibre_cable_length"),
    R("quang. «97% hộ", "hộ gia đình sở hữu điện thoại thông minh", "=", 97, pillar=INFRA, iid="society.households_smartphone_share"),
    R("và «91,5% dân số", "dân số trưởng thành sử dụng tài khoản dịch vụ công trực tuyến", "=", 91.5, pillar=INFRA,
      iid="society.adult_online_services_use_share"),
    R("y tế, «95% dân số", "dân số có hồ sơ sức khỏe điện tử", "=", 95, iid="society.electronic_health_records_share"),
    R("và «40,3% sử dụng", "sử dụng nền tảng tư vấn khám chữa bệnh từ xa", "=", 40.3, iid="society.telehealth_use_share"),
    R("khi «100% cơ sở", "cơ sở đào tạo đại học, cao đẳng, trung cấp hoàn thiện chuyển đổi số", "=", 100,
      iid="society.higher_education_digital_governance_share"),
])

# --------------------------------------------------------------------------
# 19 Bình Phước (now Đồng Nai; Nhân Dân, no date; "trong năm 2024"): the
# public-service index (Bộ chỉ số 766) and its component shares (year 2024).
# The title names dịch vụ công trực tuyến (-> chính quyền số, spec) and heads
# the whole text: digital_government on every record. The title's rank is a
# record (set7-set12). Changes are no quantities: "tăng 42 bậc, 20,29 điểm so
# với tháng 1/2024" and five "tăng N%" (NOT; the second "76,4%" is a change
# equal to the value). "88,2/100 điểm": the points reached (unit other
# "điểm", set11: id null). "1.407 thủ tục ... (1.072 ..., 335 ...)": a total
# and its parts by kind, scope null (spec). "Bộ chỉ số 766" and "766/QĐ-TTg"
# are names.
# --------------------------------------------------------------------------
D19 = dict(name="19_binhphuoc-chi-so-766-2024", kind="result", year=2024,
           NOT=["tăng «43,7%", "tăng «46,25%", "tăng «65,96%", "tăng «65,29%", "tăng «76,4%"], records=[
    R("vị trí số «4", "Bình Phước vươn lên vị trí số xếp hạng dịch vụ công trực tuyến", "=", 4, **RANK, pillar=GOV, iid=PSI,
      note="title"),
    R("đạt «88,2/100", "Bình Phước đạt điểm", "=", 88.2, **PT, pillar=GOV),
    R("xếp hạng «4 cả nước", "Bình Phước xếp hạng cả nước", "=", 4, **RANK, pillar=GOV, iid=PSI),
    R("đạt «68,14%", "Tỷ lệ thanh toán trực tuyến trên địa bàn tỉnh", "=", 68.14, pillar=GOV, iid=PAY),
    R("xếp thứ «14 cả nước", "Tỷ lệ thanh toán trực tuyến xếp thứ", "=", 14, **RANK, pillar=GOV),
    R("đạt «57,6%", "Tỷ lệ hồ sơ trực tuyến", "=", 57.6, pillar=GOV, iid=ONLINE),
    R("đạt «76,85%", "Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến", "=", 76.85, pillar=GOV),
    R("với «1.407 thủ tục", "thủ tục hành chính cung cấp dịch vụ công trực tuyến", "=", 1407, **CNT, pillar=GOV),
    R("(«1.072 dịch vụ", "dịch vụ công toàn trình", "=", 1072, **CNT, pillar=GOV),
    R("«335 dịch vụ", "dịch vụ công một phần", "=", 335, **CNT, pillar=GOV),
    R("xếp thứ «10 cả nước", "Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến xếp thứ", "=", 10, **RANK, pillar=GOV),
    R("đạt «77,94 %", "Tỷ lệ hồ sơ cấp kết quả điện tử", "=", 77.94, pillar=GOV, iid="egov.one_stop_digital_results_share"),
    R("đạt «75,62%", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "=", 75.62, pillar=GOV, iid=DIGI),
    R("đạt «76,4%, tăng", "Tỷ lệ khai thác sử dụng lại dữ liệu, thông tin", "=", 76.4, pillar=GOV, iid="egov.digitised_data_reuse_share"),
    R("xếp hạng «5 cả nước", "Tỷ lệ khai thác sử dụng lại dữ liệu, thông tin xếp hạng", "=", 5, **RANK, pillar=GOV),
])

# --------------------------------------------------------------------------
# 20 Tây Ninh (SGGP, no date): the province's own DX ranking of its units
# (results; the text names no reporting period: year null) and targets of the
# 2024 plan (year 2024). The province level stands in its own sentence (scope
# null, set10/set12 22); the next sentence splits the units rated "tốt"
# between "cấp huyện" and "cấp xã" and gives the commune level's other
# ratings: scopes as written ("cấp xã" for every value of that part).
# "18/19", "8/9" keep the numerator (set8). "340/340 điểm", "261/390 điểm":
# the points reached (unit other "điểm"). The targets' paragraph is opened by
# "xác định một số chỉ tiêu cơ bản về hoàn thiện Chính quyền điện tử hướng đến
# Chính quyền số. Trong đó, ..." (a lead-in naming one pillar; "an toàn thông
# tin mạng" there is part of the plan's name): digital_government; the next
# paragraph names no pillar (null, spec). "(dự kiến trên 60%)" qualifies the
# level the province aims at, above the national average (target >).
# --------------------------------------------------------------------------
D20 = dict(name="20_tayninh-xep-hang-va-chi-tieu-2024", kind="result", year=None, records=[
    R("có có «18/19", "các cơ quan cấp tỉnh có đơn vị đạt loại tốt", "=", 18, **CNT),
    R("đạt «340/340 điểm", "Văn phòng UBND tỉnh, Thanh tra tỉnh đạt", "=", 340, **PT),
    R("với «261/390 điểm", "đơn vị bị xếp loại trung bình là Sở Y", "=", 261, **PT),
    R("có «8/9 đơn vị", "đơn vị đạt loại tốt", "=", 8, **CNT, scope="cấp huyện"),
    R("có «15 đơn vị", "đơn vị đạt loại tốt", "=", 15, **CNT, scope="cấp xã"),
    R("«42 đơn vị", "đơn vị loại khá", "=", 42, **CNT, scope="cấp xã"),
    R("«18 đơn vị đạt trung bình", "đơn vị đạt trung bình", "=", 18, **CNT, scope="cấp xã"),
    R("«19 đơn vị loại kém", "đơn vị loại kém", "=", 19, **CNT, scope="cấp xã"),
    R("đảm bảo «100% thủ tục", "thủ tục hành chính đủ điều kiện theo quy định của pháp luật được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình",
      ">=", 100, kind="target", year=2024, pillar=GOV, iid=FULL),
    R("trên «60%)", "đảm bảo cao hơn mức trung bình cả nước (dự kiến", ">", 60, kind="target", year=2024, pillar=GOV),
    R("phấn đấu «100% dịch vụ", "dịch vụ công trực tuyến khi sử dụng được điền sẵn dữ liệu mà người dùng đã cung cấp trước đó", ">=", 100,
      kind="target", year=2024),
])

# --------------------------------------------------------------------------
# 21 TP.HCM (merged 7/2025; VietNamNet, 2025-10): DTI 2024. "đứng thứ tư" is
# written as a word; "63 tỉnh, thành", "34 tỉnh, thành" are the rankings'
# sizes; "dẫn đầu" has no number. The two counts of online services describe
# the merged city's platforms at the page's date (year 2025, the date's; not
# DTI values), under the lead-in "Về chính quyền số," (digital_government).
# The page breaks off at "khi lĩnh vực".
# --------------------------------------------------------------------------
D21 = dict(name="21_tphcm-dti-2024", kind="result", year=2025, records=[
    R("tổng cộng «1.996 dịch vụ", "dịch vụ công trực tuyến", "=", 1996, **CNT, pillar=GOV),
    R("có tới «1.778 dịch vụ", "dịch vụ đạt mức toàn trình", "=", 1778, **CNT, pillar=GOV),
])

# --------------------------------------------------------------------------
# 22 TP.HCM (PLO, 2026-01): the 2025 review of Nghị quyết 57 and Đề án 06; a
# precision check with the lead's two values of 2025 ("ước tính ... khoảng
# 25%": op ~). "100% doanh nghiệp thực hiện thuế, hải quan và hóa đơn điện
# tử": one value for several indicators (id null). "Nghị quyết 57", "Đề án
# 204", "Đề án 06", periods and dates are names; "hai nhóm việc" a word.
# --------------------------------------------------------------------------
D22 = dict(name="22_tphcm-tong-ket-2025", kind="result", year=2025, records=[
    R("khoảng «25% GRDP", "tỷ trọng kinh tế số của TP", "~", 25, iid=ECO_GDP),
    R("; «100% doanh nghiệp", "doanh nghiệp thực hiện thuế, hải quan và hóa đơn điện tử", "=", 100),
])

# --------------------------------------------------------------------------
# 23 National (Kon Tum investment portal repeating the ministry's report of
# 7/2024): national values (no place: no province). Lead-ins "Về cung cấp
# dịch vụ công trực tuyến," and "Về xây dựng Chính phủ điện tử," (->
# digital_government), "Về phát triển kinh tế số,", "Về xã hội số,", "Về an
# toàn thông tin," set their paragraphs. Changes against earlier years are no
# quantities (NOT: "tăng 82%, 19%, 11%" so với năm 2022, "tăng 20%", "tăng
# 11,5%", "tăng 26,5%"). "45,4 triệu tài khoản" is dated "Đến tháng
# 12/2023". "từ 15 tuổi" qualifies the subject. "89,35% hồ sơ công việc tại
# cấp bộ": the level is part of the subject (scope null).
# --------------------------------------------------------------------------
D23 = dict(name="23_quocgia-thang-7-2024", kind="result", year=2024,
           NOT=["tăng «82%", "tăng «19%", "tăng «11%", "tăng «20%", "tăng «11,5%", "tăng «26,5%"], records=[
    R("đã đạt «43%", "tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ thủ tục hành chính", "=", 43, pillar=GOV, iid=ONLINE),
    R("«89,35% hồ sơ", "hồ sơ công việc tại cấp bộ được xử lý trên môi trường mạng", "=", 89.35, pillar=GOV, iid=WR),
    R("mạng. «100% hệ thống", "hệ thống quản lý văn bản và điều hành của các bộ, ngành, địa phương đã được kết nối thông suốt qua Trục liên thông văn bản quốc gia",
      "=", 100, pillar=GOV),
    R("khoảng «45.500 doanh nghiệp", "Số lượng doanh nghiệp công nghệ thông tin đang hoạt động", "~", 45500, **CNT, pillar=ECO,
      iid="econ.digital_tech_enterprises_count"),
    R("đạt «87,08%", "tỷ lệ người dân từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng", "=", 87.08, pillar=SOC,
      iid="society.bank_account_15plus_share"),
    R("có «45,4 triệu", "tài khoản định danh điện tử được kích hoạt trên toàn quốc", "=", 45400000, **CNT, pillar=SOC, year=2023),
    R("«76,5% hệ thống", "hệ thống thông tin của các cơ quan nhà nước đã được phê duyệt hồ sơ đề xuất cấp độ an toàn", "=", 76.5,
      pillar=SEC, iid="security.systems_level_approved_share"),
    R("«56,5% hệ thống", "hệ thống đã được triển khai đầy đủ phương án bảo đảm an toàn thông tin", "=", 56.5, pillar=SEC,
      iid="security.systems_level_approved_share"),
])

# --------------------------------------------------------------------------
# 24 National (VietNamNet, 11/2025): the share of applications handled fully
# online in 11/2025 for the country and split by group ("khối bộ", "khối
# tỉnh": scopes, set10 02). The paragraph's first sentence names three pillars
# and holds no value; the values' sentence opens with "Thông tin về tình hình
# phát triển Chính phủ số tại Việt Nam, ..." (a lead-in naming one pillar):
# digital_government. "đã tăng12,42%" is a change (NOT). "3 trụ cột"
# structure; "văn bản 5721", "văn bản 5199" document numbers.
# --------------------------------------------------------------------------
ONL24 = "tỷ lệ hồ sơ trực tuyến toàn trình trên tổng hồ sơ giải quyết thủ tục hành chính"
D24 = dict(name="24_quocgia-ho-so-toan-trinh-11-2025", kind="result", year=2025, NOT=["tăng«12,42%"], records=[
    R("đạt «51,7%", ONL24, "=", 51.7, pillar=GOV, iid=ONLINE),
    R("đạt tỷ lệ «73,35%", ONL24, "=", 73.35, scope="khối bộ", pillar=GOV, iid=ONLINE),
    R("đạt tỷ lệ «21,17%", ONL24, "=", 21.17, scope="khối tỉnh", pillar=GOV, iid=ONLINE),
])

# --------------------------------------------------------------------------
# 25 National (the ministry's DTI site, ranking of 2022): the DTI ranking as a
# list of lines "rank name" and the detailed table's row of Đà Nẵng (year
# 2022). Lines of the 63-line list were cut to the two leaders and the set's
# provinces (SOURCES.md); each rank keeps its number. Every value carries its
# province as `place` (a national page). A list whose items hold only a name
# and a number takes the lead's words (set12): "XẾP HẠNG DTI"; the row's
# values take their column's header. Dots before four decimals are decimal
# points ("0.8253"; not a thousands group, spec). DTI components keep pillar
# null (set8-set12). Spans are the table's lines.
# --------------------------------------------------------------------------
XH = "XẾP HẠNG DTI"
LST = dict(unit="rank", line=True)
ROW = dict(unit="other", unit_text=None, line=True, place="Đà Nẵng")
D25 = dict(name="25_quocgia-dti-2022-bang-xep-hang", kind="result", year=2022, records=[
    R("SỐ\n«1 TP. Đà Nẵng\n", XH, "=", 1, **LST, place="Đà Nẵng", iid=DTIR),
    R("\n«2 TP. Hồ Chí Minh", XH, "=", 2, **LST, place="Hồ Chí Minh", iid=DTIR),
    R("\n«12 Bình Phước", XH, "=", 12, **LST, place="Bình Phước", iid=DTIR),
    R("\n«15 Thanh Hóa", XH, "=", 15, **LST, place="Thanh Hóa", iid=DTIR),
    R("\n«22 Lâm Đồng", XH, "=", 22, **LST, place="Lâm Đồng", iid=DTIR),
    R("\n«26 Quảng Ngãi", XH, "=", 26, **LST, place="Quảng Ngãi", iid=DTIR),
    R("\n«28 Bà Rịa - Vũng Tàu", XH, "=", 28, **LST, place="Bà Rịa - Vũng Tàu", iid=DTIR),
    R("\n«31 Quảng Nam", XH, "=", 31, **LST, place="Quảng Nam", iid=DTIR),
    R("\n«40 Tây Ninh", XH, "=", 40, **LST, place="Tây Ninh", iid=DTIR),
    R("\n«41 Khánh Hòa", XH, "=", 41, **LST, place="Khánh Hòa", iid=DTIR),
    R("\n«45 Kon Tum", XH, "=", 45, **LST, place="Kon Tum", iid=DTIR),
    R("\n«52 Nghệ An", XH, "=", 52, **LST, place="Nghệ An", iid=DTIR),
    R("(PDTI)\n«1 TP. Đà Nẵng 1.0000", "Xếp hạng DTI", "=", 1, **LST, place="Đà Nẵng", iid=DTIR,
      note="the detailed table's row restates the rank"),
    R("Nẵng «1.0000", "Chỉ số Nhận thức số", "=", 1.0, **ROW, iid="dti.digital_awareness_score"),
    R("1.0000 «0.9000", "Chỉ số Thể chế số", "=", 0.9, **ROW, iid="dti.digital_institutions_score"),
    R("0.9000 «0.8253", "Chỉ số Hạ tầng số", "=", 0.8253, **ROW, iid="dti.digital_infrastructure_score"),
    R("0.8253 «0.8487", "Chỉ số Nhân lực số", "=", 0.8487, **ROW, iid="dti.digital_human_resources_score"),
    R("0.8487 «0.7578", "Chỉ số An toàn thông tin mạng", "=", 0.7578, **ROW, iid="dti.information_security_score"),
    R("0.7578 «0.8575", "Chỉ số Hoạt động chính quyền số", "=", 0.8575, **ROW, iid="dti.digital_government_score"),
    R("0.8575 «0.7836", "Chỉ số Hoạt động kinh tế số", "=", 0.7836, **ROW, iid="dti.digital_economy_score"),
    R("0.7836 «0.5197", "Chỉ số Hoạt động xã hội số", "=", 0.5197, **ROW, iid="dti.digital_society_score"),
    R("0.5197 «0.8002", "CHUYỂN ĐỔI SỐ CẤP TỈNH (PDTI)", "=", 0.8002, **ROW, iid=DTIS),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12,
        D13, D14, D15, D16, D17, D18, D19, D20, D21, D22, D23, D24, D25]

def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
