#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set359).

Adapted from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
goldkit as in the seeds' builder.

Each document may also list NOT: locators of percentages deliberately left without a record
(completion against a plan or a quota, "đạt 64,2% kế hoạch"); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer). The catalogue
(muctieu/catalog/data/indicators.yaml) measures digital transformation; none of its indicators
measures a disaster-prevention fund, a relief fund, livestock insurance or a disaster's damage, so
every record of this set has `iid` None (see README).

Theme: natural-disaster prevention funds and insurance, 2020-2026. Amounts of money are unit other,
"đồng" (the magnitude word multiplied in, spec); a yearly amount "đồng/năm" as written; lengths glued
to their unit ("3.140m", "19km") other "m" / "km", as set288 read them.

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


def unit_as_written(text):
    """unit other with the unit as the text writes it after the number"""
    return dict(unit="other", unit_text=text)


VND = unit_as_written("đồng")
VND_YEAR = unit_as_written("đồng/năm")
METRE, KM = unit_as_written("m"), unit_as_written("km")
TY, TRIEU = 1e9, 1e6
# a count reported as reached, the form most of this set's counts take
Seen = functools.partial(R, op="=", unit="count")
# an amount of money planned for the fund (kind target), the form of 01, 03 and 05's plans
Quota = functools.partial(R, unit="other", unit_text="đồng", kind="target")

# --------------------------------------------------------------------------
# 01 Bắc Ninh (bacninhtv.vn; the text says only "UBND tỉnh"), the province's plan for collecting the
# disaster-prevention fund in 2024 and the 2023 collection (cut: the image name "Quy_PCTT(1)", the
# caption "Một trong những công trình được xây dựng để phòng chống thiên tai" (no figure), the byline
# "Phương Hoa, Quốc Hưng" and the comment box lines after it, each with the blank lines after it; no
# byline date, no stamp). Year 2024 (the plan's "kế hoạch thu năm 2024"). Targets 2024: the title's
# "đạt 100 tỷ đồng" (>=, "đạt" in a target) and the body's "khoảng 100 tỷ đồng" (~): two records, a
# headline and its restatement (set288); "thu của các doanh nghiệp là 94,7 tỷ đồng" (>=, a target's
# bare "là"); "khoảng gần 6 tỷ đồng" (~: "khoảng" and "gần" both say about); "nộp tối thiểu 50% số
# phải nộp" (>=). 2023: the plan's "theo kế hoạch là 97,7 tỷ đồng" (target, >=, 2023) and the results
# "kết quả thu mới đạt 62,7 tỷ đồng", "48,7% số doanh nghiệp thực hiện nghĩa vụ nộp" (=, 2023).
# NOT: "(đạt 64,2% kế hoạch)", "chỉ đạt 62,1% kế hoạch" (completion against the plan). Not
# quantities: "31/7/2024", "30/11/2024" (dates). Pillar null throughout (no heading names a pillar).
# --------------------------------------------------------------------------
D01 = dict(name="01_bacninh-ke-hoach-thu-quy-pctt-2024", kind="target", year=2024, records=[
    Quota("tai đạt «100 tỷ đồng\n", "số thu Quỹ Phòng chống thiên tai dự kiến năm 2024", ">=", 100 * TY),
    Quota("thiên tai khoảng «100 tỷ", "tổng số tiền dự kiến thu Quỹ Phòng chống thiên tai năm 2024", "~",
          100 * TY),
    Quota("doanh nghiệp là «94,7 tỷ", "thu Quỹ Phòng chống thiên tai của các doanh nghiệp", ">=", 94.7 * TY),
    Quota("khoảng gần «6 tỷ", "thu Quỹ Phòng chống thiên tai của các sở, ban ngành, các huyện, thị xã, thành phố",
          "~", 6 * TY),
    R("nộp tối thiểu «50% số", "số phải nộp Quỹ của các tổ chức kinh tế trong nước và nước ngoài nộp trước ngày "
      "31/7/2024", ">=", 50, **T),
    Quota("kế hoạch là «97,7 tỷ", "số dự kiến thu Quỹ Phòng chống thiên tai theo kế hoạch năm 2023", ">=",
          97.7 * TY, year=2023),
    R("mới đạt «62,7 tỷ", "kết quả thu Quỹ Phòng chống thiên tai năm 2023", "=", 62.7 * TY, **VND, year=2023,
      kind="result"),
    R("rà soát, «48,7% số", "số doanh nghiệp thực hiện nghĩa vụ nộp Quỹ Phòng chống thiên tai", "=", 48.7,
      year=2023, kind="result"),
], NOT=["(đạt «64,2% kế", "chỉ đạt «62,1% kế"])

# --------------------------------------------------------------------------
# 02 Hải Dương, the disaster-prevention fund's spending and the 2021 collection (vietbao.vn; the stamp
# " date 2021-09" written as the first line; nothing cut). Year 2021 (the stamp and the text's "năm
# 2021"). Results: "năm 2020, ... trích hơn 17 tỷ đồng ... để xử lý 6 sự cố đê điều khẩn cấp" (>, =;
# 2020), "Năm 2019, UBND tỉnh cũng trích hơn 9,1 tỷ đồng" (>, 2019: the year the text gives, though
# before the theme's range), "tỷ lệ chi cho các hoạt động ... đạt gần 76%" (~, 2021: "Đến nay" at the
# stamp). Target: "năm 2021, UBND tỉnh Hải Dương giao cho các địa phương thu 14,3 tỷ đồng" (a quota,
# >=, 2021). NOT: "đạt khoảng 50% chỉ tiêu được giao" (completion against the quota). Not quantities:
# "năm 2018" (a date), "tương đương năm 2020" (a comparison, no number).
# --------------------------------------------------------------------------
D02 = dict(name="02_haiduong-chi-quy-pctt-2021", kind="result", year=2021, records=[
    R("trích hơn «17 tỷ", "UBND tỉnh trích từ Quỹ PCTT để xử lý sự cố đê điều khẩn cấp", ">", 17 * TY, **VND,
      year=2020),
    Seen("xử lý «6 sự cố", "sự cố đê điều khẩn cấp được xử lý từ Quỹ PCTT", value=6, year=2020),
    R("trích hơn «9,1 tỷ", "UBND tỉnh trích từ Quỹ PCTT để hỗ trợ khôi phục sản xuất do thiên tai", ">", 9.1 * TY,
      **VND, year=2019),
    R("đạt gần «76%", "tỷ lệ chi cho các hoạt động phòng ngừa, ứng phó và hỗ trợ khắc phục hậu quả do thiên tai "
      "gây ra", "~", 76),
    R("địa phương thu «14,3 tỷ", "Quỹ PCTT giao cho các địa phương thu năm 2021", ">=", 14.3 * TY, **VND, **T),
], NOT=["đạt khoảng «50% chỉ"])

# --------------------------------------------------------------------------
# 03 Hải Dương, the province's quotas for collecting the disaster-prevention fund in 2022, by district
# (m.baohaiduong.vn; the byline date "THỨ TƯ, 18/05/2022 09:57:17" cut with the blank line after it
# and written as the first line `date 2022-05-18`; cut: the byline "PV"). Year 2022. Kind target: the
# quotas given ("giao chỉ tiêu thu"): the title's and the body's "gần 9,6 tỷ đồng" (~, two records);
# the districts' quotas ("hơn 1,27 tỷ" >, "gần 1,27 tỷ", "gần 1,1 tỷ", "gần 430 triệu" ~; scope null,
# the district in `place` and in the indicator, as set288 read places); the shares to hand on
# "tối thiểu 72%", "tối thiểu 77%" (>=; scope null: each sentence names one level as part of its
# subject, no sentence splits values by level). Not quantities: "giảm 4,7 tỷ đồng so với năm 2021"
# (the quota's change against the year before: a comparison, not a target to reach).
# --------------------------------------------------------------------------
D03 = dict(name="03_haiduong-giao-thu-quy-pctt-2022", kind="target", year=2022, records=[
    Quota("Giao thu gần «9,6 tỷ", "chỉ tiêu thu Quỹ Phòng chống thiên tai giao cho các địa phương", "~", 9.6 * TY),
    Quota("địa phương gần «9,6 tỷ", "chỉ tiêu thu Quỹ Phòng chống thiên tai năm 2022 giao cho các địa phương",
          "~", 9.6 * TY),
    Quota("nhất với hơn «1,27 tỷ", "chỉ tiêu thu Quỹ giao cho huyện Tứ Kỳ", ">", 1.27 * TY, place="Tứ Kỳ"),
    Quota("Kinh Môn gần «1,27 tỷ", "chỉ tiêu thu Quỹ giao cho thị xã Kinh Môn", "~", 1.27 * TY, place="Kinh Môn"),
    Quota("Hải Dương gần «1,1 tỷ", "chỉ tiêu thu Quỹ giao cho TP Hải Dương", "~", 1.1 * TY, place="TP Hải Dương"),
    Quota("thấp nhất, gần «430 triệu", "chỉ tiêu thu Quỹ giao cho huyện Thanh Hà", "~", 430 * TRIEU,
          place="Thanh Hà"),
    R("nộp tối thiểu «72% số", "số thu trên địa bàn UBND cấp xã nộp vào tài khoản quỹ cấp huyện", ">=", 72),
    R("nộp tối thiểu «77% số", "số thu UBND cấp huyện nộp vào tài khoản Quỹ Phòng chống thiên tai của tỉnh",
      ">=", 77),
])

# --------------------------------------------------------------------------
# 04 Vĩnh Long (baovinhlong.vn; the text says only "toàn tỉnh"), the disaster-prevention fund's
# collection from 2015 to August 2020 (the byline date "Cập nhật, 05:55, Thứ Ba, 15/09/2020 (GMT+7)"
# cut with the blank line after it and written as the first line `date 2020-09-15`; cut: the byline
# "TRUNG CHÁNH"). Year 2020. Results: the title's "Thu gần 71 tỷ đồng" (~) and the body's "70,909 tỷ
# đồng" (=; the period "từ năm 2015 đến cuối tháng 8/2020" takes its last year, set288); "từ 7-12 tỷ
# đồng" a year in 2015-2017 (between 7e9-12e9, the magnitude word held by both ends; year 2017, the
# period's end), "trên 14 tỷ đồng/năm" in 2018-2020 (>, "đồng/năm" as written, 2020); "quỹ này thu
# được 14,060 tỷ đồng" this year (=, 14.06e9). NOT: "(đạt 85,96% kế hoạch)". Not quantities:
# "2015-2017", "2018-2020", "8/2020", "năm 2015" (dates).
# --------------------------------------------------------------------------
D04 = dict(name="04_vinhlong-thu-quy-pctt-2020", kind="result", year=2020, records=[
    R("Thu gần «71 tỷ", "thu quỹ phòng chống thiên tai", "~", 71 * TY, **VND),
    R("thu được «70,909 tỷ", "toàn tỉnh thu được quỹ phòng chống thiên tai từ năm 2015 đến cuối tháng 8/2020", "=",
      70.909 * TY, **VND),
    R("được từ «7-12 tỷ", "quỹ phòng chống thiên tai thu được bình quân mỗi năm đầu (2015-2017)", "between", 7 * TY,
      **VND, value_max=12 * TY, year=2017),
    R("được trên «14 tỷ", "quỹ phòng chống thiên tai thu được bình quân mỗi năm những năm sau (2018-2020)", ">", 14 * TY,
      **VND_YEAR),
    R("thu được «14,060 tỷ", "quỹ phòng chống thiên tai thu được đến tháng 8 năm nay", "=", 14.06 * TY, **VND),
], NOT=["(đạt «85,96% kế"])

# --------------------------------------------------------------------------
# 05 Lào Cai, the disaster-prevention fund's collection by mid-November 2022 against the year's plan
# (laocaitv.vn; the byline "21:38 18-11-2022 | :214" (time, date, a view counter) cut with the blank
# line after it and written as the first line `date 2022-11-18`; cut: the byline "Mai Huệ - Minh
# Dũng" and the comment box "Bình luận", "Tối thiểu 10 chữ Tiếng việt có dấu Không chứa liên kết").
# Year 2022. Results: "mới thu được 5 tỷ 600 triệu đồng" (=, one amount in two magnitude words,
# 5.6e9, as set259's "3 tỷ 124 triệu đồng"), "128/1.126 doanh nghiệp thực hiện nghĩa vụ nộp quỹ" (=,
# 128; the denominator is the population, no record). Targets: "số thu phải nộp ... năm 2022 là 28 tỷ
# đồng" (>=) and "số nộp mới là trên 12 tỷ 529 triệu đồng" (>, 12.529e9). NOT: the title's "mới đạt
# 20% kế hoạch" and the body's "bằng 20% kế hoạch giao" (completion against the plan). Not
# quantities: "tháng 11" (a date).
# --------------------------------------------------------------------------
D05 = dict(name="05_laocai-thu-quy-pctt-2022", kind="result", year=2022, records=[
    R("thu được «5 tỷ 600 triệu", "số thu Quỹ phòng chống thiên tai của tỉnh", "=", 5600 * TRIEU, **VND),
    Seen("chỉ có «128/1.126", "doanh nghiệp thực hiện nghĩa vụ nộp quỹ phòng chống thiên tai", value=128),
    Quota("năm 2022 là «28 tỷ", "số thu phải nộp vào Quỹ phòng chống thiên tai của tỉnh năm 2022", ">=", 28 * TY),
    Quota("mới là trên «12 tỷ 529 triệu", "số nộp mới vào Quỹ phòng chống thiên tai năm 2022", ">",
          12529 * TRIEU),
], NOT=["mới đạt «20% kế", "bằng «20% kế"])

# --------------------------------------------------------------------------
# 06 Bình Định, only 276 of 797 units have paid into the province's disaster-prevention fund
# (baobinhdinh.vn; cut: the byline "T.DỊU"; no byline date, no stamp). Year 2020: the text names the
# plan it prepares, "lập kế hoạch thu trong năm 2020", and the unpaid contributions "của năm 2019";
# the count "Đến nay" is of the time of that planning (a judgement). Results: the title's and the
# body's "276/797 đơn vị" (=, 276; two records), "tổng thu là hơn 12 tỷ đồng" (>). The denominator
# 797 is the population, no record.
# --------------------------------------------------------------------------
D06 = dict(name="06_binhdinh-don-vi-nop-quy-pctt-2020", kind="result", year=2020, records=[
    Seen("Mới có «276/797", "đơn vị nộp Quỹ phòng chống thiên tai", value=276),
    Seen("chỉ mới có «276/797", "đơn vị nộp quỹ phòng chống thiên tai tỉnh", value=276),
    R("tổng thu là hơn «12 tỷ", "tổng thu Quỹ phòng chống thiên tai tỉnh", ">", 12 * TY, **VND),
])

# --------------------------------------------------------------------------
# 07 Nam Định (baonamdinh.vn; the text says only "UBND tỉnh"), the province's Kế hoạch số 98/KH-UBND
# carrying out the national disaster-prevention strategy to 2030 (the stamp " date 2021-08" written as
# the first line; nothing cut; the excerpt ends in "được tiếp " with its trailing space). Kind
# target, year 2030 ("Cụ thể, đến năm 2030"). Targets: "thiệt hại về kinh tế do thiên tai ... không
# vượt quá 1,2% GRDP trên địa bàn" (<=, %), "Phấn đấu 100% cơ quan chính quyền các cấp, tổ chức và
# hộ gia đình được tiếp " (>=; the sentence is cut by the excerpt, the indicator as far as written;
# scope null: one value for all levels). Not quantities: "98/KH-UBND" (a document number), "20-8-2021",
# "năm 2030", "năm 2050", "2015-2020", "2011-2020" (dates and periods).
# --------------------------------------------------------------------------
D07 = dict(name="07_namdinh-chien-luoc-pctt-2030-2021", kind="target", year=2030, records=[
    R("vượt quá «1,2% GRDP", "thiệt hại về kinh tế do thiên tai", "<=", 1.2),
    R("Phấn đấu «100% cơ quan", "cơ quan chính quyền các cấp, tổ chức và hộ gia đình được tiếp", ">=", 100),
])

# --------------------------------------------------------------------------
# 08 Hà Giang, the programme insuring buffaloes and cows (nongnghiep.vn; the byline date "Thứ Tư
# 22/12/2021 , 06:30 (GMT+7)" cut with the blank line after it and written as the first line
# `date 2021-12-22`; cut: the hotline "| Hotline: 0983.970.780" with the blank line after it and the
# photo caption "Chính sách đóng bảo hiểm cho trâu, bò ... Ảnh: Đào Thanh." (two identical lines, no
# figure) with the blank lines after them; the excerpt ends in "chưa ngh"). Year 2021. Results:
# "trong năm 2020 ... 3.481 hộ ký hợp đồng bảo hiểm cho 4.791 con trâu, bò" (2020); "Năm 2021 ...
# phê duyệt cho 1.268 cá nhân, số lượng 1.696 con trâu bò, trong đó hộ nghèo, cận nghèo là 1.172 hộ"
# (2021); the premium support in force, "được hỗ trợ 90% phí bảo hiểm" for poor and near-poor
# households and "20%" for the others (=, a policy's rates reported as they apply, as set288 read
# relief rates; scope null: the two groups stand in two sentences, not one split); Xín Mần commune's
# "14 hộ tham gia bảo hiểm trâu, bò với tổng số 21 con gia súc" (=, place Xín Mần). Not quantities:
# "gia đình chị nuôi 2 con trâu" (one household's own animals in an interview, no indicator; a
# judgement), the hotline number (cut).
# --------------------------------------------------------------------------
D08 = dict(name="08_hagiang-bao-hiem-trau-bo-2021", kind="result", year=2021, records=[
    Seen("Giang có «3.481 hộ", "hộ ký hợp đồng bảo hiểm trâu, bò", value=3481, year=2020),
    Seen("bảo hiểm cho «4.791 con", "con trâu, bò được ký hợp đồng bảo hiểm", value=4791, year=2020),
    Seen("duyệt cho «1.268 cá nhân", "cá nhân được phê duyệt bảo hiểm trâu, bò", value=1268),
    Seen("số lượng «1.696 con", "con trâu bò được phê duyệt bảo hiểm", value=1696),
    Seen("cận nghèo là «1.172 hộ", "hộ nghèo, cận nghèo được phê duyệt bảo hiểm trâu, bò", value=1172),
    R("hỗ trợ «90% phí", "phí bảo hiểm được hỗ trợ cho cá nhân chăn nuôi trâu, bò thuộc diện hộ nghèo, cận nghèo",
      "=", 90),
    R("hỗ trợ «20% phí", "phí bảo hiểm được hỗ trợ cho cá nhân chăn nuôi trâu, bò không thuộc diện hộ nghèo, "
      "cận nghèo", "=", 20),
    Seen("xã có «14 hộ", "hộ tham gia bảo hiểm trâu, bò tại xã Xín Mần", value=14, place="Xín Mần"),
    Seen("tổng số «21 con", "con gia súc tham gia bảo hiểm tại xã Xín Mần", value=21, place="Xín Mần"),
])

# --------------------------------------------------------------------------
# 09 Quảng Nam, the provincial relief fund's receipts and allocations in 2022 (qrt.vn; the stamp
# " date 2022-11" written as the first line; cut: the photo caption "Phó Chủ tịch UBMTTQ ... chủ trì
# cuộc họp" (no figure) with the blank line after it, and the byline "Đại Quang"). Year 2022.
# Results: "tiếp nhận gần 14 tỷ đồng" (~), "đã phân bổ, sử dụng trên 6,5 tỷ đồng hỗ trợ sửa chữa nhà
# ..." (>). Not quantities: "14.11" (a date).
# --------------------------------------------------------------------------
D09 = dict(name="09_quangnam-quy-cuu-tro-thien-tai-2022", kind="result", year=2022, records=[
    R("tiếp nhận gần «14 tỷ", "số tiền Quỹ cứu trợ tỉnh tiếp nhận", "~", 14 * TY, **VND),
    R("sử dụng trên «6,5 tỷ", "số tiền Quỹ cứu trợ tỉnh đã phân bổ, sử dụng hỗ trợ sửa chữa nhà cho các hộ dân "
      "bị ảnh hưởng bởi thiên tai", ">", 6.5 * TY, **VND),
])

# --------------------------------------------------------------------------
# 10 Phú Thọ, the money raised in 2022 to repair the damage of disasters and what it built
# (baophutho.vn, a tag page; cut: the page's lines after the story, "Tin địa phương", "Xem thêm Thành
# phố Việt Trì", "Thời tiết", "POWERED BY", "Việt Long", with their blank lines; no byline, no stamp).
# The title stands twice (the tag page's heading and its link): kept, a record each, as the earlier
# sets record a headline and its restatements. Year 2022 ("Từ đầu năm 2022 đến nay"). Results: "gần
# 200 tỉ đồng" (~; three records: the two title lines and the body), its parts "50 tỉ đồng" and
# "125,44 tỉ đồng" (=), "Quỹ phòng chống thiên tai tỉnh và huyện hơn 3 tỉ đồng" (>); the works: "10
# cống dưới đê", "10 công trình hồ đập" (count), "3.140m kè", "dài 3.100m" (other "m"), "19km đê"
# (other "km"). Not quantities: "ba dự án" (a number word, as the earlier sets leave them).
# --------------------------------------------------------------------------
TITLE10 = "Huy động gần «200 tỉ đồng khắc phục hậu quả thiên tai"
D10 = dict(name="10_phutho-khac-phuc-thien-tai-2022", kind="result", year=2022, records=[
    R(TITLE10 + "\n\nHuy", "huy động khắc phục hậu quả thiên tai", "~", 200 * TY, **VND, line=True),
    R("thiên tai\n\n" + TITLE10, "huy động khắc phục hậu quả thiên tai", "~", 200 * TY, **VND, line=True),
    R("được gần «200 tỉ", "tỉnh đã huy động được khắc phục hậu quả thiên tai", "~", 200 * TY, **VND),
    R("Trung ương «50 tỉ", "nguồn hỗ trợ từ Trung ương khắc phục hậu quả thiên tai", "=", 50 * TY, **VND),
    R("ngân sách tỉnh «125,44 tỉ", "nguồn ngân sách tỉnh khắc phục hậu quả thiên tai", "=", 125.44 * TY, **VND),
    R("và huyện hơn «3 tỉ", "Quỹ phòng chống thiên tai tỉnh và huyện khắc phục hậu quả thiên tai", ">", 3 * TY,
      **VND),
    Seen("sửa chữa «10 cống", "cống dưới đê được tu bổ, sửa chữa", value=10),
    R("sửa chữa «3.140m", "kè được duy tu, sửa chữa", "=", 3140, **METRE),
    R("hoàn thành «19km", "đê các loại được cải tạo, nâng cấp sửa chữa hoàn thành", "=", 19, **KM),
    R("sông dài «3.100m", "công trình sạt lở bờ, vở sông được xử lý khẩn cấp", "=", 3100, **METRE),
    Seen("nâng cấp «10 công trình", "công trình hồ đập được cải tạo, sửa chữa nâng cấp", value=10),
])

# --------------------------------------------------------------------------
# 11 Nghệ An, the disasters of 2022 and their damage (nghean24h.vn; the stamp " date 2023-01"
# written as the first line; cut: the photo captions "Trận lũ quét vào đầu tháng 10.2022 ... Ảnh:
# Quang Đại" and "Lãnh đạo LĐLĐ tỉnh Nghệ An trao hỗ trợ ... Ảnh: Trần Đông" (no figure) with the
# blank lines after them; the first line, a caption that states "trao 50 triệu đồng", is kept: a
# caption with a figure; the excerpt ends in "Phòng chống thiên tai –"). Year 2022 (the text's "trong
# năm 2022", "Tính từ đầu năm 2022 đến nay"; the stamp's 2023 is the report's, not the damage's).
# Results: the caption's "trao 50 triệu đồng hỗ trợ chị Và Y Dở" (=, money; 2022, the flood it
# follows); the events of the year, counts as set288 counted "21/22 loại thiên tai": "1 đợt rét hại",
# "9 đợt nắng nóng", "23 đợt lốc, sét, mưa đá, mưa lớn cục bộ", "5 đợt mưa lớn"; the damage "chết 11
# người", "bị thương 1 người", "98 nhà bị sập", "973 nhà bị hư hỏng, tốc mái". Not quantities:
# "từ 10 độ C đến 13 độ C" (the hazard's own measure, set288), "20.2", "22.2", "30.4", "1.5" ... (dates),
# "các tháng 3, 7, 8, 9", "Đợt 1" ... "đợt 5" (labels), "bão số 4" (a name).
# --------------------------------------------------------------------------
D11 = dict(name="11_nghean-thiet-hai-thien-tai-2022", kind="result", year=2022, records=[
    R("Trung trao «50 triệu", "Chủ tịch UBND tỉnh Nghệ An trao hỗ trợ chị Và Y Dở vượt qua nỗi đau mất con bị lũ quét cuốn trôi", "=",
      50 * TRIEU, **VND),
    Seen("hưởng của «1 đợt", "đợt rét hại diện rộng", value=1),
    Seen("13 độ C; «9 đợt", "đợt nắng nóng", value=9),
    Seen("nóng; «23 đợt", "đợt lốc, sét, mưa đá, mưa lớn cục bộ", value=23),
    Seen("tỉnh chịu «5 đợt", "đợt mưa lớn trên diện rộng", value=5),
    Seen("làm chết «11 người", "người chết do thiên tai", value=11),
    Seen("thương «1 người", "người bị thương do thiên tai", value=1),
    Seen("người; «98 nhà", "nhà bị sập do thiên tai", value=98),
    Seen("sập; «973 nhà", "nhà bị hư hỏng, tốc mái do thiên tai", value=973),
])

# --------------------------------------------------------------------------
# 12 Thanh Hóa, Xuân Tín commune (Thọ Xuân district), the head of the commune's 2025 plan for disaster
# prevention, search and rescue and civil defence (xuantin.thoxuan.thanhhoa.gov.vn; nothing cut; no
# byline, no stamp; the excerpt ends in "thiên tai v"). A precision text: the plan's number "Số: 36
# /KH - UBND", its date "ngày 07 tháng 5 năm 2025", the laws' and decrees' numbers and dates
# ("30/2017/NĐ-CP ngày 21/3/2017", "160/2018/NĐ-CP", "02/2019/NĐ-CP", "1597/QĐ-UBND ngày 08/5/2020",
# "02/2022/TT-BNNPTNT ngày 07/6/2022"), "năm 2025", the headings "A .", "1.": no quantity. Year 2025.
# --------------------------------------------------------------------------
D12 = dict(name="12_thanhhoa-xuantin-ke-hoach-pctt-2025-precision", kind="target", year=2025, records=[])

# --------------------------------------------------------------------------
# 13 Bà Rịa - Vũng Tàu, the head of Quyết định số 1179/QĐ-UBND of 13 April 2022 issuing the plan for
# the national scheme on community awareness and community-based disaster risk management to 2030
# (thuvienphapluat.vn; nothing cut; the excerpt ends in "tăng cường sự lãnh đạo "). A precision text:
# the decision's number and date, the laws' dates, "Nghị định số 78/2021/NĐ-CP" (the decree on the
# disaster-prevention fund), "66/2021/NĐ-CP", "379/QĐ-TTg", "Chỉ thị số 42-CT/TW", "ĐẾN NĂM 2030",
# "năm 2050": no quantity. Year 2022.
# --------------------------------------------------------------------------
D13 = dict(name="13_baria-vungtau-de-an-rui-ro-thien-tai-2022-precision", kind="target", year=2022, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
