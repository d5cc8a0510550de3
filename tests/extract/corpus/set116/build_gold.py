#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set116).

Copied from set69's builder (itself from set47's, set45's, set43's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (241
entries; see README). As in set10-set69, the id is given in the record itself (`iid=`).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, GOV, ECO, SOC, INFRA, SEC, HR, DATA, SMART, INST, AWARE, CNT, RANK, T, RES  # noqa: E402


DIEM = dict(unit="other", unit_text="điểm")
DONG = dict(unit="other", unit_text="đồng")

SOC_CASH = "society.social_benefits_cashless_share"
EINV = "econ.e_invoice_enterprises_share"
ONL = "egov.online_applications_count"

# --------------------------------------------------------------------------
# 01 Pensions and benefits paid through accounts, national (nld.com.vn, byline
# 2021-01 → `date 2021-01`). Year 2020 for every record: the figures are the
# year's results set against "kết quả đạt được năm 2019" and printed in
# January 2021 (a judgement; the stamp's 2021 is the publication year). The
# headline "730.000 người nhận lương qua tài khoản" and the body's "hơn
# 730.000 người" are two records (a repeated statement is recorded each
# time). The stock of beneficiaries "khoảng 3,2 triệu" and the cash-paid "gần
# 2,5 triệu người" are counts reported for the payment indicator (recorded, a
# judgement: a count of the population served is a result like any other).
# The three shares "đạt 28%", "44%", "69%" of beneficiaries paid through ATM
# accounts in urban areas: society.social_benefits_cashless_share (Chỉ thị
# 21's "chi trả an sinh xã hội" covers pensions and BHXH benefits; a
# judgement); "tại các vùng đô thị" is part of the subject (scope null).
# NOT: "tăng 4%", "tăng 7%", "tăng 16%" (changes against 2019). Pillar null.
# --------------------------------------------------------------------------
D01 = dict(name="01_ca-nuoc-bhxh-chi-tra-qua-tai-khoan-2020", kind="result", year=2020, records=[
    R("2021-01\n«730.000 người", "người nhận lương qua tài khoản", "=", 730000, **CNT),
    R("là khoảng «3,2 triệu", "tổng số người đang hưởng lương hưu, trợ cấp BHXH hằng tháng", "~", 3.2e6, **CNT),
    R("với gần «2,5 triệu người", "người được chi trả lương hưu, trợ cấp BHXH bằng tiền mặt", "~", 2.5e6, **CNT),
    R("cho hơn «730.000 người", "người được chi trả lương hưu, trợ cấp BHXH qua tài khoản cá nhân", ">", 730000, **CNT),
    R("đạt «28%", "số người hưởng lương hưu, trợ cấp BHXH hằng tháng qua tài khoản ATM tại các vùng đô thị", "=", 28,
      iid=SOC_CASH),
    R("đạt «44%", "Số người hưởng các chế độ BHXH một lần qua tài khoản ATM tại các vùng đô thị", "=", 44,
      iid=SOC_CASH),
    R("đạt «69%", "Số người hưởng trợ cấp thất nghiệp qua tài khoản ATM tại các vùng đô thị", "=", 69, iid=SOC_CASH),
], NOT=["tăng «4%", "tăng «7%", "tăng «16%"])

# --------------------------------------------------------------------------
# 02 VssID registrations and insurance participants, national (nld.com.vn, no
# date shown; the byline initials "D.Thu" at the end cut). Year 2021 for the
# results: "Tính đến ngày 25-4" names no year, but the text sets them against
# "cuối năm 2020" and the year-end target "đến hết năm 2021" (a judgement).
# Participants (BHXH bắt buộc, tự nguyện, thất nghiệp, BHYT) are counts and
# shares reported as reached (recorded; no DX id). "đạt 14,665 % so với tổng
# chỉ tiêu được giao" (the share of the plan's total reached: a quantity, its
# denominator named; the page's space before "%" kept). Target "đến hết năm
# 2021, gần 25,4 triệu người cài đặt và sử dụng ứng dụng VssID" (~, count, no
# id: society.vssid_users_share is a share). NOT: "giảm 1,05%", "2,17%",
# "giảm 1,15%", "giảm 1,24%" (changes against the end of 2020). Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_ca-nuoc-vssid-ho-so-duyet-2021", kind="result", year=2021, records=[
    R("gần «14,9 triệu", "người tham gia BHXH bắt buộc", "~", 14.9e6, **CNT),
    R("hơn «1,1 triệu", "người tham gia BHXH tự nguyện", ">", 1.1e6, **CNT),
    R("là gần «13,2 triệu", "Số người tham gia bảo hiểm thất nghiệp", "~", 13.2e6, **CNT),
    R("đạt «26,7%", "Số người tham gia bảo hiểm thất nghiệp so với lực lượng lao động trong độ tuổi", "=", 26.7),
    R("gần «87 triệu", "BHYT người tham gia", "~", 87e6, **CNT),
    R("bao phủ «88,9%", "tỉ lệ bao phủ BHYT dân số", "=", 88.9),
    R("gần «4,5 triệu lượt", "lượt tải, cài đặt, đăng ký sử dụng ứng dụng VssID", "~", 4.5e6, **CNT),
    R("hơn «3,72 triệu hồ sơ", "hồ sơ đăng ký sử dụng ứng dụng VssID hợp lệ được duyệt", ">", 3.72e6, **CNT),
    R("đạt «14,665 %", "hồ sơ VssID hợp lệ được duyệt so với tổng chỉ tiêu được giao theo kế hoạch của BHXH Việt Nam",
      "=", 14.665),
    R("gần «25,4 triệu", "người cài đặt và sử dụng ứng dụng VssID", "~", 25.4e6, **CNT, kind="target"),
], NOT=["giảm «1,05%", "và «2,17%", "giảm «1,15%", "giảm «1,24%"])

# --------------------------------------------------------------------------
# 03 Hồ Chí Minh City, VssID installs (dantri.com.vn; a precision text; the
# byline "Xuân Hinh" and the photo's two caption lines cut; no date shown).
# Year 2021: the document's deadline "trước ngày 31/7/2021" and target "cuối
# năm 2021" (results "Tính đến nay" take the document's year; a judgement).
# Three quantities: the headline "Hơn 1 triệu người dân cài đặt ứng dụng
# VssID" (>), "khoảng 1 triệu người dân TPHCM đã được duyệt hồ sơ giao dịch
# điện tử" (~) and the target "khoảng 4,5 triệu người dân TPHCM sẽ cài đặt" (~,
# 2021). Counts, no id. Not quantities: "31/7/2021", the names. Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_tphcm-vssid-cai-dat-2021-precision", kind="result", year=2021, records=[
    R("TPHCM: Hơn «1 triệu", "người dân cài đặt ứng dụng VssID - Bảo hiểm xã hội số", ">", 1e6, **CNT),
    R("khoảng «1 triệu người dân TPHCM", "người dân TPHCM đã được duyệt hồ sơ giao dịch điện tử với cơ quan bảo hiểm "
      "xã hội", "~", 1e6, **CNT),
    R("khoảng «4,5 triệu", "người dân TPHCM sẽ cài đặt ứng dụng VssID", "~", 4.5e6, **CNT, kind="target"),
])

# --------------------------------------------------------------------------
# 04 VssID and personal identity numbers, national (thoidai.com.vn; a
# precision text; the image line "![]() |" and the caption "Đến hết năm 2022
# đạt tỷ lệ từ 90% đến 100% ... (Ảnh: Người lao động). |" cut; no date shown;
# the excerpt ends in "đạt tỷ "). One quantity: the headline "100% người tham
# gia được cập nhật thông tin trên VssID" (a target, bare number → >=; year
# 2022 from "Phấn đấu đến hết năm 2022"; no id). Not quantities: "06/QĐ-TTg",
# "6/1/2022", "2022- 2025", "năm 2030", "Đề án 06", "năm 2022". Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_ca-nuoc-vssid-dinh-danh-2022-precision", kind="target", year=2022, records=[
    R("«100% người tham gia được", "người tham gia được cập nhật thông tin trên VssID", ">=", 100),
])

# --------------------------------------------------------------------------
# 05 Thái Bình, Vũ Thư district: accounts for social payments (vietnamnet.vn,
# stamp `date 2024-11`; "Tính đến ngày 5/11" → 2024). "10.009 tài khoản nhận
# chi trả trợ cấp xã hội, đạt 42,5%" and "3.186 tài khoản chi trả lương hưu và
# trợ cấp BHXH, đạt 32,5%": four results (count, %); the shares' base is not
# said (the province's assigned target or the beneficiaries) → no id. Target
# "đến hết ngày 31/12/2024 phấn đấu có trên 75% số người nhận chi trả chế độ an
# sinh xã hội qua tài khoản" (>, 2024, society.social_benefits_cashless_share).
# Not quantities: "5/11", "31/12/2024". Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_thaibinh-vuthu-tai-khoan-an-sinh-2024", kind="result", year=2024, records=[
    R("được «10.009 tài khoản", "tài khoản nhận chi trả trợ cấp xã hội đã vận động mở", "=", 10009, **CNT),
    R("đạt «42,5%", "tài khoản nhận chi trả trợ cấp xã hội đã vận động mở", "=", 42.5),
    R("và «3.186 tài khoản", "tài khoản chi trả lương hưu và trợ cấp BHXH đã vận động mở", "=", 3186, **CNT),
    R("đạt «32,5%", "tài khoản chi trả lương hưu và trợ cấp BHXH đã vận động mở", "=", 32.5),
    R("có trên «75%", "số người nhận chi trả chế độ an sinh xã hội qua tài khoản", ">", 75, kind="target",
      iid=SOC_CASH),
])

# --------------------------------------------------------------------------
# 06 Long An, social payments through accounts (vietnamplus.vn, stamp `date
# 2024-11`; the photo caption "Toàn tỉnh hiện có 328 máy ATM, ... (Nguồn: báo
# Long An)" cut). Year 2024. "chi trả qua tài khoản ... cho 72.174 người,
# chiếm tỷ lệ 97,93% trên tổng số đối tượng có tài khoản và 83,24% trên tổng
# số đối tượng chính sách an sinh xã hội": three records (count; the share of
# account holders, no id; the share of all beneficiaries,
# society.social_benefits_cashless_share). Target "Năm 2024 ... trên 95% đối
# tượng ... nhận chi trả qua tài khoản ngân hàng" (>, same id). "còn khoảng 5%
# số đối tượng là người già yếu neo đơn ..." is the rest the target leaves
# out, no quantity of its own → NOT (a judgement). "hơn 86.700 người" (the
# beneficiaries, >), "73.698 người" with accounts and "85%" (=, no id).
# Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_longan-chi-tra-an-sinh-qua-tai-khoan-2024", kind="result", year=2024, records=[
    R("cho «72.174 người", "Long An thực hiện chi trả qua tài khoản, không sử dụng tiền mặt", "=", 72174, **CNT),
    R("chiếm tỷ lệ «97,93%", "chi trả qua tài khoản trên tổng số đối tượng có tài khoản", "=", 97.93),
    R("và «83,24%", "chi trả qua tài khoản trên tổng số đối tượng chính sách an sinh xã hội", "=", 83.24,
      iid=SOC_CASH),
    R("mục tiêu trên «95%", "đối tượng chính sách, an sinh xã hội nhận chi trả qua tài khoản ngân hàng", ">", 95,
      kind="target", iid=SOC_CASH),
    R("tỉnh hơn «86.700 người", "đối tượng hưởng chính sách an sinh xã hội trên địa bàn tỉnh", ">", 86700, **CNT),
    R("là «73.698 người", "số đối tượng có tài khoản tại các ngân hàng", "=", 73698, **CNT),
    R("chiếm tỷ lệ «85%", "số đối tượng có tài khoản tại các ngân hàng", "=", 85),
], NOT=["còn khoảng «5%"])

# --------------------------------------------------------------------------
# 07 Bắc Ninh, accounts for social payments (nhandan.vn; the photo caption,
# printed twice, cut; no date shown). Year 2023: the page names Chỉ thị
# 21/CT-TTg of 25/11/2022 and then "ngày 20/1", "ngày 16/1", "tháng 1", which
# fall in January 2023 (a judgement from the document). "81.013 người ... được
# hỗ trợ mở tài khoản ngân hàng" (=, count, no id: persons, not the catalogue's
# payment accounts) and "(đạt tỷ lệ 83,11% trên tổng số đối tượng hưởng an
# sinh xã hội)" (=, the share with accounts, no id). "chi trả tiền trợ cấp
# tháng 1 qua tài khoản cho 9.523 người" (count), "số tiền hơn 4,4 tỷ đồng"
# (>, other "đồng"), "(đạt 11,75%) trong tổng số người đã có tài khoản" (=, no
# id: its base is account holders). Not quantities: "21/CT-TTg",
# "25/11/2022", "20/1", "17 giờ ngày 16/1", "tháng 1". The section label "Chi
# trả an sinh xã hội không dùng tiền mặt" names no pillar → null.
# --------------------------------------------------------------------------
D07 = dict(name="07_bacninh-mo-tai-khoan-an-sinh", kind="result", year=2023, records=[
    R("có «81.013 người", "người thuộc diện hưởng trợ cấp ưu đãi người có công, an sinh xã hội được hỗ trợ mở tài "
      "khoản ngân hàng để thực hiện chi trả không dùng tiền mặt", "=", 81013, **CNT),
    R("đạt tỷ lệ «83,11%", "người hưởng an sinh xã hội được hỗ trợ mở tài khoản ngân hàng trên tổng số đối tượng "
      "hưởng an sinh xã hội", "=", 83.11),
    R("cho «9.523 người", "người thuộc diện bảo trợ xã hội được chi trả tiền trợ cấp tháng 1 qua tài khoản", "=", 9523,
      **CNT),
    R("số tiền hơn «4,4 tỷ", "số tiền trợ cấp tháng 1 chi trả qua tài khoản", ">", 4.4e9, **DONG),
    R("(đạt «11,75%)", "người thuộc diện bảo trợ xã hội được chi trả qua tài khoản trong tổng số người đã có tài "
      "khoản", "=", 11.75),
])

# --------------------------------------------------------------------------
# 08 Đà Nẵng, e-invoices (danang.gov.vn's e-invoice page; nothing cut; no date
# shown). Year null: the text says only "Ngày 30-6" and "16 giờ ngày 29-6".
# "22.123 doanh nghiệp, tổ chức kinh tế, người nộp thuế ... sử dụng hóa đơn
# điện tử, đạt tỷ lệ 100%" (count; %, econ.e_invoice_enterprises_share);
# "1.096 hộ kinh doanh, cá nhân kinh doanh ... đã đăng ký và chuyển đổi sử
# dụng hóa đơn điện tử" (count, econ.cash_register_invoice_households_count,
# whose wording it is); "lũy kế số lượng hóa đơn ... là 5.603.399 hóa đơn"
# (count, no id). Not quantities: "30-6", "16 giờ", "29-6". Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_danang-hoa-don-dien-tu", kind="result", year=None, records=[
    R("có «22.123 doanh nghiệp", "doanh nghiệp, tổ chức kinh tế, người nộp thuế trên địa bàn thành phố sử dụng hóa "
      "đơn điện tử", "=", 22123, **CNT),
    R("đạt tỷ lệ «100%", "doanh nghiệp, tổ chức kinh tế, người nộp thuế sử dụng hóa đơn điện tử", "=", 100, iid=EINV),
    R("«1.096 hộ kinh doanh", "hộ kinh doanh, cá nhân kinh doanh theo phương pháp kê khai đã đăng ký và chuyển đổi sử "
      "dụng hóa đơn điện tử", "=", 1096, **CNT, iid="econ.cash_register_invoice_households_count"),
    R("là «5.603.399 hóa đơn", "lũy kế số lượng hóa đơn Cơ quan Thuế đã tiếp nhận xử lý", "=", 5603399, **CNT),
])

# --------------------------------------------------------------------------
# 09 E-invoices in six provinces after one month, national (khoahocdoisong.vn;
# "Theo Đời sống" and "back to top" cut; no date shown). Year 2021: "từ
# 1/11/2021" and "sau 1 tháng" (a judgement). The headline's and the body's
# "71%" (each recorded; econ.e_invoice_enterprises_share), "263.182 doanh
# nghiệp" (count), "1.707.871 hóa đơn", "5.802 hóa đơn", "77.820 hóa đơn"
# (counts, each its own subject), Hà Nội's "cũng đạt 90%" (place "Hà Nội",
# same id). Not quantities: "6 tỉnh, thành", "6 cục thuế", "6 tỉnh", "6 địa
# phương" and "57 địa phương còn lại" (the groups of the roll-out's phases,
# named, not measured; a judgement), "1 tháng", "1 năm", "1/11/2021", "tháng
# 4/2022", "Giai đoạn 2". NOT: "chiếm tỷ lệ 60% toàn quốc" and "chiếm khoảng
# 70% toàn quốc" (the six provinces' weight in the country: no target or
# result of the transformation; a judgement as set69's 01). Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_ca-nuoc-hoa-don-dien-tu-6-tinh-2021", kind="result", year=2021, records=[
    R("Đã có «71%", "doanh nghiệp đăng ký sử dụng hóa đơn điện tử", "=", 71, iid=EINV),
    R("là «263.182 doanh nghiệp", "số lượng người nộp thuế đăng ký sử dụng hóa đơn điện tử", "=", 263182, **CNT),
    R("chiếm «71%", "người nộp thuế đăng ký sử dụng hóa đơn điện tử chiếm tổng số doanh nghiệp, tổ chức", "=", 71,
      iid=EINV),
    R("là «1.707.871 hóa đơn", "Tổng số hóa đơn có mã đã nhận của 6 cục thuế", "=", 1707871, **CNT),
    R("có «5.802 hóa đơn", "hóa đơn không đủ điều kiện cấp mã", "=", 5802, **CNT),
    R("«77.820 hóa đơn", "hóa đơn không mã gửi đầy đủ nội dung", "=", 77820, **CNT),
    R("cũng đạt «90%", "tỷ lệ số lượng doanh nghiệp đăng ký nộp thuế đã đăng ký sử dụng hóa đơn điện tử Hà Nội", "=",
      90, place="Hà Nội", iid=EINV),
], NOT=["chiếm tỷ lệ «60%", "chiếm khoảng «70%"])

# --------------------------------------------------------------------------
# 10 Thái Nguyên, the land database (baothainguyen.vn, byline "17:40,
# 17/11/2021" cut and written as `date 2021-11`; results of 2021). "xây dựng
# cơ sở dữ liệu đất đai cho 6 địa phương" (count, =) and "3 địa phương còn
# lại" still being built (count, =; a status reported, a judgement), no id
# (data.land_records_digitised_share is a share). "Hiện nay, 100% cơ sở dữ
# liệu về tài nguyên và môi trường dùng chung ... được cập nhật" (=, no id).
# "dữ liệu quan trắc tự động của 26 trạm" (=, count). The 2022 aim ("phấn đấu
# đến hết năm 2022 sẽ cơ bản hoàn thiện") has no number. Not quantities:
# "năm 2003" (the law's name), "năm 2018, 2019, 2020", "năm 2021", "năm 2022".
# Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_thainguyen-co-so-du-lieu-dat-dai-2021", kind="result", year=2021, records=[
    R("cho «6 địa phương", "địa phương đã xây dựng cơ sở dữ liệu đất đai", "=", 6, **CNT),
    R("của «3 địa phương", "địa phương còn lại đang đẩy nhanh tiến độ xây dựng cơ sở dữ liệu đất đai", "=", 3, **CNT),
    R("Hiện nay, «100%", "cơ sở dữ liệu về tài nguyên và môi trường dùng chung của tỉnh thường xuyên được cập nhật, "
      "nâng cấp, mở rộng và kết nối, chia sẻ", "=", 100),
    R("của «26 trạm", "trạm quan trắc tự động Sở tiếp nhận, quản lý dữ liệu", "=", 26, **CNT),
])

# --------------------------------------------------------------------------
# 11 The national land-data campaign (vietbao.vn, stamp `date 2025-06`; a
# precision text). "dữ liệu đất đai đã được xây dựng từ trước đến nay của gần
# 50 triệu thửa đất tại 2.342/3.321 đơn vị cấp xã": the data built so far,
# two results of 2025 (~ 50 million parcels; = 2342 communes, the "/3.321"
# its denominator), counts, no id; the campaign reviews them (a judgement that
# the numbers measure the stock, not a target). Not quantities:
# "151/KH-BCA-BNN&MT", "1/9", "30/11/2025". Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_ca-nuoc-chien-dich-du-lieu-dat-dai-2025-precision", kind="result", year=2025, records=[
    R("của gần «50 triệu", "dữ liệu đất đai đã được xây dựng từ trước đến nay của thửa đất", "~", 50e6, **CNT),
    R("tại «2.342/3.321", "dữ liệu đất đai đã được xây dựng từ trước đến nay tại đơn vị cấp xã", "=", 2342, **CNT),
])

# --------------------------------------------------------------------------
# 12 Online driving-licence renewals in the lagging provinces, national
# (sggp.org.vn; nothing cut; no date shown; "trong năm 2023" → 2023). Ten
# province counts "Cà Mau mới có 19 hồ sơ thực hiện thành công, Kiên Giang 16
# hồ sơ, ..." (=, count, each with its province as `place`;
# egov.online_applications_count). Target "phấn đấu đạt tối thiểu 10% số
# lượng GPLX đổi trực tiếp trong năm 2023" (>=, 2023, no id). "gần 38.000 hồ
# sơ" received (~, same id), "hơn 31.000 người dân" served (>, count, no id),
# "khoảng từ 500 - 700 hồ sơ" a day (between 500-700, count, no id: a daily
# rate). Not quantities: "18-9". Pillar null.
# --------------------------------------------------------------------------
GPLX = "hồ sơ đổi GPLX trực tuyến trên Cổng dịch vụ công Quốc gia thực hiện thành công"
D12 = dict(name="12_ca-nuoc-doi-gplx-truc-tuyen-cac-tinh-2023", kind="result", year=2023, records=[
    R("mới có «19 hồ sơ", GPLX, "=", 19, **CNT, place="Cà Mau", iid=ONL),
    R("Kiên Giang «16 hồ sơ", GPLX, "=", 16, **CNT, place="Kiên Giang", iid=ONL),
    R("Đắk Nông «14 hồ sơ", GPLX, "=", 14, **CNT, place="Đắk Nông", iid=ONL),
    R("Hưng Yên «10 hồ sơ", GPLX, "=", 10, **CNT, place="Hưng Yên", iid=ONL),
    R("Ninh Thuận «10 hồ sơ", GPLX, "=", 10, **CNT, place="Ninh Thuận", iid=ONL),
    R("Quảng Trị «9 hồ sơ", GPLX, "=", 9, **CNT, place="Quảng Trị", iid=ONL),
    R("An Giang «8 hồ sơ", GPLX, "=", 8, **CNT, place="An Giang", iid=ONL),
    R("Cao Bằng «5 hồ sơ", GPLX, "=", 5, **CNT, place="Cao Bằng", iid=ONL),
    R("Cần Thơ «4 hồ sơ", GPLX, "=", 4, **CNT, place="Cần Thơ", iid=ONL),
    R("Trà Vinh «1 hồ sơ", GPLX, "=", 1, **CNT, place="Trà Vinh", iid=ONL),
    R("tối thiểu «10%", "số lượng đổi GPLX trực tuyến trên số lượng GPLX đổi trực tiếp", ">=", 10, kind="target"),
    R("gần «38.000 hồ sơ", "hồ sơ dịch vụ công toàn trình đổi GPLX trên cổng dịch vụ công Quốc gia hệ thống đã tiếp "
      "nhận", "~", 38000, **CNT, iid=ONL),
    R("hơn «31.000 người", "người dân được trả kết quả đổi GPLX trực tuyến", ">", 31000, **CNT),
    R("khoảng từ «500 - 700", "hồ sơ đăng ký đổi GPLX trực tuyến trung bình mỗi ngày", "between", 500, **CNT,
      value_max=700),
])

# --------------------------------------------------------------------------
# 13 Online driving-licence renewals, national (giaothonghanoi.kinhtedothi.vn;
# the byline "PHẠM CÔNG", "Chia sẻ" and the closing "Tin liên quan" cut; no
# date shown). Year 2023 ("Đến ngày 10/7/2023"; "quý I", "quý II", "từ tháng
# 3" of the same year), 2022 for "Năm 2022 ... chỉ tiếp nhận được trên 20 hồ
# sơ". The headline's and the body's "12.160 hồ sơ" (>, each recorded;
# egov.online_applications_count); "gần 300 bộ mỗi ngày" stated twice (~, both
# recorded, no id: a daily rate); "gần 10.840 giấy phép lái xe" renewed (~),
# "hơn 1.000 hồ sơ đang xử lý" (>); "khoảng 16 hồ sơ mỗi ngày" in the first
# quarter (~) and "tăng lên 92 bộ trong quý II" (=: the level reached, not a
# difference; a judgement); "1.044 cơ sở y tế" connected (=) and "hơn 624.000
# giấy khám sức khỏe điện tử" (>). Not quantities: "mức độ 4" (a level's
# name, twice), "tháng 11/2022", "10/7/2023", "quý I", "quý II", "tháng 3".
# Pillar null.
# --------------------------------------------------------------------------
D13 = dict(name="13_ca-nuoc-doi-bang-lai-truc-tuyen-2023", kind="result", year=2023, records=[
    R("Hơn «12.160 hồ sơ đăng ký đổi", "hồ sơ đăng ký đổi bằng lái xe trực tuyến", ">", 12160, **CNT, iid=ONL),
    R("tiếp nhận gần «300 bộ mỗi ngày.\n\nTừ", "hồ sơ đổi bằng lái xe các sở tiếp nhận mỗi ngày", "~", 300, **CNT),
    R("hơn «12.160 hồ sơ đăng ký,", "hồ sơ đăng ký đổi giấy phép lái xe trực tuyến hệ thống nhận được", ">", 12160,
      **CNT, iid=ONL),
    R("gần «10.840 giấy", "giấy phép lái xe các đơn vị đã cấp đổi", "~", 10840, **CNT),
    R("hơn «1.000 hồ sơ", "hồ sơ đang xử lý", ">", 1000, **CNT),
    R("tiếp nhận gần «300 bộ mỗi ngày.\n\nTrong", "hồ sơ đổi bằng lái xe các sở tiếp nhận mỗi ngày", "~", 300, **CNT),
    R("khoảng «16 hồ sơ", "hồ sơ các đơn vị tiếp nhận và giải quyết mỗi ngày trong quý I", "~", 16, **CNT),
    R("tăng lên «92 bộ", "hồ sơ các đơn vị tiếp nhận và giải quyết mỗi ngày trong quý II", "=", 92, **CNT),
    R("trên «20 hồ sơ", "hồ sơ cấp đổi giấy phép lái xe thí điểm tiếp nhận được", ">", 20, **CNT, year=2022),
    R("kết nối «1.044 cơ sở", "cơ sở y tế Bộ GTVT phối hợp với Bộ Y tế kết nối", "=", 1044, **CNT),
    R("hơn «624.000 giấy", "giấy khám sức khỏe điện tử của người dân được cung cấp", ">", 624000, **CNT),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
