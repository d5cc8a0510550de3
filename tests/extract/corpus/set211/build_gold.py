#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set211).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: one trader's own estimate in a quote, a
bank's fee terms); check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set193, the id is given in the record itself (`iid=`).

The set's theme is cashless payment in the provinces (QR codes at markets, hospital fees and
social benefits paid through accounts, mobile money); its money amounts are unit `other` with
`unit_text` "đồng" (spec), written with the keyword arguments in `VND`.

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
from goldkit import R, CNT, T, SOC  # noqa: E402

VND = dict(unit="other", unit_text="đồng")
MERCH_N = "econ.merchants_cashless_count"
MERCH_S = "econ.merchants_cashless_share"
MARKETS = "econ.cashless_markets_count"
PAY_ONLINE = "egov.online_payment_share"
SB_SHARE = "society.social_benefits_cashless_share"
SB_PAID_N = "society.social_benefits_cashless_recipients_count"
SB_ACC_N = "society.social_benefits_recipients_account_count"
SB_ACC_S = "society.social_benefits_recipients_account_share"
CASH_TX = "econ.cashless_transactions_share"

# --------------------------------------------------------------------------
# 01 Quảng Ninh, Hạ Long city's 2023 targets for cashless payment (halongcity.gov.vn; cut: the
# photo captions "Người dân bắt đầu hình thành thói quen thanh toán không dùng tiền mặt" and "Cán
# bộ Trung tâm Hành chính công TP Hạ Long hướng dẫn, ... Cổng Dịch vụ công Quốc gia", each with
# the blank line after it; no byline, no stamp; the excerpt ends in "hạ tầng thanh to"). Year
# 2023 (the title's and the plan's "năm 2023"), kind target. "tối thiểu 3500 điểm chấp nhận thanh
# toán" is stated twice, in the title and in the lead: two records (>=, count; repeated statements
# recorded each time, as the earlier sets' titles); the lead's stands in the sentence "Trong nhóm
# các mục tiêu, nhiệm vụ về phát triển xã hội số ..." (a lead-in naming xã hội số: pillar
# digital_society for that sentence only); the title's pillar null. The second paragraph names no
# pillar: null. Its result "mô hình ... Chợ 4.0 tại 3 chợ truyền thống" (=, count, 2022: "Năm
# 2022, ... đã đạt được những kết quả bước đầu"). Its targets "với mục tiêu cụ thể là tỷ lệ giao
# dịch thanh toán không dùng tiền mặt trong thu ngân sách nhà nước đạt 90%; TTHC do công an thực
# hiện tối thiểu 30%; Điện, nước đạt tối thiểu 93%; Giáo dục đào tạo, Trung tâm HCC đạt tối thiểu
# 80%; các cơ sở Y tế Thành phố 50%; Bộ phận Tiếp nhận và trả kết quả đạt 40%; Chi trả lương, trợ
# cấp bảo hiểm xã hội, thất nghiệp đạt 45%": seven records, each its own subject (a breakdown by
# sector, scope null), all >= (target "đạt", "tối thiểu", a bare number), 2023 (the paragraph's
# "trong năm 2023"). Not quantities: "Chợ 4.0", "Hạ Long 1", "Hạ Long 2" (names). Ids: MERCH_N for
# the acceptance points (the catalogue's wording "tiểu thương đăng ký điểm chấp nhận thanh toán";
# a judgement), MARKETS, econ.budget_revenue_cashless_share, PAY_ONLINE for the police's procedures
# and the one-stop desk (payments in administrative procedures; a judgement), SB_SHARE for the
# pensions and benefits; the utilities', the schools' and the health facilities' transaction
# shares null (the catalogue's shares count providers, schools and hospitals, not transactions).
# --------------------------------------------------------------------------
D01 = dict(name="01_quangninh-halong-diem-chap-nhan-thanh-toan-2023", kind="target", year=2023, records=[
    R("thêm tối thiểu «3500 điểm chấp nhận thanh toán không dùng tiền mặt trong",
      "điểm chấp nhận thanh toán không dùng tiền mặt TP Hạ Long phát triển thêm", ">=", 3500, **CNT, iid=MERCH_N),
    R("thêm tối thiểu «3500 điểm chấp nhận thanh toán không dùng tiền mặt.",
      "điểm chấp nhận thanh toán không dùng tiền mặt Hạ Long phát triển thêm", ">=", 3500, **CNT, pillar=SOC,
      iid=MERCH_N),
    R("tại «3 chợ truyền thống", "chợ truyền thống triển khai mô hình Chợ công nghệ mới - Chợ 4.0", "=", 3, **CNT,
      kind="result", year=2022, iid=MARKETS),
    R("nước đạt «90%", "tỷ lệ giao dịch thanh toán không dùng tiền mặt trong thu ngân sách nhà nước", ">=", 90,
      iid="econ.budget_revenue_cashless_share"),
    R("tối thiểu «30%", "tỷ lệ giao dịch thanh toán không dùng tiền mặt: TTHC do công an thực hiện", ">=", 30,
      iid=PAY_ONLINE),
    R("tối thiểu «93%", "tỷ lệ giao dịch thanh toán không dùng tiền mặt: điện, nước", ">=", 93),
    R("tối thiểu «80%", "tỷ lệ giao dịch thanh toán không dùng tiền mặt: giáo dục đào tạo, Trung tâm HCC", ">=",
      80),
    R("Thành phố «50%", "tỷ lệ giao dịch thanh toán không dùng tiền mặt: các cơ sở Y tế Thành phố", ">=", 50),
    R("quả đạt «40%", "tỷ lệ giao dịch thanh toán không dùng tiền mặt: Bộ phận Tiếp nhận và trả kết quả", ">=",
      40, iid=PAY_ONLINE),
    R("nghiệp đạt «45%", "tỷ lệ giao dịch thanh toán không dùng tiền mặt: chi trả lương, trợ cấp bảo hiểm xã "
      "hội, thất nghiệp", ">=", 45, iid=SB_SHARE),
])

# --------------------------------------------------------------------------
# 02 Hồ Chí Minh City's plan for the national cashless-payment scheme 2021-2025, as reported by
# ictnews in November 2022 (the stamp " date 2022-11" written as the first line; cut: the photo
# caption "Các điểm thanh toán không tiền mặt đang len lỏi vào các hàng, quán trong ngõ ngách.
# Ảnh: Duy Vũ" with the blank line after it; the three blank lines after the first paragraph
# kept; the excerpt ends in "khách hàng trong"). Targets "đến cuối năm 2025": year 2025. "tỷ lệ
# người dân từ 18 tuổi trở lên có tài khoản ngân hàng đạt trên 90%" (>: "trên"; "18 tuổi" part of
# the subject), "tăng số lượng điểm chấp nhận thanh toán không dùng tiền mặt lên 250.000 điểm"
# (a target's bare number: >=, count), "Số giao dịch ... qua thiết bị di động mỗi năm tăng trên
# 50%" (a target stated as a change is a quantity, spec: >, 50). Not quantities: "2021 – 2025"
# (dates). Pillar null. Ids: society.bank_account_15plus_share for the adults' bank accounts (the
# catalogue's share of people with a payment account at a bank, here from 18; a judgement),
# MERCH_N for the acceptance points (as 01); the growth of mobile transactions null.
# --------------------------------------------------------------------------
D02 = dict(name="02_hochiminh-ke-hoach-tai-khoan-diem-thanh-toan-2025", kind="target", year=2025, records=[
    R("đạt trên «90%", "tỷ lệ người dân từ 18 tuổi trở lên có tài khoản ngân hàng", ">", 90,
      iid="society.bank_account_15plus_share"),
    R("lên «250.000 điểm", "số lượng điểm chấp nhận thanh toán không dùng tiền mặt", ">=", 250000, **CNT,
      iid=MERCH_N),
    R("tăng trên «50%", "Số giao dịch thanh toán không dùng tiền mặt qua thiết bị di động mỗi năm tăng", ">", 50),
])

# --------------------------------------------------------------------------
# 03 Phú Thọ, the State Bank's provincial branch on cashless payment in the first half-year
# (danviet.vn; nothing cut; no byline, no stamp, and no year in the text: "tính đến 30/6" names
# none, the address's "20230807" is not in the text: year null, as set193's 07). Results: "hơn 1
# triệu khách hàng sử dụng dịch vụ thanh toán không dùng tiền mặt" (>, 1e6), "giao dịch gần 18
# triệu món" (~, 18e6), "với số tiền trên 423.000 tỷ đồng" (>, money: unit other "đồng",
# 423000e9), "gần 100% các doanh nghiệp nộp thuế điện tử" (~; the rest of the sentence, fees and
# bills paid through banks, is part of its subject), "trên 1.075 POS" (>), "Trong đó có 184 máy
# ATM" (=, its own subject: a breakdown, scope null), "9 máy gửi, rút tiền tự động (Autobank)"
# (=). Not quantities: "(tăng trên 1 triệu món dịch vụ)", "(tăng trên 15.000 tỷ đồng so cùng kỳ
# năm trước)" (a result's change against an earlier value, spec), "30/6" (a date). Pillar null.
# Ids: econ.e_tax_enterprises_share for the enterprises paying tax electronically,
# econ.pos_terminals_count for the POS; the customers, transactions, their value, the ATMs and
# the Autobank machines null (no catalogue count).
# --------------------------------------------------------------------------
D03 = dict(name="03_phutho-thanh-toan-khong-tien-mat-6-thang-2023", kind="result", year=None, records=[
    R("có hơn «1 triệu khách hàng", "khách hàng sử dụng dịch vụ thanh toán không dùng tiền mặt toàn tỉnh", ">",
      1000000, **CNT),
    R("giao dịch gần «18 triệu món", "giao dịch thanh toán không dùng tiền mặt", "~", 18000000, **CNT),
    R("số tiền trên «423.000 tỷ đồng", "số tiền giao dịch thanh toán không dùng tiền mặt", ">", 423000e9, **VND),
    R("gần «100% các doanh nghiệp", "doanh nghiệp nộp thuế điện tử và các khoản phí, lệ phí, điện, nước và các "
      "khoản phí khác thực hiện qua hệ thống ngân hàng", "~", 100, iid="econ.e_tax_enterprises_share"),
    R("trên «1.075 POS", "POS thanh toán không dùng tiền mặt các ngân hàng, cơ sở kinh doanh đã sử dụng", ">",
      1075, **CNT, iid="econ.pos_terminals_count"),
    R("có «184 máy ATM", "máy ATM", "=", 184, **CNT),
    R("lắp đặt «9 máy gửi", "máy gửi, rút tiền tự động (Autobank) các ngân hàng lắp đặt", "=", 9, **CNT),
])

# --------------------------------------------------------------------------
# 04 Thanh Hóa, cashless payment in town and country, May 2025 (truyenhinhthanhhoa.vn; cut: the
# hotline "Đường dây nóng: 0237 3721150" with the blank line after it, the byline "Hương Hạnh -
# Quang Phú - Đức Anh" with the blank line after it, the byline date "19/05/2025 16:05" (written
# as the first line `date 2025-05-19`) with the blank line after it, the photo label "Phát triển
# hình thức thanh toán không dùng tiền mặt- Ảnh 1." and the caption "Ông Bùi Đức Chính, Phó Chủ
# tịch UBND xã Xuân Du, huyện Như Thanh, tỉnh Thanh Hóa", each with the blank line after it; the
# excerpt ends in "gần 3 triệu thẻ"). Results "Tính đến hết tháng năm 2024": year 2024. "gần 400
# cây ATM, gần 5 triệu tài khoản thanh toán của cá nhân, ... gần 3 triệu thẻ": three records, ~
# ("gần"), each its own subject. Pillar null. Ids: society.payment_accounts_count for the
# accounts; the ATMs and cards null.
# --------------------------------------------------------------------------
D04 = dict(name="04_thanhhoa-atm-tai-khoan-the-2024", kind="result", year=2024, records=[
    R("gần «400 cây ATM", "cây ATM", "~", 400, **CNT),
    R("gần «5 triệu tài khoản", "tài khoản thanh toán của cá nhân", "~", 5000000, **CNT,
      iid="society.payment_accounts_count"),
    R("gần «3 triệu thẻ", "số lượng thẻ đang lưu hành", "~", 3000000, **CNT),
])

# --------------------------------------------------------------------------
# 05 Hòa Bình, social benefits paid through accounts, June 2024 (hoabinh.gov.vn; cut: the widget
# label "DetailController" and the section label "Chuyển đổi số", each with the blank line after
# it, and the byline date "10/06/2024 11:26" (written as the first line `date 2024-06-10`); the
# excerpt ends in "phương thức chi tr"). Results of June 2024: year 2024. "rà soát, làm sạch được
# 40.736 người trên tổng số 41.099 người ..., đạt 99,12%" (two records: the count, the share),
# "28.886/41.099 đã có tài khoản đạt tỷ lệ 70,28%" (two), "chi trả ... qua tài khoản cho
# 26.293/41.099 đối tượng, đạt tỷ lệ 63,97%" (two); all =. Not quantities: the denominator
# "41.099" (three times: the base of each share, as the earlier sets' denominators), "21/CT-TTg"
# (twice, a document), "tháng 6/2024", "05/6/2024" (dates). Pillar null (the title names no
# pillar). Ids: SB_ACC_N and SB_ACC_S for the recipients with an account, SB_PAID_N and SB_SHARE
# for those paid through it; the cleaned records null.
# --------------------------------------------------------------------------
D05 = dict(name="05_hoabinh-chi-tra-an-sinh-qua-tai-khoan-2024", kind="result", year=2024, records=[
    R("được «40.736 người", "đối tượng đang hưởng chính sách an sinh xã hội hàng tháng được rà soát, làm sạch "
      "thông tin tài khoản", "=", 40736, **CNT),
    R("đạt «99,12%", "đối tượng đang hưởng chính sách an sinh xã hội hàng tháng được rà soát, làm sạch thông tin "
      "tài khoản", "=", 99.12),
    R("đã có «28.886/41.099", "đối tượng hưởng chính sách an sinh xã hội hàng tháng đã có tài khoản", "=", 28886,
      **CNT, iid=SB_ACC_N),
    R("tỷ lệ «70,28%", "đối tượng hưởng chính sách an sinh xã hội hàng tháng đã có tài khoản", "=", 70.28,
      iid=SB_ACC_S),
    R("cho «26.293/41.099", "đối tượng được chi trả an sinh xã hội qua tài khoản", "=", 26293, **CNT,
      iid=SB_PAID_N),
    R("tỷ lệ «63,97%", "đối tượng được chi trả an sinh xã hội qua tài khoản", "=", 63.97, iid=SB_SHARE),
])

# --------------------------------------------------------------------------
# 06 Đà Nẵng, the merged Hòa Vang commune opening social-benefit accounts (sggp.org.vn; the stamp
# " date 2026-01-21" written as the first line; cut: the photo captions "UBND xã Hòa Vang phối hợp
# Ngân hàng Agribank chi nhánh Hòa Vang tổ chức mở tài khoản cho người dân" and "Chủ tịch UBND xã
# Hòa Vang Lê Phú Nguyện phát biểu tại buổi lễ", each with the blank line after it; the excerpt
# ends in "bảo"). Year 2026: the results are "đến nay", at the report of the stamp's date (the
# campaign ran "Từ tháng 10 đến cuối tháng 11-2025"; a judgement: the year a result was measured is
# the report's). Results: "mở tài khoản lưu động tại 21 thôn" (=, count: the villages the mobile
# sessions reached, as an earlier set's "tại 8 buôn"), "đã có 1.593 người đã mở tài khoản ...,
# đạt tỷ lệ 78,5%" (two). Target: "tiếp tục triển khai đạt 100% trên toàn địa bàn" (>=, 2026, the
# document's year). NOT: "miễn 100% tất cả các loại phí liên quan đến việc sử dụng thẻ an sinh xã
# hội" (a bank's fee terms, not an indicator's value; a judgement). Not quantities: "2.030 người
# hưởng trợ cấp" (the commune's number of recipients, the base of the 78,5%: a size, as the
# earlier sets' sizes), "tháng 10", "11-2025" (dates), "gần 2 tháng" (a duration). Pillar null.
# Ids: SB_ACC_N and SB_ACC_S (the 100% too); the villages null.
# --------------------------------------------------------------------------
D06 = dict(name="06_danang-hoavang-tai-khoan-an-sinh-2025", kind="result", year=2026, records=[
    R("tại «21 thôn", "thôn tổ chức các đợt mở tài khoản lưu động cho người hưởng trợ cấp an sinh xã hội",
      "=", 21, **CNT),
    R("có «1.593 người", "người đã mở tài khoản và chuyển sang sử dụng tài khoản an sinh xã hội", "=", 1593, **CNT,
      iid=SB_ACC_N),
    R("tỷ lệ «78,5%", "người đã mở tài khoản và chuyển sang sử dụng tài khoản an sinh xã hội", "=", 78.5,
      iid=SB_ACC_S),
    R("khai đạt «100% trên", "người hưởng trợ cấp sử dụng tài khoản an sinh xã hội trên toàn địa bàn", ">=", 100,
      **T, iid=SB_ACC_S),
], NOT=["miễn «100% tất cả"])

# --------------------------------------------------------------------------
# 07 Bắc Giang, the health sector's cashless payment of hospital fees in one month of 2024
# (congly.vn; cut: the section label "Sức Khỏe" with the blank line after it, the byline "Lê Đại
# 25/04/2024 - 17:33" (written as the first line `date 2024-04-25`) with the blank line after it,
# the image file name "anh-tin-ve-ve-dich-vu-y-te-khong-dung-tien-mat.jpg" and its caption "Khai
# trương dịch vụ thanh toán viện phí không dùng tiền mặt tại Trung tâm Y tế huyện Hiệp Hòa" with
# the blank line after it; the excerpt ends in "không dùng t"). Results "Từ ngày 16/3/2024 đến
# ngày 15/4/2024": year 2024. "24/24 đơn vị đã thực hiện triển khai" (=, 24), the transactions
# "65.902 lượt", the cashless ones "65.161 lượt, tương ứng 98,88%", the value "37.876.956.607
# đồng", the cashless value "34.311.921.957 đồng, tương ứng 90,59%": seven records, =, the money
# unit other "đồng" (spec), the totals recorded as stated values ("là 65.902 lượt", as the earlier
# sets' "tổng số 168.000 hồ sơ"). Not quantities: "2281/KH-UBND" (a document), "22/5/2022",
# "16/3/2024", "15/4/2024" (dates), the denominator "/24". Pillar null. Ids:
# society.cashless_health_facilities_count for the units, CASH_TX for the two shares; the totals
# and values null.
# --------------------------------------------------------------------------
D07 = dict(name="07_bacgiang-vien-phi-khong-tien-mat-2024", kind="result", year=2024, records=[
    R("tổng số «24/24 đơn vị", "đơn vị y tế đã thực hiện triển khai thanh toán không dùng tiền mặt", "=", 24,
      **CNT, iid="society.cashless_health_facilities_count"),
    R("là «65.902 lượt", "Số lượng giao dịch thanh toán viện phí, dịch vụ y tế và các giao dịch khác", "=", 65902,
      **CNT),
    R("là «65.161 lượt", "số lượng giao dịch thanh toán viện phí không dùng tiền mặt", "=", 65161, **CNT),
    R("tương ứng «98,88%", "số lượng giao dịch thanh toán viện phí không dùng tiền mặt", "=", 98.88, iid=CASH_TX),
    R("là «37.876.956.607 đồng", "Giá trị giao dịch thanh toán viện phí, dịch vụ y tế và các giao dịch khác", "=",
      37876956607, **VND),
    R("là «34.311.921.957 đồng", "số tiền thu được của bệnh nhân qua hình thức không dùng tiền mặt", "=",
      34311921957, **VND),
    R("tương ứng «90,59%", "số tiền thu được của bệnh nhân qua hình thức không dùng tiền mặt", "=", 90.59,
      iid=CASH_TX),
])

# --------------------------------------------------------------------------
# 08 Thái Nguyên, Phú Lương district's markets and accounts in 2023 (baomoi.com; cut: the photo
# caption "Người dân thanh toán bằng phương thức quét mã QR tại buổi ra mắt tuyến phố văn minh đô
# thị, không dùng tiền mặt trên địa bàn thị trấn Đu (Phú Lương)." with the blank line after it;
# no byline, no stamp; the excerpt ends in "Shopee"). Year 2023 ("2023 là năm ghi nhận những
# chuyển biến"; the results are "đến nay" in that year). Results: "trên 95% tiểu thương, hộ kinh
# doanh tại chợ [Đu] sử dụng hình thức thanh toán điện tử" (>), "12/12 chợ truyền thống triển khai
# mô hình chợ 4.0" (=), "gần 11 nghìn thuê bao mở tài khoản Viettel Money" (~, 11000), "trên 17,1
# nghìn khách hàng cài đặt ứng dụng Agribank E-mobile Banking" (>, 17100), "trên 2,2 nghìn hộ kinh
# doanh, đơn vị cài đặt mã VietQR" (>, 2200), "khoảng 30 HTX, làng nghề, hộ sản xuất - kinh doanh
# đã có gian hàng ... trên các sàn thương mại điện tử" (~). NOT: a trader's "chỉ chiếm khoảng 30%"
# and "khoảng 80% khách hàng ... tại gian hàng của tôi" (one trader's own customers in a quote, as
# the earlier sets leave them). Not quantities: "cuối năm 2022" (a date), "chợ 4.0" (a name, four
# times), the denominator "/12". Pillar null. Ids: MERCH_S, MARKETS, society.mobile_money_users_count,
# MERCH_N for the VietQR codes; the banking-app users and the cooperatives on e-commerce null.
# --------------------------------------------------------------------------
D08 = dict(name="08_thainguyen-phuluong-cho-4-0-2023", kind="result", year=2023, records=[
    R("có trên «95% tiểu thương", "tiểu thương, hộ kinh doanh tại chợ Đu sử dụng hình thức thanh toán điện tử",
      ">", 95, iid=MERCH_S),
    R("có «12/12 chợ", "chợ truyền thống triển khai mô hình chợ 4.0", "=", 12, **CNT, iid=MARKETS),
    R("gần «11 nghìn thuê bao", "thuê bao mở tài khoản Viettel Money", "~", 11000, **CNT,
      iid="society.mobile_money_users_count"),
    R("trên «17,1 nghìn khách hàng", "khách hàng cài đặt ứng dụng Agribank E-mobile Banking", ">", 17100, **CNT),
    R("trên «2,2 nghìn hộ", "hộ kinh doanh, đơn vị cài đặt mã VietQR", ">", 2200, **CNT, iid=MERCH_N),
    R("khoảng «30 HTX", "HTX, làng nghề, hộ sản xuất - kinh doanh đã có gian hàng và thực hiện giao dịch trên các "
      "sàn thương mại điện tử", "~", 30, **CNT),
], NOT=["khoảng «30%, chủ yếu", "khoảng «80% khách hàng"])

# --------------------------------------------------------------------------
# 09 Bến Tre, the cashless street in Bến Tre city, 2023 (chaytudong.com, a copy of Báo Đồng Khởi,
# "BDK"; cut: the photo caption "Người dân từng bước hình thành thói quen thanh toán không dùng
# tiền mặt khi mua sắm."; no byline, no stamp; the excerpt ends in "gõ đúng"). Year 2023 ("Năm
# 2023, được xác định là năm đẩy mạnh chuyển đổi số"). One result: "gần 90% cơ sở kinh doanh chấp
# nhận các phương thức TTKDTM" (~). Not quantities: "hơn 320 cơ sở kinh doanh" along the street (the
# base of the 90%, the street's size, as the earlier sets' sizes; a judgement), "Phường 4" (a
# name), "khoảng nửa năm nay" (no digit). Pillar null. Id MERCH_S.
# --------------------------------------------------------------------------
D09 = dict(name="09_bentre-tuyen-duong-khong-tien-mat-2023", kind="result", year=2023, records=[
    R("gần «90% cơ sở", "cơ sở kinh doanh trên Tuyến đường không dùng tiền mặt tại TP. Bến Tre chấp nhận các "
      "phương thức TTKDTM", "~", 90, iid=MERCH_S),
])

# --------------------------------------------------------------------------
# 10 Thái Bình, Diêm Điền town (Thái Thụy district) and its cashless markets (tracuuquyhoach.com,
# a copy of a provincial report; cut: the photo caption "Thay đổi thói quen mua sắm của người dân
# theo hướng văn minh, hiện đại, góp phần đẩy nhanh quá trình chuyển đổi số."; no byline, no stamp,
# no year in the text: year null; the excerpt ends in "mở tài"). Results: "thanh toán không dùng
# tiền mặt phát triển rộng rãi tại 2/2 chợ truyền thống, trên 190 cửa hàng tiện lợi" (two: =, 2;
# >, 190). Not quantities: "hơn 300 hộ kinh doanh" (the size of chợ Gú), "chợ hạng II" (a class,
# no digit), the denominator "/2". Pillar null. Ids: MARKETS, MERCH_N.
# --------------------------------------------------------------------------
D10 = dict(name="10_thaibinh-thaithuy-cho-khong-tien-mat", kind="result", year=None, records=[
    R("tại «2/2 chợ", "chợ truyền thống ở thị trấn Diêm Điền phát triển thanh toán không dùng tiền mặt", "=", 2,
      **CNT, iid=MARKETS),
    R("trên «190 cửa hàng", "cửa hàng tiện lợi ở thị trấn Diêm Điền thanh toán không dùng tiền mặt", ">", 190,
      **CNT, iid=MERCH_N),
])

# --------------------------------------------------------------------------
# 11 Hưng Yên, the province's plan 03/KH-UBND of 10 January 2023 for the cashless-payment scheme,
# as lawnet.vn prints it (nothing cut: the site's page number "569132", printed twice, and its
# metadata block stay; the excerpt ends in "nhi"). A precision text: no record. Not quantities:
# "569132" (the site's page number, twice), "03/KH-UBND" (five times), "1813/QĐ-TTg",
# "1230/HYE-TH" (documents), "2021-2025" (five times), "10/01/2023" (twice), "10 tháng 01 năm
# 2023", "28/10/2021", "23/12/2022" (dates), the list labels "I.", "1.".
# --------------------------------------------------------------------------
D11 = dict(name="11_hungyen-ke-hoach-03-2023-precision", kind="target", year=2023, records=[])

# --------------------------------------------------------------------------
# 12 Quảng Nam, the Department of Industry and Trade taking Viettel Money to the markets during
# Covid-19 (tothethao.com, a copy of a news report; cut: the caption line "Người dân được hỗ trợ
# về việc thanh toán điện tử |"; no byline, no stamp, no year in the text: year null; the excerpt
# ends in "Bây g"). A precision text: one record. Target: "hướng dẫn ... các tiểu thương chợ Tam
# Kỳ làm thí điểm ..., sau đó phát triển trên 18 huyện, thị, TP toàn tỉnh" (the rollout planned
# after the pilot: >=, count 18; "trên" reads "across" here, not "more than"; a judgement). Not
# quantities: "22/3" (twice, a date), "Covid-19" (a name), "15 ngày đầu tiên" (a duration), "58
# tuổi", "56 tuổi" (ages). Pillar null, id null.
# --------------------------------------------------------------------------
D12 = dict(name="12_quangnam-cho-viettel-money-precision", kind="target", year=None, records=[
    R("trên «18 huyện", "huyện, thị, TP toàn tỉnh phát triển thanh toán không dùng tiền mặt tại các chợ qua Viettel "
      "Money", ">=", 18, **CNT),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
