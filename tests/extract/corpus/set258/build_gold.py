#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set258).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder by ../goldkit.py.

Each document may also list NOT: locators of percentages deliberately left without a record (a
result's change against an earlier value: "tăng 2,76%", "rút ngắn từ 30% - 60% ... so với trước
đây", "(giảm 50%)"); check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README),
given in the record itself (`iid=`).

The set's theme is administrative reform (cải cách hành chính): procedures published and cut,
one-stop dossiers received and settled on time, PAR INDEX / SIPAS / PAPI / PCI places and a
district's CCHC points, satisfaction, and one plan's targets. No text stands under a heading or
lead-in naming a pillar: every record's pillar is null.

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

PTS = dict(unit="other", unit_text="điểm")
WORKDAYS = dict(unit="other", unit_text="ngày làm việc")
ONTIME = "egov.on_time_applications_share"
ONTIME_N = "egov.on_time_applications_count"
OVERDUE = "egov.overdue_applications_share"
OVERDUE_N = "egov.overdue_applications_count"
RECEIVED = "egov.applications_received_count"
SETTLED = "egov.applications_settled_count"
ONLINE_N = "egov.online_applications_count"
PROCS = "egov.administrative_procedures_count"
DVC_N = "egov.online_services_count"
PARTIAL_N = "egov.partial_online_services_count"
FULL_N = "egov.full_online_services_count"
ONESTOP = "egov.one_stop_system_applications_share"
SATISFIED = "egov.satisfaction_share"
PAYMENT = "egov.online_payment_share"
PAR_RANK = "rank.par_index"
PAR_SCORE = "rank.par_index_score"
PAPI_RANK = "rank.papi_rank"
PCI_RANK = "rank.pci"

# --------------------------------------------------------------------------
# 01 Bà Rịa - Vũng Tàu, the provincial paper's review of administrative reform 2015-2020
# (baobariavungtau.com.vn, September 2020; nothing cut; the stamp " date 2020-09" written as the
# first line). Year 2020 (the stamp; the review runs "Từ năm 2015-2020"); the three ranks take the
# document's year too (the text names no index year). Pillar null (no heading). Results (=):
# "315 quyết định công bố 7.518 TTHC" (two counts: the decisions, the procedures published, as an
# earlier set's "ban hành 39 quyết định công bố"), its breakdown "3.595 TTHC mới và thay thế, 977 TTHC
# sửa đổi, bổ sung, 2.926 TTHC bị bãi bỏ" (one record each, each its own subject, scope null: kinds
# of change, not levels); "2.268 thủ tục gồm 1.833 thủ tục cấp tỉnh, 301 thủ tục cấp huyện và 134
# thủ tục cấp xã" (the total, then one sentence split by level: scopes cấp tỉnh / cấp huyện / cấp
# xã); "mức độ 1,2 là 2.268 thủ tục, mức độ 3 là 1.089 thủ tục và mức độ 4 là 450 thủ tục" (three
# counts, a breakdown by level of service, scope null; "1,2" is the label "levels 1 and 2", not 1.2);
# "đã giảm 203 chỉ tiêu biên chế hành chính và 2.458 chỉ tiêu biên chế sự nghiệp" (counts of posts
# cut in the period: the cut itself is what is counted, not a change of a measure against an
# earlier value); "niêm yết công khai 100% TTHC"; "trung bình đạt 99%"; "PAR INDEX xếp 9/63",
# "PAPI xếp hạng 10/63", "PCI xếp thứ 16/63" (rank, =). Not quantities: "tăng 26 bậc", "tăng 34
# bậc", "tăng 2 bậc so với năm 2015" (changes), "3 cấp" (the three levels, twice), "2015-2020",
# "năm 2015" (dates), the denominators "/63".
# Ids: PROCS null (procedures published, not those on the information system), the breakdown null;
# DVC_N for the 2.268 online services; PARTIAL_N for level 3 and FULL_N for level 4 (today's "một
# phần" and "toàn trình"; a judgement, as set193's level 4); ONTIME for the 99%; PAR_RANK, PAPI_RANK,
# PCI_RANK for the three places; the rest null.
# --------------------------------------------------------------------------
D01 = dict(name="01_bariavungtau-cchc-2015-2020", kind="result", year=2020, records=[
    R("ban hành «315 quyết định", "quyết định công bố TTHC UBND tỉnh đã ban hành", "=", 315, **CNT),
    R("công bố «7.518 TTHC", "TTHC ở 3 cấp quyết định công bố", "=", 7518, **CNT),
    R("đó: «3.595 TTHC", "TTHC mới và thay thế", "=", 3595, **CNT),
    R("thế, «977 TTHC", "TTHC sửa đổi, bổ sung", "=", 977, **CNT),
    R("sung, «2.926 TTHC", "TTHC bị bãi bỏ", "=", 2926, **CNT),
    R("với «2.268 thủ tục gồm", "thủ tục cung ứng dịch vụ công trực tuyến 3 cấp", "=", 2268, **CNT, iid=DVC_N),
    R("gồm «1.833 thủ tục", "thủ tục cung ứng dịch vụ công trực tuyến", "=", 1833, **CNT, scope="cấp tỉnh"),
    R("tỉnh, «301 thủ tục", "thủ tục cung ứng dịch vụ công trực tuyến", "=", 301, **CNT, scope="cấp huyện"),
    R("và «134 thủ tục", "thủ tục cung ứng dịch vụ công trực tuyến", "=", 134, **CNT, scope="cấp xã"),
    R("1,2 là «2.268 thủ tục", "thủ tục đã cung ứng dịch vụ công mức độ 1,2", "=", 2268, **CNT),
    R("mức độ 3 là «1.089", "thủ tục đã cung ứng dịch vụ công mức độ 3", "=", 1089, **CNT, iid=PARTIAL_N),
    R("mức độ 4 là «450", "thủ tục đã cung ứng dịch vụ công mức độ 4", "=", 450, **CNT, iid=FULL_N),
    R("giảm «203 chỉ tiêu", "chỉ tiêu biên chế hành chính đã giảm", "=", 203, **CNT),
    R("và «2.458 chỉ tiêu", "chỉ tiêu biên chế sự nghiệp đã giảm", "=", 2458, **CNT),
    R("công khai «100% TTHC", "TTHC thuộc thẩm quyền tiếp nhận Bộ phận Một cửa các cấp đã niêm yết công khai",
      "=", 100),
    R("trung bình đạt «99%", "tỷ lệ giải quyết hồ sơ TTHC đúng hạn", "=", 99, iid=ONTIME),
    R("INDEX xếp «9/63", "Chỉ số PAR INDEX xếp tỉnh, thành phố", "=", 9, **RANK, iid=PAR_RANK),
    R("xếp hạng «10/63", "PAPI xếp hạng tỉnh thành phố", "=", 10, **RANK, iid=PAPI_RANK),
    R("xếp thứ «16/63", "PCI xếp thứ tỉnh, thành phố", "=", 16, **RANK, iid=PCI_RANK),
])

# --------------------------------------------------------------------------
# 02 Quảng Trị, Hướng Hóa district: measures to raise the district's administrative-reform scores,
# a topic page of baoquangtri.vn (cut: the widget "Thời tiết"; the title stands twice, both kept; no
# byline, no stamp). Results by sentence's year: "năm 2021 xếp loại khá, với 79,27 điểm; năm 2022
# xếp loại tốt, với 81,17 điểm; năm 2023 xếp loại tốt, với 86,09 điểm" (the district's CCHC index
# points, unit other "điểm", =, years 2021, 2022, 2023). The document's year 2023 (the latest the
# text names; every record carries its own). No place: the district is the text's own subject.
# Not quantities: the classes "khá", "tốt" (words). Pillar null. Ids null (the catalogue's PAR INDEX
# score is the province's, in %).
# --------------------------------------------------------------------------
D02 = dict(name="02_quangtri-huonghoa-chi-so-cchc-2021-2023", kind="result", year=2023, records=[
    R("khá, với «79,27 điểm", "chỉ số CCHC của huyện Hướng Hóa", "=", 79.27, **PTS, year=2021),
    R("tốt, với «81,17 điểm", "chỉ số CCHC của huyện Hướng Hóa", "=", 81.17, **PTS, year=2022),
    R("tốt, với «86,09 điểm", "chỉ số CCHC của huyện Hướng Hóa", "=", 86.09, **PTS, year=2023),
])

# --------------------------------------------------------------------------
# 03 Tuyên Quang, the foreign-affairs department's administrative-reform page quoting the
# province's PAR INDEX (dofa.tuyenquang.gov.vn; cut: the stray line "," and the section label "Cải
# cách hành chính" with the blank lines after them; no byline, no stamp). Results (=): "Tuyên Quang
# đạt 86,57%" (%), "xếp thứ 34/63 tỉnh, thành phố" (rank). Year 2021: the values are set against
# "năm 2020" ("tăng 1 bậc so với năm 2020"), so they are the next year's index (a judgement; the
# text names no other year). NOT: "tăng 2,76%" (a change against the earlier value). Not quantities:
# "tăng 1 bậc" (a change), "/63". Pillar null. Ids PAR_SCORE, PAR_RANK.
# --------------------------------------------------------------------------
D03 = dict(name="03_tuyenquang-chi-so-cchc-2021", kind="result", year=2021, records=[
    R("Quang đạt «86,57%", "chỉ số cải cách hành chính (CCHC) Tuyên Quang", "=", 86.57, iid=PAR_SCORE),
    R("xếp thứ «34/63", "chỉ số cải cách hành chính xếp thứ tỉnh, thành phố", "=", 34, **RANK, iid=PAR_RANK),
], NOT=["tăng «2,76%"])

# --------------------------------------------------------------------------
# 04 Bình Dương, the communes' one-stop results of 2021 (baobinhduong.vn; cut: the byline "Cập nhật:
# 27-01-2022 | 09:08:07", written as the first line `date 2022-01-27`, and the page's tail: the
# byline "SÔNG TRÀ", "Chia sẻ bài viết", the comment notice "LƯU Ý: BDO ...", "Gửi file đính kèm
# ...", "Quay lên trên", each with its blank line). Year 2021 (the text's "Năm 2021"; the title's
# value is the same year's). Results (=): the title's "đạt 99,99%" and the body's (a restated value
# gets a record where it stands, as the earlier sets do), "904.497 hồ sơ" received, "904.298 hồ sơ"
# settled, "904.225 hồ sơ" on time, "quá hạn 73 hồ sơ", "0,01%", and "đạt 100%" for the communes of
# six districts and towns (one value for all six: one record, no place). Scope null everywhere
# ("cấp xã" is the subject). Not quantities: "91 xã, phường, thị trấn" (the size of the group whose
# dossiers are counted, as set193's "15 xã ... bao gồm"), "Năm 2022" and "mức độ 3, mức độ 4"
# (a date, labels). Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_binhduong-ho-so-cap-xa-2021", kind="result", year=2021, records=[
    R("cấp xã đạt «99,99%", "tỷ lệ giải quyết hồ sơ cấp xã", "=", 99.99, iid=ONTIME),
    R("tiếp nhận «904.497 hồ sơ", "hồ sơ TTHC các xã, phường, thị trấn đã tiếp nhận", "=", 904497, **CNT,
      iid=RECEIVED),
    R("giải quyết «904.298 hồ sơ", "hồ sơ TTHC các xã, phường, thị trấn đã giải quyết", "=", 904298, **CNT,
      iid=SETTLED),
    R("đúng hạn «904.225 hồ sơ", "hồ sơ trả trước và đúng hạn", "=", 904225, **CNT, iid=ONTIME_N),
    R("tỷ lệ «99,99%,", "tỷ lệ hồ sơ trả trước và đúng hạn", "=", 99.99, iid=ONTIME),
    R("quá hạn «73 hồ sơ", "hồ sơ quá hạn", "=", 73, **CNT, iid=OVERDUE_N),
    R("tỷ lệ «0,01%", "tỷ lệ hồ sơ quá hạn", "=", 0.01, iid=OVERDUE),
    R("đúng hạn đạt «100% là", "tỷ lệ hồ sơ giải quyết trước và đúng hạn của các xã, phường, thị trấn thuộc "
      "TP.Thủ Dầu Một, TX.Bến Cát, TX.Tân Uyên, các huyện Dầu Tiếng, Bàu Bàng và Phú Giáo", "=", 100,
      iid=ONTIME),
])

# --------------------------------------------------------------------------
# 05 Vĩnh Phúc, the one-stop results of January 2022 (baovinhphuc.com.vn; cut: the section label
# "Thời Sự" with its blank line, the byline date "Thứ Tư, 26/01/2022" written as the first line
# `date 2022-01-26`, and the tail "Hoàng NgaTAG:", "Tin tức Mới:", "Ý kiến của bạn", "Họ tên:",
# "Email:"). Year 2022 ("tháng 1/2022"). Results: the title's "đạt hơn 99%" (>; "cấp tỉnh" is part
# of its subject, scope null), "tiếp nhận mới 5.562 hồ sơ", "4.215 hồ sơ đến hạn giải quyết",
# "4.186 hồ sơ được trả kết quả trước và đúng hạn, đạt 99,3%" (=); "18 cơ quan, đơn vị cấp tỉnh phát
# sinh hồ sơ trực tuyến" (=, the count of agencies the result is about), "gần 900 hồ sơ" twice (~:
# online dossiers; the dossiers filed through the portals), "40 hồ sơ nộp mức độ 3" (=), "gần 860
# hồ sơ nộp mức độ 4" (~); "tiếp nhận mới hơn 12.200 hồ sơ" (>) and "đạt 98,4%" (=) at "Bộ phận một
# cửa cấp huyện, cấp xã" (one value for both levels: scope null, spec). Not quantities: "1/2022"
# (twice), "năm 2020 và 2021" (dates; "tăng cao hơn so với năm 2020 và 2021" names no value), "mức
# độ 3", "mức độ 4" (labels). Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_vinhphuc-ho-so-dung-han-thang1-2022", kind="result", year=2022, records=[
    R("đạt hơn «99%", "hồ sơ giải quyết trước và đúng hạn TTHC cấp tỉnh", ">", 99, iid=ONTIME),
    R("tiếp nhận mới «5.562 hồ sơ", "hồ sơ Trung tâm Phục vụ hành chính công tỉnh tiếp nhận mới", "=", 5562,
      **CNT, iid=RECEIVED),
    R("Có «4.215 hồ sơ", "hồ sơ đến hạn giải quyết", "=", 4215, **CNT),
    R("đã có «4.186 hồ sơ", "hồ sơ được trả kết quả trước và đúng hạn", "=", 4186, **CNT, iid=ONTIME_N),
    R("đạt «99,3%", "hồ sơ được trả kết quả trước và đúng hạn", "=", 99.3, iid=ONTIME),
    R("Có «18 cơ quan", "cơ quan, đơn vị cấp tỉnh phát sinh hồ sơ trực tuyến", "=", 18, **CNT),
    R("tổng số gần «900 hồ sơ, trong", "hồ sơ trực tuyến", "~", 900, **CNT, iid=ONLINE_N),
    R("có «40 hồ sơ", "hồ sơ nộp mức độ 3", "=", 40, **CNT),
    R("gần «860 hồ sơ", "hồ sơ nộp mức độ 4", "~", 860, **CNT),
    R("có gần «900 hồ sơ nộp", "hồ sơ nộp qua Cổng Dịch vụ công của tỉnh và Dịch vụ công quốc gia", "~", 900,
      **CNT),
    R("mới hơn «12.200 hồ sơ", "hồ sơ Bộ phận một cửa cấp huyện, cấp xã tiếp nhận mới", ">", 12200, **CNT,
      iid=RECEIVED),
    R("đạt «98,4%", "giải quyết TTHC đúng và trước hạn", "=", 98.4, iid=ONTIME),
])

# --------------------------------------------------------------------------
# 06 Quảng Nam, the province's own survey of satisfaction with its administrative agencies in 2022
# (vietnamnet.vn; nothing cut; no byline, no stamp). Year 2022 (the text's "năm 2022"). Results:
# "85,5% trong số gần 5.000 người dân ... được hỏi bày tỏ sự hài lòng" (=), "Nhiều cơ quan, đơn vị
# có chỉ số hài lòng trên 90%" (>). Not quantities: "gần 5.000 người dân ... được hỏi" (the size of
# the survey's sample, as the spec's participants of an event and the earlier sets' sizes). Pillar
# null. Ids: SATISFIED for the 85,5% (the province's own survey of people satisfied with the
# service, not the ministry's SIPAS ranking; a judgement); the agencies' "trên 90%" null.
# --------------------------------------------------------------------------
D06 = dict(name="06_quangnam-sipas-2022", kind="result", year=2022, records=[
    R("Với «85,5%", "người dân tỉnh Quảng Nam được hỏi bày tỏ sự hài lòng về sự phục vụ hành chính", "=", 85.5,
      iid=SATISFIED),
    R("hài lòng trên «90%", "cơ quan, đơn vị có chỉ số hài lòng", ">", 90),
])

# --------------------------------------------------------------------------
# 07 Thái Nguyên, the one-stop results of the first quarter of 2023 (baothainguyen.vn; cut: the
# byline "Thu Hà 16:34, 31/03/2023", written as the first line `date 2023-03-31`, and the two photo
# captions "Người dân đến giao dịch ..." with the blank line after them). Year 2023 ("quý I/2023").
# Results (=): the title's "đạt 97%" and the body's, "178.661 hồ sơ yêu cầu giải quyết",
# "105.970 hồ sơ" received online, "đạt 99,7%" (online dossiers on time), "100% hồ sơ TTHC trên Hệ
# thống phần mềm một cửa điện tử", "100% các TTHC theo ngành dọc ra tiếp nhận tại Trung tâm ...",
# "73 TTHC liên thông cùng cấp và 59 TTHC liên thông giữa các cấp" (two counts, each its own subject:
# kinds of linkage, scope null). Not quantities: "quý I/2023", "61/2018/NĐ-CP", "23/4/2018" (date,
# document). Pillar null. Ids: ONTIME for the 97% (twice) and the online dossiers' 99,7% (the
# on-time share of a class of dossiers; a judgement); RECEIVED, ONLINE_N; ONESTOP for the one-stop
# system; the vertical agencies' 100% and the linked procedures null.
# --------------------------------------------------------------------------
D07 = dict(name="07_thainguyen-ho-so-quy1-2023", kind="result", year=2023, records=[
    R("đúng hạn đạt «97%\n", "tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn", "=", 97, iid=ONTIME),
    R("có «178.661 hồ sơ", "hồ sơ yêu cầu giải quyết về thủ tục hành chính toàn tỉnh", "=", 178661, **CNT,
      iid=RECEIVED),
    R("đúng hạn đạt «97%.", "tỷ lệ hồ sơ được giải quyết đúng hạn", "=", 97, iid=ONTIME),
    R("là «105.970 hồ sơ", "số hồ sơ tiếp nhận trực tuyến", "=", 105970, **CNT, iid=ONLINE_N),
    R("đạt «99,7%", "tỷ lệ hồ sơ trực tuyến được giải quyết đúng hạn", "=", 99.7, iid=ONTIME),
    R("giải quyết «100% hồ sơ", "hồ sơ TTHC được tiếp nhận, giải quyết trên Hệ thống phần mềm một cửa điện tử",
      "=", 100, iid=ONESTOP),
    R("việc đưa «100% các TTHC", "TTHC theo ngành dọc ra tiếp nhận tại Trung tâm Phục vụ hành chính công của "
      "tỉnh và bộ phận một cửa cấp huyện, cấp xã", "=", 100),
    R("đối với «73 TTHC", "TTHC liên thông cùng cấp được tiếp nhận", "=", 73, **CNT),
    R("và «59 TTHC", "TTHC liên thông giữa các cấp chính quyền được tiếp nhận", "=", 59, **CNT),
])

# --------------------------------------------------------------------------
# 08 Quảng Nam, the province's conference reviewing administrative reform in 2023
# (dangcongsan.org.vn/tinhuyquangnam; cut: "Sign In" with its blank line, the byline date "14:04
# 29/02/2024" written as the first line `date 2024-02-29`, and the photo caption "Quang cảnh hội
# nghị."; the whitespace lines " " kept; the excerpt ends in "chia sẻ"). Year 2023 (the review's
# year; the byline's 2024 is the conference's). Results: "tổng số TTHC ... 1817 thủ tục, gồm: cấp
# tỉnh 1.453 thủ tục, cấp huyện 303 thủ tục, cấp xã 162 thủ tục" (the total, then one sentence split
# by level: scopes), "21 TTHC của Công an tỉnh" (=); then one level per sentence, so scope null and
# the level in the indicator (the earlier sets' reading of the spec's split): cấp tỉnh "hơn 90 nghìn
# hồ sơ" (>, 90e3) received, "85.200 hồ sơ" settled, "đạt 99,88%" on time; cấp huyện "hơn 136
# nghìn" (>) received, "hơn 124 nghìn" (>) settled, "đạt gần 83%" (~); cấp xã "187 nghìn" (=)
# received, "hơn 184 nghìn" (>) settled, "trên 97%" (>). Not quantities: "29/2", "năm 2023", "năm
# 2024" (dates). Pillar null. Ids: PROCS for the 1817 procedures in force and its level split
# (a judgement: the procedures the province carries out), RECEIVED, SETTLED, ONTIME; the police's
# 21 null.
# --------------------------------------------------------------------------
D08 = dict(name="08_quangnam-tong-ket-cchc-2023", kind="result", year=2023, records=[
    R("địa bàn tỉnh «1817 thủ tục", "tổng số TTHC đang thực hiện trên địa bàn tỉnh", "=", 1817, **CNT,
      iid=PROCS),
    R("cấp tỉnh «1.453 thủ tục", "TTHC đang thực hiện", "=", 1453, **CNT, scope="cấp tỉnh", iid=PROCS),
    R("cấp huyện «303 thủ tục", "TTHC đang thực hiện", "=", 303, **CNT, scope="cấp huyện", iid=PROCS),
    R("cấp xã «162 thủ tục", "TTHC đang thực hiện", "=", 162, **CNT, scope="cấp xã", iid=PROCS),
    R("có «21 TTHC", "TTHC của Công an tỉnh đang thực hiện tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh",
      "=", 21, **CNT),
    R("hơn «90 nghìn", "tổng số hồ sơ cấp tỉnh đã tiếp nhận", ">", 90e3, **CNT, iid=RECEIVED),
    R("giải quyết: «85.200 hồ sơ", "tổng số hồ sơ cấp tỉnh đã giải quyết", "=", 85200, **CNT, iid=SETTLED),
    R("đạt «99,88%", "tỷ lệ hồ sơ cấp tỉnh giải quyết đúng hạn (bao gồm hồ sơ đã giải quyết và đang giải quyết)",
      "=", 99.88, iid=ONTIME),
    R("hơn «136 nghìn", "tổng số hồ sơ cấp huyện đã tiếp nhận", ">", 136e3, **CNT, iid=RECEIVED),
    R("hơn «124 nghìn", "hồ sơ cấp huyện đã giải quyết", ">", 124e3, **CNT, iid=SETTLED),
    R("đạt gần «83%", "tỷ lệ hồ sơ cấp huyện giải quyết đúng hạn (bao gồm hồ sơ đã giải quyết và đang giải "
      "quyết)", "~", 83, iid=ONTIME),
    R("nhậnlà «187 nghìn", "tổng số hồ sơ cấp xã đã tiếp nhận", "=", 187e3, **CNT, iid=RECEIVED),
    R("hơn «184 nghìn", "tổng số hồ sơ cấp xã đã giải quyết", ">", 184e3, **CNT, iid=SETTLED),
    R("trên «97%", "tỷ lệ hồ sơ cấp xã giải quyết đúng hạn (bao gồm hồ sơ đã giải quyết và đang giải quyết)",
      ">", 97, iid=ONTIME),
])

# --------------------------------------------------------------------------
# 09 Khánh Hòa, the province's administrative-reform plan for 2025 (lite.baomoi.com; cut: the photo
# caption "Nhân viên Sở Tư pháp hướng dẫn người dân quét mã QR ..." (two identical lines) with the
# blank lines after them; no byline, no stamp; the excerpt ends in "Các cơ quan, đơn vị"). Targets of
# 2025 (the plan's "năm 2025"): the title's "đạt mức độ hài lòng trên 90%" (>), "cắt giảm ít nhất
# 20% thông tin phải khai báo" (>=, a target stated as a cut), "Tỷ lệ giao dịch thanh toán trực
# tuyến đạt trên 70%" (>). Pillar null: "phát triển chính quyền số, kinh tế số, xã hội số" stands in
# a sentence of tasks, not a heading or lead-in over the figures. Not quantities: "Năm 2025", "năm
# 2025" (dates). Ids SATISFIED, PAYMENT; the cut of declared information null.
# --------------------------------------------------------------------------
D09 = dict(name="09_khanhhoa-ke-hoach-cchc-2025", kind="target", year=2025, records=[
    R("hài lòng trên «90%", "mức độ hài lòng", ">", 90, iid=SATISFIED),
    R("ít nhất «20% thông tin", "cắt giảm thông tin phải khai báo", ">=", 20),
    R("đạt trên «70%", "Tỷ lệ giao dịch thanh toán trực tuyến", ">", 70, iid=PAYMENT),
])

# --------------------------------------------------------------------------
# 10 Thanh Hóa, the "làn xanh" priority lane shortening procedures in 2025 (baothanhhoa.vn; cut:
# the photo caption "Trung tâm Phục vụ hành chính công phường Nam Sầm Sơn công khai TTHC ..." with
# its blank line; the stamp " date 2025-11-18" written as the first line; the excerpt ends in "đăng
# ký đầu "). Year 2025. Results (=): "Có 4 nhóm hồ sơ TTHC với 49 thủ tục ... được ưu tiên phân
# luồng" (the 49 procedures put on the lane, a count), "cắt giảm từ 26 ngày làm việc xuống còn 13
# ngày làm việc" (the time reached, 13, unit other "ngày làm việc"; "26 ngày" the earlier value, no
# record, as the earlier sets' "từ 7 ngày xuống còn 5 ngày"). NOT: "rút ngắn từ 30% - 60% thời gian
# giải quyết so với trước đây" and "(giảm 50%)" (a result's change against the earlier time, as an
# earlier set's "rút ngắn 60 - 70%"). Not quantities: "4 nhóm hồ sơ" (the groups the procedures
# fall in, a classification), "Tất cả 49 thủ tục này" (a back-reference naming the subject of the
# next sentence, no value stated of it), "năm 2025". Pillar null. Ids null (the catalogue's time
# cut is a share).
# --------------------------------------------------------------------------
D10 = dict(name="10_thanhhoa-lan-xanh-rut-ngan-thoi-gian-2025", kind="result", year=2025, records=[
    R("với «49 thủ tục về", "thủ tục được ưu tiên phân luồng giải quyết theo cơ chế “làn xanh”", "=", 49, **CNT),
    R("xuống còn «13 ngày", "thời gian giải quyết thủ tục chấp thuận chủ trương đầu tư của UBND cấp tỉnh",
      "=", 13, **WORKDAYS),
], NOT=["từ «30% - 60%", "30% - «60%", "(giảm «50%)"])

# --------------------------------------------------------------------------
# 11 Đồng Nai, the provincial council's page on the province's administrative-reform plan (hdnd.
# dongnai.gov.vn; nothing cut; no byline, no stamp; the excerpt ends in "chủ trì thực hiện c"). A
# precision text, no record: "06 nội dung cốt lõi", "7 mục tiêu, nhiệm vụ" (the parts of a plan,
# counts of tasks: spec), "336/KH-UBND", "36-CT/TU", "18-NQ/TW" (documents), "15/10/2024",
# "06/8/2024", "25/10/2017" (dates), "khóa XII" (a name). The plan's year is not in the excerpt; the
# document's year 2024 (the latest date it names), used by no record.
# --------------------------------------------------------------------------
D11 = dict(name="11_dongnai-ke-hoach-cchc-2024-precision", kind="target", year=2024, records=[])

# --------------------------------------------------------------------------
# 12 Phú Thọ, plan 617/KH-UBND of 13/02/2025 on reforming procedures in 2025, the head of the
# document (thuvienphapluat.vn bulletin; nothing cut; the excerpt ends in "cải"). A precision text,
# no record: "617/KH-UBND", "240/QĐ-TTg", "01/NQ-CP", "02/NQ-CP" (documents), "13 tháng 02 năm
# 2025", "04/02/2025", "08/01/2025", "năm 2025" (dates), the section labels "I.", "1.".
# --------------------------------------------------------------------------
D12 = dict(name="12_phutho-ke-hoach-cai-cach-tthc-2025-precision", kind="target", year=2025, records=[])

# --------------------------------------------------------------------------
# 13 Thanh Hóa, plan 257/KH-UBND of 22/12/2025 on administrative reform in 2026, the head of the
# document on nhansu.vn (its metadata table and the first numbered aims; nothing cut; the excerpt
# ends in "triển khai thực h"). A precision text, no record: "257/KH-UBND" (three times),
# "76/NQ-CP" (documents), "22/12/2025" (three times), "15/7/2021", "năm 2026" (twice), "2021 -
# 2030" (twice), "2025 - 2030" (twice) (dates and periods), "lần thứ XX" (a name), the list
# labels "1.", "2.", "3.".
# --------------------------------------------------------------------------
D13 = dict(name="13_thanhhoa-ke-hoach-cchc-2026-precision", kind="target", year=2026, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
