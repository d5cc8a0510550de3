#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set355).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: a result's change against an earlier
value; and the high end of a range written "X% đến Y%", which its record holds as value_max, as the
earlier sets list "15% đến «20% GRDP"); check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
The set's theme (markets, supermarkets, shopping centres, convenience stores, retail) has no
indicator in the catalogue, so every record of this set is null; `iid=` is therefore left at its
default.

The one table text (07, a statistical yearbook's two tables) is written with `YEARBOOK_ROW(...)`:
one record per cell of a row, each cell's year taken from the table's header "2019 2020 2021 2022
2023", each locator spelled from the row's own label and the cells before it (still a piece of the
text, checked unique like any other).

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

VND = dict(unit="other", unit_text="đồng")
HA = dict(unit="other", unit_text="ha")
M2 = dict(unit="other", unit_text="m2")

# --------------------------------------------------------------------------
# 01 Ninh Thuận, the province's Plan 4828/KH-UBND carrying out the programme for trade in
# mountainous and remote areas (MNVSVX) 2021-2025 (baoninhthuan.com.vn; nothing cut; no byline, no
# stamp; the excerpt ends in "xây dựn"). Kind target, year 2025 (the period "giai đoạn 2021-2025",
# its last year, as the earlier sets read a period's targets). Pillar null (no heading; a trade
# plan). "đạt mức tăng trưởng hàng năm khoảng 10-12%" and "mỗi năm tăng trung bình 8-10%": one
# `between` record each (one range stated once; "khoảng" before a range does not make it `~`, as
# the earlier sets' "khoảng 30-35%"); "đảm bảo 100% cán bộ quản lý thương mại ... được đào tạo"
# (bare number in a target: >=). Not quantities: "4828/KH-UBND" (a document number), "2021-2025"
# (the period, four times). Ids null (no catalogue indicator of trade in remote areas; the
# catalogue's training shares name digital skills).
# --------------------------------------------------------------------------
D01 = dict(name="01_ninhthuan-thuong-mai-mien-nui-ke-hoach-2021-2025", kind="target", year=2025, records=[
    R("hàng năm khoảng «10-12%", "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ở MNVSVX đạt mức tăng trưởng hàng năm",
      "between", 10, value_max=12),
    R("trung bình «8-10%", "thương nhân, doanh nghiệp có năng lực tham gia hoạt động thương mại tại khu vực MNVSVX "
      "của tỉnh mỗi năm tăng trung bình", "between", 8, value_max=10),
    R("đảm bảo «100% cán bộ", "cán bộ quản lý thương mại thuộc đối tượng được đào tạo, bồi dưỡng kỹ năng, chuyên môn, "
      "nghiệp vụ về phát triển thương mại", ">=", 100),
])

# --------------------------------------------------------------------------
# 02 Gia Lai, the province's plan for retail growth and commercial infrastructure (vnexpress.net;
# the stamp " date 2025-10-16" written as the first line; nothing cut; the excerpt ends in "tăng
# cường k"). Kind target, year 2025 ("tỉnh đặt mục tiêu năm 2025"; the promotion programmes' figures
# in the next sentence read with it, the plan's year). "từ 10,5% đến 11%" (one `between` record; its
# high end "11%" in NOT, as the earlier sets' "15% đến «20% GRDP");
# "dự kiến thu hút khoảng 500.000 lượt người tiêu dùng" (`~`, count); "hỗ trợ 500 doanh nghiệp"
# (>=, count). Pillar null: the paragraph "Công tác chuyển đổi số trong lĩnh vực thương mại ..."
# holds no number. Not quantities: "2026-2027" (a period). Ids null.
# --------------------------------------------------------------------------
D02 = dict(name="02_gialai-muc-tieu-ban-le-ha-tang-thuong-mai-2025", kind="target", year=2025, records=[
    R("tiêu dùng từ «10,5% đến", "tốc độ tăng trưởng tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "between",
      10.5, value_max=11),
    R("thu hút khoảng «500.000 lượt", "lượt người tiêu dùng các chương trình xúc tiến thương mại thu hút", "~", 500000,
      **CNT),
    R("hỗ trợ «500 doanh nghiệp", "doanh nghiệp được hỗ trợ tham gia hoạt động quảng bá, khuyến mại", ">=", 500, **CNT),
], NOT=["10,5% đến «11%"])

# --------------------------------------------------------------------------
# 03 Hà Nội, the city's markets built and renovated since 2024 and its targets to the end of 2025
# (tienphong.vn; the stamp " date 2025-09-27" written as the first line; nothing cut). Results
# "thành phố đã khởi công và cơ bản hoàn thành 18 chợ, cải tạo 41 chợ" (=, count, year 2025: "Từ
# năm 2024 đến nay", measured at the page's date); targets "đặt mục tiêu từ nay đến cuối năm 2025
# khởi công thêm 15 chợ, cải tạo 20 chợ khác" (>=, count, 2025). Not quantities: "chợ 0 đồng" (a
# name of a kind of market). Pillar null. Ids null.
# --------------------------------------------------------------------------
D03 = dict(name="03_hanoi-xay-moi-cai-tao-cho-2025", kind="result", year=2025, records=[
    R("hoàn thành «18 chợ", "chợ đã khởi công và cơ bản hoàn thành", "=", 18, **CNT),
    R("cải tạo «41 chợ", "chợ cải tạo", "=", 41, **CNT),
    R("thêm «15 chợ", "chợ khởi công thêm", ">=", 15, **CNT, **T),
    R("cải tạo «20 chợ", "chợ cải tạo khác", ">=", 20, **CNT, **T),
])

# --------------------------------------------------------------------------
# 04 Ninh Bình, retail and commercial infrastructure 2016-2020 (baoninhbinh.org.vn; nothing cut; no
# byline, no stamp; the excerpt ends in "đầu tư b"). Results, year 2020 (the period "Giai đoạn
# 2016-2020", "năm 2020"; the counts "Hiện trên địa bàn tỉnh có ..." at the period's end). Money in
# unit other "đồng" ("ước đạt 167.892 tỷ đồng" for the period, "ước đạt 40.937 tỷ đồng" in 2020:
# `=`, spec's "ước đạt"); "đạt mức tăng trưởng bình quân cả giai đoạn là 8,1%/năm" (=, a growth
# rate, as the earlier sets' "%/năm"); "3 trung tâm thương mại, 9 siêu thị và 110 chợ truyền thống"
# (three counts, each its own subject); "4 dự án đầu tư xây dựng mới và cải tạo nâng cấp chợ", "2
# dự án có nguồn xã hội hóa" (counts). NOT: "tăng 50,8% so với năm 2016" (a result's change against
# an earlier value, spec). Not quantities: "2016-2020", "năm 2016", "năm 2020" (dates). Pillar null.
# Ids null (the catalogue's retail figure is only the denominator of the e-commerce share).
# --------------------------------------------------------------------------
D04 = dict(name="04_ninhbinh-trung-tam-thuong-mai-sieu-thi-cho-2020", kind="result", year=2020, records=[
    R("ước đạt «167.892 tỷ", "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ giai đoạn 2016-2020", "=", 167892e9,
      **VND),
    R("ước đạt «40.937 tỷ", "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ năm 2020", "=", 40937e9, **VND),
    R("giai đoạn là «8,1%/năm", "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ mức tăng trưởng bình quân cả giai đoạn",
      "=", 8.1),
    R("có «3 trung tâm", "trung tâm thương mại đang hoạt động", "=", 3, **CNT),
    R("«9 siêu thị", "siêu thị đang hoạt động", "=", 9, **CNT),
    R("«110 chợ truyền thống", "chợ truyền thống đang hoạt động", "=", 110, **CNT),
    R("có «4 dự án", "dự án đầu tư xây dựng mới và cải tạo nâng cấp chợ", "=", 4, **CNT),
    R("có «2 dự án", "dự án đầu tư xây dựng mới và cải tạo nâng cấp chợ có nguồn xã hội hóa", "=", 2, **CNT),
], NOT=["tăng «50,8% so"])

# --------------------------------------------------------------------------
# 05 Đồng Nai, the province's markets and the households trading in them, January 2020
# (baodongnai.com.vn; cut: the masthead "Báo Đồng Nai điện tử" and the language link "En" with the
# blank line after them, the byline date "09:01, 12/01/2020" (written as the first line `date
# 2020-01-12`) with its blank line, the byline "Lam Phương" and the widget "Tin xem nhiều" with the
# blank lines before them). Results, year 2020. The lead paragraph stands twice in the page (the
# summary, then the body): each occurrence is a statement in the text and gets its records, as
# the title's "khoảng 20 ngàn hộ" gets one (`~`). "hơn 20 ngàn hộ" (>, 20000: "ngàn" multiplies,
# spec), "khoảng 18 ngàn hộ" (~). "1 chợ đầu mối ..., 9 chợ hạng 1, 30 chợ hạng 2 và 126 chợ hạng
# 3": four counts, each its own subject (a breakdown by class of market, scope null). "có 40 chợ
# thuộc khu vực thành thị và 120 chợ ở các khu vực nông thôn": a split by population group, scopes
# "thành thị" and "nông thôn" (spec; as the earlier sets' "37 địa bàn"/"335 địa bàn"). Not
# quantities: "hạng 1", "hạng 2", "hạng 3" (class labels). Pillar null. Ids null.
# --------------------------------------------------------------------------
_LEAD = "(ĐN) - Theo Sở Công thương, tính đến nay, toàn tỉnh có "
_HH = "hộ kinh doanh tại các chợ"
D05 = dict(name="05_dongnai-cho-ho-kinh-doanh-2020", kind="result", year=2020, records=[
    R("có khoảng «20 ngàn hộ kinh doanh tại các chợ\n", _HH, "~", 20000, **CNT),
    R("chợ\n\n" + _LEAD + "«166 chợ", "chợ đang hoạt động", "=", 166, **CNT),
    R("chợ\n\n" + _LEAD + "166 chợ đang hoạt động với hơn «20 ngàn", _HH, ">", 20000, **CNT),
    R("chợ\n\n" + _LEAD + "166 chợ đang hoạt động với hơn 20 ngàn hộ kinh doanh, trong đó có khoảng «18 ngàn",
      "hộ kinh doanh thường xuyên, ổn định", "~", 18000, **CNT),
    R("định.\n\n" + _LEAD + "«166 chợ", "chợ đang hoạt động", "=", 166, **CNT),
    R("định.\n\n" + _LEAD + "166 chợ đang hoạt động với hơn «20 ngàn", _HH, ">", 20000, **CNT),
    R("định.\n\n" + _LEAD + "166 chợ đang hoạt động với hơn 20 ngàn hộ kinh doanh, trong đó có khoảng «18 ngàn",
      "hộ kinh doanh thường xuyên, ổn định", "~", 18000, **CNT),
    R("có «1 chợ đầu mối", "chợ đầu mối", "=", 1, **CNT),
    R("«9 chợ hạng 1", "chợ hạng 1", "=", 9, **CNT),
    R("«30 chợ hạng 2", "chợ hạng 2", "=", 30, **CNT),
    R("«126 chợ hạng 3", "chợ hạng 3", "=", 126, **CNT),
    R("có «40 chợ", "chợ trên địa bàn tỉnh", "=", 40, **CNT, scope="thành thị"),
    R("và «120 chợ", "chợ trên địa bàn tỉnh", "=", 120, **CNT, scope="nông thôn"),
])

# --------------------------------------------------------------------------
# 06 Đồng Nai, the convenience stores and the rest of the province's retail network (baomoi.com,
# republishing baodongnai.com.vn; cut: the photo caption "Khách hàng mua sắm tại một cửa hàng tiện
# ích trên đường Đồng Khởi (TP.Biên Hòa). Ảnh: H.Quân" (two identical lines) with the blank line after
# each, and the byline "Hoàng Hải" with its blank line; the source line "Nguồn Đồng Nai: http://..."
# kept). Results, year null: no byline, no stamp; the only date-like string is the folder "202302"
# inside the source link, which is an address, not a statement of the text (a judgement; as
# set193's 07 left the address's date aside). The title's "253 cửa hàng tiện ích" and the body's
# "253 cửa hàng tiện lợi" (two statements, = each); "6 trung tâm thương mại, 12 siêu thị, 139 chợ
# truyền thống và hơn 10 ngàn cửa hàng tạp hóa" (four counts; ">" for "hơn", "ngàn" multiplied).
# Not quantities: "202302", "3155530" (parts of the link), "GS25" (a name). Pillar null. Ids null.
# --------------------------------------------------------------------------
D06 = dict(name="06_dongnai-cua-hang-tien-ich-sieu-thi", kind="result", year=None, records=[
    R("Toàn tỉnh có «253 cửa hàng tiện ích\n", "cửa hàng tiện ích toàn tỉnh", "=", 253, **CNT),
    R("hiện có «253 cửa hàng tiện lợi", "cửa hàng tiện lợi thuộc các hệ thống đang hoạt động", "=", 253, **CNT),
    R("có «6 trung tâm", "trung tâm thương mại", "=", 6, **CNT),
    R("«12 siêu thị", "siêu thị", "=", 12, **CNT),
    R("«139 chợ", "chợ truyền thống", "=", 139, **CNT),
    R("hơn «10 ngàn", "cửa hàng tạp hóa", ">", 10000, **CNT),
])

# --------------------------------------------------------------------------
# 07 Quảng Trị, the provincial statistics office's yearbook 2023, page 398: the number of markets by
# class and of supermarkets by ownership at 31/12 of 2019-2023 (cucthongke.quangtri.gov.vn; nothing
# cut; the page's own mojibake "lƣợng" kept). The set's table text. Results, count, `=`, one record
# per cell, the year of its column (2019 ... 2023; the 2019 column is a result measured in 2019).
# Rows: "TỔNG SỐ CHỢ" (markets), "Hạng 1/2/3" (markets by class: each its own subject, scope null,
# a breakdown by kind), "TỔNG SỐ - TOTAL" (supermarkets), "Ngoài Nhà nước - Non-State" (supermarkets
# outside the state sector: a breakdown by ownership, scope null). The cells "-" (none) hold no
# number. Not quantities: "Page 398", "P. 398", "213", "214", "391" (page and table numbers), "st",
# the header years, "31/12" (a date), "Level 1" etc. (labels). Pillar null. Ids null.
# --------------------------------------------------------------------------
_YEARS = (2019, 2020, 2021, 2022, 2023)


def YEARBOOK_ROW(label, cells, indicator):
    """One record per cell of a yearbook row: locator = the row's label, the cells before it, «cell."""
    vals = cells.split()
    return [R(" ".join([label] + vals[:i]) + " «" + vals[i], indicator, "=", int(vals[i]), **CNT, year=y)
            for i, y in enumerate(_YEARS)]


D07 = dict(name="07_quangtri-nien-giam-cho-sieu-thi-2023", kind="result", year=None, records=[
    *YEARBOOK_ROW("TOTAL MARKETS", "77 79 81 81 81", "tổng số chợ có đến 31/12"),
    *YEARBOOK_ROW("Level 1", "3 4 3 3 3", "chợ hạng 1 có đến 31/12"),
    *YEARBOOK_ROW("Level 2", "9 9 11 11 11", "chợ hạng 2 có đến 31/12"),
    *YEARBOOK_ROW("Level 3", "65 66 67 67 67", "chợ hạng 3 có đến 31/12"),
    *YEARBOOK_ROW("TỔNG SỐ - TOTAL", "21 24 21 39 39", "tổng số siêu thị có đến 31/12"),
    *YEARBOOK_ROW("Non-State", "21 24 21 39 39", "siêu thị ngoài Nhà nước có đến 31/12"),
])

# --------------------------------------------------------------------------
# 08 Quảng Ninh, the Aeon Mall Hạ Long shopping centre under construction (vnexpress.net; the stamp
# " date 2025-09-16" written as the first line; cut: the photo caption "Khu vực triển khai dự án
# Trung tâm thương mại Aeon Mall Hạ Long. Ảnh: Cổng thông tin điện tử tỉnh Quảng Ninh" with the blank
# line after it; the excerpt ends in "T"). Results, year 2025 (the project's figures as stated at
# the page's date; a project's scale is a quantity, as the earlier sets' "quy mô 10.000m2", "tổng
# diện tích 22.408 ha", "tổng mức đầu tư"): "quy mô vốn hơn 5.200 tỷ đồng" and "Tổng mức đầu tư dự
# án trên 5.200 tỷ đồng" (two statements, >, money in "đồng"); "tổng diện tích 13 ha" (=, "ha"),
# "trên 9 ha diện tích được dành để quy hoạch trung tâm thương mại" (>); Aeon's "8 trung tâm thương
# mại tại Việt Nam với tổng diện tích sàn cho thuê 462.000 m2" (=, count; =, "m2"); "Năm ngoái ...
# dự án ở Huế ... với vốn đầu tư gần 4.000 tỷ đồng" (~, year 2024, place "Huế"). Not quantities:
# "500-600 cán bộ, kỹ thuật" on the site (the size of the workforce, as set193's staff sizes),
# "trung tâm thương mại thứ 4 tại miền Bắc" (the ordinal of the group's malls, not a ranking of an
# indicator), "ba trên năm tầng" (words), "TMDV-D2.1" (a plot's code), "tháng 2", "tháng 10",
# "11-12/2026", "10/2024" (dates), "ba ca" (words). Pillar null. Ids null.
# --------------------------------------------------------------------------
D08 = dict(name="08_quangninh-aeon-mall-halong-2025", kind="result", year=2025, records=[
    R("quy mô vốn hơn «5.200 tỷ", "quy mô vốn Trung tâm thương mại Aeon Mall Hạ Long", ">", 5200e9, **VND),
    R("tổng diện tích «13 ha", "tổng diện tích công trình Trung tâm thương mại Aeon Mall Hạ Long", "=", 13, **HA),
    R("trên «9 ha", "diện tích được dành để quy hoạch trung tâm thương mại", ">", 9, **HA),
    R("dự án trên «5.200 tỷ", "tổng mức đầu tư dự án Trung tâm thương mại Aeon Mall Hạ Long", ">", 5200e9, **VND),
    R("có «8 trung tâm", "trung tâm thương mại của tập đoàn Aeon tại Việt Nam", "=", 8, **CNT),
    R("cho thuê «462.000 m2", "tổng diện tích sàn cho thuê các trung tâm thương mại Aeon tại Việt Nam", "=", 462000,
      **M2),
    R("gần «4.000 tỷ", "vốn đầu tư trung tâm thương mại Aeon ở Huế", "~", 4000e9, **VND, year=2024, place="Huế"),
])

# --------------------------------------------------------------------------
# 09 Lạng Sơn, Decision 749/QĐ-UBND approving the scheme for market infrastructure in mountain and
# border areas to 2025 (thuvienphapluat.vn; cut: the site's tool lines "Bộ lọc tìm kiếm", "Tải văn
# bản", "Lưu trữ Góp ý" and the tab list "• Thuộc tính", "• Nội dung", "• Tiếng anh", "• Lược đồ"
# with their blank lines; the excerpt ends in "các cơ qu"). A precision text, no record: every
# number is a document number ("749/QĐ-UBND", "259/QĐ-TTg", "1162/QĐ-TTg", "36-NQ/TU",
# "33/TTr-SCT"), a date ("18 tháng 5 năm 2023", "19/6/2015", "22/11/2019", "25/02/2021",
# "13/7/2021", "25/6/2021", "09/5/2023"), a horizon ("năm 2025", "năm 2030", "2021-2025") or an
# article's label ("Điều 1.", "Điều 2."). Stock-text overlaps with earlier sets' decisions (the
# national motto, "Căn cứ Luật Tổ chức chính quyền địa phương ...") are listed in SOURCES.md.
# --------------------------------------------------------------------------
D09 = dict(name="09_langson-de-an-ha-tang-cho-2023-precision", kind="result", year=2023, records=[])

# --------------------------------------------------------------------------
# 10 Nghệ An, Quế Phong district: the new Kim Sơn market opened (baonghean.vn; the stamp " date
# 2021-08" written as the first line; cut: the photo caption "Khung cảnh sầm uất bên trong ngôi chợ
# mới. Ảnh: CTV" with the blank lines before it; the caption "Chợ mới Kim Sơn có vị trí ... Ảnh:
# CTV", which carries road numbers, kept). Results, year 2021. Money, unit other "đồng": "tổng mức
# đầu tư hơn 100 tỷ đồng" (>), the investor's support "hơn 2 tỷ đồng" and "hơn 1 tỷ đồng" (>, each
# its own purpose). Not quantities: "tháng 7/2021" (a date), "9 tháng thi công" and "chưa đầy 48h"
# (durations), "Quốc lộ 16", "Tỉnh lộ 544B" (road names). Pillar null. Ids null.
# --------------------------------------------------------------------------
D10 = dict(name="10_nghean-quephong-cho-kim-son-2021", kind="result", year=2021, records=[
    R("đầu tư hơn «100 tỷ", "tổng mức đầu tư chợ mới Kim Sơn", ">", 100e9, **VND),
    R("địa phương hơn «2 tỷ", "chủ đầu tư hỗ trợ địa phương để xây dựng, sửa chữa hội trường huyện, nhà văn hóa và "
      "các công trình, nhà ở đại đoàn kết cho người nghèo", ">", 2e9, **VND),
    R("hơn «1 tỷ", "chủ đầu tư hỗ trợ để sửa chữa, xây dựng chợ tạm và di chuyển đường điện trung thế", ">", 1e9,
      **VND),
])

# --------------------------------------------------------------------------
# 11 Thanh Hóa, investment in commercial infrastructure, March 2025 (truyenhinhthanhhoa.vn; cut: the
# byline "Hương Hạnh - Thanh Sơn" and its date "23/03/2025 20:54" (written as the first line `date
# 2025-03-23`) with their blank lines, the image label "Đầu tư phát triển hạ tầng thương mại- Ảnh 1."
# and the caption "Ông Lê Thanh Nghiêu (bên phải), xã Hoằng Đức, ..." with their blank lines; the
# hotline line kept; the excerpt ends in "tiêu chí tro"). Results, year 2025: "Toàn tỉnh hiện đã
# phát triển được 390 chợ, 27 siêu thị" (two counts). Not quantities: "0237 3721150" (a phone
# number), "hàng trăm cửa hàng" (no number). Pillar null. Ids null.
# --------------------------------------------------------------------------
D11 = dict(name="11_thanhhoa-ha-tang-thuong-mai-2025", kind="result", year=2025, records=[
    R("được «390 chợ", "chợ toàn tỉnh đã phát triển được", "=", 390, **CNT),
    R("«27 siêu thị", "siêu thị toàn tỉnh đã phát triển được", "=", 27, **CNT),
])

# --------------------------------------------------------------------------
# 12 Quảng Nam, the Department of Industry and Trade asking districts to apply the province's rules
# on managing markets, March 2020 (baoquangnam.vn; the stamp " date 2020-03" written as the first
# line; nothing cut). A precision text, no record: "Quyết định số 02/2019", "06/2019/QĐ-UBND"
# (document numbers), "Covid-19" (a name).
# --------------------------------------------------------------------------
D12 = dict(name="12_quangnam-quan-ly-cho-2020-precision", kind="result", year=2020, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
