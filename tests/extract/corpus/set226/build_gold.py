#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set226).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of percentages deliberately left without a record (not
quantities under the contract: changes against an earlier value, completion of assigned tasks,
a loan scheme's terms); check_gold.py verifies that every percentage has a record or a NOT entry.

Each record carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue indicator
it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README), given in
the record itself (`iid=`).

The set's theme: the provinces and cities formed by the July 2025 merger (34 units) and their
first plans, targets to 2030 and results of 2025 reported in late 2025 and early 2026.

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
USD = dict(unit="other", unit_text="USD")
INDEX = dict(unit="other", unit_text=None)
DE_GDP = "econ.digital_economy_gdp_share"
LABOUR = "econ.labour_productivity_growth"
ONLINE_APPS = "egov.online_applications_share"
FIVEG = "infra.fiveg_coverage_share"

# --------------------------------------------------------------------------
# 01 Tây Ninh (merged with Long An), the province's plan for breakthroughs in science, technology,
# innovation and digital transformation issued at the end of August 2025 (vnexpress.net; the stamp
# " date 2025-09-04" written as the first line; nothing cut; the excerpt ends in "thấp hơn s").
# Targets (kind target) for 2030: the sapo's "vào 2030" and the body's "đến 2030", "Trong cùng
# thời gian"; the 2% of GRDP names no year of its own and takes the plan's 2030. Records: "dự chi
# 2% GRDP làm kinh phí phát triển" (sapo) and "dự chi 2% GRDP làm kinh phí nghiên cứu, phát
# triển khoa học công nghệ" (body; both >=, bare numbers in a target), "xuất khẩu sản phẩm công
# nghệ cao chiếm hơn 50% giá trị" (>), "số doanh nghiệp về khoa học, công nghệ ... đạt ít nhất
# 40" (>=, count), "40% doanh nghiệp trong tỉnh có hoạt động đổi mới sáng tạo" (>=), "hơn 150
# start-up" (>, count), "kinh tế số chiếm 15% GRDP" (>=). Not quantities: "một trung tâm", "hai
# vườn ươm" (in words, no digit), "tháng 8" (a date), "STEM" (a name). NOT: the student-loan
# scheme's "lãi suất ... 4,8% mỗi năm" (the terms of a loan, not a target or result for an
# indicator; a judgement), and likewise its "tối đa 5 triệu đồng mỗi tháng" (no record, not a
# percentage). Pillar null: "Ở khía cạnh chuyển đổi số" names the transformation, not a pillar.
# Ids: DE_GDP for the 15%; the rest null (R&D spending is not the catalogue's DX budget share;
# science-and-technology enterprises are not its digital-technology enterprises).
# --------------------------------------------------------------------------
D01 = dict(name="01_tayninh-khcn-dmst-cds-muc-tieu-2030", kind="target", year=2030, records=[
    R("dự chi «2% GRDP làm kinh phí phát triển", "kinh phí phát triển để hình thành các trung tâm đổi mới sáng tạo "
      "(GRDP)", ">=", 2),
    R("chiếm hơn «50% giá trị", "xuất khẩu sản phẩm công nghệ cao chiếm giá trị", ">", 50),
    R("dự chi «2% GRDP làm kinh phí nghiên cứu", "kinh phí nghiên cứu, phát triển khoa học công nghệ (GRDP)",
      ">=", 2),
    R("đạt ít nhất «40;", "số doanh nghiệp về khoa học, công nghệ", ">=", 40, **CNT),
    R("; «40% doanh nghiệp", "doanh nghiệp trong tỉnh có hoạt động đổi mới sáng tạo", ">=", 40),
    R("hơn «150 start-up", "start-up", ">", 150, **CNT),
    R("chiếm «15% GRDP", "quy mô kinh tế số chiếm GRDP", ">=", 15, iid=DE_GDP),
], NOT=["là «4,8% mỗi năm"])

# --------------------------------------------------------------------------
# 02 Phú Thọ (merged with Vĩnh Phúc and Hòa Bình), the provincial chairman's meeting on Resolution
# 57 and Project 06 of 28 October 2025 (baophutho.vn; nothing cut; no byline, no stamp; the
# excerpt ends in "khối HĐND, " with its trailing space kept). Year 2025 ("25/10/2025"). Results:
# "duy trì ổn định trạng thái Xanh đối với 100% cấp xã" (=, the communes the subject, scope null;
# as an earlier set's "100% số xã, phường phủ xanh"), "Tỷ lệ hồ sơ nộp trực tuyến hằng ngày ... ở
# mức 90%-93%" (between), "nằm trong Top 1 cả nước" (rank, <=: a place in a group, spec's "tốp
# 10"). Not quantities (counts and completion of assigned tasks, spec and set15/set19/earlier
# sets' "4/12 mục tiêu và 1/1 nhiệm vụ"): "147 nhiệm vụ", "82 nhiệm vụ", "65 nhiệm vụ"; NOT their
# rates "55,78%", "44,22%" and "hoàn thành 100% các chỉ tiêu, nhiệm vụ được giao". Not quantities
# either: "28/10", "25/10/2025" (dates), "Nghị quyết 57", "Đề án 06" (names), "giai đoạn 1",
# "giai đoạn 2" (labels), "4 khối cấp tỉnh" (the parts of the province's apparatus). Pillar null.
# Ids: ONLINE_APPS for the daily online-submission rate; the others null.
# --------------------------------------------------------------------------
D02 = dict(name="02_phutho-nq57-ket-qua-thang10-2025", kind="result", year=2025, records=[
    R("đối với «100% cấp xã", "cấp xã duy trì ổn định trạng thái Xanh (thực hiện các nhiệm vụ giai đoạn 1)", "=",
      100),
    R("ở mức «90%-93%", "Tỷ lệ hồ sơ nộp trực tuyến hằng ngày của tỉnh", "between", 90, value_max=93,
      iid=ONLINE_APPS),
    R("Top «1 cả nước", "Phú Thọ là địa phương có kết quả (các nhiệm vụ giai đoạn 2) nằm trong Top cả nước", "<=", 1,
      **RANK),
], NOT=["tỷ lệ «55,78%", "tỷ lệ «44,22%", "hoàn thành «100% các chỉ tiêu"])

# --------------------------------------------------------------------------
# 03 Đà Nẵng (merged with Quảng Nam), the city's review of Resolution 57 on 15 January 2026
# (vietnamplus.vn; the stamp " date 2026-01-15" written as the first line; nothing cut; the
# excerpt ends in "ba tr"). Results of 2025 ("Năm 2025 ..."): "vươn lên vị trí 766 trong Top 1.000
# thành phố khởi nghiệp tiêu biểu" (rank, =) and "tỷ lệ phủ sóng 5G ngoài trời đạt 91%" (=). Not
# quantities: "tăng 130 bậc" (a change, spec), "Top 1.000" (the size of the ranking, as "/63"),
# "5G" (a name), "57-NQ/TW", "Nghị quyết 57" (names), "15/1" (a date), "2 cấp" (a name of the
# model). Pillar null. Ids: FIVEG for the 91% (outdoor coverage: the catalogue's "khu vực"
# denominator); the startup-city rank null.
# --------------------------------------------------------------------------
D03 = dict(name="03_danang-khoi-nghiep-5g-2025", kind="result", year=2025, records=[
    R("vị trí «766 trong", "Đà Nẵng trên bảng xếp hạng toàn cầu trong Top 1.000 thành phố khởi nghiệp tiêu biểu",
      "=", 766, **RANK),
    R("ngoài trời đạt «91%", "tỷ lệ phủ sóng 5G ngoài trời", "=", 91, iid=FIVEG),
])

# --------------------------------------------------------------------------
# 04 Lâm Đồng (merged with Bình Thuận and Đắk Nông), the first congress of the provincial party
# organisation adopting its resolution for 2025-2030 (vietnamplus.vn; the stamp " date
# 2025-11-07" written as the first line; cut: the sapo's repetition as a photo caption, "Đại hội
# Đại biểu Đảng bộ tỉnh Lâm Đồng lần thứ I, ..." the second time, with the blank line after it;
# the related-article line "Phó Thủ tướng: Lâm Đồng cần phát huy 4 lợi thế ..." kept, as text of
# the page). Targets for 2030 ("mục tiêu đến năm 2030", "giai đoạn 2025-2030", "Đến năm 2030"):
# the growth "khoảng 10-10,5%" and the three sectors' "5-5,5%/năm", "14,5-15,5%/năm",
# "11-11,5%/năm" (between, each sector its own subject, scope null), "GRDP bình quân đầu người đạt
# từ 6.700-7.500 USD" (between, other "USD"), "tổng vốn đầu tư toàn xã hội chiếm 35-40% GRDP"
# (between), "HDI ... đạt khoảng 0,75" (~, an index value, unit_text null). Not quantities:
# "2025-2030", "2026-2030", "năm 2030" (dates and terms), "lần thứ I" (an ordinal), "4 lợi thế",
# "4 trụ cột" (the parts of a statement). Pillar null. Ids null (the catalogue has no growth,
# investment or HDI indicator).
# --------------------------------------------------------------------------
D04 = dict(name="04_lamdong-dai-hoi-chi-tieu-2030", kind="target", year=2030, records=[
    R("khoảng «10-10,5%", "tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) bình quân giai đoạn 2025-2030",
      "between", 10, value_max=10.5),
    R("tăng «5-5,5%/năm", "khu vực nông, lâm và thủy sản tăng", "between", 5, value_max=5.5),
    R("tăng «14,5-15,5%/năm", "khu vực công nghiệp-xây dựng tăng", "between", 14.5, value_max=15.5),
    R("tăng «11-11,5%/năm", "khu vực dịch vụ tăng", "between", 11, value_max=11.5),
    R("đạt từ «6.700-7.500 USD", "GRDP bình quân đầu người", "between", 6700, value_max=7500, **USD),
    R("chiếm «35-40% GRDP", "tổng vốn đầu tư toàn xã hội chiếm GRDP", "between", 35, value_max=40),
    R("đạt khoảng «0,75", "Chỉ số phát triển con người (HDI)", "~", 0.75, **INDEX),
])

# --------------------------------------------------------------------------
# 05 Phú Thọ, the provincial party secretary on science, technology, innovation and digital
# transformation as the province's way forward, January 2026 (thanhtra.com.vn; cut: the follow
# link "Theo dõi Báo Thanh tra trên", the byline "Ngô Tân" and the byline date "Thứ sáu, 23/01/2026 -
# 12:15" (written as the first line `date 2026-01-23`), and the photo caption "Cổng chào tại một
# điểm cửa ngõ tỉnh Phú Thọ. Ảnh: Thái Minh"; the excerpt ends in "thời gian thực đ"). Results of
# 2025 ("Năm 2025, ..."): "tốc độ tăng trưởng kinh tế của tỉnh đạt 10,52%" (=), "đứng thứ 4 cả
# nước" (rank =), "quy mô GRDP đạt 412,4 nghìn tỷ đồng" (=, 4.124e14 đồng), "xếp thứ 6 toàn quốc"
# (rank =). Not quantities: "XIV" (an ordinal, no digit), "hai cấp" (in words), "Năm 2025" (a
# date). Pillar null, ids null.
# --------------------------------------------------------------------------
D05 = dict(name="05_phutho-tang-truong-grdp-2025", kind="result", year=2025, records=[
    R("tỉnh đạt «10,52%", "tốc độ tăng trưởng kinh tế của tỉnh", "=", 10.52),
    R("đứng thứ «4 cả nước", "tốc độ tăng trưởng kinh tế của tỉnh đứng thứ cả nước", "=", 4, **RANK),
    R("GRDP đạt «412,4 nghìn tỷ", "quy mô GRDP", "=", 412.4e12, **DONG),
    R("xếp thứ «6 toàn quốc", "quy mô GRDP xếp thứ toàn quốc", "=", 6, **RANK),
])

# --------------------------------------------------------------------------
# 06 Đà Nẵng, the Prime Minister's working session with the city's party standing committee on
# 28 February 2026: the results of 2025 after the merger with Quảng Nam (vnexpress.net; the stamp
# " date 2026-02-28" written as the first line; cut: the photo caption "Thủ tướng Phạm Minh Chính
# làm việc với Ban Thường vụ Thành ủy Đà Nẵng, chiều 28/2. Ảnh: VGP/Nhật Bắc" with the blank line
# after it; the excerpt ends in "1.215 doanh nghi"). Year 2025 ("năm 2025"), 2026 for "Dịp Tết Bính
# Ngọ 2026" and "Hai tháng đầu năm 2026". Results: the GRDP's growth "tăng 9,18%" (twice: sapo
# and body; the year's growth rate, no comparison named, as the earlier sets' "tăng trưởng GRDP
# 5,66%"), its rank "xếp thứ 9/34 tỉnh, thành và thứ 2/6 thành phố trực thuộc Trung ương" (two
# ranks, =), the budget "đạt hơn 63.000 tỷ đồng" (>), the sectors' growth "dịch vụ tăng 9,34%;
# công nghiệp - xây dựng tăng 12,07%; nông, lâm, thủy sản tăng 3,27%" (=, each its own subject,
# the sectors' growth rates as the earlier sets' "khu vực dịch vụ tăng trưởng 9,38%"), retail
# "đạt 134.584 tỷ đồng", trade "đạt 9,013 tỷ USD", exports "4,53 tỷ USD", FDI "502,88 triệu USD",
# domestic investment "đạt hơn 209.782 tỷ đồng" (>), guests "đạt hơn 17,3 triệu lượt" (>, count),
# Tết guests "khoảng 1,1 triệu lượt" (~, 2026), trade of two months "đạt 1,502 tỷ USD" (2026),
# "cấp mới 1.215 doanh nghi[ệp]" (count, 2026). NOT (changes against an earlier value, spec and the
# earlier sets' "tăng ... so với cùng kỳ"): "Chỉ số sản xuất công nghiệp tăng 8,4% so với năm
# 2024", and the rises of the amounts just stated "tăng 17%", "tăng 12%", "tăng 5,6%", "tăng
# 189,3%", "tăng 15%", "tăng 27% so với cùng kỳ", "tăng 21,8%", and the industrial production
# index's "tăng 13,11%" of the first two months (the same index as the 8,4% against the year
# before; a judgement). Not quantities: "28/2" (dates), "/34", "/6" (the denominators of ranks).
# Pillar null, ids null.
# --------------------------------------------------------------------------
D06 = dict(name="06_danang-kinh-te-sau-sap-nhap-2025", kind="result", year=2025, records=[
    R("khi GRDP năm 2025 tăng «9,18%", "GRDP năm 2025 tăng", "=", 9.18),
    R("Đà Nẵng tăng «9,18%", "GRDP của Đà Nẵng tăng", "=", 9.18),
    R("xếp thứ «9/34", "GRDP của Đà Nẵng tăng xếp thứ tỉnh, thành", "=", 9, **RANK),
    R("thứ «2/6 thành phố", "GRDP của Đà Nẵng tăng xếp thứ thành phố trực thuộc Trung ương", "=", 2, **RANK),
    R("đạt hơn «63.000 tỷ", "Tổng thu ngân sách", ">", 63000e9, **DONG),
    R("dịch vụ tăng «9,34%", "dịch vụ tăng", "=", 9.34),
    R("xây dựng tăng «12,07%", "công nghiệp - xây dựng tăng", "=", 12.07),
    R("thủy sản tăng «3,27%", "nông, lâm, thủy sản tăng", "=", 3.27),
    R("đạt «134.584 tỷ", "Tổng mức bán lẻ hàng hóa", "=", 134584e9, **DONG),
    R("đạt «9,013 tỷ USD", "Kim ngạch xuất nhập khẩu", "=", 9.013e9, **USD),
    R("xuất khẩu «4,53 tỷ USD", "xuất khẩu", "=", 4.53e9, **USD),
    R("thu hút «502,88 triệu USD", "vốn FDI thành phố thu hút", "=", 502.88e6, **USD),
    R("đạt hơn «209.782 tỷ", "vốn đầu tư trong nước", ">", 209782e9, **DONG),
    R("đạt hơn «17,3 triệu lượt", "Lượng khách lưu trú", ">", 17.3e6, **CNT),
    R("đón khoảng «1,1 triệu lượt", "lượt khách thành phố đón dịp Tết Bính Ngọ 2026", "~", 1.1e6, **CNT, year=2026),
    R("đạt «1,502 tỷ USD", "kim ngạch xuất nhập khẩu hai tháng đầu năm 2026", "=", 1.502e9, **USD, year=2026),
    R("cấp mới «1.215 doanh nghi", "doanh nghi(ệp) thành phố cấp mới hai tháng đầu năm 2026", "=", 1215, **CNT,
      year=2026),
], NOT=["tăng «8,4% so", "tăng «17%", "tăng «12%", "tăng «5,6%", "tăng «189,3%", "tăng «15%", "tăng «27% so",
        "tăng «13,11%", "tăng «21,8%"])

# --------------------------------------------------------------------------
# 07 Hưng Yên (merged with Thái Bình), the province's master plan for 2021-2030 with a vision to 2050
# approved by Decision 489/QĐ-TTg of 10 June 2024 (newsallq.com; nothing cut; no byline, no stamp;
# the excerpt ends in "nhóm 10 tỉnh, th"). Targets for 2030 (the plan's "đến năm 2030"; the TFP's
# "giai đoạn 2021 – 2030"), 2050 for "đến năm 2050 khoảng 80%". Records: "tốc độ tăng trưởng GRDP
# khoảng 9,0%/năm" (~), "GRDP bình quân đầu người ... 278 triệu đồng" (>=, "là" in a target), the
# economic structure "nông nghiệp, thủy sản 3,6%; công nghiệp, xây dựng 64,1%; khu vực dịch vụ
# 25,4%, thuế sản phẩm trừ trợ cấp 6,9%" (four records, >=: bare numbers in a target, spec; each
# sector its own subject), "Tỷ lệ đô thị hóa ... khoảng 60 – 65%" (between) and "... khoảng 80%"
# (~, 2050), "Kinh tế số chiếm 35% GRDP" (>=), "Tốc độ tăng năng suất lao động đạt từ 8,5 –
# 9,0%/năm" (between), "Đóng góp bình quân của ... (TFP) vào tăng trưởng ... đạt 50 – 55%"
# (between), "HDI của tỉnh thuộc nhóm 10 tỉnh" (rank, <=: a group). Not quantities: "489/QĐ-TTg"
# (a document), "10/6/2024", "2021 – 2030", "năm 2050" (dates). Pillar null ("Về kinh tế" names
# the economy, not the digital economy). Ids: DE_GDP for the 35%, LABOUR for the productivity
# growth; the rest null.
# --------------------------------------------------------------------------
D07 = dict(name="07_hungyen-quy-hoach-chi-tieu-2030", kind="target", year=2030, records=[
    R("khoảng «9,0%/năm", "tốc độ tăng trưởng GRDP", "~", 9.0),
    R("là «278 triệu đồng", "GRDP bình quân đầu người", ">=", 278e6, **DONG),
    R("thủy sản «3,6%", "cơ cấu kinh tế: nông nghiệp, thủy sản", ">=", 3.6),
    R("xây dựng «64,1%", "cơ cấu kinh tế: công nghiệp, xây dựng", ">=", 64.1),
    R("dịch vụ «25,4%", "cơ cấu kinh tế: khu vực dịch vụ", ">=", 25.4),
    R("trợ cấp «6,9%", "cơ cấu kinh tế: thuế sản phẩm trừ trợ cấp", ">=", 6.9),
    R("khoảng «60 – 65%", "Tỷ lệ đô thị hóa", "between", 60, value_max=65),
    R("khoảng «80%", "Tỷ lệ đô thị hóa", "~", 80, year=2050),
    R("chiếm «35% GRDP", "Kinh tế số chiếm GRDP", ">=", 35, iid=DE_GDP),
    R("từ «8,5 – 9,0%/năm", "Tốc độ tăng năng suất lao động", "between", 8.5, value_max=9.0, iid=LABOUR),
    R("đạt «50 – 55%", "Đóng góp bình quân của năng suất nhân tố tổng hợp (TFP) vào tăng trưởng", "between", 50,
      value_max=55),
    R("nhóm «10 tỉnh", "Chỉ số phát triển con người (HDI) của tỉnh thuộc nhóm tỉnh", "<=", 10, **RANK),
])

# --------------------------------------------------------------------------
# 08 Tây Ninh, a year of Resolution 57 reviewed at the provincial party's 2025 summing-up
# (nld.com.vn; the stamp " date 2026-03-03" written as the first line; cut: the photo caption "Bí
# thư Tỉnh ủy Tây Ninh Nguyễn Văn Quyết chủ trì hội nghị tổng kết công tác năm 2025 ..." with the
# blank line after it; the excerpt ends in "mà đã " with its trailing space kept). Year 2025. One result: "7 nghị quyết quan trọng được HĐND tỉnh ban hành" (=, count:
# documents issued, as the earlier sets' "ban hành 1 nghị quyết", "36 văn bản"). Not quantities:
# "168/169 nhiệm vụ được Trung ương giao đã hoàn thành" (the completion of assigned tasks, as 02),
# "6 tổ công tác" (the steering structure, set17's "6 tổ công tác"), "57/2024" (a resolution's
# name), "1330/ĐA-UBND" (a document), "2025-2030", "năm 2025", "năm 2026" (dates). Pillar null;
# id null (the resolutions support intellectual property, productivity and technology transfer,
# not the catalogue's DX policy documents; a judgement).
# --------------------------------------------------------------------------
D08 = dict(name="08_tayninh-nq57-nhiem-vu-2025", kind="result", year=2025, records=[
    R("hay «7 nghị quyết", "nghị quyết quan trọng được HĐND tỉnh ban hành", "=", 7, **CNT),
])

# --------------------------------------------------------------------------
# 09 Thái Nguyên (merged with Bắc Kạn), the preamble of Decision 1893/QĐ-UBND of 14 November 2025
# approving the province's digital transformation strategy to 2030 (hethongphapluat.com; cut: the
# subscription notice "Để sử dụng toàn bộ tiện ích nâng cao ... đăng ký gói cước."; the excerpt
# ends in "dữ liệu về d"). A precision text: no record. Every number is a document number
# ("1893/QĐ-UBND", "193/2025/QH15", "162/NQ-CP", "71/NQ-CP", "57-NQ/TW", "214/NQ-CP", "749/QĐ-TTg",
# "942/QĐ-TTg", "411/QĐ-TTg", "06/QĐ-TTg"), a date ("14 tháng 11 năm 2025", "16/6/2025", ...,
# "tháng 5 năm 2025") or a period in a name ("đến năm 2030", "2021-2025").
# --------------------------------------------------------------------------
D09 = dict(name="09_thainguyen-chien-luoc-cds-2030-precision", kind="target", year=2030, records=[])

# --------------------------------------------------------------------------
# 10 Gia Lai (merged with Bình Định), science and technology as the new province's strategy at the
# first congress of its party organisation (vtcnews.vn; cut: the photo caption "Phó Chủ tịch UBND
# tỉnh Nguyễn Tuấn Thanh tại Đại hội ... 2025 – 2030." with the blank line after it; no byline, no
# stamp; the excerpt ends in "linh ho"). A precision text: no record. Not quantities: "còn lại 110
# xã và 25 phường" (the new province's make-up, a size), "giảm 36 đầu mối cấp tỉnh", "tinh giản
# hơn 3.100 cán bộ" (changes against the units and staff before the merger, spec: a result's
# change), "1/7/2025" (a date), "2025 - 2030", "2025 – 2030" (the term), "4.0" (a name), "lần thứ
# I" (an ordinal), "hàng trăm" (no digit). Year 2025.
# --------------------------------------------------------------------------
D10 = dict(name="10_gialai-tinh-gon-dai-hoi-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 11 Đắk Lắk (merged with Phú Yên), the programme "Đắk Lắk số" launching the "Bình dân học vụ số"
# movement (kinhtedothi.vn; cut: the photo caption "Phó Chủ tịch UBND tỉnh Đắk Lắk Hồ Thị Nguyên
# Thảo phát biểu khai mạc chương trình."; the last line "Các lãnh đạo tỉnh Đắk Lắk cùng nhau thực
# hiện nghi thức nhấn nút khởi" kept: it may be the start of a caption or of the body; no byline,
# no stamp). A precision text: no record, no year in the text (year null). Not quantities:
# "Ngày 15/7" (a date), "trực tuyến tới 102 xã, phường" (the reach of the broadcast: the province's
# communes and wards, a size).
# --------------------------------------------------------------------------
D11 = dict(name="11_daklak-binh-dan-hoc-vu-so-2025-precision", kind="result", year=None, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
