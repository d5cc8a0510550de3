#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set285).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of percentages deliberately left without a record
(completion against a plan or quota, a change against an earlier value or a budget estimate);
check_gold.py verifies that every percentage has a record or a NOT entry.

Each record carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml. The catalogue names digital-transformation indicators only;
none of this set's socio-economic quantities (growth, income, budget, poverty, health insurance,
urbanisation, water, waste, culture, new-countryside) has an indicator there, so every id is null
(`iid` left at its default).

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
from goldkit import R, CNT, RANK  # noqa: E402

def money(text_unit):
    """An amount of money (or another measure) in unit other, with its unit as written."""
    return dict(unit="other", unit_text=text_unit)


DONG = money("đồng")
Y26 = dict(kind="target", year=2026)

# --------------------------------------------------------------------------
# 01 Phú Thọ, the People's Council's resolution 11/NQ-HĐND of 9/12/2022 on the 2023
# socio-economic plan: its list of main targets (phuthodfa.gov.vn, the Department of Foreign
# Affairs' portal; nothing cut; no byline, no stamp; the excerpt ends in "đính kèm: Ng"). Kind
# target, year 2023 (the plan's year). Ops: "từ X% trở lên", "X% trở lên" >=; "dưới 35%" <; bare
# numbers (the economic structure's three shares, "đạt 93,7%", "đạt 39,2%", "đạt 13 xã") >= (spec:
# a target's bare number). "Tỷ lệ hộ nghèo giảm từ 0,5% trở lên": a target stated as a change,
# a quantity (>=). "Số xã đạt chuẩn nông thôn mới tăng thêm 7 xã trở lên": a target count (>=,
# a change the plan sets). "14,3 bác sỹ/1 vạn dân và 48,5 giường bệnh/1 vạn dân": two amounts in
# unit other (as the earlier sets' "14,5 bác sĩ/vạn dân"). The water sentence "Tỷ lệ dân cư đô thị
# được dùng nước sạch đạt 93,7%, tỷ lệ dân cư nông thôn được sử dụng nước sinh hoạt hợp vệ sinh
# ... 98,4%": two indicators, each with its group inside its own subject and its own wording
# (clean vs hygienic water), scope null (spec: a group only part of the subject). Pillar null:
# the headings "1. Về kinh tế", "2. Về xã hội", "3. Về môi trường" name no pillar ("xã hội" is not
# "xã hội số"). Not quantities: "9/12/2022" (a date), "11/NQ-HĐND" (a document), "năm 2023",
# the list labels "1.", "2.", "3.", "1 vạn dân" (part of the unit), "huyện Thanh Ba" (no number).
# --------------------------------------------------------------------------
D01 = dict(name="01_phutho-nq-chi-tieu-ktxh-2023", kind="target", year=2023, records=[
    R("từ «7,5% trở lên", "Tốc độ tăng trưởng kinh tế (GRDP)", ">=", 7.5),
    R("đạt từ «63 triệu", "Tổng sản phẩm bình quân đầu người", ">=", 63e6, **DONG),
    R("xây dựng «41,8%", "Cơ cấu kinh tế: Công nghiệp - xây dựng", ">=", 41.8),
    R("dịch vụ «39,7%", "Cơ cấu kinh tế: dịch vụ", ">=", 39.7),
    R("thủy sản «18,5%", "Cơ cấu kinh tế: nông lâm nghiệp, thủy sản", ">=", 18.5),
    R("đạt «43,5 nghìn tỷ", "Tổng vốn đầu tư trên địa bàn", ">=", 43.5e12, **DONG),
    R("đạt từ «6.109 tỷ", "Tổng thu ngân sách nhà nước trên địa bàn", ">=", 6109e9, **DONG),
    R("đạt từ «19,6%", "Tỷ lệ đô thị hóa", ">=", 19.6),
    R("dưới «35%", "Tỷ trọng lao động nông nghiệp trong tổng lao động xã hội", "<", 35),
    R("đạt «71% trở lên", "Tỷ lệ lao động qua đào tạo và truyền nghề", ">=", 71),
    R("đạt từ «28% trở lên", "đào tạo có bằng cấp, chứng chỉ, chứng nhận", ">=", 28),
    R("giảm từ «0,5%", "Tỷ lệ hộ nghèo giảm", ">=", 0.5),
    R(": «14,3 bác sỹ", "Tỷ lệ bác sỹ/1 vạn dân", ">=", 14.3, **money("bác sỹ/1 vạn dân")),
    R("và «48,5 giường", "Tỷ lệ giường bệnh/1 vạn dân", ">=", 48.5, **money("giường bệnh/1 vạn dân")),
    R("tế đạt từ «93,7%", "Tỷ lệ dân số tham gia bảo hiểm y tế", ">=", 93.7),
    R("thêm «7 xã", "Số xã đạt chuẩn nông thôn mới tăng thêm", ">=", 7, **CNT),
    R("đạt «13 xã", "số xã đạt chuẩn nông thôn mới nâng cao, kiểu mẫu", ">=", 13, **CNT),
    R("sạch đạt «93,7%", "Tỷ lệ dân cư đô thị được dùng nước sạch", ">=", 93.7),
    R("từ «98,4%", "tỷ lệ dân cư nông thôn được sử dụng nước sinh hoạt hợp vệ sinh", ">=", 98.4),
    R("đạt «77,8%", "Tỷ lệ thu gom, xử lý chất thải rắn sinh hoạt đô thị và khu dân cư tập trung", ">=", 77.8),
    R("rừng đạt «39,2%", "Tỷ lệ che phủ rừng", ">=", 39.2),
])

# --------------------------------------------------------------------------
# 02 Vĩnh Long, the Provincial People's Committee's specific targets for 2023 (baovinhlong.com.vn;
# cut: the byline "Cập nhật, 05:55, Thứ Năm, 12/01/2023 (GMT+7)" with the blank line after it,
# written as the first line `date 2023-01-12`, and the author "CÔNG NGÔN" at the end). Kind target,
# year 2023. "Các mục tiêu, nhiệm vụ cụ thể gồm: ..." bare numbers >= (spec); "tổng sản phẩm trên
# địa bàn tỉnh tăng 8%" (a growth target, >=); "tỷ lệ hộ nghèo giảm 0,41%" (a target stated as a
# change, >=); "số xã đạt chuẩn NTM tăng thêm là 5 xã" (count, >=); "10 bác sĩ và 31,5 giường"
# (unit other, "bác sĩ", "giường"). Scope: "... nước sạch ... khu vực đô thị đạt 99,2%, khu vực
# nông thôn đạt 95%" and "thu gom và xử lý chất thải rắn sinh hoạt khu vực đô thị đạt 95%, khu vực
# nông thôn đạt 82%": one indicator split by area, scopes "khu vực đô thị" / "khu vực nông thôn"
# (as the earlier sets' "đô thị đạt 96% ... nông thôn đạt 80%"). Pillar null. Not quantities:
# "2021 - 2025" (dates), "COVID-19" (a name), "1 vạn dân" (part of the unit), "12/01/2023".
# --------------------------------------------------------------------------
WATER = "Tỷ lệ hộ dân sử dụng nước sạch từ hệ thống cấp nước tập trung"
WASTE = "tỷ lệ thu gom và xử lý chất thải rắn sinh hoạt"
D02 = dict(name="02_vinhlong-muc-tieu-kinh-te-2023", kind="target", year=2023, records=[
    R("tỉnh tăng «8%", "tổng sản phẩm trên địa bàn tỉnh tăng", ">=", 8),
    R("người «77,2 triệu", "GRDP bình quân đầu người", ">=", 77.2e6, **money("đồng/người")),
    R("khẩu «750 triệu USD", "tổng kim ngạch xuất khẩu", ">=", 750e6, **money("USD")),
    R("xã hội «17.500 tỷ", "tổng vốn đầu tư toàn xã hội", ">=", 17500e9, **DONG),
    R("đạt «10 bác sĩ", "Tỷ lệ bác sĩ trên 1 vạn dân", ">=", 10, **money("bác sĩ")),
    R("và «31,5 giường", "Tỷ lệ giường bệnh trên 1 vạn dân (không tính trạm y tế)", ">=", 31.5,
      **money("giường")),
    R("giảm «0,41%", "tỷ lệ hộ nghèo giảm", ">=", 0.41),
    R("đạt «21,67%", "tỷ lệ lao động qua đào tạo có chứng chỉ", ">=", 21.67),
    R("đạt «93,2% dân số", "tỷ lệ bao phủ BHYT dân số", ">=", 93.2),
    R("là «5 xã", "số xã đạt chuẩn NTM tăng thêm", ">=", 5, **CNT),
    R("đạt «99,2%", WATER, ">=", 99.2, scope="khu vực đô thị"),
    R("thôn đạt «95%;", WATER, ">=", 95, scope="khu vực nông thôn"),
    R("thị đạt «95%, khu", WASTE, ">=", 95, scope="khu vực đô thị"),
    R("đạt «82%", WASTE, ">=", 82, scope="khu vực nông thôn"),
    R("xử lý đạt «100%;", "tỷ lệ chất thải, nước thải y tế được thu gom và xử lý", ">=", 100),
    R("chuẩn đạt «100%.", "tỷ lệ khu, cụm công nghiệp có hệ thống xử lý nước thải đạt chuẩn", ">=", 100),
])

# --------------------------------------------------------------------------
# 03 Đồng Nai, the Provincial People's Committee's decision implementing the 2025 socio-economic
# plan (sggp.org.vn; cut: the author "HOÀNG BẮC" at the end; no byline, no stamp). Kind target,
# year 2025. "thu ngân sách đạt hơn 74.412 tỷ đồng" (>); "tốc độ tăng trưởng kinh tế tăng 10% so
# với năm 2024" (a target stated as a change: a quantity, >=; spec); "thu nhập bình quân đầu người
# đạt 150,23 triệu đồng/ năm", "đạt 173.543 tỷ đồng", "100% trạm y tế ...", "xây dựng 8.340 căn
# nhà ở xã hội" (>=). Pillar null. Not quantities: "2020-2025", "năm 2024" (dates).
# --------------------------------------------------------------------------
D03 = dict(name="03_dongnai-ke-hoach-ktxh-2025", kind="target", year=2025, records=[
    R("đạt hơn «74.412 tỷ", "tỉnh Đồng Nai phấn đấu thu ngân sách", ">", 74412e9, **DONG),
    R("tăng «10% so", "tốc độ tăng trưởng kinh tế tăng so với năm 2024", ">=", 10),
    R("đạt «150,23 triệu", "thu nhập bình quân đầu người", ">=", 150.23e6, **money("đồng/ năm")),
    R("đạt «173.543 tỷ", "tổng vốn đầu tư phát triển toàn xã hội", ">=", 173543e9, **DONG),
    R("; «100% trạm", "trạm y tế xã, phường và các điểm trạm đủ điều kiện khám, chữa bệnh bảo hiểm y tế",
      ">=", 100),
    R("dựng «8.340 căn", "căn nhà ở xã hội xây dựng", ">=", 8340, **CNT),
])

# --------------------------------------------------------------------------
# 04 Phú Thọ, Tân Hòa ward's People's Council at its year-end session: the results of 2025 and the
# targets for 2026 (baophutho.vn; the stamp " date 2025-12-23" written as the first line; nothing
# cut; the excerpt ends in "đảm bảo a"). Results of 2025 (kind result): "tổng thu ngân sách Nhà
# nước đạt gần 10 tỷ đồng" (~), "giải quyết việc làm cho 458 lao động" (count), "tỷ lệ lao động
# qua đào tạo đạt 78,2%", "tỷ lệ hộ nghèo giảm còn 0,88%" (=: the level reached). NOT (completion
# against the quota, as the earlier sets' majority): "đạt 681,8% so với chỉ tiêu giao", "đạt 100,3%
# chỉ tiêu nghị quyết HĐND giao". Targets of 2026 ("Năm 2026, phường Tân Hòa phấn đấu thực hiện các
# chỉ tiêu: ..."): "đạt 40,6 tỷ đồng" (>=), "tỷ lệ giải ngân vốn đầu tư công phấn đấu đạt 100% kế
# hoạch giao" (a disbursement rate to reach, >=; the earlier sets record "giải ngân ... đạt tỷ lệ"
# as a rate), "đạt 78 triệu đồng/người/năm", "tỷ lệ hộ nghèo giảm còn 0,8%" (>=: a target's bare
# level, as the earlier sets' "giảm còn 2,44%" target), "đạt 95%", "đạt trên 95%" (>). Pillar
# null. Not quantities: "12/12 chỉ tiêu" (a count of targets met, as the earlier sets), "23/12"
# (a date), "2021 - 2026", "năm 2025", "năm 2026", "Kỳ họp thứ Tư" (no digits).
# --------------------------------------------------------------------------
D04 = dict(name="04_phutho-tanhoa-ky-hop-chi-tieu-2026", kind="result", year=2025, records=[
    R("đạt gần «10 tỷ", "tổng thu ngân sách Nhà nước", "~", 10e9, **DONG),
    R("cho «458 lao động", "lao động được giải quyết việc làm", "=", 458, **CNT),
    R("đạt «78,2%", "tỷ lệ lao động qua đào tạo", "=", 78.2),
    R("còn «0,88%", "tỷ lệ hộ nghèo giảm còn", "=", 0.88),
    R("đạt «40,6 tỷ", "Tổng thu ngân sách Nhà nước", ">=", 40.6e9, **DONG, **Y26),
    R("đạt «100% kế hoạch", "tỷ lệ giải ngân vốn đầu tư công kế hoạch giao", ">=", 100, **Y26),
    R("đạt «78 triệu", "thu nhập bình quân đầu người", ">=", 78e6, **money("đồng/người/năm"), **Y26),
    R("còn «0,8%", "tỷ lệ hộ nghèo giảm còn", ">=", 0.8, **Y26),
    R("đạt «95%;", "tỷ lệ gia đình văn hóa", ">=", 95, **Y26),
    R("đạt trên «95%", "tỷ lệ người tham gia BHYT", ">", 95, **Y26),
], NOT=["đạt «681,8%", "đạt «100,3%"])

# --------------------------------------------------------------------------
# 05 Thanh Hóa, Ba Đình commune's People's Council at its year-end session: the results of 2025
# (baothanhhoa.vn; nothing cut; no byline, no stamp; the excerpt ends in "có 1 s"). Kind result,
# year 2025 (the results of "năm 2025"; the 2026 targets are not reached by the excerpt). Money
# in unit other ("1.000.950 triệu đồng" 1.00095e12, "67,78 triệu đồng/người", "104 triệu
# đồng/ha", "75 tỷ đồng"); "2.246 ha gieo trồng", "8.868 tấn lương thực" (unit other, "ha",
# "tấn"); "100% thôn đạt chuẩn văn hóa, 88,87% gia đình văn hóa, 95% người dân tham gia BHYT"
# (three results, each its own subject); "tỷ lệ trẻ suy dinh dưỡng dưới 5%" (<); "77% đường giao
# thông được cứng hóa". NOT: "vượt 23,2% dự toán" (the budget revenue against the estimate, spec:
# a change against a target). Not quantities: "23 chỉ tiêu chủ yếu", "14 chỉ tiêu đạt", "08 chỉ
# tiêu vượt" (counts of targets met, as the earlier sets), "24/12" (a date), "năm 2024", and the
# truncated "có 1 s" (cut before its subject: no indicator to give it; a judgement).
# --------------------------------------------------------------------------
D05 = dict(name="05_thanhhoa-badinh-ket-qua-ktxh-2025", kind="result", year=2025, records=[
    R("ước đạt «1.000.950 triệu", "Tổng giá trị sản xuất trên địa bàn", "=", 1000950e6, **DONG),
    R("bình quân «67,78 triệu", "thu nhập bình quân", "=", 67.78e6, **money("đồng/người")),
    R("với «2.246 ha", "gieo trồng", "=", 2246, **money("ha")),
    R("ha gieo trồng, «8.868 tấn", "sản lượng lương thực", "=", 8868, **money("tấn")),
    R("giá trị «104 triệu", "giá trị sản xuất nông nghiệp trên 1 ha", "=", 104e6, **money("đồng/ha")),
    R("đạt «75 tỷ", "Thu ngân sách", "=", 75e9, **DONG),
    R("«100% thôn", "thôn đạt chuẩn văn hóa", "=", 100),
    R("«88,87% gia đình", "gia đình văn hóa", "=", 88.87),
    R("«95% người dân", "người dân tham gia BHYT", "=", 95),
    R("dưới «5%", "tỷ lệ trẻ suy dinh dưỡng", "<", 5),
    R("«77% đường", "đường giao thông được cứng hóa", "=", 77),
], NOT=["vượt «23,2%"])

# --------------------------------------------------------------------------
# 06 Nghệ An, Nghi Lộc district's conference assigning the 2025 plan targets, with the results of
# 2024 (nghiloc.nghean.gov.vn; nothing cut (the lines naming the chairs are a sentence of the body);
# no byline, no stamp; the excerpt ends in "tăng th"). Kind result, year 2024 (the results of
# "Năm 2024"; no 2025 target is given a number). "Tốc độ tăng trưởng GRDP toàn huyện đạt 11,26%",
# "Tổng thu ngân sách ... đạt 1.612,574 tỷ đồng" (1.612574e12), "Thu nhập bình quân đầu người đạt
# 62,3triệu đồng/người/năm" (the magnitude word written against the number), "Tỷ lệ hộ nghèo giảm
# còn 1,08%" (=), "93,82%", "96,8%". Pillar null. Not quantities: "đại hội đảng lần thứ 29" (a
# name), "năm 2025" (a date).
# --------------------------------------------------------------------------
D06 = dict(name="06_nghean-nghiloc-giao-chi-tieu-2025", kind="result", year=2024, records=[
    R("đạt «11,26%", "Tốc độ tăng trưởng GRDP toàn huyện", "=", 11.26),
    R("đạt «1.612,574 tỷ", "Tổng thu ngân sách trên địa bàn", "=", 1612.574e9, **DONG),
    R("đạt «62,3triệu", "Thu nhập bình quân đầu người", "=", 62.3e6, **money("đồng/người/năm")),
    R("còn «1,08%", "Tỷ lệ hộ nghèo giảm còn", "=", 1.08),
    R("đạt «93,82%", "Tỷ lệ gia đình văn hóa", "=", 93.82),
    R("đạt «96,8%", "Tỷ lệ làng văn hóa", "=", 96.8),
])

# --------------------------------------------------------------------------
# 07 Lào Cai, the opening of the People's Council's 24th session: the economy in 2024
# (tienphong.vn; the stamp " date 2024-12" written as the first line; nothing cut; the excerpt
# ends in "3.825 tr"). Kind result, year 2024. "GRDP ... năm 2024 đạt mức tăng trưởng khoảng 7,38%"
# (~); "cao hơn mức tăng trưởng chung của cả nước (khoảng 7%)" (a result of the country, ~, its
# own subject; no `place`: the country is not a province or commune); "Quy mô kinh tế ... đạt
# khoảng 77.223 tỷ đồng" (~); "xếp thứ 44/63 tỉnh, thành phố" (rank =); "GRDP bình quân đầu người
# đạt 97,5 triệu đồng/người/năm"; "Tổng giá trị xuất nhập khẩu ... ước đạt 3.825 tr" (=; the unit
# cut off after "tr": value 3825 as written, unit other, unit_text null; a judgement). NOT
# (changes against an earlier value, spec): "cao hơn 2,2% so với mức tăng trưởng năm 2023", "tăng
# 11,8% so với năm 2023"; likewise "tăng 8,9 triệu đồng/người/năm so với năm 2023" (not a
# percentage, no record). Not quantities: "51/53 đại biểu" (the participants of a session, spec),
# "5/12" (a date), "Kỳ họp thứ 24", "khóa XVI", "2021-2026", the denominator "/63".
# --------------------------------------------------------------------------
D07 = dict(name="07_laocai-ky-hop-grdp-2024", kind="result", year=2024, records=[
    R("khoảng «7,38%", "Tổng sản phẩm trên địa bàn (GRDP) của Lào Cai đạt mức tăng trưởng", "~", 7.38),
    R("(khoảng «7%)", "mức tăng trưởng chung của cả nước", "~", 7),
    R("khoảng «77.223 tỷ", "Quy mô kinh tế toàn tỉnh", "~", 77223e9, **DONG),
    R("thứ «44/63", "Quy mô kinh tế toàn tỉnh xếp thứ tỉnh, thành phố", "=", 44, **RANK),
    R("đạt «97,5 triệu", "GRDP bình quân đầu người", "=", 97.5e6, **money("đồng/người/năm")),
    R("ước đạt «3.825 tr", "Tổng giá trị xuất nhập khẩu, mua bán, trao đổi hàng hoá qua các cửa khẩu", "=",
      3825, **money(None)),
], NOT=["hơn «2,2%", "tăng «11,8%"])

# --------------------------------------------------------------------------
# 08 Bà Rịa - Vũng Tàu, Châu Đức district's People's Council at its 17th session: the results of
# 2024 (baobariavungtau.com.vn; the stamp " date 2024-12" written as the first line; nothing cut;
# the excerpt ends in "nhi"). Kind result, year 2024. "thu ngân sách đạt gần 900 tỷ đồng" (~);
# "tỷ lệ giải ngân vốn đạt 88,26%" (a rate, as the earlier sets' "giải ngân ... đạt trên 92%");
# "6.198 tỷ đồng", "3.420 tỷ đồng"; "56 sản phẩm OCOP"; "13/14 xã đạt chuẩn nông thôn mới nâng cao,
# 4 xã đạt chuẩn nông thôn mới kiểu mẫu" (two counts, each its own subject). NOT (completion
# against the plan): "đạt 130%", the two "đạt 100,08%". Pillar null. Not quantities: "16/12" (a
# date), "Kỳ họp thứ 17", "2021-2026", "năm 2025", the denominator "/14".
# --------------------------------------------------------------------------
D08 = dict(name="08_bariavungtau-chauduc-ky-hop-2024", kind="result", year=2024, records=[
    R("đạt gần «900 tỷ", "thu ngân sách", "~", 900e9, **DONG),
    R("đạt «88,26%", "tỷ lệ giải ngân vốn", "=", 88.26),
    R("thực hiện «6.198 tỷ", "giá trị sản xuất công nghiệp - tiểu thủ công nghiệp", "=", 6198e9, **DONG),
    R("đạt «3.420 tỷ", "giá trị sản xuất nông nghiệp", "=", 3420e9, **DONG),
    R("có «56 sản phẩm", "sản phẩm OCOP toàn huyện", "=", 56, **CNT),
    R("«13/14 xã", "xã đạt chuẩn nông thôn mới nâng cao", "=", 13, **CNT),
    R("cao, «4 xã", "xã đạt chuẩn nông thôn mới kiểu mẫu", "=", 4, **CNT),
], NOT=["đạt «130%", "đồng, đạt «100,08%;", "đồng, đạt «100,08%."])

# --------------------------------------------------------------------------
# 09 Quảng Trị, the People's Council's resolution 90/2024/NQ-HĐND on the 2025 socio-economic plan:
# the page's list of related documents, the header and the legal bases (hethongphapluat.com;
# nothing cut; no byline, no stamp; the excerpt ends in "thảo luận của"). A precision text, no
# record: every number is a document number ("17/CT-TTg", "8386/VPCP-QHĐP", "90/2024/NQ-HĐND",
# "314/BC-UBND"), a date ("06 tháng 12 năm 2024", "19/6/2015", "21/11/2019", "22/6/2015",
# "22/5/2024", "03/12/2024"), a year, a list label ("- 1", "- 2") or a session ("KỲ HỌP THỨ 28").
# Year 2025 (the plan's).
# --------------------------------------------------------------------------
D09 = dict(name="09_quangtri-nq-90-ktxh-2025-precision", kind="target", year=2025, records=[])

# --------------------------------------------------------------------------
# 10 Hưng Yên, the People's Council's resolution 512/NQ-HĐND on the 2025 socio-economic tasks: the
# register card, the header and the legal bases (thuviennhadat.vn; nothing cut; no byline, no
# stamp; the excerpt ends in "giải pháp"). A precision text, no record: document numbers
# ("512/NQ-HĐND", "17/CT-TTg", "1500/QĐ-TTg", "821-KL/TU", "196/BC-UBND"), dates, years, the
# term "2020-2025". Year 2025.
# --------------------------------------------------------------------------
D10 = dict(name="10_hungyen-nq-512-ktxh-2025-precision", kind="target", year=2025, records=[])

# --------------------------------------------------------------------------
# 11 Lai Châu, the People's Council's resolution 96/NQ-HĐND on the five-year plan 2026-2030: the
# register card, the header, the legal bases and the start of the general goal (nhansu.vn; cut: the
# site's search and job widgets "Từ khóa gợi ý:", "Không tìm thấy từ khóa phù hợp", "Việc làm có
# thể bạn quan tâm", "Không tìm thấy việc làm phù hợp" with the blank line after them; no byline, no
# stamp; the excerpt ends in "ứng dụng "). A precision text, no record: document numbers
# ("96/NQ-HĐND", "72/2025/QH15", "7682/TTr-UBND", "884/BC-HĐND"), dates, the period "2026-2030",
# "5 năm" (the plan's length), the list labels "Điều 1.", "1.". Year 2030 would be the plan's end;
# no record needs it (the document's year is left at 2026, the plan's first year).
# --------------------------------------------------------------------------
D11 = dict(name="11_laichau-nq-96-ktxh-2026-2030-precision", kind="target", year=2026, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
