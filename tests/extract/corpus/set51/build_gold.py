#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set51).

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


DIEM = dict(unit="other", unit_text="điểm")
DONG = dict(unit="other", unit_text="đồng")
IDX = dict(unit="other", unit_text=None)

# --------------------------------------------------------------------------
# 01 National: intelligent operations centres (antv.gov.vn, no date shown).
# "Tính đến thời điểm này, đã có 36 tỉnh, thành phố triển khai Trung tâm IOC
# và có 54 Trung tâm IOC cấp huyện được xây dựng tại 45 địa phương": three
# counts, each with its own subject (the provinces, the district centres, the
# localities holding them), scope null. Year null: the counts are "to this
# moment" and the page shows no date; "Từ tháng 7/2023" dates Hưng Yên's own
# launch, not the counts (a judgement). Pillar null (no heading). No id:
# city.ioc_districts_share is a share, the catalogue holds no count of IOCs.
# Not quantities: "1 trong những nội dung" (one of the contents), "Đề án 06"
# (a name), "7/2023" (a date).
# --------------------------------------------------------------------------
D01 = dict(name="01_ca-nuoc-ioc-antv", kind="result", year=None, records=[
    R("đã có «36 tỉnh", "tỉnh, thành phố triển khai Trung tâm IOC", "=", 36, **CNT),
    R("và có «54 Trung tâm", "Trung tâm IOC cấp huyện được xây dựng", "=", 54, **CNT),
    R("tại «45 địa phương", "địa phương trên cả nước có Trung tâm IOC cấp huyện được xây dựng", "=", 45, **CNT),
])

# --------------------------------------------------------------------------
# 02 Long An launches its IOC and shared data store (ictnews, date 2022-04;
# the photo caption "Lễ ra mắt ... ngày 26/4 (Ảnh: ...)" cut). "Trung tâm được
# trang bị 10 bộ máy tính cho 10 cán bộ, công chức, viên chức làm việc; 25 màn
# hình ghép": three counts of the centre's equipment and staff, results of
# 2022 (the document's year). Not quantities: "tầng 2", "cơ quan 4" (a floor
# and a building's number: an address). Pillar null. No id (the catalogue
# has no count of an IOC's equipment or staff).
# --------------------------------------------------------------------------
D02 = dict(name="02_longan-ioc-ra-mat-2022", kind="result", year=2022, records=[
    R("trang bị «10 bộ máy tính", "Trung tâm điều hành thông minh (IOC) được trang bị bộ máy tính", "=", 10, **CNT),
    R("cho «10 cán bộ", "cán bộ, công chức, viên chức làm việc tại Trung tâm điều hành thông minh (IOC)", "=", 10,
      **CNT),
    R("; «25 màn hình ghép", "màn hình ghép để hiển thị thông tin, dữ liệu số", "=", 25, **CNT),
])

# --------------------------------------------------------------------------
# 03 Hà Nội, feedback on the iHanoi application (laodongthudo.vn, no date
# shown; the text names no year: "đến ngày 8/8" only → year null on all; the
# duplicated image caption and an empty image line cut). The title "Hơn 65%
# người dân hài lòng ..." is a result (>). Field feedback: 2.350 (=), then
# 1.654 handled "đạt 70,4%" (count and %), and for each status a count with
# its share in brackets (decided case "57.877 hồ sơ (đạt 99,1%)": two
# records each). Procedure feedback: 247, then 42 (17%), 99 (40,1%), 23
# (9,3%), 83 (no share). "40 điểm camera giao thông" added to the app (a
# count, city.surveillance_cameras_count, a judgement: camera points
# connected to the app). "61/61 cơ quan, đơn vị (30 quận, huyện, thị xã và 31
# sở, ban, ngành ...)": 61, and the breakdown 30 and 31 each with its own
# subject (decided case: a breakdown by kind is not a split by level; scope
# null). Id egov.feedback_handled_share on 70,4% (share of feedback handled);
# the other shares are shares by status, no id. Pillar null. Not quantities:
# "8/8" (a date), "61"'s denominator.
# --------------------------------------------------------------------------
D03 = dict(name="03_hanoi-ihanoi-phan-anh", kind="result", year=None, records=[
    R("Hơn «65% người dân", "người dân hài lòng khi kiến nghị trên ứng dụng iHanoi", ">", 65),
    R("đã có «2.350 phản ánh", "phản ánh kiến nghị hiện trường từ khi ứng dụng iHanoi ra mắt", "=", 2350, **CNT),
    R("Trong đó, «1.654 phản ánh", "phản ánh kiến nghị được xử lý", "=", 1654, **CNT),
    R("xử lý, đạt «70,4%", "phản ánh kiến nghị hiện trường được xử lý", "=", 70.4, iid="egov.feedback_handled_share"),
    R("; «180 phản ánh", "phản ánh kiến nghị đã từ chối", "=", 180, **CNT),
    R("từ chối («7,6%)", "phản ánh kiến nghị đã từ chối", "=", 7.6),
    R("; «272 phản ánh", "phản ánh kiến nghị đang xử lý", "=", 272, **CNT),
    R("đang xử lý («11,6%)", "phản ánh kiến nghị đang xử lý", "=", 11.6),
    R("; «244 phản ánh", "phản ánh kiến nghị đang chờ xử lý", "=", 244, **CNT),
    R("chờ xử lý («10,4%)", "phản ánh kiến nghị đang chờ xử lý", "=", 10.4),
    R("có «247 phản ánh", "phản ánh kiến nghị thủ tục hành chính", "=", 247, **CNT),
    R("Trong đó, «42 phản ánh", "phản ánh kiến nghị thủ tục hành chính chờ xử lý", "=", 42, **CNT),
    R("chờ xử lý («17%)", "phản ánh kiến nghị thủ tục hành chính chờ xử lý", "=", 17),
    R("; «99 phản ánh", "phản ánh kiến nghị thủ tục hành chính chuyển xử lý", "=", 99, **CNT),
    R("chuyển xử lý («40,1%)", "phản ánh kiến nghị thủ tục hành chính chuyển xử lý", "=", 40.1),
    R("; «23 phản ánh", "phản ánh kiến nghị thủ tục hành chính đã xử lý", "=", 23, **CNT),
    R("đã xử lý («9,3%)", "phản ánh kiến nghị thủ tục hành chính đã xử lý", "=", 9.3),
    R("; «83 phản ánh", "phản ánh kiến nghị thủ tục hành chính đã từ chối", "=", 83, **CNT),
    R("bổ sung «40 điểm camera", "điểm camera giao thông được bổ sung trên ứng dụng iHanoi", "=", 40, **CNT,
      iid="city.surveillance_cameras_count"),
    R("gồm: «61/61 cơ quan", "cơ quan, đơn vị đã tham gia tiếp nhận, xử lý phản ánh kiến nghị hiện trường trên iHanoi",
      "=", 61, **CNT),
    R("(«30 quận", "quận, huyện, thị xã đã tham gia tiếp nhận, xử lý phản ánh kiến nghị hiện trường trên iHanoi", "=",
      30, **CNT),
    R("và «31 sở", "sở, ban, ngành, đơn vị trực thuộc đã tham gia tiếp nhận, xử lý phản ánh kiến nghị hiện trường "
      "trên iHanoi", "=", 31, **CNT),
])

# --------------------------------------------------------------------------
# 04 Hồ Chí Minh City, feedback portal 1022 in September 2025 (danviet.vn,
# date 2025-10; after the July 2025 merger: "phường Linh Trung", no district
# tier). "hơn 13.400 phản ánh, kiến nghị" in the month (>), "tỷ lệ xử lý đúng
# hạn đạt 93,77%" (=), year to date "hơn 32.000 PAKN" (>) "trong đó 97,38%
# được xử lý đúng hạn" (=), "hơn 6.400 trường hợp" on administrative
# procedures (>); the excerpt's last paragraph repeats "hơn 32.000 phản ánh
# kiến nghị" (recorded again: a quantity stated in the text). All 2025,
# pillar null. No id: egov.feedback_handled_share is the share handled at
# all, not on time (a judgement). Not quantities: "1022" (the portal's name,
# a phone number), "9/2025", "25/9/2025" (dates), "gần một nửa" (words).
# --------------------------------------------------------------------------
D04 = dict(name="04_hcm-cong-1022-thang-9-2025", kind="result", year=2025, records=[
    R("tiếp nhận hơn «13.400 phản ánh", "hệ thống Cổng Thông tin 1022 TP.HCM đã tiếp nhận phản ánh, kiến nghị (PAKN) "
      "của người dân và doanh nghiệp trong tháng 9/2025", ">", 13400, **CNT),
    R("đúng hạn đạt «93,77%", "tỷ lệ xử lý đúng hạn", "=", 93.77),
    R("ghi nhận hơn «32.000 PAKN", "PAKN toàn thành phố đã ghi nhận tính từ đầu năm", ">", 32000, **CNT),
    R("trong đó «97,38% được", "PAKN được xử lý đúng hạn", "=", 97.38),
    R("với hơn «6.400 trường hợp", "thủ tục hành chính công là lĩnh vực có số lượng phản ánh cao nhất", ">", 6400,
      **CNT),
    R("ghi nhận hơn «32.000 phản ánh", "phản ánh kiến nghị của người dân qua cổng thông tin toàn thành phố đã ghi nhận "
      "tính từ đầu năm", ">", 32000, **CNT),
])

# --------------------------------------------------------------------------
# 05 Tiền Giang, cameras and the VnEdu system (vietbao.vn, no date shown, no
# year named → year null). "Hơn 200 camera an ninh và camera giao thông được
# lắp đặt" (>, city.surveillance_cameras_count), "cho 163 trường học các cấp"
# (=), "trên 9.000 giáo viên" (>): results (reported as done). Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_tiengiang-camera-vnedu", kind="result", year=None, records=[
    R("Hơn «200 camera", "camera an ninh và camera giao thông được lắp đặt", ">", 200, **CNT,
      iid="city.surveillance_cameras_count"),
    R("cho «163 trường", "trường học các cấp được triển khai toàn diện Hệ thống VnEdu", "=", 163, **CNT),
    R("trên «9.000 giáo viên", "giáo viên các cấp ứng dụng Hệ thống VnEdu", ">", 9000, **CNT),
])

# --------------------------------------------------------------------------
# 06 An Giang (after the merger), the Phú Quốc special zone's technology
# project (lite.baomoi.com, no date shown): a precision text. One quantity:
# "tổng mức đầu tư 500 tỷ đồng" for the data centre, monitoring centre,
# cameras and monitoring devices (money, unit other "đồng", 500e9; a result:
# the project's stated total, "="; inst.dx_funding_amount, a judgement; year
# null: the amount covers "tháng 5/2025 đến tháng 6/2027", no single year).
# Not quantities: "APEC 2027" (an event's name, twice), "2 cấp" (the
# two-level local government, a name), "5/2025", "6/2027" (dates), "9/9 gói
# thầu", "3 nhà thầu", "4/9 gói thầu" (steps of the procurement: counts of
# bid packages and bidders, like counts of tasks; a judgement), "Gói 1",
# "gói 2", "gói 5" (names of packages). The photo caption cut.
# --------------------------------------------------------------------------
D06 = dict(name="06_angiang-phuquoc-dac-khu-precision", kind="result", year=None, records=[
    R("đầu tư «500 tỷ đồng", "tổng mức đầu tư dự án công nghệ trên đảo Phú Quốc", "=", 500e9, **DONG,
      iid="inst.dx_funding_amount"),
])

# --------------------------------------------------------------------------
# 07 National cyber-security drill (vtcnews.vn, date 2025-05): a precision
# text. One quantity: "hơn 40 báo cáo lỗ hổng đã được các đội tham gia diễn
# tập gửi về" (a count, >, result of 2025). Not quantities: "lần thứ nhất"
# (words), "1 tuần" (a duration), "24/24" (round the clock). Pillar null (no
# heading). The photo caption "Thượng tá Lê Xuân Thủy - Giám đốc ..." cut.
# --------------------------------------------------------------------------
D07 = dict(name="07_ca-nuoc-dien-tap-an-ninh-mang-2025-precision", kind="result", year=2025, records=[
    R("hơn «40 báo cáo", "báo cáo lỗ hổng đã được các đội tham gia diễn tập gửi về ban tổ chức", ">", 40, **CNT),
])

# --------------------------------------------------------------------------
# 08 National cyber attacks in January 2021 (ictnews, date 2021-02): a
# precision text. One quantity: "326 cuộc tấn công mạng gây ra sự cố ...
# trong tháng 1/2021" (count, =, 2021). "tăng 3,49% so với tháng 12/2020 và
# tăng 15,19% so với cùng kỳ": changes against earlier values (NOT). Not
# quantities: "1/2021", "12/2020", "1/2020" (months). Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_ca-nuoc-tan-cong-mang-thang-1-2021-precision", kind="result", year=2021, records=[
    R("ghi nhận «326 cuộc", "cuộc tấn công mạng gây ra sự cố vào các hệ thống thông tin tại Việt Nam", "=", 326,
      **CNT),
], NOT=["tăng «3,49%", "tăng «15,19%"])

# --------------------------------------------------------------------------
# 09 National: digital signatures, bank accounts, e-invoices (congnghevadoisong
# .vn, byline "07:09, 09/08/2024" kept, date 2024-08; the line "Ảnh minh họa"
# cut). Title "Mới chỉ 13,5% người dân ... có chữ ký số" (=, 2024). "mục tiêu
# đặt ra đạt trên 50% vào năm 2025": a target (>, 2025). "du lịch trực tuyến
# tăng 82%; thanh toán số tăng 19% ...; thương mại điện tử tăng 11%" are
# growth "so với năm trước" (changes against an earlier value, NOT; a
# judgement, as set47's "tăng trưởng 26% so với cùng kỳ"). "đạt 100%"
# (e-invoices of individuals, households and firms; no id: not firms only).
# "hơn 87,08% người trưởng thành ... có tài khoản ngân hàng" (>,
# society.bank_account_15plus_share, a judgement: adults' bank accounts),
# "(tăng thêm 20% từ mức tỷ lệ của năm 2020)" (NOT, twice), "182 triệu tài
# khoản" (=), "hơn 147 triệu thẻ" (>); the next paragraph repeats them ("Hơn
# 87%" ...), recorded again. "Về phát triển xã hội số, ..." is a lead-in
# naming the pillar for its sentence → digital_society on "tăng từ mức 3% lên
# 13,5%": the earlier value 3% is a result (year null: "trong 4 năm" does not
# name its year; a judgement) and 13,5% (2024); both and the title and the
# target society.adult_digital_signature_share. Not quantities: "7/2024"
# (month), "4 năm" (durations), "4 lần" (a change), "2020", "2025".
# --------------------------------------------------------------------------
D09 = dict(name="09_ca-nuoc-chu-ky-so-tai-khoan-2024", kind="result", year=2024, records=[
    R("Mới chỉ «13,5% người dân", "người dân ở độ tuổi trưởng thành có chữ ký số", "=", 13.5,
      iid="society.adult_digital_signature_share"),
    R("đạt trên «50% vào năm 2025", "tỷ lệ dân số trưởng thành ở Việt Nam có chữ ký số hoặc chữ ký điện tử", ">", 50,
      kind="target", year=2025, iid="society.adult_digital_signature_share"),
    R("công nghệ số đạt «100%", "tỷ lệ cá nhân, hộ kinh doanh cá thể, doanh nghiệp có thể dễ dàng gửi nhận hóa đơn "
      "điện tử với nhau và với cơ quan thuế sử dụng nền tảng công nghệ số", "=", 100),
    R("đã có hơn «87,08% người", "người trưởng thành tại Việt Nam có tài khoản ngân hàng", ">", 87.08,
      iid="society.bank_account_15plus_share"),
    R("87,08% người trưởng thành tại Việt Nam có tài khoản ngân hàng (tăng thêm 20% từ mức tỷ lệ của năm 2020) với "
      "«182 triệu", "tài khoản thanh toán của khách hàng cá nhân", "=", 182e6, **CNT),
    R("87,08% người trưởng thành tại Việt Nam có tài khoản ngân hàng (tăng thêm 20% từ mức tỷ lệ của năm 2020) với "
      "182 triệu tài khoản thanh toán của khách hàng cá nhân và hơn «147 triệu", "thẻ ngân hàng đang hoạt động", ">",
      147e6, **CNT),
    R("Hơn «87% người", "người trưởng thành tại Việt Nam có tài khoản ngân hàng", ">", 87,
      iid="society.bank_account_15plus_share"),
    R("Hơn 87% người trưởng thành tại Việt Nam có tài khoản ngân hàng (tăng thêm 20% từ mức tỷ lệ của năm 2020) với "
      "«182 triệu", "tài khoản thanh toán của khách hàng cá nhân", "=", 182e6, **CNT),
    R("Hơn 87% người trưởng thành tại Việt Nam có tài khoản ngân hàng (tăng thêm 20% từ mức tỷ lệ của năm 2020) với "
      "182 triệu tài khoản thanh toán của khách hàng cá nhân và hơn «147 triệu", "thẻ ngân hàng đang hoạt động", ">",
      147e6, **CNT),
    R("từ mức «3% lên", "tỷ lệ người dân ở độ tuổi trưởng thành có chữ ký số hoặc chữ ký điện tử", "=", 3, year=None,
      pillar=SOC, iid="society.adult_digital_signature_share"),
    R("lên «13,5% (tăng", "tỷ lệ người dân ở độ tuổi trưởng thành có chữ ký số hoặc chữ ký điện tử", "=", 13.5,
      pillar=SOC, iid="society.adult_digital_signature_share"),
], NOT=["du lịch trực tuyến tăng «82%", "thanh toán số tăng «19%", "thương mại điện tử tăng «11%",
        "87,08% người trưởng thành tại Việt Nam có tài khoản ngân hàng (tăng thêm «20%",
        "Hơn 87% người trưởng thành tại Việt Nam có tài khoản ngân hàng (tăng thêm «20%"])

# --------------------------------------------------------------------------
# 10 National: OCOP products on the Voso and Postmart platforms
# (baobinhdinh.vn, no date shown; "từ tháng 8.2022 đến tháng 6.2023" → the
# document's year 2023). Title "Hơn 7.600 sản phẩm OCOP lên sàn" (>) and
# "7.637 sản phẩm OCOP" twice (=): econ.ecommerce_products_count. "Doanh thu
# đạt 217,1 tỉ đồng" and "tổng giá trị đạt 217,1 tỉ đồng" (money, "tỉ" read as
# "tỷ": 217.1e9; econ.ecommerce_revenue, a judgement). "hơn 5,4 triệu tài
# khoản" (>, no id). "gần 1 triệu giao dịch" (~,
# econ.postal_ecommerce_transactions_count). "khoảng 220.000 đồng/giao
# dịch/sản phẩm" (~, unit other as written). "568 khóa đào tạo, tập huấn" (=,
# hr.dx_training_courses_count, a judgement: courses on selling online), "Hơn
# 8,4 triệu người đã được đào tạo" (>, hr.population_digital_skills_trained_count).
# Not quantities: "2 sàn" twice (a count naming the two platforms listed, a
# judgement), "10 tháng" (duration), "8.2022", "6.2023" (months), "1 giao
# dịch/sản phẩm" (the denominator of the average). Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_ca-nuoc-ocop-len-san-2023", kind="result", year=2023, records=[
    R("Hơn «7.600 sản phẩm", "sản phẩm OCOP lên sàn", ">", 7600, **CNT, iid="econ.ecommerce_products_count"),
    R("có «7.637 sản phẩm", "sản phẩm OCOP đã mở gian hàng, bày bán trên sàn thương mại điện tử Vỏ sò và Postmart",
      "=", 7637, **CNT, iid="econ.ecommerce_products_count"),
    R("Doanh thu đạt «217,1 tỉ", "Doanh thu sản phẩm OCOP trên sàn thương mại điện tử", "=", 217.1e9, **DONG,
      iid="econ.ecommerce_revenue"),
    R("hơn «5,4 triệu tài khoản", "tài khoản hoạt động trên sàn Vỏ sò và Postmart", ">", 5.4e6, **CNT),
    R("tổng cộng «7.637 sản phẩm", "sản phẩm OCOP được lên sàn", "=", 7637, **CNT,
      iid="econ.ecommerce_products_count"),
    R("đạt gần «1 triệu giao dịch", "Số giao dịch qua các sàn thương mại điện tử", "~", 1e6, **CNT,
      iid="econ.postal_ecommerce_transactions_count"),
    R("giá trị đạt «217,1 tỉ", "tổng giá trị giao dịch qua các sàn thương mại điện tử", "=", 217.1e9, **DONG,
      iid="econ.ecommerce_revenue"),
    R("khoảng «220.000 đồng", "Giá trị 1 giao dịch/sản phẩm", "~", 220000, unit="other",
      unit_text="đồng/giao dịch/sản phẩm"),
    R("có «568 khóa", "khóa đào tạo, tập huấn được triển khai nhằm giúp người dân quen thuộc hơn với hoạt động mua "
      "bán online", "=", 568, **CNT, iid="hr.dx_training_courses_count"),
    R("Hơn «8,4 triệu người", "người đã được đào tạo, tập huấn", ">", 8.4e6, **CNT,
      iid="hr.population_digital_skills_trained_count"),
])

# --------------------------------------------------------------------------
# 11 National: VECOM's e-commerce index EBI 2025 (doanhnghiepvn.vn, no date
# shown; "năm 2025" → 2025; a related-articles line cut). Index values: unit
# other "điểm" (decided case "đạt 120,5 điểm"), results (=), `place` for the
# provinces named: average 9,3; Hà Nội 74,7; TP Hồ Chí Minh 73,5; Đà Nẵng
# 28,1 ("vị trí thứ ba" in words: no rank record); Lai Châu 2,1 and Điện Biên
# 1,6 ("lần lượt ... với 2,1 và 1,6 điểm": two records); B2C "Hà Nội và TP
# Hồ Chí Minh đạt từ 62,9 điểm trở lên" (>=, one record for the two); Bắc
# Ninh 4,5; "ba địa phương dẫn đầu có điểm thấp nhất là 76,9" (=, the lowest
# of the three; "điểm" written before the number); Hải Phòng 36. Pillar
# null: the nearest heading above, "Hà Nội dẫn đầu bảng xếp hạng", names no
# pillar (the title "Chỉ số thương mại điện tử 2025: ..." stands above it; a
# judgement). No id (the catalogue holds no EBI). Not quantities: "hơn 5.000
# doanh nghiệp" (the survey's sample, as set47's PAR survey), "ba nhóm" (words).
# --------------------------------------------------------------------------
D11 = dict(name="11_ca-nuoc-chi-so-ebi-2025", kind="result", year=2025, records=[
    R("chỉ đạt «9,3 điểm", "điểm trung bình của chỉ số EBI", "=", 9.3, **DIEM),
    R("hạng với «74,7 điểm", "Hà Nội dẫn đầu bảng xếp hạng chỉ số EBI", "=", 74.7, **DIEM, place="Hà Nội"),
    R("Minh với «73,5 điểm", "TP Hồ Chí Minh chỉ số EBI", "=", 73.5, **DIEM, place="TP Hồ Chí Minh"),
    R("Đà Nẵng («28,1 điểm)", "vị trí thứ ba là Đà Nẵng chỉ số EBI", "=", 28.1, **DIEM, place="Đà Nẵng"),
    R("với «2,1 và 1,6", "Lai Châu đứng cuối bảng chỉ số EBI", "=", 2.1, **DIEM, place="Lai Châu"),
    R("2,1 và «1,6 điểm", "Điện Biên đứng cuối bảng chỉ số EBI", "=", 1.6, **DIEM, place="Điện Biên"),
    R("đạt từ «62,9 điểm", "Với giao dịch B2C, Hà Nội và TP Hồ Chí Minh", ">=", 62.9, **DIEM),
    R("chỉ đạt «4,5 điểm", "giao dịch B2C địa phương đứng đầu còn lại là Bắc Ninh", "=", 4.5, **DIEM,
      place="Bắc Ninh"),
    R("thấp nhất là «76,9", "nhóm tiêu chí hạ tầng và nguồn nhân lực, ba địa phương dẫn đầu có điểm thấp nhất", "=",
      76.9, **DIEM),
    R("chỉ đạt «36 điểm", "nhóm tiêu chí hạ tầng và nguồn nhân lực Hải Phòng – địa phương cao nhất trong nhóm còn lại",
      "=", 36, **DIEM, place="Hải Phòng"),
])

# --------------------------------------------------------------------------
# 12 National retail-market strategy to 2030, vision 2050 (vnexpress.net,
# date 2025-10): targets. Ranges "15-20%", "khoảng 40-45%", "11-11,5%",
# "25-30%": between (contract). First paragraph: e-commerce sales growth
# 15-20% a year and 40-45% of SMEs on platforms by 2030 (pillar null). Third
# paragraph: total retail growth 11-11,5% a year to 2030 (pillar null; no
# id). Fourth paragraph, opened by the lead-in "Về thương mại điện tử, ..."
# (thương mại điện tử → kinh tế số, spec) → digital_economy on its five
# targets: growth 15-20% (2030), share of retail 15-20% (2030,
# econ.ecommerce_retail_share), SMEs 40-45% (2030 from the sentence before),
# share 25-30% "đến 2050" (year 2050, econ.ecommerce_retail_share), "Hơn 70%
# SME" (>, 2050). Growth rates of e-commerce sales are targets stated as
# changes (quantities, contract); no id (econ.digital_economy_growth is the
# digital economy's). SMEs on platforms: no id (econ.enterprises_ecommerce_share
# counts all enterprises; a judgement). Not quantities: "2025-2030", "2050"
# in the strategy's name, "21/10" (a date).
# --------------------------------------------------------------------------
D12 = dict(name="12_ca-nuoc-chien-luoc-ban-le-tmdt-2030", kind="target", year=2030, records=[
    R("tăng trưởng «15-20% mỗi năm, với", "doanh số thương mại điện tử tăng trưởng mỗi năm", "between", 15,
      value_max=20),
    R("với khoảng «40-45% doanh", "doanh nghiệp nhỏ và vừa tham gia các sàn", "between", 40, value_max=45),
    R("bình quân «11-11,5%", "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tăng bình quân mỗi năm",
      "between", 11, value_max=11.5),
    R("tăng bình quân «15-20% mỗi năm, chiếm", "Doanh số thương mại điện tử tăng bình quân mỗi năm", "between", 15,
      value_max=20, pillar=ECO),
    R("chiếm «15-20% tổng", "Doanh số thương mại điện tử chiếm tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu "
      "dùng cả nước", "between", 15, value_max=20, pillar=ECO, iid="econ.ecommerce_retail_share"),
    R("Tiếp đó, khoảng «40-45%", "doanh nghiệp nhỏ và vừa tham gia các sàn thương mại điện tử", "between", 40,
      value_max=45, pillar=ECO),
    R("chiếm «25-30% tổng", "thương mại điện tử chiếm tổng mức bán lẻ hàng hóa và doanh thu tiêu dùng dịch vụ cả nước",
      "between", 25, value_max=30, pillar=ECO, year=2050, iid="econ.ecommerce_retail_share"),
    R("Hơn «70% SME", "SME tham gia các sàn thương mại điện tử", ">", 70, pillar=ECO, year=2050),
])

# --------------------------------------------------------------------------
# 13 Tiền Giang, digital economy and community digital teams
# (vietnamhoinhap.vn, byline "23/01/2025 lúc 00:02" kept, date 2025-01; the
# "Breaking News" line and a photo caption cut). "Năm 2021, Tiền Giang xếp
# hạng 12/63 tỉnh, thành phố về chỉ số kinh tế số" (rank =,
# dti.digital_economy_rank), "đạt 0,4856" (index value, unit other,
# unit_text null: no "điểm" written; dti.digital_economy_score), "giá trị
# trung bình kinh tế số cấp tỉnh là 0,4098" (=, no id: the provinces'
# average), "giá trị tăng thêm của kinh tế số năm 2021 là 8.619 tỷ đồng" (money,
# no id), "chiếm 8,59% GRDP" (econ.digital_economy_gdp_share): all 2021.
# Targets "đến năm 2025 ... chiếm 15% GRDP" and "đến năm 2030 đạt 25%" (>=,
# econ.digital_economy_gdp_share). "Đến nay ... 8.007 thành viên hoạt động
# tại 1.249 tổ công nghệ số cộng đồng" (=, 2025 from the byline;
# aware.community_digital_team_members_count, aware.community_digital_teams_count).
# Not quantities: "cao hơn so với trung bình chung cả nước là 0,0758" (a
# difference against another value), "/100.314 tỷ đồng" (the GRDP
# denominator), "23/01/2025", "00:02". Pillar null (no heading; the sentence
# "Tiền Giang tự tin với những kế hoạch ... phát triển kinh tế số, ..." is a
# sentence of its own ahead of the targets, as set47's judgement).
# --------------------------------------------------------------------------
D13 = dict(name="13_tiengiang-kinh-te-so-to-cns", kind="result", year=2025, records=[
    R("xếp hạng «12/63", "Tiền Giang xếp hạng tỉnh, thành phố về chỉ số kinh tế số", "=", 12, **RANK, year=2021,
      iid="dti.digital_economy_rank"),
    R("số, đạt «0,4856", "chỉ số kinh tế số", "=", 0.4856, **IDX, year=2021, iid="dti.digital_economy_score"),
    R("cấp tỉnh là «0,4098", "giá trị trung bình kinh tế số cấp tỉnh", "=", 0.4098, **IDX, year=2021),
    R("là «8.619 tỷ đồng", "giá trị tăng thêm của kinh tế số", "=", 8619e9, **DONG, year=2021),
    R("chiếm «8,59% GRDP", "giá trị tăng thêm của kinh tế số chiếm GRDP của tỉnh", "=", 8.59, year=2021,
      iid="econ.digital_economy_gdp_share"),
    R("chiếm «15% GRDP", "tỷ trọng kinh tế số chiếm GRDP của tỉnh", ">=", 15, kind="target", year=2025,
      iid="econ.digital_economy_gdp_share"),
    R("năm 2030 đạt «25%", "tỷ trọng kinh tế số chiếm GRDP của tỉnh", ">=", 25, kind="target", year=2030,
      iid="econ.digital_economy_gdp_share"),
    R("có «8.007 thành viên", "thành viên hoạt động tại tổ công nghệ số cộng đồng", "=", 8007, **CNT,
      iid="aware.community_digital_team_members_count"),
    R("tại «1.249 tổ", "tổ công nghệ số cộng đồng trên địa bàn Tiền Giang", "=", 1249, **CNT,
      iid="aware.community_digital_teams_count"),
])

# --------------------------------------------------------------------------
# 14 Bến Tre, digital government on the eve of Digital Transformation Day
# (cand.com.vn, no date shown; "Bốn năm trước, ngày 20/10/2020" and "Ngày
# Chuyển đổi số quốc gia năm nay (10/10)" → the document's year 2024, a
# judgement). The heading "Chính quyền số" stands above every record →
# digital_government on all. "1.542/1.823 DVCTT" (count 1542,
# egov.online_services_count), "đạt 100% đối với những TTHC đủ điều kiện
# cung cấp thành DVCTT toàn trình và một phần" (=; no id: full and partial
# joined), "đạt 84,59% so với tổng số TTHC thuộc thẩm quyền" (a share, decided
# case "so với tổng số"), "1.483/1.542 DVCTT" integrated (count,
# egov.national_portal_integrated_services_count) "đạt 80,2%"
# (egov.national_portal_integrated_share); certificates "cho 493 tổ chức,
# 2.241 cá nhân" (two counts, egov.digital_certificates_issued_count, a
# judgement: each a count of certificates issued to its holders) and SIM PKI
# "cho 225 cá nhân" (no id); "100% cán bộ, công chức từ cấp tỉnh đến huyện có
# kết nối mạng" (=, one value for both levels → scope null). Not
# quantities: "20/10/2020", "01-NQ/TU", "2020 - 2025", "2030", "3 trụ cột",
# "10/10", the denominators "/1.823", "/1.542". This article is not set19's
# Bến Tre review (baodongkhoi.vn, other figures), though some phrasing is shared.
# --------------------------------------------------------------------------
D14 = dict(name="14_bentre-chinh-quyen-so-2024", kind="result", year=2024, records=[
    R("Bến Tre là «1.542/1.823", "tổng số dịch vụ công trực tuyến (DVCTT) của Bến Tre", "=", 1542, **CNT, pillar=GOV,
      iid="egov.online_services_count"),
    R("DVCTT, đạt «100% đối", "thủ tục hành chính (TTHC) đủ điều kiện cung cấp thành DVCTT toàn trình và một phần",
      "=", 100, pillar=GOV),
    R("một phần, đạt «84,59%", "DVCTT so với tổng số TTHC thuộc thẩm quyền giải quyết", "=", 84.59, pillar=GOV),
    R("công khai «1.483/1.542", "DVCTT tích hợp công khai lên Cổng Dịch vụ công quốc gia", "=", 1483, **CNT,
      pillar=GOV, iid="egov.national_portal_integrated_services_count"),
    R("quốc gia, đạt «80,2%", "DVCTT tích hợp công khai lên Cổng Dịch vụ công quốc gia", "=", 80.2, pillar=GOV,
      iid="egov.national_portal_integrated_share"),
    R("cho «493 tổ chức", "tổ chức được cấp chứng thư số chuyên dùng", "=", 493, **CNT, pillar=GOV,
      iid="egov.digital_certificates_issued_count"),
    R("tổ chức, «2.241 cá nhân", "cá nhân được cấp chứng thư số chuyên dùng", "=", 2241, **CNT, pillar=GOV,
      iid="egov.digital_certificates_issued_count"),
    R("cho «225 cá nhân", "cá nhân được cấp phôi SIM PKI có tích hợp chữ ký số", "=", 225, **CNT, pillar=GOV),
    R("sử dụng. «100% cán bộ", "cán bộ, công chức từ cấp tỉnh đến huyện có kết nối mạng nội bộ và Internet", "=",
      100, pillar=GOV),
])

# --------------------------------------------------------------------------
# 15 Hòa Bình, digital infrastructure in 2022 (hoabinh.gov.vn, byline
# "06/12/2022 00:00" kept, date 2022-12; the lines "DetailController" and
# "Kinh tế" cut). Results of 2022: "phát triển 57 vị trí trạm" (new sites),
# "1.360 vị trí với 3.236 trạm" (infra.bts_stations_count on 3.236), "853
# trạm 2G, 1.207 trạm 3G, 1.176 trạm 4G" (a breakdown by kind: three counts,
# scope null, no id), "100% trung tâm các xã, phường, thị trấn" covered (no
# id: commune centres), "99,6% thôn, bản, cụm dân cư"
# (infra.mobile_village_coverage_share), video conferences "đến 100% các xã,
# phường, thị trấn" (infra.video_conference_communes_share). Pillar null: the
# paragraph opens with the sentence "Hạ tầng số được đẩy mạnh đầu tư, nâng
# cấp." of its own, not a heading or a lead-in of a list (set47's judgement
# on Quảng Ngãi's "Hạ tầng số tiếp tục được đẩy mạnh ..."). Not quantities:
# "01/01/2022", "00:00" (dates, time), "2G", "3G", "4G" (names), "cấp II" (a
# name), "4 cấp chính quy[ền]" (the levels of government).
# --------------------------------------------------------------------------
D15 = dict(name="15_hoabinh-ha-tang-so-2022", kind="result", year=2022, records=[
    R("phát triển «57 vị trí", "vị trí trạm thu phát sóng di động (Trạm BTS) phát triển", "=", 57, **CNT),
    R("lên «1.360 vị trí", "tổng số vị trí trạm BTS", "=", 1360, **CNT),
    R("với «3.236 trạm", "trạm BTS", "=", 3236, **CNT, iid="infra.bts_stations_count"),
    R("có «853 trạm", "trạm 2G", "=", 853, **CNT),
    R("«1.207 trạm", "trạm 3G", "=", 1207, **CNT),
    R("«1.176 trạm", "trạm 4G", "=", 1176, **CNT),
    R("đến «100% trung tâm", "phủ sóng đến trung tâm các xã, phường, thị trấn", "=", 100),
    R("đạt «99,6% thôn", "Tỷ lệ dân số được phủ sóng thông tin di động thôn, bản, cụm dân cư", "=", 99.6,
      iid="infra.mobile_village_coverage_share"),
    R("đến «100% các xã", "Hệ thống hội nghị truyền hình được kết nối xuyên suốt từ cấp tỉnh đến các xã, phường, "
      "thị trấn", "=", 100, iid="infra.video_conference_communes_share"),
])

# --------------------------------------------------------------------------
# 16 Hòa Bình, telecom infrastructure (hoabinh.gov.vn, no date shown, no
# year named → year null). "thực hiện ngầm hóa 100% cáp viễn thông theo hạ
# tầng khu đô thị và khu công nghiệp": one of the verbless tasks after "Với
# mục tiêu ..." ("Nâng cao năng lực ...; thực hiện ngầm hóa ...; đảm bảo ...")
# → a target (>=; a judgement, the sentence states no result). Counts
# written with a leading zero: "07 doanh nghiệp", "02 doanh nghiệp", "01
# HOST", "25 tổng đài", "04 doanh nghiệp", "1.048 vị trí cột thu phát sóng"
# (results, =, no id: sites, not stations); "bán kính phục vụ 1,2 k[m]" cut
# inside its unit (unit other, unit_text null: the unit is not written out).
# Not quantities: "4.0" (in a name). Pillar null.
# --------------------------------------------------------------------------
D16 = dict(name="16_hoabinh-ha-tang-vien-thong", kind="result", year=None, records=[
    R("ngầm hóa «100% cáp", "ngầm hóa cáp viễn thông theo hạ tầng khu đô thị và khu công nghiệp", ">=", 100,
      kind="target"),
    R("có «07 doanh nghiệp", "doanh nghiệp đầu tư, xây dựng hạ tầng, cung cấp các dịch vụ viễn thông, internet", "=",
      7, **CNT),
    R("trong đó «02 doanh nghiệp", "doanh nghiệp đầu tư xây dựng hạ tầng cung cấp dịch vụ điện thoại cố định hữu "
      "tuyến, vô tuyến", "=", 2, **CNT),
    R("gồm «01 HOST", "HOST lắp đặt tại thành phố Hòa Bình", "=", 1, **CNT),
    R("với «25 tổng đài", "tổng đài chuyển mạch cố định", "=", 25, **CNT),
    R("có «04 doanh nghiệp", "Hạ tầng mạng thông tin di động doanh nghiệp", "=", 4, **CNT),
    R("tổng số «1.048 vị trí", "vị trí cột thu phát sóng", "=", 1048, **CNT),
    R("phục vụ «1,2 k", "bán kính phục vụ", "=", 1.2, **IDX),
])

# --------------------------------------------------------------------------
# 17 Hà Nội, iHanoi in August 2024 (congnghevadoisong.vn, byline "13:35,
# 17/08/2024" kept, date 2024-08). Title "Hơn 3.200 phản ánh kiến nghị" (>),
# "khoảng 40 phản ánh kiến nghị" a day (~, count), "trong tháng 7, có 1.441
# ... được xử lý" (=), "1.012 ... được tiếp nhận" in 8 days (=), "hơn 130.000
# cán bộ, công chức, viên chức cài đặt" (>), "hơn 545.000 người dân" (>),
# the heading "3.268 Ý KIẾN, PHẢN ÁNH ..." and the sentence's "3.268 ý kiến,
# phản ánh" (= each; the heading states the number too). All 2024, pillar
# null, no id (platforms.citizen_app_users_share is a share). Not
# quantities: "13:35", "17/08/2024", "8 ngày" (a duration), "tháng 7",
# "tháng 8/2024", "28/6/2024", "15/8", "15/8/2024".
# --------------------------------------------------------------------------
D17 = dict(name="17_hanoi-ihanoi-thang-8-2024", kind="result", year=2024, records=[
    R("Hơn «3.200 phản ánh", "phản ánh kiến nghị của người dân được gửi qua ứng dụng iHanoi", ">", 3200, **CNT),
    R("khoảng «40 phản ánh", "Trung bình mỗi ngày ứng dụng iHanoi tiếp nhận và phân xử lý phản ánh kiến nghị", "~", 40,
      **CNT),
    R("có «1.441 phản ánh", "phản ánh kiến nghị được xử lý trong tháng 7", "=", 1441, **CNT),
    R("có «1.012 phản ánh", "phản ánh kiến nghị được tiếp nhận trong 8 ngày đầu tháng 8", "=", 1012, **CNT),
    R("hơn «130.000 cán bộ", "cán bộ, công chức, viên chức cài đặt ứng dụng Công dân Thủ đô số (iHanoi)", ">", 130000,
      **CNT),
    R("hơn «545.000 người", "người dân tiếp cận và sử dụng ứng dụng iHanoi", ">", 545000, **CNT),
    R("«3.268 Ý KIẾN", "Ý KIẾN, PHẢN ÁNH CỦA NGƯỜI DÂN GỬI QUA ỨNG DỤNG IHANOI", "=", 3268, **CNT),
    R("có «3.268 ý kiến", "ý kiến, phản ánh của người dân gửi qua ứng dụng iHanoi", "=", 3268, **CNT),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14, D15, D16, D17]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
