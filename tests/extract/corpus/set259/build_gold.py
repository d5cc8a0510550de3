#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set259).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of percentages deliberately left without a record
(completion against a plan or quota, and a result's change against an earlier value);
check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: this set's theme (jobs, workers sent abroad, unemployment,
trained workers, unemployment benefits) has no indicator in the catalogue, so every id is null
(see README). The texts stand under no pillar heading: every pillar is null.

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

VND = dict(unit="other", unit_text="đồng")
ABROAD = "lao động đi làm việc ở nước ngoài theo hợp đồng"
JOBS = "lao động được giải quyết việc làm"
NEWJOBS = "lao động được giải quyết việc làm mới"
UNEMP = "tỷ lệ thất nghiệp"

# --------------------------------------------------------------------------
# 01 An Giang, the province's plan for sending workers abroad under contract (nld.com.vn; cut: the
# byline "V.Linh"; no stamp, no date in the text: the address's 2021 is not in it). Kind target,
# year null (no year in the text). "đưa ít nhất 1.500 lao động" (>=), "(bình quân mỗi năm đưa ít
# nhất 300 lao động)" (>=, a bracket stating a value), "Tổng kinh phí dự kiến thực hiện hơn 164 tỉ
# đồng" (money, >, 164e9, "tỉ" the other spelling of "tỷ"), "khoảng 1.000 lao động thuộc nhóm 1"
# (~) "và 500 lao động thuộc nhóm 2" (bare: >=; the "khoảng" is read with its own number only, a
# judgement). Not quantities: "nhóm 1", "nhóm 2" (labels).
# --------------------------------------------------------------------------
D01 = dict(name="01_angiang-dua-lao-dong-di-nuoc-ngoai-2021-2025", kind="target", year=None, records=[
    R("ít nhất «1.500 lao động", "lao động đi làm việc ở nước ngoài", ">=", 1500, **CNT),
    R("ít nhất «300 lao động", "lao động đi làm việc ở nước ngoài bình quân mỗi năm", ">=", 300, **CNT),
    R("hơn «164 tỉ đồng", "Tổng kinh phí dự kiến thực hiện", ">", 164e9, **VND),
    R("khoảng «1.000 lao động", "lao động thuộc nhóm 1 được hỗ trợ chi phí ban đầu và hỗ trợ tín dụng", "~", 1000,
      **CNT),
    R("và «500 lao động", "lao động thuộc nhóm 2 được hỗ trợ chi phí ban đầu và hỗ trợ tín dụng", ">=", 500, **CNT),
])

# --------------------------------------------------------------------------
# 02 Vĩnh Long, jobs and workers sent abroad in May 2022 against the year's plan (baovinhlong.com.vn;
# cut: the byline "MINH THÁI" and the widget lines "Thông tin bạn đọc", "Đóng Lưu thông tin"; no
# stamp; the lead stands twice, the second time after "(VLO)", and each is recorded where it stands,
# as the earlier sets record a repeated title or lead). Year 2022 (the text's "Kế hoạch năm 2022",
# "quý I/2022"; May's results are of 2022). Results: May's 2.980 new jobs and 259 workers abroad
# (twice each); 2021's 23.436 and 546. Targets: "Kế hoạch năm 2022, chỉ tiêu ... 20.000 lao động,
# trong đó XKLĐ 1.700 người" (2022, bare: >=); the bracket "(chỉ tiêu tương ứng 20.000/1.700 người)"
# gives 2021's targets (two records, 2021). Not quantities: "tháng 5", "quý I/2022", "COVID-19".
# --------------------------------------------------------------------------
L1 = " lao động đi làm việc có thời hạn ở nước ngoài (xuất khẩu lao động- XKLĐ).\n"
D02 = dict(name="02_vinhlong-viec-lam-xuat-khau-lao-dong-2022", kind="result", year=2022, records=[
    R("cho «2.980 lao động, trong đó đưa 259" + L1 + "(VLO)", "lao động giải quyết việc làm mới trong tháng 5", "=", 2980, **CNT),
    R("đưa «259" + L1 + "(VLO)", "lao động đi làm việc có thời hạn ở nước ngoài trong tháng 5", "=", 259, **CNT),
    R("cho «2.980 lao động, trong đó đưa 259" + L1 + "Số", "lao động giải quyết việc làm mới trong tháng 5", "=", 2980, **CNT),
    R("đưa «259" + L1 + "Số", "lao động đi làm việc có thời hạn ở nước ngoài trong tháng 5", "=", 259, **CNT),
    R("mới cho «20.000 lao động", "chỉ tiêu toàn tỉnh tạo thêm việc làm mới", ">=", 20000, **CNT, **T),
    R("XKLĐ «1.700 người", "chỉ tiêu xuất khẩu lao động", ">=", 1700, **CNT, **T),
    R("cho «23.436 lao động", "lao động tạo thêm việc làm mới", "=", 23436, **CNT, year=2021),
    R("XKLĐ «546 người", "xuất khẩu lao động", "=", 546, **CNT, year=2021),
    R("tương ứng «20.000/", "chỉ tiêu tạo thêm việc làm mới", ">=", 20000, **CNT, **T, year=2021),
    R("20.000/«1.700 người", "chỉ tiêu xuất khẩu lao động", ">=", 1700, **CNT, **T, year=2021),
])

# --------------------------------------------------------------------------
# 03 Lâm Đồng, unemployment at June 2021 and the first half's job results (baolamdong.vn; cut: the
# byline "N.THI"; the stamp " date 2021-06" written as the first line). Year 2021. The unemployment
# sentence splits by area: the general rate and its count (scope null, the spec's "phủ 75% hộ gia
# đình, 100% cấp xã"), then "ở thành thị" (scope "thành thị") and "ở khu vực nông thôn" (scope
# "khu vực nông thôn", as written), each with its count. "74 phiên ..., trong đó ... 16 phiên, lưu
# động 2 phiên và 58 phiên ... online": four counts, a breakdown by kind of session (scope null).
# Results 12.400, 3.970, 175. NOT: "đạt 148% so với kế hoạch", "đạt 42,7% kế hoạch năm", "đạt 44,11%
# kế hoạch năm", "chỉ đạt 25% kế hoạch năm" (completion against the plan), "giảm 0,04% so cùng kỳ",
# "giảm 0,2% so với thời điểm 31/12/2020" (changes). Not quantities: "tăng 5.100 người", "tăng 470
# người", "tăng 60 người" (changes), "tháng 6/2021", "31/12/2020", "6 tháng đầu năm" (dates).
# --------------------------------------------------------------------------
D03 = dict(name="03_lamdong-ty-le-that-nghiep-6-thang-2021", kind="result", year=2021, records=[
    R("là «0,76%", UNEMP + " chung trên địa bàn tỉnh", "=", 0.76),
    R("với «6.014 người", "người thất nghiệp", "=", 6014, **CNT),
    R("thành thị là «1,46%", UNEMP, "=", 1.46, scope="thành thị"),
    R("với «4.375 người", "người thất nghiệp", "=", 4375, **CNT, scope="thành thị"),
    R("nông thôn «1.639 người", "người thất nghiệp", "=", 1639, **CNT, scope="khu vực nông thôn"),
    R("chiếm tỷ lệ «0,33%", UNEMP, "=", 0.33, scope="khu vực nông thôn"),
    R("được «74 phiên", "phiên giao dịch việc làm đã tổ chức", "=", 74, **CNT),
    R("được «16 phiên", "phiên giao dịch việc làm định kỳ", "=", 16, **CNT),
    R("lưu động «2 phiên", "phiên giao dịch việc làm lưu động", "=", 2, **CNT),
    R("và «58 phiên", "phiên giao dịch việc làm tổ chức bằng hình thức online", "=", 58, **CNT),
    R("cho «12.400 người", JOBS, "=", 12400, **CNT),
    R("cho «3.970 người", "người được tạo việc làm mới", "=", 3970, **CNT),
    R("được «175 người", "Xuất khẩu lao động", "=", 175, **CNT),
], NOT=["đạt «148% so", "đạt «42,7% kế", "đạt «44,11% kế", "đạt «25% kế", "giảm «0,04% so", "giảm «0,2% so"])

# --------------------------------------------------------------------------
# 04 Hồ Chí Minh City, job counselling and placement in the first half of 2020 (nld.com.vn; cut: the
# photo caption without a figure "Người lao động TP HCM tại một ngày hội việc làm" and the byline
# "Tin-ảnh: G.Nam", with their blank lines; the caption "TP HCM: 26.144 người được giới thiệu việc
# làm - Ảnh 1." states a figure and stays). Year 2020 (the text compares with "cùng kỳ năm 2019":
# its own half-year is 2020's; a judgement). Results: 26.144 (the caption's title), 38 sessions,
# 271.080, 83.886, 47.015. NOT: "giảm 4,99%", "giảm 5,93%" (changes against 2019). Not quantities:
# "giảm 14.970 lượt" (a change), "Ảnh 1", "6 tháng đầu năm".
# --------------------------------------------------------------------------
D04 = dict(name="04_tphcm-gioi-thieu-viec-lam-6-thang-2020", kind="result", year=2020, records=[
    R("TP HCM: «26.144 người", "người được giới thiệu việc làm", "=", 26144, **CNT),
    R("tổ chức «38 phiên", "phiên giao dịch, ngày hội việc làm", "=", 38, **CNT),
    R("«271.080 người", "người được tư vấn việc làm", "=", 271080, **CNT),
    R("«83.886 người", "người được giới thiệu việc làm", "=", 83886, **CNT),
    R("«47.015 người", "người được nhận việc làm", "=", 47015, **CNT),
], NOT=["giảm «4,99%", "giảm «5,93%"])

# --------------------------------------------------------------------------
# 05 Long An, vocational enrolment and jobs for young people in 2023 (la34.com.vn; cut: the site's
# date line "Thứ Tư, 19/06/2024 02:32 (GMT +7)", the byline "Thứ 4, 17/01/2024 | 06:40:01 [GMT +7]
# A  A" (written as the first line `date 2024-01-17`), the byline "Kim Xuyên – Vĩnh Hưng" and the
# comment widget "Ý kiến ()", "0 / 500 ký tự", "Guest", "Đang tải dữ liệu"; the title stands again
# as a caption and stays). Year 2023. "hơn 20.900 lao động" three times (title, caption, body), each
# a record (>). "giảm tỷ lệ thất nghiệp ... xuống còn 1,89%" is the level reached (=), not a change.
# "đạt gần 74%" (~), "trên 90% thanh niên" (>), "hơn 2.000 lao động" (>), "chiếm gần 10%" (~), "gần
# 117 tỷ đồng" (~, money), "hỗ trợ 27 dự án" (=). Not quantities: "năm 2023", "500" is cut.
# --------------------------------------------------------------------------
ENROL = "lao động được tuyển sinh đào tạo"
D05 = dict(name="05_longan-dao-tao-lao-dong-thanh-nien-2023", kind="result", year=2023, records=[
    R("hơn «20.900 lao động\n\nXác", ENROL, ">", 20900, **CNT),
    R("xuống còn «1,89%", "tỷ lệ thất nghiệp trong toàn tỉnh", "=", 1.89),
    R("hơn «20.900 lao động\n\nBên", ENROL, ">", 20900, **CNT),
    R("hơn «20.900 lao động các", ENROL + " các trình độ cao đẳng, trung cấp, sơ cấp và thường xuyên", ">", 20900,
      **CNT),
    R("cho hơn «18.800 thanh niên", "thanh niên được tuyển sinh đào tạo nghề", ">", 18800, **CNT),
    R("đạt gần «74%", "tỷ lệ lao động qua đào tạo của tỉnh", "~", 74),
    R("trên «90% thanh niên", "thanh niên được giới thiệu việc làm ổn định sau khi đào tạo", ">", 90),
    R("hơn «2.000 lao động", "lao động qua đào tạo nghề nông thôn", ">", 2000, **CNT),
    R("chiếm gần «10%", "tỷ lệ thanh niên trong số lao động qua đào tạo nghề nông thôn", "~", 10),
    R("gần «117 tỷ đồng", "vốn vay làm kinh tế cho thanh niên", "~", 117e9, **VND),
    R("hỗ trợ «27 dự án", "dự án khởi nghiệp đổi mới sáng tạo của thanh niên được hỗ trợ", "=", 27, **CNT),
])

# --------------------------------------------------------------------------
# 06 Sơn La, the labour department's 2022 results (danviet.vn; cut: the credit line "Sở LĐTBXH tỉnh
# Sơn La" with the blank lines before it; the stamp " date 2023-06" written as the first line).
# Year 2022 (the text's "năm 2022"). Results 29.892, "Tỷ lệ thất nghiệp khu vực thành thị là 3,74%"
# (scope null: the area is part of the subject, no split), 64,9%. NOT: "đạt 149% so với chỉ tiêu"
# (completion against the quota), "giảm 0,03%", "giảm 2,0%" (changes against 2021).
# --------------------------------------------------------------------------
D06 = dict(name="06_sonla-viec-lam-that-nghiep-2022", kind="result", year=2022, records=[
    R("cho «29.892 người", "người chuyển đổi nghề nghiệp và tạo việc làm, tăng thêm thu nhập", "=", 29892,
      **CNT),
    R("là «3,74%", "Tỷ lệ thất nghiệp khu vực thành thị", "=", 3.74),
    R("là «64,9%", "Tỷ lệ lao động nông nghiệp trong tổng lao động xã hội", "=", 64.9),
], NOT=["đạt «149% so", "giảm «0,03% so", "giảm «2,0% so"])

# --------------------------------------------------------------------------
# 07 Phú Thọ (the merged province), jobs in 2025 (baophutho.vn; cut: the photo caption "Công nhân
# làm việc tại Khu công nghiệp Cẩm Khê." with its blank line; the stamp " date 2026-01-29" written as
# the first line; the excerpt ends in "công tác g"). Year 2025. Results: "Hơn 59 nghìn" in the title
# and in the body (59000, >), 6.200 workers abroad (>), "gần 3.300 vị trí việc làm cho gần 900 lượt
# doanh nghiệp" (two counts, ~), "gần 4.500 lao động nước ngoài" (~). NOT: "bằng 115,8% kế hoạch
# năm" (completion against the plan).
# --------------------------------------------------------------------------
D07 = dict(name="07_phutho-giai-quyet-viec-lam-2025", kind="result", year=2025, records=[
    R("Hơn «59 nghìn lao động", JOBS, ">", 59000, **CNT),
    R("đạt hơn «59 nghìn người", "Tổng số lao động được giải quyết việc làm", ">", 59000, **CNT),
    R("hơn «6.200 lao động", "lao động xuất cảnh làm việc ở nước ngoài theo hợp đồng", ">", 6200, **CNT),
    R("gần «3.300 vị trí", "vị trí việc làm được chấp thuận", "~", 3300, **CNT),
    R("gần «900 lượt", "lượt doanh nghiệp được chấp thuận vị trí việc làm", "~", 900, **CNT),
    R("gần «4.500 lao động", "lao động nước ngoài được cấp giấy phép lao động", "~", 4500, **CNT),
], NOT=["bằng «115,8% kế"])

# --------------------------------------------------------------------------
# 08 Nghệ An, workers abroad and the shift of the labour structure, and the target for 2026-2030
# (nghean24h.vn, from nhandan.vn; cut: "Tác giả: Trần Trung Hiếu", "Nguồn tin: nhandan.vn" with
# their blank lines; the stamp " date 2025-12-01" written as the first line; "(Ảnh: THÀNH ĐÔ)" is
# part of a line and stays). Results: 2024's "hơn 24.000 người" (>); the three shares "từ X% năm
# 2020 xuống/lên Y% năm 2024": both ends are levels each dated by the text (2020 and 2024), six
# records, as the spec's "(năm 2023 đạt 38,4%)". Targets (2030, the end of "giai đoạn 2026-2030"):
# "bình quân mỗi năm ... khoảng 36-40 nghìn người bước vào độ tuổi lao động" (a forecast for the
# period: kind target as the earlier sets' forecasts, between 36000-40000, the magnitude word read
# on both ends) and "mục tiêu đưa 80.000 lao động" (bare: >=). Not quantities: "2026-2030" (dates).
# --------------------------------------------------------------------------
AGRI = "Tỷ trọng lao động trong lĩnh vực nông-lâm-thuỷ sản"
IND = "Tỷ trọng lao động trong lĩnh vực công nghiệp, xây dựng"
SERV = "Tỷ trọng lao động trong lĩnh vực dịch vụ"
D08 = dict(name="08_nghean-xuat-khau-lao-dong-2026-2030", kind="result", year=2025, records=[
    R("hơn «24.000 người", "người đi làm việc ở nước ngoài theo hợp đồng", ">", 24000, **CNT, year=2024),
    R("từ «47% năm 2020", AGRI, "=", 47, year=2020),
    R("xuống «34,63% năm 2024", AGRI, "=", 34.63, year=2024),
    R("từ «25,5% năm 2020", IND, "=", 25.5, year=2020),
    R("lên «32,87% năm 2024", IND, "=", 32.87, year=2024),
    R("từ «27,5% năm 2020", SERV, "=", 27.5, year=2020),
    R("lên «32,5% năm 2024", SERV, "=", 32.5, year=2024),
    R("khoảng «36-40 nghìn người", "người bước vào độ tuổi lao động bình quân mỗi năm", "between", 36000,
      value_max=40000, **CNT, **T, year=2030),
    R("đưa «80.000 lao động", ABROAD, ">=", 80000, **CNT, **T, year=2030),
])

# --------------------------------------------------------------------------
# 09 Bến Tre, Thạnh Phú district signing its 2023 labour and job targets (baodongkhoi.vn; cut: the
# byline "07/02/2023 - 19:17" (written as the first line `date 2023-02-07`) and the photo caption
# "Ký kết trách nhiệm thực hiện các chỉ tiêu năm 2023." (twice) with their blank lines; the excerpt
# ends in "lao độ"). Kind target, year 2023. Result: 2022's "105 lao động đi làm việc có thời hạn
# ở nước ngoài". Targets: 4.800 (bare: >=), "hơn 2.000" (>), "gần 2.800" (~), 120 (>=), and "trong
# đó có 90% lao độ..." (>=, its subject cut off by the excerpt; the indicator names the vocational
# training quota it stands under). NOT: "Hoàn thành 100% chỉ tiêu kế hoạch đào tạo nghề được giao"
# (completion of the assigned quota, as the earlier sets leave completion against a plan out),
# "kéo giảm 0,73% tỷ lệ hộ nghèo và 1,79% tỷ lệ hộ cận nghèo" (2022's changes). Not quantities:
# "vượt 5 lao động" (a change against the target), "năm 2023", "năm 2022".
# --------------------------------------------------------------------------
D09 = dict(name="09_bentre-thanhphu-chi-tieu-viec-lam-2023", kind="target", year=2023, records=[
    R("có «105 lao động", "lao động đi làm việc có thời hạn ở nước ngoài", "=", 105, **CNT, **RES, year=2022),
    R("cho «4.800 lao động", JOBS, ">=", 4800, **CNT),
    R("hơn «2.000 lao động", NEWJOBS, ">", 2000, **CNT),
    R("gần «2.800 lao động", "lao động được chuyển đổi nghề nghiệp", "~", 2800, **CNT),
    R("đưa «120 lao động", "lao động làm việc có thời hạn ở nước ngoài", ">=", 120, **CNT),
    R("có «90% lao độ", "lao động trong chỉ tiêu kế hoạch đào tạo nghề được giao", ">=", 90),
], NOT=["Hoàn thành «100% chỉ", "giảm «0,73% tỷ", "và «1,79% tỷ"])

# --------------------------------------------------------------------------
# 10 Bắc Kạn, Pác Nặm district's 2020 job results and 2021 targets (dichvusmb.com; cut: the comment
# widget "BÌNH LUẬN", "Vui lòng nhập bình luận của bạn", "Vui lòng nhập tên của bạn ở đây" with
# their blank line; no byline, no stamp). Results of 2020 (the text's "Trong năm 2020"); targets of
# 2021. "1.000 lao động" three times (title, lead, last paragraph), each a target record (bare:
# >=). Results 1.422, 549, 104, 66, "3 tỷ 124 triệu đồng" (one amount written in two magnitude
# words: 3,124e9 đồng), 255, 997. Targets 400 and 60 (2021). NOT: "đạt 203,14% KH", "đạt trên 137%
# KH", "đạt trên 170 % kế hoach năm" (completion against the plan). Not quantities: "61/2015/NĐ-CP"
# (a decree), "Chương trình 135, 30a" (programmes' names).
# --------------------------------------------------------------------------
D10 = dict(name="10_backan-pacnam-giai-quyet-viec-lam-2021", kind="result", year=2020, records=[
    R("cho «1.000 lao động trong năm 2021", JOBS, ">=", 1000, **CNT, **T, year=2021),
    R("cho «1.422 lao động", JOBS, "=", 1422, **CNT),
    R("cho «1.000 lao động.\n", JOBS, ">=", 1000, **CNT, **T, year=2021),
    R("có «549 lao động", NEWJOBS, "=", 549, **CNT),
    R("có «104 lao động", "lao động đi xuất khẩu tại các thị trường Nhật Bản và Đài Loan", "=", 104, **CNT),
    R("Có «66 lao động", "lao động được tạo việc làm tại chỗ thông qua vay vốn", "=", 66, **CNT),
    R("kinh phí «3 tỷ 124 triệu đồng", "tổng số kinh phí cho vay vốn tạo việc làm tại chỗ", "=", 3124e6, **VND),
    R("Có «255 lao động", "lao động được giải quyết việc làm công thông qua các công trình", "=", 255, **CNT),
    R("được «997 lao động", "Giải quyết việc làm thông qua đi hợp đồng lao động", "=", 997, **CNT),
    R("cho «1.000 lao động, trong đó", JOBS, ">=", 1000, **CNT, **T, year=2021),
    R("mới cho «400 lao động", "lao động được tạo việc làm mới", ">=", 400, **CNT, **T, year=2021),
    R("đưa «60 lao động", "lao động đi làm việc có thời hạn ở nước ngoài", ">=", 60, **CNT, **T, year=2021),
], NOT=["đạt «203,14% KH", "trên «137% KH", "trên «170 % kế"])

# --------------------------------------------------------------------------
# 11 Quảng Nam, Nam Giang district's plan for sending workers abroad, 2023-2030
# (namgiangrt.quangnam.gov.vn; nothing cut; no byline, no stamp; the excerpt ends in "đầy đủ c").
# Kind target, year 2030 (the end of "giai đoạn 2023-2030"; the yearly average takes the same year, a
# judgement). "đưa 400 lao động" (bare: >=); "(bình quân mỗi năm khoảng 50/ lao động)" (~, the stray
# slash as the page has it). Not quantities: "2023-2030" (dates), "20-CT/TW", "03-NQ/HU" (documents).
# --------------------------------------------------------------------------
D11 = dict(name="11_quangnam-namgiang-lao-dong-nuoc-ngoai-2023-2030", kind="target", year=2030, records=[
    R("đưa «400 lao động", "lao động trên địa bàn huyện đi làm việc ở nước ngoài theo hợp đồng", ">=", 400, **CNT),
    R("khoảng «50/ lao động", "lao động đi làm việc ở nước ngoài bình quân mỗi năm", "~", 50, **CNT),
])

# --------------------------------------------------------------------------
# 12 Thái Nguyên, enterprises' hiring needs for the second quarter of 2024 (thainguyentv.vn; nothing
# cut; no byline, no stamp). A precision text: two records among dates and changes. Year 2024.
# "Dự báo ... sẽ cần tuyển gần 10.000 người lao động" twice (lead and body): a forecast, kind target
# (as the earlier sets read "dự báo"), ~. NOT: "tăng 0,56% so cùng thời điểm tháng trước", "tăng
# trên 1,8% so với cùng kỳ" (changes). Not quantities: "quý II năm 2024", "tháng 3/2024", "1/3/2024".
# --------------------------------------------------------------------------
HIRE = "người lao động các doanh nghiệp trên địa bàn tỉnh sẽ cần tuyển"
D12 = dict(name="12_thainguyen-nhu-cau-tuyen-dung-2024-precision", kind="target", year=2024, records=[
    R("tuyển gần «10.000 người lao động.", HIRE, "~", 10000, **CNT),
    R("tuyển gần «10.000 người lao động,", HIRE, "~", 10000, **CNT),
], NOT=["tăng «0,56% so", "trên «1,8% so"])

# --------------------------------------------------------------------------
# 13 Tây Ninh, unemployment-benefit claims (baotayninh.vn, a tag page's excerpt; cut: the byline "Tâm
# Giang"). A precision text: two records. Year 2022 (the text compares with "cùng kỳ năm 2021"; a
# judgement, as 04). Results: 178.837 claims, 147.483 eligible. NOT: "tăng 156,56%" (a change).
# --------------------------------------------------------------------------
D13 = dict(name="13_tayninh-tro-cap-that-nghiep-precision", kind="result", year=2022, records=[
    R("trong «178.837 hồ sơ", "hồ sơ đề nghị trợ cấp thất nghiệp", "=", 178837, **CNT),
    R("có «147.483 hồ sơ", "hồ sơ đề nghị trợ cấp thất nghiệp đủ điều kiện xét duyệt", "=", 147483, **CNT),
], NOT=["tăng «156,56%"])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
