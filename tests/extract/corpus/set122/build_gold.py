#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set122).

Copied from set69's builder (itself from set47's, set45's, ... and the seeds'). Each
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

APPROX = "~"
FULL = "egov.full_online_services_share"
L34 = "egov.level3_4_online_services_share"
WITHAPP = "egov.online_services_with_applications_share"

# --------------------------------------------------------------------------
# 01 Online public services nationally in 2021 (vneconomy.vn; opens with the
# crawler's stamp " date 2021-12", kept as returned; document year 2021, from
# "Tổng kết công tác năm 2021" and the stamp). The excerpt starts after the
# title, so its first "tỷ lệ này" (the level-4 share the title names) has no
# subject in the text: wording "tỷ lệ này", id null (a judgement). Each year
# named in the sentence is the record's year ("Trong năm 2020 ... 30,85% và năm
# 2019 là 10,76%"; "năm 2020 là gần 55,7%"; "(đạt 38,33%)" after "cùng kỳ năm
# 2020" → 2020). "khoảng 81.446 dịch vụ" (~, count, egov.online_services_count).
# "mục tiêu năm 2021 là 50%" / "là 30%": targets (>=, bare number) of the
# sentence's subject. "Nhằm thực hiện mục tiêu cung cấp 100% dịch vụ công đủ
# điều kiện lên trực tuyến mức độ 4 trong năm 2021": a target (>=, 2021; id
# egov.full_online_services_share: level 4 is the full online service; a
# judgement). "70 bộ, ngành, địa phương hoàn thành việc đưa 100% ...": one count;
# its "100%" is part of the count's subject → NOT; "Kế hoạch cung cấp 100% ...
# trong năm 2021" names the plan → NOT (a judgement). Changes "giảm 1,35%",
# "tăng 6,82%" (NOT) and "tăng 15.868 dịch vụ" are no quantities. Pillar null.
# --------------------------------------------------------------------------
D01 = dict(name="01_ca-nuoc-dvctt-muc-do-4-2021", kind="result", year=2021, records=[
    R("tỷ lệ này mới đạt «30,85%", "tỷ lệ này", "=", 30.85, year=2020),
    R("năm 2019 là «10,76%", "tỷ lệ này", "=", 10.76, year=2019),
    R("năm 2021 đạt «68%", "tỷ lệ dịch vụ công trực tuyến mức độ 3, 4", "=", 68, iid=L34),
    R("(khoảng «81.446 dịch vụ)", "dịch vụ công trực tuyến mức độ 3, 4", APPROX, 81446, **CNT,
      iid="egov.online_services_count"),
    R("năm 2020 là gần «55,7%", "Tỷ lệ dịch vụ công trực tuyến mức độ 3, 4", APPROX, 55.7, year=2020, iid=L34),
    R("năm 2019 là «20,15%", "Tỷ lệ dịch vụ công trực tuyến mức độ 3, 4", "=", 20.15, year=2019, iid=L34),
    R("hồ sơ đạt «36,47%", "Tỷ lệ dịch vụ công trực tuyến mức độ 3, 4 có phát sinh hồ sơ", "=", 36.47, iid=WITHAPP),
    R("(đạt «38,33%)", "Tỷ lệ dịch vụ công trực tuyến mức độ 3, 4 có phát sinh hồ sơ", "=", 38.33, year=2020,
      iid=WITHAPP),
    R("mục tiêu năm 2021 là «50%", "Tỷ lệ dịch vụ công trực tuyến mức độ 3, 4 có phát sinh hồ sơ", ">=", 50, **T,
      iid=WITHAPP),
    R("trực tuyến đạt «29,80%", "Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến", "=", 29.8,
      iid="egov.online_applications_share"),
    R("mục tiêu năm 2021 là «30%", "Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến", ">=", 30, **T,
      iid="egov.online_applications_share"),
    R("cả nước đã có «70 bộ", "bộ, ngành, địa phương hoàn thành việc đưa dịch vụ công đủ điều kiện lên cung cấp "
      "trực tuyến mức độ 4", "=", 70, **CNT),
    R("mục tiêu cung cấp «100% dịch vụ", "cung cấp dịch vụ công đủ điều kiện lên trực tuyến mức độ 4", ">=", 100,
      **T, iid=FULL),
], NOT=["giảm «1,35%", "tăng «6,82%", "hoàn thành việc đưa «100%", "Kế hoạch cung cấp «100%"])

# --------------------------------------------------------------------------
# 02 Level-4 online services of Tiền Giang and Nam Định and nationally, 2020
# (mic.gov.vn, no date shown; "tính đến ngày 10/5/2020", "cuối tháng 4/2020" →
# 2020). "12 Bộ, ngành, địa phương đạt được chỉ tiêu 30% dịch vụ công trực tuyến
# mức độ 4": a count (result) and the target it names (>=, 30; year: none given,
# the document's 2020; a judgement), id egov.full_online_services_share (level 4
# = full online service; a judgement, as in 01). Provinces' counts and shares
# carry `place` (a national page): 621 / 37,6% Tiền Giang, 533 / 31,81% Nam
# Định; counts egov.full_online_services_count. "hơn 54.000 dịch vụ" (level 3
# and 4: egov.online_services_count), "trên 16.000" (level 4), "25,3%"
# (egov.online_services_with_applications_share). The excerpt ends "từ mức
# 4,55% năm " (the year cut off): the start of a rise "từ năm 2018 đến nay" →
# 2018 (a judgement). Not quantities: "Nghị quyết 36a", "14/10/2015",
# "Nghị quyết 17", "07/3/2019", "mức 3, 4", "mức độ 4". Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_tiengiang-namdinh-dvctt-muc-4-2020", kind="result", year=2020, records=[
    R("đã có «12 Bộ", "Bộ, ngành, địa phương đạt được chỉ tiêu dịch vụ công trực tuyến mức độ 4", "=", 12, **CNT),
    R("chỉ tiêu «30% dịch vụ", "dịch vụ công trực tuyến mức độ 4", ">=", 30, **T, iid=FULL),
    R("đã cung cấp «621 dịch vụ", "dịch vụ công trực tuyến mức 4 Tiền Giang đã cung cấp", "=", 621, **CNT,
      place="Tiền Giang", iid="egov.full_online_services_count"),
    R("đạt tỷ lệ «37,6%", "tỷ lệ dịch vụ công trực tuyến mức 4 trên tổng số thủ tục hành chính", "=", 37.6,
      place="Tiền Giang", iid=FULL),
    R("đã cung cấp «533 dịch vụ", "dịch vụ công trực tuyến mức 4 Nam Định đã cung cấp", "=", 533, **CNT,
      place="Nam Định", iid="egov.full_online_services_count"),
    R("đạt tỷ lệ «31,81%", "tỷ lệ dịch vụ công trực tuyến mức 4 trên tổng số thủ tục hành chính", "=", 31.81,
      place="Nam Định", iid=FULL),
    R("là hơn «54.000 dịch vụ", "tổng số dịch vụ công trực tuyến mức độ 3, 4 đang được các Bộ, ngành, địa phương "
      "cung cấp cho người dân, doanh nghiệp", ">", 54000, **CNT, iid="egov.online_services_count"),
    R("mức 4 là trên «16.000", "số dịch vụ công trực tuyến mức 4", ">", 16000, **CNT,
      iid="egov.full_online_services_count"),
    R("hồ sơ trực tuyến là «25,3%", "Tỷ lệ dịch vụ công trực tuyến mức 3, 4 có phát sinh hồ sơ trực tuyến", "=", 25.3,
      iid=WITHAPP),
    R("từ mức «4,55%", "tỷ lệ dịch vụ công trực tuyến mức 4 mà các Bộ, ngành, địa phương cung cấp cho người dân, "
      "doanh nghiệp", "=", 4.55, year=2018, iid=FULL),
])

# --------------------------------------------------------------------------
# 03 Yên Bái, electricity bills paid without cash during Covid-19
# (baoyenbai.com.vn, no date shown; the text names no year → year null).
# "tỷ lệ khách hàng thanh toán tiền điện không sử dụng tiền mặt ... đạt 51,2%"
# (=), "doanh thu tiền điện thanh toán không dùng tiền mặt đạt trên 85,92%" (>),
# and the value "4 tháng trước mới chỉ đạt tỷ lệ 39,28%": an earlier value
# stated as such, not a change → a result (=, year null). No catalogue
# indicator is the power company's customers or revenue → ids null (a
# judgement: econ.cashless_transactions_share is transactions at large). Not
# quantities: "Covid-19" (four), "4 tháng", "tổ 2" (an address). Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_yenbai-tien-dien-khong-tien-mat-covid", kind="result", year=None, records=[
    R("toàn Công ty đạt «51,2%", "tỷ lệ khách hàng thanh toán tiền điện không sử dụng tiền mặt", "=", 51.2),
    R("đạt trên «85,92%", "doanh thu tiền điện thanh toán không dùng tiền mặt", ">", 85.92),
    R("chỉ đạt tỷ lệ «39,28%", "số lượng khách hàng thanh toán tiền điện không dùng tiền mặt", "=", 39.28),
])

# --------------------------------------------------------------------------
# 04 Schools and online learning in the pandemic, national (kontumtv.vn;
# crawler's stamp " date 2021-10" kept; 2021). Counts of provinces by mode of
# teaching, each stated twice (the lead and the lists): six count results
# (23, 9, 31, twice each; repeated statements are recorded each time). The
# "100%" in "cho phép 100% học sinh các cấp đến trường" is part of the subject
# → NOT. TP Hồ Chí Minh's shares of pupils learning online "cấp trung học phổ
# thông là 99,8%, trung học cơ sở là 97,9%, còn tiểu học là gần 98%": one
# sentence split by school level (groups of pupils) → scope as written
# ("cấp trung học phổ thông", "trung học cơ sở", "tiểu học"; a judgement),
# `place` "TP Hồ Chí Minh"; "gần" → ~. The excerpt ends "hơn 30.0" (cut inside
# the number): no record. Ids null (society.schools_online_teaching_share is a
# share of schools, not of pupils). Not quantities: "COVID-19". Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_ca-nuoc-hoc-truc-tuyen-2021", kind="result", year=2021, records=[
    R("cả nước có «23 tỉnh", "tỉnh thành cho phép học sinh các cấp đến trường", "=", 23, **CNT),
    R("trường; «9 tỉnh", "tỉnh thành kết hợp dạy học trực tiếp và trực tuyến", "=", 9, **CNT),
    R("trực tuyến; «31 tỉnh", "tỉnh thành cho học sinh học trực tuyến, học qua truyền hình", "=", 31, **CNT),
    R("\n«23 tỉnh thành cho học sinh", "tỉnh thành cho học sinh đến trường", "=", 23, **CNT),
    R("Hiện có «9 tỉnh", "tỉnh, thành đang áp dụng cả hai hình thức dạy học trực tiếp và dạy học trực tuyến, dạy "
      "học qua truyền hình", "=", 9, **CNT),
    R("Còn lại «31 tỉnh", "tỉnh, thành phố đang áp dụng dạy học trực tuyến và qua truyền hình", "=", 31, **CNT),
    R("phổ thông là «99,8%", "số học sinh học trực tuyến", "=", 99.8, scope="cấp trung học phổ thông",
      place="TP Hồ Chí Minh"),
    R("cơ sở là «97,9%", "số học sinh học trực tuyến", "=", 97.9, scope="trung học cơ sở", place="TP Hồ Chí Minh"),
    R("tiểu học là gần «98%", "số học sinh học trực tuyến", APPROX, 98, scope="tiểu học", place="TP Hồ Chí Minh"),
], NOT=["cho phép «100% học sinh"])

# --------------------------------------------------------------------------
# 05 Cash in the economy and cashless payment channels, national
# (thanhnien.vn; crawler's stamp " date 2021-06" kept; 2021). The excerpt
# starts after the title: "tỷ trọng này" (cash in the means of payment) is the
# wording. Monthly values: "cuối năm 2020 là 11,05%" (2020), "tháng 1.2021 tăng
# lên 12,11%" (the level reached, not the rise → a quantity, 2021), "tháng 2 là
# 12,21%", "lần lượt 11,55% và 11,53%" (two), "Với tỷ lệ 11,53%" (restated;
# recorded). Money: "hơn 12,46 triệu tỉ đồng" (>, 1.246e16) and "khoảng 1,43
# triệu tỉ đồng" (~, 1.43e15): both magnitude words multiply (spec). The
# 2016-2020 scheme's target "đến cuối năm 2020, tỷ trọng tiền mặt ... ở mức thấp
# hơn 10%" (target, <, 2020). Counts: "trên 79 tổ chức" (>) "và 44 tổ chức" (=;
# "trên" read on the first number only), "khoảng hơn 271.000 POS" (> : "hơn"
# next to the number decides; a judgement) "và hơn 19.000 ATM" (>). The six
# rises "tăng tương ứng 65,9% ... 181,5% ... so với cùng kỳ năm 2020" are
# changes → NOT. Ids null (the catalogue has no cash share, no POS count). Not
# quantities: "1.2021", "30.12.2016", "2545/QĐ-TTg" (twice), "2016 - 2020",
# "tháng 2", "tháng 3", "tháng 4". Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_ca-nuoc-ty-trong-tien-mat-2021", kind="result", year=2021, records=[
    R("cuối năm 2020 là «11,05%", "tỷ trọng này", "=", 11.05, year=2020),
    R("tăng lên «12,11%", "tỷ trọng này", "=", 12.11),
    R("tháng 2 là «12,21%", "tỷ trọng này", "=", 12.21),
    R("lần lượt «11,55%", "tỷ trọng này", "=", 11.55),
    R("11,55% và «11,53%", "tỷ trọng này", "=", 11.53),
    R("đạt hơn «12,46 triệu", "tổng phương tiện thanh toán toàn nền kinh tế", ">", 12.46e15, **DONG),
    R("Với tỷ lệ «11,53%", "tỷ lệ tiền mặt trong nền kinh tế", "=", 11.53),
    R("khoảng «1,43 triệu", "tiền mặt trong nền kinh tế", APPROX, 1.43e15, **DONG),
    R("thấp hơn «10%", "tỷ trọng tiền mặt trên tổng phương tiện thanh toán", "<", 10, **T, year=2020),
    R("có trên «79 tổ chức", "tổ chức cung ứng dịch vụ thanh toán triển khai thanh toán qua internet", ">", 79, **CNT),
    R("và «44 tổ chức", "tổ chức thanh toán qua điện thoại di động", "=", 44, **CNT),
    R("khoảng hơn «271.000 POS", "POS", ">", 271000, **CNT),
    R("và hơn «19.000 ATM", "ATM", ">", 19000, **CNT),
], NOT=["tương ứng «65,9%", "và «31,2%", "tương ứng «86,3%", "và «123,1%", "tương ứng «95,7%", "và «181,5%"])

# --------------------------------------------------------------------------
# 06 The 2021 target of level-4 online services, national (a precision text:
# daibieunhandan.vn's section page, its item's title printed twice; nothing
# cut; no date shown). Three target records of 100% (>=, 2021): the title
# twice (repeated statements recorded each time) and "phải đưa dịch vụ công lên
# trực tuyến đạt 100% mức độ 4"; id egov.full_online_services_share (level 4;
# as in 01). Not quantities: "mức độ 4" (three: a level's name), "Năm 2021"
# (twice), "Chậm nhất năm 2021", "6 tháng" (twice), "năm 2020", "6.7" (a date).
# Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_ca-nuoc-dvctt-muc-4-2021-precision", kind="target", year=2021, records=[
    R("đạt «100%\n\nNăm 2021", "đưa dịch vụ công trực tuyến lên mức độ 4", ">=", 100, iid=FULL),
    R("đạt «100%\n\nChậm nhất", "đưa dịch vụ công trực tuyến lên mức độ 4", ">=", 100, iid=FULL),
    R("trực tuyến đạt «100% mức độ 4", "các bộ, ngành và địa phương phải đưa dịch vụ công lên trực tuyến mức độ 4",
      ">=", 100, iid=FULL),
])

# --------------------------------------------------------------------------
# 07 Thái Bình, Tiền Hải district's online meetings (a precision text:
# baothaibinh.com.vn; the byline "Thứ 4, 30/09/2020 | 16:08:19" cut and written
# as `date 2020-09`; the page's own stamp "Thứ 3, 03/10/2023, 12:04[GMT+7]", the
# view count "1,405 lượt xem", the photo caption and the author "Mạnh Thắng"
# cut). Two count results of 2020: the title's "40 hội nghị trực tuyến" (=) and
# the body's "trên 40 hội nghị trực tuyến" (>). Id null (the catalogue counts
# video-conference points, not meetings). Not quantities: the date line,
# "Covid-19" (in the cut caption only). Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_thaibinh-tienhai-hoi-nghi-truc-tuyen-2020-precision", kind="result", year=2020, records=[
    R("Tiền Hải tổ chức «40 hội nghị", "Tiền Hải tổ chức hội nghị trực tuyến chỉ đạo điều hành phát triển kinh tế - "
      "xã hội", "=", 40, **CNT),
    R("thành công trên «40 hội nghị", "hội nghị trực tuyến để chỉ đạo điều hành phát triển kinh tế - xã hội", ">", 40,
      **CNT),
])

# --------------------------------------------------------------------------
# 08 The Ministry of Health's rules for Bluezone and electronic health
# declarations (a precision text: a copy on jp.tour-time.com whose second
# sentence is garbled with a betting site's words, kept as returned; nothing
# cut; no date shown; the text names no year → null). One quantity: "hiện nay
# có khoảng 90 triệu thuê bao dùng smartphone" (~, count 9e7; no id: the
# catalogue holds the smartphone share of subscriptions). Not quantities:
# "ngày 29/5", "Covid-19" (three), "mã QR".
# --------------------------------------------------------------------------
D08 = dict(name="08_ca-nuoc-bluezone-huong-dan-precision", kind="result", year=None, records=[
    R("có khoảng «90 triệu", "thuê bao dùng smartphone", APPROX, 90e6, **CNT),
])

# --------------------------------------------------------------------------
# 09 Bluezone downloads by province (nld.com.vn, no date shown; the address
# holds 20210626 but the text names no year → null; the author "T.Dũng" cut).
# "đạt gần 23 triệu lượt" (~, count); the rises "tăng gần 32.000 lượt so với
# ngày 23-6", "tăng 3,3 triệu lượt so với ngày 28-4" are changes, no
# quantities. Provinces' values carry `place` (a national page): TP HCM "hơn 3,3
# triệu lượt" (>), "gần 37%" (~); Hà Nội "xếp thứ 2" (rank, =), "gần 3,3 triệu
# lượt" (~), "40,78%"; Bắc Ninh, Đà Nẵng, Hải Dương, Quảng Ninh (bracketed
# shares, =). Ids null (no Bluezone indicator). Not quantities: "23-6", "28-4".
# --------------------------------------------------------------------------
BZPOP = "tỉ lệ Bluezoner có số điện thoại trên dân số"
D09 = dict(name="09_ca-nuoc-bluezone-38-trieu-2021", kind="result", year=None, records=[
    R("đạt gần «23 triệu", "Tổng lượt tải ứng dụng có số điện thoại", APPROX, 23e6, **CNT),
    R("với hơn «3,3 triệu", "số lượt tải ứng dụng Bluezone có số điện thoại", ">", 3.3e6, **CNT, place="TP HCM"),
    R("đạt tỉ lệ gần «37%", "số Bluezoner có số điện thoại trên dân số", APPROX, 37, place="TP HCM"),
    R("xếp thứ «2 với", "TP Hà Nội xếp thứ, số lượt tải ứng dụng Bluezone có số điện thoại", "=", 2, **RANK,
      place="TP Hà Nội"),
    R("với gần «3,3 triệu", "số lượt tải ứng dụng Bluezone có số điện thoại", APPROX, 3.3e6, **CNT, place="TP Hà Nội"),
    R("đạt tỉ lệ «40,78%", "số Bluezoner có số điện thoại trên dân số", "=", 40.78, place="TP Hà Nội"),
    R("Bắc Ninh («44,77%)", BZPOP, "=", 44.77, place="Bắc Ninh"),
    R("Đà Nẵng («44,74%)", BZPOP, "=", 44.74, place="Đà Nẵng"),
    R("Hải Dương («40,44%)", BZPOP, "=", 40.44, place="Hải Dương"),
    R("Quảng Ninh («39,37%)", BZPOP, "=", 39.37, place="Quảng Ninh"),
])

# --------------------------------------------------------------------------
# 10 Bluezone past 20 million downloads (wwww.baothaibinh.com.vn, the address
# as stored with four w; nothing cut; no date shown; the text names no year →
# null). "20 triệu lượt tải" stated four times (title, "vượt mốc" > twice;
# "con số 20 triệu lượt tải trong 3 tuần" and "Bluezone đạt 20 triệu lượt tải"
# =): each recorded (repeated statements). Five provinces' installs and shares
# (`place`), "(đạt tỉ lệ 40,4%)" brackets are results like any other; TP.HCM's
# "2.397.000" equals Hà Nội's (two records). "chỉ đạt trên dưới 7%" (~; the
# five provinces named → place null, the wording names none). "nếu Việt Nam có
# 50 triệu người cài đặt ... sẽ đạt hiệu quả": the number needed, a target
# (>=, count; a judgement). "phát hiện 1.391 trường hợp" (count). "5 địa
# phương" (twice: the size of a group named), "3 tuần": no quantities. Ids
# null.
# --------------------------------------------------------------------------
BZ = "tỉ lệ người dùng cài đặt Bluezone so với dân số"
D10 = dict(name="10_ca-nuoc-bluezone-20-trieu", kind="result", year=None, records=[
    R("mốc «20 triệu lượt tải, nhưng", "Bluezone lượt tải", ">", 20e6, **CNT),
    R("mốc «20 triệu lượt tải. Trong", "ứng dụng Bluezone lượt tải", ">", 20e6, **CNT),
    R("có «456.000 cài đặt", "cài đặt Bluezone", "=", 456000, **CNT, place="Đà Nẵng"),
    R("tỉ lệ «40,4%", BZ, "=", 40.4, place="Đà Nẵng"),
    R("Hà Nội là «2.397.000", "cài đặt Bluezone", "=", 2397000, **CNT, place="Hà Nội"),
    R("tỉ lệ «29,8%", BZ, "=", 29.8, place="Hà Nội"),
    R("Quảng Ninh là «371.000", "cài đặt Bluezone", "=", 371000, **CNT, place="Quảng Ninh"),
    R("tỉ lệ «28,1%", BZ, "=", 28.1, place="Quảng Ninh"),
    R("TP.HCM là «2.397.000", "cài đặt Bluezone", "=", 2397000, **CNT, place="TP.HCM"),
    R("tỉ lệ «26,7%", BZ, "=", 26.7, place="TP.HCM"),
    R("Hải Dương là «398.000", "cài đặt Bluezone", "=", 398000, **CNT, place="Hải Dương"),
    R("tỉ lệ «23,4%", BZ, "=", 23.4, place="Hải Dương"),
    R("trên dưới «7%", "tỉ lệ người dùng Bluezone", APPROX, 7),
    R("con số «20 triệu", "lượt tải Bluezone trong 3 tuần", "=", 20e6, **CNT),
    R("có «50 triệu người", "người cài đặt và sử dụng Bluezone", ">=", 50e6, **CNT, **T),
    R("phát hiện «1.391 trường hợp", "trường hợp nghi đã từng ở gần người nhiễm hoặc người nghi nhiễm mới Bluezone "
      "hỗ trợ truy vết, phát hiện", "=", 1391, **CNT),
    R("Bluezone đạt «20 triệu", "Bluezone lượt tải", "=", 20e6, **CNT),
])

# --------------------------------------------------------------------------
# 11 Bluezone at 15.7 million downloads (bnews.vn, no date shown; "tháng
# 8/2020" → 2020). "Mỗi ngày có thêm 1 triệu người" (title and body): a daily
# rise, a change → no quantity (a judgement). "đã đạt 15,7 triệu lượt"
# (count); "tăng 15,5 triệu lượt tải so với" a change. Provinces' shares of
# smartphone users (`place`): Đà Nẵng 34,13%, Hà Nội, Quảng Ninh, Tp Hồ Chí
# Minh, Bắc Ninh (bracketed). "4,8 triệu người" (count of users in the five
# provinces), "21 trường hợp F1, F2" (count). The minister's aims: "để đạt
# 30% - 45% dân số cài đặt" (target, between 30-45; the dashed range's high end
# "45%" needs no record), "cần có khoảng 30 triệu lượt cài đặt" (target, ~),
# "tốt nhất là đạt được 45 triệu lượt" (target, >=). Not quantities: "11 giờ",
# "11/8", "25/7", "6/8", "5 địa phương", "F1, F2". Ids null. Pillar null.
# --------------------------------------------------------------------------
BZS = "tỷ lệ người cài đặt và sử dụng ứng dụng Bluezone trên điện thoại thông minh"
D11 = dict(name="11_ca-nuoc-bluezone-15-trieu-2020", kind="result", year=2020, records=[
    R("đã đạt «15,7 triệu", "số lượt tải ứng dụng Bluezone", "=", 15.7e6, **CNT),
    R("cả nước với «34,13%", BZS, "=", 34.13, place="Đà Nẵng"),
    R("Hà Nội («23,83%)", BZS, "=", 23.83, place="Hà Nội"),
    R("Quảng Ninh («22,61%)", BZS, "=", 22.61, place="Quảng Ninh"),
    R("Minh («22,05%)", BZS, "=", 22.05, place="Tp Hồ Chí Minh"),
    R("Bắc Ninh («17,84%)", BZS, "=", 17.84, place="Bắc Ninh"),
    R("là «4,8 triệu người", "Tổng số người dùng ứng dụng Bluezone tại 5 địa phương dẫn đầu cả nước", "=", 4.8e6,
      **CNT),
    R("được «21 trường hợp", "trường hợp F1, F2 ngành y tế truy vết được nhờ Bluezone", "=", 21, **CNT),
    R("để đạt «30% - 45%", "dân số cài đặt ứng dụng này", "between", 30, value_max=45, **T),
    R("khoảng «30 triệu lượt", "lượt cài đặt ứng dụng Bluezone", APPROX, 30e6, **CNT, **T),
    R("đạt được «45 triệu lượt", "lượt cài đặt ứng dụng Bluezone", ">=", 45e6, **CNT, **T),
])

# --------------------------------------------------------------------------
# 12 Bluezone users by province, 2021 (kinhtedothi.vn, no date shown; the
# page's banner lines and the photo caption repeating the title cut;
# "28/4/2021" → 2021). "Hà Nội với 3,1 triệu người" (the lead) and "Hà Nội (3,1
# triệu người)" (count, place Hà Nội, twice); "33,06 triệu lượt tải" and its
# restatement "Trong số 33 triệu lượt" (each recorded); "hơn 20,58 triệu người
# đã nhập số điện thoại" (>); rises "tăng hơn 2,5 triệu", "tăng gần 1 triệu
# người" are changes. Provinces (`place`): TP Hồ Chí Minh 2,83 triệu; Điện Biên
# 70.500, Tuyên Quang 121.000, Yên Bái 130.000 (lowest); shares of population
# Đà Nẵng 43,7%, Hải Dương 40%, Hà Nội 38,6%, Quảng Ninh 37%, Bắc Ninh 34%.
# Not quantities: "XIV" (cut), "17 giờ", "24/5", "28/4", "làn sóng thứ 4",
# "Covid-19". Ids null. Pillar null.
# --------------------------------------------------------------------------
BZD = "số người tải ứng dụng Bluezone"
BZR = "số Bluezoner trên tỷ lệ dân số"
D12 = dict(name="12_ca-nuoc-bluezone-33-trieu-2021", kind="result", year=2021, records=[
    R("Hà Nội với «3,1 triệu", BZD, "=", 3.1e6, **CNT, place="Hà Nội"),
    R("đã có «33,06 triệu", "lượt tải và sử dụng ứng dụng Bluezone", "=", 33.06e6, **CNT),
    R("Trong số «33 triệu", "lượt người sử dụng Bluezone", "=", 33e6, **CNT),
    R("có hơn «20,58 triệu", "người đã nhập số điện thoại của mình vào phần thông tin trên ứng dụng", ">", 20.58e6,
      **CNT),
    R("Hà Nội («3,1 triệu", BZD, "=", 3.1e6, **CNT, place="Hà Nội"),
    R("Minh («2,83 triệu", BZD, "=", 2.83e6, **CNT, place="TP Hồ Chí Minh"),
    R("Điện Biên («70.500", "lượng người tải Bluezone", "=", 70500, **CNT, place="Điện Biên"),
    R("Tuyên Quang («121.000", "lượng người tải Bluezone", "=", 121000, **CNT, place="Tuyên Quang"),
    R("Yên Bái («130.000", "lượng người tải Bluezone", "=", 130000, **CNT, place="Yên Bái"),
    R("Đà Nẵng («43,7%)", BZR, "=", 43.7, place="Đà Nẵng"),
    R("Hải Dương («40%)", BZR, "=", 40, place="Hải Dương"),
    R("Hà Nội («38,6%)", BZR, "=", 38.6, place="Hà Nội"),
    R("Quảng Ninh («37%)", BZR, "=", 37, place="Quảng Ninh"),
    R("Bắc Ninh («34%)", BZR, "=", 34, place="Bắc Ninh"),
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
