#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set345).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'), with set339's
units for a theme outside digital transformation. Each record is written by hand below; its anchor
is never typed in. A record names a locator: a piece of the text with « just before the number. The
locator (without «) must occur exactly once in the text; the anchor is where « stands.
`start`/`end` (the clause that states the quantity) are computed as in the seeds' builder.

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: a result's change against an earlier
value, "tăng 15% so với năm 2023"); check_gold.py verifies that every percentage has a record or a
NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
The theme of this set (timber, wood processing, forest-product exports, certified forest) has no
indicator in the catalogue, whose indicators are those of digital transformation: every id is null.

Units: forest areas "ha" (also "ha/năm"), wood volumes "m3" / "m3/năm", yields "m3/ha/chu kỳ N năm",
pulp and paper "tấn/năm", multiples "lần" are unit `other` with the unit as written; money is
`other` "USD" / "đồng" with the magnitude word multiplied in (the spec's decided case); numbers of
things (enterprises, processing facilities, projects, workers, production lines, products,
countries, members) are `count`; rates and shares, also "%/năm", are `%`.

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
from goldkit import R, CNT, RANK, T, RES  # noqa: E402


amount = functools.partial(dict, unit="other")  # unit `other`, its unit as written: amount(unit_text="ha")
HA, M3, USD, DONG = amount(unit_text="ha"), amount(unit_text="m3"), amount(unit_text="USD"), amount(unit_text="đồng")
M3Y, TONY = amount(unit_text="m3/năm"), amount(unit_text="tấn/năm")
B, M, K = 1e9, 1e6, 1e3  # tỷ, triệu, nghìn/ngàn
T25 = dict(kind="target", year=2025)
T30 = dict(kind="target", year=2030)

# --------------------------------------------------------------------------
# 01 Bình Định, the wood association's review of 2024 and its aim for 2025 (technowood.vn; nothing
# cut; no byline, no stamp; the excerpt ends in "sản ph"). Year 2024 (the review "năm 2024").
# Results: "tổng kim ngạch xuất khẩu gỗ của tỉnh đạt gần 1,1 tỷ USD" (~), "chiếm khoảng 62% tổng kim
# ngạch xuất khẩu toàn tỉnh" (~), the country's "kim ngạch toàn ngành ước đạt 16,2 tỷ USD" (=, spec's
# ước đạt; the country: no place), "thu hút 31 dự án đầu tư với tổng vốn đăng ký khoảng 3.379 tỷ
# đồng" (count =, money ~), "hơn 370 doanh nghiệp ... với tổng vốn đầu tư vượt 30.000 tỷ đồng, tạo
# việc làm ổn định cho hơn 30.000 lao động" (>, three records). Targets under the heading "Chiến
# lược phát triển ngành gỗ Bình Định năm 2025": "kim ngạch xuất khẩu tăng 7%-10%" (between: a target
# stated as a change, spec), "ước đạt 1,2 tỷ USD" (>=: a target's đạt, the "ước" read as in the
# spec's result "ước đạt", where it changes no op). NOT: the changes "tăng 15% so với năm 2023",
# "(tăng 20,3% so với năm trước)", "tăng 5,8% so với năm 2023". Not quantities: "năm 2023", "năm
# 2024", "năm 2025" (dates), "bốn trung tâm" (a word, no digit). Pillar null, ids null.
# --------------------------------------------------------------------------
D01 = dict(name="01_binhdinh-xuat-khau-go-2024-muc-tieu-2025", kind="result", year=2024, records=[
    R("đạt gần «1,1 tỷ USD", "tổng kim ngạch xuất khẩu gỗ của tỉnh", "~", 1.1 * B, **USD),
    R("chiếm khoảng «62%", "kim ngạch xuất khẩu gỗ chiếm tổng kim ngạch xuất khẩu toàn tỉnh", "~", 62),
    R("ước đạt «16,2 tỷ USD", "kim ngạch xuất khẩu toàn ngành gỗ Việt Nam", "=", 16.2 * B, **USD),
    R("thu hút «31 dự án", "dự án đầu tư vào lĩnh vực chế biến gỗ thu hút", "=", 31, **CNT),
    R("khoảng «3.379 tỷ đồng", "tổng vốn đăng ký của các dự án đầu tư vào chế biến gỗ", "~", 3379 * B, **DONG),
    R("có hơn «370 doanh nghiệp", "doanh nghiệp chế biến, xuất khẩu gỗ toàn tỉnh", ">", 370, **CNT),
    R("vượt «30.000 tỷ đồng", "tổng vốn đầu tư của các doanh nghiệp chế biến, xuất khẩu gỗ", ">", 30000 * B,
      **DONG),
    R("cho hơn «30.000 lao động", "lao động địa phương có việc làm ổn định", ">", 30000, **CNT),
    R("tăng «7%-10%", "kim ngạch xuất khẩu gỗ tăng", "between", 7, value_max=10, **T25),
    R("ước đạt «1,2 tỷ USD", "kim ngạch xuất khẩu gỗ", ">=", 1.2 * B, **USD, **T25),
], NOT=["tăng «15% so", "(tăng «20,3%", "tăng «5,8%"])

# --------------------------------------------------------------------------
# 02 Bình Định, the chairman of the province at the opening of Q-FAIR 2024 (dulichdoisong.vn; cut:
# the image title "Sự kiện - 'Thủ phủ ngành gỗ' Bình Định đẩy mạnh đầu tư, xuất khẩu" and the photo
# caption "Lãnh đạo tỉnh Bình Định, ... cắt băng khai mạc hội chợ ngành gỗ lần đầu tiên tại Bình
# Định.", each with the blank line after it; no byline, no stamp; the excerpt ends in ", b"). Year
# 2024 (the fair's "Q-FAIR 2024"). Results: "diện tích đất rừng và lâm nghiệp tỉnh 415.700ha" (=,
# "ha": the forest and forestry land reported, as the earlier sets' forest areas; a judgement
# beside the province's natural area, which no set records), "độ che phủ rừng đạt hơn 57%" (>),
# "gần 10.000ha rừng trồng cây gỗ lớn" (~), "15.000ha rừng được cấp chứng chỉ ... (FSC)" (=).
# Targets "Dự kiến, năm 2025, ... đạt 10.000 ha, gần 16.000 ha rừng FSC" (>=, ~; 2025) and "Đến năm
# 2030, tỉnh phát triển 50.000ha" (>=, 2030). Not quantities: "9/3" (a date), "2016-2025", "năm
# 2035" (the scheme's period), "Q-FAIR 2024" (a name). Pillar null, ids null.
# --------------------------------------------------------------------------
D02 = dict(name="02_binhdinh-qfair-rung-fsc-go-lon-2024", kind="result", year=2024, records=[
    R("tỉnh «415.700ha", "diện tích đất rừng và lâm nghiệp tỉnh", "=", 415700, **HA),
    R("đạt hơn «57%", "độ che phủ rừng", ">", 57),
    R("triển gần «10.000ha", "rừng trồng cây gỗ lớn toàn tỉnh đã phát triển", "~", 10000, **HA),
    R("lớn, «15.000ha", "rừng được cấp chứng chỉ quản lý rừng bền vững (FSC)", "=", 15000, **HA),
    R("tỉnh đạt «10.000 ha", "tổng diện tích rừng trồng cây gỗ lớn tỉnh", ">=", 10000, **HA, **T25),
    R("gần «16.000 ha", "rừng FSC", "~", 16000, **HA, **T25),
    R("triển «50.000ha", "rừng trồng sản xuất cây gỗ lớn tỉnh phát triển", ">=", 50000, **HA, **T30),
])

# --------------------------------------------------------------------------
# 03 Yên Bái, the province's targets for large-timber plantations (baoyenbai.com.vn, print view;
# cut: the byline date "  • Cập nhật: Thứ năm, 25/2/2021 | 11:29:41 AM" with the blank line after
# it, written as the first line `date 2021-02-25`, and the byline "Mạnh Cường - Hoài Văn" with the
# blank line before it). Kind target, year 2025 ("đặt mục tiêu đến năm 2025"): "tỷ lệ che phủ rừng
# đạt 65%" (>=), "đạt trên 500 ngàn m3" (>, "m3"), "diện tích trên 40.000 ha" (>), "lên trên 60%"
# (>). One result: "tỷ lệ gỗ xẻ từ 25% - 30% hiện nay" (between, the page's year 2021). Not
# quantities: "năm 2025" (thrice, dates). Pillar null, ids null.
# --------------------------------------------------------------------------
D03 = dict(name="03_yenbai-rung-go-lon-muc-tieu-2025", kind="target", year=2025, records=[
    R("rừng đạt «65%", "tỷ lệ che phủ rừng", ">=", 65),
    R("đạt trên «500 ngàn m3", "sản lượng gỗ rừng trồng khai thác hàng năm", ">", 500 * K, **M3),
    R("tích trên «40.000 ha", "vùng trồng rừng gỗ lớn hình thành", ">", 40000, **HA),
    R("từ «25% - 30%", "tỷ lệ gỗ xẻ hiện nay", "between", 25, value_max=30, **RES, year=2021),
    R("lên trên «60%", "tỷ lệ gỗ xẻ", ">", 60),
])

# --------------------------------------------------------------------------
# 04 Quảng Trị, the conference on extending FSC-certified plantations (kontumtv.vn; cut: the image
# text "Quang Tri trien khai nhan rong rung trong cap chung chi FSC", the byline "Phan Khiêm" (with
# its leading spaces) and "Đài PT-TH Quảng Trị", the comment form "Trả lời" and "Email của bạn ...
# đánh dấu *", each with the blank line before it; no date). No year in the text: the result
# "Đến nay, ... diện tích rừng trồng được cấp chứng chỉ FSC là 22.158 ha" has year null (as set339's
# undated "Đến nay"). Targets "đến năm 2025" (2025): "khoảng 42.000 ha" (~), "đạt trên 60% cho gỗ
# lớn và 40% cho gỗ nhỏ" (two records: "trên" binds the first number only, as set339 read "trên 60%
# ... và 100%"; the timber grades are kinds of thing, scope null), "khoảng 800.000 – 1.000.000 m3
# gỗ xẻ" (between: one range, the "khoảng" on a range read as the range). Not quantities: "lớn nhất
# trong cả nước" (no number), "hai đối tượng" (a word). Pillar null, ids null.
# --------------------------------------------------------------------------
D04 = dict(name="04_quangtri-rung-trong-fsc-muc-tieu-2025", kind="result", year=None, records=[
    R("FSC là «22.158 ha", "diện tích rừng trồng được cấp chứng chỉ FSC", "=", 22158, **HA),
    R("khoảng «42.000 ha", "rừng trồng gỗ lớn đạt tiêu chí quản lí rừng FSC", "~", 42000, **HA, **T25),
    R("đạt trên «60% cho", "chất lượng rừng đạt cho gỗ lớn", ">", 60, **T25),
    R("và «40% cho", "chất lượng rừng đạt cho gỗ nhỏ", ">=", 40, **T25),
    R("khoảng «800.000 – 1.000.000 m3", "gỗ xẻ cung cấp cho thị trường mỗi năm", "between", 800000,
      value_max=1000000, **M3, **T25),
])

# --------------------------------------------------------------------------
# 05 Bình Dương, wood exports of the first six months of 2024 (hoanggiaphat.vn, quoting
# baobinhduong.vn; cut: the source line "Nguồn: baobinhduong.vn", the comment link "Trả lời" and the
# contact widget "0901 455 726", "NHẮN TIN", with the blank lines before them). Year 2024. Results:
# "đạt giá trị kim ngạch xuất khẩu 3.020,6 triệu USD" (=), "chiếm 38% giá trị xuất khẩu của ngành
# gỗ Việt Nam và 18,5% tổng kim ngạch xuất khẩu của tỉnh" (two shares, =), and the markets' shares
# "Mỹ ... với 82,9%", "EU chiếm 4,3%", "Nhật Bản chiếm 3,1%", "Canada chiếm 2,5%", "Hàn Quốc chiếm
# 1,7%", "Úc chiếm 1,1%" (=, each its market in the indicator; countries are not `place`). NOT: the
# changes "tăng hơn 23% so với cùng kỳ" and each market's "tăng 25,5%" ... "tăng 5,6%" (so [với]
# cùng kỳ). Not quantities: "6 tháng đầu năm 2024" (a period), "số một" (a word). Pillar null.
# --------------------------------------------------------------------------
SHARE = "thị trường chiếm trong kim ngạch xuất khẩu gỗ: "
D05 = dict(name="05_binhduong-xuat-khau-go-6-thang-2024", kind="result", year=2024, records=[
    R("xuất khẩu «3.020,6 triệu USD", "giá trị kim ngạch xuất khẩu của ngành chế biến gỗ của tỉnh 6 tháng đầu năm",
      "=", 3020.6 * M, **USD),
    R("chiếm «38%", "kim ngạch xuất khẩu gỗ của tỉnh chiếm giá trị xuất khẩu của ngành gỗ Việt Nam", "=", 38),
    R("và «18,5%", "kim ngạch xuất khẩu gỗ chiếm tổng kim ngạch xuất khẩu của tỉnh", "=", 18.5),
    R("với «82,9%", SHARE + "Mỹ", "=", 82.9),
    R("EU chiếm «4,3%", SHARE + "EU", "=", 4.3),
    R("Bản chiếm «3,1%", SHARE + "Nhật Bản", "=", 3.1),
    R("Canada chiếm «2,5%", SHARE + "Canada", "=", 2.5),
    R("Quốc chiếm «1,7%", SHARE + "Hàn Quốc", "=", 1.7),
    R("Úc chiếm «1,1%", SHARE + "Úc", "=", 1.1),
], NOT=["tăng hơn «23%", "tăng «25,5%", "tăng «15,5%", "tăng «8,6%", "tăng «5,8%", "tăng «4,8%", "tăng «5,6%"])

# --------------------------------------------------------------------------
# 06 Nghệ An, the province's workshop on wood and forest-product processing, September 2025
# (vneconomy.vn; cut: the byline "Nguyễn Thuấn" and its date "16/09/2025, 08:53", written as the
# first line `date 2025-09-16`; the page's lines break inside sentences and are kept; the excerpt
# ends in "chế biến gỗ và "). Results: of "tính đến năm 2024" (2024): "tổng diện tích có rừng ...
# đạt hơn 973.000 ha" (>), "rừng tự nhiên chiếm 790.396,60 ha" (=), "rừng trồng hơn 182.615 ha"
# (>), "63.120 ha rừng trồng chưa đạt tiêu chí thành rừng" (=); of the page's present ("hiện có",
# "Đến nay": 2025, the byline's year, as set339): "trên 34.000 ha rừng trồng gỗ lớn, chiếm gần 20%"
# (>, ~), "diện tích rừng được cấp chứng chỉ ... đạt 32.630 ha, trong đó rừng trồng chiếm 30.880 ha,
# rừng tự nhiên 1.749 ha" (three, =), "3.088 ha rừng tự nhiên có giá trị bảo tồn cao" (=), "hơn
# 1.050 cơ sở chế biến gỗ" (>, count); of "giai đoạn 2020 – 2024" (2024, the period's end): "diện
# tích rừng trồng hàng năm duy trì gần 20.000 ha" (~), "đạt 7,9 triệu m3" (=), "bình quân 1,58 triệu
# m3/năm" (=, "m3/năm"), "Riêng năm 2024 đạt 1,74 triệu m3" (=), "tốc độ tăng trưởng bình quân
# khoảng 20%/năm" (~, %: the average growth of a period is a rate reached, as the earlier sets'
# "tốc độ tăng trưởng bình quân", not a change against one earlier value). Not quantities:
# "15/9/2025", "2025 – 2030" (dates). Pillar null, ids null.
# --------------------------------------------------------------------------
Y24 = dict(year=2024)
D06 = dict(name="06_nghean-rung-chung-chi-che-bien-go-2025", kind="result", year=2025, records=[
    R("đạt hơn «973.000 ha", "tổng diện tích có rừng toàn tỉnh", ">", 973000, **HA, **Y24),
    R("chiếm «790.396,60 ha", "rừng tự nhiên", "=", 790396.6, **HA, **Y24),
    R("trồng hơn «182.615 ha", "rừng trồng", ">", 182615, **HA, **Y24),
    R("có «63.120 ha", "rừng trồng chưa đạt tiêu chí thành rừng", "=", 63120, **HA, **Y24),
    R("có trên «34.000 ha", "rừng trồng gỗ lớn", ">", 34000, **HA),
    R("chiếm gần «20%", "rừng trồng gỗ lớn chiếm diện tích rừng trồng", "~", 20),
    R("đạt «32.630 ha", "diện tích rừng được cấp chứng chỉ quản lý rừng bền vững", "=", 32630, **HA),
    R("chiếm «30.880", "diện tích rừng được cấp chứng chỉ: rừng trồng", "=", 30880, **HA),
    R("nhiên «1.749 ha", "diện tích rừng được cấp chứng chỉ: rừng tự nhiên", "=", 1749, **HA),
    R("Bên cạnh đó, «3.088 ha", "rừng tự nhiên có giá trị bảo tồn cao (HCVs) được "
      "đưa vào diện quản lý nghiêm ngặt", "=", 3088, **HA),
    R("trì gần «20.000 ha", "diện tích rừng trồng hàng năm", "~", 20000, **HA, **Y24),
    R("đạt «7,9 triệu m3", "sản lượng khai thác gỗ giai đoạn 2020 – 2024", "=", 7.9 * M, **M3, **Y24),
    R("bình quân «1,58 triệu m3/năm", "sản lượng khai thác gỗ bình quân", "=", 1.58 * M, **M3Y, **Y24),
    R("đạt\n«1,74 triệu m3", "sản lượng khai thác gỗ năm 2024", "=", 1.74 * M, **M3, **Y24),
    R("khoảng «20%/năm", "tốc độ tăng trưởng bình quân sản lượng khai thác gỗ", "~", 20, **Y24),
    R("có hơn «1.050 cơ sở", "cơ sở chế biến gỗ toàn tỉnh", ">", 1050, **CNT),
])

# --------------------------------------------------------------------------
# 07 Thừa Thiên Huế, the workshop on converting acacia plantations to FSC large timber
# (sinhthainongnghiep.net.vn, print view; nothing cut; no byline, no stamp; the excerpt ends in "nỗ
# l"). Year 2022 ("Tính đến năm 2022"). Results (=, "ha"): "diện tích rừng trồng sản xuất gỗ lớn ...
# đạt 11.316,55 ha, trong đó có 394,69 ha ... cây bản địa; 10.921,86 ha ... Keo" (three, each its
# own subject, scope null: kinds of tree), "nâng tổng diện tích ... được cấp chứng chỉ ... đạt
# 11.300,72 ha. Trong đó, diện tích có chứng chỉ FSC: 10.484,15 ha, ... VFCS/PEFC là 816,57 ha"
# (three). Not quantities: "đã tăng thêm 592 ha" (a result's change against the earlier total, as an
# earlier set's "tăng thêm hơn 4.200"). Pillar null, ids null.
# --------------------------------------------------------------------------
D07 = dict(name="07_thuathienhue-rung-go-lon-fsc-2022", kind="result", year=2022, records=[
    R("đạt «11.316,55 ha", "diện tích rừng trồng sản xuất gỗ lớn trên địa bàn tỉnh", "=", 11316.55, **HA),
    R("có «394,69 ha", "rừng trồng sản xuất các loài cây bản địa", "=", 394.69, **HA),
    R("; «10.921,86 ha", "rừng trồng sản xuất gỗ các loài Keo", "=", 10921.86, **HA),
    R("đạt «11.300,72 ha", "tổng diện tích rừng trồng được cấp chứng chỉ quản lý rừng bền vững toàn tỉnh", "=",
      11300.72, **HA),
    R("FSC: «10.484,15 ha", "diện tích có chứng chỉ FSC", "=", 10484.15, **HA),
    R("là «816,57 ha", "diện tích có chứng chỉ VFCS/PEFC", "=", 816.57, **HA),
])

# --------------------------------------------------------------------------
# 08 Quảng Nam, the provincial party committee's resolution 15-NQ/TU on forests and its targets,
# with the department's figures (cremsud.org.vn; nothing cut; no byline, no stamp; the excerpt ends
# in "đất ch"). No year of the page: document year null, each record naming its own (as set339's
# 04). Targets "phấn đấu đến năm 2025" (2025): "tốc độ tăng giá trị sản xuất lâm nghiệp đạt 5 –
# 5,5%/năm" (between, %), "giá trị sản xuất gỗ và sản phẩm gỗ đạt khoảng 5.600 tỷ đồng" (~), "Giá
# trị thu nhập từ rừng trồng ... tăng bình quân khoảng 1,5 lần/đơn vị diện tích so với năm 2020" (~,
# other "lần/đơn vị diện tích": a target stated as a change, spec), its bracket "(bình quân 150
# m3/ha/chu kỳ 10 năm)" (>=, the bracket states the value, spec), "có ít nhất 20% diện tích (30.000
# ha)" (>=, two records: the share and its bracket's area); "đến năm 2030 ... đạt ít nhất 30% diện
# tích, tương đương 45.000 ha" (>=, two; 2030). Results, no year named (null): "hàng năm diện tích
# trồng rừng bình quân hơn 19 nghìn ha. Trong đó trồng mới hơn 4,5 nghìn ha và trồng lại sau khai
# thác gần 14,6 nghìn ha" (>, >, ~), "Sản lượng gỗ khai thác ... bình quân hằng năm đạt khoảng 1,450
# triệu m3" (~; the decimal comma read as the spec says: 1.45 million), "năng suất rừng bình quân đạt
# 70 -75 m3/ha/chu kỳ 5 năm" (between), "diện tích rừng trồng hiện có (gần 217 nghìn ha)" (~). Not
# quantities: "15-NQ/TU", "14/10/2021", "2021 – 2025", "năm 2030", "năm 2020" (documents, dates).
# Pillar null, ids null.
# --------------------------------------------------------------------------
NOY = dict(year=None)
D08 = dict(name="08_quangnam-nghi-quyet-rung-chung-chi-muc-tieu-2025", kind="target", year=2025, records=[
    R("đạt «5 – 5,5%/năm", "tốc độ tăng giá trị sản xuất lâm nghiệp", "between", 5, value_max=5.5),
    R("khoảng «5.600 tỷ đồng", "giá trị sản xuất gỗ và sản phẩm gỗ", "~", 5600 * B, **DONG),
    R("khoảng «1,5 lần", "giá trị thu nhập từ rừng trồng là rừng sản xuất tăng bình quân so với năm 2020", "~", 1.5,
      **amount(unit_text="lần/đơn vị diện tích")),
    R("(bình quân «150 m3", "năng suất bình quân rừng trồng sản xuất", ">=", 150, **amount(unit_text="m3/ha/chu kỳ 10 năm")),
    R("ít nhất «20% diện tích", "diện tích rừng trồng sản xuất được cấp chứng chỉ quản lý rừng bền vững", ">=", 20),
    R("(«30.000 ha)", "rừng trồng sản xuất được cấp chứng chỉ quản lý rừng bền vững", ">=", 30000, **HA),
    R("ít nhất «30% diện tích", "diện tích rừng được cấp chứng chỉ rừng", ">=", 30, year=2030),
    R("tương đương «45.000 ha", "diện tích rừng được cấp chứng chỉ rừng", ">=", 45000, **HA, year=2030),
    R("bình quân hơn «19 nghìn ha", "diện tích trồng rừng hàng năm bình quân", ">", 19 * K, **HA, **RES, **NOY),
    R("mới hơn «4,5 nghìn ha", "diện tích trồng mới hàng năm", ">", 4.5 * K, **HA, **RES, **NOY),
    R("gần «14,6 nghìn ha", "diện tích trồng lại sau khai thác hàng năm", "~", 14.6 * K, **HA, **RES, **NOY),
    R("khoảng «1,450 triệu m3", "sản lượng gỗ khai thác từ rừng trồng bình quân hằng năm", "~", 1.45 * M, **M3, **RES,
      **NOY),
    R("đạt «70 -75 m3", "năng suất rừng bình quân", "between", 70, value_max=75,
      **amount(unit_text="m3/ha/chu kỳ 5 năm"), **RES, **NOY),
    R("(gần «217 nghìn ha)", "diện tích rừng trồng hiện có", "~", 217 * K, **HA, **RES, **NOY),
])

# --------------------------------------------------------------------------
# 09 Đồng Nai, the wood and handicraft association's review of 2024 and its 2025 aim (baomoi.net.vn;
# nothing cut: the caption "Sản phẩm gỗ của Đồng Nai xuất khẩu đến gần 90 quốc gia ... Ảnh minh họa"
# states a figure and stays; no byline, no stamp; the excerpt ends in "thúc "). Document year null
# (no date; each record names its own). Targets: the title's and the body's "xuất khẩu 2 tỷ USD
# trong năm 2025" (two records, >=, 2025: a heading that states a value is a record, as set339).
# Results: "lớn thứ 2 cả nước sau Bình Dương" (rank =, year null: the page's present, undated), the
# caption's "gần 90 quốc gia và vùng lãnh thổ" (~, count, year null), "Cũng trong năm qua, Dowa kết
# nạp thêm 15 hội viên" (=, count, 2024: the year reviewed; a year's intake, not a change against an
# earlier value). Not quantities: "năm 2024", "năm 2025", "Năm 2025" (dates). Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_dongnai-hiep-hoi-go-muc-tieu-2025", kind="result", year=None, records=[
    R("khẩu «2 tỷ USD trong", "xuất khẩu ngành gỗ Đồng Nai", ">=", 2 * B, **USD, **T25),
    R("thứ «2 cả nước", "địa phương có giá trị xuất khẩu ngành gỗ lớn cả nước sau Bình Dương", "=", 2, **RANK),
    R("tiêu «2 tỷ USD", "xuất khẩu ngành gỗ tỉnh Đồng Nai", ">=", 2 * B, **USD, **T25),
    R("gần «90 quốc gia", "quốc gia và vùng lãnh thổ sản phẩm gỗ của Đồng Nai xuất khẩu đến", "~", 90, **CNT),
    R("thêm «15 hội viên", "hội viên Dowa kết nạp thêm trong năm", "=", 15, **CNT, year=2024),
])

# --------------------------------------------------------------------------
# 10 Tuyên Quang, developing the province's strong industries: wood processing (baotuyenquang.com.vn;
# cut: the photo caption "Công nhân Công ty TNHH MTV Seshin VN2 may quần áo thời trang xuất khẩu."
# (no figure; "VN2" a name); no byline, no stamp; the excerpt ends in "sản xuất n"). Document year
# null (no date). Target "đến năm 2025 có ít nhất 1 sản phẩm đồ gỗ được công nhận 'Thương hiệu quốc
# gia Việt Nam'" (>=, count, 2025). Results "Hiện nay" (year null, undated): "trên 500 cơ sở chế
# biến gỗ, trong đó có 8 doanh nghiệp lớn ... công suất chế biến từ 20 - 130 nghìn m3/năm" (>, =,
# between "m3/năm"), An Hòa's "2 dây chuyền sản xuất: ... công suất 130.000 tấn/năm và ... 140.000
# tấn/năm" (count =, two capacities =), Woodsland's "công suất thiết kế 150.000 m3 sản phẩm/năm"
# (=, "m3 sản phẩm/năm"): the capacities are what the plants reach, recorded as results in a set on
# wood processing (a judgement). Pillar null, ids null.
# --------------------------------------------------------------------------
D10 = dict(name="10_tuyenquang-co-so-che-bien-go-thuong-hieu-2025", kind="result", year=None, records=[
    R("ít nhất «1 sản phẩm", "sản phẩm đồ gỗ được công nhận “Thương hiệu quốc gia Việt Nam”", ">=", 1, **CNT, **T25),
    R("có trên «500 cơ sở", "cơ sở chế biến gỗ trên địa bàn tỉnh", ">", 500, **CNT),
    R("có «8 doanh nghiệp", "doanh nghiệp chế biến gỗ lớn có nhà máy hiện đại", "=", 8, **CNT),
    R("từ «20 - 130 nghìn m3/năm", "công suất chế biến của nhà máy", "between", 20 * K, value_max=130 * K, **M3Y),
    R("hành «2 dây chuyền", "dây chuyền sản xuất Công ty CP giấy An Hòa đang vận hành", "=", 2, **CNT),
    R("công suất «130.000 tấn/năm", "công suất dây chuyền bột giấy", "=", 130000, **TONY),
    R("công suất «140.000 tấn/năm", "công suất dây chuyền giấy cao cấp", "=", 140000, **TONY),
    R("kế «150.000 m3", "công suất thiết kế Công ty CP Woodsland Tuyên Quang", "=", 150000,
      **amount(unit_text="m3 sản phẩm/năm")),
])

# --------------------------------------------------------------------------
# 11 Gia Lai after the merger, the raw-material zone for wood processing (baogialai.com.vn; the stamp
# " date 2025-09-13" written as the first line; cut: the photo caption "Người dân xã Kbang khai thác
# rừng trồng. Ảnh: M.N" with the blank line after it; the excerpt ends in "K"). Year 2025 (the
# stamp). Results of the former province's present ("Tỉnh Gia Lai cũ có ...", 2025): "đất có rừng
# hơn 650,6 ngàn ha, chiếm 25,2% diện tích vùng Tây Nguyên và chiếm 4,3% rừng cả nước" (>, two shares
# =), "rừng tự nhiên là 478,6 ngàn ha, rừng trồng hơn 158,7 ngàn ha, diện tích trồng chưa thành
# rừng trên 13,2 ngàn ha" (=, >, >); of "Giai đoạn 2021-2024" (2024): "đã trồng hơn 33.100 ha rừng;
# sản lượng khai thác ... đạt hơn 1 triệu m3, bình quân mỗi năm khai thác trên 254 ngàn m3" (>,
# three); the people's "trồng hơn 2.000 ha rừng" (>, 2025: no year named). Targets "Mục tiêu giai
# đoạn 2020-2025 là trồng 8.000 ha/năm, đạt 40.000 ha" (>=, two, 2025). Not quantities: "diện tích tự
# nhiên hơn 1,5 triệu ha" (the province's size, as the earlier sets left it), "2021-2024",
# "2020-2025" (periods), "hàng ngàn hecta" (no digit). Pillar null, ids null; no place (the old Gia
# Lai is the document's own province).
# --------------------------------------------------------------------------
D11 = dict(name="11_gialai-vung-nguyen-lieu-go-2025", kind="result", year=2025, records=[
    R("rừng hơn «650,6 ngàn ha", "đất có rừng tỉnh Gia Lai cũ", ">", 650.6 * K, **HA),
    R("chiếm «25,2%", "đất có rừng chiếm diện tích vùng Tây Nguyên", "=", 25.2),
    R("chiếm «4,3%", "đất có rừng chiếm rừng cả nước", "=", 4.3),
    R("là «478,6 ngàn ha", "rừng tự nhiên", "=", 478.6 * K, **HA),
    R("trồng hơn «158,7 ngàn ha", "rừng trồng", ">", 158.7 * K, **HA),
    R("trên «13,2 ngàn ha", "diện tích trồng chưa thành rừng", ">", 13.2 * K, **HA),
    R("trồng hơn «33.100 ha", "rừng khu vực phía Tây tỉnh đã trồng giai đoạn 2021-2024", ">", 33100, **HA,
      year=2024),
    R("đạt hơn «1 triệu m3", "sản lượng khai thác gỗ rừng trồng giai đoạn 2021-2024", ">", 1 * M, **M3, year=2024),
    R("trên «254 ngàn m3", "sản lượng khai thác gỗ rừng trồng bình quân mỗi năm", ">", 254 * K, **M3, year=2024),
    R("trồng «8.000 ha/năm", "trồng rừng giai đoạn 2020-2025", ">=", 8000, **amount(unit_text="ha/năm"), **T25),
    R("đạt «40.000 ha", "trồng rừng giai đoạn 2020-2025", ">=", 40000, **HA, **T25),
    R("trồng hơn «2.000 ha rừng. Đặc", "rừng người dân tự nguyện kê khai đất lâm nghiệp bị lấn chiếm để trồng", ">",
      2000, **HA),
])

# --------------------------------------------------------------------------
# 12 The country's scheme for sustainable wood processing 2021-2030, Decision 327/QĐ-TTg
# (nongnghiep.vn; nothing cut; no byline, no stamp; the excerpt ends in "nhấn mạnh tầ"). National
# figures (no place). Targets, kind target, each with its year: "giá trị xuất khẩu gỗ và lâm sản đạt
# 20 tỷ USD vào năm 2025, trong đó kim ngạch đạt trên 18,5 tỷ USD; 25 tỷ USD năm 2030, trong đó kim
# ngạch trên 20,4 tỷ USD" (>=, >, >=, >), "tiêu thụ nội địa đạt 5 tỷ USD vào năm 2025, trên 6 tỷ USD
# vào năm 2030" (>=, >), and the two that name no year, "trên 80% cơ sở chế biến, bảo quản gỗ đạt
# trình độ ..." (>) and "100% gỗ, sản phẩm gỗ ... từ nguồn nguyên liệu gỗ hợp pháp" (>=): year 2030,
# the end of the scheme's period "giai đoạn 2021 - 2030" (as the earlier sets read a period's end; a
# judgement). Results of "năm 2021": "Giá trị xuất khẩu lâm sản đạt 15,87 tỷ USD" (=), "xuất siêu
# khoảng 12,94 tỷ USD" (~), "chiếm trên 30% tổng kim ngạch xuất khẩu nông, lâm, thủy sản" (>), "đạt
# 4,7% kim ngạch xuất khẩu toàn quốc" (=). NOT: "tăng 20% so với năm 2020" (a change). Not
# quantities: "327/QĐ-TTg", "10/3/2022", "2021 - 2030" (twice) (document, dates), "một trong 7 mặt
# hàng có giá trị xuất khẩu trên 10 tỷ USD" (membership of a group defined by a threshold: the 7 the
# group's size, the 10 billion its bound, neither a value of the indicator; a judgement). Pillar null.
# --------------------------------------------------------------------------
EXP = "giá trị xuất khẩu gỗ và lâm sản"
R21 = dict(kind="result", year=2021)
D12 = dict(name="12_quocgia-de-an-che-bien-go-muc-tieu-2025-2030", kind="target", year=2025, records=[
    R("đạt «20 tỷ USD", EXP, ">=", 20 * B, **USD),
    R("đạt trên «18,5 tỷ USD", "kim ngạch xuất khẩu gỗ và sản phẩm gỗ", ">", 18.5 * B, **USD),
    R("; «25 tỷ USD", EXP, ">=", 25 * B, **USD, year=2030),
    R("trên «20,4 tỷ USD", "kim ngạch xuất khẩu gỗ và sản phẩm gỗ", ">", 20.4 * B, **USD, year=2030),
    R("đạt «5 tỷ USD", "giá trị gỗ, sản phẩm gỗ tiêu thụ nội địa", ">=", 5 * B, **USD),
    R("trên «6 tỷ USD", "giá trị gỗ, sản phẩm gỗ tiêu thụ nội địa", ">", 6 * B, **USD, year=2030),
    R("có trên «80% cơ sở", "cơ sở chế biến, bảo quản gỗ đạt trình độ và năng lực công nghệ sản xuất tiên tiến", ">",
      80, year=2030),
    R("tiến; «100% gỗ", "gỗ, sản phẩm gỗ xuất khẩu và tiêu dùng trong nước được sử dụng từ nguồn nguyên liệu gỗ "
      "hợp pháp, gỗ có chứng chỉ quản lý rừng bền vững", ">=", 100, year=2030),
    R("đạt «15,87 tỷ USD", "giá trị xuất khẩu lâm sản", "=", 15.87 * B, **USD, **R21),
    R("khoảng «12,94 tỷ USD", "xuất siêu lâm sản", "~", 12.94 * B, **USD, **R21),
    R("chiếm trên «30%", "giá trị xuất khẩu lâm sản chiếm tổng kim ngạch xuất khẩu nông, lâm, thủy sản cả nước",
      ">", 30, **R21),
    R("đạt «4,7%", "giá trị xuất khẩu lâm sản chiếm kim ngạch xuất khẩu toàn quốc", "=", 4.7, **R21),
], NOT=["tăng «20% so"])

# --------------------------------------------------------------------------
# 13 Đồng Nai, the export-furniture fair for the home market 2023 at Tân Biên (new.dongnai.gov.vn;
# cut: the photo captions "Phó Chủ tịch UBND tỉnh Nguyễn Thị Hoàng cắt băng khai mạc hội chợ" (two
# identical lines) and "Tham quan các gian hàng giới thiệu sản phẩm." (two identical lines); no
# byline, no stamp; the excerpt ends in "ngà"). A precision text, no record: "Ngày 25-9", "ngày
# 1-10" (dates), "2023" (the fair's name), "khoảng 250 doanh nghiệp với 1 ngàn sản phẩm trưng bày trên
# diện tích 2 ha" (the size and participants of an event, as the spec's "hơn 50 cơ quan báo chí").
# --------------------------------------------------------------------------
D13 = dict(name="13_dongnai-hoi-cho-do-go-2023-precision", kind="result", year=2023, records=[])

# --------------------------------------------------------------------------
# 14 The workshop on the iTwood legal-timber tracing system for household plantations, September 2021
# (goviet.org.vn; cut: the byline date "25/09/2021 07:26", written as the first line
# `date 2021-09-25`; the title stands twice and both stay; the excerpt ends in "vui l"). A precision
# text, no record: "27/9/2021", "ngày 27 tháng 9 năm 2021" (dates), "8h-12h", "8.00 - 12.00"
# (times), "2019 – 2021" (the project's period), the list labels "1." to "4.".
# --------------------------------------------------------------------------
D14 = dict(name="14_quocgia-hoi-thao-go-hop-phap-2021-precision", kind="result", year=2021, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
