#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set151).

Copied from set149's builder (itself from set147's, set69's, set47's, set45's, ... and the seeds').
Each record is written by hand below; its anchor is never typed in. A record names a locator: a
piece of the text with « just before the number. The locator (without «) must occur exactly once
in the text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (287
entries; see README). As in set10-set149, the id is given in the record itself (`iid=`).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, GOV, ECO, SOC, INFRA, SEC, HR, DATA, SMART, INST, AWARE, CNT, RANK, T, RES  # noqa: E402


DIEM = dict(unit="other", unit_text="điểm")
PER100 = dict(unit="other", unit_text="/100")

# --------------------------------------------------------------------------
# 01 Hà Nam, "Tình hình đảm bảo an toàn thông tin các hệ thống thông tin trên
# địa bàn tỉnh Hà Nam năm 2023" (hanam.gov.vn, the provincial portal; the
# ribbon lines "Skip Ribbon Commands", "Skip to main content" and the category
# line "Tin theo lĩnh vực Thông tin và truyền thông" cut; the title is printed
# twice, both kept; no date shown). Results, year 2023 (the title's year) for
# the province's systems; pillar information_security for every record: the
# title is the heading of the whole excerpt (set69's judgement) and names an
# toàn thông tin. "khoảng 50 Hệ thống thông tin, trong đó: 07 ... cấp độ 3; 43
# ... cấp độ 2": three counts (op "~" on the first), each with its own subject,
# scope null (a breakdown by kind, spec). "phê duyệt cấp độ an toàn hệ thống cho
# 04 hệ thống thông tin": count, security.systems_level_approved_count. The
# second paragraph opens "Năm 2020": the trial SOC "đã kết nối giám sát ... 200
# máy tính cá nhân" is a result of 2020 (a judgement: the paragraph's year). Not
# quantities: "cấp độ 3", "cấp độ 2" (names of levels), "mô hình 04 lớp" (the
# model's name), "04/4/2022", "905/KH-UBND", "năm 2023" in the title.
# --------------------------------------------------------------------------
D01 = dict(name="01_hanam-an-toan-thong-tin-2023", kind="result", year=2023, records=[
    R("hiện có khoảng «50 Hệ thống", "Toàn tỉnh hiện có Hệ thống thông tin", "~", 50, **CNT, pillar=SEC),
    R("trong đó: «07 hệ thống", "hệ thống thông tin cấp độ 3", "=", 7, **CNT, pillar=SEC),
    R("; «43 hệ thống", "hệ thống thông tin cấp độ 2", "=", 43, **CNT, pillar=SEC),
    R("hệ thống cho «04 hệ thống", "Ủy ban nhân dân tỉnh đã phê duyệt cấp độ an toàn hệ thống cho hệ thống thông tin",
      "=", 4, **CNT, pillar=SEC, iid="security.systems_level_approved_count"),
    R("chữa bệnh và «200 máy tính", "Trung tâm Giám sát, điều hành an toàn thông tin mạng tỉnh Hà Nam thử nghiệm đã kết nối giám sát máy tính cá nhân của một số sở, ban, ngành", "=",
      200, **CNT, year=2020, pillar=SEC),
])

# --------------------------------------------------------------------------
# 02 Bình Định, the province's plan for IT application, digital government
# and smart cities (vietnamnet.vn, no date shown; the widget line
# "{keywords}" and the photo caption "Được biết, kinh phí thực hiện kế hoạch
# là 35 tỷ đồng, được bố trí từ nguồn ngân sách tỉnh trong năm 2021. Ảnh minh
# họa" cut, with one blank line). Every value is a target ("tỉnh phấn đấu", and
# the list it opens: "Bên cạnh đó", "Ngoài ra"): op >= for a bare number,
# "tối thiểu", "đạt từ ... trở lên"; ">" for "Trên". Year null: with the
# caption cut the excerpt names no year and shows no date (a judgement, as
# set149's 02/04). Pillar null: no heading, and the lead "tỉnh phấn đấu" names
# no pillar. "Trên 90% văn bản trao đổi giữa các cơ quan nhà nước (trừ văn bản
# mật); tối thiểu 70% hồ sơ công việc của Sở, ban, ngành, 50% hồ sơ công việc
# cấp huyện và 40% hồ sơ công việc tại cấp xã được xử trên môi trường mạng":
# the 90% is its own clause (its predicate left out, the national target's
# wording; egov.electronic_documents_share, a judgement); the three others are
# a split by level, scopes "Sở, ban, ngành" (as written: the provincial
# departments), "cấp huyện", "cấp xã". Not quantities: "cấp độ 2" (a level's
# name inside the subject), "mức độ 3, 4" (twice, names).
# --------------------------------------------------------------------------
D02 = dict(name="02_binhdinh-attt-lgsp-ke-hoach-2021", kind="target", year=None, records=[
    R("tỉnh phấn đấu «100% máy chủ", "máy chủ, máy trạm của cơ quan nhà nước trên địa bàn tỉnh được cài đặt giải pháp phòng chống mã độc",
      ">=", 100, iid="security.protected_endpoints_share"),
    R("Trên «80% hệ thống", "hệ thống thông tin từ cấp độ 2 trở lên trên địa bàn tỉnh được áp dụng phương án bảo đảm an toàn thông tin",
      ">", 80, iid="security.systems_level_approved_share"),
    R("theo cấp độ. «100% hệ thống", "hệ thống thông tin của các cơ quan Đảng, Nhà nước trên địa bàn tỉnh được giám sát, bảo đảm an toàn thông tin mạng",
      ">=", 100, iid="security.monitored_systems_share"),
    R("Bên cạnh đó, «60% các hệ thống", "các hệ thống thông tin của tỉnh có liên quan đến người dân, doanh nghiệp được kết nối, liên thông qua nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP)",
      ">=", 60, iid="data.lgsp_connected_systems_share"),
    R("Trên «90% văn bản", "văn bản trao đổi giữa các cơ quan nhà nước", ">", 90,
      iid="egov.electronic_documents_share"),
    R("tối thiểu «70% hồ sơ", "hồ sơ công việc được xử trên môi trường mạng", ">=", 70, scope="Sở, ban, ngành",
      iid="egov.work_records_online_share"),
    R("ngành, «50% hồ sơ", "hồ sơ công việc được xử trên môi trường mạng", ">=", 50, scope="cấp huyện",
      iid="egov.work_records_online_share"),
    R("và «40% hồ sơ", "hồ sơ công việc được xử trên môi trường mạng", ">=", 40, scope="cấp xã",
      iid="egov.work_records_online_share"),
    R("Ngoài ra, «100% dịch vụ", "dịch vụ công trực tuyến mức độ 3, 4 phổ biến, liên quan tới nhiều người dân, doanh nghiệp được tích hợp lên Cổng Dịch vụ công quốc gia",
      ">=", 100, iid="egov.national_portal_integrated_share"),
    R("; «100% giao dịch", "giao dịch trên Cổng Dịch vụ công và Hệ thống thông tin một cửa điện tử cấp tỉnh được xác thực điện tử",
      ">=", 100),
    R("đạt từ «30% trở lên", "Tỷ lệ hồ sơ giải quyết theo dịch vụ công trực tuyến mức độ 3, 4 trên tổng số hồ sơ",
      ">=", 30, iid="egov.online_applications_share"),
])

# --------------------------------------------------------------------------
# 03 Bắc Ninh, "Những “điểm sáng” trong xây dựng dữ liệu số" (vietnamnet.vn;
# the image line "a33333.jpg" cut with one blank line; no date shown). The
# section heading names dữ liệu số → pillar digital_data for every record.
# Results, op =, year 2023: the text's review period is "Năm qua" and the one
# year it names for the results is the opening of the provincial data centre
# "từ ngày 1/9/2023" (a judgement). "Trung tâm có tổng 51 máy chủ vật lý,
# trong đó có 3 máy chủ quản trị đám mây và 48 máy chủ dạng phiến": three
# counts, each with its own subject (spec: a breakdown by kind). "36 hệ thống
# thông tin ... vận hành trên nền tảng điện toán đám mây": a count (the
# catalogue's cloud indicator is a share → no id). Not quantities: "1/9/2023",
# "52-NQ/TU", "năm 2025", "năm 2030".
# --------------------------------------------------------------------------
D03 = dict(name="03_bacninh-trung-tam-du-lieu-2023", kind="result", year=2023, records=[
    R("có tổng «51 máy chủ", "Trung tâm có máy chủ vật lý", "=", 51, **CNT, pillar=DATA),
    R("trong đó có «3 máy chủ", "máy chủ quản trị đám mây", "=", 3, **CNT, pillar=DATA),
    R("và «48 máy chủ", "máy chủ dạng phiến", "=", 48, **CNT, pillar=DATA),
    R("Hiện có «36 hệ thống", "hệ thống thông tin của các sở, ngành được triển khai, vận hành trên nền tảng điện toán đám mây",
      "=", 36, **CNT, pillar=DATA),
])

# --------------------------------------------------------------------------
# 04 Yên Bái's provincial portal (yenbai.gov.vn, "CTTĐT"), on information
# security; no date shown; the photo caption "Ảnh minh họa." cut. The figures
# are the country's: `place` "Việt Nam" on each (a province's portal naming
# another unit, as set108/set149 did for "cả nước"). Results: "năm 2023 đã có
# hơn 13.900 vụ tấn công mạng" (>, 2023; security.attack_incidents_count,
# a judgement: the national count of attacks), "trung bình mỗi tháng xảy ra
# 1.160" (=, 2023, no id: a monthly average); "Năm 2024 tính đến hết tháng
# 6/2024, đã có tổng số 2.323 vụ" (=, 2024, attack_incidents_count), "387"
# (=, 2024); the sentence after it, "Các cơ quan chức năng đã ngăn chặn 12.818
# web/blog vi phạm, trong đó có 3.170 website lừa đảo trực tuyến; bảo vệ hơn
# 10.981 triệu người dân", continues the 2024 report (year 2024, a judgement);
# "10.981 triệu" read by the spec (10981 × 1e6), as written, op ">". The
# incidents of "năm qua" in the third paragraph: "hơn 5 triệu email" (>) and
# "411.000 tài khoản" (=) are counts the report gives for named companies'
# breaches: recorded, year null ("năm qua" names no year), no place (a
# company, not a place). Pillar null: no heading, and the lead names none. Not
# quantities: "4.0" (a name), "6/2024" (a date), "hàng chục nghìn" (words).
# --------------------------------------------------------------------------
D04 = dict(name="04_yenbai-tan-cong-mang-2023-2024", kind="result", year=None, records=[
    R("đã có hơn «13.900 vụ", "vụ tấn công mạng vào các tổ chức tại Việt Nam", ">", 13900, **CNT, year=2023,
      place="Việt Nam", iid="security.attack_incidents_count"),
    R("tháng xảy ra «1.160 vụ", "trung bình mỗi tháng xảy ra vụ tấn công mạng", "=", 1160, **CNT, year=2023,
      place="Việt Nam"),
    R("tổng số «2.323 vụ", "đã có tổng số vụ tấn công mạng", "=", 2323, **CNT, year=2024, place="Việt Nam",
      iid="security.attack_incidents_count"),
    R("tháng có «387 vụ", "trung bình mỗi tháng có vụ tấn công mạng", "=", 387, **CNT, year=2024, place="Việt Nam"),
    R("ngăn chặn «12.818 web", "Các cơ quan chức năng đã ngăn chặn web/blog vi phạm", "=", 12818, **CNT, year=2024,
      place="Việt Nam"),
    R("có «3.170 website", "website lừa đảo trực tuyến", "=", 3170, **CNT, year=2024, place="Việt Nam"),
    R("bảo vệ hơn «10.981 triệu", "bảo vệ người dân không truy cập vào các website lừa đảo, vi phạm pháp luật",
      ">", 10981e6, **CNT, year=2024, place="Việt Nam"),
    R("để lộ hơn «5 triệu", "Thế giới di động để lộ email", ">", 5e6, **CNT),
    R("lấy thông tin «411.000", "tin tặc tấn công hệ thống máy chủ, lấy thông tin tài khoản khách hàng thành viên",
      "=", 411000, **CNT),
])

# --------------------------------------------------------------------------
# 05 Bắc Kạn, the cluster no. 1 of the cyber-incident response network
# (baobackan.vn; the excerpt opens with a crawler's stamp " date 2024-12" on
# the same line as the photo caption "Quang cảnh cảnh hội nghị.", kept as
# returned: the line is not a caption alone; the photo caption "Ông Hoàng Văn
# Thiên, Giám đốc Sở TT&TT Bắc Kạn bàn giao Cụm trưởng năm 2025 cho tỉnh Cao
# Bằng." cut with one blank line). Results of 2024 ("Trong năm 2024"). Ranks
# in the drills: "Bắc Ninh đứng thứ 03/63" and "Bắc Giang đứng thứ 06/63" (=,
# `place` each: provinces that are not the document's own), "Bắc Kạn đứng thứ
# 10/63" (=, no place: the newspaper's own province). The excerpt ends
# "Năm 2024, Cụm số 1 đã tổ chức 01 cuộc di": the number and its classifier
# are whole → recorded (set148's rule for a cut predicate), count, no id (the
# noun is cut). Pillar null: no heading in the excerpt. Not quantities:
# "số 1" (twice, the cluster's name), "38/QĐ-CATTT", "04/05/2020", "năm 2024"
# (three times).
# --------------------------------------------------------------------------
D05 = dict(name="05_backan-cum-ung-cuu-su-co-2024", kind="result", year=2024, records=[
    R("Bắc Ninh đứng thứ «03/63", "Sở TT&TT Bắc Ninh đứng thứ tỉnh, thành phố trong đợt diễn tập ACID", "=", 3,
      **RANK, place="Bắc Ninh"),
    R("Bắc Giang đứng thứ «06/63", "Sở TT&TT tỉnh Bắc Giang đứng thứ", "=", 6, **RANK, place="Bắc Giang"),
    R("Bắc Kạn đứng thứ «10/63", "Sở TT&TT tỉnh Bắc Kạn đứng thứ tỉnh thành trong đợt diễn tập APCERT", "=", 10,
      **RANK),
    R("đã tổ chức «01 cuộc", "Cụm số 1 đã tổ chức cuộc di", "=", 1, **CNT),
])

# --------------------------------------------------------------------------
# 06 Ninh Thuận, the province's Vietnam ICT Index 2020 (ninhthuan.gov.vn; the
# category line "Tin từ Sở ngành, Địa phương" and the image caption "Thứ hạng
# của tỉnh Ninh Thuận trong bảng xếp hạng Vietnam ICT Index 2020" (with the
# blank line after it) cut; the byline date "09/06/2021" cut and written as the
# first line "date 2021-06-09"; lines holding one space kept as returned).
# Results, op =, year 2020 (the index's year) unless a bracket names another:
# "lọt vào top 10/63" (rank <=, spec: a group), "(14/63)" of 2019 and
# "(21/63)" of 2018 (a bracket that states a value is a quantity, spec; the
# "tăng 4 bậc"/"tăng 11 bậc" before them are changes, no records). Scores:
# unit other, "điểm"; the technical-infrastructure score stands twice (0,5023
# in the lead and again under its own item): two records. Pillar: null for
# the lead (the title names an index, no pillar); the item "- Về chỉ số Hạ
# tầng kỹ thuật:" is a lead-in naming a topic of hạ tầng số (telephones,
# Internet) → digital_infrastructure for the records under it (a judgement,
# the spec's topic rule). Rates per hundred written "8,13/100", "106/100",
# "69,24/100": unit other, unit_text "/100" (set-wide for a rate per 100 with
# no "%"), no ids (the catalogue has no per-100 indicator of fixed phones,
# phones or Internet users in this unit). Not quantities: "27/4" (a date), "3
# chỉ số thành phần" (twice: the parts of an index, spec), "hai thành phần"
# (words), "(tăng 0,1513 điểm so với năm 2019)", "tăng 6 bậc", "giảm 2 bậc"
# (changes), "trên 100 dân" (three times: part of the indicator).
# --------------------------------------------------------------------------
D06 = dict(name="06_ninhthuan-ict-index-2020", kind="result", year=2020, records=[
    R("lọt vào top «10/63", "tỉnh Ninh Thuận đã lọt vào top tỉnh, thành phố trong cả nước", "<=", 10, **RANK,
      iid="rank.ict_index"),
    R("năm 2019 («14/63)", "xếp hạng chỉ số sẵn sàng cho ứng dụng và phát triển công nghệ thông tin năm 2019", "=", 14,
      **RANK, year=2019, iid="rank.ict_index"),
    R("năm 2018 («21/63)", "xếp hạng chỉ số sẵn sàng cho ứng dụng và phát triển công nghệ thông tin năm 2018", "=", 21,
      **RANK, year=2018, iid="rank.ict_index"),
    R("năm 2020 là «0,5430 điểm", "điểm số chung của Ninh Thuận", "=", 0.543, **DIEM, iid="rank.ict_index_score"),
    R("Hạ tầng kỹ thuật «0,5023 điểm; Chỉ số Hạ tầng nhân lực", "Chỉ số Hạ tầng kỹ thuật", "=", 0.5023, **DIEM,
      iid="rank.ict_technical_infrastructure_score"),
    R("Hạ tầng nhân lực «0,8180", "Chỉ số Hạ tầng nhân lực", "=", 0.818, **DIEM,
      iid="rank.ict_human_infrastructure_score"),
    R("công nghệ thông tin «0,3087", "Chỉ số Ứng dụng công nghệ thông tin", "=", 0.3087, **DIEM,
      iid="rank.ict_it_application_score"),
    R("điểm số chung là «0,5023", "chỉ số Hạ tầng kỹ thuật điểm số chung", "=", 0.5023, **DIEM, pillar=INFRA,
      iid="rank.ict_technical_infrastructure_score"),
    R("xếp hạng «23/63", "chỉ số Hạ tầng kỹ thuật xếp hạng", "=", 23, **RANK, pillar=INFRA,
      iid="rank.ict_technical_infrastructure"),
    R("(đạt «8,13/100)", "Số máy điện thoại cố định trên 100 dân", "=", 8.13, **PER100, pillar=INFRA),
    R("(đạt «106/100)", "điện thoại di động trên 100 dân", "=", 106, **PER100, pillar=INFRA),
    R("(đạt «69,24/100)", "người dùng internet trên 100 dân", "=", 69.24, **PER100, pillar=INFRA),
])

# --------------------------------------------------------------------------
# 07 Cần Thơ, "Chuyển đổi số ở TP Cần Thơ: Khi thách thức là cơ hội - Bài 3:
# Nhân lực" (baocantho.com.vn; the byline date "26/04/2022 - 08:25" cut and
# written as the first line "date 2022-04-26", with the blank line after it;
# the authors' line "* Q. THÁI - M. THANH - M. HUYỀN" and the photo caption
# "Sinh viên Khoa Công nghệ thông tin ... Ảnh: MINH HUYỀN" cut, each with one
# blank line). Results of 2022 (the date line; "hiện có"), under the heading
# "Chuẩn bị nguồn nhân lực số" → digital_human_resources: "5 trường đại học có
# đào tạo về công nghệ thông tin, viễn thông" (=) and "trên 7.000 sinh viên"
# (>). No ids (no catalogue indicator of IT universities or students). Not
# quantities: "Bài 3" (the series number), "Năm 2021", "51/NQ-ÐU".
# --------------------------------------------------------------------------
D07 = dict(name="07_cantho-nhan-luc-so-2022", kind="result", year=2022, records=[
    R("hiện có «5 trường", "trường đại học có đào tạo về công nghệ thông tin, viễn thông", "=", 5, **CNT, pillar=HR),
    R("trên «7.000 sinh viên", "Tổng số sinh viên đang theo học của ngành công nghệ thông tin, viễn thông", ">", 7000,
      **CNT, pillar=HR),
])

# --------------------------------------------------------------------------
# 08 Thừa Thiên Huế, "Đi tìm 10.000 nhân lực CNTT" (baothuathienhue.vn; no
# date shown; nothing cut: the first line "Đến năm 2025, Thừa Thiên Huế đặt
# mục tiêu có 10.000 nhân lực CNTT |" is the page's lead, not a caption (it
# carries no image credit; kept as returned). Pillar digital_human_resources
# for every record: the title is the heading of the whole excerpt (set69's
# judgement) and names nhân lực CNTT, a topic of nhân lực số (the spec's topic
# rule); the heading decides even for the DTI ranks (as set149's 01). Targets:
# the lead's "đặt mục tiêu có 10.000 nhân lực CNTT" (>=, count, 2025) and the
# title's "Đi tìm 10.000 nhân lực CNTT" (the same target restated: >=, 2025,
# a judgement). No id (hr.it_staff_count counts IT staff of state agencies,
# not the province's IT workforce). Results: "đứng thứ 2 trong năm 2020, 2021
# và thứ 4 toàn quốc năm 2022 về chỉ số chuyển đổi số cấp tỉnh": the "2"
# stands for two years but is one number at one anchor with no split → one
# record, year 2020 (the first year named; a judgement); "thứ 4" of 2022;
# dti.provincial_rank both. Not quantities: "lần thứ 32" (the contest's
# edition), "năm 2023", "6 - 8/12/2023", "năm 2022" (award years), "“top” 10
# hạng mục sản phẩm số xuất sắc" (the name of the Make in Viet Nam award's
# tier, a name; a judgement), "Nghị quyết 54".
# --------------------------------------------------------------------------
D08 = dict(name="08_hue-10000-nhan-luc-cntt", kind="target", year=2025, records=[
    R("đặt mục tiêu có «10.000 nhân lực", "Thừa Thiên Huế đặt mục tiêu có nhân lực CNTT", ">=", 10000, **CNT,
      pillar=HR),
    R("Đi tìm «10.000 nhân lực", "Đi tìm nhân lực CNTT", ">=", 10000, **CNT, pillar=HR),
    R("đứng thứ «2 trong", "Thừa Thiên Huế đứng thứ về chỉ số chuyển đổi số cấp tỉnh", "=", 2, **RANK,
      kind="result", year=2020, pillar=HR, iid="dti.provincial_rank"),
    R("và thứ «4 toàn quốc", "Thừa Thiên Huế đứng thứ toàn quốc về chỉ số chuyển đổi số cấp tỉnh", "=", 4, **RANK,
      kind="result", year=2022, pillar=HR, iid="dti.provincial_rank"),
])

# --------------------------------------------------------------------------
# 09 Hà Giang, digital communication after two years of Nghị quyết 18
# (ictnews.vietnamnet.vn; no date shown; the photo caption "Qua truyền thông số
# giúp ẩm thực Hà Giang lan tỏa tới du khách thập phương.", printed twice, the
# second time with "Ảnh: KIM TIẾN", cut with one blank line). Results, year
# null: the results are what "Sau hơn 2 năm triển khai" brought, and no year is
# given for them (the text's "năm 2024" is when plans were issued; a
# judgement, as set149's 01). "Mở rộng vùng phủ sóng đến 127/154 thôn trắng
# sóng": a count of villages newly covered out of 154 (=,
# infra.signal_gap_villages_covered_count); "gần 28.000 hộ nghèo, cận nghèo
# được sử dụng dịch vụ internet" (~, no id). Pillar null: no heading. Not
# quantities: "hơn 2 năm" (a duration), "Nghị quyết 18", "29/10/2021",
# "2021-2025", "năm 2030", "năm 2024", "92 chỉ tiêu, nhiệm vụ, mô hình" (a count
# of targets and tasks, spec), "Đề án 06".
# --------------------------------------------------------------------------
D09 = dict(name="09_hagiang-truyen-thong-so-2024", kind="result", year=None, records=[
    R("phủ sóng đến «127/154", "Mở rộng vùng phủ sóng đến thôn trắng sóng", "=", 127, **CNT,
      iid="infra.signal_gap_villages_covered_count"),
    R("hỗ trợ gần «28.000 hộ", "hộ nghèo, cận nghèo được sử dụng dịch vụ internet thông qua chương trình viễn thông công ích",
      "~", 28000, **CNT),
])

# --------------------------------------------------------------------------
# 10 National, one year of Đề án 146 (Quyết định 146/QĐ-TTg) on raising
# awareness of digital transformation (vietnam.vn; no date shown; nothing
# cut). Results, op =, year null ("Sau 1 năm triển khai", no year given for
# the results; a judgement as in 09). "Sau 1 năm triển khai Đề án, hoạt động
# truyền thông nâng cao nhận thức về chuyển đổi số ... đã đạt những kết quả"
# is a lead-in naming nhận thức số → digital_awareness for the sentence it
# opens ("Theo đó, 100% các bộ, ngành, địa phương đã tổ chức hội nghị ...");
# the later paragraph "Báo cáo của Bộ TT&TT cho biết, 100% ... đã thiết lập
# chuyên trang, chuyên mục" names no pillar and stands under no heading →
# null (spec's decided case). No place (a national text, its own unit). No
# ids (the catalogue has no share of agencies holding events or running a
# section on digital transformation). Not quantities: "28/01/2022",
# "146/QĐ-TTg", "năm 2025", "năm 2030", "1 năm" (a duration).
# --------------------------------------------------------------------------
D10 = dict(name="10_ca-nuoc-nhan-thuc-so-de-an-146", kind="result", year=None, records=[
    R("Theo đó, «100% các bộ", "các bộ, ngành, địa phương đã tổ chức hội nghị, hội thảo, chương trình sự kiện nhằm truyền thông, nâng cao nhận thức về chuyển đổi số",
      "=", 100, pillar=AWARE),
    R("cho biết, «100% các bộ", "các bộ, ngành, địa phương đã thiết lập chuyên trang, chuyên mục về chuyển đổi số trên Cổng thông tin điện tử của cơ quan, địa phương",
      "=", 100),
])

# --------------------------------------------------------------------------
# 11 Hà Tĩnh, the launch of the province's cyber-security operations centre
# (SOC) (hatinh24h.com.vn; the excerpt opens with a crawler's stamp " date
# 2025-11-26" on the same line as the first sentence, kept as returned; the
# photo caption "Các đại biểu ấn nút lễ ra mắt “Trung tâm điều hành an ninh
# mạng tỉnh Hà Tĩnh”." cut with one blank line). A precision text with no
# quantity: "2 nội dung then chốt" (the two subjects named, like a count of
# tasks), "triển khai 2 dự án" (a count of projects, i.e. of tasks), "57-NQ/TW".
# --------------------------------------------------------------------------
D11 = dict(name="11_hatinh-soc-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 12 Trà Vinh, Kế hoạch 67/KH-UBND of 13 June 2025 on the "Bình dân học vụ số"
# movement (thuvienphapluat.vn, a legal-information site; nothing cut, the
# header table kept). A precision text with no quantity: document numbers
# ("67/KH-UBND", "01-KH/BCĐTW", "550/QĐ-BKHCN", "01-KH/BCĐ"), dates ("ngày 13
# tháng 6 năm 2025", "21/3/2025", "14/4/2025", "20/5/2025"), list numbers ("I.",
# "1."). The excerpt ends before any target.
# --------------------------------------------------------------------------
D12 = dict(name="12_travinh-kh67-bdhvs-2025-precision", kind="target", year=2025, records=[])

# --------------------------------------------------------------------------
# 13 Khánh Hòa, a training course and live cyber-incident drill (thanhnien.vn;
# the excerpt opens with a crawler's stamp " date 2026-03-02" on the same line
# as the first sentence, kept as returned; the photo caption "Lãnh đạo tỉnh
# Khánh Hòa dự lễ khai mạc ... ẢNH: V.N" cut with one blank line). A
# precision text with no quantity: dates written with a dot, "Sáng 2.3" and
# "từ ngày 2 - 7.3" (2 March, 2-7 March; not decimals), "hai đội" (words).
# --------------------------------------------------------------------------
D13 = dict(name="13_khanhhoa-dien-tap-2026-precision", kind="result", year=2026, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
