#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set230).

Adapted from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (../goldkit.py).

Each document may also list NOT: locators of percentages deliberately left without a record (a
result measured against its quota, its estimate or an earlier value); check_gold.py verifies that
every percentage has a record or a NOT entry.

Each record carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue indicator
it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README), given in
the record itself (`iid=`).

set230's theme: tax, customs and the state treasury going digital (e-invoices, e-tax filing and
payment, treasury online services, electronic customs clearance). No text stands under a heading
that names a pillar: every record's pillar is null.

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

VND = dict(unit="other", unit_text="đồng")  # money: unit other, the magnitude word multiplied in
EINV_N = "econ.e_invoice_enterprises_count"
EINV_S = "econ.e_invoice_enterprises_share"
HH_INV = "econ.cash_register_invoice_households_count"
ETAX = "econ.e_tax_enterprises_share"
FULL_S = "egov.full_online_services_share"
FULL_N = "egov.full_online_services_count"
PORTAL_N = "egov.national_portal_integrated_services_count"


def doc(name, kind, year, records, NOT=()):
    """One document: its file name, its default kind and year, its records and its NOT locators."""
    return dict(name=name, kind=kind, year=year, records=records, NOT=list(NOT))


# --------------------------------------------------------------------------
# 01 Bình Dương, the provincial treasury's online public services for budget-using units
# (khobac.binhduong.gov.vn; nothing cut; no byline, no stamp; the excerpt ends in "Nghị định
# 11/2020"). Results: "đến đầu năm 2019, toàn tỉnh chỉ có 3 đơn vị sử dụng Dịch vụ công trực
# tuyến (DVCTT) Kho bạc" (=, count, year 2019, the year the sentence names) and "đến nay tháng
# 6/2020 đã có 1005 đơn vị tham gia trên 1025 đơn vị SDNS phải tham gia" (=, count, 2020; the
# denominator "1025" is no record, as the earlier sets record the numerator only). Document year
# 2020 (the latest year the text gives). Not quantities: "5/2018", "12/4/2019", "26/4/2019",
# "11/9/2019", "6/2020" (dates), "1758/KBNN-CNTT", "553/KBBD-KSC", "4578/UBND-KTN", "11/2020"
# (documents). Ids null (budget-using units on the treasury's online services: no catalogue id).
# --------------------------------------------------------------------------
D01 = doc("01_binhduong-kho-bac-dvctt-2020", "result", 2020, [
    R("chỉ có «3 đơn vị", "đơn vị sử dụng Dịch vụ công trực tuyến (DVCTT) Kho bạc toàn tỉnh", "=", 3, **CNT,
      year=2019),
    R("đã có «1005 đơn vị", "đơn vị sử dụng ngân sách tham gia Dịch vụ công trực tuyến Kho bạc", "=", 1005, **CNT),
])

# --------------------------------------------------------------------------
# 02 Bình Thuận, an article on e-filing at the tax sub-department of Đức Linh - Tánh Linh: its
# abstract and the opening of its first section (tapchicongthuong.vn; cut: the byline "NGUYỄN ĐỨC
# NGỌC (Trường Đại học Bà Rịa - Vũng Tàu - BVU)" with the blank line after it; no stamp; the
# excerpt ends in "Cùng với"). A precision text: most numbers are changes or names. Year 2020 (the
# abstract's "Năm 2020"; the first section names no year). Results (national, the General
# Department of Taxation): "hoàn thành việc tích hợp 150 thủ tục thuế lên Cổng Dịch vụ công quốc
# gia" (=, count) and "số hồ sơ đã đồng bộ trạng thái ... là 16.320.066 hồ sơ" (=, count). NOT:
# "vượt 2% ... dự toán" (a result against its estimate). Not quantities: "(tương đương 24.400 tỷ
# đồng)" (the same excess over the estimate, in money), "tăng 175,9 ngàn tỷ đồng so với số ước
# thu" (a change against an earlier estimate), "quý III" (a period), "1." (a section number).
# Ids: PORTAL_N for the 150 procedures; the records synchronised: null.
# --------------------------------------------------------------------------
D02 = doc("02_binhthuan-ke-khai-thue-qua-mang-2020-precision", "result", 2020, [
    R("tích hợp «150 thủ tục", "thủ tục thuế tích hợp lên Cổng Dịch vụ công quốc gia", "=", 150, **CNT,
      iid=PORTAL_N),
    R("là «16.320.066 hồ sơ", "hồ sơ đã đồng bộ trạng thái lên Cổng Dịch vụ công quốc gia", "=", 16320066, **CNT),
], NOT=["vượt «2% ("])

# --------------------------------------------------------------------------
# 03 Phú Yên, budget-using units authorising the provincial treasury to pay their utility bills
# automatically, July 2023 (tapchitaichinh.vn; cut: the byline "PV." with the blank line after it
# and the photo caption "Hoạt động nghiệp vụ tại Kho bạc Nhà nước Phú Yên." (two identical lines)
# with the blank line after them; no stamp; the excerpt ends in "Theo Kho bạc Nhà nướ"). Year
# 2023. Results: the title's "218 đơn vị" and the body's two "218 đơn vị" (=, count: a title
# that states a value is a record, as the earlier sets read titles; the body states it twice, each
# a record), "chiếm 19% tổng số đơn vị sử dụng ngân sách" (=), and the districts' "huyện Tây Hòa
# (82,9%), huyện Phú Hòa (24%)" (=, each with its place: a district of the province, named). Not
# quantities: "7/2023", "31/7/2023" (dates). Ids null (no catalogue id for the treasury's
# automatic payments).
# --------------------------------------------------------------------------
AUTOPAY = "đơn vị sử dụng ngân sách ký ủy quyền thanh toán tự động với Kho bạc Nhà nước Phú Yên"
D03 = doc("03_phuyen-kho-bac-uy-quyen-thanh-toan-2023", "result", 2023, [
    R("«218 đơn vị sử dụng ngân sách ủy quyền", AUTOPAY, "=", 218, **CNT),
    R("tháng 7/2023 đã có «218 đơn vị", AUTOPAY, "=", 218, **CNT),
    R("31/7/2023, toàn Tỉnh đã có «218 đơn vị", AUTOPAY, "=", 218, **CNT),
    R("chiếm «19% tổng số", "đơn vị sử dụng ngân sách trên địa bàn tỉnh ký ủy quyền thanh toán tự động",
      "=", 19),
    R("Tây Hòa («82,9%", "tỉ lệ đơn vị sử dụng ngân sách đã ủy quyền thanh toán tự động", "=", 82.9,
      place="Tây Hòa"),
    R("Phú Hòa («24%", "tỉ lệ đơn vị sử dụng ngân sách đã ủy quyền thanh toán tự động", "=", 24, place="Phú Hòa"),
])

# --------------------------------------------------------------------------
# 04 National, the State Treasury's online public services at the end of April 2020
# (tapchitaichinh.vn; cut: the byline "Mai Anh" with the blank line after it; no stamp). Year 2020
# (the text's "30/4/2020"; "tháng 4/20202" is the page's typo for the same month). Results: the
# title's "đạt 55%" and the body's "đạt tỷ lệ 55%" (=, each a record), "73.595 ... đơn vị sử dụng
# ngân sách đăng ký tham gia sử dụng dịch vụ công trực tuyến (DVCTT), đạt tỷ lệ 79,60%" (=, count
# and %), "7.837 đơn vị đăng ký sử dụng mới" (=), "cao hơn 10.000 người" (>), "tăng cao nhất lên
# tới 32.000 người" (=: the peak reached), "khoảng 100.000 chứng từ thanh toán và khoảng 60.000 hồ
# sơ" (~, two counts, each its own subject), "823,380 giao dịch" (=, 823380: the page writes the
# thousands with a comma, as set135 read "2,500 trạm"; tolerated in check_gold.py). The
# denominators "92.456" and "1,485,486" are no records (numerators only). Not quantities: "tăng
# gấp 3 lần so với các tháng trước" (a change), "29/4", "31/12/2020" (dates), "9 giờ" (a time),
# "11/2020/NĐ-CP". The plan "đến 31/12/2020, sẽ triển khai DVCTT tại tất cả các đơn vị" states no
# number. Ids null (treasury transactions and budget units: no catalogue id).
# --------------------------------------------------------------------------
D04 = doc("04_toanquoc-kho-bac-dvctt-don-vi-ngan-sach-2020", "result", 2020, [
    R("của Kho bạc đạt «55%", "Tỷ lệ giao dịch thanh toán gửi qua dịch vụ công trực tuyến của Kho bạc", "=", 55),
    R("đã có «73.595 trên", "đơn vị sử dụng ngân sách đăng ký tham gia sử dụng dịch vụ công trực tuyến (DVCTT)",
      "=", 73595, **CNT),
    R("đạt tỷ lệ «79,60%", "tỷ lệ đơn vị sử dụng ngân sách đăng ký tham gia sử dụng dịch vụ công trực tuyến", "=",
      79.6),
    R("có tới «7.837 đơn vị", "đơn vị đăng ký sử dụng dịch vụ công trực tuyến mới", "=", 7837, **CNT),
    R("cao hơn «10.000 người", "số người sử dụng DVCTT đồng thời", ">", 10000, **CNT),
    R("lên tới «32.000 người", "số lượng người dung DVCTT đồng thời cao nhất", "=", 32000, **CNT),
    R("khoảng «100.000 chứng từ", "chứng từ thanh toán chi ngân sách nhà nước gửi qua DVCTT", "~", 100000, **CNT),
    R("khoảng «60.000 hồ sơ", "hồ sơ thanh toán chi ngân sách nhà nước gửi qua DVCTT", "~", 60000, **CNT),
    R("là «823,380 giao dịch", "giao dịch thanh toán chi ngân sách nhà nước gửi qua DVCTT", "=", 823380, **CNT),
    R("đạt tỷ lệ «55%.", "Tỷ lệ giao dịch thanh toán gửi qua DVCTT trên tổng số giao dịch chi NSNN", "=", 55),
])

# --------------------------------------------------------------------------
# 05 National and provinces, the e-invoice roll-out in April 2022 (thanhtra.com.vn; cut: the
# byline "PV" at the end with the blank line before it; no stamp; the excerpt opens inside the
# article, "Thực hiện kế hoạch này"). Year 2022. Results: "681.263 người nộp thuế đã đăng ký sử
# dụng HĐĐT, trong đó có 643.596 doanh nghiệp và 37.667 hộ kinh doanh" (=, three counts, each its
# own subject: a breakdown by kind of taxpayer, scope null), "nhiều tỉnh ... đã đạt tiến độ trên
# 50% số đơn vị chuyển sang thực hiện HĐĐT" (>), "Bắc Ninh đạt trên 80%, Thái Nguyên đạt trên
# 90%, Quảng Bình đạt 92%" (>, >, =; each with its place), "Thừa Thiên Huế, Ninh Bình, Long An
# đều đã đạt trên 70%" (one record: one value stated once for three provinces, no place). Not
# quantities: "57 tỉnh, thành phố" (twice: the provinces of the roll-out's second phase, the size
# of a group, not a value reached; a judgement), "cả 63 tỉnh, thành phố" (all provinces: the
# roll-out's reach, stated as every province, not a count reached; a judgement), "21/4/2022",
# "4/2022", "1/7/2022" (dates), "giai đoạn 2" (a label). Ids: EINV_N for the taxpayers and the
# enterprises, HH_INV for the households (its wording "hộ, cá nhân kinh doanh đăng ký và chuyển đổi
# sử dụng hóa đơn điện tử"), EINV_S for the provinces' shares.
# --------------------------------------------------------------------------
SWITCH = "số doanh nghiệp chuyển sang sử dụng HĐĐT"
D05 = doc("05_toanquoc-tinh-tien-do-hoa-don-dien-tu-2022", "result", 2022, [
    R("đã có «681.263 người", "người nộp thuế đã đăng ký sử dụng HĐĐT trên toàn quốc", "=", 681263, **CNT,
      iid=EINV_N),
    R("có «643.596 doanh nghiệp", "doanh nghiệp đã đăng ký sử dụng HĐĐT", "=", 643596, **CNT, iid=EINV_N),
    R("và «37.667 hộ", "hộ kinh doanh đã đăng ký sử dụng HĐĐT", "=", 37667, **CNT, iid=HH_INV),
    R("tiến độ trên «50% số đơn vị", "tiến độ số đơn vị chuyển sang thực hiện HĐĐT của nhiều tỉnh, thành phố",
      ">", 50, iid=EINV_S),
    R("Bắc Ninh đạt trên «80%", SWITCH, ">", 80, place="Bắc Ninh", iid=EINV_S),
    R("Thái Nguyên đạt trên «90%", SWITCH, ">", 90, place="Thái Nguyên", iid=EINV_S),
    R("Quảng Bình đạt «92%", SWITCH, "=", 92, place="Quảng Bình", iid=EINV_S),
    R("đều đã đạt trên «70%", "số doanh nghiệp chuyển sang sử dụng HĐĐT ở Thừa Thiên Huế, Ninh Bình, Long An",
      ">", 70, iid=EINV_S),
])

# --------------------------------------------------------------------------
# 06 National, the General Department of Taxation's dispatch 11/CĐ-TCT on completing the e-invoice
# roll-out, 29 June 2022 (thuviennhadat.vn; nothing cut: the attribute table at the head is the
# document's record on the page, kept; no stamp; the excerpt ends in "Cục thuế "). Year 2022.
# Results: "tiến độ triển khai hóa đơn điện tử trên toàn quốc ... đạt 99,9%" (=), "846.103 tổ
# chức, doanh nghiệp, chi nhánh và 65.143 hộ kinh doanh ... đã đăng ký và chuyển đổi sử dụng hóa
# đơn điện tử" (=, two counts, each its own subject), "Số lượng hóa đơn điện tử đã được phát hành
# là 524.301.513 hóa đơn" (=), "33/63 Cục Thuế đã hoàn thành tiếp nhận và xử lý thông tin đăng ký"
# (=, 33; the denominator "/63" no record). Not quantities: "11/CĐ-TCT" (several times),
# "29/06/2022", "29/6/2022", "29 tháng 6 năm 2022" (dates), "16h00" (a time), "123/2020/NĐ-CP",
# "78/2021/TT-BTC" (documents). Ids: EINV_S for the progress (a judgement: the share switched),
# EINV_N, HH_INV; the invoices issued and the tax departments: null.
# --------------------------------------------------------------------------
D06 = doc("06_toanquoc-cong-dien-hoa-don-dien-tu-2022", "result", 2022, [
    R("29/6/2022 đạt «99,9%", "tiến độ triển khai hóa đơn điện tử trên toàn quốc", "=", 99.9, iid=EINV_S),
    R("với «846.103 tổ chức", "tổ chức, doanh nghiệp, chi nhánh đã đăng ký và chuyển đổi sử dụng hóa đơn điện tử",
      "=", 846103, **CNT, iid=EINV_N),
    R("và «65.143 hộ", "hộ kinh doanh nộp thuế theo phương pháp kê khai đã đăng ký và chuyển đổi sử dụng hóa đơn "
      "điện tử", "=", 65143, **CNT, iid=HH_INV),
    R("là «524.301.513 hóa đơn", "Số lượng hóa đơn điện tử đã được phát hành", "=", 524301513, **CNT),
    R("có «33/63 Cục Thuế", "Cục Thuế đã hoàn thành tiếp nhận và xử lý thông tin đăng ký sử dụng hóa đơn điện tử",
      "=", 33, **CNT),
])

# --------------------------------------------------------------------------
# 07 National, the tax department's eTax Mobile app after nearly four years, December 2025
# (vneconomy.vn; the stamp " date 2025-12-09" written as the first line; nothing cut; the excerpt
# ends in "vư"). Year 2025 (the stamp; "Riêng năm 2025" for the year's own figures; the
# cumulative figures are measured at the date of the conference, 2025). Results: the lead's "hơn
# 13 triệu lượt tải, xử lý 17,2 triệu giao dịch nộp thuế với tổng số tiền trên 26.500 tỷ đồng"
# (>, =, >: counts, then money, unit other "đồng"), "Riêng năm 2025, có hơn 7 triệu đăng ký mới,
# 13,3 triệu giao dịch và gần 18.000 tỷ đồng" (>, =, ~), and the quote's "hơn 13 triệu lượt tải,
# xử lý hơn 17,2 triệu giao dịch" (>, >: the body restates them, each a record). Not quantities:
# "gần 4 năm" (twice: a duration), "9/12", "3/2022" (dates), "một cửa – một điểm chạm" (a name).
# Ids null (the catalogue has no id for the tax app's downloads, transactions or amounts).
# --------------------------------------------------------------------------
DL = "lượt tải ứng dụng eTax Mobile"
TX = "giao dịch nộp thuế xử lý qua ứng dụng eTax Mobile"
D07 = doc("07_toanquoc-etax-mobile-nop-thue-2025", "result", 2025, [
    R("ghi nhận hơn «13 triệu", DL, ">", 13e6, **CNT),
    R("xử lý «17,2 triệu", TX, "=", 17.2e6, **CNT),
    R("tiền trên «26.500 tỷ", "tổng số tiền nộp thuế qua ứng dụng eTax Mobile", ">", 26500e9, **VND),
    R("có hơn «7 triệu", "đăng ký mới ứng dụng eTax Mobile năm 2025", ">", 7e6, **CNT),
    R("«13,3 triệu giao dịch", "giao dịch nộp thuế qua eTax Mobile năm 2025", "=", 13.3e6, **CNT),
    R("và gần «18.000 tỷ", "số tiền được nộp qua hệ thống eTax Mobile năm 2025", "~", 18000e9, **VND),
    R("đã có hơn «13 triệu", DL, ">", 13e6, **CNT),
    R("xử lý hơn «17,2 triệu", TX, ">", 17.2e6, **CNT),
])

# --------------------------------------------------------------------------
# 08 National, the targets of the tax-system reform strategy (QĐ 508/QĐ-TTg, to 2030) quoted on a
# legal Q&A page (118.69.201.249:801; nothing cut; no byline, no stamp; the excerpt opens inside
# a sentence, "thuế, nộp thuế, ..." and ends in "so"). Targets (kind target, "đạt tối thiểu":
# >=). Year null: the excerpt names no year ("31/12 hàng năm" is a date in the next, cut-off
# target). "của người nộp thuế là doanh nghiệp, tổ chức đạt tối thiểu 98%; của cá nhân đạt tối
# thiểu 85%": one indicator split by group of taxpayers: two records, scopes "doanh nghiệp, tổ
# chức" and "cá nhân" (as an earlier set's scopes "cá nhân" / "doanh nghiệp" for a split by
# group); "Tỷ lệ hồ sơ hoàn thuế ... trả kết quả đúng hạn đạt tối thiểu 98%" (>=). Ids: ETAX for
# the enterprises' share; null for the individuals' and the refunds on time.
# --------------------------------------------------------------------------
EFILE = "thuế, nộp thuế, hoàn thuế, miễn, giảm thuế bằng phương thức điện tử của người nộp thuế"
D08 = doc("08_toanquoc-chi-tieu-thue-dien-tu", "target", None, [
    R("tổ chức đạt tối thiểu «98%", EFILE, ">=", 98, scope="doanh nghiệp, tổ chức", iid=ETAX),
    R("cá nhân đạt tối thiểu «85%", EFILE, ">=", 85, scope="cá nhân"),
    R("đúng hạn đạt tối thiểu «98%", "Tỷ lệ hồ sơ hoàn thuế, miễn, giảm thuế của người nộp thuế được cơ quan thuế "
      "giải quyết và trả kết quả đúng hạn", ">=", 98),
])

# --------------------------------------------------------------------------
# 09 An Giang, plan 288/KH-UBND of 13 May 2022 on cashless payment in schools and hospitals: its
# header, legal bases and purposes (thuvienphapluat.vn; nothing cut; the excerpt ends in "thu",
# before the plan's targets). A precision text: no record. Not quantities: "288/KH-UBND",
# "01/NQ-CP", "749/QĐ-TTg", "1813/QĐ-TTg" (documents), "13 tháng 5 năm 2022", "08/01/2022",
# "03/6/2020", "28/10/2021", "năm 2022", "năm 2025", "năm 2030", "2021-2025" (dates and periods),
# "I.", "1." (section numbers). Year 2022 (the plan's date).
# --------------------------------------------------------------------------
D09 = doc("09_angiang-ke-hoach-ttkdtm-truong-benh-vien-2022-precision", "target", 2022, [])

# --------------------------------------------------------------------------
# 10 Bà Rịa - Vũng Tàu, the provincial customs department's budget revenue in 2022
# (baobariavungtau.com.vn; the stamp " date 2022-12" written as the first line; cut: the photo
# caption "Nhà máy sản xuất Polypropylene (PP) ... cho ngân sách nhà nước." with the blank line
# after it, and the byline "Tin, ảnh: TRÀ NGÂN" with the blank line before it). Year 2022. Results:
# "thu ngân sách nhà nước (NSNN) ngành hải quan đạt 18.077 tỷ đồng" (=, money), "số thuế thu từ
# mặt hàng dầu thô xuất khẩu 2.649 tỷ đồng (chiếm gần 15% số thu toàn cục)" (=, money; ~, %).
# Target: "dự kiến số thu NSNN đến hết ngày 31/12 khoảng 20.300 tỷ đồng" (a forecast for the
# year's end, read as a target, as the earlier sets read "dự kiến"; ~, 2022). NOT: "đạt 89,05% so
# với chỉ tiêu pháp lệnh", "đạt 89,05% so với chỉ tiêu phấn đấu lần 2", "đạt 100% so với chỉ tiêu
# được giao", "đạt 100% so với chỉ tiêu phấn đấu" (against a quota), "bằng 85,19% so với cùng kỳ",
# "bằng 89% so với năm trước", "tăng 42% so với năm ngoái", "tăng 21%" (against an earlier
# value). Not quantities: "15/11", "31/12" (dates), "lần 2" (a label). Ids null (customs revenue).
# --------------------------------------------------------------------------
D10 = doc("10_bariavungtau-thu-ngan-sach-hai-quan-2022", "result", 2022, [
    R("hải quan đạt «18.077 tỷ", "thu ngân sách nhà nước (NSNN) ngành hải quan", "=", 18077e9, **VND),
    R("khoảng «20.300 tỷ", "số thu NSNN ngành hải quan đến hết ngày 31/12", "~", 20300e9, **VND, **T),
    R("xuất khẩu «2.649 tỷ", "số thuế thu từ mặt hàng dầu thô xuất khẩu", "=", 2649e9, **VND),
    R("chiếm gần «15% số thu", "số thuế thu từ dầu thô xuất khẩu trong số thu toàn cục", "~", 15),
], NOT=["(đạt «89,05% so với chỉ tiêu pháp", "đạt «89,05% so với chỉ tiêu phấn", "bằng «85,19%",
        "(đạt «100% so", "đạt «100% so với chỉ tiêu phấn", "bằng «89% so", "tăng «42%", "tăng «21%"])

# --------------------------------------------------------------------------
# 11 National, the State Treasury extending its online public services (qdnd.vn; cut: the widget
# line "leftcenterrightdel" and the photo caption "Ảnh minh họa. " with the blank line after it;
# no byline, no stamp; the excerpt ends in "hình th"). Year null: the excerpt names no year for
# its figures ("đến nay", "gần 5 năm" from the 2016 pilot; the address gives none). Results: "đã
# cung cấp 100% thủ tục hành chính mức độ 4 (9 thủ tục) lên dịch vụ công trực tuyến" (=, %; the
# bracket's count, =, a record, as the spec's "(đạt 99,1%)"), "100% đơn vị sử dụng ngân sách thuộc
# đối tượng bắt buộc tham gia dịch vụ công trực tuyến" (=), "Trung bình mỗi ngày phát sinh khoảng
# 150.000 giao dịch, ngày cao điểm 200.000 giao dịch" (~, =). Not quantities: "năm 2016", "năm
# 2018" (dates), "gần 5 năm" (a duration), "mức độ 4" (a label). Ids: FULL_S and FULL_N for the
# level-4 procedures (level 4 is now "toàn trình"); the others null.
# --------------------------------------------------------------------------
D11 = doc("11_toanquoc-kho-bac-mo-rong-dvctt", "result", None, [
    R("cung cấp «100% thủ tục", "thủ tục hành chính mức độ 4 của Kho bạc Nhà nước được cung cấp lên dịch vụ công "
      "trực tuyến", "=", 100, iid=FULL_S),
    R("độ 4 («9 thủ tục", "thủ tục hành chính mức độ 4 của Kho bạc Nhà nước trên dịch vụ công trực tuyến", "=", 9,
      **CNT, iid=FULL_N),
    R("và «100% đơn vị", "đơn vị sử dụng ngân sách thuộc đối tượng bắt buộc tham gia dịch vụ công trực tuyến", "=",
      100),
    R("khoảng «150.000 giao dịch", "giao dịch qua dịch vụ công trực tuyến Kho bạc trung bình mỗi ngày", "~", 150000,
      **CNT),
    R("cao điểm «200.000 giao dịch", "giao dịch qua dịch vụ công trực tuyến Kho bạc ngày cao điểm", "=", 200000,
      **CNT),
])

# --------------------------------------------------------------------------
# 12 Customs region II (Hồ Chí Minh City), electronic clearance and the national single window,
# September 2025 (thoibaotaichinhvietnam.vn; the stamp " date 2025-09-30" written as the first
# line; nothing cut; the excerpt ends in "Cá"). A precision text: no record. Not quantities:
# "24/7" (the hours of service), "II" (the region's name),
# "VNACCS/VCIS" (a name). Year 2025 (the stamp).
# --------------------------------------------------------------------------
D12 = doc("12_haiquan-khu-vuc-ii-thong-quan-so-2025-precision", "result", 2025, [])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
