#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set11).

Adapted from set10's builder. Each record is written by hand below; its
anchor is never typed in. A record names a locator: a piece of the text with
« just before the number. The locator (without «) must occur exactly once in
the text; the anchor is where « stands. `start`/`end` (the clause that states
the quantity) are computed by ../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of numbers deliberately left
without a record (percentages and other numbers that are not quantities under
the contract), each with its reason in the comment above the document;
check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id
of the catalogue indicator it measures, or null, decided against
muctieu/catalog/data/indicators.yaml at commit be3d9f3 (214 entries; see
README), given in the record itself (`iid=`).

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

# catalogue ids used more than once
DTIR = "dti.provincial_rank"
DTIS = "dti.provincial_score"
ONLINE = "egov.online_applications_share"
WR = "egov.work_records_online_share"
FULL = "egov.full_online_services_share"
FIBCOM = "infra.fibre_commune_coverage_share"
GDP = "econ.digital_economy_gdp_share"
EINV = "econ.e_invoice_enterprises_share"
DIGI = "egov.digitised_procedure_results_share"
EDOC = "egov.electronic_documents_share"
MVIL = "infra.mobile_village_coverage_share"

# --------------------------------------------------------------------------
# 01 Huế (Huế Ngày nay, no date; "Sau 3 năm triển khai Nghị quyết 12-NQ/TU"):
# the DTI ranks carry their own years; "top 5" spans 2021-2024 (year null).
# The second paragraph ("Đến nay, ...") names no reporting period and the
# page carries no date: year null (set7/set9/set10). Its lead names three
# pillars ("cả ba trụ cột: Chính quyền số, kinh tế số và xã hội số"): null
# (set9). The third paragraph is led by "Một dấu ấn nổi bật nhất chính là nền
# tảng Hue-S - ứng dụng công nghệ đô thị thông minh" (smart_city for the
# paragraph, set9's lead rule) and its values are "Tính đến năm 2025" (2025).
# "3 năm", "12-NQ/TU" are no quantities. "bình quân 25 triệu lượt ... mỗi
# năm": an average, op "=".
# --------------------------------------------------------------------------
VT = "vị trí chỉ số chuyển đổi số toàn quốc"
D01 = dict(name="01_hue-tien-phong-chinh-quyen-so", kind="result", year=None, records=[
    R("vị trí top «5", VT, "<=", 5, **RANK, iid=DTIR),
    R("xếp thứ «2 năm 2021", VT, "=", 2, **RANK, year=2021, iid=DTIR),
    R("thứ «4 năm 2022", VT, "=", 4, **RANK, year=2022, iid=DTIR),
    R("thứ «3 năm 2023", VT, "=", 3, **RANK, year=2023, iid=DTIR),
    R("và thứ «2 năm 2024", VT, "=", 2, **RANK, year=2024, iid=DTIR),
    R("Đến nay, «95,1%", "thủ tục hành chính được cung cấp trực tuyến", "=", 95.1),
    R("«100% dịch vụ công đủ", "dịch vụ công đủ điều kiện được thực hiện toàn trình", "=", 100, iid=FULL),
    R("«91% hồ sơ", "hồ sơ của người dân, doanh nghiệp được nộp trực tuyến", "=", 91, iid=ONLINE),
    R("«100% văn bản điện tử", "văn bản điện tử được ký số", "=", 100, iid=EDOC),
    R("gần «15.900", "chứng thư số chuyên dùng", "~", 15900, **CNT, iid="egov.digital_certificates_issued_count"),
    R("gần «15.000", "tài khoản thư công vụ", "~", 15000, **CNT),
    R("đạt «88,93%", "Tỷ lệ hài lòng của người dân, doanh nghiệp", "=", 88.93, iid="egov.satisfaction_share"),
    R("có hơn «1,3 triệu", "Hue-S tài khoản", ">", 1300000, **CNT, year=2025, pillar=SMART),
    R("trên «815.000", "người là người dân Huế", ">", 815000, **CNT, year=2025, pillar=SMART),
    R("bình quân «25 triệu", "lượt truy cập mỗi năm", "=", 25000000, **CNT, year=2025, pillar=SMART),
    R("gần «50 dịch vụ", "Hue-S tích hợp dịch vụ số thiết yếu", "~", 50, **CNT, year=2025, pillar=SMART),
])

# --------------------------------------------------------------------------
# 02 Huế (Huế Ngày nay, 2025-10-20): the DTI 2024 announcement (results of
# 2024). "Trong tốp 5 địa phương dẫn đầu ..., Huế vươn lên xếp vị trí thứ 2":
# Huế is in the group (rank <=, spec) and 2nd. The other provinces' ranks
# carry `place` (Hà Nội "đứng đầu" has no number). "tăng 1 bậc" is a change;
# "3 cấp", "3 trụ cột", "7 chỉ số chính" are structure (NOT needed only for
# percentages; none here). No heading: pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_hue-dti-2024-thu-2", kind="result", year=2024, records=[
    R("Trong tốp «5", "địa phương dẫn đầu về DTI", "<=", 5, **RANK, iid=DTIR),
    R("vị trí thứ «2 toàn quốc", "Huế xếp vị trí toàn quốc", "=", 2, **RANK, iid=DTIR),
    R("Hải Phòng xếp thứ «3", "mức độ Chuyển đổi số xếp thứ", "=", 3, **RANK, place="Hải Phòng", iid=DTIR),
    R("xếp hạng «4", "mức độ Chuyển đổi số xếp hạng", "=", 4, **RANK, place="TP. Hồ Chí Minh", iid=DTIR),
    R("Thanh Hóa xếp thứ «5", "mức độ Chuyển đổi số xếp thứ", "=", 5, **RANK, place="Thanh Hóa", iid=DTIR),
])

# --------------------------------------------------------------------------
# 03 Huế (Huế Ngày nay, 2025-09-29): Hue-S results "Đến nay" (year 2025 from
# the date line). The heading "Nhiều tiện ích số phục vụ người dân" names no
# pillar: null. NOT: "rút ngắn 60 - 70%, có trường hợp đến 90%" (a result's
# change against the earlier processing time, like "tăng 12% so với ...").
# No record either: "159 đơn vị liên quan" (the units that handled the
# reports: participants, like set10's "33 đơn vị ... tham gia"); "gần 2 tri"
# (cut off by the stored page, magnitude unknown: set9); "năm 2019".
# --------------------------------------------------------------------------
D03 = dict(name="03_hue-hue-s-phan-anh-2025", kind="result", year=2025, records=[
    R("Hơn «177.000", "phản ánh về trật tự đô thị, môi trường đã được gửi qua ứng dụng", ">", 177000, **CNT),
    R("trong đó «121.000", "phản ánh được xác minh, xử lý", "=", 121000, **CNT),
    R("Tỷ lệ xử lý đạt «98,9%", "Tỷ lệ xử lý", "=", 98.9, iid="egov.feedback_handled_share"),
    R("«92% người dân", "người dân hài lòng", "=", 92),
    R("hơn «7,7 tỷ", "tiết kiệm ngân sách tiền in ấn giấy tờ", ">", 7.7e9, **OTHER, unit_text="đồng"),
    R("có «2.450", "bản tin cảnh báo được phát đi", "=", 2450, **CNT),
], NOT=["rút ngắn «60 - 70%", "đến «90%"])

# --------------------------------------------------------------------------
# 04 Thừa Thiên Huế (commune portal Quảng An): the targets of Kế hoạch
# 308/KH-UBND "triển khai mô hình tỉnh chuyển đổi số điển hình năm 2023"
# (year 2023). Lead-ins "Đối với nội dung Chính quyền số," / "Đối với nội
# dung Kinh tế số," set the pillar of the paragraph they open (spec). The
# Xã hội số paragraph breaks off before its first value. Bare numbers are
# targets >= ("20% các doanh nghiệp", "Hình thành 30 doanh nghiệp");
# "Trên 90%" is ">". Dates and document numbers are no quantities.
# --------------------------------------------------------------------------
D04 = dict(name="04_hue-quangan-mo-hinh-tinh-2023", kind="target", year=2023, records=[
    R("phấn đấu «100% các cơ quan", "các cơ quan nhà nước trên địa bàn tỉnh kết nối hạ tầng mạng băng thông rộng trên mạng chuyên dùng của Chính phủ",
      ">=", 100, pillar=GOV, iid="infra.specialised_network_connection_share"),
    R("Trên «90%", "dịch vụ công trực tuyến được cung cấp trên nhiều phương tiện truy cập khác nhau, bao gồm cả thiết bị di động",
      ">", 90, pillar=GOV, iid=FULL),
    R("Tối thiểu «80%", "hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến, người dân chỉ phải nhập dữ liệu một lần",
      ">=", 80, pillar=GOV, iid="egov.once_only_online_applications_share"),
    R("chiếm «15% GRDP", "kinh tế số chiếm GRDP", ">=", 15, pillar=ECO, iid=GDP),
    R("Tối thiểu «20%", "sản phẩm hàng hóa và dịch vụ được chứng nhận thương hiệu có mặt trên các sàn thương mại điện tử", ">=", 20, pillar=ECO),
    R("Hình thành «30", "doanh nghiệp công nghệ số, doanh nghiệp khởi nghiệp, đổi mới sáng tạo", ">=", 30, **CNT, pillar=ECO),
    R("«20% các doanh nghiệp", "các doanh nghiệp nhỏ và vừa (doanh nghiệp, hợp tác xã, hộ kinh doanh) thực hiện chuyển đổi số", ">=", 20, pillar=ECO),
])

# --------------------------------------------------------------------------
# 05 Bình Định (VietNamNet, 2021-09): the Nghị quyết's targets for 2025 and
# 2030 (default 2025, the first horizon). The heading "Đeo đuổi mục tiêu chính
# quyền số, kinh tế số và xã hội số" names three pillars: null (set9). "Về
# kinh tế số," leads its paragraph: digital_economy. "90% hồ sơ công việc tại
# cấp tỉnh, 80% ... tại cấp xã" and the 2030 sentence split by level
# (scopes). "ít nhất 20% đơn vị hành chính cấp xã": the level is the subject
# (scope null). "15% đến 20% GRDP": one between record at 15; the "20%" is
# its high end (NOT). "80% các doanh nghiệp nhỏ và vừa" stands after "80%
# (năm 2030)" without a year of its own: the document's default 2025 (the
# brackets date only the products' values). "mức độ 4" is a name. The last
# value's indicator is cut off ("doanh nghiệp công nghệ s").
# --------------------------------------------------------------------------
HSCV = "hồ sơ công việc được xử lý trên môi trường mạng"
D05 = dict(name="05_binhdinh-nghi-quyet-2021", kind="target", year=2025, records=[
    R("phấn đấu «100% dịch vụ", "dịch vụ công trực tuyến mức độ 4, được cung cấp trên nhiều phương tiện truy cập khác nhau", ">=", 100, iid=FULL),
    R("có «90% hồ sơ công việc tại cấp tỉnh, 80%", HSCV, ">=", 90, scope="cấp tỉnh", iid=WR),
    R("cấp tỉnh, «80% hồ sơ", HSCV, ">=", 80, scope="cấp xã", iid=WR),
    R("ít nhất «20%", "đơn vị hành chính cấp xã chuyển đổi số", ">=", 20),
    R("xây dựng «3 đô thị", "đô thị thông minh", ">=", 3, **CNT, iid="city.smart_city_localities_count"),
    R("có «100% hồ sơ công việc tại cấp tỉnh, 90%", HSCV, ">=", 100, scope="cấp tỉnh", year=2030, iid=WR),
    R("cấp tỉnh, «90% hồ sơ", HSCV, ">=", 90, scope="cấp huyện", year=2030, iid=WR),
    R("và «70% hồ sơ", HSCV, ">=", 70, scope="cấp xã", year=2030, iid=WR),
    R("chiếm «10% GRDP", "kinh tế số chiếm GRDP", ">=", 10, pillar=ECO, iid=GDP),
    R("chiếm «15% đến", "kinh tế số chiếm GRDP", "between", 15, value_max=20, pillar=ECO, year=2030, iid=GDP),
    R("tối thiểu «50%", "sản phẩm hàng hóa và dịch vụ được chứng nhận thương hiệu có mặt trên các sàn thương mại điện tử", ">=", 50, pillar=ECO),
    R("và «80% (năm 2030)", "sản phẩm hàng hóa và dịch vụ được chứng nhận thương hiệu có mặt trên các sàn thương mại điện tử", ">=", 80, pillar=ECO, year=2030),
    R("«80% các doanh nghiệp", "các doanh nghiệp nhỏ và vừa thực hiện chuyển đổi số", ">=", 80, pillar=ECO),
    R("Hình thành «300", "doanh nghiệp công nghệ", ">=", 300, **CNT, pillar=ECO, iid="econ.digital_tech_enterprises_count",
      note="indicator cut off by the stored page"),
], NOT=["15% đến «20% GRDP"])

# --------------------------------------------------------------------------
# 06 Bình Định (Báo Bình Định, no date): targets "đến năm 2030" (2030); few
# numbers (a precision check). The heading "Chuyển đổi số để phát triển bền
# vững" names no pillar; "100% hồ sơ công việc tại cấp tỉnh": one level, the
# subject (scope null). "3 trụ cột", "5G" are no quantities.
# --------------------------------------------------------------------------
D06 = dict(name="06_binhdinh-ben-vung-2030", kind="target", year=2030, records=[
    R("Đến năm 2030, «100%", "hồ sơ công việc tại cấp tỉnh sẽ được xử lý trên môi trường mạng", ">=", 100, iid=WR),
    R("chiếm «15 - 20%", "Kinh tế số chiếm tổng sản phẩm trên địa bàn tỉnh (GRDP)", "between", 15, value_max=20, iid=GDP),
    R("Hơn «80%", "dân số có tài khoản thanh toán điện tử", ">", 80, iid="society.adult_e_payment_account_share"),
])

# --------------------------------------------------------------------------
# 07 Bình Định (Nhân Dân, no date; "Tính đến hết quý I/2024": 2024): the
# Government Office's service index (not the DTI). "đạt hơn 80 điểm" restates
# the reached value as above the group's threshold (recorded, as set8-set10
# record restatements). NOT needed for: "một trong 31 địa phương"
# (membership, like set10's "một trong 10 công trình"); "63" (the ranking's
# size, set9); "Ðề án 06"; "quý I/2024". No pillar heading.
# --------------------------------------------------------------------------
CSPV = "kết quả “Chỉ số Phục vụ người dân, doanh nghiệp”"
D07 = dict(name="07_binhdinh-chi-so-phuc-vu-2024", kind="result", year=2024, records=[
    R("đạt «84,32 điểm", CSPV, "=", 84.32, **OTHER, unit_text="điểm"),
    R("đứng thứ «2 trong", CSPV + " đứng thứ", "=", 2, **RANK, iid="rank.public_service_index"),
    R("đạt hơn «80 điểm", "kết quả chỉ số", ">", 80, **OTHER, unit_text="điểm", note="restates the value reached"),
])

# --------------------------------------------------------------------------
# 08 Gia Lai (new province; VietNamNet, 2025-12-30): infrastructure results
# (year 2025). "đạt 100% tại các trung tâm xã, phường và 99,9% tại các
# thôn, làng": one measure split between commune centres and villages, the
# spec's "90% cấp xã, 70% thôn, bản" (scopes as written). "phủ sóng 17% khu
# vực có dân cư sinh sống" is the 5G coverage. The second paragraph's lead
# names three pillars: null. "5G", "57-NQ/TW" are names.
# --------------------------------------------------------------------------
D08 = dict(name="08_gialai-ha-tang-so-2025", kind="result", year=2025, records=[
    R("đến «100% xã", "phủ cáp quang đến xã", "=", 100, iid=FIBCOM),
    R("đạt «100% tại", "độ phủ sóng di động và băng rộng di động", "=", 100, scope="trung tâm xã, phường"),
    R("và «99,9%", "độ phủ sóng di động và băng rộng di động", "=", 99.9, scope="thôn, làng", iid=MVIL),
    R("với «167 trạm", "trạm thu, phát sóng Mạng 5G", "=", 167, **CNT),
    R("phủ sóng «17%", "Mạng 5G phủ sóng khu vực có dân cư sinh sống", "=", 17, iid="infra.fiveg_coverage_share"),
    R("là «8.828", "Tổng số trạm BTS trên toàn tỉnh", "=", 8828, **CNT, iid="infra.bts_stations_count"),
    R("«100% doanh nghiệp", "doanh nghiệp dùng hóa đơn điện tử", "=", 100, iid=EINV),
])

# --------------------------------------------------------------------------
# 09 Gia Lai (Báo Gia Lai, stamp 2026-02-24): results "Đến nay" (2026, the
# stamp's year). "16/16 nhiệm vụ", "25/25 nhiệm vụ" count tasks (spec): no
# record. The heading "Chuyển đổi phương thức vận hành" names no pillar.
# Two records (a precision check).
# --------------------------------------------------------------------------
D09 = dict(name="09_gialai-di-tat-don-dau-2026", kind="result", year=2026, records=[
    R("Đến nay, «100%", "thủ tục hành chính đã được cung cấp trực tuyến", "=", 100),
    R("hơn «1.000 dịch vụ", "dịch vụ được thực hiện toàn trình", ">", 1000, **CNT),
])

# --------------------------------------------------------------------------
# 10 Gia Lai (Báo Gia Lai, no date; half a year after Nghị quyết 57): results
# "đến nay" with no reporting period and no date: year null; the planned
# training "Dự kiến, trong năm 2025 sẽ đào tạo hơn 34.600 học viên" is a
# target of 2025 (op ">"). The heading "Chuyển đổi số tạo chuyển biến mạnh
# mẽ từ nền tảng" names no pillar; the last paragraph is led by "Để phát
# triển nguồn nhân lực phục vụ chuyển đổi số" (digital_human_resources, set9's
# lead rule). "100% trường học và cơ sở y tế": one value for two kinds of
# institution (scope null, set10). "2025-2030" is a period.
# --------------------------------------------------------------------------
D10 = dict(name="10_gialai-nq57-nua-nam-2025", kind="result", year=None, records=[
    R("hoàn tất «100%", "số hóa dữ liệu hộ tịch", "=", 100, iid="data.civil_status_digitised_share"),
    R("tại «100% trường học", "triển khai dịch vụ thanh toán không dùng tiền mặt tại trường học và cơ sở y tế toàn tỉnh", "=", 100),
    R("gần «7.000", "cán bộ, công chức, viên chức được bồi dưỡng kiến thức chuyển đổi số, kỹ năng số", "~", 7000, **CNT, pillar=HR),
    R("hơn «34.600", "đào tạo học viên", ">", 34600, **CNT, pillar=HR, kind="target", year=2025),
])

# --------------------------------------------------------------------------
# 11 Gia Lai (Báo Gia Lai, 2026-01-29): one target, the DTI group for 2026
# (rank <=). The interview's text carries no other number.
# --------------------------------------------------------------------------
D11 = dict(name="11_gialai-top15-dti-2026", kind="target", year=2026, records=[
    R("lọt nhóm «15", "nhóm địa phương dẫn đầu cả nước về chỉ số chuyển đổi số (DTI)", "<=", 15, **RANK, iid=DTIR),
])

# --------------------------------------------------------------------------
# 12 Gia Lai (old province; Báo Gia Lai, 2023-04): the targets of the 2023
# plan (year 2023). Lead-ins "về phát triển chính quyền số", "Về phát triển
# kinh tế số", "Về phát triển xã hội số" set the pillar of their lists (the
# DTI group in the first list takes the lead-in's pillar: the heading
# decides). "tại cấp tỉnh đạt 100%, cấp huyện đạt 90% và cấp xã đạt trên
# 70%": scopes; "75% hộ gia đình, 100% đơn vị cấp xã": the spec's case
# (scope null, then "cấp xã"). "thôn, làng, tổ dân phố" is the subject
# (scope null). "4G hoặc 5G" are names; "từ 15 tuổi" qualifies the subject
# (set9); the last item breaks off before its value.
# --------------------------------------------------------------------------
D12 = dict(name="12_gialai-ke-hoach-2023-nhom-30", kind="target", year=2023, records=[
    R("thiết bị di động) đạt «100%", "tỷ lệ dịch vụ công trực tuyến toàn trình đủ điều kiện được cung cấp trên nhiều phương tiện truy cập khác nhau (bao gồm cả thiết bị di động)",
      ">=", 100, pillar=GOV, iid=FULL),
    R("phát sinh hồ sơ đạt «80%", "tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ", ">=", 80, pillar=GOV,
      iid="egov.online_services_with_applications_share"),
    R("xử lý trực tuyến đạt «50%", "tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến", ">=", 50, pillar=GOV, iid=ONLINE),
    R("thủ tục hành chính đạt «100%", "tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", ">=", 100, pillar=GOV, iid=DIGI),
    R("tại cấp tỉnh đạt «100%", "tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng", ">=", 100, scope="cấp tỉnh", pillar=GOV, iid=WR),
    R("cấp huyện đạt «90%", "tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng", ">=", 90, scope="cấp huyện", pillar=GOV, iid=WR),
    R("cấp xã đạt trên «70%", "tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng", ">", 70, scope="cấp xã", pillar=GOV, iid=WR),
    R("có «20% cơ quan", "cơ quan nhà nước tham gia mở dữ liệu và cung cấp dữ liệu mở", ">=", 20, pillar=GOV,
      iid="data.open_data_agencies_share"),
    R("trong nhóm «30/63", "chỉ số chuyển đổi số của tỉnh trong nhóm tỉnh, thành phố", "<=", 30, **RANK, pillar=GOV, iid=DTIR),
    R("nền tảng số đạt «30%", "tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số", ">=", 30, pillar=ECO, iid="econ.sme_digital_platforms_share"),
    R("hóa đơn điện tử đạt «100%", "tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử", ">=", 100, pillar=ECO, iid=EINV),
    R("hợp đồng điện tử đạt «50%", "tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử", ">=", 50, pillar=ECO, iid="econ.e_contract_enterprises_share"),
    R("bán lẻ đạt «7,5%", "tỷ trọng doanh thu thương mại điện tử trong tổng mức bán lẻ", ">=", 7.5, pillar=ECO, iid="econ.ecommerce_retail_share"),
    R("thông minh đạt «85%", "tỷ lệ dân số có điện thoại thông minh", ">=", 85, pillar=SOC, iid="society.adult_smartphone_share"),
    R("phủ đạt «75%", "hạ tầng mạng băng rộng cáp quang phủ hộ gia đình", ">=", 75, pillar=SOC, iid="infra.fibre_household_coverage_share"),
    R("hộ gia đình, «100% đơn vị", "hạ tầng mạng băng rộng cáp quang phủ đơn vị cấp xã", ">=", 100, scope="cấp xã", pillar=SOC, iid=FIBCOM),
    R("tổ dân phố đạt «100%", "tỷ lệ phủ sóng di động tới thôn, làng, tổ dân phố", ">=", 100, pillar=SOC, iid=MVIL),
])

# --------------------------------------------------------------------------
# 13 Hậu Giang (vietbao, 2024-12): the DTI 2023 rank and the infrastructure
# group (year 2023, the DTI year). One paragraph as stored (the heading
# "Chuyển đổi số mạnh mẽ" runs into it); a DTI pillar's group keeps pillar
# null (set8). "tăng 11 bậc so với năm 2020" is a change; "bốn năm", the
# periods and the resolution number are no quantities.
# --------------------------------------------------------------------------
D13 = dict(name="13_haugiang-dti-2023-thu-17", kind="result", year=2023, records=[
    R("thứ hạng «17/63", "chỉ số chuyển đổi số (DTI) cấp tỉnh năm 2023 thứ hạng", "=", 17, **RANK, iid=DTIR),
    R("top «10 địa phương", "địa phương dẫn đầu về hạ tầng số", "<=", 10, **RANK, iid="dti.digital_infrastructure_rank"),
])

# --------------------------------------------------------------------------
# 14 Hậu Giang (Đại biểu Nhân dân, spring 2024: "Theo kế hoạch, từ ngày 22 -
# 24.5.2024 ... sẽ diễn ra"): results of Đề án 06; "năm 2023 đạt gần 87%"
# (2023); "Đến nay" values take the page's year 2024. NOT: "tăng hơn 36% so
# với năm 2022" (a change). No record: "8 phiên hội thảo" (the parts of an
# event), "hơn 2 năm", dates, "Đề án số 06". "100% bệnh viện tuyến tỉnh,
# trung tâm y tế cấp huyện và 2 bệnh viện tư nhân": two records (a share of
# the public ones, a count of the private ones). Heading "Bước chuyển mạnh
# mẽ": no pillar.
# --------------------------------------------------------------------------
D14 = dict(name="14_haugiang-de-an-06-2024", kind="result", year=2024, records=[
    R("đạt gần «87%", "Tỷ lệ người dân sử dụng dịch vụ công trực tuyến thay thế hình thức nộp hồ sơ trực tiếp", "~", 87, year=2023),
    R("tỉnh, «100% cơ sở", "cơ sở khám, chữa bệnh đã thực hiện tra cứu thông tin thẻ BHYT bằng căn cước công dân gắn chip", "=", 100,
      iid="society.chip_id_health_insurance_share"),
    R("«99,87%", "người dân sử dụng CCCD gắn chíp, ứng dụng VNeID trong khám chữa bệnh BHYT", "=", 99.87),
    R("«100% bệnh viện", "bệnh viện tuyến tỉnh, trung tâm y tế cấp huyện đã triển khai thanh toán viện phí không dùng tiền mặt", "=", 100,
      iid="society.cashless_hospital_fees_share"),
    R("và «2 bệnh viện", "bệnh viện tư nhân đã triển khai thanh toán viện phí không dùng tiền mặt", "=", 2, **CNT),
], NOT=["tăng hơn «36%"])

# --------------------------------------------------------------------------
# 15 Hậu Giang (Báo Hậu Giang, 17/03/2025): targets of the plan on DX in
# ethnic affairs, "giai đoạn 2026-2030" (2030). Lead-ins "về phát triển
# chính quyền số," / "Về phát triển xã hội số," / "Riêng phát triển kinh tế
# số," set the pillar of what they open. "cấp tỉnh, huyện": one value for two
# levels (scope null, spec). "Quyết định số 1087" and the dates are no
# quantities.
# --------------------------------------------------------------------------
D15 = dict(name="15_haugiang-cong-tac-dan-toc-2030", kind="target", year=2030, records=[
    R("chính quyền số, «100% lãnh đạo", "lãnh đạo cơ quan quản lý nhà nước về công tác dân tộc cấp tỉnh, huyện sử dụng chữ ký số cá nhân trong xử lý văn bản và hồ sơ công việc trên môi trường số",
      ">=", 100, pillar=GOV),
    R("«100% cán bộ", "cán bộ, công chức, viên chức trong cơ quan quản lý nhà nước về công tác dân tộc được đào tạo, tập huấn, bồi dưỡng về chuyển đổi số",
      ">=", 100, pillar=GOV, iid="hr.civil_servants_dx_trained_share"),
    R("xã hội số, «50% doanh nghiệp", "doanh nghiệp, hợp tác xã, kinh tế hộ gia đình đồng bào dân tộc thiểu số được đào tạo, tập huấn, hướng dẫn, hỗ trợ tiếp cận thông tin về công nghệ số",
      ">=", 50, pillar=SOC),
    R("«80% trưởng ấp", "trưởng ấp, khu vực, người có uy tín trong đồng bào dân tộc thiểu số được đào tạo, tập huấn về chuyển đổi số",
      ">=", 80, pillar=SOC),
    R("«50% chủ thể", "chủ thể OCOP là hộ đồng bào dân tộc thiểu số", ">=", 50, pillar=ECO),
])

# --------------------------------------------------------------------------
# 16 Cần Thơ (VietNamNet, 2023-08): the DTI 2022 (year 2022) and, in
# brackets, the 2021 value and ranks (year 2021: a bracket that states a
# value). "top 5/63" and "nhóm 5 địa phương dẫn đầu" (twice: the lead and the
# interviewer's question) restate the rank as a group (rank <=, recorded as
# restatements). NOT: "tăng trưởng giá trị 20,8% so với DTI 2021" (a change).
# No record: "tăng 10 bậc", "tăng 16 bậc", "năm thứ 3", "6 tháng", "3 trụ
# cột". The DTI value is written without "điểm" (unit_text null). The pillar
# ranks keep pillar null (set8).
# --------------------------------------------------------------------------
D16 = dict(name="16_cantho-dti-2022-nhom-5", kind="result", year=2022, records=[
    R("lọt vào top «5/63", "chỉ số chuyển đổi số cấp tỉnh – DTI", "<=", 5, **RANK, iid=DTIR),
    R("vào nhóm «5 địa phương dẫn đầu.", "nhóm địa phương dẫn đầu chỉ số chuyển đổi số cấp tỉnh", "<=", 5, **RANK, iid=DTIR),
    R("vươn lên nhóm «5", "nhóm địa phương dẫn đầu", "<=", 5, **RANK, iid=DTIR),
    R("có giá trị «0,6924", "DTI 2022 của thành phố Cần Thơ có giá trị", "=", 0.6924, **OTHER, iid=DTIS),
    R("(«0,794)", "DTI 2021", "=", 0.794, **OTHER, year=2021, iid=DTIS),
    R("xếp hạng «5/63", "DTI 2022 xếp hạng", "=", 5, **RANK, iid=DTIR),
    R("(xếp hạng «15)", "DTI 2021 xếp hạng", "=", 15, **RANK, year=2021, iid=DTIR),
    R("chính quyền số xếp hạng «5", "chính quyền số xếp hạng", "=", 5, **RANK, iid="dti.digital_government_rank"),
    R("so với xếp hạng «21", "chính quyền số xếp hạng của năm 2021", "=", 21, **RANK, year=2021, iid="dti.digital_government_rank"),
], NOT=["giá trị «20,8%"])

# --------------------------------------------------------------------------
# 17 Cần Thơ (Kinh tế & Đô thị, no date): the DTI 2022 rank (2022, stated
# twice: two records); the other results name no reporting year ("Tháng 6
# vừa qua", "đến nay") and the page no date: year null. "09/24 cơ quan đã ban
# hành kế hoạch": the numerator, a count (set8; set9: agencies that issued
# plans are a result). No record: "33 nhiệm vụ", "9/33", "24/33 nhiệm vụ"
# (counts of tasks, spec), "63 tỉnh, thành" (the ranking's size), "tăng 10
# bậc", "3 trụ cột". Headings name no pillar.
# --------------------------------------------------------------------------
D17 = dict(name="17_cantho-top-dau-nhiem-vu", kind="result", year=None, records=[
    R("xếp thứ «5/63", "Chỉ số chuyển đổi số cấp tỉnh năm 2022 xếp thứ", "=", 5, **RANK, year=2022, iid=DTIR),
    R("đạt hạng «5/63", "Chỉ số chuyển đổi số cấp tỉnh năm 2022 đạt hạng", "=", 5, **RANK, year=2022, iid=DTIR),
    R("và «09/24", "cơ quan đã ban hành kế hoạch thực hiện nhiệm vụ trọng tâm", "=", 9, **CNT),
    R("tỷ lệ «100%", "chuẩn hóa dữ liệu đối tượng hưởng trợ cấp xã hội", "=", 100),
])

# --------------------------------------------------------------------------
# 18 Khánh Hòa (new province; Người Lao Động, 13-11-2025: the date from the
# page address ...196251113...): results of 2025 ("quý III-2025"). No
# heading above the values; the paragraph "Hiện nay, hạ tầng công nghệ thông
# tin ..." holds no value (its pillar does not carry to the next paragraphs,
# spec). "mức độ 3, 4" is a name; "59/64 xã": the numerator (set8).
# --------------------------------------------------------------------------
D18 = dict(name="18_khanhhoa-quy-3-2025", kind="result", year=2025, records=[
    R("đạt «100% văn bản", "văn bản hành chính được phát hành dưới dạng điện tử", "=", 100, iid=EDOC),
    R("hơn «1 triệu", "lượt trao đổi giữa các cấp", ">", 1000000, **CNT),
    R("công vụ đạt «98%", "Tỉ lệ sử dụng chữ ký số công vụ", "=", 98),
    R("hơn «16.100", "lượt công dân đến liên hệ thực hiện thủ tục hành chính", ">", 16100, **CNT),
    R("gần «23.700", "Trung tâm Phục vụ hành chính công tiếp nhận hồ sơ", "~", 23700, **CNT),
    R("có «20.750", "hồ sơ trực tuyến", "=", 20750, **CNT),
    R("đạt «87,6%", "hồ sơ trực tuyến", "=", 87.6, iid=ONLINE),
    R("trước hạn đạt «99,9%", "Tỉ lệ giải quyết hồ sơ và trả kết quả đúng, trước hạn", "=", 99.9, iid="egov.on_time_applications_share"),
    R("cấp xã, «59/64", "xã đã bảo đảm hạ tầng mạng thông suốt cùng các trang thiết bị phục vụ số hóa", "=", 59, **CNT),
])

# --------------------------------------------------------------------------
# 19 Quảng Trị (new province; Tiền Phong, 2025-09-26): results (2025). No
# record: "78 xã, phường, đặc khu" (where the meeting was broadcast: the
# participants of an event, spec), "26/9". No pillar heading.
# --------------------------------------------------------------------------
D19 = dict(name="19_quangtri-hoi-nghi-2025", kind="result", year=2025, records=[
    R("tích hợp «100%", "dịch vụ công trực tuyến lên Cổng Dịch vụ công quốc gia", "=", 100, iid="egov.national_portal_integrated_share"),
    R("toàn tỉnh đạt «65,63%", "Tỷ lệ hồ sơ trực tuyến toàn tỉnh", "=", 65.63, iid=ONLINE),
    R("(TTHC) đạt «83,15%", "tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính (TTHC)", "=", 83.15, iid=DIGI),
])

# --------------------------------------------------------------------------
# 20 An Giang (baomoi repost, no date; Nghị quyết 57 era): the 2030 target
# group (rank <=, one value for two indices: id null); results with their
# own years: the TFP contribution "giai đoạn 2011 - 2022 trung bình 4,42%/năm"
# (a period average: year 2022, the period's end, op "="), "năm 2022 là
# 53,8%", the digital economy's share of GRDP in 2023 and 2024. No pillar
# heading.
# --------------------------------------------------------------------------
D20 = dict(name="20_angiang-ky-nguyen-so", kind="result", year=None, records=[
    R("thuộc nhóm «20", "Năng lực cạnh tranh số và chỉ số phát triển chính quyền điện tử, chính quyền số thuộc nhóm tỉnh, thành phố dẫn đầu",
      "<=", 20, **RANK, kind="target", year=2030),
    R("trung bình «4,42%", "Đóng góp của tăng năng suất các nhân tố tổng hợp (TFP) vào tăng trưởng GRDP", "=", 4.42, year=2022),
    R("là «53,8%", "mức đóng góp của TFP vào tăng trưởng kinh tế", "=", 53.8, year=2022),
    R("chiếm «5,28%", "Quy mô kinh tế số chiếm GRDP", "=", 5.28, year=2023, iid=GDP),
    R("chiếm «5,99%", "Quy mô kinh tế số chiếm GRDP", "=", 5.99, year=2024, iid=GDP),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10,
        D11, D12, D13, D14, D15, D16, D17, D18, D19, D20]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
