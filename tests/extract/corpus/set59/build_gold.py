#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set59).

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


IDX = dict(unit="other", unit_text=None)

# --------------------------------------------------------------------------
# 01 Hồng Ngự district (Đồng Tháp), the district steering committee's review
# of the first half of 2022 (dongthap.gov.vn, district page; no date shown;
# "Sơ kết 06 tháng đầu năm 2022" → results of 2022). Pillar: the list item
# "(1) Về chính quyền số:" is a lead-in naming chính quyền số → digital_government
# on its five numbers. "16 hộ sản xuất kinh doanh" guided on e-commerce: a
# count result. "100% cơ quan Nhà nước cấp huyện, cấp xã kết nối mạng truyền
# số liệu chuyên dùng": one value for both levels → scope null (contract),
# infra.specialised_network_connection_share. "9.475/15.684 hồ sơ, đạt
# 60,41% (chỉ tiêu giao là 50%)": the count of online applications
# (egov.online_applications_count; 15.684 is the denominator), the share
# (egov.online_applications_share) and the assigned target of 2022 (>=, a
# target named beside a result, as set47's "(mục tiêu năm 2023 là 100%)").
# Not quantities: "06 tháng" (period), "09/8/2022", "2022", "(1)" (item
# number), the denominator "15.684".
# --------------------------------------------------------------------------
D01 = dict(name="01_dongthap-hongngu-so-ket-6-thang-2022", kind="result", year=2022, records=[
    R("điện tử cho «16 hộ", "hộ sản xuất kinh doanh được tuyên truyền, hướng dẫn về sàn giao dịch điện tử", "=", 16,
      **CNT, pillar=GOV),
    R("; «100% cơ quan Nhà nước", "cơ quan Nhà nước cấp huyện, cấp xã kết nối mạng truyền số liệu chuyên dùng", "=",
      100, pillar=GOV, iid="infra.specialised_network_connection_share"),
    R("trực tuyến là «9.475/15.684", "hồ sơ TTHC xử lý trực tuyến", "=", 9475, **CNT, pillar=GOV,
      iid="egov.online_applications_count"),
    R("hồ sơ, đạt «60,41%", "tỷ lệ hồ sơ TTHC xử lý trực tuyến", "=", 60.41, pillar=GOV,
      iid="egov.online_applications_share"),
    R("chỉ tiêu giao là «50%", "tỷ lệ hồ sơ TTHC xử lý trực tuyến chỉ tiêu giao", ">=", 50, kind="target", pillar=GOV,
      iid="egov.online_applications_share"),
])

# --------------------------------------------------------------------------
# 02 Hà Trung district (Thanh Hóa), digital government results (vietnamnet.vn,
# stamp date 2024-08 → year 2024; the excerpt names no year). Pillar: the
# paragraph opens with "Để phát triển chính quyền số, ..." (a lead-in naming
# chính quyền số for the paragraph it opens) → digital_government on its
# three numbers (a judgement: a purpose clause read as a lead-in). "xử lý
# 100% văn bản trên môi trường mạng": a result (=; "đã chỉ đạo ... xử lý"
# read as done), egov.work_records_online_share (its wordings hold "văn bản,
# hồ sơ công việc được xử lý trên môi trường mạng"; a judgement). "Tỷ lệ hồ
# sơ trực tuyến tiếp nhận và xử lý ở bộ phận “một cửa” đạt 100%":
# egov.online_applications_share (wording "tỷ lệ hồ sơ trực tuyến"; a
# judgement). "20/20 xã, thị trấn đều có hệ thống wifi": a count result of
# communes (20; the denominator 20 is not recorded), no id (the catalogue
# counts wifi points, not communes). Not quantities: "3 lĩnh vực" (the three
# pillars named), the denominator "/20".
# --------------------------------------------------------------------------
D02 = dict(name="02_thanhhoa-hatrung-chinh-quyen-so-2024", kind="result", year=2024, records=[
    R("xử lý «100% văn bản", "văn bản xử lý trên môi trường mạng", "=", 100, pillar=GOV,
      iid="egov.work_records_online_share"),
    R("“một cửa” đạt «100%", "Tỷ lệ hồ sơ trực tuyến tiếp nhận và xử lý ở bộ phận “một cửa”", "=", 100, pillar=GOV,
      iid="egov.online_applications_share"),
    R("; «20/20 xã", "xã, thị trấn đều có hệ thống wifi phục vụ cho Nhân dân khi đến giao dịch điện tử", "=", 20, **CNT,
      pillar=GOV),
])

# --------------------------------------------------------------------------
# 03 Hướng Hóa district (Quảng Trị), community digital teams and e-government
# (mic.gov.vn; no date shown and no year in the excerpt → year null; "Đến
# nay" read as a result). Pillar null (no heading or lead-in names one).
# "21/21 xã, thị trấn đã thành lập tổ công nghệ cấp xã", "149/149 thôn, tổ
# dân phố ...": count results (21, 149), no id (communes and villages with a
# team, counted; the catalogue's share would need the denominator read as
# a share; a judgement). "1.020 thành viên": aware.community_digital_team_members_count.
# "100% cơ quan ... ứng dụng phần mềm quản lý văn bản": egov.document_system_use_share;
# "100% văn bản được xử lý trên môi trường mạng": egov.work_records_online_share
# (as 02); "100% cơ quan ... ứng dụng chữ ký số chuyên dùng":
# egov.officials_digital_signature_share (its wordings hold "cơ quan, đơn vị
# được cấp chữ ký số"; a judgement). "UBND huyện đã cung cấp 238 DVCTT (trong
# đó 111 ... một phần, 127 ... toàn trình), UBND cấp xã cung cấp 124 DVCTT
# (... 61 ..., 63 ...)": six counts; the level is the subject of each clause
# ("UBND huyện", "UBND cấp xã"), kept in the indicator, scope null (a
# judgement: a clause per level, not one value split by level). Ids:
# egov.online_services_count, egov.partial_online_services_count,
# egov.full_online_services_count. "tích hợp 100% dịch vụ công trực tuyến lên
# Cổng dịch vụ công quốc gia": egov.national_portal_integrated_share.
# Not quantities: the denominators "/21", "/149".
# --------------------------------------------------------------------------
D03 = dict(name="03_quangtri-huonghoa-to-cong-nghe-so", kind="result", year=None, records=[
    R("với «21/21 xã", "xã, thị trấn đã thành lập tổ công nghệ cấp xã", "=", 21, **CNT),
    R("; «149/149 thôn", "thôn, tổ dân phố đã thành lập tổ công nghệ cấp thôn", "=", 149, **CNT),
    R("với «1.020 thành viên", "thành viên tham gia tổ công nghệ cấp thôn", "=", 1020, **CNT,
      iid="aware.community_digital_team_members_count"),
    R("Đến nay «100% cơ quan", "cơ quan, đơn vị, UBND các xã, thị trấn ứng dụng phần mềm quản lý văn bản, hồ sơ công việc",
      "=", 100, iid="egov.document_system_use_share"),
    R("\n«100% văn bản", "văn bản được xử lý trên môi trường mạng", "=", 100, iid="egov.work_records_online_share"),
    R("mạng; «100% cơ quan", "cơ quan, đơn vị, UBND các xã, thị trấn đã ứng dụng và triển khai hiệu quả việc ứng dụng "
      "chữ ký số chuyên dùng", "=", 100, iid="egov.officials_digital_signature_share"),
    R("cung cấp «238 dịch vụ", "UBND huyện đã cung cấp dịch vụ công trực tuyến (DVCTT)", "=", 238, **CNT,
      iid="egov.online_services_count"),
    R("trong đó «111 DVCTT", "UBND huyện DVCTT một phần", "=", 111, **CNT, iid="egov.partial_online_services_count"),
    R("phần, «127 DVCTT", "UBND huyện DVCTT toàn trình", "=", 127, **CNT, iid="egov.full_online_services_count"),
    R("cung cấp «124 DVCTT", "UBND cấp xã cung cấp DVCTT", "=", 124, **CNT, iid="egov.online_services_count"),
    R("có «61 DVCTT", "UBND cấp xã DVCTT một phần", "=", 61, **CNT, iid="egov.partial_online_services_count"),
    R("phần, «63 DVCTT", "UBND cấp xã DVCTT toàn trình", "=", 63, **CNT, iid="egov.full_online_services_count"),
    R("tích hợp «100% dịch vụ", "dịch vụ công trực tuyến tích hợp lên Cổng dịch vụ công quốc gia", "=", 100,
      iid="egov.national_portal_integrated_share"),
])

# --------------------------------------------------------------------------
# 04 Sơn La, the ICT Index 2022 of the provinces as summarised on a Sơn La
# site (susta.vn; no date shown; "Năm 2022" → results of 2022). Index values
# written "với giá trị 0,909": unit other, unit_text null (no "điểm" written;
# contract). Places other than Sơn La carry `place`. "Đắc Lắc ở vị trí trung
# vị (thứ 31, ...)": a rank (=, 31). "2 tỉnh lọt vào tốp 10 cả nước là Bắc
# Giang và Thái Nguyên": one rank record at "10" (<=, a group; the two
# provinces named in the indicator, no place: two of them); the count "2
# tỉnh" and "4/10 tỉnh tốp cuối" are counts of provinces by group, not an
# indicator's value (as set47's "10/17 đơn vị"; a judgement). "Chỉ số ICT
# của Sơn La có giá trị 0,3528, đứng thứ 55": value and rank (rank.ict_index).
# "tụt 7 bậc so với năm 2020": a change (no record). Not quantities either:
# "giá trị tối đa là 1,0" (the scale's maximum), "3 chỉ số thành phần" (the
# index's parts), "139 trang", "(1)" "(2)" "(3)", "23/9/2023", the years.
# Pillar null ("1. Chỉ số ICT" names no pillar).
# --------------------------------------------------------------------------
D04 = dict(name="04_sonla-ict-index-2022", kind="result", year=2022, records=[
    R("giá trị «0,909", "Chỉ số ICT Đà Nẵng tiếp tục đứng đầu", "=", 0.909, **IDX, place="Đà Nẵng"),
    R("(thứ «31,", "Đắc Lắc ở vị trí trung vị", "=", 31, **RANK, place="Đắc Lắc", iid="rank.ict_index"),
    R("giá trị «0,4645", "Đắc Lắc giá trị", "=", 0.4645, **IDX, place="Đắc Lắc"),
    R("giá trị «0,2521", "đứng cuối là Cao Bằng", "=", 0.2521, **IDX, place="Cao Bằng"),
    R("vào tốp «10 cả nước", "Bắc Giang và Thái Nguyên lọt vào tốp cả nước", "<=", 10, **RANK, iid="rank.ict_index"),
    R("giá trị «0,3528", "Chỉ số ICT của Sơn La", "=", 0.3528, **IDX),
    R("thứ «55 trong", "Chỉ số ICT của Sơn La đứng trong cả nước", "=", 55, **RANK, iid="rank.ict_index"),
])

# --------------------------------------------------------------------------
# 05 Hà Sơn commune (Hà Trung, Thanh Hóa), a model new-rural commune with
# digital transformation as its leading criterion (vietnamnet.vn; no date
# shown; "Năm 2023" → results of 2023). "72% người trong độ tuổi lao động
# có kỹ năng sử dụng ... dịch vụ công trực tuyến và các dịch vụ số thiết yếu"
# (=, no id: the skill of using services, not training in basic skills; a
# judgement); "trên 50% người trong độ tuổi lao động ... có tài khoản thanh
# toán điện tử" (>, society.adult_e_payment_account_share: working-age people
# read as adults; a judgement). Pillar null. Not quantities: "3 năm"
# (duration), "2021 - 2025", "2023".
# --------------------------------------------------------------------------
D05 = dict(name="05_thanhhoa-xa-hason-ntm-kieu-mau-2023", kind="result", year=2023, records=[
    R("hiện có «72% người", "người trong độ tuổi lao động có kỹ năng sử dụng các loại hình dịch vụ công trực tuyến và "
      "các dịch vụ số thiết yếu", "=", 72),
    R("trên «50% người", "người trong độ tuổi lao động của xã có tài khoản thanh toán điện tử", ">", 50,
      iid="society.adult_e_payment_account_share"),
])

# --------------------------------------------------------------------------
# 06 Vinh city (Nghệ An), the IOC's traffic and security cameras, from the
# city's report (baonghean.vn, stamp date 2022-05 → year 2022). Three count
# results: violations recorded (158.500), cases found not to be violations
# (13.009), violations not yet handled (144.667). No id (the catalogue counts
# cameras, not detections). Pillar null (no heading; "IOC" is in the text
# but no heading or lead-in names đô thị thông minh; a judgement).
# --------------------------------------------------------------------------
D06 = dict(name="06_nghean-tp-vinh-ioc-2022", kind="result", year=2022, records=[
    R("ghi nhận «158.500 lỗi", "hệ thống camera giám sát giao thông và an ninh đã ghi nhận lỗi vi phạm", "=", 158500,
      **CNT),
    R("có «13.009 trường hợp", "cán bộ IOC đã kiểm tra phân loại trường hợp không lỗi", "=", 13009, **CNT),
    R("«144.667 lỗi", "lỗi chưa được xử lý do chưa có quy trình xử phạt trên thực tế", "=", 144667, **CNT),
])

# --------------------------------------------------------------------------
# 07 District 9 (TP.HCM), the camera command centre opened in 2020 (plo.vn,
# stamp date 2020-08 → year 2020). The page's sub-heading "479 mắt camera"
# stands on the first line before "Chiều 21-7": recorded as a quantity of its
# own (the same 479 as the body's; a judgement: a heading that states a
# value is a statement). Counts: 479 (twice), 168 cameras integrated, 25
# replaced, 208 restored positions, 64 new positions. Ids:
# city.surveillance_cameras_count on the cameras (479 twice, 168); none on
# replacements and positions. "công an 13 phường" (where the 168 cameras
# are) is not recorded (a description of the source, like set47's "26 cơ
# quan"; a judgement). Pillar null. Not quantities: "21-7" (date).
# --------------------------------------------------------------------------
D07 = dict(name="07_hcm-quan9-trung-tam-camera-2020", kind="result", year=2020, records=[
    R("\n«479 mắt camera Chiều", "mắt camera", "=", 479, **CNT, iid="city.surveillance_cameras_count"),
    R("gồm «479 mắt camera", "Hệ thống camera giám sát trên địa bàn quận mắt camera", "=", 479, **CNT,
      iid="city.surveillance_cameras_count"),
    R("Tích hợp «168 camera", "Tích hợp camera tại hệ thống giám sát đang hoạt động tại công an phường", "=", 168, **CNT,
      iid="city.surveillance_cameras_count"),
    R("thay thế «25 camera", "mua sắm thay thế camera hư hỏng", "=", 25, **CNT),
    R("tại «208 camera", "camera vị trí phục hồi", "=", 208, **CNT),
    R("tại «64 vị trí", "đầu tư bổ sung thêm camera tại vị trí trọng yếu", "=", 64, **CNT),
])

# --------------------------------------------------------------------------
# 08 Hà Giang province, two years of its digital transformation resolution
# (tapchinongthonmoi.vn; the byline "Duyên Anh - 13:27 23/10/2023 GMT+7" cut
# and kept as date 2023-10 → year 2023). "100% các xã, phường, thị trấn có
# sóng di động và mạng Internet cáp quang": one record, no id (two networks
# joined, as set47's 02). "100% sản phẩm nông nghiệp đặc trưng, sản phẩm
# OCOP ... đã lên sàn thương mại điện tử": econ.ocop_products_ecommerce_share.
# "quy mô triển khai 236 điểm" (the specialised network's sites: a count,
# "điểm" being the noun), "105 lớp đào tạo, tập huấn" (hr.dx_training_courses_count,
# courses on e-commerce accounts; a judgement), "117.281 hộ sản xuất", "tỷ lệ
# hộ gia đình có thuê bao internet là 37,3%" (infra.households_internet_share),
# "tỷ lệ dân số có điện thoại đạt khoảng 63,2%" (~, no id: any phone). Pillar
# null ("3 trụ cột: Chính quyền số, Kinh tế số và Xã hội số" names three).
# Not quantities: "hơn 2 năm" (twice; duration), "số 18" (resolution
# number), "chợ 4.0" (name), "3 trụ cột", "4 cấp" (levels of the meetings),
# the years.
# --------------------------------------------------------------------------
D08 = dict(name="08_hagiang-chuyen-doi-so-2023", kind="result", year=2023, records=[
    R("đến nay «100% các xã", "xã, phường, thị trấn có sóng di động và mạng Internet cáp quang", "=", 100),
    R("hình thành; «100% sản phẩm", "sản phẩm nông nghiệp đặc trưng, sản phẩm OCOP của các doanh nghiệp, hợp tác xã, hộ "
      "sản xuất đã lên sàn thương mại điện tử", "=", 100, iid="econ.ocop_products_ecommerce_share"),
    R("triển khai «236 điểm", "mạng truyền số liệu chuyên dùng trong các cơ quan Đảng và Nhà nước quy mô triển khai "
      "điểm", "=", 236, **CNT),
    R("tổ chức «105 lớp", "lớp đào tạo, tập huấn đăng ký tài khoản trên sàn thương mại điện tử", "=", 105, **CNT,
      iid="hr.dx_training_courses_count"),
    R("cho «117.281 hộ", "hộ sản xuất, hợp tác đăng ký tài khoản trên sàn thương mại điện tử", "=", 117281, **CNT),
    R("internet là «37,3%", "tỷ lệ hộ gia đình có thuê bao internet", "=", 37.3, iid="infra.households_internet_share"),
    R("khoảng «63,2%", "tỷ lệ dân số có điện thoại", "~", 63.2),
])

# --------------------------------------------------------------------------
# 09 Thanh Hóa, smart villages (baothanhhoa.vn, stamp date 2025-07 → year
# 2025): a precision text. One quantity: Giang Hải village "Triển khai thanh
# toán không dùng tiền mặt tại 100% các cơ sở kinh doanh, buôn bán trong
# thôn" (a result, =: among the contents the village has put in place; a
# judgement, the sentence might also be read as the model's aim),
# econ.merchants_cashless_share. Pillar null. No other number in the text
# but the stamp.
# --------------------------------------------------------------------------
D09 = dict(name="09_thanhhoa-thon-thong-minh-2025-precision", kind="result", year=2025, records=[
    R("tại «100% các cơ sở", "Triển khai thanh toán không dùng tiền mặt tại các cơ sở kinh doanh, buôn bán trong thôn",
      "=", 100, iid="econ.merchants_cashless_share"),
])

# --------------------------------------------------------------------------
# 10 Mèo Vạc district (Hà Giang), chip ID cards and e-ID accounts (tienphong.vn;
# no date shown; "Tính đến ngày 30/6/2023" → results of 2023): a precision
# text among many non-quantity numbers ("4G", "5-10 giây", "1.800m", "17 dân
# tộc", "trên 78%" of the population being Mông (a demographic share, NOT),
# "2022 - 2025", "Đề án 06", "30/6/2023", "mức độ 2", "mức độ 1, 2").
# Records: "đã cấp 58.742/58.742 CCCD đạt 100%" (the count 58.742, the
# denominator not recorded; the share, society.chip_id_cards_share), "thu
# nhận 30.437 hồ sơ mức độ 2" (count), "kích hoạt 29.064 hồ sơ định danh
# điện tử mức độ 1, 2" (society.eid_accounts_activated_count). Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_hagiang-meovac-dinh-danh-2023-precision", kind="result", year=2023, records=[
    R("đã cấp «58.742/58.742", "huyện Mèo Vạc đã cấp CCCD", "=", 58742, **CNT),
    R("CCCD đạt «100%", "huyện Mèo Vạc đã cấp CCCD", "=", 100, iid="society.chip_id_cards_share"),
    R("thu nhận «30.437 hồ sơ", "thu nhận hồ sơ mức độ 2", "=", 30437, **CNT),
    R("kích hoạt «29.064 hồ sơ", "kích hoạt hồ sơ định danh điện tử mức độ 1, 2", "=", 29064, **CNT,
      iid="society.eid_accounts_activated_count"),
], NOT=["chiếm trên «78%"])

# --------------------------------------------------------------------------
# 11 Hà Tĩnh, the youth union's community digital teams (vietnamnet.vn; no
# date shown; "từ ngày 15/4/2023 đến nay" → results of 2023; "Đến nay" in
# the opening sentence takes 2023 too). "Hà Tĩnh là tỉnh thứ 2 cả nước hoàn
# thành chỉ tiêu cấp 100% thẻ căn cước công dân đủ điều kiện": a rank (=, 2)
# and the share completed (=, 100: "hoàn thành chỉ tiêu cấp 100%" read as
# a result reached, society.chip_id_cards_share). "gần 300 tổ công nghệ số
# cộng đồng" (~, aware.community_digital_teams_count), "tại 216 xã, phường,
# thị trấn" (count), "hơn 6.000 đoàn viên thanh niên" taking part in the
# teams (>, aware.community_digital_team_members_count; a judgement), "hơn
# 20.000 đoàn viên thanh niên" taking part in the campaign (>, no id), "hơn
# 14.500 tài khoản định danh điện tử" activated (>,
# society.eid_accounts_activated_count). Pillar null. Not quantities:
# "2022 - 2025", "2030", "Đề án 06", "mức độ 1, mức độ 2", "mức 1 và 2",
# "15/4/2023".
# --------------------------------------------------------------------------
D11 = dict(name="11_hatinh-doan-thanh-nien-to-cong-nghe-so-2023", kind="result", year=2023, records=[
    R("là tỉnh thứ «2 cả nước", "Hà Tĩnh là tỉnh cả nước hoàn thành chỉ tiêu cấp thẻ căn cước công dân đủ điều kiện",
      "=", 2, **RANK),
    R("cấp «100% thẻ", "thẻ căn cước công dân đủ điều kiện trên địa bàn hoàn thành chỉ tiêu cấp", "=", 100,
      iid="society.chip_id_cards_share"),
    R("gần «300 tổ", "các cấp bộ đoàn trong toàn tỉnh đã thành lập tổ công nghệ số cộng đồng", "~", 300, **CNT,
      iid="aware.community_digital_teams_count"),
    R("tại «216 xã", "xã, phường, thị trấn có tổ công nghệ số cộng đồng", "=", 216, **CNT),
    R("hơn «6.000 đoàn viên", "đoàn viên thanh niên tham gia tổ công nghệ số cộng đồng", ">", 6000, **CNT,
      iid="aware.community_digital_team_members_count"),
    R("hơn «20.000 đoàn viên", "đoàn viên thanh niên tham gia tuyên truyền, hướng dẫn cài đặt định danh điện tử", ">",
      20000, **CNT),
    R("hơn «14.500 tài khoản", "hướng dẫn kích hoạt thành công tài khoản định danh điện tử", ">", 14500, **CNT,
      iid="society.eid_accounts_activated_count"),
])

# --------------------------------------------------------------------------
# 12 District 10 (TP.HCM), the security camera centre, with the city's
# recognition test (baogialai.com.vn, a copy of a national item, stamp date
# 2020-07 → year 2020). "nhận dạng biển số xe bốn bánh đạt 95,5%, xe hai
# bánh đạt 87,1%": two accuracy results (=, no id; a breakdown by kind of
# vehicle, not a split by level → scope null). "Hệ thống gồm 45 camera" and
# "tích hợp 345 camera hiện có": counts, city.surveillance_cameras_count.
# "công an 15 phường" not recorded (as 07's "13 phường"). Pillar null.
# Not quantities: "16-7" (date).
# --------------------------------------------------------------------------
D12 = dict(name="12_hcm-quan10-camera-nhan-dang-2020", kind="result", year=2020, records=[
    R("bốn bánh đạt «95,5%", "tỉ lệ chính xác khi nhận dạng biển số xe bốn bánh", "=", 95.5),
    R("hai bánh đạt «87,1%", "tỉ lệ chính xác khi nhận dạng biển số xe hai bánh", "=", 87.1),
    R("gồm «45 camera", "Hệ thống gồm camera tại các vị trí trọng điểm trên địa bàn quận", "=", 45, **CNT,
      iid="city.surveillance_cameras_count"),
    R("tích hợp «345 camera", "tích hợp camera hiện có do công an phường quản lý vào hệ thống chung của trung tâm", "=",
      345, **CNT, iid="city.surveillance_cameras_count"),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
