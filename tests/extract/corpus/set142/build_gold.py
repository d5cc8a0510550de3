#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set142).

Copied from set69's builder (itself from set47's, set45's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (258
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
IDX = dict(unit="other", unit_text=None)

# --------------------------------------------------------------------------
# 01 Điện Biên, the steering committee's meeting on administrative reform,
# digital transformation and Đề án 06 (baomoi.net.vn, no date shown; "Chiều nay
# (10/4)", the results of "năm 2024"). Two quantities in the last sentence, cut
# by the excerpt ("tỉnh, thàn"): "chỉ số Sipas của tỉnh đạt 82,96%" (result, =,
# %, 2024, rank.sipas) and "xếp thứ 40/63 tỉnh, thàn" (rank result, =, 40, the
# SIPAS's place; no id: the catalogue's rank.sipas is the score in %, and
# there is no SIPAS rank). Pillar null (the title names the reform, digital
# transformation and Đề án 06 together, no one pillar). Not quantities:
# "10/4", "Đề án 06", "2022 - 2025", "năm 2030", "57/NQ-TW", "22/12/2024",
# "03/NQ-CP", "09/01/2025", "năm 2025" (the plan's year), "năm 2024" (years).
# --------------------------------------------------------------------------
D01 = dict(name="01_dienbien-sipas-par-2024", kind="result", year=2024, records=[
    R("tỉnh đạt «82,96%", "chỉ số Sipas của tỉnh", "=", 82.96, iid="rank.sipas"),
    R("xếp thứ «40/63", "chỉ số Sipas của tỉnh xếp thứ tỉnh, thành", "=", 40, **RANK),
])

# --------------------------------------------------------------------------
# 02 Tuyên Quang, a visit of Bắc Kạn's department (tuyenquang.gov.vn, no byline;
# "Ngày 08/9/2023" → results of 2023). "Hệ thống Hội nghị truyền hình trực
# tuyến của tỉnh đã kết nối ... với 169 điểm cầu" (result, =, count,
# infra.video_conference_points_count). "Đến nay, 100% các cơ quan quản lý nhà
# nước từ cấp tỉnh tới cấp xã được kết nối mạng " (result, =, 100; the excerpt
# ends before it names the network, so no id: infra.specialised_network_
# connection_share is the specialised data network, which the text does not
# name; a judgement). Scope null on both: one value for all levels, not a
# split. Pillar null. Not quantities: "08/9/2023", "Tổ Công nghệ số cộng đồng".
# --------------------------------------------------------------------------
D02 = dict(name="02_tuyenquang-he-thong-dung-chung-2023", kind="result", year=2023, records=[
    R("cấp xã với «169 điểm cầu", "Hệ thống Hội nghị truyền hình trực tuyến của tỉnh kết nối thông suốt từ trung "
      "ương đến cấp tỉnh, cấp huyện, cấp xã với điểm cầu", "=", 169, **CNT,
      iid="infra.video_conference_points_count"),
    R("Đến nay, «100% các cơ quan", "các cơ quan quản lý nhà nước từ cấp tỉnh tới cấp xã được kết nối mạng", "=",
      100),
])

# --------------------------------------------------------------------------
# 03 Đắk Nông, the year-end review of the information and communications
# sector (daknong.gov.vn, no date shown; "Chiều 8/1", the review of 2024). A
# precision text: one quantity, "kinh tế số của tỉnh ... chiếm 9,44% trong
# GRDP toàn tỉnh" (result, =, 2024 from "tình hình kinh tế - xã hội năm 2024";
# econ.digital_economy_gdp_share). Pillar null: the heading above it, "Dấu ấn
# năm 2024", names none. Not quantities: "năm 2025" (four times), "8/1",
# "năm 2024" (years).
# --------------------------------------------------------------------------
D03 = dict(name="03_daknong-tong-ket-tttt-2024-precision", kind="result", year=2024, records=[
    R("chiếm «9,44%", "kinh tế số của tỉnh chiếm trong GRDP toàn tỉnh", "=", 9.44,
      iid="econ.digital_economy_gdp_share"),
])

# --------------------------------------------------------------------------
# 04 The DTI 2021 (vbpo.com.vn, a company blog copying a news item; no date
# shown; "DTI 2021" → 2021). Two index values: "giá trị trung bình DTI 2021 cấp
# bộ cung cấp DVC là 0,4595" and "... cấp bộ không cung cấp DVC là 0,2151"
# (results, =, unit other, unit_text null: no "điểm" written). Each its own
# subject, scope null: both are the ministry level, split by a kind of ministry
# (with or without public services), a breakdown by kind of thing, not by
# level or population group (a judgement). No id: the catalogue's DTI scores
# are provincial. Not quantities: "03 trụ cột", "05 chỉ số", "306 chỉ số cấp
# tỉnh giảm xuống còn 98 chỉ số", "111 chỉ số cấp bộ giảm còn 70 chỉ số" (the
# parts of the index, spec's "gồm 9 chỉ số chính với 98 chỉ số thành phần"),
# "02 khối", "phiên họp thứ 3", "8/8", "DTI 2021", "năm 2020", "Năm 2022".
# Pillar null (the heading "Năm 2022 cần tiếp tục đẩy mạnh cả 03 trụ cột CĐS"
# names the three pillars together). The first line is the page's English
# filler text, kept as returned.
# --------------------------------------------------------------------------
D04 = dict(name="04_ca-nuoc-dti-2021", kind="result", year=2021, records=[
    R("cung cấp DVC là «0,4595", "giá trị trung bình DTI 2021 cấp bộ cung cấp DVC", "=", 0.4595, **IDX),
    R("không cung cấp DVC là «0,2151", "giá trị DTI 2021 cấp bộ không cung cấp DVC", "=", 0.2151, **IDX),
])

# --------------------------------------------------------------------------
# 05 The PAR Index 2023 of the ministries (daihoidang.baoquangninh.vn, a tag
# page; no date shown; "Năm 2023" → 2023). "giá trị trung bình Chỉ số cải cách
# hành chính (PAR Index) của 17 bộ, cơ quan ngang bộ là 84,38%" (result, =) and
# "Bộ Tư pháp dẫn đầu bảng Chỉ số năm 2023, đạt 89,95%" (result, =; the
# ministry is not a province, so no `place`). No id: rank.par_index_score is
# the provincial index. NOT "tăng 0,33% so với năm 2022" (a change against an
# earlier value). Not quantities: "17 bộ" (the bodies ranked, the index's
# scope), "2023", "năm 2022". Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_ca-nuoc-par-index-bo-2023", kind="result", year=2023, records=[
    R("ngang bộ là «84,38%", "giá trị trung bình Chỉ số cải cách hành chính (PAR Index) của bộ, cơ quan ngang bộ",
      "=", 84.38),
    R("đạt «89,95%", "Bộ Tư pháp dẫn đầu bảng Chỉ số cải cách hành chính", "=", 89.95),
], NOT=["tăng «0,33%"])

# --------------------------------------------------------------------------
# 06 The information and communications sector in the first half of 2023,
# national (dientuungdung.vn; the crawler's stamp " date 2025-01" kept as
# returned; every sentence names "6 tháng đầu năm 2023" or "năm 2023" → 2023).
# Results "ước đạt X tỷ đồng" (=, other "đồng", magnitude multiplied in):
# revenue of the sector, its budget payments, its contribution to GDP, postal
# revenue and budget payments, telecom revenue and budget payments; "ước
# khoảng 1.512.144 lao động" (~, count); "1.098 triệu bưu gửi" (=, count,
# 1.098e9). No ids: the catalogue's econ.ict_industry_revenue is the IT and
# telecoms industry's revenue, not the whole sector's nor the telecom
# services' (a judgement). NOT: the changes "giảm/tăng X% so với cùng kỳ"
# (nine) and the standings against the plan "đạt X% (so với) kế hoạch năm"
# (nine; set10/set17's reading: completion against the plan is no quantity).
# Pillar: the first sentence and "Tình hình chung về phát triển ngành TT&TT"
# null; under the heading "Lĩnh vực BCVT tiếp tục tăng trưởng" (bưu chính, viễn
# thông: telecoms is a topic of hạ tầng số, postal services of no pillar)
# digital_infrastructure (a judgement). Not quantities: "6 tháng" (periods),
# "30/6", "tháng 6/2023", "năm 2022".
# --------------------------------------------------------------------------
D06 = dict(name="06_ca-nuoc-tttt-6-thang-2023", kind="result", year=2023, records=[
    R("ước đạt «1.614.206 tỷ", "doanh thu toàn ngành TT&TT", "=", 1614206e9, **DONG),
    R("ước đạt «45.905 tỷ", "Toàn ngành nộp ngân sách nhà nước (NSNN)", "=", 45905e9, **DONG),
    R("ước đạt «389.792 tỷ", "Đóng góp vào GDP của ngành TT&TT", "=", 389792e9, **DONG),
    R("ước khoảng «1.512.144 lao động", "Tổng số lao động toàn ngành", "~", 1512144, **CNT),
    R("ước đạt «27.477 tỷ", "doanh thu dịch vụ bưu chính", "=", 27477e9, **DONG, pillar=INFRA),
    R("ước đạt «2.970 tỷ", "Lĩnh vực bưu chính nộp NSNN", "=", 2970e9, **DONG, pillar=INFRA),
    R("ước đạt «1.098 triệu bưu gửi", "Tổng sản lượng bưu gửi", "=", 1098e6, **CNT, pillar=INFRA),
    R("ước đạt «74.473 tỷ", "doanh thu dịch vụ viễn thông", "=", 74473e9, **DONG, pillar=INFRA),
    R("ước đạt «19.338 tỷ", "Nộp ngân sách lĩnh vực viễn thông", "=", 19338e9, **DONG, pillar=INFRA),
], NOT=["giảm «8,66%", "đạt «39,6%", "giảm «4,5%", "đạt «44% so", "giảm «7,3%", "đạt «41,24%", "tăng «1,96%",
        "đạt «99,17%", "tăng «5,48%", "đạt «43,78%", "tăng «4,2%", "đạt «50,34%", "tăng «20%", "đạt «45,74%",
        "tăng «7,9%", "đạt «53% kế", "giảm «18,56%", "đạt «39,47%"])

# --------------------------------------------------------------------------
# 07 The information and communications sector in April 2023, national
# (vietnamnet.vn; the crawler's stamp " date 2023-05"; "tháng 4/2023" → 2023).
# Results: the month's and the year-to-date revenue and budget payments (=,
# "đồng"); "tỷ lệ hộ gia đình sử dụng cáp quang đạt 76,68%"
# (infra.fibre_household_coverage_share, whose wordings include "tỷ lệ hộ gia
# đình có đường Internet cáp quang băng rộng"; a judgement); "21,86 triệu thuê
# bao" and "85,5 triệu thuê bao" (counts; no id) with their brackets
# "(tương ứng với tỷ lệ 22 thuê bao/100 dân)" and "86 thuê bao/100 dân" (unit
# %, the spec's "thuê bao/100 dân: 90%"; infra.fixed_/mobile_broadband_
# subscriptions_per_100); "trên 84,1%" of full-process online services (>,
# egov.full_online_services_share). NOT: the changes "tăng trưởng 6%", "giảm
# 1%", "tăng trưởng 3%", "giảm 3%", "tăng trưởng 1%", "tăng 6,68%", "tăng
# 8,76%", "tăng 9,34%", "tăng hơn 7%". Not quantities: "1 trong những lĩnh
# vực", "tháng 4", "tháng 3", "100 dân" (the denominator), "Hai chỉ tiêu".
# Pillar: "với viễn thông, ..." is a lead-in naming telecoms → its sentence
# digital_infrastructure; "Về chuyển đổi số quốc gia và Chính phủ số, ..." →
# digital_government; the revenue paragraphs null.
# --------------------------------------------------------------------------
D07 = dict(name="07_ca-nuoc-tttt-4-thang-2023", kind="result", year=2023, records=[
    R("ước đạt «313.475 tỷ", "doanh thu toàn ngành trong tháng", "=", 313475e9, **DONG),
    R("ước đạt «1.139.333 tỷ", "Lũy kế doanh thu toàn ngành tính đến hết tháng 4/2023", "=", 1139333e9, **DONG),
    R("ước đạt «8.172 tỷ", "Nộp ngân sách nhà nước trong tháng 4/2023", "=", 8172e9, **DONG),
    R("ước đạt «31.302 tỷ", "Lũy kế nộp ngân sách toàn ngành tính đến hết tháng 4/2023", "=", 31302e9, **DONG),
    R("cáp quang đạt «76,68%", "tỷ lệ hộ gia đình sử dụng cáp quang", "=", 76.68, pillar=INFRA,
      iid="infra.fibre_household_coverage_share"),
    R("cố định đạt «21,86 triệu", "số thuê bao băng rộng cố định", "=", 21.86e6, **CNT, pillar=INFRA),
    R("tỷ lệ «22 thuê bao", "tỷ lệ thuê bao băng rộng cố định/100 dân", "=", 22, pillar=INFRA,
      iid="infra.fixed_broadband_subscriptions_per_100"),
    R("di động đạt «85,5 triệu", "số thuê bao băng rộng di động", "=", 85.5e6, **CNT, pillar=INFRA),
    R("tỷ lệ «86 thuê bao", "tỷ lệ thuê bao băng rộng di động/100 dân", "=", 86, pillar=INFRA,
      iid="infra.mobile_broadband_subscriptions_per_100"),
    R("là trên «84,1%", "tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số dịch vụ công đủ điều kiện cung cấp "
      "toàn trình", ">", 84.1, pillar=GOV, iid="egov.full_online_services_share"),
], NOT=["tăng trưởng «6%", "giảm «1%", "tăng trưởng «3%", "giảm «3%", "tăng trưởng «1%", "tăng «6,68%",
        "tăng «8,76%", "tăng «9,34%", "tăng hơn «7%"])

# --------------------------------------------------------------------------
# 08 Thanh Hóa, the department's year-end review of 2024 (vietnamnet.vn; the
# crawler's stamp " date 2024-12"). A precision text with no quantity: the
# review's excerpt gives only dates, years and a resolution number. Not
# quantities: "27/12", "năm 2024", "năm 2025" (twice), "06-NQ/TU",
# "10/11/2022", "năm 2030", the stamp.
# --------------------------------------------------------------------------
D08 = dict(name="08_thanhhoa-tong-ket-tttt-2024-precision", kind="result", year=2024, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
