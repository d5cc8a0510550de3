#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set12).

Copied from set10's builder (itself from set9's, set8's and the seeds'). Each record
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
muctieu/catalog/data/indicators.yaml at commit be3d9f3 (214 entries; see README). As in
set10, the id is given in the record itself (`iid=`).

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

# --------------------------------------------------------------------------
# 01 Sóc Trăng (provincial portal, no date): DTI 2020 results (year 2020).
# "thúc đẩy cung cấp 100% dịch vụ công ... mức độ 4" is part of the name of
# the event (NOT). "nhóm 4 – nhóm đạt giá trị trung bình <0,25" states a bound
# of the province's value (a record, op <). "Kinh tế số và Xã hội số đồng xếp
# hạng 58/63": one number for two indicators, one record (id null);
# "lần lượt là 0,1931 và 0,2021": one record each. The national average
# "0,326" and the group "trên 0,40" of three provinces (no single place) are
# values (provincial_score, set8/set10). "33 tỉnh ... (chiếm 52%)": the count
# and share of provinces above average (records, id null). "03 trụ cột",
# "nhóm 4" are structure and names. No heading: pillar null.
# --------------------------------------------------------------------------
D01 = dict(name="01_soctrang-dti-2020", kind="result", year=2020, NOT=["thúc đẩy cung cấp «100% dịch vụ"], records=[
    R("xếp hạng «57/63", "Sóc Trăng xếp hạng", "=", 57, **RANK, iid=DTIR),
    R("trung bình <«0,25", "nhóm đạt giá trị trung bình", "<", 0.25, **VAL, iid=DTIS),
    R("giá trị là «0,3105", "Chính quyền số của Sóc Trăng đạt giá trị", "=", 0.3105, **VAL, iid="dti.digital_government_score"),
    R("xếp hạng «51/63", "Chính quyền số của Sóc Trăng xếp hạng", "=", 51, **RANK, iid="dti.digital_government_rank"),
    R("đồng xếp hạng «58/63", "Kinh tế số và Xã hội số đồng xếp hạng", "=", 58, **RANK,
      note="one number for two pillar ranks: one record, id null"),
    R("lần lượt là «0,1931", "Kinh tế số đạt giá trị", "=", 0.1931, **VAL, iid="dti.digital_economy_score"),
    R("và «0,2021", "Xã hội số đạt giá trị", "=", 0.2021, **VAL, iid="dti.digital_society_score"),
    R("cấp tỉnh là «0,326", "DTI 2020 trung bình cấp tỉnh", "=", 0.326, **VAL, iid=DTIS),
    R("gồm «33 tỉnh", "Nhóm các tỉnh có giá trị DTI đạt trên trung bình", "=", 33, **CNT),
    R("(chiếm «52%)", "Nhóm các tỉnh có giá trị DTI đạt trên trung bình", "=", 52),
    R("giá trị trên «0,40", "Đà Nẵng, Thừa Thiên Huế, Bắc Ninh đạt giá trị", ">", 0.40, **VAL, iid=DTIS,
      note="three provinces, one value: no place (set10)"),
])

# --------------------------------------------------------------------------
# 02 Sóc Trăng (Sở TT&TT portal, 2023): DTI 2022 (year 2022). A precision
# check: the rank and the first pillar rank before the stored page breaks
# off ("32/63 (năm"). "tăng 20 bậc", "21 bậc" are changes; "phiên họp thứ
# 6", "6 tháng", "03 trụ cột", "09 chỉ số chính và 98 chỉ số thành phần",
# "02 nhóm", "03/06 chỉ số chính" are ordinals, periods and structure (spec).
# Pillar ranks keep pillar null (set8-set10).
# --------------------------------------------------------------------------
D02 = dict(name="02_soctrang-dti-2022", kind="result", year=2022, records=[
    R("xếp hạng thứ «36", "Sóc Trăng xếp hạng", "=", 36, **RANK, iid=DTIR),
    R("xếp thứ  «32/63", "Trụ cột Chính quyền số xếp thứ", "=", 32, **RANK, iid="dti.digital_government_rank",
      note="the stored page breaks off after '(năm'"),
])

# --------------------------------------------------------------------------
# 03 Hậu Giang (Sở TT&TT portal, 2022-07): targets of Kế hoạch 128/KH-UBND
# (kinh tế số, xã hội số) for 2025 and 2030. The paragraph is led by "mục
# tiêu Phát triển Kinh tế số đến năm 2025 về tỷ trọng:" (digital_economy for
# the paragraph, incl. its 2030 part, set9). "đạt 20% GRDP" etc. are targets
# (>=), "trên" >. The page breaks off at "doanh n" (no further number).
# --------------------------------------------------------------------------
D03 = dict(name="03_haugiang-kh128-kinh-te-so-2022", kind="target", year=2025, records=[
    R("số đạt «20% GRDP", "tỷ trọng kinh tế số GRDP", ">=", 20, pillar=ECO, iid=ECO_GDP),
    R("tối thiểu «10%", "kinh tế số trong từng ngành, lĩnh vực", ">=", 10, pillar=ECO, iid=ECO_SECT),
    R("bán lẻ đạt trên «10%", "thương mại điện tử trong tổng mức bán lẻ", ">", 10, pillar=ECO, iid="econ.ecommerce_retail_share"),
    R("trên «80%", "doanh nghiệp sử dụng hợp đồng điện tử", ">", 80, pillar=ECO, iid="econ.e_contract_enterprises_share"),
    R("trên «50%", "doanh nghiệp nhỏ và vừa sử dụng nền tảng số", ">", 50, pillar=ECO, iid="econ.sme_digital_platforms_share"),
    R("trên «2%", "nhân lực lao động kinh tế số trong lực lượng lao động", ">", 2, pillar=ECO, iid="econ.digital_economy_workforce_share"),
    R("số đạt «30% GRDP", "tỷ trọng kinh tế số GRDP", ">=", 30, pillar=ECO, year=2030, iid=ECO_GDP),
    R("tối thiểu «20%", "kinh tế số trong từng ngành, lĩnh vực", ">=", 20, pillar=ECO, year=2030, iid=ECO_SECT),
    R("bán lẻ đạt trên «20%", "thương mại điện tử trong tổng mức bán lẻ", ">", 20, pillar=ECO, year=2030, iid="econ.ecommerce_retail_share"),
    R("điện tử đạt «100%", "doanh nghiệp sử dụng nền tảng hợp đồng điện tử", ">=", 100, pillar=ECO, year=2030,
      iid="econ.e_contract_enterprises_share"),
])

# --------------------------------------------------------------------------
# 04 Hậu Giang (Đại biểu Nhân dân, no date; events of 5/2024 announced):
# Đề án 06 results. "năm 2023 đạt gần 87%" is dated (2023, op ~); the
# values "Đến nay" have no reporting period named by the text and the page
# carries no date: year null (set7-set10). "tăng hơn 36% so với năm 2022" is
# a change (NOT). "8 phiên hội thảo" are the sessions of an event (no
# quantity, like an event's participants); "hơn 2 năm", "số 06" are a period
# and a name. "100% bệnh viện tuyến tỉnh, trung tâm y tế cấp huyện và 2 bệnh
# viện tư nhân": two records (100%, and the count of private hospitals).
# Heading "Bước chuyển mạnh mẽ" names no pillar.
# --------------------------------------------------------------------------
D04 = dict(name="04_haugiang-de-an-06-2024", kind="result", year=None, NOT=["tăng hơn «36%"], records=[
    R("đạt gần «87%", "Tỷ lệ người dân sử dụng dịch vụ công trực tuyến thay thế hình thức nộp hồ sơ trực tiếp", "~", 87, year=2023),
    R("tỉnh, «100% cơ sở khám", "cơ sở khám, chữa bệnh đã thực hiện tra cứu thông tin thẻ BHYT bằng căn cước công dân gắn chip", "=", 100,
      iid="society.chip_id_health_insurance_share"),
    R("chip; «99,87% người dân", "người dân sử dụng CCCD gắn chíp, ứng dụng VNeID trong khám chữa bệnh BHYT", "=", 99.87),
    R("BHYT; «100% bệnh viện", "bệnh viện tuyến tỉnh, trung tâm y tế cấp huyện đã triển khai thanh toán viện phí không dùng tiền mặt", "=", 100,
      iid="society.cashless_hospital_fees_share"),
    R("và «2 bệnh viện tư nhân", "bệnh viện tư nhân đã triển khai thanh toán viện phí không dùng tiền mặt", "=", 2, **CNT),
])

# --------------------------------------------------------------------------
# 05 Hậu Giang (vietbao, 2024-12): a precision check. The DTI 2023 rank and
# "top 10 địa phương dẫn đầu về hạ tầng số" (rank <=, read with the DTI 2023
# sentence it follows: "Không những thế" continues it; year 2023). "tăng 11
# bậc" is a change; "bốn năm", periods and document numbers no quantities.
# The inline heading "Chuyển đổi số mạnh mẽ" names no pillar: null, even
# for the infrastructure rank (the heading decides).
# --------------------------------------------------------------------------
D05 = dict(name="05_haugiang-dti-2023", kind="result", year=2023, records=[
    R("thứ hạng «17/63", "chỉ số chuyển đổi số (DTI) cấp tỉnh năm 2023 thứ hạng", "=", 17, **RANK, iid=DTIR),
    R("trong top «10 địa phương", "tỉnh nằm trong top địa phương dẫn đầu về hạ tầng số", "<=", 10, **RANK,
      iid="dti.digital_infrastructure_rank"),
])

# --------------------------------------------------------------------------
# 06 An Giang (Báo An Giang, 13/02/2023): results "đến nay"; the text names
# no reporting year, the page's date gives 2023 (set10). The title names two
# pillars (kinh tế số, xã hội số) and the figures stand under the heading
# "Tạo đột phá phát triển": pillar null. "dân số từ 15 tuổi" qualifies the
# subject (set9); "3 trụ cột", "COVID-19" no quantities.
# --------------------------------------------------------------------------
D06 = dict(name="06_angiang-kinh-te-so-xa-hoi-so-2023", kind="result", year=2023, records=[
    R("có «66,2% dân số", "dân số trưởng thành có điện thoại thông minh", "=", 66.2, iid="society.adult_smartphone_share"),
    R("; «68,1% dân số", "dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ chức được phép khác", "=", 68.1,
      iid="society.bank_account_15plus_share"),
    R("; «78,9% hộ", "hộ gia đình được phủ mạng Internet băng rộng cáp quang", "=", 78.9, iid="infra.fibre_household_coverage_share"),
    R("; «100% doanh nghiệp", "doanh nghiệp (DN), hộ kinh doanh sử dụng hóa đơn điện tử", "=", 100, iid="econ.e_invoice_enterprises_share"),
    R("; «30% DN", "DN nhỏ và vừa sử dụng nền tảng số", "=", 30, iid="econ.sme_digital_platforms_share"),
])

# --------------------------------------------------------------------------
# 07 An Giang (Báo Mới, no date; after Nghị quyết 57): the 2030 target
# "thuộc nhóm 20 tỉnh, thành phố dẫn đầu" (rank <=, one value for two
# indices: id null) and results with their own years: TFP's contribution
# (averaged over 2011-2022: year 2022, the period's end; "%/năm" is a
# percentage), the digital economy's share of GRDP in 2023 and 2024 ("chiếm"
# in a result: =). No heading: pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_angiang-ky-nguyen-so-2025", kind="result", year=None, records=[
    R("thuộc nhóm «20 tỉnh", "Năng lực cạnh tranh số và chỉ số phát triển chính quyền điện tử, chính quyền số thuộc nhóm tỉnh, thành phố dẫn đầu",
      "<=", 20, **RANK, kind="target", year=2030),
    R("trung bình «4,42%/năm", "Đóng góp của tăng năng suất các nhân tố tổng hợp (TFP) vào tăng trưởng GRDP", "=", 4.42, year=2022),
    R("năm 2022 là «53,8%", "mức đóng góp của TFP vào tăng trưởng kinh tế", "=", 53.8, year=2022),
    R("chiếm «5,28% GRDP", "Quy mô kinh tế số tỉnh An Giang GRDP", "=", 5.28, year=2023, iid=ECO_GDP),
    R("chiếm «5,99% GRDP", "Quy mô kinh tế số GRDP", "=", 5.99, year=2024, iid=ECO_GDP),
])

# --------------------------------------------------------------------------
# 08 Cần Thơ (Kinh tế & Đô thị, after the 7/2025 merger; "Kế hoạch CĐS năm
# 2025"): year 2025. "Về phát triển chính quyền số," leads the paragraph of
# values (digital_government). "120 đơn vị bao gồm ... 2 điểm ...; 14 sở,
# ban, ngành và 103 xã, phường": a total and its parts by kind of unit (one
# record each, scope null, spec "4.977 trạm"). No catalogue entry fits the
# counts of units, accounts and procedures: ids null.
# --------------------------------------------------------------------------
D08 = dict(name="08_cantho-chinh-quyen-so-2025", kind="result", year=2025, records=[
    R("triển khai cho «120 đơn vị", "hệ thống thông tin giải quyết thủ tục hành chính triển khai cho đơn vị", "=", 120, **CNT, pillar=GOV),
    R("và «2 điểm tiếp nhận", "điểm tiếp nhận và trả kết quả", "=", 2, **CNT, pillar=GOV),
    R("; «14 sở, ban", "sở, ban, ngành", "=", 14, **CNT, pillar=GOV),
    R("và «103 xã, phường", "xã, phường", "=", 103, **CNT, pillar=GOV),
    R("với «20.652 tài khoản", "tài khoản đã tạo", "=", 20652, **CNT, pillar=GOV),
    R("đồng bộ «2.230 thủ tục", "hệ thống đã đồng bộ thủ tục hành chính", "=", 2230, **CNT, pillar=GOV),
])

# --------------------------------------------------------------------------
# 09 Bạc Liêu (Báo Bạc Liêu, 14/02/2025): DTI 2023 (year 2023) of Bạc Liêu,
# Đà Nẵng and Hậu Giang (`place`); the public-service index of 2024 (its own
# year). "DTI giảm 3 bậc" (a heading) is a change; "06/CP" a name. "tổng
# điểm đạt được là 0,5208" has no unit word: unit_text null. No pillar
# heading.
# --------------------------------------------------------------------------
SENT09 = "Theo đó, tỉnh nhà đứng cuối"  # the "." of "TP. Đà Nẵng" is an abbreviation, not a clause end
D09 = dict(name="09_baclieu-dti-2023", kind="result", year=2023, records=[
    R("đứng thứ «63/63", "kết quả xếp hạng Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện, cung cấp dịch vụ công năm 2024",
      "=", 63, **RANK, year=2024, iid="rank.public_service_index"),
    R("là «0,5208", "tổng điểm đạt được", "=", 0.5208, **VAL, iid=DTIS),
    R("(«0,834 điểm)", "địa phương dẫn đầu cả nước", "=", 0.834, **PT, place="Đà Nẵng", iid=DTIS, start_at=SENT09),
    R("đứng hạng «19", "tỉnh Hậu Giang đứng hạng cả nước", "=", 19, **RANK, place="Hậu Giang", iid=DTIR, start_at=SENT09),
    R("(trên «0,7 điểm)", "cao nhất vùng Đồng bằng sông Cửu Long", ">", 0.7, **PT, place="Hậu Giang", iid=DTIS, start_at=SENT09),
])

# --------------------------------------------------------------------------
# 10 Bạc Liêu (Đại Đoàn Kết, 10/2022; "trong năm 2022"): community digital
# teams and their members (results 2022, op ~ for "gần"). "4 cấp" is
# structure; dates and periods none. No heading.
# --------------------------------------------------------------------------
D10 = dict(name="10_baclieu-to-cong-nghe-so-2022", kind="result", year=2022, records=[
    R("gần «450 Tổ", "Tổ công nghệ số cộng đồng cấp xã và khóm ấp", "~", 450, **CNT, iid="aware.community_digital_teams_count"),
    R("gần «3.000 thành viên", "thành viên", "~", 3000, **CNT, iid="aware.community_digital_team_members_count"),
])

# --------------------------------------------------------------------------
# 11 Bình Thuận (Tạp chí Tài chính, 2025; no date on the page): results "Đến
# nay" with no reporting year: null; the 2030 target "nằm trong nhóm 20
# tỉnh, thành phố dẫn đầu cả nước về chuyển đổi số" (rank <=). "4.285 trạm
# ... Trong đó, có 1.002 trạm BTS 2G; ...": one record per number (spec,
# the breakdown keeps the id). "2G/3G/4G/5G", "57- NQ/TW", "10-NQ/TU",
# "Khóa XIV" are names. The last clause carries a second quantity
# ("hơn 1,46 triệu số thuê bao": count, >). No heading: pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_binhthuan-bts-2025", kind="result", year=None, records=[
    R("trong nhóm «20 tỉnh", "Bình Thuận phấn đấu nằm trong nhóm tỉnh, thành phố dẫn đầu cả nước về chuyển đổi số", "<=", 20, **RANK,
      kind="target", year=2030, iid=DTIR),
    R("có «4.285 trạm", "trạm thu phát sóng di động (BTS)", "=", 4285, **CNT, iid=BTS),
    R("có «1.002 trạm", "trạm BTS 2G", "=", 1002, **CNT, iid=BTS),
    R("; «1.255 trạm", "trạm BTS 3G", "=", 1255, **CNT, iid=BTS),
    R("; «1.944 trạm", "trạm BTS 4G", "=", 1944, **CNT, iid=BTS),
    R("; «84 trạm", "trạm BTS 5G", "=", 84, **CNT, iid=BTS),
    R("đạt «99,9%", "Tỷ lệ dân số được phủ sóng mạng di động 3G, 4G", "=", 99.9, iid="infra.mobile_population_coverage_share"),
    R("trên «97%", "Tỷ lệ hộ gia đình có kết nối băng rộng cố định (internet cáp quang)", ">", 97, iid="infra.households_internet_share"),
    R("hơn «1,46 triệu", "số thuê bao điện thoại di động", ">", 1460000, **CNT, iid="infra.mobile_subscriptions_count"),
])

# --------------------------------------------------------------------------
# 12 Bình Thuận (Báo Bình Thuận, 2025): infrastructure results "Tính đến
# hết năm 2024" (year 2024, also for the second paragraph of the same
# period "Giai đoạn 2022 – 2024"). The first paragraph is led by "... kết quả
# nổi bật trong phát triển hạ tầng số" (digital_infrastructure, set9); the
# second by "Về hạ tầng dữ liệu – công nghệ," (head noun hạ tầng, set10's
# "Hạ tầng xã hội số": digital_infrastructure; the heading decides, also for
# the share of online applications). "từ 200 Mbps trở lên" qualifies the
# subject of the share (set9: no record).
# --------------------------------------------------------------------------
D12 = dict(name="12_binhthuan-ha-tang-2022-2024", kind="result", year=2024, records=[
    R("có trên «95% hộ", "hộ gia đình có khả năng tiếp cận cáp quang", ">", 95, pillar=INFRA, iid="infra.fibre_household_coverage_share"),
    R("hơn «90% người dân", "người dân có thể sử dụng dịch vụ internet tốc độ cao từ 200 Mbps trở lên", ">", 90, pillar=INFRA),
    R("đạt trên «60%", "tỷ lệ hồ sơ trực tuyến", ">", 60, pillar=INFRA, iid=ONLINE),
])

# --------------------------------------------------------------------------
# 13 Bình Dương (Doanh nghiệp & Hội nhập, 2023): Đề án 06 results "Sau hai
# năm" (dates 22/5/2023, 8/2023): year 2023. "chỉ tiêu Chính phủ giao hơn
# 1,2 triệu tài khoản" is the target inside a result sentence (set8/set10:
# kind target, op >). "đạt tỷ lệ 133%" is the share of that target reached
# (a value reached, not a change: recorded). "một trong 19 địa phương đầu
# tiên" is membership (no quantity, set10's "một trong 10 công trình").
# "đứng thứ 5 trên toàn quốc" a rank of the eID activation (id null). No
# heading.
# --------------------------------------------------------------------------
D13 = dict(name="13_binhduong-de-an-06-2023", kind="result", year=2023, records=[
    R("cho «100% số người dân", "cấp Căn cước công dân cho số người dân đủ điều kiện", "=", 100, iid="society.chip_id_cards_share"),
    R("giao hơn «1,2 triệu", "chỉ tiêu Chính phủ giao tài khoản Định danh điện tử", ">", 1200000, **CNT, kind="target"),
    R("kích hoạt hơn «1,6 triệu", "tài khoản Định danh điện tử đã kích hoạt", ">", 1600000, **CNT),
    R("tỷ lệ «133%", "kích hoạt tài khoản Định danh điện tử đạt tỷ lệ", "=", 133),
    R("đứng thứ «5 trên", "kích hoạt tài khoản Định danh điện tử đứng thứ trên toàn quốc", "=", 5, **RANK),
    R("được «43.550 chữ ký số", "chữ ký số đã cấp", "=", 43550, **CNT),
    R("có hơn «250.000 hồ sơ", "hồ sơ sức khỏe được tạo lập", ">", 250000, **CNT),
])

# --------------------------------------------------------------------------
# 14 Bình Dương (tinbong247news repost, no date): targets "đến 2025"; the
# heading "Tiến tới kinh tế số" (digital_economy) stands over the paragraph;
# inside it the lead-in "Phát triển xã hội số, thu hẹp khoảng cách số gồm"
# names xã hội số and sets it for the list it opens, to the paragraph's end
# (spec). "năng suất lao động hàng năm tăng tối thiểu 7%": a target stated
# as growth (set9). "4G/5G" names; "năm 2026" (a caption-like line) has no
# number. "phủ trên 99% hộ gia đình, 100% xã" follows the spec's "phủ 75% hộ
# gia đình, 100% cấp xã": two records, scope null on the first, "xã" (as
# written) on the second.
# --------------------------------------------------------------------------
D14 = dict(name="14_binhduong-kinh-te-so-muc-tieu", kind="target", year=2025, records=[
    R("chiếm «20% GRDP", "kinh tế số chiếm GRDP", ">=", 20, pillar=ECO, iid=ECO_GDP),
    R("tối thiểu «10%", "tỷ trọng kinh tế số trong từng ngành, lĩnh vực", ">=", 10, pillar=ECO, iid=ECO_SECT),
    R("tối thiểu «7%", "năng suất lao động hàng năm tăng", ">=", 7, pillar=ECO, iid="econ.labour_productivity_growth"),
    R("chiếm «50%. Tỷ", "DN nhỏ và vừa tiến hành hoạt động kinh doanh trên sàn giao dịch thương mại điện tử", ">=", 50, pillar=ECO),
    R("từ «50% trở lên", "Tỷ lệ giao dịch không dùng tiền mặt trong dịch vụ thương mại điện tử", ">=", 50, pillar=ECO),
    R("phủ trên «99% hộ", "hạ tầng mạng internet băng rộng phủ hộ gia đình", ">", 99, pillar=SOC),
    R(", «100% xã", "hạ tầng mạng internet băng rộng phủ", ">=", 100, scope="xã", pillar=SOC),
    R("; «100% cơ sở giáo dục", "cơ sở giáo dục đại học và giáo dục nghề nghiệp có nội dung đào tạo gắn với chuyển đổi số, công nghệ số thương mại điện tử",
      ">=", 100, pillar=SOC),
])

# --------------------------------------------------------------------------
# 15 Bình Dương (Báo Mới, 2/2025): the 2024 review ("Năm 2024": year 2024);
# the DTI 2023 "Top 10" (rank <=, its own year). "tăng 12 bậc" is a change;
# "dẫn đầu 63 tỉnh" gives no place number (63 is the ranking's size, set9);
# "17/18 nhiệm vụ" counts tasks (spec: no quantity, also in the heading).
# --------------------------------------------------------------------------
D15 = dict(name="15_binhduong-tong-ket-2024", kind="result", year=2024, records=[
    R("vào Top «10 tỉnh", "Chỉ số chuyển đổi số năm 2023 (DTI) của Bình Dương vào Top tỉnh, thành phố dẫn đầu về Chỉ số DTI", "<=", 10, **RANK,
      year=2023, iid=DTIR),
    R("đúng hạn «98,01%", "tỷ lệ giải quyết đúng hạn", "=", 98.01, iid="egov.on_time_applications_share"),
    R("hộ tịch «1.028.354 trường hợp", "số hóa dữ liệu hộ tịch trường hợp", "=", 1028354, **CNT),
    R("tiếp nhận «1.368 hồ sơ", "hồ sơ cấp phiếu lý lịch tư pháp qua dịch vụ công trực tuyến và ứng dụng VNeID", "=", 1368, **CNT),
])

# --------------------------------------------------------------------------
# 16 National (Báo Đà Nẵng, 11/2022): the ministry's figures of the share of
# online applications "từ đầu năm đến đầu tháng 11-2022" (year 2022) for
# provinces and ministries. The page is Đà Nẵng's and its title names Đà
# Nẵng: Đà Nẵng is the document's own (no place); other provinces carry
# `place`. The title's "thứ 2" is a rank (a record, set9: titles). After
# "lần lượt gồm:" / "lần lượt là:" the list's clause holds only names and
# values; the indicator is the lead's ("số hồ sơ trực tuyến", ...).
# Ministries are named in the indicator (set10). Portal visits are counts
# measured per ministry (not page furniture of this page): records. "5
# tỉnh, thành", "mức độ 3, 4" are structure and names.
# --------------------------------------------------------------------------
HS = "tỷ lệ hồ sơ trực tuyến"
LT = "lượt truy cập Cổng thông tin điện tử"
D16 = dict(name="16_quocgia-ho-so-truc-tuyen-2022", kind="result", year=2022, records=[
    R("đứng thứ «2 toàn quốc", "Đà Nẵng đứng thứ toàn quốc về tỷ lệ hồ sơ trực tuyến", "=", 2, **RANK),
    R("Đà Nẵng («67%)", HS, "=", 67, iid=ONLINE),
    R("Hòa Bình («86,5%)", HS, "=", 86.5, place="Hòa Bình", iid=ONLINE),
    R("Nam Định («65,9%)", HS, "=", 65.9, place="Nam Định", iid=ONLINE),
    R("Lạng Sơn («64,2%)", HS, "=", 64.2, place="Lạng Sơn", iid=ONLINE),
    R("Ninh Bình («63,9%)", HS, "=", 63.9, place="Ninh Bình", iid=ONLINE),
    R("Bạc Liêu («7,4%)", "số hồ sơ trực tuyến thấp nhất", "=", 7.4, place="Bạc Liêu", iid=ONLINE),
    R("Sơn La («8,3%)", "số hồ sơ trực tuyến thấp nhất", "=", 8.3, place="Sơn La", iid=ONLINE),
    R("Nghệ An («8,6%)", "số hồ sơ trực tuyến thấp nhất", "=", 8.6, place="Nghệ An", iid=ONLINE),
    R("Bình Thuận («9,3%)", "số hồ sơ trực tuyến thấp nhất", "=", 9.3, place="Bình Thuận", iid=ONLINE),
    R("Quảng Ngãi («9,7%)", "số hồ sơ trực tuyến thấp nhất", "=", 9.7, place="Quảng Ngãi", iid=ONLINE),
    R("trực tuyến với «100%", "Ngân hàng Nhà nước Việt Nam dẫn đầu về tỷ lệ hồ sơ trực tuyến", "=", 100, iid=ONLINE),
    R("tỷ lệ «99,7%", "Bộ Công Thương đứng thứ hai với tỷ lệ", "=", 99.7, iid=ONLINE),
    R("với «92,4%", "Bộ Tài chính đứng thứ ba", "=", 92.4, iid=ONLINE),
    R("Xây dựng («16,6%)", "tỷ lệ hồ sơ trực tuyến thấp nhất Xây dựng", "=", 16.6, iid=ONLINE),
    R("Công Thương («25%)", "tỷ lệ hồ sơ trực tuyến thấp nhất Công Thương", "=", 25, iid=ONLINE),
    R("Môi trường («36%)", "tỷ lệ hồ sơ trực tuyến thấp nhất Tài nguyên và Môi trường", "=", 36, iid=ONLINE),
    R("với «14,58 triệu lượt", "Bộ Y tế có lượng truy cập Cổng thông tin điện tử nhiều nhất", "=", 14580000, **CNT),
    R("(«6,8 triệu lượt", "Bộ Kế hoạch và Đầu tư lượt truy cập", "=", 6800000, **CNT),
    R("(«5,9 triệu lượt", "Bộ Thông tin và Truyền thông lượt", "=", 5900000, **CNT),
    R("(«909.000 lượt", LT + " thấp nhất Bộ Tài nguyên và Môi trường", "=", 909000, **CNT),
    R("(«1,1 triệu lượt", LT + " thấp nhất Bộ Lao động - Thương binh và Xã hội", "=", 1100000, **CNT),
    R("(«1,8 triệu lượt", LT + " thấp nhất Bộ Nông nghiệp và Phát triển nông thôn", "=", 1800000, **CNT),
])

# --------------------------------------------------------------------------
# 17 National (Kinh doanh & Tiếp thị, 2023): DTI 2022 (year 2022; TP Hồ Chí
# Minh's 2021 place has its own year). No province is the document's own:
# every province's value carries `place`. "TỐP 10 ... gồm: <ten names>": one
# number, one record, no single place. "“Chính quyền số” và “Kinh tế số” ...
# đều ở vị trí thứ 3/63": one number for two pillar ranks (one record, id
# null). "năm thứ ba", "năm thứ 3 liên tiếp", "3 trụ cột" are ordinals and
# structure. Pillar ranks keep pillar null.
# --------------------------------------------------------------------------
D17 = dict(name="17_quocgia-dti-2022", kind="result", year=2022, records=[
    R("TỐP «10 các tỉnh", "TỐP các tỉnh, thành phố có chỉ số DTI", "<=", 10, **RANK, iid=DTIR),
    R("vị trí thứ «3 còn", "TP Hồ Chí Minh năm 2021 xếp ở vị trí thứ", "=", 3, **RANK, year=2021, place="TP Hồ Chí Minh", iid=DTIR),
    R("vị trí thứ «2. Trong", "Thành phố “cán đích” vị trí thứ", "=", 2, **RANK, place="TP Hồ Chí Minh", iid=DTIR),
    R("vị trí thứ «3/63", "hạng mục “Chính quyền số” và “Kinh tế số” của TPHCM đều ở vị trí thứ", "=", 3, **RANK, place="TP Hồ Chí Minh",
      note="one number for two pillar ranks: one record, id null"),
    R("vị trí thứ «4/63", "“Xã hội số” xếp vị trí thứ", "=", 4, **RANK, place="TP Hồ Chí Minh", iid="dti.digital_society_rank"),
    R("xếp thứ «24/63", "TP Hà Nội năm nay có chỉ số DTI xếp thứ", "=", 24, **RANK, place="Hà Nội", iid=DTIR),
    R("CQS xếp thứ «40/63", "CQS xếp thứ", "=", 40, **RANK, place="Hà Nội", iid="dti.digital_government_rank"),
    R("KTS xếp thứ «18/63", "KTS xếp thứ", "=", 18, **RANK, place="Hà Nội", iid="dti.digital_economy_rank"),
    R("XHS xếp thứ «30/63", "XHS xếp thứ", "=", 30, **RANK, place="Hà Nội", iid="dti.digital_society_rank"),
])

# --------------------------------------------------------------------------
# 18 National (VTC News, 2025-10-21): DTI 2024 of the 34 merged provinces
# (year 2024), every value with `place`. "thứ 5, 6, 7" of three provinces:
# one record each. "giá trị DTI đạt từ khoảng 0,5 đến gần 0,6" of three
# provinces: one `between` record (spec "0,7-0,8 điểm"), no single place.
# "34 tỉnh, thành phố", "3 địa phương", "đứng thứ hai" (a word) are no
# quantities. DTI values written without a unit word: unit_text null.
# --------------------------------------------------------------------------
D18 = dict(name="18_quocgia-dti-2024", kind="result", year=2024, records=[
    R("đạt «0,8241", "giá trị DTI (Bộ chỉ số đánh giá chuyển đổi số)", "=", 0.8241, **VAL, place="Hà Nội", iid=DTIS),
    R("đạt «0,7951", "giá trị DTI", "=", 0.7951, **VAL, place="Huế", iid=DTIS),
    R("vị trí thứ «5, 6, 7", "giữ vị trí thứ", "=", 5, **RANK, place="Thanh Hóa", iid=DTIR),
    R("vị trí thứ 5, «6, 7", "giữ vị trí thứ", "=", 6, **RANK, place="Điện Biên", iid=DTIR),
    R("vị trí thứ 5, 6, «7", "giữ vị trí thứ", "=", 7, **RANK, place="Hà Tĩnh", iid=DTIR),
    R("khoảng «0,5 đến", "địa phương đứng cuối bảng với giá trị DTI", "between", 0.5, **VAL, value_max=0.6, iid=DTIS,
      note="three provinces, one range: no place"),
    R("vị trí thứ «2. Sau", "TP Đà Nẵng giữ vị trí thứ", "=", 2, **RANK, place="Đà Nẵng", iid=DTIR, start_at="Nếu xét chỉ số",
      note="ranking before the merger"),
    R("vị trí thứ «17", "TP Đà Nẵng tụt hạng xuống vị trí thứ", "=", 17, **RANK, place="Đà Nẵng", iid=DTIR),
])

# --------------------------------------------------------------------------
# 19 Đắk Lắk, xã Nam Ka (VnEconomy, 13/01/2026; two-tier government): the
# commune's results; the text names no reporting year, the page's date
# gives 2026 (set10). The commune is the document's own (no place). "8
# buôn" with a community team: a count reached (id null: villages, not
# teams). "100 ngày cao điểm" names the campaign's length (no quantity).
# No heading.
# --------------------------------------------------------------------------
D19 = dict(name="19_daklak-xa-namka-2026", kind="result", year=2026, records=[
    R("tại «8 buôn", "thành lập Ban chỉ đạo chuyển đổi số và Tổ công nghệ số cộng đồng tại buôn", "=", 8, **CNT),
    R("hơn «1.000 hộ", "các Tổ công nghệ số cộng đồng đã tiếp cận hộ dân", ">", 1000, **CNT),
    R("trên «60% số hộ", "số hộ toàn xã", ">", 60),
])

# --------------------------------------------------------------------------
# 20 TP.HCM, phường Bình Tân (PLO, 23/01/2026; two-tier government): results
# of the ward's 2025 review ("trên địa bàn phường 2025": year 2025). The
# lead restates the body's three values (records, set8/set10 titles and
# leads). "văn bản được xử lý trên môi trường điện tử" is neither the
# catalogue's exchanged-documents share nor its work-records share: id null.
# The title's "23/01/2026 20:35" is a date and time. No heading.
# --------------------------------------------------------------------------
LEAD20 = "Tại phường Bình Tân"  # the "." of "TP.HCM" is an abbreviation
D20 = dict(name="20_tphcm-phuong-binhtan-2026", kind="result", year=2025, records=[
    R("TP.HCM, «100% văn bản", "văn bản được xử lý trên môi trường điện tử", "=", 100, start_at=LEAD20, note="lead restating the body value"),
    R("trực tuyến đạt «94,4%, mức độ hài lòng của người dân đạt trên 98%...", "tỉ lệ giải quyết hồ sơ trực tuyến", "=", 94.4, iid=ONLINE,
      start_at=LEAD20, note="lead restating the body value"),
    R("đạt trên «98%...", "mức độ hài lòng của người dân", ">", 98, iid="egov.satisfaction_share", start_at=LEAD20,
      note="lead restating the body value"),
    R("thống chính trị. «100% văn bản", "văn bản được xử lý trên môi trường điện tử", "=", 100),
    R("trực tuyến đạt «94,4%, mức độ hài lòng của người dân đạt trên 98%.\n", "tỉ lệ giải quyết hồ sơ trực tuyến", "=", 94.4, iid=ONLINE),
    R("đạt trên «98%.\n", "mức độ hài lòng của người dân", ">", 98, iid="egov.satisfaction_share"),
])

# --------------------------------------------------------------------------
# 21 Tiền Giang (DX portal, 03/06/2022): the Nghị quyết 08-NQ/TU target for
# 2030 "thuộc nhóm 20 tỉnh/thành phố dẫn đầu cả nước về chuyển đổi số" (rank
# <=; the DTI ranking: dti.provincial_rank). A precision check: "cao hơn mức
# trung bình cả nước" has no number; "XI", periods and dates none.
# --------------------------------------------------------------------------
D21 = dict(name="21_tiengiang-nq08-2021", kind="target", year=2030, records=[
    R("thuộc nhóm «20 tỉnh", "thuộc nhóm tỉnh/thành phố dẫn đầu cả nước về chuyển đổi số", "<=", 20, **RANK, iid=DTIR),
])

# --------------------------------------------------------------------------
# 22 Đắk Lắk (Báo Đắk Lắk, 09/07/2023): the province's own DX index of its
# departments and districts for 2022 (year 2022); values of single units,
# named in the indicator, one level per sentence: scope null (set10 22; not
# set9's split of two averages in one sentence). Not the provincial DTI: id
# null (set9/set10). "thứ hai", "thứ ba" are words; "2 nhóm", "6/8 chỉ số
# chính", "41/65 chỉ số thành phần", "thang điểm 1.000" are structure. After
# "Xếp cuối bảng lần lượt là các sở, ngành:" the items hold only names and
# values: the lead's words join the name. No pillar heading.
# --------------------------------------------------------------------------
LAST = "Xếp cuối bảng các sở, ngành "
D22 = dict(name="22_daklak-dti-so-nganh-2022", kind="result", year=2022, records=[
    R("với «0,81979 điểm", "DTI cấp sở dẫn đầu là Sở Nông nghiệp và Phát triển nông thôn", "=", 0.81979, **PT),
    R("với «0,81735 điểm", "Sở Tư pháp xếp vị trí thứ hai", "=", 0.81735, **PT),
    R("với «0,79511 điểm", "sở Công Thương xếp thứ ba", "=", 0.79511, **PT),
    R("(«0,67884 điểm)", LAST + "Sở Tài nguyên và Môi trường", "=", 0.67884, **PT),
    R("(«0,67374 điểm)", LAST + "Thanh tra tỉnh", "=", 0.67374, **PT),
    R("(«0,64125 điểm)", LAST + "Sở Giao thông vận tải", "=", 0.64125, **PT),
    R("với «0,82369 điểm", "DTI cấp huyện UBND TP. Buôn Ma Thuột đứng đầu", "=", 0.82369, **PT,
      start_at="Về DTI cấp huyện"),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11,
        D12, D13, D14, D15, D16, D17, D18, D19, D20, D21, D22]

def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
