#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set312).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (goldkit.clause_span).

Each document may also list NOT: locators of percentages deliberately left without a record; this
set has none (its one percentage, 11's "100%", is a target with a record).

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
The catalogue holds digital-transformation indicators only; none measures protected areas, species,
patrols, forest violations, wildlife released or visitors to a national park, so every id here is
null (no `iid=` is given).

The set's theme: national parks, nature reserves and biodiversity in the provinces. Most quantities
are counts (species, individuals, patrols, cases, visitors); areas are unit other with unit_text
"ha", money unit other with "đồng" (the magnitude word multiplied in, spec), timber "m³".

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

HA = dict(unit="other", unit_text="ha")
DONG = dict(unit="other", unit_text="đồng")
M3 = dict(unit="other", unit_text="m³")


def CS(loc, indicator, value, op="=", **kw):
    """A count (the commonest record of this set), op "=" unless given: CS(locator, indicator, value)."""
    return R(loc, indicator, op, value, unit="count", **kw)


C = CS  # the plain "=" count


# --------------------------------------------------------------------------
# 01 Ninh Bình (Cúc Phương National Park, across Ninh Bình, Hòa Bình and Thanh Hóa): the park's
# area and the species it holds, from an article on conservation measures, June 2025
# (tapchimoitruong.vn; cut: the banner "Banner trang chủ", the site's date line "Thứ Năm, ngày
# 03/07/2025" and the byline date "30/06/2025" with the blank lines after the first and the third,
# written as the first line `date 2025-06-30`; the excerpt ends in "cùng sự "). Year 2025 (the
# byline; the inventory is stated in the present). Results, =: the area "có tổng diện tích 22.408 ha"
# (other, ha); the flora "2.234 loài thực vật bậc cao và rêu, trong đó có 433 loài cây làm thuốc, 229
# loài cây ăn được, 57 loài được ghi trong Sách đỏ ..., 15 loài thực vật đặc hữu"; the vertebrates
# "669 loài có xương sống thuộc 120 họ, 35 bộ, bao gồm: 138 loài thú, 337 loài chim, 80 loài bò sát,
# 48 loài lưỡng cư, 66 loài cá, trong đó có 73 loài ... có tên trong sách Đỏ"; the invertebrates
# "1.899 loài thuộc 169 họ, 33 bộ, 6 lớp và 3 ngành" and the insects "bộ cánh cứng 454 loài, bộ cánh
# vẩy 378 loài và bộ cánh màng 314 loài". One record per number, each its own subject, scope null
# (a breakdown by kind of thing, spec). The families, orders, classes and phyla the species belong to
# are counts the inventory reports, recorded (a judgement: they are not the parts of an index but
# measured facts of the park). Not quantities: "7/7/1972" (a date), "ba tỉnh" (a word), "hơn 60 năm
# qua" (a duration). Pillar null.
# --------------------------------------------------------------------------
D01 = dict(name="01_ninhbinh-cuc-phuong-da-dang-sinh-hoc-2025", kind="result", year=2025, records=[
    R("tổng diện tích «22.408 ha", "tổng diện tích Vườn quốc gia Cúc Phương", "=", 22408, **HA),
    C("đa dạng với «2.234 loài", "loài thực vật bậc cao và rêu của Cúc Phương", 2234),
    C("có «433 loài cây", "loài cây làm thuốc", 433),
    C("«229 loài cây ăn", "loài cây ăn được", 229),
    C("«57 loài được ghi", "loài thực vật được ghi trong Sách đỏ Việt Nam và Danh lục IUCN", 57),
    C("«15 loài thực vật đặc hữu", "loài thực vật đặc hữu", 15),
    C("ghi nhận «669 loài", "loài có xương sống khu hệ động vật Cúc Phương ghi nhận", 669),
    C("thuộc «120 họ", "họ thuộc loài có xương sống", 120),
    C("họ, «35 bộ, bao", "bộ thuộc loài có xương sống", 35),
    C("«138 loài thú", "loài thú", 138),
    C("«337 loài chim", "loài chim", 337),
    C("«80 loài bò sát", "loài bò sát", 80),
    C("«48 loài lưỡng cư", "loài lưỡng cư", 48),
    C("«66 loài cá", "loài cá", 66),
    C("có «73 loài động vật", "loài động vật có tên trong sách Đỏ Việt Nam và Danh lục IUCN", 73),
    C("có «1.899 loài", "loài động vật không xương sống", 1899),
    C("thuộc «169 họ", "họ thuộc động vật không xương sống", 169),
    C("«33 bộ", "bộ thuộc động vật không xương sống", 33),
    C("«6 lớp", "lớp thuộc động vật không xương sống", 6),
    C("«3 ngành", "ngành thuộc động vật không xương sống", 3),
    C("cánh cứng «454 loài", "loài côn trùng bộ cánh cứng", 454),
    C("cánh vẩy «378 loài", "loài côn trùng bộ cánh vẩy", 378),
    C("cánh màng «314 loài", "loài côn trùng bộ cánh màng", 314),
])

# --------------------------------------------------------------------------
# 02 Quảng Trị (Phong Nha-Kẻ Bàng National Park, "tỉnh Quảng Trị" after the 2025 merger): rare
# animals found by camera traps, August 2025 (vietnamplus.vn; the stamp " date 2025-08-11" written as
# the first line; cut: the closing tag "Di sản thiên nhiên Thế giới" with the blank line before it).
# Year 2025. Results, =: "Qua phân tích 186.183 ảnh tại 120 trạm đặt bẫy, ... đã phát hiện 64 loài,
# trong đó có 34 loài chim, 6 loài linh trưởng, 5 loài móng guốc, 6 loài cầy, 2 loài chồn, 2 loài
# triết" (the photos analysed and the trap stations are counts of the survey's effort, recorded as
# reported results) and "có 38 loài được ghi nhận trong Sách đỏ". Not quantities: "11/8" (a date),
# "cuối năm 2025" (a date), "một đợt" (a word), "AI" (a name). Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_quangtri-phong-nha-bay-anh-sach-do-2025", kind="result", year=2025, records=[
    C("phân tích «186.183 ảnh", "ảnh bẫy ảnh được phân tích", 186183),
    C("tại «120 trạm", "trạm đặt bẫy ảnh", 120),
    C("phát hiện «64 loài", "loài động vật các nhà nghiên cứu phát hiện qua bẫy ảnh", 64),
    C("«34 loài chim", "loài chim", 34),
    C("«6 loài linh", "loài linh trưởng", 6),
    C("«5 loài móng guốc", "loài móng guốc", 5),
    C("«6 loài cầy", "loài cầy", 6),
    C("«2 loài chồn", "loài chồn", 2),
    C("«2 loài triết", "loài triết", 2),
    C("có «38 loài", "loài được ghi nhận trong Sách đỏ thuộc loại nguy cấp, quý, hiếm cần bảo vệ", 38),
])

# --------------------------------------------------------------------------
# 03 Bắc Kạn, Kim Hỷ Nature Reserve's ranger station (Na Rì): patrols, outreach and violations in the
# first six months (baobackan.com.vn; cut: the photo caption "ảnh: Cán bộ Hạt Kiểm lâm khu bảo tồn
# Kim Hỷ tuần tra bảo vệ rừng" and its repeat "Cán bộ Hạt Kiểm lâm Khu Bảo tồn thiên nhiên Kim Hỷ
# tuần tra bảo vệ rừng." with the blank line after them, the byline "Tùng  Vân" and "Xem thêm" with
# the blank lines before them; no stamp, no byline date). Year 2022: the text compares its six months
# with "6 tháng đầu năm 2021", so they are the first six months of 2022 (a judgement; the text names
# no other year). Results: "gần 600 lượt tuần tra" (`~`, twice: the lead and the body, a record
# each), "hơn 20 buổi tuyên truyền", "hơn 900 lượt người tham gia", "hơn 2.800 lượt người tham gia"
# (`>`), "lập hồ sơ xử lý 14 vụ, gồm: 9 vụ phá rừng ...; 01 vụ vận chuyển ...; 01 vụ tàng trữ ...; 03
# vụ khai thác ..." (=, one record per number), "Tổng thu nộp ngân sách nhà nước hơn 50 triệu đồng"
# (`>`, other, đồng, 50e6). Not quantities: "tăng 07 vụ" (a change against 2021, spec), "6 tháng"
# (a period), "không có vụ" (no digit). Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_backan-kim-hy-tuan-tra-vi-pham-2022", kind="result", year=2022, records=[
    CS("tổ chức gần «600 lượt tuần tra, kiểm soát bảo", "lượt tuần tra, kiểm soát bảo vệ rừng Hạt Kiểm lâm "
       "Khu Bảo tồn thiên nhiên Kim Hỷ tổ chức", 600, op="~"),
    CS("hơn «20 buổi", "buổi tuyên truyền về công tác quản lý, bảo vệ rừng", 20, op=">"),
    CS("hơn «900 lượt", "lượt người tham gia tuyên truyền", 900, op=">"),
    CS("tổ chức gần «600 lượt tuần tra, kiểm soát, với", "lượt tuần tra, kiểm soát tổ chức", 600, op="~"),
    CS("hơn «2.800 lượt", "lượt người tham gia tuần tra, kiểm soát", 2800, op=">"),
    C("xử lý «14 vụ", "vụ vi phạm về quản lý, bảo vệ rừng đơn vị đã lập hồ sơ xử lý", 14),
    C("«9 vụ phá rừng", "vụ phá rừng trái phép", 9),
    C("«01 vụ vận chuyển", "vụ vận chuyển lâm sản trái pháp luật", 1),
    C("«01 vụ tàng trữ", "vụ tàng trữ lâm sản", 1),
    C("«03 vụ khai thác", "vụ khai thác lâm sản trái phép", 3),
    R("hơn «50 triệu", "tổng thu nộp ngân sách nhà nước", ">", 50e6, **DONG),
])

# --------------------------------------------------------------------------
# 04 Hà Tĩnh, Vũ Quang National Park: wildlife recorded by camera traps, February 2024
# (kienthuc.net.vn; the stamp " date 2024-02" written as the first line; nothing cut: the inline
# "Ảnh: ..." captions stand inside lines of the body and stay; the excerpt ends in "Sách Đỏ c"). Year
# 2024. Results, =: "thông qua 85 điểm đặt bẫy ảnh ..., đơn vị đã ghi nhận được 58 loài động vật
# hoang dã, quý hiếm, trong đó có 9 loài đặc hữu của dãy Trường Sơn"; "Voi châu Á ... chỉ còn khoảng
# 104-132 cá thể ngoài tự nhiên" (`between` 104-132: a range stated once, spec; "khoảng" before a
# range read as the range, a judgement; year 2024, the document's, as the text gives the estimate in
# the present). Not quantities: the masked palm civet's body measures "dài 51–76 cm", "51–63 cm",
# "nặng từ 3,6–6 kg" (a species' description, not a value reached or planned for an indicator, as the
# earlier sets' sizes), "23/02" (a date), "(2007)" (the Red Book's edition). Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_hatinh-vu-quang-bay-anh-58-loai-2024", kind="result", year=2024, records=[
    C("qua «85 điểm", "điểm đặt bẫy ảnh giám sát đa dạng sinh học tại Vườn quốc gia Vũ Quang", 85),
    C("được «58 loài", "loài động vật hoang dã, quý hiếm đơn vị đã ghi nhận", 58),
    C("có «9 loài", "loài đặc hữu của dãy Trường Sơn", 9),
    R("khoảng «104-132 cá thể", "cá thể Voi châu Á ngoài tự nhiên", "between", 104, unit="count",
      value_max=132),
])

# --------------------------------------------------------------------------
# 05 Quảng Trị (Phong Nha-Kẻ Bàng's rescue centre): 27 wild animals released, September 2025
# (kienthuc.net.vn; the stamp " date 2025-09-25" written as the first line; cut: the photo caption
# "Lực lượng chức năng thả các cá thể động vật về môi trường tự nhiên. Ảnh: Minh Phong." with the
# blank line after it; trailing blank lines dropped). Year 2025. Results, =: "tiến hành thả 27 cá thể
# động vật hoang dã", then "có 8 cá thể khỉ đuôi lợn, 2 chim hồng hoàng, 1 diều hâu nâu, 1 trăn đất,
# 9 rùa sa nhân, 3 cu li nhỏ, 1 cầy vòi hương, 1 cầy vòi mốc và 1 mèo rừng" (one record per number,
# each its own subject), and "đang cứu hộ thêm 60 cá thể động vật hoang dã". Not quantities: "25/9"
# (a date), "84/2021/NĐ-CP" (a document). Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_quangtri-phong-nha-tha-27-ca-the-2025", kind="result", year=2025, records=[
    C("thả «27 cá thể", "cá thể động vật hoang dã được thả trở về môi trường tự nhiên", 27),
    C("có «8 cá thể", "cá thể khỉ đuôi lợn", 8),
    C("«2 chim", "chim hồng hoàng", 2),
    C("«1 diều", "diều hâu nâu", 1),
    C("«1 trăn", "trăn đất", 1),
    C("«9 rùa", "rùa sa nhân", 9),
    C("«3 cu li", "cu li nhỏ", 3),
    C("«1 cầy vòi hương", "cầy vòi hương", 1),
    C("«1 cầy vòi mốc", "cầy vòi mốc", 1),
    C("«1 mèo", "mèo rừng", 1),
    C("thêm «60 cá thể", "cá thể động vật hoang dã trung tâm đang cứu hộ", 60),
])

# --------------------------------------------------------------------------
# 06 Đắk Lắk, Yok Đôn National Park: snares removed in the first 20 days of January 2024
# (trongrauthuycanh.net; cut: the photo caption "Chương trình hoạt động trải nghiệm tuần tra, bảo vệ
# rừng do Vườn quốc gia Yok Đôn phối hợp tổ chức.", twice, with the blank line after each; no stamp,
# no byline; the excerpt ends in "của người d"). Year 2024 ("tháng 1/2024"). Results, =: "tháo gỡ 143
# chiếc bẫy thú các loại", "kết quả từ 1.841 lượt tuần tra và 55 lượt phối hợp cùng chính quyền địa
# phương". Not quantities: "tăng 29 chiếc" (a change against December 2023, spec), "20 ngày đầu"
# (a period), "1/2024", "12/2023", "2/2024" (dates). Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_daklak-yok-don-go-bay-thu-2024", kind="result", year=2024, records=[
    C("tháo gỡ «143 chiếc", "chiếc bẫy thú các loại cán bộ kiểm lâm vườn tháo gỡ", 143),
    C("từ «1.841 lượt", "lượt tuần tra", 1841),
    C("và «55 lượt", "lượt phối hợp cùng chính quyền địa phương, các tổ chức trên địa bàn", 55),
])

# --------------------------------------------------------------------------
# 07 Quảng Bình, Phong Nha-Kẻ Bàng National Park: visitors over the 2 September holiday of 2022
# (dukhach.quangbinh.gov.vn; cut: the byline "11:15, Thứ Năm, 8-9-2022", written as the first line
# `date 2022-09-08`, the font widget "Xem với cỡ chữ : A- A A+", the byline "PV Mai Anh" and "Các tin
# khác" with the blank lines that went with them). Year 2022. Results: the title's and the body's
# "21.829 lượt" (=, a record each), "khách quốc tế 2.320 lượt", "tổng doanh thu hơn 5,44 tỷ đồng"
# (`>`, other, đồng, 5.44e9) and the six operators' visitors "15.396", "1.318", "4.786", "184",
# "60", "70" lượt khách (=, each its own operator in the indicator, scope null). The closing
# "phấn đấu đến năm 2025 ... trở thành khu du lịch trọng điểm Quốc gia và đến năm 2030 thành trung
# tâm du lịch quốc tế" states targets without a number: no record. Not quantities: "04 ngày" (a
# duration, twice), "02/9", "01 - 04/9/2022" (dates). Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_quangbinh-phong-nha-khach-le-2-9-2022", kind="result", year=2022, records=[
    C("đón «21.829 lượt du khách", "lượt du khách Vườn Quốc gia Phong Nha - Kẻ Bàng đón", 21829),
    C("là «21.829 lượt,", "tổng lượng khách đến tham quan tại Vườn Quốc gia Phong Nha - Kẻ Bàng", 21829),
    C("quốc tế «2.320 lượt", "khách quốc tế", 2320),
    R("hơn «5,44 tỷ", "tổng doanh thu", ">", 5.44e9, **DONG),
    C("phục vụ «15.396 lượt", "lượt khách Trung tâm Du lịch Phong Nha - Kẻ Bàng đón và phục vụ", 15396),
    C("Heritage «1.318 lượt", "lượt khách Công ty TNHH Du lịch Phong Nha Heritage", 1318),
    C("Đường «4.786 lượt", "lượt khách điểm du lịch sinh thái Động Thiên Đường", 4786),
    C("sinh vật «184 lượt", "lượt khách Trung tâm Cứu hộ, bảo tồn và Phát triển sinh vật", 184),
    C("(Oxalis) «60 lượt", "lượt khách Công ty TNHH MTV Chua Me Đất (Oxalis)", 60),
    C("Boss «70 lượt", "lượt khách Công ty TNHH Jungle Boss", 70),
])

# --------------------------------------------------------------------------
# 08 Thái Nguyên: violations of the Forestry Law in 2021 (thainguyentv.vn; nothing cut; no stamp, no
# byline). Year 2021 ("từ đầu năm 2021 đến nay"). Results: "xảy ra 75 vụ vi phạm Luật Lâm nghiệp"
# (=), and, in the lead and again in the body (a record each), "xử lý vi phạm hành chính 74 vụ" (=),
# "tịch thu gần 100m³ gỗ" (`~`, other, "m³"), "thu nộp ngân sách Nhà nước trên 388 triệu đồng" (`>`,
# other, đồng, 388e6). Not quantities: "tăng 17 vụ so với cùng kỳ năm 2020" (a change, spec). Pillar
# null.
# --------------------------------------------------------------------------
D08 = dict(name="08_thainguyen-vi-pham-lam-nghiep-2021", kind="result", year=2021, records=[
    C("Lực lượng kiểm lâm đã xử lý vi phạm hành chính «74 vụ", "vụ vi phạm lực lượng kiểm lâm đã xử lý vi phạm "
      "hành chính", 74),
    R("Lực lượng kiểm lâm đã xử lý vi phạm hành chính 74 vụ, tịch thu gần «100m³", "gỗ tịch thu", "~",
      100, **M3),
    R("Lực lượng kiểm lâm đã xử lý vi phạm hành chính 74 vụ, tịch thu gần 100m³ gỗ, thu nộp ngân sách "
      "Nhà nước trên «388 triệu", "thu nộp ngân sách Nhà nước", ">", 388e6, **DONG),
    C("xảy ra «75 vụ", "vụ vi phạm Luật Lâm nghiệp xảy ra trên địa bàn tỉnh", 75),
    C("Cơ quan chức năng đã xử lý vi phạm hành chính «74 vụ", "vụ vi phạm cơ quan chức năng đã xử lý vi phạm "
      "hành chính", 74),
    R("Cơ quan chức năng đã xử lý vi phạm hành chính 74 vụ, tịch thu gần «100m³", "gỗ tịch thu", "~", 100, **M3),
    R("Cơ quan chức năng đã xử lý vi phạm hành chính 74 vụ, tịch thu gần 100m³ gỗ, thu nộp ngân sách Nhà nước trên «388 "
      "triệu", "thu nộp ngân sách Nhà nước", ">", 388e6, **DONG),
])

# --------------------------------------------------------------------------
# 09 Đồng Tháp, Tràm Chim National Park: the province's sarus crane project 2022-2032 and the first
# six cranes from Thailand (tapchivietnamhuongsac.vn; cut: the photo caption's two table lines "![]()
# |" and "| Sếu đầu đỏ về Vườn quốc gia Tràm Chim kiếm ăn (ảnh chụp năm 2019) - (Ảnh: Nguyễn Hoài
# Bảo). |"; no stamp, no byline). No year for the document (year null where the sentence gives none).
# Targets: "với mục tiêu đến năm 2032 sẽ có ít nhất 100 cá thể sếu sinh sống tại Tràm Chim, trong đó
# tối thiểu 50 cá thể có khả năng sinh sản tự nhiên" (>=, 2032); "Thảo Cầm Viên Sài Gòn sắp tiếp
# nhận 6 cá thể sếu đầu đỏ" (a planned reception: a target, >=, as the earlier sets read "dự kiến";
# year null). Result: "vào năm 1991, đàn sếu tại đây lên tới hơn 1.000 cá thể" (`>`, year 1991, the
# year the sentence names, outside 2020-2026 but the text's own). Not quantities: "2022–2032" (a
# period), the species' "chiều cao lên đến 1,8m và sải cánh rộng gần 2,5m" (a description, as 04's
# sizes), "hàng trăm" (no digit). Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_dongthap-tram-chim-seu-dau-do-muc-tieu-2032", kind="target", year=None, records=[
    CS("tiếp nhận «6 cá thể", "cá thể sếu đầu đỏ Thảo Cầm Viên Sài Gòn tiếp nhận từ Vườn thú Nakhon "
       "Ratchasima", 6, op=">="),
    CS("ít nhất «100 cá thể", "cá thể sếu sinh sống tại Tràm Chim", 100, op=">=", year=2032),
    CS("tối thiểu «50 cá thể", "cá thể sếu có khả năng sinh sản tự nhiên", 50, op=">=", year=2032),
    CS("tới hơn «1.000 cá thể", "đàn sếu tại Tràm Chim", 1000, op=">", kind="result", year=1991),
])

# --------------------------------------------------------------------------
# 10 Ninh Thuận, Núi Chúa biosphere reserve recognised by UNESCO in September 2021, from an overview
# of Viet Nam's 11 world biosphere reserves (dantocmiennui.vn; nothing cut; no stamp, no byline; the
# excerpt ends in "Voọc Chà Vá chân đen"). Year 2021 (the session of "13 đến 17/9/2021"; the count
# of 11 reserves "trong giai đoạn 2000-2020" is the tally after that session, "Như vậy", read as of
# 2021, a judgement). Results:
# "Việt Nam đã được công nhận 11 Khu dự trữ sinh quyển thế giới" (=, count), "đứng thứ 2 Đông Nam Á"
# (rank, =; the region in the indicator, spec), "sau Indonesia (19 Khu dự trữ sinh quyển)" (=, count,
# Indonesia named in the indicator: `place` is for provinces and communes); Núi Chúa's "diện tích
# trên 106.646 ha trong đó vùng lõi ... trên 16.417 ha, vùng đệm trên 48.014 ha và vùng chuyển tiếp
# trên 42.131 ha" (`>`, other, ha; zones of a reserve are kinds of area, scope null), "1.511 loài
# thực vật, trong đó có 54 loài được ghi trong Sách đỏ", "765 loài ... trong đó có 46 loài quý hiếm"
# (=). Not quantities: "Kỳ họp lần thứ 33" (a name), "2000-2020" (a period), "hai", "ba" (words),
# "1." (a list label). Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_ninhthuan-nui-chua-khu-du-tru-sinh-quyen-2021", kind="result", year=2021, records=[
    C("công nhận «11 Khu", "Khu dự trữ sinh quyển thế giới Việt Nam đã được công nhận", 11),
    R("đứng thứ «2 Đông Nam Á", "quốc gia có số lượng Khu dự trữ sinh quyển thế giới đứng thứ Đông Nam Á", "=",
      2, unit="rank"),
    C("Indonesia («19 Khu", "Khu dự trữ sinh quyển của Indonesia", 19),
    R("diện tích trên «106.646 ha", "diện tích Khu dự trữ sinh quyển Núi Chúa", ">", 106646, **HA),
    R("trên «16.417 ha", "vùng lõi có diện tích", ">", 16417, **HA),
    R("trên «48.014 ha", "vùng đệm", ">", 48014, **HA),
    R("trên «42.131 ha", "vùng chuyển tiếp", ">", 42131, **HA),
    C("có «1.511 loài", "loài thực vật Khu dự trữ sinh quyển Núi Chúa hiện có", 1511),
    C("có «54 loài", "loài thực vật được ghi trong Sách đỏ Việt Nam và Danh lục đỏ thế giới (IUCN)", 54),
    C("với «765 loài", "loài động vật được biết đến", 765),
    C("có «46 loài", "loài quý hiếm có tên trong Sách đỏ Việt Nam và Danh lục đỏ thế giới", 46),
])

# --------------------------------------------------------------------------
# 11 The national programme for conserving endangered, precious and rare wild animals to 2030
# (Decision 49/QĐ-TTg), as Lào Cai's provincial paper reported it (baolaocai.vn; cut: the photo
# caption "Một cá thể tê tê được tái thả về môi trường tự nhiên. Ảnh: TTXVN phát", twice, with the
# blank line after the second; no stamp, no byline; the excerpt ends in "cơ sở bảo tồn đa"). Region:
# national (a plan, kind target, the theme's scarcest kind). Year 2030 for all three targets: "đến năm
# 2030" in the programme's name and in the second sentence. Targets: "cải thiện tình trạng quần thể
# của ít nhất 10 loài" (>=, count), "đến năm 2030, đảm bảo ít nhất 3 loài được gây nuôi bảo tồn và tái
# thả lại tự nhiên" (>=, count), "phấn đấu đạt 100% các loài ... có phương án quản lý, giám sát" (>=,
# %). Not quantities: "8/1" (a date), "49/QĐ-TTg" (a document), "năm 2050" (a date). Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_quocgia-chuong-trinh-bao-ton-dong-vat-hoang-da-2030", kind="target", year=2030, records=[
    CS("ít nhất «10 loài", "loài động vật hoang dã nguy cấp, quý, hiếm được cải thiện tình trạng quần thể",
       10, op=">="),
    CS("ít nhất «3 loài", "loài được gây nuôi bảo tồn và tái thả lại tự nhiên", 3, op=">="),
    R("đạt «100% các loài", "các loài động vật hoang dã nguy cấp, quý, hiếm được ưu tiên bảo vệ có phương án "
      "quản lý, giám sát tại các khu bảo tồn thiên nhiên", ">=", 100),
])

# --------------------------------------------------------------------------
# 12 Bến Tre, Plan 7822/KH-UBND of 26 November 2021 implementing the national scheme for protecting
# and developing coastal forests 2021-2030 (hethongphapluat.com; cut: the site's banner "Để sử dụng
# toàn bộ tiện ích nâng cao ... gói cước."; the excerpt ends in "giảm n"). A precision text, no
# record: "7822/KH-UBND", "1662/QĐ-TTg", "7308/KH-BNN-TCLN" (documents), "26 tháng 11 năm 2021", "04
# tháng 10 năm 2021", "04 tháng 11 năm 2021", "04/10/2021" (dates), "2021-2030", "2021 - 2030"
# (periods), "1." (a list label). Year 2021.
# --------------------------------------------------------------------------
D12 = dict(name="12_bentre-ke-hoach-rung-ven-bien-2021-precision", kind="result", year=2021, records=[])

# --------------------------------------------------------------------------
# 13 Bình Thuận, Plan 4239/KH-UBND of 2 November 2023 implementing the national biodiversity strategy
# to 2030 (thuvienphapluat.vn; nothing cut; the excerpt ends in "kinh tế - xã"). A precision text, no
# record: its specific objectives to 2030 in this excerpt carry no number ("Mở rộng ...", "không có
# thêm loài hoang dã bị tuyệt chủng"). Not quantities: "4239/KH-UBND", "149/QĐ-TTg" (documents), "02
# tháng 11 năm 2023", "28/01/2022" (dates), "năm 2030", "năm 2050" (dates), the labels "I.", "1.",
# "2.", "2.1.". Year 2023.
# --------------------------------------------------------------------------
D13 = dict(name="13_binhthuan-ke-hoach-da-dang-sinh-hoc-2023-precision", kind="result", year=2023,
           records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
