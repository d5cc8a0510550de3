#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set275).

Adapted from set193's builder. Every record below is typed by hand and finds its own anchor: the
record's locator is a piece of the text, unique in it, in which « marks where the number begins
(the anchor is that position once « is removed). The clause span (`start`/`end`) is goldkit's
`clause_span`, as the seeds' builder computes it. A document's NOT list holds the locators of the
percentages left without a record on purpose (not quantities under the contract), so that
check_gold.py can confirm every percentage is either recorded or listed there.

Each record also carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml (see README): in this set's theme (land recovery, site
clearance, land auctions, land-use certificates) no catalogue indicator fits, and every record's
id is null (`iid` left out).

The set's theme gives most records a unit of area or money: `HA`, `M`, `DONG` below, each a unit
`other` with its unit_text as written ("ha", "m", "đồng"; "triệu đồng/m2" as "đồng/m2" with the
magnitude multiplied in).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, CNT, T  # noqa: E402

HA = dict(unit="other", unit_text="ha")
M = dict(unit="other", unit_text="m")
KM = dict(unit="other", unit_text="km")
DONG = dict(unit="other", unit_text="đồng")
DONG_M2 = dict(unit="other", unit_text="đồng/m2")
TY = 1e9

# --------------------------------------------------------------------------
# 01 Hà Nội, Hoàn Kiếm ward: the land recovery of the project on the "diamond" plot by Hoàn Kiếm
# lake, December 2025 (cafef.vn; the stamp " date 2025-12-17" written as the first line; nothing
# cut). Year 2025. Results (=, counts): the land users of the recovery area "47 chủ sử dụng, trong
# đó có 12 tổ chức, cơ quan và 35 hộ dân" (three records, each its own subject: a breakdown by kind
# of land user, scope null; the users a recovery touches are the clearance's own measure in this
# theme, not a context size), "phê duyệt phương án bồi thường, hỗ trợ, tái định cư cho 25 hộ;
# trong đó 20 hộ đã nhận tiền". Not a quantity: "tháng 12" (a date). Pillar null.
# --------------------------------------------------------------------------
D01 = dict(name="01_hanoi-hoankiem-thu-hoi-dat-boi-thuong-2025", kind="result", year=2025, records=[
    R("gồm «47 chủ", "chủ sử dụng đất trong khu vực thu hồi đất của dự án", "=", 47, **CNT),
    R("có «12 tổ chức", "tổ chức, cơ quan trong khu vực thu hồi đất của dự án", "=", 12, **CNT),
    R("và «35 hộ", "hộ dân trong khu vực thu hồi đất của dự án", "=", 35, **CNT),
    R("cho «25 hộ", "hộ được phê duyệt phương án bồi thường, hỗ trợ, tái định cư", "=", 25, **CNT),
    R("đó «20 hộ", "hộ đã nhận tiền bồi thường", "=", 20, **CNT),
])

# --------------------------------------------------------------------------
# 02 Hà Tĩnh, the compensation plans for the North-South expressway through the province,
# November 2023 (nghetinh.net; cut: the byline "15/11/2023 15:02", written as the first line
# `date 2023-11-15`). Year 2023. Results: the headline "đạt hơn 99%" (>, a value restated in a
# title gets a record where it stands, as the earlier sets), "phê duyệt phương án bồi thường ...
# đạt 99,49%" (=), "Tiến độ giải ngân nguồn vốn dự án tới nay là 2.173,94/2.853,43 tỷ đồng, đạt
# 76,86%" (the money disbursed, =, "đồng"; the rate, =, as the earlier sets record "giải ngân ...
# đạt tỷ lệ 89,8%"). Not a quantity: the denominator "/2.853,43" (the allotted funds, as "/63").
# Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_hatinh-cao-toc-phe-duyet-boi-thuong-2023", kind="result", year=2023, records=[
    R("đạt hơn «99%", "Phê duyệt phương án bồi thường giải phóng mặt bằng cao tốc Bắc-Nam đoạn qua địa bàn", ">",
      99),
    R("địa bàn đạt «99,49%", "kiểm đếm, áp giá, phê duyệt phương án bồi thường giải phóng mặt bằng cao tốc Bắc-Nam "
      "đoạn qua địa bàn", "=", 99.49),
    R("là «2.173,94/", "giải ngân nguồn vốn dự án", "=", 2173.94 * TY, **DONG),
    R("đạt «76,86%", "Tiến độ giải ngân nguồn vốn dự án", "=", 76.86),
])

# --------------------------------------------------------------------------
# 03 Nghệ An, the record land auction of Nghi Phong commune (Nghi Lộc), September 2024
# (danviet.vn; cut: the site name "Dân Việt" with the blank line after it, the byline "Thắng Tình
# 25/09/2024 17:01 GMT+7" (written as the first line `date 2024-09-25`), and the photo caption
# "Số lượng người tham gia ... rất đông. Ảnh: A.N" with the blank line after it (a caption without
# a figure); the captions that repeat the title with its figure ("...- Ảnh 1.", "...- Ảnh 2.") and
# "Tổng thể 114 lô đất ... Ảnh: A.N" stay; the excerpt ends in "Từ sán"). Year 2024. Results: "hơn
# 1.600 bộ hồ sơ" five times (the headline, the lead, the two captions, the body: each a record
# where it stands, >, count), the lots auctioned "114 lô đất quy hoạch" three times (=, count), the
# highest bid so far "mức giá cao nhất được ghi nhận là 17 triệu đồng/m2" (=, unit other
# "đồng/m2", 17e6). Not quantities: the lots' sizes "từ 142 m2 đến 215 m2" and starting prices "từ
# 9,4 triệu đồng/m2, cao nhất là 10,8 triệu đồng/m2" (the terms of the sale, what is offered, not a
# target or a result; a judgement, as 05), "25/9" (a date), "Ảnh 1", "Ảnh 2" (labels), "hàng trăm"
# (no digit). NOT: "đặt cọc 20% giá khởi điểm" (a rule of the auction). Pillar null.
# --------------------------------------------------------------------------
HS = "bộ hồ sơ đăng ký đấu giá đất tại xã Nghi Phong"
D03 = dict(name="03_nghean-nghiphong-dau-gia-dat-2024", kind="result", year=2024, records=[
    R("Nghệ An với hơn «1.600 bộ hồ sơ, hàng trăm ô tô đậu kín đường làng\n\nPhiên đấu giá đất tại", HS, ">",
      1600, **CNT),
    R("khi có hơn «1.600", HS, ">", 1600, **CNT),
    R("hơn «1.600 bộ hồ sơ, hàng trăm ô tô đậu kín đường làng- Ảnh 1", HS, ">", 1600, **CNT),
    R("có tới hơn «1.600", HS, ">", 1600, **CNT),
    R("hơn «1.600 bộ hồ sơ, hàng trăm ô tô đậu kín đường làng- Ảnh 2", HS, ">", 1600, **CNT),
    R("đấu giá «114 lô", "lô đất quy hoạch đưa ra đấu giá", "=", 114, **CNT),
    R("Có «114 lô", "lô đất được đưa ra đấu giá", "=", 114, **CNT),
    R("Tổng thể «114 lô", "lô đất quy hoạch tại xã Nghi Phong vừa được đấu giá", "=", 114, **CNT),
    R("là «17 triệu", "mức giá cao nhất được ghi nhận của lô đất đấu giá", "=", 17e6, **DONG_M2),
], NOT=["cọc «20%"])

# --------------------------------------------------------------------------
# 04 Nghệ An, the province's land auctions at the start of a year (baonghean.vn; cut: the photo
# caption "Công bố mở thùng phiếu đấu giá đất tại xã Văn Sơn, Đô Lương. Ảnh: Cơ sở cung cấp" with
# the blank line after it; no byline, no stamp, no year in the text ("đầu năm", "năm nay"): year
# null; the excerpt ends in "sa"). Results (=, counts, each with `place` the commune or town): the
# lots sold "20 lô" (Văn Sơn, Đồng Cây Mưng), "15 lô" (Văn Sơn, Mạ Phú), "22/24 lô" (Nghĩa Đàn;
# the denominator "/24" not a quantity), "14 lô" (Nghi Hòa); the applications "112 hồ sơ tham
# gia/24 lô", "170 ... /15 lô", "169 ... /20 lô", "70 ... /14 lô" (the "/N lô" restate each area's
# lots: not quantities); the price one lot reached "(từ 3,465 tỷ đồng lên 4,468 tỷ đồng)" (=, 4,468
# tỷ: "lên" names the level reached, as the earlier sets' "tăng lên 1,97%"; the starting price
# 3,465 tỷ is the earlier value, not a quantity). Not quantities: "tăng từ 300-500 triệu đồng so
# với giá khởi điểm", "tăng ... trên 1 tỷ đồng" (a result's change against an earlier value,
# spec), "đợt 4", "Mạ Phú 1", "Mạ Phú 2", "đường dọc 2" (names), "Tổng cộng 4 khu quy hoạch" (the
# size of the group of areas summed; the sentence is cut off). Pillar null. The Yên Sơn area
# ("170 hồ sơ tham gia/15 lô") is the one the first sentence places in Văn Sơn ("Mạ Phú"); place
# as written: "Yên Sơn".
# --------------------------------------------------------------------------
D04 = dict(name="04_nghean-dau-gia-dat-khu-quy-hoach", kind="result", year=None, records=[
    R("thành công «20 lô", "lô đất quy hoạch đấu giá thành công tại Đồng Cây Mưng (đợt 4)", "=", 20, **CNT,
      place="Văn Sơn"),
    R("Lương; «15 lô", "lô đất đấu giá thành công tại Khu quy hoạch Mạ Phú 1 và Mạ Phú 2", "=", 15, **CNT,
      place="Văn Sơn"),
    R("Lương; «22/24 lô", "lô đất đấu giá thành công tại Khu quy hoạch khối Tân Hồng", "=", 22, **CNT,
      place="Nghĩa Đàn"),
    R("và «14 lô tại", "lô đất đấu giá thành công tại vùng quy hoạch phía Tây và phía Đông đường dọc 2",
      "=", 14, **CNT, place="Nghi Hòa"),
    R("bán ra «112 hồ sơ", "hồ sơ tham gia đấu giá khu quy hoạch tại khối Tân Hồng", "=", 112, **CNT,
      place="Nghĩa Đàn"),
    R("có «170 hồ sơ", "hồ sơ tham gia đấu giá khu quy hoạch", "=", 170, **CNT, place="Yên Sơn"),
    R("có «169 hồ sơ", "hồ sơ tham gia đấu giá khu quy hoạch", "=", 169, **CNT, place="Văn Sơn"),
    R("có «70 hồ sơ", "hồ sơ tham gia đấu giá khu quy hoạch", "=", 70, **CNT, place="Nghi Hòa"),
    R("lên «4,468 tỷ", "giá lô đất tại khu quy hoạch phường Nghi Hòa sau đấu giá", "=", 4.468 * TY, **DONG,
      place="Nghi Hòa"),
])

# --------------------------------------------------------------------------
# 05 Nghệ An, Hưng Nguyên district's notice of an auction of residential lots, July 2022
# (nguoinghe.vn; cut: the image file name "04-6111-1657500803.jpg" and its caption "Ảnh chỉ mang
# tính minh họa. Nguồn Internet" with the blank line after it; no byline, no stamp). A precision
# text, no record: the lots' sizes "từ 143,5 - 210 m2/lô", "tổng diện tích 12.973,71 m2", the
# starting prices "từ 7 - 9,9 triệu đồng/m2" and "Tổng giá khởi điểm là 98,644 tỷ đồng" are the
# terms of a sale announced (what is offered, not a target or a result; a judgement, as 03's
# starting prices); "27/7/2022", "28/7/2022" (dates).
# --------------------------------------------------------------------------
D05 = dict(name="05_nghean-hungnguyen-thong-bao-dau-gia-2022-precision", kind="result", year=2022, records=[])

# --------------------------------------------------------------------------
# 06 Hà Giang, the council's resolution 97/NQ-HĐND adopting the province's five-year land-use plan
# 2021-2025, July 2024: its header and its legal bases (hethongphapluat.vn; cut: the four related
# documents' links "- 1Quyết định 672/QĐ-UBND ...", "- 2Quyết định 673/QĐ-UBND ...", "- 3Quyết
# định 1913/QĐ-UBND ...", "- 4Nghị quyết 26/NQ-HĐND ..." (navigation); the excerpt ends in "Căn cứ
# Nghị định"). A precision text, no record: "97/NQ-HĐND", "39/2021/QH15", "43/2014/NĐ-CP",
# "01/2017/NĐ-CP" (documents), every "ngày ... tháng ... năm ..." and "2021 - 2025", "2021 -
# 2030", "năm 2050" (dates, periods), "05 NĂM", "5 năm" (the plan's span), "KHÓA XVIII, KỲ HỌP THỨ
# 17" (the session's number), "37 luật" (part of a law's name).
# --------------------------------------------------------------------------
D06 = dict(name="06_hagiang-nghi-quyet-ke-hoach-su-dung-dat-2024-precision", kind="target", year=2025,
           records=[])

# --------------------------------------------------------------------------
# 07 The Ring Road 3 of Hồ Chí Minh City through four localities: the land recovered in each,
# March 2024 (kenh14.vn; the stamp " date 2024-03" written as the first line; nothing cut). Year
# 2024. Results, each with `place` the locality (the text is the project's, not one province's):
# "diện tích thu hồi đất đã 403,915/410,45ha (đạt 98,4%)" and the same for Bình Dương, Long An,
# Đồng Nai: two records each, the area recovered (=, unit other "ha") and the share (=; "đạt" names
# the share of the area to recover, the denominator, not completion against a plan); "chỉ đạt
# 6,2%" (=: "chỉ" is no comparator). Not quantities: the denominators "/410,45ha", "/78,6ha",
# "/47,23ha", "/65ha" (the area to recover, as "/63"), "bốn địa phương" (no digit), "3" in "vành
# đai 3" (a name). Pillar null.
# --------------------------------------------------------------------------
AREA = "diện tích đất đã thu hồi dự án đường vành đai 3"
SHARE = "diện tích đất đã thu hồi dự án đường vành đai 3 đạt"
D07 = dict(name="07_tphcm-vanh-dai-3-dien-tich-thu-hoi-2024", kind="result", year=2024, records=[
    R("đã «403,915/", AREA, "=", 403.915, **HA, place="TP.HCM"),
    R("(đạt «98,4%", SHARE, "=", 98.4, place="TP.HCM"),
    R("thu hồi «63,5/", AREA, "=", 63.5, **HA, place="Bình Dương"),
    R("(đạt «80,1%", SHARE, "=", 80.1, place="Bình Dương"),
    R("thu hồi «46,33/", AREA, "=", 46.33, **HA, place="Long An"),
    R("(đạt «98,09%", SHARE, "=", 98.09, place="Long An"),
    R("diện tích «4,6/", AREA, "=", 4.6, **HA, place="Đồng Nai"),
    R("chỉ đạt «6,2%", SHARE, "=", 6.2, place="Đồng Nai"),
])

# --------------------------------------------------------------------------
# 08 Hồ Chí Minh City, the Ring Road 3's site handed over (taisancong.vn, a tag page; cut: the
# pager "Trước Sau"; no byline, no stamp, no year in the text: year null). Results: the headline
# and the body "bàn giao gần 92% mặt bằng" (~, each a record where it stands), "(đạt 374 ha/410
# ha)" (=, "ha"; the denominator not a quantity), "gần 1.000 hộ dân ... nhận bồi thường" (~,
# count), "tổng số tiền hơn 4.800 tỷ đồng" (>, "đồng"). Not quantities: "3" in "vành đai 3",
# "thành phần 2" (names), "/410 ha". Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_tphcm-vanh-dai-3-ban-giao-mat-bang", kind="result", year=None, records=[
    R("bàn giao gần «92% mặt bằng\n", "mặt bằng dự án vành đai 3 TP. Hồ Chí Minh đã bàn giao", "~", 92),
    R("bàn giao gần «92% mặt bằng (", "mặt bằng dự án vành đai 3 TP. Hồ Chí Minh các địa phương đã bàn giao", "~",
      92),
    R("(đạt «374 ha", "mặt bằng các địa phương đã bàn giao", "=", 374, **HA),
    R("gần «1.000 hộ", "hộ dân bị ảnh hưởng bởi dự án đường Vành đai 3 nhận bồi thường", "~", 1000, **CNT),
    R("hơn «4.800 tỷ", "tổng số tiền bồi thường hộ dân đã nhận", ">", 4800 * TY, **DONG),
])

# --------------------------------------------------------------------------
# 09 Quảng Ngãi, the projects that will recover land and convert rice land and protective forest
# (vietbuild.info; cut: the link "Truy cập nguồn tin"; no byline, no stamp, no year in the text:
# year null). Targets (the province's list of projects to carry out: "sẽ thu hồi", "cần thu hồi",
# "cần chuyển đổi"; bare numbers, >=): the headline "thu hồi 436ha đất, chuyển đổi 1273ha đất lúa
# và rừng phòng hộ để triển khai 276 dự án" (three records: ha, ha, count), the body "106 công
# trình, dự án, tương đương với diện tích 436.664 ha cần thu hồi đất" (count; area read by the
# contract's rule as 436664: a dot between groups of three digits separates thousands, though the
# headline's "436ha" shows a decimal point was meant, as set-earlier "17,083" was read by the
# contract's decimal-comma rule; note), "164 công trình dự án với 1273,36ha đất cần chuyển đổi mục
# đích sử dụng" (count, ha). Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_quangngai-du-an-thu-hoi-chuyen-muc-dich-dat", kind="target", year=None, records=[
    R("thu hồi «436ha", "diện tích đất thu hồi", ">=", 436, **HA),
    R("chuyển đổi «1273ha", "diện tích đất lúa và rừng phòng hộ chuyển đổi", ">=", 1273, **HA),
    R("triển khai «276 dự án", "dự án triển khai", ">=", 276, **CNT),
    R("có «106 công trình", "công trình, dự án cần thu hồi đất", ">=", 106, **CNT),
    R("diện tích «436.664 ha", "diện tích cần thu hồi đất", ">=", 436664, **HA,
      note="the page writes '436.664 ha' (the headline's 436ha: a decimal point meant); read by the contract's "
           "thousands-dot rule"),
    R("có «164 công trình", "công trình dự án cần chuyển đổi mục đích sử dụng đất", ">=", 164, **CNT),
    R("với «1273,36ha", "diện tích đất cần chuyển đổi mục đích sử dụng", ">=", 1273.36, **HA),
])

# --------------------------------------------------------------------------
# 10 The Biên Hòa - Vũng Tàu expressway (Đồng Nai, Bà Rịa - Vũng Tàu): compensation approved and
# paid (88tysobongda.com, a tag page; nothing cut; no byline, no stamp, no year in the text: year
# null). Results: "tổng kinh phí bồi thường đã ban hành Quyết định phê duyệt là hơn 2.100 tỷ đồng
# cho 1.011 hộ, tổ chức (tương ứng 99,54 ha, chiếm 72,06% diện tích)" and "tổng kinh phí đã chi
# trả ... là hơn 1.871 tỷ đồng cho 844 hộ, tổ chức, tương ứng 88,97 ha, chiếm 64,40% diện tích
# của dự án" (four records each: money >, households =, area =, share =). Not quantities: "Cái Mép
# – Thị Vải" (a name, no digit). Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_dongnai-bariavungtau-cao-toc-boi-thuong", kind="result", year=None, records=[
    R("hơn «2.100 tỷ", "tổng kinh phí bồi thường đã ban hành Quyết định phê duyệt", ">", 2100 * TY, **DONG),
    R("cho «1.011 hộ", "kinh phí bồi thường đã phê duyệt cho hộ, tổ chức", "=", 1011, **CNT),
    R("tương ứng «99,54 ha", "diện tích tương ứng kinh phí bồi thường đã phê duyệt", "=", 99.54, **HA),
    R("chiếm «72,06%", "diện tích của dự án tương ứng kinh phí bồi thường đã phê duyệt", "=", 72.06),
    R("hơn «1.871 tỷ", "tổng kinh phí đã chi trả cho việc bồi thường giải phóng mặt bằng", ">", 1871 * TY,
      **DONG),
    R("cho «844 hộ", "hộ, tổ chức đã chi trả bồi thường giải phóng mặt bằng", "=", 844, **CNT),
    R("tương ứng «88,97 ha", "diện tích đã chi trả bồi thường giải phóng mặt bằng", "=", 88.97, **HA),
    R("chiếm «64,40%", "diện tích của dự án đã chi trả bồi thường giải phóng mặt bằng", "=", 64.40),
])

# --------------------------------------------------------------------------
# 11 Thừa Thiên Huế (Huế city), the project for cồn Hến islet on the Perfume River, September
# 2025 (cafef.vn; the stamp " date 2025-09-03" written as the first line; nothing cut). Targets,
# year 2025 (the stamp's; the text gives no year): the project's plan "tổng vốn gần 1.000 tỷ đồng"
# (~), "hơn 445 tỷ đồng dành cho công tác giải phóng mặt bằng" (>), "Dự kiến có 267 hộ dân tại cồn
# Hến sẽ bị ảnh hưởng, trong đó 178 hộ phải di dời tái định cư, cùng 150 lô đất bố trí cho các hộ
# phụ" (>=, counts: planned, each its own subject; the households a recovery touches are counted
# as in 01). Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_thuathienhue-con-hen-giai-phong-mat-bang-2025", kind="target", year=2025, records=[
    R("gần «1.000 tỷ", "tổng vốn cho cồn Hến", "~", 1000 * TY, **DONG),
    R("hơn «445 tỷ", "vốn dành cho công tác giải phóng mặt bằng", ">", 445 * TY, **DONG),
    R("có «267 hộ", "hộ dân tại cồn Hến bị ảnh hưởng", ">=", 267, **CNT),
    R("đó «178 hộ", "hộ phải di dời tái định cư", ">=", 178, **CNT),
    R("cùng «150 lô", "lô đất bố trí cho các hộ phụ", ">=", 150, **CNT),
])

# --------------------------------------------------------------------------
# 12 Hà Tĩnh, Kỳ Anh district: the road from National Road 1 to Kỳ Xuân beach cut short by two
# households (baomoihatinh.com, a tag page; cut: the section label "Đền bù gpmb mới nhất" with the
# blank line after it; the title stands twice (the link and the heading), both kept; no byline, no
# stamp, no year: year null). Results: "2 hộ không chấp thuận giải phóng mặt bằng" twice (=, count,
# each a record where it stands), "khoảng 80m vì 2 hộ dân không đồng tình" (the length cut off, ~,
# unit other "m"; the households, =). Not quantities: "tuyến đường gần 7km" twice (the road's
# length, a size of the project, as the earlier sets' sizes; a judgement), "quốc lộ 1" (a name).
# Pillar null.
# --------------------------------------------------------------------------
D12 = dict(name="12_hatinh-kyanh-duong-ky-xuan-gpmb", kind="result", year=None, records=[
    R("«2 hộ không chấp thuận giải phóng mặt bằng, tuyến đường gần 7km đang “đứt đoạn”\n\n2 hộ",
      "hộ không chấp thuận giải phóng mặt bằng", "=", 2, **CNT),
    R("”\n\n«2 hộ không chấp thuận", "hộ không chấp thuận giải phóng mặt bằng", "=", 2, **CNT),
    R("khoảng «80m", "đoạn đường đứt đoạn", "~", 80, **M),
    R("vì «2 hộ dân", "hộ dân không đồng tình giải phóng mặt bằng", "=", 2, **CNT),
])

# --------------------------------------------------------------------------
# 13 Thái Bình, the land-use certificates left uncollected for years (canhointella.com; cut: the
# rating line "Đánh giá: Bộ TNMT nói gì ... ở Thái Bình?" that repeats the title (page furniture:
# ratings) and the blank line before it; no byline, no stamp, no year: year null). Results: the
# headline "tồn đọng 71.000 sổ đỏ" (=) and the body "hơn 71.000 sổ đỏ ... tồn đọng nhiều năm" (>),
# counts. Not quantities: "VTV24" (a name). Pillar null.
# --------------------------------------------------------------------------
D13 = dict(name="13_thaibinh-so-do-ton-dong", kind="result", year=None, records=[
    R("tồn đọng «71.000", "sổ đỏ tồn đọng không ai đến nhận ở Thái Bình", "=", 71000, **CNT),
    R("hơn «71.000", "sổ đỏ tại tỉnh Thái Bình tồn đọng nhiều năm người dân chưa đến nhận", ">", 71000, **CNT),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]


def build(doc):
    """One document's records (goldkit.build_records on this set's texts)."""
    return goldkit.build_records(doc, TEXTS)


TEXTS = HERE / "texts"
not_anchors = partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, HERE / "gold")
