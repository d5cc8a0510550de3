#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set106).

Copied from set69's builder (itself from set47's, set45's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (241
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

# --------------------------------------------------------------------------
# 01 Long An, two years of Nghị quyết 21-NQ/TU and the digitisation of
# applications (vietnamnet.vn, no date shown; "Tính đến cuối năm 2023" → the
# document's year 2023). The DTI place by year in one bracket, "năm 2020 xếp
# hạng 27, năm 2021 xếp thứ 21, năm 2022 đứng thứ 11 trong 63 tỉnh": three rank
# results (=), each with its own year (dti.provincial_rank). "trên 1.570 dịch vụ
# công" (>, count, egov.online_services_count), "đạt gần 96%" (~,
# egov.online_applications_share: "tỷ lệ nộp hồ sơ trực tuyến"). The last line
# "100% sở, ngành của tỉnh, ủy ban nhân dân các cấp đã triển khai sử dụng đồng
# bộ" is cut off by the page before its object: a result of 2023 with the
# subject as its wording, no id. Pillar null (no heading; the list of pillar
# names "Nhận thức số, Thể chế số, ..." is no lead-in to a quantity). Not
# quantities: "2 năm", "21-NQ/TU", "20/8/2021", "3 trụ cột", "26/34 chỉ tiêu"
# (a count of targets met, set15 04 and later sets), "63" (the rank's field).
# --------------------------------------------------------------------------
D01 = dict(name="01_longan-so-hoa-ho-so-2023", kind="result", year=2023, records=[
    R("năm 2020 xếp hạng «27", "Chỉ số chuyển đổi số của Long An xếp hạng", "=", 27, **RANK, year=2020,
      iid="dti.provincial_rank"),
    R("năm 2021 xếp thứ «21", "Chỉ số chuyển đổi số của Long An xếp thứ", "=", 21, **RANK, year=2021,
      iid="dti.provincial_rank"),
    R("năm 2022 đứng thứ «11", "Chỉ số chuyển đổi số của Long An đứng thứ trong 63 tỉnh, thành phố", "=", 11, **RANK,
      year=2022, iid="dti.provincial_rank"),
    R("cung cấp trên «1.570 dịch vụ", "Cổng dịch vụ công trực tuyến của tỉnh cung cấp dịch vụ công", ">", 1570, **CNT,
      iid="egov.online_services_count"),
    R("đạt gần «96%", "tỷ lệ nộp hồ sơ trực tuyến toàn tỉnh", "~", 96, iid="egov.online_applications_share"),
    R("quan trọng.\n«100% sở", "sở, ngành của tỉnh, ủy ban nhân dân các cấp đã triển khai sử dụng đồng bộ", "=", 100),
])

# --------------------------------------------------------------------------
# 02 Cà Mau, software and systems in state bodies (congluan.vn, no date shown;
# the only year written is the target year "đến năm 2030" of a goal with no
# number) → results with year null (spec: null when nothing in the text says).
# Counts: "khoảng 142 phần mềm, hệ thống thông tin" (~), "trên 60 phần mềm, hệ
# thống thông tin do địa phương triển khai" (>), "iOffice trên 650 cơ quan, đơn
# vị" (>), "chữ ký số chuyên dùng cho 1.316 cơ quan Đảng và Nhà nước" (=; bodies
# served, not certificates issued → no id, a judgement), "Cấp 11.000 tài khoản
# hộp" (=; cut off by the page inside "hộp thư", the wording kept as written).
# No catalogue id (the catalogue holds shares of agencies, not counts). Pillar
# null: the heading "Lấy người dân là trung tâm của chuyển đổi số" names no
# pillar, and the paragraph naming "chính quyền điện tử ... chính quyền số"
# states no quantity and opens no list (spec: a new paragraph that names no
# pillar has pillar null). Not quantities: "3 trụ cột", "năm 2030".
# --------------------------------------------------------------------------
D02 = dict(name="02_camau-phan-mem-ioffice-chu-ky-so", kind="result", year=None, records=[
    R("có khoảng «142 phần mềm", "phần mềm, hệ thống thông tin đang được sử dụng và khai thác tại các cơ quan, đơn vị "
      "nhà nước", "~", 142, **CNT),
    R("trên «60 phần mềm", "phần mềm, hệ thống thông tin do địa phương triển khai", ">", 60, **CNT),
    R("trên «650 cơ quan", "triển khai hệ thống quản lý văn bản và điều hành (iOffice) trên cơ quan, đơn vị trên địa "
      "bàn tỉnh", ">", 650, **CNT),
    R("cho «1.316 cơ quan", "Triển khai chữ ký số chuyên dùng cho cơ quan Đảng và Nhà nước", "=", 1316, **CNT),
    R("Cấp «11.000 tài khoản", "Cấp tài khoản hộp", "=", 11000, **CNT),
])

# --------------------------------------------------------------------------
# 03 Kiên Giang, community digital technology teams (phapluatplus.baophapluat.vn,
# no date shown). "950 Tổ công nghệ số cộng đồng ... với tổng số 5.807 thành
# viên" (two counts, =; aware.community_digital_teams_count and
# aware.community_digital_team_members_count) and "gần 3.000 thành viên tham gia
# tập huấn" (~, count, no id: members trained, not members). Year: "Năm 2023"
# is the only year the text gives a value for; the teams' "đến nay" is read as
# the same report's year → 2023 for all three (a judgement). Pillar null.
# Not quantities: "năm 2025", "năm 2030" (the national programme's name);
# "Mỗi hộ gia đình một đường cáp quang ..., mỗi người dân một điện thoại thông
# minh" is written in words (no digits) and is a slogan.
# --------------------------------------------------------------------------
D03 = dict(name="03_kiengiang-to-cong-nghe-so-cong-dong", kind="result", year=2023, records=[
    R("thành lập «950 Tổ", "Tổ công nghệ số cộng đồng tại xã, phường, thị trấn được thành lập", "=", 950, **CNT,
      iid="aware.community_digital_teams_count"),
    R("tổng số «5.807 thành viên", "thành viên Tổ công nghệ số cộng đồng", "=", 5807, **CNT,
      iid="aware.community_digital_team_members_count"),
    R("với gần «3.000 thành viên", "thành viên Tổ Công nghệ số cộng đồng tham gia tập huấn sử dụng các nền tảng số",
      "~", 3000, **CNT),
])

# --------------------------------------------------------------------------
# 04 Sóc Trăng, work records online by level, mid-2023 (dttc.sggp.org.vn, no
# date shown; "Tính đến giữa năm 2023" → 2023). "87,74% hồ sơ công việc được xử
# lý trên môi trường mạng đối với cấp tỉnh, 85,79% đối với cấp huyện và 76,28%
# đối với cấp xã": three records split by level (scopes cấp tỉnh, cấp huyện,
# cấp xã; egov.work_records_online_share). "hơn 30,7% chế độ báo cáo ... đã
# được kết nối, tích hợp, chia sẻ dữ liệu số trên hệ thống thông tin báo cáo"
# (>, egov.online_reporting_share). "Hiện nay, toàn tỉnh đã triển khai 100%
# dịch vụ công trực tuyến" (=, 2023; cut off by the page after "quản l"; no
# exact id). Pillar: the heading "Giải quyết hồ sơ công việc trên môi trường
# mạng" names a topic of chính quyền số (work records handled online) → GOV
# for every record under it (spec: a heading naming a topic of one pillar; a
# judgement). Not quantities: "27-10-2021", "07-NQ/TU", "khóa XIV", "2 năm",
# "Nghị quyết 07", "năm 2025", "năm 2030".
# --------------------------------------------------------------------------
D04 = dict(name="04_soctrang-ho-so-cong-viec-giua-2023", kind="result", year=2023, records=[
    R("có «87,74% hồ sơ", "hồ sơ công việc được xử lý trên môi trường mạng", "=", 87.74, scope="cấp tỉnh",
      pillar=GOV, iid="egov.work_records_online_share"),
    R("tỉnh, «85,79% đối", "hồ sơ công việc được xử lý trên môi trường mạng", "=", 85.79, scope="cấp huyện",
      pillar=GOV, iid="egov.work_records_online_share"),
    R("và «76,28% đối", "hồ sơ công việc được xử lý trên môi trường mạng", "=", 76.28, scope="cấp xã",
      pillar=GOV, iid="egov.work_records_online_share"),
    R("hơn «30,7% chế độ", "chế độ báo cáo, tổng hợp báo cáo định kỳ, thống kê về kinh tế - xã hội đã được kết nối, "
      "tích hợp, chia sẻ dữ liệu số trên hệ thống thông tin báo cáo của tỉnh", ">", 30.7, pillar=GOV,
      iid="egov.online_reporting_share"),
    R("triển khai «100% dịch vụ", "toàn tỉnh đã triển khai dịch vụ công trực tuyến", "=", 100, pillar=GOV),
])

# --------------------------------------------------------------------------
# 05 An Giang, VNPT's work for e-government (thanhnien.vn; opens with the
# crawler's stamp " date 2021-04", kept as returned). A precision text: one
# quantity, the plan "giai đoạn 2020 - 2025, Tập đoàn VNPT sẽ triển khai mạng
# 5G tại 11 trung tâm huyện, thị xã và thành phố của tỉnh" (target, bare
# number → >=, count, year 2025 = the period's end, a judgement; no id: the
# catalogue's 5G indicator is a coverage share). Pillar: the heading "Nỗ lực
# xây dựng chính quyền điện tử" → GOV (spec: "Chính quyền điện tử" in a
# heading; the heading decides even for a 5G quantity). Not quantities:
# "2020 - 2025", "1 trong 6 chương trình" (a membership and a count of
# programmes), "2016 - 2020", "4.0", "5G" (names).
# --------------------------------------------------------------------------
D05 = dict(name="05_angiang-vnpt-5g-2021-precision", kind="target", year=2025, records=[
    R("mạng 5G tại «11 trung tâm", "Tập đoàn VNPT triển khai mạng 5G tại trung tâm huyện, thị xã và thành phố của tỉnh",
      ">=", 11, **CNT, pillar=GOV),
])

# --------------------------------------------------------------------------
# 06 Sóc Trăng, community digital teams among ethnic minorities
# (dantocmiennui.vn, no date shown). A precision text with no quantity: "trên
# 35% dân số là đồng bào dân tộc thiểu số" and "hơn 44% dân số là đồng bào
# Khmer" describe the population (no target or result of the transformation,
# NOT; as set69 01's "chiếm gần 90%"); "chi phí sản xuất giảm 20% so với vụ
# trước" is one farmer's change against an earlier season (spec: a result's
# change against an earlier value; NOT); "1 héc-ta lúa" a farm's size.
# --------------------------------------------------------------------------
D06 = dict(name="06_soctrang-to-cnscd-dan-toc-precision", kind="result", year=None, records=[],
           NOT=["có trên «35% dân số", "có hơn «44% dân số", "giảm «20% so với"])

# --------------------------------------------------------------------------
# 07 Bạc Liêu, social benefits paid without cash (sggp.org.vn; opens with the
# crawler's stamp " date 2023-06", kept as returned). A precision text: one
# quantity, "từ tháng 11-2022, đơn vị đã ngừng thu tiền điện tại nhà với 100%
# khách hàng sử dụng điện trên địa bàn" (result, =, year 2022 as the sentence
# says; no id). Pillar null (the heading "Khuyến khích không dùng tiền mặt"
# names no pillar). Not quantities: "1-7-2023" (a start date), "11-2022".
# --------------------------------------------------------------------------
D07 = dict(name="07_baclieu-an-sinh-khong-tien-mat-2023-precision", kind="result", year=2023, records=[
    R("nhà với «100% khách", "Công ty Điện lực Bạc Liêu ngừng thu tiền điện tại nhà với khách hàng sử dụng điện trên "
      "địa bàn", "=", 100, year=2022),
])

# --------------------------------------------------------------------------
# 08 Bến Tre, the public-administration centre (vietnamnet.vn Tuần Việt Nam,
# no date shown; two image placeholder lines "{keywords}" cut). A precision
# text: one quantity, "gần 100% dịch vụ công đã được chuyển lên trực tuyến"
# (result, ~, year null: nothing in the text says; no exact id). Not
# quantities: "1 cửa duy nhất" (the one-stop idea), "cấp độ 4" (a level's
# name). Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_bentre-hanh-chinh-cong-precision", kind="result", year=None, records=[
    R("với gần «100% dịch vụ", "dịch vụ công đã được chuyển lên trực tuyến", "~", 100),
])

# --------------------------------------------------------------------------
# 09 Sóc Trăng, the general aims of the 2025 plan (nld.com.vn; opens with the
# crawler's stamp " date 2025-06"; a photo caption cut). A precision text
# with no quantity: only the plan's year "năm 2025", "07-NQ/TU", the date
# "27/10/2021" (written "ngày27/10/2021"), "Khóa XIV" and "năm 2030".
# --------------------------------------------------------------------------
D09 = dict(name="09_soctrang-ke-hoach-cds-2025-precision", kind="target", year=2025, records=[])

# --------------------------------------------------------------------------
# 10 Cà Mau (the province after the merger), people at the public-service
# centre (vietnam.vnanet.vn; opens with the crawler's stamp " date 2026-02-25"
# on the same line as a photo caption, kept as returned since the line holds
# the stamp; a second caption cut). A precision text with no quantity: "24/2"
# (a date) is its only number besides the stamp.
# --------------------------------------------------------------------------
D10 = dict(name="10_camau-hanh-chinh-cong-2026-precision", kind="result", year=2026, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
