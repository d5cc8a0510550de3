#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set344).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of percentages deliberately left without a record (a
result's change against an earlier value, a land share of the province's endowment, a conditional
assumption of a calculation); check_gold.py verifies that every percentage has a record or a NOT
entry.

Each record carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue indicator
it measures, or null, decided against muctieu/catalog/data/indicators.yaml. The catalogue names
no indicator of medicinal-herb cultivation (areas, outputs, prices, species, farms, cooperatives'
members): every record of this set is null (see README, "Catalogue labels").

The set's theme is medicinal herbs (cây dược liệu, sâm, quế): areas are unit other "ha", outputs
"tấn" / "tấn/năm" / "m3", money "đồng" (and "đồng/kg", "đồng/ha", "đồng/năm") with the magnitude
word multiplied in, species, products, firms and cooperatives' members counts, as the earlier
sets on agriculture (set339's aquaculture) wrote them. No text has a digital-transformation
heading: every pillar is null.

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
from goldkit import R, CNT, T, RES  # noqa: E402


def U(text):
    """unit other with the unit as written"""
    return dict(unit="other", unit_text=text)


HA, TAN = U("ha"), U("tấn")
DONG = U("đồng")

# --------------------------------------------------------------------------
# 01 Kon Tum, the province's 2025 target of new Ngọc Linh ginseng planting, April 2025
# (etime.danviet.vn; cut: the byline "Công Xuân" and its date "17/04/2025 12:26 GMT +7", written as
# the first line `date 2025-04-17`; the photo caption "Năm 2025, tỉnh Kon Tum đặt ra mục tiêu ...
# (45ha).Ảnh: Văn Tùng", which repeats the body's sentence word for word, with the blank line after
# it (as the earlier sets cut a caption repeating the text's figure); the caption "Kiểm tra cây giống
# sâm Ngọc Linh đã ươm.Ảnh: Văn Tùng" with the blank line after it; the excerpt ends in "sẽ cho
# kho"). Kind target, year 2025 ("Năm 2025, tỉnh Kon Tum đặt ra mục tiêu trồng mới 1.578ha ..."):
# the lead's and the body's 1.578ha (stated twice: both recorded, as the earlier sets record a lead
# and a body), the people's "khoảng 60ha" (`~`), its two districts "(15 ha)" and "(45ha)" (bare
# numbers of a target: `>=`, place the district), "còn lại (khoảng 1.518ha)" (`~`) and the four
# firms' shares "900ha", "550 ha", "30ha", "38ha" (`>=`, each firm in the indicator; scope null: a
# breakdown by planter, not by level). Results of 2024: "năm 2024 toàn tỉnh có 900ha sâm Ngọc Linh
# cho thu hoạch quả và có khoảng 6 triệu cây cho hạt" (=, and `~` count 6e6). NOT: "nếu tỷ lệ gieo
# ươm nẩy mầm đạt tỷ lệ khoảng 80%" (the assumption of a projection, "dự tính nếu", neither a target
# set nor a value reached; a judgement). Not quantities: "17/4" (a date), "2 huyện" (the lead count
# of the list of the two districts' names, as set193 left "15 xã ... bao gồm"). Pillar null.
# --------------------------------------------------------------------------
NL = "diện tích trồng mới sâm Ngọc Linh"
D01 = dict(name="01_kontum-sam-ngoc-linh-trong-moi-2025", kind="target", year=2025, records=[
    R("hoàn thành trồng mới «1.578ha", f"{NL} tỉnh Kon Tum đề ra trong năm 2025", ">=", 1578, **HA),
    R("mục tiêu trồng mới «1.578ha", f"{NL} tỉnh Kon Tum đặt ra mục tiêu", ">=", 1578, **HA),
    R("khoảng «60ha", f"{NL} người dân trồng", "~", 60, **HA),
    R("Đăk Glei («15 ha)", f"{NL} người dân trồng tại huyện Đăk Glei", ">=", 15, **HA, place="Đăk Glei"),
    R("Tu Mơ Rông («45ha)", f"{NL} người dân trồng tại huyện Tu Mơ Rông", ">=", 45, **HA, place="Tu Mơ Rông"),
    R("(khoảng «1.518ha)", f"số {NL} còn lại do các doanh nghiệp chuyên canh thực hiện", "~", 1518, **HA),
    R("Kon Tum «900ha, Công", f"{NL} của Công ty Sâm Ngọc Linh Kon Tum", ">=", 900, **HA),
    R("Vingin «550 ha", f"{NL} của Công ty Vingin", ">=", 550, **HA),
    R("Tu Mơ Rông «30ha", f"{NL} của Công ty Sâm Ngọc Linh Tu Mơ Rông", ">=", 30, **HA),
    R("Đăk Tô «38ha", f"{NL} của Công ty Đăk Tô", ">=", 38, **HA),
    R("toàn tỉnh có «900ha", "diện tích sâm Ngọc Linh cho thu hoạch quả", "=", 900, **HA, **RES, year=2024),
    R("khoảng «6 triệu cây", "cây sâm Ngọc Linh cho hạt", "~", 6e6, **CNT, **RES, year=2024),
], NOT=["khoảng «80%"])

# --------------------------------------------------------------------------
# 02 Quảng Trị, the province's 2022-2026 scheme for medicinal herbs with the OCOP programme and
# Cam Lộ district's herbs (kinhtenongthon.vn; nothing cut; no byline, no stamp; the excerpt ends in
# "phục vụ chế b"). The line "Quảng Trị đầu tư hơn 52 tỷ đồng để thực hiện Đề án ..." stands between
# the lead and the body, probably a photo caption, but it has no "Ảnh:" and its figure is a
# quantity: kept, and recorded like the sentence it repeats (stated twice, both recorded).
# Targets: the scheme's investment "hơn 50 tỷ đồng" (the lead) and "hơn 52 tỷ đồng" (twice) for
# "Giai đoạn từ năm 2022-2026" (`>`, money, year 2026, the period's end, as the earlier sets give a
# period's target its last year), "nâng diện tích cây dược liệu lên 4.500ha vào năm 2026" (`>=`),
# Cam Lộ's "phấn đấu đến năm 2025 ... quy mô 500ha, ... Chè vằng 100ha, an xoa 200ha, cà gai leo
# 50ha, tràm năm gần 100ha" (2025; `>=`, the last `~`). Results "Đến tháng 4/2023" (year 2023, the
# document's): "gần 280ha" (`~`), "gần 17ha cây an xoa" (`~`), "năng suất bình quân đạt từ 15-17
# tấn/ha/năm" and "doanh thu đạt từ 180-200 triệu đồng/năm" (between), "Từ năm 2021 đến nay ...
# đã xuất khẩu 3 lô ... với tổng giá trị hơn 4,5 tỷ đồng" (count =, money `>`; year 2023, the
# "đến nay" of a page whose latest date is 4/2023). Cam Lộ's values carry place "Cam Lộ". Not
# quantities: "2022-2026", "4/2023", "năm 2021", "năm 2025", "năm 2026" (dates and periods).
# --------------------------------------------------------------------------
QT = "tỉnh Quảng Trị đầu tư"
D02 = dict(name="02_quangtri-duoc-lieu-ocop-cam-lo-2023", kind="result", year=2023, records=[
    R("Trị đầu tư hơn «50 tỷ", f"{QT} cho việc mở rộng diện tích cây dược liệu", ">", 50e9, **DONG, **T,
      year=2026),
    R("tỉnh Quảng Trị đầu tư hơn «52 tỷ", f"{QT} để thực hiện Đề án Khuyến khích phát triển dược liệu gắn với Chương trình OCOP giai đoạn "
      "2022-2026", ">", 52e9, **DONG, **T, year=2026),
    R("2026.\nQuảng Trị đầu tư hơn «52 tỷ", f"{QT} để thực hiện Đề án Khuyến khích phát triển dược liệu gắn với "
      "Chương trình OCOP", ">", 52e9, **DONG, **T, year=2026),
    R("lên «4.500ha", "diện tích cây dược liệu của tỉnh", ">=", 4500, **HA, **T, year=2026),
    R("trồng được gần «280ha", "diện tích cây dược liệu các loại có giá trị kinh tế cao đã trồng được", "~", 280,
      **HA, place="Cam Lộ"),
    R("có gần «17ha", "diện tích cây an xoa", "~", 17, **HA, place="Cam Lộ"),
    R("đạt từ «15-17 tấn", "năng suất bình quân cây an xoa", "between", 15, value_max=17, **U("tấn/ha/năm"),
      place="Cam Lộ"),
    R("đạt từ «180-200 triệu", "doanh thu từ cây an xoa", "between", 180e6, value_max=200e6, **U("đồng/năm"),
      place="Cam Lộ"),
    R("xuất khẩu «3 lô", "lô sản phẩm cao dược liệu an xoa xuất khẩu sang thị trường Hoa Kỳ và Canada", "=", 3,
      **CNT, place="Cam Lộ"),
    R("giá trị hơn «4,5 tỷ", "tổng giá trị các lô sản phẩm cao dược liệu an xoa xuất khẩu", ">", 4.5e9, **DONG,
      place="Cam Lộ"),
    R("quy mô «500ha", "quy mô trung tâm dược liệu của tỉnh Quảng Trị, huyện Cam Lộ", ">=", 500, **HA, **T,
      year=2025, place="Cam Lộ"),
    R("Chè vằng «100ha", "diện tích chè vằng", ">=", 100, **HA, **T, year=2025, place="Cam Lộ"),
    R("an xoa «200ha", "diện tích an xoa", ">=", 200, **HA, **T, year=2025, place="Cam Lộ"),
    R("cà gai leo «50ha", "diện tích cà gai leo", ">=", 50, **HA, **T, year=2025, place="Cam Lộ"),
    R("tràm năm gần «100ha", "diện tích tràm năm", "~", 100, **HA, **T, year=2025, place="Cam Lộ"),
])

# --------------------------------------------------------------------------
# 03 Lào Cai, the province's plan of new medicinal-herb planting in 2024, February 2024
# (laocaitv.vn; cut: the time, date and view counter "09:07 14-02-2024 | :182", written as the first
# line `date 2024-02-14`, the byline "Thế Long", and the comment box "Bình luận", "Tối thiểu 10 chữ
# Tiếng việt có dấu Không chứa liên kết" with the blank lines that went with them). Year 2024.
# Targets ("dự kiến trồng mới", a plan for the year): the title's and the body's "trên 1.000 ha"
# (`>`; stated twice, both recorded), the districts' "Bát Xát với 350 ha, thị xã Sa Pa 270 ha, Bắc
# Hà 240 ha và Si Ma Cai 150 ha" (bare numbers of a target, `>=`, place each; scope null: districts
# are places, not a split by level). Results "Đến nay" (2024): "hơn 3.550 ha" (`>`), "210 ha với 13
# loại cây dược liệu được Bộ Y tế công nhận đạt ... GACP" (=, area and count), "giá trị thu nhập
# bình quân ... đạt 120 - 150 triệu đồng/ha" (between, "đồng/ha"). Not quantities: "1 trong 8 vùng
# trọng điểm" (the province's place in a national plan's list of regions: a designation, not a rank
# or a value reached; a judgement), "09:07" etc. cut. Pillar null.
# --------------------------------------------------------------------------
NEW = "cây dược liệu dự kiến trồng mới"
D03 = dict(name="03_laocai-trong-moi-duoc-lieu-2024", kind="target", year=2024, records=[
    R("Toàn tỉnh dự kiến trồng mới trên «1.000 ha", f"{NEW} toàn tỉnh trong năm 2024", ">", 1000, **HA),
    R("Năm 2024, toàn tỉnh dự kiến trồng mới trên «1.000 ha", f"{NEW} toàn tỉnh", ">", 1000, **HA),
    R("Bát Xát với «350 ha", f"{NEW} tại huyện Bát Xát", ">=", 350, **HA, place="Bát Xát"),
    R("Sa Pa «270 ha", f"{NEW} tại thị xã Sa Pa", ">=", 270, **HA, place="Sa Pa"),
    R("Bắc Hà «240 ha", f"{NEW} tại huyện Bắc Hà", ">=", 240, **HA, place="Bắc Hà"),
    R("Si Ma Cai «150 ha", f"{NEW} tại huyện Si Ma Cai", ">=", 150, **HA, place="Si Ma Cai"),
    R("có hơn «3.550 ha", "dược liệu toàn tỉnh có", ">", 3550, **HA, **RES),
    R("có «210 ha", "cây dược liệu được Bộ Y tế công nhận đạt tiêu chuẩn GACP", "=", 210, **HA, **RES),
    R("với «13 loại", "loại cây dược liệu được Bộ Y tế công nhận đạt tiêu chuẩn GACP", "=", 13, **CNT, **RES),
    R("đạt «120 - 150 triệu", "giá trị thu nhập bình quân từ sản xuất cây dược liệu", "between", 120e6,
      value_max=150e6, **U("đồng/ha"), **RES),
])

# --------------------------------------------------------------------------
# 04 Quảng Nam, the province's medicinal-herb areas, May 2024 (vietnam.vn; cut: the site's banner
# "Vietnam.vn - Nền tảng quảng bá Việt Nam", the byline date "Việt NamViệt Nam06/05/2024" (written as
# the first line `date 2024-05-06`), the image name "sam.jpg" and its caption "Vườn ươm cây giống
# sâm Ngọc Linh ... Ảnh: PV", and the page's tail (source and topic labels, comment counter, "No
# data", the related-article headlines "Cô gái Điện Biên khổ luyện nhảy dù 4 tháng ...", "10 trực
# thăng ... 50 năm ...", "Tự hào vết thương ... 50 năm ...", the section menu), each with the blank
# lines that went with it). Results: "trong năm 2023 toàn tỉnh trồng mới 601ha" and its breakdown
# "258ha quế (trồng thuần 238ha và trồng xen 20ha), 253ha sâm Ngọc Linh, 66ha đảng sâm, 24ha ba
# kích" (year 2023); "Tính đến tháng 5/2024 ... 9.863ha" (the title's and the body's: both recorded)
# and its breakdown by species (2024; "hơn" as `>`). One record per number, each its own subject,
# scope null (a breakdown by kind of crop, spec). Not quantities: "5/2024" (a date). Pillar null.
# --------------------------------------------------------------------------
NEW23 = "trồng mới trong năm 2023"
D04 = dict(name="04_quangnam-dien-tich-duoc-lieu-2024", kind="result", year=2024, records=[
    R("Quảng Nam có «9.863ha cây dược liệu các loại\n", "cây dược liệu các loại Quảng Nam có", "=",
      9863, **HA),
    R("trồng mới «601ha", f"{NEW23}: cây dược liệu các loại toàn tỉnh", "=", 601, **HA, year=2023),
    R("có «258ha quế", f"{NEW23}: quế", "=", 258, **HA, year=2023),
    R("thuần «238ha", f"{NEW23}: quế trồng thuần", "=", 238, **HA, year=2023),
    R("xen «20ha", f"{NEW23}: quế trồng xen", "=", 20, **HA, year=2023),
    R("«253ha sâm", f"{NEW23}: sâm Ngọc Linh", "=", 253, **HA, year=2023),
    R("«66ha đảng", f"{NEW23}: đảng sâm", "=", 66, **HA, year=2023),
    R("«24ha ba kích", f"{NEW23}: ba kích", "=", 24, **HA, year=2023),
    R("tổng cộng «9.863ha", "tổng cộng cây dược liệu các loại Quảng Nam có tính đến tháng 5/2024", "=",
      9863, **HA),
    R("hơn «1.243ha", "sâm Ngọc Linh", ">", 1243, **HA),
    R("quế «5.993ha", "quế", "=", 5993, **HA),
    R("hơn «2.200ha", "bảy lá một hoa", ">", 2200, **HA),
    R("hơn «150ha", "ba kích", ">", 150, **HA),
    R("«186ha", "đảng sâm", "=", 186, **HA),
    R("«36ha", "sa nhân", "=", 36, **HA),
    R("«42ha", "đinh lăng", "=", 42, **HA),
    R("«13ha", "chè dây", "=", 13, **HA),
])

# --------------------------------------------------------------------------
# 05 Hải Dương, the province's 550 ha of medicinal herbs, August 2020 (baohaiduong.vn; cut: the
# byline date "28/08/2020 10:28" (written as the first line `date 2020-08-28`), the byline "PV", the
# comment counter "(0) Bình luận" and the title repeated at the page's foot, with the blank lines
# that went with them). Year 2020. Results: the title's "550 ha" (=) and the body's "khoảng 550 ha"
# (`~`), the districts' "Thanh Hà (340 ha), Tứ Kỳ (38 ha), TP Chí Linh (23 ha)" (place each), the
# crops' "380 ha sả, 60 ha ngải cứu, 53 ha đinh lăng, 25 ha nghệ". Pillar null.
# --------------------------------------------------------------------------
HD = "diện tích cây dược liệu"
D05 = dict(name="05_haiduong-dien-tich-duoc-lieu-2020", kind="result", year=2020, records=[
    R("Toàn tỉnh có «550 ha", f"{HD} toàn tỉnh", "=", 550, **HA),
    R("khoảng «550 ha", f"{HD} toàn tỉnh hiện có", "~", 550, **HA),
    R("Thanh Hà («340 ha)", f"{HD} huyện Thanh Hà", "=", 340, **HA, place="Thanh Hà"),
    R("Tứ Kỳ («38 ha)", f"{HD} huyện Tứ Kỳ", "=", 38, **HA, place="Tứ Kỳ"),
    R("Chí Linh («23 ha)", f"{HD} TP Chí Linh", "=", 23, **HA, place="Chí Linh"),
    R("«380 ha sả", "diện tích sả", "=", 380, **HA),
    R("«60 ha ngải", "diện tích ngải cứu", "=", 60, **HA),
    R("«53 ha đinh", "diện tích đinh lăng", "=", 53, **HA),
    R("«25 ha nghệ", "diện tích nghệ", "=", 25, **HA),
])

# --------------------------------------------------------------------------
# 06 Yên Bái, the province's cinnamon outputs, OCOP products and processors, November 2021
# (danviet.vn; the stamp " date 2021-11" written as the first line; cut: the photo caption "Rừng
# quế hữu cơ tại xã Đào Thịnh, ... Ảnh: Tiến Khánh - TTXVN." with the blank line after it; the
# excerpt ends in "Nhật Bản"). Year 2021 (the stamp; "Mỗi năm", "hiện nay" name no year). Results:
# "tổng sản lượng vỏ quế khô ... đạt 22.000 tấn; cành lá quế đạt 86.000 tấn để sản xuất ra gần 600
# tấn tinh dầu quế" (=, =, `~`; unit "tấn", a yearly output as the text words it), "trên 70.000 m3
# gỗ quế" (`>`, "m3"), "trên 1.000 tỷ đồng/năm" (`>`, 1e12, "đồng/năm"), "83 sản phẩm OCOP ...,
# trong đó có 8 sản phẩm OCOP ... từ cây quế", "21 cơ sở chưng cất tinh dầu quế, 27 doanh nghiệp,
# hợp tác xã" (counts). Not quantities: "3 sao đến 4 sao" (the OCOP ratings, labels), "hàng trăm cơ
# sở" (no digit). Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_yenbai-que-san-luong-ocop-2021", kind="result", year=2021, records=[
    R("đạt «22.000 tấn", "tổng sản lượng vỏ quế khô của tỉnh mỗi năm", "=", 22000, **TAN),
    R("đạt «86.000 tấn", "sản lượng cành lá quế mỗi năm", "=", 86000, **TAN),
    R("gần «600 tấn", "sản lượng tinh dầu quế", "~", 600, **TAN),
    R("trên «70.000 m3", "sản lượng gỗ quế các loại", ">", 70000, **U("m3")),
    R("trên «1.000 tỷ", "tổng giá trị thu lợi từ cây quế toàn tỉnh", ">", 1e12, **U("đồng/năm")),
    R("có «83 sản phẩm", "sản phẩm OCOP được công nhận tiêu chuẩn 3 sao đến 4 sao", "=", 83, **CNT),
    R("có «8 sản phẩm", "sản phẩm OCOP được sản xuất, tinh chế từ cây quế", "=", 8, **CNT),
    R("có «21 cơ sở", "cơ sở chưng cất tinh dầu quế", "=", 21, **CNT),
    R("«27 doanh nghiệp", "doanh nghiệp, hợp tác xã gia công sơ chế, kinh doanh quế vỏ", "=", 27, **CNT),
])

# --------------------------------------------------------------------------
# 07 Quảng Ngãi, the record prices of cinnamon in Trà Bồng's first harvest of 2020 (kinhtedothi.vn;
# cut: the photo caption "Người dân thu hoạch quế bán cho các thương lái. |"; no byline, no stamp;
# the excerpt ends in "đẩy mạnh thu"). Year 2020 ("Vụ tiên quế năm 2020", "năm nay"). Results: one
# household's "gần 1.000 cây quế" harvested (`~`, count; set339 recorded one household's season
# likewise), the prices "quế ống giá từ 45.000 – 55.000 nghìn đồng/ký" (between; the magnitude word
# "nghìn" multiplied in as the spec says, 45e6-55e6, though the page surely meant 45.000 đồng: the
# gold follows the words written, a judgement), "có thời điểm lên đến 60.000 đồng/kg" (=, the peak
# reached), the branches' and leaves' "từ 2.000 – 5.000 đồng/kg" (between), a firm's "hơn 200 tấn"
# sold and "hơn 300 tấn" bought (`>`), the province's firms' "khoảng 800 tấn" bought (`~`); the
# earlier years' price "những năm trước ... từ 20.000-40.000 đồng/kg" (between, year null: no year
# named). Target: the firm's plan "Dự kiến, năm nay đơn vị này sẽ thu mua, xuất khẩu khoảng 600 tấn,
# tăng gần 30% so với năm ngoái" (`~` 600 tấn, and the rise, a target stated as a change, spec:
# `~` 30%). NOT: "tăng bình quân gần 20% so với cùng kỳ năm trước" (a result's change against an
# earlier value, spec). Not quantities: "hơn 20 năm tuổi" (the trees' age, a description),
# "6 xã khu tây Trà Bồng" (the name of an area), "năm 2020" (a date). Pillar null.
# --------------------------------------------------------------------------
DKG = U("đồng/kg")
D07 = dict(name="07_quangngai-gia-que-tra-bong-2020", kind="result", year=2020, records=[
    R("hoạch gần «1.000 cây", "cây quế của gia đình được thu hoạch", "~", 1000, **CNT),
    R("thu mua từ «20.000-40.000", "giá quế bán cho các mối thu mua những năm trước", "between", 20000,
      value_max=40000, **DKG, year=None),
    R("giá từ «45.000 – 55.000 nghìn", "giá quế ống", "between", 45e6, value_max=55e6, **U("đồng/ký"),
      note="'45.000 – 55.000 nghìn đồng/ký' as written: the magnitude word multiplied in"),
    R("lên đến «60.000 đồng", "giá quế ống có thời điểm", "=", 60000, **DKG),
    R("thu mua từ «2.000 – 5.000", "giá thu mua các sản phẩm phụ như cành, lá quế", "between", 2000,
      value_max=5000, **DKG),
    R("hàng hơn «200 tấn", "sản lượng quế công ty đã bán cho các đối tác khách hàng đầu vụ", ">", 200, **TAN),
    R("mua hơn «300 tấn", "quế tươi và các sản phẩm từ cây quế công ty đã thu mua từ đầu vụ", ">", 300, **TAN),
    R("khẩu khoảng «600 tấn", "lượng quế đơn vị dự kiến thu mua, xuất khẩu năm nay", "~", 600, **TAN, **T),
    R("tăng gần «30%", "mức tăng lượng quế đơn vị dự kiến thu mua, xuất khẩu so với năm ngoái", "~", 30, **T),
    R("khoảng «800 tấn", "quế các loại các doanh nghiệp tại Quảng Ngãi đã thu mua của bà con nông dân", "~",
      800, **TAN),
], NOT=["gần «20% so"])

# --------------------------------------------------------------------------
# 08 Điện Biên, medicinal herbs under the forest canopy (fpdf.dienbien.gov.vn; cut: the photo
# caption "Cây thảo quả đã đem lại nguồn thu nhập khá ... huyện Tuần Giáo"; no byline, no stamp;
# the address's "2020-02-08" is not in the text; the excerpt ends in "chuyển gia"). Year null for
# the results (the text names no year of them). Results: "tổng diện tích ước đạt 1.250ha" (=,
# spec: "ước đạt" a result), Điện Biên district's "tổng diện tích 109,49ha (sa nhân 54,49ha; quế
# 55ha)" (place "huyện Điện Biên"). Target: "Định hướng đến năm 2030, huyện Điện Biên tiếp tục mở
# rộng 65ha cây sa nhân" (`>=`, 2030). NOT: "khoảng 70% diện tích tự nhiên là đất nông, lâm
# nghiệp" (the province's land, an endowment, as set339 left a province's natural endowment; a
# judgement). Not quantities: "4 xã" (the lead count of the list of the four communes' names).
# Pillar null.
# --------------------------------------------------------------------------
DB = dict(place="huyện Điện Biên")
D08 = dict(name="08_dienbien-duoc-lieu-duoi-tan-rung", kind="result", year=None, records=[
    R("ước đạt «1.250ha", "tổng diện tích vùng trồng cây dược liệu tại các huyện Tuần Giáo, Mường Nhé, Điện Biên, "
      "Nậm Pồ", "=", 1250, **HA),
    R("tích «109,49ha", "tổng diện tích trồng cây dược liệu (sa nhân tím, quế) tại 4 xã của huyện Điện Biên", "=",
      109.49, **HA, **DB),
    R("sa nhân «54,49ha", "diện tích sa nhân", "=", 54.49, **HA, **DB),
    R("quế «55ha", "diện tích quế", "=", 55, **HA, **DB),
    R("mở rộng «65ha", "diện tích cây sa nhân mở rộng, trồng dưới tán rừng phòng hộ và rừng sản xuất", ">=", 65,
      **HA, **T, year=2030, **DB),
], NOT=["khoảng «70%"])

# --------------------------------------------------------------------------
# 09 Thanh Hóa, the province's medicinal herbs (nguoiduatin.vn; nothing cut; no byline, no stamp,
# no year in the text: year null; the excerpt ends in "Ngoài r"). Results: "gần 1.000 loài cây dược
# liệu, trong đó có khoảng 20 loài dược liệu quý" (counts, `~`; the species recorded as the earlier
# set's flora of Cúc Phương), "khoảng 2.000 ha ... trên đất nông nghiệp và 94.550 ha ... dưới tán
# rừng" (`~`, =), "(sản lượng khai thác 550 tấn/năm)" (a bracket that states a value, spec; unit
# "tấn/năm"), the research centre's "gần 300 loài cây dược liệu" conserved (`~`). Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_thanhhoa-dien-tich-duoc-lieu", kind="result", year=None, records=[
    R("có gần «1.000 loài", "loài cây dược liệu toàn tỉnh", "~", 1000, **CNT),
    R("khoảng «20 loài", "loài dược liệu quý", "~", 20, **CNT),
    R("khoảng «2.000 ha", "diện tích cây dược liệu đang được trồng trên đất nông nghiệp", "~", 2000, **HA),
    R("«94.550 ha", "diện tích cây dược liệu trồng dưới tán rừng", "=", 94550, **HA),
    R("khai thác «550 tấn", "sản lượng khai thác cây dược liệu", "=", 550, **U("tấn/năm")),
    R("chuyển vị gần «300 loài", "loài cây dược liệu đặc trưng được Trung tâm nghiên cứu Dược liệu Bắc Trung Bộ "
      "lưu giữ và bảo tồn chuyển vị", "~", 300, **CNT),
])

# --------------------------------------------------------------------------
# 10 Sơn La, the districts' linked medicinal-herb farms (doanhnghiephoinhap.vn; cut: the line of
# related-article links "Sơn La: Đẩy mạnh chuyển đổi số ... cất cánh cùng Vietnam Airlines |", the
# image placeholder "![]() |" and the caption "Vườn ươm cây sơn tra tại xã Ngọc Chiến, huyện Mường
# La. |"; no byline, no stamp, no year in the text: year null; the excerpt ends in "vẫn c").
# Results: the cooperative Phú Tuệ's "15 thành viên" and "1,5 ha sâm bố chính" (count and area, place
# "Mường La"), Bắc Yên's "hơn 1.000 ha" (`>`), the households' "thu nhập trên 100 triệu đồng/năm"
# (`>`, "đồng/năm"), Vân Hồ's "trên 146 ha" (`>`). Not quantities: "OCOP 3 sao" (a rating, a
# label). Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_sonla-lien-ket-duoc-lieu", kind="result", year=None, records=[
    R("với «15 thành viên", "thành viên Hợp tác xã Nam y dược Phú Tuệ - Mường La", "=", 15, **CNT, place="Mường La"),
    R("thành công «1,5 ha", "diện tích sâm bố chính Hợp tác xã Nam y dược Phú Tuệ phát triển", "=", 1.5, **HA,
      place="Mường La"),
    R("lên tới hơn «1.000 ha", "diện tích trồng dược liệu các xã vùng cao huyện Bắc Yên", ">", 1000, **HA,
      place="Bắc Yên"),
    R("thu nhập trên «100 triệu", "thu nhập các mô hình trồng dược liệu mang lại cho nhiều hộ gia đình", ">", 1e8,
      **U("đồng/năm"), place="Bắc Yên"),
    R("có trên «146 ha", "diện tích dược liệu huyện Vân Hồ", ">", 146, **HA, place="Vân Hồ"),
])

# --------------------------------------------------------------------------
# 11 Ninh Thuận, the opening of the province's plan 4497/KH-UBND of 18 October 2022 for medicinal
# herbs to 2025 (vanbanphapluat.co; nothing cut: the site's label "Văn bản khác 4497/KH-UBND" and
# title line kept as lines of the page; the excerpt ends in "vào gieo trồng, "). A precision text:
# the plan's excerpt stops before its targets; two records among document numbers and dates.
# Results of the survey of 2017 ("năm 2017 ... đã ghi nhận Ninh Thuận hiện có 1.269 loài cây
# thuốc, trong đó, đã chỉ ra 82 nguồn gen quý hiếm": counts, =, year 2017, the survey's year).
# Not quantities: "4497/KH-UBND" (three times, a document number), "18 tháng 10 năm 2022",
# "năm 2025", "năm 2030", "2022" (dates). Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_ninhthuan-ke-hoach-duoc-lieu-2022-precision", kind="result", year=2022, records=[
    R("có «1.269 loài", "loài cây thuốc Ninh Thuận hiện có", "=", 1269, **CNT, year=2017),
    R("chỉ ra «82 nguồn", "nguồn gen quý hiếm, đặc trưng, mang tính chất bản địa cần bảo tồn, phát triển", "=", 82,
      **CNT, year=2017),
])

# --------------------------------------------------------------------------
# 12 Bắc Kạn, the province's support to cooperatives in medicinal herbs, October 2023
# (doanhnghiephoinhap.vn; cut: the byline date "27/10/2023 16:00", written as the first line
# `date 2023-10-27`; the site's header lines "Thứ bảy 13/12/2025 10:00" (the site's date of the
# day the page was read), "Hotline: 024.355.63.010", "Email: ..." and "Thương hiệu" are kept, lines
# of the page that a reader sees first; the excerpt ends in "mướp đ"). A precision text: two
# records among a date of 2025, a time, a phone number. Year 2023 (the byline). Results: "hơn 1.000
# loại cây dược liệu" (`>`, count), "hỗ trợ HTX Giáo Hiệu (Pác Nặm) xây dựng được 1 dự án liên kết"
# (=, count, place "Pác Nặm"). Not quantities: "13/12/2025 10:00" (the site's date and time), the
# hotline "024.355.63.010". Pillar null.
# --------------------------------------------------------------------------
D12 = dict(name="12_backan-ho-tro-htx-duoc-lieu-2023-precision", kind="result", year=2023, records=[
    R("có hơn «1.000 loại", "loại cây dược liệu trên địa bàn tỉnh Bắc Kạn", ">", 1000, **CNT),
    R("được «1 dự án", "dự án liên kết từ sản xuất đến tiêu thụ sản phẩm được hỗ trợ HTX Giáo Hiệu xây dựng",
      "=", 1, **CNT, place="Pác Nặm"),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
