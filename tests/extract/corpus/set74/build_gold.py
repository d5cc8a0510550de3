#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set74).

Copied from set69's builder (itself from set47's, set45's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (232
entries; see README). As in set10-set69, the id is given in the record itself (`iid=`).

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


DONG = dict(unit="other", unit_text="đồng")
USD = dict(unit="other", unit_text="USD")
IDX = dict(unit="other", unit_text=None)

# --------------------------------------------------------------------------
# 01 The Ministry of Information and Communications' review of 2022, national
# (vov.vn, stamp `date 2022-12`; "năm 2022" → 2022, all results). Money in
# "triệu tỷ đồng" and "tỷ đồng" (other "đồng", both magnitude words
# multiplied), "triệu đồng" (labour productivity), "tỷ USD" and "triệu USD"
# (other "USD"). The title "Doanh thu toàn ngành ước đạt xấp xỉ 3,9 triệu tỷ
# đồng" and the body's "ước đạt khoảng 3,9 triệu tỷ đồng": two records (~).
# "tốc độ tăng năng suất lao động là 6,7% so với năm 2021": the growth rate is
# itself the indicator (econ.labour_productivity_growth) stated as a value "là
# 6,7%" → a result (=), not a change of a value (a judgement). The changes
# "tăng 12,7%", "tăng 24,7%", "tăng 5%", "tăng trưởng 8,7%" (twice), "tăng
# 9,5%" → NOT; "gấp 1,5 lần so với dự báo" (a ratio to a forecast) no record.
# "kinh tế số ... tỷ trọng khoảng 14,26%" (econ.digital_economy_gdp_share: the
# national GDP share read as the same measure) and "kinh tế số công nghệ thông
# tin (ICT) đóng góp khoảng 7,18%" (no id). "148 tỷ USD" ICT revenue: no id
# (the catalogue's econ.ict_industry_revenue is in đồng; a judgement). The
# truncated heading "500 triệu tài khoản sử dụng c" is a count (=). Pillar:
# "Trong lĩnh vực kinh tế số và xã hội số, ..." names two pillars → null (a
# judgement); no heading. Not quantities: "18/12", "năm 2023", "năm 2021".
# --------------------------------------------------------------------------
D01 = dict(name="01_ca-nuoc-bo-tttt-tong-ket-2022", kind="result", year=2022, records=[
    R("đạt xấp xỉ «3,9 triệu", "Doanh thu toàn ngành", "~", 3.9e15, **DONG),
    R("ước đạt khoảng «3,9 triệu", "doanh thu toàn ngành thông tin và truyền thông", "~", 3.9e15, **DONG),
    R("khoảng «99.000 tỷ", "Nộp ngân sách nhà nước", "~", 99000e9, **DONG),
    R("năm 2022 là «1,5 triệu lao động", "Tổng số lao động toàn ngành", "=", 1.5e6, **CNT),
    R("khoảng «648 triệu đồng", "Năng suất lao động ngành (tính theo đóng góp vào GDP)", "~", 648e6, **DONG),
    R("lao động là «6,7%", "tốc độ tăng năng suất lao động", "=", 6.7, iid="econ.labour_productivity_growth"),
    R("tỷ trọng khoảng «14,26%", "đóng góp của kinh tế số cho GDP", "~", 14.26, iid="econ.digital_economy_gdp_share"),
    R("đóng góp khoảng «7,18%", "kinh tế số công nghệ thông tin (ICT) đóng góp", "~", 7.18),
    R("ước đạt «148 tỷ USD", "Doanh thu từ lĩnh vực công nghiệp ICT", "=", 148e9, **USD),
    R("ước đạt «34.336 triệu USD", "đóng góp vào GDP của lĩnh vực công nghiệp ICT", "=", 34336e6, **USD),
    R("ước đạt «70.000 doanh nghiệp", "Số lượng doanh nghiệp công nghệ số đăng ký", "=", 70000, **CNT,
      iid="econ.digital_tech_enterprises_count"),
    R("«500 triệu tài khoản", "tài khoản sử dụng", "=", 500e6, **CNT),
], NOT=["tăng «12,7%", "tăng «24,7%", "tăng «5% so", "tăng trưởng «8,7% so với năm 2021, đạt",
        "tăng trưởng «8,7% so với năm 2021. Số", "tăng «9,5%"])

# --------------------------------------------------------------------------
# 02 The Ministry's review of 2023, national (thoibaotaichinhvietnam.vn, stamp
# `date 2024-01`; "năm 2023" → 2023, all results). Revenue "3.744.214 tỷ
# đồng", budget "99.323 tỷ đồng", GDP contribution "887.398 tỷ đồng" (other
# "đồng"), workers "ước khoảng 1.767.766 lao động" (~, count), "Kinh tế số
# của Việt Nam chiếm 16,5% GDP" (=, econ.digital_economy_gdp_share). Changes
# "tăng 1,49%", "tăng 1,31%" (twice), "tăng 1,34%", "tăng 2,72%" → NOT. Not
# quantities: "4 trụ cột" (parts of a programme), "khoảng 3 lần" (a ratio of
# growth rates), "Năm 2024" (no value). Pillar null (no heading).
# --------------------------------------------------------------------------
D02 = dict(name="02_ca-nuoc-bo-tttt-tong-ket-2023", kind="result", year=2023, records=[
    R("ước đạt «3.744.214", "doanh thu toàn ngành TT&TT", "=", 3744214e9, **DONG),
    R("truyền thông đạt «99.323", "số tiền nộp ngân sách từ hoạt động thông tin, truyền thông", "=", 99323e9, **DONG),
    R("ngành ước đạt «887.398", "Đóng góp vào GDP của ngành", "=", 887398e9, **DONG),
    R("ước khoảng «1.767.766", "Tổng số lao động toàn ngành", "~", 1767766, **CNT),
    R("chiếm «16,5% GDP", "Kinh tế số của Việt Nam chiếm GDP", "=", 16.5, iid="econ.digital_economy_gdp_share"),
], NOT=["tăng «1,49%", "ngân sách tăng «1,31%", "tăng «1,31% so với năm 2022. Đóng", "tăng «1,34%", "tăng «2,72%"])

# --------------------------------------------------------------------------
# 03 The Ministry's figures for January 2022, national (24h.com.vn, stamp
# `date 2022-02`; "tháng 1/2022" → 2022, all results). One long line with
# numbered sections: "2. Viễn thông:" names a topic of hạ tầng số (spec:
# mạng viễn thông → digital_infrastructure) and covers the telecom revenue
# "11,496 nghìn tỉ đồng" (1.1496e13; two magnitude words, check_gold.py),
# smartphone subscriptions "91,32 triệu" (count; no id) and their share
# "(chiếm 72,6% tổng số thuê bao điện thoại di động)"
# (infra.smartphone_subscriptions_share), household fixed broadband "18,66
# triệu" (count; no id) and "chiếm 68% hộ gia đình"
# (infra.households_internet_share). "3. Ứng dụng Công nghệ thông tin:" names
# no pillar → null: "tỉ lệ dịch vụ công trực tuyến đủ điều kiện đưa lên mức độ
# 4 là 96,74%" (egov.full_online_services_share: level 4 is the full online
# service; a judgement), the counts of provinces "63/63", "54/63" (twice),
# "52/63" (count =, as set69's "60 tỉnh đã ban hành"; no id). "1. Bưu chính":
# "tăng trưởng khoảng 30% so với cùng kỳ" (change) → NOT. Changes "tăng 3%",
# "tăng 1,01%", "tăng 16,3%" → NOT. Not quantities: "1/2022", "20/1/2022",
# "2021", the section numbers "1." to "3.", "phiên bản 2.0", "5 năm" (a
# period), "2021 - 2025".
# --------------------------------------------------------------------------
D03 = dict(name="03_ca-nuoc-bo-tttt-thang-1-2022", kind="result", year=2022, records=[
    R("ước đạt «11,496 nghìn", "tổng doanh thu dịch vụ viễn thông", "=", 11.496e12, **DONG, pillar=INFRA),
    R("smartphone đạt «91,32 triệu", "Số thuê bao điện thoại sử dụng smartphone", "=", 91.32e6, **CNT, pillar=INFRA),
    R("(chiếm «72,6%", "Số thuê bao điện thoại sử dụng smartphone chiếm tổng số thuê bao điện thoại di động", "=",
      72.6, pillar=INFRA, iid="infra.smartphone_subscriptions_share"),
    R("hộ gia đình là «18,66 triệu", "Số thuê bao băng rộng cố định hộ gia đình", "=", 18.66e6, **CNT, pillar=INFRA),
    R("chiếm «68% hộ", "Số thuê bao băng rộng cố định hộ gia đình chiếm hộ gia đình", "=", 68, pillar=INFRA,
      iid="infra.households_internet_share"),
    R("mức độ 4 là «96,74%", "tỉ lệ dịch vụ công trực tuyến đủ điều kiện đưa lên mức độ 4", "=", 96.74,
      iid="egov.full_online_services_share"),
    R("- «63/63 địa phương", "địa phương hoàn thành kết nối thử nghiệm với Cơ sở dữ liệu quốc gia về dân cư", "=",
      63, **CNT),
    R("- «54/63 tỉnh, thành phố xây dựng, cập nhật", "tỉnh, thành phố xây dựng, cập nhật Kiến trúc Chính quyền điện "
      "tử, phiên bản 2.0", "=", 54, **CNT),
    R("- «54/63 tỉnh, thành phố xây dựng Kế", "tỉnh, thành phố xây dựng Kế hoạch ứng dụng CNTT 5 năm", "=", 54, **CNT),
    R("- «52/63", "tỉnh, thành phố xây dựng ban hành Chương trình/Kế hoạch Chuyển đổi số", "=", 52, **CNT),
], NOT=["khoảng «30%", "tăng «3%", "tăng «1,01%", "tăng «16,3%"])

# --------------------------------------------------------------------------
# 04 The Ministry's first half of 2024, national (doanhnghiephoinhap.vn, no
# date shown; "so với cùng kỳ 2023", "mục tiêu 87,5% của Bộ trong 2024" →
# 2024). Results: revenue, budget, GDP contribution, ICT revenue
# (econ.ict_industry_revenue, in đồng), hardware exports, telecom revenue
# (other "đồng"), "hơn 1.530.528 lao động" (>, count), "50.350 doanh nghiệp"
# (econ.digital_tech_enterprises_count), "tỷ lệ người sử dụng internet ước đạt
# 78,1%" (infra.internet_users_share), mobile broadband "đạt trung bình 91,9
# trên 100 dân" and fixed "đạt mức 23,5 trên 100 dân" (rates without "%":
# unit other, unit_text "trên 100 dân", as set-earlier "87 thuê bao/100 dân";
# ids infra.mobile_/fixed_broadband_subscriptions_per_100 are "%" in the
# catalogue, so null), "lần đầu tỷ lệ này trên 90%" (>, the same rate stated
# as a threshold reached; a judgement), the Ministry's target "mục tiêu 87,5%
# của Bộ trong 2024" (target >=, 2024; the target's value, not "vượt chỉ tiêu
# 6%"), "120 triệu thuê bao di động" (infra.mobile_subscriptions_count), "100,7
# triệu sử dụng smartphone" (count; no id), "tỷ lệ hộ gia đình sử dụng cáp
# quang là 82,2%" (infra.fibre_household_coverage_share, whose wordings include
# "hộ gia đình có đường Internet cáp quang"; a judgement). Standings against
# the plan "ước đạt 50% kế hoạch", "61%", "49%" (twice), "(49,53% kế hoạch)",
# "96% kế hoạch năm" → NOT (as set10/set17 onwards); changes "tăng 27%"
# (twice), "25,8%", "22,5%", "1,3%", "28,1%", "8%", "2,27%", "7,6%", "6,8%",
# "0,1%" → NOT. Not quantities: "6 tháng", "29/7", "100 dân" (the unit).
# Pillar: no heading; "Về băng rộng cố định, ..." is a lead-in naming a topic
# of hạ tầng số (spec: băng rộng → digital_infrastructure) for its line (two
# records); the rest null (a judgement).
# --------------------------------------------------------------------------
PER100 = dict(unit="other", unit_text="trên 100 dân")
D04 = dict(name="04_ca-nuoc-bo-tttt-6-thang-2024", kind="result", year=2024, records=[
    R("ước đạt «2.067.389", "doanh thu toàn ngành Thông tin và Truyền thông", "=", 2067389e9, **DONG),
    R("ước đạt «59.847", "nộp ngân sách nhà nước", "=", 59847e9, **DONG),
    R("GDP đạt «476.933", "toàn ngành đóng góp vào GDP", "=", 476933e9, **DONG),
    R("tổng số hơn «1.530.528", "tổng số lao động", ">", 1530528, **CNT),
    R("khoảng «1.858.371", "lĩnh vực công nghiệp công nghệ thông tin - truyền thông (ICT) đạt doanh thu", "~",
      1858371e9, **DONG, iid="econ.ict_industry_revenue"),
    R("ước đạt «1.753.071", "kim ngạch xuất khẩu phần cứng, điện tử", "=", 1753071e9, **DONG),
    R("hiện nay là «50.350", "số lượng doanh nghiệp công nghệ số đang hoạt động", "=", 50350, **CNT,
      iid="econ.digital_tech_enterprises_count"),
    R("viễn thông đạt «33.536", "Doanh thu dịch vụ viễn thông", "=", 33536e9, **DONG),
    R("ước đạt «78,1%", "tỷ lệ người sử dụng internet", "=", 78.1, iid="infra.internet_users_share"),
    R("trung bình «91,9 trên", "số thuê bao băng rộng di động", "=", 91.9, **PER100),
    R("tỷ lệ này trên «90%", "tỷ lệ này", ">", 90, iid="infra.mobile_broadband_subscriptions_per_100"),
    R("mục tiêu «87,5%", "mục tiêu của Bộ", ">=", 87.5, kind="target",
      iid="infra.mobile_broadband_subscriptions_per_100"),
    R("trong «120 triệu", "thuê bao di động tại Việt Nam", "=", 120e6, **CNT, iid="infra.mobile_subscriptions_count"),
    R("có «100,7 triệu", "thuê bao di động sử dụng smartphone", "=", 100.7e6, **CNT),
    R("đạt mức «23,5 trên", "số thuê bao băng rộng cố định", "=", 23.5, **PER100, pillar=INFRA),
    R("cáp quang là «82,2%", "tỷ lệ hộ gia đình sử dụng cáp quang", "=", 82.2, pillar=INFRA,
      iid="infra.fibre_household_coverage_share"),
], NOT=["tăng «27% so", "ước đạt «50%", "tăng «25,8%", "ước đạt «61%", "tăng «22,5%", "ước đạt «49% kế hoạch; có",
        "tăng «1,3%", "tăng «27% và", "ước đạt «49% kế hoạch. Trong", "tăng «28,1%", "(ước đạt «49,53%", "tăng «8%",
        "tăng «2,27%", "tăng tăng «7,6%", "tăng «0,1%", "tăng «6,8%", "đạt «96%"])

# --------------------------------------------------------------------------
# 05 The Ministry's review of 2024 with the UN EGDI and ITU GCI places,
# national (ictvietnam.vn, no date shown; "Năm 2024" → 2024, all results).
# Revenue "4.243.984 tỷ đồng" and GDP contribution "989.016 tỷ đồng" (other
# "đồng"). Ranks (=): "vị trí thứ 71 trong tổng số 193 quốc gia" (rank.un_egdi),
# "xếp thứ 5/11 nước về Chính phủ điện tử" in South-East Asia (the region in
# the wording; no id: rank.un_egdi is the world place), "vị trí thứ 17/194"
# (rank.itu_gci), "đứng thứ 4 ở khu vực châu Á - Thái Bình Dương" and "thứ 3
# trong số các nước thuộc ... (ASEAN)" (regional places; no id); "nằm trong
# top 3 nhóm các quốc gia dẫn đầu thế giới" (rank <=, a group; spec "nằm trong
# tốp 10"). "tăng trưởng 13,2%" (title), "tăng 13,2%", "tăng 11,2%" → NOT;
# "tăng 15 bậc", "tăng 1 bậc", "tăng 8 bậc" (changes) no record. Not
# quantities: "5 tiêu chí" (parts of the index), "bậc 1 “kiểu mẫu”" and "5
# bậc" (the name of a tier and the scale; a judgement), "5 năm 2021 - 2025",
# "năm 2003", "9/2024", "năm 2021", "Tháng 11/202". Pillar null (no heading).
# --------------------------------------------------------------------------
D05 = dict(name="05_ca-nuoc-bo-tttt-egdi-gci-2024", kind="result", year=2024, records=[
    R("ước đạt «4.243.984", "doanh thu toàn ngành TT&TT", "=", 4243984e9, **DONG),
    R("ước đạt «989.016", "đóng góp vào GDP", "=", 989016e9, **DONG),
    R("vị trí thứ «71 trong", "Báo cáo khảo sát Chính phủ điện tử (EGDI) của Liên hợp quốc, Việt Nam vươn lên vị trí",
      "=", 71, **RANK, iid="rank.un_egdi"),
    R("xếp thứ «5/11", "Tại khu vực Đông Nam Á, Việt Nam xếp thứ nước về Chính phủ điện tử", "=", 5, **RANK),
    R("vị trí thứ «17/194", "Chỉ số an toàn thông tin (ATTT) mạng toàn cầu (GCI) Việt Nam vươn lên vị trí", "=", 17,
      **RANK, iid="rank.itu_gci"),
    R("đứng thứ «4 ở", "đứng thứ ở khu vực châu Á - Thái Bình Dương", "=", 4, **RANK),
    R("và thứ «3 trong", "thứ trong số các nước thuộc Hiệp hội các quốc gia Đông Nam Á (ASEAN) về lĩnh vực an ninh mạng",
      "=", 3, **RANK),
    R("top «3 nhóm", "nằm trong top nhóm các quốc gia dẫn đầu thế giới", "<=", 3, **RANK),
], NOT=["tăng trưởng «13,2%\n", "tăng «13,2%", "tăng «11,2%"])

# --------------------------------------------------------------------------
# 06 The UN EGDI 2024, national (doisongphapluat.nguoiduatin.vn; the byline
# "Thứ 5, 19/09/2024 14:40" cut → `date 2024-09`; "năm 2024" → 2024). The
# place "xếp thứ 71/193" in the title and the lead: two rank results
# (rank.un_egdi). "Với điểm chỉ số là 0,7709": the index value (other,
# unit_text null: "điểm chỉ số" is the subject's wording, no unit after the
# number; no id). The averages "(0.6382)", "(0.6990)", "(0.6928)" of the world,
# Asia and South-East Asia (printed with a decimal point; index values of a
# group, recorded as set69 recorded the EBI's mean; a judgement). "chiếm có
# 39,4% các quốc gia" (the share of countries in the top tier: a fact of the
# ranking, not of Việt Nam) → NOT. The target of Nghị quyết 02/NQ-CP for 2024
# "Tăng ít nhất 5 bậc" (a target stated as a change: spec → target >=, unit
# other "bậc"). "vị trí thứ 5 trong 11 nước" in South-East Asia (rank =; no
# id). Not quantities: "tăng 15 bậc" (twice), "tăng 1 bậc", "tăng 9 bậc"
# (changes), "04 mức" and the tier bounds "0,75", "0,5 đến 0,75", "0,25 đến
# 0,5", "0,25" (the scale), "02/NQ-CP", "05/01/2024", "năm 2022". Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_ca-nuoc-egdi-2024", kind="result", year=2024, records=[
    R("Việt Nam xếp thứ «71/193 quốc gia và vùng lãnh thủ", "Việt Nam xếp thứ quốc gia và vùng lãnh thủ về Chính phủ điện tử",
      "=", 71, **RANK, iid="rank.un_egdi"),
    R("Việt Nam xếp thứ «71/193 quốc gia và vùng lãnh thổ", "Khảo sát Chính phủ điện tử (EGDI) Việt Nam xếp thứ quốc gia "
      "và vùng lãnh thổ", "=", 71, **RANK, iid="rank.un_egdi"),
    R("chỉ số là «0,7709", "điểm chỉ số EGDI của Việt Nam", "=", 0.7709, **IDX),
    R("thế giới («0.6382", "Chỉ số EGDI trung bình của thế giới", "=", 0.6382, **IDX),
    R("châu Á («0.6990", "Chỉ số EGDI trung bình của khu vực châu Á", "=", 0.6990, **IDX),
    R("Nam Á («0.6928", "Chỉ số EGDI trung bình của khu vực Đông Nam Á", "=", 0.6928, **IDX),
    R("ít nhất «5 bậc", "xếp hạng Chính phủ điện tử: Tăng bậc", ">=", 5, unit="other", unit_text="bậc",
      kind="target"),
    R("vị trí thứ «5 trong 11", "Trong khu vực Đông Nam Á, Việt Nam vươn lên vị trí", "=", 5, **RANK),
], NOT=["chiếm có «39,4%"])

# --------------------------------------------------------------------------
# 07 The State Bank's cashless payments of 2023, national (baomoi.zadn.vn, no
# date shown; "năm 2023" → 2023, all results). Counts of transactions and
# their values, by channel (a breakdown by kind: one record per number, scope
# null): "khoảng 11 tỷ giao dịch" (title and twice in the body, ~), "hơn 200
# triệu tỷ đồng" (twice, >), Internet "gần 2 tỷ" (~) and "trên 52 triệu tỷ
# đồng" (>), mobile "hơn 7 tỷ" and "hơn 49 triệu tỷ đồng" (>), QR code "gần 183
# triệu" (~) and "hơn 116 nghìn tỷ đồng" (>; two magnitude words,
# check_gold.py), ATM "khoảng 900 giao dịch" (as printed; ~) and "khoảng 2,6
# triệu tỷ đồng" (~), NAPAS "trên 7,4 triệu" (>) and "khoảng 54,1 triệu tỷ
# đồng" (~). No ids (the catalogue holds a share of cashless transactions).
# All "tăng/giảm X%" are changes → NOT (the subheading "Thanh toán không dùng
# tiền mặt tăng hơn 50%" too). Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_ca-nuoc-ttkdtm-nhnn-2023", kind="result", year=2023, records=[
    R("Khoảng «11 tỷ", "giao dịch thanh toán không dùng tiền mặt", "~", 11e9, **CNT),
    R("mặt đạt khoảng «11 tỷ giao dịch trong", "Thanh toán không dùng tiền mặt đạt giao dịch", "~", 11e9, **CNT),
    R("với giá trị hơn «200", "giá trị thanh toán không dùng tiền mặt", ">", 200e15, **DONG),
    R("mặt đạt khoảng «11 tỷ giao dịch, với", "thanh toán không dùng tiền mặt đạt giao dịch", "~", 11e9, **CNT),
    R("giá trị đạt hơn «200", "giá trị thanh toán không dùng tiền mặt", ">", 200e15, **DONG),
    R("đạt gần «2 tỷ", "qua kênh Internet giao dịch", "~", 2e9, **CNT),
    R("đạt trên «52", "qua kênh Internet giá trị", ">", 52e15, **DONG),
    R("đạt hơn «7 tỷ", "qua kênh điện thoại di động giao dịch", ">", 7e9, **CNT),
    R("đạt hơn «49", "qua kênh điện thoại di động giá trị", ">", 49e15, **DONG),
    R("đạt gần «183", "thanh toán qua phương thức QR code giao dịch", "~", 183e6, **CNT),
    R("đạt hơn «116", "thanh toán qua phương thức QR code giá trị", ">", 116e12, **DONG),
    R("khoảng «900 giao", "giao dịch qua ATM", "~", 900, **CNT),
    R("khoảng «2,6", "giao dịch qua ATM giá trị", "~", 2.6e15, **DONG),
    R("đạt trên «7,4", "thanh toán qua NAPAS giao dịch", ">", 7.4e6, **CNT),
    R("khoảng «54,1", "thanh toán qua NAPAS giá trị", "~", 54.1e15, **DONG),
], NOT=["tăng gần «50% so", "tăng hơn «50%\n", "tăng gần «50% về", "tăng hơn «56 %", "và «5,80%", "tăng hơn «61%",
        "và gần «12%", "tăng tới gần «172 %", "và hơn «74%", "giảm «8,84%", "và hơn «9%", "tăng «50% về",
        "và «13%"])

# --------------------------------------------------------------------------
# 08 Cashless payments in the first quarter of 2023, national (a precision
# text: thesaigontimes.vn, no date shown). No quantity: every percentage is a
# change ("tăng 8,55% về giá trị", "tăng 70,77%", "tăng 18,55%", "tăng
# 37,57%", "tăng 32,09%", "giảm 2,37%", "giảm 4,02%") → NOT. Not quantities:
# "Covid-19", "Ngày không tiền mặt năm 2023", "26-5", "3 tháng đầu năm 2023",
# "năm 2022".
# --------------------------------------------------------------------------
D08 = dict(name="08_ca-nuoc-ttkdtm-quy1-2023-precision", kind="result", year=2023, records=[
], NOT=["tăng «8,55%", "tăng «70,77%", "tăng «18,55%", "tăng «37,57%", "tăng «32,09%", "giảm «2,37%", "giảm «4,02%"])

# --------------------------------------------------------------------------
# 09 Personal identification numbers and chip ID applications, national
# (zingnews.vn, stamp `date 2021-06`; "đến cuối tháng 6" → 2021, results).
# "trên 98,5 triệu số định danh" (lead, >) and "hơn 98,5 triệu số định danh"
# (body, >); "trên 56 triệu hồ sơ cấp căn cước" (lead and body, >); "kết nối
# dữ liệu với 33/63 UBND tỉnh" (count =) and "giải quyết 236 thủ tục hành
# chính" (count =). No ids (the catalogue holds the share of citizens with chip
# ID cards, and of VNeID users). Not quantities: "C06" (a name), "tháng 6",
# "tháng 9", "tháng 7", "từ đủ 14" (an age bound of the subject), "dãy 12 số"
# (the form of the number). Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_ca-nuoc-so-dinh-danh-2021", kind="result", year=2021, records=[
    R("cấp trên «98,5", "Bộ Công an đã cấp số định danh cho công dân cả nước", ">", 98.5e6, **CNT),
    R("cũng nhận trên «56", "Công an các địa phương nhận hồ sơ cấp căn cước gắn chip", ">", 56e6, **CNT),
    R("cấp hơn «98,5", "cơ quan chức năng đã cấp số định danh cho công dân toàn quốc", ">", 98.5e6, **CNT),
    R("đã nhận trên «56", "công an cả nước đã nhận hồ sơ cấp căn cước công dân (CCCD) gắn chip", ">", 56e6, **CNT),
    R("với «33/63", "kết nối dữ liệu với UBND tỉnh, thành phố", "=", 33, **CNT),
    R("giải quyết «236", "xác thực thông tin công dân, giải quyết thủ tục hành chính", "=", 236, **CNT),
])

# --------------------------------------------------------------------------
# 10 Chip ID cards, national (a precision text: zingnews.vn, stamp `date
# 2022-08`; 2022). Two quantities: "thông báo 100% số định danh cá nhân cho
# công dân toàn quốc" (result =, %, 2022: reported as done by the page's date;
# no id) and "đã cấp gần 68 triệu CCCD gắn chip" (~, count; no id). The target
# "cấp CCCD cho toàn bộ người dân ... trước ngày 30/9" has no number. Not
# quantities: "phiên họp thứ 14" (a name), "10/8", "tháng 2/2021", "5/8",
# "30/9", "tháng 8", "tháng 9", "18/7", "5 thành phố trực thuộc Trung ương"
# (the subject of a timing, not a value). Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_ca-nuoc-cccd-gan-chip-2022-precision", kind="result", year=2022, records=[
    R("thông báo «100%", "gắn số định danh và thông báo số định danh cá nhân cho công dân toàn quốc", "=", 100),
    R("cấp gần «68", "Bộ Công an đã cấp CCCD gắn chip", "~", 68e6, **CNT),
])

# --------------------------------------------------------------------------
# 11 Communes that issued chip ID cards to all their citizens, national (a
# precision text: tienphong.vn, stamp `date 2023-03`; 2023). "công an 6 xã,
# phường về đích, hoàn thành cấp 100% căn cước công dân" (lead) and "đã có 06
# xã, phường đã về đích, hoàn thành cấp 100% căn cước công dân trên địa bàn"
# (body): each a count of communes (=) and the share reached in them (=, %;
# society.chip_id_cards_share: the catalogue's share of citizens with chip ID
# cards, here for six communes; a judgement). "toàn quốc đã cấp được 79,2
# triệu thẻ căn cước gắn chíp điện tử" (=, count; no id). The closing "Công an
# 06 xã, phường" names the units praised: no record. Not quantities: "năm
# 2023" (an exam year). Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_ca-nuoc-cccd-6-xa-phuong-2023-precision", kind="result", year=2023, records=[
    R("công an «6 xã", "xã, phường về đích, hoàn thành cấp căn cước công dân", "=", 6, **CNT),
    R("hoàn thành cấp «100% căn cước công dân.", "xã, phường hoàn thành cấp căn cước công dân", "=", 100,
      iid="society.chip_id_cards_share"),
    R("cấp được «79,2", "toàn quốc đã cấp thẻ căn cước gắn chíp điện tử cho công dân đủ điều kiện", "=", 79.2e6, **CNT),
    R("đã có «06 xã", "xã, phường đã về đích, hoàn thành cấp căn cước công dân trên địa bàn", "=", 6, **CNT),
    R("hoàn thành cấp «100% căn cước công dân trên", "xã, phường hoàn thành cấp căn cước công dân trên địa bàn", "=",
      100, iid="society.chip_id_cards_share"),
])

# --------------------------------------------------------------------------
# 12 Smartphones and fibre, national (kinhtedothi.vn, no date shown; the
# site's banner "Mừng Đảng mừng Xuân 2026", "Logo", the login line and a photo
# caption cut; "trong năm 2021", "năm nay" → 2021). Targets: the title "Từ
# 2023: 100% người dân sẽ dùng smartphone" and the body's "từ đầu năm 2023,
# 100% người dân sẽ chuyển sang dùng smartphone" (>=, 2023;
# society.adult_smartphone_share: "người dân", not "dân số trưởng thành"; a
# judgement); the body's target follows "Hiện Bộ TT&TT xác định ... phát triển
# hạ tầng số ..." and "Theo đó": the lead-in's pillar → digital_infrastructure
# (spec's decided case); the title's pillar null. Results: "123,76 triệu" mobile
# subscriptions (infra.mobile_subscriptions_count), "92,88 triệu thuê bao là
# smartphone" (count; no id), "chiếm khoảng 75%" (~) and the series "từ 59,2%
# năm 2018 lên 65,09% năm 2019, đạt 69,55% vào năm 2020 và đến năm nay tỷ lệ
# này là 75%" (four results of their own years; spec's "(năm 2023 đạt
# 38,4%)"), all infra.smartphone_subscriptions_share; "tỷ lệ phủ cáp quang đến
# hộ gia đình năm 2021 đã đạt 65%" (infra.fibre_household_coverage_share);
# "thử nghiệm 5G tại 16 tỉnh, thành phố với 300 trạm phát sóng 5G" (two
# counts), "tốc độ trung bình đạt từ 500 - 600 Mbps" (between, other "Mbps";
# no id: a trial's speed). "tăng 10% so với năm 2020" → NOT. Not quantities:
# "4G", "5G", "gấp 10 lần", "từ 2022", "trước năm 2025", "một đường" (a word).
# --------------------------------------------------------------------------
D12 = dict(name="12_ca-nuoc-smartphone-cap-quang-2021", kind="result", year=2021, records=[
    R("Từ 2023: «100%", "người dân sẽ dùng smartphone", ">=", 100, kind="target", year=2023,
      iid="society.adult_smartphone_share"),
    R("ước đạt «123,76", "số lượng thuê bao di động", "=", 123.76e6, **CNT, iid="infra.mobile_subscriptions_count"),
    R("có «92,88", "thuê bao là smartphone", "=", 92.88e6, **CNT),
    R("chiếm khoảng «75%", "thuê bao là smartphone chiếm", "~", 75, iid="infra.smartphone_subscriptions_share"),
    R("từ «59,2%", "tỷ lệ thuê bao sử dụng smartphone trên tổng thuê bao điện thoại di động", "=", 59.2, year=2018,
      iid="infra.smartphone_subscriptions_share"),
    R("lên «65,09%", "tỷ lệ thuê bao sử dụng smartphone trên tổng thuê bao điện thoại di động", "=", 65.09, year=2019,
      iid="infra.smartphone_subscriptions_share"),
    R("đạt «69,55%", "tỷ lệ thuê bao sử dụng smartphone trên tổng thuê bao điện thoại di động", "=", 69.55,
      year=2020, iid="infra.smartphone_subscriptions_share"),
    R("tỷ lệ này là «75%", "tỷ lệ thuê bao sử dụng smartphone trên tổng thuê bao điện thoại di động", "=", 75,
      iid="infra.smartphone_subscriptions_share"),
    R("đã đạt «65%", "tỷ lệ phủ cáp quang đến hộ gia đình", "=", 65, iid="infra.fibre_household_coverage_share"),
    R("năm 2023, «100% người", "người dân sẽ chuyển sang dùng smartphone", ">=", 100, kind="target", year=2023,
      pillar=INFRA, iid="society.adult_smartphone_share"),
    R("tại «16 tỉnh", "tỉnh, thành phố được cấp phép thử nghiệm 5G", "=", 16, **CNT),
    R("với «300 trạm", "trạm phát sóng 5G", "=", 300, **CNT),
    R("từ «500 - 600", "tốc độ trung bình", "between", 500, value_max=600, unit="other", unit_text="Mbps"),
], NOT=["tăng «10%"])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
