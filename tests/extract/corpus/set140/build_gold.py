#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set140).

Copied from set69's builder (itself from set47's, set45's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

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


# --------------------------------------------------------------------------
# 01 TP.HCM, the city's digital-transformation programme to 2030 (plo.vn, no
# date shown). Targets with their own years: "đến năm 2025, 100% dịch vụ công
# trực tuyến mức độ 3, 4 ... được tích hợp lên cổng dịch vụ công quốc gia"
# (>=, 2025, egov.national_portal_integrated_share); "100% giao dịch trên cổng
# ... được xác thực điện tử" (>=, 2025; no id: transactions, not users);
# "Đến năm 2030, 100% dịch vụ công trực tuyến mức độ 4 được cung cấp trên
# nhiều phương tiện truy cập" (>=, 2030; no id: access channels); "100% hồ sơ
# công việc ở cấp quận, huyện và 95% hồ sơ công việc ở cấp phường, xã": a split
# by level, two records with scopes "cấp quận, huyện" and "cấp phường, xã"
# (egov.work_records_online_share, 2030). Pillar: the page title "TP.HCM phấn
# đấu đến năm 2030 thành đô thị thông minh" is the heading of the whole page and
# names đô thị thông minh → smart_city for every record (set69's judgement that
# a page title counts as a heading; the heading decides even where the
# indicator belongs to another pillar). Not quantities: "mức độ 3, 4", "mức độ
# 4" (levels in names), the years.
# --------------------------------------------------------------------------
D01 = dict(name="01_tphcm-do-thi-thong-minh-2030", kind="target", year=None, records=[
    R("năm 2025, «100% dịch vụ", "dịch vụ công trực tuyến mức độ 3, 4 phổ biến, liên quan tới nhiều người dân, doanh "
      "nghiệp được tích hợp lên cổng dịch vụ công quốc gia", ">=", 100, year=2025, pillar=SMART,
      iid="egov.national_portal_integrated_share"),
    R("«100% giao dịch trên cổng", "giao dịch trên cổng dịch vụ công quốc gia, cổng dịch vụ công và hệ thống thông tin "
      "một cửa điện tử TP được xác thực điện tử", ">=", 100, year=2025, pillar=SMART),
    R("năm 2030, «100% dịch vụ", "dịch vụ công trực tuyến mức độ 4 được cung cấp trên nhiều phương tiện truy cập khác "
      "nhau", ">=", 100, year=2030, pillar=SMART),
    R("«100% hồ sơ công việc ở cấp quận", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 100,
      scope="cấp quận, huyện", year=2030, pillar=SMART, iid="egov.work_records_online_share"),
    R("và «95% hồ sơ", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 95,
      scope="cấp phường, xã", year=2030, pillar=SMART, iid="egov.work_records_online_share"),
])

# --------------------------------------------------------------------------
# 02 Tây Ninh, the province's digital-transformation programme 2021-2025 to
# 2030 (m.sggp.org.vn, no date shown; a blank first line left where the
# section label was cut). Title "Tây Ninh phấn đấu 100% hồ sơ cấp xã được xử lý
# trên mạng": a target (>=); its year is null: the excerpt sets targets for
# 2025 and for 2030 and this one stands in neither list (a judgement); scope
# null (the level is part of the subject); egov.work_records_online_share;
# pillar null (the title names none). The 2025 list opens with "hoàn thiện
# chính quyền điện tử và phát triển chính quyền số ... với" → digital_government
# (a lead-in naming one pillar): 100% DVCTT mức độ 3, 4 integrated on the
# national portal (egov.national_portal_integrated_share), 100% giao dịch ...
# xác thực điện tử (no id), 50% người dân và doanh nghiệp ... xác thực định
# danh điện tử (egov.authenticated_users_share), "tỷ lệ hồ sơ giải quyết theo
# DVCTT mức độ 3, 4 trên tổng số hồ sơ đạt từ 60% trở lên" (>=,
# egov.online_applications_share), 100% hồ sơ ... qua Hệ thống thông tin một
# cửa điện tử (no id). The 2030 sentence names no pillar → null: "cáp quang phủ
# trên 90% hộ gia đình, 100% xã" two records as the spec's "phủ 75% hộ gia
# đình, 100% cấp xã" (>, infra.fibre_household_coverage_share; >=, scope "xã",
# infra.fibre_commune_coverage_share); "tỷ lệ người dân và doanh nghiệp có tài
# khoản thanh toán điện tử trên 50%" (>; no id: the catalogue's share is of
# adults only). Not quantities: "18-10", "2021- 2025", "mức độ 3, mức 4",
# "4G/5G".
# --------------------------------------------------------------------------
D02 = dict(name="02_tayninh-chuong-trinh-cds-2021-2025", kind="target", year=2025, records=[
    R("phấn đấu «100% hồ sơ cấp xã", "hồ sơ cấp xã được xử lý trên mạng", ">=", 100, year=None,
      iid="egov.work_records_online_share"),
    R("nhà nước với «100% dịch vụ", "dịch vụ công trực tuyến mức độ 3, mức 4 phổ biến, liên quan đến người dân, doanh "
      "nghiệp được tích hợp lên Cổng Dịch vụ công quốc gia", ">=", 100, pillar=GOV,
      iid="egov.national_portal_integrated_share"),
    R("«100% giao dịch trên Cổng", "giao dịch trên Cổng Dịch vụ công quốc gia, cổng dịch vụ công và Hệ thống một cửa "
      "điện tử của tỉnh được xác thực điện tử", ">=", 100, pillar=GOV),
    R("«50% số lượng người dân", "số lượng người dân và doanh nghiệp tham gia hệ thống Chính quyền điện tử của tỉnh được "
      "xác thực định danh điện tử thông suốt và hợp nhất từ hệ thống trung ương", ">=", 50, pillar=GOV,
      iid="egov.authenticated_users_share"),
    R("đạt từ «60% trở lên", "tỷ lệ hồ sơ giải quyết theo dịch vụ công trực tuyến mức độ 3, 4 trên tổng số hồ sơ", ">=",
      60, pillar=GOV, iid="egov.online_applications_share"),
    R("«100% hồ sơ được giải quyết", "hồ sơ được giải quyết thông qua Hệ thống thông tin một cửa điện tử", ">=", 100,
      pillar=GOV),
    R("phủ trên «90% hộ gia đình", "hệ thống băng rôn, cáp quang phủ hộ gia đình", ">", 90, year=2030,
      iid="infra.fibre_household_coverage_share"),
    R("hộ gia đình, «100% xã", "hệ thống băng rôn, cáp quang phủ xã", ">=", 100, scope="xã", year=2030,
      iid="infra.fibre_commune_coverage_share"),
    R("điện tử trên «50%", "tỷ lệ người dân và doanh nghiệp có tài khoản thanh toán điện tử", ">", 50, year=2030),
])

# --------------------------------------------------------------------------
# 03 Đà Nẵng, the city's plan 56/KH-UBND for 2023 (baodanang.vn, no date shown;
# "năm 2023" → 2023). Counts of targets are not quantities (as "12 nhóm nhiệm
# vụ"): "39 chỉ tiêu" (three times), "8 chỉ tiêu", "13 chỉ tiêu", "6 chỉ
# tiêu", "12 chi tiêu", "13 tiêu chí", "11 chỉ tiêu". Targets (>= where bare or
# "đạt"): 100% cơ quan Nhà nước cung cấp dữ liệu mở
# (data.open_data_agencies_share); "tỷ trọng công nghiệp công nghệ thông tin
# (ICT) đạt 14% trong GRDP" (no id: the ICT industry, not the digital economy);
# "2,5 doanh nghiệp công nghệ số/1.000 dân" (other, unit_text "doanh nghiệp
# công nghệ số/1.000 dân", econ.digital_tech_enterprises_per_1000; "1.000" is
# part of the unit); "8,5% nhân lực công nghệ số trong lực lượng lao động"
# (hr.ict_workforce_share); "100% báo cáo của các cơ quan hành chính Nhà nước
# thực hiện trực tuyến (toàn quốc 50%)": two records, the city's 100 and the
# national target 50 in the bracket (a bracket that states a value; place
# "toàn quốc"), both egov.online_reporting_share (a judgement). Pillar null:
# the sub-heading "39 chỉ tiêu chuyển đổi số" and the lead-ins name no single
# pillar. Not quantities: "56/KH-UBND", "4-3-2023", "tháng 3", the counts of
# targets.
# --------------------------------------------------------------------------
D03 = dict(name="03_danang-kh56-39-chi-tieu-2023", kind="target", year=2023, records=[
    R("toàn quốc như: «100% cơ quan", "cơ quan Nhà nước cung cấp dữ liệu mở", ">=", 100,
      iid="data.open_data_agencies_share"),
    R("(ICT) đạt «14%", "tỷ trọng công nghiệp công nghệ thông tin (ICT) trong GRDP", ">=", 14),
    R("GRDP; «2,5 doanh nghiệp", "doanh nghiệp công nghệ số/1.000 dân", ">=", 2.5, unit="other",
      unit_text="doanh nghiệp công nghệ số/1.000 dân", iid="econ.digital_tech_enterprises_per_1000"),
    R("tỷ lệ «8,5%", "tỷ lệ nhân lực công nghệ số trong lực lượng lao động", ">=", 8.5, iid="hr.ict_workforce_share"),
    R("toàn quốc như: «100% báo cáo", "báo cáo của các cơ quan hành chính Nhà nước thực hiện trực tuyến", ">=", 100,
      iid="egov.online_reporting_share"),
    R("(toàn quốc «50%)", "báo cáo của các cơ quan hành chính Nhà nước thực hiện trực tuyến toàn quốc", ">=", 50,
      place="toàn quốc", iid="egov.online_reporting_share"),
])

# --------------------------------------------------------------------------
# 04 Đà Nẵng's districts, their 2024 plans (baodanang.vn, no date shown; "trong
# năm 2024" → 2024). Counts of targets are not quantities: "13 chỉ tiêu", "11
# chỉ tiêu", "4 chỉ tiêu", "28 chỉ tiêu" (twice), "27 chỉ tiêu", "12 chỉ
# tiêu", "4 chỉ tiêu", "11 chỉ tiêu". Thanh Khê's targets: "Các cơ sở khám
# chữa bệnh, trường học đã triển khai thanh toán không dùng tiền mặt sẽ có tỷ
# lệ thanh toán không dùng tiền mặt khoảng 50%; 60%": two records, read
# respectively (cơ sở khám chữa bệnh 50, trường học 60), both "~" ("khoảng"
# governs the list "50%; 60%", which has no words of its own; a judgement),
# ids society.cashless_hospital_fees_share and society.cashless_school_fees_share
# (judgements), scope null (kinds of bodies, not levels); "các trường THCS được
# tập huấn ít nhất 1 lần về chuyển đổi số, an toàn thông tin" (count, >=, 1; a
# target's frequency; no id). place "quận Thanh Khê" on all three. Pillar
# null: the lead-in names three pillars. Not quantities: the counts of
# targets, "năm 2023".
# --------------------------------------------------------------------------
D04 = dict(name="04_danang-quan-chi-tieu-2024", kind="target", year=2024, records=[
    R("tiền mặt khoảng «50%", "cơ sở khám chữa bệnh đã triển khai thanh toán không dùng tiền mặt có tỷ lệ thanh toán "
      "không dùng tiền mặt", "~", 50, place="quận Thanh Khê", iid="society.cashless_hospital_fees_share"),
    R("khoảng 50%; «60%", "trường học đã triển khai thanh toán không dùng tiền mặt có tỷ lệ thanh toán không dùng tiền "
      "mặt", "~", 60, place="quận Thanh Khê", iid="society.cashless_school_fees_share"),
    R("ít nhất «1 lần", "các trường THCS được tập huấn về chuyển đổi số, an toàn thông tin", ">=", 1, **CNT,
      place="quận Thanh Khê"),
])

# --------------------------------------------------------------------------
# 05 Lâm Đồng, the Party bodies' digital transformation 2025-2028
# (baolamdong.vn, crawler stamp → `date 2025-07`; a precision text). One
# quantity: "100% các yêu cầu thông tin, số liệu phục vụ công tác tham mưu, thẩm
# định được thực hiện tổng hợp, phân tích và khai thác qua môi trường số"
# (target, >=); year 2025: its paragraph opens "phấn đấu trong năm 2025" and the
# stamp is 2025 (a judgement; the Đề án runs 2025 - 2028); no id; pillar null
# ("Trong lĩnh vực ứng dụng số" names no pillar). Not quantities: "2025 -
# 2028" (twice), "năm 2025", "Đề án 06" (a name), "hai cấp" (a word).
# --------------------------------------------------------------------------
D05 = dict(name="05_lamdong-cds-co-quan-dang-2025-precision", kind="target", year=2025, records=[
    R("đầu. «100% các yêu cầu", "các yêu cầu thông tin, số liệu phục vụ công tác tham mưu, thẩm định được thực hiện "
      "tổng hợp, phân tích và khai thác qua môi trường số", ">=", 100),
])

# --------------------------------------------------------------------------
# 06 The Party bodies' digital transformation one year after Decision 204-QĐ/TW,
# national (nld.com.vn, crawler stamp → `date 2026-01`; a precision text). One
# quantity: "Đến hết năm 2025, mạng máy tính chuyên dùng có bảo mật đã kết nối
# tới 100% cấp tỉnh và cấp xã" (result, =, 2025); scope null: one value for all
# levels is not a split (spec's decided case); no id (the Party's secure
# network, not the state data network of
# infra.specialised_network_connection_share). Pillar null. Not quantities:
# "1 năm" (a duration), "204-QĐ/TW".
# --------------------------------------------------------------------------
D06 = dict(name="06_ca-nuoc-cds-co-quan-dang-2025-precision", kind="result", year=2025, records=[
    R("kết nối tới «100% cấp tỉnh", "mạng máy tính chuyên dùng có bảo mật đã kết nối tới cấp tỉnh và cấp xã", "=", 100),
])

# --------------------------------------------------------------------------
# 07 Quảng Ngãi, Tư Nghĩa district's digital-transformation week 2024
# (tunghia.quangngai.gov.vn, no date shown; the byline "Lệ Hải" cut). A
# precision text with no quantity: dates "01/10- 10/10/2024", "01/10/2024 -
# 10/10/2024", "năm 2024", "năm 2025", "năm 2030".
# --------------------------------------------------------------------------
D07 = dict(name="07_quangngai-tunghia-tuan-le-cds-2024-precision", kind="target", year=2024, records=[])

# --------------------------------------------------------------------------
# 08 Thanh Hóa, Quảng Xương district's plan for digital transformation in new
# rural areas 2022-2025 (dantoctongiao.vietnamnet.vn, no date shown; the photo
# caption cut). A precision text with no quantity: "2022 - 2025", "2021 -
# 2025", "03 trụ cột" (a count of pillars, as "05 giải pháp").
# --------------------------------------------------------------------------
D08 = dict(name="08_thanhhoa-quangxuong-ntm-thong-minh-precision", kind="target", year=2025, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
