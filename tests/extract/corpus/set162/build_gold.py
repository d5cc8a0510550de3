#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set162).

Copied from set161's builder (itself from set159's, set157's, set155's, set153's, set151's, set149's,
set147's, set69's, set47's, ... and the seeds'). Each record is written by hand below; its anchor
is never typed in. A record names a locator: a piece of the text with « just before the number.
The locator (without «) must occur exactly once in the text; the anchor is where « stands.
`start`/`end` (the clause that states the quantity) are computed as in the seeds' builder
(`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: targets met, a change against an earlier
value); check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (291
entries; see README). As in set10-set161, the id is given in the record itself (`iid=`).

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


# --------------------------------------------------------------------------
# 01 Vĩnh Lộc commune (Thanh Hóa, formed in the 2025 merger), the Party committee's
# conference on its first congress's resolution (baothanhhoa.vn; the crawler's stamp
# " date 2025-09-23" kept on the first line as returned; cut: the photo caption
# "Toàn cảnh hội nghị."; the excerpt ends in "Tiếp "). The resolution's targets for
# the term 2025-2030: kind target, year 2030 (the term's end and the year the income
# target names; set148's rule). "tốc độ tăng ... bình quân hàng năm 8%" (>=, a bare
# value of an aim); "thu nhập bình quân đầu người đến năm 2030 đạt 86,4 triệu đồng"
# (money, unit other "đồng", 86.4e6); "tỷ lệ hộ nghèo giảm bình quân 1,41%/ năm" (a
# target stated as a change: >=); "kết nạp mới từ 25 đảng viên trở lên" (a yearly
# count, >=, year 2030 with the term). Ids null (no catalogue indicator). Pillar null.
# Not quantities: "25 chỉ tiêu" (a count of targets), "18-NQ/TW", "23/9", the term.
# --------------------------------------------------------------------------
D01 = dict(name="01_thanhhoa-vinhloc-nghi-quyet-dai-hoi-xa-2030", kind="target", year=2030, records=[
    R("hàng năm «8%", "tốc độ tăng tổng giá trị sản phẩm trên địa bàn bình quân hàng năm", ">=", 8),
    R("đạt «86,4 triệu", "thu nhập bình quân đầu người", ">=", 86400000, unit="other", unit_text="đồng"),
    R("bình quân «1,41%", "tỷ lệ hộ nghèo giảm bình quân", ">=", 1.41),
    R("từ «25 đảng viên", "Hàng năm kết nạp mới đảng viên", ">=", 25, **CNT),
])

# --------------------------------------------------------------------------
# 02 Hiền Quan commune (Phú Thọ, formed in the 2025 merger), its first Party congress
# (baophutho.vn; stamp " date 2025-07-25" kept as returned; cut: the photo caption
# "Đồng chí Nguyễn Đình Cương - ... tặng hoa chúc mừng Đại hội."; the excerpt ends in
# "đều đạt "). The results of the term 2020-2025 ("Trong 5 năm qua"): kind result,
# year 2025 (the term's last year; set148's rule for a period). Money: "7,9 tỷ đồng",
# "2.859 tỷ đồng" (unit other "đồng"). The two digital-transformation results: "80%
# cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số"
# (hr.civil_servants_basic_digital_skills_share) and "80% hồ sơ thủ tục hành chính
# được xử lý trực tuyến" (egov.online_applications_share); the cultural shares
# "93,9%" and "95% khu dân cư văn hóa" (ids null). Pillar null: "Công tác chuyển đổi
# số được đẩy mạnh với ..." names the transformation, no pillar. NOT: "vượt 12% mục
# tiêu đề ra" and "vượt 42% so với kế hoạch" (a result against its target). Not
# quantities: "137 đại biểu", "hơn 1.450 đảng viên" (the congress's participants),
# "5 năm" (the period), the terms.
# --------------------------------------------------------------------------
D02 = dict(name="02_phutho-hienquan-dai-hoi-xa-2025", kind="result", year=2025,
           NOT=["vượt «12% mục tiêu", "vượt «42% so với"],
           records=[
    R("đạt «7,9 tỷ", "Tổng thu ngân sách trên địa bàn", "=", 7900000000, unit="other", unit_text="đồng"),
    R("đạt «2.859 tỷ", "vốn đầu tư toàn xã hội", "=", 2859000000000, unit="other", unit_text="đồng"),
    R("với «80% cán bộ", "cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số", "=", 80,
      iid="hr.civil_servants_basic_digital_skills_share"),
    R("và «80% hồ sơ", "hồ sơ thủ tục hành chính được xử lý trực tuyến", "=", 80,
      iid="egov.online_applications_share"),
    R("đạt «93,9%", "Tỷ lệ gia đình văn hóa", "=", 93.9),
    R("«95% khu dân cư", "khu dân cư văn hóa", "=", 95),
])

# --------------------------------------------------------------------------
# 03 Nghĩa Hành commune (Nghệ An, merged from three communes), its first Party
# congress (baonghean.vn; stamp " date 2025-08-19" kept as returned, with the page's
# section word "Kinh tế" and title on the same line; cut: the photo captions "Đại hội
# thực hiện nghi thức chào cờ. Ảnh: Xuân Hoàng" and "Quang cảnh đại hội. Ảnh: Xuân
# Hoàng"; the sub-heading "Phấn đấu đến năm 2030 thu nhập bình quân đầu người đạt 90
# triệu đồng" is the page's own line and kept; the excerpt ends in "tỷ đồng x"). One
# target: the sub-heading's 90 triệu đồng for 2030 (kind target). Results of the term
# 2020-2025, year 2025: "Tốc độ tăng trưởng giá trị sản xuất bình quân đạt 7,2%/năm"
# (a growth rate, recorded as set161 and earlier record growth results), "Thu nhập
# bình quân đầu người năm 2025 đạt 51,2 triệu đồng", "hiến hơn 26.000m² đất" (op ">",
# unit other "m²"). Ids null. NOT: "đạt 246% kế hoạch" (a result against its plan, as
# earlier sets left out "bằng 65% kế hoạch"). Not quantities: "24 đồng chí" (the
# committee's make-up), "186 đại biểu", "697 đảng viên" twice, "3 xã", "112 km2",
# "22.312 người", "39 tổ chức đảng" (the commune's make-up and the congress's
# participants, as set148 decided for a new ward), "hàng chục tỷ đồng" (no number).
# --------------------------------------------------------------------------
D03 = dict(name="03_nghean-nghiahanh-dai-hoi-xa-2025", kind="result", year=2025,
           NOT=["đạt «246% kế hoạch"],
           records=[
    R("người đạt «90 triệu", "thu nhập bình quân đầu người", ">=", 90000000, unit="other", unit_text="đồng",
      kind="target", year=2030),
    R("đạt «7,2%", "Tốc độ tăng trưởng giá trị sản xuất bình quân", "=", 7.2),
    R("đạt «51,2 triệu", "Thu nhập bình quân đầu người", "=", 51200000, unit="other", unit_text="đồng"),
    R("hơn «26.000m²", "nhân dân đã hiến đất", ">", 26000, unit="other", unit_text="m²"),
])

# --------------------------------------------------------------------------
# 04 Khun Há commune (Lai Châu), its first Party congress (trangtraiviet.danviet.vn;
# stamp " date 2025-08-21" kept as returned with the page's title on the same line;
# cut: the photo captions "Quang cảnh Đại hội ... (Ảnh: Vương Trang)" and "Các đại
# biểu tham quan gian trưng bày ... (Ảnh: Vương Trang)"; the excerpt ends in "Tham
# luận tại"). Results of the term 2020-2025, year 2025: the title's and the body's
# "tỷ lệ hộ nghèo giảm bình quân 6,7%/năm" (two statements, two records; an average
# yearly rate that names no earlier value, recorded as a result, a judgement),
# "tốc độ tăng trưởng đàn vật nuôi ... bình quân 5%/năm", "đào tạo nghề cho 932
# người", "tỷ lệ lao động qua đào tạo đạt 60,89%", "kết nạp mới 69 đảng viên".
# Targets of the term 2025-2030 ("đề ra 12 chỉ tiêu cụ thể: ..."), year 2030: "đạt
# 10%", "so với năm 2025 tăng 31,6%" (a target stated as a change, >=), "đạt 99,2%",
# "giảm bình quân mỗi năm 2,1%" (>=), "trên 250 lao động" (op ">", count). Ids null.
# NOT: "(tăng 12,03% so với năm 2020)" (a result's change). Not quantities: "155 đại
# biểu", "432 đảng viên" (participants), "12 chỉ tiêu" (a count of targets), the
# periods.
# --------------------------------------------------------------------------
D04 = dict(name="04_laichau-khunha-dai-hoi-xa-12-chi-tieu", kind="result", year=2025,
           NOT=["(tăng «12,03% so với"],
           records=[
    R("Khun Há giảm bình quân «6,7%/năm\n", "Tỷ lệ hộ nghèo của xã Khun Há giảm bình quân", "=", 6.7),
    R("bình quân «5%/năm", "tốc độ tăng trưởng đàn vật nuôi trên địa bàn xã bình quân", "=", 5),
    R("nghèo giảm bình quân «6,7%/năm;", "tỷ lệ hộ nghèo giảm bình quân", "=", 6.7),
    R("nghề cho «932 người", "đào tạo nghề cho người", "=", 932, **CNT),
    R("đạt «60,89%", "tỷ lệ lao động qua đào tạo", "=", 60.89),
    R("mới «69 đảng viên", "kết nạp mới đảng viên", "=", 69, **CNT),
    R("hằng năm đạt «10%", "Tốc độ tăng tổng thu ngân sách Nhà nước trên địa bàn bình quân hằng năm", ">=", 10,
      **T, year=2030),
    R("tăng «31,6%", "thu nhập bình quân đầu người trên địa bàn đến năm 2030 so với năm 2025 tăng", ">=", 31.6,
      **T, year=2030),
    R("đạt «99,2%", "tỷ lệ dân số tham gia bảo hiểm y tế", ">=", 99.2, **T, year=2030),
    R("mỗi năm «2,1%", "tỷ lệ hộ nghèo giảm bình quân mỗi năm", ">=", 2.1, **T, year=2030),
    R("trên «250 lao động", "trung bình mỗi năm giải quyết việc làm cho lao động", ">", 250, **CNT, **T, year=2030),
])

# --------------------------------------------------------------------------
# 05 Nguyệt Đức commune (Phú Thọ), its People's Council's year-end session of 2025
# (baophutho.vn; stamp " date 2025-12-23" kept as returned; cut: the photo caption
# "Đồng chí Nguyễn Thị Huấn - ... phát biểu khai mạc kỳ họp."; the excerpt ends in
# "NTM kiểu m"). Results of 2025: "ước thực hiện 86,4 tỷ đồng" (an estimate reached:
# "=", money), "Tỷ lệ hộ nghèo ... còn 0,58%". Targets of 2026 ("Năm 2026, xã Nguyệt
# Đức đề ra 18 chỉ tiêu ..."): "tổng giá trị sản phẩm đạt hơn 4.000 tỷ đồng" (op
# ">"), "tăng 10,66% so với năm 2025" (a target stated as a change: >=), "thu ngân
# sách ... đạt 78,3 tỷ đồng", "tỷ lệ hộ nghèo giảm dưới 0,5%" (op "<": the level to
# reach). Ids null. Not a quantity: "Tổng giá trị sản xuất tăng 9,6% so với cùng kỳ
# năm 2024" (a result's change; listed as NOT). Not quantities: "18 chỉ tiêu" (a count of
# targets), "kỳ họp thứ 4", "khóa XXII", the term, the dates.
# --------------------------------------------------------------------------
D05 = dict(name="05_phutho-nguyetduc-hdnd-chi-tieu-2026", kind="result", year=2025,
           NOT=["tăng «9,6% so với"],
           records=[
    R("thực hiện «86,4 tỷ", "tổng thu ngân sách Nhà nước trên địa bàn xã", "=", 86400000000, unit="other",
      unit_text="đồng"),
    R("còn «0,58%", "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", "=", 0.58),
    R("đạt hơn «4.000 tỷ", "tổng giá trị sản phẩm", ">", 4000000000000, unit="other", unit_text="đồng",
      **T, year=2026),
    R("tăng «10,66%", "tổng giá trị sản phẩm tăng so với năm 2025", ">=", 10.66, **T, year=2026),
    R("đạt «78,3 tỷ", "thu ngân sách Nhà nước trên địa bàn", ">=", 78300000000, unit="other", unit_text="đồng",
      **T, year=2026),
    R("dưới «0,5%", "tỷ lệ hộ nghèo giảm", "<", 0.5, **T, year=2026),
])

# --------------------------------------------------------------------------
# 06 Quảng Bình commune (Thanh Hóa), its People's Council's thematic session on the
# targets of the last six months of 2025 (baothanhhoa.vn; stamp " date 2025-08-08"
# kept as returned; cut: the byline "Văn Chinh (CTV)" with the blank line before it;
# the excerpt ends with the page). The resolution's "20 chỉ tiêu chủ yếu": kind
# target, year 2025. "Thu nhập bình quân đầu người đạt 72 triệu" (money with no
# currency written: unit other, unit_text null, 72e6); "đạt và vượt 10.012 tấn" (op
# ">=", unit other "tấn"); "169 triệu đồng"; "907 tấn"; "100%" twice; "566 lao
# động" (count); "81%"; "85% trở lên" (>=). Ids null. Pillar null. Not quantities:
# "20 chỉ tiêu" (a count of targets), "6 tháng" (periods), "kỳ họp thứ 2", "khóa
# XXI", the term, the date.
# --------------------------------------------------------------------------
D06 = dict(name="06_thanhhoa-xa-quangbinh-hdnd-20-chi-tieu-2025", kind="target", year=2025, records=[
    R("đạt «72 triệu", "Thu nhập bình quân đầu người", ">=", 72000000, unit="other"),
    R("vượt «10.012 tấn", "tổng sản lượng lương thực", ">=", 10012, unit="other", unit_text="tấn"),
    R("đạt «169 triệu", "giá trị sản phẩm trên một ha đất trồng trọt và nuôi trồng thủy sản", ">=", 169000000,
      unit="other", unit_text="đồng"),
    R("đạt «907 tấn", "sản lượng nuôi trồng, khai thác thủy hải sản", ">=", 907, unit="other", unit_text="tấn"),
    R("Quốc gia đạt «100%", "Tỷ lệ trường chuẩn Quốc gia", ">=", 100),
    R("cho «566 lao động", "giải quyết việc làm mới cho lao động", ">=", 566, **CNT),
    R("đạt «81%", "tỷ lệ lao động qua đào tạo", ">=", 81),
    R("«100% khu dân cư", "khu dân cư đạt văn hóa", ">=", 100),
    R("đạt «85% trở lên", "tỷ lệ gia đình văn hóa", ">=", 85),
])

# --------------------------------------------------------------------------
# 07 Như Xuân district (Thanh Hóa), the district Party congress's main targets for the
# term 2020-2025 (baothanhhoa.vn; stamp " date 2020-08" kept as returned; a numbered
# list in one line; no cut; the excerpt ends in "đạt t", inside item 15, whose value
# is cut off). Kind target, year 2025 (the term's end; several items name it).
# Headings "I. Về kinh tế" and "II. Về văn hóa - xã hội" name no pillar (not "kinh tế
# số", "xã hội số"): pillar null. Item 1's breakdown by sector ("Nông, lâm, thủy sản
# tăng 6%; công nghiệp - xây dựng tăng 18,4%; dịch vụ tăng 18,2%"): one record each,
# each its own subject, scope null (a breakdown by kind, not by level). Item 9's
# brackets state values: "(8 xã)", "(1 xã)", "(66/112 thôn, tăng thêm 20 thôn)" (66 a
# count, 112 its denominator, "tăng thêm 20 thôn" a target stated as a change: a count
# >=, a judgement), "(2 thôn)". Item 12 "dưới 1%" op "<"; item 13's bare "50%" reads
# ">=" by the contract (a judgement: the text gives no comparator). Money in "đồng",
# areas in "ha", tonnes in "tấn": unit other. `start_at` takes each item's clause
# from its subject, over the colon before the value. Ids null. Not quantities: the
# items' numbers "1." to "15.", "(11 chỉ tiêu)", "(10 chỉ tiêu)" (counts of targets),
# "năm 2010" (the base year of prices), "2021-2025", "2020-2025".
# --------------------------------------------------------------------------
D07 = dict(name="07_thanhhoa-nhuxuan-chi-tieu-nhiem-ky-2020-2025", kind="target", year=2025, records=[
    R("đạt «16%", "Tốc độ tăng giá trị sản xuất bình quân hàng năm", ">=", 16, start_at="Tốc độ tăng giá trị"),
    R("thủy sản tăng «6%", "Nông, lâm, thủy sản tăng", ">=", 6),
    R("xây dựng tăng «18,4%", "công nghiệp - xây dựng tăng", ">=", 18.4),
    R("dịch vụ tăng «18,2%", "dịch vụ tăng", ">=", 18.2),
    R("năm 2025: «60 triệu", "Thu nhập bình quân đầu người/năm", ">=", 60000000, unit="other", unit_text="đồng",
      start_at="Thu nhập bình quân"),
    R("hàng năm: «25.000 tấn", "Tổng sản lượng lương thực bình quân hàng năm", ">=", 25000, unit="other",
      unit_text="tấn", start_at="Tổng sản lượng lương thực"),
    R("đạt «1.900 ha", "Diện tích đất nông nghiệp được tích tụ, tập trung để sản xuất nông nghiệp quy mô lớn, ứng dụng công nghệ cao",
      ">=", 1900, unit="other", unit_text="ha"),
    R("đạt «72 triệu", "Giá trị sản phẩm trên một ha đất trồng trọt và nuôi trồng thủy sản", ">=", 72000000,
      unit="other", unit_text="đồng"),
    R("2021-2025: «5.000 tỷ", "Tổng huy động vốn đầu tư phát triển", ">=", 5000000000000, unit="other",
      unit_text="đồng", start_at="Tổng huy động vốn"),
    R("hàng năm: «12%", "Tỷ lệ tăng thu ngân sách bình quân hàng năm", ">=", 12, start_at="Tỷ lệ tăng thu ngân sách"),
    R("2021-2025: «100 doanh nghiệp", "Tổng số doanh nghiệp mới được thành lập", ">=", 100, **CNT,
      start_at="Tổng số doanh nghiệp mới"),
    R("đạt «50% (8 xã)", "Tỷ lệ số xã đạt chuẩn nông thôn mới", ">=", 50),
    R("(«8 xã)", "xã đạt chuẩn nông thôn mới", ">=", 8, **CNT),
    R("nâng cao «6,25%", "Tỷ lệ số xã đạt chuẩn nông thôn mới nâng cao", ">=", 6.25),
    R("(«1 xã)", "xã đạt chuẩn nông thôn mới nâng cao", ">=", 1, **CNT),
    R("nông thôn mới «58,9%", "tỷ lệ thôn đạt chuẩn nông thôn mới", ">=", 58.9),
    R("(«66/112 thôn", "thôn đạt chuẩn nông thôn mới", ">=", 66, **CNT),
    R("tăng thêm «20 thôn", "thôn đạt chuẩn nông thôn mới tăng thêm", ">=", 20, **CNT),
    R("kiểu mẫu «1,8%", "tỷ lệ thôn đạt chuẩn nông thôn mới kiểu mẫu", ">=", 1.8),
    R("(«2 thôn)", "thôn đạt chuẩn nông thôn mới kiểu mẫu", ">=", 2, **CNT),
    R("năm 2025: «16% trở lên", "Tỷ lệ đô thị hóa", ">=", 16, start_at="Tỷ lệ đô thị hóa"),
    R("năm 2025: «80%", "Tỷ lệ đường giao thông trên địa bàn được cứng hóa", ">=", 80,
      start_at="Tỷ lệ đường giao thông"),
    R("dưới «1%", "Tốc độ tăng dân số bình quân hằng năm", "<", 1),
    R("năm 2025: «50%", "Tỷ lệ lao động nông nghiệp trong tổng lao động", ">=", 50,
      start_at="Tỷ lệ lao động nông nghiệp"),
    R("năm 2025: «65%", "Tỷ lệ lao động qua đào tạo", ">=", 65, start_at="Tỷ lệ lao động qua đào tạo"),
])

# --------------------------------------------------------------------------
# 08 National: the Government Steering Committee's first session of 2026 on science,
# technology, innovation, digital transformation and Đề án 06 (thanhnien.vn; stamp
# " date 2026-02-26" kept as returned; cut: the photo caption "Thủ tướng Phạm Minh
# Chính chủ trì phiên họp sáng 25.2 ẢNH: NHẬT BẮC"; the excerpt ends in "thụ động
# quản"). The Committee's report of results "Đến nay": kind result, year 2026 (the
# figures stand as of the session in February 2026, the stamp's year; the sentence
# names none; a judgement: the text's other years are the tasks left "từ năm 2025"
# and the aims of "năm 2026"). "94 triệu hồ sơ định danh" (count, id null), "68
# triệu tài khoản kích hoạt" (society.eid_accounts_activated_count); "2.690 thủ tục
# hành chính (87,2%)" (count, then the share: egov.procedures_reduced_share) and
# "1.973 điều kiện kinh doanh (đạt 83,2%)" (count, share; ids null); "khoảng 34.600
# tỉ đồng" (op "~", money, "tỉ" the other spelling of "tỷ") and "(28% chi phí tuân
# thủ)"; "100% địa phương đã xử lý 25.885 cơ sở nhà, đất dôi dư" (two records: the
# share of localities and the count of premises). No `place` (national figures).
# Not quantities: "25.2" (a date), "Đề án 06", "XIV".
# --------------------------------------------------------------------------
D08 = dict(name="08_quocgia-bcd-chinh-phu-ket-qua-2025", kind="result", year=2026, records=[
    R("đạt «94 triệu", "nền tảng VNeID hồ sơ định danh", "=", 94000000, **CNT),
    R("«68 triệu tài khoản", "nền tảng VNeID tài khoản kích hoạt", "=", 68000000, **CNT,
      iid="society.eid_accounts_activated_count"),
    R("hóa «2.690 thủ tục", "đã cắt giảm, đơn giản hóa thủ tục hành chính", "=", 2690, **CNT),
    R("(«87,2%)", "đã cắt giảm, đơn giản hóa thủ tục hành chính", "=", 87.2,
      iid="egov.procedures_reduced_share"),
    R("và «1.973 điều kiện", "đã cắt giảm, đơn giản hóa điều kiện kinh doanh", "=", 1973, **CNT),
    R("(đạt «83,2%)", "đã cắt giảm, đơn giản hóa điều kiện kinh doanh", "=", 83.2),
    R("khoảng «34.600 tỉ", "giúp tiết kiệm", "~", 34600000000000, unit="other", unit_text="đồng"),
    R("(«28% chi phí", "chi phí tuân thủ tiết kiệm", "=", 28),
    R("«100% địa phương", "địa phương đã xử lý cơ sở nhà, đất dôi dư", "=", 100),
    R("xử lý «25.885 cơ sở", "cơ sở nhà, đất dôi dư đã xử lý", "=", 25885, **CNT),
])

# --------------------------------------------------------------------------
# 09 Lào Cai, Kế hoạch 220/KH-UBND on digital transformation in health 2023-2025 —
# precision text (thuvienphapluat.vn's page of the plan itself; cut: the site's
# widget lines "Từ khoá: Số Hiệu, Tiêu đề hoặc Nội dung ngắn gọn của Văn Bản...",
# "Đăng nhập", "Đang tải văn bản..." with the blank lines that went with them; the
# site's table of particulars kept; no byline; the excerpt ends in "Kiểm nghiệm,").
# The excerpt reaches only the plan's description of the province and its health
# network: area "6.364,03 km2", border "182,086 km", "7 huyện, 01 thị xã và 01 thành
# phố với 152 xã", population "761.090 người (xếp thứ 55 ...)", "25 dân tộc", the
# minorities' share "66,22%", the network's "30 đầu mối", "03 cơ quan", "02 chi cục",
# "27 đơn vị", "05 bệnh viện" with their beds "(800 GB)" ... "(120 GB)", "05 Trung
# tâm". None is a target or a result of an indicator: the province's and the
# network's make-up (as set148 and set161 decided for territories, populations and
# administrative units). No record; NOT: "66,22%" (a share of the population that is
# description, not an indicator).
# --------------------------------------------------------------------------
D09 = dict(name="09_laocai-kh220-chuyen-doi-so-y-te-precision", kind="target", year=2023,
           NOT=["chiếm «66,22%"], records=[])

# --------------------------------------------------------------------------
# 10 Cầu Ông Lãnh ward (Hồ Chí Minh City, after the 2025 merger), the ward Party
# committee's year-end conference and its agreement with VNPT on digital
# transformation — precision text (sggp.org.vn; stamp " date 2026-01-08" kept as
# returned; cut: the photo captions "Thiếu tướng Vũ Văn Điền, ... tham dự hội nghị.
# ẢNH QUANG HUY" and "Đại diện phường Cầu Ông Lãnh và VNPT TPHCM ký kết ... ẢNH QUANG
# HUY"; the excerpt ends in "phường thông min"). Numbers: "2 bên" (the parties),
# "Sáng 8-1", "Hội nghị lần thứ 9", "năm 2025", "năm 2026", "57-NQ/TW ngày
# 22-12-2024", "16 nội dung" (the agreement's parts, like counts of tasks). No
# quantity.
# --------------------------------------------------------------------------
D10 = dict(name="10_tphcm-phuong-cauonglanh-vnpt-precision", kind="target", year=2026, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
