#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set270).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of percentages deliberately left without a record (a
result's change against an earlier value, "tăng 13,18% so với cùng kỳ"; completion against a plan,
"đạt 69,52% kế hoạch năm"); check_gold.py verifies that every percentage has a record or a NOT entry.

Each record carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: the catalogue lists digital-transformation indicators only,
and none of this set's industrial quantities (industrial output, parks and clusters, craft
villages, supporting industry, trade) is one of them, so every id is null (see README).

The set's theme is industry: amounts of money are unit other with unit_text as written ("đồng",
"USD", "đô la Mỹ"), the magnitude word multiplied in; other physical amounts carry their unit
("tấn", "ha", "KWh", "m3", "đồng/người/tháng"); pieces of things ("cái", "viên") are counts.

Run:  python3 build_gold.py && python3 check_gold.py
"""
import functools
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, CNT, T  # noqa: E402


def amount(unit_text):
    """unit other with the unit as written at the number."""
    return dict(unit="other", unit_text=unit_text)


DONG = amount("đồng")
USD = amount("USD")
DLM = amount("đô la Mỹ")
HA = amount("ha")
WAGE = amount("đồng/người/tháng")
TY = 1e9
TRIEU = 1e6
TG = functools.partial(R, kind="target")  # a target in a document whose default kind is result

# --------------------------------------------------------------------------
# 01 Phú Yên, the province's plan implementing the national programme for preserving and developing
# craft villages 2021-2030 (langngheviet.com.vn; cut: the photo caption "Làng đan lát Vinh Ba ở xã
# Hòa Đồng, huyện Tây Hòa, Phú Yên"; no byline, no stamp; the excerpt ends in "vào các cửa").
# Targets, two lists: "Giai đoạn 2021-2025: ..." (year 2025, the period's end) and "Giai đoạn
# 2026-2030: ..." (year 2030). Each list: new craft villages recognised, villages restored, the share
# of trained workers (a bare number in a target, >=), "ít nhất N sản phẩm" (>=), villages building a
# brand (bare, >=), the workers' average income "đạt khoảng 07 triệu đồng/người/tháng" (~: the
# bound word next to the number; unit other "đồng/người/tháng", 7e6). "cho 10 làng nghề" (the
# villages restored): a count like the others. Not quantities: "2021-2030", "2021-2025",
# "2026-2030" (periods), "123/2014/NĐ-CP", "25/12/2014" (a decree and its date). Pillar null.
# --------------------------------------------------------------------------
D01 = dict(name="01_phuyen-lang-nghe-ke-hoach-2021-2030", kind="target", year=2025, records=[
    R("2021-2025: phấn đấu công nhận mới «10 làng", "làng nghề được công nhận mới", ">=", 10, **CNT),
    R("thất truyền cho «10 làng nghề; nâng tỷ lệ lao động trong làng nghề được đào tạo nghề 40%",
      "làng nghề có nguy cơ mai một thất truyền được khôi phục, bảo tồn", ">=", 10, **CNT),
    R("đào tạo nghề «40%", "tỷ lệ lao động trong làng nghề được đào tạo nghề", ">=", 40),
    R("ít nhất «12 sản phẩm", "sản phẩm làng nghề tham gia Chương trình OCOP và được gắn sao", ">=", 12, **CNT),
    R("gắn sao; «05 làng", "làng nghề xây dựng thương hiệu", ">=", 5, **CNT),
    R("khoảng «07 triệu", "thu nhập bình quân của lao động", "~", 7 * TRIEU, **WAGE),
    R("2026-2030: phấn đấu công nhận mới «05 làng", "làng nghề được công nhận mới", ">=", 5, **CNT, year=2030),
    R("thất truyền cho «10 làng nghề; nâng tỷ lệ lao động trong làng nghề được đào tạo nghề 50%",
      "làng nghề có nguy cơ mai một thất truyền được khôi phục, bảo tồn", ">=", 10, **CNT, year=2030),
    R("đào tạo nghề «50%", "tỷ lệ lao động trong làng nghề được đào tạo nghề", ">=", 50, year=2030),
    R("ít nhất «15 sản phẩm", "sản phẩm làng nghề tham gia Chương trình OCOP và được gắn sao", ">=", 15, **CNT,
      year=2030),
    R("gắn sao; «03 làng", "làng nghề xây dựng thương hiệu", ">=", 3, **CNT, year=2030),
    R("khoảng «09 triệu", "thu nhập bình quân của lao động", "~", 9 * TRIEU, **WAGE, year=2030),
])

# --------------------------------------------------------------------------
# 02 Đồng Tháp, the province's plan for preserving and developing craft villages 2021-2030, October
# 2022 (baodongthap.vn; cut: the byline "Cập nhật ngày: 21/10/2022 05:36:48", written as the first
# line `date 2022-10-21`, and the photo caption "Làng nghề đóng xuồng ghe Bà Đài (xã Long Hậu,
# huyện Lai Vung)" with one blank line after it; the excerpt ends in "đẩy mạnh vi"). Targets "phấn
# đấu đến năm 2025": year 2025. "công nhận mới 4 làng nghề (làng nghề hoa giấy huyện Lai Vung, 2 làng
# nghề đan lục bình huyện Cao Lãnh, 1 làng nghề khô trâu huyện Tân Hồng)": the total and the two
# numbered parts of its breakdown, one record per number (spec's breakdown rule), scope null, the
# district as `place`; "1 nghề truyền thống" and "2 làng nghề ... gắn với du lịch" counts; "trên
# 70%" (>), "ít nhất 20%", "ít nhất 30%" (>=). Not quantities: "2021 - 2030" (a period), the
# stamp. Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_dongthap-lang-nghe-chi-tieu-2025", kind="target", year=2025, records=[
    R("bảo tồn «16 làng", "làng nghề, làng nghề truyền thống có nguy cơ mai một, thất truyền được bảo tồn",
      ">=", 16, **CNT),
    R("công nhận mới «4 làng", "làng nghề được công nhận mới", ">=", 4, **CNT),
    R("Vung, «2 làng nghề đan", "làng nghề đan lục bình được công nhận mới", ">=", 2, **CNT, place="Cao Lãnh"),
    R("Lãnh, «1 làng nghề khô", "làng nghề khô trâu được công nhận mới", ">=", 1, **CNT, place="Tân Hồng"),
    R("và «1 nghề truyền thống", "nghề truyền thống được công nhận mới", ">=", 1, **CNT),
    R("phát triển «2 làng", "làng nghề, làng nghề truyền thống phát triển gắn với du lịch", ">=", 2, **CNT),
    R("trên «70% làng", "làng nghề, làng nghề truyền thống hoạt động có hiệu quả", ">", 70),
    R("ít nhất «20% làng", "làng nghề, làng nghề truyền thống có sản phẩm được phân hạng theo Chương trình "
      "mỗi xã một sản phẩm (OCOP)", ">=", 20),
    R("ít nhất «30% số", "số làng nghề có sản phẩm được bảo hộ quyền sở hữu công nghiệp", ">=", 30),
])

# --------------------------------------------------------------------------
# 03 Nghệ An, the province's programme for supporting industry to 2025 (tapchicongthuong.vn, a video
# page; cut: the byline "Thy Thảo - Nguyên Hà" and the link "Video khác"; no date in the text).
# Targets: the headline's budget "dành 32,8 tỷ đồng để phát triển lĩnh vực công nghiệp hỗ trợ" (a
# plan's money, spec's decided case: unit other "đồng"; a bare number in a target, >=; year 2025,
# the programme's end); "tăng bình quân 9-10%/năm" (between, a target stated as a change), "đến năm
# 2025 chiếm 10-12%" (between), "đến năm 2020 chiếm 20%" (>=, year 2020 as written). Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_nghean-cong-nghiep-ho-tro-muc-tieu-2025", kind="target", year=2025, records=[
    R("dành «32,8 tỷ", "Nghệ An dành để phát triển lĩnh vực công nghiệp hỗ trợ", ">=", 32.8 * TY, **DONG),
    R("bình quân «9-10%", "giá trị sản xuất công nghiệp hỗ trợ tăng bình quân", "between", 9, value_max=10),
    R("chiếm «10-12%", "giá trị sản xuất công nghiệp hỗ trợ chiếm giá trị toàn ngành công nghiệp", "between", 10,
      value_max=12),
    R("chiếm «20%", "công nghiệp hỗ trợ chiếm giá trị xuất khẩu sản phẩm công nghiệp", ">=", 20, year=2020),
])

# --------------------------------------------------------------------------
# 04 Gia Lai, industrial output of January 2023 by branch (baogialai.com.vn; the stamp " date 2023-02"
# written as the first line; cut: the byline "V.T"; the excerpt opens mid-article, "Trong đó, ...").
# Year 2023. Results: the processing and manufacturing industry's share "hơn 66% tổng giá trị sản
# xuất công nghiệp" (>) and its value "ước đạt hơn 2.971 tỷ đồng" (>: the bound word next to the
# number), the electricity, mining and water branches' "ước đạt hơn ..." (>). NOT: each branch's
# "đạt 15,25% kế hoạch", "đạt 12,49% so với kế hoạch" ... (completion against the plan) and "tăng
# 18,58% so với cùng kỳ" ... (a result's change). Targets: "mục tiêu giá trị sản xuất ngành công
# nghiệp chế biến, chế tạo ước đạt 19.483 tỷ đồng (tăng 12,3% so với năm 2022)": two, the value
# (>=: "đạt" in a target) and the bracket's growth (a target stated as a change, >=). Not a quantity:
# "năm 2022" (a date). Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_gialai-che-bien-che-tao-gia-tri-2023", kind="result", year=2023, records=[
    R("với hơn «66%", "công nghiệp chế biến, chế tạo chiếm tỷ trọng tổng giá trị sản xuất công nghiệp toàn tỉnh",
      ">", 66),
    R("đạt hơn «2.971 tỷ", "giá trị công nghiệp chế biến, chế tạo", ">", 2971 * TY, **DONG),
    R("đạt hơn «1.473 tỷ", "giá trị công nghiệp sản xuất và phân phối điện, khí đốt", ">", 1473 * TY, **DONG),
    R("đạt hơn «32,5 tỷ", "giá trị công nghiệp khai khoáng", ">", 32.5 * TY, **DONG),
    R("đạt hơn «21 tỷ", "giá trị cung cấp nước, quản lý và xử lý rác thải, nước thải", ">", 21 * TY, **DONG),
    TG("đạt «19.483 tỷ", "giá trị sản xuất ngành công nghiệp chế biến, chế tạo", ">=", 19483 * TY, **DONG),
    TG("(tăng «12,3%", "giá trị sản xuất ngành công nghiệp chế biến, chế tạo tăng so với năm 2022", ">=", 12.3),
], NOT=["(đạt «15,25%", "tăng «18,58%", "(đạt «12,49%", "tăng «5,83%", "(đạt «14,14%", "tăng «14,4%",
        "(đạt «19,83%", "tăng «4,91%"])

# --------------------------------------------------------------------------
# 05 Thái Nguyên, industrial production in 2023 and the 2021-2025 growth target (thainguyentv.vn;
# cut: the photo caption "Các đơn vị, doanh nghiệp đang tích cực đẩy mạnh các hoạt động sản xuất và
# kinh doanh."; no byline, no stamp; the excerpt opens mid-article). Targets: the headline "Sản xuất
# công nghiệp phấn đấu tăng bình quân 9%/năm trở lên" and the closing "mục tiêu tăng bình quân 9%
# 1năm trở lên của ngành Công nghiệp trong giai đoạn 2021-2025" (>=, year 2025, a target stated as a
# change; each a record where it stands, as the earlier sets record a headline restating a value).
# Results of 2022: "giá trị sản xuất công nghiệp năm 2022 đạt trên 78 nghìn tỷ đồng" (>, 78e12: both
# magnitude words multiply) "(chiếm tỷ trọng 8,35%)" (=). Not quantities: "gấp 1,38 lần so với năm
# 2020" (a change against an earlier value), "8 tháng năm 2023" (a period). NOT: "tăng 4,01% so với
# cùng kỳ" (a change). Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_thainguyen-san-xuat-cong-nghiep-9-phan-tram-2023", kind="target", year=2025, records=[
    R("bình quân «9%/năm", "sản xuất công nghiệp tăng bình quân", ">=", 9),
    R("đạt trên «78 nghìn", "giá trị sản xuất công nghiệp khu vực kinh tế trong nước", ">", 78e12, **DONG,
      kind="result", year=2022),
    R("trọng «8,35%", "tỷ trọng giá trị sản xuất công nghiệp khu vực kinh tế trong nước", "=", 8.35,
      kind="result", year=2022),
    R("bình quân «9% 1năm", "ngành Công nghiệp tăng bình quân", ">=", 9),
], NOT=["tăng «4,01%"])

# --------------------------------------------------------------------------
# 06 Bà Rịa - Vũng Tàu, the industry and trade sector's 2024 review, January 2025
# (baobariavungtau.com.vn; the stamp " date 2025-01" written as the first line; cut: the photo
# captions "Lãnh đạo tỉnh và Sở Công thương trao Giấy chứng nhận ..." and "Ông Nguyễn Công Vinh, Phó
# Chủ tịch UBND tỉnh phát biểu tại hội nghị." with the blank lines after them; the excerpt ends in
# "xăng dầu, khí"). Year 2024 (the results of "năm 2024"). Results: industrial output excluding
# crude oil and gas "gần 430.400 tỷ đồng" (~), retail sales "hơn 75.200 tỷ đồng", exports "hơn 5,3 tỷ
# USD", imports "hơn 6,56 tỷ USD" (>). Targets: each bracket "(kế hoạch đầu năm 10,11%)", "(kế
# hoạch năm 11,31%)", "(kế hoạch năm 3,28%)", "(kế hoạch năm 3,05%)" states the year's planned
# growth of the same subject (a bracket that states a value is a quantity; a target stated as a
# change; bare, >=; year 2024). NOT: "tăng 13,18% so với cùng kỳ" ... (a result's change). Not
# quantities: "4 chỉ tiêu" (a count of indicators, as the spec's counts of tasks), "3/1" (a date).
# Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_bariavungtau-chi-tieu-cong-thuong-2024", kind="result", year=2024, records=[
    R("đạt gần «430.400 tỷ", "giá trị sản xuất công nghiệp trừ dầu thô và khí đốt", "~", 430400 * TY, **DONG),
    TG("kế hoạch đầu năm «10,11%", "giá trị sản xuất công nghiệp trừ dầu thô và khí đốt tăng", ">=", 10.11),
    R("đạt hơn «75.200 tỷ", "tổng mức bán lẻ hàng hóa", ">", 75200 * TY, **DONG),
    TG("kế hoạch năm «11,31%", "tổng mức bán lẻ hàng hóa tăng", ">=", 11.31),
    R("đạt hơn «5,3 tỷ", "kim ngạch xuất khẩu trừ dầu thô", ">", 5.3 * TY, **USD),
    TG("kế hoạch năm «3,28%", "kim ngạch xuất khẩu trừ dầu thô tăng", ">=", 3.28),
    R("đạt hơn «6,56 tỷ", "kim ngạch nhập khẩu", ">", 6.56 * TY, **USD),
    TG("kế hoạch năm «3,05%", "kim ngạch nhập khẩu tăng", ">=", 3.05),
], NOT=["tăng «13,18%", "tăng «12,94%", "tăng «12,41%", "tăng «7,72%"])

# --------------------------------------------------------------------------
# 07 Lâm Đồng, Đạ Huoai district's industrial and handicraft output so far in 2022
# (admin.baolamdong.vn; cut: the byline "Cập nhật lúc 06:09, Thứ Tư, 10/08/2022 (GMT+7)", written
# as the first line `date 2022-08-10`, the byline "THANH HỒNG" and the stray line ","; the lines of
# one space between paragraphs kept). Year 2022. Results: the headline "ước đạt gần 500 tỷ đồng" (~)
# and the body's "ước đạt 493 tỷ đồng" (=, each a record where it stands); the products: "nhân hạt
# điều đạt 685 tấn" (other "tấn"), "giỏ tre ước đạt 1.682.000 cái", "giỏ mỹ nghệ đạt 257.000 cái",
# "gạch tuy nen đạt 20,9 triệu viên" (counts: pieces of things), "điện sản xuất 139 triệu KWh"
# (other "KWh", no verb: a result's bare value, =), "phân phối nước đạt 556.000 m3" (other "m3").
# NOT: "tăng 11,7% so với cùng kỳ" (a change). Not quantities: "2022 - 2025" (a period). Place:
# none (the district is the document's own subject). Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_lamdong-dahuoai-tieu-thu-cong-nghiep-2022", kind="result", year=2022, records=[
    R("đạt gần «500 tỷ", "giá trị sản xuất công nghiệp", "~", 500 * TY, **DONG),
    R("đạt «493 tỷ", "tổng giá trị sản xuất công nghiệp và tiểu thủ công nghiệp toàn huyện (theo giá thực tế)",
      "=", 493 * TY, **DONG),
    R("đạt «685 tấn", "nhân hạt điều đạt", "=", 685, **amount("tấn")),
    R("đạt «1.682.000 cái", "giỏ tre sản xuất", "=", 1682000, **CNT),
    R("đạt «257.000 cái", "giỏ mỹ nghệ sản xuất", "=", 257000, **CNT),
    R("đạt «20,9 triệu viên", "gạch tuy nen sản xuất", "=", 20.9 * TRIEU, **CNT),
    R("sản xuất «139 triệu KWh", "điện sản xuất", "=", 139 * TRIEU, **amount("KWh")),
    R("đạt «556.000 m3", "phân phối nước", "=", 556000, **amount("m3")),
], NOT=["tăng «11,7%"])

# --------------------------------------------------------------------------
# 08 Bình Định, the province's industrial clusters (baobinhdinh.vn; cut: the byline "GIA KHƯƠNG";
# no date in the text or the excerpt, "đến nay": year null). Results: the headline "43 cụm công
# nghiệp thu hút vốn đăng ký 7.770 tỷ đồng" (two, each a record where it stands, as the body repeats
# them); "49 cụm công nghiệp (CCN) được lập quy hoạch chi tiết, với tổng diện tích 1.418 ha" (count;
# other "ha": the clusters' planned area, a judgement: the theme's own indicator of land for
# clusters, not the size of the document's unit); "43 CCN đã đầu tư hạ tầng ... với tỷ lệ lấp đầy
# bình quân gần 60%" (count; ~); "327 dự án" (count), "tổng vốn 7.770 tỷ đồng, vốn thực hiện 3.705
# tỷ đồng (đạt 47,7%)" (the bracket: the capital disbursed as a share of the capital registered, a
# share with its denominator named in the sentence, as the spec's "so với tổng số", not completion
# against a plan; =), "hơn 17.315 lao động" (>), "mức lương bình quân từ 4 - 5,4 triệu
# đồng/người/tháng" (between 4e6 and 5.4e6, other "đồng/người/tháng"). Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_binhdinh-cum-cong-nghiep-lap-day", kind="result", year=None, records=[
    R("«43 cụm công nghiệp thu hút", "cụm công nghiệp thu hút vốn đăng ký", "=", 43, **CNT),
    R("đăng ký «7.770 tỷ", "vốn đăng ký vào các cụm công nghiệp", "=", 7770 * TY, **DONG),
    R("tất cả «49 cụm", "cụm công nghiệp (CCN) được lập quy hoạch chi tiết", "=", 49, **CNT),
    R("diện tích «1.418 ha", "tổng diện tích cụm công nghiệp được lập quy hoạch chi tiết", "=", 1418, **HA),
    R("có «43 CCN", "CCN đã đầu tư hạ tầng và thu hút các cơ sở sản xuất vào hoạt động", "=", 43, **CNT),
    R("gần «60%", "tỷ lệ lấp đầy bình quân các CCN", "~", 60),
    R("được «327 dự án", "dự án, cơ sở sản xuất đăng ký đầu tư vào các CCN", "=", 327, **CNT),
    R("tổng vốn «7.770 tỷ", "tổng vốn đăng ký đầu tư vào các CCN", "=", 7770 * TY, **DONG),
    R("thực hiện «3.705 tỷ", "vốn thực hiện tại các CCN", "=", 3705 * TY, **DONG),
    R("(đạt «47,7%)", "vốn thực hiện trên vốn đăng ký tại các CCN", "=", 47.7),
    R("hơn «17.315 lao động", "lao động có việc làm tại các CCN", ">", 17315, **CNT),
    R("từ «4 - 5,4 triệu", "mức lương bình quân của lao động tại các CCN", "between", 4 * TRIEU,
      value_max=5.4 * TRIEU, **WAGE),
])

# --------------------------------------------------------------------------
# 09 Bình Dương, the enterprises in the industrial parks in the first nine months of 2022
# (binhduongtimes.com; cut: the byline with the site's address "NGỌC THANHhttps://binhduongtimes.com/",
# the comment form's "Trả lời" and "Email của bạn sẽ không được hiển thị công khai. ..." with the
# blank lines between them; no date in the text beyond "9 tháng năm 2022"). Year 2022. Results:
# the headline's "doanh thu 24,3 tỷ đô la Mỹ" and the body's (each a record where it stands),
# "giải ngân 1,9 tỷ đô la Mỹ", "Kim ngạch xuất khẩu đạt 17,9 tỷ đô la Mỹ", "kim ngạch nhập khẩu đạt
# 16,7 tỷ đô la Mỹ" (=; unit other, unit_text "đô la Mỹ" as written). NOT: "tăng 14,19% so với
# cùng kỳ" ... (changes), "đạt 69,52% kế hoạch năm" ... (completion against the plan). Not
# quantities: "KCN VSIP 3" (a name), "9 tháng" (a period). Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_binhduong-doanh-nghiep-kcn-9-thang-2022", kind="result", year=2022, records=[
    R("doanh thu «24,3 tỷ đô la Mỹ\n", "doanh thu của các doanh nghiệp trong khu công nghiệp", "=", 24.3 * TY,
      **DLM),
    R("giải ngân «1,9 tỷ", "các DN trong KCN đã giải ngân", "=", 1.9 * TY, **DLM),
    R("doanh thu đạt «24,3 tỷ", "doanh thu của các DN trong KCN", "=", 24.3 * TY, **DLM),
    R("xuất khẩu đạt «17,9 tỷ", "kim ngạch xuất khẩu của các DN trong KCN", "=", 17.9 * TY, **DLM),
    R("nhập khẩu đạt «16,7 tỷ", "kim ngạch nhập khẩu của các DN trong KCN", "=", 16.7 * TY, **DLM),
], NOT=["tăng «14,19%", "đạt «69,52%", "tăng «19,71%", "đạt «71,61%", "tăng «18,81%", "đạt «83,75%"])

# --------------------------------------------------------------------------
# 10 Lạng Sơn, the header and aims of the province's plan 244/KH-UBND (30 October 2024) for the
# national craft-village programme 2021-2030 (thuvienphapluat.vn; nothing cut; the excerpt ends in
# "tạo thêm việc l", before the plan's targets). A precision text, no record: "244/KH-UBND",
# "801/QĐ-TTg" (documents), "30 / tháng 10 năm 2024", "07/7/2022" (dates), "2021 - 2030",
# "2021-2030" (periods), the section labels "I.", "1.", "2.".
# --------------------------------------------------------------------------
D10 = dict(name="10_langson-ke-hoach-lang-nghe-2024-precision", kind="target", year=2024, records=[])

# --------------------------------------------------------------------------
# 11 Vĩnh Phúc, the statistical yearbook 2022's overview of industry (niengiam2022.thongkevinhphuc.gov.vn;
# nothing cut; the excerpt ends in "có chỉ số "). A precision text, no record: every percentage is a
# change against an earlier value (NOT): "Chỉ số sản xuất toàn ngành công nghiệp năm 2022 tăng 15,37%
# so với năm 2021" and the branches' "tăng 11,71%", "10,47%", "20,62%", "17,55%", "21,03%" (against
# the same period of the year before, as the sentence says). Not quantities: "NĂM 2022", "năm 2022"
# (dates), "1." (a section label), "cấp II" (no digit).
# --------------------------------------------------------------------------
D11 = dict(name="11_vinhphuc-nien-giam-cong-nghiep-2022-precision", kind="result", year=2022, records=[],
           NOT=["tăng «15,37%", "tăng «11,71%", "tăng «10,47%", "tăng «20,62%", "tăng «17,55%", "tăng «21,03%"])

# --------------------------------------------------------------------------
# 12 Hải Phòng, fifteen new industrial parks in 2021-2025 (danguykhoidoanhnghiephp.vn; cut: the photo
# caption "Hải Phòng đang tích cực xây dựng thêm các khu công nghiệp mới ..." (two identical lines)
# with the blank line after the second; the excerpt ends in "thu hút FDI củ"). Targets, year 2025
# (the period "giai đoạn 2021-2025"): the headline's "xây 15 khu công nghiệp mới" and the body's
# "xây dựng thêm 15 khu công nghiệp mới" (bare, >=; each a record where it stands) "với tổng diện
# tích trên 6.200ha" (>, other "ha"). Not quantities: "2021-2025" (a period), "Năm 2020" (a date,
# its value cut off by the excerpt). Pillar null.
# --------------------------------------------------------------------------
D12 = dict(name="12_haiphong-15-khu-cong-nghiep-moi-2025", kind="target", year=2025, records=[
    R("xây «15 khu", "khu công nghiệp mới Hải Phòng xây", ">=", 15, **CNT),
    R("thêm «15 khu", "khu công nghiệp mới thành phố triển khai xây dựng thêm", ">=", 15, **CNT),
    R("trên «6.200ha", "tổng diện tích khu công nghiệp mới", ">", 6200, **HA),
])

# --------------------------------------------------------------------------
# 13 Quảng Nam, the province's recognised trades and craft villages, June 2022 (quangnam.gov.vn, a
# print page; cut: the section label "Hoạt động của lãnh đạo tỉnh", the byline "Thúy Hằng 10/06/2022
# 00:00" (written as the first line `date 2022-06-10`) and the photo caption "Ảnh minh họa: Làng Mộc
# Kim Bồng." with the blank lines after them; the excerpt ends in "Ngoài ra, t"). Year 2022. Results:
# the headline's "34 nghề truyền thống, làng nghề, làng nghề truyền thống được công nhận" and the
# body's (each a record where it stands); "45 làng có nghề"; the bracket's breakdown "(04 nghề
# truyền thống, 30 làng nghề, làng nghề truyền thống)" and the later "11 làng nghề ...; 04 làng nghề
# ...; 15 làng nghề ..." (one record per number, each its own subject, scope null: breakdowns by kind
# of thing); "trên 9.985 cơ sở", "trên 26,5 nghìn lao động", "hơn 2.000 cơ sở" (>), "khoảng 4,2 nghìn
# lao động" (~), "Thu nhập bình quân/người/tháng là 4,62 triệu đồng" (=, other "đồng"), "02 huyện
# miền núi" (the districts where most villages stand, a count of its own as set193's "tại 7 thôn";
# a judgement). Pillar null.
# --------------------------------------------------------------------------
D13 = dict(name="13_quangnam-lang-nghe-duoc-cong-nhan-2022", kind="result", year=2022, records=[
    R("có «34 nghề truyền thống, làng nghề, làng nghề truyền thống được công nhận\n",
      "nghề truyền thống, làng nghề, làng nghề truyền thống được công nhận", "=", 34, **CNT),
    R("có «45 làng", "làng có nghề trên địa bàn tỉnh", "=", 45, **CNT),
    R("có: «34 nghề", "nghề truyền thống, làng nghề, và làng nghề truyền thống được UBND tỉnh công nhận", "=", 34,
      **CNT),
    R("(«04 nghề", "nghề truyền thống được công nhận", "=", 4, **CNT),
    R("«30 làng nghề, làng nghề truyền thống)", "làng nghề, làng nghề truyền thống được công nhận", "=", 30, **CNT),
    R("trên «9.985 cơ sở", "cơ sở tham gia sản xuất ngành nghề nông thôn", ">", 9985, **CNT),
    R("trên «26,5 nghìn", "lao động ngành nghề nông thôn được giải quyết việc làm", ">", 26500, **CNT),
    R("hơn «2.000 cơ sở", "cơ sở sản xuất tham gia hoạt động tại các làng nghề", ">", 2000, **CNT),
    R("khoảng «4,2 nghìn", "lao động tại các làng nghề được giải quyết việc làm", "~", 4200, **CNT),
    R("là «4,62 triệu", "thu nhập bình quân/người/tháng", "=", 4.62 * TRIEU, **DONG),
    R("có «11 làng", "làng nghề thuộc nhóm ngành Chế biến, bảo quản nông, lâm, thủy sản", "=", 11, **CNT),
    R("«04 làng nghề thuộc", "làng nghề thuộc nhóm ngành Sản xuất hàng thủ công mỹ nghệ", "=", 4, **CNT),
    R("«15 làng nghề thuộc", "làng nghề thuộc nhóm ngành Sản xuất đồ gỗ, mây tre đan, gốm sứ, thủy tinh, dệt may, "
      "sợi, thêu ren, đan lát, cơ khí nhỏ", "=", 15, **CNT),
    R("và «02 huyện", "huyện miền núi tập trung phần lớn các nghề, làng nghề được công nhận", "=", 2, **CNT),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
TEXTS = HERE / "texts"
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, HERE / "gold")
