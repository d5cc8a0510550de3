#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set325).

Adapted from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

The theme is amnesty, prisons, reintegration and legal aid; no record measures a digital
transformation indicator of muctieu/catalog/data/indicators.yaml, so every `iid` is null (see
README, "Catalogue labels"). No pillar heading or lead-in stands in any text: every pillar is null.

Counts are written with `N(...)` (a partial of goldkit.R with unit "count"), money with `VND(...)`
(unit other, unit_text "đồng"); 09's list of provinces is written from one table of (province,
number) pairs. One NOT entry (12's "tăng 21% so với cùng kỳ", a change against an earlier value,
not a quantity under the spec); no percentage in these texts is completion against a quota or a
plan (11's shares of legal-aid officers who met their quota are shares of people).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import functools
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, T  # noqa: E402

N = functools.partial(R, unit="count")
VND = functools.partial(R, unit="other", unit_text="đồng")

# --------------------------------------------------------------------------
# 01 National: the Ministry of Public Security's review of the 2025 amnesties and of the
# reintegration of those amnestied (kienthuc.net.vn; the stamp " date 2025-12-04" written as the
# first line; cut: the photo caption "Phó Thủ tướng ... - Ảnh: VGP/Nguyễn Hoàng" with the blank line
# after it; the excerpt ends in "về đ"). Year 2025. Results: "Chủ tịch nước đã ban hành 2 quyết
# định về đặc xá" (count, as the earlier sets' "ban hành 04 Quyết định"); "cho 22.086 người (trong
# đó gồm 22.079 phạm nhân và 7 người đang được tạm đình chỉ ...)" (three counts, each its own
# subject: a breakdown by kind of person, not a split by group); "chỉ có 7 trường hợp tái phạm tội
# (chiếm tỉ lệ rất nhỏ 0,03%)" (a count and its share). Not quantities: "50 năm", "80 năm" (names of
# anniversaries), "30/4/1975 – 30/4/2025", "2/9/1945-2/9/2025", "4/12", "30/4", "2/9" (dates).
# --------------------------------------------------------------------------
D01 = dict(name="01_toanquoc-dac-xa-tai-hoa-nhap-2025", kind="result", year=2025, records=[
    N("ban hành «2 quyết định", "quyết định về đặc xá Chủ tịch nước đã ban hành", "=", 2),
    N("cho «22.086 người", "người được đặc xá tha tù trước thời hạn", "=", 22086),
    N("gồm «22.079 phạm nhân", "phạm nhân được đặc xá", "=", 22079),
    N("và «7 người đang", "người đang được tạm đình chỉ chấp hành án phạt tù được đặc xá", "=", 7),
    N("có «7 trường hợp", "trường hợp tái phạm tội trong số những người được đặc xá", "=", 7),
    R("nhỏ «0,03%", "tỉ lệ tái phạm tội trong số những người được đặc xá", "=", 0.03),
])

# --------------------------------------------------------------------------
# 02 Lạng Sơn, the Chairman's decision 1201/QĐ-UBND of 21 June 2021 issuing the scheme for the
# reintegration of people who have served prison sentences, 2021-2025: the decision's header, its
# grounds and its articles (hethongphapluat.com; cut: the site's name "Hệ thống pháp luật" and the
# two lines "Đang tải nội dung, vui lòng chờ giây lát..." with the blank line after them; the
# excerpt ends in "đoàn t"). A precision text, no record: "1201/QĐ-UBND", "49/2020/NĐ-CP",
# "2319/TTr-CAT- PC10" (documents), "21 tháng 6 năm 2021", "19/6/2015", "22/11/2019", "17/4/2020",
# "17/6/2021" (dates), "2021-2025", "2021 - 2025" (the scheme's period), "Điều 1", "Điều 2" (article
# numbers). Year 2021.
# --------------------------------------------------------------------------
D02 = dict(name="02_langson-de-an-tai-hoa-nhap-2021-precision", kind="result", year=2021, records=[])

# --------------------------------------------------------------------------
# 03 Quảng Trị, Đồng Sơn prison and the province's detention camp no. 2 announcing the amnesty of
# 2 September 2025 (nld.com.vn; the stamp " date 2025-09-01" written as the first line; cut: the
# photo caption "Đại tá Lê Phi Hùng - ... Trại tạm giam số 2 Công an tỉnh" with the blank line after
# it). Year 2025. Results: "Trong hơn 3.400 phạm nhân đang chấp hành án" (>, count: the prison's
# inmates, as the earlier sets' "Trong tổng số 69 lỗ hổng"), "167 người đủ điều kiện được tha tù
# trước thời hạn", "quyết định đặc xá cho 15 phạm nhân". Not quantities: "Ngày 1-9", "2-9" (dates),
# "80 năm" (an anniversary's name), "Cục C10", "số 2" (names).
# --------------------------------------------------------------------------
D03 = dict(name="03_quangtri-dac-xa-trai-giam-2025", kind="result", year=2025, records=[
    N("Trong hơn «3.400 phạm nhân", "phạm nhân Trại giam Đồng Sơn đang chấp hành án", ">", 3400),
    N("án, «167 người", "người Trại giam Đồng Sơn đủ điều kiện được tha tù trước thời hạn", "=", 167),
    N("cho «15 phạm nhân", "phạm nhân Trại tạm giam số 2 Công an tỉnh Quảng Trị được đặc xá", "=", 15),
])

# --------------------------------------------------------------------------
# 04 An Giang, Phú Tân district's plan to transform Phú Mỹ town, a crime hot spot, by December
# 2024 (baoangiang.com.vn; cut: the byline date "16/04/2024 - 15:20" (written as the first line
# `date 2024-04-16`), the photo caption "Đại biểu tham dự hội nghị" with the blank line after it
# and the byline "CAO THẮNG - MỸ HẠNH" with the blank line before it). Targets of the plan "từ nay
# đến tháng 12/2024": year 2024. "tỷ lệ điều tra, khám phá các loại tội phạm đạt từ 80% trở lên"
# (>=); "giảm tỷ lệ tái phạm tội ... xuống dưới 15%" (<: a level to reach, not a change); "ít nhất
# 1 mô hình" (>=, count); "100% hộ dân được phổ biến" (bare, >=). Not quantities: "Ban Chỉ đạo 138"
# (a name), "16/4", "12/2024" (dates).
# --------------------------------------------------------------------------
D04 = dict(name="04_angiang-phutan-chuyen-hoa-dia-ban-2024", kind="target", year=2024, records=[
    R("đạt từ «80% trở lên", "tỷ lệ điều tra, khám phá các loại tội phạm", ">=", 80),
    R("xuống dưới «15%", "tỷ lệ tái phạm tội trong số người chấp hành xong án tù và đặc xá về cư trú tại địa bàn",
      "<", 15),
    N("ít nhất «1 mô hình", "mô hình vận động Nhân dân tham gia phòng, chống tội phạm xây dựng hoặc củng cố",
      ">=", 1),
    R("«100% hộ dân", "hộ dân được phổ biến, tuyên truyền về phòng, chống tội phạm", ">=", 100),
])

# --------------------------------------------------------------------------
# 05 Thừa Thiên Huế, Quảng Thái commune's plan for grassroots mediation: its aims and the first of
# its tasks (quangthai.thuathienhue.gov.vn; nothing cut; no byline, no stamp; the excerpt opens at
# "I. MỤC ĐÍCH, YÊU CẦU" and ends in "lồng ghé"). Year null: nothing in the text gives the plan's
# year ("Nghị định số 15/2014/NĐ-CP ngày 27 tháng 02 năm 2014" is the decree's date). Targets:
# "phấn đấu thực hiện hòa giải trên 90% các vụ việc tranh chấp, mâu thuẫn" (>) and "số vụ việc
# hòa giải thành đạt từ 80% trở lên trên tổng số vụ việc tiếp nhận" (>=). Not quantities: the
# list labels "I.", "1.", "2.", "II." and the document's number and date.
# --------------------------------------------------------------------------
D05 = dict(name="05_thuathienhue-quangthai-ke-hoach-hoa-giai-co-so", kind="target", year=None, records=[
    R("hòa giải trên «90%", "vụ việc tranh chấp, mâu thuẫn theo quy định được tiến hành hòa giải ở cơ sở", ">", 90),
    R("đạt từ «80% trở lên", "số vụ việc hòa giải thành trên tổng số vụ việc tiếp nhận", ">=", 80),
])

# --------------------------------------------------------------------------
# 06 Tây Ninh, grassroots mediation, a news video's summary, June 2024 (vnews.gov.vn; cut: the
# byline date "03-06-2024, 08:02" (written as the first line `date 2024-06-03`) and the tags and
# links "S Việt Nam", "Tây Ninh", "Xã hội", "Xem thêm" with their blank lines). Year 2024 (the
# page's date; the figures are the state at the time of the report). Results: "trên 540 tổ hoà
# giải" (>), "khoảng 4 nghìn hoà giải viên" (~, 4000), "tiếp nhận gần 10 nghìn vụ việc" (~, 10000),
# "tỷ lệ hòa giải thành chiếm trên 84%" (>). Not a quantity: "hơn 10 năm" (a duration).
# --------------------------------------------------------------------------
D06 = dict(name="06_tayninh-hoa-giai-co-so-2024", kind="result", year=2024, records=[
    N("trên «540 tổ", "tổ hoà giải toàn tỉnh Tây Ninh", ">", 540),
    N("khoảng «4 nghìn", "hoà giải viên", "~", 4000),
    N("gần «10 nghìn vụ", "vụ việc hòa giải tiếp nhận qua hơn 10 năm thực hiện Luật hòa giải", "~", 10000),
    R("trên «84%", "tỷ lệ hòa giải thành", ">", 84),
])

# --------------------------------------------------------------------------
# 07 Thanh Hóa, the provincial police announcing the 2024 amnesty to prisoners of its detention
# camp and district holding houses (tienphong.vn; the stamp " date 2024-10" written as the first
# line; nothing cut; the excerpt ends in "Tôi chỉ mong "). Year 2024. Results: "công bố Quyết định
# đặc xá cho 13 phạm nhân" (the province's), "trao Quyết định ... cho 7 phạm nhân đang giam giữ ...
# tại Trại tạm giam Công an tỉnh" and its restatement "Là một trong 7 phạm nhân ... được đặc xá lần
# này" (the same count stated again, recorded as the earlier sets record a figure restated in the
# title and the body). Not quantities: "hơn 1 năm" (a duration), "SN 1987" (a birth year),
# "01/10/2024" (a date).
# --------------------------------------------------------------------------
D07 = dict(name="07_thanhhoa-dac-xa-trai-tam-giam-2024", kind="result", year=2024, records=[
    N("cho «13 phạm nhân", "phạm nhân được công bố Quyết định đặc xá tại Trại tạm giam Công an tỉnh và Nhà tạm giữ "
      "Công an các huyện, thị xã, thành phố", "=", 13),
    N("quà cho «7 phạm nhân", "phạm nhân tại Trại tạm giam Công an tỉnh được đặc xá đợt này", "=", 7),
    N("trong «7 phạm nhân", "phạm nhân đang chấp hành án phạt tù tại Trại tạm giam Công an tỉnh Thanh Hoá được đặc "
      "xá lần này", "=", 7),
])

# --------------------------------------------------------------------------
# 08 Thừa Thiên Huế, ten years of the Law on Grassroots Mediation (mattran.thuathienhue.gov.vn;
# nothing cut; no byline, no stamp; the excerpt ends in "ch"). Year null: the text gives no year
# ("Trong 10 năm qua", "đến nay"). Results: "100% tổ hòa giải tại thôn/tổ dân phố" (=), "1.106 tổ
# hòa giải, với 6.598 hòa giải viên", "hòa giải viên nữ chiếm 24" (a share with its % sign missing:
# recorded as %, a judgement), "bồi dưỡng ... chiếm 75%", "11.176 vụ, việc", "8.988 vụ việc hòa
# giải thành (chiếm 80,4%)". Not quantities: "10 năm" (twice, durations).
# --------------------------------------------------------------------------
D08 = dict(name="08_thuathienhue-10-nam-hoa-giai-co-so", kind="result", year=None, records=[
    R("phát triển «100% tổ", "tổ hòa giải tại thôn/tổ dân phố trên địa bàn cấp huyện được xây dựng và phát triển",
      "=", 100),
    N("hiện có «1.106 tổ", "tổ hòa giải toàn tỉnh", "=", 1106),
    N("với «6.598 hòa", "hòa giải viên", "=", 6598),
    R("nữ chiếm «24,", "hòa giải viên nữ", "=", 24, note="'chiếm 24' with no % sign: a share, a judgement"),
    R("chiếm «75%", "hòa giải viên đã được tham gia bồi dưỡng chuyên môn, nghiệp vụ", "=", 75),
    N("là «11.176 vụ", "vụ việc tiếp nhận hòa giải trong 10 năm", "=", 11176),
    N("có «8.988 vụ", "vụ việc hòa giải thành", "=", 8988),
    R("(chiếm «80,4%)", "vụ việc hòa giải thành", "=", 80.4),
])

# --------------------------------------------------------------------------
# 09 National, the Ministry of Justice's notice of the legal-aid court cases recorded as successful
# in March 2022 (moj.gov.vn; nothing cut; no byline, no stamp). Year 2022 ("tháng 03/2022"). Results:
# "1.086 vụ việc ... thụ lý (652 vụ việc bào chữa + 434 vụ việc bảo vệ quyền ...)" (three counts,
# each its own subject: a breakdown by kind of case), "368 vụ việc ... kết thúc", "66 vụ việc ...
# thành công, hiệu quả", and the list of provinces "Hồ Chí Minh (21 vụ), ... Vĩnh Long (1 vụ)": one
# count per province, each with `place` (the document is the nation's; the spec's optional place
# for a named province), scope null. Not quantities: "03/2022", "01/03/2022", "31/3/2022" (dates).
# --------------------------------------------------------------------------
SUCCESS = "vụ việc trợ giúp pháp lý tham gia tố tụng thành công, hiệu quả cập nhật trong kỳ"
PROVINCES = [("Hồ Chí Minh", 21), ("Điện Biên", 8), ("Tây Ninh", 6), ("Cao Bằng", 4), ("Gia Lai", 4),
             ("Bạc Liêu", 3), ("Bắc Kạn", 3), ("Tuyên Quang", 3), ("Bến Tre", 2), ("Hà Nội", 2), ("Hà Tĩnh", 2),
             ("An Giang", 1), ("Bắc Ninh", 1), ("Hậu Giang", 1), ("Kiên Giang", 1), ("Ninh Thuận", 1),
             ("Sóc Trăng", 1), ("Thanh Hóa ", 1), ("Vĩnh Long", 1)]
D09 = dict(name="09_toanquoc-tgpl-to-tung-thanh-cong-2022", kind="result", year=2022, records=[
    N("nhận «1.086 vụ", "vụ việc trợ giúp pháp lý tham gia tố tụng thụ lý", "=", 1086),
    N("(«652 vụ", "vụ việc bào chữa", "=", 652),
    N("+ «434 vụ", "vụ việc bảo vệ quyền và lợi ích hợp pháp cho người được trợ giúp pháp lý", "=", 434),
    N("; «368 vụ", "vụ việc trợ giúp pháp lý tham gia tố tụng kết thúc", "=", 368),
    N("có «66 vụ", "vụ việc trợ giúp pháp lý tham gia tố tụng thành công, hiệu quả", "=", 66),
    *[N(f"{p} («{n} vụ)", SUCCESS, "=", n, place=p.strip()) for p, n in PROVINCES],
])

# --------------------------------------------------------------------------
# 10 National, the state legal-aid centres' results of 2023: their organisation and staff
# (tgpl.moj.gov.vn, print view; nothing cut; no byline, no stamp; the excerpt ends in "so với ").
# Year 2023 ("năm 2023", "Tính đến 31/10/2023"). Results: "55 Giám đốc Trung tâm", "97 Chi nhánh",
# the bracket "(tính đến ngày 31/10/2022, toàn quốc có 99 Chi nhánh)" (a result of 2022, as the
# spec's "(năm 2023 đạt 38,4%)"), "1.354 người" (staff posts assigned), "1.228 người" (staff in
# post), "676 trợ giúp viên pháp lý (chiếm 55.04% ...)" (the share written with a dot: 55.04, not a
# thousands group), "643 luật sư". Not quantities: "giảm 02 Chi nhánh so với năm 2022", "tăng 8 trợ
# giúp viên ... so với năm 2022", "tăng 36 luật sư so với" (changes against an earlier value,
# spec), "Luật Trợ giúp pháp lý năm 2017" (a name), "31/10/2023", "31/10/2022" (dates), "I.", "1."
# (labels).
# --------------------------------------------------------------------------
D10 = dict(name="10_toanquoc-trung-tam-tgpl-bo-may-2023", kind="result", year=2023, records=[
    N("có «55 Giám đốc", "Giám đốc Trung tâm trợ giúp pháp lý cả nước", "=", 55),
    N("là «97 Chi nhánh", "Chi nhánh của Trung tâm trợ giúp pháp lý", "=", 97),
    N("có «99 Chi nhánh", "Chi nhánh của Trung tâm trợ giúp pháp lý toàn quốc", "=", 99, year=2022),
    N("là «1.354 người", "biên chế được giao của các Trung tâm", "=", 1354),
    N("là «1.228 người", "biên chế hiện có của các Trung tâm", "=", 1228),
    N("người, «676 trợ", "trợ giúp viên pháp lý", "=", 676),
    R("chiếm «55.04%", "trợ giúp viên pháp lý trong tổng biên chế hiện có", "=", 55.04),
    N("), «643 luật sư", "luật sư ký hợp đồng thực hiện TGPL", "=", 643),
])

# --------------------------------------------------------------------------
# 11 National, the legal-aid officers' quotas of court cases: the results of 2024 (tgpl.moj.gov.vn;
# cut: the tool line "Xem cỡ chữ Đọc bài viết In trang Google" and the byline date "09/01/2025",
# written as the first line `date 2025-01-09`; the excerpt ends in "tron"). Year 2024 (the results'
# "năm 2024"; the title's "năm 2025" is the year of the quotas the page announces, with no number).
# Results: "mỗi Trợ giúp viên pháp lý thực hiện trung bình 38,4 vụ/năm" (unit other, unit_text
# "vụ/năm"), the bracket's "năm 2023, ... 32,4 vụ/năm" (a result of 2023); "62 Trung tâm có 100%
# Trợ giúp viên pháp lý hoàn thành chỉ tiêu" (a count of centres and the share of officers in
# them), "01 Trung tâm" not meeting it, "685" officers given a quota, "684" who met it "chiếm
# 99,85%", of whom "529 đạt tốt, 77 đạt khá, 78 đạt (tương đương 77,22% tốt, 11,24% khá, 11,39%
# đạt)" (six records, each its own subject), "01 Trợ giúp viên ... không đạt chỉ tiêu (0,15%)", and
# for officers appointed under three years "112" and "100%". These percentages are shares of
# officers, not a plan's completion rate: recorded. Not quantities: "dưới 03 năm" (twice; part of
# the subject), "năm 2025", "năm 2024", "năm 2023" (dates).
# --------------------------------------------------------------------------
TGV = "Trợ giúp viên pháp lý"
D11 = dict(name="11_toanquoc-chi-tieu-tro-giup-vien-2024", kind="result", year=2024, records=[
    R("trung bình «38,4 vụ", "số vụ việc mỗi Trợ giúp viên pháp lý thực hiện trung bình", "=", 38.4, unit="other",
      unit_text="vụ/năm"),
    R("trung bình «32,4 vụ", "số vụ việc mỗi Trợ giúp viên pháp lý thực hiện trung bình", "=", 32.4, unit="other",
      unit_text="vụ/năm", year=2023),
    N("có «62 Trung tâm", "Trung tâm có Trợ giúp viên pháp lý hoàn thành chỉ tiêu", "=", 62),
    R("có «100% Trợ", f"{TGV} hoàn thành chỉ tiêu của các Trung tâm", "=", 100),
    N("còn «01 Trung tâm", "Trung tâm có trợ giúp viên pháp lý không hoàn thành chỉ tiêu", "=", 1),
    N("có «685 Trợ", f"{TGV} được giao chỉ tiêu thực hiện vụ việc tham gia tố tụng", "=", 685),
    N("có «684 Trợ", f"{TGV} hoàn thành chỉ tiêu", "=", 684),
    R("chiếm «99,85%", f"{TGV} hoàn thành chỉ tiêu", "=", 99.85),
    N("đó «529 đạt", f"{TGV} đạt tốt", "=", 529),
    N("tốt, «77 đạt", f"{TGV} đạt khá", "=", 77),
    N("khá, «78 đạt", f"{TGV} đạt", "=", 78),
    R("đương «77,22%", f"{TGV} đạt tốt", "=", 77.22),
    R("tốt, «11,24%", f"{TGV} đạt khá", "=", 11.24),
    R("khá, «11,39%", f"{TGV} đạt", "=", 11.39),
    N("có «01 Trợ", f"{TGV} không đạt chỉ tiêu", "=", 1),
    R("(«0,15%)", f"{TGV} không đạt chỉ tiêu", "=", 0.15),
    N("số «112 Trợ", f"{TGV} được bổ nhiệm dưới 03 năm được giao chỉ tiêu", "=", 112),
    R("thì «100% Trợ", f"{TGV} được bổ nhiệm dưới 03 năm hoàn thành chỉ tiêu", "=", 100),
])

# --------------------------------------------------------------------------
# 12 National, the central council for legal education's review of the first nine months of 2025:
# legal aid and legal dissemination (tienphong.vn; the stamp " date 2025-10-03" written as the first
# line; cut: the photo caption "Bộ trưởng Bộ Tư pháp Nguyễn Hải Ninh phát biểu." with the blank line
# after it; the excerpt ends in "vận hành t"). Year 2025. Results: the title's and the lead's
# "16.630 vụ việc Trợ giúp pháp lý" (two records, as the earlier sets record a headline's figure and
# the body's), "2.420 vụ việc tư vấn", "14.113 vụ việc tham gia tố tụng", the subheading's "156.000
# lượt hỏi đáp bằng AI Pháp luật", "ban hành 40 văn bản chỉ đạo, hướng dẫn", "hơn 216.000 hoạt động
# tuyên truyền" (>), "gần 24 triệu lượt người" (~, 24e6), "gần 5.000 cuộc thi" (~), "hơn 2,2 triệu
# lượt người dự thi" (>, 2.2e6), "trên 16 triệu tài liệu" (>, 16e6). Not quantities: "tăng 21% so
# với cùng kỳ" (a change against an earlier value, spec), "9 tháng" (four times, a period), "3/10"
# (a date).
# --------------------------------------------------------------------------
D12 = dict(name="12_toanquoc-tgpl-pbgdpl-9-thang-2025", kind="result", year=2025, records=[
    N("toàn quốc thực hiện «16.630 vụ việc Trợ giúp pháp lý\n", "vụ việc Trợ giúp pháp lý toàn quốc thực hiện",
      "=", 16630),
    N("trên toàn quốc thực hiện «16.630 vụ", "vụ việc Trợ giúp pháp lý trên toàn quốc thực hiện", "=", 16630),
    N("có «2.420 vụ", "vụ việc tư vấn", "=", 2420),
    N("; «14.113 vụ", "vụ việc tham gia tố tụng", "=", 14113),
    N("«156.000 lượt", "lượt hỏi đáp bằng AI Pháp luật", "=", 156000),
    N("ban hành «40 văn bản", "văn bản chỉ đạo, hướng dẫn các Bộ, ngành, địa phương đã ban hành", "=", 40),
    N("hơn «216.000 hoạt động", "hoạt động tuyên truyền trực tiếp", ">", 216000),
    N("gần «24 triệu", "lượt người tham gia hoạt động tuyên truyền trực tiếp", "~", 24e6),
    N("gần «5.000 cuộc", "cuộc thi tìm hiểu pháp luật", "~", 5000),
    N("hơn «2,2 triệu", "lượt người dự thi tìm hiểu pháp luật", ">", 2.2e6),
    N("trên «16 triệu", "tài liệu tuyên truyền pháp luật phát hành", ">", 16e6),
], NOT=["tăng «21% so"])

# --------------------------------------------------------------------------
# 13 National, the first loans to people who have served prison sentences under Decision
# 22/2023/QĐ-TTg, October 2023 (dantocmiennui.baotintuc.vn; cut: the repeated title line and the two
# photo captions "Đã có 145 người ... ảnh 1 Ông Lương Thanh Hồng ... TTXVN" and "... ảnh 2Ông Tô
# Ngọc Xiêm ... TTXVN", each with the blank line after it; no byline, no stamp; the excerpt ends in
# "bố tr"). Year 2023 (the decision's "17/8/2023"; the loans follow its entry into force "từ ngày
# 10/10"). Results: the title's and the body's "145 người" (two records), "tổng số tiền gần 11 tỷ
# đồng" (~, 11e9 đồng), "2.089 người mãn hạn tù có nhu cầu vay vốn" and their "138 tỷ đồng", "hơn
# 9,3 tỷ đồng với 191 người" lent before the decision. Not quantities: "sau 2 ngày" (a duration),
# "22/2023/QĐ-TTg", "22/2023" (documents), "17/8/2023", "10/10" (dates), "16 Điều và 02 mẫu biểu"
# (the parts of a document, as the spec's parts of an index).
# --------------------------------------------------------------------------
D13 = dict(name="13_toanquoc-vay-von-chap-hanh-xong-an-2023", kind="result", year=2023, records=[
    N("Đã có «145 người mãn", "người mãn hạn tù được vay vốn tín dụng chính sách", "=", 145),
    N("đã có «145 người chấp", "người chấp hành xong án phạt tù được vay vốn tín dụng chính sách xã hội", "=", 145),
    VND("gần «11 tỷ", "tổng số tiền cho người chấp hành xong án phạt tù vay vốn", "~", 11e9),
    N("có «2.089 người", "người mãn hạn tù có nhu cầu vay vốn tín dụng chính sách", "=", 2089),
    VND("tiền «138 tỷ", "tổng số tiền người mãn hạn tù có nhu cầu vay vốn", "=", 138e9),
    VND("hơn «9,3 tỷ", "số tiền NHCSXH đã cho người chấp hành xong án phạt tù vay trước khi Quyết định số 22/2023 "
        "có hiệu lực", ">", 9.3e9),
    N("với «191 người", "người chấp hành xong án phạt tù được NHCSXH cho vay trước khi Quyết định số 22/2023 có "
      "hiệu lực", "=", 191),
])

# --------------------------------------------------------------------------
# 14 Kon Tum, the provincial People's Committee's decision 681/QĐ-UBND of 18 October 2024 issuing
# the scheme to raise the quality of reintegration of people who have served prison sentences,
# 2025-2030: the decision's header, grounds and articles (thuvienphapluat.vn; nothing cut; the
# excerpt ends in "và c"). A precision text, no record: "681/QĐ-UBND", "49/2020/NĐ-CP",
# "3184/KH-UBND", "4354/TTr-CAT-PC10" (documents), "18 tháng 10 năm 2024", "19 tháng 6 năm 2015",
# "22 tháng 11 năm 2019", "17 tháng 4 năm 2020", "28 tháng 6 năm 2020", "27 tháng 9 năm 2024" and
# the laws' years "năm 2015", "năm 2019" (dates), "2025-2030" (twice, the scheme's period), "Điều
# 1"-"Điều 3" (article numbers). Year 2024.
# --------------------------------------------------------------------------
D14 = dict(name="14_kontum-de-an-tai-hoa-nhap-2024-precision", kind="result", year=2024, records=[])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=HERE / "texts")
not_anchors = functools.partial(goldkit.not_anchors, texts=HERE / "texts")

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, HERE / "gold")
