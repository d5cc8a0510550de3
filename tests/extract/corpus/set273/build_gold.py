#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set273).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of percentages deliberately left without a record (a
change against an earlier term, a threshold that defines a group or a rule); check_gold.py verifies
that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
The catalogue has no indicator of elections (voters, candidates, deputies, polling stations), so
every record of this set is null and no `iid=` is written.

The theme of the set is elections in the provinces (2021 and 2026): no text has a heading that
names a pillar, so every record's pillar is null.

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


# --------------------------------------------------------------------------
# 01 Nam Định, the provincial election committee's preliminary results of 23 May 2021
# (baonamdinh.vn; the stamp " date 2021-05" written as the first line; cut: the byline "Trần Văn
# Trọng" with the blank line before it). Year 2021. Results (=): the headline's and the body's
# "1.441.329 cử tri đi bầu cử, đạt (tỷ lệ) 99,21%" (two records each: the count and the share).
# "đã bầu đủ 8/8 đại biểu Quốc hội khóa XV; 61/61 đại biểu HĐND tỉnh ...; ... 350/351 đại biểu HĐND
# cấp huyện; ở cấp xã có 5.552/5.703 đại biểu HĐND được bầu": one sentence giving the deputies
# elected level by level: the three council levels are a split (scopes cấp tỉnh, cấp huyện, cấp
# xã; "HĐND tỉnh" read as cấp tỉnh), the National Assembly's 8 scope null (not a level of local
# government); each the numerator (the denominators are the seats, as set193's "15/15 xã"). "18
# đơn vị bầu cử, khu vực bỏ phiếu phải tổ chức bầu cử thêm" (=, count). Not quantities: "khóa
# XV", "2021-2026", "COVID-19" (names, dates), the denominators "/8", "/61", "/351", "/5.703".
# --------------------------------------------------------------------------
D01 = dict(name="01_namdinh-cu-tri-di-bau-trung-cu-2021", kind="result", year=2021, records=[
    R("Toàn tỉnh có «1.441.329 cử tri đi bầu cử, đạt tỷ lệ", "cử tri đi bầu cử toàn tỉnh", "=", 1441329, **CNT),
    R("đạt tỷ lệ «99,21%", "tỷ lệ cử tri đi bầu cử toàn tỉnh", "=", 99.21),
    R("toàn tỉnh có «1.441.329 cử tri đi bầu cử, đạt 99", "cử tri đi bầu cử toàn tỉnh trong ngày bầu cử", "=",
      1441329, **CNT),
    R("đạt «99,21%.", "tỷ lệ cử tri đi bầu cử toàn tỉnh trong ngày bầu cử", "=", 99.21),
    R("bầu đủ «8/8", "đại biểu Quốc hội khóa XV cử tri trong tỉnh đã bầu", "=", 8, **CNT),
    R("XV; «61/61", "đại biểu HĐND tỉnh nhiệm kỳ 2021-2026 đã bầu", "=", 61, **CNT, scope="cấp tỉnh"),
    R("đã bầu «350/351", "đại biểu HĐND cấp huyện các huyện, thành phố đã bầu", "=", 350, **CNT,
      scope="cấp huyện"),
    R("xã có «5.552/5.703", "đại biểu HĐND được bầu ở cấp xã", "=", 5552, **CNT, scope="cấp xã"),
    R("tỉnh có «18 đơn vị", "đơn vị bầu cử, khu vực bỏ phiếu phải tổ chức bầu cử thêm do bầu không đủ số lượng "
      "đại biểu", "=", 18, **CNT),
])

# --------------------------------------------------------------------------
# 02 Hải Dương, the provincial council's standing committee agreeing the planned structure and
# number of provincial deputies for 2021-2026, January 2021 (baohaiduong.vn; the byline date "THỨ
# NĂM, 21/01/2021 15:03:13" written as the first line `date 2021-01-21`, with the blank line after
# it; cut: the photo caption "Đồng chí Nguyễn Mạnh Hiển, ... chủ trì hội nghị " with one of the two
# blank lines before it; the excerpt ends in "các tổ chức k"). A plan: targets, year 2021 (the
# election of the term 2021-2026, the byline's year). The planned numbers "Dự kiến toàn tỉnh có 13
# đơn vị bầu cử, trong đó có 11 đơn vị bầu cử 5 đại biểu, 2 đơn vị bầu cử 4 đại biểu" (five
# records: the units and the deputies a unit elects, each its own subject) and "số lượng đại biểu
# HĐND tỉnh ... được bầu là 63 người" with the headline's "Dự kiến bầu 63 đại biểu" are targets
# stated with bare numbers (spec: `>=`). "Phấn đấu tỷ lệ đại biểu nữ trúng cử đạt trên 30% ...;
# tỷ lệ đại biểu trẻ tuổi đạt trên 15%" (`>`). Not quantities: "giảm 2 người so với nhiệm kỳ
# 2016-2021" (a change against the earlier term), "theo 11 khối" (the groups of an allocation, as
# the spec's counts of tasks), "21.1", "2021-2026", "2016-2021" (dates).
# --------------------------------------------------------------------------
D02 = dict(name="02_haiduong-du-kien-co-cau-hdnd-tinh-2021", kind="target", year=2021, records=[
    R("Dự kiến bầu «63 đại biểu", "đại biểu HĐND tỉnh nhiệm kỳ 2021-2026 dự kiến bầu", ">=", 63, **CNT),
    R("toàn tỉnh có «13 đơn vị", "đơn vị bầu cử toàn tỉnh dự kiến", ">=", 13, **CNT),
    R("có «11 đơn vị", "đơn vị bầu cử 5 đại biểu", ">=", 11, **CNT),
    R("11 đơn vị bầu cử «5 đại biểu", "đại biểu trong đơn vị bầu cử (11 đơn vị)", ">=", 5, **CNT),
    R("đại biểu, «2 đơn vị", "đơn vị bầu cử 4 đại biểu", ">=", 2, **CNT),
    R("2 đơn vị bầu cử «4 đại biểu", "đại biểu trong đơn vị bầu cử (2 đơn vị)", ">=", 4, **CNT),
    R("được bầu là «63 người", "số lượng đại biểu HĐND tỉnh nhiệm kỳ 2021-2026 được bầu", ">=", 63, **CNT),
    R("đạt trên «30%", "tỷ lệ đại biểu nữ trúng cử trong tổng số đại biểu", ">", 30),
    R("đạt trên «15%", "tỷ lệ đại biểu trẻ tuổi trong tổng số người được giới thiệu ứng cử", ">", 15),
])

# --------------------------------------------------------------------------
# 03 Đắk Nông, the preliminary list of 96 candidates for the provincial council, term 2021-2026
# (truyenhinhdaknong.vn; cut: the line of one space with the blank lines around it and the credit
# "T/h: Bảo Ngọc"; no byline, no stamp; the excerpt opens mid-article with "Ngoài ra"). Year 2021
# (the list before the election of the term 2021-2026; "ngày 29/3" names no year; a judgement).
# Results (=): "trong 96 người" (the candidates, a count), then five pairs "42 người là nữ, chiếm
# 43,75%; 36 người trẻ tuổi (dưới 35 tuổi), chiếm 37,5%; 21 ... dân tộc thiểu số, chiếm 21,8%; 10
# người ngoài Đảng, chiếm 10,4%; 10 người theo các tôn giáo, chiếm 3,1%" (count and share each; the
# last share as written), and "tất cả 96 người ứng cử đều không có đơn thư khiếu nại" (the count
# restated, a record as the earlier sets record restated values). Scope null (population groups
# of candidates are the subjects, not a split of one value). NOT: "không đạt trên 50% phiếu tín
# nhiệm" (a rule's threshold). Not quantities: "dưới 35 tuổi" (the group's definition), "khóa IV",
# "2021-2026", "29/3".
# --------------------------------------------------------------------------
D03 = dict(name="03_daknong-ung-cu-vien-hdnd-tinh-2021", kind="result", year=2021, records=[
    R("trong «96 người", "người được giới thiệu ứng cử đại biểu HĐND tỉnh", "=", 96, **CNT),
    R("có «42 người", "người ứng cử là nữ", "=", 42, **CNT),
    R("chiếm «43,75%", "tỷ lệ người ứng cử là nữ", "=", 43.75),
    R("43,75%; «36 người", "người ứng cử trẻ tuổi (dưới 35 tuổi)", "=", 36, **CNT),
    R("chiếm «37,5%", "tỷ lệ người ứng cử trẻ tuổi (dưới 35 tuổi)", "=", 37.5),
    R("37,5%; «21 người", "người ứng cử là đồng bào dân tộc thiểu số", "=", 21, **CNT),
    R("chiếm «21,8%", "tỷ lệ người ứng cử là đồng bào dân tộc thiểu số", "=", 21.8),
    R("21,8%; «10 người", "người ứng cử ngoài Đảng", "=", 10, **CNT),
    R("chiếm «10,4%", "tỷ lệ người ứng cử ngoài Đảng", "=", 10.4),
    R("10,4%; «10 người", "người ứng cử theo các tôn giáo", "=", 10, **CNT),
    R("chiếm «3,1%", "tỷ lệ người ứng cử theo các tôn giáo", "=", 3.1),
    R("tất cả «96 người", "người ứng cử không có đơn thư khiếu nại hay tố cáo", "=", 96, **CNT),
], NOT=["đạt trên «50% phiếu"])

# --------------------------------------------------------------------------
# 04 Thái Nguyên, the provincial council's first session confirming its 66 deputies, term 2021-2026
# (thainguyentv.vn; cut: the photo caption "Các đại biểu tham dự kỳ họp."; the title line keeps
# the site's note "- đã psts 21.6", a part of the line; no byline, no stamp). Year 2021 (the
# results of the election of the term 2021-2026; a judgement as 03). Results: "105 ứng cử viên
# được giới thiệu bầu ở 27 đơn vị bầu cử, tương ứng với 1.439 khu vực bỏ phiếu ... bầu ra 66 đại
# biểu" (=, counts), "tỷ lệ phiếu hợp lệ đạt trên 98,7%" (`>`), "nữ chiếm trên 28%", "dân tộc
# thiểu số chiếm trên 16%" (`>`), "tái cử chiếm gần 44%" (`~`), "đối với 66 đại biểu" (the count
# restated). Not quantities: "khóa XIV", "21.6" (a date in the site's note), "2021-2026".
# --------------------------------------------------------------------------
D04 = dict(name="04_thainguyen-xac-nhan-tu-cach-hdnd-tinh-2021", kind="result", year=2021, records=[
    R("sở «105 ứng cử viên", "ứng cử viên được giới thiệu bầu đại biểu HĐND tỉnh", "=", 105, **CNT),
    R("ở «27 đơn vị", "đơn vị bầu cử", "=", 27, **CNT),
    R("với «1.439 khu vực", "khu vực bỏ phiếu", "=", 1439, **CNT),
    R("bầu ra «66 đại biểu", "đại biểu HĐND tỉnh Thái Nguyên khóa XIV cử tri đã bỏ phiếu bầu ra", "=", 66, **CNT),
    R("đạt trên «98,7%", "tỷ lệ phiếu hợp lệ", ">", 98.7),
    R("chiếm trên «28%", "tỷ lệ đại biểu là nữ", ">", 28),
    R("chiếm trên «16%", "đại biểu là người dân tộc thiểu số", ">", 16),
    R("chiếm gần «44%", "số đại biểu tái cử", "~", 44),
    R("đối với «66 đại biểu", "đại biểu HĐND tỉnh khóa XIV được xác nhận tư cách", "=", 66, **CNT),
])

# --------------------------------------------------------------------------
# 05 Vĩnh Long, women among the candidates after the third consultation, April 2021 (hoilhpn.org.vn;
# the byline date "23/04/2021" written as the first line `date 2021-04-23`; cut: the credit "Tuyết
# Nga" and the site's lines "TÂM ĐIỂM", "CÁC ĐỀ ÁN", "Video" with the blank lines between them).
# Year 2021. Results (=): the headline's and the body's "nữ ứng cử đại biểu Quốc hội khóa XV ... 5/8
# đại biểu, đạt 62,5%"; "Tổng số ứng cử đại biểu Quốc hội ... là 10 đại biểu (02 đại biểu Trung
# ương); chia làm 2 đơn vị bầu cử, mỗi đơn vị có 5 đại biểu ứng cử, bầu lấy 03 đại biểu" (five
# counts, each its own subject); "Số lượng nữ được giới thiệu ứng cử HĐND cấp tỉnh là 33/85 đại
# biểu, đạt 38,82% (trong đó, có 05 cán bộ Hội); cấp huyện có 178/441 ..., đạt 40,59%; cấp xã:
# 1.714/4.577 ..., đạt 37,43%": one indicator split by level in one sentence (scopes cấp tỉnh,
# cấp huyện, cấp xã, the bracket's 05 with its level); "Tổng số đại biểu ứng cử HĐND các cấp ... là
# 5.103 đại biểu, bầu lấy 3.046 đại biểu" (two counts; one total for all levels, scope null). NOT:
# "tăng 12,65% so nhiệm kỳ trước" (a change against the earlier term). Not quantities: "lần 3" (a
# label), "khóa XV", "2021 - 2026", the denominators "/8", "/85", "/441", "/4.577".
# --------------------------------------------------------------------------
D05 = dict(name="05_vinhlong-nu-ung-cu-cac-cap-2021", kind="result", year=2021, records=[
    R("khóa XV đạt «62,5%\n", "tỷ lệ nữ ứng cử đại biểu Quốc hội khóa XV", "=", 62.5),
    R("là «5/8 đại biểu", "số lượng nữ ứng cử đại biểu Quốc hội khóa XV", "=", 5, **CNT),
    R("đại biểu, đạt «62,5%,", "tỷ lệ nữ ứng cử đại biểu Quốc hội khóa XV", "=", 62.5),
    R("Vĩnh Long là «10 đại biểu", "tổng số ứng cử đại biểu Quốc hội đơn vị tỉnh Vĩnh Long", "=", 10, **CNT),
    R("(«02 đại biểu", "đại biểu Trung ương ứng cử đại biểu Quốc hội", "=", 2, **CNT),
    R("chia làm «2 đơn vị", "đơn vị bầu cử đại biểu Quốc hội", "=", 2, **CNT),
    R("đơn vị có «5 đại biểu", "đại biểu ứng cử mỗi đơn vị bầu cử", "=", 5, **CNT),
    R("bầu lấy «03 đại biểu", "đại biểu Quốc hội bầu lấy mỗi đơn vị", "=", 3, **CNT),
    R("là «33/85 đại biểu", "số lượng nữ được giới thiệu ứng cử HĐND", "=", 33, **CNT, scope="cấp tỉnh"),
    R("đạt «38,82%", "tỷ lệ nữ được giới thiệu ứng cử HĐND", "=", 38.82, scope="cấp tỉnh"),
    R("có «05 cán bộ", "nữ được giới thiệu ứng cử HĐND là cán bộ Hội", "=", 5, **CNT, scope="cấp tỉnh"),
    R("có «178/441", "số lượng nữ được giới thiệu ứng cử HĐND", "=", 178, **CNT, scope="cấp huyện"),
    R("đạt «40,59%", "tỷ lệ nữ được giới thiệu ứng cử HĐND", "=", 40.59, scope="cấp huyện"),
    R("cấp xã: «1.714/4.577", "số lượng nữ được giới thiệu ứng cử HĐND", "=", 1714, **CNT, scope="cấp xã"),
    R("đạt «37,43%", "tỷ lệ nữ được giới thiệu ứng cử HĐND", "=", 37.43, scope="cấp xã"),
    R("là «5.103 đại biểu", "tổng số đại biểu ứng cử HĐND các cấp nhiệm kỳ 2021 - 2026", "=", 5103, **CNT),
    R("bầu lấy «3.046 đại biểu", "đại biểu HĐND các cấp bầu lấy", "=", 3046, **CNT),
], NOT=["tăng «12,65%"])

# --------------------------------------------------------------------------
# 06 Tuyên Quang, the provincial election committee announcing the 62 elected provincial deputies,
# March 2026 (doingoai.tuyenquang.gov.vn; the byline "18/03/2026 - 20:12" written as the first line
# `date 2026-03-18`, with the blank line after it; cut: the breadcrumb "Trang chủ", the repeated
# title line under it and "Tin bài" with the blank line after it; the two-line photo caption
# "Đồng bào các dân tộc xã Lũng Cú, ... (Ảnh: Minh Đức/TTXVN)" with the blank lines after each line;
# the excerpt ends in "kiểm kê"). Year 2026. Results (=): the title's and the body's "62 người
# trúng cử" (two records), "bầu đủ 62/62 đại biểu" twice (two records), "Tổng số cử tri ... là hơn
# 1,2 triệu cử tri" (`>`, 1200000), "762 đơn vị bầu cử, gồm: 4 ...; 13 ...; 745 ... và 2.404 khu
# vực bỏ phiếu" (counts, each its own subject: a breakdown by kind of unit, scope null as the
# spec's breakdown of stations; the 745 units of the commune councils likewise), "Tỷ lệ cử tri đi
# bầu cử ... đạt 99,96%", "Có 104/124 xã đạt 100% cử tri tham gia bầu cử" (the count 104). NOT:
# that sentence's "100%" (the threshold that defines the group counted, as the earlier sets'
# "xã có tỷ lệ ... trên 25%" stays in the indicator). Not quantities: "81/NQ-UBBC" (a document),
# "18/3", "khóa XX", "XVI", "2026–2031" (dates, names), the denominators "/62", "/124".
# --------------------------------------------------------------------------
D06 = dict(name="06_tuyenquang-ket-qua-bau-cu-2026", kind="result", year=2026, records=[
    R("danh sách «62 người trúng cử đại biểu HĐND tỉnh\n", "người trúng cử đại biểu HĐND tỉnh Tuyên Quang", "=",
      62, **CNT),
    R("trước, bầu đủ «62/62", "đại biểu Hội đồng Nhân dân tỉnh đã bầu đủ", "=", 62, **CNT),
    R("danh sách «62 người trúng cử đại biểu Hội", "người trúng cử đại biểu Hội đồng Nhân dân tỉnh khóa XX", "=",
      62, **CNT),
    R("Tuyên Quang đã bầu đủ «62/62", "đại biểu Hội đồng Nhân dân tỉnh Tuyên Quang đã bầu đủ", "=", 62, **CNT),
    R("là hơn «1,2 triệu", "tổng số cử tri tại tỉnh", ">", 1200000, **CNT),
    R("với «762 đơn vị", "đơn vị bầu cử", "=", 762, **CNT),
    R("gồm: «4 đơn vị", "đơn vị bầu cử đại biểu Quốc hội", "=", 4, **CNT),
    R("Quốc hội; «13 đơn vị", "đơn vị bầu cử đại biểu Hội đồng Nhân dân tỉnh", "=", 13, **CNT),
    R("tỉnh; «745 đơn vị", "đơn vị bầu cử đại biểu Hội đồng Nhân dân cấp xã", "=", 745, **CNT),
    R("và «2.404 khu vực", "khu vực bỏ phiếu", "=", 2404, **CNT),
    R("đạt «99,96%", "tỷ lệ cử tri đi bầu cử trên địa bàn tỉnh", "=", 99.96),
    R("Có «104/124 xã", "xã đạt cử tri tham gia bầu cử", "=", 104, **CNT),
], NOT=["xã đạt «100% cử tri"])

# --------------------------------------------------------------------------
# 07 Quảng Trị, the provincial election committee announcing the 62 elected provincial deputies,
# March 2026 (dantri.com.vn; cut: the photo caption "Cử tri tỉnh Quảng Trị bỏ phiếu bầu cử (Ảnh:
# Tiến Thành)." and the nine blank lines that end the excerpt; no byline, no stamp: the address's
# "20260318" is not in the text). Year 2026 (the term 2026-2031, the election of "18/3"; a judgement).
# Results: the title's and the lead's "62 người trúng cử" and the body's "có 62 đại biểu trúng
# cử" (=, three records), "Đại biểu có số phiếu bầu cao nhất đạt tỷ lệ hơn 98%" twice (`>`, two
# records), "tổng số cử tri tham gia bỏ phiếu gần 1,2 triệu người" (`~`), "tại 1.512 khu vực bỏ
# phiếu", "đạt 99,88%", "52/78 xã, phường, đặc khu có tỷ lệ ... đạt 100%" (the count 52), "20 đơn
# vị bầu cử đại biểu HĐND cấp tỉnh", "trong số 104 người ứng cử" (=). NOT: the "100%" of the 52
# communes (the group's threshold, as 06). Not quantities: "18/3", "khóa IX", "XVI", "2026-2031",
# the denominator "/78".
# --------------------------------------------------------------------------
D07 = dict(name="07_quangtri-ket-qua-bau-cu-2026", kind="result", year=2026, records=[
    R("danh sách «62 người trúng cử đại biểu HĐND tỉnh\n", "người trúng cử đại biểu HĐND tỉnh Quảng Trị", "=",
      62, **CNT),
    R("danh sách «62 người trúng cử đại biểu HĐND tỉnh khóa", "người trúng cử đại biểu HĐND tỉnh khóa IX", "=",
      62, **CNT),
    R("tỷ lệ hơn «98%.\nChiều", "đại biểu có số phiếu bầu cao nhất đạt tỷ lệ", ">", 98),
    R("phiếu gần «1,2 triệu", "tổng số cử tri tham gia bỏ phiếu", "~", 1200000, **CNT),
    R("tại «1.512 khu vực", "khu vực bỏ phiếu", "=", 1512, **CNT),
    R("đạt «99,88%", "tỷ lệ cử tri bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp trên địa bàn tỉnh",
      "=", 99.88),
    R("có «52/78", "xã, phường, đặc khu có tỷ lệ cử tri tham gia bầu cử đạt", "=", 52, **CNT),
    R("có «20 đơn vị", "đơn vị bầu cử đại biểu HĐND cấp tỉnh", "=", 20, **CNT),
    R("số «104 người", "người ứng cử đại biểu HĐND tỉnh Quảng Trị", "=", 104, **CNT),
    R("có «62 đại biểu trúng", "đại biểu trúng cử HĐND tỉnh", "=", 62, **CNT),
    R("tỷ lệ hơn «98%.\nBà", "đại biểu có số phiếu bầu cao nhất đạt tỷ lệ", ">", 98),
], NOT=["đạt «100%. Toàn"])

# --------------------------------------------------------------------------
# 08 The Standing Committee of the National Assembly's resolution on the planned number and
# structure of the 16th National Assembly (vietnamplus.vn; the stamp " date 2025-11-12" written as
# the first line; nothing cut). The set's national text, kept for its targets. Targets; year 2025
# (the stamp's year: the text names no year, spec's stamp rule; the election itself is not dated in
# the excerpt). "Quốc hội khóa XVI sẽ có 500 đại biểu, trong đó đại biểu nữ chiếm ít nhất 35%, ...
# dân tộc thiểu số 18% và đại biểu dưới 40 tuổi khoảng 10%" (`>=` for the bare numbers and "ít
# nhất", `~` for "khoảng"); "dự kiến có 500 đại biểu, gồm 217 ... và 283 ...", the allocation "các
# cơ quan Đảng có 10 đại biểu; ... 3; ... 145; ... 15; ... 13; ... 3; ... mỗi cơ quan 1; ... 25"
# (one record per number, each its body as subject; "mỗi cơ quan 1" one record: one value stated
# once for three bodies); "cơ cấu định hướng có 179 đại biểu (35,8%)", "cơ cấu hướng dẫn có 104 đại
# biểu (20,8%)" (count and share each); the restated "tỷ lệ phụ nữ ít nhất 35%, dân tộc thiểu số
# 18%, đại biểu trẻ dưới 40 tuổi khoảng 10%"; "Mỗi tỉnh, thành có ít nhất 7 đại biểu, trong đó 4
# người cư trú ..." (`>=`). Scope null throughout (bodies and groups are subjects). Not
# quantities: "dưới 40 tuổi" (the group's definition), "khóa XVI" (a name).
# --------------------------------------------------------------------------
D08 = dict(name="08_quochoi-khoa-xvi-co-cau-du-kien-2025", kind="target", year=2025, records=[
    R("sẽ có «500 đại biểu", "đại biểu Quốc hội khóa XVI", ">=", 500, **CNT),
    R("chiếm ít nhất «35%, đại", "đại biểu nữ", ">=", 35),
    R("thiểu số «18% và", "đại biểu người dân tộc thiểu số", ">=", 18),
    R("tuổi khoảng «10%.\n", "đại biểu dưới 40 tuổi", "~", 10),
    R("dự kiến có «500 đại biểu", "đại biểu Quốc hội khóa XVI dự kiến", ">=", 500, **CNT),
    R("gồm «217 đại biểu", "đại biểu ở Trung ương", ">=", 217, **CNT),
    R("và «283 đại biểu", "đại biểu ở địa phương", ">=", 283, **CNT),
    R("Đảng có «10 đại biểu", "đại biểu các cơ quan Đảng", ">=", 10, **CNT),
    R("Chủ tịch nước «3;", "đại biểu cơ quan Chủ tịch nước", ">=", 3, **CNT),
    R("Quốc hội «145;", "đại biểu các cơ quan của Quốc hội", ">=", 145, **CNT),
    R("Chính phủ «15;", "đại biểu Chính phủ và cơ quan thuộc Chính phủ", ">=", 15, **CNT),
    R("Quốc phòng «13;", "đại biểu Bộ Quốc phòng", ">=", 13, **CNT),
    R("Công an «3;", "đại biểu Bộ Công an", ">=", 3, **CNT),
    R("mỗi cơ quan «1;", "đại biểu Tòa án Nhân dân tối cao, Viện Kiểm sát Nhân dân tối cao và Kiểm toán Nhà "
      "nước mỗi cơ quan", ">=", 1, **CNT),
    R("Việt Nam «25 đại biểu", "đại biểu Mặt trận Tổ quốc Việt Nam", ">=", 25, **CNT),
    R("định hướng có «179 đại biểu", "đại biểu ở địa phương theo cơ cấu định hướng", ">=", 179, **CNT),
    R("(«35,8%)", "tỷ lệ đại biểu ở địa phương theo cơ cấu định hướng", ">=", 35.8),
    R("hướng dẫn có «104 đại biểu", "đại biểu ở địa phương theo cơ cấu hướng dẫn", ">=", 104, **CNT),
    R("(«20,8%)", "tỷ lệ đại biểu ở địa phương theo cơ cấu hướng dẫn", ">=", 20.8),
    R("phụ nữ ít nhất «35%", "tỷ lệ phụ nữ", ">=", 35),
    R("thiểu số «18%, đại", "tỷ lệ dân tộc thiểu số", ">=", 18),
    R("tuổi khoảng «10%. Mỗi", "tỷ lệ đại biểu trẻ dưới 40 tuổi", "~", 10),
    R("ít nhất «7 đại biểu", "đại biểu mỗi tỉnh, thành", ">=", 7, **CNT),
    R("trong đó «4 người", "người cư trú và làm việc tại địa phương trong số đại biểu mỗi tỉnh, thành", ">=", 4,
      **CNT),
])

# --------------------------------------------------------------------------
# 09 Thừa Thiên Huế (Huế city), the 15 separate polling stations of the city, March 2026
# (huengaynay.vn; the stamp " date 2026-03-12" written as the first line; nothing cut; the excerpt
# ends before the list it announces). A precision text: the law's figures are rules, not targets
# or results: "Mỗi khu vực bỏ phiếu có từ 300 CT đến 4.000 CT", "chưa có đủ 300 CT", "có từ 50 CT
# trở lên", "Điều 11" (not quantities). Results, year 2026: "cụ thể 15 KVBPR tại 7 phường, xã"
# (=, two counts: the separate stations, and the wards and communes they stand in, as set193's
# "tại 7 thôn").
# --------------------------------------------------------------------------
D09 = dict(name="09_hue-khu-vuc-bo-phieu-rieng-2026-precision", kind="result", year=2026, records=[
    R("cụ thể «15 KVBPR", "khu vực bỏ phiếu riêng (KVBPR) trên địa bàn thành phố", "=", 15, **CNT),
    R("tại «7 phường", "phường, xã có khu vực bỏ phiếu riêng", "=", 7, **CNT),
])

# --------------------------------------------------------------------------
# 10 Thanh Hóa (baothanhhoa.vn), the election council's question and answer on polling stations,
# January 2026 (the stamp " date 2026-01-29" written as the first line; nothing cut; the excerpt
# ends in "được thực hiện"). A precision text, no record: "Điều 11", "từ 300 cử tri đến 4.000 cử
# tri", "chưa có đủ 300 cử tri", "từ 50 cử tri trở lên" are the law's rules, not a province's
# targets or results.
# --------------------------------------------------------------------------
D10 = dict(name="10_thanhhoa-hoi-dap-khu-vuc-bo-phieu-2026-precision", kind="result", year=2026, records=[])

# --------------------------------------------------------------------------
# 11 Lào Cai, women elected at every level in 2021 (hoilhpn.org.vn; the byline date "01/06/2021"
# written as the first line `date 2021-06-01`; cut: the photo caption "Phụ nữ Lào Cai đi bỏ phiếu
# trong Ngày hội non sông", the credit "Kim Oanh, Hội LHPN tỉnh Lào Cai" and the site's lines "TÂM
# ĐIỂM", "CÁC ĐỀ ÁN", "Video" with the blank lines between them). Year 2021. Results (=): the
# headline's "Tỷ lệ nữ trúng cử Hội đồng nhân dân cấp huyện đạt 41,95%", "Tỷ lệ cử tri đi bầu đạt
# 99,98%, trong đó tỷ lệ nữ cử tri đi bỏ phiếu đạt 97,8%", and per level, each in its own sentence
# with the level in its subject (scope null: no sentence splits one value by level): the deputies
# elected (numerators "6/10", "55/92", "298/487", "3.218/5.397": elected of candidates), the women
# elected ("2/6", "21/55", "125/298", "1.198/3.218") and their shares (33,33%, 38,18%, 41,95%,
# 37,22%). NOT: "tăng 4,25%", "tăng 7,57%", "tăng 5,15% so với nhiệm kỳ trước" (changes against the
# earlier term). Not quantities: "khóa XV", "khóa XIV", "Covid - 19", the denominators.
# --------------------------------------------------------------------------
D11 = dict(name="11_laocai-nu-trung-cu-cac-cap-2021", kind="result", year=2021, records=[
    R("huyện đạt «41,95%\n", "tỷ lệ nữ trúng cử Hội đồng nhân dân cấp huyện", "=", 41.95),
    R("đạt «99,98%", "tỷ lệ cử tri đi bầu", "=", 99.98),
    R("đạt «97,8%", "tỷ lệ nữ cử tri đi bỏ phiếu", "=", 97.8),
    R("là «6/10 người", "số đại biểu trúng cử Đại biểu Quốc hội", "=", 6, **CNT),
    R("là «2/6", "nữ trúng cử Đại biểu Quốc hội", "=", 2, **CNT),
    R("tỷ lệ «33,33%", "tỷ lệ nữ trúng cử Đại biểu Quốc hội", "=", 33.33),
    R("là «55/92", "đại biểu HĐND tỉnh số trúng cử", "=", 55, **CNT),
    R("là «21/55", "nữ trúng cử đại biểu HĐND tỉnh", "=", 21, **CNT),
    R("đạt «38,18%", "tỷ lệ nữ trúng cử đại biểu HĐND tỉnh", "=", 38.18),
    R("là «298/487", "đại biểu HĐND huyện số trúng cử", "=", 298, **CNT),
    R("là «125/298", "nữ trúng cử đại biểu HĐND huyện", "=", 125, **CNT),
    R("đạt «41,95% (", "tỷ lệ nữ trúng cử đại biểu HĐND huyện", "=", 41.95),
    R("là «3.218/5.397", "đại biểu HĐND cấp xã số trúng cử", "=", 3218, **CNT),
    R("là «1.198/3.218", "nữ trúng cử đại biểu HĐND cấp xã", "=", 1198, **CNT),
    R("đạt «37,22%", "tỷ lệ nữ trúng cử đại biểu HĐND cấp xã", "=", 37.22),
], NOT=["tăng «4,25%", "tăng «7,57%", "tăng «5,15%"])

# --------------------------------------------------------------------------
# 12 An Giang, the turnout of 23 May 2021 by district (baoangiang.com.vn; the byline date
# "24/05/2021 - 15:57" written as the first line `date 2021-05-24`, with the blank line after it;
# cut: the font widget "A A" with the blank line after it, and the byline "GIA KHÁNH" with the blank
# line before it). Year 2021. Results (=): "toàn tỉnh có 1.628.487 cử tri (trên tổng số 1.634.116
# cử tri) đã tham gia bỏ phiếu, đạt tỷ lệ trung bình toàn tỉnh 99,66%" (three records: the bracket
# states the registered voters, a value of its own, spec's bracket rule), "10/11 huyện, thị xã,
# thành phố đạt tỷ lệ ... cao (trên 99%)" (the count 10), "huyện Thoại Sơn và Tri Tôn có 100% cử tri
# hoàn thành việc bỏ phiếu" (one value for two named districts; place "Thoại Sơn và Tri Tôn"),
# "huyện Phú Tân đạt tỷ lệ 97,29%" (place "Phú Tân"). NOT: "(trên 99%)" (the threshold of "cao"
# that defines the group counted, as 06). Not quantities: "2-6", "12-6", "23-5" (dates), "10 ngày",
# "20 ngày sau ngày bầu cử" (deadlines), "khóa XV", "2021-2026", the denominator "/11".
# --------------------------------------------------------------------------
D12 = dict(name="12_angiang-cu-tri-di-bau-huyen-2021", kind="result", year=2021, records=[
    R("có «1.628.487 cử tri", "cử tri toàn tỉnh đã tham gia bỏ phiếu", "=", 1628487, **CNT),
    R("tổng số «1.634.116 cử tri", "tổng số cử tri toàn tỉnh", "=", 1634116, **CNT),
    R("toàn tỉnh «99,66%", "tỷ lệ cử tri tham gia bỏ phiếu trung bình toàn tỉnh", "=", 99.66),
    R("thống kê, «10/11 huyện", "huyện, thị xã, thành phố đạt tỷ lệ cử tri đi bầu cử cao", "=", 10,
      **CNT),
    R("Tri Tôn có «100% cử tri", "cử tri hoàn thành việc bỏ phiếu", "=", 100, place="Thoại Sơn và Tri Tôn"),
    R("tỷ lệ «97,29%", "tỷ lệ cử tri hoàn thành việc bỏ phiếu", "=", 97.29, place="Phú Tân"),
], NOT=["(trên «99%)"])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
