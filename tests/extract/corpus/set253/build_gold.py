#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set253).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of percentages deliberately left without a record
(changes against an earlier value or a plan, completion against a plan, a qualifier of a count's
subject); check_gold.py verifies that every percentage has a record or a NOT entry.

Each record carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: this set's theme (electricity and energy) has no indicator
in the catalogue, so every id is null (`iid` left at its default).

The theme's units: electricity in kWh (unit other, "kWh", the magnitude word multiplied in: "1.170
triệu kWh" is 1170e6), capacity in MW (unit other, "MW"), money (unit other, "đồng"), a price
("đồng/kWh"), a per-person consumption ("kWh/người/năm"), a time in days ("ngày").

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

KWH = dict(unit="other", unit_text="kWh")
MW = dict(unit="other", unit_text="MW")
DONG = dict(unit="other", unit_text="đồng")
NGAY = dict(unit="other", unit_text="ngày")
RNG = functools.partial(R, op="between")  # a range "5-7%": value the low end, value_max the high

# --------------------------------------------------------------------------
# 01 Phú Yên, the province's plan for saving energy 2021-2030 and its targets for 2025
# (tietkiemnangluong.com.vn; cut: the site's date header "Thứ hai, 02/08/2021 | 05:35 GMT+7", the
# byline date "14/06/2021" (written as the first line `date 2021-06-14`) and the photo caption
# "Tuyên truyền sử dụng điện an toàn ... (Nguồn: Báo Phú Yên)", each with the blank line after it;
# the excerpt ends in "tiết ki"). Kind target. Year 2025 for the list "phấn đấu đến năm 2025 ..."
# and the title; 2030 for the three yearly requirements of "Bên cạnh đó, UBND tỉnh cũng yêu cầu
# ..." (no year in their sentences: the plan's horizon "giai đoạn 2021-2030", as the earlier sets'
# majority reads "hằng năm" targets; a judgement). Title and list: "từ 5-7%" (between, twice),
# "giảm tổn thất điện năng dưới 6%" (<), "70% khu công nghiệp và 50% cụm công nghiệp" (two records,
# scope null: kinds of zone, not levels), "100% cơ sở ...", "60% trường học ..." (bare: >=);
# "tối thiểu 5%", "tối thiểu 20%", "ít nhất 10%" (>=). Not quantities: "2021-2030" (a period),
# "năm 2025" (a date). Pillar null (no heading names a pillar).
# --------------------------------------------------------------------------
D01 = dict(name="01_phuyen-tiet-kiem-nang-luong-2025", kind="target", year=2025, records=[
    RNG("tiết kiệm từ «5-7% tổng năng lượng tiêu thụ", "tiết kiệm tổng năng lượng tiêu thụ", value=5,
        value_max=7),
    RNG("bình quân từ «5-7%", "tiết kiệm năng lượng bình quân tổng tiêu thụ năng lượng toàn tỉnh", value=5,
        value_max=7),
    R("dưới «6%", "tổn thất điện năng", "<", 6),
    R("phấn đấu «70% khu", "khu công nghiệp được tiếp cận, áp dụng các giải pháp sử dụng năng lượng tiết kiệm "
      "và hiệu quả", ">=", 70),
    R("và «50% cụm", "cụm công nghiệp được tiếp cận, áp dụng các giải pháp sử dụng năng lượng tiết kiệm và "
      "hiệu quả", ">=", 50),
    R("«100% cơ sở tiêu thụ", "cơ sở tiêu thụ năng lượng trọng điểm áp dụng hệ thống quản lý năng lượng", ">=",
      100),
    R("«60% trường học", "trường học có hoạt động tuyên truyền, giảng dạy về sử dụng năng lượng tiết kiệm và "
      "hiệu quả", ">=", 60),
    R("tối thiểu «5% tổng", "cơ quan công sở tiết kiệm tổng điện năng tiêu thụ", ">=", 5, year=2030),
    R("tối thiểu «20% tổng", "đơn vị quản lý hệ thống chiếu sáng công cộng tiết kiệm tổng điện năng tiêu thụ",
      ">=", 20, year=2030),
    R("ít nhất «10% điện", "hộ gia đình tiết kiệm điện năng sử dụng hàng năm", ">=", 10, year=2030),
])

# --------------------------------------------------------------------------
# 02 Hà Tĩnh, the provincial power company's 2021 target for commercial electricity and its 2020
# result (business24h.vn; nothing cut; no byline, no stamp; the excerpt ends in "dần được"). Kind
# target, year 2021 (the title's target is the body's "năm 2021"). Targets: "1.170 triệu kWh"
# three times (title, lead, body; >=, other "kWh", 1170e6), "tăng trên 7% so với năm 2020" twice (a
# target stated as a change, `>`), the 2021 breakdown "quản lý tiêu dùng ước đạt trên 714 triệu
# kWh, ... 284 ..., ... 58 ..., ... 55 ..., hoạt động khác ... 58" (targets: the parts of the 2021
# plan, "ước đạt" inside a plan; `>` from "trên"; a judgement). Results of 2020: "đạt 1.093 triệu
# kWh", in the body and again in the line after it (a caption with a figure, kept: two records).
# NOT: "tăng 5,7% so với năm 2019" (a change). Not quantities: "năm 2019", "năm 2020" (dates).
# Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_hatinh-dien-thuong-pham-ke-hoach-2021", kind="target", year=2021, records=[
    R("phấn đấu đạt «1.170 triệu kWh điện thương phẩm", "điện thương phẩm Điện lực Hà Tĩnh", ">=", 1170e6,
      **KWH),
    R("thương phẩm đạt «1.170 triệu kWh, tăng", "sản lượng điện thương phẩm Công ty Điện lực Hà Tĩnh", ">=",
      1170e6, **KWH),
    R("kWh, tăng trên «7% so với năm 2020.", "sản lượng điện thương phẩm tăng so với năm 2020", ">", 7),
    R("doanh nghiệp đạt «1.093", "sản lượng điện thương phẩm năm 2020 của doanh nghiệp", "=", 1093e6, **KWH,
      **RES, year=2020),
    R("Hà Tĩnh đạt «1.093", "sản lượng điện thương phẩm của Công ty Điện lực Hà Tĩnh", "=", 1093e6, **KWH,
      **RES, year=2020),
    R("phấn đấu đạt «1.170 triệu kWh điện (", "điện Công ty Điện lực Hà Tĩnh phấn đấu đạt", ">=", 1170e6, **KWH),
    R("(tăng trên «7%", "điện tăng so với năm 2020", ">", 7),
    R("trên «714", "thành phần quản lý tiêu dùng", ">", 714e6, **KWH),
    R("trên «284", "thành phần công nghiệp – xây dựng", ">", 284e6, **KWH),
    R("dịch vụ ước đạt trên «58", "thành phần thương nghiệp – dịch vụ", ">", 58e6, **KWH),
    R("trên «55", "thành phần nông – lâm – ngư nghiệp", ">", 55e6, **KWH),
    R("khác ước đạt trên «58", "thành phần hoạt động khác", ">", 58e6, **KWH),
], NOT=["tăng «5,7%"])

# --------------------------------------------------------------------------
# 03 Gia Lai, the provincial power company's 2023 results, reported at its year-end conference
# (baogialai.com.vn; nothing cut; no byline, no stamp; the excerpt ends in "mới và c"). Year 2023.
# Results: "Điện thương phẩm ước thực hiện gần 1.403 triệu kWh" (`~` from "gần", other "kWh"),
# "tổn thất điện năng thực hiện 3,76 %", "Giá bán điện bình quân ước đạt 1964,29 đồng/kWh" (other
# "đồng/kWh"), "Chỉ số tiếp cận điện năng thực hiện 2,26 ngày" (other "ngày"), the projects
# finished "35", being settled "31", continuing "12" (counts, =, 2023: the state at the report; the
# 12 continue into 2024), "81.274 lượt kiểm tra", "1.644 vụ vi phạm" (counts), "1,344 tỷ đồng"
# (other "đồng", 1.344e9). Targets: the loss rate of the plan, the bracket "so với kế hoạch giao
# (3,99%)" (a bracket that states a value; a target with no comparator word reads >=, spec; the
# plan is a ceiling, but the spec's bare-number rule is followed), and the year's assignment "giao
# quản lý đầu tư xây dựng 78 công trình với tổng kế hoạch vốn là 246,018 tỷ đồng" (a plan's figures
# for 2023: targets, >=; a judgement). NOT: "tăng 1,26% so với kế hoạch", "tăng 9,65% so với cùng
# kỳ", "nội địa tăng trưởng 9,56%", "xuất khẩu sang Campuchia tăng 17,48%", "giảm 0,23 % so với kế
# hoạch giao" (changes against a plan or an earlier value). Not quantities: "tăng 54,2 đồng/kWh so
# với năm 2022", "tăng 14,29 đồng/kWh so với kế hoạch", "rút ngắn 2,74 ngày so với kế hoạch"
# (changes), "năm 2022", "năm 2024" (dates). Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_gialai-dien-luc-ket-qua-2023", kind="result", year=2023, records=[
    R("gần «1.403 triệu kWh", "Điện thương phẩm Công ty Điện lực Gia Lai ước thực hiện", "~", 1403e6, **KWH),
    R("thực hiện «3,76 %", "Chỉ tiêu tổn thất điện năng thực hiện", "=", 3.76),
    R("giao («3,99%)", "Chỉ tiêu tổn thất điện năng kế hoạch giao", ">=", 3.99, **T),
    R("ước đạt «1964,29 đồng/kWh", "Giá bán điện bình quân", "=", 1964.29, unit="other", unit_text="đồng/kWh"),
    R("thực hiện «2,26 ngày", "Chỉ số tiếp cận điện năng", "=", 2.26, **NGAY),
    R("xây dựng «78 công trình", "công trình Tổng Công ty Điện lực miền Trung giao quản lý đầu tư xây dựng",
      ">=", 78, **CNT, **T),
    R("là «246,018 tỷ đồng", "tổng kế hoạch vốn đầu tư xây dựng", ">=", 246.018e9, **DONG, **T),
    R("hoàn thành «35 công trình", "công trình đã quyết hoàn thành", "=", 35, **CNT),
    R("toán «31 công trình", "công trình đang quyết toán", "=", 31, **CNT),
    R("toán 31 công trình, «12 công trình", "công trình tiếp tục thực hiện trong năm 2024", "=", 12, **CNT),
    R("hiện «81.274 lượt", "lượt kiểm tra sử dụng điện", "=", 81274, **CNT),
    R("phát hiện «1.644 vụ", "vụ vi phạm phát hiện qua kiểm tra sử dụng điện", "=", 1644, **CNT),
    R("là «1,344 tỷ đồng", "tổng số tiền truy thu", "=", 1.344e9, **DONG),
], NOT=["tăng «1,26% so", "tăng «9,65% so", "trưởng «9,56%", "tăng «17,48%", "giảm «0,23 % so"])

# --------------------------------------------------------------------------
# 04 Gia Lai (merged with Bình Định on 1 July 2025), the new provincial power company's results
# to the end of September 2025 (thanhnien.vn; the stamp " date 2025-10-13" written as the first
# line; cut: the photo caption "Ông Thái Minh Châu, Giám đốc PC Gia Lai, làm việc ..." with the
# blank line after it). Year 2025. Results: "sản lượng điện thương phẩm ... đạt 3.467,91 triệu kWh",
# "công nghiệp - xây dựng đạt 1.284,8 triệu kWh" (other "kWh"), "Gần 29.000 yêu cầu cấp điện mới"
# (`~`, count), "được giải quyết trong 2,3 ngày" (other "ngày"), "100% dịch vụ đạt đúng hạn",
# "nghiệm thu 67/87 công trình" (count 67; "/87" the denominator), "xây 10 nhà tình nghĩa"
# (count), "tổng kinh phí hơn 800 triệu đồng" (`>`, other "đồng"). NOT: "tăng 1,37% so với cùng
# kỳ", "tăng gần 6%" (changes), "chỉ số Saidi giảm 15,48%" (a change), "hoàn thành 57% kế hoạch
# năm" (completion against the plan). Not quantities: "1.7" (a date), "tháng 9". Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_gialai-dien-luc-sau-sap-nhap-2025", kind="result", year=2025, records=[
    R("đạt «3.467,91 triệu kWh", "sản lượng điện thương phẩm của PC Gia Lai", "=", 3467.91e6, **KWH),
    R("đạt «1.284,8 triệu kWh", "sản lượng điện thương phẩm lĩnh vực công nghiệp - xây dựng", "=", 1284.8e6,
      **KWH),
    R("Gần «29.000 yêu cầu", "yêu cầu cấp điện mới được giải quyết", "~", 29000, **CNT),
    R("trong «2,3 ngày", "thời gian giải quyết yêu cầu cấp điện mới", "=", 2.3, **NGAY),
    R("«100% dịch vụ", "dịch vụ đạt đúng hạn", "=", 100),
    R("nghiệm thu «67/87 công trình", "công trình đầu tư xây dựng PC Gia Lai đã nghiệm thu", "=", 67, **CNT),
    R("xây «10 nhà", "nhà tình nghĩa xây", "=", 10, **CNT),
    R("hơn «800 triệu đồng", "tổng kinh phí an sinh xã hội", ">", 800e6, **DONG),
], NOT=["tăng «1,37%", "tăng gần «6%", "giảm «15,48%", "hoàn thành «57%"])

# --------------------------------------------------------------------------
# 05 Quảng Trị, the province's power sources in operation, under construction and in the plans,
# August 2025 (soha.vn; the stamp " date 2025-08-13" written as the first line; cut: the photo
# caption "Dự án điện gió ở Hướng Linh, tỉnh Quảng Trị." with the blank line after it; the excerpt
# ends in "gắn với đảm"). Year 2025. Targets: the capacity in the power plans "đến năm 2030 là
# 14.415MW" (>=, 2030) and "giai đoạn 2031-2035 là 3.872,8MW" (>=, 2035: the period's end).
# Results (=, 2025, the state "Tính hết tháng 7 này" and "Hiện"): "1.459,8 MW" in operation; "21
# dự án nhà máy điện gió", "11 dự án nhà máy thủy điện" with "181,5MW", "4 dự án ... điện mặt trời
# mặt đất" with "159,2MW", "1.204 hệ thống điện mặt trời mái nhà" with "126,7MW"; "11 dự án" with an
# investment decision and "424 MW"; the three projects' "108MW" (to come into operation in the third
# quarter: their capacity now, the schedule being a date; a judgement), La Trọng's "22MW", "7 dự án
# thủy điện nhỏ" with "93MW" (under construction). Each count and each capacity its own record,
# scope null (a breakdown by kind of plant). Not quantities: "VIII" (a name), "2031-2035" as a
# period, "Hướng Linh 4" (a name), "quí 3", "tháng 10", "năm 2026, 2027" (dates), "Ba" (a word).
# Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_quangtri-cong-suat-nguon-dien-2025", kind="result", year=2025, records=[
    R("là «14.415MW", "tổng công suất nguồn điện trong quy hoạch điện VIII điều chỉnh của tỉnh đến năm 2030",
      ">=", 14415, **MW, **T, year=2030),
    R("là «3.872,8MW", "tổng công suất nguồn điện trong quy hoạch giai đoạn 2031-2035", ">=", 3872.8, **MW,
      **T, year=2035),
    R("là «1.459,8 MW", "tổng công suất đã phát điện và vận hành thương mại trên địa bàn tỉnh", "=", 1459.8,
      **MW),
    R("cạnh «21 dự án", "dự án nhà máy điện gió", "=", 21, **CNT),
    R("gió , «11 dự án", "dự án nhà máy thủy điện", "=", 11, **CNT),
    R("suất «181,5MW", "tổng công suất các dự án nhà máy thủy điện", "=", 181.5, **MW),
    R("MW; «4 dự án", "dự án nhà máy điện mặt trời mặt đất", "=", 4, **CNT),
    R("suất «159,2MW", "tổng công suất các dự án nhà máy điện mặt trời mặt đất", "=", 159.2, **MW),
    R("và «1.204 hệ thống", "hệ thống điện mặt trời mái nhà", "=", 1204, **CNT),
    R("suất «126,7MW", "tổng công suất hệ thống điện mặt trời mái nhà", "=", 126.7, **MW),
    R("Hiện, «11 dự án", "dự án đã được cấp chủ trương đầu tư và đang triển khai đầu tư", "=", 11, **CNT),
    R("suất «424 MW", "tổng công suất các dự án đang triển khai đầu tư", "=", 424, **MW),
    R("suất «108MW", "tổng công suất dự án Tân Hợp, Hướng Linh, Hải Anh", "=", 108, **MW),
    R("suất «22MW", "công suất Dự án nhà máy thủy điện La Trọng", "=", 22, **MW),
    R("«7 dự án thủy điện", "dự án thủy điện nhỏ đang tổ chức thi công", "=", 7, **CNT),
    R("suất «93MW", "tổng công suất các dự án thủy điện nhỏ đang tổ chức thi công", "=", 93, **MW),
])

# --------------------------------------------------------------------------
# 06 Hà Nội, the city party committee's plan for Resolution 70-NQ/TW on energy security: targets
# for 2030 (vietnamplus.vn; the stamp " date 2026-01-04" written as the first line; nothing cut).
# Kind target, year 2030 ("phấn đấu đến năm 2030"; the second paragraph's "Thành phố phấn đấu ..."
# continues the same plan). "điện năng thương phẩm đạt 52.178 triệu kWh" (>=, other "kWh"),
# "bình quân đầu người 5.721 kWh/người/năm" (bare: >=, other "kWh/người/năm"), "đạt tối thiểu 5%"
# (>=), "đạt khoảng 1.500MW" (`~`, other "MW"), "có 50% các tòa nhà công sở" (bare: >=). Not
# quantities: "70-NQ/TƯ", "20/8/2025" (a name, a date), "2045", "2 con số" (double-digit growth: a
# word, no value). Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_hanoi-an-ninh-nang-luong-muc-tieu-2030", kind="target", year=2030, records=[
    R("đạt «52.178 triệu kWh", "điện năng thương phẩm", ">=", 52178e6, **KWH),
    R("người «5.721 kWh", "điện năng thương phẩm bình quân đầu người", ">=", 5721, unit="other",
      unit_text="kWh/người/năm"),
    R("tối thiểu «5%", "tỷ lệ các nguồn năng lượng tái tạo trong tổng cung năng lượng sơ cấp", ">=", 5),
    R("khoảng «1.500MW", "tổng công suất nguồn điện năng lượng mặt trời", "~", 1500, **MW),
    R("có «50% các tòa", "các tòa nhà công sở sử dụng điện mặt trời mái nhà tự sản, tự tiêu", ">=", 50),
])

# --------------------------------------------------------------------------
# 07 Bạc Liêu, electricity saved in the first half of 2023 (evn.com.vn, a "figure of the day" page;
# cut: the byline lines "  • 10/07/2023 05:18", "  • PV", "  • 3478" (date, author, view count) at
# its end, the date written as the first line `date 2023-07-10`). Year 2023. Results: the headline
# figure "15,439 triệu kWh" (its own line; the sentence after it names it: electricity saved in the
# province in six months; other "kWh"), "tương ứng tiết kiệm 2,60% sản lượng điện thương phẩm",
# "tháng 6/2023 là 2.851.431 kWh", "tương ứng tiết kiệm 2,47%". NOT: "tăng 9,41% so với cùng kỳ",
# "tăng 14,94%" (changes), "đạt 58,82% so với kế hoạch năm 2023" (completion against the plan). Not
# quantities: "6 tháng" (a period), "6/2023" (a date). Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_baclieu-tiet-kiem-dien-6-thang-2023", kind="result", year=2023, records=[
    R("2023-07-10\n«15,439 triệu kWh", "sản lượng điện tiết kiệm trên địa bàn tỉnh Bạc Liêu lũy kế 6 tháng",
      "=", 15.439e6, **KWH, line=True),
    R("tiết kiệm «2,60%", "tiết kiệm sản lượng điện thương phẩm lũy kế 6 tháng", "=", 2.60),
    R("là «2.851.431 kWh", "sản lượng điện tiết kiệm điện toàn tỉnh tháng 6/2023", "=", 2851431, **KWH),
    R("tiết kiệm «2,47%", "tiết kiệm sản lượng điện thương phẩm tháng 6/2023", "=", 2.47),
], NOT=["tăng «9,41%", "đạt «58,82%", "tăng «14,94%"])

# --------------------------------------------------------------------------
# 08 Bà Rịa-Vũng Tàu, the power company's figures for the first half of 2024 given at the signing
# of a cooperation rule on saving electricity (baobariavungtau.com.vn; the stamp " date 2024-08"
# written as the first line; cut: the byline "QUANG VINH"). Year 2024. Results: "sản lượng điện
# thương phẩm ... đạt hơn 3.997 triệu kWh" (`>`, other "kWh"), "Tỷ lệ tổn thất điện năng là
# 2,18%". NOT: "tăng 12,96% so với cùng kỳ", "tăng 1,34% so với cùng kỳ", "cao hơn 0,64% so với kế
# hoạch giao" (changes), "đạt 50,99% so với kế hoạch giao" (completion). Not quantities: "9/8" (a
# date). Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_bariavungtau-dien-thuong-pham-ton-that-2024", kind="result", year=2024, records=[
    R("hơn «3.997 triệu kWh", "sản lượng điện thương phẩm trên địa bàn tỉnh lũy kế 6 tháng đầu năm 2024",
      ">", 3997e6, **KWH),
    R("là «2,18%", "Tỷ lệ tổn thất điện năng", "=", 2.18),
], NOT=["tăng «12,96%", "đạt «50,99%", "tăng «1,34%", "hơn «0,64%"])

# --------------------------------------------------------------------------
# 09 Lâm Đồng, households using the national grid, December 2022 (baolamdong.vn; cut: the byline
# "03:12, 05/12/2022" (written as the first line `date 2022-12-05`) and the byline "N. VIÊN" at the
# end; the two lines of one space are kept). A precision text: three records among dates and a
# resolution's name. Year 2022. Results: the title "Số hộ dân nông thôn sử dụng điện lưới quốc gia
# đạt 99,81%" (scope null: "nông thôn" is part of the subject); the body's "tỷ lệ số hộ được sử
# dụng điện lưới quốc gia trên toàn tỉnh là 99,89%, tỷ lệ số hộ nông thôn sử dụng điện là 99,81%"
# (a split of one sentence by population group: scope null for the whole province, "nông thôn" for
# the rural households, as the spec's "phủ 75% hộ gia đình, 100% cấp xã"). Not quantities:
# "2030", "2045" (dates of the strategy), "55-NQ/TW", "11/2/2020" (a name and its date). Pillar
# null.
# --------------------------------------------------------------------------
D09 = dict(name="09_lamdong-ho-dung-dien-luoi-2022-precision", kind="result", year=2022, records=[
    R("quốc gia đạt «99,81%", "Số hộ dân nông thôn sử dụng điện lưới quốc gia", "=", 99.81),
    R("là «99,89%", "tỷ lệ số hộ được sử dụng điện lưới quốc gia trên toàn tỉnh", "=", 99.89),
    R("điện là «99,81%", "tỷ lệ số hộ sử dụng điện", "=", 99.81, scope="nông thôn"),
])

# --------------------------------------------------------------------------
# 10 Bình Thuận, the province's plan 2590/KH-UBND for saving electricity 2023-2025 (evn.com.vn;
# cut: the truncated byline date "  • 27/0" at the end; no stamp). A precision text: one record
# among document numbers and dates. Kind target; the document's year 2023 (the directive's "năm
# 2023", the plan's first year); the target "phấn đấu hằng năm tiết kiệm tối thiểu 2% tổng điện năng
# tiêu thụ" (>=) takes 2025, the end of the plan's period "giai đoạn 2023-2025" (as the earlier
# sets' majority reads a period's yearly targets). Not quantities: "2590/KH-UBND", "KH2590" twice,
# "KH2590.pdf" (the plan's number), "20/CT-TTg" (a name), "08 tháng 6 năm 2023" (a date), "2023 –
# 2025" twice and "2023-2025" (periods). Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_binhthuan-kh-tiet-kiem-dien-2023-precision", kind="target", year=2023, records=[
    R("tối thiểu «2% tổng", "hằng năm tiết kiệm tổng điện năng tiêu thụ trên địa bàn toàn tỉnh", ">=", 2,
      year=2025),
])

# --------------------------------------------------------------------------
# 11 Đồng Nai, the province's decision 59/QĐ-UBND on the plan for saving energy 2021-2025
# (tietkiemnangluong.com.vn, a print page; cut: the print button "[In trang]", the byline "Chủ
# nhật, 04/07/2021 - 22:44" (written as the first line `date 2021-07-04`) and the photo caption
# "Phong trào ấp văn hóa tiết kiệm điện tại Đồng Nai" with the blank line after it; the excerpt
# ends in "Hỗ t"). A precision text. Kind target, year 2025 ("đến năm 2025"; the yearly "tối thiểu
# 2%" takes the period's end, 2025). The title's "đạt mức tiết kiệm 5,7%" and the body's "mức tiết
# kiệm năng lượng đạt 5,7%" (>=, a record each), "đạt mức tiết kiệm tối thiểu 2%" (>=). Not
# quantities: "59/QĐ-UBND" twice (a document number), "2021-2025" twice (a period). Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_dongnai-kh-nang-luong-2025-precision", kind="target", year=2025, records=[
    R("tiết kiệm «5,7% tổng tiêu thụ năng lượng\n", "mức tiết kiệm tổng tiêu thụ năng lượng", ">=", 5.7),
    R("lượng đạt «5,7%", "mức tiết kiệm năng lượng tổng tiêu thụ năng lượng trên toàn tỉnh", ">=", 5.7),
    R("tối thiểu «2%", "lượng điện tiêu thụ hằng năm đạt mức tiết kiệm trên tổng sản lượng điện năng tiêu thụ",
      ">=", 2),
])

# --------------------------------------------------------------------------
# 12 Ninh Thuận, the wind farms that came into commercial operation before the end of the feed-in
# tariff, and the draft offshore wind plan (amp.baodautu.vn; cut: the caption "Ninh Thuận có nhiều
# tiềm năng để phát triển điện gió. |"; no byline, no stamp, no year for the results: year null;
# the excerpt ends in "(Thu"). Results (=, null): "8 dự án điện gió, với tổng công suất 344,3 MW",
# "7 dự án được công nhận vận hành thương mại", each plant's capacity in brackets "(88 MW)", "(50MW)",
# "(50 MW)", "(46,2 MW)", "(30 MW)", "(28,9 MW)", "(27,2 MW)" (seven records, the plant in the
# indicator), Hanbaram's "117 MW", "6 trụ gió", "24 MW", "phần công suất còn lại 93 MW". Targets of
# the draft plan: "đến năm 2030 sẽ phát triển 15 vị trí" (>=, 2030), "giai đoạn 2021-2025 ... 4 vị
# trí với quy mô 1.220 MW" (>=, 2025), "giai đoạn 2026-2030 ... thêm 11 vị trí với quy mô công suất
# tăng thêm 3.160 MW" (>=, 2030; a target stated as an addition). NOT: "vận hành thương mại 100% công
# suất" (a qualifier of the seven projects counted, part of their subject; a judgement). Not
# quantities: "số 7A", "số 5", "Duyên Hải 1", "Lợi Hải 2" (names), "Covid-19" (a name),
# "2021-2030", "2045" (the plan's period), "1/15 vị trí" (which of the 15 sites the survey is for:
# a designation, not a value; a judgement). Pillar null.
# --------------------------------------------------------------------------
D12 = dict(name="12_ninhthuan-dien-gio-van-hanh", kind="result", year=None, records=[
    R("có «8 dự án", "dự án điện gió đã kịp đưa vào vận hành thương mại", "=", 8, **CNT),
    R("suất «344,3 MW", "tổng công suất dự án điện gió đã kịp đưa vào vận hành thương mại", "=", 344.3, **MW),
    R("có «7 dự án", "dự án được công nhận vận hành thương mại công suất", "=", 7, **CNT),
    R("BIM («88 MW)", "công suất Nhà máy Điện gió BIM", "=", 88, **MW),
    R("7A («50MW)", "công suất Nhà máy Điện gió số 7A", "=", 50, **MW),
    R("Thắng («50 MW)", "công suất Nhà máy Điện gió Win Engry Chiến Thắng", "=", 50, **MW),
    R("Thuận («46,2 MW)", "công suất Nhà máy Điện gió số 5 Ninh Thuận", "=", 46.2, **MW),
    R("Hải 1 («30 MW)", "công suất Nhà máy Điện gió Phước Hữu Duyên Hải", "=", 30, **MW),
    R("Hải 2 («28,9 MW)", "công suất Nhà máy Điện gió Lợi Hải", "=", 28.9, **MW),
    R("Minh («27,2 MW)", "công suất Nhà máy Điện gió Adani Phước Minh", "=", 27.2, **MW),
    R("suất «117 MW", "công suất Nhà máy Điện gió Hanbaram", "=", 117, **MW),
    R("chỉ «6 trụ", "trụ gió hoàn thiện đấu nối", "=", 6, **CNT),
    R("suất «24 MW", "tổng công suất được công nhận ngày vận hành thương mại", "=", 24, **MW),
    R("lại «93 MW", "phần công suất còn lại sẽ được thực hiện theo quy định", "=", 93, **MW),
    R("triển «15 vị trí", "vị trí phát triển điện gió biển đến năm 2030", ">=", 15, **CNT, **T, year=2030),
    R("tại «4 vị trí", "vị trí phát triển điện gió biển giai đoạn 2021-2025", ">=", 4, **CNT, **T, year=2025),
    R("mô «1.220 MW", "quy mô điện gió biển giai đoạn 2021-2025", ">=", 1220, **MW, **T, year=2025),
    R("thêm «11 vị trí", "vị trí phát triển thêm điện gió biển giai đoạn 2026-2030", ">=", 11, **CNT, **T,
      year=2030),
    R("thêm «3.160 MW", "quy mô công suất điện gió biển tăng thêm giai đoạn 2026-2030", ">=", 3160, **MW, **T,
      year=2030),
], NOT=["mại «100% công"])

# --------------------------------------------------------------------------
# 13 Đà Nẵng, the city's programme for Resolution 55-NQ/TW on energy: rooftop solar on public
# buildings (solarpower.vn; cut: the four links to related articles "- 6 ưu điểm nổi bật ...", "-
# Thủ tục đầu tư ...", "- Nhà nước có chủ trương ...", "- Phát triển điện mặt trời áp mái tại các
# khu công nghiệp mục tiêu 1.000MWp" (navigation); no byline, no stamp; the excerpt ends in "tổng
# công suất lắp đặt 1", a number cut by the excerpt, left without a record). Kind target. Targets:
# the heading "Đà Nẵng: 80-90% trụ sở công lắp đặt điện mặt trời áp mái" and the body's "phát triển
# trên 80-90% các trụ sở công ... trong giai đoạn 2020-2025" (between, 2025: the period's end; the
# "trên" before a range read as the range), "năm 2030 sẽ đạt khoảng 5% trong tổng cung năng lượng
# sơ cấp" (`~`, 2030), "đạt 7% vào năm 2045" (>=, 2045). Result: "tính đến hết 30/4/2020, đã có
# 1.146 khách hàng lắp đặt điện mặt trời áp mái" (=, 2020, count). Not quantities: "55-NQ/TW" (a
# name), "2030", "2045" of the strategy's name, "2020-2025" (a period), "30/4/2020" (a date), the
# cut "1". Pillar null. Document year null (undated; every record names its own year).
# --------------------------------------------------------------------------
D13 = dict(name="13_danang-dien-mat-troi-tru-so-cong", kind="target", year=None, records=[
    RNG("Đà Nẵng: «80-90%", "trụ sở công lắp đặt điện mặt trời áp mái", value=80, value_max=90, year=2025),
    R("khoảng «5% trong", "tỷ lệ năng lượng tái tạo, năng lượng mới trong tổng cung năng lượng sơ cấp", "~", 5,
      year=2030),
    R("đạt «7% vào", "tỷ lệ năng lượng tái tạo, năng lượng mới trong tổng cung năng lượng sơ cấp", ">=", 7,
      year=2045),
    RNG("trên «80-90% các", "phát triển điện mặt trời mái nhà các trụ sở công", value=80, value_max=90,
        year=2025),
    R("có «1.146 khách hàng", "khách hàng lắp đặt điện mặt trời áp mái", "=", 1146, **CNT, **RES, year=2020),
])

# --------------------------------------------------------------------------
# 14 Quảng Trị, the provincial power company's electricity losses in 2024 and early 2025
# (thanhnien.vn; the stamp " date 2025-03" written as the first line; cut: the photo caption
# "Điện lực Quảng Trị nỗ lực hạn chế tổn thất điện năng và sự cố điện ẢNH: T.L" with the blank
# line after it). Results: "năm 2024 chỉ số tổn thất điện năng đạt 2,87%" (=, 2024), the
# corporation's "(3,26%)" (=, 2024: a bracket that states a value; the corporation in the
# indicator), "Trong 2 tháng đầu năm 2025, chỉ số này thực hiện đạt 1,96%" (=, 2025), "xảy ra 11
# vụ sự cố" (count, 2025). Target: "phấn đấu quý 1 thực hiện <2,87%" (`<`, 2025). NOT: "giảm 0,31%
# so với kế hoạch giao năm", "giảm 0,59% so với kế hoạch lộ trình", "thấp hơn 0,39% so với Tổng công
# ty", "(giảm 27%)" (changes). Not quantities: "giảm 4 vụ" (a change), "2 tháng", "quý 1" (periods),
# "10.2024", "10.3" (dates). Pillar null.
# --------------------------------------------------------------------------
D14 = dict(name="14_quangtri-ton-that-dien-nang-2025", kind="result", year=2025, records=[
    R("năng đạt «2,87%;", "chỉ số tổn thất điện năng", "=", 2.87, year=2024),
    R("công ty («3,26%)", "chỉ số tổn thất điện năng Tổng công ty", "=", 3.26, year=2024),
    R("đạt «1,96%", "chỉ số tổn thất điện năng 2 tháng đầu năm 2025", "=", 1.96),
    R("hiện <«2,87%", "chỉ số tổn thất điện năng quý 1", "<", 2.87, **T),
    R("xảy ra «11 vụ", "vụ sự cố trung áp lũy kế trong năm 2025", "=", 11, **CNT),
], NOT=["giảm «0,31%", "giảm «0,59%", "hơn «0,39%", "(giảm «27%)"])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
