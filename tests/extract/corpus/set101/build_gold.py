#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set101).

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
entries; see README). As in set10-set47, the id is given in the record itself (`iid=`).

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
# 01 Bình Thuận, digital transformation of cooperatives (tmdt.mic.gov.vn; no
# date shown, no year in the excerpt → year null). One record: "đã có 21/24
# QTD thực h..." (the people's credit funds that carry out, the excerpt ends
# inside the word; result, =, count 21: the numerator of "21/24", whose "/24"
# is the total and no quantity of its own). The province's "203 HTX", "gần
# 50.000 thành viên" and "hơn 3.390 tỷ đồng" capital describe the cooperative
# sector, not a value reached by its digital transformation → no records (a
# judgement). Title and headings ("Đạt kết quả bước đầu") name no pillar.
# Not quantities: "Covid-19", the cut image name. No id (the catalogue's
# econ.cooperatives_digital_share is a share of cooperatives, not of funds).
# --------------------------------------------------------------------------
D01 = dict(name="01_binhthuan-htx-quy-tin-dung", kind="result", year=None, records=[
    R("đã có «21/24 QTD", "Quỹ Tín dụng nhân dân QTD thực h", "=", 21, **CNT),
])

# --------------------------------------------------------------------------
# 02 TP.HCM, civil-status data (luatsuthong.vn, a copy of a Pháp Luật TP.HCM
# article; no date shown). "giai đoạn 1, TP.HCM có 11,7 triệu hồ sơ số hóa được
# nghiệm thu" (result, =, count 11700000; data.civil_status_records_digitised_count)
# and "có 10,7 triệu hồ sơ đăng k..." (result, =, count 10700000; the excerpt
# ends inside the word, the wording is what stands; no id). Year: the sentence
# names none; the only dated fact is the service "kể từ ngày 15-6-2022", not the
# date of the count → null (a judgement). Pillar null. Not quantities: "năm
# 2014", "2173/2015", "87/2020", "15-6-2022", "giai đoạn 1".
# --------------------------------------------------------------------------
D02 = dict(name="02_tphcm-so-hoa-ho-tich", kind="result", year=None, records=[
    R("TP.HCM có «11,7 triệu", "hồ sơ số hóa được nghiệm thu", "=", 11.7e6, **CNT,
      iid="data.civil_status_records_digitised_count"),
    R("và có «10,7 triệu", "hồ sơ đăng k", "=", 10.7e6, **CNT),
])

# --------------------------------------------------------------------------
# 03 Bắc Ninh, heritage digitised (baophuyen.vn; no date shown). "Trong 3 năm
# (2018-2020), Bắc Ninh đã đầu tư gần 45 tỉ đồng để triển khai đề án Xây dựng
# cơ sở dữ liệu di sản văn hóa" (result, ~, 45e9 đồng; the spec's money case).
# "858 di tích đã xếp hạng, nội thất 4 di tích quốc gia đặc biệt ... đã được
# xây dựng thành ngân hàng dữ liệu số": two counts, each with its own subject
# (a breakdown by kind of thing, scope null), society.digitised_heritage_sites_count
# for both. Year 2020 for all three: the project's period "2018-2020", the
# counts stated "Sau khi đề án triển khai" (a judgement). "1.558 di tích" is
# the province's inventory of relics, no value of the transformation → no
# record (a judgement). Pillar null ("Câu chuyện từ Bắc Ninh" names none).
# Not quantities: "3D", "360o", "Tháng 12/2021", "2021-2030", "3 năm",
# "2018-2020", "hàng tỉ", "hàng ngàn" (no digits).
# --------------------------------------------------------------------------
D03 = dict(name="03_bacninh-so-hoa-di-san", kind="result", year=2020, records=[
    R("đầu tư gần «45 tỉ đồng", "Bắc Ninh đầu tư để triển khai đề án Xây dựng cơ sở dữ liệu di sản văn hóa", "~",
      45e9, **DONG),
    R("triển khai, «858 di tích", "di tích đã xếp hạng được xây dựng thành ngân hàng dữ liệu số", "=", 858, **CNT,
      iid="society.digitised_heritage_sites_count"),
    R("nội thất «4 di tích", "nội thất di tích quốc gia đặc biệt được xây dựng thành ngân hàng dữ liệu số", "=", 4,
      **CNT, iid="society.digitised_heritage_sites_count"),
])

# --------------------------------------------------------------------------
# 04 Bắc Ninh, online trials of the courts (nhandan.vn; no date shown; "Tính từ
# tháng 5/2022 đến ngày 30/6/2024" → 2024). "đã tổ chức xét xử trực tuyến hơn
# 1.000 vụ án" (result, >, count) and "tính riêng từ đầu năm 2024 đến nay đã tổ
# chức xét xử được hơn 460 vụ án" (result, >, count; the part of 2024). "gần
# 800 điểm cầu" (twice): the points connected to one demonstration trial, the
# participants of an event → not quantities (the spec's "hơn 50 cơ quan báo
# chí"). No id. Pillar null. Not quantities: "16/6/2024", "5/2022",
# "30/6/2024", "năm 2024", "hai" (a word).
# --------------------------------------------------------------------------
D04 = dict(name="04_bacninh-toa-an-xet-xu-truc-tuyen-2024", kind="result", year=2024, records=[
    R("trực tuyến hơn «1.000 vụ án", "tòa án nhân dân hai cấp tỉnh Bắc Ninh tổ chức xét xử trực tuyến vụ án",
      ">", 1000, **CNT),
    R("được hơn «460 vụ án", "tổ chức xét xử trực tuyến vụ án từ đầu năm 2024", ">", 460, **CNT),
])

# --------------------------------------------------------------------------
# 05 TP.HCM, courts after the merger (vietnam.vnanet.vn; no date shown). "Năm
# 2025, Tòa án nhân dân hai cấp Thành phố đã tổ chức 7.592 phiên tòa trực
# tuyến" (result, =, count, 2025). The excerpt ends in "(59": a number cut off
# before its unit, unreadable → no record (a judgement). No id. Pillar null.
# Not quantities: "Nghị quyết 57", "Năm 2025".
# --------------------------------------------------------------------------
D05 = dict(name="05_tphcm-toa-an-truc-tuyen-2025", kind="result", year=2025, records=[
    R("đã tổ chức «7.592 phiên", "Tòa án nhân dân hai cấp Thành phố tổ chức phiên tòa trực tuyến", "=", 7592,
      **CNT),
])

# --------------------------------------------------------------------------
# 06 Sơn La, traceability stamps (a precision text; vietnamnet.vn. with the
# dot; no date shown). One quantity: "Triển khai hỗ trợ truy xuất nguồn gốc
# (tem nhãn) đối với 72 doanh nghiệp, hợp tác xã" (result, =, count; year null:
# no year stands for it; no id: the catalogue's supported-SMEs count is of
# support for digital transformation as a whole, a judgement). Pillar null.
# Not quantities: "19/1/2019", "100/QĐ-TTg", "21/1/2022", "QR-Code".
# --------------------------------------------------------------------------
D06 = dict(name="06_sonla-truy-xuat-nguon-goc-precision", kind="result", year=None, records=[
    R("đối với «72 doanh", "hỗ trợ truy xuất nguồn gốc (tem nhãn) đối với doanh nghiệp, hợp tác xã", "=", 72,
      **CNT),
])

# --------------------------------------------------------------------------
# 07 Sơn La, a survey of farm cooperatives (a precision text: the abstract page
# of a journal article on tailieu.vn; no records). "khảo sát 165 hợp tác xã"
# (twice) is the size of a survey's sample, no value reached (a judgement); the
# excerpt ends at "Kết quả cho thấy" before any result. Not quantities:
# "17/10/2022", "12/01/2023", "22/01/2023", "JED-967", the list number "1.".
# --------------------------------------------------------------------------
D07 = dict(name="07_sonla-htx-khao-sat-precision", kind="result", year=None, records=[])

# --------------------------------------------------------------------------
# 08 TP.HCM, online hearings for compulsory rehabilitation (a precision text;
# sieucacuocnews.com, a copy with letters lost ("Ta án", "l", "cng"); no date
# shown; no records). "02 trung tâm", "21 quận/huyện", "3 - 4 phòng họp" and
# "3.500 – 4.500 vụ" (the hearings held each year, in person, the reason for
# the online scheme) describe the workload, not a value reached by the
# transformation (a judgement). Not quantities: "năm 2021", "Thanh thiếu niên 2"
# (a name).
# --------------------------------------------------------------------------
D08 = dict(name="08_tphcm-toa-an-phien-hop-precision", kind="result", year=None, records=[])

# --------------------------------------------------------------------------
# 09 Quảng Trị, digital tourism (a precision text; vietnam.vn; no date shown;
# no records). "562 di sản văn hóa vật thể", "342 ... phi vật thể", "4 cụm di
# tích", "20 di tích", "10 bảo vật quốc gia": the province's heritage, not a
# value of its transformation (a judgement). Not quantities: "2021 – 2030",
# "năm 2050", "81 ngày" (a name of events).
# --------------------------------------------------------------------------
D09 = dict(name="09_quangtri-du-lich-so-precision", kind="result", year=None, records=[])

# --------------------------------------------------------------------------
# 10 Quảng Nam, Ngọc Linh ginseng and OCOP traceability (a precision text;
# nongthonmoi.net; no date shown; no records). "7 xã", "1.200 hộ", "1.560ha",
# "2 đề tài", "13 doanh nghiệp", "280ha", "3 xã": the ginseng farming itself;
# "hỗ trợ mua sắm trang thiết bị, máy móc cho 177 sản phẩm": OCOP support with
# machinery, no digital measure (a judgement). Not quantities: "2018 - 2020".
# --------------------------------------------------------------------------
D10 = dict(name="10_quangnam-sam-ngoc-linh-ocop-precision", kind="result", year=None, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
