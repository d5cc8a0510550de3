#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set34).

Copied from set27's builder (itself from set25's, set23's, set21's, set19's, set17's, set15's,
set14's, set12's, set10's, set9's, set8's and the seeds'). Each record is written by hand below;
its anchor is never typed in. A record names a locator: a piece of the text with « just before the
number. The locator (without «) must occur exactly once in the text; the anchor is where «
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
DIEM = dict(unit="other", unit_text="điểm")

WR = "egov.work_records_online_share"
ONLINE = "egov.online_applications_share"
MOBVIL = "infra.mobile_village_coverage_share"

# --------------------------------------------------------------------------
# 01 xã Đường An (vietnamnet.vn, date 2025-12): a commune's one-stop desk,
# 1/7-26/11/2025 → year 2025 for every value. The title's "hơn 85%" (op >) and
# the body's "85,10%" are both recorded (a restated value keeps its record,
# set27 12). Counts of applications received, submitted online, settled,
# settled early, overdue, and the "2 hồ sơ cấp sổ đỏ lần đầu" of the same
# period: each a result count with its own subject. "chiếm 85,10% tổng số hồ
# sơ": the share of online submissions. "Nghị định 118" a document number;
# "1/7", "26/11/2025" dates. The commune is the page's own subject: no place.
# No heading → pillar null.
# --------------------------------------------------------------------------
D01 = dict(name="01_duongan-xa-ho-so-truc-tuyen-2025", kind="result", year=2025, records=[
    R("mạnh mẽ, hơn «85% hồ sơ", "hồ sơ được nộp qua mạng", ">", 85, iid=ONLINE),
    R("là «8.930 hồ sơ", "Tổng số hồ sơ tiếp nhận", "=", 8930, **CNT),
    R("có tới «7.600 hồ sơ", "hồ sơ được nộp qua mạng", "=", 7600, **CNT),
    R("chiếm «85,10%", "Tỷ lệ nộp trực tuyến", "=", 85.10, iid=ONLINE),
    R("được «8.914 hồ sơ", "hồ sơ xã Đường An đã giải quyết được", "=", 8914, **CNT),
    R("đạt «8.889 hồ sơ", "Số lượng hồ sơ được giải quyết trước hạn", "=", 8889, **CNT),
    R("đạt «99,8%", "tỷ lệ giải quyết đúng và trước hạn", "=", 99.8, iid="egov.on_time_applications_share"),
    R("được «2 hồ sơ", "hồ sơ cấp sổ đỏ lần đầu", "=", 2, **CNT),
    R("chỉ ra «14 hồ sơ", "hồ sơ bị quá hạn", "=", 14, **CNT),
])

# --------------------------------------------------------------------------
# 02 Điện Biên (nhandan.vn, no date shown): one sentence of targets "đến năm
# 2025" (2025) opened by the lead-in "đặt mục tiêu cụ thể phát triển chính
# quyền số" → pillar digital_government for the whole sentence (spec: a
# lead-in naming one pillar sets it for the list it opens). Bare targets →
# >=. One level split "90% ... cấp tỉnh, 80% ... cấp huyện và 60% ... cấp
# xã" → three records with scopes. "mức độ 4" is a name; "(trừ văn bản mật)"
# holds no number. The later paragraphs hold no number.
# --------------------------------------------------------------------------
HSCV = "hồ sơ công việc được xử lý trên môi trường mạng"
D02 = dict(name="02_dienbien-chinh-quyen-so-muc-tieu-2025", kind="target", year=2025, records=[
    R("có «100% văn bản", "văn bản điện tử của cơ quan, đơn vị được trao đổi, liên thông trên môi trường mạng", ">=", 100,
      pillar=GOV, iid="egov.electronic_documents_share"),
    R("«100% thủ tục", "thủ tục hành chính đủ điều kiện được cung cấp mức độ 4 trên nhiều phương tiện truy cập khác nhau",
      ">=", 100, pillar=GOV, iid="egov.full_online_services_share"),
    R("«90% hồ sơ", HSCV, ">=", 90, scope="cấp tỉnh", pillar=GOV, iid=WR),
    R("«80% hồ sơ", HSCV, ">=", 80, scope="cấp huyện", pillar=GOV, iid=WR),
    R("«60% hồ sơ", HSCV, ">=", 60, scope="cấp xã", pillar=GOV, iid=WR),
])

# --------------------------------------------------------------------------
# 03 Điện Biên (skhcn.dienbien.gov.vn, no date shown in the excerpt) —
# precision text: one quantity, "gần 30 Quyết định, kế hoạch" issued "Trong
# năm 2022 và Quý I năm 2023" (a count of documents, which the catalogue
# measures; op ~; year 2023, the end of the period named). Not quantities:
# "13-NQ/TU", "2021 - 2025", "2030", "3 trụ cột" (a structure), "21/4/2023",
# "2022", "Quý I". The page breaks off after "v".
# --------------------------------------------------------------------------
D03 = dict(name="03_dienbien-thi-dua-van-ban", kind="result", year=2023, records=[
    R("gần «30 Quyết định", "Quyết định, kế hoạch UBND tỉnh đã ban hành", "~", 30, **CNT,
      iid="inst.dx_policy_documents_count"),
])

# --------------------------------------------------------------------------
# 04 Bắc Kạn / xã Vi Hương (chuyendoiso.quangnam.gov.vn, no date shown) —
# precision text. The aim "đến năm 2030 ... các hoạt động của chính quyền
# thực hiện 100% trên không gian số" is a target (>=, 2030); the sentence
# lists aims of several pillars → pillar null. The pilot commune's equipment
# "1 đường truyền Internet cáp quang tốc độ cao và 1 thiết bị phát WiFi" are
# two result counts (place Vi Hương; year null: the upgrade names no year, the
# date 22/12/2020 is of the stage-1 announcement, set27's rule on cited
# dates). Not quantities: "phục vụ 50 người dùng đồng thời" (the capacity of
# the device, a threshold inside the subject, set27 19), "giai đoạn 1" (a name),
# "22/12/2020", "2030" as horizon.
# --------------------------------------------------------------------------
D04 = dict(name="04_backan-vihuong-thi-diem", kind="result", year=None, records=[
    R("thực hiện «100% trên", "các hoạt động của chính quyền thực hiện trên không gian số", ">=", 100, **T, year=2030),
    R("gồm «1 đường", "đường truyền Internet cáp quang tốc độ cao", "=", 1, **CNT, place="Vi Hương"),
    R("và «1 thiết", "thiết bị phát WiFi", "=", 1, **CNT, place="Vi Hương"),
])

# --------------------------------------------------------------------------
# 05 Quảng Ngãi / xã Ba Vì (vietnamnet.vn, date 2024-11) — precision text:
# two shares of cashless payment at two shops of the commune ("Đến nay" with
# a date line → 2024): "chiếm tới 70%" (=) and "hơn 50% khách hàng" (>), place
# Ba Vì. Not quantities: "Khoảng 2 năm" (a duration), "20 nghìn đồng" (the
# price of one purchase, no indicator), "63 tuổi" (an age).
# --------------------------------------------------------------------------
D05 = dict(name="05_quangngai-bavi-qr", kind="result", year=2024, records=[
    R("chiếm tới «70%", "người dân đến mua hàng tại cửa hàng của chị Hà thực hiện thanh toán không dùng tiền mặt", "=", 70,
      place="Ba Vì"),
    R("hơn «50% khách", "khách hàng sử dụng phương thức thanh toán không dùng tiền mặt", ">", 50, place="Ba Vì"),
])

# --------------------------------------------------------------------------
# 06 Hải Dương (lite.baomoi.com, no date shown): "đến hết tháng 10/2024" →
# 2024. Users of the province's app (count, >) and the officials who installed
# it (100%, =). Not quantities: "10/2024", "26/3/2024" (dates).
# --------------------------------------------------------------------------
D06 = dict(name="06_haiduong-smart-haiduong-2024", kind="result", year=2024, records=[
    R("hơn «45.000 người", "người cài đặt ứng dụng Smart - HaiDuong", ">", 45000, **CNT),
    R("«100% cán bộ", "cán bộ, công chức, viên chức, người lao động tại các cơ quan hành chính Nhà nước tỉnh đã cài đặt và sử dụng ứng dụng",
      "=", 100),
])

# --------------------------------------------------------------------------
# 07 Hà Nội / phường Dịch Vọng Hậu (tintuc.vdong.vn, no date shown): the
# ward's progress "hiện tại" → year null (set27's rule for undated pages).
# "hoàn thành trên 70% chỉ tiêu đặt ra" is a level reached against a target,
# not a change (>, %); "hơn 13.000 người dân" activated (count, >). Place
# "phường Dịch Vọng Hậu" (a ward in a city-wide article). Not quantities:
# "đề án số 06", "VNeID cấp độ 2", "mức độ 1", "mức độ 2" (names), "22h" (a
# time of day), "68 tuổi", "ngõ 86" (an age, an address).
# --------------------------------------------------------------------------
D07 = dict(name="07_hanoi-dichvonghau-vneid", kind="result", year=None, records=[
    R("hoàn thành trên «70% chỉ", "chỉ tiêu đặt ra kích hoạt mã định danh điện tử VNeID cấp độ 2", ">", 70,
      place="phường Dịch Vọng Hậu"),
    R("cho hơn «13.000 người", "người dân trên địa bàn phường được kích hoạt mã định danh điện tử VNeID cấp độ 2", ">", 13000,
      **CNT, place="phường Dịch Vọng Hậu"),
])

# --------------------------------------------------------------------------
# 08 national results of 2022 (vanlam.hungyen.gov.vn, a district site of Hưng
# Yên; byline date 28/12/2022 → date 2022-12, kept in its line because the
# line also holds the title and text). Year 2022 ("Kết quả triển khai chuyển
# đổi số năm 2022"). "Mạng đã kết nối đến 100% huyện; 100% xã": two values, a
# split by level → scopes "huyện" and "xã" (spec: "90% cấp xã, 70% thôn,
# bản"). "Về Nhận thức số:" opens the list of ministries and provinces that
# chose a Digital Transformation Day → pillar digital_awareness for those four
# counts (numerators only; "/30", "/63" denominators). Not quantities:
# "lượt xem: 25" (page furniture), "04 cấp hành chính" (a structure), "01 năm"
# (a duration), "Đề án 06", "10/10/2022", "Tháng 10" (names, dates), "hơn
# 1.500 đại biểu" (participants of an event, spec), "59 doanh nghiệp tham gia
# Chương trình" (participants of a campaign, read as the spec's participants).
# --------------------------------------------------------------------------
NET = "Mạng truyền số liệu chuyên dùng của các cơ quan Đảng, Nhà nước kết nối"
NGAY = "đã lựa chọn ngày Chuyển đổi số"
D08 = dict(name="08_quocgia-ket-qua-2022", kind="result", year=2022, records=[
    R("đến «100% huyện", NET, "=", 100, scope="huyện", iid="infra.specialised_network_connection_share"),
    R("huyện; «100% xã", NET, "=", 100, scope="xã", iid="infra.specialised_network_connection_share"),
    R("có «30/30 bộ", "bộ, ngành " + NGAY, "=", 30, **CNT, pillar=AWARE),
    R("và «63/63 địa", "địa phương " + NGAY, "=", 63, **CNT, pillar=AWARE),
    R("có «03 bộ", "bộ, ngành chọn ngày Chuyển đổi số riêng", "=", 3, **CNT, pillar=AWARE),
    R("và «05 địa", "địa phương chọn ngày Chuyển đổi số riêng", "=", 5, **CNT, pillar=AWARE),
])

# --------------------------------------------------------------------------
# 09 Bình Định (dantri.com.vn, no date shown in the excerpt; the URL's
# 20231228 is not on the page): the answer "- Về hạ tầng số, ..." is a lead-in
# naming one pillar → digital_infrastructure for its paragraph. "hiện nay" on
# an undated page → year null (set27). "100% tại trung tâm các xã, thị trấn":
# one value, the places are the subject → scope null. "gần 73% hộ dân" ~.
# "159/159 xã, phường, thị trấn" connected: a count (numerator). Not
# quantities: "05-NQ/TU", "2025", "2030", "3 trụ cột", "3G, 4G" (names),
# "cấp 2" (a level of the network, a name).
# --------------------------------------------------------------------------
D09 = dict(name="09_binhdinh-ha-tang-so-2023", kind="result", year=None, records=[
    R("đạt «100% tại", "tỷ lệ phủ sóng thông tin di động 3G, 4G tại trung tâm các xã, thị trấn", "=", 100, pillar=INFRA),
    R("gần «73% hộ", "hạ tầng mạng băng rộng cáp quang phủ hộ dân", "~", 73, pillar=INFRA,
      iid="infra.fibre_household_coverage_share"),
    R("đến «159/159", "mạng truyền số liệu chuyên dùng cấp 2 kết nối đến xã, phường, thị trấn", "=", 159, **CNT,
      pillar=INFRA),
])

# --------------------------------------------------------------------------
# 10 Bình Định (nhandan.vn, no date shown): "năm 2024 Sở đã phối hợp ..." →
# 2024. "100% tại trung tâm các xã, thị trấn và 99,9% các thôn": two values
# split by place level → scopes as written; the same measure keeps one id.
# "8 thôn ... chưa có hạ tầng cáp quang" a result count; "99,6%" households
# with smartphones; "hơn 70 trạm BTS" of Viettel's 5G (>). The heading "Nền
# tảng cho đổi mới sáng tạo" names no pillar → null. Not quantities: "O2" (a
# village's name), "3 huyện" (the districts the 8 villages lie in, named
# after it), "(tăng 2,58% so với năm 2023)" (a change, spec; NOT), "5G", "4G"
# (names), "6/2024" (a date).
# --------------------------------------------------------------------------
PHU = "Tỷ lệ phủ sóng thông tin di động 3G, 4G"
D10 = dict(name="10_binhdinh-ha-tang-so-2024", kind="result", year=2024, records=[
    R("đã đạt «100% tại", PHU, "=", 100, scope="trung tâm các xã, thị trấn", iid=MOBVIL),
    R("và «99,9% các", PHU, "=", 99.9, scope="các thôn", iid=MOBVIL),
    R("và «8 thôn", "thôn chưa có hạ tầng cáp quang", "=", 8, **CNT),
    R("đạt «99,6%", "tỷ lệ hộ gia đình có điện thoại thông minh", "=", 99.6, iid="society.households_smartphone_share"),
    R("hơn «70 trạm", "trạm BTS mạng 5G của Viettel Bình Định", ">", 70, **CNT, iid="infra.bts_stations_count"),
], NOT=["tăng «2,58%"])

# --------------------------------------------------------------------------
# 11 Thái Bình (test.baothaibinh.com.vn; article date 05/01/2022 → date
# 2022-01; the site's header date and view count cut) — precision text: the
# situation section of Nghị quyết 02-NQ/TU of 19/11/2021 → its one value,
# "100% khu dân cư được phủ sóng di động băng thông rộng", is a result of 2021
# (set27 15: a resolution's situation section takes the resolution's year).
# Not quantities: "02-NQ/TU", "19/11/2021", "2025", "2030", "52-NQ/TW",
# "27/9/2019", "749/QĐ-TTg", "03/6/2020", "mức độ 3", "mức độ 4", "I.".
# --------------------------------------------------------------------------
D11 = dict(name="11_thaibinh-nq02-tinh-hinh", kind="result", year=2021, records=[
    R("«100% khu", "khu dân cư được phủ sóng di động băng thông rộng", "=", 100, iid=MOBVIL),
])

# --------------------------------------------------------------------------
# 12 Quảng Nam (123doc.top, a plan for 2022 reproduced with page marks) —
# precision text: "tổng cộng 120 server ảo hóa VPS" (a result count). The
# sentence names no year; the document is "Kế hoạch ... năm 2022" → 2022 by
# the spec's inference from the document (its evaluation heading of 2021
# comes after the sentence and does not govern it). Not quantities: "Trang
# 1", "3570/BTTTT-THH", "16/9/2021", "2768/QĐ-UBND", "09/10/2020",
# "2021-2025", "356/TTr-STTTT", "31/12/2021", "04-NQ/TU", "12/4/2021",
# "2181/QĐ-UBND", "04/8/2021", "Phiên bản 2.0", "2322/QĐ-UBND", "13/8/2021",
# "73/2019/NĐ-CP", "05/9/2019", "2025", "2030", "KẾ HOẠCH 2021".
# --------------------------------------------------------------------------
D12 = dict(name="12_quangnam-ke-hoach-2022-server", kind="result", year=2022, records=[
    R("tổng cộng «120 server", "server ảo hóa VPS", "=", 120, **CNT),
])

# --------------------------------------------------------------------------
# 13 xã Nghĩa Phong, Nam Định (vietnamnet.vn., no date shown): a commune's
# results ("Cán đích mục tiêu ... với nhiều chỉ tiêu"), year null. "tỷ lệ:
# cung cấp dịch vụ công trực tuyến, số hóa hồ sơ và thanh toán số luôn đạt
# xấp xỉ 100%": one value stated once for three subjects → one record (~),
# no catalogue id. "gần 20%" ~; "đạt 100%" =. The commune is the page's own
# subject: no place.
# --------------------------------------------------------------------------
D13 = dict(name="13_namdinh-nghiaphong-ntm-kieu-mau", kind="result", year=None, records=[
    R("xấp xỉ «100%", "tỷ lệ cung cấp dịch vụ công trực tuyến, số hóa hồ sơ và thanh toán số", "~", 100),
    R("gần «20%", "sản phẩm chủ lực được bán qua sàn thương mại điện tử và các ứng dụng mạng xã hội", "~", 20),
    R("số đạt «100%", "hệ thống loa truyền thanh ứng dụng công nghệ số", "=", 100),
])

# --------------------------------------------------------------------------
# 14 xã Vinh Hưng, Thừa Thiên Huế (lite.baomoi.com, no date shown): "29
# camera" stated twice (both recorded, restated values, set27 12), year null
# ("hiện nay"), place Vinh Hưng (a commune in a page on rural DX). Not
# quantities: "3 trụ cột" (a structure).
# --------------------------------------------------------------------------
D14 = dict(name="14_hue-vinhhung-xa-thong-minh", kind="result", year=None, records=[
    R("hệ thống «29 camera", "camera an ninh trên địa bàn tích hợp vào hệ thống", "=", 29, **CNT, place="Vinh Hưng",
      iid="city.surveillance_cameras_count"),
    R("có «29 camera", "camera được kết nối vào hệ thống tại phòng điều hành", "=", 29, **CNT, place="Vinh Hưng",
      iid="city.surveillance_cameras_count"),
])

# --------------------------------------------------------------------------
# 15 Hà Nội (kinhtevadubao.vn, no date shown): Kế hoạch 236/KH-UBND's targets
# "phấn đấu đến năm 2025" (2025): "100% số xã đạt chuẩn chỉ tiêu 8.4 ...", "ít
# nhất 75% ...", "100% số xã đạt chuẩn chỉ tiêu số 15.2 ..." (>=). The
# encouragement "chọn ít nhất 1 mô hình thí điểm" is a target count (>=)
# without a horizon of its own → year null (set27's rule). Not quantities:
# "21/9/2023", "236/KH-UBND", "8.4", "số 8", "15.2", "số 15" (numbers of
# criteria, names).
# --------------------------------------------------------------------------
C84 = "số xã đạt chuẩn chỉ tiêu 8.4 của Tiêu chí số 8 về Thông tin và Truyền thông"
D15 = dict(name="15_hanoi-ntm-thong-minh-2025", kind="target", year=2025, records=[
    R("2025, «100% số xã", C84 + " theo Bộ tiêu chí quốc gia về xã NTM", ">=", 100),
    R("ít nhất «75% số", C84, ">=", 75),
    R("; «100% số xã", "số xã đạt chuẩn chỉ tiêu số 15.2 của Tiêu chí số 15 về Hành chính công theo Bộ tiêu chí quốc gia về xã NTM nâng cao",
      ">=", 100),
    R("chọn ít nhất «1 mô", "mô hình thí điểm xã NTM thông minh hoặc xã thương mại điện tử các huyện, thị xã chọn", ">=", 1,
      **CNT, year=None),
])

# --------------------------------------------------------------------------
# 16 national (vietnamnet.vn, date 2025-12) — precision text: "97% số xã
# trong cả nước đạt tiêu chí số 8 về Thông tin và Truyền thông" (a result of
# the programme 2021-2025, year 2025 by the date line). Not quantities:
# "2021 - 2025" (twice), "số 8" (a criterion's number), "khoảng 5 năm" (a
# duration), "mức độ 3, 4" (names).
# --------------------------------------------------------------------------
D16 = dict(name="16_quocgia-ntm-tieu-chi-8", kind="result", year=2025, records=[
    R("giúp «97% số", "số xã trong cả nước đạt tiêu chí số 8 về Thông tin và Truyền thông", "=", 97),
])

# --------------------------------------------------------------------------
# 17 Quảng Ninh (quangninh.gov.vn, Sở KH&ĐT page, no date shown): "Từ đầu năm
# 2024 đến nay" and "Tính đến tháng 6/2024" → 2024. Three result counts: BTS
# stations being built (not the province's total, no id), antenna sites
# approved, subscriptions whose data was standardised (numerator; "/1.503.641"
# the denominator). Not quantities: "hơn một năm" (words), "năm 2023",
# "230/KH-UBND", "07/9/2023", "2025", "2030", "năm 2024", "6/2024".
# --------------------------------------------------------------------------
D17 = dict(name="17_quangninh-bts-thue-bao-2024", kind="result", year=2024, records=[
    R("xây dựng «7 trạm", "trạm BTS để phủ lõm sóng", "=", 7, **CNT),
    R("chấp thuận «7 vị", "vị trí xây dựng cột ăng ten của Mobifone Quảng Ninh", "=", 7, **CNT),
    R("đối với «1.503.641/", "thuê bao chính chủ được chuẩn hóa thông tin", "=", 1503641, **CNT),
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
