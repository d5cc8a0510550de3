#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set105).

Copied from set69's builder (itself from set47's, set45's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see
README). As in set10-set69, the id is given in the record itself (`iid=`).

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
# 01 Tuyên Quang city (thành phố thuộc tỉnh), its smart-city project and
# cameras (vietnamnet.vn, no date shown; "Đến cuối năm 2022, thành phố sẽ ..."
# speaks of 2022 as the year still running → document year 2022, results of
# 2022; a judgement). Targets of the project "giai đoạn 2021-2025 ... đến 2025":
# "tổng kinh phí dự kiến là trên 156 tỷ đồng" (target, >, 156e9 đồng, year
# 2025 = the end of the project's period, a judgement; inst.dx_funding_amount:
# a smart-city project's money counted as funding for the transformation, a
# judgement) and "xây dựng 1 trung tâm giám sát, điều hành đô thị thông minh
# ... (IOC)" (target, bare → >=, 1, 2025, city.ioc_centres_count). Results:
# "12/15 xã, phường đã triển khai ... lắp đặt camera an ninh" (count 12 of 15;
# no id) and "436 mắt camera được lắp đặt" (count, city.surveillance_cameras_
# count, a judgement: installed, not said to be connected). Pillar null (no
# heading). Not quantities: "3 lĩnh vực trụ cột" (the pillars), "2021-2025",
# "2030", "ngã 3, ngã 4" (names of crossroads), "3G, 4G" (names), "năm 2022".
# --------------------------------------------------------------------------
D01 = dict(name="01_tuyenquang-tp-do-thi-thong-minh-2022", kind="result", year=2022, records=[
    R("dự kiến là trên «156 tỷ đồng", "tổng kinh phí dự kiến của Đề án xây dựng Trung tâm thành phố Tuyên Quang theo "
      "hướng đô thị thông minh", ">", 156e9, **DONG, kind="target", year=2025, iid="inst.dx_funding_amount"),
    R("xây dựng «1 trung tâm giám sát", "trung tâm giám sát, điều hành đô thị thông minh của thành phố (IOC)", ">=", 1,
      **CNT, kind="target", year=2025, iid="city.ioc_centres_count"),
    R("Tuyên Quang có «12/15 xã", "xã, phường đã triển khai thực hiện lắp đặt camera an ninh", "=", 12, **CNT),
    R("với «436 mắt camera", "mắt camera được lắp đặt", "=", 436, **CNT, iid="city.surveillance_cameras_count"),
])

# --------------------------------------------------------------------------
# 02 Đông Anh district (Hà Nội), its community digital teams (yousportnews.co,
# a copy of a news item; no date shown, and no year anywhere in the text →
# year null). Results: "201 Tổ chuyển đổi số cộng đồng" (=, count,
# aware.community_digital_teams_count), "hơn 1.470 thành viên" (>, count,
# aware.community_digital_team_members_count), "tại 100% thôn, tổ dân phố"
# (=, %, aware.community_digital_teams_share; the villages are the subject, not
# a split → scope null). Pillar null. Not quantities: none other.
# --------------------------------------------------------------------------
D02 = dict(name="02_hanoi-dong-anh-to-chuyen-doi-so-cong-dong", kind="result", year=None, records=[
    R("toàn huyện có «201 Tổ", "Tổ chuyển đổi số cộng đồng", "=", 201, **CNT,
      iid="aware.community_digital_teams_count"),
    R("với hơn «1.470 thành viên", "thành viên Tổ chuyển đổi số cộng đồng", ">", 1470, **CNT,
      iid="aware.community_digital_team_members_count"),
    R("triển khai tại «100% thôn", "thôn, tổ dân phố được triển khai Tổ chuyển đổi số cộng đồng", "=", 100,
      iid="aware.community_digital_teams_share"),
])

# --------------------------------------------------------------------------
# 03 Xuân Thọ commune, its community digital teams (lite.baomoi.com, no date, no
# year in the text → null; the province is not named). Results, counts:
# "thành lập 6 tổ công nghệ số cộng đồng" (aware.community_digital_teams_count),
# "tại 6 thôn" (the villages that have a team; no id: the catalogue holds the
# share), "với 30 thành viên" (aware.community_digital_team_members_count),
# "1 đội hình thanh niên tình nguyện hỗ trợ công nghệ số" (no id). Pillar null.
# Not quantities: "Đề án 06" (a name), "mức độ 2" (a level's name).
# --------------------------------------------------------------------------
D03 = dict(name="03_xa-xuan-tho-to-cong-nghe-so-cong-dong", kind="result", year=None, records=[
    R("thành lập «6 tổ", "tổ công nghệ số cộng đồng", "=", 6, **CNT, iid="aware.community_digital_teams_count"),
    R("tại «6 thôn", "thôn thành lập tổ công nghệ số cộng đồng", "=", 6, **CNT),
    R("với «30 thành viên", "thành viên tổ công nghệ số cộng đồng", "=", 30, **CNT,
      iid="aware.community_digital_team_members_count"),
    R("«1 đội hình", "đội hình thanh niên tình nguyện hỗ trợ công nghệ số", "=", 1, **CNT),
])

# --------------------------------------------------------------------------
# 04 Lâm Thao district (Phú Thọ), report on 2022 (lamthao.phutho.gov.vn, no date
# shown; "Trong năm 2022" → 2022). A precision text: one quantity among some
# thirty document numbers and dates, "UBND huyện đã ban hành gần 250 văn bản
# chỉ đạo, triển khai" (result, ~, count; inst.dx_policy_documents_count, a
# judgement: documents issued are counted as set69 counted "60 tỉnh đã ban
# hành kế hoạch"; not a count of tasks or solutions). Pillar: the heading "1.
# Công tác chỉ đạo, ban hành văn bản" names no pillar → null. Not quantities:
# "40/KH-UBND", "28/2/2022", "121/KH-UBND", "20/6/2022", "2022-2025", "86/KH-
# UBND", "05/10/2022", "2022 - 2025", "194/KH-UBND", "26/10/2022", "2025",
# "199/KH-UBND", "31/10/2022", "2023 - 2025", "110/KH-UBND", "19/4/2022",
# "1806/QĐ- UBND", "29/3/2022", "01/QĐ- BCĐ", "31/5/2022", "504/UBND-VHTT",
# "13//4/2022", "472/UBND-VHTT", "7/4/2022", the title's "2022", "2023".
# --------------------------------------------------------------------------
D04 = dict(name="04_phutho-lamthao-bao-cao-2022-precision", kind="result", year=2022, records=[
    R("ban hành gần «250 văn bản", "văn bản chỉ đạo, triển khai thực hiện", "~", 250, **CNT,
      iid="inst.dx_policy_documents_count"),
])

# --------------------------------------------------------------------------
# 05 Mỹ Tho city (Tiền Giang), smart city (baoapbac.vn, no date shown; the
# address holds 202410 but the text names no year → year null). A precision
# text: one quantity, "100% máy vi tính được trang bị cho cán bộ, công chức"
# (result, =; infra.civil_servants_computers_share, a judgement: the sentence
# says every civil servant has a computer). Pillar: the heading "VẬN HÀNH
# THÔNG SUỐT" names no pillar → null.
# --------------------------------------------------------------------------
D05 = dict(name="05_tiengiang-mytho-do-thi-thong-minh-precision", kind="result", year=None, records=[
    R("trên địa bàn, «100% máy vi tính", "máy vi tính được trang bị cho cán bộ, công chức", "=", 100,
      iid="infra.civil_servants_computers_share"),
])

# --------------------------------------------------------------------------
# 06 Phước Long A ward, TP Thủ Đức (nld.com.vn, date 2024-11 → 2024). A
# precision text: one quantity, "đã vận động được 172 hộ kinh doanh ... thay
# đổi mật khẩu chung ... để chia sẻ miễn phí" (result, =, count; no id).
# Not quantities: "270D" (a street's name), "khu phố 11", "Khu phố 11" (a
# quarter's name), "Sinh năm 2001", "SN 1978" (a person's birth year), "1 trong
# những nội dung" (one of the model's parts). Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_hcm-thuduc-khu-pho-thong-minh-2024-precision", kind="result", year=2024, records=[
    R("vận động được «172 hộ", "hộ kinh doanh dọc các tuyến đường lớn đồng loạt thay đổi mật khẩu chung để chia sẻ "
      "wifi miễn phí", "=", 172, **CNT),
])

# --------------------------------------------------------------------------
# 07 Vĩnh Linh district (Quảng Trị), its community digital teams
# (vinhlinh.quangtri.gov.vn, no date shown; no year in the text → null).
# "135 thành viên" stated twice (the title and the lead): two results, each
# aware.community_digital_team_members_count. "18 xã, thị trấn ... đều đã
# thành lập Tổ công nghệ số cộng đồng" (=, count; no id: the catalogue counts
# teams, not communes). Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_quangtri-vinhlinh-to-cong-nghe-so-135-thanh-vien", kind="result", year=None, records=[
    R("cộng đồng với «135 thành viên\n", "mạng lưới Tổ công nghệ số cộng đồng Vĩnh Linh", "=", 135, **CNT,
      iid="aware.community_digital_team_members_count"),
    R("tổng cộng «135 thành viên", "mạng lưới Tổ công nghệ số cộng đồng", "=", 135, **CNT,
      iid="aware.community_digital_team_members_count"),
    R("Đến nay «18 xã", "xã, thị trấn trên địa bàn huyện đã thành lập Tổ công nghệ số cộng đồng", "=", 18, **CNT),
])

# --------------------------------------------------------------------------
# 08 Hải Châu district (Đà Nẵng), 2023 (tapchidongnama.vn, no byline date;
# "Năm 2023" → 2023). A precision text with no record: "ở cả 13 phường trên
# địa bàn" and "Ở 13 phường trên địa bàn quận" give the number of the district's
# wards (its make-up, not a value reached for an indicator; a judgement).
# Not quantities: "(kỳ 1)" (a part of a series), "Năm 2023", "năm 2023".
# --------------------------------------------------------------------------
D08 = dict(name="08_danang-haichau-13-phuong-2023-precision", kind="result", year=2023, records=[])

# --------------------------------------------------------------------------
# 09 Đồng Xoài city (Bình Phước), a profile (tdmuflc.edu.vn, no date; "năm
# 2021"). A precision text with no record: the city's make-up and staff ("08
# đơn vị hành chính", "06 phường", "02 xã", "52 khu dân cư", "165 CBCC", "80
# người", "150 người", "19 cơ quan, đơn vị", "31 trường học", "79 công chức",
# "1361 biên chế"), its distance ("khoảng 120 km"), road names ("Quốc lộ 14",
# "đường tỉnh 741 và 753") and its general economy in 2021 ("tốc độ tăng trưởng
# ... 12,07%", "thu ngân sách ... trên 1.542 tỷ đồng", "thu nhập bình quân đầu
# người là 94,5 triệu đồng/người"): none is a target or result of the digital
# transformation (a judgement: general socio-economic figures of a profile,
# like set69's population make-up) → 12,07% a NOT entry. Headings "1. Giới
# thiệu ..." and "2. Thực trạng ..." name no pillar.
# --------------------------------------------------------------------------
D09 = dict(name="09_binhphuoc-dongxoai-gioi-thieu-2021-precision", kind="result", year=2021, records=[],
           NOT=["mức khá với «12,07%"])

# --------------------------------------------------------------------------
# 10 Lô Lô Chải village, Lũng Cú commune (Hà Giang), on baochinhphu.vn (date
# 2024-10 from the byline "12/10/2024 11:28"). A precision text with no record:
# "tầm 1km" (a distance), "hơn 90% là bà con người dân tộc Lô Lô" (the
# village's population make-up → NOT, as set69's "gần 90%"), "năm 2024",
# "12/10". Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_hagiang-lolochai-to-cns-2024-precision", kind="result", year=2024, records=[],
           NOT=["hơn «90% là bà con"])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
