#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set156).

Copied from set155's builder (itself from set153's, set151's, set149's, set147's, set69's, set47's,
... and the seeds'). Each record is written by hand below; its anchor is never typed in. A record names a
locator: a piece of the text with « just before the number. The locator (without «) must occur
exactly once in the text; the anchor is where « stands. `start`/`end` (the clause that states the
quantity) are computed as in the seeds' builder (`start_at` moves the start back to a given
string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract, and here also changes against an
earlier value or a deadline); check_gold.py verifies that every percentage has a record or a NOT
entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (291
entries; see README). As in set10-set155, the id is given in the record itself (`iid=`).

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


VAL = dict(unit="other", unit_text=None)
DIEM = dict(unit="other", unit_text="điểm")
DONG = dict(unit="other", unit_text="đồng")
FUND = "inst.dx_funding_amount"

# --------------------------------------------------------------------------
# 01 Hải Phòng, the city's digital transformation in 2024 (baohaiquanvietnam.vn,
# the customs' paper; nothing cut: the line "HQVN -" is the paper's lead tag,
# kept as returned; no date shown; the excerpt ends in "do 7/20 sở, ngành c").
# Results of 2024: the text reports "năm 2024" from "những ngày cuối năm 2024"
# and names no other year but the change's "cuối năm 2023". Pillar null: the
# subheading "400 tỉ đồng và 81 nhiệm vụ chuyển đổi số" names no pillar.
# Money: "Dành 400 tỉ đồng để thực hiện các nhiệm vụ chuyển đổi số" (the lead),
# the subheading's "400 tỉ đồng" and "với kinh phí 400 tỉ đồng": three records
# of the same sum (a value restated in a heading is a record of its own, as
# set151's-set155's titles), unit other "đồng", 400e9, op "=" (the sum set
# aside for the year's tasks, reported at the year's end: a value reached, as
# set125's "Tổng kinh phí thực hiện 13,34 tỷ đồng"; a judgement),
# inst.dx_funding_amount. "81 nhiệm vụ" (twice): counts of tasks, no records
# (spec). "phủ sóng 4G đạt 100% các khu dân cư" (=;
# infra.mobile_broadband_population_coverage_share, whose wordings include
# "phủ sóng mạng di động 4G/5G đến dân cư"). "nâng tốc độ tải khoảng 16% so
# với cuối năm 2023": a change against an earlier value (spec; NOT entry).
# The data warehouse: "1.941 trường thông tin" and "hơn 437.000 bản ghi dữ liệu"
# (>), counts, no id; the open-data portal: "50/98 bộ dữ liệu mở"
# (data.open_datasets_count; the denominator 98 no record of its own, as
# set155's "4.427/6.283") and "do 7/20 sở, ngành" (the departments that supply
# them, a count; no id: data.open_data_agencies_share is a share). Not
# quantities: "Hải Phòng 2024" (the forum's name), "năm thứ 2" (an ordinal of
# editions), "4G" (a name).
# --------------------------------------------------------------------------
D01 = dict(name="01_haiphong-chuyen-doi-so-2024", kind="result", year=2024,
           NOT=["khoảng «16% so với"], records=[
    R("Dành «400 tỉ đồng", "Hải Phòng dành kinh phí để thực hiện các nhiệm vụ chuyển đổi số", "=", 400e9, **DONG,
      iid=FUND),
    R("«400 tỉ đồng và 81", "kinh phí nhiệm vụ chuyển đổi số", "=", 400e9, **DONG, iid=FUND),
    R("kinh phí «400 tỉ đồng.", "kinh phí thực hiện nhiệm vụ cụ thể trong lĩnh vực chuyển đổi số", "=", 400e9, **DONG,
      iid=FUND),
    R("phủ sóng 4G đạt «100% các khu dân cư", "khu dân cư được phủ sóng 4G", "=", 100,
      iid="infra.mobile_broadband_population_coverage_share"),
    R("cập nhật «1.941 trường", "kho dữ liệu chung đã cập nhật trường thông tin", "=", 1941, **CNT),
    R("hơn «437.000 bản ghi", "kho dữ liệu chung đã cập nhật bản ghi dữ liệu", ">", 437000, **CNT),
    R("công bố «50/98 bộ", "cổng dữ liệu mở đã công bố bộ dữ liệu mở", "=", 50, **CNT, iid="data.open_datasets_count"),
    R("do «7/20 sở", "bộ dữ liệu mở do sở, ngành", "=", 7, **CNT),
])

# --------------------------------------------------------------------------
# 02 Hải Dương, its place in the DTI 2020 (tab.baohaiduong.vn, the provincial
# paper; the byline date line "THỨ BA, 19/10/2021 19:18:10" became `date
# 2021-10-19` and was cut with the blank line after it; cut: the photo caption
# "Hải Dương xếp thứ 14/63 địa phương trên cả nước về chỉ số chuyển đổi số cấp
# tỉnh năm 2020" (no full stop, under the image) and the author's line "HÀ
# KIÊN" at the end). Results of 2020, the index's year (set155's PII 2024 on a
# 2025 page): the title "Hải Dương xếp thứ 14 về chỉ số chuyển đổi số năm 2020"
# (rank, =; a record of its own), "đạt giá trị 0,3504" (unit other, unit_text
# null: no unit written, spec's "giá trị trung bình ở mức 0,6383"), "xếp thứ 14
# trong cả nước" (rank, =), and "thứ hạng ... lần lượt là 22, 9, 13" (three
# ranks, each with its own pillar as subject, spec). Pillar null (no heading).
# Not quantities: "5 tỉnh, thành phố dẫn đầu" (the size of a named list of
# other provinces, no value of Hải Dương), "3 trụ cột", "7 chỉ số chính" (the
# index's parts, spec), "19.10", "năm 2020" in the first paragraph (dates),
# "2025", "2030" (the programme's name).
# --------------------------------------------------------------------------
D02 = dict(name="02_haiduong-dti-2020-xep-thu-14", kind="result", year=2020, records=[
    R("xếp thứ «14 về chỉ số", "Hải Dương xếp về chỉ số chuyển đổi số", "=", 14, **RANK, iid="dti.provincial_rank"),
    R("đạt giá trị «0,3504", "Kết quả DTI cấp tỉnh, Hải Dương đạt giá trị", "=", 0.3504, **VAL,
      iid="dti.provincial_score"),
    R("xếp thứ «14 trong cả nước", "Kết quả DTI cấp tỉnh, Hải Dương xếp trong cả nước", "=", 14, **RANK,
      iid="dti.provincial_rank"),
    R("lần lượt là «22, 9, 13", "thứ hạng chính quyền số của tỉnh so với cả nước", "=", 22, **RANK,
      iid="dti.digital_government_rank"),
    R("lần lượt là 22, «9, 13", "thứ hạng kinh tế số của tỉnh so với cả nước", "=", 9, **RANK,
      iid="dti.digital_economy_rank"),
    R("lần lượt là 22, 9, «13", "thứ hạng xã hội số của tỉnh so với cả nước", "=", 13, **RANK,
      iid="dti.digital_society_rank"),
])

# --------------------------------------------------------------------------
# 03 Thái Bình, enterprises on digital platforms, e-tax and e-contracts
# (baokiemtoan.vn, the State Audit's paper, its print view; the byline line
# "Địa phương - Ngày đăng : 17:02, 20/11/2024" became `date 2024-11-20` and was
# cut; the excerpt ends in "cao đẳng b"). Results of 2024 ("Hiện nay", the
# byline's year). Pillar null: the subheading "Đưa chuyển đổi số vào đời sống
# kinh tế - xã hội" names no pillar ("kinh tế - xã hội" is not kinh tế số).
# "7.249 doanh nghiệp đã tiếp cận và sử dụng các nền tảng ứng dụng công nghệ
# số" (count; no id: econ.sme_digital_platforms_count counts SMEs only);
# "nộp thuế điện tử là 7.097/7.249, đạt 97.90%": the count 7.097 (the
# denominator no record) and the share, written with a decimal point (97.9;
# econ.e_tax_enterprises_share); "sử dụng hợp đồng điện tử 7.249/7.249, đạt
# 100%": the count and the share (econ.e_contract_enterprises_share). Not
# quantities: "hàng trăm nghìn lượt" (no digits).
# --------------------------------------------------------------------------
D03 = dict(name="03_thaibinh-doanh-nghiep-nen-tang-so-2024", kind="result", year=2024, records=[
    R("có «7.249 doanh nghiệp", "doanh nghiệp đã tiếp cận và sử dụng các nền tảng ứng dụng công nghệ số", "=", 7249,
      **CNT),
    R("điện tử là «7.097/7.249", "doanh nghiệp trên địa bàn tỉnh nộp thuế điện tử", "=", 7097, **CNT),
    R("đạt «97.90%", "doanh nghiệp trên địa bàn tỉnh nộp thuế điện tử", "=", 97.9,
      iid="econ.e_tax_enterprises_share"),
    R("điện tử «7.249/7.249", "doanh nghiệp sử dụng hợp đồng điện tử", "=", 7249, **CNT),
    R("đạt «100%.", "doanh nghiệp sử dụng hợp đồng điện tử", "=", 100,
      iid="econ.e_contract_enterprises_share"),
])

# --------------------------------------------------------------------------
# 04 Thái Bình city, QR codes on street signs (baothaibinh.com.vn, the
# provincial paper, the address as stored with four w; cut: the site's clock
# line "Thứ 4, 20/11/2024, 08:18[GMT+7]" (the visit, not the page) with the
# blank line after it, the byline date line "Thứ 6, 17/11/2023 | 15:46:46"
# (became `date 2023-11-17`), the view count "3,715 lượt xem", and the photo
# caption "Việc quét mã QR giúp người dân ... thành phố Thái Bình." with the
# blank line after it; the excerpt ends in "Từ thực t"). A city page with no
# record: "Thành phố Thái Bình hiện có khoảng 700 tuyến đường, tuyến phố" is the
# city's make-up (the streets there are, not the streets given QR codes; set155's
# and set153's make-ups), "Sau 2 năm" a duration, "19/11/2021", "2025", "2030"
# dates and the resolution's horizon, "02-NQ/TU" a document number.
# --------------------------------------------------------------------------
D04 = dict(name="04_thaibinh-thanh-pho-ma-qr-2023", kind="result", year=2023, records=[])

# --------------------------------------------------------------------------
# 05 Hưng Yên, the smart village Lương Xá, commune Hiệp Cường, district Kim
# Động (nongnghiep.vn; nothing cut; no date shown; the excerpt ends in "của vị
# trư"). One record: "Tỷ lệ người dân có điện thoại thông minh và sử dụng thành
# thạo đạt hơn 90%" (result, >; society.adult_smartphone_share, whose wordings
# include "tỷ lệ dân số có điện thoại thông minh"; the "sử dụng thành thạo" is
# part of the subject), year null: the page shows no date, and "năm 2022" dates
# the village's recognition as a model new-style rural village, a past event,
# not the present share (a judgement, as set155's 07). No place: the village is
# the page's own subject. Not quantities: "900 hộ dân và hơn 3.200 nhân khẩu"
# (the village's make-up), "24/24" (hours of operation, a time), "năm 2022".
# --------------------------------------------------------------------------
D05 = dict(name="05_hungyen-kimdong-thon-luong-xa", kind="result", year=None, records=[
    R("đạt hơn «90%", "Tỷ lệ người dân có điện thoại thông minh và sử dụng thành thạo", ">", 90,
      iid="society.adult_smartphone_share"),
])

# --------------------------------------------------------------------------
# 06 Vũng Tàu city (Bà Rịa - Vũng Tàu), results of its digital government
# (vungtau.baria-vungtau.gov.vn, the city's portal; the first line opens with
# the widget words "angle-left null" on the title's line, kept as returned (the
# line is not furniture alone); cut: the photo caption "Việc thực hiện chuyển
# đổi số tại Vũng Tàu có nhiều thay đổi tích cực, hiệu quả" with the blank line
# after it; no date shown; the excerpt ends in "; năm "). Results. The lead-in
# "Phát triển Chính quyền số:" names a pillar: its paragraph takes
# digital_government (spec). "100% văn bản được ký số và được gửi nhận qua phần
# mềm quản lý văn bản điện tử" (egov.electronic_documents_share) and "97.63 %
# Hồ sơ TTHC được tiếp nhận và xử lý qua hệ thống một cửa, một của liên thông
# điện tử ..." (a decimal point, 97.63; no id: applications handled through the
# electronic one-stop system, not applications filed online): year null (the
# page shows no date; the years in the next sentence date its own brackets,
# set155's 07). "Tỷ lệ giải quyết hồ sơ đúng hạn ... (Năm 2021 đạt 99.99%; năm
# 2022 đạt 99.35% năm 2023 đạt 99.83%; ...)": three results, each with the year
# the bracket names (egov.on_time_applications_share). Not quantities: "17
# phường, xã" (the city's make-up), "VNeID cấp 2" (an account's level, a name),
# "ngày thứ Sáu" (a weekday).
# --------------------------------------------------------------------------
D06 = dict(name="06_vungtau-thanh-pho-chinh-quyen-so", kind="result", year=None, records=[
    R("số: «100% văn bản", "văn bản được ký số và được gửi nhận qua phần mềm quản lý văn bản điện tử", "=", 100,
      pillar=GOV, iid="egov.electronic_documents_share"),
    R("; «97.63 % Hồ sơ",
      "Hồ sơ TTHC được tiếp nhận và xử lý qua hệ thống một cửa, một cửa liên thông điện tử của UBND thành phố và phường, xã",
      "=", 97.63, pillar=GOV),
    R("2021 đạt «99.99%", "Tỷ lệ giải quyết hồ sơ đúng hạn", "=", 99.99, pillar=GOV, year=2021,
      iid="egov.on_time_applications_share"),
    R("2022 đạt «99.35%", "Tỷ lệ giải quyết hồ sơ đúng hạn", "=", 99.35, pillar=GOV, year=2022,
      iid="egov.on_time_applications_share"),
    R("2023 đạt «99.83%", "Tỷ lệ giải quyết hồ sơ đúng hạn", "=", 99.83, pillar=GOV, year=2023,
      iid="egov.on_time_applications_share"),
])

# --------------------------------------------------------------------------
# 07 Bình Phước, results of its transformation (tothethao.com, a copy of a
# provincial report; cut: the image name "image002_05243410012025.jpg"; the
# two sentences after it ("Đến nay, tỉnh Bình Phước đã hỗ trợ 5 mô hình ... Có
# khoảng 28 hợp tác xã ...") read as body text and were kept; no date shown; the
# excerpt ends in "IoT (internet vạn vật),"). Results, pillar null (the
# subheading "Nhiều kết quả nổi bật" names no pillar). Year null except where
# the sentence names one: "Song song đó, năm 2024, mạng truyền số liệu chuyên
# dùng được phủ sóng tới 310 cơ quan, đơn vị; chữ ký số cấp cho 3.820 tổ chức,
# cá nhân" (both clauses of 2024; no ids: the catalogue has a share of agencies
# on the network and counts of personal signatures or official certificates,
# not this mix). "11 trung tâm IOC cấp huyện" (city.ioc_centres_count, whose
# wordings include "trung tâm IOC cấp huyện được xây dựng"); "1.044 dịch vụ công
# trực tuyến toàn trình, 310 dịch vụ công trực tuyến một phần" (a breakdown by
# kind, scope null, spec; egov.full_online_services_count,
# egov.partial_online_services_count); "hỗ trợ 5 mô hình thí điểm CĐS toàn diện
# cho các doanh nghiệp, hợp tác xã" (pilot models supported, a count; no id:
# econ.sme_cooperatives_supported_count counts the firms, not the models);
# "khoảng 28 hợp tác xã đã ứng dụng CĐS" (~; no id: the catalogue has a share).
# Not quantities: "3G/4G", "5G" (names), "Từ năm 2020" (a start).
# --------------------------------------------------------------------------
D07 = dict(name="07_binhphuoc-ioc-dich-vu-cong-2024", kind="result", year=None, records=[
    R("nay, «11 trung tâm IOC", "trung tâm IOC cấp huyện đã thành lập, đi vào hoạt động", "=", 11, **CNT,
      iid="city.ioc_centres_count"),
    R("cung cấp «1.044 dịch vụ", "tỉnh đã cung cấp dịch vụ công trực tuyến toàn trình", "=", 1044, **CNT,
      iid="egov.full_online_services_count"),
    R("toàn trình, «310 dịch vụ", "tỉnh đã cung cấp dịch vụ công trực tuyến một phần", "=", 310, **CNT,
      iid="egov.partial_online_services_count"),
    R("phủ sóng tới «310 cơ quan", "mạng truyền số liệu chuyên dùng được phủ sóng tới cơ quan, đơn vị", "=", 310,
      **CNT, year=2024),
    R("cấp cho «3.820 tổ chức", "chữ ký số cấp cho tổ chức, cá nhân", "=", 3820, **CNT, year=2024),
    R("hỗ trợ «5 mô hình", "tỉnh Bình Phước đã hỗ trợ mô hình thí điểm CĐS toàn diện cho các doanh nghiệp, hợp tác xã",
      "=", 5, **CNT),
    R("khoảng «28 hợp tác xã", "hợp tác xã đã ứng dụng CĐS vào hoạt động sản xuất, kinh doanh", "~", 28, **CNT),
])

# --------------------------------------------------------------------------
# 08 Bình Dương, communication on digital transformation (congnghiepcongnghecao
# .com.vn; cut: the photo caption "Bình Dương đẩy mạnh chuyển đổi số trên nhiều
# lĩnh vực (Ảnh: vietnamnet.vn)"; no date shown; the excerpt ends in "các tiện
# ích, dịch vụ"). One record: "Hiện tại, trên địa bàn tỉnh Bình Dương có 199 tổ
# chức sử dụng tài khoản OA Zalo để thông tin tuyên truyền cho người dân"
# (count, =; no id), year 2022: the page reports the province's work of "Năm
# 2022" and names no later year of its own (2025, 2030 are the programme's
# horizon; set155's 02 and 03, a page naming one year). Pillar null. Not
# quantities: "749/QĐ-TTG", "03/6/2020", "5212/KH-UBND", "06/10/2022", "năm
# 2022", "10/10" (documents and dates).
# --------------------------------------------------------------------------
D08 = dict(name="08_binhduong-zalo-oa-2022", kind="result", year=2022, records=[
    R("có «199 tổ chức", "tổ chức sử dụng tài khoản OA Zalo để thông tin tuyên truyền cho người dân", "=", 199, **CNT),
])

# --------------------------------------------------------------------------
# 09 Quảng Ninh, its DTI 2022 (vtc.vn; the excerpt opens with a crawler's stamp
# " date 2023-12" on the same line as the lead tag "(VTC News) -", kept as
# returned (as set146-set155 did); nothing cut; the excerpt ends in "đã tích
# hợp, kết"). Results of 2022, the index's year: "đứng thứ 3 trong bảng xếp hạng
# ở khối địa phương" and, restated, "đứng thứ 3 trong bảng xếp hạng chuyển đổi
# số năm 2022" (two rank records, =; dti.provincial_rank); "điểm số DTI đạt
# 0,7024" (unit other, unit_text "điểm": the word is written, as "điểm số";
# dti.provincial_score); the pillars: "Ở trụ cột chính quyền số, Quảng Ninh đạt
# 0,7804" (unit_text null: no unit written) and "xếp hạng 4"; "Ở trụ cột kinh
# tế số, tỉnh đạt 0,7187 điểm" and "xếp hạng 9"; "Ở trụ cột xã hội số, tỉnh đạt
# 0,6864 điểm" and "xếp hạng 2 toàn quốc" (dti.digital_*_score / _rank).
# Pillar null on all: "Ở trụ cột chính quyền số, ..." names the index's pillar
# as the sentence's subject, it heads no section (set12's and set14's DTI pillar
# values, pillar null). Not quantities: every "tăng ... điểm so với năm
# 2021/2020" and "tăng ... bậc" (changes against an earlier value, spec; NOT
# entries where the locator is unique), "tháng 7/2023" (a date), "ở cả 3 cấp"
# (all levels, named by their number). The last paragraph, "Hiện Quảng Ninh có
# 1.034 thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn tỉnh (đạt
# 81%)": a count (egov.online_services_count) and its share
# (egov.level3_4_online_services_share), year 2023 (the stamp's year: "Hiện",
# after the index of 2022 was published in July 2023).
# --------------------------------------------------------------------------
D09 = dict(name="09_quangninh-dti-2022-thu-3", kind="result", year=2022,
           NOT=["tăng «0,2052 điểm", "tăng «4 bậc", "tăng «0,1428 điểm", "tăng «0,2511 điểm", "tăng «0,2209 điểm",
                "tăng «0,4159 điểm", "tăng «5 bậc", "tăng «0,2084 điểm", "tăng «0,2909 điểm"], records=[
    R("đứng thứ «3 trong bảng xếp hạng ở", "Quảng Ninh đứng trong bảng xếp hạng ở khối địa phương", "=", 3, **RANK,
      iid="dti.provincial_rank"),
    R("DTI đạt «0,7024", "điểm số DTI", "=", 0.7024, **DIEM, iid="dti.provincial_score"),
    R("đứng thứ «3 trong bảng xếp hạng chuyển",
      "Quảng Ninh đứng trong bảng xếp hạng chuyển đổi số ở nhóm các tỉnh, thành phố trực thuộc Trung ương", "=", 3,
      **RANK, iid="dti.provincial_rank"),
    R("Quảng Ninh đạt «0,7804", "trụ cột chính quyền số, Quảng Ninh đạt", "=", 0.7804, **VAL,
      iid="dti.digital_government_score"),
    R("xếp hạng «4,", "trụ cột chính quyền số, Quảng Ninh xếp hạng", "=", 4, **RANK, iid="dti.digital_government_rank"),
    R("tỉnh đạt «0,7187 điểm", "trụ cột kinh tế số, tỉnh đạt", "=", 0.7187, **DIEM, iid="dti.digital_economy_score"),
    R("xếp hạng «9,", "trụ cột kinh tế số, tỉnh xếp hạng", "=", 9, **RANK, iid="dti.digital_economy_rank"),
    R("tỉnh đạt «0,6864 điểm", "trụ cột xã hội số, tỉnh đạt", "=", 0.6864, **DIEM, iid="dti.digital_society_score"),
    R("xếp hạng «2 toàn quốc", "trụ cột xã hội số, tỉnh xếp hạng toàn quốc", "=", 2, **RANK,
      iid="dti.digital_society_rank"),
    R("có «1.034 thủ tục", "thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn tỉnh", "=", 1034, **CNT,
      year=2023, iid="egov.online_services_count"),
    R("(đạt «81%)", "thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn tỉnh", "=", 81, year=2023,
      iid="egov.level3_4_online_services_share"),
])

# --------------------------------------------------------------------------
# 10 Hà Nam, the provincial police and data governance, part 3 of a series on
# Resolution 57 (cand.com.vn's amp page, the police's paper; the byline date
# line "09:19 11/06/2025" became `date 2025-06-11` and was cut with the blank
# line after it; cut: the image's alt line "Kỳ 3: Quản trị số – Trụ cột của
# chuyển đổi toàn diện -0" and the photo caption "Công an tỉnh Hà Nam hướng dẫn
# người dân sử dụng VNeID ... dự thảo Hiến pháp." with the blank line after
# them; the excerpt ends in "rà s"). A precision text with no record: "Nghị
# quyết 57" (a name), "Kỳ 3" (the part of a series), "thế kỷ 21" (a century),
# "Đề án 06" (a name).
# --------------------------------------------------------------------------
D10 = dict(name="10_hanam-cong-an-quan-tri-so-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 11 Vĩnh Phúc, the Department of Construction's assigned digital
# transformation targets (vpub.vinhphuc.gov.vn, the provincial People's
# Committee's portal; nothing cut; no date shown in the text (the address
# carries 2025-01-07); the excerpt ends in "các nhiệ"). A precision text with
# no record: "được giao 17 chỉ tiêu, nhiệm vụ về chuyển đổi số" is a count of
# targets and tasks assigned (spec: counts of tasks are no quantities; set155's
# "đạt và vượt 5 chỉ tiêu"), "4 năm qua", "sau 3 năm" (durations), "năm 2024"
# (a year), "Quyết định số 507" (a document number).
# --------------------------------------------------------------------------
D11 = dict(name="11_vinhphuc-so-xay-dung-chi-tieu-precision", kind="result", year=2024, records=[])

# --------------------------------------------------------------------------
# 12 Hải Phòng (after the July 2025 merger with Hải Dương), the public
# administration service centres in their first month (lsvn.vn, the Bar
# Federation's paper; cut: the photo caption "Trung tâm Phục vụ hành chính công
# thành phố Hải Phòng tại phường Hồng Bàng, TP. Hải Phòng." (the blank line
# before it kept as the paragraph break); no date shown; the excerpt ends in
# "Trung tâm Phục vụ hành"). Results of 2025 (the text names "28/7/2025" and
# no other year; set155's 02 and 03). Pillar null: the subheading "Nhiều tích
# cực trong giải quyết thủ tục hành chính" names no pillar. The city centre:
# "đã tiếp nhận và giải quyết gần 1.900 thủ tục hành chính thuộc 13 sở, ban,
# ngành" (~; the "13 sở, ban, ngành" says whose procedures they are, part of
# the subject, no record), "trong tháng đầu tiên vận hành, Trung tâm đã đón
# tiếp 6.858 lượt công dân và tiếp nhận 8.306 hồ sơ" (two counts; the second
# egov.applications_received_count), "462 phản ánh, kiến nghị ...; trong đó,
# 322 phản ánh đã được giải quyết ...; 140 phản ánh đang tiếp tục được xử lý"
# (three counts; no ids: the catalogue's feedback count is of feedback through
# digital systems, which the text does not say). The communes: "niêm yết đầy đủ
# 328 thủ tục hành chính thuộc thẩm quyền" (a count, as set155's "1.595 TTHC
# thực hiện qua dịch vụ bưu chính công ích"). Scope null on all: "Tại cấp
# thành phố, ..." and "Tại cấp xã, ..." stand in different paragraphs, and each
# sentence carries one level (spec: scope is for a split within one sentence);
# the level goes into the indicator. Not quantities: "01/7", "28/7/2025".
# --------------------------------------------------------------------------
D12 = dict(name="12_haiphong-trung-tam-hcc-thang-7-2025", kind="result", year=2025, records=[
    R("giải quyết gần «1.900 thủ tục",
      "Trung tâm Phục vụ hành chính công cấp thành phố tiếp nhận và giải quyết thủ tục hành chính", "~", 1900, **CNT),
    R("đón tiếp «6.858 lượt", "Trung tâm đã đón tiếp lượt công dân trong tháng đầu tiên vận hành", "=", 6858, **CNT),
    R("tiếp nhận «8.306 hồ sơ", "Trung tâm tiếp nhận hồ sơ trong tháng đầu tiên vận hành", "=", 8306, **CNT,
      iid="egov.applications_received_count"),
    R("xử lý «462 phản ánh", "Trung tâm đã tiếp nhận, xử lý phản ánh, kiến nghị liên quan đến quy định hành chính", "=",
      462, **CNT),
    R("đó, «322 phản ánh", "phản ánh đã được giải quyết, công khai kết quả", "=", 322, **CNT),
    R("; «140 phản ánh", "phản ánh đang tiếp tục được xử lý", "=", 140, **CNT),
    R("đầy đủ «328 thủ tục", "cấp xã niêm yết đầy đủ thủ tục hành chính thuộc thẩm quyền", "=", 328, **CNT),
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
