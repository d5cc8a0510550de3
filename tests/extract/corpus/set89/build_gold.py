#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set89).

Copied from set69's builder (itself from set47's, set45's, set43's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
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


BTS = "infra.bts_stations_count"
G5 = "infra.fiveg_coverage_share"
CAM = "city.surveillance_cameras_count"

# --------------------------------------------------------------------------
# 01 Cyber attacks nationally, in the third quarter of 2025 (plo.vn, date
# 2025-12; a precision text: two quantities among the programme's name "năm
# 2025", the report's name "... Thế giới 2025" and "quý III năm 2025"). "hơn
# 547.000 cuộc tấn công DDoS" (result, >, count, 2025;
# security.attack_incidents_count, whose wordings include "ghi nhận cuộc tấn
# công mạng"; a judgement: DDoS attacks recorded, not only those causing
# incidents). "tăng gấp đôi so với cùng kỳ năm trước": a change, no number.
# "khoảng 195 triệu bản ghi dữ liệu ... bị lộ lọt" (result, ~, 195e6, count; no
# id). The heading "Làn sóng tấn công mạng gia tăng, ..." names no pillar and
# no quantity stands under it. Pillar null.
# --------------------------------------------------------------------------
D01 = dict(name="01_ca-nuoc-tan-cong-ddos-quy3-2025-precision", kind="result", year=2025, records=[
    R("ghi nhận hơn «547.000 cuộc", "Việt Nam đã ghi nhận cuộc tấn công DDoS", ">", 547000, **CNT,
      iid="security.attack_incidents_count"),
    R("khoảng «195 triệu bản ghi", "bản ghi dữ liệu của người dùng Việt Nam bị lộ lọt trên không gian mạng", "~",
      195e6, **CNT),
])

# --------------------------------------------------------------------------
# 02 Hồ Chí Minh City's cyber-security drill of December 2025 (thanhnien.vn,
# date 2025-12). A precision text with no quantity: "5 ngày" twice (a
# duration), "26.12", "22 - 26.12.2025" (dates), "40 chuyên gia, kỹ sư ...
# tham gia" (the participants of an event: spec's decided case "với sự tham dự
# của hơn 50 cơ quan báo chí"), "cả 2 vai trò" (the roles of the drill),
# "năm 2025" in the programme's name.
# --------------------------------------------------------------------------
D02 = dict(name="02_tphcm-dien-tap-attt-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 03 Viettel passes 20,000 5G stations (baophutho.vn, date 2025-12; 2025). The
# page title "Nhà mạng Việt đầu tiên vượt 20.000 trạm 5G" names the telecom
# network (nhà mạng, trạm 5G) → digital_infrastructure for the whole excerpt
# (set69's rule: a page title that names a pillar's topic is the heading of the
# excerpt; spec: mạng viễn thông → hạ tầng số; a judgement). Results: the
# title's "vượt 20.000 trạm" (>), "lắp đặt thêm 20.000 trạm 5G trong năm 2025"
# (=), "6.500 trạm của năm 2024" (=, 2024). Targets (dự kiến): "bổ sung để phủ
# 90% dân số" (>=, bare), "lắp thêm 3.500 trạm" (>=), "nâng tổng số trạm 5G lên
# 30.000" (>=), "có thể phủ sóng 5G đến 90% diện tích ngoài trời và 70% diện
# tích trong nhà" (>=, >=: what the planned stations are to reach, "đến" read
# as reaching; outdoor and indoor are kinds of area, not levels → scope null),
# and Resolution 193's condition "đạt tối thiểu 20.000 trạm phát sóng 5G ...
# đến hết ngày 31/12/2025" (>=, 2025). Ids: station counts
# infra.bts_stations_count (wording "trạm BTS 5G"); coverage shares
# infra.fiveg_coverage_share ("Dân số (hoặc khu vực) được phủ sóng 5G"). Not
# quantities: "5G" (a name) throughout, "8/12", "31/12", "19/2",
# "31/12/2025", "Nghị quyết số 193", "2025" as a year, "ba tuần" (a word).
# --------------------------------------------------------------------------
D03 = dict(name="03_ca-nuoc-viettel-20000-tram-5g-2025", kind="result", year=2025, records=[
    R("đầu tiên vượt «20.000 trạm 5G\n", "Nhà mạng Việt đầu tiên vượt trạm 5G", ">", 20000, **CNT, pillar=INFRA,
      iid=BTS),
    R("lắp đặt thêm «20.000 trạm 5G trong", "Viettel lắp đặt thêm trạm 5G trong năm 2025", "=", 20000, **CNT,
      pillar=INFRA, iid=BTS),
    R("bổ sung để phủ «90% dân số", "dự kiến tiếp tục bổ sung để phủ dân số", ">=", 90, **T, pillar=INFRA, iid=G5),
    R("sẽ lắp thêm «3.500 trạm", "tập đoàn này dự kiến sẽ lắp thêm trạm", ">=", 3500, **CNT, **T, pillar=INFRA,
      iid=BTS),
    R("cùng với «6.500 trạm của năm 2024", "trạm của năm 2024", "=", 6500, **CNT, year=2024, pillar=INFRA, iid=BTS),
    R("trạm 5G lên «30.000", "nâng tổng số trạm 5G", ">=", 30000, **CNT, **T, pillar=INFRA, iid=BTS),
    R("5G đến «90% diện tích ngoài trời", "họ có thể phủ sóng 5G diện tích ngoài trời trên toàn quốc", ">=", 90, **T,
      pillar=INFRA, iid=G5),
    R("và «70% diện tích trong nhà", "phủ sóng 5G diện tích trong nhà trên toàn quốc", ">=", 70, **T, pillar=INFRA,
      iid=G5),
    R("đạt tối thiểu «20.000 trạm", "hỗ trợ doanh nghiệp triển khai hạ tầng mạng 5G toàn quốc nếu đạt trạm phát sóng "
      "5G được nghiệm thu đưa vào sử dụng", ">=", 20000, **CNT, **T, pillar=INFRA, iid=BTS),
])

# --------------------------------------------------------------------------
# 04 The ministry's record of Viettel's 5G stations (vnexpress.net, date
# 2025-12; 2025). The same facts as 03 in other words, from the ministry's
# letter. No page title in the excerpt: pillar null. Results: "hơn 20.000 trạm
# 5G từ tháng 2 đến 12" (>), "20.758 trạm 5G" (=), "2.011 trạm là sản phẩm
# 'Make in Vietnam'" (=; a subset of the stations, still stations: the id kept,
# a judgement), "6.500 trạm của năm 2024" (=, 2024). Targets: the task "đạt số
# trạm 5G bằng tối thiểu 50% số trạm 4G hiện có" (>=, %, 2025; no id), "lắp thêm
# 3.500 trạm", "lên 30.000", "90% diện tích ngoài trời", "70% diện tích trong
# nhà" (>=, as in 03). Not quantities: "tháng 2 đến 12", "22/12", "19/2",
# "10/12", "8/12", "31/12", "Nghị quyết số 57", "Quyết định 1131", "Nghị quyết
# số 193", "tháng 8/2025" (in a cut caption), "4G"/"5G" (names).
# --------------------------------------------------------------------------
D04 = dict(name="04_ca-nuoc-bo-khcn-ghi-nhan-tram-5g-2025", kind="result", year=2025, records=[
    R("viễn thông với hơn «20.000 trạm", "Viettel đã phát triển hạ tầng mạng viễn thông với trạm 5G", ">", 20000,
      **CNT, iid=BTS),
    R("đưa vào sử dụng «20.758 trạm", "Viettel đã triển khai lắp đặt và đưa vào sử dụng trạm 5G", "=", 20758, **CNT,
      iid=BTS),
    R("Trong số đó có «2.011 trạm", "trạm là sản phẩm Make in Vietnam", "=", 2011, **CNT, iid=BTS),
    R("bằng tối thiểu «50% số trạm 4G", "nhiệm vụ đạt số trạm 5G bằng số trạm 4G hiện có", ">=", 50, **T),
    R("họ dự kiến lắp thêm «3.500 trạm", "họ dự kiến lắp thêm trạm", ">=", 3500, **CNT, **T, iid=BTS),
    R("cùng với «6.500 trạm", "trạm của năm 2024", "=", 6500, **CNT, year=2024, iid=BTS),
    R("trạm 5G lên «30.000", "nâng tổng số trạm 5G", ">=", 30000, **CNT, **T, iid=BTS),
    R("5G đến «90% diện tích", "họ có thể phủ sóng 5G diện tích ngoài trời trên toàn quốc", ">=", 90, **T, iid=G5),
    R("và «70% diện tích", "phủ sóng 5G diện tích trong nhà trên toàn quốc", ">=", 70, **T, iid=G5),
])

# --------------------------------------------------------------------------
# 05 Viettel's 5G year (thanhnien.vn, date 2026-01). The excerpt reviews 2025:
# every record's year is 2025 ("đạt mốc 20.000 trạm mới trong năm 2025", "Đến
# cuối năm" = the end of that year; the later paragraphs speak of the same
# year, "chỉ trong vòng một năm"; a judgement against the stamp's 2026).
# Results: "20.000 trạm mới" (=), "khoảng 30.000 trạm" (~), "gần 30.000 trạm 5G
# đã phát sóng" (~), "khoảng 2.000 trạm sử dụng thiết bị do Viettel tự nghiên
# cứu" (~; stations, id kept as in 04), "nhóm 5 quốc gia có thể tự sản xuất và
# vận hành thiết bị 5G" (rank, <=: a group, spec's decided case; no id), after
# the heading "5G đi vào đời sống" (names 5G, the telecom network →
# digital_infrastructure, a judgement): "tốc độ trên 7 Gbps" (>, other, "Gbps";
# a test's speed, no id: the catalogue's speeds are mean speeds in Mb/s) and
# "hơn 23.500 trạm 5G chỉ trong vòng một năm" (>). Records above the heading:
# pillar null. Not quantities: "9.12.2025", "Năm 2025", "5G-Advanced" (a name).
# --------------------------------------------------------------------------
D05 = dict(name="05_ca-nuoc-5g-30000-tram-2025", kind="result", year=2025, records=[
    R("đạt mốc «20.000 trạm mới", "mạng lưới 5G do đơn vị này triển khai đã đạt mốc trạm mới trong năm 2025", "=",
      20000, **CNT, iid=BTS),
    R("đạt khoảng «30.000 trạm", "tổng số trạm 5G trên toàn mạng", "~", 30000, **CNT, iid=BTS),
    R("Trong số gần «30.000 trạm", "trạm 5G đã phát sóng", "~", 30000, **CNT, iid=BTS),
    R("khoảng «2.000 trạm", "trạm sử dụng thiết bị do Viettel tự nghiên cứu và sản xuất", "~", 2000, **CNT, iid=BTS),
    R("vào nhóm «5 quốc gia", "Việt Nam vào nhóm quốc gia có thể tự sản xuất và vận hành thiết bị 5G trên mạng lưới "
      "thực tế", "<=", 5, **RANK),
    R("tốc độ trên «7 Gbps", "Viettel đã thử nghiệm thành công tốc độ với nền tảng 5G-Advanced", ">", 7,
      unit="other", unit_text="Gbps", pillar=INFRA),
    R("hoàn thành hơn «23.500 trạm", "Việc hoàn thành trạm 5G chỉ trong vòng một năm", ">", 23500, **CNT,
      pillar=INFRA, iid=BTS),
])

# --------------------------------------------------------------------------
# 06 Huế's plan 50/KH-UBND for smart traffic (cafef.vn, date 2026-01). Targets:
# "trong giai đoạn 2026-2028 ... xử lý tự động 80% trường hợp" (>=, 2028: the
# end of the period); "dự báo ùn tắc với độ chính xác 90%" (>=, 2028: the
# sentence opens "Đồng thời" after the paragraph of 2026-2028; a judgement);
# "Trong giai đoạn 2029-2035, Huế phấn đấu đạt 100% dữ liệu IoT giao thông được
# chuẩn hóa" (>=, 2035); "đèn tín hiệu giao thông thông minh tiếp tục được
# triển khai tại 150 nút giao" (>=, count; year null: the sentence names no
# period and the plan has two; a judgement). No heading: pillar null. No ids
# (the catalogue has no indicator of automatic processing, forecast accuracy,
# IoT data or signalled junctions). Not quantities: "2026-2028" twice,
# "2029-2035", "Kế hoạch số 50/KH-UBND", "Tháng 12/20" (cut by the excerpt).
# --------------------------------------------------------------------------
D06 = dict(name="06_hue-camera-ai-giao-thong-2026-2035", kind="target", year=2028, records=[
    R("xử lý tự động «80% trường hợp", "hệ thống camera AI nhận diện vi phạm giao thông, xử lý tự động trường hợp",
      ">=", 80),
    R("độ chính xác «90%", "bản đồ giao thông thời gian thực tích hợp cảm biến IoT, dự báo ùn tắc với độ chính xác",
      ">=", 90),
    R("phấn đấu đạt «100% dữ liệu", "dữ liệu IoT giao thông được chuẩn hóa và sẵn sàng kết nối, chia sẻ liên thông "
      "với Bộ Xây dựng, Bộ Công an", ">=", 100, year=2035),
    R("triển khai tại «150 nút giao", "hệ thống đèn tín hiệu giao thông thông minh tiếp tục được triển khai tại nút "
      "giao", ">=", 150, **CNT, year=None),
])

# --------------------------------------------------------------------------
# 07 Hà Nội's AI cameras, 6-7 December 2025 (kienthuc.net.vn, date 2025-12;
# 2025). A precision text: four quantities among times "12h" twice, dates
# "6/12/2025", "7/12/2025", "10/12/2025", a road marker "km 20", the phase
# "giai đoạn 2" and the traffic's "tốc độ trung bình là 70 km/h" (the speed of
# the vehicles a camera saw, no value of an indicator of the transformation; a
# judgement). Results of the cameras: "phát hiện 2 trường hợp không thắt dây
# đai an toàn", "phát hiện tới 703 trường hợp ... vượt đèn đỏ", "ghi nhận 8
# trường hợp đi sai làn đường" (=, count; no id). Target: "dự kiến đến ngày
# 10/12/2025 sẽ vận hành hệ thống 1.837 camera" (>=, count, 2025;
# city.surveillance_cameras_count). Pillar null. The place Hà Nội is the
# page's own subject: no `place`.
# --------------------------------------------------------------------------
D07 = dict(name="07_hanoi-camera-ai-vuot-den-do-2025-precision", kind="result", year=2025, records=[
    R("phát hiện «2 trường hợp", "Mắt thần AI phát hiện trường hợp không thắt dây đai an toàn", "=", 2, **CNT),
    R("phát hiện tới «703 trường hợp", "camera AI lắp đặt thí điểm đã phát hiện trường hợp không chấp hành hiệu lệnh "
      "của đèn tín hiệu - vượt đèn đỏ", "=", 703, **CNT),
    R("ghi nhận «8 trường hợp", "camera AI tại đường Lê Văn Lương ghi nhận trường hợp đi sai làn đường", "=", 8,
      **CNT),
    R("vận hành hệ thống «1.837 camera", "vận hành hệ thống camera và hệ thống đèn tín hiệu ứng dụng trí tuệ nhân "
      "tạo", ">=", 1837, **CNT, **T, iid=CAM),
])

# --------------------------------------------------------------------------
# 08 Hồ Chí Minh City's AI cameras (soha.vn, date 2025-10; 2025). A precision
# text: two quantities, "hơn 1.200 camera giám sát phục vụ điều hành" (>,
# count) and "31 camera AI ... được lắp đặt tại khu vực trung tâm" (=, count),
# both city.surveillance_cameras_count (the AI cameras are traffic cameras,
# wording "camera giám sát giao thông"; a judgement). Not quantities: "1/9",
# "PC08" (a unit's name), "quận 1", "quận 3", "quận 12" (names). Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_tphcm-camera-ai-phat-nguoi-2025-precision", kind="result", year=2025, records=[
    R("hiện có hơn «1.200 camera", "toàn thành phố hiện có camera giám sát phục vụ điều hành, đảm bảo an ninh trật "
      "tự và xử lý vi phạm", ">", 1200, **CNT, iid=CAM),
    R("Trong đó, «31 camera AI", "camera AI được lắp đặt tại khu vực trung tâm", "=", 31, **CNT, iid=CAM),
])

# --------------------------------------------------------------------------
# 09 Hà Nội to run 1,837 AI cameras from 10 December (vnexpress.net, date
# 2025-12; 2025). Targets (sẽ vận hành, dự kiến): "Hơn 1.800 camera AI và đèn
# tín hiệu" (>), "hệ thống 1.837 camera cùng đèn tín hiệu" (>=, bare), both
# city.surveillance_cameras_count; "qua đó giảm 7 thủ tục so với quy trình thủ
# công" (a target stated as a change, spec: >=; count, no id). Not quantities:
# "10/12" twice, "5/12". Pillar null (no heading).
# --------------------------------------------------------------------------
D09 = dict(name="09_hanoi-1837-camera-ai-2025", kind="target", year=2025, records=[
    R("Hơn «1.800 camera", "camera AI và đèn tín hiệu trí tuệ nhân tạo ở Hà Nội sẽ vận hành", ">", 1800, **CNT,
      iid=CAM),
    R("hệ thống «1.837 camera", "vận hành hệ thống camera cùng đèn tín hiệu trí tuệ nhân tạo", ">=", 1837, **CNT,
      iid=CAM),
    R("giảm «7 thủ tục", "toàn bộ quy trình xử phạt qua camera sẽ thực hiện trên môi trường điện tử, qua đó giảm thủ "
      "tục so với quy trình thủ công", ">=", 7, **CNT),
])

# --------------------------------------------------------------------------
# 10 5G targets nationally (dientuungdung.vn, date 2025-10; 2025). The page
# title "5G Việt Nam: Bứt phá hạ tầng, hướng tới phủ sóng 90% dân số" names
# hạ tầng → digital_infrastructure for the whole excerpt (as 03; the
# sub-heading "Tiến độ triển khai và dữ kiện thực tế" names none and is read as
# a section of the titled page; a judgement). Targets: the title's "phủ sóng
# 90% dân số" (>=), "mục tiêu đạt 68.457 trạm vào cuối năm 2025" (>=, count),
# "hướng tới phủ sóng gần 90% dân số" (~), "Con số 68.000 trạm" (>=, bare: the
# same target rounded, recorded like any restatement), "tham vọng phủ 90%" (>=;
# the excerpt ends after "%"). Ids: infra.fiveg_coverage_share,
# infra.bts_stations_count. Not quantities: "nửa đầu 2025", "5G" (a name).
# --------------------------------------------------------------------------
D10 = dict(name="10_ca-nuoc-5g-68457-tram-2025", kind="target", year=2025, records=[
    R("hướng tới phủ sóng «90% dân số\n", "5G Việt Nam hướng tới phủ sóng dân số", ">=", 90, pillar=INFRA, iid=G5),
    R("mục tiêu đạt «68.457 trạm", "Mạng 5G trong nước mục tiêu đạt trạm vào cuối năm 2025", ">=", 68457, **CNT,
      pillar=INFRA, iid=BTS),
    R("phủ sóng gần «90% dân số", "hướng tới phủ sóng dân số", "~", 90, pillar=INFRA, iid=G5),
    R("Con số «68.000 trạm", "Con số trạm tạo nền tảng", ">=", 68000, **CNT, pillar=INFRA, iid=BTS),
    R("tham vọng phủ «90%", "tham vọng phủ", ">=", 90, pillar=INFRA, iid=G5),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
