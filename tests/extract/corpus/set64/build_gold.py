#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set64).

Copied from set47's builder (itself from set45's, set43's, set41's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (227
entries; see README). As in set10-set47, the id is given in the record itself (`iid=`).

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
DONG = dict(unit="other", unit_text="đồng")
MPBS = dict(unit="other", unit_text="Mpbs")
DONG_THANG = dict(unit="other", unit_text="đồng/tháng")

# --------------------------------------------------------------------------
# 01 Đắk Lắk, the plan for the digital economy and digital society to 2025
# and 2030 as reported by baodaklak.vn (date 2023-12 from the byline
# "18:21, 05/12/2023"). Targets: the first list "phấn đấu đến năm 2025 ..." →
# year 2025, the second "Đến năm 2030, ..." → 2030. Ops: "chiếm X% GRDP" and a
# bare "X% ..." → >= (contract); "tối thiểu" → >=; "trên" → >; "đạt X%" in a
# target → >=. Pillar null: the plan's title names two pillars (kinh tế số và
# xã hội số) and the lead-ins "Cụ thể, phấn đấu ..." / "Đến năm 2030, ..." name
# none. The excerpt ends inside the 2030 list ("80% người dân trong độ tuổi"):
# recorded with the words the text gives, no id (what is measured is cut).
# Ids: econ.digital_economy_gdp_share, econ.digital_economy_sector_share,
# econ.e_contract_enterprises_share (also "nền tảng hợp đồng điện tử"),
# econ.sme_digital_platforms_share, society.adult_smartphone_share,
# society.bank_account_15plus_share, hr.workforce_basic_digital_skills_share,
# infra.fibre_household_coverage_share, society.adult_online_services_use_share.
# Not quantities: "5/12/2023", "2025", "2030".
# --------------------------------------------------------------------------
D01 = dict(name="01_daklak-ke-hoach-kinh-te-so-xa-hoi-so-2023", kind="target", year=2025, records=[
    R("tỷ trọng kinh tế số chiếm «20% GRDP", "tỷ trọng kinh tế số chiếm GRDP", ">=", 20,
      iid="econ.digital_economy_gdp_share"),
    R("kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu «10%", "kinh tế số trong từng ngành, lĩnh vực", ">=", 10,
      iid="econ.digital_economy_sector_share"),
    R("hợp đồng điện tử đạt trên «80%", "doanh nghiệp sử dụng hợp đồng điện tử", ">", 80,
      iid="econ.e_contract_enterprises_share"),
    R("nền tảng số đạt trên «50%", "doanh nghiệp nhỏ và vừa sử dụng nền tảng số", ">", 50,
      iid="econ.sme_digital_platforms_share"),
    R("điện thoại thông minh đạt «80%", "tỷ lệ dân số trưởng thành có điện thoại thông minh", ">=", 80,
      iid="society.adult_smartphone_share"),
    R("trên «80% dân số từ 15", "dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ "
      "chức được phép khác", ">", 80, iid="society.bank_account_15plus_share"),
    R("trên «70% người dân", "người dân trong độ tuổi lao động được đào tạo kỹ năng số cơ bản", ">", 70,
      iid="hr.workforce_basic_digital_skills_share"),
    R("«80% số hộ gia đình", "số hộ gia đình được phủ mạng Internet băng thông rộng cáp quang", ">=", 80,
      iid="infra.fibre_household_coverage_share"),
    R("trên «50% dân số trưởng thành", "dân số trưởng thành có sử dụng dịch vụ công trực tuyến", ">", 50,
      iid="society.adult_online_services_use_share"),
    R("tỷ trọng kinh tế số chiếm «30% GRDP", "tỷ trọng kinh tế số chiếm GRDP", ">=", 30, year=2030,
      iid="econ.digital_economy_gdp_share"),
    R("lĩnh vực đạt tối thiểu «20%", "tỷ trọng kinh tế số trong từng ngành, lĩnh vực", ">=", 20, year=2030,
      iid="econ.digital_economy_sector_share"),
    R("có «100% doanh nghiệp", "doanh nghiệp sử dụng nền tảng hợp đồng điện tử", ">=", 100, year=2030,
      iid="econ.e_contract_enterprises_share"),
    R("trên «70% doanh nghiệp", "doanh nghiệp nhỏ và vừa sử dụng nền tảng số", ">", 70, year=2030,
      iid="econ.sme_digital_platforms_share"),
    R("«95% dân số trưởng thành", "dân số trưởng thành có điện thoại thông minh", ">=", 95, year=2030,
      iid="society.adult_smartphone_share"),
    R("trên «95% dân số từ 15", "dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ "
      "chức được phép khác", ">", 95, year=2030, iid="society.bank_account_15plus_share"),
    R("; «80% người dân trong độ tuổi", "người dân trong độ tuổi", ">=", 80, year=2030),
])

# --------------------------------------------------------------------------
# 02 Đắk Nông, the information and communications sector's results of 2022
# (vietnamhoinhap.vn, no date; "năm 2022" → 2022). "DTI ... năm 2021 xếp thứ
# 41/63" → rank =, 41, year 2021, dti.provincial_rank; "tăng 13 bậc so với năm
# 2020" a change (no record). Pillar by the lead-ins that open the paragraphs
# as headings: "Đối với hạ tầng số:" → digital_infrastructure for its
# paragraph; "Về nhân lực số:" → digital_human_resources for its paragraph
# (the community technology teams included: the heading decides). "71/71"
# after "Số lượng xã, phường, thị trấn được kết nối cáp quang đến trung tâm:"
# → count 71; "98% thôn, buôn, bon: 698 đơn vị" → two records (% and count);
# "(tăng 08 đơn vị so với năm 2021)" a change; "06/10 vùng lõm sóng" → count 6;
# "thêm 17 thôn, bon, bản tại 07 huyện": count 17, "07 huyện" where they are
# (no record; a judgement). "15.321 thuê bao, tăng 1,5 lần so với cùng kỳ năm
# 2021 (10.280)": 15.321 a result of 2022; "1,5 lần" a change (no record);
# "(10.280)" the value of 2021 stated in a bracket → a result of 2021 (as
# set47's earlier place "vị trí thứ 13 năm 2024"; a judgement). Speeds
# "khoảng 400 Mpbs đối với cá nhân và 500 Mpbs đối với doanh nghiệp": one
# sentence splitting its values by user group → scopes "cá nhân" and "doanh
# nghiệp" (a judgement), "khoảng" read for both (~), unit other "Mpbs" as
# written; no id (fixed or mobile not said). "100% cơ quan cấp tỉnh, cấp huyện
# có chuyên trách ...": one value for two levels → scope null. Ids:
# dti.provincial_rank, infra.mobile_village_coverage_share (4G to villages),
# hr.dx_specialist_staff_share, aware.community_digital_teams_share (a
# judgement), aware.community_digital_team_members_count. Not quantities: "4G",
# "2020", "2021" as years, "07 huyện", "1,5 lần", "08 đơn vị", "13 bậc".
# --------------------------------------------------------------------------
D02 = dict(name="02_daknong-tttt-ket-qua-2022", kind="result", year=2022, records=[
    R("xếp thứ «41/63", "Chỉ số đánh giá chuyển đổi số (DTI) của tỉnh Đắk Nông xếp thứ tỉnh/thành phố", "=", 41,
      **RANK, year=2021, iid="dti.provincial_rank"),
    R("trung tâm: «71/71", "Số lượng xã, phường, thị trấn được kết nối cáp quang đến trung tâm", "=", 71, **CNT,
      pillar=INFRA),
    R("4G đến «98% thôn", "Phủ sóng 4G đến thôn, buôn, bon", "=", 98, pillar=INFRA,
      iid="infra.mobile_village_coverage_share"),
    R("bon: «698 đơn vị", "thôn, buôn, bon được phủ sóng 4G", "=", 698, **CNT, pillar=INFRA),
    R("phủ sóng được «06/10", "vùng lõm sóng, thôn lõm sóng được phủ sóng", "=", 6, **CNT, pillar=INFRA),
    R("thêm «17 thôn", "triển khai phủ sóng thêm thôn, bon, bản", "=", 17, **CNT, pillar=INFRA),
    R("là «15.321 thuê bao", "Số thuê bao di động sử dụng dịch vụ Mobile Money", "=", 15321, **CNT, pillar=INFRA),
    R("năm 2021 («10.280)", "Số thuê bao di động sử dụng dịch vụ Mobile Money cùng kỳ năm 2021", "=", 10280, **CNT,
      year=2021, pillar=INFRA),
    R("khoảng «400 Mpbs", "Tốc độ truy cập mạng băng rộng tính trung bình", "~", 400, **MPBS, scope="cá nhân",
      pillar=INFRA),
    R("và «500 Mpbs", "Tốc độ truy cập mạng băng rộng tính trung bình", "~", 500, **MPBS, scope="doanh nghiệp",
      pillar=INFRA),
    R("«100% cơ quan cấp tỉnh", "cơ quan cấp tỉnh, cấp huyện có chuyên trách hoặc giao phụ trách công nghệ thông tin",
      "=", 100, pillar=HR, iid="hr.dx_specialist_staff_share"),
    R("thành lập «100% tổ", "thành lập tổ công nghệ số cộng đồng cấp xã, thôn", "=", 100, pillar=HR,
      iid="aware.community_digital_teams_share"),
    R("khoảng «4.078 thành viên", "thành viên tổ công nghệ số cộng đồng cấp xã, thôn", "~", 4078, **CNT, pillar=HR,
      iid="aware.community_digital_team_members_count"),
])

# --------------------------------------------------------------------------
# 03 Mù Cang Chải district (Yên Bái), infrastructure and digital society
# (baoyenbai.com.vn's print page, no date; the text names no year: "đến nay" →
# year null). Results: "19/98 bản chưa có hệ thống mạng lưới điện quốc gia"
# and "8 bản chưa có sóng di động băng rộng" (counts of villages, stated as
# the district's state; the electricity one recorded as a quantity the text
# reports, a judgement), "100% trường học ... có phòng họp trực tuyến", "20%
# số hộ sử dụng dịch vụ Internet ... cáp quang" (infra.households_internet_share,
# a judgement), "10,6% dân số có tài khoản th" (the excerpt ends inside the
# word; no id). Pillar null: "phát triển hạ tầng số, thúc đẩy xã hội số" is a
# task in a sentence, not a heading or lead-in of the results. Not
# quantities: "khối 1,2,3,6,7" (school grades), "4G", the denominator "98".
# --------------------------------------------------------------------------
D03 = dict(name="03_mucangchai-ha-tang-so-xa-hoi-so", kind="result", year=None, records=[
    R("từ việc «19/98 bản", "bản chưa có hệ thống mạng lưới điện quốc gia", "=", 19, **CNT),
    R("«8 bản chưa có sóng", "bản chưa có sóng di động băng rộng", "=", 8, **CNT),
    R("«100% trường học", "trường học trên địa bàn có phòng họp trực tuyến đảm bảo đủ thiết bị tối thiểu", "=", 100),
    R("«20% số hộ", "số hộ sử dụng dịch vụ Internet đường truyền băng thông rộng cáp quang", "=", 20,
      iid="infra.households_internet_share"),
    R("«10,6% dân số", "dân số có tài khoản", "=", 10.6),
])

# --------------------------------------------------------------------------
# 04 Lâm Đồng, the province's DTI of its departments for 2023 (a copy on
# mobile.tour-time.com of Lâm Đồng's paper; no date; "năm 2023" → 2023).
# Points "(914,31 điểm)": index values, unit other "điểm", =, one per unit
# named. Not quantities: the parts and scales of the index ("7 chỉ số chính;
# 42 chỉ số thành phần, thang điểm 1.000", "2 nhóm với 6 chỉ số", "5 chỉ số",
# "2 chỉ số", "1.000 điểm": the decided case "gồm 9 chỉ số chính với 98 chỉ
# số thành phần"); "5 đơn vị ... xếp đầu" and "Ở top 5" name the size of the
# list that follows, not a place of one unit (a judgement); first place
# written as a word ("đứng đầu") → no rank record; "454/QĐ-UBND", "08/3/2023".
# No id: the DTI of departments is no catalogue indicator. Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_lamdong-dti-so-nganh-2023", kind="result", year=2023, records=[
    R("Sở Tài chính («914,31 điểm)", "đứng đầu là Sở Tài chính", "=", 914.31, **DIEM),
    R("Công an tỉnh («913,89 điểm)", "Công an tỉnh", "=", 913.89, **DIEM),
    R("Đào tạo («909,58 điểm)", "Sở Giáo dục và Đào tạo", "=", 909.58, **DIEM),
    R("UBND tỉnh («896,94 điểm)", "Văn phòng UBND tỉnh", "=", 896.94, **DIEM),
])

# --------------------------------------------------------------------------
# 05 Gia Lai, a precision text (baogialai.com.vn, date 2022-04 from the
# crawler's stamp). One quantity: "Năm 2021, ... Gia Lai xếp thứ 19/63 tỉnh,
# thành phố về chuyển đổi số" → rank =, 19, year 2021, dti.provincial_rank
# (the ranking the MIC published), pillar null (it stands before the heading
# "Chú trọng phát triển chính quyền số"). Not quantities: "20-1-2022", "Nghị
# quyết số 04-NQ/TU", "05-NQ/TU", "đến 2025", "đến năm 2030", the denominator
# "63".
# --------------------------------------------------------------------------
D05 = dict(name="05_gialai-dti-2021-precision", kind="result", year=2022, records=[
    R("xếp thứ «19/63", "Gia Lai xếp thứ tỉnh, thành phố về chuyển đổi số", "=", 19, **RANK, year=2021,
      iid="dti.provincial_rank"),
])

# --------------------------------------------------------------------------
# 06 Kiên Giang, a precision text: the provincial council's review of digital
# transformation at district and commune level (nghe.edu.vn's copy of the
# Kiên Giang paper "(KGO)"; no date; "Chiều 7-5" names no year). One amount
# stated three times: the title "Hơn 197 tỷ đồng thực hiện chuyển đổi số giai
# đoạn 2021-2023" (>, 197e9) and twice "Tổng kinh phí ... giai đoạn 2021-2023
# là 197,3 tỷ đồng" (=, 197.3e9): each statement a record. Year 2023, the end
# of the period the total covers (a judgement). Money → unit other "đồng".
# Id inst.dx_funding_amount. Pillar null. Not quantities: "2021-2023" (a
# period), "7-5" (a date), "ba trụ cột" (a word).
# --------------------------------------------------------------------------
D06 = dict(name="06_kiengiang-kinh-phi-cds-precision", kind="result", year=2023, records=[
    R("Hơn «197 tỷ đồng", "kinh phí thực hiện chuyển đổi số giai đoạn", ">", 197e9, **DONG,
      iid="inst.dx_funding_amount"),
    R("là «197,3 tỷ đồng.\n\nChiều", "Tổng kinh phí thực hiện chuyển đổi số của tỉnh Kiên Giang giai đoạn", "=",
      197.3e9, **DONG, iid="inst.dx_funding_amount"),
    R("là «197,3 tỷ đồng.\n\nHiện", "Tổng kinh phí thực hiện chuyển đổi số của tỉnh Kiên Giang giai đoạn", "=",
      197.3e9, **DONG, iid="inst.dx_funding_amount"),
])

# --------------------------------------------------------------------------
# 07 Yên Bái, digital infrastructure in the first half of a year
# (hhdn.yenbai.vn, no date). Year null: "Trong 6 tháng đầu năm" names no year
# and "tăng 0,7% so với năm 2023" only says the year is later than 2023 (2024
# or 2025: the text still has "thị trấn"; a judgement). Pillar: the title
# "Yên Bái từng bước hoàn thiện hạ tầng số" stands above the whole text as its
# heading → digital_infrastructure for every record. Results: "xóa 39 vùng
# “lõm” sóng, “trắng” sóng 3G, 4G" (count), "phủ tới 100% xã/phường, thị
# trấn" (infra.fibre_commune_coverage_share: fixed broadband read as fibre, a
# judgement), "trên 98,5% thôn, bản" (>, infra.mobile_village_coverage_share),
# "tăng 0,7% so với năm 2023" a change (NOT). "trợ giá cước dịch vụ cho các
# nhà văn hóa thôn, bản từ 230 nghìn đồng/tháng xuống còn 100 nghìn
# đồng/tháng": the price before and after, both stated values (unit other
# "đồng/tháng", the magnitude word multiplied in), results (a judgement; the
# change itself is not stated). Not quantities: "6 tháng", "3G, 4G", "2023".
# --------------------------------------------------------------------------
D07 = dict(name="07_yenbai-ha-tang-so-6-thang", kind="result", year=None, records=[
    R("xóa «39 vùng", "hoàn thành xóa vùng lõm sóng, trắng sóng", "=", 39, **CNT, pillar=INFRA),
    R("phủ tới «100% xã", "hạ tầng mạng cố định băng rộng được phủ tới xã/phường, thị trấn", "=", 100, pillar=INFRA,
      iid="infra.fibre_commune_coverage_share"),
    R("trên «98,5% thôn", "dịch vụ mạng di động 4G được phủ sóng thôn, bản", ">", 98.5, pillar=INFRA,
      iid="infra.mobile_village_coverage_share"),
    R("từ «230 nghìn", "trợ giá cước dịch vụ cho các nhà văn hóa thôn, bản từ", "=", 230e3, **DONG_THANG,
      pillar=INFRA),
    R("còn «100 nghìn", "trợ giá cước dịch vụ cho các nhà văn hóa thôn, bản xuống còn", "=", 100e3, **DONG_THANG,
      pillar=INFRA),
], NOT=["tăng «0,7%"])

# --------------------------------------------------------------------------
# 08 Đắk Lắk, the digital transformation plan 2021-2025 with Buôn Ma Thuột as
# a smart city (quanlynhanuoc.vn, no date; the plan of 29/11/2021; targets
# "đến năm 2025" → 2025). Pillar: the lead-in "tỉnh sẽ chú trọng phát triển
# chính quyền số, ..., cụ thể như:" names one pillar and opens the list →
# digital_government for its four records; "Đến năm 2025, kinh tế số chiếm
# 20% GRDP; phát triển 20 doanh nghiệp số ..." opens with the pillar's name →
# digital_economy for that sentence (as set47's 12); "Tỷ lệ dân số có tài
# khoản thanh toán điện tử là trên 50%." names none → null. "từ 90% trở lên
# hồ sơ công việc tại cấp tỉnh, 80% trở lên ... cấp huyện và 60% trở lên ...
# cấp xã": a split by level → three records with scopes. "phát triển 20 doanh
# nghiệp số" → count target (>=), no id (firms of one size, not all digital
# technology firms); "có quy mô từ 500 – 1.000 người" describes the firms (no
# record; a judgement). Ids: egov.full_online_services_share ("mức độ 4"),
# egov.work_records_online_share, econ.digital_economy_gdp_share,
# society.adult_e_payment_account_share ("dân số" read as the adult population,
# a judgement). Not quantities: dates, "3330/QĐ-UBND", "37/NQ-HĐND",
# "04-NQ/TU", "2021-2025", "2030", "2045", the cut "chỉ số chuyển đổi số củ".
# --------------------------------------------------------------------------
D08 = dict(name="08_daklak-ke-hoach-cds-2021-2025", kind="target", year=2025, records=[
    R("cụ thể như: «100% dịch vụ công", "dịch vụ công trực tuyến ở mức độ 4", ">=", 100, pillar=GOV,
      iid="egov.full_online_services_share"),
    R("từ «90% trở lên", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 90, scope="cấp tỉnh", pillar=GOV,
      iid="egov.work_records_online_share"),
    R("«80% trở lên", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 80, scope="cấp huyện", pillar=GOV,
      iid="egov.work_records_online_share"),
    R("«60% trở lên", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 60, scope="cấp xã", pillar=GOV,
      iid="egov.work_records_online_share"),
    R("kinh tế số chiếm «20% GRDP", "kinh tế số chiếm GRDP", ">=", 20, pillar=ECO,
      iid="econ.digital_economy_gdp_share"),
    R("phát triển «20 doanh nghiệp số", "phát triển doanh nghiệp số", ">=", 20, **CNT, pillar=ECO),
    R("là trên «50%", "Tỷ lệ dân số có tài khoản thanh toán điện tử", ">", 50,
      iid="society.adult_e_payment_account_share"),
])

# --------------------------------------------------------------------------
# 09 Bạc Liêu, a precision text (baobaclieu.vn, no date; "ngày 27/7/2022 ...
# (hiện đã tổng hợp được 450/1.050 Tổ công nghệ số cộng đồng)" → 2022).
# Results: the count of community technology teams gathered so far (=, 450;
# "1.050" its denominator, no record; aware.community_digital_teams_count);
# "là một trong 9 Sở Tư pháp đầu tiên của cả nước thực hiện tốt công tá[c]"
# → a group rank (<=, 9), as the decided "thuộc nhóm 20 tỉnh dẫn đầu" (a
# judgement; the excerpt ends inside the word). Pillar null (the heading
# "NHIỀU KẾT QUẢ QUAN TRỌNG" names none). Not quantities: "năm 2021", "Chỉ thị
# 07", "2025", "2030", "27/7/2022", "1.050".
# --------------------------------------------------------------------------
D09 = dict(name="09_baclieu-to-cong-nghe-so-precision", kind="result", year=2022, records=[
    R("tổng hợp được «450/1.050", "Tổ công nghệ số cộng đồng đã tổng hợp được", "=", 450, **CNT,
      iid="aware.community_digital_teams_count"),
    R("một trong «9 Sở", "Sở Tư pháp đầu tiên của cả nước thực hiện tốt", "<=", 9, **RANK),
])

# --------------------------------------------------------------------------
# 10 Tiền Giang, information-technology firms (baoapbac.vn, date 2024-12 from
# the dateline "Thứ Hai, 02/12/2024"; "hiện có" → 2024). Counts: "hơn 200
# doanh nghiệp hoạt động trong các lĩnh vực công nghệ thông tin, ..." (>,
# econ.digital_tech_enterprises_count, a judgement) and its breakdown by kind
# of firm "10 ..., 160 ..., 12 ..." (one record each, scope null, no id); the
# fourth part "25 doa" is cut inside its noun (no record; a judgement).
# Pillar null: the heading "HIỆU QUẢ TỪ KINH TẾ SỐ, XÃ HỘI SỐ" names two
# pillars, not one (a judgement).
# --------------------------------------------------------------------------
D10 = dict(name="10_tiengiang-doanh-nghiep-cntt-2024", kind="result", year=2024, records=[
    R("hơn «200 doanh nghiệp", "doanh nghiệp hoạt động trong các lĩnh vực công nghệ thông tin, điện tử viễn thông, "
      "sản xuất thiết bị và linh kiện điện tử", ">", 200, **CNT, iid="econ.digital_tech_enterprises_count"),
    R("có «10 doanh nghiệp", "doanh nghiệp sản xuất và cung cấp dịch vụ phần cứng, điện tử", "=", 10, **CNT),
    R("«160 doanh nghiệp", "doanh nghiệp phân phối, buôn bán sản phẩm công nghệ thông tin", "=", 160, **CNT),
    R("«12 doanh nghiệp", "doanh nghiệp sản xuất và cung cấp dịch vụ phần mềm, nội dung số", "=", 12, **CNT),
])

# --------------------------------------------------------------------------
# 11 Tiền Giang, digital government platforms (diendandoanhnghiep.vn's print
# page, no date; no year named: the results are "hiện nay" → year null).
# Counts: the document system upgraded "cho 45 cơ quan, đơn vị (gồm: UBND tỉnh;
# 33 sở, ban, ngành; 11 UBND cấp huyện ...)" → 45 and its breakdown 33, 11
# (one record each, scope null: a breakdown by kind of body); "1.174 mã định
# danh điện tử" created. No ids (the catalogue's document-system indicator is
# a share). Pillar null ("Thiết lập nền tảng" names no pillar). Not
# quantities: "3 trụ cột", "2021 - 2025", "2030", "liên thông 4 cấp" (the
# levels of the national axis, a name; a judgement).
# --------------------------------------------------------------------------
D11 = dict(name="11_tiengiang-chinh-quyen-so", kind="result", year=None, records=[
    R("hệ thống cho «45 cơ quan", "hệ thống phần mềm quản lý văn bản và điều hành đã triển khai phiên bản nâng cấp "
      "hệ thống cho cơ quan, đơn vị", "=", 45, **CNT),
    R("«33 sở, ban, ngành", "sở, ban, ngành", "=", 33, **CNT),
    R("«11 UBND cấp huyện", "UBND cấp huyện phủ khắp đến cấp xã", "=", 11, **CNT),
    R("chuyển đổi «1.174 mã", "tạo lập, chuyển đổi mã định danh điện tử cho các cơ quan, đơn vị", "=", 1174, **CNT),
])

# --------------------------------------------------------------------------
# 12 Đồng Tháp, ten targets of the 2024 plan (baodongthap.vn, date 2024-02
# from "Cập nhật ngày: 02/02/2024"; "trong năm 2024" → targets of 2024, bare
# numbers → >=, "ít nhất" → >=, "trên" → >). Not quantities: the counts of
# targets per group "5 nhóm", "(7 chỉ tiêu)", "(16 chỉ tiêu)", "(9 chỉ tiêu)",
# "(10 chỉ tiêu)", "(2 chỉ tiêu)", "10 chỉ tiêu" (counts of targets, like
# counts of tasks), "Đề án 06", "04-NQ/TU", "2021 - 2025". Pillar null: the
# groups are named in a sentence before the list, and the ten targets that
# follow are not under any one of them. "thực hiện 40 mô hình điểm của Đề án
# 06" → count target (no id). The excerpt ends inside "băng rộng c". Ids:
# data.open_data_agencies_share, egov.digitised_procedure_results_share,
# hr.civil_servants_dx_trained_share (a judgement: skills and security
# training of officials), econ.sme_cooperatives_supported_count,
# econ.ocop_products_ecommerce_share, infra.households_internet_share.
# --------------------------------------------------------------------------
D12 = dict(name="12_dongthap-10-chi-tieu-2024", kind="target", year=2024, records=[
    R("gồm: «100% sở", "sở, ngành, UBND cấp huyện cung cấp dữ liệu mở", ">=", 100,
      iid="data.open_data_agencies_share"),
    R("«100% hồ sơ và kết quả", "hồ sơ và kết quả giải quyết thủ tục hành chính được số hóa, có thể tái sử dụng", ">=",
      100, iid="egov.digitised_procedure_results_share"),
    R("«100% lãnh đạo", "lãnh đạo, cán bộ, công chức, viên chức được bồi dưỡng, tập huấn kỹ năng số, an toàn thông "
      "tin mạng", ">=", 100, iid="hr.civil_servants_dx_trained_share"),
    R("thực hiện «40 mô hình", "thực hiện mô hình điểm của Đề án", ">=", 40, **CNT),
    R("ít nhất «70 doanh nghiệp", "hỗ trợ doanh nghiệp vừa và nhỏ trải nghiệm các nền tảng chuyển đổi số", ">=", 70,
      **CNT, iid="econ.sme_cooperatives_supported_count"),
    R("duy trì «100% sản phẩm", "duy trì sản phẩm OCOP có mặt trên các sàn thương mại điện tử", ">=", 100,
      iid="econ.ocop_products_ecommerce_share"),
    R("trên «80% hộ", "hộ gia đình có kết nối Internet băng rộng", ">", 80, iid="infra.households_internet_share"),
])

# --------------------------------------------------------------------------
# 13 Sơn La, a precision text after the July 2025 merger (sonla.gov.vn, no
# date; "Kế hoạch số 169/KH-UBND ngày 12/8/2025"; "UBND xã, phường"). One
# quantity: "phấn đấu năm 2025 hoàn thành tái cấu trúc quy trình 100% thủ tục
# hành chính" → target >=, 100, year 2025 (egov.redesigned_online_services_share,
# a judgement: re-engineering procedures for full-process online services).
# Pillar null. Not quantities: "169/KH-UBND", "12/8/2025".
# --------------------------------------------------------------------------
D13 = dict(name="13_sonla-dvctt-toan-trinh-2025-precision", kind="target", year=2025, records=[
    R("tái cấu trúc quy trình «100%", "hoàn thành tái cấu trúc quy trình thủ tục hành chính", ">=", 100,
      iid="egov.redesigned_online_services_share"),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
