#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set272).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a quota or a plan, a
change against an earlier value); check_gold.py verifies that every percentage has a record or a
NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: the catalogue has no indicator of housing support, poverty,
social funds or employment, so every record of this set is null (see README).

The theme is the elimination of temporary and dilapidated houses (xóa nhà tạm, nhà dột nát): houses
built and repaired, money raised and spent, households supported. No text names a pillar of digital
transformation: pillar null throughout.

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
DONG_CAN = dict(unit="other", unit_text="đồng/căn")

# --------------------------------------------------------------------------
# 01 Phú Thọ, progress of the three housing programmes on 20 July 2025 (baophutho.vn; the stamp
# " date 2025-07-21" written as the first line; cut: the rest of the stamp line "{title}" (a
# template placeholder), the photo caption "Được hỗ trợ từ chương trình ... đang dần hoàn thiện",
# the byline "Phương Thanh"). Year 2025. Results (counts, =): "khởi công xây dựng, sửa chữa
# 10.760/10.760 căn nhà (đạt 100%)" (the count, then the share started: the bracket states the
# share of the houses to be built, "so với tổng số" read as a denominator, not completion against a
# plan); "xây mới 7.475 căn, sửa chữa 3.285 căn"; the four programmes' counts 1.477, 5.762, 2.372,
# 1.149 (each its own subject, scope null: a breakdown by programme, not a split by level);
# "9.825 căn hoàn thành và đưa vào sử dụng". Not quantities: "20/7", "20/8/2025" (dates), "3
# chương trình" (the programmes' count, a list's lead), the denominator "/10.760".
# --------------------------------------------------------------------------
D01 = dict(name="01_phutho-xoa-nha-tam-tien-do-2025", kind="result", year=2025, records=[
    R("sửa chữa «10.760/10.760", "căn nhà toàn tỉnh đã khởi công xây dựng, sửa chữa cho các hộ đối với 3 chương "
      "trình", "=", 10760, **CNT),
    R("(đạt «100%)", "căn nhà đã khởi công xây dựng, sửa chữa", "=", 100),
    R("xây mới «7.475 căn", "căn nhà xây mới", "=", 7475, **CNT),
    R("sửa chữa «3.285 căn", "căn nhà sửa chữa", "=", 3285, **CNT),
    R("là «1.477 căn", "số nhà ở cho người có công với cách mạng được hỗ trợ xây mới, sửa chữa", "=", 1477, **CNT),
    R("là «5.762 căn", "số nhà ở cho hộ nghèo, cận nghèo được hỗ trợ xây mới, sửa chữa", "=", 5762, **CNT),
    R("là «2.372 căn", "số nhà được hỗ trợ theo Chương trình mục tiêu quốc gia giảm nghèo bền vững", "=", 2372,
      **CNT),
    R("là «1.149 căn", "số nhà được hỗ trợ theo Chương trình mục tiêu quốc gia phát triển vùng đồng bào DTTS và "
      "miền núi", "=", 1149, **CNT),
    R("tổng số «9.825 căn", "căn nhà hoàn thành và đưa vào sử dụng", "=", 9825, **CNT),
])

# --------------------------------------------------------------------------
# 02 Nghệ An, houses started and handed over by 6 March 2025 (baokiemtoan.vn, the section page
# "kinh-te/dia-phuong"; nothing cut; no byline, no stamp). Year 2025 ("06/3/2025"). Results
# (counts, =): "khởi công được 1.430 căn nhà", "hoàn thành, bàn giao được 594 căn nhà", the
# programme's cumulative "12.718 căn nhà (trong đó, xây mới: 10.268 căn, sửa chữa: 2.450 căn)"
# (three records, each its own subject); "Nghệ An là một trong 10 địa phương dẫn đầu cả nước"
# (rank, <=, 10: a group, not a place, spec). Not quantities: "06/3/2025" twice (dates).
# --------------------------------------------------------------------------
D02 = dict(name="02_nghean-xoa-nha-tam-khoi-cong-2025", kind="result", year=2025, records=[
    R("được «1.430 căn", "căn nhà toàn tỉnh đã khởi công", "=", 1430, **CNT),
    R("được «594 căn", "căn nhà hoàn thành, bàn giao cho người dân", "=", 594, **CNT),
    R("được «12.718 căn", "căn nhà đã xây dựng, sửa chữa lũy kế toàn chương trình", "=", 12718, **CNT),
    R("xây mới: «10.268 căn", "căn nhà xây mới", "=", 10268, **CNT),
    R("sửa chữa: «2.450 căn", "căn nhà sửa chữa", "=", 2450, **CNT),
    R("trong «10 địa phương", "địa phương dẫn đầu cả nước trong triển khai xóa nhà tạm, nhà dột nát", "<=", 10,
      **RANK),
])

# --------------------------------------------------------------------------
# 03 Tuyên Quang, the province's 2025 target and one commune's house (dantocmiennui.baotintuc.vn;
# nothing cut; no byline, no stamp; the excerpt ends in "cần"). Year 2025 ("Năm 2025"). Targets:
# "phấn đấu xóa 6.928 nhà tạm, nhà dột nát" (bare, >=), "tổng kinh phí dự kiến trên 343 tỷ đồng"
# (the plan's estimated cost, >, money in "đồng"). Results in Đạo Viện commune (place "Đạo
# Viện"): "100% kinh phí xây dựng được lấy từ nguồn hỗ trợ ..." (=, the share of the new house's
# cost met by support; a judgement: a share reached, recorded) and "qua rà soát, xã có 96 hộ
# nghèo, hộ khó khăn về nhà ở" (=, a count found by the review). Not quantities: "30/8" (a date),
# "thôn 4" (a name), "chưa đầy 10 m2", "50 m2" (a house's floor area: a description of one house,
# as earlier sets left a building's size out), "hơn 1 tháng" (a duration).
# --------------------------------------------------------------------------
D03 = dict(name="03_tuyenquang-xoa-nha-tam-ke-hoach-2025", kind="result", year=2025, records=[
    R("xóa «6.928 nhà", "nhà tạm, nhà dột nát xóa trong năm", ">=", 6928, **CNT, **T),
    R("trên «343 tỷ đồng", "tổng kinh phí dự kiến xóa nhà tạm, nhà dột nát", ">", 343e9, **DONG, **T),
    R("Đặc biệt, «100% kinh phí", "kinh phí xây dựng được lấy từ nguồn hỗ trợ của Nhà nước và của cán bộ, đảng "
      "viên, người dân xã ủng hộ", "=", 100, place="Đạo Viện"),
    R("xã có «96 hộ", "hộ nghèo, hộ khó khăn về nhà ở cần", "=", 96, **CNT, place="Đạo Viện"),
])

# --------------------------------------------------------------------------
# 04 Tuyên Quang, the houses removed and the fall of the poverty rate, September 2025
# (vneconomy.vn; the stamp " date 2025-09-09" written as the first line; nothing cut; the excerpt
# ends in "sức khỏe y"). Year 2025. Results: "xóa hơn 15.000 nhà tạm, dột nát" (>), the poverty
# rate "từ mức 23,45% xuống còn 10,19% tính đến tháng 7/2025" (two levels, each a result, as an
# earlier set's "Từ hơn 600 người xuống còn 250 người": 23,45% with year null, the text not saying
# when it stood; 10,19% of 2025), "xóa nhà tạm, dột nát cho hơn 15.064 hộ dân" (>). Not
# quantities: "tháng 7/2025" (a date), "thôn Đầm Hồng 2" (a name).
# --------------------------------------------------------------------------
D04 = dict(name="04_tuyenquang-xoa-nha-tam-giam-ngheo-2025", kind="result", year=2025, records=[
    R("xóa hơn «15.000 nhà", "nhà tạm, dột nát đã xóa", ">", 15000, **CNT),
    R("từ mức «23,45%", "tỷ lệ hộ nghèo", "=", 23.45, year=None),
    R("xuống còn «10,19%", "tỷ lệ hộ nghèo", "=", 10.19),
    R("cho hơn «15.064 hộ", "hộ dân hoàn thành mục tiêu xóa nhà tạm, dột nát", ">", 15064, **CNT),
])

# --------------------------------------------------------------------------
# 05 Thái Nguyên, households supported by early March 2025 (baotintuc.vn, a tag page; nothing
# cut; no byline, no stamp). Year 2025. Results: "hỗ trợ cho 1.363 hộ gia đình về nhà ở" (=) and
# "đạt 91% so với tổng số hộ đủ điều kiện pháp lý" (=: "so với tổng số" names the denominator of a
# share, spec). Not quantities: "sớm 2 tháng", "sớm hơn 2 tháng so với mục tiêu đề ra" (how far
# ahead of a deadline), "tháng 3/2025", "30/4/2025", "30/6/2025" (dates).
# --------------------------------------------------------------------------
D05 = dict(name="05_thainguyen-xoa-nha-tam-ho-tro-2025", kind="result", year=2025, records=[
    R("cho «1.363 hộ", "hộ gia đình đã thực hiện hỗ trợ về nhà ở", "=", 1363, **CNT),
    R("đạt «91% so", "hộ gia đình đã thực hiện hỗ trợ về nhà ở so với tổng số hộ đủ điều kiện pháp lý", "=", 91),
])

# --------------------------------------------------------------------------
# 06 Thanh Hóa, the Fatherland Front's target for "Đại đoàn kết" houses (beta.congthuong.vn, a tag
# page; nothing cut; no byline, no stamp; the title and the lead run on one line as returned). One
# target: "phấn đấu đến ngày 30/9/2025 sẽ có ít nhất 5.000 hộ ... được hỗ trợ xây dựng, sửa chữa
# nhà ở" (>=, 2025). Not a quantity: "30/9/2025" (a date).
# --------------------------------------------------------------------------
D06 = dict(name="06_thanhhoa-nha-dai-doan-ket-muc-tieu-2025", kind="target", year=2025, records=[
    R("ít nhất «5.000 hộ", "hộ nghèo, hộ gia đình chính sách, hộ còn khó khăn về nhà ở được hỗ trợ xây dựng, sửa "
      "chữa nhà ở", ">=", 5000, **CNT),
])

# --------------------------------------------------------------------------
# 07 Quảng Trị, the border guard handing over 100 houses at Trường Sơn, August 2025 (sggp.org.vn;
# the stamp " date 2025-08-27" written as the first line; cut: the section label "Chính trị" with
# the blank line after it, the image file names "1000026982.jpg", "1000026983.jpg" and the caption
# without a figure "Lễ khánh thành"; the caption "100 căn nhà mới được khánh thành tại xã Trường
# Sơn" carries a figure and stays). Year 2025. Results: the headline's "bàn giao 100 căn nhà mới",
# the lead's "bàn giao 100 ngôi nhà mới", the body's "100 căn nhà được hỗ trợ với tổng kinh phí 12
# tỷ đồng" (count and money) and the caption's 100 (each place a record, as earlier sets record a
# headline's figure again in the body); place "Trường Sơn" where the sentence names the commune
# (the headline does not). Target: "giao BĐBP tỉnh Quảng Trị trực tiếp triển khai xây dựng 256
# căn" (the task assigned, bare, >=). Not quantities: "3 xã biên giới: Dân Hóa, Trường Sơn và Kim
# Ngân" (the lead count of a list of names, set193's reading), "gần 3 tháng" (a duration),
# "31-8-2025", "27-8", "2-9" (dates), "80 năm" (an anniversary), "3 cứng" (a name).
# --------------------------------------------------------------------------
D07 = dict(name="07_quangtri-bien-phong-ban-giao-nha-2025", kind="result", year=2025, records=[
    R("bàn giao «100 căn nhà mới cho", "căn nhà mới Bộ đội Biên phòng bàn giao cho đồng bào dân tộc thiểu số", "=",
      100, **CNT),
    R("bàn giao «100 ngôi nhà", "ngôi nhà mới khánh thành và bàn giao cho các hộ nghèo là đồng bào dân tộc thiểu "
      "số", "=", 100, **CNT, place="Trường Sơn"),
    R("xây dựng «256 căn", "căn nhà BĐBP tỉnh trực tiếp triển khai xây dựng", ">=", 256, **CNT, **T),
    R("Sơn, «100 căn nhà được", "căn nhà được hỗ trợ", "=", 100, **CNT, place="Trường Sơn"),
    R("kinh phí «12 tỷ đồng", "tổng kinh phí hỗ trợ căn nhà", "=", 12e9, **DONG, place="Trường Sơn"),
    R("\n«100 căn nhà mới được", "căn nhà mới được khánh thành", "=", 100, **CNT, place="Trường Sơn"),
])

# --------------------------------------------------------------------------
# 08 Gia Lai, Mang Yang district's programme (baogialai.com.vn; nothing cut; no byline, no stamp;
# the address's "479 căn" is not in the text). Year null: the text names no year ("16-4" only).
# Results: the support per house "mỗi căn nhà xây dựng được hỗ trợ 60 triệu đồng và sửa chữa hỗ
# trợ 30 triệu đồng" (=, money, unit_text "đồng": the amount each house is given, read as a value
# of the programme under way, a judgement), the survey's "639 gia đình ... khó khăn về nhà ở" (=),
# "bàn giao 142 căn nhà" (=). Targets (the plan the survey sets: "Trong đó, xây dựng 508 căn nhà
# và sửa chữa 131 căn nhà, với tổng kinh phí để triển khai thực hiện là trên 34,4 tỷ đồng"): 508
# and 131 (bare, >=), the cost (>). Not quantities: "16-4" (a date).
# --------------------------------------------------------------------------
D08 = dict(name="08_gialai-mangyang-xoa-nha-tam-khoi-cong", kind="result", year=None, records=[
    R("hỗ trợ «60 triệu đồng", "mỗi căn nhà xây dựng được hỗ trợ", "=", 60e6, **DONG),
    R("hỗ trợ «30 triệu đồng", "mỗi căn nhà sửa chữa hỗ trợ", "=", 30e6, **DONG),
    R("có «639 gia đình", "gia đình có công với cách mạng, hộ nghèo, cận nghèo khó khăn về nhà ở", "=", 639, **CNT),
    R("xây dựng «508 căn", "căn nhà xây dựng", ">=", 508, **CNT, **T),
    R("sửa chữa «131 căn", "căn nhà sửa chữa", ">=", 131, **CNT, **T),
    R("trên «34,4 tỷ đồng", "tổng kinh phí để triển khai thực hiện", ">", 34.4e9, **DONG, **T),
    R("giao «142 căn", "căn nhà hoàn thành bàn giao cho các hộ gia đình", "=", 142, **CNT),
])

# --------------------------------------------------------------------------
# 09 Bình Phước, the houses built and repaired (baokiemtoan.vn; cut: nothing but the excerpt's
# leading empty line; no byline, no stamp; the address's "sớm hơn 6 tháng" is not in the text).
# Year null (no year in the text). Results (=): "765 căn nhà với tổng kinh phí 53,79 tỷ đồng, trong
# đó, 625 căn cho hộ nghèo, cận nghèo với kinh phí 45,24 tỷ đồng; 140 căn cho người có công với
# kinh phí 8,55 tỷ đồng" (six records; the beneficiaries of each programme in the indicator, scope
# null: a breakdown by programme and kind of beneficiary, as the spec's breakdown by kind; a
# judgement, see README).
# --------------------------------------------------------------------------
D09 = dict(name="09_binhphuoc-xoa-nha-tam-ket-qua", kind="result", year=None, records=[
    R("chữa «765 căn", "căn nhà đã xây dựng và sửa chữa", "=", 765, **CNT),
    R("phí «53,79 tỷ đồng", "tổng kinh phí xây dựng và sửa chữa nhà", "=", 53.79e9, **DONG),
    R("đó, «625 căn", "căn nhà cho hộ nghèo, cận nghèo", "=", 625, **CNT),
    R("phí «45,24 tỷ đồng", "kinh phí nhà cho hộ nghèo, cận nghèo", "=", 45.24e9, **DONG),
    R("; «140 căn", "căn nhà cho người có công", "=", 140, **CNT),
    R("phí «8,55 tỷ đồng", "kinh phí nhà cho người có công", "=", 8.55e9, **DONG),
])

# --------------------------------------------------------------------------
# 10 Quảng Ngãi and Kon Tum (saovietonline.com, a tag page; cut: the tag label "Thẻ:"; no byline,
# no stamp). Year null. Results: "Hơn 9.000 căn nhà tạm, nhà dột đã bị xóa sổ tại Quảng Ngãi và
# Kon Tum" (>, both provinces: no place), "Quảng Ngãi đã xây dựng và sửa chữa 6.331 căn nhà" (=,
# place "Quảng Ngãi"), "khoảng 49,6 tỷ đồng từ người dân" (~, place "Kon Tum"; the page belongs to
# neither province alone, so each record names its own). NOT: "Kon Tum đạt 100% chỉ tiêu xóa nhà
# tạm" (completion against a quota, the earlier sets' majority).
# --------------------------------------------------------------------------
D10 = dict(name="10_quangngai-kontum-xoa-nha-tam", kind="result", year=None, records=[
    R("Hơn «9.000 căn", "căn nhà tạm, nhà dột đã bị xóa sổ tại Quảng Ngãi và Kon Tum", ">", 9000, **CNT),
    R("sửa chữa «6.331 căn", "căn nhà đã xây dựng và sửa chữa", "=", 6331, **CNT, place="Quảng Ngãi"),
    R("khoảng «49,6 tỷ đồng", "đóng góp từ người dân cho xóa nhà tạm", "~", 49.6e9, **DONG, place="Kon Tum"),
], NOT=["đạt «100% chỉ tiêu"])

# --------------------------------------------------------------------------
# 11 A province's "Vì người nghèo" fund in 2024 (lite.baomoi.com; the province is not named in the
# excerpt; cut: the image line "![Ban vận động Quỹ ...](https://photo-baomoi...jpg)" and its
# caption "Ban vận động Quỹ “Vì người nghèo” tỉnh họp ... năm 2025"; no byline, no stamp; the
# excerpt ends in "thực h"). Year 2024. Results: the headline's and the body's "vận động được hơn
# 55,9 tỷ đồng" (two records, >), "đã chi hơn 47 tỷ đồng" (>), "quà tết và các hình thức hỗ trợ
# khác 852 phần", "xây dựng, sửa chữa nhà 655 căn" (=, counts). Not quantities: "10-2",
# "30-12-2024" (dates), "năm 2025" (the next year's plan, no figure).
# --------------------------------------------------------------------------
D11 = dict(name="11_mttq-tinh-quy-vi-nguoi-ngheo-2024", kind="result", year=2024, records=[
    R("tỉnh vận động được hơn «55,9 tỷ đồng\n", "Quỹ 'Vì người nghèo' tỉnh vận động được", ">", 55.9e9, **DONG),
    R("đã vận động được hơn «55,9 tỷ đồng", "Quỹ “Vì người nghèo” tỉnh đã vận động được", ">", 55.9e9, **DONG),
    R("chi hơn «47 tỷ đồng", "Quỹ đã chi", ">", 47e9, **DONG),
    R("khác «852 phần", "phần quà tết và các hình thức hỗ trợ khác", "=", 852, **CNT),
    R("nhà «655 căn", "căn nhà chi xây dựng, sửa chữa", "=", 655, **CNT),
])

# --------------------------------------------------------------------------
# 12 Lâm Đồng, social security in 2020: houses for people with merit and the poor, COVID-19
# support, jobs, the poverty rate (baolamdong.vn; the stamp " date 2020-12" written as the first
# line; cut: the byline "NGUYỄN NGHĨA"). Year 2020. Results (=): "703 căn nhà cho người có công,
# trong đó, xây mới 304 căn, sửa chữa 399 căn", "371 căn nhà cho hộ nghèo", the birthday cards
# "cho 172 cụ", "cho 1.502 cụ" (counts of people honoured; "100 tuổi", "90 tuổi" part of the
# subject), "hỗ trợ 126.622/126.989 đối tượng" (the count; the denominator not), "126.516 triệu
# đồng" (money), "việc làm được cho 21.000 người", "8.000 người", "xuất khẩu lao động 250
# người", "tỷ lệ hộ nghèo toàn tỉnh ước còn 1,35%" (ước → =, spec) and "hộ nghèo đồng bào dân tộc
# thiểu số còn 3,58%" (scope "đồng bào dân tộc thiểu số": the same rate split by a population
# group, as the spec's "75% hộ gia đình, 100% cấp xã"). NOT: "giảm 28%", "giảm 20%", "giảm 64,3%"
# (changes against the same period, spec), "chỉ đạt 72,4% kế hoạch", "đạt 35,7% kế hoạch"
# (completion against a plan). Not quantities: "25/9/2020", "cuối năm 2020" (dates).
# --------------------------------------------------------------------------
D12 = dict(name="12_lamdong-an-sinh-nha-o-2020", kind="result", year=2020, records=[
    R("sửa chữa «703 căn", "căn nhà cho người có công hoàn thành xây dựng sửa chữa", "=", 703, **CNT),
    R("xây mới «304 căn", "căn nhà cho người có công xây mới", "=", 304, **CNT),
    R("sửa chữa «399 căn", "căn nhà cho người có công sửa chữa", "=", 399, **CNT),
    R("sửa chữa «371 căn", "căn nhà cho hộ nghèo hoàn thành xây dựng, sửa chữa", "=", 371, **CNT),
    R("cho «172 cụ", "cụ được trao Thiệp mừng thọ tròn 100 tuổi", "=", 172, **CNT),
    R("cho «1.502 cụ", "cụ được trao Thư chúc thọ tròn 90 tuổi", "=", 1502, **CNT),
    R("hỗ trợ «126.622/126.989", "đối tượng gặp khó khăn do đại dịch COVID-19 được hỗ trợ", "=", 126622, **CNT),
    R("là «126.516 triệu đồng", "số tiền hỗ trợ người dân gặp khó khăn do đại dịch COVID-19", "=", 126516e6,
      **DONG),
    R("cho «21.000 người", "người được giải quyết việc làm", "=", 21000, **CNT),
    R("đạt «8.000 người", "số lao động được tạo việc làm mới", "=", 8000, **CNT),
    R("lao động «250 người", "xuất khẩu lao động", "=", 250, **CNT),
    R("còn «1,35%", "tỷ lệ hộ nghèo toàn tỉnh", "=", 1.35),
    R("còn «3,58%", "tỷ lệ hộ nghèo đồng bào dân tộc thiểu số", "=", 3.58, scope="đồng bào dân tộc thiểu số"),
], NOT=["giảm «28%", "đạt «72,4% kế hoạch", "giảm «20%", "giảm «64,3%", "đạt «35,7% kế hoạch"])

# --------------------------------------------------------------------------
# 13 Hà Giang, the provincial Fatherland Front receiving a donation for housing under the Party
# Committee's Decision 1953 (baohagiang.vn; cut: the photo caption "Ông Đặng Thế Thái trao tiền ủng
# hộ cho lãnh đạo Ủy ban MTTQ tỉnh |", the byline "Tin, ảnh: LÊ HẢI", the comment label "Ý kiến
# bạn đọc"; no stamp). A precision text: the headline's and the body's "300 triệu đồng" (two
# results, =, money). Year null: the text says "Chiều 18.5" and no year (the address's "202105" is
# not in the text; the file's name takes 2021 from it). Not quantities: "Quyết định 1953" three
# times (a document's number inside a name), "18.5" (a date), "tổ 12" (an address).
# --------------------------------------------------------------------------
D13 = dict(name="13_hagiang-ung-ho-lam-nha-2021-precision", kind="result", year=None, records=[
    R("tiếp nhận «300 triệu đồng", "Ủy ban MTTQ tỉnh tiếp nhận ủng hộ xây dựng nhà ở", "=", 300e6, **DONG),
    R("số tiền «300 triệu đồng", "số tiền ủng hộ làm nhà ở cho người có công, cựu chiến binh nghèo, hộ nghèo", "=",
      300e6, **DONG),
])

# --------------------------------------------------------------------------
# 14 An Giang, the border guard handing over two "Đại đoàn kết" houses at Hòa Điền, January 2026
# (sggp.org.vn; the stamp " date 2026-01-26" written as the first line; cut: the captions without a
# figure "Các đại biểu bàn giao nhà cho bà Danh Thị Đa" and "Đại tá Doãn Đình Tránh, ... cho chị
# Dương Thị Yến", the byline "NAM KHÔI - TUẤN KIỆT"). A precision text. Year 2026. Results: "cho 2
# hộ dân" and "2 hộ dân được bàn giao nhà" (counts, =, each place a record; place "Hòa Điền", the
# commune named in the lead), "kinh phí 60 triệu đồng/căn" (=, other, "đồng/căn"). Not quantities:
# "năm 2026", "26-1" (dates), "sinh năm 1974", "sinh năm 2002" (birth years), "khoảng 36m²" (the
# floor area of each house, a description, as 03's), "Tết Quân - Dân" (a name).
# --------------------------------------------------------------------------
D14 = dict(name="14_angiang-bien-phong-nha-dai-doan-ket-2026-precision", kind="result", year=2026, records=[
    R("cho «2 hộ dân", "hộ dân có hoàn cảnh khó khăn được bàn giao nhà Đại đoàn kết", "=", 2, **CNT,
      place="Hòa Điền"),
    R("\n«2 hộ dân được", "hộ dân được bàn giao nhà", "=", 2, **CNT, place="Hòa Điền"),
    R("phí «60 triệu đồng/căn", "kinh phí mỗi căn nhà", "=", 60e6, **DONG_CAN, place="Hòa Điền"),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
