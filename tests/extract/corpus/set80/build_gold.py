#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set80).

Copied from set69's builder (itself from set47's, set45's, set43's, set41's, ... and the seeds').
Each record is written by hand below; its anchor is never typed in. A record names a locator: a
piece of the text with « just before the number. The locator (without «) must occur exactly once in
the text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (232
entries; see README). As in set10-set69, the id is given in the record itself (`iid=`).

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
USD = dict(unit="other", unit_text="USD")

# --------------------------------------------------------------------------
# 01 Cà Mau, digital transformation in firms (sggp.org.vn; the crawler's stamp
# " date 2025-08-12" written as `date 2025-08` → 2025; two photo captions cut).
# Results, as the Department of Science and Technology reported them: "100%
# doanh nghiệp triển khai hóa đơn điện tử" (=, econ.e_invoice_enterprises_share),
# "97% doanh nghiệp đăng ký và nộp thuế điện tử" (=, econ.e_tax_enterprises_share),
# "gần 170 doanh nghiệp xây dựng website thương mại điện tử" (~, count),
# "gần 12.710 chữ ký số được cấp cho hơn 4.870 doanh nghiệp": two records (~ on
# the signatures, > on the firms; no id: egov.digital_certificates_issued_count
# counts officials' certificates), "trên 1.260 doanh nghiệp, hộ kinh doanh
# triển khai phần mềm quản lý bán hàng" (>, count). Not quantities: "hơn 9.020
# doanh nghiệp đang hoạt động" (the population of firms, the base the shares
# are of, not a value reached; a judgement) and "doanh nghiệp nhỏ và vừa chiếm
# khoảng 98%" (the make-up of that population → NOT, as set69's "chiếm gần
# 90%"). The lead-in "Kết quả thực hiện chuyển đổi số trong doanh nghiệp ..."
# names no pillar → null.
# --------------------------------------------------------------------------
D01 = dict(name="01_camau-doanh-nghiep-cds-2025", kind="result", year=2025, records=[
    R("như: «100% doanh nghiệp", "doanh nghiệp triển khai hóa đơn điện tử", "=", 100,
      iid="econ.e_invoice_enterprises_share"),
    R("điện tử; «97% doanh nghiệp", "doanh nghiệp đăng ký và nộp thuế điện tử", "=", 97,
      iid="econ.e_tax_enterprises_share"),
    R("gần «170 doanh nghiệp", "doanh nghiệp xây dựng website thương mại điện tử", "~", 170, **CNT),
    R("gần «12.710 chữ ký số", "chữ ký số được cấp cho doanh nghiệp", "~", 12710, **CNT),
    R("cho hơn «4.870 doanh nghiệp", "doanh nghiệp được cấp chữ ký số", ">", 4870, **CNT),
    R("trên «1.260 doanh nghiệp", "doanh nghiệp, hộ kinh doanh triển khai phần mềm quản lý bán hàng", ">", 1260,
      **CNT),
], NOT=["chiếm khoảng «98%"])

# --------------------------------------------------------------------------
# 02 Tuyên Quang, infrastructure and security (vietnamnet.vn, no date shown;
# the excerpt starts inside the article at "Hiện nay," and names no year of
# measurement → year null for every record; "từ năm 2022" dates when the
# anti-malware system was first deployed, not the count, a judgement). First
# line, four results: "100% thôn bản ... được phủ sóng điện thoại di động" (=,
# infra.mobile_village_coverage_share), "gần 55% hộ gia đình đã có kết nối
# Internet băng rộng cố định" (~, infra.households_internet_share), "hơn 60% dân
# số trưởng thành có điện thoại di động thông minh" (>,
# society.adult_smartphone_share), "mạng truyền số liệu chuyên dùng được triển
# khai đến 100% cơ quan nhà nước từ cấp tỉnh đến cấp xã" (=, one value for all
# levels → scope null; infra.specialised_network_connection_share). "hơn 3.300
# máy tính" protected by the anti-malware solution (>, count; no id: the
# catalogue holds the share). Pillar: the first line stands under no heading
# → null; the paragraph of the 3.300 computers opens with "Lãnh đạo tỉnh xác
# định đảm bảo an toàn an ninh mạng là nhiệm vụ trọng yếu ..." and its sentence
# is "để đảm bảo an toàn thông tin ..." → information_security (a lead-in that
# names the pillar; a judgement).
# --------------------------------------------------------------------------
D02 = dict(name="02_tuyenquang-ha-tang-so-an-toan-thong-tin", kind="result", year=None, records=[
    R("Hiện nay, «100% thôn bản", "thôn bản trên địa bàn tỉnh được phủ sóng điện thoại di động", "=", 100,
      iid="infra.mobile_village_coverage_share"),
    R("gần «55% hộ", "hộ gia đình đã có kết nối Internet băng rộng cố định", "~", 55,
      iid="infra.households_internet_share"),
    R("hơn «60% dân số", "dân số trưởng thành có điện thoại di động thông minh", ">", 60,
      iid="society.adult_smartphone_share"),
    R("triển khai đến «100% cơ quan", "mạng truyền số liệu chuyên dùng được triển khai đến cơ quan nhà nước từ cấp "
      "tỉnh đến cấp xã", "=", 100, iid="infra.specialised_network_connection_share"),
    R("cho hơn «3.300 máy tính", "máy tính của các cơ quan nhà nước được triển khai giải pháp phòng chống mã độc",
      ">", 3300, **CNT, pillar=SEC),
])

# --------------------------------------------------------------------------
# 03 Hà Giang, the 2024 digital-transformation targets met (skhcn.hagiang.gov.vn,
# no date shown; "năm 2024" → 2024). A precision text with no quantity: "hoàn
# thành 92/92 chỉ tiêu nhiệm vụ" and its parts "20 chỉ tiêu", "27 chỉ tiêu",
# "22 chỉ tiêu", "33 nhiệm vụ" are counts of targets and tasks (spec: not
# quantities); "57.489 người tham gia" and "303.134 lượt thi" are the
# participants of a quiz (spec: the participants of an event are not
# quantities). Not quantities either: "318/KH-UBND", "19/12/2023", "đề án 06",
# "(28/8)", "(10/10)".
# --------------------------------------------------------------------------
D03 = dict(name="03_hagiang-92-chi-tieu-cds-2024-precision", kind="result", year=2024, records=[])

# --------------------------------------------------------------------------
# 04 Lạng Sơn, "Bứt phá trong chuyển đổi số" (tinbong247.org, a copy of a
# provincial article; no date shown; "trong năm 2022" → document year 2022).
# A precision text: one quantity, "đến năm 2021, toàn tỉnh có 200 thôn, bản
# trắng sóng 3G, 4G hoặc có sóng nhưng sóng yếu" (result, =, count, year 2021;
# no id). Not quantities: "5 trụ cột" (the parts of the programme), "dân số hơn
# 800.000 người" (the province's population), "94,9 người/km2" and "1/3" (its
# density against the country's): facts about the province, not values of an
# indicator of the transformation (a judgement); "3G, 4G" (names). Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_langson-trang-song-2021-precision", kind="result", year=2022, records=[
    R("toàn tỉnh có «200 thôn", "thôn, bản trắng sóng 3G, 4G hoặc có sóng nhưng sóng yếu, không ổn định", "=", 200,
      **CNT, year=2021),
])

# --------------------------------------------------------------------------
# 05 Lạng Sơn, the state of digital transformation in 2022 (truongchinhtrils.vn,
# the provincial political school; the lines "Skip to main content", "x" cut;
# the date line "20 December 2022" cut and written as `date 2022-12`; "năm
# 2022" → 2022). Under "1.1. Chuyển đổi số trong cơ quan Đảng" (no pillar →
# null): "Sổ tay đảng viên điện tử ứng dụng cho trên 67.500 đảng viên và 100%
# chi bộ, đảng bộ các cấp" → two records, each its own subject ("trên" read on
# the first number only: >, count; =, %); no id (the catalogue's
# society.party_members_e_handbook_share is a share of members, the text gives
# a count of members and a share of cells; a judgement). Under "1.2. Kết quả
# phát triển chính quyền số" → digital_government: "VNPT-iOffice triển khai tới
# 100% cơ quan hành chính nhà nước ở cả 3 cấp tỉnh, huyện, xã" (=, one value for
# all levels → scope null; egov.document_system_use_share) and "19.881 người sử
# dụng" (=, count). Not quantities: "3 cấp" (the levels), heading numbers,
# "49-NQ/TU", "53-KH/TU", dates, "2022 - 2025".
# --------------------------------------------------------------------------
D05 = dict(name="05_langson-co-quan-dang-chinh-quyen-so-2022", kind="result", year=2022, records=[
    R("cho trên «67.500 đảng viên", "đảng viên ứng dụng nền tảng số Sổ tay đảng viên điện tử", ">", 67500,
      **CNT),
    R("đảng viên và «100% chi bộ", "chi bộ, đảng bộ các cấp trên địa bàn tỉnh ứng dụng Sổ tay đảng viên điện tử "
      "phục vụ họp chi bộ trực tuyến", "=", 100),
    R("triển khai tới «100% cơ quan", "hệ thống quản lý văn bản và điều hành (VNPT-iOffice) triển khai tới cơ quan "
      "hành chính nhà nước ở cả 3 cấp tỉnh, huyện, xã", "=", 100, pillar=GOV,
      iid="egov.document_system_use_share"),
    R("có «19.881 người", "người sử dụng hệ thống quản lý văn bản và điều hành", "=", 19881, **CNT, pillar=GOV),
])

# --------------------------------------------------------------------------
# 06 Cần Thơ, "Hòa nhịp chuyển đổi số" (baocantho.com.vn; the byline line
# "27/09/2023 - 22:44" cut and written as `date 2023-09`). A precision text
# with no quantity: "20 năm" (the city's age, in the series title), "Bài 2"
# (the part of a series), "9 lĩnh vực ưu tiên" (the fields chosen: a count of
# priorities, like a count of tasks), "3 phân hệ chính" (the parts of an app),
# "năm 2023" (a date).
# --------------------------------------------------------------------------
D06 = dict(name="06_cantho-20-nam-cds-precision", kind="result", year=2023, records=[])

# --------------------------------------------------------------------------
# 07 Bắc Giang, the economy and the province's rankings in 2023
# (stttt.bacgiang.gov.vn; the visit counters "Statistical Access ... Total
# visited: 10,109,157" and the lines "|", "查看数次:", "dark-mode-label OFF",
# "font-size: A- A A+" cut; no date shown; "Năm 2023" → 2023). Results:
# "tốc độ tăng trưởng đạt 13,45%" (=, the growth rate itself, not a change
# stated against an earlier value; a judgement), "Quy mô nền kinh tế GRDP ...
# đạt 181,9 nghìn tỷ đồng" (other "đồng", both magnitude words multiplied in:
# 1.819e14), "tương đương khoảng 7,6 tỷ USD" (~, other "USD": the same size in
# another currency, recorded as a value stated), "vươn lên vị trí thứ 12 cả
# nước" (rank =, the GRDP's place), "chỉ số PCI ... đứng thứ 2" (rank.pci), "Par
# Index ... đứng thứ 4" (rank.par_index), "chỉ số về chuyển đổi số ... đứng thứ
# 9" (dti.provincial_rank), "Thu hút đầu tư ... đạt trên 3,2 tỷ USD" (>), "thu
# hút FDI đạt xấp xỉ 3 tỷ USD" (~), "đứng thứ 4 cả nước" (rank of FDI),
# "vốn cấp mới FDI ... đứng thứ 2 cả nước sau Quảng Ninh" (rank =). Not
# quantities: "tăng 1 bậc", "tăng 29 bậc", "tăng 3 bậc", "tăng 1 bậc" (changes
# against 2022), "đứng thứ nhất", "đứng đầu" (written as words), "năm 2022".
# Pillar null (the title names no pillar).
# --------------------------------------------------------------------------
D07 = dict(name="07_bacgiang-kinh-te-xep-hang-2023", kind="result", year=2023, records=[
    R("tăng trưởng đạt «13,45%", "tốc độ tăng trưởng kinh tế Bắc Giang", "=", 13.45),
    R("mở rộng, đạt «181,9 nghìn", "Quy mô nền kinh tế GRDP", "=", 181.9e12, **DONG),
    R("khoảng «7,6 tỷ USD", "Quy mô nền kinh tế GRDP", "~", 7.6e9, **USD),
    R("vị trí thứ «12 cả nước", "Quy mô nền kinh tế GRDP vươn lên vị trí cả nước", "=", 12, **RANK),
    R("đứng thứ «2 cả nước; chỉ số", "chỉ số PCI", "=", 2, **RANK, iid="rank.pci"),
    R("đứng thứ «4 cả nước; chỉ số", "chỉ số cải cách hành chính (Par Index)", "=", 4, **RANK, iid="rank.par_index"),
    R("đứng thứ «9 cả nước", "chỉ số về chuyển đổi số", "=", 9, **RANK, iid="dti.provincial_rank"),
    R("đạt trên «3,2 tỷ USD", "Thu hút đầu tư", ">", 3.2e9, **USD),
    R("xấp xỉ «3 tỷ USD", "thu hút FDI", "~", 3e9, **USD),
    R("USD, đứng thứ «4 cả nước", "thu hút FDI đứng thứ cả nước", "=", 4, **RANK),
    R("đứng thứ «2 cả nước sau", "vốn cấp mới FDI (không bao gồm vốn điều chỉnh tăng) Bắc Giang đứng thứ cả nước",
      "=", 2, **RANK),
])

# --------------------------------------------------------------------------
# 08 Kon Tum, "nỗ lực xóa vùng lõm sóng" (giamngheothongtin.congthuong.vn; the
# byline "Dân tộc thiểu số & Miền núi 27/10/2022 17:34 Theo dõi Congthuong.vn
# trên" cut and written as `date 2022-10`; the related-news line "Tỉnh Kon Tum
# đề xuất quy hoạch sân bay Măng Đen tổng vốn 4.000 tỷ đồng ... |", the image
# line "![]() |" and its caption cut). A precision text with no quantity: the
# province's geography and classification ("292 km đường biên giới", "9 huyện
# và 1 thành phố", "102 xã, phường", "13 xã biên giới", "3 huyện nghèo", "92
# xã, phường thị trấn ... thuộc vùng dân tộc thiểu số", "371 thôn (làng) đặc
# biệt khó khăn" are facts about the territory, not values of an indicator of
# the transformation), document numbers "861/QĐ-TTg", "612/QĐ-UBDT", dates,
# "2021 - 2025"; the excerpt ends before the survey's figures ("Đơn cử như
# trong năm").
# --------------------------------------------------------------------------
D08 = dict(name="08_kontum-vung-lom-song-2022-precision", kind="result", year=2022, records=[])

# --------------------------------------------------------------------------
# 09 Thanh Hóa, results of 2024 (vneconomy.vn, no date shown; "trong năm 2024"
# → 2024). Infrastructure (no pillar: no heading, no lead-in): "xây dựng mới
# 366 trạm, cột thu, phát sóng" and "lên 9.433 trạm" (=, count,
# infra.bts_stations_count), "phủ sóng đến 4.342/4.357 thôn, bản" (=, count of
# villages reached; the "/4.357" its denominator; no id), "đạt 99,66%" (=,
# infra.mobile_village_coverage_share), "gần 2,7 triệu thuê bao Internet" (~,
# infra.internet_subscriptions_count), "mật độ 73,3 thuê bao/100 dân" (other,
# unit_text "thuê bao/100 dân": no "%" written; the spec's % example carries
# its "%"; no id: Internet subscriptions of any kind, the catalogue's per-100
# ids are fixed or mobile broadband). "Cùng với đó, nhiệm vụ xây dựng chính
# quyền điện tử ... tiếp tục được đẩy mạnh." opens its paragraph →
# digital_government for "hơn 4 triệu lượt" (>, count; no id) and "tỉ lệ ký số
# đạt hơn 98%" (>, egov.electronic_documents_share: "văn bản phát hành được ký
# số"; a judgement). The next paragraphs name no pillar → null: "720 dịch vụ
# công trực tuyến một phần" (egov.partial_online_services_count), "982 ... toàn
# trình" (egov.full_online_services_count), "99,51%"
# (egov.on_time_applications_share), "1.711 dịch vụ công trực tuyến" tích hợp
# (egov.national_portal_integrated_services_count), "320 phản ánh, kiến nghị"
# (=, count; no id), "93% số phản ánh ... giải quyết ... đúng hạn"
# (egov.feedback_handled_share). "Kinh tế số tại tỉnh này tiếp tục phát triển,
# 100% doanh nghiệp ..." names its pillar → digital_economy for "100% doanh
# nghiệp ... ứng dụng các nền tảng số" (=; no id: the catalogue's share is of
# SMEs) and "5.550 doanh nghiệp đạt mức " (=, count; the excerpt ends there).
# --------------------------------------------------------------------------
D09 = dict(name="09_thanhhoa-thanh-qua-cds-2024", kind="result", year=2024, records=[
    R("xây dựng mới «366 trạm", "trạm, cột thu, phát sóng thông tin di động được đầu tư, xây dựng mới", "=", 366,
      **CNT, iid="infra.bts_stations_count"),
    R("lên «9.433 trạm", "tổng số trạm phát sóng thông tin di động toàn tỉnh Thanh Hoá", "=", 9433, **CNT,
      iid="infra.bts_stations_count"),
    R("đến «4.342/4.357", "thôn, bản được mạng thông tin di động phủ sóng", "=", 4342, **CNT),
    R("bản, đạt «99,66%", "Mạng thông tin di động đã phủ sóng đến thôn, bản", "=", 99.66,
      iid="infra.mobile_village_coverage_share"),
    R("gần «2,7 triệu", "thuê bao Internet", "~", 2.7e6, **CNT, iid="infra.internet_subscriptions_count"),
    R("mật độ «73,3", "mật độ thuê bao Internet", "=", 73.3, unit="other", unit_text="thuê bao/100 dân"),
    R("hơn «4 triệu lượt", "Tổng số lượt trao đổi, xử lý văn bản điện tử", ">", 4e6, **CNT, pillar=GOV),
    R("đạt hơn «98%", "tỉ lệ ký số", ">", 98, pillar=GOV, iid="egov.electronic_documents_share"),
    R("cung cấp «720 dịch vụ", "dịch vụ công trực tuyến một phần", "=", 720, **CNT,
      iid="egov.partial_online_services_count"),
    R("và «982 dịch vụ", "dịch vụ công trực tuyến toàn trình", "=", 982, **CNT,
      iid="egov.full_online_services_count"),
    R("đạt «99,51%", "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trước và đúng hạn", "=", 99.51,
      iid="egov.on_time_applications_share"),
    R("Quốc gia «1.711 dịch vụ", "dịch vụ công trực tuyến đã tích hợp lên Cổng dịch vụ công Quốc gia", "=", 1711,
      **CNT, iid="egov.national_portal_integrated_services_count"),
    R("xử lý «320 phản ánh", "phản ánh, kiến nghị của tổ chức, cá nhân được Phần mềm phản hồi Thanh Hóa tiếp "
      "nhận, xử lý", "=", 320, **CNT),
    R("có «93% số", "số phản ánh, kiến nghị đã được các cơ quan, đơn vị giải quyết, công khai trả lời đúng hạn",
      "=", 93, iid="egov.feedback_handled_share"),
    R("phát triển, «100% doanh nghiệp", "doanh nghiệp tại Thanh Hoá đã được tiếp cận và ứng dụng các nền tảng số "
      "trong hoạt động sản xuất - kinh doanh", "=", 100, pillar=ECO),
    R("có «5.550 doanh nghiệp", "doanh nghiệp đạt mức", "=", 5550, **CNT, pillar=ECO),
])

# --------------------------------------------------------------------------
# 10 Thanh Hóa, BTS stations and villages (nhandan.vn, no date shown; "Năm
# nay" with no year anywhere in the excerpt → year null: "đến năm 2025, định
# hướng đến năm 2030" is the horizon of Resolution 06, not a date of the
# figures; a judgement). Results: "lên 9.433 trạm BTS, trong đó có 2.466 trạm
# 2G, 2.620 trạm 3G, 4.247 trạm 4G, 100 trạm 5G" → five records, each with its
# own subject (a breakdown by kind, spec: scope null), all
# infra.bts_stations_count; "phủ sóng đến 4.342 thôn, bản" (=, count; no id),
# "đạt tỷ lệ 99,66%" (infra.mobile_village_coverage_share); "2.311 thiết bị
# cung cấp dịch vụ internet băng thông rộng cố định" (=, count; no id), "4.342
# thôn, bản được cung cấp dịch vụ Internet băng thông rộng cố định" (=, count),
# "đạt 99,66% tổng số thôn, bản" (infra.fibre_village_coverage_share; a
# judgement: fixed broadband to villages). Not quantities: "tổng 4.357 thôn,
# bản" (the denominator, the province's number of villages), "3-4G", "2G",
# "3G", "4G", "5G" (names), "Nghị quyết số 06". The heading "Chuyển đổi số đồng
# bộ, toàn diện ở Thanh Hóa" names no pillar → null.
# --------------------------------------------------------------------------
D10 = dict(name="10_thanhhoa-tram-bts-thon-ban", kind="result", year=None, records=[
    R("lên «9.433 trạm BTS", "tổng số trạm BTS trên toàn tỉnh", "=", 9433, **CNT, iid="infra.bts_stations_count"),
    R("có «2.466 trạm 2G", "trạm 2G", "=", 2466, **CNT, iid="infra.bts_stations_count"),
    R("«2.620 trạm 3G", "trạm 3G", "=", 2620, **CNT, iid="infra.bts_stations_count"),
    R("«4.247 trạm 4G", "trạm 4G", "=", 4247, **CNT, iid="infra.bts_stations_count"),
    R("«100 trạm 5G", "trạm 5G", "=", 100, **CNT, iid="infra.bts_stations_count"),
    R("phủ sóng đến «4.342 thôn", "thôn, bản được phủ sóng internet băng thông rộng di động", "=", 4342, **CNT),
    R("đạt tỷ lệ «99,66%", "tỷ lệ thôn, bản được phủ sóng internet băng thông rộng di động", "=", 99.66,
      iid="infra.mobile_village_coverage_share"),
    R("có «2.311 thiết bị", "thiết bị cung cấp dịch vụ internet băng thông rộng cố định", "=", 2311, **CNT),
    R("với «4.342 thôn", "thôn, bản được cung cấp dịch vụ Internet băng thông rộng cố định", "=", 4342, **CNT),
    R("cố định, đạt «99,66%", "thôn, bản được cung cấp dịch vụ Internet băng thông rộng cố định", "=", 99.66,
      iid="infra.fibre_village_coverage_share"),
])

# --------------------------------------------------------------------------
# 11 The national six-month review of 2024, printed on Ninh Thuận's portal
# (chuyendoiso.ninhthuan.gov.vn, print page; the photo caption "Toàn cảnh tại
# điểm cầu tỉnh Ninh Thuận" cut; no date shown; "6 tháng đầu năm 2024" → 2024).
# The lead-in "đối với dịch vụ công trực tuyến:" opens the list up to its full
# stop → digital_government (spec: dịch vụ công trực tuyến names chính quyền
# số): "Tỷ lệ hồ sơ trực tuyến toàn trình ... cả nước đạt 42%" (=, scope null:
# the whole country), "bộ, ngành đạt 61%" and "địa phương đạt 17%" (scopes
# "bộ, ngành" and "địa phương": one sentence splitting its value between the
# central and the local level; a judgement), each bracket "(cuối năm 2023 là
# 17%)", "(... là 38%)", "(... là 9%)" a result of 2023 with its group's scope
# (spec: a bracket that states a value); all egov.online_applications_share
# (its wordings hold "tỷ lệ hồ sơ trực tuyến toàn trình"). "Kinh tế số 6 tháng
# đầu năm ước đạt tăng trưởng 22,4% và tỷ trọng kinh tế số trong GDP ước đạt
# 18,3%" names its pillar → digital_economy: 22,4 (=, the growth itself,
# econ.digital_economy_growth) and 18,3 (=, econ.digital_economy_gdp_share).
# Not quantities (NOT): "tăng trưởng 26% so cùng kỳ", "tăng 80% so cùng kỳ",
# "tăng 8% so cùng kỳ" (changes against 2023). Not quantities either: "63
# tỉnh, thành phố" (the event's participants), "10/7/2024", "Đề án 06", "hơn 20
# năm", "6 tháng".
# --------------------------------------------------------------------------
D11 = dict(name="11_ca-nuoc-so-ket-6-thang-2024-ninhthuan", kind="result", year=2024, records=[
    R("cả nước đạt «42%", "Tỷ lệ hồ sơ trực tuyến toàn trình (trên tổng số hồ sơ thủ tục hành chính) cả nước",
      "=", 42, pillar=GOV, iid="egov.online_applications_share"),
    R("2023 là «17%); bộ", "Tỷ lệ hồ sơ trực tuyến toàn trình cả nước", "=", 17, year=2023, pillar=GOV,
      iid="egov.online_applications_share"),
    R("bộ, ngành đạt «61%", "Tỷ lệ hồ sơ trực tuyến toàn trình", "=", 61, scope="bộ, ngành", pillar=GOV,
      iid="egov.online_applications_share"),
    R("2023 là «38%", "Tỷ lệ hồ sơ trực tuyến toàn trình", "=", 38, scope="bộ, ngành", year=2023, pillar=GOV,
      iid="egov.online_applications_share"),
    R("địa phương đạt «17%", "Tỷ lệ hồ sơ trực tuyến toàn trình", "=", 17, scope="địa phương", pillar=GOV,
      iid="egov.online_applications_share"),
    R("2023 là «9%", "Tỷ lệ hồ sơ trực tuyến toàn trình", "=", 9, scope="địa phương", year=2023, pillar=GOV,
      iid="egov.online_applications_share"),
    R("tăng trưởng «22,4%", "Kinh tế số tăng trưởng", "=", 22.4, pillar=ECO, iid="econ.digital_economy_growth"),
    R("GDP ước đạt «18,3%", "tỷ trọng kinh tế số trong GDP", "=", 18.3, pillar=ECO,
      iid="econ.digital_economy_gdp_share"),
], NOT=["tăng trưởng «26% so", "tăng «80% so", "tăng «8% so"])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
