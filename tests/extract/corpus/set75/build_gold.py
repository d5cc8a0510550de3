#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set75).

Copied from set69's builder (itself from set47's, set45's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the
text with « just before the number. The locator (without «) must occur exactly once in the text;
the anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as
in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (232
entries; see README). As in set10-set69, the id is given in the record itself (`iid=`).

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


DONG = dict(unit="other", unit_text="đồng")
MBPS = dict(unit="other", unit_text="Mbps")

# --------------------------------------------------------------------------
# 01 Hà Tĩnh, the province's plan for digital transformation in new-countryside
# building, targets to 2025 (tinthethaonews.org, no date shown; "mục tiêu đến
# năm 2025" → 2025 for all). "ít nhất 90% hồ sơ công việc cấp tỉnh, 80% hồ sơ
# công việc cấp huyện và 60% hồ sơ công việc cấp xã được xử lý trên môi trường
# mạng": three records, scopes cấp tỉnh / cấp huyện / cấp xã (a split by level),
# "ít nhất" on the first, the bare 80% and 60% targets >= anyway;
# egov.work_records_online_share. Their sentence opens with "đối với phát triển
# chính quyền số trong xây dựng nông thôn mới là:" → pillar digital_government
# (a lead-in naming the pillar). The next paragraphs ("Có 100% số xã đạt chuẩn
# chỉ tiêu 8.4 ...", "ít nhất 50% số xã ...", "50% số xã ... 15.2", "Có 100%
# đơn vị cấp huyện ...") name no pillar and stand under no heading → pillar
# null; their subjects are communes / districts meeting a criterion (scope
# null: the level is the subject, not a split); no catalogue indicator → null.
# Not quantities: "8.4" (twice), "số 8" (twice), "15.2", "số 15", "9.5",
# "số 9" (numbers inside the criteria's names), "2022 - 2025" (twice), "2025".
# --------------------------------------------------------------------------
D01 = dict(name="01_hatinh-thon-thong-minh-nong-thon-moi-2025", kind="target", year=2025, records=[
    R("ít nhất «90% hồ sơ công việc cấp tỉnh", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 90,
      scope="cấp tỉnh", pillar=GOV, iid="egov.work_records_online_share"),
    R("«80% hồ sơ công việc cấp huyện", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 80,
      scope="cấp huyện", pillar=GOV, iid="egov.work_records_online_share"),
    R("«60% hồ sơ công việc cấp xã", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 60,
      scope="cấp xã", pillar=GOV, iid="egov.work_records_online_share"),
    R("Có «100% số xã", "số xã đạt chuẩn chỉ tiêu 8.4 của Tiêu chí số 8 về thông tin và truyền thông theo Bộ tiêu "
      "chí xã nông thôn mới", ">=", 100),
    R("ít nhất «50% số xã", "số xã đạt chuẩn chỉ tiêu 8.4 của Tiêu chí số 8 về thông tin và truyền thông theo Bộ "
      "tiêu chí xã nông thôn mới nâng cao", ">=", 50),
    R("«50% số xã đạt chuẩn chỉ tiêu số 15.2", "số xã đạt chuẩn chỉ tiêu số 15.2 của Tiêu chí số 15 về hành chính "
      "công theo Bộ tiêu chí xã nông thôn mới nâng cao", ">=", 50),
    R("Có «100% đơn vị cấp huyện", "đơn vị cấp huyện đạt chuẩn chỉ tiêu 9.5 của Tiêu chí số 9 về An ninh trật tự "
      "- Hành chính công", ">=", 100),
])

# --------------------------------------------------------------------------
# 02 The Ministry of Home Affairs' plan implementing Resolution 71/NQ-CP (and so
# 57-NQ/TW), national (doanhnghiephoinhap.vn, no date shown; "đến năm 2030" →
# 2030 for all). Three targets: "tối thiểu 80% người dân và doanh nghiệp sẽ sử
# dụng các dịch vụ công trực tuyến" (>=; no id: the catalogue's use share is of
# adults, not of people and firms together), "90% thủ tục hành chính đủ điều
# kiện sẽ được cung cấp dưới hình thức trực tuyến toàn trình" (>= bare;
# egov.full_online_services_share), "100% hồ sơ và kết quả giải quyết thủ tục
# hành chính sẽ được số hóa" (>=; egov.digitised_procedure_results_share).
# The photo caption repeating the first figure was cut (SOURCES.md). Pillar
# null (no heading). Not quantities: "71/NQ-CP", "57-NQ/TW", "năm 2030" twice.
# --------------------------------------------------------------------------
D02 = dict(name="02_ca-nuoc-bo-noi-vu-nghi-quyet-71-2030", kind="target", year=2030, records=[
    R("tối thiểu «80% người dân", "người dân và doanh nghiệp sẽ sử dụng các dịch vụ công trực tuyến", ">=", 80),
    R("năm 2030, «90% thủ tục", "thủ tục hành chính đủ điều kiện sẽ được cung cấp dưới hình thức trực tuyến toàn "
      "trình", ">=", 90, iid="egov.full_online_services_share"),
    R("Song song đó, «100% hồ sơ", "hồ sơ và kết quả giải quyết thủ tục hành chính sẽ được số hóa", ">=", 100,
      iid="egov.digitised_procedure_results_share"),
])

# --------------------------------------------------------------------------
# 03 Hà Nội, results after nearly a year of Resolution 57 (ngaynay.vn, no date
# shown; "Tính từ 1/7 đến hết 12/11/2025" → 2025 for all). "1.243.294 hồ sơ
# được tiếp nhận và giải quyết" (=, count; egov.applications_received_count),
# "tỷ lệ đồng bộ lên Cổng Dịch vụ công quốc gia đạt 100%" (=; no id), "Tỷ lệ
# số hóa hồ sơ, kết quả ... đạt 85,89%" (egov.digitised_procedure_results_share),
# "tỷ lệ hồ sơ cấp kết quả điện tử đạt 87,72%"
# (egov.one_stop_digital_results_share), "tỷ lệ thanh toán trực tuyến đạt
# 99,73%" (egov.online_payment_share). Hà Nội is the text's own city: no place.
# Pillar null. Not quantities: "57-NQ/TW", "22/12/2024", "Nghị quyết 57"
# (three times), "1/7", "12/11/2025", "31/12/2025".
# --------------------------------------------------------------------------
D03 = dict(name="03_hanoi-nghi-quyet-57-ho-so-2025", kind="result", year=2025, records=[
    R("thành phố có «1.243.294 hồ sơ", "hồ sơ được tiếp nhận và giải quyết", "=", 1243294, **CNT,
      iid="egov.applications_received_count"),
    R("Cổng Dịch vụ công quốc gia đạt «100%", "tỷ lệ đồng bộ lên Cổng Dịch vụ công quốc gia", "=", 100),
    R("đạt «85,89%", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính của thành phố", "=", 85.89,
      iid="egov.digitised_procedure_results_share"),
    R("đạt «87,72%", "tỷ lệ hồ sơ cấp kết quả điện tử", "=", 87.72, iid="egov.one_stop_digital_results_share"),
    R("đạt «99,73%", "tỷ lệ thanh toán trực tuyến", "=", 99.73, iid="egov.online_payment_share"),
])

# --------------------------------------------------------------------------
# 04 Phú Thọ, Resolution 57 and digital infrastructure (ngaynay.vn, crawler's
# stamp → `date 2025-10`, 2025). Under the heading "Xây dựng hạ tầng số hiện
# đại" → pillar digital_infrastructure: "hơn 10.200 trạm BTS" (>, count;
# infra.bts_stations_count), "phủ sóng 3G, 4G đạt 100%" (=; the coverage of the
# BTS network, no exact id: the catalogue's coverage shares are of population
# (4G/5G) or villages), "phát sóng thương mại 170 trạm 5G" (=, count; no id: the
# catalogue counts all BTS). Not quantities: "57/NQ-TW" (twice), "22/12/2024",
# "Nghị quyết số 57", "3G", "4G", "5G" (names).
# --------------------------------------------------------------------------
D04 = dict(name="04_phutho-nghi-quyet-57-ha-tang-so-2025", kind="result", year=2025, records=[
    R("toàn tỉnh có hơn «10.200 trạm BTS", "trạm BTS", ">", 10200, **CNT, pillar=INFRA,
      iid="infra.bts_stations_count"),
    R("phủ sóng 3G, 4G đạt «100%", "trạm BTS phủ sóng 3G, 4G", "=", 100, pillar=INFRA),
    R("phát sóng thương mại «170 trạm 5G", "trạm 5G phát sóng thương mại", "=", 170, **CNT, pillar=INFRA),
])

# --------------------------------------------------------------------------
# 05 Phú Thọ, Vĩnh Phúc ward after the two-level model (baophutho.vn, crawler's
# stamp → `date 2026-01`; "Năm 2025" → 2025). "trên 98% hồ sơ thủ tục hành
# chính được tiếp nhận và xử lý trên môi trường điện tử" (>;
# egov.online_applications_share), "tỷ lệ hồ sơ giải quyết đúng và trước hạn
# đạt trên 99%" (>; egov.on_time_applications_share). Vĩnh Phúc ward is the
# text's own subject: no place. Pillar: the page title "Công dân số - nền tảng
# xây dựng xã hội số" names xã hội số and stands as the heading of the excerpt
# → digital_society (set69's decision that a page title counts as a heading;
# the heading decides even where the indicator belongs to chính quyền số; a
# judgement). Not quantities: "Đề án 06" (a name).
# --------------------------------------------------------------------------
D05 = dict(name="05_phutho-phuong-vinh-phuc-cong-dan-so-2025", kind="result", year=2025, records=[
    R("có trên «98% hồ sơ", "hồ sơ thủ tục hành chính được tiếp nhận và xử lý trên môi trường điện tử", ">", 98,
      pillar=SOC, iid="egov.online_applications_share"),
    R("đạt trên «99%", "tỷ lệ hồ sơ giải quyết đúng và trước hạn", ">", 99, pillar=SOC,
      iid="egov.on_time_applications_share"),
])

# --------------------------------------------------------------------------
# 06 VNeID, national (vietnamnet.vn, crawler's stamp → `date 2025-12`). Counts
# of 2025 ("đến giữa năm 2025", "đầu tháng 9/2025"): "hơn 83,5 triệu người dân đã
# đăng ký tài khoản VNeID" (>, 83500000; society.eid_accounts_activated_count,
# registered read as activated: a judgement), "khoảng 60 triệu tài khoản đạt mức
# định danh 2" (~; the level-2 part of the same count keeps the id), "hơn 2,1 tỷ
# giao dịch điện tử" (>), "gần 30 triệu lượt đăng nhập Cổng Dịch vụ công quốc
# gia" (~), "11 triệu lượt đăng nhập ứng dụng VssID" (=), "hơn 2 triệu lượt vào
# hệ thống eTax" (>): each its own subject (a breakdown by platform, scope null),
# no id. "hơn 70% hồ sơ tạm trú - tạm vắng tại Bình Thạnh, Gò Vấp đã được người
# dân nộp hoàn toàn qua VNeID" (>, year 2024 from "từ giữa năm 2024", place
# TP.HCM). "gần 30% bệnh nhân ngoại trú ... đã xuất trình VNeID" (~, place Hà
# Nội; the text names no year for the pilot → the document's 2025; a
# judgement). "chưa đến 24 giờ" (a processing time, a duration like set69's
# "khoảng 2 phút") → no record (a judgement). Not quantities: "mức định danh 2"
# (a level's name), "9/2025". Pillar null (the heading "Từ an sinh xã hội, y tế,
# giáo dục ..." names no pillar).
# --------------------------------------------------------------------------
D06 = dict(name="06_ca-nuoc-vneid-2025", kind="result", year=2025, records=[
    R("hơn «83,5 triệu", "người dân đã đăng ký tài khoản VNeID", ">", 83500000, **CNT,
      iid="society.eid_accounts_activated_count"),
    R("khoảng «60 triệu tài khoản", "tài khoản đạt mức định danh 2", "~", 60000000, **CNT,
      iid="society.eid_accounts_activated_count"),
    R("hơn «2,1 tỷ giao dịch", "VNeID đã xử lý giao dịch điện tử", ">", 2100000000, **CNT),
    R("gần «30 triệu lượt", "lượt đăng nhập Cổng Dịch vụ công quốc gia", "~", 30000000, **CNT),
    R("«11 triệu lượt", "lượt đăng nhập ứng dụng VssID của Bảo hiểm xã hội Việt Nam", "=", 11000000, **CNT),
    R("hơn «2 triệu lượt", "lượt vào hệ thống eTax của Tổng cục Thuế", ">", 2000000, **CNT),
    R("hơn «70% hồ sơ", "hồ sơ tạm trú - tạm vắng tại Bình Thạnh, Gò Vấp đã được người dân nộp hoàn toàn qua "
      "VNeID", ">", 70, year=2024, place="TP.HCM"),
    R("gần «30% bệnh nhân", "bệnh nhân ngoại trú trong hai tuần đầu triển khai đã xuất trình VNeID thay cho thẻ "
      "BHYT giấy", "~", 30, place="Hà Nội"),
])

# --------------------------------------------------------------------------
# 07 Hà Tĩnh, people and infrastructure (doisongxahoi.com, no date shown; the
# text names no year for its "hiện có" / "Đến nay" figures, only the
# resolution's period "2021-2025" and "2030" → year null for all; a judgement,
# as set69's 06). "24 trong tổng số 26 chỉ tiêu ... đã được hoàn thành": a count
# of targets → not quantities. "Về mặt nhân lực, ... hiện có 612 người làm việc
# trong lĩnh vực CNTT và chuyển đổi số" (=, count; hr.it_staff_count) and "424
# người có trình độ chuyên ngành CNTT" (=, count; no id): the lead-in "Về mặt
# nhân lực" names nhân lực số → digital_human_resources for its sentence. The
# next sentences name no pillar in a lead-in (pillar null; a judgement): "mạng
# di động 4G phủ rộng 99% khu vực dân cư" (=; no exact id: residential areas,
# not population), "kết nối internet đến 100% trung tâm xã" (=; no id: not
# fibre), "28 nền tảng và cơ sở dữ liệu dùng chung của tỉnh đã được kết nối
# liên thông" (=, count; no id). Not quantities: "24", "26", "05-NQ/TU",
# "2021-2025", "2030", "4G".
# --------------------------------------------------------------------------
D07 = dict(name="07_hatinh-nhan-luc-ha-tang-so", kind="result", year=None, records=[
    R("hiện có «612 người", "người làm việc trong lĩnh vực công nghệ thông tin (CNTT) và chuyển đổi số", "=", 612,
      **CNT, pillar=HR, iid="hr.it_staff_count"),
    R("có «424 người", "người có trình độ chuyên ngành CNTT", "=", 424, **CNT, pillar=HR),
    R("phủ rộng «99% khu vực", "mạng di động 4G phủ rộng khu vực dân cư", "=", 99),
    R("internet đến «100% trung tâm xã", "kết nối internet đến trung tâm xã", "=", 100),
    R("có «28 nền tảng", "nền tảng và cơ sở dữ liệu dùng chung của tỉnh đã được kết nối liên thông với nền tảng "
      "dữ liệu quốc gia", "=", 28, **CNT),
])

# --------------------------------------------------------------------------
# 08 Tuyên Quang, procedures regardless of the commune boundary (vietnamplus.vn,
# crawler's stamp → `date 2025-09`, 2025). A precision text: one quantity, "từ
# ngày 1/10 tới, toàn tỉnh sẽ tổ chức tiếp nhận và trả kết quả thủ tục hành chính
# không phụ thuộc vào địa giới hành chính tại tất cả 124 Trung tâm Phục vụ hành
# chính công cấp xã" (a target: the centres the plan sets the service at; bare
# number → >=, count; no id; a judgement: not a mere scope like set69's "58
# tỉnh, thành"). The page's split word "Đ\n\nây" was kept as returned. Not
# quantities: "1/10". Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_tuyenquang-124-trung-tam-xa-2025-precision", kind="target", year=2025, records=[
    R("tại tất cả «124 Trung tâm", "Trung tâm Phục vụ hành chính công cấp xã tiếp nhận và trả kết quả thủ tục hành "
      "chính không phụ thuộc vào địa giới hành chính", ">=", 124, **CNT),
])

# --------------------------------------------------------------------------
# 09 Hưng Yên, an online "Bình dân học vụ số" class (tienphong.vn, crawler's
# stamp → `date 2025-11`, 2025). A precision text: "hơn 250.000 đoàn viên, thanh
# niên và người dân tỉnh Hưng Yên đã được hướng dẫn ứng dụng công nghệ AI ..."
# (result, >, count; hr.population_digital_skills_trained_count) and, restated,
# "250.000 đoàn viên, thanh niên và người dân cùng lúc tham gia qua nền tảng trực
# tuyến" (result, =, count; recorded again as set69 records repeated
# statements; no id). The learners of a skills campaign are its measured reach,
# not the audience of an event (the spec's "hơn 50 cơ quan báo chí"); a
# judgement. Not quantities: "29/11", "C06", "TPO". Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_hungyen-binh-dan-hoc-vu-so-truc-tuyen-2025-precision", kind="result", year=2025, records=[
    R("hơn «250.000 đoàn viên", "đoàn viên, thanh niên và người dân tỉnh Hưng Yên đã được hướng dẫn ứng dụng công "
      "nghệ AI trong học tập và làm việc, nộp hồ sơ dịch vụ công trực tuyến", ">", 250000, **CNT,
      iid="hr.population_digital_skills_trained_count"),
    R("Hưng Yên. «250.000 đoàn viên", "đoàn viên, thanh niên và người dân cùng lúc tham gia qua nền tảng trực "
      "tuyến", "=", 250000, **CNT),
])

# --------------------------------------------------------------------------
# 10 VietQR payments, national (thoibaonganhang.vn, no date shown; "tính đến
# tháng 10/2025", "10 tháng đầu năm 2025" → 2025). A precision text: "gần 90
# triệu tài khoản sử dụng Mobile Banking để quét mã VietQR" (~, count; no id:
# the catalogue's accounts count is of payment accounts, not of app users), the
# bracketed values "(đạt 3,6 tỷ giao dịch)" (=, count) and "(9,2 triệu tỷ đồng)"
# (=, 9.2e15, other "đồng": two magnitude words multiplied) stated inside a
# change (spec: a bracket that states a value is a quantity). The changes "tăng
# hơn 52% về số lượng" and "85% về giá trị ... so với cùng kỳ năm 2024" are not
# quantities → NOT. Pillar null (the headings "Thanh toán QR bùng nổ" name none).
# Not quantities: "năm 2021", "3 năm", "10/2025", "10 tháng", "năm 2024".
# --------------------------------------------------------------------------
D10 = dict(name="10_ca-nuoc-vietqr-10-thang-2025-precision", kind="result", year=2025, records=[
    R("gần «90 triệu tài khoản", "tài khoản sử dụng Mobile Banking để quét mã VietQR thực hiện chuyển tiền hằng "
      "ngày", "~", 90000000, **CNT),
    R("(đạt «3,6 tỷ giao dịch)", "Giao dịch chuyển tiền qua mã VietQR được ghi nhận tại hệ thống NAPAS trong 10 "
      "tháng đầu năm 2025", "=", 3600000000, **CNT),
    R("(«9,2 triệu tỷ đồng)", "giá trị giao dịch chuyển tiền qua mã VietQR", "=", 9.2e15, **DONG),
], NOT=["tăng hơn «52%", "và «85% về giá trị"])

# --------------------------------------------------------------------------
# 11 TP.HCM, VietQR boards for Bến Thành market (tintuc.vdong.vn, no date shown
# and no year in the text → year null for all). A precision text: "Có 90 bảng mã
# VietQR được ... trao tận tay cho tiểu thương chợ Bến Thành" (result, =, count),
# "Đến nay có 42 ngân hàng liên kết với NAPAS để thực hiện chuyển tiền nhanh 24/7"
# (result, =, count; restated in "Ngoài 90 bảng mã VietQR": recorded again, as
# set69 records repeated statements), "theo kế hoạch, hơn 1.400 sạp hàng còn lại ... cũng được
# trao các mã thanh toán không tiền mặt" (target: "theo kế hoạch"; >, count). No
# ids. Not quantities: "24/7", "1A và 2A" (a shop's name), "hơn 20 năm", "18
# năm" (durations of a trader's business), "Ngày không tiền mặt" (no digits).
# Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_tphcm-cho-ben-thanh-vietqr-precision", kind="result", year=None, records=[
    R("Có «90 bảng mã", "bảng mã VietQR được trao tận tay cho tiểu thương chợ Bến Thành", "=", 90, **CNT),
    R("Ngoài «90 bảng mã", "bảng mã VietQR", "=", 90, **CNT),
    R("Đến nay có «42 ngân hàng", "ngân hàng liên kết với NAPAS để thực hiện chuyển tiền nhanh 24/7", "=", 42, **CNT),
    R("hơn «1.400 sạp", "sạp hàng còn lại tại khu chợ được trao các mã thanh toán không tiền mặt", ">", 1400, **CNT,
      kind="target"),
])

# --------------------------------------------------------------------------
# 12 Hà Nội, QR payment at street stalls (tintuc.vdong.vn, a VTV item; no date
# shown; "6 tháng đầu năm 2022" → document year 2022). A precision text: one
# quantity, "số lượng các điểm thanh toán bình dân vỉa hè có gắn QR thanh toán
# tại Hà Nội hiện nay là gần 50.000 điểm" (result, ~, count, 2022; no id). The
# State Bank's changes "tăng 77,2% về số lượng", "tăng gần 30% về giá trị",
# "tăng 98,3%" are not quantities → NOT. Not quantities: "trà đá 36" (a shop's
# name), "400 - 500 cốc trà đá" (a shop's daily sales), "3.000" (a price), "6
# tháng", "4.0". Pillar null. The closing related-item teaser and the "Mời quý
# độc giả" line were cut (SOURCES.md).
# --------------------------------------------------------------------------
D12 = dict(name="12_hanoi-diem-thanh-toan-qr-via-he-2022-precision", kind="result", year=2022, records=[
    R("là gần «50.000 điểm", "số lượng các điểm thanh toán bình dân vỉa hè có gắn QR thanh toán tại Hà Nội", "~",
      50000, **CNT),
], NOT=["tăng «77,2%", "tăng gần «30%", "tăng «98,3%"])

# --------------------------------------------------------------------------
# 13 The National Committee on digital transformation, first half of 2022,
# national (vneconomy.vn, crawler's stamp → `date 2022-08`; "6 tháng đầu năm
# 2022" → 2022). "Tốc độ truy cập mạng băng rộng cố định đạt 71,79 Mbps" (=,
# other "Mbps"; infra.fixed_broadband_speed) and "... di động đạt 35,29 Mbps"
# (=, other "Mbps"; infra.mobile_broadband_speed). Their changes "tăng 32,7%"
# and "tăng 4,7% so với cùng kỳ năm 2021" are not quantities → NOT. "công bố 55
# bài toán chuyển đổi số": a count of problems (tasks) → not a quantity (a
# judgement). The heading "TÌNH HÌNH THỰC HIỆN MỤC TIÊU ĐẶT RA NĂM 2022" names no
# pillar → null. Not quantities: "lần thứ 4", "Phiên họp thứ 3", "6 tháng"
# (three times), "năm 2022" (four times), "năm 2021" (twice), "c63" (an
# address).
# --------------------------------------------------------------------------
D13 = dict(name="13_ca-nuoc-uy-ban-quoc-gia-6-thang-2022", kind="result", year=2022, records=[
    R("cố định đạt «71,79 Mbps", "Tốc độ truy cập mạng băng rộng cố định", "=", 71.79, **MBPS,
      iid="infra.fixed_broadband_speed"),
    R("di động đạt «35,29 Mbps", "Tốc độ truy cập mạng băng rộng di động", "=", 35.29, **MBPS,
      iid="infra.mobile_broadband_speed"),
], NOT=["tăng «32,7%", "tăng «4,7%"])

# --------------------------------------------------------------------------
# 14 The National Committee's plan of 2022, national (vietnamnet.vn, no date
# shown; targets "trong năm 2022", "đến hết năm 2022" → 2022). The title "85% dân
# số Việt Nam có điện thoại thông minh trong năm 2022" states the plan's target
# (>= bare; recorded like any sentence; a judgement), then "tỷ lệ dân số có
# điện thoại thông minh đạt 85%" and "tỷ lệ hộ gia đình có đường Internet cáp
# quang băng rộng đạt 75%" (>=), "tối thiểu 75% hộ gia đình có cáp quang" (>=),
# "phủ sóng băng rộng di động tới 100% thôn/bản" (>=; villages are the subject,
# scope null), "tỷ lệ người dân có điện thoại thông minh đạt 85%" (>=). Ids:
# society.adult_smartphone_share for the population's smartphones ("dân số",
# "người dân", not "dân số trưởng thành"; a judgement as set69's 06),
# infra.fibre_household_coverage_share, infra.mobile_village_coverage_share.
# "Cụ thể, về phát triển Chính phủ số, mục tiêu ... 80% ...; ... 50%" → the
# lead-in names Chính phủ số → digital_government for that sentence:
# egov.online_services_with_applications_share (80%),
# egov.online_applications_share (50%). The rest: pillar null (the earlier
# paragraphs stand under no heading naming a pillar; "Bên cạnh các mục tiêu về
# phát triển hạ tầng số" comes after them and states no value). The template
# placeholder "{keywords}" was cut (SOURCES.md). Not quantities: "15/3",
# "năm 2022" (several).
# --------------------------------------------------------------------------
D14 = dict(name="14_ca-nuoc-dien-thoai-thong-minh-cap-quang-2022", kind="target", year=2022, records=[
    R("«85% dân số Việt Nam", "dân số Việt Nam có điện thoại thông minh", ">=", 85,
      iid="society.adult_smartphone_share"),
    R("có điện thoại thông minh đạt «85% và", "tỷ lệ dân số có điện thoại thông minh", ">=", 85,
      iid="society.adult_smartphone_share"),
    R("băng rộng đạt «75%", "tỷ lệ hộ gia đình có đường Internet cáp quang băng rộng", ">=", 75,
      iid="infra.fibre_household_coverage_share"),
    R("tối thiểu «75% hộ", "hộ gia đình có cáp quang", ">=", 75, iid="infra.fibre_household_coverage_share"),
    R("tới «100% thôn/bản", "phủ sóng băng rộng di động tới thôn/bản", ">=", 100,
      iid="infra.mobile_village_coverage_share"),
    R("người dân có điện thoại thông minh đạt «85%", "tỷ lệ người dân có điện thoại thông minh", ">=", 85,
      iid="society.adult_smartphone_share"),
    R("phát sinh hồ sơ đạt «80%", "tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ", ">=", 80, pillar=GOV,
      iid="egov.online_services_with_applications_share"),
    R("xử lý trực tuyến đạt «50%", "tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến", ">=", 50, pillar=GOV,
      iid="egov.online_applications_share"),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
