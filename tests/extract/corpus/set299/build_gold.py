#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set299).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of percentages deliberately left without a record
(completion against a quota or plan, a result's change against an earlier value); check_gold.py
verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: no entry of the catalogue measures remittances, workers sent
abroad, their earnings or foreign-currency flows, so every record here has `iid` None (see README).

The set's theme: remittances, workers abroad and foreign currency in the provinces, 2020-2026. No
text stands under a digital-transformation heading: pillar null throughout.

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

DONG = dict(unit="other", unit_text="đồng")
USD = dict(unit="other", unit_text="USD")
WORKERS_ABROAD = "lao động đi làm việc ở nước ngoài theo hợp đồng"

# --------------------------------------------------------------------------
# 01 Hà Tĩnh, the Department of Labour's figures on workers sent abroad and the money they send
# home, and Kỳ Ninh commune's (dansinh.dantri.com.vn, August 2024 by the address only; nothing cut;
# no byline, no stamp; the excerpt ends in "xây dựng cá"). Year null: the text names no year but
# "Từ năm 2013 đến nay" (the start of a cumulative count), and the averages are "mỗi năm" /
# "Hàng năm" / "Hàng tháng" (no year). Results: "trên 80.000 người" (>), "trên 7.000 người" a year on
# average (>), "từ 6.800-7.000 tỷ đồng" (between, money), "trên 4.000 tỷ đồng" of foreign currency
# sent home (>); Kỳ Ninh's "từ 1.500 – 1.600 người" (between, place "Kỳ Ninh") and "từ 20 - 25 triệu
# đồng" a month per worker (between, place "Kỳ Ninh"). Not quantities: "năm 2013" (a date).
# --------------------------------------------------------------------------
D01 = dict(name="01_hatinh-ngoai-te-lao-dong-nuoc-ngoai-2024", kind="result", year=None, records=[
    R("là trên «80.000 người", "tổng số lao động của tỉnh Hà Tĩnh đi làm việc ở nước ngoài theo hợp đồng từ năm "
      "2013 đến nay", ">", 80000, **CNT),
    R("có trên «7.000 người", "người lao động đi làm việc ở nước ngoài theo hợp đồng bình quân mỗi năm", ">", 7000,
      **CNT),
    R("đạt từ «6.800-7.000 tỷ đồng", "số tiền người lao động đi làm việc ở nước ngoài được trả theo hợp đồng bình "
      "quân mỗi năm", "between", 6800e9, value_max=7000e9, **DONG),
    R("nước trên «4.000 tỷ đồng", "số ngoại tệ gửi về nước", ">", 4000e9, **DONG),
    R("từ «1.500 – 1.600 người", "số lao động làm việc ở nước ngoài của Kỳ Ninh hàng năm", "between", 1500,
      value_max=1600, **CNT, place="Kỳ Ninh"),
    R("về từ «20 - 25 triệu đồng", "số tiền bình quân mỗi lao động làm việc ở nước ngoài gửi về hàng tháng",
      "between", 20e6, value_max=25e6, **DONG, place="Kỳ Ninh"),
])

# --------------------------------------------------------------------------
# 02 Nghệ An, remittances of the contract workers abroad (giadinh.suckhoedoisong.vn, August 2024 by
# the address only; nothing cut; no byline, no stamp; the excerpt ends in "và các " with its
# trailing space). Year null for the present-tense results ("hiện có", "Hiện nay", "Mỗi năm",
# "Hàng năm", "Từ năm 2016 đến nay": no year stated for them); 2023 for "Riêng năm 2023 có 25.350
# người xuất ngoại". The title "17.000 tỷ đồng mỗi năm" (=, a record of its own, as the earlier
# sets record a title). The lead and the body both state "hơn 90.000" (>) and "khoảng 650 triệu USD,
# tương đương gần 17.000 tỷ đồng" (~ and ~): each statement a record. "từ 15.000 đến 16.000 lao
# động" (between), "chiếm khoảng 50%" (~), "trên 712.607 lao động Việt Nam" (>, the nation's count,
# no place). Not quantities: "năm 2016", "năm 2009" (dates).
# --------------------------------------------------------------------------
D02 = dict(name="02_nghean-kieu-hoi-lao-dong-hop-dong-2024", kind="result", year=None, records=[
    R("cho Nghệ An «17.000 tỷ đồng mỗi năm", "xuất khẩu lao động đem về cho Nghệ An mỗi năm", "=", 17000e9,
      **DONG),
    R("hiện có hơn «90.000 lao động", "lao động Nghệ An làm việc ở nước ngoài", ">", 90000, **CNT),
    R("«650 triệu USD, tương đương gần 17.000 tỷ đồng.", "số tiền kiều hối lao động xuất khẩu có hợp đồng gửi về "
      "quê mỗi năm", "~", 650e6, **USD),
    R("gần «17.000 tỷ đồng.", "số tiền kiều hối lao động xuất khẩu có hợp đồng gửi về quê mỗi năm", "~",
      17000e9, **DONG),
    R("từ «15.000 đến 16.000 lao động", "lao động xuất khẩu mỗi năm theo hợp đồng", "between", 15000,
      value_max=16000, **CNT),
    R("chiếm khoảng «50% tổng số", "lao động xuất khẩu trong tổng số lao động được giải quyết việc làm hằng năm",
      "~", 50),
    R("2023 có «25.350 người", "người xuất ngoại", "=", 25350, **CNT, year=2023),
    R("trên «712.607 lao động", "lao động Việt Nam đang làm việc ở nước ngoài", ">", 712607, **CNT),
    R("Nghệ An có hơn «90.000 người", "lao động Nghệ An đang làm việc ở nước ngoài", ">", 90000, **CNT),
    R("«650 triệu USD, tương đương gần 17.000 tỷ đồng, chưa", "số kiều hối từ lao động xuất khẩu có hợp đồng của "
      "Nghệ An gửi về quê hàng năm", "~", 650e6, **USD),
    R("gần «17.000 tỷ đồng, chưa", "số kiều hối từ lao động xuất khẩu có hợp đồng của Nghệ An gửi về quê hàng năm",
      "~", 17000e9, **DONG),
])

# --------------------------------------------------------------------------
# 03 Nghệ An, Yên Thành district's remittances of 2023 and of the Lunar New Year (cafef.vn, February
# 2024 by the address only; cut: the site's "MỚI NHẤT!" and "Đọc nhanh >>", the truncated image
# alt "Huyện toàn" (twice), the photo captions "Một góc nhà thờ lớn ở trung tâm xã Đô Thành. Ảnh:
# Reuters" and "Biệt thự khang trang một người dân tại xã Đô Thành. Ảnh: Reuters", the byline "Thục
# Trinh", the section and footer "Nhịp sống thị trường", "CÙNG CHUYÊN MỤC", "XEM", "Trở lên trên").
# Year 2023: the text's one year ("năm 2023"); the Tết remittance ("dịp Tết Giáp Thìn"), opened by
# "Trong đó" under the 2023 total, and the title's, also 2023 (the text writes no other year; a
# judgement). The title's "hơn 600 tỷ đồng" (>), the lead's and the body's "50% giá trị sản xuất"
# (=, two records), "252 triệu USD" (=), "ước khoảng 25 triệu USD" (~), "(hơn 600 tỷ đồng)" (>),
# "gần 20 nghìn lao động" (~). Not a quantity: "tăng 7 triệu USD so với năm 2022" (a result's change,
# spec).
# --------------------------------------------------------------------------
D03 = dict(name="03_nghean-yenthanh-kieu-hoi-tet-2024", kind="result", year=2023, records=[
    R("đón hơn «600 tỷ đồng", "lượng kiều hối gửi về huyện trong dịp Tết", ">", 600e9, **DONG),
    R("chiếm tới «50% giá trị", "lượng kiều hối gửi về huyện trong giá trị sản xuất của huyện", "=", 50),
    R("đạt «252 triệu USD", "lượng kiều hối gửi về huyện", "=", 252e6, **USD),
    R("chiếm «50% giá trị", "lượng kiều hối gửi về huyện trong giá trị sản xuất của huyện", "=", 50),
    R("ước khoảng «25 triệu USD", "lượng kiều hối gửi về trong dịp Tết Giáp Thìn", "~", 25e6, **USD),
    R("(hơn «600 tỷ đồng)", "lượng kiều hối gửi về trong dịp Tết Giáp Thìn", ">", 600e9, **DONG),
    R("gần «20 nghìn lao động", "lao động Yên Thành đang làm việc ở các nước châu Âu, châu Á", "~", 20000, **CNT),
])

# --------------------------------------------------------------------------
# 04 Thanh Hóa, labour export in 2022 and the target for 2023 (truyenhinhthanhhoa.vn; cut: the
# hotline "Đường dây nóng: 0237 3721150", the byline "Mai Ngọc", the source credit "Nguồn: Bản tin
# THNM/TTV", the comment box "Ý kiến bạn đọc", "Xem thêm bình luận" and the related link "Khởi công
# xây dựng dự án xử lý sự cố cống Vực Bưu" (twice, the second truncated); the byline date
# "26/01/2023 10:19" written as the first line `date 2023-01-26`). Result of 2022: "11.760 lao động"
# (=). Target of 2023: "đưa 5.000 lao động" (bare, >=). NOT: "đạt 235,2% so với chỉ tiêu"
# (completion against the quota), "gấp 2,57% so với cùng kỳ" (a change against the year before).
# Not quantities: "3 thị trường" (the count of the markets it names).
# --------------------------------------------------------------------------
D04 = dict(name="04_thanhhoa-xuat-khau-lao-dong-chi-tieu-2023", kind="result", year=2022, records=[
    R("được «11.760 lao động", "lao động đi làm việc ở nước ngoài", "=", 11760, **CNT),
    R("đưa «5.000 lao động", "lao động đi làm việc có thời hạn ở nước ngoài", ">=", 5000, **CNT, **T, year=2023),
], NOT=["đạt «235,2% so", "gấp «2,57% so"])

# --------------------------------------------------------------------------
# 05 Hà Tĩnh, the 2023 target of workers sent abroad (baohatinh.vn, a tag page; the excerpt's
# opening blank line dropped; nothing else cut). Targets of 2023: the title's "trên 8.000" and the
# body's "hơn 8.000" (>, a record each).
# --------------------------------------------------------------------------
D05 = dict(name="05_hatinh-phan-dau-lao-dong-nuoc-ngoai-2023", kind="target", year=2023, records=[
    R("đưa trên «8.000 lao động", "lao động đi làm việc có thu nhập cao ở nước ngoài", ">", 8000, **CNT),
    R("đưa hơn «8.000 người", "người đi làm việc ở nước ngoài", ">", 8000, **CNT),
])

# --------------------------------------------------------------------------
# 06 Tây Ninh (with the former Long An) and Đồng Tháp, workers sent abroad, September 2025
# (sggp.org.vn; cut: the photo caption "Tỉnh Tây Ninh đào tạo nghề cho người lao động đi làm việc ở
# nước ngoài" with the blank line after it; the stamp " date 2025-09-27" written as the first line).
# Target of 2025: "(đào tạo đưa 2.000 người lao động ...)" (bare, >=). Results, year 2025 (the
# document's; "Trong năm 2024 và quý 1-2025" and "Lũy kế từ năm 2020 đến nay" end in 2025): the
# former Long An's "1.346", "877" (Japan), "168" (Taiwan), "2.957" (=, place "Long An"); Đồng
# Tháp's "trên 10.900 lao động" (>) and "từ 600 triệu đồng trở lên" (>=, money), place "Đồng Tháp".
# Not quantities: "27-9", "1-10-2021", "năm 2020", "quý 1-2025" (dates), "96 đơn vị hành chính cấp
# xã" (the communes the quota is handed to: a size), "sau 3 năm" (a duration).
# --------------------------------------------------------------------------
D06 = dict(name="06_tayninh-dongthap-lao-dong-nuoc-ngoai-2025", kind="result", year=2025, records=[
    R("đào tạo đưa «2.000 người", "đào tạo đưa người lao động đi làm việc ở nước ngoài", ">=", 2000, **CNT, **T),
    R("đã đưa «1.346 người", "người lao động đi làm việc ở nước ngoài trong năm 2024 và quý 1-2025", "=", 1346,
      **CNT, place="Long An"),
    R("Nhật Bản là «877 người", "người lao động đi làm việc ở nước ngoài: thị trường Nhật Bản", "=", 877, **CNT,
      place="Long An"),
    R("Đài Loan «168 người", "người lao động đi làm việc ở nước ngoài: thị trường Đài Loan", "=", 168, **CNT,
      place="Long An"),
    R("đã đưa «2.957 người", "người lao động đi làm việc ở nước ngoài lũy kế từ năm 2020", "=", 2957, **CNT,
      place="Long An"),
    R("có trên «10.900 lao động", "lao động xuất cảnh đi làm việc ở nước ngoài theo hợp đồng từ ngày 1-10-2021",
      ">", 10900, **CNT, place="Đồng Tháp"),
    R("số vốn từ «600 triệu đồng", "số vốn lao động tích lũy được sau 3 năm hết hạn hợp đồng", ">=", 600e6,
      **DONG, place="Đồng Tháp"),
])

# --------------------------------------------------------------------------
# 07 Hồ Chí Minh City, remittances through October 2020 under Covid-19 (thanhnien.vn; nothing cut;
# the stamp " date 2020-11" written as the first line; the excerpt ends in "quý v"). A precision
# text: four quantities among changes, sizes and ratios. Results of 2020: "lên 4,7 tỉ USD" (=, the
# level the October rise reached), "chỉ đạt khoảng 3 tỉ USD" (~, January to July), "mỗi tháng gửi
# về 735 USD" (=, unit_text "USD") and "thu nhập 73 USD/tháng" (=, unit_text "USD/tháng"). NOT:
# "giảm 1,2% so với cùng kỳ", "mức giảm đến 50%" (results' changes). Not quantities: "tăng mạnh 500
# triệu USD" (a change), "tháng 10", "tháng 7", "3 tháng sau" (dates and a duration), "20 nước",
# "43 bang" (the size of a company's network), "gấp khoảng 10 lần so với" (a ratio to another
# value), "Covid-19" (a name).
# --------------------------------------------------------------------------
D07 = dict(name="07_tphcm-kieu-hoi-covid-2020-precision", kind="result", year=2020, records=[
    R("lên «4,7 tỉ USD", "lượng kiều hối về TP.HCM đến tháng 10", "=", 4.7e9, **USD),
    R("đạt khoảng «3 tỉ USD", "lượng kiều hối về TP.HCM từ đầu năm đến tháng 7", "~", 3e9, **USD),
    R("gửi về «735 USD", "số tiền lao động Việt Nam thu nhập thấp tại nước ngoài trung bình mỗi tháng gửi về",
      "=", 735, **USD),
    R("thu nhập «73 USD/tháng", "thu nhập của các hộ gia đình nhận tiền tại Việt Nam", "=", 73, unit="other",
      unit_text="USD/tháng"),
], NOT=["giảm «1,2% so", "đến «50%. Thế"])

# --------------------------------------------------------------------------
# 08 Hồ Chí Minh City, the remittances of 2024 (doanhnghieptiepthi.vn; nothing cut; no byline, no
# stamp; the excerpt ends in "các ngân h"). Year 2024. Results: the title's "gần 9,6 tỷ USD" (~),
# "9,547 tỷ USD" (=), "chiếm 60%" (=), the nation's "ước tính đạt khoảng 16 tỷ USD" (~, spec's "ước
# đạt"), "chiếm khoảng 60%" (~), "đạt 9,6 tỷ USD" (=), "hơn 74%" (>), "khoảng 26%" (~). Target: the
# Deputy Prime Minister's "dự báo đạt khoảng 16 tỷ USD trong năm 2024" (a forecast, kind target as
# the earlier sets read "dự báo", ~). Not a quantity: "tăng 140 triệu USD so với năm trước" (a
# change).
# --------------------------------------------------------------------------
D08 = dict(name="08_tphcm-kieu-hoi-ky-luc-2024", kind="result", year=2024, records=[
    R("kỷ lục gần «9,6 tỷ USD", "kiều hối về TP.HCM", "~", 9.6e9, **USD),
    R("đạt «9,547 tỷ USD", "lượng kiều hối về TP.HCM", "=", 9.547e9, **USD),
    R("chiếm «60% con số", "lượng kiều hối về TP.HCM trong con số của cả nước", "=", 60),
    R("đạt khoảng «16 tỷ USD.", "kiều hối của cả nước ước tính", "~", 16e9, **USD),
    R("dự báo đạt khoảng «16 tỷ USD", "kiều hối về đất nước", "~", 16e9, **USD, **T),
    R("chiếm khoảng «60% tổng", "lượng kiều hối chuyển về TP.HCM qua các tổ chức tín dụng và tổ chức kinh tế "
      "trong tổng lượng kiều hối của cả nước", "~", 60),
    R("đạt «9,6 tỷ USD, tăng", "lượng kiều hối chuyển về TP.HCM qua các tổ chức tín dụng và tổ chức kinh tế", "=",
      9.6e9, **USD),
    R("hơn «74% được", "kiều hối chuyển về Thành phố được thực hiện thông qua các công ty kiều hối", ">", 74),
    R("khoảng «26%.", "kiều hối chuyển về Thành phố qua các tổ chức tín dụng", "~", 26),
])

# --------------------------------------------------------------------------
# 09 Bình Dương, the Korean EPS programme and the province's candidates, 2023-2025
# (baobinhduong.vn; cut: the byline date "Chủ nhật, ngày 11/05/2025" written as the first line
# `date 2025-05-11`, and the widget "Theo dõi Báo Bình Dương trên"; the excerpt ends in "xu hướng
# t"). Results: the nation's "hơn 120.000 lao động" at the end of 2024 (>, 2024); "196 lượt người"
# over 2023-2025 (=, 2025, the period's end); "năm 2023 có 37" (=, 2023), "năm 2024 tăng lên 87"
# (=, 2024: the level reached), "năm 2025 giảm còn 72" (=, 2025); "khoảng 68%" men (~) and "hơn
# 95%" in manufacturing (>), 2025 (the document's; the shares of the 2023-2025 candidates). Not
# quantities: "năm 2004", "2023–2025" (dates), "hàng chục ngàn" (no number).
# --------------------------------------------------------------------------
D09 = dict(name="09_binhduong-eps-han-quoc-2023-2025", kind="result", year=2025, records=[
    R("có hơn «120.000 lao động", "lao động Việt Nam làm việc tại Hàn Quốc thông qua chương trình EPS", ">", 120000,
      **CNT, year=2024),
    R("có «196 lượt người", "lượt người đăng ký dự thi tiếng Hàn EPS tại Bình Dương giai đoạn 2023–2025", "=", 196,
      **CNT),
    R("có «37 người", "người đăng ký dự thi tiếng Hàn EPS", "=", 37, **CNT, year=2023),
    R("lên «87 người", "người đăng ký dự thi tiếng Hàn EPS", "=", 87, **CNT, year=2024),
    R("còn «72 người", "người đăng ký dự thi tiếng Hàn EPS", "=", 72, **CNT),
    R("khoảng «68% tổng", "nam giới chiếm tỷ lệ tổng số thí sinh dự thi", "~", 68),
    R("hơn «95% người", "người đăng ký chọn ngành Sản xuất chế tạo", ">", 95),
])

# --------------------------------------------------------------------------
# 10 The whole country, workers sent abroad in 2022 by market (vamas.com.vn; cut: a line of three
# spaces, the byline date "Cập nhật: 11/01/2023 08:39" written as the first line `date 2023-01-11`,
# the widget "Scroll"). Year 2022. Results: the total "142.779 lao động" (=) and its "(48.835 nữ)"
# (=, its own subject; scope null: the women are a part of the total, not one of the sentence's
# split groups, a judgement); the 2021 figure "(45.058 lao động)" (=, 2021); per market, each
# number its own subject (spec's breakdown by kind of thing): Japan, Taiwan, Korea, Singapore,
# Hungary, Romania, Poland, Russia, Malaysia, each with its women, and China's "910 lao động nam".
# Target: "kế hoạch được giao (90.000 lao động)" (>=, 2022, the bracket states the plan's value).
# NOT: "đạt 158,64 % kế hoạch" (completion), "bằng 316,87 % so với" (a change against 2021).
# --------------------------------------------------------------------------
MARKETS = [("Nhật bản: «67.295", "Nhật Bản", 67295), ("(«29.741 nữ", "Nhật Bản", 29741, "nữ"),
           ("Đài Loan: «58.598", "Đài Loan", 58598), ("(«17.689 nữ", "Đài Loan", 17689, "nữ"),
           ("Hàn Quốc: «9.968", "Hàn Quốc", 9968), ("(«454 nữ", "Hàn Quốc", 454, "nữ"),
           ("Singapore: «1.822", "Singapore", 1822), ("(«02 nữ", "Singapore", 2, "nữ"),
           ("Trung quốc: «910", "Trung Quốc", 910, "nam"),
           ("Hungary: «775", "Hungary", 775), ("(«325 nữ", "Hungary", 325, "nữ"),
           ("Rumani: «721", "Rumani", 721), ("(«155 nữ", "Rumani", 155, "nữ"),
           ("Ba Lan: «494", "Ba Lan", 494), ("(«86 nữ", "Ba Lan", 86, "nữ"),
           ("Liên bang Nga: «467", "Liên bang Nga", 467), ("(«20 nữ", "Liên bang Nga", 20, "nữ"),
           ("Malaysia: «399", "Malaysia", 399), ("(«298 nữ", "Malaysia", 298, "nữ")]


def market(loc, country, value, sex=None):
    """One market's count of workers who left in 2022 (its women, or China's men, when `sex`)."""
    who = f"lao động {sex} xuất cảnh" if sex else "lao động xuất cảnh"
    return R(loc, f"{who}: thị trường {country}", "=", value, **CNT)


D10 = dict(name="10_ca-nuoc-lao-dong-xuat-canh-thi-truong-2022", kind="result", year=2022, records=[
    R("là «142.779 lao động", "tổng số lao động Việt Nam đi làm việc ở nước ngoài", "=", 142779, **CNT),
    R("(«48.835 nữ)", "lao động nữ đi làm việc ở nước ngoài", "=", 48835, **CNT),
    R("giao («90.000 lao động)", "kế hoạch được giao: lao động đi làm việc ở nước ngoài", ">=", 90000, **CNT, **T),
    R("(«45.058 lao động)", "số lượng lao động xuất cảnh của năm 2021", "=", 45058, **CNT, year=2021),
    *[market(*m) for m in MARKETS],
], NOT=["đạt «158,64 % kế", "bằng «316,87 % so"])

# --------------------------------------------------------------------------
# 11 Hải Dương, Tứ Kỳ district, Ngọc Kỳ commune's "village gone abroad", April 2024
# (tacnghiep.thoidai.com.vn; cut: the navigation "Trang chủ Việt Nam hôm nay", the font widget
# "aa", the two related links "Phan Thanh Liêm xuất ngoại cùng rối nước" and "Cỏ vuông tôm xuất
# ngoại và chuyện ai cũng được làm việc"; the byline "11:04 | 13/04/2024 GMT+7" written as the first
# line `date 2024-04-13`; the image names and captions kept; the excerpt ends in "6 năm trước,
# an"). A precision text with one quantity: "gần 90% số hộ có người đi xuất khẩu lao động" (~, 2024,
# place "Ngọc Trại"). Not quantities: "120 hộ dân với 400 nhân khẩu" (the village's size, the
# denominator of the share, as the earlier sets' sizes), "6 năm trước" (a duration), the image
# names "ngcj-ly-3.png" and "z5330202283328_7992ca28d27d29aecd12044306a19f20.jpg".
# --------------------------------------------------------------------------
D11 = dict(name="11_haiduong-tuky-xa-xuat-ngoai-2024-precision", kind="result", year=2024, records=[
    R("tới gần «90% số hộ", "số hộ có người đi xuất khẩu lao động ở thôn Ngọc Trại", "~", 90, place="Ngọc Trại"),
])

# --------------------------------------------------------------------------
# 12 The whole country, the Korean EPS tests of 2024 and Korea's quota (doanhnghiephoinhap.vn;
# cut: the site's header date "Thứ ba 27/01/2026 04:38" (the crawl's day, not the article's), the
# e-mail line and the section "Thời cuộc"; the byline "28/08/2024 08:46" written as the first line
# `date 2024-08-28`; the hotline kept; the excerpt ends in "hơn 10.000 n"). Year 2024. Results: the
# title's, the body's and the two captions' "44.983" (=, a record each), "hơn 10.000 n[gười lao
# động]" spared the journey (>). Targets: Korea's "chỉ tiêu tuyển dụng 15.734 lao động Việt Nam"
# and its parts "11.246", "200", "895", "3.033" by sector (bare numbers of a quota: >=, each its own
# subject). Not quantities: "024.355.63.010" (a phone number), "5/3", "6/8/2024" (dates).
# --------------------------------------------------------------------------
EPS_TESTED = "người lao động thi tuyển theo Chương trình EPS"
D12 = dict(name="12_ca-nuoc-eps-thi-tieng-han-2024", kind="result", year=2024, records=[
    R("\n\nĐã có «44.983 người lao động thi tuyển theo Chương trình EPS\n\nTừ", EPS_TESTED, "=", 44983, **CNT),
    R("có «44.983 người lao động trên", "người lao động trên cả nước tham gia kỳ thi tiếng Hàn và kiểm tra tay nghề",
      "=", 44983, **CNT),
    R("tuyển dụng «15.734 lao động", "chỉ tiêu tuyển dụng lao động Việt Nam của Hàn Quốc", ">=", 15734, **CNT, **T),
    R("có «11.246 người", "chỉ tiêu tuyển dụng cho ngành sản xuất chế tạo", ">=", 11246, **CNT, **T),
    R("tạo, «200 người", "chỉ tiêu tuyển dụng cho ngành xây dựng", ">=", 200, **CNT, **T),
    R("dựng, «895 người", "chỉ tiêu tuyển dụng cho ngành nông nghiệp", ">=", 895, **CNT, **T),
    R("và «3.033 người", "chỉ tiêu tuyển dụng cho ngành ngư nghiệp", ">=", 3033, **CNT, **T),
    R("Đã có «44.983 người lao động thi tuyển theo Chương trình EPS\nĐã", EPS_TESTED, "=", 44983, **CNT),
    R("EPS\nĐã có «44.983 người lao động thi tuyển theo Chương trình EPS.", EPS_TESTED, "=", 44983, **CNT),
    R("cho hơn «10.000 n", "người lao động tiết kiệm chi phí đi lại và thời gian", ">", 10000, **CNT),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
