#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set136).

Copied from set69's builder (itself from set47's) (itself from set45's, set43's, set41's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (241
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
BUU_NGUOI = dict(unit="other", unit_text="bưu gửi/người")
NGUOI_DIEM = dict(unit="other", unit_text="người/điểm phục vụ")

# --------------------------------------------------------------------------
# 01 The postal sector in 2024, national (vneconomy.vn, `date 2024-11`; "năm
# 2024" → 2024). Results: revenue "ước đạt hơn 70.000 tỷ đồng" (>, other "đồng",
# 7e13; no id), "khoảng 3,4 tỷ bưu gửi" (~, count 3.4e9), "khoảng 34 bưu gửi/người"
# (~, other), "4.500 người/điểm phục vụ" (=, other), "23.500 điểm"
# (infra.postal_service_points_count), "100% xã có điểm phục vụ bưu chính có người
# phục vụ" (infra.postal_points_communes_share), "81% điểm phục vụ ... có kết nối
# Internet" (no id). Targets of 2024 in brackets: "(vượt chỉ tiêu đề ra năm 2024 là
# 7.400 người/điểm phục vụ)" (a bare target number → >=, as the contract reads it,
# though fewer people per point is better; a judgement) and "(chỉ tiêu năm 2024 đề
# ra là 90%)" (>=). NOT: "tăng 20%", "tăng 30%" (twice), "khoảng 25 - 30%/năm"
# (growth against earlier values). Not quantities: "29/11", "gấp 3 lần" (a
# comparison), "5 - 10 năm" (a period), "đạt chỉ tiêu" (no number), "Năm 20" (cut
# off). Pillar null.
# --------------------------------------------------------------------------
D01 = dict(name="01_ca-nuoc-buu-chinh-2024", kind="result", year=2024, records=[
    R("ước đạt hơn «70.000 tỷ", "doanh thu dịch vụ bưu chính trên cả nước", ">", 70000e9, **DONG),
    R("đạt khoảng «3,4 tỷ bưu gửi", "sản lượng bưu gửi", "~", 3.4e9, **CNT),
    R("khoảng «34 bưu gửi/người", "Sản lượng bưu gửi trên đầu người", "~", 34, **BUU_NGUOI),
    R("đạt mức «4.500 người", "Số dân phục vụ bình quân trên một điểm phục vụ bưu chính", "=", 4500, **NGUOI_DIEM),
    R("năm 2024 là «7.400 người", "Số dân phục vụ bình quân trên một điểm phục vụ bưu chính", ">=", 7400,
      kind="target", **NGUOI_DIEM),
    R("chính đạt «23.500 điểm", "số điểm phục vụ bưu chính", "=", 23500, **CNT,
      iid="infra.postal_service_points_count"),
    R("2024); «100% xã", "xã có điểm phục vụ bưu chính có người phục vụ", "=", 100,
      iid="infra.postal_points_communes_share"),
    R("2024); «81% điểm", "điểm phục vụ bưu chính có người phục vụ có kết nối Internet", "=", 81),
    R("đề ra là «90%", "điểm phục vụ bưu chính có người phục vụ có kết nối Internet", ">=", 90, kind="target"),
], NOT=["tăng «20% so", "tăng «30% so với năm 2023.", "khoảng «25 - 30%", "tăng trưởng khoảng «30%"])

# --------------------------------------------------------------------------
# 02 Social insurance and VNeID, national (vietnamplus.vn, `date 2024-06`).
# Results: "53 triệu người dân đang có tài khoản VNeID" (count 5.3e7, 2024;
# society.eid_accounts_activated_count, a judgement: "đang có tài khoản"), "25 thủ
# tục hành chính với 87 dịch vụ công điện tử" (two counts, each its own subject,
# 2024), "Năm 2023, ... 94,4 triệu hồ sơ giao dịch điện tử, chiếm 86% tổng số hồ
# sơ" (count and %, 2023; egov.online_applications_count and
# egov.online_applications_share, a judgement: e-transactions with the insurer are
# online applications), "Trong quý 1/2024, ... 29,4 triệu hồ sơ ..., chiếm 87,2%"
# (2024; no id: the text does not say these are online). Not quantities: "quý
# 1/2024", "3 lợi ích" (a count of benefits, like tasks). Pillar null. The photo
# caption "Các tiện ích của ứng dụng VNeID." cut.
# --------------------------------------------------------------------------
D02 = dict(name="02_ca-nuoc-bhxh-vneid-ho-so-dien-tu-2024", kind="result", year=2024, records=[
    R("giúp cho «53 triệu", "người dân đang có tài khoản VNeID", "=", 53e6, **CNT,
      iid="society.eid_accounts_activated_count"),
    R("triển khai «25 thủ tục", "thủ tục hành chính", "=", 25, **CNT),
    R("với «87 dịch vụ", "dịch vụ công điện tử được cung cấp trên môi trường mạng", "=", 87, **CNT),
    R("nhận được «94,4 triệu", "Bảo hiểm xã hội Việt Nam nhận được hồ sơ giao dịch điện tử", "=", 94.4e6, **CNT,
      year=2023, iid="egov.online_applications_count"),
    R("chiếm «86% tổng", "hồ sơ giao dịch điện tử chiếm tổng số hồ sơ", "=", 86, year=2023,
      iid="egov.online_applications_share"),
    R("xử lý «29,4 triệu", "cơ quan này tiếp nhận và xử lý hồ sơ của công dân", "=", 29.4e6, **CNT),
    R("chiếm «87,2%", "hồ sơ của công dân chiếm tổng số hồ sơ cả trực tuyến và trực tiếp", "=", 87.2),
])

# --------------------------------------------------------------------------
# 03 Hải Dương, administrative results returned by post (baohaiduong.vn, byline
# 08/08/2023 → `date 2023-08`, 2023). Results: "gần 51.000 hồ sơ ... được trả qua
# dịch vụ bưu chính công ích" (~, count; no id), "hơn 100.000 hồ sơ" received (>),
# "hơn 60.000 hồ sơ tiếp nhận trực tuyến" (>, egov.online_applications_count),
# "hơn 40.000 hồ sơ tiếp nhận trực tiếp" (>). NOT: "tăng 22%" three times (title,
# lead, body: changes). Not quantities: "(tương đương 9.000 hồ sơ)" (the size of
# the change), "1 quầy giao dịch" (one counter set up: a facility, not a measure;
# a judgement), "1.1", "8.2023", "năm 2022". Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_haiduong-tthc-tra-qua-buu-dien-2023", kind="result", year=2023, records=[
    R("có gần «51.000 hồ sơ", "hồ sơ thủ tục hành chính được trả qua dịch vụ bưu chính công ích (bưu điện)", "~",
      51000, **CNT),
    R("tiếp nhận hơn «100.000 hồ sơ", "Trung tâm Phục vụ hành chính công tỉnh Hải Dương tiếp nhận hồ sơ giải quyết "
      "thủ tục hành chính của người dân", ">", 100000, **CNT),
    R("trong đó hơn «60.000 hồ sơ", "hồ sơ tiếp nhận trực tuyến", ">", 60000, **CNT,
      iid="egov.online_applications_count"),
    R("hơn «40.000 hồ sơ tiếp nhận trực tiếp", "hồ sơ tiếp nhận trực tiếp", ">", 40000, **CNT),
], NOT=["điện tăng «22%\n", "công ích tăng «22% so", "tăng khoảng «22%"])

# --------------------------------------------------------------------------
# 04 Hải Dương, bank accounts for social-benefit recipients (baohaiduong.vn,
# byline 06/04/2024 → `date 2024-04`; "đến hết ngày 31/3/2024" → 2024). Results:
# the title's "gần 47.000 tài khoản mới" (~) and "46.923 tài khoản mới" (=), counts
# with no id (society.payment_accounts_count counts all individuals' accounts);
# Agribank's "21.770 tài khoản, chiếm 46,4%", Agribank II's "gần 5.200 ..., chiếm
# 11 %", VietinBank's "gần 4.200 ..., chiếm 9%", and the districts' "gần 7.080 ...,
# 15,1%", "gần 6.000 ..., 12,8%", "hơn 5.310 ..., 11,3%" (each its own subject;
# banks are not levels or groups → scope null; the districts carry `place`). The
# places "Xếp thứ 2", "xếp thứ 3" (twice each) are rank results (=). Not
# quantities: "27 chi nhánh ngân hàng" (the banks taking part), "tăng 12,2%" (NOT:
# a change), "Đề án 06", "2022 - 2025", "2030", dates. Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_haiduong-tai-khoan-an-sinh-xa-hoi-2024", kind="result", year=2024, records=[
    R("mở gần «47.000 tài khoản", "Hệ thống ngân hàng Hải Dương mở tài khoản mới cho người hưởng an sinh xã hội", "~",
      47000, **CNT),
    R("đã mở «46.923 tài khoản", "hệ thống chi nhánh ngân hàng trên địa bàn tỉnh đã mở tài khoản mới cho người hưởng "
      "chính sách an sinh xã hội", "=", 46923, **CNT),
    R("cao nhất với «21.770", "Agribank chi nhánh tỉnh Hải Dương số lượng tài khoản mở mới", "=", 21770, **CNT),
    R("chiếm «46,4%", "tài khoản của Agribank chi nhánh tỉnh Hải Dương chiếm tổng lượng tài khoản mới mở của toàn "
      "hệ thống ngân hàng trong tỉnh", "=", 46.4),
    R("Xếp thứ «2 là Agribank", "Xếp thứ Agribank Hải Dương II", "=", 2, **RANK),
    R("với gần «5.200", "Agribank Hải Dương II tài khoản", "~", 5200, **CNT),
    R("chiếm «11 %", "tài khoản Agribank Hải Dương II chiếm", "=", 11),
    R("Hải Dương xếp thứ «3 với gần", "VietinBank Hải Dương xếp thứ", "=", 3, **RANK),
    R("với gần «4.200", "VietinBank Hải Dương tài khoản", "~", 4200, **CNT),
    R("chiếm «9%", "tài khoản VietinBank Hải Dương chiếm", "=", 9),
    R("với gần «7.080", "Tứ Kỳ lượng tài khoản mở mới cho người hưởng chính sách an sinh xã hội", "~", 7080, **CNT,
      place="Tứ Kỳ"),
    R("chiếm «15,1%", "tài khoản Tứ Kỳ chiếm", "=", 15.1, place="Tứ Kỳ"),
    R("Xếp thứ «2 là Bình Giang", "Xếp thứ Bình Giang", "=", 2, **RANK, place="Bình Giang"),
    R("với gần «6.000", "Bình Giang tài khoản", "~", 6000, **CNT, place="Bình Giang"),
    R("chiếm «12,8%", "tài khoản Bình Giang chiếm", "=", 12.8, place="Bình Giang"),
    R("TP Hải Dương xếp thứ «3", "TP Hải Dương xếp thứ", "=", 3, **RANK, place="TP Hải Dương"),
    R("với hơn «5.310", "TP Hải Dương tài khoản", ">", 5310, **CNT, place="TP Hải Dương"),
    R("chiếm «11,3%", "tài khoản TP Hải Dương chiếm", "=", 11.3, place="TP Hải Dương"),
], NOT=["tăng «12,2%"])

# --------------------------------------------------------------------------
# 05 Banks' customers, national (cafef.vn, `date 2024-12`, 2024). Results:
# "tính đến cuối năm 2023, tỉ lệ người trưởng thành có tài khoản ngân hàng đã đạt
# 87,08%" (2023; society.bank_account_15plus_share, a judgement: "người trưởng
# thành" read as 15+), "nhiều ngân hàng tư nhân cũng đã vượt mốc 10 triệu khách
# hàng" (>), Sacombank "vượt mốc 18 triệu" (>), "người dùng online đạt 8,9 triệu"
# (=), "giao dịch thành công qua kênh số đạt 508 triệu" (=), Techcombank "14,8
# triệu khách hàng" (=), "57,4% khách hàng cá nhân gia nhập thông qua nền tảng số
# và 42,1% từ kênh chi nhánh" (two records, each its own subject); "Hồi đầu năm"
# and "đến hết tháng 9/2024" → 2024. Target: "mục tiêu năm 2024 có thêm 3,5 triệu
# khách hàng mới" (a target stated as a change → >=, 2024). NOT: "tăng 19,8%",
# "tăng tới 51%". Not quantities: "tăng tới 2,3 triệu khách" and "tăng gần 500
# nghìn khách hàng mới trong quý 3" (results' changes), "Big 4", "quý 3". No ids
# except the first (the catalogue has no bank-customer counts). Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_ca-nuoc-ngan-hang-khach-hang-so-2024", kind="result", year=2024, records=[
    R("đã đạt «87,08%", "tỉ lệ người trưởng thành có tài khoản ngân hàng", "=", 87.08, year=2023,
      iid="society.bank_account_15plus_share"),
    R("vượt mốc «10 triệu", "nhiều ngân hàng tư nhân khách hàng", ">", 10e6, **CNT),
    R("vượt mốc «18 triệu", "số lượng khách hàng của nhà băng này (Sacombank)", ">", 18e6, **CNT),
    R("online đạt «8,9 triệu", "số lượng người dùng online", "=", 8.9e6, **CNT),
    R("kênh số đạt «508 triệu", "số lượng giao dịch thành công qua kênh số", "=", 508e6, **CNT),
    R("có thêm «3,5 triệu", "có thêm khách hàng mới", ">=", 3.5e6, **CNT, kind="target"),
    R("ngân hàng có «14,8 triệu", "Techcombank ngân hàng có khách hàng", "=", 14.8e6, **CNT),
    R("biết, «57,4%", "khách hàng cá nhân gia nhập thông qua nền tảng số", "=", 57.4),
    R("và «42,1%", "khách hàng cá nhân từ kênh chi nhánh", "=", 42.1),
], NOT=["tăng «19,8%", "tăng tới «51%"])

# --------------------------------------------------------------------------
# 06 Opening bank accounts remotely (e-KYC), national (bankingplus.vn; no date
# shown; "tính tới tháng 5/2023" → 2023). Result "khoảng 74,63% người trưởng thành
# có tài khoản ngân hàng" (~, 2023) and the target "mục tiêu 80% người dân từ 15
# tuổi trở lên có tài khoản giao dịch ... đến năm 2025" (>=, 2025), both
# society.bank_account_15plus_share. NOT: the nine-month changes "tăng 49%",
# "60,3%", "60,8%", "105%", "21,39%"; "trực tuyến 100%" (the manner of the process,
# "fully online", not a value of an indicator; a judgement). Not quantities:
# "1813/QĐ-TTg", "28/10/2021", "5/2023", "9 tháng", "chưa tới 2 phút" (a duration).
# Pillar null. The photo caption "Khuyến khích ... e-KYC |" cut.
# --------------------------------------------------------------------------
D06 = dict(name="06_ca-nuoc-ekyc-tai-khoan-2023", kind="result", year=2023, records=[
    R("có khoảng «74,63%", "người trưởng thành có tài khoản ngân hàng", "~", 74.63,
      iid="society.bank_account_15plus_share"),
    R("mục tiêu «80% người dân", "người dân từ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng hoặc các tổ chức "
      "được phép khác", ">=", 80, kind="target", year=2025, iid="society.bank_account_15plus_share"),
], NOT=["tăng «49%", "internet tăng «60,3%", "động tăng «60,8%", "Code tăng «105%", "POS tăng «21,39%",
        "trực tuyến «100%"])

# --------------------------------------------------------------------------
# 07 Quảng Nam, staffed postal points in every commune (baoquangnam.vn; no date
# shown; a precision text). One quantity: the Government's target quoted "“100%
# xã có điểm phục vụ bưu chính có người phục vụ” tại Nghị quyết số 01, ngày
# 1.1.2021" (target, >=, 2021: the resolution of 1.1.2021 is that year's;
# infra.postal_points_communes_share). Not quantities: "Nghị quyết số 01",
# "1.1.2021", "11 huyện, thị xã, thành phố" (the districts the letter addresses;
# a judgement). Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_quangnam-diem-phuc-vu-buu-chinh-2021-precision", kind="target", year=2021, records=[
    R("chỉ tiêu “«100% xã", "xã có điểm phục vụ bưu chính có người phục vụ", ">=", 100,
      iid="infra.postal_points_communes_share"),
])

# --------------------------------------------------------------------------
# 08 Vietnam Post's commune post offices, national (kinhdoanhcongnghe.com; no date
# shown; a precision text). One quantity: "mạng lưới gần 13.000 điểm phục vụ"
# (result, ~, count; infra.postal_service_points_count); the text names no year →
# null. Everything else is words. Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_ca-nuoc-buu-dien-xa-2025-precision", kind="result", year=None, records=[
    R("mạng lưới gần «13.000 điểm", "mạng lưới điểm phục vụ phủ khắp cả nước", "~", 13000, **CNT,
      iid="infra.postal_service_points_count"),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
