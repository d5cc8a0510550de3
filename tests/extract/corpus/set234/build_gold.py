#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set234).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of percentages deliberately left without a record
(changes against an earlier value or a quota, completion against a plan); check_gold.py verifies
that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README),
given in the record itself (`iid=`).

The set's theme: utilities and everyday local services going digital (electricity bills paid
without cash, markets and streets taking QR payment, recycling collected through an app). No text
has a heading that names a pillar: every record's pillar is null.

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

KWH = dict(unit="other", unit_text="kWh")
KG = dict(unit="other", unit_text="kg")
NGAY = dict(unit="other", unit_text="ngày")
DONG = dict(unit="other", unit_text="đồng")
MARKETS = "econ.cashless_markets_count"
MERCH = "econ.merchants_cashless_count"
ELEC = "society.cashless_electricity_bills_share"
ACC15 = "society.bank_account_15plus_share"

# --------------------------------------------------------------------------
# 01 Bắc Kạn, the province agreeing to the "Chợ 4.0" cashless-market model for 2022-2023
# (backan.gov.vn; cut: the portal's block labels "PublishingPortal - Block_BanTin_Toolbar" and
# " PublishingPortal - Block_BanTin_ViewData" with the blank line after the second, the font widget
# "Tăng cỡ chữ Giảm cỡ chữ", the photo caption "Dự kiến triển khai mô hình Chợ 4.0 tại chợ Đức Xuân
# trong năm 2022" with the blank line after it; the byline date "03/11/2022" written as the first
# line `date 2022-11-03`; the excerpt ends in "cán bộ, "). Targets (the department's proposal and
# the roadmap), bare numbers `>=`: "năm 2022 sẽ triển khai mô hình Chợ 4.0 tại 12 chợ" (2022) "và
# tiếp tục triển khai tại 50 chợ trong năm 2023" (2023); "đến hết tháng 11/2022, triển khai mô
# hình Chợ 4.0 tại 60% các chợ theo danh sách ưu tiên năm 2022" (2022). Not quantities: "4.0" (a
# name), "2022 - 2023", "11/2022", "năm 2023" (dates), "toàn bộ tiểu thương" (no number).
# Ids: MARKETS for the two counts of markets; the share of the priority list's markets null.
# --------------------------------------------------------------------------
D01 = dict(name="01_backan-cho-4-0-lo-trinh-2022", kind="target", year=2022, records=[
    R("tại «12 chợ", "chợ triển khai mô hình Chợ 4.0", ">=", 12, **CNT, iid=MARKETS),
    R("tại «50 chợ", "chợ tiếp tục triển khai mô hình Chợ 4.0", ">=", 50, **CNT, year=2023, iid=MARKETS),
    R("tại «60% các chợ", "các chợ theo danh sách ưu tiên năm 2022 triển khai mô hình Chợ 4.0", ">=", 60),
])

# --------------------------------------------------------------------------
# 02 Thanh Hóa, the provincial power company (PC Thanh Hóa) on remote-read meters and electricity
# bills paid without cash (congnghieptieudung.vn; nothing cut; no byline, no stamp; the excerpt
# ends in "PC Thanh "). Year 2022 (the text's "Tính đến ngày 30/4/2022"; the first paragraph's
# meters take it too, the only year the text gives). Results, `=`: "Đã lắp đặt 481.872 công tơ
# điện tử ..., đạt 59,57% trên tổng số công tơ đang vận hành" (a count and its share: "trên tổng
# số" names the denominator, spec); "tỷ lệ khách hàng thanh toán tiền điện không sử dụng tiền mặt
# ... mới đạt 6,82% tương đương 54.242 khách hàng" (the share, then the count it equals). Not
# quantities: "30/4/2022" (a date); "đạt kế hoạch" (no number). Ids: ELEC for the 6,82%; the
# meters and the count of customers null (no catalogue indicator for remote-read meters; the
# catalogue's electricity indicator is a share).
# --------------------------------------------------------------------------
D02 = dict(name="02_thanhhoa-pc-cong-to-thanh-toan-dien-2022", kind="result", year=2022, records=[
    R("lắp đặt «481.872 công tơ", "công tơ điện tử có chức năng thu thập dữ liệu từ xa đã lắp đặt", "=", 481872,
      **CNT),
    R("đạt «59,57% trên", "công tơ điện tử thu thập dữ liệu từ xa trên tổng số công tơ đang vận hành", "=", 59.57),
    R("mới đạt «6,82%", "tỷ lệ khách hàng thanh toán tiền điện không sử dụng tiền mặt qua hình thức trích nợ tự "
      "động tại các Ngân hàng và Ví điện tử", "=", 6.82, iid=ELEC),
    R("tương đương «54.242 khách hàng", "khách hàng thanh toán tiền điện không sử dụng tiền mặt qua trích nợ tự "
      "động", "=", 54242, **CNT),
])

# --------------------------------------------------------------------------
# 03 Hà Tĩnh, the provincial power company's share of customers paying without cash
# (baohatinh.vn; cut: the headline's repeat above the photo, "Hà Tĩnh: 69,38% khách hàng thanh
# toán tiền điện không dùng tiền mặt", and the photo caption "Công ty Điện lực Hà Tĩnh liên kết với
# hệ thống ngân hàng để thu hộ tiền điện.", each with the blank line after it; no byline, no stamp;
# the excerpt ends in "Tính đến thời điểm "). Year null: the text names no year. Results, `=`: the
# headline "Hà Tĩnh: 69,38% khách hàng thanh toán tiền điện không dùng tiền mặt" (a quantified
# statement, as the earlier sets read headlines) and the lead's "hiện đạt 69,38%/tổng số khách
# hàng"; "ký hợp đồng hợp tác với 17 ngân hàng và tổ chức trung gian" (a count, as the earlier
# sets' "05 ngân hàng và 09 tổ chức trung gian"; one number for both kinds of partner). Ids: ELEC
# twice; the partners null.
# --------------------------------------------------------------------------
D03 = dict(name="03_hatinh-pc-thanh-toan-tien-dien", kind="result", year=None, records=[
    R("Hà Tĩnh: «69,38% khách", "khách hàng thanh toán tiền điện không dùng tiền mặt", "=", 69.38, iid=ELEC),
    R("hiện đạt «69,38%", "tỷ lệ khách hàng thanh toán tiền điện không sử dụng tiền mặt của Công ty Điện lực Hà "
      "Tĩnh", "=", 69.38, iid=ELEC),
    R("với «17 ngân hàng", "ngân hàng và tổ chức trung gian ký hợp đồng hợp tác thu hộ tiền điện", "=", 17, **CNT),
])

# --------------------------------------------------------------------------
# 04 The Northern Power Corporation (EVNNPC), its May 2024 report: customers paying without
# cash, electricity sold, supply connections (baomoi.net.vn; cut: the photo caption "38 Đội xung
# kích với hơn 500 CBCNV của EVNNPC tham gia hỗ trợ thi công công trường 500kV mạch 3 từ Quảng
# Trạch - Phố Nối." (two identical lines) with the blank line after each; no byline, no stamp; the
# excerpt ends in "tránh để xảy ra"). Year 2024 (every figure "tính đến tháng 5/2024", "Trong tháng
# 5/2024", "Lũy kế 5 tháng ... năm 2024"). A corporation of the northern provinces, no one
# province. Results: the headline "Hơn 87% khách hàng" (`>`), "đạt 87,58%", "doanh thu qua kênh
# thanh toán không tiền mặt đạt 97,11%"; "sản lượng điện thương phẩm ... đạt 8,639 tỷ kWh" and
# "thương phẩm đạt 38,393 tỷ kWh" (other "kWh", the magnitude word multiplied in); "cấp điện cho 215
# khách hàng trung áp", "927 khách hàng trung áp" (counts); "thời gian trung bình ... là 3,26
# ngày", "3,32 ngày" (other "ngày"). NOT (changes against a target or an earlier value, completion
# against the plan, spec): "cao hơn 0,45% so với chỉ tiêu", "tăng 18,44% so với tháng 5/2023",
# "tăng 14,09% so với cùng kỳ", "đạt 40,44% kế hoạch cả năm". Not quantities: "giảm 0,22 ngày",
# "giảm 0,19 ngày" (changes), "giảm 3,68 ngày so với quy định" (a change against a norm), "5/2024",
# "5/2023", "5 tháng", "2023 - 2025" (dates, periods). Ids: ELEC for the two shares of customers;
# the rest null.
# --------------------------------------------------------------------------
D04 = dict(name="04_evnnpc-mien-bac-thanh-toan-dien-2024", kind="result", year=2024, records=[
    R("Hơn «87% khách", "khách hàng của EVNNPC thanh toán tiền điện không dùng tiền mặt", ">", 87, iid=ELEC),
    R("mặt đạt «87,58%", "tỷ lệ khách hàng thanh toán tiền điện không sử dụng tiền mặt", "=", 87.58, iid=ELEC),
    R("tiền mặt đạt «97,11%", "doanh thu qua kênh thanh toán không tiền mặt", "=", 97.11),
    R("EVNNPC đạt «8,639 tỷ kWh", "sản lượng điện thương phẩm của EVNNPC trong tháng 5/2024", "=", 8.639e9, **KWH),
    R("thương phẩm đạt «38,393 tỷ kWh", "thương phẩm lũy kế 5 tháng đầu năm 2024", "=", 38.393e9, **KWH),
    R("cho «215 khách hàng", "khách hàng trung áp tiếp nhận giải quyết cấp điện", "=", 215, **CNT),
    R("là «3,26 ngày", "thời gian trung bình giải quyết các thủ tục của ngành điện", "=", 3.26, **NGAY),
    R("cho «927 khách hàng", "khách hàng trung áp thực hiện cấp điện lũy kế 5 tháng năm 2024", "=", 927, **CNT),
    R("là «3,32 ngày", "thời gian trung bình giải quyết các thủ tục của ngành điện lũy kế 5 tháng năm 2024", "=",
      3.32, **NGAY),
], NOT=["cao hơn «0,45%", "tăng «18,44%", "tăng «14,09%", "đạt «40,44% kế hoạch"])

# --------------------------------------------------------------------------
# 05 Thừa Thiên Huế, Huế city: recyclable waste collected through the mGreen app, the project's
# closing ceremony (baotainguyenmoitruong.vn; nothing cut; no byline, no stamp; the excerpt ends in
# "mà còn l"). Year null: the results are "đến nay" of a project launched "tháng 10/2023", and the
# ceremony's "Ngày 15/9" names no year (a judgement, as the earlier sets leave "đến nay" without a
# year the text does not give). Results: the headline "Thu gom hơn 60.000 kg rác tái chế" (`>`),
# the lead's "thu gom thành công trên 60.000 kg" (`>`), the body's "hơn 60.000 kg" (`>`), "với
# 20.000 kg rác thải nhựa" (=) (other "kg"); "liên kết với gần 2.000 hộ gia đình" (`~`) and "3.000
# đơn thu mua giao dịch thành công" (=) (counts). Not quantities: "gần 1 năm" (a duration),
# "15/9", "10/2023" (dates), "hai Tổ hợp tác" (a word, not a number). Ids null.
# --------------------------------------------------------------------------
D05 = dict(name="05_thuathienhue-mgreen-thu-gom-rac", kind="result", year=None, records=[
    R("Thu gom hơn «60.000 kg", "rác tái chế thu gom qua ứng dụng trên điện thoại", ">", 60000, **KG),
    R("thành công trên «60.000 kg", "rác tái chế thu gom thông qua ứng dụng mGreen ở TP. Huế", ">", 60000, **KG),
    R("thành công hơn «60.000 kg", "rác tái chế Dự án mGreen thu gom qua ứng dụng mGreen", ">", 60000, **KG),
    R("với «20.000 kg", "rác thải nhựa thu gom qua ứng dụng mGreen", "=", 20000, **KG),
    R("với gần «2.000 hộ", "hộ gia đình tại TP. Huế liên kết với Dự án mGreen", "~", 2000, **CNT),
    R("và «3.000 đơn", "đơn thu mua giao dịch thành công trên ứng dụng di động mGreen và mGreen Collector", "=",
      3000, **CNT),
])

# --------------------------------------------------------------------------
# 06 Tiền Giang, Mỹ Tho city, ward 5 launching a "street limiting cash payment"
# (thtg.vn; cut: the two image file names "vlcsnap-2023-09-08-...png" and the photo caption "Lễ ra
# mắt “Tuyến đường hạn chế thanh toán bằng tiến mặt” tại đường Lý Thường Kiệt, TP. Mỹ Tho.", each
# with the blank line after it; no byline, no stamp). Year null: once the file names are cut, the
# text names no year. One result: "có 112 hộ kinh doanh, trong đó có 70 hộ đã sử dụng hình thức
# quét mã QR" (=, count). Not quantities: "112 hộ kinh doanh" (the street's number of businesses,
# the base of the 70: a size, as the earlier sets' sizes), "gồm 17 thành viên" (the size of the
# model's team), "Phường 5", "phường 5" and the quarters "1, 2 , 3, 4, 9, 10" (names), "2 bên"
# (the two sides of the street). Id: MERCH.
# --------------------------------------------------------------------------
D06 = dict(name="06_tiengiang-mytho-tuyen-duong-qr", kind="result", year=None, records=[
    R("có «70 hộ", "hộ kinh doanh trên tuyến đường Lý Thường Kiệt đã sử dụng hình thức quét mã QR", "=", 70, **CNT,
      iid=MERCH),
])

# --------------------------------------------------------------------------
# 07 Đà Nẵng, Hải Châu district's streets paying by QR (thanhnien.vn; cut: the byline "Hoàng
# Sơn" (two lines), the image's alt text "Chuyển đổi số: Nhân rộng phố thanh toán không tiền mặt -
# Ảnh 1.", the caption "Khách hàng quét mã QR thanh toán tiền tại một tiệm cà phê trên đường Huỳnh
# Thúc Kháng (TP.Đà Nẵng)" and its credit "HOÀNG SƠN", each with its blank line; the byline date
# "13/07/2023 08:40 GMT+7" written as the first line `date 2023-07-13`; the excerpt ends in
# "nhiề"). Year 2023 (the byline). One result: "75 hộ kinh doanh dịch vụ ăn uống ... ở đường Huỳnh
# Thúc Kháng đã sử dụng phương thức thanh toán ..." (=, count). Not quantities: "chưa đầy 2 phút"
# (a duration in an anecdote). Id: MERCH.
# --------------------------------------------------------------------------
D07 = dict(name="07_danang-haichau-pho-thanh-toan-2023", kind="result", year=2023, records=[
    R("thấy. «75 hộ", "hộ kinh doanh dịch vụ ăn uống và các ngành hàng thực phẩm, hàng tiêu dùng ở đường Huỳnh Thúc "
      "Kháng đã sử dụng phương thức thanh toán không tiền mặt", "=", 75, **CNT, iid=MERCH),
])

# --------------------------------------------------------------------------
# 08 Tây Ninh, the Department of Industry and Trade on building and upgrading traditional
# markets, 2024 (vietnam.vn/tayninh; cut: the photo caption "Đầu tư nâng cấp chợ Bến Sỏi (xã Thành
# Long, huyện Châu Thành)."; no byline, no stamp; the excerpt ends in "chợ Thạnh Đ"). Year 2024.
# Results, counts (=): "năm 2024, tỉnh có 21 chợ xây dựng mới, cải tạo, nâng cấp, trong đó, có 4
# chợ đầu tư xây dựng mới, 3 chợ đầu tư xây dựng mới (trên nền chợ cũ), 13 chợ cải tạo, nâng cấp
# và 1 chợ di dời" (five records, each its own subject; read as what the province has, "có", not as
# a plan: a judgement); "đã khởi công cải tạo nâng cấp 6 chợ với tổng nguồn vốn đầu tư hơn 5,9 tỷ
# đồng" (a count, then money `>`), "chợ Tân Hiệp (huyện Tân Châu) với nguồn vốn đầu tư là 509 triệu
# đồng" (money, =, place "Tân Châu"). Not quantities: "6 tháng đầu năm 2024" (a period). Ids null
# (markets built or upgraded, not the catalogue's cashless markets).
# --------------------------------------------------------------------------
D08 = dict(name="08_tayninh-cho-truyen-thong-2024", kind="result", year=2024, records=[
    R("có «21 chợ", "chợ xây dựng mới, cải tạo, nâng cấp", "=", 21, **CNT),
    R("có «4 chợ", "chợ đầu tư xây dựng mới", "=", 4, **CNT),
    R("«3 chợ đầu tư", "chợ đầu tư xây dựng mới (trên nền chợ cũ)", "=", 3, **CNT),
    R("«13 chợ", "chợ cải tạo, nâng cấp", "=", 13, **CNT),
    R("và «1 chợ di dời", "chợ di dời", "=", 1, **CNT),
    R("nâng cấp «6 chợ", "chợ đã khởi công cải tạo nâng cấp trong 6 tháng đầu năm 2024", "=", 6, **CNT),
    R("hơn «5,9 tỷ đồng", "tổng nguồn vốn đầu tư cải tạo nâng cấp chợ", ">", 5.9e9, **DONG),
    R("là «509 triệu đồng", "nguồn vốn đầu tư chợ Tân Hiệp từ nguồn vốn ngân sách huyện", "=", 509e6, **DONG,
      place="Tân Châu"),
])

# --------------------------------------------------------------------------
# 09 Thanh Hóa, Đồng Hải village (Hải Long commune, Như Thanh district) building a smart village
# (baothanhhoa.vn; the stamp " date 2024-07" written as the first line; cut: the photo caption
# "Nhà văn hóa có wifi miễn phí và một góc thôn NTM kiểu mẫu Đồng Hải, xã Hải Long." with the blank
# line after it; the excerpt ends in "cũng đư"). Year 2024 (the stamp; "Đến nay"). One result:
# "101/101 hộ gia đình trên địa bàn thôn đang sử dụng các dịch vụ viễn thông" (=, 101; the
# denominator "/101" is the village's size). Not quantities: "đầu năm 2023" (a date), "3G/4G"
# (names). Id null (the catalogue's household indicators are shares of broadband or smartphones).
# --------------------------------------------------------------------------
D09 = dict(name="09_thanhhoa-donghai-thon-thong-minh-2024", kind="result", year=2024, records=[
    R("nay, «101/101 hộ", "hộ gia đình trên địa bàn thôn đang sử dụng các dịch vụ viễn thông", "=", 101, **CNT),
])

# --------------------------------------------------------------------------
# 10 Vĩnh Phúc, traditional markets taking up digital payment (baovinhphuc.com.vn; cut: the
# truncated photo caption at the excerpt's end, "Người dân tích cực thanh toán không dùng tiền mặt
# trong giao dịch mua bán hàng hóa tại chợ Hợp Châu (Tam Đ"; no byline, no stamp). Year 2022 (the
# text's "năm 2022"; the page itself is later). Results (counts, =): "giai đoạn 2011-2016, Vĩnh
# Phúc có 65 chợ nông thôn được đầu tư từ nguồn ngân sách Nhà nước và 1 chợ đầu mối được đầu tư từ
# nguồn vốn doanh nghiệp" (two records, year 2016: the end of the period they were invested in);
# "năm 2022, Viettel Vĩnh Phúc đã phối hợp với chính quyền 7/9 huyện, thành phố triển khai chương
# trình “Đi chợ công nghệ ...”" (7; the denominator "/9" is the province's number of districts).
# Not quantities: "Lũy kế đến nay, toàn tỉnh có 81 chợ truyền thống, 1 chợ đầu mối, 7 siêu thị, 2
# trung tâm thương mại" (the province's network of markets and shops, a size, not the result of an
# action; a judgement beside the invested 65), "4.0" (a name), "2011-2016" (dates). Ids: the
# districts with the programme null (the catalogue counts markets, not districts); the invested
# markets null.
# --------------------------------------------------------------------------
D10 = dict(name="10_vinhphuc-cho-truyen-thong-4-0-2022", kind="result", year=2022, records=[
    R("có «65 chợ", "chợ nông thôn được đầu tư từ nguồn ngân sách Nhà nước", "=", 65, **CNT, year=2016),
    R("và «1 chợ đầu mối được", "chợ đầu mối được đầu tư từ nguồn vốn doanh nghiệp", "=", 1, **CNT, year=2016),
    R("quyền «7/9 huyện", "huyện, thành phố Viettel Vĩnh Phúc phối hợp triển khai chương trình “Đi chợ công nghệ - "
      "Để Viettel Money lo”", "=", 7, **CNT),
])

# --------------------------------------------------------------------------
# 11 Phú Thọ, cashless payment in the province, October 2025 (baophutho.vn; the stamp " date
# 2025-10-16" written as the first line; cut: the photo caption "Nhân viên Quỹ tín dụng Nhân dân
# Hương Lung (xã Phú Khê) hỗ trợ khách hàng ..." with the blank line after it; the excerpt ends in
# "chủ "). Year 2025. Results: "tính đến tháng 6/2025, khoảng 80% người dân từ 15 tuổi trở lên có
# tài khoản ngân hàng" (`~`), "ước cuối năm 2025 đạt 82%" (an estimate: a result, =, spec's "ước
# đạt 75%"), "Tăng trưởng bình quân số lượng giao dịch TTKDTM qua ngân hàng giai đoạn 2022-2025 là
# 33%/năm" (=, a growth rate reported as the level reached, 2025 the period's end). Not
# quantities: "6/2025", "2022-2025", "năm 2018" (dates), "15 tuổi" (part of the subject). Ids:
# ACC15 twice; the growth rate null (the catalogue's cashless share is a share, not a growth rate).
# --------------------------------------------------------------------------
D11 = dict(name="11_phutho-tai-khoan-thanh-toan-2025", kind="result", year=2025, records=[
    R("khoảng «80% người", "người dân từ 15 tuổi trở lên có tài khoản ngân hàng", "~", 80, iid=ACC15),
    R("đạt «82%", "người dân từ 15 tuổi trở lên có tài khoản ngân hàng ước cuối năm 2025", "=", 82, iid=ACC15),
    R("là «33%/năm", "tăng trưởng bình quân số lượng giao dịch TTKDTM qua ngân hàng giai đoạn 2022-2025", "=", 33),
])

# --------------------------------------------------------------------------
# 12 Hồ Chí Minh City, district 12's traditional markets taking QR payment (baomoi.net.vn; nothing
# cut; no byline, no stamp; the excerpt ends in "“Tôi biết đ"). Year null: the text names no year.
# One result: a trader's "Khoảng 70% khách hàng thực hiện chuyển khoản" (`~`; her own stall's
# customers, reported in the article). Not quantities: "quận 12" (twice, a name), "chợ 4.0" (a
# name). Id null (one stall's customers, not the catalogue's cashless transactions).
# --------------------------------------------------------------------------
D12 = dict(name="12_hochiminh-quan12-cho-qr", kind="result", year=None, records=[
    R("“Khoảng «70%", "khách hàng thực hiện chuyển khoản", "~", 70),
])

# --------------------------------------------------------------------------
# 13 Hồ Chí Minh City, the plan for smart urban lighting 2021-2025 (vietnamnet.vn; cut: the
# template line "{keywords}" and the line holding one space after it; no byline, no stamp). A
# precision text, no record: "Kế hoạch đưa ra 6 chỉ tiêu thực hiện" and "Có 6 nhóm nhiệm vụ và giải
# pháp chủ yếu" (the make-up of the plan, spec's counts of tasks), "2021 – 2025" (dates), "IoT" (a
# name).
# --------------------------------------------------------------------------
D13 = dict(name="13_hochiminh-chieu-sang-thong-minh-2021-precision", kind="target", year=None, records=[])

# --------------------------------------------------------------------------
# 14 Quảng Trị, Vĩnh Linh district piloting a "civilised, smart market" at Hồ Xá 1 market
# (vinhlinh.quangtri.gov.vn; cut: the breadcrumb "Chi tiết - Huyện Vĩnh Linh", the byline "Nguyễn
# Trang" and the link "More", each with its blank line; no date). A precision text, no record:
# "3 nội dung chính" (the contents of the model, spec's counts of tasks), "chợ Hồ Xá 1", "chợ Hồ
# Xá 2", "chợ Hồ Xá 3" (names).
# --------------------------------------------------------------------------
D14 = dict(name="14_quangtri-vinhlinh-cho-thong-minh-precision", kind="result", year=None, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
