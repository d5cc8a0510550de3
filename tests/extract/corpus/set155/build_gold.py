#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set155).

Copied from set153's builder (itself from set151's, set149's, set147's, set69's, set47's, ... and
the seeds'). Each record is written by hand below; its anchor is never typed in. A record names a
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
entries; see README). As in set10-set153, the id is given in the record itself (`iid=`).

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
HA = dict(unit="other", unit_text="ha")
EMR_N = "society.hospitals_emr_count"
EMR_P = "society.hospitals_emr_share"

# --------------------------------------------------------------------------
# 01 Gia Lai, the Department of Health's electronic medical records and kiosks
# (baogialai.com.vn, the provincial paper; the excerpt opens with a crawler's
# stamp " date 2025-10-01" on the same line as the site's menu words "Video Báo
# Ảnh Báo in Podcast ...", kept as returned (as set153's 04 kept its stamp line);
# cut: the byline "MAI HOÀNG" with the blank line before it, the image name
# "bv-nhi-cds.jpg", the photo caption "Nhân viên y tế Bệnh viện Nhi Gia Lai ...
# Ảnh: HỒNG QUÝ" and the blank line after it; the excerpt ends in "hệ thống điều
# ph"). Results of 2025 (the stamp, and "trong tháng 9-2025"). Pillar null: the
# title names no pillar. The title's "100% cơ sở y tế hoàn thành bệnh án điện tử"
# is a record of its own (set151's and set153's rule for a value restated in a
# title), as is the second "toàn bộ 23 cơ sở khám chữa bệnh tại khu vực này"
# (a restatement of the lead's 23). "tại khu vực phía Tây tỉnh" is part of the
# subject (scope null: no sentence splits values between the west and the east).
# "28 Kiosk y tế thông minh đã được lắp đặt tại 6 bệnh viện đa khoa, chuyên khoa
# và 17 Trung tâm Y tế": three counts, each its own subject (the kiosks, and the
# two kinds of site where they stand, as set153's camera sites), ids null (no
# kiosk indicator). "40 cơ sở ... đã vận hành bệnh án điện tử (đạt tỷ lệ 100%)":
# a count and, in the bracket, its share (spec). Not quantities: "tháng 9-2025",
# "tháng 6-2025", "30-9" (dates).
# --------------------------------------------------------------------------
D01 = dict(name="01_gialai-so-y-te-benh-an-kiosk-2025", kind="result", year=2025, records=[
    R("Gia Lai: «100% cơ sở y tế", "cơ sở y tế hoàn thành bệnh án điện tử", "=", 100, iid=EMR_P),
    R("Toàn bộ «23 cơ sở khám, chữa bệnh công lập",
      "cơ sở khám, chữa bệnh công lập trực thuộc Sở Y tế tại khu vực phía Tây tỉnh đã triển khai xong bệnh án điện tử",
      "=", 23, **CNT, iid=EMR_N),
    R("Theo đó, «28 Kiosk", "Kiosk y tế thông minh đã được lắp đặt", "=", 28, **CNT),
    R("lắp đặt tại «6 bệnh viện", "Kiosk y tế thông minh được lắp đặt tại bệnh viện đa khoa, chuyên khoa", "=", 6,
      **CNT),
    R("chuyên khoa và «17 Trung tâm", "Kiosk y tế thông minh được lắp đặt tại Trung tâm Y tế ở khu vực phía Tây tỉnh",
      "=", 17, **CNT),
    R("toàn bộ «23 cơ sở khám chữa", "cơ sở khám chữa bệnh tại khu vực này đã triển khai xong bệnh án điện tử", "=", 23,
      **CNT, iid=EMR_N),
    R("30-9, «40 cơ sở", "cơ sở khám, chữa bệnh công lập trực thuộc Sở Y tế tỉnh Gia Lai đã vận hành bệnh án điện tử",
      "=", 40, **CNT, iid=EMR_N),
    R("đạt tỷ lệ «100%)", "cơ sở khám, chữa bệnh công lập vận hành bệnh án điện tử, tỷ lệ", "=", 100, iid=EMR_P),
])

# --------------------------------------------------------------------------
# 02 Vĩnh Long (after the July 2025 merger with Bến Tre and Trà Vinh), the
# Department of Health's half-year figures (tapchitaichinh.vn; nothing cut; no
# date shown; the excerpt ends in "không dùng tiền mặt; "). Year 2025: the text
# names 2025 ("trước ngày 30/9/2025", "Trong 6 tháng đầu năm 2025") and no other
# year; the last paragraph's values, whose sentence names no year, take the
# document's 2025. Results; pillar null (no heading; "cải cách hành chính và
# chuyển đổi số" in a sentence is no heading). The network's make-up ("2 chi
# cục, 8 trung tâm y tế tuyến tỉnh, 435 cơ sở y tế, 1 bệnh viện cấp chuyên sâu,
# 46 bệnh viện cấp cơ bản và 388 cấp ban đầu với tổng số hơn 13.131 nhân viên y
# tế ..., chiếm tỷ lệ khoảng 48%") is the size of the province's health system,
# not a value reached for an indicator (set153's school network, set69's and
# set90's make-ups): no records, the 48% a NOT entry. "đạt và vượt 5 chỉ tiêu"
# is a count of targets met (like a count of tasks, set18's "hoàn thành 85 nhiệm
# vụ"): no record. Recorded, though not of the transformation (the spec counts
# every value reached for an indicator; set152's 06 did the same): "hoạt động
# khám chữa bệnh đạt hơn 1,5 triệu lượt" (>), "khám chữa bệnh bảo hiểm y tế
# chiếm 87,3%", "100% trạm y tế xã đạt chuẩn quốc gia"; then "93,3% cơ sở khám
# chữa bệnh công lập triển khai bệnh án điện tử" and "100% thực hiện thanh toán
# không dùng tiền mặt" (its subject carried from the clause before). Not
# quantities: "30/9", "30/9/2025", "18/7" (dates; the deadline is no value).
# --------------------------------------------------------------------------
D02 = dict(name="02_vinhlong-so-y-te-6-thang-2025", kind="result", year=2025, NOT=["khoảng «48%"], records=[
    R("đạt hơn «1,5 triệu lượt", "hoạt động khám chữa bệnh, lượt", ">", 1500000, **CNT),
    R("chiếm «87,3%", "khám chữa bệnh bảo hiểm y tế chiếm", "=", 87.3),
    R("«100% trạm y tế xã", "trạm y tế xã đạt chuẩn quốc gia", "=", 100),
    R("với «93,3% cơ sở", "cơ sở khám chữa bệnh công lập triển khai bệnh án điện tử", "=", 93.3, iid=EMR_P),
    R("; «100% thực hiện", "cơ sở khám chữa bệnh công lập thực hiện thanh toán không dùng tiền mặt", "=", 100,
      iid="society.cashless_hospital_fees_share"),
])

# --------------------------------------------------------------------------
# 03 Lạng Sơn, the provincial post office's public-utility postal service for
# administrative procedures (vietnampost.vn, the post's own site; cut: the image
# name "Hcc Dat Dai 1" and the photo caption "Trong 4 tháng đầu năm 2023, Bưu
# điện tỉnh Lạng Sơn đã tiếp nhận ... 14.898 hồ sơ qua dịch vụ bưu chính công ích"
# (a caption under the image, without a full stop, restating the body's figure),
# each with the blank line after it; no date shown; the excerpt ends in "Đại
# diện lãnh đạo B"). Results of 2023: the text names only 2023 ("Trong 4 tháng
# đầu năm 2023"), so "Hiện tại" takes the document's 2023. Pillar null (no
# heading). "tỉnh Lạng Sơn có 1.595 TTHC thực hiện qua dịch vụ bưu chính công
# ích, trong đó, 221 TTHC cấp huyện, 61 TTHC cấp xã": the total (scope null) and
# a split by level (scopes cấp huyện, cấp xã; spec). "14.898 hồ sơ" and "100% hồ
# sơ kết quả ... được phát đến địa chỉ nhận": results. Ids null: the catalogue
# has no indicator of procedures or applications handled through the post.
# Not quantities: "45/2016/QĐ-TTg", "19/10/2016" (a document's number and date).
# --------------------------------------------------------------------------
D03 = dict(name="03_langson-buu-dien-bcci-2023", kind="result", year=2023, records=[
    R("có «1.595 TTHC", "TTHC thực hiện qua dịch vụ bưu chính công ích", "=", 1595, **CNT),
    R("«221 TTHC cấp huyện", "TTHC thực hiện qua dịch vụ bưu chính công ích", "=", 221, **CNT, scope="cấp huyện"),
    R("«61 TTHC cấp xã", "TTHC thực hiện qua dịch vụ bưu chính công ích", "=", 61, **CNT, scope="cấp xã"),
    R("TTHC «14.898 hồ sơ",
      "Bưu điện tỉnh Lạng Sơn tiếp nhận và chuyển trả kết quả giải quyết TTHC hồ sơ qua dịch vụ bưu chính công ích",
      "=", 14898, **CNT),
    R("công ích, «100% hồ sơ", "hồ sơ kết quả giải quyết TTHC được phát đến địa chỉ nhận", "=", 100),
])

# --------------------------------------------------------------------------
# 04 The Ministry of Education and Training's Đề án 06 figures (sggp.org.vn; the
# excerpt opens with a crawler's stamp " date 2025-03" on the same line as a
# photo caption "Ban chỉ đạo ... của Bộ GD-ĐT họp phiên đầu tiên", kept as
# returned; nothing cut; the excerpt ends in "đã "). Year 2025, the stamp's:
# "Mỗi năm có khoảng 1 triệu thí sinh tham gia" and "Từ năm 2023 đến nay, mỗi
# năm có khoảng 750.000 thí sinh ..." are yearly values holding at present
# (set94's judgement on the same ministry's "mỗi năm có trên 1 triệu thí sinh"
# with "từ năm 2022 đến nay": the document's year); results, op "~" (khoảng).
# "Năm nay, ... việc này giúp tỷ lệ đăng ký trực tuyến có thể sẽ tiệm cận 100%":
# an expected value of this year (a target, as set153's "Dự kiến"; op "~" for
# "tiệm cận", as "gần"), year 2025 ("Năm nay"). Pillar null (no heading). Ids
# null: the catalogue has no indicator of candidates or of online exam
# registration. Not quantities: "(năm 2022)" (a year), "06" (Đề án 06's name).
# --------------------------------------------------------------------------
D04 = dict(name="04_bogddt-de-an-06-thi-sinh-2025", kind="result", year=2025, records=[
    R("khoảng «1 triệu thí sinh",
      "thí sinh tham gia đăng ký thi tốt nghiệp THPT, đăng ký nguyện vọng xét tuyển đại học theo hình thức trực tuyến, mỗi năm",
      "~", 1000000, **CNT),
    R("khoảng «750.000 thí sinh",
      "thí sinh cuối cấp thuộc diện chính sách không phải xin giấy xác nhận cư trú của địa phương, mỗi năm",
      "~", 750000, **CNT),
    R("tiệm cận «100%", "tỷ lệ đăng ký dự thi tốt nghiệp THPT trực tuyến", "~", 100, **T),
])

# --------------------------------------------------------------------------
# 05 The Ministry of Public Security on Đề án 06 (cand.com.vn, the police's
# paper; nothing cut; no date shown and no year named: year null; the excerpt
# ends in "(TTHC)"). Results, pillar null (the line "Người dân được thụ hưởng
# những giá trị lớn lao từ VNeID" is a subheading naming no pillar). Not
# quantities: "690 nhiệm vụ ..., trong đó đã hoàn thành 348 nhiệm vụ, chưa hoàn
# thành 39 nhiệm vụ, thực hiện thường xuyên 119 nhiệm vụ, đang triển khai 184
# nhiệm vụ" (counts of tasks, spec; set18's "hoàn thành 85 nhiệm vụ"). "Cổng
# dịch vụ công quốc gia đã cung cấp 4.427/6.283 dịch vụ công trực tuyến (chiếm
# 70,3% tổng số thủ tục hành chính)": the count 4.427 (the denominator 6.283 is
# no record of its own, as set152's "60/86 thôn") and the bracket's share
# ("so với tổng số" names a denominator, spec); "54/76 dịch vụ công thiết yếu":
# the count 54 (no id: the catalogue has no essential-services count).
# --------------------------------------------------------------------------
D05 = dict(name="05_bocongan-de-an-06-dich-vu-cong", kind="result", year=None, records=[
    R("cung cấp «4.427/6.283", "Cổng dịch vụ công quốc gia đã cung cấp dịch vụ công trực tuyến", "=", 4427, **CNT,
      iid="egov.national_portal_integrated_services_count"),
    R("chiếm «70,3%", "dịch vụ công trực tuyến chiếm tổng số thủ tục hành chính", "=", 70.3,
      iid="egov.level3_4_online_services_share"),
    R("cung cấp «54/76", "Cổng dịch vụ công quốc gia cung cấp dịch vụ công thiết yếu", "=", 54, **CNT),
])

# --------------------------------------------------------------------------
# 06 Hà Tĩnh, the provincial police's chip-based ID cards (baohatinh.vn, the
# provincial paper; cut: the photo caption "Công an xã Hương Liên (Hương Khê)
# vào bản cài đặt tài khoản định danh điện tử ..." with the blank line after it,
# and the author's line "Thuỳ Dương" at the end with the blank line before it;
# no date shown). Results of 2023 ("đến ngày 10/5/2023"; the text names no other
# year). Pillar null. "địa phương thứ 2 cả nước hoàn thành thu nhận hồ sơ cấp
# căn cước công dân" and "địa phương thứ 2 trong cả nước (sau tỉnh Hà Nam) hoàn
# thành chỉ tiêu": the place in the order of completion, a rank, op "=" (spec:
# "ở vị trí thứ 12"), twice (each statement a record). "1.130.342/1.130.342
# (100% công dân đủ điều kiện ...)": the count and the bracket's share. Not
# quantities: "vượt tiến độ 10 ngày so với cam kết ...", "vượt tiến độ 80 ngày
# so với mốc thời gian bộ giao" (a result's margin against a deadline, as
# "vượt chỉ tiêu 6%", spec; NOT entries); "tổ chức cho 13 đơn vị công an cấp
# huyện ký cam kết" (the units taking part in a signing of commitments, like
# the participants of an event, spec; a judgement); "hạng Ba" (an order's
# class), "06/CP" (Đề án 06's name), "10/5/2023".
# --------------------------------------------------------------------------
D06 = dict(name="06_hatinh-cong-an-cccd-2023", kind="result", year=2023,
           NOT=["tiến độ «10 ngày", "tiến độ «80 ngày"], records=[
    R("địa phương thứ «2 cả nước", "địa phương cả nước hoàn thành thu nhận hồ sơ cấp căn cước công dân", "=", 2, **RANK),
    R("cho «1.130.342/1.130.342", "Công an tỉnh Hà Tĩnh đã hoàn thành việc thu nhận hồ sơ cấp CCCD gắn chip", "=", 1130342,
      **CNT, iid="society.chip_id_cards_count"),
    R("(«100% công dân", "công dân đủ điều kiện trên địa bàn toàn tỉnh được thu nhận hồ sơ cấp CCCD gắn chip", "=", 100,
      iid="society.chip_id_cards_share"),
    R("địa phương thứ «2 trong cả nước", "địa phương trong cả nước hoàn thành chỉ tiêu", "=", 2, **RANK),
])

# --------------------------------------------------------------------------
# 07 Đắk Lắk, the Department of Agriculture's durian figures and growing-area
# codes, and the programme to map durian trees (vietnamnet.vn; nothing cut; no
# date shown; the excerpt ends in "trên địa bàn tỉn"). Results, pillar null (no
# heading). Year: 2023 where the sentence names it ("Năm 2023, ... diện tích
# 32.785ha, sản lượng đạt 281.350 tấn", "Năm 2023 giá thu mua ..."); null
# elsewhere: the page shows no date, and "Năm 2023" dates the sentences that
# name it, not the page (a judgement, as set149's and set153's undated pages).
# Recorded as values reached for an indicator, though of the crop and its
# market, not of the transformation (the spec counts every such value; a
# judgement): the area (unit other "ha") and the output ("tấn"); "đứng thứ 2 cả
# nước" (rank, =); the farm-gate price "từ 60.000-90.000 đồng/kg" (between,
# "đồng/kg"); "mỗi 1ha thu về 1-1,2 tỉ đồng" (between 1e9 and 1.2e9, unit other
# "đồng": the magnitude word after the high end multiplies both ends; "1ha" is
# the unit of the rate, no quantity); "lãi 700 triệu đồng/ha" ("đồng/ha").
# Growing-area and packing codes: "68 mã vùng trồng ... khoảng 2.521ha", "huyện
# Krông Pắc có 37 vùng trồng ... khoảng 1.857ha" (place "Krông Pắc", a district
# named in the sentence), "23 cơ sở" given packing codes. Target: "mục tiêu số
# hóa 10.000 cây sầu riêng" (>=, year null: nothing says for when). Ids null
# (econ.traceable_products_share is a share of products; no count of codes).
# Not quantities: "cao gấp 1,5 lần" (so với năm 2022: a change, spec; NOT
# entry), "Ri6" (a variety's name), "năm 2022".
# --------------------------------------------------------------------------
D07 = dict(name="07_daklak-nong-nghiep-ma-vung-trong", kind="result", year=None, NOT=["gấp «1,5 lần"], records=[
    R("diện tích «32.785ha", "quy mô trồng sầu riêng, diện tích", "=", 32785, **HA, year=2023),
    R("sản lượng đạt «281.350 tấn", "sản lượng sầu riêng", "=", 281350, unit="other", unit_text="tấn", year=2023),
    R("đứng thứ «2 cả nước", "Đắk Lắk có sản lượng sầu riêng đứng cả nước", "=", 2, **RANK),
    R("từ «60.000-90.000", "giá thu mua sầu riêng tại vườn", "between", 60000, value_max=90000, unit="other",
      unit_text="đồng/kg", year=2023),
    R("thu về «1-1,2 tỉ", "mỗi ha sầu riêng thu về", "between", 1e9, value_max=1.2e9, unit="other", unit_text="đồng"),
    R("lãi «700 triệu", "nông dân trồng sầu riêng lãi", "=", 700e6, unit="other", unit_text="đồng/ha"),
    R("cấp «68 mã vùng trồng", "mã vùng trồng sầu riêng Tổng cục Hải quan Trung Quốc đã cấp", "=", 68, **CNT),
    R("khoảng «2.521ha", "tổng diện tích vùng trồng sầu riêng được cấp mã", "~", 2521, **HA),
    R("có «37 vùng trồng", "vùng trồng được cấp mã", "=", 37, **CNT, place="Krông Pắc"),
    R("khoảng «1.857ha", "tổng diện tích vùng trồng được cấp mã", "~", 1857, **HA, place="Krông Pắc"),
    R("cho cho «23 cơ sở", "cơ sở được Trung Quốc cấp mã đóng gói", "=", 23, **CNT),
    R("số hóa «10.000 cây", "số hóa cây sầu riêng lên hệ thống bản đồ cây xanh", ">=", 10000, **CNT, **T),
])

# --------------------------------------------------------------------------
# 08 Phú Yên, its Provincial Innovation Index (PII) 2024 (baomoi.net.vn, an
# aggregator; nothing cut; no date shown; the excerpt ends in "Ban Chấp hành
# Đảng bộ "). Results of 2024 (the index's year, "Chỉ số đổi mới sáng tạo cấp
# địa phương năm 2024"). Pillar null (the title names đổi mới sáng tạo and
# chuyển đổi số, no pillar). "Phú Yên chỉ đạt 32,26 điểm" (unit other "điểm",
# rank.pii_score), "xếp vị thứ 42/63 tỉnh, thành phố" (rank, =, rank.pii_rank).
# Not quantities: "tụt 1 bậc và giảm 1,75 điểm so với năm 2023" (changes
# against an earlier value, spec; NOT entries), "Tháng 2/2025", "năm 2023".
# --------------------------------------------------------------------------
D08 = dict(name="08_phuyen-chi-so-pii-2024", kind="result", year=2024,
           NOT=["tụt «1 bậc", "giảm «1,75 điểm"], records=[
    R("đạt «32,26 điểm", "Chỉ số đổi mới sáng tạo cấp địa phương, Phú Yên đạt", "=", 32.26, **DIEM,
      iid="rank.pii_score"),
    R("vị thứ «42/63", "xếp hạng Chỉ số đổi mới sáng tạo cấp địa phương, Phú Yên xếp vị thứ", "=", 42, **RANK,
      iid="rank.pii_rank"),
])

# --------------------------------------------------------------------------
# 09 Lai Châu, its implementation of Resolution 57 (doanhnghiepvn.vn; cut: the
# related-links line "Nghị quyết 57-NQ/TW: Bảy nhiệm vụ then chốt ... / Đào tạo
# lực lượng dự bị chiến lược thực thi Nghị quyết 57" and the photo caption "Các
# cấp ủy, chính quyền ... Ảnh: Trung tâm Truyền thông KH&CN."; no date shown
# and no year named: year null; the excerpt ends in "Ngo"). Results. Title "Lai
# Châu bứt phá lọt Top 10 cả nước về triển khai Nghị quyết 57": a top group,
# rank op "<=" (spec: "nằm trong tốp 10 của cả nước"). "ban hành tổng cộng 35 kế
# hoạch, quyết định và văn bản chỉ đạo": documents issued, a count
# (inst.dx_policy_documents_count; set18's "31 chương trình, kế hoạch, văn
# bản"); pillar null (under the title only). The subheading "Đầu tư hạ tầng số
# và phát triển kỹ năng" names two topics: hạ tầng số (digital_infrastructure)
# and kỹ năng, a topic of nhân lực số (digital_human_resources); each record
# under it takes the pillar of the topic its paragraph treats (a judgement):
# "tới 38 đảng ủy xã, phường" (the Party's wide-area network, infrastructure;
# id null) and "hơn 120.000 lượt người học" on the "Bình dân học vụ số" portal
# (skills; hr.population_digital_skills_trained_count). Not quantities: "57"
# (the resolution's name).
# --------------------------------------------------------------------------
D09 = dict(name="09_laichau-nq57-top-10", kind="result", year=None, records=[
    R("Top «10 cả nước", "Lai Châu lọt cả nước về triển khai Nghị quyết", "<=", 10, **RANK),
    R("tổng cộng «35 kế hoạch", "Tỉnh ủy và UBND tỉnh đã ban hành kế hoạch, quyết định và văn bản chỉ đạo", "=", 35,
      **CNT, iid="inst.dx_policy_documents_count"),
    R("tới «38 đảng ủy", "mạng thông tin diện rộng của Đảng được bảo mật và vận hành thông suốt tới đảng ủy xã, phường",
      "=", 38, **CNT, pillar=INFRA),
    R("hơn «120.000 lượt", "Cổng bình dân học vụ số đã ghi nhận lượt người học", ">", 120000, **CNT, pillar=HR,
      iid="hr.population_digital_skills_trained_count"),
])

# --------------------------------------------------------------------------
# 10 Phú Yên, Kế hoạch 45 implementing Resolution 57 (baomoi.net.vn; cut: the
# photo caption "Lãnh đạo Sở KH&CN làm việc với Hiệp hội Khởi nghiệp Quốc gia ...
# Ảnh: LỆ VĂN"; no date shown; the excerpt ends in "phát triển b"). A precision
# text with no record: "Kế hoạch 45", "Nghị quyết 57 ngày 22/12/2024",
# "Nghị quyết 47 ngày 24/2/2025" (documents' numbers and dates). The plan's
# aims ("thể hiện rõ nét sự đóng góp ... vào GRDP của tỉnh") state no number.
# --------------------------------------------------------------------------
D10 = dict(name="10_phuyen-kh45-nq57-precision", kind="target", year=2025, records=[])

# --------------------------------------------------------------------------
# 11 Kon Tum, the provincial police's guide to electronic identification
# accounts (kontumtv.vn, the provincial broadcaster; the excerpt opens with a
# crawler's stamp " date 2023-02" on the same line as the section name and the
# title, kept as returned; nothing cut; the excerpt ends in "chưa tải được
# ứng "). A precision text with no record: "từ đủ 14 tuổi trở lên" (an age of
# eligibility, a rule's condition), "có 02 mức độ" (the number of levels of an
# account: the parts of a scheme, like an index's parts, spec), "Mức độ 1",
# "Mức độ 2", "mức độ 1" (the levels' names).
# --------------------------------------------------------------------------
D11 = dict(name="11_kontum-dinh-danh-dien-tu-precision", kind="result", year=2023, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
