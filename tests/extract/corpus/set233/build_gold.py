#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set233).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry. This set needs none.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README),
given in the record itself (`iid=`).

Theme: construction, urban planning, housing and land going digital (building permits and their
processing times, planning dossiers, land-certificate digitisation, online construction dossiers,
GIS planning maps).

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
from goldkit import R, CNT, T  # noqa: E402

M2 = dict(unit="other", unit_text="m2")
NGAY = dict(unit="other", unit_text="ngày")
ONTIME = "egov.on_time_applications_share"
OVERDUE = "egov.overdue_applications_share"
RECEIVED = "egov.applications_received_count"
SETTLED = "egov.applications_settled_count"
ONLINE = "egov.online_applications_share"
PARCELS = "data.land_parcels_digitised_count"
TIME_CUT = "egov.procedure_time_reduced_share"
USAGE = "egov.online_services_usage_share"
FULL_N = "egov.full_online_services_count"
SERV_N = "egov.online_services_count"

# --------------------------------------------------------------------------
# 01 Lâm Đồng, building permits granted 2011 to the third quarter of 2021 and the share granted on
# time (dalat-info.vn, reprinting baolamdong.vn; cut: the byline date "26-10-2021, 10:27 GMT+7",
# written as the first line `date 2021-10-26`, the two lines of one space, the byline "NGUYỄN
# NGHĨA" and the source link "http://baolamdong.vn/"). Year 2021 (the totals run "đến hết quý III
# năm 2021": a result measured then). Results, pillar null (no heading). The title's "Tỷ lệ cấp giấy
# phép xây dựng đúng hạn đạt trên 95%" and the lead's "tỷ lệ giấy phép đúng hạn đạt trên 95%": two
# records (a title's value is recorded, and a restated value again, as the earlier sets do), `>`.
# "Sở Xây dựng đã cấp 1.962 GPXD, tỷ lệ đúng hạn là 100%; UBND các huyện, thành phố đã cấp 42.904
# GPXD": three records, scope null (the issuing agencies are the subjects, named as agencies, not
# as levels "cấp tỉnh"/"cấp huyện"; a judgement). "29.512 GPXD, chiếm tỷ lệ 66%": two records. The
# three cities' and district's counts carry `place` (the district as written, "ĐứcTrọng"). Not quantities: "năm 2011", "quý III năm 2021"
# (dates). Ids: ONTIME for the three on-time shares; the permit counts null (no catalogue count of
# permits).
# --------------------------------------------------------------------------
D01 = dict(name="01_lamdong-cap-phep-xay-dung-dung-han-2021", kind="result", year=2021, records=[
    R("xây dựng đúng hạn đạt trên «95%", "Tỷ lệ cấp giấy phép xây dựng đúng hạn", ">", 95, iid=ONTIME),
    R("toàn tỉnh là «44.866 trường hợp", "tổng số giấy phép xây dựng (GPXD) được cấp trong toàn tỉnh từ năm 2011",
      "=", 44866, **CNT),
    R("giấy phép đúng hạn đạt trên «95%", "tỷ lệ giấy phép xây dựng được cấp đúng hạn", ">", 95, iid=ONTIME),
    R("đã cấp «1.962 GPXD", "GPXD Sở Xây dựng đã cấp", "=", 1962, **CNT),
    R("tỷ lệ đúng hạn là «100%", "tỷ lệ GPXD Sở Xây dựng cấp đúng hạn", "=", 100, iid=ONTIME),
    R("đã cấp «42.904 GPXD", "GPXD UBND các huyện, thành phố đã cấp", "=", 42904, **CNT),
    R("lớn là «29.512 GPXD", "GPXD được cấp trên địa bàn các đô thị lớn", "=", 29512, **CNT),
    R("chiếm tỷ lệ «66%", "GPXD được cấp trên địa bàn các đô thị lớn chiếm tỷ lệ", "=", 66),
    R("nhất với «19.036 GPXD", "GPXD thành phố Đà Lạt được cấp", "=", 19036, **CNT, place="Đà Lạt"),
    R("Lộc là «6.189 GPXD", "GPXD thành phố Bảo Lộc được cấp", "=", 6189, **CNT, place="Bảo Lộc"),
    R("ĐứcTrọng là «4.287 GPXD", "GPXD huyện ĐứcTrọng được cấp", "=", 4287, **CNT, place="ĐứcTrọng"),
])

# --------------------------------------------------------------------------
# 02 Bình Dương, Thủ Dầu Một city's urban management office on building permits, April 2022
# (baobinhduong.vn; cut: the line "Cập nhật: 23-05-2022 | 09:35:18", written as the first line
# `date 2022-05-23`, and the page's tail from the byline "THANH HỒNG" on: "Chia sẻ bài viết", the
# readers' comment notice "LƯU Ý: BDO ...", "Gửi file đính kèm không quá 10MB Đính kèm File", the
# counter "intNumViewTotal=887", "Quay lên trên"). Year 2022. Results, pillar null. April: "nhận
# 696 hồ sơ cấp phép xây dựng, tham mưu giải quyết 610 hồ sơ với diện tích sàn 128.029m2, trả 78
# hồ sơ"; the first four months: "nhận 1.375 ..., giải quyết 1.237 hồ sơ với diện tích sàn
# 265.915m2, trả 150 hồ sơ". Eight records: the dossiers received, settled and returned (counts),
# the floor area (unit other "m2", as written). Not quantities: "tháng 4", "4 tháng đầu năm 2022"
# (periods), the "2" of "m2" (part of the unit). Ids: RECEIVED for the dossiers received, SETTLED for those settled; the returned
# dossiers and the floor areas null.
# --------------------------------------------------------------------------
D02 = dict(name="02_binhduong-thudaumot-cap-phep-xay-dung-2022", kind="result", year=2022, records=[
    R("nhận «696 hồ sơ", "hồ sơ cấp phép xây dựng Phòng Quản lý đô thị đã nhận trong tháng 4", "=", 696, **CNT,
      iid=RECEIVED),
    R("giải quyết «610 hồ sơ", "hồ sơ cấp phép xây dựng tham mưu giải quyết trong tháng 4", "=", 610, **CNT,
      iid=SETTLED),
    R("sàn «128.029m2", "diện tích sàn của hồ sơ cấp phép xây dựng được giải quyết trong tháng 4", "=", 128029,
      **M2),
    R("trả «78 hồ sơ", "hồ sơ cấp phép xây dựng trả trong tháng 4", "=", 78, **CNT),
    R("nhận «1.375 hồ sơ", "hồ sơ cấp phép xây dựng đã nhận lũy kế 4 tháng đầu năm", "=", 1375, **CNT,
      iid=RECEIVED),
    R("giải quyết «1.237 hồ sơ", "hồ sơ cấp phép xây dựng tham mưu giải quyết lũy kế 4 tháng đầu năm", "=", 1237,
      **CNT, iid=SETTLED),
    R("sàn «265.915m2", "diện tích sàn của hồ sơ cấp phép xây dựng được giải quyết lũy kế 4 tháng đầu năm", "=",
      265915, **M2),
    R("trả «150 hồ sơ", "hồ sơ cấp phép xây dựng trả lũy kế 4 tháng đầu năm", "=", 150, **CNT),
])

# --------------------------------------------------------------------------
# 03 Hà Nội, the Department of Planning and Architecture's administrative procedures in 2021
# (xaydung.gov.vn, reprinting Hà Nội mới; cut: the byline date "Thứ năm, 06/01/2022 15:24",
# written as the first line `date 2022-01-06`, the widget "Từ viết tắt Xem với cỡ chữ", the source
# credit "Nguồn: Hà Nội mới", and the tail "Tìm theo ngày :", "Đánh giá", "(Di chuột vào ngôi sao
# để chọn điểm)"). Year 2021 ("năm 2021"). Results, pillar null. The title's "đạt 84,89%" (=) and
# the body's "đạt khoảng 84,89%" (`~`): two records. "1.541 hồ sơ, thủ tục hành chính. Trong đó,
# có 1.100 ...; 161 ...; 49 ...; 160 ...; 71 ...": six counts, each its own subject (a breakdown by
# kind of dossier, scope null). "tăng so với năm 2020 (khoảng 79,42%)" and "giảm so với năm 2020
# (khoảng 17,48%)": the brackets state the values of 2020 (spec: a bracket that states a value is a
# quantity), results of 2020, `~`; the "tăng"/"giảm" carry no number. "Hồ sơ quá hạn và chậm muộn
# khoảng 10,66% (trong đó có nguyên nhân khách quan là 6,64%)": two records. Ids: ONTIME for the
# on-time shares, OVERDUE for the overdue shares (not the objective-cause part), SETTLED for the
# total; the kinds of dossier null.
# --------------------------------------------------------------------------
D03 = dict(name="03_hanoi-ho-so-quy-hoach-kien-truc-2021", kind="result", year=2021, records=[
    R("đúng hạn đạt «84,89%\n", "Tỷ lệ hồ sơ quy hoạch - kiến trúc giải quyết trước và đúng hạn", "=", 84.89,
      iid=ONTIME),
    R("tổng cộng «1.541 hồ sơ", "hồ sơ, thủ tục hành chính Sở Quy hoạch - Kiến trúc đã tiếp nhận, giải quyết", "=",
      1541, **CNT, iid=SETTLED),
    R("có «1.100 hồ sơ", "hồ sơ thông tin quy hoạch và chỉ giới đường đỏ", "=", 1100, **CNT),
    R("; «161 hồ sơ", "hồ sơ chấp thuận tổng mặt bằng", "=", 161, **CNT),
    R("; «49 hồ sơ", "hồ sơ giới thiệu địa điểm", "=", 49, **CNT),
    R("; «160 hồ sơ", "hồ sơ thẩm định đồ án", "=", 160, **CNT),
    R("; «71 hồ sơ", "hồ sơ tham gia góp ý, thẩm định nhiệm vụ quy hoạch", "=", 71, **CNT),
    R("đạt khoảng «84,89%", "hồ sơ giải quyết trước hạn và đúng hạn", "~", 84.89, iid=ONTIME),
    R("(khoảng «79,42%)", "hồ sơ giải quyết trước hạn và đúng hạn năm 2020", "~", 79.42, year=2020, iid=ONTIME),
    R("muộn khoảng «10,66%", "Hồ sơ quá hạn và chậm muộn", "~", 10.66, iid=OVERDUE),
    R("quan là «6,64%", "hồ sơ quá hạn và chậm muộn có nguyên nhân khách quan", "=", 6.64),
    R("(khoảng «17,48%)", "Hồ sơ quá hạn và chậm muộn năm 2020", "~", 17.48, year=2020, iid=OVERDUE),
])

# --------------------------------------------------------------------------
# 04 Hải Dương, the campaign to collect and digitise land-use certificates, May 2025
# (tracuuquyhoach.com; cut: the opening photo caption "Cán bộ Văn phòng Đăng ký đất đai tỉnh làm
# việc ngày đêm để kịp tiến độ số hóa dữ liệu đất đai"; no byline, no stamp; the excerpt ends in
# "trước ngày 20/5/2025,"). Year 2025 ("Tính đến đầu tháng 5/2025"; the plan of "15/4/2025").
# Results, pillar null (the section heading "Nhiệm vụ cấp thiết" names no pillar). The state of the
# land data: "Khoảng 150.000 thửa đã được cập nhật vào cơ sở dữ liệu đất đai", "Khoảng 654.000 thửa
# đã được cấp giấy chứng nhận nhưng chưa được cập nhật vào hệ thống số hóa", "Khoảng 40.000 thửa
# đất chưa được cấp giấy chứng nhận lần đầu", "46.000 thửa đất tại huyện Kim Thành ... chưa được bàn
# giao" (`~` for "khoảng", place Kim Thành for the last); the districts' certificates collected
# (Tứ Kỳ 34, Bình Giang 1.094, Ninh Giang 2.070, Kim Thành 2.914, each with `place`) and TP Hải
# Dương's "nhập dữ liệu của 3.697 giấy chứng nhận và số hóa được 3.129 giấy" (place "TP Hải
# Dương": a city of the province, as the districts). Not quantities: "khoảng 890.000 thửa đất dân
# cư" (the size of the province's stock of parcels, the denominator of the work, as the earlier
# sets leave sizes out; a judgement), "1777/KH-UBND" (a document), "15/4/2025", "5/2025",
# "20/5/2025" (dates), "từ năm 2015" (a date). Ids: PARCELS for the parcels updated into the land
# database; the rest null (the catalogue has no count of certificates collected, and its
# digitised-records share is a percentage).
# --------------------------------------------------------------------------
D04 = dict(name="04_haiduong-so-hoa-giay-chung-nhan-dat-2025", kind="result", year=2025, records=[
    R("Khoảng «150.000 thửa", "thửa đất đã được cập nhật vào cơ sở dữ liệu đất đai của tỉnh", "~", 150000, **CNT,
      iid=PARCELS),
    R("Khoảng «654.000 thửa", "thửa đã được cấp giấy chứng nhận nhưng chưa được cập nhật vào hệ thống số hóa", "~",
      654000, **CNT),
    R("Khoảng «40.000 thửa", "thửa đất chưa được cấp giấy chứng nhận lần đầu, cần điều tra bổ sung", "~", 40000,
      **CNT),
    R("biệt, «46.000 thửa", "thửa đất đã có dữ liệu địa chính nhưng chưa được bàn giao để tích hợp vào hệ thống",
      "=", 46000, **CNT, place="Kim Thành"),
    R("được «34 giấy", "giấy chứng nhận thu thập được", "=", 34, **CNT, place="Tứ Kỳ"),
    R("Giang «1.094 giấy", "giấy chứng nhận thu thập được", "=", 1094, **CNT, place="Bình Giang"),
    R("Giang «2.070 giấy", "giấy chứng nhận thu thập được", "=", 2070, **CNT, place="Ninh Giang"),
    R("Thành «2.914 giấy", "giấy chứng nhận thu thập được", "=", 2914, **CNT, place="Kim Thành"),
    R("của «3.697 giấy", "giấy chứng nhận đã thực hiện nhập dữ liệu", "=", 3697, **CNT, place="TP Hải Dương"),
    R("được «3.129 giấy", "giấy chứng nhận số hóa được", "=", 3129, **CNT, place="TP Hải Dương"),
])

# --------------------------------------------------------------------------
# 05 Hà Nội, receiving every construction dossier online from 9 June 2025 (realtier.net; nothing
# cut; no byline, no stamp). Year 2025 ("Từ ngày 9/6/2025"). Pillar null. Targets (what the city
# "sẽ" do from that day, kind target): "Hà Nội sẽ tiếp nhận 100% hồ sơ trực tuyến trong lĩnh vực
# xây dựng" (>=, 2025), "nhằm đạt mục tiêu đến năm 2030, với tỷ lệ dịch vụ công trực tuyến đạt trên
# 80%" (>, 2030), "sẽ tiếp nhận hồ sơ trực tuyến toàn trình đối với 5 thủ tục hành chính" (>=, count:
# the number of procedures, not of tasks), "thành phố cũng tiếp nhận 100% hồ sơ trực tuyến đối với 7
# thủ tục hành chính khác" (two records, the same frame). Results (the support in place, =, counts):
# "tại 12 chi nhánh với tổng 30 điểm và 476 đại lý tiếp nhận". Not quantities: "9/6/2025" (a
# date), "cấp III, cấp IV", "cấp I, cấp II" (grades of works), "tổng đài 1022 nhánh số 7", "19001009"
# (phone numbers). Ids: ONLINE for the two 100% shares, USAGE for the 2030 "tỷ lệ dịch vụ công trực
# tuyến" (the national aim for use of online services; a judgement), FULL_N for the 5 full-process
# procedures, SERV_N for the 7; the support points null.
# --------------------------------------------------------------------------
D05 = dict(name="05_hanoi-ho-so-xay-dung-truc-tuyen-2025", kind="target", year=2025, records=[
    R("sẽ tiếp nhận «100% hồ sơ", "hồ sơ trực tuyến trong lĩnh vực xây dựng Hà Nội tiếp nhận", ">=", 100,
      iid=ONLINE),
    R("đạt trên «80%", "tỷ lệ dịch vụ công trực tuyến", ">", 80, year=2030, iid=USAGE),
    R("đối với «5 thủ tục", "thủ tục hành chính tiếp nhận hồ sơ trực tuyến toàn trình (cấp giấy phép xây dựng "
      "công trình cấp III, cấp IV và nhà ở riêng lẻ)", ">=", 5, **CNT, iid=FULL_N),
    R("cũng tiếp nhận «100% hồ sơ", "hồ sơ trực tuyến đối với thủ tục hành chính liên quan đến công trình cấp đặc "
      "biệt, cấp I, cấp II", ">=", 100, iid=ONLINE),
    R("đối với «7 thủ tục", "thủ tục hành chính khác liên quan đến công trình cấp đặc biệt, cấp I, cấp II tiếp nhận "
      "hồ sơ trực tuyến", ">=", 7, **CNT, iid=SERV_N),
    R("tại «12 chi nhánh", "chi nhánh hỗ trợ trực tuyến miễn phí", "=", 12, **CNT, kind="result"),
    R("tổng «30 điểm", "điểm hỗ trợ trực tuyến miễn phí", "=", 30, **CNT, kind="result"),
    R("và «476 đại lý", "đại lý tiếp nhận hỗ trợ trực tuyến", "=", 476, **CNT, kind="result"),
])

# --------------------------------------------------------------------------
# 06 The Ministry of Construction's digital transformation and administrative reform by the end of
# June 2025 (dautuxaydung.com; nothing cut; no byline, no stamp; the excerpt ends in "về ph").
# National. Year 2025 ("tính đến hết tháng 6 năm 2025"). Results, pillar null (no heading; the last
# paragraph's "Về lĩnh vực phát triển đô thị thông minh" carries no number). Records: "tỷ lệ giải
# quyết hồ sơ trực tuyến đã đạt trên 95%" (>); the laws' texts passed "cùng với 6 Nghị quyết", "9
# Nghị định", "27 Thông tư" (counts of documents issued, as the earlier sets' "ban hành gần 250 văn
# bản"); the procedures and conditions reviewed "rà soát 451 thủ tục hành chính ...; 447 điều kiện
# đầu tư kinh doanh; và 132 thủ tục hành chính nội bộ" (three counts, each its own subject). Not
# quantities: "hoàn thành 20 trong tổng số 71 nhiệm vụ" and "68 trong tổng số 214 nhiệm vụ" (counts
# and completion of assigned tasks, spec and the earlier sets' "4/12 mục tiêu và 1/1 nhiệm vụ"),
# "xếp hạng thứ hai" (no digit), "một Quyết định" (no digit), "57-NQ/TW" (a name), "tháng 6 năm
# 2025" (a date). Ids: ONLINE for the 95%; the rest null (the procedures were reviewed, not cut).
# --------------------------------------------------------------------------
D06 = dict(name="06_quocgia-bo-xay-dung-chuyen-doi-so-6-thang-2025", kind="result", year=2025, records=[
    R("đã đạt trên «95%", "tỷ lệ giải quyết hồ sơ trực tuyến của Bộ Xây dựng", ">", 95, iid=ONLINE),
    R("cùng với «6 Nghị quyết", "Nghị quyết được Quốc hội thông qua", "=", 6, **CNT),
    R("ban hành «9 Nghị định", "Nghị định Chính phủ đã ban hành", "=", 9, **CNT),
    R("ban hành «27 Thông tư", "Thông tư Bộ đã ban hành theo thẩm quyền", "=", 27, **CNT),
    R("rà soát «451 thủ tục", "thủ tục hành chính liên quan đến hoạt động sản xuất, kinh doanh được rà soát", "=",
      451, **CNT),
    R("; «447 điều kiện", "điều kiện đầu tư kinh doanh được rà soát", "=", 447, **CNT),
    R("và «132 thủ tục", "thủ tục hành chính nội bộ được rà soát", "=", 132, **CNT),
])

# --------------------------------------------------------------------------
# 07 Vĩnh Phúc, the Department of Construction's cut processing times for design appraisal and
# building permits, October 2020 (baovinhphuc.com.vn; the stamp " date 2020-10" written as the
# first line; nothing cut). Year 2020. Results, pillar null. "đã cắt giảm tối thiểu 20% theo quy
# định" (>=) and "riêng thủ tục cấp giấy phép xây dựng giảm đến 73,3% thời gian giải quyết" (=, as
# the earlier sets read "lên tới X" in a result): the share of time cut, recorded as the earlier
# sets' majority records "cắt giảm 50,6% thời gian giải quyết" (the catalogue's own indicator).
# "tối đa chỉ còn 56 ngày" (<=, unit other "ngày"); the times now taken: "thời gian thực hiện 24
# ngày đối với dự án nhóm B ... và 16 ngày đối với dự án nhóm C", the same for other capital (16,
# 12), for technical design (24, 16) and "cấp giấy phép xây dựng, thời gian thực hiện 8 ngày làm
# việc" (=, unit_text "ngày làm việc" as written); scope null (a project group or works grade is a
# kind of thing, not a level). Not quantities: each bracket "(giảm 6 ngày so với quy định là 30
# ngày)" (a result's difference against the regulation and the regulation's own time: the
# comparison base, as the spec's "vượt 6% so với kế hoạch"), "(so với yêu cầu tối đa là 63 ngày)"
# (the requirement compared with), "nhóm B", "nhóm C", "cấp II, cấp III" (labels). Ids: TIME_CUT
# for the two shares; the days null.
# --------------------------------------------------------------------------
D07 = dict(name="07_vinhphuc-cat-giam-thoi-gian-cap-phep-xay-dung-2020", kind="result", year=2020, records=[
    R("tối thiểu «20%", "thời gian giải quyết thủ tục hành chính thẩm định thiết kế, cấp giấy phép xây dựng của "
      "Sở Xây dựng cắt giảm", ">=", 20, iid=TIME_CUT),
    R("giảm đến «73,3%", "thủ tục cấp giấy phép xây dựng giảm thời gian giải quyết", "=", 73.3, iid=TIME_CUT),
    R("chỉ còn «56 ngày", "thời gian thực hiện các thủ tục thẩm định dự án/thiết kế cơ sở/thiết kế kỹ thuật/thiết "
      "kế bản vẽ thi công/cấp giấy phép xây dựng", "<=", 56, **NGAY),
    R("thực hiện «24 ngày đối với dự án", "thời gian thẩm định dự án, thiết kế cơ sở công trình vốn ngân sách nhà "
      "nước đối với dự án nhóm B", "=", 24, **NGAY),
    R("và «16 ngày đối với dự án nhóm C", "thời gian thẩm định dự án, thiết kế cơ sở công trình vốn ngân sách nhà "
      "nước đối với dự án nhóm C trở xuống", "=", 16, **NGAY),
    R("thực hiện «16 ngày đối với dự án", "thời gian thẩm định dự án, thiết kế cơ sở công trình vốn ngoài ngân sách "
      "nhà nước đối với dự án nhóm B", "=", 16, **NGAY),
    R("và «12 ngày", "thời gian thẩm định dự án, thiết kế cơ sở công trình vốn ngoài ngân sách nhà nước đối với dự "
      "án nhóm C trở xuống", "=", 12, **NGAY),
    R("thực hiện «24 ngày đối công trình", "thời gian thẩm định thiết kế kỹ thuật/thiết kế bản vẽ thi công đối với "
      "công trình cấp II, cấp III", "=", 24, **NGAY),
    R("và «16 ngày đối với công trình", "thời gian thẩm định thiết kế kỹ thuật/thiết kế bản vẽ thi công đối với "
      "công trình còn lại", "=", 16, **NGAY),
    R("thực hiện «8 ngày", "thời gian thực hiện cấp giấy phép xây dựng", "=", 8, unit="other",
      unit_text="ngày làm việc"),
])

# --------------------------------------------------------------------------
# 08 Hải Phòng, An Phong ward launching its building-permit management system on a digital map,
# September 2025 (ekgis.com.vn; cut: the photo caption "Hội nghị ra mắt hệ thống quản lý, kiểm tra
# cấp phép xây dựng trên nền bản đồ số, diễn ra vào ngày 22/9/2025 tại UBND Phường An Phong ...
# (Ảnh: eKMap)", twice (once with "-", once with "–"); no byline, no stamp; the excerpt ends in "vi
# ph"). A precision text, no record: "22/9/2025" (a date), "cấp xã/phường" (no digit). Year 2025.
# --------------------------------------------------------------------------
D08 = dict(name="08_haiphong-anphong-cap-phep-ban-do-so-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 09 TP.HCM, one GIS application for numbering houses across the city, February 2026 (sggp.org.vn;
# the stamp " date 2026-02-24" written as the first line; cut: the photo caption "Người dân đến
# Trung tâm Phục vụ hành chính công phường Vũng Tàu thực hiện thủ tục hành chính. Ảnh: QUANG VŨ";
# the excerpt ends in "về n"). A precision text, no record: "quý I-2026" (a date: the deadline,
# no value), no other digit. Year 2026.
# --------------------------------------------------------------------------
D09 = dict(name="09_tphcm-danh-so-nha-gis-2026-precision", kind="target", year=2026, records=[])

# --------------------------------------------------------------------------
# 10 Hải Dương, the Department of Construction shortening appraisal times and proposing simpler
# procedures, November 2021 (baohaiduong.vn; cut: the byline date "THỨ NĂM, 25/11/2021 15:00:00",
# written as the first line `date 2021-11-25`, and the byline "PV"). Year 2021 ("Trong năm 2021").
# Results, pillar null: "Sở đã kiến nghị đơn giản hóa 7 thủ tục hành chính thuộc lĩnh vực hoạt
# động xây dựng, 1 thủ tục hành chính thuộc lĩnh vực giám định ..." (two counts, each its own
# subject). Not quantities: "rút ngắn từ 3-5 ngày so với quy định", in the title and in the body (a
# result's difference against the regulation's time, as 07's "giảm 6 ngày so với quy định"; a
# judgement). Ids null (procedures proposed for simplification, not yet cut).
# --------------------------------------------------------------------------
D10 = dict(name="10_haiduong-so-xay-dung-don-gian-hoa-tthc-2021", kind="result", year=2021, records=[
    R("hóa «7 thủ tục", "thủ tục hành chính thuộc lĩnh vực hoạt động xây dựng Sở đã kiến nghị đơn giản hóa", "=",
      7, **CNT),
    R("dựng, «1 thủ tục", "thủ tục hành chính thuộc lĩnh vực giám định nhà nước về chất lượng công trình xây dựng "
      "Sở đã kiến nghị đơn giản hóa", "=", 1, **CNT),
])

# --------------------------------------------------------------------------
# 11 Bà Rịa - Vũng Tàu, the GIS application for planning and technical infrastructure in Bà Rịa
# city, March 2022 (baobariavungtau.com.vn; cut: the stray first line "." , the line "Cập nhật:
# 17:37, 10/03/2022 (GMT+7)", written as the first line `date 2022-03-10`, and the photo caption
# "Nhân viên Trung tâm điều hành đô thị thông minh tỉnh kiểm tra việc kết nối, chia sẻ dữ liệu của
# các sở, ngành.", twice; the excerpt ends in "hiện trạng h"). A precision text, no record: "gồm 2
# chức năng chính" and "10 nhóm nội dung chính" are the make-up of the application (its parts, as
# the spec's parts of an index), not values reached; "TP. Bà Rịa" (no digit). Year 2022.
# --------------------------------------------------------------------------
D11 = dict(name="11_bariavungtau-gis-quy-hoach-ha-tang-2022-precision", kind="result", year=2022, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
