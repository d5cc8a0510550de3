#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set301).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a plan, a change
against an earlier value); check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set193, the id is given in the record itself (`iid=`); in this set every id is null
(the catalogue names no public-transport indicator).

The theme is public transport (bus routes and passengers, electric buses, urban railways). The
quantities follow set295's reading of an airport's stock, which set282 and set252 began: what the
network has or plans counts (routes, vehicles, trains, stations, trips run, passengers, lengths of
lines and routes, daily frequencies in trips, capacities, investment); not quantities: fares (a
tariff set by rule, as the earlier sets' ticket prices), the size of one vehicle (seats and
standing places of one train, as set295's single aircraft), durations (travel times, the minutes
between two trips, "sau 1 năm"), times of day, route numbers and codes (names), and numbers in words
("hai tuyến", "chín tuyến"). Every pillar is null: no text has a heading or lead-in naming one.

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

KM = dict(unit="other", unit_text="km")
DONG = dict(unit="other", unit_text="đồng")
EBUS = "tỷ lệ chuyển đổi phương tiện xe buýt điện, năng lượng xanh"

# --------------------------------------------------------------------------
# 01 Hà Nội, the city's roadmap converting its buses to electricity and green energy by 2030
# (tuoitrethudo.vn; cut: the related-article line "| Xe buýt, đường sắt đô thị tăng cường hoạt động
# dịp nghỉ lễ 30/4 |", the image line "![]() |" and its caption "| Ảnh minh họa |" after the title,
# and the page's tail "Tin liên quan" ... "Giao th" (section labels and other articles' titles); no
# byline, no stamp). Targets, each with the year its sentence names: the title's "100% xe buýt sử
# dụng điện, năng lượng xanh đến năm 2030" (>=, 2030), the conversion rates "(dự kiến) năm 2025 là
# 10%, năm 2026 là 20- 23%" (>= bare; between), "100% xe buýt sử dụng xăng, dầu diezel chuyển sang
# ... chậm nhất vào năm 2030" (>=, 2030), "năm 2027 là 34-39%; năm 2028 là 47-54%; năm 2029 là
# 79-89%; năm 2030 là 100%" (between, between, between, >=). The document year is null (no stamp,
# no byline; every record names its own). Not quantities: "Vành đai 4" (a name), the periods
# "2025-2026", "2027-2030".
# --------------------------------------------------------------------------
D01 = dict(name="01_hanoi-lo-trinh-xe-buyt-dien-2030", kind="target", year=None, records=[
    R("«100% xe buýt sử dụng điện", "xe buýt sử dụng điện, năng lượng xanh", ">=", 100, year=2030),
    R("năm 2025 là «10%", EBUS, ">=", 10, year=2025),
    R("năm 2026 là «20- 23%", EBUS, "between", 20, value_max=23, year=2026),
    R("trình, «100% xe buýt sử dụng xăng", "xe buýt sử dụng xăng, dầu diezel chuyển sang sử dụng điện, năng lượng "
      "xanh", ">=", 100, year=2030),
    R("năm 2027 là «34-39%", EBUS, "between", 34, value_max=39, year=2027),
    R("năm 2028 là «47-54%", EBUS, "between", 47, value_max=54, year=2028),
    R("năm 2029 là «79-89%", EBUS, "between", 79, value_max=89, year=2029),
    R("năm 2030 là «100%", EBUS, ">=", 100, year=2030),
])

# --------------------------------------------------------------------------
# 02 Quảng Nam, Decision 1239 on the network of the province's intra-provincial and adjacent bus
# routes for 2022-2030 (baoquangnam.vn; the stamp " date 2022-05" written as the first line; nothing
# cut: the photo caption "Xe buýt tuyến liên tỉnh ... Ảnh V.S" is kept, it carries no number; the
# excerpt ends in "du lị"). Targets of "giai đoạn 2022 - 2030": year 2030 (the period's end, as the
# earlier sets read a period), bare numbers `>=`: "điều chỉnh, mở mới tổng cộng 6 tuyến liên tỉnh
# liền kề ... cùng 16 tuyến nội tỉnh" (two records, each its own subject) and "Quảng Nam sẽ mở 6
# tuyến xe buýt liên tỉnh liền kề" (the figure repeated, recorded again as the earlier sets record a
# repeated figure). Not quantities: "Quyết định 1239" (a document), "2022 - 2030", "năm 2050"
# (dates); the routes listed carry no digit.
# --------------------------------------------------------------------------
D02 = dict(name="02_quangnam-mang-luoi-tuyen-buyt-2022-2030", kind="target", year=2030, records=[
    R("tổng cộng «6 tuyến", "tuyến xe buýt liên tỉnh liền kề đến TP.Đà Nẵng và tỉnh Quảng Ngãi điều chỉnh, mở mới",
      ">=", 6, **CNT),
    R("cùng «16 tuyến", "tuyến xe buýt nội tỉnh điều chỉnh, mở mới", ">=", 16, **CNT),
    R("sẽ mở «6 tuyến", "tuyến xe buýt liên tỉnh liền kề Quảng Nam sẽ mở", ">=", 6, **CNT),
])

# --------------------------------------------------------------------------
# 03 Hồ Chí Minh City, the draft rules on bus transport with 95 new routes for 2025-2030
# (nld.com.vn; the stamp " date 2025-08-14" written as the first line; nothing cut: the line "TP HCM
# dự kiến mở thêm 95 tuyến ... 2025-2030" under the lead, a caption or a standfirst, is kept; the
# excerpt ends in "hoạt động v"). Targets of "giai đoạn 2025 – 2030" (2030): "mở rộng mạng lưới
# thêm 95 tuyến" (a target stated as a change, `>=`, spec) and "nâng tổng số tuyến lên 205" (`>=`),
# twice each (the lead and the line under it). Not quantities: "Quyết định số 20/2014/QĐ-UBND",
# "Quyết định số 20/2014" (documents), the period; "hàng triệu lượt đi lại" has no digit.
# --------------------------------------------------------------------------
ROUTES_NEW = "tuyến xe buýt mở rộng mạng lưới thêm"
ROUTES_TOTAL = "tổng số tuyến xe buýt"
D03 = dict(name="03_tphcm-mo-them-tuyen-xe-buyt-2025-2030", kind="target", year=2030, records=[
    R("mạng lưới thêm «95 tuyến", ROUTES_NEW, ">=", 95, **CNT),
    R("tuyến lên «205.", ROUTES_TOTAL, ">=", 205, **CNT),
    R("mở thêm «95 tuyến xe buýt mới", "tuyến xe buýt mới mở thêm", ">=", 95, **CNT),
    R("tuyến lên «205 trong", ROUTES_TOTAL, ">=", 205, **CNT),
])

# --------------------------------------------------------------------------
# 04 The national roadmap converting urban buses to electricity, on the Ministry of Transport's
# portal, September 2022 (mt.gov.vn; cut: the byline date "Thứ hai, 19/09/2022 08:10", written as
# the first line `date 2022-09-19`, the widget line "Từ viết tắt Xem với cỡ chữ", the byline
# "kieuanh", the source line "Nguồn: TTXVN/Vietnam+", the rating widget "Đánh giá" and "(Di chuột
# vào ngôi sao để chọn điểm)", each with the blank line after it). Targets, each with its own year:
# "từ năm 2025, 100% xe buýt thay thế, đầu tư mới sẽ sử dụng điện, năng lượng xanh và đến năm 2050,
# 100% xe buýt, xe taxi sẽ sử dụng điện, năng lượng xanh" (two records, >=, 2025 and 2050), stated
# twice (the lead and the body: four records). No province is named (the country's towns).
# --------------------------------------------------------------------------
REPL = "xe buýt thay thế, đầu tư mới sẽ sử dụng điện, năng lượng xanh"
ALLBUS = "xe buýt, xe taxi sẽ sử dụng điện, năng lượng xanh"
D04 = dict(name="04_bogtvt-lo-trinh-xe-buyt-dien-do-thi-2022", kind="target", year=2022, records=[
    R("xanh, từ năm 2025, «100%", REPL, ">=", 100, year=2025),
    R("Theo lộ trình chuyển đổi năng lượng xanh, từ năm 2025, 100% xe buýt thay thế, đầu tư mới sẽ sử dụng "
      "điện, năng lượng xanh và đến năm 2050, «100%", ALLBUS, ">=", 100, year=2050),
    R("đô thị, từ năm 2025, «100%", REPL, ">=", 100, year=2025),
    R("đối với giao thông đô thị, từ năm 2025, 100% xe buýt thay thế, đầu tư mới sẽ sử dụng điện, năng lượng "
      "xanh và đến năm 2050, «100%", ALLBUS, ">=", 100, year=2050),
])

# --------------------------------------------------------------------------
# 05 Hồ Chí Minh City, metro line 1 (Bến Thành - Suối Tiên) passing ten million passengers after
# six months (baomoi.net.vn; nothing cut: the photo caption "Metro Bến Thành - Suối Tiên đón 10
# triệu lượt khách sau nửa năm. Ảnh: Đạt Thành" is kept and its figure recorded, as set227 recorded
# a caption's; no byline, no stamp; the excerpt ends in "thành "). Year 2025 for the results: six
# months of commercial operation from "22‑12‑2024" (a judgement: the text gives no other year; 2012
# is the start of construction). Results: "10 triệu lượt" three times (title, lead, caption), "gần
# 58.000 lượt" (~), "34.626 chuyến tàu", "57.785 lượt", "ngày thường khoảng 50.423 lượt" (~), "cuối
# tuần tăng lên 76.414 lượt" (=: the level reached; weekdays and weekends are not a scope, spec's
# breakdown rule), "9 đoàn tàu", "dài 19,7km" (other km), "14 ga (3 ngầm, 11 trên cao)" (three
# records, each its own subject), "khoảng 43.700 tỉ đồng" (~, money). Targets of "đề án phát triển
# đường sắt đô thị": "hoàn thành 7 tuyến metro với tổng chiều dài 355km trong vòng 10 năm tới"
# (>=, year null: "10 năm tới" names no year). NOT: "vượt hơn 48% so với kế hoạch", "đạt 100,3% kế
# hoạch" (against the plan, as the earlier sets' majority leaves completion out). Not quantities:
# "số 1" (a name), "5 giờ", "22 giờ" (times), "8 phút/chuyến" (the minutes between trips: a
# duration), "930 người", "147 ghế ngồi", "783 chỗ đứng" (one train's size), the fares "6.000-20.000
# đồng/lượt", "40.000 đồng", "vé 3 ngày", "90.000 đồng", "300.000 đồng", "150.000 đồng", "2012",
# "22‑12‑2024" (dates), "Sau 6 tháng", "10 năm" (durations), "số 1" in "Đường sắt đô thị số 1 TPHCM"
# and "HURC1" (names).
# --------------------------------------------------------------------------
PAX05 = "lượt hành khách tuyến metro số 1 (Bến Thành - Suối Tiên) đã phục vụ sau 6 tháng khai thác thương mại"
D05 = dict(name="05_tphcm-metro-so-1-nua-nam-2025", kind="result", year=2025, records=[
    R("cán mốc «10 triệu", PAX05, "=", 10e6, **CNT),
    R("đã phục vụ «10 triệu", PAX05, "=", 10e6, **CNT),
    R("đón «10 triệu", PAX05, "=", 10e6, **CNT),
    R("có gần «58.000 lượt", "lượt người sử dụng metro trung bình mỗi ngày", "~", 58000, **CNT),
    R("vận hành «34.626 chuyến", "chuyến tàu tuyến metro đã vận hành", "=", 34626, **CNT),
    R("đạt «57.785 lượt", "Lượng hành khách trung bình mỗi ngày", "=", 57785, **CNT),
    R("khoảng «50.423", "Lượng hành khách trung bình mỗi ngày thường", "~", 50423, **CNT),
    R("tăng lên «76.414", "Lượng hành khách trung bình mỗi ngày cuối tuần", "=", 76414, **CNT),
    R("khai thác «9 đoàn tàu", "đoàn tàu tuyến metro hiện khai thác", "=", 9, **CNT),
    R("dài «19,7km", "chiều dài Metro số 1 (Bến Thành - Suối Tiên)", "=", 19.7, **KM),
    R("với «14 ga", "ga Metro số 1", "=", 14, **CNT),
    R("(«3 ngầm", "ga ngầm Metro số 1", "=", 3, **CNT),
    R("ngầm, «11 trên cao", "ga trên cao Metro số 1", "=", 11, **CNT),
    R("khoảng «43.700 tỉ", "Tổng vốn đầu tư cho dự án Metro số 1", "~", 43700e9, **DONG),
    R("hoàn thành «7 tuyến metro", "tuyến metro thành phố dự kiến xây dựng và hoàn thành", ">=", 7, **CNT, **T,
      year=None),
    R("dài «355km", "tổng chiều dài các tuyến metro dự kiến xây dựng và hoàn thành", ">=", 355, **KM, **T,
      year=None),
], NOT=["vượt hơn «48% so", "đạt «100,3% kế hoạch"])

# --------------------------------------------------------------------------
# 06 Hà Nội, the Cát Linh - Hà Đông urban railway's passengers in the first quarter of 2023
# (baomoi.net.vn; nothing cut; no byline, no stamp). Year 2023 ("quý I/2023"). Results: "Hơn 2,65
# triệu lượt hành khách" (title) and "hơn 2,65 triệu lượt hành khách" (body), both `>`; "khoảng
# 10.000 hành khách sử dụng vé tháng" (~), "Bình quân mỗi ngày phục vụ trên 32.000 lượt" (>), "ngày
# cuối tuần phục vụ 26.000 - 28.000 lượt" (between; the weekend is not a scope). NOT: "tăng 262% so
# với cùng kỳ năm 2022" (a change against an earlier value, spec). Not quantities: "2A" (the line's
# name), "quý I/2023", "năm 2022" (dates).
# --------------------------------------------------------------------------
PAX06 = "lượt hành khách sử dụng đường sắt đô thị Cát Linh - Hà Đông"
D06 = dict(name="06_hanoi-cat-linh-ha-dong-quy-1-2023", kind="result", year=2023, records=[
    R("Hơn «2,65 triệu", PAX06, ">", 2.65e6, **CNT),
    R("được hơn «2,65 triệu", "lượt hành khách tuyến đường sắt đô thị 2A Cát Linh - Hà Đông đã vận chuyển được",
      ">", 2.65e6, **CNT),
    R("khoảng «10.000 hành", "hành khách sử dụng vé tháng tuyến đường sắt đô thị Cát Linh - Hà Đông", "~", 10000,
      **CNT),
    R("trên «32.000 lượt", "lượt hành khách bình quân mỗi ngày phục vụ", ">", 32000, **CNT),
    R("phục vụ «26.000 - 28.000", "lượt hành khách ngày cuối tuần phục vụ", "between", 26000, value_max=28000,
      **CNT),
], NOT=["tăng «262% so"])

# --------------------------------------------------------------------------
# 07 Hà Nội, one year of the elevated section Nhổn - Cầu Giấy of metro line 3.1 (soha.vn; the stamp
# " date 2025-08-11" written as the first line; nothing cut: the photo caption "Hành khách đi metro
# Nhổn - ga Hà Nội đoạn trên cao." is kept, it carries no number). Year 2025 (the stamp; "sau 1 năm
# vận hành thương mại (từ 8/8/2024)"). Results: "hơn 7.600 lượt tàu chở khách" (>), "trên 6,4 triệu
# lượt hành khách" (>), "bình quân mỗi ngày đón từ 19.000 đến 21.000 lượt khách" (between), "Tỷ lệ
# chạy tàu đúng giờ ... trên 99%" (>); the project: "tổng mức đầu tư hơn 30.000 tỷ đồng" (>, money),
# "chiều dài 12,5 km", "đoạn đi trên cao ... dài 8,5 km", "đoạn đi ngầm ... dài hơn 4 km" (other
# km; `>` on the last), "8 ga trên cao với 36 tuyến buýt kết nối" (two counts), "năng lực vận
# chuyển hơn 6.000 hành khách/giờ/hướng" (>, other: a capacity, as set295's). Not quantities: "số
# 3.1" (the line's name), "1 năm" (a duration), "8/8/2024" (twice), "năm 2010", "năm 2027", "năm 2021"
# (dates).
# --------------------------------------------------------------------------
D07 = dict(name="07_hanoi-metro-nhon-cau-giay-mot-nam-2025", kind="result", year=2025, records=[
    R("hơn «7.600 lượt tàu", "lượt tàu chở khách tuyến đường sắt đô thị số 3.1 đoạn trên cao Nhổn Cầu Giấy đã thực "
      "hiện", ">", 7600, **CNT),
    R("trên «6,4 triệu", "lượt hành khách tuyến đường sắt đô thị số 3.1 đoạn trên cao Nhổn Cầu Giấy đã phục vụ", ">",
      6.4e6, **CNT),
    R("từ «19.000 đến 21.000", "lượt khách bình quân mỗi ngày đón", "between", 19000, value_max=21000, **CNT),
    R("mức trên «99%", "Tỷ lệ chạy tàu đúng giờ", ">", 99),
    R("hơn «30.000 tỷ", "tổng mức đầu tư Dự án đường sắt đô thị đoạn Nhổn - ga Hà Nội", ">", 30000e9, **DONG),
    R("chiều dài «12,5 km", "chiều dài Dự án đường sắt đô thị đoạn Nhổn - ga Hà Nội", "=", 12.5, **KM),
    R("dài «8,5 km", "chiều dài đoạn đi trên cao (Nhổn - Cầu Giấy)", "=", 8.5, **KM),
    R("dài hơn «4 km", "chiều dài đoạn đi ngầm (Cầu Giấy - ga Hà Nội)", ">", 4, **KM),
    R("có «8 ga", "ga trên cao dọc tuyến trên cao đoạn Nhổn – Cầu Giấy", "=", 8, **CNT),
    R("với «36 tuyến buýt", "tuyến buýt kết nối dọc tuyến trên cao đoạn Nhổn – Cầu Giấy", "=", 36, **CNT),
    R("hơn «6.000 hành khách/giờ/hướng", "năng lực vận chuyển mạng lưới xe buýt tại điểm trung chuyển ga Cầu "
      "Giấy", ">", 6000, unit="other", unit_text="hành khách/giờ/hướng"),
])

# --------------------------------------------------------------------------
# 08 Hà Nội, the Hanoi Transport Corporation's (Transerco) buses in the first nine months of 2025
# (soha.vn; the stamp " date 2025-10-13" written as the first line; nothing cut: the photo caption
# "Xe buýt của Tổng Công ty ... Ảnh: AT" is kept, it carries no number; the excerpt ends in "đưa
# v"). Year 2025. Results: "vận hành hơn 2,43 triệu lượt xe" (>), "ước phục vụ trên 162 triệu lượt
# hành khách" (>: "ước" is a result, spec; "trên" the bound), the routes "44 tuyến xe buýt đấu thầu
# lại", "điều chỉnh biểu đồ 22 tuyến", "hợp lý hóa lộ trình 14 tuyến", "cho 17 tuyến", "thay thế 16
# phương tiện", "cho 8 tuyến", "tổ chức 11 tuyến buýt, với 5.085 lượt xe tăng cường", "63 xe buýt
# điện" (counts, =). NOT: "(đạt 96% kế hoạch)" (completion against the plan). Not quantities: "9
# tháng" (a period, twice), "1/4/2025" (a date), "A80" (a name), "một nhánh tuyến" (a number in a
# word).
# --------------------------------------------------------------------------
D08 = dict(name="08_hanoi-transerco-9-thang-2025", kind="result", year=2025, records=[
    R("hơn «2,43 triệu", "lượt xe Tổng công ty đã vận hành", ">", 2.43e6, **CNT),
    R("trên «162 triệu", "lượt hành khách ước phục vụ", ">", 162e6, **CNT),
    R("với «44 tuyến", "tuyến xe buýt đấu thầu lại vận hành giữ vững thị phần và ổn định hoạt động", "=", 44, **CNT),
    R("biểu đồ «22 tuyến", "tuyến điều chỉnh biểu đồ", "=", 22, **CNT),
    R("lộ trình «14 tuyến", "tuyến xe buýt hợp lý hóa lộ trình", "=", 14, **CNT),
    R("cho «17 tuyến", "tuyến rà soát, tái cơ cấu, cân đối hợp lý quy mô đoàn phương tiện", "=", 17, **CNT),
    R("thay thế «16 phương tiện", "phương tiện thay thế", "=", 16, **CNT),
    R("cho «8 tuyến", "tuyến xe buýt bổ sung xe dự phòng", "=", 8, **CNT),
    R("tổ chức «11 tuyến", "tuyến buýt tổ chức phục vụ A80", "=", 11, **CNT),
    R("với «5.085 lượt", "lượt xe tăng cường phục vụ A80", "=", 5085, **CNT),
    R("vận hành «63 xe buýt", "xe buýt điện các loại đã đưa vào vận hành", "=", 63, **CNT),
], NOT=["đạt «96% kế hoạch"])

# --------------------------------------------------------------------------
# 09 Hà Nội, Transerco's buses in 2024 (tinbong247news.net; cut: the related-article line
# "Transerco: Chú trọng ổn định sản xuất kinh doanh, ... như thế nào? |" after the title and the
# image line "![]() |"; kept: the caption "Các đơn vị xe buýt thuộc Transerco đã chuyên chở hơn 230
# triệu lượt khách trong năm 2024. |", recorded; no byline, no stamp; the excerpt ends in "giảm
# 10,1% s"). Year 2024. Results: "Hơn 230 triệu lượt khách" (title) and "hơn 230 triệu lượt khách"
# (caption), both `>`; "điều chỉnh giảm dịch vụ 25 tuyến, nhánh tuyến, dừng hoạt động 3 tuyến"
# (two counts), "điều chỉnh lộ trình ... cho 9 tuyến xe buýt", "vận hành hơn 3,4 triệu lượt xe" (>).
# NOT: "giảm 7,5% so với năm 2023", "giảm 14% so với cùng kỳ", "giảm 10,1% s[o ...]" (changes
# against an earlier value, spec), "bằng 98,2% kế hoạch" (completion against the plan). Not
# quantities: "giảm gần 8 triệu km/năm, tương đương giảm 7,5% so với năm 2023" (the fall of the
# kilometres run against 2023: a change, spec), "đường sắt đô thị số 3" (a name), "năm 2023" (a
# date).
# --------------------------------------------------------------------------
PAX09 = "lượt khách đi xe buýt Transerco"
D09 = dict(name="09_hanoi-transerco-ket-qua-2024", kind="result", year=2024, records=[
    R("Hơn «230 triệu", PAX09, ">", 230e6, **CNT),
    R("chở hơn «230 triệu", "lượt khách các đơn vị xe buýt thuộc Transerco đã chuyên chở", ">", 230e6, **CNT),
    R("dịch vụ «25 tuyến", "tuyến, nhánh tuyến điều chỉnh giảm dịch vụ", "=", 25, **CNT),
    R("hoạt động «3 tuyến", "tuyến dừng hoạt động", "=", 3, **CNT),
    R("cho «9 tuyến", "tuyến xe buýt đề xuất điều chỉnh lộ trình, điểm đầu cuối", "=", 9, **CNT),
    R("hơn «3,4 triệu", "lượt xe Tổng Công ty đã vận hành", ">", 3.4e6, **CNT),
], NOT=["giảm «7,5% so", "giảm «14% so", "bằng «98,2% kế", "giảm «10,1% s"])

# --------------------------------------------------------------------------
# 10 Hồ Chí Minh City, 102 bus routes with cashless payment, September 2025 (plo.vn; the stamp
# " date 2025-09-16" written as the first line, the rest of its line, the title with its own date
# and time, on the second; nothing cut: the photo caption "TP.HCM có 102 tuyến xe buýt ở thanh toán
# không tiền mặt." is kept and recorded; the excerpt ends in "sau t"). Year 2025. Results (counts,
# =): "102 tuyến" four times (title, lead, body, caption), "1.556 phương tiện" twice, "6 đơn vị vận
# tải"; "trên 102 tuyến" is "on 102 routes" (=, as set227 read "trên 16 tuyến"). Not quantities:
# "16/09/2025 18:01" (a date and time), "“1 chạm”" (a slogan).
# --------------------------------------------------------------------------
ROUTES10 = "tuyến xe buýt thanh toán không tiền mặt"
VEH10 = "phương tiện có hệ thống thanh toán không tiền mặt"
D10 = dict(name="10_tphcm-xe-buyt-khong-tien-mat-2025", kind="result", year=2025, records=[
    R("2025-09-16\n«102 tuyến", ROUTES10, "=", 102, **CNT),
    R("hiện có «102 tuyến", "tuyến xe buýt có hệ thống thanh toán không tiền mặt", "=", 102, **CNT),
    R("với «1.556 phương tiện có", VEH10, "=", 1556, **CNT),
    R("trên «102 tuyến", "tuyến xe buýt đã được triển khai hệ thống thanh toán không tiền mặt", "=", 102, **CNT),
    R("với «1.556 phương tiện do", "phương tiện đã được triển khai hệ thống thanh toán không tiền mặt", "=", 1556,
      **CNT),
    R("do «6 đơn vị", "đơn vị vận tải đảm nhận các tuyến xe buýt thanh toán không tiền mặt", "=", 6, **CNT),
    R("TP.HCM có «102 tuyến", ROUTES10, "=", 102, **CNT),
])

# --------------------------------------------------------------------------
# 11 Cần Thơ, two adjacent bus routes made urban after the merger with Hậu Giang and Sóc Trăng,
# November 2025 (plo.vn; the stamp " date 2025-11-13" written as the first line, the title with its
# own date and time on the second; nothing cut: the line "Cần Thơ hiện có 9 tuyến xe buýt nội thành
# đang hoạt động" under the lead and the photo caption "Cần Thơ hiện có 9 tuyến ... Ảnh: CHÂU ANH"
# are kept and recorded; the excerpt ends in "từ 7.000-8"). Year 2025. Results: "Chuyển 2 tuyến xe
# buýt liền kề thành tuyến buýt nội thành" (title, =), "nâng tổng số tuyến xe buýt nội thành lên 9
# tuyến", the two "hiện có 9 tuyến" (=), "hơn 438,5km xe buýt nội thành" (>, other km), "khoảng 65
# phương tiện xe buýt đời mới" (~). Left without a record: the last "vận chuyển từ 7.000-8", a range
# cut off by the excerpt's end before its high end and its unit (a judgement). Not quantities:
# "13/11/2025 18:12", "1-7" (dates and a time), "hai", "chín", "bảy" (numbers in words).
# --------------------------------------------------------------------------
ROUTES11 = "tuyến xe buýt nội thành đang hoạt động"
D11 = dict(name="11_cantho-tuyen-buyt-noi-thanh-2025", kind="result", year=2025, records=[
    R("Chuyển «2 tuyến", "tuyến xe buýt liền kề chuyển thành tuyến buýt nội thành", "=", 2, **CNT),
    R("lên «9 tuyến.", "tổng số tuyến xe buýt nội thành", "=", 9, **CNT),
    R("\nCần Thơ hiện có «9 tuyến xe buýt nội thành đang hoạt động\n", ROUTES11, "=", 9, **CNT),
    R("hơn «438,5km", "tổng cộng km xe buýt nội thành TP Cần Thơ", ">", 438.5, **KM),
    R("khoảng «65 phương tiện", "phương tiện xe buýt đời mới đang khai thác", "~", 65, **CNT),
    R("Cần Thơ hiện có «9 tuyến xe buýt nội thành đang hoạt động, cơ bản", ROUTES11, "=", 9, **CNT),
])

# --------------------------------------------------------------------------
# 12 Hồ Chí Minh City, nine more bus routes switched to electric buses, February 2026 (dantri.com.vn;
# the stamp " date 2026-02-28" written as the first line; nothing cut: the photo caption "TPHCM ra
# mắt 169 xe buýt điện hôm 27/2 (Ảnh: Ngọc Tân)." is kept and recorded). A precision text: six
# records among route numbers and dates. Year 2026. Results: "chuyển đổi thêm 9 tuyến với 169 xe
# buýt sử dụng năng lượng điện" (two counts), the caption's "169 xe buýt điện", "có 9 tuyến nói trên
# sẵn sàng chuyển đổi", "16 tuyến buýt còn lại ... chưa xác định được ngày chuyển đổi" (=). Target:
# "có kế hoạch chuyển đổi 25 tuyến xe buýt sang sử dụng năng lượng điện từ ngày 1/3" (the plan,
# >=, 2026). Not quantities: the route numbers "32, 38, 45, 53, 64, 93, 127, 140, 148" and "01, 04,
# 08, 15, 22, 27, 43, 62, 65, 70, 74, 81, 110, 139, 152 và 170" (names), "EB6", "EB8" (models),
# "1/3" (twice), "27/2" (dates).
# --------------------------------------------------------------------------
D12 = dict(name="12_tphcm-chuyen-tuyen-buyt-dien-2026-precision", kind="result", year=2026, records=[
    R("thêm «9 tuyến", "tuyến xe buýt chuyển đổi sang sử dụng năng lượng điện", "=", 9, **CNT),
    R("với «169 xe buýt", "xe buýt sử dụng năng lượng điện chuyển đổi thêm", "=", 169, **CNT),
    R("ra mắt «169 xe", "xe buýt điện ra mắt", "=", 169, **CNT),
    R("chuyển đổi «25 tuyến", "tuyến xe buýt kế hoạch chuyển đổi sang sử dụng năng lượng điện", ">=", 25, **CNT,
      **T),
    R("có «9 tuyến nói trên", "tuyến sẵn sàng chuyển đổi xe điện", "=", 9, **CNT),
    R("biết, «16 tuyến", "tuyến buýt còn lại chưa xác định được ngày chuyển đổi xe điện", "=", 16, **CNT),
])

# --------------------------------------------------------------------------
# 13 Cần Thơ, the new adjacent bus route CT-14 from Cần Thơ airport to Đại Ngãi (Sóc Trăng), April
# 2025 (plo.vn; the stamp " date 2025-04" written as the first line, the title with its own date and
# time on the second; nothing cut: the photo caption "Với việc đưa vào khai thác ... lên 10 tuyến.
# Ảnh: KÊ MINH" is kept and recorded; the excerpt ends in "qua thị trấn "). A precision text: three
# records among a route code, dates, times, durations and road names. Year 2025. Results: "nâng số
# tuyến xe buýt liền kề ... lên 10 tuyến" (=), "cự ly khoảng 73km" (~, other km: a route's length,
# as set295's runways), "tần suất 50 - 60 chuyến/ngày" (between, other "chuyến/ngày": a daily
# frequency, as set295's). Not quantities: "CT-14" (twice, a code), "25/04/2025 18:51", "25-4",
# "26-4" (dates, a time), "khoảng 150 phút" and "25 – 40 phút" (durations: the trip, the minutes
# between two trips), "5 giờ 30 phút", "17 giờ 20 phút" (times of day), "đường 30 tháng 4", "Quốc lộ
# 1A" (twice; names).
# --------------------------------------------------------------------------
D13 = dict(name="13_cantho-tuyen-buyt-san-bay-dai-ngai-2025-precision", kind="result", year=2025, records=[
    R("lên «10 tuyến", "tuyến xe buýt liền kề trên địa bàn TP Cần Thơ", "=", 10, **CNT),
    R("khoảng «73km", "cự ly tuyến xe buýt liên tỉnh CT-14", "~", 73, **KM),
    R("tần suất «50 - 60 chuyến/ngày", "tần suất tuyến xe buýt liên tỉnh CT-14", "between", 50, value_max=60,
      unit="other", unit_text="chuyến/ngày"),
])

# --------------------------------------------------------------------------
# 14 Khánh Hòa, Nha Trang's first electric bus route, November 2024 (vnexpress.net; the stamp " date
# 2024-11" written as the first line; nothing cut: the two photo captions "... Ảnh: VinBus" are
# kept, they carry no number; the excerpt ends in "người dân và"). A precision text: two records.
# Year 2024. Results: the route's length "lộ trình 12,5 km" twice (=, other km). Not quantities:
# "tần suất 20-30 phút một chuyến", "Tần suất mỗi chuyến từ 20-30 phút" (the minutes between two
# trips: durations), "giá vé 15.000 đồng" twice (a fare), "8/11" (a date), "số hiệu 23", "số 23"
# (the route's number), "7h20", "23h15" (times of day), "quảng trường 2/4" (a name).
# --------------------------------------------------------------------------
LEN14 = "lộ trình tuyến bus điện đầu tiên tại Nha Trang"
D14 = dict(name="14_khanhhoa-nhatrang-tuyen-bus-dien-2024-precision", kind="result", year=2024, records=[
    R("lộ trình «12,5 km, tần suất", LEN14, "=", 12.5, **KM),
    R("lộ trình «12,5 km với", LEN14, "=", 12.5, **KM),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
