#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set88).

Copied from set69's builder (itself from set47's, set45's, set43's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (232
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

# --------------------------------------------------------------------------
# 01 National: the Ministry of Information and Communications' summary of the
# first six months of 2024, a numbered list (dlct.dongnai.gov.vn; no byline date;
# "6 tháng đầu năm 2024" -> results of 2024). Item 1 opens with the label
# "Dịch vụ công trực tuyến:", a lead-in naming a topic of chính quyền số
# (spec: dịch vụ công trực tuyến -> digital_government), so its six records carry
# digital_government; the other items have no label and stand under the heading
# "I. KẾT QUẢ NỔI BẬT", which names no pillar -> null (item 2 opens with "Kinh tế
# số" as its subject, not as a label; a judgement). Item 1 splits its value by
# group: "cả nước đạt 42%" (the whole, scope null, as the spec's "phủ 75% hộ gia
# đình, 100% cấp xã"), "bộ, ngành đạt 61%" (scope "bộ, ngành"), "địa phương đạt
# 17%" (scope "địa phương"); each bracket "(cuối năm 2023 là 17%)" states a value
# of 2023 (spec: "(năm 2023 đạt 38,4%)" is a result of 2023), with its parent's
# scope. All six egov.online_applications_share (wording "hồ sơ trực tuyến toàn
# trình"). Item 2: "ước đạt tăng trưởng 22,4%" is the growth rate of the digital
# economy, an indicator in its own right (econ.digital_economy_growth), not a
# change against a value stated in the text (a judgement); "tỷ trọng kinh tế số
# trong GDP ước đạt 18,3%" (econ.digital_economy_gdp_share); both "=" (spec:
# "ước đạt" -> result, =). NOT: items 3-5 "tăng trưởng 26% so với cùng kỳ năm
# 2023", "tăng 80% so với cùng kỳ năm 2023", "tăng 8% so với cùng kỳ" (changes
# against an earlier value). Not quantities: "06 tháng", "năm 2024", "hơn 20 năm",
# the enumerators "(1)", "(2)" and the list numbers.
# --------------------------------------------------------------------------
D01 = dict(name="01_ca-nuoc-so-ket-6-thang-2024-danh-sach", kind="result", year=2024, records=[
    R("cả nước đạt «42%", "Tỷ lệ hồ sơ trực tuyến toàn trình (trên tổng số hồ sơ thủ tục hành chính) cả nước", "=", 42,
      pillar=GOV, iid="egov.online_applications_share"),
    R("(cuối năm 2023 là «17%); bộ", "Tỷ lệ hồ sơ trực tuyến toàn trình cả nước cuối năm 2023", "=", 17,
      pillar=GOV, year=2023, iid="egov.online_applications_share"),
    R("bộ, ngành đạt «61%", "Tỷ lệ hồ sơ trực tuyến toàn trình bộ, ngành", "=", 61, scope="bộ, ngành",
      pillar=GOV, iid="egov.online_applications_share"),
    R("(cuối năm 2023 là «38%)", "Tỷ lệ hồ sơ trực tuyến toàn trình bộ, ngành cuối năm 2023", "=", 38,
      scope="bộ, ngành", pillar=GOV, year=2023, iid="egov.online_applications_share"),
    R("địa phương đạt «17%", "Tỷ lệ hồ sơ trực tuyến toàn trình địa phương", "=", 17, scope="địa phương",
      pillar=GOV, iid="egov.online_applications_share"),
    R("(cuối năm 2023 là «9%)", "Tỷ lệ hồ sơ trực tuyến toàn trình địa phương cuối năm 2023", "=", 9,
      scope="địa phương", pillar=GOV, year=2023, iid="egov.online_applications_share"),
    R("ước đạt tăng trưởng «22,4%", "Kinh tế số 06 tháng đầu năm tăng trưởng", "=", 22.4,
      iid="econ.digital_economy_growth"),
    R("trong GDP ước đạt «18,3%", "tỷ trọng kinh tế số trong GDP", "=", 18.3,
      iid="econ.digital_economy_gdp_share"),
], NOT=["tăng trưởng «26% so với", "tăng «80% so với", "tăng «8% so với"])

# --------------------------------------------------------------------------
# 02 Kiên Giang, administrative reform and digital transformation in 2023
# (baochinhphu.vn print page; the byline "12/12/2023 16:00" cut and written as
# `date 2023-12`; "trong năm 2023" -> results of 2023). The crosshead "100% hệ
# thống thông tin giải quyết TTHC đến cấp xã" states a value and is recorded like
# any other (as set69 records a repeated statement each time; a judgement).
# "Văn phòng điện tử đã triển khai đến 100% các cơ quan nhà nước" (the document
# system: egov.document_system_use_share, a judgement); "Tỷ lệ trao đổi văn bản
# điện tử ... đạt 100%" (egov.electronic_documents_share); "đã triển khai đến 100%
# các sở, ban, ngành cấp tỉnh và UBND cấp huyện, cấp xã": one value for all
# levels -> one record, scope null (spec); "1.841 dịch vụ công trực tuyến"
# (count, egov.online_services_count); the bracket "(trong đó đã cung cấp 100% thủ
# tục hành chính đủ điều kiện lên toàn trình)" (egov.full_online_services_share).
# All "=". Pillar null (no heading names one). Not quantities: "4 cấp chính quyền"
# (the levels of government, a name), "28/2018/QĐ-TTg", the date line.
# --------------------------------------------------------------------------
D02 = dict(name="02_kiengiang-cchc-chuyen-doi-so-2023", kind="result", year=2023, records=[
    R("tích cực.\n\n«100% hệ thống", "hệ thống thông tin giải quyết TTHC đến cấp xã", "=", 100),
    R("triển khai đến «100% các cơ quan", "hệ thống phần mềm Văn phòng điện tử đã triển khai đến các cơ quan nhà nước "
      "trên địa bàn tỉnh", "=", 100, iid="egov.document_system_use_share"),
    R("nhà nước đạt «100%", "Tỷ lệ trao đổi văn bản điện tử giữa các cơ quan hành chính nhà nước", "=", 100,
      iid="egov.electronic_documents_share"),
    R("triển khai đến «100% các sở", "Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Kiên Giang đã triển khai "
      "đến các sở, ban, ngành cấp tỉnh và UBND cấp huyện, cấp xã", "=", 100),
    R("cung cấp «1.841 dịch vụ", "dịch vụ công trực tuyến đang cung cấp", "=", 1841, **CNT,
      iid="egov.online_services_count"),
    R("đã cung cấp «100% thủ tục", "thủ tục hành chính đủ điều kiện được cung cấp lên toàn trình", "=", 100,
      iid="egov.full_online_services_share"),
])

# --------------------------------------------------------------------------
# 03 Đồng Tháp, the results of resolution 04-NQ/TU in 2021-2023 (Cao Lãnh
# city's digital-transformation site; no date shown). Year: "giai đoạn 2021-
# 2023" -> the end of the period, 2023 (a judgement). "08/17 chỉ tiêu" counts the
# targets met -> no quantity. Three results: "100% thủ tục hành chính có đủ điều
# kiện được cung cấp dưới dạng dịch vụ công trực tuyến mức độ 4" (=,
# egov.full_online_services_share: level 4 is the full-process service), "trên 58%
# doanh nghiệp vừa và nhỏ tiến hành hoạt động kinh doanh trên các sàn giao dịch
# thương mại điện tử" (>, econ.enterprises_ecommerce_share; SMEs are a group of the
# enterprises it measures, kept as a split by group; a judgement), "80% sản phẩm
# thuộc Chương trình “Mỗi xã một sản phẩm” (OCOP) có mặt trên các sàn" (=,
# econ.ocop_products_ecommerce_share). Pillar null. Not quantities: "khóa XI",
# "04-NQ/TU", "10/10", "mức độ 4" (a name of a level).
# --------------------------------------------------------------------------
D03 = dict(name="03_dongthap-nghi-quyet-04-2021-2023", kind="result", year=2023, records=[
    R("trong đó «100% thủ tục", "thủ tục hành chính có đủ điều kiện được cung cấp dưới dạng dịch vụ công trực tuyến "
      "mức độ 4", "=", 100, iid="egov.full_online_services_share"),
    R("trên «58% doanh nghiệp", "doanh nghiệp vừa và nhỏ tiến hành hoạt động kinh doanh trên các sàn giao dịch thương "
      "mại điện tử", ">", 58, iid="econ.enterprises_ecommerce_share"),
    R("tử, «80% sản phẩm", "sản phẩm thuộc Chương trình “Mỗi xã một sản phẩm” (OCOP) có mặt trên các sàn thương mại "
      "điện tử", "=", 80, iid="econ.ocop_products_ecommerce_share"),
])

# --------------------------------------------------------------------------
# 04 Đồng Tháp, results up to September 2023 (a precision text, nguoiquansat.vn;
# no date shown; "đến hết tháng 09/2023" -> 2023). One quantity: "đóng góp của
# kinh tế số vào GRDP của tỉnh Đồng Tháp ước đạt 6,42%" (=,
# econ.digital_economy_gdp_share; "vượt chỉ tiêu" names no value). NOT: "giảm 50%
# phí, lệ phí" (a fee rule of a council resolution, not a target or result of an
# indicator; a judgement). Among document numbers ("39/NQ-HĐND", "308/KH-UBND",
# "1019/QĐ-UBND-HC", "47/2020/NĐ-CP") and dates ("18/7/2023", "18/9/2023",
# "30/9/2023", "tháng 09/2023", "năm 2022"). Pillar null: the headings "Về xây
# dựng, hoàn thiện thể chế:" and "Về phát triển dữ liệu số:" come after the one
# quantity.
# --------------------------------------------------------------------------
D04 = dict(name="04_dongthap-kinh-te-so-grdp-9-thang-2023-precision", kind="result", year=2023, records=[
    R("ước đạt «6,42%", "đóng góp của kinh tế số vào GRDP của tỉnh Đồng Tháp", "=", 6.42,
      iid="econ.digital_economy_gdp_share"),
], NOT=["giảm «50% phí"])

# --------------------------------------------------------------------------
# 05 Lâm Đồng, the two-level local government (a precision text, baolamdong.vn;
# the crawler's stamp " date 2025-08-08" written as `date 2025-08` -> 2025). Two
# counts in one line (it may be a photo caption; kept, see SOURCES): "vẫn còn 42
# TTHC đang xác định thuộc cấp huyện" and "trong tổng số 982 thủ tục đủ điều kiện
# cung cấp dịch vụ công trực tuyến" (results, =, count; no id: procedures, not
# online services provided). Not quantities: "Đề án 06", "hai cấp" (no digits).
# Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_lamdong-chinh-quyen-hai-cap-2025-precision", kind="result", year=2025, records=[
    R("vẫn còn «42 TTHC", "TTHC đang xác định thuộc cấp huyện", "=", 42, **CNT),
    R("trong tổng số «982 thủ tục", "thủ tục đủ điều kiện cung cấp dịch vụ công trực tuyến", "=", 982, **CNT),
])

# --------------------------------------------------------------------------
# 06 Kiên Giang, the review of the first quarter of 2025 (a precision text with
# no quantity, phapluatplus.baophapluat.vn; no date shown). Numbers: "Đề án 06"
# (a name, five times), "quý I năm 2025", "quý I/2025", "13/5", "đợt 1" (the
# first round of a DNA collection). No record.
# --------------------------------------------------------------------------
D06 = dict(name="06_kiengiang-so-ket-quy-i-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 07 Hậu Giang, the "Mekong Delta 2024" digital-transformation week (a precision
# text with no quantity, vietnamnet.vn; no date shown). "hơn 1.000 đại biểu" (the
# participants of an event: spec, not a quantity), "lần thứ 3", "6 hội thảo và 4
# hoạt động bên lề", "2 ngày (23 và 24/5)", "60 gian hàng" (the parts of an event;
# a judgement, as the spec's participants), "23/5", "2024" in the event's name.
# No record.
# --------------------------------------------------------------------------
D07 = dict(name="07_haugiang-tuan-le-cds-mekong-2024-precision", kind="result", year=2024, records=[])

# --------------------------------------------------------------------------
# 08 National: the summary report heard by Đồng Nai's Department of Industry and
# Trade (a precision text with no quantity, sct.dongnai.gov.vn; the byline
# "Chủ nhật - 26/02/2023 19:52" cut and written as `date 2023-02`). Times and
# dates ("08h00", "25/02/2023", "27/9/2019", "03/6/2020", "15/6/2021", "31/3/202"),
# document numbers ("52-NQ/TW", "749/QĐ-TTg", "942/QĐ-TTg", "411/QĐ-TTg"), periods
# ("2021-2025", "năm 2025", "năm 2030"). No record.
# --------------------------------------------------------------------------
D08 = dict(name="08_ca-nuoc-bao-cao-tom-tat-2023-precision", kind="result", year=2023, records=[])

# --------------------------------------------------------------------------
# 09 Tuyên Quang, Bắc Mê commune after the merger (a precision text with no
# quantity, trangtraiviet.danviet.vn; the stamp " date 2025-09-11" written as
# `date 2025-09`). "sáp nhập 3 địa phương" (twice; the units merged, not a value
# of an indicator) and "chính quyền địa phương 2 cấp" (a name). No record.
# --------------------------------------------------------------------------
D09 = dict(name="09_tuyenquang-xa-bac-me-hai-cap-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 10 Khánh Hòa, technology solutions (a precision text with no quantity,
# vietnamplus.vn; the stamp " date 2026-01-09" written as `date 2026-01`). Only
# names: "mạng 5G", "wifi 7". No record.
# --------------------------------------------------------------------------
D10 = dict(name="10_khanhhoa-giai-phap-cong-nghe-2026-precision", kind="result", year=2026, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
