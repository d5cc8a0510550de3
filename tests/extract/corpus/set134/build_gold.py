#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set134).

Copied from set69's builder (itself from set47's, set45's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (227
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
# 01 Hà Giang, online services and payments up to the third quarter of 2024

# --------------------------------------------------------------------------
# 01 The Ministry of Construction's e-government results of 2025 (dantri.com.vn;
# no date shown; "Kết thúc năm 2025", the conference "năm 2025" → 2025). No
# heading: pillar null (the first sentence names "Chính phủ điện tử" as the
# tasks' subject, not as a lead-in to a list). "hoàn thành toàn diện 100% các
# nhiệm vụ": a share reached (=, 100; a judgement: a share of tasks completed is
# a result, unlike a count of tasks). "gần 40 quyết định chuyên môn": decisions
# issued, a result count (~; a judgement). "cung cấp 312 thủ tục" (=, count);
# "tỷ lệ dịch vụ công trực tuyến đạt mức 92,9%" (=; the catalogue splits
# full-process and partial services, so null); "hoàn thành 100% các thủ tục
# liên quan đến doanh nghiệp" (=); "tỷ lệ hồ sơ thực hiện trực tuyến đạt trên
# 82%" (>, egov.online_applications_share); "tổng số 120.000 hồ sơ được xử lý"
# (=, count: the applications handled). "xếp hạng nhất" has no digit. Not
# quantities: "71/NQ-CP", "năm 2026", "21/12" (cut with the caption), the cut-off
# "năm 2".
# --------------------------------------------------------------------------
D01 = dict(name="01_ca-nuoc-bo-xay-dung-dvc-truc-tuyen-2025", kind="result", year=2025, records=[
    R("toàn diện «100% các nhiệm vụ", "Bộ Xây dựng hoàn thành các nhiệm vụ về xây dựng Chính phủ điện tử và chuyển "
      "đổi số", "=", 100),
    R("đến gần «40 quyết định", "quyết định chuyên môn nhằm cụ thể hóa hành lang pháp lý và kỹ thuật cho chuyển đổi số",
      "~", 40, **CNT),
    R("cung cấp «312 thủ tục", "hệ thống giải quyết thủ tục hành chính của Bộ Xây dựng cung cấp thủ tục", "=", 312,
      **CNT),
    R("đạt mức «92,9%", "tỷ lệ dịch vụ công trực tuyến", "=", 92.9),
    R("hoàn thành «100% các thủ tục", "các thủ tục liên quan đến doanh nghiệp", "=", 100),
    R("đạt trên «82%", "tỷ lệ hồ sơ thực hiện trực tuyến", ">", 82, iid="egov.online_applications_share"),
    R("tổng số «120.000 hồ sơ", "hồ sơ được xử lý trong năm qua", "=", 120000, **CNT),
])

# --------------------------------------------------------------------------
# 02 Hà Nội's iParking parking app (tapchitaichinh.vn, from hanoimoi.com.vn; no
# date shown; precision). "13 đơn vị được thành phố cấp phép triển khai mô hình
# iParking" (=, count) and "đáp ứng chỗ đỗ cho khoảng 11.000 ô tô" (~, count).
# Year null: the pilot restarted "1-10-2019" and "đã qua 6 tháng", but no
# sentence names the year of the figures (a judgement; 2020 by arithmetic).
# Not quantities: "1-10-2019", "6 tháng" (a duration), "1 trong 13 đơn vị"
# (membership). Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_hanoi-iparking-do-xe-2020-precision", kind="result", year=None, records=[
    R("hiện có «13 đơn vị", "đơn vị được thành phố cấp phép triển khai mô hình iParking", "=", 13, **CNT),
    R("cho khoảng «11.000 ô tô", "iParking đáp ứng chỗ đỗ cho ô tô", "~", 11000, **CNT),
])

# --------------------------------------------------------------------------
# 03 Smart-city technical infrastructure, national (moc.gov.vn, the Ministry of
# Construction; no date; precision). One quantity: "cả nước có khoảng 30 địa
# phương đã phê duyệt và triển khai các đề án, dự án về phát triển đô thị thông
# minh" (~, count; city.smart_city_localities_count, a judgement: the catalogue's
# "đô thị triển khai đô thị thông minh"). Year null (nothing says). The heading
# "1. Đặt vấn đề" names no pillar → null. Not quantities: the section numbers
# "1." and "2.".
# --------------------------------------------------------------------------
D03 = dict(name="03_ca-nuoc-ha-tang-ky-thuat-do-thi-thong-minh-precision", kind="result", year=None, records=[
    R("có khoảng «30 địa phương", "địa phương đã phê duyệt và triển khai các đề án, dự án về phát triển đô thị thông "
      "minh", "~", 30, **CNT, iid="city.smart_city_localities_count"),
])

# --------------------------------------------------------------------------
# 04 Lạng Sơn's construction-planning database and portal (kientrucvietnam.org.vn,
# date 2023-05; precision with no record). "tra cứu thông tin quy hoạch thông qua
# 6 công cụ": the features of a web portal, not a target or result of an
# indicator (like the parts of an index; a judgement). Not quantities: "tháng
# 10/2022", "giai đoạn I".
# --------------------------------------------------------------------------
D04 = dict(name="04_langson-csdl-quy-hoach-xay-dung-2023-precision", kind="result", year=2023, records=[])

# --------------------------------------------------------------------------
# 05 Hà Nội's LED street lights (kinhtedothi.vn tag page; no date shown; "dự kiến
# trong năm 2020" → targets of 2020). The headline "Hà Nội: Đầu tư 1.800 bộ đèn
# led chiếu sáng" is printed twice: each a target (>=, bare number, count); the
# body "dự kiến trong năm 2020 sẽ đạt khoảng 1.800 bộ đèn" (~, count). Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_hanoi-den-led-chieu-sang-2020", kind="target", year=2020, records=[
    R("Hà Nội: Đầu tư «1.800 bộ đèn led chiếu sáng\n\nHà", "Hà Nội đầu tư bộ đèn led chiếu sáng", ">=", 1800, **CNT),
    R("led chiếu sáng\n\nHà Nội: Đầu tư «1.800", "Hà Nội đầu tư bộ đèn led chiếu sáng", ">=", 1800, **CNT),
    R("sẽ đạt khoảng «1.800 bộ đèn", "thay thế đèn led tại các tuyến phố", "~", 1800, **CNT),
])

# --------------------------------------------------------------------------
# 06 Thuận An (Bình Dương), street lighting before LED (baobinhduong.vn, date
# 2020-03). "Năm 2017, ... đầu tư hệ thống chiếu sáng, gồm 45 tuyến đường, tổng
# số bộ đèn 3.016 bộ": two results of 2017 (=, count). Not quantities: "250W" (a
# lamp's rating), the lifetimes "6.000 - 18.000 giờ", "2 - 3 năm", "50.000 -
# 80.000 giờ", "hơn 10 năm" (properties of a kind of lamp, not of an indicator; a
# judgement). Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_binhduong-thuanan-den-led-2020", kind="result", year=2017, records=[
    R("gồm «45 tuyến đường", "tuyến đường được đầu tư hệ thống chiếu sáng", "=", 45, **CNT),
    R("tổng số bộ đèn «3.016", "tổng số bộ đèn", "=", 3016, **CNT),
])

# --------------------------------------------------------------------------
# 07 Green lighting (huengaynay.vn, date 2025-08; precision with no record). The
# figures are an expert's claims for a kind of lamp ("tiết kiệm đến 80% năng
# lượng", "khoảng 10 - 20% điện năng", "30.000 đến hơn 50.000 giờ", "1/3 lượng
# khí carbon"), not targets or results of a plan or place → no record; the
# percentages are NOT entries (a judgement).
# --------------------------------------------------------------------------
D07 = dict(name="07_hue-chieu-sang-xanh-2025-precision", kind="result", year=2025, records=[],
           NOT=["đến «80% năng lượng", "khoảng «10 - 20%", "khoảng 10 - «20%"])


DOCS = [D01, D02, D03, D04, D05, D06, D07]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
