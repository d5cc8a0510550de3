#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set296).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: a result's change against an earlier
value, completion against a plan); check_gold.py verifies that every percentage has a record or a
NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set193, the id is given in the record itself (`iid=`).

The theme is the postal network and postal services: post offices, commune cultural post points,
revenue, delivery routes, parcels, and the national postal strategy's targets. Money is unit
`other` with unit_text "đồng" (the magnitude word multiplied in), tonnes "tấn", rates per point or
per day their written unit.

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

DONG = dict(unit="other", unit_text="đồng")
TAN = dict(unit="other", unit_text="tấn")
POINTS = "infra.postal_service_points_count"
PEOPLE_PER_POINT = "infra.people_per_postal_point"
COMMUNES_POINT = "infra.postal_points_communes_share"
POINTS_NET = "infra.postal_points_internet_share"
ADDRESS = "platforms.digital_address_households_share"

# --------------------------------------------------------------------------
# 01 Hà Nam, the Department of Information and Communications' results in postal state management
# in 2022 (stttt.hanam.gov.vn; cut: the SharePoint links "Skip Ribbon Commands" and "Skip to main
# content" with the blank line after the second, and the section label "Thông tin phát triển
# ngành  "; the title stands twice and both are kept; no byline, no stamp; the excerpt ends in
# "bưu chính đ"). Year 2022 (the title's and the text's "năm 2022"). Pillar null (no heading; the
# first paragraph's "kinh tế số nông nghiệp" is a task, not a lead-in to the numbers). Results, all
# `=` but "gần 500 người" and "khoảng 30%" (`~`): "12 doanh nghiệp cung ứng dịch vụ bưu chính",
# "07 chi nhánh, văn phòng đại diện", "Tổng số điểm phục vụ bưu chính là 204" (POINTS), the
# provincial post office's "134 điểm phục vụ bưu chính (133 điểm ... có người phục vụ và 01 thùng
# thư công cộng độc lập)", "98 điểm bưu điện - văn hóa xã; 01 bưu cục cấp 1; 05 bưu cục cấp 2; 28
# bưu cục cấp 3 và 01 bưu cục phát" (one record per number, each its own subject, scope null: a
# breakdown by kind of point, spec's breakdown rule), "598.503 triệu đồng" (revenue to the end of
# the third quarter: 598503e6 đồng), "gần 500 người" (workers), "khoảng 30%" (women's share), "01
# cuộc kiểm tra" (an inspection carried out: a count of events done, a judgement, as a result).
# Not quantities: "468/QĐ-TTg", "17/3/2021" (a document and its date), "cấp 1", "cấp 2", "cấp 3"
# (grades of post office, labels), "quý III năm 2022" (a period).
# --------------------------------------------------------------------------
D01 = dict(name="01_hanam-buu-chinh-quan-ly-nha-nuoc-2022", kind="result", year=2022, records=[
    R("Nam có «12 doanh nghiệp", "doanh nghiệp cung ứng dịch vụ bưu chính trên địa bàn tỉnh", "=", 12, **CNT),
    R("trong đó có «07 chi nhánh", "chi nhánh, văn phòng đại diện của doanh nghiệp bưu chính", "=", 7, **CNT),
    R("bưu chính là «204", "Tổng số điểm phục vụ bưu chính", "=", 204, **CNT, iid=POINTS),
    R("Nam có «134 điểm", "điểm phục vụ bưu chính của Bưu điện tỉnh Hà Nam", "=", 134, **CNT),
    R("chính («133 điểm", "điểm phục vụ bưu chính có người phục vụ của Bưu điện tỉnh", "=", 133, **CNT),
    R("phục vụ và «01 thùng", "thùng thư công cộng độc lập", "=", 1, **CNT),
    R("có «98 điểm bưu điện", "điểm bưu điện - văn hóa xã", "=", 98, **CNT),
    R("xã; «01 bưu cục cấp 1", "bưu cục cấp 1", "=", 1, **CNT),
    R("; «05 bưu cục cấp 2", "bưu cục cấp 2", "=", 5, **CNT),
    R("; «28 bưu cục cấp 3", "bưu cục cấp 3", "=", 28, **CNT),
    R("và «01 bưu cục phát", "bưu cục phát", "=", 1, **CNT),
    R("năm 2022: «598.503 triệu", "Doanh thu dịch vụ bưu chính tính đến hết quý III", "=", 598503e6, **DONG),
    R("chính gần «500 người", "số lượng lao động lĩnh vực bưu chính", "~", 500, **CNT),
    R("chiếm khoảng «30%", "tỷ lệ lao động nữ trong lĩnh vực bưu chính", "~", 30),
    R("thực hiện «01 cuộc kiểm tra", "cuộc kiểm tra về hoạt động bưu chính sở đã thực hiện", "=", 1, **CNT),
])

# --------------------------------------------------------------------------
# 02 Bà Rịa - Vũng Tàu, the provincial post office's review of 2020 and its plan for 2021
# (baobariavungtau.com.vn; cut: the lines "." at the head and the three at the foot, the byline
# date "Cập nhật: 19:34, 08/01/2021 (GMT+7)" with the blank line after it (written as the first line
# `date 2021-01-08`), the photo caption "Thừa ủy quyền của Bộ TT-TT, lãnh đạo Sở TT-TT tỉnh trao Cờ
# ..." that stands twice (both lines, with the blank line after them), and the byline "Tin, ảnh:
# QUANG VŨ"; the kicker "BƯU ĐIỆN TỈNH" kept). Year 2020 (the results are of "Năm 2020", the network
# "Tính đến tháng 11/2020"). Results: the title's and the body's "ước (đạt) hơn 233 tỷ đồng" (`>`,
# 233e9 đồng; two records, the title states the quantity too), "195 tuyến phát trong đó có 48 tuyến
# phát trung tâm và 141 tuyến phát xã, KCN" (three counts, each its own subject, scope null: a
# breakdown by kind of route), "tần suất phát 1-3 lần/ngày" (between 1-3, other "lần/ngày"), "số
# điểm phát bình quân 82-125 điểm/ngày" (between 82-125, other "điểm/ngày"). Target: "tổng doanh thu
# theo kế hoạch là gần 232 tỷ đồng" for 2021 (kind target, `~` for "gần", year 2021). NOT: "vượt
# 7,5% kế hoạch" (completion against a plan). Not quantities: "8/1", "năm 2020", "năm 2021",
# "tháng 11/2020" (dates). Pillar null. No ids (the catalogue has no post office revenue or route).
# --------------------------------------------------------------------------
D02 = dict(name="02_bariavungtau-buu-dien-doanh-thu-2020", kind="result", year=2020, records=[
    R("ước đạt hơn «233 tỷ", "Doanh thu năm 2020 của Bưu điện tỉnh", ">", 233e9, **DONG),
    R("tỉnh ước hơn «233 tỷ", "tổng doanh thu của Bưu điện tỉnh", ">", 233e9, **DONG),
    R("tỉnh có «195 tuyến", "tuyến phát toàn tỉnh", "=", 195, **CNT),
    R("có «48 tuyến", "tuyến phát trung tâm", "=", 48, **CNT),
    R("và «141 tuyến", "tuyến phát xã, KCN", "=", 141, **CNT),
    R("tần suất phát «1-3 lần", "tần suất phát", "between", 1, value_max=3, unit="other", unit_text="lần/ngày"),
    R("bình quân «82-125 điểm", "số điểm phát bình quân", "between", 82, value_max=125, unit="other",
      unit_text="điểm/ngày"),
    R("là gần «232 tỷ", "tổng doanh thu theo kế hoạch sản xuất kinh doanh năm 2021 của Bưu điện tỉnh", "~", 232e9,
      **DONG, **T, year=2021),
], NOT=["vượt «7,5% kế hoạch"])

# --------------------------------------------------------------------------
# 03 Đồng Tháp, the provincial post office's revenue in 2020 (thdt.vn; the stamp " date 2021-01"
# written as the first line; cut: the byline "Lê Giang/THĐT"). Year 2020 (the text's "Trong năm
# 2020"). Results: "doanh thu thực hiện được 210 tỷ đồng" (`=`), "nhóm dịch vụ bưu chính chuyển phát
# thực hiện gần 86 tỷ đồng" (`~`), "nhóm dịch vụ tài chính bưu chính đạt 40 tỷ đồng" (`=`), "nhóm
# dịch vụ phân phối truyền thông đạt gần 85 tỷ đồng" (`~`): one record per group, each its own
# subject, scope null (a breakdown by kind of service). NOT: "tăng 32%", "tăng 13%", "giảm 3%"
# (changes against the year before). Not quantities: "năm 2021" (a date). Pillar null. No ids.
# --------------------------------------------------------------------------
D03 = dict(name="03_dongthap-buu-dien-doanh-thu-2020", kind="result", year=2020, records=[
    R("thực hiện được «210 tỷ", "doanh thu của Bưu điện Đồng Tháp", "=", 210e9, **DONG),
    R("thực hiện gần «86 tỷ", "doanh thu nhóm dịch vụ bưu chính chuyển phát", "~", 86e9, **DONG),
    R("chính đạt «40 tỷ", "doanh thu nhóm dịch vụ tài chính bưu chính", "=", 40e9, **DONG),
    R("đạt gần «85 tỷ", "doanh thu nhóm dịch vụ phân phối truyền thông", "~", 85e9, **DONG),
], NOT=["tăng «32% so", "tăng «13% so", "giảm «3% so"])

# --------------------------------------------------------------------------
# 04 Thái Bình and the country, the revenue of the commune cultural post points in the first half
# of 2023 (vietnampost.vn; nothing cut; no byline, no stamp; the excerpt ends in "tại địa bàn ").
# Year 2023 (the text's "6 tháng đầu năm 2023"; the count "Tính đến thời điểm hiện nay" read in the
# same year). Results, `=`: "trên toàn quốc có 8.273 BĐ-VHX", "Doanh thu 6 tháng đầu năm 2023 của các
# BĐ-VHX ... là 1.383 tỷ đồng; bình quân 28 triệu đồng/điểm/tháng" (other "đồng/điểm/tháng",
# 28e6); Thái Bình's "228 BĐ-VHX", "34,4 tỷ đồng", "(bình quân 25 triệu đồng/điểm/tháng)" (place
# "Thái Bình": the page is the country's, the province named is not the document's own). Pillar
# null. Not quantities: "6 tháng" (a period), the names "Bill & Melinda Gates". Ids null (the
# catalogue's points count is of all postal points, not of the cultural points alone).
# --------------------------------------------------------------------------
PER_POINT_MONTH = dict(unit="other", unit_text="đồng/điểm/tháng")
D04 = dict(name="04_thaibinh-buu-dien-van-hoa-xa-doanh-thu-2023", kind="result", year=2023, records=[
    R("quốc có «8.273 BĐ-VHX", "BĐ-VHX trên toàn quốc", "=", 8273, **CNT),
    R("BĐ-VHX đem lại là «1.383 tỷ", "Doanh thu 6 tháng đầu năm 2023 của các BĐ-VHX", "=", 1383e9, **DONG),
    R("bình quân «28 triệu", "Doanh thu bình quân của BĐ-VHX", "=", 28e6, **PER_POINT_MONTH),
    R("của «228 BĐ-VHX", "BĐ-VHX tại tỉnh Thái Bình", "=", 228, **CNT, place="Thái Bình"),
    R("BĐ-VHX là «34,4 tỷ", "doanh thu 6 tháng đầu năm 2023 của BĐ-VHX tỉnh Thái Bình", "=", 34.4e9, **DONG,
      place="Thái Bình"),
    R("(bình quân «25 triệu", "doanh thu bình quân của BĐ-VHX tỉnh Thái Bình", "=", 25e6, **PER_POINT_MONTH,
      place="Thái Bình"),
])

# --------------------------------------------------------------------------
# 05 Long An, the province's aim for the postal network by 2025 (vietnampost.vn; cut: the image
# label "Long An Buu Chinh" (the repeated title under it kept), the byline "Thanh Thủy – Bảo Phúc/TH Long An", the site's links "CSKH Bưu điện ..." (six
# lines) and the stray "x"; no stamp). One target of 2025: "100% xã có điểm phục vụ bưu chính có
# người phục vụ và có kết nối Internet" (bare → `>=`; one number, one subject: one record, scope
# null; COMMUNES_POINT, a judgement: the catalogue's wording without the Internet link, as set150
# decided). Pillar null (the sentence's "phục vụ phát triển kinh tế số, xã hội số" names two
# pillars as the aim of the network, not a heading). Not quantities: "Quyết định số 654",
# "30/5/2022", "năm 2025", "năm 2030".
# --------------------------------------------------------------------------
D05 = dict(name="05_longan-buu-chinh-ha-tang-thiet-yeu-2025", kind="target", year=2025, records=[
    R("bưu chính; «100% xã", "xã có điểm phục vụ bưu chính có người phục vụ và có kết nối Internet", ">=", 100,
      iid=COMMUNES_POINT),
])

# --------------------------------------------------------------------------
# 06 The country, the postal development strategy's targets for 2025 (24hbinhphuoc.com.vn, a Bình
# Phước news site; nothing cut; no byline, no stamp; the excerpt ends in "phát triển th"). Kind
# target, year 2025 (every number stands under "đến năm 2025"). Targets: "thuộc nhóm 40 nước dẫn
# đầu theo đánh giá xếp hạng của Liên minh Bưu chính Thế giới (UPU)" (rank `<=` 40, a group);
# "tốc độ tăng trưởng trung bình của dịch vụ bưu chính phục vụ thương mại điện tử tối thiểu 30%"
# (`>=`: a target stated as a change is a quantity); "tối thiểu 50 bưu gửi/đầu người/năm" (`>=`,
# other "bưu gửi/đầu người/năm"); "Số dân phục vụ bình quân trên 1 điểm phục vụ bưu chính khoảng
# 3.700 người" (`~`, count, as set45 read the same words; PEOPLE_PER_POINT); "tối thiểu 3 doanh
# nghiệp bưu chính lớn" (`>=`, count); "cả nước có 27.000 điểm phục vụ bưu chính" (bare `>=`,
# POINTS); "100% điểm phục vụ bưu chính có người phục vụ có kết nối Internet" (POINTS_NET); "100% hộ
# gia đình có địa chỉ số" (ADDRESS). Pillars: the lead-in "Về phát triển hạ tầng bưu chính, ..."
# names hạ tầng → digital_infrastructure for its sentence (set45's judgement on "hạ tầng mạng lưới"
# of the postal network); "Về phát triển thị trường" and the rank's sentence name no pillar → null.
# Not quantities: "Ngày 30/5", "năm 2030" (dates), "5 nhóm mục tiêu" (a count of groups of goals,
# as the spec's counts of tasks), "1 điểm" (the denominator of the per-point rate).
# --------------------------------------------------------------------------
D06 = dict(name="06_ca-nuoc-chien-luoc-buu-chinh-muc-tieu-2025", kind="target", year=2025, records=[
    R("thuộc nhóm «40 nước", "Việt Nam thuộc nhóm nước dẫn đầu theo đánh giá xếp hạng của Liên minh Bưu chính "
      "Thế giới (UPU)", "<=", 40, **RANK),
    R("thương mại điện tử tối thiểu «30%", "tốc độ tăng trưởng trung bình của dịch vụ bưu chính phục vụ thương mại "
      "điện tử", ">=", 30),
    R("tối thiểu «50 bưu gửi", "bưu gửi/đầu người/năm", ">=", 50, unit="other", unit_text="bưu gửi/đầu người/năm"),
    R("khoảng «3.700 người", "Số dân phục vụ bình quân trên 1 điểm phục vụ bưu chính", "~", 3700, **CNT,
      iid=PEOPLE_PER_POINT),
    R("tối thiểu «3 doanh nghiệp", "doanh nghiệp bưu chính lớn dẫn dắt thị trường", ">=", 3, **CNT),
    R("cả nước có «27.000 điểm", "điểm phục vụ bưu chính cả nước", ">=", 27000, **CNT, pillar=INFRA, iid=POINTS),
    R("«100% điểm phục vụ", "điểm phục vụ bưu chính có người phục vụ có kết nối Internet", ">=", 100, pillar=INFRA,
      iid=POINTS_NET),
    R("«100% hộ gia đình", "hộ gia đình có địa chỉ số", ">=", 100, pillar=INFRA, iid=ADDRESS),
])

# --------------------------------------------------------------------------
# 07 Quảng Trị, Đakrông district, the Tà Rụt commune cultural post point equipped in 2023 under the
# sustainable poverty-reduction programme (baoquangtri.vn; cut: the template lines "{title}",
# "{publish}", "{head}" and the photo caption "Người dân đến đọc sách, báo, ... -Ảnh: T.T"; no
# byline, no stamp; the excerpt ends in "gặp nhi"). Year 2023 (the text's "Năm 2023"). Results, `=`:
# "là 1 trong 8 điểm bưu điện văn hóa xã được đầu tư thí điểm" (8, the points invested in; the "1"
# says Tà Rụt is one of them: membership, not a value), "trang cấp 1 bộ máy tính, 2 tủ sách báo, 1
# bộ bàn ghế" (three counts of equipment, each its own subject). Not quantities: "2021-2025" (the
# programme's period), "thứ Hai đến thứ Bảy" (days), "Tà Rụt 1" (a village's name). Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_quangtri-buu-dien-van-hoa-xa-ta-rut-2023", kind="result", year=2023, records=[
    R("1 trong «8 điểm", "điểm bưu điện văn hóa xã được đầu tư thí điểm từ Chương trình MTQG giảm nghèo bền vững",
      "=", 8, **CNT),
    R("trang cấp «1 bộ máy tính", "bộ máy tính được trang cấp cho Bưu điện văn hóa xã Tà Rụt", "=", 1, **CNT),
    R("tính, «2 tủ sách", "tủ sách báo được trang cấp cho Bưu điện văn hóa xã Tà Rụt", "=", 2, **CNT),
    R("báo, «1 bộ bàn ghế", "bộ bàn ghế được trang cấp cho Bưu điện văn hóa xã Tà Rụt", "=", 1, **CNT),
])

# --------------------------------------------------------------------------
# 08 Vĩnh Phúc, the provincial post office's revenue in the first nine months of 2020 (vnpost.vn;
# cut: the hotline line "Hot line   1900 54 54 81" and the link "Các tin khác"; no byline, no stamp).
# Year 2020. Results: the title's "doanh thu của Bưu điện tỉnh đạt trên 264 tỷ đồng" and the body's
# "đạt hơn 264 tỷ đồng" (`>`, two records). NOT: "tăng trên 16% so với cùng kỳ năm 2019", "Bình
# Xuyên tăng 21%", "Sông Lô tăng 27% so với cùng kỳ" (changes against the year before). Not
# quantities: "9 tháng" (a period), "năm 2019", "năm 2020", "Covid-19" (a name). Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_vinhphuc-buu-dien-9-thang-2020", kind="result", year=2020, records=[
    R("tỉnh đạt trên «264 tỷ", "doanh thu 9 tháng năm 2020 của Bưu điện tỉnh", ">", 264e9, **DONG),
    R("tỉnh đạt hơn «264 tỷ", "doanh thu 9 tháng năm 2020 của Bưu điện tỉnh", ">", 264e9, **DONG),
], NOT=["tăng trên «16%", "tăng «21%", "tăng «27%"])

# --------------------------------------------------------------------------
# 09 An Giang, the Department of Information and Communications relaying the ministry's 2024 action
# plan for the postal strategy (sotttt.angiang.gov.vn; nothing cut; no byline, no stamp; the excerpt
# ends in "Nghiên cứu "). A precision text, no record: the plan's tasks are named without a number.
# Year 2024 (the plan's "năm 2024"). Not quantities: "1242/QĐ-BTTTT", "654/QĐ-TTg" (documents),
# "28/6/2022", "30/5/2022" (their dates), "năm 2025", "năm 2030", "năm 2024" (years).
# --------------------------------------------------------------------------
D09 = dict(name="09_angiang-ke-hoach-chien-luoc-buu-chinh-2024-precision", kind="target", year=2024, records=[])

# --------------------------------------------------------------------------
# 10 Đồng Tháp, the Department's notice on the postal statistical reports (stttt.dongthap.gov.vn;
# cut: the portlet label "Xuất bản thông tin" and the breadcrumb "Chi tiết bài viết S4T_BUU CHINH
# VIEN THONG"; the title line "null BÁO CÁO THỐNG KÊ ..." kept as it stands; no byline, no stamp). A
# precision text, no record. Year 2022. Not quantities: "04/2022/TT-BTTTT", "739/STTTT-BCVT"
# (documents), "22 tháng 6 năm 2022", "04/7/2022" (dates), "BCCP-02", "BCCP-02B", "BCCP-03" (form
# names), "1.", "2." (list numbers), "ngày 10 tháng tiếp theo quý", "ngày 15/3 năm tiếp theo"
# (deadlines).
# --------------------------------------------------------------------------
D10 = dict(name="10_dongthap-bao-cao-thong-ke-buu-chinh-2022-precision", kind="result", year=2022, records=[])

# --------------------------------------------------------------------------
# 11 Quảng Ngãi, the provincial post office's conference on its 2026 business plan (vnpost.vn;
# nothing cut; no byline, no stamp; the excerpt ends in "quyết tâm "). A precision text, no record:
# the page reports the conference and its awards without a figure. Year 2026. Not quantities:
# "21/01/2026" (a date), "năm 2026", "năm 2025", "2024–2025", "2024 - 2025" (years and periods).
# --------------------------------------------------------------------------
D11 = dict(name="11_quangngai-buu-dien-ke-hoach-2026-precision", kind="result", year=2026, records=[])

# --------------------------------------------------------------------------
# 12 Bắc Giang, Lục Ngạn litchis sold through the post offices and the Postmart e-commerce platform,
# June 2023 (guicaniemtin.vn; cut: the byline line "22/06/2023 - 16:17:31 - 44 lượt xem" (a date and
# a view counter; written as the first line `date 2023-06-22`) and the photo caption "Khách hàng có
# thể dễ dàng đặt vải thiều trên sàn TMĐT Postmart ..." with the blank line after it; the excerpt
# ends in "HTX Bình "). Year 2023. Results: "khoảng 90.000 tấn được tiêu thụ trong nước" (`~`,
# other "tấn"), "chiếm gần 50% tổng sản lượng" (`~`). Target: the cooperative "năm nay dự kiến sẽ
# tiêu thụ gần 100 tấn vải thiều" (kind target: the earlier sets read "dự kiến" as a target; `~`
# for "gần"). NOT: "tăng 10% so với năm trước" (the expected amount's change against last year,
# restating the target against an earlier value; a judgement). Not quantities: "hàng chục tấn" (no
# number), "2021 và 2022", "tháng 6/2023" (dates), "sau 2 năm" (a duration), "khắp 63 tỉnh thành"
# (the extent of the network as all provinces, as set230 read "cả 63 tỉnh, thành phố"). Pillar null.
# --------------------------------------------------------------------------
D12 = dict(name="12_bacgiang-vai-thieu-postmart-2023", kind="result", year=2023, records=[
    R("khoảng «90.000 tấn", "vải thiều được tiêu thụ trong nước", "~", 90000, **TAN),
    R("chiếm gần «50%", "vải thiều tiêu thụ trong nước trong tổng sản lượng", "~", 50),
    R("tiêu thụ gần «100 tấn", "vải thiều Hợp tác xã Bình Nguyên dự kiến tiêu thụ", "~", 100, **TAN, **T),
], NOT=["tăng «10% so"])

# --------------------------------------------------------------------------
# 13 Bình Định, the commune cultural post points as the "extended arm" of digital transformation
# (vietnampost.vn; cut: the image label "Bd Bdvhx Canhtay" with the blank line after it; no byline,
# no stamp; the excerpt ends in "tại một BĐVHX. "). The province is named by its places (TX An
# Nhơn, huyện An Lão). Year null (the page states none). Result: "toàn tỉnh có 123 Bưu điện - Văn
# hóa xã (BĐ-VHX)" (`=`, count). Pillar null. No other number.
# --------------------------------------------------------------------------
D13 = dict(name="13_binhdinh-buu-dien-van-hoa-xa-hanh-chinh-cong", kind="result", year=None, records=[
    R("tỉnh có «123 Bưu điện", "Bưu điện - Văn hóa xã toàn tỉnh", "=", 123, **CNT),
])

# --------------------------------------------------------------------------
# 14 The country (with Hà Nội's Cầu Giấy centre), Vietnam Post's freight and parcels over the Tết
# holiday of 2025 (sggp.org.vn; the stamp " date 2025-02" written as the first line; cut: the photo
# caption "Vietnam Post đảm bảo mạng lưới vận chuyển, ..." with the blank line after it; the excerpt
# ends in "phân loại h"). Year 2025. Results: "sản lượng vận chuyển hàng hóa, bưu phẩm lên tới
# 1.051 tấn" (`=`, other "tấn"), "gần 884.000 tờ/cuốn báo tết" (`~`, count), "tiếp nhận và khai
# thác gần 16.000 bưu gửi của khách hàng lớn" (`~`, count). NOT: "tăng 45% so với cùng kỳ năm
# 2024". Not quantities: "25-1", "1-2-2025", "26 tháng Chạp", "mồng 4", "1 và 2-2", "mồng 4 và 5"
# (dates). Pillar null.
# --------------------------------------------------------------------------
D14 = dict(name="14_ca-nuoc-buu-gui-tet-at-ty-2025", kind="result", year=2025, records=[
    R("lên tới «1.051 tấn", "sản lượng vận chuyển hàng hóa, bưu phẩm", "=", 1051, **TAN),
    R("có gần «884.000", "tờ/cuốn báo tết được Vietnam Post vận chuyển, khai thác, phát hành", "~", 884000, **CNT),
    R("khai thác gần «16.000 bưu gửi", "bưu gửi của khách hàng lớn được Bưu điện Trung tâm Cầu Giấy tiếp nhận và "
      "khai thác", "~", 16000, **CNT),
], NOT=["tăng «45% so"])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
