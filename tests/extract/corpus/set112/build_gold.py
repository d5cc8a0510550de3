#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set112).

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

OTHER_100 = dict(unit="other", unit_text="điện thoại/100 dân")


def Z(name, kind, year, note=""):
    """A document with no record: a precision text (see its comment)."""
    return dict(name=name, kind=kind, year=year, records=[])


# --------------------------------------------------------------------------
# 01 Tuyên Quang, plan 60/KH-UBND (26/3/2025) for digital transformation in
# 2025 (nhansu.vn). A precision text: its "Phần I. Đánh giá kết quả thực hiện
# năm 2024" opens with the steering documents of 2024, not with figures. No
# quantity. Not quantities: "60/KH-UBND" (three times), "26/03/2025", "26
# tháng 3 năm 2025", "264/KH-UBND ngày 19/12/2023", "04/QĐ-BCĐ ngày 06/6/2024",
# "năm 2023[1]" (a year and a footnote mark), "năm 2024", "năm 2025", the list
# numbers "1.", "2.".
# --------------------------------------------------------------------------
D01 = Z("01_tuyenquang-kh60-chuyen-doi-so-2025-precision", "target", 2025)

# --------------------------------------------------------------------------
# 02 Vĩnh Long, post and telecommunications infrastructure 2015-2020
# (baovinhlong.vn, byline 18/11/2020 → `date 2020-11`; "Giai đoạn 2015- 2020",
# "đến nay" → results of 2020). Every number of the body is a result:
# "trên 805.400 thuê bao điện thoại" (>, count; no id: telephone subscriptions
# of every kind, the catalogue's count is of mobile ones), "78 điện thoại/100
# dân" (=, other "điện thoại/100 dân": a rate per hundred written without "%",
# so not unit %; no id), "148.100 thuê bao Internet" (=, count,
# infra.internet_subscriptions_count, a judgement: the text does not say
# broadband), "tăng 68% so năm 2015" (a change against an earlier value → NOT),
# "100% ấp- khóm, khu dân cư được lắp đặt hệ thống loa không dây" (=, no id:
# hamlets, not communes with a smart radio), "Mạng diện rộng ... đến 100% cơ
# quan hành chính cấp tỉnh, huyện, xã" (=, one value for all levels → scope null;
# no id: the province's own WAN, not the specialised data network), "9.766
# hộp thư" (=, count; no id) "với 90% cán bộ, công chức thường xuyên sử dụng"
# (=, egov.official_email_use_share), "84/87 xã đạt tiêu chí thông tin-
# truyền thông" (=, count 84 of 87; no id) "đạt 97%" (=; no id). Pillar: the
# page title "Hạ tầng bưu chính, viễn thông được đầu tư và phát triển" names
# viễn thông → digital_infrastructure for the whole excerpt (set69's judgement
# that a page title counts as a heading; the spec's decided case "mạng viễn
# thông ... → hạ tầng số"). Not quantities: "2015- 2020", "năm 2015", the date
# line.
# --------------------------------------------------------------------------
D02 = dict(name="02_vinhlong-ha-tang-buu-chinh-vien-thong-2015-2020", kind="result", year=2020, records=[
    R("có trên «805.400 thuê bao", "thuê bao điện thoại", ">", 805400, **CNT, pillar=INFRA),
    R("với «78 điện thoại/100 dân", "điện thoại/100 dân", "=", 78, **OTHER_100, pillar=INFRA),
    R("Có «148.100 thuê bao", "thuê bao Internet", "=", 148100, **CNT, pillar=INFRA,
      iid="infra.internet_subscriptions_count"),
    R("năm 2015. «100% ấp", "ấp- khóm, khu dân cư được lắp đặt hệ thống loa không dây", "=", 100, pillar=INFRA),
    R("triển khai đến «100% cơ quan", "Mạng diện rộng của tỉnh đã được triển khai đến cơ quan hành chính cấp tỉnh, "
      "huyện, xã", "=", 100, pillar=INFRA),
    R("có «9.766 hộp thư", "hộp thư của hệ thống thư điện tử công vụ", "=", 9766, **CNT, pillar=INFRA),
    R("hộp thư với «90% cán bộ", "cán bộ, công chức thường xuyên sử dụng hệ thống thư điện tử công vụ", "=", 90,
      pillar=INFRA, iid="egov.official_email_use_share"),
    R("toàn tỉnh có «84/87 xã", "xã đạt tiêu chí thông tin- truyền thông", "=", 84, **CNT, pillar=INFRA),
    R("truyền thông, đạt «97%", "xã đạt tiêu chí thông tin- truyền thông", "=", 97, pillar=INFRA),
], NOT=["tăng «68% so năm 2015"])

# --------------------------------------------------------------------------
# 03 Bắc Ninh, plan 186/KH-UBND (29/12/2025) for digital government 2026-2030
# (nhansu.vn). A precision text of legal bases only: "57-NQ/TW ngày
# 22/12/2024", "71/NQ-CP ngày 01/4/2025", "214/NQ-CP ngày 23/7/2025",
# "2629/QĐ-TTg ngày 01/12/2025", "164/TTr- SKHCN ngày 17/12/2025", the
# period "2026-2030" (four times), "29 tháng 12 năm 2025". No quantity.
# --------------------------------------------------------------------------
D03 = Z("03_bacninh-kh186-chinh-quyen-so-2026-2030-precision", "target", 2026)

# --------------------------------------------------------------------------
# 04 Bình Phước, plan 170/KH-UBND (01/6/2022) for a 92-day campaign on online
# public services (vanban123.vn). A precision text: "CHIẾN DỊCH CAO ĐIỂM 92
# NGÀY ĐÊM" and "Chiến dịch cao điểm 92 ngày đêm" (the campaign's length, a
# duration and its name), "77 năm Ngày Quốc Khánh" (an anniversary),
# "02/9/1945 - 02/9/2022", "01/6/2022", "31/8/2022" (three times each or
# so), "45/2020/NĐ-CP", "942/QĐ-TT", "27/QĐ-UBQGCĐS", "1832/BTTTT-THH",
# "2021-2025", "2030". No quantity.
# --------------------------------------------------------------------------
D04 = Z("04_binhphuoc-kh170-chien-dich-92-ngay-2022-precision", "target", 2022)

# --------------------------------------------------------------------------
# 05 Ninh Thuận, plan 6526/KH-UBND (30/11/2021) for digital government and
# information security in 2022 (thuvienphapluat.vn). A precision text: its
# "Phần I. Đánh giá kết quả thực hiện kế hoạch năm 2021" lists the documents
# issued in 2021 (numbers and dates only: "34/NQ-HĐND", "1097/QĐ-TBT",
# "352-QĐ/TU", "01-QĐ/BCĐCĐS", "02-QĐ/BCĐCĐS", "52-KH/TU", periods
# "2021-2025"). No quantity.
# --------------------------------------------------------------------------
D05 = Z("05_ninhthuan-kh6526-chinh-quyen-so-2022-precision", "target", 2022)

# --------------------------------------------------------------------------
# 06 Kon Tum, plan 1570/KH-UBND (08/5/2025) carrying out Resolution 71/NQ-CP
# and Programme 95-CTr/TU (hethongphapluat.vn; the site's subscription line
# cut). A precision text of legal bases and purposes: "71/NQ-CP", "95-CTR/TU",
# "57-NQ/TW", dates written "ngày 01 tháng 4 năm 2025", "1679-CV/TU ngày 28
# tháng 4 năm 2025[1]" (a footnote mark), list numbers. No quantity.
# --------------------------------------------------------------------------
D06 = Z("06_kontum-kh1570-nq71-chuyen-doi-so-2025-precision", "target", 2025)

# --------------------------------------------------------------------------
# 07 Cần Thơ (a centrally-run city), plan 224/KH-UBND (31/12/2025) for digital
# transformation in 2026 (nhansu.vn). A precision text of legal bases:
# "5511/BKHCN-CĐSQG", "57-NQ/TW ngày 22 ngày 12 tháng 2024" (the page's typo),
# "71/NQ-CP", "749/QĐ-TTg", "411/QĐ-TTg", years. No quantity.
# --------------------------------------------------------------------------
D07 = Z("07_cantho-kh224-chuyen-doi-so-2026-precision", "target", 2026)

# --------------------------------------------------------------------------
# 08 Bắc Giang, plan 324/KH-UBND (13/7/2021) for digital transformation
# 2021-2025 (thuvienphapluat.vn). A precision text: legal bases ("942/QĐ-TTg
# ngày 15/6/2021" twice, "111-NQ/TU ngày 11/6/2021" twice), periods, and the
# purposes "1.", "2.", "3.". No quantity.
# --------------------------------------------------------------------------
D08 = Z("08_bacgiang-kh324-chuyen-doi-so-2021-2025-precision", "target", 2025)

# --------------------------------------------------------------------------
# 09 Lai Châu, decision 983/QĐ-UBND (04/8/2022) approving the scheme
# "Chuyển đổi số tỉnh Lai Châu đến năm 2025, định hướng đến năm 2030"
# (thuvienphapluat.vn bulletin). A precision text of legal bases (laws of
# 19/6/2015, 22/12/2019, 29/6/2006; "52-NQ/TW", "17/NQ-CP", "749/QĐ-TTg",
# "942/QĐ-TTg", "09-NQ/TU", "1353/TTr- STTTT"); the excerpt ends in "202".
# No quantity.
# --------------------------------------------------------------------------
D09 = Z("09_laichau-qd983-de-an-chuyen-doi-so-2022-precision", "target", 2025)

# --------------------------------------------------------------------------
# 10 Kiên Giang, plan 274/KH-UBND (30/12/2022) for digital transformation in
# 2023 (hethongphapluat.com; the site-name line "Hệ thống pháp luật" cut). A
# precision text of legal bases ("64/2007/NĐ-CP", "749/QĐ-TTg", "942/QĐ-TTg",
# "186/KH-UBND", "55/KH-UBND", "01-CTr/TU", "52-NQ/TW", "2174/QĐ-UBND",
# "5406/BTTTT-CĐSQG", their dates). No quantity.
# --------------------------------------------------------------------------
D10 = Z("10_kiengiang-kh274-chuyen-doi-so-2023-precision", "target", 2023)

# --------------------------------------------------------------------------
# 11 Hà Nội (a centrally-run city), results under the city's plan 239/KH-UBND
# "Chuyển đổi số, xây dựng TP Hà Nội thông minh" (kinhtedothi.vn, no date
# shown; "năm 2022" → 2022). "chỉ số Chuyển đổi số cấp tỉnh (DTI) xếp thứ 24/63
# tỉnh/TP" (rank result, =, dti.provincial_rank); "tăng 16 bậc so với năm 2021"
# is a change (no record; no "%" so no NOT entry). "Tỷ lệ dân số trưởng thành
# có điện thoại thông minh đạt 78%" (=, society.adult_smartphone_share) and
# "tỷ lệ hộ gia đình có truy cập internet băng rộng đạt 90%" (=,
# infra.households_internet_share): the sentence names no year; it follows
# the sentence on "năm 2022" in the same paragraph → 2022 (a judgement). The
# sub-heading "Nhiều kết quả tích cực" names no pillar → null. Not quantities:
# "18-NQ/TU", "239/KH-UBND", "2025", "2030", "năm 2021".
# --------------------------------------------------------------------------
D11 = dict(name="11_hanoi-kh239-thanh-pho-thong-minh-ket-qua-2022", kind="result", year=2022, records=[
    R("(DTI) xếp thứ «24/63", "chỉ số Chuyển đổi số cấp tỉnh (DTI)", "=", 24, **RANK,
      iid="dti.provincial_rank"),
    R("thông minh đạt «78%", "Tỷ lệ dân số trưởng thành có điện thoại thông minh", "=", 78,
      iid="society.adult_smartphone_share"),
    R("băng rộng đạt «90%", "tỷ lệ hộ gia đình có truy cập internet băng rộng", "=", 90,
      iid="infra.households_internet_share"),
])

# --------------------------------------------------------------------------
# 12 Hải Phòng (a centrally-run city), plan 325/KH-UBND (19/12/2023) for
# digital transformation in 2024 (hethongphapluat.vn; the site-name line cut).
# A precision text: its "PHẦN I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2023" only
# points to report "121/BC-UBND ngày 05/12/2023" (twice); then legal bases
# ("52-NQ/TW", "50/NQ-CP", "749/QĐ-TTg", "942/QĐ-TTg", "2323/BTTTT-THH",
# "phiên bản 2.0", "146/QĐ-TTg"). No quantity.
# --------------------------------------------------------------------------
D12 = Z("12_haiphong-kh325-chuyen-doi-so-2024-precision", "target", 2024)

# --------------------------------------------------------------------------
# 13 Quảng Nam, the provincial Đề án 06 working group's monthly report
# (vpubnd.quangnam.gov.vn, the office of the provincial People's Committee;
# no date shown; dates of August-September 2024). A precision text: five
# official letters with numbers and dates, "ngày 10/9/2024", "Chỉ thị số
# 04/CT-TTg ngày 11/02/2024". "khẩn trương thực hiện 43 mô hình điểm Đề án 06"
# is a count of pilot models to carry out (tasks, not a quantity) and "02 nhóm
# thủ tục hành chính liên thông" names one defined bundle of procedures ("khai
# sinh, khai tử, thường trú"), not a value of an indicator (judgements). No
# quantity.
# --------------------------------------------------------------------------
D13 = Z("13_quangnam-de-an-06-bao-cao-thang-9-2024", "result", 2024)


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
