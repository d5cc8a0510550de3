#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set310).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of percentages deliberately left without a record
(standings against an estimate or plan, "đạt 28,1% dự toán", and changes against an earlier value,
"tăng 18% so với cùng kỳ"); check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
The set's theme (tax collection and tax arrears) has no indicator in the catalogue: every id is
null, written once per record through the helpers below.

Money is unit other with unit_text "đồng" (the spec's decided case), the magnitude word multiplied in
("tỷ", "tỉ": 1e9). No text of this set stands under a heading naming a pillar: every pillar is null.

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

BN = 1e9  # "tỷ" / "tỉ"
VND = dict(unit="other", unit_text="đồng")
money = functools.partial(R, **VND)  # R(...) for an amount of money: money(loc, indicator, op, billions * BN)

# --------------------------------------------------------------------------
# 01 Hà Tĩnh, the provincial tax department's arrears at 15 August 2020 (baohatinh.vn; the stamp
# " date 2020-08" written as the first line; nothing cut). Year 2020. Results: "tổng số tiền thuế
# nợ ... ước khoảng 193,3 tỷ đồng" (~, money), "Tỷ lệ nợ so với dự toán thu ngân sách nội địa cả năm
# là 4,5 %" (=, %: the arrears as a share of the year's estimate, "so với dự toán" names the
# denominator of a share, not a plan the debt is measured against: the spec's "so với tổng số").
# Target: "Theo quy định của Tổng cục Thuế, tổng số tiền nợ thuế so với dự toán ... chiếm dưới 5%"
# (the ceiling set by the General Department of Taxation, kind target, op <, year 2020: the rule
# the province's 2020 arrears are held to; a judgement). Not quantities: "15/8/2020" (a date).
# --------------------------------------------------------------------------
D01 = dict(name="01_hatinh-no-thue-2020", kind="result", year=2020, records=[
    money("ước khoảng «193,3 tỷ", "tổng số tiền thuế nợ của Cục thuế Hà Tĩnh", "~", 193.3 * BN),
    R("cả năm là «4,5 %", "tỷ lệ nợ so với dự toán thu ngân sách nội địa cả năm", "=", 4.5),
    R("chiếm dưới «5%", "tổng số tiền nợ thuế so với dự toán thu ngân sách nội địa cả năm", "<", 5, **T),
])

# --------------------------------------------------------------------------
# 02 Bắc Giang, the provincial tax department head's figures on tax arrears at 30 September 2022
# (thoibaotaichinhvietnam.vn; a quotation; nothing cut; no stamp, no byline). Year 2022 (the
# text's "30/9/2022"). Results, money: the total arrears "661 tỷ đồng", the collectible "575,7 tỷ
# đồng", the hard-to-collect "85,3 tỷ đồng" (each its own subject: a breakdown by kind of debt, not a
# split by level); "tỷ lệ nợ trên địa bàn đang thấp hơn 5%" (result, op <: "thấp hơn" read as
# "dưới"). Not quantities: "giảm 23,6 tỷ đồng", "giảm 25,9 tỷ đồng", "tăng 2,2 tỷ đồng so với tháng
# trước" (changes against an earlier value, spec), "30/9/2022" (a date).
# --------------------------------------------------------------------------
D02 = dict(name="02_bacgiang-no-thue-9-thang-2022", kind="result", year=2022, records=[
    money("địa bàn là «661 tỷ", "tổng nợ thuế trên địa bàn", "=", 661 * BN),
    money("khả năng thu là «575,7 tỷ", "nợ thuế có khả năng thu", "=", 575.7 * BN),
    money("khó thu là «85,3 tỷ", "nợ thuế khó thu", "=", 85.3 * BN),
    R("thấp hơn «5%", "tỷ lệ nợ thuế trên địa bàn so với tổng thu ngân sách", "<", 5),
])

# --------------------------------------------------------------------------
# 03 Thanh Hóa, the provincial tax department's collection in the first quarter of 2023
# (thoibaotaichinhvietnam.vn; nothing cut; no stamp). Year 2023 ("Quý I/2023"). Results: "thu
# ngân sách được 6.134 tỷ đồng", "trừ tiền sử dụng đất đơn vị thu được 4.636 tỷ đồng" (money),
# "đứng thứ 29 so với các tỉnh, thành phố trong cả nước về mức độ hoàn thành dự toán quý I" (rank
# =). NOT: "đạt 28,1% dự toán", "đạt 31,5% dự toán" (standings against the estimate), "bằng 73,7%
# so với cùng kỳ", "bằng 95,9% so với cùng kỳ" (against an earlier value).
# --------------------------------------------------------------------------
D03 = dict(name="03_thanhhoa-thu-ngan-sach-quy-i-2023", kind="result", year=2023, records=[
    money("sách được «6.134 tỷ", "Cục Thuế Thanh Hóa thu ngân sách quý I", "=", 6134 * BN),
    money("thu được «4.636 tỷ", "thu ngân sách quý I trừ tiền sử dụng đất", "=", 4636 * BN),
    R("đứng thứ «29 so", "Cục Thuế Thanh Hóa đứng thứ so với các tỉnh, thành phố trong cả nước về mức độ hoàn "
      "thành dự toán quý I", "=", 29, **RANK),
], NOT=["đạt «28,1% dự", "bằng «73,7% so", "đạt «31,5% dự", "bằng «95,9% so"])

# --------------------------------------------------------------------------
# 04 TP. Hồ Chí Minh and Hà Nội, budget revenue in the first six months of 2024 (cafef.vn; the stamp
# " date 2024-07" written as the first line, the rest of that line, the section label "TP. HCM",
# following on the second; nothing cut; the excerpt ends in "tăng 3,1%;"). Year 2024 ("6 tháng đầu
# năm 2024"; Hà Nội's "6 tháng đầu năm nay" under the same stamp). Results: every amount "ước thực
# hiện ... tỷ đồng" (=, money; "ước thực hiện" as the spec's "ước đạt"), and every share "chiếm
# 72,7% tổng thu cân đối", "chiếm 6,5% tổng thu", ... (=, %: the share of the total, the spec's
# "so với tổng số"). Each city's records carry its `place` (the page is a roundup of several
# localities; a judgement). NOT: every "đạt X% dự toán" (standings against the estimate; also Hà
# Nội's crude oil "đạt 66,5%" whose estimate goes unsaid) and every "tăng"/"giảm X%" (changes).
# Not quantities: "6 tháng" (a period), the section labels "TP. HCM", "Hà Nội".
# --------------------------------------------------------------------------
HCM = functools.partial(R, place="TP Hồ Chí Minh")
HN = functools.partial(R, place="Hà Nội")
D04 = dict(name="04_hcm-hanoi-thu-ngan-sach-6-thang-2024", kind="result", year=2024, records=[
    HCM("thực hiện «268.947 tỷ", "tổng thu cân đối ngân sách Nhà nước 6 tháng đầu năm trên địa bàn TP", "=",
        268947 * BN, **VND),
    HCM("thực hiện «195.583 tỷ", "thu nội địa", "=", 195583 * BN, **VND),
    HCM("chiếm «72,7% tổng", "thu nội địa chiếm tổng thu cân đối", "=", 72.7),
    HCM("thực hiện «17.362 tỷ", "thu từ doanh nghiệp Nhà nước", "=", 17362 * BN, **VND),
    HCM("chiếm «6,5% tổng", "thu từ doanh nghiệp Nhà nước chiếm tổng thu", "=", 6.5),
    HCM("thực hiện «58.476 tỷ", "thu từ khu vực ngoài Nhà nước", "=", 58476 * BN, **VND),
    HCM("chiếm «21,7% tổng", "thu từ khu vực ngoài Nhà nước chiếm tổng thu", "=", 21.7),
    HCM("thực hiện «42.981 tỷ", "thu từ khu vực có vốn đầu tư nước ngoài", "=", 42981 * BN, **VND),
    HCM("chiếm «16% tổng", "thu từ khu vực có vốn đầu tư nước ngoài chiếm tổng thu", "=", 16),
    HCM("thực hiện «11.060 tỷ", "thu dầu thô", "=", 11060 * BN, **VND),
    HCM("chiếm «4,1% tổng", "thu dầu thô chiếm tổng thu cân đối ngân sách Nhà nước", "=", 4.1),
    HCM("thực hiện «62.300 tỷ", "thu từ hoạt động xuất nhập khẩu", "=", 62300 * BN, **VND),
    HCM("chiếm «23,2% tổng", "thu từ hoạt động xuất nhập khẩu chiếm tổng thu cân đối", "=", 23.2),
    HCM("thực hiện «99.504 tỷ", "thu cân đối ngân sách địa phương tại TP Hồ Chí Minh 6 tháng đầu năm", "=",
        99504 * BN, **VND),
    HCM("chiếm «37% tổng", "thu cân đối ngân sách địa phương chiếm tổng thu cân đối ngân sách Nhà nước", "=", 37),
    HN("thực hiện «252.100 tỷ", "tổng thu ngân sách Nhà nước trên địa bàn Hà Nội 6 tháng đầu năm", "=",
       252100 * BN, **VND),
    HN("nội địa «237.700 tỷ", "thu nội địa", "=", 237700 * BN, **VND),
    HN("dầu thô «2.000 tỷ", "thu từ dầu thô", "=", 2000 * BN, **VND),
], NOT=["đạt «55,7% dự", "tăng «18% so", "đạt «58,6% dự", "tăng «29% so", "đạt «58,1% dự", "tăng «18,7%.",
        "đạt «63,8% dự toán, chiếm 21", "tăng «23,1% và", "đạt «63,8% dự toán, chiếm 16", "tăng «19%.",
        "đạt «61,8% dự", "giảm «12,8%;", "đạt «47,6% dự", "giảm «2,1%.", "đạt «70,6% dự", "tăng «56,4% so",
        "đạt «61,7% dự", "tăng «12,5% so", "đạt «62,8% dự", "tăng «12,8%;", "đạt «66,5% và", "tăng «3,1%;"])

# --------------------------------------------------------------------------
# 05 Đồng Tháp, the provincial tax department honouring 145 taxpayers for 2021, with the year's
# collection and the 2022 task (thdt.vn; the stamp " date 2022-11" written as the first line; cut:
# the byline "Lê Giang/THĐT" with the blank line before it). Results: "Tổng thu ngân sách nhà nước
# năm 2021 do ngành thuế quản lý đạt hơn 7.000 tỷ đồng" (>, 2021), "Đến cuối tháng 10/2022, ước thu
# khoảng 6,2 tỷ đồng" (~, 2022; the page's "tỷ" read as written, 6.2e9, though the page means
# thousands of billions). Target: "Trong năm 2022, ngành thuế tỉnh nhận nhiệm vụ thu ngân sách
# khoảng 6,7 tỷ đồng" (the assigned estimate, a quota to reach in 2022: kind target, op ~, as
# written). NOT: "đạt hơn 87% dự toán", "đạt 92% dự toán" (standings against the estimate), "bằng
# khoảng 84% so với năm 2020" (against an earlier value), "giảm thu 50% thuế bảo vệ môi trường"
# (the size of a tax cut, a policy, not an indicator reached). Not quantities: "145 tổ chức, cá
# nhân" (twice), "1 tổ chức", "10", "14", "120 tổ chức" (the recipients of awards, as the earlier
# sets' "tặng Bằng khen 10 tập thể"), "COVID-19" (a name), "năm 2021", "10/2022" (dates).
# --------------------------------------------------------------------------
D05 = dict(name="05_dongthap-nguoi-nop-thue-tieu-bieu-2021", kind="result", year=2021, records=[
    money("đạt hơn «7.000 tỷ", "tổng thu ngân sách nhà nước năm 2021 do ngành thuế quản lý", ">", 7000 * BN),
    money("khoảng «6,7 tỷ", "ngành thuế tỉnh nhận nhiệm vụ thu ngân sách", "~", 6.7 * BN, **T, year=2022),
    money("khoảng «6,2 tỷ", "ước thu ngân sách đến cuối tháng 10/2022", "~", 6.2 * BN, year=2022),
], NOT=["hơn «87% dự", "khoảng «84% so", "đạt «92% dự", "giảm thu «50% thuế"])

# --------------------------------------------------------------------------
# 06 Bắc Ninh, budget revenue and spending in the first six months of 2022 (izabacninh.gov.vn, the
# province's industrial-zones board; cut: the photo caption "Ảnh minh họa." that opened the
# excerpt; no stamp, no byline). Year 2022 ("dự toán năm 2022"). Results, money: "tổng thu ngân sách
# Nhà nước ước đạt 16.532 tỷ đồng", "thu nội địa đạt 12.600 tỷ đồng", "thu từ Hải quan đạt 3.932 tỷ
# đồng", "tổng chi ngân sách địa phương ước đạt 7.265 tỷ đồng". NOT: "bằng 54,1% dự toán năm 2022",
# "bằng 38,6% dự toán năm 2022" (standings against the estimate). Not quantities: "6 tháng"
# (periods), "128/NQ-CP", "11/NQ-CP" (documents), "Covid-19" (a name).
# --------------------------------------------------------------------------
D06 = dict(name="06_bacninh-thu-ngan-sach-6-thang-2022", kind="result", year=2022, records=[
    money("ước đạt «16.532 tỷ", "tổng thu ngân sách Nhà nước 6 tháng", "=", 16532 * BN),
    money("nội địa đạt «12.600 tỷ", "thu nội địa", "=", 12600 * BN),
    money("Hải quan đạt «3.932 tỷ", "thu từ Hải quan", "=", 3932 * BN),
    money("ước đạt «7.265 tỷ", "tổng chi ngân sách địa phương 6 tháng", "=", 7265 * BN),
], NOT=["bằng «54,1% dự", "bằng «38,6% dự"])

# --------------------------------------------------------------------------
# 07 Quảng Ninh, the economy and budget revenue in the first quarter of 2023
# (thoibaotaichinhvietnam.vn; the stamp " date 2023-03" written as the first line, the title
# following on the second; nothing cut; the excerpt ends in "Quốc phòng, an ninh"). Year 2023. The
# title's "thu nội địa ước đạt 11.270 tỷ đồng" is recorded as the body's is (two records, each where
# it is stated). Results: "tổng thu ngân sách nhà nước ước đạt 14.800 tỷ đồng", "thu xuất nhập khẩu
# ước đạt 3.530 tỷ đồng", "Tổng doanh thu du lịch đạt 8.555 tỷ đồng" (money), "chiếm tỷ trọng 30,6%
# trong GRDP" (=, %: the services sector's share), "Tổng khách du lịch ... ước đạt 4,85 triệu lượt"
# (=, count, 4.85e6). NOT: "GRDP ... ước tăng 8,04%" (a change against the same quarter, as the
# earlier sets' "GRDP tăng 8%"), "bằng 27% so với dự toán", "bằng 27% dự toán", "bằng 29% dự toán"
# (against the estimate), "tăng 8% so với cùng kỳ", "tăng 8% cùng kỳ", "tăng 7%" (changes). Not
# quantities: "đóng góp 4,04 điểm %" (the sector's part of the growth, a change in points, as the
# earlier sets' "tăng 2,46 điểm %"), "gấp 2,3 lần", "gấp 2,7 lần" (changes), "2021-2030", "2050",
# "2040", "Quý I/2023", "năm 2023" (dates and periods).
# --------------------------------------------------------------------------
D07 = dict(name="07_quangninh-thu-noi-dia-quy-i-2023", kind="result", year=2023, records=[
    money("Quý I/2023, thu nội địa ước đạt «11.270 tỷ", "thu nội địa quý I/2023", "=", 11270 * BN),
    money("ước đạt «14.800 tỷ", "tổng thu ngân sách nhà nước quý I", "=", 14800 * BN),
    money("trong đó thu nội địa ước đạt «11.270 tỷ", "thu nội địa", "=", 11270 * BN),
    money("ước đạt «3.530 tỷ", "thu xuất nhập khẩu", "=", 3530 * BN),
    R("tỷ trọng «30,6% trong", "ngành dịch vụ chiếm tỷ trọng trong GRDP", "=", 30.6),
    R("ước đạt «4,85 triệu", "tổng khách du lịch đến Quảng Ninh quý I/2023", "=", 4.85e6, **CNT),
    money("du lịch đạt «8.555 tỷ", "tổng doanh thu du lịch", "=", 8555 * BN),
], NOT=["ước tăng «8,04%", "bằng «27% so", "tăng «8% so", "bằng «27% dự", "tăng «8% cùng", "bằng «29% dự",
        "tăng «7% so"])

# --------------------------------------------------------------------------
# 08 Thanh Hóa, the province's standing in 2024 (thanhnien.vn; the stamp " date 2024-12" written as
# the first line, the title following on the second; nothing cut; the excerpt ends in "cùng
# kỳ..."). Year 2024. Results: the title's "Tốc độ tăng trưởng của Thanh Hóa đứng thứ 2 cả nước"
# and the body's "đứng thứ 2 cả nước" (rank =, two records, each where it is stated); "tốc độ tăng
# trưởng tổng sản phẩm ước đạt 12,16%" (=, %: a growth rate reached, as the earlier sets' "năm 2025
# tốc độ tăng trưởng GRDP đạt 8%"); "(sau tỉnh Bắc Giang tăng trưởng 13,85%)" (=, %, place Bắc
# Giang: the leader's rate, a value of its own, not a change stated against an earlier value; a
# judgement); "thu ngân sách nhà nước ước đạt 54.341 tỉ đồng" (money), "đứng thứ 8 cả nước" (rank
# =), "giải ngân đầu tư công ... đạt 10.300 tỉ đồng" (money). NOT: "vượt 52,8% dự toán", "bằng
# 71,3% kế hoạch" (against the estimate or plan), "tăng 25,9% so với cùng kỳ", "cao hơn 6,2% so
# với cùng kỳ" (changes). Not quantities: "30.11" (a date), "đứng đầu khu vực Bắc Trung bộ" (no
# number written).
# --------------------------------------------------------------------------
D08 = dict(name="08_thanhhoa-thu-ngan-sach-2024", kind="result", year=2024, records=[
    R("Thanh Hóa đứng thứ «2 cả nước\n", "tốc độ tăng trưởng của Thanh Hóa đứng thứ cả nước", "=", 2, **RANK),
    R("ước đạt «12,16%", "tốc độ tăng trưởng tổng sản phẩm", "=", 12.16),
    R("và đứng thứ «2 cả nước (", "tốc độ tăng trưởng tổng sản phẩm đứng thứ cả nước", "=", 2, **RANK),
    R("tăng trưởng «13,85%", "tốc độ tăng trưởng tổng sản phẩm của tỉnh Bắc Giang", "=", 13.85,
      place="Bắc Giang"),
    money("ước đạt «54.341 tỉ", "thu ngân sách nhà nước", "=", 54341 * BN),
    R("đứng thứ «8 cả nước", "thu ngân sách nhà nước đứng thứ cả nước", "=", 8, **RANK),
    money("đạt «10.300 tỉ", "giải ngân đầu tư công do tỉnh quản lý", "=", 10300 * BN),
], NOT=["vượt «52,8% dự", "tăng «25,9% so", "bằng «71,3% kế", "hơn «6,2% so"])

# --------------------------------------------------------------------------
# 09 Thái Nguyên, the provincial tax office's collection in 2025 (thoibaotaichinhvietnam.vn; the
# stamp " date 2026-01-11" written as the first line; cut: the photo caption "Lãnh đạo UBND tỉnh
# Thái Nguyên trao bằng khen của UBND tỉnh cho Thuế tỉnh Thái Nguyên." with the blank line after it;
# the excerpt ends in "bằng 1"). Year 2025 (the text's "Năm 2025", "31/12/2025"; the stamp's 2026 is
# the report's date). Results: "thu ngân sách nhà nước đạt 25.564 tỷ đồng" (twice: the lead's and
# the body's, each a record), "tổng thu ngân sách nhà nước năm 2025 trên địa bàn tỉnh ... đạt mốc
# 29.000 tỷ đồng" (=, as the earlier sets' "đạt mốc 20.000 trạm"). NOT: "bằng 125% dự toán pháp
# lệnh" (against the estimate), "tăng 39% so với cùng kỳ" (a change). Not quantities: the cut-off
# "1" that ends the excerpt (a truncated number), "31/12/2025", "năm 2026" (dates).
# --------------------------------------------------------------------------
D09 = dict(name="09_thainguyen-thu-ngan-sach-2025", kind="result", year=2025, records=[
    money("Nguyên thu ngân sách nhà nước đạt «25.564 tỷ đồng, bằng 125", "Thuế tỉnh Thái Nguyên thu ngân sách "
          "nhà nước", "=", 25564 * BN),
    money("đạt mốc «29.000 tỷ", "tổng thu ngân sách nhà nước năm 2025 trên địa bàn tỉnh Thái Nguyên", "=",
          29000 * BN),
    money("Thuế Thái Nguyên thu ngân sách nhà nước đạt «25.564 tỷ", "Thuế tỉnh Thái Nguyên thu ngân sách nhà "
          "nước tính đến ngày 31/12/2025", "=", 25564 * BN),
], NOT=["bằng «125% dự", "tăng «39% so"])

# --------------------------------------------------------------------------
# 10 Cao Bằng, the provincial tax office's ceremony for the 80th anniversary of the tax sector,
# September 2025 (thoibaotaichinhvietnam.vn; the stamp " date 2025-09-12" written as the first line;
# cut: the photo caption "Ông Trịnh Trường Huy - Phó Chủ tịch UBND tỉnh Cao Bằng phát biểu tại lễ kỷ
# niệm. Ảnh: CTV." with the blank line after it; the excerpt ends in "ghi nhận v"). A precision
# text: one record, "Tính đến ngày 10/9/2025, tổng thu nội địa trên địa bàn tỉnh đạt 1.377 tỷ đồng"
# (=, money, 2025). NOT: "bằng 107,1% dự toán pháp lệnh", "bằng 98,4% dự toán HĐND, UBND tỉnh"
# (against the estimates), "tăng 38% so với cùng kỳ năm 2024" (a change). Not quantities: "10/9",
# "10/9/1945 - 10/9/2025", "10/9/2025" (dates), "80 năm", "35 năm" (ages of the sector and of the
# office), "năm 2025", "năm 2024".
# --------------------------------------------------------------------------
D10 = dict(name="10_caobang-80-nam-nganh-thue-2025-precision", kind="result", year=2025, records=[
    money("tỉnh đạt «1.377 tỷ", "tổng thu nội địa trên địa bàn tỉnh tính đến ngày 10/9/2025", "=", 1377 * BN),
], NOT=["bằng «107,1% dự", "bằng «98,4% dự", "tăng «38% so"])

# --------------------------------------------------------------------------
# 11 Phú Thọ, the emulation cluster no. 5 of six provincial tax offices reviewing 2025 and opening
# 2026 (baophutho.vn; the stamp " date 2026-01-23" written as the first line, the title following on
# the second; cut: the photo caption "Cụm thi đua số 5 ký giao ước thi đua năm 2026." with the blank
# line after it; the excerpt ends in "phong trào thi"). A precision text, no record: Phú Thọ's
# "đạt 159,9% dự toán Chính phủ, đạt 140,9% dự toán HĐND tỉnh giao" and Quảng Ninh's "đạt 182,4% dự
# toán pháp lệnh, đạt 173,3% dự toán HĐND tỉnh giao" (NOT: standings against the estimates), "bằng
# 131,5% so với cùng kỳ", "bằng 193% so với cùng kỳ" (NOT: against an earlier value). Not
# quantities: "Cụm thi đua số 5" (a name, five times), "6 Thuế tỉnh" (the cluster's make-up), "23/1"
# (a date), "80 năm" (an anniversary), "năm 2025", "năm 2026" (years).
# --------------------------------------------------------------------------
D11 = dict(name="11_phutho-cum-thi-dua-thue-2026-precision", kind="result", year=2025, records=[],
           NOT=["đạt «159,9% dự", "đạt «140,9% dự", "bằng «131,5% so", "đạt «182,4% dự", "đạt «173,3% dự",
                "bằng «193% so"])

# --------------------------------------------------------------------------
# 12 The General Department of Taxation's arrears collection in February 2020, nationwide
# (baodauthau.vn; cut: the photo caption "Ảnh chỉ mang tính minh họa: Tường Lâm", two identical
# lines, with the blank lines between and after them; no stamp, no byline). Year 2020 (the text's
# "năm 2020"; the results of "tháng 2" follow the debts "tại thời điểm 31/12/2019" and the
# comparison "so với cùng kỳ năm 2019"). Results, money: "đã thu 5.821 tỷ đồng nợ đọng thuế", "thu
# bằng biện pháp quản lý nợ 3.891 tỷ đồng, bằng biện pháp cưỡng chế nợ 1.930 tỷ đồng" (each its own
# subject), "Tổng số tiền nợ thuế tính đến cuối tháng 2 là 85.977 tỷ đồng". Targets for 2020 ("giao
# chỉ tiêu thu nợ thuế năm 2020 ..., mục tiêu"): "thu tối thiểu 80% số tiền nợ thuế có khả năng thu
# tại thời điểm 31/12/2019 chuyển sang" (>=, %), "giảm số tiền nợ thuế xuống dưới 5% số thu ngân
# sách nhà nước năm 2020" (<, %). NOT: "tăng 6,4% so với thời điểm 31/12/2019", "giảm 3,1% so với
# cùng kỳ năm 2019" (changes). Not quantities: "tháng 2", "31/12/2019" (three times), "năm 2019",
# "năm 2020" (dates).
# --------------------------------------------------------------------------
D12 = dict(name="12_toanquoc-no-thue-thang-2-2020", kind="result", year=2020, records=[
    money("đã thu «5.821 tỷ", "cơ quan thuế thu nợ đọng thuế tại thời điểm 31/12/2019 trong tháng 2", "=",
          5821 * BN),
    money("quản lý nợ «3.891 tỷ", "thu nợ bằng biện pháp quản lý nợ", "=", 3891 * BN),
    money("cưỡng chế nợ «1.930 tỷ", "thu nợ bằng biện pháp cưỡng chế nợ", "=", 1930 * BN),
    money("tháng 2 là «85.977 tỷ", "tổng số tiền nợ thuế tính đến cuối tháng 2", "=", 85977 * BN),
    R("tối thiểu «80% số", "thu số tiền nợ thuế có khả năng thu tại thời điểm 31/12/2019 chuyển sang", ">=", 80,
      **T),
    R("xuống dưới «5% số", "số tiền nợ thuế so với số thu ngân sách nhà nước năm 2020", "<", 5, **T),
], NOT=["tăng «6,4% so", "giảm «3,1% so"])

# --------------------------------------------------------------------------
# 13 Nghệ An, the provincial tax department on the scale of the province's revenue, opening 2025
# (baonghean.vn; cut: the graphic's caption "Tổng thu ngân sách, thu nội địa và thu từ hoạt động
# xuất nhập khẩu của Nghệ An năm 2024. Đồ họa: Hữu Quân" with the blank line after it; no stamp, no
# byline). Year 2024 (the results of "Năm 2024"; "tháng 1/2025" is the date of the new year's work).
# Results: "Quy mô thu ngân sách của Nghệ An xếp thứ 14 trên 63 tỉnh, thành phố" (rank =, the
# spec's "xếp thứ 13 trong 63"), "3 năm liên tục số thu ngân sách toàn tỉnh Nghệ An đạt trên 20.000
# tỷ đồng" (>, money; year 2024, the last of the three; a judgement). Not quantities: "63" (the
# denominator), "3 năm liên tục" (a period), "tháng 1/2025" (a date).
# --------------------------------------------------------------------------
D13 = dict(name="13_nghean-quy-mo-thu-ngan-sach-2024", kind="result", year=2024, records=[
    R("xếp thứ «14 trên", "quy mô thu ngân sách của Nghệ An xếp thứ trên 63 tỉnh, thành phố", "=", 14, **RANK),
    money("đạt trên «20.000 tỷ", "số thu ngân sách toàn tỉnh Nghệ An 3 năm liên tục", ">", 20000 * BN),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
