#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set53).

Copied from set47's builder (itself from set45's, set43's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the
text with « just before the number. The locator (without «) must occur exactly once in the text;
the anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed
as in the seeds' builder (`start_at` moves the start back to a given string; `line=True` keeps
the span to the number's own line, for the table rows of 12).

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

# --------------------------------------------------------------------------
# 01 National: the Ministry of Public Security's VNeID targets and results of
# Đề án 06 (chuyendoiso.hatinh.gov.vn; no date shown; the document's year is
# left null: the results are "cho tới thời điểm hiện tại"). Targets: "đến năm
# 2025, ... phải cấp 40 triệu tài khoản" (>=, 40e6, 2025); the list opened by
# "Đến hết tháng 12/2023, Bộ Công an phải triển khai 10 tiện ích ...; 50% dân
# số ...; 80% dân số trưởng thành ..." (>=, 2023 each). Results: "100% công dân
# đã được cấp số định danh cá nhân" (year null); "trên 84,7 triệu thẻ CCCD gắn
# chíp cho 100% công dân có đủ điều kiện ... (hoàn thành trước ngày 31/7/2023)"
# (two records, year 2023 from the bracket); "trên 70,2 triệu hồ sơ", "trên
# 49,7 triệu tài khoản", "tỷ lệ kích hoạt ... đạt 69,25%" (year null; "vượt
# chỉ tiêu" names no number). Ids: society.adult_smartphone_share (80%),
# society.chip_id_cards_share (100% of eligible citizens),
# society.eid_accounts_activated_count (49,7 triệu); 40 triệu accounts to be
# *issued*, not activated, and 50% of the population (not adults) with an
# e-payment account → null (judgements). Pillar null. Not quantities:
# "Đề án 06", "12/2023", "31/7/2023", the truncated "Có 42 đ" (its noun cut off).
# --------------------------------------------------------------------------
D01 = dict(name="01_bocongan-vneid-de-an-06-2023", kind="result", year=None, records=[
    R("phải cấp «40 triệu tài khoản", "tài khoản định danh điện tử (VNeID) cấp cho công dân", ">=", 40e6, **CNT, **T,
      year=2025),
    R("phải triển khai «10 tiện ích", "tiện ích trên VNeID", ">=", 10, **CNT, **T, year=2023),
    R("xác thực; «50% dân số", "dân số có tài khoản thanh toán điện tử", ">=", 50, **T, year=2023),
    R("«80% dân số trưởng thành", "dân số trưởng thành có điện thoại thông minh", ">=", 80, **T, year=2023,
      iid="society.adult_smartphone_share"),
    R("hiện tại, «100% công dân", "công dân đã được cấp số định danh cá nhân", "=", 100),
    R("cấp trên «84,7 triệu thẻ", "thẻ CCCD gắn chíp đã cấp", ">", 84.7e6, **CNT, year=2023),
    R("chíp cho «100% công dân", "công dân có đủ điều kiện được cấp thẻ CCCD gắn chíp", "=", 100, year=2023,
      iid="society.chip_id_cards_share"),
    R("thu nhận trên «70,2 triệu", "hồ sơ định danh điện tử đã thu nhận", ">", 70.2e6, **CNT),
    R("kích hoạt trên «49,7 triệu", "tài khoản định danh điện tử được kích hoạt", ">", 49.7e6, **CNT,
      iid="society.eid_accounts_activated_count"),
    R("thu nhận đạt «69,25%", "tỷ lệ kích hoạt trên tổng số hồ sơ thu nhận", "=", 69.25),
])

# --------------------------------------------------------------------------
# 02 National: the Ministry of Public Security's mid-year review of Đề án 06,
# 2023 (vov.vn, stamp 2023-07; "6 tháng đầu năm 2023" → 2023). "bãi bỏ yêu cầu
# ... đối với 28 thủ tục hành chính" (a count of procedures simplified, =);
# "224/224 dịch vụ công ... đạt tỷ lệ 100%" (a count and a share);
# "gân 27 triệu hồ sơ" ("gân" a typo for "gần": ~), "hơn 19 triệu hồ sơ trực
# tuyến" (>), "trên 83 triệu thẻ" (>), "cấp 100% Căn cước công dân cho công dân
# đủ điều kiện", "gần 53 triệu hồ sơ", "gần 32 triệu tài khoản" (~), "kết nối
# 15 bộ, ngành, 4 doanh nghiệp và 63 địa phương" (three counts, each its own
# subject, scope null). Ids: egov.online_services_count (224 services offered
# on the ministry's portal, a judgement), egov.online_applications_count,
# society.chip_id_cards_share, society.eid_accounts_activated_count. Pillar
# null. Not quantities: "26/7", "6 tháng", "31/12/2022", "Quyết định 430 ngày
# 26/1/2023", "Đề án 06", the denominator "/224".
# --------------------------------------------------------------------------
D02 = dict(name="02_bocongan-so-ket-de-an-06-6-thang-2023", kind="result", year=2023, records=[
    R("đối với «28 thủ tục", "thủ tục hành chính bãi bỏ yêu cầu nộp, xuất trình sổ hộ khẩu, sổ tạm trú", "=", 28, **CNT),
    R("cung cấp «224/224", "dịch vụ công cung cấp trên Cổng dịch vụ công Bộ Công an", "=", 224, **CNT,
      iid="egov.online_services_count"),
    R("đạt tỷ lệ «100%", "tỷ lệ dịch vụ công cung cấp trên Cổng dịch vụ công Bộ Công an", "=", 100),
    R("gân «27 triệu hồ sơ", "hồ sơ đã tiếp nhận, giải quyết", "~", 27e6, **CNT),
    R("hơn «19 triệu hồ sơ", "hồ sơ trực tuyến", ">", 19e6, **CNT, iid="egov.online_applications_count"),
    R("cấp trên «83 triệu thẻ", "thẻ Căn cước công dân gắn chip đã cấp", ">", 83e6, **CNT),
    R("hoàn thành cấp «100% Căn cước", "Căn cước công dân cấp cho công dân đủ điều kiện", "=", 100,
      iid="society.chip_id_cards_share"),
    R("gần «53 triệu hồ sơ", "hồ sơ cấp định danh điện tử đã thu nhận và phê duyệt", "~", 53e6, **CNT),
    R("gần «32 triệu tài khoản", "tài khoản định danh điện tử kích hoạt", "~", 32e6, **CNT,
      iid="society.eid_accounts_activated_count"),
    R("kết nối «15 bộ", "bộ, ngành kết nối Cơ sở dữ liệu quốc gia về dân cư", "=", 15, **CNT),
    R("ngành, «4 doanh nghiệp", "doanh nghiệp kết nối Cơ sở dữ liệu quốc gia về dân cư", "=", 4, **CNT),
    R("và «63 địa phương", "địa phương kết nối Cơ sở dữ liệu quốc gia về dân cư", "=", 63, **CNT),
])

# --------------------------------------------------------------------------
# 03 National: the Ministry of Public Security's account of Đề án 06 services
# (cand.com.vn; no date shown). Year 2023 for every result: the sentence names
# "trong năm 2022, năm 2023" and the awards "trong năm 2023" (the period's last
# year; a judgement). "25/25 dịch vụ công thiết yếu", "13/28 dịch vụ công theo
# Quyết định số 422", "224/224 dịch vụ công", "53 dịch vụ công thiết yếu": counts
# (=), the denominators not recorded. "đã có 1/3 dịch vụ công trực tuyến thiết
# yếu ... được tôn vinh": a count (=, 1) read like "80/83". "gồm thông báo lưu
# trú (97%)": a share of that service (=, 97; what it measures is not said).
# Ids: egov.online_services_count for 224 (as 02); the rest null. Pillar null.
# Not quantities: "2021 – 2025", "Năm 2024 là năm bản lề", "2 năm triển khai"
# (a duration), "Ngày 13/1", "Quyết định số 422", "10/10/2023", "Đề án 06", the
# truncated last line "Tham mưu triển khai 2 dịch vụ" (an advisory action whose
# sentence is cut off; a judgement).
# --------------------------------------------------------------------------
D03 = dict(name="03_bocongan-tien-ich-de-an-06-2023", kind="result", year=2023, records=[
    R("thực hiện với «25/25", "dịch vụ công thiết yếu liên quan đến người dân theo Đề án 06", "=", 25, **CNT),
    R("06 và «13/28", "dịch vụ công theo Quyết định số 422 của Thủ tướng Chính phủ", "=", 13, **CNT),
    R("cung cấp «224/224", "dịch vụ công theo chức năng, nhiệm vụ của ngành Bộ Công an cung cấp", "=", 224, **CNT,
      iid="egov.online_services_count"),
    R("thực hiện «53 dịch vụ", "dịch vụ công thiết yếu", "=", 53, **CNT),
    R("đã có «1/3", "dịch vụ công trực tuyến thiết yếu của Đề án 06 được tôn vinh là dịch vụ công xuất sắc", "=", 1,
      **CNT),
    R("lưu trú («97%)", "thông báo lưu trú", "=", 97),
])

# --------------------------------------------------------------------------
# 04 Yên Bái, the Department of Science and Technology's account of its
# infrastructure (tracuuquyhoach.com copy; no date shown; the latest dates it
# names are "17/2/2025", "28/2/2025" → the document's year 2025, results
# "Đến nay" → 2025; a judgement). "100% xã, phường, thị trấn ... đường truyền
# ... cáp quang" twice (the lead and the quotation, two records);
# "1.223 trạm thu phát sóng di động và 40 trạm 5G" (two counts, each its own
# subject); "gần 15.000 tài khoản người dùng" (~); "Tỷ lệ cán bộ, công chức,
# viên chức sử dụng máy tính và Internet tại nơi làm việc đạt 100%". Ids:
# infra.fibre_commune_coverage_share (both 100%), infra.bts_stations_count (both
# counts); the computer-and-Internet use share is not the catalogue's
# "được trang bị máy tính" → null (a judgement). Pillar null (no heading).
# Not quantities: "57-NQ/TW", "Kế hoạch số 219 ngày 17/2/2025", "Kế hoạch số 46
# ngày 28/2/2025", "5G" in "40 trạm 5G" (a name).
# --------------------------------------------------------------------------
D04 = dict(name="04_yenbai-ha-tang-khcn-cds-2025", kind="result", year=2025, records=[
    R("Đến nay, «100% xã, phường, thị trấn trên", "xã, phường, thị trấn trên địa bàn tỉnh đã có đường truyền băng "
      "thông rộng cáp quang", "=", 100, iid="infra.fibre_commune_coverage_share"),
    R("Đến nay, «100% xã, phường, thị trấn ở", "xã, phường, thị trấn ở Yên Bái có đường truyền cáp quang băng thông "
      "rộng", "=", 100, iid="infra.fibre_commune_coverage_share"),
    R("«1.223 trạm", "trạm thu phát sóng di động", "=", 1223, **CNT, iid="infra.bts_stations_count"),
    R("và «40 trạm 5G", "trạm 5G được đưa vào sử dụng", "=", 40, **CNT, iid="infra.bts_stations_count"),
    R("với gần «15.000 tài khoản", "tài khoản người dùng", "~", 15000, **CNT),
    R("nơi làm việc đạt «100%", "Tỷ lệ cán bộ, công chức, viên chức sử dụng máy tính và Internet tại nơi làm việc",
      "=", 100),
])

# --------------------------------------------------------------------------
# 05 Hà Nội, the city's directive of 24/7/2025 on a 45-day campaign for the
# wards and communes after the merger (baomoi.net.vn; a precision text: one
# quantity among a campaign name "45 ngày đêm", "2 cấp" (name, twice each),
# "Chỉ thị số 11/CT-UBND", "24/7/2025", "126 xã, phường"). The one record:
# "bố trí bảo đảm 100% UBND xã, phường có công chức, viên chức có bằng chuyên
# môn về CNTT ..." (a target, >=, 2025). "126 xã, phường": the number of the
# city's communes and wards the campaign supports, the scope of the campaign,
# neither reached nor set (a judgement). Pillar: the subheading "Tăng cường
# nhân lực công nghệ thông tin và ưu tiên ..." names a topic of nhân lực số →
# digital_human_resources. Id: hr.dx_specialist_staff_share (communes with IT
# specialist staff; a judgement).
# --------------------------------------------------------------------------
D05 = dict(name="05_hanoi-chi-thi-45-ngay-xa-phuong-2025-precision", kind="target", year=2025, records=[
    R("bảo đảm «100% UBND", "UBND xã, phường có công chức, viên chức có bằng chuyên môn về CNTT thực hiện nhiệm vụ vị "
      "trí việc làm quản lý nhà nước về CNTT, chuyển đổi số", ">=", 100, pillar=HR, iid="hr.dx_specialist_staff_share"),
])

# --------------------------------------------------------------------------
# 06 Quảng Ninh, the Department of Science and Technology's account of digital
# infrastructure 2021-2025 (chuyendoiso.baoquangninh.vn; no date shown; year
# 2025, the end of the period the text reviews, results "Đến nay"; a
# judgement). Pillar: the title "Phát triển hạ tầng số hiện đại" heads the
# text → digital_infrastructure; the paragraph opened by "Về cơ sở dữ liệu
# chuyên ngành và kho tài nguyên số," names a topic of dữ liệu số → digital_data
# for that paragraph (the lead-in rule). Counts (=): "3 Trung tâm Tích hợp dữ
# liệu", "tổng số 294 điểm" (WAN points), "239 điểm cầu", "2 cơ sở dữ liệu
# dùng chung", "10 cơ sở dữ liệu, hệ thống thông tin, nền tảng của quốc gia"
# (connected). Ids: infra.video_conference_points_count (239),
# data.shared_databases_count (2); the rest null. Not quantities: "2021-2025".
# --------------------------------------------------------------------------
D06 = dict(name="06_quangninh-ha-tang-so-2021-2025", kind="result", year=2025, records=[
    R("có «3 Trung tâm", "Trung tâm Tích hợp dữ liệu", "=", 3, **CNT, pillar=INFRA),
    R("tổng số «294 điểm", "Hệ thống mạng diện rộng (WAN) đã được triển khai", "=", 294, **CNT, pillar=INFRA),
    R("với «239 điểm cầu", "hệ thống Hội nghị truyền hình trực tuyến điểm cầu", "=", 239, **CNT, pillar=INFRA,
      iid="infra.video_conference_points_count"),
    R("có «2 cơ sở dữ liệu", "cơ sở dữ liệu dùng chung", "=", 2, **CNT, pillar=DATA,
      iid="data.shared_databases_count"),
    R("với «10 cơ sở dữ liệu", "cơ sở dữ liệu, hệ thống thông tin, nền tảng của quốc gia đã hoàn thành kết nối và "
      "chia sẻ dữ liệu", "=", 10, **CNT, pillar=DATA),
])

# --------------------------------------------------------------------------
# 07 Lai Châu, the provincial steering committee's conference of December 2025
# (trangtraiviet.danviet.vn, byline 24/12/2025 → date 2025-12, year 2025; after
# the merger: "38/38 xã, phường", no district tier). A precision text: three
# quantities among "Đề án 06" (three times), "năm 2025" in the committee's
# name, "23/12", "57-NQ/TW" (three times), "Sau 1 năm" (a duration). Records:
# "100% cơ quan Đảng, chính quyền, ... đã đưa hoạt động quản lý, điều hành lên
# môi trường số" (=); "thành lập Ban Chỉ đạo ... tại 19 sở, ban, ngành và 38/38
# xã, phườ[ng]" (two counts, =; the excerpt ends inside the word). Ids: null
# (the catalogue's steering-committee indicator is a share; the 100% is of
# agencies, not of activities digitised). Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_laichau-bcd-57-nam-2025-precision", kind="result", year=2025, records=[
    R("quốc gia, «100% cơ quan", "cơ quan Đảng, chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội của "
      "tỉnh Lai Châu đã đưa hoạt động quản lý, điều hành lên môi trường số", "=", 100),
    R("tại «19 sở", "sở, ban, ngành thành lập Ban Chỉ đạo thực hiện Nghị quyết số 57-NQ/TW", "=", 19, **CNT),
    R("và «38/38", "xã, phường thành lập Ban Chỉ đạo thực hiện Nghị quyết số 57-NQ/TW", "=", 38, **CNT),
])

# --------------------------------------------------------------------------
# 08 Thái Nguyên, the province's direction on Đề án 06 pilot models
# (88tysobongda.com copy of a news item; no date shown). A precision text: one
# quantity, "phấn đấu hết năm 2023, 100% hồ sơ phát sinh được tiếp nhận bằng
# hình thức trực tuyến" (a target, >=, 2023, egov.online_applications_share),
# among "2021-2025", "2030" (twice), "2025", "6 mô hình điểm" (the pilot models
# of Đề án 06 to carry out: a count of tasks), "2022-2025", "hơn 2 năm" (a
# duration), "Đề án 06". Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_thainguyen-mo-hinh-de-an-06-2023-precision", kind="target", year=None, records=[
    R("năm 2023, «100% hồ sơ", "hồ sơ phát sinh được tiếp nhận bằng hình thức trực tuyến tại các cơ quan, đơn vị trên "
      "địa bàn tỉnh", ">=", 100, year=2023, iid="egov.online_applications_share"),
])

# --------------------------------------------------------------------------
# 09 Thái Nguyên, the first half of 2024 (vietnamnet.vn, stamp 2024-06; "Trong
# 6 tháng đầu năm 2024" → 2024). Pillar: "Về nhận thức số:" opens the awareness
# section, which runs to the next "Về phát triển hạ tầng số:" → the figures
# paragraph between them takes digital_awareness (a judgement: the page's
# "Về X:" openers section the report); "Về phát triển hạ tầng số: tỷ lệ dân số
# trưởng thành có điện thoại thông minh đạt 90%" → digital_infrastructure (the
# lead-in decides, though the catalogue files smartphones under xã hội số).
# Records: "gần 140 tin, bài, ..." (~), "phát sóng 8 chuyên mục/tháng" (other,
# "chuyên mục/tháng"), "hơn 100 tin, bài, văn bản" (>), "476 tin, bài" (=), 90%.
# "(tăng 71,79% so với cùng kỳ năm 2023)": a change (NOT). Ids:
# aware.dx_news_articles_count (three counts), society.adult_smartphone_share.
# Not quantities: "6 tháng", "năm 2023" in the change.
# --------------------------------------------------------------------------
D09 = dict(name="09_thainguyen-6-thang-2024", kind="result", year=2024, records=[
    R("đăng tải gần «140 tin", "tin, bài, ảnh, video, infographic tuyên truyền về chuyển đổi số Báo Thái Nguyên đã "
      "đăng tải", "~", 140, **CNT, pillar=AWARE, iid="aware.dx_news_articles_count"),
    R("phát sóng «8 chuyên mục/tháng", "chuyên mục Chuyển đổi số trên kênh Đài Phát thanh-Truyền hình Thái Nguyên phát "
      "sóng", "=", 8, unit="other", unit_text="chuyên mục/tháng", pillar=AWARE),
    R("đăng tải hơn «100 tin", "tin, bài, văn bản chỉ đạo về chuyển đổi số trên Cổng thông tin điện tử của tỉnh", ">",
      100, **CNT, pillar=AWARE, iid="aware.dx_news_articles_count"),
    R("đăng tải «476 tin", "tin, bài chuyên trang Chuyển đổi số Thái Nguyên đã biên tập và đăng tải", "=", 476, **CNT,
      pillar=AWARE, iid="aware.dx_news_articles_count"),
    R("thông minh đạt «90%", "tỷ lệ dân số trưởng thành có điện thoại thông minh", "=", 90, pillar=INFRA,
      iid="society.adult_smartphone_share"),
], NOT=["tăng «71,79%"])

# --------------------------------------------------------------------------
# 10 Thái Nguyên, "15/15 chỉ tiêu" of its digital-transformation resolution
# (baomoi.zadn.vn; no date shown; no year of measurement said → null).
# Records: "100% xóm ... đã được kết nối Internet băng thông rộng qua hạ tầng
# mạng lưới cáp quang" (=, infra.fibre_village_coverage_share) and "tốc độ tải
# về trung bình đạt 87Mbps" (=, other "Mbps", infra.fixed_broadband_speed).
# "tăng hơn 30% so với năm 2021": a change (NOT). Not quantities: "15/15 chỉ
# tiêu", "15 chỉ tiêu" (counts of targets met / set), "01-NQ/TU" (twice),
# "2021-2025" (twice), "Hơn 3 năm" (a duration), "năm 2021". Pillar null (the
# paragraph opening "Với hạ tầng viễn thông," comes after the figures).
# --------------------------------------------------------------------------
D10 = dict(name="10_thainguyen-15-chi-tieu-ha-tang", kind="result", year=None, records=[
    R("đến nay, «100% xóm", "xóm trên địa bàn tỉnh đã được kết nối Internet băng thông rộng qua hạ tầng mạng lưới cáp "
      "quang", "=", 100, iid="infra.fibre_village_coverage_share"),
    R("đạt «87Mbps", "tốc độ tải về trung bình", "=", 87, unit="other", unit_text="Mbps",
      iid="infra.fixed_broadband_speed"),
], NOT=["tăng hơn «30%"])

# --------------------------------------------------------------------------
# 11 Nam Định, administrative reform through digital transformation
# (thuonghieucongluan.com.vn; no date shown once the photo captions, which named
# "(tháng 10/2024)", are cut → year null). One record: "100% thủ tục hành chính
# của tỉnh đã được chuẩn hóa, công khai và cung cấp trực tuyến trên Cổng Dịch vụ
# công" (=). Id null: "cung cấp trực tuyến" is not said to be full-process. The
# subheading "Đột phá trong cải cách hành chính nhờ chuyển đổi số" names no
# pillar → null.
# --------------------------------------------------------------------------
D11 = dict(name="11_namdinh-cai-cach-hanh-chinh", kind="result", year=None, records=[
    R("Tính đến nay, «100% thủ tục", "thủ tục hành chính của tỉnh đã được chuẩn hóa, công khai và cung cấp trực tuyến "
      "trên Cổng Dịch vụ công", "=", 100),
])

# --------------------------------------------------------------------------
# 12 Phú Thọ, the province's ranking of the digital transformation of its
# departments, 2024 (sokhoahoccongnghe.phutho.gov.vn; byline 08/01/2025 → date
# 2025-01; "năm 2024" → 2024). A table, one cell a line: each row gives a place
# ("1 |", a rank opening its line, =) and a total ("843.24 |", printed with a
# decimal point: unit other, unit_text "điểm" from the header "Tổng điểm năm
# 2024"). Rows 1-13 give both; row 14 is cut after its place and a partial
# name. The unit's name goes into the indicator (departments are not places in
# the contract's sense: no `place`). "là 5 đơn vị dẫn đầu", "là 5 địa phương
# dẫn đầu": the text restating the first five of each table by name, not a
# value of its own; "5 đơn vị không thực hiện đánh giá": units not assessed
# (judgements; no records). Ids: null (the department-level DTI is not the
# provincial DTI). Pillar null. Not quantities: "7/1/2025", "42/QĐ-UBND".
# --------------------------------------------------------------------------
ROWS12 = [
    (1, "Sở Y tế", "843.24", 843.24), (2, "Sở Thông tin và Truyền thông", "842.65", 842.65),
    (3, "Cục Thuế tỉnh", "839.71", 839.71), (4, "Văn phòng UBND tỉnh", "838.24", 838.24),
    (5, "Sở Kế hoạch và Đầu tư", "830.14", 830.14), (6, "Sở Nội vụ", "829.56", 829.56),
    (7, "Sở Tài chính", "828.00", 828.0), (8, "Sở Khoa học và Công nghệ", "823.34", 823.34),
    (9, "Sở Tư pháp", "818.30", 818.3), (10, "Sở Giáo dục và Đào tạo", "816.61", 816.61),
    (11, "Kho bạc Nhà nước tỉnh", "812.96", 812.96), (12, "Sở Lao động - Thương binh và Xã hội", "811.86", 811.86),
    (13, "Bảo hiểm xã hội tỉnh", "804.40", 804.4),
]
REC12 = []
for n, unit_name, printed, val in ROWS12:
    REC12.append(R(f"|\n«{n} |\n{unit_name} |", f"Thứ tự xếp hạng mức độ chuyển đổi số {unit_name}", "=", n, **RANK,
                   line=True))
    REC12.append(R(f"{unit_name} |\n«{printed} |", f"Tổng điểm năm 2024 {unit_name}", "=", val, **DIEM, line=True))
REC12.append(R("|\n«14 |\nSở Nông nghiệp", "Thứ tự xếp hạng mức độ chuyển đổi số Sở Nông nghiệp và Phát triển nông",
               "=", 14, **RANK, line=True))
D12 = dict(name="12_phutho-xep-hang-so-nganh-2024-bang", kind="result", year=2024, records=REC12)

# --------------------------------------------------------------------------
# 13 Hòa Bình, the province's digital-transformation results of 2023
# (doanhnghiephoinhap.vn, byline 15/03/2024 → date 2024-03; "trong năm 2023" →
# 2023). Counts (=): "1.113 dịch vụ công trực tuyến toàn trình và 745 dịch vụ
# công trực tuyến một phần" (two, each its own subject); applications received,
# settled and pending in total (342.249, 330.488, 11.761), at the provincial
# public-service centre (89.175, 81.212, 7.963) and at the district and
# commune one-stop units (253.074; the excerpt ends at "đã giải"). Scope null:
# the centre and the one-stop units are the subjects of separate sentences, not
# a split of one sentence by level (a judgement); the place goes into the
# indicator. Ids: egov.full_online_services_count, egov.partial_online_services_count;
# the application counts are of all applications, not online ones → null.
# Pillar null.
# --------------------------------------------------------------------------
D13 = dict(name="13_hoabinh-dich-vu-cong-2023", kind="result", year=2023, records=[
    R("công bố «1.113", "dịch vụ công trực tuyến toàn trình", "=", 1113, **CNT, iid="egov.full_online_services_count"),
    R("và «745 dịch vụ", "dịch vụ công trực tuyến một phần", "=", 745, **CNT, iid="egov.partial_online_services_count"),
    R("là «342.249", "Tổng số hồ sơ thủ tục hành chính tiếp nhận", "=", 342249, **CNT),
    R("giải quyết «330.488", "hồ sơ đã giải quyết", "=", 330488, **CNT),
    R("giải quyết «11.761", "hồ sơ đang giải quyết", "=", 11761, **CNT),
    R("tiếp nhận «89.175", "hồ sơ tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh", "=", 89175, **CNT),
    R("giải quyết «81.212", "hồ sơ đã giải quyết tại Trung tâm Phục vụ hành chính công tỉnh", "=", 81212, **CNT),
    R("giải quyết «7.963", "hồ sơ đang giải quyết tại Trung tâm Phục vụ hành chính công tỉnh", "=", 7963, **CNT),
    R("tiếp nhận «253.074", "hồ sơ tiếp nhận tại Bộ phận Tiếp nhận và trả kết quả cấp huyện, cấp xã", "=", 253074,
      **CNT),
])

# --------------------------------------------------------------------------
# 14 Vĩnh Phúc, cashless payment and the digital economy (vinhphuctv.vn; no
# date shown; the results "Đến nay", "hiện có" name no year → null). Targets:
# "đến năm 2025, kinh tế số đóng góp trên 25% GRDP" (>, 2025) "và nâng lên 35%
# vào năm 2030" (>=, 2030), both econ.digital_economy_gdp_share; the closing
# sentence "để thúc đẩy phát triển kinh tế số, tỉnh đặt ra mục tiêu, đến năm
# 2025, ... tối thiểu có 1 doanh nghiệp công nghệ số/1.000 dân" (>=, other
# "doanh nghiệp công nghệ số/1.000 dân", econ.digital_tech_enterprises_per_1000)
# "; trên 75% doanh nghiệp cung cấp dịch vụ và tham gia vào các giao dịch điện
# tử" (>, econ.enterprises_ict_transactions_share; a judgement): its lead-in
# names kinh tế số → digital_economy for that sentence. Results: "gần 8.000
# doanh nghiệp trên tổng số 11.300" (~; the total is a denominator, no record),
# "100% các siêu thị, trung tâm thương mại có thiết bị thanh toán – POS"
# (econ.merchants_cashless_share), "55% dân số từ 15 tuổi trở lên có tài khoản
# giao dịch" (society.bank_account_15plus_share), "65% cá nhân, tổ chức sử dụng
# phương tiện thanh toán không dùng tiền mặt" (null), "trên 6.000 doanh nghiệp
# sử dụng nền tảng hóa đơn điện tử" (>, a count; the catalogue holds a share →
# null). Pillar null outside the closing sentence. Not quantities: "11.300",
# "1.000" (denominators).
# --------------------------------------------------------------------------
D14 = dict(name="14_vinhphuc-kinh-te-so-thanh-toan", kind="result", year=None, records=[
    R("đóng góp trên «25% GRDP", "kinh tế số đóng góp GRDP của tỉnh", ">", 25, **T, year=2025,
      iid="econ.digital_economy_gdp_share"),
    R("nâng lên «35%", "kinh tế số đóng góp GRDP của tỉnh", ">=", 35, **T, year=2030,
      iid="econ.digital_economy_gdp_share"),
    R("gần «8.000 doanh nghiệp", "doanh nghiệp đã ứng dụng công nghệ thông tin vào các khâu trong hoạt động quản lý, "
      "sản xuất, kinh doanh", "~", 8000, **CNT),
    R("Đến nay, «100% các siêu thị", "siêu thị, trung tâm thương mại có thiết bị thanh toán – POS không dùng tiền mặt",
      "=", 100, iid="econ.merchants_cashless_share"),
    R("mặt; «55% dân số", "dân số từ 15 tuổi trở lên có tài khoản giao dịch tại tổ chức tín dụng", "=", 55,
      iid="society.bank_account_15plus_share"),
    R("tín dụng; «65% cá nhân", "cá nhân, tổ chức sử dụng phương tiện thanh toán không dùng tiền mặt", "=", 65),
    R("hiện có trên «6.000 doanh nghiệp", "doanh nghiệp sử dụng nền tảng hóa đơn điện tử", ">", 6000, **CNT),
    R("tối thiểu có «1 doanh nghiệp", "doanh nghiệp công nghệ số/1.000 dân", ">=", 1, unit="other",
      unit_text="doanh nghiệp công nghệ số/1.000 dân", **T, year=2025, pillar=ECO,
      iid="econ.digital_tech_enterprises_per_1000"),
    R("dân; trên «75% doanh nghiệp", "doanh nghiệp cung cấp dịch vụ và tham gia vào các giao dịch điện tử trên môi "
      "trường mạng", ">", 75, **T, year=2025, pillar=ECO, iid="econ.enterprises_ict_transactions_share"),
])

# --------------------------------------------------------------------------
# 15 Tuyên Quang, the digital economy's share of GRDP (nguoitaybac.vn; no date
# shown; each record names its own year; the document's year null). "Đến năm
# 2022, chuyển đổi số địa phương này xếp thứ 48/63" (rank, =, 2022,
# dti.provincial_rank); "tăng 10 bậc so với năm 2021" (a change, not a
# quantity). "ước tính tỉ trọng tăng thêm của kinh tế số trong GRDP ... năm
# 2023 là 6,19%" (a result, =, 2023); its bracket "(tăng 0,17% so với năm 2022,
# tăng 0,35% so với năm 2021)" holds changes (NOT). Targets: "đến năm 2025, kinh
# tế số chiếm khoảng 20%" (~, 2025) "và đến năm 2030, kinh tế số chiếm khoảng
# 30% GRDP" (~, 2030). Ids: econ.digital_economy_gdp_share for the share and
# the two targets. Pillar null. Not quantities: "2025"/"2030" of the strategy,
# the denominator "63", the truncated "Phấn đấu đến năm 2025 là".
# --------------------------------------------------------------------------
D15 = dict(name="15_tuyenquang-kinh-te-so-grdp", kind="result", year=None, records=[
    R("xếp thứ «48/63", "chuyển đổi số địa phương này xếp tỉnh, thành phố", "=", 48, **RANK, year=2022,
      iid="dti.provincial_rank"),
    R("năm 2023 là «6,19%", "tỉ trọng tăng thêm của kinh tế số trong GRDP của tỉnh Tuyên Quang", "=", 6.19, year=2023,
      iid="econ.digital_economy_gdp_share"),
    R("chiếm khoảng «20%", "kinh tế số chiếm GRDP", "~", 20, **T, year=2025, iid="econ.digital_economy_gdp_share"),
    R("chiếm khoảng «30% GRDP", "kinh tế số chiếm GRDP", "~", 30, **T, year=2030,
      iid="econ.digital_economy_gdp_share"),
], NOT=["tăng «0,17%", "tăng «0,35%"])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14, D15]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
