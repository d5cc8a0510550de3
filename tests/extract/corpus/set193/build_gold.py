#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set193).

Copied from set184's builder (itself from set175's, set173's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a quota or a plan);
check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set184, the id is given in the record itself (`iid=`).

The one table text (08) is written with `TAB(...)`: three records per row of the table (the points,
the rate, the converted points), each located by a locator spelled from the row's own cells (the
unit's name, then its cells up to the number, cells joined by the table's blank lines). The
locators are still pieces of the text, checked unique like any other.

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
from goldkit import R, CNT, RANK, T, GOV, AWARE  # noqa: E402

PTS = dict(unit="other", unit_text="điểm")
PTS0 = dict(unit="other", unit_text=None)
EHR = "society.electronic_health_records_share"
EMR = "society.hospitals_emr_share"
TELE = "society.telehealth_facilities_share"
CASH_HOSP = "society.cashless_hospital_fees_share"
L34 = "egov.level3_4_online_services_share"
FULL = "egov.full_online_services_share"
DEPT = "dti.department_score"
LOCAL = "dti.local_government_score"
EID_REG = "society.eid_registrations_collected_count"
EID_ACT = "society.eid_accounts_activated_count"
EDOC = "egov.electronic_documents_share"
ONESTOP = "egov.one_stop_system_applications_share"
BTS = "infra.bts_stations_count"
VILLAGE_4G = "infra.mobile_village_coverage_share"
TEAMS = "aware.community_digital_teams_count"
CASH_USERS = "society.cashless_payment_users_share"
MERCH = "econ.merchants_cashless_count"

# --------------------------------------------------------------------------
# 01 Hà Nam, the Department of Information and Communications' check of the ICT criteria of the
# communes registered for the advanced and model new-countryside standards in 2024
# (stttt.hanam.gov.vn; cut: the SharePoint links "Skip Ribbon Commands", "Skip to main content"
# with the blank line after the second, the truncated title "Kết quả thực hiện ... nông thôn m..."
# with the blank line after it, and the section label "Thông tin phát triển ngành  "; no byline,
# no stamp). Year 2024 (the title's and the text's "năm 2024"). Pillar null (the title names the
# ICT sector's criteria, no pillar). Results: "Kết quả, 15/15 xã đăng ký đạt chuẩn NTM nâng cao và
# 02/02 xã đăng ký đạt chuẩn NTM kiểu mẫu năm 2024 đều đạt chuẩn các chỉ tiêu, tiêu chí ngành
# TT&TT" (two counts, =, each its own subject, scope null: a breakdown by kind of standard, not by
# level); "điểm phục vụ bưu chính tại 15/15 xã đều có khả năng phục vụ nhu cầu sử dụng dịch vụ công
# trực tuyến" (=, 15). Not quantities: "15 xã đăng ký đạt chuẩn NTM nâng cao năm 2024 bao gồm: ..."
# (the lead of the list of the communes' names, the size of the group the first record counts; a
# judgement, as set184's "9 lĩnh vực"), "giai đoạn 2021 - 2025" (dates), the denominators "/15",
# "/02". Ids null (the catalogue's ICT criterion is a share; these are counts).
# --------------------------------------------------------------------------
D01 = dict(name="01_hanam-xa-ntm-chi-tieu-tttt-2024", kind="result", year=2024, records=[
    R("Kết quả, «15/15 xã", "xã đăng ký đạt chuẩn NTM nâng cao đều đạt chuẩn các chỉ tiêu, tiêu chí ngành TT&TT",
      "=", 15, **CNT),
    R("và «02/02 xã", "xã đăng ký đạt chuẩn NTM kiểu mẫu năm 2024 đều đạt chuẩn các chỉ tiêu, tiêu chí ngành TT&TT",
      "=", 2, **CNT),
    R("tại «15/15 xã", "điểm phục vụ bưu chính tại xã có khả năng phục vụ nhu cầu sử dụng dịch vụ công trực tuyến "
      "của người dân", "=", 15, **CNT),
])

# --------------------------------------------------------------------------
# 02 Thừa Thiên Huế, digital transformation in health and education: the health sector's
# results and its targets for 2025 (dx.tthue.vn; nothing cut; no byline, no stamp; the excerpt ends
# in "các chỉ"). Results of the workshop of "28/4/2021": year 2021 (the only year the text gives for
# them; the address's "2022/08/03" is not in the text). Targets "Với mục tiêu của đến năm 2025":
# year 2025, kind target; "trên" as `>`, bare numbers `>=`. "80% đơn vị khám chữa bệnh hạng 2 trở
# lên và 50% đơn vị khám chữa bệnh hạng 3": two records, scope null (a grade of facility is a kind
# of thing, not an administrative level or population group, spec's breakdown rule). "100 % thủ tục
# hành chính được mức độ 3 và trên 95% mức độ 4": two records, each its own subject. "100% đơn vị
# khám chữa bệnh tuyến tỉnh, tuyến huyện": one value for both levels, scope null. Pillar null (no
# heading; the title names health and education). Not quantities: "28/4/2021", "năm 2025", "năm
# 2030" (dates), "hạng 2", "hạng 3", "mức độ 3", "mức độ 4" (labels), "Hue-S" (a name).
# Ids: EHR for the two "hồ sơ sức khỏe điện tử" shares; EMR for the two grades' EMR shares (the
# catalogue's hospitals' EMR share, here for a class of facilities; a judgement); TELE, CASH_HOSP;
# L34 for "100 % thủ tục hành chính được mức độ 3" (the old level 3/4 share), FULL for "trên 95%
# mức độ 4" (level 4, now "toàn trình"; a judgement); the first result (facilities linked to the
# health-record system) null (the catalogue's interconnection share names prescriptions and
# certificates, not the health-record system).
# --------------------------------------------------------------------------
D02 = dict(name="02_thuathienhue-y-te-so-muc-tieu-2025", kind="result", year=2021, records=[
    R("tế, «100% đơn vị", "đơn vị khám chữa bệnh đã liên thông dữ liệu lên hệ thống hồ sơ sức khỏe điện tử", "=",
      100),
    R("trên «95% người dân Thừa", "người dân Thừa Thiên Huế đã có mã số hồ sơ sức khỏe điện tử", ">", 95, iid=EHR),
    R("2025, trên «95% người dân có", "người dân có hồ sơ sức khỏe điện tử", ">", 95, **T, year=2025, iid=EHR),
    R("điện tử; «80% đơn vị", "đơn vị khám chữa bệnh hạng 2 trở lên triển khai bệnh án điện tử", ">=", 80, **T,
      year=2025, iid=EMR),
    R("và «50% đơn vị", "đơn vị khám chữa bệnh hạng 3 triển khai bệnh án điện tử", ">=", 50, **T, year=2025,
      iid=EMR),
    R("điện tử; «100% các bệnh viện", "bệnh viện triển khai nền tảng tư vấn khám chữa bệnh từ xa và đăng ký khám, "
      "chữa bệnh từ xa", ">=", 100, **T, year=2025, iid=TELE),
    R("từ xa; «100% đơn vị", "đơn vị khám chữa bệnh tuyến tỉnh, tuyến huyện triển khai thanh toán không dùng tiền "
      "mặt", ">=", 100, **T, year=2025, iid=CASH_HOSP),
    R("tiền mặt; «100 % thủ tục", "thủ tục hành chính được mức độ 3", ">=", 100, **T, year=2025, iid=L34),
    R("trên «95% mức độ 4", "thủ tục hành chính được mức độ 4", ">", 95, **T, year=2025, iid=FULL),
])

# --------------------------------------------------------------------------
# 03 Hậu Giang, the council scoring the province's departments, districts and vertical agencies on
# DTI 2022 (postvn.com; cut: the photo caption "Bà Hồ Thu Ánh phát biểu tại buổi họp" with the blank
# line after it; no byline, no stamp; the excerpt ends in "trong q"). Year 2022 (the scores of "năm
# 2022"; the meeting's "Ngày 13-2" names no year). Results, unit other: the four departments'
# scores ("Sở Thông tin và Truyền thông (236,06 điểm)" ..., unit_text "điểm", the department in
# the indicator), the district "huyện Châu Thành A ... với 328,64/thang điểm 360" (unit_text
# "điểm", place "Châu Thành A"), the vertical agencies' "Chi cục thuế đạt 234,77/245; Bảo hiểm xã
# hội đạt 236,57/245" (unit_text null: no unit word at these numbers, spec's index values), and "có
# địa phương chỉ đạt 0/10 điểm chỉ tiêu kinh tế số" (=, 0, "điểm": a value reached by an unnamed
# locality). Not quantities: "thang điểm 360", "/245", "/10" (the scales), "3 nhánh", "7 chỉ số
# chính và 33 chỉ số thành phần", "5 chỉ số chính và 24 chỉ số thành phần" (the parts of an
# index, spec), "về nhất" (no number), "13-2" (a date). Pillar null. Ids: DEPT for the four
# departments; LOCAL for the district; null for the vertical agencies (not the catalogue's
# departments) and for the one criterion's 0/10.
# --------------------------------------------------------------------------
D03 = dict(name="03_haugiang-dti-so-nganh-huyen-2022", kind="result", year=2022, records=[
    R("Truyền thông («236,06 điểm", "điểm đánh giá chỉ số chuyển đổi số (DTI) của Sở Thông tin và Truyền thông",
      "=", 236.06, **PTS, iid=DEPT),
    R("nông thôn («222,56", "điểm đánh giá chỉ số chuyển đổi số (DTI) của Sở Nông nghiệp và Phát triển nông thôn",
      "=", 222.56, **PTS, iid=DEPT),
    R("Nội vụ («222,36", "điểm đánh giá chỉ số chuyển đổi số (DTI) của Sở Nội vụ", "=", 222.36, **PTS, iid=DEPT),
    R("Công nghệ («223,02", "điểm đánh giá chỉ số chuyển đổi số (DTI) của Sở Khoa học và Công nghệ", "=", 223.02,
      **PTS, iid=DEPT),
    R("xuất sắc với «328,64", "điểm đánh giá chỉ số chuyển đổi số (DTI) huyện Châu Thành A", "=", 328.64, **PTS,
      place="Châu Thành A", iid=LOCAL),
    R("thuế đạt «234,77", "điểm đánh giá chỉ số chuyển đổi (DTI) khối ngành dọc: Chi cục thuế", "=", 234.77,
      **PTS0),
    R("xã hội đạt «236,57", "điểm đánh giá chỉ số chuyển đổi (DTI) khối ngành dọc: Bảo hiểm xã hội", "=", 236.57,
      **PTS0),
    R("chỉ đạt «0/10 điểm", "điểm chỉ tiêu kinh tế số của địa phương", "=", 0, **PTS),
])

# --------------------------------------------------------------------------
# 04 Quảng Nam, the peak campaign for electronic identification accounts, June 2023
# (baoquangnam.vn; the stamp " date 2023-06" written as the first line; cut: the photo caption
# "Công an xã Bình Triều (Thăng Bình) đến nhà dân hướng dẫn ... Ảnh: N.P" with the blank line after
# it; the excerpt ends in "tài kho"). Year 2023. Results (counts, =): "toàn tỉnh đã tạo lập 469.004
# hồ sơ với 382.455 tài khoản định danh điện tử, đã kích hoạt 186.568 tài khoản" (three records,
# each its own subject) and "Điện Bàn (tạo lập được 75.152 hồ sơ, cao nhất tỉnh)" (place "Điện
# Bàn"). Target: "Để đảm bảo hoàn thành chỉ tiêu đến hết ngày 30/6/2023 toàn tỉnh kích hoạt được
# 738.291 tài kho[ản]" (the quota, >=, 2023). NOT (completion against the quota, as the earlier
# sets' majority leaves out "đạt 102% kế hoạch", set46's "73,3% so với chỉ tiêu đề ra"): "đạt 24,37%
# so với chỉ tiêu được giao"; the districts' "tạo lập hồ sơ đạt 115,34%", "103,2%" (over 100%: of
# the quota), their "tỷ lệ kích hoạt đạt 51,19%", "41,8%" (read as the province's 24,37%, against
# the quota; a judgement), and the five districts "rất thấp so với chỉ tiêu được giao như: Phú Ninh
# (12,1%), ..." . Not quantities: "hơn 10 ngày" (a duration), "7/6", "30/6/2023" (dates). Pillar
# null. Ids: EID_REG for the dossiers collected (469.004, 75.152), EID_ACT for the activated
# accounts (186.568 and the 738.291 quota); the 382.455 accounts created, not activated: null.
# --------------------------------------------------------------------------
D04 = dict(name="04_quangnam-kich-hoat-dinh-danh-chi-tieu-2023", kind="result", year=2023, records=[
    R("tạo lập «469.004 hồ sơ", "hồ sơ định danh điện tử toàn tỉnh đã tạo lập", "=", 469004, **CNT, iid=EID_REG),
    R("với «382.455 tài khoản", "tài khoản định danh điện tử", "=", 382455, **CNT),
    R("kích hoạt «186.568 tài khoản", "tài khoản định danh điện tử đã kích hoạt", "=", 186568, **CNT,
      iid=EID_ACT),
    R("được «75.152 hồ sơ", "hồ sơ định danh điện tử tạo lập được", "=", 75152, **CNT, place="Điện Bàn",
      iid=EID_REG),
    R("được «738.291 tài kho", "tài khoản định danh điện tử toàn tỉnh kích hoạt được", ">=", 738291, **CNT, **T,
      iid=EID_ACT),
], NOT=["đạt «24,37% so", "đạt «115,34%", "đạt «51,19%", "đạt «103,2%", "đạt «41,8%", "Ninh («12,1%",
        "Thành («16,01%", "(«16,16%", "Kỳ («16,59%", "(«16,69%"])

# --------------------------------------------------------------------------
# 05 Thanh Hóa, Ngọc Phụng commune (Thường Xuân) opening the implementation of its 2024 digital
# transformation indicators (ngocphung.thuongxuan.thanhhoa.gov.vn; cut: the byline date "Thứ Sáu,
# 23/08/2024", written as the first line `date 2024-08-23`; the excerpt ends in "trực tuyến đ").
# Year 2024. Results of the first seven months: "Tỷ lệ văn bản điện tử được kí số và phát hành trên
# môi trường mạng đạt 100%. 100% hồ sơ và thủ tục hành chính ở xã được tiếp nhận và giải quyết trên
# hệ thống 1 cửa điện tử" (pillar null: the sentence before them, "Hoạt động chính quyền số đã
# được quan tâm, góp phần ...", has the pillar's name as its subject, a statement, not a lead-in to
# a list, as the earlier sets read "Việc phát triển chính quyền số ..." and set165, set163); "hiện
# có 8 trạm phát sóng thông tin di động đảm bảo 100% thôn được phủ sóng di động băng rộng" (two
# records), "Thành lập 7 tổ
# công nghệ số cộng đồng tại 7 thôn" (two counts: the teams and the villages they stand in, as an
# earlier set's "tại 8 buôn"), "khoảng trên 60% người dân trên 15 tuổi sử dụng các nền tảng thanh
# toán trực tuyến" (`>`: the bound word next to the number, as the earlier sets' "khoảng trên").
# Not quantities: "22/8" (a date), "7 tháng đầu năm 2024" (a period), "1 cửa" (a name), "15 tuổi"
# (part of the subject). Ids: EDOC, ONESTOP, BTS, VILLAGE_4G, TEAMS, CASH_USERS (the share of
# people using electronic payment; a judgement); the villages with a team: null.
# --------------------------------------------------------------------------
D05 = dict(name="05_thanhhoa-ngocphung-chi-tieu-cds-xa-2024", kind="result", year=2024, records=[
    R("mạng đạt «100%", "văn bản điện tử được kí số và phát hành trên môi trường mạng", "=", 100, iid=EDOC),
    R("100%. «100% hồ sơ", "hồ sơ và thủ tục hành chính ở xã được tiếp nhận và giải quyết trên hệ thống 1 cửa "
      "điện tử", "=", 100, iid=ONESTOP),
    R("hiện có «8 trạm", "trạm phát sóng thông tin di động trên địa bàn xã", "=", 8, **CNT, iid=BTS),
    R("đảm bảo «100% thôn", "thôn được phủ sóng di động băng rộng chất lượng cao", "=", 100, iid=VILLAGE_4G),
    R("Thành lập «7 tổ", "tổ công nghệ số cộng đồng được thành lập", "=", 7, **CNT, iid=TEAMS),
    R("tại «7 thôn", "thôn có tổ công nghệ số cộng đồng", "=", 7, **CNT),
    R("khoảng trên «60% người", "người dân trên 15 tuổi sử dụng các nền tảng thanh toán trực tuyến", ">", 60,
      iid=CASH_USERS, note="'khoảng trên': the bound word next to the number read"),
])

# --------------------------------------------------------------------------
# 06 Quảng Ninh, Hạ Long city's "chợ 4.0" markets, August 2022 (ahalong.com; cut: the photo caption
# "Khách hàng thanh toán qua QR Code tại chợ", twice, with the blank line after the second; no
# byline, no stamp; the excerpt ends in "môi trườn"). Year 2022 ("Trong tháng 8/2022"). Results:
# "gần 3.000 tiểu thương các chợ lớn ... đã được mở miễn phí các điểm chấp nhận thanh toán không
# dùng tiền mặt" (`~`) and "hơn 1.200 tiểu thương tại chợ Hạ Long I đã được ... hướng dẫn đăng ký
# tính năng điểm chấp nhận thanh toán" (`>`). Not quantities: "chợ 4.0" (a name, three times),
# "chợ Hạ Long 1" (a name, twice), "8/2022" (a date). Pillar null. Ids: MERCH for both.
# --------------------------------------------------------------------------
D06 = dict(name="06_quangninh-halong-cho-4-0-2022", kind="result", year=2022, records=[
    R("gần «3.000 tiểu thương", "tiểu thương các chợ lớn của TP. Hạ Long được mở miễn phí các điểm chấp nhận "
      "thanh toán không dùng tiền mặt", "~", 3000, **CNT, iid=MERCH),
    R("hơn «1.200 tiểu thương", "tiểu thương tại chợ Hạ Long I được hướng dẫn đăng ký tính năng điểm chấp nhận "
      "thanh toán", ">", 1200, **CNT, iid=MERCH),
])

# --------------------------------------------------------------------------
# 07 The Ministry of Public Security praising the police of 19 provinces for completing the chip
# ID-card quota ahead of time (danviet.vn; nothing cut; the whole excerpt is one sentence; no
# byline, no stamp, no year in the text: year null, the address's "20230610" is not in the text).
# One result: "công an 19 tỉnh, thành phố ... hoàn thành chỉ tiêu cấp căn cước công dân trước thời
# hạn" (=, count). Not a quantity: "3 nhiệm vụ" (tasks, spec). Pillar null, id null.
# --------------------------------------------------------------------------
D07 = dict(name="07_cong-an-19-tinh-chi-tieu-cccd", kind="result", year=None, records=[
    R("công an «19 tỉnh", "tỉnh, thành phố hoàn thành chỉ tiêu cấp căn cước công dân trước thời hạn", "=", 19,
      **CNT),
])


# --------------------------------------------------------------------------
# 08 Thừa Thiên Huế, the province's ranking of its districts' e-government in 2020, a table
# (namdong.thuathienhue.gov.vn; cut: the search box "Tìm kiếm" with the four lines of one space
# and the blank line after them, the badge "Chung nhan Tin Nhiem Mang" with the blank line after
# it, and the view counter and date "False 12931Ngày cập nhật 15/01/2021" (written as the first line
# `date 2021-01-15`); the excerpt ends inside the second table's fourth row). Year 2020 (the ranking
# "năm 2020", published "31/12/2020"). Pillar digital_government for every record: the title and
# both headings name "chính quyền điện tử" (spec: "Chính quyền điện tử" in a heading). Each table
# row: STT | unit | Điểm tối đa | Số điểm không đưa vào đánh giá | Số điểm tối đa cần thực hiện |
# Số điểm thực hiện | Tỷ lệ thực hiện | Số điểm thực hiện được quy đổi | Xếp hạng. Three records per
# row, results: the points reached (unit other, unit_text null: no unit word at the number), the
# rate (%), the converted points (other, null); each with `place` the district, town or city
# ("Nam Đông", ...), scope null (the table is the district level's ranking, not a split). Not
# quantities: the row numbers (STT), the maximum points (50, 100), the points left out of the
# assessment (0, 2, 8) and the points to reach (50, 48, 92): the table's scale, as "thang điểm 360"
# (03) and the spec's parts of an index; the classes I, II, III carry no digit. Ids null (the
# catalogue's DTI scores are not the 2020 e-government ranking).
# --------------------------------------------------------------------------
READY = "điều kiện sẵn sàng Chính quyền điện tử"
RESULT = "kết quả Chính quyền điện tử"


def TAB(unit, place, scale, score, rate, conv, topic):
    """The three records of one table row: `scale` is the row's three scale cells (not quantities)."""
    pre = "\n\n".join([unit] + scale)
    out = [
        R(f"{pre}\n\n«{score}", f"Số điểm thực hiện {topic}", "=", float(score.replace(",", ".")), **PTS0,
          place=place, line=True),
        R(f"{pre}\n\n{score}\n\n«{rate}", f"Tỷ lệ thực hiện {topic}", "=",
          float(rate.rstrip("%").replace(",", ".")), place=place, line=True),
        R(f"{pre}\n\n{score}\n\n{rate}\n\n«{conv}", f"Số điểm thực hiện được quy đổi {topic}", "=",
          float(conv.replace(",", ".")), **PTS0, place=place, line=True),
    ]
    for r in out:
        r["pillar"] = GOV
    return out


S1 = ["50", "0", "50"]
S2 = ["100", "8", "92"]
D08 = dict(name="08_thuathienhue-bang-xep-hang-cqdt-huyen-2020", kind="result", year=2020, records=[
    *TAB("UBND huyện Nam Đông", "Nam Đông", S1, "50,00", "100%", "50", READY),
    *TAB("UBND huyện Quảng Điền", "Quảng Điền", S1, "49,01", "98%", "49,01", READY),
    *TAB("UBND huyện A Lưới", "A Lưới", S1, "48,93", "98%", "48,93", READY),
    *TAB("UBND huyện Phú Lộc", "Phú Lộc", S1, "48,82", "98%", "48,82", READY),
    *TAB("UBND thị xã Hương Trà", "Hương Trà", S1, "47,77", "96%", "47,77", READY),
    *TAB("UBND huyện Phú Vang", "Phú Vang", S1, "45,95", "92%", "45,95", READY),
    *TAB("UBND thị xã Hương Thủy", "Hương Thủy", S1, "45,71", "91%", "45,71", READY),
    *TAB("UBND thành phố Huế", "thành phố Huế", ["50", "2", "48"], "42,63", "89%", "44,41", READY),
    *TAB("UBND huyện Phong Điền", "Phong Điền", S1, "43,51", "87%", "43,51", READY),
    *TAB("UBND huyện Nam Đông", "Nam Đông", S2, "78,53", "85,36%", "85,36", RESULT),
    *TAB("UBND huyện Phú Vang", "Phú Vang", S2, "75,81", "82,40%", "82,40", RESULT),
    *TAB("UBND huyện A Lưới", "A Lưới", S2, "75,41", "81,96%", "81,96", RESULT),
])

# --------------------------------------------------------------------------
# 09 Hải Phòng, every district over its quota of activated electronic identification accounts,
# July 2023 (beta.anhp.vn; nothing cut: the time and date "13:47 21/07/2023" open the first line of
# the body and stay, as part of a line; the excerpt ends in "lực lượng công"). A precision text: one
# record, fourteen percentages that are completion against the quota. Year 2023 ("29-6-2023").
# Result: "thành phố xếp thứ 4/63 tỉnh/thành phố trực thuộc Trung ương" (rank, =, for completing
# the activation quota ahead of time; id null: not a DTI rank). NOT: the districts' "huyện Cát Hải
# đạt 124,56%; ... quận Lê Chân đạt 100,07%" (each the district's completion of its quota: "đã hoàn
# thành vượt chỉ tiêu ... Trong đó, ..."; the earlier sets' majority leaves completion against a
# plan out). Not quantities: "13:47", "23h" (times), "21/07/2023", "29-6-2023", "5-7-2023" (dates),
# "5 ngày", "15 ngày" (how far ahead of a deadline), "06/CP" (a name), the denominator "/63".
# --------------------------------------------------------------------------
D09 = dict(name="09_haiphong-vuot-chi-tieu-dinh-danh-2023-precision", kind="result", year=2023, records=[
    R("xếp thứ «4/63", "thành phố hoàn thành vượt chỉ tiêu kích hoạt tài khoản định danh điện tử, xếp thứ "
      "tỉnh/thành phố trực thuộc Trung ương", "=", 4, **RANK),
], NOT=["Hải đạt «124,56%", "Lão đạt «107,41%", "Thụy đạt «106,55%", "Bảo đạt «105,55%", "Dương đạt «105,20%",
        "Lãng đạt «103,60%", "Kiến An đạt «101,48%", "Nguyên đạt «101,30%", "Kinh đạt «101,18%",
        "Hải An đạt «100,62%", "Sơn đạt «100,42%", "Quyền đạt «100,39%", "Bàng đạt «100,14%", "Chân đạt «100,07%"])

# --------------------------------------------------------------------------
# 10 Thanh Hóa, Nông Cống town's self-assessment report on the commune-level DTI 2022, a table of
# indicators (thitran.nongcong.gov.vn; cut: the visitor counter "Truy cập", "Hôm nay:", "92", ...,
# "Tất cả:", "182243" with its blank lines, the section label "chuyển đổi số" with the blank line
# after it, and the byline "Ngày 10/04/2023 11:31:16" with the blank line after it, written as the
# first line `date 2023-04-10`; the excerpt ends in "chuyển đổis"). A precision text laid out as a
# table: one record. Year 2022 (the report's "NĂM 2022"). Result: the self-assessed points of
# component 1.1 ("Người đứng đầu xã ... là Trưởng ban Ban Chỉ đạo về chuyển đổi số"): the second
# "20" after its scoring rules, in the column "Điểm tự chấm" (unit other, unit_text null; pillar
# digital_awareness: the row stands under the index "1 Nhậnthứcsố", nhận thức số written without
# spaces; a judgement). Not quantities: "143" (a street number), "21", "32", "15.763" (the size of
# the town's staff, enterprises and population, as the earlier sets' sizes), the phone number, the
# row numbers "1", "1.1", "1.2", the maximum points "100" and the first "20" (the scale), "1/2" and
# "0điểm" (scoring rules), "năm 2022" (a date). Id null (one component, not the DTI score).
# --------------------------------------------------------------------------
D10 = dict(name="10_thanhhoa-nongcong-tu-danh-gia-dti-xa-2022-precision", kind="result", year=2022, records=[
    R("cấpTrưởng/cấpPhó:0điểm.\n«20\n-", "điểm tự chấm: người đứng đầu xã, phường, thị trấn là Trưởng ban Ban "
      "Chỉ đạo về chuyển đổi số", "=", 20, **PTS0, pillar=AWARE, line=True),
])

# --------------------------------------------------------------------------
# 11 Đắk Nông, Đắk Mil district deploying the province's interim set of indicators for recognising
# digital communes, February 2023 (dakmil.daknong.gov.vn; cut: the two widget lines "• :" and
# "  • :" and the font and contrast widget "A- A A+ | Tăng tương phản Giảm tương phản" with the
# blank line after it; no byline, no stamp; the excerpt ends in "tỉnh Đ"). A precision text laid
# out as a numbered list, no record: "04 nhóm chỉ tiêu với tổng số 25 chỉ tiêu cụ thể: 07 chỉ tiêu
# Hạ tầng số, 06 ..., 03 ..., 09 ..." and "04 nhóm ... 16 chỉ tiêu cụ thể: 05 ..., 04 ..., 02 ...,
# 05 ..." are the make-up of a set of indicators (spec: the parts of an index, counts of tasks), not
# targets or results; "16/02/2023", "17/02/2023", "2023 - 2025" (dates), "151/QĐ-UBND",
# "257/UBND-VP" (documents), the list labels "1.", "2.".
# --------------------------------------------------------------------------
D11 = dict(name="11_daknong-dakmil-bo-chi-tieu-xa-cds-2023-precision", kind="result", year=2023, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
