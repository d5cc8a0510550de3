#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set252).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: a result's change against an earlier
value or period); check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
The set's theme (transport infrastructure and traffic safety) has no indicator in the catalogue:
every record's id is null, so no record below names `iid=`.

The amounts in kilometres, tonnes and đồng are written with `functools.partial` shorthands over
goldkit's `R` (`KM`, `TONS`, `VND`), the counts with `N`.

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
from goldkit import R, T  # noqa: E402

KM = functools.partial(R, unit="other", unit_text="km")
TONS = functools.partial(R, unit="other", unit_text="tấn")
VND = functools.partial(R, unit="other", unit_text="đồng")
N = functools.partial(R, unit="count")

# --------------------------------------------------------------------------
# 01 Đắk Nông, the province's road building and the asphalt and hard-surface shares, with the works
# planned "Từ nay đến cuối năm 2020" (truyenhinhdaknong.vn; cut: the photo caption "Ảnh minh họa",
# the line of one space and the blank line after them, and the byline "T/h: Vân Ánh" with the
# blank line before it; no stamp, no byline date). Year 2020 (the only year the text names; the
# results stand "now", before the end of 2020). Results (=): "480 km đường giao thông" (other km),
# "50 cầu dân sinh" (count); "nâng tỷ lệ nhựa hóa đường tỉnh từ 52% lên 63,5%; ... đường huyện từ
# 80% lên đến 96%": both ends recorded, as the earlier sets' majority records "từ X lên Y"; the
# starting values carry year null (the text does not say when they stood). Targets (kind target,
# 2020): "dự kiến ... 555 km đường giao thông" and its parts "55 km quốc lộ; 99 km đường huyện; 338
# km đường xã thôn, bon, bản, 38 km đường đô thị" (bare numbers under "dự kiến", >=, as the earlier
# sets read "dự kiến"; one record per part, each its own subject, scope null: a breakdown by kind of
# road, not by level); "nâng tỷ lệ nhựa hóa, cứng hóa đường toàn tỉnh từ 53% lên 65%": 53 the
# level now (result =, 2020), 65 the target (>=); "nghị quyết đề ra là 64%" (the resolution's
# target, >=, "là X" bare); "đường huyện cũng sẽ tăng từ 80% lên 100%, với tổng chiều dài 497 km":
# 80 the level now (result =, 2020), 100 and 497 km the target (>=). Not a quantity: "vượt chỉ
# tiêu" (no number). Pillar null (no heading).
# --------------------------------------------------------------------------
_ROAD = "đường giao thông toàn tỉnh"
D01 = dict(name="01_daknong-nhua-hoa-duong-giao-thong-2020", kind="result", year=2020, records=[
    KM("được «480 km", f"{_ROAD} đã xây dựng, nâng cấp", "=", 480),
    N("«50 cầu dân sinh", "cầu dân sinh đã xây dựng, nâng cấp", "=", 50),
    R("đường tỉnh từ «52% lên", "tỷ lệ nhựa hóa đường tỉnh", "=", 52, year=None),
    R("lên «63,5%", "tỷ lệ nhựa hóa đường tỉnh", "=", 63.5),
    R("đường huyện từ «80% lên đến", "tỷ lệ nhựa hóa đường huyện", "=", 80, year=None),
    R("lên đến «96%", "tỷ lệ nhựa hóa đường huyện", "=", 96),
    KM("được «555 km", f"{_ROAD} dự kiến xây dựng mới và nâng cấp", ">=", 555, **T),
    KM("nâng cấp «55 km quốc lộ", "quốc lộ đầu tư sửa chữa, nâng cấp", ">=", 55, **T),
    KM("«99 km đường huyện", "đường huyện đầu tư sửa chữa, nâng cấp", ">=", 99, **T),
    KM("«338 km đường xã", "đường xã thôn, bon, bản đầu tư sửa chữa, nâng cấp", ">=", 338, **T),
    KM("«38 km đường đô thị", "đường đô thị đầu tư sửa chữa, nâng cấp", ">=", 38, **T),
    R("toàn tỉnh từ «53% lên", "tỷ lệ nhựa hóa, cứng hóa đường toàn tỉnh", "=", 53),
    R("lên «65%", "tỷ lệ nhựa hóa, cứng hóa đường toàn tỉnh", ">=", 65, **T),
    R("đề ra là «64%", "tỷ lệ nhựa hóa, cứng hóa đường toàn tỉnh chỉ tiêu nghị quyết đề ra", ">=", 64, **T),
    R("tăng từ «80% lên 100%", "tỷ lệ cứng hóa, nhựa hóa đường huyện", "=", 80),
    R("lên «100%, với", "tỷ lệ cứng hóa, nhựa hóa đường huyện", ">=", 100, **T),
    KM("dài «497 km", "tổng chiều dài đường huyện được cứng hóa, nhựa hóa", ">=", 497, **T),
])

# --------------------------------------------------------------------------
# 02 Long An, the communes and districts meeting the transport criterion of the new-countryside
# standards, a photo album's lead (baolongan.vn; cut: the language links "Tiếng Việt | English"
# with the blank line after them, the photo caption "Cầu giao thông nông thôn cũng được xây dựng
# kiên cố (Trong ảnh: ...)", the album links "Bộ Sưu Tập Ảnh khác" and "Xem thêm" with the blank
# line between them; the credit "KIÊN CƯỜNG (thực hiện)" ends a line of the body and stays). Year
# null: nothing in the text names one. Results (=): "128/161 xã đạt tiêu chí giao thông (chiếm
# 79,5%)", "72 xã đạt theo Bộ tiêu chí xã nông thôn mới nâng cao (chiếm 44,72%)", "4 huyện đạt
# tiêu chí giao thông ... (chiếm 30,8%)": a count and its share each, scope null (communes and
# districts are the subjects, not one value split by level). Not a quantity: the denominator "/161".
# --------------------------------------------------------------------------
D02 = dict(name="02_longan-xa-dat-tieu-chi-giao-thong", kind="result", year=None, records=[
    N("có «128/161 xã", "xã đạt tiêu chí giao thông", "=", 128),
    R("(chiếm «79,5%)", "xã đạt tiêu chí giao thông", "=", 79.5),
    N("có «72 xã", "xã đạt tiêu chí giao thông theo Bộ tiêu chí xã nông thôn mới nâng cao", "=", 72),
    R("(chiếm «44,72%)", "xã đạt tiêu chí giao thông theo Bộ tiêu chí xã nông thôn mới nâng cao", "=", 44.72),
    N("«4 huyện", "huyện đạt tiêu chí giao thông theo Bộ tiêu chí huyện nông thôn mới", "=", 4),
    R("(chiếm «30,8%)", "huyện đạt tiêu chí giao thông theo Bộ tiêu chí huyện nông thôn mới", "=", 30.8),
])

# --------------------------------------------------------------------------
# 03 Bà Rịa - Vũng Tàu, road traffic accidents in the first six months of 2023
# (baobariavungtau.com.vn; nothing cut; the stamp " date 2023-07" written as the first line). Year
# 2023 (the stamp). Results (=, count): "191 vụ TNGT đường bộ làm 103 người chết, 135 người bị
# thương". Not quantities: "6 tháng đầu năm" (a period), "3 tiêu chí" (the criteria's number),
# "giảm 38 vụ TNGT, giảm 31 người chết, giảm 12 người bị thương" (changes against the same period
# of 2022, spec).
# --------------------------------------------------------------------------
D03 = dict(name="03_bariavungtau-tai-nan-giao-thong-6-thang-2023", kind="result", year=2023, records=[
    N("xảy ra «191 vụ", "vụ TNGT đường bộ 6 tháng đầu năm", "=", 191),
    N("làm «103 người chết", "người chết do TNGT đường bộ 6 tháng đầu năm", "=", 103),
    N("«135 người bị thương", "người bị thương do TNGT đường bộ 6 tháng đầu năm", "=", 135),
])

# --------------------------------------------------------------------------
# 04 Bà Rịa - Vũng Tàu, cargo through the province's seaports in the first four months of 2023
# (baobariavungtau.com.vn; cut: the byline "AN NHẬT" with the blank line before it; the stamp
# " date 2023-05" written as the first line). Year 2023 ("tháng 4/2023", the stamp). Results (=,
# other "tấn"): "đạt 22 triệu tấn" (since the start of the year), "tháng 4/2023 ... đạt 6,55 triệu
# tấn". NOT: "bằng 90,51% so với cùng kỳ năm trước", "tăng 8,6% so với tháng trước", "tăng 8,09%
# so với cùng kỳ" (comparisons with an earlier period, spec). Not quantities: "4/2023", "quý
# II/2023" (dates).
# --------------------------------------------------------------------------
D04 = dict(name="04_bariavungtau-hang-hoa-qua-cang-bien-2023", kind="result", year=2023, records=[
    TONS("đạt «22 triệu tấn", "tổng khối lượng hàng hóa thông qua cảng biển tại Bà Rịa-Vũng Tàu từ đầu năm",
         "=", 22e6),
    TONS("đạt «6,55 triệu tấn", "khối lượng hàng hóa thông qua cảng tháng 4/2023", "=", 6.55e6),
], NOT=["bằng «90,51%", "tăng «8,6%", "tăng «8,09%"])

# --------------------------------------------------------------------------
# 05 Bà Rịa - Vũng Tàu, the provincial traffic safety committee's plan for 2022
# (baobariavungtau.com.vn; cut: the photo caption "Ban ATGT tỉnh ra quân bảo đảm TTATGT năm 2022."
# with the blank line after it, and the byline "PHƯỚC AN" with the blank line before it; the stamp
# " date 2022-02" written as the first line). Kind target, year 2022 (the plan's year). One
# target: "hàng năm giảm TNGT từ 5-10% số vụ, người chết và bị thương" (between 5 and 10: a target
# stated as a change is a quantity, spec; one range stated once for three subjects, one record, as
# the spec's "từ 0,7-0,8 điểm"). Not a quantity: "COVID-19" (a name, twice). Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_bariavungtau-ke-hoach-atgt-2022", kind="target", year=2022, records=[
    R("giảm TNGT từ «5-10%", "giảm TNGT số vụ, người chết và bị thương hàng năm", "between", 5, value_max=10),
])

# --------------------------------------------------------------------------
# 06 Bình Định, road accidents over the five days of the 30 April - 1 May holiday of 2024
# (congan.binhdinh.gov.vn; cut: the byline time and date "15:29 04/05/2024", written as the first
# line `date 2024-05-04`). Year 2024. Results (=, count): "08 vụ tai nạn giao thông", "làm chết
# 02 người, bị thương 06 người". The brackets "(8/3)", "(2/2)", "(6/3)" after "So với cùng kỳ năm
# 2023, tăng 05 vụ ..." state this year's and last year's values: a bracket that states a value is
# a quantity (spec), so each gives two records, this year's (2024, repeating the figure above) and
# the same holiday's of 2023 (year 2023; a judgement: the increase "tăng 05 vụ" itself is a change,
# not a quantity, but the values it is computed from are values reached). Not quantities: "05 ngày"
# (the holiday's length), "30/4 - 01/5", "27/4 - 01/05/2024" (dates), "tăng 05 vụ", "tăng 03 người
# bị thương" (changes).
# --------------------------------------------------------------------------
_CASES = "vụ TNGT đường bộ trong 05 ngày nghỉ Lễ 30/4 - 01/5"
_DEAD = "số người chết TNGT trong 05 ngày nghỉ Lễ 30/4 - 01/5"
_HURT = "người bị thương TNGT trong 05 ngày nghỉ Lễ 30/4 - 01/5"
D06 = dict(name="06_binhdinh-tngt-nghi-le-30-4-2024", kind="result", year=2024, records=[
    N("xảy ra «08 vụ", _CASES, "=", 8),
    N("chết «02 người", _DEAD, "=", 2),
    N("thương «06 người", _HURT, "=", 6),
    N("vụ («8/3)", _CASES, "=", 8),
    N("vụ (8/«3)", _CASES, "=", 3, year=2023),
    N("giảm («2/2)", _DEAD, "=", 2),
    N("giảm (2/«2)", _DEAD, "=", 2, year=2023),
    N("thương («6/3)", _HURT, "=", 6),
    N("thương (6/«3)", _HURT, "=", 3, year=2023),
])

# --------------------------------------------------------------------------
# 07 Khánh Hòa, the header and preamble of Decision 665/QĐ-UBND of 17 March 2021 approving the
# province's plan for the national road traffic safety strategy 2021-2030 (thuvienphapluat.vn;
# nothing cut; the excerpt ends in "Điều"). A precision text: no record. Not quantities: "665/QĐ-UBND",
# "18-CT/TW", "45-KL/TW", "2060/QĐ-TTg", "39/TTr-BATGT" (documents), "17 tháng 3 năm 2021", "19
# tháng 6 năm 2015", "22 tháng 11 năm 2019", "13 tháng 11 năm 2008", "04 tháng 9 năm 2012", "01
# tháng 02 năm 2019", "12 tháng 12 năm 2020", "25 tháng 02 năm 2021" (dates), "2021-2030", "năm
# 2045" (periods), "khóa XI" (a name), "Điều 1." (an article's number).
# --------------------------------------------------------------------------
D07 = dict(name="07_khanhhoa-qd-665-chien-luoc-atgt-2021-precision", kind="target", year=2021, records=[])

# --------------------------------------------------------------------------
# 08 Hà Nam, the province's plan for the traffic safety year (hanam.gov.vn; cut: the link "Xem chi
# tiết Kế hoạch tại đây./."; no byline, no stamp). Kind target, year 2020: the plan's one dated
# comparison is "so với năm 2019" (the year before, as set-earlier texts read "so với cùng kỳ năm
# 2019" for 2020; the address's "2020" is not in the text). One target: "giảm tai nạn giao thông từ 5
# - 10% số vụ, số người chết, bị thương so với năm 2019" (between 5 and 10, a target stated as a
# change; one record for the range stated once). Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_hanam-ke-hoach-nam-atgt-giam-tngt", kind="target", year=2020, records=[
    R("giao thông từ «5 - 10%", "giảm tai nạn giao thông số vụ, số người chết, bị thương so với năm 2019",
      "between", 5, value_max=10),
])

# --------------------------------------------------------------------------
# 09 Bình Dương, Bắc Tân Uyên district's commune roads upgraded to concrete or asphalt
# (binhduongtimes.com; cut: the byline with the site's address "TIẾN HẠNHhttps://binhduongtimes.com/"
# and the comment form's "Trả lời" and "Email của bạn sẽ không được hiển thị công khai. ..." with
# the blank lines between them; the two blank lines after the title and the space opening the
# body stay). Year null: the one year named, "so với thời điểm năm 2014", is a comparison's
# starting point, not the year of the figures. Results (=): the title's "được 124km" and the body's
# "được 124km, đạt tỷ lệ 18,6%" (other km, then %); the network's size "1.163 tuyến đường xã, với
# tổng chiều dài 666,7km" (count, other km: in this set the length of a road network is the theme's
# own quantity, not a background size; a judgement). Target: "hướng tới mục tiêu 100% xã đạt
# chuẩn nông thôn mới nâng cao" (>=, year null). NOT: "tỷ lệ nhựa hóa, bê tông hóa tăng 17%" (a
# change against 2014).
# --------------------------------------------------------------------------
_CONCRETE = "đường xã huyện Bắc Tân Uyên nâng cấp bê tông xi măng, bê tông nhựa"
D09 = dict(name="09_binhduong-bactanuyen-be-tong-hoa-duong-xa", kind="result", year=None, records=[
    KM("bê tông nhựa được «124km\n", _CONCRETE, "=", 124),
    N("có «1.163 tuyến", "tuyến đường xã trên địa bàn huyện Bắc Tân Uyên", "=", 1163),
    KM("dài «666,7km", "tổng chiều dài đường xã huyện Bắc Tân Uyên", "=", 666.7),
    KM("được «124km, đạt", _CONCRETE, "=", 124),
    R("đạt tỷ lệ «18,6%", f"tỷ lệ {_CONCRETE}", "=", 18.6),
    R("mục tiêu «100% xã", "xã đạt chuẩn nông thôn mới nâng cao huyện Bắc Tân Uyên", ">=", 100, **T),
], NOT=["tăng «17%"])

# --------------------------------------------------------------------------
# 10 Hà Tĩnh, the funds set aside for the routine maintenance and periodic repair of roads and
# inland waterways, a tag page's lead (doanhnghiephoinhap.vn; nothing cut; no byline, no stamp; the
# excerpt ends in "đường cấp"). Year null: nothing in the text names one. Kind target: "dành ...
# kinh phí cho công tác bảo dưỡng" sets aside money for work to be done (as an earlier set read
# "DÀNH KHOẢNG 95 NGHÌN tỷ đồng"); the kilometres are the work planned. The title's "dành trên 26
# tỷ đồng" (>, "trên"; other "đồng", 26e9) and "bảo dưỡng 4.083 km đường bộ và đường thủy" (other
# km); the body's "Trong số tiền 81,37 tỷ đồng thì có 26,057 tỷ ... 4.083 km (đường bộ 3.996 km,
# đường thủy nội địa 87 km), còn 55,313 tỷ ... sửa chữa định kỳ 3.807,9 km": bare numbers (>=),
# one record each, "26,057 tỷ" and "55,313 tỷ" read as đồng (the sentence's own unit). The
# bracket's road and waterway lengths are a breakdown by kind, scope null.
# --------------------------------------------------------------------------
D10 = dict(name="10_hatinh-bao-duong-duong-bo-duong-thuy", kind="target", year=None, records=[
    VND("dành trên «26 tỷ đồng", "kinh phí Hà Tĩnh dành bảo dưỡng đường bộ và đường thủy", ">", 26e9),
    KM("bảo dưỡng «4.083 km đường bộ", "đường bộ và đường thủy Hà Tĩnh bảo dưỡng", ">=", 4083),
    VND("số tiền «81,37 tỷ", "số tiền kinh phí bảo dưỡng, sửa chữa đường bộ và đường thủy", ">=", 81.37e9),
    VND("có «26,057 tỷ", "kinh phí cho công tác bảo dưỡng thường xuyên", ">=", 26.057e9),
    KM("thường xuyên «4.083 km (", "đường bộ và đường thủy bảo dưỡng thường xuyên", ">=", 4083),
    KM("đường bộ «3.996 km", "đường bộ bảo dưỡng thường xuyên", ">=", 3996),
    KM("nội địa «87 km", "đường thủy nội địa bảo dưỡng thường xuyên", ">=", 87),
    VND("còn «55,313 tỷ", "kinh phí dành cho việc sửa chữa định kỳ", ">=", 55.313e9),
    KM("định kỳ «3.807,9 km", "các tuyến đường tỉnh và đường cấp sửa chữa định kỳ", ">=", 3807.9),
])

# --------------------------------------------------------------------------
# 11 Quảng Ninh, the province's chain of expressways completed in September 2022, a news list's
# lead with the list's page and date links (mt.gov.vn; nothing cut: the line of page numbers,
# days, months and years is kept as the page gave it). A precision text: one record. Year 2022.
# Result: "hoàn thành chuỗi cao tốc dọc tỉnh dài 176km" (=, other km). Not quantities: "9/2022" (a
# date), "sau 7 năm" (a duration), and the whole last line "1 2 3 ... 31 1 2 ... 12 2025 2024 2023
# 2022 2021 2020" (page furniture: the archive's day, month and year links).
# --------------------------------------------------------------------------
D11 = dict(name="11_quangninh-chuoi-cao-toc-176km-2022-precision", kind="result", year=2022, records=[
    KM("dài «176km", "chuỗi cao tốc dọc tỉnh Quảng Ninh hoàn thành", "=", 176),
])

# --------------------------------------------------------------------------
# 12 Phú Yên, the transport department's figures for 2023: passengers and freight, driving tests
# and vehicle inspections (antoangiaothong.phuyen.gov.vn; cut: the credit "Châu Nga sưu tầm (Nguồn:
# Báo Phú Yên Online)" and the links "Ý kiến bạn đọc", "Những tin mới hơn", "Những tin cũ hơn"; no
# byline, no stamp). Year 2023: the text's comparisons are "so với cùng kỳ năm 2022", "so với năm
# 2022" (the year before; the address's "2023" is not in the text; as earlier sets read such a
# comparison). Results: "gần 5,4 triệu lượt khách" (~, count), "khoảng 16,3 triệu tấn" (~, other
# tấn), "khoảng 123.970 lượt" (~, count), "468.547 lượt hành khách" (=), "157.000 tấn" (=), "115 kỳ
# sát hạch lái xe với 19.375 thí sinh dự thi", "48 kỳ ... ô tô, 67 kỳ ... mô tô" (a breakdown by
# kind, one record each), "13.251 thí sinh được cấp giấy phép lái xe", "35.064 lượt phương tiện
# ... được kiểm định, trong đó có 25.407 phương tiện đạt, tỉ lệ 72,4%" (=). NOT: "giảm 7,7%", "tăng
# 2,3%", "tăng 24,9%", "giảm 21,4%", "giảm 12,7%", "giảm 5,7% số khóa", "giảm 13,5%", "giảm 19,4%"
# (changes against 2022, spec). Pillar null.
# --------------------------------------------------------------------------
D12 = dict(name="12_phuyen-van-tai-sat-hach-dang-kiem-2023", kind="result", year=2023, records=[
    N("gần «5,4 triệu lượt khách", "lượt khách vận tải đường bộ vận chuyển", "~", 5.4e6),
    TONS("khoảng «16,3 triệu tấn", "hàng hóa vận tải đường bộ vận chuyển", "~", 16.3e6),
    N("khoảng «123.970 lượt", "lượt khách vận tải đường sắt", "~", 123970),
    N("chuyển «468.547 lượt hành khách", "lượt hành khách vận tải hàng không vận chuyển", "=", 468547),
    TONS("đạt «157.000 tấn", "hàng hóa vận tải đường biển", "=", 157000),
    N("chức «115 kỳ sát hạch", "kỳ sát hạch lái xe", "=", 115),
    N("với «19.375 thí sinh", "thí sinh dự thi sát hạch lái xe", "=", 19375),
    N("có «48 kỳ", "kỳ sát hạch lái xe ô tô", "=", 48),
    N("«67 kỳ sát hạch", "kỳ sát hạch lái xe mô tô", "=", 67),
    N("«13.251 thí sinh", "thí sinh được cấp giấy phép lái xe", "=", 13251),
    N("«35.064 lượt phương tiện", "lượt phương tiện cơ giới đường bộ được kiểm định", "=", 35064),
    N("có «25.407 phương tiện", "phương tiện cơ giới đường bộ kiểm định đạt", "=", 25407),
    R("tỉ lệ «72,4%", "tỉ lệ phương tiện cơ giới đường bộ kiểm định đạt", "=", 72.4),
], NOT=["giảm «7,7%", "tăng «2,3%", "tăng «24,9%", "giảm «21,4%", "giảm «12,7%", "giảm «5,7%", "giảm «13,5%",
        "giảm «19,4%"])

# --------------------------------------------------------------------------
# 13 Thanh Hóa, the header and opening of Plan 99/KH-UBND of 19 May 2025 implementing the
# Government's Resolution 76/NQ-CP on the Standing Committee's Resolution 1313/NQ-UBTVQH15 on road
# traffic order and safety (thuvienphapluat.vn; nothing cut; the excerpt ends in "triển kh"). A
# precision text: no record. Not quantities: "99/KH-UBND", "76/NQ-CP" (five times), "1313/NQ-UBTVQH15"
# (twice) (documents), "19 tháng 5 năm 2025", "10/4/2025", "25 THÁNG 9 NĂM 2024", "25/9/2024"
# (dates), "TỪ NĂM 2009 ĐẾN HẾT NĂM 2023", "từ năm 2009 đến hết năm 2023" (a period), the list
# labels "I.", "1.", "2.".
# --------------------------------------------------------------------------
D13 = dict(name="13_thanhhoa-kh-99-trat-tu-atgt-2025-precision", kind="target", year=2025, records=[])

# --------------------------------------------------------------------------
# 14 An Giang (Kiên Giang until the 2025 merger), Phú Quốc international airport overloaded, with
# the country's air traffic of 2025 (znews.vn; nothing cut; the stamp " date 2026-01-03" written as
# the first line; the excerpt ends in "luôn trong t"). Results: "năm 2025 sản lượng vận tải hàng
# không Việt Nam đạt 83,5 triệu hành khách và khoảng 1,5 triệu tấn hàng hóa" (=, count; ~, other
# tấn; year 2025; the country's figures, the indicator naming "Việt Nam"), "năm 2025, sản lượng khai
# thác tại cảng hàng không quốc tế Phú Quốc đạt 6 triệu hành khách" (=, count, 2025); "Nhà ga hành
# khách hiện hữu ... có công suất thiết kế ban đầu 2,65 triệu khách/năm" (=, other "khách/năm";
# year 2026, the stamp's: a standing fact stated for the present, no year in its sentence; a
# judgement). NOT: "tăng 17% so với năm trước" (a change). Not quantities: "23/11/2008",
# "2/12/2012" (dates), "Năm 2027", "APEC 2027" (a date, a name), "5 ngày", "45 phút" (a visitor's
# stay and wait: an anecdote, no indicator), "tháng 12 và tháng 1" (months).
# --------------------------------------------------------------------------
D14 = dict(name="14_angiang-phuquoc-san-bay-qua-tai-2025", kind="result", year=2025, records=[
    N("đạt «83,5 triệu hành khách", "sản lượng vận tải hàng không Việt Nam hành khách", "=", 83.5e6),
    TONS("khoảng «1,5 triệu tấn", "sản lượng vận tải hàng không Việt Nam hàng hóa", "~", 1.5e6),
    R("ban đầu «2,65 triệu khách/năm", "công suất thiết kế ban đầu nhà ga hành khách hiện hữu của sân bay Phú Quốc",
      "=", 2.65e6, unit="other", unit_text="khách/năm", year=2026),
    N("đạt «6 triệu hành khách", "sản lượng khai thác tại cảng hàng không quốc tế Phú Quốc hành khách", "=", 6e6),
], NOT=["tăng «17%"])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
