#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set250).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a plan, a change
against an earlier value); check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set193, the id is given in the record itself (`iid=`).

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
from goldkit import R, CNT, RES  # noqa: E402

DONG = dict(unit="other", unit_text="đồng")
PARCELS = "data.land_parcels_digitised_count"
ONLINE_APPS = "egov.online_applications_count"
ICT_REV = "econ.ict_industry_revenue"
ECOM_GROWTH = "econ.ecommerce_growth"
FIVEG = "infra.fiveg_coverage_share"
MOBILE_SPEED = "infra.mobile_broadband_speed"
DX_BUDGET = "inst.dx_budget_share"

# --------------------------------------------------------------------------
# 01 Hải Phòng, the city's conclusion that several digital-transformation tasks of the Department of
# Natural Resources and Environment are late, with what its land information system holds
# (baomoi.com; cut: the photo caption "Lễ khai trương hệ thống thông tin đất đai TP Hải Phòng."
# written twice, with the blank line after each; no byline, no stamp; the excerpt ends in "đã trả k").
# Year null: the text dates nothing it reports ("từ năm 2021" opens the sentence on the Standing
# Committee's choice of the sector, "Trong 2 năm qua", "Đến nay"; no stamp, no byline). Pillar null
# (no heading; the title names the department's tasks). Results: the budget assigned to the sector
# "hơn 1.000 tỷ đồng" (>, money, unit other "đồng"), "tương đương 50% tổng dự toán thực hiện nhiệm vụ
# CĐS của TP" (=, a share of the city's digital-transformation budget that went to the sector; id
# null: the catalogue's budget share is the share of all spending that goes to digital
# transformation), the land system's contents "637.847 thửa đất" with spatial data and "237.220 thửa
# đất có thông tin thuộc tính" (=, counts, each its own subject; PARCELS for both: parcels in the
# land database), "140.581 tệp dữ liệu hồ sơ quét" (=, count, id null), the storage "1.09 TB" (=,
# unit other "TB", as set161's "135 TB" storage; the dot read as a decimal point: "1.09" is not a
# group of three digits), "115.000 hồ sơ trực tuyến" received (=, count, ONLINE_APPS). Not
# quantities: "5 nhiệm vụ chính" (a count of tasks), "2 năm" (a time span), "năm 2021", "năm 2025",
# "2030" (dates).
# --------------------------------------------------------------------------
D01 = dict(name="01_haiphong-so-tnmt-nhiem-vu-cds-cham", kind="result", year=None, records=[
    R("hơn «1.000 tỷ đồng", "tổng dự toán giao cho lĩnh vực TN&MT thực hiện nhiệm vụ CĐS", ">", 1000e9, **DONG),
    R("tương đương «50% tổng", "tổng dự toán thực hiện nhiệm vụ CĐS của TP giao cho lĩnh vực TN&MT", "=", 50),
    R("không gian «637.847 thửa", "hệ thống thông tin đất đai đã có dữ liệu không gian thửa đất", "=", 637847, **CNT,
      iid=PARCELS),
    R("; «237.220 thửa", "thửa đất có thông tin thuộc tính trong hệ thống thông tin đất đai", "=", 237220, **CNT,
      iid=PARCELS),
    R("; «140.581 tệp", "tệp dữ liệu hồ sơ quét trong hệ thống thông tin đất đai", "=", 140581, **CNT),
    R("hiện là «1.09 TB", "tổng dung lượng lưu trữ hồ sơ quét", "=", 1.09, unit="other", unit_text="TB"),
    R("tiếp nhận «115.000 hồ sơ", "hồ sơ trực tuyến lĩnh vực đất đai đã tiếp nhận", "=", 115000, **CNT, iid=ONLINE_APPS),
])

# --------------------------------------------------------------------------
# 02 The Ministry of Information and Communications' results for the first quarter of 2024 and its
# tasks for March 2024 (qdnd.vn; cut: the image placeholder "leftcenterrightdel" and the caption
# "Quang cảnh buổi họp báo. " with the blank line after it; no byline, no stamp; the excerpt ends in
# "xây dựng l"). A national text (the ministry), kept for its results set against the year's plan.
# Year 2024 (the results are compared with "cùng kỳ năm 2023"; the text's "Kế hoạch năm 2024",
# "tháng 3-2024"). Pillar null (no heading). Results: the sector's revenue "ước đạt 653.284 tỷ đồng"
# (=, ICT_REV), its payments to the state budget "ước đạt 16.053 tỷ đồng" (=, id null), "hơn 3.000
# kênh nội dung được khuyến nghị chọn quảng cáo" (>, count, id null). Targets: the brackets "(4.171.172
# tỷ đồng)" and "(101.593 tỷ đồng)" state the year's plan (kế hoạch năm) for the same two subjects: a
# bracket that states a value is a quantity (spec), kind target, a bare number in a target (>=),
# year 2024. NOT: "tăng 24,55% so với cùng kỳ năm 2023", "tăng 7,1% so với cùng kỳ năm 2023" (a
# result's change against an earlier value), "đạt 15,7% so với kế hoạch năm", "đạt 15,8% so với kế
# hoạch năm" (completion against the plan). Not quantities: "lần thứ 3" (an ordinal), the documents
# "09/CT-TTg", "142/QĐ-TTg", "36/QĐ-TTg", "601/BTTTT-TTTT", "249/QĐ-BTTTT", "06/QĐ-TTg" and their
# dates, "2021 - 2030", "năm 2050", "năm 2022" (dates).
# --------------------------------------------------------------------------
D02 = dict(name="02_botttt-doanh-thu-nganh-quy1-2024", kind="result", year=2024, records=[
    R("ước đạt «653.284 tỷ đồng", "doanh thu toàn ngành TT&TT", "=", 653284e9, **DONG, iid=ICT_REV),
    R("kế hoạch năm («4.171.172 tỷ đồng)", "kế hoạch năm doanh thu toàn ngành TT&TT", ">=", 4171172e9, **DONG,
      kind="target", iid=ICT_REV),
    R("ước đạt «16.053 tỷ đồng", "nộp ngân sách nhà nước của ngành TT&TT", "=", 16053e9, **DONG),
    R("kế hoạch năm («101.593 tỷ đồng)", "kế hoạch năm nộp ngân sách nhà nước của ngành TT&TT", ">=", 101593e9,
      **DONG, kind="target"),
    R("hơn «3.000 kênh", "kênh nội dung được khuyến nghị chọn quảng cáo đã cập nhật", ">", 3000, **CNT),
], NOT=["tăng «24,55% so", "tăng «7,1% so", "đạt «15,7% so", "đạt «15,8% so"])

# --------------------------------------------------------------------------
# 03 The Ministry of Industry and Trade raising its 2025 e-commerce growth target, reported by Gia Lai's
# provincial paper (baogialai.com.vn; nothing cut: the photo caption "Bộ Công Thương vừa điều chỉnh
# mục tiêu ... lên 25,5%. Ảnh minh họa: M.T" states a figure and stays; the stamp " date 2025-09-29"
# written as the first line; the excerpt ends in "tăng cư"). A national text. Year 2025. Pillar null
# (no heading; e-commerce is named in the sentences, not in a heading or a lead-in opening a list).
# Targets (kind target): the year's growth target as first set, "từ 20-22%" and "mục tiêu tăng trưởng
# đặt ra là 20-22%" (between 20 and 22, twice: each statement is a record), the raised target "lên
# 25,5%" (>=, a bare number in a target; three times: the lead, the caption, the fifth paragraph),
# the country's growth "năm 2025 đạt 8,3-8,5%" (between, id null), the fourth quarter's monthly
# scenario "tháng 10 dự kiến đạt 32% so với 23% ban đầu; tháng 11 lên 34% thay vì 24% và tháng 12
# chạm đỉnh 35% thay vì 28%" (six targets, >=: the raised value and the value first set for each
# month, each a target the ministry set, not a change; a judgement), the quarter's average "33,67%"
# (>=). Result: "Thực tế 8 tháng đầu năm, thị trường ghi nhận tốc độ bứt phá 25-27%" (between, kind
# result). Ids: ECOM_GROWTH for every e-commerce growth figure; null for the country's growth. NOT:
# "cao hơn gần 8% so với dự báo cũ" (a change against an earlier value). Not quantities: "7291/BCT-KHTC",
# "230/NQ-CP", "226/NQ-CP" (documents), "8 tháng" (a span), "quý IV", "tháng 10/11/12" (dates).
# --------------------------------------------------------------------------
D03 = dict(name="03_gialai-bct-tmdt-tang-truong-2025", kind="target", year=2025, records=[
    R("cả năm 2025 từ «20-22% lên", "mục tiêu tăng trưởng thương mại điện tử cả năm 2025 ban đầu", "between", 20,
      value_max=22, iid=ECOM_GROWTH),
    R("22% lên «25,5%", "mục tiêu tăng trưởng thương mại điện tử cả năm 2025 điều chỉnh", ">=", 25.5,
      iid=ECOM_GROWTH),
    R("năm 2025 đạt «8,3-8,5%", "tăng trưởng kinh tế cả nước năm 2025", "between", 8.3, value_max=8.5),
    R("lên «25,5%. Ảnh", "mục tiêu tăng trưởng thương mại điện tử cả năm 2025", ">=", 25.5, iid=ECOM_GROWTH),
    R("đặt ra là «20-22%", "mục tiêu tăng trưởng ngành thương mại điện tử đặt ra từ đầu năm 2025", "between", 20,
      value_max=22, iid=ECOM_GROWTH),
    R("bứt phá «25-27%", "tốc độ tăng trưởng thị trường thương mại điện tử 8 tháng đầu năm", "between", 25,
      value_max=27, **RES, iid=ECOM_GROWTH),
    R("lên «25,5%.\n\nTrong", "mục tiêu tăng trưởng thương mại điện tử cả năm 2025", ">=", 25.5, iid=ECOM_GROWTH),
    R("dự kiến đạt «32%", "tăng trưởng thương mại điện tử tháng 10 theo kịch bản điều chỉnh", ">=", 32,
      iid=ECOM_GROWTH),
    R("so với «23% ban đầu", "tăng trưởng thương mại điện tử tháng 10 theo kịch bản ban đầu", ">=", 23,
      iid=ECOM_GROWTH),
    R("lên «34% thay", "tăng trưởng thương mại điện tử tháng 11 theo kịch bản điều chỉnh", ">=", 34, iid=ECOM_GROWTH),
    R("thay vì «24% và", "tăng trưởng thương mại điện tử tháng 11 theo kịch bản ban đầu", ">=", 24, iid=ECOM_GROWTH),
    R("đỉnh «35% thay", "tăng trưởng thương mại điện tử tháng 12 theo kịch bản điều chỉnh", ">=", 35, iid=ECOM_GROWTH),
    R("thay vì «28%.", "tăng trưởng thương mại điện tử tháng 12 theo kịch bản ban đầu", ">=", 28, iid=ECOM_GROWTH),
    R("trung bình «33,67%", "mức tăng trưởng trung bình thương mại điện tử toàn quý IV", ">=", 33.67,
      iid=ECOM_GROWTH),
], NOT=["gần «8% so"])

# --------------------------------------------------------------------------
# 04 Hồ Chí Minh City's plan for 5G base stations and IoT infrastructure, 2025-2027 (vneconomy.vn;
# nothing cut; the stamp " date 2025-11-05" written as the first line; the excerpt ends in "vùng p").
# Targets, year 2027: the plan is the city's "giai đoạn 2025 – 2027" and its "Mục tiêu cụ thể đến
# 2027"; the lead's "phấn đấu hơn 90% phủ sóng 5G" names no year and takes the plan's end (a
# judgement). Pillar null (no heading). Records: "hơn 90% phủ sóng 5G cho người dân" (>, FIVEG), the
# 4G download speed "từ 40Mbit/s đến 100Mbit/s" (between 40 and 100, unit other "Mbit/s",
# MOBILE_SPEED). Not quantities: "4354/KH-UBND", "459-KHHĐ/TU", "57-NQ/TW" (documents) and their
# dates, "2025 – 2027" (dates), "5G", "4G" (names).
# --------------------------------------------------------------------------
D04 = dict(name="04_tphcm-ke-hoach-5g-iot-2025-2027", kind="target", year=2027, records=[
    R("phấn đấu hơn «90% phủ", "phủ sóng 5G cho người dân", ">", 90, iid=FIVEG),
    R("từ «40Mbit/s đến", "tốc độ tải xuống dịch vụ truy nhập Internet băng rộng di động 4G", "between", 40,
      value_max=100, unit="other", unit_text="Mbit/s", iid=MOBILE_SPEED),
])

# --------------------------------------------------------------------------
# 05 Vĩnh Phúc, cashless payment and the province's commercial network (baovinhphuc.com.vn; cut: the
# photo caption "Nhiều người dân xã Ngũ Kiên (Vĩnh Tường) thực hiện thanh toán trực tuyến khi mua
# sắm."; no byline, no stamp; the excerpt ends in "hướng dẫn người dân"). No record: "Toàn tỉnh hiện
# có 7 siêu thị, 2 trung tâm thương mại và 81 chợ đang hoạt động, 76 chuỗi cửa hàng tự chọn" is the
# province's network of shops and markets, a size, not the result of an indicator (as an earlier
# set decided for "81 chợ truyền thống, 1 chợ đầu mối, 7 siêu thị, 2 trung tâm thương mại");
# "2021 - 2025" (dates), "hàng nghìn" (no number). Year null, kind result.
# --------------------------------------------------------------------------
D05 = dict(name="05_vinhphuc-ha-tang-thuong-mai-thanh-toan-so", kind="result", year=None, records=[])

# --------------------------------------------------------------------------
# 06 The Ministry of Health's dispatch 5259/BYT-K2ĐT on digital transformation and Project 06 in the
# health sector (vov2.vov.vn; nothing cut; no byline, no stamp; the excerpt ends in "bệnh viện,").
# A precision text with one record: "dành tối thiểu 1% các nguồn kinh phí của cơ quan, đơn vị để chi
# cho ứng dụng công nghệ thông tin" (target, >=, DX_BUDGET: the share of funding set aside for IT, a
# judgement). Year null (the text dates nothing: "đầu năm tới", no stamp). Pillar null. Not
# quantities: "5259/BYT-K2ĐT", "Thông tư số 46 năm 2018", "Thông tư số 49 năm 2017" (documents), "06"
# (the project's name), "hạng I" (a grade), "2024-2028" (dates), "khoảng 1.300 cơ sở khám, chữa bệnh"
# (the country's number of facilities, a size, as earlier sets' sizes).
# --------------------------------------------------------------------------
D06 = dict(name="06_boyte-benh-an-dien-tu-precision", kind="target", year=None, records=[
    R("tối thiểu «1% các", "nguồn kinh phí của cơ quan, đơn vị ngành y tế dành để chi cho ứng dụng công nghệ thông tin",
      ">=", 1, iid=DX_BUDGET),
])

# --------------------------------------------------------------------------
# 07 Hà Tĩnh, the Department of Agriculture and Environment's overview of digital transformation
# (sonnmt.hatinh.gov.vn; cut: the byline date "23/07/2025" and the font widget "Aa" with the blank line
# after them, the date written as the first line `date 2025-07-23`; the excerpt ends in "Dữ li"). A
# precision text with headings and definitions: no record. The numbers are the outline labels "I.",
# "1.", "a)", "b)", "c)" and the date.
# --------------------------------------------------------------------------
D07 = dict(name="07_hatinh-so-tnmt-tong-quan-cds-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 08 Hà Nam, upgrading the mobile broadband network (baomoi.net.vn; nothing cut; no byline, no stamp;
# the excerpt ends in "đồng loạt "). A precision text: no record. "phổ cập dịch vụ mạng di động 4G, 5G"
# names no number ("4G", "5G" are names); "năm 2023" (sic, the national programme's name), "năm 2025",
# "năm 2030", "24-NQ/TU", "25/4/2022" (documents and dates).
# --------------------------------------------------------------------------
D08 = dict(name="08_hanam-ha-tang-di-dong-bang-rong-precision", kind="target", year=2025, records=[])

# --------------------------------------------------------------------------
# 09 Hà Nội's plan 239/KH-UBND on digital transformation and the smart city to 2025, as reported from
# Kinh tế & Đô thị and Nhân Dân (tintuc.vdong.vn; nothing cut; no byline, no stamp; the excerpt ends
# in "hợp"). A precision text: no record. "27 chỉ tiêu về chính quyền số với 100 nhiệm vụ, bảy chỉ
# tiêu về kinh tế số với 77 nhiệm vụ, 14 chỉ tiêu về xã hội số với sáu nhiệm vụ" count the plan's
# targets and tasks (spec: counts of tasks; the make-up of a plan, as set193's 11), not targets;
# "239/KH-UBND", "18-NQ/TU", "30/12/2022", "27/9", "năm 2025", "năm 2030" (documents and dates).
# --------------------------------------------------------------------------
D09 = dict(name="09_hanoi-kh239-chi-tieu-nhiem-vu-2023-precision", kind="target", year=2025, records=[])

# --------------------------------------------------------------------------
# 10 The Government's Resolution 214/NQ-CP on creating data for digital transformation, reported by
# Lâm Đồng's provincial paper (baolamdong.vn; nothing cut; no byline, no stamp; the excerpt ends in
# "đối"). A national text. Target: "phấn đấu 100% các cơ sở dữ liệu quốc gia, cơ sở dữ liệu chuyên
# ngành được rà soát, đánh giá, ... chuẩn hóa toàn diện" (>=, year 2025: the resolution of 23/7/2025
# names no other year; pillar null; id null: the catalogue's national-database share counts databases
# completed and connected, not reviewed and standardised). Not quantities: "214/NQ-CP", "23/7/2025",
# "57-NQ/TW" (documents and dates).
# --------------------------------------------------------------------------
D10 = dict(name="10_lamdong-nq214-tao-lap-du-lieu-2025", kind="target", year=2025, records=[
    R("phấn đấu «100% các", "các cơ sở dữ liệu quốc gia, cơ sở dữ liệu chuyên ngành được rà soát, đánh giá, xây dựng, "
      "bổ sung và chuẩn hóa toàn diện theo tiêu chuẩn chung", ">=", 100),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
