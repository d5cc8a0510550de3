#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set144).

Copied from set69's builder (itself from set47's, set45's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (258
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

OTH = dict(unit="other")

# --------------------------------------------------------------------------
# 01 The PII 2024 (provincial innovation index), national (vietnamiplaws.com,
# no date shown; "năm 2024", "PII 2024" → 2024). Hà Nội's "60,76 điểm" is
# stated twice (the lead and the first bullet): two results (=, điểm, place
# Hà Nội, rank.pii_score). "TP HCM xếp thứ 2, tiếp theo là Hải Phòng (3), ...
# Bắc Giang (10)": ten rank results (=), one per province, each with its place
# (a national page; the brackets state a value, as in the spec's "(năm 2023
# đạt 38,4%)"), rank.pii_rank. Cao Bằng "23,95 điểm, xếp thứ 63": a score and
# a rank. Not quantities: "30/12/2024", "năm 2023", "Bắc Ninh rời khỏi top 10"
# (a province leaving a group; no place of it stated; a judgement). The heading
# "Tình hình đổi mới sáng tạo cấp địa phương tại Việt Nam" names no pillar →
# null (the catalogue files the PII under the digital economy; the heading
# decides).
# --------------------------------------------------------------------------
PII = "bảng xếp hạng PII 2024"
D01 = dict(name="01_ca-nuoc-pii-2024-ha-noi-cao-bang", kind="result", year=2024, records=[
    R("giữ vị trí dẫn đầu với «60,76 điểm.\n", "Hà Nội tiếp tục giữ vị trí dẫn đầu Chỉ số đổi mới sáng tạo cấp địa phương",
      "=", 60.76, **DIEM, place="Hà Nội", iid="rank.pii_score"),
    R("Hà Nội dẫn đầu với «60,76", "Hà Nội dẫn đầu bảng xếp hạng PII 2024", "=", 60.76, **DIEM, place="Hà Nội",
      iid="rank.pii_score"),
    R("TP HCM xếp thứ «2,", "TP HCM xếp thứ bảng xếp hạng PII 2024", "=", 2, **RANK, place="TP HCM", iid="rank.pii_rank"),
    R("Hải Phòng («3)", "Hải Phòng " + PII, "=", 3, **RANK, place="Hải Phòng", iid="rank.pii_rank"),
    R("Vũng Tàu («4)", "Bà Rịa – Vũng Tàu " + PII, "=", 4, **RANK, place="Bà Rịa – Vũng Tàu", iid="rank.pii_rank"),
    R("Đà Nẵng («5)", "Đà Nẵng " + PII, "=", 5, **RANK, place="Đà Nẵng", iid="rank.pii_rank"),
    R("Quảng Ninh («6)", "Quảng Ninh " + PII, "=", 6, **RANK, place="Quảng Ninh", iid="rank.pii_rank"),
    R("Cần Thơ («7)", "Cần Thơ " + PII, "=", 7, **RANK, place="Cần Thơ", iid="rank.pii_rank"),
    R("Bình Dương («8)", "Bình Dương " + PII, "=", 8, **RANK, place="Bình Dương", iid="rank.pii_rank"),
    R("Thái Nguyên («9)", "Thái Nguyên " + PII, "=", 9, **RANK, place="Thái Nguyên", iid="rank.pii_rank"),
    R("Bắc Giang («10)", "Bắc Giang " + PII, "=", 10, **RANK, place="Bắc Giang", iid="rank.pii_rank"),
    R("cuối bảng với «23,95 điểm", "Cao Bằng tiếp tục đứng cuối bảng xếp hạng PII 2024", "=", 23.95, **DIEM,
      place="Cao Bằng", iid="rank.pii_score"),
    R("xếp thứ «63.", "Cao Bằng xếp thứ bảng xếp hạng PII 2024", "=", 63, **RANK, place="Cao Bằng", iid="rank.pii_rank"),
])

# --------------------------------------------------------------------------
# 02 The PII 2023, national (vnexpress.net, stamp date 2024-03; "năm 2023" →
# 2023). A precision text: one quantity. "Trong bảng xếp hạng 10 địa phương dẫn
# đầu gồm Hà Nội, TP HCM, ...": the group "10 địa phương dẫn đầu" stated once
# for the ten places it lists → one rank result (<=, 10; spec: "thuộc nhóm 20
# tỉnh dẫn đầu" is rank <=), place null (ten places; a judgement), id
# rank.pii_rank. Not quantities: "63 tỉnh thành" (the provinces ranked),
# "12/3", "5 tỉnh Bắc Ninh, ..." (how many of the listed members are
# provinces: a breakdown of a list, not a value of an indicator; a judgement),
# "Danh sách top 10" (the group named again, no members stated), "10 địa
# phương thuộc nhóm cuối" (the excerpt ends before any member is named), "R&D".
# Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_ca-nuoc-pii-2023-top10-precision", kind="result", year=2023, records=[
    R("bảng xếp hạng «10 địa phương dẫn đầu", "địa phương dẫn đầu bảng xếp hạng chỉ số đổi mới sáng tạo cấp địa phương",
      "<=", 10, **RANK, iid="rank.pii_rank"),
])

# --------------------------------------------------------------------------
# 03 Vĩnh Long and the DTI 2021 (baovinhlong.com.vn, byline 08/08/2022 → date
# 2022-08; "DTI năm 2021" → 2021). "giá trị trung bình DTI cấp tỉnh là 0,4014":
# an index value (=, other, no unit written → unit_text null; no id: the
# catalogue's DTI score is a province's own, not the mean; a judgement).
# "Vĩnh Long xếp hạng 32/63" (=, dti.provincial_rank); "(52/63)" after "so với
# DTI 2020": a bracket that states the 2020 place → a rank result of 2020
# (spec: "(năm 2023 đạt 38,4%)"). "an toàn thông tin mạng xếp thứ 8/63" (=,
# dti.information_security_rank; pillar null: no heading names a pillar, the
# indicator's own pillar does not count). The ministries' mean "0,4595" and
# Bộ Tài chính's "0,6321" (=, other; no id; no place: a ministry is not a
# province or commune). Not quantities: "tăng 20 bậc" (title and body),
# "(tăng 32,7% so với năm 2020)" and "(tăng 15,4% ...)" (changes against an
# earlier value → NOT), "lần thứ ba" (twice), "8/8", "năm 2025", "năm 2020".
# --------------------------------------------------------------------------
D03 = dict(name="03_vinhlong-dti-2021", kind="result", year=2021, records=[
    R("DTI cấp tỉnh là «0,4014", "giá trị trung bình DTI cấp tỉnh", "=", 0.4014, **OTH),
    R("Vĩnh Long xếp hạng «32/63", "Vĩnh Long xếp hạng chỉ số chuyển đổi số DTI 2021", "=", 32, **RANK,
      iid="dti.provincial_rank"),
    R("DTI 2020 («52/63)", "Vĩnh Long xếp hạng DTI 2020", "=", 52, **RANK, year=2020, iid="dti.provincial_rank"),
    R("mạng xếp thứ «8/63", "chỉ số về an toàn thông tin mạng xếp thứ", "=", 8, **RANK,
      iid="dti.information_security_rank"),
    R("DTI 2021 là «0,4595", "giá trị trung bình DTI 2021 của các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "=",
      0.4595, **OTH),
    R("với giá trị «0,6321", "Bộ Tài chính đứng đầu về DTI của các bộ cung cấp dịch vụ công", "=", 0.6321, **OTH),
], NOT=["(tăng «32,7%", "(tăng «15,4%"])

# --------------------------------------------------------------------------
# 04 The PAPI 2023, national (nvsk.vnanet.vn, TTXVN 2/4/2024 in the first
# sentence, kept; "PAPI năm 2023" → 2023). A precision text: one quantity,
# Thừa Thiên Huế's "46,0415 điểm" (=, điểm, place; no id: the catalogue holds
# only the PAPI's e-governance dimension, not the whole index). Not
# quantities: "2/4/2024", "15 tỉnh/thành phố" (the size of the group the
# infographic shows), "15 năm" (a duration), "từ năm 2009 đến 2023", "hơn
# 19.500 người dân" (the survey's respondents: participants, as the spec's
# "hơn 50 cơ quan báo chí"), "tháng 8 đến tháng 11/2023". Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_ca-nuoc-papi-2023-hue-precision", kind="result", year=2023, records=[
    R("dẫn đầu với «46,0415 điểm", "Thừa Thiên Huế dẫn đầu Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)",
      "=", 46.0415, **DIEM, place="Thừa Thiên Huế"),
])

# --------------------------------------------------------------------------
# 05 The PAPI 2023, Thừa Thiên Huế first and Đắk Nông last (vneconomy.vn, no
# date shown; "năm 2023" → 2023). Huế's score "46,0414 điểm" (=) and, in the
# body, "tổng số điểm trên 46,04 điểm" (>): two records (repeated statements
# recorded each time); Đắk Nông "38,97 điểm" (=). Five component scores of
# Huế, each with its own subject as indicator (=, điểm). place on every record
# (a national page). No ids: the catalogue holds only the PAPI's e-governance
# dimension. Not quantities: "tăng 5 bậc" (twice; changes), "2/4", "61
# tỉnh/thành phố" and "2 tỉnh Quảng Ninh, Bình Dương" (the provinces covered
# and left out), "năm 2022". Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_hue-daknong-papi-2023-diem-thanh-phan", kind="result", year=2023, records=[
    R("Với «46,0414 điểm", "Thừa Thiên Huế dẫn đầu cả nước về chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)",
      "=", 46.0414, **DIEM, place="Thừa Thiên Huế"),
    R("PAPI 2023 với «38,97 điểm", "Tỉnh Đắk Nông đứng cuối cùng của bảng xếp hạng PAPI 2023", "=", 38.97, **DIEM,
      place="Đắk Nông"),
    R("tổng số điểm trên «46,04 điểm", "Tỉnh Thừa Thiên Huế đứng đầu bảng xếp hạng PAPI 2023 với tổng số điểm", ">",
      46.04, **DIEM, place="Thừa Thiên Huế"),
    R("cấp cơ sở («5,3435 điểm)", "tham gia của người dân ở cấp cơ sở", "=", 5.3435, **DIEM, place="Thừa Thiên Huế"),
    R("Công khai minh bạch («5,8366", "Công khai minh bạch", "=", 5.8366, **DIEM, place="Thừa Thiên Huế"),
    R("người dân («4,3688", "trách nhiệm giải trình với người dân", "=", 4.3688, **DIEM, place="Thừa Thiên Huế"),
    R("khu vực công («7,574", "kiểm soát tham nhũng trong khu vực công", "=", 7.574, **DIEM, place="Thừa Thiên Huế"),
    R("dịch vụ công («8,3041", "cung ứng dịch vụ công", "=", 8.3041, **DIEM, place="Thừa Thiên Huế"),
])

# --------------------------------------------------------------------------
# 06 The UN's EGDI 2024, national (congthuong.vn, no date shown; "năm 2024" →
# 2024). A precision text: one quantity, "vị trí thứ 71 trong 193 quốc gia"
# (rank =, rank.un_egdi). The title "Việt Nam tăng 15 bậc về xếp hạng Chính phủ
# điện tử" names the pillar (spec: "Chính phủ số, Chính quyền điện tử in a
# heading" → digital_government; set69: a page title counts as the heading of
# the excerpt) → digital_government. Not quantities: "tăng 15 bậc" (title and
# body), "năm 2022", "18/9", "17/9/2024", "năm 2024" twice, "EGDI 2024".
# --------------------------------------------------------------------------
D06 = dict(name="06_ca-nuoc-egdi-2024-congthuong-precision", kind="result", year=2024, records=[
    R("có vị trí thứ «71 trong 193", "Việt Nam có vị trí trong bảng xếp hạng chỉ số Chính phủ điện tử", "=", 71,
      **RANK, pillar=GOV, iid="rank.un_egdi"),
])

# --------------------------------------------------------------------------
# 07 The UN's EGDI 2020, national (viettimes.vn, a tag page; no date shown;
# "năm 2020" → 2020). "vị trí thứ 86 trong 193" (rank =, 2020); "từ vị trí 99
# lên vị trí 86" in "giai đoạn 2014 - 2020": the first place is of 2014 (the
# range's start), the second of 2020 (its end): two rank results (a judgement;
# spec: a result's year is the year it was measured). rank.un_egdi on all.
# Title "Việt Nam liên tục tăng hạng trong lĩnh vực Chính phủ số" (printed
# twice, kept) → digital_government. Not quantities: "tăng 02 bậc so với năm
# 2018", "2014 - 2020".
# --------------------------------------------------------------------------
D07 = dict(name="07_ca-nuoc-egdi-2020-tang-hang", kind="result", year=2020, records=[
    R("ở vị trí thứ «86 trong 193", "Việt Nam ở vị trí trong lĩnh vực Chính phủ số", "=", 86, **RANK, pillar=GOV,
      iid="rank.un_egdi"),
    R("từ vị trí «99 lên", "Việt Nam vị trí trong lĩnh vực Chính phủ số", "=", 99, **RANK, pillar=GOV, year=2014,
      iid="rank.un_egdi"),
    R("lên vị trí «86.", "Việt Nam vị trí trong lĩnh vực Chính phủ số", "=", 86, **RANK, pillar=GOV,
      iid="rank.un_egdi"),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
