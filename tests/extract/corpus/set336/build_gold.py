#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set336).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'), with the unit
shorthands of set252 (the set nearest this one's theme). Each record is written by hand below; its
anchor is never typed in. A record names a locator: a piece of the text with « just before the
number. The locator (without «) must occur exactly once in the text; the anchor is where « stands.
`start`/`end` (the clause that states the quantity) are computed as in the seeds' builder
(`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a criterion or a
plan); check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
The set's theme (rural roads and bridges under the new-countryside programme) has no indicator in
the catalogue: every record's id is null, so no record below names `iid=`.

Amounts in a unit of their own (kilometres, square metres, tonnes, workdays, đồng) are written with
shorthands made by `_amount(unit_text)` over goldkit's `R`; counts with `N`.

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
from goldkit import R, T  # noqa: E402


def _amount(unit_text):
    """A record shorthand for an amount in `unit_text` (unit other)."""
    return functools.partial(R, unit="other", unit_text=unit_text)


KM, M2, TAN, CONG, DONG = (_amount(u) for u in ("km", "m2", "tấn", "ngày công", "đồng"))
N = functools.partial(R, unit="count")

# --------------------------------------------------------------------------
# 01 Thái Nguyên, Định Hóa district's rural roads: the roads hardened since early 2023 and the
# money raised over ten years (baothainguyen.vn; cut: the byline "Tùng Lâm 15:06, 26/03/2024",
# written as the first line `date 2024-03-26`, and the photo caption "Những năm qua, xã Tân Dương
# (Định Hóa) tích cực cứng hóa ..." (two identical lines) with the blank line after them). Year 2024
# (the byline): "Từ đầu năm 2023 đến nay" runs to the byline's date, "Trong 10 năm trở lại đây" and
# "hiện" are now. Results: the title's and the body's "trên 636 tỷ đồng" (>, other đồng; the title
# repeats the body's figure and is recorded, as the earlier sets do), "trên 76km đường giao thông
# nông thôn" (>), "trong đó có 50km đường liên xã" (=), "hơn 813km đường giao thông" (>), "813,3/912,4
# km đường được kiên cố hóa" (=, 813.3 km; the network's length 912,4 is the share's denominator),
# "đạt tỷ lệ hơn 89,1%" (>), "22/22 xã ... đạt chuẩn nông thôn mới" (=, count; "/22" the
# denominator), "3 xã đạt chuẩn nông thôn mới nâng cao" (=). Not quantities: "năm 2023" (a date),
# "10 năm" (a period), "từ 3m lên 4m hoặc 6m" (a road's width: sizes). Pillar null.
# --------------------------------------------------------------------------
_DH = "huyện Định Hóa"
D01 = dict(name="01_thainguyen-dinhhoa-cung-hoa-duong-gtnt-2024", kind="result", year=2024, records=[
    DONG("Huy động trên «636 tỷ đồng phát triển", f"{_DH} huy động phát triển giao thông nông thôn", ">", 636e9),
    KM("trên «76km", f"{_DH} xây dựng, cứng hóa đường giao thông nông thôn", ">", 76),
    KM("có «50km", "đường liên xã xây dựng, cứng hóa", "=", 50),
    DONG("được trên «636 tỷ đồng để", f"{_DH} huy động xây dựng mới, cải tạo, nâng cấp đường giao thông", ">",
         636e9),
    KM("hơn «813km", "đường giao thông xây dựng mới, cải tạo, nâng cấp", ">", 813),
    KM("có «813,3/912,4 km", "đường được kiên cố hóa toàn huyện", "=", 813.3),
    R("hơn «89,1%", "tỷ lệ đường được kiên cố hóa", ">", 89.1),
    N("nay, «22/22 xã", "xã của huyện đã đạt chuẩn nông thôn mới", "=", 22),
    N("có «3 xã", "xã đạt chuẩn nông thôn mới nâng cao", "=", 3),
])

# --------------------------------------------------------------------------
# 02 Đồng Tháp, Lai Vung district's rural bridges built with donated funds in the first four months
# of 2021 (laivung.dongthap.gov.vn; cut: the portal's lines "Xuất bản thông tin", "null Lai Vung xã
# hội hóa được 24 cây cầu ..." (the title behind the portlet's "null"), "Chi tiết bài viết Tin tức"
# and the line of one space, with the blank lines between them, and the byline "Công Danh" with the
# blank line before it; the text opens with the title as the page repeats it; no stamp, no byline
# date). Year 2021 ("4 tháng đầu năm 2021"). Results: the title's and the body's "24 cây cầu nông
# thôn" (=, count), "hoàn thành được 08 cây", "đang thi công 16 cây" (=, count), "tổng kinh phí ...
# trên 2,1 tỷ đồng", "các nhà hảo tâm hỗ trợ trên 1,2 tỷ đồng" (>, other đồng), "Ngân sách UBND
# huyện đối ứng 30% kinh phí" (=, %: the budget's share of the cost, a value reached), "3.000 ngày
# công lao động" (=, other "ngày công"). Target: "vượt chỉ tiêu kế hoạch đề ra trong năm là 20 cây"
# (the year's planned number itself, not the excess: kind target, >=, bare "là X"; 2021). Not
# quantities: "04 tháng đầu năm", "4 tháng đầu năm 2021" (periods). Pillar null.
# --------------------------------------------------------------------------
_LV = "cầu nông thôn Lai Vung xã hội hóa bắc mới"
D02 = dict(name="02_dongthap-laivung-cau-nong-thon-xa-hoi-hoa-2021", kind="result", year=2021, records=[
    N("hóa được «24 cây cầu nông thôn trong", _LV, "=", 24),
    N("mới được «24 cây cầu", _LV, "=", 24),
    N("năm là «20 cây", "chỉ tiêu kế hoạch cầu nông thôn đề ra trong năm", ">=", 20, **T),
    N("được «08 cây", "cầu nông thôn đã xây dựng hoàn thành", "=", 8),
    N("thi công «16 cây", "cầu nông thôn đang thi công", "=", 16),
    DONG("trên «2,1 tỷ đồng", "tổng kinh phí xây dựng cầu nông thôn", ">", 2.1e9),
    DONG("trên «1,2 tỷ đồng", "các nhà hảo tâm hỗ trợ kinh phí xây dựng cầu", ">", 1.2e9),
    R("đối ứng «30% kinh phí", "Ngân sách UBND huyện đối ứng kinh phí", "=", 30),
    CONG("cùng «3.000 ngày công", "nhân dân đóng góp ngày công lao động", "=", 3000),
])

# --------------------------------------------------------------------------
# 03 Đắk Nông, the farmers' associations' contributions to the new countryside since the start of
# 2021 (nongthonmoi.daknong.gov.vn; cut: the site's motto "GƯƠNG MẪU, CHỦ ĐỘNG, ...", the
# breadcrumb "TRANG CHỦ » VĂN HÓA - XÃ HỘI - MÔI TRƯỜNG", the byline date "Thứ năm - 21/10/2021 09:30"
# (written as the first line `date 2021-10-21`), the photo caption "Người dân thôn Nghĩa Thuận, xã Đắk
# Nia (Gia Nghĩa) ...", the source line "Nguồn: http://baodaknong.org.vn/...-89672.html", and the
# page's "Click để đánh giá bài viết:", "Từ khóa:", "Phản hồi đã đóng.", "Những tin mới hơn",
# "Những tin cũ hơn", each with its blank lines). Year 2021 (the byline; "Từ đầu năm đến nay").
# Results: the title's "hơn 12 tỷ đồng" (>) and the body's "gần 12,3 tỷ đồng" (~) (two wordings of
# one contribution, each recorded where it stands), "hiến trên 326.290m2 đất" (>, other m2), "trên
# 6.000 ngày công" (>), "sửa chữa 126 km đường giao thông nông thôn" (=, km), "tu sửa trên 96 km
# kênh mương nội đồng" (>, km). Pillar null.
# --------------------------------------------------------------------------
_ND = "hội viên nông dân đóng góp xây dựng nông thôn mới"
D03 = dict(name="03_daknong-nong-dan-dong-gop-ntm-2021", kind="result", year=2021, records=[
    DONG("hơn «12 tỷ đồng", _ND, ">", 12e9),
    DONG("gần «12,3 tỷ đồng", _ND, "~", 12.3e9),
    M2("trên «326.290m2", "nông dân hiến đất để làm đường, xây dựng công trình công cộng", ">", 326290),
    CONG("trên «6.000 ngày công", "nông dân tham gia ngày công", ">", 6000),
    KM("chữa «126 km", "đường giao thông nông thôn sửa chữa", "=", 126),
    KM("trên «96 km", "kênh mương nội đồng nạo vét, tu sửa", ">", 96),
])

# --------------------------------------------------------------------------
# 04 Hưng Yên (Thái Bình until the 2025 merger), A Sào commune's households giving land to widen its
# roads since 2021 (vietnam.vn, relaying Báo Hưng Yên; cut: the site's banner "Vietnam.vn - Nền tảng
# quảng bá Việt Nam", the source and date "Báo Hưng YênBáo Hưng Yên28/07/2025" (written as the first
# line `date 2025-07-28`), and the page's tail: "Bình luận (0)", "No data" (twice), "Cùng chủ đề",
# "Cùng chuyên mục", four links to unrelated articles ("Khám phá ngôi làng ... top 50 ...", "Vì sao
# lồng đèn ...", "Việt Nam giành chiến thắng ... Intervision 2025", "Mù Cang Chải ..."), "Cùng tác
# giả", "Di sản", "Nhân vật", "Doanh nghiệp", "No videos available", "Thời sự", "Hệ thống Chính
# trị", "Địa phương", "Sản phẩm", with their blank lines). The same article stands on baomoi.net.vn
# without a date; this page was taken for its date. Year 2025 ("Từ năm 2021 đến nay" runs to the
# date). Results: the title's "hiến trên 97 nghìn m2 đất" and the body's "trên 97 nghìn m²" (>,
# other, 97000, unit_text as written), "1.680 hộ gia đình tham gia hiến đất" (=, count), "tiết kiệm
# ngân sách nhà nước số tiền trên 165 tỷ đồng" (>). Not a quantity: "năm 2021" (a date). Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_hungyen-asao-hien-dat-mo-duong-2025", kind="result", year=2025, records=[
    M2("hiến trên «97 nghìn m2", "nhân dân xã A Sào hiến đất mở rộng đường giao thông", ">", 97000),
    N("có «1.680 hộ", "hộ gia đình tham gia hiến đất", "=", 1680),
    R("trên «97 nghìn m²", "tổng diện tích đất hiến để mở rộng đường giao thông", ">", 97000, unit="other",
      unit_text="m²"),
    DONG("trên «165 tỷ đồng", "xã tiết kiệm ngân sách nhà nước", ">", 165e9),
])

# --------------------------------------------------------------------------
# 05 Tuyên Quang, Tân Long commune's concreting plan for 2021 under the province's project for
# concreting rural roads (tanlong.nongthonmoituyenquang.gov.vn; nothing cut; no byline, no stamp).
# Year 2021 ("năm 2021"). Targets (kind target, >=, bare numbers of a plan assigned to the commune):
# "kế hoạch giao bê tông hóa 10,39 km. Trong đó có 4,80 km đường giao thông nông thôn, 5,58 km đường
# giao thông nội đồng" (one record per part, scope null: a breakdown by kind of road). Result: "hiến
# trên 15.621 m2 đất" (>, other m2). Not a quantity: "hàng trăm triệu đồng", "hàng trăm mét" (no
# digits). Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_tuyenquang-tanlong-be-tong-hoa-ke-hoach-2021", kind="target", year=2021, records=[
    KM("hóa «10,39 km", "xã Tân Long kế hoạch giao bê tông hóa", ">=", 10.39),
    KM("có «4,80 km", "kế hoạch bê tông hóa đường giao thông nông thôn", ">=", 4.8),
    KM("«5,58 km", "kế hoạch bê tông hóa đường giao thông nội đồng", ">=", 5.58),
    M2("trên «15.621 m2", "nhân dân hiến đất", ">", 15621, kind="result"),
])

# --------------------------------------------------------------------------
# 06 Ninh Bình, the cement the province has handed out for rural roads, and its communes' land
# consolidation and new-countryside standards (truongyen.hoalu.ninhbinh.gov.vn; cut: the site's
# current date "Thứ Sáu, 19/04/2024", the byline "Thứ Tư, 27/01/2021 Đã xem: 19" (with its view
# counter; written as the first line `date 2021-01-27`), the credit "CTV Trần Thiện" and the site's
# "Thư viện ảnh", "Xem thêm", "Khảo sát", "Bạn quan tâm mục gì nhất ...", with their blank lines).
# Results. Years: "Từ đầu năm đến nay" (January 2021: 2.157 tấn, 35 tuyến, gần 13 km) and "Đến nay"
# (the communes' land consolidation) take the byline's 2021; "Lũy kế đến ngày 20/01/2020" (as
# written) dates the totals 244.751 tấn, 15.862 tuyến, 1.935 km to 2020, and the title's "244.751
# tấn", which repeats that total, takes the same year (a judgement); "Trong năm 2020" 2020. Counts
# (=): the roads and communes, each its own subject; "gần 13 km" (~). Not quantities: "20/01/2020"
# (a date). Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_ninhbinh-xi-mang-duong-gtnt-2021", kind="result", year=2021, records=[
    TAN("cấp «244.751 tấn xi măng làm", "toàn tỉnh đã cấp xi măng làm đường giao thông nông thôn", "=", 244751,
        year=2020),
    TAN("thêm «2.157 tấn", "các địa phương nhận thêm xi măng", "=", 2157),
    N("được «35 tuyến", "tuyến đường làm thêm được", "=", 35),
    KM("gần «13 km", "tổng chiều dài đường làm thêm", "~", 13),
    TAN("cấp «244.751 tấn xi măng,", "lũy kế toàn tỉnh đã cấp xi măng", "=", 244751, year=2020),
    N("được «15.862 tuyến", "tuyến đường giao thông nông thôn làm được", "=", 15862, year=2020),
    KM("dài «1.935 km", "tổng chiều dài đường giao thông nông thôn làm được", "=", 1935, year=2020),
    N("có «101 xã", "xã đã hoàn thành và được phê duyệt phương án", "=", 101),
    N("còn «06 xã", "xã đang thực hiện dở dang", "=", 6),
    N("«4 xã chỉ", "xã chỉ chỉnh trang đồng ruộng", "=", 4),
    N("«8 xã không", "xã không thực hiện dồn điền đổi thửa", "=", 8),
    N("có «07 xã", "xã được công nhận đạt chuẩn NTM", "=", 7, year=2020),
    N("NTM; «06 xã", "xã được công nhận đạt chuẩn NTM kiểu mẫu", "=", 6, year=2020),
    N("«04 xã đã", "xã đã tổ chức Lễ công bố xã đạt chuẩn NTM", "=", 4, year=2020),
    N("«05 xã đã", "xã đã tổ chức Lễ công bố xã đạt chuẩn NTM kiểu mẫu", "=", 5, year=2020),
])

# --------------------------------------------------------------------------
# 07 Thái Nguyên, Đại Từ district's plan to hand out cement to its communes for concrete roads in
# 2023 (thainguyentv.vn; nothing cut; no byline, no stamp). Year 2023. Targets (kind target): the
# title's "Phân bổ 14.000 tấn xi măng" (bare, >=) and the body's "có kế hoạch phân bổ gần 14.000
# tấn" (~), "trung bình 400-900 tấn/ xã" (between, other "tấn/ xã"). NOT: "tiêu chí giao thông của
# huyện đã đạt trên 90%" (the criterion's degree of completion against its standard, left out as the
# earlier sets' majority leaves out completion against a plan; a judgement). Pillar null.
# --------------------------------------------------------------------------
_DT = "huyện Đại Từ phân bổ xi măng cho các xã làm đường bê tông"
D07 = dict(name="07_thainguyen-daitu-phan-bo-xi-mang-2023", kind="target", year=2023, records=[
    TAN("Phân bổ «14.000 tấn", _DT, ">=", 14000),
    TAN("gần «14.000 tấn", _DT, "~", 14000),
    R("trung bình «400-900 tấn/ xã", "xi măng phân bổ cho các xã đăng ký đạt chuẩn nông thôn mới", "between", 400,
      value_max=900, unit="other", unit_text="tấn/ xã"),
], NOT=["trên «90%"])

# --------------------------------------------------------------------------
# 08 An Giang, Bình Hòa commune opening the Cô Vân bridge on 29/11/2025 (binhhoa.angiang.gov.vn;
# nothing cut; no byline; the excerpt ends in "công bố quyết " with its trailing space kept). Year
# 2025 ("29/11/2025"). Results: "tổng kinh phí gần 200 triệu đồng" (~), "hỗ trợ 130 triệu đồng" (=),
# "10 người tham gia lao động" (=, count: labour given to the work, as the sets' "ngày công"; not the
# attendance of an event; a judgement), "đóng góp 21 khối xỉ sắt" (=, other "khối"). Not quantities:
# "dài khoảng 24 m, rộng hơn 3 m, tải trọng 5 tấn" (the bridge's size and load rating, as the
# earlier sets' sizes), "1 tháng" (a duration), "Phú Hòa II", "tổ 36" (names), "29/11/2025" (a date).
# Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_angiang-binhhoa-cau-co-van-2025", kind="result", year=2025, records=[
    DONG("gần «200 triệu đồng", "tổng kinh phí cầu Cô Vân", "~", 200e6),
    DONG("hỗ trợ «130 triệu đồng", "mạnh thường quân hỗ trợ kinh phí cầu", "=", 130e6),
    N("với «10 người", "lực lượng quân sự – dân quân tham gia lao động", "=", 10),
    R("góp «21 khối", "đóng góp xỉ sắt để đổ mố cầu", "=", 21, unit="other", unit_text="khối"),
])

# --------------------------------------------------------------------------
# 09 Cần Thơ (Sóc Trăng until the 2025 merger), bridges and roads built with donors in Mỹ Tú and Hồ
# Đắc Kiện communes (vn24h.vn; cut: the byline date "13/02/2026" (written as the first line
# `date 2026-02-13`) and the font widgets "x", "+", "aa", "-" with the blank line after them; the
# lead and the first body paragraph repeat each other as the page gives them; the excerpt ends in
# "Đây là"). Year 2026 (the byline; "tháng 12" names no year, a judgement: the document's year).
# Results: the new bridge Chín Muồi 3's "kinh phí gần 200 triệu đồng" (~; the cost of the work under
# way, stated as a fact, not a planned figure) and "hỗ trợ 120 triệu đồng vật tư" (=). Not
# quantities: "dài 30m, rộng 2m" (sizes), "Chín Muồi 3" (a name), "tháng 12" (a date). Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_cantho-mytu-cau-duong-nong-thon-2026", kind="result", year=2026, records=[
    DONG("gần «200 triệu đồng", "kinh phí xây dựng cầu mới Chín Muồi 3", "~", 200e6),
    DONG("hỗ trợ «120 triệu đồng", "Nhóm nghệ sĩ Chín Muồi hỗ trợ vật tư", "=", 120e6),
])

# --------------------------------------------------------------------------
# 10 Quảng Nam, Duy Xuyên district's people giving land and workdays to widen roads, a video page's
# lead (vnews.gov.vn; cut: the date line "12-04-2024, 13:19" (written as the first line
# `date 2024-04-12`) and the tags "S Việt Nam", "Quảng Nam", "Xã hội", "Xem thêm" with their blank
# lines). Year 2024. Results: "hiến hơn 335.000 m2 đất" (>, other m2), "tháo dỡ hơn 7.600 vật kiến
# trúc" (>, count). Not a quantity: "hàng vạn ngày công" (no digits). Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_quangnam-duyxuyen-hien-dat-lam-duong-2024", kind="result", year=2024, records=[
    M2("hơn «335.000 m2", "người dân huyện Duy Xuyên tự nguyện hiến đất", ">", 335000),
    N("hơn «7.600 vật kiến trúc", "vật kiến trúc tự tháo dỡ", ">", 7600),
])

# --------------------------------------------------------------------------
# 11 Quảng Nam, the header and preamble of the Provincial Council's Resolution 38/NQ-HĐND of 17
# September 2020 on the project for hardening district roads and rural roads 2021-2025
# (thuvienphapluat.vn; cut: the site's search box "Từ khoá: Số Hiệu, ...", "Đăng nhập", "Quên mật
# khẩu?   Đăng ký mới", "Đăng nhập bằng Google" with their blank lines; the site's data lines
# "Số hiệu: ...", "Ngày ban hành: ..." are kept as part of the document's record; the excerpt ends in
# "số 86 /BC- H"). A precision text: no record. Not quantities: "38/NQ-HĐND" (three times),
# "163/2016/NĐ-CP", "5258/TTr-UBND", "86 /BC- H" (documents), "17/09/2020", "17 tháng 9 năm 2020", "19
# tháng 6 năm 2015", "22 tháng 11 năm 2019", "25 tháng 6 năm 2015", "13 tháng 6 năm 2019", "21 tháng 12
# năm 2016", "09 tháng 9 năm 2020" (dates), "2021-2025" (four times; a period), "năm 2020" (a date),
# "KHÓA IX, KỲ HỌP THỨ 17" (a name).
# --------------------------------------------------------------------------
D11 = dict(name="11_quangnam-nghi-quyet-38-kien-co-hoa-gtnt-2020-precision", kind="target", year=2020,
           records=[])

# --------------------------------------------------------------------------
# 12 Tuyên Quang, bridges built under the province's project for concreting rural roads and
# building bridges on them 2021-2025, a TV page's lead (tuyenquangtv.vn; cut: the image label
# "Banner" and the time and date "18:31, 12/02/2024" (written as the first line `date 2024-02-12`),
# with their blank lines). A precision text: no record. Not quantities: "(TTV)" (the station's
# name), "2021-2025" (a period), "ba năm" (no digits).
# --------------------------------------------------------------------------
D12 = dict(name="12_tuyenquang-cau-tren-duong-gtnt-2024-precision", kind="result", year=2024, records=[])

# --------------------------------------------------------------------------
# 13 Hậu Giang, a charity's bridge and concrete road opened on 31/01/2021 in Đông Phước commune,
# Châu Thành district (vuonnhanai.org; cut: the credit "Tin: Mai chủ nhiệm – Ảnh: Phó Bá Cường"
# with the line of one space before it; the other line of one space stays; no byline date). Year
# 2021 ("Ngày 31/01/21", "năm mới 2021"). Results (=, other đồng; "đ" read as đồng, as the spec's
# money): the bridge's "kinh phí 313.000.000đ" and its funders "293.000.000đ", "46.000.000đ",
# "50.000.000đ", the cement "235 bao xi măng trị giá 20.000.000đ" (a count of bags, then its value),
# the road's "kinh phí 118.000.000đ", "280 bao xi măng trị giá 25.000.000đ", "54.200.000đ",
# "38.800.000đ". Not quantities: "CẦU 156", "cầu Đồng Tâm 1560" (names), "31/01/21", "năm mới 2021"
# (dates), "dài 35m kèm đường dẫn 9m, rộng 3m, tải 5 tấn", "dài 110m – rộng 3m – tải 5 tấn" (one
# bridge's and one road's size and load rating: sizes, as 08's). Pillar null.
# --------------------------------------------------------------------------
_XM = "Xi măng FICO-YTL tài trợ"
D13 = dict(name="13_haugiang-dongphuoc-cau-duong-be-tong-2021", kind="result", year=2021, records=[
    DONG("kinh phí «313.000.000đ", "kinh phí cầu mới", "=", 313e6),
    DONG("tài trợ «293.000.000đ", "Từ thiện Đồng Tâm tài trợ cầu", "=", 293e6),
    DONG("Cần Thơ «46.000.000đ", "Nhóm Thiện Duyên Cần Thơ góp sức", "=", 46e6),
    DONG("đối ứng «50.000.000đ", "huyện Châu Thành đối ứng", "=", 50e6),
    N("tài trợ «235 bao", f"{_XM} bao xi măng cho cầu", "=", 235),
    DONG("trị giá «20.000.000đ", f"{_XM} xi măng cho cầu trị giá", "=", 20e6),
    DONG("kinh phí «118.000.000đ", "kinh phí con đường", "=", 118e6),
    N("tài trợ «280 bao", f"{_XM} bao xi măng cho đường", "=", 280),
    DONG("trị giá «25.000.000đ", f"{_XM} xi măng cho đường trị giá", "=", 25e6),
    DONG("tài trợ «54.200.000đ", "Từ Thiện Đồng Tâm tài trợ đường", "=", 54.2e6),
    DONG("là «38.800.000đ", "bán nhớt Hitex gây quỹ làm đường", "=", 38.8e6),
])

# --------------------------------------------------------------------------
# 14 Hà Tĩnh, Hương Bình commune (Hương Khê) and its people building rural roads and concrete field
# canals in 2020 (nongthonmoihatinh.vn; nothing cut: the title stands twice as the page gives it; no
# byline, no stamp). A precision text: no record. Not a quantity: "năm 2020" (a date).
# --------------------------------------------------------------------------
D14 = dict(name="14_hatinh-huongbinh-lam-duong-gtnt-2020-precision", kind="result", year=2020, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
