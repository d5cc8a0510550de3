#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set177).

Copied from set175's builder (itself from set173's, set171's, set165's, set163's, ... and the seeds').
Each record is written by hand below; its anchor is never typed in. A record names a locator: a
piece of the text with « just before the number. The locator (without «) must occur exactly once in
the text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a plan or a
requirement, a change against an earlier value, a threshold); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set175, the id is given in the record itself (`iid=`).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, CNT, T  # noqa: E402

DONG = dict(unit="other", unit_text="đồng")
FULL = "egov.full_online_services_count"
PART = "egov.partial_online_services_count"
ONLINE = "egov.online_applications_share"
CAM = "city.surveillance_cameras_count"
FEED = "egov.feedback_received_count"
DOCSYS = "egov.document_system_use_share"

# --------------------------------------------------------------------------
# 01 Côn Đảo (Bà Rịa - Vũng Tàu), IT in the district's agencies, March 2021
# (condao.baria-vungtau.gov.vn; cut: the section label "Cải cách hành chính", the byline date
# "  18/03/2021" (written as the first line `date 2021-03-18`), the widget lines "Đánh giá" and
# "Tin tức liên quan"). Results of 2021 (the byline; "quý I/2021"). Pillar null: no heading; the
# lead's "chính quyền điện tử" stands in a paragraph of its own and opens no list. "100% các cơ
# quan, đơn vị thuộc huyện được cài đặt phần mềm ... quản lý văn bản và điều hành" (=,
# egov.document_system_use_share), "95% hồ sơ, văn bản trao đổi hoàn toàn dưới dạng văn bản điện
# tử" (=, egov.electronic_documents_share; a judgement: the id's wording names documents exchanged
# electronically, here without "ký số"), "5% ... trao đổi dưới dạng văn bản điện tử kèm văn bản
# giấy" (=; no id), "100% văn bản, tài liệu lưu trữ được số hóa" (=, data.archives_digitised_share),
# "100% cán bộ, công chức thường xuyên sử dụng thư điện tử" (=, egov.official_email_use_share),
# "112 dịch vụ công mức độ 3 và 167 dịch vụ công mức độ 4" (=, count; mức độ 3 is the former name of
# một phần, mức độ 4 of toàn trình: egov.partial_online_services_count, egov.full_online_services_count),
# "132 hồ sơ trực tuyến ở mức độ 3" in the first quarter of 2021 (=, count,
# egov.online_applications_count). Not quantities: "mức độ 3", "mức độ 4" (names of levels),
# "quý I/2021", the date line.
# --------------------------------------------------------------------------
D01 = dict(name="01_condao-cntt-co-quan-2021", kind="result", year=2021, records=[
    R("cao. «100% các cơ quan", "các cơ quan, đơn vị thuộc huyện được cài đặt phần mềm ứng dụng quản lý văn bản và điều hành "
      "trên môi trường mạng", "=", 100, iid=DOCSYS),
    R("; «95% hồ sơ", "hồ sơ, văn bản trao đổi hoàn toàn dưới dạng văn bản điện tử", "=", 95,
      iid="egov.electronic_documents_share"),
    R("; «5% các loại", "các loại hồ sơ, văn bản khác trao đổi dưới dạng văn bản điện tử kèm văn bản giấy", "=", 5),
    R("; «100% văn bản", "văn bản, tài liệu lưu trữ được số hóa", "=", 100, iid="data.archives_digitised_share"),
    R("«100% cán bộ", "cán bộ, công chức thường xuyên sử dụng thư điện tử để trao đổi trong công việc", "=", 100,
      iid="egov.official_email_use_share"),
    R("cung cấp «112 dịch vụ", "dịch vụ công mức độ 3 Trang thông tin điện tử huyện đã cung cấp", "=", 112, **CNT, iid=PART),
    R("và «167 dịch vụ", "dịch vụ công mức độ 4 Trang thông tin điện tử huyện đã cung cấp", "=", 167, **CNT, iid=FULL),
    R("xử lý «132 hồ sơ", "hồ sơ trực tuyến ở mức độ 3 UBND huyện đã tiếp nhận và xử lý", "=", 132, **CNT,
      iid="egov.online_applications_count"),
])

# --------------------------------------------------------------------------
# 02 Vũ Quang town (Hà Tĩnh), 13 security cameras, March 2021 (baohatinh.vn; the crawler's stamp
# " date 2021-03" written as the first line, the title following on the second; cut: the photo
# caption "13 camera giám sát an ninh được lắp đặt trên các tuyến được trục chính của thị trấn Vũ
# Quang." with one blank line, the byline "Văn Chung" with the blank line before it). Results of
# 2021 (the stamp). Pillar null. The cameras, stated in the title, the lead and the body ("lắp 13
# camera", "lắp đặt 13 camera", "gồm 13 mắt"): a record at each place (=, count,
# city.surveillance_cameras_count: the cameras are connected to the police's server); the cost
# "khoảng 100 triệu đồng", in the lead and the body (~, other, "đồng", 100e6; no id: the money of
# one security project, not a DX budget; a judgement). Not quantities: "một số camera" (no number).
# --------------------------------------------------------------------------
D02 = dict(name="02_vuquang-camera-thi-tran-2021", kind="result", year=2021, records=[
    R("Tĩnh lắp «13 camera", "camera giám sát an ninh trật tự thị trấn miền núi Hà Tĩnh lắp", "=", 13, **CNT, iid=CAM),
    R("lắp đặt «13 camera", "camera giám sát Thị trấn Vũ Quang lắp đặt", "=", 13, **CNT, iid=CAM),
    R("giám sát với tổng kinh phí khoảng «100 triệu", "tổng kinh phí lắp đặt camera giám sát", "~", 100e6, **DONG),
    R("gồm «13 mắt", "mắt camera Hệ thống camera an ninh gồm", "=", 13, **CNT, iid=CAM),
    R("mắt, với tổng kinh phí khoảng «100 triệu", "tổng kinh phí Hệ thống camera an ninh", "~", 100e6, **DONG),
])

# --------------------------------------------------------------------------
# 03 Đạ Huoai district (Lâm Đồng), online public services, April 2021 (baolamdong.vn; cut: the
# byline date "06:04, 12/04/2021" (written as the first line `date 2021-04-12`) and the byline
# "GIA KHÁNH" with the whitespace line before it; the page repeats its lead as the first body
# paragraph, word for word: kept, as returned). Results of 2021 (the byline). Pillar null. The
# procedures served online at each level of service, "ở mức độ 4 là 18 thủ tục hành chính (TTHC);
# 47 TTHC giải quyết ở mức độ 3 và 258 TTHC giải quyết ở mức độ 2": three counts, each with its own
# subject (=; a breakdown by kind of service, scope null), stated in the lead and again in the body:
# a record at each place (set175's 2.375 in lead and body); mức độ 4 egov.full_online_services_count,
# mức độ 3 egov.partial_online_services_count, mức độ 2 no id. "Đối với cấp xã trong huyện, đã có 1
# TTHC giải quyết ở cấp độ 4; 5 TTHC ... cấp độ 3 và 155 TTHC ... mức độ 2": the communes' counts,
# scope null (the sentence gives all three values for cấp xã; it splits by level of service, not by
# administrative level; the level is in the indicator; a judgement), ids as above. "Toàn huyện hiện
# nay có 484 TTHC, trong đó có 323 TTHC cấp huyện và 161 TTHC cấp xã": the total (=, count, scope
# null) and its split by level (scopes "cấp huyện", "cấp xã"), egov.administrative_procedures_count
# for all three. Not quantities: "mức độ 4", "mức độ 3", "mức độ 2", "cấp độ 4", "cấp độ 3",
# "mức độ 3 và 4" (names of levels).
# --------------------------------------------------------------------------
LEAD = "thấp\n\nUBND huyện Đạ Huoai cho biết, đến nay đã triển khai tiếp nhận hồ sơ và trả kết quả trực tuyến ở "
BODY = "2. \n\nUBND huyện Đạ Huoai cho biết, đến nay đã triển khai tiếp nhận hồ sơ và trả kết quả trực tuyến ở "
D03 = dict(name="03_dahuoai-dich-vu-cong-truc-tuyen-2021", kind="result", year=2021, records=[
    R(LEAD + "mức độ 4 là «18 thủ tục", "thủ tục hành chính triển khai tiếp nhận hồ sơ và trả kết quả trực tuyến ở mức độ 4",
      "=", 18, **CNT, iid=FULL),
    R(LEAD + "mức độ 4 là 18 thủ tục hành chính (TTHC); «47 TTHC", "TTHC giải quyết ở mức độ 3", "=", 47, **CNT, iid=PART),
    R(LEAD + "mức độ 4 là 18 thủ tục hành chính (TTHC); 47 TTHC giải quyết ở mức độ 3 và «258 TTHC",
      "TTHC giải quyết ở mức độ 2", "=", 258, **CNT),
    R(BODY + "mức độ 4 là «18 thủ tục", "thủ tục hành chính triển khai tiếp nhận hồ sơ và trả kết quả trực tuyến ở mức độ 4",
      "=", 18, **CNT, iid=FULL),
    R(BODY + "mức độ 4 là 18 thủ tục hành chính (TTHC); «47 TTHC", "TTHC giải quyết ở mức độ 3", "=", 47, **CNT, iid=PART),
    R(BODY + "mức độ 4 là 18 thủ tục hành chính (TTHC); 47 TTHC giải quyết ở mức độ 3 và «258 TTHC",
      "TTHC giải quyết ở mức độ 2", "=", 258, **CNT),
    R("đã có «1 TTHC", "TTHC cấp xã trong huyện giải quyết ở cấp độ 4", "=", 1, **CNT, iid=FULL),
    R("; «5 TTHC", "TTHC cấp xã trong huyện giải quyết ở cấp độ 3", "=", 5, **CNT, iid=PART),
    R("và «155 TTHC", "TTHC cấp xã trong huyện giải quyết ở mức độ 2", "=", 155, **CNT),
    R("có «484 TTHC", "TTHC toàn huyện", "=", 484, **CNT, iid="egov.administrative_procedures_count"),
    R("có «323 TTHC", "TTHC cấp huyện", "=", 323, **CNT, scope="cấp huyện", iid="egov.administrative_procedures_count"),
    R("và «161 TTHC", "TTHC cấp xã", "=", 161, **CNT, scope="cấp xã", iid="egov.administrative_procedures_count"),
])

# --------------------------------------------------------------------------
# 04 Bắc Trà My district (Quảng Nam), the district's intelligent operations centre opened on trial,
# December 2021 (baoquangnam.vn; the crawler's stamp " date 2021-12" written as the first line,
# "(QNO) - ..." following on the second; cut: the photo captions "Quang cảnh lễ khai trương. Ảnh:
# V.A" and "Đại biểu tham dự lễ khai trương. Ảnh: V.A", each with one blank line; the excerpt ends
# in "mực nước định t"). One result of 2021 (the stamp): "Trung tâm IOC huyện Bắc Trà My triển
# khai vận hành thử nghiệm đồng thời 6 dịch vụ giám sát thông minh" (=, count,
# city.ioc_services_count; the services are then named one by one: earlier sets count an IOC's
# services deployed, set150's "thí điểm 8 dịch vụ"). Pillar null: no heading ("IOC" stands in the
# sentence). Not quantities: "15.12" (a date).
# --------------------------------------------------------------------------
D04 = dict(name="04_bactramy-ioc-huyen-2021", kind="result", year=2021, records=[
    R("đồng thời «6 dịch vụ", "dịch vụ giám sát thông minh Trung tâm IOC huyện Bắc Trà My triển khai vận hành thử nghiệm",
      "=", 6, **CNT, iid="city.ioc_services_count"),
])

# --------------------------------------------------------------------------
# 05 Đà Lạt city (Lâm Đồng), citizens' reports through the app "Đà Lạt trực tuyến", first half of
# 2022 (baolamdong.vn; the crawler's stamp " date 2022-06" written as the first line, "UBND thành
# phố Đà Lạt cho biết, ..." following on the second; cut: the byline "VIẾT TRỌNG" with the blank line
# before it). Results of 2022 ("6 tháng đầu năm 2022"). Pillar null. "tiếp nhận tổng cộng 2.017
# phản ánh" (=, count, egov.feedback_received_count); the reports by field, "593 phản ánh; ... 473
# ...; 270 ...; 179 ...; 160 ...; 33 ...; 24 ...; 12 phản ánh" (=, count, each with its own subject,
# scope null: a breakdown by kind of thing; no id: a field's share of the reports is not the id's
# quantity). Not quantities: "9 lĩnh vực" (the fields the reports fall into, the make-up of the
# total; a judgement), "6 tháng" (a period).
# --------------------------------------------------------------------------
D05 = dict(name="05_dalat-phan-anh-truc-tuyen-2022", kind="result", year=2022, records=[
    R("tổng cộng «2.017 phản ánh", "phản ánh của người dân và du khách thông qua ứng dụng “Đà Lạt trực tuyến” thành phố đã "
      "tiếp nhận", "=", 2017, **CNT, iid=FEED),
    R("với «593 phản ánh", "phản ánh về trật tự xây dựng", "=", 593, **CNT),
    R("đô thị «473 phản ánh", "phản ánh trật tự đô thị", "=", 473, **CNT),
    R("trật tự «270 phản ánh", "phản ánh an toàn giao thông, an ninh trật tự", "=", 270, **CNT),
    R("trường «179 phản ánh", "phản ánh môi trường", "=", 179, **CNT),
    R("du lịch «160 phản ánh", "phản ánh văn hóa, du lịch", "=", 160, **CNT),
    R("thực phẩm «33 phản ánh", "phản ánh an toàn vệ sinh thực phẩm", "=", 33, **CNT),
    R("rừng «24 phản ánh", "phản ánh quản lý bảo vệ rừng", "=", 24, **CNT),
    R("trường «12 phản ánh", "phản ánh giá cả thị trường", "=", 12, **CNT),
])

# --------------------------------------------------------------------------
# 06 Thăng Bình district (Quảng Nam), the district's 2022 targets for applications received online
# (thangbinh.quangnam.gov.vn; cut: the photo caption "Các phòng, ban, đơn vị huyện Thăng Bình tăng
# cường thực hiện giải quyết hồ sơ TTHC trên môi trường dịch vụ công trực tuyến." with one blank
# line, the widget "Tin liên quan" with the blank line before it; the whitespace line and the
# leading spaces of the last paragraph stay as returned; no byline, no stamp). Targets of 2022
# ("thực hiện trong năm 2022"). Pillar null. "các cơ quan, đơn vị, các xã, thị trấn cần có hồ sơ
# thủ tục tiếp nhận, giải quyết qua dịch vụ công trực tuyến đạt tỷ lệ từ 50% trở lên" (>=) and the
# four offices "được giao chỉ tiêu 10%" (>=, a bare number in a target): two records, scope null
# (the sentence singles out four named offices, a breakdown by kind of unit, not by administrative
# level or population group; the offices are in the indicator; a judgement); both
# egov.online_applications_share. Not quantities: "mức độ 3, mức độ 4" (names), "5 ngày" (the
# rule's delay before the rate is counted), "14/12/2022" (a date), "năm 2022".
# --------------------------------------------------------------------------
D06 = dict(name="06_thangbinh-chi-tieu-dvc-2022", kind="target", year=2022, records=[
    R("tỷ lệ từ «50% trở lên", "các cơ quan, đơn vị, các xã, thị trấn cần có hồ sơ thủ tục tiếp nhận, giải quyết qua dịch vụ "
      "công trực tuyến", ">=", 50, iid=ONLINE),
    R("chỉ tiêu «10%", "hồ sơ thủ tục tiếp nhận, giải quyết qua dịch vụ công trực tuyến phòng Lao động thương binh xã hội, "
      "Phòng kinh tế hạ tầng, phòng tài nguyên môi trường, chi nhánh văn phòng đăng ký đất đai được giao chỉ tiêu", ">=", 10,
      iid=ONLINE),
])

# --------------------------------------------------------------------------
# 07 Phú Bình district (Thái Nguyên), applications handled as level-4 online services, November
# 2022 (baothainguyen.vn; cut: the byline "Vi Vân 14:06, 11/11/2022" (written as the first line
# `date 2022-11-11`), the photo caption (two lines, "Cán bộ tại Bộ phận một cửa của huyện Phú Bình
# ..." and "Cán bộ tại Bộ phận một cửa huyện Phú Bình ...") with one blank line). Results of 2022
# (the byline). Pillar null. The province's requirement "giao chỉ tiêu hồ sơ giải quyết trực tuyến
# mức độ 4 cho các sở, ngành, địa phương phải đạt từ 55% trở lên" (kind target, >=, 2022,
# egov.online_applications_share). "số lượng hồ sơ được xử lý trực tuyến trên địa bàn huyện là
# 36.680 hồ sơ, đạt tỷ lệ 59,08%" (=, count, egov.online_applications_count; =, %,
# egov.online_applications_share). The units above 60%: the district's one-stop office's 79,38%
# (=) and seven communes' rates (=, place the commune as written, "Dương Thành" ... "Tân Kim",
# scope null: a breakdown by place), all egov.online_applications_share (the same quantity at each
# unit). NOT: "đạt từ 60% trở lên gồm" (the threshold naming the group that the list then gives
# value by value) and "không có đơn vị, địa phương nào đạt dưới 40%" (a threshold in a negative
# statement, no unit's value; a judgement). Not quantities: "793/QĐ-UBND", "15/4/2022", "8-11"
# (a document and dates), "mức độ 4" (a name).
# --------------------------------------------------------------------------
SHARE4 = "tỷ lệ hồ sơ giải quyết qua DVCTT mức độ 4"
D07 = dict(name="07_phubinh-ho-so-muc-do-4-2022", kind="result", year=2022, records=[
    R("phải đạt từ «55% trở lên", "chỉ tiêu hồ sơ giải quyết trực tuyến mức độ 4 cho các sở, ngành, địa phương", ">=", 55,
      **T, iid=ONLINE),
    R("huyện là «36.680 hồ sơ", "số lượng hồ sơ được xử lý trực tuyến trên địa bàn huyện", "=", 36680, **CNT,
      iid="egov.online_applications_count"),
    R("tỷ lệ «59,08%", "hồ sơ được xử lý trực tuyến trên địa bàn huyện", "=", 59.08, iid=ONLINE),
    R("huyện đạt «79,38%", SHARE4 + " Bộ phận một cửa của huyện", "=", 79.38, iid=ONLINE),
    R("Dương Thành «70,74%", SHARE4 + " xã Dương Thành", "=", 70.74, place="Dương Thành", iid=ONLINE),
    R("Hà Châu «68,74%", SHARE4 + " xã Hà Châu", "=", 68.74, place="Hà Châu", iid=ONLINE),
    R("Tân Khánh «68,51%", SHARE4 + " xã Tân Khánh", "=", 68.51, place="Tân Khánh", iid=ONLINE),
    R("Đào Xá «68,03%", SHARE4 + " xã Đào Xá", "=", 68.03, place="Đào Xá", iid=ONLINE),
    R("Xuân Phương «66,63%", SHARE4 + " xã Xuân Phương", "=", 66.63, place="Xuân Phương", iid=ONLINE),
    R("Bảo Lý «64,86%", SHARE4 + " xã Bảo Lý", "=", 64.86, place="Bảo Lý", iid=ONLINE),
    R("Tân Kim «64,6%", SHARE4 + " xã Tân Kim", "=", 64.6, place="Tân Kim", iid=ONLINE),
], NOT=["đạt từ «60% trở lên gồm", "đạt dưới «40%"])

# --------------------------------------------------------------------------
# 08 Khánh Hòa's 2022 targets for online applications by level, and Hòa Bình's (mic.gov.vn; cut:
# the image's file name "20220330-pg2.jpg", the caption "Ảnh minh hoạ", the byline "Phan Quân", the
# keyword line and the widget "ĐÁNH GIÁ BÀI VIẾT( 0)", each with one blank line; the dateline
# "(Mic.gov.vn) - " and the page's double blank line stay as returned). Targets of 2022 (the title;
# "năm 2022"). Pillar null. "Chỉ tiêu cho các đơn vị chuyên môn thuộc UBND cấp tỉnh đạt tối thiểu
# 45% - 50%; ... cấp huyện đạt tối thiểu 35% - 40%; ... cấp xã, phường, trị trấn tối thiểu đạt 25% -
# 30%": one sentence split by level, three between records (the range stated, "tối thiểu" before
# it), scopes as written ("cấp tỉnh", "cấp huyện", "cấp xã, phường, trị trấn", the page's typo kept),
# egov.online_applications_share. Hòa Bình's "cả 17 sở, ban, ngành và 10 UBND các huyện, thành phố
# ... cần đưa tỷ lệ hồ sơ được xử lý trực tuyến đạt 55%" (>=, place "Hòa Bình": another province
# than the page's Khánh Hòa; egov.online_applications_share). Not quantities: "27 sở, ban, ngành và
# UBND huyện", "17 sở, ban, ngành", "10 UBND các huyện, thành phố" (the units the target is given
# to, part of the subject; a judgement), "752/QĐ-UBND", "279/QĐ-UBND", "22/3/2022", "18/2/2022",
# "mức độ 3, mức độ 4".
# --------------------------------------------------------------------------
APPS = "hồ sơ được tiếp nhận, giải quyết trực tuyến mức độ 3, mức độ 4 các đơn vị chuyên môn thuộc UBND"
D08 = dict(name="08_khanhhoa-hoabinh-chi-tieu-cap-huyen-2022", kind="target", year=2022, records=[
    R("tối thiểu «45% - 50%", APPS + " cấp tỉnh", "between", 45, value_max=50, scope="cấp tỉnh", iid=ONLINE),
    R("tối thiểu «35% - 40%", APPS + " cấp huyện", "between", 35, value_max=40, scope="cấp huyện", iid=ONLINE),
    R("tối thiểu đạt «25% - 30%", APPS + " cấp xã, phường, trị trấn", "between", 25, value_max=30,
      scope="cấp xã, phường, trị trấn", iid=ONLINE),
    R("trực tuyến đạt «55%", "tỷ lệ hồ sơ được xử lý trực tuyến 17 sở, ban, ngành và 10 UBND các huyện, thành phố của Hòa Bình",
      ">=", 55, place="Hòa Bình", iid=ONLINE),
])

# --------------------------------------------------------------------------
# 09 Sầm Sơn city (Thanh Hóa), its intelligent operations centre, June 2022 (baothanhhoa.vn; the
# crawler's stamp " date 2022-06" written as the first line, the title following on the second;
# cut: the photo caption "Trung tâm Điều hành thông minh TP Sầm Sơn." with one blank line; the
# excerpt ends in "hệ thống "). A precision text: the centre's launch and its list of systems, no
# target or result. Not quantities: "2021-2025" (twice), "2030", "4-2021" (periods, a horizon, a
# date). The sub-heading "TP Sầm Sơn - “Thành phố điều hành quản lý thông minh”" holds no number.
# --------------------------------------------------------------------------
D09 = dict(name="09_samson-do-thi-thong-minh-2022-precision", kind="result", year=2022, records=[])

# --------------------------------------------------------------------------
# 10 Tam Bình district (Vĩnh Long), IT infrastructure in 2015-2020 and what comes next, July 2020
# (baovinhlong.com.vn; cut: the byline date "Cập nhật, 20:07, Thứ Tư, 29/07/2020 (GMT+7)" (written as
# the first line `date 2020-07-29`), the byline "NGUYỄN XUÂN" with the blank line before it). Pillar
# null. The lead's plan "triển khai hệ thống thông tin một cửa điện tử đến 100% UBND cấp xã" (kind
# target, >=; year 2020, the byline's, the sentence naming none, as set175's 04; no id). Results of
# 2020 (the period 2015-2020 closing): "hệ thống mạng của huyện triển khai 100% từ cơ quan hành chính
# cấp huyện đến cấp xã" (=; scope null: one value for all levels, spec; no id), "91,77% cán bộ công
# chức có máy tính" (=, infra.civil_servants_computers_share), "100% cơ quan ứng dụng phần mềm quản lý
# văn bản và điều hành" (=, egov.document_system_use_share), "100% cơ quan, đơn vị ứng dụng chữ ký số
# chuyên dùng" (=; no id: agencies, not officials, signing). Not quantities: "2015- 2020" (a period).
# --------------------------------------------------------------------------
D10 = dict(name="10_tambinh-ha-tang-cntt-2020", kind="result", year=2020, records=[
    R("đến «100% UBND", "triển khai hệ thống thông tin một cửa điện tử UBND cấp xã", ">=", 100, **T),
    R("triển khai «100% từ", "hệ thống mạng của huyện triển khai từ cơ quan hành chính cấp huyện đến cấp xã", "=", 100),
    R("; «91,77% cán bộ", "cán bộ công chức có máy tính", "=", 91.77, iid="infra.civil_servants_computers_share"),
    R("; «100% cơ quan ứng", "cơ quan ứng dụng phần mềm quản lý văn bản và điều hành trên môi trường mạng", "=", 100,
      iid=DOCSYS),
    R("; «100% cơ quan, đơn vị", "cơ quan, đơn vị ứng dụng chữ ký số chuyên dùng", "=", 100),
])

# --------------------------------------------------------------------------
# 11 Thượng Nông commune (Na Hang district, Tuyên Quang), the answer to voters on mobile coverage
# (hdndtuyenquang.gov.vn; no cut; no byline, no stamp). Mostly not quantities (a text that measures
# extras). One result: "VNPT Tuyên Quang đang có 02 trạm phát sóng di động" in the commune (=, count,
# infra.bts_stations_count); year null: the page names no year of measurement ("Hiện nay"; "trước
# 30/6/2023" dates a planned installation; a judgement, as set175's undated pages). Pillar null. Not
# quantities: "2,6km", "3,5km" (twice), "3,7 km" (distances from villages to stations, a description
# of the terrain, not an indicator's value; a judgement), "kỳ họp thứ 3, Quốc hội khóa XV" (a name),
# "3G/4G" (names), "TQG0324-11", "TQG0424-11", "TQG0424-12" (station codes), "30/6/2023" (a date).
# --------------------------------------------------------------------------
D11 = dict(name="11_nahang-thuongnong-tram-phat-song", kind="result", year=None, records=[
    R("đang có «02 trạm", "trạm phát sóng di động VNPT Tuyên Quang trên địa bàn xã Thượng Nông", "=", 2, **CNT,
      iid="infra.bts_stations_count"),
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
