#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set32).

Copied from set27's builder (itself from set25's, set23's, set21's, set19's, set17's, set15's,
set14's, set12's, set10's, set9's, set8's and the seeds'). Each record is written by hand below;
its anchor is never typed in. A record names a locator: a piece of the text with « just before
the number. The locator (without «) must occur exactly once in the text; the anchor is where «
stands. `start`/`end` (the clause that states the quantity) are computed as in the seeds'
builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml at commit
f0d9ac1 (214 entries; see README). As in set10-set27, the id is given in the record itself
(`iid=`).

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


VAL = dict(unit="other", unit_text=None)

GDP = "econ.digital_economy_gdp_share"
SECTOR = "econ.digital_economy_sector_share"
PROD = "econ.labour_productivity_growth"
ECOM = "econ.ecommerce_retail_share"
ECON = "econ.e_contract_enterprises_share"
SME = "econ.sme_digital_platforms_share"
WR = "egov.work_records_online_share"
DTI_R = "dti.provincial_rank"

# --------------------------------------------------------------------------
# 01 Thanh Hóa (thuvienphapluat.vn, Kế hoạch 298/KH-UBND of 20/12/2023, the
# 2024 plan): its Part I reviews 2023 ("TÌNH HÌNH THỰC HIỆN CÁC MỤC TIÊU NĂM
# 2023") → results of 2023. A precision text: document numbers (298, 281,
# 210), dates, the footnote mark "[1]", list numbers "1.", "1.1", "1.2" and
# "Phụ lục 1" are no quantities. "đã hoàn thành 30/34 chỉ tiêu; còn lại 04/34
# chỉ tiêu đang được ... triển khai": the plan's targets reached and not yet
# reached are results of the plan (numerators recorded, "/34" the
# denominator, set8), unlike a plan's count of targets set (12's "62 mục
# tiêu", 03's "6 mục tiêu", not recorded). "đã tổ chức 05 sự kiện" stands
# under the heading "1. Nhận thức số" → pillar digital_awareness; the
# section heading "I. TÌNH HÌNH THỰC HIỆN CÁC MỤC TIÊU" names no pillar.
# --------------------------------------------------------------------------
D01 = dict(name="01_thanhhoa-ke-hoach-2024-ket-qua-2023", kind="result", year=2023, records=[
    R("hoàn thành «30/34", "chỉ tiêu được giao đã hoàn thành", "=", 30, **CNT),
    R("còn lại «04/34", "chỉ tiêu đang được các cơ quan, đơn vị triển khai", "=", 4, **CNT),
    R("tổ chức «05 sự", "sự kiện hưởng ứng Ngày Chuyển đổi số Quốc gia", "=", 5, **CNT, pillar=AWARE),
])

# --------------------------------------------------------------------------
# 02 Lạng Sơn (stttt.langson.gov.vn, Kế hoạch 104/KH-UBND of 28/4/2023 for
# the year 2023; no date stamp): targets of 2023 under two lead-ins, "về
# phát triển kinh tế số, Kế hoạch đặt mục tiêu ..." (digital_economy, for the
# list it opens) and the next paragraph "Về phát triển xã hội số, ..."
# (digital_society). "chiếm từ 10%" reads as >= ("từ X"); "tăng tối thiểu
# 7%" is a target stated as a change (a quantity, >=); bare "đạt X" >=;
# "trên" >. The last value's subject is cut by the page ("Trung tâm Y t"):
# worded as stored. "tuyến tỉnh, huyện" is part of the subject, no split.
# --------------------------------------------------------------------------
D02 = dict(name="02_langson-kts-xhs-2023", kind="target", year=2023, records=[
    R("chiếm từ «10% GRDP", "kinh tế số chiếm GRDP của tỉnh", ">=", 10, pillar=ECO, iid=GDP),
    R("lĩnh vực đạt «2%", "tỷ trọng kinh tế số trong từng ngành, lĩnh vực", ">=", 2, pillar=ECO, iid=SECTOR),
    R("tăng tối thiểu «7%", "năng suất lao động hằng năm tăng", ">=", 7, pillar=ECO, iid=PROD),
    R("đạt trên «70%", "Tỷ lệ cửa hàng số cho người bán và tài khoản người mua trên các sàn thương mại điện tử",
      ">", 70, pillar=ECO),
    R("hóa đơn điện tử đạt «100%", "tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử", ">=", 100, pillar=ECO,
      iid="econ.e_invoice_enterprises_share"),
    R("nền tảng số đạt «100%", "tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số", ">=", 100, pillar=ECO, iid=SME),
    R("băng rộng đạt «75%", "tỷ lệ hộ gia đình có đường Internet cáp quang băng rộng", ">=", 75, pillar=SOC,
      iid="infra.households_internet_share"),
    R("thông minh đạt «85%", "tỷ lệ dân số trưởng thành có điện thoại di động thông minh", ">=", 85, pillar=SOC,
      iid="society.adult_smartphone_share"),
    R("được phép khác đạt «75%", "Tỷ lệ người dân từ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng hoặc các tổ chức được phép khác",
      ">=", 75, pillar=SOC, iid="society.bank_account_15plus_share"),
    R("trực tuyến đạt «30%", "tỷ lệ dân số trưởng thành có sử dụng dịch vụ công trực tuyến", ">=", 30, pillar=SOC,
      iid="society.adult_online_services_use_share"),
    R("«100% các trường", "các trường học có ứng dụng công nghệ số trong công tác dạy học và hoạt động quản lý",
      ">=", 100, pillar=SOC),
    R("«60% trường", "trường học, cơ sở giáo dục sử dụng các phương thức thanh toán không dùng tiền mặt để thanh toán học phí",
      ">=", 60, pillar=SOC, iid="society.cashless_school_fees_share"),
    R("«100% các bệnh viện tuyến tỉnh, huyện", "các bệnh viện tuyến tỉnh, huyện kết nối với bệnh viện tuyến trên phục vụ khám chữa bệnh qua nền tảng công nghệ số",
      ">=", 100, pillar=SOC, iid="society.telehealth_facilities_share"),
    R("«100% các bệnh viện tuyến tỉnh, Trung", "các bệnh viện tuyến tỉnh, Trung tâm Y t", ">=", 100, pillar=SOC,
      note="the page breaks off after 'Trung tâm Y t'; worded as stored"),
])

# --------------------------------------------------------------------------
# 03 Nam Định (baonamdinh.vn, 2022-08; Kế hoạch 105/KH-UBND): the targets of
# the digital economy "đến năm 2025" (the sentence's horizon, 2025) stand in
# a bracket opened by the lead-in "6 mục tiêu cụ thể về phát triển KTS (" →
# pillar digital_economy for the six. "6 mục tiêu", "11 mục tiêu" and "2
# nhóm nhiệm vụ" count a plan's targets and tasks (spec: no quantity).
# "đạt 20% GDP" bare >=; "tối thiểu" >=; "trên" >.
# --------------------------------------------------------------------------
D03 = dict(name="03_namdinh-kts-xhs-2022-2025", kind="target", year=2025, records=[
    R("KTS đạt «20% GDP", "Tỷ trọng KTS GDP", ">=", 20, pillar=ECO, iid=GDP),
    R("lĩnh vực đạt tối thiểu «10%", "Tỷ trọng KTS trong từng ngành, lĩnh vực", ">=", 10, pillar=ECO, iid=SECTOR),
    R("bán lẻ đạt trên «10%", "tỷ trọng thương mại điện tử trong tổng mức bán lẻ", ">", 10, pillar=ECO, iid=ECOM),
    R("đạt trên «80%", "tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử", ">", 80, pillar=ECO, iid=ECON),
    R("đạt trên «50%", "tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số", ">", 50, pillar=ECO, iid=SME),
    R("đạt trên «2%", "tỷ lệ nhân lực lao động KTS trong lực lượng lao động", ">", 2, pillar=ECO,
      iid="econ.digital_economy_workforce_share"),
])

# --------------------------------------------------------------------------
# 04 Trà Vinh, huyện Càng Long (baotravinh.vn, byline 08/11/2022 → date
# 2022-11): the district's targets "đến năm 2025" (2025). One level split
# "tối thiểu 80% hồ sơ công việc cấp huyện và 60% hồ sơ công việc cấp xã":
# scopes cấp huyện / cấp xã, "tối thiểu" for both (>=). Bare targets >=;
# "trên" >. "năng suất lao động tăng bình quân trên 11,5%/năm" a target
# stated as a change (quantity). "phủ 100% xã, thị trấn và trên 80% hộ gia
# đình": two records; the communes and households are what is covered (the
# text does not say "cấp xã") → scope null for both. "mức độ 4", "4G/5G"
# are names. The last value's subject is cut by the page ("có điện thoạ").
# No heading names a pillar → null.
# --------------------------------------------------------------------------
D04 = dict(name="04_travinh-canglong-muc-tieu-2025", kind="target", year=2025, records=[
    R("tối thiểu «80% hồ sơ", "hồ sơ công việc được xử lý qua môi trường mạng", ">=", 80, scope="cấp huyện", iid=WR),
    R("cấp huyện và «60% hồ sơ", "hồ sơ công việc được xử lý qua môi trường mạng", ">=", 60, scope="cấp xã", iid=WR),
    R("«100% văn bản", "văn bản trao đổi giữa các cơ quan Đảng, Nhà nước, đoàn thể dưới dạng điện tử có chữ ký số",
      ">=", 100, iid="egov.electronic_documents_share"),
    R("«100% hồ sơ thủ tục", "hồ sơ thủ tục hành chính được giải quyết qua Cổng dịch vụ công hệ thống thông tin một cửa điện tử",
      ">=", 100),
    R("«100% thủ tục hành chính (đủ", "thủ tục hành chính (đủ điều kiện cung cấp theo quy định của pháp luật) được cung cấp trực tuyến mức độ 4",
      ">=", 100, iid="egov.full_online_services_share"),
    R("tối thiểu «60% hồ sơ được nộp", "hồ sơ được nộp bằng hình thức trực tuyến/tổng số hồ sơ tiếp nhận", ">=", 60,
      iid="egov.online_applications_share"),
    R("«100% báo cáo", "báo cáo định kỳ và báo cáo thống kê về kinh tế - xã hội được thực hiện qua hệ thống thông tin báo cáo của huyện",
      ">=", 100, iid="egov.online_reporting_share"),
    R("«100% các cơ quan", "các cơ quan Đảng, Nhà nước thực hiện số hóa hồ sơ, lưu trữ hồ sơ công việc điện tử theo quy định",
      ">=", 100),
    R("trên «50% hoạt động", "hoạt động kiểm tra của cơ quan quản lý nhà nước được thực hiện thông qua môi trường số",
      ">", 50, iid="egov.digital_inspections_share"),
    R("chiếm trên «10% GRDP", "kinh tế số chiếm GRDP của huyện", ">", 10, iid=GDP),
    R("trên «11,5%", "năng suất lao động tăng bình quân", ">", 11.5, iid=PROD),
    R("phủ «100% xã", "hạ tầng mạng băng thông rộng cáp quang phủ xã, thị trấn", ">=", 100,
      iid="infra.fibre_commune_coverage_share"),
    R("và trên «80% hộ", "hạ tầng mạng băng thông rộng cáp quang phủ hộ gia đình", ">", 80,
      iid="infra.fibre_household_coverage_share"),
    R("tối thiểu «80% người", "người dân trong độ tuổi lao động có điện thoạ", ">=", 80,
      note="the page breaks off after 'có điện thoạ'; worded as stored"),
])

# --------------------------------------------------------------------------
# 05 Bắc Ninh (ngkt.mofa.gov.vn, a copy of cand.com; no date shown): the
# 2030 targets, the first restated from the title (both recorded, set27 12);
# "tối thiểu" >=. Results: the national shares of the digital economy in
# GDP "năm 2021 là 11,91% và năm 2022 là 14,26%" (years as written, id kept:
# the same measure at national level) and Bắc Ninh's "hiện ... là 56,83%",
# given 2022: "Trong đó" ties it to the 2022 annual report's estimates (the
# reporting period the text names). "Báo cáo thường niên kinh tế số Việt
# Nam 2022" is a name. No heading → pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_bacninh-kinh-te-so-35-grdp", kind="target", year=2030, records=[
    R("tối thiểu «35% GRDP đến", "kinh tế số chiếm GRDP", ">=", 35, iid=GDP),
    R("tối thiểu «35% GRDP;", "kinh tế số chiếm GRDP", ">=", 35, iid=GDP),
    R("tối thiểu «20%", "tỷ trọng kinh tế số trong từng ngành, lĩnh vực", ">=", 20, iid=SECTOR),
    R("là «11,91%", "tỷ trọng kinh tế số trên GDP của cả nước", "=", 11.91, **RES, year=2021, iid=GDP),
    R("là «14,26%", "tỷ trọng kinh tế số trên GDP của cả nước", "=", 14.26, **RES, year=2022, iid=GDP),
    R("là «56,83%", "tỉnh Bắc Ninh tỉ trọng kinh tế số trên GRDP", "=", 56.83, **RES, year=2022, iid=GDP),
])

# --------------------------------------------------------------------------
# 06 Bình Dương, TP Tân Uyên (tanuyen.binhduong.gov.vn, no date, no year but
# the plan's horizon "đến năm 2025"): a precision text. The plan's pilots:
# "Mỗi xã, phường chọn từ 1 đến 2 khu phố, ấp" (target, between 1-2, count)
# and "có ít nhất 1 khu phố, ấp đạt 100% tiêu chí" (target, >= 1 per commune,
# 2025); the "100% tiêu chí" is the condition a neighbourhood must meet,
# inside the subject (a threshold, as set27 19's "trên 1Gb/s") → NOT. "5
# giải pháp" and "5 chỉ tiêu" count a plan's solutions and criteria (spec),
# "21/11" a date. Year 2025 for both (the plan "từ nay đến năm 2025").
# --------------------------------------------------------------------------
D06 = dict(name="06_binhduong-tanuyen-khu-pho-ap-cds", kind="target", year=2025, NOT=["đạt «100% tiêu"], records=[
    R("chọn từ «1 đến", "Mỗi xã, phường chọn khu phố, ấp làm điểm triển khai mô hình", "between", 1, **CNT, value_max=2),
    R("ít nhất «1 khu", "mỗi xã, phường có khu phố, ấp đạt tiêu chí đánh giá chuyển đổi số", ">=", 1, **CNT),
])

# --------------------------------------------------------------------------
# 07 TP.HCM (nld.com.vn, 2026-02, after the merger): a precision text. One
# target: "Đảm bảo cơ bản 100% công dân, doanh nghiệp, ... được cấp thẻ Căn
# cước, cấp và kích hoạt tài khoản định danh điện tử (VNeID) và cài đặt ứng
# dụng ..." by "Quý II/2026" (2026; bare → >=; several measures at once → id
# null). "4 yếu tố cốt lõi", "2 giai đoạn", "giai đoạn 1/2" and the quarters
# are no quantities.
# --------------------------------------------------------------------------
D07 = dict(name="07_hcm-cong-dan-so-2026", kind="target", year=2026, records=[
    R("cơ bản «100% công", "công dân, doanh nghiệp, hợp tác xã, cơ quan, tổ chức đủ điều kiện được cấp thẻ Căn cước, cấp và kích hoạt tài khoản định danh điện tử (VNeID) và cài đặt ứng dụng Công dân số Thành phố",
      ">=", 100),
])

# --------------------------------------------------------------------------
# 08 Thanh Hóa, phường Hạc Thành (baothanhhoa.vn, 2025-12, a ward formed at
# the merger): results of 2025 (the date line). The steering committee's "19
# thành viên" and its working group's "15 thành viên" are the make-up of a
# committee (like the parts of an index, spec): not recorded. The community
# teams (125), the residential groups that have one (125) and their members
# (375) are counts; "100% tổ dân phố" reached by fibre, mobile coverage
# "đạt 100%". The ward is the document's own place → no place field.
# --------------------------------------------------------------------------
D08 = dict(name="08_thanhhoa-phuong-hac-thanh-2025", kind="result", year=2025, records=[
    R("thành lập «125 tổ công", "tổ công nghệ số cộng đồng", "=", 125, **CNT, iid="aware.community_digital_teams_count"),
    R("ở «125 tổ dân", "tổ dân phố có tổ công nghệ số cộng đồng", "=", 125, **CNT),
    R("với «375 thành", "thành viên tổ công nghệ số cộng đồng", "=", 375, **CNT,
      iid="aware.community_digital_team_members_count"),
    R("đến «100% tổ", "mạng cáp quang băng thông rộng đã được triển khai rộng khắp đến tổ dân phố", "=", 100,
      iid="infra.fibre_village_coverage_share"),
    R("đạt «100%", "tỷ lệ dân số được phủ sóng thông tin di động", "=", 100, iid="infra.mobile_population_coverage_share"),
])

# --------------------------------------------------------------------------
# 09 TP.HCM (thesaigontimes.vn, no date line): Đề án 06 results "Tính đến
# ngày 1-3" of the year the directive names ("trong tháng 4-2023") → 2023.
# Accounts issued, activated, and the activation share (of accounts, not of
# people → id null). "4-2023", "1-3" dates.
# --------------------------------------------------------------------------
D09 = dict(name="09_hcm-dinh-danh-dien-tu-2023", kind="result", year=2023, records=[
    R("cấp «1.497.360", "tài khoản định danh điện tử TPHCM đã cấp", "=", 1497360, **CNT),
    R("có «304.191", "tài khoản được kích hoạt thành công", "=", 304191, **CNT),
    R("tỉ lệ «20,3%", "tài khoản được kích hoạt thành công", "=", 20.3),
])

# --------------------------------------------------------------------------
# 10 TP.HCM (dantocmiennui.vn, no date line): the smart-city project. The
# heading "Xây dựng các trụ cột của đô thị thông minh" sets smart_city for
# what stands under it. "trong năm 2019 ... đã dành 500 tỷ đồng" money
# (result, 2019, unit other "đồng", 500e9, inst.dx_funding_amount). "tiết
# kiệm 40% chi phí in ấn" is a result stated as a change against the former
# cost (spec: no quantity) → NOT. "Giai đoạn 1" a name.
# --------------------------------------------------------------------------
D10 = dict(name="10_hcm-do-thi-thong-minh-2019", kind="result", year=2019, NOT=["tiết kiệm «40%"], records=[
    R("dành «500 tỷ", "Ban điều hành Đề án đã dành để thực hiện các nhiệm vụ trọng tâm của đề án", "=", 500e9,
      unit="other", unit_text="đồng", pillar=SMART, iid="inst.dx_funding_amount"),
])

# --------------------------------------------------------------------------
# 11 National (dx.gov.vn, no date line): results of the first 6 months of
# 2023 (2023) under pillar headings "1. VỀ THỂ CHẾ SỐ" (digital_institutions)
# and "2. VỀ HẠ TẦNG SỐ" (digital_infrastructure). "6 kết quả", "6 tháng" a
# list's size and a duration; "Kỳ họp thứ 5", "khóa XV" names; "22/6/2023" a
# date. The law's reach "139 văn bản ..., gồm 11 ..., 26 luật, 113 ...": one
# record per number (a breakdown by kind, spec). Speeds in Mbps (unit
# other), world averages recorded as values stated; "tăng 29,98% / 33,95% so
# với cùng kỳ năm 2022" changes → NOT; "xếp thứ 42 / 47" ranks (=). Villages
# covered "2.416/3.924" (numerator; 3.924 the denominator) and the two kinds
# of villages "2.418 ... giai đoạn 2021- 2022" and "1.506 ... giai đoạn
# 2022-2023": year 2023 for all (the report's period; the spans name when
# the villages were listed). "9 doanh nghiệp ... trung tâm" is cut by the
# page: worded as stored.
# --------------------------------------------------------------------------
D11 = dict(name="11_quocgia-sau-thang-2023-tru-cot", kind="result", year=2023,
           NOT=["tăng «29,98%", "tăng «33,95%"], records=[
    R("đến «139 văn", "văn bản quy phạm pháp luật còn hiệu lực Luật Giao dịch điện tử (sửa đổi) có tác động", "=", 139,
      **CNT, pillar=INST),
    R("gồm «11 văn", "văn bản điều ước quốc tế", "=", 11, **CNT, pillar=INST),
    R("«26 luật", "luật", "=", 26, **CNT, pillar=INST),
    R("«113 văn", "văn bản hướng dẫn các cấp", "=", 113, **CNT, pillar=INST),
    R("đạt «93,31", "Tốc độ truy cập mạng băng rộng cố định", "=", 93.31, unit="other", unit_text="Mbps",
      pillar=INFRA, iid="infra.fixed_broadband_speed"),
    R("xếp thứ «42", "Tốc độ truy cập mạng băng rộng cố định xếp thứ", "=", 42, **RANK, pillar=INFRA),
    R("là «79,28", "trung bình thế giới tốc độ truy cập mạng băng rộng cố định", "=", 79.28, unit="other",
      unit_text="Mbps", pillar=INFRA),
    R("đạt «47,27", "Tốc độ truy cập mạng băng rộng di động", "=", 47.27, unit="other", unit_text="Mbps",
      pillar=INFRA, iid="infra.mobile_broadband_speed"),
    R("xếp thứ «47", "Tốc độ truy cập mạng băng rộng di động xếp thứ", "=", 47, **RANK, pillar=INFRA),
    R("là «42,3", "trung bình thế giới tốc độ truy cập mạng băng rộng di động", "=", 42.3, unit="other",
      unit_text="Mbps", pillar=INFRA),
    R("được «2.416/", "thôn lõm sóng viễn thông được phủ sóng", "=", 2416, **CNT, pillar=INFRA),
    R("có «2.418", "thôn lõm sóng giai đoạn 2021- 2022", "=", 2418, **CNT, pillar=INFRA),
    R("mới «1.506", "thôn lõm sóng phát sinh mới giai đoạn 2022-2023", "=", 1506, **CNT, pillar=INFRA),
    R("có «9 doanh", "doanh nghiệp cung cấp dịch vụ trung tâm", "=", 9, **CNT, pillar=INFRA,
      note="the page breaks off after 'dịch vụ trung tâm'; worded as stored"),
])

# --------------------------------------------------------------------------
# 12 National (baogialai.com.vn, 2023-12): the ministry's report at the end
# of 2023 (2023). "đặt ra 62 mục tiêu" counts the targets set (a plan's
# structure, not recorded); the targets reached / likely / at risk (18, 27,
# 17) and their shares in brackets (29%, 43,5%, 27,5%) are results (spec:
# a bracket that states a value). "tăng 2 bậc so với năm 2022", "tăng 1 cấp
# so với ..." changes (no quantity); "Ở cả 2 chỉ số này" and "2 năm liên tiếp
# (2022-2023)" no quantities. "cấp độ 6/10" a level (unit other, "cấp độ";
# 10 the scale). "đều xếp thứ hạng 46": one value stated for two indices →
# one record (id null). "trong nhóm 50 nước dẫn đầu" rank <= (spec).
# "dự báo đạt 0,75" an estimate (=). "gấp 3,5 lần" and "gấp 3 lần" ratios to
# GDP growth (unit other, "lần"). "khoảng 20%/năm" ~ (the growth of the
# digital economy). "hơn 1.500 doanh nghi" is cut by the page.
# --------------------------------------------------------------------------
D12 = dict(name="12_quocgia-62-muc-tieu-2023", kind="result", year=2023, records=[
    R("nay, «18 mục", "mục tiêu đã hoàn thành", "=", 18, **CNT),
    R("(đạt «29%", "mục tiêu đã hoàn thành", "=", 29),
    R("«27 mục", "mục tiêu có khả năng hoàn thành cao", "=", 27, **CNT),
    R("(chiếm «43,5%", "mục tiêu có khả năng hoàn thành cao", "=", 43.5),
    R("«17 mục", "mục tiêu cần phải nỗ lực tập trung mới có thể hoàn thành đúng hạn", "=", 17, **CNT),
    R("(chiếm «27,5%", "mục tiêu cần phải nỗ lực tập trung mới có thể hoàn thành đúng hạn", "=", 27.5),
    R("cấp độ «6/10", "chỉ số Bưu chính đạt cấp độ", "=", 6, unit="other", unit_text="cấp độ"),
    R("thứ hạng «46", "Ở cả chỉ số này, Việt Nam đều xếp thứ hạng", "=", 46, **RANK),
    R("nhóm «50 nước", "Việt Nam duy trì trong nhóm nước dẫn đầu", "<=", 50, **RANK),
    R("đạt «0,75", "Chỉ số chuyển đổi số quốc gia của Việt Nam", "=", 0.75, **VAL),
    R("gấp «3,5 lần", "tốc độ phát triển kinh tế số của Việt Nam cao gấp tốc độ tăng trưởng GDP", "=", 3.5,
      unit="other", unit_text="lần"),
    R("đạt «16,5%", "tỷ trọng kinh tế số trong GDP Việt Nam", "=", 16.5, iid=GDP),
    R("khoảng «20%/năm", "tốc độ phát triển kinh tế số của nước ta", "~", 20, iid="econ.digital_economy_growth"),
    R("gấp «3 lần", "tốc độ phát triển kinh tế số gấp tốc độ tăng trưởng GDP", "=", 3, unit="other", unit_text="lần"),
    R("hơn «1.500", "doanh nghi", ">", 1500, **CNT, note="the page breaks off after 'doanh nghi'; worded as stored"),
])

# --------------------------------------------------------------------------
# 13 National steering committee (cafef.vn, 2025-08, after the merger): a
# precision text. Its one quantity is the aim "tăng trưởng GDP năm 2025 đạt
# từ 8,3 - 8,5%" (target, between, 2025; a target stated in the DX steering
# committee's conclusions, id null). Document numbers (408/TB-VPCP,
# 57-NQ/TW, 71/NQ-CP), "8/8/2025", "Đề án 06", "6 tháng", "lần thứ ba" and
# the list marks "(1)" "(2)" "(3)" are no quantities.
# --------------------------------------------------------------------------
D13 = dict(name="13_quocgia-bcd-sau-thang-2025", kind="target", year=2025, records=[
    R("đạt từ «8,3 -", "tăng trưởng GDP", "between", 8.3, value_max=8.5),
])

# --------------------------------------------------------------------------
# 14 Hà Nội (phapluatxahoi.kinhtedothi.vn, a tag page, no date): the aim "trở
# thành 1 trong 5 địa phương dẫn đầu cả nước về chuyển đổi số", in the
# heading and again in the body with "vào năm 2025": a rank target (a group,
# op <=, value 5; "1 trong" is the wording of membership, not recorded).
# Both take 2025 (the heading restates the body's target).
# --------------------------------------------------------------------------
D14 = dict(name="14_hanoi-top-5-2025", kind="target", year=2025, records=[
    R("Hướng tới mục tiêu trở thành 1 trong «5", "Hà Nội trở thành địa phương dẫn đầu cả nước về chuyển đổi số", "<=", 5,
      **RANK, iid=DTI_R),
    R("để hướng tới mục tiêu trở thành 1 trong «5", "Hà Nội trở thành địa phương dẫn đầu cả nước về chuyển đổi số và xây dựng chính quyền điện tử",
      "<=", 5, **RANK),
])

# --------------------------------------------------------------------------
# 15 Hà Nội (vtvgo.vn, a video page, no date): an Đề án 06 target "50% số
# dân cư trú từ 14 tuổi trở lên ... phải được cấp căn cước công dân điện tử"
# by "ngày 1/5 năm nay" — the year is not said → null. "14 tuổi" a
# threshold inside the subject.
# --------------------------------------------------------------------------
D15 = dict(name="15_hanoi-cccd-muc-tieu", kind="target", year=None, records=[
    R("«50% số", "số dân cư trú từ 14 tuổi trở lên phải được cấp căn cước công dân điện tử", ">=", 50,
      iid="society.chip_id_cards_share"),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14, D15]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
