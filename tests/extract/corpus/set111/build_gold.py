#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set111).

Copied from set69's builder (itself from set47's) (itself from set45's, set43's, set41's, ... and the seeds'). Each
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
# 01 Bắc Ninh after the merger with Bắc Giang, trade and services (vietnam.vn,
# no date shown; "ước cả năm 2025" → 2025). A precision text: one quantity,
# "6 tháng đầu năm nay, tổng mức bán lẻ và doanh thu dịch vụ tiêu dùng đạt
# 97.763 tỷ đồng" (result, =, money: unit other "đồng", 97763e9; no id). Not
# quantities: "khoảng 3,5 triệu người" (the province's population, no
# indicator of a plan), "hơn 35 nghìn doanh nghiệp hoạt động tại các khu công
# nghiệp" (the background of the merger, no indicator reached), "6 tháng" (a
# duration), "năm 2025" (a year; the excerpt ends inside its bracket).
# Pillar null.
# --------------------------------------------------------------------------
D01 = dict(name="01_bacninh-thuong-mai-dich-vu-sap-nhap-2025-precision", kind="result", year=2025, records=[
    R("tiêu dùng đạt «97.763 tỷ", "tổng mức bán lẻ và doanh thu dịch vụ tiêu dùng 6 tháng đầu năm", "=", 97763e9,
      **DONG),
])

# --------------------------------------------------------------------------
# 02 National, OCOP products and e-commerce (vietnamnet.vn, crawler stamp
# `date 2022-06`; "Đến cuối tháng 5/2022" → 2022). "cả nước đã có 7.463 sản
# phẩm OCOP ... được xếp hạng 3 sao trở lên" (result, =, count) and its
# breakdown by grade "20 sản phẩm 5 sao, 90 sản phẩm tiềm năng 5 sao, 2.311
# sản phẩm 4 sao và 5.047 sản phẩm đạt 3 sao": one record per number, each
# with its own subject, scope null (a breakdown by kind, spec). No id (OCOP
# products rated, not products on e-commerce). Not quantities: "3 sao", "5
# sao", "4 sao" (grades: part of the name of the things counted), "5/2022".
# Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_ca-nuoc-ocop-san-thuong-mai-dien-tu-2022", kind="result", year=2022, records=[
    R("đã có «7.463 sản phẩm", "sản phẩm OCOP được xếp hạng 3 sao trở lên", "=", 7463, **CNT),
    R("Trong đó có «20 sản phẩm", "sản phẩm OCOP 5 sao", "=", 20, **CNT),
    R("5 sao, «90 sản phẩm", "sản phẩm OCOP tiềm năng 5 sao", "=", 90, **CNT),
    R("«2.311 sản phẩm", "sản phẩm OCOP 4 sao", "=", 2311, **CNT),
    R("«5.047 sản phẩm", "sản phẩm OCOP đạt 3 sao", "=", 5047, **CNT),
])


DOCS = [D01, D02]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
