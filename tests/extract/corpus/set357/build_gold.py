#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set357).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (goldkit.clause_span).

Each document may also list NOT: locators of percentages deliberately left without a record;
check_gold.py verifies that every percentage has a record or a NOT entry (this set's only
percentages are changes against an earlier year, 01, which are not quantities under the contract).

Each record carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml (see README): null throughout this set, whose figures
(visitors, stalls, lengths and areas of walking streets and night markets, money) measure no
catalogue indicator.

The theme: the night-time economy, walking streets, night markets and food streets, 2020-2026.
Pillar null everywhere: no text stands under a digital-transformation heading.

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
from goldkit import R, CNT  # noqa: E402

TY = 1e9  # tỷ / tỉ
DONG = dict(unit="other", unit_text="đồng")
M = dict(unit="other", unit_text="m")
M2 = dict(unit="other", unit_text="m2")
KM = dict(unit="other", unit_text="km")
NGAY = dict(unit="other", unit_text="ngày")
PHIEN_NAM = dict(unit="other", unit_text="phiên/năm")
PEOPLE = dict(unit="count")

# --------------------------------------------------------------------------
# 01 TP.HCM, the Tết 2022 flower street and book streets: visitors and revenue (plo.vn; nothing cut;
# the crawler's stamp " date 2022-02" written as the first line `date 2022-02`; one paragraph).
# Results of Tết 2022 (the text's "Đường hoa Nguyễn Huệ 2022"): year 2022. "đón hơn 350.000 lượt
# khách" (>), "đón gần 60.000 lượt khách" (~), "Doanh thu đạt khoảng 1,5 tỉ đồng" (~, money),
# "số sách bán ra đạt 35.000 bản" (=), "doanh thu đạt 3,6 tỉ đồng" (=), "số lượt khách đến đây đạt
# 850.000 lượt" (=). NOT: "tăng 440% so với năm ngoái", "tăng 437% so với năm trước", "tăng 386,4%
# so với năm 2021", "tăng gần 400% so với năm ngoái" (a result's change against an earlier value,
# spec). Not quantities: "6-2", "ngày 27 âm lịch", "mùng 6" (dates), "chín ngày" (a word),
# "tăng khoảng ba lần" (a change, in words), "năm 2021".
# --------------------------------------------------------------------------
D01 = dict(name="01_hcm-duong-hoa-duong-sach-tet-2022", kind="result", year=2022, records=[
    R("đón hơn «350.000 lượt", "lượt khách tham quan đường hoa Nguyễn Huệ", ">", 350000, **CNT),
    R("đón gần «60.000 lượt", "lượt khách tham quan đường sách TP.HCM (trục đường Nguyễn Văn Bình)", "~", 60000,
      **CNT),
    R("đạt khoảng «1,5 tỉ", "doanh thu đường sách TP.HCM cho những ngày tết", "~", 1.5 * TY, **DONG),
    R("đạt «35.000 bản", "số sách bán ra tại tuyến đường sách Nguyễn Huệ", "=", 35000, **CNT),
    R("đạt «3,6 tỉ", "doanh thu tuyến đường sách Nguyễn Huệ", "=", 3.6 * TY, **DONG),
    R("đạt «850.000 lượt", "số lượt khách đến tuyến đường sách Nguyễn Huệ", "=", 850000, **CNT),
], NOT=["tăng «440%", "tăng «437%", "tăng «386,4%", "tăng gần «400%"])

# --------------------------------------------------------------------------
# 02 TP.HCM, Bình Chánh district's plan for the Trung Sơn night street (tuoitrethudo.vn; cut: the
# related-links line "| Quảng Bình: ... ở khu dân cư |", the image line "![]() |" and the caption
# "| Phối cảnh phố đêm Trung Sơn |"; no byline, no stamp; the excerpt ends in "đấu thầu sau").
# Kind target: the district's planned layout and money ("Dự kiến ... sẽ có", "sẽ có"); year null
# (the text names no year). Bare numbers `>=`, "hơn" `>`, "gần" `~`. "252 gian hàng: Gồm 92 ...,
# 91 ..., 19 ... và 50 ...": five records, each its own subject, scope null (a breakdown by kind
# of stall, spec). Lengths "đoạn 1 dài 450m", "đoạn 2 dài 460m" (unit other "m"); areas "hơn
# 1.000m2", "gần 5.000m2", "rộng 3.000m2" (unit other "m2"); the planned facilities "3 khu vực giữ
# xe" and "3 khu vệ sinh" (counts); money "hơn 23 tỷ đồng" (investment), "hơn 53 tỷ đồng"
# (revenue over five years, "ước đạt" in a plan: a projection, target >), "hơn 25 tỷ đồng"
# (profit after five years). Not quantities: "2 đoạn" (the make-up of the street, each part then
# described), "5 năm" (the period of the projection), "18h - 24h" (times), "đường số 1", "số 8",
# "9A", "số 4" (street names).
# --------------------------------------------------------------------------
D02 = dict(name="02_hcm-binhchanh-pho-dem-trung-son-de-an", kind="target", year=None, records=[
    R("sẽ có «252 gian hàng", "gian hàng khu vực phố đêm Trung Sơn", ">=", 252, **CNT),
    R("Gồm «92 gian hàng", "gian hàng ẩm thực", ">=", 92, **CNT),
    R("«91 gian hàng thương mại", "gian hàng thương mại", ">=", 91, **CNT),
    R("«19 gian hàng ẩm thực đặc sản", "gian hàng ẩm thực đặc sản địa phương", ">=", 19, **CNT),
    R("và «50 gian hàng trải nghiệm", "gian hàng trải nghiệm - quà lưu niệm", ">=", 50, **CNT),
    R("đoạn 1 dài «450m", "đoạn 1 phố đêm dài (từ giáp đường số 8 đến đường số 9A)", ">=", 450, **M),
    R("đoạn 2 dài «460m", "đoạn 2 phố đêm dài (từ giáp đường số 8 đến đường số 4)", ">=", 460, **M),
    R("rộng hơn «1.000m2", "khu vui chơi trẻ em rộng", ">", 1000, **M2),
    R("rộng gần «5.000m2", "quảng trường rộng", "~", 5000, **M2),
    R("«3 khu vực giữ xe", "khu vực giữ xe", ">=", 3, **CNT),
    R("giữ xe rộng «3.000m2", "khu vực giữ xe rộng", ">=", 3000, **M2),
    R("và «3 khu vệ sinh", "khu vệ sinh cạnh bãi xe", ">=", 3, **CNT),
    R("phố đêm hơn «23 tỷ", "kinh phí đầu tư xây dựng phố đêm", ">", 23 * TY, **DONG),
    R("ước đạt hơn «53 tỷ", "doanh thu khai thác 5 năm", ">", 53 * TY, **DONG),
    R("khai thác hơn «25 tỷ", "lợi nhuận sau 5 năm khai thác", ">", 25 * TY, **DONG),
])

# --------------------------------------------------------------------------
# 03 TP.HCM, district 11's plan for the Hà Tôn Quyền walking and night-food street
# (tintuc.vdong.vn; cut: the site's name "vĐồng tin tức tài chính 365", the byline "2022-02-17
# 17:56" written as the first line `date 2022-02-17`, and the page's closing furniture "Xem thêm:
# ...", "Comments:0 | Tags:No Tag", the repeated title with "0 Comments", "Submit A Comment",
# "Name:", "Email:", "Blog :", with the blank lines that went with them). Kind target, year 2022
# ("Dự kiến trong năm 2022"). "70 gian hàng" (bare, >=), "hơn 50 hộ kinh doanh" (>). Not
# quantities: "quận 11", "phường 4 và 6" (names), "16g00 đến 22g00" (times).
# --------------------------------------------------------------------------
D03 = dict(name="03_hcm-quan11-pho-di-bo-ha-ton-quyen-2022", kind="target", year=2022, records=[
    R("với «70 gian hàng", "gian hàng hoạt động trên phố đi bộ Hà Tôn Quyền", ">=", 70, **CNT),
    R("cùng hơn «50 hộ", "hộ kinh doanh trong nhà dân trên phố đi bộ Hà Tôn Quyền", ">", 50, **CNT),
])

# --------------------------------------------------------------------------
# 04 Nghệ An, the Vinh walking street three months after its opening (hoidonghuongnghean.vn,
# reprinting Baonghean.vn; cut: the byline "Thanh Phúc"; no stamp; the excerpt ends in "mà còn là").
# Results, year 2022 (opened "8/4/2022"). "thu hút từ 15.000-20.000 người tham gia" (between), said
# twice (lead and body): two records. "kéo dài khoảng 1,5 km" (~, "km"), "dài 430 m", "dài 500m"
# (=, "m"; the measured lengths of two sections). Not quantities: "gần 3 tháng" (time since the
# opening), "8/4/2022" (a date), "4 tuyến đường", "4 đường đi bộ" (the make-up of the street, its
# sections then named), "ngõ số 2" (a name), "hàng trăm" (a word).
# --------------------------------------------------------------------------
D04 = dict(name="04_nghean-vinh-pho-di-bo-ba-thang-2022", kind="result", year=2022, records=[
    R("thu hút từ «15.000-20.000 người tham gia. Theo", "người tham gia phố đi bộ Vinh mỗi đêm hoạt động",
      "between", 15000, value_max=20000, **PEOPLE),
    R("kéo dài khoảng «1,5 km", "tuyến phố đi bộ Vinh kéo dài", "~", 1.5, **KM),
    R("Ngạn) dài «430 m", "đoạn Hồ Tùng Mậu dài", "=", 430, **M),
    R("Phong) dài «500m", "đoạn Nguyễn Văn Cừ dài", "=", 500, **M),
    R("đã thu hút từ «15.000-20.000", "người tham gia phố đi bộ Vinh mỗi tối hoạt động", "between", 15000,
      value_max=20000, **PEOPLE),
])

# --------------------------------------------------------------------------
# 05 Lâm Đồng, Đà Lạt's pilot night-economy models for 2022-2023 and 2024-2030 (pld.net.vn, a print
# page; nothing cut; no byline, no stamp; the excerpt opens "Theo đó," and ends in "phục vụ khá").
# Targets: "tuyến phố ẩm thực ... với tổng chiều dài 900 m" in "giai đoạn 2022 – 2023" (year 2023,
# the period's end, as the earlier sets date a period's target), "khu phố đi bộ đường Trần Quốc
# Toản với chiều dài 1.600m" in "giai đoạn 2024 – 2030" (year 2030). Bare, >=, unit other "m".
# Not quantities: "phường 4", "phường 1" (names), the periods.
# --------------------------------------------------------------------------
D05 = dict(name="05_lamdong-dalat-mo-hinh-kinh-te-dem-2022-2030", kind="target", year=None, records=[
    R("tổng chiều dài «900 m", "tổng chiều dài tuyến phố ẩm thực tại khu vực đường Trần Lê và hồ Hoàng Văn Thụ",
      ">=", 900, **M, year=2023),
    R("chiều dài «1.600m", "chiều dài khu phố đi bộ đường Trần Quốc Toản", ">=", 1600, **M, year=2030),
])

# --------------------------------------------------------------------------
# 06 Thừa Thiên Huế, Huế pushing its night-time economy: the first quarter of 2023 (baovanhoa.vn;
# cut: the menu "Menu" and its thirteen items, the section label "Chính trị", the page's date "29
# Tháng Ba 2024", the byline "Thứ Sáu 07/04/2023 | 10:43 GMT+7" written as the first line `date
# 2023-04-07`, and the caption " Đông đảo du khách ... Ảnh: HOÀNG LÊ", with the blank lines that went
# with them; the excerpt ends in "TP Huế đ"). Results of "3 tháng đầu năm 2023": year 2023. "đón
# hơn 633.000 lượt khách" (>), "khách lưu trú đạt hơn 379.000 lượt" (>), "chiếm gần 60%" (~, the
# share of overnight guests), "tổng thu từ du lịch ước đạt hơn 1.400 tỉ đồng" (>). Not quantities:
# "3 tháng đầu năm" (a period), "phố đi bộ thứ ba" (an ordinal, a word), "Cuối tháng 3".
# --------------------------------------------------------------------------
D06 = dict(name="06_thuathienhue-kinh-te-ban-dem-quy-i-2023", kind="result", year=2023, records=[
    R("đón hơn «633.000 lượt", "lượt khách đến Thừa Thiên Huế", ">", 633000, **CNT),
    R("đạt hơn «379.000 lượt", "khách lưu trú", ">", 379000, **CNT),
    R("chiếm gần «60%", "khách lưu trú chiếm trong tổng lượt khách", "~", 60),
    R("đạt hơn «1.400 tỉ", "tổng thu từ du lịch", ">", 1400 * TY, **DONG),
])

# --------------------------------------------------------------------------
# 07 Khánh Hòa, the province's plan for night-market sessions in Nha Trang in late 2023
# (congthuong.vn; cut: the page's clock "Thứ năm 08/05/2025 14:42" (the crawl's date, not the
# article's: another crawl of the page shows "Thứ tư 16/04/2025 17:27"; no date line written) and
# the caption "Người dân trải nghiệm lễ hội ẩm thực tại TP. Nha Trang, tháng 6/2023.", with the
# blank lines that went with them; the excerpt ends in "Hai Bà Trưng t"). Kind target, year 2023
# ("quý III và quý IV/2023"). "Dự kiến tổ chức 3 phiên chợ" (>=, count), "mỗi phiên chợ kéo dài 10
# ngày" (>=, unit other "ngày": a planned length of each session), "Dự kiến quy mô khoảng 26 gian
# hàng" (~). Not quantities: "2 công viên" in the title (the venues, named in the next sentence),
# "quý III/2023" (a date), "15 giờ đến 23 giờ" (times), "bùng binh số 1 và số 2" (names).
# --------------------------------------------------------------------------
D07 = dict(name="07_khanhhoa-nhatrang-phien-cho-dem-2023", kind="target", year=2023, records=[
    R("tổ chức «3 phiên chợ", "phiên chợ đêm tổ chức tại thành phố Nha Trang", ">=", 3, **CNT),
    R("kéo dài «10 ngày", "thời gian mỗi phiên chợ", ">=", 10, **NGAY),
    R("khoảng «26 gian hàng", "quy mô gian hàng chợ đêm", "~", 26, **CNT),
])

# --------------------------------------------------------------------------
# 08 Quảng Ninh, the VuiFest Hạ Long night market after its first week, July 2024
# (giadinh.suckhoedoisong.vn; nothing cut; the crawler's stamp " date 2024-07" written as the first
# line; the excerpt ends in "Hạ Long đã"). Results, year 2024. "Quy tụ gần 100 lều bạt và 40 gian
# hàng kinh doanh": two records (~ and =), each its own subject. Not quantities: "7 ngày" (time
# since the opening, "đã hoạt động được"), "29/6", "28/6 – 15/7/2024" (dates), "20h - 21h30"
# (times).
# --------------------------------------------------------------------------
D08 = dict(name="08_quangninh-halong-cho-dem-vuifest-2024", kind="result", year=2024, records=[
    R("Quy tụ gần «100 lều", "lều bạt chợ đêm VuiFest Ha Long", "~", 100, **CNT),
    R("và «40 gian hàng", "gian hàng kinh doanh chợ đêm VuiFest Ha Long", "=", 40, **CNT),
])

# --------------------------------------------------------------------------
# 09 Hà Nội, Hoàn Kiếm ward suspending the walking spaces around the lake for the elections, March
# 2026 (tuoitrexahoi.vn; cut: the caption "Phố đi bộ hồ Gươm thu hút ... Ảnh: Châu Sa." with the
# blank line after it; the second caption, which carries "2026-2031", kept; the crawler's stamp
# " date 2026-03-13" written as the first line). A precision text, no record: "13/3", "20/3",
# "tháng 9/2016" (dates), "19h", "24h" (times), "hơn hai năm" (a word), "khóa XVI" (a name),
# "2026-2031" (a term).
# --------------------------------------------------------------------------
D09 = dict(name="09_hanoi-hoankiem-tam-dung-pho-di-bo-2026-precision", kind="result", year=2026, records=[])

# --------------------------------------------------------------------------
# 10 Trà Vinh, Decision 1793/QĐ-UBND approving the province's night-economy scheme to 2030: the
# header and the legal basis (thuvienphapluat.vn; nothing cut; the excerpt ends in "là m"). A
# precision text, no record: the document numbers (1793/QĐ-UBND, 1129/QĐ-TTg, 1142/QĐ-TTg,
# 138/TTr-SKHĐT), the dates, "2021 - 2030", "2050", "2020 - 2025" (periods), "lần thứ XI",
# "Điều 1", the list labels. Year 2023 (the decision's date).
# --------------------------------------------------------------------------
D10 = dict(name="10_travinh-de-an-kinh-te-ban-dem-2023-precision", kind="target", year=2023, records=[])

# --------------------------------------------------------------------------
# 11 Hà Nội, the city planning night-economy activities for more walking streets (thuonggiaonline.vn;
# cut: the image caption "phát triển kinh tế đêm tại phố đi bộ Trịnh Công Sơn" (the title's words
# repeated under a photo) with the blank line after it; no byline, no stamp; the excerpt ends in
# "tấp n"). Results, year null (nothing in the text names one). "trung bình ban ngày có từ 3.000
# đến 5.000 người" (between), "buổi tối có từ 1,5 đến 2 vạn người" (between, 15000-20000: "vạn"
# is ten thousand, a magnitude word multiplied in as the spec's "nghìn"; a judgement), scope null
# (day and evening are times, not levels or population groups).
# --------------------------------------------------------------------------
D11 = dict(name="11_hanoi-kinh-te-dem-pho-di-bo-trinh-cong-son", kind="result", year=None, records=[
    R("có từ «3.000 đến 5.000", "lượng khách tham gia mua sắm tại các tuyến phố đi bộ trung bình ban ngày",
      "between", 3000, value_max=5000, **PEOPLE),
    R("có từ «1,5 đến 2 vạn", "lượng khách tham gia mua sắm tại các tuyến phố đi bộ buổi tối", "between",
      15000, value_max=20000, **PEOPLE),
])

# --------------------------------------------------------------------------
# 12 Quảng Nam, Hội An's plan for a pilot civilised-commerce street in the old town, October 2024
# (baoquangnam.vn; cut: the caption "Một góc tuyến phố ... Ảnh: PHAN SƠN" with the blank line after
# it; the crawler's stamp " date 2024-10" written as the first line, the section label "Tài chính -
# Thị trường" at the head of the body's first line kept, as part of a line). A precision text, no
# record: "9 nội dung" (the contents of a scheme, spec's counts of tasks), "năm 2024", "năm 2025"
# (dates; "nhân rộng ra toàn bộ khu phố cổ" names no number).
# --------------------------------------------------------------------------
D12 = dict(name="12_quangnam-hoian-tuyen-pho-van-minh-2024-precision", kind="target", year=2024, records=[])

# --------------------------------------------------------------------------
# 13 Hà Tĩnh, Plan 316/KH-UBND: a pilot night market with a walking street in 2020, then sessions in
# the districts (baohatinh.vn; nothing cut: the title repeated twice as image captions kept (they
# carry "2020"); no byline, no stamp; the excerpt ends in "tương đố"). Kind target. "quy mô 80 gian
# hàng" three times (the lead, the photo caption "Phiên chợ đêm có quy mô 80 gian hàng", the body
# "Quy mô mỗi phiên chợ đêm gồm 80 gian hàng"): three records, >=, year 2020 (the pilot's year;
# the caption's figure recorded, as set227 and later sets record a caption's figure). "dự kiến 2
# phiên/năm" from 2021 in the districts (>=, unit other "phiên/năm", year 2021). Not quantities:
# "316/KH-UBND" (a document), "năm 2019" (the photo's date), "18h30 đến 23h" (times), "thứ 6, thứ
# 7" (weekdays), "4 khu vực" (the make-up of a session, its areas then listed).
# --------------------------------------------------------------------------
D13 = dict(name="13_hatinh-cho-dem-pho-di-bo-ke-hoach-2020", kind="target", year=2020, records=[
    R("với quy mô «80 gian hàng", "quy mô gian hàng chợ đêm gắn với phố đi bộ", ">=", 80, **CNT),
    R("Phiên chợ đêm có quy mô «80 gian", "quy mô gian hàng phiên chợ đêm", ">=", 80, **CNT),
    R("dự kiến «2 phiên/năm", "phiên chợ đêm cuối tuần trên các huyện, thị xã, thành phố", ">=", 2,
      **PHIEN_NAM, year=2021),
    R("gồm «80 gian hàng", "quy mô gian hàng mỗi phiên chợ đêm", ">=", 80, **CNT),
])

# --------------------------------------------------------------------------
# 14 Thừa Thiên Huế, the pilot Đông Ba night market approved by the city council (24hmoney.vn; cut:
# the app banner lines "24HMoney", "Install 24HMoneyTải App", "copy link", "menu", the byline "Vy
# Lam" and the badge "24HMoney đã kiểm duyệt 24HMONEY đã kiểm duyệt", with the blank line after
# them; no stamp; the excerpt ends in "cây cảnh, bồn"). Kind target (the scheme's planned layout:
# "sẽ được tận dụng", "dự tính được bố trí"); year null (the text names none). "Khoảng hơn 4.000 m
# 2" (>, "hơn" the nearer comparator; "m 2" is m2 as written with a space; unit_text "m2"), the
# areas "khoảng 1.380m2", "khoảng 500m2", "khoảng 1.100m2" (car park), "khoảng 1.020m2", and the
# car park again "khoảng 1.100m2 để làm bãi đỗ ô tô" (~; recorded again, a statement of its own),
# "121 điểm kinh doanh" and "1 khu giải khát" (>=, counts, as 02's facilities). Not quantities:
# "5 khu vực chính" (the make-up of the market, its areas then listed), "lần thứ 7", "khóa XII"
# (names), "18 giờ", "5 giờ" (times).
# --------------------------------------------------------------------------
D14 = dict(name="14_thuathienhue-cho-dem-dong-ba-de-an", kind="target", year=None, records=[
    R("Khoảng hơn «4.000 m 2", "diện tích tại bến xe của chợ Đông Ba được tận dụng làm chợ đêm", ">", 4000,
      **M2),
    R("kinh doanh khoảng «1.380m2", "diện tích khu vực kinh doanh", "~", 1380, **M2),
    R("bố trí «121 điểm", "điểm kinh doanh", ">=", 121, **CNT),
    R("và «1 khu giải khát", "khu giải khát", ">=", 1, **CNT),
    R("nghệ thuật khoảng «500m2", "diện tích khu vực biểu diễn văn hóa nghệ thuật", "~", 500, **M2),
    R("đổ xe khoảng «1.100m2", "diện tích khu vực bãi đổ xe", "~", 1100, **M2),
    R("chung khoảng «1.020m2", "diện tích đường nội bộ và không gian chung", "~", 1020, **M2),
    R("trống khoảng «1.100m2", "phần diện tích còn trống để làm bãi đỗ ô tô", "~", 1100, **M2),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
