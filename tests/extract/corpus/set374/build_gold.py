#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set374).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a plan, a change
against an earlier value or against the plan); check_gold.py verifies that every percentage has a
record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
The catalogue holds no indicator of lottery sales, prizes, profits or budget contributions: every
record of this set has `iid` null.

This set's theme is lottery companies and their revenue. Money is unit `other`, `unit_text`
"đồng", the magnitude word multiplied in (spec's decided case); a limit per day is "đồng/ngày".
No text stands under a heading or lead-in naming a pillar: every pillar is null.

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

M = functools.partial(R, unit="other", unit_text="đồng")          # an amount of money
M_DAY = functools.partial(R, unit="other", unit_text="đồng/ngày")  # a limit of issue per day
B = 1e9  # "tỷ"/"tỉ"

# --------------------------------------------------------------------------
# 01 Sóc Trăng and Hậu Giang: traditional lottery tickets selling out in the Mekong Delta after
# Tết 2022 (znews.vn; nothing cut: the photo caption "Ông Hai Sang ở phường 3, ... Ảnh: Việt Tường.
# |" carries a number, "phường 3", and stays as the rules ask; no byline, no stamp). Year 2022 (the
# text's "từ sau Tết Nguyên đán 2022 đến nay"); the vendor's "Hồi tháng 10-11/2021 ... tiêu thụ chỉ
# 50-70%" is a value of 2021. Results: the sale rates "đạt 98-99,98%" (between), "đạt 98,4%",
# "đạt 99,95%", "đến 99,98%" (=, a value reached), the Hậu Giang company's "đạt 80%", the
# commission "là 15%" (=), the agents' share for the street vendors "từ 10% trở lên" (>=), the
# vendor's "hơn 200 vé" a day (>). Places: "Sóc Trăng" for the Sóc Trăng company's rates, "Hậu
# Giang" for the Hậu Giang company's (the text is the region's). Not quantities: "23/2", "mùng 2",
# "12h", "10-11/2021" (dates, a time), "phường 3" (a name), "2022" (a date).
# --------------------------------------------------------------------------
D01 = dict(name="01_soctrang-haugiang-ve-so-tieu-thu-2022", kind="result", year=2022, records=[
    R("vé bán đạt «98-99,98%", "tỷ lệ vé bán của nhiều công ty so với số lượng phát hành", "between", 98,
      value_max=99.98),
    R("bán ra đạt «98,4%", "vé của đơn vị bán ra kỳ phát hành gần nhất", "=", 98.4, place="Sóc Trăng"),
    R("Nhâm Dần, đạt «99,95%", "kỳ có doanh số bán cao nhất", "=", 99.95, place="Sóc Trăng"),
    R("tiêu thụ đến «99,98%", "tỷ lệ vé tiêu thụ của một số tỉnh, thành bán mạnh", "=", 99.98),
    R("nhận hơn «200 vé", "vé người bán vé số lẻ nhận mỗi ngày", ">", 200, **CNT),
    R("tiêu thụ chỉ «50-70%", "vé số tiêu thụ", "between", 50, value_max=70, year=2021),
    R("đơn vị đạt «80%", "tỷ lệ vé số tiêu thụ của đơn vị", "=", 80, place="Hậu Giang"),
    R("kiến thiết là «15%", "tỷ lệ hoa hồng của vé số kiến thiết", "=", 15),
    R("vé số lẻ từ «10% trở lên", "các đại lý chi cho người bán vé số lẻ", ">=", 10),
])

# --------------------------------------------------------------------------
# 02 Sóc Trăng, the lottery company's results of 2020 and its targets for 2021 (thanhnien.vn; the
# stamp " date 2021-04" written as the first line; nothing cut; the excerpt ends in "không").
# Results of 2020 (the text's "năm 2020"); targets "Năm 2021, XSKT Sóc Trăng phấn đấu đạt ..."
# (kind target, year 2021, bare numbers >=). Results: "hơn 6,2 tỉ đồng" (>), sales 4.342, the budget
# 1.371, the prizes 2.117,6 (=), charity "trên 27 tỉ đồng" (>), the welfare works "1.100 tỉ đồng"
# (=). NOT: "đạt 112,32% kế hoạch", "đạt 121,91% kế hoạch" (completion against the plan), "tăng
# 17,93%", "tăng 22,13%" (changes). Not quantities: "4 kỳ vé số" (the draws suspended: a count of
# draw dates, as the set counts no "kỳ"), "1 - 28.4" (dates), "tăng hơn 330 tỉ đồng so với cùng kỳ"
# (a change), "năm 2019", "Covid-19" (dates, a name).
# --------------------------------------------------------------------------
D02 = dict(name="02_soctrang-xskt-ket-qua-2020-ke-hoach-2021", kind="result", year=2020, records=[
    M("tiền hơn «6,2 tỉ", "XSKT Sóc Trăng hỗ trợ bà con bán vé số lẻ trên địa bàn tỉnh", ">", 6.2 * B),
    M("tiêu thụ «4.342 tỉ", "doanh số tiêu thụ của XSKT Sóc Trăng", "=", 4342 * B),
    M("ngân sách «1.371 tỉ", "XSKT Sóc Trăng nộp ngân sách", "=", 1371 * B),
    M("trả thưởng «2.117,6 tỉ", "XSKT Sóc Trăng chi trả thưởng", "=", 2117.6 * B),
    M("xã hội trên «27 tỉ", "XSKT Sóc Trăng ủng hộ hoạt động từ thiện xã hội", ">", 27 * B),
    M("trị giá «1.100 tỉ", "tỉnh Sóc Trăng đầu tư xây dựng các công trình phúc lợi xã hội từ nguồn thu XSKT", "=",
      1100 * B),
    M("tiêu thụ «4.752 tỉ", "doanh số tiêu thụ của XSKT Sóc Trăng", ">=", 4752 * B, **T, year=2021),
    M("nhà nước «1.380 tỉ", "XSKT Sóc Trăng nộp ngân sách nhà nước", ">=", 1380 * B, **T, year=2021),
], NOT=["đạt «112,32% kế", "tăng «17,93% so", "đạt «121,91% kế", "tăng «22,13% so"])

# --------------------------------------------------------------------------
# 03 Hồ Chí Minh City, the city's lottery company in the first five months of 2021
# (thoibaotaichinhvietnam.vn; cut: the fragment of a photo's text "a vinh" that opens the excerpt,
# with the blank line after it, and the byline "Đỗ Doãn" that closes it, with the blank line before
# it; the caption "Ông Đỗ Quang Vinh ... kế hoạch kinh doanh năm 2021. Ảnh Đỗ Doãn" carries a number
# and stays; no stamp). Year 2021 (the caption's and the text's "kế hoạch năm 2021"; the five months
# compared with "cùng kỳ năm 2020" are 2021's). Results (=): the revenue 5.063, the profit 744,37,
# the budget 1.462,2, the winning tickets 5.078.041 (count) and their 2.207, the share "chiếm 48,2%
# trên lũy kế doanh số tiêu thụ" (a share of the sales, a quantity), the sales "(4.579 tỷ đồng)",
# the scratch cards "hơn 7,3 triệu vé" (>, count) and their 158,3, the month's sale rate "lên đến
# 91,4%". NOT: "tăng 41,9%", "tăng 64,8%", "tăng 39,3%" (changes), "đạt 49,39% kế hoạch", "đạt
# 57,9% kế hoạch", "đạt 45,8% kế hoạch", "lũy kế 5 tháng đạt 48,2% kế hoạch năm 2021" (completion),
# "cao hơn 10,5% so với tỷ lệ tiêu thụ dự kiến" (a result against its plan). Not quantities: "5
# tháng" (a period), "năm 2020", "năm 2021", "Covid-19".
# --------------------------------------------------------------------------
D03 = dict(name="03_hochiminh-xskt-5-thang-2021", kind="result", year=2021, records=[
    M("doanh thu «5.063 tỷ", "tổng doanh thu 5 tháng đầu năm của Công ty XSKT TP. Hồ Chí Minh", "=", 5063 * B),
    M("trước thuế «744,37 tỷ", "lợi nhuận trước thuế", "=", 744.37 * B),
    M("nhà nước «1.462,2 tỷ", "nộp ngân sách nhà nước", "=", 1462.2 * B),
    R("thưởng là «5.078.041 vé", "tổng số vé trúng hợp lệ đã chi trả thưởng", "=", 5078041, **CNT),
    M("tiền là «2.207 tỷ", "tiền chi trả thưởng cho vé trúng hợp lệ", "=", 2207 * B),
    R("chiếm «48,2% trên", "tiền trả thưởng trên lũy kế doanh số tiêu thụ", "=", 48.2),
    M("tiêu thụ («4.579 tỷ", "lũy kế doanh số tiêu thụ", "=", 4579 * B),
    R("là hơn «7,3 triệu vé", "vé cào (biết kết quả ngay) trúng giải", ">", 7.3e6, **CNT),
    M("trả thưởng «158,3 tỷ", "tổng số tiền trả thưởng vé cào trúng giải", "=", 158.3 * B),
    R("lên đến «91,4%", "tỷ lệ tiêu thụ bình quân trong tháng", "=", 91.4),
], NOT=["tăng «41,9% (so", "đạt «49,39% kế", "tăng «64,8% và", "đạt «57,9% kế", "tăng «39,3% và",
        "đạt «45,8% kế", "cao hơn «10,5% so", "tháng đạt «48,2% kế"])

# --------------------------------------------------------------------------
# 04 The Mekong Delta's and Đồng Nai's lottery companies in the first half of 2022 (vietbao.vn; the
# stamp " date 2022-09" written as the first line; nothing cut). Year 2022 (the half year the stamp
# dates; the text gives no year). Results (=, unless "trên"): the unnamed company's revenue 5.463,
# its daily "30 tỷ đồng" (an average a day, unit "đồng" as written), its profit "lên 736 tỷ đồng";
# An Giang's profit 352,7, revenue 2.579 and the board's pay 2,47; Bến Tre's profit 307,4 and
# revenue 2.537; "doanh thu đạt trên 2.000 tỷ đồng" (>, the other companies); the list of revenues
# Đồng Nai 2.610, Tiền Giang 2.584, Bến Tre 2.537 (again), Kiên Giang 2.591, Bạc Liêu 2.208; the
# profits "xuống 351 tỷ đồng" (Đồng Nai), "xuống 153 tỷ đồng" (Hậu Giang) (a value reached after a
# fall is a value). Places: each named company's province. NOT: "gần 54% kế hoạch năm"
# (completion), "tăng 5%", "tăng tới 27%", "lên tới 42%" (the growth rate, a change), "tăng 6,4%",
# "cao hơn 20%", "tăng 7,6%", "giảm 7%", "giảm 21%" (changes). Not quantities: "6 thành viên" (the
# board the pay went to: the size of a group), "6 tháng" (a period).
# --------------------------------------------------------------------------
D04 = dict(name="04_angiang-bentre-xo-so-6-thang-2022", kind="result", year=2022, records=[
    M("doanh thu đạt «5.463 tỷ", "báo cáo tài chính đã kiểm toán của công ty ghi nhận doanh thu", "=", 5463 * B),
    M("này thu «30 tỷ", "doanh thu bình quân mỗi ngày từ việc bán xổ số", "=", 30 * B),
    M("lên «736 tỷ", "lợi nhuận sau thuế của công ty", "=", 736 * B),
    M("đạt «352,7 tỷ", "lợi nhuận của Công ty Xổ số kiến thiết An Giang", "=", 352.7 * B, place="An Giang"),
    M("Doanh thu đạt «2.579 tỷ", "doanh thu của Công ty Xổ số kiến thiết An Giang", "=", 2579 * B, place="An Giang"),
    M("chi tới «2,47 tỷ", "thù lao ban điều hành Xổ số An Giang trong nửa đầu năm", "=", 2.47 * B,
      place="An Giang"),
    M("đạt «307,4 tỷ", "lợi nhuận của Công ty Xổ số Bến Tre", "=", 307.4 * B, place="Bến Tre"),
    M("7,6%, đạt «2.537 tỷ", "doanh thu của Công ty Xổ số Bến Tre", "=", 2537 * B, place="Bến Tre"),
    M("đạt trên «2.000 tỷ", "doanh thu của nhiều doanh nghiệp xổ số truyền thống khác", ">", 2000 * B),
    M("Đồng Nai («2.610 tỷ", "doanh thu Xổ số Đồng Nai", "=", 2610 * B, place="Đồng Nai"),
    M("Tiền Giang («2.584 tỷ", "doanh thu Xổ số Tiền Giang", "=", 2584 * B, place="Tiền Giang"),
    M("Bến Tre («2.537 tỷ", "doanh thu Xổ Số Bến Tre", "=", 2537 * B, place="Bến Tre"),
    M("Kiên Giang («2.591 tỷ", "doanh thu Xổ Số Kiên Giang", "=", 2591 * B, place="Kiên Giang"),
    M("Bạc Liêu («2.208 tỷ", "doanh thu Xổ số Bạc Liêu", "=", 2208 * B, place="Bạc Liêu"),
    M("xuống «351 tỷ", "lợi nhuận sau thuế Xổ số Đồng Nai", "=", 351 * B, place="Đồng Nai"),
    M("xuống «153 tỷ", "lợi nhuận sau thuế Xổ số Hậu Giang", "=", 153 * B, place="Hậu Giang"),
], NOT=["gần «54% kế", "tăng «5% so", "tăng tới «27%", "lên tới «42%", "tăng «6,4% so", "cao hơn «20%",
        "tăng «7,6%", "giảm «7% xuống", "giảm «21% xuống"])

# --------------------------------------------------------------------------
# 05 The southern region's lottery council, results of the first quarter of 2023 (thanhnien.vn; the
# stamp " date 2023-04" written as the first line; nothing cut: the photo caption "Ông Lê Văn
# Khanh ... tặng 6 tỉ đồng cho Quỹ vì người nghèo ... TRẦN THANH PHONG" carries a figure and stays).
# Year 2023 (quý 1/2023). Results: the caption's gift "6 tỉ đồng" (=), the issue 35.600, the sale
# rate 98,69%, the prizes 17.197, the profit 4.485, the budget 12.343 (=), the charity "hơn 30 tỉ",
# "hơn 11,76 tỉ", "hơn 19 tỉ" (>), the "167 căn nhà" built (=, count). NOT: "tăng 14,36%", "tăng
# 6,16%", "tăng 48,49%" (changes). Not quantities: "25.4" (a date), "quý 1/2023", "quý 2 năm 2023"
# (periods), "21 công ty XSKT khu vực miền Nam" (the members of the council: the size of a group, as
# the earlier sets' sizes), "4 kỳ vé Xuân" (draw dates; as 02), "năm 2022".
# --------------------------------------------------------------------------
D05 = dict(name="05_miennam-hoi-dong-xskt-quy1-2023", kind="result", year=2023, records=[
    M("tặng «6 tỉ", "Công ty XSKT Sóc Trăng tặng Quỹ vì người nghèo tỉnh Sóc Trăng", "=", 6 * B),
    M("truyền thống đạt «35.600 tỉ", "doanh số phát hành truyền thống", "=", 35600 * B),
    R("bình quân đạt «98,69%", "tỷ lệ tiêu thụ vé số bình quân", "=", 98.69),
    M("trả thưởng «17.197 tỉ", "chi phí trả thưởng", "=", 17197 * B),
    M("lợi nhuận «4.485 tỉ", "lợi nhuận", "=", 4485 * B),
    M("Nhà nước «12.343 tỉ", "nộp ngân sách Nhà nước", "=", 12343 * B),
    M("góp hơn «30 tỉ", "các công ty XSKT khu vực miền Nam đóng góp cho hoạt động phúc lợi, từ thiện, xã hội",
      ">", 30 * B),
    M("trợ hơn «11,76 tỉ", "hỗ trợ xây dựng nhà tình nghĩa, nhà tình thường, nhà vì người nghèo, nhà đại đoàn kết",
      ">", 11.76 * B),
    R("dựng «167 căn", "căn nhà tình nghĩa, nhà tình thường, nhà vì người nghèo, nhà đại đoàn kết được xây dựng",
      "=", 167, **CNT),
    M("hỗ trợ hơn «19 tỉ", "đóng góp, tài trợ, hỗ trợ cho các chương trình giáo dục, y tế, an sinh xã hội", ">",
      19 * B),
], NOT=["tăng «14,36% so", "tăng «6,16% so", "tăng «48,49% so"])

# --------------------------------------------------------------------------
# 06 Gia Lai hosting the central region's lottery council, results of the first half of 2023
# (baogialai.com.vn, an AMP page; the stamp " date 2023-08" written as the first line; cut: the
# related-article link "Tin liên quan Doanh thu xổ số kiến thiết đạt hơn 290 tỷ đồng" that followed
# the stamp on its line, with the blank line after it). Year 2023. Results: the issue "hơn 9.531 tỷ
# đồng" (>), the sales "gần 3.563 tỷ đồng" (~), the region's sale rate "đạt 37,38%" (=), the budget
# "trên 915 tỷ đồng" (>), welfare "hơn 3 tỷ đồng" (>). NOT: "tăng 29,65% so với cùng kỳ" (a change),
# "đạt 63,88% kế hoạch năm" (completion). Not quantities: "tăng gần 53 tỷ đồng", "tăng hơn 466 tỷ
# đồng so với cùng kỳ" (changes), "14 công ty thành viên" (the size of the council), "6 sản phẩm
# xổ số" (Vietlott's range of products: the parts of an offer), "6 tháng đầu năm 2023" (a period).
# --------------------------------------------------------------------------
D06 = dict(name="06_gialai-mientrung-xskt-6-thang-2023", kind="result", year=2023, records=[
    M("giá trị hơn «9.531 tỷ", "tổng giá trị các sản phẩm xổ số 14 công ty thành viên đã phát hành", ">", 9531 * B),
    M("đạt gần «3.563 tỷ", "doanh thu tiêu thụ", "~", 3563 * B),
    R("khu vực đạt «37,38%", "tỷ lệ tiêu thụ chung toàn khu vực", "=", 37.38),
    M("nộp trên «915 tỷ", "các công ty nộp ngân sách nhà nước", ">", 915 * B),
    M("góp hơn «3 tỷ", "các công ty đóng góp cho các hoạt động phúc lợi xã hội", ">", 3 * B),
], NOT=["tăng «29,65% so", "đạt «63,88% kế"])

# --------------------------------------------------------------------------
# 07 Vietnam, the lottery market's revenue of 2023 as the Ministry of Finance reported it
# (nld.com.vn; cut: the navigation lines "xem thêm", "An Giang", "Bình Dương", "Bình Phước", "Bình
# Thuận", "Bình Định", "Bạc Liêu", "icon 24h qua", "Đăng nhập", "icon Đăng ký gói bạn đọc VIP" with
# the blank line after them, and the byline "Minh Chiến" with a blank line; the two captions that
# repeat the title carry its figure and stay; no stamp; the excerpt ends in "quan trọng "). Year 2023.
# Results: "153.037 tỉ đồng" five times (title, lead sentence, the two captions, the last
# paragraph), each its own record, as the earlier sets record a repeated title or caption; the share
# paid out as prizes "khoảng 50%" (~), the budget 45.016 (=), the computerised lottery's share of
# it "chiếm 3,4%" (=). NOT: "tăng 11% so với năm 2022" (twice), "tăng tới 11%", "tăng 10,3%"
# (changes). Not quantities: "Phiên họp thứ 31" (a name), "18-3" (a date), "63 công ty ... tại 63
# tỉnh", "1 Công ty" (the number of companies in the market: sizes), "2017", "năm 2022" (dates),
# "Ảnh 1" (a caption's label).
# --------------------------------------------------------------------------
D07 = dict(name="07_canuoc-doanh-thu-xo-so-2023", kind="result", year=2023, records=[
    M("2023 đạt «153.037 tỉ đồng\n\n(NLĐO)", "Doanh thu xổ số", "=", 153037 * B, line=True),
    M("xổ số đạt «153.037 tỉ", "doanh thu từ các doanh nghiệp kinh doanh xổ số", "=", 153037 * B),
    M("2023 đạt «153.037 tỉ đồng- Ảnh", "Doanh thu xổ số", "=", 153037 * B),
    M("2023 đạt «153.037 tỉ đồng, tăng tới", "Doanh thu xổ số", "=", 153037 * B),
    M("năm 2023 đạt «153.037 tỉ đồng, tăng 11% so với năm 2022 (", "doanh thu", "=", 153037 * B),
    R("trả thưởng khoảng «50%", "doanh thu dùng để trả thưởng", "~", 50),
    M("ngân sách «45.016 tỉ", "các doanh nghiệp nộp ngân sách", "=", 45016 * B),
    R("toán chiếm «3,4%", "xổ số điện toán chiếm trong số nộp ngân sách", "=", 3.4),
], NOT=["tăng «11% so với năm 2022. Đây", "tăng tới «11%", "tăng «11% so với năm 2022 (", "tăng «10,3%"])

# --------------------------------------------------------------------------
# 08 Sóc Trăng, the lottery company's review of 2024 and its plan for 2025 (tienphong.vn; the stamp
# " date 2025-02" written as the first line; nothing cut; the excerpt ends in "tổng th"). Results of
# 2024 ("Trong năm 2024"); targets "Năm 2025, XSKT Sóc Trăng đặt mục tiêu đạt ..." (kind target,
# year 2025, >=: a target's "đạt" and the bare numbers after it). Results: the sales "hơn 6.449"
# (>), the prizes "ước tính trên 3.155" (>), the profit 847 (=), the budget "hơn 2.162" (>, twice:
# the director's and the chairman's), the charity "lên tới 18,90 tỷ đồng" (=), "hơn 10,55" (>),
# "6,24" (=), the ambulance "trị giá 1,45 tỷ đồng" (=), "hơn 550 triệu đồng" (>), the company's share
# "chiếm hơn 39% tổng th[u ...]" (>, the sentence cut by the excerpt's end; the chairman's 2024).
# NOT: "vượt 2,06% so với kế hoạch", "vượt 16,86% so với kế hoạch" (results against the plan), "đạt
# 101,78% so với kế hoạch" (completion), "tăng 2,07%", "tăng 1,80%", "tăng 23,54%" (changes). Not
# quantities: "7/2" (a date), "bão số 3" (a name), "một xe cứu thương" (a word, no digit).
# --------------------------------------------------------------------------
D08 = dict(name="08_soctrang-xskt-2024-ke-hoach-2025", kind="result", year=2024, records=[
    M("tiêu thụ hơn «6.449 tỷ", "công ty đã đạt doanh số tiêu thụ", ">", 6449 * B),
    M("tính trên «3.155 tỷ", "chi phí trả thưởng", ">", 3155 * B),
    M("trước thuế «847 tỷ", "lợi nhuận trước thuế", "=", 847 * B),
    M("Nhà nước hơn «2.162 tỷ", "XSKT Sóc Trăng nộp ngân sách Nhà nước", ">", 2162 * B),
    M("lên tới «18,90 tỷ", "tổng số tiền hỗ trợ công tác xã hội, từ thiện", "=", 18.9 * B),
    M("dành hơn «10,55 tỷ", "xây dựng nhà đại đoàn kết cho hộ nghèo và gia đình chính sách", ">", 10.55 * B),
    M("trị giá «6,24 tỷ", "trao học bổng và xe đạp cho học sinh nghèo", "=", 6.24 * B),
    M("trị giá «1,45 tỷ", "xe cứu thương tặng ngành y tế", "=", 1.45 * B),
    M("ủng hộ hơn «550 triệu", "ủng hộ đồng bào miền Bắc bị ảnh hưởng bởi bão số 3", ">", 550e6),
    M("tiêu thụ «6.865 tỷ", "doanh số tiêu thụ", ">=", 6865 * B, **T, year=2025),
    M("trước thuế «848 tỷ", "lợi nhuận trước thuế", ">=", 848 * B, **T, year=2025),
    M("ngân sách «2.220 tỷ", "nộp ngân sách", ">=", 2220 * B, **T, year=2025),
    M("góp hơn «2.162 tỷ", "XSKT Sóc Trăng đóng góp vào ngân sách nhà nước", ">", 2162 * B),
    R("chiếm hơn «39% tổng", "XSKT Sóc Trăng chiếm trong tổng thu", ">", 39),
], NOT=["vượt «2,06% so", "tăng «2,07% so", "đạt «101,78% so", "tăng «1,80% so", "vượt «16,86% so",
        "tăng «23,54% so"])

# --------------------------------------------------------------------------
# 09 Sóc Trăng, the lottery company's first half of 2025 (thoibaotaichinhvietnam.vn; the stamp
# " date 2025-07" written as the first line; nothing cut: the photo caption "Xổ số kiến thiết Sóc
# Trăng đạt nhiều kết quả tích cực trong 6 tháng đầu năm 2025. Ảnh: Kỳ Phương" carries numbers and
# stays; the excerpt ends in "tương đư"). Year 2025. Results (=): the lead's sales 3.500, profit
# 445,5 and budget 1.562,36, each again in the body (six records); the issue limit "từ 130 tỷ
# đồng/ngày lên 140 tỷ đồng/ngày" (both ends, unit "đồng/ngày", as the earlier sets' majority
# records "từ X lên Y"; the old limit is taken in the document's year, a judgement); the personal
# income tax collected "116 tỷ đồng"; "trên 150 đại lý" (>, count); "phát hành đến 21 tỉnh, thành
# phố" (=, count: the market reached); the prizes "1.700,772 tỷ đồng". NOT: "đạt 70,38% kế hoạch
# năm 2025", "đạt 50,22% so với kế hoạch năm", "đạt 49,07% ...", "đạt 70,38% kế hoạch năm"
# (completion), "tăng 9,375%", "tăng 7,828%", "tăng 4,65%", "tăng 5,199%", "tăng 8,84%" (changes).
# Not quantities: "6 tháng đầu năm 2025" (a period), "1/6/2025" (a date), "4 kỳ vé xuân" (draw
# dates, as 02), "mỗi kỳ tăng 20 tỷ đồng" (a change), "năm 2024".
# --------------------------------------------------------------------------
D09 = dict(name="09_soctrang-xskt-6-thang-2025", kind="result", year=2025, records=[
    M("tiêu thụ «3.500 tỷ đồng, lợi", "doanh số tiêu thụ của Xổ số kiến thiết Sóc Trăng", "=", 3500 * B),
    M("trước thuế «445,5 tỷ đồng, nộp", "lợi nhuận trước thuế", "=", 445.5 * B),
    M("ngân sách «1.562,36 tỷ đồng (đạt 70,38% kế hoạch năm 2025)", "nộp ngân sách", "=", 1562.36 * B),
    M_DAY("từ «130 tỷ", "hạn mức phát hành vé", "=", 130 * B),
    M_DAY("lên «140 tỷ", "hạn mức phát hành vé", "=", 140 * B),
    M("tiêu thụ «3.500 tỷ đồng (đạt", "doanh số tiêu thụ", "=", 3500 * B),
    M("trước thuế «445,5 tỷ đồng (đạt", "lợi nhuận trước thuế", "=", 445.5 * B),
    M("ngân sách «1.562,36 tỷ đồng (đạt 70,38% kế hoạch năm) ", "nộp ngân sách", "=", 1562.36 * B),
    M("đại lý «116 tỷ", "thuế thu nhập cá nhân của người trúng thưởng và của đại lý thu, nộp hộ vào ngân sách tỉnh",
      "=", 116 * B),
    R("có trên «150 đại lý", "đại lý của Xổ số kiến thiết Sóc Trăng", ">", 150, **CNT),
    R("đến «21 tỉnh", "tỉnh, thành phố thuộc khu vực miền Nam Xổ số kiến thiết Sóc Trăng phát hành đến", "=", 21, **CNT),
    M("thưởng là «1.700,772 tỷ", "chi phí trả thưởng", "=", 1700.772 * B),
], NOT=["(đạt «70,38% kế hoạch năm 2025", "(đạt «50,22% so", "tăng «9,375% so", "(đạt «49,07% so",
        "tăng «7,828% so", "(đạt «70,38% kế hoạch năm)", "tăng «4,65% so", "tăng «5,199% so", "tăng «8,84% so"])

# --------------------------------------------------------------------------
# 10 Lào Cai, the provincial lottery company's rules for printing, issuing and drawing its lô tô
# tickets, May 2021 (xosolaocai.com; cut: the widget and banner lines "Tiện ích", "Banner 2", "Banner
# 1", "Vietnamnet" with the blank line after each, and the byline time and date "10:58:19 12/05/2021"
# with the blank line after it, written as the first line `date 2021-05-12`; the contact line "Tel:
# ..." stays). A precision text: no record. Not quantities: the phone numbers "02143.820.222",
# "0919.720.737"; the decrees "30/2007/NĐ-CP", "78/2012/NĐ-CP", "75/2013/TT-BTC" and their dates
# ("01 tháng 3 năm 2007", "05 tháng 10 năm 2012", "04 tháng 6 năm 2013"); the game names "Lô tô 2
# số, 3 số và 4 số", "2 cặp số, 3 cặp số và 4 cặp số"; the list labels "I.", "II.", "1.", "2.",
# "2.1.", "2.2."; "2 phần" (the parts of a ticket); "Số lượng mỗi ký hiệu là 100.000 vé" (the size of
# a ticket series laid down by the rule: a specification, not a target or a result; a judgement).
# --------------------------------------------------------------------------
D10 = dict(name="10_laocai-quy-trinh-lo-to-2021-precision", kind="result", year=2021, records=[])

# --------------------------------------------------------------------------
# 11 Vietnam, the lottery's revenue to be spent on education and health from 2023 (trituemoi.vn, a
# search page's teaser; nothing cut). A precision text: no record. Not quantities: "Từ năm 2023",
# "dự toán ngân sách 2023" (dates).
# --------------------------------------------------------------------------
D11 = dict(name="11_canuoc-nguon-thu-xskt-giao-duc-2023-precision", kind="result", year=2023, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
