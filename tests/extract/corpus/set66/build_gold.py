#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set66).

Copied from set47's builder (itself from set45's, set43's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the
text with « just before the number. The locator (without «) must occur exactly once in the text;
the anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed
as in the seeds' builder (`start_at` moves the start back to a given string).

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


MBPS = dict(unit="other", unit_text="Mbps")

# --------------------------------------------------------------------------
# 01 National 5G and Internet figures of the Ministry of Science and
# Technology's mid-November 2025 report (vnexpress.net, no date shown;
# "cuối 2025", "tháng 10/2025" → document year 2025; results =, "hơn" >).
# Results: "hơn 16.000 trạm" (>, count; twice: the opening sentence and
# "Với hơn 16.000 trạm như hiện nay"), "39,52% dân số" (twice, =,
# infra.fiveg_coverage_share), "Internet phủ 78% dân số" (no id: coverage
# of the population, not users), "di động phủ 99,8%"
# (infra.mobile_population_coverage_share), "16.737 trạm 5G" (=, count; no
# id: infra.bts_stations_count counts every BTS, a judgement), "bằng 14% số
# trạm 4G" (=, a ratio stated as a value), mobile speeds "81,7 Mbps"
# (infra.mobile_broadband_speed) and the carriers' "96,57", "66,97", "59,54
# Mbps" (no id). "tăng từ 71 lên 146 Mbps, thứ hạng từ 43 lên thứ 15": the
# earlier value and the present one, each stated (as set47's "từ vị trí thứ
# 13 năm 2024 lên Top 5"): 71 Mbps and place 43 with year null (the text
# names no year for them), 146 Mbps and place 15 of 2025; no id (Ookla's
# speed of the Internet in general, a judgement). Targets: "cách xa mục tiêu
# 90% vào cuối 2025" and "mục tiêu 90% dân số được phủ sóng 5G năm nay"
# (>=, 2025, infra.fiveg_coverage_share), "số trạm đạt hơn 68.000 trạm" (>,
# count), "tương đương 57,5% trạm 4G" (>=). Pillar: the heading "Tăng tốc
# phổ cập 5G" names the mobile network (hạ tầng số) → digital_infrastructure
# on the four records under it; null above it. NOT: "tăng 26% so với cùng
# kỳ" (a change). Not quantities: "5G", "4G" (names), "tháng 11", "tháng
# 10/2025".
# --------------------------------------------------------------------------
D01 = dict(name="01_ca-nuoc-5g-vnexpress-2025", kind="result", year=2025, records=[
    R("tăng nhanh lên hơn «16.000 trạm", "Số lượng trạm 5G", ">", 16000, **CNT),
    R("phủ sóng «39,52% dân số sau", "trạm 5G phủ sóng dân số", "=", 39.52, iid="infra.fiveg_coverage_share"),
    R("cách xa mục tiêu «90% vào cuối 2025", "mục tiêu phủ sóng 5G dân số", ">=", 90, kind="target",
      iid="infra.fiveg_coverage_share"),
    R("Internet phủ «78% dân số", "Internet phủ dân số", "=", 78),
    R("di động phủ «99,8%", "di động phủ", "=", 99.8, iid="infra.mobile_population_coverage_share"),
    R("cả nước có «16.737 trạm 5G", "trạm 5G cả nước có", "=", 16737, **CNT),
    R("bằng «14% số trạm 4G", "trạm 5G bằng số trạm 4G hiện nay", "=", 14),
    R("phủ sóng đến «39,52% dân số, giúp", "trạm 5G đã phủ sóng dân số", "=", 39.52,
      iid="infra.fiveg_coverage_share"),
    R("tăng từ «71 lên", "tốc độ Internet tại Việt Nam", "=", 71, **MBPS, year=None),
    R("lên «146 Mbps", "tốc độ Internet tại Việt Nam", "=", 146, **MBPS),
    R("thứ hạng từ «43 lên", "tốc độ Internet tại Việt Nam thứ hạng trên bảng xếp hạng thế giới", "=", 43, **RANK,
      year=None),
    R("lên thứ «15, theo", "tốc độ Internet tại Việt Nam thứ hạng trên bảng xếp hạng thế giới", "=", 15, **RANK),
    R("của Việt Nam đạt «81,7 Mbps", "tốc độ dữ liệu di động của Việt Nam", "=", 81.7, **MBPS,
      iid="infra.mobile_broadband_speed"),
    R("dẫn đầu với «96,57 Mbps", "tốc độ dữ liệu di động Viettel", "=", 96.57, **MBPS),
    R("VNPT với «66,97 Mbps", "tốc độ dữ liệu di động VNPT", "=", 66.97, **MBPS),
    R("MobiFone «59,54 Mbps", "tốc độ dữ liệu di động MobiFone", "=", 59.54, **MBPS),
    R("đặt mục tiêu «90% dân số", "dân số được phủ sóng 5G", ">=", 90, kind="target", pillar=INFRA,
      iid="infra.fiveg_coverage_share"),
    R("số trạm đạt hơn «68.000 trạm", "số trạm 5G", ">", 68000, **CNT, kind="target", pillar=INFRA),
    R("tương đương «57,5% trạm 4G", "số trạm 5G tương đương trạm 4G", ">=", 57.5, kind="target", pillar=INFRA),
    R("Với hơn «16.000 trạm", "trạm 5G như hiện nay", ">", 16000, **CNT, pillar=INFRA),
], NOT=["tăng «26% so với"])

# --------------------------------------------------------------------------
# 02 National 5G targets from the Ministry's mid-year conference of 2025
# (baodautu.vn, byline 17/07/2025 → `date 2025-07`). Targets, "đặt mục tiêu
# đạt X" → >=: "68.457 trạm 5G" (count), "57,5% số trạm 4G", "phủ sóng 90%
# dân số" (2025) and "99% dân số vào năm 2030" (2030), both
# infra.fiveg_coverage_share; the minister's "Tốc độ kết nối di động cần đạt
# tối thiểu 100Mbps, kết nối cố định đạt 200Mbps" (>=, unit other "Mbps",
# year 2025 from "từ nay đến cuối năm"; infra.mobile_broadband_speed,
# infra.fixed_broadband_speed). Pillar: null (no heading; "Hạ tầng số cần
# được xác định ..." opens a quoted paragraph of its own, the speed sentence
# stands in the next paragraph, a judgement). Not quantities: "5G", "4G",
# "6G" (names), "6 tháng" (periods), "Tháng 3/2025".
# --------------------------------------------------------------------------
D02 = dict(name="02_ca-nuoc-5g-muc-tieu-baodautu-2025", kind="target", year=2025, records=[
    R("đạt «68.457 trạm 5G", "trạm 5G", ">=", 68457, **CNT),
    R("tương đương «57,5% số trạm 4G", "trạm 5G tương đương số trạm 4G", ">=", 57.5),
    R("phủ sóng «90% dân số và", "phủ sóng 5G dân số", ">=", 90, iid="infra.fiveg_coverage_share"),
    R("phủ sóng «99% dân số vào năm 2030", "phủ sóng 5G dân số", ">=", 99, year=2030,
      iid="infra.fiveg_coverage_share"),
    R("tối thiểu «100Mbps", "Tốc độ kết nối di động", ">=", 100, **MBPS, iid="infra.mobile_broadband_speed"),
    R("cố định đạt «200Mbps", "kết nối cố định", ">=", 200, **MBPS, iid="infra.fixed_broadband_speed"),
])

# --------------------------------------------------------------------------
# 03 National 5G review of 2025 (vietnamnet.vn, stamp 2026-01; the figures
# of the telecom sector's review conference of 2025 → year 2025). "Vùng phủ
# 5G đã tăng từ dưới 1% cách đây hai năm đến khoảng 90%": the earlier value
# (<, 1, year null: "cách đây hai năm" names no year) and the present one
# (~, 90, 2025), both infra.fiveg_coverage_share. "hơn 26.000 trạm 5G" (>,
# count, the year's deployment), Viettel's "hơn 20.000 trạm" (>) and "nâng
# tổng số trạm lên 30.000" (=), counts, no id. "97,4% mẫu đo đạt hoặc vượt
# ngưỡng ..." (=, Ookla's share of samples; no id). "5 Mbps", "1 Mbps": the
# thresholds of that share, not values reached → no record. Pillar null.
# Not quantities: "10/1", "22/12/2025", "5G".
# --------------------------------------------------------------------------
D03 = dict(name="03_ca-nuoc-5g-tong-ket-2025", kind="result", year=2025, records=[
    R("từ dưới «1% cách đây", "Vùng phủ 5G", "<", 1, year=None, iid="infra.fiveg_coverage_share"),
    R("đến khoảng «90%", "Vùng phủ 5G", "~", 90, iid="infra.fiveg_coverage_share"),
    R("triển khai hơn «26.000 trạm 5G", "Việt Nam đã triển khai trạm 5G", ">", 26000, **CNT),
    R("triển khai hơn «20.000 trạm", "Viettel hoàn thành triển khai trạm", ">", 20000, **CNT),
    R("tổng số trạm lên «30.000", "Viettel tổng số trạm", "=", 30000, **CNT),
    R("với «97,4% mẫu đo", "mẫu đo đạt hoặc vượt ngưỡng tốc độ tải xuống", "=", 97.4),
])

# --------------------------------------------------------------------------
# 04 Tây Ninh (merged with Long An), Nghị quyết 57 results to October 2025
# (phapluatplus.baophapluat.vn, byline 08/11/2025 → `date 2025-11`; year
# 2025). A precision text: the counts of tasks and targets assigned and
# completed ("166 nhiệm vụ", "90", "76", "53 chỉ tiêu", "235 nhiệm vụ", "32
# chỉ tiêu (60,38%)", "88 nhiệm vụ (37,45%)") are counts of tasks, no
# quantities (contract; the two shares of them NOT). Records: "đưa vào khai
# thác 69 trong tổng số 112 cơ sở dữ liệu" (=, 69, count; "112" the
# denominator; data.shared_databases_count) with pillar digital_data (the
# sentence narrows to "lĩnh vực cơ sở dữ liệu", a judgement), "kết nối với
# 13/16 cơ sở dữ liệu quốc gia" (=, 13, count; no id; new paragraph → pillar
# null). Not quantities: "57", "57-NQ/TW", "10/2025".
# --------------------------------------------------------------------------
D04 = dict(name="04_tayninh-nq57-10-thang-2025", kind="result", year=2025, records=[
    R("đưa vào khai thác «69 trong", "cơ sở dữ liệu đã xây dựng, đưa vào khai thác", "=", 69, **CNT, pillar=DATA,
      iid="data.shared_databases_count"),
    R("kết nối với «13/16", "cơ sở dữ liệu quốc gia tỉnh đã kết nối qua nền tảng tích hợp, chia sẻ dữ liệu quốc "
      "gia (NDXP)", "=", 13, **CNT),
], NOT=["chỉ tiêu («60,38%)", "nhiệm vụ («37,45%)"])

# --------------------------------------------------------------------------
# 05 Tây Ninh, Nghị quyết 57 steering committees (vtcnews.vn, stamp
# 2025-12; year 2025). A precision text: dates ("1/7/2025", "18/8/2025"),
# document numbers ("10-KH/TU", "Nghị quyết số 57", "57-NQ/TW"), "3 tổ công
# tác" (the make-up of a committee, no quantity; a judgement). One record:
# "78/96 xã, phường, thị trấn đã thành lập Ban Chỉ đạo cấp cơ sở" (=, 78,
# count; "96" the denominator; no id: aware.dx_steering_committees_share is
# a share). Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_tayninh-nq57-ban-chi-dao-precision", kind="result", year=2025, records=[
    R("đến nay «78/96", "xã, phường, thị trấn đã thành lập Ban Chỉ đạo cấp cơ sở", "=", 78, **CNT),
])

# --------------------------------------------------------------------------
# 06 Bình Phước (before its merger into Đồng Nai), Đề án 06 and online
# services in 2025 (a page of yousportnews.co, no date; "trong năm 2025" →
# 2025). Results: "làm sạch hơn 1,1 triệu dữ liệu dân cư" (>, 1.1e6, count;
# no id: data.clean_population_data_share is a share), "1.769 dịch vụ công"
# integrated on the national portal (=, egov.national_portal_integrated_
# services_count), "1.067 dịch vụ công trực tuyến ở mức toàn trình"
# (egov.full_online_services_count), "374 ... một phần"
# (egov.partial_online_services_count): one record per number, scope null (a
# breakdown by kind). "đạt 80,26%" (=, no id: procedures provided on the
# portals, a judgement); "xếp thứ tư" in words → no record. "26 đơn vị cấp
# sở, toàn bộ 11 đơn vị cấp huyện và 111 đơn vị cấp xã đã ban hành kế
# hoạch": one sentence split by level → three counts, scopes "cấp sở", "cấp
# huyện", "cấp xã"; year null ("Khi triển khai đề án" names no year, a
# judgement). "hơn 1,3 triệu dữ liệu hộ tịch" (>, count). Not quantities:
# "46", "21", "25 nhiệm vụ" (tasks), "phần mềm 158" (a name), "Đề án 06".
# Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_binhphuoc-de-an-06-2025", kind="result", year=2025, records=[
    R("làm sạch hơn «1,1 triệu", "Bình Phước đã làm sạch dữ liệu dân cư", ">", 1.1e6, **CNT),
    R("kết nối «1.769 dịch vụ công", "dịch vụ công tỉnh tích hợp, kết nối lên Cổng dịch vụ công quốc gia", "=", 1769,
      **CNT, iid="egov.national_portal_integrated_services_count"),
    R("có «1.067 dịch vụ", "dịch vụ công trực tuyến ở mức toàn trình", "=", 1067, **CNT,
      iid="egov.full_online_services_count"),
    R("và «374 dịch vụ", "dịch vụ công trực tuyến một phần", "=", 374, **CNT,
      iid="egov.partial_online_services_count"),
    R("trực tuyến đạt «80,26%", "Tỷ lệ cung cấp thủ tục hành chính thuộc thẩm quyền giải quyết của địa phương trên "
      "các Cổng dịch vụ công trực tuyến", "=", 80.26),
    R("tất cả «26 đơn vị cấp sở", "đơn vị đã ban hành kế hoạch thực hiện", "=", 26, **CNT, scope="cấp sở",
      year=None),
    R("toàn bộ «11 đơn vị cấp huyện", "đơn vị đã ban hành kế hoạch thực hiện", "=", 11, **CNT, scope="cấp huyện",
      year=None),
    R("và «111 đơn vị cấp xã", "đơn vị đã ban hành kế hoạch thực hiện", "=", 111, **CNT, scope="cấp xã",
      year=None),
    R("cập nhật hơn «1,3 triệu", "dữ liệu hộ tịch số hóa và cập nhật vào phần mềm 158 của Bộ Tư pháp", ">", 1.3e6,
      **CNT),
])

# --------------------------------------------------------------------------
# 07 National Digital Transformation Day 2025 (vietbao.vn, stamp 2025-10;
# year 2025). Results in the closing sentence: "80% dịch vụ công đã được xử
# lý hoàn toàn trên môi trường số" (=; egov.full_online_services_share, a
# judgement: services provided in full online), "kinh tế số chiếm gần 20%
# GDP" (~; econ.digital_economy_gdp_share); "hàng trăm nghìn cán bộ" has no
# digit → no record. Pillar null (the heading "Mọi người dân phải được phục
# vụ trên nền tảng số" names no pillar). Not quantities: "21/10", "2025".
# --------------------------------------------------------------------------
D07 = dict(name="07_ca-nuoc-ngay-chuyen-doi-so-2025", kind="result", year=2025, records=[
    R("thống kê, «80% dịch vụ công", "dịch vụ công đã được xử lý hoàn toàn trên môi trường số", "=", 80,
      iid="egov.full_online_services_share"),
    R("chiếm gần «20% GDP", "kinh tế số chiếm GDP", "~", 20, iid="econ.digital_economy_gdp_share"),
])

# --------------------------------------------------------------------------
# 08 Xã Hoài Đức (Hà Nội, a commune of the two-tier government), its
# 'Bình dân học vụ số' campaign (hoaiduc.hanoi.gov.vn, no date shown; "trong
# năm 2025-2026" → the target's year 2026, the end of the period named, a
# judgement). One target: "Phấn đấu trên 85% người dân độ tuổi trưởng thành
# có tri thức cơ bản về chuyển đổi số" (>, 85; hr.population_digital_skills_
# share, a judgement). Pillar null. Not quantities: "2 cấp" (the name of the
# government model), "2025-2026".
# --------------------------------------------------------------------------
D08 = dict(name="08_hoaiduc-xa-binh-dan-hoc-vu-so", kind="target", year=2026, records=[
    R("Phấn đấu trên «85% người dân", "người dân độ tuổi trưởng thành có tri thức cơ bản về chuyển đổi số", ">", 85,
      iid="hr.population_digital_skills_share"),
])

# --------------------------------------------------------------------------
# 09 Phường Phú Bài (Huế), 'Bình dân học vụ số' classes (huengaynay.vn,
# stamp 2026-01; no year named → 2026 from the stamp, per the contract). A
# precision text: one record, "mở lớp ... cho hơn 200 học viên" (>, count;
# hr.population_digital_skills_trained_count). "trên 50 tuổi": the learners'
# age, no quantity. Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_phubai-phuong-binh-dan-hoc-vu-so-precision", kind="result", year=2026, records=[
    R("cho hơn «200 học viên", "lớp Bình dân học vụ số học viên trên địa bàn phường tham gia", ">", 200, **CNT,
      iid="hr.population_digital_skills_trained_count"),
])

# --------------------------------------------------------------------------
# 10 National e-commerce of local products (congthuong.vn, no date; "tính
# đến hết quý 1/2025" → 2025). One record: "tỷ lệ sản phẩm chủ lực các xã
# tiêu thụ qua kênh thương mại điện tử đạt 35%" (=; no id: the communes'
# main products, not OCOP products, a judgement). Pillar: under the heading
# "Thương mại điện tử chuyển giai đoạn" → digital_economy (thương mại điện tử
# → kinh tế số, contract). "tăng hai con số", "gần gấp đôi" have no digit;
# "năm 2024" a year.
# --------------------------------------------------------------------------
D10 = dict(name="10_ca-nuoc-thuong-mai-dien-tu-ocop", kind="result", year=2025, records=[
    R("thương mại điện tử đạt «35%", "tỷ lệ sản phẩm chủ lực các xã tiêu thụ qua kênh thương mại điện tử", "=", 35,
      pillar=ECO),
])

# --------------------------------------------------------------------------
# 11 Phường Tây Tựu (Hà Nội), mobile 'Bình dân học vụ số' points
# (tcanninhmang.vn, byline 21/11/2025 → `date 2025-11`; year 2025). A
# precision text: one record, "6 điểm “Bình dân học vụ số lưu động” được bố
# trí" (=, count; place "phường Tây Tựu": the text is about Hà Nội's wards in
# general; no id). "hàng nghìn lượt" has no digit. Pillar null (the heading
# "Lan tỏa kỹ năng số từ cơ sở" names an activity, not a pillar; a
# judgement). Not quantities: "57-NQ/TW".
# --------------------------------------------------------------------------
D11 = dict(name="11_taytuu-phuong-binh-dan-hoc-vu-so-luu-dong-precision", kind="result", year=2025, records=[
    R("Từ Liêm), «6 điểm", "điểm Bình dân học vụ số lưu động được bố trí tại các nhà văn hóa tổ dân phố", "=", 6,
      **CNT, place="phường Tây Tựu"),
])

# --------------------------------------------------------------------------
# 12 National 5G after two years (dantri.com.vn, stamp 2026-01; "Đến nay"
# at the Ministry's conference "triển khai công tác năm 2026" → 2026).
# "Cách đây 2 năm, cả nước mới có khoảng 184 trạm 5G" (~, count, year null:
# no year named), "vượt mốc 35.000 trạm" (>, count, 2026); "tăng trưởng gần
# 200 lần" (a change, no record). "vùng phủ 5G đã tăng từ dưới 1% lên
# khoảng 90% dân số": the earlier value (<, 1, year null) and the present
# one (~, 90, 2026), infra.fiveg_coverage_share. Not quantities: "từ 4 đến
# 7 năm" (durations), "57-NQ/TW", "năm 2030" (a target without a number).
# Pillar null.
# --------------------------------------------------------------------------
D12 = dict(name="12_ca-nuoc-5g-hai-nam-dantri", kind="result", year=2026, records=[
    R("khoảng «184 trạm 5G", "cả nước trạm 5G", "~", 184, **CNT, year=None),
    R("vượt mốc «35.000 trạm", "trạm 5G cả nước", ">", 35000, **CNT),
    R("từ dưới «1% lên", "vùng phủ 5G", "<", 1, year=None, iid="infra.fiveg_coverage_share"),
    R("lên khoảng «90% dân số", "vùng phủ 5G dân số", "~", 90, iid="infra.fiveg_coverage_share"),
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
