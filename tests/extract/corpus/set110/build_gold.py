#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set110).

Copied from set69's builder (itself from set47's (itself from set45's, set43's, set41's, ... and the seeds'). Each
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
# 01 Kon Tum, e-identity accounts up to 30/5/2023 (the provincial police's
# site, no date shown; "đến ngày 30 tháng 5 năm 2023" → results of 2023).
# Three counts: "43.265 hồ sơ tài khoản định danh điện tử mức 2" (received),
# "6.791 tài khoản ... mức 1" and "18.832 tài khoản ... mức 2" (activated);
# levels 1 and 2 are kinds of account, not administrative levels → scope null.
# The excerpt ends in "toàn quốc cấp được 40 tri": the national target of
# Chỉ thị 05/CT-TTg cut mid-word; its magnitude word is not in the text, so no
# record (a judgement). No catalogue indicator counts VNeID accounts → null.
# Pillar null. Not quantities: "30 tháng 5 năm 2023", "05/CT-TTg", "23 tháng
# 02 năm 2023", "Đề án 06", "tháng 6 năm 2023", "40 tri".
# --------------------------------------------------------------------------
D01 = dict(name="01_kontum-tai-khoan-dinh-danh-muc-2-2023", kind="result", year=2023, records=[
    R("thu nhận được «43.265", "hồ sơ tài khoản định danh điện tử mức 2 thu nhận", "=", 43265, **CNT),
    R("kích hoạt cho «6.791", "tài khoản định danh điện tử mức 1 kích hoạt", "=", 6791, **CNT),
    R("mức 1; «18.832", "tài khoản định danh điện tử mức 2 kích hoạt", "=", 18832, **CNT),
])

# --------------------------------------------------------------------------
# 02 Thái Nguyên, Định Hóa district's community digital teams (vietnamnet,
# no date shown; "tháng 4/2022", "các tháng 10 và 11/2022" → results of 2022).
# "228 tổ với hơn 1.500 thành viên": two counts (=; >), ids
# aware.community_digital_teams_count and aware.community_digital_team_members_count
# (a district's, the catalogue's measure). "đạt hơn 4.000 người; 28.000 người
# ... và 17.000 người": three counts of people with an app installed, "hơn"
# read on the first only (the others bare, =); no id. Pillar null. Not
# quantities: "tháng 4/2022", "8 huyện, thành phố khác", "10 và 11/2022".
# --------------------------------------------------------------------------
D02 = dict(name="02_thainguyen-dinhhoa-to-cong-nghe-so-2022", kind="result", year=2022, records=[
    R("có «228 tổ", "Tổ công nghệ số cộng đồng toàn huyện", "=", 228, **CNT, iid="aware.community_digital_teams_count"),
    R("với hơn «1.500 thành viên", "thành viên Tổ công nghệ số cộng đồng", ">", 1500, **CNT,
      iid="aware.community_digital_team_members_count"),
    R("đạt hơn «4.000 người", "số người dân trong huyện có smartphone đã cài ứng dụng công dân số C-Thái Nguyên",
      ">", 4000, **CNT),
    R("người; «28.000 người", "người cài app bảo hiểm xã hội VssID", "=", 28000, **CNT),
    R("và «17.000 người", "người cài app định danh điện tử VNeID", "=", 17000, **CNT),
])

# --------------------------------------------------------------------------
# 03 Whole country, community digital teams (a ward of Thủ Đức's site, no
# date shown, no year in the text → year null). "45/63 tỉnh, thành phố đã
# thành lập ... tổ CNSCĐ": a count of provinces (45; "/63" the total), no id.
# "39.631 tổ CNSCĐ và 197.532 thành viên": two counts, ids
# aware.community_digital_teams_count, aware.community_digital_team_members_count.
# Pillar null. No other numbers.
# --------------------------------------------------------------------------
D03 = dict(name="03_ca-nuoc-to-cnscd-45-tinh", kind="result", year=None, records=[
    R("đã có «45/63", "tỉnh, thành phố đã thành lập, thí điểm triển khai tổ CNSCĐ", "=", 45, **CNT),
    R("cả nước có «39.631", "tổ CNSCĐ", "=", 39631, **CNT, iid="aware.community_digital_teams_count"),
    R("và «197.532", "thành viên tham gia tổ CNSCĐ cấp xã, thôn, phố", "=", 197532, **CNT,
      iid="aware.community_digital_team_members_count"),
])

# --------------------------------------------------------------------------
# 04 Whole country, training of community digital teams (ictnews, no date
# shown; "Tính đến ngày 5/9", "tháng 11 năm nay": no year in the text → null).
# Results: "51 tỉnh, thành phố thành lập" (count, no id), "46.105 Tổ công
# nghệ số cộng đồng" and "212.761 thành viên" (ids as in 03); the sentence is
# the caption-like line ending "(Ảnh: P.Nga)", kept because it states the
# figures. Targets: "100% thành viên Tổ công nghệ số cộng đồng được bồi
# dưỡng, tập huấn trực tuyến" (>=, bare target) and "yêu cầu 100% đoàn viên
# than" (cut mid-word; >=). No exact id (training share of team members /
# youth members) → null. Pillar null. Not quantities: "5/9", "tháng 11".
# --------------------------------------------------------------------------
D04 = dict(name="04_ca-nuoc-to-cnscd-tap-huan-2022", kind="result", year=None, records=[
    R("đã có «51 tỉnh", "tỉnh, thành phố thành lập Tổ công nghệ số cộng đồng", "=", 51, **CNT),
    R("thành lập «46.105", "Tổ công nghệ số cộng đồng", "=", 46105, **CNT, iid="aware.community_digital_teams_count"),
    R("với «212.761", "thành viên Tổ công nghệ số cộng đồng", "=", 212761, **CNT,
      iid="aware.community_digital_team_members_count"),
    R("thanh niên và «100% thành viên", "thành viên Tổ công nghệ số cộng đồng được bồi dưỡng, tập huấn trực tuyến",
      ">=", 100, kind="target"),
    R("yêu cầu «100% đoàn", "đoàn viên thanh niên", ">=", 100, kind="target"),
])


DOCS = [D01, D02, D03, D04]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
