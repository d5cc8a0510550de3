#!/usr/bin/env python3
"""Build ./gold/*.jsonl for set185 by hand: every record written below with a `«` locator (the text
before and after the number's first character; the locator must occur once in the text); anchors and
clause spans are computed by ../goldkit.py.

Theme: like the seed articles, news about one province's digital-transformation plan listing its
targets by pillar and the next year's reports of what was reached, 2021-2026, from the provinces least
used by earlier sets (Long An, Kiên Giang, Bình Dương, Nam Định, Hà Nam, Yên Bái, Cao Bằng, Lai Châu,
and the merged Ninh Bình of mid-2025). Two precision texts (10, 11).

NOT lists the numbers a document deliberately leaves without a record (percentages that are not
quantities under the contract: completion against a plan); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue indicator
it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README). As in
set10-set184, the id is given in the record itself (`iid=`).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, CNT, RANK, T, GOV, SOC  # noqa: E402

DONG = dict(unit="other", unit_text="đồng")
DTI = "dti.provincial_rank"
MEMBERS = "aware.community_digital_team_members_count"

# --------------------------------------------------------------------------
# 01 Long An and Kiên Giang, first results of digital transformation (dientuungdung.vn; cut: the title
# printed again under the image, twice, each with its blank line, and the photo caption "Mô hình Chuyển
# đổi Số của tỉnh Long An tại không gian trưng bày ... tháng 7/2023/ (Nguồn: Chuyển đổi Số Long An)"
# with its blank line; no byline, no stamp; the excerpt ends in "một cách hi"). Results; year null where
# the text names no year of measurement ("Tính đến thời điểm hiện tại"; the sentence about the teams says
# only since when they work, "được triển khai từ tháng 5-2022"). Pillar null (no heading). "hơn 5.500
# thành viên từ 996 tổ công nghệ số cộng đồng" (the teams' members, >, and the teams, =; counts, ids
# aware.community_digital_team_members_count and aware.community_digital_teams_count); "từ vị trí 16/63
# tỉnh thành trên cả nước năm 2021 lên vị trí 10/63 năm 2022" (two DTI ranks, =, each with its own year,
# as set149's "từ vị trí 99 lên vị trí 86": the earlier place is a value with its year, not a change);
# "đảm bảo 100% thủ tục hành chính có thể được tiếp nhận trực tuyến" (=, year null; id null: procedures
# that can be received online is neither the catalogue's full nor its partial online-service share).
# Not quantities: "hơn 1.000 tổ công nghệ số cộng đồng" (the participants of an exhibition and meeting,
# the spec's "với sự tham dự của hơn 50 cơ quan báo chí"), "ngày 10-10", "tháng 5-2022" (dates), "năm
# 2021", "năm 2022" (the ranks' years), the denominators "/63".
# --------------------------------------------------------------------------
D01 = dict(name="01_longan-kiengiang-to-cong-nghe-so-dti", kind="result", year=None, records=[
    R("của hơn «5.500 thành viên", "thành viên tổ công nghệ số cộng đồng", ">", 5500, **CNT, iid=MEMBERS),
    R("từ «996 tổ", "tổ công nghệ số cộng đồng", "=", 996, **CNT, iid="aware.community_digital_teams_count"),
    R("vị trí «16/63", "chỉ số chuyển đổi số (DTI) của tỉnh vị trí tỉnh thành trên cả nước", "=", 16, **RANK,
      year=2021, iid=DTI),
    R("vị trí «10/63", "chỉ số chuyển đổi số (DTI) của tỉnh vị trí", "=", 10, **RANK, year=2022, iid=DTI),
    R("đảm bảo «100% thủ tục", "thủ tục hành chính có thể được tiếp nhận trực tuyến", "=", 100),
])

# --------------------------------------------------------------------------
# 02 Long An, the provincial party congress's targets to 2025 (baoxuan.vov.vn, a tag page listing one
# VOV article; cut: the empty first line; no byline, no stamp). Targets of 2025 ("giai đoạn 2021 -
# 2025", "đến năm 2025"). Pillar null. "tăng trưởng kinh tế (GRDP) bình quân 5 năm giai đoạn 2021 - 2025
# đạt 9,2-10%" (between 9.2 and 10, %); "GRDP bình quân đầu người đạt 115-120 triệu đồng" (between, other
# "đồng", 115e6-120e6, the dotted-or-magnitude range form goldcheck tolerates). Ids null (the catalogue
# has no GRDP growth or GRDP per head). Not a quantity: "17 chỉ tiêu" (a count of targets, the spec's
# counts of tasks), "5 năm" (a duration), the title's "2025".
# --------------------------------------------------------------------------
D02 = dict(name="02_longan-nghi-quyet-grdp-2025", kind="target", year=2025, records=[
    R("đạt «9,2-10%", "tăng trưởng kinh tế (GRDP) bình quân 5 năm giai đoạn 2021 - 2025", "between", 9.2, value_max=10),
    R("đạt «115-120 triệu", "GRDP bình quân đầu người", "between", 115e6, value_max=120e6, **DONG),
])

# --------------------------------------------------------------------------
# 03 Bình Dương, Resolution 05-NQ/TU on digital transformation to 2025 (lhhkhktbinhduong.vn, 30 May
# 2022 in the title line; nothing cut; the excerpt ends in "dựa trên dữ liệu"). Targets; year 2025 for
# the list "đặt ra mục tiêu đến năm 2025", 2023 for "phấn đấu đến năm 2023, hoàn thành 100% số hóa",
# 2030 for the last paragraph ("Đến năm 2030"). Pillar: the lead-in "Về phát triển chính quyền số, ..."
# opens the paragraph's list, digital_government for its five records (the 2023 one included: same
# sentence chain, no new heading); the paragraph "Đến năm 2030, ..." names no pillar and stands under no
# heading: null (spec). "thông qua môi trường mạng có 100% hồ sơ ở cấp tỉnh, huyện, xã được xử lý" (one
# value for all levels, scope null, spec; egov.work_records_online_share); "hoạt động kiểm tra của cơ quan
# quản lý nhà nước đạt tối thiểu 50%" (>=; egov.digital_inspections_share); "100% cán bộ, đảng viên, công
# chức, viên chức được tổ chức tập huấn, bồi dưỡng định kỳ về chuyển đổi số"
# (hr.civil_servants_dx_trained_share); "80% thủ tục hành chính được thực hiện chuyển đổi số hoàn toàn
# quy trình xử lý, tác nghiệp" (id null: a redesigned internal process is none of the catalogue's
# online-service shares); "100% số hóa, ký số và lưu trữ điện tử đối với hồ sơ, giấy tờ, kết quả giải
# quyết thủ tục hành chính" (egov.digitised_procedure_results_share); "100% thủ tục hành chính công được
# cung cấp trực tuyến mức độ 4" (egov.full_online_services_share); "tăng 30% dịch vụ sáng tạo dựa trên dữ
# liệu" (a target stated as a change: >=, spec; data.data_driven_services_growth). All bare targets >=.
# Not quantities: "30/05/2022" (a date), "05-NQ/TU" (a document number), "năm 2024" (no figure), the
# years of the title and the lead, "mức độ 4" (a level's name).
# --------------------------------------------------------------------------
D03 = dict(name="03_binhduong-nq05-chinh-quyen-so-2025", kind="target", year=2025, records=[
    R("có «100% hồ sơ", "hồ sơ ở cấp tỉnh, huyện, xã được xử lý thông qua môi trường mạng", ">=", 100, pillar=GOV,
      iid="egov.work_records_online_share"),
    R("tối thiểu «50%", "hoạt động kiểm tra của cơ quan quản lý nhà nước thông qua môi trường mạng", ">=", 50,
      pillar=GOV, iid="egov.digital_inspections_share"),
    R("; «100% cán bộ", "cán bộ, đảng viên, công chức, viên chức được tổ chức tập huấn, bồi dưỡng định kỳ về chuyển "
      "đổi số", ">=", 100, pillar=GOV, iid="hr.civil_servants_dx_trained_share"),
    R("; «80% thủ tục", "thủ tục hành chính được thực hiện chuyển đổi số hoàn toàn quy trình xử lý, tác nghiệp",
      ">=", 80, pillar=GOV),
    R("hoàn thành «100% số hóa", "số hóa, ký số và lưu trữ điện tử đối với hồ sơ, giấy tờ, kết quả giải quyết thủ "
      "tục hành chính", ">=", 100, year=2023, pillar=GOV, iid="egov.digitised_procedure_results_share"),
    R("2030, «100% thủ tục", "thủ tục hành chính công được cung cấp trực tuyến mức độ 4", ">=", 100, year=2030,
      iid="egov.full_online_services_share"),
    R("tăng «30% dịch vụ", "dịch vụ sáng tạo dựa trên dữ liệu", ">=", 30, year=2030,
      iid="data.data_driven_services_growth"),
])

# --------------------------------------------------------------------------
# 04 Bình Dương, digital transformation in 2023 and the 2024 plan (m.btv.org.vn, the provincial
# broadcaster's video page; cut: the date line "04/07/2024" written as the first line `date
# 2024-07-04`, and the view counter "Lượt xem: 304", with the blank line after them). Results of 2023
# (the rankings the paragraph on 2023 reports; a judgement: the page of July 2024 reports the 2023
# assessment). Pillar null. "xếp hạng 02/63 tỉnh thành về mức độ hài lòng của người dân, doanh nghiệp về
# chất lượng cung cấp dịch vụ công trực tuyến" (rank =, 2; id null: neither SIPAS nor the service index
# exactly), "xếp hạng 19/63 tỉnh thành về Bộ chỉ số đánh giá chuyển đổi số DTI" (rank =, 19;
# dti.provincial_rank). Not quantities: "Năm 2023", "năm 2024", "năm 2025", "năm 2030" (years), "5
# năm" (a duration), "05-NQ/TU" (a document number), the denominators "/63".
# --------------------------------------------------------------------------
D04 = dict(name="04_binhduong-ket-qua-2023-dti", kind="result", year=2023, records=[
    R("xếp hạng «02/63", "mức độ hài lòng của người dân, doanh nghiệp về chất lượng cung cấp dịch vụ công trực "
      "tuyến xếp hạng tỉnh thành", "=", 2, **RANK),
    R("xếp hạng «19/63", "Bộ chỉ số đánh giá chuyển đổi số DTI xếp hạng tỉnh thành", "=", 19, **RANK, iid=DTI),
])

# --------------------------------------------------------------------------
# 05 Bình Dương, digital transformation from government to businesses and people (bnews.vn; cut: the
# byline time and date "21:37' - 17/06/2024", written as the first line `date 2024-06-17`; a line holding
# one space between two blank lines is kept as returned; the excerpt ends in "dịch vụ công trực").
# Results of 2024 (the byline). Pillar: the paragraph "Về xã hội số, ..." opens with a lead-in naming a
# pillar: digital_society for its four records; the paragraph before names none: null. "trong đó có
# 7.000 doanh nghiệp trong lĩnh vực công nghệ thông tin" (=, count; econ.digital_tech_enterprises_count,
# a judgement: IT businesses as the province's digital-technology businesses); "tỉ lệ doanh nghiệp tham
# gia công nghệ thông tin là 10,3% trong tổng số doanh nghiệp" (=; id null); "Tỉ lệ thương mại điện tử
# bình quân là 8%" (=; id null: the text does not say of what, retail or business); "1,76 triệu dân đã
# kích hoạt tài khoản định danh điện tử mức 2" (=, count 1.76e6; society.eid_accounts_activated_count),
# its "chiếm 92% dân số trưởng thành có điện thoại thông minh" (=; society.eid_users_share, a judgement on
# the denominator), "83,6% hộ gia đình phủ mạng Internet băng rộng" (=; infra.fibre_household_coverage_share,
# whose wordings hold "hộ dân được phủ sóng Internet băng rộng"), "4.500 thành viên tham gia các Tổ công
# nghệ số cộng đồng" (=; aware.community_digital_team_members_count). Not quantities: "khoảng 68.000
# doanh nghiệp hoạt động" (the size of the province's business sector, set111's "35 nghìn doanh nghiệp
# hoạt động"), "mức 2" (a level's name), "tháng 5/2024" (a date).
# --------------------------------------------------------------------------
D05 = dict(name="05_binhduong-xa-hoi-so-2024", kind="result", year=2024, records=[
    R("có «7.000 doanh", "doanh nghiệp trong lĩnh vực công nghệ thông tin", "=", 7000, **CNT,
      iid="econ.digital_tech_enterprises_count"),
    R("là «10,3% trong", "tỉ lệ doanh nghiệp tham gia công nghệ thông tin trong tổng số doanh nghiệp", "=", 10.3),
    R("bình quân là «8%", "Tỉ lệ thương mại điện tử bình quân", "=", 8),
    R("có «1,76 triệu dân", "dân đã kích hoạt tài khoản định danh điện tử mức 2", "=", 1.76e6, **CNT, pillar=SOC,
      iid="society.eid_accounts_activated_count"),
    R("chiếm «92% dân", "dân số trưởng thành có điện thoại thông minh đã kích hoạt tài khoản định danh điện tử mức 2",
      "=", 92, pillar=SOC, iid="society.eid_users_share"),
    R("; «83,6% hộ", "hộ gia đình phủ mạng Internet băng rộng", "=", 83.6, pillar=SOC,
      iid="infra.fibre_household_coverage_share"),
    R("có «4.500 thành viên", "thành viên tham gia các Tổ công nghệ số cộng đồng", "=", 4500, **CNT, pillar=SOC,
      iid=MEMBERS),
])

# --------------------------------------------------------------------------
# 06 Nam Định, digital transformation in building new-style rural areas (vietnamnet.vn; cut: the image's
# file name "anh-chup-man-hinh-2023-12-04-luc-104120-1.png" and the photo caption "Xã Trực Tuấn, huyện
# Trực Ninh thực hiện cấp mã định danh cho người dân." with the blank line after it; no byline, no stamp;
# the excerpt ends in "được các " with its trailing space, kept). Results, year null: the text names no
# year of measurement ("giai đoạn 2021 - 2025" is the programme's period; the cut file name's date is not
# text). Pillar null. "đường truyền băng thông rộng từ 100 Mbps trở lên tại bộ phận một cửa của UBND xã,
# trạm y tế xã, nhà văn hóa thôn/xóm" (result, >=, other "Mbps": the lines installed; id null: not the
# province's measured fixed-broadband speed); "Hiện nhiều xã ... đã thực hiện công khai 100% thủ tục hành
# chính trên môi trường điện tử" (=; id null); "Tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến mức
# độ 3, mức độ 4 trên tổng số hồ sơ giải quyết thủ tục hành chính đạt trên 60%" (>;
# egov.online_applications_share). Not quantities: "140/KH-UBND" (a document number), "mức độ 3, mức độ
# 4" (levels' names), "2021 - 2025" (years).
# --------------------------------------------------------------------------
D06 = dict(name="06_namdinh-nong-thon-moi-so", kind="result", year=None, records=[
    R("từ «100 Mbps", "đường truyền băng thông rộng mạng Internet có hệ thống wifi phát miễn phí tại bộ phận một cửa "
      "của UBND xã, trạm y tế xã, nhà văn hóa thôn/xóm", ">=", 100, unit="other", unit_text="Mbps"),
    R("công khai «100% thủ tục", "thủ tục hành chính công khai trên môi trường điện tử", "=", 100),
    R("đạt trên «60%", "Tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến mức độ 3, mức độ 4 trên tổng số hồ sơ "
      "giải quyết thủ tục hành chính", ">", 60, iid="egov.online_applications_share"),
])

# --------------------------------------------------------------------------
# 07 Hà Nam, the provincial master plan 2021-2030 (nvsk.vnanet.vn, an infographic page of the national
# news agency; cut: the widget lines "Nhân vật liên quan" and "• Ủy viên Trung ương Đảng; Phó Thủ tướng
# Chính phủ; nước CHXHCN Việt NamTrần Hồng Hà", each with its blank line; the dateline "(TTXVN
# 28/2/2024)" stands in the text and is kept). Targets of 2030 ("phấn đấu đến năm 2030"). Pillar null.
# "tốc độ tăng trưởng kinh tế (GRDP) bình quân giai đoạn 2021-2030 đạt khoảng 11,2%/năm" (~, %); "GRDP
# bình quân đầu người đạt trên 230 triệu đồng" (>, other "đồng", 230e6). Ids null. Not quantities:
# "2021-2030", "năm 2050", "28/2/2024" (years and a date).
# --------------------------------------------------------------------------
D07 = dict(name="07_hanam-quy-hoach-2030", kind="target", year=2030, records=[
    R("khoảng «11,2%", "tốc độ tăng trưởng kinh tế (GRDP) bình quân giai đoạn 2021-2030", "~", 11.2),
    R("trên «230 triệu", "GRDP bình quân đầu người", ">", 230e6, **DONG),
])

# --------------------------------------------------------------------------
# 08 Ninh Bình after the merger of Hà Nam, Nam Định and Ninh Bình (tienphong.vn; the crawler's stamp "
# date 2025-08" written as the first line, the title following on the second; cut: the photo caption
# "Chủ tịch UBND tỉnh Ninh Bình Phạm Quang Ngọc chủ trì phiên họp." with its blank line; the excerpt ends
# in "Để thực"). A review of the merged province, not a DT plan: its figures are the economy's, kept as
# quantities under the contract. Title target "Ninh Bình đặt mục tiêu thu ngân sách 100.000 tỷ đồng hậu
# sáp nhập" (target, bare: >=, other "đồng", 1e14; year 2025, the stamp's: the title names no year, a
# judgement, the term "2025-2030" being the resolution's, not the target's). Results of 2025 (the review
# of "giai đoạn 2020-2025", "năm 2025 ước đạt"): "Tốc độ tăng trưởng GRDP bình quân đạt 9,26%" (=),
# "GRDP bình quân đầu người năm 2025 ước đạt gần 90 triệu đồng" (~, other "đồng"), "tỷ trọng công nghiệp
# và dịch vụ chiếm khoảng 91% GRDP" (~), "thu ngân sách toàn vùng ước đạt hơn 62.000 tỷ đồng" (>, other
# "đồng", 6.2e13), "tỷ lệ hộ nghèo dưới 1%" (<), "Du lịch toàn vùng đón trung bình trên 11 triệu lượt
# khách/năm" (>, count 11e6, as set13's "đón trên 2,2 triệu lượt khách"; year 2025, a judgement: an
# average of the period the review closes). Ids null. Pillar null. Not quantities: "44 tổ chức cơ sở
# đảng", "hơn 15.000 đảng viên" (the make-up of the new party organisation), "ba tỉnh" (a word),
# "2025-2030", "năm 2035", "2020-2025" (years).
# --------------------------------------------------------------------------
D08 = dict(name="08_ninhbinh-hop-nhat-ngan-sach-2025", kind="result", year=2025, records=[
    R("thu ngân sách «100.000 tỷ", "thu ngân sách", ">=", 1e14, **DONG, **T),
    R("bình quân đạt «9,26%", "Tốc độ tăng trưởng GRDP bình quân", "=", 9.26),
    R("đạt gần «90 triệu", "GRDP bình quân đầu người", "~", 90e6, **DONG),
    R("khoảng «91% GRDP", "tỷ trọng công nghiệp và dịch vụ GRDP", "~", 91),
    R("hơn «62.000 tỷ", "thu ngân sách toàn vùng", ">", 6.2e13, **DONG),
    R("dưới «1%", "tỷ lệ hộ nghèo", "<", 1),
    R("trên «11 triệu lượt", "lượt khách Du lịch toàn vùng đón trung bình", ">", 11e6, **CNT),
])

# --------------------------------------------------------------------------
# 09 Yên Bái, results of digital transformation in 2023 (thanhtra.com.vn; nothing cut; no byline, no
# stamp; the excerpt opens with a subheading and ends in "mục tiê"). Results of 2023 ("Năm 2023";
# "Đến nay" and "Trong năm" continue the same year's report). Pillar null: the subheading "Hoàn thành
# 32/35 mục tiêu nhiệm vụ CĐS" names no pillar, and "tỷ trọng kinh tế số" is an indicator, not a
# lead-in. Records: "771 tổ CĐS cộng đồng thôn, bản, tổ dân phố và 59 công chức, viên chức làm nhiệm vụ
# CĐS ... đã được thụ hưởng chính sách hỗ trợ của tỉnh với tổng kinh phí trên 3,6 tỷ đồng" (=, two
# counts of beneficiaries, ids null: teams supported, not teams set up; the money >, other "đồng",
# 3.6e9, inst.dx_funding_amount, a judgement: the province's funding of its DT support policy); "57%
# người dân trưởng thành cài đặt và sử dụng nền tảng Công dân số" (platforms.citizen_app_users_share);
# "tỷ lệ đảng viên có tài khoản sử dụng nền tảng ứng dụng Sổ tay đảng viên điện tử đạt 82,4%"
# (society.party_members_e_handbook_share); "tỷ trọng kinh tế số toàn tỉnh đạt 12,20% GRDP"
# (econ.digital_economy_gdp_share); "tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt 50%"
# (econ.e_contract_enterprises_share); "100% sản phẩm OCOP, sản phẩm chủ lực ... được đưa lên các sàn
# thương mại điện tử" (econ.ocop_products_ecommerce_share); "100% cơ sở dữ liệu (CSDL) chuyên ngành ...
# được kết nối liên thông với Cổng Dịch vụ công của tỉnh" (id null); "80% TTHC được cung cấp dưới dạng
# dịch vụ công trực tuyến" (egov.level3_4_online_services_share: online services full or partial, a
# judgement); "100% kết quả giải quyết TTHC được số hóa" (egov.digitised_procedure_results_share); "30%
# hồ sơ TTHC được thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trên tổng số giao dịch thanh toán
# của dịch vụ công" (egov.online_payment_share); "đã xóa được 34 vùng lõm sóng di động 4G" (=, count;
# infra.signal_gap_villages_covered_count, whose wordings hold "xóa vùng lõm sóng tại thôn, bản"); "tỷ lệ
# thôn/bản/tổ dân phố phủ sóng băng rộng di động đạt 98%" (infra.mobile_village_coverage_share), "...
# có Internet băng rộng cố định đạt 95%" (infra.fibre_village_coverage_share). NOT: "(đạt 91,4%)" and
# "(đạt 91%)" (completion of the year's targets and tasks against the plan). Not quantities: "32/35 mục
# tiêu" (twice), "101/111 nhiệm vụ", "2/3 nhóm chính sách" (counts of targets, tasks and policy groups,
# spec and set15's and set19's rule), "Nghị quyết số 60" (a name), "4G" (a name), "Năm 2023" (twice).
# --------------------------------------------------------------------------
D09 = dict(name="09_yenbai-ket-qua-cds-2023", kind="result", year=2023, records=[
    R("với «771 tổ", "tổ CĐS cộng đồng thôn, bản, tổ dân phố được thụ hưởng chính sách hỗ trợ của tỉnh", "=", 771,
      **CNT),
    R("và «59 công chức", "công chức, viên chức làm nhiệm vụ CĐS được thụ hưởng chính sách hỗ trợ của tỉnh", "=", 59,
      **CNT),
    R("kinh phí trên «3,6 tỷ", "tổng kinh phí chính sách hỗ trợ thực hiện nhiệm vụ CĐS", ">", 3.6e9, **DONG,
      iid="inst.dx_funding_amount"),
    R("có «57% người", "người dân trưởng thành cài đặt và sử dụng nền tảng Công dân số (YenBai- S)", "=", 57,
      iid="platforms.citizen_app_users_share"),
    R("đạt «82,4%", "tỷ lệ đảng viên có tài khoản sử dụng nền tảng ứng dụng Sổ tay đảng viên điện tử", "=", 82.4,
      iid="society.party_members_e_handbook_share"),
    R("đạt «12,20%", "tỷ trọng kinh tế số toàn tỉnh GRDP", "=", 12.2, iid="econ.digital_economy_gdp_share"),
    R("điện tử đạt «50%", "tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử", "=", 50,
      iid="econ.e_contract_enterprises_share"),
    R("; «100% sản phẩm OCOP", "sản phẩm OCOP, sản phẩm chủ lực của tỉnh được đưa lên các sàn thương mại điện tử",
      "=", 100, iid="econ.ocop_products_ecommerce_share"),
    R("có «100% cơ sở", "cơ sở dữ liệu (CSDL) chuyên ngành của các cơ quan, đơn vị có nhu cầu được kết nối liên thông "
      "với Cổng Dịch vụ công của tỉnh", "=", 100),
    R("; «80% TTHC", "TTHC được cung cấp dưới dạng dịch vụ công trực tuyến", "=", 80,
      iid="egov.level3_4_online_services_share"),
    R("; «100% kết quả", "kết quả giải quyết TTHC được số hóa", "=", 100, iid="egov.digitised_procedure_results_share"),
    R("; «30% hồ sơ", "hồ sơ TTHC được thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trên tổng số giao dịch "
      "thanh toán của dịch vụ công", "=", 30, iid="egov.online_payment_share"),
    R("xóa được «34 vùng", "vùng lõm sóng di động 4G đã xóa", "=", 34, **CNT,
      iid="infra.signal_gap_villages_covered_count"),
    R("di động đạt «98%", "tỷ lệ thôn/bản/tổ dân phố phủ sóng băng rộng di động", "=", 98,
      iid="infra.mobile_village_coverage_share"),
    R("cố định đạt «95%", "tỷ lệ thôn/bản/tổ dân phố có Internet băng rộng cố định", "=", 95,
      iid="infra.fibre_village_coverage_share"),
], NOT=["(đạt «91,4%)", "(đạt «91%)"])

# --------------------------------------------------------------------------
# 10 Cao Bằng, digital transformation tied to administrative reform (vietnamnet.vn; nothing cut; no
# byline, no stamp; the excerpt ends in "sự hài lòng của"). Precision text: no record. Numbers that are
# not quantities: "06-NQ/TU" (a document number), "03/11/2021" (a date), "2021 - 2025", "năm 2030"
# (years and periods).
# --------------------------------------------------------------------------
D10 = dict(name="10_caobang-cchc-chuyen-doi-so-precision", kind="result", year=None, records=[])

# --------------------------------------------------------------------------
# 11 Lai Châu, the steering committee for Resolution 57 reviews seven months of 2025 (ngaynay.vn; the
# crawler's stamp " date 2025-08-12" written as the first line, "(Ngày Nay) - ..." following on the
# second; nothing cut; the excerpt ends in "văn b"). Precision text: no record. Numbers that are not
# quantities: "11/8" (a date), "57-NQ/TW", "71/NQ-CP" (document numbers, twice for 57), "7 tháng đầu
# năm", "5 tháng cuối năm 2025" (the periods a review covers), "2025" (a year).
# --------------------------------------------------------------------------
D11 = dict(name="11_laichau-nq57-so-ket-2025-precision", kind="result", year=2025, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
