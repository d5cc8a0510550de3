#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set328).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Theme: riverbank and coastal erosion, dykes and embankments. No heading or lead-in names a pillar:
pillar null throughout. The catalogue (muctieu/catalog/data/indicators.yaml) has no indicator of
erosion, dykes, embankments, relocation or disaster damage: `indicator_id_gold` null throughout
(see README). Units: lengths other "m"/"km"/"mét"/"cm" as written, areas "ha"/"km2", money "đồng"
(magnitude word multiplied in) or "Euro"; houses, households, sites, incidents, works count.

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

unit = functools.partial(dict, unit="other")
M, KM, HA = unit(unit_text="m"), unit(unit_text="km"), unit(unit_text="ha")
VND = unit(unit_text="đồng")
B = 1e9  # "tỷ"

# --------------------------------------------------------------------------
# 01 Cà Mau, 285 works and more than 63,000 billion dong needed against erosion, September 2025
# (vnexpress.net; the stamp " date 2025-09-25" written as the first line; cut: the photo caption
# "Đoạn sạt lở gần cửa biển Bồ Đề ... Ảnh: An Minh" with the blank line after it; the excerpt ends
# in "kè cử"). Year 2025. Targets: the lead's "Tỉnh cần thực hiện 285 công trình, dự án ... với
# nhu cầu kinh phí hơn 63.000 tỷ đồng" (what the province must carry out and the money it needs:
# kind target, `>=` for the bare count, `>` for "hơn"; no deadline: the page's year, as set322).
# Results: "204 km bị sạt lở", "giai đoạn 2011-2025 ... mất khoảng 6.250 ha" (the period's end,
# 2025), the embankments built in the former Cà Mau ("khoảng 93 km kè bảo vệ bờ biển với tổng kinh
# phí 3.590 tỷ đồng; 9,2 km kè bảo vệ bờ sông, kinh phí thực hiện khoảng 391 tỷ đồng"), "khôi phục
# gần 1.000 ha rừng phòng hộ" and the former Bạc Liêu's "6,5 km kè cử[a]" (cut by the excerpt,
# recorded with the words given). Not quantities: "310 km bờ biển" (the coastline's length, the
# denominator of the 204 km, as set323 read a fleet's size), "ba mặt", "hai chế độ" (words),
# "hàng nghìn hộ" (no digits), "2011-2025" (dates).
# --------------------------------------------------------------------------
D01 = dict(name="01_camau-sat-lo-bo-bien-kinh-phi-2025", kind="result", year=2025, records=[
    R("thực hiện «285 công trình", "công trình, dự án phòng, chống sạt lở, ổn định đời sống người dân tỉnh cần "
      "thực hiện", ">=", 285, **CNT, **T),
    R("kinh phí hơn «63.000 tỷ", "nhu cầu kinh phí thực hiện các công trình, dự án phòng, chống sạt lở", ">",
      63000 * B, **VND, **T),
    R("có đến «204 km", "bờ biển bị sạt lở", "=", 204, **KM),
    R("mất khoảng «6.250 ha", "diện tích đất và rừng phòng hộ bị mất do sạt lở bờ biển giai đoạn 2011-2025", "~",
      6250, **HA),
    R("dựng khoảng «93 km", "kè bảo vệ bờ biển địa phương đã xây dựng ở khu vực tỉnh Cà Mau cũ", "~", 93, **KM),
    R("kinh phí «3.590 tỷ", "tổng kinh phí kè bảo vệ bờ biển ở khu vực tỉnh Cà Mau cũ", "=", 3590 * B, **VND),
    R("đồng; «9,2 km", "kè bảo vệ bờ sông địa phương đã xây dựng ở khu vực tỉnh Cà Mau cũ", "=", 9.2, **KM),
    R("khoảng «391 tỷ", "kinh phí thực hiện kè bảo vệ bờ sông ở khu vực tỉnh Cà Mau cũ", "~", 391 * B, **VND),
    R("phục gần «1.000 ha", "rừng phòng hộ khôi phục, công trình kè chống sạt lở bờ biển", "~", 1000, **HA),
    R("xây dựng «6,5 km", "kè cử tỉnh xây dựng ở khu vực Bạc Liêu cũ", "=", 6.5, **KM),
])

# --------------------------------------------------------------------------
# 02 Đồng Tháp, houses swallowed by the Tiền river at Tân Long and the province's erosion of the
# first ten months, October 2025 (dantri.com.vn; the stamp " date 2025-10-29" as the first line;
# nothing cut; the excerpt ends in "gây ng"). Year 2025. Results: the night's incident ("4 căn nhà
# ... đổ sụp", "chiều dài khoảng 50m, ăn sâu vào đất liền khoảng 30m, cuốn trôi thêm 4 căn nhà và
# ảnh hưởng nặng đến 7 hộ dân": an erosion's length and depth, the houses lost and the households
# hit are this theme's measured outcomes, a judgement kept through the set) and the province's
# ten months ("hơn 155 điểm", "gần 20km", "15 điểm trên sông Tiền", "18 căn nhà", "43 căn khác",
# "khoảng 30 tỷ đồng"). Not quantities: "cách bến phà ... khoảng 150m", "Cách Đồng Tháp hơn 100km"
# (distances that place a site), "0 giờ" (a time), "27/10", "28/10", "10 tháng đầu năm 2025"
# (dates and a period).
# --------------------------------------------------------------------------
D02 = dict(name="02_dongthap-sat-lo-song-tien-2025", kind="result", year=2025, records=[
    R("khiến «4 căn nhà", "căn nhà của người dân đổ sụp hoàn toàn xuống sông, vụ sạt lở tại ấp Tân Quới", "=", 4,
      **CNT),
    R("dài khoảng «50m", "chiều dài sạt lở tiếp tục diễn ra", "~", 50, **M),
    R("liền khoảng «30m", "sạt lở ăn sâu vào đất liền", "~", 30, **M),
    R("thêm «4 căn nhà", "căn nhà bị sạt lở cuốn trôi thêm", "=", 4, **CNT),
    R("đến «7 hộ dân", "hộ dân lân cận bị ảnh hưởng nặng", "=", 7, **CNT),
    R("hơn «155 điểm", "điểm sạt lở bờ sông, kênh, rạch toàn tỉnh ghi nhận", ">", 155, **CNT),
    R("dài gần «20km", "tổng chiều dài các điểm sạt lở bờ sông, kênh, rạch", "~", 20, **KM),
    R("có «15 điểm", "điểm sạt lở trên sông Tiền", "=", 15, **CNT),
    R("sập «18 căn nhà", "căn nhà các vụ sạt lở đã làm sập", "=", 18, **CNT),
    R("hưởng «43 căn", "căn nhà các vụ sạt lở đã ảnh hưởng", "=", 43, **CNT),
    R("khoảng «30 tỷ", "thiệt hại các vụ sạt lở gây", "~", 30 * B, **VND),
])

# --------------------------------------------------------------------------
# 03 An Giang, 106 erosion incidents of 2025, December 2025 (tienphong.vn; the stamp
# " date 2025-12-12" as the first line; nothing cut; the excerpt ends in "Sở"). Year 2025. Results,
# every statement recorded where it stands (title, lead, the official's account, the caption, the
# Mỹ Hòa Hưng paragraph), as set324 records a title's figure: the title's "Hơn 100 vụ" and "gần
# 12 tỷ đồng"; the lead's "106 vụ", "hơn 5km", "72 hộ dân ... di dời khẩn cấp", "9 căn nhà sập
# hoàn toàn, 13 căn sập một phần", "khoảng 12 tỷ đồng"; the account's "106 vụ", "hơn 5,2km", "72
# căn nhà", "9 căn", "13 căn", "hơn 12 tỷ đồng"; the caption's "2 căn nhà" (it states a figure:
# kept, not cut); "dài khoảng 100 m, ăn sâu 25 m vào bờ, làm 2 căn nhà rơi hoàn toàn xuống sông".
# Not quantities: "chỉ còn cách nhà dân 1 - 2m" (a distance that places the edge), "10/12/2025",
# "4/9", "4/9/2025", "18/9" (dates).
# --------------------------------------------------------------------------
D03 = dict(name="03_angiang-sat-lo-bo-song-di-doi-2025", kind="result", year=2025, records=[
    R("Hơn «100 vụ", "vụ sạt lở ở An Giang", ">", 100, **CNT),
    R("thiệt hại gần «12 tỷ", "thiệt hại vụ sạt lở ở An Giang", "~", 12 * B, **VND),
    R("ghi nhận «106 vụ sạt lở bờ sông", "vụ sạt lở bờ sông, kênh rạch An Giang ghi nhận trong năm", "=", 106,
      **CNT),
    R("dài hơn «5km", "chiều dài sạt lở bờ sông, kênh rạch", ">", 5, **KM),
    R("buộc «72 hộ dân", "hộ dân phải di dời khẩn cấp, vụ sạt lở", "=", 72, **CNT),
    R("có «9 căn nhà", "căn nhà sập hoàn toàn", "=", 9, **CNT),
    R("toàn, «13 căn sập một phần, tổng", "căn nhà sập một phần", "=", 13, **CNT),
    R("ước khoảng «12 tỷ", "tổng thiệt hại sạt lở", "~", 12 * B, **VND),
    R("nhận «106 vụ sạt lở, nứt", "vụ sạt lở, nứt, sụt lún bờ đất, bờ sông, kênh rạch toàn tỉnh ghi nhận", "=",
      106, **CNT),
    R("lở hơn «5,2km", "tổng chiều dài sạt lở", ">", 5.2, **KM),
    R("khẩn cấp «72 căn nhà", "căn nhà các sự cố buộc phải di dời khẩn cấp", "=", 72, **CNT),
    R("đó «9 căn sập", "căn nhà sập hoàn toàn", "=", 9, **CNT),
    R("toàn, «13 căn sập một phần, ước", "căn nhà sập một phần", "=", 13, **CNT),
    R("thiệt hại hơn «12 tỷ", "thiệt hại các sự cố sạt lở", ">", 12 * B, **VND),
    R("khiến «2 căn nhà", "căn nhà bị cuốn trôi trong vụ sạt lở ở xã Mỹ Hòa Hưng", "=", 2, **CNT),
    R("dài khoảng «100 m", "chiều dài sạt lở đoạn đường từ cống Út Na đến chợ Đầu Cồn", "~", 100, **M),
    R("sâu «25 m", "sạt lở ăn sâu vào bờ", "=", 25, **M),
    R("làm «2 căn nhà", "căn nhà rơi hoàn toàn xuống sông", "=", 2, **CNT),
])

# --------------------------------------------------------------------------
# 04 Quảng Trị, the Hải Thành - Quang Phú sea embankment collapsing before its acceptance,
# December 2025 (vnexpress.net; the stamp " date 2025-12-11" as the first line; nothing cut: the
# video caption "Kè 35 tỷ đồng ... Video: Đắc Thành" and the photo caption "Hơn 700 m kè ... Ảnh:
# Đắc Thành" state figures and stay; the excerpt ends in "cuốn trôi ư"). Year 2025. Results: the
# embankment's "dài 868 m, tổng vốn 35 tỷ đồng" (an approved work's length and capital are results
# of the page's date, set322), "đã bị sóng đánh sập hơn 700 m"; the caption's "Kè 35 tỷ đồng";
# "Tình trạng ban đầu là hơn 200 m bị sạt lở" (year 2021: the first damage after the storm of
# "tháng 10/2021" the paragraph before names; a judgement), "đến nay đã lan thành hơn 700 m"; the
# caption's "Hơn 700 m kè bị đổ sập". Not quantities: "tuyến đường bêtông 3 m" (a road's width, a
# property of the design, as set322), "đầu 2020", "10/2021", "2022 đến 2025", "3/2025", "2018
# đến 2025" (dates).
# --------------------------------------------------------------------------
D04 = dict(name="04_quangtri-ke-hai-thanh-sap-2025", kind="result", year=2025, records=[
    R("Phú dài «868 m", "tuyến kè Hải Thành - Quang Phú dài", "=", 868, **M),
    R("tổng vốn «35 tỷ", "tổng vốn tuyến kè Hải Thành - Quang Phú", "=", 35 * B, **VND),
    R("đánh sập hơn «700 m.", "kè bị sóng đánh sập", ">", 700, **M),
    R("Kè «35 tỷ đồng chưa", "kè chưa nghiệm thu bị đổ sập", "=", 35 * B, **VND),
    R("là hơn «200 m", "kè bị sạt lở, tình trạng ban đầu", ">", 200, **M, year=2021,
      note="the first damage after the storm of October 2021"),
    R("thành hơn «700 m ở", "kè sạt lở đến nay đã lan ở hai đầu tuyến", ">", 700, **M),
    R("Hơn «700 m kè", "kè bị đổ sập xuống biển", ">", 700, **M),
])

# --------------------------------------------------------------------------
# 05 Quảng Nam, the approved project against erosion of Hội An's coast, August 2023 (vtc.vn; the
# stamp " date 2023-08" as the first line; cut: the photo captions without figures "Những năm qua,
# bờ biển Hội An liên tục bị công phá." and "Dãy nhà dân ven biển Hội An bị sóng đánh sập.", each
# with the blank line after it; the excerpt ends in "bị trô"). Results (2023): the approved
# investment "42 triệu Euro, tương đương hơn 900 tỷ đồng" (two records, unit_text "Euro" and
# "đồng"). Targets: the project's aim "bảo vệ ... cho toàn bộ khoảng 3,2 km2 diện tích đất, hơn
# 1.300 hộ dân" (year 2026, the project's end "đến năm 2026"). Result of 2022 ("trong năm 2022"):
# "sạt lở khoảng 3-4m" (between 3 and 4, as set324's "khoảng 50-80%"). Not quantities: "năm 2019
# đến năm 2026" (dates).
# --------------------------------------------------------------------------
D05 = dict(name="05_quangnam-hoi-an-ke-chong-xoi-lo-2023", kind="result", year=2023, records=[
    R("là «42 triệu Euro", "tổng mức đầu tư xây dựng dự án chống xói lở và bảo vệ bền vững bờ biển Hội An", "=",
      42e6, **unit(unit_text="Euro")),
    R("đương hơn «900 tỷ", "tổng mức đầu tư xây dựng dự án chống xói lở và bảo vệ bền vững bờ biển Hội An", ">",
      900 * B, **VND),
    R("khoảng «3,2 km2", "diện tích đất dự án bảo vệ", "~", 3.2, **unit(unit_text="km2"), **T, year=2026),
    R("hơn «1.300 hộ", "hộ dân phường Cửa Đại và khu vực lân cận dự án bảo vệ", ">", 1300, **CNT, **T,
      year=2026),
    R("khoảng «3-4m", "đoạn bờ biển không có kè tạm tại khối An Bàng bị sạt lở", "between", 3, **M,
      value_max=4, year=2022),
])

# --------------------------------------------------------------------------
# 06 Nam Định, the province's plan for the national scheme against riverbank and coastal erosion to
# 2030, September 2020 (baonamdinh.com.vn; cut: the byline "Cập nhật lúc19:20, Thứ Tư, 09/09/2020
# (GMT+7)", written as the first line `date 2020-09-09`; the excerpt ends in "Tăng cườn"). A
# precision text: one record. Target: "phấn đấu đến năm 2030 hoàn thành 90% việc di dời các hộ dân
# ra khỏi khu vực có nguy cơ cao xảy ra sạt lở" (>=, 2030). Not quantities: "8-9-2020" (a date),
# "Kế hoạch số 82:/KH-UBND" (a document), "đến năm 2030" (the scheme's name, twice), "đến năm
# 2023", "đến năm 2025" (deadlines of targets without a number), "7 nhiệm vụ" (tasks, spec).
# --------------------------------------------------------------------------
D06 = dict(name="06_namdinh-ke-hoach-sat-lo-2030-2020-precision", kind="target", year=2030, records=[
    R("hoàn thành «90% việc", "việc di dời các hộ dân ra khỏi khu vực có nguy cơ cao xảy ra sạt lở hoàn thành",
      ">=", 90),
])

# --------------------------------------------------------------------------
# 07 Hà Nội, two dykes cracked and sunk after storm no. 3, July 2025 (tienphong.vn; the stamp
# " date 2025-07" as the first line; cut: the photo caption "Một điểm sụt lún trên tuyến đê hữu
# Cầu thuộc địa bàn xã Đa Phúc, Hà Nội." with the blank line after it; the excerpt ends in
# "phườ"). Year 2025. Results: the title's "2 tuyến đê"; the lead's "2 sự cố về đê điều với tổng
# chiều dài nứt, lún lên tới 631m, có đoạn lún sâu 8cm" ("lên tới" is reached: `=`); the second
# paragraph's "631m" and "8cm" again ("hai sự cố" in words: none); the storm's other damage "228
# cây xanh", "407 sự cố hệ thống chiếu sáng", "43 sự cố giao thông", "13 công trình" (tốc mái),
# "23ha cây trồng", "0,72ha lúa". Not quantities: "bão số 3" (a name, three times), "23/7" (a date).
# --------------------------------------------------------------------------
CM = unit(unit_text="cm")
D07 = dict(name="07_hanoi-su-co-de-dieu-bao-so-3-2025", kind="result", year=2025, records=[
    R("Nội: «2 tuyến đê", "tuyến đê bị nứt, lún sau bão", "=", 2, **CNT),
    R("có «2 sự cố", "sự cố về đê điều trên địa bàn TP Hà Nội", "=", 2, **CNT),
    R("lún lên tới «631m, có đoạn lún sâu 8cm tiềm ẩn nguy cơ mất an toàn cho", "tổng chiều dài nứt, lún "
      "các sự cố về đê điều", "=", 631, **M),
    R("lún sâu «8cm tiềm ẩn nguy cơ mất an toàn cho", "đoạn đê lún sâu", "=", 8, **CM),
    R("Tổng chiều dài nứt lún lên tới «631m", "tổng chiều dài nứt lún hai sự cố về đê điều", "=", 631, **M),
    R("lún sâu «8cm, tiềm", "đoạn đê lún sâu", "=", 8, **CM),
    R("làm «228 cây", "cây xanh bị đổ và gãy cành", "=", 228, **CNT),
    R("cành, «407 sự cố", "sự cố hệ thống chiếu sáng công cộng", "=", 407, **CNT),
    R("cộng, «43 sự cố", "sự cố giao thông", "=", 43, **CNT),
    R("mái «13 công trình", "công trình bị tốc mái ở xã Trần Phú và xã Tây Phương", "=", 13, **CNT),
    R("úng «23ha", "cây trồng ngập úng tại xã Hòa Phú", "=", 23, **HA),
    R("và «0,72ha", "lúa mới cấy tại xã Ứng Thiên bị ảnh hưởng", "=", 0.72, **HA),
])

# --------------------------------------------------------------------------
# 08 Cần Thơ, river-bank erosion points since the start of the year (cantho24h.com.vn, a tag page;
# nothing cut; no byline, no stamp, no year in the text: year null). Results: "34 điểm sạt lở bờ
# sông với tổng chiều dài hơn 1.023 mét, ước tính thiệt hại trên 6,3 tỷ đồng" (unit_text "mét" as
# written) and the storms' "17 đợt, gây thiệt hại khoảng 1,8 tỷ đồng".
# --------------------------------------------------------------------------
D08 = dict(name="08_cantho-diem-sat-lo-bo-song", kind="result", year=None, records=[
    R("ra «34 điểm", "điểm sạt lở bờ sông trên địa bàn thành phố", "=", 34, **CNT),
    R("dài hơn «1.023 mét", "tổng chiều dài điểm sạt lở bờ sông", ">", 1023, **unit(unit_text="mét")),
    R("hại trên «6,3 tỷ", "thiệt hại sạt lở bờ sông", ">", 6.3 * B, **VND),
    R("xuất hiện «17 đợt", "đợt mưa lớn kèm dông lốc", "=", 17, **CNT),
    R("khoảng «1,8 tỷ", "thiệt hại mưa lớn kèm dông lốc gây", "~", 1.8 * B, **VND),
])

# --------------------------------------------------------------------------
# 09 Trà Vinh, the province's dangerous erosion sites and the money needed (baotintuc.vn; nothing
# cut; no byline, no stamp, no year in the text: year null, the address's "20231013" is not in the
# text). Results: "khoảng 48 điểm, khu vực sạt lở ... nguy hiểm; trong đó, có 44 khu vực sạt lở bờ
# sông, dài khoảng 198,9km, 4 khu vực sạt lở bờ biển, tổng chiều dài khoảng 16km" (a group and its
# parts, one record each, scope null: a breakdown by kind of bank); "Khánh Hòa [sic] có 2 khu vực
# sạt lở bờ biển ... được UBND tỉnh công bố tình huống khẩn cấp" (the page's own words; no place:
# the sites are Trà Vinh's Duyên Hải). Target: "cần được sớm khắc phục, bố trí vốn ... với tổng
# kinh phí khoảng 5.844 tỷ đồng" (money needed, as 01's "nhu cầu kinh phí": kind target, `~`).
# Not a second record: "Cả 2 khu vực sạt lở này" (the same group named again, as set323).
# --------------------------------------------------------------------------
D09 = dict(name="09_travinh-diem-sat-lo-kinh-phi", kind="result", year=None, records=[
    R("khoảng «48 điểm", "điểm, khu vực sạt lở bờ sông, bờ biển nguy hiểm trên địa bàn tỉnh", "~", 48, **CNT),
    R("có «44 khu vực", "khu vực sạt lở bờ sông", "=", 44, **CNT),
    R("dài khoảng «198,9km", "khu vực sạt lở bờ sông dài", "~", 198.9, **KM),
    R("km, «4 khu vực", "khu vực sạt lở bờ biển", "=", 4, **CNT),
    R("dài khoảng «16km", "tổng chiều dài khu vực sạt lở bờ biển", "~", 16, **KM),
    R("phí khoảng «5.844 tỷ", "tổng kinh phí đầu tư xây dựng công trình khắc phục điểm, khu vực sạt lở", "~",
      5844 * B, **VND, **T),
    R("Hòa có «2 khu vực", "khu vực sạt lở bờ biển được UBND tỉnh công bố tình huống khẩn cấp", "=", 2, **CNT),
])

# --------------------------------------------------------------------------
# 10 Bình Thuận, embankments built since 2020 under the provincial plan for the national scheme
# (binhthuan.gov.vn; cut: the image line "![](https://storage-vnportal.vnpt.vn/...h4.jpg)" and the
# source tag "(binhthuan.gov.vn)"; no byline, no stamp; the excerpt ends in "kh"). A precision
# text: two records among dates, a document number and names with digits. Results: "từ năm 2020
# đến nay ... hoàn thành đưa vào sử dụng 06 công trình Kè bảo vệ bờ sông và 15 công trình Kè bảo vệ
# bờ biển" (year null: a total to "nay" on an undated page, as set322). Not quantities: "Kế hoạch số
# 4048/KH-UBND ngày 19/10/2020" (a document and a date), "đến năm 2030" (the scheme's name), the
# list leads "Cụ thể, 06 công trình ... là:" and "15 công trình Kè bảo vệ bờ biển, trong đó" (the
# same groups named again to open their lists, as set193's "15 xã ... bao gồm"), "thôn 1, thôn
# 2", "thôn 8, thôn 9", "giai đoạn 2" (names).
# --------------------------------------------------------------------------
D10 = dict(name="10_binhthuan-cong-trinh-ke-2020-precision", kind="result", year=None, records=[
    R("sử dụng «06\ncông", "công trình kè bảo vệ bờ sông xây dựng và hoàn thành đưa vào sử dụng từ năm 2020",
      "=", 6, **CNT),
    R("và «15 công trình", "công trình kè bảo vệ bờ biển xây dựng và hoàn thành đưa vào sử dụng từ năm 2020",
      "=", 15, **CNT),
])

# --------------------------------------------------------------------------
# 11 Thanh Hóa, the draft scheme to resettle and stabilise households in areas at high risk of flash
# floods and landslides in the mountain communes, 2025-2030, December 2025 (baothanhhoa.vn; the
# stamp " date 2025-12-20" as the first line; cut: the photo captions "Toàn cảnh hội nghị." and
# "Đại diện lãnh đạo Sở Nông nghiệp và Môi trường trình bày dự thảo đề án.", each with the blank
# line after it; the excerpt ends in "điểm sinh hoạt"). Targets of the scheme (year 2030, the
# period's end): "sắp xếp, ổn định cho 2.756 hộ dân/47 xã" (two counts: households and communes,
# as set323's "N lượt/M tàu"), "100% trạm y tế xã được xây dựng kiên cố", "100% thôn, bản có điện
# lưới quốc gia và có điểm sinh hoạt" (cut by the excerpt; recorded with the words given). Not
# quantities: "20/12", "2025-2030", "2021-2025" (dates, periods), "3 hình thức" (the forms of
# resettlement, as the spec's parts and kinds).
# --------------------------------------------------------------------------
D11 = dict(name="11_thanhhoa-de-an-on-dinh-dan-cu-2025-2030", kind="target", year=2030, records=[
    R("cho «2.756 hộ", "hộ dân tại các khu vực có nguy cơ cao xảy ra lũ ống, lũ quét, sạt lở đất được sắp xếp, "
      "ổn định", ">=", 2756, **CNT),
    R("dân/«47 xã", "xã có hộ dân được sắp xếp, ổn định", ">=", 47, **CNT),
    R("mới; «100% trạm", "trạm y tế xã được xây dựng kiên cố", ">=", 100),
    R("cố; «100% thôn", "thôn, bản có điện lưới quốc gia và có điểm sinh hoạt", ">=", 100),
])

# --------------------------------------------------------------------------
# 12 Vĩnh Long, the emergency declared for coastal erosion at Long Vĩnh, October 2025 (sggp.org.vn;
# the stamp " date 2025-10-15" as the first line; cut: the section label "Xã hội" with the blank
# line after it; the caption "Sạt lở ban đầu ước thiệt hại khoảng 3,5 tỷ đồng" states a figure and
# stays; the excerpt ends in "Phó G"). Year 2025. Results: "tổng chiều dài đoạn sạt lở khoảng
# 410m", "có nguy cơ lan rộng thêm khoảng 800m" (the stretch assessed at risk, a value of the
# page's date; a judgement), "chân đê dài khoảng 70m", "ước thiệt hại đến 4 hộ dân nuôi tôm, với
# diện tích 2,2ha ao nuôi, tổng thiệt hại khoảng 3,5 tỷ đồng", the caption's "khoảng 3,5 tỷ đồng",
# and the exposure behind the dyke "hơn 200 hộ dân với 250ha nuôi trồng thủy sản ... có nguy cơ
# thiệt hại trên 3.500 tỷ đồng" (an assessment at the page's date, kind result; a judgement). Not
# quantities: "15-10" (a date).
# --------------------------------------------------------------------------
D12 = dict(name="12_vinhlong-sat-lo-bo-bien-long-vinh-2025", kind="result", year=2025, records=[
    R("khoảng «410m", "tổng chiều dài đoạn sạt lở bờ biển tại ấp Giồng Bàn, xã Long Vĩnh", "~", 410, **M),
    R("khoảng «800m", "chiều dài đoạn có nguy cơ sạt lở lan rộng thêm", "~", 800, **M),
    R("khoảng «70m", "chiều dài phần chân đê bị sạt lở", "~", 70, **M),
    R("đến «4 hộ", "hộ dân nuôi tôm bị thiệt hại", "=", 4, **CNT),
    R("tích «2,2ha", "diện tích ao nuôi bị thiệt hại", "=", 2.2, **HA),
    R("hại khoảng «3,5 tỷ đồng.", "tổng thiệt hại sạt lở bờ biển", "~", 3.5 * B, **VND),
    R("thiệt hại khoảng «3,5 tỷ đồng\n", "sạt lở ban đầu ước thiệt hại", "~", 3.5 * B, **VND),
    R("hơn «200 hộ", "hộ dân phía trong đê có nguy cơ thiệt hại nếu vỡ đê", ">", 200, **CNT),
    R("với «250ha", "diện tích nuôi trồng thủy sản phía trong đê có nguy cơ thiệt hại nếu vỡ đê", "=", 250, **HA),
    R("hại trên «3.500 tỷ", "thiệt hại có nguy cơ xảy ra nếu vỡ đê", ">", 3500 * B, **VND),
])

# --------------------------------------------------------------------------
# 13 Long An, the emergency declared for erosion at Kiến Tường and Thạnh Hóa, September 2023
# (vov.vn; the stamp " date 2023-09" as the first line; cut: the photo caption "Các địa phương có
# sạt lở chủ động phương án ứng phó (Ảnh: NQ)" with the blank line after it). Year 2023. Results:
# "Vị trí thứ nhất chiều dài 1.273m", "Vị trí thứ hai ... chiều dài 1.176m", "vùng sạt lở lấn sâu
# vào trong từ 3-5m" (between), "dài khoảng 270m với 5 đoạn sạt lở. Trong đó có 2 đoạn thuộc sạt
# lở đặc biệt nguy hiểm và 3 đoạn sạt lở nguy hiểm" (a group and its parts by grade, one record
# each, scope null, as set324's grades). Not quantities: "Độ sâu từ mặt đất hiện trạng đến đáy kênh
# từ 12-15m" (the channel's depth, a property of the site, as 04's road width), "Phường 1, Phường
# 2", "Phường 3", "liên ấp 1-4" (names), "Hai vị trí" (words).
# --------------------------------------------------------------------------
D13 = dict(name="13_longan-sat-lo-vam-co-tay-2023", kind="result", year=2023, records=[
    R("dài «1.273m", "chiều dài vị trí sạt lở tại bờ sông Vàm Cỏ Tây", "=", 1273, **M),
    R("dài «1.176m", "chiều dài vị trí sạt lở tại bờ Rạch Cá Rô", "=", 1176, **M),
    R("từ «3-5m", "vùng sạt lở lấn sâu vào trong", "between", 3, **M, value_max=5),
    R("khoảng «270m", "điểm sạt lở đường giao thông nông thôn xã Thủy Tây dài", "~", 270, **M),
    R("với «5 đoạn", "đoạn sạt lở đường giao thông nông thôn xã Thủy Tây", "=", 5, **CNT),
    R("có «2 đoạn", "đoạn sạt lở đặc biệt nguy hiểm", "=", 2, **CNT),
    R("và «3 đoạn", "đoạn sạt lở nguy hiểm", "=", 3, **CNT),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
