#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set326).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: a change against an earlier value, a
threshold that names a group); check_gold.py verifies that every percentage has a record or a NOT
entry.

Each record carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: the catalogue has no indicator of foreign loans, ODA or
non-governmental aid (its money indicators are the budget for digital transformation and its
share), so every record of this set is null (`iid` left at its default).

The set's theme: ODA, foreign loans and foreign non-governmental aid in the provinces. No text
stands under a heading or lead-in that names a pillar of the contract: every record's pillar is
null. Money is unit `other` with the currency as written in `unit_text` ("đồng", "USD"), the
magnitude word multiplied in (spec's decided case); counts of programmes, projects, aid items and
organisations are `count`.

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
from goldkit import R, CNT, T  # noqa: E402

VND = dict(unit="other", unit_text="đồng")
USD = dict(unit="other", unit_text="USD")
ty = functools.partial(lambda m, x: round(x * m), 10 ** 9)  # "N tỷ" as a whole number of đồng
trieu = functools.partial(lambda m, x: round(x * m), 10 ** 6)  # "N triệu" likewise

# --------------------------------------------------------------------------
# 01 Lâm Đồng, foreign non-governmental aid from the start of 2022 to late November
# (baolamdong.vn; cut: the byline "Cập nhật lúc 06:06, Thứ Sáu, 25/11/2022 (GMT+7)", written as the
# first line `date 2022-11-25`, the author "NGUYỄN NGHĨA" and the stray line "," that close the
# page). Year 2022 (the byline's and the text's "năm 2022"). Results, =: the title's and the body's
# "9 chương trình, dự án, phi dự án" (two records, the title's number recorded like the body's, as
# set69 and later sets), "khoảng 25,4 tỷ đồng" (~), its bracket "(tương đương 1.104.469 USD)" (=,
# a bracket that states a value, spec), the commitment of 2022 "615.151 USD", the disbursement
# "158.146 USD" and its rate "đạt 26%" (the disbursed share of the commitment, recorded as the
# earlier sets record a disbursement rate), "21 tổ chức", "28 chương trình, dự án", "1.174.012
# USD", "327.447 USD", "đạt 27,9%". Not a quantity: the second "của 28 chương trình, dự án" (the
# subject of the sentence that gives the commitment, restating the count just recorded).
# --------------------------------------------------------------------------
D01 = dict(name="01_lamdong-vien-tro-phi-chinh-phu-2022", kind="result", year=2022, records=[
    R("Lâm Đồng thu hút «9 chương trình, dự án, phi dự án viện trợ phi Chính phủ\n",
      "chương trình, dự án, phi dự án viện trợ phi Chính phủ Lâm Đồng thu hút", "=", 9, **CNT),
    R("thu hút được «9 chương", "chương trình, dự án, phi dự án viện trợ phi Chính phủ tỉnh Lâm Đồng đã thu hút "
      "được từ đầu năm", "=", 9, **CNT),
    R("khoảng «25,4 tỷ", "tổng vốn tài trợ của các chương trình, dự án, phi dự án viện trợ phi Chính phủ", "~",
      ty(25.4), **VND),
    R("(tương đương «1.104.469 USD", "tổng vốn tài trợ của các chương trình, dự án, phi dự án viện trợ phi Chính "
      "phủ", "=", 1104469, **USD),
    R("là «615.151 USD", "vốn cam kết viện trợ trong năm 2022", "=", 615151, **USD),
    R("đạt «158.146 USD", "tổng giá trị giải ngân thực tế vốn viện trợ", "=", 158146, **USD),
    R("đạt «26%", "giải ngân thực tế vốn cam kết viện trợ trong năm 2022", "=", 26),
    R("có «21 tổ chức", "tổ chức phi Chính phủ đang triển khai chương trình, dự án trên địa bàn tỉnh", "=", 21,
      **CNT),
    R("triển khai «28 chương", "chương trình, dự án của các tổ chức phi Chính phủ đang triển khai", "=", 28,
      **CNT),
    R("là «1.174.012 USD", "tổng vốn cam kết viện trợ trong năm 2022 của các chương trình, dự án", "=", 1174012,
      **USD),
    R("đạt «327.447 USD", "tổng giá trị giải ngân thực tế của các chương trình, dự án", "=", 327447, **USD),
    R("đạt «27,9%", "giải ngân thực tế tổng vốn cam kết viện trợ của chương trình, dự án", "=", 27.9),
])

# --------------------------------------------------------------------------
# 02 Thanh Hóa, the conference on aid from foreign non-governmental organisations and partners
# (sotaydangvien.thanhhoa.dcs.vn; cut: the photo captions "Toàn cảnh hội nghị." and "Phó Chủ tịch
# Thường trực UBND tỉnh Thanh Hóa Nguyễn Văn Thi phát biểu khai mạc."; no byline, no stamp; the
# excerpt ends in "bảo vệ"). Year 2022 (the latest year the text names: "năm 2022 ước đạt"). Results:
# "Từ năm 2008 đến năm 2021, giá trị giải ngân viện trợ đạt 107,56 triệu USD, tương đương 2.624 tỷ
# đồng" (two records, =, year 2021, the period's end); "Giá trị giải ngân trong năm 2022 ước đạt 7,2
# triệu USD" (=, an estimate, spec). Not quantities: "top đầu", "tốp đầu" (no number), "năm 2008".
# --------------------------------------------------------------------------
D02 = dict(name="02_thanhhoa-giai-ngan-vien-tro-pcpnn-2022", kind="result", year=2022, records=[
    R("đạt «107,56 triệu", "giá trị giải ngân viện trợ phi chính phủ nước ngoài từ năm 2008", "=", trieu(107.56),
      **USD, year=2021),
    R("tương đương «2.624 tỷ", "giá trị giải ngân viện trợ phi chính phủ nước ngoài từ năm 2008", "=", ty(2624),
      **VND, year=2021),
    R("ước đạt «7,2 triệu", "giá trị giải ngân viện trợ trong năm 2022", "=", trieu(7.2), **USD),
])

# --------------------------------------------------------------------------
# 03 Đồng Nai, foreign non-governmental aid in 2024 (thoidai.com.vn; cut: the image line "![]() |"
# and its caption "Phó Chủ tịch Liên hiệp ... tiếp nhận bảng tượng trưng tài trợ của tổ chức
# WWO/Hoa Kỳ. (Ảnh: dufo.dongnai.gov.vn) |"; no byline, no stamp; the excerpt ends in "tỉnh Đồng ").
# Year 2024 ("năm 2024"). Results: "hợp tác với 30 tổ chức phi chính phủ nước ngoài" (=), "triển
# khai 30 khoản viện trợ" (=), "tổng giá trị cam kết tài trợ hơn 91,7 tỷ đồng" (>), the FDI
# enterprises' "đóng góp hơn 3,1 tỷ đồng" (>). Not quantities: "Tháng 8/2024" (a date), the
# plan's name "... năm 2024".
# --------------------------------------------------------------------------
D03 = dict(name="03_dongnai-khoan-vien-tro-pcpnn-2024", kind="result", year=2024, records=[
    R("hợp tác với «30 tổ chức", "tổ chức phi chính phủ nước ngoài (PCPNN) và các nhà tài trợ khác tỉnh đã hợp "
      "tác", "=", 30, **CNT),
    R("triển khai «30 khoản", "khoản viện trợ triển khai", "=", 30, **CNT),
    R("hơn «91,7 tỷ", "tổng giá trị cam kết tài trợ của các khoản viện trợ", ">", ty(91.7), **VND),
    R("đóng góp hơn «3,1 tỷ", "doanh nghiệp FDI tham gia dự án an sinh xã hội đóng góp", ">", ty(3.1), **VND),
])

# --------------------------------------------------------------------------
# 04 TP Hồ Chí Minh, the city's Union of Friendship Organisations (HUFO) at its fourth congress,
# 5/1/2023 (thoidai.com.vn; cut: the image line "![]() |" and its caption "| HUFO vinh danh ... vào
# đầu năm 2021 (Ảnh: HUFO). |"; no byline, no stamp; the excerpt ends in "\"Đa số ngu"). Target: the
# title's "đặt mục tiêu vận động 250 triệu USD viện trợ" (>=, a target's bare number, spec), year
# 2028 (the end of the term "nhiệm kỳ 2023-2028" the congress opens; a judgement, as earlier sets
# read a period's end). Results of "Giai đoạn 2017-2021" (year 2021, the period's end): "từ 129 -
# 166 tổ chức" (between, count), "269,42 triệu USD" (=), its bracket "(giải ngân 166,71 triệu
# USD)" (=), "chiếm khoảng 90% giá trị cam kết viện trợ hàng năm" (~). Not quantities: "Đại hội
# HUFO lần thứ IV" (a name), "5/1/2023" (a date), "2023-2028", "2017-2021" (periods).
# --------------------------------------------------------------------------
D04 = dict(name="04_tphcm-hufo-muc-tieu-van-dong-vien-tro-2023", kind="result", year=2021, records=[
    R("vận động «250 triệu", "Liên hiệp hữu nghị thành phố Hồ Chí Minh vận động viện trợ", ">=", trieu(250), **USD,
      **T, year=2028),
    R("mức từ «129 - 166 tổ chức", "số lượng các tổ chức phi chính phủ nước ngoài hoạt động tại thành phố Hồ Chí "
      "Minh", "between", 129, value_max=166, **CNT),
    R("đạt «269,42 triệu", "giá trị cam kết viện trợ phi chính phủ nước ngoài trong giai đoạn", "=",
      trieu(269.42), **USD),
    R("(giải ngân «166,71 triệu", "giá trị viện trợ phi chính phủ nước ngoài giải ngân trong giai đoạn", "=",
      trieu(166.71), **USD),
    R("khoảng «90% giá trị", "lĩnh vực y tế chiếm giá trị cam kết viện trợ hàng năm", "~", 90),
])

# --------------------------------------------------------------------------
# 05 Quảng Nam, non-refundable aid received in the first half of 2021 (baoquangnam.vn; the stamp
# " date 2021-07" written as the first line; cut: the photo caption "Tổ chức phi chính phủ nước
# ngoài tài trợ dự án ... (ảnh minh họa). Ảnh: greenhub.org.vn" with the blank line after it).
# Year 2021 (the stamp's). Results: "12 khoản viện trợ không hoàn lại" (=), "tổng nguồn vốn hơn 22,4
# tỷ đồng" (>), USAID's "tài trợ 9 tỷ đồng" (=), COV's "2 container gạo cháo dinh dưỡng" (=, count)
# "cho 30 trường mẫu giáo" (=, count) "trị giá hơn 4 tỷ đồng" (>), the housing support "trị giá 1,4
# tỷ đồng" (=). Not quantities: "6 tháng đầu năm" (a period), "Cuối tháng 4" (a date).
# --------------------------------------------------------------------------
D05 = dict(name="05_quangnam-vien-tro-khong-hoan-lai-2021", kind="result", year=2021, records=[
    R("tiếp nhận «12 khoản", "khoản viện trợ không hoàn lại từ các tổ chức phi chính phủ Quảng Nam tiếp nhận",
      "=", 12, **CNT),
    R("hơn «22,4 tỷ", "tổng nguồn vốn các khoản viện trợ không hoàn lại", ">", ty(22.4), **VND),
    R("tài trợ «9 tỷ", "Cơ quan Phát triển quốc tế Hoa Kỳ (USAID) tài trợ dự án giảm ô nhiễm rác thải nhựa", "=",
      ty(9), **VND),
    R("viện trợ «2 container", "container gạo cháo dinh dưỡng Tổ chức Children Of Vietnam (COV) viện trợ", "=", 2,
      **CNT),
    R("cho «30 trường", "trường mẫu giáo nhận gạo cháo dinh dưỡng viện trợ", "=", 30, **CNT),
    R("hơn «4 tỷ", "trị giá gạo cháo dinh dưỡng viện trợ", ">", ty(4), **VND),
    R("trị giá «1,4 tỷ", "hỗ trợ kinh phí cho người dân nghèo xây dựng nhà bị hư hỏng bởi mùa mưa lũ", "=",
      ty(1.4), **VND),
])

# --------------------------------------------------------------------------
# 06 Nghệ An, foreign aid received in 2020 and the foreign non-governmental organisations active in
# the province (baonghean.vn; the stamp " date 2021-03" written as the first line; nothing cut).
# Results of "Năm 2020" (year 2020): "34 chương trình, dự án và phi dự án" (=), "tổng số vốn cam kết
# là 3,76 triệu USD" (=), "6 dự án và 18 phi dự án mới được phê duyệt năm 2020" (two counts, each
# its own subject), "898 ngàn USD" (=, 898e3). Results of "Hiện" (year 2021, the stamp's): "57 tổ
# chức" active, "5 tổ chức" waiting, "4 tổ chức" without the province in their registration but
# funding it (=, each its own subject). NOT: "bằng 81,46% so với cùng kỳ năm 2019", "bằng 107,16%
# so với cùng kỳ năm 2019" (changes against an earlier value, spec, as the earlier sets' "bằng
# 143,2% so với cùng kỳ").
# --------------------------------------------------------------------------
D06 = dict(name="06_nghean-to-chuc-pcpnn-von-cam-ket-2020", kind="result", year=2021, records=[
    R("viện trợ «34 chương", "chương trình, dự án và phi dự án nước ngoài Nghệ An nhận được viện trợ", "=", 34,
      **CNT, year=2020),
    R("là «3,76 triệu", "tổng số vốn cam kết viện trợ chương trình, dự án và phi dự án", "=",
      trieu(3.76), **USD, year=2020),
    R("có «6 dự án", "dự án mới được phê duyệt năm 2020", "=", 6, **CNT, year=2020),
    R("và «18 phi dự án", "phi dự án mới được phê duyệt năm 2020", "=", 18, **CNT, year=2020),
    R("là «898 ngàn", "tổng số vốn cam kết viện trợ dự án và phi dự án mới được phê duyệt năm 2020", "=",
      898000, **USD, year=2020),
    R("có «57 tổ chức", "tổ chức phi chính phủ nước ngoài hoạt động trên địa bàn Nghệ An", "=", 57, **CNT),
    R("địa bàn, «5 tổ chức", "tổ chức đang chờ bổ sung địa bàn hoạt động tại Nghệ An", "=", 5, **CNT),
    R("và «4 tổ chức", "tổ chức có giấy chứng nhận đăng ký hoạt động tại Việt Nam chưa có địa bàn Nghệ An nhưng "
      "có hoạt động tài trợ cho tỉnh", "=", 4, **CNT),
], NOT=["bằng «81,46%", "bằng «107,16%"])

# --------------------------------------------------------------------------
# 07 Cần Thơ (merged with Hậu Giang and Sóc Trăng), the city's planned World Bank loan for two
# climate-adaptation projects merged into one, October 2025 (tienphong.vn; the stamp " date
# 2025-10-28" written as the first line, the title following on the second; cut: the photo caption
# "Lãnh đạo Cần Thơ làm việc với đại diện WB." with the blank line after it). Targets: the planned
# loan and the planned project ("dự kiến vay", "dự kiến bố trí vốn đầu tư công giai đoạn 2026-2030":
# a value set for the future, kind target, as the earlier sets read "dự kiến"), year 2030 (the
# public-investment period the text places the project in, its end; a judgement): the title's
# "vay gần 1.700 tỷ đồng ODA" (~), "triển khai tiếp 2 dự án" (>=, a target's bare number), "tổng mức
# đầu tư hơn 2.550 tỷ đồng" (>), "vốn vay của WB hơn 1.671 tỷ đồng" (>), the mechanism "Trung ương
# cấp phát 90%, địa phương vay lại 10%" (two shares of the loan, >=, a target's bare numbers, each
# its own subject). Not quantities: "về 2 dự án" (the topic of the meeting, as the participants of
# an event), "hợp nhất thành 1 dự án" twice (the form of the merger, not a value of an indicator),
# "Ngày 28/10", "tháng 4/2026" (dates), "2026-2030" (the period).
# --------------------------------------------------------------------------
D07 = dict(name="07_cantho-vay-oda-wb-chong-ngap-2025", kind="target", year=2030, records=[
    R("vay gần «1.700 tỷ", "Cần Thơ dự kiến vay ODA để chống ngập", "~", ty(1700), **VND),
    R("triển khai tiếp «2 dự án", "dự án chống chịu với biến đổi khí hậu Cần Thơ dự kiến vay Ngân hàng Thế giới "
      "(WB) để triển khai tiếp", ">=", 2, **CNT),
    R("hơn «2.550 tỷ", "tổng mức đầu tư của dự án sau hợp nhất", ">", ty(2550), **VND),
    R("hơn «1.671 tỷ", "vốn vay của WB của dự án", ">", ty(1671), **VND),
    R("cấp phát «90%", "Trung ương cấp phát vốn vay của WB", ">=", 90),
    R("vay lại «10%", "địa phương vay lại vốn vay của WB", ">=", 10),
])

# --------------------------------------------------------------------------
# 08 Bình Dương, Phú Yên and Quảng Trị: the World Bank and ADB loans signed in April 2025 for three
# projects (soha.vn; the stamp " date 2025-04" written as the first line; nothing cut: the photo
# caption "Thủ tướng chứng kiến Lễ ký kết ..., với tổng trị giá tương đương 400 triệu USD ..." states
# a figure and is kept, so recorded like the body's). Year 2025 (the stamp's). Results, =: the
# loans and aid "tổng trị giá tương đương 400 triệu USD" (body and caption, two records), "230,76
# triệu USD" (Bình Dương), "107,67 triệu USD" (the southern waterway), "(mỗi tỉnh vay vốn tương
# đương 39,711 triệu USD)" (one value stated once for each of two provinces: one record, scope null;
# a province is not a split by administrative level), Bình Dương's "tổng vốn đầu tư lên tới 311
# triệu USD" and "231 triệu USD từ nguồn vay" (=). Targets (the project's design, "dự án được triển
# khai nhằm ...": what it is to cover and serve; a judgement), year 2025 (the stamp's; the sentence
# names none): "bao phủ diện tích hơn 33.000 ha" (>, other, "ha"), "phục vụ cho khoảng 1,4 triệu
# người dân" (~, count). Not quantities: "hai thành phố", "ba đô thị" (number words).
# --------------------------------------------------------------------------
D08 = dict(name="08_binhduong-phuyen-quangtri-vay-wb-adb-2025", kind="result", year=2025, records=[
    R("trị giá tương đương «400 triệu USD của Ngân hàng", "tổng trị giá các khoản vay và viện trợ của Ngân hàng Thế "
      "giới (WB) và Ngân hàng Phát triển Châu Á (ADB) Việt Nam đã nhận được", "=", trieu(400), **USD),
    R("tương đương «230,76 triệu", "số vốn vay của WB Dự án Cải thiện môi trường nước tỉnh Bình Dương", "=",
      trieu(230.76), **USD),
    R("tương đương «107,67 triệu", "số vốn vay của WB Dự án Phát triển hành lang đường thủy và logistics khu vực "
      "phía Nam", "=", trieu(107.67), **USD),
    R("tương đương «39,711 triệu", "vốn vay ADB mỗi tỉnh Dự án Phát triển cơ sở hạ tầng đồng bào dân tộc thiểu số "
      "ứng phó với biến đổi khí hậu tại tỉnh Phú Yên và tỉnh Quảng Trị", "=", trieu(39.711), **USD),
    R("trị giá tương đương «400 triệu USD của WB", "tổng trị giá các hiệp định vay và viện trợ của WB và ADB ký "
      "kết", "=", trieu(400), **USD),
    R("lên tới «311 triệu", "tổng vốn đầu tư Dự án Cải thiện môi trường nước tỉnh Bình Dương", "=", trieu(311),
      **USD),
    R("có «231 triệu", "vốn từ nguồn vay của Ngân hàng Thế giới (WB) Dự án Cải thiện môi trường nước tỉnh Bình "
      "Dương", "=", trieu(231), **USD),
    R("hơn «33.000 ha", "diện tích dự án bao phủ", ">", 33000, unit="other", unit_text="ha", **T),
    R("khoảng «1,4 triệu người", "người dân dự án phục vụ", "~", trieu(1.4), **CNT, **T),
])

# --------------------------------------------------------------------------
# 09 Lai Châu, Lào Cai, Yên Bái: the groundbreaking of the northern mountain provinces' transport
# connectivity project, financed by an ADB ODA loan, 27/12 (vietbao.vn; the stamp " date 2021-12"
# written as the first line; cut: the rest of that line, the player's notice "Your browser does not
# support the audio element.", with the blank line after it). Year 2021 (the stamp's). Results, =:
# "tổng mức 5.339 tỷ đồng tương đương 235,328 triệu USD" (two records, the second the first's
# equivalent), and the bracket's three parts, each its own subject: "vốn vay ADB là 187,277 triệu
# USD", "vốn viện trợ không hoàn lại của Chính phủ Úc là 4,481 triệu USD", "vốn đối ứng của Chính
# phủ Việt Nam là 43,569 triệu USD". Not quantities: "27/12" (a date).
# --------------------------------------------------------------------------
D09 = dict(name="09_laichau-oda-adb-ket-noi-giao-thong-2021", kind="result", year=2021, records=[
    R("tổng mức «5.339 tỷ", "tổng mức đầu tư Dự án Kết nối giao thông các tỉnh miền núi phía Bắc", "=", ty(5339),
      **VND),
    R("tương đương «235,328 triệu", "tổng mức đầu tư Dự án Kết nối giao thông các tỉnh miền núi phía Bắc", "=",
      trieu(235.328), **USD),
    R("là «187,277 triệu", "vốn vay ADB của dự án", "=", trieu(187.277), **USD),
    R("là «4,481 triệu", "vốn viện trợ không hoàn lại của Chính phủ Úc", "=", trieu(4.481), **USD),
    R("là «43,569 triệu", "vốn đối ứng của Chính phủ Việt Nam", "=", trieu(43.569), **USD),
])

# --------------------------------------------------------------------------
# 10 The provinces' disbursement of foreign loans in the first half of 2023 (stc.quangnam.gov.vn,
# the Quảng Nam finance department's copy of a national report; nothing cut; no byline, no stamp).
# Year 2023 ("Tính đến 27/6/2023"). Results: "chỉ đạt 7,6% kế hoạch vốn năm 2023 được giao" (=: the
# disbursement rate, whose denominator the capital plan names, as the earlier sets' "đạt 5,6% kế
# hoạch Thủ tướng Chính phủ giao"), "mới có 8/50 địa phương có tỷ lệ giải ngân đạt trên 15%" (=,
# count 8), "13/50 địa phương chưa giải ngân" (=, count 13). NOT: "trên 15%" (the threshold that
# names the group of localities counted, not a value reached; a judgement). Not quantities: "27/6/
# 2023" twice (dates), "06 tháng đầu năm" (a period), the denominators "/50".
# --------------------------------------------------------------------------
D10 = dict(name="10_dia-phuong-giai-ngan-von-nuoc-ngoai-2023", kind="result", year=2023, records=[
    R("chỉ đạt «7,6% kế", "kết quả giải ngân vốn nước ngoài 06 tháng đầu năm 2023 của các địa phương đạt kế "
      "hoạch vốn năm 2023 được giao", "=", 7.6),
    R("mới có «8/50 địa phương", "địa phương có tỷ lệ giải ngân đạt trên", "=", 8, **CNT),
    R("15%, «13/50 địa phương", "địa phương chưa giải ngân vốn NSTW cấp phát bổ sung có mục tiêu cho NSĐP", "=", 13,
      **CNT),
], NOT=["trên «15%"])

# --------------------------------------------------------------------------
# 11 Kiên Giang, the provincial Union of Friendship Organisations putting the province's 2024 plan
# for foreign non-governmental aid into effect (kufo.vn; cut: the label "Tin nóng" and the byline
# date "Ngày: 23.04.2024", written as the first line `date 2024-04-23`; the excerpt ends in "trong
# t"). Precision text: no quantity. Not quantities: "1225/QĐ-TTg", "80/2020/NĐ-CP", "118/KH-UBND"
# three times (document numbers), "11/11/2019", "08/7/2020", "16/4/2024" (dates), "2019-2025" (a
# period), "năm 2024" (the plan's year, four times).
# --------------------------------------------------------------------------
D11 = dict(name="11_kiengiang-ke-hoach-van-dong-vien-tro-2024-precision", kind="target", year=2024, records=[])

# --------------------------------------------------------------------------
# 12 Quảng Ngãi, the province joining the national online review of foreign non-governmental work,
# 12 April 2024 (quangngai.gov.vn; cut: the skip link "Truy cập nội dung luôn" and the byline line
# "13/04/2024 17:40    327" (date, time and view count), written as the first line `date
# 2024-04-13`, each with the blank line after it). Precision text. Result: "Trong năm 2023, các tổ
# chức phi chính phủ nước ngoài (PCPNN) đã viện trợ cho Việt Nam khoảng 228,7 triệu USD" (~, 2023;
# national, place not given: the value is the country's). Not quantities: "năm 2024" (the title's
# and the text's), "12-4" (a date), "năm 2023" (a year).
# --------------------------------------------------------------------------
D12 = dict(name="12_quangngai-giao-ban-pcpnn-2024-precision", kind="result", year=2023, records=[
    R("khoảng «228,7 triệu", "các tổ chức phi chính phủ nước ngoài (PCPNN) đã viện trợ cho Việt Nam", "~",
      trieu(228.7), **USD),
])

# --------------------------------------------------------------------------
# 13 Hòa Bình, the online review of foreign non-governmental work for 2022 (baohoabinh.com.vn;
# nothing cut; no byline, no stamp; the excerpt ends in "Để n"). Precision text. Year 2022 ("Trong
# năm 2022", "Năm 2022"). Results, =: "Tại Việt Nam hiện có 388 tổ chức phi chính phủ nước ngoài
# đang hoạt động" (the country's), "Năm 2022, trên địa bàn tỉnh có 16 tổ chức phi chính phủ nước
# ngoài/cơ quan hợp tác quốc tế đang hoạt động". Not quantities: "Nghị định số 12" (a document
# number), "Năm 2023" (a year).
# --------------------------------------------------------------------------
D13 = dict(name="13_hoabinh-to-chuc-pcpnn-2022-precision", kind="result", year=2022, records=[
    R("có «388 tổ chức", "tổ chức phi chính phủ nước ngoài đang hoạt động tại Việt Nam", "=", 388, **CNT),
    R("có «16 tổ chức", "tổ chức phi chính phủ nước ngoài/cơ quan hợp tác quốc tế đang hoạt động trên địa bàn tỉnh",
      "=", 16, **CNT),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
