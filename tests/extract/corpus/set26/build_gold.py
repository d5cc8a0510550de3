#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set26).

Copied from set25's builder (itself from set23's, set21's, set15's and the
seeds'). Each record is written by hand below; its anchor is never typed in. A
record names a locator: a piece of the text with « just before the number. The
locator (without «) must occur exactly once in the text; the anchor is where «
stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py.

Each document may also list NOT: locators of numbers deliberately left
without a record (percentages that are not quantities under the contract);
check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id
of the catalogue indicator it measures, or null, decided against
muctieu/catalog/data/indicators.yaml at commit f0d9ac1 (see README), given in
the record itself (`iid=`).

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


GDP = "econ.digital_economy_gdp_share"
BTS = "infra.bts_stations_count"
DTIR = "dti.provincial_rank"
FEEDBACK = "egov.feedback_handled_share"
SMARTPHONE = "society.adult_smartphone_share"
TEAMS = "aware.community_digital_teams_count"

# --------------------------------------------------------------------------
# 01 Nghệ An (baonghean.vn, 2025-11): three years of Resolution 09 → results
# of 2025. "11/11 mục tiêu", "5/6", "3/3" are counts of targets met (no
# quantities, set13-set25). Sentences leading with a pillar set it for their
# values (set15 08): "Nhân lực số được quan tâm với 100% ..." → HR; "Hạ tầng
# số được đầu tư mạnh mẽ. 99,74% ...; 68% hộ gia đ" → INFRA. The page breaks
# off after "68% hộ gia đ": worded as stored, with a note.
# --------------------------------------------------------------------------
D01 = dict(name="01_nghean-nq09-ba-nam-2025", kind="result", year=2025, records=[
    R("với «100% cán bộ", "cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, đào tạo về chuyển đổi số", "=", 100,
      pillar=HR, iid="hr.civil_servants_dx_trained_share"),
    R("«99,74% dân số", "dân số được phủ sóng di động", "=", 99.74, pillar=INFRA,
      iid="infra.mobile_population_coverage_share"),
    R("«68% hộ gia đ", "hộ gia đ", "=", 68, pillar=INFRA,
      note="the page breaks off after 'hộ gia đ'; worded as stored"),
])

# --------------------------------------------------------------------------
# 02 Yên Bái (yenbai.gov.vn, the province's portal, no date): "năm 2022 là
# năm tỉnh Yên Bái đẩy mạnh chuyển đổi số" and the 2022 conference → the
# report's year 2022. One value: the share of offices and localities that
# issued a detailed plan for Resolution 51 ("Đến nay, 100% ..."). "1 trong 3
# nhiệm vụ", "3 trụ cột" are structure; "15 mục tiêu ... 2025; 10 mục tiêu ...
# 2030" counts of targets (no quantities). No heading: pillar null. A lone
# "|" line is stored furniture inside the sentence, kept.
# --------------------------------------------------------------------------
D02 = dict(name="02_yenbai-nam-2022-day-manh", kind="result", year=2022, records=[
    R("Đến nay, «100% sở", "sở, ban, ngành, địa phương trong tỉnh đã ban hành kế hoạch chi tiết triển khai thực hiện Nghị quyết số 51 và Chương trình hành động của UBND tỉnh",
      "=", 100, iid="aware.agencies_dx_plan_share"),
])

# --------------------------------------------------------------------------
# 03 Bắc Giang (congly.vn, 08/03/2024 → 2024). "đứng trong nhóm 10 tỉnh ...
# về chỉ số chuyển đổi số" stated once for "3 năm liên tiếp (2020, 2021,
# 2022)": one rank record, op <= (spec), year null (one value for three
# years; no single year measured). "14 mục tiêu", "9/14 chỉ tiêu", "5 chỉ
# tiêu" are counts of targets (no quantities); "3 trụ cột" a structure.
# "Về chính quyền số, hiện nay, 100% ..." → GOV.
# --------------------------------------------------------------------------
D03 = dict(name="03_bacgiang-ba-tru-cot-2024", kind="result", year=2024, records=[
    R("trong nhóm «10 tỉnh", "tỉnh Bắc Giang đứng trong nhóm tỉnh, thành phố trực thuộc trung ương về chỉ số chuyển đổi số (CĐS)",
      "<=", 10, **RANK, year=None, iid=DTIR),
    R("hiện nay, «100% cơ sở", "cơ sở dữ liệu (CSDL) tạo nền tảng phát triển chính quyền điện tử, CĐS của tỉnh đã được kết nối, chia sẻ",
      "=", 100, pillar=GOV),
])

# --------------------------------------------------------------------------
# 04 Bắc Giang (wwwiso.com, no date; "Tính đến hết tháng 9/2024" → 2024 for
# the text, set24 01). The heading "Phát triển cơ sở dữ liệu số" names dữ
# liệu số → DATA for all. "36 dịch vụ công trực tuyến đủ điều kiện không sử
# dụng hồ sơ giấy" stands in the sentence of "cuối năm 2023" → 2023. "một
# trong 10 tỉnh đầu tiên ... tích hợp" is an order of adoption, not a
# measured rank: no quantity. "hơn" >.
# --------------------------------------------------------------------------
D04 = dict(name="04_bacgiang-du-lieu-so-2024", kind="result", year=2024, records=[
    R("với «36 dịch", "dịch vụ công trực tuyến đủ điều kiện không sử dụng hồ sơ giấy", "=", 36, **CNT,
      pillar=DATA, year=2023),
    R("hơn «40 nghìn", "tài khoản công dân trên Hệ thống thông tin giải quyết TTHC của tỉnh chuyển đổi, làm sạch sang VNeID",
      ">", 40000, **CNT, pillar=DATA),
    R("hơn «81%", "tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa", ">", 81, pillar=DATA,
      iid="egov.digitised_data_reuse_share"),
    R("hơn «250 nghìn", "yêu cầu xác thực thông tin công dân trên CSDL quốc gia về dân cư", ">", 250000, **CNT,
      pillar=DATA),
])

# --------------------------------------------------------------------------
# 05 Hưng Yên (diendandoanhnghiep.vn, no date): one target, the resolution's
# "đến năm 2030, kinh tế số chiếm khoảng 30% GRDP" (op ~; pillar null: the
# kinh tế số is the indicator's subject, set23/set24). 2037 and 2045 are
# years of other aims; "lần thứ 4", "4.0" names; "3 trụ cột" a structure.
# --------------------------------------------------------------------------
D05 = dict(name="05_hungyen-kinh-te-so-30-grdp", kind="target", year=2030, records=[
    R("khoảng «30% GRDP", "kinh tế số chiếm GRDP", "~", 30, iid=GDP),
])

# --------------------------------------------------------------------------
# 06 Hà Tĩnh (doanhnhandautu.net, no date, no year) → year null; no heading.
# "một đơn vị đã đạt được mục tiêu 100% số người nhận phúc lợi mở tài khoản"
# reports a value reached (result, =; an account opened is not the
# catalogue's payment without cash: id null). Counts of models and units in
# a report are recorded (set24: "2 tuyến phố", "13 đơn vị cấp huyện").
# "34 tuổi" is a person's age; "Chợ 4.0" a name.
# --------------------------------------------------------------------------
D06 = dict(name="06_hatinh-khong-tien-mat", kind="result", year=None, records=[
    R("mục tiêu «100% số", "số người nhận phúc lợi mở tài khoản ngân hàng", "=", 100),
    R("và «2 tuyến", "tuyến phố không dùng tiền mặt tại phường Hưng Trí, phường Kỳ Liên, TX Kỳ Anh", "=", 2, **CNT),
    R("và «13 đơn vị", "đơn vị cấp huyện đã ra mắt mô hình thanh toán không dùng tiền mặt tại các cơ sở y tế, giáo dục",
      "=", 13, **CNT),
])

# --------------------------------------------------------------------------
# 07 Yên Bái (phapluat.tuoitrethudo.vn, no date): "Sau một năm ... đã đứng
# thứ 27/63 ...; Tăng 13 bậc so với xếp hạng năm 2020" is the DTI of 2021
# (the document's year is set to 2021 for it; the change is no quantity).
# The aim "nằm trong 20 tỉnh, thành phố có chỉ số CĐS cao nhất cả nước vào
# năm 2025": a rank target, op <=, 2025. The sub-heading "Sức lan tỏa từ
# 9.000 “công dân số”" restates the body's count (both recorded, set24); it
# names công dân số, a topic of xã hội số → SOC for itself and the body's
# 9.000 under it; their year is not said → null. "Tổ dân phố số 8" and "4.0"
# are names; "nửa tiếng" a time.
# --------------------------------------------------------------------------
D07 = dict(name="07_yenbai-tong-tan-cong-dti", kind="result", year=2021, records=[
    R("thứ «27/63", "tỉnh Yên Bái đã đứng thứ các tỉnh, thành", "=", 27, **RANK, iid=DTIR),
    R("nằm trong «20 tỉnh", "tỉnh, thành phố có chỉ số CĐS cao nhất cả nước", "<=", 20, **RANK, **T, year=2025,
      iid=DTIR),
    R("từ «9.000 “công", "“công dân số”", "=", 9000, **CNT, pillar=SOC, year=None),
    R("trong «9.000 người", "người dân của huyện hưởng ứng phong trào “Tự hào tôi là công", "=", 9000, **CNT,
      pillar=SOC, year=None, note="the page breaks off after 'công'; worded as stored"),
])

# --------------------------------------------------------------------------
# 08 Quảng Trị (dostquangtri.gov.vn, no date): the plan's "Mục tiêu cụ thể"
# by horizon: "Đến năm 2025:" and "Đến năm 2030:" → 2025 / 2030. The lead
# names chính quyền điện tử and đô thị thông minh together → pillar null;
# the GRDP shares' kinh tế số is their subject (null). "phủ 100% đến các
# xã" bare → >=; "khoảng" ~. "08 nhóm nhiệm vụ" a count of tasks; "5G" a
# name; "1." a list number; 2045 the vision's year.
# --------------------------------------------------------------------------
D08 = dict(name="08_quangtri-muc-tieu-cu-the", kind="target", year=2025, records=[
    R("phủ «100% đến", "Internet băng thông tộng phủ đến các xã", ">=", 100, iid="infra.fibre_commune_coverage_share"),
    R("khoảng «20% tổng", "kinh tế số chiếm tổng sản phẩm trong tỉnh (GRDP)", "~", 20, iid=GDP),
    R("khoảng «30% tổng", "Kinh tế số chiếm tổng sản phẩm (GRDP) trong tỉnh", "~", 30, year=2030, iid=GDP),
])

# --------------------------------------------------------------------------
# 09 Đà Nẵng, phường Hòa Khánh (sggp.org.vn, 2026-03): "6 tháng cuối năm
# 2025" → 2025. The ward is inside the city: no place (its name in the
# wording only where written). "hơn 100.000 dân" is demography; "hơn 2.000 –
# 2.500 thủ tục" describes the size of the procedure catalogue (context, not
# a value reached). "1 năm", "5 năm", "4 năm", "6 tháng" periods; "Đề án 06"
# and "57-NQ/TW" names. Heading "Áp lực thúc đẩy chuyển đổi số" names no
# pillar.
# --------------------------------------------------------------------------
D09 = dict(name="09_danang-phuong-hoakhanh-2026", kind="result", year=2025, records=[
    R("khoảng «15.000 hồ", "phường đã giải quyết hồ sơ thủ tục hành chính", "~", 15000, **CNT),
    R("gần «9.000 hồ", "hồ sơ thực hiện qua môi trường số", "~", 9000, **CNT),
])

# --------------------------------------------------------------------------
# 10 Thái Nguyên (danviet.vn, 2021-12): the city's app C-ThaiNguyen → 2021.
# "trên" >. "8 tính năng chính" is the app's structure (no quantity); "tổ 2"
# a name. The satisfaction with handled feedback is not the catalogue's
# satisfaction with procedures: null.
# --------------------------------------------------------------------------
D10 = dict(name="10_thainguyen-c-thainguyen-2021", kind="result", year=2021, records=[
    R("trên «90% ý", "ý kiến phản ánh của người dân được tiếp nhận và giải quyết qua C-Thái Nguyên", ">", 90,
      iid=FEEDBACK),
    R("trên «80%", "tỷ lệ hài lòng", ">", 80),
])

# --------------------------------------------------------------------------
# 11 Quảng Ninh (honggai.halongcity.gov.vn, a ward's site, no date): the
# national Party congress's targets (20% GDP in 2020 – 2025, khoảng 30% in
# 2030; national: no place) and the province's (20% / 30% GRDP, "phải đạt"
# → >=). All targets; pillar null (the kinh tế số is the subject).
# "XIII", "COVID-19" names.
# --------------------------------------------------------------------------
D11 = dict(name="11_quangninh-honggai-nq09", kind="target", year=2025, records=[
    R("chiếm «20% GDP", "kinh tế số chiếm GDP", ">=", 20, iid=GDP),
    R("khoảng «30% GDP", "kinh tế số chiếm GDP", "~", 30, year=2030, iid=GDP),
    R("phải đạt «20% GRDP", "kinh tế số phải đạt GRDP", ">=", 20, iid=GDP),
    R("phải đạt «30% GRDP", "kinh tế số phải đạt GRDP của tỉnh", ">=", 30, year=2030, iid=GDP),
])

# --------------------------------------------------------------------------
# 12 Tuyên Quang (nhandan.vn, no date; "năm 2022" names documents only) →
# year null. Teams "(cấp xã: 138, cấp thôn: 1.733)": two subjects, scope
# null (set24 02), the team-count id kept for the parts (a breakdown keeps
# the id). "phiên bản 2.0", "mức độ 3, mức độ 4" names. No heading.
# --------------------------------------------------------------------------
D12 = dict(name="12_tuyenquang-to-cong-nghe-so", kind="result", year=None, records=[
    R("lập «1.871 tổ", "tổ Công nghệ số cộng đồng", "=", 1871, **CNT, iid=TEAMS),
    R("cấp xã: «138", "tổ Công nghệ số cộng đồng cấp xã", "=", 138, **CNT, iid=TEAMS),
    R("cấp thôn: «1.733", "tổ Công nghệ số cộng đồng cấp thôn", "=", 1733, **CNT, iid=TEAMS),
    R("với «10.257 thành", "thành viên", "=", 10257, **CNT, iid="aware.community_digital_team_members_count"),
    R("hơn «500 cán", "cán bộ cấp xã tham gia khóa học bồi dưỡng \"Chuyển đổi số cấp xã\"", ">", 500, **CNT),
])

# --------------------------------------------------------------------------
# 13 Huế (huengaynay.vn, 2025-11 → 2025): the heading "“Trái tim số” của
# đô thị thông minh Huế" names đô thị thông minh → SMART for all. The call
# centre "19001075" is a number's name; 2018, 2019 years. "trên" >, "hơn" >.
# Calls in and out are parts of the 37.939 (one record each, spec).
# --------------------------------------------------------------------------
D13 = dict(name="13_hue-hueioc-2025", kind="result", year=2025, records=[
    R("tiếp nhận «183.000 phản", "hệ thống đã tiếp nhận phản ánh", "=", 183000, **CNT, pillar=SMART),
    R("đạt trên «98%", "tỷ lệ xử lý phản ánh", ">", 98, pillar=SMART, iid=FEEDBACK),
    R("trên «92%", "mức độ hài lòng của người dân và doanh nghiệp", ">", 92, pillar=SMART),
    R("xử lý «37.939 cuộc", "Tổng đài 19001075 tiếp nhận và xử lý cuộc gọi", "=", 37939, **CNT, pillar=SMART),
    R("«31.660 cuộc", "cuộc gọi đến", "=", 31660, **CNT, pillar=SMART),
    R("«6.279 cuộc", "cuộc gọi đi", "=", 6279, **CNT, pillar=SMART),
    R("hơn «50 dịch", "dịch vụ tiện ích cho người dân, doanh nghiệp và cơ quan nhà nước Hue-S cung cấp", ">", 50,
      **CNT, pillar=SMART),
])

# --------------------------------------------------------------------------
# 14 Huế, Hue-S (huengaynay.vn, no date, no reporting year) → year null.
# The heading "Cầu nối số giữa chính quyền và người dân" names no pillar.
# "đạt 98%" op =. "19001075" a name.
# --------------------------------------------------------------------------
D14 = dict(name="14_hue-hue-s-nen-tang", kind="result", year=None, records=[
    R("hơn «900.000 lượt", "Hue-S lượt tải", ">", 900000, **CNT),
    R("hơn «78.478 tài", "tài khoản ví điện tử", ">", 78478, **CNT),
    R("trên «50 chức", "chức năng tích hợp", ">", 50, **CNT),
    R("kết nối «694 điểm", "điểm thanh toán kết nối", "=", 694, **CNT),
    R("xử lý «37.939 cuộc", "Tổng đài 19001075 đã tiếp nhận và xử lý cuộc gọi", "=", 37939, **CNT),
    R("hơn «183.000 phản", "hệ thống đã tiếp nhận và xử lý phản ánh", ">", 183000, **CNT),
    R("đạt «98%", "tỷ lệ hài lòng, chấp nhận", "=", 98),
])

# --------------------------------------------------------------------------
# 15 Huế (huengaynay.vn, 2026-01 → 2026). Heading "Tăng tính tương tác":
# no pillar. "giai đoạn 1 / 2" are names of phases; 2018 a year. The page
# breaks off after "29 giải pháp" (recorded as stored). "khoảng" ~.
# --------------------------------------------------------------------------
D15 = dict(name="15_hue-quan-tri-do-thi-2026", kind="result", year=2026, records=[
    R("hơn «1,3 triệu", "Hue-S tài khoản đăng ký", ">", 1.3e6, **CNT),
    R("hơn «900.000 tài", "tài khoản của người dân Huế đã được xác thực qua VNeID", ">", 900000, **CNT),
    R("khoảng «25 triệu", "Hue-S ghi nhận lượt truy cập trung bình mỗi năm", "~", 25e6, **CNT),
    R("hơn «50 chức", "chức năng tích hợp", ">", 50, **CNT),
    R("với «100% dịch", "dịch vụ đô thị thông minh đưa vào vận hành thực tế", "=", 100),
    R("hơn «650 camera", "Hệ thống camera giám sát", ">", 650, **CNT, iid="city.surveillance_cameras_count"),
    R("tích hợp «29 giải", "giải pháp tích hợp", "=", 29, **CNT,
      note="the page breaks off after 'giải pháp'; worded as stored"),
])

# --------------------------------------------------------------------------
# 16 Huế (vneconomy.vn, 2025-10): DTI 2024. "đứng vị trí thứ 5" among the
# 63 provinces before the merger: rank =, 2024. The ranks written as words
# ("thứ hai", "thứ ba", "thứ tư", "thứ năm") are no quantities (set15);
# "nhóm 63", "34 tỉnh" name the populations ranked; "tăng một bậc" a change.
# --------------------------------------------------------------------------
D16 = dict(name="16_hue-dti-2024-thu-hai", kind="result", year=2024, records=[
    R("vị trí thứ «5", "Thành phố Huế đứng vị trí trong nhóm 63 tỉnh, thành phố (trước sáp nhập) theo bảng xếp hạng chỉ số chuyển đổi số (DTI)",
      "=", 5, **RANK, iid=DTIR),
])

# --------------------------------------------------------------------------
# 17 Hà Giang (nhandan.vn, no date; "Từ năm 2021 đến nay") → year null. The
# paragraph naming hạ tầng viễn thông holds no value; the values stand in a
# paragraph naming no pillar → null (set15 03). BTS kinds: one record each,
# the BTS id kept (set25). "2G/3G/4G/5G" names; 2021-2025 a term.
# --------------------------------------------------------------------------
D17 = dict(name="17_hagiang-ha-tang-vien-thong", kind="result", year=None, records=[
    R("có «2.833 trạm", "trạm thu phát sóng (BTS)", "=", 2833, **CNT, iid=BTS),
    R("«734 trạm", "trạm 2G", "=", 734, **CNT, iid=BTS),
    R("«1.010 trạm", "trạm 3G", "=", 1010, **CNT, iid=BTS),
    R("«1.086 trạm", "trạm 4G", "=", 1086, **CNT, iid=BTS),
    R("«3 trạm 5G", "trạm 5G", "=", 3, **CNT, iid=BTS),
    R("đến «118 thôn", "tỉnh đã mở rộng vùng phủ sóng di động đến thôn vùng cao chưa có sóng di động", "=", 118, **CNT),
])

# --------------------------------------------------------------------------
# 18 Lai Châu, phường Tân Phong (thanhnien.vn, 2025-11): a precision text.
# "hơn 36.000 nhân khẩu, 18 dân tộc" is demography; "con số 0" a phrase;
# "giảm 60" (the page breaks off after the number) a result stated as a
# change: no quantity (spec).
# --------------------------------------------------------------------------
D18 = dict(name="18_laichau-phuong-tanphong-2025", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 19 Lào Cai, xã Bát Xát (vnanet.vn, 2026-01): a precision text. A hamlet's
# demography ("100% hộ dân là đồng bào dân tộc thiểu số", "86 hộ", "440 nhân
# khẩu", "khoảng 75%" poor households) and a distance ("20km"): no quantities.
# --------------------------------------------------------------------------
D19 = dict(name="19_laocai-thon-so-batxat-2026", kind="result", year=2026,
           NOT=["với «100% hộ dân", "khoảng «75%"], records=[])

# --------------------------------------------------------------------------
# 20 Phú Thọ (vanhoavaphattrien.vn, no date; "Tính đến tháng 9/2024" → 2024).
# The line naming hạ tầng số holds no value; the values' own paragraph names
# no pillar → null (spec). "trên" >, "gần" ~. The 4G stations are a kind of
# BTS (id kept). The fibre households "được cung cấp" cáp quang: the
# coverage id. "100% thôn bản thuộc khu vực đặc biệt khó khăn" is a subset of
# the villages (id null). CCCD cards, eID accounts and civil-status records
# as counts: null. "3 trụ cột", "Đề án 06" names.
# --------------------------------------------------------------------------
D20 = dict(name="20_phutho-ha-tang-so-2024", kind="result", year=2024, records=[
    R("trên «3.800 trạm", "đầu tư nâng cấp trạm BTS", ">", 3800, **CNT, iid=BTS),
    R("trên «1.600 trạm", "phủ sóng 4G trạm", ">", 1600, **CNT, iid=BTS),
    R("đến «100% cơ quan", "Cáp quang băng rộng được cung cấp đến cơ quan nhà nước", "=", 100),
    R("gần «80% hộ", "Cáp quang băng rộng được cung cấp đến hộ gia đình", "~", 80,
      iid="infra.fibre_household_coverage_share"),
    R("«100% thôn bản", "thôn bản thuộc khu vực đặc biệt khó khăn được phủ sóng thông tin di động", "=", 100),
    R("trên «80% dân số", "dân số trong độ tuổi trưởng thành có điện thoại thông minh", ">", 80, iid=SMARTPHONE),
    R("trên «1,3 triệu", "thẻ căn cước công dân được cấp", ">", 1.3e6, **CNT),
    R("«979 nghìn", "tài khoản định danh điện tử", "=", 979000, **CNT),
    R("với «1.183.176 dữ", "dữ liệu hộ tịch nhập trên nền cơ sở dữ liệu quốc gia về dân cư", "=", 1183176, **CNT),
])

# --------------------------------------------------------------------------
# 21 Nam Định (nhandan.vn, no date, no year) → year null. "với nhiều nỗ lực
# xây dựng hạ tầng số, đến nay ..." leads the sentence of the infrastructure
# values → INFRA for it (set24 01); the next paragraph (services, the
# ranking) names no pillar → null; "thực tế phát triển hạ tầng số ... còn tồn
# tại hơn 300 điểm “lõm” sóng" → INFRA (a count reported, recorded).
# "tốp 10 ... về kết quả giải quyết thủ tục hành chính, dịch vụ công theo
# thời gian thực": the service index, rank <=. "cấp I và II", "3 cấp",
# "3G, 4G" names. Subscriptions "các loại" (fixed and mobile): id null.
# --------------------------------------------------------------------------
D21 = dict(name="21_namdinh-ha-tang-so", kind="result", year=None, records=[
    R("«100% số xã", "số xã được phủ sóng 3G, 4G", "=", 100, pillar=INFRA),
    R("phủ đến «100% xã", "hạ tầng mạng cáp quang phủ đến xã", "=", 100, pillar=INFRA,
      iid="infra.fibre_commune_coverage_share"),
    R("và «100% số thôn", "hạ tầng mạng cáp quang phủ đến số thôn, xóm", "=", 100, pillar=INFRA,
      iid="infra.fibre_village_coverage_share"),
    R("khoảng «1,9 triệu", "thuê bao điện thoại các loại", "~", 1.9e6, **CNT, pillar=INFRA),
    R("hơn «85,5%", "dân số trưởng thành có điện thoại thông minh", ">", 85.5, pillar=INFRA, iid=SMARTPHONE),
    R("và «100% hộ gia", "hộ gia đình có điện thoại thông minh", "=", 100, pillar=INFRA,
      iid="society.households_smartphone_share"),
    R("hơn «2.000 trạm", "trạm thu, phát sóng thông tin di động mặt đất", ">", 2000, **CNT, pillar=INFRA, iid=BTS),
    R("cấp «866 dịch", "dịch vụ công toàn trình", "=", 866, **CNT),
    R("«872 dịch", "dịch vụ công trực tuyến một phần", "=", 872, **CNT),
    R("«100% dịch vụ công trực tuyến được", "dịch vụ công trực tuyến được tích hợp lên Cổng Dịch vụ công quốc gia", "=", 100,
      iid="egov.national_portal_integrated_share"),
    R("tốp «10 tỉnh", "tỉnh, thành phố dẫn đầu cả nước về kết quả giải quyết thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử",
      "<=", 10, **RANK, iid="rank.public_service_index"),
    R("hơn «300 điểm", "điểm “lõm” sóng chưa được khắc ph", ">", 300, **CNT, pillar=INFRA,
      note="the page breaks off after 'khắc ph'; worded as stored"),
])

# --------------------------------------------------------------------------
# 22 Phú Thọ (baophutho.vn, 2025-10): Viettel's work "Trong giai đoạn 2023 -
# 2025" → 2025. Title "Động lực cho phát triển bền vững": no pillar. "1 trong
# 3 khâu đột phá" a structure; "2025 - 2030", "8/2025", "30/9/2025" periods
# and dates; "2G, 3G, 4G và 5G", "4G/5G" names.
# --------------------------------------------------------------------------
D22 = dict(name="22_phutho-viettel-2025", kind="result", year=2025, records=[
    R("triển khai «2.283 trạm", "Viettel đã triển khai trạm phát sóng 2G, 3G, 4G và 5G", "=", 2283, **CNT, iid=BTS),
    R("lên «99% dân số", "độ phủ sóng toàn tỉnh dân số", "=", 99, iid="infra.mobile_population_coverage_share"),
    R("tới «96% dân số", "mạng 4G/5G đã phủ dân số", "=", 96, iid="infra.mobile_broadband_population_coverage_share"),
    R("hơn «90% diện tích", "mạng 4G/5G đã phủ diện tích toàn tỉnh", ">", 90),
])

# --------------------------------------------------------------------------
# 23 Thừa Thiên Huế (viettimes.vn, no date): the DX programme's aims; the
# only horizon named is "đến 2030" → 2030 for its targets (set25 08: the
# plan's horizon for paragraphs naming no year). "4 không 1 có" a name;
# "mức độ 3, 4" names. Pillar null (no heading; the paragraphs name several
# things). The page breaks off after "60% dữ liệu quản lý ... t".
# --------------------------------------------------------------------------
D23 = dict(name="23_hue-chuong-trinh-2030", kind="target", year=2030, records=[
    R("mục tiêu «100% người", "người dân và doanh nghiệp tham gia hệ thống Chính quyền điện tử, dịch vụ đô thị thông minh được xác thực định danh điện tử thông suốt",
      ">=", 100, iid="egov.authenticated_users_share"),
    R("và «100% dịch vụ", "dịch vụ công trực tuyến mức độ 3, 4 trên môi trường mạng", ">=", 100,
      iid="egov.level3_4_online_services_share"),
    R("tại «100% cơ quan", "xây dựng và triển khai hệ thống thông tin chuyên ngành tại cơ quan nhà nước", ">=", 100),
    R("«60% dữ liệu", "dữ liệu quản lý của các cơ quan hành chính nhà nước t", ">=", 60,
      note="the page breaks off after 'nhà nước t'; worded as stored"),
])

# --------------------------------------------------------------------------
# 24 Huế (vneconomy.vn, no date; the plan for 2026) → targets of 2026.
# "Trong phát triển chính quyền số, thành phố Huế phấn đấu 100% ..." → GOV
# for its sentence; the next paragraph ("Khoảng 80% ...; 80% ...") names no
# pillar → null (spec's "Bên cạnh đó" case). "Khoảng" ~; bare → >=.
# "495/KH-UBND" a document number; "31/12/2025" a date; "2026–2030" a period.
# --------------------------------------------------------------------------
D24 = dict(name="24_hue-ke-hoach-2026", kind="target", year=2026, records=[
    R("phấn đấu «100% cơ quan", "cơ quan Nhà nước trên địa bàn được kết nối hạ tầng mạng băng thông rộng trên mạng chuyên dùng của Chính phủ",
      ">=", 100, pillar=GOV, iid="infra.specialised_network_connection_share"),
    R("Khoảng «80% thủ", "thủ tục hành chính đủ điều kiện theo quy định của pháp luật được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình",
      "~", 80, iid="egov.full_online_services_share"),
    R("toàn trình; «80% hồ", "hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến", ">=", 80,
      iid="egov.online_applications_share"),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14, D15, D16, D17, D18, D19, D20,
        D21, D22, D23, D24]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
