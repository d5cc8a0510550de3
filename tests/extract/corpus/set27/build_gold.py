#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set27).

Copied from set25's builder (itself from set23's, set21's, set19's, set17's, set15's, set14's,
set12's, set10's, set9's, set8's and the seeds'). Each record is written by hand below; its
anchor is never typed in. A record names a locator: a piece of the text with « just before the
number. The locator (without «) must occur exactly once in the text; the anchor is where «
stands. `start`/`end` (the clause that states the quantity) are computed as in the seeds'
builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml at commit
f0d9ac1 (214 entries; see README). As in set10-set25, the id is given in the record itself
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
DIEM = dict(unit="other", unit_text="điểm")

WR = "egov.work_records_online_share"
DTI_R = "dti.provincial_rank"
HHNET = "infra.households_internet_share"
BTS = "infra.bts_stations_count"
SIG = "society.adult_digital_signature_share"
G5 = "infra.fiveg_coverage_share"
PSI = "rank.public_service_index"

# --------------------------------------------------------------------------
# 01 Quảng Nam (danviet.vn, print page, no date shown): "Đến nay" results in
# a page that names no year → year null (set25 05, 13). The subheading
# "Quảng Nam đứng thứ 24/63 tỉnh, thành phố chuyển đổi số" is a rank result
# (op =). "cung cấp 100% thủ tục hành chính đủ điều kiện lên mức độ 4": the
# share of eligible procedures at level 4 (full online). "gần 1.300" ~.
# "tỷ lệ hồ sơ trực tuyến cấp tỉnh đạt 47,75%": one level named as part of
# the subject, no split → scope null. "mức độ 3, 4" and "mức độ 4" are names.
# No heading names a pillar → null.
# --------------------------------------------------------------------------
D01 = dict(name="01_quangnam-dvc-muc-do-4", kind="result", year=None, records=[
    R("đứng thứ «24/63", "Quảng Nam đứng thứ tỉnh, thành phố chuyển đổi số", "=", 24, **RANK, iid=DTI_R),
    R("cung cấp «100% thủ tục", "thủ tục hành chính đủ điều kiện lên mức độ 4", "=", 100, iid="egov.full_online_services_share"),
    R("gần «1.300 dịch", "dịch vụ công trực tuyến mức độ 3, 4", "~", 1300, **CNT),
    R("chiếm tỷ lệ «80% bộ", "dịch vụ công trực tuyến mức độ 3, 4 chiếm tỷ lệ bộ thủ tục hành chính", "=", 80,
      iid="egov.level3_4_online_services_share"),
    R("đạt «47,75%", "tỷ lệ hồ sơ trực tuyến cấp tỉnh", "=", 47.75, iid="egov.online_applications_share"),
])

# --------------------------------------------------------------------------
# 02 Long An (vnexpress.net, no date shown): the NTM programme's targets "đến
# 2025" (2025) with one level split "ít nhất 90% ... cấp tỉnh, 80% ... cấp
# huyện và 60% ... cấp xã" (three records, scopes; "ít nhất" for the three,
# op >=), then three more bare targets (>=) for communes with cooperatives and
# districts with linkage models. "Tất cả cán bộ" has no number. The results
# "Theo công bố, đến nay" name no year and the page carries no date → year
# null. "khoảng 87%" ~. "2021-2025" a period; "4G", "5G" names.
# --------------------------------------------------------------------------
D02 = dict(name="02_longan-nong-thon-so-2025", kind="target", year=2025, records=[
    R("ít nhất «90% số", "số hồ sơ công việc được xử lý trên môi trường mạng", ">=", 90, scope="cấp tỉnh", iid=WR),
    R("cấp tỉnh, «80% số", "số hồ sơ công việc được xử lý trên môi trường mạng", ">=", 80, scope="cấp huyện", iid=WR),
    R("cấp huyện và «60% số", "số hồ sơ công việc được xử lý trên môi trường mạng", ">=", 60, scope="cấp xã", iid=WR),
    R("«70% số xã", "số xã có các hợp tác xã", ">=", 70),
    R("«70% huyện", "huyện có các mô hình liên kết sản xuất gắn với tiêu thụ nông sản chủ lực", ">=", 70),
    R("«50% huyện", "huyện có các mô hình liên kết gắn với vùng nguyên liệu có ứng dụng công nghệ số", ">=", 50),
    R("đến «100% xã", "mạng cáp quang băng rộng triển khai đến xã", "=", 100, **RES, year=None,
      iid="infra.fibre_commune_coverage_share"),
    R("đạt «88,9%", "Tỷ lệ hộ gia đình có đường Internet cáp quang băng rộng", "=", 88.9, **RES, year=None, iid=HHNET),
    R("đạt «99,9%", "Tỷ lệ dân số được phủ sóng 4G", "=", 99.9, **RES, year=None,
      iid="infra.mobile_broadband_population_coverage_share"),
    R("khoảng «87%", "Tỷ lệ thuê bao di động sử dụng điện thoại thông minh", "~", 87, **RES, year=None,
      iid="infra.smartphone_subscriptions_share"),
])

# --------------------------------------------------------------------------
# 03 Đồng Nai (stttt.dongnai.gov.vn, no date shown): "Năm 2021 ... nằm trong
# nhóm 10 địa phương dẫn đầu" is a rank result of 2021 (op <=, spec). The
# documents issued after the resolution of 28/3/2022 ("06 Quyết định, 10 kế
# hoạch") are counts the catalogue measures (inst.dx_policy_documents_count):
# recorded, each with its own subject. The community teams, members, districts
# and trained members: counts. These "đến nay" values stand in a page with no
# date and no reporting year of their own → year null (the 2022 of the
# resolution is a document's date; set25 05). "11/11": numerator recorded
# (set8). "ngày 10.10 hàng năm" a date. No pillar heading → null.
# --------------------------------------------------------------------------
D03 = dict(name="03_dongnai-to-cong-nghe-so", kind="result", year=None, records=[
    R("nhóm «10 địa", "Đồng Nai nằm trong nhóm địa phương dẫn đầu về chuyển đổi số trong cả nước", "<=", 10, **RANK,
      year=2021, iid=DTI_R),
    R("ban hành «06 Quyết", "Quyết định", "=", 6, **CNT, iid="inst.dx_policy_documents_count"),
    R("Quyết định, «10 kế", "kế hoạch", "=", 10, **CNT, iid="inst.dx_policy_documents_count"),
    R("Thành lập «1.000 Tổ", "Thành lập Tổ công nghệ số cộng đồng", "=", 1000, **CNT,
      iid="aware.community_digital_teams_count"),
    R("với «6.411 thành", "thành viên Tổ công nghệ số cộng đồng", "=", 6411, **CNT,
      iid="aware.community_digital_team_members_count"),
    R("tại «11/11 huyện", "huyện, thành phố có Tổ công nghệ số cộng đồng", "=", 11, **CNT),
    R("«7.402 thành", "thành viên Tổ công nghệ số cộng đồng được tập huấn kiến thức kỹ năng số", "=", 7402, **CNT),
])

# --------------------------------------------------------------------------
# 04 Kiên Giang (tuoitrekiengiang.vn, no date shown; an image name carrying
# 20231102 was cut as furniture): DTI 2022 results (score, rank, three
# indicator ranks "hạng 16, ... 16, ... 27", op =) and the target "DTI năm
# 2023 thuộc nhóm 20" (target, 2023, op <=). "giảm 8 bậc" and "tăng 30%" are
# changes against 2021 (spec): NOT. "trong tổng số 63" the population ranked.
# No heading → pillar null (the index names in the wording).
# --------------------------------------------------------------------------
D04 = dict(name="04_kiengiang-dti-2022", kind="result", year=2022, NOT=["tăng «30%"], records=[
    R("nhóm «20 của", "chỉ số DTI thuộc nhóm của cả nước", "<=", 20, **RANK, **T, year=2023, iid=DTI_R),
    R("đạt «0,5796", "chỉ số DTI tỉnh Kiên Giang", "=", 0.5796, **DIEM, iid="dti.provincial_score"),
    R("xếp thứ «32/63", "chỉ số DTI tỉnh Kiên Giang xếp thứ tỉnh, thành phố", "=", 32, **RANK, iid=DTI_R),
    R("mạng hạng «16", "chỉ số về an toàn thông tin mạng hạng", "=", 16, **RANK, iid="dti.information_security_rank"),
    R("hạ tầng số hạng «16", "chỉ số hạ tầng số hạng", "=", 16, **RANK, iid="dti.digital_infrastructure_rank"),
    R("hạng «27", "chỉ số nhận thức số hạng", "=", 27, **RANK, iid="dti.digital_awareness_rank"),
])

# --------------------------------------------------------------------------
# 05 Long An (vnexpress.net, no date, no year): a precision text. "khoảng
# 1.000 tổ" (community teams, ~); "188 đội sẽ được triển khai" is a planned
# count (target, bare → >=). Dates and the theme are no quantities.
# --------------------------------------------------------------------------
D05 = dict(name="05_longan-to-cong-nghe-it-xanh", kind="result", year=None, records=[
    R("khoảng «1.000 tổ", "Long An duy trì tổ", "~", 1000, **CNT, iid="aware.community_digital_teams_count"),
    R("«188 đội", "đội \"IT Xanh\" sẽ được triển khai để hướng dẫn sử dụng dịch vụ công trực tuyến", ">=", 188, **CNT, **T),
])

# --------------------------------------------------------------------------
# 06 Trà Vinh (vietnamnet.vn, no date shown): targets "năm 2023" of the NTM
# programme: the level split "Ít nhất 30% ... cấp tỉnh, 25% ... cấp huyện
# và 20% ... cấp xã" (three scopes, op >= for all), then 35% of officials
# trained (the subgroup of officials carrying out the programme keeps the
# id: a split by group of the same measure) and 15% of units ("ít nhất một
# dịch vụ" is a word). No heading → pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_travinh-nong-thon-so-muc-tieu-2023", kind="target", year=2023, records=[
    R("Ít nhất «30% hồ", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 30, scope="cấp tỉnh", iid=WR),
    R("«25% hồ", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 25, scope="cấp huyện", iid=WR),
    R("«20% hồ", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 20, scope="cấp xã", iid=WR),
    R("có «35% cán", "cán bộ công chức, viên chức các cấp thực hiện Chương trình này được tập huấn, nâng cao năng lực về chuyển đổi số",
      ">=", 35, iid="hr.civil_servants_dx_trained_share"),
    R("«15% đơn", "đơn vị cấp huyện, xã cung cấp ít nhất một dịch vụ thiết yếu ứng dụng chuyển đổi số", ">=", 15),
])

# --------------------------------------------------------------------------
# 07 Trà Vinh (thuvienphapluat.vn, Kế hoạch 02/KH-UBND of 17/01/2024): the
# review of the targets set for 2023 ("I. TÌNH HÌNH THỰC HIỆN MỤC TIÊU ĐẶT RA
# NĂM 2023") → results of 2023. "1. Về hạ tầng số:" heads the first item
# (digital_infrastructure); "2. Về dữ liệu, nền tảng số:" names two pillars
# → null (set25 03). The fibre-and-4G coverage names two measures → id null.
# Dates, document numbers and the metadata block are no quantities.
# --------------------------------------------------------------------------
D07 = dict(name="07_travinh-ke-hoach-2024-ket-qua-2023", kind="result", year=2023, records=[
    R("triển khai đến «100% xã", "mạng truyền dẫn cáp quang triển khai đến xã, phường, thị trấn", "=", 100, pillar=INFRA,
      iid="infra.fibre_commune_coverage_share"),
    R("thị trấn; «100% xã", "xã, phường, thị trấn được phủ băng rộng cáp quang và sóng thông tin di động 4G", "=", 100,
      pillar=INFRA),
    R(";«100% CSDL", "CSDL tại Kho dữ liệu dùng chung của tỉnh sẵn sàng kết nối với hệ thống thông tin quản lý ngành, lĩnh vực",
      "=", 100),
])

# --------------------------------------------------------------------------
# 08 Lâm Đồng (123docz.net, a thesis excerpt): Vietnam ICT Index 2020: the
# rank "đứng thứ 8/63" (op =, rank.ict_index), the total "0,5453 điểm" and
# the component scores ("đạt 0,62 điểm" ... "đạt 1 điểm"), unit other,
# "điểm". Every "tăng N bậc so với năm 2019" is a change (spec): not
# recorded. "4 thành phần chính" the index's structure. The component names
# are parts of an index, not section headings → pillar null. Year 2020.
# The last score's unit is cut by the page ("0,62 đi"): unit_text null.
# --------------------------------------------------------------------------
ICT = "Chỉ số Vietnam ICT Index"
D08 = dict(name="08_lamdong-ict-index-2020", kind="result", year=2020, records=[
    R("đứng thứ «8/63", "Lâm Đồng đứng thứ tỉnh/thành phố về Chỉ số Vietnam ICT Index", "=", 8, **RANK, iid="rank.ict_index"),
    R("đạt «0,5453", "Lâm Đồng " + ICT, "=", 0.5453, **DIEM),
    R("đạt «0,62 điểm. Cụ", "Chỉ số hạ tầng kỹ thuật", "=", 0.62, **DIEM),
    R("đạt «0,68", "Hạ tầng kỹ thuật của xã hội", "=", 0.68, **DIEM),
    R("đạt «0,57", "Hạ tầng kỹ thuật của các cơ quan nhà nước", "=", 0.57, **DIEM),
    R("đạt «0,81", "Chỉ số hạ tầng nhân lực", "=", 0.81, **DIEM),
    R("đạt «1 điểm", "Hạ tầng nhân lực của xã hội", "=", 1, **DIEM),
    R("10 bậc so với năm 2019, đạt «0,62", "Hạ tầng nhân lực của các cơ quan nhà nước", "=", 0.62, **VAL,
      note="the page breaks off in the unit ('đi'); unit_text left null"),
])

# --------------------------------------------------------------------------
# 09 Cà Mau, huyện Ngọc Hiển (baocamau.vn, no date): "Từ đầu năm đến nay"
# names no year → year null. "bộ phận một cửa cấp huyện và các xã, thị trấn
# ... đạt trên 99%": one value for two levels → scope null (spec). "Riêng
# lĩnh vực chính quyền điện tử, chính quyền số có 100% ...; 100% ...": a
# lead-in inside the sentence naming chính quyền số → digital_government for
# the two values it opens (set24 01); the 99% stands before it → null.
# --------------------------------------------------------------------------
D09 = dict(name="09_camau-ngochien-chinh-quyen-so", kind="result", year=None, records=[
    R("trên «99%", "bộ phận một cửa cấp huyện và các xã, thị trấn đã giải quyết hồ sơ trực tuyến", ">", 99,
      iid="egov.online_applications_share"),
    R("có «100% các", "các cơ quan chuyên môn thuộc UBND huyện, UBND xã, thị trấn sử dụng phần mềm quản lý văn bản và điều hành iOffice",
      "=", 100, pillar=GOV, iid="egov.document_system_use_share"),
    R("công việc; «100% cơ", "cơ quan chuyên môn thuộc UBND huyện và UBND xã, thị trấn đã được cấp chữ ký số chuyên dùng",
      "=", 100, pillar=GOV),
])

# --------------------------------------------------------------------------
# 10 Bà Rịa - Vũng Tàu, phường 4 (baobariavungtau.com.vn, no date shown):
# one result, the ward's online handling "đạt 100%" (place: the ward, not the
# document's province). No year → null. The broken last line "“Có 420 "
# holds a number whose noun the page cut: no indicator can be worded, left
# without a record (README).
# --------------------------------------------------------------------------
D10 = dict(name="10_vungtau-phuong4-xu-ly-truc-tuyen", kind="result", year=None, records=[
    R("đạt «100%", "tỷ lệ xử lý văn bản, hồ sơ trực tuyến", "=", 100, place="phường 4"),
])

# --------------------------------------------------------------------------
# 11 Bà Rịa - Vũng Tàu (vlr.vn, 13/12/2023): one target, "phấn đấu vào nhóm
# 15 tỉnh, thành phố dẫn đầu cả nước" (rank, op <=). The sentence names no
# horizon; the text names two (2025, 2030) for other aims → year null
# (set25 18: a value among two named years gets null). "02-NQ/TU" and
# "05/NQ-HĐND" are document numbers.
# --------------------------------------------------------------------------
D11 = dict(name="11_bariavungtau-nhom-15", kind="target", year=None, records=[
    R("nhóm «15 tỉnh", "Bà Rịa - Vũng Tàu phấn đấu vào nhóm tỉnh, thành phố dẫn đầu cả nước về mức độ chuyển đổi số",
      "<=", 15, **RANK, iid=DTI_R),
])

# --------------------------------------------------------------------------
# 12 Bà Rịa - Vũng Tàu (doanhnghiephoinhap.vn): the Bộ chỉ số chỉ đạo, điều
# hành on the national service portal, "tính đến ngày 04 tháng 11 năm 2024"
# → 2024. The title's rank, the standfirst line and the body restate the
# values: each recorded (set24 12). Ranks `=` (rank.public_service_index),
# points unit other "điểm" (no catalogue entry for the points).
# --------------------------------------------------------------------------
PS = "chỉ số hài lòng của người dân và doanh nghiệp"
D12 = dict(name="12_bariavungtau-chi-so-phuc-vu-2024", kind="result", year=2024, records=[
    R("xếp hạng thứ «21", "Bà Rịa - Vũng Tàu xếp hạng thứ về " + PS, "=", 21, **RANK, iid=PSI),
    R("đạt tổng «81,8", "Bà Rịa - Vũng Tàu đạt tổng điểm", "=", 81.8, **DIEM),
    R("điểm, xếp hạng «21/63 tỉnh, thành trong cả nước\n\nTheo", "Bà Rịa - Vũng Tàu xếp hạng tỉnh, thành trong cả nước",
      "=", 21, **RANK, iid=PSI),
    R("Vũng Tàu đạt «81,8", "Tổng số điểm tỉnh Bà Rịa - Vũng Tàu", "=", 81.8, **DIEM),
    R("điểm, xếp hạng «21/63 tỉnh, thành trong cả nước.", "Tổng số điểm tỉnh Bà Rịa - Vũng Tàu xếp hạng tỉnh, thành trong cả nước",
      "=", 21, **RANK, iid=PSI),
])

# --------------------------------------------------------------------------
# 13 Lâm Đồng, huyện Đơn Dương (baolamdong.vn, 02/10/2023): the national NTM
# programme's targets "đến năm 2025" (80%, "khoảng 40%" ~, 10%; national:
# no place), then the conditions a smart village must meet: "ít nhất 1 thôn
# thông minh" (a count, >=), "phủ sóng trên 80% hộ gia đình" (>), "4G, 5G đạt
# 100%" (>=), "hơn 90%" (>), "hơn 70%" (>). The conditions are targets of a
# standard with no horizon; the text names 2025 only for the programme's
# targets → year null for them. "1 trong 4 huyện" the population chosen from,
# "3 nhóm tiêu chí" a standard's structure. No pillar heading ("Bài 1: Hình
# hài những thôn thông minh" names none) → null.
# --------------------------------------------------------------------------
D13 = dict(name="13_lamdong-donduong-thon-thong-minh", kind="target", year=2025, records=[
    R("có «80% số xã", "số xã trong cả nước đạt chuẩn NTM", ">=", 80),
    R("khoảng «40%", "số xã đạt chuẩn NTM nâng cao", "~", 40),
    R("«10% số xã", "số xã đạt chuẩn NTM kiểu mẫu", ">=", 10),
    R("ít nhất «1 \"thôn", "xã có \"thôn thông minh\"", ">=", 1, **CNT, year=None),
    R("trên «80% hộ", "hạ tầng mạng internet băng rộng, cáp quang phủ sóng hộ gia đình", ">", 80, year=None,
      iid="infra.fibre_household_coverage_share"),
    R("đạt «100%;", "phổ cập dịch vụ mạng di động 4G, 5G", ">=", 100, year=None),
    R("hơn «90%", "có mạng wifi miễn phí tại Nhà Văn hóa thôn", ">", 90, year=None),
    R("hơn «70%", "người dân trưởng thành sử dụng điện thoại thông minh", ">", 70, year=None,
      iid="society.adult_smartphone_share"),
])

# --------------------------------------------------------------------------
# 14 Bình Định (vietnamnet.vn, no date shown): "Sau hơn 2 năm triển khai
# thực hiện Nghị quyết số 05-NQ/TU ngày 20/9/2021" → 2023 (set19 17, set25
# 12's reading of "Qua 03 năm"); "Hiện nay" in the same text → 2023. "nằm
# trong số 41/63 tỉnh, thành phố đã ban hành chính sách miễn hoặc giảm phí":
# a national count of provinces (set24 16), numerator recorded. "22 cơ sở dữ
# liệu, phần mềm chuyên ngành" connected: count (the catalogue's shared
# databases count those built → null). "4 khía cạnh" a list of topics. The
# heading "Con số ấn tượng" names no pillar.
# --------------------------------------------------------------------------
D14 = dict(name="14_binhdinh-hai-nam-nq05", kind="result", year=2023, records=[
    R("số «41/63", "tỉnh, thành phố đã ban hành chính sách miễn hoặc giảm phí, lệ phí trong thực hiện dịch vụ công trực tuyến",
      "=", 41, **CNT),
    R("cộng «22 cơ", "hệ thống thông tin giải quyết thủ tục hành chính của tỉnh đã kết nối với cơ sở dữ liệu, phần mềm chuyên ngành",
      "=", 22, **CNT),
])

# --------------------------------------------------------------------------
# 15 Kiên Giang (hesinhthaidoanhnghiep.com, Nghị quyết 22/NQ-TU of 8/6/2022):
# the resolution's situation section: "cung cấp 100% dịch vụ công trực tuyến
# mức độ cao" (result of the document's year 2022) and the DTI 2020 rank
# "09/63" (year 2020, op =). "I- Tinh Hình Và Nguyên Nhân" names no pillar.
# --------------------------------------------------------------------------
D15 = dict(name="15_kiengiang-nq22-tinh-hinh", kind="result", year=2022, records=[
    R("cung cấp «100% dịch", "dịch vụ công trực tuyến mức độ cao cho người dân và doanh nghiệp", "=", 100,
      iid="egov.level3_4_online_services_share"),
    R("hạng «09/63", "Kiên Giang được xếp hạng Chuyển đổi số tỉnh thành", "=", 9, **RANK, year=2020, iid=DTI_R),
])

# --------------------------------------------------------------------------
# 16 Quảng Ngãi (thanhnien.vn, 2023-09): the strategy's aims "đến năm 2025,
# định hướng đến năm 2030 với tầm nhìn vào Top 20 ..., ... 30% ..., 95% ...":
# targets; the sentence names two years and ties none to the values → year
# null (set25 18). "Top 20" rank, op <=; bare shares >=. No pillar heading.
# --------------------------------------------------------------------------
D16 = dict(name="16_quangngai-chien-luoc-tam-nhin", kind="target", year=None, records=[
    R("Top «20", "Quảng Ngãi vào Top địa phương CĐS", "<=", 20, **RANK, iid=DTI_R),
    R("chiếm «30% GRDP", "kinh tế số chiếm GRDP", ">=", 30, iid="econ.digital_economy_gdp_share"),
    R("«30% dịch", "dịch vụ sáng tạo dựa trên dữ liệu mở", ">=", 30),
    R("«100% dịch", "dịch vụ công cung cấp trực tuyến", ">=", 100),
    R("«95% dân số trưởng", "dân số trưởng thành có điện thoại thông minh", ">=", 95, iid="society.adult_smartphone_share"),
    R("«95% dân số có", "dân số có hồ sơ sức khỏe", ">=", 95, iid="society.electronic_health_records_share"),
])

# --------------------------------------------------------------------------
# 17 Bình Thuận (doanhnghiephoinhap.vn, no date shown): one count, "gần 3.000
# cán bộ, công chức, viên chức được tập huấn về kỹ năng số" (~), year null
# (the text names only plans' horizons 2030, 2045, 2026–2030). Document
# numbers (1989/KH-UBND, 71/NQ-CP, 1090/KH-UBND, 1259/KH-UBND, "Đề án 06")
# and "ba trụ cột" are no quantities.
# --------------------------------------------------------------------------
D17 = dict(name="17_binhthuan-ke-hoach-tap-huan", kind="result", year=None, records=[
    R("gần «3.000", "cán bộ, công chức, viên chức được tập huấn về kỹ năng số", "~", 3000, **CNT),
])

# --------------------------------------------------------------------------
# 18 Đồng Nai (vjst.vn, no date shown): one target of a plan whose year the
# excerpt does not name (the dates 01/07/2025, 26/06/2025, 7/2025 are dates
# of a trial and a connection, not the plan's horizon) → year null.
# "chính quyền điện tử 2 cấp" names the model of two-tier local government.
# --------------------------------------------------------------------------
D18 = dict(name="18_dongnai-ket-noi-du-lieu", kind="target", year=None, records=[
    R("với «100% các", "đảm bảo kết nối và chia sẻ dữ liệu với các cơ sở dữ liệu quốc gia và chuyên ngành", ">=", 100),
])

# --------------------------------------------------------------------------
# 19 Tây Ninh (sggp.org.vn, 15/10/2025; a photo caption restating the 2030
# 5G target was cut): the digital-infrastructure plan's targets "ngay trong
# năm 2025" / "Đến hết năm 2025" (the lead and the third paragraph both state
# 60% and 100% of industrial zones: each recorded), the results "hiện nay"
# (the date's year 2025), and the 2030 targets. "từ 60% trở lên" >=, "trên
# 50%", "trên 70%" >, bare targets >=. "mỗi người dân có 1 định danh số và 1
# kết nối IoT": two per-person amounts, unit other; "trung bình 4 kết nối
# IoT/người dân" likewise. "trên 1Gb/s" is a threshold inside the subject
# (not recorded). "245 trạm 5G" is a kind of the 3.890 stations (BTS id kept,
# set25). "47/96": numerator. "224 Mbps": the text does not say fixed or
# mobile → id null. No headings → pillar null ("Kế hoạch phát triển hạ tầng
# số" is a plan's name, set15).
# --------------------------------------------------------------------------
D19 = dict(name="19_tayninh-ha-tang-so-5g-2025-2030", kind="target", year=2025, records=[
    R("phủ sóng 5G đạt từ «60% trở lên, 100% khu công nghiệp, cụm công nghiệp có dịch vụ 5G ngay",
      "toàn tỉnh phủ sóng 5G", ">=", 60, iid=G5),
    R("trở lên, «100% khu công nghiệp, cụm công nghiệp có dịch vụ 5G ngay",
      "khu công nghiệp, cụm công nghiệp có dịch vụ 5G", ">=", 100),
    R("phủ «100% số ấp", "mạng di động 3G/4G/5G và Internet cố định đã phủ số ấp, khu phố", "=", 100, **RES),
    R("đạt «95,25%", "Tỷ lệ hộ gia đình có kết nối Internet cáp quang", "=", 95.25, **RES, iid=HHNET),
    R("trung bình «224", "tốc độ tải xuống trung bình", "=", 224, unit="other", unit_text="Mbps", **RES),
    R("có «3.890 trạm", "trạm thu phát sóng di động", "=", 3890, **CNT, **RES, iid=BTS),
    R("có «245 trạm", "trạm 5G", "=", 245, **CNT, **RES, iid=BTS),
    R("tại «47/96", "hạ tầng mạng 5G đã được triển khai tại xã, phường", "=", 47, **CNT, **RES),
    R("đạt tỷ lệ «48,96%", "hạ tầng mạng 5G đã được triển khai tại xã, phường", "=", 48.96, **RES),
    R("đạt từ «60% trở lên, 100% khu công nghiệp, cụm công nghiệp có dịch vụ 5G. Cùng",
      "tỷ lệ phủ sóng 5G", ">=", 60, iid=G5),
    R("trở lên, «100% khu công nghiệp, cụm công nghiệp có dịch vụ 5G. Cùng",
      "khu công nghiệp, cụm công nghiệp có dịch vụ 5G", ">=", 100),
    R("«100% người", "người sử dụng có khả năng truy nhập băng rộng cố định tốc độ trên 1Gb/s", ">=", 100),
    R("có «1 định", "mỗi người dân có định danh số", ">=", 1, unit="other", unit_text="định danh số"),
    R("và «1 kết", "mỗi người dân có kết nối IoT", ">=", 1, unit="other", unit_text="kết nối IoT"),
    R("trên «50%", "tỷ lệ dân số trưởng thành có chữ ký số", ">", 50, iid=SIG),
    R("5G «100%,", "phủ sóng 5G", ">=", 100, year=2030, iid=G5),
    R("trung bình «4 kết", "trung bình kết nối IoT/người dân", ">=", 4, unit="other", unit_text="kết nối IoT/người dân",
      year=2030),
    R("trên «70%", "tỷ lệ dân số trưởng thành có chữ ký số", ">", 70, year=2030, iid=SIG),
])

# --------------------------------------------------------------------------
# 20 Tây Ninh (baoquankhu7.vn, no date shown; the text's year is 2022: the
# letter of 21.2.2022 and "trong năm 2022"): Viettel's counts of 5G and 4G/3G
# devices ("gần 30.000" ~; "60.000" = : the bound word stands next to the
# first number only, set22), the shares of 5G devices by maker (a breakdown
# by kind, each with its maker in the wording), and the national counts of
# provinces with 5G "Đến nay, 18 tỉnh ..., trong đó có 5 thành phố ... và 13
# tỉnh kh" (the last noun cut by the page: worded as stored). Document
# numbers, dates ("5.2019") and "4G/3G", "5G" names are no quantities.
# --------------------------------------------------------------------------
MAY5G = "Số lượng máy 5G tập trung vào các hãng"
D20 = dict(name="20_tayninh-viettel-5g-2022", kind="result", year=2022, records=[
    R("gần «30.000", "thiết bị 5G", "~", 30000, **CNT),
    R("và «60.000", "thiết bị 4G/3G", "=", 60000, **CNT),
    R("Apple («56%", MAY5G + " Apple", "=", 56),
    R("Samsung («20%", MAY5G + " Samsung", "=", 20),
    R("Oppo («8%", MAY5G + " Oppo", "=", 8),
    R("Xiaomi («6%", MAY5G + " Xiaomi", "=", 6),
    R("nay, «18 tỉnh", "tỉnh đã phát sóng 5G", "=", 18, **CNT),
    R("có «5 thành", "thành phố thuộc Trung ương đã phát sóng 5G", "=", 5, **CNT),
    R("và «13 tỉnh", "tỉnh kh", "=", 13, **CNT, note="the page breaks off after 'tỉnh kh'; worded as stored"),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14, D15, D16, D17, D18, D19, D20]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
