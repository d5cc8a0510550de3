#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set183).

Copied from set175's builder (itself from set173's, set171's, set165's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a plan or a
requirement, a change against an earlier value, a threshold inside a subject); check_gold.py
verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set175, the id is given in the record itself (`iid=`).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, CNT  # noqa: E402

DONG = dict(unit="other", unit_text="đồng")
CASHLESS = "econ.cashless_transactions_share"
SOC_CASH = "society.social_benefits_cashless_share"
SOC_CASH_N = "society.social_benefits_cashless_recipients_count"
POINTS = "econ.merchants_cashless_count"
EINV = "econ.e_invoice_enterprises_share"

# --------------------------------------------------------------------------
# 01 Lào Cai, the provincial plan for cashless payments 2021-2025 (qlqh.laocai.gov.vn; no cut; no
# byline, no stamp; the excerpt ends in "Triển khai các d"). Targets of 2025 ("phấn đấu đến năm
# 2025"). Pillar null (no heading). The title's "Đến năm 2025, từ 80% người dân từ 15 tuổi trở lên
# có tài khoản giao dịch tại ngân hàng" and the list's "Từ 80% người dân ..." are two records (a
# repeated statement is recorded at each place), >= (a target's bare "từ 80%"),
# society.bank_account_15plus_share. The list, item by item: "Giá trị thanh toán không dùng tiền
# mặt (TTKDTM) gấp 15 lần GRDP" (>=, other, unit_text "lần GRDP", as set129's "lần GDP"; no id),
# "TTKDTM trong thương mại điện tử đạt 50%" (>=, econ.cashless_transactions_share, whose wordings
# hold "trong thương mại điện tử", as set82's 05), "tăng số lượng điểm chấp nhận TTKDTM lên trên
# 7.500 điểm" (>, count, econ.merchants_cashless_count: the points accepting cashless payment, a
# judgement), "Tốc độ tăng trưởng bình quân ... đạt 10 - 15%/năm" (between; a growth target is a
# quantity; no id), "Tỷ lệ cá nhân, tổ chức sử dụng phương tiện TTKDTM qua các kênh thanh toán
# điện tử đạt 40%" (>=; no id: using cashless means is not holding an e-payment account), "100% cơ
# sở giáo dục trên địa bàn đô thị; 80 - 90% cơ sở giáo dục còn lại trên địa bàn tỉnh chấp nhận
# thanh toán học phí ..." (two records sharing the predicate: >= 100 and between 80-90, split by
# area, scopes "trên địa bàn đô thị" and "còn lại trên địa bàn tỉnh" as written, set172's đô thị /
# nông thôn split; society.cashless_school_fees_share), "Trên 60% các cơ sở khám, chữa bệnh trên
# địa bàn đô thị chấp nhận thanh toán dịch vụ y tế ..." (>, society.cashless_hospital_fees_share;
# "trên địa bàn đô thị" part of the subject, one value), "Trên 50% số người hưởng lương hưu, trợ
# cấp hàng tháng được chi trả thông qua các phương thức TTKDTM" and "Trên 90% số người nhận trợ
# cấp thất nghiệp ..." (>, society.social_benefits_cashless_share, as set116 gave it to pensions
# and unemployment benefits). Not quantities: "10 mục tiêu" (a count of targets, the spec's "05
# giải pháp"), "15 tuổi" (twice: the age inside the subject), "2021 - 2025" (a period).
# --------------------------------------------------------------------------
D01 = dict(name="01_laocai-ke-hoach-ttkdtm-2025", kind="target", year=2025, records=[
    R("năm 2025, từ «80% người", "người dân từ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng", ">=", 80,
      iid="society.bank_account_15plus_share"),
    R("gấp «15 lần GRDP", "Giá trị thanh toán không dùng tiền mặt (TTKDTM)", ">=", 15, unit="other",
      unit_text="lần GRDP"),
    R("điện tử đạt «50%", "TTKDTM trong thương mại điện tử", ">=", 50, iid=CASHLESS),
    R("; Từ «80% người", "người dân từ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng", ">=", 80,
      iid="society.bank_account_15plus_share"),
    R("lên trên «7.500 điểm", "số lượng điểm chấp nhận TTKDTM", ">", 7500, **CNT, iid=POINTS),
    R("TTKDTM đạt «10 - 15%", "Tốc độ tăng trưởng bình quân về số lượng và giá trị giao dịch TTKDTM", "between", 10,
      value_max=15),
    R("điện tử đạt «40%", "Tỷ lệ cá nhân, tổ chức sử dụng phương tiện TTKDTM qua các kênh thanh toán điện tử", ">=", 40),
    R("«100% cơ sở giáo dục", "cơ sở giáo dục chấp nhận thanh toán học phí bằng phương thức thanh toán không dùng tiền "
      "mặt", ">=", 100, scope="trên địa bàn đô thị", iid="society.cashless_school_fees_share"),
    R("«80 - 90% cơ sở", "cơ sở giáo dục chấp nhận thanh toán học phí bằng phương thức thanh toán không dùng tiền mặt",
      "between", 80, value_max=90, scope="còn lại trên địa bàn tỉnh", iid="society.cashless_school_fees_share"),
    R("Trên «60% các cơ sở", "các cơ sở khám, chữa bệnh trên địa bàn đô thị chấp nhận thanh toán dịch vụ y tế bằng "
      "phương thức TTKDTM", ">", 60, iid="society.cashless_hospital_fees_share"),
    R("Trên «50% số người", "số người hưởng lương hưu, trợ cấp hàng tháng được chi trả thông qua các phương thức TTKDTM",
      ">", 50, iid=SOC_CASH),
    R("Trên «90% số người", "số người nhận trợ cấp thất nghiệp được chi trả thông qua các phương thức TTKDTM", ">", 90,
      iid=SOC_CASH),
])

# --------------------------------------------------------------------------
# 02 Hà Nội, the "Không dùng tiền mặt năm 2022" event and the city's year-end targets
# (thesaigontimes.vn; no cut; no byline, no stamp). Targets of 2022 ("hết năm nay" in the year of
# the event "năm 2022"). Pillar null. "thanh toán không dùng tiền mặt trong thương mại điện tử đạt
# 45%" (>=) and "thanh toán điện tử trong các giao dịch thương mại khác đạt từ 65-75%" (between),
# both stated twice (the second time "trong các giao dịch mua hàng khác", after a semicolon): four
# records, econ.cashless_transactions_share (the share of other commercial transactions paid
# electronically is the same measure; a judgement). Not quantities: "21-7" (a date), "năm 2022"
# (inside the event's name).
# --------------------------------------------------------------------------
D02 = dict(name="02_hanoi-khong-tien-mat-tmdt-2022", kind="target", year=2022, records=[
    R("điện tử đạt «45%, thanh", "thanh toán không dùng tiền mặt trong thương mại điện tử", ">=", 45, iid=CASHLESS),
    R("thương mại khác đạt từ «65-75%", "thanh toán điện tử trong các giao dịch thương mại khác", "between", 65,
      value_max=75, iid=CASHLESS),
    R("điện tử đạt «45%;", "thanh toán không dùng tiền mặt trong thương mại điện tử", ">=", 45, iid=CASHLESS),
    R("mua hàng khác đạt từ «65-75%", "thanh toán không dùng tiền mặt trong các giao dịch mua hàng khác", "between", 65,
      value_max=75, iid=CASHLESS),
])

# --------------------------------------------------------------------------
# 03 Vĩnh Phúc, the State Treasury's "Kho bạc 3 không" (vinhphuctv.vn; no cut; no byline, no stamp;
# the excerpt ends in "công tác quản"). Results of 2021: "trong 10 tháng đầu năm 2021" dates the
# cash share; the online share holds "từ những tháng cuối năm 2020 đến nay", a "now" of the same
# report (2021; a judgement). Pillar null. "tỉ lệ giao dịch qua dịch vụ công trực tuyến ... luôn
# đạt tỉ lệ 99% đến 100%" (between 99-100, a range with "%" on both ends; the high end no record
# of its own), "tỉ lệ chi NSNN bằng tiền mặt trên toàn tỉnh Vĩnh Phúc chỉ chiếm 1,5% tổng chi
# NSNN" (=). Ids null (the treasury's online transactions and cash spending have no catalogue
# indicator; egov.online_payment_share is the payment of fees in administrative procedures). Not
# quantities: "năm 2019", "năm 2020", "10 tháng", "Kho bạc 3 không" / "kho bạc 3 không" (a name).
# --------------------------------------------------------------------------
D03 = dict(name="03_vinhphuc-kho-bac-3-khong-2021", kind="result", year=2021, records=[
    R("đạt tỉ lệ «99% đến", "tỉ lệ giao dịch qua dịch vụ công trực tuyến KBNN Vĩnh Phúc", "between", 99, value_max=100),
    R("chiếm «1,5% tổng", "tỉ lệ chi NSNN bằng tiền mặt trên toàn tỉnh Vĩnh Phúc tổng chi NSNN", "=", 1.5),
], NOT=["99% đến «100%"])

# --------------------------------------------------------------------------
# 04 Đắk Nông, cash handled by the State Treasury (tapchitaichinh.vn; cut: the author's byline
# "Hoàng Loan" with one blank line, and the first of the image's two identical caption lines
# "Trên địa bàn tỉnh Đắk Nông hiện có 855 đơn vị ..." (the alt text repeating the caption; the
# second, the page's only statement of the 855 units, kept); no date; the excerpt ends in "quan
# tâm " with its trailing space, kept). Results; year null (no year of measurement; "năm 2030" is
# the treasury's horizon with no number of its own). Pillar null. "chỉ còn khoảng 4%" three times
# (title, lead, body): three records, ~, the cash share of transactions through the treasury (no
# id). "855 đơn vị sử dụng ngân sách, thuộc diện bắt buộc đã sử dụng dịch vụ công trực tuyến của
# Kho bạc" (=, count; no id). Not quantities: "mức độ 4" (a service level, part of a name), "năm
# 2030".
# --------------------------------------------------------------------------
D04 = dict(name="04_daknong-kho-bac-tien-mat", kind="result", year=None, records=[
    R("giảm, chỉ còn khoảng «4%\n", "Lượng tiền mặt giao dịch qua Kho bạc Nhà nước Đắk Nông", "~", 4),
    R("hiện nay đã giảm, chỉ còn khoảng «4%", "lượng tiền mặt giao dịch qua KBNN Đắk Nông", "~", 4),
    R("có «855 đơn vị", "đơn vị sử dụng ngân sách, thuộc diện bắt buộc đã sử dụng dịch vụ công trực tuyến của Kho bạc",
      "=", 855, **CNT),
    R("Đắk Nông đã giảm, chỉ còn khoảng «4%", "lượng tiền mặt giao dịch qua KBNN Đắk Nông", "~", 4),
])

# --------------------------------------------------------------------------
# 05 Lạng Sơn, pensions and social-insurance benefits paid into accounts (tracuuquyhoach.com, a
# copy of a Lạng Sơn page; cut: the photo caption "Nhân viên Ngân hàng Thương mại cổ phần Lộc Phát
# Việt Nam chi nhánh tỉnh Lạng Sơn tuyên truyền, ..." that opened the excerpt; no stamp; the
# excerpt ends in "Tuy nhiên, th"). Results of 2025 ("Đến hết tháng 4/2025"). Pillar null.
# "toàn tỉnh có 17.477 người nhận lương hưu, trợ cấp BHXH hằng tháng qua tài khoản" (=, count,
# society.social_benefits_cashless_recipients_count), "đạt tỷ lệ 57,8%" (=,
# society.social_benefits_cashless_share), "mục tiêu của ngành năm 2025 (60%)" (a bracket that
# states the sector's aim: kind target, >=, 2025, same id). NOT: "tăng 27,2% so với cùng kỳ năm
# 2024" (a change). Not quantities: "tháng 8/2024", "Đề án 06".
# --------------------------------------------------------------------------
D05 = dict(name="05_langson-luong-huu-qua-tai-khoan-2025", kind="result", year=2025, records=[
    R("có «17.477 người", "người nhận lương hưu, trợ cấp BHXH hằng tháng qua tài khoản", "=", 17477, **CNT,
      iid=SOC_CASH_N),
    R("đạt tỷ lệ «57,8%", "tỷ lệ người nhận lương hưu, trợ cấp BHXH hằng tháng qua tài khoản", "=", 57.8, iid=SOC_CASH),
    R("năm 2025 («60%)", "mục tiêu của ngành tỷ lệ người nhận lương hưu, trợ cấp BHXH hằng tháng qua tài khoản", ">=", 60,
      kind="target", iid=SOC_CASH),
], NOT=["tăng «27,2%"])

# --------------------------------------------------------------------------
# 06 Long An, social benefits paid without cash (baolongan.vn; cut: the language widget "Tiếng Việt
# | English", the byline date "21/03/2024 - 16:31" (written as the first line `date 2024-03-21`),
# the photo caption "Việc chi trả chính sách an sinh xã hội không bằng tiền mặt ở tỉnh hiện kết qủa
# đạt còn thấp", the author "Lê Đức" and the widget "Chia sẻ bài viết", each with one blank line).
# Results of 2024 ("đến nay" under the March 2024 byline). Pillar null. "tổng số đối tượng đang
# hưởng chính sách an sinh xã hội trên địa bàn tỉnh là 88.302 người" (=, count: the population the
# payment serves is a result like any other, set116's 01), "có tài khoản ... là 50.616 người
# (chiếm 57,32 %)" (count and share, =; the page's space before "%" kept), "có 3.465 người đã thực
# hiện chi trả ... qua tài khoản ngân hàng hàng tháng" (=, count,
# society.social_benefits_cashless_recipients_count), "với số tiền hơn 6 tỉ đồng" (>, other,
# "đồng", the spelling "tỉ"), "mới đạt 3,92%/ tổng số người hưởng" (=,
# society.social_benefits_cashless_share: "so với tổng số" names the denominator), "đạt 6,85%/tổng
# số người có tài khoản ..." (=; no id: a share of account holders). Not quantities: "25/11/2022",
# "21/CT-TTg".
# --------------------------------------------------------------------------
D06 = dict(name="06_longan-an-sinh-khong-tien-mat-2024", kind="result", year=2024, records=[
    R("là «88.302 người", "tổng số đối tượng đang hưởng chính sách an sinh xã hội trên địa bàn tỉnh", "=", 88302, **CNT),
    R("là «50.616 người", "đối tượng có tài khoản tại các ngân hàng và tài khoản ủy quyền cho người thân", "=", 50616,
      **CNT),
    R("(chiếm «57,32 %)", "đối tượng có tài khoản tại các ngân hàng và tài khoản ủy quyền cho người thân", "=", 57.32),
    R("có «3.465 người", "người đã thực hiện chi trả chính sách an sinh xã hội qua tài khoản ngân hàng hàng tháng", "=",
      3465, **CNT, iid=SOC_CASH_N),
    R("số tiền hơn «6 tỉ", "số tiền chi trả chính sách an sinh xã hội qua tài khoản ngân hàng hàng tháng", ">", 6e9,
      **DONG),
    R("mới đạt «3,92%", "người đã thực hiện chi trả chính sách an sinh xã hội qua tài khoản ngân hàng tổng số người "
      "hưởng chính sách an sinh xã hội", "=", 3.92, iid=SOC_CASH),
    R("đạt «6,85%", "người đã thực hiện chi trả chính sách an sinh xã hội qua tài khoản ngân hàng tổng số người có tài "
      "khoản tại các ngân hàng và tài khoản ủy quyền cho người thân", "=", 6.85),
])

# --------------------------------------------------------------------------
# 07 Cam Lộ district, Quảng Trị, social benefits paid without cash (baomoi.net.vn, a copy of a
# Quảng Trị page; no cut; no byline, no stamp; the excerpt ends in "chỉ đ"). Results of 2024
# ("Tính đến tháng 12/2024"; the rates' "Đến nay" is the same report's now, a judgement). Pillar
# null. The district's own rate "đạt 76,08%" (=, society.social_benefits_cashless_share; Cam Lộ is
# the page's own place, no place field) and, in the bracket, the other eight localities' rates
# (=, same id, each with `place` as written: "TP. Đông Hà", "thị xã Quảng Trị", "Gio Linh", "Vĩnh
# Linh", "Hải Lăng", "Triệu Phong", "Đakrông", "Hướng Hóa"; the spec's "27/63 (Tuyên Quang)"; scope
# null: a list of localities, not a split by level). The beneficiaries "toàn huyện có 4.269 đối
# tượng ... đang hưởng trợ cấp hàng tháng, trong đó có 864 đối tượng người có công, 3.405 đối tượng
# bảo trợ xã hội" (=, count; set116's population served; a breakdown by kind of beneficiary, each
# its own subject, scope null; no id), and those paid "cho 3.248 đối tượng, trong đó 858 đối tượng
# người có công (đạt tỉ lệ 99,31%), 2.390 đối tượng bảo trợ xã hội (đạt tỉ lệ 70,19%)" (=, counts
# society.social_benefits_cashless_recipients_count, shares society.social_benefits_cashless_share).
# Not quantities: "21/CT-TTg", "tháng 12/2024".
# --------------------------------------------------------------------------
RATE = "tỉ lệ chi trả an sinh xã hội không dùng tiền mặt"
D07 = dict(name="07_quangtri-camlo-chi-tra-an-sinh-2024", kind="result", year=2024, records=[
    R("đạt «76,08%", RATE + " Cam Lộ", "=", 76.08, iid=SOC_CASH),
    R("Đông Hà «43,27%", RATE + " TP. Đông Hà", "=", 43.27, place="TP. Đông Hà", iid=SOC_CASH),
    R("Quảng Trị «48,02%", RATE + " thị xã Quảng Trị", "=", 48.02, place="thị xã Quảng Trị", iid=SOC_CASH),
    R("Gio Linh «42,03%", RATE + " huyện Gio Linh", "=", 42.03, place="Gio Linh", iid=SOC_CASH),
    R("Vĩnh Linh «32,12%", RATE + " huyện Vĩnh Linh", "=", 32.12, place="Vĩnh Linh", iid=SOC_CASH),
    R("Hải Lăng «32,1%", RATE + " huyện Hải Lăng", "=", 32.1, place="Hải Lăng", iid=SOC_CASH),
    R("Triệu Phong «49,21%", RATE + " huyện Triệu Phong", "=", 49.21, place="Triệu Phong", iid=SOC_CASH),
    R("Đakrông «22,1%", RATE + " huyện Đakrông", "=", 22.1, place="Đakrông", iid=SOC_CASH),
    R("Hướng Hóa «21,17%", RATE + " huyện Hướng Hóa", "=", 21.17, place="Hướng Hóa", iid=SOC_CASH),
    R("có «4.269 đối tượng", "đối tượng chính sách an sinh xã hội đang hưởng trợ cấp hàng tháng toàn huyện", "=", 4269,
      **CNT),
    R("có «864 đối tượng", "đối tượng người có công đang hưởng trợ cấp hàng tháng", "=", 864, **CNT),
    R("«3.405 đối tượng", "đối tượng bảo trợ xã hội đang hưởng trợ cấp hàng tháng", "=", 3405, **CNT),
    R("cho «3.248 đối tượng", "đối tượng huyện Cam Lộ đã thực hiện chi trả an sinh không dùng tiền mặt", "=", 3248, **CNT,
      iid=SOC_CASH_N),
    R("đó «858 đối tượng", "đối tượng người có công đã thực hiện chi trả an sinh không dùng tiền mặt", "=", 858, **CNT,
      iid=SOC_CASH_N),
    R("tỉ lệ «99,31%", "tỉ lệ đối tượng người có công đã thực hiện chi trả an sinh không dùng tiền mặt", "=", 99.31,
      iid=SOC_CASH),
    R("«2.390 đối tượng", "đối tượng bảo trợ xã hội đã thực hiện chi trả an sinh không dùng tiền mặt", "=", 2390, **CNT,
      iid=SOC_CASH_N),
    R("tỉ lệ «70,19%", "tỉ lệ đối tượng bảo trợ xã hội đã thực hiện chi trả an sinh không dùng tiền mặt", "=", 70.19,
      iid=SOC_CASH),
])

# --------------------------------------------------------------------------
# 08 Hà Tĩnh, ATMs, POS and points accepting cashless payment (thoibaonganhang.vn; no cut; no
# byline, no stamp; the excerpt ends in "phủ sóng và " with its trailing space, kept). Results of
# 2024 ("Tính đến ngày 31/8/2024"). Pillar null. "198 máy ATM được lắp đặt, trong đó 66 máy tại địa
# bàn thành phố, 132 máy huyện thị" (=, count; the 66 and 132 split the stock by area, scopes
# "địa bàn thành phố" and "huyện thị" as written, like set172's đô thị / nông thôn; a judgement),
# "100% huyện thị đã có lắp đặt máy ATM" (=, %; the districts and towns are the subject, scope
# null), "1.290 máy POS" (=, count), "43.465 điểm chấp nhận thanh toán không dùng tiền mặt" (=,
# count, econ.merchants_cashless_count, as 01's 7.500 points), "trong đó điểm chấp nhận thẻ là
# 1.276 điểm, điểm chấp nhận thanh toán QR code là 42.189 điểm" (=, count, a breakdown by kind of
# point, each its own subject; no id: one kind of point only). Ids null for ATMs and POS (no
# catalogue indicator). Not quantities: the credit institutions "56 đầu mối TCTD gồm: 22 chi nhánh
# NHTM cấp 1, 1 chi nhánh Ngân hàng Hợp tác xã, 1 chi nhánh Ngân hàng Chính sách xã hội; với gần
# 100 phòng giao dịch ..., 32 quỹ tín dụng nhân dân" (the make-up of the banking sector, the
# providers, not a value reached for an indicator; set136's "27 chi nhánh ngân hàng"; a
# judgement), "31/8/2024".
# --------------------------------------------------------------------------
D08 = dict(name="08_hatinh-atm-pos-qr-2024", kind="result", year=2024, records=[
    R("có «198 máy ATM", "máy ATM được lắp đặt trên địa bàn tỉnh", "=", 198, **CNT),
    R("đó «66 máy", "máy ATM được lắp đặt", "=", 66, **CNT, scope="địa bàn thành phố"),
    R("«132 máy huyện thị", "máy ATM được lắp đặt", "=", 132, **CNT, scope="huyện thị"),
    R("«100% huyện thị", "huyện thị đã có lắp đặt máy ATM", "=", 100),
    R("có «1.290 máy POS", "máy POS toàn tỉnh", "=", 1290, **CNT),
    R("có «43.465 điểm", "điểm chấp nhận thanh toán không dùng tiền mặt", "=", 43465, **CNT, iid=POINTS),
    R("là «1.276 điểm", "điểm chấp nhận thẻ", "=", 1276, **CNT),
    R("là «42.189 điểm", "điểm chấp nhận thanh toán QR code", "=", 42189, **CNT),
])

# --------------------------------------------------------------------------
# 09 The country, e-invoices by the end of June 2022 and the nine tax departments behind
# (kinhdoanhvaphattrien.vn; cut: the author "LÊ MINH" with the blank line before it; no stamp).
# The document is the General Department of Taxation's telegram: its figures are the country's
# (the document's own scope, no place field). Results of 2022 ("26/6/2022"). Pillar null. "vẫn
# còn 9 cục thuế có tỷ lệ DN, tổ chức đăng ký sử dụng hóa đơn điện tử ở dưới mức 99% gồm Bắc Kạn,
# ..." twice (lead and body): the count of departments recorded each time (=, count; no id), the
# threshold "dưới mức 99%" inside the subject NOT (set100's 05 convention), twice. Targets "đảm
# bảo đến hết ngày 30/6/2022 hoàn thành 100% số lượng DN, tổ chức, hộ kinh doanh đang sử dụng hóa
# đơn chuyển sang sử dụng hóa đơn điện tử" and, in the last paragraph, "... 100% số lượng DN, tổ
# chức đang sử dụng hóa đơn ..." (kind target, >=, 2022, econ.e_invoice_enterprises_share).
# Results "840.710 DN (tương đương 99,7% tổng số DN)" (=, count econ.e_invoice_enterprises_count;
# =, % econ.e_invoice_enterprises_share), "64.811 hộ kinh doanh, cá nhân kinh doanh theo phương
# pháp kê khai đã đăng ký và chuyển đổi sang sử dụng hóa đơn điện tử" (=, count; no id: the cash-
# register id counts another kind of invoice), "511.650.741 hóa đơn" (=, count; no id). Not
# quantities: "26/6", "30/6/2022" (twice), "38/2019/QH14", "123/NĐ-CP", "78/2021/TT-BTC",
# "110/TB-TCT" (documents), "cục thuế 9 tỉnh" (a reference back to the nine departments already
# counted, naming whom the order is for; a judgement).
# --------------------------------------------------------------------------
EINV_IND = "cục thuế có tỷ lệ DN, tổ chức đăng ký sử dụng hóa đơn điện tử ở dưới mức"
D09 = dict(name="09_ca-nuoc-hoa-don-dien-tu-9-tinh-2022", kind="result", year=2022, records=[
    R("26/6 vẫn còn «9 cục thuế", EINV_IND, "=", 9, **CNT),
    R("hoàn thành «100% số lượng DN, tổ chức, hộ", "số lượng DN, tổ chức, hộ kinh doanh đang sử dụng hóa đơn chuyển sang "
      "sử dụng hóa đơn điện tử", ">=", 100, kind="target", iid=EINV),
    R("có «840.710 DN", "DN đã đăng ký và chuyển đổi sang sử dụng hóa đơn điện tử", "=", 840710, **CNT,
      iid="econ.e_invoice_enterprises_count"),
    R("tương đương «99,7%", "DN đã đăng ký và chuyển đổi sang sử dụng hóa đơn điện tử tổng số DN", "=", 99.7, iid=EINV),
    R("«64.811 hộ", "hộ kinh doanh, cá nhân kinh doanh theo phương pháp kê khai đã đăng ký và chuyển đổi sang sử dụng "
      "hóa đơn điện tử", "=", 64811, **CNT),
    R("là «511.650.741 hóa đơn", "Số lượng hóa đơn điện tử đã được phát hành", "=", 511650741, **CNT),
    R("tốt, tuy nhiên vẫn còn «9 cục thuế", EINV_IND, "=", 9, **CNT),
    R("hoàn thành «100% số lượng DN, tổ chức đang", "số lượng DN, tổ chức đang sử dụng hóa đơn chuyển sang sử dụng hóa "
      "đơn điện tử", ">=", 100, kind="target", iid=EINV),
], NOT=["26/6 vẫn còn 9 cục thuế có tỷ lệ DN, tổ chức đăng ký sử dụng hóa đơn điện tử ở dưới mức «99%",
        "tuy nhiên vẫn còn 9 cục thuế có tỷ lệ DN, tổ chức đăng ký sử dụng hóa đơn điện tử ở dưới mức «99%"])

# --------------------------------------------------------------------------
# 10 Mỹ Tho, Tiền Giang, the launch of cashless streets (thtg.vn; cut: the photo caption "Lễ ra mắt
# các tuyến đường không dùng tiền mặt tại TP. Mỹ Tho. Ảnh: Anh Tuấn" with one blank line, and the
# author "Nguyễn Phong" with the blank line before it; no stamp, no year of the event). A precision
# text: an event and its streets (named, not counted), no target or result. Not quantities: "29-3"
# (a date), "kế hoạch số 57", "21/02/2022" (a plan and its date), "2021 – 2025" (a period).
# --------------------------------------------------------------------------
D10 = dict(name="10_tiengiang-mytho-tuyen-duong-precision", kind="result", year=None, records=[])

# --------------------------------------------------------------------------
# 11 Hội An, Quảng Nam, the pilot of cashless social payments in 2023 (baoquangnam.vn; the
# crawler's stamp " date 2023-09" written as the first line; cut: the photo caption "Các địa
# phương liên quan bàn kế hoạch ... Ảnh: Mỹ Lệ" with one blank line). A precision text: a plan's
# schedule. One quantity: the plan "thực hiện chi trả chính sách an sinh xã hội không dùng tiền
# mặt năm 2023 cho gần 1.400 người có công và bảo trợ xã hội" (kind target: the pilot's planned
# coverage; ~, count, 2023; society.social_benefits_cashless_recipients_count; a judgement). Not
# quantities: "tháng 9/2023", "tháng 10 - 12/2023" (the schedule's dates).
# --------------------------------------------------------------------------
D11 = dict(name="11_quangnam-hoian-thi-diem-an-sinh-2023-precision", kind="target", year=2023, records=[
    R("cho gần «1.400 người", "người có công và bảo trợ xã hội có điều kiện chuyển đổi thực hiện chi trả chính sách an "
      "sinh xã hội không dùng tiền mặt", "~", 1400, **CNT, iid=SOC_CASH_N),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
