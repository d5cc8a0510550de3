#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set217).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: a result's change against an earlier
value); check_gold.py verifies that every percentage has a record or a NOT entry.

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
from goldkit import R, CNT, RANK, T, GOV  # noqa: E402

PTS = dict(unit="other", unit_text="điểm")
DONG = dict(unit="other", unit_text="đồng")
FIBRE_COMMUNE = "infra.fibre_commune_coverage_share"
MOBILE_VILLAGE = "infra.mobile_village_coverage_share"
LAN = "infra.agencies_lan_share"
DTI_SCORE = "dti.provincial_score"
DTI_RANK = "dti.provincial_rank"
WORK_RECORDS = "egov.work_records_online_share"
E_TAX = "econ.e_tax_enterprises_share"
CASHLESS_POWER = "society.cashless_electricity_bills_share"
CASHLESS_HEALTH = "society.cashless_health_facilities_count"
DIGITAL_ECONOMY = "econ.digital_economy_gdp_share"

# --------------------------------------------------------------------------
# 01 An Giang, the Department of Information and Communications' administrative reform and digital
# infrastructure (vietnamnet.vn; cut: the photo caption "Trung tâm Điều hành thông minh tỉnh An
# Giang." with the blank line after it; no byline, no stamp; the excerpt ends in "cơ quan Đảng v").
# Year null: "Từ đầu năm đến nay" names no year and nothing else in the text does. Results, `=`:
# the fibre "đã đến 100% trung tâm xã, phường, thị trấn", the mobile broadband "phủ sóng 100% khóm,
# ấp", "100% các khu công nghiệp, DN, trường học, bệnh viện có kết nối internet" (one record, scope
# null: a list of kinds of place, not of levels), "100% cơ quan Nhà nước có mạng cục bộ (LAN)".
# Pillar null: "Bên cạnh đó, phát triển hạ tầng số đáp ứng nhu cầu triển khai chính quyền điện tử,
# chính quyền số" is a statement naming two pillars' topics (the earlier sets' reading of such
# sentences), and the LAN sentence opens a new paragraph under no heading. Not quantities:
# "phiên bản 3.0" (a version in a name). Ids: FIBRE_COMMUNE, MOBILE_VILLAGE (khóm, ấp are the
# Mekong villages), LAN; the parks, schools and hospitals with internet: null.
# --------------------------------------------------------------------------
D01 = dict(name="01_angiang-tttt-ha-tang-so-cchc", kind="result", year=None, records=[
    R("đã đến «100% trung tâm", "Internet cáp quang tốc độ cao đã đến trung tâm xã, phường, thị trấn", "=", 100,
      iid=FIBRE_COMMUNE),
    R("phủ sóng «100% khóm", "Internet di động băng rộng phủ sóng khóm, ấp", "=", 100, iid=MOBILE_VILLAGE),
    R("người dân. «100% các khu", "các khu công nghiệp, DN, trường học, bệnh viện có kết nối internet phục vụ "
      "công tác quản lý, điều hành", "=", 100),
    R("«100% cơ quan Nhà nước", "cơ quan Nhà nước có mạng cục bộ (LAN) và được kết nối mạng Internet, mạng truyền "
      "số liệu chuyên dùng", "=", 100, iid=LAN),
])

# --------------------------------------------------------------------------
# 02 Kiên Giang, Plan 222/KH-UBND (12 September 2023) on raising the province's DTI in 2023 and
# after (thuviennhadat.vn; nothing cut: the document's header with its "|" cell marks is the
# page's text; no byline, no stamp; the excerpt ends in "góp phần thực hi"). The plan's opening
# reports the DTI 2022: results of 2022 (the report "năm 2022"), pillar null (no heading; "I. MỤC
# TIÊU" comes after them and carries no number). "đạt 0,5796 điểm" (other, "điểm"), "xếp thứ 32/63"
# (rank, =), "Chính quyền số hạng 33", "Kinh tế số hạng 21", "(năm 2022 hạng 21)" (a bracket that
# states a value, spec: a record of its own, year 2022 as written), "Xã hội số hạng 17" (ranks,
# =, each its own subject). NOT: "tăng 30% so với năm 2021" (a change against an earlier value,
# spec). Not quantities: "giảm 08 bậc", "giảm 11", "giảm 10 bậc" (changes, spec), "222/KH-UBND",
# "12 tháng 9 năm 2023", "/63". Ids: DTI_SCORE, DTI_RANK, and the pillars' ranks
# (dti.digital_government_rank, dti.digital_economy_rank twice, dti.digital_society_rank).
# --------------------------------------------------------------------------
D02 = dict(name="02_kiengiang-kh222-nang-cao-dti-2023", kind="result", year=2022, records=[
    R("đạt «0,5796 điểm", "Chỉ số DTI tỉnh Kiên Giang", "=", 0.5796, **PTS, iid=DTI_SCORE),
    R("xếp thứ «32/63", "Chỉ số DTI tỉnh Kiên Giang xếp thứ tỉnh, thành phố", "=", 32, **RANK, iid=DTI_RANK),
    R("Chính quyền số hạng «33", "Chính quyền số hạng", "=", 33, **RANK, iid="dti.digital_government_rank"),
    R("Kinh tế số hạng «21 (", "Kinh tế số hạng", "=", 21, **RANK, iid="dti.digital_economy_rank"),
    R("(năm 2022 hạng «21)", "Kinh tế số hạng năm 2022", "=", 21, **RANK, iid="dti.digital_economy_rank"),
    R("Xã hội số hạng «17", "Xã hội số hạng", "=", 17, **RANK, iid="dti.digital_society_rank"),
], NOT=["tăng «30% so"])

# --------------------------------------------------------------------------
# 03 Kon Tum, digital transformation in building new countryside, towards smart countryside
# (thiennhienmoitruong.vn; cut: the hotline "Hotline: 0941068156", the site's date "Thứ bảy,
# 23/11/2024 08:11" and the byline date "Thứ năm, 22/08/2024 14:08", written as the first line
# `date 2024-08-22`; the excerpt ends in "cơ sở giáo dục côn"). Year 2024 (the byline; the text
# names no year). Results, `=` but "trên 98%" (`>`). "90% hồ sơ công việc cấp tỉnh, 80% hồ sơ công
# việc cấp huyện và 60% hồ sơ công việc cấp xã được xử lý trên môi trường mạng": three records,
# scopes "cấp tỉnh", "cấp huyện", "cấp xã" (a split by level, spec), pillar digital_government: the
# same sentence opens with "Cụ thể, chính quyền số được triển khai thống nhất từ tỉnh đến xã ...;"
# and lists the figures after the semicolon, a lead-in naming one pillar for the list it opens
# (spec; a judgement). "62% số xã trên địa bàn có các hợp tác xã", "6 huyện có các mô hình liên
# kết sản xuất", "trên 98% doanh nghiệp tham gia khai thuế điện tử", "166/334 cơ sở giáo dục côn"
# (the last cut off by the excerpt; recorded as written, as set193 recorded "738.291 tài kho"):
# pillar null, their sentence "Thực hiện phát triển kinh tế số, xã hội số ..." names two pillars.
# Not quantities: the denominator "/334", the address "kontum.vnptioffice.vn". Ids: WORK_RECORDS
# for the three, E_TAX; the communes with cooperatives, the districts with linkage models (a count;
# the catalogue's econ.linkage_models_digital_share is a share of models using digital technology)
# and the schools: null.
# --------------------------------------------------------------------------
D03 = dict(name="03_kontum-cds-nong-thon-moi-thong-minh-2024", kind="result", year=2024, records=[
    R("vnptioffice.vn; «90% hồ sơ", "hồ sơ công việc được xử lý trên môi trường mạng", "=", 90, scope="cấp tỉnh",
      pillar=GOV, iid=WORK_RECORDS),
    R("tỉnh, «80% hồ sơ", "hồ sơ công việc được xử lý trên môi trường mạng", "=", 80, scope="cấp huyện",
      pillar=GOV, iid=WORK_RECORDS),
    R("và «60% hồ sơ", "hồ sơ công việc được xử lý trên môi trường mạng", "=", 60, scope="cấp xã", pillar=GOV,
      iid=WORK_RECORDS),
    R("hiện có «62% số xã", "số xã trên địa bàn có các hợp tác xã", "=", 62),
    R("«6 huyện có", "huyện có các mô hình liên kết sản xuất gắn với tiêu thụ nông sản chủ lực", "=", 6, **CNT),
    R("trên «98% doanh nghiệp", "doanh nghiệp tham gia khai thuế điện tử và tham gia sử dụng dịch vụ nộp thuế điện "
      "tử", ">", 98, iid=E_TAX),
    R("«166/334 cơ sở", "cơ sở giáo dục côn", "=", 166, **CNT),
])

# --------------------------------------------------------------------------
# 04 Đắk Lắk, the provincial power company (PC Đắk Lắk) pushing online payment of electricity bills
# (etime.danviet.vn; cut: the byline "Hương Cẩm Thứ ba, ngày 19/04/2022 13:59 PM (GMT+7)", written
# as the first line `date 2022-04-19`, the comment counter "Bình luận 0", the photo caption's two
# lines "PC Đắk Lắk: ... - Ảnh 1." and "Nhân viên tại các Phòng giao dịch hướng dẫn ..." with the
# blank lines after them; the excerpt ends in "xã Dl"). Year 2022 ("Trong tháng 3 năm 2022"; the
# byline). Results, `=`: "liên kết với 15 ngân hàng và 9 tổ chức trung gian thực hiện thu hộ tiền
# điện" (two counts, each its own subject), "88,66% khách hàng của Công ty thanh toán qua ngân
# hàng, tổ chức thu hộ", "tỷ lệ thu không dùng tiền mặt là 80,54%". Pillar null. Not quantities:
# "2016-2020" (a period), "tháng 3 năm 2022" (a date), "Tri 1C" (a name). Ids: CASHLESS_POWER for
# the 80,54% (the catalogue's share of customers paying electricity without cash; here the
# collection's share, a judgement); the 88,66% (through banks and collection agents, which take
# cash too): null; the banks and agents: null.
# --------------------------------------------------------------------------
D04 = dict(name="04_daklak-pc-thanh-toan-tien-dien-2022", kind="result", year=2022, records=[
    R("với «15 ngân hàng", "ngân hàng PC Đắk Lắk liên kết thực hiện thu hộ tiền điện", "=", 15, **CNT),
    R("và «9 tổ chức", "tổ chức trung gian thực hiện thu hộ tiền điện", "=", 9, **CNT),
    R("2022, «88,66% khách hàng", "khách hàng của Công ty thanh toán qua ngân hàng, tổ chức thu hộ", "=", 88.66),
    R("là «80,54%", "tỷ lệ thu không dùng tiền mặt", "=", 80.54, iid=CASHLESS_POWER),
])

# --------------------------------------------------------------------------
# 05 Đắk Lắk, Cư M'gar district's power unit pushing cashless payment of electricity bills
# (baodaklak.vn; cut: the menu line "Multimedia Đọc Báo in" with the blank line after it, the
# byline "09:37, 01/03/2022" written as the first line `date 2022-03-01`, the photo caption "Việc
# thanh toán hóa đơn tiền điện ... huyện Cư M'gar." with the blank line after it; the excerpt ends
# in "trích nợ tự đ"). Year 2022 (the byline). One result: "có khoảng 20% tổng số khách hàng sử
# dụng điện trên địa bàn huyện đã thường xuyên thanh toán tiền điện không sử dụng tiền mặt" (`~`).
# Not a quantity: "Điện lực huyện Cư M'gar có hơn 54.000 khách hàng" (the size of the unit's
# customer base, the denominator of the share, as the earlier sets' sizes). Pillar null. Id:
# CASHLESS_POWER.
# --------------------------------------------------------------------------
D05 = dict(name="05_daklak-cumgar-tien-dien-khong-tien-mat-2022", kind="result", year=2022, records=[
    R("khoảng «20% tổng số", "khách hàng sử dụng điện trên địa bàn huyện đã thường xuyên thanh toán tiền điện không "
      "sử dụng tiền mặt", "~", 20, iid=CASHLESS_POWER),
])

# --------------------------------------------------------------------------
# 06 Gia Lai, the health sector's digital transformation: shared database, telehealth, the national
# prescription system, cashless payment (daibieunhandan.vn; nothing cut; no byline, no stamp; the
# excerpt ends in "góp phầ"). Year null: the text names no year. Results, counts, `=`: "triển khai
# 1 cơ sở dữ liệu dùng chung của tỉnh ... tại 3 cơ quan trực thuộc" (two counts: the database and
# the agencies it stands in, as set193's "7 tổ ... tại 7 thôn"), "tài trợ cho 4 trung tâm y tế tuyến
# huyện", "cấp mã cho 965 bác sĩ, y sĩ; cấp mã cho 194 cơ sở khám bệnh, chữa bệnh", "498.895 đơn",
# "15 cơ sở y tế thực hiện liên thông dữ liệu khám sức khỏe", "tất cả 26 cơ sở y tế (23 cơ sở y tế
# công lập, 3 bệnh viện tư nhân) đã triển khai thanh toán ... không dùng tiền mặt" (three records,
# scope null: a breakdown by kind of facility, spec). Pillar null. Not quantities: "Đề án 06" (a
# name), "Nhi đồng I", "Nhi đồng II" (names, no digit). Ids: CASHLESS_HEALTH for the 26 and its two
# parts (a judgement for the parts); the rest null (the catalogue's prescription interconnection
# is a share of facilities).
# --------------------------------------------------------------------------
D06 = dict(name="06_gialai-y-te-so-don-thuoc-lien-thong", kind="result", year=None, records=[
    R("triển khai «1 cơ sở dữ liệu", "cơ sở dữ liệu dùng chung của tỉnh (Hệ thống quản lý văn bản và điều hành tỉnh) "
      "Sở Y tế đã triển khai", "=", 1, **CNT),
    R("tại «3 cơ quan", "cơ quan trực thuộc Sở Y tế triển khai cơ sở dữ liệu dùng chung", "=", 3, **CNT),
    R("cho «4 trung tâm", "trung tâm y tế tuyến huyện được Viettel tài trợ các thiết bị đầu cuối", "=", 4, **CNT),
    R("cho «965 bác sĩ", "bác sĩ, y sĩ được cấp mã liên thông đơn thuốc quốc gia", "=", 965, **CNT),
    R("cho «194 cơ sở", "cơ sở khám bệnh, chữa bệnh được cấp mã liên thông đơn thuốc quốc gia", "=", 194, **CNT),
    R("là «498.895 đơn", "đơn thuốc được liên thông trên hệ thống quốc gia", "=", 498895, **CNT),
    R("có «15 cơ sở", "cơ sở y tế thực hiện liên thông dữ liệu khám sức khỏe phục vụ Đề án 06", "=", 15, **CNT),
    R("tất cả «26 cơ sở", "cơ sở y tế đã triển khai thanh toán chi phí dịch vụ y tế không dùng tiền mặt", "=", 26,
      **CNT, iid=CASHLESS_HEALTH),
    R("(«23 cơ sở", "cơ sở y tế công lập đã triển khai thanh toán chi phí dịch vụ y tế không dùng tiền mặt", "=", 23,
      **CNT, iid=CASHLESS_HEALTH),
    R("«3 bệnh viện tư nhân", "bệnh viện tư nhân đã triển khai thanh toán chi phí dịch vụ y tế không dùng tiền mặt",
      "=", 3, **CNT, iid=CASHLESS_HEALTH),
])

# --------------------------------------------------------------------------
# 07 Gia Lai, the merged province's health sector: smart kiosks, electronic medical records, the
# national health-data system, and two planned international hospitals (sggp.org.vn; nothing cut;
# no byline, no stamp; the excerpt ends in "điều trị chuyên sâu"). Year 2025 for the results: done
# "sớm hơn 3 tháng" before the deadline "tháng 9-2025" (the only year the text gives them). Results,
# `=`: "hệ thống KIOS thông minh tại 100% trung tâm y tế, 4 bệnh viện chuyên khoa và 2 bệnh viện
# đa khoa tuyến tỉnh" (three records, scope null: a breakdown by kind of hospital; "tuyến tỉnh"
# qualifies the last kind, not a split by level). The inline heading "Sắp đầu tư 2 bệnh viện quốc
# tế gần 2.000 tỷ đồng": two targets (planned, "sắp"), the count of hospitals (`>=`, a bare number
# in a target) and the amount (`~`, "gần"; money, unit other "đồng", spec), year null (nothing
# says when). "dự án Bệnh viện Đa khoa quốc tế Nhơn Bình, tổng vốn 637 tỷ đồng": a result (`=`,
# the approved project's capital, as the earlier sets' "tổng vốn thực hiện 67 tỷ đồng"), year 2025
# (the approval "trước khi sáp nhập", 2025), place "Bình Định" (the former province that approved
# it). "khi hoàn thiện sẽ bổ sung 200 giường bệnh": a target (`>=`), year null (the building starts
# "tháng 1-2028"; no year for its completion). Pillar null. Not quantities: "3 nhiệm vụ" (tasks,
# spec), "sớm hơn 3 tháng" (a lead time), "46/2018/TT-BYT" (a document), "tháng 9-2025",
# "tháng 1-2028" (dates). Ids null (the catalogue has no kiosk or hospital-investment indicator).
# --------------------------------------------------------------------------
D07 = dict(name="07_gialai-y-te-kios-benh-an-dien-tu-2025", kind="result", year=2025, records=[
    R("tại «100% trung tâm y tế", "trung tâm y tế đưa vào sử dụng hệ thống KIOS thông minh", "=", 100),
    R("«4 bệnh viện chuyên khoa", "bệnh viện chuyên khoa đưa vào sử dụng hệ thống KIOS thông minh", "=", 4, **CNT),
    R("«2 bệnh viện đa khoa", "bệnh viện đa khoa tuyến tỉnh đưa vào sử dụng hệ thống KIOS thông minh", "=", 2,
      **CNT),
    R("đầu tư «2 bệnh viện quốc tế", "bệnh viện quốc tế sắp đầu tư", ">=", 2, **CNT, **T, year=None),
    R("tế gần «2.000 tỷ đồng", "vốn sắp đầu tư 2 bệnh viện quốc tế", "~", 2000e9, **DONG, **T, year=None),
    R("tổng vốn «637 tỷ đồng", "tổng vốn dự án Bệnh viện Đa khoa quốc tế Nhơn Bình", "=", 637e9, **DONG,
      place="Bình Định"),
    R("bổ sung «200 giường", "giường bệnh bổ sung khi dự án hoàn thiện", ">=", 200, **CNT, **T, year=None),
])

# --------------------------------------------------------------------------
# 08 An Giang, the health sector's digital transformation: chip ID cards in insurance visits and
# data interconnection (yousportnews.net, a copy of a news article; cut: the image line "![]() |";
# no byline, no stamp; the excerpt ends in "ứng dụng định da"). Year null: the text names no year.
# Results, `=`: "100% cơ sở khám, chữa bệnh có bảo hiểm y tế đã triển khai sử dụng căn cước công
# dân gắn chip", "189/189 cơ sở khám, chữa bệnh bảo hiểm y tế đã được cấp mã liên thông dữ liệu"
# (count, the denominator not a quantity), "đảm bảo 100% dữ liệu phát sinh được liên thông với sổ
# sức khỏe điện tử trên VNeID". Pillar null (the inline heading "Những bước tiến mang tính đột
# phá" names no pillar). Not quantities: "/189". Ids null (the catalogue counts facilities taking
# the chip card, society.chip_id_health_facilities_count, not their share; the data share is not
# the facilities' share).
# --------------------------------------------------------------------------
D08 = dict(name="08_angiang-y-te-so-lien-thong-du-lieu", kind="result", year=None, records=[
    R("nổi bật. «100% cơ sở", "cơ sở khám, chữa bệnh có bảo hiểm y tế đã triển khai sử dụng căn cước công dân "
      "gắn chip trong quy trình khám, chữa bệnh", "=", 100),
    R("có «189/189 cơ sở", "cơ sở khám, chữa bệnh bảo hiểm y tế đã được cấp mã liên thông dữ liệu và cấu hình phần "
      "mềm HIS", "=", 189, **CNT),
    R("đảm bảo «100% dữ liệu", "dữ liệu phát sinh được liên thông với sổ sức khỏe điện tử trên VNeID", "=", 100),
])

# --------------------------------------------------------------------------
# 09 Gia Lai, the provincial Party congress (4 October 2025) adopting its targets for 2025-2030
# (nld.com.vn; the stamp " date 2025-10-04" written as the first line `date 2025-10-04`; cut: the
# photo caption "Ông Hồ Quốc Dũng phát biểu tại Đại hội" with the blank line after it; the excerpt
# ends in "với tình cảm"). Targets of the term 2025 - 2030, year 2030: "tốc độ tăng GRDP bình quân
# giai đoạn 2025 - 2030 đạt 10 - 10,5%/năm" (between), "GRDP bình quân đầu người đạt 6.300 - 6.500
# USD" (between, unit other "USD"), "ti trọng kinh tế số đạt 25 - 30% trong GRDP" (between), "tổng
# thu ngân sách đạt trên 41.000 tỉ đồng" (`>`, unit other "đồng"), "đến năm 2030, Gia Lai đón 18,5
# triệu lượt khách du lịch" (`>=`, a bare number in a target; count of visits). Pillar null: the
# lead-in "10 chỉ tiêu kinh tế nổi bật, gồm:" names the economy, not kinh tế số. Not quantities:
# "33 chỉ tiêu chủ yếu", "10 chỉ tiêu kinh tế" (counts of targets, as the spec's tasks and
# solutions), "lần thứ I", "2025 - 2030", "2020 - 2025" (terms), "4-10" (a date). Id:
# DIGITAL_ECONOMY for the digital economy's share; the rest null.
# --------------------------------------------------------------------------
D09 = dict(name="09_gialai-dai-hoi-chi-tieu-2030", kind="target", year=2030, records=[
    R("đạt «10 - 10,5%/năm", "tốc độ tăng GRDP bình quân giai đoạn 2025 - 2030", "between", 10, value_max=10.5),
    R("đạt «6.300 - 6.500 USD", "GRDP bình quân đầu người", "between", 6300, value_max=6500, unit="other",
      unit_text="USD"),
    R("đạt «25 - 30% trong", "ti trọng kinh tế số trong GRDP", "between", 25, value_max=30, iid=DIGITAL_ECONOMY),
    R("trên «41.000 tỉ đồng", "tổng thu ngân sách", ">", 41000e9, **DONG),
    R("đón «18,5 triệu lượt", "lượt khách du lịch Gia Lai đón", ">=", 18.5e6, **CNT),
])

# --------------------------------------------------------------------------
# 10 Kiên Giang, the opening of a research paper on the health sector's digital data (a preview on
# text.123docz.net; cut: the site's lines "Tải bản đầy đủ (.pdf) (20 trang)" and "Bạn đang xem bản
# rút gọn của tài liệu. Xem và tải ngay bản đầy đủ ... (1.2 MB, 20 trang )" with the blank lines
# after them; no byline, no stamp; the excerpt ends in "công nghệ 4.0 "). A precision text, no
# record: the journal's "1(50) (2022) 15-34", the page "15", the postal code "550000", the dates
# "09/01/2022", "17/01/2022", "21/01/2022", names "3D", "COVID-19", "4.0", the OCR slip "tu72", and
# the authors' footnote marks. Year 2022 (the journal's year; no record uses it).
# --------------------------------------------------------------------------
D10 = dict(name="10_kiengiang-bai-bao-du-lieu-y-te-2022-precision", kind="result", year=2022, records=[])

# --------------------------------------------------------------------------
# 11 Đắk Nông, Đắk Mil district joining the province's online conference of its Digital
# Transformation Day, November 2022 (dakmil.daknong.gov.vn; cut: the widget lines "• :" and "  •
# :", the font and contrast widget "A- A A+ | ..." with the blank line after it, the image path
# "/upload/2005706/20221115/grab....jpg" and the photo caption "Điểm cầu huyện Đắk Mil tham dự Hội
# nghị trực tuyến", each with the blank line after it; no byline, no stamp; the excerpt ends in
# "khẳng "). A precision text, no record: "11/11/2022", "01/11/2021", "26/4/2022", "01/11" (dates),
# "09-NQ/TU", "762/QĐ-UBND" (documents), "sau 01 năm triển khai" (a duration), "năm 2022", "giai
# đoạn 2025", "năm 2030", "Dak Nong – C" (a name without digits). Year 2022.
# --------------------------------------------------------------------------
D11 = dict(name="11_daknong-dakmil-ngay-cds-2022-precision", kind="result", year=2022, records=[])

# --------------------------------------------------------------------------
# 12 Gia Lai, Decision 318/QĐ-UBND (14 June 2023) approving the e-government ranking of 2022, the
# document's header and grounds (m.thuvienphapluat.vn; cut: the site's toolbar lines "Bộ lọc tìm
# kiếm", "Tải văn bản", "Lưu trữ Góp ý" and the tab list "  • Thuộc tính", "  • Nội dung", "  • Tiếng
# anh", "  • Lược đồ", with the blank lines after them; the line of one space kept; no byline, no
# stamp; the excerpt ends in "Chính quyền đi"). A precision text, no record: the document numbers
# "318/QĐ-UBND", "64/2007/NĐ-CP", "2392/QĐ-BTTTT", "169/QĐ-UBND", "575/QĐ-UBND", and the dates of
# the laws and decisions. Year 2022 (the ranking's year; no record uses it).
# --------------------------------------------------------------------------
D12 = dict(name="12_gialai-qd318-xep-hang-cqdt-2022-precision", kind="result", year=2022, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
