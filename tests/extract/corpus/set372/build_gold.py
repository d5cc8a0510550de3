#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set372).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (goldkit.clause_span).

Each document may also list NOT: locators of percentages deliberately left without a record (a
result's change against an earlier value); check_gold.py verifies that every percentage has a
record or a NOT entry.

Each record carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue indicator
it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README). The
catalogue has no indicator for land-use right certificates issued or pending; every record of this
set but none is null, and `iid=` is given only where an id applies.

The theme (land-use right certificates and land registration) has no digital-transformation
headings: every record's pillar is null.

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

M2 = dict(unit="other", unit_text="m2")
HA = dict(unit="other", unit_text="ha")
GCN = "giấy chứng nhận quyền sử dụng đất"

# --------------------------------------------------------------------------
# 01 Quảng Trị, the certificates signed but not handed to the land users (vietbao.vn; stamp
# " date 2025-01" written as the first line; nothing cut; the excerpt ends in "các tổ"). Year 2025
# (the stamp; "Ngày 9/1" of the report names no year). Results: the lead's and the body's "còn
# 13.844 giấy chứng nhận ... đã ký nhưng chưa trao" (=, count; the same figure stated twice, each
# statement recorded, as earlier sets record a title's and a body's figure). Not quantities:
# "giảm 9.352 sổ đỏ so với đầu tháng 4/2024" (a result's change against an earlier value, spec),
# "9/1", "4/2024" (dates). Ids null.
# --------------------------------------------------------------------------
D01 = dict(name="01_quangtri-so-do-da-ky-chua-trao-2025", kind="result", year=2025, records=[
    R("vẫn còn «13.844 giấy chứng nhận quyền sử dụng đất (sổ đỏ) đã ký nhưng",
      f"{GCN} (sổ đỏ) đã ký nhưng chưa trao cho người sử dụng đất", "=", 13844, **CNT),
    R("vẫn còn «13.844 giấy chứng nhận quyền sử dụng đất (sổ đỏ) đã ký,",
      f"{GCN} (sổ đỏ) đã ký, nhưng chưa trao cho người sử dụng đất", "=", 13844, **CNT),
])

# --------------------------------------------------------------------------
# 02 Thừa Thiên Huế (TP. Huế), Phú Lộc commune issuing residential land certificates to 18
# households of boat people resettled ashore (tienphong.vn; stamp " date 2026-01-06" written as
# the first line; cut: the photo caption "Một góc khu tái định cư Vụng Than hiện nay." with the
# blank line after it; the excerpt ends in "tháo g"). A precision text: dates, durations and names
# around two counts. Results: "cấp, bàn giao giấy chứng nhận quyền sử dụng đất ở cho 18 hộ gia
# đình" (=, year 2026: the stamp, the text giving no other year for the handover) and "18 hộ vạn
# đò ... vẫn chưa được cấp giấy chứng nhận" (=, year 2025: the visit "cuối tháng 10 năm 2025" its
# paragraph reports). Not quantities: "gần 20 năm" (twice), "2 tháng" (durations), "chính quyền
# địa phương 2 cấp" (a name), "tháng 10 năm 2025" (a date), "thôn 4" (a name). Ids null.
# --------------------------------------------------------------------------
D02 = dict(name="02_hue-phuloc-van-do-so-do-2026", kind="result", year=2026, records=[
    R("ở cho «18 hộ gia đình", "hộ gia đình vạn đò lên bờ định cư được cấp, bàn giao giấy chứng nhận quyền sử "
      "dụng đất ở", "=", 18, **CNT),
    R("phản ánh việc «18 hộ vạn đò", "hộ vạn đò đã lên bờ định cư vẫn chưa được cấp giấy chứng nhận quyền sử "
      "dụng đất ở", "=", 18, **CNT, year=2025),
])

# --------------------------------------------------------------------------
# 03 Quảng Nam (now Đà Nẵng), Tiên Phước commune issuing certificates to households, among them
# the Phước An residential project's (baodanang.vn; stamp " date 2025-09-08" written as the first
# line, the section label "Chính quyền - đoàn thể" at the head of the body's first line kept (a part
# of a line); cut: the photo caption "Đợt trao Giấy chứng nhận ... sáng 29/7. Ảnh: LÊ DIỄM" with the
# blank line after it; the excerpt ends in "dự kiến bàn"). Year 2025. Results, counts: "cấp 21 Giấy
# chứng nhận ... cho 11 hộ gia đình" (two records, each its own subject), "7 hộ dân ... nhận 17 sổ
# đỏ" (two), "bàn giao mặt bằng 79 hộ, tổ chức/81 hộ" (one record, 79; "/81" the whole, as set193's
# "15/15 xã"), and the quote's "cấp 17 sổ đỏ cho 7 hộ gia đình, cá nhân" (two, the figures stated
# again). Not quantities: "Công văn số 2229", "Quyết định số 1298" (document numbers), "27/5/2015",
# "5/7/2016", "30/6/2025" (dates). Ids null.
# --------------------------------------------------------------------------
D03 = dict(name="03_danang-tienphuoc-cap-so-do-2025", kind="result", year=2025, records=[
    R("vừa cấp «21 Giấy", f"{GCN} (sổ đỏ) UBND xã Tiên Phước vừa cấp", "=", 21, **CNT),
    R("cho «11 hộ gia đình trên", "hộ gia đình được cấp giấy chứng nhận quyền sử dụng đất", "=", 11, **CNT),
    R("có «7 hộ dân ở khu", "hộ dân ở khu dân cư Phước An nhận sổ đỏ", "=", 7, **CNT),
    R("cũ) nhận «17 sổ đỏ", "sổ đỏ hộ dân ở khu dân cư Phước An nhận", "=", 17, **CNT),
    R("mặt bằng «79 hộ, tổ chức", "hộ, tổ chức bị ảnh hưởng đã được chi trả tiền bồi thường và bàn giao mặt "
      "bằng", "=", 79, **CNT),
    R("việc cấp «17 sổ đỏ cho", "sổ đỏ UBND xã đã hoàn thành việc cấp", "=", 17, **CNT),
    R("đỏ cho «7 hộ gia đình, cá nhân", "hộ gia đình, cá nhân được cấp sổ đỏ", "=", 7, **CNT),
])

# --------------------------------------------------------------------------
# 04 Bắc Giang, Việt Yên district's certificates issued in February 2020 and cumulated since the
# start of the year (chungcudephn.com, a real-estate site reposting a local report; cut: the
# byline "Thân Nam" and the source line "Theo" (each with the blank line before it where two blank
# lines would meet); no stamp; the excerpt ends in the byline). Year 2020 ("tháng 2/2020").
# Results: the lead's "hơn 200 giấy ... hơn 57 nghìn m2" (`>`, a count and an area, unit other
# "m2", the magnitude word multiplied in), the title's "Hơn 200 giấy" (recorded like the body's,
# as earlier sets record titles), then two lists of five kinds of certificate, each a count and an
# area: "94 giấy lần đầu đất đấu giá với diện tích hơn 12 nghìn m2" ... (each count `=`, each area
# `>` after "hơn", `~` after "gần", `=` bare; scope null: a breakdown by kind of land, not by
# level), and the cumulative "gần 300 giấy" (`~`) with "62,8 nghìn m2" (=, 62800). Not
# quantities: "2/2020" (a date), "Chỉ thị 04" (twice, a name). Ids null.
# --------------------------------------------------------------------------
MONTH = "trong tháng 2/2020"
CUM = "lũy kế đến nay"
D04 = dict(name="04_bacgiang-vietyen-cap-gcn-thang-2-2020", kind="result", year=2020, records=[
    R("cấp hơn «200 giấy chứng nhận quyền sử dụng đất, với", f"{GCN} được cấp {MONTH}", ">", 200, **CNT),
    R("diện tích hơn «57 nghìn m2", f"diện tích đất được cấp giấy chứng nhận {MONTH}", ">", 57000, **M2),
    R("Hơn «200 giấy chứng nhận quyền sử dụng đất được cấp trong tháng 2",
      "giấy chứng nhận quyền sử dụng đất được cấp trong tháng 2", ">", 200, **CNT),
    R("cấp «94 giấy", f"giấy chứng nhận lần đầu đất đấu giá được cấp {MONTH}", "=", 94, **CNT),
    R("hơn «12 nghìn m2", f"diện tích đất đấu giá được cấp giấy chứng nhận lần đầu {MONTH}", ">", 12000, **M2),
    R("m2; «12 giấy", f"giấy chứng nhận lần đầu đất dịch vụ được cấp {MONTH}", "=", 12, **CNT),
    R("diện tích «931m2", f"diện tích đất dịch vụ được cấp giấy chứng nhận lần đầu {MONTH}", "=", 931, **M2),
    R("m2; «63 giấy", f"giấy chứng nhận lần đầu cấp theo Chỉ thị 04 {MONTH}", "=", 63, **CNT),
    R("gần «14 nghìn m2", f"diện tích được cấp giấy chứng nhận lần đầu theo Chỉ thị 04 {MONTH}", "~", 14000,
      **M2),
    R("nghìn m2; «02 giấy", f"giấy chứng nhận lần đầu đất vườn, ao được cấp {MONTH}", "=", 2, **CNT),
    R("hơn «840m2", f"diện tích đất vườn, ao được cấp giấy chứng nhận lần đầu {MONTH}", ">", 840, **M2),
    R("840m2; «37 giấy", f"giấy chứng nhận cấp đổi khác {MONTH}", "=", 37, **CNT),
    R("840m2; 37 giấy cấp đổi khác với diện tích hơn «29 nghìn m2",
      f"diện tích đất được cấp đổi giấy chứng nhận {MONTH}", ">", 29000, **M2),
    R("cấp được gần «300 giấy", f"{GCN} UBND huyện Việt Yên đã cấp, {CUM}", "~", 300, **CNT),
    R("diện tích «62,8 nghìn m2", f"diện tích đất được cấp giấy chứng nhận, {CUM}", "=", 62800, **M2),
    R("đó, «144 giấy", f"giấy chứng nhận lần đầu đất đấu giá, {CUM}", "=", 144, **CNT),
    R("hơn «17 nghìn m2", f"diện tích đất đấu giá được cấp giấy chứng nhận lần đầu, {CUM}", ">", 17000, **M2),
    R("m2; «15 giấy", f"giấy chứng nhận lần đầu đất dịch vụ, {CUM}", "=", 15, **CNT),
    R("dịch vụ với diện tích «1 nghìn m2", f"diện tích đất dịch vụ được cấp giấy chứng nhận lần đầu, {CUM}",
      "=", 1000, **M2),
    R("m2; «65 giấy", f"giấy chứng nhận lần đầu cấp theo Chỉ thị 04, {CUM}", "=", 65, **CNT),
    R("65 giấy lần đầu (cấp giấy theo Chỉ thị 04) với diện tích hơn «14 nghìn m2",
      f"diện tích được cấp giấy chứng nhận lần đầu theo Chỉ thị 04, {CUM}", ">", 14000, **M2),
    R("nghìn m2; «03 giấy", f"giấy chứng nhận lần đầu đất vườn, ao, {CUM}", "=", 3, **CNT),
    R("ao với diện tích «1 nghìn m2", f"diện tích đất vườn, ao được cấp giấy chứng nhận lần đầu, {CUM}", "=",
      1000, **M2),
    R("nghìn m2; «37 giấy", f"giấy chứng nhận cấp đổi khác, {CUM}", "=", 37, **CNT),
    R("nghìn m2; 37 giấy cấp đổi khác với diện tích hơn «29 nghìn m2.\n\nTrong",
      f"diện tích đất được cấp đổi giấy chứng nhận, {CUM}", ">", 29000, **M2),
])

# --------------------------------------------------------------------------
# 05 Hồ Chí Minh City, the Department of Natural Resources and Environment's certificates of the
# first nine months of 2023 (cafef.vn; stamp " date 2023-09" written as the first line; cut: the
# photo caption "Hàng ngàn căn hộ tại TP.HCM đang chờ được cấp sổ (Ảnh: Duy Phương)" with the blank
# line after it). Year 2023. Results: "Sở đã cấp 5.480 giấy chứng nhận" and "đăng ký biến động cho
# 234.527 sổ hồng" (=, counts); "Năm 2022, TP.HCM có 23.469 căn nhà đã được cấp sổ hồng" (=, year
# 2022). Target: "Theo kế hoạch, năm 2023, Sở ... sẽ đẩy nhanh giải quyết cấp sổ hồng cho 20.300
# căn nhà" (kind target, `>=`: a bare number in a plan). NOT: "giảm bình quân khoảng 36% so với
# cùng kỳ năm 2022", "tăng 6%" against the second quarter (a result's change against an earlier
# value, spec). Not quantities: "quý 3/2023", "quý 2/2023" (dates). Ids null.
# --------------------------------------------------------------------------
D05 = dict(name="05_hcm-so-hong-9-thang-2023", kind="result", year=2023, records=[
    R("đã cấp «5.480 giấy", f"{GCN}, quyền sở hữu nhà ở và tài sản khác gắn liền với đất (sổ hồng) Sở đã cấp "
      "đối với tổ chức, cá nhân", "=", 5480, **CNT),
    R("cho «234.527 sổ hồng", "sổ hồng được giải quyết thủ tục đăng ký biến động", "=", 234527, **CNT),
    R("có «23.469 căn nhà", "căn nhà đã được cấp sổ hồng", "=", 23469, **CNT, year=2022),
    R("cho «20.300 căn nhà", "căn nhà đã được thẩm định đủ điều kiện được giải quyết cấp sổ hồng", ">=", 20300,
      **CNT, **T),
], NOT=["khoảng «36%", "tăng «6%"])

# --------------------------------------------------------------------------
# 06 Hồ Chí Minh City, the six groups of reasons why apartments have no ownership certificate yet
# (thegioitiepthi.danviet.vn; stamp " date 2023-09" written as the first line; nothing cut). Year
# 2023. Results, counts of apartments waiting, one per group, and the projects of two groups ("có
# 19.958 căn của 39 dự án", "10.277 căn của 18 dự án": two records each, each its own subject;
# scope null: a breakdown by reason, not by level). Not quantities: "6 nhóm" (the groups of the
# classification, as the spec's parts of an index), "nguyên nhân thứ 6" (an ordinal). Ids null.
# --------------------------------------------------------------------------
WAIT = "căn hộ chưa được cấp sổ hồng"
D06 = dict(name="06_hcm-so-hong-nhom-nguyen-nhan-2023", kind="result", year=2023, records=[
    R("có «8.372 căn", f"{WAIT} do chủ đầu tư đã nộp hồ sơ, chờ người dân đóng thuế", "=", 8372, **CNT),
    R("có «28.907 căn", f"{WAIT} do chủ đầu tư, người mua nhà chưa nộp hồ sơ", "=", 28907, **CNT),
    R("có «8.918 căn", f"{WAIT} do vướng các quy định về loại hình bất động sản mới", "=", 8918, **CNT),
    R("có «19.958 căn", f"{WAIT} do tạm ngừng cấp sổ hồng do phải hoàn thành nghĩa vụ tài chính bổ sung", "=", 19958,
      **CNT),
    R("của «39 dự án", "dự án tạm ngừng cấp sổ hồng do phải hoàn thành nghĩa vụ tài chính bổ sung", "=", 39,
      **CNT),
    R("có «4.653 căn", f"{WAIT} do các vướng mắc khác", "=", 4653, **CNT),
    R("với «10.277 căn", f"{WAIT} do tạm ngừng cấp do thanh tra, điều tra", "=", 10277, **CNT),
    R("của «18 dự án", "dự án tạm ngừng cấp sổ hồng do thanh tra, điều tra", "=", 18, **CNT),
])

# --------------------------------------------------------------------------
# 07 The Central Highlands (Tây Nguyên), first-time certificates issued by its provinces, August
# 2020 (baolangson.vn, from Nhân Dân; cut: the byline date "Thứ ba,  11/08/2020" (two spaces),
# written as the first line `date 2020-08-11`, with the blank line after it; the source line
# "Theo Nhandan" with the blank line before it). Year 2020. Results: the title's "gần 2,4 triệu
# giấy" (`~`, 2400000), the body's "2,383 triệu giấy ... lần đầu" (=) and "tổng diện tích hơn
# 4,156 triệu ha" (`>`, unit other "ha"); Đắk Lắk's "730.674 GCNQSDĐ, đạt tỷ lệ 92,8%" (=, place
# "Đác Lắc" as written: a province that is not the text's own region); "các tỉnh Kon Tum, Đác
# Nông, Lâm Đồng đều đạt tỷ lệ từ 90% trở lên" (one record, `>=`: one value stated once for three
# provinces, the provinces in the indicator, no place); "tỉnh Gia Lai ... đạt dưới 90%" (`<`, place
# "Gia Lai"). Ids null.
# --------------------------------------------------------------------------
D07 = dict(name="07_taynguyen-cap-gcn-lan-dau-2020", kind="result", year=2020, records=[
    R("cấp gần «2,4 triệu", f"{GCN} các tỉnh Tây Nguyên đã cấp", "~", 2400000, **CNT),
    R("đã cấp «2,383 triệu", f"{GCN} (GCNQSDĐ) lần đầu các tỉnh Tây Nguyên đã cấp cho người dân, đơn vị", "=",
      2383000, **CNT),
    R("hơn «4,156 triệu ha", "tổng diện tích cấp GCNQSDĐ lần đầu ở các tỉnh Tây Nguyên", ">", 4156000, **HA),
    R("cấp «730.674 GCNQSDĐ", "GCNQSDĐ tỉnh Đác Lắc đã cấp", "=", 730674, **CNT, place="Đác Lắc"),
    R("lệ «92,8%", "tỷ lệ cấp GCNQSDĐ của tỉnh Đác Lắc", "=", 92.8, place="Đác Lắc"),
    R("lệ từ «90% trở lên", "tỷ lệ cấp GCNQSDĐ của các tỉnh Kon Tum, Đác Nông, Lâm Đồng", ">=", 90),
    R("đạt dưới «90%", "tỷ lệ cấp GCNQSDĐ của tỉnh Gia Lai", "<", 90, place="Gia Lai"),
])

# --------------------------------------------------------------------------
# 08 Đắk Lắk, 83 households of Hòa Thắng commune (Buôn Ma Thuột) waiting for their certificates
# (vtv.vn; cut: the closing invitation "* Mời quý độc giả theo dõi ... VTVGo!"; no stamp, no byline;
# the address's "20240709" is not in the text). A precision text: a village number, a document
# number, dates and years around one figure stated twice. Year null (the text names no year for
# the report: "từ năm 1986", "năm 2014" are the settlement's and the application's). Results: "83
# hộ dân ... vẫn chưa được chính quyền địa phương phê duyệt" (=) and "trong khu vực này hiện có 83
# hộ dân là công nhân, cán bộ được ... cấp đất" (=, the same households counted again, "hiện có").
# Not quantities: "năm 1986", "20/3/1986", "năm 2014" (dates), "thôn 11" (a name), "công văn số
# 299" (a document number). Ids null.
# --------------------------------------------------------------------------
D08 = dict(name="08_daklak-hoathang-83-ho-cho-so-do", kind="result", year=None, records=[
    R("nay, «83 hộ dân ở thôn", "hộ dân ở thôn 11, xã Hòa Thắng đã nhiều lần làm thủ tục xin cấp giấy chứng "
      "nhận quyền sử dụng đất nhưng vẫn chưa được phê duyệt", "=", 83, **CNT),
    R("hiện có «83 hộ dân là", "hộ dân là công nhân, cán bộ được cấp đất xây dựng nhà ở trong khu vực", "=", 83,
      **CNT),
])

# --------------------------------------------------------------------------
# 09 Hồ Chí Minh City, the projects whose apartments cannot yet receive certificates (kienthuc.net.vn;
# stamp " date 2023-04" written as the first line; nothing cut; the excerpt ends in "sử dụng chu").
# A precision text: building names and street numbers around three counts. Year 2023. Results:
# the list's title "Danh sách 39 dự án vướng mắc cấp Giấy chứng nhận" (=, a count stated as a
# caption-like title line, kept as a line of the body: it carries a figure), "lập riêng 6 dự án
# khác cũng vướng mắc" (=), "Chung cư Hoa Phượng ... có 550 căn chưa được cấp" (=). Not quantities:
# "Ehom 3", "Cao ốc 10 Phổ Quang", "số 32", "số 61-63 đường 1", "Lexington 67", "số 102", "số 10",
# "quận 12", "Quốc lộ 1A" (names and addresses). Ids null.
# --------------------------------------------------------------------------
D09 = dict(name="09_hcm-du-an-vuong-cap-gcn-2023", kind="result", year=2023, records=[
    R("Danh sách «39 dự án", "dự án vướng mắc cấp Giấy chứng nhận trên địa bàn TP HCM", "=", 39, **CNT),
    R("lập riêng «6 dự án", "dự án khác cũng vướng mắc trong công tác cấp Giấy chứng nhận", "=", 6, **CNT),
    R("có «550 căn", "căn hộ chung cư Hoa Phượng chưa được cấp giấy chứng nhận", "=", 550, **CNT),
])

# --------------------------------------------------------------------------
# 10 Hà Nội, Cầu Giấy ward collecting land data in the "90 ngày đêm" campaign (nongnghiepmoitruong.vn;
# nothing cut; no stamp, no byline; the excerpt ends in "nắm rõ th"). A precision text. Year null
# (the text names no year: "đầu tháng 10"). Result: "khoảng 20.000 thửa đất đã được cấp giấy chứng
# nhận quyền sử dụng" (`~`, count; a judgement: the certified parcels are the theme's figure).
# Not quantities: "tổng diện tích 3,74 km²", "56 nhà chung cư với 20.000 căn hộ" (the ward's size
# and housing stock, as earlier sets leave a place's size and population), "tháng 10" (a date),
# "90 ngày đêm" (the campaign's name), "tổ dân phố số 9" (a name). Id null (parcels certified, not
# parcels digitised into the land database).
# --------------------------------------------------------------------------
D10 = dict(name="10_hanoi-caugiay-du-lieu-dat-dai", kind="result", year=None, records=[
    R("khoảng «20.000 thửa", "thửa đất đã được cấp giấy chứng nhận quyền sử dụng ở phường Cầu Giấy", "~", 20000,
      **CNT),
])

# --------------------------------------------------------------------------
# 11 Hồ Chí Minh City's plan to issue 50,000 ownership certificates within three years (vov1.vov.gov.vn,
# a search listing's first item; cut: the byline "Ngày phát hành 20:36 | 1/6/2022", written as the
# first line `date 2022-06-01`). Target: "mục tiêu cấp 50.000 sổ hồng trong vòng 3 năm tới" (kind
# target, `>=`, count; year null: "3 năm tới" names no year, as earlier sets read "10 năm tới").
# Id null.
# --------------------------------------------------------------------------
D11 = dict(name="11_hcm-muc-tieu-50000-so-hong-2022", kind="target", year=None, records=[
    R("cấp «50.000 sổ hồng", "sổ hồng cấp trong vòng 3 năm tới ở TP.HCM", ">=", 50000, **CNT),
])

# --------------------------------------------------------------------------
# 12 Hà Nội, Vạn Điểm commune (Thường Tín), households whose certificate applications have waited
# five years (mattran.org.vn; nothing cut; no stamp; the address's "21122023" is not in the text).
# Year null. Result: "hơn 10 hộ dân ... đã nộp hồ sơ ... suốt 5 năm qua vẫn không được giải quyết"
# (`>`, count). Not quantities: "14/12" (a date), "5 năm qua" (a duration). Id null.
# --------------------------------------------------------------------------
D12 = dict(name="12_hanoi-vandiem-ho-so-5-nam", kind="result", year=None, records=[
    R("hơn «10 hộ", "hộ dân đã nộp hồ sơ xin cấp giấy chứng nhận quyền sử dụng đất nhưng không được giải quyết",
      ">", 10, **CNT),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
