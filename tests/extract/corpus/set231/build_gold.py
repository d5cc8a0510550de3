#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set231).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (goldkit.build_records).

Each document may also list NOT: locators of percentages deliberately left without a record
(a result's change against an earlier year or against its target, completion against the plan,
a policy's support rate); check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README),
given in the record itself (`iid=`).

The set's theme is social and health insurance going digital: coverage of social, unemployment and
health insurance, electronic transactions and online services of the insurance agency, the VssID
app, the chip ID card in place of the health-insurance card, pensions paid into accounts. No text
has a heading or lead-in naming a pillar: every record's pillar is null.

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
from goldkit import R, CNT, T, RES  # noqa: E402

DONG = dict(unit="other", unit_text="đồng")
HOURS = dict(unit="other", unit_text="giờ")
CHIP_SHARE = "society.chip_id_health_insurance_share"
CASHLESS_SHARE = "society.social_benefits_cashless_share"
CASHLESS_COUNT = "society.social_benefits_cashless_recipients_count"
VSSID_COUNT = "society.vssid_users_count"

# --------------------------------------------------------------------------
# 01 Nghệ An, the province's health-insurance coverage of 2019 and its insurance targets for 2020,
# at the 25th anniversary of the provincial social insurance (baonghean.vn; nothing cut; no byline,
# no stamp). Document kind target, year 2020 ("Bước vào năm 2020, ... mục tiêu phấn đấu ... là:").
# Results of "Năm 2019": "tỷ lệ bao phủ BHYT toàn tỉnh đạt 90,5% dân số" (=) and "hơn 2,91 triệu
# người tham gia BHXH, BHYT, bảo hiểm thất nghiệp" (>, count). Targets 2020: "Tỷ lệ người tham gia
# BHYT đạt 90,6%" (>=), "chỉ tiêu bao phủ BHXH ... là 16,09%" (bare "là" in a target: >=), "100% các
# đơn vị, tổ chức thực hiện giao dịch điện tử về BHXH, BHYT" (>=). Not quantities: "tăng 30.000
# người so với năm 2018" (a change), "mức độ 4" (a level's label), "25 năm" (the anniversary, twice,
# once inside a banner's wording), "1995 - 2020" (dates). Ids null (the catalogue has no insurance
# coverage; "giao dịch điện tử" with the insurance agency is not a catalogue indicator).
# --------------------------------------------------------------------------
D01 = dict(name="01_nghean-bao-phu-bhyt-muc-tieu-2020", kind="target", year=2020, records=[
    R("toàn tỉnh đạt «90,5% dân số", "tỷ lệ bao phủ BHYT toàn tỉnh", "=", 90.5, **RES, year=2019),
    R("có hơn «2,91 triệu người", "người tham gia BHXH, BHYT, bảo hiểm thất nghiệp", ">", 2.91e6, **CNT, **RES,
      year=2019),
    R("BHYT đạt «90,6%", "Tỷ lệ người tham gia BHYT", ">=", 90.6),
    R("là «16,09%", "chỉ tiêu bao phủ BHXH so với lực lượng lao động trong độ tuổi lao động", ">=", 16.09),
    R("; «100% các đơn vị", "các đơn vị, tổ chức thực hiện giao dịch điện tử về BHXH, BHYT", ">=", 100),
])

# --------------------------------------------------------------------------
# 02 Nghệ An, participants in social, unemployment and health insurance at the end of April 2023,
# at the month of the campaign for universal social insurance (baonghean.vn; the stamp " date
# 2023-05" written as the first line; nothing cut). Results, year 2023 ("Tính đến hết tháng 4 năm
# 2023"). The total "2.995.949 người tham gia ..." and, "trong đó", each insurance's participants
# (count, =) and its share (%, =): 374.764 / 22,30% of the labour force, 243.822 / 14,51%,
# 2.885.885 / 92,34% of the population; "Số học sinh, sinh viên tham gia bảo hiểm y tế đạt tỷ lệ
# 97,92%" (=). A breakdown by kind of insurance, scope null. Not quantities: "tăng 6.459 người",
# "tăng 7.900 người", "tăng 29.726 người so với cùng kỳ năm 2022" (changes), "tháng 4", "(tháng 5)"
# (dates). Ids null.
# --------------------------------------------------------------------------
D02 = dict(name="02_nghean-nguoi-tham-gia-bhxh-bhyt-2023", kind="result", year=2023, records=[
    R("có «2.995.949 người", "người tham gia bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm xã hội tự nguyện, bảo hiểm "
      "thất nghiệp toàn tỉnh", "=", 2995949, **CNT),
    R("là «374.764 người", "Bảo hiểm xã hội người tham gia", "=", 374764, **CNT),
    R("đạt «22,30%", "Bảo hiểm xã hội người tham gia so với lực lượng lao động trong độ tuổi", "=", 22.30),
    R("là «243.822 người", "Bảo hiểm thất nghiệp người tham gia", "=", 243822, **CNT),
    R("đạt «14,51%", "Bảo hiểm thất nghiệp người tham gia so với lực lượng lao động", "=", 14.51),
    R("là «2.885.885 người", "Bảo hiểm y tế người tham gia", "=", 2885885, **CNT),
    R("đạt «92,34%", "Bảo hiểm y tế người tham gia so với dân số", "=", 92.34),
    R("tỷ lệ «97,92%", "Số học sinh, sinh viên tham gia bảo hiểm y tế", "=", 97.92),
])

# --------------------------------------------------------------------------
# 03 Bà Rịa - Vũng Tàu, coverage of social and health insurance at 30 September 2022 against the
# province's and the Prime Minister's targets (baobariavungtau.com.vn; the stamp " date 2022-11"
# written as the first line; nothing cut). Year 2022. Results: "tỷ lệ lao động tham gia BHXH toàn
# tỉnh đạt 38,05%", "tỷ lệ độ bao phủ BHYT mới đạt 86,25% dân số" (=). Targets in brackets after the
# document that set them (spec: a bracket that states a value is a quantity; as an earlier set's
# "(148 tỷ USD)" after "kế hoạch năm 2022"): "(38%)" of the provincial Party committee's
# Resolution 03, "(91,5%)" of Decision 546/QĐ-TTg, "(92%)" of Resolution 03 (>=, 2022: the targets
# the 2022 results are measured against). NOT: "vượt 0,05%", "thấp hơn 5,25%", "thấp hơn 5,75% so
# với chỉ tiêu" (a result's distance from its target, spec). Not quantities: "30/9/2022",
# "10/12/2021", "29/4/2022" (dates), "03-NQ/TU", "546/QĐ-TTg" (documents). Ids null.
# --------------------------------------------------------------------------
D03 = dict(name="03_bariavungtau-bao-phu-bhxh-bhyt-2022", kind="result", year=2022, records=[
    R("toàn tỉnh đạt «38,05%", "tỷ lệ lao động tham gia BHXH toàn tỉnh", "=", 38.05),
    R("Tỉnh ủy («38%)", "tỷ lệ lao động tham gia BHXH: chỉ tiêu đề ra tại Nghị quyết số 03-NQ/TU của Tỉnh ủy",
      ">=", 38, **T),
    R("mới đạt «86,25%", "tỷ lệ độ bao phủ BHYT dân số", "=", 86.25),
    R("Chính phủ («91,5%)", "tỷ lệ độ bao phủ BHYT: chỉ tiêu được giao tại Quyết định số 546/QĐ-TTg của Thủ tướng "
      "Chính phủ", ">=", 91.5, **T),
    R("Tỉnh ủy («92%)", "tỷ lệ độ bao phủ BHYT: chỉ tiêu đề ra tại Nghị quyết số 03-NQ/TU của Tỉnh ủy", ">=", 92,
      **T),
], NOT=["vượt «0,05%", "thấp hơn «5,25%", "thấp hơn «5,75%"])

# --------------------------------------------------------------------------
# 04 Bà Rịa - Vũng Tàu, three years of the provincial Party committee's Resolution 05 on social
# security: coverage at the end of 2024 (baobariavungtau.com.vn; the stamp " date 2025-01" written
# as the first line; nothing cut). Results of "đến cuối năm 2024": year 2024 (the text's own, not
# the stamp's 2025). "tỷ lệ bao phủ BHYT đạt 93,5%", "tỷ lệ lao động ... tham gia BHXH đạt
# 42,61%", "tỷ lệ lao động ... tham gia BHTN đạt 39,07%", "Tỷ lệ nguời cao tuổi từ 70 tuổi trở lên
# được bảo trợ ... đạt 100%" (=), "tỷ lệ người dân hài lòng đạt trên 87%" (>). The resolution's
# target in "(vượt so với Nghị quyết đề ra là 40%)": a target, >= 40 (bare "là"), year 2024 (the
# year the result is measured against it; a judgement: the resolution's own year is not given).
# NOT: "vượt 0,3%", "vượt 2,02%", "(tăng 7,07% so với kế hoạch)" (a result against its target).
# Not quantities: "3 năm" (the time since the resolution), "70 tuổi" (the age in the subject),
# "05-NQ/TU" (a document). Ids null.
# --------------------------------------------------------------------------
D04 = dict(name="04_bariavungtau-nghi-quyet-05-bao-phu-2024", kind="result", year=2024, records=[
    R("BHYT đạt «93,5%", "tỷ lệ bao phủ BHYT", "=", 93.5),
    R("BHXH đạt «42,61%", "tỷ lệ lao động trong độ tuổi tham gia BHXH", "=", 42.61),
    R("hài lòng đạt trên «87%", "tỷ lệ người dân hài lòng", ">", 87),
    R("BHTN đạt «39,07%", "tỷ lệ lao động trong độ tuổi tham gia BHTN", "=", 39.07),
    R("xã hội đạt «100%", "Tỷ lệ nguời cao tuổi từ 70 tuổi trở lên được bảo trợ bởi ít nhất một chính sách an "
      "sinh xã hội", "=", 100),
    R("đề ra là «40%", "Tỷ lệ nguời cao tuổi từ 70 tuổi trở lên được bảo trợ bởi ít nhất một chính sách an sinh "
      "xã hội: Nghị quyết đề ra", ">=", 40, **T),
], NOT=["vượt «0,3%", "vượt «2,02%", "tăng «7,07%"])

# --------------------------------------------------------------------------
# 05 Lâm Đồng, the provincial social insurance's results of 2020 and targets for 2021
# (baolamdong.vn; the stamp " date 2021-01" written as the first line; cut: the byline "NHẬT MINH"
# with the blank line before it). Document kind result, year 2020 ("tính đến cuối năm 2020"; "Hiện
# nay ... đạt 100%" in the same year-end report read with it, a judgement). Results: the total
# "1.177.816 người" and each insurance's participants (count, =, a breakdown by kind, scope null),
# the revenue "2.581.713 triệu đồng" (other, đồng, 2581713e6), the books issued "18.521 sổ", "cấp
# mới là 13.793 sổ, cấp lại là 4.728 sổ" (count, =), "lao động đang tham gia BHXH đã được cấp sổ
# BHXH đạt 100%" (=). Targets of "Năm 2021": "từ 91% dân số trở lên tham gia BHYT" (>=), "13,2% lao
# động tham gia BHXH", "10,8% lao động tham gia BHTN" (bare: >=). NOT: the six completions "đạt
# 100,14% kế hoạch" (twice), "đạt 100% kế hoạch năm", "100,13%", "100,01%", "100,69% kế hoạch thu"
# (against the plan, as the earlier sets' majority), the changes "tăng 4,48%", "giảm 3,44%", "giảm
# 3,21%", "tăng 96,63%", "tăng 3,91%". Not quantities: "tương đương 50.454 người", "3.030 người",
# "với 2.538 người", "6.643 người", "43.811 người so với năm 2019" (the changes in people). Ids null.
# --------------------------------------------------------------------------
D05 = dict(name="05_lamdong-ket-qua-bhxh-muc-tieu-2021", kind="result", year=2020, records=[
    R("là «1.177.816 người", "tổng số người tham gia BHXH, bảo hiểm y tế (BHYT)", "=", 1177816, **CNT),
    R("bắt buộc «85.072 người", "tham gia BHXH bắt buộc", "=", 85072, **CNT),
    R("là «76.308 người", "Lao động tham gia bảo hiểm thất nghiệp (BHTN)", "=", 76308, **CNT),
    R("tự nguyện: «13.518 người", "tham gia BHXH tự nguyện", "=", 13518, **CNT),
    R("là «1.164.298 người", "tham gia BHYT", "=", 1164298, **CNT),
    R("là «2.581.713 triệu đồng", "Tổng số tiền thu BHXH, BHYT, BHTN", "=", 2581713e6, **DONG),
    R("là «18.521 sổ", "Tổng số sổ BHXH cấp cho người lao động tham gia BHXH trong năm", "=", 18521, **CNT),
    R("cấp mới là «13.793 sổ", "sổ BHXH cấp mới", "=", 13793, **CNT),
    R("cấp lại là «4.728 sổ", "sổ BHXH cấp lại", "=", 4728, **CNT),
    R("sổ BHXH đạt «100%", "tổng số lao động đang tham gia BHXH đã được cấp sổ BHXH", "=", 100),
    R("có từ «91% dân số", "dân số tham gia BHYT", ">=", 91, **T, year=2021),
    R("BHYT, «13,2% lao động", "lao động tham gia BHXH", ">=", 13.2, **T, year=2021),
    R("có «10,8% lao động", "lao động tham gia BHTN", ">=", 10.8, **T, year=2021),
], NOT=["người, đạt «100,14% kế hoạch, tăng", "tăng «4,48%", "đạt «100% kế hoạch năm", "giảm «3,44%",
        "đạt «100,13%", "giảm «3,21%", "đạt «100,01%", "tăng «96,63%", "người, đạt «100,14% kế hoạch năm",
        "tăng «3,91%", "đạt «100,69%"])

# --------------------------------------------------------------------------
# 06 Gia Lai, the provincial social insurance's targets for 2020 and 2021 (baogialai.com.vn; nothing
# cut; no byline, no stamp). Document kind target, year 2020 ("Năm 2020, ... phấn đấu"). Targets
# 2020: "trên 83.300 người" in compulsory social insurance, "trên 15.270 người" in voluntary, "trên
# 71.900 người" in unemployment insurance, "trên 1,35 triệu người tham gia bảo hiểm y tế" (>, count)
# and "đạt trên 90,1% dân số" (>). Targets "đến năm 2021": "tỷ lệ giao dịch điện tử đạt 100%" (>=),
# "giảm giờ giao dịch điện tử ... dưới 49 giờ" (<, other, "giờ"), "chỉ số đánh giá mức độ hài lòng
# ... đạt trên 82%" (>). NOT: the brackets "(tăng 2,6% so với năm 2019)", "(tăng 179% ...)",
# "(tăng 6,8% ...)": each restates the count target against the previous year's figure (a change
# against an earlier value; the target is the count before it, a judgement). Not quantities:
# "mức độ 4" (a label). Ids null.
# --------------------------------------------------------------------------
D06 = dict(name="06_gialai-muc-tieu-bhxh-giao-dich-dien-tu-2020", kind="target", year=2020, records=[
    R("bắt buộc trên «83.300 người", "đối tượng tham gia BHXH bắt buộc", ">", 83300, **CNT),
    R("tự nguyện trên «15.270 người", "đối tượng tham gia BHXH tự nguyện", ">", 15270, **CNT),
    R("; trên «71.900 người", "người tham gia bảo hiểm thất nghiệp", ">", 71900, **CNT),
    R("có trên «1,35 triệu người", "người tham gia bảo hiểm y tế", ">", 1.35e6, **CNT),
    R("đạt trên «90,1% dân số", "người tham gia bảo hiểm y tế dân số toàn tỉnh", ">", 90.1),
    R("điện tử đạt «100%", "tỷ lệ giao dịch điện tử", ">=", 100, year=2021),
    R("dưới «49 giờ", "giờ giao dịch điện tử giữa cơ quan BHXH với doanh nghiệp", "<", 49, **HOURS, year=2021),
    R("đạt trên «82%", "chỉ số đánh giá mức độ hài lòng của người tham gia BHXH", ">", 82, year=2021),
], NOT=["tăng «2,6%", "tăng «179%", "tăng «6,8%"])

# --------------------------------------------------------------------------
# 07 Phú Yên, the provincial People's Committee's Plan 210 on reforming social insurance: targets
# for 2021, 2025 and 2030 (ptpphuyen.vn; cut: the byline "14:19, 26/02/2019 [GMT+7]" written as the
# first line `date 2019-02-26`, the line of one space and the blank lines with it, and the title
# repeated twice as a photo's caption (two identical lines) with the two blank lines after them).
# Targets only; each takes the year its clause names: the title's "đến năm 2030 đạt 60%" (>=, 2030);
# "đến năm 2021, phấn đấu đạt 30% ...", "khoảng 45% số người sau độ tuổi nghỉ hưu được hưởng lương
# hưu" (~), "tỉ lệ giao dịch điện tử đạt 100%", "chỉ số đánh giá mức độ hài lòng ... đạt mức 80%"
# (>=, 2021); "Năm 2025, phấn đấu đạt 40%", "khoảng 55%" (2025); "Đến năm 2030, phấn đấu đạt 60%",
# "khoảng 60%", "đạt mức 90%" (2030). Not quantities: "Kế hoạch số 210" (a document), "mức độ 4"
# (a label). The document's year 2019 (the byline) is no record's. Ids null.
# --------------------------------------------------------------------------
LABOUR = "lực lượng lao động trong độ tuổi tham gia BHXH"
PENSION = "số người sau độ tuổi nghỉ hưu được hưởng lương hưu, BHXH hàng tháng và trợ cấp hưu trí xã hội"
SATISF = "chỉ số đánh giá mức độ hài lòng của người tham gia BHXH"
D07 = dict(name="07_phuyen-ke-hoach-210-cai-cach-bhxh-2030", kind="target", year=2019, records=[
    R("2030 đạt «60% lực", LABOUR, ">=", 60, year=2030),
    R("phấn đấu đạt «30%", LABOUR, ">=", 30, year=2021),
    R("có khoảng «45%", PENSION, "~", 45, year=2021),
    R("điện tử đạt «100%", "tỉ lệ giao dịch điện tử", ">=", 100, year=2021),
    R("đạt mức «80%", SATISF, ">=", 80, year=2021),
    R("phấn đấu đạt «40%", LABOUR, ">=", 40, year=2025),
    R("; khoảng «55%", PENSION, "~", 55, year=2025),
    R("phấn đấu đạt «60%", LABOUR, ">=", 60, year=2030),
    R("; khoảng «60%", PENSION, "~", 60, year=2030),
    R("đạt mức «90%", SATISF, ">=", 90, year=2030),
])

# --------------------------------------------------------------------------
# 08 Hồ Chí Minh City, the city's social insurance syncing its insurance data with the population
# database and the chip ID card at health-insurance visits (ansinhxahoionline, the social insurance
# journal's print page; nothing cut; no byline, no stamp; the excerpt ends in "về vi"). Results
# "Tính đến cuối tháng 6": the text names no year for them, year null (spec). "đồng bộ dữ liệu của
# 7.749.466/8.123.357 người tham gia" (count, =; the denominator is not a quantity) "đạt 95,4%"
# (=); "số lượng CCCD đồng bộ với thẻ BHYT còn hiệu lực ... là 7.440.073 thẻ" (=); "số lượng cơ sở
# KCB đã sử dụng CCCD trong KCB đạt 100%" (=); "có 10.906.435 lượt người sử dụng CCCD gắn chíp thay
# thẻ BHYT" (=, count). Target: "tiến tới mục tiêu cập nhật 100% số định danh cá nhân ... vào năm
# 2024" (>=, 2024). Ids: CHIP_SHARE for the facilities' 100%; the visits "lượt người" are not the
# catalogue's people count (society.chip_id_health_users_count), null; the rest null.
# --------------------------------------------------------------------------
D08 = dict(name="08_hochiminh-dong-bo-du-lieu-cccd-bhyt-2023", kind="result", year=None, records=[
    R("dữ liệu của «7.749.466/8.123.357", "người tham gia có trong CSDL quốc gia về Bảo hiểm đã thực hiện đồng bộ "
      "dữ liệu với CSDL quốc gia về Dân cư", "=", 7749466, **CNT),
    R("đạt «95,4%", "đồng bộ dữ liệu người tham gia có trong CSDL quốc gia về Bảo hiểm với CSDL quốc gia về Dân "
      "cư", "=", 95.4),
    R("là «7.440.073 thẻ", "số lượng CCCD đồng bộ với thẻ BHYT còn hiệu lực để KCB BHYT", "=", 7440073, **CNT),
    R("KCB đạt «100%", "số lượng cơ sở KCB đã sử dụng CCCD trong KCB", "=", 100, iid=CHIP_SHARE),
    R("có «10.906.435 lượt", "lượt người sử dụng CCCD gắn chíp thay thẻ BHYT khi đi KCB", "=", 10906435, **CNT),
    R("cập nhật «100% số", "cập nhật số định danh cá nhân (ĐDCN)/CCCD của người tham gia trong CSDL", ">=", 100,
      **T, year=2024),
])

# --------------------------------------------------------------------------
# 09 Quảng Ngãi, pensions and social-insurance benefits paid into personal accounts, 2024 (a copy of
# a provincial newspaper's article on game.rgbet01.com; nothing cut: the first line opens with the
# copying site's run of unspaced words "ậnlươnghưu...kq bd nhat" inside the body's first line, a part
# of a line, kept; no byline, no stamp; the excerpt ends in "người hư"). Year 2024 (the paying into
# accounts "nhiệm vụ đột phá của năm 2024"; "Tính đến ngày 30/8" names no year). Results: "tỷ lệ
# người hưởng lương hưu, trợ cấp BHXH hằng tháng nhận tiền qua tài khoản đạt 55,3%" (=, scope null)
# and "trong đó, ở khu vực đô thị gần 64%" (~, scope "khu vực đô thị": a split by population group,
# as the spec's thành thị / nông thôn); "hằng tháng BHXH tỉnh chi trả cho hơn 15 nghìn người" (>,
# count, 15e3), "với tổng số tiền 115 tỷ đồng" (=, other, đồng), "đạt 80% tổng số người hư[ởng]" (=,
# the share of the paid). Not quantities: "30/8" (a date), "Đề án 06" (a name). Ids:
# CASHLESS_SHARE for 55,3%, 64% and 80% (a judgement for the truncated 80%), CASHLESS_COUNT for the
# 15 thousand; the money null.
# --------------------------------------------------------------------------
ACCOUNT = "tỷ lệ người hưởng lương hưu, trợ cấp BHXH hằng tháng nhận tiền qua tài khoản"
D09 = dict(name="09_quangngai-luong-huu-qua-tai-khoan-2024", kind="result", year=2024, records=[
    R("tài khoản đạt «55,3%", ACCOUNT, "=", 55.3, iid=CASHLESS_SHARE),
    R("đô thị gần «64%", ACCOUNT, "~", 64, scope="khu vực đô thị", iid=CASHLESS_SHARE),
    R("cho hơn «15 nghìn người", "chi trả lương hưu qua tài khoản hằng tháng BHXH tỉnh chi trả cho người", ">",
      15e3, **CNT, iid=CASHLESS_COUNT),
    R("tiền «115 tỷ đồng", "tổng số tiền chi trả lương hưu qua tài khoản hằng tháng", "=", 115e9, **DONG),
    R("đạt «80% tổng", "chi trả lương hưu qua tài khoản, tổng số người hưởng", "=", 80, iid=CASHLESS_SHARE),
])

# --------------------------------------------------------------------------
# 10 Lào Cai, the province's extra 30% of the health-insurance premium for near-poor households
# under Resolution 09/2019/NQ-HĐND (baolaocai.vn, from kinhtedothi.vn; cut: the source credit
# "kinhtedothi.vn" and the page's links "Có thể bạn quan tâm", "Tin cùng chuyên mục", "Rộn niềm vui
# mới" (twice), "Những ngà" with the blank lines between them; no byline, no stamp). Results, year
# 2023: the five years of the resolution run "từ năm 2019 đến hết năm 2023" ("Qua 05 năm"), so the
# title's "gần 60.000 lượt người cận nghèo" (~), the first paragraph's "59.788 lượt người" ("từ năm
# 2019 đến nay") and the later paragraph's "59.788 lượt người cận nghèo được thụ hưởng" (=, each
# stated on its own) take 2023 with "tỷ lệ bao phủ BHYT năm 2023" (a judgement). Shares written
# with a decimal point: "chiếm tỷ trọng 2.45% tổng số người tham gia" (=, 2.45), "đóng góp vào
# 2.36%" (=) "trong tổng số 96.36% tỷ lệ bao phủ BHYT năm 2023" (=). Money: "Tổng kinh phí ... là
# 14.502 triệu đồng" (=, 14502e6, 2023) and "Ước thực hiện hết năm 2024 là 19.315 triệu đồng" (=,
# an estimate, 2024). NOT: the support rates "hỗ trợ thêm 30% mức đóng" (title, first paragraph,
# third paragraph) and "ngoài 70% mức đóng BHYT do ngân sách nhà nước hỗ trợ": the policy's
# parameters, the share of the premium the budget pays, not an indicator's target or result (a
# judgement). Not quantities: "kỳ họp thứ 10", "Khoá XV" (a session), "09/2019/NQ-HĐND",
# "10/7/2019", "146/2018/NĐ-CP", "17/10/2018", "điểm b Khoản 1 Điều 8" (documents and dates), "05
# năm" (the time). Ids null.
# --------------------------------------------------------------------------
D10 = dict(name="10_laocai-ho-tro-bhyt-can-ngheo-2024", kind="result", year=2023, records=[
    R("cho gần «60.000 lượt", "lượt người cận nghèo được hỗ trợ thêm mức đóng BHYT", "~", 60000, **CNT),
    R("y tế cho «59.788 lượt", "lượt người cận nghèo được tỉnh Lào Cai hỗ trợ thêm mức đóng bảo hiểm y tế", "=",
      59788, **CNT),
    R("hỗ trợ cho «59.788 lượt", "lượt người cận nghèo được thụ hưởng chính sách Nghị quyết số 09/2019/NQ-HĐND",
      "=", 59788, **CNT),
    R("tỷ trọng «2.45%", "người cận nghèo được thụ hưởng chính sách chiếm tỷ trọng tổng số người tham gia", "=",
      2.45),
    R("vào «2.36%", "người cận nghèo được thụ hưởng chính sách đóng góp vào tỷ lệ bao phủ BHYT", "=", 2.36),
    R("tổng số «96.36%", "tỷ lệ bao phủ BHYT năm 2023", "=", 96.36),
    R("là «14.502 triệu đồng", "Tổng kinh phí thực hiện chính sách từ năm 2019 đến hết năm 2023", "=", 14502e6,
      **DONG),
    R("là «19.315 triệu đồng", "kinh phí thực hiện chính sách ước thực hiện hết năm 2024", "=", 19315e6, **DONG,
      year=2024),
], NOT=["thêm «30% mức đóng BHYT cho", "thêm «30% mức đóng bảo", "thêm «30% mức đóng BHYT (", "ngoài «70%"])

# --------------------------------------------------------------------------
# 11 Ninh Thuận, the Department of Labour's dispatch asking enterprises to have their workers
# install the VssID app, March 2021 (ninhthuan.gov.vn; cut: the section label "Việc làm-An toàn lao
# động" (two identical lines) and the date "24/03/2021 " written as the first line
# `date 2021-03-24`, with the line of one space after it). A precision text, no record: "24/7" (the
# support service's hours, a name of the service), "08/3/2021" (a date), "528/SLĐTBXH-LĐGDNN" (a
# document), "1." (a list label).
# --------------------------------------------------------------------------
D11 = dict(name="11_ninhthuan-cong-van-cai-dat-vssid-2021-precision", kind="result", year=2021, records=[])

# --------------------------------------------------------------------------
# 12 The national social insurance agency letting VssID users log in with their VNeID account,
# October 2023 (tintuc.vdong.vn, from a national daily; cut: the site's name "vĐồng tin tức tài
# chính 365" with the blank line after it, the byline "2023-10-23 18:31" written as the first line
# `date 2023-10-23`, and two photo captions each given twice with their blank lines). A precision
# text, one record: "với trên 32 triệu người dùng ứng dụng VssID" (>, count, 2023; id
# VSSID_COUNT). Not quantities: "Ngày 23-10" (a date), "VNeID mức 2" (a level's label), "phiên bản
# 2.1.0", "phiên bản 1.6.7" (version numbers).
# --------------------------------------------------------------------------
D12 = dict(name="12_vssid-dang-nhap-bang-vneid-2023-precision", kind="result", year=2023, records=[
    R("trên «32 triệu người", "người dùng ứng dụng VssID", ">", 32e6, **CNT, iid=VSSID_COUNT),
])

# --------------------------------------------------------------------------
# 13 An Giang, the provincial social insurance's dates for paying January's and February's
# pensions before Tết 2021 (baoangiang.com.vn; nothing cut; no byline, no stamp). A precision text,
# no record: "tháng 1 và tháng 2-2021" (twice) and "ngày 7 và 8-1-2021" are dates.
# --------------------------------------------------------------------------
D13 = dict(name="13_angiang-lich-chi-tra-luong-huu-tet-2021-precision", kind="result", year=2021, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
