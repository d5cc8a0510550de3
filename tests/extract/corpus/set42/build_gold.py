#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set42).

Copied from set41's builder (itself from set39's, set37's, set27's, ... and the seeds'). Each record
is written by hand below; its anchor is never typed in. A record names a locator: a piece of the
text with « just before the number. The locator (without «) must occur exactly once in the text;
the anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed
as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set41, the id is given in the record itself (`iid=`).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, GOV, ECO, SOC, CNT, T  # noqa: E402

PLAT = "digital_platforms"

DONG = dict(unit="other", unit_text="đồng")
USD = dict(unit="other", unit_text="USD")

DE_GDP = "econ.digital_economy_gdp_share"
DE_GROWTH = "econ.digital_economy_growth"
ICT_REV = "econ.ict_industry_revenue"
ONLINE_APPS = "egov.online_applications_share"
ONLINE_APPS_N = "egov.online_applications_count"
PORTAL = "egov.national_portal_integrated_share"
PAY = "egov.online_payment_share"
IOC = "city.ioc_services_count"

# --------------------------------------------------------------------------
# 01 Đồng Nai (huyện Xuân Lộc, before the July 2025 merger), results of the
# district's 2024 plan against its targets (xuanloc.dongnai.gov.vn, no date
# shown): the plan's "chỉ tiêu" are targets of 2024 (bare → ">=", "tối
# thiểu" ">=", "Trên" ">"), the "Kết quả" values results of 2024. The
# lead-in "Chính quyền số (06 chỉ tiêu: ...):" names chính quyền số and opens
# the list → digital_government on every record. "tối thiểu 40% tại cấp
# huyện và 30% tại cấp xã" and the results "Cấp huyện: ... cấp xã: ..." are
# splits by level (scopes). Not quantities: "22 chỉ tiêu", "16 tiêu chí đạt,
# 06 tiêu chí chưa đạt", "06 chỉ tiêu", "05 chỉ tiêu", "01 chỉ tiêu" (counts of
# targets, as set10's "32/35 mục tiêu"), the denominators "/244", "/19.958",
# "/8.259", plan numbers and dates. The last target is cut by the excerpt
# ("100% chế độ báo cáo, chỉ tiêu tổng hợp báo"): recorded as written.
# --------------------------------------------------------------------------
D01 = dict(name="01_dongnai-xuanloc-chi-tieu-cds-2024", kind="result", year=2024, records=[
    R("chưa đạt): «50% dịch", "dịch vụ công trực tuyến toàn trình được tích hợp, cung cấp trên Cổng Dịch vụ công Quốc gia",
      ">=", 50, **T, pillar=GOV, iid=PORTAL),
    R("(«244/244", "dịch vụ công trực tuyến toàn trình được tích hợp, cung cấp trên Cổng Dịch vụ công Quốc gia", "=", 244,
      **CNT, pillar=GOV, iid="egov.national_portal_integrated_services_count"),
    R("244/244, đạt «100%", "dịch vụ công trực tuyến toàn trình được tích hợp, cung cấp trên Cổng Dịch vụ công Quốc gia",
      "=", 100, pillar=GOV, iid=PORTAL),
    R("tối thiểu «40% tại", "Tỷ lệ hồ sơ giải quyết trực tuyến trên tổng số hồ sơ", ">=", 40, **T, scope="cấp huyện",
      pillar=GOV, iid=ONLINE_APPS),
    R("huyện và «30% tại", "Tỷ lệ hồ sơ giải quyết trực tuyến trên tổng số hồ sơ", ">=", 30, **T, scope="cấp xã",
      pillar=GOV, iid=ONLINE_APPS),
    R("Cấp huyện: «12.447/", "hồ sơ giải quyết trực tuyến", "=", 12447, **CNT, scope="cấp huyện", pillar=GOV,
      iid=ONLINE_APPS_N),
    R("hồ sơ, đạt «62,37%", "Tỷ lệ hồ sơ giải quyết trực tuyến trên tổng số hồ sơ", "=", 62.37, scope="cấp huyện",
      pillar=GOV, iid=ONLINE_APPS),
    R("cấp xã: «5.441/", "hồ sơ giải quyết trực tuyến", "=", 5441, **CNT, scope="cấp xã", pillar=GOV, iid=ONLINE_APPS_N),
    R("hồ sơ, đạt «65,88%", "Tỷ lệ hồ sơ giải quyết trực tuyến trên tổng số hồ sơ", "=", 65.88, scope="cấp xã",
      pillar=GOV, iid=ONLINE_APPS),
    R("65,88%); «50% thanh", "thanh toán trực tuyến trên Cổng Dịch vụ công Quốc gia trên tổng số giao dịch thanh toán "
      "của dịch vụ công", ">=", 50, **T, pillar=GOV, iid=PAY),
    R("công; «70% thủ", "thủ tục hành chính có yêu cầu nghĩa vụ tài chính được thanh toán trực tuyến trên Cổng Dịch vụ "
      "công Quốc gia", ">=", 70, **T, pillar=GOV, iid=PAY),
    R("mới đạt «11,89%", "thủ tục hành chính có yêu cầu nghĩa vụ tài chính được thanh toán trực tuyến", "=", 11.89,
      pillar=GOV, iid=PAY),
    R("Trên «50% hoạt", "hoạt động kiểm tra hành chính định kỳ của cơ quan quản lý nhà nước đối với đối tượng quản lý "
      "được thực hiện thông qua môi trường số", ">", 50, **T, pillar=GOV, iid="egov.digital_inspections_share"),
    R("đạt); «100% chế", "chế độ báo cáo, chỉ tiêu tổng hợp báo", ">=", 100, **T, pillar=GOV,
      iid="egov.online_reporting_share"),
])

# --------------------------------------------------------------------------
# 02 Cần Thơ (the merged city: Cần Thơ, Sóc Trăng, Hậu Giang), smart-city
# strategy to 2030 (vietnamdaily.kienthuc.net.vn, no date shown). Targets of
# 2030 ("đến năm 2030" of the strategy; bare → ">=", "tối thiểu" ">="),
# pillar null (the lead paragraph is no heading). The heading "Phát huy nền
# tảng số, nhiều kết quả bước đầu" names nền tảng số → digital_platforms on
# the results under it (a judgement: the heading decides). Results with no
# year in the text → null; Hậu Giang's and Sóc Trăng's values carry `place`
# (the former provinces, not the document's own city). "hơn" → ">". The IOC's
# "16 phân hệ", "2 ứng dụng dùng chung" and "8 lĩnh vực giám sát" are counts of
# what the operations centre covers, a measure the catalogue holds
# (city.ioc_services_count: "lĩnh vực được kết nối với Trung tâm IOC"), hence
# records (unlike an index's parts, set41's "8 lĩnh vực đánh giá"); the
# applications get no id. "năm 2020" a date.
# --------------------------------------------------------------------------
D02 = dict(name="02_cantho-do-thi-thong-minh-2030", kind="result", year=None, records=[
    R("phấn đấu «100% thủ", "thủ tục hành chính được giải quyết không phụ thuộc địa giới hành chính", ">=", 100, **T,
      year=2030),
    R("tối thiểu «90% hồ", "hồ sơ được xử lý hoàn toàn trên môi trường số", ">=", 90, **T, year=2030,
      iid="egov.once_only_online_applications_share"),
    R("theo dõi hơn «39.000 tin", "hệ thống giám sát không gian mạng Reputa đã theo dõi tin", ">", 39000, **CNT,
      pillar=PLAT, place="Hậu Giang"),
    R("tích cực đạt «63,7%", "tỷ lệ thông tin tích cực", "=", 63.7, pillar=PLAT, place="Hậu Giang"),
    R("tiếp nhận hơn «12.000 phản", "ứng dụng “Hậu Giang App” tiếp nhận phản ánh của người dân", ">", 12000, **CNT,
      pillar=PLAT, place="Hậu Giang"),
    R("xử lý đạt «95%", "tỷ lệ xử lý phản ánh", "=", 95, pillar=PLAT, place="Hậu Giang",
      iid="egov.feedback_handled_share"),
    R("với «16 phân hệ", "Trung tâm điều hành thông minh (IOC) phân hệ", "=", 16, **CNT, pillar=PLAT, place="Sóc Trăng",
      iid=IOC),
    R("và «2 ứng dụng", "Trung tâm điều hành thông minh (IOC) ứng dụng dùng chung", "=", 2, **CNT, pillar=PLAT,
      place="Sóc Trăng"),
    R("với «8 lĩnh vực", "IOC đô thị thông minh lĩnh vực giám sát", "=", 8, **CNT, pillar=PLAT, iid=IOC),
])

# --------------------------------------------------------------------------
# 03 Cả nước, digital economy 2025 and Nghị quyết 57's targets (baophutho.vn,
# no date shown; "Năm 2025 khép lại" → results of 2025). The title "Kinh tế số
# và bài toán ..." names kinh tế số and heads the whole text →
# digital_economy on every record (set41's rule). As set17 on the same
# statistics: "khoảng" "~", "hơn" ">", "tăng trưởng 14,6%" a growth rate (a
# quantity, econ.digital_economy_growth; not "tăng ... so với"), the period's
# averages year 2025 (the period's end, set11/set17), the core/non-core parts
# null ids, money in USD unit other "USD". Targets "mục tiêu 30% GDP vào năm
# 2030 và 50% năm 2045" (bare → ">="). The last paragraph restates the fifth's
# opening and ends inside a word: its 12,87% is a record of its own (set41's
# rule for restatements). Not quantities: "2021-2025" (a period), "Nghị quyết
# 57" (a name); "hàng chục điểm phần trăm" has no number.
# --------------------------------------------------------------------------
D03 = dict(name="03_ca-nuoc-kinh-te-so-2025-nq57", kind="result", year=2025, records=[
    R("đạt khoảng «72,1 tỷ USD", "Kinh tế số có giá trị tăng thêm", "~", 72.1e9, **USD, pillar=ECO),
    R("tăng trưởng «14,6%", "Kinh tế số tăng trưởng", "=", 14.6, pillar=ECO, iid=DE_GROWTH),
    R("đóng góp hơn «14% GDP", "Kinh tế số đóng góp GDP", ">", 14, pillar=ECO, iid=DE_GDP),
    R("mục tiêu «30% GDP", "tỷ lệ đóng góp của kinh tế số GDP", ">=", 30, **T, year=2030, pillar=ECO, iid=DE_GDP),
    R("và «50% năm 2045", "tỷ lệ đóng góp của kinh tế số GDP", ">=", 50, **T, year=2045, pillar=ECO, iid=DE_GDP),
    R("tăng từ «12,87% GDP năm 2021 lên", "Tỷ trọng giá trị tăng thêm của kinh tế số GDP", "=", 12.87, year=2021,
      pillar=ECO, iid=DE_GDP),
    R("lên «14,02% năm", "Tỷ trọng giá trị tăng thêm của kinh tế số", "=", 14.02, pillar=ECO, iid=DE_GDP),
    R("giai đoạn khoảng «13,2%", "Tỷ trọng giá trị tăng thêm của kinh tế số bình quân cả giai đoạn", "~", 13.2,
      pillar=ECO, iid=DE_GDP),
    R("lõi chiếm «8,13%", "khu vực kinh tế số lõi chiếm", "=", 8.13, pillar=ECO),
    R("khác chiếm «5,05%", "phần số hóa các ngành khác chiếm", "=", 5.05, pillar=ECO),
    R("đóng góp «8,42% GDP", "Nhóm ngành lõi đóng góp GDP", "=", 8.42, pillar=ECO),
    R("tương đương «43,3 tỷ USD", "Nhóm ngành lõi đóng góp GDP, tương đương", "=", 43.3e9, **USD, pillar=ECO),
    R("chiếm hơn «60% tổng", "Nhóm ngành lõi chiếm tổng giá trị kinh tế số", ">", 60, pillar=ECO),
    R("tăng từ «12,87% GDP năm 2021 lê\n", "Tỷ trọng giá trị tăng thêm của kinh tế số GDP", "=", 12.87, year=2021,
      pillar=ECO, iid=DE_GDP),
])

# --------------------------------------------------------------------------
# 04 Cả nước, the Ministry of Science and Technology's six months of 2025
# (viettimes.vn, crawler stamp moved to `date 2025-07`): results of 2025, no
# heading (the lead-in "ghi nhận mức tăng trưởng đột phá của lĩnh vực công
# nghệ số:" names no pillar) → pillar null. Money: unit other "đồng", the
# magnitude words multiplied in ("2,4 triệu tỷ" 2.4e15, "54,3 nghìn tỷ"
# 54.3e12); "ước đạt" "=", "ước đạt hơn" ">", "ước đạt gần"/"đạt gần" "~",
# "ước khoảng" "~". The sector's and the digital-technology field's revenue →
# econ.ict_industry_revenue ("doanh thu toàn ngành thông tin và truyền
# thông", "doanh thu lĩnh vực công nghệ số"); budget payments, GDP
# contributions in money, profits, workers, postal revenue: null ids. A
# precision check besides: every "tăng N% (so với cùng kỳ ...)" (changes,
# spec; "tăng 12,8%" and "tăng 20%" of the postal sector likewise) and every
# "(ước) đạt N% kế hoạch" (completion against the plan, set10/set17's
# decision) are NOT.
# --------------------------------------------------------------------------
D04 = dict(name="04_ca-nuoc-khcn-6-thang-2025", kind="result", year=2025, NOT=[
    "tăng «16% so", "ước đạt «53% kế hoạch năm 2025. Đây", "tăng «10% so", "ước đạt «53% kế hoạch năm 2025.\n\nĐóng",
    "tăng «15% so", "ước đạt «52% kế", "tăng «4% so", "tăng gần «21% so", "đạt «54% kế", "tăng gần «20% so",
    "đạt «57% kế hoạch năm 2025. Ngành", "tăng gần «23% so", "đạt «57% kế hoạch năm 2025;", "tăng «21% so",
    "đạt gần «53% kế", "tăng «12,8%", "đạt «46,9% kế", "tăng «20%; n",
], records=[
    R("ước đạt hơn «2,4 triệu tỷ", "doanh thu toàn ngành KH&CN", ">", 2.4e15, **DONG, iid=ICT_REV),
    R("ước đạt «54,3 nghìn", "Ngành nộp ngân sách nhà nước", "=", 54.3e12, **DONG),
    R("ước đạt gần «538 nghìn", "Đóng góp vào GDP của ngành KH&CN", "~", 538e12, **DONG),
    R("ước khoảng «1.673.916", "Tổng số lao động toàn ngành", "~", 1673916, **CNT),
    R("đạt gần «2,3 triệu", "Lũy kế doanh thu lĩnh vực công nghệ số", "~", 2.3e15, **DONG, iid=ICT_REV),
    R("Lợi nhuận đạt «158 nghìn", "Lợi nhuận", "=", 158e12, **DONG),
    R("nhà nước đạt «30,8 nghìn", "Ngành nộp ngân sách nhà nước", "=", 30.8e12, **DONG),
    R("GDP đạt «479,8 nghìn", "đóng góp vào GDP", "=", 479.8e12, **DONG),
    R("ước đạt «38.300 tỷ", "lĩnh vực bưu chính, doanh thu dịch vụ", "=", 38300e9, **DONG),
    R("ước đạt «950 tỷ", "Lợi nhuận dịch vụ bưu chính", "=", 950e9, **DONG),
])

# --------------------------------------------------------------------------
# 05 Cả nước, the Government steering committee's session on six months of
# 2025 (vtcnews.vn, crawler stamp moved to `date 2025-07`): results of 2025,
# pillar null. The subheading "Xuất khẩu sản phẩm số ước đạt 78,1 tỷ USD" is
# a statement with a value (money in USD; "ước đạt" "="; no id: digital
# products, not software exports). "100% các bộ, ngành, địa phương đã ban
# hành kế hoạch hành động" (the action plans of the Government's programme for
# Nghị quyết 57, not a digital-transformation plan as such → no id); "hơn 100
# văn bản hướng dẫn" a count of documents issued (inst.dx_policy_documents_count,
# as earlier sets' counts of plans and decisions). Not quantities: "phiên họp
# lần thứ 3", "6 tháng", "Đề án 06", "6 mặt" (the parts of an assessment),
# "chính quyền địa phương 2 cấp" (a name).
# --------------------------------------------------------------------------
D05 = dict(name="05_ca-nuoc-phien-hop-bcd-6-thang-2025", kind="result", year=2025, records=[
    R("ước đạt «78,1 tỷ USD", "Xuất khẩu sản phẩm số", "=", 78.1e9, **USD),
    R("«100% các bộ", "các bộ, ngành, địa phương đã ban hành kế hoạch hành động thực hiện Chương trình hành động của "
      "Chính phủ", "=", 100),
    R("hơn «100 văn bản", "các bộ, ngành đã ban hành văn bản hướng dẫn", ">", 100, **CNT,
      iid="inst.dx_policy_documents_count"),
])

# --------------------------------------------------------------------------
# 06 Cả nước, the digital economy and the XIV Congress (thoibaotaichinhvietnam.vn,
# crawler stamp moved to `date 2026-01`): one value, the digital economy's
# share of GDP in 2025 ("hơn" → ">"); the rest of the excerpt is policy prose.
# Pillar null: the sapo names kinh tế số as its subject, not as a heading (the
# page's title is not in the excerpt). "lần thứ XIV" a name.
# --------------------------------------------------------------------------
D06 = dict(name="06_ca-nuoc-kinh-te-so-dai-hoi-xiv", kind="result", year=2025, records=[
    R("đạt hơn «14% GDP", "tỷ trọng kinh tế số GDP", ">", 14, iid=DE_GDP),
])

# --------------------------------------------------------------------------
# 07-12: precision checks, no gold record.
# 07 Bộ KH&CN's 2025 review (vietq.vn, no date shown): "3 miền", "34
# tỉnh/thành phố" (the audience of training conferences), "04 phiên họp"
# (meetings), "1.", "1.1." (section numbers), the years.
# 08 Thái Nguyên, Nghị quyết 57 in six months of 2025
# (chuyendoiso.thainguyen.gov.vn, `date 2025-07`): "02 phiên họp", "19 hội
# nghị" (meetings), "33/67 nhiệm vụ", "13 nhiệm vụ" (counts of tasks), "57-NQ/TW",
# "Phiên họp lần thứ 3" (in the cut caption), dates.
# 09 Thái Nguyên (lite.baomoi.com, no date shown): "22/23 nhiệm vụ ... (đạt
# tỷ lệ hoàn thành 95,6%)" (tasks and their completion share, set10's
# decision: NOT), "42 nhiệm vụ", "11 nhiệm vụ" (tasks), "6 công trình, sản
# phẩm công nghệ số và 20 mô hình" (projects and pilot models being
# deployed, as set41's "15 đề án trọng tâm"), "4.0", "57-NQ/TW", dates.
# 10 An Giang (vietnamplus.vn, `date 2026-02`): an anecdote; "cách nhà hơn
# 3km" (a distance, no digital-transformation measure), "ấp Long Hòa 1" (a
# name), "24/2", "2026".
# 11 Khánh Hòa (plo.vn, `date 2026-03`): "xếp thứ chín cả nước về ... DTI" is a
# rank written in words (no digit to anchor, set23/set33's decision: no
# record); "tháng 10-2021", "10/03/2026 05:50" (dates, a time of day).
# 12 Đà Nẵng (viettimes.vn, no date shown): "3 trụ cột" (the plan's
# structure), "2021-2030", "năm 2030" (a period, a year), "5G/6G" (names).
# --------------------------------------------------------------------------
D07 = dict(name="07_bo-khcn-tong-ket-2025-precision", kind="result", year=2025, records=[])
D08 = dict(name="08_thainguyen-nq57-6-thang-2025-precision", kind="result", year=2025, records=[])
D09 = dict(name="09_thainguyen-nhiem-vu-nq57-precision", kind="result", year=2025, NOT=["hoàn thành «95,6%"],
           records=[])
D10 = dict(name="10_angiang-dich-vu-cong-tan-nha-2026-precision", kind="result", year=2026, records=[])
D11 = dict(name="11_khanhhoa-kieng-ba-chan-2026-precision", kind="result", year=2026, records=[])
D12 = dict(name="12_danang-tru-cot-kinh-te-so-precision", kind="result", year=None, records=[])

# --------------------------------------------------------------------------
# 13 Cả nước, Đề án 06 report for April 2025 (vietnamnet.vn, crawler stamp
# moved to `date 2025-05`): results of 2025 ("tháng 4/2025", "tính đến ngày
# 20/4"), pillar null. Counts of localities and ministries by rating class
# (12 tốt, 42 khá, 9 trung bình; 5 bộ khá, 3 bộ trung bình) are results
# (set41's counts by class; no id); "56 dịch vụ trong tổng số 76" a count of
# online services provided (egov.online_services_count), its total "76" the
# denominator. Not quantities: "2022 - 2025", "2030", "Đề án 06", the months
# and dates; "1 trong 12" stood in the cut caption.
# --------------------------------------------------------------------------
D13 = dict(name="13_ca-nuoc-danh-gia-dvc-de-an-06-4-2025", kind="result", year=2025, records=[
    R("có «12 địa phương", "địa phương đạt điểm đánh giá tốt chất lượng thực hiện thủ tục hành chính, dịch vụ công "
      "trực tuyến", "=", 12, **CNT),
    R("có «42 địa phương", "địa phương đạt điểm đánh giá khá", "=", 42, **CNT),
    R("và «9 địa phương", "địa phương có điểm đánh giá trung bình", "=", 9, **CNT),
    R("có «5 bộ", "bộ, cơ quan đạt điểm đánh giá khá", "=", 5, **CNT),
    R("là «3 bộ", "bộ có điểm đánh giá trung bình", "=", 3, **CNT),
    R("cung cấp «56 dịch vụ", "các bộ, ngành đã cung cấp dịch vụ thuộc “Danh mục nhóm dịch vụ công trực tuyến liên "
      "thông ưu tiên", "=", 56, **CNT, iid="egov.online_services_count"),
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
