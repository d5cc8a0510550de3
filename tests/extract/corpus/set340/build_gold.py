#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set340).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'), with set319's
BARE_PCT list. Each record is written by hand below; its anchor is never typed in. A record names a
locator: a piece of the text with « just before the number. The locator (without «) must occur
exactly once in the text; the anchor is where « stands. `start`/`end` (the clause that states the
quantity) are computed as in the seeds' builder.

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: a result's change against an earlier
value, completion against an estimate or a plan); check_gold.py verifies that every percentage
has a record or a NOT entry. BARE_PCT lists the shares a table writes without "%" (06's cells
under a header "(%)").

Each record also carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: the catalogue measures digital transformation and holds no
indicator of general growth, structure, income, budget or investment, so every record of this set
is null (see README).

The theme: the local economy's growth figures (GRDP growth, economic structure, income per head,
budget collected, investment), 2020-2026. No text stands under a pillar's heading: every pillar is
null.

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
from goldkit import R, CNT, RANK, T, RES  # noqa: E402

TRIEU, TY = 1e6, 1e9
DONG = dict(unit="other", unit_text="đồng")      # money, the magnitude word multiplied in (spec)
USD = dict(unit="other", unit_text="USD")
PER_HA = dict(unit="other", unit_text="đồng/ha")

# --------------------------------------------------------------------------
# 01 Quảng Nam, Đại Lộc district's main targets for the term 2020-2025 (thanhnien.vn; the stamp
# " date 2020-07" written as the first line; nothing cut; the excerpt ends in "Phấn đấu đến ").
# Targets for the end of the term: year 2025 (the text's "đến năm 2025"; "mỗi năm", "hằng năm"
# targets of the term take the term's year too). Pillar null. "Tốc độ tăng trưởng kinh tế bình
# quân đạt 12-13%/ năm" (between); the structure "khoảng 64% ... khoảng 28,5% ... khoảng 7,5%"
# (~, each sector its own subject); bare shares >=; "trên 90%", "trên 95%" (>); "từ 80 đảng viên
# mới trở lên" (count, >=). The rural and urban clean-water shares are two subjects in two
# clauses, each naming its group in its subject: scope null (spec: a level only part of the
# subject). Not quantities: "3 khâu đột phá" (tasks), "2020 - 2025", "2010" (dates, the price
# base), "2 buổi/ ngày" (a school timetable), "đô thị loại 4", "QL14B" (names).
# --------------------------------------------------------------------------
D01 = dict(name="01_quangnam-dailoc-chi-tieu-nhiem-ky-2025", kind="target", year=2025, records=[
    R("bình quân đạt «12-13%", "Tốc độ tăng trưởng kinh tế bình quân", "between", 12, value_max=13),
    R("xây dựng khoảng «64%", "Cơ cấu kinh tế: CN - TTCN - xây dựng", "~", 64),
    R("dịch vụ khoảng «28,5%", "Cơ cấu kinh tế: các ngành dịch vụ", "~", 28.5),
    R("thủy sản khoảng «7,5%", "Cơ cấu kinh tế: nông - lâm nghiệp - thủy sản", "~", 7.5),
    R("BTXH), «97% người", "người dân tham gia BHYT", ">=", 97),
    R("2025: «100% các trường", "các trường mầm non, mẫu giáo, tiểu học và THCS đạt chuẩn", ">=", 100),
    R("chuẩn; «60% học sinh", "học sinh THCS được học 2 buổi/ ngày", ">=", 60),
    R("nước sạch trên «90%", "Tỷ lệ hộ dân nông thôn sử dụng nước sạch", ">", 90),
    R("hợp vệ sinh đạt «100%", "hộ dân nông thôn sử dụng nước hợp vệ sinh", ">=", 100),
    R("nước sạch trên «95%", "tỷ lệ hộ dân đô thị được cung cấp nước sạch", ">", 95),
    R("kết nạp từ «80 đảng viên", "đảng viên mới kết nạp mỗi năm", ">=", 80, **CNT),
    R("có từ «80% tổ chức", "tổ chức cơ sở Đảng hoàn thành tốt nhiệm vụ trở lên hằng năm", ">=", 80),
    R("hằng năm từ «80% trở", "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ hằng năm", ">=", 80),
    R("trở lên. «100% xã", "xã, thị trấn đạt tiêu chuẩn vững mạnh về quốc phòng - an ninh", ">=", 100),
])

# --------------------------------------------------------------------------
# 02 Lâm Đồng, Đạ Tẻh district's party congress and its targets for the term 2020-2025
# (dangcongsan.vn; cut: the widget line "leftcenterrightdel" and the photo caption " Đại hội đại
# biểu Đảng bộ huyện Đạ Tẻh, nhiệm kỳ 2020- 2025 (Ảnh: Báo Lâm Đồng)" with the blank line after
# it; no byline, no stamp; the excerpt ends in "nâng cao,"). Targets, year 2025 (the text's "đến
# năm 2025"). The growth rate is stated twice, for the term and for 2021 - 2025 ("đạt 7,82%",
# "là 7,82%"): two records (two statements, each its own wording). "chiếm 42%" etc. bare: >=.
# "124,5 triệu đồng /ha" (other "đồng/ha"). "có tốc độ tăng trung bình đạt 5 - 7%/năm" and "đạt
# từ 96 đến 97%" (between). "có 8/8 xã được công nhận nông thôn mới nâng cao" (count, >=). Not
# quantities: "lần thứ VIII", "XI", "XIII" (names), "2020- 2025", "2021 - 2025", "2020 - 2025"
# (dates), the denominator "/8".
# --------------------------------------------------------------------------
D02 = dict(name="02_lamdong-dateh-chi-tieu-nhiem-ky-2025", kind="target", year=2025, records=[
    R("địa bàn đạt «7,82%", "tốc độ tăng trưởng bình quân của cả nhiệm kỳ trên địa bàn", ">=", 7.82),
    R("2025 là «7,82%", "tốc độ tăng trưởng bình quân giai đoạn 2021 - 2025", ">=", 7.82),
    R("đạt «65 triệu", "thu nhập bình quân đầu người", ">=", 65 * TRIEU, **DONG),
    R("đạt «124,5 triệu", "giá trị sản phẩm thu hoạch trên một đơn vị diện tích", ">=", 124.5 * TRIEU, **PER_HA),
    R("chiếm «42%", "tỷ trọng trong cơ cấu kinh tế của huyện: nông – lâm - thủy sản", ">=", 42),
    R("chiếm «46%", "tỷ trọng trong cơ cấu kinh tế của huyện: dịch vụ", ">=", 46),
    R("chiếm «12%", "tỷ trọng trong cơ cấu kinh tế của huyện: công nghiệp - xây dựng", ">=", 12),
    R("đạt «4.862 tỷ", "tổng vốn đầu tư toàn xã hội thời kỳ 2021 - 2025", ">=", 4862 * TY, **DONG),
    R("đạt «5 - 7%", "tốc độ tăng trung bình thu ngân sách nhà nước", "between", 5, value_max=7),
    R("đạt từ «96 đến 97%", "tỷ lệ gia đình, thôn, buôn tổ dân phố, cơ quan, đơn vị, doanh nghiệp văn hóa",
      "between", 96, value_max=97),
    R("có «8/8 xã", "xã được công nhận nông thôn mới nâng cao", ">=", 8, **CNT),
])

# --------------------------------------------------------------------------
# 03 Trà Vinh, the province's 2024 socio-economic targets and budget estimate handed to its
# departments and districts (travinh.gov.vn; cut: the view counter "Lượt xem: 2724" and the photo
# captions "Các đại biểu dự hội nghị" and "Cục trưởng Cục Thuế tỉnh Phạm Quốc Dũng lưu ý ..." with
# the blank line after each; no byline, no stamp; the excerpt ends in "trong th"). Targets, year
# 2024. The title's "đạt 8,5% trong năm 2024" counted as a statement (as earlier sets' titles),
# and the body's "(GRDP) đạt 8,5%". "tỷ lệ hộ nghèo giảm 0,3%" (a target stated as a change, >=).
# The budget estimate ("dự toán") is the plan's figure for 2024: targets, "trên" >, "khoảng" ~;
# "chi thuộc nhiệm vụ của ngân sách cấp tỉnh khoảng 6.520 tỷ đồng, cấp huyện khoảng 4.294 tỷ
# đồng" splits one spending by level: scopes "cấp tỉnh", "cấp huyện". Not quantities: "23 chỉ
# tiêu" (a count of targets), "11/12" (a date).
# --------------------------------------------------------------------------
D03 = dict(name="03_travinh-chi-tieu-ktxh-ngan-sach-2024", kind="target", year=2024, records=[
    R("kinh tế đạt «8,5% trong", "tăng trưởng kinh tế", ">=", 8.5),
    R("(GRDP) đạt «8,5%", "tốc độ tăng trưởng kinh tế (GRDP)", ">=", 8.5),
    R("đạt «88,89 triệu", "GRDP bình quân đầu người", ">=", 88.89 * TRIEU, **DONG),
    R("GRDP đạt «73,7%", "tỷ trọng công nghiệp, xây dựng và dịch vụ, thuế sản phẩm trong GRDP", ">=", 73.7),
    R("đạt «34.000 tỷ", "tổng vốn đầu tư phát triển toàn xã hội", ">=", 34000 * TY, **DONG),
    R("mới «520 doanh", "doanh nghiệp phát triển mới", ">=", 520, **CNT),
    R("đào tạo đạt «69,67%", "tỷ lệ lao động qua đào tạo", ">=", 69.67),
    R("cho «23.000 lao động", "lao động được tạo việc làm tăng thêm", ">=", 23000, **CNT),
    R("giảm «0,3%", "tỷ lệ hộ nghèo giảm", ">=", 0.3),
    R("tỉnh trên «10.764 tỷ", "dự toán thu ngân sách tỉnh", ">", 10764 * TY, **DONG),
    R("khoảng «5.184 tỷ", "thu nội địa ngân sách tỉnh được hưởng theo phân cấp", "~", 5184 * TY, **DONG),
    R("khoảng «5.414 tỷ", "thu bổ sung từ ngân sách Trung ương", "~", 5414 * TY, **DONG),
    R("trên «10.815 tỷ", "Dự toán chi ngân sách", ">", 10815 * TY, **DONG),
    R("khoảng «6.520 tỷ", "chi thuộc nhiệm vụ của ngân sách", "~", 6520 * TY, **DONG, scope="cấp tỉnh"),
    R("khoảng «4.294 tỷ", "chi thuộc nhiệm vụ của ngân sách", "~", 4294 * TY, **DONG, scope="cấp huyện"),
])

# --------------------------------------------------------------------------
# 04 Thanh Hóa, Tĩnh Gia ward studying the resolutions of the province's 20th and the ward's 1st
# party congress, November 2025 (baothanhhoa.vn; the stamp " date 2025-11-24" written as the first
# line; nothing cut; the excerpt ends in "đến năm 2030 "). Targets of the term 2025-2030, year 2030.
# "đạt 11,5% trở lên" (>=), the two "120 triệu đồng" (income per head; the value per hectare,
# unit_text "đồng" as set162 wrote "72 triệu đồng" per hectare). Not quantities: "lần thứ XX",
# "XIX", "I" (names), "24/11", "02/9/2025" (dates), "2025-2030", "2020-2025" (terms).
# --------------------------------------------------------------------------
D04 = dict(name="04_thanhhoa-tinhgia-chi-tieu-2030", kind="target", year=2030, records=[
    R("đạt «11,5% trở", "Tốc độ tăng tổng giá trị sản phẩm trên địa bàn bình quân hằng năm", ">=", 11.5),
    R("người/năm đến năm 2030 đạt «120 triệu", "thu nhập bình quân đầu người/năm", ">=", 120 * TRIEU, **DONG),
    R("thủy sản đến năm 2030 đạt «120 triệu", "giá trị sản phẩm trên một ha đất trồng trọt và nuôi trồng thủy sản",
      ">=", 120 * TRIEU, **DONG),
])

# --------------------------------------------------------------------------
# 05 Bình Dương, Phú Giáo district's economic structure targets for 2021-2025 and 2026-2030
# (baobinhduong.vn; cut: the byline "Cập nhật: 16-08-2022 | 08:28:41" (written as the first line
# `date 2022-08-16`), the byline name "PHƯƠNG ANH", "Chia sẻ bài viết", the comment notice "LƯU Ý:
# BDO ...", the upload line "Gửi file đính kèm không quá 10MB Đính kèm File", the counter
# "intNumViewTotal=295" and "Quay lên trên", with the blank lines between them). Targets: "cơ cấu
# kinh tế nông nghiệp - công nghiệp - dịch vụ của huyện tương ứng 36,20% - 34,50% - 29,30%" for
# 2021-2025 (year 2025) and "34,60% - 35,50% - 29,90%" for 2026-2030 (year 2030): six records, each
# sector its own subject ("tương ứng", respectively), bare shares >=; the dashes join three values,
# not a range. Not quantities: "2021-2030", "2050" (the plan's horizon), "Covid-19" (a name).
# --------------------------------------------------------------------------
S25, S30 = "giai đoạn 2021-2025", "giai đoạn 2026-2030"
D05 = dict(name="05_binhduong-phugiao-co-cau-kinh-te-2030", kind="target", year=2025, records=[
    R("tương ứng «36,20%", f"cơ cấu kinh tế của huyện {S25}: nông nghiệp", ">=", 36.2),
    R("«34,50%", f"cơ cấu kinh tế của huyện {S25}: công nghiệp", ">=", 34.5),
    R("«29,30%", f"cơ cấu kinh tế của huyện {S25}: dịch vụ", ">=", 29.3),
    R("tương ứng «34,60%", f"cơ cấu kinh tế của huyện {S30}: nông nghiệp", ">=", 34.6, year=2030),
    R("«35,50%", f"cơ cấu kinh tế của huyện {S30}: công nghiệp", ">=", 35.5, year=2030),
    R("«29,90%", f"cơ cấu kinh tế của huyện {S30}: dịch vụ", ">=", 29.9, year=2030),
])

# --------------------------------------------------------------------------
# 06 Thừa Thiên Huế, the table of the main socio-economic indicators "ƯỚC ĐẠT ĐƯỢC TRONG NĂM 2021"
# after the report 438/BC-UBND of 04/12/2020 (thuathienhue.gov.vn; nothing cut; the table text of
# this set, one cell a line). Written in December 2020 for the year ahead (the column "Ước TH năm
# 2021", "nhập khẩu phấn đấu"): targets of 2021, the cell's comparator ">" as >, bare numbers >=
# (spec; "dự ước 24.500 tỷ" too: a target's estimate, no comparator word; a judgement). One result:
# "(do năm 2020 là năm gốc, tăng 2,06%)", the 2020 growth of GRDP the row names (result, =, 2020; a
# judgement: the rate the row's "Tốc độ tăng trưởng" names, not a change stated against a value).
# The brackets "(tăng 15%)", "(giảm 28,3% so với thực hiện năm 2020)", "(tăng 4,5% so với năm
# 2020)" state the same targets as changes: targets stated as changes (spec), >=, 2021. Values as
# the cells write them; the header's unit with its magnitude word goes into unit_text ("triệu
# USD", "tỷ đồng"), except "24.500 tỷ", whose magnitude word stands at the number (24500e9,
# "đồng"). The shares under a header "(%)" (67, 94, 30 - 40, 57-57,5) are written without "%":
# BARE_PCT. Ranges (between): "7,4 - 8,4%", "8-10%", "13-14", "58-60", "07 - 09", "30 - 40",
# "57-57,5". Not quantities: the row numbers 1-15, "438/BC-UBND", "04/12/2020", "2016– 2020"
# (the poverty standard's period), "15 tuổi" (an age bound). Pillar null ("Kinh tế", "Xã hội",
# "Môi trường" name no pillar).
# --------------------------------------------------------------------------
D06 = dict(name="06_thuathienhue-chi-tieu-ktxh-2021", kind="target", year=2021, records=[
    R("tăng «7,4 - 8,4%", "Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)", "between", 7.4, value_max=8.4),
    R("tăng «2,06%", "Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) năm 2020", "=", 2.06, **RES, year=2020),
    R(">«2.300", "GRDP bình quân đầu người", ">", 2300, unit="other", unit_text="USD/người"),
    R(">«920", "Kim ngạch xuất khẩu", ">", 920, unit="other", unit_text="triệu USD"),
    R("«575 (tăng", "nhập khẩu phấn đấu", ">=", 575, unit="other", unit_text="triệu USD"),
    R("(tăng «15%)", "nhập khẩu tăng", ">=", 15),
    R("tăng từ «8-10%", "Tổng vốn đầu tư toàn xã hội tăng", "between", 8, value_max=10),
    R("dự ước «24.500 tỷ", "Tổng vốn đầu tư toàn xã hội", ">=", 24500 * TY, **DONG),
    R("«6.065,2 (giảm", "Thu ngân sách Nhà nước", ">=", 6065.2, unit="other", unit_text="tỷ đồng"),
    R("(giảm «28,3%", "Thu ngân sách Nhà nước giảm so với thực hiện năm 2020", ">=", 28.3),
    R("\n\n«67\n", "Tỷ lệ lao động qua đào tạo", ">=", 67),
    R("«13-14", "Bác sỹ/vạn dân", "between", 13, value_max=14, unit="other", unit_text="bác sỹ/vạn dân"),
    R("«58-60", "Giường bệnh/vạn dân", "between", 58, value_max=60, unit="other",
      unit_text="giường bệnh/vạn dân"),
    R("«0,4% (theo", "Tỷ lệ hộ nghèo", ">=", 0.4),
    R("«07 - 09", "xã đạt chuẩn nông thôn mới", "between", 7, value_max=9, **CNT),
    R("«650.000 (tăng", "Lực lượng lao động từ 15 tuổi trở lên", ">=", 650000, **CNT),
    R("(tăng «4,5%", "Lực lượng lao động tăng so với năm 2020", ">=", 4.5),
    R("\n\n«94\n", "Tỉ lệ dân số sử dụng nước sạch", ">=", 94),
    R("«30 - 40", "Tỉ lệ khu công nghiệp đang hoạt động có hệ thống xử lý nước thải tập trung đạt tiêu chuẩn "
      "môi trường", "between", 30, value_max=40),
    R("«57-57,5", "Tỉ lệ che phủ rừng ổn định", "between", 57, value_max=57.5),
], BARE_PCT=["\n\n«67\n", "\n\n«94\n", "«30 - 40", "«57-57,5"])

# --------------------------------------------------------------------------
# 07 Lào Cai, the province's economy in 2022 (danviet.vn; the stamp " date 2023-09" written as the
# first line; nothing cut; one paragraph). Results of 2022. "tốc độ tăng trưởng kinh tế (GRDP)
# bình quân của tỉnh năm 2022 đạt 9,02%" (=, the year's rate, as the earlier sets' "tăng trưởng
# kinh tế đạt 8,78%"); its places "xếp thứ 4/14 tỉnh trong vùng và 26/63 tỉnh, thành phố" and the
# economy's size's "xếp thứ 4/14 ..., xếp thứ 42/63" (rank, =, the region or the country in the
# indicator); the size "gần 68.000 tỷ đồng" (~); GRDP per head "90 triệu đồng" (=); the budget
# "trên 10.389 tỷ đồng" (>) and "20.829 tỷ đồng" (=). NOT: "cao hơn 3,57% so với năm 2021" (a
# change against an earlier value). Not quantities: "tăng 3 bậc", "tăng 01 bậc" (changes), the
# denominators "/14", "/63".
# --------------------------------------------------------------------------
D07 = dict(name="07_laocai-grdp-ngan-sach-2022", kind="result", year=2022, records=[
    R("năm 2022 đạt «9,02%", "tốc độ tăng trưởng kinh tế (GRDP) bình quân của tỉnh", "=", 9.02),
    R("xếp thứ «4/14 tỉnh trong vùng và", "tốc độ tăng trưởng kinh tế (GRDP) xếp thứ tỉnh trong vùng", "=", 4,
      **RANK),
    R("và «26/63", "tốc độ tăng trưởng kinh tế (GRDP) xếp thứ tỉnh, thành phố", "=", 26, **RANK),
    R("đạt gần «68.000 tỷ", "Quy mô kinh tế", "~", 68000 * TY, **DONG),
    R("tỷ đồng, xếp thứ «4/14", "Quy mô kinh tế xếp thứ tỉnh trong vùng", "=", 4, **RANK),
    R("xếp thứ «42/63", "Quy mô kinh tế xếp thứ tỉnh, thành phố", "=", 42, **RANK),
    R("đạt «90 triệu", "GRDP bình quân đầu người", "=", 90 * TRIEU, **DONG),
    R("đạt trên «10.389 tỷ", "Thu ngân sách nhà nước trên địa bàn", ">", 10389 * TY, **DONG),
    R("đạt «20.829 tỷ", "Tổng thu ngân sách địa phương", "=", 20829 * TY, **DONG),
], NOT=["hơn «3,57%"])

# --------------------------------------------------------------------------
# 08 Nghệ An, Quỳnh Lưu district's review of party building in 2021 (baonghean.vn; the stamp
# " date 2022-01" written as the first line; nothing cut; the excerpt ends in "nông t"). Results of
# 2021: "tốc độ phát triển kinh tế đạt 7,36%" (=, the year's rate named), the budget "540,1 tỷ
# đồng", income per head "49,15 triệu đồng" (=), "huy động trên 2.170 tỷ đồng cho ... nông thôn
# mới" (>), "lũy kế đến năm 2021 có 32/32 xã đạt chuẩn nông t[hôn mới]" (count, =). NOT: the
# structure's shifts "công nghiệp - xây dựng tăng 2,52%, dịch vụ tăng 0 68% so với năm 2020"
# (changes against an earlier value; "0 68%" the page's typo for 0,68%, the checker's percentage
# at "68"), "vượt 53,2 % so với dự toán" (against the estimate). Not quantities: "30/32 chỉ tiêu
# đạt và vượt kế hoạch" (a count of targets met, as the earlier sets' "23/28 chỉ tiêu"), "tăng
# 4,58 triệu đồng so với năm 2020" (a change), the denominator "/32" twice.
# --------------------------------------------------------------------------
D08 = dict(name="08_nghean-quynhluu-kinh-te-2021", kind="result", year=2021, records=[
    R("kinh tế đạt «7,36%", "tốc độ phát triển kinh tế", "=", 7.36),
    R("đạt «540,1 tỷ", "thu ngân sách", "=", 540.1 * TY, **DONG),
    R("đạt «49,15 triệu", "giá trị thu nhập bình quân đầu người", "=", 49.15 * TRIEU, **DONG),
    R("trên «2.170 tỷ", "toàn huyện huy động cho công tác xây dựng nông thôn mới", ">", 2170 * TY, **DONG),
    R("có «32/32 xã", "xã đạt chuẩn nông thôn mới lũy kế", "=", 32, **CNT),
], NOT=["tăng «2,52%", "0 «68%", "vượt «53,2 %"])

# --------------------------------------------------------------------------
# 09 Thái Nguyên, the only province outside the key economic regions among the ten highest GRDP per
# head of 2022 (soha.vn; the stamp " date 2023-04" written as the first line; cut: the caption
# "10 tỉnh, thành có GRDP bình quân cao nhất Việt Nam năm 2022. Nguồn: Cục thống kê các tỉnh,
# thành." with the blank line after it; the excerpt ends in "của Thái Nguyên "). Results of 2022:
# the country's GDP per head "khoảng 4.110 USD" (~), "13 địa phương có GRDP lớn hơn mức bình quân"
# (count, =), Thái Nguyên's GRDP per head "thuộc top 10 cao nhất Việt Nam" (rank <=, a group),
# the growth "ước đạt 8,59%" (=) with its plan "(kế hoạch là 8%)" (a target of 2022 in a bracket,
# >=), the structure "59,5%", "30%", "10,5%" (=). Not quantities: "10 tỉnh, thành có GRDP bình
# quân cao nhất ... gồm có" and "trong 10 tỉnh, thành ..." (the lead of a list of names, as set193's
# "15 xã ... bao gồm"), "4 vùng kinh tế trọng điểm (KTTĐ) với 24 tỉnh", "4 tỉnh, thành là ..."
# (the make-up of the regions), "có tới 9 địa phương thuộc các vùng KTTĐ" (the make-up of the list
# of ten; a judgement).
# --------------------------------------------------------------------------
D09 = dict(name="09_thainguyen-grdp-co-cau-2022", kind="result", year=2022, records=[
    R("khoảng «4.110 USD", "GDP bình quân đầu người của Việt Nam", "~", 4110, **USD),
    R("có «13 địa phương", "địa phương có GRDP lớn hơn mức bình quân", "=", 13, **CNT),
    R("top «10 cao", "GRDP bình quân thuộc top cao nhất Việt Nam", "<=", 10, **RANK),
    R("ước đạt «8,59%", "tốc độ tăng tổng sản phẩm trong tỉnh Thái Nguyên (GRDP)", "=", 8.59),
    R("kế hoạch là «8%", "tốc độ tăng tổng sản phẩm trong tỉnh (GRDP) kế hoạch", ">=", 8, **T),
    R("chiếm «59,5%", "Cơ cấu kinh tế: công nghiệp - xây dựng", "=", 59.5),
    R("chiếm «30%", "Cơ cấu kinh tế: dịch vụ và thuế sản phẩm", "=", 30),
    R("chiếm «10,5%", "Cơ cấu kinh tế: nông, lâm nghiệp và thủy sản", "=", 10.5),
])

# --------------------------------------------------------------------------
# 10 Bắc Ninh, the economy's structure in the first six months (bacninh.dangcongsan.vn; cut: the
# photo caption "(Ảnh minh họa: Phan Thái Sơn)", the lines of one space and the byline initials
# "MT" with the blank lines between them; no byline date, no stamp). Year 2021: the text compares
# with "cùng kỳ năm 2020" (the same period a year before), so the period reported is the first
# half of 2021 (a judgement; the address's title "GRDP 6 tháng đầu năm tăng 7,45%" names no year).
# Results: the structure "chiếm 76,19%; ... 16,49%; ... 3,49%; ... 3,84%" (=, 2021) and the same
# period's "75,36% - 17,36% - 3,29% - 3,99%" (=, 2020; "tương ứng", respectively). NOT: the
# sectors' growth "tăng cao nhất với 8,86%", "tăng 7,59%", "tăng 3,29%", "tăng 2,61%" (changes
# against the same period, as the earlier sets' "GRDP ước tăng 10,55% so với cùng kỳ" and its
# sectors), the shares' shifts "tăng 0,83%", "tăng 0,19%", "(-0,87%)" (changes).
# --------------------------------------------------------------------------
P20 = "của cùng kỳ năm 2020"
D10 = dict(name="10_bacninh-co-cau-kinh-te-6-thang-2021", kind="result", year=2021, records=[
    R("chiếm «76,19%", "Cơ cấu kinh tế theo ngành: Khu vực công nghiệp - xây dựng", "=", 76.19),
    R("chiếm «16,49%", "Cơ cấu kinh tế theo ngành: dịch vụ", "=", 16.49),
    R("chiếm «3,49%", "Cơ cấu kinh tế theo ngành: nông, lâm nghiệp và thuỷ sản", "=", 3.49),
    R("sản phẩm «3,84%", "Cơ cấu kinh tế theo ngành: thuế sản phẩm trừ trợ cấp sản phẩm", "=", 3.84),
    R("là: «75,36%", f"Cơ cấu {P20}: Khu vực công nghiệp - xây dựng", "=", 75.36, year=2020),
    R("- «17,36%", f"Cơ cấu {P20}: dịch vụ", "=", 17.36, year=2020),
    R("- «3,29% -", f"Cơ cấu {P20}: nông, lâm nghiệp và thuỷ sản", "=", 3.29, year=2020),
    R("- «3,99%", f"Cơ cấu {P20}: thuế sản phẩm trừ trợ cấp sản phẩm", "=", 3.99, year=2020),
], NOT=["với «8,86%", "tăng «7,59%", "tăng «3,29% và", "tăng «2,61%", "tăng «0,83%", "tăng «0,19%", "(-«0,87%"])

# --------------------------------------------------------------------------
# 11 Quảng Ninh, first of the three provinces with the highest GRDP growth in the first nine
# months of 2025 (cafef.vn; the stamp " date 2025-10-24" written as the first line; nothing cut;
# the excerpt ends in "những kết quả "). Results of 2025. The headings "TOP 1: Quảng Ninh" and
# "TOP 2: Hải Phòng" are the article's ranking by nine-month growth (rank, =; place "Hải Phòng" for
# the second). "tốc độ tăng trưởng kinh tế (GRDP) 9tháng của tỉnh ước tăng 11,66%" (=, the rate
# named "tốc độ tăng trưởng", not stated against a value) and the earlier years' "(các năm đều dao
# động từ 8,02% đến 10,12%)" (between, year null: ten years, no one year; a bracket that states a
# value). Tourists "17,11 triệu lượt", "3,25 triệu lượt" (count), tourism revenue "44.250 tỷ
# đồng", the budget "ước đạt 51.465 tỷ đồng" (=), investment outside the budget "hơn 194.000 tỷ
# đồng" and total investment "trên 82.000 tỷ đồng" (>). NOT: "tăng 24,07% so với cùng kỳ năm
# 2024", "tăng 15,18%", "GRDP của tỉnh ước tăng 12,88%" (changes against the same period, as the
# earlier sets' "GRDP ước tăng 10,55% so với cùng kỳ"), "tăng 9% so với cùng kỳ", "tăng 25% cùng
# kỳ", "tăng 20% cùng kỳ", "tăng 11,4%" (changes), "đạt trên 90% dự toán" (against the estimate).
# Not quantities: "9tháng", "9 tháng", "3 tháng" (periods), "10 năm", "quý III/2025", "tháng 10",
# "gấp 20 lần so với cùng kỳ" (a change).
# --------------------------------------------------------------------------
D11 = dict(name="11_quangninh-grdp-ngan-sach-9-thang-2025", kind="result", year=2025, records=[
    R("TOP «1: Quảng Ninh", "tỉnh tăng trưởng GRDP 9 tháng cao nhất: TOP", "=", 1, **RANK),
    R("ước tăng «11,66%", "tốc độ tăng trưởng kinh tế (GRDP) 9tháng của tỉnh", "=", 11.66),
    R("từ «8,02% đến", "tốc độ tăng trưởng kinh tế các năm qua 10 năm trở lại đây", "between", 8.02,
      value_max=10.12, year=None),
    R("được «17,11 triệu", "lượt khách du lịch", "=", 17.11e6, **CNT),
    R("đạt «3,25 triệu", "lượt khách quốc tế", "=", 3.25e6, **CNT),
    R("đạt «44.250 tỷ", "tổng doanh thu từ du lịch", "=", 44250 * TY, **DONG),
    R("đạt «51.465 tỷ", "thu ngân sách Nhà nước trên địa bàn tỉnh", "=", 51465 * TY, **DONG),
    R("hơn «194.000 tỷ", "Thu hút đầu tư vốn ngoài ngân sách trong nước", ">", 194000 * TY, **DONG),
    R("trên «82.000 tỷ", "tổng vốn đầu tư toàn xã hội", ">", 82000 * TY, **DONG),
    R("TOP «2: Hải Phòng", "tỉnh tăng trưởng GRDP 9 tháng cao nhất: TOP", "=", 2, **RANK, place="Hải Phòng"),
], NOT=["tăng «24,07%", "tăng «15,18%", "tăng «12,88%", "tăng «9% so", "tăng «25% cùng", "tăng «20% cùng",
        "trên «90% dự toán", "tăng «11,4%"])

# --------------------------------------------------------------------------
# 12 Hà Nội, the 2025 results and the growth target of 2026 told at the government's conference
# with the localities on 8 January 2026 (doanhnghiephoinhap.vn; cut: the byline date "Thứ tư
# 25/02/2026 23:20" (written as the first line `date 2026-02-25`), "Hotline: ...", "Email: ...",
# the section label "Nghiên cứu - Dữ liệu" and the two photo captions "Hội nghị trực tuyến toàn
# quốc ... (Ảnh: VGP)." / "... Ảnh: VGP"; the excerpt ends in "hiệu qu"). Results of 2025: "đạt
# tốc độ tăng trưởng GRDP 8,16%" (=), the economy's size "vượt mốc 64 tỷ USD" (>), FDI "đạt khoảng
# 4,4 tỷ USD" (~), the budget "vượt 700.000 tỷ đồng" (>; "vượt" a level passed, not an excess over
# a target). Targets of 2026: the localities' "mục tiêu tăng trưởng GRDP từ 10% trở lên" (>=), Hà
# Nội's "tăng trưởng trên 11%" in the heading and in the body (>, two statements). NOT: "tăng đột
# biến hơn 70%" (a change), "tăng 138% so với dự toán" (against the estimate). Not quantities:
# "8/1" (a date), "hai con số" (words).
# --------------------------------------------------------------------------
T26 = dict(kind="target", year=2026)
D12 = dict(name="12_hanoi-muc-tieu-grdp-2026", kind="result", year=2025, records=[
    R("GRDP từ «10% trở", "mục tiêu tăng trưởng GRDP của nhiều tỉnh, thành phố lớn", ">=", 10, **T26),
    R("hướng tới tăng trưởng trên «11%", "Hà Nội tăng trưởng", ">", 11, **T26),
    R("GRDP «8,16%", "tốc độ tăng trưởng GRDP", "=", 8.16),
    R("vượt mốc «64 tỷ USD", "Quy mô nền kinh tế Hà Nội", ">", 64 * TY, **USD),
    R("khoảng «4,4 tỷ USD", "thu hút FDI", "~", 4.4 * TY, **USD),
    R("vượt «700.000 tỷ", "thu ngân sách nhà nước của Hà Nội", ">", 700000 * TY, **DONG),
    R("đặt mục tiêu tăng trưởng trên «11%", "Hà Nội đặt mục tiêu tăng trưởng", ">", 11, **T26),
], NOT=["hơn «70%", "tăng «138%"])

# --------------------------------------------------------------------------
# 13 Bình Định, the Party secretary's article on the province's directions to 2030 (tapchicongsan
# .org.vn; cut: the byline "HỒ QUỐC DŨNG", "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch Hội
# đồng nhân dân tỉnh Bình Định" and "15:39, ngày 22-06-2023" (written as the first line `date
# 2023-06-22`) with the blank line after them; the excerpt ends in "theo hướn"). A precision text:
# many numbers, two quantities, results of 2015-2020 (year 2020): "GRDP bình quân hằng năm tăng
# 6,2%" (=, an average growth rate over the period, as the earlier sets' "tốc độ tăng trưởng kinh
# tế bình quân giai đoạn 2021-2025 đạt 6,71%") and "GRDP bình quân đầu người năm 2020 đạt 2.591 USD"
# (=). Not quantities: "6.071km2", "134km", "36.000km2", "khoảng 1,5 triệu người" (the province's
# size, as the earlier sets' sizes), the footnote marks "(1)", "(2)", "2030", "2045", "2015 - 2020"
# (dates).
# --------------------------------------------------------------------------
D13 = dict(name="13_binhdinh-grdp-dau-nguoi-2020-precision", kind="result", year=2020, records=[
    R("hằng năm tăng «6,2%", "giá trị tổng sản phẩm trên địa bàn tỉnh (GRDP) bình quân hằng năm tăng "
      "giai đoạn 2015 - 2020", "=", 6.2),
    R("đạt «2.591 USD", "GRDP bình quân đầu người", "=", 2591, **USD),
])

# --------------------------------------------------------------------------
# 14 Bình Định, the provincial council's Resolution 21/2022/NQ-HĐND on pooling the national target
# programmes' funds, 2021-2025: the header and the legal bases (thuvienphapluat.vn; nothing cut;
# the excerpt ends in "tổ c"). A precision text, no record: every number is a document number
# ("21/2022/NQ-HĐND", "120/2020/QH14", "24/2021/QH15", "25/2021/QH15", "27/2022/NĐ-CP"), a date
# ("07 tháng 9 năm 2022", "19 tháng 6 năm 2015", "22 tháng 11 năm 2019", "28/7/2021", ...), a
# programme's period ("2021-2025", "2021 - 2030") or a session's number ("KHÓA XIII KỲ HỌP THỨ 7").
# --------------------------------------------------------------------------
D14 = dict(name="14_binhdinh-nghi-quyet-nguon-von-2022-precision", kind="result", year=2022, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py


def bare_pct_anchors(doc):
    """The anchors of the shares a document writes without "%" (its BARE_PCT), for check_gold.py."""
    return not_anchors(dict(doc, NOT=doc.get("BARE_PCT", [])))


if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
