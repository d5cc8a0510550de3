#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set309: customs and border gates).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder by ../goldkit.py.

Each document may also list NOT: locators of percentages deliberately left without a record
(completion against an estimate, a quota or a target; changes against the same period of an
earlier year); check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): decided against
muctieu/catalog/data/indicators.yaml. The catalogue names no customs, border-gate or trade
indicator (its only budget ids are the cashless share of budget revenue and the share of the
budget spent on digital transformation; its only export id is software exports), so every record
of this set has id null (`iid` left at its default).

This set's money, tonnage, time and other amounts are written with the unit partials below
(functools.partial over goldkit.R), so that the unit fields are stated once.

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

DONG = functools.partial(R, unit="other", unit_text="đồng")   # money in đồng, magnitude multiplied in
USD = functools.partial(R, unit="other", unit_text="USD")     # turnover in USD
TAN = functools.partial(R, unit="other", unit_text="tấn")     # goods by weight
N = functools.partial(R, unit="count")                        # counts (vehicles, declarations, firms, cases)
B = 1e9
M = 1e6

# --------------------------------------------------------------------------
# 01 Lạng Sơn, the customs results of the first two months of 2026 at a working session with the
# Chi cục Hải quan khu vực VI (90min.net.vn "Tin90p"; cut: the image-table lines "![]() |" (twice)
# and the two photo captions "| Quang cảnh buổi làm việc. (Ảnh: Quốc Đạt) |" and "| Ông Nguyễn Văn
# Hoàn, ... (Ảnh: Quốc Đạt) |"; no byline, no stamp; the excerpt ends in "cấp độ 3"). Year 2026
# ("2 tháng đầu năm 2026"). Results (=): the turnover through the province "đạt 13.919,8 triệu USD",
# "2.590 doanh nghiệp tham gia", the turnover of declarations opened in the province "đạt 1.207,7
# triệu USD", the budget revenue "đạt 2.959 tỷ đồng"; the enforcement "ban hành 7 quyết định kiểm
# tra" (=, count: documents issued, as the earlier sets' "ban hành 04 Quyết định"), "truy thu hơn
# 1,4 tỷ đồng" (>), "xử phạt hành chính 222 vụ" (=, count), "gần 1,95 tỷ đồng" (~). Targets for
# 2026, the three bracketed amounts the revenue is measured against: "chỉ tiêu giao (9.600 tỷ
# đồng)", "mức phấn đấu (15.500 tỷ đồng)", "mục tiêu nội bộ (18.000 tỷ đồng)" (kind target, >=:
# bare amounts of a quota, as set193's 738.291 quota; spec: a bracket that states a value is a
# quantity). NOT: "tăng 52,55% so với cùng kỳ", "tăng 119%" (changes), "31% chỉ tiêu giao", "19% mức
# phấn đấu", "16% mục tiêu nội bộ" (completion against the quota, the earlier sets' majority).
# Not quantities: "7 nhóm giải pháp" (counts of solutions, spec), "2 tháng đầu năm" (a period),
# "khu vực VI" (a name), "cấp độ 3" (a security level, a label), "90" in "Tin90p.com" (a name). The
# title's "Lạng Sơn thu gần 3.000 tỷ đồng ngân sách" is the headline's rounding of the revenue: a
# result, ~, recorded (as the earlier sets record a headline and its repeat).
# --------------------------------------------------------------------------
D01 = dict(name="01_langson-hai-quan-thu-ngan-sach-2-thang-2026", kind="result", year=2026, records=[
    DONG("Lạng Sơn thu gần «3.000 tỷ", "Lạng Sơn thu ngân sách", "~", 3000 * B),
    USD("đạt «13.919,8 triệu USD", "tổng kim ngạch xuất nhập khẩu qua địa bàn trong 2 tháng đầu năm", "=",
        13919.8 * M),
    N("với «2.590 doanh nghiệp", "doanh nghiệp tham gia hoạt động xuất nhập khẩu qua địa bàn", "=", 2590),
    USD("đạt «1.207,7 triệu USD", "kim ngạch mở tờ khai tại địa bàn", "=", 1207.7 * M),
    DONG("đạt «2.959 tỷ đồng", "nguồn thu ngân sách nhà nước", "=", 2959 * B),
    DONG("giao («9.600 tỷ đồng)", "chỉ tiêu giao thu ngân sách nhà nước", ">=", 9600 * B, **T),
    DONG("phấn đấu («15.500 tỷ đồng)", "mức phấn đấu thu ngân sách nhà nước", ">=", 15500 * B, **T),
    DONG("nội bộ («18.000 tỷ đồng)", "mục tiêu nội bộ thu ngân sách nhà nước", ">=", 18000 * B, **T),
    N("ban hành «7 quyết định", "quyết định kiểm tra sau thông quan đã ban hành", "=", 7),
    DONG("truy thu hơn «1,4 tỷ đồng", "số tiền truy thu qua kiểm tra sau thông quan", ">", 1.4 * B),
    N("hành chính «222 vụ", "vụ xử phạt hành chính", "=", 222),
    DONG("tiền gần «1,95 tỷ đồng", "số tiền xử phạt hành chính", "~", 1.95 * B),
], NOT=["tăng «52,55% so", "tăng «119%", "tương ứng «31% chỉ", "«19% mức", "«16% mục"])

# --------------------------------------------------------------------------
# 02 Quảng Ninh, Móng Cái: goods and vehicles through the Bắc Luân II bridge gate and the Km3+4
# Hải Yên opening over the 2 September holiday, and the Móng Cái customs branch's results to 28/8
# (thuonghieucongluan.com.vn; nothing cut; no byline, no stamp; the excerpt opens mid-article at
# "Cụ thể," and ends in "đạt 98,3"). Year 2024 ("28/8/2024"). Results: the holiday's tonnages
# (other "tấn", =): the total 18.105 t, the gate's 13.855 t with its 8.499 t of imports and 5.356 t
# of exports, the opening's 4.250 t with its five kinds of goods (558, 457, 2.876, 120, 239 t) and
# its 248 t of imports (one record per number, each its own subject, scope null: a breakdown by
# kind of goods, spec); the vehicles (=, count) "983 phương tiện", "187 phương tiện" (place null:
# the gates are in the document's own province). The year's results: "làm thủ tục cho hơn 58.100 tờ
# khai" (>, count), "Kim ngạch XNK đạt hơn 2,5 tỷ USD", "xuất khẩu đạt hơn 1,57 tỷ USD", "nhập khẩu
# đạt hơn 951,4 triệu USD" (>, other "USD"), the budget revenue "đạt 1.573 tỷ đồng" (=). NOT:
# "tăng 41% so với cùng kỳ", "tăng 24% so với cùng kỳ", "tăng 54,5% so với cùng kỳ năm 2023"
# (changes). Not quantities: "31/8", "3/9", "28/8", "28/8/2024" (dates), "Km3+4", "Km 3+4" (a place's
# name), "Bắc Luân II", "Bắc Luân I" (names), the truncated "đạt 98,3" (no unit left; completion
# against the estimate by its wording, the NOT class, left without a record).
# --------------------------------------------------------------------------
D02 = dict(name="02_quangninh-mongcai-hang-hoa-xnk-2024", kind="result", year=2024, records=[
    TAN("đã có «18.105 tấn", "hàng hóa XNK qua Cửa khẩu Cầu Bắc Luân II và Lối mở Cầu phao tạm Km3+4 Hải Yên "
        "trong các ngày nghỉ lễ", "=", 18105),
    N("II có «983 phương tiện", "phương tiện qua Cửa khẩu cầu Bắc Luân II", "=", 983),
    TAN("chở «13.855 tấn", "hàng hóa qua Cửa khẩu cầu Bắc Luân II", "=", 13855),
    TAN("có «8.499 tấn", "hàng hóa nhập khẩu qua Cửa khẩu cầu Bắc Luân II", "=", 8499),
    TAN("và «5.356 tấn", "hàng hóa xuất khẩu qua Cửa khẩu cầu Bắc Luân II", "=", 5356),
    N("Yên có «187 phương tiện", "phương tiện qua Lối mở Km 3+4 Hải Yên", "=", 187),
    TAN("chở «4.250 tấn", "hàng hóa qua Lối mở Km 3+4 Hải Yên", "=", 4250),
    TAN("sấy khô «558 tấn", "hàng hoa quả tươi, hoa quả sấy khô qua Lối mở Km 3+4 Hải Yên", "=", 558),
    TAN("bột sắn «457 tấn", "hàng bột sắn qua Lối mở Km 3+4 Hải Yên", "=", 457),
    TAN("đông lạnh «2.876 tấn", "thủy hải sản đông lạnh qua Lối mở Km 3+4 Hải Yên", "=", 2876),
    TAN("hàng hóa khác «120 tấn", "hạt khô và hàng hóa khác qua Lối mở Km 3+4 Hải Yên", "=", 120),
    TAN("cá sống «239 tấn", "tôm, cua, cá sống qua Lối mở Km 3+4 Hải Yên", "=", 239),
    TAN("nhập khẩu đạt «248 tấn", "hàng hóa nhập khẩu qua Lối mở Km 3+4 Hải Yên", "=", 248),
    N("cho hơn «58.100 tờ khai", "tờ khai Chi cục Hải quan Cửa khẩu Móng Cái đã làm thủ tục", ">", 58100),
    USD("XNK đạt hơn «2,5 tỷ USD", "kim ngạch XNK", ">", 2.5 * B),
    USD("xuất khẩu đạt hơn «1,57 tỷ USD", "kim ngạch xuất khẩu", ">", 1.57 * B),
    USD("nhập khẩu đạt hơn «951,4 triệu USD", "kim ngạch nhập khẩu", ">", 951.4 * M),
    DONG("đạt «1.573 tỷ đồng", "tổng thu ngân sách Nhà nước từ hoạt động XNK", "=", 1573 * B),
], NOT=["tăng «41% so", "tăng «24% so", "tăng «54,5% so"])

# --------------------------------------------------------------------------
# 03 Thanh Hóa, the Chi cục Hải quan khu vực X (Thanh Hóa and Sơn La from 1/7/2025) by mid-October
# 2025 (thoibaotaichinhvietnam.vn; the stamp " date 2025-10-18" written as the first line; nothing
# cut: the photo caption "Hải quan khu vực X thu ngân sách đạt hơn 16.394 tỷ đồng. Ảnh: CTVAH"
# carries a figure and stays; the excerpt ends in "đến n"). Year 2025. Results: "đã thu ngân sách
# trên 16.394 tỷ đồng" (>) and the caption's repeat "đạt hơn 16.394 tỷ đồng" (>, recorded as the
# earlier sets record a headline's repeat). NOT: "đạt hơn 91% chỉ tiêu pháp lệnh năm 2025"
# (completion against the quota). Not quantities: "2 cấp" (a name of the two-level government),
# "2019/QĐ-BTC", "11/6/2025", "1/7/2025" (a document, dates), "2 tỉnh" (the area the unit covers),
# "6 đơn vị phòng, đội và tương đương; 5 hải quan cửa khẩu/ngoài cửa khẩu" (the make-up of the
# unit, as the spec's parts of an index; a judgement), "khu vực X", "VII", "IV" (names).
# --------------------------------------------------------------------------
D03 = dict(name="03_thanhhoa-hai-quan-khu-vuc-x-thu-ngan-sach-2025", kind="result", year=2025, records=[
    DONG("ngân sách trên «16.394 tỷ đồng", "Chi cục Hải quan khu vực X đã thu ngân sách", ">", 16394 * B),
    DONG("đạt hơn «16.394 tỷ đồng. Ảnh", "Hải quan khu vực X thu ngân sách", ">", 16394 * B),
], NOT=["hơn «91% chỉ"])

# --------------------------------------------------------------------------
# 04 Lạng Sơn, the Chi Ma border-gate customs team's revenue to 14/9/2025 (vtcnews.vn, the amp
# page; the stamp " date 2025-09-16" written as the first line, "(VTC News) -" following on the
# second; cut: the photo caption "Xe hàng ùn ùn kéo về cửa khẩu Chi Ma, xếp hàng dài chờ thông
# quan." with the blank line after it; the excerpt ends in "Phó Đội trưởng "). Year 2025. Result:
# "tổng thu ngân sách Nhà nước của đơn vị này đạt 860 tỷ đồng" (=). Target: "(trong số 1.170 tỷ đồng
# theo chỉ tiêu được giao bổ sung thi ngân sách năm 2025" (the supplementary quota: kind target,
# >=, 2025). NOT: "đạt 142% chỉ tiêu được giao cả năm", "đạt 73%" (completion against the quotas).
# Not quantities: "1/1/2025", "14/9/2025" (dates), "COVID-19", "khu vực VI" (names).
# --------------------------------------------------------------------------
D04 = dict(name="04_langson-chima-thu-ngan-sach-2025", kind="result", year=2025, records=[
    DONG("đạt «860 tỷ đồng", "tổng thu ngân sách Nhà nước của Hải quan cửa khẩu Chi Ma", "=", 860 * B),
    DONG("trong số «1.170 tỷ đồng", "chỉ tiêu được giao bổ sung thu ngân sách năm 2025", ">=", 1170 * B, **T),
], NOT=["đạt «142% chỉ", "đạt «73% ("])

# --------------------------------------------------------------------------
# 05 Bà Rịa - Vũng Tàu, customs revenue ahead of its quota two months early, November 2021
# (baobariavungtau.com.vn; the stamp " date 2021-11" written as the first line; cut: the photo
# caption "Hoạt động nghiệp vụ tại Chi cục Hải quan cửa khẩu Cảng Cái Mép." with the blank line
# after it and the byline "Tin, ảnh: TRÀ NGÂN" with the blank line before it). Year 2021 ("10
# tháng năm 2021"). Results: the whole customs sector's "thu ngân sách ngành hải quan đạt 314.845
# tỷ đồng" (=; the sector's, not the province's: the indicator says so), BR-VT's "số thu ngân sách đã
# đạt 18.984 tỷ đồng" (=), and "BR-VT là 1 trong 8 Cục Hải quan tỉnh, thành phố đạt số thu hải quan
# trên 85% so với dự toán" (=, count 8: the number of provincial customs departments over the
# threshold; not a ranking; a judgement; the "1" is the province itself, no record). Target: "chỉ
# tiêu được giao (17.500 tỷ đồng)" (the province's 2021 quota, >=). NOT: "tương đương 99,95% dự
# toán", "đạt 95,1% chỉ tiêu phấn đấu", "vượt 7% so với chỉ tiêu", "trên 85% so với dự toán"
# (completion against the estimate or quota), "tăng 25,24%", "tăng 42,5%" (changes).
# --------------------------------------------------------------------------
D05 = dict(name="05_bariavungtau-thu-ngan-sach-hai-quan-2021", kind="result", year=2021, records=[
    DONG("đạt «314.845 tỷ đồng", "thu ngân sách ngành hải quan 10 tháng năm 2021", "=", 314845 * B),
    DONG("đã đạt «18.984 tỷ đồng", "số thu ngân sách hải quan tại BR-VT", "=", 18984 * B),
    DONG("giao («17.500 tỷ đồng)", "chỉ tiêu thu ngân sách được giao", ">=", 17500 * B, **T),
    N("1 trong «8 Cục", "Cục Hải quan tỉnh, thành phố đạt số thu hải quan so với dự toán", "=", 8),
], NOT=["đương «99,95% dự", "đạt «95,1% chỉ", "tăng «25,24% so", "tăng «42,5% so", "vượt «7% so",
        "trên «85% so"])

# --------------------------------------------------------------------------
# 06 Hà Tĩnh, people and vehicles through the Cầu Treo international gate in the first quarter of
# 2023 (hatinh24h.com.vn; the stamp " date 2023-04" written as the first line, the photo caption
# "Cửa khẩu Quốc tế Cầu Treo, huyện Hương Sơn, tỉnh Hà Tĩnh" that followed it on the stamp's line
# kept as the second line (part of a line); cut: the caption "... Lực lượng Bộ đội Biên phòng Hà
# Tĩnh tăng cường kiểm soát người, phương tiện xuất nhập cảnh qua Cửa khẩu Quốc tế Cầu Treo" with
# the blank line after it; the excerpt ends in "hoạt đ"). Year 2023 (the stamp; "cùng kỳ năm 2022"
# makes the period 2023's first quarter). Results (=, count): "làm thủ tục xuất nhập cảnh cho
# 103.132 lượt người", "số phương tiện qua lại là 35.540 lượt phương tiện", and the bracketed values
# of 2022's first quarter "(quý I/2022 là 43.884 lượt người)", "(quý I/2022 đạt 26.871 lượt phương
# tiện)" (results of 2022, spec's bracket "(năm 2023 đạt 38,4%)"); "chỉ mất khoảng 15 giây/người"
# (~, other "giây/người"). NOT: "bằng 235,01% so với cùng kỳ năm 2022", "bằng 135,01 % so với cùng
# kỳ" (a result against the same period of the year before). Not quantities: "so với khoảng 2 - 3
# phút/ người như trước đây" (the undated earlier value the result is compared with, as an earlier
# set's "so với 5-10 phút trước đây"), "Covid-19" (a name), "quý I/2022" (a period).
# --------------------------------------------------------------------------
D06 = dict(name="06_hatinh-cautreo-xuat-nhap-canh-2023", kind="result", year=2023, records=[
    N("cho «103.132 lượt người", "lượt người được làm thủ tục xuất nhập cảnh qua Cửa khẩu quốc tế Cầu Treo", "=",
      103132),
    N("I/2022 là «43.884 lượt", "lượt người xuất nhập cảnh quý I/2022", "=", 43884, year=2022),
    N("là «35.540 lượt phương tiện", "số phương tiện qua lại", "=", 35540),
    N("I/2022 đạt «26.871 lượt", "lượt phương tiện qua lại quý I/2022", "=", 26871, year=2022),
    R("khoảng «15 giây/người", "thời gian hoàn thành thủ tục kiểm tra qua cửa khẩu", "~", 15, unit="other",
      unit_text="giây/người"),
], NOT=["bằng «235,01% so", "bằng «135,01 % so"])

# --------------------------------------------------------------------------
# 07 Thanh Hóa, the Chi cục Hải quan khu vực X in January 2026 (thoibaotaichinhvietnam.vn; the
# stamp " date 2026-02-05" written as the first line; cut: the photo caption "Cán bộ Hải quan cửa
# khẩu cảng Thanh Hoá xử lý tờ khai ... Ảnh: Hải Anh" with the blank line after it; the excerpt ends
# in "Khu vực cảng"). Year 2026. Target: "phấn đấu hoàn thành và vượt chỉ tiêu pháp lệnh 18.506 tỷ
# đồng được giao" (kind target, >=: the quota's amount, "hoàn thành và vượt" read as at least the
# quota, as set193's quota; a judgement). Results: the subheading "Thu ngân sách đạt hơn 1.300 tỷ
# đồng ngay trong tháng đầu" (>), "có 319 doanh nghiệp thực hiện thủ tục thường xuyên" (=, count),
# "Hải quan cửa khẩu cảng Thanh Hóa ... với 221 doanh nghiệp" (=, count; place null: a unit in the
# document's own province), "toàn Chi cục đạt 1,37 tỷ USD" (=). Not quantities: "tháng 1/2026" (a
# date), "khu vực X" (a name).
# --------------------------------------------------------------------------
D07 = dict(name="07_thanhhoa-hai-quan-khu-vuc-x-thang-1-2026", kind="result", year=2026, records=[
    DONG("pháp lệnh «18.506 tỷ đồng", "chỉ tiêu pháp lệnh thu ngân sách được giao", ">=", 18506 * B, **T),
    DONG("đạt hơn «1.300 tỷ đồng", "thu ngân sách trong tháng đầu", ">", 1300 * B),
    N("có «319 doanh nghiệp", "doanh nghiệp thực hiện thủ tục thường xuyên tại Chi cục", "=", 319),
    N("với «221 doanh nghiệp", "doanh nghiệp thực hiện thủ tục tại Hải quan cửa khẩu cảng Thanh Hóa", "=", 221),
    USD("đạt «1,37 tỷ USD", "kim ngạch xuất nhập khẩu toàn Chi cục", "=", 1.37 * B),
])

# --------------------------------------------------------------------------
# 08 Lào Cai, the automatic gates and biometric checks at the Lào Cai international border gate,
# January 2026 (vietnamnet.vn; the stamp " date 2026-01-07" written as the first line; nothing cut;
# the excerpt ends in "một lần"). Year 2026 (the stamp: the text names no year). Results: "vận hành
# 6 luồng làm thủ tục xuất nhập cảnh tự động và 8 buồng kiểm tra" (=, count, two records, each its
# own subject), "giảm thời gian làm thủ tục từ khoảng 30 giây xuống chỉ còn 5 - 10 giây mỗi hành
# khách" (the time now: between 5 and 10, other "giây"). Not quantities: "khoảng 30 giây" (the
# earlier value the result is compared with, as 06's), "hàng trăm lượt" (no figure).
# --------------------------------------------------------------------------
D08 = dict(name="08_laocai-cua-khau-tu-dong-2026", kind="result", year=2026, records=[
    N("vận hành «6 luồng", "luồng làm thủ tục xuất nhập cảnh tự động Cửa khẩu quốc tế Lào Cai vận hành", "=", 6),
    N("và «8 buồng", "buồng kiểm tra cho hành khách dùng hộ chiếu, giấy thông hành", "=", 8),
    R("còn «5 - 10 giây", "thời gian làm thủ tục mỗi hành khách", "between", 5, value_max=10, unit="other",
      unit_text="giây"),
])

# --------------------------------------------------------------------------
# 09 Cao Bằng, the customs anti-smuggling team's month of peak checks and the 450 fake Rolex
# watches seized at the Trà Lĩnh international gate, June 2025 (cafef.vn; nothing cut; no byline,
# no stamp; the excerpt opens at the heading "Nỗ lực cao điểm chống hàng giả, hàng lậu" and ends in
# "ước lượng"). Year 2025 ("17/6/2025"). Results (=, count): "kịp thời bắt giữ 21 vụ việc vi phạm
# pháp luật hải quan", "450 chiếc đồng hồ đeo tay có dấu hiệu vi phạm quyền sở hữu trí tuệ" (the
# goods seized in the case). Not quantities: "17/6/2025" (a date), "Đội 1", "số 1" (names), "1
# container" and "hơn 24 tấn" (the case's container and its declared weight: a description of the
# one consignment, not a result; a judgement), "gần một tháng" (a period, no digit).
# --------------------------------------------------------------------------
D09 = dict(name="09_caobang-tralinh-bat-giu-hang-gia-2025", kind="result", year=2025, records=[
    N("bắt giữ «21 vụ", "vụ việc vi phạm pháp luật hải quan bắt giữ", "=", 21),
    N("bật là «450 chiếc", "đồng hồ đeo tay có dấu hiệu vi phạm quyền sở hữu trí tuệ của nhãn hiệu ROLEX", "=",
      450),
])

# --------------------------------------------------------------------------
# 10 Bình Dương, the provincial customs department dividing its 2021 revenue quota among its
# branches (thoibaotaichinhvietnam.vn; cut: the photo caption "Cán bộ Hải quan Bình Dương hỗ trợ
# DN hoàn thiện thủ tục nhập khẩu. Ảnh: Hải Anh" with the blank line after it and the byline "Ngọc
# Linh" with the blank line before it; the first line "Bình Dương" (a label) kept; no stamp). Year
# 2021. All targets (the quotas assigned): "giao chỉ tiêu dự toán thu ngân sách nhà nước 15.900 tỷ
# đồng" (>=), "giao chỉ tiêu phấn đấu là 16.000 tỷ đồng" (>=: "là X" in a target), and the eight
# branches' "được giao hơn 1.900 tỷ đồng; ... hơn 3.600 tỷ đồng" (>: "hơn"; one record per branch,
# the branch in the indicator; scope null: branches are units, not levels). Not quantities: "năm
# 2021" (dates), "Covid-19" (a name).
# --------------------------------------------------------------------------
_Q = "chỉ tiêu thu ngân sách giao Chi cục Hải quan "
D10 = dict(name="10_binhduong-hai-quan-giao-chi-tieu-thu-2021", kind="target", year=2021, records=[
    DONG("nhà nước «15.900 tỷ đồng", "chỉ tiêu dự toán thu ngân sách nhà nước Bộ Tài chính giao Cục Hải quan "
         "Bình Dương", ">=", 15900 * B),
    DONG("phấn đấu là «16.000 tỷ đồng", "chỉ tiêu phấn đấu thu ngân sách Tổng cục Hải quan giao", ">=", 16000 * B),
    DONG("giao hơn «1.900 tỷ", _Q + "quản lý hàng xuất nhập khẩu ngoài khu công nghiệp", ">", 1900 * B),
    DONG("Sóng Thần hơn «2.900 tỷ", _Q + "Khu công nghiệp Sóng Thần", ">", 2900 * B),
    DONG("Sóng Thần hơn «1.700 tỷ", _Q + "Sóng Thần", ">", 1700 * B),
    DONG("tổng hợp hơn «1.000 tỷ", _Q + "cửa khẩu cảng tổng hợp", ">", 1000 * B),
    DONG("Việt Hương hơn «500 tỷ", _Q + "Khu công nghiệp Việt Hương", ">", 500 * B),
    DONG("VSIP hơn «1.600 tỷ", _Q + "Khu công nghiệp VSIP", ">", 1600 * B),
    DONG("Thủ Dầu Một hơn «2.400 tỷ", _Q + "Khu công nghiệp Thủ Dầu Một", ">", 2400 * B),
    DONG("Mỹ Phước hơn «3.600 tỷ", _Q + "Khu công nghiệp Mỹ Phước", ">", 3600 * B),
])

# --------------------------------------------------------------------------
# 11 Lào Cai, the first durian truck cleared through the Kim Thành road gate on the first day of
# Tết 2026 (vietnamplus.vn; the stamp " date 2026-02-17" written as the first line; nothing cut;
# the excerpt ends in "tuân "). A precision text: one record among numbers that are not quantities.
# Year 2026. Result: "chuyến xe chở quả sầu riêng tươi với hơn 17,4 tấn ... đã thông quan đầu tiên"
# (>, other "tấn": the goods cleared; a judgement, recorded as the goods through a gate in 02).
# Not quantities: "17/2", "mồng 1 Tết" (dates), "15C 02727" (a number plate), "số 2" (the gate's
# name), "Khu vực VII" (a name), "2026" (in "Bính Ngọ 2026": a year).
# --------------------------------------------------------------------------
D11 = dict(name="11_laocai-thong-quan-sau-rieng-2026-precision", kind="result", year=2026, records=[
    TAN("với hơn «17,4 tấn", "quả sầu riêng tươi của chuyến xe thông quan đầu tiên", ">", 17.4),
])

# --------------------------------------------------------------------------
# 12 Quảng Trị, trade through the La Lay international gate falling as the access road decays,
# December 2025 (thanhnien.vn; the stamp " date 2025-12-31" written as the first line; cut: the
# photo caption "Đường lên La Lay xuống cấp nghiêm trọng, ... Ảnh: THANH LỘC" with the blank line
# after it; the excerpt ends in "kha"). Year 2025. Result: "hiện chỉ còn khoảng 100 - 150 xe/ngày"
# (between 100 and 150, other "xe/ngày"; "khoảng" before a range read as between, as the earlier
# sets' "khoảng 30-35%"). Not quantities: "Nếu như trước đây, lúc cao điểm, mỗi ngày có từ 400 -
# 500 phương tiện" (the undated earlier value the result is compared with, as 06's), "tải trọng 12
# tấn", "tải trọng thiết kế lên đến 32 tấn" (a bridge's and lorries' load ratings: sizes), "QL15D"
# (a road's name), "tháng 9" (a date).
# --------------------------------------------------------------------------
D12 = dict(name="12_quangtri-lalay-phuong-tien-2025", kind="result", year=2025, records=[
    R("khoảng «100 - 150 xe/ngày", "phương tiện lưu thông qua Cửa khẩu quốc tế La Lay mỗi ngày", "between", 100,
      value_max=150, unit="other", unit_text="xe/ngày"),
])

# --------------------------------------------------------------------------
# 13 Hà Tĩnh, the provincial customs department's revenue (vngreen.vn, a tag page "cửa khẩu" whose
# first item is the report; nothing cut; no byline, no stamp). Year 2022 (the result is compared
# with "cùng kỳ năm 2021", the same period of the year before; a judgement, as the earlier sets'
# "so với cùng kỳ năm 2019" read as 2020). Results (>): "thu ngân sách nhà nước đạt hơn 8.074 tỷ
# đồng", "Chi cục Hải quan cửa khẩu cảng Vũng Áng thu ngân sách đạt cao với hơn 7.598 tỷ đồng".
# NOT: "tăng 18,59% so với cùng kỳ năm 2021" (a change).
# --------------------------------------------------------------------------
D13 = dict(name="13_hatinh-hai-quan-thu-ngan-sach-2022", kind="result", year=2022, records=[
    DONG("đạt hơn «8.074 tỷ đồng", "Cục Hải quan tỉnh Hà Tĩnh thu ngân sách nhà nước", ">", 8074 * B),
    DONG("với hơn «7.598 tỷ đồng", "Chi cục Hải quan cửa khẩu cảng Vũng Áng thu ngân sách", ">", 7598 * B),
], NOT=["tăng «18,59% so"])

# --------------------------------------------------------------------------
# 14 Quảng Trị and Nghệ An, the border gates to Laos reopened, May 2022 (vnexpress.net; the stamp
# " date 2022-05" written as the first line; cut: the photo captions "Tài xế làm thủ tục xuất cảnh
# tại cửa khẩu quốc tế Lao Bảo, tỉnh Quảng Trị. Ảnh: Quang Hà" and "Người dân làm thủ tục xuất
# cảnh tại cửa khẩu Nậm Cắn, tỉnh Nghệ An. Ảnh: Phương Linh", each with the blank line after it;
# the excerpt ends in "Trong sáng "). A precision text, no record: "9/5" (a date), "Covid-19" (a
# name), "từ 12 tuổi trở lên" (part of the subject), "trong 48 giờ" (a test's validity: a rule's
# period), "quốc lộ 9" (a road's name); "hai tài xế", "hai nước" (no digits; the rule of the past).
# --------------------------------------------------------------------------
D14 = dict(name="14_quangtri-mo-lai-cua-khau-2022-precision", kind="result", year=2022, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
