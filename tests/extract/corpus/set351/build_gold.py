#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set351).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds') and adapted to this
set's theme, industrial clusters (cụm công nghiệp), as set270 treated industry. Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of numbers deliberately left without a record;
check_gold.py verifies that every percentage has a record or a NOT entry. No percentage of this set
is left without a record, so no document lists one.

Each record carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: the catalogue lists digital-transformation indicators only,
and none of this set's quantities (clusters planned and established, their land, their capital,
their occupancy, the workers and enterprises in them) is one of them, so every id is null (see
README).

Units: land is unit other "ha" (as set270), money unit other "đồng" with the magnitude words
multiplied in ("30 nghìn tỷ đồng" is 30e12), clusters, parks, enterprises, households, villages and
workers are counts.

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

OTHER = functools.partial(dict, unit="other")  # an amount in a unit of its own, written at the number
HA = OTHER(unit_text="ha")
VND = OTHER(unit_text="đồng")
BILLION = 10 ** 9  # "tỷ"
THOUSAND_BILLION = 10 ** 12  # "nghìn tỷ"
GOAL = functools.partial(R, kind="target")  # a target in a document whose default kind is result
DONE = functools.partial(R, kind="result")  # a result in a document whose default kind is target

# --------------------------------------------------------------------------
# 01 Long An, Đức Hòa district: industry employing more than 154,000 workers, the district's
# industrial parks and clusters, August 2022 (baolongan.vn; cut: the language switch "Tiếng Việt |
# English", the byline date "28/08/2022 - 14:40" (written as the first line `date 2022-08-28`), the
# photo caption "Công nghiệp giải quyết việc làm cho hơn 154.000 lao động trên địa bàn huyện", the
# byline "Thanh Mỹ" and "Chia sẻ bài viết", each with its blank line). Results, year 2022 (the
# byline; "Hiện nay"). The headline's, the lead's and the body's "hơn 154.000 lao động" each a
# record where it stands (set270's headline rule; >). Land: "gần 6.200 ha", "gần 5.200ha", "gần
# 1.000ha" (~), "hơn 2.000ha" (>), "595ha" (=), unit other "ha". Counts: "13 khu công nghiệp", "6
# khu đi vào hoạt động", "20 cụm công nghiệp", "10 cụm đi vào hoạt động" (=). The workers' breakdown
# "(trong khu công nghiệp hơn 72.000 lao động, trong cụm công nghiệp hơn 14.000 lao động, ngoài
# khu-cụm công nghiệp có hơn 68.000 lao động)": one record per number, scope null (a breakdown by
# kind of place, not by administrative level; the spec's breakdown rule). Not quantities: "./."
# (the end mark). Pillar null.
# --------------------------------------------------------------------------
D01 = dict(name="01_longan-duchoa-khu-cum-cong-nghiep-lao-dong-2022", kind="result", year=2022, records=[
    R("cho hơn «154.000 lao động  \n", "công nghiệp góp phần giải quyết việc làm cho lao động", ">", 154000, **CNT),
    R("cho hơn «154.000 lao động trên", "công nghiệp góp phần giải quyết việc làm cho lao động trên địa bàn", ">",
      154000, **CNT),
    R("quy hoạch gần «6.200 ha", "diện tích đất công nghiệp được phê duyệt quy hoạch", "~", 6200, **HA),
    R("gồm có «13 khu", "khu công nghiệp", "=", 13, **CNT),
    R("diện tích gần «5.200ha", "tổng diện tích các khu công nghiệp", "~", 5200, **HA),
    R("(có «6 khu", "khu công nghiệp đi vào hoạt động", "=", 6, **CNT),
    R("diện tích hơn «2.000ha", "diện tích các khu công nghiệp đi vào hoạt động", ">", 2000, **HA),
    R("; «20 cụm", "cụm công nghiệp", "=", 20, **CNT),
    R("diện tích gần «1.000ha", "tổng diện tích các cụm công nghiệp", "~", 1000, **HA),
    R("(có «10 cụm", "cụm công nghiệp đi vào hoạt động", "=", 10, **CNT),
    R("diện tích «595ha", "diện tích các cụm công nghiệp đi vào hoạt động", "=", 595, **HA),
    R("cho hơn «154.000 lao động (", "công nghiệp góp phần giải quyết việc làm cho lao động", ">", 154000, **CNT),
    R("nghiệp hơn «72.000", "lao động trong khu công nghiệp", ">", 72000, **CNT),
    R("nghiệp hơn «14.000", "lao động trong cụm công nghiệp", ">", 14000, **CNT),
    R("có hơn «68.000", "lao động ngoài khu-cụm công nghiệp", ">", 68000, **CNT),
])

# --------------------------------------------------------------------------
# 02 Nghệ An, the province's plan for 59 industrial clusters by 2030, November 2021 (baonghean.vn;
# nothing cut; the crawler's stamp " date 2021-11" written as the first line `date 2021-11`). One
# target: "đến năm 2030, Nghệ An có 59 CCN" (a plan's bare number, >=; year 2030). Not quantities:
# "Nghị định 68 và 66/CP/2020" (the decrees' names), "năm 2030" (a date). Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_nghean-quy-hoach-59-cum-cong-nghiep-2030", kind="target", year=2030, records=[
    R("có «59 CCN", "CCN của Nghệ An theo quy hoạch", ">=", 59, **CNT),
])

# --------------------------------------------------------------------------
# 03 Quảng Nam, the province's plan for industrial clusters to 2025 with a view to 2035
# (Quyết định 3924/QĐ-UBND; baoquangnam.vn; cut: the byline "CHÂU NỮ |" with the blank line after
# it and the closing byline "CHÂU NỮ" with the blank line before it; no date in the text). Targets,
# year 2025 by default ("Mục tiêu đến năm 2025"), 2035 where the sentence says "vào năm 2035".
# The headline's "92 cụm công nghiệp" and the body's "92 CCN" each a record where it stands (>=).
# "tỷ lệ lấp đầy bình quân 75% và đạt 90% vào năm 2035": 2025 and 2035 (>=). The output share
# "25%" and its value "tương ứng với 30 nghìn tỷ đồng" (30e12, "nghìn tỷ" multiplies both words, as
# set270), "35 nghìn tỷ đồng vào năm 2035"; the workers' share "20%", "35 nghìn người" (count,
# 35000) and "40 nghìn người vào năm 2035"; "hơn 2.280ha" and "hơn 2.613ha vào năm 2035" (>). The
# districts with many clusters "Đại Lộc (18 cụm), Hiệp Đức (11 cụm), Điện Bàn (10 cụm)" (counts of
# the plan, >=, each with its district as place) and "Bắc Trà My, Nam Trà My, Hội An mỗi nơi có 1
# CCN" (one number stated once for three places: one record, place null). Not quantities: "3924/QĐ-UBND"
# (a document), "năm 2025", "năm 2035", "năm 2020" (dates: 2020 is the year of an aim with no
# number), "giá so sánh 2010" (the base year of prices). Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_quangnam-quy-hoach-92-cum-cong-nghiep-2025", kind="target", year=2025, records=[
    R("Quảng Nam có «92 cụm", "cụm công nghiệp của Quảng Nam", ">=", 92, **CNT),
    R("bình quân «75%", "tỷ lệ lấp đầy bình quân các CCN trong quy hoạch", ">=", 75),
    R("đạt «90% vào", "tỷ lệ lấp đầy bình quân các CCN trong quy hoạch", ">=", 90, year=2035),
    R("tỷ trọng «25%", "giá trị sản xuất công nghiệp tại các CCN chiếm tỷ trọng giá trị sản xuất công nghiệp "
      "của toàn tỉnh", ">=", 25),
    R("với «30 nghìn tỷ", "giá trị sản xuất công nghiệp tại các CCN", ">=", 30 * THOUSAND_BILLION, **VND),
    R("đạt «35 nghìn tỷ", "giá trị sản xuất công nghiệp tại các CCN", ">=", 35 * THOUSAND_BILLION, **VND,
      year=2035),
    R("tỷ trọng «20%", "lao động tại các CCN chiếm tỷ trọng trong tổng số lao động của ngành công nghiệp",
      ">=", 20),
    R("với «35 nghìn người", "lao động tại các CCN", ">=", 35000, **CNT),
    R("và «40 nghìn người", "lao động tại các CCN", ">=", 40000, **CNT, year=2035),
    R("quy mô «92 CCN", "CCN của Quảng Nam", ">=", 92, **CNT),
    R("hơn «2.280ha", "tổng diện tích các CCN", ">", 2280, **HA),
    R("hơn «2.613ha", "tổng diện tích các CCN", ">", 2613, **HA, year=2035),
    R("(«18 cụm)", "cụm công nghiệp của Đại Lộc", ">=", 18, **CNT, place="Đại Lộc"),
    R("(«11 cụm)", "cụm công nghiệp của Hiệp Đức", ">=", 11, **CNT, place="Hiệp Đức"),
    R("(«10 cụm)", "cụm công nghiệp của Điện Bàn", ">=", 10, **CNT, place="Điện Bàn"),
    R("có «1 CCN", "CCN của mỗi địa phương Bắc Trà My, Nam Trà My, Hội An", ">=", 1, **CNT),
])

# --------------------------------------------------------------------------
# 04 Thanh Hóa, the province's industrial clusters planned and established, December 2022
# (moitruongvadothi.vn, a tag page's lead item; cut: the byline date "Thứ ba, 06/12/2022 01:27
# (GMT+7)", written as the first line `date 2022-12-06`). Results, year 2022 ("hiện"): "91 cụm công
# nghiệp" planned with "3.382,66 ha"; "38 CCN" established with "1.398,54 ha", "tổng mức đầu tư đăng
# ký 9.875,4 tỷ đồng", "vốn đầu tư hiện đạt 1.666,2 tỷ đồng" (=; ha and đồng as other). Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_thanhhoa-91-cum-cong-nghiep-quy-hoach-2022", kind="result", year=2022, records=[
    R("phát triển «91 cụm", "cụm công nghiệp (CCN) đã quy hoạch phát triển", "=", 91, **CNT),
    R("diện tích «3.382,66 ha", "tổng diện tích các CCN đã quy hoạch", "=", 3382.66, **HA),
    R("được «38 CCN", "CCN đã thành lập", "=", 38, **CNT),
    R("diện tích «1.398,54 ha", "tổng diện tích các CCN đã thành lập", "=", 1398.54, **HA),
    R("đăng ký «9.875,4 tỷ", "tổng mức đầu tư đăng ký các CCN đã thành lập", "=", 9875.4 * BILLION, **VND),
    R("hiện đạt «1.666,2 tỷ", "vốn đầu tư hiện đạt các CCN đã thành lập", "=", 1666.2 * BILLION, **VND),
])

# --------------------------------------------------------------------------
# 05 Hà Nội, the city's 2024 plan for industrial clusters (beta-hn.tek4tv.vn, a video page's
# lead; nothing cut; no byline). Year 2024 ("ngay từ đầu năm 2024 ... trong năm nay"). The result
# "Hà Nội có 1.350 làng nghề và làng có nghề" (=, count; the city's craft villages as set270
# counted them). Targets of the plan: "đầu tư mới 10 - 15 cụm công nghiệp" (between 10 and 15),
# "tháo gỡ khó khăn cho khoảng 15 - 20 cụm công nghiệp" (between 15 and 20: a range after
# "khoảng" is a range, as set137 and set141). Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_hanoi-go-kho-cum-cong-nghiep-2024", kind="target", year=2024, records=[
    DONE("có «1.350 làng", "làng nghề và làng có nghề Hà Nội có", "=", 1350, **CNT),
    R("mới «10 - 15 cụm", "cụm công nghiệp thành phố đầu tư mới", "between", 10, value_max=15, **CNT),
    R("khoảng «15 - 20 cụm", "cụm công nghiệp đã xây dựng nhưng chưa thể đưa vào hoạt động thành phố tháo gỡ khó khăn",
      "between", 15, value_max=20, **CNT),
])

# --------------------------------------------------------------------------
# 06 Hưng Yên, the province's 2026 targets for industrial clusters (happyvietnam.vnanet.vn, a
# keyword page's lead item; nothing cut; no byline). Targets, year 2026: "thành lập ít nhất 15
# cụm công nghiệp" (>=), "giải phóng mặt bằng trên 600ha", "hạ tầng kỹ thuật trên 300ha" (>, ha),
# "phấn đấu có 300 doanh nghiệp công nghiệp đi vào hoạt động" (bare, >=), "giá trị sản xuất tăng
# thêm của ngành công nghiệp đạt hơn 79.500 tỷ đồng" (>), "tăng trưởng ngành đạt trên 14%" (>; a
# target stated as a growth rate). Not quantities: "tăng trưởng 2 con số" (double-digit growth: a
# number of digits, no value), "năm 2026" (dates). Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_hungyen-muc-tieu-cum-cong-nghiep-2026", kind="target", year=2026, records=[
    R("ít nhất «15 cụm", "cụm công nghiệp thành lập", ">=", 15, **CNT),
    R("trên «600ha", "hoàn thành giải phóng mặt bằng", ">", 600, **HA),
    R("trên «300ha", "đầu tư xây dựng hạ tầng kỹ thuật", ">", 300, **HA),
    R("có «300 doanh", "doanh nghiệp công nghiệp đi vào hoạt động", ">=", 300, **CNT),
    R("hơn «79.500 tỷ", "giá trị sản xuất tăng thêm của ngành công nghiệp", ">", 79500 * BILLION, **VND),
    R("trên «14%", "tăng trưởng ngành công nghiệp", ">", 14),
])

# --------------------------------------------------------------------------
# 07 Lào Cai, the header and aims of the province's plan 390/KH-UBND (11 September 2024) for
# industrial parks and clusters to 2030 (thuvienphapluat.vn; nothing cut; the excerpt ends in
# "nhiệm v", before the plan's targets). A precision text, no record: "390/KH-UBND",
# "35/2022/NĐ-CP", "32/2024/NĐ-CP", "316/QĐ-TTg" (documents), "ngày 11 tháng 9 năm 2024",
# "28/5/2022", "15/3/2024", "29/3/2023" (dates), "2021 - 2030", "2021-2030" (periods), "năm 2030",
# "năm 2050" (dates), the section labels "I.", "1.", "2.". As set270's 10 (Lạng Sơn's plan header).
# --------------------------------------------------------------------------
D07 = dict(name="07_laocai-ke-hoach-khu-cum-cong-nghiep-2024-precision", kind="target", year=2024, records=[])

# --------------------------------------------------------------------------
# 08 Nam Định, three industrial clusters established on 20 February 2025, and the province's other
# clusters and parks (realtier.net; nothing cut but the excerpt's opening empty line; no byline;
# the excerpt ends in "thương mại v"). Results, year 2025 (the decision's "Ngày 20/2/2025"). Each
# cluster's area (ha) and capital (đồng) as written: "gần 2.500 tỷ" (~, the three together), "53,5ha",
# "712 tỷ", "75ha", "876 tỷ", "69,04ha", "899 tỷ" (=), "gần 75ha" (~), "hơn 1.000 tỷ" (>), "50ha",
# "666 tỷ" (=); the parks approved "KCN Hải Long (1.086,49ha)", "KCN Minh Châu (296,8ha)" (=) and
# the economic zone's "quy mô gần 14.000ha" (~). Each record names its cluster in the indicator
# (a cluster is no province or commune: no place). Not quantities: "ba Cụm công nghiệp" (a word,
# no digit), "quý I/2026", "sau 24 tháng" (a time and the construction's length), "Giai đoạn I
# (2024-2027)", "(2024-2027)" (periods). Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_namdinh-thanh-lap-ba-cum-cong-nghiep-2025", kind="result", year=2025, records=[
    R("gần «2.500 tỷ", "tổng vốn đầu tư ba CCN Hợp Hưng, Yến Châu và Kim Thái", "~", 2500 * BILLION, **VND),
    R("diện tích «53,5ha", "diện tích CCN Hợp Hưng", "=", 53.5, **HA),
    R("vốn đầu tư «712 tỷ", "vốn đầu tư CCN Hợp Hưng", "=", 712 * BILLION, **VND),
    R("rộng «75ha", "diện tích CCN Yến Châu", "=", 75, **HA),
    R("tổng vốn «876 tỷ", "tổng vốn CCN Yến Châu", "=", 876 * BILLION, **VND),
    R("diện tích «69,04ha", "diện tích CCN Kim Thái", "=", 69.04, **HA),
    R("tổng vốn «899 tỷ", "tổng vốn CCN Kim Thái", "=", 899 * BILLION, **VND),
    R("(gần «75ha", "diện tích CCN Nghĩa Phong", "~", 75, **HA),
    R("hơn «1.000 tỷ", "vốn đầu tư CCN Nghĩa Phong", ">", 1000 * BILLION, **VND),
    R("(«50ha", "diện tích CCN Nam Thanh", "=", 50, **HA),
    R("vốn «666 tỷ", "vốn CCN Nam Thanh", "=", 666 * BILLION, **VND),
    R("(«1.086,49ha)", "diện tích quy hoạch KCN Hải Long", "=", 1086.49, **HA),
    R("(«296,8ha)", "diện tích quy hoạch KCN Minh Châu", "=", 296.8, **HA),
    R("gần «14.000ha", "quy mô Khu kinh tế Ninh Cơ", "~", 14000, **HA),
])

# --------------------------------------------------------------------------
# 09 Bình Định, the scheme of land for industrial clusters 2020-2025 (Quyết định 4180/QĐ-UBND),
# October 2021 (nangluongsachvietnam.vn, a tag page's item; cut: the byline "    08:43 |
# 27/10/2021" with the blank line after it, written as the first line `date 2021-10-27`; the
# excerpt ends in "cụm công..."). Targets of the scheme, year 2025 (the period's end, as set270):
# the headline's "dành hơn 600 ha đất" (>) "để phát triển 41 cụm công nghiệp" (bare, >=) and the
# body's "dự kiến đầu tư xây dựng 41 cụm công..." (>=, a record where it stands). Not quantities:
# "4180/QĐ-UBND" (a document), "2020 - 2025" (a period). Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_binhdinh-quy-dat-41-cum-cong-nghiep-2021", kind="target", year=2025, records=[
    R("hơn «600 ha", "quỹ đất dành để phát triển cụm công nghiệp", ">", 600, **HA),
    R("triển «41 cụm", "cụm công nghiệp phát triển", ">=", 41, **CNT),
    R("xây dựng «41 cụm", "cụm công nghiệp dự kiến đầu tư xây dựng", ">=", 41, **CNT),
])

# --------------------------------------------------------------------------
# 10 Bắc Ninh, closing and relocating the paper mills of Phong Khê ward, September 2024
# (thuonghieucongluan.com.vn, a topic page with two items; cut: the site's line "Cơ quan Trung
# ương của Hiệp hội Chống hàng giả & Bảo vệ thương hiệu Việt Nam" and the topic label "Topic: Di
# dời", each with its blank line; the items' own dates stay, as lines of the listing). A precision
# text, one record: "còn 132 đơn vị sản xuất giấy tại khu dân cư phường Phong Khê đang hoạt động"
# (=, count; year 2024, the item's "06/09/2024"). Not quantities: "06/09/2024", "07/09/2024",
# "31/12/2024", "(7/9)" (dates), "05:53", "15:58" (times), "cơn bão số 3" (a storm's name). Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_bacninh-phong-khe-di-doi-co-so-2024-precision", kind="result", year=2024, records=[
    R("còn «132 đơn vị", "đơn vị sản xuất giấy tại khu dân cư phường Phong Khê đang hoạt động", "=", 132, **CNT),
])

# --------------------------------------------------------------------------
# 11 Bắc Ninh, relocating 228 paper households of Phong Khê ward out of residential areas by the
# end of 2024 (moitruong.net.vn, a tag page's item; cut: the tag label "làng nghề" with the blank
# line after it; no byline). A precision text, two records: the headline's and the body's "228 hộ
# sản xuất, kinh doanh giấy" to be relocated "trước ngày 31/12/2024" (a target, bare, >=; year 2024,
# each a record where it stands). Not quantities: "31/12/2024", "31/12/2029" (dates), "5 năm sau"
# (a time span), "2 cụm công nghiệp Phong Khê I và Phong Khê II" (the number of the clusters named
# after it, as set193's "15 xã ... bao gồm"; a judgement), "I", "II" (names). Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_bacninh-di-doi-ho-giay-cum-cong-nghiep-2024-precision", kind="target", year=2024, records=[
    R("di dời «228 hộ", "hộ sản xuất, kinh doanh giấy di dời ra khỏi khu dân cư", ">=", 228, **CNT),
    R("«228 hộ sản xuất, kinh doanh giấy ở", "hộ sản xuất, kinh doanh giấy ở phường Phong Khê phải di dời, dừng "
      "hoạt động", ">=", 228, **CNT),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
