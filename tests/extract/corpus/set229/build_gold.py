#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set229).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (goldkit.clause_span).

Each document may also list NOT: locators of percentages deliberately left without a record (a
result's change against an earlier value, completion against a quota); check_gold.py verifies
that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).

Theme of the set: courts, procuracy and police going digital (online trials, digitised case
files, police online services, chip ID cards and electronic identification). No tax or customs
page was found (see README, "The set").

Run:  python3 build_gold.py && python3 check_gold.py
"""
import functools
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, CNT, RANK, T  # noqa: E402

L34 = "egov.level3_4_online_services_share"
APPS = "egov.online_applications_share"
APPS_N = "egov.online_applications_count"
SATIS = "egov.satisfaction_share"
WORK = "egov.work_records_online_share"
EDOC = "egov.electronic_documents_share"
PLAN = "aware.agencies_dx_plan_share"
CHIP_N = "society.chip_id_cards_count"
EID_REG = "society.eid_registrations_collected_count"
EID_ACT = "society.eid_accounts_activated_count"
ARCH = "data.archives_digitised_share"

# Each document is made by one call: its records are built by the same function with the document's
# own name, kind and year (functools.partial of dict, as set193 bound its builders).
doc = functools.partial(dict)

# --------------------------------------------------------------------------
# 01 Quảng Ninh, the provincial procuracy (VKSND hai cấp) digitising criminal case files with its
# software and showing evidence on screen at trials, 2021 (baovephapluat.vn; cut: the layout token
# "leftcenterrightdel" and the photo caption "Đồng chí Nguyễn Mai Thúy - ... phát biểu tại Hội
# nghị." with the blank line after it; no byline, no stamp). Year 2021 ("Trong năm 2021"). Results:
# "số hóa hồ sơ 635 vụ, chiếm 52,1% số vụ truy tố" (a count, then its share), "trình chiếu chứng cứ
# ... tại 420 phiên tòa, chiếm 31,5% số vụ xét xử" (likewise). NOT: "(tăng 301 vụ=90% so với năm
# 2020)", "(tăng 174 vụ =70,7% so với năm 2020)" (a result's change against an earlier value,
# spec; "301 vụ", "174 vụ" likewise). Not quantities: "03/CT-VKSTC", "17/5/2021", "20/1/2022"
# (documents and dates), "Năm 2022" (a date). Pillar null (no heading). Ids null (the catalogue has
# no indicator for digitised case files or evidence shown at trials).
# --------------------------------------------------------------------------
D01 = doc(name="01_quangninh-vks-so-hoa-ho-so-vu-an-2021", kind="result", year=2021, records=[
    R("hồ sơ «635 vụ", "số vụ VKSND hai cấp đã số hóa hồ sơ", "=", 635, **CNT),
    R("chiếm «52,1% số vụ truy tố", "số vụ số hóa hồ sơ so với số vụ truy tố", "=", 52.1),
    R("tại «420 phiên tòa", "phiên tòa trình chiếu chứng cứ bằng sơ đồ, hình ảnh", "=", 420, **CNT),
    R("chiếm «31,5% số vụ xét xử", "phiên tòa trình chiếu chứng cứ so với số vụ xét xử", "=", 31.5),
], NOT=["vụ=«90% so", "vụ =«70,7% so"])

# --------------------------------------------------------------------------
# 02 Vĩnh Phúc, the provincial police's plan for digital transformation and e-government
# 2021-2025 and its targets for 2025 (baovinhphuc.com.vn; the stamp " date 2021-12" written as the
# first line; nothing cut). Targets, year 2025 ("Mục tiêu đến năm 2025 là ..."; the next
# paragraph "Tối thiểu 90% ...; 60% ..." continues the same list of targets and takes its year, a
# judgement). "80% thủ tục hành chính ... dịch vụ công trực tuyến mức độ 3 và 4" (bare number:
# >=), "đạt từ 50% trở lên" (>=), "Tối thiểu 90%" (>=), "60% hồ sơ công việc" (>=). Pillar null:
# the first paragraph's "xây dựng chính quyền điện tử hướng đến chính quyền số" names the plan,
# not a heading or a lead-in to the targets, which stand two paragraphs later (spec: a new
# paragraph under no heading). Not quantities: "4.0" (a name), "2021-2025", "năm 2030" (dates),
# "mức độ 3 và 4" (labels). The targets' wording is the national stock wording of the e-government
# strategy, shared with many earlier texts (SOURCES.md). Ids: L34, APPS, SATIS, WORK.
# --------------------------------------------------------------------------
D02 = doc(name="02_vinhphuc-cong-an-ke-hoach-cds-2025", kind="target", year=2025, records=[
    R("là «80% thủ tục", "thủ tục hành chính phổ biến được cung cấp dưới hình thức dịch vụ công trực tuyến mức độ "
      "3 và 4", ">=", 80, iid=L34),
    R("đạt từ «50% trở lên", "tỷ lệ giải quyết hồ sơ trực tuyến mức độ 3 và 4 trên tổng số hồ sơ", ">=", 50,
      iid=APPS),
    R("Tối thiểu «90% người dân", "người dân và doanh nghiệp hài lòng về việc giải quyết thủ tục hành chính",
      ">=", 90, iid=SATIS),
    R("chính; «60% hồ sơ", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 60, iid=WORK),
])

# --------------------------------------------------------------------------
# 03 Hà Nội, the city police's online public services for residence and the chip ID-card and
# electronic-identification campaign, end of 2022 and start of 2023 (giaothonghanoi.kinhtedothi.vn;
# cut: the table-border line "|" and the photo caption "Cán bộ Phòng Cảnh sát QLHC và TTXH ... gắn
# chíp. |"; no byline, no stamp). Years from the text: "tính từ hết năm 2022 trở về trước" (the
# online-service results: 2022), "Tính đến ngày 2/1/2023" and "Ngay từ đầu năm 2023" (2023); the
# document's default year 2022. Results: "các chỉ tiêu đạt 100% khối lượng công việc như ..." (one
# value for the three services it names; a record of its own, then one per bracket "(đạt 100%)",
# each with its service as the subject: each bracket states the value again for one service);
# the eight services' shares "(đạt 64,38%)" ... "(đạt 90,2%)" (=, each its own subject, scope null:
# a breakdown by service). "Các danh mục dịch vụ công tiếp nhận 50% hồ sơ trực tuyến" is the
# required share of the services on that list (the quota in force until "1/1/2023", after which the
# text "phấn đấu tiếp nhận hoàn toàn trực tuyến" with no number): a target, >=, 2022 (a judgement).
# "125.066 hồ sơ cấp căn cước công dân gắn chíp ..., đạt 80% so với số cần phải thu nhận" (a count
# and its share: "số cần phải thu nhận" names the denominator, the citizens still to be enrolled,
# as the spec's "so với tổng số"; 2023); "4.103.091 hồ sơ cấp định danh điện tử" (2023). Not
# quantities: "90 ngày đêm" (the campaign's length), "1/1/2023", "2/1/2023" (dates). Pillar null.
# Ids: EID_REG for the 4.103.091 electronic-identification dossiers; the chip ID-card dossiers null
# (dossiers, not cards issued); the per-service shares null (one service each, not the catalogue's
# share of all applications).
# --------------------------------------------------------------------------
D03 = doc(name="03_hanoi-cong-an-dvc-cu-tru-cccd-2022", kind="result", year=2022, records=[
    R("chỉ tiêu đạt «100% khối lượng", "chỉ tiêu tiếp nhận và giải quyết hồ sơ trên Cổng dịch vụ công trực tuyến",
      "=", 100),
    R("khai báo tạm vắng trực tuyến (đạt «100%)", "khai báo tạm vắng trực tuyến", "=", 100),
    R("thông báo lưu trú trực tuyến (đạt «100%)", "thông báo lưu trú trực tuyến", "=", 100),
    R("Căn cước công dân trực tuyến (đạt «100%)", "xác nhận số Chứng minh nhân dân/Căn cước công dân trực tuyến",
      "=", 100),
    R("tiếp nhận «50% hồ sơ", "danh mục dịch vụ công tiếp nhận hồ sơ trực tuyến", ">=", 50, **T),
    R("(đạt «64,38%)", "xóa đăng ký thường trú trực tuyến", "=", 64.38),
    R("(đạt «88,7%)", "đăng ký tạm trú trực tuyến", "=", 88.7),
    R("(đạt «69,3%)", "gia hạn tạm trú trực tuyến", "=", 69.3),
    R("(đạt «41,5%)", "xóa đăng ký tạm trú trực tuyến", "=", 41.5),
    R("(đạt «83,96%)", "tách hộ trực tuyến", "=", 83.96),
    R("(đạt «71,54%)", "điều chỉnh thông tin về cư trú trong Cơ sở dữ liệu về cư trú trực tuyến", "=", 71.54),
    R("(đạt «78,99%)", "xác nhận thông tin về cư trú trực tuyến", "=", 78.99),
    R("(đạt «90,2%)", "đăng ký thường trú trực tuyến", "=", 90.2),
    R("được «125.066 hồ sơ", "hồ sơ cấp căn cước công dân gắn chíp toàn Thành phố đã thu nhận", "=", 125066,
      **CNT, year=2023),
    R("đạt «80% so với", "hồ sơ cấp căn cước công dân gắn chíp đã thu nhận so với số cần phải thu nhận", "=", 80,
      year=2023),
    R("nhận «4.103.091 hồ sơ", "hồ sơ cấp định danh điện tử toàn Thành phố đã thu nhận", "=", 4103091, **CNT,
      year=2023, iid=EID_REG),
])

# --------------------------------------------------------------------------
# 04 Bắc Giang, the provincial police's report on chip ID cards collected, printed and handed
# back, December 2021 (conganbacgiang.gov.vn; cut: the byline "(Chủ nhật, 12/12/2021, 06:50 pm
# GMT+7)" with the blank line after it, written as the first line `date 2021-12-12`, and the
# signature "Phòng Cảnh sát QLHC về TTXH" at the foot with the blank line before it). Year 2021
# ("đến nay", the byline's year). Results (counts, =): "đã thu nhận được 1.263.026 hồ sơ CCCD",
# "đã in cho Bắc Giang được 786.572 thẻ CCCD", "(hiện còn 476.454 hồ sơ đang chờ ... in thẻ)" (a
# value measured, the dossiers still waiting: a quantity like set193's remaining counts, not a
# change), "chuyển trả 786.053/786.572 thẻ CCCD" (the first number; "/786.572" is the denominator,
# as the earlier sets' "15/15 xã"). Not quantities: "03/9/2020", "1368/QĐ-TTg" (a date and a
# document), the eleven telephone numbers of the district police (0692589407 ...). Pillar null.
# Ids: CHIP_N for the cards printed (786.572) and the cards handed back (786.053); the dossiers
# null.
# --------------------------------------------------------------------------
D04 = doc(name="04_bacgiang-cong-an-cccd-2021", kind="result", year=2021, records=[
    R("được «1.263.026 hồ sơ", "hồ sơ CCCD Công an tỉnh đã thu nhận", "=", 1263026, **CNT),
    R("được «786.572 thẻ", "thẻ CCCD Bộ Công an đã in cho Bắc Giang", "=", 786572, **CNT, iid=CHIP_N),
    R("còn «476.454 hồ sơ", "hồ sơ CCCD đang chờ Bộ Công an in thẻ", "=", 476454, **CNT),
    R("trả «786.053/786.572", "thẻ CCCD Công an tỉnh đã chuyển trả cho công dân", "=", 786053, **CNT, iid=CHIP_N),
])

# --------------------------------------------------------------------------
# 05 Quảng Nam, the provincial police sending officers to the communes for the last push of
# Project 06, May 2023 (baoquangnam.vn; the stamp " date 2023-05" written as the first line; cut:
# the photo caption "Công an các địa phương ... TRONG ẢNH: ..." with the blank line after it). Year
# 2023. The page prints its lead twice (the summary and the body's first paragraph), so the text
# holds the target twice: "với mục tiêu hoàn thành cài đặt, kích hoạt 728.000 tài khoản VNeID
# trước ngày 30/6/2023" (two records, target, >=, 2023, one per statement). Results: "xếp thứ
# 47/63 tỉnh thành" (rank, =), "còn gần 60.000 trường hợp" (the citizens still without a card: ~,
# a count measured). NOT: "chỉ tiêu cài đặt, kích hoạt tài khoản định danh điện tử (đạt 11,2%"
# (completion against the quota, as set193's "đạt 24,37% so với chỉ tiêu được giao"). Not
# quantities: "30 cán bộ, chiến sĩ" (the officers sent, as an earlier set's "45 cán bộ, chiến sĩ"),
# "Đề án 06" (a name), "30/6/2023", "6/2023", "16/5" (dates), "/63" (the denominator). Pillar null
# (the subheading "Hỗ trợ cơ sở" names no pillar). Ids: EID_ACT for the quota; the rank and the
# remainder null.
# --------------------------------------------------------------------------
D05 = doc(name="05_quangnam-cong-an-de-an-06-2023", kind="result", year=2023, records=[
    R("date 2023-05\nTriển khai Đề án 06, với mục tiêu hoàn thành cài đặt, kích hoạt «728.000 tài khoản",
      "tài khoản VNeID hoàn thành cài đặt, kích hoạt", ">=", 728000, **CNT, **T, iid=EID_ACT),
    R("này.\n\nTriển khai Đề án 06, với mục tiêu hoàn thành cài đặt, kích hoạt «728.000 tài khoản",
      "tài khoản VNeID hoàn thành cài đặt, kích hoạt", ">=", 728000, **CNT, **T, iid=EID_ACT),
    R("xếp thứ «47/63", "chỉ tiêu cài đặt, kích hoạt tài khoản định danh điện tử, xếp thứ tỉnh thành", "=", 47,
      **RANK),
    R("còn gần «60.000 trường hợp", "cấp CCCD cho công dân đủ điều kiện còn trường hợp", "~", 60000, **CNT),
], NOT=["đạt «11,2%"])

# --------------------------------------------------------------------------
# 06 Thanh Hóa, the provincial police at the Ministry of Public Security's third national conference
# on digital transformation, October 2024 (baothanhhoa.vn; the stamp " date 2024-10" written as
# the first line; cut: the photo caption "Toàn cảnh hội nghị tại điểm cầu Công an tỉnh Thanh
# Hóa" with the blank line after it). The figures are the police force's nationwide results
# reported at the Thanh Hóa end of the conference. Year 2024 ("9 tháng năm 2024"; "Đến nay", the
# stamp's year). Results: "100% Công an các đơn vị, địa phương đã ban hành kế hoạch chuyển đổi
# số", "đã tiếp nhận 55,8 triệu hồ sơ trực tuyến, đạt tỉ lệ 98,35%" (a count, then its share),
# "đã cấp hơn 87,7 triệu thẻ căn cước" (>), "thu nhận hơn 78,3 triệu hồ sơ " (>, the excerpt ends
# before the dossiers' kind). NOT: "tăng hơn 13% so với cùng kỳ năm 2023" (a change against an
# earlier value). Not quantities: "lần thứ 3", "2 năm" (an ordinal, a period), "Kế hoạch 377",
# "Đề án 06" (names), "10/10", "Năm 2022", "Năm 2023", "Năm 2024" (dates). Pillar null. Ids: PLAN,
# APPS_N, APPS, CHIP_N; the last null (its kind is cut off).
# --------------------------------------------------------------------------
D06 = doc(name="06_thanhhoa-cong-an-hoi-nghi-cds-2024", kind="result", year=2024, records=[
    R("nay, «100% Công an", "Công an các đơn vị, địa phương đã ban hành kế hoạch chuyển đổi số", "=", 100,
      iid=PLAN),
    R("tiếp nhận «55,8 triệu hồ sơ", "hồ sơ trực tuyến Cổng dịch vụ công Bộ Công an đã tiếp nhận", "=", 55.8e6,
      **CNT, iid=APPS_N),
    R("tỉ lệ «98,35%", "tỉ lệ hồ sơ trực tuyến Cổng dịch vụ công Bộ Công an đã tiếp nhận", "=", 98.35, iid=APPS),
    R("cấp hơn «87,7 triệu thẻ", "thẻ căn cước công dân gắn chíp Bộ Công an đã cấp", ">", 87.7e6, **CNT,
      iid=CHIP_N),
    R("nhận hơn «78,3 triệu hồ sơ", "hồ sơ Bộ Công an đã thu nhận", ">", 78.3e6, **CNT),
], NOT=["hơn «13% so"])

# --------------------------------------------------------------------------
# 07 Đồng Tháp, the provincial court reviewing its first online trials, March 2022 (thdt.vn; the
# stamp " date 2022-03" written as the first line; nothing cut). Year 2022. Results (counts, =):
# "đã tổ chức được 5 phiên tòa trực tuyến (4 phiên tòa hình sự, 1 phiên tòa hành chính)" (three
# records, each its own subject: a breakdown by kind of case, scope null); "có 4 phiên tòa do Tòa án
# nhân dân tỉnh tổ chức, 1 phiên do Tòa án nhân dân huyện Tam Nông tổ chức" (two records, the
# organising court in the indicator, scope null: a breakdown by organiser, the court's level part
# of the subject, a judgement; place "Tam Nông" on the district's). Not quantities: "Trong 5 phiên
# tòa trực tuyến đã thực hiện" (the total restated as the lead of its breakdown, as set193's "15 xã
# ... bao gồm"), "tháng 3/2022", "29/3" (dates). Pillar null. Ids null.
# --------------------------------------------------------------------------
D07 = doc(name="07_dongthap-toa-an-phien-toa-truc-tuyen-2022", kind="result", year=2022, records=[
    R("được «5 phiên tòa", "phiên tòa trực tuyến đã tổ chức tại tỉnh Đồng Tháp", "=", 5, **CNT),
    R("(«4 phiên tòa hình sự", "phiên tòa trực tuyến hình sự", "=", 4, **CNT),
    R("«1 phiên tòa hành chính", "phiên tòa trực tuyến hành chính", "=", 1, **CNT),
    R("có «4 phiên tòa", "phiên tòa trực tuyến do Tòa án nhân dân tỉnh tổ chức", "=", 4, **CNT),
    R("«1 phiên do", "phiên tòa trực tuyến do Tòa án nhân dân huyện Tam Nông tổ chức", "=", 1, **CNT,
      place="Tam Nông"),
])

# --------------------------------------------------------------------------
# 08 Cà Mau, the provincial court's online appeal hearing held as a model for the province's
# courts, September 2022 (camau.toaan.gov.vn; cut: the photo caption "Điểm cầu trung tâm"; no
# byline, no stamp). A precision text, no record: "28/9/2022", "11/8/2022" (dates),
# "190/2022/TLPT-DS" (the case's number), the court's name and places; nothing is a target or a
# result. Year 2022 (the text's dates).
# --------------------------------------------------------------------------
D08 = doc(name="08_camau-toa-an-phien-toa-truc-tuyen-2022-precision", kind="result", year=2022, records=[])

# --------------------------------------------------------------------------
# 09 Gia Lai, the provincial procuracy's district offices digitising the files of civil cases and
# showing evidence on screen at trials, June 2021 (vksnd.gialai.gov.vn; cut: the banner "Học tập
# và làm theo tư tưởng, đạo đức và phong cách Hồ Chí Minh" with the blank line after it, and the
# byline "Thứ năm - 10/06/2021 05:25 1.438 0" (its date, time, view and comment counters) with the
# blank line after it, written as the first line `date 2021-06-10`). Year 2021 ("Đến nay", the
# byline's year). Result: "đã phối hợp tổ chức được 07 phiên tòa xét xử vụ án dân sự có số hóa hồ
# sơ" (count, =). Not quantities: "01/CT-VKSTC", "31/12/2020" (a document and a date), "năm 2021"
# (a date). Pillar null. Id null.
# --------------------------------------------------------------------------
D09 = doc(name="09_gialai-vks-so-hoa-phien-toa-dan-su-2021", kind="result", year=2021, records=[
    R("được «07 phiên tòa", "phiên tòa xét xử vụ án dân sự có số hóa hồ sơ, công bố tài liệu, chứng cứ bằng hình "
      "ảnh", "=", 7, **CNT),
])

# --------------------------------------------------------------------------
# 10 Vĩnh Phúc, the provincial procuracy's digital transformation, 2024 (baovinhphuc.com.vn; cut:
# the photo caption "Cán bộ, kiểm sát viên ... Ảnh: Dương Hà"; no byline, no stamp). Year 2024 (the
# breakthrough task "năm 2024" the text reports on). Result: "100% tài liệu, văn bản không thuộc
# danh mục bí mật nhà nước được gửi, n[hận] ..." (=; the excerpt ends inside the sentence). Not a
# quantity: "Tất cả các đơn vị" (no number). Pillar null. Id EDOC.
# --------------------------------------------------------------------------
D10 = doc(name="10_vinhphuc-vks-chuyen-doi-so-2024", kind="result", year=2024, records=[
    R("internet. «100% tài liệu", "tài liệu, văn bản không thuộc danh mục bí mật nhà nước được gửi", "=", 100,
      iid=EDOC),
])

# --------------------------------------------------------------------------
# 11 Bà Rịa - Vũng Tàu, commune police helping people register vehicles online through VNeID, May
# 2025 (baobariavungtau.com.vn; the stamp " date 2025-05" written as the first line; cut: the photo
# caption "Cán bộ công an xã Phước Hưng ... biển số xe ô tô." with the blank line after it). A
# precision text, no record: "57-NQ/TW" (a resolution), "23/3", "1/3/2025" (dates); no target or
# result is stated with a number. Year 2025.
# --------------------------------------------------------------------------
D11 = doc(name="11_bariavungtau-cong-an-so-hoa-tthc-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 12 The procuracy's national IT master plan (Quyết định 359/QĐ-VKSTC) and its targets for 2025,
# as a lawyers' journal summarised it (lsvn.vn; cut: the caption "Ảnh minh họa."; no byline, no
# stamp). The one national text of the set (no province): the procuracies of every province are its
# subject. Targets, year 2025 ("mục tiêu ... đến năm 2025, định hướng đến năm 2030": the first
# year named is the target's; the list "Ngoài ra, theo mục tiêu ..." continues it); "Đến năm 2030,
# tỉ lệ số hóa hồ sơ nghiệp vụ là 100%" (2030). Bare numbers >=; "khoảng 60%" (~). Not quantities:
# "359/QĐ-VKSTC" (a document). Pillar null. Ids: ARCH for the archived case files digitised; the
# others null (documents served electronically, case files digitised in the work, registers kept
# in software, statistical reports: the catalogue's nearest, the periodic reports sent through the
# reporting system, is another indicator).
# --------------------------------------------------------------------------
D12 = doc(name="12_toanquoc-vks-quy-hoach-cntt-2025", kind="target", year=2025, records=[
    R("thì «100% các loại văn bản", "các loại văn bản, giấy tờ có thể tống đạt, cung cấp cho người nhận bằng hình "
      "thức điện tử", ">=", 100),
    R("- «100% hồ sơ vụ án", "hồ sơ vụ án, vụ việc trong ngành Kiểm sát đã đưa vào lưu trữ được số hóa", ">=", 100,
      iid=ARCH),
    R("khoảng «60% hồ sơ", "hồ sơ nghiệp vụ công tác thực hành quyền công tố, kiểm sát hoạt động tư pháp của Viện "
      "Kiểm sát các cấp được số hóa", "~", 60),
    R("là «100%;", "tỉ lệ số hóa hồ sơ nghiệp vụ", ">=", 100, year=2030),
    R("- «100% các loại sổ sách", "các loại sổ sách theo dõi các khâu công tác về nghiệp vụ được thực hiện trên "
      "các phần mềm quản lý", ">=", 100),
    R("- «100% báo cáo", "báo cáo thống kê liên ngành, thống kê nghiệp vụ kiểm sát được thực hiện dưới dạng điện "
      "tử, được số hóa, áp dụng chữ ký số", ">=", 100),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
