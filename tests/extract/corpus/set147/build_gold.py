#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set147).

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
# 01 Hưng Yên, Ân Thi district: Hồ Tùng Mậu commune's report on its digital-
# transformation tasks in the first six months of 2024 (hotungmau.anthi.
# hungyen.gov.vn, no date shown). A precision text with no quantity: the
# excerpt lists the plans, decisions, notices and rules the commune issued
# and ends before any result. Not quantities: "6 tháng đầu năm 2024" (twice),
# the document numbers "159/KH-UBND", "27/KH-UBND", "55/KH-UBND", "01/KH-UBND",
# "03/QĐ-UBND", "01/TB-BCĐ", "01/QC-BCĐ", "09/KH-UBND", "10/KH-UBND", their
# dates ("29/12/2023", "29/12/2022", "22/3/2024", "12/01/2024", "19/01/2024"),
# "năm 2024", and the list numbers "I." and "1.".
# --------------------------------------------------------------------------
D01 = dict(name="01_hungyen-anthi-hotungmau-bao-cao-2024-precision", kind="result", year=2024, records=[])

# --------------------------------------------------------------------------
# 02 Ninh Bình, community digital technology teams (baovannghe.vn, byline
# "Đời sống 06:00 | 21/06/2025" → `date 2025-06`). One quantity: "đến nay 100%
# xã, phường, thị trấn đều đã thành lập các tổ công nghệ số cộng đồng" (result,
# =, 2025 from the date line; aware.community_digital_teams_share, whose
# wordings include "xã, phường, thị trấn thành lập Tổ công nghệ số cộng
# đồng"). The excerpt ends "Tại thị trấn Phát Diệm (Kim Sơn), 8 ": the number's
# noun is cut off, so what it counts is unknown → no record (a judgement).
# Headings ("Đưa công nghệ tới tận thôn xóm") name no pillar → null.
# --------------------------------------------------------------------------
D02 = dict(name="02_ninhbinh-to-cong-nghe-so-cong-dong-2025", kind="result", year=2025, records=[
    R("đến nay «100% xã", "xã, phường, thị trấn đều đã thành lập các tổ công nghệ số cộng đồng", "=", 100,
      iid="aware.community_digital_teams_share"),
])

# --------------------------------------------------------------------------
# 03 Kiên Giang, "Phấn đấu đạt top 10 các tỉnh thành ... về chuyển đổi số"
# (m.baophapluat.vn, no date shown; the photo caption "Kiên Giang đẩy mạnh ứng
# dụng chuyển đổi số vào các lĩnh vực kinh – xã hội", printed twice, cut).
# The rank target is stated twice, in the title and in the lead ("Đặt mục
# tiêu top 10 tỉnh, thành có chỉ số chuyển đổi số tốt nhất cả nước"): two
# target records, rank, op <= (a group, "top 10"), dti.provincial_rank.
# "cung cấp 100% dịch vụ công trực tuyến mức độ cao" is what the province has
# done (result, =; null id: "mức độ cao" is levels 3 and 4 together, no exact
# catalogue indicator; a judgement). "ưu tiên triển khai chuyển đổi số ở 8
# ngành, lĩnh vực" counts priority sectors, like a count of tasks → not a
# quantity (a judgement). Year: nothing in the text names one → null.
# Pillar null (no heading).
# --------------------------------------------------------------------------
D03 = dict(name="03_kiengiang-top-10-chuyen-doi-so", kind="target", year=None, records=[
    R("Phấn đấu đạt top «10 các tỉnh", "các tỉnh thành trong cả nước về chuyển đổi số", "<=", 10, **RANK,
      iid="dti.provincial_rank"),
    R("Đặt mục tiêu top «10 tỉnh", "tỉnh, thành có chỉ số chuyển đổi số tốt nhất cả nước", "<=", 10, **RANK,
      iid="dti.provincial_rank"),
    R("cung cấp «100% dịch vụ", "dịch vụ công trực tuyến mức độ cao cho người dân, doanh nghiệp", "=", 100,
      kind="result"),
])

# --------------------------------------------------------------------------
# 04 Lai Châu, the "Bình dân học vụ số" movement (lite.baomoi.com, no date
# shown; the photo caption "Thanh toán không dùng tiền mặt đã phổ biến trên địa
# bàn tỉnh." cut). A precision text: one quantity, "huyện Tam Đường, từ đầu năm
# đến nay đã tổ chức hơn 80 lớp học cộng đồng" (result, >, count; year 2025:
# the movement's plans are of 21/3/2025, "từ đầu năm đến nay" is that year; a
# judgement; no id). Not quantities: "01-KH/BCĐTW", "21/3/2025",
# "337-KH/TU". Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_laichau-binh-dan-hoc-vu-so-2025-precision", kind="result", year=2025, records=[
    R("đã tổ chức hơn «80 lớp", "lớp học cộng đồng", ">", 80, **CNT),
])

# --------------------------------------------------------------------------
# 05 Sóc Trăng, "Xếp hạng mức độ chuyển đổi số của Sóc Trăng tăng 20 bậc"
# (tintucmientay.baoangiang.com.vn, dated "03/08/2023 - 15:12" → `date
# 2023-08`). A precision text with no quantity: "tăng 20 bậc" is a change
# against an earlier place (spec: not a quantity), and the excerpt ends before
# the place itself. Not quantities: "07-NQ/TU", "27/10/2021", "năm 2025",
# "năm 2030", "Năm 2022", "khóa XIV".
# --------------------------------------------------------------------------
D05 = dict(name="05_soctrang-xep-hang-chuyen-doi-so-2023-precision", kind="result", year=2023, records=[])

# --------------------------------------------------------------------------
# 06 Hà Nam, the province's portal on the three pillars (hanam.gov.vn, no
# date shown). A precision text with no quantity: "cách mạng 4.0" (a name),
# "03 trụ cột" (the parts of the transformation, not a value of an
# indicator). The excerpt ends at the heading "Về phát triển chính quyền số".
# --------------------------------------------------------------------------
D06 = dict(name="06_hanam-chuyen-doi-so-ba-tru-cot-precision", kind="result", year=None, records=[])


DOCS = [D01, D02, D03, D04, D05, D06]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
