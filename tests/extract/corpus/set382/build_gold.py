#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set382: trade fairs).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a plan, a change
against an earlier year); check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
The catalogue has no indicator of trade fairs (booths, visitors, fair sales, contracts signed, fair
sites, a fair's budget): every record of this set is null, so `iid=` is never written.

No text of this set stands under a digital-transformation heading or lead-in: every pillar is null.
No sentence splits a value by administrative level or population group: every scope is null.

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

DONG = dict(unit="other", unit_text="đồng")
PER_DAY = dict(unit="other", unit_text="lượt khách/ngày")
# Booths are the count this set meets most: a record of unit count (set255's, set330's booths).
Booths = functools.partial(R, unit="count")

# --------------------------------------------------------------------------
# 01 Quảng Ninh, the summer OCOP fair's first figures: visitors and sales by zone (tapchicongthuong.vn;
# nothing cut; no byline, no stamp; the excerpt opens inside the article and ends in "như c"). Year
# null: the excerpt names no year (the holiday "30/4-1/5" only; the address's "he-2022" is not in the
# text). Results: "gần 50.000 lượt khách hàng" (~, count), "Tổng doanh thu ước đạt gần 16 tỷ đồng" (~:
# "gần" decides over "ước đạt"), the zones' "ước đạt 8,7 tỷ đồng, chiếm 53,7%" and "ước đạt 7,5 tỷ
# đồng, chiếm 46,3%" (=, the money and its share each a record; a breakdown by zone, scope null). Not
# quantities: "gần 1 tuần" (a duration), "30/4-1/5" (dates), a shopper's "gần 6 triệu đồng" (one
# visitor's purchase, not a value of the fair; as earlier sets left prices of goods out).
# --------------------------------------------------------------------------
D01 = dict(name="01_quangninh-hoi-cho-ocop-he-doanh-thu", kind="result", year=None, records=[
    R("thu hút gần «50.000 lượt", "lượt khách hàng tham quan và mua sắm Hội chợ đã thu hút", "~", 50000, **CNT),
    R("ước đạt gần «16 tỷ", "Tổng doanh thu Hội chợ", "~", 16e9, **DONG),
    R("ước đạt «8,7 tỷ", "doanh thu khu gian hàng OCOP Quảng Ninh và khu gian hàng thương mại điện tử", "=",
      8.7e9, **DONG),
    R("chiếm «53,7%", "doanh thu khu gian hàng OCOP Quảng Ninh và khu gian hàng thương mại điện tử chiếm tổng "
      "doanh thu hội chợ", "=", 53.7),
    R("ước đạt «7,5 tỷ", "doanh thu khu gian hàng các tỉnh, thành phố", "=", 7.5e9, **DONG),
    R("chiếm «46,3%", "doanh thu khu gian hàng các tỉnh, thành phố chiếm tổng doanh thu hội chợ", "=", 46.3),
])

# --------------------------------------------------------------------------
# 02 Sóc Trăng, the province's OCOP fair held inside the Oóc om bóc festival, November 2024
# (congthuong.vn; cut: the byline date "Thứ bảy 21/12/2024 01:27", written as the first line
# `date 2024-12-21`, and the photo caption "Hội chợ OCOP năm nay tăng cả doanh thu lẫn khách tham
# quan. Ảnh: Hoàng Lan" with the blank line after it; the excerpt ends in "từ khắp các"). Year 2024
# ("năm 2024"). Results: "trung bình 40.000 lượt khách tham quan mỗi ngày" (=, unit other
# "lượt khách/ngày": a rate per day, set330's "lượt khách/ngày, đêm"), "khoảng 140.000 lượt khách chỉ
# trong vòng 48 giờ" (~, count), "nâng tổng số khách tham quan lên đến 420.000 lượt" (=: the total
# reached), "Doanh thu ... đạt tới 42 tỷ đồng" (=), "tổng giá trị các hợp đồng lên tới 10 tỷ đồng"
# (=). NOT: "cao hơn khoảng 20% so với năm 2023" (a change against the year before, spec). Not
# quantities: "9/11", "15/11", "13 và 14/11", "17/11" (dates), "48 giờ" (a duration), "gấp rưỡi"
# (no number), "Hội chợ OCOP 2024" (a name), "hàng trăm gian hàng" (no number).
# --------------------------------------------------------------------------
D02 = dict(name="02_soctrang-hoi-cho-ocop-ooc-om-boc-2024", kind="result", year=2024, records=[
    R("trung bình «40.000 lượt", "lượt khách tham quan mỗi ngày hội chợ OCOP Sóc Trăng thu hút trung bình", "=",
      40000, **PER_DAY),
    R("khoảng «140.000 lượt", "lượt khách hội chợ đã đón vào hai đêm cao điểm", "~", 140000, **CNT),
    R("lên đến «420.000 lượt", "tổng số khách tham quan", "=", 420000, **CNT),
    R("đạt tới «42 tỷ", "Doanh thu từ việc bán hàng của các gian hàng tham gia", "=", 42e9, **DONG),
    R("lên tới «10 tỷ", "tổng giá trị các hợp đồng ký kết giữa các doanh nghiệp", "=", 10e9, **DONG),
], NOT=["khoảng «20% so"])

# --------------------------------------------------------------------------
# 03 Thanh Hóa, the two-week OCOP and food market of summer 2024 (truyenhinhthanhhoa.vn; cut: the
# hotline "Đường dây nóng: 0237 3721150" with the blank line after it, the byline "Thanh Tâm - Đức
# Tình" and its date "05/08/2024 20:00" (written as the first line `date 2024-08-05`) with the blank
# lines after them; the excerpt ends in "tiêu thụ s"). Year 2024 ("năm 2024"). Results: the title's
# "Hơn 100 nghìn lượt người" (>, count, 100000) and the two photo captions restating it ("... - Ảnh
# 1.", "... - Ảnh 2.": captions with a figure stay and are recorded again, as set184 and set186
# did), the body's "khoảng 100 nghìn lượt khách" (~); the booths "96 gian hàng trưng bày, quảng bá
# sản phẩm OCOP", "2 gian hàng ... sản phẩm du lịch", "20 gian hàng ẩm thực xứ Thanh" (=, each its
# own subject: a breakdown by kind of booth). Not quantities: "hai tuần", "2 tuần" (durations),
# "21/7-3/8" (dates), the "Ảnh 1", "Ảnh 2" labels.
# --------------------------------------------------------------------------
D03 = dict(name="03_thanhhoa-cho-ocop-am-thuc-xu-thanh-2024", kind="result", year=2024, records=[
    R("2024-08-05\nHơn «100 nghìn", "lượt người tham quan mua sắm tại Chợ OCOP và ẩm thực xứ Thanh", ">", 100000,
      **CNT),
    R("thu hút khoảng «100 nghìn", "lượt khách đến tham quan, mua sắm Chợ trưng bày, giới thiệu, quảng bá các sản "
      "phẩm OCOP và ẩm thực xứ Thanh", "~", 100000, **CNT),
    R("\n\nHơn «100 nghìn lượt người tham quan mua sắm tại Chợ OCOP và ẩm thực xứ Thanh- Ảnh 1",
      "lượt người tham quan mua sắm tại Chợ OCOP và ẩm thực xứ Thanh", ">", 100000, **CNT),
    Booths("có «96 gian", "gian hàng trưng bày, quảng bá sản phẩm OCOP, sản phẩm hàng hoá của tỉnh Thanh Hoá",
           "=", 96),
    Booths("; «2 gian", "gian hàng trưng bày, quảng bá các sản phẩm du lịch tỉnh Thanh Hoá", "=", 2),
    Booths("và «20 gian", "gian hàng ẩm thực xứ Thanh", "=", 20),
    R("\n\nHơn «100 nghìn lượt người tham quan mua sắm tại Chợ OCOP và ẩm thực xứ Thanh- Ảnh 2",
      "lượt người tham quan mua sắm tại Chợ OCOP và ẩm thực xứ Thanh", ">", 100000, **CNT),
])

# --------------------------------------------------------------------------
# 04 An Giang, the press conference on the OCOP day at Châu Đốc, April 2021: the planned booths
# (nld.com.vn; cut: the photo caption "Mô hình các gian hàng giới thiệu sản phẩm OCOP của các tỉnh,
# thành trong cả nước" with the blank line after it, the page's own three blank lines before it
# kept; the stamp " date 2021-04" written as the first line; the excerpt ends in "khách tham quan
# v"). Year 2021 ("năm 2021"). Targets (the fair "sẽ diễn ra"): "quy mô gần 150 gian hàng" (~),
# "Ban tổ chức sẽ bố trí 40 gian hàng ..." (>=, a plan's bare number), "20 gian hàng trưng bày các
# sản phẩm đặc sản vùng miền", "20 gian hàng trưng bày sản phẩm của An Giang" (>=), "hơn 50 gian
# hàng giới thiệu các món ngon" (>). Not quantities: "của 24 tỉnh, thành" (the participants of one
# event, spec; set255's and set330's exhibitors), "3 tuyến đường chính" (the venue), "17-4", "22",
# "25-4" (dates).
# --------------------------------------------------------------------------
D04 = dict(name="04_angiang-ngay-hoi-ocop-chau-doc-2021", kind="target", year=2021, records=[
    Booths("quy mô gần «150 gian", "quy mô Ngày hội OCOP gian hàng của các doanh nghiệp, HTX, cơ sở sản xuất, "
           "làng nghề", "~", 150),
    Booths("bố trí «40 gian", "gian hàng giới thiệu sản phẩm đạt OCOP, sản phẩm khởi nghiệp, sản phẩm có triển vọng "
           "đạt đến OCOP và sản phẩm dịch vụ - du lịch", ">=", 40),
    Booths("là «20 gian", "gian hàng trưng bày các sản phẩm đặc sản vùng miền", ">=", 20),
    Booths("và «20 gian", "gian hàng trưng bày sản phẩm của An Giang", ">=", 20),
    Booths("với hơn «50 gian", "gian hàng giới thiệu các món ngon của các huyện, thị, thành phố trong tỉnh", ">",
           50),
])

# --------------------------------------------------------------------------
# 05 Phú Thọ, the Department of Industry and Trade's plan for two fairs of ethnic-minority and
# mountain products, October 2025 (baophutho.vn; cut: the photo caption "Sản phẩm Cam Cao Phong
# được khách hàng tin dùng" with the blank line after it; the stamp " date 2025-10-28" written as
# the first line; the excerpt ends in "hoạt độ"). Year 2025 ("năm 2025"). Targets: the title's "2,4
# tỷ đồng tổ chức Hội chợ" and the body's "Tổng kinh phí tổ chức hai hội chợ là 2,4 tỷ đồng" (>=, a
# plan's budget, as earlier sets' "tổng kinh phí ... là"; a title's figure and the body's
# restatement are two records, set255), "trong đó 1,2 tỷ đồng từ ngân sách nhà nước" (>=), "Mỗi hội
# chợ dự kiến quy mô 120 gian hàng" (>=, count per fair, set255's per-unit allotments). Not
# quantities: "quy tụ trên 60 doanh nghiệp, hợp tác xã, ..." (the participants of one event, spec;
# set255's "quy tụ khoảng 2.500 doanh nghiệp"), "2021–2025" (the programmes' period), "27/10",
# "24–30/11/2025", "12–18/12/2025" (dates).
# --------------------------------------------------------------------------
D05 = dict(name="05_phutho-ke-hoach-hoi-cho-dtts-mien-nui-2025", kind="target", year=2025, records=[
    R("2025-10-28\n«2,4 tỷ", "kinh phí tổ chức Hội chợ giới thiệu sản phẩm đặc trưng vùng đồng bào DTTS và miền núi",
      ">=", 2.4e9, **DONG),
    Booths("quy mô «120 gian", "quy mô mỗi hội chợ gian hàng", ">=", 120),
    R("hội chợ là «2,4 tỷ", "Tổng kinh phí tổ chức hai hội chợ", ">=", 2.4e9, **DONG),
    R("trong đó «1,2 tỷ", "kinh phí tổ chức hội chợ từ ngân sách nhà nước thuộc Chương trình mục tiêu quốc gia "
      "phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", ">=", 1.2e9, **DONG),
])

# --------------------------------------------------------------------------
# 06 Gia Lai, Kbang district's fair of farm and food products of ethnic-minority and mountain areas,
# July 2024 (baogialai.com.vn; nothing cut; the stamp " date 2024-07" written as the first line; the
# excerpt ends in "Ngày hội D"). Year 2024 (the stamp's; the dates "31-7", "3-8" name none).
# Results: "Hội chợ thu hút 232 gian hàng" (=), "Huyện Kbang tham gia 168 gian hàng" (=). Not
# quantities: "31-7", "3-8" (dates), "ST25" (a name).
# --------------------------------------------------------------------------
D06 = dict(name="06_gialai-kbang-hoi-cho-nong-san-2024", kind="result", year=2024, records=[
    Booths("thu hút «232 gian", "gian hàng Hội chợ nông sản, thực phẩm vùng đồng bào dân tộc thiểu số và miền núi "
           "huyện Kbang thu hút", "=", 232),
    Booths("tham gia «168 gian", "gian hàng Huyện Kbang tham gia", "=", 168),
])

# --------------------------------------------------------------------------
# 07 Hà Tĩnh, the OCOP and specialities fair at the Vincom centre ready to open, January 2022
# (baohatinh.vn; nothing cut; the stamp " date 2022-01" written as the first line; the excerpt ends
# in "tiêu bi"). Year 2022. Results (the fair set up, opening "tối nay"): "có quy mô 100 gian hàng"
# (=), "Văn phòng Nông thôn mới tỉnh có 4 gian hàng" (=). Not quantities: "13 địa phương và 7 đơn
# vị" (the participants of one event, spec), "hơn 100 hộp tinh bột nghệ" (one producer's stock),
# "21 - 25/1/2022" (dates).
# --------------------------------------------------------------------------
D07 = dict(name="07_hatinh-hoi-cho-ocop-dac-san-2022", kind="result", year=2022, records=[
    Booths("quy mô «100 gian", "quy mô Hội chợ sản phẩm OCOP và đặc sản Hà Tĩnh năm 2022 gian hàng", "=", 100),
    Booths("có «4 gian", "gian hàng giới thiệu sản phẩm của Văn phòng Nông thôn mới tỉnh", "=", 4),
])

# --------------------------------------------------------------------------
# 08 Thái Nguyên, the province agreeing to hold the 2023 industry-trade and OCOP fair
# (doanhnghiepkinhtexanh.vn; cut: the image file name "thai-nguyen-1677146603.jpg", the photo
# caption "Hội chợ triển lãm Công Thương - OCOP Thái Nguyên 2023 sẽ diễn ra vào tháng 5. (Ảnh:
# KTMT)" (no figure: a name and a month) with the blank line after it, and the byline "Ánh Dương
# (t/h)"; no stamp). A precision text, one record. Year 2023 (the fair's). Target: "Quy mô Hội chợ
# triển lãm là 150 - 250 gian hàng" (between, count). Not quantities: "584/UBND-TH", "3100/QĐ-UBND"
# (documents), "2023" in the fair's name, "19/5", "23/5", "14/5", "26/5", "12/12/2022" (dates).
# --------------------------------------------------------------------------
D08 = dict(name="08_thainguyen-hoi-cho-cong-thuong-ocop-2023-precision", kind="target", year=2023, records=[
    Booths("là «150 - 250 gian", "Quy mô Hội chợ triển lãm gian hàng", "between", 150, value_max=250),
])

# --------------------------------------------------------------------------
# 09 Kon Tum, the meeting preparing the 2022 industry-trade and OCOP fair (kontumtv.vn; nothing cut;
# no byline, no stamp; the excerpt ends in "Công an t"). Year 2022 ("năm 2022"). Target: "Theo kế
# hoạch, Hội chợ sẽ diễn ra ... với quy mô hơn 180 gian hàng" (>, count). Result: "Việc tổ chức Hội
# chợ được Bộ Công Thương hỗ trợ kinh phí hơn 1 tỷ đồng" (>, the support granted, stated as done).
# Not quantities: "110 năm thành lập tỉnh" (an anniversary), "Quảng Trường 16/3" (a name),
# "01/12", "18 – 25/12/2022" (dates), "khuyến công Quốc gia 2022" (a programme's name).
# --------------------------------------------------------------------------
D09 = dict(name="09_kontum-hoi-cho-cong-thuong-ocop-2022", kind="result", year=2022, records=[
    Booths("quy mô hơn «180 gian", "quy mô Hội chợ gian hàng của các doanh nghiệp trong và ngoài nước", ">", 180,
           **T),
    R("kinh phí hơn «1 tỷ", "kinh phí Bộ Công Thương hỗ trợ tổ chức Hội chợ từ nguồn khuyến công Quốc gia", ">",
      1e9, **DONG),
])

# --------------------------------------------------------------------------
# 10 Đồng Nai, the province approving 70 sites for fairs and trade exhibitions in 2024, October 2023
# (baodongnai.com.vn; cut: the masthead "Báo Đồng Nai điện tử" and "En" with the blank line after
# them, the byline "Hoàng Hải" and its time and date "22:26, 17/10/2023" (written as the first line
# `date 2023-10-17`) with the blank line after them, and the page's tail: the byline "Hoàng Hải"
# again, a line of one blank, "Tin xem nhiều", with the blank lines between them). Year 2024: the
# approved list is "năm 2024" (the byline's 2023 is the decision's date). Results (=, the sites
# approved, stated as done): the title's "70 điểm" and the body's "có 70 địa điểm" (two records),
# "TP.Biên Hòa có 14 địa điểm", "H.Nhơn Trạch có 11", "H.Định Quán 8" (place each), "Thống Nhất,
# Trảng Bom, Long Thành, mỗi địa phương có 6 địa điểm" and "Vĩnh Cửu, Tân Phú mỗi địa phương có 5"
# (one record each: a per-unit number stated once, set255's "mỗi huyện 02 gian"), "Long Khánh, Xuân
# Lộc và Cẩm Mỹ mỗi địa phương có từ 2-4 địa điểm" (between). Not quantities: "tăng 2 địa điểm so
# với năm 2023" (a change, spec).
# --------------------------------------------------------------------------
D10 = dict(name="10_dongnai-dia-diem-hoi-cho-trien-lam-2024", kind="result", year=2024, records=[
    R("2023-10-17\n«70 điểm", "điểm được phê duyệt tổ chức hội chợ, triển lãm thương mại", "=", 70, **CNT),
    R("có «70 địa", "địa điểm được phê duyệt tổ chức hội chợ, triển lãm thương mại trên địa bàn tỉnh năm 2024",
      "=", 70, **CNT),
    R("Hòa có «14 địa", "địa điểm tổ chức hội chợ, triển lãm thương mại TP.Biên Hòa có", "=", 14, **CNT,
      place="Biên Hòa"),
    R("Trạch có «11 địa", "địa điểm tổ chức hội chợ, triển lãm thương mại H.Nhơn Trạch có", "=", 11, **CNT,
      place="Nhơn Trạch"),
    R("Quán «8 địa", "địa điểm tổ chức hội chợ, triển lãm thương mại H.Định Quán", "=", 8, **CNT,
      place="Định Quán"),
    R("có «6 địa", "địa điểm tổ chức hội chợ, triển lãm thương mại mỗi huyện Thống Nhất, Trảng Bom, Long Thành có",
      "=", 6, **CNT),
    R("có «5 địa", "địa điểm tổ chức hội chợ, triển lãm thương mại mỗi huyện Vĩnh Cửu, Tân Phú có", "=", 5, **CNT),
    R("từ «2-4 địa", "địa điểm tổ chức hội chợ, triển lãm thương mại mỗi địa phương Long Khánh, Xuân Lộc và Cẩm "
      "Mỹ có", "between", 2, value_max=4, **CNT),
])

# --------------------------------------------------------------------------
# 11 Hồ Chí Minh City, Thủ Đức city's first OCOP fair, the Farmers' Association on the booths
# registered (thuonghieucongluan.com.vn; cut: the byline "Thiên Trường (t/h)"; no stamp; the excerpt
# opens inside the article). Year null: the excerpt names no year ("16 đến 20/5" only). Target:
# "Hội chợ dự kiến ... với quy mô khoảng 200 gian hàng" (~, count). Results: "đã có 180 gian hàng ...
# đăng ký tham gia" (=), "TP. HCM có 127 gian hàng ..., chiếm 70,5%" (=, the count and its share),
# "53 gian hàng của 17 tỉnh, thành khác" (=). NOT: "đạt 100% so với chỉ tiêu kế hoạch đề ra"
# (completion against the plan, the earlier sets' majority). Not quantities: "95 đơn vị, cá nhân",
# "75 đơn vị, cá nhân", "17 tỉnh, thành" (the participants of one event, spec), "5 ngày" (a
# duration), "3 khu vực chính" (the parts of the fair, a lead count), "16 đến 20/5" (dates).
# --------------------------------------------------------------------------
D11 = dict(name="11_tphcm-thuduc-hoi-cho-ocop-gian-hang", kind="result", year=None, records=[
    Booths("quy mô khoảng «200 gian", "quy mô Hội chợ gian hàng", "~", 200, **T),
    Booths("có «180 gian", "gian hàng đăng ký tham gia", "=", 180),
    Booths("HCM có «127 gian", "gian hàng TP. HCM có", "=", 127),
    R("chiếm «70,5%", "gian hàng TP. HCM chiếm", "=", 70.5),
    Booths("là «53 gian", "gian hàng của các tỉnh, thành khác", "=", 53),
], NOT=["đạt «100% so"])

# --------------------------------------------------------------------------
# 12 The Ministry of Industry and Trade's report on the first Autumn Fair 2025 at the Vietnam
# Exhibition Centre, with the local booths' zone (vietnamnet.vn; cut: the photo caption "Hội chợ
# Mùa Thu lần thứ I - năm 2025 thu hút hàng trăm nghìn lượt khách mỗi ngày. Ảnh: Bảo Kiên" (no
# number) with the blank line after it; the stamp " date 2025-11-03" written as the first line; the
# excerpt ends in "tiêu biểu và li"). Year 2025. Results: "gồm 3.000 gian hàng tiêu chuẩn" (=,
# count), "thu hút trung bình 100.000 lượt khách mỗi ngày" (=, other "lượt khách/ngày", a rate),
# "doanh thu trung bình đạt khoảng 300 triệu đồng/gian hàng tiêu chuẩn" (~, other "đồng/gian hàng
# tiêu chuẩn", the magnitude multiplied in), "Tổng doanh thu trực tiếp đạt gần 1.000 tỷ đồng" (~),
# "khu gian hàng địa phương đạt 50 tỷ đồng" (=), "Tổng giá trị giao dịch, hợp đồng và biên bản ghi
# nhớ (MoU) đạt gần 5.000 tỷ đồng" (~), "riêng khu địa phương đạt gần 500 tỷ đồng" (~), "Ban Tổ
# chức đã triển khai 30 hội nghị, hội thảo, diễn đàn chuyên đề" (=, held, as set190's "6 hội
# nghị"), "xét chọn 30 gian hàng tiêu biểu" (=). Not quantities: "quy tụ 2.500 doanh nghiệp" (the
# participants of one event, set255's reading of the same figure at the spring fair), "10 ngày" (a
# duration), "lần thứ I" (a label).
# --------------------------------------------------------------------------
D12 = dict(name="12_quocgia-hoi-cho-mua-thu-ket-qua-2025", kind="result", year=2025, records=[
    Booths("gồm «3.000 gian", "quy mô Hội chợ Mùa Thu năm 2025 gian hàng tiêu chuẩn", "=", 3000),
    R("trung bình «100.000 lượt", "lượt khách mỗi ngày Hội chợ thu hút trung bình", "=", 100000, **PER_DAY),
    R("khoảng «300 triệu", "doanh thu trung bình gian hàng tiêu chuẩn trong 10 ngày hội chợ", "~", 300e6,
      unit="other", unit_text="đồng/gian hàng tiêu chuẩn"),
    R("đạt gần «1.000 tỷ", "Tổng doanh thu trực tiếp hội chợ", "~", 1000e9, **DONG),
    R("đạt «50 tỷ", "doanh thu trực tiếp khu gian hàng địa phương", "=", 50e9, **DONG),
    R("đạt gần «5.000 tỷ", "Tổng giá trị giao dịch, hợp đồng và biên bản ghi nhớ (MoU)", "~", 5000e9, **DONG),
    R("đạt gần «500 tỷ", "giá trị giao dịch, hợp đồng và biên bản ghi nhớ khu địa phương", "~", 500e9, **DONG),
    R("triển khai «30 hội", "hội nghị, hội thảo, diễn đàn chuyên đề Ban Tổ chức đã triển khai", "=", 30, **CNT),
    Booths("chọn «30 gian", "gian hàng tiêu biểu được xét chọn", "=", 30),
])

# --------------------------------------------------------------------------
# 13 Bà Rịa - Vũng Tàu, the meeting on the plan for the industry-trade fair of the province's 30th
# anniversary, April 2021 (baobariavungtau.com.vn; cut: the byline "ĐÔNG HIẾU" with the blank line
# before it; no stamp). A precision text, one record. Year 2021 ("7/8-12/8/2021"). Target: "Hội chợ
# trưng bày khoảng 350 gian hàng" (~, count: the plan's scale). Not quantities: "30 năm" four times
# (the anniversary in the fair's name and the province's age), "19/4", "7/8-12/8/2021",
# "10/8-15/8/2021" (dates).
# --------------------------------------------------------------------------
D13 = dict(name="13_bariavungtau-hoi-cho-cong-thuong-30-nam-2021-precision", kind="target", year=2021, records=[
    Booths("khoảng «350 gian", "gian hàng Hội chợ trưng bày", "~", 350),
])

# --------------------------------------------------------------------------
# 14 Nghệ An, the opening of the North Central Coast industry-trade fair of December 2020
# (lienhiepkhktnghean.org.vn; nothing cut; no byline, no stamp; the excerpt ends in "doanh nghiệp
# Ng"). A precision text, one record. Year 2020 ("năm 2020"). Result (the fair opened): "với quy
# mô trên 200 gian hàng" (>, count). Not quantities: "trên 100 doanh nghiệ[p]" (the participants of
# one event, spec), "3/12", "3 - 9/12" (dates), "năm 2020" in the fair's name.
# --------------------------------------------------------------------------
D14 = dict(name="14_nghean-hoi-cho-cong-thuong-bac-trung-bo-2020-precision", kind="result", year=2020, records=[
    Booths("quy mô trên «200 gian", "quy mô Hội chợ gian hàng", ">", 200),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
