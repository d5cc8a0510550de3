#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set305).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (goldkit.clause_span).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: here completion against a plan and a
population's make-up); check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set193, the id is given in the record itself (`iid=`); the theme (literacy, lifelong
learning, community learning centres) has no indicator in the catalogue, so every id is null.

The theme's texts have no pillar headings: every record's pillar is null.

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

# A result count and its share, stated as "số X là N (chiếm P%)": two records (spec's bracket case).
LIT = "đạt chuẩn biết chữ mức độ"


def pair(count_loc, pct_loc, subject, count, pct, count_op="=", **kw):
    """A count and the share beside it, each its own record (the share's subject named as a rate)."""
    return [R(count_loc, f"số {subject}", count_op, count, **CNT, **kw),
            R(pct_loc, f"tỷ lệ {subject}", "=", pct, **kw)]


# --------------------------------------------------------------------------
# 01 Bà Rịa - Vũng Tàu, Kế hoạch 49/KH-UBND on the programme "Đẩy mạnh phong trào học tập suốt đời
# trong gia đình, dòng họ, cộng đồng và đơn vị giai đoạn 2023-2030" (baobariavungtau.com.vn; cut:
# the byline "HOÀNG BÁCH"; no stamp, no byline date: the address's "202304" is not in the text).
# Targets; bare numbers and "đạt", "là" as `>=`. Years: "đến năm 2025, 40% ... và phải đạt 60% vào
# năm 2030" (2025, 2030); "60% cán bộ ... và tiến tới là 80% vào năm 2030" (the first of the pair
# 2025, the lead-in's year; the second 2030); the third paragraph's "Phấn đấu 100% ..." and "40%
# cán bộ ... lộ trình là 60% đến năm 2030" name no year for their first values: 2025, the plan's
# first milestone as the pairs above (a judgement). "trên địa bàn cấp xã", "cấp xã": part of each
# subject, scope null (spec). Not quantities: "49/KH-UBND" (a document), "2023-2030" (a period).
# --------------------------------------------------------------------------
D01 = dict(name="01_bariavungtau-hoc-tap-suot-doi-muc-tieu-2025", kind="target", year=2025, records=[
    R("năm 2025, «40% người", "người lao động trong “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập”",
      ">=", 40),
    R("phải đạt «60% vào", "người lao động trong “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập”",
      ">=", 60, year=2030),
    R("2030. «60% cán bộ", "cán bộ, công chức, nhân viên trong “Đơn vị học tập” trên địa bàn cấp xã đạt danh "
      "hiệu “Công dân học tập”", ">=", 60),
    R("tiến tới là «80%", "cán bộ, công chức, nhân viên trong “Đơn vị học tập” trên địa bàn cấp xã đạt danh "
      "hiệu “Công dân học tập”", ">=", 80, year=2030),
    R("Phấn đấu «100% lãnh đạo", "lãnh đạo Hội Khuyến học cấp xã tham gia quản lý Trung tâm Học tập cộng đồng, "
      "Trung tâm Văn hóa-Thể thao và Học tập cộng đồng", ">=", 100),
    R("đồng. «40% cán bộ", "cán bộ làm công tác khuyến học cấp xã tham gia tổ chức các hoạt động của Trung tâm "
      "Học tập cộng đồng, được bồi dưỡng, tập huấn về ứng dụng CNTT", ">=", 40),
    R("lộ trình là «60%", "cán bộ làm công tác khuyến học cấp xã được bồi dưỡng, tập huấn về ứng dụng CNTT",
      ">=", 60, year=2030),
])

# --------------------------------------------------------------------------
# 02 Đắk Lắk, Kế hoạch số 102/KH-UBND (9/5/2022) carrying out the lifelong-learning programme in
# families, clans, communities and units 2021-2030 (daklak.gov.vn; cut: the photo caption "Ảnh minh
# họa – Nguồn Internet" with the blank line after it; the title's "(10/05/2022, 14:53)" is part of
# a line, kept; the excerpt ends in "hội đồ"). Targets, bare numbers `>=`. "Mục tiêu cụ thể đến năm
# 2025 là 100% khu dân cư; 95% cơ quan/đơn vị/trường học; 80% dòng họ/... có chi hội, ban khuyến
# học ...": three records, each its own subject sharing the predicate, scope null (kinds of unit,
# not levels); "100% cán bộ và hội viên ..." 2025. "Mục tiêu đến năm 2030 là 100% khu dân cư, cơ
# quan/đơn vị/trường học, 90% dòng họ/hội đồ": one record per number (spec's breakdown by kind:
# the 100% for the two subjects once), 2030; the last subject is cut off by the excerpt and kept
# as written. Pillar null (the objective's "Chương trình chuyển đổi số quốc gia" is no heading).
# Not quantities: "10/05/2022", "14:53", "09/5/2022" (dates, a time), "102/KH-UBND", "2021 - 2030".
# --------------------------------------------------------------------------
ORG = "có chi hội, ban khuyến học và tổ chức được phong trào học tập suốt đời"
D02 = dict(name="02_daklak-hoc-tap-suot-doi-muc-tieu-2025", kind="target", year=2025, records=[
    R("2025 là «100% khu", f"khu dân cư {ORG}", ">=", 100),
    R("; «95% cơ quan", f"cơ quan/đơn vị/trường học {ORG}", ">=", 95),
    R("; «80% dòng họ", f"dòng họ/hội đồng hương/cơ sở tôn giáo {ORG}", ">=", 80),
    R("; «100% cán bộ", "cán bộ và hội viên của Hội Khuyến học được học tập quán triệt các chủ trương của Bộ "
      "Chính trị, Ban Bí thư", ">=", 100),
    R("2030 là «100% khu", f"khu dân cư, cơ quan/đơn vị/trường học {ORG}", ">=", 100, year=2030),
    R(", «90% dòng họ", "dòng họ/hội đồ", ">=", 90, year=2030),
])

# --------------------------------------------------------------------------
# 03 Đắk Lắk, Ea Súp district assessed as meeting literacy standard level 1, August 2023
# (baodaklak.vn; cut: the navigation "Multimedia Đọc Báo in" with the blank line after it, the two
# photo captions "Cô trò trường Tiểu học Nguyễn Thị Định, ..." and "Một tiết học của cô và trò
# Trường THCS Nguyễn Thị Định (...)." with the blank line after the second, and the byline
# "11:18, 28/08/2023" with the blank line after it, written as the first line `date 2023-08-28`).
# Results, year 2023 (the byline; "Năm học 2022 - 2023" read by its end year, as set181). Each age
# group's count and share: two records (the count "là 13.366", then the bracket "(chiếm 99,72%)"),
# the age group part of each clause's subject (scope null, spec: a group that is only part of the
# subject; each clause restates its subject). "Năm học 2022 - 2023, tỷ lệ huy động trẻ ra lớp đúng
# độ tuổi mẫu giáo đạt 100%, trẻ 6 tuổi vào lớp 1 đạt 100%, trẻ 11 tuổi vào lớp 6 đạt 99,64%":
# three records, each its own subject (different enrolments), scope null. Not quantities: the age
# ranges "15 - 25", "15 - 35", "15 - 60", "6 tuổi", "11 tuổi", the labels "mức độ 1", "mức độ 2",
# "lớp 1", "lớp 6", the school network "49 trường học các cấp và 3 nhóm, lớp mẫu giáo tư thục" (a
# size, as set298's school network), "20/2014/NĐ-CP", "07/2016/TT-BGDĐT" and their dates.
# --------------------------------------------------------------------------
D03 = dict(name="03_daklak-easup-chuan-xoa-mu-chu-2023", kind="result", year=2023, records=[
    *pair("1 là «13.366", "(chiếm «99,72%", f"người từ 15 - 25 tuổi của huyện {LIT} 1", 13366, 99.72),
    *pair("1 là «28.695", "(«98,56%", f"người từ 15 - 35 tuổi {LIT} 1", 28695, 98.56),
    *pair("1 là «51.321", "(«95,92%", f"người từ 15 - 60 tuổi {LIT} 1", 51321, 95.92),
    *pair("2 là «13.306", "(«99,28%", f"người từ 15 - 25 tuổi {LIT} 2", 13306, 99.28),
    *pair("2 là «28.152", "(«96,71%", f"người từ 15 - 35 tuổi {LIT} 2", 28152, 96.71),
    *pair("2 là «48.542", "(«90,74%", f"người từ 15 - 60 {LIT} 2", 48542, 90.74),
    R("mẫu giáo đạt «100%", "tỷ lệ huy động trẻ ra lớp đúng độ tuổi mẫu giáo", "=", 100),
    R("lớp 1 đạt «100%", "tỷ lệ huy động trẻ 6 tuổi vào lớp 1", "=", 100),
    R("lớp 6 đạt «99,64%", "tỷ lệ huy động trẻ 11 tuổi vào lớp 6", "=", 99.64),
])

# --------------------------------------------------------------------------
# 04 Gia Lai, illiterate people and communes and districts meeting the literacy standards, 2022
# (giaoducthudo.giaoducthoidai.vn; cut: the photo caption "Nét chữ nguệch ngoạc của những người phụ
# nữ lần đầu cầm bút. |"; no byline, no stamp). Results, year 2022 (the only year the text gives
# for its figures, "Trong năm 2022"; the first paragraph's counts reported with them, a judgement).
# "67.776 /1.049.164 người, tỷ lệ 6,46%" and "50.964/454.888 chiếm tỷ lệ 11,2%": the count and the
# share, each a record (the denominators are the population aged 15-60, not quantities); the ethnic
# minorities' figure is its own sentence ("Trong đó, người đồng bào DTTS mù chữ ..."), the group in
# the subject, scope null. "số đơn vị cấp xã đạt chuẩn XMC là 52" (as written, though 10 + 210 make
# 220), "mức độ 1: 10/220 xã chiếm tỷ lệ 4,54%", "mức độ 2: 210/220 xã, chiếm tỷ lệ 95,46%", and the
# districts' "2/17 huyện ... 11,76%", "15/17 huyện ... 88,24%": each count and share a record; the
# standard's level is a kind, not a split (scope null). Not quantities: "(tăng 8 đơn vị cấp xã)",
# "(tăng 1 đơn vị cấp huyện so với năm 2021)" (changes, spec), "15-60" (ages), the denominators
# "/220", "/17", "mức độ 1" (the province's standard, a label).
# --------------------------------------------------------------------------
D04 = dict(name="04_gialai-nguoi-mu-chu-xa-dat-chuan-2022", kind="result", year=2022, records=[
    *pair("là «67.776", "tỷ lệ «6,46%", "người mù chữ độ tuổi từ 15-60 tuổi trên địa bàn tỉnh", 67776, 6.46),
    *pair("là «50.964", "tỷ lệ «11,2%", "người đồng bào DTTS mù chữ", 50964, 11.2),
    R("XMC là «52", "số đơn vị cấp xã đạt chuẩn XMC", "=", 52, **CNT),
    *pair("1: «10/220", "tỷ lệ «4,54%", "xã đạt chuẩn XMC mức độ 1", 10, 4.54),
    *pair("2: «210/220", "tỷ lệ «95,46%", "xã đạt chuẩn XMC mức độ 2", 210, 95.46),
    *pair("1: «2/17", "tỷ lệ «11,76%", "đơn vị cấp huyện đạt chuẩn XMC mức độ 1", 2, 11.76),
    *pair("2: «15/17", "tỷ lệ «88,24%", "đơn vị cấp huyện đạt chuẩn XMC mức độ 2", 15, 88.24),
])

# --------------------------------------------------------------------------
# 05 Gia Lai, the provincial Association for Promotion of Learning's review of 2023 (baogialai.com.vn;
# nothing cut; the stamp " date 2023-12" written as the first line). Results, year 2023 ("trong
# năm 2023", the stamp), =. Counts: "238 tổ chức Hội Khuyến học", "2.411 chi hội", "576 ban khuyến
# học", "262.590 người" members and their share "chiếm 17,21% dân số toàn tỉnh" (a membership rate,
# not the population's make-up), the "Đơn vị học tập" checks "đối với 27 cơ quan cấp tỉnh" (the
# work done in 2023 on 2022's units: year 2023, a judgement), and the five models recognised
# "123.866 gia đình học tập, 324 dòng họ học tập, 910 cộng đồng học tập, 640 đơn vị học tập và
# 22.889 công dân học tập" (one record each, its own subject). Not quantities: "160 đại biểu" (an
# event's participants, spec), "(tăng 540 chi hội so với năm 2022)", "(tăng 113 ban ...)", "(tăng
# 12.504 hội viên ...)" (changes, spec), "5 mô hình học tập" (the number of named models, as the
# spec's counts of tasks), "năm 2022", "2021-2030" (dates).
# --------------------------------------------------------------------------
D05 = dict(name="05_gialai-khuyen-hoc-mo-hinh-hoc-tap-2023", kind="result", year=2023, records=[
    R("có «238 tổ chức", "tổ chức Hội Khuyến học", "=", 238, **CNT),
    R("với «2.411 chi hội", "chi hội khuyến học", "=", 2411, **CNT),
    R("và «576 ban", "ban khuyến học", "=", 576, **CNT),
    R("là «262.590", "tổng số hội viên khuyến học", "=", 262590, **CNT),
    R("chiếm «17,21%", "hội viên khuyến học so với dân số toàn tỉnh", "=", 17.21),
    R("với «27 cơ quan", "cơ quan cấp tỉnh được kiểm tra công tác xây dựng “Đơn vị học tập” năm 2022", "=", 27,
      **CNT),
    R("nhận «123.866", "gia đình học tập được công nhận", "=", 123866, **CNT),
    R(", «324 dòng họ", "dòng họ học tập được công nhận", "=", 324, **CNT),
    R(", «910 cộng đồng", "cộng đồng học tập được công nhận", "=", 910, **CNT),
    R(", «640 đơn vị", "đơn vị học tập được công nhận", "=", 640, **CNT),
    R("và «22.889", "công dân học tập được công nhận", "=", 22889, **CNT),
])

# --------------------------------------------------------------------------
# 06 Hòa Bình, the province's community learning centres (hoabinh.gov.vn; nothing cut; no byline,
# no stamp; the excerpt ends in "tồn t"). Results, =; year null (the text names no year for its
# figures: "tính đến nay", "Giai đoạn từ năm 2009 đến nay"; the address's "23246-1475" is an id).
# Counts with their denominators ("2.045/2.068", "132/210", "210/210" twice, "134/210": the first
# number a record, the denominator the whole, not a quantity), "4.724 nhóm thành viên", "100% Trung
# tâm học tập cộng đồng có nối mạng internet" (%), "3.751 giáo viên hướng dẫn viên, cộng tác viên
# dạy chuyên đề cấp huyện và cấp xã" (one value for both levels, scope null, spec), "gần 3,6 triệu
# lượt người dân" (`~`, the magnitude multiplied in). Not quantities: "năm 2009" (a date).
# Ids null (the catalogue's schools_internet_share counts schools; a community learning centre is
# not a school: a judgement).
# --------------------------------------------------------------------------
TTHTCD = "Trung tâm học tập cộng đồng"
D06 = dict(name="06_hoabinh-trung-tam-hoc-tap-cong-dong", kind="result", year=None, records=[
    R("có «2.045/2.068", "xóm, bản, tổ có câu lạc bộ phát triển cộng đồng thôn", "=", 2045, **CNT),
    R("với «4.724 nhóm", "nhóm thành viên câu lạc bộ phát triển cộng đồng thôn", "=", 4724, **CNT),
    R("có «132/210", f"{TTHTCD} có trụ sở hoạt động riêng", "=", 132, **CNT),
    R("riêng, «210/210", f"{TTHTCD} đã khắc dấu", "=", 210, **CNT),
    R("dấu. «100%", f"{TTHTCD} có nối mạng internet phục vụ khai thác tài liệu hoạt động chuyên đề", "=", 100),
    R("đề. «210/210", f"{TTHTCD} có tủ sách cộng đồng", "=", 210, **CNT),
    R("«134/210", f"{TTHTCD} được trang bị loa đài", "=", 134, **CNT),
    R("có «3.751", "giáo viên hướng dẫn viên, cộng tác viên dạy chuyên đề cấp huyện và cấp xã", "=", 3751, **CNT),
    R("cho gần «3,6 triệu", f"lượt người dân tham dự giáo dục, huấn luyện, thông tin tư vấn tại các {TTHTCD}",
      "~", 3600000, **CNT),
])

# --------------------------------------------------------------------------
# 07 Đồng Nai, Vĩnh Cửu district's learning models in 2022 (baodongnai.com.vn; cut: the byline date
# "Cập nhật lúc 22:05, Thứ Sáu, 03/02/2023 (GMT+7)" written as the first line `date 2023-02-03`,
# the byline "Quang Nhật" with the blank line after it, and the page's trailing furniture lines
# ".", ".", ";", ".", "."). Results, =. Year: 2022 for "Chỉ tính riêng năm 2022, toàn huyện có
# 22.796/31.751 hộ gia đình; 18 dòng họ, 59 cộng đồng, 103 đơn vị được công nhận ..." (four
# records, each its own subject; "/31.751" the whole), for the title's "180 cộng đồng, dòng họ và
# đơn vị học tập" (the sum of 2022's 18 + 59 + 103, a value restated in a title gets a record, as
# set184) and for the centres' classification "10/12 xã, thị trấn được xếp loại tốt, 2 xã xếp loại
# khá" (reported with 2022's figures, a judgement); 2023 (the byline's year) for "Hiện 100% các xã,
# thị trấn ... đạt chuẩn xóa mù chữ mức độ 2". Not quantities: "2021-2030" (a period), "mức độ 2" (a
# label), the denominators "/31.751", "/12".
# --------------------------------------------------------------------------
D07 = dict(name="07_dongnai-vinhcuu-don-vi-hoc-tap-2022", kind="result", year=2022, records=[
    R("«180 cộng đồng", "cộng đồng, dòng họ và đơn vị học tập", "=", 180, **CNT),
    R("Hiện «100%", "xã, thị trấn trên địa bàn H.Vĩnh Cửu đạt chuẩn xóa mù chữ mức độ 2", "=", 100, year=2023),
    R("có «22.796/31.751", "hộ gia đình được công nhận gia đình học tập", "=", 22796, **CNT),
    R("; «18 dòng họ", "dòng họ được công nhận dòng họ học tập", "=", 18, **CNT),
    R(", «59 cộng đồng", "cộng đồng được công nhận cộng đồng học tập", "=", 59, **CNT),
    R(", «103 đơn vị", "đơn vị được công nhận đơn vị học tập", "=", 103, **CNT),
    R("có «10/12", "xã, thị trấn có trung tâm văn hóa thể thao - học tập cộng đồng được xếp loại tốt", "=", 10,
      **CNT),
    R(", «2 xã", "xã có trung tâm văn hóa thể thao - học tập cộng đồng xếp loại khá", "=", 2, **CNT),
])

# --------------------------------------------------------------------------
# 08 Đắk Nông, illiteracy in Đắk G'long district (baotintuc.vn; nothing cut; no byline, no stamp:
# the address's "20220626" is not in the text; the excerpt ends in "ngành Giáo d"). Results; year
# null (the text names no year). "số người mù chữ ở mức độ 1 (chưa hoàn thành lớp 3) là 4.550 người
# (chiếm 10%); mù chữ mức độ 2 (chưa hoàn thành lớp 5) trên 7.100 người (chiếm 15,9%)": the counts
# (=; "trên" `>`) and their shares. NOT: "đồng bào H’mông chiếm 79%" (the population's make-up,
# as the earlier sets). Not quantities: "hơn 45.300 nhân khẩu từ 15 - 60 tuổi" (the district's
# population, a size), "hơn 30 tuổi", "hơn 20 năm" (an age, a duration), "thôn 11" (a name), "lớp
# 3", "lớp 5" (labels).
# --------------------------------------------------------------------------
D08 = dict(name="08_daknong-dakglong-nguoi-mu-chu", kind="result", year=None, records=[
    *pair("là «4.550", "(chiếm «10%", "người mù chữ ở mức độ 1 (chưa hoàn thành lớp 3)", 4550, 10),
    *pair("trên «7.100", "(chiếm «15,9%", "người mù chữ mức độ 2 (chưa hoàn thành lớp 5)", 7100, 15.9,
          count_op=">"),
], NOT=["chiếm «79%"])

# --------------------------------------------------------------------------
# 09 Điện Biên, the province's literacy work (tapchigiaoduc.edu.vn; nothing cut; no byline, no
# stamp; the excerpt ends in "Trong năm 2023, công tác xóa mù chữ "). Results, =, year 2023 (the
# only year the text gives, for the work it goes on to report; a judgement, as set184's year from
# the text): "số người trong độ tuổi 15-60 được công nhận đạt chuẩn biết chữ mức độ 1 đạt 96,88%;
# chuẩn biết chữ mức độ 2 là 88,39%" (two records, the level a kind). NOT: "dân tộc Mông (chiếm
# 38,12 %)", "dân tộc Thái (chiếm 35,69%)" (the population's make-up). Not quantities: "19 dân tộc"
# (the make-up), "15-60" (ages), "mức độ 1", "mức độ 2" (labels).
# --------------------------------------------------------------------------
D09 = dict(name="09_dienbien-ty-le-biet-chu-2023", kind="result", year=2023, records=[
    R("đạt «96,88%", "số người trong độ tuổi 15-60 được công nhận đạt chuẩn biết chữ mức độ 1", "=", 96.88),
    R("là «88,39%", "số người trong độ tuổi 15-60 được công nhận đạt chuẩn biết chữ mức độ 2", "=", 88.39),
], NOT=["(chiếm «38,12 %", "(chiếm «35,69%"])

# --------------------------------------------------------------------------
# 10 Thanh Hóa, Trung Lý commune (Mường Lát), a border guard post's literacy class for the Mông of
# Tà Cóm village (dantoctongiao.congly.vn; nothing cut; no byline, no stamp; the excerpt ends in
# "dân tộc thiể"). A precision text: one record. Result "lớp học đã có hơn 30 học viên độ tuổi
# 17-50 tham gia" (count, `>`), year 2024 (the only year the text gives, the class's end "hết tháng
# 7-2024", as set184's campaign end date). Not quantities: "50km" (a distance), "113 hộ/620 khẩu"
# (the village's size), "112 hộ/ 113 hộ" (the village's poor households, its make-up in absolute
# numbers), "17-50" (ages), "19 đến 21 giờ" (times), "tháng 7-2024" (a date).
# --------------------------------------------------------------------------
D10 = dict(name="10_thanhhoa-trungly-lop-xoa-mu-chu-2024", kind="result", year=2024, records=[
    R("có hơn «30 học viên", "học viên tham gia lớp học xóa mù chữ bản Tà Cóm", ">", 30, **CNT),
])

# --------------------------------------------------------------------------
# 11 Phú Thọ, five years of the learning-society project (baophutho.vn; nothing cut; the stamp
# " date 2025-11-20" written as the first line; the excerpt ends in "giúp mọi người "). Results,
# =, year 2025 (the stamp). "100% xã, phường đạt chuẩn PCGD mầm non 5 tuổi và PCGD tiểu học mức độ
# 3" (one value for both standards, one record) and "133/148 xã, phường đạt chuẩn PCGD THCS mức độ
# 3" (count; "/148" the whole). NOT: "hoàn thành 100% các mục tiêu phổ cập giáo dục và xóa mù chữ"
# (completion against the plan's targets, as the earlier sets leave completion out). Not
# quantities: "5 năm" (a duration), "2021-2030", "1373/QĐ-TTg" (a period, a document), "5 tuổi",
# "mức độ 2", "mức độ 3" (an age, labels).
# --------------------------------------------------------------------------
D11 = dict(name="11_phutho-xa-hoi-hoc-tap-pcgd-2025", kind="result", year=2025, records=[
    R("2, «100% xã", "xã, phường đạt chuẩn PCGD mầm non 5 tuổi và PCGD tiểu học mức độ 3", "=", 100),
    R("việc «133/148", "xã, phường đạt chuẩn PCGD THCS mức độ 3", "=", 133, **CNT),
], NOT=["hoàn thành «100% các mục tiêu"])

# --------------------------------------------------------------------------
# 12-14: precision texts, the heads of three provincial plans on the theme as legal-document sites
# show them, no record each. 12 Khánh Hòa, Kế hoạch 4341/KH-UBND (16/5/2022) on lifelong learning
# in families, clans, communities and units 2021-2030 (thuvienphapluat.vn; cut: the search box "Từ
# khoá: Số Hiệu, Tiêu đề hoặc Nội dung ngắn gọn của Văn Bản...", "Đăng nhập", "Đang tải văn bản..."
# with their blank lines): document numbers (4341/KH-UBND, 387/QĐ-TTg, 10491/KH-UBND, 4607/QĐ-UBND,
# 926/TTr-SGDĐT), dates and periods. 13 Hải Dương, Kế hoạch 4206/KH-UBND (15/11/2021) carrying out
# the learning-society project 2021-2030 (thuvienphapluat.vn; nothing cut): document numbers
# (1373/QĐ-TTg, 3320/BGDĐT-GDTX), dates, the list labels "I.", "1." - "4.". 14 Quảng Bình, Kế hoạch
# 470/KH-UBND (25/3/2025) on the community learning centres of ethnic-minority and mountain communes
# to 2030 (lawnet.vn; nothing cut): the document number, twice, in the site's metadata table, its
# date, "1716/QĐ-TTg" and "31/12/2024", "năm 2030" (the programme's horizon, in its name).
# --------------------------------------------------------------------------
D12 = dict(name="12_khanhhoa-ke-hoach-hoc-tap-suot-doi-2022-precision", kind="target", year=2022, records=[])
D13 = dict(name="13_haiduong-ke-hoach-xa-hoi-hoc-tap-2021-precision", kind="target", year=2021, records=[])
D14 = dict(name="14_quangbinh-ke-hoach-trung-tam-hoc-tap-2025-precision", kind="target", year=2025, records=[])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
