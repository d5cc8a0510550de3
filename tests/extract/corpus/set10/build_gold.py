#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set10).

Adapted from set9's builder (itself from set8's and the seeds'). Each record
is written by hand below; its anchor is never typed in. A record names a
locator: a piece of the text with « just before the number. The locator
(without «) must occur exactly once in the text; the anchor is where « stands.
`start`/`end` (the clause that states the quantity) are computed as in the
seeds' builder (`start_at` moves the start back to a given string, used for
table rows whose indicator stands in an earlier cell).

Each document may also list NOT: locators of numbers deliberately left
without a record (percentages that are not quantities under the contract);
check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id
of the catalogue indicator it measures, or null, decided against
muctieu/catalog/data/indicators.yaml at commit be3d9f3 (214 entries; see README). Unlike
set9, where the ids were a separate IDS table, the id is given in the record
itself (`iid=`), so that it cannot slip out of line with the records.

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, GOV, ECO, SOC, INFRA, SEC, HR, DATA, SMART, INST, AWARE, CNT, RANK  # noqa: E402


OTHER = dict(unit="other")

# catalogue ids used more than once
ONLINE = "egov.online_applications_share"
WR = "egov.work_records_online_share"
SMP = "society.adult_smartphone_share"
FIBCOM = "infra.fibre_commune_coverage_share"
DOCSYS = "egov.document_system_use_share"
STEER = "aware.dx_steering_committees_share"
POLICY = "inst.dx_policy_documents_count"
IOT = "city.iot_monitoring_stations_count"
AOSU = "society.adult_online_services_use_share"

# --------------------------------------------------------------------------
# 01 Hà Giang (VietNamNet, no date): infrastructure results "theo thống kê
# mới nhất"; the text names no reporting period ("Từ năm 2022" dates the
# choice of the DX day): year null (set7/set9). No heading; the sentence
# naming "hạ tầng viễn thông" is the second of its paragraph, not its lead:
# pillar null. "236 điểm, trong đó có 43 điểm là các sở ... ; 193 điểm xã":
# a breakdown of a total by kind of site (like "4.977 trạm (1.290 trạm 2G
# ...)"): three records, scope null. "riêng khu trung tâm xã, thị trấn, thị
# tứ đạt 100%": a kind of place, not a level (set9): scope null. "4 cấp",
# "28/8" are no quantities.
# --------------------------------------------------------------------------
D01 = dict(name="01_hagiang-ha-tang-vietnamnet", kind="result", year=None, records=[
    R("di động đạt «98,5%", "tỷ lệ phủ sóng di động", "=", 98.5,
      iid="infra.mobile_population_coverage_share"),
    R("triển khai «236 điểm", "điểm triển khai mạng Truyền số liệu chuyên dùng, nâng cấp băng thông", "=", 236, **CNT),
    R("có «43 điểm", "điểm là các sở, ban, ngành, huyện uỷ, thành uỷ, UBND các huyện, thành phố", "=", 43, **CNT),
    R("; «193 điểm", "điểm xã, phường, thị trấn", "=", 193, **CNT),
    R("quy mô «241 điểm cầu", "điểm cầu Hệ thống hội nghị giao ban trực tuyến từ cấp tỉnh kết nối đến các xã", "=", 241, **CNT,
      iid="infra.video_conference_points_count"),
    R("các xã. «100% các cơ quan", "các cơ quan hành chính có thể tham gia các cuộc họp trực tuyến quy mô 4 cấp", "=", 100),
    R("mới nhất, «100% cơ quan", "cơ quan hành chính của tỉnh có trang/cổng thông tin điện tử", "=", 100,
      iid="egov.agency_portals_share"),
    R("; «100% xã có cáp", "xã có cáp quang đến trung tâm", "=", 100, iid=FIBCOM),
    R("băng thông đến «98%", "nối mạng internet băng thông", "=", 98),
    R("thị tứ đạt «100%", "khu trung tâm xã, thị trấn, thị tứ nối mạng internet băng thông", "=", 100),
])

# --------------------------------------------------------------------------
# 02 Hà Nam (Kinh tế & Đô thị, no date; "trong năm 2024"): the share of
# procedure records handled fully online in 2024, Hà Nam and other
# provinces (`place`), ministries and the country. The lead "Với tỷ lệ
# 68,54%" restates the body value (recorded, as set8's titles). The total
# "168.000 hồ sơ" is a count reported (a record). "khối bộ, ngành" / "khối
# tỉnh, thành" split one sentence's values by group (scopes, as set5's "cấp
# bộ ... cấp tỉnh"); the bracketed "(mục tiêu 70%)" are targets of 2024
# (set8: a target named inside a result sentence). "Hà Nội và TP Hồ Chí Minh
# ... dưới 10%": two provinces, no single place (names kept in the
# indicator). "thứ hai và thứ ba" are words. No heading: pillar null.
# --------------------------------------------------------------------------
TT = "tỷ lệ hồ sơ trực tuyến toàn trình"
D02 = dict(name="02_hanam-toan-trinh-2024", kind="result", year=2024, records=[
    R("Với tỷ lệ «68,54%", "tỷ lệ", "=", 68.54, iid=ONLINE, note="lead restating the body value"),
    R("toàn trình «68,54% trong", "hồ sơ thủ tục hành chính xử lý trực tuyến toàn trình", "=", 68.54, iid=ONLINE),
    R("tổng số «168.000 hồ sơ", "tổng số hồ sơ thủ tục hành chính", "=", 168000, **CNT),
    R("Đà Nẵng («58,89%)", TT, "=", 58.89, place="Đà Nẵng", iid=ONLINE),
    R("Hà Giang («55,76%)", TT, "=", 55.76, place="Hà Giang", iid=ONLINE),
    R("Nam Định («52,96%)", TT, "=", 52.96, place="Nam Định", iid=ONLINE),
    R("tỷ lệ dưới «50%", "tỷ lệ hồ sơ trực tuyến toàn trình các tỉnh, thành còn lại", "<", 50, iid=ONLINE),
    R("chỉ đạt dưới «10%", "tỷ lệ hồ sơ trực tuyến toàn trình Hà Nội và TP Hồ Chí Minh", "<", 10, iid=ONLINE),
    R("với tỷ lệ «83,48%", "tỷ lệ hồ sơ trực tuyến toàn trình Bộ Công Thương", "=", 83.48, iid=ONLINE),
    R("tương đương «1,488 triệu", "hồ sơ trực tuyến toàn trình Bộ Công Thương", "=", 1488000, **CNT),
    R("Bộ Tài chính («78,44%)", "tỷ lệ hồ sơ trực tuyến toàn trình Bộ Tài chính", "=", 78.44, iid=ONLINE),
    R("Bộ Tư pháp («77,66%)", "tỷ lệ hồ sơ trực tuyến toàn trình Bộ Tư pháp", "=", 77.66, iid=ONLINE),
    R("chỉ đạt «45,8%", "tỷ lệ hồ sơ trực tuyến toàn trình của cả nước", "=", 45.8, iid=ONLINE),
    R("đề ra là «50%", "mục tiêu tỷ lệ hồ sơ trực tuyến toàn trình của cả nước", ">=", 50, kind="target", iid=ONLINE),
    R("ngành đạt «63,47%", TT, "=", 63.47, scope="khối bộ, ngành", iid=ONLINE),
    R("(mục tiêu «70%)", "mục tiêu " + TT, ">=", 70, scope="khối bộ, ngành", kind="target", iid=ONLINE),
    R("chỉ đạt «18,54%", TT, "=", 18.54, scope="khối tỉnh, thành", iid=ONLINE),
    R("(mục tiêu «30%)", "mục tiêu " + TT, ">=", 30, scope="khối tỉnh, thành", kind="target", iid=ONLINE),
])

# --------------------------------------------------------------------------
# 03 Hà Nam (Báo Hà Nam, no date): results "Đến nay"; no reporting year
# (null). The second paragraph is led by "Tập trung phát triển chính quyền
# số," (digital_government for the paragraph, set9). "4 cấp" is structure.
# --------------------------------------------------------------------------
D03 = dict(name="03_hanam-chinh-quyen-so", kind="result", year=None, records=[
    R("Đến nay, «100% các sở", "các sở, ban, ngành, UBND huyện, thị xã, thành phố, UBND các xã, phường, thị trấn đã ứng dụng phần mềm quản lý văn bản và điều hành vào công tác chỉ đạo, điều hành và gửi, nhận văn bản điện tử liên thông",
      "=", 100, pillar=GOV, iid=DOCSYS),
    R("công việc là «95%", "Tỷ lệ cán bộ, công chức từ cấp huyện trở lên thường xuyên sử dụng hệ thống thư điện tử trong công việc",
      "=", 95, pillar=GOV, iid="egov.official_email_use_share"),
])

# --------------------------------------------------------------------------
# 04 Ninh Bình (Đại Đoàn Kết, no date): DTI 2021 of Ninh Bình and Thanh Hóa
# (results of 2021). Ninh Bình leads the text and is its province; Thanh
# Hóa's values carry `place`. "lần lượt ... 6 và 12": one record per value.
# Pillar ranks keep pillar null (set8/set9). "tăng 2 bậc", "tăng 3 bậc" are
# changes; "cao hơn 0,105 / 0,0866 so với mức điểm bình quân" are
# differences against another value (no record, like a change); the
# bracketed national average "(0,4014 điểm)" is a value (a record, no
# place). "2 địa phương", "3 trụ cột", "9 chỉ số chính với 98 chỉ số thành
# phần" are no quantities (spec).
# --------------------------------------------------------------------------
BXH = "thứ hạng trong bảng xếp hạng chuyển đổi số (DTI) cấp tỉnh"
D04 = dict(name="04_ninhbinh-dti-2021", kind="result", year=2021, records=[
    R("Với «0,5064 điểm và", "điểm bảng xếp hạng chuyển đổi số (DTI) cấp tỉnh", "=", 0.5064, unit="other", unit_text="điểm",
      iid="dti.provincial_score"),
    R("và «0,4880 điểm, Ninh", "điểm bảng xếp hạng chuyển đổi số (DTI) cấp tỉnh", "=", 0.4880, unit="other", unit_text="điểm",
      place="Thanh Hóa", iid="dti.provincial_score"),
    R("thứ hạng «6 và 12", BXH, "=", 6, **RANK, iid="dti.provincial_rank"),
    R("thứ hạng 6 và «12 trong", BXH, "=", 12, **RANK, place="Thanh Hóa", iid="dti.provincial_rank"),
    R("lần lượt là thứ «6 và 12", "xếp hạng chỉ số chuyển đổi số DTI cấp tỉnh", "=", 6, **RANK, iid="dti.provincial_rank"),
    R("lần lượt là thứ 6 và «12, thuộc", "xếp hạng chỉ số chuyển đổi số DTI cấp tỉnh", "=", 12, **RANK, place="Thanh Hóa",
      iid="dti.provincial_rank"),
    R("đứng thứ «6/63", "bảng xếp hạng DTI năm 2021 cấp tỉnh", "=", 6, **RANK, iid="dti.provincial_rank"),
    R("Ninh Bình xếp thứ «5, Kinh", "chính quyền số cấp tỉnh", "=", 5, **RANK, iid="dti.digital_government_rank"),
    R("Kinh tế số xếp thứ «8", "Kinh tế số", "=", 8, **RANK, iid="dti.digital_economy_rank"),
    R("Xã hội số xếp thứ «5. Tổng", "Xã hội số", "=", 5, **RANK, iid="dti.digital_society_rank"),
    R("này là «0,5064 điểm, cao", "Tổng điểm trung bình", "=", 0.5064, unit="other", unit_text="điểm",
      iid="dti.provincial_score"),
    R("(«0,4014 điểm)", "mức điểm bình quân của cả nước", "=", 0.4014, unit="other", unit_text="điểm",
      iid="dti.provincial_score", note="national average of the provincial DTI (set8: provincial_score)"),
    R("xếp thứ «12/63, tăng", "xếp thứ", "=", 12, **RANK, place="Thanh Hóa", iid="dti.provincial_rank"),
    R("Thanh Hóa xếp thứ «12, Kinh", "chính quyền số", "=", 12, **RANK, place="Thanh Hóa", iid="dti.digital_government_rank"),
    R("Kinh tế số xếp thứ «22", "Kinh tế số", "=", 22, **RANK, place="Thanh Hóa", iid="dti.digital_economy_rank"),
    R("Xã hội số xếp thứ «12. Tổng", "Xã hội số", "=", 12, **RANK, place="Thanh Hóa", iid="dti.digital_society_rank"),
    R("này là «0,4880 điểm, cao", "Tổng điểm trung bình", "=", 0.4880, unit="other", unit_text="điểm", place="Thanh Hóa",
      iid="dti.provincial_score"),
])

# --------------------------------------------------------------------------
# 05 Ninh Bình, xã Gia Phong (huyện Gia Viễn) commune portal: "Phụ lục 1:
# Mục tiêu triển khai thực hiện mô hình chuyển đổi số trên địa bàn xã", a
# table rendered with `|` cells (STT | Tên chỉ tiêu | Giải thích | Đơn vị
# tính | Chỉ tiêu cụ thể). Targets (bare numbers: >=); the stored excerpt
# names no year (null). The row-group heading "Đào tạo, chuyển đổi nhận
# thức" names nhận thức số ("chuyển đổi nhận thức" is the DTI's name of that
# index; "đào tạo" is its means): digital_awareness. "(02 chỉ tiêu)", "(05
# chỉ tiêu)" count targets; list numbers; the third row breaks off before
# its value (no record).
# --------------------------------------------------------------------------
D05 = dict(name="05_ninhbinh-xa-giaphong-phu-luc", kind="target", year=None, records=[
    R("%\n|\n«100\n|\n2\n", "Tỷ lệ cán bộ, công chức được đào tạo, tập huấn, bồi dưỡng nâng cao nhận thức, kỹ năng số đáp ứng yêu cầu chỉ đạo, triển khai chuyển đổi số tại xã",
      ">=", 100, pillar=AWARE, start_at="Tỷ\nlệ cán bộ, công chức được đào tạo",
      iid="hr.civil_servants_basic_digital_skills_share", note="table row; unit % in the cell before the value"),
    R("%\n|\n«100\n|\nII", "Tỷ lệ người dân trưởng thành, các doanh nghiệp, đơn vị, tổ chức được thông tin, tuyên truyền, phổ biến, tiếp cận các dịch vụ, công nghệ số và nắm bắt các hoạt động chuyển đổi số trên địa bàn",
      ">=", 100, pillar=AWARE, start_at="Tỷ\nlệ người dân trưởng thành",
      note="table row; unit % in the cell before the value"),
])

# --------------------------------------------------------------------------
# 06 Phú Yên (TTXVN "happyvietnam", no date): results of "những tháng đầu
# năm 2025" (year 2025). The title names no pillar; the values stand in the
# lead paragraph (pillar null). "không quá 2 giờ làm việc" is the rule of
# the "Ngày không hẹn" model (a time limit of a procedure, not a target or
# result of an indicator): no record. "thứ Ba, thứ Năm" are days.
# --------------------------------------------------------------------------
D06 = dict(name="06_phuyen-dvc-2025", kind="result", year=2025, records=[
    R("trực tuyến là «94,10%", "tỷ lệ hồ sơ trực tuyến", "=", 94.1, iid=ONLINE),
    R("trực tuyến là «76,85%", "hồ sơ thanh toán trực tuyến", "=", 76.85, iid="egov.online_payment_share"),
])

# --------------------------------------------------------------------------
# 07 Phú Yên (Báo Phú Yên, interview, 2022): one quantity, the DTI 2021
# rank. "tăng 12 bậc" is a change; years, dates, "phiên họp thứ ba" and the
# plan periods are no quantities.
# --------------------------------------------------------------------------
D07 = dict(name="07_phuyen-dti-2021-phong-van", kind="result", year=2021, records=[
    R("xếp thứ «50/63", "Chỉ số CĐS-DTI năm 2021", "=", 50, **RANK, iid="dti.provincial_rank"),
])

# --------------------------------------------------------------------------
# 08 Cao Bằng (VietNamNet, no date): results "Đến nay"; year null. The last
# paragraph is led by "Hạ tầng công nghệ thông tin ... không ngừng được mở
# rộng" (digital_infrastructure, set9). The page breaks off at "Internet c"
# (fibre or not is unknown: id null). "03 trụ cột" is structure.
# --------------------------------------------------------------------------
D08 = dict(name="08_caobang-tong-the", kind="result", year=None, records=[
    R("Đến nay, «100% trung tâm", "trung tâm xã, phường, thị trấn đã được phủ sóng Internet", "=", 100, pillar=INFRA,
      note="the stored page breaks off after 'Internet c'"),
])

# --------------------------------------------------------------------------
# 09 Kon Tum (kkt-kontum.com): targets of Kế hoạch 1084/KH-UBND (03/4/2025)
# on online public services, for 2025 and ("Định hướng đến năm 2030") 2030.
# The lead-ins "Mục tiêu cụ thể đến năm 2025:" / "Định hướng đến năm 2030:"
# name no pillar (the plan's subject, DVCTT, is named in the opening
# paragraph, not in a heading over the list): pillar null. "Nâng tỷ lệ ...
# lên 70%": a target (>=).
# --------------------------------------------------------------------------
D09 = dict(name="09_kontum-kh1084-dvctt", kind="target", year=2025, records=[
    R("-\n«100% lãnh đạo", "lãnh đạo, cán bộ, công chức, viên chức được nâng cao nhận thức và khuyến khích sử dụng DVCTT khi có nhu cầu", ">=", 100),
    R("-\n«100% sở, ngành", "sở, ngành, địa phương tuyên truyền về DVCTT trên Trang/Cổng thông tin điện tử và đăng tải tài liệu hướng dẫn thống nhất", ">=", 100),
    R("-\n«100% thủ tục", "thủ tục hành chính đủ điều kiện được cung cấp dưới dạng DVCTT toàn trình", ">=", 100,
      iid="egov.full_online_services_share"),
    R("Tối thiểu «80% hồ sơ", "hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến", ">=", 80,
      iid="egov.once_only_online_applications_share"),
    R("-\n«50% người dân", "người dân trưởng thành sử dụng DVCTT", ">=", 50, iid=AOSU),
    R("Tối thiểu «90% người dân", "người dân hài lòng khi sử dụng DVCTT", ">=", 90, iid="egov.satisfaction_share"),
    R("-\n«80% học sinh", "học sinh THPT, sinh viên được phổ cập kiến thức, kỹ năng sử dụng DVCTT", ">=", 80),
    R("-\n«100% thành viên", "thành viên Tổ công nghệ số cộng đồng được tập huấn để hướng dẫn người dân", ">=", 100),
    R("DVCTT lên «70%", "tỷ lệ người dân trưởng thành sử dụng DVCTT", ">=", 70, year=2030, iid=AOSU),
    R("-\n«100% học sinh", "học sinh THPT, sinh viên được phổ cập kiến thức, kỹ năng sử dụng DVCTT", ">=", 100, year=2030),
    R("-\n«100% cơ quan nhà nước", "cơ quan nhà nước liên tục cải tiến chất lượng DVCTT", ">=", 100, year=2030),
])

# --------------------------------------------------------------------------
# 10 Kon Tum (report of 2022 results, reposted): year 2022. The counts of
# documents issued ("1 nghị quyết, 4 quyết định và 12 kế hoạch") are results
# (counts of policy documents, not of tasks); one record per kind (a
# breakdown by kind keeps the id). "Về hạ tầng số," leads its paragraph
# (digital_infrastructure). "06/48 thôn": the numerator (set8). "2G, 3G,
# 4G", "10/10", document numbers are names and dates. The page breaks off
# before the households' smartphone share (no number).
# --------------------------------------------------------------------------
D10 = dict(name="10_kontum-ket-qua-2022", kind="result", year=2022, records=[
    R("ban hành «1 nghị quyết", "nghị quyết làm cơ sở pháp lý để triển khai thực hiện các nhiệm vụ về chuyển đổi số", "=", 1, **CNT, iid=POLICY),
    R(", «4 quyết định", "quyết định làm cơ sở pháp lý để triển khai thực hiện các nhiệm vụ về chuyển đổi số", "=", 4, **CNT, iid=POLICY),
    R("và «12 kế hoạch", "kế hoạch làm cơ sở pháp lý để triển khai thực hiện các nhiệm vụ về chuyển đổi số", "=", 12, **CNT, iid=POLICY),
    R("hạ tầng số, «100% xã", "xã được phủ sóng 2G, 3G, 4G", "=", 100, pillar=INFRA),
    R("phủ đến «100% xã", "hạ tầng mạng cáp quang phủ đến xã", "=", 100, pillar=INFRA, iid=FIBCOM),
    R("xã và «97,7% số thôn", "số thôn được phủ sóng 4G", "=", 97.7, pillar=INFRA, iid="infra.mobile_village_coverage_share"),
    R("phủ sóng được «06/48 thôn", "thôn lõm sóng viễn thông được phủ sóng", "=", 6, **CNT, pillar=INFRA),
    R("thông minh là «66,44%", "Tỷ lệ dân số trưởng thành có điện thoại thông minh", "=", 66.44, pillar=INFRA, iid=SMP),
])

# --------------------------------------------------------------------------
# 11 Tây Ninh (reposted ICTnews, "Tính đến ngày 30.9.2024": year 2024). The
# heading "Chuyển đổi số đã đạt kết quả ban đầu khả quan" names no pillar;
# the paragraph "Cụ thể như, ..." names none either (the preceding
# paragraph's "chính quyền số" does not carry over, spec): pillar null. "2
# mục tiêu" counts targets; "2026-2030" is a period.
# --------------------------------------------------------------------------
D11 = dict(name="11_tayninh-smart-2024", kind="result", year=2024, records=[
    R("có «2.133 tài khoản", "tài khoản đăng ký trên ứng dụng Tây Ninh Smart", "=", 2133, **CNT),
    R("có «609 phản ánh", "phản ánh", "=", 609, **CNT),
    R("xử lý «580 phản ánh", "phản ánh đã xử lý", "=", 580, **CNT),
    R("(tỷ lệ «95,23%)", "tỷ lệ phản ánh đã xử lý", "=", 95.23, iid="egov.feedback_handled_share"),
])

# --------------------------------------------------------------------------
# 12 Tây Ninh (SGGP, 2025-08, after the merger): targets of the "Bình dân
# học vụ số" plan for 2026. No heading (pillar null). "2025-2026" is the
# plan's period.
# --------------------------------------------------------------------------
D12 = dict(name="12_tayninh-binh-dan-hoc-vu-so", kind="target", year=2026, records=[
    R("năm 2026, «100% cán bộ", "cán bộ, công chức, viên chức, người lao động trong cơ quan nhà nước nắm vững kiến thức, kỹ năng số", ">=", 100,
      iid="hr.civil_servants_basic_digital_skills_share"),
    R("; «100% học sinh", "học sinh tiểu học được trang bị kỹ năng số cơ bản", ">=", 100, iid="hr.students_digital_skills_share"),
    R("; «100% người dân", "người dân trưởng thành biết sử dụng thiết bị thông minh để tiếp cận dịch vụ số", ">=", 100),
    R("ít nhất «60% người dân", "người dân trưởng thành đạt chuẩn phổ cập kiến thức chuyển đổi số trên nền tảng VNeID", ">=", 60,
      iid="hr.population_digital_skills_share"),
])

# --------------------------------------------------------------------------
# 13 Vĩnh Long (vinhlong.gov.vn, no date): results; no reporting period
# (year null); no heading (pillar null). "33 đơn vị ... tham gia" the
# steering committee is its composition (like an event's participants, spec:
# no quantity). "2.0", "1.0", "IPv6" are names. "đến 100% cơ quan hành chính
# cấp tỉnh, cấp huyện và cấp xã": one value for all levels (spec: one
# record, scope null). "177 điểm phục vụ (28 bưu cục, 82 ... và 67 ...)":
# one record per number (spec). Densities per point are unit other.
# --------------------------------------------------------------------------
D13 = dict(name="13_vinhlong-ha-tang-buu-chinh", kind="result", year=None, records=[
    R("đến «100% cơ quan", "Mạng diện rộng của tỉnh đã triển khai đến cơ quan hành chính cấp tỉnh, cấp huyện và cấp xã", "=", 100),
    R("; «100% các sở", "các sở, ban, ngành tỉnh, UBND cấp huyện, UBND các xã, phường, thị trấn được tỉnh triển khai đồng bộ thiết bị tường lửa (firewall)", "=", 100),
    R("có «14 doanh nghiệp", "doanh nghiệp tham gia cung ứng dịch vụ bưu chính", "=", 14, **CNT),
    R("với «177 điểm phục vụ", "điểm phục vụ bưu chính", "=", 177, **CNT),
    R("(«28 bưu cục", "bưu cục", "=", 28, **CNT),
    R(", «82 điểm", "điểm Bưu điện văn hóa xã", "=", 82, **CNT),
    R("và «67 điểm", "điểm phục vụ khác", "=", 67, **CNT),
    R(": «5.813 người/điểm", "số người dân phục vụ bình quân của một điểm phục vụ bưu chính", "=", 5813, unit="other", unit_text="người/điểm"),
    R("đạt «8,3 km/điểm", "bán kính phục vụ", "=", 8.3, unit="other", unit_text="km/điểm"),
])

# --------------------------------------------------------------------------
# 14 Vĩnh Long (mic.gov.vn; 2024-12 from the page address): the heading
# "Phát triển kinh tế số" (digital_economy) stands over the last three
# paragraphs. The only quantity is cut off by the stored page ("trên sàn
# giao"). The text names no reporting year; the page's date gives 2024 (the
# spec's crawler-stamp rule). Document numbers, dates, periods: none.
# --------------------------------------------------------------------------
D14 = dict(name="14_vinhlong-kinh-te-so", kind="result", year=2024, records=[
    R("hơn «370 doanh nghiệp", "doanh nghiệp, hợp tác xã và cơ sở sản xuất địa phương tham gia trên sàn giao", ">", 370, **CNT, pillar=ECO,
      note="the stored page breaks off after 'sàn giao'"),
])

# --------------------------------------------------------------------------
# 15 Bến Tre (ICTnews, 2020-10): a target of the Đề án chuyển đổi số
# 2020-2025 (year 2025, the plan's horizon), stated twice (lead and body).
# Both paragraphs are led by "Để đảm bảo an toàn, an ninh mạng" /
# "Khẳng định quan điểm đảm bảo an toàn, an ninh mạng" (information_security,
# set9's "Để bảo vệ dữ liệu ... an ninh mạng"). "bảo vệ 4 lớp" names the
# model; "Chỉ thị 14/2019", "9/10" are a name and a date.
# --------------------------------------------------------------------------
D15 = dict(name="15_bentre-attt-2020", kind="target", year=2025, records=[
    R("ít nhất «10% ngân sách CNTT, thuê", "ngân sách CNTT dành cho đảm bảo an toàn, an ninh mạng", ">=", 10, pillar=SEC),
    R("ít nhất «10% ngân sách CNTT, và", "ngân sách CNTT dành cho đảm bảo an toàn, an ninh mạng", ">=", 10, pillar=SEC),
])

# --------------------------------------------------------------------------
# 16 Phú Quốc (Kiên Giang until 6/2025, An Giang since; VTC News 2025-09):
# the planned equipment of the IOC ("sẽ được trang bị": targets, bare
# numbers read >=), for the project that serves APEC 2027 (year 2027). No
# heading over the equipment paragraph (pillar null). "một trong 10 công
# trình", "17 nhóm với 72 chỉ số kết quả và 83 chỉ số báo cáo", "14 chỉ số
# môi trường" are membership and the parts of an index set (spec: no
# quantity); "24/9", "APEC 2027" are a date and a name.
# --------------------------------------------------------------------------
D16 = dict(name="16_kiengiang-phuquoc-ioc-2025", kind="target", year=2027, records=[
    R("trang bị «1.800 camera", "camera nhận diện khuôn mặt", ">=", 1800, **CNT, iid="city.surveillance_cameras_count"),
    R(", «12 drone", "drone giám sát", ">=", 12, **CNT),
    R(", «2 trạm quan trắc nước", "trạm quan trắc nước", ">=", 2, **CNT, iid=IOT),
    R(", «9 trạm quan trắc không khí", "trạm quan trắc không khí", ">=", 9, **CNT, iid=IOT),
    R("và «12 tủ điều khiển", "tủ điều khiển đèn giao thông thông minh", ">=", 12, **CNT),
])

# --------------------------------------------------------------------------
# 17 Bà Rịa - Vũng Tàu, phường Phước Hưng (ward portal, 2022-06): the
# province's 2022 targets for digital transformation and cashless payment
# in schools and hospitals. "50% trường học ..., 50% bệnh viện ...": a
# breakdown by kind of institution, not by level or population group:
# one record each, scope null, each with its own subject (spec's "4.977
# trạm" case). The last value covers schools and hospitals at once (one
# record; id null: two catalogue indicators). "03 nội dung, nhiệm vụ"
# counts tasks. No heading: pillar null.
# --------------------------------------------------------------------------
D17 = dict(name="17_baria-phuochung-ttkdtm-2022", kind="target", year=2022, records=[
    R("năm 2022, «50% trường học", "trường học, cơ sở giáo dục và đào tạo trên địa bàn tỉnh sử dụng nền tảng số để chuyển đổi số", ">=", 50),
    R("đào tạo, «50% bệnh viện, cơ sở y tế trên địa bàn tỉnh sử dụng", "bệnh viện, cơ sở y tế trên địa bàn tỉnh sử dụng nền tảng số để chuyển đổi số", ">=", 50),
    R("chuyển đổi số; «50% trường học", "trường học, cơ sở giáo dục và đào tạo lắp đặt, sử dụng các phương thức thanh toán không dùng tiền mặt để thanh toán học phí", ">=", 50,
      iid="society.cashless_school_fees_share"),
    R("đào tạo, «50% bệnh viện, cơ sở y tế trên địa bàn tỉnh lắp đặt", "bệnh viện, cơ sở y tế lắp đặt, sử dụng các phương thức thanh toán không dùng tiền mặt để thanh toán viện phí", ">=", 50,
      iid="society.cashless_hospital_fees_share"),
    R("địa bàn tỉnh đạt «50%", "Số lượng và giá trị giao dịch thanh toán không dùng tiền mặt trong các trường học, cơ sở giáo dục và đào tạo, trong các bệnh viện, cơ sở y tế", ">=", 50),
])

# --------------------------------------------------------------------------
# 18 Lâm Đồng (Báo Lâm Đồng, 01/02/2023): results; the text names no
# reporting year, the page's date gives 2023 (as 14). "Hạ tầng xã hội số
# ... phát triển nhanh chóng" leads its paragraph: its head noun is hạ tầng
# (the paragraph is about postal points, broadband and mobile coverage):
# digital_infrastructure. The first paragraph names no pillar. "2 trung tâm
# ... (IOC)" is a count (no count entry in the catalogue). "3G, 4G" names.
# --------------------------------------------------------------------------
D18 = dict(name="18_lamdong-2023", kind="result", year=2023, records=[
    R("Theo đó, «100% cơ quan", "cơ quan hành chính nhà nước từ tỉnh đến cơ sở đã có hạ tầng đảm bảo công tác quản lý, điều hành qua môi trường mạng", "=", 100),
    R("hoạt động «2 trung tâm", "trung tâm giám sát và điều hành thông minh (IOC)", "=", 2, **CNT),
    R("Hiện nay, «100% xã", "xã, phường, thị trấn đã có điểm phục vụ bưu chính, đã phủ sóng mạng và băng rộng cáp quang, mạng di động 3G, 4G", "=", 100, pillar=INFRA),
    R("đạt «96% khu dân cư", "độ phủ sóng khu dân cư", "=", 96, pillar=INFRA),
])

# --------------------------------------------------------------------------
# 19 Quảng Bình (thinhvuongvietnam.com, no date): results "thời gian qua";
# year null. "Về nhân lực số:" leads its paragraph (digital_human_resources,
# even though the values concern steering committees: the heading decides);
# "Về hạ tầng số, nền tảng số và dữ liệu số:" names three pillars (null,
# set9). "100% sở, ban, ngành cấp tỉnh ...; 100% UBND huyện ...": two clauses
# with their own subjects (the level is part of each subject): scope null.
# "XVII", "2020-2025", "năm nội dung" are no quantities.
# --------------------------------------------------------------------------
D19 = dict(name="19_quangbinh-chinh-quyen-so", kind="result", year=None, records=[
    R("nhân lực số: «100% sở", "sở, ban, ngành cấp tỉnh thực hiện kiện toàn Tổ Chỉ đạo Chuyển đổi số", "=", 100, pillar=HR, iid=STEER),
    R("; «100% UBND huyện", "UBND huyện, thị xã, thành phố kiện toàn Ban Chỉ đạo Chuyển đổi số", "=", 100, pillar=HR, iid=STEER),
    R("xa. «100% trung tâm", "trung tâm xã, phường, thị trấn có kết nối cáp quang internet", "=", 100, iid=FIBCOM),
    R("phủ sóng trên «80% khu vực", "Mạng 3G, 4G phủ sóng khu vực dân cư", ">", 80),
])

# --------------------------------------------------------------------------
# 20 Cà Mau (Nông nghiệp Việt Nam, 10/2024; "năm 2024"): year 2024. The
# paragraph led by "Sở TT-TT ... đã tham mưu phát triển hạ tầng số" is
# digital_infrastructure; "Về xã hội số," leads the next (digital_society).
# "3 cấp hành chính", "mức độ 1, mức độ 2" are structure and names; "một
# trong những tỉnh đứng đầu" has no number.
# --------------------------------------------------------------------------
D20 = dict(name="20_camau-ngay-cds-2024", kind="result", year=2024, records=[
    R("3G/4G đến «100% xã", "mạng lưới viễn thông, cáp quang Internet, mạng 3G/4G đến xã, phường, thị trấn", "=", 100, pillar=INFRA),
    R("xã hội số, «100% ấp/khóm", "ấp/khóm thành lập Tổ công nghệ số cộng đồng", "=", 100, pillar=SOC, iid="aware.community_digital_teams_share"),
    R("cho hơn «210.000 hộ", "hộ gia đình được hướng dẫn cài đặt, sử dụng các nền tảng số", ">", 210000, **CNT, pillar=SOC),
    R("chiếm «65% số hộ", "số hộ gia đình trên toàn tỉnh được hướng dẫn cài đặt, sử dụng các nền tảng số", "=", 65, pillar=SOC),
    R("đạt gần «80% người dân", "tỷ lệ đã cấp định danh điện tử (mức độ 1, mức độ 2) người dân trưởng thành", "~", 80, pillar=SOC,
      iid="society.eid_users_share"),
])

# --------------------------------------------------------------------------
# 21 Long An (Báo Mới, "Trong năm 2024"): year 2024. The title and the
# heading "Nhiều kết quả ấn tượng từ phát triển chính quyền điện tử" name
# chính quyền điện tử (digital_government). "tại 100% sở, ngành, UBND cấp
# huyện, cấp xã": one value for all levels (scope null). "cấp tỉnh, huyện
# đạt 100%, cấp xã đạt 99,99%": three records, the first two share the
# number (spec). "tại các sở, ngành đạt 92%; tại các huyện ... 97%; tại các
# xã ... 99%": a split by level, scopes as written. "2.0", "3.0" are names.
# The page breaks off at "6.265 chứ" (recorded, set7/set9; id null).
# --------------------------------------------------------------------------
VB = "Tỷ lệ trao đổi, gửi nhận văn bản điện tử giữa các cơ quan nhà nước"
XL = "Tỷ lệ xử lý văn bản, hồ sơ công việc trên môi trường mạng"
D21 = dict(name="21_longan-chinh-quyen-dien-tu-2024", kind="result", year=2024, records=[
    R("tại «100% sở, ngành", "hệ thống Quản lý văn bản và điều hành được duy trì triển khai đồng bộ tại sở, ngành, UBND cấp huyện, cấp xã", "=", 100,
      pillar=GOV, iid=DOCSYS),
    R("với trên «9.300 tài khoản", "tài khoản được cấp", ">", 9300, **CNT, pillar=GOV),
    R("huyện đạt «100%, cấp xã", VB, "=", 100, scope="cấp tỉnh", pillar=GOV, iid="egov.electronic_documents_share"),
    R("huyện đạt «100%, cấp xã", VB, "=", 100, scope="cấp huyện", pillar=GOV, iid="egov.electronic_documents_share"),
    R("cấp xã đạt «99,99%", VB, "=", 99.99, scope="cấp xã", pillar=GOV, iid="egov.electronic_documents_share"),
    R("ngành đạt «92%", XL, "=", 92, scope="sở, ngành", pillar=GOV, iid=WR),
    R("thành phố đạt «97%", XL, "=", 97, scope="huyện, thị xã thành phố", pillar=GOV, iid=WR),
    R("thị trấn đạt «99%", XL, "=", 99, scope="xã phường, thị trấn", pillar=GOV, iid=WR),
    R("có «6.265 chứ", "chứ", "=", 6265, **CNT, pillar=GOV, note="the stored page breaks off after 'chứ'"),
])

# --------------------------------------------------------------------------
# 22 Đắk Nông (Báo Pháp luật, 2025): the province's own DX index of its
# departments and districts for 2024 ("Năm 2024 là năm thứ ba ...");
# values of single units (names in the indicator; `place` is for provinces
# and communes), one level per sentence: scope null. Not the provincial
# DTI (id null, set9). "3 nhóm chỉ số", "8 huyện, thành phố", "năm thứ
# ba", "2 nhóm đối tượng", "tháng 2/2025" are structure, ordinals, dates.
# --------------------------------------------------------------------------
PT = dict(unit="other", unit_text="điểm")
D22 = dict(name="22_daknong-dti-so-nganh-2024", kind="result", year=2024, records=[
    R("với «887,83 điểm", "xếp hạng DTI các sở, ban, ngành Sở Thông tin và Truyền thông", "=", 887.83, **PT),
    R("với «877,43 điểm", "xếp hạng DTI các sở, ban, ngành Sở Y tế", "=", 877.43, **PT),
    R("với «650,18 điểm", "thấp điểm nhất Sở Tài nguyên và Môi trường", "=", 650.18, **PT),
    R("có «5 cơ quan", "cơ quan xếp hạng ở mức tốt", "=", 5, **CNT),
    R("; «14 đơn vị", "đơn vị xếp loại khá", "=", 14, **CNT),
    R("với «771,89 điểm", "xếp hạng DTI các đơn vị cấp huyện UBND huyện Đắk Mil số điểm cao nhất", "=", 771.89, **PT),
    R("với «529,76 điểm", "xếp hạng DTI các đơn vị cấp huyện thấp nhất TP Gia Nghĩa", "=", 529.76, **PT),
    R("có «5 địa phương", "địa phương xếp hạng khá", "=", 5, **CNT),
    R(", «3 địa phương", "địa phương xếp hạng chỉ số DTI ở mức trung bình", "=", 3, **CNT),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11,
        D12, D13, D14, D15, D16, D17, D18, D19, D20, D21, D22]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
