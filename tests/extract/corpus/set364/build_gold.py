#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set364).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'), with set267's
shorthand for amounts in another unit. Each record is written by hand below; its anchor is never
typed in. A record names a locator: a piece of the text with « just before the number. The locator
(without «) must occur exactly once in the text; the anchor is where « stands. `start`/`end` (the
clause that states the quantity) are computed as in the seeds' builder (`start_at` moves the start
back to a given string).

Each document may also list NOT: locators of percentages deliberately left without a record;
check_gold.py verifies that every percentage has a record or a NOT entry. No text of this set needs
one but 01, whose "từ 2 đến 3%" lists the high end of a recorded range (as earlier sets' "15% đến
«20% GRDP"); every other percentage is a target or a value reached.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
The catalogue measures digital transformation only; its two child entries
(security.schools_child_online_safety_share, security.child_victims_supported_share) are about the
online environment, which no text here names, so every record is written without `iid=` (null).

The theme of the set: child protection (children in special circumstances, abuse cases,
child-friendly communes, child labour, injuries and drowning, gifts and support given), in plans
with targets for 2025 and 2030 and in reports of results, 2021-2026. No text has a
digital-transformation heading: every pillar is null.

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

OTH = functools.partial(dict, unit="other")  # an amount in another unit: OTH(unit_text=...)
DONG = OTH(unit_text="đồng")
RATE_TE = OTH(unit_text="/100.000 trẻ em")  # a rate per 100,000 children, written with its noun
RATE = OTH(unit_text="/100.000")  # the same rate where the text drops the noun
T25 = dict(kind="target", year=2025)
T30 = dict(kind="target", year=2030)

# --------------------------------------------------------------------------
# 01 Quảng Trị, the province's targets for children's rights and development to 2025 and 2030
# (tinhuyquangtri.vn; nothing cut; no byline, no stamp; the excerpt ends in "Tỷ lệ "). Kind target;
# each target's year as written beside it. Document year 2030 (the plan's horizon, "đến năm 2030"):
# it goes to the two sentences that name no year of their own, "Phấn đấu 100% trẻ em gặp thiên tai
# ..." and "duy trì mức giảm số cuộc tảo hôn từ 2 đến 3% hằng năm giai đoạn 2025 - 2030" (a yearly
# target takes the horizon, as earlier sets' "hằng năm"; a target stated as a change: a quantity,
# `between` 2-3; the high end "3%" in NOT). The title's "Năm 2025 giảm ... xuống dưới 5%" is a record of its own beside the
# body's (as set267's titles). Ops: "xuống dưới" `<`, its second number "và 4% vào năm 2030" read
# under the same "dưới" (a judgement, as an earlier set read a shared "trên"); "trên" `>`; "giảm ...
# xuống 4,9%", "xuống còn 16/100.000" `>=` (a target's bare level, set267's reading); "Duy trì trên
# 95%" `>`. Rates per 100,000 children: unit other, unit_text as written at the number
# ("/100.000 trẻ em", or "/100.000" where the noun is dropped). Not quantities: "5 đến 17 tuổi",
# "dưới 5 tuổi", "8 tuổi" (ages in the subjects), "2025 - 2030" (a period).
# --------------------------------------------------------------------------
CHSD = "tỷ lệ trẻ em có hoàn cảnh đặc biệt trên tổng số trẻ em"
CHSD_CARE = "trẻ em có hoàn cảnh đặc biệt được chăm sóc, nuôi dưỡng, trợ giúp"
ABUSE = "tỷ lệ trẻ em bị xâm hại trên tổng số trẻ em"
LABOUR = "tỷ lệ lao động trẻ em và người chưa thành niên từ 5 đến 17 tuổi"
INJ = "tỷ suất trẻ em bị tai nạn thương tích"
INJ_DEATH = "tỷ suất trẻ em bị tử vong do tai nạn thương tích"
FRIENDLY = "xã, phường, thị trấn đạt tiêu chuẩn phù hợp với trẻ em"
ECD = "Tỷ lệ trẻ em đến 8 tuổi được tiếp cận các dịch vụ hỗ trợ chăm sóc phát triển toàn diện"
D01 = dict(name="01_quangtri-muc-tieu-quyen-tre-em-2025", kind="target", year=2030, records=[
    R("đặc biệt xuống dưới «5%\nTỉnh", CHSD, "<", 5, **T25),
    R("trẻ em xuống dưới «5% vào", CHSD, "<", 5, **T25),
    R("2025 và «4% vào năm 2030;", CHSD, "<", 4, **T30),
    R("trên «90% trẻ em", CHSD_CARE, ">", 90, **T25),
    R("và trên «95% vào năm 2030;", CHSD_CARE, ">", 95, **T30),
    R("xuống dưới «4,5%", ABUSE, "<", 4.5, **T25),
    R("xuống dưới «4% vào năm 2030.", ABUSE, "<", 4, **T30),
    R("xuống «4,9%", LABOUR, ">=", 4.9, **T25),
    R("xuống «4,5% vào năm 2030", LABOUR, ">=", 4.5, **T30),
    R("xuống «550/100.000", INJ, ">=", 550, **RATE_TE, **T25),
    R("và «500/100.000", INJ, ">=", 500, **RATE, **T30),
    R("xuống còn «16/100.000", INJ_DEATH, ">=", 16, **RATE_TE, **T25),
    R("xuống còn «15/100.000", INJ_DEATH, ">=", 15, **RATE, **T30),
    R("Phấn đấu «100% trẻ em gặp", "trẻ em gặp thiên tai, thảm họa được cứu trợ, hỗ trợ kịp thời", ">=", 100),
    R("từ «2 đến 3% hằng năm", "mức giảm số cuộc tảo hôn hằng năm", "between", 2, value_max=3),
    R("đạt «99,5%", "Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh", ">=", 99.5, **T25),
    R("99,5% vào năm 2025 và «100%", "Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh", ">=", 100, **T30),
    R("có «75% xã", FRIENDLY, ">=", 75, **T25),
    R("và «89%", FRIENDLY, ">=", 89, **T30),
    R("toàn diện đạt «90%", ECD, ">=", 90, **T25),
    R("đạt 90% vào năm 2025 và «95%", ECD, ">=", 95, **T30),
    R("Duy trì trên «95%", "trạm y tế xã có nữ hộ sinh hoặc y sỹ sản nhi", ">", 95, **T30),
], NOT=["đến «3% hằng"])

# --------------------------------------------------------------------------
# 02 Kon Tum, the province's plan for the national programme of action for children 2021-2030
# (Kế hoạch số 2026/KH-UBND of 18/6/2021; m.tapchilaodongxahoi.vn; nothing cut; no byline, no stamp;
# the excerpt ends in "tâm lý xã "). Kind target, each year as written; document year 2021 (the
# plan's date; no record takes it). The lead's four targets are repeated word for word in the body
# ("Trong đó, mục tiêu về bảo vệ trẻ em, ..."): each statement a record (as set267's repetitions);
# the title's "Kon Tum phấn đấu 90% trẻ em ..." names no year: 2025, the year the body gives the
# same 90% (a judgement). "xuống dưới 3% vào năm 2025 và 2,5% vào năm 2030": both `<` (the "dưới"
# read as shared, as in 01). Not quantities: "18/6/2021" (a date), "2026/KH-UBND" (a document; not
# a year), "2021 – 2030" (a period), "5 đến 17 tuổi", "dưới 5 tuổi" (ages), "duy trì không có lao
# động trẻ em" (no number).
# --------------------------------------------------------------------------
LEAD = "(LĐXH)- Tỉnh Kon Tum đã đề ra mục tiêu phấn đấu giảm tỷ lệ trẻ em có hoàn cảnh đặc biệt trên tổng số trẻ em "
BODY = "Trong đó, mục tiêu về bảo vệ trẻ em, tỉnh phấn đấu giảm tỷ lệ trẻ em có hoàn cảnh đặc biệt trên tổng số trẻ em "
D02 = dict(name="02_kontum-ke-hoach-vi-tre-em-2021", kind="target", year=2021, records=[
    R("Kon Tum phấn đấu «90% trẻ em", "trẻ em có hoàn cảnh đặc biệt được chăm sóc và nuôi dưỡng", ">=", 90,
      year=2025),
    R(LEAD + "xuống dưới «3%", CHSD, "<", 3, year=2025),
    R("«2,5% vào năm 2030; 90% trẻ em có hoàn cảnh đặc biệt được chăm sóc, nuôi dưỡng, trợ giúp vào năm 2025 và "
      "95% vào năm 2030.\nNgày", CHSD, "<", 2.5, year=2030),
    R("«90% trẻ em có hoàn cảnh đặc biệt được chăm sóc, nuôi dưỡng, trợ giúp vào năm 2025 và 95% vào năm 2030.\n"
      "Ngày", CHSD_CARE, ">=", 90, year=2025),
    R("«95% vào năm 2030.\nNgày", CHSD_CARE, ">=", 95, year=2030),
    R(BODY + "xuống dưới «3%", CHSD, "<", 3, year=2025),
    R("«2,5% vào năm 2030; 90% trẻ em có hoàn cảnh đặc biệt được chăm sóc, nuôi dưỡng, trợ giúp vào năm 2025 và "
      "95% vào năm 2030. Giảm", CHSD, "<", 2.5, year=2030),
    R("«90% trẻ em có hoàn cảnh đặc biệt được chăm sóc, nuôi dưỡng, trợ giúp vào năm 2025 và 95% vào năm 2030. "
      "Giảm", CHSD_CARE, ">=", 90, year=2025),
    R("«95% vào năm 2030. Giảm", CHSD_CARE, ">=", 95, year=2030),
    R("xuống dưới «0,036%", ABUSE, "<", 0.036, year=2025),
    R("xuống dưới «0,033%", ABUSE, "<", 0.033, year=2030),
])

# --------------------------------------------------------------------------
# 03 Quảng Bình, the province's plan for the national programme of action for children 2021-2030
# (Kế hoạch 869/KH-UBND of 28/5/2021; vanban123.vn; nothing cut; no byline, no stamp; the excerpt
# ends in "- Ch"). Kind target, years as written; document year 2021. Four targets: the
# child-friendly communes "đạt 65% vào năm 2025 và 75% vào năm 2030" and the children to 8 years
# "đạt 90% vào năm 2025 và 95% vào năm 2030" (>=: a target's "đạt"). Not quantities (a text with
# many other numbers): "869/KH-UBND", "121/2020/QH14", "23/QĐ-TTg" (documents), "28 tháng 5 năm
# 2021", "19/6/2020", "07/01/2021" (dates), "2021-2030" (periods), "năm 2030" of the general aim,
# "Mục tiêu 1", "Chỉ tiêu 1", "Chỉ tiêu 2" (labels), "8 tuổi" (an age).
# --------------------------------------------------------------------------
D03 = dict(name="03_quangbinh-ke-hoach-869-vi-tre-em-2021", kind="target", year=2021, records=[
    R("đạt «65%", "Tỷ lệ xã, phường, thị trấn đạt tiêu chuẩn phù hợp với trẻ em", ">=", 65, year=2025),
    R("và «75%", "Tỷ lệ xã, phường, thị trấn đạt tiêu chuẩn phù hợp với trẻ em", ">=", 75, year=2030),
    R("đạt «90%", ECD, ">=", 90, year=2025),
    R("và «95%", ECD, ">=", 95, year=2030),
])

# --------------------------------------------------------------------------
# 04 Bình Thuận, the province's programme against child labour to 2025 (dansinh.dantri.com.vn;
# nothing cut; no byline, no stamp; the excerpt opens inside the article, "Theo đó, ...", and ends
# in "can thi"). Kind target, year 2025 ("đặt mục tiêu đến năm 2025", which the later paragraphs'
# aims continue; the address's "20211130" is not in the text). "xuống 2%" `>=` (a target's bare
# level, as in 01); "Trên 90%" `>`. "90% cán bộ, giáo viên ..., 70% cha mẹ, người chăm sóc trẻ em
# được cung cấp thông tin": two records, each its own subject (kinds of people, not levels).
# "95% công chức, viên chức cấp tỉnh, huyện và 85% cán bộ, công chức cấp xã ...": a split by level,
# three records (spec: "100% ... tại cấp tỉnh, cấp huyện và 90% ... tại cấp xã"), the first two
# sharing the 95, scopes "cấp tỉnh", "cấp huyện" (the level's name completed, a judgement) and
# "cấp xã". Not quantities: "5 đến 17 tuổi" (ages).
# --------------------------------------------------------------------------
TRAINED = ("công chức, viên chức ngành Lao động - Thương binh và Xã hội, các cơ quan, tổ chức có liên quan đến "
           "vấn đề lao động trẻ em được tập huấn kiến thức, kỹ năng về quản lý, phòng ngừa, phát hiện, hỗ trợ, can "
           "thiệp")
INFO = "được cung cấp thông tin, kiến thức về phòng ngừa, giảm thiểu lao động trẻ em"
D04 = dict(name="04_binhthuan-lao-dong-tre-em-muc-tieu-2025", kind="target", year=2025, records=[
    R("xuống «2%", LABOUR, ">=", 2),
    R("«100% trẻ em có nguy cơ", "trẻ em có nguy cơ, lao động trẻ em và trẻ em bị mua bán vì mục đích bóc lột "
      "sức lao động khi có thông báo được hỗ trợ, can thiệp kịp thời, được quản lý, theo dõi", ">=", 100),
    R("Trên «90% trẻ em", "trẻ em có nguy cơ, lao động trẻ em được tiếp cận giáo dục phổ thông và đào tạo nghề "
      "phù hợp", ">", 90),
    R("phấn đấu «90% cán bộ", "cán bộ, giáo viên trong các cơ sở giáo dục, cơ sở nuôi dưỡng trẻ em " + INFO,
      ">=", 90),
    R("«70% cha mẹ", "cha mẹ, người chăm sóc trẻ em " + INFO, ">=", 70),
    R("«80% trẻ em", "trẻ em " + INFO, ">=", 80),
    R("«90% doanh nghiệp", "doanh nghiệp, hợp tác xã, hộ gia đình trong các làng nghề " + INFO, ">=", 90),
    R("là «95% công chức", TRAINED, ">=", 95, scope="cấp tỉnh"),
    R("là «95% công chức", TRAINED, ">=", 95, scope="cấp huyện"),
    R("và «85% cán bộ", "cán bộ, công chức ngành Lao động - Thương binh và Xã hội được tập huấn kiến thức, kỹ năng "
      "về quản lý, phòng ngừa, phát hiện, hỗ trợ, can thiệp lao động trẻ em", ">=", 85, scope="cấp xã"),
])

# --------------------------------------------------------------------------
# 05 Ninh Bình, the province's plan against injuries to children 2021-2030 (Kế hoạch 149/KH-UBND of
# 24/9/2021; hethongphapluat.com; cut: the site's name "Hệ thống pháp luật" with the blank line
# after it; no byline, no stamp; the excerpt ends in "vào năm "). Kind target; each year as written;
# document year 2030 (the plan's horizon, "giai đoạn 2021-2030"), which the yearly "Hằng năm giảm
# 5-10%" (`between`, a target stated as a change) and "170 trường học đạt tiêu chuẩn Trường học an
# toàn vào năm " (the excerpt cuts its year) take (judgements). "xuống còn 500/100.000 trẻ em"
# `>=` (unit other "/100.000 trẻ em"); "Giảm 10% số trẻ em bị tử vong do đuối nước năm 2025 và 20%
# vào năm 2030" (targets stated as changes: quantities, `>=`); "70.000 ngôi nhà ... vào năm 2025 và
# 80.000 vào năm 2030" (counts). Not quantities: "149/KH-UBND", "1248/QĐ-TTg" (documents), "24
# tháng 9 năm 2021", "19/7/2021" (dates), "2021-2030" (periods), "Mục tiêu 1" (a label).
# --------------------------------------------------------------------------
INJ2 = "tỷ suất trẻ em bị tai nạn, thương tích"
INJ2_DEATH = "tỷ suất trẻ em bị tử vong do tai nạn, thương tích"
HOUSE = "ngôi nhà thuộc các hộ gia đình có trẻ em đạt tiêu chí Ngôi nhà an toàn"
D05 = dict(name="05_ninhbinh-tai-nan-thuong-tich-tre-em-2021", kind="target", year=2030, records=[
    R("xuống còn «500/100.000", INJ2, ">=", 500, **RATE_TE, year=2025),
    R("và «450/100.000", INJ2, ">=", 450, **RATE_TE, year=2030),
    R("xuống còn «16/100.000", INJ2_DEATH, ">=", 16, **RATE_TE, year=2025),
    R("và «15/100.000", INJ2_DEATH, ">=", 15, **RATE_TE, year=2030),
    R("giảm «5-10%", "số trẻ em bị tử vong và bị thương do tai nạn giao thông đường bộ giảm hằng năm", "between",
      5, value_max=10),
    R("Giảm «10% số", "số trẻ em bị tử vong do đuối nước giảm", ">=", 10, year=2025),
    R("và «20% vào", "số trẻ em bị tử vong do đuối nước giảm", ">=", 20, year=2030),
    R("«70.000 ngôi nhà", HOUSE, ">=", 70000, **CNT, year=2025),
    R("và «80.000", HOUSE, ">=", 80000, **CNT, year=2030),
    R("«170 trường học", "trường học đạt tiêu chuẩn Trường học an toàn", ">=", 170, **CNT),
])

# --------------------------------------------------------------------------
# 06 Hà Nội, the city's plan for the national programme of action for children 2021-2030 (Kế hoạch
# 138/KH-UBND of 03/6/2021; dulieuphapluat.vn; nothing cut; no byline, no stamp; the excerpt ends in
# "lây truyền HIV"). Kind target, each year as written; document year 2021. "xuống còn 7,3% ... và
# 6,8%" `>=`; "xuống dưới 12% ... và dưới 11,5%" `<`; "khống chế tỷ lệ trẻ dưới 5 tuổi thừa cân,
# béo phì xuống dưới 10% (khu vực nội thành), 5% (khu vực ngoại thành) vào năm 2025": a split by
# area, two records with scopes "khu vực nội thành" and "khu vực ngoại thành" (population groups,
# as the spec's thành thị / nông thôn), the 5 read under the same "dưới" (`<`). Not quantities:
# "138/KH-UBND", "Quyết định số 23" (documents), "03 tháng 6 năm 2021" (a date), "2021-2030",
# "Chương trình nghị sự 2030" (a name), "(07 Chỉ tiêu)" (the number of a goal's indicators, a
# count of tasks), "Mục tiêu 1", "Chỉ tiêu 2", "Chỉ tiêu 4", "Chỉ tiêu 6" (labels), "8 tuổi",
# "dưới 5 tuổi" (ages), "duy trì đến năm 2030" (no number of its own).
# --------------------------------------------------------------------------
OBESE = "tỷ lệ trẻ dưới 5 tuổi thừa cân, béo phì"
D06 = dict(name="06_hanoi-ke-hoach-138-vi-tre-em-2021", kind="target", year=2021, records=[
    R("đạt «90%", ECD + " theo độ tuổi", ">=", 90, year=2025),
    R("và «95%", ECD + " theo độ tuổi", ">=", 95, year=2030),
    R("xuống còn «7,3%", "tỷ lệ suy dinh dưỡng thể nhẹ cân ở trẻ em dưới 5 tuổi", ">=", 7.3, year=2025),
    R("và «6,8%", "tỷ lệ suy dinh dưỡng thể nhẹ cân ở trẻ em dưới 5 tuổi", ">=", 6.8, year=2030),
    R("xuống dưới «12%", "tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi", "<", 12, year=2025),
    R("và dưới «11,5%", "tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi", "<", 11.5, year=2030),
    R("xuống dưới «10%", OBESE, "<", 10, scope="khu vực nội thành", year=2025),
    R("«5% (khu vực", OBESE, "<", 5, scope="khu vực ngoại thành", year=2025),
])

# --------------------------------------------------------------------------
# 07 Gia Lai, the communes meeting the child-friendly standard (gialaitv.vn; cut: the byline
# "Cập nhật 31/1/2023, 08:01:28" with the blank line after it (written as the first line
# `date 2023-01-31`), the byline "Mỹ Tiến, Duy Linh", the view counter "Lượt xem: 8" and the
# comment link "Trả lời" with the blank lines between them). Kind result, year 2023 (the byline's;
# the text names no year). The title's and the body's "105/220 xã" are two records (set267's
# repetitions), "(đạt  47,72%)" the share (the bracket states a value), "thị xã Ayun Pa ... đạt
# 100%" (place "Ayun Pa"), "115/220 xã ... còn lại không đủ điều kiện" and "(trong đó 110 xã ...
# không đạt do bị liệt tiêu chí số 3 ... và tiêu chí số 5 ...)" (counts). Not quantities: the
# denominators "/220", "tiêu chí số 3", "tiêu chí số 5" (labels).
# --------------------------------------------------------------------------
D07 = dict(name="07_gialai-xa-phu-hop-tre-em-2023", kind="result", year=2023, records=[
    R("Gia Lai: «105/220", FRIENDLY, "=", 105, **CNT),
    R("Đã có «105/220", FRIENDLY + " trong tỉnh Gia Lai", "=", 105, **CNT),
    R("(đạt  «47,72%)", FRIENDLY, "=", 47.72),
    R("trẻ em đạt «100%", "tỷ lệ xã, phường đạt tiêu chuẩn phù hợp với trẻ em", "=", 100, place="Ayun Pa"),
    R("«115/220", "xã, phường, thị trấn còn lại không đủ điều kiện công nhận đạt tiêu chuẩn xã, phường, thị trấn "
      "phù hợp với trẻ em", "=", 115, **CNT),
    R("trong đó «110 xã", "xã, phường, thị trấn không đạt do bị liệt tiêu chí về trẻ em bị xâm hại và tiêu chí về "
      "trẻ em bị tai nạn, thương tích", "=", 110, **CNT),
])

# --------------------------------------------------------------------------
# 08 Nghệ An, child abuse cases found in 2021 and in the first nine months of 2022
# (laodongdongnai.vn; nothing cut; no byline, no stamp; the excerpt ends in "nhân cách, "). Kind
# result; document year 2022 (the latest period). "Năm 2021, toàn tỉnh phát hiện 24 vụ xâm hại trẻ
# em, trong đó có 25 đối tượng bị xử lý hình sự" (2021, counts, each its own subject); "09 tháng
# đầu năm 2022, toàn tỉnh phát hiện 09 vụ với 11 trẻ em bị xâm hại" (2022). Not quantities: "09
# tháng đầu năm" (a period).
# --------------------------------------------------------------------------
D08 = dict(name="08_nghean-xam-hai-tre-em-2022", kind="result", year=2022, records=[
    R("phát hiện «24 vụ", "vụ xâm hại trẻ em toàn tỉnh phát hiện", "=", 24, **CNT, year=2021),
    R("có «25 đối tượng", "đối tượng bị xử lý hình sự do thực hiện hành vi phạm tội xâm hại trẻ em", "=", 25, **CNT,
      year=2021),
    R("phát hiện «09 vụ", "vụ xâm hại trẻ em toàn tỉnh phát hiện", "=", 9, **CNT),
    R("với «11 trẻ em", "trẻ em bị xâm hại", "=", 11, **CNT),
])

# --------------------------------------------------------------------------
# 09 Quảng Nam, Nông Sơn district launching the 2024 action month for children (baoquangnam.vn;
# nothing cut; no byline, no stamp). Kind result, year 2024 ("Tháng hành động vì trẻ em năm 2024").
# "Huyện Nông Sơn hiện có 6.216 trẻ em; trong đó có 161 trẻ em có hoàn cảnh đặc biệt khó khăn, 662
# trẻ em có nguy cơ ...": counts, each its own subject (as set267's 4.222 / 11.940); "trao 20 suất
# quà (300 nghìn đồng/suất)": the gifts (count) and each gift's value (unit other, unit_text
# "đồng/suất" as written, the magnitude word multiplied in). No place (the district is the page's
# own locality). Not quantities: "5/6" (a date).
# --------------------------------------------------------------------------
D09 = dict(name="09_quangnam-nongson-thang-hanh-dong-2024", kind="result", year=2024, records=[
    R("hiện có «6.216 trẻ em", "trẻ em của huyện Nông Sơn", "=", 6216, **CNT),
    R("có «161 trẻ em", "trẻ em có hoàn cảnh đặc biệt khó khăn", "=", 161, **CNT),
    R("«662 trẻ em", "trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt", "=", 662, **CNT),
    R("trao «20 suất", "suất quà trao cho trẻ em có hoàn cảnh đặc biệt khó khăn trên địa bàn xã Sơn Viên", "=", 20,
      **CNT),
    R("(«300 nghìn", "suất quà cho trẻ em có hoàn cảnh đặc biệt khó khăn", "=", 300000, **OTH(unit_text="đồng/suất")),
])

# --------------------------------------------------------------------------
# 10 Thanh Hóa, the provincial social work centre's Tết gifts to children in special
# circumstances in three communes, January 2026 (baothanhhoa.vn; the stamp " date 2026-01-16"
# written as the first line, the title following on the second; cut: the photo captions "Ông Lại
# Thế Quảng, Phó giám đốc ... tại bản Khằm, xã Trung Lý." and "Ông Lại Thế Quảng, Phó Giám đốc ...
# cho đại diện UBND xã Nam Xuân." with the blank line after each; the excerpt ends in "trên địa
# bà"). Kind result, year 2026. Per commune: the packages and the children given them ("trao 100
# gói đồ ấm cho 100 trẻ em": two counts, each its own subject), the value of each package ("trị
# giá 500.000 đồng", Trung Lý only) and the total ("tổng kinh phí 50 triệu đồng", "79,4 triệu
# đồng"; money unit other "đồng", the magnitude word multiplied in); place "Trung Lý" / "Nam Xuân"
# (communes named in the text, not the page's province). Not quantities: "15 và 16/1" (dates),
# "2026" in "Tết Nguyên đán Bính Ngọ 2026" (a name of a festival; the year of the document).
# --------------------------------------------------------------------------
TL = dict(place="Trung Lý")
NX = dict(place="Nam Xuân")
D10 = dict(name="10_thanhhoa-qua-tet-tre-em-2026", kind="result", year=2026, records=[
    R("đã trao «100 gói đồ ấm cho 100 trẻ em có", "gói đồ ấm Trung tâm đã trao", "=", 100, **CNT, **TL),
    R("cho «100 trẻ em có hoàn cảnh", "trẻ em có hoàn cảnh đặc biệt, khó khăn được trao gói đồ ấm", "=", 100, **CNT,
      **TL),
    R("trị giá «500.000 đồng", "giá trị mỗi gói quà", "=", 500000, **DONG, **TL),
    R("kinh phí «50 triệu", "tổng kinh phí trao gói đồ ấm", "=", 50e6, **DONG, **TL),
    R("đã trao «100 gói đồ ấm cho 100 trẻ em và", "gói đồ ấm Trung tâm đã trao", "=", 100, **CNT, **NX),
    R("cho «100 trẻ em và", "trẻ em được trao gói đồ ấm", "=", 100, **CNT, **NX),
    R("kinh phí «79,4 triệu", "tổng kinh phí trao gói đồ ấm và hiện vật", "=", 79.4e6, **DONG, **NX),
])

# --------------------------------------------------------------------------
# 11 Sơn La, protecting and caring for children in ethnic-minority areas (trangtraiviet.danviet.vn;
# the stamp " date 2025-10-22" written as the first line, the heading following on the second;
# cut: the photo caption "Sơn La đồng bộ các giải pháp ... Ảnh: Văn Ngọc" with the blank line after
# it; the excerpt ends in "quyền trẻ em đ"). Kind result, year 2025 (the stamp's; "hiện có").
# "trên 382.000 trẻ em dưới 16 tuổi, chiếm 28,72% dân số" (count `>`, then share `=`), "6.609 trẻ
# có hoàn cảnh đặc biệt", "hơn 87.000 trẻ em sống trong các hộ nghèo, cận nghèo có nguy cơ ..."
# (`>`): as set267's children counts. Not quantities: "dưới 16 tuổi" (an age), "2018 - 2025" (the
# scheme's period, inside its name), "1898/QĐ-TTg" (a document).
# --------------------------------------------------------------------------
D11 = dict(name="11_sonla-tre-em-dan-toc-thieu-so-2025", kind="result", year=2025, records=[
    R("trên «382.000 trẻ em", "trẻ em dưới 16 tuổi toàn tỉnh Sơn La", ">", 382000, **CNT),
    R("chiếm «28,72%", "trẻ em dưới 16 tuổi trong dân số", "=", 28.72),
    R("«6.609 trẻ", "trẻ có hoàn cảnh đặc biệt", "=", 6609, **CNT),
    R("hơn «87.000 trẻ em", "trẻ em sống trong các hộ nghèo, cận nghèo có nguy cơ rơi vào hoàn cảnh đặc biệt", ">",
      87000, **CNT),
])

# --------------------------------------------------------------------------
# 12 Đắk Nông, the province's plan against injuries to children 2021-2030, its opening (Kế hoạch
# 599/KH-UBND of 30/8/2021; thuviennhadat.vn; nothing cut; no byline, no stamp; the excerpt ends in
# "tình hìn", before any target). A precision text, no record: "599/KH-UBND", "1248/QĐ-TTg"
# (documents), "30 tháng 8 năm 2021", "19/7/2021" (dates), "2021 - 2030", "2021-2030" (periods),
# the list labels "I.", "1.", "2.", "II.".
# --------------------------------------------------------------------------
D12 = dict(name="12_daknong-ke-hoach-599-tai-nan-tre-em-2021-precision", kind="target", year=2021, records=[])

# --------------------------------------------------------------------------
# 13 Kiên Giang, the province's plan against injuries to children 2021-2025 and to 2030, its
# opening (Kế hoạch 168/KH-UBND of 06/9/2021; thuvienphapluat.vn; nothing cut; no byline, no stamp;
# the excerpt ends in "thương t", before any target). A precision text, no record: "168/KH-UBND",
# "1248/QĐ-TTg" (documents), "06 tháng 9 năm 2021", "19/7/2021" (dates), "2021-2025", "năm 2030",
# "2021-2030" (periods), the label "I.".
# --------------------------------------------------------------------------
D13 = dict(name="13_kiengiang-ke-hoach-168-tai-nan-tre-em-2021-precision", kind="target", year=2021, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
