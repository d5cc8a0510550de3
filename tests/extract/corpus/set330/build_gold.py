#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set330).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of percentages deliberately left without a record (a
change against an earlier value, a month or the market's price; a forecast rise); check_gold.py
verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
This set's theme (Tết goods stockpiles, price stabilisation, Vietnamese-goods markets) has no
indicator in the catalogue: every `iid` is left at null.

The set's money, weights and volumes are written with the unit shorthands below (the magnitude word
multiplied in, as the spec's decided case on money).

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

TY, TRIEU, NGAN = 1e9, 1e6, 1e3
DONG = dict(unit="other", unit_text="đồng")
TAN = dict(unit="other", unit_text="tấn")
LIT = dict(unit="other", unit_text="lít")
M3 = dict(unit="other", unit_text="m3")
PLAN = functools.partial(R, kind="target")  # a plan's or programme's figure inside a results text

# --------------------------------------------------------------------------
# 01 Gia Lai, the province's plan for goods stocked before, during and after Tết Nguyên đán 2022
# (thuonghieucongluan.com.vn; cut: the byline "PV" at the end; no stamp; the address's "2022" is
# also the text's). Targets of 2022 ("với kế hoạch này, lượng hàng hóa phục vụ Tết sẽ gồm", the
# stock planned "trong dịp Tết Nguyên đán 2022"): "tổng trị giá hàng hóa dự trữ khoảng 16.150 tỷ
# đồng" (~, other "đồng", 1.615e13), "lượng hàng hóa thiết yếu dự trữ đạt khoảng 9.100 tỷ đồng" for
# the month before Tết (~), and the list "khoảng 9,1 ngàn tấn gia súc, gia cầm; 6,2 ngàn tấn ...;
# 56 ngàn m3 xăng; 59 ngàn m3 dầu": ten records, each its own subject, all `~` ("khoảng" governs
# the list, whose numbers have no words of their own: an earlier set's "khoảng 50%; 60%"); weights
# other "tấn", volumes other "lít" / "m3", eggs and bottles counts ("26 triệu quả trứng", "1,2
# triệu chai rượu": numbers of things), the magnitude words "ngàn"/"triệu" multiplied in. NOT: "tăng
# khoảng 20% so với mức bình quân các tháng trong năm" (the stock against ordinary months: a change)
# and "dự báo nhu cầu mua sắm sẽ tăng khoảng 30%" (a forecast rise: earlier sets leave forecasts of
# growth out). Not quantities: "tháng 1-2022" (a date), "Covid-19" (a name). Pillar null; ids null.
# --------------------------------------------------------------------------
D01 = dict(name="01_gialai-du-tru-hang-tet-ke-hoach-2022", kind="target", year=2022, records=[
    R("dự trữ khoảng «16.150 tỷ", "tổng trị giá hàng hóa dự trữ dịp Tết Nguyên đán", "~", 16150 * TY, **DONG),
    R("đạt khoảng «9.100 tỷ", "lượng hàng hóa thiết yếu dự trữ tháng cận Tết", "~", 9100 * TY, **DONG),
    R("gồm khoảng «9,1 ngàn tấn", "lượng hàng hóa phục vụ Tết: gia súc, gia cầm", "~", 9.1 * NGAN, **TAN),
    R("; «6,2 ngàn tấn", "lượng hàng hóa phục vụ Tết: cá tươi các loại", "~", 6.2 * NGAN, **TAN),
    R("; «19 ngàn tấn", "lượng hàng hóa phục vụ Tết: rau củ quả các loại", "~", 19 * NGAN, **TAN),
    R("; «26 triệu quả", "lượng hàng hóa phục vụ Tết: quả trứng", "~", 26 * TRIEU, **CNT),
    R("; «1,2 triệu chai", "lượng hàng hóa phục vụ Tết: chai rượu", "~", 1.2 * TRIEU, **CNT),
    R("; «17 triệu lít", "lượng hàng hóa phục vụ Tết: bia", "~", 17 * TRIEU, **LIT),
    R("; «8 triệu lít", "lượng hàng hóa phục vụ Tết: nước giải khát", "~", 8 * TRIEU, **LIT),
    R("; «1,2 triệu tấn", "lượng hàng hóa phục vụ Tết: bánh mứt và kẹo", "~", 1.2 * TRIEU, **TAN),
    R("; «56 ngàn m3", "lượng hàng hóa phục vụ Tết: xăng", "~", 56 * NGAN, **M3),
    R("; «59 ngàn m3", "lượng hàng hóa phục vụ Tết: dầu", "~", 59 * NGAN, **M3),
], NOT=["tăng khoảng «20% so", "tăng khoảng «30% nên"])

# --------------------------------------------------------------------------
# 02 Nghệ An, supermarkets and shops stocking goods for Tết, January 2021 (baonghean.vn; the stamp
# " date 2021-01" written as the first line; nothing cut). Year 2021 (the stamp; Tết Tân Sửu fell in
# February 2021). One record: a supermarket's plan, "chúng tôi sẽ chuẩn bị, dự trữ và cung ứng hàng
# hóa ... tổng giá trị hàng hóa khoảng 50 tỷ đồng" (target, ~, other "đồng", 5e10). NOT: "dự kiến
# doanh số tăng khoảng 30% so với năm ngoái" (a forecast rise against last year) and "với số lượng
# tăng trên 50%" (a rise). Not quantities: "tăng gấp 2 - 3 lần so với tháng thường" (a change),
# "2 tháng trước và sau tết" (a period). Pillar null; id null.
# --------------------------------------------------------------------------
D02 = dict(name="02_nghean-sieu-thi-du-tru-hang-tet-2021", kind="target", year=2021, records=[
    R("hàng hóa khoảng «50 tỷ", "tổng giá trị hàng hóa một siêu thị chuẩn bị, dự trữ và cung ứng cho 2 tháng trước "
      "và sau tết", "~", 50 * TY, **DONG),
], NOT=["tăng khoảng «30% so", "tăng trên «50%"])

# --------------------------------------------------------------------------
# 03 Thanh Hóa, the value of goods stocked for Tết Giáp Thìn 2024 and the Department of Industry and
# Trade's instructions (nongsanantoanthanhhoa.vn; cut: the photo caption "Người dân đã bắt đầu mua
# sắm hàng tết."; no byline, no stamp). Year 2024 (the Tết the stock is for). One result: "giá trị
# hàng hóa dự trữ phục vụ Tết Nguyên đán Giáp Thìn 2024 ước tính khoảng 19.911 tỷ đồng" (~: "khoảng"
# after "ước tính"; other "đồng"). NOT: "tăng 25% so với dịp Tết Nguyên đán Quý Mão 2023" (a
# change). Not quantities: "Chỉ thị số 19/CT-UBND ngày 20/12/2023" (a document and its date).
# Pillar null; id null.
# --------------------------------------------------------------------------
D03 = dict(name="03_thanhhoa-gia-tri-hang-du-tru-tet-2024", kind="result", year=2024, records=[
    R("ước tính khoảng «19.911 tỷ", "giá trị hàng hóa dự trữ phục vụ Tết Nguyên đán Giáp Thìn", "~", 19911 * TY,
      **DONG),
], NOT=["tăng «25% so"])

# --------------------------------------------------------------------------
# 04 TP Hồ Chí Minh, the goods prepared for Tết Bính Ngọ 2026 and the price-stabilisation programme
# (nld.com.vn; the stamp " date 2025-12-29" written as the first line; nothing cut; the excerpt ends
# in "Các siêu thị l"). Results (the goods prepared): the subheading's "TP HCM chuẩn bị hơn 9.000
# tỉ đồng hàng bình ổn" and the body's "hơn 9.000 tỉ đồng chuẩn bị hàng bình ổn thị trường" (two
# records: a heading's figure and its restatement, as the earlier sets), "Tổng giá trị hàng hóa DN
# chuẩn bị cho Tết Bính Ngọ 2026 là hơn 26.000 tỉ đồng" (>), "Nguồn hàng bình ổn giá chiếm 23% - 43%
# nhu cầu thị trường tháng Tết" (between): year 2026, the Tết the goods are for. "chương trình bình
# ổn thị trường năm nay thu hút 72 đơn vị tham gia" (=, count: the programme's members, not the
# participants of one event): year 2025 ("năm nay" read with the stamp). NOT: "tăng hơn 10% so với
# Tết năm 2025" (a change). Pillar null; ids null.
# --------------------------------------------------------------------------
D04 = dict(name="04_tphcm-hang-binh-on-tet-2026", kind="result", year=2026, records=[
    R("TP HCM chuẩn bị hơn «9.000 tỉ đồng hàng bình ổn\n", "TP HCM chuẩn bị hàng bình ổn", ">", 9000 * TY, **DONG),
    R("thu hút «72 đơn vị", "đơn vị tham gia chương trình bình ổn thị trường năm nay", "=", 72, **CNT, year=2025),
    R("là hơn «26.000 tỉ", "tổng giá trị hàng hóa DN chuẩn bị cho Tết Bính Ngọ", ">", 26000 * TY, **DONG),
    R("Trong đó, hơn «9.000 tỉ", "giá trị hàng hóa chuẩn bị hàng bình ổn thị trường", ">", 9000 * TY, **DONG),
    R("chiếm «23% - 43%", "nguồn hàng bình ổn giá chiếm nhu cầu thị trường tháng Tết", "between", 23,
      value_max=43),
], NOT=["tăng hơn «10% so"])

# --------------------------------------------------------------------------
# 05 The Ministry of Industry and Trade's quick report on the market on the 29th of the last lunar
# month, 16 February 2026 (dantri.com.vn; the stamp " date 2026-02-16" written as the first line;
# cut: the photo caption "Người dân mua sắm Tết tại siêu thị ở TPHCM (Ảnh: Bảo Quyên)." with the
# blank line after it; the excerpt ends in "thị p"). Year 2026. Results: "34 tỉnh, thành phố triển
# khai chương trình bình ổn thị trường" (=, count), "Hà Nội có 19 đơn vị tham gia với khoảng 10.700
# điểm bán" (=, ~; place "Hà Nội"), "TPHCM có hơn 89 đơn vị, lượng hàng bình ổn chiếm 23-43% thị
# p[hần]" (>, between; place "TPHCM", as written): members of a programme and its share, not the
# participants of one event. NOT: "Tổng giá trị hàng dự trữ tăng 10-15% so với tháng thường",
# "tăng dự trữ 20-40%" (changes), "cam kết bán thấp hơn giá thị trường 5-10%" (a gap against the
# market price: earlier sets leave "thấp hơn X% so với" out). Not quantities: "16/2", "29 tháng
# Chạp", "25-28 tháng Chạp", "29 Tết" (dates). Pillar null; ids null.
# --------------------------------------------------------------------------
D05 = dict(name="05_ca-nuoc-du-tru-binh-on-29-tet-2026", kind="result", year=2026, records=[
    R("nay, «34 tỉnh", "tỉnh, thành phố triển khai chương trình bình ổn thị trường", "=", 34, **CNT),
    R("có «19 đơn vị", "đơn vị tham gia chương trình bình ổn thị trường", "=", 19, **CNT, place="Hà Nội"),
    R("khoảng «10.700 điểm", "điểm bán của chương trình bình ổn thị trường", "~", 10700, **CNT, place="Hà Nội"),
    R("hơn «89 đơn vị", "đơn vị tham gia chương trình bình ổn thị trường", ">", 89, **CNT,
      place="TPHCM"),
    R("chiếm «23-43%", "lượng hàng bình ổn chiếm", "between", 23, value_max=43,
      place="TPHCM"),
], NOT=["tăng «10-15%", "dự trữ «20-40%", "thị trường «5-10%"])

# --------------------------------------------------------------------------
# 06 Vĩnh Phúc, the provincial centre's nine market days bringing Vietnamese goods to the mountains,
# the countryside and the industrial zones in 2022 (giaoducthoidai.vn; nothing cut: the two
# identical captions carry the figure and stay; no byline, no stamp; the excerpt ends in "Mục tiêu
# của"). Year 2022. Targets: the plan's "9 phiên chợ" stated four times (the title "Vĩnh Phúc tổ
# chức 9 phiên chợ ...", the lead "Theo kế hoạch, năm 2022 ... sẽ tổ chức 9 phiên chợ ..." and the
# two captions "Năm 2022, ... sẽ tổ chức 9 phiên chợ ..."): four records (>=, count; each
# statement of a figure is a record, as the earlier sets' heading and restatement). Results: "từ
# tháng 5 đến nay, ... tổ chức 5 phiên chợ" (=), "Quy mô mỗi phiên chợ có khoảng 60 gian hàng" (~,
# count: booths are a fair's result, set255; the noun alone, not a rate). Not quantities: "phiên chợ
# hàng Việt thứ 5" (an ordinal), "Ngày 13/8", "tháng 5" (dates), "từ 5-7 ngày" (a duration, set255).
# Pillar null; ids null.
# --------------------------------------------------------------------------
D06 = dict(name="06_vinhphuc-phien-cho-hang-viet-2022", kind="target", year=2022, records=[
    R("Vĩnh Phúc tổ chức «9 phiên", "phiên chợ đưa hàng Việt về miền núi, nông thôn và các KCN Vĩnh Phúc tổ chức",
      ">=", 9, **CNT),
    R("GD&TĐ - Theo kế hoạch, năm 2022, Trung tâm Phát triển công thương Vĩnh Phúc sẽ tổ chức «9",
      "phiên chợ đưa hàng Việt về miền núi, nông thôn, các KCN, đô thị Trung tâm Phát triển công thương sẽ tổ chức",
      ">=", 9, **CNT),
    R("\n\nNăm 2022, Trung tâm Phát triển công thương Vĩnh Phúc sẽ tổ chức «9",
      "phiên chợ đưa hàng Việt về miền núi, nông thôn, các KCN, đô thị Trung tâm Phát triển công thương sẽ tổ chức",
      ">=", 9, **CNT),
    R("thị.\nNăm 2022, Trung tâm Phát triển công thương Vĩnh Phúc sẽ tổ chức «9",
      "phiên chợ đưa hàng Việt về miền núi, nông thôn, các KCN, đô thị Trung tâm Phát triển công thương sẽ tổ chức",
      ">=", 9, **CNT),
    R("tổ chức «5 phiên", "phiên chợ đưa hàng Việt về miền núi, nông thôn, các khu công nghiệp, đô thị đã tổ chức",
      "=", 5, **CNT, kind="result"),
    R("khoảng «60 gian", "quy mô mỗi phiên chợ gian hàng", "~", 60, **CNT, kind="result"),
])

# --------------------------------------------------------------------------
# 07 Ninh Thuận, the province's plan for the home market and the "Người Việt Nam ưu tiên dùng hàng
# Việt Nam" campaign to 2025 (baoninhthuan.com.vn; cut: the photo caption "Người dân tin dùng hàng
# Việt Nam chất lượng cao tại siêu thị Coopmart Thanh Hà. Ảnh: Văn Nỷ" with the blank line after
# it; no byline, no stamp; the excerpt ends in "trên 90% doanh nghiệp"). Targets for 2025 ("Đến năm
# 2025 Đề án đạt được một số mục tiêu cụ thể như:"): the Vietnamese goods' share "tại các kênh phân
# phối hiện đại với tỷ lệ trên 90% và các kênh phân phối truyền thống tỷ lệ trên 80%" (two records,
# >, scope null: kinds of channel are a breakdown by kind, not a level or a population group),
# "doanh thu bán lẻ của khu vực kinh tế trong nước chiếm tỷ lệ 95%" (bare → >=), "trên 90% người
# tiêu dùng và doanh nghiệp Việt Nam biết đến Chương trình ..." (>) and the cut-off "trên 90% doanh
# nghiệp" (>; its predicate lost at the excerpt's end, the indicator as written). Not quantities:
# "Quyết định số 386/QĐ-TTg ngày 17-3-2021", "Chỉ thị số 11-CT/TU ngày 30-6-2021" (documents and
# dates). Pillar null; ids null.
# --------------------------------------------------------------------------
D07 = dict(name="07_ninhthuan-hang-viet-muc-tieu-2025", kind="target", year=2025, records=[
    R("tỷ lệ trên «90% và", "thị phần hàng Việt Nam có thế mạnh tại các kênh phân phối hiện đại", ">", 90),
    R("tỷ lệ trên «80%", "thị phần hàng Việt Nam có thế mạnh tại các kênh phân phối truyền thống", ">", 80),
    R("tỷ lệ «95%", "doanh thu bán lẻ của khu vực kinh tế trong nước chiếm tổng mức bán lẻ hàng hóa của tỉnh",
      ">=", 95),
    R("; trên «90% người", "người tiêu dùng và doanh nghiệp Việt Nam biết đến Chương trình Nhận diện hàng Việt Nam",
      ">", 90),
    R("; trên «90% doanh nghiệp", "doanh nghiệp", ">", 90),
])

# --------------------------------------------------------------------------
# 08 Trà Vinh, the Department of Industry and Trade's market days, mobile Vietnamese-goods events
# and fair in 2024 (congthuong.vn; nothing cut; no byline, no stamp; the excerpt ends in "giới thiệu
# hàng"). Year 2024 ("năm 2024", "9-15/11/2024"). Results: "đã tổ chức 4 phiên chợ đưa hàng Việt
# về nông thôn" (=), "Mỗi phiên chợ thu hút từ 5.000 - 8.000 lượt khách ... /ngày, đêm" (between,
# other "lượt khách/ngày, đêm": a rate, set255's "xe/ngày"), "tổng doanh thu ... đạt 550-750 triệu
# đồng/phiên" (between, other "đồng/phiên", the magnitude multiplied in), "tổ chức 3 cuộc tuyên
# truyền ... cổ động chương trình hàng Việt lưu động" (=), "thu hút khoảng 500 lượt khách/điểm" (~,
# other "lượt khách/điểm"), the fair's "quy mô 300 gian hàng" (=, count, set255's booths). Not
# quantities: "hơn 15 doanh nghiệp" and "165 đơn vị ... tham gia" (the participants of one event,
# spec; set255's "quy tụ khoảng 2.500 doanh nghiệp"), "trong 1 ngày" (a duration), "Tháng 10",
# "9-15/11/2024" (dates). Pillar null; ids null.
# --------------------------------------------------------------------------
D08 = dict(name="08_travinh-phien-cho-hang-viet-2024", kind="result", year=2024, records=[
    R("tổ chức «4 phiên", "phiên chợ đưa hàng Việt về nông thôn tỉnh đã tổ chức", "=", 4, **CNT),
    R("từ «5.000 - 8.000 lượt", "lượt khách đến tham quan và mua sắm mỗi phiên chợ thu hút", "between", 5000,
      value_max=8000, unit="other", unit_text="lượt khách/ngày, đêm"),
    R("đạt «550-750 triệu", "tổng doanh thu bán hàng của doanh nghiệp tham gia phiên chợ", "between", 550 * TRIEU,
      value_max=750 * TRIEU, unit="other", unit_text="đồng/phiên"),
    R("tổ chức «3 cuộc", "cuộc tuyên truyền, giới thiệu, quảng bá sản phẩm trực quan ngoài trời cổ động chương trình "
      "hàng Việt lưu động", "=", 3, **CNT),
    R("khoảng «500 lượt", "lượt khách đến tham quan, mua sắm mỗi điểm thu hút", "~", 500, unit="other",
      unit_text="lượt khách/điểm"),
    R("quy mô «300 gian", "quy mô hội chợ xúc tiến thương mại - sản phẩm công nghiệp nông thôn và OCOP gian hàng",
      "=", 300, **CNT),
])

# --------------------------------------------------------------------------
# 09 Hậu Giang and An Giang, Vietnamese-goods market days and mobile sales trips resuming in 2022
# (sggp.org.vn; nothing cut; no byline, no stamp; the excerpt ends in "từ tháng 3 đ"). Year 2022
# ("trong năm 2022", "năm 2022"). Result: Vị Thủy's first market day "mới thu hút khoảng 100 gian
# hàng" (~, count). Target: "đợt 1, An Giang dự kiến tổ chức 40 chuyến bán hàng Việt lưu động"
# (>=, count; place "An Giang": the page leads with Hậu Giang). Not quantities: the goods' prices
# "giá từ 50.000-250.000 đồng", "đồng giá 5.000-20.000-50.000 đồng", "35.000 đồng/đôi" (prices of
# goods, not values of an indicator: earlier sets' "16.000 đồng/kg", ticket prices), "đợt 1" (a
# label), "tháng 3" (a date). Pillar null; ids null.
# --------------------------------------------------------------------------
D09 = dict(name="09_haugiang-angiang-phien-cho-chuyen-hang-2022", kind="result", year=2022, records=[
    R("thu hút khoảng «100 gian", "gian hàng phiên chợ hàng Việt về nông thôn huyện Vị Thủy thu hút", "~", 100,
      **CNT),
    PLAN("tổ chức «40 chuyến", "chuyến bán hàng Việt lưu động đợt 1 dự kiến tổ chức", ">=", 40, **CNT,
         place="An Giang"),
])

# --------------------------------------------------------------------------
# 10 Phú Thọ, supply and market management before Tết Bính Ngọ 2026 (baophutho.vn; the stamp " date
# 2026-01-17" written as the first line; nothing cut: the caption "Đội Quản lý thị trường số 3 ..."
# holds a name's number and stays; the excerpt ends in "thương mại đ"). Year 2026 (the stamp). Results:
# the distribution network "với 367 chợ, 8 trung tâm thương mại, 29 siêu thị đạt tiêu chuẩn" (=,
# count, each its own subject). Not quantities: "Đội Quản lý thị trường số 3" (a name), "Năm 2025"
# (a date), "khoảng một tháng" (a duration in words). Pillar null; ids null.
# --------------------------------------------------------------------------
D10 = dict(name="10_phutho-mang-luoi-phan-phoi-tet-2026", kind="result", year=2026, records=[
    R("với «367 chợ", "chợ trong hệ thống phân phối hàng hóa của tỉnh", "=", 367, **CNT),
    R("«8 trung tâm", "trung tâm thương mại trong hệ thống phân phối hàng hóa của tỉnh", "=", 8, **CNT),
    R("«29 siêu thị", "siêu thị đạt tiêu chuẩn trong hệ thống phân phối hàng hóa của tỉnh", "=", 29, **CNT),
])

# --------------------------------------------------------------------------
# 11 Kon Tum, the consumer price index of February 2024, the month of Tết (kontum.gov.vn; cut: the
# page's date line "Chủ nhật, Ngày 21/04/2024 -" with the blank line after it, the byline date
# "Ngày đăng: 27/02/2024  21:47" (written as the first line `date 2024-02-27`) and the font widget
# "Mặc định Cỡ chữ"; the lines of one space are kept; the excerpt ends in "thiết bị và đồ dùng"). A
# precision text, no record: every percentage is the index's or a group's change against an
# earlier month or year ("tăng 0,80% so với tháng trước", "tăng 14,19% so với kỳ gốc 2019", "khu
# vực thành thị tăng 0,9%", "Hàng ăn và dịch vụ ăn uống tăng 1,32%", "giảm 0,66%" ...): NOT
# (spec: a change against an earlier value). Not quantities: "tháng 02/2024", "tháng 02/2023",
# "năm 2024", "2019" (dates), "11 nhóm", "7 nhóm", "2 nhóm", "09 nhóm" (the parts of the index:
# its groups, counted).
# --------------------------------------------------------------------------
D11 = dict(name="11_kontum-cpi-thang-tet-2024-precision", kind="result", year=2024, records=[], NOT=[
    "tăng «0,80%", "trước; tăng «1,75%", "trước; tăng «1,32% so", "tăng «14,19%", "năm trước tăng «1,32%.",
    "tăng «0,8% (", "thị tăng «0,9%", "thôn tăng «0,71%", "ăn uống tăng «1,32%;", "thuốc lá tăng «0,07%",
    "xây dựng tăng «0,23%", "gia đình tăng «0,02%", "giao thông tăng «3,31%", "du lịch tăng «0,34%",
    "khác tăng «0,92%", "giảm «0,66%", "giảm «0,03%", "02/2024 tăng «1,75%.", "ăn uống tăng «0,88%",
    "thuốc lá tăng «0,94%", "giầy dép tăng «3,5%", "xây dựng tăng «4,9%"])

# --------------------------------------------------------------------------
# 12 Bình Dương, the head of Kế hoạch 6200/KH-UBND (23/11/2022) on stabilising the market for
# essential goods in 2023 and Tết Quý Mão (vanbanphapluat.co; nothing cut; no byline, no stamp; the
# excerpt ends in "trên thị tr"). A precision text, no record: "6200/KH-UBND" (four times),
# "2994/TTr-SCT" (documents), "ngày 23 tháng 11 năm 2022", "16/11/2022", "năm 2022", "năm 2023",
# "Quý Mão 2023" (dates), "Covid-19", "COVID-19" (names), the list labels "I.", "1.", "2.".
# --------------------------------------------------------------------------
D12 = dict(name="12_binhduong-ke-hoach-binh-on-2023-precision", kind="target", year=2023, records=[])

# --------------------------------------------------------------------------
# 13 Long An, essential goods held in temporary stock for the end of 2021 and Tết Nhâm Dần 2022
# (baotintuc.vn; nothing cut; no byline, no stamp; the address's "20211230" is not in the text; the
# excerpt ends in "tham gi"). Year 2022 (the Tết the stock is for, as 01, 03, 04; a judgement: the
# text names "cuối năm 2021 và Tết Nguyên đán Nhâm Dần năm 2022"). Results: the stock's "tổng giá trị
# đạt khoảng 560 tỷ đồng" (~), the food company's rice stock "khoảng 4.000 tấn, tổng giá trị khoảng
# 43 tỷ đồng" (~, other "tấn" and "đồng"). Not quantities: "25 doanh nghiệp xuất khẩu gạo trên địa
# bàn" (the size of a group the department would call on, as set193's sizes), "COVID-19" (a name).
# Pillar null; ids null.
# --------------------------------------------------------------------------
D13 = dict(name="13_longan-tam-tru-hang-thiet-yeu-tet-2022", kind="result", year=2022, records=[
    R("đạt khoảng «560 tỷ", "tổng giá trị hàng hóa thiết yếu các doanh nghiệp tham gia tạm trữ", "~", 560 * TY,
      **DONG),
    R("khoảng «4.000 tấn", "lượng hàng hóa tồn kho gạo thường, gạo thơm Công ty Lương thực Long An duy trì", "~",
      4000, **TAN),
    R("khoảng «43 tỷ", "tổng giá trị tồn kho gạo của Công ty Lương thực Long An", "~", 43 * TY, **DONG),
])

# --------------------------------------------------------------------------
# 14 Đồng Nai, the Department of Industry and Trade's working sessions on supply and demand before
# Tết Nguyên đán Bính Ngọ 2026 (tracuuquyhoach.com; cut: the photo caption "Người tiêu dùng mua sắm
# tại một siêu thị ở phường Tam Hiệp, tỉnh Đồng Nai. Ảnh minh họa: Hải Quân" and the byline "Hải
# Quân" at the end; no stamp). A precision text, no record: "2026" (three times), "2025" (dates).
# --------------------------------------------------------------------------
D14 = dict(name="14_dongnai-can-doi-cung-cau-tet-2026-precision", kind="result", year=2026, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
