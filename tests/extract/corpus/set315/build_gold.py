#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set315).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of percentages deliberately left without a record (a
general property of a drug, not a target or result of the text); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: the catalogue names digital-transformation indicators only,
and none measures HIV/AIDS or tuberculosis work, so every record of this set has null (`iid` left
unset; see README).

Theme: HIV/AIDS and tuberculosis prevention in the provinces (95-95-95 and 90-90-90 targets,
people on ARV treatment, methadone, PrEP, tuberculosis cases found and treated), 2020-2025.

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

PER100K = dict(unit="other", unit_text="/100.000 dân")  # as set276's "dưới 02/100.000"
TGT = functools.partial(R, kind="target")  # a target inside a results text
HIV = "người nhiễm HIV"

# --------------------------------------------------------------------------
# 01 Cà Mau, the province's plan to step up HIV/AIDS prevention towards ending AIDS by 2030: its
# list of indicators for 2025 (pbgdpl.camau.gov.vn; nothing cut; no byline, no stamp; the excerpt
# ends in "xuống dưới 2% vào"). Kind target. Year 2025 (every item of the list "vào năm 2025"; the
# item "đạt ít nhất 95% qua các năm" and the truncated last item "xuống dưới 2% vào" take the list's
# year, a judgement). The bracket of the 90-90-90 goal states three values: three targets, year null
# (the sentence names no year for them and the page has no date; "vào năm 2030" is the ending of
# AIDS). "dưới 70 trường hợp/năm": op <, unit other "trường hợp/năm" (a count per year, as earlier
# sets' "khách/năm"); "dưới 1/100.000 dân": <, other "/100.000 dân" (set276). "đạt ít nhất 95%": >=;
# "xuống dưới 2%": <. Not quantities: "90 - 90 - 90" (the goal's name), "15 đến 24 tuổi", "15 đến 49
# tuổi" (ages in the subjects), "năm 2025", "năm 2030" (dates). Scope null, pillar null throughout.
# --------------------------------------------------------------------------
D01 = dict(name="01_camau-ke-hoach-hiv-chi-tieu-2025", kind="target", year=2025, records=[
    R("90 («90% người", f"{HIV} biết được tình trạng nhiễm của bản thân", ">=", 90, year=None),
    R("bản thân; «90% người", "người chẩn đoán nhiễm HIV được điều trị ARV", ">=", 90, year=None),
    R("ARV và «90% người", f"{HIV} điều trị ARV có tải lượng virus dưới ngưỡng ức chế", ">=", 90, year=None),
    R("mức dưới «70 trường hợp", f"Số {HIV} phát hiện mới", "<", 70, unit="other", unit_text="trường hợp/năm"),
    R("HIV/AIDS dưới «1/100.000", f"Tỷ lệ {HIV} tử vong liên quan đến HIV/AIDS", "<", 1, **PER100K),
    R("HIV đạt «85%", "Tỷ lệ người có hành vi nguy cơ cao lây nhiễm HIV được tiếp cận dịch vụ dự phòng lây "
      "nhiễm HIV", ">=", 85),
    R("thay thế đạt «50%", "Tỷ lệ người nghiện các chất dạng thuốc phiện được điều trị bằng thuốc thay thế",
      ">=", 50),
    R("thuốc đạt «35%", "Tỷ lệ người MSM được điều trị dự phòng trước phơi nhiễm HIV (PrEP) bằng thuốc", ">=", 35),
    R("HIV/AIDS đạt «70%", "Tỷ lệ thanh niên từ 15 đến 24 tuổi có hiểu biết đầy đủ về HIV/AIDS", ">=", 70),
    R("nhiễm HIV đạt «70%", "Tỷ lệ người dân 15 đến 49 tuổi không bị kỳ thị, phân biệt đối xử với người nhiễm "
      "HIV", ">=", 70),
    R("của mình đạt «92%", f"Tỷ lệ {HIV} trong cộng đồng biết tình trạng HIV của mình", ">=", 92),
    R("hằng năm đạt «75%", "Tỷ lệ người có hành vi nguy cơ cao lây nhiễm HIV được xét nghiệm HIV hằng năm",
      ">=", 75),
    R("ARV đạt «92%", f"Tỷ lệ {HIV} biết tình trạng HIV được điều trị ARV", ">=", 92),
    R("đạt ít nhất «95%", f"Tỷ lệ {HIV} điều trị thuốc ARV có tải lượng HIV dưới ngưỡng ức chế", ">=", 95),
    R("xuống dưới «2%", "Tỷ lệ lây truyền HIV từ mẹ sang con", "<", 2),
])

# --------------------------------------------------------------------------
# 02 Tây Ninh, the province's plan implementing the national strategy to end AIDS by 2030
# (tayninh.gov.vn; nothing cut; no byline, no stamp; the excerpt ends in "Nhóm giải pháp v"). Kind
# target, year 2030 (the goal and each target "vào năm 2030"; the two treatment targets, written
# without a year, stand in the sentence that ends "vào năm 2030"). "đạt 80%", "đạt 95%": >=. Not
# quantities: "năm 2030" (dates); the groups of indicators (no number).
# --------------------------------------------------------------------------
D02 = dict(name="02_tayninh-cham-dut-aids-muc-tieu-2030", kind="target", year=2030, records=[
    R("HIV đạt «80%", "tỷ lệ người có hành vi nguy cơ cao được tiếp cận dịch vụ dự phòng lây nhiễm HIV", ">=",
      80),
    R("của mình đạt «95%", f"tỷ lệ {HIV} trong cộng đồng biết tình trạng HIV của mình", ">=", 95),
    R("kháng vi rút HIV đạt «95%; tỷ lệ người được", f"tỷ lệ {HIV} biết tình trạng nhiễm HIV của mình được điều "
      "trị thuốc kháng vi rút HIV", ">=", 95),
    R("ngưỡng ức chế đạt «95%", "tỷ lệ người được điều trị thuốc kháng vi rút HIV có tải lượng vi rút dưới "
      "ngưỡng ức chế", ">=", 95),
])

# --------------------------------------------------------------------------
# 03 Lạng Sơn, the province's rally for 35 years of HIV/AIDS response, November 2025
# (vtcnews.vn; cut: the photo captions "Bà Trần Thanh Nhàn, Phó Chủ tịch UBND tỉnh Lạng Sơn, phát
# biểu." and "Ông Chhim Sarath, ... phát biểu." with the blank line after each; the stamp
# " date 2025-11-30" written as the first line; the excerpt ends in "điều trị nghiện b"). Kind
# result, year 2025 (figures "đến 30/10/2025", "10 tháng đầu năm 2025", "hiện có"). Counts, op =:
# the cumulative 3.274, the 1.025 living, the 25 cases of the ten months and the 02 among men who
# have sex with men (each its own subject), the 64 of 65 communes reached by the epidemic (the
# denominator "/65" not a quantity), the 900 on ARV with the bracket "(đạt 88,7%)" (a share, spec's
# bracket), the 1.264 treated for opioid addiction. Not quantities: "35 năm" (an anniversary's
# name), "30/11", "01/12", "1993", "30/10/2025", "10 tháng đầu năm 2025", "năm 2008" (dates),
# "10 tỉnh trọng điểm" (the name of a list the province is no longer on, no value of its own), "100.000
# dân" (a rate's base, no value given).
# --------------------------------------------------------------------------
D03 = dict(name="03_langson-hiv-arv-methadone-2025", kind="result", year=2025, records=[
    R("toàn tỉnh có «3.274 người", "người nhiễm HIV/AIDS từ ca nhiễm đầu tiên", "=", 3274, **CNT),
    R("trong đó «1.025 người", "người nhiễm HIV/AIDS còn sống và được quản lý", "=", 1025, **CNT),
    R("ghi nhận «25 trường hợp", "trường hợp nhiễm HIV ghi nhận 10 tháng đầu năm", "=", 25, **CNT),
    R("có «02 trường hợp", "trường hợp nhiễm mới thuộc nhóm nam quan hệ tình dục đồng giới", "=", 2, **CNT),
    R("đến «64/65 xã", "xã, phường dịch đã lan rộng đến", "=", 64, **CNT),
    R("hiện có «900 người", f"{HIV} đang điều trị ARV", "=", 900, **CNT),
    R("(đạt «88,7%)", f"{HIV} đang điều trị ARV", "=", 88.7),
    R("ARV (đạt 88,7%), «1.264 người", "người nghiện các chất dạng thuốc phiện được điều trị nghiện", "=", 1264,
      **CNT),
])

# --------------------------------------------------------------------------
# 04 Thanh Hóa, the province's rally for 35 years of HIV/AIDS response, December 2025
# (baothanhhoa.vn; cut: the photo captions "Các đại biểu tham dự buổi lễ." and "Tiết mục văn nghệ
# tại buổi lễ." with the blank line after each; the stamp " date 2025-12-01" written as the first
# line, the title following on the second; the excerpt ends in "dự phòng trước phơi nh"). Kind
# result, year 2025 ("Tính đến ngày 14/11/2025", "Từ đầu năm 2025 đến nay"). Counts, op =
# ("hơn 3.063": >): the cumulative 9.342, the 4.741 living, the 544 with an address outside the
# province, the 104 new cases, the deaths, the 36 ARV facilities and the 4.152 patients, the 3.489
# treated in the community, the 26 methadone facilities and 11 dispensing points and the 1.225
# patients; "95% bệnh nhân nghiện có HIV được điều trị ARV" (%, =). Each number its own subject,
# scope null (a breakdown, not a split by level or group). Not quantities: "35 năm" (a name),
# "01/12", "14/11/2025", "năm 2025", "năm 2030" (dates).
# --------------------------------------------------------------------------
D04 = dict(name="04_thanhhoa-hiv-arv-methadone-2025", kind="result", year=2025, records=[
    R("ghi nhận «9.342 người", f"{HIV} lũy tích", "=", 9342, **CNT),
    R("trong đó «4.741 người", "người nhiễm HIV vẫn đang sống và quản lý điều trị", "=", 4741, **CNT),
    R("bao gồm «544 người", "người nhiễm HIV có địa chỉ ngoài tỉnh", "=", 544, **CNT),
    R("phát hiện «104 ca", "ca nhiễm HIV mới phát hiện từ đầu năm", "=", 104, **CNT),
    R("hơn «3.063 trường hợp", "trường hợp đã tử vong do HIV/AIDS", ">", 3063, **CNT),
    R("tại «36 cơ sở", "cơ sở duy trì hệ thống điều trị ARV", "=", 36, **CNT),
    R("cho «4.152 bệnh nhân", "bệnh nhân được điều trị ARV thường xuyên", "=", 4152, **CNT),
    R("trong đó «3.489 bệnh nhân", "bệnh nhân điều trị ARV tại cộng đồng", "=", 3489, **CNT),
    R("tại «26 cơ sở", "cơ sở điều trị Methadone", "=", 26, **CNT),
    R("và «11 điểm cấp phát", "điểm cấp phát Methadone", "=", 11, **CNT),
    R("phục vụ «1.225 bệnh nhân", "bệnh nhân điều trị Methadone", "=", 1225, **CNT),
    R("trong đó «95% bệnh nhân", "bệnh nhân nghiện có HIV được điều trị ARV", "=", 95),
])

# --------------------------------------------------------------------------
# 05 Thừa Thiên Huế, PrEP (ARV to prevent HIV infection) now offered in Huế (laodong.vn; nothing
# cut; no byline, no stamp; the excerpt ends in "sự quan tâm c"). Kind result, year 2023 ("Theo
# báo cáo năm 2023 của CDC tỉnh"). Counts, op =: the 529 living, the 383 deaths since the start of
# the epidemic, the 104 found in the year and the 39 among men who have sex with men. NOT: "96 -
# 99%" (PrEP's efficacy if taken as prescribed, a general property of the drug, no target or result
# of the province; a judgement). Not quantities: "Năm 2015", "năm 2017" (dates), "2 loại dược
# phẩm" (the make-up of a pill), "P4P" (a name).
# --------------------------------------------------------------------------
D05 = dict(name="05_thuathienhue-hiv-prep-2023", kind="result", year=2023, records=[
    R("tỉnh có «529 người", f"{HIV} còn sống", "=", 529, **CNT),
    R("đến nay «383 người", "số người nhiễm tử vong từ đầu vụ dịch", "=", 383, **CNT),
    R("phát hiện «104 người", "người nhiễm HIV phát hiện trong năm", "=", 104, **CNT),
    R("có «39 người", "người nhiễm thuộc nhóm nam quan hệ tình dục đồng giới", "=", 39, **CNT),
], NOT=["HIV «96 - 99%"])

# --------------------------------------------------------------------------
# 06 Đồng Nai, Vĩnh Thanh commune's rally for the national HIV/AIDS action month 2022
# (sub.dost-dongnai.gov.vn; nothing cut; no byline, no stamp; the lines are broken as on the page;
# the excerpt ends in "sự kiệ"). The criteria for ending AIDS in Việt Nam, each with today's value in
# brackets: targets "dưới 1.000 ca mỗi năm" (<, unit other "ca mỗi năm"), "nhỏ hơn 1/100.000 dân"
# (<, other "/100.000 dân"), "ít hơn 2%" (<), year null (the criteria name no year, and the page's
# 2022 is the year of the action month, not of the goal; a judgement); results "hiện nay" of 2022:
# "10.000 ca/năm" (=, other "ca/năm"), "ước tính 3,5 người/100.000 dân" (=, spec's "ước đạt";
# other "người/100.000 dân"), "6%" (=). All national figures: place "Việt Nam". Not quantities:
# "năm 2022", "năm 2008", "10/11-10/12" (dates).
# --------------------------------------------------------------------------
D06 = dict(name="06_dongnai-vinhthanh-tieu-chi-ket-thuc-aids-2022", kind="result", year=2022, records=[
    TGT("phát hiện\ndưới «1.000 ca", f"Số {HIV} phát hiện", "<", 1000, unit="other", unit_text="ca mỗi năm",
        year=None, place="Việt Nam"),
    R("nhiễm là «10.000 ca/năm", f"số {HIV} phát hiện", "=", 10000, unit="other", unit_text="ca/năm",
      place="Việt Nam"),
    TGT("nhỏ hơn «1/100.000", f"Tỷ lệ {HIV} tử vong liên quan đến AIDS", "<", 1, **PER100K, year=None,
        place="Việt Nam"),
    R("ước tính\n«3,5 người", f"Tỷ lệ {HIV} tử vong liên quan đến AIDS", "=", 3.5, unit="other",
      unit_text="người/100.000 dân", place="Việt Nam"),
    TGT("ít hơn «2%", "Tỷ lệ lây truyền HIV từ mẹ sang con", "<", 2, year=None, place="Việt Nam"),
    R("nay\n«6%", "Tỷ lệ lây truyền HIV từ mẹ sang con", "=", 6, place="Việt Nam"),
])

# --------------------------------------------------------------------------
# 07 Thừa Thiên Huế, the 90-90-90 goal and the province's plan against prostitution 2021-2025
# (baothuathienhue.vn, amp page; nothing cut; no byline, no stamp; the excerpt ends in "các huyện,
# thị xã, "). Kind target. The opening "Mục tiêu 90-90-90 được hiểu là 90% ..., 90% ... và 90% ...":
# three targets, year null (no year given). The plan of "tháng 12/2021", "giai đoạn 2021-2025":
# year 2025 (the end of the plan's period, a judgement). "ít nhất 75%", "ít nhất 65%", "Ít nhất 70%":
# >=; the bare "80%" and "100%": >=. "Ít nhất 75% người lao động tại các cơ sở ...; ít nhất 65% người
# lao động trong các khu công nghiệp, 80% học sinh, sinh viên ... được tuyên truyền": three records,
# each its own subject, scope null (groups named as the subject, as spec's "100% thôn, bản"). The
# truncated "Ít nhất 70% các huyện, thị xã, " is recorded with what the text gives. Not
# quantities: "90-90-90" (a name), "2021-2025", "12/2021" (dates), "một hình thức" (a word).
# --------------------------------------------------------------------------
D07 = dict(name="07_thuathienhue-mai-dam-hiv-muc-tieu-2021", kind="target", year=2025, records=[
    R("hiểu là «90% người", f"{HIV} biết được tình trạng nhiễm HIV của mình", ">=", 90, year=None),
    R("của mình, «90% người", f"{HIV} chẩn đoán nhiễm HIV được điều trị bằng thuốc kháng vi rút", ">=", 90,
      year=None),
    R("rút và «90% người", f"{HIV} đã được điều trị bằng thuốc kháng vi rút kiểm soát được số lượng vi rút ở "
      "mức thấp", ">=", 90, year=None),
    R("phấn đấu ít nhất «75% đơn vị", "đơn vị cấp xã tổ chức được ít nhất một hình thức tuyên truyền về phòng ngừa "
      "mại dâm và được duy trì thường xuyên", ">=", 75),
    R("Ít nhất «75% người lao động", "người lao động tại các cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm "
      "được tuyên truyền, phổ biến chính sách, pháp luật", ">=", 75),
    R("ít nhất «65% người", "người lao động trong các khu công nghiệp được tuyên truyền, phổ biến chính sách, "
      "pháp luật", ">=", 65),
    R("nghiệp, «80% học sinh", "học sinh, sinh viên các trường trung học phổ thông, cơ sở giáo dục đại học và cơ "
      "sở giáo dục nghề nghiệp được tuyên truyền, phổ biến chính sách, pháp luật", ">=", 80),
    R("mại dâm. «100% các địa phương", "các địa phương xây dựng kế hoạch và tổ chức thực hiện các hoạt động phòng, "
      "chống tệ nạn mại dâm", ">=", 100),
    R("Ít nhất «70% các huyện", "các huyện, thị xã", ">=", 70),
])

# --------------------------------------------------------------------------
# 08 Thái Bình, over 1,000 tuberculosis patients found (tbtv.mediatech.vn, the provincial
# broadcaster; nothing cut; no byline, no stamp). Kind result; year null (the page gives no year:
# "Từ đầu năm đến nay"). "phát hiện 1.089 bệnh nhân lao các thể" (count, =); "Tỷ lệ điều trị khỏi
# đạt trên 90%" (>).
# --------------------------------------------------------------------------
D08 = dict(name="08_thaibinh-phat-hien-benh-nhan-lao", kind="result", year=None, records=[
    R("phát hiện «1.089 bệnh nhân", "bệnh nhân lao các thể được phát hiện từ đầu năm", "=", 1089, **CNT),
    R("đạt trên «90%", "Tỷ lệ điều trị khỏi", ">", 90),
])

# --------------------------------------------------------------------------
# 09 Bắc Giang, Plan 467/KH-UBND of 31 January 2022 on tuberculosis 2021-2025 with a vision to 2030
# (hethongphapluat.com; cut: the site's label "Hệ thống pháp luật" with the blank line after it; no
# byline, no stamp; the excerpt ends in "các tổ chức chính "). Nearly a precision text: one record,
# the target "giảm tỷ lệ mắc bệnh lao dưới 20/100.000 dân vào năm 2030" (<, 20, other
# "/100.000 dân", 2030). Not quantities: "467/KH-UBND", "374/QĐ-TTg", "1745/QĐ-TTg" (documents),
# "31 tháng 01 năm 2022", "17/3/2014", "04/12/2019", "2021 - 2025", "năm 2020", "năm 2030" (dates),
# the list labels "I.", "1.", "2.".
# --------------------------------------------------------------------------
D09 = dict(name="09_bacgiang-ke-hoach-phong-chong-lao-2022", kind="target", year=2030, records=[
    R("lao dưới «20/100.000", "tỷ lệ mắc bệnh lao", "<", 20, **PER100K),
])

# --------------------------------------------------------------------------
# 10 Sơn La, Plan 247/KH-UBND of 31 December 2020 on tuberculosis 2021-2025 (hethongphapluat.vn;
# nothing cut: the site's numbered list of related documents opens the excerpt and stays; no byline,
# no stamp; the excerpt ends in "Trung tâm y tế "). A precision text, no record. Under "I. KẾT QUẢ
# PHÒNG, CHỐNG BỆNH LAO" the excerpt describes the network, not its results: "quy mô 150 giường
# bệnh", "04 phòng chức năng và 8 khoa", "86 cán bộ viên chức", "16 tổ chống Lao, 48 cán bộ kiêm
# nhiệm" are the sizes of the hospital and of the district teams (as set193's staff sizes), "hạng
# III" a grade. Not quantities either: the list labels "- 1" ... "- 6", "1.1.", "1.2.", "122/QĐ-TTg",
# "374/QĐ-TTg", "20/NQ-TW", "1745/QĐ-TTg", "101/TB-VPCP", "247/KH-UBND" (documents), the years and
# periods ("2007", "2013", "2011 - 2020", "2016 - 2020", "31 tháng 12 năm 2020", ...).
# --------------------------------------------------------------------------
D10 = dict(name="10_sonla-ke-hoach-lao-2020-precision", kind="result", year=2020, records=[])

# --------------------------------------------------------------------------
# 11 Bắc Kạn, Decision 1579/QĐ-UBND of 25 August 2021 approving the tuberculosis plan 2021-2025
# (thuvienphapluat.vn; nothing cut; no byline, no stamp; the excerpt ends in "GIAI Đ"). A precision
# text, no record: document numbers ("1579/QĐ-UBND", "374/QĐ-TTg", "372/KH-UBND", "20-NQ/TW",
# "3009/TTr-SYT"), dates ("25 tháng 8 năm 2021", "19/6/2015", "21/11/2007", "17/3/2014",
# "17/11/2014", "25/10/2017", "21/8/2021"), periods ("2021-2025", "năm 2020", "2030"), article
# labels ("Điều 1.", "Điều 2.").
# --------------------------------------------------------------------------
D11 = dict(name="11_backan-quyet-dinh-ke-hoach-lao-2021-precision", kind="target", year=2025, records=[])

# --------------------------------------------------------------------------
# 12 Quảng Trị, the Department of Health's rally for the national HIV/AIDS action month 2023
# (cadn.com.vn; cut: the byline date "Thứ bảy, 02/12/2023 09:50" (written as the first line
# `date 2023-12-02`) and the byline "Bội Nhiên" at the end; the excerpt ends there). A precision
# text, no record: "1-12" (World AIDS Day, a date and a name), "năm 2023", "năm 2030" (dates).
# --------------------------------------------------------------------------
D12 = dict(name="12_quangtri-mit-tinh-hiv-2023-precision", kind="result", year=2023, records=[])

# --------------------------------------------------------------------------
# 13 Quảng Bình, active tuberculosis screening in the border communes of Minh Hóa, October 2021
# (beta.baoquangbinh.vn; cut: the two image lines "![]() |"; no byline, no stamp; the excerpt ends
# in "cán bộ y tế còn t"). Kind result, year 2021. One record: "khám sàng lọc cho trên 1.300 người
# dân xã Dân Hóa và cán bộ ..." (count, >). Not quantities: "4 xã biên giới (Dân Hóa, ...)", "9 xã
# biên giới, gồm 4 xã ... và 2 xã Kim Thủy, Lâm Thủy", "trung tâm y tế 5 huyện" (the lead counts of
# lists of names, the campaign's coverage as set193's "15 xã ... bao gồm"), "3 ngày" (a duration),
# "14 đến 24-10-2021", "14-10", "10-11-2021", "14 đến 16-10" (dates).
# --------------------------------------------------------------------------
D13 = dict(name="13_quangbinh-kham-sang-loc-lao-2021", kind="result", year=2021, records=[
    R("cho trên «1.300 người", "người dân xã Dân Hóa và cán bộ công tác tại Cửa khẩu quốc tế Cha Lo được khám "
      "sàng lọc lao", ">", 1300, **CNT, place="Dân Hóa"),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
