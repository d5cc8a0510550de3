#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set194).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of numbers deliberately left without a record (none in
this set: no percentage here is a completion against a quota or a plan).

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
from goldkit import R, CNT, T, GOV, ECO, SOC, INST, DATA  # noqa: E402

DONG = dict(unit="other", unit_text="đồng")
DIEM = dict(unit="other", unit_text="điểm")
POLICY = "inst.dx_policy_documents_count"

# --------------------------------------------------------------------------
# 01 Lai Châu, the provincial steering committee's plan of digital-transformation activities for
# 2024 as a news page presents it ("Hướng tới tương lai số"; 683463.mrfj.asia, a mirror page; nothing
# cut; no byline, no stamp; the excerpt ends in "Một trong mục tiêu khá tham vọng của"). Year 2024
# (the plan "năm 2024"), kind target ("đặt ra mục tiêu", "phấn đấu"; bare numbers `>=`). Pillars:
# the second paragraph opens "Trong lĩnh vực thể chế số, ..." and holds the two targets of its
# "Được biết, tỉnh ta đã đặt ra mục tiêu ..." (digital_institutions: the paragraph's opening names
# the pillar as its topic, as a lead-in does; a judgement); the third opens "Nền tảng cho quá trình
# chuyển đổi số là dữ liệu số." and holds "Tỉnh cũng phấn đấu 50% ..." (digital_data, the same
# reading). "kết nối 100% cơ quan ... , 100% văn bản ...": two records, each its own subject. Not
# quantities: "năm 2024" (a date), "kế hoạch số" (no number). Ids: the specialised network
# connection, the electronic documents share (here exchanged as e-mail; a judgement), the share of
# systems connected through the integration platform.
# --------------------------------------------------------------------------
D01 = dict(name="01_laichau-ke-hoach-cds-2024", kind="target", year=2024, records=[
    R("kết nối «100% cơ quan", "cơ quan hành chính nhà nước kết nối vào mạng truyền số liệu chuyên dùng", ">=", 100,
      pillar=INST, iid="infra.specialised_network_connection_share"),
    R("dùng, «100% văn bản", "văn bản trao đổi giữa các cơ quan nhà nước được thực hiện theo hình thức thư điện tử",
      ">=", 100, pillar=INST, iid="egov.electronic_documents_share"),
    R("phấn đấu «50% các", "các hệ thống thông tin của tỉnh có liên quan đến người dân, doanh nghiệp đã đưa vào vận "
      "hành khai thác được kết nối, liên thông qua nền tảng tích hợp, chia sẻ dữ liệu", ">=", 50, pillar=DATA,
      iid="data.lgsp_connected_systems_share"),
])

# --------------------------------------------------------------------------
# 02 Cà Mau, the province's digital-transformation targets to 2025 by pillar (vietnamnet.vn; nothing
# cut; no byline, no stamp; the excerpt opens mid-article, "Theo Kế hoạch trên, ...", and ends in
# "quyết tâm thay "). Year 2025 ("đến năm 2025" in the government and society sentences; the economy
# sentence names no year and takes the document's 2025). Kind target. Pillars by lead-in: "đối với
# phát triển Chính quyền số, ... đạt 80%" (digital_government); the next paragraph "Bên cạnh đó,
# ...; 50% hoạt động kiểm tra ..." names no pillar and stands under no heading: null (spec's decided
# case); "Đối với phát triển kinh tế số, ..." (digital_economy); "Đối với phát triển xã hội số, ..."
# (digital_society, also for the fibre targets: the lead-in decides). "phủ trên 80% hộ gia đình có
# nhu cầu, 100% cấp xã": two records, scope null and "cấp xã" (spec's "phủ 75% hộ gia đình, 100% cấp
# xã"); "trên" stands at the first number only, the second is bare (`>=`). "năng suất lao động hàng
# năm tăng tối thiểu 7%": a target stated as a change (spec), `>=`. Not quantities: "năm 2025",
# "năm 2030" (dates), "mức độ 4" (a label), "4G/5G" (names). Ids: FULL for "80% dịch vụ công trực
# tuyến mức độ 4" (level 4 = today's full online service, as set193), digital inspections, digital
# economy share of GRDP, labour productivity growth, household and commune fibre coverage, the
# adult e-payment account share ("tỷ lệ dân số có tài khoản thanh toán điện tử").
# --------------------------------------------------------------------------
D02 = dict(name="02_camau-muc-tieu-cds-2025", kind="target", year=2025, records=[
    R("đạt «80% dịch vụ", "dịch vụ công trực tuyến mức độ 4, được cung cấp trên nhiều phương tiện truy cập khác nhau",
      ">=", 80, pillar=GOV, iid="egov.full_online_services_share"),
    R("KT-XH; «50% hoạt động", "hoạt động kiểm tra, đánh giá của cơ quan quản lý nhà nước được thực hiện thông qua "
      "môi trường số và hệ thống thông tin của cơ quan quản lý", ">=", 50, iid="egov.digital_inspections_share"),
    R("chiếm «10% GRDP", "kinh tế số chiếm GRDP", ">=", 10, pillar=ECO, iid="econ.digital_economy_gdp_share"),
    R("tối thiểu «7%", "năng suất lao động hàng năm tăng", ">=", 7, pillar=ECO,
      iid="econ.labour_productivity_growth"),
    R("phủ trên «80% hộ", "hạ tầng mạng băng rộng cáp quang phủ hộ gia đình có nhu cầu", ">", 80, pillar=SOC,
      iid="infra.fibre_household_coverage_share"),
    R("nhu cầu, «100% cấp xã", "hạ tầng mạng băng rộng cáp quang phủ cấp xã", ">=", 100, scope="cấp xã",
      pillar=SOC, iid="infra.fibre_commune_coverage_share"),
    R("điện tử trên «50%", "tỷ lệ dân số có tài khoản thanh toán điện tử", ">", 50, pillar=SOC,
      iid="society.adult_e_payment_account_share"),
])

# --------------------------------------------------------------------------
# 03 Hải Phòng, the city's digital-transformation forum 2024 and the vice-chairman's figures
# (diendandoanhnghiep.vn; nothing cut; no byline, no stamp; the excerpt ends in "tại Hải Ph"). Year
# 2024 ("Năm 2024, thành phố ...", the forum "2024"). Results, pillar null (no heading, no lead-in
# naming a pillar). The 2024 budget "kinh phí dự kiến thực hiện khoảng 400 tỷ đồng": a planned
# amount, kind target, `~` (as an earlier set's "kinh phí dự kiến hơn 5,5 tỷ"), other, "đồng",
# 400e9. Results: "gần 2.000 trường thông tin" (~), "hơn 437.000 bản ghi dữ liệu" (>), "tích hợp gần
# 1.580 dịch vụ công trực tuyến lên cổng quốc gia, đạt tỷ lệ 81,51%" (~ count, then = %), "Tỷ lệ hồ sơ
# trực tuyến toàn trình đạt trên 90%" (>). Not quantities: "81 nhiệm vụ cụ thể" (tasks, spec), "21/11"
# (a date). Ids: DX funding for the budget; the national-portal integrated services (count, share);
# the online applications share for "hồ sơ trực tuyến toàn trình" (a judgement); the data-store
# fields and records null (no catalogue indicator).
# --------------------------------------------------------------------------
D03 = dict(name="03_haiphong-dien-dan-cds-ket-qua-2024", kind="result", year=2024, records=[
    R("khoảng «400 tỷ", "kinh phí dự kiến thực hiện nhiệm vụ cụ thể trong lĩnh vực chuyển đổi số năm 2024", "~",
      400e9, **DONG, **T, iid="inst.dx_funding_amount"),
    R("gần «2.000 trường", "trường thông tin được cập nhật trong kho dữ liệu dùng chung", "~", 2000, **CNT),
    R("hơn «437.000 bản", "bản ghi dữ liệu được cập nhật trong kho dữ liệu dùng chung", ">", 437000, **CNT),
    R("gần «1.580 dịch", "dịch vụ công trực tuyến tích hợp lên cổng quốc gia", "~", 1580, **CNT,
      iid="egov.national_portal_integrated_services_count"),
    R("tỷ lệ «81,51%", "tỷ lệ dịch vụ công trực tuyến tích hợp lên cổng quốc gia", "=", 81.51,
      iid="egov.national_portal_integrated_share"),
    R("đạt trên «90%", "tỷ lệ hồ sơ trực tuyến toàn trình", ">", 90, iid="egov.online_applications_share"),
])

# --------------------------------------------------------------------------
# 04 Yên Bái, the documents the province issued for digital transformation in 2022 (nhandan.vn; cut:
# the audio-player lines "0:00 / 0:00" and "0:00" and the photo caption "Tuổi trẻ Yên Bái tham gia
# hoạt động chuyển đổi số." (two identical lines); no byline, no stamp; the excerpt ends in "Cuộc
# thi đã tạo "). Year 2022. Results (counts, =): "ban hành 36 văn bản quan trọng (gồm hai nghị quyết,
# 13 quyết định, hai chỉ thị, 18 kế hoạch và một đề án)": the total and the parts written in digits
# (documents issued are counts, as the earlier sets' majority; the parts each their own subject).
# Not quantities: "hai", "một" (written in words: no number, no record, as earlier sets),
# "2022-2025" (dates). Pillar null. Ids: the policy documents count for the total and the parts (as
# earlier sets labelled "4 quyết định", "12 kế hoạch").
# --------------------------------------------------------------------------
D04 = dict(name="04_yenbai-van-ban-cds-2022", kind="result", year=2022, records=[
    R("ban hành «36 văn bản", "văn bản quan trọng tỉnh Yên Bái đã ban hành về chuyển đổi số", "=", 36, **CNT,
      iid=POLICY),
    R("nghị quyết, «13 quyết định", "quyết định tỉnh Yên Bái đã ban hành về chuyển đổi số", "=", 13, **CNT,
      iid=POLICY),
    R("chỉ thị, «18 kế hoạch", "kế hoạch tỉnh Yên Bái đã ban hành về chuyển đổi số", "=", 18, **CNT, iid=POLICY),
])

# --------------------------------------------------------------------------
# 05 Bắc Ninh, the province's DTI 2023 of its departments and districts (vietnamhoinhap.vn; cut: the
# byline "21/04/2024 lúc 18:08 (GMT+7)", written as the first line `date 2024-04-21`, the label
# "Breaking News" and the author's name "Bảo Anh" at the end). A precision text: two records among
# many numbers that are not quantities. Year 2023 (the index "năm 2023"). Results: "Điểm trung bình
# đánh giá DTI cấp sở là 747.01 điểm, cấp huyện là 601.80 điểm" (=, other, "điểm"; one sentence
# splits its values by level: scopes "cấp sở", "cấp huyện"; "747.01" and "601.80" are decimals
# written with a dot, two digits after it: not thousands groups). Not quantities: "17 sở, ban,
# ngành" and "8/8 huyện" (who is assessed, the size of the group), "6 chỉ số chính, 45 chỉ số thành
# phần", "8 chỉ số chính, 76 chỉ số thành phần", "5 nhóm chỉ số" (the parts of an index, spec),
# "tổng điểm 1000" (the scale), "5 mức" (the grades), the byline date. Pillar null. Ids: the
# department and the local-government DTI score (here averages over the units; a judgement).
# --------------------------------------------------------------------------
D05 = dict(name="05_bacninh-dti-so-nganh-huyen-2023-precision", kind="result", year=2023, records=[
    R("cấp sở là «747.01", "điểm trung bình đánh giá DTI", "=", 747.01, **DIEM, scope="cấp sở",
      iid="dti.department_score"),
    R("cấp huyện là «601.80", "điểm trung bình đánh giá DTI", "=", 601.8, **DIEM, scope="cấp huyện",
      iid="dti.local_government_score"),
])

# --------------------------------------------------------------------------
# 06 Tiền Giang, the head and legal grounds of Plan 466/KH-UBND, the province's digital
# transformation plan for 2025 (hethongphapluat.vn; cut: the site's banner "Hệ thống pháp luật" with
# the blank line after it; the excerpt ends in "ngày 10 tháng 8 năm 2022"). A precision text, no
# record: document numbers ("466/KH-UBND", "52-NQ/TW", "50/NQ-CP", "749/QĐ-TTg", "942/QĐ-TTg",
# "2323/BTTTT-THH", "146/QĐ-TTg", "411/QĐ-TTg", "964/QĐ-TTg"), dates, years and periods, the
# version "phiên bản 2.0" and the list label "I.".
# --------------------------------------------------------------------------
D06 = dict(name="06_tiengiang-ke-hoach-cds-2025-precision", kind="target", year=2025, records=[])

# --------------------------------------------------------------------------
# 07 Sơn La, Decision 206/QĐ-UBND approving the province's digital transformation plan for 2024, its
# head, legal grounds and first articles (hethongphapluat.vn; cut: the banner "Hệ thống pháp luật"
# with the blank line after it; the excerpt ends in "cụ thể hóa các chỉ"). A precision text, no
# record: document numbers ("206/QĐ-UBND", "17-NQ/TU", "212/KH-UBND", "251/KH-UBND", "942/QĐ-TTg",
# "2449/QĐ-UBND", "05/TTr-STTTT"), dates, periods, the article and list labels ("Điều 1.", "Điều
# 2.", "1.").
# --------------------------------------------------------------------------
D07 = dict(name="07_sonla-qd206-ke-hoach-cds-2024-precision", kind="target", year=2024, records=[])

# --------------------------------------------------------------------------
# 08 Khánh Hòa, the head and legal grounds of Plan 2044/KH-UBND, the province's digital
# transformation plan for 2025 (hethongphapluat.vn; cut: the banner "Để sử dụng toàn bộ tiện ích
# nâng cao ... đăng ký gói cước."; the excerpt ends in "Chương tr"). A precision text, no record:
# document numbers ("2044/KH-UBND", "13784/KH-UBND", "909/QĐ-UBND", "52-NQ/TW", "09-NQ/TW",
# "50/NQ-CP", "749/QĐ-TTg", "21/QĐ-TTg", "830/QĐ-TTg"), dates, years and periods, the list label
# "I.".
# --------------------------------------------------------------------------
D08 = dict(name="08_khanhhoa-ke-hoach-cds-2025-precision", kind="target", year=2025, records=[])

# --------------------------------------------------------------------------
# 09 Bắc Giang, the province's Resolution 111 and the work done under it, as the ministry's portal
# presents it (mic.gov.vn; nothing cut; no byline, no stamp; the excerpt ends in "hỗ trợ doanh ng").
# A precision text, no record: "Nghị quyết số 111" (a document number), "2021-2025", "năm 2030"
# (dates), "kế hoạch chiến lược 5 năm" (the kind of plan, a period). Year null (no year of its own).
# --------------------------------------------------------------------------
D09 = dict(name="09_bacgiang-nghi-quyet-cds-precision", kind="result", year=None, records=[])

# --------------------------------------------------------------------------
# 10 Đắk Lắk, the province's mid-term review of digital transformation 2021-2025 (chinhsachcuocsong.
# vnanet.vn; nothing cut; no byline, no stamp; the excerpt ends in "phát triển theo hướng bề"). A
# precision text, no record: "tặng Bằng khen 10 tập thể" (the recipients of an award, like the
# participants of an event, spec; a judgement), "qua 2 năm thực hiện" (a duration), "21/9" (a date),
# "2021-2025", "2021-2023", "năm 2025" (periods and dates).
# --------------------------------------------------------------------------
D10 = dict(name="10_daklak-so-ket-cds-2023-precision", kind="result", year=2023, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
