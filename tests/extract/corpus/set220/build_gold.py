#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set220).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry. No document of this set needs one: every percentage of
the fourteen texts is a target or a result.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set193, the id is given in the record itself (`iid=`).

Theme: the south-central coast, the south-east and the Mekong delta (Ninh Thuận, Bà Rịa - Vũng
Tàu, Phú Yên, Bình Dương, Đồng Tháp, Đồng Nai, Cà Mau, Bến Tre, Quảng Ngãi, An Giang, Long An,
Vĩnh Long) and their districts and communes.

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
from goldkit import R, CNT, RANK, T, INFRA  # noqa: E402

# Targets of a plan whose records share the plan's kind are written without T; results inside a
# plan text (and targets inside a results text) name their kind.
RES = dict(kind="result")
TIMES = dict(unit="other", unit_text="lần")

# --------------------------------------------------------------------------
# 01 Ninh Thuận, the province's plan for cashless payments 2021-2025, issued in April 2022, with
# the headline result on electricity and water bills (infonet.vietnamnet.vn; nothing cut; no
# byline, no stamp; the excerpt ends in "Mở rộng kênh thanh toán"). Targets "phấn đấu đến cuối
# năm 2025": kind target, year 2025; the bare numbers and "đạt X" as `>=`. "giá trị thanh toán
# không dùng tiền mặt gấp 20 lần GRDP của tỉnh": unit other, unit_text "lần" (as an earlier set's
# "gấp 26 lần GDP"), `>=`. "35-40%/năm" and "đạt từ 90 - 100%": between. "60% số người hưởng lương
# hưu ... trên địa bàn TP Phan Rang, Tháp Chàm": place "Phan Rang, Tháp Chàm" (the city is named,
# not the whole province). The title's "Tỷ lệ thanh toán tiền điện, nước không dùng tiền mặt đạt
# trên 90%": a result, `>`, year 2022 (the page names no other date than the plan's "Tháng 4/2022";
# a judgement). Pillar null (no heading names a pillar; "Đối với các dịch vụ công" names a group of
# services). Not quantities: "giai đoạn 2021 – 2025", "Tháng 4/2022", "15 tuổi" (part of the
# subject). Ids: society.cashless_electricity_bills_share (electricity and water bills; a
# judgement), society.bank_account_15plus_share, society.cashless_payment_users_share,
# society.cashless_school_fees_share, society.cashless_hospital_fees_share,
# society.social_benefits_cashless_share (pensions and benefits paid cashless); the multiple of
# GRDP and the growth of transactions: null (no catalogue indicator).
# --------------------------------------------------------------------------
D01 = dict(name="01_ninhthuan-ke-hoach-ttkdtm-2025", kind="target", year=2025, records=[
    R("không dùng tiền mặt đạt trên «90%", "Tỷ lệ thanh toán tiền điện, nước không dùng tiền mặt", ">", 90,
      **RES, year=2022, iid="society.cashless_electricity_bills_share"),
    R("gấp «20 lần", "giá trị thanh toán không dùng tiền mặt gấp GRDP của tỉnh", ">=", 20, **TIMES),
    R("tỉnh; «80% người dân", "người dân từ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng hoặc các tổ chức "
      "được phép khác", ">=", 80, iid="society.bank_account_15plus_share"),
    R("đạt «35-40%/năm", "tốc độ tăng trưởng bình quân về số lượng và giá trị giao dịch thanh toán không dùng tiền "
      "mặt", "between", 35, value_max=40),
    R("điện tử đạt «50%", "tỷ lệ cá nhân, tổ chức sử dụng phương tiện thanh toán không dùng tiền mặt qua các kênh "
      "thanh toán điện tử", ">=", 50, iid="society.cashless_payment_users_share"),
    R("đạt từ «90 - 100%", "các cơ sở giáo dục thực hiện thanh toán học phí không dùng tiền mặt", "between", 90,
      value_max=100, iid="society.cashless_school_fees_share"),
    R("«100% các cơ sở khám", "các cơ sở khám, chữa bệnh thực hiện thanh toán dịch vụ y tế", ">=", 100,
      iid="society.cashless_hospital_fees_share"),
    R("và «60% số người", "số người hưởng lương hưu, trợ cấp bảo hiểm xã hội, trợ cấp thất nghiệp được chi trả "
      "thông qua các phương thức thanh toán không dùng tiền mặt", ">=", 60, place="Phan Rang, Tháp Chàm",
      iid="society.social_benefits_cashless_share"),
])

# --------------------------------------------------------------------------
# 02 Bà Rịa - Vũng Tàu, the province's programme of action on digital transformation, smart cities
# and administrative reform: its targets for 2025 and its 70 tasks (daihoi13.dangcongsan.vn; cut:
# the photo caption "Thời gian qua tỉnh Bà Rịa- Vũng Tàu đã đẩy mạnh công tác cải cách hành chính.
# (Ảnh: Báo Bà Rịa- Vũng Tàu)" with the two table-border lines "|" around it; no byline, no stamp;
# the excerpt ends in "và 20 nhiệm vụ"). Kind target, year 2025 ("đặt mục tiêu đến năm 2025"); the
# bare numbers and "đạt X" `>=`, "trên" `>`. "100% hoạt động quản lý nhà nước của các cơ quan, đơn
# vị từ cấp tỉnh đến cấp xã": one value for all levels, scope null (spec). Pillar null: the lead-in
# names the whole programme (digital transformation, smart cities and reform), not one pillar;
# "Kinh tế số chiếm trên 20% GRDP" names the pillar as its subject, not as a lead-in. Not
# quantities: "70 nhiệm vụ, trong đó có 21 ... 11 ... 13 ... 4 ... 1 ... và 20 nhiệm vụ" (counts of
# tasks, spec), the years they are due ("năm 2021" ... "năm 2024"), "mức độ 4" (a label), "4G/5G"
# (names), "(ĐHXIII)" (the site's tag). Ids: egov.full_online_services_share (level 4, today's
# "toàn trình"), egov.authenticated_transactions_share, egov.electronic_documents_share (documents
# signed digitally in state management; a judgement), econ.digital_economy_gdp_share,
# infra.fibre_household_coverage_share (broadband covering households; a judgement),
# society.people_businesses_e_payment_account_share.
# --------------------------------------------------------------------------
D02 = dict(name="02_bariavungtau-chuong-trinh-cds-muc-tieu-2025", kind="target", year=2025, records=[
    R("đạt «90% dịch vụ", "dịch vụ công trực tuyến mức độ 4 được truy cập trên nhiều phương tiện truy cập khác "
      "nhau, bao gồm cả thiết bị di động", ">=", 90, iid="egov.full_online_services_share"),
    R("«100% giao dịch", "giao dịch trên Cổng dịch vụ công và phần mềm một cửa điện tử của tỉnh được xác thực điện "
      "tử", ">=", 100, iid="egov.authenticated_transactions_share"),
    R("«100% hoạt động", "hoạt động quản lý nhà nước của các cơ quan, đơn vị từ cấp tỉnh đến cấp xã sử dụng văn "
      "bản điện tử có chữ ký số", ">=", 100, iid="egov.electronic_documents_share"),
    R("chiếm trên «20% GRDP", "Kinh tế số chiếm GRDP", ">", 20, iid="econ.digital_economy_gdp_share"),
    R("phủ đến «100% hộ", "hạ tầng băng thông rộng phủ đến hộ gia đình", ">=", 100,
      iid="infra.fibre_household_coverage_share"),
    R("đạt trên «50%", "Người dân và doanh nghiệp có tài khoản thanh toán điện tử", ">", 50,
      iid="society.people_businesses_e_payment_account_share"),
])

# --------------------------------------------------------------------------
# 03 Bà Rịa - Vũng Tàu, the province's digital transformation plan for 2024 (vietnamnet.vn; nothing
# cut; no byline, no stamp; the excerpt ends in "UBND"). One target: "phấn đấu thuộc top 15 tỉnh,
# thành phố dẫn đầu cả nước về mức độ chuyển đổi số" (rank, `<=` 15, a group; year 2024, the plan's
# year). Not quantities: "Ngày 17/4" (a date), "Nghị quyết 02-NQ/TU" (a name), "14 nhiệm vụ trọng
# tâm" and "6 nhóm giải pháp" (counts of tasks and solutions, spec). Pillar null. Id
# dti.provincial_rank (the DTI ranking, "mức độ chuyển đổi số").
# --------------------------------------------------------------------------
D03 = dict(name="03_bariavungtau-ke-hoach-cds-2024-top15", kind="target", year=2024, records=[
    R("thuộc top «15 tỉnh", "tỉnh, thành phố dẫn đầu cả nước về mức độ chuyển đổi số", "<=", 15, **RANK,
      iid="dti.provincial_rank"),
])

# --------------------------------------------------------------------------
# 04 Phú Yên, the criteria of the pilot model of a smart new-countryside commune (phuyen.gov.vn;
# nothing cut; no byline, no stamp; the excerpt ends in "được kinh doanh trên "). The model's
# criteria are targets a commune must reach: kind target; year null (the page names no year).
# Records: "Tỷ lệ đáp ứng đường thuê bao kết nối internet trên số hộ dân của xã đạt 95%" and "95%
# hộ gia đình trong phạm vi của xã được phủ sóng mạng di động (4G/5G)" (`>=`), both under the
# line's own lead "Nhóm hạ tầng số (hạ tầng kết nối internet, hạ tầng dữ liệu):", which names the
# pillar: digital_infrastructure (spec: a lead-in naming one pillar). Not quantities: "5 nhóm nội
# dung và 13 chỉ tiêu" (the parts of a set of criteria, as the spec's parts of an index), "4G/5G".
# Ids: infra.households_internet_share for the first (subscriptions over households; a judgement);
# the second null (the catalogue's mobile coverage is of population, villages or area, not
# households).
# --------------------------------------------------------------------------
D04 = dict(name="04_phuyen-xa-ntm-thong-minh-chi-tieu", kind="target", year=None, records=[
    R("của xã đạt «95%", "Tỷ lệ đáp ứng đường thuê bao kết nối internet trên số hộ dân của xã", ">=", 95,
      pillar=INFRA, iid="infra.households_internet_share"),
    R("95%; «95% hộ", "hộ gia đình trong phạm vi của xã được phủ sóng mạng di động", ">=", 95, pillar=INFRA),
])

# --------------------------------------------------------------------------
# 05 Bình Dương, one year of Project 06: chip ID cards used for health insurance (tothethao.com,
# a copy of a news article; nothing cut; no byline, no stamp; the excerpt ends in "khai thác, sử
# dụn"). Results, year 2023: "Sau 01 năm triển khai, Đề án 06" (the project began in January 2022)
# and the text's only date "01/01/2023"; a judgement. Records: "1.639.481 thẻ BHYT đã được tích
# hợp, xác thực với CCCD", "177/177 cơ sở KCB BHYT thực hiện tra cứu", "609.096/741.396 lượt tra cứu
# thành công" (counts, `=`; the denominators "/177", "/741.396" are not quantities of their own) and
# "đạt tỷ lệ 82,16%" (=). Not quantities: "01 năm" (a duration), "Đề án 06" (a name),
# "01/01/2023" (a date). "TOP đầu cả nước" has no number. Pillar null (the heading "Điểm sáng về
# chuyển đổi số" names no pillar). Ids: society.chip_id_health_facilities_count (177),
# society.chip_id_health_visits_share (82,16%); the cards integrated and the look-ups: null.
# --------------------------------------------------------------------------
D05 = dict(name="05_binhduong-de-an-06-cccd-bhyt-2023", kind="result", year=2023, records=[
    R("đã có «1.639.481 thẻ", "thẻ BHYT đã được tích hợp, xác thực với CCCD", "=", 1639481, **CNT),
    R("CCCD; «177/177 cơ sở", "cơ sở KCB BHYT thực hiện tra cứu thông tin thẻ BHYT bằng CCCD gắn chíp", "=", 177,
      **CNT, iid="society.chip_id_health_facilities_count"),
    R("với «609.096/741.396", "lượt tra cứu thành công thông tin thẻ BHYT bằng CCCD gắn chíp phục vụ khám, chữa "
      "bệnh BHYT", "=", 609096, **CNT),
    R("tỷ lệ «82,16%", "tỷ lệ tra cứu thành công thông tin thẻ BHYT bằng CCCD gắn chíp phục vụ khám, chữa bệnh BHYT",
      "=", 82.16, iid="society.chip_id_health_visits_share"),
])

# --------------------------------------------------------------------------
# 06 Đồng Tháp, Cao Lãnh city's results of 2024 (tienphong.vn; cut: the empty image line "![]() |"
# and its caption "Mô hình làng thông minh tại thành phố Cao Lãnh (Đồng Tháp) |"; no byline, no
# stamp; the excerpt ends in "triển khai hoạ"). Results, year 2024 ("Trong năm 2024"): "thêm 14 sản
# phẩm được công nhận đạt 3 sao và 01 sản phẩm đề nghị tỉnh đánh giá phân hạng đạt 4 sao" (two
# counts, each its own subject; the OCOP products of the year), "100% sản phẩm được công nhận OCOP
# được đưa lên sàn thương mại điện tử", "công nhận 8 sản phẩm công nghiệp nông thôn tiêu biểu năm
# 2024, trong đó 7 sản phẩm tham gia bình chọn cấp tỉnh" (two counts: a breakdown, each its own
# subject); "Chỉ số đánh giá chuyển đổi số năm 2023, thành phố xếp hạng 3/12 huyện, thành phố trong
# tỉnh" (rank `=` 3, year 2023). Not quantities: "3 sao", "4 sao" (grades, part of the name of the
# things counted, as the earlier sets), "vượt chỉ tiêu kế hoạch" (no number), "2022 - 2025", "năm
# 2030" (the name of Project 06), the denominator "/12". Pillar null (the heading "Đẩy mạnh chuyển
# đổi số" names no pillar). Ids: econ.ocop_products_ecommerce_share (100%),
# dti.local_government_rank (the district-level DTI ranking within the province); the product
# counts null.
# --------------------------------------------------------------------------
D06 = dict(name="06_dongthap-caolanh-ket-qua-2024", kind="result", year=2024, records=[
    R("có thêm «14 sản phẩm", "sản phẩm được công nhận đạt 3 sao", "=", 14, **CNT),
    R("và «01 sản phẩm", "sản phẩm đề nghị tỉnh đánh giá phân hạng đạt 4 sao", "=", 1, **CNT),
    R("«100% sản phẩm", "sản phẩm được công nhận OCOP được đưa lên sàn thương mại điện tử", "=", 100,
      iid="econ.ocop_products_ecommerce_share"),
    R("công nhận «8 sản phẩm", "sản phẩm công nghiệp nông thôn tiêu biểu được công nhận", "=", 8, **CNT),
    R("trong đó «7 sản phẩm", "sản phẩm công nghiệp nông thôn tiêu biểu tham gia bình chọn cấp tỉnh", "=", 7,
      **CNT),
    R("xếp hạng «3/12", "Chỉ số đánh giá chuyển đổi số, thành phố xếp hạng huyện, thành phố trong tỉnh", "=", 3,
      **RANK, year=2023, iid="dti.local_government_rank"),
])

# --------------------------------------------------------------------------
# 07 Đồng Nai, advanced and model new-countryside communes turning to smart communes, and the three
# communes piloting digital transformation (vietnamnet.vn; cut: the photo's label "Đồng Nai" and
# its caption "Camera thông minh theo dõi an ninh, trật tự trên địa bàn huyện Xuân Lộc, tỉnh Đồng
# Nai." with the blank line after them; no byline, no stamp; the excerpt ends in "được kết n").
# Results with year null (the page names no year for them): "hiện có 106/120 xã nông thôn mới nâng
# cao" (=, count; the denominator "/120" is not a quantity) and "đã chọn 3 xã thí điểm chuyển đổi
# số" (=, count). Target: "dự kiến đến cuối năm 2025, ... 25% số xã đạt nông thôn mới kiểu mẫu"
# (`>=`, 2025; "dự kiến" states the plan's aim). "tất cả các xã sẽ đạt nông thôn mới nâng cao" has no
# digits. Pillar null. Ids null (the catalogue's commune indicators are the ICT and the
# administration criteria, and smart communes; a pilot commune is not yet one).
# --------------------------------------------------------------------------
D07 = dict(name="07_dongnai-xa-ntm-thong-minh", kind="result", year=None, records=[
    R("hiện có «106/120 xã", "xã nông thôn mới nâng cao", "=", 106, **CNT),
    R("và «25% số xã", "số xã đạt nông thôn mới kiểu mẫu", ">=", 25, **T, year=2025),
    R("đã chọn «3 xã", "xã thí điểm chuyển đổi số", "=", 3, **CNT),
])

# --------------------------------------------------------------------------
# 08 Cà Mau, the community digital technology teams and digital health (csdl.lsu.vn, a copy of a
# news article; nothing cut; no byline, no stamp; the excerpt opens with its heading "Đi từng ngõ,
# gõ từng nhà, hướng dẫn từng người dân" and the body's first word cut to "D"; it ends in "tiếp cận
# công nghệ số, k"). Results with year null: the only date, "từ tháng 7/2022 đến nay", is when the
# teams began, not when the values were measured ("Hiện có"; a judgement). Records: "91% dân số
# tỉnh được tạo lập hồ sơ sức khỏe điện tử" (=) and "hệ thống đặt lịch, tư vấn, khám chữa bệnh từ
# xa cho 14 đơn vị bệnh viện, Trung tâm Y tế" (=, count). Pillar null (the headings name no
# pillar). Ids: society.electronic_health_records_share; the 14 units null (the catalogue's
# telehealth indicator is a share).
# --------------------------------------------------------------------------
D08 = dict(name="08_camau-to-cong-nghe-so-y-te", kind="result", year=None, records=[
    R("có «91% dân số", "dân số tỉnh được tạo lập hồ sơ sức khỏe điện tử", "=", 91,
      iid="society.electronic_health_records_share"),
    R("cho «14 đơn vị", "đơn vị bệnh viện, Trung tâm Y tế được triển khai thí điểm hệ thống đặt lịch, tư vấn, "
      "khám chữa bệnh từ xa", "=", 14, **CNT),
])

# --------------------------------------------------------------------------
# 09 Bến Tre, one year of piloting digital transformation in districts and communes
# (baophapluat.vn; nothing cut; no byline, no stamp; the excerpt ends in "các điểm du l"). One
# result: "Đưa 100% thủ tục hành chính cấp huyện, cấp xã lên mức độ 3-4" (=; one value for both
# levels, scope null, spec; year null, the page names no year). Pillar null: the paragraph stands
# after the one opened by "Về phát triển chính quyền số," and names no pillar itself (spec's
# decided case on a new paragraph). Not quantities: "8 lĩnh vực cần ưu tiên" (the list of sectors
# that follows), "mức độ 3-4" (labels). Id egov.level3_4_online_services_share.
# --------------------------------------------------------------------------
D09 = dict(name="09_bentre-thi-diem-cds-huyen-xa", kind="result", year=None, records=[
    R("Đưa «100% thủ tục", "thủ tục hành chính cấp huyện, cấp xã lên mức độ 3-4", "=", 100,
      iid="egov.level3_4_online_services_share"),
])

# --------------------------------------------------------------------------
# 10 Quảng Ngãi, Mộ Đức district's road map for digital transformation, November 2022
# (baoquangngai.vn; the stamp " date 2022-11" written as the first line; nothing else cut; the
# excerpt ends in "phần mềm quản lý"). One result, year 2022: "trên 90% văn bản trao đổi giữa các
# cơ quan nhà nước dưới dạng điện tử" (`>`). Pillar null (the heading "Nâng cao chất lượng phục vụ"
# names no pillar; "hướng đến chính quyền số" ends the sentence before). Not quantities:
# "Quyết định số 06/QĐ-TTg" and the project's name with "2022 - 2025", "năm 2030". Id
# egov.electronic_documents_share.
# --------------------------------------------------------------------------
D10 = dict(name="10_quangngai-moduc-lo-trinh-cds-2022", kind="result", year=2022, records=[
    R("Nhờ đó, trên «90% văn bản", "văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử", ">", 90,
      iid="egov.electronic_documents_share"),
])

# --------------------------------------------------------------------------
# 11 An Giang, the province's aims for 2022 announced at its conference of 14 January 2022
# (bnews.vn; cut: the time and date line "16:27' - 14/01/2022", written as the first line
# `date 2022-01-14`; the line of one space between two paragraphs is kept; the excerpt ends in
# "Giám đốc S"). Nearly a precision text: one target, "Năm 2022, tỉnh An Giang phấn đấu tốc độ tăng
# trưởng kinh tế (GRDP) đạt 5,2%" (`>=`, 2022; an economic aim in a digital-transformation page,
# a quantity like any other). Not quantities: "3 trụ cột" (twice; the pillars named), "14/1" (a
# date), "COVID-19" (a name), "năm 2022". Pillar null. Id null.
# --------------------------------------------------------------------------
D11 = dict(name="11_angiang-3-tru-cot-muc-tieu-2022", kind="target", year=2022, records=[
    R("(GRDP) đạt «5,2%", "tốc độ tăng trưởng kinh tế (GRDP)", ">=", 5.2),
])

# --------------------------------------------------------------------------
# 12 Long An, Tân An city's logo and slogan, its digital transformation model and its smart
# operations centre (nhandan.vn; cut: the audio player's lines "0:00 / 0:00" and "0:00" and the
# photo caption "Logo-slogan của thành phố Tân An (Long An) “Thân thiện, văn minh, hiện đại”."
# (two identical lines) with the blank line after them; no byline, no stamp; the excerpt ends in
# "đô thị thông minh đầu ti"). A precision text, no record: "Ngày 22/4", "tháng 3/2022" (dates),
# "4 tháng" (a duration), "155 tác phẩm logo và 55 slogan của 9 nhóm tác giả và 75 cá nhân từ 11
# tỉnh, thành phố dự thi" (the entries and participants of a contest, spec's participants of an
# event). Year 2022 (the text's only year).
# --------------------------------------------------------------------------
D12 = dict(name="12_longan-tanan-do-thi-thong-minh-precision", kind="result", year=2022, records=[])

# --------------------------------------------------------------------------
# 13 An Giang, the Economic Zone Authority's portal relaying the province's connection of its
# administrative procedure system to the national population database, December 2022
# (bqlkkt.angiang.gov.vn; cut: the portal's name line, the "Video" label and its four links, the
# labels "Thông tin tuyên truyền", "Tổng lượt truy cập", "Chuyên mục chuyển đổi số", the source
# line " •  Cổng thông tin điện tử tỉnh An Giang", the font widget " • A- A A+" and the byline date
# " •  14/12/2022", written as the first line `date 2022-12-14`; the contact block with its e-mail
# addresses and telephone numbers is kept; the excerpt ends in "thủ tục hành c"). A precision text,
# no record: "0296.3952.507", "0296.3957.006", "0296.3957.049" (telephone numbers), "Kế hoạch
# 145/KH-UBND ngày 18/3/2022", "Quyết định số 06" (documents), "2022 – 2025", "năm 2030",
# "11/12/2022" (dates).
# --------------------------------------------------------------------------
D13 = dict(name="13_angiang-ket-noi-csdl-dan-cu-2022-precision", kind="result", year=2022, records=[])

# --------------------------------------------------------------------------
# 14 Vĩnh Long, the provincial procuracy at the contest on administrative reform and digital
# transformation (baovephapluat.vn; cut: the widget line "leftcenterrightdel", the photo caption
# " Đại diện VKSND tỉnh Vĩnh Long nhận giải Ba đối với tập thể." with the blank line after it, and
# the byline "Ngọc Tựu"; no date line, no stamp). A precision text, no record: "24/10", "3/11"
# (dates), "26 thí sinh ... hơn 200 đơn vị và hơn 4.000 thí sinh" (the contest's participants,
# spec), "1 tập thể đạt giải Nhất, 3 ..., 4 ..., 5 tập thể" (its prizes, as an earlier set's
# "01 giải xuất sắc, 03 giải nhất ..."), "3 trụ cột" (the pillars named). Year null (the page
# names none).
# --------------------------------------------------------------------------
D14 = dict(name="14_vinhlong-hoi-thi-cchc-cds-precision", kind="result", year=None, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
