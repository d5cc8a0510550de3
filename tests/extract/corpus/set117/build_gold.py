#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set117).

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
entries; see README). As in set10-set47, the id is given in the record itself (`iid=`).

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

HA = dict(unit="other", unit_text="ha")
TAN = dict(unit="other", unit_text="tấn")
USD = dict(unit="other", unit_text="USD")
DONG_NGUOI = dict(unit="other", unit_text="đồng/người")

# --------------------------------------------------------------------------
# 01 Nghệ An, the HĐND's resolution 62/NQ-HĐND (12/12/2025) on the plan of
# 2026, as a legal-text site prints it (its table of the document's number,
# dates, signer and field kept). A precision text: no quantity. The excerpt
# ends inside the assessment of 2025, before any figure. Not quantities:
# "62/NQ-HĐND" (four times), "12/12/2025" (twice), "12 tháng 12 năm 2025",
# "năm 2025", "2026" (three times), "XVIII", "KỲ HỌP THỨ 35", "72/2025/QH15",
# the numbered heading "1.".
# --------------------------------------------------------------------------
D01 = dict(name="01_nghean-nq62-hdnd-khktxh-2026-precision", kind="target", year=2026, records=[])

# --------------------------------------------------------------------------
# 02 Bình Dương, the HĐND's resolution 51/NQ-HĐND (12/12/2024) on the plan of
# 2025 (thuviennhadat.vn). A precision text: legal bases, dates, a report
# number; "Kế hoạch phát triển kinh tế - xã hội 05 năm 2021 - 2025" is a
# period. No quantity. Not quantities: "51/NQ-HĐND", "12 tháng 12 năm 2024",
# "KỲ HỌP THỨ 19", "19 tháng 6 năm 2015", "22 tháng 11 năm 2019",
# "377/BC-UBND", "29 tháng 11 năm 2024", "năm 2024", "năm 2025" (five times),
# "05 năm 2021 - 2025", "Điều 1.", "1.".
# --------------------------------------------------------------------------
D02 = dict(name="02_binhduong-nq51-hdnd-khktxh-2025-precision", kind="target", year=2025, records=[])

# --------------------------------------------------------------------------
# 03 Lào Cai, the HĐND's resolution 30/NQ-HĐND (04/12/2020) on the five-year
# plan 2021-2025 (thuviennhadat.vn). A precision text: laws, a decree, the
# Party congress's resolution, the plan's and the review's numbers and dates;
# the excerpt ends in the general aim, before any target. No quantity. Not
# quantities: "30/NQ-HĐND", "04 tháng 12 năm 2020", "5 NĂM 2021-2025" (and
# the other "2021-2025", "2021- 2025"), "KỲ HỌP THỨ 16", "163/2016/NĐ-CP",
# "01-NQ/ĐH", "lần thứ XVI", "2020-2025", "301/KH-UBND", "277/BC-KTNS", the
# laws' dates.
# --------------------------------------------------------------------------
D03 = dict(name="03_laocai-nq30-hdnd-khktxh-2021-2025-precision", kind="target", year=2025, records=[])

# --------------------------------------------------------------------------
# 04 Bắc Kạn, the provincial People's Committee's meeting of November 2023
# (baobackan.com.vn, `date 2023-11`; "dự ước đến hết năm 2023" → results of
# 2023). Results (=, "ước đạt"/"dự ước"): GRDP at comparable prices 8.820 tỷ
# đồng, its growth "tăng trưởng 6,1%" (a growth rate named by "tăng trưởng",
# no earlier value named: a quantity, a judgement), the three sectors' growth
# rates 4,39 / 9,9 / 6,09% (one record each, each with its sector as subject;
# sectors are kinds of activity, not levels → scope null), GRDP at current
# prices 16.677 tỷ đồng, GRDP per head "51 triệu đồng/người" (other
# "đồng/người", 51e6, money per person is an amount), the state budget revenue
# 856 tỷ đồng. NOT: "đạt 102% kế hoạch", "bằng 104% dự toán trung ương giao",
# "bằng 86% dự toán tỉnh giao" (a result measured against its plan or
# estimate, like "vượt chỉ tiêu": no quantity, a judgement). No id (the
# catalogue holds no GRDP or budget indicator). Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_backan-phien-hop-thang11-2023", kind="result", year=2023, records=[
    R("so sánh đạt «8.820 tỷ đồng", "tổng sản phẩm trên địa bàn tỉnh theo giá so sánh", "=", 8.82e12, **DONG),
    R("tăng trưởng «6,1%", "tổng sản phẩm trên địa bàn tỉnh tăng trưởng", "=", 6.1),
    R("tăng trưởng «4,39%", "khu vực nông, lâm nghiệp, thủy sản dự ước tăng trưởng", "=", 4.39),
    R("tăng trưởng «9,9%", "khu vực công nghiệp - xây dựng dự ước tăng trưởng", "=", 9.9),
    R("tăng trưởng «6,09%", "khu vực dịch vụ dự ước tăng trưởng", "=", 6.09),
    R("ước đạt «16.677 tỷ đồng", "Tổng sản phẩm trên địa bàn tỉnh theo giá hiện hành", "=", 16.677e12, **DONG),
    R("ước đạt «51 triệu đồng/người", "GRDP bình quân", "=", 51e6, **DONG_NGUOI),
    R("ước đạt «856 tỷ đồng", "tổng thu ngân sách nhà nước năm 2023", "=", 856e9, **DONG),
], NOT=["đạt «102% kế hoạch", "bằng «104% dự toán", "bằng «86% dự toán"])

# --------------------------------------------------------------------------
# 05 Bắc Kạn, the meeting on the estimates of 2024 (baobackan.vn, `date
# 2024-11`; "9 tháng năm 2024", "10 tháng năm 2024" → 2024). Results: the
# economy's growth "đạt 6,84%" and its two places "xếp thứ 12 trong vùng trung
# du miền núi phía Bắc" and "xếp thứ 37 so với cả nước" (rank =, the region in
# the wording: spec's "xếp thứ 5 khu vực Tây Nguyên"); then per sector the
# growth rate and its two places (4,1% 6 16; 7,9% 12 44; 9,38% 5 13), each
# with its sector as subject (scope null, as 04); "thuế sản phẩm trừ trợ cấp
# tăng 6,97%" closes the list of growth rates with no earlier value named: a
# growth rate like the others (=, a judgement). No id. Pillar null. Not
# quantities: "13/11", "9 tháng", "10 tháng", "2021- 2025".
# --------------------------------------------------------------------------
D05 = dict(name="05_backan-du-uoc-ktxh-10thang-2024", kind="result", year=2024, records=[
    R("kinh tế đạt «6,84%", "tốc độ tăng trưởng kinh tế", "=", 6.84),
    R("6,84% xếp thứ «12 trong", "tốc độ tăng trưởng kinh tế xếp thứ trong vùng trung du miền núi phía Bắc", "=", 12,
      **RANK),
    R("xếp thứ «37 so", "tốc độ tăng trưởng kinh tế xếp thứ so với cả nước", "=", 37, **RANK),
    R("tăng trưởng «4,1%", "khu vực nông, lâm nghiệp và thủy sản tăng trưởng", "=", 4.1),
    R("xếp thứ «6 trong", "khu vực nông, lâm nghiệp và thủy sản xếp thứ trong vùng trung du miền núi phía Bắc", "=", 6,
      **RANK),
    R("xếp thứ «16 so", "khu vực nông, lâm nghiệp và thủy sản xếp thứ so với cả nước", "=", 16, **RANK),
    R("tăng trưởng «7,9%", "khu vực công nghiệp - xây dựng tăng trưởng", "=", 7.9),
    R("7,9%, xếp thứ «12 trong", "khu vực công nghiệp - xây dựng xếp thứ trong vùng trung du miền núi phía Bắc", "=",
      12, **RANK),
    R("xếp thứ «44 so", "khu vực công nghiệp - xây dựng xếp thứ so với cả nước", "=", 44, **RANK),
    R("tăng trưởng «9,38%", "khu vực dịch vụ tăng trưởng", "=", 9.38),
    R("xếp thứ «5 trong", "khu vực dịch vụ xếp thứ trong vùng trung du miền núi phía Bắc", "=", 5, **RANK),
    R("xếp thứ «13 so", "khu vực dịch vụ xếp thứ so với cả nước", "=", 13, **RANK),
    R("trợ cấp tăng «6,97%", "thuế sản phẩm trừ trợ cấp tăng", "=", 6.97),
])

# --------------------------------------------------------------------------
# 06 Quảng Nam, the report on the first half of 2024 to the Party committee's
# 16th conference (qrt.vn, `date 2024-07`; "6 tháng đầu năm 2024" → 2024).
# Results: "xếp vị thứ 26 về quy mô GRDP so với 63 tỉnh" (rank =), "Quy mô nền
# kinh tế đạt gần 59.000 tỷ đồng" (~), the growth rates named "Tốc độ tăng
# trưởng khu vực công nghiệp – xây dựng tăng 4,7%" and "Tốc độ tăng trưởng
# ngành thương mại, dịch vụ tăng 4,4%" (=: the indicator is the growth rate
# itself, which is by its nature against the same period; a judgement), the
# tourism revenue 3.870 tỷ đồng and the social income from tourism 9.095 tỷ
# đồng. NOT: "GRDP tỉnh tăng 2,7% so với cùng kỳ năm trước" and "tăng 11%"
# (changes against an earlier value, no rate named; spec). No id. Pillar
# null. Not quantities: "lần thứ 16", "XII", "4/7" (twice), the terms
# "2020 – 2025", "2021 – 2026", "2025 – 2030", "2026 – 2031", "6 tháng".
# --------------------------------------------------------------------------
D06 = dict(name="06_quangnam-ktxh-6thang-2024", kind="result", year=2024, records=[
    R("xếp vị thứ «26 về", "xếp vị thứ về quy mô GRDP so với tỉnh, thành phố trong cả nước", "=", 26, **RANK),
    R("đạt gần «59.000 tỷ đồng", "Quy mô nền kinh tế", "~", 59e12, **DONG),
    R("xây dựng tăng «4,7%", "Tốc độ tăng trưởng khu vực công nghiệp – xây dựng", "=", 4.7),
    R("dịch vụ tăng «4,4%", "Tốc độ tăng trưởng ngành thương mại, dịch vụ", "=", 4.4),
    R("du lịch đạt «3.870 tỷ đồng", "Doanh thu du lịch", "=", 3.87e12, **DONG),
    R("du lịch đạt «9.095 tỷ đồng", "thu nhập xã hội từ du lịch", "=", 9.095e12, **DONG),
], NOT=["GRDP) tỉnh tăng «2,7%", "tăng «11% và"])

# --------------------------------------------------------------------------
# 07 Nghệ An, the press release on the first nine months of 2024
# (nghean24h.vn, no date shown; "đến tháng 9/2024" → 2024). Results: the
# areas sown (264.821,45 ha, of which 184.989,53 ha and 79.831,92 ha: one
# record each, each with its crop as subject), the planted forest 16.170,1
# ha, the fish catch 223.029 tấn and 166.267,5 tấn (other "ha" / "tấn";
# "ước đạt" → =); new-countryside communes "320/411 xã đạt chuẩn NTM, tương
# đương 77,86%" (count 320 and the share: two records), likewise 101 and
# 31,56%, 16 and 5,0%, "09 đơn vị cấp huyện"; retail sales 82.946 tỷ đồng,
# tourists "8,43 triệu lượt" (count 8.43e6), tourism revenue 10.217 tỷ đồng,
# the budget revenue 16.671 tỷ đồng. NOT: every "bằng 99,63% / 99,88% / 99,07%
# so với cùng kỳ", "tăng 13,26%", "tăng 3,44%", "tăng 12,4%", "tăng 10,64%",
# "tăng 22,25%", "tăng 15%", "bằng 143,2% so với cùng kỳ" (changes against an
# earlier value), "đạt 89,81% kế hoạch", "đạt 104,8% dự toán" (against a plan,
# as 04). "tăng 9,5" (no unit: a change) is no quantity. The denominators
# "/411", "/320" (twice) name the whole of the share, no own record. No id.
# Pillar null ("Lĩnh vực kinh tế" names none). Not quantities: "1.", "1.1.",
# "9 tháng" (four times), "tháng 9", "9/2024", "năm 2023".
# --------------------------------------------------------------------------
D07 = dict(name="07_nghean-ktxh-9thang-2024", kind="result", year=2024, records=[
    R("ước đạt «264.821,45 ha", "Tổng diện tích gieo trồng cây hằng năm 9 tháng", "=", 264821.45, **HA),
    R("tỉnh đạt «184.989,53 ha", "vụ Đông Xuân toàn tỉnh", "=", 184989.53, **HA),
    R("ước đạt «79.831,92 ha", "vụ Hè Thu", "=", 79831.92, **HA),
    R("ước đạt «16.170,1 ha", "Diện tích rừng trồng tập trung", "=", 16170.1, **HA),
    R("ước đạt «223.029 tấn", "Tổng sản lượng thủy sản", "=", 223029, **TAN),
    R("ước đạt «166.267,5 tấn", "sản lượng khai thác", "=", 166267.5, **TAN),
    R("toàn tỉnh có «320/411 xã", "xã đạt chuẩn NTM", "=", 320, **CNT),
    R("tương đương «77,86%", "xã đạt chuẩn NTM", "=", 77.86),
    R("77,86%; «101/320", "xã đạt chuẩn NTM nâng cao", "=", 101, **CNT),
    R("tương đương «31,56%", "xã đạt chuẩn NTM nâng cao", "=", 31.56),
    R("cao, tương đương 31,56%; «16/320", "xã đạt chuẩn NTM kiểu mẫu", "=", 16, **CNT),
    R("tương đương «5,0%", "xã đạt chuẩn NTM kiểu mẫu", "=", 5.0),
    R("có «09 đơn vị", "đơn vị cấp huyện đạt chuẩn xây dựng NTM", "=", 9, **CNT),
    R("ước đạt «82.946 tỷ đồng", "Tổng mức bán lẻ hàng hóa 9 tháng", "=", 82.946e12, **DONG),
    R("ước đạt «8,43 triệu lượt", "Lượng khách du lịch 9 tháng", "=", 8.43e6, **CNT),
    R("ước đạt «10.217 tỷ đồng", "doanh thu du lịch", "=", 10.217e12, **DONG),
    R("thực hiện «16.671 tỷ đồng", "Thu ngân sách nhà nước", "=", 16.671e12, **DONG),
], NOT=["bằng «99,63%", "bằng «99,88%", "bằng «99,07%", "tăng «13,26%", "tăng «3,44%", "tăng «12,4%",
        "tăng «10,64%", "tăng «22,25%", "đạt «89,81%", "tăng «15%", "đạt «104,8%", "bằng «143,2%"])

# --------------------------------------------------------------------------
# 08 Đồng Tháp, the growth target of 2024 (f247.com, a forum's copy of a
# nguoiduatin.vn item; the link line and "4 Likes" cut; no date shown). The
# title's "tăng trưởng GRDP năm 2024 đạt mức 8%" and the body's "mục tiêu tăng
# trưởng GRDP đạt 8% vào năm 2024": two targets (>=, 2024; the title counted
# as a statement, as set69 08). Results of 2023 ("Năm 2023, ... kết quả ghi
# nhận"): GRDP growth 5,66% (=), GRDP per head "ước đạt 68,37 triệu đồng"
# (other "đồng", 68.37e6) and its equivalent "2.873 USD" (other "USD"; a
# bracket that states a value, spec), the poor households' rate "giảm còn
# 1,52%" (=: "giảm còn" states the level reached, not the change). No id.
# Pillar null. Not quantities: "năm 2023", "năm 2024" (in the conference's
# name).
# --------------------------------------------------------------------------
D08 = dict(name="08_dongthap-grdp-2024", kind="result", year=2023, records=[
    R("năm 2024 đạt mức «8%", "Đồng Tháp tăng trưởng GRDP năm 2024", ">=", 8, kind="target", year=2024),
    R("GRDP đạt «8% vào", "tăng trưởng GRDP", ">=", 8, kind="target", year=2024),
    R("GRDP đạt «5,66%", "tăng trưởng GRDP", "=", 5.66),
    R("ước đạt «68,37 triệu đồng", "GRDP bình quân đầu người", "=", 68.37e6, **DONG),
    R("tương đương «2.873 USD", "GRDP bình quân đầu người", "=", 2873, **USD),
    R("giảm còn «1,52%", "tỉ lệ hộ nghèo", "=", 1.52),
])

# --------------------------------------------------------------------------
# 09 The national steering committee on science, technology, innovation and
# digital transformation, first half of 2025 (baomoi.net.vn, no date shown;
# "6 tháng đầu năm 2025" → 2025). Results: the title's "Doanh thu kinh tế số
# nửa đầu năm 2025 đạt gần 2,3 triệu tỷ đồng" (~, other "đồng", two magnitude
# words 2.3e15; econ.ict_industry_revenue, whose wordings include "doanh thu
# lĩnh vực công nghệ số": the same revenue the ministry reports, a judgement);
# "16 dự án luật và 3 nghị quyết", "21 nghị định" (counts of legal documents
# passed: results, a judgement; no id: not a province's DX documents); the
# network speeds' places "lần lượt xếp thứ 20 và 26 thế giới" (two rank
# results, mobile and fixed, spec's "lần lượt"); "nâng tổng số lên 12.106
# trạm" (count, infra.fiveg_stations_count). Not quantities: "76 trong số 106
# nhiệm vụ" (counts of tasks, spec), "11 nhóm công nghệ cốt lõi" (the parts
# of a list), "tăng thêm hơn 4.200" (a change), "kỳ họp thứ 9", "20/7",
# "57-NQ/TW", "Đề án 06" (twice), "5G", "tháng 6/2025", "6 tháng" (five
# times), "năm 2024"; the excerpt's last "39," is cut in the middle of the
# number (no unit left: unrecorded, a judgement). Pillar: the title names
# kinh tế số → digital_economy for the excerpt (set69's decision), except the
# paragraph "Về hạ tầng, ..." whose lead-in names hạ tầng → digital_
# infrastructure.
# --------------------------------------------------------------------------
D09 = dict(name="09_ca-nuoc-ban-chi-dao-57-6thang-2025", kind="result", year=2025, records=[
    R("đạt gần «2,3 triệu tỷ đồng", "Doanh thu kinh tế số nửa đầu năm 2025", "~", 2.3e15, **DONG, pillar=ECO,
      iid="econ.ict_industry_revenue"),
    R("thông qua «16 dự án luật", "dự án luật Chính phủ đã trình Quốc hội thông qua", "=", 16, **CNT, pillar=ECO),
    R("và «3 nghị quyết", "nghị quyết Chính phủ đã trình Quốc hội thông qua", "=", 3, **CNT, pillar=ECO),
    R("Đồng thời, «21 nghị định", "nghị định đã được ban hành", "=", 21, **CNT, pillar=ECO),
    R("xếp thứ «20 và", "tốc độ mạng di động của Việt Nam xếp thứ thế giới", "=", 20, **RANK, pillar=INFRA),
    R("20 và «26 thế giới", "tốc độ mạng cố định của Việt Nam xếp thứ thế giới", "=", 26, **RANK, pillar=INFRA),
    R("lên «12.106 trạm", "số trạm 5G trên toàn quốc", "=", 12106, **CNT, pillar=INFRA,
      iid="infra.fiveg_stations_count"),
])

# --------------------------------------------------------------------------
# 10 Quảng Ninh at the government's conference with the localities on 2025
# and 2026 (cafef.vn, `date 2026-01`; the photo caption on the date line
# cut). The section heading "Quảng Ninh: ... mục tiêu tăng trưởng 15% trong
# năm 2026" (target >=, 2026). Results of 2025: growth "đạt 11,9%" (=; "xếp
# thứ nhất toàn quốc" is a word, no number), the economy's size 368.445 tỷ
# đồng, GRDP per head "trên 10.400 USD" (>, other "USD"), "2.464 căn nhà ở xã
# hội" (count), "gần 22 triệu lượt khách du lịch" (~, count 22e6). NOT: "tăng
# trên 12% so với cùng kỳ", "tăng 12% so với cùng kỳ" (changes), "đạt 112%
# chỉ tiêu" (against the target, as 04). "tăng trưởng 2 con số" names a class
# of rates (double digits), no value: unrecorded (a judgement). `place`
# "Quảng Ninh" (a national page). No id. Pillar null ("khoa học công nghệ" is
# no pillar). Not quantities: "8/1", "năm 2025", "năm 2026".
# --------------------------------------------------------------------------
D10 = dict(name="10_quangninh-hoi-nghi-dia-phuong-2026", kind="result", year=2025, records=[
    R("tăng trưởng «15% trong", "Quảng Ninh mục tiêu tăng trưởng", ">=", 15, kind="target", year=2026,
      place="Quảng Ninh"),
    R("kinh tế đạt «11,9%", "tốc độ tăng trưởng kinh tế", "=", 11.9, place="Quảng Ninh"),
    R("đạt «368.445 tỷ đồng", "quy mô nền kinh tế", "=", 368.445e12, **DONG, place="Quảng Ninh"),
    R("đạt trên «10.400 USD", "GRDP bình quân đầu người", ">", 10400, **USD, place="Quảng Ninh"),
    R("thành «2.464 căn", "căn nhà ở xã hội", "=", 2464, **CNT, place="Quảng Ninh"),
    R("thu hút gần «22 triệu lượt", "lượt khách du lịch", "~", 22e6, **CNT, place="Quảng Ninh"),
], NOT=["tăng trên «12%", "đạt «112%", "tăng «12% so"])

# --------------------------------------------------------------------------
# 11 Nghệ An, the chairman's account of 2025 to his office (nghean24h.vn,
# `date 2026-02`; "năm 2025" → results of 2025). Results: GRDP growth "đạt
# 8,44%", its place "đứng thứ 13/34 tỉnh, thành" (rank =), the budget revenue
# "vượt 29.000 tỷ đồng" (>), FDI "hơn 1 tỷ USD" (>, other "USD", 1e9) and its
# place "nằm trong tốp 11 tỉnh, thành" (rank <=, spec's "tốp 10"), exports
# "ước đạt trên 4,5 tỷ USD" (>), "20.802 căn nhà" (count). Targets: "chỉ tiêu
# 1,765 tỷ USD của Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX" (the
# export target of the 2020-2025 term: target >=, year 2025, a judgement) and
# "vượt chỉ tiêu 1.420 căn (năm 2025) được Thủ tướng Chính phủ giao" (the
# social-housing target itself, not the excess: target >=, 2025). No id.
# Pillar null. Not quantities: "lần thứ XIX", "năm 2025" (several).
# --------------------------------------------------------------------------
D11 = dict(name="11_nghean-ktxh-2025", kind="result", year=2025, records=[
    R("(GRDP) đạt «8,44%", "Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)", "=", 8.44),
    R("đứng thứ «13/34", "Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP) đứng thứ tỉnh, thành trong cả nước", "=", 13,
      **RANK),
    R("vượt «29.000 tỷ đồng", "Thu ngân sách", ">", 29e12, **DONG),
    R("đạt hơn «1 tỷ USD", "thu hút FDI", ">", 1e9, **USD),
    R("tốp «11 tỉnh", "thu hút FDI nằm trong tốp tỉnh, thành cao nhất cả nước", "<=", 11, **RANK),
    R("ước đạt trên «4,5 tỷ USD", "Kim ngạch xuất khẩu hàng hóa", ">", 4.5e9, **USD),
    R("chỉ tiêu «1,765 tỷ USD", "chỉ tiêu kim ngạch xuất khẩu hàng hóa của Nghị quyết Đại hội đại biểu Đảng bộ tỉnh "
      "lần thứ XIX", ">=", 1.765e9, **USD, kind="target"),
    R("chỉ tiêu «1.420 căn", "chỉ tiêu nhà ở xã hội được Thủ tướng Chính phủ giao", ">=", 1420, **CNT, kind="target"),
    R("sửa chữa «20.802 căn", "căn nhà xây mới, sửa chữa trong đợt cao điểm", "=", 20802, **CNT),
])

# --------------------------------------------------------------------------
# 12 Bà Rịa - Vũng Tàu, the opening of the HĐND's 14th session, mid-2023
# (baobariavungtau.com.vn; no date shown, "giữa năm 2023"). In effect a
# precision text: the six figures of the opening speech "Tổng mức bán lẻ hàng
# hóa tăng 13,53%; dịch vụ lưu trú tăng 17,01%; dịch vụ lữ hành tăng 107,75%;
# giá trị sản xuất nông nghiệp tăng 4,13%; ... ngư nghiệp tăng 4%; sản xuất
# đồ uống tăng 61,49% so với cùng kỳ năm 2022" are changes against the same
# period of 2022 (spec) → NOT, no record. Not quantities: "12/7", "khóa VII",
# "2021-2026", "Kỳ họp thứ 14", "năm 2023" (twice), "năm 2022", "6 tháng".
# --------------------------------------------------------------------------
D12 = dict(name="12_bariavungtau-ky-hop-14-hdnd-2023", kind="result", year=2023, records=[],
           NOT=["tăng «13,53%", "tăng «17,01%", "tăng «107,75%", "tăng «4,13%", "tăng «4%", "tăng «61,49%"])

# --------------------------------------------------------------------------
# 13 Yên Bái, the announcement of the administrative-reform indices of 2022
# (sonoivu.yenbai.gov.vn; no date shown; "Năm 2022" → 2022). Results: the
# people's satisfaction (SIPAS) "xếp thứ 11/63 tỉnh thành" (rank =; no id:
# rank.sipas is the index's share, not its place) and "Chỉ số CCHC cấp tỉnh
# (xếp thứ 14/63" (rank =, rank.par_index); "duy trì ở vị trí thứ 5/14 tỉnh
# khu vực Trung du và miền núi phía Bắc" (rank =, the region in the wording,
# no id: the sentence does not name the index); "4 chỉ số nội dung ... nằm
# trong 5 tỉnh, thành phố cao nhất" (rank <=, 5: a group, spec; "4 chỉ số
# nội dung" counts the parts of an index, no quantity). Not quantities:
# "tăng 03 bậc", "tăng 07 bậc" (changes), "năm 2021" (twice), "6 tháng",
# "2 năm liên tục" (a duration), "năm 2023". Pillar null.
# --------------------------------------------------------------------------
D13 = dict(name="13_yenbai-cchc-par-sipas-2022", kind="result", year=2022, records=[
    R("xếp thứ «11/63", "sự hài lòng của người dân, tổ chức đối với sự phục vụ của các cơ quan hành chính nhà nước "
      "trên địa bàn tỉnh xếp thứ tỉnh thành", "=", 11, **RANK),
    R("xếp thứ «14/63", "Chỉ số CCHC cấp tỉnh xếp thứ tỉnh, thành", "=", 14, **RANK, iid="rank.par_index"),
    R("vị trí thứ «5/14", "tỉnh Yên Bái duy trì ở vị trí tỉnh khu vực Trung du và miền núi phía Bắc", "=", 5, **RANK),
    R("nằm trong «5 tỉnh", "chỉ số nội dung được người dân và tổ chức đánh giá mức độ hài lòng nằm trong tỉnh, "
      "thành phố cao nhất", "<=", 5, **RANK),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
