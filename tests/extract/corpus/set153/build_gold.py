#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set153).

Copied from set151's builder (itself from set149's, set147's, set69's, set47's, set45's, ... and
the seeds'). Each record is written by hand below; its anchor is never typed in. A record names a
locator: a piece of the text with « just before the number. The locator (without «) must occur
exactly once in the text; the anchor is where « stands. `start`/`end` (the clause that states the
quantity) are computed as in the seeds' builder (`start_at` moves the start back to a given
string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (287
entries; see README). As in set10-set151, the id is given in the record itself (`iid=`).

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
CAM = "city.surveillance_cameras_count"

# --------------------------------------------------------------------------
# 01 Bình Phước, the provincial intelligent operations centre (mic.gov.vn, the
# ministry's portal; nothing cut; the excerpt starts in the body and shows no
# date; it ends in "tổng hợ"). Results ("đã tích hợp thành công"), year null:
# the excerpt names no year and shows no date (the address carries one, the
# text does not; a judgement, as set149's and set151's undated pages). Pillar
# null: no heading, and "IOC" stands in the sentence, not in a heading above it.
# "dữ liệu từ 11 lĩnh vực": a count of sectors integrated into the IOC
# (city.ioc_services_count, whose wordings name "lĩnh vực được kết nối với
# Trung tâm IOC"). "Việc tích hợp 577 camera giám sát": a count. Not a
# quantity: "tổng đài dịch vụ công 1022" (a hotline's number, a name).
# --------------------------------------------------------------------------
D01 = dict(name="01_binhphuoc-ioc-tich-hop", kind="result", year=None, records=[
    R("dữ liệu từ «11 lĩnh vực", "IOC Bình Phước đã tích hợp thành công dữ liệu từ lĩnh vực quan trọng",
      "=", 11, **CNT, iid="city.ioc_services_count"),
    R("tích hợp «577 camera", "Việc tích hợp camera giám sát trên toàn tỉnh", "=", 577, **CNT, iid=CAM),
])

# --------------------------------------------------------------------------
# 02 Bình Định, "Từng bước hình thành đô thị thông minh" (baobinhdinh.vn, the
# provincial paper; the photo caption "Hình ảnh theo dõi vi phạm đối với
# phương tiện đường bộ tại Trung tâm Giám sát điều hành đô thị thông minh
# tỉnh. Ảnh: HỒNG HÀ" cut; no date shown; the excerpt ends in "các đơn vị k").
# Results, year null (no year in the excerpt; "hơn một năm qua" is a duration).
# Pillar smart_city for every record: the title is the heading of the excerpt
# (set69's judgement) and names đô thị thông minh. "35 camera giám sát gồm: 2
# camera tầm xa ...; 9 camera tầm trung ...; 4 camera tại các vị trí trọng
# điểm ...; 20 camera tại các ngã tư và ngã năm": five counts, each with its
# own subject, scope null (a breakdown by kind and place, spec). "triển khai
# thí điểm 8 dịch vụ cơ bản của đô thị thông minh": a count of smart-city
# services (city.ioc_services_count, "dịch vụ đô thị thông minh được triển
# khai"). Not quantities: "giai đoạn 1" (a phase's name), "ngã năm", "ngã sáu"
# (words).
# --------------------------------------------------------------------------
D02 = dict(name="02_binhdinh-ioc-camera-do-thi-thong-minh", kind="result", year=None, records=[
    R("cấu hình «35 camera", "Sở đã lắp đặt và cấu hình camera giám sát", "=", 35, **CNT, pillar=SMART, iid=CAM),
    R("gồm: «2 camera", "camera tầm xa đặt tại tòa nhà TMS Quy Nhơn", "=", 2, **CNT, pillar=SMART),
    R("; «9 camera", "camera tầm trung tại trung tâm ngã năm bến xe, ngã năm Đống Đa, ngã ba Phú Tài", "=", 9,
      **CNT, pillar=SMART),
    R("; «4 camera", "camera tại các vị trí trọng điểm", "=", 4, **CNT, pillar=SMART),
    R("; «20 camera", "camera tại các ngã tư và ngã năm", "=", 20, **CNT, pillar=SMART),
    R("thí điểm «8 dịch vụ", "Sở phối hợp với các đơn vị liên quan triển khai thí điểm dịch vụ cơ bản của đô thị thông minh",
      "=", 8, **CNT, pillar=SMART, iid="city.ioc_services_count"),
])

# --------------------------------------------------------------------------
# 03 Bình Dương, the planned camera network (tienphong.vn; nothing cut; no
# date shown, "Ngày 24/11" names no year; the excerpt ends in "lưu lượng giao
# thông tại"). Every value is planned ("Dự kiến hệ thống gồm ...", "sẽ bố trí
# 40 camera, bao gồm: ..."): targets, op ">=" for a bare number (spec). Year
# null: no year in the excerpt. Pillar null: no heading ("TPO -" opens the
# lead). The counts of intersections where cameras are to stand ("tại 3 giao
# lộ", "tại 7 giao lộ") are counts of sites, recorded like the cameras (a
# judgement: the extent of the planned network, each with its own subject).
# "40 camera, bao gồm: 28 camera ..., 8 camera ...": three counts, scope null
# (a breakdown by kind). Not quantities: "Hàng trăm" (a word), "quốc lộ 13",
# "Quốc lộ 13" (a road's name).
# --------------------------------------------------------------------------
D03 = dict(name="03_binhduong-camera-giam-sat-du-kien", kind="target", year=None, records=[
    R("gồm «28 camera giám sát giao thông và", "Dự kiến hệ thống gồm camera giám sát giao thông và giám sát vi phạm tín hiệu đèn giao thông",
      ">=", 28, **CNT, iid=CAM),
    R("tại «3 giao lộ", "giao lộ thuộc tuyến đường Quốc lộ 13 trên địa bàn thị xã Bến Cát", ">=", 3, **CNT),
    R("bố trí «40 camera", "hệ thống giám sát, điều hành giao thông trên tuyến đường Mỹ Phước – Tân Vạn sẽ bố trí camera",
      ">=", 40, **CNT, iid=CAM),
    R("bao gồm: «28 camera", "camera giám sát giao thông, an ninh trật tự", ">=", 28, **CNT, iid=CAM),
    R("tại «7 giao lộ", "camera giám sát giao thông, an ninh trật tự tại giao lộ", ">=", 7, **CNT),
    R("lộ, «8 camera", "camera đo đếm lưu lượng giao thông", ">=", 8, **CNT, iid=CAM),
])

# --------------------------------------------------------------------------
# 04 Thái Bình, three years of the smart camera system (vietnamnet.vn; the
# excerpt opens with a crawler's stamp " date 2023-10" on the same line as a
# photo caption, kept as returned, as set146-set151 did; the excerpt ends in
# "triển khai đô thị"). Results of the stamp's year, 2023 ("Hiện nay", spec's
# stamp rule); pillar null (no heading). "gồm 128 camera thực hiện giám sát
# giao thông, an ninh tại 5 điểm cầu cửa ngõ vào tỉnh, 6 nút giao thông và 18
# vị trí quan trọng": four counts, each its own subject, scope null (the
# places are kinds of site, not administrative levels). Not quantities:
# "tháng 12/2020" (a date), "gần 3 năm" (a duration).
# --------------------------------------------------------------------------
D04 = dict(name="04_thaibinh-camera-thong-minh-2023", kind="result", year=2023, records=[
    R("gồm «128 camera", "Hệ thống camera thông minh được đưa vào hoạt động gồm camera thực hiện giám sát giao thông, an ninh",
      "=", 128, **CNT, iid=CAM),
    R("tại «5 điểm cầu", "điểm cầu cửa ngõ vào tỉnh", "=", 5, **CNT),
    R(", «6 nút giao thông", "nút giao thông", "=", 6, **CNT),
    R("và «18 vị trí", "vị trí quan trọng của thành phố Thái Bình", "=", 18, **CNT),
])

# --------------------------------------------------------------------------
# 05 Bắc Ninh, a month's figures of the provincial public-administration
# centre (bacninhtv.vn, the provincial broadcaster; the authors' line "Đức
# Minh, Thiên Thanh" cut; no date shown; "Tháng 10" names no year, so year null
# for every record, a judgement as set149's undated pages). Results, pillar
# null (no heading; the line "Tỷ lệ số hóa thành phần hồ sơ tháng 10 toàn tỉnh
# đạt 100%" is the page's title, which names no pillar). The lead's "98%" and
# "100%" and the title's "100%" restate values given again below: each
# statement is a record of its own (set151's rule for a value restated in a
# title). "các Sở, ban, ngành tiếp nhận gần 8.500 hồ sơ, trong đó 7.660 ...
# đạt tỷ lệ 90%; Các huyện, thị xã, thành phố tiếp nhận hơn 13.000 hồ sơ,
# trong đó ... gần 13.000 hồ sơ, đạt tỷ lệ 99%": one sentence splitting its
# values by level, scopes "Sở, ban, ngành" (as set151's 02) and "huyện, thị xã,
# thành phố" (as written; a judgement: the level is the receiving units).
# "Cấp tỉnh đạt 100%, cấp huyện đạt 97%": scopes cấp tỉnh, cấp huyện. "Huyện
# Gia Bình và Tiên Du ... tỷ lệ 100%": one record, place "Gia Bình và Tiên Du".
# Not quantities: "tăng 94% so với trước khi có Chỉ thị 10", "tăng 87% so với
# trước khi có Chỉ thị" (changes against an earlier value, spec; NOT entries), "Chỉ thị 10"
# (a name), "Tháng 10" (three times, a month).
# --------------------------------------------------------------------------
D05 = dict(name="05_bacninh-tthc-truc-tuyen-thang-10", kind="result", year=None,
           NOT=["tăng «94% so với", "tăng «87% so với"], records=[
    R("trực tuyến toàn tỉnh đạt trung bình «98%", "tỷ lệ hồ sơ thanh toán trực tuyến toàn tỉnh", "=", 98,
      iid="egov.online_payment_share"),
    R("thành phần hồ sơ đạt «100%", "chỉ tiêu số hóa thành phần hồ sơ", "=", 100,
      iid="egov.digitised_procedure_results_share"),
    R("toàn tỉnh đạt «100%\n", "Tỷ lệ số hóa thành phần hồ sơ tháng 10 toàn tỉnh", "=", 100,
      iid="egov.digitised_procedure_results_share"),
    R("tiếp nhận gần «8.500 hồ sơ", "các Sở, ban, ngành tiếp nhận hồ sơ", "~", 8500, **CNT, scope="Sở, ban, ngành",
      iid="egov.applications_received_count"),
    R("trong đó «7.660 hồ sơ", "hồ sơ tiếp nhận trực tuyến", "=", 7660, **CNT, scope="Sở, ban, ngành",
      iid="egov.online_applications_count"),
    R("đạt tỷ lệ «90%", "hồ sơ tiếp nhận trực tuyến, tỷ lệ", "=", 90, scope="Sở, ban, ngành",
      iid="egov.online_applications_share"),
    R("tiếp nhận hơn «13.000 hồ sơ", "Các huyện, thị xã, thành phố tiếp nhận hồ sơ", ">", 13000, **CNT,
      scope="huyện, thị xã, thành phố", iid="egov.applications_received_count"),
    R("tuyến gần «13.000 hồ sơ", "tiếp nhận trực tuyến hồ sơ", "~", 13000, **CNT, scope="huyện, thị xã, thành phố",
      iid="egov.online_applications_count"),
    R("đạt tỷ lệ «99%", "tiếp nhận trực tuyến hồ sơ, tỷ lệ", "=", 99, scope="huyện, thị xã, thành phố",
      iid="egov.online_applications_share"),
    R("lệ phí toàn tỉnh đạt trung bình «98%", "Tỷ lệ hồ sơ thanh toán trực tuyến trên tổng số hồ sơ phát sinh thanh toán lệ phí toàn tỉnh",
      "=", 98, iid="egov.online_payment_share"),
    R("Cấp tỉnh đạt «100%", "Tỷ lệ hồ sơ thanh toán trực tuyến", "=", 100, scope="cấp tỉnh",
      iid="egov.online_payment_share"),
    R("cấp huyện đạt «97%", "Tỷ lệ hồ sơ thanh toán trực tuyến", "=", 97, scope="cấp huyện",
      iid="egov.online_payment_share"),
    R("với tỷ lệ «100%", "Huyện Gia Bình và Tiên Du là hai địa phương dẫn đầu với tỷ lệ", "=", 100,
      place="Gia Bình và Tiên Du", iid="egov.online_payment_share"),
    R("trên toàn tỉnh đạt «100%", "tỷ lệ số hoá thành phần hồ sơ trên toàn tỉnh", "=", 100,
      iid="egov.digitised_procedure_results_share"),
    R("được hơn «1.600 kết quả", "toàn tỉnh đã số hoá được kết quả thủ tục hành chính lịch sử còn hiệu lực",
      ">", 1600, **CNT),
])

# --------------------------------------------------------------------------
# 06 Ninh Bình, the conference on the province's DTI 2022 (tttt.ninhbinh.gov.vn,
# the department's portal; cut: the site's date widget "Thứ Tư, 30/10/2024",
# the greeting "Chào mừng bạn đến Sở Thông tin và Truyền thông Ninh Bình", the
# rating widget lines "• Đánh giá cho bài viết:" and "• 0 điểm ( 0 đánh giá )",
# the photo caption "Đồng chí Tống Quang Thìn, ... chủ trì hội nghị - Ảnh: MĐ",
# with their blank lines; the byline date "Thứ sáu, 25/08/2023" cut and written
# as the first line "date 2023-08-25"; the excerpt ends in "Sở, ban, ng").
# One quantity: "Năm 2022 giá trị chỉ số DTI tỉnh Ninh Bình đạt 0,6214 điểm", a
# result of 2022 (dti.provincial_score), pillar null (the title names the DTI,
# no pillar). Not quantities: "tăng 0,0115 điểm so với năm 2021" (a change),
# the dates, "năm 2022" (five times), "DTI 2022của" (the index's name).
# --------------------------------------------------------------------------
D06 = dict(name="06_ninhbinh-dti-2022-hoi-nghi", kind="result", year=2022, records=[
    R("đạt «0,6214 điểm", "giá trị chỉ số DTI tỉnh Ninh Bình", "=", 0.6214, **DIEM, iid="dti.provincial_score"),
])

# --------------------------------------------------------------------------
# 07 Quảng Bình, Kế hoạch 1414/KH-UBND of 9 August 2022 on IT and digital
# transformation in education (hethongphapluat.vn, a legal-information site;
# its name line "Hệ thống pháp luật" cut with the blank line after it; the
# header kept, with its typo "tháng 8 m 2022"; the excerpt ends in "các c").
# A precision text with no record: the section "1. Quy mô mạng lưới cơ sở giáo
# dục" gives the size of the school network ("578 trường", "183 trường", "187
# trường", "03 trung tâm", "30 trường", "137 trường", "06 trường", "26 trường",
# "01 trường đại học", "08 trung tâm", "01 trung tâm", "15 trường", "Mầm non:
# 13, tiểu học: 01, THCS-THPT: 01"), the province's make-up, not a value reached
# for an indicator of the transformation (set69's and set90's judgement on a
# place's make-up, the Đồng Xoài profile's "31 trường học"). Not quantities
# either: "1414/KH-UBND", "131/QĐ-TTg", "25/01/2022", "2022-2025", "năm 2030",
# the list numbers "I.", "1." (twice, the second a typo of the page).
# --------------------------------------------------------------------------
D07 = dict(name="07_quangbinh-kh1414-giao-duc-so-2022-precision", kind="target", year=2022, records=[])

# --------------------------------------------------------------------------
# 08 Cao Bằng, Quyết định 34/2024/QĐ-UBND of 9 September 2024, the rules on
# the province's specialised-database platform (thuvienphapluat.vn, mobile
# site; the widget lines "Bộ lọc tìm kiếm", "Tải văn bản", "Lưu trữ Góp ý" and
# the tab list "• Thuộc tính", "• Nội dung", "• Tiếng anh", "• Lược đồ" cut
# with their blank lines; the excerpt ends in "Truyền th"). A precision text
# with no record: document numbers ("34/2024/QĐ-UBND", "64/2007/NĐ-CP",
# "47/2020/NĐ-CP", "47/2024/NĐ-CP") and dates of laws ("ngày 19 tháng 6 năm
# 2015", "ngày 22 tháng 11 năm 2019", ...), written out with "tháng".
# --------------------------------------------------------------------------
D08 = dict(name="08_caobang-qd34-du-lieu-2024-precision", kind="result", year=2024, records=[])

# --------------------------------------------------------------------------
# 09 Phú Quốc (An Giang since the merger, Kiên Giang when the page was
# written), the groundbreaking of its intelligent operations centre
# (ngaynay.vn; nothing cut; the excerpt ends in "nền tảng để"). A precision
# text with no record: "cùng với 9 dự án trọng điểm khác" (a count of projects
# started together, like a count of tasks; set151's "2 dự án"), "Tuần lễ Cấp
# cao APEC 2027" (an event's name), "ngày 24/09/2025" (a date).
# --------------------------------------------------------------------------
D09 = dict(name="09_phuquoc-ioc-apec-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 10 Quảng Bình, the provincial portal's section on administrative procedures
# (tthc.quangbinh.gov.vn; the widget lines "SỐ LƯỢT TRUY CẬP", "TRUY CẬP TRONG
# NGÀY", "SỐ NGƯỜI ONLINE" with the two blank lines after them, and the widget
# heading "THỐNG KÊ DỊCH VỤ CÔNG" with the blank line before it, cut; no date
# shown). One quantity: "Chuyên mục Thủ tục hành chính với hơn 2.000 thủ tục,
# dịch vụ hành chính công" (a result, op ">", year null: no year in the text);
# iid null (the catalogue counts online services and integrated services, not
# the procedures a portal lists). Pillar null (the heading "GIỚI THIỆU THỦ TỤC
# HÀNH CHÍNH" names no pillar). Not quantities: the list numbers "1."-"13.",
# "mức độ 2" (a level's name).
# --------------------------------------------------------------------------
D10 = dict(name="10_quangbinh-cong-tthc-2000-thu-tuc", kind="result", year=None, records=[
    R("với hơn «2.000 thủ tục", "Cổng Thông tin điện tử tỉnh Quảng Bình xây dựng Chuyên mục Thủ tục hành chính với thủ tục, dịch vụ hành chính công",
      ">", 2000, **CNT),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
