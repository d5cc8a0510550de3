#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set267).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'), with set246's
shorthand for amounts in another unit (OTH). Each record is written by hand below; its anchor is
never typed in. A record names a locator: a piece of the text with « just before the number. The
locator (without «) must occur exactly once in the text; the anchor is where « stands.
`start`/`end` (the clause that states the quantity) are computed as in the seeds' builder
(`start_at` moves the start back to a given string).

Each document may also list NOT: locators of percentages deliberately left without a record (a
result's change against an earlier value or the plan, "giảm 0,92% so với năm 2022", "vượt 2% so
với kế hoạch", spec; a threshold that names a group, 12's "từ 15% trở lên"); check_gold.py verifies
that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
The catalogue measures digital transformation only; none of this set's population, child-protection
and gender quantities has an entry, so every record is written without `iid=` (null).

The theme of the set: population and family planning (birth rate, third births, sex ratio at birth,
screening, pre-marital health checks), children (malnutrition, protection, accidents), and women in
party committees. No text has a digital-transformation heading: every pillar is null.

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

OTH = functools.partial(dict, unit="other")  # an amount in another unit: OTH(unit_text=...)
PERMIL = OTH(unit_text="‰")  # a crude birth rate per thousand
TFR = OTH(unit_text="con/phụ nữ")  # the total fertility rate
DONG = OTH(unit_text="đồng")  # money, the magnitude word multiplied in

# --------------------------------------------------------------------------
# 01 Hà Nội, the city's 2022 population plan (Kế hoạch 23/KH-UBND of 19/1/2022) and its targets
# (hanoi.gov.vn; nothing cut: the title line carries the page's own time "(20:04 23/01/2022)" and
# stays whole; the excerpt ends in "trong thá"). Targets "các chỉ tiêu về công tác dân số năm 2022":
# kind target, year 2022. "Giảm tỷ lệ sinh con thứ 3 trở lên 0,1% so với năm 2021" (a target
# stated as a change: a quantity, >=, spec); the bare "86%", "82%", "86%" (>=); "tỷ số giới tính
# khi sinh (số trẻ trai/100 trẻ gái) không quá 112,5" (<=, unit other, unit_text the label's unit in
# brackets, as set246's "(người): 15"); "là 30%" (>=, a target's "là"); "385.240 người" (count).
# Not quantities: "6 nhóm nhiệm vụ" (title and body: tasks, spec), "23/KH-UBND" (a document),
# "19/1", "1/2022", "20:04 23/01/2022" (dates, a time), "100 trẻ gái" (the ratio's base), "thứ 3"
# (a label in the subject), the "%" of the labels "(% số bà mẹ mang thai)" (no number).
# --------------------------------------------------------------------------
D01 = dict(name="01_hanoi-ke-hoach-dan-so-2022", kind="target", year=2022, records=[
    R("trở lên «0,1% so", "Giảm tỷ lệ sinh con thứ 3 trở lên so với năm 2021", ">=", 0.1),
    R("định kỳ «86%", "tỷ lệ người cao tuổi được khám sức khỏe định kỳ", ">=", 86),
    R("mang thai) «82%", "tỷ lệ sàng lọc trước sinh, số bà mẹ mang thai", ">=", 82),
    R("trẻ sơ sinh) «86%", "tỷ lệ sàng lọc sơ sinh, số trẻ sơ sinh", ">=", 86),
    R("không quá «112,5", "tỷ số giới tính khi sinh (số trẻ trai/100 trẻ gái)", "<=", 112.5,
      **OTH(unit_text="số trẻ trai/100 trẻ gái")),
    R("kết hôn là «30%", "tỷ lệ nam, nữ được tư vấn, khám sức khỏe trước khi kết hôn", ">=", 30),
    R("mới là «385.240 người", "số người áp dụng biện pháp tránh thai mới", ">=", 385240, **CNT),
])

# --------------------------------------------------------------------------
# 02 An Giang, the provincial People's Committee's population plan for 2024 (Kế hoạch 288/KH-UBND of
# 21/3/2024; thuvienphapluat.vn; nothing cut; the excerpt ends inside the sex ratio's unit, "trẻ em
# gá"). Targets "2. Chỉ tiêu kế hoạch năm 2024 / 2.1. Chi tiêu cơ bản": kind target, year 2024,
# bare numbers >=. "Ước dân số trung bình năm 2024: 1.917.093 người" (a plan figure in the plan's
# list of indicators: kind target, the "Ước" read as part of the indicator's name, >= as the list's
# bare numbers; a judgement, as an earlier set's "mục tiêu doanh thu ... ước đạt 4,3 triệu tỷ" >=);
# "24.533 trẻ" (count); "Tỷ suất sinh: 12,80‰" (other "‰"); "Tổng tỷ suất sinh: 1.92 con/phụ nữ"
# (1.92 printed with a point: not a group of three digits, so a decimal, 1.92; other "con/phụ nữ");
# "108,66 trẻ em trai/100 trẻ em gá[i]" (other, unit_text as written, cut by the excerpt). Each
# item is broken over lines, so its clause starts at the item's label (`start_at`). Not
# quantities: "sinh đủ 02 con" (the campaign's name, "cuộc vận động mỗi cặp vợ chồng sinh đủ 02
# con", as the earlier sets' names), the document numbers ("288/KH-UBND", "1937/QĐ-UBND",
# "21-NQ/TW", "137/NQ-CP", "498/QĐ-UBND", "2036/QĐ-UBND"), dates and periods ("21 tháng 3 năm 2024",
# "2021 - 2025", "năm 2030", ...), "khóa XII", the labels "I.", "1.", "2.", "2.1.", "Phụ lục 1".
# --------------------------------------------------------------------------
D02 = dict(name="02_angiang-ke-hoach-dan-so-2024", kind="target", year=2024, records=[
    R("2024: «1.917.093 người", "Ước dân số trung bình năm 2024", ">=", 1917093, **CNT, start_at="Ước dân số"),
    R("là:\n«24.533 trẻ", "Số trẻ sinh trong năm", ">=", 24533, **CNT, start_at="Số trẻ sinh"),
    R("Tỷ suất sinh: «12,80‰", "Tỷ suất sinh", ">=", 12.8, **PERMIL, start_at="Tỷ suất sinh"),
    R("tỷ suất sinh: «1.92", "Tổng tỷ suất sinh", ">=", 1.92, **TFR, start_at="Tổng tỷ suất"),
    R("khi sinh:\n«108,66", "Tỷ số giới tính khi sinh", ">=", 108.66,
      **OTH(unit_text="trẻ em trai/100 trẻ em gá"), start_at="Tỷ số giới tính"),
])

# --------------------------------------------------------------------------
# 03 Thái Nguyên, the provincial population office's review of 2022 and its aims for 2023
# (baothainguyen.vn; cut: the photo caption "Bác sĩ Bệnh viện Quốc tế Thái Nguyên khám sức khỏe cho
# thai nhi và sản phụ trước khi sinh. |"; no byline, no stamp; the address's "202301" is not in the
# text; the excerpt ends in "ít nhất 1 lần"). Results of "Trong năm 2022" (year 2022): "ước tính số
# trẻ sinh ra ... là gần 14 nghìn trẻ" (~, 14000, count), "tỷ số giới tính khi sinh là 113,5 trẻ
# nam/100 trẻ nữ" (other, unit as written), the bracket "(năm 2021 là 113,9 trẻ nam/100 trẻ nữ)" (a
# result of 2021, spec's bracket), "đạt xấp xỉ 38%" (~), "đạt 37%" (=). Targets "Thái Nguyên phấn
# đấu năm 2023" (kind target, year 2023, bare numbers >=): "113 bé trai/100 bé gái", "2,12 con/phụ
# nữ", "là 25%". Not quantities: "giảm hơn 2,4 nghìn trẻ so với năm trước", "vượt 2% so với kế
# hoạch đề ra" (changes against an earlier value or the plan, spec), "nên có 2 con" (the campaign's
# name "Mỗi cặp vợ chồng nên có 2 con"), "Đề án 818" (a name), "2016-2025", "6-1" (dates), "100 trẻ
# nữ", "100 bé gái" (the ratio's base), "ít nhất 1 lần" (the frequency in the subject of a target
# whose value the excerpt cuts off).
# --------------------------------------------------------------------------
D03 = dict(name="03_thainguyen-muc-sinh-thay-the-2023", kind="result", year=2022, records=[
    R("là gần «14 nghìn trẻ", "số trẻ sinh ra trên địa bàn tỉnh (ước tính)", "~", 14000, **CNT),
    R("khi sinh là «113,5", "tỷ số giới tính khi sinh", "=", 113.5, **OTH(unit_text="trẻ nam/100 trẻ nữ")),
    R("2021 là «113,9", "tỷ số giới tính khi sinh", "=", 113.9, **OTH(unit_text="trẻ nam/100 trẻ nữ"),
      year=2021),
    R("xấp xỉ «38%", "tỷ lệ bà mẹ mang thai được tầm soát, sàng lọc trước sinh", "~", 38),
    R("đạt «37%", "số người cao tuổi khám sức khỏe định kỳ", "=", 37),
    R("khi sinh là «113 bé", "tỷ số giới tính khi sinh", ">=", 113, **OTH(unit_text="bé trai/100 bé gái"),
      **T, year=2023),
    R("là «2,12 con", "tổng tỷ suất sinh", ">=", 2.12, **TFR, **T, year=2023),
    R("kết hôn là «25%", "tỷ lệ cặp nam, nữ thanh niên được tư vấn, khám sức khoẻ trước khi kết hôn", ">=", 25,
      **T, year=2023),
], NOT=["vượt «2% so"])

# --------------------------------------------------------------------------
# 04 Hà Tĩnh, Can Lộc district's population results of 2023, at the ceremony praising families with
# daughters only (baohatinh.vn; the stamp " date 2023-11" written as the first line; cut: the photo
# caption "Đại biểu tham dự buổi lễ." with the blank line after it; the excerpt ends in "phát triển,
# n"). Results "Năm 2023" (=, year 2023): "1.655 cháu được sinh ra" (count), "tỷ suất sinh thô là
# 12,66‰" (other "‰"), "tỷ lệ sinh trên 2 con là 34,68%", "Tỷ số giới tính khi sinh 107,9 bé
# trai/100 bé gái" (other), "tỷ lệ phát triển dân số tự nhiên 0,57%". No place (the district is the
# document's own). Not quantities: "18 gia đình" (title and body: the families praised at the
# ceremony, the honourees of an event, as the spec's participants), "tăng 373 cháu so với năm
# 2022", "giảm 0,1‰ so với chỉ tiêu kế hoạch 2023 giao", "giảm 0,92% so với năm 2022" (changes
# against an earlier value or the plan, spec), "trên 2 con" (the subject), "29/11", "26/12" (dates),
# "100 bé gái" (the base).
# --------------------------------------------------------------------------
D04 = dict(name="04_hatinh-canloc-dan-so-2023", kind="result", year=2023, records=[
    R("huyện có «1.655 cháu", "cháu được sinh ra toàn huyện", "=", 1655, **CNT),
    R("thô là «12,66‰", "tỷ suất sinh thô", "=", 12.66, **PERMIL),
    R("2 con là «34,68%", "tỷ lệ sinh trên 2 con", "=", 34.68),
    R("khi sinh «107,9 bé", "Tỷ số giới tính khi sinh", "=", 107.9, **OTH(unit_text="bé trai/100 bé gái")),
    R("tự nhiên «0,57%", "tỷ lệ phát triển dân số tự nhiên", "=", 0.57),
], NOT=["giảm «0,92% so"])

# --------------------------------------------------------------------------
# 05 Quảng Trị, the health department's review of population work in 2023 and its aims for 2024
# (quangtritv.vn; cut: the photo caption "Toàn cảnh hội nghị tổng kết công tác dân số và phát triển
# năm 2023" with the blank line after it, the line of one space before it kept; no byline, no stamp;
# the excerpt ends in "Tổng cục D"). Results "năm 2023" (=, 2023): "331 trường hợp tảo hôn, chiếm tỷ
# lệ 9,9% so với số người kết hôn" (a count, then a share: "so với số người kết hôn" names the
# share's denominator, spec's "so với tổng số"), "942 bà mẹ sinh con dưới 20 tuổi, chiếm 10,9% tổng
# số bà mẹ sinh con". Targets for 2024 ("định hướng công tác dân số và phát triển năm 2024. Mục tiêu
# là ...": kind target, year 2024): "giảm tỷ suất sinh thô 0,2%", "Giảm tỷ lệ sinh con thứ 3 trở lên
# 1% so với năm 2023" (targets stated as changes: quantities, >=, spec), "phát động 30 thôn, khu phố
# không có người sinh con thứ 3 trở lên" (count, >=). Not quantities: "chỉ giảm 0,3% so với năm
# 2022" (a result's change, spec), "62 năm" (an anniversary), "26/12/1961 -26/12/2023", "25/12"
# (dates), "dưới 20 tuổi" (the subject), "3 năm liền" (a duration in the praised villages'
# merit), "thứ 3" (labels in the subject).
# --------------------------------------------------------------------------
D05 = dict(name="05_quangtri-tong-ket-dan-so-2023", kind="result", year=2023, records=[
    R("có «331 trường hợp", "trường hợp tảo hôn", "=", 331, **CNT),
    R("tỷ lệ «9,9% so", "tỷ lệ tảo hôn so với số người kết hôn", "=", 9.9),
    R("hôn; «942 bà mẹ", "bà mẹ sinh con dưới 20 tuổi", "=", 942, **CNT),
    R("chiếm «10,9% tổng", "bà mẹ sinh con dưới 20 tuổi trong tổng số bà mẹ sinh con", "=", 10.9),
    R("sinh thô «0,2%", "giảm tỷ suất sinh thô", ">=", 0.2, **T, year=2024),
    R("trở lên «1% so", "Giảm tỷ lệ sinh con thứ 3 trở lên so với năm 2023", ">=", 1, **T, year=2024),
    R("phát động «30 thôn", "phát động thôn, khu phố không có người sinh con thứ 3 trở lên", ">=", 30,
      **CNT, **T, year=2024),
], NOT=["chỉ giảm «0,3% so"])

# --------------------------------------------------------------------------
# 06 Gia Lai, the province's targets for children in 2025 (baogialai.com.vn; the stamp " date
# 2025-04" written as the first line; cut: the photo caption "Xây dựng môi trường giáo dục lành
# mạnh, thân thiện cho trẻ em. Ảnh: M.T" with the blank line after it; the excerpt opens inside the
# article, "Cùng với đó, ..."). Targets (kind target, year 2025: the page's stamp and "so với năm
# 2024"), bare "100%" >=: the abused children supported, the children hit by disasters relieved,
# the agencies organising the children's month, the staff trained ("các cấp" part of the subject,
# scope null: one value for all levels, spec). Not quantities: "tại 1 địa phương cơ sở" (where the
# Mid-Autumn programme is held: the venue of an event, as the spec's participants; a judgement),
# "từ ngày 1 đến 30-6" (dates), "năm 2024" (the base year of unnumbered decreases).
# --------------------------------------------------------------------------
D06 = dict(name="06_gialai-muc-tieu-tre-em-2025", kind="target", year=2025, records=[
    R("2024 và «100% trẻ em", "trẻ em bị xâm hại khi phát hiện được hỗ trợ, quản lý, can thiệp kịp thời",
      ">=", 100),
    R("2024; «100% trẻ em", "trẻ em gặp thiên tai, thảm họa khi phát hiện được cứu trợ, hỗ trợ kịp thời",
      ">=", 100),
    R("«100% các cơ quan", "các cơ quan, đơn vị tổ chức tốt các hoạt động Tháng hành động vì trẻ em, Tết "
      "Trung thu, hoạt động thúc đẩy quyền tham gia của trẻ em", ">=", 100),
    R("«100% cán bộ", "cán bộ làm công tác trẻ em các cấp được bồi dưỡng, tập huấn kiến thức, kỹ năng về bảo "
      "vệ trẻ em", ">=", 100),
])

# --------------------------------------------------------------------------
# 07 Kon Tum, the plan against stunting of children under five in ethnic-minority and mountain
# areas to 2025 (Kế hoạch 1479/KH-UBND of 17/5/2022; hethongphapluat.vn; cut: the site's two
# subscription lines "Để sử dụng toàn bộ tiện ích ... gói cước." and "Nếu bạn là thành viên. Vui
# lòng ĐĂNG NHẬP để tiếp tục."; the excerpt ends in "- G"). Targets "Mục tiêu cụ thể đến năm 2025"
# (kind target, year 2025): "Giảm tỷ lệ suy dinh dưỡng ... thể thấp còi xuống 29,5%" (a target's
# "xuống X", no comparator word: >=, spec's bare number, as the earlier sets read a target's "giảm
# còn X%"), "thể gầy còm xuống dưới 5,2%" (<). Not quantities: "2017-20201" (the period 2017-2020
# with the footnote mark 1), "tỉnh2" (a footnote mark), "dưới 5 tuổi" (the subject), the documents
# "1479/KH-UBND", "02/QĐ-TTg", "5556/QĐ-BYT", dates and periods, "Mục tiêu 1" (a label).
# --------------------------------------------------------------------------
D07 = dict(name="07_kontum-suy-dinh-duong-thap-coi-2025", kind="target", year=2025, records=[
    R("xuống «29,5%", "tỷ lệ suy dinh dưỡng trẻ em dưới 5 tuổi thể thấp còi", ">=", 29.5),
    R("xuống dưới «5,2%", "tỷ lệ suy dinh dưỡng trẻ em dưới 5 tuổi thể gầy còm", "<", 5.2),
])

# --------------------------------------------------------------------------
# 08 Hà Nội, the share of couples given pre-marital counselling and health checks, 2022 and the
# first nine months of 2023 (congly.vn; cut: the section label "Sức Khỏe" with the blank line after
# it, the byline "PV 06/11/2023 - 14:52" (written as the first line `date 2023-11-06`) with the blank
# line after it, the image's file name "agasg.jpg" and its caption "Ảnh minh họa." with the blank
# line after it; the excerpt ends in "chịu trá"). Results (=): "Năm 2022 ... là 31,9%" and its
# restatement "trong năm 2022 ... là 31,9%" (two statements, two records, as set246), "trong 9
# tháng của năm 2023 đã tăng lên 53,4%" (a level reached, not a change) and its restatement "là
# 53,4% (vượt kế hoạch đề ra)". Targets of 2023 (kind target): "được giao chỉ tiêu mỗi năm tăng
# thêm ít nhất 15% so với năm 2022" (a target stated as a change, >=: spec), "chỉ tiêu này được đặt
# ra trong năm 2023 là 50%" (>=). Not quantities: "một trong 5 tỉnh, thành phố" (the size of a
# group), "9 tháng" (a period), "năm 2021", "6/11" (dates).
# --------------------------------------------------------------------------
D08 = dict(name="08_hanoi-kham-tien-hon-nhan-2023", kind="result", year=2023, records=[
    R("thành phố Hà Nội là «31,9%", "tỷ lệ cặp nam, nữ được tư vấn, khám sức khỏe trước khi kết hôn", "=", 31.9,
      year=2022),
    R("tăng lên «53,4%", "tỷ lệ cặp nam, nữ được tư vấn, khám sức khỏe trước khi kết hôn", "=", 53.4),
    R("ít nhất «15% so", "tỷ lệ cặp nam, nữ được tư vấn, khám sức khỏe trước khi kết hôn mỗi năm tăng thêm so "
      "với năm 2022", ">=", 15, **T),
    R("TP Hà Nội là «31,9%", "tỷ lệ cặp nam, nữ được tư vấn, khám sức khỏe trước khi kết hôn", "=", 31.9,
      year=2022),
    R("năm 2023 là «50%", "chỉ tiêu tỷ lệ cặp nam, nữ được tư vấn, khám sức khỏe trước khi kết hôn", ">=", 50,
      **T),
    R("kết hôn là «53,4%", "tỷ lệ cặp nam, nữ được tư vấn, khám sức khỏe trước khi kết hôn", "=", 53.4),
])

# --------------------------------------------------------------------------
# 09 Nghệ An, the labour department's account of children's accidents, abuse and support in 2023
# (dantri.com.vn; the stamp " date 2023-12" written as the first line; cut: the photo caption
# "Thầy giáo Nguyễn Văn Hữu N. (SN 1971, ...) ... (Ảnh: Con Cuông)." with the blank line after it;
# the excerpt ends in "vận động nguồn "). Results of 2023 (=, counts): the accidents (33 drownings,
# 14 deaths, 1 injury, 1 poisoning), the 24 cases of sexual abuse, the 12 and 24 cases of school
# violence, the fund's support of 12.111, 20.447, 491 and 4.720 children, the 14.104 children given
# gifts at Tết Quý Mão 2023 and "hơn 7,4 tỷ đồng" (>, money, other "đồng"), the 800 children given
# warm clothes. Each its own subject, scope null (a breakdown by kind, spec). Not quantities: "giảm
# 57% số vụ", "tăng 41% số vụ" (changes against the year before, spec), "4 huyện Quế Phong, Quỳ Hợp,
# Kỳ Sơn, Tương Dương" (the lead count of a list of names, as set193's "15 xã ... bao gồm"), "26/12"
# (a date), "Quý Mão 2023" (the year's name).
# --------------------------------------------------------------------------
D09 = dict(name="09_nghean-tre-em-tai-nan-xam-hai-2023", kind="result", year=2023, records=[
    R("xảy ra «33 vụ", "vụ trẻ em đuối nước", "=", 33, **CNT),
    R("nước; «14 vụ", "vụ trẻ bị tử vong do tai nạn giao thông, cháy nổ, điện giật, chó dại cắn", "=", 14, **CNT),
    R("cắn; «1 vụ", "vụ trẻ bị thương nặng do cháy nổ", "=", 1, **CNT),
    R("nổ; «1 vụ", "vụ ngộ độc thực phẩm", "=", 1, **CNT),
    R("xảy ra «24 vụ trẻ", "vụ trẻ em bị xâm hại tình dục", "=", 24, **CNT),
    R("xảy ra «12 vụ", "vụ bạo lực học đường trong nhà trường", "=", 12, **CNT),
    R("vụ; «24 vụ", "vụ bạo lực học đường ngoài nhà trường", "=", 24, **CNT),
    R("dưỡng «12.111 trẻ", "trẻ được Quỹ bảo trợ trẻ em chăm sóc sức khỏe và dinh dưỡng", "=", 12111, **CNT),
    R("giáo dục «20.447 trẻ", "trẻ được hỗ trợ giáo dục", "=", 20447, **CNT),
    R("bảo vệ «491 trẻ", "trẻ được hỗ trợ bảo vệ", "=", 491, **CNT),
    R("phát triển «4.720 trẻ", "trẻ được hỗ trợ tham gia phát triển", "=", 4720, **CNT),
    R("có «14.104 em", "em được tặng quà dịp tết Nguyên đán", "=", 14104, **CNT),
    R("tiền hơn «7,4 tỷ", "số tiền quà tặng trẻ em dịp tết Nguyên đán", ">", 7.4e9, **DONG),
    R("ấm cho «800 trẻ", "trẻ em các xã đặc biệt khó khăn được trao tặng đồ ấm", "=", 800, **CNT),
], NOT=["giảm «57% số", "tăng «41% số"])

# --------------------------------------------------------------------------
# 10 Hải Dương, injuries to children from the start of 2023 to June 2024 and the province's
# children (baohaiduong.vn; cut: the section label "Xã hội" with the blank line after it, the byline
# "TN 01/09/2024 11:00" (written as the first line `date 2024-09-01`) with the blank line after it,
# the image's file name "z5784456580529_....jpg" and its caption "Cán bộ Sở ... (ảnh cơ sở cung
# cấp)" with the blank line after it; the excerpt ends in "An Th"). Results (=, year 2024: the
# period "từ đầu năm 2023 đến hết tháng 6 năm 2024" ends in 2024, the "hiện có" figures take the
# byline's year; a judgement): the title's "72 vụ ... dẫn đến tử vong", the body's "1.575 vụ tai nạn
# thương tích ... 72 vụ dẫn đến tử vong" and their repetition as a paragraph of its own (each
# statement a record, as set246's title and body), "491.053 trẻ em (chiếm 25,09% dân số)" (count,
# then share), the 4.222, 11.940 and 2.817 children by situation (each its own subject), "1.304 trẻ
# mồ côi" sponsored and "gần 10,6 tỷ đồng" (~, money). Not quantities: "hơn 900 người" (the
# audience of the awareness sessions: participants of an event, spec), "19-31/8" (dates).
# --------------------------------------------------------------------------
ACC = "vụ tai nạn thương tích đối với trẻ em"
DEATH = "vụ tai nạn thương tích đối với trẻ em dẫn đến tử vong"
D10 = dict(name="10_haiduong-tai-nan-thuong-tich-tre-em-2024", kind="result", year=2024, records=[
    R("2024-09-01\n«72 vụ", DEATH, "=", 72, **CNT),
    R("Theo báo cáo của UBND tỉnh Hải Dương, từ đầu năm 2023 đến hết tháng 6 năm 2024, toàn tỉnh xảy ra "
      "«1.575 vụ", ACC, "=", 1575, **CNT),
    R("có «72 vụ dẫn đến tử vong.\n\nHải", DEATH, "=", 72, **CNT),
    R("hiện có «491.053 trẻ", "trẻ em của tỉnh", "=", 491053, **CNT),
    R("chiếm «25,09%", "trẻ em trong dân số", "=", 25.09),
    R("có «4.222 trẻ", "trẻ em hoàn cảnh đặc biệt", "=", 4222, **CNT),
    R("«11.940 trẻ", "trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt, khó khăn", "=", 11940, **CNT),
    R("«2.817 trẻ", "trẻ em hưởng trợ cấp xã hội tại cộng đồng", "=", 2817, **CNT),
    R("cho «1.304 trẻ", "trẻ mồ côi, trẻ hoàn cảnh khó khăn kết nối đỡ đầu", "=", 1304, **CNT),
    R("gần «10,6 tỷ", "số tiền đã trao đỡ đầu trẻ mồ côi, trẻ hoàn cảnh khó khăn", "~", 10.6e9, **DONG),
    R("Từ đầu năm 2023 đến hết tháng 6 năm 2024, toàn tỉnh xảy ra «1.575 vụ", ACC, "=", 1575, **CNT),
    R("có «72 vụ dẫn đến tử vong.\n\nĐể", DEATH, "=", 72, **CNT),
])

# --------------------------------------------------------------------------
# 11 Khánh Hòa, Cam Lâm district's population plan for 2020 (baokhanhhoa.vn; cut: the byline
# "Thứ Hai, 24/02/2020, 20:34 [GMT+7]" (written as the first line `date 2020-02-24`) with the blank
# line after it, the title repeated under it "Cam Lâm: Phấn đấu giảm tỷ lệ sinh con thứ 3 trở lên
# còn 11,5%" (its second copy) with the blank line after it, the signature "H.PHONG", the line "."
# and the widget "các thông tin tiện ích", each with the blank line after it). Targets of 2020 (kind
# target): the title's "Phấn đấu giảm tỷ lệ sinh con thứ 3 trở lên còn 11,5%" and the body's
# "tỷ lệ sinh con thứ 3 trở lên còn 11,5%" (two statements, two records; a target's "còn X%" >=, as
# the earlier sets), "mức giảm tỷ lệ sinh con thứ 3 trở lên đạt 0,5%" (>=), "8.184 người" (count).
# Not quantities: "thứ 3" (labels in the subject).
# --------------------------------------------------------------------------
THIRD = "tỷ lệ sinh con thứ 3 trở lên"
D11 = dict(name="11_khanhhoa-camlam-sinh-con-thu-ba-2020", kind="target", year=2020, records=[
    R("lên còn «11,5%\n", THIRD, ">=", 11.5),
    R("trở lên đạt «0,5%", "mức giảm tỷ lệ sinh con thứ 3 trở lên", ">=", 0.5),
    R("lên còn «11,5%;", THIRD, ">=", 11.5),
    R("mới «8.184 người", "số người áp dụng biện pháp tránh thai mới", ">=", 8184, **CNT),
])

# --------------------------------------------------------------------------
# 12 The country's 63 provincial party congresses of 2020 and the women elected to the provincial
# party committees (hoilhpn.org.vn, the Women's Union; cut: the date line "30/10/2020" (written as
# the first line `date 2020-10-30`), the photo caption "Ban Chấp hành Đảng bộ tỉnh Tuyên Quang khóa
# XVII. (nguồn ảnh: https://tuyenquang.gov.vn/)" with the blank line after it, the signature "Ban Tổ
# chức" and the widgets "TÂM ĐIỂM", "CÁC ĐỀ ÁN", "Video", each with the blank line after it).
# Results of 2020 (=): the title's and the body's "đạt 16%" (two records), "63/63 tỉnh, thành phố đã
# tổ chức xong Đại hội" (count of provinces reaching a state, as set193's "15/15 xã"), "35 tỉnh có tỷ
# lệ cấp ủy viên nữ từ 15% trở lên" (count; the "15%" is the threshold naming the group, NOT),
# "Tuyên Quang với tỷ lệ 29,2%" (place), "61/63 tỉnh ... có cán bộ nữ trong Ban Thường vụ", "9 Bí
# thư nữ, 14 Phó Bí thư nữ", "Bình Phước có 02 Phó Bí thư nữ" (place), "59/63 tỉnh có Chủ tịch/Phó
# Chủ tịch Hội LHPN cấp tỉnh trúng cử", "03 chị tham gia Ban Thường vụ" (the result itself, the
# bracket naming their provinces), "3442/17945 đại biểu là nữ ... đạt tỷ lệ 19,2%" (the women among
# the delegates: the gender indicator the page reports, count and share; a judgement, the
# denominator 17945 not a value). Not quantities: "tăng 2% so với cuối nhiệm kỳ trước", "tăng 5 tỉnh
# so với nhiệm kỳ trước" (changes, spec), "Chỉ thị số 35" (a document), "lần thứ XIII", "29/10/2020"
# (a date), "51 tỉnh, thành phố" (the provinces that reported: the source, not a value), the
# denominators "/63", "/17945". "cấp tỉnh" is part of every subject (scope null).
# --------------------------------------------------------------------------
D12 = dict(name="12_toanquoc-nu-cap-uy-cap-tinh-2020", kind="result", year=2020, records=[
    R("toàn quốc đạt «16%\n", "Tỷ lệ nữ ủy viên cấp tỉnh trên toàn quốc", "=", 16),
    R("2020, «63/63 tỉnh", "tỉnh, thành phố đã tổ chức xong Đại hội Đảng bộ cấp tỉnh", "=", 63, **CNT),
    R("toàn quốc đạt «16% (", "Tỷ lệ cấp ủy viên nữ cấp tỉnh trung bình toàn quốc", "=", 16),
    R("có «35 tỉnh", "tỉnh có tỷ lệ cấp ủy viên nữ từ 15 trở lên", "=", 35, **CNT),
    R("tỷ lệ «29,2%", "tỷ lệ cấp ủy viên nữ cao nhất", "=", 29.2, place="Tuyên Quang"),
    R("«61/63 tỉnh", "tỉnh, thành phố có cán bộ nữ trong Ban Thường vụ", "=", 61, **CNT),
    R("«9 Bí thư", "Bí thư nữ", "=", 9, **CNT),
    R("«14 Phó Bí thư", "Phó Bí thư nữ", "=", 14, **CNT),
    R("có «02 Phó Bí thư", "Phó Bí thư nữ", "=", 2, **CNT, place="Bình Phước"),
    R("«59/63 tỉnh", "tỉnh có Chủ tịch/Phó Chủ tịch Hội LHPN cấp tỉnh trúng cử Ban Chấp hành Đảng bộ tỉnh", "=",
      59, **CNT),
    R("có «03 chị", "Chủ tịch/Phó Chủ tịch Hội LHPN cấp tỉnh tham gia Ban Thường vụ", "=", 3, **CNT),
    R("có «3442/17945", "đại biểu là nữ tham dự Đại hội Đảng bộ cấp tỉnh", "=", 3442, **CNT),
    R("tỷ lệ «19,2%", "tỷ lệ đại biểu là nữ tham dự Đại hội Đảng bộ cấp tỉnh", "=", 19.2),
], NOT=["từ «15% trở lên", "(tăng «2% so"])

# --------------------------------------------------------------------------
# 13 Bình Định, Decision 3327/QĐ-UBND (12/10/2022) issuing the plan for the "Cải thiện dinh dưỡng"
# component of the national programme for sustainable poverty reduction 2021-2025
# (thuviennhadat.vn; nothing cut; the excerpt ends in "Căn cứ Quy"). A precision text, no record:
# every number is a document number ("3327/QĐ-UBND", "27/2022/NĐ-CP", "1705/QĐ-TTg",
# "24/2021/QH15", "90/QĐ-TTg", "46/2022/TT-BTC", "1768/QĐ-BYT"), a date ("12 tháng 10 năm 2022",
# "19 tháng 6 năm 2015", "22 tháng 11 năm 2019", "28/7/2021", ...) or a period in a name
# ("2021-2025"). Year 2022.
# --------------------------------------------------------------------------
D13 = dict(name="13_binhdinh-cai-thien-dinh-duong-2022-precision", kind="target", year=2022, records=[])

# --------------------------------------------------------------------------
# 14 Đà Nẵng, the legal-database page of Decision 1701/QĐ-UBND (24/6/2022) issuing the framework
# for monitoring the city's programme of action for children 2021-2030 (lawnet.vn; cut: the page
# id "522641" on its two lines, each with the blank line after it, and the logo text "LawNet .vn";
# the page's title line stays twice, as the page has it; the excerpt ends in "Theo đề nghị c"). A
# precision text, no record: "1701/QĐ-UBND", "23/QĐ-TTg" (documents), "24/06/2022", "19 tháng 6 năm
# 2015", "22 tháng 11 năm 2019", "05 tháng 4 năm 2016", "07 tháng 01 năm 2021" (dates),
# "2021-2030", "2021 - 2030" (periods in names). Year 2022.
# --------------------------------------------------------------------------
D14 = dict(name="14_danang-khung-theo-doi-tre-em-2022-precision", kind="target", year=2022, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
