#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set221).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

No document here needs NOT entries (no completion rate against a plan or quota). Each record also
carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue indicator it measures,
or null, decided against muctieu/catalog/data/indicators.yaml (see README), given per record (`iid=`).

The theme: the centrally-run cities (Hà Nội, TP. Hồ Chí Minh, Đà Nẵng, Hải Phòng, Cần Thơ, Huế)
and their districts and communes, 2022-2025.

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
from goldkit import R, CNT, T, GOV, ECO, INFRA  # noqa: E402

PLAT = "digital_platforms"
KM = dict(unit="other", unit_text="km")
TB = dict(unit="other", unit_text="TB")
DE_GDP = "econ.digital_economy_gdp_share"
APP_USERS = "platforms.citizen_app_users_count"
FEEDBACK = "egov.feedback_handled_share"
DOCS_ISSUED = "inst.dx_policy_documents_count"

# --------------------------------------------------------------------------
# 01 Hà Nội, the city's targets for 2030 behind four agencies' pledge (thanhnienviet.vn; cut: the
# empty first line and the photo caption "Chi nhanh Trung tâm phục vụ hành chính công TP. Hà Nội tại
# quận Tây Hồ - Ảnh: VGP/GH"; no byline, no stamp; the excerpt ends in "HĐND"). Targets "đến năm
# 2030": year 2030; "đạt 100%" and bare numbers `>=`, "tối thiểu 35%" `>=`. Pillar null (no
# heading). Not quantities: "57-NQ/TW" (a document), "4 cơ quan" (the signatories, as the spec's
# participants of an event).
# --------------------------------------------------------------------------
D01 = dict(name="01_hanoi-muc-tieu-chuyen-doi-so-2030", kind="target", year=2030, records=[
    R("trực tuyến đạt «100%; giao", "Tỷ lệ sử dụng dịch vụ công trực tuyến", ">=", 100,
      iid="egov.online_services_usage_share"),
    R("trực tuyến đạt «100%.\n", "giao dịch không dùng tiền mặt trong thực hiện dịch vụ công trực tuyến", ">=", 100,
      iid="egov.online_payment_share"),
    R("mục tiêu «100% thủ tục", "thủ tục hành chính đủ điều kiện được xử lý trên nền tảng số", ">=", 100),
    R("số; «100% Lãnh đạo", "Lãnh đạo, cán bộ, công chức, viên chức thuộc hệ thống chính trị Thành phố xử lý hồ sơ "
      "công việc trên môi trường mạng và sử dụng chữ ký số để giải quyết công việc", ">=", 100),
    R("tối thiểu «35% GRDP", "quy mô kinh tế số chiếm GRDP", ">=", 35, iid=DE_GDP),
])

# --------------------------------------------------------------------------
# 02 Đà Nẵng, e-government results of the first nine months of 2022 (noivu.danang.gov.vn; nothing
# cut; no byline, no stamp; the excerpt ends in "hơn 22 triệu " inside a bracket). Results, year
# 2022 ("9 tháng đầu năm 2022"); the 5G pilot "10 trạm vào cuối năm 2021" year 2021. Pillar from the
# lead-ins: "Kết quả xây dựng, phát triển hạ tầng kỹ thuật:" → digital_infrastructure (a topic of
# the infrastructure pillar); "Kết quả xây dựng, phát triển các hệ thống nền tảng:" →
# digital_platforms; the opening lead-in's "Chính phủ điện tử" is overruled by the nearer lead-ins.
# "dung lượng lưu trữ đến 170 TB" `=` (the capacity reached). "hơn 22 triệu " is cut before its noun:
# a count of the LGSP's (the excerpt's end; a judgement, the number stated). Not quantities:
# "9 tháng", "13/12/2021", "cuối năm 2021" (dates), "3G, 4G", "5G" (names).
# --------------------------------------------------------------------------
D02 = dict(name="02_danang-chinh-quyen-dien-tu-9-thang-2022", kind="result", year=2022, records=[
    R("kỹ thuật: «100% hộ", "hộ gia đình kết nối cáp quang băng rộng", "=", 100, pillar=INFRA,
      iid="infra.fibre_household_coverage_share"),
    R("phủ sóng «100% khu", "mạng 3G, 4G phủ sóng khu vực dân cư trên địa bàn thành phố", "=", 100, pillar=INFRA,
      iid="infra.mobile_broadband_population_coverage_share"),
    R("dài «350 km", "Mạng đô thị thành phố (Mạng MAN) tổng chiều dài cáp quang ngầm", "=", 350, **KM,
      pillar=INFRA, iid="infra.fibre_cable_length"),
    R("kết nối «145 cơ quan", "Mạng MAN mở rộng kết nối cơ quan, đơn vị", "=", 145, **CNT, pillar=INFRA),
    R("đặt «08 trạm", "trạm truyền dẫn vô tuyến sử dụng công nghệ LoRa thí điểm lắp đặt", "=", 8, **CNT,
      pillar=INFRA),
    R("đến «170 TB", "Trung tâm dữ liệu thành phố dung lượng lưu trữ", "=", 170, **TB, pillar=INFRA),
    R("thí điểm «10 trạm", "hạ tầng mạng 5G thí điểm trạm", "=", 10, **CNT, pillar=INFRA, year=2021,
      iid="infra.fiveg_stations_count"),
    R("hơn «44 nhóm", "Trục tích hợp chia sẻ dữ liệu thành phố LGSP nhóm dịch vụ API", ">", 44, **CNT, pillar=PLAT),
    R("hơn «22 triệu", "Trục tích hợp chia sẻ dữ liệu thành phố LGSP", ">", 22e6, **CNT, pillar=PLAT),
])

# --------------------------------------------------------------------------
# 03 Đà Nẵng, digital transformation results of 2023 (baodanang.vn, January 2024; cut: the line "."
# and the photo caption, given twice, "Kinh tế số đạt nhiều kết quả tích cực. Trong ảnh: ..." with
# the blank line after them; no byline in the excerpt; the excerpt ends in "Về kinh"). Results, year
# 2023. Pillar digital_government for the paragraph opened by "Nổi bật về chính quyền số là ..." (a
# lead-in naming chính quyền số; a judgement: its paragraph); the next paragraph ("Ngoài ra, ...")
# names no pillar: null. "gần 180.000" `~`; "trung bình có 15.000 lượt ... hằng tháng" `=`. Not
# quantities: "14-8-2023" (a date), "giai đoạn 1" (a label).
# --------------------------------------------------------------------------
D03 = dict(name="03_danang-ket-qua-chuyen-doi-so-2023", kind="result", year=2023, records=[
    R("từ «400 trạm", "trạm cảm biến (IoT) ngoài đô thị cung cấp dữ liệu tức thời cho Trung tâm IOC", "=", 400,
      **CNT, pillar=GOV, iid="city.iot_monitoring_stations_count"),
    R("đưa ra «140 loại", "loại số liệu thống kê, biểu đồ trực quan Trung tâm IOC đưa ra", "=", 140, **CNT,
      pillar=GOV),
    R("và «50 loại", "loại cảnh báo, dự báo sớm Trung tâm IOC đưa ra", "=", 50, **CNT, pillar=GOV),
    R("khai thác «3 dịch vụ", "dịch vụ dữ liệu khai thác từ cơ sở dữ liệu quốc gia về dân cư", "=", 3, **CNT),
    R("gần «180.000 lượt", "lượt giao dịch, tra cứu", "~", 180000, **CNT),
    R("có «15.000 lượt", "lượt giao dịch, kết nối hằng tháng", "=", 15000, **CNT),
])

# --------------------------------------------------------------------------
# 04 Huế, the smart-city centre and Hue-S (huengaynay.vn; cut: the photo caption "Trung tâm Giám sát,
# điều hành đô thị thông minh Huế là “bộ não” ..." on the stamp's line; the stamp " date 2025-09-29"
# written as the first line; the excerpt ends in "bộ phậ"). Results, year 2025 (the stamp). Pillar
# null (the heading "Bước tiến mạnh mẽ" names none). "hơn", "trên" `>`. Not quantities: "năm 2018".
# --------------------------------------------------------------------------
D04 = dict(name="04_hue-do-thi-thong-minh-hue-s-2025", kind="result", year=2025, records=[
    R("hơn «1,3 triệu", "Hue-S siêu ứng dụng cho công dân và du khách lượt tải", ">", 1.3e6, **CNT, iid=APP_USERS),
    R("trên «50 chức năng", "Hue-S tích hợp chức năng", ">", 50, **CNT),
    R("Hơn «650 camera", "camera thông minh ứng dụng trí tuệ nhân tạo (AI)", ">", 650, **CNT,
      iid="city.surveillance_cameras_count"),
])

# --------------------------------------------------------------------------
# 05 TP. Hồ Chí Minh, Cần Giờ district's digital transformation before the city council's
# supervisors, November 2024 (danviet.vn, print page; cut: the site name "Dân Việt", the byline "An
# Hải 16/11/2024 06:00 GMT+7" written as the first line `date 2024-11-16`, the image label "Hướng
# đến ... ra sao? - Ảnh 1."; the caption with a figure "Huyện Cần Giờ đã số hóa thông tin về 738
# phương tiện ..." kept; the excerpt ends in "thành lập"). Results, year 2024. Both 738s are
# records (the caption states the value). Pillar null: the lead-in "Về thực hiện phát triển kinh tế
# số," opens its own paragraph; the caption and "Theo đó, ..." are new paragraphs naming no pillar.
# Not quantities: "9 giải pháp trọng tâm và 33 nhiệm vụ cụ thể" (tasks and solutions, spec),
# "98/2023/QH15", "nghị quyết 98" (a document), "năm 2024".
# --------------------------------------------------------------------------
D05 = dict(name="05_tphcm-cangio-chuyen-doi-so-2024", kind="result", year=2024, records=[
    R("đã số hóa thông tin về «738", "phương tiện khai thác thủy sản được số hóa thông tin", "=", 738, **CNT),
    R("thực hiện số hóa thông tin về «738", "phương tiện khai thác thủy sản được số hóa thông tin", "=", 738, **CNT),
    R("gần «2.000 hộ", "hộ nuôi trồng thủy sản được số hóa thông tin", "~", 2000, **CNT),
])

# --------------------------------------------------------------------------
# 06 Đà Nẵng, the smart-city workshop ISSCEI 2025 (nld.com.vn; nothing cut; the stamp " date
# 2025-12-17" written as the first line; the excerpt ends in "Đ"). Results, year 2025. Pillar
# digital_economy: the heading "Kinh tế số đóng góp khoảng 24% GRDP" names kinh tế số (its own
# number and the section under it; the heading decides, spec, even for the submarine cables).
# "khoảng" `~`. Not quantities: "16-12", "2025" in the workshop's name, "43-NQ/TW", "XXII", "tuyến cáp
# quang biển thứ 3" (an ordinal, a cable being planned), "Công viên Phần mềm số 2" (a name).
# --------------------------------------------------------------------------
D06 = dict(name="06_danang-thanh-pho-thong-minh-kinh-te-so-2025", kind="result", year=2025, records=[
    R("khoảng «24% GRDP", "Kinh tế số đóng góp GRDP", "~", 24, pillar=ECO, iid=DE_GDP),
    R("thông qua «2 tuyến", "tuyến cáp quang biển kết nối quốc tế", "=", 2, **CNT, pillar=ECO),
])

# --------------------------------------------------------------------------
# 07 Hà Nội, the citizen app iHanoi at the end of 2024 (baomoi.net.vn; nothing cut; no byline, no
# stamp; the excerpt ends in "về nh"). Results "Tính đến hết năm 2024": year 2024. Pillar
# digital_government: the title "iHanoi - cụ thể hóa quyết tâm đưa chính quyền số gần hơn với người
# dân" names chính quyền số and heads the text (the earlier sets' title rule); the sub-heading "Hơn
# 80% phản ánh đã được giải quyết" names none of its own. The sub-heading's "Hơn 80%" is a record
# (`>`), beside the body's "83,1%" (`=`). Not quantities: "28/6/2024" (twice), "THPT 2024" (twice),
# "Đề án 06" (a name).
# --------------------------------------------------------------------------
D07 = dict(name="07_hanoi-ihanoi-ket-qua-2024", kind="result", year=2024, records=[
    R("Hơn «80% phản", "phản ánh đã được giải quyết", ">", 80, pillar=GOV, iid=FEEDBACK),
    R("khoảng «16 triệu", "ứng dụng iHanoi lượt người truy cập", "~", 16e6, **CNT, pillar=GOV),
    R("khoảng «1,5 triệu", "người dùng đăng ký tài khoản trên ứng dụng iHanoi", "~", 1.5e6, **CNT, pillar=GOV,
      iid=APP_USERS),
    R("hơn «70.000", "người đăng ký mới thông qua nền tảng VNeID", ">", 70000, **CNT, pillar=GOV),
    R("tiếp nhận «23.910", "phản ánh và kiến nghị từ người dân và DN được tiếp nhận", "=", 23910, **CNT,
      pillar=GOV, iid="egov.feedback_received_count"),
    R("«19.871 phản", "phản ánh đã được giải quyết", "=", 19871, **CNT, pillar=GOV),
    R("chiếm «83,1%", "phản ánh đã được giải quyết", "=", 83.1, pillar=GOV, iid=FEEDBACK),
])

# --------------------------------------------------------------------------
# 08 Thừa Thiên Huế, the digital economy's target for 2024 (m.viettimes.vn; cut: the audio widget
# "0:00 / 0:00", "0:00" and its four voice lines, the photo caption "Quang cảnh ngày hội chuyển đổi
# số Huế" (twice), the file name "vt-kinh-te-so-1-1937.png" and the caption "Ông Lê Trường Lưu ...
# phát biểu chỉ đạo tại hội nghị", with the blank lines that went with them; no byline, no stamp; the
# excerpt ends in "tiêu ch"). Targets, year 2024: the title's and the heading's "15% GDP" (`>=`, a
# bare number in a target). Pillar digital_economy (the title and the heading name kinh tế số). Not
# quantities: "Năm 2023" (twice), "3/1", "năm 2024", "năm 2023".
# --------------------------------------------------------------------------
D08 = dict(name="08_hue-kinh-te-so-muc-tieu-2024", kind="target", year=2024, records=[
    R("kinh tế số đạt «15% GDP", "kinh tế số chiếm GDP địa phương", ">=", 15, pillar=ECO, iid=DE_GDP),
    R("tỷ trọng «15% GDP", "kinh tế số chiếm tỷ trọng GDP địa phương", ">=", 15, pillar=ECO, iid=DE_GDP),
])

# --------------------------------------------------------------------------
# 09 Cần Thơ, the city's instruction carrying out the party committee's Resolution 02-NQ/TU on
# digital transformation (moc.gov.vn; nothing cut; no byline, no stamp; the excerpt ends in "trực
# tuyế"). A precision text: one record, the last sentence's "100% dịch vụ công trực tuyế", cut before
# its subject's end (target `>=`, year 2030: "Ðến năm 2030, ... Trong đó, 100% ..."). Pillar null.
# Not quantities: "3400/UBND-KGVX", "02-NQ/TU" (three times; documents), "năm 2025", "năm 2030",
# "2020-2025" (dates), "XIV" (a congress).
# --------------------------------------------------------------------------
D09 = dict(name="09_cantho-nghi-quyet-02-chuyen-doi-so-2025-precision", kind="target", year=2030, records=[
    R("Trong đó, «100% dịch", "dịch vụ công trực tuyế", ">=", 100),
])

# --------------------------------------------------------------------------
# 10 TP. Hồ Chí Minh, Củ Chi commune's work on Resolution 57 after four months of two-level
# government, November 2025 (sggp.org.vn; cut: the photo captions "Quang cảnh buổi làm việc", "Chủ
# tịch UBND xã Củ Chi Phạm Kiều Hưng báo cáo tại buổi làm việc", "Đại diện các phòng, ban, đơn vị
# nêu ý kiến tại buổi làm việc" with their blank lines; the stamp " date 2025-11-11" written as the
# first line; the excerpt ends in "số c"). A precision text, no record: "11-11" (a date), "57-NQ/TW"
# (twice, a document), "4 tháng" (a duration), "2 cấp" (the model's name).
# --------------------------------------------------------------------------
D10 = dict(name="10_tphcm-cuchi-nghi-quyet-57-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 11 Hà Nội, the rules for handling citizens' reports on iHanoi (thactrang.com, a copy of a Tiền
# Phong report; cut: the image lines "![]() |" and "Ảnh minh họa |"; no byline, no stamp; the excerpt
# ends in "tiếp nhận "). A precision text, no record: "1207/QĐ-UBND" (a document), "3 mức độ" (the
# classes of a report), "4 giờ làm việc" (twice), "8 giờ làm việc" (deadlines: durations, as the
# earlier sets' "15 ngày"). Year null (the text names none).
# --------------------------------------------------------------------------
D11 = dict(name="11_hanoi-ihanoi-quy-che-phan-anh-precision", kind="result", year=None, records=[])

# --------------------------------------------------------------------------
# 12 Hải Phòng, Ngô Quyền district's digital transformation, March 2024 (thanhphohaiphong.gov.vn;
# cut: the line "Print Thứ Ba, 05/03/2024 16:20", written as the first line `date 2024-03-05`; the
# excerpt ends in "tài khoản"). Results "2 năm 2022-2023": year 2023 (the end of the period). Pillar
# null (the heading "Từ thay đổi nhận thức tới hành động quyết liệt" names none). "ban hành 4 quyết
# định, 9 kế hoạch": two counts of documents issued. Not quantities: "số 10" (a programme's number),
# "23/3/2022", "2022-2023" (dates), "2 năm" (a duration).
# --------------------------------------------------------------------------
D12 = dict(name="12_haiphong-ngoquyen-chuyen-doi-so-2024", kind="result", year=2023, records=[
    R("ban hành «4 quyết định", "quyết định triển khai thực hiện chuyển đổi số UBND quận ban hành", "=", 4, **CNT,
      iid=DOCS_ISSUED),
    R("«9 kế hoạch", "kế hoạch triển khai thực hiện chuyển đổi số UBND quận ban hành", "=", 9, **CNT,
      iid=DOCS_ISSUED),
])

# --------------------------------------------------------------------------
# 13 Đà Nẵng, the city preparing its digital transformation resolution; the IT industry's share of
# GRDP (ictvietnam.vn; nothing cut; no byline, no stamp; the excerpt ends in "triển khai ch"). One
# result, "đóng góp vào 7,6% GRDP" (`=`); year null (the text dates it nowhere; "năm 2025", "năm
# 2030", "năm 2045" are the plans' horizons). Pillar null. Not quantities: "5 lĩnh vực", "1 lĩnh
# vực" (the fields a resolution gives priority to: the make-up of a plan, as counts of tasks),
# "43-NQ/TW" (a document), "XXII" (a congress).
# --------------------------------------------------------------------------
D13 = dict(name="13_danang-nghi-quyet-chuyen-doi-so-cntt-grdp", kind="result", year=None, records=[
    R("đóng góp vào «7,6% GRDP", "Nền công nghiệp công nghệ thông tin của Đà Nẵng đóng góp GRDP của thành phố",
      "=", 7.6),
])

# --------------------------------------------------------------------------
# 14 Hà Nội, the city's progress in digital transformation (hanoidep.vn; cut: the image's alt text,
# the title's second occurrence "Hà Nội đạt nhiều chuyển biến tích cực trong chuyển đổi số", and the
# caption "Người dân thực hiện thủ tục hành chính tại Bộ phận Một cửa UBND quận Long Biên"; no
# byline, no stamp; the excerpt ends in "Sự "). A precision text, no record: "3 cấp" (the levels of
# government, a description), "2021 – 2025", "2023" (dates; the conference's name), "hơn 10 triệu
# dân", "30 Ủy ban nhân dân (UBND) quận, huyện, thị xã", "579 xã, phường, thị trấn" (the size of the
# city, as the earlier sets' sizes). Year 2023 (the conference of 2023 the text reports).
# --------------------------------------------------------------------------
D14 = dict(name="14_hanoi-chuyen-bien-chuyen-doi-so-2023-precision", kind="result", year=2023, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
