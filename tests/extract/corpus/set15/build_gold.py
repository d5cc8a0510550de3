#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set15).

Copied from set14's builder (itself from set12's, set10's, set9's, set8's and the seeds'). Each record
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
set10-set14, the id is given in the record itself (`iid=`).

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

# --------------------------------------------------------------------------
# 01 Lạng Sơn (viettimes, no date; "trước ngày 31/7/2023", "tính đến ngày
# 16/6/2023"): Đề án 06, CCCD and electronic identification accounts. The
# reporting period is 2023 (set13: a text's reporting period dates its
# results). "hoàn thành 50 ngày trước thời hạn" is a period, not a quantity.
# "đạt tỷ lệ tiến độ 90%" is the progress rate of the account drive: a value
# reached (not a change). No heading: pillar null.
# --------------------------------------------------------------------------
D01 = dict(name="01_langson-de-an-06-2023", kind="result", year=2023, records=[
    R("trên «666.000 trường hợp", "thu nhận hồ sơ cấp CCCD cho trường hợp đủ điều kiện", ">", 666000, **CNT),
    R("được «440.000 trường hợp", "đăng ký tài khoản định danh điện tử, đã triển khai cài đặt được trường hợp", "=", 440000, **CNT),
    R("trên «305.000 trường hợp", "kích hoạt thành công tài khoản định danh điện tử", ">", 305000, **CNT),
    R("tiến độ «90%", "tỷ lệ tiến độ kích hoạt tài khoản định danh điện tử", "=", 90),
])

# --------------------------------------------------------------------------
# 02 Lạng Sơn (nhansu.vn, Kế hoạch 333/KH-UBND of 31/12/2025, the 2026 plan):
# a precision check with no record. The stored page stops in the review of
# 2025 before the targets; "23/34 mục tiêu", "02/34", "07/34" count targets
# (set13/set14: not quantities); "05 tr" is cut off (and would be a count of
# pillars); document numbers and dates.
# --------------------------------------------------------------------------
D02 = dict(name="02_langson-ke-hoach-2026", kind="target", year=2026, records=[])

# --------------------------------------------------------------------------
# 03 Quảng Ninh (chuyendoiso.baoquangninh.vn, no date): cashless payment at
# markets ("Chợ 4.0"). No reporting year, no date: year null (set13/set14).
# "19 chợ hạng 1; 11 chợ hạng 2 và 13 chợ hạng 3": one record per number, a
# breakdown by kind of market (spec: breakdown by kind, scope null); "hạng 1"
# etc. are names of market classes. Cẩm Phả and Móng Cái are cities inside
# the province: named in the indicator, no place (set10-set14). "ít nhất 1
# giải pháp" qualifies the subject of the 100% (what counts as a station that
# accepts cashless payment): no record. The first paragraph names kinh tế số
# as what the model contributes to and holds no value: it does not carry
# (set11 18, set13 20); pillar null. The page breaks off at "vào người".
# --------------------------------------------------------------------------
D03 = dict(name="03_quangninh-cho-4-0", kind="result", year=None, records=[
    R("có «19 chợ hạng 1", "chợ hạng 1 đã triển khai thực hiện mô hình Chợ 4.0", "=", 19, **CNT),
    R("; «11 chợ hạng 2", "chợ hạng 2 đã triển khai thực hiện mô hình Chợ 4.0", "=", 11, **CNT),
    R("và «13 chợ hạng 3", "chợ hạng 3 đã triển khai thực hiện mô hình Chợ 4.0", "=", 13, **CNT),
    R("biệt, «100% các chợ", "các chợ trung tâm chấp nhận thanh toán các khoản phí và thực hiện thanh toán hóa đơn điện, nước "
      "thông qua các phương thức thanh toán không dùng tiền mặt", "=", 100),
    R("trung bình «83%", "Tỷ lệ số hộ kinh doanh tại chợ chấp nhận phương thức thanh toán không dùng tiền mặt", "=", 83, iid=MERCH),
    R("Phả đạt «89,58%", "tỷ lệ các hộ kinh doanh chấp nhận thanh toán không dùng mặt Chợ Trung tâm Cẩm Phả", "=", 89.58, iid=MERCH),
    R("Cái đạt «100%", "tỷ lệ các hộ kinh doanh chấp nhận thanh toán không dùng mặt chợ Trung tâm Móng Cái", "=", 100, iid=MERCH),
    R("nay «100% cơ sở", "cơ sở kinh doanh, bán lẻ xăng dầu trên địa bàn tỉnh đã triển khai giải pháp thanh toán không dùng tiền mặt",
      "=", 100, iid=MERCH),
])

# --------------------------------------------------------------------------
# 04 Thái Bình (pbgdpl.thaibinh.gov.vn, 08/04/2025): a precision check with
# no record. "15/16 mục tiêu ... hoàn thành 100%; 1/16 mục tiêu hoàn thành
# trên 87%" and "42/48 nhiệm vụ hoàn thành" state how far the plan's targets
# and tasks were met, not an indicator's value (set13/set14: counts of
# targets are no quantities; the two percentages are the same kind of
# statement): NOT. "TOP đầu khu vực" has no number.
# --------------------------------------------------------------------------
D04 = dict(name="04_thaibinh-muc-tieu-2024", kind="result", year=2024,
           NOT=["thành «100%; 1/16", "trên «87%"], records=[])

# --------------------------------------------------------------------------
# 05 Thanh Hóa, xã Vĩnh Hưng (commune portal, 27/02/2023): a commune's
# results. No reporting year in the text, a date line: 2023 (set12-set14).
# The paragraph names three pillars and hạ tầng số in a list of what
# improved; the values' sentence ("Đến nay, ...") stands under no heading
# and names none: pillar null. "cấp xã" inside the third subject is not a
# split (spec). Not quantities: "3 trụ cột" (structure), the commune's
# demography "khoảng 06km", "1.522 hộ", "6.236 nhân khẩu" (set14 05), list
# numbers "1." to "4.".
# --------------------------------------------------------------------------
D05 = dict(name="05_thanhhoa-xa-vinhhung-2023", kind="result", year=2023, records=[
    R("nay, «100% cán bộ", "cán bộ, công chức xã được cấp máy tính có kết nối mạng và sử dụng thường xuyên", "=", 100,
      iid="infra.civil_servants_computers_share"),
    R("; «100% văn bản", "văn bản đi, đến được xử lý, luân chuyển theo đúng quy định", "=", 100),
    R("lý. «100% hồ sơ", "hồ sơ và thủ tục hành chính cấp xã được tiếp nhận và giải quyết trên hệ thống một cửa điện tử", "=", 100),
])

# --------------------------------------------------------------------------
# 06 Thừa Thiên Huế (baothuathienhue.vn, 18/04/2022): the plan for the
# national project on digital skills and human resources. The title
# "Phổ cập kỹ năng và phát triển nguồn nhân lực chuyển đổi số quốc gia" names
# one pillar (nhân lực số) and heads the text (set14 04/06/19): every value
# digital_human_resources, the heading deciding even for the people who know
# online services (spec). The project's name in the lead is a name. Targets
# "đến năm 2025" (2025) and "Đến năm 2030" (2030); "phấn đấu 100%" and bare
# numbers read >=.
# --------------------------------------------------------------------------
D06 = dict(name="06_hue-nhan-luc-so-2022", kind="target", year=2025, records=[
    R("phấn đấu «100% cán bộ lãnh đạo", "cán bộ lãnh đạo, cán bộ, công chức, viên chức và người lao động trong cơ quan nhà nước trên "
      "địa bàn tỉnh hàng năm được tham gia đào tạo, bồi dưỡng, tập huấn, cập nhật kiến thức về chuyển đổi số, kỹ năng số, công nghệ số",
      ">=", 100, pillar=HR, iid="hr.civil_servants_dx_trained_share"),
    R("«100% cán bộ chuyên trách", "cán bộ chuyên trách chuyển đổi số, công nghệ thông tin hàng năm được đào tạo, bồi dưỡng, tập huấn "
      "về công nghệ số", ">=", 100, pillar=HR),
    R("«70% số người dân", "số người dân trên địa bàn tỉnh trong độ tuổi lao động biết đến và có kỹ năng sử dụng các loại hình "
      "dịch vụ công trực tuyến", ">=", 70, pillar=HR),
    R("«100% các các sở", "các sở ban ngành, UBND cấp huyện xây dựng được mạng lưới chuyển đổi số đến tận cấp cơ sở", ">=", 100,
      pillar=HR),
    R("phấn đấu «90% số người dân", "số người dân của tỉnh trong độ tuổi lao động biết đến các loại hình dịch vụ công trực tuyến và "
      "các dịch vụ số thiết yếu khác", ">=", 90, year=2030, pillar=HR),
])

# --------------------------------------------------------------------------
# 07 Quảng Trị, xã Vĩnh Long (huyện Vĩnh Linh; commune portal, no date):
# the commune's 2025 plan on online public services (Kế hoạch 25/KH-UBND of
# 11/02/2025): targets of 2025. "tại UBND cấp xã", "ở cấp xã": one level per
# sentence, the commune's own (scope null, set12 22, set13 10). The plans'
# names ("đẩy mạnh sử dụng dịch vụ công trực tuyến ...") are names: pillar
# null (set14 20).
# --------------------------------------------------------------------------
D07 = dict(name="07_quangtri-xa-vinhlong-dvc-2025", kind="target", year=2025, records=[
    R("tiêu «100% thủ tục", "thủ tục hành chính đủ điều kiện sẽ được triển khai trên hệ thống dịch vụ công trực tuyến toàn trình",
      ">=", 100, iid=FULL),
    R("ít nhất «65%", "tỷ lệ hồ sơ trực tuyến toàn trình tại UBND cấp xã", ">=", 65, iid=ONLINE),
    R("tối thiểu «85%", "tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia ở cấp xã", ">=", 85, iid=PAY),
])

# --------------------------------------------------------------------------
# 08 Long An (thanhnien.vn, 2025-06): results. No reporting year, a date:
# 2025. The heading "Hạ tầng vững, nền tảng rộng, con người là trung tâm"
# names three things and no pillar; the paragraph holding the first three
# values opens with "Long An đã đầu tư mạnh mẽ cho hạ tầng công nghệ thông
# tin" (a lead naming hạ tầng, set13 03/05) → digital_infrastructure for the
# paragraph, the eID share included. The next paragraph ("phổ cập số",
# training) names no pillar: null. "cấp độ 3 về an toàn hệ thống" is a named
# level (set13 "mức độ 3, 4"). "15/15": the numerator (set8).
# --------------------------------------------------------------------------
D08 = dict(name="08_longan-ha-tang-2025", kind="result", year=2025, records=[
    R("bộ «15/15 huyện", "huyện, thành phố, thị xã triển khai hệ thống hội nghị truyền hình trực tuyến đến cấp xã", "=", 15, **CNT,
      pillar=INFRA),
    R("đạt «99,9%", "Tỷ lệ phủ sóng 4G", "=", 99.9, pillar=INFRA),
    R("trên «98%", "tỷ lệ người dân trưởng thành có tài khoản định danh điện tử", ">", 98, pillar=INFRA,
      iid="society.eid_users_share"),
    R("hơn «27.200 lượt", "lượt tập huấn kỹ năng số cho cán bộ, công chức và tổ công nghệ số cộng đồng", ">", 27200, **CNT),
])

# --------------------------------------------------------------------------
# 09 Cần Thơ (bantuyengiao.cantho.gov.vn, no date): the targets of a DX plan.
# The stored excerpt names no year and the page has no date line: year null
# (set13 01). "nhóm 10 tỉnh, thành phố thực hiện chuyển đổi số tốt" in the
# general aims (no heading): rank <= 10, pillar null. The numbered lead-in
# "(1) Về phát triển chính quyền số, ...:" → digital_government for its list,
# also for the security approval rate (the heading decides). "cấp tỉnh đạt
# 90%; cấp huyện đạt 80%; cấp xã đạt 60%": one measure split by level,
# scopes as written, the measure worded once (set14 09). A target's "đạt X"
# reads >=. The page breaks off at "phương án" (no number).
# --------------------------------------------------------------------------
WR_IND = "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng"
D09 = dict(name="09_cantho-muc-tieu-cu-the", kind="target", year=None, records=[
    R("nhóm «10 tỉnh", "Thành phố Cần Thơ phấn đấu thuộc nhóm tỉnh, thành phố thực hiện chuyển đổi số tốt", "<=", 10, **RANK,
      iid=DTIR),
    R("động: «100% dịch vụ", "dịch vụ công trực tuyến được thiết kế, thiết kế lại", ">=", 100, pillar=GOV,
      iid="egov.redesigned_online_services_share"),
    R("tối thiểu «95%", "Cung cấp dịch vụ công trực tuyến toàn trình đạt tỷ lệ", ">=", 95, pillar=GOV, iid=FULL),
    R("tối thiểu «60%", "Hồ sơ trực tuyến toàn trình của các dịch vụ công trực tuyến đạt tỷ lệ", ">=", 60, pillar=GOV, iid=ONLINE),
    R("; «80% thủ tục", "thủ tục hành chính có yêu cầu nghĩa vụ tài chính, được triển khai thanh toán trực tuyến", ">=", 80,
      pillar=GOV, iid=PAY),
    R("Số hóa «100% hồ sơ", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính, giấy tờ do cơ quan nhà nước ban hành", ">=", 100,
      pillar=GOV, iid=DIGI),
    R("; «100% báo cáo", "báo cáo định kỳ của các cơ quan hành chính nhà nước được cập nhật, chia sẻ trên hệ thống thông tin báo cáo "
      "của thành phố", ">=", 100, pillar=GOV, iid="egov.online_reporting_share"),
    R("; «100% các sở", "các sở, ban, ngành, địa phương cung cấp dữ liệu mở theo Danh mục Dữ liệu mở của thành phố", ">=", 100,
      pillar=GOV, iid="data.open_data_agencies_share"),
    R("tỉnh đạt «90%", WR_IND, ">=", 90, scope="cấp tỉnh", pillar=GOV, iid=WR),
    R("huyện đạt «80%", WR_IND, ">=", 80, scope="cấp huyện", pillar=GOV, iid=WR),
    R("xã đạt «60%", WR_IND, ">=", 60, scope="cấp xã", pillar=GOV, iid=WR),
    R("nước đạt «100%", "Tỷ lệ phê duyệt cấp độ an toàn hệ thống thông tin của các cơ quan nhà nước", ">=", 100, pillar=GOV,
      iid="security.systems_level_approved_share"),
])

# --------------------------------------------------------------------------
# 10 Cần Thơ (nhansu.vn, Kế hoạch 219/KH-UBND of 30/12/2025): digital
# government 2026-2030, the list of the first stage "2.1. Giai đoạn 2026 -
# 2027": targets of 2027 (the period's end, set13 16). The title "PHÁT TRIỂN
# CHÍNH QUYỀN SỐ ..." names one pillar and heads the text (set14 04/19); the
# item heading "a) Cung cấp dịch vụ số bao trùm, thông minh:" names no other:
# digital_government. Bare numbers read >=. The page breaks off at "dịch v".
# --------------------------------------------------------------------------
D10 = dict(name="10_cantho-chinh-quyen-so-2026-2030", kind="target", year=2027, records=[
    R("- «100% dịch vụ", "dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện", ">=", 100,
      pillar=GOV, iid=FULL),
    R("- «100% thông tin", "thông tin, giấy tờ, tài liệu trong các thủ tục hành chính liên quan đến hoạt động sản xuất, kinh doanh "
      "chỉ cung cấp một lần cho cơ quan hành chính nhà nước", ">=", 100, pillar=GOV),
    R("- «95% người", "người dân, doanh nghiệp đánh giá hài lòng khi sử dụng dịch v", ">=", 95, pillar=GOV,
      iid="egov.satisfaction_share", note="the page breaks off at 'dịch v'"),
])

# --------------------------------------------------------------------------
# 11 An Giang (baoangiang.com.vn, 28/11/2023): the 2021-2025 programme after
# two years. All values stand under the heading "Tiến tới chính quyền số":
# digital_government (the heading decides, also for the GRDP share). Money is
# a quantity (spec): the programme's planned funding "kinh phí thực hiện gần
# 389,22 tỷ đồng" is a target of the programme (horizon 2025, op ~); the
# funding spent "tổng kinh phí gần 56,85 tỷ đồng" a result of 2023 (op ~).
# "ước 7,18% GRDP" a result (spec: "ước đạt" op =), 2023; "(chỉ tiêu đến năm
# 2025 là 10% GRDP)" a target in a bracket (spec), 2025, >=. Not quantities:
# "15 chỉ tiêu", "11/15 chỉ tiêu" (targets), "6 nhóm nhiệm vụ", "3 trụ cột",
# "53 dự án, nhiệm vụ", "18 dự án/nhiệm vụ" (counts of tasks and projects,
# spec), "Qua 2 năm" (a period), "Đại hội XI".
# --------------------------------------------------------------------------
D11 = dict(name="11_angiang-hanh-trinh-2023", kind="result", year=2023, records=[
    R("gần «389,22 tỷ", "dự án, nhiệm vụ, kinh phí thực hiện", "~", 389.22e9, **DONG, kind="target", year=2025, pillar=GOV,
      iid=FUND),
    R("gần «56,85 tỷ", "dự án/nhiệm vụ về công nghệ thông tin và chuyển đổi số được triển khai với tổng kinh phí", "~", 56.85e9,
      **DONG, pillar=GOV, iid=FUND),
    R("ước «7,18% GRDP", "phát triển kinh tế số GRDP", "=", 7.18, pillar=GOV, iid=ECO_GDP),
    R("là «10% GRDP", "chỉ tiêu kinh tế số GRDP", ">=", 10, kind="target", year=2025, pillar=GOV, iid=ECO_GDP),
])

# --------------------------------------------------------------------------
# 12 Kiên Giang (vietnamnet.vn, 2023-08): information security; a precision
# check with one record. The stored excerpt opens inside the article (its
# title, on ATTT, is not stored): no heading, pillar null. The 100% covers
# LAN, fibre and signed documents at once: one record, id null. "mô hình 4
# lớp" is a named model (set14: structure), no quantity.
# --------------------------------------------------------------------------
D12 = dict(name="12_kiengiang-attt-2023", kind="result", year=2023, records=[
    R("Hiện «100% cơ quan", "cơ quan, đơn vị hành chính nhà nước từ tỉnh đến cơ sở đều được trang bị hệ thống mạng nội bộ (LAN) và "
      "được kết nối mạng internet cáp quang băng rộng để gửi, nhận văn bản điện tử có chữ ký số", "=", 100),
])

# --------------------------------------------------------------------------
# 13 Sóc Trăng (sggp.org.vn, 2023-11): Đề án 06, electronic identification
# accounts activated. "354.938/654.392 tài khoản": the numerator is recorded
# (set8-set14), the total of the fraction not; "đạt tỷ lệ 54,2%" the share.
# "hơn 35% dân số là đồng bào dân tộc thiểu số" is demography (set14 05):
# NOT. "Cao điểm 90 ngày đêm" names a campaign (a period). Year 2023 (date).
# --------------------------------------------------------------------------
D13 = dict(name="13_soctrang-dinh-danh-2023", kind="result", year=2023, NOT=["hơn «35% dân"], records=[
    R("có «354.938/654.392", "tài khoản định danh điện tử được kích hoạt", "=", 354938, **CNT),
    R("tỷ lệ «54,2%", "tỷ lệ kích hoạt tài khoản định danh điện tử", "=", 54.2),
])

# --------------------------------------------------------------------------
# 14 Trà Vinh (stttt.travinh.gov.vn; Kế hoạch 59/KH-UBND of 19/9/2022): the
# digital-economy targets, list items "+ ..." under "- Mục tiêu cơ bản đến năm
# 2025:" (2025) and "- Mục tiêu cơ bản đến năm 2030:" (2030). The lead-in
# "* Về Phát triển kinh tế số" → digital_economy. "trên" reads >, "tối
# thiểu" >=, "đạt 30%" >=. "năng suất lao động tăng bình quân trên
# 11,5%/năm": a target stated as growth (spec). The page breaks off at
# "doanh nghiệp sử d" (no number).
# --------------------------------------------------------------------------
D14 = dict(name="14_travinh-kinh-te-so-muc-tieu", kind="target", year=2025, records=[
    R("trên «10% GRDP", "Tỷ trọng kinh tế số GRDP của tỉnh", ">", 10, pillar=ECO, iid=ECO_GDP),
    R("trên «11,5%/năm", "năng suất lao động tăng bình quân", ">", 11.5, pillar=ECO, iid="econ.labour_productivity_growth"),
    R("tối thiểu «10%", "Tỷ trọng kinh tế số trong từng ngành, lĩnh vực", ">=", 10, pillar=ECO, iid=ECO_SECT),
    R("lẻ đạt trên «10%", "Tỷ trọng thương mại điện tử trong tổng mức bán lẻ", ">", 10, pillar=ECO, iid=ECOM),
    R("trên «80%", "Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử", ">", 80, pillar=ECO, iid=ECON_CT),
    R("trên «30%", "Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số", ">", 30, pillar=ECO, iid="econ.sme_digital_platforms_share"),
    R("trên «2%", "Tỷ lệ nhân lực lao động kinh tế số trong lực lượng lao động", ">", 2, pillar=ECO,
      iid="econ.digital_economy_workforce_share"),
    R("đạt «30% GDP", "Tỷ trọng kinh tế số GDP", ">=", 30, year=2030, pillar=ECO, iid=ECO_GDP),
    R("tối thiểu «20%", "Tỷ trọng kinh tế số trong từng ngành, lĩnh vực", ">=", 20, year=2030, pillar=ECO, iid=ECO_SECT),
    R("lẻ đạt trên «20%", "Tỷ trọng thương mại điện tử trong tổng mức bán lẻ", ">", 20, year=2030, pillar=ECO, iid=ECOM),
])

# --------------------------------------------------------------------------
# 15 Trà Vinh (spress.net, no date): DTI 2021 ranks and infrastructure. DTI
# ranks take the DTI year 2021 (set13/set14), pillar null (set8-set14); the
# regional rank "thứ 6/13 địa phương khu vực đồng bằng" keeps the region in
# its wording (spec "xếp thứ 5 khu vực Tây Nguyên"). Not quantities: "tăng 8
# bậc", "tăng 15 bậc", "tăng 28 bậc" (changes), "thứ tám" and "sáu nhà cung
# cấp", "một doanh nghiệp" (words), "3G và 4G" (names), "2021-2025". The
# infrastructure values have no year and the page no date: year null
# (set14 03, 13). "(86% trong số đó là thiết bị 4G)": a share of the stations
# (a value in a bracket, spec). The paragraph "Trà Vinh hiện có sáu nhà cung
# cấp dịch vụ viễn thông ..." opens with the providers, not with hạ tầng;
# the paragraph before it holds no value: pillar null.
# --------------------------------------------------------------------------
D15 = dict(name="15_travinh-dti-2021-ha-tang", kind="result", year=None, records=[
    R("thứ «26/63", "chỉ số chuyển đổi số của Trà Vinh", "=", 26, **RANK, year=2021, iid=DTIR),
    R("thứ «6/13", "chỉ số chuyển đổi số của Trà Vinh khu vực đồng bằng", "=", 6, **RANK, year=2021),
    R("thứ «12 trên", "chỉ số chính quyền số", "=", 12, **RANK, year=2021, iid="dti.digital_government_rank"),
    R("trên «1.200 trạm", "trạm thu phát sóng", ">", 1200, **CNT, iid=BTS),
    R("(«86% trong", "trạm thu phát sóng trong số đó là thiết bị 4G", "=", 86),
    R("với «58% hộ", "hộ gia đình được sử dụng đường truyền cáp quang", "=", 58, iid="infra.households_internet_share"),
    R("hơn «60% dân số", "dân số tỉnh sở hữu điện thoại thông minh", ">", 60),
    R("Gần «500 doanh", "doanh nghiệp đã hoàn thiện chữ ký số và hồ sơ điện tử", "~", 500, **CNT),
    R("hơn «2.000 đơn vị", "đơn vị chứng thực cá nhân đã hoàn thiện chữ ký số và hồ sơ điện tử", ">", 2000, **CNT),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14, D15]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
