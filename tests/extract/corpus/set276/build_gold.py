#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set276).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of percentages deliberately left without a record
(under the contract, changes against an earlier value); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record carries `indicator_id_gold` (ignored by the scorer), given as `iid=`: the id of the
catalogue indicator it measures, decided against muctieu/catalog/data/indicators.yaml. The set's
theme (vaccination, outbreaks, health insurance, commune health stations) has no indicator in the
catalogue, which is a digital-transformation catalogue: every record's id is null (see README).

The set's texts stand under no digital-transformation heading: every record's pillar is null.

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
from goldkit import R, CNT, RANK, T  # noqa: E402

DONG = dict(unit="other", unit_text="đồng")
PER100K = dict(unit="other", unit_text="/100.000 dân")
CASES = "số trường hợp mắc"

# --------------------------------------------------------------------------
# 01 Bà Rịa - Vũng Tàu, the province's 2023 plan for communicable-disease control (Kế hoạch
# 151/KH-UBND) as the provincial paper reports its targets (baobariavungtau.com.vn; the stamp
# " date 2023-08" written as the first line; cut: the byline "TUỆ LÂM" at the end). Year 2023 (the
# plan's "năm 2023"), kind target. Records: "tỷ lệ tiêm chủng đầy đủ ... cho trẻ dưới 1 tuổi đạt
# từ 98% quy mô cấp xã" (>=: "đạt từ"; scope null: "quy mô cấp xã" says at what scale the one
# value is measured, not a split of values by level, a judgement), "100% đối tượng kiểm dịch y tế
# biên giới được giám sát" (>=, bare), the changes set as targets "giảm 10% ca mắc sốt xuất
# huyết/100.000 dân", "giảm 5% ca mắc tay chân miệng", "giảm 5% số ca mắc bệnh ho gà, ..." (>=, %:
# a target stated as a change, spec), "tỷ lệ tử vong/mắc dưới 0,09%" (<), "tỷ lệ mắc bệnh sởi,
# rubella dưới 02/100.000 dân" (<, 2, unit other, unit_text "/100.000 dân"). Not quantities:
# "151/KH-UBND", "3/8" (document, date), "dưới 1 tuổi" (the subject), "/100.000 dân" in the dengue
# target (the rate's base), "2016-2020", "2016 – 2020" (periods). Pillar null.
# --------------------------------------------------------------------------
D01 = dict(name="01_bariavungtau-ke-hoach-phong-chong-dich-2023", kind="target", year=2023, records=[
    R("đạt từ «98% quy mô", "tỷ lệ tiêm chủng đầy đủ vắc xin trong Chương trình tiêm chủng mở rộng cho trẻ dưới 1 "
      "tuổi", ">=", 98),
    R("cung cấp; «100% đối tượng", "đối tượng kiểm dịch y tế biên giới được giám sát, kiểm tra và xử lý y tế theo "
      "đúng quy định", ">=", 100),
    R("giảm «10% ca mắc", "giảm ca mắc sốt xuất huyết/100.000 dân so với giai đoạn 2016-2020", ">=", 10),
    R("dưới «0,09%", "tỷ lệ tử vong/mắc sốt xuất huyết", "<", 0.09),
    R("giảm «5% ca mắc tay", "giảm ca mắc tay chân miệng so với giai đoạn 2016-2020", ">=", 5),
    R("giảm «5% số ca", "giảm số ca mắc bệnh ho gà, bạch hầu, viêm não Nhật Bản B và các bệnh truyền nhiễm khác "
      "trong Chương trình tiêm chủng mở rộng", ">=", 5),
    R("dưới «02/100.000", "tỷ lệ mắc bệnh sởi, rubella", "<", 2, **PER100K),
])

# --------------------------------------------------------------------------
# 02 Bắc Giang, the plan for communicable-disease control in 2025 (Kế hoạch 2/KH-UBND of
# 04/01/2025; thuvienphapluat.vn; nothing cut; the excerpt ends in "hiệu "). Its preamble reports
# 2024: year 2024 ("Năm 2024, tình hình ..."), kind result, counts (=). Records: the country's
# "bệnh sởi đã ghi nhận 6.725 trường hợp mắc", "13 trường hợp tử vong"; the province's "Sởi (75
# trường hợp), ho gà (35 trường hợp), bạch hầu (2 trường hợp), 2 trường hợp mắc và tử vong do bệnh
# dại" (each its own subject, scope null: a breakdown by disease). Not quantities: "tăng hơn 130 lần
# so với năm 2023" (a change against an earlier value), "5/2024", "04 tháng 01 năm 2025" (dates),
# "2/KH-UBND" (the document), "năm 2025" (the plan's year). The plan's targets lie past the excerpt.
# --------------------------------------------------------------------------
D02 = dict(name="02_bacgiang-ke-hoach-benh-truyen-nhiem-2025", kind="result", year=2024, records=[
    R("ghi nhận «6.725 trường hợp", "số trường hợp mắc sởi tại Việt Nam", "=", 6725, **CNT),
    R("lần so với năm 2023), «13 trường hợp", "số trường hợp tử vong do sởi tại Việt Nam", "=", 13, **CNT),
    R("Sởi («75 trường hợp", f"{CASES} sởi tại Bắc Giang", "=", 75, **CNT),
    R("(«35 trường hợp", f"{CASES} ho gà tại Bắc Giang", "=", 35, **CNT),
    R("bạch hầu («2 trường hợp", f"{CASES} bạch hầu tại Bắc Giang", "=", 2, **CNT),
    R("), «2 trường hợp mắc và tử vong", "số trường hợp mắc và tử vong do bệnh dại tại Bắc Giang", "=", 2, **CNT),
])

# --------------------------------------------------------------------------
# 03 Bến Tre, dengue and other diseases in February 2023 (vietbao.vn; the stamp " date 2023-02"
# written as the first line; nothing cut). Year 2023, kind result, counts (=): "59 ca sốt xuất
# huyết", "1 ca bị nặng", "55 ca mắc" hand, foot and mouth, "11 ca" chickenpox. Not quantities:
# "giảm 86 ca so với tháng trước", "tăng 53 ca", "tăng 2 ca so với tháng trước" (changes against an
# earlier value), "tháng 2", "22.2.2023" (dates).
# --------------------------------------------------------------------------
D03 = dict(name="03_bentre-sot-xuat-huyet-thang-2-2023", kind="result", year=2023, records=[
    R("ghi nhận «59 ca", "ca sốt xuất huyết Bến Tre ghi nhận trong tháng 2", "=", 59, **CNT),
    R("có «1 ca bị nặng", "ca sốt xuất huyết bị nặng", "=", 1, **CNT),
    R("ghi nhận «55 ca", "ca mắc hội chứng tây chân miệng", "=", 55, **CNT),
    R("ghi nhận «11 ca", "ca bệnh thủy đậu", "=", 11, **CNT),
])

# --------------------------------------------------------------------------
# 04 Gia Lai, the province's plan for universal health insurance, as the provincial paper reports
# it (baogialai.com.vn; the stamp " date 2025-12-30" written as the first line; cut: the rest of
# the stamp's line, the site's menu "Video Báo Ảnh ... Infographic", with the blank line after it;
# the byline "THẢO KHUY"; the image's file name "bao-hiem-y-te-3.jpg" and its caption "Tỉnh Gia Lai
# chú trọng ... Ảnh: Thảo Khuy" with the blank line after them; the excerpt ends in ", c"). Kind
# target. Records: the title's "hơn 95% người dân tham gia bảo hiểm y tế vào năm 2026" (>, 2026:
# a title that states a target is a quantity as any sentence), "đến năm 2026 tỷ lệ bao phủ BHYT đạt
# trên 95% dân số" (>, 2026), "đến năm 2030 đạt từ 98% trở lên" (>=, 2030), "tỷ lệ hài lòng ... đạt
# 90%" (2026) and "đến năm 2030 đạt 95%" (2030) (>=: a target's "đạt X"). Not quantities: the years.
# Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_gialai-muc-tieu-bao-hiem-y-te-2026", kind="target", year=2026, records=[
    R("có hơn «95% người dân", "người dân tham gia bảo hiểm y tế", ">", 95),
    R("đạt trên «95% dân số", "tỷ lệ bao phủ BHYT", ">", 95),
    R("đạt từ «98% trở lên", "tỷ lệ bao phủ BHYT", ">=", 98, year=2030),
    R("BHYT đạt «90%", "tỷ lệ hài lòng của người tham gia BHYT", ">=", 90),
    R("2030 đạt «95%.", "tỷ lệ hài lòng của người tham gia BHYT", ">=", 95, year=2030),
])

# --------------------------------------------------------------------------
# 05 Hà Nội, dengue, hand-foot-mouth disease and whooping cough in July 2024 (soha.vn; the stamp
# " date 2024-07" written as the first line; nothing cut). Year 2024, kind result, counts (=): the
# week's "118 trường hợp mắc sốt xuất huyết", "34 trường hợp tay chân miệng", "11 trường hợp ho
# gà"; since the start of the year "1.058 trường hợp mắc" (dengue), "1.627 trường hợp tay chân
# miệng", "162 trường hợp ho gà". Not quantities: "tuần thứ 6 liên tiếp" (an ordinal of weeks),
# "tăng 34 trường hợp so với tuần trước đó", "tăng gần 1,4 lần", "tăng 4 trường hợp", "tăng 3
# trường hợp", "tăng 1,7 lần" (changes against an earlier value), "năm 2023" (the compared year).
# --------------------------------------------------------------------------
D05 = dict(name="05_hanoi-sot-xuat-huyet-tay-chan-mieng-2024", kind="result", year=2024, records=[
    R("ghi nhận «118 trường hợp", f"{CASES} sốt xuất huyết tuần qua Hà Nội", "=", 118, **CNT),
    R("ghi nhận «1.058 trường hợp", f"{CASES} sốt xuất huyết từ đầu năm 2024 Hà Nội", "=", 1058, **CNT),
    R("ghi nhận «34 trường hợp tay", "trường hợp tay chân miệng tuần qua", "=", 34, **CNT),
    R("và «11 trường hợp", "trường hợp ho gà tuần qua", "=", 11, **CNT),
    R("có «1.627 trường hợp", "trường hợp tay chân miệng từ đầu năm đến nay", "=", 1627, **CNT),
    R("và «162 trường hợp", "trường hợp ho gà từ đầu năm đến nay", "=", 162, **CNT),
])

# --------------------------------------------------------------------------
# 06 Hà Tĩnh, the plan for communicable-disease control in 2024 (Kế hoạch 89/KH-UBND of
# 06/3/2024; thuvienphapluat.vn; nothing cut; the excerpt ends in "dịch t"). A precision text: its
# specific targets are "Chi tiết tại Phụ lục kèm theo", past the excerpt. No record. Not
# quantities: "89/KH-UBND", "266/QĐ-BYT" (documents), "06 tháng 3 năm 2024", "21/11/2007",
# "02/02/2024" (dates), "năm 2024" (the plan's year), the list labels "1.".
# --------------------------------------------------------------------------
D06 = dict(name="06_hatinh-ke-hoach-dich-benh-2024-precision", kind="target", year=2024, records=[])

# --------------------------------------------------------------------------
# 07 Lâm Đồng, the plan to eliminate malaria 2024-2030 (Kế hoạch 421/KH-UBND of 15/01/2024;
# thuvienphapluat.vn; nothing cut; the excerpt ends in "lưu hành với "). Its first part reports
# results, counts (=), each with the year it names: "từ 398 ca mắc năm 2013" (2013: a value
# measured in a named year, not a change), "xuống còn 02 ca mắc trong 9 tháng đầu năm 2023" (2023),
# and the zoning "Kết quả phân vùng dịch tễ sốt rét năm 2019": "23 xã thuộc vùng không có sốt rét
# lưu hành" (2019). Not quantities: the documents "421/KH-UBND", "1920/QĐ-TTg", "08/QĐ-BYT",
# "2657/QĐ-BYT"; dates and periods ("15 tháng 01 năm 2024", "2024-2030", "2011-2020", "2021-2025",
# "Từ năm 2013 đến tháng 9 năm 2023", "Từ năm 2015", "Từ năm 2018", "9 tháng"); the footnote mark
# "[1]"; "Phụ lục 1", "Phụ lục 2" (labels); the list labels.
# --------------------------------------------------------------------------
D07 = dict(name="07_lamdong-loai-tru-sot-ret-2024", kind="result", year=2024, records=[
    R("từ «398 ca mắc", "Số ca mắc sốt rét trên địa bàn tỉnh", "=", 398, **CNT, year=2013),
    R("còn «02 ca mắc", "Số ca mắc sốt rét trên địa bàn tỉnh trong 9 tháng đầu năm 2023", "=", 2, **CNT,
      year=2023),
    R("- «23 xã thuộc", "xã thuộc vùng không có sốt rét lưu hành", "=", 23, **CNT, year=2019),
])

# --------------------------------------------------------------------------
# 08 Nam Định, the plan for communicable-disease control in 2025 (Kế hoạch 20/KH-UBND of
# 28/01/2025; thuvienphapluat.vn bulletin; nothing cut; the excerpt ends in "tại"). A precision
# text: its specific targets are worded without numbers. No record. Not quantities: "20/KH-UBND",
# "270/QĐ-BYT" (documents), "28 tháng 01 năm 2025", "22/01/2025" (dates), "năm 2025", the list
# labels "1.", "2.".
# --------------------------------------------------------------------------
D08 = dict(name="08_namdinh-ke-hoach-benh-truyen-nhiem-2025-precision", kind="target", year=2025, records=[])

# --------------------------------------------------------------------------
# 09 Quảng Nam, the plan for the national criteria on commune health to 2030 (Kế hoạch
# 123/KH-UBND of 05/01/2024; hethongphapluat.vn; nothing cut; the excerpt ends in "tích cự").
# Kind target. Records: "Đến năm 2025: 80% số xã đạt Bộ tiêu chí quốc gia về y tế" (>=, 2025),
# "Đến năm 2030: 100% số xã ..." (>=, 2030). Not quantities: the documents "123/KH-UBND",
# "1300/QĐ-BYT", "1453/QĐ-BYT", "1736/QĐ-SYT"; dates; "năm 2030", "2030" in the standard's name;
# the labels "1.", "2.", "Tiêu chí 1".
# --------------------------------------------------------------------------
D09 = dict(name="09_quangnam-bo-tieu-chi-y-te-xa-2024", kind="target", year=2024, records=[
    R("Đến năm 2025: «80% số xã", "số xã đạt Bộ tiêu chí quốc gia về y tế", ">=", 80, year=2025),
    R("Đến năm 2030: «100% số xã", "số xã đạt Bộ tiêu chí quốc gia về y tế", ">=", 100, year=2030),
])

# --------------------------------------------------------------------------
# 10 Quảng Nam, 212 communes recognised as meeting the national criteria on commune health
# (Quyết định 1080/QĐ-UBND; nongthonmoi.net; cut: the image line "hình 1 hình 1 ... hình 4" that
# opens the excerpt and the photo caption "Trạm y tế xã Phước Thành huyện Phước Sơn được đầu tư
# xây dựng khang trang, kiên cố" with the blank line after it; the excerpt ends in "kết quả đã ").
# Year 2024 (the title's "(10/07/2024)"), kind result, counts (=). Records: the title's "212 xã,
# phường, thị trấn được công nhận", the body's "212 xã, phường, thị trấn của 17 huyện, thị xã, thành
# phố" (two records: the communes, and the districts they stand in, as set193's teams "tại 7 thôn";
# a judgement), and the seventeen districts' counts "Tam Kỳ 17 xã, phường; ... Nam Trà My 1 xã"
# (each with `place`, the district; scope null: places, not levels). The districts' counts add up to
# 213, not 212; each is recorded as written. Not quantities: "1080/QĐ-UBND", "1300/QĐ-BYT",
# "123/KH-UBND" (documents), "10/07/2024", "09/3/2023", "05/01/2024" (dates), "năm 2030" (the
# standard's name).
# --------------------------------------------------------------------------
RECOGNISED = "xã, phường, thị trấn được công nhận đạt Bộ tiêu chí quốc gia về y tế xã giai đoạn đến năm 2030"
district = functools.partial(R, indicator=RECOGNISED, op="=", unit="count")
D10 = dict(name="10_quangnam-212-xa-dat-tieu-chi-y-te-2024", kind="result", year=2024, records=[
    R("Quảng Nam có «212 xã", "xã, phường, thị trấn được công nhận đạt Bộ tiêu chí quốc gia về y tế", "=", 212,
      **CNT),
    R("công nhận «212 xã, phường, thị trấn của", RECOGNISED, "=", 212, **CNT),
    R("của «17 huyện", "huyện, thị xã, thành phố có xã, phường, thị trấn được công nhận đạt Bộ tiêu chí quốc gia "
      "về y tế xã", "=", 17, **CNT),
    *[district(f"{d} «{n} xã", value=n, place=d) for d, n in [
        ("Tam Kỳ", 17), ("Hội An", 13), ("Điện Bàn", 20), ("Duy Xuyên", 14), ("Núi Thành", 14), ("Đại Lộc", 17),
        ("Nam Giang", 8), ("Đông Giang", 10), ("Hiệp Đức", 11), ("Nông Sơn", 6), ("Bắc Trà My", 11),
        ("Thăng Bình", 22), ("Quế Sơn", 13), ("Phú Ninh", 11), ("Phước Sơn", 10), ("Tiên Phước", 15),
        ("Nam Trà My", 1)]],
])

# --------------------------------------------------------------------------
# 11 Quảng Nam, the Department of Health's project for grassroots health 2018-2025 and its pilot of
# family-doctor stations (baoquangnam.vn; cut: the byline "LAN NHI |" with the blank line after it
# and the closing byline "LAN NHI"; no stamp, no date on the page). Kind target (what the project
# sets out to do). Records: "tổng mức đầu tư dự kiến gần 1.900 tỷ đồng" (~, 1.9e12, unit other
# "đồng"; year 2025, the end of the project's period "2018 - 2025", a judgement), "thí điểm mô
# hình bác sĩ gia đình tại 23 trạm y tế xã, phường" (>=, bare; year null: the text gives none),
# "Mục tiêu đến 2020, có 80 trạm y tế ..., đạt tỷ lệ 32,7%" (two records, >=, 2020), "đến 2025 có
# 122 trạm y tế, đạt tỷ lệ 50%" (two records, >=, 2025). Not quantities: "2018 - 2025" (the
# period). Document year null.
# --------------------------------------------------------------------------
FAMILY = "trạm y tế xây dựng mô hình hoạt động theo nguyên lý y học gia đình"
D11 = dict(name="11_quangnam-bac-si-gia-dinh-tram-y-te-2025", kind="target", year=None, records=[
    R("gần «1.900 tỷ", "tổng mức đầu tư dự kiến Đề án Phát triển y tế cơ sở giai đoạn 2018 - 2025", "~",
      1.9e12, **DONG, year=2025),
    R("tại «23 trạm", "trạm y tế xã, phường thí điểm mô hình bác sĩ gia đình", ">=", 23, **CNT),
    R("có «80 trạm", FAMILY, ">=", 80, **CNT, year=2020),
    R("tỷ lệ «32,7%", f"tỷ lệ {FAMILY}", ">=", 32.7, year=2020),
    R("có «122 trạm", FAMILY, ">=", 122, **CNT, year=2025),
    R("tỷ lệ «50% trạm", "trạm y tế triển khai theo mô hình này", ">=", 50, year=2025),
])

# --------------------------------------------------------------------------
# 12 The country's dengue count in mid-July 2025 and the southern provinces' rises (sggp.org.vn;
# the stamp " date 2025-07" written as the first line; nothing cut). Kind result, counts (=):
# "đầu năm 2025 tới nay cả nước đã ghi nhận 32.189 ca mắc", "5 trường hợp tử vong" (2025); the
# bracket of the same period of 2024 "(36.276 ca mắc SXH và 6 ca tử vong)" (two results of 2024: a
# bracket that states a value is a quantity, as the earlier sets' "cùng kỳ năm 2023 (75,5%)"). NOT
# (changes against an earlier value): "Tây Ninh tăng 274,3%", "Đồng Nai tăng 191,7%", "TPHCM tăng
# 151,4%". Not quantities: "15-7" (a date).
# --------------------------------------------------------------------------
D12 = dict(name="12_sot-xuat-huyet-ca-nuoc-cac-tinh-phia-nam-2025", kind="result", year=2025, records=[
    R("ghi nhận «32.189 ca", "ca mắc sốt xuất huyết cả nước đầu năm 2025 tới nay", "=", 32189, **CNT),
    R("có «5 trường hợp", "trường hợp tử vong do sốt xuất huyết", "=", 5, **CNT),
    R("(«36.276 ca", "ca mắc sốt xuất huyết cùng kỳ năm 2024", "=", 36276, **CNT, year=2024),
    R("và «6 ca tử vong", "ca tử vong do sốt xuất huyết cùng kỳ năm 2024", "=", 6, **CNT, year=2024),
], NOT=["Ninh tăng «274,3%", "Nai tăng «191,7%", "TPHCM tăng «151,4%"])

# --------------------------------------------------------------------------
# 13 Thái Nguyên, the COVID-19 vaccination campaign for children aged 12-17 (thainguyentv.vn; cut:
# the seven lines "undefined" (an empty table's rendering) with the blank line before them; no
# byline, no stamp). Kind target. Year null: the text names none (the address's words neither).
# Records: "Trên 95% trẻ từ 12-17 tuổi ... được tiêm đủ liều" (>), "sử dụng 100% số liều vắc xin ...
# được cấp" (>=, bare). Not quantities: "12-17 tuổi" (the subject's ages), "COVID-19" (a name).
# --------------------------------------------------------------------------
D13 = dict(name="13_thainguyen-tiem-covid-tre-12-17-tuoi", kind="target", year=None, records=[
    R("- Trên «95% trẻ", "trẻ từ 12-17 tuổi trên địa bàn tỉnh được tiêm đủ liều vắc xin phòng COVID-19", ">", 95),
    R("sử dụng «100% số liều", "số liều vắc xin phòng COVID-19 được cấp sử dụng để tiêm miễn phí cho trẻ", ">=",
      100),
])

# --------------------------------------------------------------------------
# 14 Vĩnh Long, COVID-19 vaccination of children aged 5 to 11 (thvl.vn; cut: the comment form's
# "Trả lời" and "Email của bạn sẽ không được hiển thị công khai. ..." with the blank lines before
# them; no byline, no stamp). Kind result, year null (the text names none). Records: "đã tiêm gần
# 138.000 mũi" (~, count), "là 1 trong 5 tỉnh trong cả nước có tỷ lệ tiêm mũi 1 cao nhất" (rank, <=
# 5: a group of leading provinces, as the spec's "tốp 10"), "đạt 79,5%" (=), "đạt gần 50%" (~).
# Not quantities: "5 đến dưới 12 tuổi" (the subject's ages), "mũi 1", "mũi 2" (the doses' names),
# "1" of "1 trong 5" (part of the rank's wording).
# --------------------------------------------------------------------------
D14 = dict(name="14_vinhlong-tiem-covid-tre-5-12-tuoi", kind="result", year=None, records=[
    R("tiêm gần «138.000 mũi", "mũi đã tiêm cho trẻ từ 5 đến dưới 12 tuổi", "~", 138000,
      **CNT),
    R("1 trong «5 tỉnh", "tỉnh trong cả nước có tỷ lệ tiêm mũi 1 cao nhất", "<=", 5, **RANK),
    R("đạt «79,5%", "tỷ lệ tiêm mũi 1 cho trẻ từ 5 đến dưới 12 tuổi", "=", 79.5),
    R("đạt gần «50%", "tỷ lệ tiêm mũi 2 cho trẻ từ 5 đến dưới 12 tuổi", "~", 50),
])



# The documents in text order: every `Dnn` above (the numbered names sort as the texts do).
DOCS = [doc for key, doc in sorted(globals().items()) if key[:1] == "D" and key[1:].isdigit()]
# ../goldkit.py builds one document's records; check_gold.py asks this module for the NOT anchors.
build, not_anchors = (functools.partial(f, texts=TEXTS) for f in (goldkit.build_records, goldkit.not_anchors))

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
