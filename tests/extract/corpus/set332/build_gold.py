#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set332).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a quota or a plan);
check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
This set's theme (the recruitment, training and rating of civil servants and party cadres) has no
indicator in the catalogue (whose staff indicators are digital skills, digital signatures and
computers): every record's id is null, so no record names `iid=`.

The set's quotas and plans are written with small helpers made by functools.partial: `Q(...)` a
count target (a recruitment quota, a number of classes or officials planned), `P(...)` a percentage
target, `C(...)` a count result; `R(...)` for the rest.

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
from goldkit import R  # noqa: E402

Q = functools.partial(R, unit="count", kind="target")  # a count target: bare number `>=` unless said
P = functools.partial(R, unit="%", kind="target")  # a percentage target
C = functools.partial(R, unit="count", kind="result")  # a count reached or measured

# --------------------------------------------------------------------------
# 01 Quảng Nam, the provincial civil-service examination of 2020: candidates, passes of each round
# (baoquangnam.vn; cut: the byline "NGUYÊN ĐOAN |" with the blank line after it and the tag label
# "TAGS" at the end; no stamp, no byline date). Year 2020 (the exam "kỳ thi tuyển công chức năm
# 2020"). Results (=): the title's and the body's "243 thí sinh ... đủ điều kiện trên 50 điểm" (two
# records, the title's number recorded like the body's, as the earlier sets do), "1.266 thí sinh"
# who sat the exam, "798 thí sinh đủ điều kiện ... thi vòng 2", and its bracketless "đạt 54%" (the
# share of candidates through round one: a share, not a completion of a plan). NOT: "tuyển được
# 71,47% so với nhu cầu cần tuyển" (the exam's completion against the quota, as the earlier sets'
# majority leaves out completion against a plan or quota). Not quantities: the denominators
# "/1.598 thí sinh đăng ký dự tuyển" and "/340 chỉ tiêu cần tuyển" (the whole each count is taken
# from, as the earlier sets' "26.293/41.099 đối tượng"; a judgement, since each names its own noun),
# "trên 50 điểm" (the pass mark, part of the subject), "vòng 2" (a label), "15 – 17.12", "23.12",
# "quý II.2021" (dates). Pillar null.
# --------------------------------------------------------------------------
D01 = dict(name="01_quangnam-thi-tuyen-cong-chuc-2020", kind="result", year=2020, records=[
    C("Có «243 thí sinh", "thí sinh thi công chức đủ điều kiện trên 50 điểm", "=", 243),
    C("là «1.266 thí sinh", "thí sinh tham gia thi tuyển công chức", "=", 1266),
    C("có «798 thí sinh", "thí sinh đủ điều kiện để tiếp tục tham gia thi vòng 2", "=", 798),
    R("đạt «54%", "thí sinh đủ điều kiện để tiếp tục tham gia thi vòng 2", "=", 54),
    C("vòng 2 có «243 thí sinh", "thí sinh đủ điều kiện trên 50 điểm sau thi vòng 2", "=", 243),
], NOT=["được «71,47% so"])

# --------------------------------------------------------------------------
# 02 Hải Dương, the 2024 civil-service recruitment plan approved by the provincial People's
# Committee, June 2024 (baohaiduong.vn; cut: the section label "Lao động - Việc làm" with the blank
# line after it; the byline "NGUYỄN MƠ 07/06/2024 10:00" with the blank line after it, written as
# the first line `date 2024-06-07`; the photo's file label "anh sua" and its caption "Đồng chí
# Giám đốc Sở Giao thông vận tải ... tại sở" with the blank line after it). Year 2024. Targets
# (kind target, bare numbers `>=`): the title's, the lead's and the body's "33" (three statements
# of the quota, each recorded: "dự kiến tuyển dụng 33 công chức" twice, "dự kiến thi tuyển 33 chỉ
# tiêu công chức"), its parts "10 chỉ tiêu ở Văn phòng UBND tỉnh, các Sở", "13 chỉ tiêu ở UBND các
# huyện, thành phố", "10 chỉ tiêu dự phòng để bổ sung lãnh đạo còn thiếu" (scope null: a breakdown
# by kind of body, not a split by level as the spec writes scopes), and "23 chỉ tiêu dự kiến tiếp
# nhận công chức" (planned, "dự kiến"). Results (=): "tỉnh giao tổng số 1.835 chỉ tiêu biên chế
# công chức" (the staff ceiling allotted for 2024, as an earlier set's "biên chế được giao"),
# "tổng số công chức hiện có là 1.759", "Số công chức còn thiếu năm 2024 là 76", "đã có 11 chỉ
# tiêu dự phòng", "19 chỉ tiêu dự phòng dùng để thực hiện tinh giản biên chế" (posts set aside,
# stated as they stand). Not quantities: "6/6", "20/5" (dates), "tháng 6 (lần 2)" (a meeting's
# label). Pillar null.
# --------------------------------------------------------------------------
QUOTA = "công chức dự kiến tuyển dụng năm 2024"
D02 = dict(name="02_haiduong-du-kien-tuyen-dung-cong-chuc-2024", kind="result", year=2024, records=[
    Q("dụng «33 công chức trong", QUOTA, ">=", 33),
    Q("tuyển dụng «33 công chức.", QUOTA, ">=", 33),
    Q("thi tuyển «33 chỉ tiêu", "chỉ tiêu công chức dự kiến thi tuyển năm 2024", ">=", 33),
    Q("gồm «10 chỉ tiêu", "chỉ tiêu thi tuyển công chức ở Văn phòng UBND tỉnh, các Sở", ">=", 10),
    Q("Xã hội; «13 chỉ tiêu", "chỉ tiêu thi tuyển công chức ở UBND các huyện, thành phố", ">=", 13),
    Q("Miện; «10 chỉ tiêu", "chỉ tiêu dự phòng để bổ sung lãnh đạo còn thiếu của UBND cấp huyện", ">=", 10),
    C("tổng số «1.835 chỉ tiêu", "chỉ tiêu biên chế công chức tỉnh giao", "=", 1835),
    C("hiện có là «1.759", "công chức hiện có", "=", 1759),
    C("năm 2024 là «76", "công chức còn thiếu", "=", 76),
    C("đã có «11 chỉ tiêu", "chỉ tiêu dự phòng để bổ sung lãnh đạo còn thiếu", "=", 11),
    Q("«23 chỉ tiêu dự kiến", "chỉ tiêu dự kiến tiếp nhận công chức", ">=", 23),
    C("«19 chỉ tiêu dự phòng", "chỉ tiêu dự phòng dùng để thực hiện tinh giản biên chế", "=", 19),
])

# --------------------------------------------------------------------------
# 03 The whole country, the Ministry of Home Affairs' draft scheme on training commune officials
# after the two-level local government: the officials' numbers and qualifications as of September
# 2025 (dantri.com.vn; the stamp " date 2026-01-31" written as the first line; nothing cut; the
# excerpt ends in "trường h"). Year 2025 ("Tính đến tháng 9/2025"; the stamp's 2026 is the page's).
# Results (=): "cả nước có 192.718 cán bộ, công chức cấp xã" (the theme's own head count, recorded),
# its parts "khối Đảng có 56.457 người, khối chính quyền có 136.261 người" (scope null: a
# breakdown by kind of body), "6.182 người ... có trình độ đào tạo chưa đáp ứng yêu cầu", "chiếm
# khoảng 5,38%" (`~`), and the cut-off "1.179/31.183 trường h[ợp]" at the commune offices (the
# numerator, count). Not quantities: "3.321 xã, phường, đặc khu" (the size of the group the
# officials work in, as the earlier sets' sizes), "trong tổng số 114.834 công chức" and "/31.183"
# (denominators), "2026-2031", "năm 2040", "Luật ... năm 2025", "tháng 9/2025" (dates and names),
# "hai cấp" (no digit). Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_canuoc-cong-chuc-cap-xa-trinh-do-2025", kind="result", year=2025, records=[
    C("có «192.718 cán bộ", "cán bộ, công chức cấp xã đang công tác", "=", 192718),
    C("có «56.457 người", "cán bộ, công chức cấp xã khối Đảng", "=", 56457),
    C("có «136.261 người", "cán bộ, công chức cấp xã khối chính quyền", "=", 136261),
    C("có «6.182 người", "công chức chuyên môn cấp xã có trình độ đào tạo chưa đáp ứng yêu cầu công việc", "=",
      6182),
    R("khoảng «5,38%", "công chức chuyên môn cấp xã có trình độ đào tạo chưa đáp ứng yêu cầu công việc", "~",
      5.38),
    C("có «1.179/31.183", "trường hợp tại Văn phòng Hội đồng nhân dân và Ủy ban nhân dân cấp xã có trình độ "
      "đào tạo chưa phù hợp", "=", 1179),
])

# --------------------------------------------------------------------------
# 04 Bình Định, the provincial plan for training and retraining officials and public employees,
# 2023-2025 with a view to 2030 (stp.binhdinh.gov.vn; nothing cut; no stamp, no byline; the excerpt
# ends in "quản lý nguồ"). Targets "Về mục tiêu đến năm 2025": year 2025. "từ 30% đến 50% Trưởng
# phòng, Phó Trưởng phòng cấp sở, cấp huyện được bồi dưỡng" (between 30-50; scope null: one range
# for both levels), "Phấn đấu 100% công chức cấp tỉnh, cấp huyện được bồi dưỡng" (>=, scope null),
# "mỗi năm cử 02 đến 03 cán bộ lãnh đạo, quản lý trẻ ... tham gia các lớp bồi dưỡng ở nước ngoài"
# (between 2-3, count; year 2025: the list's year, the yearly quota running 2023-2025), "Mỗi năm,
# tổ chức ít nhất 03 lớp bồi dưỡng" (>=, count). Not quantities: "dưới 45 tuổi" (part of the
# subject), "năm 2023 - 2025" (dates). Pillar null: the lead names digital transformation as a topic
# of the courses ("gắn với chuyển đổi số"), no heading or lead-in names a pillar over the list.
# --------------------------------------------------------------------------
D04 = dict(name="04_binhdinh-ke-hoach-boi-duong-cbccvc-2025", kind="target", year=2025, records=[
    P("từ «30% đến 50%", "Trưởng phòng, Phó Trưởng phòng cấp sở, cấp huyện được bồi dưỡng nâng cao kiến thức, "
      "kỹ năng quản lý, quản trị", "between", 30, value_max=50),
    P("Phấn đấu «100% công chức", "công chức cấp tỉnh, cấp huyện được bồi dưỡng, nâng cao năng lực thực thi công "
      "vụ", ">=", 100),
    Q("mỗi năm cử «02 đến 03", "cán bộ lãnh đạo, quản lý trẻ mỗi năm cử tham gia các lớp bồi dưỡng ở nước "
      "ngoài", "between", 2, value_max=3),
    Q("ít nhất «03 lớp", "lớp bồi dưỡng mỗi năm nâng cao năng lực lãnh đạo, quản lý cho cán bộ, công chức "
      "lãnh đạo, quản lý cấp phòng trở lên", ">=", 3),
])

# --------------------------------------------------------------------------
# 05 Hòa Bình, five years of the Politburo's decision on political-theory training, 2017-2022
# (hoabinh.gov.vn; nothing cut; no stamp, no byline; the excerpt ends in "đúng m"). Year 2022 (the
# results of "5 năm (2017-2022)" and the party's figures "Hiện" at the review). Results (=): the
# cadres sent to the advanced course (460), the classes and their learners (64 lớp / 4.329 học
# viên; 51 / 2.657; 255 / 18.045; 138 / 11.813 đồng chí: each class count and each learner count
# its own record, as the earlier sets record classes held), "gần 10.000 cán bộ, đảng viên" (`~`),
# the members with a vocational level or higher "43.633 đảng viên, chiếm 65,5%" (two), "Cao đẳng,
# Đại học là chiếm 37,78%", "Thạc sĩ, Tiến sĩ chiếm 1,02%", "từ Sơ cấp trở [lên] chiếm tỷ lệ
# 46,18%", "3.027 đảng viên có trình độ Cao cấp, 10.503 đảng viên trình độ Trung cấp". Not
# quantities: "510 tổ chức cơ sở Đảng với 68.478 đảng viên" (the size of the provincial party, the
# whole the shares are taken of, as the earlier sets' sizes and denominators), "5 năm", "2017-2022"
# (a period), "Khu vực I" (a name). Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_hoabinh-dao-tao-ly-luan-chinh-tri-2022", kind="result", year=2022, records=[
    C("đã cử «460 cán bộ", "cán bộ đi đào tạo cao cấp lý luận chính trị", "=", 460),
    C("đã mở «64 lớp", "lớp trung cấp lý luận chính trị - hành chính Trường Chính trị tỉnh đã mở", "=", 64),
    C("cho «4.329 học viên", "học viên lớp trung cấp lý luận chính trị - hành chính", "=", 4329),
    C("đã mở «51 lớp", "lớp sơ cấp lý luận chính trị Trung tâm chính trị các huyện, thành phố đã mở", "=", 51),
    C("cho «2.657 học viên", "học viên lớp sơ cấp lý luận chính trị", "=", 2657),
    C("cho gần «10.000 cán bộ", "cán bộ, đảng viên được xác định trình độ sơ cấp lý luận chính trị", "~", 10000),
    C("đã mở «255 lớp", "lớp bồi dưỡng nâng cao trình độ chuyên môn nghiệp vụ Trường Chính trị tỉnh đã mở", "=",
      255),
    C("cho «18.045 học viên", "học viên lớp bồi dưỡng nâng cao trình độ chuyên môn nghiệp vụ", "=", 18045),
    C("được «138 lớp", "lớp bồi dưỡng cập nhật kiến thức và lãnh đạo quản lý cấp phòng đã mở", "=", 138),
    C("cho «11.813 đồng chí", "đồng chí được bồi dưỡng cập nhật kiến thức và lãnh đạo quản lý cấp phòng", "=",
      11813),
    C("là «43.633 đảng viên", "đảng viên có trình độ chuyên môn từ Trung cấp, Công nhân kỹ thuật trở lên", "=",
      43633),
    R("chiếm «65,5%", "đảng viên có trình độ chuyên môn từ Trung cấp, Công nhân kỹ thuật trở lên", "=", 65.5),
    R("chiếm «37,78%", "đảng viên có trình độ Cao đẳng, Đại học", "=", 37.78),
    R("chiếm «1,02%", "đảng viên có trình độ Thạc sĩ, Tiến sĩ", "=", 1.02),
    R("tỷ lệ «46,18%", "đảng viên có trình độ lý luận chính trị từ Sơ cấp trở lên", "=", 46.18),
    C("có «3.027 đảng viên", "đảng viên có trình độ Cao cấp lý luận chính trị", "=", 3027),
    C("«10.503 đảng viên", "đảng viên trình độ Trung cấp lý luận chính trị", "=", 10503),
])

# --------------------------------------------------------------------------
# 06 Đồng Nai, the cadres trained and retrained by the provincial party committee in the 2015-2020
# term, February 2020 (baodongnai.com.vn; cut: the byline date "Cập nhật lúc 04:53, Thứ Hai,
# 24/02/2020 (GMT+7)" with the blank line after it, written as the first line `date 2020-02-24`;
# the photo caption "Học viên trong giờ học tại Trường Chính trị tỉnh" (two identical lines) with
# the blank line after them; the byline "Quỳnh Trang" with the blank line after it and the five
# lines "." at the end). Year 2020 (the date: "từ đầu nhiệm kỳ 2015-2020 đến nay"). Results: the
# title's "hơn 21.800 lượt cán bộ" (`>`), "21.804 lượt cán bộ" (=), "trong tỉnh 20.897 lượt" (=),
# "ngoài tỉnh cho gần 100 lượt" (`~`). Not quantities: "2015-2020" (a term), "Đề án 165" (a name).
# Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_dongnai-dao-tao-boi-duong-can-bo-2020", kind="result", year=2020, records=[
    C("hơn «21.800 lượt", "lượt cán bộ được đào tạo, bồi dưỡng", ">", 21800),
    C("cử «21.804 lượt", "lượt cán bộ tham gia các chương trình đào tạo, bồi dưỡng trong và ngoài tỉnh", "=",
      21804),
    C("tỉnh «20.897 lượt", "lượt cán bộ được đào tạo, bồi dưỡng trong tỉnh", "=", 20897),
    C("cho gần «100 lượt", "lượt cán bộ được cử đi đào tạo, bồi dưỡng ngoài tỉnh", "~", 100),
])

# --------------------------------------------------------------------------
# 07 Tây Ninh, the provincial party committee's ratings of district-level party organisations,
# bodies and leaders for 2022, January 2023 (baotayninh.vn; cut: the section label "Thời Sự - Chính
# trị   Xây dựng Đảng", the byline "Cập nhật ngày: 31/01/2023 - 19:27" (written as the first line
# `date 2023-01-31`) and the photo caption "Đồng chí Lê Minh Thế- ... Ảnh: Hà Nam", each with the
# blank line after it; the excerpt ends in "Xếp loạ"). A precision text: many numbers, three
# records. Year 2022 (the ratings of "năm 2022"). Results (=, count): the leaders rated "14 đồng chí
# xếp loại A", "114 đồng chí xếp loại B", "1 đồng chí xếp loại C" (each its own subject, scope
# null). Not quantities: "13 đảng bộ huyện và tương đương", "14 cơ quan, đơn vị", "12 tập thể", "6
# tập thể", "13 tập thể ban thường vụ" (the size of each group rated; the organisations rated
# excellent are named, not counted), "2577-QĐ/TU" (a document), "11.1.2023" (a date). Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_tayninh-xep-loai-can-bo-2022-precision", kind="result", year=2022, records=[
    C("có «14 đồng chí", "cán bộ lãnh đạo, quản lý khối huyện và tương đương xếp loại A (hoàn thành xuất sắc "
      "nhiệm vụ)", "=", 14),
    C("«114 đồng chí", "cán bộ lãnh đạo, quản lý khối huyện và tương đương xếp loại B (hoàn thành tốt nhiệm vụ)",
      "=", 114),
    C("và «1 đồng chí", "cán bộ lãnh đạo, quản lý khối huyện và tương đương xếp loại C (hoàn thành nhiệm vụ)",
      "=", 1),
])

# --------------------------------------------------------------------------
# 08 Quảng Nam, the approved quotas and yearly roadmap for recruiting ethnic-minority officials and
# public employees, 2022-2025 (baoquangnam.vn; cut: the byline "HÀ QUANG |" with the blank line
# after it and the tag label "TAGS" at the end; no stamp, no byline date). Targets (kind target,
# bare numbers `>=`, count): for each of the three groups of employers (departments; public-service
# units; the high-mountain districts: a breakdown by kind of employer, scope null, the group in the
# indicator) the total "tổng chỉ tiêu tuyển dụng của giai đoạn 2022 - 2025" (year 2025, the end of
# the period, as the earlier sets date a period's targets) and each year's quota in the bracket
# (year as written: 2022, 2023, 2024, 2025). Not quantities: "2022 - 2025" (the period). Pillar
# null.
# --------------------------------------------------------------------------
SBN = "chỉ tiêu tuyển dụng công chức, viên chức người dân tộc thiểu số đối với sở ban ngành"
SN = "chỉ tiêu tuyển dụng công chức, viên chức người dân tộc thiểu số đối với đơn vị sự nghiệp công lập"
HUYEN = "chỉ tiêu tuyển dụng công chức, viên chức người dân tộc thiểu số đối với UBND các huyện miền núi cao"
D08 = dict(name="08_quangnam-lo-trinh-tuyen-dung-dtts-2025", kind="target", year=2025, records=[
    Q("là «66 (", SBN + " giai đoạn 2022 - 2025", ">=", 66),
    Q("(năm 2022 tuyển dụng «2 chỉ tiêu", SBN + " năm 2022", ">=", 2, year=2022),
    Q("2023 tuyển dụng «25 chỉ tiêu", SBN + " năm 2023", ">=", 25, year=2023),
    Q("2024 tuyển dụng «32 chỉ tiêu", SBN + " năm 2024", ">=", 32, year=2024),
    Q("2025 tuyển dụng «7 chỉ tiêu", SBN + " năm 2025", ">=", 7),
    Q("là «8 (", SN + " giai đoạn 2022 - 2025", ">=", 8),
    Q("(năm 2022 tuyển dụng «3 chỉ tiêu", SN + " năm 2022", ">=", 3, year=2022),
    Q("2023 tuyển dụng «3 chỉ tiêu", SN + " năm 2023", ">=", 3, year=2023),
    Q("2024 tuyển dụng «2 chỉ tiêu).", SN + " năm 2024", ">=", 2, year=2024),
    Q("là «248 (", HUYEN + " giai đoạn 2022 - 2025", ">=", 248),
    Q("(năm 2022 tuyển dụng «24 chỉ tiêu", HUYEN + " năm 2022", ">=", 24, year=2022),
    Q("2023 tuyển dụng «56 chỉ tiêu", HUYEN + " năm 2023", ">=", 56, year=2023),
    Q("2024 tuyển dụng «78 chỉ tiêu", HUYEN + " năm 2024", ">=", 78, year=2024),
    Q("2025 tuyển dụng «90 chỉ tiêu", HUYEN + " năm 2025", ">=", 90),
])

# --------------------------------------------------------------------------
# 09 Kon Tum, the provincial party committee's plan (72-KH/TU) for the 2022 review and rating of
# party organisations, members and leaders, November 2022 (kontum.gov.vn; cut: the page's date
# header "Thứ 3, Ngày 25/06/2024 -" with the blank line after it, the byline "Ngày đăng:
# 07/11/2022  16:18" (written as the first line `date 2022-11-07`) and the font widget "Mặc định
# Cỡ chữ"; the lines of one space between the paragraphs kept; the excerpt ends in "trực "). A
# precision text, no record: every number is a date ("05-12-2022", "03/11/2022", "08-3-2018",
# "18-10-2019", "12-11-2019", "25-12-2022", "20-12-2022", "31-12-2022", "năm 2022") or a document
# number ("72-KH/TU", "132-QĐ/TW", "21-HD/BTCTW", "05-HD/TU").
# --------------------------------------------------------------------------
D09 = dict(name="09_kontum-ke-hoach-danh-gia-xep-loai-2022-precision", kind="target", year=2022, records=[])

# --------------------------------------------------------------------------
# 10 Kon Tum, the provincial plan implementing the human-resources scheme to 2030 for 2021-2025:
# its targets for officials for 2025 (kontumtv.vn; cut: the byline "Thanh Tùng – Công Luận" (led by
# spaces) and the comment form's "Trả lời" and "Email của bạn sẽ không được hiển thị ... đánh d",
# each with the blank line after it; no stamp, no date). Targets "Đến năm 2025", "mục tiêu cụ thể
# đến năm 2025": year 2025, `>=`. The lead's "95% cán bộ, công chức được nâng cao trình độ ..." and
# the body's repeat of it (two statements, two records, as the earlier sets record a lead's number
# and the body's), "15% cán bộ công chức có trình độ chuyên môn trên đại học, có trình độ ... cao
# cấp ... chính trị – hành chính" (one record: one value for one group), "70% cán bộ chủ chốt các
# xã, phường, thị trấn có trình độ đại học trở lên" (scope null: the communes' leaders are the
# subject), "90% cán bộ, công chức, viên chức được bồi dưỡng ...". Not quantities: "2030", "2050",
# "2021-2025", "2021 – 2025" (dates). Pillar null.
# --------------------------------------------------------------------------
NANG_CAO = ("cán bộ, công chức được nâng cao trình độ lý luận chính trị, kiến thức, kỹ năng về quản lý nhà "
            "nước và kiến thức quốc phòng, an ninh")
D10 = dict(name="10_kontum-nguon-nhan-luc-muc-tieu-2025", kind="target", year=2025, records=[
    P("2025 có «95% cán bộ, công chức được nâng cao trình độ lý luận chính trị, kiến thức, kỹ năng về quản lý "
      "nhà nước và kiến thức quốc phòng, an ninh. Đây", NANG_CAO, ">=", 95),
    P("cụ thể đến năm 2025 có «95%", NANG_CAO, ">=", 95),
    P("«15% cán bộ", "cán bộ công chức có trình độ chuyên môn trên đại học, có trình độ cao cấp lý luận chính "
      "trị – hành chính", ">=", 15),
    P("«70% cán bộ chủ chốt", "cán bộ chủ chốt các xã, phường, thị trấn có trình độ đại học trở lên", ">=", 70),
    P("«90% cán bộ", "cán bộ, công chức, viên chức được bồi dưỡng nâng cao chuyên môn, nghiệp vụ, đạo đức công "
      "vụ, đạo đức nghề nghiệp, kiến thức hội nhập quốc tế tiếng dân tộc thiểu số, tin học, ngoại ngữ", ">=", 90),
])

# --------------------------------------------------------------------------
# 11 Thanh Hóa, the provincial school of politics opening its full-time intermediate
# political-theory classes of 2025-2026, August 2025 (baothanhhoa.vn; the stamp " date 2025-08-13"
# written as the first line; cut: the photo captions "Các đại biểu và học viên dự khai giảng.",
# "TS Thịnh Văn Khoa, ... phát biểu khai mạc." and "Toàn cảnh lễ khai giảng.", each with the blank
# line after it; the excerpt ends in ", n"). Year 2025. Results (=, count): "Khóa học có 245 học
# viên", "200 học viên của 4 lớp Trung cấp lý luận chính trị hệ tập trung K52A" (two: the learners
# and the classes), "45 học viên của lớp ... tỉnh Hủa Phăn" (place "Hủa Phăn": the Lao province
# whose cadres the class trains, not the document's own). Not quantities: "K52A" (a name), "13/8"
# (a date), "2025-2026" (the course's years), "6 tháng" (a duration). Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_thanhhoa-khai-giang-trung-cap-llct-2025", kind="result", year=2025, records=[
    C("có «245 học viên", "học viên khóa học Trung cấp lý luận chính trị", "=", 245),
    C("gồm «200 học viên", "học viên của lớp Trung cấp lý luận chính trị hệ tập trung K52A", "=", 200),
    C("của «4 lớp", "lớp Trung cấp lý luận chính trị hệ tập trung K52A", "=", 4),
    C("và «45 học viên", "học viên của lớp Trung cấp lý luận chính trị - hành chính dành cho cán bộ nguồn lãnh "
      "đạo, quản lý của tỉnh Hủa Phăn", "=", 45, place="Hủa Phăn"),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
