#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set20).

Copied from set19's builder (itself from set17's, set15's, set14's, set12's,
set10's, set9's, set8's and the seeds'). Each record is written by hand
below; its anchor is never typed in. A record names a locator: a piece of
the text with « just before the number. The locator (without «) must occur
exactly once in the text; the anchor is where « stands. `start`/`end` (the
clause that states the quantity) are computed by ../goldkit.py.

Each document may also list NOT: locators of numbers deliberately left
without a record (percentages that are not quantities under the contract);
check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id
of the catalogue indicator it measures, or null, decided against
muctieu/catalog/data/indicators.yaml at commit f0d9ac1 (214 entries; see
README). As in set10-set19, the id is given in the record itself (`iid=`).

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


PT = dict(unit="other", unit_text="điểm")
VAL = dict(unit="other", unit_text=None)

DTIR = "dti.provincial_rank"
DTIS = "dti.provincial_score"
ONLINE = "egov.online_applications_share"
PORTAL = "egov.national_portal_integrated_share"
ECO_GDP = "econ.digital_economy_gdp_share"
HHNET = "infra.households_internet_share"
PCS = "infra.civil_servants_computers_share"
FIBRE_XA = "infra.fibre_commune_coverage_share"
BTS = "infra.bts_stations_count"
STEER = "aware.dx_steering_committees_share"
STAFF = "hr.dx_specialist_staff_share"
TEAMS = "aware.community_digital_teams_count"
MEMBERS = "aware.community_digital_team_members_count"
OCOP = "econ.ocop_products_ecommerce_share"
PRODS = "econ.ecommerce_products_count"

# --------------------------------------------------------------------------
# 01 Phú Thọ (vndx.gov.vn, results of 2022; no date line): "Trong năm 2022"
# → 2022 for every value. Headings "Về Thể chế số:", "Về Hạ tầng số:",
# "Nhân lực số:" set the pillar of what follows each. Level splits in one
# sentence: "100% các sở, ban, ngành (cấp sở), UBND các huyện, ... (cấp
# huyện); 93% xã, phường, thị trấn (cấp xã)", "100% đơn vị cấp sở, cấp huyện
# và 98% đơn vị cấp xã", "cấp sở, cấp huyện ...: 100%; cấp xã ...: 82%",
# "95% đơn vị cấp sở, cấp huyện, 100% đơn vị cấp xã": the spec's case "100%
# ... tại cấp tỉnh, cấp huyện và 90% ... tại cấp xã" (the first two share
# the number: one record per level, scopes as written "cấp sở", "cấp
# huyện", "cấp xã"). "73% đơn vị cấp sở, cấp huyện" stands alone (one value
# for two levels, no other value in its clause): scope null (set11). The
# population's smartphone share: iid null (set15/set19: the catalogue has
# the adult share). The page breaks off at "làm nhiệm ".
# --------------------------------------------------------------------------
_BCD = "đã ban hành Quyết định thành lập Ban chỉ đạo chuyển đổi số"
_KH = "đơn vị xây dựng kế hoạch hoặc dự toán kinh phí chi cho chuyển đổi số"
_PC = "Tỷ lệ cán bộ công chức (CBCC) được trang bị máy tính phục vụ công tác"
_CT = "đơn vị đã bố trí cán bộ chuyên trách hoặc kiêm nhiệm làm nhiệm"
D01 = dict(name="01_phutho-ket-qua-2022", kind="result", year=2022, records=[
    R("năm 2022, «100% các sở", "các sở, ban, ngành " + _BCD, "=", 100, scope="cấp sở", pillar=INST, iid=STEER),
    R("năm 2022, «100% các sở", "UBND các huyện, thành, thị " + _BCD, "=", 100, scope="cấp huyện", pillar=INST,
      iid=STEER),
    R("; «93% xã", "xã, phường, thị trấn " + _BCD, "=", 93, scope="cấp xã", pillar=INST, iid=STEER),
    R("«100% đơn vị cấp sở, cấp huyện và", _KH, "=", 100, scope="cấp sở", pillar=INST),
    R("«100% đơn vị cấp sở, cấp huyện và", _KH, "=", 100, scope="cấp huyện", pillar=INST),
    R("và «98% đơn vị", _KH, "=", 98, scope="cấp xã", pillar=INST),
    R("công tác đạt tỷ lệ: «100%", _PC, "=", 100, scope="cấp sở", pillar=INFRA, iid=PCS),
    R("công tác đạt tỷ lệ: «100%", _PC, "=", 100, scope="cấp huyện", pillar=INFRA, iid=PCS),
    R("cấp xã đạt tỷ lệ: «82%", _PC, "=", 82, scope="cấp xã", pillar=INFRA, iid=PCS),
    R("«100% các cơ quan, đơn vị có hệ thống", "các cơ quan, đơn vị có hệ thống mạng nội bộ kết nối Internet cáp quang "
      "tốc độ cao, được kết nối mạng truyền số liệu chuyên dùng", "=", 100, pillar=INFRA),
    R("Trong đó, «73% đơn vị", "đơn vị cấp sở, cấp huyện có hệ thống mạng nội bộ hoàn chỉnh kết nối theo mô hình máy "
      "chủ/máy trạm", "=", 73, pillar=INFRA),
    R("; «100% các cơ quan, đơn vị đã", "các cơ quan, đơn vị đã quan tâm trang bị thiết bị sao lưu dự phòng nội bộ", "=",
      100, pillar=INFRA),
    R("tỉnh đạt «80,07%", "Tỷ lệ dân số có điện thoại thông minh", "=", 80.07, pillar=INFRA),
    R("băng rộng đạt «72,56%", "Tỷ lệ hộ gia đình có đường Internet cáp qua băng rộng", "=", 72.56, pillar=INFRA,
      iid=HHNET),
    R("«95% đơn vị cấp sở", _CT, "=", 95, scope="cấp sở", pillar=HR, iid=STAFF, note="cut by the page"),
    R("«95% đơn vị cấp sở", _CT, "=", 95, scope="cấp huyện", pillar=HR, iid=STAFF, note="cut by the page"),
    R(", «100% đơn vị cấp xã", _CT, "=", 100, scope="cấp xã", pillar=HR, iid=STAFF, note="cut by the page"),
])

# --------------------------------------------------------------------------
# 02 Phú Thọ (thuviennhadat.vn, Kế hoạch 3927/KH-UBND of 05/10/2022 "Phát
# triển hạ tầng số ... đến năm 2025"): the excerpt holds only "Phần thứ nhất
# HIỆN TRẠNG HẠ TẦNG SỐ ĐẾN NĂM 2022": results of 2022 (the heading's year),
# not targets; "ĐẾN NĂM 2025" in the title is the plan's horizon, not a
# value. Headings "I. HẠ TẦNG KẾT NỐI", "1. Mạng viễn thông băng rộng di
# động", "2. Mạng viễn thông băng rộng cố định" → digital_infrastructure
# (spec). The commune and village values of each paragraph have their own
# predicates and an unrelated clause between them: no split, scope null
# (set14 "subjects with their own predicates"). Footnote marks "[1]", "[2]"
# and "2G" are no quantities. Indicators are worded without the PDF line
# breaks.
# --------------------------------------------------------------------------
D02 = dict(name="02_phutho-ke-hoach-ha-tang-so-2025", kind="result", year=2022, records=[
    R("đầu tư phát triển tại «100% xã", "Mạng thông tin di động đã được đầu tư phát triển tại xã, phường, thị trấn trên "
      "địa bàn tỉnh", "=", 100, pillar=INFRA),
    R("thiết bị 2G; «99,5% thôn", "thôn, bản đã được phủ sóng điện thoại di động", "=", 99.5, pillar=INFRA,
      iid="infra.mobile_village_coverage_share"),
    R("triển khai tại «100% xã", "Mạng Internet băng rộng cố định đã được triển khai tại xã, phường, thị trấn trên địa "
      "bàn tỉnh", "=", 100, pillar=INFRA, iid=FIBRE_XA),
    R("đình đạt «64,96%", "thuê bao Internet hộ gia đình trên tổng số hộ gia đình", "=", 64.96, pillar=INFRA,
      iid=HHNET),
    R("; «99,9% thôn", "thôn, bản có hạ tầng cáp quang phục vụ hộ gia đình", "=", 99.9, pillar=INFRA,
      iid="infra.fibre_village_coverage_share"),
])

# --------------------------------------------------------------------------
# 03 Nam Định (qdnd.vn, no date line): the resolution's aims for 2025 ("nhóm
# 20 địa phương dẫn đầu", rank <=) and the 2022 plan's "ít nhất 20%" GRDP
# share (targets, 2025; pillar null: a paragraph of general aims, and the
# second names the strategy "phát triển kinh tế số và xã hội số", two
# pillars). The last sentence "Về chính quyền số, trên địa bàn, 100% thủ
# tục h" is a result cut by the page after its number: recorded as stored,
# with a note; the lead-in "Về chính quyền số," gives digital_government;
# "đến nay" with no reporting year and no date: year null. "3 trụ cột" is
# structure. A photo caption line was cut (SOURCES.md).
# --------------------------------------------------------------------------
D03 = dict(name="03_namdinh-diem-sang-chuyen-doi-so", kind="target", year=2025, records=[
    R("thuộc nhóm «20 địa phương", "Nam Định phấn đấu thuộc nhóm địa phương dẫn đầu cả nước về chỉ số đánh giá CĐS",
      "<=", 20, **RANK, iid=DTIR),
    R("ít nhất «20% tổng", "tỷ trọng kinh tế số chiếm tổng sản phẩm trên địa bàn (GRDP)", ">=", 20, iid=ECO_GDP),
    R("bàn, «100% thủ tục h", "thủ tục h", "=", 100, kind="result", year=None, pillar=GOV, note="cut by the page"),
])

# --------------------------------------------------------------------------
# 04 Nam Định (vietnam.vn/namdinh, no date, no reporting year): results,
# year null. No heading; the first paragraph names "công dân số", no pillar:
# null. "9 yếu tố cấu thành" counts the parts of a definition (structure).
# "phủ sóng 100% sóng băng rộng di động và internet ở tất cả các thôn, xóm":
# one value for two services, iid null; the population's smartphone share
# iid null (set15); "gần 100% hộ gia đình" op ~. A photo caption line was
# cut.
# --------------------------------------------------------------------------
D04 = dict(name="04_namdinh-cong-dan-so", kind="result", year=None, records=[
    R("phủ sóng «100% sóng", "Ngành viễn thông tỉnh đã phủ sóng sóng băng rộng di động và internet ở tất cả các thôn, "
      "xóm trên địa bàn", "=", 100),
    R("nay, «86,5% dân số", "dân số của tỉnh sử dụng điện thoại thông minh", "=", 86.5),
    R("gần «100% hộ", "hộ gia đình kết nối internet băng rộng cố định", "~", 100, iid=HHNET),
])

# --------------------------------------------------------------------------
# 05 Hòa Bình (sothongtin.hoabinh.gov.vn, no date): the programme 33-CTr/TU
# of 10/7/2020 sets aims "đến năm 2025: Kinh tế số chiếm khoảng 20% GRDP"
# (op ~) and "Đến năm 2030: ... trên 30% GRDP" (op >), "hình thành 01 đô
# thị thông minh" (a count, 2030). No heading names a pillar: null. Names
# "CMCN 4.0", "5G", "52-NQ/TW", "33-CTr/TU" and the date are no quantities.
# --------------------------------------------------------------------------
D05 = dict(name="05_hoabinh-cmcn4-muc-tieu", kind="target", year=2025, records=[
    R("chiếm khoảng «20% GRDP", "Kinh tế số chiếm GRDP", "~", 20, iid=ECO_GDP),
    R("chiếm trên «30% GRDP", "kinh tế số chiếm GRDP", ">", 30, year=2030, iid=ECO_GDP),
    R("hình thành «01 đô thị", "hình thành đô thị thông minh theo quy hoạch tỉnh", ">=", 1, **CNT, year=2030,
      iid="city.smart_city_localities_count"),
])

# --------------------------------------------------------------------------
# 06 Sơn La (baomoi.net.vn, "năm 2023"): counts of people trained, 2023.
# "10 lĩnh vực trọng tâm" (structure), "6 tuần thi" (the contest's rounds)
# are no quantities; "thu hút 203.62" is cut by the page, magnitude unknown
# (set9/set11). No heading names a pillar: null.
# --------------------------------------------------------------------------
D06 = dict(name="06_sonla-chuyen-doi-so-2023", kind="result", year=2023, records=[
    R("có gần «5.000 cán bộ", "cán bộ, công chức, viên chức được bồi dưỡng kiến thức về chuyển đổi số, phát triển chính "
      "quyền số phục vụ cải cách hành chính", "~", 5000, **CNT),
    R("; «5.711 thành viên", "thành viên Tổ chuyển đổi số cộng đồng được tập huấn kỹ năng số", "=", 5711, **CNT,
      iid=MEMBERS),
    R("; «70 lãnh đạo", "lãnh đạo quản lý, nhân viên phụ trách của các doanh nghiệp nhỏ và vừa được đào tạo", "=", 70,
      **CNT),
])

# --------------------------------------------------------------------------
# 07 Hà Giang (congthuong.vn; the page's line "Thứ sáu 09/05/2025 11:53" →
# date 2025-05): no reporting year in the text ("đến nay"; "Ngày 11/1/2022"
# dates a decision): the date's year 2025 (set12 19, set13 17). "2.418 trạm,
# trong đó có 703 trạm 4G": a total and its part by kind, both counts, scope
# null (spec); 4G stations keep the BTS id (a split by kind keeps the id).
# The share of phone users with smartphones: iid null (not the adult share,
# not subscriptions). "gần 100 sản phẩm" op ~. Title names no pillar: null.
# A photo caption line restating the 100% was cut (SOURCES.md).
# --------------------------------------------------------------------------
D07 = dict(name="07_hagiang-tinh-ngheo-chuyen-doi-so", kind="result", year=2025, records=[
    R("nay, «100% các xã", "các xã của Hà Giang đã có cáp quang đến trung tâm", "=", 100, iid=FIBRE_XA),
    R("đạt «2.418 trạm", "số trạm thu phát sóng (BTS)", "=", 2418, **CNT, iid=BTS),
    R("có «703 trạm", "trạm 4G", "=", 703, **CNT, iid=BTS),
    R("dân cư đạt «100%", "Tỷ lệ xã, phường, thị trấn có mạng Internet băng rộng đến khu vực trung tâm xã, khu vực tập "
      "trung đông dân cư", "=", 100, iid=FIBRE_XA),
    R("động đạt «98,6%", "tỷ lệ phủ sóng điện thoại di động", "=", 98.6, iid="infra.mobile_population_coverage_share"),
    R("có tới «58,2%", "những người dùng điện thoại ở Hà Giang điện thoại thông minh", "=", 58.2),
    R("gần «100 sản phẩm", "sản phẩm nông sản - dịch vụ của Hà Giang có mặt trên sàn thương mại điện tử", "~", 100,
      **CNT, iid=PRODS),
])

# --------------------------------------------------------------------------
# 08 Thừa Thiên Huế (a commune portal, quangvinh.thuathienhue.gov.vn,
# reporting on the province; no date, "Sau một năm triển khai"): results,
# year null. "5/7 nền tảng số dùng chung" and "4/7 nền tảng số": numerators
# recorded (set8), counts; no place (the province is the page's subject).
# The first paragraph names đô thị thông minh, kinh tế số and xã hội số
# together: null.
# --------------------------------------------------------------------------
D08 = dict(name="08_hue-nen-tang-so-quang-vinh", kind="result", year=None, records=[
    R("thí điểm «5/7 nền tảng", "Đã triển khai và thí điểm nền tảng số dùng chung", "=", 5, **CNT,
      iid="platforms.shared_platforms_count"),
    R("trong «4/7 nền tảng", "Đã triển khai ứng dụng Trí tuệ nhân tạo (AI) trong nền tảng số", "=", 4, **CNT),
])

# --------------------------------------------------------------------------
# 09 Đà Nẵng (vnmedia.vn, no date line): "Tính đến tháng 12/2023" and "Giữa
# năm 2023": 2023 for every value. "(vượt chỉ tiêu toàn quốc là 60%)": the
# bracket states the national target's value (not the excess): a target,
# op >= (bare "là"), year 2023, no place (the country's value, set13/set19).
# "(gắn với 1 kho dữ liệu ...)" and "mỗi người dân có 01 tài khoản số và 01
# kho dữ liệu": the platform's design (what each account is), not an
# indicator's value: no records. "12.000 thành viên của 2.400 tổ": two
# counts. No heading: pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_danang-cong-dan-so-2023", kind="result", year=2023, records=[
    R("có gần «50% người", "người dân trưởng thành có tài khoản công dân số", "~", 50,
      iid="platforms.citizen_app_users_share"),
    R("được «1.569 dịch vụ", "đã tích hợp được dịch vụ công trực tuyến lên Cổng dịch vụ công quốc gia", "=", 1569,
      **CNT),
    R("tỉ lệ «82%", "dịch vụ công trực tuyến tích hợp lên Cổng dịch vụ công quốc gia", "=", 82, iid=PORTAL),
    R("tỉ lệ «94%", "tỉ lệ hồ sơ trực tuyến", "=", 94, iid=ONLINE),
    R("là «60%)", "chỉ tiêu toàn quốc tỉ lệ hồ sơ trực tuyến", ">=", 60, kind="target", iid=ONLINE,
      note="the national target, in a bracket"),
    R("hơn «1.000 tập", "Cổng dịch vụ dữ liệu tập dữ liệu mở", ">", 1000, **CNT, iid="data.open_datasets_count"),
    R("hiệu quả «12.000 thành viên", "thành viên tổ công nghệ số cộng đồng", "=", 12000, **CNT, iid=MEMBERS),
    R("của «2.400 tổ", "tổ công nghệ số cộng đồng", "=", 2400, **CNT, iid=TEAMS),
    R("Hiện «240.000 người", "người dân Đà Nẵng đã đăng ký và được hưởng lợi ích này", "=", 240000, **CNT),
])

# --------------------------------------------------------------------------
# 10 Đà Nẵng (hethongphapluat.vn, Kế hoạch 93/KH-UBND of 15/4/2024, the
# 2024 plan): a precision check with no record. The excerpt stops in the
# review of 2023: "39 chỉ tiêu (trong đó 26 ... và 13 ...)", "08 / 13 / 06 /
# 12 chỉ tiêu", "35 nhiệm vụ", "10 nhiệm vụ", "01 nhiệm vụ" count the 2023
# plan's targets and tasks (set13-set19: no quantities); document numbers
# and dates.
# --------------------------------------------------------------------------
D10 = dict(name="10_danang-ke-hoach-93-2024", kind="target", year=2024, records=[])

# --------------------------------------------------------------------------
# 11 Đà Nẵng (tothethao.com mirroring a DTI 2023 report; no date line): DTI
# values take the DTI year 2023; the bracket "(0,5763 điểm)" is the national
# average of 2022. The national average "0,6783" (spec's "giá trị trung
# bình ở mức 0,6383": unit other, no "điểm" → unit_text null), "63/63" and
# "34/63" provinces (numerators, set12 01) and "100% các bộ, tỉnh đều có chỉ
# số tăng" (set16: a share of units) are the country's values: no place.
# "đứng thứ 2: hạ tầng số và hoạt động xã hội số": one number for two
# indices, one record (iid null). Main-index ranks and scores of "hoạt động
# kinh tế số / xã hội số": the scores take the catalogue's main-index score
# ids; the rank of "hoạt động kinh tế số" is null (the catalogue's
# dti.digital_economy_rank is the pillar's, set19's distinction). Not
# quantities: "tăng 0,0338 điểm", "tăng 17,2%" (NOT), "lùi 5 bậc (từ 1
# xuống 6)", "lùi 1 bậc (từ 1 xuống 2)" (changes and their endpoints),
# "dẫn đầu 5/8" (a tally of the index's parts where the city ranks first:
# the parts of an index, spec), "3 trụ cột", "năm thứ 4 liên tiếp", the
# threshold "từ mức 0,5 trở lên" inside the subject. DTI values: pillar
# null (set8-set19). An image line was cut.
# --------------------------------------------------------------------------
D11 = dict(name="11_danang-dti-2023", kind="result", year=2023, NOT=["tăng «17,2% so"], records=[
    R("đạt «0,834/1", "Giá trị DTI Đà Nẵng năm 2023", "=", 0.834, **PT, iid=DTIS),
    R("đứng thứ «2: hạ", "chỉ số thành phần chính hạ tầng số và hoạt động xã hội số", "=", 2, **RANK),
    R("đứng thứ «6 về", "Đà Nẵng đứng thứ về hoạt động kinh tế số trong các tỉnh, thành phố", "=", 6, **RANK),
    R("cấp tỉnh là «0,6783", "giá trị trung bình DTI 2023 cấp tỉnh", "=", 0.6783, **VAL),
    R("(«0,5763 điểm)", "giá trị trung bình DTI cấp tỉnh năm 2022", "=", 0.5763, **PT, year=2022),
    R("trong đó «63/63", "tỉnh, thành phố có giá trị DTI 2023 đạt từ mức 0,5 trở lên", "=", 63, **CNT),
    R("và «34/63", "tỉnh, thành phố trên mức giá trị trung bình", "=", 34, **CNT),
    R("Năm 2023, «100% các bộ", "các bộ, tỉnh đều có chỉ số tăng so với năm 2022", "=", 100),
    R("kinh tế số đạt «0,7262", "hoạt động kinh tế số", "=", 0.7262, **PT, iid="dti.digital_economy_score"),
    R("xã hội số đạt «0,5881", "hoạt động xã hội số", "=", 0.5881, **PT, iid="dti.digital_society_score"),
])

# --------------------------------------------------------------------------
# 12 Nghệ An (giaoducthoidai.vn, no date line): the 2022 plan for farm
# households on e-commerce platforms (văn bản 2345/UBND–TH): targets of
# 2022. The title "... 100% sản phẩm OCOP sẽ lên sàn thương mại điện tử"
# restates the lead's target (titles restating a value are recorded,
# set7-set19) and names thương mại điện tử → digital_economy for the whole
# text (spec's topic table; set17 11's title). "100 sản phẩm OCOP ... được
# đưa lên 2 sàn": the count of products is the target; "2 sàn" names which
# platforms (Postmart, Vỏ sò), not a value to reach; "3 sao" qualifies the
# products. "đẩy mạnh số lượng người truy cập ... từ 15-20%": a target
# stated as growth (spec), one between record. Photo captions cut.
# --------------------------------------------------------------------------
D12 = dict(name="12_nghean-ocop-len-san-ke-hoach-2022", kind="target", year=2022, records=[
    R("Nghệ An: «100% sản phẩm", "sản phẩm OCOP sẽ lên sàn thương mại điện tử", ">=", 100, pillar=ECO, iid=OCOP),
    R("mục tiêu «100% sản phẩm", "sản phẩm OCOP 3 sao trở lên sẽ được đưa lên sàn thương mại điện tử", ">=", 100,
      pillar=ECO, iid=OCOP),
    R("năm 2022 là «100 sản phẩm", "sản phẩm OCOP đáp ứng tiêu chí 3 sao trở lên được đưa lên sàn thương mại điện tử",
      ">=", 100, **CNT, pillar=ECO, iid=PRODS),
    R("Ngoài ra, «100% hộ", "hộ sản xuất nông nghiệp có sản phẩm đưa lên sàn thương mại điện tử được đào tạo kỹ năng số, "
      "kỹ năng kinh doanh", ">=", 100, pillar=ECO),
    R("từ «15-20%", "đẩy mạnh số lượng người truy cập và hoạt động trên sàn TMĐT", "between", 15, value_max=20,
      pillar=ECO),
])

# --------------------------------------------------------------------------
# 13 Nghệ An (thanhphovinh.com mirroring baonghean.vn; no date line):
# results "đến hết tháng 6 năm 2022" → 2022. The plan's aim "Thực hiện mục
# tiêu 100% sản phẩm OCOP ..." quoted in a result text is a target (set16
# 04, set18 15), op >=, 2022 (the plan's year). "11 gian hàng cấp huyện với
# 300 sản phẩm": two counts. The page shows no title here: pillar null.
# Photo captions cut.
# --------------------------------------------------------------------------
D13 = dict(name="13_nghean-ocop-len-san-ket-qua-2022", kind="result", year=2022, records=[
    R("mục tiêu «100% sản phẩm", "sản phẩm OCOP 3 sao trở lên được đưa lên sàn thương mại điện tử", ">=", 100,
      kind="target", iid=OCOP),
    R("đã có «63 sản phẩm", "sản phẩm OCOP 3 sao trở lên đã được đưa lên các sàn thương mại điện tử", "=", 63, **CNT,
      iid=PRODS),
    R("được «11 gian hàng", "gian hàng cấp huyện", "=", 11, **CNT),
    R("với «300 sản phẩm", "sản phẩm lên sàn", "=", 300, **CNT, iid=PRODS),
])

# --------------------------------------------------------------------------
# 14 Hà Tĩnh (baohatinh.vn, stamp date 2023-04): Đề án 06, a precision check
# with no record. "dẫn đầu toàn quốc", "xếp thứ hai" carry no digit (an
# ordinal written as a word, set15); "4 tổ công tác", "2 tổ", "26 tổ công
# tác lưu động" are the implementing structure (set17 09, set19 12); "từ 14
# tuổi trở lên" qualifies the subject; "2022-2025", "2030" and "Đề án 06"
# are names. A photo caption cut.
# --------------------------------------------------------------------------
D14 = dict(name="14_hatinh-cccd-de-an-06-2023", kind="result", year=2023, records=[])

# --------------------------------------------------------------------------
# 15 Hải Dương (thuvienphapluat.vn, Kế hoạch 1914/KH-UBND of 05/6/2023, the
# 2023 plan): a precision check with no record; the excerpt stops in the
# review of 2022 (the DX day, the IOC launch): dates, document numbers, list
# numbers "1.", "1.1.", "10.10".
# --------------------------------------------------------------------------
D15 = dict(name="15_haiduong-ke-hoach-1914-2023", kind="target", year=2023, records=[])

# --------------------------------------------------------------------------
# 16 Thanh Hóa (vietnamnet.vn, stamp date 2023-11): one value, "trong 6
# tháng đầu năm 2023 ... gần 10 cơ quan nhà nước bị lây nhiễm mã độc" (a
# count, op ~, 2023). No heading: pillar null. "48-CT/TW" a name. A photo
# caption cut.
# --------------------------------------------------------------------------
D16 = dict(name="16_thanhhoa-an-ninh-mang-2023", kind="result", year=2023, records=[
    R("có gần «10 cơ quan", "cơ quan nhà nước bị lây nhiễm mã độc, được kết nối vào mạng máy tính ma botnet", "~", 10,
      **CNT),
])

# --------------------------------------------------------------------------
# 17 Phú Thọ (lsvn.vn, no date line): the ranking of agencies and districts
# of 2022 and the year's results ("năm 2022"): 2022 for every value. "826,8
# điểm" (the department tax office's score, unit other "điểm"); "Cùng trong
# Top 5, có ...": a group rank of four named departments, one record (rank
# <=, set12 17's "TỐP 10 ... gồm"); "5 địa phương dẫn đầu ... gồm: ...": a
# group named by its size, no quantity (set12, set16). "95% đơn vị cấp sở,
# cấp huyện, 100% đơn vị cấp xã": the spec's split (as 01). "đạt 100% các
# xã, phường, thị trấn": communes with teams. "100% các cơ sở giáo dục từ
# Tiểu h": cut by the page, recorded as stored. No heading: pillar null.
# --------------------------------------------------------------------------
D17 = dict(name="17_phutho-xep-hang-co-quan-2022", kind="result", year=2022, records=[
    R("đạt «826,8 điểm", "tổng điểm Cục Thuế tỉnh dẫn đầu trong bảng đánh giá, xếp hạng mức độ chuyển đổi số các sở, "
      "ban, ngành", "=", 826.8, **PT),
    R("trong Top «5, có", "Sở Thông tin và Truyền thông, Sở Y tế, Văn phòng UBND tỉnh, Bảo hiểm Xã hội tỉnh trong Top "
      "bảng đánh giá, xếp hạng mức độ chuyển đổi số các sở, ban, ngành", "<=", 5, **RANK),
    R("«95% đơn vị cấp sở", "đơn vị đã bố trí cán bộ chuyên trách hoặc kiêm nhiệm làm nhiệm vụ tham mưu triển khai "
      "chuyển đổi số", "=", 95, scope="cấp sở", iid=STAFF),
    R("«95% đơn vị cấp sở", "đơn vị đã bố trí cán bộ chuyên trách hoặc kiêm nhiệm làm nhiệm vụ tham mưu triển khai "
      "chuyển đổi số", "=", 95, scope="cấp huyện", iid=STAFF),
    R(", «100% đơn vị cấp xã", "đơn vị đã bố trí cán bộ chuyên trách hoặc kiêm nhiệm làm nhiệm vụ tham mưu triển khai "
      "chuyển đổi số", "=", 100, scope="cấp xã", iid=STAFF),
    R("lập «2.356 tổ", "Toàn tỉnh đã thành lập tổ công nghệ số cộng đồng", "=", 2356, **CNT, iid=TEAMS),
    R("với «7.454 thành viên", "thành viên tổ công nghệ số cộng đồng", "=", 7454, **CNT, iid=MEMBERS),
    R("đạt «100% các xã", "xã, phường, thị trấn thành lập tổ công nghệ số cộng đồng", "=", 100,
      iid="aware.community_digital_teams_share"),
    R("cho «509 cán bộ", "đào tạo trực tuyến khóa bồi dưỡng về chuyển đổi số cho cán bộ lãnh đạo UBND cấp xã", "=", 509,
      **CNT),
    R("; «100% các cơ sở", "các cơ sở giáo dục từ Tiểu h", "=", 100, note="cut by the page"),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14, D15, D16, D17]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
