#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set274).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of percentages deliberately left without a record
(a result's change against an earlier value, "tăng 12,1% so với cuối năm 2022"; completion against a
plan, "đạt 99,7% kế hoạch được giao"); check_gold.py verifies that every percentage has a record or
a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: the catalogue has no indicator of bank credit, deposits, bad
debt, policy lending or poverty, so every record of this set has id null (see README).

Theme: banking and credit in provinces (credit growth, deposits mobilised, outstanding loans, bad
debt, the Social Policy Bank's lending and borrowers). No text stands under a heading that names a
pillar of digital transformation: every pillar is null. Money is unit `other`, `unit_text` "đồng",
the magnitude word multiplied in (spec's decided case); values are written as integers.

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
from goldkit import R, CNT, RANK, T  # noqa: E402

DONG = dict(unit="other", unit_text="đồng")
TY = 10 ** 9
TRIEU = 10 ** 6

# --------------------------------------------------------------------------
# 01 Gia Lai (the province as merged in 2025), the Social Policy Bank branch's review of 2025 and
# its targets for 2026 (baogialai.com.vn; cut: the two photo captions "Phó Chủ tịch UBND tỉnh Lâm
# Hải Giang phát biểu tại hội nghị. Ảnh: Hồng Thương" and "Ông Nguyễn Minh Hướng - ... Ảnh H.T", each
# with the blank line after it; no byline, no stamp; the excerpt ends in "; t"). Results of "năm
# 2025" / "31-12-2025": year 2025. "hơn" `>`, "gần" `~`. "(chiếm 30,4% tổng số hộ dân toàn tỉnh)",
# "(chiếm 0,12%)", "(chiếm 0,05% tổng dư nợ)": brackets stating values, records (spec). "giảm tỷ lệ hộ
# nghèo toàn tỉnh từ 3,38% xuống còn 2,19% cuối năm 2025": two records as earlier sets record "từ X
# ... xuống còn Y" (set25x's "từ 30,23% năm 2023, xuống còn 25,93%"): 2,19% of 2025; 3,38%, the
# starting level, year null (the text gives it no year; it is not the document's 2025 value). Targets
# "Năm 2026 ... đặt mục tiêu 100% hộ nghèo ... được tiếp cận vốn" (bare, `>=`), "nguồn vốn ngân sách
# địa phương ủy thác tăng 400 tỷ đồng" (a target stated as a change: a quantity, `>=`), "tăng trưởng
# tín dụng đạt từ 10% trở lên" (`>=`), "nợ quá hạn ... ở mức từ 0,04% tổng dư nợ trở xuống" (`<=`):
# kind target, year 2026. Not quantities: "31-12-2025" (a date).
# --------------------------------------------------------------------------
D01 = dict(name="01_gialai-ngan-hang-csxh-ket-qua-2025-muc-tieu-2026", kind="result", year=2025, records=[
    R("tổng nguồn vốn đạt «16.592 tỷ", "tổng nguồn vốn", "=", 16592 * TY, **DONG),
    R("doanh số cho vay đạt «6.422 tỷ", "doanh số cho vay", "=", 6422 * TY, **DONG),
    R("với hơn «86.858 lượt", "lượt hộ nghèo và các đối tượng chính sách khác được vay vốn", ">", 86858, **CNT),
    R("tổng dư nợ đạt «16.570 tỷ", "tổng dư nợ", "=", 16570 * TY, **DONG),
    R("với hơn «259 nghìn hộ", "hộ vay còn dư nợ", ">", 259000, **CNT),
    R("(chiếm «30,4% tổng", "hộ vay còn dư nợ chiếm tổng số hộ dân toàn tỉnh", "=", 30.4),
    R("toàn tỉnh là «19,67 tỷ", "tổng nợ quá hạn và nợ khoanh toàn tỉnh", "=", 19670 * TRIEU, **DONG),
    R("(chiếm «0,12%)", "tổng nợ quá hạn và nợ khoanh chiếm", "=", 0.12),
    R("nợ quá hạn là «9 tỷ", "nợ quá hạn", "=", 9 * TY, **DONG),
    R("(chiếm «0,05% tổng dư nợ)", "nợ quá hạn chiếm tổng dư nợ", "=", 0.05),
    R("đã có hơn «7.000 hộ", "hộ vay vốn sản xuất kinh doanh", ">", 7000, **CNT),
    R("xây dựng hơn «58.000 công trình", "công trình nước sạch, vệ sinh môi trường nông thôn được xây dựng", ">",
      58000, **CNT),
    R("gần «5.000 hộ nghèo", "hộ nghèo, hộ cận nghèo, hộ dân tộc thiểu số vay vốn xây dựng, sửa chữa nhà ở", "~",
      5000, **CNT),
    R("gần «4.000 học sinh", "học sinh, sinh viên vay vốn học tập", "~", 4000, **CNT),
    R("xây dựng «553 căn", "căn nhà ở xã hội được hỗ trợ xây dựng", "=", 553, **CNT),
    R("hơn «31.000 lao động", "lao động được tạo việc làm", ">", 31000, **CNT),
    R("Nhờ đó, «12.978 hộ", "hộ vay có điều kiện vươn lên thoát nghèo", "=", 12978, **CNT),
    R("từ «3,38% xuống", "tỷ lệ hộ nghèo toàn tỉnh", "=", 3.38, year=None),
    R("còn «2,19% cuối", "tỷ lệ hộ nghèo toàn tỉnh", "=", 2.19),
    R("mục tiêu «100% hộ nghèo", "hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo và các đối tượng chính sách khác có "
      "nhu cầu, đủ điều kiện được tiếp cận vốn tín dụng chính sách", ">=", 100, **T, year=2026),
    R("ủy thác tăng «400 tỷ", "nguồn vốn ngân sách địa phương ủy thác tăng", ">=", 400 * TY, **DONG, **T,
      year=2026),
    R("đạt từ «10% trở lên", "tăng trưởng tín dụng", ">=", 10, **T, year=2026),
    R("mức từ «0,04% tổng", "nợ quá hạn duy trì ở mức tổng dư nợ", "<=", 0.04, **T, year=2026),
])

# --------------------------------------------------------------------------
# 02 Quảng Ngãi (as merged in 2025), the Social Policy Bank branch's conference of January 2026
# (quangngaitv.vn; cut: the section label "Xã hội" that opened the excerpt and the comment widget "Ý
# kiến ()" with the blank line before it; no byline, no stamp). Results "Năm 2025": year 2025; the
# branch's network ("22 phòng giao dịch, 275 điểm giao dịch, gần 4.300 Tổ tiết kiệm và vay vốn"):
# three counts, each its own subject (a breakdown by kind of thing, scope null). Targets "Năm 2026 ...
# phấn đấu 100% xã, phường, đặc khu bố trí vốn ủy thác ..., tăng trưởng dư nợ từ 10% trở lên": kind
# target, year 2026 (100% bare `>=`; "xã, phường, đặc khu" are the subject, scope null). NOT: "hoàn
# thành gần 100% kế hoạch tăng trưởng" (completion against a plan). Not quantities: "24/01" (a date),
# "Chỉ thị 39", "năm 2030" (a name, a date), "1 tập thể", "4 tập thể, 9 cá nhân" (the recipients of
# awards, as earlier sets' "tặng Bằng khen 10 tập thể").
# --------------------------------------------------------------------------
D02 = dict(name="02_quangngai-ngan-hang-csxh-nhiem-vu-2026", kind="result", year=2025, records=[
    R("Toàn tỉnh có «22 phòng", "phòng giao dịch", "=", 22, **CNT),
    R("«275 điểm giao dịch", "điểm giao dịch", "=", 275, **CNT),
    R("gần «4.300 Tổ", "Tổ tiết kiệm và vay vốn", "~", 4300, **CNT),
    R("đạt gần «11.900 tỷ", "Tổng nguồn vốn cho vay", "~", 11900 * TY, **DONG),
    R("cho vay hơn «4.000 tỷ", "doanh số cho vay", ">", 4000 * TY, **DONG),
    R("trên «67.700 lượt", "lượt hộ vay", ">", 67700, **CNT),
    R("đạt hơn «11.800 tỷ", "dư nợ", ">", 11800 * TY, **DONG),
    R("phấn đấu «100% xã", "xã, phường, đặc khu bố trí vốn ủy thác qua Ngân hàng Chính sách xã hội", ">=", 100,
      **T, year=2026),
    R("dư nợ từ «10% trở lên", "tăng trưởng dư nợ", ">=", 10, **T, year=2026),
], NOT=["thành gần «100% kế hoạch"])

# --------------------------------------------------------------------------
# 03 Phú Thọ (merged with Vĩnh Phúc and Hòa Bình in 2025), the Social Policy Bank's board of
# representatives opening the fourth quarter of 2025 (baophutho.vn; the crawler's stamp " date
# 2025-11-05" written as the first line `date 2025-11-05`; cut: the photo caption "Phó Chủ tịch UBND
# tỉnh Phan Trọng Tấn phát biểu chỉ đạo phiên họp" with the blank line after it; the excerpt ends in
# "(chi"). Results "Đến hết tháng 9/2025": year 2025. "đứng thứ 2/34 chi nhánh trên cả nước": rank,
# `=` 2 (the denominator is not a quantity). NOT: "tăng 6,28% so với năm 2024", "tăng 6,24% so với năm
# 2024" (changes). Not quantities: "quý IV năm 2025", "5/11", "9/2025" (dates), "hợp nhất 3 tỉnh
# Phú Thọ, Vĩnh Phúc và Hòa Bình" (the merger's description), "sau 3 tháng sáp nhập" (a time since),
# "mô hình chính quyền địa phương 2 cấp" (a name).
# --------------------------------------------------------------------------
D03 = dict(name="03_phutho-ban-dai-dien-hdqt-nhcsxh-quy-iv-2025", kind="result", year=2025, records=[
    R("NHCSXH tỉnh đạt «18.053,722 tỷ", "tổng nguồn vốn hoạt động của NHCSXH tỉnh", "=", 18053722 * TRIEU, **DONG),
    R("trên địa bàn đạt «18.016,1 tỷ", "Tổng dư nợ các chương trình tín dụng trên địa bàn", "=", 180161 * 10 ** 8,
      **DONG),
    R("đứng thứ «2/34 chi nhánh", "Tổng dư nợ các chương trình tín dụng đứng chi nhánh trên cả nước", "=", 2,
      **RANK),
    R("với «289.446 hộ", "hộ nghèo và các đối tượng chính sách còn dư nợ", "=", 289446, **CNT),
], NOT=["tăng «6,28% so", "tăng «6,24% so"])

# --------------------------------------------------------------------------
# 04 Thái Nguyên, the Social Policy Bank's lending in 2023 and the board's aims for 2024
# (thainguyentv.vn; cut: the photo caption "Ảnh minh hoạ." with the blank line after it; no byline,
# no stamp). Results: year 2023 (the text's "Tính đến cuối năm 2023"; the list "Qua đó đã giúp ..."
# gives no year of its own and reports the same year's lending); the title "Trên 25.000 lượt khách
# hàng được vay vốn chính sách" is a result like the body's (`>`). "trên" `>`. Targets "Năm 2024, ...
# phấn đấu tăng trưởng nguồn vốn và dư nợ từ 8% trở lên; giữ tỷ lệ nợ quá hạn ở dưới mức 0,05%":
# kind target, year 2024 (one value for both subjects: one record). NOT: "tăng 12,1% so với cuối năm
# 2022" (a change), "(đạt 99,7% kế hoạch được giao)" (completion against a plan).
# --------------------------------------------------------------------------
D04 = dict(name="04_thainguyen-vay-von-chinh-sach-2023-muc-tieu-2024", kind="result", year=2023, records=[
    R("Trên «25.000 lượt", "lượt khách hàng được vay vốn chính sách", ">", 25000, **CNT),
    R("trên «6.500 hộ", "hộ nghèo, cận nghèo, mới thoát nghèo được vay vốn", ">", 6500, **CNT),
    R("trên «6.000 lao động", "lao động có việc làm ổn định", ">", 6000, **CNT),
    R("trên «19 nghìn công trình", "công trình nước sạch và vệ sinh môi trường nông thôn được xây dựng", ">",
      19000, **CNT),
    R("trên «1,6 nghìn lượt", "lượt hộ ở vùng khó khăn được vay vốn phát triển sản xuất - kinh doanh", ">", 1600,
      **CNT),
    R("trên «100 nhà", "nhà ở xã hội được xây dựng", ">", 100, **CNT),
    R("trên địa bàn tỉnh đạt «4.643 tỷ", "tổng dư nợ cho vay các chương trình của Ngân hàng Chính sách xã hội trên "
      "địa bàn tỉnh", "=", 4643 * TY, **DONG),
    R("từ «8% trở lên", "tăng trưởng nguồn vốn và dư nợ", ">=", 8, **T, year=2024),
    R("dưới mức «0,05%", "tỷ lệ nợ quá hạn", "<", 0.05, **T, year=2024),
], NOT=["tăng «12,1% so", "(đạt «99,7% kế"])

# --------------------------------------------------------------------------
# 05 Hà Tĩnh, the banks' emulation bloc at the end of 2021 (baohatinh.vn; the crawler's stamp " date
# 2021-12" written as the first line; nothing cut). Results of "30/11/2021" and estimates "Ước đến
# 31/12/2021 ... đạt" (`=`, spec's "ước đạt"): year 2021. "(kế hoạch tăng từ 14 - 16% so với cuối năm
# 2020)": the year's plan for the growth of deposits, a target stated as a change: kind target,
# `between` 14-16, year 2021. NOT: "tăng 27,73% so với đầu năm", "tăng 25,54%", "tăng 12,06%", "tăng
# 16,41%" (changes). "vượt kế hoạch đề ra" names no number. Not quantities: the dates.
# --------------------------------------------------------------------------
D05 = dict(name="05_hatinh-huy-dong-von-du-no-2021", kind="result", year=2021, records=[
    R("huy động đạt «85.357 tỷ", "tổng nguồn vốn huy động", "=", 85357 * TY, **DONG),
    R("tăng từ «14 - 16%", "kế hoạch tăng tổng nguồn vốn huy động so với cuối năm 2020", "between", 14,
      value_max=16, **T),
    R("huy động đạt «83.893 tỷ", "tổng nguồn vốn huy động", "=", 83893 * TY, **DONG),
    R("tín dụng đạt «65.955 tỷ", "tổng dư nợ tín dụng", "=", 65955 * TY, **DONG),
    R("tín dụng đạt «68.512 tỷ", "dư nợ tín dụng", "=", 68512 * TY, **DONG),
    R("chiếm «0,83% dư nợ", "tỷ lệ nợ xấu của khối ngân hàng thương mại", "=", 0.83),
], NOT=["tăng «27,73% so", "tăng «25,54% so", "tăng «12,06% so", "tăng «16,41% so"])

# --------------------------------------------------------------------------
# 06 Quảng Nam, deposits, loans and bad debt at the end of August 2023 (qrt.vn; the crawler's stamp
# " date 2023-09" written as the first line; cut: the byline "Hiền Viên – Trung Hiếu" with the blank
# line before it). Results "Đến cuối tháng 8 năm 2023": year 2023. "chiếm tỷ trọng gần 13% tổng dư nợ"
# (`~`; the page's figure, kept as written although it does not square with 1.340 of 104.683). NOT:
# "tăng 8% so với đầu năm", "tăng 1,2% so với đầu tháng", "tăng 6,47% so với đầu năm", "giảm trên 31%
# so với tháng 7" (changes).
# --------------------------------------------------------------------------
D06 = dict(name="06_quangnam-huy-dong-du-no-no-xau-2023", kind="result", year=2023, records=[
    R("tỉnh đạt «81.579 tỷ", "tổng nguồn vốn huy động trên địa bàn tỉnh", "=", 81579 * TY, **DONG),
    R("tỉnh là «104.683 tỷ", "Dư nợ cho vay của các tổ chức tín dụng trên địa bàn tỉnh", "=", 104683 * TY,
      **DONG),
    R("nợ xấu là «1.340 tỷ", "tổng nợ xấu", "=", 1340 * TY, **DONG),
    R("tỷ trọng gần «13% tổng", "nợ xấu chiếm tỷ trọng tổng dư nợ", "~", 13),
], NOT=["tăng «8% so", "tăng «1,2% so", "tăng «6,47% so", "giảm trên «31% so"])

# --------------------------------------------------------------------------
# 07 Hòa Bình (now Phú Thọ), Đà Bắc district's policy lending in the first quarter of 2024
# (baohoabinh.com.vn; cut: the section label "Huyện ủy, UBND huyện Đà Bắc" with the blank line after
# it, the byline date "Thứ ba, 9/4/2024 | 8:33:35 Sáng" (written as the first line `date
# 2024-04-09`) with the blank line after it, and the byline "V.Đ" with the blank lines before it).
# The photo caption "Từ đầu năm đến nay, trên 700 hộ dân huyện Đà Bắc được vay vốn chính sách. Ảnh
# chụp tại xã Tú Lý." states a figure and is kept: a record of its own. Results: year 2024. "đang
# quản lý 18 chương trình tín dụng chính sách", "giải ngân ... đối với 9 chương trình tín dụng" (the
# title's and the body's): counts of credit programmes run and disbursed, records (things the unit
# runs, not the tasks of a plan). Not quantities: "hộ nghèo (13,6 tỷ đồng), hộ cận nghèo (gần 10,5 tỷ
# đồng), giải quyết việc làm (gần 5 tỷ đồng), nước sạch ... (gần 3,5 tỷ đồng)", the shares of the
# "tăng trưởng dư nợ" (the growth of outstanding loans since the start of the year: changes against
# an earlier value); "Quý I", "quý I/2024" (dates).
# --------------------------------------------------------------------------
D07 = dict(name="07_hoabinh-dabac-tin-dung-chinh-sach-quy-i-2024", kind="result", year=2024, records=[
    R("giải ngân «9 chương trình tín dụng\n", "chương trình tín dụng được giải ngân trong Quý I", "=", 9, **CNT),
    R("quản lý «18 chương trình", "chương trình tín dụng chính sách đơn vị đang quản lý", "=", 18, **CNT),
    R("trên «700 hộ dân", "hộ dân huyện Đà Bắc được vay vốn chính sách", ">", 700, **CNT),
    R("đối với «9 chương trình", "chương trình tín dụng được giải ngân nguồn vốn trong quý I/2024", "=", 9, **CNT),
    R("đạt hơn «37 tỷ", "doanh số cho vay", ">", 37 * TY, **DONG),
    R("cho hơn «700 lượt", "lượt hộ được vay vốn", ">", 700, **CNT),
    R("đạt gần «585,7 tỷ", "tổng dư nợ tín dụng chính sách trên địa bàn huyện Đà Bắc", "~", 5857 * 10 ** 8,
      **DONG),
    R("với hơn «14,3 nghìn", "khách hàng còn dư nợ", ">", 14300, **CNT),
    R("trên «70 lao động", "lao động được tạo việc làm và xuất khẩu lao động", ">", 70, **CNT),
    R("trên «350 công trình", "công trình nước sạch và vệ sinh môi trường quy mô hộ gia đình được xây dựng", ">",
      350, **CNT),
])

# --------------------------------------------------------------------------
# 08 Bắc Ninh, Thuận Thành town's policy lending to 30 June 2023 (thuanthanh.bacninh.gov.vn; nothing
# cut; no byline, no stamp). Results: year 2023 ("Đến 30/6/2023"; the totals "Từ năm 2020 đến nay"
# are measured at the same date). The title's "đạt gần 515 tỷ đồng" (`~`) and the body's "514.654
# triệu đồng" (`=`, 514654e6): two records. "triển khai thực hiện 13 chương trình tín dụng chính sách
# tại 100% các xã, phường": a count and a share (the communes are the subject, scope null). Not
# quantities: the dates, "Từ năm 2020".
# --------------------------------------------------------------------------
D08 = dict(name="08_bacninh-thuanthanh-du-no-chinh-sach-2023", kind="result", year=2023, records=[
    R("đạt gần «515 tỷ", "tổng dư nợ các chương trình tín dụng chính sách", "~", 515 * TY, **DONG),
    R("thực hiện «13 chương trình", "chương trình tín dụng chính sách triển khai thực hiện", "=", 13, **CNT),
    R("tại «100% các xã", "các xã, phường trên địa bàn triển khai thực hiện chương trình tín dụng chính sách", "=",
      100),
    R("là trên «480 tỷ", "Tổng doanh số cho vay các chương trình tín dụng chính sách", ">", 480 * TY, **DONG),
    R("với «12.738 lượt", "lượt hộ vay vốn", "=", 12738, **CNT),
    R("đạt «514.654 triệu", "tổng dư nợ các chương trình tín dụng chính sách", "=", 514654 * TRIEU, **DONG),
    R("với «12.032 khách", "khách hàng còn dư nợ", "=", 12032, **CNT),
])

# --------------------------------------------------------------------------
# 09 Tuyên Quang, the Social Policy Bank branch's conference of January 2024 (baotuyenquang.com.vn;
# cut: the photo caption "Các đơn vị ký giao ước thi đua năm 2024." with the blank line after it; no
# byline, no stamp; the excerpt ends in "phấn "). The title "phấn đấu tăng trưởng tín dụng đạt 10% năm
# 2024": a target, `>=` (a target's "đạt"), year 2024. Results of 2023 ("Trong năm 2023", "Tính đến
# 31-12-2023"): "đưa tỷ lệ hộ nghèo từ 18,9% năm 2022 xuống còn 14,03%, tỷ lệ hộ cận nghèo từ 7,46% năm
# 2022 xuống còn 6,51%": four records, the starting levels of 2022 (as written), the new ones of 2023
# (the paragraph's year). "17 chương trình tín dụng/80.722 hộ vay": two counts. The trade union's
# charity "4 nhà ở mới ... 190 triệu đồng ... 120 suất quà ... 60 triệu đồng": four results. NOT:
# "đạt 99,9% kế hoạch dư nợ" (completion against a plan), "tăng 13,37% so với cùng kỳ" (a change);
# "tăng gần 500 tỷ đồng" (a change, no record). Not quantities: "26-1" (a date).
# --------------------------------------------------------------------------
D09 = dict(name="09_tuyenquang-ngan-hang-csxh-ket-qua-2023-muc-tieu-2024", kind="result", year=2023, records=[
    R("tín dụng đạt «10% năm 2024", "tăng trưởng tín dụng", ">=", 10, **T, year=2024),
    R("từ «18,9% năm", "tỷ lệ hộ nghèo", "=", 18.9, year=2022),
    R("còn «14,03%", "tỷ lệ hộ nghèo", "=", 14.03),
    R("từ «7,46% năm", "tỷ lệ hộ cận nghèo", "=", 7.46, year=2022),
    R("còn «6,51%", "tỷ lệ hộ cận nghèo", "=", 6.51),
    R("tín dụng đạt «4.209 tỷ", "tổng dư nợ các chương trình tín dụng", "=", 4209 * TY, **DONG),
    R("với «17 chương trình", "chương trình tín dụng", "=", 17, **CNT),
    R("/«80.722 hộ vay", "hộ vay", "=", 80722, **CNT),
    R("cho vay đạt «1.141 tỷ", "Tổng doanh số cho vay", "=", 1141 * TY, **DONG),
    R("với «21.591 lượt", "lượt khách hàng được vay vốn", "=", 21591, **CNT),
    R("làm «4 nhà", "nhà ở mới cho hộ nghèo được hỗ trợ làm", "=", 4, **CNT),
    R("tiền «190 triệu", "số tiền hỗ trợ làm nhà ở mới cho hộ nghèo", "=", 190 * TRIEU, **DONG),
    R("tặng «120 suất", "suất quà tặng hộ nghèo, gia đình chính sách", "=", 120, **CNT),
    R("tiền «60 triệu", "số tiền tặng quà cho hộ nghèo, gia đình chính sách", "=", 60 * TRIEU, **DONG),
], NOT=["đạt «99,9% kế", "tăng «13,37% so"])

# --------------------------------------------------------------------------
# 10 Hà Tĩnh, Plan 522/KH-UBND of 25 September 2025 carrying out Directive 39-CT/TW on policy credit
# (nhansu.vn; nothing cut: the page's table of the document's data is part of the excerpt; no byline,
# no stamp; the excerpt ends in "và t"). Precision text, no record: every number is a document
# number ("522/KH-UBND", "39-CT/TW", "1560/QĐ-TTg", "327-KH/TU", "570/TTr-NHCS"), a date
# ("25/09/2025", "30/10/2024", "18/7/2025", "20/01/2025", "08/8/2025", "ngày 25 tháng 9 năm 2025",
# "năm 2025") or a list label ("1.").
# --------------------------------------------------------------------------
D10 = dict(name="10_hatinh-ke-hoach-522-chi-thi-39-2025-precision", kind="target", year=2025, records=[])

# --------------------------------------------------------------------------
# 11 A province's banks in the eleven months of 2024 (lite.baomoi.com; the page names no province:
# "trên địa bàn tỉnh"; nothing cut; no byline, no stamp; the excerpt ends in "tập tru"). Results:
# year 2024 ("Tháng 11/2024", "11 tháng năm 2024"). The title "Tổng dư nợ cho vay đạt 16.471 tỷ đồng"
# and the body's figure: two records. "(dư nợ ngắn hạn 6.235 tỷ đồng, ...; dư nợ trung - dài hạn
# 10.236 tỷ đồng, ...)": a bracket of values, one record each (breakdown by kind, scope null). "tỷ lệ
# nợ xấu/tổng dư nợ ... luôn được kiểm soát dưới 2%": a result, `<`. "334 doanh nghiệp và 23 hợp tác xã
# có dư nợ 4.800 tỷ đồng": three records (two counts, each its own subject, and the amount). NOT:
# "tăng 4%", "giảm 2,7%", "tăng 8,5%", "tăng 0,65%", "giảm 10,5%", "tăng 7,1%", "tăng 13,1%"
# (changes); "tăng 63,6 tỷ đồng so với đầu năm" (a change, no record). Not quantities: "55/2015/NĐ-CP"
# (a document number), "Tháng 11/2024", "11 tháng năm 2024" (dates).
# --------------------------------------------------------------------------
D11 = dict(name="11_tinh-du-no-no-xau-11-thang-2024", kind="result", year=2024, records=[
    R("Tổng dư nợ cho vay đạt «16.471 tỷ", "Tổng dư nợ cho vay", "=", 16471 * TY, **DONG),
    R("doanh số cho vay đạt «2.550 tỷ", "doanh số cho vay", "=", 2550 * TY, **DONG),
    R("thu nợ đạt «2.374 tỷ", "doanh số thu nợ", "=", 2374 * TY, **DONG),
    R("nền kinh tế đạt «16.471 tỷ", "tổng dư nợ cho vay nền kinh tế", "=", 16471 * TY, **DONG),
    R("ngắn hạn «6.235 tỷ", "dư nợ ngắn hạn", "=", 6235 * TY, **DONG),
    R("dài hạn «10.236 tỷ", "dư nợ trung - dài hạn", "=", 10236 * TY, **DONG),
    R("Nợ xấu «179,2 tỷ", "Nợ xấu", "=", 1792 * 10 ** 8, **DONG),
    R("chiếm «1,09% trên", "Nợ xấu chiếm trên tổng dư nợ", "=", 1.09),
    R("dưới «2%.", "tỷ lệ nợ xấu/tổng dư nợ trên địa bàn tỉnh", "<", 2),
    R("Ngân hàng Chính sách xã hội) đạt «8.200 tỷ", "Dư nợ cho vay nông nghiệp, nông thôn trên địa bàn tỉnh", "=",
      8200 * TY, **DONG),
    R("thương mại đạt «3.815 tỷ", "dư nợ tín dụng nông nghiệp, nông thôn theo Nghị định số 55/2015/NĐ-CP tại các "
      "ngân hàng thương mại", "=", 3815 * TY, **DONG),
    R("có «334 doanh nghiệp", "doanh nghiệp có dư nợ tại các ngân hàng thương mại", "=", 334, **CNT),
    R("và «23 hợp tác xã", "hợp tác xã có dư nợ tại các ngân hàng thương mại", "=", 23, **CNT),
    R("dư nợ «4.800 tỷ", "dư nợ doanh nghiệp và hợp tác xã tại các ngân hàng thương mại", "=", 4800 * TY,
      **DONG),
    R("tỉnh đạt «4.391 tỷ", "Tổng dư nợ các chương trình tín dụng chính sách tại Ngân hàng Chính sách xã hội "
      "tỉnh", "=", 4391 * TY, **DONG),
], NOT=["tăng «4% so", "giảm «2,7%", "tăng «8,5%", "tăng «0,65% so", "giảm «10,5% so", "tăng «7,1%",
        "tăng «13,1% so"])

# --------------------------------------------------------------------------
# 12 Quảng Nam (now Đà Nẵng), Bắc Trà My district second in the province for policy credit in the
# first quarter of 2022 (bactramy.quangnam.gov.vn; cut: a line holding only "." with the blank line
# after it; no byline, no stamp). Precision text: its one quantity is the title's rank "đứng thứ 2
# toàn tỉnh" (`=` 2, rank, year 2022). Not quantities: "Quý I/2022", "3 tháng đầu năm 2022" (periods),
# "Covid-19" (a name).
# --------------------------------------------------------------------------
D12 = dict(name="12_quangnam-bactramy-tin-dung-csxh-quy-i-2022-precision", kind="result", year=2022, records=[
    R("đứng thứ «2 toàn tỉnh", "Bắc Trà My đứng toàn tỉnh về công tác tín dụng chính sách xã hội", "=", 2,
      **RANK),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
