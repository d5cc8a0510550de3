#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set125).

Copied from set69's builder (itself from set47's, set45's, set43's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (241
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

CAM = "city.surveillance_cameras_count"

# --------------------------------------------------------------------------
# 01 A province's AI camera system (cafef.vn, stamp date 2026-01; the province
# is not named in the excerpt: "Công an tỉnh", "4 phường trung tâm của tỉnh").
# "Toàn dự án lắp đặt 131 mắt camera tại 59 vị trí trên địa bàn 4 phường": three
# result counts (=, 2026 from the stamp, "đến nay"), each its own subject: the
# cameras (city.surveillance_cameras_count), the places they stand at and the
# wards they cover (no catalogue id; locations and wards covered are recorded
# as quantities in this set, a judgement applied alike in 03, 06, 08, 12).
# Not quantities: "tháng 8/2025" (a date), "gần 5 tháng" (a duration), "16 màn
# hình" (the equipment of the operations room, not a value of an indicator; a
# judgement applied alike in 04). Pillar null (no heading).
# --------------------------------------------------------------------------
D01 = dict(name="01_tinh-camera-ai-131-mat-2026", kind="result", year=2026, records=[
    R("lắp đặt «131 mắt camera", "dự án lắp đặt mắt camera", "=", 131, **CNT, iid=CAM),
    R("camera tại «59 vị trí", "vị trí lắp đặt camera", "=", 59, **CNT),
    R("địa bàn «4 phường", "phường trung tâm của tỉnh lắp đặt camera", "=", 4, **CNT),
])

# --------------------------------------------------------------------------
# 02 Automatic environmental monitoring stations, national (cem.gov.vn; the
# byline "27/12/2023 16:06:00" cut and written as `date 2023-12`). "gần 2.000
# trạm quan trắc môi trường tự động" (~, city.iot_monitoring_stations_count),
# "hơn 1.600 trạm đang truyền số liệu" (>) and "khoảng 300 trạm đang trong giai
# đoạn lắp đặt" (~): a breakdown by state, each its own subject, scope null; the
# parts have no exact catalogue id (the catalogue counts stations, not stations
# transmitting or being installed) → null. Not quantities: "gần 5 năm" (a
# duration), "tăng gấp 2 lần so với cùng thời điểm năm 2020" (a change against
# an earlier value), "60 phút/lần", "5 phút/lần" (the transmission interval, a
# property of the software, not a value reached; a judgement). Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_ca-nuoc-tram-quan-trac-tu-dong-2023", kind="result", year=2023, records=[
    R("có gần «2.000 trạm", "trạm quan trắc môi trường tự động trên phạm vi cả nước", "~", 2000, **CNT,
      iid="city.iot_monitoring_stations_count"),
    R("có hơn «1.600 trạm", "trạm đang truyền số liệu về Bộ TN&MT", ">", 1600, **CNT),
    R("khoảng «300 trạm", "trạm đang trong giai đoạn lắp đặt, vận hành thử nghiệm", "~", 300, **CNT),
])

# --------------------------------------------------------------------------
# 03 Bà Rịa - Vũng Tàu's provincial IOC (baobariavungtau.com.vn, stamp date
# 2024-09; the photo caption and "Tin, ảnh: QUANG VINH" cut). "đã có 27 đơn vị,
# 10 lĩnh vực ... với tổng số 1.348 chỉ tiêu, thông số": three counts (=, 2024);
# the fields are city.ioc_services_count ("lĩnh vực được kết nối với Trung tâm
# IOC"), the units and the indicators have no id. The virtual assistant's "9
# lĩnh vực" and "hơn 20.000 câu hỏi" (>): counts, no id. Cameras: "4 camera AI
# về giao thông" at "2 nút giao" (a location count, as in 01), "6 camera AI về
# An ninh", "camera do Công an tỉnh chia sẻ dữ liệu cho IOC là 29 chiếc": the
# three camera counts are city.surveillance_cameras_count. Not quantities:
# "26/9" (a date). Pillar null (no heading).
# --------------------------------------------------------------------------
D03 = dict(name="03_bariavungtau-ioc-tinh-2024", kind="result", year=2024, records=[
    R("đã có «27 đơn vị", "đơn vị triển khai kết nối, đồng bộ và tích hợp dữ liệu về IOC tỉnh", "=", 27, **CNT),
    R("đơn vị, «10 lĩnh vực", "lĩnh vực triển khai kết nối, đồng bộ và tích hợp dữ liệu về IOC tỉnh", "=", 10,
      **CNT, iid="city.ioc_services_count"),
    R("tổng số «1.348 chỉ tiêu", "chỉ tiêu, thông số tích hợp dữ liệu về IOC tỉnh", "=", 1348, **CNT),
    R("được «9 lĩnh vực", "lĩnh vực Trợ lý ảo IOC tỉnh đã xây dựng", "=", 9, **CNT),
    R("với hơn «20.000 câu hỏi", "câu hỏi của Trợ lý ảo IOC tỉnh", ">", 20000, **CNT),
    R("có «4 camera AI", "camera AI về giao thông", "=", 4, **CNT, iid=CAM),
    R("(«2 nút giao", "nút giao có camera AI về giao thông", "=", 2, **CNT),
    R("; «6 camera AI", "camera AI về An ninh", "=", 6, **CNT, iid=CAM),
    R("là «29 chiếc", "camera do Công an tỉnh chia sẻ dữ liệu cho IOC", "=", 29, **CNT, iid=CAM),
])

# --------------------------------------------------------------------------
# 04 "Một ngày ở IOC", Bà Rịa - Vũng Tàu (baobariavungtau.com.vn, no date shown;
# the address holds 202205; the photo caption cut). A precision text with no
# quantity: "15 bộ máy tính", "27 màn hình led 55 inch/cái" and "5 nhân viên"
# describe the operations room and its staff on duty (equipment, not a value of
# an indicator; a judgement, as 01's "16 màn hình"); "9 giờ sáng" (a time),
# "72A-143" (a number plate), "QL.51" (a road's name), "99,6km/giờ" (one car's
# speed). No record.
# --------------------------------------------------------------------------
D04 = dict(name="04_bariavungtau-mot-ngay-o-ioc-2022-precision", kind="result", year=None, records=[
])

# --------------------------------------------------------------------------
# 05 Tăng Nhơn Phú ward, Hồ Chí Minh City (sggp.org.vn, stamp date 2025-08; the
# photo caption cut). A precision text: one quantity, "vừa triển khai 8 mắt
# camera AI" (result, =, 2025, city.surveillance_cameras_count). Not
# quantities: "15-8" (a date), "D400" (a road's name), "Đề án 68" (a name).
# --------------------------------------------------------------------------
D05 = dict(name="05_tphcm-tangnhonphu-camera-ai-2025-precision", kind="result", year=2025, records=[
    R("triển khai «8 mắt camera AI", "mắt camera AI tại các tuyến đường", "=", 8, **CNT, iid=CAM),
])

# --------------------------------------------------------------------------
# 06 Hà Nội's AI cameras fining breaches of urban order (vietnamnet.vn, stamp
# date 2026-01; the photo caption cut). Results of the camera system, each its
# own subject: "xử lý 48 trường hợp" (=), "phạt tiền hơn 58 triệu đồng" (>,
# money, unit other "đồng"), "camera AI trực tiếp phát hiện 5 trường hợp" (=),
# "tổng tiền phạt 12,5 triệu đồng" (=) — year 2026 ("14-15/1" of the stamp's
# year); cases and fines are recorded as the system's reported output (a
# judgement; no id). "Hệ thống gồm 1.837 camera AI lắp đặt tại 25 tuyến phố và
# 195 nút giao trọng điểm, vận hành từ ngày 13/12/2025": three counts, year 2025
# (the sentence's own year); the cameras city.surveillance_cameras_count, the
# streets and junctions (locations, as in 01) no id. Not quantities: "14-15/1",
# "13/12/2025" (dates), "PC06" (a name). Hà Nội is the document's own place.
# --------------------------------------------------------------------------
D06 = dict(name="06_hanoi-camera-ai-phat-nguoi-2026", kind="result", year=2026, records=[
    R("xử lý «48 trường hợp", "trường hợp vi phạm trật tự đô thị Công an Hà Nội đã xử lý", "=", 48, **CNT),
    R("phạt tiền hơn «58 triệu đồng", "phạt tiền dựa trên dữ liệu hình ảnh", ">", 58e6, **DONG),
    R("phát hiện «5 trường hợp", "trường hợp hệ thống camera AI trực tiếp phát hiện", "=", 5, **CNT),
    R("tiền phạt «12,5 triệu đồng", "tổng tiền phạt", "=", 12.5e6, **DONG),
    R("gồm «1.837 camera AI", "Hệ thống camera AI lắp đặt", "=", 1837, **CNT, year=2025, iid=CAM),
    R("tại «25 tuyến phố", "tuyến phố lắp đặt camera AI", "=", 25, **CNT, year=2025),
    R("và «195 nút giao", "nút giao trọng điểm lắp đặt camera AI", "=", 195, **CNT, year=2025),
])

# --------------------------------------------------------------------------
# 07 Tân Hưng ward, Hồ Chí Minh City (cafef.vn, stamp date 2025-12; the site's
# menu line, the byline "24-12-2025 - 13:46 PM | Kinh tế số" and four photo
# captions cut). The coverage is stated twice: the title "đã phủ 100% camera
# thông minh" and "bao phủ 100% địa bàn": two % results (=, 2025; no id: the
# catalogue holds no camera-coverage share). "đã lắp đặt 18 camera thông minh
# và 40 camera thông thường": two counts, each its own subject (a breakdown by
# kind, scope null), city.surveillance_cameras_count. Not quantities: "24-12"
# twice (dates), "2-3 lần cùng 1 tuyến đường" (a suspect's behaviour),
# "24/7". Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_tphcm-tanhung-phu-camera-2025", kind="result", year=2025, records=[
    R("đã phủ «100% camera", "Một phường ở TPHCM đã phủ camera thông minh", "=", 100),
    R("bao phủ «100% địa bàn", "Hệ thống camera ở phường Tân Hưng tích hợp AI được triển khai bao phủ địa bàn",
      "=", 100),
    R("lắp đặt «18 camera", "camera thông minh phường Tân Hưng đã lắp đặt", "=", 18, **CNT, iid=CAM),
    R("và «40 camera", "camera thông thường", "=", 40, **CNT, iid=CAM),
])

# --------------------------------------------------------------------------
# 08 Điện Biên's camera system (vietnamnet.vn, stamp date 2024-08; the photo
# caption cut). Results (=, 2024), each its own subject: "19 thiết bị" (traffic
# enforcement cameras), "11 thiết bị" (high-view), "34 thiết bị" (face
# recognition), "74 thiết bị" (street security), "68 camera quan sát chia sẻ":
# city.surveillance_cameras_count; "6 thiết bị đo đếm lưu lượng phương tiện"
# (traffic counters; no exact id) at "3 cửa ngõ" (a location count, as in 01).
# Not quantities: "28/8" (a date), "2 loại", "3 loại camera" (kinds of a
# classification), "ngã 3, ngã 4" (names of crossroads). Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_dienbien-camera-giam-sat-2024", kind="result", year=2024, records=[
    R("có «19 thiết bị", "camera giám sát, xử phạt vi phạm giao thông", "=", 19, **CNT, iid=CAM),
    R("có «6 thiết bị", "thiết bị đo đếm lưu lượng phương tiện giao thông", "=", 6, **CNT),
    R("tại «3 cửa ngõ", "cửa ngõ vào thành phố lắp đặt thiết bị đo đếm lưu lượng", "=", 3, **CNT),
    R("gồm: «11 thiết bị", "thiết bị được lắp đặt tại các huyện, thị xã, thành phố để quan sát tầm cao", "=", 11,
      **CNT, iid=CAM),
    R("; «34 thiết bị", "thiết bị được lắp đặt tại các khu công cộng để nhận diện khuôn mặt", "=", 34, **CNT,
      iid=CAM),
    R("; «74 thiết bị", "thiết bị đầu tư để giám sát an ninh trật tự khu phố", "=", 74, **CNT, iid=CAM),
    R("tích hợp «68 camera", "camera quan sát chia sẻ từ các huyện, thị xã, thành phố", "=", 68, **CNT, iid=CAM),
])

# --------------------------------------------------------------------------
# 09 Lai Châu city's IOC (thanhpho.laichau.gov.vn, no date shown; the photo
# caption cut). "được đầu tư 02 giai đoạn: giai đoạn 1, năm 2020; giai đoạn 2,
# năm 2021. Tổng kinh phí thực hiện 13,34 tỷ đồng": money, result (=), year 2021
# (the last year the text names, the end of the investment; the launch "06/01"
# names no year; a judgement). "Trung tâm có 08 tính năng, trong đó 05 tính
# năng đã được đầu tư ... 03 tính năng chưa triển khai đầu tư": the 8 features
# are the parts of the centre's design (like the parts of an index, not a
# quantity; a judgement); the 5 invested (city.ioc_services_count) and the 3 not
# yet invested (no id) are results, 2021. Not quantities: "06/01" (a date),
# "02 giai đoạn" (phases of a project), "năm 2020", "năm 2021". Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_laichau-ioc-thanh-pho-2021", kind="result", year=2021, records=[
    R("thực hiện «13,34 tỷ đồng", "Tổng kinh phí thực hiện", "=", 13.34e9, **DONG),
    R("trong đó «05 tính năng", "tính năng đã được đầu tư", "=", 5, **CNT, iid="city.ioc_services_count"),
    R("«03 tính năng chưa", "tính năng chưa triển khai đầu tư", "=", 3, **CNT),
])

# --------------------------------------------------------------------------
# 10 QR codes at Quảng Ninh's historic sites (vietnam.vn/quangninh, no date
# shown; no year anywhere → year null). "đã triển khai 16 mã QR code gắn với
# thuyết minh tự động tại các điểm di tích" (result, =) and "đã triển khai được 11
# mã QR điểm di tích" (result, =): society.digitised_heritage_sites_count (one
# code per site; a judgement). "Ngay trong tháng 3 này, BTV Thị Đoàn sẽ tiếp tục
# tổ chức gắn mã QR với 3 địa danh": a target (a bare number, >=), same id. Not
# quantities: "tháng 3" (a month). Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_quangninh-ma-qr-di-tich", kind="result", year=None, records=[
    R("triển khai «16 mã QR", "mã QR code gắn với thuyết minh tự động tại các điểm di tích lịch sử, du lịch",
      "=", 16, **CNT, iid="society.digitised_heritage_sites_count"),
    R("với «3 địa danh", "gắn mã QR với địa danh", ">=", 3, **CNT, **T,
      iid="society.digitised_heritage_sites_count"),
    R("được «11 mã QR", "mã QR điểm di tích trên địa bàn", "=", 11, **CNT,
      iid="society.digitised_heritage_sites_count"),
])

# --------------------------------------------------------------------------
# 11 Huế's smart interactive stations at heritage sites (en.vneconomy.vn, a
# Vietnamese page; no date shown). A precision text: one quantity, "các trạm
# tương tác thông minh đã thu hút hơn 5.000 lượt tương tác" (result, >, year
# 2024 from "Tháng 9/2024"; no id). Not quantities: "Tháng 9/2024" (a date),
# "3D" (a name), "hàng trăm" (no digits). Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_hue-tram-tuong-tac-2024-precision", kind="result", year=2024, records=[
    R("thu hút hơn «5.000 lượt", "lượt tương tác các trạm tương tác thông minh", ">", 5000, **CNT),
])

# --------------------------------------------------------------------------
# 12 Thanh Hóa's AI camera project (baothanhhoa.vn, stamp date 2025-12). The
# approved investment decision 3808/QĐ-UBND sets targets for "giai đoạn
# 2025–2026" → year 2026 (the period's end; a judgement). The title "Thanh Hóa
# đầu tư 1.100 camera AI" (target, bare → >=) and the body "đầu tư lắp đặt
# khoảng 1.100 camera giám sát AI" (~): two records of the same number, each
# city.surveillance_cameras_count; "tại 12 xã, phường trung tâm" (>=, a
# location count as in 01, no id); "tích hợp khoảng 1.000 camera hiện có" (~,
# city.surveillance_cameras_count); "Tổng mức đầu tư ... khoảng 170 tỷ đồng" (~)
# and "ngân sách Trung ương hỗ trợ 50 tỷ đồng" (bare → >=): money, unit other
# "đồng", no id. Not quantities: "3808/QĐ-UBND" (a document number),
# "2025–2026" (a period). Pillar null.
# --------------------------------------------------------------------------
D12 = dict(name="12_thanhhoa-1100-camera-ai-2025", kind="target", year=2026, records=[
    R("đầu tư «1.100 camera", "Thanh Hóa đầu tư camera AI giám sát", ">=", 1100, **CNT, iid=CAM),
    R("khoảng «1.100 camera", "dự án sẽ đầu tư lắp đặt camera giám sát AI", "~", 1100, **CNT, iid=CAM),
    R("tại «12 xã, phường", "xã, phường trung tâm lắp đặt camera giám sát AI", ">=", 12, **CNT),
    R("tích hợp khoảng «1.000 camera", "tích hợp camera hiện có đáp ứng tiêu chuẩn", "~", 1000, **CNT, iid=CAM),
    R("khoảng «170 tỷ đồng", "Tổng mức đầu tư của dự án", "~", 170e9, **DONG),
    R("hỗ trợ «50 tỷ đồng", "ngân sách Trung ương hỗ trợ", ">=", 50e9, **DONG),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
