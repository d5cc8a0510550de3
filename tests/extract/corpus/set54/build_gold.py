#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set54).

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
entries; see README). As in set10-set45, the id is given in the record itself (`iid=`).

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


MBS = dict(unit="other", unit_text="Mb/s")
TB100 = dict(unit="other", unit_text="thuê bao/100 dân")

DIEM = dict(unit="other", unit_text="điểm")
DONG = dict(unit="other", unit_text="đồng")
KM = dict(unit="other", unit_text="km")
MAY100 = dict(unit="other", unit_text="máy/100 dân")
GIAY = dict(unit="other", unit_text="giây")
PS = dict(unit="other", unit_text="phóng sự tuyên truyền/tháng")

# --------------------------------------------------------------------------
# 01 Lạng Sơn, the provincial party resolution's targets for 2025 on virtual
# assistants (dttg.ictvietnam.vn, no date; every target "đến năm 2025" → 2025,
# bare numbers → >=, "trên 50%" → >). Pillar: the lead-in "một trong những
# mục tiêu phát triển chính quyền số Lạng Sơn là ..." sets digital_government
# for its sentence; "Về phát triển xã hội số, ..." sets digital_society for the
# sentence it opens (three records); the next sentence ("nhóm 10 tỉnh, thành
# phố dẫn đầu quốc gia về chuyển đổi số", a rank target <=, 10) names no
# pillar → null, and takes the document's 2025 (it says only "sớm"; a
# judgement). Not quantities: "ít nhất 1 trợ lý ảo" (the threshold in the
# subject's definition, a judgement), "5 tiêu chí", "7 yêu cầu" (counts of
# criteria), "2021" (a date). Ids: egov.virtual_assistant_support_share,
# society.adult_e_payment_account_share ("người dân", a judgement),
# platforms.digital_address_households_share, dti.provincial_rank (a
# judgement); agencies having a virtual assistant → none.
# --------------------------------------------------------------------------
D01 = dict(name="01_langson-tro-ly-ao-muc-tieu-2025", kind="target", year=2025, records=[
    R("năm 2025, «100% cơ quan", "cơ quan, đơn vị hành chính nhà nước có ít nhất 1 trợ lý ảo hỗ trợ cho cán bộ, "
      "công chức, viên chức trong môi trường làm việc", ">=", 100, pillar=GOV),
    R("như trên «50% người dân", "người dân có tài khoản thanh toán điện tử, ví điện tử", ">", 50, pillar=SOC,
      iid="society.adult_e_payment_account_share"),
    R("ví điện tử; «100% hộ", "hộ gia đình có địa chỉ số", ">=", 100, pillar=SOC,
      iid="platforms.digital_address_households_share"),
    R("năm 2025, «100% người dân", "người dân và doanh nghiệp tại Lạng Sơn được trợ lý ảo hỗ trợ thực hiện thủ tục "
      "hành chính, sử dụng dịch vụ công trực tuyến của tỉnh", ">=", 100, pillar=SOC,
      iid="egov.virtual_assistant_support_share"),
    R("trong nhóm «10 tỉnh", "Lạng Sơn nằm trong nhóm tỉnh, thành phố dẫn đầu quốc gia về chuyển đổi số", "<=", 10,
      iid="dti.provincial_rank", **RANK),
])

# --------------------------------------------------------------------------
# 02 Lạng Sơn, Nghị quyết 49 on digital transformation to 2025 (ictnews,
# date 2021-10): one target, "100% người dân, doanh nghiệp của tỉnh được trợ
# lý ảo hỗ trợ dùng dịch vụ công" (>=, 2025 from "đến năm 2025" in the
# sentence before, egov.virtual_assistant_support_share). Pillar null (the
# heading "Bốn trụ cột chính ..." stands after it). Not quantities:
# "Nghị quyết 49", "XIII", "XVII", "2020 - 2025", "2030", "tất cả cơ quan"
# (no digit), "Bốn trụ cột" (a word).
# --------------------------------------------------------------------------
D02 = dict(name="02_langson-nghi-quyet-49-tro-ly-ao", kind="target", year=2025, records=[
    R("Cùng với đó, «100% người dân", "người dân, doanh nghiệp của tỉnh được trợ lý ảo hỗ trợ dùng dịch vụ công", ">=",
      100, iid="egov.virtual_assistant_support_share"),
])

# --------------------------------------------------------------------------
# 03 Phú Thọ (the merged province), electronic medical records (baophutho.vn,
# date 2025-10; results of 2025). "60/60" stated three times (the title, the
# report "đến 30/9", the closing sentence): each a count result (=, 60; the
# denominator not recorded). "100% bệnh viện, cơ sở khám chữa bệnh ... đã
# hoàn thành" (=, society.hospitals_emr_share, a judgement: hospitals and
# other facilities together). "có 3 bệnh viện đã cơ bản áp dụng toàn diện"
# (=, count). Pillar null. Not quantities: "30/9".
# --------------------------------------------------------------------------
D03 = dict(name="03_phutho-benh-an-dien-tu-2025", kind="result", year=2025, records=[
    R("Phú Thọ: «60/60", "cơ sở y tế đã hoàn thành triển khai hồ sơ bệnh án điện tử", "=", 60, **CNT),
    R("đã có «60/60", "cơ sở khám, chữa bệnh trên địa bàn triển khai hồ sơ bệnh án điện tử", "=", 60, **CNT),
    R("Hiện «100% bệnh viện", "bệnh viện, cơ sở khám chữa bệnh trên địa bàn tỉnh Phú Thọ mới đã hoàn thành trước tiến "
      "độ về triển khai hồ sơ bệnh án điện tử", "=", 100, iid="society.hospitals_emr_share"),
    R("có «3 bệnh viện", "bệnh viện đã cơ bản áp dụng toàn diện hồ sơ BAĐT", "=", 3, **CNT),
    R("Với việc «60/60", "cơ sở y tế đã hoàn thành triển khai", "=", 60, **CNT),
])

# --------------------------------------------------------------------------
# 04 Hà Nội, hospitals' digital transformation (baomoi.net.vn, no date).
# Year: the text's only reached year is "Năm 2024, Hà Nội đã có ..." with an
# expectation for 2025 → the document's year 2024 for the opening results (a
# judgement). "Khoảng 97%" (~), "100% các phim" (=), "giảm xuống 50%" (the
# level the average time fell to, =, a judgement: not a change "giảm 50%"),
# "30-40 giây", "5-8 giây" (between, other "giây": registration times, a
# judgement), "26 triệu tài khoản" (=, 2024), "dự kiến tăng lên 40 triệu tài
# khoản vào năm 2025" (a target of 2025, >=). Pillar null. Ids: none
# (inpatients paying online is not the hospitals' share; health-book
# accounts have no count id). Not quantities: "Bài 2", "Đề án 06", "tháng 4".
# --------------------------------------------------------------------------
D04 = dict(name="04_hanoi-benh-an-dien-tu", kind="result", year=2024, records=[
    R("Khoảng «97%", "bệnh nhân nội trú được thanh toán viện phí online", "~", 97),
    R("online, «100% các phim", "các phim chụp X-quang không còn phải in phim", "=", 100),
    R("giảm xuống «50%", "thời gian khám bệnh trung bình giảm xuống", "=", 50),
    R("chỉ mất «30-40 giây", "thời gian đăng ký khám lần đầu", "between", 30, value_max=40, **GIAY),
    R("chỉ mất «5-8 giây", "thời gian đăng ký khám từ lần thứ hai", "between", 5, value_max=8, **GIAY),
    R("đã có «26 triệu", "Hà Nội tài khoản sổ sức khỏe điện tử", "=", 26e6, **CNT),
    R("tăng lên «40 triệu", "Hà Nội tài khoản sổ sức khỏe điện tử", ">=", 40e6, kind="target", year=2025, **CNT),
])

# --------------------------------------------------------------------------
# 05 Digital school records, Hà Nội's primary schools (daidoanket.vn, no date;
# "thí điểm từ tháng 4/2024. Tính đến ngày 31/7" → 2024). "63 tỉnh, thành
# đều có cơ sở giáo dục thực hiện thí điểm" (count, =, 2024: the pilot of the
# school year 2023-2024). "số học bạ được ký số trên tổng số học sinh tiểu học
# đạt 97,6%" (=), "Hơn 27.500/29.093 giáo viên, nhân viên ... được trang bị
# chữ ký số cá nhân" (count, >; the denominator not recorded), "đạt tỷ lệ
# 94,64%" (=). Ids: none (records per pupil is not the schools' share;
# teachers' personal signatures are not the officials' share, a judgement).
# Not quantities: "Kế hoạch số 904", "lớp 1, 2, 3 và 4", "27/2020/TT-BGDĐT",
# "tháng 4/2024", "31/7", "2023-2024".
# --------------------------------------------------------------------------
D05 = dict(name="05_hanoi-hoc-ba-so-2024", kind="result", year=2024, records=[
    R("Trước đó, «63 tỉnh", "tỉnh, thành đều có cơ sở giáo dục thực hiện thí điểm triển khai học bạ số cấp tiểu học",
      "=", 63, **CNT),
    R("tiểu học đạt «97,6%", "số học bạ được ký số trên tổng số học sinh tiểu học", "=", 97.6, place="Hà Nội"),
    R("Hơn «27.500/29.093", "giáo viên, nhân viên các trường tiểu học đã được trang bị chữ ký số cá nhân", ">", 27500,
      place="Hà Nội", **CNT),
    R("đạt tỷ lệ «94,64%", "giáo viên, nhân viên các trường tiểu học đã được trang bị chữ ký số cá nhân", "=", 94.64,
      place="Hà Nội"),
])

# --------------------------------------------------------------------------
# 06 Sông Mã (Sơn La), one primary school's digital school records (a
# precision check; tracuuquyhoach.com, no date; "Năm học 2023-2024" → 2024, a
# judgement). "với 889, đạt 100% kế hoạch": 889 (records made; the noun left
# out by the page) is a count result (=); "đạt 100% kế hoạch" is a standing
# against the plan → NOT (as set47). Not quantities: "2023-2024", "khối 1",
# "lớp 5", "1 năm", "tổ dân phố 3".
# --------------------------------------------------------------------------
D06 = dict(name="06_songma-hoc-ba-so-precision", kind="result", year=2024, records=[
    R("với «889", "Nhà trường đã thực hiện học bạ số từ khối 1 đến khối lớp 5", "=", 889, **CNT),
], NOT=["đạt «100% kế hoạch"])

# --------------------------------------------------------------------------
# 07 Yên Bái, virtual assistant pilot (vov.vn, no date; "Từ 1/3/2024 ... Sau
# hơn hai tháng" → 2024). Two count results (=): officials taking part and
# questions asked. Pillar null. Not quantities: "1/3/2024", "hai tháng".
# --------------------------------------------------------------------------
D07 = dict(name="07_yenbai-tro-ly-ao-2024", kind="result", year=2024, records=[
    R("đã có «2.154", "cán bộ, công chức, viên chức tham gia thí điểm Trợ lý ảo", "=", 2154, **CNT),
    R("đặt được «23.303", "câu hỏi để huấn luyện Trợ lý ảo", "=", 23303, **CNT),
])

# --------------------------------------------------------------------------
# 08 Hưng Yên, virtual assistant for officials (a precision check;
# vtcnews.vn, date 2025-11). One quantity: "Dự kiến, hệ thống có thể giúp rút
# ngắn 30 - 50% thời gian xử lý công việc hành chính" — an expected cut stated
# as a change, read as a target (between 30 and 50, 2025; a judgement).
# Pillar null. No other number.
# --------------------------------------------------------------------------
D08 = dict(name="08_hungyen-tro-ly-ao-precision", kind="target", year=2025, records=[
    R("rút ngắn «30 - 50%", "rút ngắn thời gian xử lý công việc hành chính", "between", 30, value_max=50),
])

# --------------------------------------------------------------------------
# 09 National platforms, VNeID (vietnamnet.vn, date 2025-10; results of
# 2025). Pillar: the item's lead-in "Nền tảng định danh điện tử quốc gia -
# VNeID:" names a national platform → digital_platforms for its item (two
# paragraphs, up to the next item "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia
# – NDXP:"; a judgement). "hơn 65 triệu tài khoản đã được kích hoạt" (>,
# society.eid_accounts_activated_count), "48 tiện ích" (=), documents
# integrated "(20,2 triệu)", "(26,4 triệu)", "(7,4 triệu)" (=, counts, each
# with its own subject). Not quantities: "3 trụ cột", "3 nền tảng đạt kết quả
# nổi bật" (a count of the platforms the text goes on to name, a judgement).
# --------------------------------------------------------------------------
PLAT = "digital_platforms"
D09 = dict(name="09_ca-nuoc-nen-tang-so-vneid-2025", kind="result", year=2025, records=[
    R("Với hơn «65 triệu", "tài khoản VNeID đã được kích hoạt", ">", 65e6, pillar=PLAT,
      iid="society.eid_accounts_activated_count", **CNT),
    R("đã cung cấp «48 tiện ích", "nền tảng VNeID đã cung cấp tiện ích", "=", 48, pillar=PLAT, **CNT),
    R("Giấy phép lái xe («20,2 triệu", "Giấy phép lái xe tích hợp thành công vào nền tảng VNeID", "=", 20.2e6, pillar=PLAT, **CNT),
    R("Thẻ Bảo hiểm y tế («26,4 triệu", "Thẻ Bảo hiểm y tế tích hợp thành công vào nền tảng VNeID", "=", 26.4e6, pillar=PLAT, **CNT),
    R("Đăng ký xe («7,4 triệu", "Đăng ký xe tích hợp thành công vào nền tảng VNeID", "=", 7.4e6, pillar=PLAT, **CNT),
])

# --------------------------------------------------------------------------
# 10 Lào Cai, first results of digital transformation (a precision check;
# laocai24h.com, no date; "Năm 2022, ...", "ngày 13/10/2022" → 2022).
# Pillar: the heading line "Chuyển đổi số trước tiên là chuyển đổi nhận thức"
# names nhận thức số → digital_awareness for the paragraph under it. "85 cổng
# thành phần đều đã xây dựng các tin, bài, chuyên mục về chuyển đổi số" (=,
# count) and "xây dựng 01 phóng sự tuyên truyền/tháng" (=, other "phóng sự
# tuyên truyền/tháng", a judgement). Not quantities: "20-NQ/TU", "2025",
# "2030", "2022 – 2025", "11/CTr-UBND", "Nghị quyết số 20", "3 trụ cột",
# "13/10/2022", "Quyết định số 2280", "ngày 10 tháng 10", "3 cấp", "hơn
# 5.000 người" (the audience of the dissemination conferences: participants
# of events, as the decided case on "hơn 50 cơ quan báo chí"; a judgement).
# --------------------------------------------------------------------------
D10 = dict(name="10_laocai-chuyen-doi-so-2022-precision", kind="result", year=2022, records=[
    R("Lào Cai và «85 cổng", "cổng thành phần đều đã xây dựng các tin, bài, chuyên mục về chuyển đổi số", "=", 85,
      pillar=AWARE, **CNT),
    R("xây dựng «01 phóng sự", "Đài Phát thanh – Truyền hình tỉnh xây dựng phóng sự tuyên truyền về chuyển đổi số",
      "=", 1, pillar=AWARE, **PS),
])

# --------------------------------------------------------------------------
# 11 Sơn La, a livestream sale of OCOP products with KOLs (danviet.vn, no
# date → year null). Results: "Hơn 3 triệu người tiếp cận" (>), "496.000 người
# xem trực tiếp" (=), "gần 300 đơn hàng" (~), "hơn 10 triệu lượt xem" (>),
# all counts. Not quantities: "Hơn 20 sản phẩm đến từ 10 chủ thể OCOP" (what
# the event showed: participants of an event, a judgement), "OCOP 4 sao" (a
# name), "12 giờ" (a duration). Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_sonla-kols-livestream", kind="result", year=None, records=[
    R("Hơn «3 triệu người", "người tiếp cận phiên LIVE", ">", 3e6, **CNT),
    R("tiếp cận, «496.000", "người xem trực tiếp phiên LIVE", "=", 496000, **CNT),
    R("gần «300 đơn", "đơn hàng chốt được", "~", 300, **CNT),
    R("hơn «10 triệu lượt", "lượt xem video gắn hashtag #DacSanSonLa", ">", 10e6, **CNT),
])

# --------------------------------------------------------------------------
# 12 Digital signatures for every citizen (cafef.vn, date 2025-11). "Mục tiêu
# là 100% hồ sơ được ký số và trả kết quả hoàn toàn trên môi trường điện tử"
# (TP HCM's target, >=, year of the document 2025, place "TP HCM",
# egov.one_stop_digital_results_share, a judgement). "đăng ký từ 8 nhà phát
# hành chứng thư CKS lớn" (a count result, =, 2025). Not quantities:
# "25-10-2025", "một năm đầu" (words).
# --------------------------------------------------------------------------
D12 = dict(name="12_tphcm-chu-ky-so-2025", kind="result", year=2025, records=[
    R("Mục tiêu là «100% hồ sơ", "hồ sơ được ký số và trả kết quả hoàn toàn trên môi trường điện tử", ">=", 100,
      kind="target", place="TP HCM", iid="egov.one_stop_digital_results_share"),
    R("đăng ký từ «8 nhà", "nhà phát hành chứng thư CKS lớn cho đăng ký chữ ký số cá nhân trên VNeID", "=", 8, **CNT),
])

# --------------------------------------------------------------------------
# 13 NEAC's report on personal digital signatures in 2023 (scribd.com; the
# report is dated 06/11/2023). The national strategy's targets "đạt trên 50%
# vào năm 2025 và 70% vào năm 2030": two targets, the "trên" of the first
# read as holding for the second too (>, a judgement),
# society.adult_digital_signature_share. Not quantities: "06 tháng 11 năm
# 2023", "1 nhiệm vụ trọng tâm" (a count of tasks). Pillar null (the strategy
# names both economy and society).
# --------------------------------------------------------------------------
D13 = dict(name="13_neac-chu-ky-so-ca-nhan-2023", kind="target", year=2023, records=[
    R("đạt trên «50% vào", "tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân", ">", 50, year=2025,
      iid="society.adult_digital_signature_share"),
    R("2025 và «70% vào", "tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân", ">", 70, year=2030,
      iid="society.adult_digital_signature_share"),
])

# --------------------------------------------------------------------------
# 14 Đồng Nai (sub.dost-dongnai.gov.vn, Nhơn Nghĩa's page; no date): the
# national strategy's targets quoted, "đến năm 2025 có 50% dân số trưởng
# thành dùng chữ ký số cá nhân" (>=, 2025) and "đến năm 2030 đạt trên 70%" (>,
# 2030), society.adult_digital_signature_share. Not quantities: "31/3/2022",
# "411/QĐ-TTg". Pillar null.
# --------------------------------------------------------------------------
D14 = dict(name="14_dongnai-chu-ky-so-ca-nhan", kind="target", year=None, records=[
    R("năm 2025 có «50% dân số", "dân số trưởng thành dùng chữ ký số cá nhân", ">=", 50, year=2025,
      iid="society.adult_digital_signature_share"),
    R("đạt trên «70%", "dân số trưởng thành dùng chữ ký số cá nhân", ">", 70, year=2030,
      iid="society.adult_digital_signature_share"),
])

# --------------------------------------------------------------------------
# 15 Hậu Giang, farm households on e-commerce platforms (vietnamnet.vn, no
# date; "Tổng giá trị giao dịch trong 6 tháng đầu năm 2022" → 2022). "273 hộ
# SXNN tham gia giao dịch trên sàn TMĐT" (=, count), "đưa lên sàn 173 sản phẩm
# nông nghiệp" (=, econ.ecommerce_products_count), "khoảng 400 triệu đồng"
# (~, other "đồng"), "Tỷ trọng khu vực nông nghiệp trong ... GRDP ... chiếm
# khoảng 27%" (~, a result; no id). Pillar null (the working group's name
# "thúc đẩy phát triển kinh tế số nông nghiệp, nông thôn" is the source, not a
# lead-in; a judgement). Not quantities: "17-12-2021", "Kế hoạch số 211",
# "2021-2023", "1 trong 4 trụ cột".
# --------------------------------------------------------------------------
D15 = dict(name="15_haugiang-kinh-te-so-nong-nghiep-2022", kind="result", year=2022, records=[
    R("đã có «273 hộ", "hộ sản xuất nông nghiệp tham gia giao dịch trên sàn TMĐT", "=", 273, **CNT),
    R("đưa lên sàn «173 sản phẩm", "sản phẩm nông nghiệp đưa lên sàn", "=", 173, iid="econ.ecommerce_products_count",
      **CNT),
    R("khoảng «400 triệu", "Tổng giá trị giao dịch trên sàn TMĐT", "~", 400e6, **DONG),
    R("chiếm khoảng «27%", "Tỷ trọng khu vực nông nghiệp trong tổng sản phẩm (GRDP) trên địa bàn của tỉnh", "~", 27),
])

# --------------------------------------------------------------------------
# 16 Education's results on digital transformation and Đề án 06 (a precision
# check; baomoi.net.vn, no date → year null). One quantity: "học bạ số của
# 63/63 Sở Giáo dục và Đào tạo" (=, count; the denominator not recorded). Not
# quantities: "749/QĐ-TTg", "03/6/2020", "29-NQ/TW", "2022 - 2025", "2030",
# "131/QĐ-TTg", "25/01/2022", "3 trụ cột" (parts), "76/NQ-CP", "15/7/2021",
# "2021 – 2030", "Đề án 06".
# --------------------------------------------------------------------------
D16 = dict(name="16_giao-duc-de-an-06-precision", kind="result", year=None, records=[
    R("học bạ số của «63/63", "Sở Giáo dục và Đào tạo được Bộ Giáo dục và Đào tạo tiếp nhận yêu cầu kết nối để báo cáo "
      "học bạ số", "=", 63, **CNT),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14, D15, D16]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
