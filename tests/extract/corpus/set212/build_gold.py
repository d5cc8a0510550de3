#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set212).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: a result's change against an earlier
value); check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set193, the id is given in the record itself (`iid=`).

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
from goldkit import R, CNT, T, RES, ECO  # noqa: E402

DONG = dict(unit="other", unit_text="đồng")
USD = dict(unit="other", unit_text="USD")
EC_PRODUCTS = "econ.ecommerce_products_count"
OCOP_EC_SHARE = "econ.ocop_products_ecommerce_share"
EC_REVENUE = "econ.ecommerce_revenue"

# --------------------------------------------------------------------------
# 01 Quảng Ninh, OCOP products: trade fairs, sales points and products put on e-commerce platforms in
# the first half of 2024 (vietnam.vn/quangninh; nothing cut; no byline, no stamp; the excerpt ends in
# "108 sản phẩ"). Year 2024 ("Trong 6 tháng đầu năm 2024"; the later sentences "Toàn tỉnh hiện có
# ..." take the document's year). Results, =, unless a bound word: the fairs organised "2 hội chợ
# OCOP cấp tỉnh, 12 hội chợ trên địa bàn tỉnh (trong đó, đã tổ chức 7 hội chợ, tuần lễ sản phẩm)",
# "tham gia 4 chương trình xúc tiến thương mại" (counts of activities done, as the earlier sets'
# "tổ chức 60 lớp tập huấn", "40 hội nghị"; scope null: a provincial-level fair is a kind of fair,
# not a split of one value by level), "trên 120 nghìn lượt người" (>), "tổng doanh thu ... đạt trên 25
# tỷ đồng" (>, money), "đạt 12 tỷ đồng", "23 điểm giới thiệu và bán sản phẩm OCOP", "393 sản phẩm
# OCOP đạt chuẩn (từ 3-5 sao) được đưa lên các sàn thương mại điện tử", "sàn Voso có 160 sản phẩm
# đạt 40%" (a count and its share of the 393), "sàn TMĐT Postmart có 108 sản phẩ[m]" (truncated,
# still a count). Not quantities: "6 tháng đầu năm 2024" (a period), "22 hội chợ" (the size of the
# group whose revenue is stated, as set193's lead count "15 xã ... bao gồm"), "3-5 sao" (star
# classes, names). Pillar null (no heading). Ids: EC_PRODUCTS for 393, 160, 108; OCOP_EC_SHARE for
# the 40%; the fairs, visitors, fair revenue and sales points null.
# --------------------------------------------------------------------------
D01 = dict(name="01_quangninh-ocop-san-tmdt-2024", kind="result", year=2024, records=[
    R("tổ chức «2 hội chợ", "hội chợ OCOP cấp tỉnh đã tổ chức", "=", 2, **CNT),
    R("tỉnh, «12 hội chợ", "hội chợ trên địa bàn tỉnh", "=", 12, **CNT),
    R("đã tổ chức «7 hội chợ", "hội chợ, tuần lễ sản phẩm đã tổ chức", "=", 7, **CNT),
    R("tham gia «4 chương trình", "chương trình xúc tiến thương mại trong và ngoài nước đã tham gia", "=", 4,
      **CNT),
    R("trên «120 nghìn", "các hội chợ thu hút lượt người đến tham quan mua sắm", ">", 120000, **CNT),
    R("đạt trên «25 tỷ", "tổng doanh thu bán hàng cả 22 hội chợ", ">", 25e9, **DONG),
    R("Ninh đạt «12 tỷ", "doanh thu của khu gian hàng các địa phương trong tỉnh Quảng Ninh", "=", 12e9, **DONG),
    R("hiện có «23 điểm", "điểm giới thiệu và bán sản phẩm OCOP", "=", 23, **CNT),
    R("tỉnh có «393 sản phẩm", "sản phẩm OCOP đạt chuẩn được đưa lên các sàn thương mại điện tử", "=", 393,
      **CNT, iid=EC_PRODUCTS),
    R("Voso có «160 sản phẩm", "sản phẩm OCOP trên sàn Voso", "=", 160, **CNT, iid=EC_PRODUCTS),
    R("phẩm đạt «40%", "sản phẩm OCOP trên sàn Voso", "=", 40, iid=OCOP_EC_SHARE),
    R("Postmart có «108 sản", "sản phẩm OCOP trên sàn TMĐT Postmart", "=", 108, **CNT, iid=EC_PRODUCTS),
])

# --------------------------------------------------------------------------
# 02 Sóc Trăng, OCOP products: the province's count by star class and its targets for 2025
# (tapchicongthuong.vn; nothing cut; no byline, no stamp; the excerpt opens inside a paragraph,
# "Trong đó có ...", and ends in "hành tím V"). Results: "1 sản phẩm đạt hạng 5 sao, 11 sản phẩm 4
# sao và 172 sản phẩm 3 sao" (three counts, =, each its own subject, scope null: a breakdown by
# star class); their year null (the excerpt names none for them: "năm 2025" is the targets' year,
# "Năm 2022" opens a later paragraph on another subject). Targets "phấn đấu đến năm 2025" (kind
# target, 2025, "ít nhất" >=): "200 sản phẩm được công nhận đạt từ 3 sao trở lên", "nâng hạng 50%
# sản phẩm OCOP đã được đánh giá", "30% chủ thể OCOP xây dựng được chuỗi giá trị", "50% chủ thể OCOP
# tham gia vào các kênh bán hàng hiện đại". NOT: "(vượt chỉ tiêu 2,9 lần ...)" has no % and no
# record (a result against its plan, spec). Not quantities: "5 sao", "4 sao", "3 sao" (star
# classes), "Năm 2022" (a date). Pillar null (the heading "Ứng dụng, đổi mới công nghệ sản xuất,
# nâng cao chất lượng sản phẩm OCOP" comes after every number and names no pillar). Ids null (no
# catalogue indicator counts OCOP products by star or OCOP producers' channels).
# --------------------------------------------------------------------------
D02 = dict(name="02_soctrang-ocop-kenh-ban-hang-hien-dai-2025", kind="target", year=2025, records=[
    R("có «1 sản phẩm", "sản phẩm OCOP đạt hạng 5 sao", "=", 1, **CNT, **RES, year=None),
    R("sao, «11 sản phẩm", "sản phẩm OCOP 4 sao", "=", 11, **CNT, **RES, year=None),
    R("và «172 sản phẩm", "sản phẩm OCOP 3 sao", "=", 172, **CNT, **RES, year=None),
    R("ít nhất «200 sản phẩm", "sản phẩm được công nhận đạt từ 3 sao trở lên", ">=", 200, **CNT),
    R("ít nhất «50% sản phẩm", "củng cố và nâng hạng sản phẩm OCOP đã được đánh giá và xếp hạng", ">=", 50),
    R("ít nhất «30% chủ thể", "chủ thể OCOP xây dựng được chuỗi giá trị theo hướng kinh tế tuần hoàn", ">=",
      30),
    R("ít nhất «50% chủ thể", "chủ thể OCOP tham gia vào các kênh bán hàng hiện đại", ">=", 50),
])

# --------------------------------------------------------------------------
# 03 Hậu Giang, Vị Thanh market's "Chợ 4.0" cashless pilot, July 2022 (bdscho.vn; nothing cut; no
# byline, no stamp; the excerpt ends in "tiền mặt và t"). A precision text, no record: "7.7.2022",
# "7.7" (dates), "Chợ 4.0" (a name, twice), "hơn 10 ngày thí điểm" (a duration), "phường IV" (a
# name). Year 2022 (the launch "Ngày 7.7.2022").
# --------------------------------------------------------------------------
D03 = dict(name="03_haugiang-vithanh-cho-4-0-2022-precision", kind="result", year=2022, records=[])

# --------------------------------------------------------------------------
# 04 Đồng Tháp, the province's 2023 OCOP plan: its main indicators (nongthon.vn; cut: the photo
# caption "Sản phẩm “Gạo Ngọc đỏ hương dứa” (đạt chứng nhận OCOP 3 sao) của Hợp tác xã Giống nông
# nghiệp Định An, huyện Lấp Vò được người tiêu dùng ưa chuộng" that opened the excerpt; no byline,
# no stamp; the excerpt ends in "30% ch"). Targets of 2023 ("năm 2023" in the plan's own
# sentences; the province is not named in the text left, only "của tỉnh"). "có ít nhất 50 sản
# phẩm mới ... 3 sao trở lên" (>=), "hỗ trợ 9 sản phẩm tiềm năng đạt 5 sao" (bare → >=), its two
# parts in the bracket "4 sản phẩm tiềm năng 5 sao ... đã gửi hồ sơ" and "thêm 5 sản phẩm OCOP
# tiềm năng" (each its own subject, >=), "ít nhất 50% sản phẩm OCOP công nhận năm 2020 tham gia đánh
# giá, phân hạng lại", "mỗi huyện, thành phố có ít nhất 1 chủ thể OCOP mới là hợp tác xã" (count,
# scope null: one value for every district, not a split), and the truncated "có ít nhất 30% ch"
# (still a quantity; its subject cut to "ch"). Not quantities: "3 sao", "5 sao" (star classes),
# "năm 2020", "năm 2023" (dates). Pillar null. Ids null.
# --------------------------------------------------------------------------
D04 = dict(name="04_dongthap-ocop-chi-tieu-2023", kind="target", year=2023, records=[
    R("ít nhất «50 sản phẩm", "sản phẩm mới được công nhận đạt chuẩn OCOP 3 sao trở lên", ">=", 50, **CNT),
    R("hỗ trợ «9 sản phẩm", "sản phẩm tiềm năng đạt 5 sao OCOP đề nghị Trung ương đánh giá, công nhận sản phẩm "
      "OCOP Quốc gia", ">=", 9, **CNT),
    R("phát triển «4 sản phẩm", "sản phẩm tiềm năng 5 sao OCOP của tỉnh đã gửi hồ sơ dự thi về Bộ Nông nghiệp "
      "và Phát triển nông thôn", ">=", 4, **CNT),
    R("thêm «5 sản phẩm", "sản phẩm OCOP tiềm năng của tỉnh đủ điều kiện tham gia, đánh giá phân hạng sản "
      "phẩm OCOP 5 sao", ">=", 5, **CNT),
    R("ít nhất «50% sản phẩm", "sản phẩm OCOP công nhận năm 2020 tham gia đánh giá, phân hạng lại", ">=", 50),
    R("ít nhất «1 chủ thể", "mỗi huyện, thành phố có chủ thể OCOP mới là hợp tác xã", ">=", 1, **CNT),
    R("ít nhất «30% ch", "ch", ">=", 30),
])

# --------------------------------------------------------------------------
# 05 Hà Nội, the city's OCOP targets for 2025 (hanoidep.vn; cut: the image caption "Đến năm 2025, Hà
# Nội phấn đấu có thêm 2.000 sản phẩm OCOP được chứng nhận đạt từ 3 sao trở lên. |" that opened the
# excerpt, a caption cell restating the body's first sentence; no byline, no stamp; the excerpt ends
# in "du lịch cộng đồ"). Targets of 2025 ("phấn đấu đến năm 2025"), kind target; "ít nhất",
# "tối thiểu" and bare numbers >=: "thêm 2.000 sản phẩm OCOP", "3% sản phẩm tiềm năng 5 sao",
# "50% làng nghề truyền thống", "100% xã đạt chuẩn nông thôn mới nâng cao có sản phẩm OCOP", "50%
# sản phẩm OCOP đã được ... đánh giá", "100% chủ thể được bồi dưỡng", "tối thiểu 25%" (its subject
# the share of trained workers), "70% chủ thể OCOP là tổ hợp tác ...", "30% các chủ thể OCOP ...
# liên kết chuỗi giá trị", "100% các sản phẩm OCOP được tham gia các sự kiện", and the two
# per-district counts "mỗi huyện, thị xã ... ít nhất 1 trung tâm" and "ít nhất 1 sản phẩm OCOP
# thuộc nhóm “Dịch vụ du lịch cộng đồng ...”" (scope null: one value for every district). Not
# quantities: "3 sao", "5 sao" (star classes). Pillar null. Ids null.
# --------------------------------------------------------------------------
D05 = dict(name="05_hanoi-ocop-muc-tieu-2025", kind="target", year=2025, records=[
    R("có thêm «2.000 sản phẩm", "sản phẩm OCOP được chứng nhận đạt từ 3 sao trở lên", ">=", 2000, **CNT),
    R("phấn đấu «3% sản phẩm", "sản phẩm tiềm năng 5 sao đăng ký tham gia đánh giá và phân hạng sản phẩm OCOP "
      "cấp Quốc gia", ">=", 3),
    R("ít nhất «50% làng nghề", "làng nghề truyền thống được UBND Thành phố công nhận có chủ thể tham gia "
      "Chương trình OCOP", ">=", 50),
    R("«100% xã", "xã đạt chuẩn nông thôn mới nâng cao có sản phẩm OCOP", ">=", 100),
    R("ít nhất «50% sản phẩm", "củng cố và nâng cấp sản phẩm OCOP đã được UBND Thành phố đánh giá và phân hạng",
      ">=", 50),
    R("«100% chủ thể được", "chủ thể được bồi dưỡng, tập huấn về Chương trình OCOP", ">=", 100),
    R("tối thiểu «25%", "tỷ lệ lao động qua bồi dưỡng, tập huấn được cấp chứng chỉ làm việc tại các chủ thể "
      "OCOP", ">=", 25),
    R("ít nhất «70% chủ thể", "chủ thể OCOP là tổ hợp tác, hợp tác xã và doanh nghiệp", ">=", 70),
    R("ít nhất «30% các", "các chủ thể OCOP xây dựng hoặc tham gia liên kết chuỗi giá trị ổn định, hiệu quả",
      ">=", 30),
    R("«100% các sản phẩm", "các sản phẩm OCOP được tham gia các sự kiện trưng bày, giới thiệu, quảng bá, kết "
      "nối giao thương", ">=", 100),
    R("ít nhất «1 trung tâm", "mỗi huyện, thị xã xây dựng trung tâm thiết kế sáng tạo, giới thiệu, quảng bá và "
      "bán sản phẩm OCOP", ">=", 1, **CNT),
    R("ít nhất «1 sản phẩm", "mỗi huyện, thị xã có sản phẩm OCOP thuộc nhóm “Dịch vụ du lịch cộng đồng và "
      "điểm du lịch”", ">=", 1, **CNT),
])

# --------------------------------------------------------------------------
# 06 Bắc Kạn, OCOP products (some on the VoSo, Postmart and Alibaba platforms): the count so far and
# the 2023 plan, July 2023 (baobackan.com.vn; the stamp " date 2023-07" written as the first line;
# nothing cut; the excerpt ends in "27 sản ph"). Year 2023. Results (=, counts): "182 sản phẩm được
# gắn sao OCOP (trong đó, 01 sản phẩm 5 sao ..., 18 sản phẩm 4 sao, 163 sản phẩm 3 sao)" (four
# records, the breakdown by star class each its own subject, scope null). Targets of "Năm 2023, Bắc
# Kạn phấn đấu": "ít nhất 20 sản phẩm mới đạt 3 sao trở lên", "nâng cấp 04 sản phẩm từ 3 sao lên 4
# sao", "đề xuất 01 sản phẩm tham gia đánh giá sản phẩm OCOP cấp quốc gia" (bare → >=), and the
# paragraph "Trong đó, tổng số sản phẩm có truy xuất nguồn gốc ... là 20 sản phẩm (tăng 09 sản
# phẩm so với năm 2022); ... 18 chủ thể (tăng 07 chủ thể ...); ... 27 sản ph[ẩm]" read as the same
# plan's figures for 2023 ("Trong đó" after the plan's "Củng cố ... (truy xuất nguồn gốc, liên kết
# chuỗi ...)"; a judgement): targets, "là X" → >=, and their brackets "tăng 09", "tăng 07" as targets
# stated as a change (spec; as the earlier sets' "(tăng 11,4%" in a target), >=. Not quantities:
# "5 sao", "4 sao", "3 sao" (star classes), "năm 2022" (a date). Pillar null (no heading; the
# platforms are named in the body only). Ids null (no catalogue count of OCOP products by star; the
# traceability id is a share).
# --------------------------------------------------------------------------
D06 = dict(name="06_backan-ocop-san-tmdt-2023", kind="target", year=2023, records=[
    R("Với «182 sản phẩm", "sản phẩm được gắn sao OCOP", "=", 182, **CNT, **RES),
    R("đó, «01 sản phẩm 5 sao", "sản phẩm OCOP 5 sao cấp quốc gia", "=", 1, **CNT, **RES),
    R("quốc gia, «18 sản phẩm", "sản phẩm OCOP 4 sao", "=", 18, **CNT, **RES),
    R("sao, «163 sản phẩm", "sản phẩm OCOP 3 sao", "=", 163, **CNT, **RES),
    R("ít nhất «20 sản phẩm", "sản phẩm mới đạt 3 sao trở lên", ">=", 20, **CNT),
    R("nâng cấp «04 sản phẩm", "nâng cấp sản phẩm từ 3 sao lên 4 sao", ">=", 4, **CNT),
    R("đề xuất «01 sản phẩm", "đề xuất sản phẩm tham gia đánh giá sản phẩm OCOP cấp quốc gia", ">=", 1, **CNT),
    R("là «20 sản phẩm", "tổng số sản phẩm có truy xuất nguồn gốc quy trình sản xuất", ">=", 20, **CNT),
    R("(tăng «09 sản phẩm", "tăng sản phẩm có truy xuất nguồn gốc quy trình sản xuất so với năm 2022", ">=", 9,
      **CNT),
    R("là «18 chủ thể", "tổng số chủ thể tham gia liên kết và tiêu thụ sản phẩm OCOP", ">=", 18, **CNT),
    R("(tăng «07 chủ thể", "tăng chủ thể tham gia liên kết và tiêu thụ sản phẩm OCOP so với năm 2022", ">=", 7,
      **CNT),
    R("là «27 sản ph", "tổng số sản phẩm mở rộng, phát triển vùng nguyên liệu", ">=", 27, **CNT),
])

# --------------------------------------------------------------------------
# 07 Thái Nguyên, the province's e-commerce week "Go Online" 2025 with TikTok (sieucacuocnews.com, a
# print page; nothing cut; no byline, no stamp; the excerpt ends in "ba ngày, t"). Year 2025 (the
# title line's and the body's "Go Online 2025"). One result: the ministry official's "doanh thu
# TMĐT Việt Nam năm 20 đạt hơn 25 tỷ USD" (>, other "USD", magnitude multiplied in); its year null
# ("năm 20" is a typo naming no year; the document's 2025 is not the year it was measured; a
# judgement). NOT: "tăng trưởng 20%" (a result's growth against the year before, as the earlier
# sets' majority leaves "tăng trưởng 5%", "tăng trưởng 8,7%" out). Not quantities: "Go Online 2025"
# (a name), "25/4 - 29/4", "31/12/2020", "2021-2025", "năm 2030" (dates), "01-NQ/TU" (a document),
# "gấp 2 - 3 lần" (a change), "ba ngày" (a duration, in words). Pillar digital_economy: the title
# line "Thái Nguyên "đột phá" số hóa thương mại điện tử vào đời sống" names e-commerce (spec: a
# heading naming thương mại điện tử → kinh tế số; the earlier sets read a title so). Id
# EC_REVENUE (the earlier sets' label for "25 tỷ USD" e-commerce revenue).
# --------------------------------------------------------------------------
D07 = dict(name="07_thainguyen-tuan-le-tmdt-go-online-2025", kind="result", year=2025, records=[
    R("đạt hơn «25 tỷ USD", "doanh thu TMĐT Việt Nam", ">", 25e9, **USD, year=None, pillar=ECO, iid=EC_REVENUE),
], NOT=["tăng trưởng «20%"])

# --------------------------------------------------------------------------
# 08 Bắc Giang, lychees sold on e-commerce platforms at the start of the 2021 season (ictnews; the
# stamp " date 2021-06" written as the first line; nothing cut; the excerpt ends in "chiến dị").
# Year 2021. One result: "tổng sản lượng vải thiều Bắc Giang bán qua 3 sàn ... mới chỉ bằng 0,12%
# tổng sản lượng cả vụ" (=, %). Not quantities: the orchards and harvest "28.100 ha", "180.000 tấn",
# "tăng 15.000 tấn" (farm output, not a target or result of the transformation, as the earlier
# set's Chi Lăng custard apples on e-commerce platforms; and a change), "3 sàn Vỏ Sò, Postmart,
# Cuccu.vn" and "3 nền tảng thương mại điện tử ... gồm ..." (the size of a list of named platforms,
# a judgement), "1/6", "10/6", "20/7", "19/5", "28/5" (dates), "năm 2021" (a date), "Covid-19" (a
# name). Pillar null. Id null (the catalogue's key-products share counts products, not tonnes).
# --------------------------------------------------------------------------
D08 = dict(name="08_bacgiang-vai-thieu-ban-qua-san-2021", kind="result", year=2021, records=[
    R("bằng «0,12%", "sản lượng vải thiều Bắc Giang bán qua 3 sàn Vỏ Sò, Postmart, Cuccu.vn trên tổng sản "
      "lượng cả vụ vải", "=", 0.12),
])

# --------------------------------------------------------------------------
# 09 Bình Định, Decision 4157/QĐ-UBND of 7 October 2020 issuing the provincial e-commerce plan for
# 2021-2025: the legal site's record and the decision's header and grounds (phapluatcongdong.vn;
# nothing cut; the excerpt ends in "ngày 02/1"). A precision text, no record: the document numbers
# ("4157/QĐ-UBND", "52/2013/NĐ-CP", "07/QĐ-TTg", "645/QĐ-TTg", "84/TTr-SCT"), the dates ("07/10/2020",
# "19/6/2015", "22/11/2019", "29/11/2005", "29/6/2006", "16/5/2013", "02/3/2015", "15/5/2020", "02/1",
# "ngày 07 tháng 10 năm 2020", "năm 2020"), the periods "2021-2025", "2021 - 2025". Year 2020 (the
# decision's date); kind target (a plan).
# --------------------------------------------------------------------------
D09 = dict(name="09_binhdinh-qd4157-ke-hoach-tmdt-2021-2025-precision", kind="target", year=2020, records=[])

# --------------------------------------------------------------------------
# 10 Lai Châu, Bình Lư commune's "e-commerce commune" pilot with TikTok Shop, February 2026
# (dantri.com.vn; cut: the photo caption "Mô hình điểm thuộc nhánh ... giai đoạn 2026-2030 (Ảnh:
# TikTok Shop)." with the blank line after it; no byline, no stamp; the excerpt ends in "triển
# khai, m"). A precision text, no record: "2026-2030" (twice, a period in a plan's name), "gần một
# tháng" (a duration, in words). Year 2026 (the plan period's start and the address's date are the
# only years; the text's own "2026-2030" names the plan; a judgement).
# --------------------------------------------------------------------------
D10 = dict(name="10_laichau-binhlu-xa-tmdt-2026-precision", kind="result", year=2026, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
