#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set52).

Copied from set47's builder (itself from set45's, set43's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the
text with « just before the number. The locator (without «) must occur exactly once in the text;
the anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed
as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (220
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


MBS = dict(unit="other", unit_text="Mb/s")
TB100 = dict(unit="other", unit_text="thuê bao/100 dân")

DIEM = dict(unit="other", unit_text="điểm")
DONG = dict(unit="other", unit_text="đồng")
KM = dict(unit="other", unit_text="km")
MAY100 = dict(unit="other", unit_text="máy/100 dân")

GIODAY = dict(unit="other", unit_text="giờ/ngày")
DONGNGUOI = dict(unit="other", unit_text="đồng/người")
NGUOIKM2 = dict(unit="other", unit_text="người/km2")
DTDD100 = dict(unit="other", unit_text="điện thoại di động/100 dân")
IDX = dict(unit="other", unit_text=None)

# --------------------------------------------------------------------------
# 01 Gia Lai, the Department of Science and Technology's review of 2025
# (baogialai.com.vn, date 2025-12; "Năm 2025", "Trong năm" → 2025): a
# precision text. One quantity: "hỗ trợ 6 tổ chức, cá nhân nộp đơn đăng ký
# sáng chế" (count, =, no id). Not quantities: "30-12" (a date), "2025",
# "2026" (years), "KH-CN" (a name).
# --------------------------------------------------------------------------
D01 = dict(name="01_gialai-khcn-tong-ket-2025-precision", kind="result", year=2025, records=[
    R("hỗ trợ «6 tổ chức", "tổ chức, cá nhân được hỗ trợ nộp đơn đăng ký sáng chế", "=", 6, **CNT),
])

# --------------------------------------------------------------------------
# 02 Gia Lai (after the merger with Bình Định), the Steering Committee's
# meeting of 17-9 (baogialai.com.vn, date 2025-09). The same target twice:
# "phấn đấu đến năm 2030, kinh tế số đóng góp 30% GRDP" (the lead) and
# "... 30% vào GRDP của tỉnh" (the body): targets, >= (bare number in a
# target), year 2030 (the sentence's own), econ.digital_economy_gdp_share.
# Pillar null (the subject names kinh tế số, no heading or lead-in). Not
# quantities: "17-9" (date), "57-NQ/TW" (a document number).
# --------------------------------------------------------------------------
D02 = dict(name="02_gialai-kinh-te-so-30-grdp-2030", kind="target", year=2025, records=[
    R("đóng góp «30% GRDP", "kinh tế số đóng góp GRDP", ">=", 30, year=2030, iid="econ.digital_economy_gdp_share"),
    R("đóng góp «30% vào GRDP", "kinh tế số đóng góp vào GRDP của tỉnh", ">=", 30, year=2030,
      iid="econ.digital_economy_gdp_share"),
])

# --------------------------------------------------------------------------
# 03 Đắk Nông, the Department of Information and Communications at its 20th
# anniversary (vietnam.vn, no date; "(01/9/2004 – 01/9/2024)", "đến nay" →
# results of 2024, a judgement). "Tỷ lệ phủ sóng truyền thanh/thôn khoảng
# 65%" (~, infra.radio_village_coverage_share), "hơn 600 trang thông tin điện
# tử" (>, count), "100% doanh nghiệp ... nộp thuế điện tử" (=,
# econ.e_tax_enterprises_share), "hơn 98% tổng số thu ngân sách ... hạch toán
# bằng phương thức điện tử" (>), "trung tâm 71/71 xã, phường, thị trấn" (=,
# count 71, no id: the catalogue's fibre coverage is a share), "phủ sóng di
# động công nghệ 4G đạt 99%" (=, infra.mobile_broadband_population_coverage_share).
# Pillar null: "Hạ tầng viễn thông và hạ tầng số từng bước đáp ứng vai trò
# ..." is a sentence of its own, not a lead-in (as set47's 02, a judgement).
# Not quantities: "29/8", "01/9/2004", "01/9/2024" (dates), "20 năm" (a
# duration), "03 cơ quan báo chí" (the outlets the system consists of, named
# in the bracket; a judgement), "4G" (a name). The excerpt ends in "tỷ".
# --------------------------------------------------------------------------
D03 = dict(name="03_daknong-stttt-20-nam-2024", kind="result", year=2024, records=[
    R("truyền thanh/thôn khoảng «65%", "Tỷ lệ phủ sóng truyền thanh/thôn", "~", 65,
      iid="infra.radio_village_coverage_share"),
    R("với hơn «600 trang", "trang thông tin điện tử", ">", 600, **CNT),
    R("«100% doanh nghiệp trên địa bàn", "doanh nghiệp trên địa bàn tỉnh đăng ký nộp thuế điện tử", "=", 100,
      iid="econ.e_tax_enterprises_share"),
    R("hơn «98% tổng số", "tổng số thu ngân sách được hạch toán bằng phương thức điện tử", ">", 98),
    R("trung tâm «71/71", "Mạng trục cáp quang băng rộng được kết nối đến trung tâm xã, phường, thị trấn", "=", 71,
      **CNT),
    R("công nghệ 4G đạt «99%", "tỷ lệ dân số được phủ sóng di động công nghệ 4G", "=", 99,
      iid="infra.mobile_broadband_population_coverage_share"),
])

# --------------------------------------------------------------------------
# 04 Quảng Ngãi, budget, GRDP and rankings (thanhnien.vn, date 2023-07).
# Every figure of an indicator is recorded, DT or not (contract: every
# quantity). "thu ngân sách đạt 85.300 tỉ đồng" for 2021-2023 (=, year 2023,
# the end of the period); "đạt 75% kế hoạch" and "vượt gần 24% so với kế
# hoạch" are standings against the plan (NOT, as set47). "Dự kiến nhiệm kỳ
# này ... sẽ thu ngân sách hơn 134.700 tỉ đồng": a forecast for the term
# 2021-2025 → target, >, year 2025 (a judgement). "GRDP năm 2022 là 121.300
# tỉ đồng" (=, 2022) and its places "thứ 4/14 tỉnh khu vực ..." and "thứ
# 18/63" (rank =, 2022); "GRDP bình quân đầu người năm 2023 ước đạt hơn 100
# triệu đồng/người" (>, other "đồng/người", 2023). DTI 2022: "đứng thứ 26/63"
# (=, 2022, dti.provincial_rank), "(năm 2021 xếp vị trí thứ 50)" (=, 2021,
# dti.provincial_rank: a place stated for its own year, not the change),
# pillars "thứ 17/63 về chính quyền số", "thứ 17/63 về kinh tế số", "thứ
# 15/63 về xã hội số" (=, 2022, dti.digital_government_rank / _economy_ /
# _society_rank; pillar null: the pillars are subjects, not headings). "PCI
# đứng thứ 33/63 ... (tăng 12 bậc so với năm 2021)" (=, year 2022 from "so
# với năm 2021", a judgement, rank.pci). Not quantities: "tăng 24 bậc", "tăng
# 12 bậc" (changes), "22.7" (date), "2021 - 2023", "2021 - 2025" (periods),
# "6 tháng". The excerpt ends in "cả".
# --------------------------------------------------------------------------
D04 = dict(name="04_quangngai-dti-2022-ngan-sach", kind="result", year=2023, records=[
    R("thu ngân sách đạt «85.300 tỉ đồng", "tỉnh Quảng Ngãi thu ngân sách", "=", 85300e9, unit="other",
      unit_text="đồng"),
    R("ngân sách hơn «134.700 tỉ đồng", "tỉnh Quảng Ngãi thu ngân sách nhiệm kỳ", ">", 134700e9, unit="other",
      unit_text="đồng", kind="target", year=2025),
    R("GRDP năm 2022 là «121.300 tỉ đồng", "GRDP", "=", 121300e9, unit="other", unit_text="đồng", year=2022),
    R("đứng thứ «4/14", "GRDP đứng thứ tỉnh khu vực Bắc Trung bộ và duyên hải Trung bộ", "=", 4, **RANK, year=2022),
    R("đứng thứ «18/63 tỉnh, thành phố trong", "GRDP đứng thứ tỉnh, thành phố trong cả nước", "=", 18, **RANK,
      year=2022),
    R("ước đạt hơn «100 triệu đồng/người", "GRDP bình quân đầu người", ">", 100e6, **DONGNGUOI),
    R("đứng thứ «26/63", "kết quả chuyển đổi số tỉnh Quảng Ngãi đứng thứ tỉnh, thành cả nước", "=", 26, **RANK,
      year=2022, iid="dti.provincial_rank"),
    R("vị trí thứ «50)", "chuyển đổi số năm 2021 xếp vị trí", "=", 50, **RANK, year=2021, iid="dti.provincial_rank"),
    R("xếp thứ «17/63 về chính quyền số", "Quảng Ngãi xếp thứ về chính quyền số", "=", 17, **RANK, year=2022,
      iid="dti.digital_government_rank"),
    R("thứ «17/63 về kinh tế số", "Quảng Ngãi xếp thứ về kinh tế số", "=", 17, **RANK, year=2022,
      iid="dti.digital_economy_rank"),
    R("thứ «15/63 về xã hội số", "Quảng Ngãi xếp thứ về xã hội số", "=", 15, **RANK, year=2022,
      iid="dti.digital_society_rank"),
    R("(PCI) đứng thứ «33/63", "chỉ số năng lực cạnh tranh cấp tỉnh (PCI)", "=", 33, **RANK, year=2022,
      iid="rank.pci"),
], NOT=["đạt «75% kế hoạch", "vượt gần «24%"])

# --------------------------------------------------------------------------
# 05 Khánh Hòa, the Steering Committee's review of 2024 (vietnamnet.vn, no
# date; "Trong năm 2024", "năm 2024" → 2024). "100% thuê bao điện thoại,
# Internet sử dụng đường truyền cáp quang" (=, no id); "376.874 lượt" (=,
# count); "tỷ lệ giải ngân vốn đầu tư công năm 2024 đạt 93,21% so với kinh
# phí được cấp" (=: "so với kinh phí được cấp" names the denominator of the
# share, as "so với tổng số TTHC"); "Kết quả, 100% cơ quan, địa phương đạt tỷ
# lệ từ 50% trở lên" in the evaluation "năm 2023" (=, 100, year 2023; the
# "50%" is the threshold in its subject → NOT, a judgement). Not quantities:
# "20/31 dự án", "49/87 nhiệm vụ", "7 dự án và 16 nhiệm vụ", "10 nhiệm vụ",
# "4 dự án và 7 nhiệm vụ" (counts of projects and tasks, as "12 nhóm nhiệm
# vụ"; a judgement for the projects), "2025 - 2026", "10-10". Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_khanhhoa-ioc-2024", kind="result", year=2024, records=[
    R("đến nay, «100% thuê bao", "thuê bao điện thoại, Internet sử dụng đường truyền cáp quang", "=", 100),
    R("thủ tục hành chính «376.874 lượt", "khai thác cơ sở dữ liệu quốc gia dân cư phục vụ tiếp nhận và giải quyết "
      "thủ tục hành chính", "=", 376874, **CNT),
    R("năm 2024 đạt «93,21%", "tỷ lệ giải ngân vốn đầu tư công", "=", 93.21),
    R("Kết quả, «100% cơ quan", "cơ quan, địa phương đạt tỷ lệ từ trở lên", "=", 100, year=2023),
], NOT=["từ «50% trở lên"])

# --------------------------------------------------------------------------
# 06 Đà Nẵng, the first half of 2025 (baodanang.vn, no date; "Nửa đầu năm
# 2025", "6 tháng đầu năm" → 2025): a precision text. One quantity: "kết nối
# từ thành phố đến 93 phường, xã" (=, count) under the heading "Hiệu năng
# chính quyền số" → digital_government. Not quantities: "2 cấp", "2 địa
# phương" (the two merged localities), "Tổng đài 1022" (a name), "24/7", "6
# tháng" (durations).
# --------------------------------------------------------------------------
D06 = dict(name="06_danang-6-thang-2025-precision", kind="result", year=2025, records=[
    R("đến «93 phường", "hệ thống họp trực tuyến kết nối từ thành phố đến phường, xã", "=", 93, **CNT, pillar=GOV),
])

# --------------------------------------------------------------------------
# 07 Cà Mau (nhandan.vn, no date). "Năm 2020, ... xếp hạng thứ 41/63 ... về
# chỉ số chuyển đổi số cấp tỉnh" (=, 2020, dti.provincial_rank). "Kinh phí
# phân bổ hằng năm cho lĩnh vực công nghệ thông tin ... khoảng 30 tỷ, chiếm
# 0,3% tổng chi ngân sách tỉnh": money (~, 30e9, unit other, unit_text null:
# "đồng" is not written) and a share (=); year null (the sentence names none
# and the page no date; "Năm 2020" opens the sentence before only). Not
# quantities: "3 trụ cột", the years 2025 and 2030 of the aims (no number).
# --------------------------------------------------------------------------
D07 = dict(name="07_camau-dti-2020-ngan-sach-cntt", kind="result", year=None, records=[
    R("xếp hạng thứ «41/63", "chỉ số chuyển đổi số cấp tỉnh", "=", 41, **RANK, year=2020, iid="dti.provincial_rank"),
    R("là khoảng «30 tỷ", "Kinh phí phân bổ hằng năm cho lĩnh vực công nghệ thông tin", "~", 30e9, **IDX),
    R("chiếm «0,3% tổng chi", "Kinh phí cho lĩnh vực công nghệ thông tin chiếm tổng chi ngân sách tỉnh", "=", 0.3),
])

# --------------------------------------------------------------------------
# 08 Cà Mau, the provincial resolution's aims (moc.gov.vn, no date): a
# precision text. One quantity: "Mục tiêu đến năm 2030, 100% dịch vụ công
# trực tuyến mức độ 4 được cung cấp trên nhiều phương tiện truy cập ..."
# (target, >=, 2030, egov.full_online_services_share: level 4 is the former
# name of full-process services, a judgement). Not quantities: "mức độ 4" (a
# name), the years 2025 and 2030 of the resolution's title.
# --------------------------------------------------------------------------
D08 = dict(name="08_camau-nghi-quyet-2030-precision", kind="target", year=None, records=[
    R("năm 2030, «100% dịch vụ", "dịch vụ công trực tuyến mức độ 4 được cung cấp trên nhiều phương tiện truy cập khác "
      "nhau", ">=", 100, year=2030, iid="egov.full_online_services_share"),
])

# --------------------------------------------------------------------------
# 09 The Mekong delta region (cchccantho.gov.vn, no date): the region's
# socio-economic figures and one DT figure. Each figure of an indicator is a
# result of its stated year: population "khoảng 17,4 triệu người" (~, count,
# 2022), density "426 người/km2" (=, other, 2022), GRDP per head per month
# "3,585 triệu đồng (năm 2018) và 4,077 triệu đồng (năm 2022)" (=, other
# "đồng"), the human development index "0,661 (năm 2018) và 0,692 (năm
# 2022)" (=, other, unit_text null); "Đến cuối năm 2020, tỷ lệ điện thoại di
# động/100 dân Vùng ĐBSCL đạt trên 100" (>, 100, other "điện thoại di
# động/100 dân", 2020; no % written). No id. Not quantities: "13 tỉnh,
# thành phố" (the region's composition), "(1)" (a footnote mark).
# --------------------------------------------------------------------------
D09 = dict(name="09_dbscl-thuc-trang-2022", kind="result", year=None, records=[
    R("dân số khoảng «17,4 triệu người", "Đồng bằng sông Cửu Long (ĐBSCL) dân số", "~", 17.4e6, **CNT, year=2022),
    R("mật độ «426 người/km2", "Đồng bằng sông Cửu Long (ĐBSCL) mật độ", "=", 426, **NGUOIKM2, year=2022),
    R("đạt «3,585 triệu đồng", "GRDP bình quân đầu người một tháng theo mức giá hiện hành", "=", 3.585e6, **DONG,
      year=2018),
    R("và «4,077 triệu đồng", "GRDP bình quân đầu người một tháng theo mức giá hiện hành", "=", 4.077e6, **DONG,
      year=2022),
    R("đạt mức «0,661", "chỉ số phát triển con người", "=", 0.661, **IDX, year=2018),
    R("và «0,692", "chỉ số phát triển con người", "=", 0.692, **IDX, year=2022),
    R("ĐBSCL đạt trên «100", "tỷ lệ điện thoại di động/100 dân Vùng ĐBSCL", ">", 100, **DTDD100, year=2020),
])

# --------------------------------------------------------------------------
# 10 Thành phố Huế, the Hue-S platform (huengaynay.vn, date 2025-09; "Đến
# nay" → 2025). "hơn 1,3 triệu tài khoản đăng ký" (>, 1.3e6, count), "900.000
# tài khoản xác thực qua VNeID" (=, count), "trên 25 triệu lượt truy cập"
# mỗi năm (>, count), "gần 4 giờ/ngày" (~, other "giờ/ngày"), "20 quốc gia"
# Hue-S connects to (=, count). No id (platform accounts are not the
# catalogue's VNeID or e-ID shares). Pillar null. Not quantities: "2 cấp"
# (the two-tier government, a name), "Sổ tay 2 cấp" (a name).
# --------------------------------------------------------------------------
D10 = dict(name="10_hue-hue-s-2025", kind="result", year=2025, records=[
    R("có hơn «1,3 triệu tài khoản", "Hue-S tài khoản đăng ký", ">", 1.3e6, **CNT),
    R("trong đó «900.000 tài khoản", "tài khoản xác thực qua VNeID", "=", 900000, **CNT),
    R("trên «25 triệu lượt", "Hue-S lượt truy cập mỗi năm", ">", 25e6, **CNT),
    R("trung bình gần «4 giờ/ngày", "thời gian sử dụng trung bình", "~", 4, **GIODAY),
    R("phố và «20 quốc gia", "Hue-S kết nối quốc gia trên thế giới", "=", 20, **CNT),
])

# --------------------------------------------------------------------------
# 11 Kiên Giang, the province's aims (a copy on vip.tour-time.com of a
# provincial news item; no date; "Năm 2023" opens the cut-off last
# paragraph). Targets: "nhân rộng mô hình đến 100% các huyện" (>=, 2030, the
# sentence's "đến năm 2030"), "tỷ lệ dân số trưởng thành sử dụng dịch vụ
# công trực tuyến đạt 50%" (>=, 2025, society.adult_online_services_use_share),
# "50% dân số trưởng thành có chữ ký số hoặc chữ ký điện tử" (>=, 2025,
# society.adult_digital_signature_share). Pillar null. Not quantities: "2030"
# in the title, "3 trụ cột".
# --------------------------------------------------------------------------
D11 = dict(name="11_kiengiang-muc-tieu-2025-2030", kind="target", year=None, records=[
    R("mô hình đến «100% các huyện", "nhân rộng mô hình đô thị thông minh đến các huyện trên địa bàn tỉnh", ">=", 100,
      year=2030),
    R("trực tuyến đạt «50%", "tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến", ">=", 50, year=2025,
      iid="society.adult_online_services_use_share"),
    R("; «50% dân số", "dân số trưởng thành có chữ ký số hoặc chữ ký "
      "điện tử", ">=", 50, year=2025, iid="society.adult_digital_signature_share"),
])

# --------------------------------------------------------------------------
# 12 Kon Tum, the announcement of the 2023 DTI of its departments and
# districts (kontum.edu.vn, no date; "năm 2023"): a precision text with no
# record. The excerpt stops at the table's header; its percentages are the
# bounds of the four grades ("tỷ lệ đạt từ 90% điểm trở lên", "từ 70% điểm
# đến dưới 90% điểm", ...): definitions of the grading, neither a target nor
# a value reached (NOT, a judgement). Not quantities: "11 tháng 4 năm 2024"
# (a date), "2 nhóm", "04 mức", "06 chỉ số chính" (parts of the index).
# --------------------------------------------------------------------------
D12 = dict(name="12_kontum-dti-so-nganh-2023-precision", kind="result", year=2023, records=[], NOT=[
    "từ «90% điểm trở lên", "từ «70% điểm đến", "đến dưới «90% điểm", "từ «50% điểm đến", "đến dưới «70% điểm",
    "tỉ lệ dưới «50% điểm",
])

# --------------------------------------------------------------------------
# 13 Gia Lai, a headline and lead (a mirror page, m.7msportnews.org, of a
# news item of the Steering Committee's first meeting, "ngày 5/8"; no year
# named): "Gia Lai đầu tư 250 tỷ đồng cho hạ tầng công nghệ của 135 xã,
# phường": the planned investment → target, >= (bare number in a target),
# 250e9 "đồng", year null (nothing in the text says; a judgement on kind).
# "135 xã, phường": the communes the money is for (the scope of the
# investment, not a value of its own; a judgement). Not quantities: "5/8".
# --------------------------------------------------------------------------
D13 = dict(name="13_gialai-250-ty-ha-tang-xa-phuong", kind="target", year=None, records=[
    R("đầu tư «250 tỷ đồng", "Gia Lai đầu tư cho hạ tầng công nghệ của xã, phường", ">=", 250e9, **DONG),
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
