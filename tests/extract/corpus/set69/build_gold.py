#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set69).

Copied from set47's builder (itself from set45's, set43's, set41's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (227
entries; see README). As in set10-set47, the id is given in the record itself (`iid=`).

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

# --------------------------------------------------------------------------
# 01 Hà Giang, online services and payments up to the third quarter of 2024
# (congthuong.vn, date 2024-11; "tính đến quý 3/2024" → 2024). The place
# "17/63 tỉnh, thành phố về chỉ số phục vụ người dân, doanh nghiệp" is stated
# twice (the lead and the body): two rank results (=, 17), each
# rank.public_service_index. "Tỷ lệ hồ sơ trực tuyến ... đạt mức 82%" (=,
# egov.online_applications_share) and "tỷ lệ hồ so có giao dịch thanh toán
# trực tuyến đạt trên 90%" (>, egov.online_payment_share; the page's typo
# "hồ so" kept in the wording). "tỷ lệ đồng bào dân tộc thiểu số chiếm gần 90%":
# the population's make-up, no target or result of the transformation → NOT (a
# judgement). Headings ("Chuyển đổi số: Lấy người dân làm trung tâm") name no
# pillar → null. Not quantities: "quý 3/2024", "phiên bản 3.0", "những năm
# 2020", "29/10/2021", "Nghị quyết số 18", "2021 – 2025".
# --------------------------------------------------------------------------
D01 = dict(name="01_hagiang-chuyen-doi-so-quy3-2024", kind="result", year=2024, records=[
    R("Với xếp hạng «17/63", "xếp hạng tỉnh, thành phố về chỉ số phục vụ người dân, doanh nghiệp", "=", 17,
      **RANK, iid="rank.public_service_index"),
    R("đang xếp thứ «17/63", "Hà Giang xếp thứ tỉnh, thành phố về chỉ số phục vụ người dân, doanh nghiệp", "=", 17,
      **RANK, iid="rank.public_service_index"),
    R("đạt mức «82%", "Tỷ lệ hồ sơ trực tuyến của các cơ quan trong tỉnh", "=", 82,
      iid="egov.online_applications_share"),
    R("trực tuyến đạt trên «90%", "tỷ lệ hồ so có giao dịch thanh toán trực tuyến", ">", 90,
      iid="egov.online_payment_share"),
], NOT=["chiếm gần «90%"])

# --------------------------------------------------------------------------
# 02 Quảng Nam, the province's plan 7370/KH-UBND (18/11/2022) for schools and
# hospitals, printed on Núi Thành district's site (no date shown; "đến hết năm
# 2023" → targets of 2023). "hơn 80% trường học, cơ sở giáo dục và 50% bệnh
# viện, cơ sở y tế ... sử dụng nền tảng số": two records, each with its own
# subject (schools, hospitals are kinds of bodies, not levels → scope null);
# "hơn" read on the first number only, the bare "50%" a target >= (a
# judgement). Same for "Hơn 50% trường học ... và 50% bệnh viện ... sử dụng
# các phương thức thanh toán không dùng tiền mặt" (>, >=) and "Số lượng các giao
# dịch ... đạt hơn 50%" (>). Ids: society.cashless_school_fees_share (its
# wording is this sentence's), society.cashless_hospital_fees_share; the digital
# platforms of schools and hospitals and the transactions share of schools and
# hospitals together have no exact catalogue indicator → null. Pillar null.
# Not quantities: "7370/KH-UBND", "18/11/2022".
# --------------------------------------------------------------------------
D02 = dict(name="02_quangnam-truong-hoc-benh-vien-khong-tien-mat-2023", kind="target", year=2023, records=[
    R("năm 2023, hơn «80%", "trường học, cơ sở giáo dục sử dụng nền tảng số để chuyển đổi số", ">", 80),
    R("cơ sở giáo dục và «50% bệnh viện, cơ sở y tế trên", "bệnh viện, cơ sở y tế trên địa bàn tỉnh sử dụng nền "
      "tảng số để chuyển đổi số", ">=", 50),
    R("Hơn «50% trường", "trường học, cơ sở giáo dục sử dụng các phương thức thanh toán không dùng tiền mặt để "
      "thanh toán học phí", ">", 50, iid="society.cashless_school_fees_share"),
    R("cơ sở giáo dục và «50% bệnh viện, cơ sở y tế sử dụng", "bệnh viện, cơ sở y tế sử dụng các phương thức "
      "thanh toán không dùng tiền mặt để thanh toán dịch vụ y tế", ">=", 50,
      iid="society.cashless_hospital_fees_share"),
    R("tuyến tỉnh đạt hơn «50%", "Số lượng các giao dịch thanh toán không dùng tiền mặt trong các trường học, cơ sở "
      "giáo dục và bệnh viện tuyến tỉnh", ">", 50),
])

# --------------------------------------------------------------------------
# 03 Bình Phước, hospital fees without cash (a precision text: a copy on a
# betting site, vip.rgbet01.com, whose first sentence is garbled with the
# site's own words; no date shown). Targets "đến cuối năm 2022 ... theo Kế hoạch
# số 139/KH-UBND" → 2022. "50% bệnh viện, cơ sở y tế sử dụng nền tảng số để
# chuyển đổi số; lắp đặt, sử dụng các phương thức thanh toán ...": one number
# (>=, bare target), its clause ends at ";" (no id: hospitals on digital
# platforms). "Số lượng và giá trị giao dịch ... cần đạt 50%" (>=;
# society.cashless_hospital_fees_share, whose wordings include "tỷ trọng thanh
# toán viện phí không dùng tiền mặt"; a judgement). Pillar null. Not
# quantities: "139/KH-UBND", "12/5/2022", "Kế hoạch số 139", "năm 2022".
# --------------------------------------------------------------------------
D03 = dict(name="03_binhphuoc-vien-phi-khong-tien-mat-2022-precision", kind="target", year=2022, records=[
    R("của Bình Phước, «50% bệnh viện", "bệnh viện, cơ sở y tế sử dụng nền tảng số để chuyển đổi số", ">=", 50),
    R("cần đạt «50%", "Số lượng và giá trị giao dịch thanh toán không dùng tiền mặt trong các bệnh viện, cơ sở y tế "
      "của Bình Phước", ">=", 50, iid="society.cashless_hospital_fees_share"),
])

# --------------------------------------------------------------------------
# 04 Thái Nguyên, Võ Nhai district's "Chợ 4.0" pilot (baothainguyen.vn, byline
# 07/06/2023 → `date 2023-06`, 2023). A precision text: one quantity, "trên 50
# hộ kinh doanh, tiểu thương triển khai dịch vụ thanh toán không dùng tiền mặt"
# (result, >, count; no id: econ.merchants_cashless_share is a share) among
# the name "Chợ 4.0" written six times, "tháng 4/2023" and the date line.
# Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_thainguyen-vonhai-cho-40-2023-precision", kind="result", year=2023, records=[
    R("bước đầu có trên «50 hộ", "hộ kinh doanh, tiểu thương triển khai dịch vụ thanh toán không dùng tiền mặt qua "
      "hình thức quét mã QR", ">", 50, **CNT),
])

# --------------------------------------------------------------------------
# 05 Quảng Ninh, Hạ Long's "chợ 4.0" (thuonghieuquangninh.gov.vn, no date
# shown; "Tháng 8/2022" → 2022 for both). "gần 3.000 tiểu thương ... đã được ...
# triển khai mở miễn phí các điểm chấp nhận thanh toán không dùng tiền mặt"
# (result, ~, count) and "hơn 1.200 tiểu thương tại chợ Hạ Long I đã được ...
# hướng dẫn đăng ký tính năng điểm chấp nhận thanh toán" (result, >, count).
# No id (counts of traders; the catalogue holds the share). Pillar null. Not
# quantities: "8/2022", "chợ 4.0" (a name).
# --------------------------------------------------------------------------
D05 = dict(name="05_quangninh-halong-cho-40-2022", kind="result", year=2022, records=[
    R("gần «3.000 tiểu thương", "tiểu thương tại chợ Hạ Long I, Hạ Long II, chợ Cái Dăm được triển khai mở miễn phí "
      "các điểm chấp nhận thanh toán không dùng tiền mặt", "~", 3000, **CNT),
    R("hơn «1.200 tiểu thương", "tiểu thương tại chợ Hạ Long I được hướng dẫn đăng ký tính năng điểm chấp nhận "
      "thanh toán trên Viettel Money", ">", 1200, **CNT),
])

# --------------------------------------------------------------------------
# 06 Thái Nguyên, payment accounts and "chợ 4.0" (baothainguyen.vn; no date
# shown). "phấn đấu đến năm 2025, tỷ lệ dân số có tài khoản thanh toán điện tử
# đạt trên 50%" (target, >, 2025; society.adult_e_payment_account_share: the
# text says "dân số", the catalogue "dân số trưởng thành"; a judgement).
# "Tân Đức là 1 trong 7 chợ triển khai mô hình chợ 4.0 từ đầu năm 2023" (result,
# =, count 7, year 2023: the markets that began in early 2023; "1 trong" is
# Tân Đức's membership, no quantity). "Hiện, trên 90% tiểu thương trong chợ
# đều thanh toán không dùng tiền mặt" (result, >, econ.merchants_cashless_share,
# whose wording it is); "Hiện" names no year and the page shows no date → year
# null (a judgement). Pillar null. Not quantities: "1 trong 15 chỉ tiêu" (a
# count of targets), "01-NQ/TU", "4.0", "năm 2022".
# --------------------------------------------------------------------------
D06 = dict(name="06_thainguyen-tai-khoan-thanh-toan-cho-40", kind="result", year=None, records=[
    R("điện tử đạt trên «50%", "tỷ lệ dân số có tài khoản thanh toán điện tử", ">", 50, kind="target", year=2025,
      iid="society.adult_e_payment_account_share"),
    R("1 trong «7 chợ", "chợ triển khai mô hình chợ 4.0", "=", 7, **CNT, year=2023),
    R("Hiện, trên «90%", "tiểu thương trong chợ đều thanh toán không dùng tiền mặt", ">", 90,
      iid="econ.merchants_cashless_share"),
])

# --------------------------------------------------------------------------
# 07 Thái Nguyên Central Hospital's cashless hospital fees (baothainguyen.vn,
# byline 21/01/2022 → `date 2022-01`; a precision text). One quantity: "trên
# 1.400 lượt người đến khám, chữa bệnh ... sử dụng phương thức thanh toán"
# (result, >, count, year 2022: counted over the pilot up to the page's date;
# no id). Not quantities: "hơn 9 tháng" (a duration), "tổ 10" (an address),
# "khoảng 2 phút" (a time), "tháng 4-2021", "tháng 8-2021". Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_thainguyen-bv-trung-uong-vien-phi-qr-2022-precision", kind="result", year=2022, records=[
    R("thu hút trên «1.400 lượt", "lượt người đến khám, chữa bệnh sử dụng phương thức thanh toán viện phí không "
      "dùng tiền mặt", ">", 1400, **CNT),
])

# --------------------------------------------------------------------------
# 08 The EBI 2024 (VECOM's e-commerce index), national (kinhtemoitruong.vn, no
# date; "năm 2024" → 2024). Index values "87 điểm", "84,3 điểm", "51,3 điểm"
# (other "điểm", rank.ebi_score) each stated twice, each recorded with its
# province as `place`; "thứ 3 là Bình Dương" (rank =, rank.ebi_rank); first and
# second places written as words ("dẫn đầu", "đứng thứ hai", "Đứng thứ ba") get
# no rank record. "Điểm trung bình của Chỉ số năm nay là 23,1 điểm" (the
# provinces' mean; no id). Not quantities: "lên tới 33 điểm" and "là 76,4"
# (differences between provinces), "58 tỉnh, thành" (the provinces ranked: the
# index's scope, like "gồm 9 chỉ số"), "24/4", "VOBF 2024", "năm 2020". Pillar:
# the title "... xếp hạng Chỉ số Thương mại điện tử năm 2024" is the heading of
# the whole page and names thương mại điện tử → digital_economy (spec's decided
# case; a judgement that a page title counts as a heading).
# --------------------------------------------------------------------------
D08 = dict(name="08_ca-nuoc-chi-so-ebi-2024", kind="result", year=2024, records=[
    R("năm 2024 với «87 điểm, đứng", "TP.HCM tiếp tục dẫn đầu cả nước về xếp hạng Chỉ số Thương mại điện tử", "=",
      87, **DIEM, pillar=ECO, place="TP.HCM", iid="rank.ebi_score"),
    R("đứng thứ hai là Hà Nội với «84,3", "Chỉ số Thương mại điện tử Hà Nội", "=", 84.3, **DIEM, pillar=ECO,
      place="Hà Nội", iid="rank.ebi_score"),
    R("thứ «3 là Bình Dương", "Chỉ số Thương mại điện tử Bình Dương", "=", 3, **RANK, pillar=ECO,
      place="Bình Dương", iid="rank.ebi_rank"),
    R("Bình Dương («51,3", "Chỉ số Thương mại điện tử Bình Dương", "=", 51.3, **DIEM, pillar=ECO,
      place="Bình Dương", iid="rank.ebi_score"),
    R("Việt Nam năm 2024 với «87 điểm", "TP.HCM tiếp tục dẫn đầu về xếp hạng Chỉ số Thương mại điện tử Việt Nam",
      "=", 87, **DIEM, pillar=ECO, place="TP.HCM", iid="rank.ebi_score"),
    R("Đứng thứ hai là Hà Nội với «84,3", "Đứng thứ hai là Hà Nội", "=", 84.3, **DIEM, pillar=ECO,
      place="Hà Nội", iid="rank.ebi_score"),
    R("Bình Dương với «51,3", "Đứng thứ ba trong bảng xếp hạng là Bình Dương", "=", 51.3, **DIEM, pillar=ECO,
      place="Bình Dương", iid="rank.ebi_score"),
    R("năm nay là «23,1", "Điểm trung bình của Chỉ số", "=", 23.1, **DIEM, pillar=ECO),
])

# --------------------------------------------------------------------------
# 09 Cash at hospitals, national (vietnamnet.vn. (the address as stored, with
# the dot after the domain), no date shown; "Đầu năm 2023" → document year
# 2023). A precision text: one quantity, the Ministry of Health's target "Năm
# 2030, ... các cơ sở khám chữa bệnh khu vực đô thị đạt tối thiểu 50% trên tổng
# số thanh toán viện phí" (target, >=, year 2030;
# society.cashless_hospital_fees_share, as 03; a judgement). "đến năm 2025, mỗi
# bệnh viện ... đều thanh toán viện phí không dùng tiền mặt" has no number. Not
# quantities: a patient's own amounts "1 triệu đồng", "4 triệu đồng", "10.000
# đồng", "mấy chục triệu" (what one person paid or carried, not a value of an
# indicator), times "30 phút", "2 ngày", "tháng 6". Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_ca-nuoc-vien-phi-tien-mat-2023-precision", kind="target", year=2023, records=[
    R("đạt tối thiểu «50%", "các cơ sở khám chữa bệnh khu vực đô thị thanh toán không dùng tiền mặt trên tổng số "
      "thanh toán viện phí", ">=", 50, year=2030, iid="society.cashless_hospital_fees_share"),
])

# --------------------------------------------------------------------------
# 10 Farm households on the Postmart and Voso platforms, national
# (ictvietnam.vn, no date shown; "đến tháng 3/2022", "quý I/2022" → 2022).
# Results: "5.342.142 hộ" (count; no id: the catalogue holds the share),
# "78.463 sản phẩm nông sản đã được đưa lên sàn" (count,
# econ.ecommerce_products_count), "106.738 giao dịch" (count,
# econ.postal_ecommerce_transactions_count: its name is these two platforms'
# transactions), "21,14 tỷ đồng" (other "đồng", 2.114e10; no id: farm produce
# on two platforms is not the e-commerce revenue the catalogue means; a
# judgement), "Hiện 60 tỉnh đã ban hành kế hoạch" (count, as set47's "Có 63
# tỉnh ... đã ban hành"). Pillar null. Not quantities: "3/2022", "I/2022",
# "1034/QĐ-BTTTT", "Tổ công tác 1034", "COVID-19", "năm 2022", "64/QĐ-BCĐ",
# "06/01/2022".
# --------------------------------------------------------------------------
D10 = dict(name="10_ca-nuoc-ho-sxnn-postmart-voso-2022", kind="result", year=2022, records=[
    R("là «5.342.142 hộ", "số hộ SXNN được tạo tài khoản trên hai sàn thương mại điện tử (TMĐT) Postmart.vn, Voso.vn",
      "=", 5342142, **CNT),
    R("hộ, «78.463 sản phẩm", "sản phẩm nông sản đã được đưa lên sàn hai sàn", "=", 78463, **CNT,
      iid="econ.ecommerce_products_count"),
    R("là «106.738 giao dịch", "Số lượng giao dịch trên sàn TMĐT (Voso, Postmart)", "=", 106738, **CNT,
      iid="econ.postal_ecommerce_transactions_count"),
    R("là «21,14 tỷ đồng", "Giá trị giao dịch nông sản qua sàn TMĐT Voso và Postmart", "=", 21.14e9, **DONG),
    R("Hiện «60 tỉnh", "tỉnh đã ban hành kế hoạch thực hiện Quyết định 1034/QĐ-BTTTT về đưa hộ SXNN lên sàn TMĐT",
      "=", 60, **CNT),
])

# --------------------------------------------------------------------------
# 11 The "Bình dân học vụ số" movement, national (thoibaotaichinhvietnam.vn,
# no date shown). A precision text: one quantity, among the plan's targets
# "100% người lao động trong doanh nghiệp, h..." (target, >=; the excerpt ends
# inside the sentence, so the wording is its subject only). Year: the sentence
# names none; the document names "Kế hoạch số 01-KH/BCĐTW năm 2025" → 2025
# (spec: "inferred from the document (Kế hoạch ... năm 2024)"; a judgement,
# the movement's period being "2025 - 2027"). No id (the catalogue's skills
# shares are of residents or of working-age people, not of firms' workers).
# Not quantities: "Gần 80 năm", "2025 - 2027", "năm 1945", "01-KH/BCĐTW",
# "hàng triệu", "hàng chục triệu" (no digits). Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_ca-nuoc-binh-dan-hoc-vu-so-2025-precision", kind="target", year=2025, records=[
    R("VNeID; «100% người lao động", "người lao động trong doanh nghiệp", ">=", 100),
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
