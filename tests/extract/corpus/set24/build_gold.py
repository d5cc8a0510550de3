#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set24).

Copied from set23's builder (itself from set21's, set19's, set17's, set15's, set14's, set12's, set10's, set9's, set8's and the seeds'). Each record
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
muctieu/catalog/data/indicators.yaml at commit f0d9ac1 (214 entries; see README). As in
set10-set23, the id is given in the record itself (`iid=`).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, GOV, ECO, SOC, INFRA, SEC, HR, DATA, SMART, INST, AWARE, CNT, RANK, T  # noqa: E402


VAL = dict(unit="other", unit_text=None)
PTS = dict(unit="other", unit_text="điểm")
DONG = dict(unit="other", unit_text="đồng")

MEMBERS = "aware.community_digital_team_members_count"
NETWORK = "infra.specialised_network_connection_share"
CAMERAS = "city.surveillance_cameras_count"
GDPSHARE = "econ.digital_economy_gdp_share"
SECLEVEL = "security.systems_level_approved_share"
PAR = "rank.par_index"

# --------------------------------------------------------------------------
# 01 Bắc Kạn (backan.gov.vn, no date shown): results "Đến nay", with the
# children's ID files counted "Từ tháng 7/2024" and a pilot "năm 2023"; the
# latest period the text names is 2024 → 2024 for all (set20 02, set23 01).
# The first sentence opens with "cơ sở hạ tầng thiết yếu phục vụ chuyển đổi
# số" and lists its values after a semicolon: a lead naming the
# infrastructure, taken as naming hạ tầng số for the sentence it opens
# (spec: a lead-in sets the pillar for the list it opens; eID included, the
# lead decides). Later sentences: null. "4 cấp hành chính" is a name, "(từ 14
# tuổi trở lên)", "dưới 14 tuổi" qualifiers, "Luật Căn cước năm 2023" a name.
# "tại 8 xã, phường thực hiện thí điểm chuyển đổi số năm 2023": a count of
# the communes where smartphones were supported (spec "hỗ trợ 5 doanh
# nghiệp"), year 2023. "53,1% trên tổng số trẻ em" names a denominator (spec).
# --------------------------------------------------------------------------
D01 = dict(name="01_backan-ket-qua-2024", kind="result", year=2024, records=[
    R("hiện đại; «100% xã", "xã, phường, thị trấn được phủ sóng di động", "=", 100, pillar=INFRA),
    R("sóng di động; «100% đơn vị", "đơn vị, địa phương được kết nối mạng truyền số liệu chuyên dùng", "=", 100,
      pillar=INFRA, iid=NETWORK),
    R("đạt tỷ lệ «91%", "tỷ lệ người dùng internet", "=", 91, pillar=INFRA, iid="infra.internet_users_share"),
    R("đạt «58,9%", "tỷ lệ người dân (từ 14 tuổi trở lên) có tài khoản định danh điện tử", "=", 58.9, pillar=INFRA,
      iid="society.eid_users_share"),
    R("trên «44.000 hồ sơ", "hồ sơ cấp căn cước cho trẻ em dưới 14 tuổi tỉnh đã tiến hành thu nhận", ">", 44000, **CNT),
    R("tỷ lệ «53,1%", "tỷ lệ trên tổng số trẻ em dưới 14 tuổi của tỉnh thu nhận hồ sơ cấp căn cước", "=", 53.1),
    R("tại «8 xã", "xã, phường thực hiện thí điểm chuyển đổi số hỗ trợ phổ cập điện thoại thông minh cho người dân trưởng thành",
      "=", 8, **CNT, year=2023),
])

# --------------------------------------------------------------------------
# 02 Bắc Kạn (vietnamnet.vn, no date shown): community digital teams "Đến
# nay"; the text names 2022 only as the year the national programme was
# approved and 2025 as its end: no reporting period → year null (set23 03,
# 12). Numerators of "108/108", "1.292/1.292" recorded (set8); communes and
# villages that set up teams are counts of places, not of teams (iid null,
# set23 02's "11/12 huyện"); members `aware.community_digital_team_members_count`.
# "cấp xã" / "cấp thôn" belong to two subjects, not a split (scope null).
# No heading: pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_backan-ntm-to-cnscd", kind="result", year=None, records=[
    R("có «108/108 xã", "xã thành lập được Tổ công nghệ số cộng đồng cấp xã", "=", 108, **CNT),
    R("với «1.014 thành viên", "thành viên tham gia Tổ công nghệ số cộng đồng cấp xã", "=", 1014, **CNT, iid=MEMBERS),
    R("; «1.292/1.292 thôn", "thôn, bản thành lập Tổ công nghệ số cộng đồng cấp thôn", "=", 1292, **CNT),
    R("với «5.689 thành viên", "thành viên tham gia Tổ công nghệ số cộng đồng cấp thôn", "=", 5689, **CNT, iid=MEMBERS),
])

# --------------------------------------------------------------------------
# 03 Sơn La (demo.baosonla.org.vn, no date shown): "hiện nay", no period named
# → year null. Every value stands under the heading "Phát triển hạ tầng số" →
# digital_infrastructure (officials' computers and the specialised network
# included: the heading decides). "cấp tỉnh, huyện, xã" of the computers share
# is one value for all levels (scope null, spec). "204 xã, phường, thị trấn"
# is a count of communes connected (recorded, the 100% before it names the
# departments and districts). "hội nghị trực tuyến 3 cấp" a name; "4G" a name.
# The page breaks off in "phủ sóng băng r": worded as stored, iid null
# (mobile or fixed broadband cannot be told).
# --------------------------------------------------------------------------
D03 = dict(name="03_sonla-xa-hoi-so", kind="result", year=None, records=[
    R("đã đạt «100%, hầu", "tỷ lệ máy tính/cán bộ công chức cấp tỉnh, huyện, xã của tỉnh", "=", 100, pillar=INFRA,
      iid="infra.civil_servants_computers_share"),
    R("đến «100% các sở", "các sở, ban, ngành, UBND các huyện, thành phố kết nối Mạng truyền số liệu chuyên dùng", "=", 100,
      pillar=INFRA, iid=NETWORK),
    R("và «204 xã", "xã, phường, thị trấn kết nối Mạng truyền số liệu chuyên dùng", "=", 204, **CNT, pillar=INFRA),
    R("; «100% trung tâm", "trung tâm huyện, thành phố được kết nối thông tin quang", "=", 100, pillar=INFRA),
    R("Hiện nay, «100% xã", "xã có hạ tầng băng rộng cáp quang", "=", 100, pillar=INFRA,
      iid="infra.fibre_commune_coverage_share"),
    R("«38,56%", "số hộ gia đình có thuê bao cáp quang", "=", 38.56, pillar=INFRA, iid="infra.households_internet_share"),
    R("; «100% số xã", "số xã, phường, thị trấn đã triển khai mạng thông tin di động 4G", "=", 100, pillar=INFRA),
    R("«93,26%", "số bản được phủ sóng băng r", "=", 93.26, pillar=INFRA,
      note="the page breaks off inside the subject; worded as stored"),
])

# --------------------------------------------------------------------------
# 04 national page on Hà Nội (nhandan.vn, no date shown): the DTI 2024 score
# of Hà Nội, the page's own subject (no place). "xếp thứ nhất trên 34 tỉnh"
# gives the rank in a word and a denominator only: no record. The index's
# structure ("12 chỉ số", "3 trụ cột", "400 / 300 / 300 điểm", "tổng điểm
# 1.000", "8 chỉ số chính với 47 chỉ số thành phần") is no quantity (spec,
# set23 19). Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_quocgia-dti-2024-hanoi", kind="result", year=2024, records=[
    R("với «0,8241 điểm", "Chỉ số Chuyển đổi số (DTI) cấp tỉnh năm 2024", "=", 0.8241, **PTS,
      iid="dti.provincial_score"),
])

# --------------------------------------------------------------------------
# 05 Ninh Bình (dantri.com.vn, date 2025-09): the police's monitoring centre,
# 141 cameras and their breakdown by kind (spec: one record per number, scope
# null); a breakdown by kind of the same measure keeps the id
# (`city.surveillance_cameras_count`). "24/24 giờ" is a time of day. No
# heading: pillar null (the security here is public order, not a pillar).
# --------------------------------------------------------------------------
D05 = dict(name="05_ninhbinh-camera-2025", kind="result", year=2025, records=[
    R("tổng số «141 camera", "Trung tâm được lắp đặt trên địa bàn tỉnh Ninh Bình với tổng số camera", "=", 141, **CNT,
      iid=CAMERAS),
    R("có «6 camera", "camera AI xử phạt tốc độ", "=", 6, **CNT, iid=CAMERAS),
    R("; «21 camera", "camera nhận dạng biển số xe", "=", 21, **CNT, iid=CAMERAS),
    R("; «62 camera", "camera giám sát xử lý vi phạm, không chấp hành hiệu lệnh của đèn tín hiệu giao thông", "=", 62,
      **CNT, iid=CAMERAS),
    R("; «35 camera", "camera giám sát an ninh trật tự", "=", 35, **CNT, iid=CAMERAS),
    R("; «17 camera", "camera nhận diện khuôn mặt", "=", 17, **CNT, iid=CAMERAS),
])

# --------------------------------------------------------------------------
# 06 national page (vietnam.vn, no date shown): the statistics office's
# digital-economy shares of GDP. Years: "bình quân giai đoạn 2020-2022" and
# the "Giai đoạn 2020-2022" sector values take the period's last year, 2022
# (set20 02, set23 01); "năm 2022 là 12,67%" and its "Trong đó" parts 2022;
# Bắc Ninh's GRDP share from the "Báo cáo thường niên kinh tế số Việt Nam
# 2022": 2022, place "Bắc Ninh" (a province on a national page). The
# sectors (dịch vụ, công nghiệp và xây dựng, nông lâm thủy sản) are a
# breakdown by kind, not a split by level or population group: scope null,
# the sector in the indicator (spec). "khoảng 12,75%" op ~. No heading; the
# opening "Trong các chỉ tiêu kinh tế số" holds no value and its "kinh tế
# số" is part of every indicator (set17 13, set23 03): null. Ids: the
# national 2022 share and Bắc Ninh's `econ.digital_economy_gdp_share`
# (set13-set21); the period mean, the core/other parts and their shares, the
# sector shares null (set19's labels).
# --------------------------------------------------------------------------
D06 = dict(name="06_quocgia-kinh-te-so-bacninh", kind="result", year=2022, records=[
    R("khoảng «12,75%", "tỷ trọng giá trị tăng thêm kinh tế số trong GDP bình quân giai đoạn 2020-2022", "~", 12.75),
    R("là «12,67%", "tỷ trọng giá trị tăng thêm kinh tế số trong GDP năm 2022", "=", 12.67, iid=GDPSHARE),
    R("đóng góp «7,77%", "ngành kinh tế số lõi đóng góp", "=", 7.77),
    R("(chiếm «61,29%)", "ngành kinh tế số lõi chiếm", "=", 61.29),
    R("đóng góp «4,91%", "số hóa các ngành khác đóng góp", "=", 4.91),
    R("(chiếm «38,71%)", "số hóa các ngành khác chiếm", "=", 38.71),
    R("đạt «6,59%", "khu vực dịch vụ tỷ trọng kinh tế số trong GDP", "=", 6.59),
    R("mức «6,11%", "khu vực công nghiệp và xây dựng tỷ trọng kinh tế số trong GDP", "=", 6.11),
    R("đóng góp «0,05%", "khu vực nông, lâm nghiệp và thủy sản đóng góp trong tổng GDP", "=", 0.05),
    R("GRDP là «56,83%", "tỷ trọng kinh tế số trên GRDP tỉnh Bắc Ninh", "=", 56.83, place="Bắc Ninh", iid=GDPSHARE),
])

# --------------------------------------------------------------------------
# 07 Hải Dương (nhandan.vn, no date shown): one target, "tới năm 2025, kinh tế
# số chiếm 20% GRDP" (bare number in a target → >=, spec). The lead's "kinh
# tế số" is the indicator's own subject: pillar null (set23 03).
# --------------------------------------------------------------------------
D07 = dict(name="07_haiduong-kinh-te-so-2025", kind="target", year=2025, records=[
    R("chiếm «20% GRDP", "kinh tế số chiếm GRDP", ">=", 20, iid=GDPSHARE),
])

# --------------------------------------------------------------------------
# 08 Nam Định (lite.baomoi.com, no date shown; the province is named in the
# last paragraph): "đến nay", no period → year null. The title "Ưu tiên phát
# triển hạ tầng số ..." names one pillar and heads the whole text →
# digital_infrastructure for every record, the online services and the
# ranking included (set23 01, 05: the heading decides). "cấp I và II", "3
# cấp", "3G, 4G" names. "100% xã và 100% số thôn, xóm": two records, two
# subjects (not a split by level: villages are a subject, spec "100% thôn,
# bản"). "khoảng 1,9 triệu thuê bao điện thoại các loại" op ~, magnitude
# multiplied, iid null (all kinds of phone subscriptions). "trên 85,5% dân số
# trưởng thành và 100% hộ gia đình": "trên" governs the first only. "tốp 10
# tỉnh, thành phố dẫn đầu về kết quả giải quyết thủ tục hành chính, dịch vụ
# công theo thời gian thực": rank <= 10 (spec "tốp 10"), the real-time
# service index `rank.public_service_index`.
# --------------------------------------------------------------------------
D08 = dict(name="08_namdinh-ha-tang-so", kind="result", year=None, records=[
    R("cấp. «100% số xã", "số xã được phủ sóng 3G, 4G", "=", 100, pillar=INFRA),
    R("phủ đến «100% xã", "hạ tầng mạng cáp quang phủ đến xã", "=", 100, pillar=INFRA,
      iid="infra.fibre_commune_coverage_share"),
    R("xã và «100% số thôn", "số thôn, xóm hạ tầng mạng cáp quang phủ đến", "=", 100, pillar=INFRA,
      iid="infra.fibre_village_coverage_share"),
    R("khoảng «1,9 triệu", "thuê bao điện thoại các loại", "~", 1900000, **CNT, pillar=INFRA),
    R("trên «85,5%", "dân số trưởng thành có điện thoại thông minh", ">", 85.5, pillar=INFRA,
      iid="society.adult_smartphone_share"),
    R("thành và «100% hộ", "hộ gia đình có điện thoại thông minh", "=", 100, pillar=INFRA,
      iid="society.households_smartphone_share"),
    R("trên «2.000 trạm", "trạm thu, phát sóng thông tin di động mặt đất", ">", 2000, **CNT, pillar=INFRA,
      iid="infra.bts_stations_count"),
    R("cung cấp «866 dịch vụ", "dịch vụ công toàn trình", "=", 866, **CNT, pillar=INFRA),
    R(", «872 dịch vụ", "dịch vụ công trực tuyến một phần", "=", 872, **CNT, pillar=INFRA),
    R("tỉnh; «100% dịch vụ", "dịch vụ công trực tuyến được tích hợp lên Cổng Dịch vụ công quốc gia", "=", 100,
      pillar=INFRA, iid="egov.national_portal_integrated_share"),
    R("tốp «10 tỉnh", "tỉnh, thành phố dẫn đầu về kết quả giải quyết thủ tục hành chính, dịch vụ công theo thời gian thực",
      "<=", 10, **RANK, pillar=INFRA, iid="rank.public_service_index"),
])

# --------------------------------------------------------------------------
# 09 Tuyên Quang, xã Tân Trịnh (vietnamnet.vn, date 2025-11): a commune after
# the 2025 reform. "kiện toàn Tổ công nghệ số cộng đồng tại 17 thôn": a count
# of villages with teams (iid null as in 02). "hơn 2.300 hồ s" (the page
# breaks off) "Từ tháng 7/2025 đến nay": op >, 2025. "Nghị quyết 57" a name.
# No heading: pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_tuyenquang-xa-tantrinh-2025", kind="result", year=2025, records=[
    R("tại «17 thôn", "thôn Tổ công nghệ số cộng đồng được xã kiện toàn", "=", 17, **CNT),
    R("hơn «2.300 hồ", "hồ s xã đã tiếp nhận", ">", 2300, **CNT,
      note="the page breaks off inside the noun; worded as stored"),
])

# --------------------------------------------------------------------------
# 10 Thanh Hóa, xã Thắng Lợi (baothanhhoa.vn, date 2026-01): a model village.
# "303 hộ dân, với hơn 1.000 nhân khẩu" is demography (set15, set23); "2 cấp"
# a name. Income "67,8 triệu đồng/năm" is a quantity (set23 11: money with
# its magnitude, unit_text as written). "bê tông hóa 100%": the roads'
# share reported as reached, a quantity like any other (recorded, though not
# a digital indicator; iid null). "hơn 90% hộ gia đình trong thôn đã chủ
# độn" (the page breaks off): op >, worded as stored. Year: the page's, 2026
# (set23 11). No heading: pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_thanhhoa-xa-thangloi-2026", kind="result", year=2026, records=[
    R("đạt «67,8 triệu", "thu nhập bình quân đầu người", "=", 67800000, unit="other", unit_text="đồng/năm"),
    R("hóa «100% hay", "hệ thống đường giao thông được bê tông hóa", "=", 100),
    R("hơn «90% hộ", "hộ gia đình trong thôn đã chủ độn", ">", 90,
      note="the page breaks off inside the predicate; worded as stored"),
])

# --------------------------------------------------------------------------
# 11 Hà Nội, xã Duyên Thái (khuyennonghanoi.gov.vn, no date shown): 2023 is
# the year the commune was recognised; the results ("Hiện tại") name no
# period → year null. "100% các cụm dân cư ... có nhóm Zalo" recorded; "Tổ
# chuyển đổi số tại 2 thôn khác và 1 khu dân cư": two counts (spec: each
# number of a breakdown), villages building the smart-village model (not
# recognised smart villages: iid null). Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_hanoi-xa-duyenthai", kind="result", year=None, records=[
    R("tại, «100% các cụm", "các cụm dân cư trong xã đã có nhóm Zalo kết nối", "=", 100),
    R("tại «2 thôn", "thôn khác xây dựng mô hình thôn thông minh với nòng cốt là Tổ chuyển đổi số", "=", 2, **CNT),
    R("và «1 khu", "khu dân cư xây dựng mô hình thôn thông minh với nòng cốt là Tổ chuyển đổi số", "=", 1, **CNT),
])

# --------------------------------------------------------------------------
# 12 national page (congthuong.vn, no date shown): the ministry's
# information-security figures "trong năm 2023" → 2023; the revenue of 2022
# in brackets "(4.062 tỷ đồng)" is a value of 2022 (spec: a bracket that
# states a value). The title "Ghi nhận, cảnh báo và hướng dẫn xử lý 12.846
# cuộc tấn công mạng" names a topic of an toàn thông tin and heads the whole
# text → information_security for every record (set23 01, 05); the title's
# number is a restated value, recorded like the body's (set23 07/08). The
# sub-heading "65% hệ thống đã được phê duyệt ..." states the same share as
# the last paragraph's "đạt 65%": both recorded. Changes "tăng 20% / 38,68% /
# 13% so với" are no quantities (NOT). Money: unit other, "đồng", the
# magnitude multiplied in (spec). Companies by kind (3/69/34; 74/30/80): one
# record per number, scope null (spec). Approved systems' share
# `security.systems_level_approved_share`; the counts have no catalogue id.
# --------------------------------------------------------------------------
D12 = dict(name="12_quocgia-attt-2023", kind="result", year=2023, records=[
    R("«12.846 cuộc tấn công mạng\n", "cuộc tấn công mạng Ghi nhận, cảnh báo và hướng dẫn xử lý", "=", 12846, **CNT,
      pillar=SEC),
    R("«12.846 cuộc tấn công mạng.", "cuộc tấn công mạng ghi nhận, cảnh báo và hướng dẫn xử lý", "=", 12846, **CNT,
      pillar=SEC),
    R("«65% hệ thống", "hệ thống đã được phê duyệt cấp độ an toàn hệ thống thông tin", "=", 65, pillar=SEC, iid=SECLEVEL),
    R("ước đạt «5.522 tỷ", "doanh thu lĩnh vực an toàn thông tin mạng", "=", 5522e9, **DONG, pillar=SEC),
    R("(«4.062 tỷ", "doanh thu lĩnh vực an toàn thông tin mạng năm 2022", "=", 4062e9, **DONG, pillar=SEC, year=2022),
    R("đạt «322,3 tỷ", "Tổng số tiền nộp ngân sách nhà nước của doanh nghiệp hoạt động an toàn thông tin mạng", "=",
      322.3e9, **DONG, pillar=SEC),
    R("là «3.866 người", "Tổng số lao động của doanh nghiệp hoạt động trong lĩnh vực an toàn thông tin mạng", "=", 3866,
      **CNT, pillar=SEC),
    R("là «109 doanh", "Tổng số doanh nghiệp được cấp phép", "=", 109, **CNT, pillar=SEC),
    R("(«3 tập đoàn", "tập đoàn nhà nước được cấp phép", "=", 3, **CNT, pillar=SEC),
    R(", «69 công ty", "công ty cổ phần được cấp phép", "=", 69, **CNT, pillar=SEC),
    R("và «34 công ty", "công ty TNHH được cấp phép", "=", 34, **CNT, pillar=SEC),
    R("đó, «74 doanh", "doanh nghiệp được cấp phép nhập khẩu sản phẩm", "=", 74, **CNT, pillar=SEC),
    R("; «30 doanh", "doanh nghiệp được cấp phép sản xuất sản phẩm", "=", 30, **CNT, pillar=SEC),
    R("và «80 doanh", "doanh nghiệp được cấp phép cung cấp dịch vụ", "=", 80, **CNT, pillar=SEC),
    R("là «3.192 hệ thống", "Tổng số hệ thống thông tin trong cơ quan, tổ chức nhà nước", "=", 3192, **CNT, pillar=SEC),
    R("đó, «2.074 hệ thống", "hệ thống đã được phê duyệt cấp độ an toàn hệ thống thông tin", "=", 2074, **CNT, pillar=SEC),
    R("đạt «65%.", "hệ thống đã được phê duyệt cấp độ an toàn hệ thống thông tin", "=", 65, pillar=SEC, iid=SECLEVEL),
], NOT=["tăng «20% so", "tăng «38,68%", "tăng «13% so"])

# --------------------------------------------------------------------------
# 13 national page (vietnamnet.vn, date 2023-11): October 2023's attacks and
# the approved systems "tính đến tháng 10 năm nay" → 2023. The changes
# ("tăng 11,8% / 17,9% / 32,5% so với") are no quantities (NOT). "thông 15
# tin" carries a stray "15" inside "thông tin" (page furniture run into the
# line; no quantity). No heading: pillar null (the agency "Cục An toàn thông
# tin" is a name, not a lead).
# --------------------------------------------------------------------------
D13 = dict(name="13_quocgia-attt-thang10-2023", kind="result", year=2023, records=[
    R("xử lý «1.010 cuộc", "cuộc tấn công mạng gây ra sự cố vào các hệ thống thông tin tại Việt Nam trong tháng 10", "=",
      1010, **CNT),
    R("có «2.020 hệ thống", "hệ thống thông tin được phê duyệt cấp độ đảm bảo an toàn thông tin", "=", 2020, **CNT),
    R("tỷ lệ «63%", "hệ thống thông tin được phê duyệt cấp độ đảm bảo an toàn thông tin", "=", 63, iid=SECLEVEL),
], NOT=["tăng «11,8%", "tăng «17,9%", "tăng «32,5%"])

# --------------------------------------------------------------------------
# 14 national page (ictnews, date 2020-09): SOC centres and licensed security
# companies "Đến nay" → 2020. "10 Bộ và 34 tỉnh, thành phố": two counts, two
# subjects; companies by kind (4/54/26) one record per number. "mô hình ...
# 4 lớp", "2 lớp quan trọng" describe the protection model (no quantity).
# No heading: pillar null. No catalogue id for these counts.
# --------------------------------------------------------------------------
D14 = dict(name="14_quocgia-soc-2020", kind="result", year=2020, records=[
    R("là «10 Bộ", "Bộ triển khai Trung tâm điều hành an ninh mạng SOC", "=", 10, **CNT),
    R("và «34 tỉnh", "tỉnh, thành phố triển khai Trung tâm điều hành an ninh mạng SOC", "=", 34, **CNT),
    R("có «84 doanh", "doanh nghiệp được cấp phép kinh doanh sản phẩm, dịch vụ an toàn thông tin mạng", "=", 84, **CNT),
    R("có «4 tập đoàn", "tập đoàn nhà nước được cấp phép kinh doanh sản phẩm, dịch vụ an toàn thông tin mạng", "=", 4, **CNT),
    R(", «54 công ty", "công ty cổ phần được cấp phép kinh doanh sản phẩm, dịch vụ an toàn thông tin mạng", "=", 54, **CNT),
    R("và «26 công ty", "công ty trách nhiệm hữu hạn được cấp phép kinh doanh sản phẩm, dịch vụ an toàn thông tin mạng", "=",
      26, **CNT),
    R("có «8 doanh", "doanh nghiệp cung cấp nền tảng dịch vụ Trung tâm SOC đáp ứng yêu cầu kết nối, chia sẻ thông tin với NCSC",
      "=", 8, **CNT),
])

# --------------------------------------------------------------------------
# 15 Hà Nội (nvsk.vnanet.vn, TTXVN 18/4/2024): PAR INDEX 2023 → 2023. "6/6 vùng
# ... đạt trên 80%": the numerator (set8) and the regions' mean "trên 80%" (op
# >). Hà Nội's rank "thứ 3/63" `rank.par_index`; its value "91,43%" null (the
# catalogue has the rank only, set21 01). Hà Nội is the page's subject: no
# place. "năm thứ 2 liên tiếp" an ordinal. Pillar null.
# --------------------------------------------------------------------------
D15 = dict(name="15_hanoi-par-index-2023", kind="result", year=2023, records=[
    R("2023, «6/6 vùng", "vùng kinh tế - xã hội có giá trị trung bình Chỉ số Cải cách hành chính đạt trên", "=", 6, **CNT),
    R("trên «80%", "giá trị trung bình Chỉ số Cải cách hành chính (Par Index 2023) của vùng kinh tế - xã hội", ">", 80),
    R("thứ «3/63", "Thành phố Hà Nội xếp về chỉ số cải cách hành chính (PAR INDEX)", "=", 3, **RANK, iid=PAR),
    R("đạt «91,43%", "Thành phố Hà Nội chỉ số cải cách hành chính (PAR INDEX)", "=", 91.43),
])

# --------------------------------------------------------------------------
# 16 national page (baotintuc.vn, no date line; the ministry announced on
# 17/4/2024): SIPAS 2023 → 2023; "(80,08%)" the value of 2022 in brackets
# (spec). National means: iid null (set20/set21). "tăng 2,58% so với" a
# change (NOT). "57 địa phương có chỉ số cao hơn năm 2022": a count of
# provinces, recorded ("sáu địa phương" in a word: no record). The title's
# "63 địa phương" is the population ranked (set23). Pillar null.
# --------------------------------------------------------------------------
D16 = dict(name="16_quocgia-sipas-2023", kind="result", year=2023, records=[
    R("là «82,66%", "chỉ số SIPAS trung bình cả nước", "=", 82.66),
    R("(«80,08%)", "chỉ số SIPAS trung bình cả nước năm 2022", "=", 80.08, year=2022),
    R("«57 địa phương", "địa phương có chỉ số cao hơn năm 2022", "=", 57, **CNT),
], NOT=["tăng «2,58%"])

# --------------------------------------------------------------------------
# 17 Nam Định (thuonghieucongluan.com.vn, a tag page; "17/04" without a
# year): PAR INDEX 2023 → 2023. "đạt 87,32" written without "%": an index
# value, unit other, unit_text null (spec); iid null (set21 01). Rank "thứ
# 29/63" `rank.par_index`. "tăng 2,46 điểm %", "tăng 5 bậc" are changes; the
# band of "nhóm B - ... từ 80% - 90%" defines a group (NOT, no value of Nam
# Định). Pillar null.
# --------------------------------------------------------------------------
D17 = dict(name="17_namdinh-par-index-2023", kind="result", year=2023, records=[
    R("đạt «87,32", "Chỉ số cải cách hành chính năm 2023 (PAR INDEX) Nam Định", "=", 87.32, **VAL),
    R("thứ «29/63", "Nam Định xếp thứ tỉnh, thành phố Chỉ số cải cách hành chính", "=", 29, **RANK, iid=PAR),
], NOT=["từ «80% - 90%", "80% - «90%"])

# --------------------------------------------------------------------------
# 18 Đà Nẵng (vccidanang.com.vn, no date shown): DTI 2022 announced in July
# 2023 → 2022. Ranks in words ("xếp hạng nhất"): no record; "3 năm liên tiếp"
# a duration; "6 tháng đầu năm 2023" a period; "tăng 1 bậc" a change. "100%
# các bộ, tỉnh, thành phố đều có chỉ số tăng so với năm 2021": a share of
# units, recorded (the share is the value; the rise is its subject).
# Pillar null.
# --------------------------------------------------------------------------
D18 = dict(name="18_danang-dti-2022", kind="result", year=2022, records=[
    R("2022, «100% các bộ", "các bộ, tỉnh, thành phố đều có chỉ số tăng so với năm 2021", "=", 100),
])

# --------------------------------------------------------------------------
# 19 Thái Bình (congthuong.vn, date 2024-12): community digital teams since
# 6/2022, the resolution 02-NQ/TU; no quantity at all (a precision check).
# --------------------------------------------------------------------------
D19 = dict(name="19_thaibinh-to-cnscd-2024", kind="result", year=2024, records=[])

# --------------------------------------------------------------------------
# 20 national page (dientuungdung.vn, crawler's stamp " date 2025-01"): the
# National Committee's action plan targets. The text names no year; the
# stamp's year is the document's year (spec) → 2025 for every target (the
# page's own title, not part of the excerpt, speaks of 2023: the text alone
# decides). "trên" → op > (spec). Pillars: "Trong vấn đề phát triển kinh tế
# số," leads the first paragraph → digital_economy for its two targets (set23
# 02 "Ở lĩnh vực Kinh tế số,"); "Về xã hội số," leads the fourth →
# digital_society for its three; the other paragraphs name no pillar and
# stand under no heading → null (spec). The photo caption "Trị giá trên 16%
# trong GDP ..." was cut (SOURCES.md). "từ 15 tuổi" a qualifier. National
# targets take the catalogue's ids (set13-set21): GDP share, e-commerce in
# retail, SMEs using platforms, smartphone subscriptions, households with
# fibre (`infra.households_internet_share`, the majority of earlier sets),
# adults' eID, bank accounts, telehealth, health records, approved systems;
# the ministries' plans and cashless activities, SMEs trying platforms: null.
# --------------------------------------------------------------------------
D20 = dict(name="20_quocgia-muc-tieu-kinh-te-so-xa-hoi-so", kind="target", year=2025, records=[
    R("GDP trên «16%", "tỷ trọng giá trị tăng thêm của kinh tế số trong GDP", ">", 16, pillar=ECO, iid=GDPSHARE),
    R("lẻ trên «8,5%", "Tỷ trọng thương mại điện tử trong tổng mức bán lẻ", ">", 8.5, pillar=ECO,
      iid="econ.ecommerce_retail_share"),
    R("«100% bộ, ngành, địa phương ban hành", "bộ, ngành, địa phương ban hành và tổ chức triển khai kế hoạch phát triển kinh tế số và xã hội số",
      ">=", 100),
    R("«100% bộ, ngành, địa phương triển khai", "bộ, ngành, địa phương triển khai các hoạt động thúc đẩy chuyển đổi số, thanh toán không dùng tiền mặt trong các cơ sở giáo dục, y tế",
      ">=", 100),
    R("Trên «90% doanh", "doanh nghiệp nhỏ và vừa được tiếp cận dùng thử các nền tảng chuyển đổi số", ">", 90),
    R("trên «30% doanh", "doanh nghiệp nhỏ và vừa thường xuyên sử dụng các nền tảng chuyển đổi số", ">", 30,
      iid="econ.sme_digital_platforms_share"),
    R("thông minh trên «80%", "tỷ lệ thuê bao điện thoại di động sử dụng điện thoại thông minh", ">", 80, pillar=SOC,
      iid="infra.smartphone_subscriptions_share"),
    R("băng rộng trên «85%", "Tỷ lệ hộ gia đình có đường Internet cáp quang băng rộng", ">", 85, pillar=SOC,
      iid="infra.households_internet_share"),
    R("định danh điện tử trên «30%", "Tỷ lệ dân số trưởng thành có tài khoản định danh điện tử", ">", 30, pillar=SOC,
      iid="society.eid_users_share"),
    R("khác trên «75%", "Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ chức được phép khác",
      ">", 75, iid="society.bank_account_15plus_share"),
    R("từ xa trên «30%", "Tỷ lệ dân số trưởng thành sử dụng nền tảng hỗ trợ tư vấn khám, chữa bệnh từ xa", ">", 30,
      iid="society.telehealth_use_share"),
    R("sức khỏe điện tử trên «80%", "Tỷ lệ dân số có hồ sơ sức khỏe điện tử", ">", 80,
      iid="society.electronic_health_records_share"),
    R("thông tin trên «80%.Tỷ", "tỷ lệ hệ thống thông tin của cơ quan nhà nước hoàn thành phê duyệt cấp độ an toàn hệ thống thông tin",
      ">", 80, iid=SECLEVEL),
])

# --------------------------------------------------------------------------
# 21 Hà Tĩnh, Kế hoạch 115/KH-UBND (thuviennhadat.vn): the 2024 plan's
# review "ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2023" → results of 2023 (the excerpt
# stops before the plan's targets). The heading names no pillar, "trên cả 03
# trụ cột ..." names three → null. "03 trụ cột" a count of pillars, "Đề án
# 06" a name. Units with a DX plan `aware.agencies_dx_plan_share`; the other
# two null ("các địa phương" with teams is not the catalogue's share of
# villages; the last is cut by the page: worded as stored).
# --------------------------------------------------------------------------
D21 = dict(name="21_hatinh-ke-hoach-2024", kind="result", year=2023, records=[
    R("xã hội số: «100% sở", "sở, ban, ngành cấp tỉnh, UBND các huyện, thành phố, thị xã xây dựng và triển khai hiệu quả kế hoạch chuyển đổi số",
      "=", 100, iid="aware.agencies_dx_plan_share"),
    R("giao; «100% đơn vị", "đơn vị, địa phương phê duyệt hồ sơ đề", "=", 100,
      note="the page breaks off inside the subject; worded as stored"),
    R("phù hợp; «100% các địa phương", "các địa phương thành lập Tổ chuyển đổi số cộng đồng", "=", 100),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14, D15, D16, D17, D18, D19, D20, D21]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
