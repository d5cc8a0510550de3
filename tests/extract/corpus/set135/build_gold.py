#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set135).

Copied from set69's builder (itself from set47's (itself from set45's, set43's, set41's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (241
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

IOT = "city.iot_monitoring_stations_count"
TIN = dict(unit="count")
HA = dict(unit="other", unit_text="ha")

# --------------------------------------------------------------------------
# 01 National: WATEC's automatic rain-gauge network Vrain (vietnamnet.vn; no
# date shown, the page names no year of measurement: "từ năm 2016, đến nay" →
# year null). Results: "đã lắp đặt trên 2,500 trạm" (>, count 2500: the page
# writes the thousands with a comma, "2,500"; read as 2500, not 2.5, since a
# count of stations has no decimals; a judgement, tolerated in check_gold.py),
# "bao phủ 63 tỉnh/thành" (=, count: the coverage of the network), "1.077
# trạm thuộc mạng khí tượng thuỷ văn quốc gia" (=), "gần 1.400 trạm chuyên
# dùng" (~): a breakdown by kind, scope null. Ids: the stations are automatic
# monitoring stations → city.iot_monitoring_stations_count; the 63 provinces
# null. Not quantities: "3 giải pháp" (solutions), "năm 2016". Pillar null.
# --------------------------------------------------------------------------
D01 = dict(name="01_ca-nuoc-vrain-tram-do-mua-watec", kind="result", year=None, records=[
    R("đã lắp đặt trên «2,500 trạm", "Hệ thống đo mưa tự động Vrain lắp đặt trạm", ">", 2500, **CNT, iid=IOT),
    R("bao phủ «63 tỉnh/thành", "Hệ thống đo mưa tự động Vrain bao phủ tỉnh/thành trong cả nước", "=", 63, **CNT),
    R("trong đó có «1.077 trạm", "trạm thuộc mạng khí tượng thuỷ văn quốc gia", "=", 1077, **CNT, iid=IOT),
    R("gần «1.400 trạm", "trạm chuyên dùng của cơ quan phòng chống thiên tai các tỉnh, các hồ chứa thuỷ lợi thuỷ điện",
      "~", 1400, **CNT, iid=IOT),
])

# --------------------------------------------------------------------------
# 02 National: the disaster-prevention community fund (QPT) hands over rain
# gauges and flood towers (vietnamnet.vn; the excerpt opens with the crawler's
# stamp "date 2023-12" followed on the same line by the page's JSON, kept as
# returned). "trong năm 2023 ... 80 trạm đo mưa tự động hỗ trợ 9 tỉnh" and "10
# tháp cảnh bão lũ tự động" (=, 2023); "từ năm 2016 đến nay ... 843 trạm đo mưa
# tự động và 16 tháp cảnh báo lũ tự động ... tại 48 tỉnh/thành phố" (=, measured
# in 2023, the document's year). The provinces (9, 48) are the coverage of the
# stations: counts (a judgement). Ids: rain gauges → city.iot_monitoring_
# stations_count; the flood towers (warning devices) and the provinces null.
# Not quantities: "8/12", "năm 2023" (title), "2016", the page id "2224648".
# Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_ca-nuoc-qpt-tram-do-mua-thap-bao-lu-2023", kind="result", year=2023, records=[
    R("lắp đặt «80 trạm", "Qũy QPT triển khai lắp đặt trạm đo mưa tự động", "=", 80, **CNT, iid=IOT),
    R("hỗ trợ «9 tỉnh", "trạm đo mưa tự động hỗ trợ tỉnh", "=", 9, **CNT),
    R("lắp đặt «10 tháp", "triển khai lắp đặt tháp cảnh bão lũ tự động", "=", 10, **CNT),
    R("lắp đặt được «843 trạm", "đơn vị vận động kinh phí lắp đặt được trạm đo mưa tự động", "=", 843, **CNT, iid=IOT),
    R("tự động và «16 tháp", "tháp cảnh báo lũ tự động cho cộng đồng", "=", 16, **CNT),
    R("tại «48 tỉnh/thành phố", "tháp cảnh báo lũ tự động cho cộng đồng tại tỉnh/thành phố trên cả nước", "=", 48, **CNT),
])

# --------------------------------------------------------------------------
# 03 National: Zalo warnings for typhoon Kajiki (znews.vn; crawler stamp "date
# 2025-08-25" → 2025). "38,6 triệu tin nhắn" stated twice (lead and body; each
# recorded, =); by day "13,1 triệu" (=), "khoảng 17,9 triệu" (~), "7,6 triệu"
# (=): one record per number, scope null (days are not levels or groups).
# Counts of messages, magnitude multiplied in. No catalogue id. Not quantities:
# "22-24/8", "22/8", "23/8", "24/8", "bão số 5" (a name), the stamp. Pillar
# null.
# --------------------------------------------------------------------------
D03 = dict(name="03_ca-nuoc-zalo-tin-nhan-bao-so-5-2025", kind="result", year=2025, records=[
    R("Zalo gửi đi «38,6 triệu tin nhắn đến người dân ở những địa phương chịu ảnh hưởng từ",
      "Cục Quản lý đê điều và Phòng, chống thiên tai phối hợp với Zalo gửi đi tin nhắn đến người dân", "=", 38.6e6, **TIN),
    R("Zalo gửi đi «38,6 triệu tin nhắn đến người dân ở những địa phương chịu ảnh hưởng bởi",
      "Cục Quản lý đê điều và Phòng, chống thiên tai phối hợp với Zalo gửi đi tin nhắn đến người dân", "=", 38.6e6, **TIN),
    R("đã gửi «13,1 triệu", "Cục Quản lý đê điều và Phòng, chống thiên tai gửi tin nhắn cho người dân các huyện ven biển",
      "=", 13.1e6, **TIN),
    R("khoảng «17,9 triệu", "Cục Quản lý đê điều và Phòng, chống thiên tai gửi đi tin nhắn cho người dân tại các tỉnh",
      "~", 17.9e6, **TIN),
    R("gửi «7,6 triệu", "Cục Quản lý đê điều và Phòng, chống thiên tai gửi tin nhắn khẩn cấp", "=", 7.6e6, **TIN),
])

# --------------------------------------------------------------------------
# 04 National: the disaster-information page on Zalo (vneconomy.vn, byline
# "15/10/2025, 10:21" → `date 2025-10`; year 2025 for the totals "sau gần 5
# năm"). Title "Gần 1 tỷ cảnh báo ... được gửi" (~, 1e9); "hơn 165 triệu tin
# nhắn khẩn" a year on average, stated in the lead and the body (>, each
# recorded); "gần 605.000 người theo dõi" (~); "gần 1 tỷ tin nhắn" (~). The
# title's "nền tảng ứng dụng di động" is Zalo, an app, not the pillar "nền tảng
# số" → pillar null (a judgement). No catalogue id. Not quantities: "14/10",
# "2026- 2028", "tháng 10/2020", "gần 5 năm" (a duration).
# --------------------------------------------------------------------------
D04 = dict(name="04_ca-nuoc-zalo-thong-tin-pctt-2025", kind="result", year=2025, records=[
    R("Gần «1 tỷ cảnh báo", "cảnh báo, ứng phó thiên tai được gửi tới cộng đồng qua nền tảng ứng dụng di động",
      "~", 1e9, **TIN),
    R("hơn «165 triệu tin nhắn khẩn", "tin nhắn khẩn được gửi đến người dân ở các khu vực có nguy cơ chịu ảnh hưởng "
      "bởi thiên tai mỗi năm", ">", 165e6, **TIN),
    R("gần «605.000 người", "trang Thông tin Phòng, chống thiên tai thu hút người theo dõi", "~", 605000, **TIN),
    R("hơn «165 triệu tin nhắn Zalo", "tin nhắn Zalo khẩn được gửi đến người dân ở các khu vực có nguy cơ chịu ảnh "
      "hưởng bởi thiên tai mỗi năm", ">", 165e6, **TIN),
    R("gần «1 tỷ tin nhắn", "tin nhắn truyền tải kịp thời các bản tin dự báo, cảnh báo, hướng dẫn ứng phó được gửi "
      "trực tiếp đến điện thoại của từng người dân", "~", 1e9, **TIN),
])

# --------------------------------------------------------------------------
# 05 National: Zalo warnings for typhoon Wipha (dientungaynay.vn, byline
# "21/07/2025 14:20" → `date 2025-07`; the letter "D" under it and the two
# image lines repeating the title cut). A precision text: one quantity stated
# three times (title "gửi 29 triệu" =, lead "hơn 29 triệu" >, body "gửi ra 29
# triệu" =) among "bão số 3", "20/7", "13h ngày 21/7", "13h ngày 22/7". Pillar
# null; no id.
# --------------------------------------------------------------------------
D05 = dict(name="05_ca-nuoc-zalo-bao-so-3-2025-precision", kind="result", year=2025, records=[
    R("Bộ NN&MT gửi «29 triệu", "Bộ NN&MT gửi tin nhắn cảnh báo", "=", 29e6, **TIN),
    R("gửi đi hơn «29 triệu", "Cục Quản lý đê điều và Phòng, chống thiên tai phối hợp với Zalo gửi đi tin nhắn đến "
      "người dân tại các tỉnh phía Bắc", ">", 29e6, **TIN),
    R("gửi ra «29 triệu", "Cục Quản lý đê điều và Phòng, chống thiên tai gửi ra tin nhắn cho người dân tại các tỉnh",
      "=", 29e6, **TIN),
])

# --------------------------------------------------------------------------
# 06 Hà Tĩnh: forest-fire cameras (nguoinghe.vn; no date shown; "Năm 2023
# này" → the document's year 2023; two image files and their captions cut).
# "năm 2021, ... lắp đặt 4 camera quan sát ... tại 4 huyện" (results of 2021,
# =, counts: cameras and the districts they cover); "Năm 2023 này, Chi cục Kiểm
# lâm tỉnh đang có kế hoạch lắp đặt thêm 6 camera" (a target of 2023 stated as
# an addition, >=). Not quantities: the cameras' radius "7km - 10km" and "7 đến
# 10km" (a property of the device, not a target or result; a judgement),
# "24h/24h", "Ngày 22.5", and "Hi vọng huyện Can Lộc được bố trí lắp đặt thêm 1
# chiếc" (an official's hope, not a plan; a judgement). Ids null (the
# catalogue's cameras are security cameras). Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_hatinh-camera-chay-rung-2023", kind="result", year=2023, records=[
    R("lắp đặt «4 camera", "ngành Kiểm lâm Hà Tĩnh lắp đặt camera quan sát để phát hiện cháy rừng", "=", 4, **CNT,
      year=2021),
    R("tại «4 huyện", "camera quan sát để phát hiện cháy rừng tại huyện", "=", 4, **CNT, year=2021),
    R("thêm «6 camera", "Chi cục Kiểm lâm tỉnh lắp đặt thêm camera để giám sát phòng chống cháy rừng", ">=", 6,
      **CNT, kind="target"),
])

# --------------------------------------------------------------------------
# 07 Trà Leng commune (formerly Quảng Nam, now Đà Nẵng): rain gauges
# (baodanang.vn; the crawler stamp "date 2025-08-19" opens the excerpt, kept;
# year 2025; the photo caption cut). A precision text: one quantity, "Hiện ở
# xã Trà Leng có 2 trạm đo mưa đã được lắp đặt để quan trắc lượng mưa" (=,
# count; city.iot_monitoring_stations_count, a judgement: stations that
# monitor rain and drive the automatic warning loudspeakers) among "2 loại
# hình thiên tai" and a web address. Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_quangnam-traleng-tram-do-mua-2025-precision", kind="result", year=2025, records=[
    R("có «2 trạm đo mưa", "xã Trà Leng có trạm đo mưa đã được lắp đặt để quan trắc lượng mưa", "=", 2, **CNT, iid=IOT),
])

# --------------------------------------------------------------------------
# 08 National: the irrigation sector's information system (iwrp.gov.vn, the
# line "2025.01.10 - 67 lượt xem" cut and written as `date 2025-01`; year 2025).
# A precision text: one quantity, "chỉ có khoảng hơn 40 hệ thống thủy lợi có
# công trình đầu mối được giám sát tự động" (result, count; "khoảng hơn" read
# by the word next to the number, ">"; a judgement). The lead paragraph is
# printed twice, with no number. No id. Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_ca-nuoc-thuy-loi-giam-sat-tu-dong-2025-precision", kind="result", year=2025, records=[
    R("khoảng hơn «40 hệ thống", "hệ thống thủy lợi có công trình đầu mối được giám sát tự động một số dữ liệu khí "
      "tượng, thủy văn chuyên dùng và thông số vận hành", ">", 40, **CNT),
])

# --------------------------------------------------------------------------
# 09 Northern mountains: the planned flash-flood warning stations (cand.com.vn;
# no date shown and no year in the text → year null; the closing "PV" cut).
# Targets (what the institute "sẽ lắp đặt"; bare numbers → >=): "tại 5 tỉnh
# miền núi phía Bắc" and "thuộc 5 tỉnh là Hà Giang, ..." (the provinces
# covered, each statement recorded), "40 trạm cảnh báo" (city.iot_monitoring_
# stations_count: automatic warning stations; a judgement), "50 trạm truyền
# tin" (relay stations, null), "10 lưu vực sông", "40 tháp cảnh báo lũ quét",
# "37 lưu vực sông, suối" (null). Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_mien-nui-phia-bac-tram-canh-bao-lu-quet", kind="target", year=None, records=[
    R("tại «5 tỉnh miền núi", "Viện Khí tượng - Thủy văn lắp đặt các trạm cảnh báo lũ quét tại tỉnh miền núi phía Bắc",
      ">=", 5, **CNT),
    R("gồm «40 trạm", "hệ thống cảnh báo tự động gồm trạm cảnh báo", ">=", 40, **CNT, iid=IOT),
    R("và «50 trạm", "trạm truyền tin", ">=", 50, **CNT),
    R("thí điểm «10 lưu vực", "triển khai thí điểm lưu vực sông", ">=", 10, **CNT),
    R("thuộc «5 tỉnh", "lưu vực sông thuộc tỉnh", ">=", 5, **CNT),
    R("triển khai «40 tháp", "Viện triển khai tháp cảnh báo lũ quét", ">=", 40, **CNT),
    R("cho «37 lưu vực", "tháp cảnh báo lũ quét cho lưu vực sông, suối", ">=", 37, **CNT),
])

# --------------------------------------------------------------------------
# 10 Sóc Trăng: fishing vessels (vasep.com.vn, the page's second view; the line
# "10:27 25/02/2020" cut and written as `date 2020-02`; year 2020). Results:
# the title "100% tàu cá của Sóc Trăng không vi phạm khai thác hải sản" (=);
# "100% phương tiện tham gia đánh bắt ... có đánh dấu, ghi nhật ký" (=) and
# "trên 50% tàu cá lắp đặt thiết bị giám sát hành trình" (>), the paragraph
# printed twice, each statement recorded. No catalogue id. Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_soctrang-tau-ca-giam-sat-hanh-trinh-2020", kind="result", year=2020, records=[
    R("[Video] «100% tàu cá", "tàu cá của Sóc Trăng không vi phạm khai thác hải sản", "=", 100),
    R("hải sản\n«100% phương tiện", "phương tiện tham gia đánh bắt ở tỉnh Sóc Trăng có đánh dấu, ghi nhật ký", "=", 100),
    R("trên «50% tàu cá lắp đặt thiết bị giám sát hành trình. Tính đến thời điểm này, địa phương chưa phát hiện tàu "
      "cá nào vi phạm theo khuyến nghị của EC.\n100%", "tàu cá lắp đặt thiết bị giám sát hành trình", ">", 50),
    R("EC.\n«100% phương tiện", "phương tiện tham gia đánh bắt ở tỉnh Sóc Trăng có đánh dấu, ghi nhật ký", "=", 100),
    R("EC.\n100% phương tiện tham gia đánh bắt ở tỉnh Sóc Trăng có đánh dấu, ghi nhật ký, trên «50%",
      "tàu cá lắp đặt thiết bị giám sát hành trình", ">", 50),
])

# --------------------------------------------------------------------------
# 11 National: data-driven operation of reservoir cascades (lite.baomoi.com; no
# date shown; the text names "tháng 8/2024" for the storm night). Results:
# "Nhờ đó, 2.300 ha lúa vùng hạ du thoát khỏi nguy cơ ngập úng" (=, other "ha",
# 2024: that night); "Gần 7.300 hồ chứa trên cả nước ... đang dần được tích hợp
# hệ thống quan trắc tự động" (~, count, year null: present, no year said).
# Pillar digital_data: the title "Khi dữ liệu trở thành 'người gác cửa' ..."
# and the heading "Khi dữ liệu "ra lệnh" cho dòng nước" name data (a judgement,
# as set69's title rule). Not quantities: "12 phút" (a duration), "bão số 3",
# "8/2024". No ids.
# --------------------------------------------------------------------------
D11 = dict(name="11_ca-nuoc-lien-ho-chua-du-lieu-2024", kind="result", year=None, records=[
    R("Nhờ đó, «2.300 ha", "lúa vùng hạ du thoát khỏi nguy cơ ngập úng", "=", 2300, **HA, year=2024, pillar=DATA),
    R("Gần «7.300 hồ chứa", "hồ chứa trên cả nước được tích hợp hệ thống quan trắc tự động, dữ liệu thời gian thực",
      "~", 7300, **CNT, pillar=DATA),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
