#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set290).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: a change against an earlier value);
check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
The catalogue names no indicator of state inspection, complaints and denunciations, citizens'
reception or anti-corruption (its feedback indicators, egov.feedback_*, count citizens' reports
received and handled through digital channels, not letters of complaint to the administrative
agencies): every record of this set has `iid=None`, left at R's default, as set268's.

The set's theme is state inspection, citizens' complaints and anti-corruption in the provinces:
inspections and money to recover (01, 06), citizens received and letters and cases settled (01-07,
10), the government inspectorate's targets and results reported at a provincial or national
point (08, 09), and two precision texts on anti-corruption plans (11, 12). No text has a heading
naming a pillar: every record's pillar is null.

Conventions shared with set268 (the earlier set on justice, whose build_gold.py was read by grep):
money is unit other, "đồng", the magnitude word multiplied in; land is unit other, "m2"; "hơn",
"trên" read as ">", "gần" as "~"; in "N/M vụ việc" the numerator is the result (the denominator
is no quantity); "/" that joins two different things counted ("5.842 lượt/6.603 người", "2
cuộc/2 đơn vị") gives one record each; a title's figure and the body's same figure are a record
at each place.

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

DONG = dict(unit="other", unit_text="đồng")  # money: unit other, "đồng", the magnitude multiplied in
M2 = dict(unit="other", unit_text="m2")  # land: unit other, "m2"
RES21 = dict(kind="result", year=2021)  # 08's results of the year before its targets

# --------------------------------------------------------------------------
# 01 Quảng Ngãi, the inspection sector's and the administrative agencies' 2021 results
# (kinhtexahoi.vn; nothing cut: the opening line is a photo caption that carries figures, kept, as
# set268's 03; no byline, no stamp; the excerpt ends in "Kế hoạch tha"). Year 2021 ("trong năm
# 2021"). The caption's "hơn 10,1 tỷ đồng và 7.848 m2 đất" and the body's same figures: a record
# at each place (">" for the money, "=" for the land: "hơn" stands before the money only; a
# judgement, as set268's 07 read "gần ... và 148.355,7m2"). Inspections (=): 537 in all, 89
# administrative "tại 146 đơn vị", 448 specialised "đối với 1.602 cá nhân, tổ chức". Violations:
# "hơn 20,3 tỷ đồng" (>) and "6.005.855 m2 đất" (=); "366 quyết định xử phạt" (=) "hơn 2,5 tỷ
# đồng" (>). Citizens: "5.842 lượt/6.603 người của 5.309 vụ việc" (three records: visits, persons,
# cases), letters received 9.067 and handled 9.013, "7.700 đơn/6.228 vụ việc" eligible (two
# records), 1.959 forwarded, 190 urged, 1.303 returned, 4.248 taken up. "439/452 vụ việc" (the
# numerator; 452 is the denominator) "đạt 97,1%" (=). Not quantities: "năm 2022" (a year). No
# `place`: Quảng Ngãi is the document's own province. Pillar null.
# --------------------------------------------------------------------------
D01 = dict(name="01_quangngai-thanh-tra-khieu-nai-2021", kind="result", year=2021, records=[
    R("hơn «10,1 tỷ đồng và 7.848 m2 đất...", "số tiền toàn ngành thanh tra kiến nghị thu hồi nộp ngân sách nhà nước",
      ">", 10.1e9, **DONG),
    R("và «7.848 m2 đất...", "đất toàn ngành thanh tra kiến nghị thu hồi", "=", 7848, **M2),
    R("thực hiện «537 cuộc", "cuộc thanh tra, kiểm tra toàn ngành thanh tra tỉnh đã thực hiện", "=", 537, **CNT),
    R("thực hiện «89 cuộc", "cuộc thanh tra, kiểm tra hành chính đã thực hiện", "=", 89, **CNT),
    R("tại «146 đơn vị", "đơn vị thanh tra, kiểm tra hành chính", "=", 146, **CNT),
    R("và «448 cuộc", "cuộc thanh tra, kiểm tra chuyên ngành đã thực hiện", "=", 448, **CNT),
    R("đối với «1.602 cá nhân", "cá nhân, tổ chức thanh tra, kiểm tra chuyên ngành", "=", 1602, **CNT),
    R("tiền hơn «20,3 tỷ", "tổng số tiền sai phạm phát hiện qua thanh tra, kiểm tra", ">", 20.3e9, **DONG),
    R("và «6.005.855 m2", "đất sai phạm phát hiện qua thanh tra, kiểm tra", "=", 6005855, **M2),
    R("hơn «10,1 tỷ đồng và 7.848 m2 đất;", "số tiền kiến nghị thu hồi nộp ngân sách nhà nước", ">", 10.1e9, **DONG),
    R("và «7.848 m2 đất;", "đất kiến nghị thu hồi", "=", 7848, **M2),
    R("ban hành «366 quyết định", "quyết định xử phạt vi phạm hành chính đã ban hành", "=", 366, **CNT),
    R("tiền hơn «2,5 tỷ", "tổng số tiền xử phạt vi phạm hành chính", ">", 2.5e9, **DONG),
    R("đã tiếp «5.842 lượt", "lượt tiếp công dân của các cơ quan hành chính", "=", 5842, **CNT),
    R("lượt/«6.603 người", "người các cơ quan hành chính đã tiếp", "=", 6603, **CNT),
    R("của «5.309 vụ việc", "vụ việc khiếu nại, tố cáo kiến nghị, phản ánh của công dân các cơ quan hành chính đã tiếp", "=", 5309,
      **CNT),
    R("tiếp nhận «9.067 đơn", "đơn khiếu nại, tố cáo, kiến nghị, phản ánh đã tiếp nhận", "=", 9067, **CNT),
    R("xử lý «9.013 đơn", "đơn khiếu nại, tố cáo, kiến nghị, phản ánh đã xử lý", "=", 9013, **CNT),
    R("có «7.700 đơn", "đơn đủ điều kiện xử lý", "=", 7700, **CNT),
    R("đơn/«6.228 vụ việc", "vụ việc đủ điều kiện xử lý", "=", 6228, **CNT),
    R("thẩm quyền «1.959 đơn", "đơn chuyển đến cơ quan có thẩm quyền", "=", 1959, **CNT),
    R("giải quyết «190 đơn", "đơn đôn đốc cấp dưới giải quyết", "=", 190, **CNT),
    R("đối với «1.303 đơn", "đơn trả lại và hướng dẫn công dân đến cơ quan có thẩm quyền", "=", 1303, **CNT),
    R("đối với «4.248 đơn", "đơn thuộc thẩm quyền đã thụ lý và giải quyết", "=", 4248, **CNT),
    R("giải quyết «439/452", "vụ việc khiếu nại, tố cáo thuộc thẩm quyền Thủ trưởng cơ quan hành chính các cấp "
      "đã giải quyết", "=", 439, **CNT),
    R("đạt «97,1%", "vụ việc khiếu nại, tố cáo thuộc thẩm quyền đã giải quyết", "=", 97.1),
])

# --------------------------------------------------------------------------
# 02 Lâm Đồng, letters of complaint, denunciation and petition received and settled in 2023
# (baolamdong.vn; cut: the byline "NGUYỄN NGHĨA 06:37, 26/02/2024" with the blank line after it,
# written as the first line `date 2024-02-26`). Year 2023 (the text's "Trong năm 2023", "Đến hết
# năm 2023"; the byline's 2024 is the report's date). The title's and the body's "7.156 đơn" (a
# record at each place). Counts (=), each its own subject, scope null (a breakdown by kind of
# letter: khiếu nại, tố cáo, kiến nghị): 5.591 eligible (651, 281, 4.659), 780 guided, 1.742
# forwarded, 183 urged, 2.886 taken up "(gồm 359 ...; 122 ... và 2.405 ...)" (the bracket's
# breakdown, one record each), 274 complaints and 105 denunciations settled, and the outcomes 11,
# 10, 74, 179 (complaints) and 9, 15, 11, 70 (denunciations). No percentage. Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_lamdong-don-khieu-nai-to-cao-2023", kind="result", year=2023, records=[
    R("tiếp nhận «7.156 đơn khiếu nại, tố cáo, kiến nghị, phản ảnh\n",
      "đơn khiếu nại, tố cáo, kiến nghị, phản ảnh toàn tỉnh đã tiếp nhận", "=", 7156, **CNT),
    R("tiếp nhận «7.156 đơn khiếu nại, tố cáo, kiến nghị, phản ảnh,",
      "đơn khiếu nại, tố cáo, kiến nghị, phản ảnh toàn tỉnh đã tiếp nhận", "=", 7156, **CNT),
    R("có «5.591 đơn", "đơn đủ điều kiện xử lý", "=", 5591, **CNT),
    R("với «651 đơn", "đơn khiếu nại đủ điều kiện xử lý", "=", 651, **CNT),
    R("«281 đơn", "đơn tố cáo đủ điều kiện xử lý", "=", 281, **CNT),
    R("«4.659 đơn", "đơn kiến nghị, phản ảnh đủ điều kiện xử lý", "=", 4659, **CNT),
    R("thẩm quyền «780 đơn", "đơn đã hướng dẫn công dân khiếu nại đến người có thẩm quyền", "=", 780, **CNT),
    R("giải quyết «1.742 đơn", "đơn chuyển cơ quan có thẩm quyền giải quyết", "=", 1742, **CNT),
    R("có «183 đơn", "đơn đôn đốc việc giải quyết", "=", 183, **CNT),
    R("thẩm quyền «2.886 đơn", "đơn tiếp nhận giải quyết theo thẩm quyền", "=", 2886, **CNT),
    R("(gồm «359 đơn", "đơn khiếu nại tiếp nhận giải quyết theo thẩm quyền", "=", 359, **CNT),
    R("«122 đơn", "đơn tố cáo tiếp nhận giải quyết theo thẩm quyền", "=", 122, **CNT),
    R("«2.405 đơn", "đơn kiến nghị, phản ảnh tiếp nhận giải quyết theo thẩm quyền", "=", 2405, **CNT),
    R("giải quyết «274 đơn", "đơn khiếu nại đã giải quyết", "=", 274, **CNT),
    R("và «105 đơn", "đơn tố cáo đã giải quyết", "=", 105, **CNT),
    R("có «11 đơn khiếu nại đúng", "đơn khiếu nại đúng", "=", 11, **CNT),
    R("«10 đơn khiếu nại đúng một phần", "đơn khiếu nại đúng một phần", "=", 10, **CNT),
    R(", «74 đơn", "đơn khiếu nại được rút thông qua giải thích, thuyết phục", "=", 74, **CNT),
    R("«179 đơn", "đơn khiếu nại sai", "=", 179, **CNT),
    R("có «9 đơn", "đơn tố cáo đúng", "=", 9, **CNT),
    R("«15 đơn", "đơn tố cáo đúng một phần", "=", 15, **CNT),
    R("«11 đơn tố cáo được rút", "đơn tố cáo được rút trong quá trình giải quyết", "=", 11, **CNT),
    R("«70 đơn", "đơn tố cáo sai", "=", 70, **CNT),
])

# --------------------------------------------------------------------------
# 03 Hà Tĩnh, the provincial inspectorate's July 2023 report on citizens received and letters
# settled (demo.vnptmedia.vn, a copy of Báo Thanh tra; cut: the widget "Theo dõi Báo Thanh tra
# trên", the byline "Xuân Thống" and the byline date "Thứ Sáu, 04/08/2023 - 09:47", each with the
# blank line after it, the date written as the first line `date 2023-08-04`; and the page's tail:
# "Ý kiến bình luận:", the comment notices, "Tin đọc nhiều", "Tin cùng chuyên mục" and two
# truncated related links, with the blank lines between them). Year 2023 ("tháng 7 năm 2023").
# The title's "gần 82%" (~) and the body's two "đạt tỷ lệ 81,96%" (=, a record at each place).
# Visits: 410 (=) "(định kỳ có 86; thường xuyên 324)" (each its own subject: a breakdown by kind
# of reception), 4 delegations; "Cấp tỉnh 36 lượt người, các sở ngành 10 lượt người, cấp huyện
# 190 lượt người và 174 lượt người ở cấp xã, thị trấn": one sentence split by level, four records
# with scopes "cấp tỉnh", "sở ngành" (the departments, a group of agencies, as earlier sets'
# "sở, ngành"), "cấp huyện", "cấp xã, thị trấn". Letters: 332 "(... KN 36 đơn, TC 26 đơn và 270
# đơn ...)", 111 duplicates, 221 eligible and the second "221 thuộc thẩm quyền hành chính" (a
# count of its own: those within the administration's competence; a judgement). "8/12 vụ việc KN"
# "đạt tỷ lệ 67%", "5/7 vụ việc" "tỷ lệ 71,43%", "159/194" "đạt tỷ lệ 81,96%" (numerators and
# rates). Not quantities: "Tháng 7", "tháng 7" (the period), "(KN)", "(TC)" (labels), the
# denominators "/12", "/7", "/194". Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_hatinh-giai-quyet-don-thu-thang-7-2023", kind="result", year=2023, records=[
    R("gần «82% vụ việc", "vụ việc kiến nghị, phản ánh của công dân được giải quyết", "~", 82),
    R("công dân đạt tỷ lệ «81,96%.\n\nBáo", "tỷ lệ giải quyết vụ việc kiến nghị phản ánh của công dân", "=", 81.96),
    R("tiếp «410 lượt", "lượt người toàn tỉnh tiếp", "=", 410, **CNT),
    R("định kỳ có «86", "lượt người tiếp định kỳ", "=", 86, **CNT),
    R("thường xuyên «324", "lượt người tiếp thường xuyên", "=", 324, **CNT),
    R("có «4 lượt đoàn", "lượt đoàn đông người", "=", 4, **CNT),
    R("Cấp tỉnh «36 lượt", "lượt người được tiếp", "=", 36, scope="cấp tỉnh", **CNT),
    R("sở ngành «10 lượt", "lượt người được tiếp", "=", 10, scope="sở ngành", **CNT),
    R("cấp huyện «190 lượt", "lượt người được tiếp", "=", 190, scope="cấp huyện", **CNT),
    R("và «174 lượt", "lượt người được tiếp", "=", 174, scope="cấp xã, thị trấn", **CNT),
    R("tiếp nhận «332 đơn", "đơn toàn tỉnh tiếp nhận", "=", 332, **CNT),
    R("(KN) «36 đơn", "đơn khiếu nại tiếp nhận", "=", 36, **CNT),
    R("(TC) «26 đơn", "đơn tố cáo tiếp nhận", "=", 26, **CNT),
    R("và «270 đơn", "đơn kiến nghị phản ánh tiếp nhận", "=", 270, **CNT),
    R("có «111 đơn", "đơn trùng lặp, không đủ điều kiện xử lý", "=", 111, **CNT),
    R("; «221 đơn", "đơn đủ điều kiện xử lý", "=", 221, **CNT),
    R("xử lý «221 thuộc", "đơn thuộc thẩm quyền hành chính", "=", 221, **CNT),
    R("giải quyết «8/12", "vụ việc khiếu nại thuộc thẩm quyền cơ quan hành chính đã giải quyết", "=", 8, **CNT),
    R("đạt tỷ lệ «67%", "tỷ lệ giải quyết vụ việc khiếu nại thuộc thẩm quyền cơ quan hành chính", "=", 67),
    R("giải quyết «5/7", "vụ việc tố cáo thuộc thẩm quyền cơ quan hành chính đã giải quyết", "=", 5, **CNT),
    R("tỷ lệ «71,43%", "tỷ lệ giải quyết vụ việc tố cáo thuộc thẩm quyền cơ quan hành chính", "=", 71.43),
    R("dân «159/194", "vụ việc kiến nghị phản ánh của công dân đã giải quyết", "=", 159, **CNT),
    R("159/194 đạt tỷ lệ «81,96%", "tỷ lệ giải quyết vụ việc kiến nghị phản ánh của công dân", "=", 81.96),
])

# --------------------------------------------------------------------------
# 04 Bến Tre, the provincial inspectorate's letters and inspections in August 2021 (baodongkhoi.vn;
# cut: the byline date "05/09/2021 - 18:35" with the blank line after it, written as the first
# line `date 2021-09-05`; the signature "H. Đức" and the widgets "Chia sẻ bài viết" and "BÌNH
# LUẬN", with the blank lines between them). Year 2021 ("Tháng 8-2021"). The title's "Giải quyết
# 25 đơn" and the body's "thụ lý giải quyết 25 đơn" (a record at each place). Counts (=): 66
# letters received, 41 forwarded, "5/13 đơn khiếu nại" (the numerator) settled, "còn 8 đơn" under
# verification, 1 denunciation and 19 petitions settled; "3 cuộc thanh tra trách nhiệm ... tại 3
# đơn vị" (two records), "kết luận 2 cuộc/2 đơn vị" (two records: inspections and units, "/"
# joining two things counted). Not quantities: "Tháng 8-2021" (the period), the denominator "/13".
# The province is named only by the site (baodongkhoi.vn, Bến Tre's paper). Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_bentre-thanh-tra-don-thu-thang-8-2021", kind="result", year=2021, records=[
    R("Giải quyết «25 đơn", "đơn khiếu nại, kiến nghị của công dân đã giải quyết", "=", 25, **CNT),
    R("tiếp nhận «66 đơn", "đơn của công dân ngành thanh tra tỉnh tiếp nhận", "=", 66, **CNT),
    R("chuyển «41 đơn", "đơn đã chuyển đến cơ quan có thẩm quyền", "=", 41, **CNT),
    R("thụ lý giải quyết «25 đơn", "đơn thụ lý giải quyết", "=", 25, **CNT),
    R("giải quyết «5/13", "đơn khiếu nại Thanh tra tỉnh đã giải quyết và có quyết định giải quyết", "=", 5, **CNT),
    R("còn «8 đơn", "đơn khiếu nại đang tiếp tục xác minh", "=", 8, **CNT),
    R("xong «1 đơn", "đơn tố cáo đã giải quyết xong", "=", 1, **CNT),
    R("xong «19 đơn", "đơn kiến nghị đã giải quyết xong", "=", 19, **CNT),
    R("tiến hành «3 cuộc", "cuộc thanh tra trách nhiệm việc thực hiện quy định pháp luật về tiếp công dân, giải "
      "quyết khiếu nại, tố cáo", "=", 3, **CNT),
    R("tại «3 đơn vị", "đơn vị thanh tra trách nhiệm", "=", 3, **CNT),
    R("kết luận «2 cuộc", "cuộc thanh tra đã có kết luận", "=", 2, **CNT),
    R("cuộc/«2 đơn vị", "đơn vị đã có kết luận thanh tra", "=", 2, **CNT),
])

# --------------------------------------------------------------------------
# 05 Vĩnh Phúc, letters of complaint settled in the first half of 2022 (baovinhphuc.com.vn; cut:
# the section label "Pháp luật" and the byline date "Thứ Ba, 28/06/2022", each with the blank line
# after it, the date written as the first line `date 2022-06-28`; the signature "Ngô Tuấn
# AnhTAG:" and the comment form "Ý kiến của bạn", "Họ tên:", "Email:", with the blank lines
# between them). Year 2022 ("6 tháng đầu năm 2022"). The title's "trên 75%" (>, the share of
# letters settled, the body's 75,4% rounded down: a record of its own at its place) and the body's
# "hơn 1.800 lượt" (>), "trên 1.900 công dân" (>), "hơn 1.400 lượt đơn" (>), "509 vụ, việc" (=),
# "384/509 vụ việc" (the numerator), "đạt tỷ lệ 75,4%", "125 vụ việc còn lại" (=). Not
# quantities: "cả 3 cấp (tỉnh, huyện, xã)" (the levels of the administration), "6 tháng" (the
# period), the denominator "/509". Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_vinhphuc-don-thu-6-thang-2022", kind="result", year=2022, records=[
    R("trên «75% số đơn", "số đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh của công dân toàn tỉnh xử lý xong",
      ">", 75),
    R("tiếp hơn «1.800 lượt", "lượt tiếp công dân của các cơ quan hành chính nhà nước", ">", 1800, **CNT),
    R("trên «1.900 công dân", "công dân được tiếp", ">", 1900, **CNT),
    R("nhận hơn «1.400 lượt", "lượt đơn KNTC, kiến nghị, phản ánh của công dân toàn tỉnh nhận", ">", 1400, **CNT),
    R("có «509 vụ", "vụ việc thuộc thẩm quyền giải quyết của các cơ quan hành chính nhà nước các cấp", "=", 509,
      **CNT),
    R("xong «384/509", "vụ việc đã giải quyết, xử lý xong", "=", 384, **CNT),
    R("tỷ lệ «75,4%", "tỷ lệ vụ việc đã giải quyết, xử lý xong", "=", 75.4),
    R("; «125 vụ việc", "vụ việc còn lại đang kiểm tra, xác minh và xử lý", "=", 125, **CNT),
])

# --------------------------------------------------------------------------
# 06 Đắk Nông, a month of inspections and complaints (thanhtra.com.vn; cut: the signature "Trần
# Thọ" with the blank line before it; no byline, no stamp: the excerpt opens mid-report). Year
# null: the text says only "Trong tháng" and names no year (the address gives none either).
# Money (unit other, "đồng"): "hơn 1,7 tỷ đồng" violations, "hơn 117 triệu đồng" to recover, "hơn
# 1,6 tỷ đồng" other recommendations (>), "10,3 triệu đồng" fined (=). Counts (=): 34 specialised
# inspections, 6 conclusions, 6 penalty decisions "đối với 1 tổ chức, 5 cá nhân" (two records);
# complaints: 23 taken up "(20 vụ việc từ kỳ trước chuyển sang)", "1/23" settled (the numerator),
# 22 still being handled; denunciations: "5/5 vụ tố cáo" taken up (the numerator), "(4 vụ việc
# ...)", "1/5 vụ" settled, 4 still being handled. The province is named only by the address
# (thanhtra.com.vn/.../dak-nong-...). Not quantities: the denominators "/23", "/5". Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_daknong-thanh-tra-khieu-nai-trong-thang", kind="result", year=None, records=[
    R("tiền hơn «1,7 tỷ", "số tiền sai phạm về kinh tế phát hiện qua thanh tra", ">", 1.7e9, **DONG),
    R("hơn «117 triệu", "số tiền kiến nghị thu hồi nộp ngân sách Nhà nước", ">", 117e6, **DONG),
    R("tiền hơn «1,6 tỷ", "số tiền kiến nghị khác về kinh tế", ">", 1.6e9, **DONG),
    R("thực hiện «34 cuộc", "cuộc thanh tra, kiểm tra chuyên ngành đã thực hiện", "=", 34, **CNT),
    R("ban hành «6 kết luận", "kết luận thanh tra, báo cáo kết quả kiểm tra đã ban hành", "=", 6, **CNT),
    R("ban hành «6 quyết định", "quyết định xử phạt vi phạm hành chính đã ban hành", "=", 6, **CNT),
    R("đối với «1 tổ chức", "tổ chức xử phạt vi phạm hành chính", "=", 1, **CNT),
    R("«5 cá nhân", "cá nhân xử phạt vi phạm hành chính", "=", 5, **CNT),
    R("tiền «10,3 triệu", "số tiền xử phạt vi phạm hành chính", "=", 10.3e6, **DONG),
    R("giải quyết «23 vụ việc", "vụ việc khiếu nại đã thụ lý giải quyết", "=", 23, **CNT),
    R("(«20 vụ việc", "vụ việc khiếu nại từ kỳ trước chuyển sang", "=", 20, **CNT),
    R("xong «1/23", "vụ việc khiếu nại đã giải quyết xong", "=", 1, **CNT),
    R("giải quyết «22 vụ việc", "vụ việc khiếu nại đang tiếp tục thụ lý giải quyết", "=", 22, **CNT),
    R("giải quyết «5/5", "vụ tố cáo đã thụ lý giải quyết", "=", 5, **CNT),
    R("(«4 vụ việc", "vụ tố cáo từ kỳ trước chuyển sang", "=", 4, **CNT),
    R("xong «1/5", "vụ tố cáo đã giải quyết xong", "=", 1, **CNT),
    R("giải quyết «4 vụ việc.", "vụ tố cáo đang tiếp tục thụ lý giải quyết", "=", 4, **CNT),
])

# --------------------------------------------------------------------------
# 07 Bà Rịa - Vũng Tàu, the provincial inspectorate's briefing on May and the first five months of
# 2022 (baobariavungtau.com.vn; the crawler's stamp " date 2022-06" written as the first line;
# nothing cut; the excerpt ends in "về việc thự"). Year 2022. Visits: 539 in May, 2.058 in five
# months, "6 đoàn đông người với 175 lượt" (=). Cases within competence, each sentence its own
# (the level stands in the subject of each sentence, no sentence splits its values by level:
# scope null, the level in the indicator): complaints of the provincial chairman 63 (May) and 93
# (five months), of the district level 294 and 532; denunciations 7, 13, 12, 21. NOT: "tăng
# 54,14%", "tăng 10,7%" (changes against the same period). Not quantities: "giảm 2 đoàn", "tăng 10
# vụ", "giảm 7 vụ", "giảm 26 vụ", "tăng 69 vụ", "giảm 3 vụ", "giảm 7 vụ", "tăng 2 vụ" (changes),
# "3/6", "tháng 5", "5 tháng" (dates and periods), "04-NQ/TU" is past the excerpt's end. No
# `place`. Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_bariavungtau-tiep-dan-khieu-nai-5-thang-2022", kind="result", year=2022, records=[
    R("tiếp «539 lượt", "lượt công dân toàn tỉnh tiếp trong tháng 5", "=", 539, **CNT),
    R("tiếp «2.058 lượt", "lượt công dân toàn tỉnh tiếp lũy kế 5 tháng đầu năm", "=", 2058, **CNT),
    R("tiếp «6 đoàn", "đoàn đông người toàn tỉnh tiếp", "=", 6, **CNT),
    R("với «175 lượt", "lượt người của đoàn đông người", "=", 175, **CNT),
    R("là «63 vụ", "vụ khiếu nại thuộc thẩm quyền giải quyết của Chủ tịch UBND tỉnh tháng 5", "=", 63, **CNT),
    R("huyện «294 vụ", "vụ khiếu nại thuộc thẩm quyền giải quyết của cấp huyện tháng 5", "=", 294, **CNT),
    R("tỉnh «93 vụ", "vụ khiếu nại thuộc thẩm quyền giải quyết của Chủ tịch UBND tỉnh lũy kế 5 tháng", "=", 93,
      **CNT),
    R("huyện «532 vụ", "vụ khiếu nại thuộc thẩm quyền giải quyết cấp huyện lũy kế 5 tháng", "=", 532, **CNT),
    R("là «7 vụ", "vụ tố cáo thuộc thẩm quyền giải quyết của Chủ tịch UBND tỉnh tháng 5", "=", 7, **CNT),
    R("huyện «13 vụ", "vụ tố cáo thuộc thẩm quyền giải quyết cấp huyện tháng 5", "=", 13, **CNT),
    R("tỉnh «12 vụ", "vụ tố cáo thuộc thẩm quyền giải quyết của Chủ tịch UBND tỉnh lũy kế 5 tháng", "=", 12,
      **CNT),
    R("huyện «21 vụ", "vụ tố cáo thuộc thẩm quyền giải quyết của cấp huyện lũy kế 5 tháng", "=", 21, **CNT),
], NOT=["tăng «54,14%", "tăng «10,7%"])

# --------------------------------------------------------------------------
# 08 Khánh Hòa's paper on the Government Inspectorate's conference reviewing 2021 and opening 2022,
# followed at the Khánh Hòa point (baokhanhhoa.vn; cut: the byline "03:01, 12/01/2022" with the
# blank line after it, written as the first line `date 2022-01-12`; the image name "TTCP.jpg" and
# the caption without figures "Quang cảnh hội nghị tại điểm cầu Khánh Hòa."; the page's lines of a
# single space kept; the lead paragraph stands twice on the page and was kept twice; the excerpt
# ends in "Qua đó"). Targets of 2022 ("Năm 2022, toàn ngành Thanh tra phấn đấu"): "trên 85% các vụ
# việc khiếu nại, tố cáo thuộc thẩm quyền" and "trên 90% các quyết định ... đã có hiệu lực pháp
# luật" (>, target, 2022). Results of 2021 ("năm vừa qua", the year the conference reviews): 6.809
# administrative and 177.245 specialised inspections (=, result, 2021). The figures are the whole
# sector's, not the province's: no `place` (the field names a province or commune). Not
# quantities: "3 bộ đã triển khai thí điểm năm 2021" (the ministries to be evaluated: the scope of a
# task, not a value reached; a judgement), "12-1" (a date), "năm 2020", "2030" (years in names).
# Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_khanhhoa-thanh-tra-chinh-phu-muc-tieu-2022", kind="target", year=2022, records=[
    R("đạt trên «85%", "giải quyết các vụ việc khiếu nại, tố cáo thuộc thẩm quyền ngay từ khi phát sinh tại cơ sở",
      ">", 85),
    R("tốt trên «90%", "thực hiện tốt các quyết định giải quyết khiếu nại, xử lý tố cáo đã có hiệu lực pháp luật",
      ">", 90),
    R("triển khai «6.809 cuộc", "cuộc thanh tra hành chính toàn ngành đã triển khai", "=", 6809, **CNT, **RES21),
    R("và «177.245 cuộc", "cuộc thanh tra, kiểm tra chuyên ngành toàn ngành đã triển khai", "=", 177245, **CNT,
      **RES21),
])

# --------------------------------------------------------------------------
# 09 The National Assembly Standing Committee on the government's 2024 report on citizens'
# reception and complaints (antv.gov.vn; cut: the site's clock "Chủ Nhật, 11/01/2026 02:32 GMT+7"
# (the day of the crawl, not the article's date: not written as a date line), the menu lines "•
# ANTV", "• Hotline: ...", "• Email: ...", the motto, the section labels "Sự kiện" and "Chính trị"
# and the signature "BT", with the blank lines after them; the stray "Băng " opening a paragraph
# is part of a line, kept; the excerpt ends in "lần đầu, "). Year 2024 (the report "năm 2024").
# The title's and the body's "mục tiêu 85%" (the government's target for the share of complaints
# settled: a target, >= (a bare number), 2024; a record at each place). Results (=): "45/63 địa
# phương" (the numerator: the localities whose results the report reflects), "đạt tỷ lệ 80,2%",
# "chiếm tỷ lệ 18%" (complaints found right at the first settlement), "14,4% vụ việc phải hủy,
# sửa" (second settlements). National figures: no `place`. Not quantities: "26/9" (a date), the
# denominator "/63". Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_ca-nuoc-khieu-nai-chua-dat-muc-tieu-2024", kind="result", year=2024, records=[
    R("mục tiêu «85%\n", "tỷ lệ giải quyết khiếu nại, tố cáo", ">=", 85, **T),
    R("của «45/63", "địa phương được phản ánh kết quả thực hiện trong báo cáo của Chính phủ", "=", 45, **CNT),
    R("đạt tỷ lệ «80,2%", "tỷ lệ giải quyết khiếu nại thuộc thẩm quyền của các cơ quan hành chính nhà nước các cấp",
      "=", 80.2),
    R("mục tiêu «85% mà", "tỷ lệ giải quyết khiếu nại thuộc thẩm quyền Chính phủ đề ra", ">=", 85, **T),
    R("tỷ lệ «18%", "số khiếu nại có nội dung đúng trong kết quả giải quyết khiếu nại lần đầu", "=", 18),
    R("có «14,4%", "vụ việc giải quyết khiếu nại lần thứ hai phải hủy, sửa quyết định giải quyết lần đầu", "=",
      14.4),
])

# --------------------------------------------------------------------------
# 10 Thái Nguyên, the provincial citizens' reception board's 2020 review (thainguyentv.vn; cut: the
# photo caption without figures "Đồng chí Chủ tịch UBND tỉnh phát biểu tại hội nghị."; no byline,
# no stamp). Year 2020 ("Năm 2020"). Results: "tiếp trên 2.300 lượt công dân" (>), "gần 1.700
# đơn" (~), "tỷ lệ xử lý đạt gần 99%" (~). NOT: "tăng trên 10%", "tăng trên 13% so với năm 2019"
# (changes against 2019). Not quantities: "năm 2019" (a year). Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_thainguyen-ban-tiep-cong-dan-2020", kind="result", year=2020, records=[
    R("tiếp trên «2.300 lượt", "lượt công dân Ban Tiếp công dân tỉnh đã tiếp", ">", 2300, **CNT),
    R("gần «1.700 đơn", "đơn Ban Tiếp công dân tỉnh đã tiếp", "~", 1700, **CNT),
    R("gần «99%", "tỷ lệ phân loại xử lý đơn thư", "~", 99),
], NOT=["tăng trên «10%", "tăng trên «13%"])

# --------------------------------------------------------------------------
# 11 Quảng Nam, the province's plan for the 2023 evaluation of its anti-corruption work, March 2024
# (baoquangnam.vn; cut: the section label "Chính quyền - đoàn thể" and the byline "N.ĐOAN
# 11/03/2024 14:59", each with the blank line after it, the byline written as the first line
# `date 2024-03-11`; the excerpt ends in "trên đị"). A precision text, no record: "Kế hoạch 1591"
# (a document), "8/3/2024", "20/5/2024", "26/4/2024" (dates and deadlines), "năm 2023" (the year
# evaluated).
# --------------------------------------------------------------------------
D11 = dict(name="11_quangnam-ke-hoach-danh-gia-pctn-2024-precision", kind="result", year=2024, records=[])

# --------------------------------------------------------------------------
# 12 Hưng Yên, Plan 10/KH-UBND on anti-corruption work in 2026 (nhansu.vn, a legal-documents site:
# its table of the document's number, dates, type, issuer, signer and field kept, as the page's own
# header of the document; nothing cut; the excerpt ends in "pháp luật của Nhà nướ"). A precision
# text, no record: "10/KH-UBND", "59/2019/NĐ-CP", "134/2021/NĐ- CP", "130/2020/NĐ-CP" (documents),
# "14/01/2026", "ngày 14 tháng 01 năm 2026", "ngày 20 tháng 11 năm 2018", "01/7/2019",
# "30/10/2020" (dates), "năm 2026" (the plan's year), the list label "1.".
# --------------------------------------------------------------------------
D12 = dict(name="12_hungyen-ke-hoach-pctn-2026-precision", kind="target", year=2026, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
