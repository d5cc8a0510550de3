#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set207).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry. No text of this set needs one.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set193, the id is given in the record itself (`iid=`).

The theme of the set is information security in the provinces (an toàn thông tin, an ninh mạng):
anti-malware coverage, antivirus licences, training of security and IT staff, response teams,
attacked websites, drills. No text stands under a heading that names a pillar; one lead-in ("Về hạ
tầng kỹ thuật, ...", 07) names one, so every record but that one has pillar null (see the comments
of 03, 04 and 07).

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
from goldkit import R, CNT, RANK, T, INFRA  # noqa: E402

DONG = dict(unit="other", unit_text="đồng")
ENDPOINTS = "security.protected_endpoints_share"
IT_TRAINED = "security.it_staff_trained_share"
LEADERS = "security.leaders_awareness_share"
DTI_RANK = "dti.provincial_rank"
ICT_RANK = "rank.ict_index"

# --------------------------------------------------------------------------
# 01 Đắk Nông, only 22,5% of the state agencies' computers carry the central anti-malware software,
# June 2023 (baodaknong.vn; cut: the section label "---- Thời sự" with the blank line after it, the
# byline "Hoàng Thanh 27/06/2023 12:14" with the blank line after it, written as the first line
# `date 2023-06-27`, the image file name "img_2417(1).jpg" and the photo caption under it "Đắk
# Nông mới có 22,5% máy tính ... tập trung" with the blank line after it; the excerpt ends in
# "phòng, ch"). Year 2023. Results: the title's "mới có 22,5% máy tính cài đặt phần mềm chống mã
# độc" (=), "772/3.421 máy tính ... cài đặt phần mềm phòng, chống mã độc tập trung" (count, =; the
# denominator 3.421 is the whole, not a second record, as the earlier sets' "15/15"), "(đạt tỷ lệ
# khoảng 22,5%)" (~), "Hiện tỉnh mới bố trí 580 triệu đồng cho việc triển khai công tác này"
# (money, other "đồng", 580e6). Target: the 2023 plan's "phấn đấu đạt 70% các máy tính ... được
# cài đặt phần mềm phòng chống mã độc tập trung" (>=, 2023). Not quantities: "27/06/2023", "12/1/2023"
# (dates), "năm 2023". Ids: ENDPOINTS for the three shares; the count and the money null.
# --------------------------------------------------------------------------
D01 = dict(name="01_daknong-phong-chong-ma-doc-2023", kind="result", year=2023, records=[
    R("mới có «22,5% máy tính cài", "máy tính cài đặt phần mềm chống mã độc", "=", 22.5, iid=ENDPOINTS),
    R("phấn đấu đạt «70%", "máy tính trong các cơ quan Nhà nước trên toàn tỉnh được cài đặt phần mềm phòng chống mã "
      "độc tập trung", ">=", 70, **T, iid=ENDPOINTS),
    R("mới có «772/3.421", "máy tính trong các cơ quan Nhà nước cài đặt phần mềm phòng, chống mã độc tập trung", "=",
      772, **CNT),
    R("khoảng «22,5%", "máy tính trong các cơ quan Nhà nước cài đặt phần mềm phòng, chống mã độc tập trung", "~",
      22.5, iid=ENDPOINTS),
    R("bố trí «580 triệu đồng", "kinh phí tỉnh bố trí cho việc triển khai phòng, chống mã độc tập trung", "=", 580e6,
      **DONG),
])

# --------------------------------------------------------------------------
# 02 Hải Phòng, the city's Information and Communications Centre installing and renewing Kaspersky
# antivirus for 17 units in 2020 (antoanthongtinhaiphong.gov.vn; cut: the counters "0" and "363"
# with the blank line after them; no byline, no stamp; the title keeps its two trailing spaces; the
# excerpt ends in "thông tin tr"). Year 2020 (the title's "năm 2020"). Results, counts, =: the
# title's "cho 17 đơn vị năm 2020"; "cho 12 quận ( huyện) và 05 sở (ngành), với tổng số máy tính là
# 736 máy (trong đó có 236 máy cài đặt mới và 500 máy gia hạn)" (five records, each its own
# subject, scope null: districts and departments are kinds of unit served, not a split of one
# value by level). Not quantities: "429/STTTT-TTTTTT" (a document, twice), "10/3/2020" (a date,
# twice). Ids null (the catalogue's endpoint indicator is a share).
# --------------------------------------------------------------------------
D02 = dict(name="02_haiphong-diet-virus-17-don-vi-2020", kind="result", year=2020, records=[
    R("Kaspersky cho «17 đơn vị", "đơn vị được cài đặt phần mềm diệt virus Kaspersky", "=", 17, **CNT),
    R("Kaspersky cho «12 quận", "quận (huyện) được cài đặt mới và gia hạn phần mềm diệt virus Kaspersky", "=", 12,
      **CNT),
    R("và «05 sở (ngành)", "sở (ngành) được cài đặt mới và gia hạn phần mềm diệt virus Kaspersky", "=", 5, **CNT),
    R("là «736 máy", "tổng số máy tính được cài đặt mới và gia hạn phần mềm diệt virus Kaspersky", "=", 736, **CNT),
    R("có «236 máy", "máy tính cài đặt mới phần mềm diệt virus Kaspersky", "=", 236, **CNT),
    R("và «500 máy", "máy tính gia hạn phần mềm diệt virus Kaspersky", "=", 500, **CNT),
])

# --------------------------------------------------------------------------
# 03 Tây Ninh, the province's plan 3639/KH-UBND (2021) for training information-security staff in
# 2021-2025 (vietnamnet.vn; nothing cut; no byline, no stamp; the excerpt ends in "tập huấn").
# Targets of the plan "giai đoạn 2021-2025 hướng đến mục tiêu cụ thể là ...": year 2025 (the end
# of the plan's period, as the earlier sets' majority reads a period's targets; the "hằng năm" of
# two of them says each year up to then), op >= (bare numbers). Three records: "100% nhân sự
# chuyên trách công nghệ thông tin và an toàn thông tin tại các sở, ban, ngành tỉnh và UBND cấp
# huyện được đào tạo, bồi dưỡng hằng năm" (scope null: one value for both levels), "100% Lãnh đạo
# các cấp được truyền thông các kiến thức ... an toàn thông tin", "100% thành viên đội ứng cứu sự cố
# an toàn thông tin mạng được đào tạo hằng năm". Pillar null: the lead-in names "nguồn nhân lực an
# toàn thông tin", a topic of two pillars (nhân lực số and an toàn thông tin), not one (a
# judgement, as the earlier sets leave a lead-in naming several pillars at null). Not quantities:
# "năm 2023", "năm 2021" (dates), "Việt Nam 2023" (an award's name), "3639/KH-UBND" (a document),
# "2021-2025" (a period, twice). Ids: IT_TRAINED, LEADERS (the heads "được truyền thông" the
# knowledge: the catalogue's leaders' awareness share; a judgement); the response team's members
# null.
# --------------------------------------------------------------------------
D03 = dict(name="03_tayninh-nhan-luc-attt-2021-2025", kind="target", year=2025, records=[
    R("là «100% nhân sự", "nhân sự chuyên trách công nghệ thông tin và an toàn thông tin tại các sở, ban, ngành tỉnh "
      "và UBND cấp huyện được đào tạo, bồi dưỡng hằng năm", ">=", 100, iid=IT_TRAINED),
    R("năm; «100% Lãnh đạo", "Lãnh đạo các cấp được truyền thông các kiến thức về quản lý, nhận thức và tầm quan trọng "
      "của về an toàn thông tin", ">=", 100, iid=LEADERS),
    R("thông tin; «100% thành viên", "thành viên đội ứng cứu sự cố an toàn thông tin mạng được đào tạo hằng năm, được "
      "bồi dưỡng, tập huấn", ">=", 100),
])

# --------------------------------------------------------------------------
# 04 Tây Ninh, the province's plan of 08/02/2023 carrying out the national scheme "Đào tạo nguồn
# nhân lực an ninh mạng đến năm 2025, tầm nhìn đến năm 2030" (sotttt.tayninh.gov.vn; nothing cut;
# no byline, no stamp; the excerpt ends in "trình độ cao "). Targets, counts: "đào tạo 100 cán bộ
# Phòng An ninh mạng ... thuộc Công an tỉnh, đào tạo 05 chuyên gia an ninh mạng chất lượng cao; đào
# tạo 100 cán bộ của các sở, ban, ngành tỉnh ..." (three records, >=: bare numbers in a plan) and
# "tổ chức tối thiểu 10 lớp đào tạo, tập huấn" (>=). Year 2025: the plan carries out a scheme "đến
# năm 2025, tầm nhìn đến năm 2030" and its counts give no year; the nearer horizon is read as the
# targets' (a judgement; the 2030 of a "tầm nhìn" sets no count). Pillar null (no heading; the
# lead-in "đào tạo và nâng cao trình độ an ninh mạng" names training in network security, a topic
# of two pillars, as 03). Not quantities: "08/02/2023" (a date), "năm 2025", "năm 2030" (in the
# scheme's name). Ids null (the catalogue has no count of trained security staff).
# --------------------------------------------------------------------------
D04 = dict(name="04_tayninh-nhan-luc-an-ninh-mang-2030", kind="target", year=2025, records=[
    R("đào tạo «100 cán bộ Phòng", "cán bộ Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao thuộc "
      "Công an tỉnh được đào tạo", ">=", 100, **CNT),
    R("đào tạo «05 chuyên gia", "chuyên gia an ninh mạng chất lượng cao được đào tạo", ">=", 5, **CNT),
    R("đào tạo «100 cán bộ của", "cán bộ của các sở, ban, ngành tỉnh và các cơ quan, tổ chức quản lý, vận hành các hệ "
      "thống thông tin quan trọng được đào tạo", ">=", 100, **CNT),
    R("tối thiểu «10 lớp", "lớp đào tạo, tập huấn an ninh mạng cho tổ chức và cá nhân", ">=", 10, **CNT),
])

# --------------------------------------------------------------------------
# 05 Lào Cai, training response staff in network security (vietnamnet.vn; nothing cut; no byline,
# no stamp; the excerpt ends in "điện tử viễn thô"). Year 2023 ("Riêng trong năm 2023"). Results,
# counts, =: "Lào Cai đã mở 13 lớp đào tạo an toàn thông tin với 383 học viên tham gia" (two
# records: the classes and their trainees, as the earlier sets count trainees). Not quantities:
# "Cách mạng công nghiệp 4.0" (a name), "năm 2023". Pillar null. Ids null.
# --------------------------------------------------------------------------
D05 = dict(name="05_laocai-dao-tao-attt-2023", kind="result", year=2023, records=[
    R("mở «13 lớp", "lớp đào tạo an toàn thông tin", "=", 13, **CNT),
    R("với «383 học viên", "học viên tham gia các lớp đào tạo an toàn thông tin", "=", 383, **CNT),
])

# --------------------------------------------------------------------------
# 06 Vĩnh Phúc, the Department of Information and Communications' training of staff for digital
# transformation and information security in 2023, as a copy on another site (game.rgbet01.com, a
# mirror that fused its own words "_dnipro-1 – oleksandria" and a run of the title without spaces
# into the first two lines; kept: parts of lines, not whole lines of furniture; nothing cut; no
# byline, no stamp; the excerpt ends in "quản trị mạng, ph"). Year 2023 ("trong năm 2023").
# Results, counts, =: "đào tạo, bồi dưỡng kiến thức về chuyển đổi số cho 2.042 cán bộ, công chức,
# viên chức và lao động hợp đồng", then its parts "10 lớp ... cho 300 cán bộ ...; 2 lớp ... an
# toàn, an ninh mạng cho 136 công chức cấp xã ...; 1 lớp ... cho 30 cán bộ công nghệ thông tin
# chuyên trách; 20 lớp ... cho 1.534 cán bộ ...; và 01 đợt diễn tập thực chiến ... cho 42 cán bộ
# quản trị mạng" (eleven records, each its own subject; scope null: "cấp tỉnh, huyện, xã" is one
# value for all levels, "cấp xã" part of the subject). Not quantities: "203/KH-UBND" (a document),
# "năm 2030" (in a scheme's name), "dnipro-1" (the mirror's words, twice), "năm 2023". Pillar null
# (no heading; the lead-in names "đào tạo nguồn nhân lực bảo đảm cho các hoạt động chuyển đổi số",
# no pillar). Ids: HRCOUNT for the 2.042 and the 1.534 trained in digital transformation
# (hr.civil_servants_dx_trained_count; the 1.534's classes "nâng cao nhận thức, phổ cập kỹ năng và
# phát triển nguồn nhân lực chuyển đổi số", a judgement), DRILLS for the one drill; the classes and
# the IT and security trainees null.
# --------------------------------------------------------------------------
HRCOUNT = "hr.civil_servants_dx_trained_count"
DRILLS = "security.incident_drills_count"
D06 = dict(name="06_vinhphuc-dao-tao-nhan-luc-attt-2023", kind="result", year=2023, records=[
    R("cho «2.042 cán bộ", "cán bộ, công chức, viên chức và lao động hợp đồng được đào tạo, bồi dưỡng kiến thức về "
      "chuyển đổi số", "=", 2042, **CNT, iid=HRCOUNT),
    R("gồm có «10 lớp", "lớp bồi dưỡng nâng cao kiến thức công nghệ thông tin", "=", 10, **CNT),
    R("cho «300 cán bộ", "cán bộ, công chức, viên chức cấp tỉnh, huyện, xã được bồi dưỡng nâng cao kiến thức công "
      "nghệ thông tin", "=", 300, **CNT),
    R("xã; «2 lớp", "lớp bồi dưỡng, cập nhật kiến thức an toàn, an ninh mạng", "=", 2, **CNT),
    R("cho «136 công chức", "công chức cấp xã làm về công nghệ thông tin được bồi dưỡng, cập nhật kiến thức an toàn, "
      "an ninh mạng", "=", 136, **CNT),
    R("tin; «1 lớp", "lớp đào tạo nghiệp vụ nâng cao cho cán bộ công nghệ thông tin chuyên trách", "=", 1, **CNT),
    R("cho «30 cán bộ", "cán bộ công nghệ thông tin chuyên trách được đào tạo nghiệp vụ nâng cao", "=", 30, **CNT),
    R("«20 lớp nâng cao", "lớp nâng cao nhận thức, phổ cập kỹ năng và phát triển nguồn nhân lực chuyển đổi số", "=",
      20, **CNT),
    R("cho «1.534 cán bộ", "cán bộ, công chức, viên chức và lao động hợp đồng được nâng cao nhận thức, phổ cập kỹ năng "
      "và phát triển nguồn nhân lực chuyển đổi số", "=", 1534, **CNT, iid=HRCOUNT),
    R("và «01 đợt diễn tập", "đợt diễn tập thực chiến bảo đảm an toàn thông tin mạng tỉnh", "=", 1, **CNT, iid=DRILLS),
    R("cho «42 cán bộ", "cán bộ quản trị mạng diễn tập thực chiến bảo đảm an toàn thông tin mạng", "=", 42,
      **CNT),
])

# --------------------------------------------------------------------------
# 07 Quảng Trị, many agencies not finding the malware latent in their systems, September 2020
# (ictnews.vietnamnet.vn; nothing cut; the stamp " date 2020-09" written as the first line; the
# excerpt ends in "tiềm ẩn sẵn trong"). Year 2020. Results: "Tỷ lệ bình quân máy tính trên số lượng
# cán bộ công chức đạt trên 90%" (>; pillar digital_infrastructure: the paragraph opens "Về hạ
# tầng kỹ thuật, hạ tầng CNTT ...", a lead-in naming the infrastructure pillar's topic, spec) and
# "100% cơ quan nhà nước cấp tỉnh, cấp huyện và hơn 80% UBND cấp xã có mạng nội bộ LAN kết nối
# Internet" (three records, spec's split: 100 for "cấp tỉnh" and "cấp huyện" at the same anchor, >80
# for "cấp xã"; pillar null: a new paragraph "Bên cạnh đó, ..." that names no pillar, spec). Not
# quantities: "4.0" (a name). Ids: infra.civil_servants_computers_share (a judgement: computers per
# official read as the share equipped), infra.agencies_lan_share for the three.
# --------------------------------------------------------------------------
LAN = "infra.agencies_lan_share"
LAN_IND = "cơ quan nhà nước có mạng nội bộ LAN kết nối Internet qua các đường truyền tốc độ cao"
D07 = dict(name="07_quangtri-attt-chinh-quyen-dien-tu-2020", kind="result", year=2020, records=[
    R("đạt trên «90%", "Tỷ lệ bình quân máy tính trên số lượng cán bộ công chức", ">", 90, pillar=INFRA,
      iid="infra.civil_servants_computers_share"),
    R("đó, «100% cơ quan", LAN_IND, "=", 100, scope="cấp tỉnh", iid=LAN),
    R("đó, «100% cơ quan", LAN_IND, "=", 100, scope="cấp huyện", iid=LAN),
    R("hơn «80% UBND", "UBND có mạng nội bộ LAN kết nối Internet qua các đường truyền tốc độ cao", ">", 80,
      scope="cấp xã", iid=LAN),
])

# --------------------------------------------------------------------------
# 08 Đồng Tháp, announcing the departments' and districts' DTI 2022 with a workshop on information
# security for digital data, October 2023 (vietnamnet.vn; cut: the photo caption "Lãnh đạo Sở TT&TT
# Đồng Tháp trao Bằng khen ... Ảnh: Cổng TTĐT Đồng Tháp." with the blank line after it; the stamp "
# date 2023-10" written as the first line; the excerpt ends in "6 chỉ s"). Year 2022 for both ranks
# (the ICT Index's "năm 2022" and the DTI announced in 2023 for "năm qua", the index of 2022 whose
# departments' results the meeting announced). Results, rank, =: "chỉ số chuyển đổi số tăng 10 bậc
# (xếp thứ 39/63 tỉnh, thành phố)" and "Vietnam ICT Index 2022 tăng 9 bậc (xếp thứ 7/63 tỉnh,
# thành phố)". Not quantities: "tăng 10 bậc", "tăng 9 bậc" (changes against an earlier value,
# spec), "10/10" (a date, twice), "năm 2022" (twice), "ICT Index 2022" (a name), "18 sở, ban, ngành"
# (the size of the group assessed), "6 chỉ s[ố]" (the parts of an index), the denominators "/63".
# Pillar null. Ids DTI_RANK, ICT_RANK.
# --------------------------------------------------------------------------
D08 = dict(name="08_dongthap-dti-hoi-thao-attt-2023", kind="result", year=2022, records=[
    R("xếp thứ «39/63", "chỉ số chuyển đổi số (DTI) của tỉnh, xếp thứ tỉnh, thành phố", "=", 39, **RANK,
      iid=DTI_RANK),
    R("xếp thứ «7/63", "chỉ số sẵn sàng cho phát triển và ứng dụng công nghệ thông tin, truyền thông Việt Nam (Vietnam "
      "ICT Index 2022), xếp thứ tỉnh, thành phố", "=", 7, **RANK, iid=ICT_RANK),
])

# --------------------------------------------------------------------------
# 09 Đà Nẵng, the city government's websites attacked again and again (baomoi.com; cut: the byline
# "Nguyễn Tú" at the end with the blank line before it; no stamp, no year in the text: year null).
# Results, counts, =: "từ đầu năm đến nay đã có 9 trang thông tin điện tử ... bị tấn công", stated
# in the lead and again in the body (two records, each at its own anchor, as the earlier sets
# record a number the title or lead repeats), and "từ năm 2014 đến nay, có đến 49 trang thông tin
# điện tử bị tấn công" (=: "có đến" stresses the number, no bound). Not quantities: "PA81" (a name,
# three times), "13.7" (a date), "tháng 6" (a date), "năm 2014" (the start of a period). Pillar
# null. Ids null.
# --------------------------------------------------------------------------
SITES = "trang thông tin điện tử của các đơn vị thuộc hệ thống chính quyền TP.Đà Nẵng bị tấn công từ đầu năm"
D09 = dict(name="09_danang-trang-tin-bi-tan-cong", kind="result", year=None, records=[
    R("cho hay từ đầu năm đến nay đã có «9 trang thông tin điện tử của các đơn vị thuộc hệ thống chính quyền TP.Đà Nẵng "
      "bị tấn công.\n\nNgày", SITES, "=", 9, **CNT),
    R("Ngày 13.7, Phòng An ninh kinh tế (PA81) Công an TP.Đà Nẵng cho hay từ đầu năm đến nay đã có «9", SITES, "=", 9,
      **CNT),
    R("có đến «49 trang", "trang thông tin điện tử trên địa bàn TP.Đà Nẵng bị tấn công từ năm 2014", "=", 49, **CNT),
])

# --------------------------------------------------------------------------
# 10 Quảng Nam, the provincial network-security subcommittee reviewing its work, June 2024
# (baoquangnam.vn; cut: the photo caption "Hội nghị đánh giá tình hình ... Ảnh: Q.H" with the blank
# line after it; the stamp " date 2024-06" written as the first line, the section label "Quốc
# phòng - An ninh" kept as part of the next line; the excerpt ends in "Công an t"). Year 2024 (the
# document's; the results are of "thời gian qua" up to the meeting of 4/6). Results, counts: "Công
# an tỉnh triển khai 26 lượt tuyên truyền ...; 320 lượt phát động phong trào ... với hơn 6.800
# người tham gia" (=, =, >: the people the campaigns reached, as the earlier sets count "lượt
# người tiếp cận"; not an event's audience). Not quantities: "4/6" (a date), "năm 2024", "Ban Chỉ
# đạo 35" (a name, twice). Pillar null. Ids null.
# --------------------------------------------------------------------------
D10 = dict(name="10_quangnam-tieu-ban-an-ninh-mang-2024", kind="result", year=2024, records=[
    R("triển khai «26 lượt", "lượt tuyên truyền Luật Bảo vệ bí mật nhà nước, Luật An ninh mạng", "=", 26, **CNT),
    R("mạng; «320 lượt", "lượt phát động phong trào Toàn dân bảo vệ an ninh Tổ quốc", "=", 320, **CNT),
    R("với hơn «6.800 người", "người tham gia phong trào để phổ biến quy định của pháp luật về an ninh mạng", ">", 6800,
      **CNT),
])

# --------------------------------------------------------------------------
# 11 Nghệ An, the province setting up its network-security incident response team, January 2026
# (dantri.com.vn; cut: the photo caption "Đại tá Trần Ngọc Tuấn, ... (Ảnh: V. Hậu)." with the blank
# line after it; the stamp " date 2026-01-21" written as the first line; the excerpt ends in "đủ
# năng lực t"). Year 2026. Result: "Đội có 61 thành viên" (count, =; a team's members counted as the
# earlier sets count community teams' members). Not quantities: "21/1" (a date). Pillar null. Id
# null.
# --------------------------------------------------------------------------
D11 = dict(name="11_nghean-doi-ung-cuu-su-co-2026", kind="result", year=2026, records=[
    R("Đội có «61 thành viên", "thành viên Đội Ứng cứu sự cố an ninh mạng tỉnh", "=", 61, **CNT),
])

# --------------------------------------------------------------------------
# 12 Quảng Ngãi, the province's information-security incident response team re-formed, December
# 2025 (sggp.org.vn; cut: the photo caption "Ra mắt Đội Ứng cứu sự cố ... Ảnh: NGUYỄN TRANG" that
# followed the stamp on the first line, and the caption "Thiếu tướng Hồ Song Ân, ... Ảnh: NGUYỄN
# TRANG" with the blank line after it; the stamp " date 2025-12-29" written as the first line; the
# excerpt ends in "Nhà n"). Year 2025. Result: "Đội có 216 thành viên" (count, =, as 11). Not
# quantities: "năm 2025". Pillar null. Id null.
# --------------------------------------------------------------------------
D12 = dict(name="12_quangngai-doi-ung-cuu-su-co-2025", kind="result", year=2025, records=[
    R("Đội có «216 thành viên", "thành viên Đội Ứng cứu sự cố an toàn thông tin mạng tỉnh", "=", 216, **CNT),
])

# --------------------------------------------------------------------------
# 13 Bà Rịa-Vũng Tàu, the province's live-fire information-security drill on its administrative-
# procedure system, December 2023 (baobariavungtau.com.vn; nothing cut; the stamp " date 2023-12"
# written as the first line; the excerpt ends in "kỹ n"). A precision text, no record: "3 “đội tấn
# công”" (the make-up of the drill's participants, spec: the participants of an event), "năm 2023",
# "8/12" (dates). Year 2023.
# --------------------------------------------------------------------------
D13 = dict(name="13_bariavungtau-dien-tap-thuc-chien-2023-precision", kind="result", year=2023, records=[])

# --------------------------------------------------------------------------
# 14 Vĩnh Long, the province's drill on monitoring and incident response with a SOC, November 2020
# (ictnews.vietnamnet.vn; cut: the photo caption "Các đội diễn tập An toàn thông tin mạng năm 2020.
# Ảnh: vinhlong.gov.vn" with the blank line after it; the stamp " date 2020-11" written as the first
# line; the excerpt ends in "địa bàn t"). A precision text, no record: "11 đội tham gia diễn tập"
# (the participants of an event, spec), "19/11" (a date). Year 2020.
# --------------------------------------------------------------------------
D14 = dict(name="14_vinhlong-dien-tap-soc-2020-precision", kind="result", year=2020, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
