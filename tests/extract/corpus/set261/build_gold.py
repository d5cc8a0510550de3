#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set261).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of percentages deliberately left without a record
(standings against a plan, an estimate, a quota or an earlier value: "đạt 112% dự toán", "tăng
15,9% so CK", "giảm 0,09% so với đầu năm"); check_gold.py verifies that every percentage has a
record or a NOT entry.

Each record carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue indicator
it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README). The
set's theme (year-end reviews of districts, towns and communes: budget, output, income, poverty,
health insurance, new-countryside criteria) lies outside the digital-transformation catalogue, so
every id here is null; `iid=None` is the default and is not repeated.

Set261's texts carry no heading naming a pillar: every record's pillar is null (the default).
Money is unit other, unit_text "đồng", the magnitude word multiplied in (spec's decided case);
areas "ha", outputs "tấn", yields "tấn/ha", values per hectare "đồng/ha".

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

DONG = dict(unit="other", unit_text="đồng")
HA = dict(unit="other", unit_text="ha")
TAN = dict(unit="other", unit_text="tấn")
TY, TRIEU = 1e9, 1e6
T26 = dict(kind="target", year=2026)

# --------------------------------------------------------------------------
# 01 Phú Thọ, Bình Nguyên commune's Party committee reviewing 2025 and opening 2026 (baophutho.vn;
# the stamp " date 2026-01-09" written as the first line; nothing cut; the photo caption "Lãnh đạo
# Đảng uỷ xã Bình Nguyên trao Giấy khen ... năm 2025." kept, it holds a year; the excerpt ends in
# "được đ"). Results of 2025 (the review "tổng kết công tác năm 2025"). Target of the headline:
# "phấn đấu tốc độ tăng trưởng đạt trên 10% năm 2026" (>, 2026). Results: "kết nạp được 86 đảng
# viên" (count, as the earlier sets' "kết nạp mới 69 đảng viên"), the two shares of party cells and
# members rated "hoàn thành tốt nhiệm vụ trở lên" ("đạt 100%", "đạt trên 97,6%") each followed by
# "(mục tiêu đại hội là 90%)": the congress's target, a bracket that states a value (spec), kind
# target, `>=` (bare), year 2025 (the end of the congress's term 2020-2025 the commune reviews; a
# judgement); the budget revenue "đạt hơn 541 tỷ đồng" (>), "tỷ lệ hộ nghèo là 0,24%", "BHYT đạt
# 97%", "đạt khoảng 95%" (~), "nước sạch ... đạt 100%". NOT: "đạt 765% so với dự toán" (against
# the estimate), "giảm 0,09% so với đầu năm" (a change), "vượt chỉ tiêu ... 0,04%" (over the quota:
# spec's "vượt chỉ tiêu 6%"), "Hoàn thành 100% chỉ tiêu công tác tuyển quân" (completion of a quota,
# as the earlier sets' majority). Not quantities: "9/1", "30/11/2025", the years.
# --------------------------------------------------------------------------
D01 = dict(name="01_phutho-binhnguyen-tong-ket-xa-2025", kind="result", year=2025, records=[
    R("đạt trên «10% năm 2026", "tốc độ tăng trưởng", ">", 10, **T26),
    R("được «86 đảng viên", "Đảng bộ xã kết nạp đảng viên", "=", 86, **CNT),
    R("lên đạt «100% (mục", "tỷ lệ tổ chức Đảng trực thuộc Đảng bộ xã được đánh giá, xếp loại từ hoàn thành tốt nhiệm "
      "vụ trở lên", "=", 100),
    R("đại hội là «90%); tỷ lệ", "mục tiêu đại hội: tỷ lệ tổ chức Đảng trực thuộc Đảng bộ xã được đánh giá, xếp loại từ "
      "hoàn thành tốt nhiệm vụ trở lên", ">=", 90, **T),
    R("đạt trên «97,6%", "tỷ lệ đảng viên được đánh giá, xếp loại từ hoàn thành tốt nhiệm vụ trở lên", ">", 97.6),
    R("đại hội là «90%).", "mục tiêu đại hội: tỷ lệ đảng viên được đánh giá, xếp loại từ hoàn thành tốt nhiệm vụ trở "
      "lên", ">=", 90, **T),
    R("đạt hơn «541 tỷ", "Thu ngân sách Nhà nước trên địa bàn thực hiện đến 30/11/2025", ">", 541 * TY, **DONG),
    R("hộ nghèo là «0,24%", "tỷ lệ hộ nghèo", "=", 0.24),
    R("BHYT đạt «97%", "tỷ lệ dân số tham gia BHYT", "=", 97),
    R("đạt khoảng «95%", "tỷ lệ thu gom và xử lý chất thải rắn sinh hoạt khu dân cư tập trung", "~", 95),
    R("hợp vệ sinh đạt «100%", "tỷ lệ dân cư được sử dụng nước sạch, hợp vệ sinh", "=", 100),
], NOT=["đạt «765% so", "giảm «0,09% so", "giao «0,04%", "Hoàn thành «100% chỉ tiêu"])

# --------------------------------------------------------------------------
# 02 Phú Thọ, Yên Lạc commune's Party committee reviewing 2025 (baophutho.vn; the stamp " date
# 2026-01-06" written as the first line; nothing cut; the caption "Lãnh đạo Đảng ủy xã Yên Lạc trao
# khen thưởng ... năm 2025 và 5 năm liền 2021-2025." kept, it holds years; the excerpt ends in
# "bảo đảm đ"). Results of 2025. Target of the headline: "phấn đấu thu nhập bình quân đầu người đạt
# trên 90 triệu đồng" (>, year 2026: the conference opens the tasks of 2026 and the 2025 results
# are reported as reached; a judgement). Results: the budget revenue "đạt hơn 279 tỷ đồng", the
# local budget revenue "đạt hơn 329 tỷ đồng" (>), "giải ngân vốn đầu tư công đạt trên 97% kế
# hoạch" (>: the disbursement rate, which is by its nature a share of the plan's capital, as the
# earlier sets' "giải ngân ... đạt tỷ lệ 89,8%", "đạt tỷ lệ giải ngân khoảng 45% dự toán"), "giải
# phóng mặt bằng ... đạt 95% diện tích kế hoạch" (=, the cleared share of the planned area, read as
# the disbursement rate; a judgement), "bảo hiểm y tế đạt 96,3%", "hộ nghèo giảm còn 0,48%". NOT:
# "đạt 112% dự toán", "đạt 203% dự toán" (against the estimate), "hoàn thành 100% chỉ tiêu tuyển
# chọn, gọi công dân nhập ngũ" (completion of a quota). Not quantities: "6/1/2026", "5 năm liền
# 2021-2025" (an award's span).
# --------------------------------------------------------------------------
D02 = dict(name="02_phutho-yenlac-tong-ket-xa-2025", kind="result", year=2025, records=[
    R("đạt trên «90 triệu", "thu nhập bình quân đầu người", ">", 90 * TRIEU, **DONG, **T26),
    R("xã đạt hơn «279 tỷ", "Tổng thu ngân sách Nhà nước trên địa bàn xã", ">", 279 * TY, **DONG),
    R("đạt hơn «329 tỷ", "thu ngân sách địa phương", ">", 329 * TY, **DONG),
    R("đạt trên «97% kế", "giải ngân vốn đầu tư công", ">", 97),
    R("đạt «95% diện tích", "bồi thường, giải phóng mặt bằng diện tích kế hoạch", "=", 95),
    R("y tế đạt «96,3%", "tỷ lệ người dân tham gia bảo hiểm y tế", "=", 96.3),
    R("giảm còn «0,48%", "tỷ lệ hộ nghèo", "=", 0.48),
], NOT=["đạt «112% dự", "đạt «203% dự", "hoàn thành «100% chỉ tiêu"])

# --------------------------------------------------------------------------
# 03 Phú Thọ, Xuân Lãng commune's council at its year-end session (baophutho.vn; the stamp " date
# 2025-12-25" written as the first line; cut: the photo captions "Đồng chí Nguyễn Văn Độ - Bí thư
# ... phát biểu khai mạc hội nghị." and "Quang cảnh Kỳ họp thứ Bảy, HĐND xã Xuân Lãng." with the
# blank line after each; the excerpt ends in "hoạt động "). A precision text: one record. Result of
# 2025: "thu ngân sách xã ước đạt hơn 462 tỷ đồng" (>). NOT: "đạt 557,7% so với dự toán được giao"
# (against the estimate), "100% đại biểu HĐND xã đã biểu quyết thông qua" (the vote of a session's
# members, not an indicator: the participants of an event, spec). Not quantities: "7 nghị quyết",
# "07 Nghị quyết" (documents), "25/12", "năm 2026", "năm 2025".
# --------------------------------------------------------------------------
D03 = dict(name="03_phutho-xuanlang-hdnd-xa-2025-precision", kind="result", year=2025, records=[
    R("đạt hơn «462 tỷ", "thu ngân sách xã", ">", 462 * TY, **DONG),
], NOT=["đạt «557,7% so", "«100% đại biểu"])

# --------------------------------------------------------------------------
# 04 Thanh Hóa, Thanh Quân commune's council at its year-end session (baothanhhoa.vn; the stamp
# " date 2025-12-25" written as the first line, the rest of that line, the page's "Hotline:
# 0822.173.636   |", kept on the second; cut: the byline "Đoàn Lưu (CTV)" and the photo captions
# "Các đại biểu tham dự kỳ họp." and "Bí thư Đảng ủy, Chủ tịch HĐNĐ xã Lê Văn Thuận phát biểu tại
# kỳ họp." with the blank line after each; the excerpt ends in "bình quân đạ"). A precision text:
# one record, the target of 2026 "phấn đấu tăng trưởng tổng giá trị sản phẩm bình quân từ 7,5% trở
# lên" (>=). Not quantities: the hotline "0822.173.636", "khóa XXI", "2021-2026", "Kỳ họp thứ 5",
# "25/12", the years, "22 chỉ tiêu chủ yếu", "đạt 17 chỉ tiêu", "vượt kế hoạch 4 chỉ tiêu", "đề ra 22
# chỉ tiêu" (counts of a plan's indicators, as the earlier sets' majority reads "18/23 chỉ tiêu",
# "24 chỉ tiêu chủ yếu").
# --------------------------------------------------------------------------
D04 = dict(name="04_thanhhoa-thanhquan-hdnd-xa-2026-precision", kind="target", year=2026, records=[
    R("bình quân từ «7,5%", "tăng trưởng tổng giá trị sản phẩm bình quân", ">=", 7.5),
])

# --------------------------------------------------------------------------
# 05 Thanh Hóa, Bỉm Sơn town's council reviewing 2021 (baothanhhoa.vn; the stamp " date 2021-12"
# written as the first line; nothing cut: the caption "Toàn cảnh Kỳ họp thứ III, nhiệm kỳ 2021 –
# 2026, HĐND thị xã Bỉm Sơn" kept, it holds the term; the excerpt ends in "đầy đủ, kị"). Results of
# 2021: "tổng giá trị sản xuất địa bàn đạt trên 29.511 tỷ đồng" (>), "Thu nhập bình quân đầu người
# đạt 68,6 triệu đồng/năm", "thành lập mới 110 doanh nghiệp" (count), "Thu ngân sách nhà nước đạt
# gần 363 tỷ đồng" (~). NOT: "đạt 100,2% kế hoạch" (against the plan), "tăng 15,9% so CK", the
# sectors' "tăng trưởng 18,4% so CK; ... tăng 9,7%; ... tăng 3,4% so CK" and "tăng 34% so CK"
# (changes against the same period: no growth rate named as the indicator, as set117 reads "GRDP
# tỉnh tăng 2,7% so với cùng kỳ"). Not quantities: "22-12", "XII", "2021-2026", "thứ III".
# --------------------------------------------------------------------------
D05 = dict(name="05_thanhhoa-bimson-hdnd-thi-xa-2021", kind="result", year=2021, records=[
    R("đạt trên «29.511 tỷ", "tổng giá trị sản xuất địa bàn", ">", 29511 * TY, **DONG),
    R("người đạt «68,6 triệu", "Thu nhập bình quân đầu người", "=", 68.6 * TRIEU, **DONG),
    R("mới «110 doanh nghiệp", "doanh nghiệp thành lập mới", "=", 110, **CNT),
    R("đạt gần «363 tỷ", "Thu ngân sách nhà nước", "~", 363 * TY, **DONG),
], NOT=["đạt «100,2% kế", "tăng «15,9% so", "trưởng «18,4% so", "tăng «9,7%", "tăng «3,4% so", "tăng «34% so"])

# --------------------------------------------------------------------------
# 06 Hà Tĩnh, Kỳ Anh district's council reviewing 2023 (vietnam.vn; cut: the photo captions "Các
# đại biểu tham dự kỳ họp." and "Chủ tịch HĐND huyện Kỳ Anh Trần Thành Nam khai mạc kỳ họp."; the
# caption "Phó Chủ tịch UBND huyện ... năm 2023, giải pháp năm 2024." kept, it holds years; no
# byline, no stamp; the excerpt ends in "huyện Kỳ Anh đ"). Results of 2023 (the text's "Năm
# 2023"): "tổng giá trị sản phẩm ... ước đạt hơn 8.850 tỷ đồng" (>), "thu nhập bình quân đầu người
# 49,09 triệu đồng/năm", "thu ngân sách trên địa bàn đạt 198 tỷ đồng", "giá trị sản xuất trên trên
# đơn vị diện tích 94,5 triệu đồng/ha" (other, "đồng/ha"), the new-countryside counts "20/20 xã đạt
# chuẩn NTM; 5 xã ... nâng cao; 1 xã ... kiểu mẫu; 118/153 thôn ...; 9/9 tiêu chí" (counts, each
# its own subject, as the earlier sets' "320/411 xã", "19/19 tiêu chí"). NOT: the brackets
# "(107,79% kế hoạch)", "(100% kế hoạch)", "(108,6% kế hoạch)" (against the plan). Not quantities:
# "21/12", "Kỳ họp thứ 11" (twice), the denominators "/20", "/153", "/9", "đô thị loại V" (a class).
# --------------------------------------------------------------------------
D06 = dict(name="06_hatinh-kyanh-hdnd-huyen-2023", kind="result", year=2023, records=[
    R("ước đạt hơn «8.850 tỷ", "tổng giá trị sản phẩm của huyện Kỳ Anh theo giá hiện hành", ">", 8850 * TY, **DONG),
    R("đầu người «49,09 triệu", "thu nhập bình quân đầu người", "=", 49.09 * TRIEU, **DONG),
    R("đạt «198 tỷ", "thu ngân sách trên địa bàn", "=", 198 * TY, **DONG),
    R("diện tích «94,5 triệu", "giá trị sản xuất trên đơn vị diện tích", "=", 94.5 * TRIEU, unit="other",
      unit_text="đồng/ha"),
    R("có «20/20 xã", "xã đạt chuẩn NTM", "=", 20, **CNT),
    R("NTM; «5 xã", "xã đạt chuẩn NTM nâng cao", "=", 5, **CNT),
    R("cao; «1 xã", "xã đạt chuẩn NTM kiểu mẫu", "=", 1, **CNT),
    R("mẫu; «118/153 thôn", "thôn đạt chuẩn khu dân cư NTM kiểu mẫu", "=", 118, **CNT),
    R("mẫu; «9/9 tiêu chí", "tiêu chí đạt chuẩn tiêu chí huyện NTM", "=", 9, **CNT),
], NOT=["(«107,79% kế", "(«100% kế", "(«108,6% kế"])

# --------------------------------------------------------------------------
# 07 Quảng Nam, Đại Lộc district's council reviewing 2023 (baoquangnam.vn; the stamp " date
# 2023-12" written as the first line; cut: the photo captions "Ông Nguyễn Công Thanh - Phó Chủ tịch
# HĐND tỉnh phát biểu tại kỳ họp." and "Quang cảnh kỳ họp" with the blank line after each; the
# caption "Kỳ họp lấy phiếu tín nhiệm ... nhiệm kỳ 2021 - 2026. Ảnh: N.D" kept, it holds the term;
# the excerpt ends in "biểu quyết th"). Results of 2023: "tổng giá trị sản xuất ước đạt hơn 14.855
# tỷ đồng", "Giá trị sản xuất công nghiệp phần huyện quản lý ước đạt hơn 7.044 tỷ đồng" (>), "thu
# hút được 10 dự án đầu tư vào các cụm công nghiệp" (count), "Tổng thu ngân sách nhà nước trên địa
# bàn ước thực hiện năm 2023 là 1.138 tỷ đồng" (=). NOT: "tăng 5,1% so với năm 2022", "tăng 3,83%
# so với năm trước" (changes), "đạt 94,15% so với kế hoạch", "đạt 140% so với dự toán tỉnh giao,
# 118% so với dự toán huyện giao" (against the plan and the estimates). Not quantities: "19/12",
# "20/12", "XII", "2021 - 2026" (three times), "kỳ họp thứ 15".
# --------------------------------------------------------------------------
D07 = dict(name="07_quangnam-dailoc-hdnd-huyen-2023", kind="result", year=2023, records=[
    R("ước đạt hơn «14.855 tỷ", "tổng giá trị sản xuất", ">", 14855 * TY, **DONG),
    R("ước đạt hơn «7.044 tỷ", "Giá trị sản xuất công nghiệp phần huyện quản lý", ">", 7044 * TY, **DONG),
    R("được «10 dự án", "dự án đầu tư vào các cụm công nghiệp trên địa bàn huyện thu hút được", "=", 10, **CNT),
    R("là «1.138 tỷ", "Tổng thu ngân sách nhà nước trên địa bàn ước thực hiện năm 2023", "=", 1138 * TY, **DONG),
], NOT=["tăng «5,1% so", "đạt «94,15% so", "tăng «3,83% so", "đạt «140% so", "«118% so"])

# --------------------------------------------------------------------------
# 08 Quảng Nam, Núi Thành district's aims for 2025 (baoquangnam.vn; the stamp " date 2025-02"
# written as the first line, the rest of that line (the section "Kinh tế", the headline and the
# lead) on the second; cut: the photo caption "Doanh nghiệp Hàn Quốc tham quan ... Ảnh: QUANG
# VIỆT" with the blank line after it; the excerpt ends in "lần thứ X"). A precision text: one
# record, the headline's target "đặt mục tiêu thu ngân sách năm 2025 hơn 14.637 tỷ đồng" (>, 2025).
# Not quantities: "lần thứ XXII", "2020 - 2025", "đô thị loại IV" (a class), "50 năm", "60 năm"
# (anniversaries), "24/3/1975 - 24/3/2025", "26/5/1965 - 26/5/2025" (dates), "năm 2025".
# --------------------------------------------------------------------------
D08 = dict(name="08_quangnam-nuithanh-muc-tieu-2025-precision", kind="target", year=2025, records=[
    R("năm 2025 hơn «14.637 tỷ", "thu ngân sách", ">", 14637 * TY, **DONG),
])

# --------------------------------------------------------------------------
# 09 Quảng Nam, Điện Hồng commune (Điện Bàn town) reviewing its farming year 2022 (dienban.gov.vn;
# cut: the byline "Tác giả: Thúy Liễu .Ngày đăng: 30/11/2022 .Lượt xem: 218 lượt.", its date
# written as the first line `date 2022-11-30`; the line of spaces kept; the excerpt ends in "dịch
# b"). Results of 2022: "tổng giá trị sản xuất ước đạt 184,8 tỷ đồng", "Tổng diện tích gieo trồng
# hàng năm 2.352,5 ha", "Tổng diện tích cây lương thực có hạt 1.694 ha", "tổng sản lượng 9.663
# tấn", "sản lượng lúa cả năm là 9.958 tấn", "tổng diện tích ngô cả năm 310 ha", "sản lượng ngô
# 1,705 tấn" (1.705: the decimal comma read as the spec says, though the page very likely meant
# 1.705 tấn = 1705; the gold follows the text as written, noted). NOT: "đạt 103,4% so với KH năm",
# "đạt 95,28 % KH năm", "94,53%", "94,26%", "103,33%", "95,79% KH năm" (against the plan), "đạt
# 98,55% so với năm 2021" (against an earlier value). Not quantities: "29/11/2022", "13 thôn", "02
# HTX" (the participants of the meeting, spec), "Tổ dịch vụ Nông nghiệp 3" (a name), the years.
# --------------------------------------------------------------------------
D09 = dict(name="09_quangnam-dienhong-nong-nghiep-xa-2022", kind="result", year=2022, records=[
    R("ước đạt «184,8 tỷ", "ngành nông nghiệp xã Điện Hồng tổng giá trị sản xuất", "=", 184.8 * TY, **DONG),
    R("hàng năm «2.352,5 ha", "Tổng diện tích gieo trồng hàng năm", "=", 2352.5, **HA),
    R("có hạt «1.694 ha", "Tổng diện tích cây lương thực có hạt", "=", 1694, **HA),
    R("sản lượng «9.663 tấn", "tổng sản lượng cây lương thực có hạt", "=", 9663, **TAN),
    R("năm là «9.958 tấn", "sản lượng lúa cả năm", "=", 9958, **TAN),
    R("cả năm «310 ha", "tổng diện tích ngô cả năm", "=", 310, **HA),
    R("lượng ngô «1,705 tấn", "sản lượng ngô", "=", 1.705, **TAN,
      note="'1,705 tấn': decimal comma read as the spec says; the page likely meant 1.705 (1705)"),
], NOT=["đạt «103,4% so", "đạt «95,28 % KH", "đạt «94,53% KH", "đạt «94,26% KH", "đạt «103,33% KH",
        "đạt «98,55% so", "đạt «95,79% KH"])

# --------------------------------------------------------------------------
# 10 Gia Lai, Chư Păh district's conference reviewing 2023 (baogialai.com.vn; nothing cut; no
# byline, no stamp; the excerpt ends in "nâng ca"). Results of 2023 (the text's "năm 2023"):
# "Tốc độ tăng trưởng giá trị sản xuất đạt 11,01%" (=: the growth rate is the indicator, as set117
# reads "Tốc độ tăng trưởng khu vực công nghiệp – xây dựng tăng 4,7%"), "Tổng giá trị sản xuất
# 8.185 tỷ đồng", "gieo trồng được 26.936,4 ha", "Thu ngân sách nhà nước trên địa bàn ước đạt
# 106,811 tỷ đồng" (106.811e9), "Thu nhập bình quân đầu người ước đạt 50,5 triệu đồng/năm", "Tỷ lệ
# hộ nghèo ... giảm còn 7,16%, hộ cận nghèo còn 16,96%". NOT: "tăng 0,26% so với năm 2022", the
# second "tăng 11,01% so với năm 2022", "tăng 0,56% so với cùng kỳ", "tăng 143,15%", "tăng 6,31%"
# (changes), "đạt 100,01% kế hoạch", "đạt 99,6% so với kế hoạch huyện", "đạt 108,64% kế hoạch",
# "đạt 101% kế hoạch" (against the plan). Not quantities: "năm 2024", "2021- 2025".
# --------------------------------------------------------------------------
D10 = dict(name="10_gialai-chupah-tong-ket-huyen-2023", kind="result", year=2023, records=[
    R("sản xuất đạt «11,01%", "Tốc độ tăng trưởng giá trị sản xuất", "=", 11.01),
    R("sản xuất «8.185 tỷ", "Tổng giá trị sản xuất", "=", 8185 * TY, **DONG),
    R("trồng được «26.936,4 ha", "Toàn huyện gieo trồng cây trồng các loại", "=", 26936.4, **HA),
    R("ước đạt «106,811 tỷ", "Thu ngân sách nhà nước trên địa bàn", "=", 106.811 * TY, **DONG),
    R("ước đạt «50,5 triệu", "Thu nhập bình quân đầu người", "=", 50.5 * TRIEU, **DONG),
    R("giảm còn «7,16%", "Tỷ lệ hộ nghèo toàn huyện", "=", 7.16),
    R("cận nghèo còn «16,96%", "hộ cận nghèo", "=", 16.96),
], NOT=["tăng «0,26% so", "đạt «100,01% kế", "tăng «11,01% so", "đạt «99,6% so", "tăng «0,56% so",
        "đạt «108,64% kế", "tăng «143,15% so", "đạt «101% kế", "tăng «6,31% so"])

# --------------------------------------------------------------------------
# 11 Bà Rịa - Vũng Tàu, Châu Đức district assigning its targets for 2025 (baobariavungtau.com.vn;
# the stamp " date 2024-12" written as the first line; nothing cut: the photo caption "Huyện Châu
# Đức phấn đấu đưa giá trị sản xuất nông nghiệp năm 2025 đạt 3.563 tỷ đồng. Trong ảnh: ..." kept,
# it states a figure; the excerpt ends in "thực h"). Targets of 2025: the caption's and the body's
# "giá trị sản xuất nông nghiệp đạt 3.563 tỷ đồng" (two records, one per statement, `>=`); "tăng
# 4,18% so với cùng kỳ", "tăng 6,57%", "tăng 8,61%", "tăng 20,35% so với dự toán năm 2024" (targets
# stated as changes: quantities, `>=`, spec); "đạt 6.605 tỷ đồng", "đạt 10.930 tỷ đồng" (>=); "Thu
# ngân sách gần 667 tỷ đồng", "Dự kiến nguồn vốn đầu tư công ... gần 717 tỷ đồng" (~); "tỷ lệ bao
# phủ bảo hiểm y tế đạt 95,5%"; "Giải quyết việc làm cho 6.500 lao động, tạo việc làm tăng thêm
# 1.800 lao động" (counts, >=). Not quantities: "17/12", "năm 2025", "năm 2024".
# --------------------------------------------------------------------------
D11 = dict(name="11_bariavungtau-chauduc-giao-chi-tieu-2025", kind="target", year=2025, records=[
    R("năm 2025 đạt «3.563 tỷ", "giá trị sản xuất nông nghiệp năm 2025", ">=", 3563 * TY, **DONG),
    R("nghiệp đạt «3.563 tỷ đồng, tăng", "giá trị sản xuất nông nghiệp", ">=", 3563 * TY, **DONG),
    R("tăng «4,18% so", "giá trị sản xuất nông nghiệp tăng so với cùng kỳ", ">=", 4.18),
    R("nghiệp đạt «6.605 tỷ", "Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp", ">=", 6605 * TY, **DONG),
    R("tăng «6,57% so", "Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp tăng so với cùng kỳ", ">=", 6.57),
    R("vụ đạt «10.930 tỷ", "Doanh thu thương mại, dịch vụ", ">=", 10930 * TY, **DONG),
    R("tăng «8,61% so", "Doanh thu thương mại, dịch vụ tăng so với cùng kỳ", ">=", 8.61),
    R("sách gần «667 tỷ", "Thu ngân sách", "~", 667 * TY, **DONG),
    R("tăng «20,35% so", "Thu ngân sách tăng so với dự toán năm 2024", ">=", 20.35),
    R("tư gần «717 tỷ", "nguồn vốn đầu tư công các dự án do UBND tỉnh và huyện quyết định đầu tư", "~", 717 * TY,
      **DONG),
    R("y tế đạt «95,5%", "tỷ lệ bao phủ bảo hiểm y tế", ">=", 95.5),
    R("cho «6.500 lao động", "Giải quyết việc làm cho lao động", ">=", 6500, **CNT),
    R("thêm «1.800 lao động", "tạo việc làm tăng thêm lao động", ">=", 1800, **CNT),
])

# --------------------------------------------------------------------------
# 12 Bà Rịa - Vũng Tàu, Long Điền district assigning its targets for 2025 (baobariavungtau.com.vn;
# no stamp; cut: the photo caption "Du khách vui chơi, nghỉ dưỡng tại Long Hai Channel Beach
# Resort, TT.Long Hải." with the blank line after it, and the byline "Tin ảnh: DIỄM QUỲNH" with the
# blank line before it; the excerpt ends with the byline). Targets of 2025 (the text's "Năm 2025"):
# "doanh thu thương mại tăng 5,7% so với năm 2024", "doanh thu dịch vụ, lưu trú tăng 13,5%", "giá
# trị sản xuất công nghiệp-tiểu thủ công nghiệp địa phương tăng 10% so với cùng kỳ" (targets stated
# as changes, `>=`), "thu ngân sách ... hơn 607 tỷ đồng" (>), "tỷ lệ hộ nghèo còn lại 0,16%" (a
# bare target number, `>=` as the spec reads it and as set-earlier "năm 2023 còn 7,34%"), "tỷ lệ
# dân số tham gia BHYT trên 94%" (>), "hoàn thành công tác giao quân đạt 100% chỉ tiêu ở cả 2 cấp"
# (a target, `>=`, as the earlier set's target "hoàn thành 100% chỉ tiêu giao quân"; scope null:
# one value for both levels, spec). Not quantities: "23/12", "29 chỉ tiêu" (a count of a plan's
# indicators), "2 cấp" (part of the subject), the years.
# --------------------------------------------------------------------------
D12 = dict(name="12_bariavungtau-longdien-giao-chi-tieu-2025", kind="target", year=2025, records=[
    R("mại tăng «5,7% so", "doanh thu thương mại tăng so với năm 2024", ">=", 5.7),
    R("trú tăng «13,5% so", "doanh thu dịch vụ, lưu trú tăng so với năm 2024", ">=", 13.5),
    R("tăng «10% so", "giá trị sản xuất công nghiệp-tiểu thủ công nghiệp địa phương tăng so với cùng kỳ", ">=", 10),
    R("huyện hơn «607 tỷ", "thu ngân sách Nhà nước trên địa bàn huyện", ">", 607 * TY, **DONG),
    R("còn lại «0,16%", "tỷ lệ hộ nghèo còn lại", ">=", 0.16),
    R("BHYT trên «94%", "tỷ lệ dân số tham gia BHYT", ">", 94),
    R("đạt «100% chỉ tiêu", "hoàn thành công tác giao quân chỉ tiêu ở cả 2 cấp", ">=", 100),
])

# --------------------------------------------------------------------------
# 13 An Giang, Đào Hữu Cảnh commune's council at its year-end session of 2024
# (daohuucanh.chauphu.angiang.gov.vn; nothing cut; no byline, no stamp; the excerpt ends in "được
# giữ vững"). Results of 2024: "tổng sản lượng lương thực là 71,37tấn/ha" (other, "tấn/ha" as
# written, the page's own unit), "thu nhập bình quân đầu người đạt 65,4 triệu đồng/người/năm",
# "tỷ lệ hộ nghèo giảm còn 1,82%", "xã tự đánh giá đạt 12/19 tiêu chí, số chỉ tiêu đạt 44/57"
# (two counts, as the earlier sets' "19/19 tiêu chí và 35/35 chỉ tiêu"). NOT: "đạt 107% so với kế
# hoạch, đạt 106% so với Nghị quyết", "đạt 104,6% so với dự toán" (against the plan and the
# estimate). Not quantities: "26/12/2024", "khóa IX", "2021 - 2026", "lần thứ mười một" (no
# digit), the denominators "/19", "/57".
# --------------------------------------------------------------------------
D13 = dict(name="13_angiang-daohuucanh-hdnd-xa-2024", kind="result", year=2024, records=[
    R("thực là «71,37tấn/ha", "tổng sản lượng lương thực", "=", 71.37, unit="other", unit_text="tấn/ha"),
    R("đạt «65,4 triệu", "thu nhập bình quân đầu người", "=", 65.4 * TRIEU, **DONG),
    R("giảm còn «1,82%", "tỷ lệ hộ nghèo", "=", 1.82),
    R("đạt «12/19 tiêu chí", "xã tự đánh giá đạt tiêu chí nông thôn mới", "=", 12, **CNT),
    R("đạt «44/57", "số chỉ tiêu nông thôn mới đạt", "=", 44, **CNT),
], NOT=["đạt «107% so", "đạt «106% so", "đạt «104,6% so"])

# --------------------------------------------------------------------------
# 14 An Giang, Phú Bình commune's Party congress adopting its targets for the term 2020-2025
# (baoangiang.com.vn; cut: the byline "MỸ HẠNH" and the excerpt's opening blank line; no stamp;
# the page's year is not in the text: the targets' year 2025 comes from "đến năm 2025" and the term
# "2020-2025"). Targets (bare or "đạt": `>=`): "bình quân thu nhập đầu người đến năm 2025 đạt 70
# triệu đồng/người/năm", "chuyển đổi cơ cấu cây trồng đạt 20% trên tổng diện tích", "tỷ lệ tham
# gia bảo hiểm y tế toàn dân đạt 100%", "xây dựng tổ chức mặt trận và các đoàn thể vững mạnh đạt
# 100%". Not quantities: "16 chỉ tiêu" (a count of a plan's indicators), "2020-2025", "cuối năm
# 2020" (dates).
# --------------------------------------------------------------------------
D14 = dict(name="14_angiang-phubinh-dai-hoi-xa-2020-2025", kind="target", year=2025, records=[
    R("năm 2025 đạt «70 triệu", "bình quân thu nhập đầu người", ">=", 70 * TRIEU, **DONG),
    R("trồng đạt «20% trên", "chuyển đổi cơ cấu cây trồng trên tổng diện tích", ">=", 20),
    R("toàn dân đạt «100%", "tỷ lệ tham gia bảo hiểm y tế toàn dân", ">=", 100),
    R("vững mạnh đạt «100%", "xây dựng tổ chức mặt trận và các đoàn thể vững mạnh", ">=", 100),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
