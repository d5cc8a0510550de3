#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set254).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (goldkit.clause_span).

Each document may also list NOT: locators of percentages deliberately left without a record (a
result's change against an earlier value); check_gold.py verifies that every percentage has a
record or a NOT entry.

Each record carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: the catalogue names no indicator of urbanisation, urban
classes, housing, population or the macro-economy of these texts, so every id here is null (see
README, "Catalogue labels").

The set's theme is urban development and housing; no text stands under a heading that names a
pillar of digital transformation, so every record's pillar is null.

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

URB = "tỷ lệ đô thị hóa"
NAT = dict(place="cả nước")
DENS = dict(unit="other", unit_text="người/km²")
DONG = dict(unit="other", unit_text="đồng")
# Counts of urban areas: one record per class, each with its own subject (the spec's breakdown by
# kind of thing), scope null.
N = functools.partial(R, op="=", unit="count")
NT = functools.partial(R, op=">=", unit="count", kind="target")


def town(cls):
    return f"đô thị loại {cls}" if cls else "đô thị"


# --------------------------------------------------------------------------
# 01 Bắc Ninh, the province's urban network 27 years after its re-establishment
# (bacninh.dangcongsan.vn; cut: the photo caption "(Ảnh minh họa: Economy.vn)" with the two blank
# lines after it; no byline, no stamp; the excerpt ends in "nâ"). Results of "Năm 1997" (year 1997:
# 08 urban areas, of which 01 class IV and 7 class V) and of "Đến nay" (year null: nothing in the
# excerpt dates "đến nay"; the title's "27 năm" is not in the excerpt): 01 class I, 01 class III,
# 03 class IV, 04 class V (counts, =, each its own subject), "Tỷ lệ đô thị hóa đạt 60,3%, vượt tỷ
# lệ cả nước là 42,7%" (two records, the second place "cả nước"), "25/26 Quy hoạch phân khu đã
# được UBND tỉnh phê duyệt" (=, 25; the denominator not a quantity). Targets "Phấn đấu trước năm
# 2030, tỉnh Bắc Ninh có 04 thành phố ...; 02 thị xã ...; 02 huyện" (counts, bare numbers >=,
# 2030). Not quantities: "đô thị loại I vào năm 2027", "30 năm tái lập tỉnh" (an anniversary),
# "2021-2030", "2050", "2045" (dates), "Vành đai 4" (a name).
# --------------------------------------------------------------------------
D01 = dict(name="01_bacninh-do-thi-loai-ty-le-do-thi-hoa-2024", kind="result", year=None, records=[
    N("chỉ có «08 đô thị", "đô thị toàn tỉnh", value=8, year=1997),
    N("trong đó «01 đô thị loại IV", town("IV"), value=1, year=1997),
    N("và «7 đô thị loại V", town("V"), value=7, year=1997),
    N("có «01 đô thị loại I (", town("I") + " (thành phố Bắc Ninh)", value=1),
    N("«01 đô thị loại III", town("III") + " (thành phố Từ Sơn)", value=1),
    N("«03 đô thị loại IV", town("IV") + " (Quế Võ, Thuận Thành, Yên Phong)", value=3),
    N("«04 đô thị loại V", town("V"), value=4),
    R("hóa đạt «60,3%", "Tỷ lệ đô thị hóa", "=", 60.3),
    R("cả nước là «42,7%", "tỷ lệ đô thị hóa cả nước", "=", 42.7, **NAT),
    NT("có «04 thành phố", "thành phố tỉnh Bắc Ninh", value=4, year=2030),
    NT("«02 thị xã", "thị xã", value=2, year=2030),
    NT("«02 huyện", "huyện", value=2, year=2030),
    N("hiệu quả «25/26 Quy", "Quy hoạch phân khu đã được UBND tỉnh phê duyệt", value=25),
])

# --------------------------------------------------------------------------
# 02 Bắc Ninh, the targets of the provincial plan for 2021-2030 (bacninh.gov.vn; cut: the photo
# caption "Một góc thành phố Bắc Ninh."; no byline, no stamp; the excerpt ends in "h"). Kind
# target, year 2030 ("Theo đó, đến năm 2030, ..."). "8 - 9%/năm" between; "khoảng" ~; money with
# its magnitude word multiplied in ("346,6 triệu đồng/người" other "đồng/người", "50 tỷ USD"
# other "USD", "47.000 tỷ đồng" other "đồng", as the earlier sets); "dưới 1%" <; "trên 75%" >.
# The 2030 year holds for the poverty rate and the urbanisation rate too: "đến năm 2025, tỉnh
# không còn hộ nghèo" between them has no number. Not quantities: "2021 - 2030", "2050",
# "2021 - 2025" (dates), "đô thị loại I" (a class).
# --------------------------------------------------------------------------
D02 = dict(name="02_bacninh-quy-hoach-tinh-chi-tieu-2030", kind="target", year=2030, records=[
    R("đạt «8 - 9%/năm", "tốc độ tăng trưởng GRDP bình quân", "between", 8, value_max=9),
    R("khoảng «72,7%", "tỷ trọng GRDP của công nghiệp và xây dựng", "~", 72.7),
    R("dịch vụ khoảng «21,7%", "tỷ trọng GRDP của dịch vụ", "~", 21.7),
    R("khoảng «346,6 triệu", "GRDP bình quân đầu người theo giá hiện hành", "~", 346.6e6, unit="other",
      unit_text="đồng/người"),
    R("khoảng «50 tỷ USD", "kim ngạch xuất khẩu", "~", 50e9, unit="other", unit_text="USD"),
    R("khoảng «47.000 tỷ", "tổng thu ngân sách nhà nước", "~", 47000e9, **DONG),
    R("dưới «1%", "tỷ lệ hộ nghèo", "<", 1),
    R("trên «75%", URB, ">", 75),
])

# --------------------------------------------------------------------------
# 03 Lâm Đồng, the province with the highest urbanisation in the Central Highlands, April 2024
# (baolamdong.vn; cut: the byline "VIẾT TRỌNG 00:06, 02/04/2024" with the blank line after it,
# written as the first line `date 2024-04-02`). Year 2024, results. "khoảng 42,7%" ~; "15 đô
# thị, gồm 1 đô thị loại I ...; 1 ... loại III; 1 ... loại IV; 12 ... loại V" (counts, each its own
# subject); "tổng dân số đô thị của tỉnh trên 523 nghìn người" (>, count, 523000: the urban
# population is an indicator of this theme, not the size of a subject; a judgement); the densities
# "606 người/km²" and the three places' "1.541", "1.286", "85" (other "người/km²", place for the
# city and the two districts).
# --------------------------------------------------------------------------
D03 = dict(name="03_lamdong-ty-le-do-thi-hoa-mat-do-2024", kind="result", year=2024, records=[
    R("đạt khoảng «42,7%", URB, "~", 42.7),
    N("có «15 đô thị", "đô thị toàn tỉnh", value=15),
    N("gồm «1 đô thị loại I là", town("I") + " là TP Đà Lạt", value=1),
    N("«1 đô thị loại III", town("III") + " là TP Bảo Lộc", value=1),
    N("«1 đô thị loại IV", town("IV") + " là thị trấn Liên Nghĩa", value=1),
    N("«12 đô thị loại V", town("V"), value=12),
    R("trên «523 nghìn người", "tổng dân số đô thị của tỉnh", ">", 523000, **CNT),
    R("đạt «606 người/km²", "Mật độ dân số đô thị trung bình", "=", 606, **DENS),
    R("(«1.541 người/km²", "mật độ dân số khu vực toàn đô thị TP Bảo Lộc", "=", 1541, **DENS,
      place="Bảo Lộc"),
    R("(«1.286 người/km²", "mật độ dân số khu vực toàn đô thị huyện Đức Trọng", "=", 1286, **DENS,
      place="Đức Trọng"),
    R("(«85 người/km²", "mật độ dân số khu vực toàn đô thị huyện Đạ Huoai", "=", 85, **DENS,
      place="Đạ Huoai"),
])

# --------------------------------------------------------------------------
# 04 Lâm Đồng, the urban system of the province's urban plan for 2025, 2030 and 2050
# (ashtechservice.com; cut: the table-of-contents label "Mục lục bài viết"; no byline, no stamp;
# the excerpt ends in "Di Li"). Targets, counts with bare numbers (>=), each its own subject:
# 2025: 19 urban areas; 01 class I, 01 class II, 06 class IV, 11 class V, and the 11's "07 đô thị
# hiện trạng" and "04 đô thị hình thành mới" (a breakdown by kind: one record per number, spec);
# 2030: 25; 01 class I, 01 class II, 03 class III, 07 class IV, 13 class V; 2050: "khu vực nội
# thành gồm 02 quận", "04 TX mới". Not quantities: "(tăng 06 đô thị so với giai đoạn trước)" (the
# difference against the 2025 figure, a change against an earlier value), "05 xã Lâm Hà" (the
# make-up of one of the two quận, part of its subject; a judgement), "2030", "2050" in the title
# (dates), the list labels "(i)", "(ii)".
# --------------------------------------------------------------------------
D04 = dict(name="04_lamdong-he-thong-do-thi-2025-2030", kind="target", year=2025, records=[
    NT("có «19 đô thị", "đô thị toàn tỉnh", value=19),
    NT("«01 đô thị loại I (TP Đà", town("I") + " (TP Đà Lạt)", value=1),
    NT("«01 đô thị loại II (TP Bảo", town("II") + " (TP Bảo Lộc)", value=1),
    NT("«06 đô thị loại IV", town("IV"), value=6),
    NT("«11 đô thị loại V", town("V"), value=11),
    NT("Gồm «07 đô thị hiện trạng", "đô thị loại V hiện trạng", value=7),
    NT("và «04 đô thị hình thành mới", "đô thị loại V hình thành mới", value=4),
    NT("có «25 đô thị", "đô thị toàn tỉnh", value=25, year=2030),
    NT("«01 đô thị loại I (TP.", town("I") + " (TP. Đà Lạt)", value=1, year=2030),
    NT("«01 đô thị loại II (thành", town("II") + " (thành phố Bảo Lộc)", value=1, year=2030),
    NT("«03 đô thị loại III", town("III"), value=3, year=2030),
    NT("«07 đô thị loại IV", town("IV"), value=7, year=2030),
    NT("«13 đô thị loại V", town("V"), value=13, year=2030),
    NT("gồm «02 quận", "quận khu vực nội thành", value=2, year=2050),
    NT("và «04 TX mới", "TX mới khu vực ngoại thành", value=4, year=2050),
])

# --------------------------------------------------------------------------
# 05 Quảng Nam, the Department of Construction's urban development targets for 2020
# (baoquangnam.vn; the stamp " date 2020-02" written as the first line; nothing cut). Target:
# "công nhận đô thị loại V cho 2 đô thị" (>=, 2020). Results "tính đến thời điểm cuối năm 2019"
# (year 2019): 19 urban areas; 1 class II, 1 class III, 1 class IV, 16 class V; "tỷ lệ đô thị hóa
# đạt 25,9%". Not quantities: "đô thị loại I vào năm 2025", "loại IV", "loại V" (classes, a date).
# --------------------------------------------------------------------------
D05 = dict(name="05_quangnam-muc-tieu-phat-trien-do-thi-2020", kind="result", year=2019, records=[
    NT("cho «2 đô thị", "đô thị được công nhận đô thị loại V", value=2, year=2020),
    N("có «19 đô thị", "đô thị toàn tỉnh", value=19),
    N("gồm «1 đô thị loại II", town("II") + " (TP.Tam Kỳ)", value=1),
    N("«1 đô thị loại III", town("III") + " (TP.Hội An)", value=1),
    N("«1 đô thị loại IV", town("IV") + " (thị xã Điện Bàn)", value=1),
    N("«16 đô thị loại V", town("V"), value=16),
    R("hóa đạt «25,9%", URB, "=", 25.9),
])

# --------------------------------------------------------------------------
# 06 Vĩnh Long, the Mekong delta's urbanisation below the national average, November 2020
# (baovinhlong.com.vn; cut: the comment-box furniture "Thông tin bạn đọc" and "Đóng Lưu thông
# tin"; no byline, no stamp; the lead sentence repeated by the page is kept, a whole line of
# content). Results: the region's rates "1995: 15,7%; 2003: 19,8%; 2014: 25%" (each its year,
# place "vùng ĐBSCL"), the country's "lần lượt là 20%, 25,9% và 33%" (the same years, place "cả
# nước"), Vĩnh Long's "năm 2020 ước đạt 23,26%" (=, 2020). NOT: "(tăng 6,39% so năm 2015)" (a
# change against an earlier value). Not quantities: the years "1995", "2003", "2014", "2015".
# --------------------------------------------------------------------------
REG = dict(place="vùng ĐBSCL")
D06 = dict(name="06_vinhlong-dbscl-ty-le-do-thi-hoa-2020", kind="result", year=2020, records=[
    R("1995: «15,7%", "tỷ lệ đô thị hóa của vùng ĐBSCL", "=", 15.7, year=1995, **REG),
    R("2003: «19,8%", "tỷ lệ đô thị hóa của vùng ĐBSCL", "=", 19.8, year=2003, **REG),
    R("2014: «25%", "tỷ lệ đô thị hóa của vùng ĐBSCL", "=", 25, year=2014, **REG),
    R("lần lượt là «20%", "tỷ lệ đô thị hóa trung bình cả nước", "=", 20, year=1995, **NAT),
    R("«25,9% và", "tỷ lệ đô thị hóa trung bình cả nước", "=", 25.9, year=2003, **NAT),
    R("và «33%", "tỷ lệ đô thị hóa trung bình cả nước", "=", 33, year=2014, **NAT),
    R("ước đạt «23,26%", "tỷ lệ đô thị hóa toàn tỉnh", "=", 23.26),
], NOT=["tăng «6,39%"])

# --------------------------------------------------------------------------
# 07 Hậu Giang, the province's urban network (app.marimbapop.com, a copy of a Hậu Giang newspaper
# article on a page that injects a betting phrase into its title and its first sentence, kept: part
# of lines; cut: the byline "Tin, ảnh: MỘNG TOÀN" with the blank line after it, the section label
# "Thể thao" and the two navigation lines "上一篇:..." and "下一篇:..."). Year 2022 ("Tỷ lệ đô thị
# hóa của tỉnh năm 2022"). Results: 18 urban areas; 1 class II, 2 class III, 15 class V, and "4
# đô thị loại V chưa được công nhận là thị trấn" (counts); "năm 2022 đạt 29,7%"; "Trung bình của
# vùng ĐBSCL khoảng 32%, cả nước khoảng 40%" (~, places); "(năm 2020), dân số thành thị là
# 206.628 người và dân số nông thôn là 523.152 người" (one subject split by population group:
# scopes "thành thị" and "nông thôn", spec; year 2020); "Dân số đô thị chiếm 28,3%" and the
# country's "(34,5%)" (2020, the sentence that follows the statistics of 2020); "hiện đạt khoảng
# 29%" (~, 2022); the shares of intermediate and small urban areas "16,7%", "83,3%" (2022). NOT:
# "tăng 0,7% so với cùng kỳ" (a change against an earlier value).
# --------------------------------------------------------------------------
D07 = dict(name="07_haugiang-mang-luoi-do-thi-2022", kind="result", year=2022, records=[
    N("có «18 đô thị", "đô thị toàn tỉnh", value=18),
    N("(«1 đô thị loại II", town("II"), value=1),
    N("«2 đô thị loại III", town("III"), value=2),
    N("«15 đô thị loại V", town("V"), value=15),
    N("có «4 đô thị loại V chưa", "đô thị loại V chưa được công nhận là thị trấn", value=4),
    R("2022 đạt «29,7%", "Tỷ lệ đô thị hóa của tỉnh", "=", 29.7),
    R("ĐBSCL khoảng «32%", "tỷ lệ đô thị hóa trung bình của vùng ĐBSCL", "~", 32, **REG),
    R("cả nước khoảng «40%", "tỷ lệ đô thị hóa cả nước", "~", 40, **NAT),
    R("là «206.628 người", "dân số", "=", 206628, **CNT, scope="thành thị", year=2020),
    R("là «523.152 người", "dân số", "=", 523152, **CNT, scope="nông thôn", year=2020),
    R("chiếm «28,3%", "Dân số đô thị chiếm tổng dân số toàn tỉnh", "=", 28.3, year=2020),
    R("toàn quốc («34,5%", "Dân số đô thị chiếm tổng dân số toàn quốc", "=", 34.5, year=2020,
      place="toàn quốc"),
    R("hiện đạt khoảng «29%", "Tỷ lệ đô thị hóa của tỉnh", "~", 29),
    R("tỷ lệ «16,7%", "Đô thị trung gian có quy mô trung bình chiếm tỷ lệ", "=", 16.7),
    R("tỷ lệ «83,3%", "đô thị quy mô nhỏ loại V chiếm tỷ lệ", "=", 83.3),
], NOT=["tăng «0,7%"])

# --------------------------------------------------------------------------
# 08 Quảng Ninh, social housing targets (kinhtenet.vn, a section page's first item; nothing cut).
# Targets: "đến năm 2030 xây dựng 25.000 căn nhà ở xã hội" (>=, count, 2030); "Đến năm 2025, ...
# đáp ứng khoảng 50% tổng nhu cầu nhà ở xã hội" (~, 2025). Not quantities: "KCN" (no number).
# --------------------------------------------------------------------------
D08 = dict(name="08_quangninh-nha-o-xa-hoi-2025-2030", kind="target", year=2025, records=[
    NT("dựng «25.000 căn", "căn nhà ở xã hội", value=25000, year=2030),
    R("khoảng «50% tổng", "đáp ứng tổng nhu cầu nhà ở xã hội của các đối tượng có thu nhập thấp", "~",
      50),
])

# --------------------------------------------------------------------------
# 09 Tuyên Quang, the urbanisation target of the provincial Party congress for 2025
# (tuyenquangtv.vn; cut: the banner label "Banner" with the blank line after it). Targets, 2025:
# the title's "tỷ lệ đô thị hóa đạt trên 27%" and the quoted "“Tỷ lệ đô thị hóa trên 27%”" (each
# a statement of the number, two records, >). Not quantities: "XVII" (a name), "2020 - 2025".
# --------------------------------------------------------------------------
D09 = dict(name="09_tuyenquang-ty-le-do-thi-hoa-2025", kind="target", year=2025, records=[
    R("hóa đạt trên «27%", URB, ">", 27),
    R("“Tỷ lệ đô thị hóa trên «27%”", "Tỷ lệ đô thị hóa", ">", 27),
])

# --------------------------------------------------------------------------
# 10 Phú Thọ, the urbanisation target for 2030 (doanhnghiephoinhap.vn, a tag page's item; nothing
# cut). Targets, 2030: the title's "tỷ lệ đô thị hóa 40% vào năm 2030" (bare number, >=) and "đến
# năm 2030 tỷ lệ đô thị hóa đạt từ 35 – 40%" (between). Not quantities: "năm 2045" (a date).
# --------------------------------------------------------------------------
D10 = dict(name="10_phutho-ty-le-do-thi-hoa-2030", kind="target", year=2030, records=[
    R("hóa «40% vào", URB, ">=", 40),
    R("từ «35 – 40%", URB, "between", 35, value_max=40),
])

# --------------------------------------------------------------------------
# 11 Hà Tĩnh, the share of the population living in urban areas, September 2023 (baohatinh.vn, a
# tag page's item; nothing cut; its date "06/09/2023 14:45" is part of the line). Results, 2023:
# the title's "Hà Tĩnh có 31% dân số sống ở đô thị" (=) and "tỷ lệ đô thị hoá của Hà Tĩnh đạt gần
# 31%" (~). Not quantities: "06/09/2023" (a date), "14:45" (a time).
# --------------------------------------------------------------------------
D11 = dict(name="11_hatinh-ty-le-do-thi-hoa-2023", kind="result", year=2023, records=[
    R("có «31% dân số", "dân số sống ở đô thị", "=", 31),
    R("đạt gần «31%", "tỷ lệ đô thị hoá của Hà Tĩnh", "~", 31),
])

# --------------------------------------------------------------------------
# 12 Đồng Nai, the districts behind on the province's waste treatment targets, July 2020
# (baodongnai.com.vn, a section page; cut: seven lines holding only "." (list separators of the
# page)). A precision text: two records. Targets of the Party committee's resolution, year 2020
# (the only year the text gives; the resolution's own year is not named): "thu gom, xử lý 100%
# chất thải rắn sinh hoạt" (>=) and "giảm tỷ lệ chôn lấp chất thải rắn sinh hoạt xuống dưới 15%"
# (<). Not quantities: "3/5 chỉ tiêu", "2 chỉ tiêu còn lại" (counts of targets, as the spec's
# counts of tasks), "tháng 7-2020" (a date).
# --------------------------------------------------------------------------
D12 = dict(name="12_dongnai-chi-tieu-chat-thai-2020-precision", kind="target", year=2020, records=[
    R("xử lý «100% chất", "chất thải rắn sinh hoạt được thu gom, xử lý", ">=", 100),
    R("dưới «15%", "tỷ lệ chôn lấp chất thải rắn sinh hoạt", "<", 15),
])

# --------------------------------------------------------------------------
# 13 Vĩnh Phúc and Bình Định, two towns and class V (thuonghieucongluan.com.vn, a tag page;
# nothing cut). A precision text, no record: "1537/QĐ-UBND" (a document), "30/6/2020" (a date),
# "loại V" (a class), "năm 2035" (a plan's horizon).
# --------------------------------------------------------------------------
D13 = dict(name="13_vinhphuc-binhdinh-do-thi-loai-v-precision", kind="result", year=2020, records=[])

# --------------------------------------------------------------------------
# 14 The Prime Minister's Decision 241/QĐ-TTg on classifying urban areas 2021-2030, as a legal
# site summarises it (hieuluat.vn; cut: the site name "hieuluat" with the blank line after it). A
# precision text, no record: "241/QĐ-TTg" (a document), "24/02/2021" (dates), "2021-2030", "2020",
# "2021 – 2025" (periods), "loại III", "loại II" (classes).
# --------------------------------------------------------------------------
D14 = dict(name="14_qd241-phan-loai-do-thi-2021-precision", kind="result", year=2021, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
