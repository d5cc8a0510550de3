#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set76).

Copied from set69's builder (itself from set47's, set45's, set43's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (227
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


DIEM = dict(unit="other", unit_text="điểm")
DONG = dict(unit="other", unit_text="đồng")

NGAY = dict(unit="other", unit_text="ngày")

# --------------------------------------------------------------------------
# 01 Đồng Tháp, the province's Đề án Chuyển đổi số y tế 2022 - 2025 (baodongthap.vn,
# byline 26/12/2022 → `date 2022-12`; every target "đến năm 2025" → 2025). The title
# "Tỉnh phấn đấu đến năm 2025, 90% dân số có hồ sơ sức khỏe điện tử" and the line
# "Tỉnh phấn đấu đến năm 2025, 100% các cơ sở khám bệnh, chữa bệnh triển khai tư vấn
# khám, chữa bệnh từ xa" (a sapo or caption, kept as returned) state two of the list's
# targets again: recorded each time, as set69 records repeated statements. The list:
# 80% TTHC y tế as DVCTT "mức độ 4" (no exact id: the catalogue's level-3-4 share and
# full-process share are not level 4 alone; a judgement), 90% dân số with an electronic
# health record (society.electronic_health_records_share), 100% facilities with
# telemedicine (society.telehealth_facilities_share), 100% units using IT with people
# and cashless payment (two conditions at once: null), 100% provincial hospitals
# replacing film (null; the excerpt ends inside the sentence, "chuy"). All bare targets
# → >=. Pillar null (no heading names one). Not quantities: "3 trụ cột" (the parts
# of the plan), "mức độ 4" (a level's name), "2022 - 2025", "2030".
# --------------------------------------------------------------------------
D01 = dict(name="01_dongthap-de-an-cds-y-te-2025", kind="target", year=2025, records=[
    R("năm 2025, «90% dân số có hồ sơ sức khỏe điện tử\n", "dân số có hồ sơ sức khỏe điện tử", ">=", 90,
      iid="society.electronic_health_records_share"),
    R("năm 2025, «100% các cơ sở khám bệnh, chữa bệnh triển khai tư vấn khám, chữa bệnh từ xa\n",
      "các cơ sở khám bệnh, chữa bệnh triển khai tư vấn khám, chữa bệnh từ xa", ">=", 100,
      iid="society.telehealth_facilities_share"),
    R("năm 2025, «80% thủ tục", "thủ tục hành chính trong lĩnh vực y tế được cung cấp dưới hình thức dịch vụ công "
      "trực tuyến mức độ 4", ">=", 80),
    R("mức độ 4; «90% dân số", "dân số có hồ sơ sức khỏe điện tử", ">=", 90,
      iid="society.electronic_health_records_share"),
    R("điện tử; «100% các cơ sở khám bệnh", "các cơ sở khám bệnh, chữa bệnh triển khai tư vấn khám, chữa bệnh từ xa",
      ">=", 100, iid="society.telehealth_facilities_share"),
    R("từ xa; «100% các đơn vị sự nghiệp", "các đơn vị sự nghiệp, cơ sở khám, chữa bệnh ứng dụng công nghệ thông tin "
      "trong giao tiếp với người dân và áp dụng thanh toán không dùng tiền mặt hoặc thanh toán bằng thiết bị di động",
      ">=", 100),
    R("thiết bị di động; «100% các bệnh viện tuyến tỉnh", "các bệnh viện tuyến tỉnh triển khai thực hiện việc thay "
      "phim bằng việc luân chuyển các ảnh chụp qua môi trường mạng", ">=", 100),
])

# --------------------------------------------------------------------------
# 02 Bộ GTVT (the Ministry of Transport), its Đề án tăng cường chuyển đổi số 2024-2025
# (doanhnghiephoinhap.vn; the address names 2024-2025, the excerpt "mục tiêu đến năm
# 2025" → 2025 for all; no date shown). Five bare targets after "Phấn đấu" (>=): 80%
# TTHC as full-process DVCTT (egov.full_online_services_share), 85% "hồ sơ trực tuyến
# toàn trình được thực hiện trực tuyến" (egov.online_applications_share, the share of
# applications handled online; a judgement), 100% users identified and authenticated
# (egov.authenticated_users_share), 90% satisfied (egov.satisfaction_share), 100% of
# applications tracked on the system (null). The photo caption "Số hóa đăng kiểm ...
# (Ảnh minh họa) |" was cut. Pillar null. No other numbers.
# --------------------------------------------------------------------------
D02 = dict(name="02_bo-gtvt-de-an-cds-2024-2025", kind="target", year=2025, records=[
    R("Phấn đấu «80% thủ tục", "thủ tục hành chính có đủ điều kiện được cung cấp dưới dạng dịch vụ công trực tuyến "
      "toàn trình", ">=", 80, iid="egov.full_online_services_share"),
    R("toàn trình; «85% hồ sơ", "hồ sơ trực tuyến toàn trình được thực hiện trực tuyến", ">=", 85,
      iid="egov.online_applications_share"),
    R("trực tuyến; «100% người dân", "người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến do Bộ GTVT cung cấp "
      "được định danh và xác thực thông suốt", ">=", 100, iid="egov.authenticated_users_share"),
    R("thông suốt; «90% người dân", "người dân, doanh nghiệp hài lòng trong giải quyết thủ tục hành chính do Bộ GTVT "
      "cung cấp", ">=", 90, iid="egov.satisfaction_share"),
    R("cung cấp; «100% hồ sơ", "hồ sơ thủ tục hành chính giải quyết thuộc thẩm quyền giải quyết của Bộ GTVT được quản lý "
      "theo dõi tiến độ xử lý trên hệ thống thông tin giải quyết thủ tục hành chính Bộ GTVT", ">=", 100),
])

# --------------------------------------------------------------------------
# 03 Quảng Ninh and Hạ Long's cashless-payment scheme (baoquangninh.vn, byline
# 01/08/2022 → `date 2022-08`; the lines "Tất cả chuyên mục" and the page's clock
# "Thứ Ba, 26/11/2024 03:13 (GMT +7)" cut with the byline). "phấn đấu đến năm 2025,
# Quảng Ninh nằm trong nhóm 3 tỉnh, thành dẫn đầu về chuyển đổi số": rank target <= 3
# (dti.provincial_rank). Hạ Long's targets "đến năm 2025": "có từ 90% người dân từ đủ
# 15 tuổi trở lên có tài khoản giao dịch" (>=, "từ X"; society.bank_account_15plus_share;
# "15 tuổi" is part of the wording), "thanh toán không dùng tiền mặt trong thương mại
# điện tử đạt 50%" (>=; econ.cashless_transactions_share, whose wordings hold this one),
# "tốc độ tăng trưởng bình quân ... đạt 20-25%/năm" (between 20-25, a target stated as a
# growth rate; null), "99% số thu ngân sách nhà nước, 100% số tiền học phí ... được
# thanh toán bằng phương thức không dùng tiền mặt" (two records, each with its own
# subject and the shared predicate; 99 null, 100 society.cashless_school_fees_share by
# its wording "tỷ trọng thanh toán học phí không dùng tiền mặt"; a judgement). Place not
# given (Hạ Long is the article's own town). Pillar null: "3 trụ cột chính bao gồm:
# Chính quyền số, kinh tế số, xã hội số" names all three, no heading. Not quantities:
# "3 trụ cột", "công nghiệp 4.0", "lần thứ 4".
# --------------------------------------------------------------------------
D03 = dict(name="03_quangninh-halong-thanh-toan-khong-tien-mat-2025", kind="target", year=2025, records=[
    R("nằm trong nhóm «3 tỉnh", "Quảng Ninh nằm trong nhóm tỉnh, thành dẫn đầu về chuyển đổi số", "<=", 3, **RANK,
      iid="dti.provincial_rank"),
    R("có từ «90% người dân", "người dân từ đủ 15 tuổi trở lên có tài khoản giao dịch", ">=", 90,
      iid="society.bank_account_15plus_share"),
    R("thương mại điện tử đạt «50%", "thanh toán không dùng tiền mặt trong thương mại điện tử", ">=", 50,
      iid="econ.cashless_transactions_share"),
    R("tiền mặt đạt «20-25%/năm", "tốc độ tăng trưởng bình quân về số lượng và giá trị giao dịch thanh toán không "
      "dùng tiền mặt", "between", 20, value_max=25),
    R("/năm, «99% số thu", "số thu ngân sách nhà nước được thanh toán bằng phương thức không dùng tiền mặt", ">=", 99),
    R("«100% số tiền học phí", "số tiền học phí của cơ sở giáo dục và trường học trên địa bàn được thanh toán bằng "
      "phương thức không dùng tiền mặt", ">=", 100, iid="society.cashless_school_fees_share"),
])

# --------------------------------------------------------------------------
# 04 Đà Nẵng's Sở Du lịch, its plan for the tourism sector's cashless-payment scheme
# 2023-2025 (vietnam.vn; no date shown; the photo caption "... TRONG ẢNH: Du khách mua
# sắm tại chợ Hàn. Ảnh: NHẬT HẠ |" cut). Targets "đến năm 2025" (>=, bare): "100% thủ
# tục hành chính của sở chấp nhận thanh toán trực tuyến phí, lệ phí ..." (null: a share
# of procedures, not of payments), "trong đó 30% số lượng hồ sơ dịch vụ công trực tuyến
# mức độ 4 của sở được thanh toán trực tuyến" (egov.online_payment_share, "hồ sơ thanh
# toán trực tuyến"), "100% doanh nghiệp kinh doanh dịch vụ du lịch trên địa bàn " (the
# excerpt ends there: the wording is the subject only; null). Pillar null. Not
# quantities: "2023-2025" (twice), "8213/UBND-NHNNĐN", "1813/QĐ-TTg", "28-10-2021",
# "2021-2025", "mức độ 4".
# --------------------------------------------------------------------------
D04 = dict(name="04_danang-so-du-lich-khong-tien-mat-2025", kind="target", year=2025, records=[
    R("năm 2025 có «100% thủ tục", "thủ tục hành chính của sở chấp nhận thanh toán trực tuyến phí, lệ phí trên Cổng "
      "dịch vụ công trực tuyến thành phố, Cổng dịch vụ công trực tuyến quốc gia", ">=", 100),
    R("trong đó «30% số lượng", "số lượng hồ sơ dịch vụ công trực tuyến mức độ 4 của sở được thanh toán trực tuyến",
      ">=", 30, iid="egov.online_payment_share"),
    R("trực tuyến; «100% doanh nghiệp", "doanh nghiệp kinh doanh dịch vụ du lịch trên địa bàn", ">=", 100),
])

# --------------------------------------------------------------------------
# 05 Thừa Thiên Huế, the tourism action programme 2021 - 2025 (dttg.ictvietnam.vn; no
# date shown; "đến năm 2025" → 2025). A sector plan's own targets are quantities under
# the contract ("every number that a plan sets as a target"), digital or not (a
# judgement): the funding "khoảng hơn 80 đến hơn 90.000 tỷ đồng" (between 80.000 and
# 90.000 tỷ đồng: the low end written without the thousands its high end carries, read
# as 8e13; other, "đồng"), "ngân sách nhà nước khoảng 21.721 tỷ đồng" (~), "nguồn vốn
# ngoài ngân sách khoảng 60-70.000 tỷ đồng" (between 6e13 and 7e13, the same elliptic
# form; check_gold.py tolerates it); "10 cơ sở khách sạn, khu nghỉ dưỡng du lịch đạt
# chuẩn 5 sao" (>=, count), "kêu gọi đầu tư từ 3-5 dự án" (between, count), "khoảng
# 6 triệu lượt khách" (~, count 6e6), "khách quốc tế chiếm khoảng 45-50%" (between),
# "Tổng thu từ du lịch đạt khoảng 13.000 tỷ đồng" (~), "thời gian lưu trú bình quân đạt
# trên 2 ngày" (>, other "ngày": a target of the plan, not a duration of an event; a
# judgement), "suất chi tiêu bình quân đạt 2,2 triệu đồng/lượt khách" (>=, other
# "đồng/lượt khách"). No ids (tourism figures). Pillar null. Not quantities: "5 sao"
# twice (a grade), "2021 - 2025", "2030".
# --------------------------------------------------------------------------
D05 = dict(name="05_hue-chuong-trinh-du-lich-2025", kind="target", year=2025, records=[
    R("khoảng hơn «80 đến", "Nguồn kinh phí thực hiện chương trình phát triển du lịch tỉnh Thừa Thiên Huế", "between",
      8e13, value_max=9e13, **DONG),
    R("khoảng «21.721 tỷ", "ngân sách nhà nước", "~", 21721e9, **DONG),
    R("khoảng «60-70.000", "nguồn vốn ngoài ngân sách", "between", 6e13, value_max=7e13, **DONG),
    R("tỉnh có «10 cơ sở", "cơ sở khách sạn, khu nghỉ dưỡng du lịch đạt chuẩn 5 sao", ">=", 10, **CNT),
    R("từ «3-5 dự án", "kêu gọi đầu tư dự án xây dựng cơ sở khách sạn, khu nghỉ dưỡng du lịch đạt chuẩn 5 sao",
      "between", 3, value_max=5, **CNT),
    R("khoảng «6 triệu", "ngành du lịch thu hút lượt khách đến Thừa Thiên Huế", "~", 6e6, **CNT),
    R("khoảng «45-50%", "khách quốc tế", "between", 45, value_max=50),
    R("khoảng «13.000 tỷ", "Tổng thu từ du lịch", "~", 13000e9, **DONG),
    R("trên «2 ngày", "thời gian lưu trú bình quân", ">", 2, **NGAY),
    R("đạt «2,2 triệu", "suất chi tiêu bình quân", ">=", 2.2e6, unit="other", unit_text="đồng/lượt khách"),
])

# --------------------------------------------------------------------------
# 06 The education sector nationally, results of IT use in 2016-2020 (ictvietnam.vn;
# no date shown; "nhất là giai đoạn 2016-2020 ... cho thấy một số kết quả" → results of
# 2020, the end of the period; a judgement). "Hầu hết (xấp xỉ 100%) các cơ sở GDĐT đã
# có kết nối Internet" (a bracket that states a value: ~ 100; society.schools_internet_share),
# "100% các trường THPT có phòng máy tính ..." (=; null), "Tất cả 100% cơ quan quản lý
# giáo dục (sở GDĐT, phòng GDĐT), 95% cơ sở giáo dục phổ thông đã triển khai cổng thông
# tin điện tử (TTĐT) hoặc trang TTĐT" (two records, each subject with the shared
# predicate; 100 egov.agency_portals_share, the education offices being administrative
# agencies, a judgement; 95 null), "60% địa phương triển khai hệ thống " (the excerpt
# ends there; null). Kind and level words (sở, phòng) are parts of the subjects: scope
# null. Pillar null. Not quantities: the references "[4]", "[2]", "2016-2020".
# --------------------------------------------------------------------------
D06 = dict(name="06_ca-nuoc-giao-duc-cntt-2016-2020", kind="result", year=2020, records=[
    R("(xấp xỉ «100%)", "các cơ sở GDĐT đã có kết nối Internet", "~", 100, iid="society.schools_internet_share"),
    R("Internet, «100% các trường THPT", "các trường THPT có phòng máy tính phục vụ giảng dạy môn Tin học và các thiết "
      "bị CNTT khác", "=", 100),
    R("Tất cả «100% cơ quan", "cơ quan quản lý giáo dục (sở GDĐT, phòng GDĐT) đã triển khai cổng thông tin điện tử "
      "hoặc trang TTĐT", "=", 100, iid="egov.agency_portals_share"),
    R("«95% cơ sở", "cơ sở giáo dục phổ thông đã triển khai cổng thông tin điện tử (TTĐT) hoặc trang TTĐT", "=", 95),
    R("«60% địa phương", "địa phương triển khai hệ thống", "=", 60),
])

# --------------------------------------------------------------------------
# 07 Long An, the agriculture department's digital work (stockbiz.vn; no date shown;
# the address holds 2023/11/12, the text "Qua 2 năm thực hiện Nghị quyết số 21-NQ/TU,
# ngày 20/8/2021" names no year of the results → year null: nothing in the text says,
# and reckoning 2021 + 2 is not saying; a judgement). Results (=) "Đến nay": 2.061.000
# QR traceability stamps, for 17 certified facilities (the facilities supported: a
# count), 87 OCOP products with traceability stamps, of which 30 (4 sao) and 57 (3 sao)
# (a breakdown by kind of thing: one record per number, scope null), 800 facilities
# guided to open accounts, "trên 350 cơ sở" posting products (>). No ids: the catalogue
# holds the traceable-products share, not counts of stamps or facilities. Pillar null.
# Not quantities: "2 năm" (a duration), "21-NQ/TU", "20/8/2021", "2025", "2030",
# "4 sao", "3 sao" (grades).
# --------------------------------------------------------------------------
D07 = dict(name="07_longan-nong-nghiep-truy-xuat", kind="result", year=None, records=[
    R("hỗ trợ «2.061.000 tem", "Sở đã hỗ trợ tem điện tử truy xuất nguồn gốc bằng mã QR", "=", 2061000, **CNT),
    R("đối với «17 cơ sở", "cơ sở đã được xác nhận chuỗi cung cấp thực phẩm an toàn được hỗ trợ tem điện tử", "=", 17,
      **CNT),
    R("cho «87 sản phẩm", "sản phẩm đạt chuẩn OCOP được hỗ trợ tem truy xuất nguồn gốc", "=", 87, **CNT),
    R("«30 sản phẩm", "sản phẩm đạt hạng 4 sao được hỗ trợ tem truy xuất nguồn gốc", "=", 30, **CNT),
    R("«57 sản phẩm", "sản phẩm đạt hạng 3 sao được hỗ trợ tem truy xuất nguồn gốc", "=", 57, **CNT),
    R("hướng dẫn «800 cơ sở", "ngành đã hướng dẫn cơ sở tạo tài khoản trên hệ thống", "=", 800, **CNT),
    R("trên «350 cơ sở", "cơ sở sản xuất, kinh doanh đăng tải sản phẩm trên hệ thống", ">", 350, **CNT),
])

# --------------------------------------------------------------------------
# 08 Agriculture nationally, 2022 (mic.gov.vn; a precision text: two quantities among a
# date, a period, a count of pillars and a membership). "Quảng Nam đã đưa nông sản lên
# 2 sàn thương mại điện tử: Vỏ sò với 104 sản phẩm; Postmart với 109 sản phẩm": two
# results (=, count, econ.ecommerce_products_count, place "Quảng Nam" on a national
# page), year 2022 (the text's "Năm 2022"). "2 sàn" is the number of platforms the list
# then names (like "12 nhóm nhiệm vụ"), not a quantity (a judgement); "1 trong 5 ngành"
# is membership. Pillar null. Not quantities: "3 trụ cột", "19/8", "2021-2025",
# "2025", "2030".
# --------------------------------------------------------------------------
D08 = dict(name="08_ca-nuoc-nong-nghiep-2022-precision", kind="result", year=2022, records=[
    R("Vỏ sò với «104 sản phẩm", "sản phẩm nông sản Quảng Nam đưa lên sàn thương mại điện tử Vỏ sò", "=", 104, **CNT,
      place="Quảng Nam", iid="econ.ecommerce_products_count"),
    R("Postmart với «109 sản phẩm", "sản phẩm nông sản Quảng Nam đưa lên sàn thương mại điện tử Postmart", "=", 109,
      **CNT, place="Quảng Nam", iid="econ.ecommerce_products_count"),
])

# --------------------------------------------------------------------------
# 09 Yên Bái, the education sector (yenbai.gov.vn; a precision text with no quantity):
# "443 cơ sở giáo dục mầm non, phổ thông với 6.908 lớp, 225.796 cháu mầm non, học sinh"
# and the cut-off "Lực lượng lao động toàn ngành có 13" state the size of the school
# system, no target or result of the transformation (as set69's 01 left the population's
# make-up unrecorded; a judgement). No record.
# --------------------------------------------------------------------------
D09 = dict(name="09_yenbai-giao-duc-precision", kind="result", year=None, records=[])

# --------------------------------------------------------------------------
# 10 Highways nationally (thvl.vn; a precision text: one quantity in two sentences; no
# date shown). "Mục tiêu đến năm 2025, 100% các tuyến đường bộ cao tốc trên cả nước
# triển khai lắp đặt hệ thống quản lý, điều hành giao thông thông minh" (target, >=,
# 2025; null). Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_ca-nuoc-cao-toc-thong-minh-2025-precision", kind="target", year=2025, records=[
    R("«100% các tuyến", "các tuyến đường bộ cao tốc trên cả nước triển khai lắp đặt hệ thống quản lý, điều hành "
      "giao thông thông minh", ">=", 100),
])

# --------------------------------------------------------------------------
# 11 Hải Dương, Gia Lộc district's digital teams (baohaiduong.vn, byline 05/04/2022 →
# `date 2022-04`, 2022; the photo caption repeating the sapo with "Trong ảnh: Ra mắt 4
# Tổ ... tại 4 thôn ..." cut, with "HÀ KIÊN", "Comment", "Vui lòng nhập tiếng việt có
# dấu"). "tất cả 18 Tổ Chỉ đạo công nghệ số cấp xã" (result, =, count; null: steering
# teams, not community teams; the level is part of the subject, scope null) and "104
# Tổ Công nghệ số cộng đồng tại 104 thôn, khu dân cư" (=, count,
# aware.community_digital_teams_count). The second "104" names where the 104 teams
# stand (one a village), not a second measure: unrecorded (a judgement). Pillar null.
# Not quantities: "5.4" (a date).
# --------------------------------------------------------------------------
D11 = dict(name="11_haiduong-gialoc-to-cong-nghe-so-2022", kind="result", year=2022, records=[
    R("tất cả «18 Tổ", "Tổ Chỉ đạo công nghệ số cấp xã thành lập", "=", 18, **CNT),
    R("xã; «104 Tổ", "Tổ Công nghệ số cộng đồng tại thôn, khu dân cư thành lập", "=", 104, **CNT,
      iid="aware.community_digital_teams_count"),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
