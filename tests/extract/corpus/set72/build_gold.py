#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set72).

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

CAM = "city.surveillance_cameras_count"

# --------------------------------------------------------------------------
# 01 Thừa Thiên-Huế, camera system and index places (m.viettimes.vn, no date
# shown). "năm 2022, Thừa Thiên-Huế xếp thứ 6 về chỉ số PCI, thứ 5 về chỉ số
# PAPI và hai năm liền xếp thứ 2 trong chỉ số DTI": three rank results (=),
# year 2022 from the sentence; ids rank.pci and dti.provincial_rank (the PAPI
# entry of the catalogue is an e-governance score in "điểm", not a place →
# null). The camera system's results name no year ("Được triển khai từ năm
# 2019" is when it began; "Trong 2 năm qua" a span) and the page shows no
# date → year null (document year null; a judgement, as set69's 06). Counts:
# "642 chiếc" (city.surveillance_cameras_count), "27 giải pháp về AI" (the AI
# functions the cameras run: a deployment result, not a plan's list of tasks
# or solutions as in the spec's "5 giải pháp"; a judgement; no id),
# "bình quân 2.000.000 lượt vi phạm giao thông" (op = : "bình quân" is how the
# value is measured, not a comparator), "765 vụ án", "5821 trường hợp" (no
# ids). The heading "Hướng tới người dân là trung tâm" names no pillar → null.
# Not quantities: "năm 2019", "2 năm qua", "Thừa Thiên - Huế".
# --------------------------------------------------------------------------
D01 = dict(name="01_hue-camera-ai-chi-so-2022", kind="result", year=None, records=[
    R("xếp thứ «6 về chỉ số PCI", "Thừa Thiên-Huế xếp thứ về chỉ số PCI", "=", 6, **RANK, year=2022, iid="rank.pci"),
    R("thứ «5 về chỉ số PAPI", "Thừa Thiên-Huế xếp thứ về chỉ số PAPI", "=", 5, **RANK, year=2022),
    R("xếp thứ «2 trong chỉ số DTI", "hai năm liền xếp thứ trong chỉ số DTI", "=", 2, **RANK, year=2022,
      iid="dti.provincial_rank"),
    R("lắp đặt được «642 chiếc", "hệ thống camera Thừa Thiên-Huế đã lắp đặt được", "=", 642, **CNT, iid=CAM),
    R("sử dụng «27 giải pháp", "giải pháp về AI hệ thống camera sử dụng", "=", 27, **CNT),
    R("bình quân «2.000.000 lượt", "lượt vi phạm giao thông hệ thống camera tỉnh đã ghi nhận", "=", 2000000, **CNT),
    R("với «765 vụ án", "vụ án truy vết tội phạm thông qua hệ thống camera", "=", 765, **CNT),
    R("ghi nhận «5821 trường hợp", "trường hợp vi phạm liên quan đến môi trường ghi nhận thông qua hệ thống camera",
      "=", 5821, **CNT),
])

# --------------------------------------------------------------------------
# 02 Khánh Hòa's pilot of free wifi in community houses (vanhoathoidai.vn,
# byline 03/10/2023 → `date 2023-10`; a precision text). The plan "từ năm
# 2023 ... sẽ triển khai thí điểm lắp đặt wifi ... tại 22 nhà sinh hoạt cộng
# đồng, nhà văn hóa": a target (bare number → >=, count, 2023;
# infra.public_wifi_points_count, "điểm wifi miễn phí"). "Tổng dự toán kinh
# phí lắp đặt là hơn 5 triệu đồng/tháng/22 điểm": money is a quantity (spec):
# target, >, unit other "đồng/tháng" (the "22 điểm" after the slash is part
# of the unit, no record of its own; no id: a pilot's monthly cost is not the
# catalogue's DX funding). "2 huyện" (six times) names where the pilot runs,
# not a value of an indicator → no record (a judgement). Pillar: the title
# "Thí điểm lắp đặt wifi miễn phí" names free public internet access, a topic
# of hạ tầng số (as "băng rộng" in the spec's decided case) → infrastructure
# for both (a judgement that a page title counts as a heading, as set69's 08).
# --------------------------------------------------------------------------
D02 = dict(name="02_khanhhoa-wifi-mien-phi-2023-precision", kind="target", year=2023, records=[
    R("tại «22 nhà sinh hoạt", "nhà sinh hoạt cộng đồng, nhà văn hóa được lắp đặt wifi cung cấp dịch vụ truy cập "
      "internet miễn phí", ">=", 22, **CNT, pillar=INFRA, iid="infra.public_wifi_points_count"),
    R("là hơn «5 triệu", "Tổng dự toán kinh phí lắp đặt", ">", 5e6, unit="other", unit_text="đồng/tháng",
      pillar=INFRA),
])

# --------------------------------------------------------------------------
# 03 Long An, IOC, the "Long An số" app and e-commerce (moc.gov.vn, no date
# shown; every figure "đến nay" → year null). "trên 95.400 người dùng ... app
# “Long An số”" (>, count; no id: the catalogue holds the share of citizens).
# "Về kinh tế số, đến nay, toàn tỉnh có 66.426 tổ chức, cá nhân bán hàng ...
# với 8.385 sản phẩm ...": the lead-in "Về kinh tế số" sets digital_economy
# for its paragraph, the "Ngoài ra" sentence included (51 gian hàng, 485 sản
# phẩm). Products on e-commerce floors → econ.ecommerce_products_count (8.385
# and 485); sellers and booths → null. The heading "Chuyển đổi số trên 3 trụ
# cột" names three pillars, not one → null for the first paragraph. Not
# quantities: "3 trụ cột", "Hệ thống 1022", "1022.longan.gov.vn", "Tổng đài
# 1022" (names).
# --------------------------------------------------------------------------
D03 = dict(name="03_longan-ioc-long-an-so-san-tmdt", kind="result", year=None, records=[
    R("có trên «95.400 người", "người dùng quan tâm cài đặt, sử dụng app “Long An số”", ">", 95400, **CNT),
    R("có «66.426 tổ chức", "tổ chức, cá nhân bán hàng trên sàn giao dịch thương mại điện tử", "=", 66426, **CNT,
      pillar=ECO),
    R("với «8.385 sản phẩm", "sản phẩm được đăng ký bán trên sàn", "=", 8385, **CNT, pillar=ECO,
      iid="econ.ecommerce_products_count"),
    R("có «51 gian hàng", "gian hàng trưng bày trên Sàn giao dịch thương mại điện tử tỉnh", "=", 51, **CNT,
      pillar=ECO),
    R("với «485 sản phẩm", "sản phẩm được trưng bày trên Sàn giao dịch thương mại điện tử tỉnh", "=", 485, **CNT,
      pillar=ECO, iid="econ.ecommerce_products_count"),
])

# --------------------------------------------------------------------------
# 04 Cà Mau, data centre and SOC (baocamau.vn; the site's header lines "ĐT:
# ...", "Thứ ba, 17-9-24 03:29:14" (the site's clock, not a byline) and
# "Theo dõi ..." cut; no date written). Headings "Đảm bảo an ninh mạng, an toàn
# thông tin" and "Ðầu tư hạ tầng, thiết bị đảm bảo ATTT" both name an toàn
# thông tin → information_security. "năng lực lưu trữ lên đến 135 TB" (result,
# =, unit other "TB": "lên đến" says how far the capacity reaches, the
# capacity is 135 TB; a judgement; no year in the text → null; no id).
# "6 tháng đầu năm 2023 đã phát hiện và ngăn chặn kịp thời hơn 112.046 cuộc
# tấn công" (result, >, count, 2023; no id: security.attack_incidents_count
# counts attacks that caused incidents, these were blocked; a judgement). Not
# quantities: "ISO/IEC 27001:2013" (a standard's name), "6 tháng đầu năm 2023"
# (a period).
# --------------------------------------------------------------------------
D04 = dict(name="04_camau-soc-tan-cong-2023", kind="result", year=None, records=[
    R("lên đến «135 TB", "năng lực lưu trữ của Trung tâm Dữ liệu của tỉnh", "=", 135, unit="other", unit_text="TB",
      pillar=SEC),
    R("hơn «112.046 cuộc", "cuộc tấn công được phát hiện và ngăn chặn kịp thời qua hệ thống giám sát ATTT tại "
      "Trung tâm", ">", 112046, **CNT, pillar=SEC, year=2023),
])

# --------------------------------------------------------------------------
# 05 Lai Châu, mobile signal at the polling stations of the 2021 elections
# (baolaichau.vn, no date shown; the elections "khóa XV ... nhiệm kỳ
# 2021–2026" were held in 2021 → year 2021 for every record, a judgement).
# Seven count results, each with its own subject, scope null: "23 điểm"
# served, "30 điểm bầu cử không có sóng", "60 điểm bầu cử sóng yếu", "10 trạm
# phát sóng mới" (infra.bts_stations_count, "trạm thu phát sóng BTS được lắp
# đặt"), "10 bản chưa có sóng di động" now covered, "13 trạm" re-aimed, "11
# bản" served. Pillar null (no heading). Not quantities: "2021–2026" (a term
# of office), "khóa XV".
# --------------------------------------------------------------------------
D05 = dict(name="05_laichau-song-diem-bau-cu-2021", kind="result", year=2021, records=[
    R("đáp ứng được «23 điểm", "điểm phục vụ cuộc bầu cử Viettel Lai Châu đáp ứng được điều kiện thông tin liên lạc",
      "=", 23, **CNT),
    R("còn «30 điểm", "điểm bầu cử không có sóng", "=", 30, **CNT),
    R("và «60 điểm", "điểm bầu cử sóng yếu", "=", 60, **CNT),
    R("bổ sung «10 trạm", "trạm phát sóng mới Viettel Lai Châu xây dựng bổ sung", "=", 10, **CNT,
      iid="infra.bts_stations_count"),
    R("phủ cho «10 bản", "bản chưa có sóng di động được phủ sóng", "=", 10, **CNT),
    R("vùng phủ cho «13 trạm", "trạm phát sóng điều chỉnh ăng-ten tối ưu lại vùng phủ", "=", 13, **CNT),
    R("tại «11 bản", "bản có điểm bầu cử được phục vụ", "=", 11, **CNT),
])

# --------------------------------------------------------------------------
# 06 Villages without mobile signal, national (tudonghoangaynay.vn, byline
# 15/10/2024 → `date 2024-10`; the title printed twice, the second and the
# photo caption cut, with the lines "acecook", "Diễn đàn", "aa"). "tính đến
# năm 2023, đã có 2.233 thôn đã được phủ sóng, còn lại 1.077 thôn lõm sóng":
# two count results of 2023 (the sentence's year over the page's 2024), under
# the heading "Phổ cập hạ tầng số cơ bản" → digital_infrastructure. No ids
# (the catalogue holds the village coverage share). Not quantities: "12/10",
# "Ngày Chuyển đổi số quốc gia năm 2024" (an event's name).
# --------------------------------------------------------------------------
D06 = dict(name="06_ca-nuoc-thon-lom-song-2023", kind="result", year=2024, records=[
    R("đã có «2.233 thôn", "thôn đã được phủ sóng", "=", 2233, **CNT, pillar=INFRA, year=2023),
    R("còn lại «1.077 thôn", "thôn lõm sóng", "=", 1077, **CNT, pillar=INFRA, year=2023),
])

# --------------------------------------------------------------------------
# 07 Bắc Kạn, the "Camera an ninh" model (baobackan.vn; the excerpt opens with
# the crawler's stamp " date 2025-04", kept as returned → 2025; the photo
# caption cut). Results with a `place` (the ward and commune named, not the
# province): Sông Cầu "lắp đặt 13 điểm với 16 thiết bị camera" (two counts;
# the cameras city.surveillance_cameras_count); Vũ Muộn: "số tiền gần 29
# triệu đồng" the residents gave for the cameras (~, money "đồng": what a
# community raised for the system, as the spec's "huy động ... tỷ đồng", not
# one person's money; a judgement; no id), "01 màn hình lớn" and "09 mắt
# camera" (counts; the cameras CAM). Pillar null (no heading; "chính quyền số"
# in the lead sentence is no lead-in to a list). Not quantities: "hơn 2 tháng"
# (a duration).
# --------------------------------------------------------------------------
D07 = dict(name="07_backan-camera-an-ninh-2025", kind="result", year=2025, records=[
    R("lắp đặt «13 điểm", "điểm lắp đặt mô hình “Camera an ninh”", "=", 13, **CNT, place="Sông Cầu"),
    R("với «16 thiết bị", "thiết bị camera giám sát an ninh trên địa bàn", "=", 16, **CNT, place="Sông Cầu", iid=CAM),
    R("tiền gần «29 triệu", "số tiền người dân quyên góp, ủng hộ hỗ trợ lực lượng Công an xã lắp đặt hệ thống camera "
      "an ninh", "~", 29e6, **DONG, place="Vũ Muộn"),
    R("với «01 màn hình", "màn hình lớn", "=", 1, **CNT, place="Vũ Muộn"),
    R("«09 mắt camera", "mắt camera bố trí tại các vị trí xung yếu trên địa bàn xã", "=", 9, **CNT, place="Vũ Muộn",
      iid=CAM),
])

# --------------------------------------------------------------------------
# 08 Hải Dương, online meeting rooms in every commune (m.baohaiduong.vn,
# byline 21/09/2021 → `date 2021-09`, 2021; the closing byline "PV" cut). The
# title "100% số xã, phường, thị trấn có kết nối họp trực tuyến" states a
# result (=, %; infra.video_conference_communes_share); "128 xã, thị trấn"
# where rooms were just installed and "tất cả 235 xã, phường, thị trấn" (count
# results; no id: infra.video_conference_points_count counts meeting points,
# not communes; a judgement). Pillar null: online meetings are named by no
# heading or lead-in as a pillar's topic (a judgement). Scope null.
# --------------------------------------------------------------------------
D08 = dict(name="08_haiduong-hop-truc-tuyen-cap-xa-2021", kind="result", year=2021, records=[
    R("«100% số xã", "số xã, phường, thị trấn có kết nối họp trực tuyến", "=", 100,
      iid="infra.video_conference_communes_share"),
    R("tại «128 xã", "xã, thị trấn được lắp đặt phòng họp trực tuyến", "=", 128, **CNT),
    R("tất cả «235 xã", "xã, phường, thị trấn trong tỉnh đã được lắp đặt hệ thống đường truyền, phương tiện, đủ "
      "điều kiện họp trực tuyến", "=", 235, **CNT),
])

# --------------------------------------------------------------------------
# 09 Quảng Bình's IOC and field-report system (vietnam.vn, no date shown;
# "Tính đến cuối tháng 8/2024" → 2024, taken for the first paragraph too).
# Dense: "10 phần mềm, dịch vụ thông minh" (city.ioc_services_count), "trong
# đó 03 ... và 07 ..." (a breakdown by kind: one record each, scope null, no
# id); reports "630", "482", "148" (counts); the satisfaction shares in the
# bracket "Hài lòng 70,54%; Chấp nhận 13,28% và Không hài lòng 16,18%" (three
# % results; no id: egov.satisfaction_share is about administrative
# procedures); "gần 1.500 cuộc gọi" (~); "41 cơ quan, đơn vị" and "(trong đó
# có 08 doanh nghiệp)" (counts); "xử lý đúng hạn 67,2%"
# (egov.feedback_handled_share, "được giải quyết đúng hạn") and "trễ hạn
# 32,8%" (no id); "(0,5 tỷ đồng, theo dự án ...)" the monitoring system's
# investment (money, "đồng"; no id). Pillar null (no heading). Not
# quantities: "8/2024".
# --------------------------------------------------------------------------
D09 = dict(name="09_quangbinh-ioc-phan-anh-hien-truong-2024", kind="result", year=2024, records=[
    R("triển khai «10 phần mềm", "phần mềm, dịch vụ thông minh thuộc nhóm cơ bản và nâng cao triển khai", "=", 10,
      **CNT, iid="city.ioc_services_count"),
    R("trong đó «03 phần mềm", "phần mềm được UBND tỉnh cấp kinh phí đầu tư", "=", 3, **CNT),
    R("và «07 phần mềm", "phần mềm, dịch vụ triển khai thử nghiệm giải pháp", "=", 7, **CNT),
    R("tiếp nhận «630 phản ánh", "phản ánh Hệ thống tiếp nhận và xử lý phản ánh hiện trường đã tiếp nhận", "=", 630,
      **CNT),
    R("có «482 phản ánh", "phản ánh được điều phối đến các cơ quan, đơn vị xử lý", "=", 482, **CNT),
    R("«148 phản ánh", "phản ánh không đủ điều kiện tiếp nhận", "=", 148, **CNT),
    R("Hài lòng «70,54%", "Chất lượng xử lý phản ánh được người dân đánh giá Hài lòng", "=", 70.54),
    R("Chấp nhận «13,28%", "Chất lượng xử lý phản ánh được người dân đánh giá Chấp nhận", "=", 13.28),
    R("Không hài lòng «16,18%", "Chất lượng xử lý phản ánh được người dân đánh giá Không hài lòng", "=", 16.18),
    R("gần «1.500 cuộc", "cuộc gọi đến/đi Tổng đài Call Center đã tiếp nhận và thực hiện", "~", 1500, **CNT),
    R("có «41 cơ quan", "cơ quan, đơn vị tham gia xử lý phản ánh trên Hệ thống phần mềm", "=", 41, **CNT),
    R("có «08 doanh nghiệp", "doanh nghiệp tham gia xử lý phản ánh trên Hệ thống phần mềm", "=", 8, **CNT),
    R("đúng hạn «67,2%", "tỷ lệ phản ánh được các cơ quan, đơn vị xử lý đúng hạn", "=", 67.2,
      iid="egov.feedback_handled_share"),
    R("trễ hạn «32,8%", "tỷ lệ phản ánh được các cơ quan, đơn vị xử lý trễ hạn", "=", 32.8),
    R("(«0,5 tỷ", "Hệ thống giám sát thông tin trên không gian mạng được tỉnh đầu tư", "=", 0.5e9, **DONG),
])

# --------------------------------------------------------------------------
# 10 Phú Yên, Tuy Hòa's IOC opened (baotainguyenmoitruong.vn, byline
# 22/11/2022 → `date 2022-11`; the image name "dt1.jpg" and its caption cut; a
# precision text). One quantity among three months: "IOC đã xử lý thành công
# trên 95% phản ánh" (result, >, %, 2022; egov.feedback_handled_share).
# Pillar: the title "Khánh thành Trung tâm điều hành đô thị thông minh" names
# the IOC → smart_city (spec's decided case; a title as heading, as set69's
# 08). Not quantities: "tháng 5/2022", "tháng 9/2022", "tháng 11/2022".
# --------------------------------------------------------------------------
D10 = dict(name="10_phuyen-tuyhoa-ioc-2022-precision", kind="result", year=2022, records=[
    R("thành công trên «95%", "IOC đã xử lý thành công phản ánh", ">", 95, pillar=SMART,
      iid="egov.feedback_handled_share"),
])

# --------------------------------------------------------------------------
# 11 Quảng Ninh, a BTS station for Cẩm Phả's "Khu 10" (vjs.vietnam.vn, no date
# shown; nothing cut). A precision text with no quantity: "cách trung tâm
# phường chỉ 13km" (a distance), "95% dân số là người đồng bào DTTS" (the
# area's population make-up, no target or result of the transformation →
# NOT, as set69's 01), "30 phút đi bộ" (a duration), "Khu 10 có 180 hộ dân"
# (how many households live there: the area's size, not a value reached for an
# indicator; a judgement), "25/12/2024 âm lịch" (a date), "Khu 10" (a name,
# five times).
# --------------------------------------------------------------------------
D11 = dict(name="11_quangninh-camle-khu-10-bts-precision", kind="result", year=None, records=[],
           NOT=["với «95% dân số"])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
