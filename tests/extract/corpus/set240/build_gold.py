#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set240).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of percentages deliberately left without a record;
check_gold.py verifies that every percentage has a record or a NOT entry.

Each record carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue indicator
it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README), given in
the record itself (`iid=`).

The set's theme: 5G, data centres, cloud, fibre and broadband in the provinces (and, where the
provinces' pages were all used, the national 5G and fibre figures the provinces' plans follow).

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
from goldkit import R, CNT, T, INFRA  # noqa: E402

MBPS = dict(unit="other", unit_text="Mbps")
GBPS = dict(unit="other", unit_text="Gbps")
KM = dict(unit="other", unit_text="km")
TB100 = dict(unit="other", unit_text="thuê bao/100 dân")  # the earlier sets' majority
TIMES = dict(unit="other", unit_text="lần")
BTS = "infra.bts_stations_count"
FIVEG = "infra.fiveg_stations_count"
FIBRE_KM = "infra.fibre_cable_length"
MOB_SUBS = "infra.mobile_subscriptions_count"
SMART_SUBS = "infra.smartphone_subscriptions_count"
SMART_SHARE = "infra.smartphone_subscriptions_share"
NET_SUBS = "infra.internet_subscriptions_count"

# --------------------------------------------------------------------------
# 01 An Giang, the province's telecommunications infrastructure, May 2023 (baoangiang.com.vn; cut:
# the byline "01/05/2023 - 06:24", written as the first line `date 2023-05-01`; the excerpt ends in
# "ngày c"). Year 2023 (the byline; the text names none). Pillar digital_infrastructure: the page
# title "An Giang phát triển hạ tầng viễn thông" names the telecom network, a topic of hạ tầng số,
# and heads the excerpt (set69's rule on titles, the earlier sets' majority; the subheading "Phát
# triển hạ tầng viễn thông" below repeats it). Results: "2.160 trạm thu phát sóng thông tin di động
# (BTS)" (count), "17.189km cáp thông tin (1.479km cáp ngầm)" (two lengths, other "km": the bracket
# states a value, spec), "tỷ lệ phủ băng rộng cố định, tỷ lệ phủ sóng 3G/4G đạt 100% khóm, ấp" (one
# record: one number stated once for two subjects, as one value for several levels is one record in
# the spec). Not quantities: "3G/4G", "5G" (names). Ids: BTS; the cable lengths null (the
# catalogue's length is of fibre, "cáp thông tin" is any telecom cable); the 100% null (two
# catalogue shares at once).
# --------------------------------------------------------------------------
D01 = dict(name="01_angiang-ha-tang-vien-thong-bts-cap-quang-2023", kind="result", year=2023, records=[
    R("có «2.160 trạm", "trạm thu phát sóng thông tin di động (BTS)", "=", 2160, **CNT, pillar=INFRA, iid=BTS),
    R("); «17.189km", "cáp thông tin", "=", 17189, **KM, pillar=INFRA),
    R("(«1.479km", "cáp ngầm", "=", 1479, **KM, pillar=INFRA),
    R("đạt «100% khóm", "tỷ lệ phủ băng rộng cố định, tỷ lệ phủ sóng 3G/4G khóm, ấp", "=", 100, pillar=INFRA),
])

# --------------------------------------------------------------------------
# 02 The national 5G speeds of April 2025 measured by VNNIC's i-Speed, with Đà Nẵng's and Hà Nội's
# (dientuungdung.vn; the stamp " date 2025-05-10" written as the first line, the rest of that line,
# the screenshot caption "Thống kê của VNNIC ... tháng 4/2025. Ảnh chụp màn hình", following on the
# second line; nothing cut; the excerpt ends in "Tp. Hồ Chí Minh và "). Year 2025 (every value is
# of "tháng 4/2025" or "tháng 3/2025"). Pillar null (no heading; the caption-like line "Ba nhà mạng
# lớn tại Việt Nam chính thức thương mại hóa 5G" names no pillar and stands after the values).
# Results, unit other "Mbps": the national "gần 355 Mbps" (~) download and "khoảng 95 Mbps" (~)
# upload of April; March's "247,78 Mbps" and "58,15 Mbps" (=); Đà Nẵng's "393,84 Mbps" and its
# March "408,58 Mbps" (the value itself, stated, is a result of March; only a change would not
# be: a judgement), Hà Nội's "156,73 Mbps" (place for the two cities: the page is national). Not
# quantities: "hơn 237 Mbps" (the gap between two values, as a change against another value),
# "Big 5" (a name), "4/2025", "3/2025", "tháng 3" (dates). Ids null (the catalogue's mobile
# broadband speed is the average of the mobile network, not of 5G alone).
# --------------------------------------------------------------------------
D02 = dict(name="02_danang-toc-do-5g-vnnic-2025", kind="result", year=2025, records=[
    R("đạt gần «355 Mbps", "tốc độ tải xuống trung bình mạng 5G tại Việt Nam", "~", 355, **MBPS),
    R("khoảng «95 Mbps", "tốc độ tải lên mạng 5G tại Việt Nam", "~", 95, **MBPS),
    R("đạt «247,78 Mbps", "tốc độ download 5G toàn quốc tháng 3/2025", "=", 247.78, **MBPS),
    R("upload «58,15 Mbps", "tốc độ upload 5G toàn quốc tháng 3/2025", "=", 58.15, **MBPS),
    R("đạt «393,84 Mbps", "tốc độ tải xuống 5G của Đà Nẵng", "=", 393.84, **MBPS, place="Đà Nẵng"),
    R("với «408,58 Mbps", "tốc độ tải xuống 5G của Đà Nẵng tháng 3", "=", 408.58, **MBPS, place="Đà Nẵng"),
    R("đạt «156,73 Mbps", "tốc độ 5G của Thủ đô Hà Nội", "=", 156.73, **MBPS, place="Hà Nội"),
])

# --------------------------------------------------------------------------
# 03 The three operators' 5G speeds in April 2025, the 5G stations and subscribers, and the
# government's 2025 target for new 5G stations (dientuungdung.vn; cut: the photo credit "Ảnh:
# MobiFone" that opened the excerpt; no byline, no stamp; the chart caption "Biểu đồ so sánh tốc độ
# 5G ... tháng 4/2025. Nguồn i-SPEED" kept; the excerpt ends in "Mức hỗ trợ này"). Year 2025 (the
# speeds of "tháng 4/2025", the stations "đến hết quý I/2025", the target "trong năm 2025"). Pillar
# null. Results: MobiFone's "khoảng 170 Mbps" and "khoảng 40 Mbps" (~), VNPT's "158,68 Mbps" and
# "47,94 Mbps", Viettel's "364,43 Mbps" and "97,6 Mbps" (=, other "Mbps", each operator in its
# indicator); "10.600 trạm BTS 5G" (count, 2025); Viettel's "6.500 trạm" ("tính đến tháng 10/2024":
# year 2024); the subscribers "5,5 triệu", "3 triệu", "2,5 triệu" (counts, magnitude multiplied in).
# Targets: "dự kiến tăng 5 lần trong năm nay" (a target stated as a change is a quantity, spec; >=,
# other "lần"; a judgement: the report's expectation read as the year's target) and "phấn đấu triển
# khai thêm ít nhất 55.000 trạm phát sóng mới 5G trong năm 2025" (>=). NOT: "hỗ trợ các nhà mạng 15%
# tổng giá trị đầu tư" (the rate of a support the State pays, a policy's term, not an indicator's
# target or result). Not quantities: "tối thiểu 20.000 trạm" after "nếu" (the condition for that
# support, not a target the text sets; a judgement), "Kỳ họp thứ 9", "khóa XV", "Nghị quyết 193"
# (names), "5/5", "quý I/2025", "tháng 10/2024", "31/12/2025" (dates). Ids: FIVEG for the stations
# (10.600, Viettel's 6.500, the 55.000 target); the rest null (5G speeds and subscribers have no
# catalogue indicator; the 5-fold growth is a multiple).
# --------------------------------------------------------------------------
D03 = dict(name="03_toan-quoc-toc-do-5g-nha-mang-tram-2025", kind="result", year=2025, records=[
    R("xuống khoảng «170 Mbps", "tốc độ tải xuống 5G của Mobifone", "~", 170, **MBPS),
    R("lên khoảng «40 Mbps", "tốc độ tải lên 5G của Mobifone", "~", 40, **MBPS),
    R("VNPT với «158,68 Mbps", "tốc độ tải xuống 5G của VNPT", "=", 158.68, **MBPS),
    R("và «47,94 Mbps", "tốc độ tải lên 5G của VNPT", "=", 47.94, **MBPS),
    R("Viettel («364,43 Mbps", "tốc độ tải xuống 5G của Viettel", "=", 364.43, **MBPS),
    R("và «97,6 Mbps", "tốc độ tải lên 5G của Viettel", "=", 97.6, **MBPS),
    R("lắp đặt «10.600 trạm", "trạm BTS 5G các nhà mạng đã lắp đặt", "=", 10600, **CNT, iid=FIVEG),
    R("tăng «5 lần", "trạm BTS 5G dự kiến tăng", ">=", 5, **TIMES, **T),
    R("với «6.500 trạm", "trạm BTS 5G Viettel triển khai trên cả nước", "=", 6500, **CNT, year=2024, iid=FIVEG),
    R("đạt «5,5 triệu", "người dùng mạng 5G của Viettel", "=", 5500000, **CNT),
    R("đạt «3 triệu", "người dùng mạng 5G của Vinaphone (VNPT)", "=", 3000000, **CNT),
    R("đạt «2,5 triệu", "người dùng mạng 5G của Mobifone", "=", 2500000, **CNT),
    R("ít nhất «55.000 trạm", "trạm phát sóng mới 5G triển khai thêm", ">=", 55000, **CNT, **T, iid=FIVEG),
], NOT=["mạng «15% tổng"])

# --------------------------------------------------------------------------
# 04 The national fibre figures of the Telecommunications Authority beside the 2024-2025 plan for
# telecom infrastructure (vietnamnet.vn; nothing cut; no byline, no stamp; the excerpt opens with
# the section heading "Ưu tiên phát triển hạ tầng viễn thông để thúc đẩy chuyển đổi số" and ends in
# "khó kh"). Year 2024: the text names "tháng 1/2024" for the master plan and the plan for "2024 –
# 2025" as "vừa được ... ban hành", and gives the figures as "đến nay" (a judgement). Pillar
# digital_infrastructure: the heading names the telecom infrastructure (spec's topic rule). Results:
# "còn hơn 5,4 triệu hộ chưa có cáp quang" (>, count, magnitude multiplied in), "còn 2.052 thôn,
# bản ... chưa có kết nối Internet cáp quang băng rộng đến nhà văn hóa thôn, bản" (=) and "còn 230
# thôn, bản không thuộc khu vực đặc biệt khó kh[ăn]" (=; the sentence is cut off, its subject as
# far as it goes). Not quantities: "hơn 27 triệu hộ gia đình trên toàn quốc" (the size of the whole,
# as earlier sets' population and household totals), "2021 - 2030", "2050", "1/2024", "2024 – 2025"
# (dates). Ids null (the catalogue counts villages with fibre, not without; no count of households
# without fibre).
# --------------------------------------------------------------------------
D04 = dict(name="04_toan-quoc-ho-gia-dinh-cap-quang-thon-2024", kind="result", year=2024, records=[
    R("còn hơn «5,4 triệu", "hộ chưa có cáp quang", ">", 5400000, **CNT, pillar=INFRA),
    R("còn «2.052 thôn", "thôn, bản không thuộc khu vực đặc biệt khó khăn, đã có điện lưới quốc gia, chưa có "
      "kết nối Internet cáp quang băng rộng đến nhà văn hóa thôn, bản", "=", 2052, **CNT, pillar=INFRA),
    R("còn «230 thôn", "thôn, bản không thuộc khu vực đặc biệt khó khăn", "=", 230, **CNT, pillar=INFRA),
])

# --------------------------------------------------------------------------
# 05 The 5G subscribers of the three operators and the 2025 station target, October 2025
# (24h.com.vn; the stamp " date 2025-10-06" written as the first line; nothing cut; the line "Năm
# 2025, các nhà mạng sẽ lắp đặt ít nhất 55.000 trạm 5G." is a photo caption with a figure, kept;
# the excerpt ends in "công nghệ 5"). Year 2025. Pillar null. Results: Viettel's "10 triệu người
# dùng" (=), the first quarter's "hơn 8 triệu" (>), VNPT's "4 triệu" and MobiFone's "2 triệu" (=),
# Viettel's "6.500 trạm BTS" at the launch "15/10/2024" (year 2024). Targets (2025): "mục tiêu đạt
# 12 triệu người dùng ngay trong năm 2025" (>=) and "các nhà mạng sẽ lắp đặt ít nhất 55.000 trạm
# 5G" (>=). Not quantities: "tăng gấp 2 lần so với thuê bao 4G", Jio's "gấp 3 lần", "tăng 1,5
# lần", "x2" (comparisons and changes, the earlier sets' majority for "gấp ... lần"), "tăng thêm 2
# triệu thuê bao" (a change), "2 quý" (a duration), "HD/4K" (a name), "15/10/2024" (a date). Ids:
# FIVEG for the stations (the 55.000 target, the 6.500); subscribers null.
# --------------------------------------------------------------------------
D05 = dict(name="05_toan-quoc-thue-bao-5g-tram-muc-tieu-2025", kind="result", year=2025, records=[
    R("cán mốc «10 triệu", "người dùng mạng 5G Viettel", "=", 10000000, **CNT),
    R("đạt «12 triệu", "người dùng mạng 5G Viettel", ">=", 12000000, **CNT, **T),
    R("với hơn «8 triệu", "người dùng 5G của Viettel trong quý I/2025", ">", 8000000, **CNT),
    R("VNPT với «4 triệu", "người dùng 5G của VNPT", "=", 4000000, **CNT),
    R("MobiFone với «2 triệu", "người dùng 5G của MobiFone", "=", 2000000, **CNT),
    R("ít nhất «55.000 trạm", "trạm 5G các nhà mạng lắp đặt", ">=", 55000, **CNT, **T, iid=FIVEG),
    R("với «6.500 trạm", "trạm BTS 5G Viettel phủ sóng khi thương mại hóa", "=", 6500, **CNT, year=2024,
      iid=FIVEG),
])

# --------------------------------------------------------------------------
# 06 Hà Tĩnh, the telecom infrastructure behind the province's e-government (nguoinghe.vn; nothing
# cut; no byline, no stamp; the excerpt ends in "“Hà T"). Year null: neither the text nor the
# page names a year (spec). Pillar null (no heading, no title in the excerpt). Results: "11 tuyến
# cáp quang liên tỉnh" (count), "tổng chiều dài hơn 21.000 km" (>, other "km"), "còn 26 thôn tại 7
# huyện chưa có cáp quang" (two counts, each its own subject: the villages and the districts they lie
# in, as set193's "tại 7 thôn"), "Mật độ thuê bao di động đạt xấp xỉ 94 thuê bao/100 dân" (~, other
# "thuê bao/100 dân", the earlier sets' majority for the form without "%"), "(khoảng 1.212.847 thuê
# bao)" (~), "khoảng 754.157 thuê bao di động sử dụng smartphone" (~), "(đạt 58,4% người sử dụng)"
# (=, %), "Thuê bao điện thoại cố định có 6.460" and "142.928 thuê bao Internet băng rộng cố định"
# (=). Not quantities: "hàng ngàn tuyến" (no digits). Ids: FIBRE_KM, MOB_SUBS, SMART_SUBS,
# SMART_SHARE (the smartphone users' share, a judgement), NET_SUBS; the others null.
# --------------------------------------------------------------------------
D06 = dict(name="06_hatinh-cap-quang-thue-bao-ha-tang-vien-thong", kind="result", year=None, records=[
    R("có «11 tuyến", "tuyến cáp quang liên tỉnh", "=", 11, **CNT),
    R("dài hơn «21.000 km", "tổng chiều dài tuyến cáp quang nội tỉnh", ">", 21000, **KM, iid=FIBRE_KM),
    R("còn «26 thôn", "thôn chưa có cáp quang", "=", 26, **CNT),
    R("tại «7 huyện", "huyện có thôn chưa có cáp quang", "=", 7, **CNT),
    R("xỉ «94 thuê bao", "mật độ thuê bao di động", "~", 94, **TB100),
    R("(khoảng «1.212.847", "thuê bao di động", "~", 1212847, **CNT, iid=MOB_SUBS),
    R("khoảng «754.157", "thuê bao di động sử dụng smartphone có sử dụng data", "~", 754157, **CNT,
      iid=SMART_SUBS),
    R("(đạt «58,4%", "người sử dụng smartphone có sử dụng data", "=", 58.4, iid=SMART_SHARE),
    R("có «6.460", "thuê bao điện thoại cố định", "=", 6460, **CNT),
    R("và «142.928", "thuê bao Internet băng rộng cố định", "=", 142928, **CNT, iid=NET_SUBS),
])

# --------------------------------------------------------------------------
# 07 Hưng Yên, the province's transmission network (baotuyenquang.com.vn; nothing cut; no byline,
# no stamp; the excerpt ends in "sử d"). Year null (no year in the text). Pillar
# digital_infrastructure: the page title "Hưng Yên đẩy mạnh phát triển hạ tầng thông tin, viễn
# thông" names the telecom infrastructure and heads the excerpt (set69's rule). Results: "chiều dài
# tuyến hơn 500km" (>, other "km"), "dung lượng được mở rộng trên 500Gbps" (>, other "Gbps"), "100%
# các tuyến truyền dẫn nội tỉnh Hưng Yên sử dụng phương thức truyền dẫn cáp quang" (=), "tốc độ
# truyền dẫn từ 40Gbps-100Gbps" to the district centres and "từ 1Gbps-10Gbps" to the communes
# (between, the unit written at both ends). Not quantities: "sáu doanh nghiệp" (no digits), "SDH",
# "DWDM", "Pasolink 7G/15G" (names). Ids: FIBRE_KM for the 500 km of the inter-provincial fibre
# routes; the rest null.
# --------------------------------------------------------------------------
D07 = dict(name="07_hungyen-truyen-dan-cap-quang-gbps", kind="result", year=None, records=[
    R("tuyến hơn «500km", "chiều dài tuyến hệ thống mạng truyền dẫn liên tỉnh cáp quang", ">", 500, **KM,
      pillar=INFRA, iid=FIBRE_KM),
    R("rộng trên «500Gbps", "dung lượng hệ thống mạng truyền dẫn liên tỉnh", ">", 500, **GBPS, pillar=INFRA),
    R("thời, «100% các tuyến", "tuyến truyền dẫn nội tỉnh Hưng Yên sử dụng phương thức truyền dẫn cáp quang",
      "=", 100, pillar=INFRA),
    R("từ «40Gbps-100Gbps", "tốc độ truyền dẫn mạng quang nội tỉnh đến các trung tâm huyện", "between", 40,
      **GBPS, value_max=100, pillar=INFRA),
    R("từ «1Gbps-10Gbps", "tốc độ truyền dẫn các tuyến cáp quang đến xã", "between", 1, **GBPS, value_max=10,
      pillar=INFRA),
])

# --------------------------------------------------------------------------
# 08 Phú Yên, the state of the province's IT systems before the merger of provinces, April 2025
# (tuoitrephuyen.vn; cut: the byline "Thứ hai - 21/04/2025 03:00", written as the first line `date
# 2025-04-21`, and the photo caption "Thủ tướng Phạm Minh Chính tham dự lễ Khánh thành Nhà ga T3 ...
# Ảnh sưu tầm" printed twice, both lines with the blank line after the second; the excerpt ends in
# "hết h"). Year 2025. Pillar null (the title names the merger of provinces). Results: "với số
# lượng đã cấp 8.600/9.000 tài khoản" of official e-mail (count, =) and "(Có 06/63 tỉnh, thành phố
# sử dụng dịch vụ của Viettel)" (count, =; the denominator "/63" is the whole). Not quantities: "1
# trong 9 nội dung" (a count of items of a report), "5 năm", "4 năm" (a lease's length), "2025-2029",
# "2017", "tháng 5/2025" (dates), "T3" (a name), the denominators "/9.000", "/63". Ids null.
# --------------------------------------------------------------------------
D08 = dict(name="08_phuyen-ha-tang-cntt-thu-cong-vu-2025", kind="result", year=2025, records=[
    R("cấp «8.600/9.000", "tài khoản hệ thống thư điện tử công vụ đã cấp", "=", 8600, **CNT),
    R("(Có «06/63", "tỉnh, thành phố sử dụng dịch vụ Cổng DVC trực tuyến của Viettel", "=", 6, **CNT),
])

# --------------------------------------------------------------------------
# 09 Yên Bái, a BTS station bringing mobile signal to the village of Ngòi Nhầu, 2023
# (vietnamnet.vn; nothing cut; no byline, no stamp; the excerpt ends in "Faceboo"). A precision
# text, no record: "123 hộ dân với 539 nhân khẩu" (the village's size), "chưa đầy 4 km" (a
# distance), "tháng 2/2023", "tháng 5/2023" (dates), "3 tháng" (a duration), "2G", "3G", "4G"
# (names). Year 2023 (the dates in the text). Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_yenbai-tram-bts-thon-lom-song-2023-precision", kind="result", year=2023, records=[])

# --------------------------------------------------------------------------
# 10 Ninh Bình, the preamble of Decision 07/2022/QĐ-UBND on the rules for managing and operating
# the provincial data centre (hethongphapluat.vn; cut: the site label "Hệ thống pháp luật" with the
# blank line after it; the excerpt ends in "an toàn hệ "). A precision text, no record: the document
# number "07/2022/QĐ-UBND", the date "ngày 04 tháng 3 năm 2022", and the laws, decrees and circulars
# cited with their numbers and dates ("64/2007/NĐ-CP", "85/2016/NĐ-CP", "47/2020/NĐ-CP",
# "03/2013/TT-BTTTT", "03/2017/TT-BTTTT", "01/7/2016", ...). Year 2022. Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_ninhbinh-quy-che-trung-tam-du-lieu-2022-precision", kind="result", year=2022, records=[])

# --------------------------------------------------------------------------
# 11 Kon Tum, the villages listed for universal fixed broadband by 2025 under Decision
# 969/QĐ-BTTTT, June 2023 (kontum.gov.vn; cut: the site's date widget "Thứ hai, Ngày 25/09/2023 -"
# with the blank line after it, the byline "Ngày đăng: 10/06/2023  06:23", written as the first
# line `date 2023-06-10`, and the font widget "Mặc định Cỡ chữ"; the lines holding a single space
# between paragraphs kept; the excerpt ends in "huy"). Kind target, year 2025: the villages are
# those "được phổ cập dịch vụ viễn thông ... đến năm 2025", the list the programme is to serve by
# then (a judgement: the counts of a published list read as the plan's targets; bare numbers, >=).
# Pillar digital_infrastructure: the title names "Internet băng rộng cố định" (spec's topic rule;
# set69's rule on titles). Records: the title's "Kon Tum có 66 thôn" and the body's "tỉnh Kon Tum
# có 66 thôn" (each occurrence recorded, as the earlier sets record a title's number), the
# nationwide "135 thôn" (mobile) and "3.377 thôn" (fixed broadband), the districts' "09 thôn"
# (Đăk Glei) and "30 thôn" (Kon Plông) with place. Not quantities: "06/6" (a date),
# "969/QĐ-BTTTT" (a document), "năm 2025" (the year). Ids null (the catalogue counts villages
# having fibre, not villages listed for it).
# --------------------------------------------------------------------------
D11 = dict(name="11_kontum-thon-kho-khan-bang-rong-co-dinh-2023", kind="target", year=2025, records=[
    R("Kon Tum có «66 thôn thuộc khu vực khó khăn được phổ cập dịch vụ truy cập Internet băng rộng cố định\n",
      "thôn thuộc khu vực khó khăn được phổ cập dịch vụ truy cập Internet băng rộng cố định", ">=", 66, **CNT,
      pillar=INFRA),
    R("là «135 thôn", "thôn đấu thầu lựa chọn doanh nghiệp cung cấp dịch vụ viễn thông di động mặt đất", ">=",
      135, **CNT, pillar=INFRA),
    R("là «3.377 thôn", "thôn đấu thầu lựa chọn doanh nghiệp cung cấp dịch vụ truy nhập Internet băng rộng cố "
      "định", ">=", 3377, **CNT, pillar=INFRA),
    R("tỉnh Kon Tum có «66 thôn", "thôn thuộc khu vực khó khăn được phổ cập dịch vụ truy cập Internet băng rộng "
      "cố định", ">=", 66, **CNT, pillar=INFRA),
    R("Glei có «09 thôn", "thôn được phổ cập dịch vụ truy cập Internet băng rộng cố định", ">=", 9, **CNT,
      pillar=INFRA, place="Đăk Glei"),
    R("Plông có «30 thôn", "thôn được phổ cập dịch vụ truy cập Internet băng rộng cố định", ">=", 30, **CNT,
      pillar=INFRA, place="Kon Plông"),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
