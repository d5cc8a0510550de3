#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set121).

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
# 01 Nghệ An, the steering committee's review of 2025 (nghean24h.vn, crawler
# stamp 2026-01-07 → `date 2026-01`; "Năm 2025, ..." → results of 2025). Records:
# "Tỉnh đứng thứ 4 toàn quốc trong giai đoạn 1" (rank =, the place among
# provinces in phase 1 of the Resolution 57 tasks; not the DTI → no id);
# "hoàn thành phủ "Xanh" 100% nhiệm vụ cấp tỉnh, cấp xã vào ngày 02/01/2026"
# (a share of tasks completed, as set110-set119 record "100% nhiệm vụ ...";
# one value for both levels → scope null; year 2026 from its own date, a
# judgement; no id); "Tỷ lệ dân số phủ sóng 4G đạt 99,97%"
# (infra.mobile_broadband_population_coverage_share); "sóng 5G đã phủ đến 50%
# dân số" (infra.fiveg_coverage_share; "tăng gấp 5 lần so với đầu năm" is a
# change against an earlier value → no record); "tái cấu trúc 100% thủ tục hành
# chính (TTHC) và cung cấp trực tuyến" (no exact id: restructured and offered
# on the national portal together); "Tỷ lệ hồ sơ xử lý trực tuyến đạt 85,75%"
# (egov.online_applications_share); "tiết kiệm ... hơn 35,5 tỷ đồng mỗi năm"
# (money, other "đồng", >, 35.5e9; no id); "Bệnh án điện tử tại 53/53 bệnh viện,
# trung tâm y tế" (count 53, society.hospitals_emr_count; the "/53" is its
# denominator). No headings → pillar null. Not quantities: "Cục C06", "Đề án
# 06", "giai đoạn 1", "4G", "5G", "02/01/2026", "5 lần".
# --------------------------------------------------------------------------
D01 = dict(name="01_nghean-tong-ket-cds-2025", kind="result", year=2025, records=[
    R("đứng thứ «4 toàn quốc", "Tỉnh đứng thứ toàn quốc trong giai đoạn 1", "=", 4, **RANK),
    R("phủ \"Xanh\" «100% nhiệm vụ", "hoàn thành phủ \"Xanh\" nhiệm vụ cấp tỉnh, cấp xã", "=", 100, year=2026),
    R("sóng 4G đạt «99,97%", "Tỷ lệ dân số phủ sóng 4G", "=", 99.97,
      iid="infra.mobile_broadband_population_coverage_share"),
    R("phủ đến «50% dân số", "sóng 5G đã phủ dân số", "=", 50, iid="infra.fiveg_coverage_share"),
    R("tái cấu trúc «100% thủ tục", "Tỉnh đã rà soát, tái cấu trúc thủ tục hành chính (TTHC) và cung cấp trực tuyến "
      "trên Cổng Dịch vụ công Quốc gia", "=", 100),
    R("trực tuyến đạt «85,75%", "Tỷ lệ hồ sơ xử lý trực tuyến", "=", 85.75, iid="egov.online_applications_share"),
    R("hơn «35,5 tỷ đồng", "Việc cắt giảm TTHC đã giúp tiết kiệm cho ngân sách và người dân mỗi năm", ">", 35.5e9,
      **DONG),
    R("tại «53/53 bệnh viện", "Bệnh án điện tử bệnh viện, trung tâm y tế", "=", 53, **CNT,
      iid="society.hospitals_emr_count"),
])

# --------------------------------------------------------------------------
# 02 Gia Lai (the former province), administrative procedures in January 2025
# (gialaitv.vn; no date shown; the closing byline "Thúy Diện – Minh Trung" cut;
# "Trong tháng 01 năm 2025" → results of 2025). "tiếp nhận tổng cộng 14.579 hồ
# sơ" (egov.applications_received_count); the breakdown "13.794 hồ sơ ... sớm
# hạn, 134 hồ sơ ... đúng hạn và 651 hồ sơ ... trễ hạn" (three counts, each with
# its own subject, scope null; no id: the catalogue holds shares);
# "tỷ lệ giải quyết đúng hạn đạt 95,53%" (egov.on_time_applications_share);
# "1.618 TTHC cung cấp Dịch vụ công trực tuyến (DVCTT) toàn trình"
# (egov.full_online_services_count), "143 TTHC cung cấp DVCTT một phần"
# (egov.partial_online_services_count), "tích hợp được 614 DVCTT lên Cổng Dịch
# vụ công quốc gia" (egov.national_portal_integrated_services_count). All
# counts written with a dot between thousands. Pillar null. Not a quantity:
# "tháng 01".
# --------------------------------------------------------------------------
D02 = dict(name="02_gialai-tthc-thang-1-2025", kind="result", year=2025, records=[
    R("tổng cộng «14.579 hồ sơ", "Hệ thống thông tin giải quyết thủ tục hành chính (TTHC) của tỉnh Gia Lai đã tiếp "
      "nhận hồ sơ", "=", 14579, **CNT, iid="egov.applications_received_count"),
    R("có «13.794 hồ sơ", "hồ sơ được giải quyết sớm hạn", "=", 13794, **CNT),
    R("hạn, «134 hồ sơ", "hồ sơ giải quyết đúng hạn", "=", 134, **CNT),
    R("và «651 hồ sơ", "hồ sơ giải quyết trễ hạn", "=", 651, **CNT),
    R("đúng hạn đạt «95,53%", "tỷ lệ giải quyết đúng hạn", "=", 95.53, iid="egov.on_time_applications_share"),
    R("bao gồm: «1.618 TTHC", "TTHC cung cấp Dịch vụ công trực tuyến (DVCTT) toàn trình", "=", 1618, **CNT,
      iid="egov.full_online_services_count"),
    R("«143 TTHC", "TTHC cung cấp DVCTT một phần", "=", 143, **CNT, iid="egov.partial_online_services_count"),
    R("tích hợp được «614 DVCTT", "đã tích hợp DVCTT lên Cổng Dịch vụ công quốc gia", "=", 614, **CNT,
      iid="egov.national_portal_integrated_services_count"),
])

# --------------------------------------------------------------------------
# 03 The Prime Minister's urgent dispatch on online services for business
# procedures, national (vietnamnet.vn, crawler stamp 2025-10-06 → `date
# 2025-10`). One quantity: "triển khai cung cấp dịch vụ công trực tuyến đối với
# 100% TTHC liên quan đến doanh nghiệp, ..., hoàn thành trong năm 2025" (target,
# bare >=, year 2025; no id: restricted to business procedures and not said to
# be toàn trình). Not quantities: "ngày 4/10", "Kế hoạch 02 ngày 19/6/2025".
# Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_ca-nuoc-cong-dien-dvctt-doanh-nghiep-2025", kind="target", year=2025, records=[
    R("đối với «100% TTHC", "triển khai cung cấp dịch vụ công trực tuyến đối với TTHC liên quan đến doanh nghiệp",
      ">=", 100),
])

# --------------------------------------------------------------------------
# 04 Tây Ninh (new province, with Long An), plan 2087/KH-UBND for 2025-2026
# (tuoitrethudo.vn; byline "Chính quyền số 13/11/2025 19:03" cut → `date
# 2025-11`; menu lines, "aa", the related-links line and the photo's repeated
# title and caption cut). A precision text: one quantity, the title's "Tây Ninh
# đặt mục tiêu 100% dịch vụ công trực tuyến toàn tỉnh" (target, bare >=; year
# 2026: the plan's targets are to be met "trong hai năm 2025–2026", a judgement;
# no id: not said to be toàn trình). Not quantities: "năm 2030" (twice),
# "2087/KH-UBND", "71/NQ-CP", "10-KH/TU", "1039/KH-UBND", "2025–2026" (twice),
# the `date` line. "nhóm địa phương dẫn đầu cả nước" names no number.
# --------------------------------------------------------------------------
D04 = dict(name="04_tayninh-ke-hoach-2087-2025-2026-precision", kind="target", year=2025, records=[
    R("mục tiêu «100% dịch vụ", "Tây Ninh đặt mục tiêu dịch vụ công trực tuyến toàn tỉnh", ">=", 100, year=2026),
])

# --------------------------------------------------------------------------
# 05 Hải Phòng and Hải Dương, the memorandum on digital transformation for the
# merger (diendandoanhnghiep.vn, a print page; no date shown, no year in the
# text). A precision text (a meeting): one quantity, "ngoài 12 hệ thống ứng dụng
# dùng chung đã được rà soát, đánh giá" (result, count, year null: nothing in
# the text says; no id: platforms.shared_platforms_count counts platforms
# deployed, not systems reviewed; a judgement that systems reviewed are a
# reported result and not the scope of a task). Not quantities: "2 địa
# phương", "2 bên" (twice: the parties), "57-NQ/TW".
# --------------------------------------------------------------------------
D05 = dict(name="05_haiphong-haiduong-phuong-an-cds-hop-nhat-precision", kind="result", year=None, records=[
    R("ngoài «12 hệ thống", "hệ thống ứng dụng dùng chung đã được rà soát, đánh giá", "=", 12, **CNT),
])

# --------------------------------------------------------------------------
# 06 The national Digital Transformation Day 2025, the Deputy Prime Minister's
# speech (thanhnien.vn, crawler stamp 2025-10-21 → `date 2025-10`; the photo
# caption "Phó thủ tướng Nguyễn Chí Dũng phát biểu tại sự kiện ẢNH: MINH SƠN"
# cut). A precision text with no quantity: the announcement of the DTI 2024
# ranking is named but no value or place is given in the excerpt. Not
# quantities: "21.10", "năm 2025", "năm 2024".
# --------------------------------------------------------------------------
D06 = dict(name="06_ca-nuoc-ngay-cds-2025-phat-bieu-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 07 Đồng Tháp (new province, with Tiền Giang) and VNPT, the signing of a
# cooperation agreement for 2026-2030 (vietnam.vnanet.vn; no date shown; the
# photo caption "Chiều 9/1/2026, tại tỉnh Đồng Tháp, ... Ảnh: Hồng Nhung-TTXVN"
# cut). A precision text with no quantity. Not quantities: "2026-2030", "công
# nghệ 4.0".
# --------------------------------------------------------------------------
D07 = dict(name="07_dongthap-vnpt-ky-ket-2026-precision", kind="target", year=2026, records=[])

# --------------------------------------------------------------------------
# 08 Cà Mau (new province, with Bạc Liêu), plan 0280/KH-UBND for digital
# transformation in 2026 (nhansu.vn, the document's header table and the
# grounds "Căn cứ ..."; nothing cut; the excerpt ends before Part I). A
# precision text with no quantity among document numbers and dates:
# "0280/KH-UBND" (three times), "31/12/2025" (twice), "57-NQ/TW", "22/12/2024"
# (twice), "71/NQ-CP", "01/4/2025", "57- NQ/TW", "2629/QĐ-TTg", "01/12/2025",
# "05-NQ/TU", "14/7/2022", "1929/QĐ-UBND", "01/8/2022", "5511/BKHCN-CĐSQG",
# "10/10/2025", the years 2025, 2026 and 2030.
# --------------------------------------------------------------------------
D08 = dict(name="08_camau-ke-hoach-0280-cds-2026-precision", kind="target", year=2026, records=[])

# --------------------------------------------------------------------------
# 09 Đồng Nai (new province, with Bình Phước), digital transformation for the
# two-tier local government (vietnamplus.vn, crawler stamp 2025-09-17 → `date
# 2025-09`; the photo caption "Người dân đến giải quyết ... (Ảnh: Nhật Bình/
# TTXVN.)" cut). A precision text with no quantity: "chính quyền địa phương 2
# cấp" (twice) is the name of the model.
# --------------------------------------------------------------------------
D09 = dict(name="09_dongnai-cds-chinh-quyen-2-cap-precision", kind="result", year=2025, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09]
def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
