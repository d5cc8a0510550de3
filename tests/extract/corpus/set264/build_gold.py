#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set264).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: a result's completion against the year's
estimate, "đạt 111,6% dự toán", and its change against the same period of the year before, "tăng
7,3% so với cùng kỳ"); check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
This set's theme is public finance (budget revenue and spending, estimates, public-investment
capital plans): the catalogue holds no indicator for any of its quantities, so every id is null
(`iid` is left at its default).

Money is written with `VON(...)`: `R` with unit other and unit_text "đồng" (the contract's decided
case), the magnitude word multiplied into the value ("tỷ" 1e9, "triệu" 1e6).

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

VON = functools.partial(R, unit="other", unit_text="đồng")  # an amount of money
TY, TRIEU = 1e9, 1e6
TINH, XA = dict(scope="cấp tỉnh"), dict(scope="cấp xã")

# --------------------------------------------------------------------------
# 01 Nghệ An, the tax and finance sector's 2020 revenue (e.baonghean.vn; the stamp " date 2021-01"
# written as the first line; nothing cut). Results of 2020 ("Kết thúc năm 2020"), =: "tổng thu ngân
# sách toàn tỉnh đạt 17.363 tỷ đồng", "thu nội địa đạt 16.186 tỷ đồng", the bracket "(5.056 tỷ
# đồng)" (the land-use and lottery revenue it leaves out: a bracket that states a value, spec),
# "thu nội địa thực hiện 11.104 tỷ đồng" (domestic revenue without those two). NOT: completion
# against the estimate ("đạt 111,6% dự toán HĐND tỉnh điều chỉnh", "117,6%", "100,7%"), changes
# against 2019 ("tăng 7,3%", "11,3%", "4,8%") and "tăng từ 10-11% so với kế hoạch" (other provinces'
# revenue against their plans). Not quantities: "năm 2019", "năm 2020". Pillar null throughout the
# set (no text has a heading naming a pillar).
# --------------------------------------------------------------------------
D01 = dict(name="01_nghean-thu-ngan-sach-2020", kind="result", year=2020, records=[
    VON("đạt «17.363 tỷ", "tổng thu ngân sách toàn tỉnh", "=", 17363 * TY),
    VON("đạt «16.186 tỷ", "thu nội địa", "=", 16186 * TY),
    VON("(«5.056 tỷ", "số thu từ tiền sử dụng đất và thu xổ số kiến thiết", "=", 5056 * TY),
    VON("thực hiện «11.104 tỷ", "thu nội địa không tính số thu từ tiền sử dụng đất và thu xổ số kiến thiết", "=",
        11104 * TY),
], NOT=["đạt «111,6%", "tăng «7,3%", "từ «10-11%", "đạt «117,6%", "tăng «11,3%", "đạt «100,7%", "tăng «4,8%"])

# --------------------------------------------------------------------------
# 02 Bắc Ninh, the province's budget revenue to the end of November 2023 (the Department of
# Finance's news list on thuanthanh.bacninh.gov.vn; nothing cut; no byline, no stamp). Results of
# 2023 ("hết tháng 11/2023"; "ước thực hiện": =): "tổng thu NSNN trên địa bàn ... là 26.497 tỷ
# đồng", "Thu nội địa 20.107 tỷ đồng", "thu nội địa không kể tiền sử dụng đất, thu xổ xố kiến thiết
# 19.836 tỷ đồng". NOT: completion against the estimate ("83,77%", "84,41%", "95,38%") and the
# ratios to the same period ("bằng 93,19% so với cùng kỳ", "94,06%", "98,61%": a result against an
# earlier value). Not quantities: "11/2023" (a date).
# --------------------------------------------------------------------------
D02 = dict(name="02_bacninh-thu-nsnn-11-thang-2023", kind="result", year=2023, records=[
    VON("là «26.497 tỷ", "tổng thu NSNN trên địa bàn ước thực hiện hết tháng 11/2023", "=", 26497 * TY),
    VON("nội địa «20.107 tỷ", "Thu nội địa", "=", 20107 * TY),
    VON("kiến thiết «19.836 tỷ", "thu nội địa không kể tiền sử dụng đất, thu xổ xố kiến thiết", "=", 19836 * TY),
], NOT=["đạt «83,77%", "bằng «93,19%", "đạt «84,41%", "bằng «94,06%", "đạt «95,38%", "bằng «98,61%"])

# --------------------------------------------------------------------------
# 03 Bà Rịa - Vũng Tàu, the first quarter's budget revenue of 2023 (baobariavungtau.com.vn; the stamp
# " date 2023-04" written as the first line; cut: the byline "SONG BÌNH" with the blank line before
# it). Results of 2023 ("quý I/2023"), =: total revenue 22.056 tỷ, domestic 9.877 tỷ, crude oil
# 8.097 tỷ, import-export 4.081 tỷ (each its own subject), and "7/16 khoản thu đạt và vượt tiến độ
# thu của dự toán giao" (count 7, the denominator "/16" the number of revenue items). NOT:
# completion against the estimate ("24,9%", "23%", "33,9%", "18,8%") and the changes against the
# same quarter of 2022 ("giảm 19%", "bằng 81,7%", "82,7%", "giảm 23,6%").
# --------------------------------------------------------------------------
D03 = dict(name="03_bariavungtau-thu-ngan-sach-quy1-2023", kind="result", year=2023, records=[
    VON("là «22.056 tỷ", "tổng thu ngân sách Nhà nước trên địa bàn tỉnh quý I/2023", "=", 22056 * TY),
    VON("với «9.877 tỷ", "thu nội địa", "=", 9877 * TY),
    R("đó, «7/16 khoản", "khoản thu đạt và vượt tiến độ thu của dự toán giao", "=", 7, **CNT),
    VON("dầu thô «8.097 tỷ", "thu dầu thô", "=", 8097 * TY),
    VON("nhập khẩu «4.081 tỷ", "thu xuất nhập khẩu", "=", 4081 * TY),
], NOT=["đạt «24,9%", "giảm «19%", "đạt «23%", "bằng «81,7%", "đạt «33,9%", "bằng «82,7%", "đạt «18,8%",
        "giảm «23,6%"])

# --------------------------------------------------------------------------
# 04 Lào Cai, budget revenue and spending in 2025 (baolaocai.vn; cut: the blank line the excerpt
# opens with; no byline, no stamp; the excerpt opens with "Trong đó," and names no period). Year
# 2025: every change is "so với cùng kỳ năm 2024", so the figures are of 2025 (a judgement). Results,
# =: domestic revenue 2.433 tỷ and its two parts (taxes, fees and other 1.292 tỷ; land use 1.141
# tỷ), import-export 251 tỷ, local budget revenue 6.551 tỷ and local budget spending 5.446 tỷ. NOT:
# every share of the central and the provincial estimates ("bằng 28,4% dự toán Trung ương giao",
# "bằng 19,2% dự toán tỉnh giao", ...: completion against the estimate) and every "tăng ... so với
# cùng kỳ". Not quantities: "năm 2024".
# --------------------------------------------------------------------------
D04 = dict(name="04_laocai-thu-chi-ngan-sach-2025", kind="result", year=2025, records=[
    VON("đạt «2.433 tỷ", "thu nội địa", "=", 2433 * TY),
    VON("đạt «1.292 tỷ", "Thu thuế, phí và thu khác", "=", 1292 * TY),
    VON("đạt «1.141 tỷ", "thu tiền sử dụng đất", "=", 1141 * TY),
    VON("đạt «251 tỷ", "Thu từ hoạt động xuất - nhập khẩu", "=", 251 * TY),
    VON("đạt «6.551 tỷ", "Thu ngân sách địa phương", "=", 6551 * TY),
    VON("đạt «5.446 tỷ", "Chi ngân sách địa phương", "=", 5446 * TY),
], NOT=["bằng «28,4%", "bằng «19,2%", "tăng «75,6%", "bằng «21,7%", "bằng «15,8%", "tăng «34,2%", "bằng «43,5%",
        "bằng «25,4%", "tăng «169,7%", "bằng «20,1%", "bằng «9%", "tăng «20,3%", "bằng «35,2%", "bằng «29,1%",
        "tăng «32,8%", "bằng «29,3%", "bằng «24,2%", "tăng «41,8%"])

# --------------------------------------------------------------------------
# 05 Nghệ An, the provincial council's adjusted 2025 budget estimate after the communes took over
# the districts' budgets (dbndnghean.vn; cut: the blank line the excerpt opens with; no byline, no
# stamp; the excerpt ends in "đóng góp: 5"). Year null: the excerpt names no year (the address's
# "năm 2025" is not in the text; the contract: null when nothing in the text says). Targets (kind target: an estimate the council
# adopts is the year's plan for revenue and spending; the amounts stand bare after a colon, which a
# target reads as >=, spec). Each total is split "trong đó: ngân sách cấp tỉnh: X, ngân sách cấp xã:
# Y": the split is by level, scopes "cấp tỉnh" and "cấp xã" (the totals scope null). The revenue
# item "Thu từ nguồn huy động, tài trợ quy hoạch: 50.000 triệu đồng" stands twice in the page: two
# records, as the earlier sets record a figure stated twice. "chi thường xuyên các trường trung
# học cơ sở, tiểu học, mầm non chuyển xuống xã là 10.083.737 triệu đồng" (a part by kind of school,
# scope null). Not recorded: the last "5" (the excerpt cuts the amount after its first digit: no
# value is stated). Not quantities: none else (no date or document number in the excerpt).
# --------------------------------------------------------------------------
D05 = dict(name="05_nghean-dieu-chinh-du-toan-ngan-sach-2025", kind="target", year=None, records=[
    VON("địa bàn: «17.726.369", "Tổng thu ngân sách nhà nước trên địa bàn", ">=", 17726369 * TRIEU),
    VON("tỉnh: «10.075.462", "Tổng thu ngân sách nhà nước trên địa bàn: ngân sách cấp tỉnh", ">=",
        10075462 * TRIEU, **TINH),
    VON("xã: «7.650.907 triệu đồng, cụ", "Tổng thu ngân sách nhà nước trên địa bàn: ngân sách cấp xã", ">=",
        7650907 * TRIEU, **XA),
    VON("nội địa: «16.016.000", "Thu nội địa", ">=", 16016000 * TRIEU),
    VON("tỉnh: «8.365.093", "Thu nội địa: ngân sách cấp tỉnh", ">=", 8365093 * TRIEU, **TINH),
    VON("xã: «7.650.907 triệu đồng. Thu", "Thu nội địa: ngân sách cấp xã", ">=", 7650907 * TRIEU, **XA),
    VON("nhập khẩu: «1.630.000", "Thu hoạt động xuất nhập khẩu", ">=", 1630000 * TRIEU),
    VON("Thu viện trợ: «30.369", "Thu viện trợ", ">=", 30369 * TRIEU),
    VON("quy hoạch: «50.000 triệu đồng. Thu", "Thu từ nguồn huy động, tài trợ quy hoạch", ">=", 50000 * TRIEU),
    VON("quy hoạch: «50.000 triệu đồng.\n", "Thu từ nguồn huy động, tài trợ quy hoạch", ">=", 50000 * TRIEU),
    VON("phương: «41.991.268", "Tổng chi ngân sách địa phương", ">=", 41991268 * TRIEU),
    VON("tỉnh: «26.096.016", "Tổng chi ngân sách địa phương: ngân sách cấp tỉnh", ">=", 26096016 * TRIEU, **TINH),
    VON("xã: «15.895.252", "Tổng chi ngân sách địa phương: ngân sách cấp xã", ">=", 15895252 * TRIEU, **XA),
    VON("phát triển: «9.770.917", "Chi đầu tư phát triển", ">=", 9770917 * TRIEU),
    VON("tỉnh: «9.098.967", "Chi đầu tư phát triển: ngân sách cấp tỉnh", ">=", 9098967 * TRIEU, **TINH),
    VON("xã: «671.950", "Chi đầu tư phát triển: ngân sách cấp xã", ">=", 671950 * TRIEU, **XA),
    VON("xuyên: «31.408.900", "Chi thường xuyên", ">=", 31408900 * TRIEU),
    VON("tỉnh: «16.288.392", "Chi thường xuyên: ngân sách cấp tỉnh", ">=", 16288392 * TRIEU, **TINH),
    VON("xã: «15.120.508", "Chi thường xuyên: ngân sách cấp xã", ">=", 15120508 * TRIEU, **XA),
    VON("là «10.083.737", "chi thường xuyên các trường trung học cơ sở, tiểu học, mầm non chuyển xuống xã", ">=",
        10083737 * TRIEU),
    VON("tài chính: «2.890", "Chi bổ sung quỹ dữ trự tài chính", ">=", 2890 * TRIEU),
    VON("ngân sách: «728.192", "Dự phòng ngân sách", ">=", 728192 * TRIEU),
    VON("tỉnh: «625.400", "dự phòng cấp tỉnh", ">=", 625400 * TRIEU, **TINH),
    VON("xã: «102.792", "dự phòng cấp xã", ">=", 102792 * TRIEU, **XA),
    VON("ghi chi): «30.369", "Chi viện trợ (ghi thu ghi chi)", ">=", 30369 * TRIEU),
])

# --------------------------------------------------------------------------
# 06 Tuyên Quang, the first quarter's budget revenue of 2024 (the list page of snntuyenquang.gov.vn
# carrying the provincial news item; cut: the stray line "," and the section label "Tin tức", each
# with the blank line after it; no byline, no stamp). Results of 2024 ("Hết quý I năm 2024"):
# "tổng thu ngân sách Nhà nước trên địa bàn tỉnh đạt hơn 700 tỷ đồng" (>), "số thu nội địa đạt 655
# tỷ đồng" (=). NOT: "bằng 19% dự toán của Chính phủ giao" (completion), "tăng 31%", "tăng 22,2% so
# với cùng kỳ năm 2023" (changes). Not quantities: "quý I" (the title's and the text's period),
# "Bài 2" (a label), "năm 2023", "năm 2024".
# --------------------------------------------------------------------------
D06 = dict(name="06_tuyenquang-thu-ngan-sach-quy1-2024", kind="result", year=2024, records=[
    VON("hơn «700 tỷ", "tổng thu ngân sách Nhà nước trên địa bàn tỉnh hết quý I", ">", 700 * TY),
    VON("đạt «655 tỷ", "số thu nội địa", "=", 655 * TY),
], NOT=["bằng «19%", "tăng «31%", "tăng «22,2%"])

# --------------------------------------------------------------------------
# 07 Đồng Tháp, the first half of 2025 (thoibaotaichinhvietnam.vn; nothing cut; no byline, no
# stamp). Results of 2025: "lũy kế đến 30/6/2025 thu ngân sách của tỉnh là 12.536.693 triệu đồng"
# (=), "Nếu trừ tiền sử dụng đất, xổ số kiến thiết thì còn lại hơn 8.663 tỷ đồng" (>). NOT:
# "63,21% so với dự toán", "65,96% so với dự toán" (completion), "bằng 113,26% so cùng kỳ",
# "118,23%" (changes). Not quantities: "6 tháng đầu năm 2025", "30/6/2025", "năm 2024".
# --------------------------------------------------------------------------
D07 = dict(name="07_dongthap-thu-ngan-sach-6-thang-2025", kind="result", year=2025, records=[
    VON("là «12.536.693", "thu ngân sách của tỉnh lũy kế đến 30/6/2025", "=", 12536693 * TRIEU),
    VON("hơn «8.663 tỷ", "thu ngân sách trừ tiền sử dụng đất, xổ số kiến thiết", ">", 8663 * TY),
], NOT=["đạt «63,21%", "bằng «113,26%", "lệ «65,96%", "bằng «118,23%"])

# --------------------------------------------------------------------------
# 08 Thanh Hóa, the first quarter of 2025 (a tag page of thanhhoa24h.net.vn; nothing cut). Results
# of 2025: the title "Thu ngân sách đạt hơn 12.500 tỷ đồng" (>) and the body "thu ngân sách nhà
# nước (NSNN) quý I/2025 của tỉnh Thanh Hóa vẫn đạt 12.572 tỷ đồng" (=): two records, as the earlier
# sets' title and body. NOT: "giảm 13,8% so với cùng kỳ" (a change).
# --------------------------------------------------------------------------
D08 = dict(name="08_thanhhoa-thu-ngan-sach-quy1-2025", kind="result", year=2025, records=[
    VON("đạt hơn «12.500 tỷ", "Thu ngân sách", ">", 12500 * TY),
    VON("vẫn đạt «12.572 tỷ", "thu ngân sách nhà nước (NSNN) quý I/2025 của tỉnh Thanh Hóa", "=", 12572 * TY),
], NOT=["giảm «13,8%"])

# --------------------------------------------------------------------------
# 09 Đồng Nai, revenue to the end of January 2024 and the year's target (a forum post on f247.com
# quoting cafef.vn; cut: the link line "Thông tin chi tiết: https://cafef.vn/...chn" and the counter
# "9 Likes", each with the blank line before it). Target of 2024: the title "đặt mục tiêu thu ngân
# sách 56.000 tỷ đồng" (bare: >=; the year from "năm 2024" in the text). Results of 2024 ("đến ngày
# 31/1/ 2024"), all ">" ("trên"): total revenue 7.100 tỷ, domestic 5.700 tỷ, import-export
# "dự kiến đạt trên 1.400 tỷ đồng" (an estimate of a value reached, read as "ước đạt": a result).
# NOT: "tăng khoảng 5% so với cùng kỳ", "tăng 5%" twice (changes), "bằng 15% dự toán năm"
# (completion). Not quantities: "31/1/ 2024", "năm 2023", "năm 2024".
# --------------------------------------------------------------------------
D09 = dict(name="09_dongnai-muc-tieu-thu-ngan-sach-2024", kind="result", year=2024, records=[
    VON("tiêu thu ngân sách «56.000 tỷ", "mục tiêu thu ngân sách", ">=", 56000 * TY, **T),
    VON("trên «7.100 tỷ", "Thu ngân sách nhà nước trên địa bàn tỉnh Đồng Nai", ">", 7100 * TY),
    VON("trên «5.700 tỷ", "Thu ngân sách nội địa", ">", 5700 * TY),
    VON("trên «1.400 tỷ", "Thu từ lĩnh vực xuất - nhập khẩu", ">", 1400 * TY),
], NOT=["khoảng «5% so", "bằng «15%", "năm, tăng «5%", "đồng, tăng «5%"])

# --------------------------------------------------------------------------
# 10 Hưng Yên, the 2022 league table of provinces' budget revenue (cafef.vn; the stamp " date
# 2023-02" written as the first line; nothing cut; the excerpt ends in "đạt tr"). Results of 2022
# ("Trong năm 2022"), the document's province Hưng Yên: "thu ngân sách 51.179 tỷ đồng" (=), "khoảng
# 30.000 tỷ là từ tiền sử dụng đất" (~; "tỷ" without "đồng" still an amount of money, unit_text
# "đồng", a judgement), "lọt top 10 địa phương có số thu ngân sách lớn nhất" (rank <=, a group),
# "đứng vị trí thứ 8" (rank =). The other provinces' amounts in brackets (=, each with `place`):
# TP. HCM 471.500, Hà Nội 333.000, Bà Rịa - Vũng Tàu 109.800, Hải Phòng 108.674, Đồng Nai 63.000,
# Bình Dương 61.940, Quảng Ninh 56.500. Bắc Ninh: "từ vị trí thứ 9" (the earlier place, a rank
# result of 2021, as the earlier sets read "từ vị trí 99 lên"), "đứng thứ 13" (rank =, 2022) and
# "30.372 tỷ đồng" (=). TP. HCM: "được Trung ương giao thu ngân sách là 386.568 tỷ đồng" (the
# assigned estimate: a target of 2022, >=), "đã thu được 457.500 tỷ đồng" (=). Hà Nội: "ước đạt
# 333.000 tỷ đồng" (=). The heading "Hải Phòng và Bà Rịa - Vũng Tàu gia nhập CLB thu ngân sách trên
# 100.000 tỷ đồng" (>, one record for the two cities' revenue, no place: one value stated once for
# both; a judgement). Bà Rịa - Vũng Tàu: "năm 2022 là 109.800 tỷ đồng" (=). NOT: "vượt 18,4% dự
# toán", "bằng 106,8% so với dự toán", "268,1% dự toán", "129,8% dự toán" (completion), "tăng hơn
# 17%", "tăng 2,7%", "tăng 25,2%", "bằng 177,5%", "112,3%" (changes). Not recorded: "vượt 2,62 lần
# so với dự toán", "gấp 2,74 lần năm 2021" (multiples against the estimate and the year before:
# changes), "rơi khỏi top 10" (a change), "khoảng 1/3 thu ngân sách cả nước" (a fraction of the
# country's revenue: no number the contract's forms read, a judgement), "12/2022", "năm 2021",
# "cùng kỳ 2021" (dates).
# --------------------------------------------------------------------------
_HCM, _HN, _VT = dict(place="TP. HCM"), dict(place="Hà Nội"), dict(place="Bà Rịa - Vũng Tàu")
_BN = dict(place="Bắc Ninh")
D10 = dict(name="10_hungyen-xep-hang-thu-ngan-sach-2022", kind="result", year=2022, records=[
    VON("ngân sách «51.179 tỷ", "Hưng Yên thu ngân sách", "=", 51179 * TY),
    VON("khoảng «30.000 tỷ", "thu ngân sách từ tiền sử dụng đất", "~", 30000 * TY),
    R("lọt top «10 địa", "địa phương có số thu ngân sách lớn nhất", "<=", 10, **RANK),
    R("vị trí thứ «8,", "Hưng Yên đứng vị trí trong các địa phương có số thu ngân sách lớn nhất", "=", 8, **RANK),
    VON("HCM («471.500", "thu ngân sách TP. HCM", "=", 471500 * TY, **_HCM),
    VON("Hà Nội («333.000", "thu ngân sách Hà Nội", "=", 333000 * TY, **_HN),
    VON("Vũng Tàu («109.800", "thu ngân sách Bà Rịa - Vũng Tàu", "=", 109800 * TY, **_VT),
    VON("Hải Phòng («108.674", "thu ngân sách Hải Phòng", "=", 108674 * TY, place="Hải Phòng"),
    VON("Đồng Nai («63.000", "thu ngân sách Đồng Nai", "=", 63000 * TY, place="Đồng Nai"),
    VON("Bình Dương («61.940", "thu ngân sách Bình Dương", "=", 61940 * TY, place="Bình Dương"),
    VON("Quảng Ninh («56.500", "thu ngân sách Quảng Ninh", "=", 56500 * TY, place="Quảng Ninh"),
    R("vị trí thứ «9 rơi", "Bắc Ninh vị trí trong top địa phương có số thu ngân sách lớn nhất", "=", 9, **RANK, year=2021,
      **_BN),
    R("đứng thứ «13 trong", "Bắc Ninh đứng thứ trong bảng xếp hạng thu ngân sách", "=", 13, **RANK, **_BN),
    VON("với «30.372 tỷ", "thu ngân sách Bắc Ninh", "=", 30372 * TY, **_BN),
    VON("là «386.568 tỷ", "TP. HCM được Trung ương giao thu ngân sách", ">=", 386568 * TY, **T, **_HCM),
    VON("được «457.500 tỷ", "thu ngân sách thành phố đã thu được tính đến giữa tháng 12/2022", "=", 457500 * TY,
        **_HCM),
    VON("ước đạt «333.000 tỷ", "Thu ngân sách trên toàn thành phố Hà Nội năm 2022", "=", 333000 * TY, **_HN),
    VON("ngân sách trên «100.000 tỷ", "Hải Phòng và Bà Rịa - Vũng Tàu gia nhập CLB thu ngân sách", ">", 100000 * TY),
    VON("2022 là «109.800 tỷ", "Tổng thu ngân sách trên địa bàn Bà Rịa - Vũng Tàu năm 2022", "=", 109800 * TY, **_VT),
], NOT=["vượt «18,4%", "tăng hơn «17%", "bằng «106,8%", "tăng «2,7%", "tăng «25,2%", "đạt «268,1%", "bằng «177,5%",
        "đạt «129,8%", "bằng «112,3%"])

# --------------------------------------------------------------------------
# 11 Thái Nguyên, the 2023 public-investment capital plan (a tag page of baokiemtoan.vn; cut: the
# tag line "thai nguyen von dau tu cong" with the blank line after it). Targets of 2023 (a capital
# plan assigned for the year is its plan; "là X" in a target reads >=, spec): "tổng kế hoạch vốn
# Thái Nguyên được Thủ tướng Chính phủ giao là 7.863 tỷ đồng", "địa phương giao là 8.367 tỷ đồng",
# the bracket "(bao gồm 657 tỷ đồng kế hoạch vốn 3 chương trình mục tiêu quốc gia năm 2023)". Not
# quantities: "3 chương trình mục tiêu quốc gia" (the stock name of the national target
# programmes), "Năm 2023", "(BKTO)".
# --------------------------------------------------------------------------
D11 = dict(name="11_thainguyen-ke-hoach-von-dau-tu-cong-2023", kind="target", year=2023, records=[
    VON("giao là «7.863 tỷ", "tổng kế hoạch vốn Thái Nguyên được Thủ tướng Chính phủ giao", ">=", 7863 * TY),
    VON("giao là «8.367 tỷ", "tổng kế hoạch vốn địa phương giao", ">=", 8367 * TY),
    VON("bao gồm «657 tỷ", "kế hoạch vốn 3 chương trình mục tiêu quốc gia năm 2023", ">=", 657 * TY),
])

# --------------------------------------------------------------------------
# 12 Bình Dương, the 2021 public-investment capital plan (a feed embed of diaocbinhduong.org;
# nothing cut: the "Đọc tiếp" link repeats the title inside the body's own line). Targets of 2021
# ("giao chỉ tiêu kế hoạch đầu tư công năm 2021"), ">" ("hơn"): the title "Hơn 9.156 tỉ đồng cho các
# dự án trọng điểm", the body "kế hoạch vốn đầu tư công năm 2021 của tỉnh này là hơn 9.156 tỷ
# đồng", "vốn ngân sách trung ương hơn 452 tỷ đồng", and the title again after "Đọc tiếp" (a figure
# stated again is recorded again, as the earlier sets record a title and its body; a judgement).
# "tỉ" is "tỷ". Not recorded: "vốn cân đối ngân …" (cut before its number).
# --------------------------------------------------------------------------
D12 = dict(name="12_binhduong-ke-hoach-von-dau-tu-cong-2021", kind="target", year=2021, records=[
    VON("Hơn «9.156 tỉ đồng cho các dự án trọng điểm tại Bình Dương trong năm 2021\n\nMới",
        "vốn cho các dự án trọng điểm tại Bình Dương", ">", 9156 * TY),
    VON("là hơn «9.156 tỷ", "kế hoạch vốn đầu tư công năm 2021 của tỉnh", ">", 9156 * TY),
    VON("hơn «452 tỷ", "vốn ngân sách trung ương", ">", 452 * TY),
    VON("Đọc tiếp Hơn «9.156 tỉ", "vốn cho các dự án trọng điểm tại Bình Dương", ">", 9156 * TY),
])

# --------------------------------------------------------------------------
# 13 Tiền Giang, the header and legal basis of the provincial council's Resolution 31/NQ-HĐND of
# 10 December 2020 on the five-year financial plan 2021-2025 (thuviennhadat.vn; nothing cut; the
# excerpt ends in "năm 20"). A precision text: no record. Not quantities: "31/NQ-HĐND",
# "45/2017/NĐ-CP", "31/2017/NĐ-CP", "17/CT-TTg", "69/2017/TT-BTC", "38/2019/TT-BTC" (documents), the
# dates, "2021 - 2025" (the plan's period), "05 năm", "03 năm" (the plans' spans), "KHÓA IX - KỲ HỌP
# THỨ 14" (the council's term and session).
# --------------------------------------------------------------------------
D13 = dict(name="13_tiengiang-nghi-quyet-ke-hoach-tai-chinh-2021-2025-precision", kind="target", year=2021,
           records=[])

# --------------------------------------------------------------------------
# 14 Hà Nội, the head of the city's Directive 10/CT-UBND of 25 June 2025 on the 2026 socio-economic
# plan and budget estimate (ls.hethongphapluat.com; cut: the site's subscription notice "Để sử dụng
# toàn bộ tiện ích nâng cao ... gói cước."). A precision text: no record. Not quantities:
# "10/CT-UBND", "25 tháng 6 năm 2025", "năm 2025", "năm 2026" (dates), the footnote marks "[1]",
# "[2]", "03 đột phá chiến lược" (a count of strategies, spec's tasks), "chính quyền địa phương 2
# cấp" (a name), "lần thứ XIV" (a name).
# --------------------------------------------------------------------------
D14 = dict(name="14_hanoi-chi-thi-du-toan-ngan-sach-2026-precision", kind="target", year=2026, records=[])


DOCS = [globals()[f"D{n:02d}"] for n in range(1, 15)]  # the fourteen documents, in text order
build, not_anchors = (functools.partial(f, texts=TEXTS) for f in (goldkit.build_records, goldkit.not_anchors))

if __name__ == "__main__":  # write gold/NAME.jsonl for every document
    goldkit.write_gold(DOCS, build, GOLD)
