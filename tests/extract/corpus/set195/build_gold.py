#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set195).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: a change against an earlier value);
check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set193, the id is given in the record itself (`iid=`).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import functools
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, CNT, RANK, ECO, INFRA  # noqa: E402

OA = "egov.online_applications_share"
TEAMS = "aware.community_digital_teams_count"
TEAMS_SHARE = "aware.community_digital_teams_share"
MEMBERS = "aware.community_digital_team_members_count"
DTI = "dti.provincial_rank"
GDP = "econ.digital_economy_gdp_share"
INST_RANK = "dti.digital_institutions_rank"
INFRA_RANK = "dti.digital_infrastructure_rank"
GOV_RANK = "dti.digital_government_rank"
ECO_RANK = "dti.digital_economy_rank"
VN = dict(place="Việt Nam")

# --------------------------------------------------------------------------
# 01 Quảng Bình, the Ministry's portal on the province's e-government and digital transformation
# in 2024 (mic.gov.vn; cut: the byline "Thứ ba, 10/12/2024 10:52" with the blank line after it,
# written as the first line `date 2024-12-10`; the excerpt ends in "để hướng dẫn, "). A precision
# text: no record. "các mục tiêu ... năm 2024 đều đạt và vượt chỉ tiêu" states no number. Not
# quantities: "04 trụ cột" (the parts named in the national theme of 2024, a name, as the spec's
# parts of an index), "10/12/2024", "năm 2024" (dates).
# --------------------------------------------------------------------------
D01 = dict(name="01_quangbinh-chinh-quyen-dien-tu-2024-precision", kind="result", year=2024, records=[])

# --------------------------------------------------------------------------
# 02 Bắc Kạn, the province's online conference on digital transformation, 8 October 2024
# (hanhchinhcong.backan.gov.vn; cut: the photo caption "Chủ tịch UBND tỉnh Nguyễn Đăng Bình phát
# biểu khai mạc Hội nghị"; no byline in the excerpt, no stamp; the excerpt ends in "nhất là sự").
# A precision text: no record. Not quantities: "8/10", "27/9/2019" (dates), "năm 2024", "sau gần 6
# năm" (a duration), "52-NQ/TW", "09-CT/TU" (documents), "lần thứ tư" (a name).
# --------------------------------------------------------------------------
D02 = dict(name="02_backan-hoi-nghi-chuyen-doi-so-2024-precision", kind="result", year=2024, records=[])

# --------------------------------------------------------------------------
# 03 Bình Thuận, the Department of Information and Communications' report on 2021 and the tasks
# of 2022 (amp.nguoiduatin.vn; cut: the section label "Chính sách" with the blank line after it; no
# byline, no stamp; the excerpt ends in "định hướng đ"). One result: "Hiện nay, 100% các sở, ban,
# ngành, UBND cấp huyện, ... các phòng ban cấp huyện và cấp xã được cấp chứng thư số và sử dụng
# chứng thư số" (=, scope null: one value for all the levels, spec). Year 2021: the paragraph
# stands in the Department's report "trong năm 2021" (the title's "năm 2022" is the year of the
# tasks ahead; a judgement). Not quantities: "Nghị định 43" (a name), "năm 2025" (a date), the
# addresses. Pillar null. Id: egov.agencies_digital_signature_share (agencies issued and using
# certificates).
# --------------------------------------------------------------------------
D03 = dict(name="03_binhthuan-chung-thu-so-2021", kind="result", year=2021, records=[
    R("Hiện nay, «100% các sở", "các sở, ban, ngành, UBND cấp huyện, các đơn vị trực thuộc sở, ban, ngành, các phòng "
      "ban cấp huyện và cấp xã được cấp chứng thư số và sử dụng chứng thư số", "=", 100,
      iid="egov.agencies_digital_signature_share"),
])

# --------------------------------------------------------------------------
# 04 Bắc Ninh, the Director of Information and Communications on the province's programme and its
# community digital technology teams (bacninh.dangcongsan.vn; cut: the photo caption "Lãnh đạo
# tỉnh, Sở Thông tin và Truyền thông cùng đại biểu ... (Ảnh: Minh Phương)"; no byline, no stamp;
# the excerpt ends in "cách làm "). Results: "thành lập 733 Tổ công nghệ số cộng đồng đến 100%
# cấp thôn với hơn 3.000 thành viên" (three records: count =, the villages' share =, members >;
# scope null on the share: the villages are its subject, no split, spec's "100% thôn, bản"). Year
# null: the page names no year for the teams (the resolution's "18/3/2022" dates a document). Not
# quantities: "52-NQ/TU", "18/3/2022", "năm 2025", "năm 2030", "2021 - 2030". Pillar null. Ids:
# the teams' count, share of villages and members.
# --------------------------------------------------------------------------
D04 = dict(name="04_bacninh-to-cong-nghe-so-cong-dong", kind="result", year=None, records=[
    R("thành lập «733 Tổ", "Tổ công nghệ số cộng đồng các huyện, thị xã, thành phố thành lập", "=", 733, **CNT,
      iid=TEAMS),
    R("đến «100% cấp thôn", "cấp thôn có Tổ công nghệ số cộng đồng", "=", 100, iid=TEAMS_SHARE),
    R("với hơn «3.000 thành viên", "thành viên Tổ công nghệ số cộng đồng", ">", 3000, **CNT, iid=MEMBERS),
])

# --------------------------------------------------------------------------
# 05 Bắc Ninh, the province's digital transformation and its online applications in 2024
# (vietnamnet.vn; cut: the image file name "bac ninh ok.jpg" with the blank line after it; no
# byline, no stamp). Year 2024. Results: "Tỉ lệ hồ sơ trực tuyến toàn tỉnh tăng hơn 2,7 lần, đạt
# 93,18%" (=, scope null: the whole province), "riêng các huyện, thị xã, thành phố tăng gấp 1,5 lần
# (từ 62,87% năm 2023 lên 98,94% năm 2024)" (two records, scope "huyện, thị xã, thành phố": the
# sentence splits the rate by level, as earlier sets wrote this scope; the earlier value a result
# of its own year 2023, as set184's bracketed earlier values). Not quantities: "2,7 lần", "1,5
# lần", "8,3 lần" (changes against the year before, spec), "XX" (a congress number), "2024-2030",
# "năm 2030". Pillar null. Ids: OA for the three rates.
# --------------------------------------------------------------------------
D05 = dict(name="05_bacninh-ho-so-truc-tuyen-2024", kind="result", year=2024, records=[
    R("lần, đạt «93,18%", "Tỉ lệ hồ sơ trực tuyến toàn tỉnh", "=", 93.18, iid=OA),
    R("(từ «62,87% năm 2023", "tỉ lệ hồ sơ trực tuyến các huyện, thị xã, thành phố", "=", 62.87,
      scope="huyện, thị xã, thành phố", year=2023, iid=OA),
    R("lên «98,94% năm 2024", "tỉ lệ hồ sơ trực tuyến các huyện, thị xã, thành phố", "=", 98.94,
      scope="huyện, thị xã, thành phố", iid=OA),
])

# --------------------------------------------------------------------------
# 06 Vĩnh Phúc, towards paperless administration: digitising files and results (baovinhphuc.com.vn;
# cut: the photo caption "Chữ ký số được ứng dụng tại Trung tâm Phục vụ hành chính công tỉnh, ...
# Ảnh: Trà Hương"; no byline, no stamp; the excerpt ends in "cấp kết quả điện tử đ"). One result:
# "Năm 2024, toàn tỉnh đã thực hiện số hóa đối với 70,91% tổng số hồ sơ tiếp nhận" (=, 2024).
# Pillar null. Id: egov.digitised_procedure_results_share.
# --------------------------------------------------------------------------
D06 = dict(name="06_vinhphuc-so-hoa-ho-so-2024", kind="result", year=2024, records=[
    R("số hóa đối với «70,91% tổng số", "hồ sơ tiếp nhận được số hóa", "=", 70.91,
      iid="egov.digitised_procedure_results_share"),
])

# --------------------------------------------------------------------------
# 07 Hà Giang, reducing "information poverty" through digital transformation: the poverty review at
# the end of 2022 (vietnamnet.vn; nothing cut; no byline, no stamp; the excerpt ends in "công tác ").
# Year 2022 ("tính đến cuối năm 2022"). Results of the poverty review, recorded as earlier sets
# record the poverty rate (set100's "tỉ lệ hộ nghèo giảm còn 7,14%"): "94.727 hộ nghèo, cận nghèo
# đa chiều" (count =), "chiếm xấp xỉ 50% tổng số hộ" (~), "7.318 hộ nghèo và 24.409 hộ cận nghèo"
# (two counts, each its own subject, scope null: a breakdown by kind of household). NOT: "giảm
# 5,17% so với cuối năm 2021" (a change, spec). Not quantities: "giảm 8.889 hộ" (a change),
# "2022-2025" (a period), "năm 2023" (a date). Pillar null; ids null (no poverty indicator in the
# catalogue).
# --------------------------------------------------------------------------
D07 = dict(name="07_hagiang-giam-ngheo-thong-tin-2022", kind="result", year=2022, records=[
    R("Giang có «94.727 hộ", "hộ nghèo, cận nghèo đa chiều toàn tỉnh Hà Giang", "=", 94727, **CNT),
    R("chiếm xấp xỉ «50% tổng số hộ", "hộ nghèo, cận nghèo đa chiều trong tổng số hộ toàn Tỉnh", "~", 50),
    R("Trong đó, «7.318 hộ nghèo", "hộ nghèo", "=", 7318, **CNT),
    R("và «24.409 hộ cận nghèo", "hộ cận nghèo", "=", 24409, **CNT),
], NOT=["giảm «5,17% so với"])

# --------------------------------------------------------------------------
# 08 The Ministry of Information and Communications' national report for September 2023
# (109/BC-BTTTT) as published on Thạch Bình commune's portal (Thạch Thành, Thanh Hóa;
# thachbinh.thachthanh.thanhhoa.gov.vn; cut: the visitor counter "Truy cập", "Hôm nay:", "1", ...,
# "Tất cả:", "184152" with its blank lines, and the byline "Ngày 06/10/2023 14:16:47" with the blank
# line after it, written as the first line `date 2023-10-06`; the excerpt ends in "toàn quố"). A
# precision text: no record. Not quantities: "109 /BC-BTTTT", "6296/VPCP-KSTT", "17/NQ-CP"
# (documents), "9/2023", "28 tháng 09 năm 2023", "17/8/2023", "07 tháng 3 năm 2019", "tháng 8"
# (dates), "03 Hội nghị" (the events the government's office organised, as the spec's event
# participants), the headings' labels "I.", "1.", "1.1.".
# --------------------------------------------------------------------------
D08 = dict(name="08_quocgia-bao-cao-thang-9-2023-precision", kind="result", year=2023, records=[])

# --------------------------------------------------------------------------
# 09 Hồ Chí Minh City pushing a single citizen app, with the country's internet figures and the
# city's chip-ID and electronic-identification results, March 2024 (nld.com.vn; the stamp
# " date 2024-03" written as the first line; nothing else cut; the excerpt ends in "tài kho").
# Year 2024. Results: the country's "78,44 triệu người dùng internet (chiếm 79,1% dân số)" and
# "168,5 triệu kết nối di động" (place "Việt Nam": a value that belongs to the country, not the
# city), the city's "đã thu nhập được 7.677.777 hồ sơ CCCD gắn chip và 5.570.696 tài kho[ản]"
# (two counts, each its own subject). Not quantities: "với số dân 99,2 triệu người" (the size of
# the population, as the earlier sets' sizes), "đến cuối năm 2025, tất cả các lĩnh vực" (no number),
# "Digital 2024" (a name), "2 năm", "20-2", "2022-2025", "năm 2030", "năm 2025" (dates, durations),
# "Đề án 06" (a name). Pillar null (the heading "TP HCM phát triển app công dân duy nhất" names no
# pillar). Ids: infra.internet_users_share for 79,1%; infra.mobile_subscriptions_count for the
# mobile connections (a judgement); society.eid_registrations_collected_count for the accounts
# collected (a judgement: "thu nhập [nhận] được ... tài khoản"); null for the internet users'
# count and the chip-ID dossiers (the catalogue counts cards issued).
# --------------------------------------------------------------------------
D09 = dict(name="09_hochiminh-cong-dan-so-2024", kind="result", year=2024, records=[
    R("có «78,44 triệu người", "người dùng internet Việt Nam", "=", 78.44e6, **CNT, **VN),
    R("(chiếm «79,1% dân số)", "người dùng internet trong dân số Việt Nam", "=", 79.1, **VN,
      iid="infra.internet_users_share"),
    R("tới «168,5 triệu kết nối", "kết nối di động Việt Nam", "=", 168.5e6, **CNT, **VN,
      iid="infra.mobile_subscriptions_count"),
    R("được «7.677.777 hồ sơ", "hồ sơ CCCD gắn chip TP HCM đã thu nhập được", "=", 7677777, **CNT),
    R("và «5.570.696 tài kho", "tài kho[ản] TP HCM đã thu nhập được", "=", 5570696, **CNT,
      iid="society.eid_registrations_collected_count"),
])

# --------------------------------------------------------------------------
# 10 Hồ Chí Minh City, the Department of Information and Communications' report on 2023 and its
# plan for 2024 (vneconomy.vn; nothing cut; no byline, no stamp; the excerpt ends in the heading
# "KINH TẾ SỐ ĐÓNG GÓP 18,66% CHO GRDP" and a lone "B"). Year 2023 (the report's "Năm 2023").
# Results: "mạng Metronet kết nối đến 800 điểm" (count =), "đảm bảo 100% xã, phường ... có mạng
# lưới và dịch vụ truy cập Internet băng rộng" (=), "xếp hạng đánh giá chỉ số Chuyển đổi số (DTI)
# của Thành phố đạt thứ 2 trên toàn quốc" (rank =, year 2023: the sentence's "Năm 2023"; a
# judgement, the bracket gives the same place to 2022), "liên tục nằm trong Top 5" (rank <=, a
# group, spec; 2023), "năm 2021 đạt thứ hạng 3 và năm 2022 đạt thứ hạng 2" (two ranks =, their own
# years), the closing heading's "18,66% CHO GRDP" (=, 2023 by the document; pillar digital_economy:
# the heading that states it names kinh tế số, a judgement). "dẫn đầu cả nước về chỉ số phát
# triển hạ tầng số" has no digit, no record. Not quantities: "năm 2022", "năm 2024", "Năm 2023"
# (dates), "3G, 4G", "ASOCIO 2023" (names). Pillar null elsewhere. Ids: DTI for the four ranks,
# infra.fibre_commune_coverage_share for the communes with broadband (the sentence's subject is
# the fibre network), GDP; null for the Metronet points.
# --------------------------------------------------------------------------
D10 = dict(name="10_hochiminh-ket-qua-cds-2023", kind="result", year=2023, records=[
    R("đến «800 điểm", "điểm kết nối mạng băng thông rộng (mạng Metronet) của Thành phố", "=", 800, **CNT),
    R("đảm bảo «100% xã, phường", "xã, phường trên địa bàn TP.HCM có mạng lưới và dịch vụ truy cập Internet băng "
      "rộng của hạ tầng cáp quang băng rộng", "=", 100, iid="infra.fibre_commune_coverage_share"),
    R("đạt thứ «2 trên toàn quốc", "xếp hạng đánh giá chỉ số Chuyển đổi số (DTI) của Thành phố trên toàn quốc", "=",
      2, **RANK, iid=DTI),
    R("trong Top «5 tỉnh", "Thành phố liên tục nằm trong Top tỉnh, thành phố ở thứ hạng cao về chỉ số Chuyển đổi số "
      "(DTI)", "<=", 5, **RANK, iid=DTI),
    R("đạt thứ hạng «3 và", "thứ hạng chỉ số Chuyển đổi số (DTI) của Thành phố năm 2021", "=", 3, **RANK, year=2021,
      iid=DTI),
    R("đạt thứ hạng «2).", "thứ hạng chỉ số Chuyển đổi số (DTI) của Thành phố năm 2022", "=", 2, **RANK, year=2022,
      iid=DTI),
    R("ĐÓNG GÓP «18,66% CHO", "KINH TẾ SỐ ĐÓNG GÓP CHO GRDP", "=", 18.66, pillar=ECO, iid=GDP),
])

# --------------------------------------------------------------------------
# 11 Hồ Chí Minh City second in the DTI 2022 ranking, with its main indices' ranks and the digital
# economy's share of GRDP (infothegioi.com; nothing cut: the two identical photo captions state
# figures and stay, as set184 kept a caption with a figure; no byline, no stamp; the excerpt ends
# in "Sóng và máy tính cho em"). Year 2022 (DTI 2022; "Năm 2022"). Results, ranks =: the lead's
# "vị trí thứ 2 toàn quốc về chuyển đổi số (DTI) với thể chế số (hạng 1), hạ tầng số (hạng 1),
# hoạt động chính quyền số (hạng 2), hoạt động kinh tế số (hạng 4)" (five records), each caption's
# "vị trí thứ 2 chuyển đổi số, kinh tế số cho GRDP đạt 18,66%" (two records each, a value restated
# gets a record at each place, as set184), the body's "xếp hạng thứ 2 toàn quốc" and "thể chế số
# (xếp thứ 1), hạ tầng số (xếp thứ 1), hoạt động chính quyền số (thứ 2), hoạt động kinh tế số (thứ
# 4)" (five records); under the heading "PHÁT TRIỂN HẠ TẦNG SỐ TP.HCM" (pillar
# digital_infrastructure): "100% phường xã, thị trấn không có vùng lõm sóng" (=). The main indices'
# ranks keep pillar null: no heading stands above them; the pillar named in each is its subject,
# not a heading. Not quantities: "năm thứ 3 liên tiếp" (an ordinal of years), "năm 2022" (a date).
# Ids: DTI, the four main indices' rank ids, GDP, infra.mobile_commune_coverage_share.
# --------------------------------------------------------------------------
D11 = dict(name="11_hochiminh-dti-2022-kinh-te-so", kind="result", year=2022, records=[
    R("giữ vững vị trí thứ «2 toàn quốc về", "TP.HCM giữ vững vị trí toàn quốc về chuyển đổi số (DTI)", "=", 2, **RANK,
      iid=DTI),
    R("thể chế số (hạng «1)", "thứ hạng thể chế số", "=", 1, **RANK, iid=INST_RANK),
    R("hạ tầng số (hạng «1)", "thứ hạng hạ tầng số", "=", 1, **RANK, iid=INFRA_RANK),
    R("hoạt động chính quyền số (hạng «2)", "thứ hạng hoạt động chính quyền số", "=", 2, **RANK, iid=GOV_RANK),
    R("hoạt động kinh tế số (hạng «4)", "thứ hạng hoạt động kinh tế số", "=", 4, **RANK, iid=ECO_RANK),
    R("4)…\n\nTP.HCM giữ vững vị trí thứ «2 chuyển", "TP.HCM giữ vững vị trí chuyển đổi số", "=", 2, **RANK, iid=DTI),
    R("GRDP đạt «18,66%. (Ảnh minh họa).\nTP", "kinh tế số cho GRDP", "=", 18.66, iid=GDP),
    R(").\nTP.HCM giữ vững vị trí thứ «2 chuyển", "TP.HCM giữ vững vị trí chuyển đổi số", "=", 2, **RANK, iid=DTI),
    R("GRDP đạt «18,66%. (Ảnh minh họa).\n\n", "kinh tế số cho GRDP", "=", 18.66, iid=GDP),
    R("xếp hạng thứ «2 toàn quốc. Đây", "TP.HCM xếp hạng chỉ số chuyển đổi số (DTI) toàn quốc", "=", 2, **RANK,
      iid=DTI),
    R("thể chế số (xếp thứ «1)", "chỉ số thể chế số", "=", 1, **RANK, iid=INST_RANK),
    R("hạ tầng số (xếp thứ «1)", "hạ tầng số", "=", 1, **RANK, iid=INFRA_RANK),
    R("chính quyền số (thứ «2)", "hoạt động chính quyền số", "=", 2, **RANK, iid=GOV_RANK),
    R("kinh tế số (thứ «4)", "hoạt động kinh tế số", "=", 4, **RANK, iid=ECO_RANK),
    R("người dân, «100% phường xã", "phường xã, thị trấn không có vùng lõm sóng", "=", 100, pillar=INFRA,
      iid="infra.mobile_commune_coverage_share"),
])

# --------------------------------------------------------------------------
# 12 Hồ Chí Minh City's plan 533/KH-UBND of February 2022 for its digital transformation programme
# and smart-city project in 2022, opening with the results of 2021 (123doc.top, a document-sharing
# site's text layer of the scanned plan, its OCR errors kept as returned; nothing cut; the excerpt
# ends in "Trong năm 2021, Thà"). Year 2021 (the opening paragraph's "Năm 2021"). Results: "trên
# 900 đơn vị của hệ thống chính quyền Thành phố đã liên thông văn bản điện tử" (count >), "hạ tầng
# di động 3G, 4G phủ khắp 100% xa[xã], phường, thị trấn" (=; the sentence covers fibre, broadband
# and mobile networks together). Not quantities: "Trang 1" (the page number), "533 /KH-UBND" (the
# document), "tháng 02 năm 2022", "năm 2022" (dates), "COVID-19", "3G, 4G" (names). Pillar null. Ids
# null (units linked by the document axis are not a catalogue share; the coverage sentence joins
# fibre and mobile networks, neither catalogue indicator alone; a judgement).
# --------------------------------------------------------------------------
D12 = dict(name="12_hochiminh-ke-hoach-533-2022", kind="result", year=2021, records=[
    R("thông minh, trên «900 đơn vị", "đơn vị của hệ thống chính quyên Thành phô đã liên thông văn bản điện tử thông "
      "qua nền tảng tích hợp, chia sẻ dữ liệu", ">", 900, **CNT),
    R("khắp «100% xa", "xa, phường, thị trân phủ hạ tầng mạng cáp quang, internet băng thông rộng, hạ tầng di "
      "động 3G, 4G", "=", 100),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
