#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set56).

Copied from set47's builder (itself from set45's, set43's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the
text with « just before the number. The locator (without «) must occur exactly once in the text;
the anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed
as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (220
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


# --------------------------------------------------------------------------
# 01 Khánh Hòa, Kế hoạch 4205/KH-UBND of 12 May 2022 on digital transformation
# and cashless payment in schools and hospitals (thuvienphapluat.vn; the plan's
# opening and its "2. Mục tiêu cụ thể" up to the excerpt's end "Từ "). "Năm 2022,
# 50% trường học, cơ sở giáo dục và 50% bệnh viện, cơ sở y tế trên địa bàn sử
# dụng nền tảng số để chuyển đổi số": two targets (>=, a bare number in a
# target), year 2022 (the sentence's own); schools and hospitals are kinds of
# thing, not levels or population groups → scope null (decided case of the
# breakdown by kind). Pillar null: "I. MỤC TIÊU" / "2. Mục tiêu cụ thể" name no
# pillar. No id: society.schools_digital_governance_share means "hoàn thiện mô
# hình quản trị số", not "sử dụng nền tảng số"; society.hospitals_emr_share is
# electronic records (judgements). Not quantities: the document numbers
# (4205/KH-UBND, 1813/QĐ-TTg, 781/BTTTT-QLDN, 999/TTr-STTTT), the dates
# (12 tháng 5 năm 2022, 28/10/2021, 04/3/2022, 20/4/2022), "2021 - 2025", the
# heading numbers "I.", "1.", "2.".
# --------------------------------------------------------------------------
D01 = dict(name="01_khanhhoa-ke-hoach-thanh-toan-so-2022", kind="target", year=2022, records=[
    R("Năm 2022, «50% trường học", "trường học, cơ sở giáo dục trên địa bàn sử dụng nền tảng số để chuyển đổi số",
      ">=", 50),
    R("giáo dục và «50% bệnh viện", "bệnh viện, cơ sở y tế trên địa bàn sử dụng nền tảng số để chuyển đổi số",
      ">=", 50),
])

# --------------------------------------------------------------------------
# 02 The commune radio network of the whole country (ictvietnam.vn, the byline
# "03/11/2022 13:45" cut and kept as `date 2022-11`; "hiện nay" → 2022, the
# stamp's year). "9.690 đài truyền thanh/10.599 xã, phường, thị trấn, đạt tỷ lệ
# 91,4%": a count (=, 9690) and a share (=, 91.4); the denominator 10.599 is not
# a quantity of its own. "Còn 918 xã, phường, thị trấn chưa có đài, chiếm 8,6%":
# a count and a share (=). "666 cơ sở truyền thanh cấp huyện/705 huyện, ...,
# đạt tỷ lệ 94,45%": a count and a share; 705 a denominator; "cấp huyện" is part
# of the subject → scope null. "so với năm 2018 không thay đổi về tỷ lệ do có
# 38 quận, thành phố" (the excerpt ends there): a reason cut before its
# predicate, left out (a judgement). "03 phương thức truyền thông": kinds of
# media, not a quantity. "[1]": a footnote mark. Pillar null (no heading; "Về
# thông tin tuyên truyền qua hệ thống thông tin cơ sở" names no pillar). No id:
# infra.smart_radio_communes_share counts IT-based (smart) radio only;
# infra.radio_village_coverage_share is about villages (judgements).
# --------------------------------------------------------------------------
D02 = dict(name="02_ca-nuoc-thong-tin-co-so-2022", kind="result", year=2022, records=[
    R("hiện có «9.690 đài", "cả nước hiện có đài truyền thanh xã, phường, thị trấn", "=", 9690, **CNT),
    R("đạt tỷ lệ «91,4%", "tỷ lệ xã, phường, thị trấn có đài truyền thanh", "=", 91.4),
    R("Còn «918 xã", "xã, phường, thị trấn chưa có đài", "=", 918, **CNT),
    R("chiếm «8,6%", "xã, phường, thị trấn chưa có đài", "=", 8.6),
    R("hiện có «666 cơ sở", "cả nước hiện có cơ sở truyền thanh cấp huyện", "=", 666, **CNT),
    R("đạt tỷ lệ «94,45%", "tỷ lệ huyện, quận, thị xã, thành phố thuộc tỉnh có cơ sở truyền thanh cấp huyện", "=",
      94.45),
])

# --------------------------------------------------------------------------
# 03 Hà Giang, community digital technology teams (hagiangtv.vn, the provincial
# radio and television station; no date shown (the address holds 202308);
# "Đến hết tháng 7/2023" → 2023). "2.071 thôn, tổ dân phố thành lập được Tổ
# công nghệ số cộng đồng, đạt tỷ lệ 100%": a count of villages (=; no id:
# aware.community_digital_teams_count counts teams, a judgement) and the share
# (=, aware.community_digital_teams_share). "chỉ có gần 40% Tổ công nghệ số cộng
# đồng hoạt động hiệu quả" (~, 40). "12.131 thành viên tổ công nghệ số cộng
# đồng nếu hoạt động hiệu quả sẽ ...": the members there are (=, count,
# aware.community_digital_team_members_count; the condition is about their
# effect, not their number). Cut: three photo captions ending in " |" (one
# repeated the 40%, one the 12.131). Pillar null. Not quantities: "7/2023".
# --------------------------------------------------------------------------
D03 = dict(name="03_hagiang-to-cong-nghe-so-2023", kind="result", year=2023, records=[
    R("toàn tỉnh có «2.071 thôn", "thôn, tổ dân phố thành lập được Tổ công nghệ số cộng đồng", "=", 2071, **CNT),
    R("đạt tỷ lệ «100%", "thôn, tổ dân phố thành lập được Tổ công nghệ số cộng đồng", "=", 100,
      iid="aware.community_digital_teams_share"),
    R("chỉ có gần «40% Tổ", "Tổ công nghệ số cộng đồng hoạt động hiệu quả", "~", 40),
    R("Do đó, «12.131 thành viên", "thành viên tổ công nghệ số cộng đồng", "=", 12131, **CNT,
      iid="aware.community_digital_team_members_count"),
])

# --------------------------------------------------------------------------
# 04 Quế Sơn district (Quảng Nam), plan of digital transformation in new-rural
# building for 2024 (baoquangnam.vn; the category line "Nông thôn mới" cut, the
# byline "VĨNH ĐIỆN 20/05/2024 16:05" cut and kept as `date 2024-05`, the tail
# "(0) Bình luận ... POWERED BY ONECMS" cut; "năm 2024" → 2024). All targets.
# The title "xây dựng ít nhất 3 mô hình thôn nông thôn mới thông minh" and the
# body's "xây dựng ít nhất 3 mô hình thôn NTM thông minh": two records (each
# states the target; the title is text like any other), >=, count,
# society.smart_rural_communes_count. "phấn đấu 90% hồ sơ công việc cấp huyện,
# 80% hồ sơ công việc cấp xã được xử lý trên môi trường mạng": a split by level
# → scopes "cấp huyện", "cấp xã", egov.work_records_online_share. "100% xã NTM
# và NTM nâng cao năm 2024 đạt chuẩn tiêu chí thông tin và truyền thông" (>=,
# no id). Pillar null (no heading). Not quantities: "Quế Xuân 2" (a name).
# --------------------------------------------------------------------------
D04 = dict(name="04_queson-ke-hoach-ntm-thong-minh-2024", kind="target", year=2024, records=[
    R("Quế Sơn xây dựng ít nhất «3 mô hình thôn nông thôn", "Quế Sơn xây dựng mô hình thôn nông thôn mới thông minh",
      ">=", 3, **CNT, iid="society.smart_rural_communes_count"),
    R("phấn đấu «90% hồ sơ", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 90, scope="cấp huyện",
      iid="egov.work_records_online_share"),
    R("huyện, «80% hồ sơ", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 80, scope="cấp xã",
      iid="egov.work_records_online_share"),
    R("mạng; «100% xã NTM", "xã NTM và NTM nâng cao đạt chuẩn tiêu chí thông tin và truyền thông", ">=", 100),
    R("Quế Sơn xây dựng ít nhất «3 mô hình thôn NTM", "Quế Sơn xây dựng mô hình thôn NTM thông minh theo lĩnh vực "
      "nổi trội", ">=", 3, **CNT, iid="society.smart_rural_communes_count"),
])

# --------------------------------------------------------------------------
# 05 Bắc Giang, digital society plans (ngaynay.vn, stamp " date 2024-04" →
# `date 2024-04`): a precision check with one quantity. "Tỉnh dự kiến triển
# khai, phát triển hệ thống wifi miễn phí ... với khoảng 100 điểm": a target
# ("dự kiến"), ~, count, infra.public_wifi_points_count; its paragraph names no
# year → the document's 2024 (the paragraph before says "Năm 2024 và 2025";
# a judgement). Pillar null. Not quantities: "Năm 2024 và 2025" (years).
# --------------------------------------------------------------------------
D05 = dict(name="05_bacgiang-xa-hoi-so-2024-precision", kind="target", year=2024, records=[
    R("với khoảng «100 điểm", "hệ thống wifi miễn phí tại các khu, điểm du lịch, bệnh viện, bến xe", "~", 100,
      **CNT, iid="infra.public_wifi_points_count"),
])

# --------------------------------------------------------------------------
# 06 Bắc Ninh, cashless payment at markets (nhandan.vn, no date shown, no year
# of the result named → year null): a precision check with one quantity. "việc
# thanh toán không dùng tiền mặt đã phổ biến tại hơn 100 chợ truyền thống trên
# địa bàn tỉnh" (>, count; no id: econ.merchants_cashless_share is a share).
# Not quantities: "Chợ 4.0" (a name), "gần 2 năm nay" (a duration), "từ năm
# 2022" (the start of one user's habit). Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_bacninh-thanh-toan-khong-tien-mat-precision", kind="result", year=None, records=[
    R("tại hơn «100 chợ", "việc thanh toán không dùng tiền mặt đã phổ biến tại chợ truyền thống trên địa bàn tỉnh "
      "Bắc Ninh", ">", 100, **CNT),
])

# --------------------------------------------------------------------------
# 07 Bắc Giang, stories of digital transformation (trithuckhoahoc.vn, the line
# "Chuyển đổi số [ Đăng ngày (26/06/2025) ]" cut and kept as `date 2025-06`):
# a precision check with one quantity. "gần 150 gia đình trong thôn đã quen với
# cách dùng điện thoại thông minh để giao dịch ..." (~, count, year 2025 from
# the stamp, no id). Not quantities: "sinh năm 1998" (a birth year), "hàng
# nghìn lao động" (no digit). Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_bacgiang-but-pha-cds-2025-precision", kind="result", year=2025, records=[
    R("gần «150 gia đình", "gia đình trong thôn đã quen với cách dùng điện thoại thông minh để giao dịch, tra cứu "
      "thông tin, hay giải quyết thủ tục hành chính", "~", 150, **CNT),
])

# --------------------------------------------------------------------------
# 08 Tây Ninh (the province after the July 2025 merger with Long An; page on
# longan.gov.vn's "chuyển đổi số" section), the Department of Science and
# Technology's first half of 2025 ("Danh mục năm 2025", "6 tháng đầu năm" →
# 2025): a precision check among counts of tasks. Two photo captions cut.
# Not quantities (counts of tasks, as "12 nhóm nhiệm vụ"): "09/16 nhiệm vụ",
# "5/16 nhiệm vụ", "107 nhiệm vụ KH&CN", "01 nhiệm vụ cấp quốc gia", "72 nhiệm
# vụ", "22 nhiệm vụ", "12 nhiệm vụ", "03 nhiệm vụ", "02 nhiệm vụ"; "6 tháng".
# Counts recorded (=, results): the 123 procedures of the innovation office
# (a judgement: a count stated as a value of the department's remit), "hơn 124
# dự án đầu tư" appraised (>), "26 doanh nghiệp khoa học và công nghệ/doanh
# nghiệp công nghệ cao", "02 doanh nghiệp công nghệ cao" (a breakdown by kind,
# scope null), "36 giấy phép", "13 Chứng chỉ", "26 tổ chức" guided to register
# (the excerpt ends in "nhã"). No id (econ.digital_tech_enterprises_count is
# digital technology firms, not S&T / high-tech firms; a judgement). Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_tayninh-khcn-6-thang-2025-precision", kind="result", year=2025, records=[
    R("là «123 thủ tục", "Số lượng thủ tục hành chính gắn với chức năng của Phòng Công nghệ và Đổi mới sáng tạo", "=",
      123, **CNT),
    R("hơn «124 dự án", "Sở đã tổ chức thẩm định hoặc cho ý kiến dự án đầu tư", ">", 124, **CNT),
    R("hiện có «26 doanh nghiệp", "doanh nghiệp khoa học và công nghệ/doanh nghiệp công nghệ cao trên địa bàn tỉnh",
      "=", 26, **CNT),
    R("có «02 doanh nghiệp công nghệ cao", "doanh nghiệp công nghệ cao", "=", 2, **CNT),
    R("với «36 giấy phép", "giấy phép được cấp trong lĩnh vực an toàn bức xạ hạt nhân", "=", 36, **CNT),
    R("và «13 Chứng chỉ", "Chứng chỉ nhân viên bức xạ", "=", 13, **CNT),
    R("hướng dẫn «26 tổ chức", "tổ chức được hướng dẫn đăng ký", "=", 26, **CNT),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
