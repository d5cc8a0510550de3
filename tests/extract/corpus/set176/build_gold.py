#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set176).

Copied from set175's builder (itself from set173's, set171's, set165's, set163's, ... and the
seeds'). Each record is written by hand below; its anchor is never typed in. A record names a
locator: a piece of the text with « just before the number. The locator (without «) must occur
exactly once in the text; the anchor is where « stands. `start`/`end` (the clause that states the
quantity) are computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a plan or a
requirement, a change against an earlier value, a threshold inside a subject); check_gold.py
verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set175, the id is given in the record itself (`iid=`).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, CNT, RANK, GOV, INFRA  # noqa: E402

DONG = dict(unit="other", unit_text="đồng")
DTI = "dti.provincial_rank"

# --------------------------------------------------------------------------
# 01 Yên Bái, the Party committee's resolution 51-NQ/TU of 22/7/2021 on digital transformation
# 2021-2025 and its aim (mic.gov.vn print page, "Bài 1" of a series; cut: the image's file name
# "20220830-ta7.jpg" and the photo caption "Nghi thức khai trương ... dịp tháng 3/2022", each with
# one blank line; no byline, no stamp; the excerpt ends in "điều kiện k"). One target, quoted from
# the resolution: "đến năm 2025, ... phấn đấu thứ hạng của Yên Bái vào nhóm 30/63 tỉnh, thành phố
# của cả nước về chuyển đổi số" (rank, <=, 30; year 2025 from the quote's "đến năm 2025";
# dti.provincial_rank). Pillar null (the quote names the three pillars together, no heading).
# Not quantities: "Bài 1", "XIII", "XIX", "2020 - 2025", "51-NQ/TU", "22/7/2021", "2021 - 2025",
# "năm 2030" (names, documents, dates, periods), "ba trụ cột".
# --------------------------------------------------------------------------
D01 = dict(name="01_yenbai-nq51-muc-tieu-2025", kind="target", year=2025, records=[
    R("vào nhóm «30/63 tỉnh", "thứ hạng của Yên Bái về chuyển đổi số của cả nước", "<=", 30,
      **RANK, iid=DTI),
])

# --------------------------------------------------------------------------
# 02 Yên Bái, the province's online conference on digital transformation of 29 March 2023
# (baophapluat.vn; no cut; no byline, no stamp; the excerpt ends in "năm “bứt "). Results of 2021,
# the paragraph's lead "Năm 2021, ...": the DTI rank "đứng thứ 27/63 trong bảng xếp hạng chuyển
# đổi số quốc gia (DTI)" (rank, =; dti.provincial_rank), the PAR Index component "chỉ số phát triển
# chính quyền điện tử, chính quyền số trong công tác cải cách hành chính (Par Index) ... đứng thứ
# 6/63" (rank, =; rank.par_index_egov_rank, the component the catalogue names), and, in the same
# paragraph after "Bên cạnh đó", "thành lập được 1.356 Tổ Chuyển đổi số cộng đồng cấp thôn với
# hơn 10.000 thành viên" (count =, aware.community_digital_teams_count; count >,
# aware.community_digital_team_members_count; year 2021 from the paragraph's lead, a judgement:
# the sentence names none; "cấp thôn" is part of the subject, scope null). Pillar null. Not
# quantities: "9 điểm cầu", "173 điểm cầu" (the places an event connects, as set175's "124 điểm
# cầu"), "năm thứ hai", "tăng 13 bậc", "tăng 6 bậc" (changes against 2020, spec), "29/3", the
# years.
# --------------------------------------------------------------------------
D02 = dict(name="02_yenbai-hoi-nghi-cds-2023", kind="result", year=2021, records=[
    R("đứng thứ «27/63 trong", "Yên Bái đứng thứ trong bảng xếp hạng chuyển đổi số quốc gia (DTI)", "=", 27, **RANK,
      iid=DTI),
    R("đứng thứ «6/63 tỉnh", "chỉ số phát triển chính quyền điện tử, chính quyền số trong công tác cải cách hành chính "
      "(Par Index) tỉnh Yên Bái", "=", 6, **RANK, iid="rank.par_index_egov_rank"),
    R("thành lập được «1.356 Tổ", "Tổ Chuyển đổi số cộng đồng cấp thôn thành lập được", "=", 1356, **CNT,
      iid="aware.community_digital_teams_count"),
    R("với hơn «10.000 thành viên", "thành viên Tổ Chuyển đổi số cộng đồng cấp thôn", ">", 10000, **CNT,
      iid="aware.community_digital_team_members_count"),
])

# --------------------------------------------------------------------------
# 03 Hà Giang, the Party committee's 2021 resolution on digital transformation and the
# infrastructure built for it (zing24h.net, a Military Region 2 page; no cut; no byline, no stamp;
# the excerpt ends in "quan tâ"). Results "Đến nay", undated: year null (the page names only 2021,
# the year the resolution was issued; a judgement, as set175's undated pages). "100% các xã,
# phường, thị trấn đã có cáp quang và mạng truyền dữ liệu chuyên dùng" (=;
# infra.fibre_commune_coverage_share: the fibre to the communes, the joint subject's first part;
# a judgement), "96,14% thôn bản đã được phủ sóng di động" (=; infra.mobile_village_coverage_share,
# its wording "thôn, bản được phủ sóng di động"). Pillar digital_infrastructure: the lead-in of the
# paragraph, "Hà Giang luôn chú trọng phát triển hạ tầng công nghệ thông tin", names a topic of the
# infrastructure pillar (spec: a lead-in naming one pillar sets it for what it opens; a judgement,
# the same sentence also names "xây dựng chính quyền điện tử" as the time it began). Not
# quantities: "Quân khu 2", "năm 2021", "2021-2025", "năm 2030", "ba trụ cột".
# --------------------------------------------------------------------------
D03 = dict(name="03_hagiang-nq-cds-ha-tang", kind="result", year=None, records=[
    R("Đến nay, «100% các xã", "các xã, phường, thị trấn đã có cáp quang và mạng truyền dữ liệu chuyên dùng", "=", 100,
      pillar=INFRA, iid="infra.fibre_commune_coverage_share"),
    R("dùng, «96,14% thôn", "thôn bản đã được phủ sóng di động", "=", 96.14, pillar=INFRA,
      iid="infra.mobile_village_coverage_share"),
])

# --------------------------------------------------------------------------
# 04 Hà Giang, the launch of the contest "Xây dựng công dân số tỉnh Hà Giang năm 2024" under
# resolution 18 (vietnamnet.vn; cut: the image's alt line "Hagiang" and the photo caption "Chủ tịch
# UBND tỉnh Hà Giang- ông Nguyễn Văn Sơn phát động cuộc thi ..." (with its trailing space), with
# one blank line; no byline, no stamp). A precision text: the resolution's aim in words and the
# contest, no target or result. Not quantities: "Nghị quyết số 18", "2021 - 2025", "năm 2030"
# (twice), "3 đột phá, 5 nhiệm vụ trọng tâm" (counts of tasks, spec), "lần thứ XVII", "năm 2024"
# (in the contest's name).
# --------------------------------------------------------------------------
D04 = dict(name="04_hagiang-cuoc-thi-cong-dan-so-2024-precision", kind="result", year=2024, records=[])

# --------------------------------------------------------------------------
# 05 Vĩnh Phúc, digital transformation in 2021 told by the provincial chairman (thanhtra.com.vn; no
# cut; no byline, no stamp; the excerpt ends in "cấp tỉnh, " with its trailing space, kept). "năm
# 2021, tỉnh Vĩnh Phúc ... xếp thứ 12/63 tỉnh, thành phố về chuyển đổi số" (rank, =, 2021;
# dti.provincial_rank; pillar null). The next paragraph opens with the lead-in "Trong xây dựng
# chính quyền điện tử hướng đến chính quyền số, đến nay, ...": pillar digital_government (spec:
# "Chính quyền điện tử" in a lead-in) for its two figures, "100% cơ quan, đơn vị trong hệ thống
# chính trị 3 cấp (tỉnh, huyện, xã) đã được trang bị máy tính, mạng LAN, kết nối mạng số liệu
# chuyên dùng của Chính phủ" (=; id null: one value for three things, computers, LAN and the
# specialised network, no catalogue indicator measures exactly that) and the cut-off "100% cán bộ,
# công chức cấp tỉnh, " (=; the excerpt stops before the predicate, indicator the subject as far as
# it goes, as set175's 03; scope null: "cấp tỉnh" is part of the subject, the split, if any, cut
# off; id null). Year null for both: "đến nay" on an undated page (a judgement; 2021 is the
# ranking's year only). Not quantities: "3 cấp (tỉnh, huyện, xã)" (the levels' name).
# --------------------------------------------------------------------------
D05 = dict(name="05_vinhphuc-cds-2021", kind="result", year=None, records=[
    R("xếp thứ «12/63 tỉnh", "Vĩnh Phúc xếp thứ về chuyển đổi số trong các tỉnh, thành phố", "=", 12, **RANK, year=2021,
      iid=DTI),
    R("đến nay, «100% cơ quan", "cơ quan, đơn vị trong hệ thống chính trị 3 cấp đã được trang bị máy tính, mạng LAN, kết "
      "nối mạng số liệu chuyên dùng của Chính phủ", "=", 100, pillar=GOV),
    R("Chính phủ. «100% cán bộ", "cán bộ, công chức cấp tỉnh", "=", 100, pillar=GOV),
])

# --------------------------------------------------------------------------
# 06 Hạ Long (Quảng Ninh), the city's review of the first six months of resolution 09-NQ/TU of
# 5/2/2022 on comprehensive digital transformation (viethung.halongcity.gov.vn, a ward's page;
# cut: the photo caption "Quang cảnh hội nghị" and the line holding a single space, each with one
# blank line; no byline; the excerpt ends in "Phó B"). Results of 2022 (the meeting of 8/7 in the
# year the text names, "nhiệm vụ trọng tâm của năm 2022", "24/3/2022"). Pillar null. "Triển khai
# 38 điểm kết nối hệ thống mạng truyền số liệu chuyên dùng" (=, count; id null: the catalogue has a
# share of agencies connected, not a count of connection points), "Lắp đặt hoàn thiện và đưa vào sử
# dụng 123 điểm phát sóng wifi miễn phí trên địa bàn Thành phố" (=, count;
# infra.public_wifi_points_count), "100% phòng, ban, đơn vị được cấp chứng thư số" (=;
# egov.officials_digital_signature_share, whose wordings hold "cơ quan, đơn vị được cấp chữ ký số";
# a judgement). Not quantities: "3/23 chỉ tiêu và 13/23 tiêu chí đang triển khai tốt" (counts of a
# plan's targets and criteria, as earlier sets left out "13/19 chỉ tiêu", "15/15 chỉ tiêu"), "6
# tháng", "4 tháng", "09-NQ/TU", "122/KH-UBND", dates.
# --------------------------------------------------------------------------
D06 = dict(name="06_halong-so-ket-6-thang-nq09-2022", kind="result", year=2022, records=[
    R("Triển khai «38 điểm", "điểm kết nối hệ thống mạng truyền số liệu chuyên dùng triển khai", "=", 38, **CNT),
    R("sử dụng «123 điểm", "điểm phát sóng wifi miễn phí trên địa bàn Thành phố lắp đặt hoàn thiện và đưa vào sử dụng",
      "=", 123, **CNT, iid="infra.public_wifi_points_count"),
    R("«100% phòng, ban", "phòng, ban, đơn vị được cấp chứng thư số", "=", 100,
      iid="egov.officials_digital_signature_share"),
])

# --------------------------------------------------------------------------
# 07 Ninh Bình, the steering committee's review of resolution 57-NQ/TW on 1 December 2025
# (thanhtra.com.vn; cut: the widget line "Theo dõi Báo Thanh tra trên", the byline "Trung Hà", the
# byline date "Thứ hai, 01/12/2025 - 20:02" (written as the first line `date 2025-12-01`) and the
# photo caption "Bí thư Tỉnh uỷ Ninh Bình ... Ảnh: Hồng Giang - Đức Lam"; the excerpt ends in
# "trực tuy"). Results of 2025 ("Đến hết ngày 30/11/2025", the byline). Pillar null ("Lĩnh vực
# chuyển đổi số" names no pillar). "toàn tỉnh có 100% xã, phường hoàn thành từ 90-100% tiêu chí cấp
# xã" (=; id null: the criteria of Plan 02-KH/BCĐTW have no catalogue indicator); "100% các cơ quan,
# đơn vị sử dụng Hệ thống Quản lý văn bản và điều hành của tỉnh" (=;
# egov.document_system_use_share), "bảo đảm 100% người dùng truy cập thông suốt" (=; id null),
# "100% chế độ báo cáo, nội dung thông tin, dữ liệu của tỉnh được kết nối, cung cấp đầy đủ, kịp
# thời với Hệ thống thông tin báo cáo Chính phủ ..." (=; egov.online_reporting_share), "129/129 xã,
# phường đã được trang bị hệ thống hội nghị truyền hình trực tuy[ến]" (=, count 129;
# infra.video_conference_communes_count). NOT: "90-100%" (the threshold that defines the communes
# counted, part of the subject; a judgement). Not quantities: "trong 166 nhiệm vụ ... đã hoàn thành
# 75 nhiệm vụ" (counts of tasks, spec), "57-NQ/TW", "02-KH/BCĐTW", dates, the denominator "/129".
# --------------------------------------------------------------------------
D07 = dict(name="07_ninhbinh-nq57-ket-qua-2025", kind="result", year=2025, records=[
    R("có «100% xã, phường", "xã, phường hoàn thành tiêu chí cấp xã", "=", 100),
    R("tích cực, «100% các cơ quan", "cơ quan, đơn vị sử dụng Hệ thống Quản lý văn bản và điều hành của tỉnh", "=", 100,
      iid="egov.document_system_use_share"),
    R("bảo đảm «100% người dùng", "người dùng truy cập thông suốt Hệ thống Quản lý văn bản và điều hành", "=", 100),
    R("thông suốt; «100% chế độ", "chế độ báo cáo, nội dung thông tin, dữ liệu của tỉnh được kết nối, cung cấp đầy đủ, "
      "kịp thời với Hệ thống thông tin báo cáo Chính phủ", "=", 100, iid="egov.online_reporting_share"),
    R("«129/129 xã", "xã, phường đã được trang bị hệ thống hội nghị truyền hình", "=", 129, **CNT,
      iid="infra.video_conference_communes_count"),
], NOT=["hoàn thành từ «90-100% tiêu chí"])

# --------------------------------------------------------------------------
# 08 Gia Lai, the plan 2141/KH-UBND of 21/9/2022 for the National Digital Transformation Day, under
# resolution 04-NQ/TU (gialai.gov.vn; cut: the widget line "Sign In" with one blank line; the
# page's date and view-count line "Ngày đăng: 21-09-2022, 05:00 - Lượt truy cập: 112" kept; the
# excerpt ends in "Chuyển "). A precision text: the plan's purposes in words, no target or result.
# Not quantities: "Lượt truy cập: 112" (page furniture, spec), "21-09-2022, 05:00", "21/9/2022",
# "20/01/2022" (twice), "12/5/2022", "2141/KH-UBND", "04-NQ/TU" (twice), "921/UBND-CTHĐ", "lần thứ
# XIII", "Khóa XVI", "năm 2022" (in the Day's name), "2025", "năm 2030".
# --------------------------------------------------------------------------
D08 = dict(name="08_gialai-ke-hoach-ngay-cds-2022-precision", kind="result", year=2022, records=[])

# --------------------------------------------------------------------------
# 09 Bến Tre, the conference that announced the province's digital-transformation scheme 2020-2025,
# the first to give effect to resolution 01 of the provincial Party committee (baophapluat.vn;
# cut: the photo caption "Ông Trịnh Minh Châu - ... Ảnh: Quỳnh Nga |" (no blank line around it);
# no byline, no stamp; the excerpt ends in "tỉnh Bến Tre tậ"). One target: "kế hoạch nhằm cung cấp
# 100% dịch vụ công trực tuyến mức độ 4" (>=, a plan's bare number; egov.full_online_services_share,
# whose note reads mức độ 4 as the former name of toàn trình). Year null: the plan names no year
# and the page has no date ("giai đoạn 2020 – 2025" is the scheme's period, the plan a separate
# document; a judgement). Pillar null. Not quantities: "2020 – 2025" (three times), "năm 2030",
# "2030", "Nghị quyết số 01".
# --------------------------------------------------------------------------
D09 = dict(name="09_bentre-de-an-cds-2020-2025", kind="target", year=None, records=[
    R("cung cấp «100% dịch vụ", "dịch vụ công trực tuyến mức độ 4 cung cấp", ">=", 100,
      iid="egov.full_online_services_share"),
])

# --------------------------------------------------------------------------
# 10 Khánh Hòa, the closing session of the provincial Party congress for 2025-2030 and its
# speeches (thanhnien.vn; the crawler's stamp " date 2025-09-23" written as the first line; cut:
# the photo caption "Các đại biểu dự đại hội biểu quyết ... ẢNH: BKH" with one blank line; the
# excerpt ends in "(PCI), từ"). Two targets in speeches, year 2025 from the stamp (the excerpt names
# no year of its own; spec's decided case on a stamp): "Khánh Hòa phải ... hướng tới nhóm 10 tỉnh,
# thành phố dẫn đầu cả nước về ứng dụng công nghệ" (rank, <=, 10; id null: not the DTI, "ứng dụng
# công nghệ"), "đặt mục tiêu đưa tỉnh lọt tốp 10 cả nước về chỉ số năng lực cạnh tranh cấp tỉnh
# (PCI)" (rank, <=, 10; rank.pci). Pillar null. Not quantities: "lần thứ XIV".
# --------------------------------------------------------------------------
D10 = dict(name="10_khanhhoa-dai-hoi-2025-muc-tieu", kind="target", year=2025, records=[
    R("hướng tới nhóm «10 tỉnh", "Khánh Hòa hướng tới nhóm tỉnh, thành phố dẫn đầu cả nước về ứng dụng công nghệ", "<=", 10,
      **RANK),
    R("lọt tốp «10 cả nước", "tỉnh lọt tốp cả nước về chỉ số năng lực cạnh tranh cấp tỉnh (PCI)", "<=", 10, **RANK,
      iid="rank.pci"),
])

# --------------------------------------------------------------------------
# 11 Tiền Giang, the resolution of the 11th provincial Party congress (2020-2025), its judgement
# of the 2015-2020 term (baoapbac.vn; cut: the byline date "Thứ Năm, 15/10/2020, 16:21 (GMT+7)",
# written as the first line `date 2020-10-15`, and the line holding a single full stop, with the
# blank line after it; the excerpt ends in "đổi mới, "). Outside the digital-transformation theme
# (a shortfall, README): the term's figures written "result/target". "thu ngân sách Nhà nước trên
# địa bàn 45.799/36.875 tỷ đồng": the result (=, 45799e9 đồng, the magnitude word after the pair
# read for both numbers; check_gold.py tolerates the form) and the resolution's figure (target,
# >=, 36875e9); "tỷ lệ xã đạt chuẩn nông thôn mới 83,2%/50% tổng số xã": result (=) and target
# (>=); "phát triển đảng viên mới 8.793/6.500 đảng viên": result (=, count) and target (>=, count)
# (as set130's "44,5 tỷ đồng/25 tỷ đồng"). Year 2020: the term 2015-2020 ends in the congress's
# year (a judgement: the figures are the term's, the year its last). Pillar null; ids null (no
# catalogue indicator for budget revenue, new rural communes or Party members). Not quantities:
# "lần thứ XI", "X", "XII", "2020 - 2025", "2015 - 2020", "15-10", "12 đến ngày 15 tháng 10 năm
# 2020", the list markers "I-", "1.".
# --------------------------------------------------------------------------
D11 = dict(name="11_tiengiang-nq-dai-hoi-xi-2020", kind="result", year=2020, records=[
    R("địa bàn «45.799/36.875", "thu ngân sách Nhà nước trên địa bàn", "=", 45799e9, **DONG),
    R("45.799/«36.875 tỷ", "thu ngân sách Nhà nước trên địa bàn chỉ tiêu Nghị quyết", ">=", 36875e9, **DONG,
      kind="target"),
    R("mới «83,2%/50%", "tỷ lệ xã đạt chuẩn nông thôn mới", "=", 83.2),
    R("83,2%/«50% tổng", "tỷ lệ xã đạt chuẩn nông thôn mới chỉ tiêu Nghị quyết", ">=", 50, kind="target"),
    R("mới «8.793/6.500", "đảng viên mới phát triển", "=", 8793, **CNT),
    R("8.793/«6.500 đảng viên", "đảng viên mới phát triển chỉ tiêu Nghị quyết", ">=", 6500, **CNT, kind="target"),
])

# --------------------------------------------------------------------------
# 12 Bà Rịa-Vũng Tàu, the province's Digital Transformation Day conference of 10 October 2022 and
# the Party committee's resolution 02-NQ/TU on digital transformation and smart cities
# (baobariavungtau.com.vn; cut: the line holding a single full stop that opens the excerpt, with
# the blank line after it; the update line "Cập nhật: 19:04, 10/10/2022 (GMT+7)", written as the
# first line `date 2022-10-10`; the photo's alt line and caption, the same sentence twice, "Ông
# Nguyễn Văn Thọ, ... phát biểu tại hội nghị.", with one blank line; the double space in "chủ đề
# “CĐS" kept as returned). One target, the title's "Phấn đấu vào top 20 tỉnh, thành có chỉ số
# chuyển đổi số cao nhất cả nước" (rank, <=, 20; dti.provincial_rank; year 2022, the page's date,
# the title naming none). Pillar null. Not quantities: "1 trong 10 nhiệm vụ trọng tâm" and "1 trong
# 3 khâu đột phá" (counts of tasks, spec; the "1 trong" is no rank), "3 trụ cột", "lần thứ VII",
# "2020-2025", "02-NQ/TU" (twice), "10/10".
# --------------------------------------------------------------------------
D12 = dict(name="12_bariavungtau-nq02-ngay-cds-2022", kind="target", year=2022, records=[
    R("vào top «20 tỉnh", "tỉnh, thành có chỉ số chuyển đổi số cao nhất cả nước Bà Rịa-Vũng Tàu phấn đấu vào top",
      "<=", 20, **RANK, iid=DTI),
])

# --------------------------------------------------------------------------
# 13 Nghệ An, the province at the fourth meeting of the Government's steering committee on 24
# September 2025, and its own targets and tasks under resolution 57 (baonghean.vn; the crawler's
# stamp " date 2025-09-24" written as the first line, the section label "Thời sự", the title and
# the lead following on the second, as returned; cut: the photo caption "Quang cảnh Hội nghị tại
# Trụ sở Chính phủ. Ảnh: VGP/Nhật Bắc" with one blank line; the excerpt ends in "Chủ tịch UBND
# tỉ"). One result, the title's "Tất cả 130 xã, phường ở Nghệ An hoàn thành 100% tiêu chí về thúc
# đẩy chuyển đổi số liên thông, đồng bộ" (=, count 130, 2025; id null: the criteria of Plan
# 02-KH/BCĐTW, not the catalogue's communes recognised as having completed digital
# transformation). NOT: "100% tiêu chí" (what the communes counted have completed, part of the
# subject; as 07's "90-100%"; a judgement). Not quantities: "65 chỉ tiêu và 102 nhiệm vụ", "45 chỉ
# tiêu, 82 nhiệm vụ", "39/65 chỉ tiêu", "29/45 chỉ tiêu", "38/102 nhiệm vụ", "35/82 nhiệm vụ"
# (counts of the province's targets and tasks and of those done, spec and earlier sets), "Đề án
# 06", "Phiên họp thứ 4", "Nghị quyết 57", "24/9", "năm 2025".
# --------------------------------------------------------------------------
D13 = dict(name="13_nghean-nq57-130-xa-2025", kind="result", year=2025, records=[
    R("Tất cả «130 xã", "xã, phường ở Nghệ An hoàn thành tiêu chí về thúc đẩy chuyển đổi số liên thông, đồng bộ",
      "=", 130, **CNT),
], NOT=["hoàn thành «100% tiêu chí về"])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
