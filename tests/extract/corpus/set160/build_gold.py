#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set160).

Copied from set159's builder (itself from set157's, set155's, set153's, set151's, set149's,
set147's, set69's, set47's, ... and the seeds'). Each record is written by hand below; its anchor
is never typed in. A record names a locator: a piece of the text with « just before the number.
The locator (without «) must occur exactly once in the text; the anchor is where « stands.
`start`/`end` (the clause that states the quantity) are computed as in the seeds' builder
(`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: targets met, a change against an earlier
value); check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (291
entries; see README). As in set10-set159, the id is given in the record itself (`iid=`).

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


# --------------------------------------------------------------------------
# 01 Huế, public services received at the post office under the two-level
# government (tuoitre.vn; cut: the leading empty line and the photo caption "Người
# dân đến một điểm nhận giải quyết thủ tục hành chính thuộc Bưu điện TP Huế để nộp
# hồ sơ giải quyết dịch vụ công - Ảnh: NGỌC HIẾU"; no byline; the excerpt ends in
# "làm"). Results "Ở Huế có ...": two counts, each with its own subject (the
# points that receive applications regardless of the administrative boundary, and
# the public-service agency points of the city's Post Office), scope null. Year
# null: the page writes no year ("đầu tháng 7 vừa qua", "hồi tháng 5 vừa qua").
# Pillar null (the heading "Nhận kết quả tại nhà" names no pillar). Ids null: the
# catalogue's infra.postal_service_points_count counts postal service points, not
# points that receive administrative applications or agency points of public
# services. Not quantities: "tháng 7", "tháng 5".
# --------------------------------------------------------------------------
D01 = dict(name="01_hue-buu-dien-dich-vu-cong-2025", kind="result", year=None, records=[
    R("có «9 điểm hướng dẫn",
      "điểm hướng dẫn, tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính không phụ thuộc vào địa giới hành chính",
      "=", 9, **CNT),
    R("và «136 điểm đại lý", "điểm đại lý dịch vụ công trực thuộc Bưu điện thành phố Huế", "=", 136, **CNT),
])

# --------------------------------------------------------------------------
# 02 TP.HCM, Hòa Hưng ward's year 2025 (sggp.org.vn; the crawler's stamp " date
# 2026-01-20" kept on the first line as returned; cut: the photo captions "Đại
# diện UBND phường và Ủy ban MTTQ Việt Nam TPHCM phường Hòa Hưng nhận bằng khen
# của UBND TPHCM. Ảnh: H.H" and "Bí thư Đảng ủy phường và Chủ tịch UBND phường Hòa
# Hưng trao Huân chương Lao động hạng Ba cho các cá nhân. Ảnh: H.H.", each with one
# blank line, and the byline "CẨM NƯƠNG" with the blank line before it). The
# ward's administrative-reform index ranked "thuộc nhóm 20 đơn vị dẫn đầu khối
# phường, xã, đặc khu" of the city, stated twice (the lead and the body): two rank
# results, op "<=" (a group, spec), year 2025 ("Năm 2025"). Id null: the
# catalogue's rank.par_index is a province's rank among provinces, not a ward's
# among the city's wards. NOT a quantity: "một trong 14/168 phường, xã, đặc khu
# được Thành ủy TPHCM đánh giá hoàn thành xuất sắc nhiệm vụ năm 2025" (the Party
# committee's grading of the ward's whole year, not a digital-transformation
# figure and not a ranking; a judgement). Not quantities: "20-1" (a date), "năm
# 2026".
# --------------------------------------------------------------------------
D02 = dict(name="02_tphcm-phuong-hoa-hung-cchc-2025", kind="result", year=2025, records=[
    R("nhóm «20 đơn vị dẫn đầu khối phường, xã, đặc khu của TPHCM",
      "chỉ số xếp hạng cải cách hành chính của phường Hòa Hưng thuộc nhóm đơn vị dẫn đầu khối phường, xã, đặc khu của TPHCM",
      "<=", 20, **RANK),
    R("nhóm «20 đơn vị dẫn đầu khối phường, xã, đặc khu của thành phố",
      "chỉ số cải cách hành chính của phường được xếp hạng thuộc nhóm đơn vị dẫn đầu khối phường, xã, đặc khu của thành phố",
      "<=", 20, **RANK),
])

# --------------------------------------------------------------------------
# 03 The nation, "Bình dân học vụ số" and the results of the digital-government
# programme (daibieunhandan.vn; cut: the photo caption "Thủ tướng Phạm Minh Chính
# tham quan nền tảng “Bình dân học vụ số”, ngày 26.3.2025. Ảnh: Nhật Bắc"; no
# byline; the excerpt ends in "côn"). Results "thời gian qua": villages with fibre
# 96,4%, households using fibre broadband 82,9%, the digital economy's share of
# GDP 18,3%, 10 key national databases, the population database connected to 18
# ministries and 63 localities, more than 1,8 billion look-ups: seven records,
# scope null. Year null: the page names no year of its figures (its only years
# are the cut caption's and the date of Nghị quyết 57, 22.12.2024). Pillar null:
# the heading "Phổ cập kỹ năng số cho toàn dân" names the campaign, not a pillar
# (as earlier sets read "Lan tỏa kỹ năng số từ cơ sở"; a judgement), and the
# figures under it are of infrastructure, economy and data. Ids: villages
# infra.fibre_village_coverage_share; households infra.fibre_household_coverage_share
# (as earlier golds read "hộ gia đình sử dụng cáp quang"); econ.digital_economy_gdp_share;
# the counts null. Not quantities: "5G", "22.12.2024", "57-NQ/TW".
# --------------------------------------------------------------------------
D03 = dict(name="03_quocgia-binh-dan-hoc-vu-so-ha-tang-du-lieu", kind="result", year=None, records=[
    R("5G; «96,4% thôn", "thôn, bản đã có internet cáp quang", "=", 96.4,
      iid="infra.fibre_village_coverage_share"),
    R("«82,9% hộ gia đình", "hộ gia đình sử dụng internet cáp quang băng rộng", "=", 82.9,
      iid="infra.fibre_household_coverage_share"),
    R("đóng góp «18,3% GDP", "Kinh tế số đóng góp GDP", "=", 18.3, iid="econ.digital_economy_gdp_share"),
    R("với «10 cơ sở dữ liệu", "cơ sở dữ liệu quốc gia trọng điểm", "=", 10, **CNT),
    R("với «18 bộ, ngành", "bộ, ngành cơ sở dữ liệu quốc gia về dân cư đã kết nối", "=", 18, **CNT),
    R("ngành, «63 địa phương", "địa phương cơ sở dữ liệu quốc gia về dân cư đã kết nối", "=", 63, **CNT),
    R("hơn «1,8 tỷ lượt", "lượt truy cập, tra cứu, xác thực thông tin cơ sở dữ liệu quốc gia về dân cư phục vụ",
      ">", 1800000000, **CNT),
])

# --------------------------------------------------------------------------
# 04 The nation, the tenth meeting of the National Committee on digital
# transformation: the results of 2024 (vietnam.vn, Quảng Ninh's page; no cut; no
# byline; the excerpt ends in "th"). Results of "năm 2024", year 2024 for all:
# revenue 152 tỷ USD (unit other, "USD", magnitude multiplied in; the sentence's
# subject is "Kinh tế số, xã hội số", id null: the catalogue's revenue entries
# are in đồng and of narrower sectors), 54/76 essential online public services
# deployed (a count of 54, the 76 its denominator), 100% chip ID cards issued
# (society.chip_id_cards_share), more than 60 million electronic identification
# accounts activated (society.eid_accounts_activated_count), 40 utilities on
# VNeID (written "VNelD"; count, id null). NOT: "tăng 10,9%" (a change). Not
# quantities: "tăng 27 tiện ích so với năm 2023" (a change against an earlier
# value), "6/2", "lần thứ 10", "Đề án 06" (a name), "tháng 10/2024", "5G", "năm
# 2025".
# --------------------------------------------------------------------------
D04 = dict(name="04_quocgia-phien-hop-10-ket-qua-2024", kind="result", year=2024,
           NOT=["tăng «10,9%"], records=[
    R("đạt «152 tỷ USD", "Kinh tế số, xã hội số doanh thu", "=", 152000000000, unit="other", unit_text="USD"),
    R("triển khai «54/76 dịch vụ", "dịch vụ công trực tuyến thiết yếu đã triển khai", "=", 54, **CNT),
    R("cấp «100% CCCD", "CCCD gắn chip cho công dân đủ điều kiện hoàn thành cấp", "=", 100,
      iid="society.chip_id_cards_share"),
    R("trên «60 triệu tài khoản", "tài khoản định danh điện tử kích hoạt", ">", 60000000, **CNT,
      iid="society.eid_accounts_activated_count"),
    R("cung cấp «40 tiện ích", "tiện ích trên ứng dụng VNelD cung cấp", "=", 40, **CNT),
])

# --------------------------------------------------------------------------
# 05 Huế, youth union members helping people with VNeID at Thuận Hóa ward's
# public-administration centre (huengaynay.vn; the crawler's stamp " date
# 2025-08-23" kept with the caption it stands on, "Đoàn viên, thanh niên hỗ trợ
# người dân lấy lại mật khẩu tài khoản VNeID", on the first line as returned;
# cut: the photo caption "Đoàn viên phường Thuận Hóa hỗ trợ người dân" with one
# blank line; the excerpt ends in "tốt n"). One result: "mỗi ca trực có khoảng 10
# đoàn viên chia nhau hỗ trợ người dân", op "~", year 2025 (the stamp; a
# judgement: the page names no year), id null. Not quantities: "70 tuổi" (a
# person's age), the stamp.
# --------------------------------------------------------------------------
D05 = dict(name="05_hue-doan-vien-ho-tro-vneid-2025", kind="result", year=2025, records=[
    R("khoảng «10 đoàn viên", "đoàn viên chia nhau hỗ trợ người dân mỗi ca trực tại Trung tâm", "~", 10, **CNT),
])

# --------------------------------------------------------------------------
# 06 TP.HCM, robots, chatbots and virtual assistants at the wards' public-
# administration centres (sggp.org.vn; the crawler's stamp " date 2026-01-28"
# kept on the first line as returned; cut: the photo caption "Người dân chạm vào
# màn hình để được trợ lý ảo hướng dẫn thủ tục tại Trung tâm Phục vụ hành chính
# công phường Tân Hưng, TPHCM" with one blank line; the excerpt ends in "440 ng").
# No record: the page's numbers are a time and a date ("9 giờ sáng 27-1") and the
# ward's population of elderly people and another group ("8.316 người cao tuổi và
# 440 ng[ười]"), a description of whom the officer serves, not a digital-
# transformation figure (a judgement). Not named "precision": it was taken as a
# report and turned out to hold no figure.
# --------------------------------------------------------------------------
D06 = dict(name="06_tphcm-tro-ly-ao-phuong-xa-2026", kind="result", year=2026, records=[])

# --------------------------------------------------------------------------
# 07 The nation, VNPT's infrastructure for the two-level local government
# (sggp.org.vn; the crawler's stamp " date 2025-08" kept on the first line as
# returned; no cut; the excerpt ends in "toàn qu"). Results, year 2025 (the
# stamp; the page's only time words are "sau sáp nhập", after July 2025): video
# conferencing installed and running "tại gần 2.500 điểm cầu xã, phường" (op "~",
# infra.video_conference_points_count) and VNPT leading the administrative-
# procedure and document systems "tại 26 trong tổng số 34 tỉnh, thành phố" (a
# count of 26; "trong tổng số 34" names the denominator, as the spec reads "so
# với tổng số"; id null). Pillar null (the heading "Tăng cường sự thuận tiện cho
# người dân và doanh nghiệp" names no pillar). Not quantities: "2 cấp" (the
# model's name), "gấp đôi băng thông" (a change, and no number), "34" (the
# denominator).
# --------------------------------------------------------------------------
D07 = dict(name="07_quocgia-vnpt-diem-cau-hop-truc-tuyen-2025", kind="result", year=2025, records=[
    R("gần «2.500 điểm cầu", "hệ thống kênh truyền và trang thiết bị phục vụ họp trực tuyến vận hành thông suốt tại điểm cầu xã, phường",
      "~", 2500, **CNT, iid="infra.video_conference_points_count"),
    R("tại «26 trong tổng số", "tỉnh, thành phố VNPT chủ trì triển khai hệ thống giải quyết thủ tục hành chính, hệ thống quản lý văn bản và điều hành sau sáp nhập",
      "=", 26, **CNT),
])

# --------------------------------------------------------------------------
# 08 The nation, VNPT's upgrade of the dedicated data network before 1/7/2025
# (nss.vn; no cut: the excerpt opens with an empty line and the heading "\"Xa lộ
# số\" phục vụ vận hành mô hình chính quyền 2 cấp", kept as returned; no byline;
# the excerpt ends in "một tr"). Results, year 2025 ("trước ngày 1/7/2025",
# "Trước ngày 29/6/2025"). The Metronet channel "tại 14 tỉnh/thành đã được nâng
# cấp lên 200Mbps": two records (the count of provinces, and the bandwidth
# reached, unit other "Mbps"). The commune-to-province lines "đạt mức 200Mbps cho
# 88% xã cũ (9.803/11.059) và 88% xã mới (2.943/3.321)": five records, the
# bandwidth, then each share with its own subject and the bracket's count of
# communes (spec: a bracket that states a value; the number after "/" is the
# denominator). Old and new communes are a breakdown by kind of unit, not a split
# by level or population group, so scope null on both (a judgement: both are the
# commune level). "hoàn tất tại 100% địa phương": the province-to-regional-centre
# lines, a result of 100%. Pillar null (the heading names the model, not a
# pillar). Ids null: the catalogue has no entry for the dedicated network's
# bandwidth or the share of communes whose line was upgraded
# (infra.specialised_network_connection_share is agencies connected at all). Not
# quantities: "63 tỉnh/thành", "34 đơn vị hành chính" (the administrative
# reorganisation, not a digital-transformation figure), "2 cấp" (a name),
# "1/7/2025", "29/6/2025" (dates), "gấp 4 lần băng thông cũ" (a change against
# the earlier bandwidth).
# --------------------------------------------------------------------------
D08 = dict(name="08_quocgia-vnpt-bang-thong-xa-2025", kind="result", year=2025, records=[
    R("tại «14 tỉnh/thành", "tỉnh/thành có kênh Metronet liên tỉnh của Mạng truyền số liệu chuyên dùng (TSLCD) đã được nâng cấp",
      "=", 14, **CNT),
    R("nâng cấp lên «200Mbps", "kênh Metronet liên tỉnh của Mạng truyền số liệu chuyên dùng (TSLCD) nâng cấp lên",
      "=", 200, unit="other", unit_text="Mbps"),
    R("đạt mức «200Mbps", "tuyến từ xã/phường đến tỉnh/thành phố băng thông đạt mức", "=", 200, unit="other", unit_text="Mbps"),
    R("cho «88% xã cũ", "xã cũ có tuyến đến tỉnh/thành phố đạt mức băng thông", "=", 88),
    R("(«9.803/11.059)", "xã cũ có tuyến đạt mức băng thông", "=", 9803, **CNT),
    R("và «88% xã mới", "xã mới có tuyến đến tỉnh/thành phố đạt mức băng thông", "=", 88),
    R("(«2.943/3.321)", "xã mới có tuyến đạt mức băng thông", "=", 2943, **CNT),
    R("tại «100% địa phương", "tuyến từ tỉnh/thành đến Trung tâm miền được nâng cấp băng thông hoàn tất tại địa phương", "=", 100),
])

# --------------------------------------------------------------------------
# 09 Quảng Ngãi, Kế hoạch 05/KH-UBND on digital government 2026-2030 (nhansu.vn,
# the document's page with its table of particulars; no cut; the excerpt ends in
# "nền t"). A precision text: the plan's principles state no number. Not
# quantities: "05/KH-UBND" (several times), "08/01/2026" (twice), "ngày 08 tháng
# 01 năm 2026", "2629/QĐ-TTg", "01/12/2025", "3741/TTr-SKHCN", "23/12/2025",
# "2026-2030", "2026 - 2030", "năm 2026", the list numbers "1.", "2.", "3.".
# --------------------------------------------------------------------------
D09 = dict(name="09_quangngai-kh05-chinh-quyen-so-2026-2030-precision", kind="target", year=2026, records=[])

# --------------------------------------------------------------------------
# 10 Vĩnh Long, the conference on Nghị quyết 57 (dantri.com.vn; cut: the photo
# caption "Ông Huỳnh Thành Đạt, Phó Trưởng Ban Tuyên giáo và Dân vận Trung ương
# phát biểu tại hội nghị (Ảnh: Minh Trung)." with one blank line; no byline; the
# excerpt ends in "; x"). A precision text: its figures are counts of tasks
# ("trong tổng số 868 nhiệm vụ, có 294 nhiệm vụ đã hoàn thành, 472 nhiệm vụ đang
# thực hiện trong hạn và 102 nhiệm vụ chưa hoàn thành quá hạn"; spec: counts of
# tasks are not quantities, and earlier sets leave out the tasks or targets met),
# a date ("22/10", "tháng 8/2025"), a year of aim ("năm 2045") and a resolution's
# number ("Nghị quyết số 57", twice, "Nghị quyết 57").
# --------------------------------------------------------------------------
D10 = dict(name="10_vinhlong-nq57-nhiem-vu-precision", kind="result", year=2025, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
