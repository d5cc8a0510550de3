#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set214).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: here a demographic share, the size of a
population); check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set193, the id is given in the record itself (`iid=`).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import functools
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, CNT, T, ECO  # noqa: E402

SIG_PEOPLE = "society.digital_signatures_people_count"
PAY_ACC = "society.payment_accounts_count"
EID_ACT = "society.eid_accounts_activated_count"
ONLINE_APPS = "egov.online_applications_count"
ENT_PLATF = "econ.enterprises_digital_platforms_share"
G5_STATIONS = "infra.fiveg_stations_count"
G5_COVER = "infra.fiveg_coverage_share"
NET_USERS = "infra.internet_users_share"
SMARTPHONE_SUBS = "infra.smartphone_subscriptions_share"
FIBRE_VILLAGE = "infra.fibre_village_coverage_share"

# --------------------------------------------------------------------------
# 01 Gia Lai, the province's youth union in digital transformation over 2022-2025
# (baogialai.com.vn; the stamp " date 2025-12-07" written as the first line; cut: the photo
# caption "Đoàn phường Pleiku triển khai đội hình xe tuyên truyền lưu động ... Ảnh: ĐVCC" with the
# blank line after it; the excerpt ends in "tiếp"). Year 2025: the results are the totals of "giai
# đoạn 2022-2025" reported in December 2025 (the period's last year, as earlier sets read a
# period's running totals). Pillar null (the heading "Triển khai đồng bộ" names no pillar). Results,
# counts: "tổ chức được 210 hoạt động" (=), "hơn 53.870 lượt đoàn viên, thanh niên" (>), "145 Tổ công
# nghệ số thanh niên với 2.251 thành viên; 58 đội hình ... với 748 đoàn viên" (four records, each
# its own subject), "hỗ trợ 292.000 công dân đăng ký chữ ký số, 341.000 tài khoản thanh toán điện
# tử, 228.000 lượt kích hoạt VNeID, xử lý 101.000 hồ sơ dịch vụ công" (four records). Not
# quantities: "hàng chục nghìn lượt" (no digit), "2022-2025", "2022-2027" (periods), "mức độ 3, 4"
# (labels). Ids: SIG_PEOPLE, PAY_ACC, EID_ACT, ONLINE_APPS for the four supported counts (the
# youth helped the people to them: a judgement, the catalogue's counts of signatures, accounts,
# activations and online dossiers); the youth teams, members, formations and activities null (the
# catalogue's community digital teams are the communes' teams, not the youth union's).
# --------------------------------------------------------------------------
D01 = dict(name="01_gialai-tuoi-tre-chuyen-doi-so-2022-2025", kind="result", year=2025, records=[
    R("tổ chức được «210 hoạt động", "hoạt động mô hình “Ngày thứ bảy chuyển đổi số” toàn tỉnh tổ chức được", "=",
      210, **CNT),
    R("thu hút hơn «53.870 lượt", "lượt đoàn viên, thanh niên tham gia", ">", 53870, **CNT),
    R("duy trì «145 Tổ", "Tổ công nghệ số thanh niên", "=", 145, **CNT),
    R("với «2.251 thành viên", "thành viên Tổ công nghệ số thanh niên", "=", 2251, **CNT),
    R("viên; «58 đội hình", "đội hình hỗ trợ dịch vụ công trực tuyến", "=", 58, **CNT),
    R("với «748 đoàn viên", "đoàn viên, thanh niên thường xuyên hoạt động trong đội hình hỗ trợ dịch vụ công "
      "trực tuyến", "=", 748, **CNT),
    R("hỗ trợ «292.000 công dân", "công dân được hỗ trợ đăng ký chữ ký số", "=", 292000, **CNT, iid=SIG_PEOPLE),
    R("số, «341.000 tài khoản", "tài khoản thanh toán điện tử được hỗ trợ", "=", 341000, **CNT, iid=PAY_ACC),
    R("tử, «228.000 lượt", "lượt kích hoạt VNeID được hỗ trợ", "=", 228000, **CNT, iid=EID_ACT),
    R("xử lý «101.000 hồ sơ", "hồ sơ dịch vụ công được xử lý", "=", 101000, **CNT, iid=ONLINE_APPS),
])

# --------------------------------------------------------------------------
# 02 Bình Dương, the youth campaign "Thanh niên chung tay phổ cập kỹ năng số" of 2025
# (phapluatplus.baophapluat.vn; cut: the image line "![]() |" and its caption "| Đoàn thanh niên
# tỉnh Bình Dương đang tích cực tham gia ... năm 2025. |"; no byline, no stamp; the excerpt ends in
# "Bình dân học " with its trailing space). Year 2025 (the campaign "năm 2025"). Kind target: "với
# mục tiêu nâng cao năng lực số cho 52.000 đoàn viên, cài đặt 200.000 tài khoản chữ ký số SmartCA
# ..., tổ chức 100% lớp Bình dân học" (three records, bare numbers of a target: >=). Not
# quantities: "29/5", "15/8" (dates, twice). Pillar null. Ids: SIG_PEOPLE for the SmartCA accounts
# (personal digital signatures for people and enterprises; a judgement); the union members' digital
# capacity and the classes null.
# --------------------------------------------------------------------------
D02 = dict(name="02_binhduong-thanh-nien-pho-cap-ky-nang-so-2025", kind="target", year=2025, records=[
    R("số cho «52.000 đoàn viên", "đoàn viên được nâng cao năng lực số", ">=", 52000, **CNT),
    R("cài đặt «200.000 tài khoản", "tài khoản chữ ký số SmartCA được cài đặt cho người dân và doanh nghiệp", ">=",
      200000, **CNT, iid=SIG_PEOPLE),
    R("tổ chức «100% lớp", "lớp Bình dân học được tổ chức", ">=", 100),
])

# --------------------------------------------------------------------------
# 03 Khánh Hòa, the provincial youth union's summer volunteer campaign of 2025 supporting the
# two-level local government (tienphong.vn; the stamp " date 2025-10-01" written as the first line;
# cut: the photo captions "Hội nghị tổng kết Chiến dịch Thanh niên tình nguyện hè của Tỉnh Đoàn
# Khánh Hòa." and "Chị Tô Thị Tuyết Ngân - Phó Bí thư Tỉnh Đoàn Khánh Hòa, phát biểu tại hội nghị."
# with the blank line after each; the excerpt ends in "hoạt đ"). Year 2025. Results, counts, pillar
# null. The lead and the body give the same four figures twice; each occurrence is a record (the
# spec counts every number stated): "Hơn 2.000 tình nguyện viên" (>) / "gần 2.000 tình nguyện
# viên" (~), "145 đội hình" (=, twice), "64/64 xã, phường" (=, 64, twice: the communes covered, as
# set193's "15/15 xã"), "hơn 80.000 lượt người dân" (>, twice). Not quantities: "2 cấp" (a name,
# four times), "30/9", "31/8", "tháng 4", "tháng 7 và 8/2025" (dates), "2 tháng" (a duration), the
# denominators "/64". Ids null (a volunteer campaign; no catalogue count).
# --------------------------------------------------------------------------
D03 = dict(name="03_khanhhoa-tinh-nguyen-he-chinh-quyen-hai-cap-2025", kind="result", year=2025, records=[
    R("TPO - Hơn «2.000 tình", "tình nguyện viên của Tỉnh Đoàn Khánh Hòa", ">", 2000, **CNT),
    R("đã lập «145 đội hình", "đội hình tình nguyện viên đã lập", "=", 145, **CNT),
    R("phủ sóng «64/64 xã, phường và các", "xã, phường đội hình tình nguyện phủ sóng", "=", 64, **CNT),
    R("giúp hơn «80.000 lượt", "lượt người dân được giúp tiếp cận với mô hình chính quyền địa phương 2 cấp và "
      "dịch vụ công trực tuyến", ">", 80000, **CNT),
    R("thành lập «145 đội hình", "đội hình toàn tỉnh đã thành lập", "=", 145, **CNT),
    R("của gần «2.000 tình", "tình nguyện viên tham gia thường trực", "~", 2000, **CNT),
    R("tại «64/64 xã, phường và cả", "xã, phường được đảm bảo phủ sóng", "=", 64, **CNT),
    R("cho hơn «80.000 lượt", "lượt người dân được hỗ trợ trực tiếp", ">", 80000, **CNT),
])

# --------------------------------------------------------------------------
# 04 Quảng Ninh, the digital economy and online services (diendandoanhnghiep.vn; nothing cut; no
# byline, no stamp; the excerpt ends in "chọn s"). Year null: the text names no year ("Tính đến nay",
# "thời đại 4.0"). Pillar digital_economy for all three: they stand under the heading "Đẩy mạnh mô
# hình kinh tế số" (spec: the heading decides, even for the administrative-procedure share).
# Results: "đạt 100% thủ tục hành chính từ cấp tỉnh đến cấp xã được chuẩn hóa theo quy trình ISO và
# thực hiện hoàn toàn qua hệ thống phần mềm một cửa liên thông" (=, scope null: one value for all
# levels, spec), "hơn 98,5% dịch vụ công được cung cấp trực tuyến" (>), "khoảng 60% doanh nghiệp
# trong các khu công nghiệp, khu chế xuất ứng dụng nền tảng số" (~). Not quantities: "tăng trưởng 2
# con số" (a phrase for double-digit growth), "chợ Hạ Long 1", "4.0" (names). Ids: ENT_PLATF for the
# 60%; the ISO share null (the catalogue's ISO indicator counts agencies, not procedures) and the
# 98,5% null (services provided online without "toàn trình": neither the full-process nor the old
# level-3/4 share; a judgement).
# --------------------------------------------------------------------------
D04 = dict(name="04_quangninh-kinh-te-so-khu-cong-nghiep", kind="result", year=None, records=[
    R("đã đạt «100% thủ tục", "thủ tục hành chính từ cấp tỉnh đến cấp xã được chuẩn hóa theo quy trình ISO và "
      "thực hiện hoàn toàn qua hệ thống phần mềm một cửa liên thông", "=", 100, pillar=ECO),
    R("với hơn «98,5% dịch vụ", "dịch vụ công được cung cấp trực tuyến", ">", 98.5, pillar=ECO),
    R("có khoảng «60% doanh nghiệp", "doanh nghiệp trong các khu công nghiệp, khu chế xuất ứng dụng nền tảng số "
      "vào quản trị và sản xuất", "~", 60, pillar=ECO, iid=ENT_PLATF),
])

# --------------------------------------------------------------------------
# 05 TP Hồ Chí Minh, Phú Thọ ward training its neighbourhood cadres to use AI, September 2025
# (nld.com.vn; the stamp " date 2025-09-13" written as the first line; cut: the rest of that line,
# the hotline and subscription banner "HOTLINE: 0903.343.439 - HOTLINE Phát hành: 0819.123.127 -
# ĐẶT MUA BÁO", the section label "Bạn đọc" and the byline "Bài và ảnh: Ngọc Linh", each with the
# blank line after it where two would meet; the excerpt ends in "đặc bi"). Year 2025 (the stamp).
# Results, counts: "tập huấn ứng dụng AI cho hơn 100 cán bộ đoàn thể của 26 khu phố" (two records:
# the cadres (>) and the neighbourhoods they come from (=), as set193's teams "tại 7 thôn"). Not
# quantities: "80 năm" (an anniversary), "2-9" (a date), "Nghị quyết 57" (a name), "vài chục phút"
# (no digit). Pillar null, ids null.
# --------------------------------------------------------------------------
D05 = dict(name="05_tphcm-phuong-phu-tho-tap-huan-ai-2025", kind="result", year=2025, records=[
    R("cho hơn «100 cán bộ", "cán bộ đoàn thể được tập huấn ứng dụng AI", ">", 100, **CNT),
    R("của «26 khu phố", "khu phố có cán bộ đoàn thể được tập huấn ứng dụng AI", "=", 26, **CNT),
])

# --------------------------------------------------------------------------
# 06 Phú Thọ, the provincial youth in the first months of the two-level local government, 2025
# (baophutho.vn; the stamp " date 2026-01-01" written as the first line; cut: the photo caption
# "Đoàn viên, thanh niên Văn phòng UBND tỉnh hướng dẫn người dân thao tác dịch vụ công trực tuyến."
# with the blank line after it; the excerpt ends in "trá"). Nearly a precision text: one record.
# Year 2025 (the result of "Năm 2025", July onwards; the stamp's 2026 is the publication). Result:
# "đoàn viên thanh niên (ĐVTN) 148 xã, phường trên địa bàn tỉnh đã thành lập các tổ, nhóm" (=, count
# of the communes whose youth formed support groups). Not quantities: "2 cấp" (a name, four times),
# "1/7", "tháng 7" (dates), "hơn 5 tháng" (a duration). Pillar null (the heading "Chuyển đổi số cùng
# chính quyền mới" names no pillar: "chính quyền mới" is not "chính quyền số"). Id null.
# --------------------------------------------------------------------------
D06 = dict(name="06_phutho-tuoi-tre-chinh-quyen-hai-cap-2025", kind="result", year=2025, records=[
    R("(ĐVTN) «148 xã", "xã, phường đoàn viên thanh niên thành lập các tổ, nhóm hướng dẫn, hỗ trợ người dân",
      "=", 148, **CNT),
])

# --------------------------------------------------------------------------
# 07 The whole country: 5G stations and coverage, laws submitted and science-and-technology
# enterprises, November 2025 (viettimes.vn; the stamp " date 2025-11-15" written as the first line;
# nothing cut; the excerpt ends in "doanh nghi"). A national page (see README: no provincial page
# of this kind was left). Year 2025. Results: "Việt Nam có 16.737 trạm 5G, phủ tới 39,52% dân số"
# (=, two records), "Chính phủ đã trình 8 dự án luật quan trọng" (=, count: laws, as set-earlier
# "16 dự án luật"), "954 doanh nghiệp được chứng nhận doanh nghiệp khoa học và công nghệ, trong đó
# khu vực tư nhân chiếm 98,5%" (=, two records). Targets: "Dự kiến cuối năm sẽ đạt 68.457 trạm,
# nâng độ phủ lên khoảng 90%" (a year-end expectation: kind target, as the earlier sets' "dự kiến
# đạt"; `>=` for the bare number, `~` for "khoảng"; year 2025). Not quantities: "10/2025", "15/11"
# (dates), "lần thứ 5", "Kỳ họp thứ 10" (ordinals of meetings), "Đề án 06", "5G" (names), "6 sản
# phẩm chiến lược" (a count of chosen products, as an earlier set's "3 sản phẩm chiến lược"). Pillar
# null. Ids: G5_STATIONS for 16.737 and 68.457, G5_COVER for 39,52% and 90%; the laws and the
# enterprises null.
# --------------------------------------------------------------------------
D07 = dict(name="07_quocgia-phu-song-5g-doanh-nghiep-khcn-2025", kind="result", year=2025, records=[
    R("có «16.737 trạm", "trạm 5G", "=", 16737, **CNT, iid=G5_STATIONS),
    R("phủ tới «39,52% dân số", "dân số được phủ 5G", "=", 39.52, iid=G5_COVER),
    R("sẽ đạt «68.457 trạm", "trạm 5G dự kiến cuối năm", ">=", 68457, **CNT, **T, iid=G5_STATIONS),
    R("lên khoảng «90%", "độ phủ 5G dự kiến cuối năm", "~", 90, **T, iid=G5_COVER),
    R("đã trình «8 dự án luật", "dự án luật quan trọng Chính phủ đã trình tại Kỳ họp thứ 10, Quốc hội khóa XV",
      "=", 8, **CNT),
    R("có «954 doanh nghiệp", "doanh nghiệp được chứng nhận doanh nghiệp khoa học và công nghệ", "=", 954, **CNT),
    R("chiếm «98,5%", "khu vực tư nhân trong số doanh nghiệp được chứng nhận doanh nghiệp khoa học và công nghệ",
      "=", 98.5),
])

# --------------------------------------------------------------------------
# 08 The whole country: internet access and electricity in ethnic-minority and mountain areas, 2024
# (chuongtrinhmtqg.baodantoc.vn; nothing cut; no byline, no stamp; the excerpt ends in "vẫn còn
# 7.1", a number cut off mid-way, left without a record). A national page (see README). Year 2024
# (the figures "tại thời điểm tháng 1/2024"; the draft resolution's electricity figures are read in
# the same 2024 context). Pillar null. Results: "78,44 triệu người sử dụng internet" (=, count, the
# magnitude word multiplied in), "tỷ lệ tiếp cận internet đạt 79,1%", "Tỷ lệ người dùng sử dụng
# điện thoại thông minh/tổng số người dùng điện thoại di động cả nước đạt 84,4%" (=). Targets of the
# ministry: "nâng tỷ lệ người dùng sử dụng điện thoại thông minh đạt 100% vào cuối năm 2024" (>=,
# 2024) and "đưa internet cáp quang đến 100% thôn, xóm vào năm 2025" (>=, 2025). Results on
# electricity (counts, as the earlier sets' "124 thôn chưa có điện"): "911.400 hộ dân (trong đó có
# khoảng 160.000 hộ dân chưa có điện, 751.400 hộ dân cần cải tạo) tại 14.676 thôn, bản trên địa
# bàn 3.099 xã thuộc 48 tỉnh, thành phố" (six records: the households and the places they live in,
# each its own subject; "khoảng" `~`). NOT: "60,2% dân số sống ở vùng nông thôn" (a demographic
# share, the population's make-up, not a value reached; as the earlier sets' "35% dân số là đồng
# bào dân tộc thiểu số"). Not quantities: "99,19 triệu người" (the population's size), "11/1997",
# "1/2024", "29/5/2024", "2021 - 2025", "2023" (dates), "27 năm" (a duration), "kỳ họp thứ 7" (an
# ordinal), "7.1" (cut off). Ids: NET_USERS for 79,1%, SMARTPHONE_SUBS for 84,4% and the 100%
# target (smartphone users among mobile users; a judgement), FIBRE_VILLAGE for the fibre target;
# the users count and the electricity counts null.
# --------------------------------------------------------------------------
D08 = dict(name="08_quocgia-vung-dtts-tiep-can-internet-2024", kind="result", year=2024, records=[
    R("thì có «78,44 triệu", "người sử dụng internet", "=", 78.44e6, **CNT),
    R("internet đạt «79,1%", "tỷ lệ tiếp cận internet", "=", 79.1, iid=NET_USERS),
    R("cả nước đạt «84,4%", "Tỷ lệ người dùng sử dụng điện thoại thông minh/tổng số người dùng điện thoại di động "
      "cả nước", "=", 84.4, iid=SMARTPHONE_SUBS),
    R("thông minh đạt «100% vào", "tỷ lệ người dùng sử dụng điện thoại thông minh", ">=", 100, **T, year=2024,
      iid=SMARTPHONE_SUBS),
    R("cáp quang đến «100% thôn", "internet cáp quang đến thôn, xóm", ">=", 100, **T, year=2025,
      iid=FIBRE_VILLAGE),
    R("vẫn còn «911.400 hộ", "hộ dân cần cấp điện, cải tạo điện", "=", 911400, **CNT),
    R("khoảng «160.000 hộ", "hộ dân chưa có điện", "~", 160000, **CNT),
    R("điện, «751.400 hộ", "hộ dân cần cải tạo điện", "=", 751400, **CNT),
    R("tại «14.676 thôn", "thôn, bản có hộ dân cần cấp điện, cải tạo điện", "=", 14676, **CNT),
    R("bàn «3.099 xã", "xã có hộ dân cần cấp điện, cải tạo điện", "=", 3099, **CNT),
    R("thuộc «48 tỉnh", "tỉnh, thành phố có hộ dân cần cấp điện, cải tạo điện", "=", 48, **CNT),
], NOT=["(trong đó «60,2% dân số"])

# --------------------------------------------------------------------------
# 09 Nghệ An, the province's 2026 digital transformation plan, Kế hoạch 1174/KH-UBND of 31/12/2025:
# the page's document card and the plan's opening list of legal bases (nhansu.vn; nothing cut; the
# excerpt ends in "bộ m"). A precision text, no record: "1174/KH-UBND" (twice), "39-NQ/TW",
# "57-NQ/TW" (three times), "193/2025/QH15", "71/NQ-CP", "214/NQ-CP", "02-KH/BCĐTW" (documents);
# "31/12/2025" (three times, with "31 tháng 12 năm 2025"), "18/7/2023", "22/12/2024", "19/2/2025",
# "01/4/2025", "23/7/2025", "19/6/2025" (dates); "năm 2026", "năm 2030", "năm 2045" (years of the
# plan and the resolution's horizon); the list label "I.".
# --------------------------------------------------------------------------
D09 = dict(name="09_nghean-ke-hoach-chuyen-doi-so-2026-precision", kind="target", year=2026, records=[])

# --------------------------------------------------------------------------
# 10 Tuyên Quang, the decision approving the province's digital transformation strategy to 2030,
# Quyết định 1539/QĐ-UBND of 11/12/2025: the page's document card and the decision's legal bases
# (nhansu.vn; nothing cut; the excerpt ends in "Căn cứ Kế hoạch số 24-KH/TU ng"). A precision text,
# no record: "1539/QĐ-UBND" (twice), "57-NQ/TW" (twice), "71/NQ-CP", "214/NQ-CP", "749/QĐ-TTg",
# "942/QĐ-TTg", "24-KH/TU" (documents); "11/12/2025", "ngày 11 tháng 12 năm 2025", "16 tháng 6
# năm 2025", "29 tháng 6 năm 2006", "22 tháng 6 năm 2023", "22 tháng 12 năm 2024", "01 tháng 4
# năm 2025", "23 tháng 7 năm 2025", "03 tháng 6 năm 2020", "15 tháng 6 năm 2021" (dates); "năm
# 2025", "năm 2030", "2021 - 2025" (the horizons named in the titles).
# --------------------------------------------------------------------------
D10 = dict(name="10_tuyenquang-chien-luoc-chuyen-doi-so-2030-precision", kind="target", year=2030, records=[])

# --------------------------------------------------------------------------
# 11 Cà Mau, the province's 2025 digital transformation plan, Kế hoạch 267/KH-UBND of 10/12/2024:
# its header, legal bases and the opening of Part I on the results of 2024 (hethongphapluat.com;
# cut: the paywall notice "Để sử dụng toàn bộ tiện ích nâng cao của Hệ Thống Pháp Luật vui lòng lựa
# chọn và đăng ký gói cước."; the excerpt ends in "củ"). A precision text, no record: "267/KH-UBND",
# "05-NQ/TU", "1929/QĐ-UBND" (twice), "2034/QĐ-UBND", "3816/BTTTT-CĐSQG", "283/KH-UBND" (documents);
# "10 tháng 12 năm 2024", "14/7/2022", "01/8/2022" (twice), "17/10/2024", "14/9/2024",
# "22/12/2023" (dates); "năm 2025", "năm 2030", "năm 2024" (the plan's and the report's years and
# horizons); the list label "I.".
# --------------------------------------------------------------------------
D11 = dict(name="11_camau-ke-hoach-chuyen-doi-so-2025-precision", kind="target", year=2025, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
