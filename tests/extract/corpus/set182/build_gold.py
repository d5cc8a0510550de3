#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set182).

Copied from set175's builder (itself from set173's, set171's, set165's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a plan or a
requirement, a change against an earlier value); check_gold.py verifies that every percentage has
a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set175, the id is given in the record itself (`iid=`).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, CNT  # noqa: E402

EHR = "society.electronic_health_records_share"
EMR_SHARE = "society.hospitals_emr_share"
EMR_COUNT = "society.hospitals_emr_count"
CASHLESS = "society.cashless_hospital_fees_share"
FULL_ONLINE = "egov.full_online_services_share"
LGSP = "data.lgsp_connected_systems_share"
PAY = "egov.online_payment_share"

# --------------------------------------------------------------------------
# 01 Bắc Giang, the health department's smart-health targets to 2025 and its first results
# (m.infonet.vietnamnet.vn; no cut; no byline, no stamp; the excerpt opens inside the article, "Ông
# Hiệu cho biết, ...", and ends in "thực hiện 100% " with its trailing space, kept). Pillar null (no
# heading). Targets of 2025 ("mục tiêu ngành đặt ra là đến năm 2025"): "phấn đấu 95% người dân có
# hồ sơ sức khỏe điện tử" (>=, society.electronic_health_records_share); the next paragraph's
# "100% dịch vụ công trực tuyến mức độ 4 được cung cấp trên nhiều phương tiện truy cập khác nhau"
# continues the same list of aims (no verb of its own, before "Để đạt được mục tiêu"): a target of
# 2025 too (>=, egov.full_online_services_share, whose wordings name "mức độ 4 ... trên nhiều
# phương tiện truy cập"). Results: "đến cuối tháng 9 năm 2012, 7 bệnh viện và cơ sở khám chữa bệnh
# ứng dụng giải pháp trí tuệ nhân tạo ... và phần mềm Y tế cơ sở" (=, count; year 2012 as the
# sentence writes it: the page's typing of 2021 (the plans are "từ những tháng đầu năm 2021"), but
# the gold follows the text, not a guess at the writer's intent; a judgement; id null: AI-assisted
# imaging has no catalogue indicator); "2 bệnh viện thí điểm (Đa khoa tỉnh, Sản Nhi) Bệnh án điện tử
# (EMR) đang trong quá trình triển khai" (=, count; year null: the sentence names none and the page
# has no date; id null: hospitals still deploying the pilot, not hospitals with EMR deployed; a
# judgement); the closing "đã kết hợp sử dụng chữ ký số, thực hiện 100% " (=; cut off before its
# noun, the indicator is the clause as far as the excerpt goes, as set175's 03; year null; id null).
# Not quantities: "2021 - 2025", "năm 2030", "năm 2025" (periods and horizons), "năm 2021",
# "3532/QĐ-BYT", "12/8/2020" (a date and a decision), "mức độ 4" (a level's name).
# --------------------------------------------------------------------------
D01 = dict(name="01_bacgiang-y-te-thong-minh-muc-tieu-2025", kind="target", year=2025, records=[
    R("phấn đấu «95% người dân", "người dân có hồ sơ sức khỏe điện tử", ">=", 95, iid=EHR),
    R("«100% dịch vụ công trực tuyến mức độ 4", "dịch vụ công trực tuyến mức độ 4 được cung cấp trên nhiều phương tiện "
      "truy cập khác nhau, trong đó có thiết bị di động", ">=", 100, iid=FULL_ONLINE),
    R("năm 2012, «7 bệnh viện", "bệnh viện và cơ sở khám chữa bệnh ứng dụng giải pháp trí tuệ nhân tạo hỗ trợ trong chẩn "
      "đoán hình ảnh và phần mềm Y tế cơ sở", "=", 7, **CNT, kind="result", year=2012),
    R("duy trì hệ thống quản lý hồ sơ sức khỏe cá nhân; «2 bệnh viện", "bệnh viện thí điểm Bệnh án điện tử (EMR) đang trong "
      "quá trình triển khai", "=", 2, **CNT, kind="result", year=None),
    R("thực hiện «100% ", "các cơ sở y tế tại tỉnh Bắc Giang đã kết hợp sử dụng chữ ký số, thực hiện", "=", 100,
      kind="result", year=None),
])

# --------------------------------------------------------------------------
# 02 Bà Rịa - Vũng Tàu, the province's plan 94/KH-UBND for IT in the health sector to 2025, as the
# health department's page tells it (soyte.baria-vungtau.gov.vn; cut: the breadcrumb line
# "Chuyển đổi số nghành Y tế Chuyển đổi số nghành Y tế" and the source line
# "Nguồn:https://baobariavungtau.com.vn/" with the blank line before it; no date shown). Targets of
# 2025. Pillar null (no heading). The title's "Phấn đấu đến năm 2025, 80% các hệ thống thông tin y
# tế được kết nối, liên thông" and the body's "80% các hệ thống thông tin y tế có yêu cầu chia sẻ,
# kết nối, liên thông qua nền tảng tích hợp" (>=, data.lgsp_connected_systems_share; the same value
# stated twice, a record at each place, as set175's 02); "80% hồ sơ công việc của phòng y tế huyện
# được xử lý trên môi trường mạng" (>=, egov.work_records_online_share; scope null: the district
# office is part of the subject, not a split); "100% đơn vị thuộc và trực thuộc Sở Y tế sử dụng
# phần mềm Quản lý cán bộ, công chức, viên chức" (>=; id null); "tối thiểu 80% thủ tục hành chính
# có yêu cầu nghĩa vụ tài chính, được triển khai thanh toán trực tuyến" (>=, egov.online_payment_share,
# whose wordings name the services with online payment) and "trong số đó, tỷ lệ giao dịch thanh
# toán trực tuyến đạt từ 30% trở lên" (>=, "từ ... trở lên"; egov.online_payment_share). Not
# quantities: "94/KH-UBND", "76/NQ-CP", "15/7/2021", "2021 - 2030", "năm 2025" (the horizon). The
# "80% hồ sơ công việc của phòng y tế huyện ..." clause is also in set96's 05 (the Ministry's
# national list that the province copies); see SOURCES.md.
# --------------------------------------------------------------------------
D02 = dict(name="02_bariavungtau-kh94-cntt-y-te-2025", kind="target", year=2025, records=[
    R("năm 2025, «80% các hệ thống thông tin y tế được kết nối", "hệ thống thông tin y tế được kết nối, liên thông", ">=",
      80, iid=LGSP),
    R("năm 2025, «80% các hệ thống thông tin y tế có", "hệ thống thông tin y tế có yêu cầu chia sẻ, kết nối, liên thông qua "
      "nền tảng tích hợp", ">=", 80, iid=LGSP),
    R("«80% hồ sơ công việc", "hồ sơ công việc của phòng y tế huyện được xử lý trên môi trường mạng", ">=", 80,
      iid="egov.work_records_online_share"),
    R("«100% đơn vị thuộc", "đơn vị thuộc và trực thuộc Sở Y tế sử dụng phần mềm Quản lý cán bộ, công chức, viên chức",
      ">=", 100),
    R("tối thiểu «80% thủ tục", "thủ tục hành chính có yêu cầu nghĩa vụ tài chính, được triển khai thanh toán trực tuyến",
      ">=", 80, iid=PAY),
    R("đạt từ «30% trở lên", "tỷ lệ giao dịch thanh toán trực tuyến", ">=", 30, iid=PAY),
])

# --------------------------------------------------------------------------
# 03 Hồ Chí Minh City, the health department's digital-transformation aims to 2025
# (baomoi.net.vn; cut: the photo caption "Người dân thực hiện các thủ tục đăng ký khám bệnh trên
# ứng dụng thông minh giúp tiết kiệm thời gian chờ và thủ tục hành chính" with one blank line; no
# date shown; the excerpt ends in "đặt m"). Targets of 2025 ("Trong giai đoạn từ nay đến năm 2025",
# "Các chỉ tiêu trọng tâm đến năm 2025"). Pillar null (no heading). The lead's "Việc triển khai bệnh
# án điện tử tại 100% bệnh viện ... là những bước đi then chốt" is the aim the body then states
# with "sẽ" ("100% bệnh viện trên địa bàn sẽ triển khai bệnh án điện tử"): both targets of 2025
# (>=, society.hospitals_emr_share; the lead's year from the document; a judgement that the lead
# states an aim, not a result). The list: "95% dịch vụ công trực tuyến toàn trình" (>=,
# egov.full_online_services_share), "100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến"
# (>=, egov.level3_4_online_services_share: online in any form, "toàn trình" not written; a
# judgement), "80% hồ sơ hành chính được số hóa" (>=, egov.digitised_procedure_results_share), "100%
# bệnh viện triển khai sổ sức khỏe điện tử tích hợp trên ứng dụng VNeID" (>=; id null: no catalogue
# indicator for hospitals feeding the VNeID health book). Not quantities: "năm 2025", "năm 2030"
# (horizons).
# --------------------------------------------------------------------------
D03 = dict(name="03_hcm-nganh-y-te-cds-chi-tieu-2025", kind="target", year=2025, records=[
    R("điện tử tại «100% bệnh viện", "bệnh viện triển khai bệnh án điện tử", ">=", 100, iid=EMR_SHARE),
    R("Đặc biệt, «100% bệnh viện", "bệnh viện trên địa bàn triển khai bệnh án điện tử, liên thông dữ liệu khám chữa bệnh",
      ">=", 100, iid=EMR_SHARE),
    R("«95% dịch vụ công", "dịch vụ công trực tuyến toàn trình", ">=", 95, iid=FULL_ONLINE),
    R("«100% thủ tục hành chính", "thủ tục hành chính đủ điều kiện được cung cấp trực tuyến", ">=", 100,
      iid="egov.level3_4_online_services_share"),
    R("«80% hồ sơ hành chính", "hồ sơ hành chính được số hóa", ">=", 80, iid="egov.digitised_procedure_results_share"),
    R("và «100% bệnh viện triển khai sổ", "bệnh viện triển khai sổ sức khỏe điện tử tích hợp trên ứng dụng VNeID", ">=",
      100),
])

# --------------------------------------------------------------------------
# 04 Quảng Trị, smart health in the province, a page of the information department of 12 September
# 2022 (sotttt.quangtri.gov.vn; cut: the page-title line "Chi tiết tin - Sở Thông tin và Truyền
# thông", a line of one space, the visit counter "LƯỢT TRUY CẬP", "Đang truy cập: 2", "Hôm nay:
# 886", "Tổng lượt truy cập: 1.436.229" (with the blank lines that went with them), the caption
# "Ảnh: Internet", and the byline date "Ngày cập nhật: 12/09/2022 04:25:07", written as the first
# line `date 2022-09-12`; the excerpt ends in "đã có 699.720 " with its trailing space, kept, before
# the noun). Results; pillar null (no heading). "100% các cơ sở điều trị được triển khai hệ thống
# quản lý khám bệnh, chữa bệnh và thanh toán bảo hiểm y tế" (=; year 2022, the page's, the sentence
# naming none ("Từ năm 2021" dates the start of the work); id null: hospital management software at
# every treatment facility has no exact catalogue indicator; a judgement), "100% các cơ sở y tế trên
# địa bàn tỉnh có hợp đồng với bảo hiểm kết nối thành công với hệ thống giám định của Bảo hiểm xã
# hội" (=, 2022, society.health_data_interconnection_share, whose wordings name the link with social
# insurance), "đến hết năm 2021 đã có 699.720 " (=, count, year 2021; the excerpt stops before the
# noun: the indicator is the electronic health records the sentence is about, as far as written;
# id null, the counted thing being cut off; check_gold.py tolerates a count that closes the
# excerpt). Not quantities: "02-NQ/TU", "04/11/2021", "5349/QĐ-BYT", "12/11/2019", "năm 2025",
# "năm 2030", "năm 2021" in "Từ năm 2021".
# --------------------------------------------------------------------------
D04 = dict(name="04_quangtri-y-te-thong-minh-2022", kind="result", year=2022, records=[
    R("«100% các cơ sở điều trị", "các cơ sở điều trị được triển khai hệ thống quản lý khám bệnh, chữa bệnh và thanh toán "
      "bảo hiểm y tế", "=", 100),
    R("«100% các cơ sở y tế trên địa bàn tỉnh có hợp đồng", "các cơ sở y tế trên địa bàn tỉnh có hợp đồng với bảo hiểm kết nối "
      "thành công với hệ thống giám định của Bảo hiểm xã hội", "=", 100,
      iid="society.health_data_interconnection_share"),
    R("đã có «699.720", "Hồ sơ sức khỏe điện tử đã có", "=", 699720, **CNT, year=2021),
])

# --------------------------------------------------------------------------
# 05 Lâm Đồng, cashless payments in hospitals in the first nine months of 2022 (baolamdong.vn; cut:
# the byline date "02:10, 06/10/2022", written as the first line `date 2022-10-06`; the page's lines
# of one space between paragraphs stay as returned; the excerpt ends in "chỉ đạo các"). Results of
# 2022. Pillar null (no heading; "lĩnh vực y tế" names no pillar). The title's "Khoảng 5% giao dịch
# thanh toán không dùng tiền mặt trong các bệnh viện, cơ sở y tế" (~), the body's "trong 9 tháng đầu
# năm 2022 chỉ đạt trên 4,9%" (>) and "ước cả năm 2022 là 6 -8%" (an estimate of the year: a result,
# as the spec's "ước đạt"; between 6 and 8): the share of cashless transactions in hospitals,
# society.cashless_hospital_fees_share (as set69's 03 labels the same wording); "nền tảng thanh toán
# không dùng tiền mặt trong các cơ sở y tế đạt tỷ lệ 100%" (=, society.cashless_hospital_fees_share;
# the clause after the semicolon only: the commune-station platform before it has no number).
# Not quantities: "6/10", "9/2022" (dates), "năm 2022" (the plan's name), "9 tháng" (a period),
# "2022-2025" (the plan's period).
# --------------------------------------------------------------------------
D05 = dict(name="05_lamdong-ttkdtm-co-so-y-te-2022", kind="result", year=2022, records=[
    R("Khoảng «5% giao dịch", "giao dịch thanh toán không dùng tiền mặt trong các bệnh viện, cơ sở y tế", "~", 5,
      iid=CASHLESS),
    R("chỉ đạt trên «4,9%", "số lượng và giá trị giao dịch thanh toán không dùng tiền mặt trong các bệnh viện, cơ sở y tế "
      "trên địa bàn tỉnh", ">", 4.9, iid=CASHLESS),
    R("năm 2022 là «6 -8%", "số lượng và giá trị giao dịch thanh toán không dùng tiền mặt trong các bệnh viện, cơ sở y tế "
      "ước cả năm", "between", 6, value_max=8, iid=CASHLESS),
    R("đạt tỷ lệ «100%", "nền tảng thanh toán không dùng tiền mặt trong các cơ sở y tế", "=", 100, iid=CASHLESS),
])

# --------------------------------------------------------------------------
# 06 Hà Nội, cashless hospital fees at the city health department's facilities (vneconomy.vn; no
# cut; no byline, no stamp; the excerpt opens with the page's lead and ends in "các h"). Results;
# year null: the page names no year of measurement ("giai đoạn 2021- 2025" is the scheme's period,
# "đến nay" undated). Pillar null. "quét QR để thanh toán đã triển khai tại hơn 30 bệnh viện" (the
# lead) and "Riêng quét QR đã triển khai tại hơn 30 bệnh viện" (the body): >, count, a record at
# each place (id null: hospitals with QR payment, one form among the cashless ones); "hiện 100% cơ
# sở khám chữa bệnh trực thuộc Sở Y tế Hà Nội đã áp dụng thanh toán viện phí không dùng tiền mặt"
# (=, society.cashless_hospital_fees_share). Not quantities: "1813/QĐ-TTg", "2021- 2025".
# --------------------------------------------------------------------------
D06 = dict(name="06_hanoi-so-y-te-ttkdtm-vien-phi", kind="result", year=None, records=[
    R("thanh toán đã triển khai tại hơn «30 bệnh viện", "bệnh viện triển khai quét QR để thanh toán", ">", 30, **CNT),
    R("hiện «100% cơ sở", "cơ sở khám chữa bệnh trực thuộc Sở Y tế Hà Nội đã áp dụng thanh toán viện phí không dùng tiền "
      "mặt", "=", 100, iid=CASHLESS),
    R("Riêng quét QR đã triển khai tại hơn «30 bệnh viện", "bệnh viện triển khai quét QR", ">", 30, **CNT),
])

# --------------------------------------------------------------------------
# 07 Nghệ An, the health department's demand that every facility run electronic medical records
# before 31 August 2025 (baonghean.vn; the crawler's stamp " date 2025-07" written as the first
# line, the section label, title and lead (one line on the page) following on the second; cut: the
# photo caption "Bệnh án điện tử giúp truyền tải hình ảnh, chẩn đoán hình ảnh từ xa ở Bệnh viện Đa
# khoa Yên Thành. Ảnh: Thành Chung" with one blank line; the excerpt ends in "Kế ho"). One target:
# "Sở Y tế Nghệ An yêu cầu 100% các cơ sở khám, chữa bệnh trên địa bàn tỉnh triển khai bệnh án
# điện tử trước ngày 31/8/2025" (a requirement with a deadline: kind target, >=, year 2025;
# society.hospitals_emr_share, whose wordings name the facilities running EMR). Pillar null. Not
# quantities: "31/8/2025", "9/7", "19/3/2025" (dates), "2898 /SYT-VP" (a letter's number), "năm
# 2025" in the letter's subject, "4.0" (a name).
# --------------------------------------------------------------------------
D07 = dict(name="07_nghean-benh-an-dien-tu-2025", kind="target", year=2025, records=[
    R("yêu cầu «100% các cơ sở", "các cơ sở khám, chữa bệnh trên địa bàn tỉnh triển khai bệnh án điện tử", ">=", 100,
      iid=EMR_SHARE),
])

# --------------------------------------------------------------------------
# 08 Vĩnh Long, every facility running electronic medical records, September 2025 (tienphong.vn;
# the crawler's stamp " date 2025-09-24" written as the first line; the rest of that line, the
# site's header "Hotline: 0865015015 Tiền Phong Nhật báo Sinh viên Việt Nam Hoa Học trò Tòa soạn
# Quảng cáo", cut; cut also: the section label "Sức khỏe", the byline "Cảnh Kỳ", the image's file
# name "vl2.jpg" and its caption "Đại biểu theo dõi quy trình thực hiện hồ sơ bệnh án điện tử tại
# Bệnh viện đa khoa Vĩnh Long.", each with one blank line; the excerpt ends in "việ"). Results of
# 2025 (the stamp; "hiện"). Pillar null. "47 cơ sở khám chữa bệnh trên toàn tỉnh đã được thẩm
# định triển khai hồ sơ bệnh án điện tử (đạt 100%)": a count and its bracketed share (=, the
# spec's "57.877 hồ sơ (đạt 99,1%)"; society.hospitals_emr_count, society.hospitals_emr_share). Not
# quantities: "trước 9 ngày so với chỉ đạo của Thủ tướng" (a result's lead on its deadline, as the
# spec's change against a target), "13/2025" (a circular's number), "Đề án 06" (a name).
# --------------------------------------------------------------------------
D08 = dict(name="08_vinhlong-benh-an-dien-tu-2025", kind="result", year=2025, records=[
    R("hiện «47 cơ sở", "cơ sở khám chữa bệnh trên toàn tỉnh đã được thẩm định triển khai hồ sơ bệnh án điện tử", "=", 47,
      **CNT, iid=EMR_COUNT),
    R("(đạt «100%)", "cơ sở khám chữa bệnh trên toàn tỉnh đã được thẩm định triển khai hồ sơ bệnh án điện tử", "=", 100,
      iid=EMR_SHARE),
])

# --------------------------------------------------------------------------
# 09 Hồ Chí Minh City, electronic medical records in the city's hospitals, September 2025
# (nld.com.vn; the crawler's stamp " date 2025-09-26" written as the first line, "Sáng 26-9, ..."
# following on the second; cut: the photo captions "Người bệnh đăng ký khám bệnh qua kios tại Bệnh
# viện Nhân dân Gia Định" and "Hệ thống server vận hành bệnh án điện tử tại Bệnh viện Nguyễn Tri
# Phương (TP HCM)", each with one blank line; the excerpt ends in "cho thấ"). Results of 2025 (the
# stamp; "đến nay"). Pillar null. "TP có 153/164 bệnh viện triển khai bệnh án điện tử, đạt tỉ lệ
# hơn 93%" (=, count, society.hospitals_emr_count; >, %, society.hospitals_emr_share); the
# breakdown by kind of hospital (public, ministries', private: scope null, each its own subject,
# the spec's breakdown by kind of thing): "khối bệnh viện công lập đạt tỉ lệ 100% với 60/60 bệnh
# viện" (=, %, and =, count), "khối bệnh viện bộ, ngành có 13/14 đơn vị đã triển khai" (=, count),
# "80/90 bệnh viện đã triển khai, chiếm hơn 89%" (=, count; >, %); the ids as above. "64% bệnh viện
# công lập và 65% bệnh viện tư nhân đã hoàn thành ở quy mô toàn bộ bệnh viện" (=, =; id null:
# hospitals with EMR in every department, a narrower measure than hospitals running EMR; a
# judgement). Not recorded: "TP có 164 bệnh viện, 38 trung tâm y tế khu vực, 168 trạm y tế xã và 296
# điểm trạm, 10.627 phòng khám, trong đó có 417 phòng khám đa khoa" (the size of the city's health
# network, the denominators of the results, as set173's sector sizes and set175's own units), the
# denominators "/164", "/60", "/14", "/90", "26-9" (a date).
# --------------------------------------------------------------------------
D09 = dict(name="09_hcm-benh-an-dien-tu-2025", kind="result", year=2025, records=[
    R("TP có «153/164", "bệnh viện triển khai bệnh án điện tử", "=", 153, **CNT, iid=EMR_COUNT),
    R("đạt tỉ lệ hơn «93%", "tỉ lệ bệnh viện triển khai bệnh án điện tử", ">", 93, iid=EMR_SHARE),
    R("công lập đạt tỉ lệ «100%", "khối bệnh viện công lập đã đưa bệnh án điện tử vào hoạt động", "=", 100, iid=EMR_SHARE),
    R("với «60/60 bệnh viện", "bệnh viện công lập đã đưa bệnh án điện tử vào hoạt động", "=", 60, **CNT, iid=EMR_COUNT),
    R("có «13/14 đơn vị", "khối bệnh viện bộ, ngành đơn vị đã triển khai bệnh án điện tử", "=", 13, **CNT, iid=EMR_COUNT),
    R("tới «80/90 bệnh viện", "khối ngoài công lập bệnh viện đã triển khai bệnh án điện tử", "=", 80, **CNT, iid=EMR_COUNT),
    R("chiếm hơn «89%", "khối ngoài công lập bệnh viện đã triển khai bệnh án điện tử", ">", 89, iid=EMR_SHARE),
    R("trong đó «64% bệnh viện", "bệnh viện công lập đã hoàn thành bệnh án điện tử ở quy mô toàn bộ bệnh viện", "=", 64),
    R("và «65% bệnh viện", "bệnh viện tư nhân đã hoàn thành bệnh án điện tử ở quy mô toàn bộ bệnh viện", "=", 65),
])

# --------------------------------------------------------------------------
# 10 Đồng Tháp, decision 1398/QĐ-UBND-HC of 20 December 2022 issuing the health sector's
# digital-transformation scheme 2022-2025 (thuvienphapluat.vn, a bulletin page; cut: the site's
# search-box and loading lines "Từ khoá: Số Hiệu, Tiêu đề hoặc Nội dung ngắn gọn của Văn Bản...",
# "Đăng nhập", "Đang tải văn bản..." with the blank lines that went with them; the excerpt ends in
# "Căn cứ Nghị "). A precision text: the decision's header and legal grounds only. Not quantities:
# every number is a document's number or date ("1398/QĐ-UBND-HC", "20/12/2022", "20 tháng 12 năm
# 2022", "749/QĐ-TTg", "942/QĐ-TTg", "4888/QĐ-BYT", "5316/QĐ-BYT" and their dates, the laws'
# dates "19 tháng 6 năm 2015", "22 tháng 11 năm 2019") or a period or horizon ("2022 - 2025",
# "2021 - 2025", "2019 - 2025", "năm 2025", "năm 2030").
# --------------------------------------------------------------------------
D10 = dict(name="10_dongthap-qd1398-de-an-cds-y-te-precision", kind="target", year=2022, records=[])

# --------------------------------------------------------------------------
# 11 Hà Nội, the "digital health station" pilot after the two-level government of 1 July 2025
# (baomoi.net.vn; cut: the photo caption "Người dân khám bệnh tại Trạm Y tế Quảng Oai (TP Hà Nội).
# Ảnh: Trần Yến" with the blank line that went with it; no date shown; the excerpt ends in "quá
# trì"). A precision text: a pilot at two commune stations told as a story. Not quantities: "1/7",
# "20/6" (dates), "8 xã mới, gồm: Quảng Oai, ..." (the communes of the two-level government's trial
# run, named one by one: where the trial ran, not a digital-transformation result; a judgement),
# "2 cấp" (the model's name), "khoảng 1 tháng" (the pilot's age), "ít nhất 2-3 điều dưỡng" (one
# clinic's staffing before the pilot, a scene; as set175's stories).
# --------------------------------------------------------------------------
D11 = dict(name="11_hanoi-tram-y-te-so-2025-precision", kind="result", year=2025, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
