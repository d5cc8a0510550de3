#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set132).

Copied from set69's builder (itself from set47's, set45's, ... and the seeds'). Each
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
CHUYEN = dict(unit="other", unit_text="chuyến")

# --------------------------------------------------------------------------
# 01 Quảng Trị, tourism after the pandemic under "du lịch thông minh"
# (vinhphuctv.vn, no date shown). Results: "tổng lượng khách du lịch ... ước
# đạt 1.550.000 lượt" (2022, =, count), "Tổng doanh thu du lịch xã hội ước đạt
# 1.475 tỉ đồng" and "doanh thu chuyên ngành ước đạt 590 tỉ đồng" (2022, =,
# đồng; "tỉ" read as tỷ), "Trong quý I/2023, tổng lượng khách ... ước đạt
# 457.630 lượt, trong đó khách quốc tế 9.300 lượt" (2023, =, count; the
# international visitors are a breakdown by kind of visitor, not a level or a
# population group → scope null, their own subject; a judgement). The changes
# "tăng 301,5% / 198,7% / 391,2% / 252,1% so với ..." are a result's change
# against an earlier value or the plan → NOT. Not quantities: "562 di tích văn
# hóa vật thể và 342 di sản văn hóa phi vật thể" (the province's heritage, an
# endowment, not a value reached; a judgement), "81 ngày đêm năm 1972" (a
# name), "năm 2022", "năm 2021", "quý I/2023". No id (the catalogue holds no
# tourism figures). Pillar null.
# --------------------------------------------------------------------------
D01 = dict(name="01_quangtri-du-lich-thong-minh-2022", kind="result", year=2022, records=[
    R("ước đạt «1.550.000 lượt", "tổng lượng khách du lịch đến địa phương này", "=", 1550000, **CNT),
    R("xã hội ước đạt «1.475 tỉ đồng", "Tổng doanh thu du lịch xã hội", "=", 1475e9, **DONG),
    R("chuyên ngành ước đạt «590 tỉ đồng", "doanh thu chuyên ngành", "=", 590e9, **DONG),
    R("ước đạt «457.630 lượt", "tổng lượng khách du lịch đến Quảng Trị", "=", 457630, **CNT, year=2023),
    R("khách quốc tế «9.300 lượt", "khách quốc tế", "=", 9300, **CNT, year=2023),
], NOT=["(tăng «301,5%", "tăng «198,7%", "(tăng «391,2%", "tăng «252,1%"])

# --------------------------------------------------------------------------
# 02 The North West provinces and Hồ Chí Minh City, tourism link-up, 2025
# (vietnamplus.vn; crawler's stamp 2025-12-12 → `date 2025-12`). Two results
# of 2025 stated in the lead: "Hơn 90 triệu lượt khách" (>, count, 90e6) and
# "doanh thu du lịch đạt hơn 341.000 tỷ đồng năm 2025" (>, đồng, 341000e9).
# Not quantities: "12/12", "năm 2026", "năm 2025" (years), "Trưởng nhóm hợp
# tác năm 2025". No place (the figures are the group's own, the page's
# subject). No id. Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_taybac-du-lich-chuyen-doi-so-2025", kind="result", year=2025, records=[
    R("Hơn «90 triệu lượt khách", "lượt khách", ">", 90e6, **CNT),
    R("du lịch đạt hơn «341.000 tỷ đồng", "doanh thu du lịch", ">", 341000e9, **DONG),
])

# --------------------------------------------------------------------------
# 03 Thanh Hóa provincial museum digitising its holdings (vnmh.com.vn, no date
# shown). One quantity: "Từ cuối năm 2022, với việc số hóa 3 bảo vật quốc
# gia" (result, =, count, 2022; no id: the catalogue's heritage count is of
# sites, these are artefacts). Not quantities: the museum's holdings "hơn
# 30.000 hiện vật, trong đó có hơn 2.000 hiện vật được lựa chọn trưng bày" (a
# stock of the collection, not a value of the transformation; a judgement),
# "kính 3D", "năm 2022". Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_thanhhoa-bao-tang-so-hoa-bao-vat", kind="result", year=2022, records=[
    R("việc số hóa «3 bảo vật", "bảo vật quốc gia được số hóa", "=", 3, **CNT),
])

# --------------------------------------------------------------------------
# 04 Thừa Thiên Huế, the Hồ Chí Minh Museum's QR audio guide (nguoihanoi.vn,
# byline 23/11/2022 → `date 2022-11`, 2022). "Hệ thống này được áp dụng tại
# Bảo tàng và 2 di tích lưu niệm" and again "... và 2 di tích: Nhà lưu niệm
# ..." (the number of relic sites with the automatic guide, recorded each time
# it is stated; society.digitised_heritage_sites_count, whose wordings include
# "điểm du lịch được số hóa 3D, thuyết minh tự động"; a judgement), and
# "Hệ thống thuyết minh tự động gồm 43 điểm" (result, =, count; no id: points
# inside the sites). Not quantities: "22/11", "hai ngôn ngữ" (no digits).
# Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_hue-thuyet-minh-tu-dong-qr-2022", kind="result", year=2022, records=[
    R("tại Bảo tàng và «2 di tích lưu niệm", "Hệ thống thuyết minh tự động được áp dụng tại di tích lưu niệm", "=", 2,
      **CNT, iid="society.digitised_heritage_sites_count"),
    R("gồm «43 điểm", "Hệ thống thuyết minh tự động gồm điểm", "=", 43, **CNT),
    R("Thừa Thiên Huế và «2 di tích:", "Hệ thống thuyết minh tự động được áp dụng tại di tích", "=", 2, **CNT,
      iid="society.digitised_heritage_sites_count"),
])

# --------------------------------------------------------------------------
# 05 Cashless tourism, with Quảng Ninh's example (bvhttdl.gov.vn; the page's
# own "12/07/2022 | 14:17" stands glued to its lead, kept → 2022). A
# precision text: one quantity, "cơ cấu dân số trẻ với 72% đang sử dụng điện
# thoại thông minh" (result, =; society.adult_smartphone_share, the population
# read as the catalogue's adults; a judgement). Not quantities: "12/07/2022",
# "14:17". Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_quangninh-du-lich-khong-tien-mat-2022-precision", kind="result", year=2022, records=[
    R("dân số trẻ với «72%", "cơ cấu dân số trẻ đang sử dụng điện thoại thông minh", "=", 72,
      iid="society.adult_smartphone_share"),
])

# --------------------------------------------------------------------------
# 06 Digital payments in tourism, national (theleader.vn, no date shown).
# Survey results: "Khảo sát của Bộ Kế hoạch và đầu tư năm 2023 đã chỉ ra, 98%
# doanh nghiệp Việt kỳ vọng ..." (=, 2023), "Theo khảo sát của VINASME 2023,
# chỉ 25% doanh nghiệp vừa và nhỏ có kế hoạch triển khai thanh toán số" (=,
# 2023; "chỉ" is no comparator), "Nghiên cứu của Visa ... 97% người tiêu dùng
# Việt ưu tiên thanh toán không tiền mặt khi đi du lịch" (=; the sentence and
# the page name no year → null). No ids. Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_ca-nuoc-thanh-toan-so-du-lich-2023", kind="result", year=None, records=[
    R("chỉ ra, «98% doanh nghiệp", "doanh nghiệp Việt kỳ vọng rằng chuyển đổi số sẽ đem đến nhiều tác động tích cực "
      "trong việc kinh doanh", "=", 98, year=2023),
    R("chỉ «25% doanh nghiệp", "doanh nghiệp vừa và nhỏ có kế hoạch triển khai thanh toán số", "=", 25, year=2023),
    R("cho thấy, «97% người tiêu dùng", "người tiêu dùng Việt ưu tiên thanh toán không tiền mặt khi đi du lịch",
      "=", 97),
])

# --------------------------------------------------------------------------
# 07 Visa's travel study, national (vuidap.com, a copy of an ĐTTCO item; no
# date shown; the title "Khả năng thanh toán của khách du lịch năm 2024" → 2024).
# Survey results (=): "(97%)" of those surveyed prefer cashless options (a
# bracket stating a value), "92% chọn thẻ tín dụng", "87% chọn thẻ ghi nợ",
# "64% cho biết họ đã dùng ví điện tử", and the travellers' "trung bình 2,4
# chuyến trong 12 tháng" (unit other, "chuyến"; an average reported, a
# judgement). Not quantities: "Ngày 26-9", "trên 60 tuổi" (the definition of
# a group), "12 tháng" (a period), "năm 2024" (twice, the title repeated).
# No ids. Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_ca-nuoc-visa-khach-du-lich-2024", kind="result", year=2024, records=[
    R("khảo sát («97%)", "những người được khảo sát ưu tiên các tùy chọn thanh toán không dùng tiền mặt", "=", 97),
    R("(«92% chọn", "chọn thẻ tín dụng", "=", 92),
    R("và «87% chọn", "chọn thẻ ghi nợ", "=", 87),
    R("Ngoài ra «64% cho biết", "cho biết họ đã dùng ví điện tử", "=", 64),
    R("trung bình «2,4 chuyến", "Các gia đình có con nhỏ và thế hệ Silver đi du lịch giải trí", "=", 2.4, **CHUYEN),
])

# --------------------------------------------------------------------------
# 08 Digital tourism in the digital economy, national (vndx.gov.vn; byline
# "Thứ Hai, 27/12/2021 670" (date and view count) cut → `date 2021-12`, 2021).
# A precision text: one quantity, "100% cơ quan quản lý du lịch từ Trung ương
# đến địa phương của Việt Nam đã có website du lịch" (result, =; one value for
# all levels → scope null; no id: egov.agency_portals_share is of
# administrative agencies' portals, not of tourism websites). Pillar: the
# sub-heading "a) Ứng dụng CNTT phục vụ quản lý nhà nước về du lịch" names
# none; the heading above it, "2. Tình hình, mục tiêu và các bài toán trong
# chuyển đổi số, phát triển kinh tế số lĩnh vực du lịch", names kinh tế số →
# digital_economy (a judgement). Not quantities: heading numbers "1.", "2.",
# "2.1.", the addresses.
# --------------------------------------------------------------------------
D08 = dict(name="08_ca-nuoc-du-lich-so-2021-precision", kind="result", year=2021, records=[
    R("; «100% cơ quan quản lý", "cơ quan quản lý du lịch từ Trung ương đến địa phương của Việt Nam đã có website "
      "du lịch", "=", 100, pillar=ECO),
])

# --------------------------------------------------------------------------
# 09 Digital tourism in Đà Nẵng, Hà Nội and Hồ Chí Minh City (plo.vn; crawler's
# stamp 2025-10-30 → `date 2025-10`, 2025). A precision text: one quantity,
# Hà Nội's e-ticket system "tại 13 điểm tham quan nổi tiếng" (result, =,
# count; place Hà Nội, the page being national; no id). Not quantities:
# "30/10/2025 07:00", "VR360", "Scan 3D", "(VR/AR)". Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_ca-nuoc-ve-dien-tu-13-diem-2025-precision", kind="result", year=2025, records=[
    R("tại «13 điểm tham quan", "điểm tham quan nổi tiếng vận hành hệ thống vé điện tử", "=", 13, **CNT,
      place="Hà Nội"),
])

# --------------------------------------------------------------------------
# 10 Hưng Yên's Department of Culture, Sports and Tourism (tracuuquyhoach.com,
# no date shown). Results with no year in the text (the plan 23/KH-SVHTTDL of
# 8/4/2022 runs to 2025; "Từ năm 2023 đến nay" gives no measuring year) → year
# null throughout (a judgement). "dịch vụ công trực tuyến mức độ 3 đạt 28,4%"
# (egov.partial_online_services_share: mức độ 3 is its former name), "mức độ 4
# đạt 68,2%" (egov.full_online_services_share: mức độ 4 the former toàn
# trình), "100% thủ tục hành chính được tiếp nhận thông qua phần mềm ..." (no
# id), "Mức độ hài lòng ... đạt 90% - 100%" (between 90-100;
# egov.satisfaction_share), "số hóa được 25 di tích xếp hạng ..." (count;
# society.digitised_heritage_sites_count). Not quantities: "8/4/2022",
# "23/KH-SVHTTDL", "5 nhóm" (groups of tasks), "năm 2025", "năm 2030",
# "năm 2023". The lead-in naming five pillars' tasks is no heading → null.
# --------------------------------------------------------------------------
D10 = dict(name="10_hungyen-svhttdl-dvctt-so-hoa-di-tich", kind="result", year=None, records=[
    R("mức độ 3 đạt «28,4%", "dịch vụ công trực tuyến mức độ 3", "=", 28.4,
      iid="egov.partial_online_services_share"),
    R("mức độ 4 đạt «68,2%", "dịch vụ công trực tuyến mức độ 4", "=", 68.2, iid="egov.full_online_services_share"),
    R("68,2%; «100% thủ tục", "thủ tục hành chính được tiếp nhận thông qua phần mềm tiếp nhận hồ sơ và trả kết quả",
      "=", 100),
    R("hằng năm đạt «90% - 100%", "Mức độ hài lòng của người dân, doanh nghiệp đánh giá hằng năm", "between", 90,
      value_max=100, iid="egov.satisfaction_share"),
    R("số hóa được «25 di tích", "di tích xếp hạng quốc gia đặc biệt và di tích xếp hạng quốc gia được số hóa", "=",
      25, **CNT, iid="society.digitised_heritage_sites_count"),
])

# --------------------------------------------------------------------------
# 11 The Ministry of Culture, Sports and Tourism's digital transformation in
# 2024 (vanhoanghethuat.vn, no date shown). Under the heading "Hạ tầng số và
# các nền tảng số được quan tâm đầu tư" (names two pillars; the first,
# hạ tầng số → digital_infrastructure; a judgement): "Năm 2023, ... xếp hạng
# thứ 7 trong 17 Bộ, ngành cung cấp dịch vụ công" (rank, =, 2023; the index is
# not named → no id) and "xếp hạng 1 trong 17 Bộ ... về chỉ số sẵn sàng ...
# (ICT Index)" (rank, =, 2023; rank.ict_index). Not quantities: "tăng 1 bậc so
# với năm 2022" (a change), "17" (the field ranked), "năm 2024".
# --------------------------------------------------------------------------
D11 = dict(name="11_bo-vhttdl-xep-hang-2023", kind="result", year=2023, records=[
    R("xếp hạng thứ «7 trong 17", "Bộ VHTTDL xếp hạng trong Bộ, ngành cung cấp dịch vụ công", "=", 7, **RANK,
      pillar=INFRA),
    R("xếp hạng «1 trong 17", "xếp hạng trong Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ có dịch vụ công (DVC) về "
      "chỉ số sẵn sàng cho phát triển và ứng dụng công nghệ thông tin (CNTT) và truyền thông (ICT Index)", "=", 1,
      **RANK, pillar=INFRA, iid="rank.ict_index"),
])

# --------------------------------------------------------------------------
# 12 The Ministry's workshop on the sector's databases (th389.vn, no date
# shown; "chiều 1-10", no year → null). Results: "đã tạo lập được 6.290 tài
# khoản cho cán bộ, công chức, viên chức ..." (=, count) and "đã hoàn thành
# 100% việc kết nối và đồng bộ lên hệ thống cơ sở dữ liệu quốc gia về cán bộ,
# công chức, viên chức" (=). No ids. Not quantities: "ngày 10-10", "1-10".
# Pillar null.
# --------------------------------------------------------------------------
D12 = dict(name="12_bo-vhttdl-csdl-can-bo", kind="result", year=None, records=[
    R("được «6.290 tài khoản", "tài khoản cho cán bộ, công chức, viên chức thuộc các đơn vị để kê khai hồ sơ", "=",
      6290, **CNT),
    R("hoàn thành «100% việc", "việc kết nối và đồng bộ lên hệ thống cơ sở dữ liệu quốc gia về cán bộ, công chức, "
      "viên chức", "=", 100),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
