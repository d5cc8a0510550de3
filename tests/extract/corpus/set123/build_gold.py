#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set123).

Copied from set69's builder (itself from set47's, set45's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (241
entries; see README). As in set10-set47, the id is given in the record itself (`iid=`).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, GOV, ECO, SOC, INFRA, SEC, HR, DATA, SMART, INST, AWARE, CNT, RANK, T, RES  # noqa: E402


DIEM = dict(unit="other", unit_text="điểm")
DONG = dict(unit="other", unit_text="đồng")

MBPS = dict(unit="other", unit_text="Mbps")
KM = dict(unit="other", unit_text="km")

# --------------------------------------------------------------------------
# 01 The three operators' 5G at a round table, national (sggp.org.vn, no date
# shown; "Chiều 29-12", "phủ sóng toàn quốc trong năm 2025", "Dự kiến năm
# 2026" → document year 2025). VNPT "phấn đấu đến năm 2026 phủ sóng 55%-60%
# dân số" (target, between 55-60, 2026; infra.fiveg_coverage_share). Viettel
# "đến nay ... đã triển khai 30.000 trạm 5G" (result, =, count, 2025;
# infra.fiveg_stations_count), "phủ 90% ngoài trời và 70% trong nhà" (two
# results, each its own subject; outdoor and indoor are kinds of area, not
# levels or population groups → scope null; infra.fiveg_coverage_share, whose
# denominator is "dân số (hoặc khu vực)"; a judgement). The operators are not
# places (no `place`). No heading → pillar null. Not quantities: "29-12",
# "5G" (a name), "cuối năm 2024", "năm 2025", "năm 2026".
# --------------------------------------------------------------------------
D01 = dict(name="01_ca-nuoc-5g-nha-mang-toa-dam-2025", kind="result", year=2025, records=[
    R("phủ sóng «55%-60% dân số", "VNPT phủ sóng 5G dân số", "between", 55, value_max=60, kind="target",
      year=2026, iid="infra.fiveg_coverage_share"),
    R("triển khai «30.000 trạm 5G", "Viettel đã triển khai trạm 5G", "=", 30000, **CNT,
      iid="infra.fiveg_stations_count"),
    R("phủ «90% ngoài trời", "Viettel phủ sóng 5G ngoài trời", "=", 90, iid="infra.fiveg_coverage_share"),
    R("và «70% trong nhà", "Viettel phủ sóng 5G trong nhà", "=", 70, iid="infra.fiveg_coverage_share"),
])

# --------------------------------------------------------------------------
# 02 Viettel's stations on the borders and islands, national (qdnd.vn, no date
# shown). "hiện nay, Viettel đã xây dựng và phát sóng gần 2.000 trạm ... dọc
# đường biên giới, hơn 2.000 trạm ... khu vực biển, đảo" (results ~ and >,
# count; "hiện nay" and no document date → year null, a judgement as set69's
# 06). "Trong năm 2020, Viettel đã triển khai 1.158 tuyến truyền dẫn quân sự,
# nâng tổng số ... lên tới hơn 1.216 tuyến, tương đương 8.458km" (results of
# 2020: =, >, and the length = 8458 "km"). Ids null: one operator's stations
# by area are not the catalogue's station count; military transmission routes
# are not its fibre length (judgements). Not quantities: "hơn 15 năm" (a
# duration), "năm 2004", "năm 2017", "Đồn Biên phòng 680 Rạch Tàu" (a name),
# "4G", "4.0". Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_ca-nuoc-viettel-tram-bien-gioi-2020", kind="result", year=None, records=[
    R("phát sóng gần «2.000 trạm", "Viettel đã xây dựng và phát sóng trạm phủ sóng dọc đường biên giới", "~", 2000,
      **CNT),
    R("hơn «2.000 trạm phủ sóng khu vực", "trạm phủ sóng khu vực biển, đảo", ">", 2000, **CNT),
    R("triển khai «1.158 tuyến", "Viettel đã triển khai tuyến truyền dẫn quân sự", "=", 1158, **CNT, year=2020),
    R("lên tới hơn «1.216 tuyến", "tổng số tuyến truyền dẫn của Viettel phục vụ quốc phòng, an ninh", ">", 1216,
      **CNT, year=2020),
    R("tương đương «8.458km", "tổng số tuyến truyền dẫn của Viettel phục vụ quốc phòng, an ninh", "=", 8458,
      **KM, year=2020),
])

# --------------------------------------------------------------------------
# 03 Điện Biên, the fastest fixed broadband (vnreview.vn, no date shown;
# "trong tháng 3/2024" → 2024). Results in "Mbps" (other): Điện Biên's
# download 231,89 (infra.fixed_broadband_speed, whose name_en is the download
# speed) and upload 165,49 (no id: an upload speed); Hà Nội 94,08, TP.HCM
# 98,98, Đà Nẵng 93,03 (downloads, each with its `place`; the same id). Not
# quantities: "gấp 2,5 lần Hà Nội, gấp 2,3 lần TP.HCM và gấp 2,5 lần Đà Nẵng"
# (ratios between provinces, as set69's differences between provinces), "Lễ kỷ
# niệm 70 chiến thắng" (an anniversary's name), "3/2024". Pillar: the title
# "Tỉnh có tốc độ Internet nhanh nhất Việt Nam ..." heads the excerpt and names
# the network's speed → digital_infrastructure (a page title as heading, as
# set69's 08; Internet speed read as a topic of hạ tầng số; a judgement).
# --------------------------------------------------------------------------
D03 = dict(name="03_dienbien-toc-do-internet-co-dinh-2024", kind="result", year=2024, records=[
    R("ở mức «231,89 Mbps", "tốc độ Internet băng rộng cố định đường xuống (download) tại Điện Biên", "=", 231.89,
      **MBPS, pillar=INFRA, iid="infra.fixed_broadband_speed"),
    R("(upload) là «165,49 Mbps", "tốc độ Internet băng rộng cố định đường lên (upload)", "=", 165.49, **MBPS,
      pillar=INFRA),
    R("download «94,08 Mbps", "Hà Nội tốc độ download", "=", 94.08, **MBPS, pillar=INFRA, place="Hà Nội",
      iid="infra.fixed_broadband_speed"),
    R("TP.HCM («98,98 Mbps", "tốc độ Internet TP.HCM", "=", 98.98, **MBPS, pillar=INFRA, place="TP.HCM",
      iid="infra.fixed_broadband_speed"),
    R("Đà Nẵng («93,03 Mbps", "tốc độ Internet Đà Nẵng", "=", 93.03, **MBPS, pillar=INFRA, place="Đà Nẵng",
      iid="infra.fixed_broadband_speed"),
])

# --------------------------------------------------------------------------
# 04 i-Speed, August 2025, national (vneconomy.vn, stamp `date 2025-09`;
# "trong tháng 8/2025" → 2025). Fixed broadband nationally: download 271,2 and
# upload 200,99 Mbps; by operator: Viettel 318,71 / 266,24, VNPT 247,77 /
# 184,24, CMC 270,62 / 270,4, FPT "lần lượt ở mức 121,7 Mbps và 99,5 Mbps"
# (download then upload). 5G: MobiFone's download 411,04, Viettel's 457,26
# and upload 106. All results, =, "Mbps" (other). Ids: fixed downloads
# infra.fixed_broadband_speed (an operator's value read as a split by group of
# the same measure; a judgement); uploads and 5G speeds null (the catalogue's
# speeds are downloads of all mobile broadband; a judgement). NOT: "hơn 200%
# và 160% so với tháng 3", "(tăng 130%)", "(tăng 84%)" (changes against an
# earlier value). Not quantities: "tháng 3", "tháng thứ sáu", "tháng 7",
# "8/2025", "vị trí thứ hai" (no digit). Pillar null.
# --------------------------------------------------------------------------
FIX = "infra.fixed_broadband_speed"
D04 = dict(name="04_ca-nuoc-i-speed-thang-8-2025", kind="result", year=2025, records=[
    R("cả nước đạt «271,2 Mbps", "tốc độ tải xuống trung bình của mạng băng rộng cố định trên cả nước", "=", 271.2,
      **MBPS, iid=FIX),
    R("tải lên đạt «200,99 Mbps", "tốc độ tải lên mạng băng rộng cố định", "=", 200.99, **MBPS),
    R("Viettel đạt «318,71 Mbps", "Tốc độ tải xuống của Viettel", "=", 318.71, **MBPS, iid=FIX),
    R("tải lên «266,24 Mbps", "Viettel tải lên", "=", 266.24, **MBPS),
    R("tải xuống đạt «247,77 Mbps", "VNPT tốc độ tải xuống", "=", 247.77, **MBPS, iid=FIX),
    R("tải lên «184,24 Mbps", "VNPT tải lên", "=", 184.24, **MBPS),
    R("tải xuống «270,62 Mbps", "CMC Telecom tốc độ tải xuống", "=", 270.62, **MBPS, iid=FIX),
    R("tải lên «270,4 Mbps", "CMC Telecom tải lên", "=", 270.4, **MBPS),
    R("ở mức «121,7 Mbps", "FPT Telecom tốc độ tải xuống", "=", 121.7, **MBPS, iid=FIX),
    R("Mbps và «99,5 Mbps", "FPT Telecom tốc độ tải lên", "=", 99.5, **MBPS),
    R("tải xuống đạt «411,04 Mbps", "tốc độ tải xuống mạng băng rộng di động 5G của MobiFone", "=", 411.04, **MBPS),
    R("lên tới «457,26 Mbps", "Viettel tốc độ tải xuống mạng 5G", "=", 457.26, **MBPS),
    R("tải lên là «106 Mbps", "Viettel tốc độ tải lên mạng 5G", "=", 106, **MBPS),
], NOT=["hơn «200% và", "và «160% so", "(tăng «130%)", "(tăng «84%)"])

# --------------------------------------------------------------------------
# 05 Thanh Hóa, VNPT's tablets for poor pupils (vnptmedia.vn, byline
# 14/03/2022 → `date 2022-03`, 2022). Results: "150 máy tính bảng cùng sim
# VinaPhone trị giá 416 triệu đồng" (count; money "đồng" 4.16e8), "3.994 máy
# tính bảng" stated twice (both recorded), "trị giá gần 10 tỷ đồng" (~, 1e10).
# Target: "Dự kiến giai đoạn 1 của chương trình sẽ kêu gọi 1 triệu máy tính"
# (target, bare number → >=, 1e6 count; no year in the sentence → the
# document's 2022, a judgement). No ids (the catalogue has no donated
# devices). Not quantities: "Hậu Lộc 4" (a school's name), "giai đoạn 1",
# "tháng 9-2021", "05/2/2022", "Mùng 5", "10/3". Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_thanhhoa-vnpt-may-tinh-bang-2022", kind="result", year=2022, records=[
    R("trao tặng  «150 máy tính bảng", "VNPT Thanh Hóa trao tặng máy tính bảng cùng sim VinaPhone cho học sinh có "
      "hoàn cảnh khó khăn", "=", 150, **CNT),
    R("trị giá «416 triệu đồng", "máy tính bảng cùng sim VinaPhone trị giá", "=", 416e6, **DONG),
    R("kêu gọi «1 triệu máy tính", "giai đoạn 1 của chương trình kêu gọi máy tính cho học sinh khó khăn trên toàn "
      "quốc", ">=", 1e6, **CNT, kind="target"),
    R("đã trao tặng «3.994 máy tính bảng cho các", "Tập đoàn VNPT đã trao tặng máy tính bảng cho các học sinh có "
      "hoàn cảnh khó khăn trên địa bàn tỉnh Thanh Hóa", "=", 3994, **CNT),
    R("tiến hành trao tặng «3.994 máy tính bảng", "Phó Tổng Giám đốc Tập đoàn đã tiến hành trao tặng máy tính bảng",
      "=", 3994, **CNT),
    R("trị giá gần «10 tỷ đồng", "máy tính bảng trị giá", "~", 10e9, **DONG),
])

# --------------------------------------------------------------------------
# 06 Đồng Nai and Long An, VNPT's first tablets of the programme (vnpt.com.vn,
# no date shown, and no year anywhere in the excerpt → year null on every
# record; "ngày 10/11", "ngày 11/11" name no year). "Tập đoàn VNPT đã cam kết
# hỗ trợ 37.000 máy tính bảng" (a pledge: target, bare number → >=, count);
# restated "37.000 máy tính bảng được trao tặng theo chương trình" (the same
# pledge, recorded again: target >=; a judgement). Results "trao 5.656 máy
# tính bảng ... Đồng Nai" and "2.687 máy tính bảng ... Long An" (=, count, each
# with its province as `place`: the page is the group's, no document
# province). Not quantities: "37.000 cán bộ công nhân viên" (the contributors,
# as the participants of an event), "Data 4GB/ngày trong 3 tháng", "50.000
# đồng/30 ngày" (a tariff's terms), "Chỉ thị số 16", "10/11", "11/11". No ids.
# Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_dongnai-longan-vnpt-37000-may-tinh-bang", kind="result", year=None, records=[
    R("hỗ trợ «37.000 máy tính bảng", "Tập đoàn VNPT đã cam kết hỗ trợ máy tính bảng", ">=", 37000, **CNT,
      kind="target"),
    R("trao «5.656 máy tính bảng", "Tập đoàn VNPT và UBND tỉnh Đồng Nai đã tổ chức trao máy tính bảng cho các học "
      "sinh có hoàn cảnh khó khăn", "=", 5656, **CNT, place="Đồng Nai"),
    R("trao «2.687 máy tính bảng", "Tập đoàn VNPT đã trao máy tính bảng cho học sinh có hoàn cảnh khó khăn của "
      "tỉnh Long An", "=", 2687, **CNT, place="Long An"),
    R("\n«37.000 máy tính bảng được", "máy tính bảng được trao tặng theo chương trình “Sóng và máy tính cho em”",
      ">=", 37000, **CNT, kind="target"),
])

# --------------------------------------------------------------------------
# 07 Long An, the programme's first round (la34.com.vn; the site's own date
# line "Thứ Bảy, 13/09/2025 ..." cut, the byline 20/10/2021 → `date 2021-10`,
# 2021). Results, count: the title's "66 học sinh được trao tặng máy tính";
# "66 học sinh (đại diện cho 227 học sinh ...) được trao máy tính đợt 1" (two:
# the bracket states a value); "số lượng học sinh nhận máy tính đợt 1 gồm 227
# em ..., trong đó có 87 em lớp 12 và 140 em lớp 9" (three; the grades are a
# breakdown by kind of pupil → scope null, each its own subject; a judgement);
# "kinh phí gần 1 tỷ đồng" (~, "đồng"); "chỉ trao đại diện cho 66 học sinh"
# (=). No ids. Not quantities: "20/10/2021", "hơn 1 tháng" (a duration),
# "đợt 1" (an ordinal), "COVID-19", "lớp 12", "lớp 9" (the grades' names, the
# counts before them recorded). Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_longan-song-va-may-tinh-dot-1-2021", kind="result", year=2021, records=[
    R("\n«66 học sinh được trao tặng", "học sinh được trao tặng máy tính từ Chương trình “Sóng và máy tính cho em”",
      "=", 66, **CNT),
    R("20/10/2021, theo Chương trình “Sóng và máy tính cho em”, «66 học sinh", "học sinh được trao máy tính đợt 1",
      "=", 66, **CNT),
    R("(đại diện cho «227 học sinh", "học sinh có hoàn cảnh khó khăn trên địa bàn tỉnh", "=", 227, **CNT),
    R("đợt 1 gồm «227 em", "số lượng học sinh nhận máy tính đợt 1", "=", 227, **CNT),
    R("có «87 em lớp 12", "em lớp 12", "=", 87, **CNT),
    R("và «140 em lớp 9", "em lớp 9", "=", 140, **CNT),
    R("kinh phí gần «1 tỷ đồng", "kinh phí", "~", 1e9, **DONG),
    R("đại diện cho «66 học sinh thuộc", "chỉ trao đại diện cho học sinh thuộc các huyện Châu Thành, Tân Trụ, Thủ "
      "Thừa và thành phố Tân An", "=", 66, **CNT),
])

# --------------------------------------------------------------------------
# 08 Bà Rịa - Vũng Tàu, devices for pupils' online learning (baobariavungtau.com.vn,
# stamp `date 2021-10`, 2021). Results, count: "trao 19 điện thoại thông minh";
# "56 máy tính, 1.773 điện thoại thông minh, 203 máy tính bảng, 39 thiết bị
# (...)" (four, each its own subject), "tổng trị giá gần 4,3 tỷ đồng" (~,
# "đồng"); "trao 47 điện thoại thông minh", "trao 10 điện thoại thông minh";
# "Tổng kinh phí cho chương trình khoảng 1 tỷ đồng" (~, "đồng"); "đã trao 111
# chiếc" (=). Target: "tổng số smartphone sẽ trao là 359 chiếc" (bare "là" in a
# target → >=). Not quantities: "Ngoài 19 thiết bị trên" (a reference back to
# the 19 already recorded, no new statement; a judgement), "Mỗi chiếc
# smartphone trị giá 3 triệu đồng" (one item's price, as set69's patient's
# own amounts), the dates "11/10", "12/9", "22/9". No ids. Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_bariavungtau-thiet-bi-hoc-truc-tuyen-2021", kind="result", year=2021, records=[
    R("trao «19 điện thoại", "Tỉnh Đoàn phối hợp Đài Phát thanh-Truyền hình tỉnh trao điện thoại thông minh cho HS "
      "có hoàn cảnh khó khăn", "=", 19, **CNT),
    R("trao tặng «56 máy tính", "máy tính trao tặng HS khó khăn", "=", 56, **CNT),
    R("«1.773 điện thoại", "điện thoại thông minh trao tặng HS khó khăn", "=", 1773, **CNT),
    R("«203 máy tính bảng", "máy tính bảng trao tặng HS khó khăn", "=", 203, **CNT),
    R("«39 thiết bị", "thiết bị (máy tính, điện thoại đã qua sử dụng) trao tặng HS khó khăn", "=", 39, **CNT),
    R("gần «4,3 tỷ đồng", "tổng trị giá trao tặng HS khó khăn có thiết bị học trực tuyến", "~", 4.3e9, **DONG),
    R("trao «47 điện thoại", "Công an TX.Phú Mỹ đã trao điện thoại thông minh cho con em cán bộ, chiến sĩ Công an "
      "tỉnh có hoàn cảnh khó khăn", "=", 47, **CNT),
    R("trao «10 điện thoại", "Công an TX.Phú Mỹ đã trao điện thoại thông minh cho con em CBCS Ban chỉ huy Quân sự "
      "TX.Phú Mỹ", "=", 10, **CNT),
    R("trao là «359 chiếc", "tổng số smartphone sẽ trao", ">=", 359, **CNT, kind="target"),
    R("đã trao «111 chiếc", "Công an TX.Phú Mỹ đã trao smartphone", "=", 111, **CNT),
    R("khoảng «1 tỷ đồng", "Tổng kinh phí cho chương trình", "~", 1e9, **DONG),
])

# --------------------------------------------------------------------------
# 09 Lạng Sơn city, tablets bought with donations (xuancuong.vn, a donor
# firm's page; no date shown; "Sáng ngày 6/1" in the school year "2021-2022" →
# January 2022, year 2022; a judgement). Results: "số tiền ủng hộ là 100 triệu
# đồng" (=, "đồng" 1e8), "mua 100 máy tính bảng hỗ trợ trực tiếp cho 100 học
# sinh" (two counts), "có 44 em thuộc gia đình hộ nghèo, 32 em thuộc hộ cận
# nghèo và 24 em có hoàn cảnh đặc biệt khó khăn" (three counts split by
# population group (poor, near-poor households): scope "hộ nghèo", "hộ cận
# nghèo", "hoàn cảnh đặc biệt khó khăn"; a judgement, unlike 07's grades). No
# ids. Not quantities: "6/1", "2021-2022", "Covid-19". Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_langson-thanh-pho-may-tinh-bang-2022", kind="result", year=2022, records=[
    R("là «100 triệu đồng", "công ty Xuân Cương đã trao tặng số tiền ủng hộ", "=", 100e6, **DONG),
    R("mua «100 máy tính bảng", "UBND thành phố đã mua máy tính bảng", "=", 100, **CNT),
    R("cho «100 học sinh", "máy tính bảng hỗ trợ trực tiếp cho học sinh có hoàn cảnh đặc biệt khó khăn", "=", 100, **CNT),
    R("có «44 em", "em học sinh hỗ trợ máy tính bảng", "=", 44, **CNT, scope="hộ nghèo"),
    R("«32 em", "em học sinh hỗ trợ máy tính bảng", "=", 32, **CNT, scope="hộ cận nghèo"),
    R("«24 em", "em học sinh hỗ trợ máy tính bảng", "=", 24, **CNT, scope="hoàn cảnh đặc biệt khó khăn"),
])

# --------------------------------------------------------------------------
# 10 Đắk Nông, the programme's tablets (dantocmiennui.baotintuc.vn, no date
# shown and no year in the excerpt → year null). A precision text: one
# quantity, "đã tiếp nhận và trao tặng được 1.042 máy tính bảng kèm sim 4G"
# (result, =, count; the line is printed twice with a photo credit: one copy
# kept, the second cut). Not quantities: "lớp 4B" (a class's name), "4G".
# Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_daknong-song-va-may-tinh-precision", kind="result", year=None, records=[
    R("trao tặng được «1.042 máy tính bảng", "Sở Giáo dục và Đào tạo tỉnh Đắk Nông đã tiếp nhận và trao tặng máy "
      "tính bảng kèm sim 4G cho học sinh nghèo", "=", 1042, **CNT),
])

# --------------------------------------------------------------------------
# 11 Lạng Sơn, Viettel's public-service station at Nà Lại (tinbong247.org, a
# copy; no date shown; "Trong năm 2022"). A precision text with no quantity:
# "84 hộ dân sinh sống" (the hamlet's size, no target or result of the
# transformation; a judgement, as set69's "chiếm gần 90%"),
# "tháng 5/2022", "tháng 9/2022", "năm 2022", "3G, 4G", "hàng trăm mét" (no
# digit). No records.
# --------------------------------------------------------------------------
D11 = dict(name="11_langson-viettel-tram-cong-ich-2022-precision", kind="result", year=2022, records=[])

# --------------------------------------------------------------------------
# 12 VinaPhone's My VNPT promotion, national (vinaphone.com.vn, byline
# 28/06/2022 → `date 2022-06`). A precision text with no quantity: the offer's
# terms ("15GB" in the title twice, "5GB Data ... tối đa 15GB", "5GB sử dụng
# trong 15 ngày", "1 lần", "2 mục") are a promotion's conditions, not a target
# or result of an indicator; dates "27/06/2022", "31/08/2022", "20/5", "31/8",
# "1/1/2022", "20/05/2022", "21/5/2022", "31/08", "năm 2022"; list numbers "1."
# to "5.", "Bước 1", "Bước 2". No records.
# --------------------------------------------------------------------------
D12 = dict(name="12_ca-nuoc-my-vnpt-15gb-2022-precision", kind="result", year=2022, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
