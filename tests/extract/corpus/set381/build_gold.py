#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set381: railways).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of percentages deliberately left without a record
(a result's change against an earlier value or the same period of last year, completion against a
plan, a fare's discount); check_gold.py verifies that every percentage has a record or a NOT entry.

Each record carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: the catalogue measures digital transformation and has no
railway indicator, so every id of this set is null (see README).

No text of this set stands under a heading or lead-in that names a pillar: pillar null throughout.

Run:  python3 build_gold.py && python3 check_gold.py
"""
import functools
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, CNT, T  # noqa: E402


def other(unit_text):
    """Unit `other` with the unit as written at the number."""
    return dict(unit="other", unit_text=unit_text)


DONG = other("đồng")
TAN = other("tấn")

# --------------------------------------------------------------------------
# 01 Vietnam Railways (VNR), the 2024 results told at the conference launching the 2025 business plan
# (baochinhphu.vn; cut: the app banner "Tải ứng dụng:" and the masthead "BÁO ĐIỆN TỬ CHÍNH PHỦ"; no
# byline, no stamp; the excerpt ends in "đẩy mạ"). Year 2024 (the text's "Năm 2024"). Results: the
# passengers "7,02 triệu lượt khách" (count, 7.02e6), the freight "5,16 triệu tấn" (other "tấn"),
# the revenue "ước đạt gần 9,7 nghìn tỷ đồng" (~, 9.7e12: "nghìn tỷ" multiplies by 1e12), the profit
# "trên 220 tỷ đồng" (>), the income "gần 13 triệu đồng/người/tháng" (~, other), and the punctuality
# rates of the Thống Nhất trains and the regional trains, each its own subject (departures and
# arrivals; a kind of train is no level or group: scope null). NOT: every "tăng X% so với cùng kỳ /
# so với kế hoạch" (changes). Not quantities: "(thuộc gói 7.000 tỷ, 3.000 tỷ)" (a bracket naming
# two investment packages, the spec's bracket of names), "6/1", "1/7", "năm 2025" (dates).
# --------------------------------------------------------------------------
D01 = dict(name="01_toanquoc-vnr-hanh-khach-hang-hoa-2024", kind="result", year=2024, records=[
    R("tàu đạt «7,02 triệu", "hành khách đi tàu của Tổng công ty Đường sắt Việt Nam", "=", 7.02e6, **CNT),
    R("hàng hóa đạt «5,16 triệu", "hàng hóa của Tổng công ty Đường sắt Việt Nam", "=", 5.16e6, **TAN),
    R("đạt gần «9,7 nghìn", "doanh thu hợp nhất của Tổng công ty", "~", 9.7e12, **DONG),
    R("trên «220 tỷ", "lợi nhuận sau thuế của Tổng công ty", ">", 220e9, **DONG),
    R("gần «13 triệu đồng/người", "thu nhập bình quân người lao động", "~", 13e6, **other("đồng/người/tháng")),
    R("đúng giờ «98,9%", "tàu Thống Nhất đi đúng giờ", "=", 98.9),
    R("giờ là «88,6%", "tàu Thống Nhất đến đúng giờ", "=", 88.6),
    R("đúng giờ «98,0%", "tàu khách khu đoạn đi đúng giờ", "=", 98.0),
    R("đúng giờ «89,2%", "tàu khách khu đoạn đến đúng giờ", "=", 89.2),
], NOT=["tăng «14,8%", "tăng «11,2%", "tăng «7,8%", "và «7,9%", "tăng «11,5%", "tăng «0,7%", "tăng «15,9%",
        "tăng «1,8%", "tăng «6,4%"])

# --------------------------------------------------------------------------
# 02 VNR, the 2025 review conference of 28/12 (vietnamplus.vn; the stamp " date 2025-12-28" written as
# the first line; nothing cut; the excerpt ends in "thị trư"). Year 2025. Results: the storms' toll
# ("dừng trên 300 chuyến tàu", "chuyển tải gần 8.500 lượt hành khách", "trên 45.000 suất ăn miễn
# phí", counts, each its own subject) and the year's output ("7,1 triệu lượt khách", "5,45 triệu tấn
# hàng hoá", "hơn 10.700 tỷ đồng", "146 tỷ đồng"). NOT: "tăng 10% so với cùng kỳ" (a change). Not
# quantities: "28/12", "năm 2026" (dates).
# --------------------------------------------------------------------------
D02 = dict(name="02_toanquoc-vnr-ket-qua-van-tai-2025", kind="result", year=2025, records=[
    R("dừng trên «300 chuyến", "chuyến tàu VNR đã phải dừng do thiên tai", ">", 300, **CNT),
    R("gần «8.500 lượt", "lượt hành khách phải chuyển tải", "~", 8500, **CNT),
    R("trên «45.000 suất", "suất ăn miễn phí phục vụ hành khách", ">", 45000, **CNT),
    R("chuyển «7,1 triệu", "lượt khách ngành đường sắt đã vận chuyển", "=", 7.1e6, **CNT),
    R("khách; «5,45 triệu", "hàng hoá ngành đường sắt đã vận chuyển", "=", 5.45e6, **TAN),
    R("hơn «10.700 tỷ", "doanh thu của ngành đường sắt hợp nhất", ">", 10700e9, **DONG),
    R("đạt «146 tỷ", "lợi nhuận trước thuế", "=", 146e9, **DONG),
], NOT=["tăng «10% so"])

# --------------------------------------------------------------------------
# 03 VNR's growth target for 2025, told at the Government's meeting with state enterprises of 27/2
# (doanhnghiephoinhap.vn; cut: the line of related headlines "Trình đề án tái cơ cấu ... ngành GTVT |",
# the empty image cell "![]() |" and the photo caption "Ông Đặng Sỹ Mạnh, ... (Ảnh: VGP) |"; no
# byline, no stamp; the excerpt ends in "tăng trưởng n"). Targets for 2025: "mục tiêu tăng trưởng 8%
# cho năm 2025", stated twice, recorded twice (a value stated again is recorded again, set329,
# set369); a target stated as a change is a quantity (spec), bare `>=`. NOT: the 2024 base "sản lượng
# tăng trưởng 7,7% và doanh thu tăng 7,9%" (results' changes against 2023). Not quantities: "27/2"
# (a date), "hai con số" (words).
# --------------------------------------------------------------------------
D03 = dict(name="03_toanquoc-vnr-muc-tieu-tang-truong-2025", kind="target", year=2025, records=[
    R("(VNR) đã đặt ra mục tiêu tăng trưởng «8%", "tăng trưởng của Tổng công ty Đường sắt Việt Nam", ">=", 8),
    R("tổng công ty đã đặt ra mục tiêu tăng trưởng «8%", "tăng trưởng của Tổng công ty Đường sắt Việt Nam", ">=",
      8),
], NOT=["trưởng «7,7%", "tăng «7,9%"])

# --------------------------------------------------------------------------
# 04 Trains and tickets for Tết Bính Ngọ 2026 from TP HCM (vnexpress.net; the stamp " date
# 2025-12-23" written as the first line; cut: the photo caption "Tàu khởi hành tại ga Sài Gòn. Ảnh:
# Quỳnh Trần" with the blank line after it; the excerpt ends in "các nhà g"). Targets for Tết 2026
# (the trains of "9/2/2026 ... 16/2/2026"): year 2026. "quyết định tăng thêm 11 chuyến tàu, cung ứng
# khoảng 5.500 vé" (a decision for the coming Tết: targets, as "bổ sung thêm hơn 350 trạm" in an
# earlier set; `>=`, `~`), "có 5 đoàn tàu khác ... quay trở lại" (part of the same plan, >=), "dự
# kiến khai thác 55 đoàn tàu với khoảng 800 toa xe, cung ứng 335.000 vé" (targets, the earlier sets'
# reading of "dự kiến"). Results as of "22/12" (2025): "đã bán được 140.000 vé", "chỉ còn khoảng 700
# vé", "kênh trực tuyến, chiếm khoảng 67%". NOT: "đạt 62% so với tổng số vé bán ra cùng kỳ Tết Ất Tỵ
# 2025" (against the same period of last year: a comparison, no value). Not quantities: "Hai chuyến"
# (words), the trains' names "D2", "STK2", "SNT4", "SNT6", "STK4", "D4", the Tết days "28 Tết",
# "mùng 1" ... "mùng 4", the dates, "hơn 3 tháng" (a duration), "23 tháng Chạp" etc.
# --------------------------------------------------------------------------
D04 = dict(name="04_tphcm-tau-tet-ve-cung-ung-2026", kind="result", year=2025, records=[
    R("tăng thêm «11 chuyến", "chuyến tàu ngành đường sắt tăng thêm dịp Tết Nguyên đán", ">=", 11, **CNT, **T,
      year=2026),
    R("cung ứng khoảng «5.500 vé", "vé cung ứng trên các chặng từ TP HCM đi Nha Trang, Tam Kỳ và Đà Nẵng", "~", 5500,
      **CNT, **T, year=2026),
    R("có «5 đoàn", "đoàn tàu khác từ Nha Trang, Đà Nẵng và Tam Kỳ quay trở lại TP HCM", ">=", 5, **CNT, **T,
      year=2026),
    R("khai thác «55 đoàn", "đoàn tàu ngành đường sắt dự kiến khai thác dịp Tết Nguyên đán", ">=", 55, **CNT, **T,
      year=2026),
    R("khoảng «800 toa", "toa xe dự kiến khai thác dịp Tết Nguyên đán", "~", 800, **CNT, **T, year=2026),
    R("cung ứng «335.000 vé", "vé cung ứng cho hành khách đi suốt chặng", ">=", 335000, **CNT, **T, year=2026),
    R("được «140.000 vé", "vé tàu Tết ngành đường sắt đã bán được", "=", 140000, **CNT),
    R("còn khoảng «700 vé", "vé còn lại trong những ngày cao điểm", "~", 700, **CNT),
    R("chiếm khoảng «67%", "hành khách mua vé qua kênh trực tuyến", "~", 67),
], NOT=["đạt «62% so"])

# --------------------------------------------------------------------------
# 05 Nghệ An, more coaches for the trains through Vinh station while Vinh airport is closed (baonghean.vn;
# the stamp " date 2025-07" written as the first line; cut: the photo caption "Lượng hành khách đi tàu
# tăng cao ... Ảnh: Quang An" with the blank line after it; the excerpt ends in "nhu cầu di"). Year
# 2025. Results: "22 đoàn tàu" in the headline and twice in the body (recorded each time: a title's
# number has its record like the body's, set365; a value stated again, set329), "nối thêm 3 toa"
# (coaches added to each train, a count of a measure done, as set193's counts of teams), "tăng từ 12
# lên 15 toa" (both levels results, set369's "từ X lên Y"), "khoảng 3.000 lượt hành khách mỗi ngày"
# (~, other), "có thể lên tới 5.000 lượt vào dịp cao điểm" (=: the earlier sets read "lên tới" as `=`).
# Not quantities: "thêm khoảng 200 hành khách mỗi chuyến" (the capacity's rise: a change), "1/7",
# "6/2025", "hết năm 2025" (dates), "kéo dài 6 tháng" (a duration), the trains' names "SE1" ... "QB2".
# --------------------------------------------------------------------------
D05 = dict(name="05_nghean-ga-vinh-noi-toa-2025", kind="result", year=2025, records=[
    R("thêm toa cho «22 đoàn", "đoàn tàu được ngành Đường sắt tăng cường thêm toa khi sân bay Vinh đóng cửa", "=", 22,
      **CNT),
    R("tàu cho «22 đoàn tàu khách đi qua Ga Vinh mỗi ngày", "đoàn tàu khách đi qua Ga Vinh mỗi ngày được tăng cường "
      "các toa tàu", "=", 22, **CNT),
    R("thêm «3 toa", "toa nối thêm cho mỗi đoàn tàu khách đi qua Ga Vinh", "=", 3, **CNT),
    R("toa cho «22 đoàn tàu khách đi qua Ga Vinh, Nghệ An", "đoàn tàu khách đi qua Ga Vinh được nối thêm toa", "=", 22,
      **CNT),
    R("tăng từ «12 lên", "toa mỗi đoàn tàu tăng từ", "=", 12, **CNT),
    R("lên «15 toa", "toa mỗi đoàn tàu tăng lên sau khi nối thêm", "=", 15, **CNT),
    R("khoảng «3.000 lượt", "lượt hành khách Ga Vinh tiếp nhận mỗi ngày", "~", 3000,
      **other("lượt hành khách mỗi ngày")),
    R("tới «5.000 lượt", "lượt hành khách Ga Vinh tiếp nhận mỗi ngày vào dịp cao điểm", "=", 5000, **other("lượt")),
])

# --------------------------------------------------------------------------
# 06 Lâm Đồng, Đà Lạt station recognised as a tourist site: visitors and the Đà Lạt - Trại Mát tourist
# train in the first half of 2024 (trithucvn2.net; cut: the image's file name "lam dong lap phuong an
# thu phi tham quan ga duong sat da lat" and the caption "Điểm du lịch “Ga đường sắt Đà Lạt”. (Ảnh:
# baolamdong.vn)" with the blank line after it; no byline, no stamp; the excerpt ends in "6 th").
# Year 2024 ("6 tháng đầu năm 2024"). Results: "hơn 275.000 lượt", "hơn 138 ngàn lượt" (counts, >),
# "gần 11,5 tỷ đồng" (~), and the report's exact figures "275.212 lượt khách", "138.024 lượt khách"
# (=; the same quantities stated again exactly: recorded again). NOT: "bằng 111,6 %", "bằng 194% so
# với thực hiện 6 tháng đầu năm 2023" (against an earlier value). Not quantities: "9/2024",
# "1/10/2024", "11/7" (dates), "số 1 Quang Trung, phường 10" (an address), "6 tháng đầu năm" (a period).
# --------------------------------------------------------------------------
D06 = dict(name="06_lamdong-ga-da-lat-luot-khach-2024", kind="result", year=2024, records=[
    R("là hơn «275.000 lượt", "lượng khách vào ga Đà Lạt tham quan", ">", 275000, **CNT),
    R("hơn «138 ngàn", "lượng khách tham gia đi du lịch tàu hỏa Đà Lạt - Trại Mát", ">", 138000, **CNT),
    R("gần «11,5 tỷ", "tổng doanh thu từ các hoạt động khai thác du lịch", "~", 11.5e9, **DONG),
    R("đi tàu «275.212 lượt", "lượng khách đến ga, đi tàu", "=", 275212, **CNT),
    R("là «138.024 lượt", "lượng khách tham gia đi du lịch tàu hỏa Đà Lạt - Trại Mát", "=", 138024, **CNT),
], NOT=["bằng «111,6 %", "bằng «194%"])

# --------------------------------------------------------------------------
# 07 Hải Dương, Cao Xá station opening to international through-freight (sggp.org.vn; nothing cut; no
# byline, no stamp; no year in the text: year null; the excerpt ends in "các địa phư"). Result: "Đoàn
# tàu gồm 12 container" (=, count). Target: "nâng sản lượng vận tải liên vận quốc tế bằng đường sắt
# lên 4,5 triệu tấn/năm trong các năm tiếp theo" (>=, other "tấn/năm", year null). Not quantities:
# "2 tuyến đường sắt gồm Cao Xá - Yên Viên - Đồng Đăng và ..." (a list's lead count followed by the
# names, set193, set365, set368), "ga thứ 2 ... thực hiện việc cải tạo" (an order in time, no
# ranking), "khoảng 5km", "2km" (where the station lies: a location, like an address; a judgement).
# --------------------------------------------------------------------------
D07 = dict(name="07_haiduong-ga-cao-xa-lien-van-quoc-te", kind="result", year=None, records=[
    R("gồm «12 container", "container chở lưu huỳnh, nhôm và sữa của đoàn tàu", "=", 12, **CNT),
    R("lên «4,5 triệu", "sản lượng vận tải liên vận quốc tế bằng đường sắt", ">=", 4.5e6, **other("tấn/năm"), **T),
])

# --------------------------------------------------------------------------
# 08 TP HCM, Metro line 1 (Bến Thành - Suối Tiên) passengers since its opening (sggp.org.vn; nothing
# cut; no byline, no stamp; told on "18-1"). Results: "5.408 lượt vận chuyển, với hơn 2,6 triệu hành
# khách" from 22-12-2024 to the day told, of 2025 (the text's "từ đầu năm 2025 đến nay"); "từ ngày 22
# đến 30-12-2024, hơn 998.000 lượt khách" (2024); "từ đầu năm 2025 đến nay, có hơn 1,6 triệu lượt
# khách" (2025). NOT: "vượt chỉ tiêu 246% so với kế hoạch", "(đạt 295% kế hoạch)", "(đạt 228% kế
# hoạch)" (completion against the plan). Not quantities: "Metro số 1", "Đường sắt đô thị số 1" (names),
# the dates.
# --------------------------------------------------------------------------
D08 = dict(name="08_tphcm-metro-so-1-luot-khach-2025", kind="result", year=2025, records=[
    R("hiện «5.408 lượt", "lượt vận chuyển tuyến Metro số 1", "=", 5408, **CNT),
    R("hơn «2,6 triệu", "hành khách tuyến Metro số 1", ">", 2.6e6, **CNT),
    R("hơn «998.000 lượt", "lượt khách đi Metro số 1", ">", 998000, **CNT, year=2024),
    R("hơn «1,6 triệu", "lượt khách đi Metro số 1", ">", 1.6e6, **CNT),
], NOT=["tiêu «246%", "(đạt «295%", "(đạt «228%"])

# --------------------------------------------------------------------------
# 09 Railway accidents in the first quarter of 2024 and level crossings (dantri.com.vn; the stamp
# " date 2024-03" written as the first line; nothing cut; the excerpt ends in "địa phươ"). Year 2024.
# Results (=, counts, each its own subject): 46 accidents, 21 dead, 25 injured; the breakdown by
# severity (1, 18, 27) and by place (24, 8, 1, 13: a breakdown by kind of thing, scope null); "4.814
# điểm giao cắt"; the shares "chỉ chiếm hơn 30%" (>) and "Gần 70%" (~). Not quantities: "quý I/2024",
# "18/3", "17/3", "cùng kỳ 2023" (dates), "2 bên đường sắt" (part of a name of a place).
# --------------------------------------------------------------------------
D09 = dict(name="09_toanquoc-tai-nan-duong-sat-quy1-2024", kind="result", year=2024, records=[
    R("xảy ra «46 vụ", "vụ tai nạn đường sắt", "=", 46, **CNT),
    R("làm chết «21 người", "người chết do tai nạn đường sắt", "=", 21, **CNT),
    R("thương «25 người", "người bị thương do tai nạn đường sắt", "=", 25, **CNT),
    R("Trong đó, «1 vụ", "vụ tai nạn rất nghiêm trọng", "=", 1, **CNT),
    R("nghiêm trọng, «18 vụ", "vụ tai nạn nghiêm trọng", "=", 18, **CNT),
    R("và «27 vụ", "vụ tai nạn ít nghiêm trọng", "=", 27, **CNT),
    R("(«24 vụ", "vụ tai nạn tại lối đi tự mở", "=", 24, **CNT),
    R("mở, «8 vụ", "vụ tai nạn tại đường ngang có cảnh báo", "=", 8, **CNT),
    R("báo, «1 vụ", "vụ tai nạn tại đường ngang có người gác", "=", 1, **CNT),
    R("gác, «13 vụ", "vụ tai nạn dọc 2 bên đường sắt", "=", 13, **CNT),
    R("có «4.814 điểm", "điểm giao cắt cùng mức giữa đường bộ và đường sắt", "=", 4814, **CNT),
    R("chiếm hơn «30%", "đường ngang có cảnh báo trong các điểm giao cắt", ">", 30),
    R("Gần «70%", "lối đi do người dân tự mở trong các điểm giao cắt", "~", 70),
])

# --------------------------------------------------------------------------
# 10 The railways' passengers and revenue in the peak month of Tết Giáp Thìn 2024 (thuonghieudoisong.vn;
# cut: the photo caption "Hành khách đi tàu tại Ga Hà Nội. (Ảnh: PV/Vietnam+)" with the blank line
# after it; no byline, no stamp). Year 2024. Results: the headline's "doanh thu hơn 436 tỷ đồng" and
# the body's (recorded each time); "hành khách đi tàu thực tế cả ngành dự kiến đạt hơn 720.000 khách"
# and the Hà Nội company's "hơn 368.000 khách" (results, >: the actual passengers of a period already
# "vừa qua", an estimate of a value reached like "ước đạt", not a plan's "dự kiến"; a judgement),
# "doanh thu hơn 187,6 tỷ đồng"; the trains run "322 chuyến tàu Thống nhất", "119 toa xe", "7 đôi tàu
# khách địa phương/ngày" (other), "224 chuyến tàu địa phương". NOT: "tăng trưởng 5%", "tăng trưởng
# 6%" (twice), "tăng trưởng 4%" (changes against the same period of last year). Not quantities: the
# dates "26/1- 26/2/2024", "16 tháng Chạp", "17 tháng Giêng", "15/10/2023".
# --------------------------------------------------------------------------
D10 = dict(name="10_toanquoc-tet-giap-thin-doanh-thu-2024", kind="result", year=2024, records=[
    R("doanh thu hơn «436 tỷ đồng trong", "doanh thu ngành đường sắt trong tháng cao điểm Tết", ">", 436e9, **DONG),
    R("hơn «720.000", "hành khách đi tàu thực tế cả ngành", ">", 720000, **CNT),
    R("5%; doanh thu hơn «436", "doanh thu cả ngành", ">", 436e9, **DONG),
    R("hơn «368.000", "hành khách đi tàu thực tế của Công ty cổ phần Vận tải đường sắt Hà Nội", ">", 368000, **CNT),
    R("hơn «187,6 tỷ", "doanh thu của Công ty cổ phần Vận tải đường sắt Hà Nội", ">", 187.6e9, **DONG),
    R("số «322 chuyến", "chuyến tàu Thống nhất đã chạy", "=", 322, **CNT),
    R("đưa «119 toa", "toa xe vận dụng", "=", 119, **CNT),
    R("chạy «7 đôi", "đôi tàu khách địa phương chạy /ngày", "=", 7, **other("đôi tàu/ngày")),
    R("số «224 chuyến", "chuyến tàu địa phương", "=", 224, **CNT),
], NOT=["trưởng «5%", "khách, tăng trưởng 5%; doanh thu hơn 436 tỷ đồng, tăng trưởng «6%", "trưởng «4%",
        "187,6 tỷ đồng, tăng trưởng «6%"])

# --------------------------------------------------------------------------
# 11 Lào Cai, the station's capacity and the unconnected Lào Cai - Hà Khẩu link (vtv.vn; cut: the photo
# caption "Năng lực vận chuyển hàng hóa xuất - nhập khẩu bằng đường sắt còn hạn chế do khổ đường hẹp.
# Ảnh: Báo Lào Cai"; no byline, no stamp; the text names no year ("Tháng 11 này"): year null; the
# excerpt ends in "đã đổ"). Results: the capacities "năng lực đón gửi 20 đôi tàu mỗi ngày đêm" and
# "năng lực xếp dỡ 3 triệu tấn hàng hóa mỗi năm" (=, other, as set365's factory capacities), the
# exports "khoảng 1 triệu tấn" (~), one firm's "trung bình 450 tấn/ngày" (=, other). Not quantities:
# "khoảng 1/3" (a share written as a fraction, no form the contract reads; an earlier set's
# judgement), "10 tiếng", "1 ngày" (durations), "khổ đường sắt nhỏ là 1m", "khổ đường 1m" (the gauge,
# the name of a track standard, as "đường 1435 mm"; a judgement), "năm 1906" (a date).
# --------------------------------------------------------------------------
D11 = dict(name="11_laocai-ga-lao-cai-nang-luc-xep-do-2022", kind="result", year=None, records=[
    R("đón gửi «20 đôi", "năng lực đón gửi tàu của ga Lào Cai", "=", 20, **other("đôi tàu mỗi ngày đêm")),
    R("xếp dỡ «3 triệu", "năng lực xếp dỡ hàng hóa của ga Lào Cai", "=", 3e6, **other("tấn hàng hóa mỗi năm")),
    R("khoảng «1 triệu", "hàng hóa được xuất khẩu qua ga Lào Cai", "~", 1e6, **TAN),
    R("trung bình «450 tấn", "lưu huỳnh doanh nghiệp vận tải từ Hải Phòng sang Vân Nam", "=", 450,
      **other("tấn/ngày")),
])

# --------------------------------------------------------------------------
# 12 Huế - Đà Nẵng, the "Kết nối di sản miền Trung" tourist train's second anniversary fares (vneconomy.vn;
# the stamp " date 2026-03-12" written as the first line; nothing cut; the excerpt ends in "Hiện m").
# A precision text: no record. NOT: "giảm 50% giá vé", "giảm 10% giá vé" (a fare's discount, a price
# term like the fare itself, which an earlier set left out as "giá vé 15.000 đồng"; a judgement). Not
# quantities: "2 năm" (twice, the anniversary), "30/4", "26/3/2024 – 26/3/2026", "26/3/2026", "27/3",
# "1/4/2026" (dates), "khoảng 3 giờ" (a duration).
# --------------------------------------------------------------------------
D12 = dict(name="12_hue-danang-tau-di-san-gia-ve-2026-precision", kind="result", year=2026, records=[],
           NOT=["giảm «50%", "giảm «10%"])

# --------------------------------------------------------------------------
# 13 Bắc Giang, the province's plan implementing Resolution 178/NQ-CP on railways to 2030 (bacgiang.gov.vn;
# cut: the widget lines "|", "Lượt xem:", "Cỡ chữ: A- A A+", "Đọc bài viết" and the caption "Ảnh minh
# họa."; no byline, no stamp; the excerpt ends in "quy hoạch t", before the plan's targets). A
# precision text: no record. Not quantities: "178/NQ-CP", "49- KL/TW" (documents), "31/10/2023",
# "28/02/2023", "năm 2030", "năm 2045", "năm 2025" (dates), "03 tuyến đường sắt quốc gia chạy qua, gồm
# Hà Nội - Lạng Sơn ..., Kép - Chí Linh ... và Kép - Lưu Xá" and "02 khổ đường là đường lồng và đường
# 1435 mm" (lists' lead counts followed by the names, set193, set365, set368), "mạng lưới 03 tuyến"
# (the same group named again as a subject), "1435 mm" (a track standard's name).
# --------------------------------------------------------------------------
D13 = dict(name="13_bacgiang-ke-hoach-duong-sat-2030-precision", kind="target", year=None, records=[])

# --------------------------------------------------------------------------
# 14 Railway accidents of 2019 and the target for 2020 (plo.vn; the stamp " date 2020-01" written as the
# first line; nothing cut; the excerpt ends in "Hà Nội-TPHCM..."). Results of "Năm 2019": 257
# accidents, 110 dead, 180 injured, 10 from subjective and 247 from objective causes, 1.021 running
# incidents (=, counts, year 2019). Target: "phấn đấu năm 2020 giảm tai nạn đường sắt ít nhất 5% cả ba
# tiêu chí" (>=, 2020; one value for three criteria, one record, as the spec's one value for all
# levels). Not quantities: "giảm 3 vụ so với năm 2018", "giảm 12 người", "giảm 3 người", "giảm 284
# vụ" (changes), "năm 2018".
# --------------------------------------------------------------------------
D14 = dict(name="14_toanquoc-tai-nan-duong-sat-2019-muc-tieu-2020", kind="result", year=2019, records=[
    R("xảy ra «257 vụ", "vụ tai nạn giao thông đường sắt", "=", 257, **CNT),
    R("làm «110 người", "người chết do tai nạn giao thông đường sắt", "=", 110, **CNT),
    R("thương «180 người", "người bị thương do tai nạn giao thông đường sắt", "=", 180, **CNT),
    R("chủ quan «10 vụ", "vụ tai nạn do nguyên nhân chủ quan", "=", 10, **CNT),
    R("khách quan «247 vụ", "vụ tai nạn do nguyên nhân khách quan", "=", 247, **CNT),
    R("tàu «1.021 vụ", "sự cố chạy tàu", "=", 1021, **CNT),
    R("ít nhất «5%", "giảm tai nạn đường sắt cả ba tiêu chí (số vụ, số người chết, người bị thương)", ">=", 5, **T,
      year=2020),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
TEXTS = HERE / "texts"
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, HERE / "gold")
