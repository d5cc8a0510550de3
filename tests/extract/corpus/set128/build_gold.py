#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set128).

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

TB100 = dict(unit="other", unit_text="thuê bao/100 dân")
MBPS = dict(unit="other", unit_text="Mbps")

# --------------------------------------------------------------------------
# 01 Vĩnh Phúc, the provincial public administration centre's figures for September and the third
# quarter of 2021 (vinhphuc.gov.vn, the date line "29/09/2021" cut and written as `date 2021-09`).
# Every reported figure of the centre's processing is a result of 2021 (=): the applications
# received anew (egov.applications_received_count), the backlog carried over, the running total
# handled, the applications falling due, those returned early or on time (count, then the
# bracket's share: egov.on_time_applications_share), those late or overdue (count, then share:
# egov.overdue_applications_share), those returned or withdrawn (count, then share), the agencies
# with online applications (count 15), the online applications (1.598: egov.online_applications_count),
# split into 61 at "mức độ 3" and 1.537 at "mức độ 4" (two counts; "mức độ 3/4" are names), and the
# share of online applications "18,9%" (egov.online_applications_share). The month's and the
# quarter's figures are separate records; the period goes into the wording. Scope null (the
# centre is one body). Pillar null (no heading). Not quantities: "tháng 9", "quý III/2021",
# "09/2021", the date line, "mức độ 3", "mức độ 4". The excerpt ends in "người ".
# --------------------------------------------------------------------------
D01 = dict(name="01_vinhphuc-tthc-quy3-2021", kind="result", year=2021, records=[
    R("đã tiếp nhận mới «4.131 hồ sơ", "hồ sơ Trung tâm Phục vụ hành chính công tỉnh tiếp nhận mới trong tháng 9/2021",
      "=", 4131, **CNT, iid="egov.applications_received_count"),
    R("chuyển sang là «2.171,", "hồ sơ tồn kỳ trước chuyển sang tháng 9/2021", "=", 2171, **CNT),
    R("trong kỳ là «6.302 hồ sơ", "hồ sơ lũy kế đã và đang giải quyết trong tháng 9/2021", "=", 6302, **CNT),
    R("giải quyết là «4.169 hồ sơ", "hồ sơ đến hạn giải quyết trong tháng 9/2021", "=", 4169, **CNT),
    R("đúng hạn là «4.157 hồ sơ", "hồ sơ đã có kết quả trả trước và đúng hạn trong tháng 9/2021", "=", 4157, **CNT),
    R("(đạt «99,71%)", "hồ sơ đã có kết quả trả trước và đúng hạn trong tháng 9/2021", "=", 99.71,
      iid="egov.on_time_applications_share"),
    R("có kết quả là «12 hồ sơ", "hồ sơ đã trả kết quả nhưng chậm hạn và hồ sơ quá hạn giải quyết nhưng chưa có kết quả "
      "trong tháng 9/2021", "=", 12, **CNT),
    R("(chiếm «0,29%)", "hồ sơ đã trả kết quả nhưng chậm hạn và hồ sơ quá hạn giải quyết nhưng chưa có kết quả "
      "trong tháng 9/2021", "=", 0.29, iid="egov.overdue_applications_share"),
    R("Có «90 hồ sơ", "hồ sơ các cơ quan thụ lý trả lại và người nộp đề nghị rút trong tháng 9/2021", "=", 90, **CNT),
    R("(chiếm «2,16%)", "hồ sơ các cơ quan thụ lý trả lại và người nộp đề nghị rút trong tháng 9/2021", "=", 2.16),
    R("Có «15 cơ quan", "cơ quan, đơn vị cấp tỉnh phát sinh hồ sơ trực tuyến", "=", 15, **CNT),
    R("tổng số «1.598 hồ sơ", "hồ sơ trực tuyến của các cơ quan, đơn vị cấp tỉnh trong tháng 9/2021", "=", 1598, **CNT,
      iid="egov.online_applications_count"),
    R("có «61 hồ sơ", "hồ sơ nộp trực tuyến mức độ 3", "=", 61, **CNT),
    R("và «1.537 hồ sơ", "hồ sơ nộp trực tuyến mức độ 4", "=", 1537, **CNT),
    R("trung bình đạt «18,9%", "Tỷ lệ hồ sơ trực tuyến trung bình trên tổng số hồ sơ giải quyết của các sở, ngành",
      "=", 18.9, iid="egov.online_applications_share"),
    R("tiếp nhận mới «14.043 hồ sơ", "hồ sơ Trung tâm Phục vụ hành chính công tỉnh tiếp nhận mới trong quý III/2021",
      "=", 14043, **CNT, iid="egov.applications_received_count"),
    R("chuyển sang là «2.191,", "hồ sơ tồn kỳ trước chuyển sang quý III/2021", "=", 2191, **CNT),
    R("trong kỳ là «16.234 hồ sơ", "hồ sơ lũy kế đã và đang giải quyết trong quý III/2021", "=", 16234, **CNT),
    R("giải quyết là «14.101 hồ sơ", "hồ sơ đến hạn giải quyết trong quý III/2021", "=", 14101, **CNT),
    R("đúng hạn là «14.064 hồ sơ", "hồ sơ đã có kết quả trả trước và đúng hạn trong quý III/2021", "=", 14064, **CNT),
    R("(đạt «99,74%)", "hồ sơ đã có kết quả trả trước và đúng hạn trong quý III/2021", "=", 99.74,
      iid="egov.on_time_applications_share"),
    R("có kết quả là «37 hồ sơ", "hồ sơ đã trả kết quả nhưng chậm hạn và hồ sơ quá hạn giải quyết nhưng chưa có kết quả "
      "trong quý III/2021", "=", 37, **CNT),
    R("(chiếm «0,26%)", "hồ sơ đã trả kết quả nhưng chậm hạn và hồ sơ quá hạn giải quyết nhưng chưa có kết quả "
      "trong quý III/2021", "=", 0.26, iid="egov.overdue_applications_share"),
    R("Có «461 hồ sơ", "hồ sơ các cơ quan thụ lý trả lại và người nộp đề nghị rút trong quý III/2021", "=", 461, **CNT),
    R("(chiếm «3,3%)", "hồ sơ các cơ quan thụ lý trả lại và người nộp đề nghị rút trong quý III/2021", "=", 3.3),
])

# --------------------------------------------------------------------------
# 02 National telecom figures of March 2023 and the year's targets (cafef.vn; the crawler's stamp
# " date 2023-03 " at the head of the first line written as its own line `date 2023-03`). Results
# of 2023 (=; "ước tính tháng 3/2023", "ước đạt" read as =): households using fibre "75,36%"
# (infra.fibre_household_coverage_share, whose wordings include "tỷ lệ hộ gia đình có đường
# Internet cáp quang băng rộng"; "sử dụng" against "có": a judgement), fixed broadband
# subscriptions "21,77 triệu" (count, infra.internet_subscriptions_count) and their rate "21,9
# thuê bao/100 dân" (unit other, as set-wide for a rate per 100 written without "%":
# infra.fixed_broadband_subscriptions_per_100), mobile broadband "84,36 triệu" (count, no id) and
# "84,8 thuê bao/100 dân" (infra.mobile_broadband_subscriptions_per_100), smartphone subscriptions
# "100 triệu" (count, no id), feature-phone subscriptions "23,65 triệu TB" (count, no id), Mobile
# Money customers "hơn 3,4 triệu" (>, society.mobile_money_users_count), of them in rural and
# remote areas "hơn 2,37 triệu" (>, count; a part named in its own sentence, not a split of one
# sentence's values: scope null and the group in the wording) and their share "gần 70%" (~).
# Targets of 2023 (>=): "Mục tiêu năm 2023 đạt 84%" fibre households; "đạt 25 thuê bao/100 dân"
# fixed and "đạt 90 thuê bao/100 dân" mobile broadband ("Mục tiêu đạt đến tháng 12/2023"). NOT:
# the changes "tăng 6,46%", "tăng 9,95%", "tăng 12,12%", "tăng 8,7%", "tăng 5,89 %" (against the
# same period or the previous month); also not quantities: "tăng 08 triệu thuê bao", "giảm 2,85
# triệu thuê bao", "tăng hơn 4 lần" (changes), "tháng 3/2023", "28/02/2023", "01/2023", "02/2022",
# "12/2023". Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_canuoc-cap-quang-mobile-money-2023", kind="result", year=2023, records=[
    R("sử dụng cáp quang đạt «75,36%", "tỷ lệ hộ gia đình sử dụng cáp quang", "=", 75.36,
      iid="infra.fibre_household_coverage_share"),
    R("Mục tiêu năm 2023 đạt «84%", "tỷ lệ hộ gia đình sử dụng cáp quang", ">=", 84, kind="target",
      iid="infra.fibre_household_coverage_share"),
    R("cố định đạt «21,77 triệu", "Số thuê bao băng rộng cố định", "=", 21770000, **CNT,
      iid="infra.internet_subscriptions_count"),
    R("tỷ lệ «21,9 thuê bao/100 dân", "tỷ lệ thuê bao băng rộng cố định/100 dân", "=", 21.9, **TB100,
      iid="infra.fixed_broadband_subscriptions_per_100"),
    R("12/2023 đạt «25 thuê bao", "thuê bao băng rộng cố định/100 dân", ">=", 25, **TB100, kind="target",
      iid="infra.fixed_broadband_subscriptions_per_100"),
    R("di động đạt «84,36 triệu", "Số thuê bao băng rộng di động", "=", 84360000, **CNT),
    R("tỷ lệ «84,8 thuê bao/100 dân", "tỷ lệ thuê bao băng rộng di động/100 dân", "=", 84.8, **TB100,
      iid="infra.mobile_broadband_subscriptions_per_100"),
    R("12/2023 đạt «90 thuê bao", "thuê bao băng rộng di động/100 dân", ">=", 90, **TB100, kind="target",
      iid="infra.mobile_broadband_subscriptions_per_100"),
    R("ước đạt «100 triệu", "Thuê bao điện thoại di động sử dụng SMP", "=", 100000000, **CNT),
    R("Feature phone «23,65 triệu", "Thuê bao Feature phone", "=", 23650000, **CNT),
    R("đạt hơn «3,4 triệu", "số lượng khách hàng đăng ký và sử dụng dịch vụ Mobile Money", ">", 3400000, **CNT,
      iid="society.mobile_money_users_count"),
    R("đạt hơn «2,37 triệu", "số lượng khách hàng Mobile Money tại nông thôn, miền núi, vùng sâu, vùng xa", ">",
      2370000, **CNT),
    R("chiếm gần «70%", "khách hàng Mobile Money tại nông thôn, miền núi, vùng sâu, vùng xa", "~", 70),
], NOT=["tăng «6,46%", "tăng «9,95%", "tăng «12,12%", "tăng «8,7%", "tăng «5,89 %"])

# --------------------------------------------------------------------------
# 03 National telecom results of 2022 (vietgiaitri.com, a copy; no date shown; "Năm 2022"; the
# line "Video đang HOT" cut). Results of 2022 (=; "ước đạt" read as =). Money (unit other,
# "đồng", the magnitude multiplied in): the title's revenue "138.000 tỷ đồng" and contribution to
# GDP "76.452 tỷ" (written without "đồng"; unit_text "đồng" all the same, a judgement), profit
# after tax "44.500 tỷ đồng" (stated twice: two records), revenue "138.000 tỷ đồng", budget
# payments "48.000 tỷ đồng", GDP contribution "76.452 tỷ đồng" (no id: telecom alone is not
# econ.ict_industry_revenue's ICT industry). Shares: smartphone subscriptions "75,8%"
# (infra.smartphone_subscriptions_share), mobile broadband per 100 people "84%" (written with "%":
# unit %, infra.mobile_broadband_subscriptions_per_100), households using fibre "74,5%"
# (infra.fibre_household_coverage_share), IPv6 use "53%". "72,1 triệu người sử dụng Internet"
# (count, no id: the catalogue holds the share). Fixed broadband "21,5 thuê bao/100 dân" (result)
# and the plan's "mục tiêu kế hoạch năm 2022 là 22 thuê bao/100 dân" (target >=, 2022; the
# "gần đạt" comparison holds no number of its own). "xếp hạng thứ 10 thế giới về tỷ lệ ứng dụng
# triển khai IPv6" (rank =). "52/85 cổng thông tin điện tử, dịch vụ công ... đã chuyển đổi sang
# IPv6" (count 52, the denominator 85 no record, as in earlier sets). NOT: the changes "tăng 3,8%"
# (twice), "tăng 1,6%", "tăng 9,8%", "tăng 11 %", "tăng 9,7%", "vượt 1% so với chỉ tiêu". Not
# quantities: "cao gấp 2,5 lần" (a change), "năm 2021", "12/2022", "IPv6" (a name). Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_canuoc-vien-thong-ipv6-2022", kind="result", year=2022, records=[
    R("Doanh thu viễn thông đạt «138.000 tỷ đồng, đóng góp", "Doanh thu viễn thông", "=", 138000e9, **DONG),
    R("đóng góp «76.452 tỷ vào GDP", "đóng góp vào GDP của viễn thông", "=", 76452e9, **DONG),
    R("Năm 2022, lợi nhuận sau thuế của ngành viễn thông ước đạt «44.500", "lợi nhuận sau thuế của ngành viễn thông",
      "=", 44500e9, **DONG),
    R("dịch vụ viễn thông đạt «138.000", "doanh thu dịch vụ viễn thông", "=", 138000e9, **DONG),
    R("ngân sách ước đạt «48.000", "Ngành viễn thông nộp ngân sách", "=", 48000e9, **DONG),
    R("năm 2022 ước đạt «44.500", "Lợi nhuận sau thuế của ngành viễn thông", "=", 44500e9, **DONG),
    R("vào GDP ước đạt «76.452", "đóng góp của ngành viễn thông vào GDP", "=", 76452e9, **DONG),
    R("hiện đạt «75,8%", "Tỷ lệ thuê bao điện thoại di động sử dụng smartphone", "=", 75.8,
      iid="infra.smartphone_subscriptions_share"),
    R("trên 100 dân hiện đạt «84%", "Số thuê bao băng rộng di động trên 100 dân", "=", 84,
      iid="infra.mobile_broadband_subscriptions_per_100"),
    R("hiện có «72,1 triệu", "người sử dụng Internet", "=", 72100000, **CNT),
    R("ước đạt «74,5%", "Tỷ lệ hộ gia đình sử dụng cáp quang", "=", 74.5, iid="infra.fibre_household_coverage_share"),
    R("ước đạt «21,5 thuê bao", "Số thuê bao băng rộng cố định/100 dân", "=", 21.5, **TB100,
      iid="infra.fixed_broadband_subscriptions_per_100"),
    R("năm 2022 là «22 thuê bao", "mục tiêu kế hoạch thuê bao băng rộng cố định/100 dân", ">=", 22, **TB100,
      kind="target", iid="infra.fixed_broadband_subscriptions_per_100"),
    R("xếp hạng thứ «10 thế giới", "xếp hạng thế giới về tỷ lệ ứng dụng triển khai IPv6", "=", 10, **RANK),
    R("Việt Nam là «53%", "Tỷ lệ sử dụng IPv6 trên Internet Việt Nam", "=", 53),
    R("Trong đó, «52/85", "cổng thông tin điện tử, dịch vụ công của các bộ, ngành, địa phương đã chuyển đổi sang IPv6",
      "=", 52, **CNT),
], NOT=["tăng «3,8% so với năm 2021.\nTheo", "tăng «1,6%", "tăng «9,8%", "44.500 tỷ đồng, tăng «3,8% so với năm 2021. Năm",
        "tăng «11 %", "tăng «9,7%", "vượt «1%"])

# --------------------------------------------------------------------------
# 04 National telecom results of 2022 (baoangiang.com.vn; no date shown; "Trong 9 tháng đầu năm
# 2022", "hết quý 3 năm 2022" → 2022; the photo caption "Lĩnh vực viễn thông ... Ảnh: Trọng Đạt"
# cut; the excerpt ends in "Hi"). Results (=): "19,79 triệu gia đình có cáp quang Internet"
# (count, no id) "trên tổng số 27,32 triệu hộ" (the denominator: no record, a judgement), the
# share "72,4%" (infra.fibre_household_coverage_share), "127,2 triệu thuê bao điện thoại di động"
# (infra.mobile_subscriptions_count), the telecom revenue of nine months "107.900 tỷ đồng" (other,
# đồng), the villages without signal "2.418 thôn lõm sóng" "trước thời điểm ngày 1/1/2021" (count,
# year 2021: the date named; a judgement), the villages covered since "2.152 thôn" (2022; its
# "trong tổng số 2.418 thôn" the denominator repeated, no record), of them "1.380 thôn được phủ
# sóng năm 2021" (year 2021) and "772 thôn được phủ sóng năm 2022" (a breakdown by year: each
# its own record, scope null). NOT: "tăng 3,4%", "tăng trưởng 10,9%" (changes). Not quantities:
# "10 tháng đầu năm", "3 quý đầu năm", "9 tháng", "1/1/2021", "gần 2 năm", "quý 3". Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_canuoc-cap-quang-lom-song-2022", kind="result", year=2022, records=[
    R("đã có «19,79 triệu", "gia đình có cáp quang Internet", "=", 19790000, **CNT),
    R("đạt mức «72,4%", "tỷ lệ hộ gia đình sở hữu cáp quang Internet", "=", 72.4,
      iid="infra.fibre_household_coverage_share"),
    R("tổng cộng «127,2 triệu", "thuê bao điện thoại di động", "=", 127200000, **CNT,
      iid="infra.mobile_subscriptions_count"),
    R("viễn thông đạt «107.900", "doanh thu toàn ngành viễn thông trong 9 tháng đầu năm 2022", "=", 107900e9, **DONG),
    R("tổng cộng «2.418 thôn", "thôn lõm sóng", "=", 2418, **CNT, year=2021),
    R("thêm «2.152 thôn", "thôn lõm sóng được các doanh nghiệp viễn thông phủ sóng thêm", "=", 2152, **CNT),
    R("gồm «1.380 thôn", "thôn được phủ sóng năm 2021", "=", 1380, **CNT, year=2021),
    R("và «772 thôn", "thôn được phủ sóng năm 2022", "=", 772, **CNT),
], NOT=["tăng «3,4%", "tăng trưởng «10,9%"])

# --------------------------------------------------------------------------
# 05 National broadband speeds and subscriptions of 2022 (ictvietnam.vn; no date shown; "cuối năm
# 2022", "9 tháng đầu năm 2022" → 2022; nothing cut; the excerpt ends in "s"). Results (=):
# fixed broadband speed "80,3 Mbps" (other, infra.fixed_broadband_speed), its world place "xếp
# thứ 44" and the mobile one's "xếp thứ 45" (rank =; no id), fixed broadband subscriptions
# "20,73 triệu" (infra.internet_subscriptions_count) and "21,04 thuê bao/100 dân"
# (infra.fixed_broadband_subscriptions_per_100), the year-end estimate "ước đến cuối năm 2022 đạt
# 21,7 triệu thuê bao; tương đương 22 thuê bao/100 dân" (an estimate of the year's result: result
# =, a judgement), mobile broadband "81,8 triệu" (count) and "(83 thuê bao/100 dân)"
# (infra.mobile_broadband_subscriptions_per_100), smartphone subscriptions "93,7 triệu" (count).
# The world's averages "69,14 Mbps" and "30,79 Mbps" (the level Việt Nam is compared with, not a
# value of its own; the second sentence is worded like the first: a judgement) have no record.
# NOT: the changes "tăng 11,5%", "tăng 11,1%", "tăng 20,6%", "tăng 2,2%"; the growth rates "0,5 -
# 1%/tháng", "0,9%", "(0,6%/tháng)", "khoảng 2%/tháng", "(0,3 - 0,6%/tháng)". Not quantities:
# "2G" (a name), "COVID-19". Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_canuoc-toc-do-bang-rong-2022", kind="result", year=2022, records=[
    R("BRCĐ đạt «80,3 Mbps", "tốc độ truy nhập Internet, tốc độ BRCĐ", "=", 80.3, **MBPS,
      iid="infra.fixed_broadband_speed"),
    R("(xếp thứ «44", "tốc độ truy nhập Internet BRCĐ của Việt Nam xếp thứ so với thế giới", "=", 44, **RANK),
    R("ổn định, xếp thứ «45", "Tốc độ truy nhập Internet BRDĐ xếp thứ so với thế giới", "=", 45, **RANK),
    R("ước đạt «20,73 triệu", "thuê bao BRCĐ", "=", 20730000, **CNT, iid="infra.internet_subscriptions_count"),
    R("(đạt «21,04 thuê bao", "thuê bao BRCĐ/100 dân", "=", 21.04, **TB100,
      iid="infra.fixed_broadband_subscriptions_per_100"),
    R("năm 2022 đạt «21,7 triệu", "thuê bao BRCĐ ước đến cuối năm 2022", "=", 21700000, **CNT,
      iid="infra.internet_subscriptions_count"),
    R("tương đương «22 thuê bao", "thuê bao BRCĐ/100 dân ước đến cuối năm 2022", "=", 22, **TB100,
      iid="infra.fixed_broadband_subscriptions_per_100"),
    R("BRDĐ đạt «81,8 triệu", "Thuê bao BRDĐ", "=", 81800000, **CNT),
    R("(«83 thuê bao", "thuê bao BRDĐ/100 dân", "=", 83, **TB100,
      iid="infra.mobile_broadband_subscriptions_per_100"),
    R("(SMP) đạt «93,7 triệu", "Thuê bao điện thoại di động sử dụng smartphone", "=", 93700000, **CNT),
], NOT=["tăng «11,5%", "tăng «11,1%", "tăng «20,6%", "tăng «2,2%", "ổn định «0,5 - 1%", "ổn định 0,5 - «1%/tháng",
        "trung bình «0,9%", "mới («0,6%", "khoảng «2%", "tháng («0,3 - 0,6%", "tháng (0,3 - «0,6%"])

# --------------------------------------------------------------------------
# 06 Việt Nam in the United Nations' e-government survey of 2020 and the e-government figures of
# 2020 (cand.com.vn; no date shown; "tháng 12/2020" → 2020; the author line "H.Thanh" cut).
# Results (=): the e-participation index's places "86/193 toàn cầu", "23/47 châu Á", "6/11 Đông
# Nam Á" (three ranks, the region in the wording; no id: rank.un_egdi is the EGDI, not the
# e-participation index); "100% bộ, ngành địa phương đã kết nối, liên thông gửi, nhận văn bản
# điện tử với trục liên thông văn bản quốc gia"; the share of documents exchanged electronically
# "90,81%" (egov.electronic_documents_share); "100% các bộ, ngành địa phương xây dựng nền tảng
# tích hợp, chia sẻ dữ liệu cấp bộ, tỉnh"; the share of level-4 online public services "từ
# 10,76% năm 2019 lên 30,1% vào tháng 12/2020" (two results, of 2019 and of 2020; the "tăng
# khoảng 3 lần" change no record; egov.full_online_services_share, as in earlier sets for "mức độ
# 4"). Not quantities: "tăng 2 bậc" (a change), "mức độ 4" (a name). Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_canuoc-chinh-phu-dien-tu-lhq-2020", kind="result", year=2020, records=[
    R("xếp hạng «86/193", "chỉ số tham gia điện tử Việt Nam xếp hạng toàn cầu", "=", 86, **RANK),
    R("toàn cầu,«23/47", "chỉ số tham gia điện tử Việt Nam xếp hạng châu Á", "=", 23, **RANK),
    R("và «6/11", "chỉ số tham gia điện tử Việt Nam xếp hạng Đông Nam Á", "=", 6, **RANK),
    R("Hiện «100% bộ", "bộ, ngành địa phương đã kết nối, liên thông gửi, nhận văn bản điện tử với trục liên thông "
      "văn bản quốc gia", "=", 100),
    R("đạt «90,81%", "tỷ lệ trao đổi văn bản dưới dạng điện tử trên toàn quốc", "=", 90.81,
      iid="egov.electronic_documents_share"),
    R("; «100% các bộ", "các bộ, ngành địa phương xây dựng nền tảng tích hợp, chia sẻ dữ liệu cấp bộ, tỉnh", "=", 100),
    R("từ «10,76% năm 2019", "Tỷ lệ dịch vụ công trực tuyến mức độ 4", "=", 10.76, year=2019,
      iid="egov.full_online_services_share"),
    R("lên «30,1%", "Tỷ lệ dịch vụ công trực tuyến mức độ 4", "=", 30.1, iid="egov.full_online_services_share"),
])

# --------------------------------------------------------------------------
# 07 The national digital transformation programme's tasks, printed on Hồ Tùng Mậu commune's site
# (Ân Thi, Hưng Yên; no date shown). A precision text with no quantity: "08/80 nhiệm vụ, giải
# pháp hoàn thành; 72/80 nhiệm vụ, giải pháp đang thực hiện" are counts of tasks and solutions
# (spec: not quantities); the years "2030", "2022", "2025" are dates. No record.
# --------------------------------------------------------------------------
D07 = dict(name="07_hungyen-nhiem-vu-cds-quoc-gia-precision", kind="result", year=2022, records=[])

# --------------------------------------------------------------------------
# 08 Trà Vinh, Decision 177/QĐ-UBND of 07/02/2024 issuing the plan for digital infrastructure to
# 2025 (thuvienphapluat.vn). A precision text with a table: the document's head table (cells one
# per line, a lone "|" line after each cell) and the legal bases; its numbers are document
# numbers, dates, article numbers ("Điều 1.", "Điều 2.", "Điều 3.") and years. No record.
# --------------------------------------------------------------------------
D08 = dict(name="08_travinh-qd177-ha-tang-so-2024-table-precision", kind="target", year=2025, records=[])

# --------------------------------------------------------------------------
# 09 Lâm Đồng, Plan 8124/KH-UBND of 18/09/2023 for digital infrastructure 2023-2025
# (thuvienphapluat.vn). A precision text with a table: the head table ("|" cells) and the legal
# bases, then "I. MỤC ĐÍCH, YÊU CẦU" before any target (the excerpt ends in "nhu cầu"). Numbers:
# document numbers, dates, periods "2023 - 2025", list markers "1.", "a)". No record.
# --------------------------------------------------------------------------
D09 = dict(name="09_lamdong-kh8124-ha-tang-so-2023-table-precision", kind="target", year=2025, records=[])

# --------------------------------------------------------------------------
# 10 Nghệ An, Decision 1082/QĐ-UBND of 19/04/2023 on the index for assessing digital
# transformation of its departments, districts and communes (hethongphapluat.vn). A precision
# text with tables: a numbered list of related documents ("- 1Luật ...", "- 5Quyết định ...")
# and the head table in "a | b |" rows; numbers are list numbers, document numbers, dates and
# years. No record.
# --------------------------------------------------------------------------
D10 = dict(name="10_nghean-qd1082-bo-chi-so-2023-table-precision", kind="result", year=2023, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
