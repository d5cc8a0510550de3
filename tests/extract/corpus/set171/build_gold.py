#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set171).

Copied from set165's builder (itself from set163's, set161's, set159's, set157's, set155's,
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
As in set10-set165, the id is given in the record itself (`iid=`).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, GOV, SMART, CNT, RANK, T, RES  # noqa: E402

FULL = "egov.full_online_services_share"
DTIR = "dti.provincial_rank"
ECO_GDP = "econ.digital_economy_gdp_share"
DTE = "econ.digital_tech_enterprises_count"

# --------------------------------------------------------------------------
# 01 Thái Nguyên, the provincial Party Committee's resolution on the digital-transformation
# programme to 2025 (Nghị quyết 01-NQ/TU of 31/12/2020; thainguyentv.vn's report of the Party
# Committee's conference that passed the draft; cut: the photo caption "Toàn cảnh Hội nghị BCH
# Đảng bộ tỉnh lần thứ 3, khóa XX"; no byline (the title's "(TS 31/12)" names the evening news
# of 31/12 and gives no year); the excerpt ends in "Nghị quy"). Targets: 2025 for the first two
# sentences ("đến năm 2025"), 2030 for the third ("Đến năm 2030, ..."). Pillar: the lead-in
# "Mục tiêu của Nghị quyết về phát triển chính quyền số đến năm 2025 phấn đấu ..." names one
# pillar and opens the semicolon list it heads (the spec's lead-in rule) → digital_government for
# its three records, the 700 digital firms and the 3 smart cities included (the heading decides
# even where the indicator belongs to another pillar; a judgement); the next two sentences name
# no pillar → null. "trên 90% dịch vụ công trực tuyến mức độ 4, được cung cấp trên nhiều
# phương tiện truy cập ..." (>, FULL: the catalogue's wording of 749/QĐ-TTg), "trên 700
# doanh nghiệp số" and "trên 3.000 doanh nghiệp số" (>, count, econ.digital_tech_enterprises_count:
# "doanh nghiệp số" read as the digital technology firms of the province, a judgement), "3 đô
# thị thông minh" (a bare number in a target: >=, count, city.smart_city_localities_count),
# "thuộc nhóm 15 tỉnh, thành phố dẫn đầu" and "nhóm 10" (rank <=, dti.provincial_rank), "trên
# 90% người dân, doanh nghiệp hài lòng với dịch vụ công trực tuyến" (>, egov.satisfaction_share).
# Not quantities: "2025", "2030" (years), "31/12" (a date), "mức độ 4" (a level's name).
# --------------------------------------------------------------------------
D01 = dict(name="01_thainguyen-nq01-cds-muc-tieu-2025", kind="target", year=2025, records=[
    R("phấn đấu trên «90% dịch vụ", "dịch vụ công trực tuyến mức độ 4, được cung cấp trên nhiều phương tiện truy cập khác nhau, bao gồm cả thiết bị di động",
      ">", 90, pillar=GOV, iid=FULL),
    R("có trên «700 doanh nghiệp", "doanh nghiệp số", ">", 700, **CNT, pillar=GOV, iid=DTE),
    R("hình thành «3 đô thị", "đô thị thông minh xây dựng hình thành", ">=", 3, **CNT, pillar=GOV,
      iid="city.smart_city_localities_count"),
    R("thuộc nhóm «15 tỉnh", "tỉnh, thành phố dẫn đầu cả nước về chuyển đổi số", "<=", 15, **RANK, iid=DTIR),
    R("2030, trên «90% người dân", "người dân, doanh nghiệp hài lòng với dịch vụ công trực tuyến của tỉnh", ">", 90,
      year=2030, iid="egov.satisfaction_share"),
    R("có trên «3.000 doanh nghiệp", "doanh nghiệp số", ">", 3000, **CNT, year=2030, iid=DTE),
    R("thuộc nhóm «10 tỉnh", "tỉnh, thành phố dẫn đầu cả nước về chuyển đổi số", "<=", 10, **RANK, year=2030, iid=DTIR),
])

# --------------------------------------------------------------------------
# 02 Thái Nguyên, the results "sau 1 năm triển khai thực hiện" the Party Committee's resolution
# 01-NQ/TU of 31/12/2020 (thuonghieucongluan.com.vn; no cut; no byline; the excerpt ends in
# "được phát triển v"). Results of 2021: one year after a resolution of 31/12/2020 (a judgement:
# the page writes no year of measurement, but dates the resolution and the year since; 2021 also
# opens the resolution's period "2021 -2025"). "Xếp thứ 12/63 tỉnh, thành phố trong cả nước về
# chuyển đổi số" (rank =, dti.provincial_rank), "thuộc nhóm 7 địa phương xếp loại A về mức độ
# sẵn sàng bảo đảm an toàn thông tin mạng" (a group: rank <=, spec; id null), then under the
# lead-in "Về phát triển chính quyền số," (digital_government): "đáp ứng 100% thủ tục hành chính
# mức độ 4" (=, FULL) and "100% các hệ thống thông tin, nền tảng số dùng chung được phát triển v"
# (=; the excerpt cuts the predicate, the subject is whole, as set165's 04; id null). Not
# quantities: "8 lĩnh vực cần ưu tiên chuyển đổi số" (the plan's list of priority sectors, a count
# of parts of the plan like "12 nhóm nhiệm vụ"; a judgement), "sau 1 năm" (a duration), "cả 3
# trục chuyển đổi số" (the pillars), "01-NQ/TU", "31/12/2020", "2021 -2025", "2030".
# --------------------------------------------------------------------------
D02 = dict(name="02_thainguyen-nq01-ket-qua-2021", kind="result", year=2021, records=[
    R("Xếp thứ «12/63", "Xếp thứ tỉnh, thành phố trong cả nước về chuyển đổi số", "=", 12, **RANK, iid=DTIR),
    R("thuộc nhóm «7 địa phương", "địa phương xếp loại A về mức độ sẵn sàng bảo đảm an toàn thông tin mạng", "<=", 7, **RANK),
    R("đáp ứng «100% thủ tục", "thủ tục hành chính mức độ 4", "=", 100, pillar=GOV, iid=FULL),
    R("4; «100% các hệ thống", "các hệ thống thông tin, nền tảng số dùng chung được phát triển", "=", 100, pillar=GOV),
])

# --------------------------------------------------------------------------
# 03 Bình Phước, the provincial Party Committee's resolution on digital transformation to 2025
# (Nghị quyết 04-NQ/TU, announced on 18/5; vietnamplus.vn; cut: the related-article line
# "[“Chiến dịch 50 ngày đêm” và câu chuyện vươn lên top 1 của Bình Phước]" with its blank line;
# no byline; the excerpt ends in "hành chính công của tỉnh"). Document year null: the page
# dates the conference "Ngày 18/5" without a year. One target, "Bình Phước phấn đấu đến năm
# 2025, kinh tế số chiếm 20% GRDP" (>=, 2025, econ.digital_economy_gdp_share; pillar null: the
# pillar's name is the sentence's subject, not a lead-in, as set165 and set163 read it), and one
# result, "Đến nay, tỉnh có 1.123 dịch vụ công trực tuyến mức độ 4 được kết nối với Cổng dịch vụ
# công quốc gia" (=, count, year null: "Đến nay" on an undated page;
# egov.national_portal_integrated_services_count: connected to the national portal). NOT: "đạt
# 100% theo yêu cầu của Chính phủ" (completion against the Government's requirement, as earlier
# sets left "đạt 102% kế hoạch"; a judgement). Not quantities: "18/5" (a date), "XIII" (the
# Congress's number).
# --------------------------------------------------------------------------
D03 = dict(name="03_binhphuoc-nq04-cds-2021", kind="result", year=None, records=[
    R("chiếm «20% GRDP", "kinh tế số chiếm GRDP trên địa bàn tỉnh", ">=", 20, **T, year=2025, iid=ECO_GDP),
    R("tỉnh có «1.123 dịch vụ", "dịch vụ công trực tuyến mức độ 4 được kết nối với Cổng dịch vụ công quốc gia", "=", 1123,
      **CNT, iid="egov.national_portal_integrated_services_count"),
], NOT=["đạt «100% theo yêu cầu"])

# --------------------------------------------------------------------------
# 04 Đà Nẵng, the city Party Committee's resolution on digital transformation to 2025
# (timhieuvietnam.vn; no cut; no byline; the excerpt ends in "trong từng ngành, lĩnh vực ").
# Targets of 2025. The page's lead ("Thành phố Đà Nẵng đặt mục tiêu đến năm 2025 sẽ thuộc nhóm 3
# ...; kinh tế số chiếm tối thiểu 20% GRDP.") and the body state the group of three and the 20%
# again: each statement gets its records (numbers at different places, as set165's 04). "nhóm 3
# địa phương dẫn đầu về chuyển đổi số" (rank <=, dti.provincial_rank) twice; "kinh tế số chiếm
# tối thiểu 20% GRDP" (>=, econ.digital_economy_gdp_share) twice, pillar null (the pillar's name
# is the subject). Under the lead-in "Về phát triển chính quyền số," (digital_government): "100%
# dịch vụ hành chính công trực tuyến mức độ 4" (>=, FULL), "60% dịch vụ sự nghiệp công trực
# tuyến mức độ 3, 4, được cung cấp trên nhiều nền tảng, hỗ trợ trên thiết bị di động" (>=; id
# null: public non-administrative services, not procedures), "100% cơ quan nhà nước tham gia
# cung cấp dữ liệu mở" (>=, data.open_data_agencies_share). "dẫn đầu về an toàn thông tin,
# thương mại điện tử" states no number: no record. Not quantities: "2025", "2030", "mức độ 3, 4".
# --------------------------------------------------------------------------
D04 = dict(name="04_danang-nq-cds-muc-tieu-2025", kind="target", year=2025, records=[
    R("sẽ thuộc nhóm «3 địa phương", "địa phương dẫn đầu về chuyển đổi số", "<=", 3, **RANK, iid=DTIR),
    R("tối thiểu «20% GRDP.", "kinh tế số chiếm GRDP", ">=", 20, iid=ECO_GDP),
    R("Đà Nẵng thuộc nhóm «3 địa phương", "địa phương dẫn đầu về chuyển đổi số", "<=", 3, **RANK, iid=DTIR),
    R("chính quyền số, «100% dịch vụ", "dịch vụ hành chính công trực tuyến mức độ 4", ">=", 100, pillar=GOV, iid=FULL),
    R("4, «60% dịch vụ", "dịch vụ sự nghiệp công trực tuyến mức độ 3, 4, được cung cấp trên nhiều nền tảng, hỗ trợ trên thiết bị di động",
      ">=", 60, pillar=GOV),
    R("động; «100% cơ quan", "cơ quan nhà nước tham gia cung cấp dữ liệu mở", ">=", 100, pillar=GOV,
      iid="data.open_data_agencies_share"),
    R("tối thiểu «20% GRDP thành", "kinh tế số chiếm GRDP thành phố Đà Nẵng", ">=", 20, iid=ECO_GDP),
])

# --------------------------------------------------------------------------
# 05 Hồ Chí Minh City, the City Party Committee's Standing Board's directive on digital
# transformation (thegioitiepthi.danviet.vn; the crawler's stamp " date 2022-09" kept on the first
# line as returned, as set165's 10; no cut; the excerpt ends in "xây dựng TP"). One target:
# "phấn đấu đến năm 2025, kinh tế số đóng góp khoảng 25% tổng sản phẩm nội địa (GRDP)" (~:
# "khoảng", 2025, econ.digital_economy_gdp_share; pillar null). Not quantities: the stamp.
# --------------------------------------------------------------------------
D05 = dict(name="05_hcm-chi-thi-kinh-te-so-2022", kind="target", year=2025, records=[
    R("khoảng «25% tổng", "kinh tế số đóng góp tổng sản phẩm nội địa (GRDP) trên địa bàn TP.HCM", "~", 25, iid=ECO_GDP),
])

# --------------------------------------------------------------------------
# 06 Hồ Chí Minh City, results of the scheme "Xây dựng Tp.HCM trở thành đô thị thông minh giai
# đoạn 2017-2020, tầm nhìn đến năm 2025" after a year (vneconomy.vn; the crawler's stamp " date
# 2019-05" kept on the first line as returned; no cut; the excerpt ends in "khai th"). Results of
# 2019 (the stamp; the conference of 12/5/2019). Pillar null: the sub-heading "Lắp đặt hơn 1.000
# camera phủ khắp Tp.HCM" names no pillar (cameras are no topic the spec's list names; a
# judgement), and no heading names the smart city (the scheme's name stands inside the first
# sentence). "Lắp đặt hơn 1.000 camera phủ khắp Tp.HCM" (a sub-heading that states a result: >,
# count, city.surveillance_cameras_count; its span is the heading's line), "hiện Tp.HCM đã hình thành 4 Trung tâm, được xem là trụ
# cột của Đề án" (=, count; the centres built are a result of the scheme, a judgement; id null:
# only one of the four is an operations centre; its span starts at "hiện Tp.HCM", the
# clause rule stopping at the point of "Tp.HCM"). Not quantities: "2017-2020", "2025", "23/11/2017",
# "12/5/2019" (dates and periods), "hơn 1 năm" (a duration), "giai đoạn 1" (a phase's name).
# --------------------------------------------------------------------------
D06 = dict(name="06_hcm-do-thi-thong-minh-2019", kind="result", year=2019, records=[
    R("Lắp đặt hơn «1.000 camera", "camera phủ khắp Tp.HCM lắp đặt", ">", 1000, **CNT, line=True,
      iid="city.surveillance_cameras_count"),
    R("hình thành «4 Trung tâm", "Trung tâm được xem là trụ cột của Đề án đã hình thành", "=", 4, **CNT,
      start_at="hiện Tp.HCM"),
])

# --------------------------------------------------------------------------
# 07 Lào Cai, the pilot smart-city scheme of 2018-2025 (Quyết định 487/QĐ-UBND of 07/02/2018)
# after a year (nongthonmoihatinh.vn, a copy; no cut; no byline; the excerpt ends in "Ứng dụng
# du lịch "). Pillar smart_city: the sub-heading "Điểm sáng xây dựng đô thị thông minh", glued by
# the page to the start of its paragraph, names the smart city and stands above the figure (no
# later heading). One result: "Lào Cai đã đưa vào sử dụng bộ 3 phần mềm du lịch thông minh" (=,
# count; id null). Year null: the page says "Đầu năm 2018 ... Sau hơn một năm" and writes no year
# of the result (a judgement, as set165 left undated results without a year). Not quantities:
# "gần 30 năm tái lập" (a duration), "năm 2020" (the year of a target with no number), "4.0" (a
# name), "487/QĐ-UBND", "07/02/2018", "2018-2025".
# --------------------------------------------------------------------------
D07 = dict(name="07_laocai-do-thi-thong-minh-2019", kind="result", year=None, records=[
    R("bộ «3 phần mềm", "phần mềm du lịch thông minh đưa vào sử dụng", "=", 3, **CNT, pillar=SMART),
])

# --------------------------------------------------------------------------
# 08 Thừa Thiên Huế, the province's e-government plan for 2020 as Quảng Công commune's page
# reports it (quangcong.thuathienhue.gov.vn; no cut; no byline; the excerpt opens inside the
# report, "Mục đích đặt ra là ..." and ends in "....\nT"). Targets of 2020 ("trong năm 2020").
# Pillar null: no heading in the excerpt ("Nhiệm vụ và giải pháp trọng tâm, gồm:" names none).
# "cung cấp dịch vụ công trực tuyến mức độ 4 đạt tỷ lệ 30% trong năm 2020" (a target's đạt: >=;
# FULL; inside the bracket that cites Nghị quyết 17/NQ-CP, a bracket that states a value is a
# quantity, spec), "100% văn bản điện tử được gửi, nhận ở cả 4 cấp chính quyền đáp ứng yêu cầu về
# ... ký số và xác thực" (>=, egov.electronic_documents_share; one value for all four levels, no
# split: scope null). Not quantities: "mức độ 3,4" (levels' names), "17/NQ-CP", "07/3/2019", "4
# cấp chính quyền" (the levels of government, part of the subject).
# --------------------------------------------------------------------------
D08 = dict(name="08_hue-quangcong-cqdt-2020", kind="target", year=2020, records=[
    R("đạt tỷ lệ «30% trong", "cung cấp dịch vụ công trực tuyến mức độ 4 đạt tỷ lệ", ">=", 30, iid=FULL),
    R("giao; «100% văn bản", "văn bản điện tử được gửi, nhận ở cả 4 cấp chính quyền đáp ứng yêu cầu về nội dung, thẩm quyền, thể thức, ký số và xác thực theo quy định",
      ">=", 100, iid="egov.electronic_documents_share"),
])

# --------------------------------------------------------------------------
# 09 Lạng Sơn, the provincial steering committee's review of digital transformation in 2022
# (doanhnghiepkinhtexanh.vn; cut: the image name "ls-1673916434.jpg" and the photo caption "Đồng
# chí Dương Xuân Huyên, Phó Chủ tịch Thường trực UBND tỉnh phát biểu", with one blank line; no
# byline; the excerpt ends in "DTI năm 2021 của t"). Results of 2022 ("Năm 2022, ... Toàn tỉnh
# hiện có ..."). Pillar null. "1.680 Tổ công nghệ số cộng đồng" (=, count,
# aware.community_digital_teams_count), "với 7.856 thành viên" (=, count,
# aware.community_digital_team_members_count). Not quantities: "Cả 5 trụ cột" (the pillars), "mức
# độ 3, 4" (levels' names), "COVID-19" (a name), "năm 2023", "năm 2021" (years; the excerpt cuts
# the DTI 2021 place before its number).
# --------------------------------------------------------------------------
D09 = dict(name="09_langson-cds-ket-qua-2022", kind="result", year=2022, records=[
    R("có «1.680 Tổ", "Tổ công nghệ số cộng đồng", "=", 1680, **CNT, iid="aware.community_digital_teams_count"),
    R("với «7.856 thành viên", "thành viên Tổ công nghệ số cộng đồng", "=", 7856, **CNT,
      iid="aware.community_digital_team_members_count"),
])

# --------------------------------------------------------------------------
# 10 Kiên Giang, the first phase of the smart-city scheme of Phú Quốc completed (dantri.com.vn;
# no cut; no byline; the excerpt ends in "19 camera và kết h"). Results of 2017 ("Ngày
# 27/10/2017 ... công bố hoàn thành Giai đoạn 1"; the wifi "Từ ngày 1/9/2017"). Pillar null (no
# heading). "tổng số thủ tục hành chính được tin học hóa trên hệ thống phần mềm của các huyện là
# 312 và cấp xã là 127 thủ tục": one indicator split by level → two records with scopes "các
# huyện" and "cấp xã" (as written; the spec's split by level; a judgement on the wording "của
# các huyện"), egov.administrative_procedures_count (procedures on the one-stop system, a
# judgement). "phủ sóng wifi tại 8 điểm du lịch" (=, count, infra.public_wifi_points_count: the
# tourist spots with free wifi; a judgement), "với 49 thiết bị phát sóng wifi" (=, count, id
# null), "đã hoàn thành lắp đặt 19 camera" (=, count, city.surveillance_cameras_count). Not
# quantities: "27/10/2017", "29/9/2016", "năm 2016", "1/9/2017" (dates), "Giai đoạn 1" (a phase).
# --------------------------------------------------------------------------
D10 = dict(name="10_kiengiang-phuquoc-thanh-pho-thong-minh-2017", kind="result", year=2017, records=[
    R("các huyện là «312", "thủ tục hành chính được tin học hóa trên hệ thống phần mềm", "=", 312, **CNT,
      scope="các huyện", iid="egov.administrative_procedures_count"),
    R("cấp xã là «127 thủ tục", "thủ tục hành chính được tin học hóa trên hệ thống phần mềm", "=", 127, **CNT,
      scope="cấp xã", iid="egov.administrative_procedures_count"),
    R("tại «8 điểm du lịch", "điểm du lịch thuộc thị trấn Dương Đông và thị trấn An Thới được phủ sóng wifi", "=", 8, **CNT,
      iid="infra.public_wifi_points_count"),
    R("với «49 thiết bị", "thiết bị phát sóng wifi", "=", 49, **CNT),
    R("lắp đặt «19 camera", "camera giám sát trên địa bàn huyện Phú Quốc lắp đặt", "=", 19, **CNT,
      iid="city.surveillance_cameras_count"),
])

# --------------------------------------------------------------------------
# 11 Tiền Giang, plan 328/KH-UBND of 08/10/2019 on building the e-government towards a digital
# government, 2019-2020, to 2025 (vanbanphapluat.co; cut: the site's category line "Văn bản khác
# 328/KH-UBND" with its blank line; the excerpt ends in "hiệu qu", inside the general aims). A
# precision text: the letterhead, the title, the grounds and the general aims, no quantity. Not
# quantities: "328/KH-UBND" (three times), "17/NQ-CP", dates ("08 tháng 10 năm 2019",
# "07/3/2019"), periods and years ("2019-2020", "2019 - 2020", "2025"), the list number "1." of
# the plan's section "1. Mục tiêu tổng quát".
# --------------------------------------------------------------------------
D11 = dict(name="11_tiengiang-328-cqdt-2019-precision", kind="target", year=2019, records=[])

# --------------------------------------------------------------------------
# 12 Quảng Ngãi, the provincial Party Committee's Standing Board's resolution 13-NQ/TU of
# 06/9/2023 on digital transformation to 2025 (sotaydangvien.quangngai.dcs.vn, the full text;
# no cut; the excerpt ends in "kinh tế - xã ", inside the review of the situation). A precision
# text: the opening and the review, no quantity. Not quantities: "13-NQ/TU", "19-CT/TU",
# "06/9/2023", "18/5/2022" (document numbers and dates), "2025", "2030" (the horizons, three
# times each), "khóa XX" (the term).
# --------------------------------------------------------------------------
D12 = dict(name="12_quangngai-nq13-cds-2023-precision", kind="target", year=2023, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
