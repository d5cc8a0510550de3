#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set173).

Copied from set171's builder (itself from set165's, set163's, set161's, set159's, set157's, set155's,
set153's, set151's, set149's, set147's, set69's, set47's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a plan or a
requirement, a change against an earlier value); check_gold.py verifies that every percentage has
a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set171, the id is given in the record itself (`iid=`).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, ECO, CNT, RANK  # noqa: E402

WORK = "egov.work_records_online_share"
TRACE = ("xã ứng dụng chuyển đổi số để thực hiện truy xuất nguồn gốc các sản phẩm chủ lực của xã")

# --------------------------------------------------------------------------
# 01 Quảng Nam, the province's smart-tourism system in 2023 (thuonghieudoisong.vn; no cut; no
# byline; the excerpt opens inside the article, "Theo số liệu thống kê, ...", and ends in "tổ chức
# các cuộc thi " with its trailing space, kept). Results of 2023 ("trong 9 tháng đầu năm 2023";
# the digitised files name no year of their own and take the document's year, 2023). Pillar null:
# the sub-heading "Nâng cấp hệ thống du lịch thông minh" names no pillar (smart tourism is no
# topic of the spec's list; a judgement). "12.260 lượt tải và cài đặt hệ thống du lịch thông minh
# Quảng Nam" (=, count; id null: downloads of a tourism system, not the citizen app). The users'
# origins "khoảng 90% là người dùng trong nước, khoảng 4% người dùng ở khu vực châu Á, cùng
# khoảng 4% ở Hoa Kỳ và 2% ở các khu vực khác": four records, each with its own subject as
# indicator, scope null (a breakdown of the users by origin, worded into the indicator, not a
# split by level or population group; a judgement); "khoảng" → ~ on the first three; the 2% has
# no comparator of its own (the page repeats "khoảng" before every other share and not before
# it) → = (a judgement). "hơn 10.000 file dữ liệu ..." and "hơn 9.000 file thô" (>, count), "gần
# 100 phim, trailer" (~, count); ids null. Not quantities: "9 tháng đầu năm 2023" (a period),
# "khu vực 3" (a unit's name).
# --------------------------------------------------------------------------
D01 = dict(name="01_quangnam-du-lich-thong-minh-2023", kind="result", year=2023, records=[
    R("đã có «12.260 lượt", "lượt tải và cài đặt hệ thống du lịch thông minh Quảng Nam", "=", 12260, **CNT),
    R("khoảng «90% là", "người dùng trong nước của hệ thống du lịch thông minh", "~", 90),
    R("khoảng «4% người dùng", "người dùng ở khu vực châu Á", "~", 4),
    R("khoảng «4% ở Hoa Kỳ", "người dùng ở Hoa Kỳ", "~", 4),
    R("và «2% ở các", "người dùng ở các khu vực khác", "=", 2),
    R("hơn «10.000 file", "file dữ liệu hình ảnh, điểm đến, sản phẩm, dịch vụ du lịch Quảng Nam đã số hóa", ">", 10000, **CNT),
    R("hơn «9.000 file", "file thô", ">", 9000, **CNT),
    R("gần «100 phim", "phim, trailer các ngôn ngữ về điểm đến, sản phẩm dịch vụ du lịch, di sản và văn hóa phi vật thể",
      "~", 100, **CNT),
])

# --------------------------------------------------------------------------
# 02 Quảng Ninh, the health sector's digital transformation (special.nhandan.vn, a long-form page;
# no cut: the sub-heading "“BA KHÔNG” TRONG KHÁM CHỮA BỆNH" is the page's own and stays; no
# byline; the excerpt ends in "chỉ số và kết"). Results; year null: the page writes no year (the
# patient's story has "Đầu tháng 10" only). Pillar null. "Tỷ lệ chuyển tuyến từ tuyến tỉnh chuyển
# Trung ương chỉ còn 0,85%" (=, a rate the page reports as reached; id null), "tỉnh duy nhất có tới
# 5 cơ sở y tế đã triển khai bệnh án điện tử" (=, count, society.hospitals_emr_count), "94,3% dân
# trên địa bàn tỉnh được quản lý, theo dõi sức khỏe bằng hồ sơ sức khỏe điện tử" (=,
# society.electronic_health_records_share; its span runs on past the page's "…" to the next full stop,
# as the clause rule reads it). Not quantities: "13 polyp đại tràng" (a patient's
# story), "tháng 10" (a date).
# --------------------------------------------------------------------------
D02 = dict(name="02_quangninh-y-te-ho-so-suc-khoe", kind="result", year=None, records=[
    R("chỉ còn «0,85%", "Tỷ lệ chuyển tuyến từ tuyến tỉnh chuyển Trung ương", "=", 0.85),
    R("có tới «5 cơ sở", "cơ sở y tế đã triển khai bệnh án điện tử", "=", 5, **CNT, iid="society.hospitals_emr_count"),
    R("điện tử; «94,3% dân", "dân trên địa bàn tỉnh được quản lý, theo dõi sức khỏe bằng hồ sơ sức khỏe điện tử", "=", 94.3,
      iid="society.electronic_health_records_share"),
])

# --------------------------------------------------------------------------
# 03 Cần Thơ, the city health department's first digital-transformation workshop, 2023
# (vietnamnet.vn; the crawler's stamp " date 2023-08" written as the first line `date 2023-08`,
# the title following on the second line; cut: the photo caption "Giám đốc Sở Y tế thành phố Cần
# Thơ Hoàng Quốc Cường phát biểu tại hội thảo. Ảnh: Anh Khanh" with one blank line; the excerpt
# ends in "trong v"). Results of 2023 (the stamp; "từ tháng 3/2023"). Pillar null. "106 cơ sở y
# tế ... đã triển khai thí điểm phần mềm Hồ sơ sức khỏe" (=, count; id null: facilities piloting
# the software, not people with a record), "100% cơ sở y tế có giường bệnh đã triển khai ít nhất
# một phương án thanh toán không dùng tiền mặt" (=, society.cashless_hospital_fees_share), "cán bộ
# có chứng chỉ tin học khoảng 1.065 người" (~, count; id null), "cán bộ chuyên trách công nghệ
# thông tin 7 người" (=, count, hr.it_staff_count). Not recorded: the sector's staff, "tổng biên
# chế ngành y tế Cần Thơ có khoảng 5.900 người" and "Số cán bộ, công chức, viên chức khoảng
# 1.400" (the size of the sector, the denominator the IT figures are read against, not a target
# or result of its digital transformation; a judgement, as set-wide for a sector's schools or
# staff). Not quantities: "10/8", "tháng 3/2023", "năm 2017" (dates), "lần 1 năm 2023" (the
# workshop's number), "năm 2030" (a horizon).
# --------------------------------------------------------------------------
D03 = dict(name="03_cantho-y-te-thong-minh-2023", kind="result", year=2023, records=[
    R("3/2023, «106 cơ sở", "cơ sở y tế trên địa bàn thành phố đã triển khai thí điểm phần mềm Hồ sơ sức khỏe", "=", 106, **CNT),
    R("bảo hiểm y tế. «100% cơ sở", "cơ sở y tế có giường bệnh đã triển khai ít nhất một phương án thanh toán không dùng tiền mặt",
      "=", 100, iid="society.cashless_hospital_fees_share"),
    R("tin học khoảng «1.065 người", "cán bộ có chứng chỉ tin học ngành y tế Cần Thơ", "~", 1065, **CNT),
    R("thông tin «7 người", "cán bộ chuyên trách công nghệ thông tin ngành y tế Cần Thơ", "=", 7, **CNT, iid="hr.it_staff_count"),
])

# --------------------------------------------------------------------------
# 04 Đồng Nai, the provincial general hospital launches electronic medical records, 2025
# (thanhnien.vn; the crawler's stamp " date 2025-09-12" written as the first line; cut: the photo
# caption "Lãnh đạo Sở Y tế tỉnh Đồng Nai cùng Giám đốc Bệnh viện đa khoa Đồng Nai bấm nút triển
# khai bệnh án điện tử ẢNH: LÊ LÂM" with one blank line; the excerpt ends in "hệ thống n").
# Results of 2025 (the stamp, "8.2025"). Pillar null. "Đây là bệnh viện thứ 3 trên địa bàn tỉnh
# Đồng Nai triển khai bệnh án điện tử" (rank =: a place in the order of the province's hospitals
# that launched EMR, written as "thứ 3"; id null; a judgement), "đầu tư hạ tầng gồm 3 máy chủ
# phục vụ hệ thống khám chữa bệnh" and "nâng cấp 2 máy chủ phục vụ cho bệnh án điện tử" (=,
# count; ids null), and the hospital's target "sẽ tiếp tục triển khai đến 100% khoa, trại" (kind
# target, >= (bare number in a target); year 2025, the document's, the sentence naming none; id
# null). Not quantities: "12.9" (a date), "2 năm xây dựng đề án" (a duration), "tháng 6 - 8.2025"
# (a period).
# --------------------------------------------------------------------------
D04 = dict(name="04_dongnai-benh-an-dien-tu-2025", kind="result", year=2025, records=[
    R("bệnh viện thứ «3 trên", "bệnh viện trên địa bàn tỉnh Đồng Nai triển khai bệnh án điện tử", "=", 3, **RANK),
    R("gồm «3 máy chủ", "máy chủ phục vụ hệ thống khám chữa bệnh đầu tư hạ tầng", "=", 3, **CNT),
    R("nâng cấp «2 máy chủ", "máy chủ phục vụ cho bệnh án điện tử đầu tư nâng cấp", "=", 2, **CNT),
    R("đến «100% khoa", "khoa, trại bệnh viện tiếp tục triển khai bệnh án điện tử", ">=", 100, kind="target"),
])

# --------------------------------------------------------------------------
# 05 Đà Nẵng, the city's plan for digital transformation in building new rural areas towards
# smart new rural areas 2023-2025 (m.viettimes.vn; cut: the audio widget's lines "0:00 / 0:00",
# "0:00", "  • Nam miền Bắc", "  • Nữ miền Bắc", "  • Nữ miền Nam", "  • Nam miền Nam" and the
# photo caption "Ứng dụng truy xuất nguồn gốc sản phẩm, dược liệu do Bộ Y tế xây dựng" (twice),
# each with its blank line where two met; no byline; the excerpt ends in "thương mại điện tử").
# Targets of 2025 ("Đến 2025", "đến năm 2025"). The page states the traceability target in its
# title, its lead and its body, and the lead's "50% các mô hình liên kết ..." again in the list:
# each statement gets its record (numbers at different places, as set171's 04). "ít nhất 90% hồ
# sơ công việc cấp Trung ương, cấp tỉnh; 80% hồ sơ công việc cấp huyện và 65% hồ sơ công việc cấp
# xã được xử lý trên môi trường mạng": a split by level, four records, the first two sharing the
# 90% (the spec's "100% hồ sơ công việc tại cấp tỉnh, cấp huyện và 90% ... tại cấp xã"); scopes as
# written ("cấp Trung ương", "cấp tỉnh", "cấp huyện", "cấp xã"); >= ("ít nhất", and bare numbers
# in a target); egov.work_records_online_share. Pillar: the lead-in "Đối với kinh tế số," opens the
# list it heads (its semicolons run to the end of the excerpt) → digital_economy for its four
# records (70%, 50%, 100%, 10%); everything before it null (the title, the lead, the plan's
# sentence and the work-records sentence name no pillar). Ids null but the work records: the
# communes using DT for traceability (not the share of products with a code), the linked models
# with digital technology, the communes with cooperatives, the communes' key products sold online
# (not OCOP products; a judgement). Not quantities: "2023-2025" (the plan's period), "924/QĐ-TTg"
# (a decision's number), "2025" (the horizon, five times).
# --------------------------------------------------------------------------
D05 = dict(name="05_danang-nong-thon-thong-minh-2025", kind="target", year=2025, records=[
    R("Đến 2025, «100% xã của", "xã của Đà Nẵng ứng dụng chuyển đổi số để truy xuất nguồn gốc sản phẩm, dược liệu", ">=", 100),
    R("có ít nhất «50% các", "mô hình liên kết gắn với vùng nguyên liệu có ứng dụng công nghệ số", ">=", 50),
    R("«100% " + TRACE + ".", TRACE, ">=", 100),
    R("sẽ có «100% xã", "xã trên địa bàn TP Đà Nẵng ứng dụng chuyển đổi số để truy xuất nguồn gốc sản phẩm", ">=", 100),
    R("ít nhất «90% hồ sơ", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 90, scope="cấp Trung ương", iid=WORK),
    R("ít nhất «90% hồ sơ", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 90, scope="cấp tỉnh", iid=WORK),
    R("tỉnh; «80% hồ sơ", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 80, scope="cấp huyện", iid=WORK),
    R("và «65% hồ sơ", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 65, scope="cấp xã", iid=WORK),
    R("ít nhất «70% xã", "xã có các hợp tác xã, có các mô hình liên kết sản xuất gắn với tiêu thụ nông sản chủ lực", ">=", 70,
      pillar=ECO),
    R("chủ lực và «50% các", "mô hình liên kết gắn với vùng nguyên liệu có ứng dụng công nghệ số", ">=", 50, pillar=ECO),
    R("«100% " + TRACE + ";", TRACE, ">=", 100, pillar=ECO),
    R("ít nhất «10% sản phẩm", "sản phẩm chủ lực của xã được bán qua kênh thương mại điện tử", ">=", 10, pillar=ECO),
])

# --------------------------------------------------------------------------
# 06 Lạng Sơn, the education sector towards smart schools (baomoi.net.vn, a copy of the
# provincial paper; cut: the photo caption "Giờ học Tiếng Anh sử dụng tivi thông minh tại Trường
# THCS Long Đống, huyện Bắc Sơn"; no byline; the excerpt ends in "Tìm hiểu t"). Results; year
# null: the page writes no year ("hiện nay", "Hiện nay"). Pillar null (the title "Chuyển đổi số
# hướng tới trường học thông minh" names no pillar). The equipment: "gần 4.000 máy tính phục vụ
# công tác quản lý và chuyên môn" (~), "hơn 7.800 máy tính tại 500 phòng máy dành cho học sinh"
# (> for the computers, = for the 500 rooms: two records, each with its own subject), "trên 2.700
# bộ thiết bị trình chiếu" and "hơn 300 bảng thông minh" (>); counts, ids null. "100% đơn vị giáo
# dục trong tỉnh đã sử dụng phần mềm quản lý trường học như vnEdu, SMAS" (=,
# society.schools_digital_platforms_share: the school-management software as the schools'
# digital platform; a judgement). Not recorded: "Toàn tỉnh hiện có 649 trường học" (the size of
# the sector, as 03's staff; a judgement).
# --------------------------------------------------------------------------
D06 = dict(name="06_langson-truong-hoc-thong-minh", kind="result", year=None, records=[
    R("đầu tư gần «4.000 máy tính", "máy tính phục vụ công tác quản lý và chuyên môn các trường đã được đầu tư", "~", 4000, **CNT),
    R("hơn «7.800 máy tính", "máy tính tại phòng máy dành cho học sinh", ">", 7800, **CNT),
    R("tại «500 phòng máy", "phòng máy dành cho học sinh", "=", 500, **CNT),
    R("trên «2.700 bộ", "bộ thiết bị trình chiếu", ">", 2700, **CNT),
    R("hơn «300 bảng", "bảng thông minh", ">", 300, **CNT),
    R("Hiện nay, «100% đơn vị", "đơn vị giáo dục trong tỉnh đã sử dụng phần mềm quản lý trường học", "=", 100,
      iid="society.schools_digital_platforms_share"),
])

# --------------------------------------------------------------------------
# 07 Phú Thọ, the education sector's digital transformation, 2025 (baophutho.vn; the crawler's
# stamp " date 2025-11-19" written as the first line; cut: the photo caption "Trường THPT Minh Hòa
# đổi mới trong công tác dạy và học thông qua việc ứng dụng công nghệ thông tin." with one blank
# line; the excerpt ends in "Hồ sơ điện t"). One result of 2025 (the stamp): "Đến nay, 100% cơ sở
# giáo dục trên địa bàn tỉnh Phú Thọ đã được kết nối internet" (=, society.schools_internet_share;
# pillar null). "hầu hết các trường" states no number. Not quantities: "VnEdu 4.0" (a product's
# name), the stamp.
# --------------------------------------------------------------------------
D07 = dict(name="07_phutho-giao-duc-so-2025", kind="result", year=2025, records=[
    R("Đến nay, «100% cơ sở", "cơ sở giáo dục trên địa bàn tỉnh Phú Thọ đã được kết nối internet", "=", 100,
      iid="society.schools_internet_share"),
])

# --------------------------------------------------------------------------
# 08 Quảng Ninh, the health sector: electronic medical records in every hospital (m.baophapluat.vn;
# cut: the image line "![]() |" and the photo caption "Tiếp cận, triển khai được nhiều kỹ thuật cao,
# ... cũng như khu vực. |"; no byline; the excerpt ends in "tại tất cả cá"). Results; year null
# (the page writes none: "Tính đến thời điểm hiện tại", "Hiện đã có"). Pillar null. "100% bệnh
# viện, TTYT trên địa bàn sử dụng bệnh án điện tử" (=, society.hospitals_emr_share), "hơn 1,3
# triệu nhân khẩu ... được quản lý sức khỏe và đồng bộ tích hợp lịch sử khám chữa bệnh (KCB) với
# ứng dụng “Sổ sức khỏe điện tử”" (>, count 1300000, society.electronic_health_books_count), "100%
# dữ liệu KCB tại các đơn vị y tế được liên thông dữ liệu với hồ sơ sức khỏe điện tử" (=; id null:
# the data, not the facilities exchanging prescriptions and certificates). A different page and
# figures from 02 (same province and sector).
# --------------------------------------------------------------------------
D08 = dict(name="08_quangninh-benh-an-dien-tu-100", kind="result", year=None, records=[
    R("với «100% bệnh viện", "bệnh viện, TTYT trên địa bàn sử dụng bệnh án điện tử", "=", 100, iid="society.hospitals_emr_share"),
    R("hơn «1,3 triệu", "nhân khẩu trên địa bàn tỉnh được quản lý sức khỏe và đồng bộ tích hợp lịch sử khám chữa bệnh với ứng dụng Sổ sức khỏe điện tử",
      ">", 1.3e6, **CNT, iid="society.electronic_health_books_count"),
    R("dân; «100% dữ liệu", "dữ liệu KCB tại các đơn vị y tế được liên thông dữ liệu với hồ sơ sức khỏe điện tử", "=", 100),
])

# --------------------------------------------------------------------------
# 09 Hà Giang, digital transformation for community tourism, its first quarter of 2025
# (thiennhienmoitruong.vn; the byline date "Thứ sáu, 11/04/2025 06:04" written as the first line
# `date 2025-04-11` and cut; cut also: the page's widget lines "Hotline: 0941068156" and "Chủ
# nhật, 13/04/2025 15:04" (the site's clock); the excerpt ends in "những điểm đế"). Results of
# 2025 ("trong quý I năm 2025"). Pillar null. "lượng khách du lịch đến Hà Giang đạt 848.350 lượt
# người (trong đó, khách quốc tế 107.888 lượt, khách nội địa 740.462 lượt)": three records, the
# bracket's parts each with its own subject (a breakdown by kind, scope null, as the spec's "4.977
# trạm (1.290 trạm 2G; ...)"); counts, ids null. "Tổng chi tiêu khách du lịch trên địa bàn ước đạt
# 2.280,8 tỷ đồng" (=: a result's "ước đạt"; other, "đồng", 2280.8e9). NOT: "đạt 24,2% KH"
# (completion against the year's plan, as earlier sets left "đạt 102% kế hoạch"). Not quantities:
# "tương đương so với cùng kỳ 2024" (a comparison with no number), "quý I" (the quarter).
# --------------------------------------------------------------------------
D09 = dict(name="09_hagiang-du-lich-cong-dong-2025", kind="result", year=2025, records=[
    R("đạt «848.350 lượt", "lượng khách du lịch đến Hà Giang", "=", 848350, **CNT),
    R("quốc tế «107.888 lượt", "khách quốc tế du lịch đến Hà Giang", "=", 107888, **CNT),
    R("nội địa «740.462 lượt", "khách nội địa du lịch đến Hà Giang", "=", 740462, **CNT),
    R("ước đạt «2.280,8 tỷ", "Tổng chi tiêu khách du lịch trên địa bàn", "=", 2280.8e9, unit="other", unit_text="đồng"),
], NOT=["đạt «24,2% KH"])

# --------------------------------------------------------------------------
# 10 Hậu Giang, the workshop on bringing farm households onto e-commerce platforms, 2022
# (vietnamnet.vn; no cut: the sub-headings "Việc mới, khó, chưa có tiền lệ" and "Ngành TT&TT đồng
# hành" are the page's own; no byline; the excerpt ends in "Đồng hành chuy"). Results of 2022
# (the workshop "sáng 22/7" of the year that "Đến tháng 6/2022" names). Pillar null. "tỷ trọng khu
# vực nông nghiệp trong tổng sản phẩm trên địa bàn (GRDP) của tỉnh là khoảng 27%" (~, a share the
# speaker reports; id null: agriculture's share of GRDP, not the digital economy's), "Đến tháng
# 6/2022, 100% sản phẩm OCOP từ 3 sao trở lên của tỉnh đã được đưa lên 2 sàn Postmart và Vỏ Sò"
# (=, econ.ocop_products_ecommerce_share; its span starts at "Đến tháng", the clause rule stopping at
# the colon of "như: Postmart, Vỏ Sò…"). Not quantities: "1 trong 4 trụ cột" (agriculture as
# one of the province's four pillars of development, a list's part, not a rank; a judgement),
# "3 sao" (the OCOP grade, part of the subject), "2 sàn Postmart và Vỏ Sò" (the two platforms
# named, part of the predicate, as "4 cấp chính quyền" in set171; a judgement), "22/7", "tháng
# 6/2022" (dates). The same workshop is reported by set54's 15 from another page (vietnamnet.vn,
# other wording; the 27% is in both).
# --------------------------------------------------------------------------
D10 = dict(name="10_haugiang-nong-san-san-tmdt-2022", kind="result", year=2022, records=[
    R("là khoảng «27%", "tỷ trọng khu vực nông nghiệp trong tổng sản phẩm trên địa bàn (GRDP) của tỉnh", "~", 27),
    R("6/2022, «100% sản phẩm", "sản phẩm OCOP từ 3 sao trở lên của tỉnh đã được đưa lên sàn Postmart và Vỏ Sò", "=", 100,
      iid="econ.ocop_products_ecommerce_share", start_at="Đến tháng 6/2022"),
])

# --------------------------------------------------------------------------
# 11 Bình Định, plan 128/KH-UBND of 12/07/2023 on health-sector digital platforms for managing
# and caring for the people's health to 2025 (hethongphapluat.vn; cut: the site's two paywall
# lines "Để sử dụng toàn bộ tiện ích nâng cao của Hệ Thống Pháp Luật vui lòng lựa chọn và đăng ký
# gói cước." and "Nếu bạn là thành viên. Vui lòng ĐĂNG NHẬP để tiếp tục."; the excerpt ends in
# "Nghị quyết số 05"). A precision text: the letterhead and the grounds, no quantity. Not
# quantities: document numbers ("128/KH-UBND", "749/QĐ-TTg", "06/QĐ-TTg", "49/2017/TT-BYT",
# "46/2018/TT-BYT", "4888/QĐ-BYT", "5349/QĐ-BYT", "5316/QĐ-BYT", "2955/QĐ-BYT", the cut "05"),
# dates ("ngày 12 tháng 07 năm 2023", "03/6/2020", "06/01/2022", "28/12/2017", "28/12/2018",
# "18/10/2019", "12/11/2019", "22/12/2020", "28/10/2022"), periods and horizons ("2022-2025",
# "2019 - 2025", "năm 2025", "năm 2030").
# --------------------------------------------------------------------------
D11 = dict(name="11_binhdinh-kh128-nen-tang-y-te-2023-precision", kind="target", year=2023, records=[])

# --------------------------------------------------------------------------
# 12 Quảng Nam, digital transformation as a springboard for tourism's recovery, 2021 (nld.com.vn;
# the crawler's stamp " date 2021-10" written as the first line; cut: the photo caption "Du khách
# thăm phố cổ Hội An" with one blank line; the runs of blank lines stay as returned; the excerpt
# ends in "cơ sở kinh doanh dịch v"). A precision text: the tourism department's plan to 2025
# and its smart-tourism system, no quantity. Not quantities: "du lịch là 1 trong 8 lĩnh vực được
# ưu tiên hàng đầu" (the resolution's list of priority sectors, its parts, not a rank; set171's
# "8 lĩnh vực cần ưu tiên"), "tháng 4-2021" (a date), "năm 2025", "năm 2030" (horizons),
# "Covid-19" (a name), "năm 2022" (the year of a task with no number).
# --------------------------------------------------------------------------
D12 = dict(name="12_quangnam-du-lich-cds-2021-precision", kind="target", year=2021, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
