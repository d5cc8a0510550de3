#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set143).

Copied from set69's builder (itself from set47's, set45's, set43's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (258
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

TUOI = dict(unit="other", unit_text="tuổi")
NAM = dict(unit="other", unit_text="năm")

# --------------------------------------------------------------------------
# 01 National: the Government's action programme for Kết luận 115-KL/TW
# (thoibaotaichinhvietnam.vn, stamp 2026-01; "đặt mục tiêu đến năm 2030" → every
# target is of 2030, the document's target year, not the stamp's 2026; a
# judgement). Targets: "khoảng 40% GDP" (~), "20 - 22% tổng vốn đầu tư" (between),
# "đạt 120% GDP" (>=), the subheading "Tốc độ tăng năng suất lao động xã hội bình
# quân đạt khoảng 8,5%/năm" and the same target in the next paragraph (each
# statement recorded, as set69's repeated statements; unit "%": a rate per year),
# "dưới 20%" (<), "35 - 40%" (between), "kỹ năng số cơ bản đạt trên 80%" (>,
# hr.workforce_basic_digital_skills_share), "giảm xuống dưới 40%" (a level, <),
# "dưới 3%" (<), "khoảng 75,5 tuổi" (~, other "tuổi"), "tối thiểu 68 năm" (>=,
# other "năm": the healthy-life-years target, a value of an indicator, not a
# duration of the plan; a judgement). Pillar null (no heading names one). Not
# quantities: "bình quân 5 năm" (the period averaged over), "12/NQ-CP",
# "115-KL/TW", "16/1/2025", "39-NQ/TW", "15/1/2019", the date line.
# --------------------------------------------------------------------------
D01 = dict(name="01_ca-nuoc-ctr-hanh-dong-kl115-2030", kind="target", year=2030, records=[
    R("đạt khoảng «40% GDP", "tổng đầu tư xã hội bình quân 5 năm", "~", 40),
    R("chiếm «20 - 22%", "tỷ lệ đầu tư công chiếm tổng vốn đầu tư toàn xã hội", "between", 20, value_max=22),
    R("đạt «120% GDP", "quy mô vốn hóa thị trường cổ phiếu", ">=", 120),
    R("bình quân đạt khoảng «8,5%/năm\n\nChương", "Tốc độ tăng năng suất lao động xã hội bình quân", "~", 8.5),
    R("trình đặt mục tiêu đến năm 2030, tốc độ tăng năng suất lao động xã hội bình quân đạt khoảng «8,5%/năm.",
      "tốc độ tăng năng suất lao động xã hội bình quân", "~", 8.5),
    R("xã hội dưới «20%", "Tỷ trọng lao động nông nghiệp trong tổng lao động xã hội", "<", 20),
    R("chỉ đạt «35 - 40%", "Tỷ lệ lao động qua đào tạo có bằng, chứng chỉ", "between", 35, value_max=40),
    R("cơ bản đạt trên «80%", "Tỷ lệ người dân trong độ tuổi lao động được đào tạo kỹ năng số cơ bản", ">", 80,
      iid="hr.workforce_basic_digital_skills_share"),
    R("giảm xuống dưới «40%", "Tỷ lệ lao động làm việc trong khu vực phi chính thức", "<", 40),
    R("chung dưới «3%", "Tỷ lệ thất nghiệp chung", "<", 3),
    R("đạt khoảng «75,5 tuổi", "Tuổi thọ bình quân", "~", 75.5, **TUOI),
    R("tối thiểu «68 năm", "thời gian sống khỏe mạnh", ">=", 68, **NAM),
])

# --------------------------------------------------------------------------
# 02 Hà Nội, xã Vĩnh Thanh (a commune of the two-level government, after July
# 2025): the October briefing of its Nghị quyết 57 steering committee
# (vinhthanh.hanoi.gov.vn; no date shown, and the excerpt names no year: "Trong
# tháng 10" → year null on every record; the address holds 2025 but the text
# does not; a judgement). Results: the documents issued, "02 Quyết định, 01 Quy
# chế làm việc và 01 Chương trình hành động" (Đảng ủy) and "04 Quyết định, 08 Kế
# hoạch" (UBND) — counted as earlier sets counted documents issued ("1 nghị
# quyết, 4 quyết định và 12 kế hoạch" are results), one record each; "Tổ chuyển
# đổi số cộng đồng tại 12 thôn, khu dân cư đã hoạt động" (count of villages;
# no id: the catalogue counts teams); "duy trì 12 điểm Bình dân học vụ số"
# (count, as an earlier set's "6 điểm"); "tập huấn kỹ năng số cho hơn 300 cán bộ,
# đảng viên, đoàn viên và nhân dân" (>, hr.population_digital_skills_trained_count;
# a judgement, cadres among the people); "Công khai minh bạch: xếp thứ 10/126 xã,
# phường" (rank =, the component's place among Hà Nội's 126 communes; span
# started at "Công khai" so the subject is inside; no id: a component at commune
# level). Pillar null. Not quantities: "57-NQ/TW", "Nghị quyết 57" (names),
# "tháng 10", "126" (the communes ranked).
# --------------------------------------------------------------------------
D02 = dict(name="02_hanoi-xa-vinh-thanh-nq57-thang10", kind="result", year=None, records=[
    R("Thanh đã ban hành «02 Quyết định", "Đảng ủy xã Vĩnh Thanh đã ban hành Quyết định", "=", 2, **CNT),
    R("«01 Quy chế", "Quy chế làm việc", "=", 1, **CNT),
    R("và «01 Chương trình hành động", "Chương trình hành động cụ thể hóa các nhiệm vụ trọng tâm", "=", 1, **CNT),
    R("ban hành «04 Quyết định", "UBND xã cũng đã ban hành Quyết định", "=", 4, **CNT),
    R("«08 Kế hoạch", "Kế hoạch triển khai các nội dung về chuyển đổi số", "=", 8, **CNT),
    R("tại «12 thôn", "thôn, khu dân cư có Tổ chuyển đổi số cộng đồng hoạt động tích cực", "=", 12, **CNT),
    R("duy trì «12 điểm", "điểm Bình dân học vụ số UBND xã duy trì", "=", 12, **CNT),
    R("cho hơn «300 cán bộ", "cán bộ, đảng viên, đoàn viên và nhân dân tập huấn kỹ năng số", ">", 300, **CNT,
      iid="hr.population_digital_skills_trained_count"),
    R("xếp thứ «10/126", "Công khai minh bạch xếp thứ xã, phường", "=", 10, **RANK, start_at="Công khai"),
])

# --------------------------------------------------------------------------
# 03 Hà Giang, xã Nậm Ty (Hoàng Su Phì): OCOP tea on the VOSO platform
# (baohagiang.vn, stamp 2021-10 → 2021). A near-precision text: one quantity,
# "tại xã Nậm Ty có 4 sản phẩm chè được chứng nhận OCOP ... cùng lên sàn TMĐT
# VOSO" (result, =, count, econ.ecommerce_products_count). Not quantities:
# "Năm 2020", "OCOP 3 sao" (a product's rating, a name), "tháng 7.2021",
# "tháng 5.2021", the date line. Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_hagiang-namty-ocop-san-tmdt-2021", kind="result", year=2021, records=[
    R("Nậm Ty có «4 sản phẩm", "sản phẩm chè được chứng nhận OCOP lên sàn TMĐT VOSO", "=", 4, **CNT,
      iid="econ.ecommerce_products_count"),
])

# --------------------------------------------------------------------------
# 04 Cần Thơ, Kế hoạch 97/KH-UBND (02/10/2025) on smart cities to 2030
# (hethongphapluat.vn; a legal text, precision): the excerpt ends inside the
# "Căn cứ" list, no quantity. Not quantities: document numbers (97/KH-UBND,
# 57-NQ/TW, 71/NQ-CP, 950/QĐ-TTg, 1652/QĐ-UBND, 6862/BXD-PTĐT, 382/TB-VPCP,
# 7789/BXD-PTĐT), dates, periods "2018 - 2025", "2021 - 2025", years,
# "Phiên bản 1.0" (a name).
# --------------------------------------------------------------------------
D04 = dict(name="04_cantho-kh97-do-thi-thong-minh-2030-precision", kind="target", year=2025, records=[])

# --------------------------------------------------------------------------
# 05 Phú Thọ, xã Thanh Ba after the merger (baophutho.vn, stamp 2025-10;
# precision): no quantity. Not quantities: "dữ liệu đảng viên 3.0" (a software
# name), the date line.
# --------------------------------------------------------------------------
D05 = dict(name="05_phutho-xa-thanh-ba-chuyen-doi-so-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 06 Lâm Đồng's digital platforms (nhandan.vn; no date shown; precision): no
# quantity ("ba trụ cột" in words; "Riêng năm 2023" a year).
# --------------------------------------------------------------------------
D06 = dict(name="06_lamdong-nen-tang-so-2023-precision", kind="result", year=2023, records=[])

# --------------------------------------------------------------------------
# 07 Lâm Đồng, Đà Lạt's smart-city scheme 2018-2025 (moitruong.net.vn; no date
# shown; precision): no quantity. Not quantities: "25/12", "125 năm" (the
# city's age), "2018-2025", "năm 2025", "4 trụ cột chính" and "8 lĩnh vực" (the
# parts of the scheme's model, like counts of tasks or an index's parts).
# --------------------------------------------------------------------------
D07 = dict(name="07_lamdong-dalat-thanh-pho-thong-minh-precision", kind="target", year=2025, records=[])

# --------------------------------------------------------------------------
# 08 Ninh Bình (after the merger), Kế hoạch 19/KH-UBND (31/07/2025) on digital
# transformation in 2025 (nhansu.vn; a legal text, precision): no quantity. Not
# quantities: document numbers and dates in the header table and the "Căn cứ"
# list, "phiên bản 4.0" (a name).
# --------------------------------------------------------------------------
D08 = dict(name="08_ninhbinh-kh19-chuyen-doi-so-2025-precision", kind="target", year=2025, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08]

def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
