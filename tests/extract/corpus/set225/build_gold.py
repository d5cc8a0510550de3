#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set225).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string). Two records may share one
locator when one number serves two scopes (01's "100% hồ sơ công việc tại cấp tỉnh, cấp huyện").

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry. This set needs none: every percentage of its texts is a
record.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set193, the id is given in the record itself (`iid=`).

Theme of the set: labour and jobs, justice, land and environment agencies going digital (the
search returned no usable page on social insurance or tax: see README).

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
from goldkit import R, CNT, RANK, T, GOV  # noqa: E402

PTS = dict(unit="other", unit_text="điểm")
IDX = dict(unit="other", unit_text=None)
FULL = "egov.full_online_services_share"
CUT = "egov.procedures_reduced_share"
WORK = "egov.work_records_online_share"
EDOC = "egov.electronic_documents_share"
LAND = "data.land_records_digitised_share"
IOT = "city.iot_monitoring_stations_count"
PCI_SCORE = "rank.pci_score"
PCI_RANK = "rank.pci"
PORTALS = "egov.agency_portals_share"
# a target of the Bắc Kạn text: kind target, year 2025 come from the document; the pillar is the
# one thing a record there may add
TGT = functools.partial(R, op=">=")

# --------------------------------------------------------------------------
# 01 Bắc Kạn, the labour, invalids and social affairs sector's digital-transformation targets for
# 2022-2025 under the province's master scheme (chuyendoiso.backan.gov.vn; nothing cut; no byline,
# no stamp; the excerpt ends in "không gian củ"). Kind target, year 2025 ("giai đoạn 2022 - 2025";
# "định hướng đến năm 2030" names no target). "phấn đấu đảm bảo 100%", "tối thiểu 20%" and the bare
# numbers read >= (spec). Pillar: the lead-in "đối với nhiệm vụ phát triển chính quyền số, ngành phấn
# đấu ..." names chính quyền số and holds for its paragraph (three records, spec: a lead-in's pillar
# holds for the sentence or list it opens); the next paragraphs ("Đối với hoạt động của hệ thống
# toàn ngành, ...", "100% các dữ liệu ...") name no pillar and stand under no heading: null (spec).
# "100% hồ sơ công việc tại cấp tỉnh, cấp huyện và 80% hồ sơ công việc tại cấp xã": three records,
# scopes cấp tỉnh, cấp huyện, cấp xã, the first two sharing the number (spec). "100% hoạt động quản
# lý nhà nước ... từ cấp tỉnh đến cấp xã": one value for all levels, scope null (spec). Not
# quantities: "2022- 2025", "2022 - 2025", "năm 2030" (dates), "mức độ 4" (twice, a name).
# Ids: FULL for "100% TTHC có đủ điều kiện được cung cấp trực tuyến mức độ 4" (level 4, now
# "toàn trình", as set193 judged), CUT for "20% thủ tục hành chính được cắt giảm", WORK for the three
# work-file shares, EDOC for "hoạt động quản lý nhà nước ... sử dụng văn bản điện tử có chữ ký số" (a
# judgement: the catalogue's share of documents exchanged electronically and signed); null for the
# services on several devices, the shared data connected and the databases built on big data.
# --------------------------------------------------------------------------
D01 = dict(name="01_backan-ldtbxh-muc-tieu-cds-2025", kind="target", year=2025, records=[
    TGT("đảm bảo «100% TTHC", "TTHC có đủ điều kiện được cung cấp trực tuyến mức độ 4 trên Cổng Dịch vụ công "
        "của tỉnh", value=100, pillar=GOV, iid=FULL),
    TGT("tỉnh. «100% DVCTT", "DVCTT mức độ 4 được cung cấp trên nhiều phương tiện truy cập khác nhau, bao gồm "
        "cả thiết bị di động", value=100, pillar=GOV),
    TGT("tối thiểu «20% thủ tục", "thủ tục hành chính được cắt giảm thông qua kế thừa dữ liệu số", value=20,
        pillar=GOV, iid=CUT),
    TGT("phấn đấu «100% hồ sơ", "hồ sơ công việc được xử lý trên môi trường mạng", value=100, scope="cấp tỉnh",
        iid=WORK),
    TGT("phấn đấu «100% hồ sơ", "hồ sơ công việc được xử lý trên môi trường mạng", value=100, scope="cấp huyện",
        iid=WORK),
    TGT("và «80% hồ sơ", "hồ sơ công việc được xử lý trên môi trường mạng", value=80, scope="cấp xã", iid=WORK),
    TGT("mạng; «100% hoạt động", "hoạt động quản lý nhà nước ngành Lao động - Thương binh và Xã hội từ cấp tỉnh "
        "đến cấp xã sử dụng văn bản điện tử có chữ ký số", value=100, iid=EDOC),
    TGT("«100% các dữ liệu", "các dữ liệu có thể dùng chung của Ngành được kết nối, chia sẻ trên toàn tỉnh",
        value=100),
    TGT("«70% cơ sở dữ liệu", "cơ sở dữ liệu (CSDL) về lao động, người có công và xã hội và các lĩnh vực khác "
        "của ngành được xây dựng, cập nhật trên nền tảng dữ liệu lớn", value=70),
])

# --------------------------------------------------------------------------
# 02 Tuyên Quang, new jobs found by the Department of Labour, Invalids and Social Affairs and the
# province's 2024 jobs target (baotuyenquang.com.vn; cut: the photo caption "Lao động làm việc tại
# Công ty TNHH sản xuất Giày Chung JYE Tuyên Quang." and the page's links "Gửi phản hồi", "In bài
# viết"; no byline, no stamp). Year 2024: the only year the text names ("Toàn tỉnh phấn đấu năm 2024
# ..."); the results stand in the same report and take it (a judgement: the text gives them no
# period of their own). Results (=, count): the total "3.886 người được giải quyết việc làm mới" and
# its breakdown "2.233 lao động làm việc tại các ngành kinh tế tại tỉnh; 1.559 lao động đi làm việc
# tại các khu, cụm công nghiệp ...; xuất khẩu lao động 94 người": one record per number, each its own
# subject, scope null (spec: a breakdown by kind is not a split by level). Target: "phấn đấu năm 2024
# giải quyết việc làm cho 22.550 lao động" (>=, count). Pillar null (no heading). Ids null (the
# catalogue has no jobs indicator).
# --------------------------------------------------------------------------
D02 = dict(name="02_tuyenquang-giai-quyet-viec-lam-2024", kind="result", year=2024, records=[
    R("tổng số «3.886 người", "người được giải quyết việc làm mới", "=", 3886, **CNT),
    R("có «2.233 lao động", "lao động làm việc tại các ngành kinh tế tại tỉnh", "=", 2233, **CNT),
    R("; «1.559 lao động", "lao động đi làm việc tại các khu, cụm công nghiệp tại các tỉnh, thành phố trong "
      "nước", "=", 1559, **CNT),
    R("lao động «94 người", "xuất khẩu lao động", "=", 94, **CNT),
    R("cho «22.550 lao động", "giải quyết việc làm cho lao động", ">=", 22550, **CNT, **T),
])

# --------------------------------------------------------------------------
# 03 Eleven provinces and cities (Hải Dương, Hà Nội, ..., Bình Dương), an online job-matching
# session of 18/6/2020 (toquoc.vn; cut: the hotline and advertising lines "• Đường dây nóng",
# "0901.22.33.66 - toasoan@toquoc.gov.vn", "• Liên hệ quảng cáo", "091.358.6788" with their blank
# lines, the byline "Thời sự 23/06/2020 18:24" (written as the first line `date 2020-06-23`), the
# photo caption "Phiên giao dịch ... - Ảnh 1." and the credit "Ảnh minh họa (Nguồn: Báo Bình
# Dương)"; the excerpt ends in "công x"). Year 2020. Results (=, count): "288 lao động trúng tuyển",
# "332 người được hẹn phỏng vấn lần 2" (the session's outcomes) and "nhu cầu tuyển dụng 29.169 vị trí
# việc làm trống" (the vacancies the session gathered, as the earlier set's "nhu cầu tuyển dụng lên
# đến 29.077 lao động" of a 2021 session). Not quantities, following that set (decided case "với sự
# tham dự của hơn 50 cơ quan báo chí"): "731 lao động tham gia phỏng vấn trực tiếp" (participants in
# the interviews, as its "232 lao động tham gia vào các luồng phỏng vấn"), "thu hút 2.790 lao động và
# 250 cơ quan, doanh nghiệp tham dự" (participants), "11 tỉnh, thành phố" and "11 Trung tâm Dịch vụ
# việc làm" (the organisers); "lần 2" (a label), "18/6/2020" (a date). No place: the session belongs
# to eleven provinces at once. Pillar null. Ids null.
# --------------------------------------------------------------------------
D03 = dict(name="03_haiduong-11-tinh-giao-dich-viec-lam-truc-tuyen-2020", kind="result", year=2020, records=[
    R("«288 lao động", "lao động trúng tuyển qua phiên giao dịch việc làm trực tuyến", "=", 288, **CNT),
    R("«332 người", "người được hẹn phỏng vấn lần 2", "=", 332, **CNT),
    R("tuyển dụng «29.169 vị trí", "nhu cầu tuyển dụng vị trí việc làm trống tại phiên giao dịch", "=", 29169,
      **CNT),
])

# --------------------------------------------------------------------------
# 04 Bắc Giang's employment service centre in a Dân trí online talk on job-matching technology,
# with the ministry's figures for the first months of 2023 (dantri.com.vn; nothing cut; no byline,
# no stamp; the excerpt ends in "khu"). Year 2023 ("Trong các tháng đầu năm 2023"). Results: "số lao
# động trong doanh nghiệp bị ảnh hưởng việc làm là 509.903 người" (=, count) and "lao động thôi việc,
# mất việc làm chiếm 54,79%" (=, %): the country's figures from the ministry's report; no `place`
# (no province). Pillar null. Ids null.
# --------------------------------------------------------------------------
D04 = dict(name="04_bacgiang-trung-tam-dich-vu-viec-lam-2023", kind="result", year=2023, records=[
    R("là «509.903 người", "số lao động trong doanh nghiệp bị ảnh hưởng việc làm", "=", 509903, **CNT),
    R("chiếm «54,79%", "lao động thôi việc, mất việc làm", "=", 54.79),
])

# --------------------------------------------------------------------------
# 05 Vĩnh Long, collecting labour-market information for the "Việc tìm người - Người tìm việc"
# database, October-November 2022 (baovinhlong.vn; cut: the byline "Cập nhật, 04:22, Thứ Sáu,
# 07/10/2022 (GMT+7)" with the blank line after it, written as the first line `date 2022-10-07`,
# and the author "MINH THÁI"). Year 2022. "toàn tỉnh thực hiện thu thập ... với khoảng 650.000 phiếu
# thông tin về người lao động": the collection's planned size, the work under way from 1/10 to 30/11
# when the page was written: a target, op ~ ("khoảng"; a judgement). "tập huấn ... cho gần 1.000 điều
# tra viên": people trained, a result (~, count; the earlier sets record training counts, "tập huấn
# cho 1.800 thành viên"). Not quantities: "1/10 - 30/11" (dates), "từ 15 tuổi trở lên" (who is
# counted), "năm 2022". Pillar null. Ids null.
# --------------------------------------------------------------------------
D05 = dict(name="05_vinhlong-thong-tin-thi-truong-lao-dong-2022", kind="result", year=2022, records=[
    R("khoảng «650.000 phiếu", "phiếu thông tin về người lao động được thu thập", "~", 650000, **CNT, **T),
    R("gần «1.000 điều tra viên", "điều tra viên được tập huấn hướng dẫn thu thập, lưu trữ, tổng hợp thông tin "
      "thị trường lao động", "~", 1000, **CNT),
])

# --------------------------------------------------------------------------
# 06 The country, the labour-market support programme's targets for 2025 and 2030
# (vietnam.opendevelopmentmekong.net; cut: the link "Đọc tiếp…"; no byline, no stamp). Kind target.
# The title's "lên 40% vào năm 2030" is a quantity (the earlier sets record a title's number), beside
# the body's "lên 35-40% vào năm 2030" (between). "nằm trong top 60 quốc gia về Nhóm chỉ số Lao động
# có kiến thức ... (GII) vào năm 2025 và vươn lên top 55 vào năm 2030": ranks, op <= (spec: a group),
# years 2025 and 2030. "80% lực lượng lao động có kỹ năng CNTT vào năm 2025 và 90% vào năm 2030"
# (>=). "giảm tỷ lệ thanh niên thất nghiệp hoặc chưa qua đào tạo xuống dưới 8%": op <; its sentence
# names no year, the programme's horizon named by the title and the lead ("vào năm 2030") is taken
# (a judgement). Pillar null. Ids null: the GII pillar's rank is not the GII rank (rank.wipo_gii);
# "lực lượng lao động có kỹ năng CNTT" is not the catalogue's "được đào tạo kỹ năng số cơ bản".
# --------------------------------------------------------------------------
D06 = dict(name="06_ca-nuoc-thi-truong-lao-dong-muc-tieu-2030", kind="target", year=2030, records=[
    R("lên «40% vào", "tỷ lệ lao động qua đào tạo", ">=", 40),
    R("lên «35-40%", "tỷ lệ lao động qua đào tạo", "between", 35, value_max=40),
    R("top «60 quốc gia", "Nhóm chỉ số Lao động có kiến thức nằm trong Chỉ số Đổi mới sáng tạo Toàn cầu (GII)",
      "<=", 60, **RANK, year=2025),
    R("top «55", "Nhóm chỉ số Lao động có kiến thức nằm trong Chỉ số Đổi mới sáng tạo Toàn cầu (GII)", "<=", 55,
      **RANK),
    R("có  «80% lực lượng", "lực lượng lao động có kỹ năng CNTT", ">=", 80, year=2025),
    R("và «90% vào", "lực lượng lao động có kỹ năng CNTT", ">=", 90),
    R("dưới «8%", "tỷ lệ thanh niên thất nghiệp hoặc chưa qua đào tạo", "<", 8),
])

# --------------------------------------------------------------------------
# 07 Lạng Sơn, the land database after the 90-day campaign to clean and enrich it, late 2025
# (lite.baomoi.com; cut: the photo caption "Ông Triệu Đức Minh, Phó Giám đốc Sở Nông nghiệp và Môi
# trường Lạng Sơn" with the blank line before it; no byline, no stamp; the excerpt ends in "đánh
# g"). Year 2025 (the campaign under "Kế hoạch số 515 ngày 31/8/2025"; the results "đến nay" after
# its 90 days). Results: "hoàn thành 100% việc chỉnh lý CSDL đất đai" (=), "trên 95% số thửa đất"
# and "trên 96% số thửa đất cần đối khớp" (>), "hơn 34% số thửa đất ... bảo đảm tiêu chí 'đúng – đủ
# – sạch – sống'" (>), the bracketed national average "(cao hơn mức trung bình toàn quốc là 25%)"
# (=: a bracket stating a value, spec; a national average is a value, as the earlier sets record
# it; "cao hơn" compares, the 25% is the average's level), "đồng bộ 100% dữ liệu đất đai của tỉnh"
# (=). Not quantities: "90 ngày" (the campaign's length), "515", "31/8/2025" (a document), "3 cấp",
# "2 cấp" (the tiers of government, names). Pillar null. Ids: LAND for the new land data built for
# "trên 95% số thửa đất" (the catalogue's share of cadastral records digitised into the land
# database; a judgement); null for the rest (the "đúng, đủ, sạch, sống" share's id is the
# population data's).
# --------------------------------------------------------------------------
D07 = dict(name="07_langson-du-lieu-dat-dai-2025", kind="result", year=2025, records=[
    R("hoàn thành «100% việc", "việc chỉnh lý CSDL đất đai, chuyển đổi từ mô hình chính quyền 3 cấp sang 2 cấp",
      "=", 100),
    R("trên «95% số thửa", "xây dựng mới dữ liệu đất ở cho số thửa đất (khu vực chưa xây dựng CSDL)", ">", 95,
      iid=LAND),
    R("trên «96% số thửa", "xác thực, đối khớp thông tin giữa CSDL đất đai và CSDL dân cư số thửa đất cần đối "
      "khớp", ">", 96),
    R("hơn «34% số thửa", "số thửa đất trong CSDL của tỉnh đã được chỉnh lý, hoàn thiện, bảo đảm tiêu chí "
      "“đúng – đủ – sạch – sống”", ">", 34),
    R("toàn quốc là «25%", "mức trung bình toàn quốc số thửa đất bảo đảm tiêu chí “đúng – đủ – sạch – sống”",
      "=", 25),
    R("đồng bộ «100% dữ liệu", "kết nối và đồng bộ dữ liệu đất đai của tỉnh với hệ thống CSDL quốc gia về đất "
      "đai", "=", 100),
])

# --------------------------------------------------------------------------
# 08 Hải Dương and Thái Nguyên, automatic environmental monitoring stations, on a monitoring
# vendor's page about the 2024 rules (bkcems.com; nothing cut; no byline, no stamp; the excerpt
# ends in "(tăng 4 "). The page belongs to no province: every value carries its `place`. Year 2024
# for Hải Dương ("Tính đến tháng 01/2024", "đến nay") and for Thái Nguyên's "Đến nay, có 7 cơ sở"
# (the page's year, its title "... 2024"); year null for Thái Nguyên's state "Trước năm 2020" (a
# bound, not the year a value was measured; a judgement). Results (=, count): Hải Dương's "10 trạm
# quan trắc tự động, liên tục môi trường không khí xung quanh tại 71 vị trí" (two records; the page
# prints the sentence twice, each print recorded, as the earlier sets record a repeated figure each
# time), "54 trạm quan trắc khí thải tự động, liên tục truyền số liệu về sở", "Tần suất quan trắc là
# 4 lần/năm" (unit other "lần/năm": a frequency, as the earlier sets' "tần suất 7 lượt/tuần");
# Thái Nguyên's "1 trạm quan trắc tự động không khí", "3 trạm quan trắc nước mặt tự động", "quan
# trắc không khí ở 30 điểm, ... ở 60 điểm" and "7 cơ sở đã lắp đặt hệ thống quan trắc nước thải tự
# động". Not quantities: "01/2024", "năm 2020", "2024" (dates), "1." (a heading's number), "(tăng 4"
# (a change against an earlier value, cut short). Pillar null (the heading "1. TÌNH HÌNH QUAN TRẮC
# TỰ ĐỘNG TẠI VIỆT NAM HIỆN NAY" names no pillar). Ids: IOT for the automatic stations (five
# records); null for the locations, the manual monitoring points, the frequency and the facilities.
# --------------------------------------------------------------------------
D08 = dict(name="08_haiduong-thainguyen-quan-trac-tu-dong-2024", kind="result", year=2024, records=[
    R("Hải Dương đã đầu tư lắp đặt «10 trạm", "trạm quan trắc tự động, liên tục môi trường không khí xung quanh",
      "=", 10, **CNT, place="Hải Dương", iid=IOT),
    R("xung quanh tại «71 vị trí thuộc các khu vực có nhiều nguồn phát sinh khí thải. Theo",
      "vị trí lắp đặt trạm quan trắc tự động môi trường không khí xung quanh", "=", 71, **CNT, place="Hải Dương"),
    R("có «54 trạm", "trạm quan trắc khí thải tự động, liên tục truyền số liệu về sở và Bộ Tài nguyên và Môi "
      "trường", "=", 54, **CNT, place="Hải Dương", iid=IOT),
    R("UBND tỉnh đã đầu tư lắp đặt «10 trạm", "trạm quan trắc tự động, liên tục môi trường không khí xung quanh",
      "=", 10, **CNT, place="Hải Dương", iid=IOT),
    R("tại «71 vị trí thuộc các khu vực có nhiều nguồn phát sinh khí thải. Tần",
      "vị trí lắp đặt trạm quan trắc tự động môi trường không khí xung quanh", "=", 71, **CNT, place="Hải Dương"),
    R("là «4 lần/năm", "tần suất quan trắc", "=", 4, unit="other", unit_text="lần/năm", place="Hải Dương"),
    R("chỉ có «1 trạm", "trạm quan trắc tự động không khí", "=", 1, **CNT, year=None, place="Thái Nguyên",
      iid=IOT),
    R("và «3 trạm", "trạm quan trắc nước mặt tự động", "=", 3, **CNT, year=None, place="Thái Nguyên", iid=IOT),
    R("ở «30 điểm", "điểm quan trắc không khí", "=", 30, **CNT, year=None, place="Thái Nguyên"),
    R("ở «60 điểm", "điểm quan trắc nước mặt và các nguồn thải", "=", 60, **CNT, year=None, place="Thái Nguyên"),
    R("có «7 cơ sở", "cơ sở đã lắp đặt hệ thống quan trắc nước thải tự động", "=", 7, **CNT,
      place="Thái Nguyên"),
])

# --------------------------------------------------------------------------
# 09 Bình Dương, the province's smart environmental monitoring network and its central operations
# station (m.baobinhduong.vn; cut: the masthead lines "Báo Bình Dương điện tử - www.baobinhduong.vn",
# "Tổng Biên tập: LÊ MINH TÙNG", "Phó Tổng Biên tập: HUỲNH MINH DÂN - NGUYỄN QUỐC LIÊM" and the
# photo caption "Trạm điều hành trung tâm của hệ thống quan trắc tự động"; no byline, no stamp; the
# excerpt ends in "cho bi"). A precision text: no record. Its one number, "Bắt đầu hoạt động từ năm
# 2012", is a date.
# --------------------------------------------------------------------------
D09 = dict(name="09_binhduong-quan-trac-thong-minh-precision", kind="result", year=None, records=[])

# --------------------------------------------------------------------------
# 10 Hà Nam, the Project 06 portal's guide to the linked online procedure for birth registration,
# permanent residence and children's health insurance cards (dean06.hanam.gov.vn; nothing cut; no
# byline, no stamp; the excerpt ends in "quay lại bư"). A precision text: no record. Not quantities:
# "trẻ dưới 6 tuổi" (four times, the procedure's name and who it serves), "03 phương pháp đăng nhập"
# (ways to log in), "06 bước" (the steps of a procedure, as the spec's counts of tasks), "03 tờ khai
# tương ứng cho 03 thủ tục đơn" (the forms of one application), "Hình 1", "Hình 2" (figure labels),
# "Trang 1", "Trang 2", "Trang 3" (page labels), "1.", "2." (headings).
# --------------------------------------------------------------------------
D10 = dict(name="10_hanam-lien-thong-khai-sinh-precision", kind="result", year=None, records=[])

# --------------------------------------------------------------------------
# 11 Hà Tĩnh, the province's PCI 2023 and its land-access sub-index, on the Department of Natural
# Resources and Environment's portal (sotnmt.hatinh.gov.vn; nothing cut; no byline, no stamp; the
# excerpt ends in "mở rộng"). Year 2023. Results: "PCI Hà Tĩnh đạt 63,76/100 điểm" (=, điểm; "/100"
# the scale); "không thuộc nhóm 30 tỉnh, thành phố có chất lượng điều hành tốt nhất": rank, op >
# 30 (set39's "không còn nằm trong top 30", a judgement it made and this set follows); "xếp thứ 5
# trong 6 tỉnh Bắc Trung Bộ" (rank =, the region in the indicator, spec); the land-access
# sub-index "đạt 6,60 điểm" and the bracketed national average "6,75 điểm" (=, điểm). Each "từ X
# giảm còn Y" / "từ X tăng lên Y" of the six component indicators states two levels: X of 2022 ("so
# với năm 2022") and Y of 2023, one record each (as the earlier sets' "từ 87,61% xuống 86,78%", "từ
# 3% lên 13,5%"); "(từ 20 giảm còn 16%)" leaves the % off its first number, read as 20% (listed in
# BARE_PCT). "DN đánh giá rủi ro bị thu hồi đất (từ 1,69 giảm còn 1,58)": index values, unit other,
# unit_text null. Not quantities: "(tụt 3,42 điểm)", "giảm 0,25 điểm so với điểm số năm 2022"
# (changes), "14 chỉ tiêu cấu thành", "06 chỉ tiêu tăng điểm", "07 chỉ tiêu giảm điểm" (the parts of
# an index, spec), the list labels "(1)"-"(6)", "PCI 2023", "năm 2022", "6 tỉnh" (the region's size,
# the rank's denominator). Pillar null. Ids: PCI_SCORE (63,76), PCI_RANK (> 30); null for the
# regional rank, the sub-index and its components.
# --------------------------------------------------------------------------
D11 = dict(name="11_hatinh-pci-tiep-can-dat-dai-2023", kind="result", year=2023, records=[
    R("đạt «63,76/100 điểm", "PCI Hà Tĩnh", "=", 63.76, **PTS, iid=PCI_SCORE),
    R("nhóm «30 tỉnh", "nhóm tỉnh, thành phố có chất lượng điều hành tốt nhất trong PCI 2023", ">", 30, **RANK,
      iid=PCI_RANK),
    R("thứ «5 trong 6", "PCI xếp thứ trong 6 tỉnh Bắc Trung Bộ", "=", 5, **RANK),
    R("đạt «6,60 điểm", "điểm số trung bình CSTP Tiếp cận đất đai của tỉnh", "=", 6.6, **PTS),
    R("cả nước «6,75 điểm", "điểm số trung bình CSTP Tiếp cận đất đai của cả nước", "=", 6.75, **PTS),
    R("chậm (từ «16%", "Tỷ lệ doanh nghiệp (DN) gặp khó khăn về tiến độ giải phóng mặt bằng chậm", "=", 16,
      year=2022),
    R("giảm còn «11%", "Tỷ lệ doanh nghiệp (DN) gặp khó khăn về tiến độ giải phóng mặt bằng chậm", "=", 11),
    R("chóng (từ «16%", "Tỷ lệ DN phản ánh thông tin, dữ liệu về đất đai không được cung cấp thuận lợi, nhanh "
      "chóng", "=", 16, year=2022),
    R("giảm còn «14%", "Tỷ lệ DN phản ánh thông tin, dữ liệu về đất đai không được cung cấp thuận lợi, nhanh "
      "chóng", "=", 14),
    R("(từ «100%", "Thời hạn giải quyết hồ sơ đất đai dài hơn so với thời hạn được niêm yết hoặc văn bản quy "
      "định", "=", 100, year=2022),
    R("giảm còn «67%", "Thời hạn giải quyết hồ sơ đất đai dài hơn so với thời hạn được niêm yết hoặc văn bản "
      "quy định", "=", 67),
    R("(từ «1,69", "DN đánh giá rủi ro bị thu hồi đất", "=", 1.69, **IDX, year=2022),
    R("giảm còn «1,58", "DN đánh giá rủi ro bị thu hồi đất", "=", 1.58, **IDX),
    R("(từ «70%", "Sự thay đổi Bảng giá đất của tỉnh phù hợp với sự thay đổi giá thị trường DN đồng ý", "=", 70,
      year=2022),
    R("tăng lên «75%", "Sự thay đổi Bảng giá đất của tỉnh phù hợp với sự thay đổi giá thị trường DN đồng ý", "=",
      75),
    R("(từ «20 giảm", "Tỷ lệ DN có nhu cầu được cấp GCNQSDĐ nhưng không có do thủ tục hành chính rườm rà/lo "
      "ngại cán bộ nhũng nhiễu", "=", 20, year=2022),
    R("20 giảm còn «16%", "Tỷ lệ DN có nhu cầu được cấp GCNQSDĐ nhưng không có do thủ tục hành chính rườm rà/lo "
      "ngại cán bộ nhũng nhiễu", "=", 16),
], BARE_PCT=["(từ «20 giảm"])

# --------------------------------------------------------------------------
# 12 Hồ Chí Minh City's Department of Justice on the scheme "Tăng cường năng lực tiếp cận pháp luật
# của người dân" (Đề án 977) and its legal-information portals, with the national count of portals
# (daibieunhandan.vn; nothing cut; no byline, no stamp; the excerpt ends in "các quy "). Year null:
# the values run "Từ năm 2023 đến nay", "từ năm 2015 đến nay", "Hiện nay", "đến nay" with no date on
# the page (as the earlier sets read "đến nay" with no date). Results (=): "252 tài liệu tuyên
# truyền" and "3.623 tin, bài, văn bản, tài liệu PBGDPL" (counts), "100% sở, ban, ngành, đoàn thể,
# quận, huyện, xã, phường, thị trấn ... đã xây dựng, vận hành Cổng/Trang thông tin điện tử" (one
# value for every level: scope null, spec), the country's "7 bộ, ngành và 46 địa phương đã vận hành
# Cổng/Trang thông tin PBGDPL" (two records, each its own subject; national, no place). Not
# quantities: "Đề án 977" (twice, a name), "năm 2023", "năm 2015" (dates). Pillar null. Ids: PORTALS
# for the 100% (the catalogue's share of agencies with a portal); null for the rest.
# --------------------------------------------------------------------------
D12 = dict(name="12_hochiminh-tu-phap-pbgdpl-trang-thong-tin", kind="result", year=None, records=[
    R("đăng tải «252 tài liệu", "tài liệu tuyên truyền, phổ biến các quy định pháp luật có liên quan đến Đề án "
      "977 đăng tải trên Trang thông tin điện tử của Sở", "=", 252, **CNT),
    R("Hiện nay, «100% sở", "sở, ban, ngành, đoàn thể, quận, huyện, xã, phường, thị trấn trên địa bàn thành phố "
      "đã xây dựng, vận hành Cổng/Trang thông tin điện tử", "=", 100, iid=PORTALS),
    R("đăng tải «3.623 tin", "tin, bài, văn bản, tài liệu PBGDPL ngắn, bài giảng, hình ảnh, video clip đăng tải "
      "trên Cổng thông tin điện tử tuyên truyền, phổ biến pháp luật Thành phố", "=", 3623, **CNT),
    R("có «7 bộ", "bộ, ngành đã vận hành Cổng/Trang thông tin PBGDPL", "=", 7, **CNT),
    R("và «46 địa phương", "địa phương đã vận hành Cổng/Trang thông tin PBGDPL", "=", 46, **CNT),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py


def bare_pct_anchors(doc):
    """Anchors of the percentages whose "%" the text leaves out (11's "từ 20 giảm còn 16%")."""
    text = (TEXTS / f"{doc['name']}.txt").read_text(encoding="utf-8")
    return {goldkit.locate(text, loc, doc["name"]) for loc in doc.get("BARE_PCT", [])}


if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
