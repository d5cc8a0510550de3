#!/usr/bin/env python3
"""set189's gold, written by hand: one R(...) per quantity of ./texts/NAME.txt, built into
./gold/NAME.jsonl by ../goldkit.py (the locator's « marks the anchor; start/end are the clause
around it; the document fills in kind and year). NOT lists numbers left out on purpose, and iid
is the record's indicator_id_gold (an id of muctieu/catalog/data/indicators.yaml, or None).

    python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import goldkit  # noqa: E402
from goldkit import R, CNT, T, RES  # noqa: E402

TEXTS, GOLD = HERE / "texts", HERE / "gold"
DONG, USD = dict(unit="other", unit_text="đồng"), dict(unit="other", unit_text="USD")
FUND, SHARE = "inst.dx_funding_amount", "inst.dx_budget_share"

# --------------------------------------------------------------------------
# 01 Tây Ninh, the Ministry of Science and Technology's working visit on Resolution 57, March 2026
# (tracuuquyhoach.com, a copy of a news item; cut: the photo captions "Thứ trưởng Bộ KHCN Bùi
# Hoàng Phương phát biểu tại buổi làm việc. Ảnh: Bộ KHCN." and "Phó Chủ tịch UBND tỉnh Tây Ninh
# Phạm Tấn Hòa phát biểu tại buổi làm việc. Ảnh: Bộ KHCN."; no stamp, no byline; the excerpt ends
# in "địa phươn"). Document year 2026 (the visit "chiều ngày 17/3/2026"); every record names its
# own year. Pillar null (no heading). Results of 2025: "năm 2025 tổng kinh phí Tây Ninh bố trí cho
# các nhiệm vụ, dự án trong lĩnh vực này đạt 263,5 tỷ đồng" (=, inst.dx_funding_amount: the
# catalogue's budget-share wordings name the whole field "khoa học, công nghệ, đổi mới sáng tạo và
# chuyển đổi số", so the field's funding is read as the DX funding, as earlier sets did),
# "tương đương khoảng 0,74% tổng chi ngân sách nhà nước" (~, inst.dx_budget_share), "chi đầu tư
# phát triển là 143,5 tỷ đồng, chi sự nghiệp 120 tỷ đồng" (=, the two parts; ids null: a part by
# kind of spending, not the total). 2026: "tổng dự toán ngân sách dành cho khoa học, công nghệ,
# đổi mới sáng tạo và chuyển đổi số của tỉnh năm 2026 đạt khoảng 1.172,7 tỷ đồng, chiếm gần 2,8%
# tổng chi ngân sách địa phương" (~, results of 2026: the budget already allotted when the page
# reports it, in March 2026; a judgement, as 02's allotted budget), "kiến nghị Trung ương xem xét
# bổ sung thêm hơn 236 tỷ đồng" (a target, >, 2026: an amount the province asks for, not reached;
# not a change against an earlier value of the same measure; id null; a judgement). Not
# quantities: "17/3/2026" (a date), "57-NQ/TW" (a name), "năm 2025", "năm 2026".
# --------------------------------------------------------------------------
D01 = dict(name="01_tayninh-ngan-sach-khcn-cds-2025-2026", kind="result", year=2026, records=[
    R("lĩnh vực này đạt «263,5 tỷ", "tổng kinh phí Tây Ninh bố trí cho các nhiệm vụ, dự án trong lĩnh vực khoa học, "
      "công nghệ, đổi mới sáng tạo và chuyển đổi số", "=", 263.5e9, **DONG, year=2025, iid=FUND),
    R("khoảng «0,74%", "tổng kinh phí bố trí cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trong tổng chi "
      "ngân sách nhà nước", "~", 0.74, year=2025, iid=SHARE),
    R("phát triển là «143,5 tỷ", "chi đầu tư phát triển cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
      "=", 143.5e9, **DONG, year=2025),
    R("chi sự nghiệp «120 tỷ", "chi sự nghiệp cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", "=", 120e9,
      **DONG, year=2025),
    R("khoảng «1.172,7 tỷ", "tổng dự toán ngân sách dành cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số "
      "của tỉnh năm 2026", "~", 1172.7e9, **DONG, year=2026, iid=FUND),
    R("chiếm gần «2,8%", "tổng dự toán ngân sách dành cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số "
      "trong tổng chi ngân sách địa phương", "~", 2.8, year=2026, iid=SHARE),
    R("thêm hơn «236 tỷ", "kinh phí tỉnh kiến nghị Trung ương xem xét bổ sung nhằm bảo đảm nguồn lực triển khai các "
      "nhiệm vụ trọng tâm", ">", 236e9, **DONG, **T, year=2026),
])

# --------------------------------------------------------------------------
# 02 Đồng Nai, disbursing the budget for science, technology, innovation and DX, 2025
# (vjs.vietnam.vn; cut: the image lines "![]() |" (three) and the photo captions "Ủy viên Ban
# Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Đồng Nai Lê Trường Sơn chủ trì buổi làm việc. Ảnh:
# Hải Quân |", "Tỉnh ủy viên, Giám đốc Sở Khoa học và Công nghệ tỉnh Đồng Nai Phạm Văn Trinh phát
# biểu tại buổi làm việc. Ảnh: Hải Quân |", "Đại diện Sở Tài chính chia sẻ tại buổi làm việc.
# Ảnh: Hải Quân |"; no stamp; the excerpt ends in "đổi mới sáng tạo v"). Results of 2025 ("trong
# năm 2025", "cuối tháng 8-2025"). Pillar null. "tổng dự toán được giao chi ngân sách khoa học,
# công nghệ, đổi mới sáng tạo và chuyển đổi số là 1.018 tỷ đồng" (=, the budget allotted:
# inst.dx_funding_amount as in 01), the bracket's parts "297,6 tỷ đồng chi thường xuyên và 720,4
# tỷ đồng chi đầu tư phát triển" (=, ids null), "tỷ lệ giải ngân đạt 35,7%" (=), "riêng chi đầu tư
# phát triển ... đạt tỷ lệ giải ngân khoảng 45% dự toán được phân bổ" (~; a share of the allotted
# budget disbursed, "dự toán" names the denominator, not a plan it is measured against: the
# spec's "so với tổng số"; ids null: the catalogue has no disbursement rate). Not quantities:
# "8-2025" (a date).
# --------------------------------------------------------------------------
D02 = dict(name="02_dongnai-giai-ngan-khcn-cds-2025", kind="result", year=2025, records=[
    R("chuyển đổi số là «1.018 tỷ", "tổng dự toán được giao chi ngân sách khoa học, công nghệ, đổi mới sáng tạo và "
      "chuyển đổi số", "=", 1018e9, **DONG, iid=FUND),
    R("(bao gồm «297,6 tỷ", "chi thường xuyên khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", "=", 297.6e9,
      **DONG),
    R("và «720,4 tỷ", "chi đầu tư phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", "=", 720.4e9,
      **DONG),
    R("giải ngân đạt «35,7%", "tỷ lệ giải ngân kinh phí lĩnh vực khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi "
      "số", "=", 35.7),
    R("giải ngân khoảng «45%", "chi đầu tư phát triển trong lĩnh vực này đạt tỷ lệ giải ngân dự toán được phân bổ", "~",
      45),
])

# --------------------------------------------------------------------------
# 03 Gia Lai, the DX plan for 2024 and its budget (baogialai.com.vn; cut: the widget line "Theo dõi
# Báo Gia Lai trên Google News" and the photo caption "Không gian làm việc tại Trung tâm điều hành
# đô thị thông minh TP. Pleiku. Ảnh: Mộc Trà" (two identical lines) with one blank line; no stamp;
# the excerpt ends in "đường Interne"). Targets of 2024. Pillar null: the lead-in "các chỉ tiêu
# quan trọng về chuyển đổi số" names no pillar. The title's and the lead's "dự kiến chi hơn 195
# tỷ đồng" (>, a record at each place; inst.dx_funding_amount). Then the list: 40% of adults using
# online services (society.adult_online_services_use_share), 80% fully online services
# (egov.full_online_services_share), 45% online payment (egov.online_payment_share), 50% online
# files (egov.online_applications_share), 80% digitised files and results
# (egov.digitised_procedure_results_share), 100% results synchronised with the national portal
# (id null: no catalogue measure of synchronisation), the work records handled online split by
# level in a bracket, 100% / 95% / 80% (scopes as written: "các sở, ngành và tương đương thuộc
# UBND tỉnh", "các phòng, ban và tương đương thuộc UBND cấp huyện", "UBND cấp xã";
# egov.work_records_online_share), 70% smartphone subscriptions
# (infra.smartphone_subscriptions_share). Not quantities: "77 nhiệm vụ, dự án" (counts of tasks
# and projects, spec; set176's "53 dự án, nhiệm vụ"), "22-1" (a date).
# --------------------------------------------------------------------------
WORK = "tỷ lệ xử lý văn bản, hồ sơ công việc (trừ hồ sơ mật) trên môi trường mạng"
# The list's targets, each ">=" in 2024: (locator, indicator, value, scope, id).
GL_TARGETS = [
    ("trực tuyến đạt «40%", "tỷ lệ người dân trưởng thành có sử dụng dịch vụ công trực tuyến", 40, None,
     "society.adult_online_services_use_share"),
    ("quốc gia đạt «80%", "tỷ lệ cung cấp dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính (TTHC) "
     "có đủ điều kiện trên Cổng Dịch vụ công quốc gia", 80, None, "egov.full_online_services_share"),
    ("dịch vụ công đạt «45%", "tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trên tổng số giao dịch "
     "thanh toán của dịch vụ công", 45, None, "egov.online_payment_share"),
    ("TTHC đạt «50%", "tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC", 50, None,
     "egov.online_applications_share"),
    ("giải quyết TTHC đạt «80%", "tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC", 80, None,
     "egov.digitised_procedure_results_share"),
    ("quốc gia đạt «100%", "tỷ lệ kết quả xử lý hồ sơ TTHC của bộ, ngành, địa phương được đồng bộ đầy đủ trên Cổng "
     "Dịch vụ công quốc gia", 100, None, None),
    ("UBND tỉnh đạt «100%", WORK, 100, "các sở, ngành và tương đương thuộc UBND tỉnh", "egov.work_records_online_share"),
    ("cấp huyện đạt «95%", WORK, 95, "các phòng, ban và tương đương thuộc UBND cấp huyện",
     "egov.work_records_online_share"),
    ("cấp xã đạt «80%", WORK, 80, "UBND cấp xã", "egov.work_records_online_share"),
    ("thông minh đạt «70%", "tỷ lệ thuê bao điện thoại di động sử dụng điện thoại thông minh", 70, None,
     "infra.smartphone_subscriptions_share"),
]
D03 = dict(name="03_gialai-ke-hoach-cds-2024-195-ty", kind="target", year=2024, records=[
    R("dự kiến chi hơn «195 tỷ đồng thực hiện chuyển đổi số", "Gia Lai dự kiến chi thực hiện chuyển đổi số năm 2024", ">",
      195e9, **DONG, iid=FUND),
    R("dự kiến chi hơn «195 tỷ đồng thực hiện 77", "dự kiến chi thực hiện nhiệm vụ, dự án chuyển đổi số cấp tỉnh, huyện",
      ">", 195e9, **DONG, iid=FUND),
] + [R(loc, ind, ">=", v, scope=sc, iid=i) for loc, ind, v, sc, i in GL_TARGETS])

# --------------------------------------------------------------------------
# 04 Quảng Nam, the approved e-government and digital-government project, May 2022
# (baoquangnam.vn; the crawler's stamp " date 2022-05" written as the first line, "(QNO) - ..."
# following on the second; nothing cut). Targets of 2025: the project's funding for "Giai đoạn
# 2021 - 2025", "thực hiện từ năm 2022 - 2025" (the end of the period; as earlier sets read a
# period's targets). Pillar null (no heading; "chính quyền điện tử, chính quyền số" is the
# sentence's subject, not a lead-in opening a list). The lead's "với kinh phí 249 tỷ đồng" and the
# body's "tổng mức đầu tư 249 tỷ đồng" (>=, a target's bare number, spec; a record at each
# place; inst.dx_funding_amount: the province's DX project), the bracket's sources "ngân sách
# Trung ương 224 tỷ đồng, ngân sách tỉnh 25 tỷ đồng" (>=; ids null: a part by source). Not
# quantities: "25.5" (a date), "Quyết định 1407" (a document), "2021 - 2025", "2022 - 2025".
# --------------------------------------------------------------------------
D04 = dict(name="04_quangnam-du-an-chinh-quyen-so-249-ty-2022", kind="target", year=2025, records=[
    R("với kinh phí «249 tỷ", "Quảng Nam đầu tư xây dựng chính quyền điện tử, chính quyền số với kinh phí từ Trung ương "
      "và của tỉnh", ">=", 249e9, **DONG, iid=FUND),
    R("tổng mức đầu tư «249 tỷ", "tổng mức đầu tư dự án xây dựng chính quyền điện tử, chính quyền số tỉnh Quảng Nam", ">=",
      249e9, **DONG, iid=FUND),
    R("Trung ương «224 tỷ", "ngân sách Trung ương trong tổng mức đầu tư dự án", ">=", 224e9,
      **DONG),
    R("ngân sách tỉnh «25 tỷ", "ngân sách tỉnh trong tổng mức đầu tư dự án", ">=", 25e9, **DONG),
])

# --------------------------------------------------------------------------
# 05 Đà Nẵng, the city's list of IT programmes and projects for 2023 (baodanang.vn; cut: the
# lines "." (six) and ";" (two) of page furniture and the byline "MINH LÊ", each with the blank
# line that went with it; no stamp; the city is not named in the excerpt, only in the address).
# Targets of 2023 (the list "năm 2023", approved for the year). Pillar null. The title's "37 tỷ
# đồng để phát triển chương trình, ứng dụng công nghệ thông tin năm 2023" and the body's "với tổng
# kinh phí 37 tỷ đồng" (>=, a target's bare number; a record at each place;
# inst.dx_funding_amount, whose wordings name "vốn đầu tư cho ứng dụng công nghệ thông tin").
# Not quantities: "66 chương trình, dự án" (counts of projects in a list, as counts of tasks,
# spec), "30-6-2023" (a date).
# --------------------------------------------------------------------------
D05 = dict(name="05_danang-danh-muc-cntt-2023", kind="target", year=2023, records=[
    R("«37 tỷ đồng để", "kinh phí để phát triển chương trình, ứng dụng công nghệ thông tin năm 2023", ">=", 37e9,
      **DONG, iid=FUND),
    R("tổng kinh phí «37 tỷ", "tổng kinh phí danh mục chương trình, dự án ứng dụng và phát triển công nghệ thông tin", ">=",
      37e9, **DONG, iid=FUND),
])

# --------------------------------------------------------------------------
# 06 Hà Tĩnh, VNPT Hà Tĩnh's 17 new BTS stations (tinthethaonews.org, a copy of a baohatinh.vn
# item, "(Baohatinh.vn)" kept; cut: the photo caption "Một trạm thu phát sóng thông tin di động
# đang được VNPT Hà Tĩnh xây dựng ở xã Thạch Kim (Lộc Hà)"; no stamp, no byline; the excerpt ends
# in "trạm BTS đ"). Year null for every record: the page names no year of the plan or of its
# figures ("hồi cuối tháng 10/2020" dates an earlier event; "Từ đầu năm đến nay" names no year;
# set175's rule). Pillar null. A telecom firm's investment: targets for what it "sẽ xây dựng":
# "17 trạm thu phát sóng thông tin di động (BTS) ở 5 huyện" (>=, two counts), "tổng mức đầu tư hơn
# 23 tỷ đồng" (>), "cho phép VNPT Hà Tĩnh xây dựng cơ sở hạ tầng 17 trạm BTS" and "17 trạm BTS
# được VNPT Hà Tĩnh đầu tư xây dựng ở các xã" (>=, a record at each place, set173's rule),
# "Mỗi trạm BTS sẽ được ... đầu tư hơn 1,2 tỷ đồng" (>), "Tổng mức đầu tư để xây dựng 17 trạm BTS
# là 23,313 tỷ đồng" (>=, "là" in a target, spec; the 17 there is a record too, the count it
# restates). Results: "đã ban hành 5 quyết định chấp thuận chủ trương đầu tư" (=, count; the
# decisions issued, a value reached; id null: investment approvals, not DX policy documents),
# "đơn vị hiện có hơn 400 trạm phát sóng BTS" (>). Ids null: one operator's new or own stations,
# not the province's BTS count (infra.bts_stations_count), and a firm's own investment, not DX
# funding. Not quantities: "cao 40m" (the height of a mast, a detail of the works, as 07's "2
# tầng"; a judgement), "trong vòng 24 tháng" (a deadline's length, as set184's "90 ngày"),
# "10/2020" (a date).
# --------------------------------------------------------------------------
BTS17 = "trạm BTS VNPT Hà Tĩnh đầu tư xây dựng"
D06 = dict(name="06_hatinh-vnpt-17-tram-bts", kind="target", year=None, records=[
    R("sẽ xây dựng «17 trạm", "trạm thu phát sóng thông tin di động (BTS) VNPT Hà Tĩnh sẽ xây dựng", ">=", 17, **CNT),
    R("(BTS) ở «5 huyện", "huyện có trạm BTS VNPT Hà Tĩnh sẽ xây dựng", ">=", 5, **CNT),
    R("tổng mức đầu tư hơn «23 tỷ", "tổng mức đầu tư xây dựng trạm thu phát sóng thông tin di động (BTS)", ">", 23e9,
      **DONG),
    R("đã ban hành «5 quyết định", "quyết định chấp thuận chủ trương đầu tư UBND tỉnh Hà Tĩnh đã ban hành", "=", 5, **CNT,
      **RES),
    R("cơ sở hạ tầng «17 trạm", "trạm BTS cho phép VNPT Hà Tĩnh xây dựng cơ sở hạ tầng", ">=", 17, **CNT),
    R("\n«17 trạm BTS được", BTS17, ">=", 17, **CNT),
    R("đầu tư hơn «1,2 tỷ", "VNPT Hà Tĩnh đầu tư mỗi trạm BTS", ">", 1.2e9, **DONG),
    R("để xây dựng «17 trạm", "trạm BTS VNPT Hà Tĩnh xây dựng với tổng mức đầu tư", ">=", 17, **CNT),
    R("BTS là «23,313 tỷ", "tổng mức đầu tư để xây dựng trạm BTS", ">=", 23.313e9, **DONG),
    R("hiện có hơn «400 trạm", "trạm phát sóng BTS Viễn thông Hà Tĩnh hiện có trên địa bàn toàn tỉnh", ">", 400, **CNT,
      **RES),
])

# --------------------------------------------------------------------------
# 07 Đà Nẵng, the AIDC DeCenter data centre launched in the hi-tech park, August 2025
# (sggp.org.vn; the crawler's stamp " date 2025-08-28" written as the first line, the lead
# following on the second; cut: the photo captions "Các đại biểu thực hiện nghi thức khởi động dự
# án. Ảnh: XUÂN QUỲNH", "Toàn cảnh lễ khởi động. Ảnh: XUÂN QUỲNH", "Ông Trần Chí Cường, Phó Chủ
# tịch UBND TP Đà Nẵng phát biểu. Ảnh: XUÂN QUỲNH", each with one blank line; the excerpt ends in
# "thành công d"). Targets: the project has only been launched ("khởi động"; building from quý
# 4-2025, operation from quý 4-2027), so its scale, capacity and investment are planned. Year
# 2025, the stamp's (no sentence of a figure names a year; a judgement: quý 4-2027 dates the
# start of operation, in another paragraph). Pillar null. "quy mô 10.000m2" (>=, other "m2"),
# "sức chứa 1.000 racks" (>=, count), "công suất tối thiểu 10MW" (>=, other "MW"), "Tổng vốn đầu
# tư là 200 triệu USD, trong đó giai đoạn 1 là 20 triệu USD" (>=, other "USD", 200e6 and 20e6),
# "đảm bảo thời gian hoạt động ≥99,982%" (>=). Ids null (a private data centre: none of the
# catalogue's measures). Not quantities: "(2 tầng)" (the building's floors, a detail of the works;
# a judgement), "Tier 3+/Tier 4", "ISO 27001" (names), "28-8", "quý 4-2025", "quý 4-2027" (dates).
# --------------------------------------------------------------------------
D07 = dict(name="07_danang-trung-tam-du-lieu-aidc-2025", kind="target", year=2025, records=[
    R("quy mô «10.000m2", "quy mô AIDC DeCenter", ">=", 10000, unit="other", unit_text="m2"),
    R("sức chứa «1.000 racks", "racks sức chứa AIDC DeCenter", ">=", 1000, **CNT),
    R("tối thiểu «10MW", "công suất AIDC DeCenter", ">=", 10, unit="other", unit_text="MW"),
    R("là «200 triệu USD", "tổng vốn đầu tư dự án Trung tâm Dữ liệu AIDC DeCenter", ">=", 200e6, **USD),
    R("là «20 triệu USD", "vốn đầu tư giai đoạn 1 dự án Trung tâm Dữ liệu AIDC DeCenter", ">=", 20e6, **USD),
    R("≥«99,982%", "thời gian hoạt động Trung tâm đảm bảo", ">=", 99.982),
])

# --------------------------------------------------------------------------
# 08 Quảng Ngãi, the congress resolution's budget target for science, technology, innovation and
# DX by 2030 (quangngaitv.vn; cut: the section label "Xã hội" opening the excerpt and the widget
# "Ý kiến ()" with the blank line before it; no stamp, no byline). Targets of 2030. Pillar null.
# The title's "ít nhất 3% tổng chi ngân sách cho phát triển khoa học công nghệ", the lead's "tối
# thiểu 3% tổng chi ngân sách cho phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi
# số" and the body's "ít nhất 3% tổng chi ngân sách địa phương" (>=, a record at each place;
# inst.dx_budget_share, whose wordings name the whole field). Not quantities: "lần thứ I" (a
# name), "2025 – 2030" (the term), "năm 2030".
# --------------------------------------------------------------------------
D08 = dict(name="08_quangngai-ngan-sach-khcn-cds-2030", kind="target", year=2030, records=[
    R("bố trí ít nhất «3% tổng chi ngân sách cho", "tổng chi ngân sách cho phát triển khoa học công nghệ", ">=", 3,
      iid=SHARE),
    R("tối thiểu «3%", "tổng chi ngân sách cho phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", ">=", 3,
      iid=SHARE),
    R("ít nhất «3% tổng chi ngân sách địa phương", "tổng chi ngân sách địa phương cho phát triển khoa học, công nghệ, "
      "đổi mới sáng tạo, chuyển đổi số", ">=", 3, iid=SHARE),
])

# --------------------------------------------------------------------------
# 09 Đà Nẵng (Tam Kỳ, Quảng Nam until July 2025), the KOICA-funded smart-city project's operations
# centre inaugurated, November 2025 (etime.danviet.vn; the stamp " date 2025-11-27" written as the
# first line; cut: the photo captions "Ông Đỗ Văn Minh - Chủ tịch UBND phường Tam Kỳ, ... Ảnh: T.H"
# and "Lê khánh thành Trung tâm điều hành đô thị thông minh ... do KOICA tài trợ. Ảnh: T.H", each
# with one blank line; the excerpt ends in "“Đối v"; the address's "10 triệu USD" is not in the
# excerpt). A precision text: a project's story without a figure. Not quantities: "năm 2021",
# "1/7/2025" (dates), "2 cấp" (the two-level local government, a name), "4 phường" (the wards Tam
# Kỳ was reorganised into, an administrative fact, not a target or a result of the project).
# --------------------------------------------------------------------------
D09 = dict(name="09_danang-tamky-ioc-koica-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 10 Quảng Nam, the half-year review of 2022 warning of slow disbursement of DX funds
# (baoquangnam.vn's print page; nothing cut; no stamp; the excerpt ends in "thủ tục hàn"). Results
# of 2022 ("6 tháng đầu năm 2022"). Pillar null (the sub-heading "Nhiều chuyển biến" names no
# pillar). "có 17/20 sở ban ngành đã ban hành kế hoạch CĐS năm 2022" (=, count; id null: the
# catalogue's aware.agencies_dx_plan_share is a share), "Toàn tỉnh có 569 thôn, khối phố đã thành
# lập tổ công nghệ cộng đồng" (=, count; aware.community_digital_teams_count: one team per village
# or block, a judgement). Not quantities: "6 tháng đầu năm 2022" (twice the half-year, a date),
# "Tổng đài 1022" (a name), "mức độ 3, 4" (names of levels), the denominator "/20".
# --------------------------------------------------------------------------
D10 = dict(name="10_quangnam-cham-giai-ngan-cds-2022", kind="result", year=2022, records=[
    R("có «17/20 sở", "sở ban ngành đã ban hành kế hoạch CĐS năm 2022", "=", 17, **CNT),
    R("có «569 thôn", "thôn, khối phố đã thành lập tổ công nghệ cộng đồng", "=", 569, **CNT,
      iid="aware.community_digital_teams_count"),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]
not_anchors = lambda doc: goldkit.not_anchors(doc, TEXTS)  # noqa: E731  (read by check_gold.py)

if __name__ == "__main__":
    goldkit.write_gold(DOCS, lambda doc: goldkit.build_records(doc, TEXTS), GOLD)
