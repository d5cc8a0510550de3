#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set138).

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
# 01 Nghệ An, the One Touch course of 13/10-20/12/2023 (onetouch.mic.gov.vn,
# no date shown; "20/12/2023" → results of 2023). "Hơn 45.200 người tham gia
# học tập" is stated twice (the lead and the body): two results (>, count; no
# id: the learners are officials, residents and firms together, not residents
# only; a judgement). "10 lớp học trực tiếp" (=, hr.dx_training_courses_count),
# "khoảng 1.000 cán bộ, công nhân viên chức" (~, count, no id), "theo kế hoạch
# có 36.000 người tham gia khóa học trực tuyến" (the plan's figure: a target,
# bare → >=, 2023). Shares of learners who finished: "90,29%" (whole course),
# "966 học viên hoàn thành, chiếm 90,53%" (count, then %), "có đợt tỷ lệ này lên
# đến 92,57%" (the best round, =; a judgement). No id for the completion
# shares. Pillar null (no heading). Not quantities: "13/10", "20/12/2023" (twice),
# "với 6 chuyên đề" (the parts of a course, like "gồm 9 chỉ số").
# --------------------------------------------------------------------------
D01 = dict(name="01_nghean-onetouch-khoa-hoc-chuyen-doi-so-2023", kind="result", year=2023, records=[
    R("Hơn «45.200 người tham gia học tập", "người tham gia học tập trên nền tảng One Touch", ">", 45200, **CNT),
    R("đã tổ chức «10 lớp", "lớp học trực tiếp", "=", 10, **CNT, iid="hr.dx_training_courses_count"),
    R("cho khoảng «1.000 cán bộ", "cán bộ, công nhân viên chức học trực tiếp", "~", 1000, **CNT),
    R("theo kế hoạch có «36.000 người", "người tham gia khóa học trực tuyến trên nền tảng One Touch", ">=", 36000,
      **CNT, kind="target"),
    R("có hơn «45.200 người đã", "người đã tham gia", ">", 45200, **CNT),
    R("toàn khóa có «90,29%", "học viên hoàn thành khóa học", "=", 90.29),
    R("có «966 học viên", "học viên khóa học trực tiếp hoàn thành", "=", 966, **CNT),
    R("chiếm «90,53%", "học viên khóa học trực tiếp hoàn thành", "=", 90.53),
    R("lên đến «92,57%", "Tỷ lệ hoàn thành khóa học học trực tuyến trên nền tảng One Touch", "=", 92.57),
])

# --------------------------------------------------------------------------
# 02 Vĩnh Phúc, the IT staff of its agencies (vinhphuctv.vn, byline "Cập nhật:
# 21/09/2022" → `date 2022-09`; "hiện nay" → results of 2022). "toàn tỉnh có
# 116 cán bộ chuyên trách công nghệ thông tin, trong đó 08 người có trình độ
# thạc sĩ, 97 người có trình độ đại học, 11 cao đẳng và trung cấp": four counts
# (=), each with its own subject, scope null (a breakdown by degree, not by
# level), each hr.it_staff_count (whose wordings include "cán bộ CNTT trình độ
# đại học"; the breakdown keeps the id). "chiếm dưới 75%" (<) and "trên 25%"
# (>): shares of the staff by training (no id). "cấp tỉnh khoảng 58% ...; cấp
# huyện có 67% ...; cấp xã có 7% số xã, phường, thị trấn có cán bộ chuyên
# trách": a split by level → scopes cấp tỉnh (~), cấp huyện (=), cấp xã (=),
# each hr.dx_specialist_staff_share. Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_vinhphuc-can-bo-chuyen-trach-cntt-2022", kind="result", year=2022, records=[
    R("toàn tỉnh có «116 cán bộ", "cán bộ chuyên trách công nghệ thông tin", "=", 116, **CNT, iid="hr.it_staff_count"),
    R("trong đó «08 người", "cán bộ chuyên trách công nghệ thông tin có trình độ thạc sĩ", "=", 8, **CNT,
      iid="hr.it_staff_count"),
    R("«97 người", "cán bộ chuyên trách công nghệ thông tin có trình độ đại học", "=", 97, **CNT,
      iid="hr.it_staff_count"),
    R("«11 cao đẳng", "cán bộ chuyên trách công nghệ thông tin cao đẳng và trung cấp", "=", 11, **CNT,
      iid="hr.it_staff_count"),
    R("chiếm dưới «75%", "số cán bộ chuyên trách có chuyên môn đúng về công nghệ thông tin", "<", 75),
    R("trên «25% có", "cán bộ chuyên trách có chuyên môn gần về công nghệ thông tin hoặc chuyên môn khác", ">", 25),
    R("khoảng «58% số", "cơ quan, đơn vị có cán bộ chuyên trách", "~", 58, scope="cấp tỉnh",
      iid="hr.dx_specialist_staff_share"),
    R("có «67% số", "cơ quan, đơn vị có cán bộ chuyên trách", "=", 67, scope="cấp huyện",
      iid="hr.dx_specialist_staff_share"),
    R("có «7% số", "xã, phường, thị trấn có cán bộ chuyên trách", "=", 7, scope="cấp xã",
      iid="hr.dx_specialist_staff_share"),
])

# --------------------------------------------------------------------------
# 03 Quảng Ngãi launches "Bình dân học vụ số" (baomoi.net.vn, no date shown;
# "đến cuối năm 2025" → document year 2025). Targets: "ít nhất có 80% cán bộ,
# công chức, viên chức, người lao động trong khu vực công phải thành thạo kỹ
# năng sử dụng các nền tảng, dịch vụ số" (>=, 2025) and "tỷ lệ này đến năm 2026
# là 100%" (>=, 2026; the wording of "tỷ lệ này" is the first one's subject); no
# id (proficiency, where the catalogue's shares are of officials trained; a
# judgement). "hơn 500.000 người dân được xác nhận đạt chuẩn kỹ năng số ngay
# trong năm đầu tiên triển khai" (>, count, 2025: the movement's first year;
# hr.population_digital_skills_trained_count, whose wordings include "người dân
# được phổ cập kỹ năng số"). Not quantities: "28/7", "96 điểm cầu" (the venues
# of the launch, like the participants of an event). Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_quangngai-phat-dong-binh-dan-hoc-vu-so-2025", kind="target", year=2025, records=[
    R("ít nhất có «80%", "cán bộ, công chức, viên chức, người lao động trong khu vực công phải thành thạo kỹ năng sử "
      "dụng các nền tảng, dịch vụ số", ">=", 80),
    R("năm 2026 là «100%", "cán bộ, công chức, viên chức, người lao động trong khu vực công thành thạo kỹ năng sử "
      "dụng các nền tảng, dịch vụ số", ">=", 100, year=2026),
    R("có hơn «500.000 người", "người dân được xác nhận đạt chuẩn kỹ năng số", ">", 500000, **CNT,
      iid="hr.population_digital_skills_trained_count"),
])

# --------------------------------------------------------------------------
# 04 The Posts and Telecommunications Institute (PTIT) and its AI faculty,
# national (cafef.vn, crawler stamp 2025-10-15 → `date 2025-10`). Targets of
# 2025: "chỉ tiêu tuyển 150 sinh viên cho ngành Trí tuệ nhân tạo" and "thêm 80
# chỉ tiêu cho chương trình AIoT" (admission quotas: bare targets → >=, count,
# as the contract reads a bare target; a judgement), "100% môn học có học liệu
# số và có trợ lý giảng dạy bằng AI" (the school's aim, no year → the
# document's 2025; >=). No ids. Pillar null. Not quantities: "3 - 5 năm" (a
# period), "28/8/2024", "công nghệ 4.0", "AIoT".
# --------------------------------------------------------------------------
D04 = dict(name="04_ca-nuoc-ptit-nganh-tri-tue-nhan-tao-2025", kind="target", year=2025, records=[
    R("chỉ tiêu tuyển «150 sinh viên", "chỉ tiêu tuyển sinh viên cho ngành Trí tuệ nhân tạo", ">=", 150, **CNT),
    R("thêm «80 chỉ tiêu", "chỉ tiêu cho chương trình AIoT", ">=", 80, **CNT),
    R("đưa ra, «100% môn học", "môn học có học liệu số và có trợ lý giảng dạy bằng AI", ">=", 100),
])

# --------------------------------------------------------------------------
# 05 The One Touch platform, national (vietnamnet.vn. (the address as stored,
# with the dot), no date shown; "trong năm 2022, Bộ TT&TT có kế hoạch ..." →
# targets of 2022). "tối thiểu 10.000 lượt cán bộ nhà nước" (>=, count; no id:
# hr.civil_servants_dx_trained_share is a share) and "tối thiểu 10 triệu lượt
# người dân" (>=, 1e7, count; hr.population_digital_skills_trained_count).
# Not quantities: "1 trong 35 nền tảng số quốc gia được xác định ưu tiên phát
# triển" (the size of a list the government drew up, like a count of tasks; a
# judgement), "tháng 4/2022", "năm 2022" in the programme's name. Pillar null:
# the heading "Cách tiếp cận mới trong đào tạo kỹ năng số" names an approach,
# not a pillar (as an earlier set's "Lan tỏa kỹ năng số từ cơ sở"; a judgement).
# --------------------------------------------------------------------------
D05 = dict(name="05_ca-nuoc-onetouch-ke-hoach-boi-duong-2022", kind="target", year=2022, records=[
    R("tối thiểu «10.000 lượt", "lượt cán bộ nhà nước được bồi dưỡng, tập huấn chuyển đổi số", ">=", 10000, **CNT),
    R("tối thiểu «10 triệu", "lượt người dân được phổ cập kỹ năng số cơ bản", ">=", 10e6, **CNT,
      iid="hr.population_digital_skills_trained_count"),
])

# --------------------------------------------------------------------------
# 06 Thái Nguyên, training of community digital teams in Định Hóa and Phú
# Lương communes (vietnamnet.vn, crawler stamp 2025-08-29 → `date 2025-08`; a
# precision text). One quantity: "Mỗi xã có gần 150 thành viên nòng cốt của
# các tổ công nghệ số cộng đồng ... tham gia chương trình tập huấn" (result, ~,
# count, 2025; no id: aware.community_digital_team_members_count counts all
# members, not those trained). Not quantities: "2 ngày", "26/8", "29/8" (a
# duration and dates), "chính quyền 2 cấp" (a name). Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_thainguyen-dinhhoa-phuluong-to-cnscd-2025-precision", kind="result", year=2025, records=[
    R("có gần «150 thành viên", "thành viên nòng cốt của các tổ công nghệ số cộng đồng tham gia chương trình tập huấn",
      "~", 150, **CNT),
])

# --------------------------------------------------------------------------
# 07 The "Bình dân học vụ số" platform of the Ministry of Public Security,
# national (vanhoaphapluat.vn, no date shown; "từ ngày 1/4/2025" → 2025). The
# photo caption opening the excerpt cut. Results: "có khả năng phục vụ 400.000
# người học đồng thời" (=, count: the platform's capacity, a value it has; a
# judgement), "cung cấp hơn 3.000 khóa học" (>), "đã đào tạo cho hơn 200.000
# học viên" (>), "tại 50 địa phương" (=: the localities the training reached;
# a judgement). No ids (the learners are officials, workers and the armed
# forces; courses are not the catalogue's "học liệu số"). Not quantities:
# "1/4/2025" (twice), "26/3". Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_ca-nuoc-nen-tang-binh-dan-hoc-vu-so-2025", kind="result", year=2025, records=[
    R("phục vụ «400.000 người", "người học đồng thời nền tảng Bình dân học vụ số có khả năng phục vụ", "=", 400000,
      **CNT),
    R("cung cấp hơn «3.000 khóa học", "khóa học nền tảng cung cấp", ">", 3000, **CNT),
    R("cho hơn «200.000 học viên", "học viên nền tảng đã đào tạo", ">", 200000, **CNT),
    R("tại «50 địa phương", "địa phương có học viên được nền tảng đào tạo", "=", 50, **CNT),
])

# --------------------------------------------------------------------------
# 08 The Ministry's plan 608/QĐ-BTTTT for the MOOC platform, national
# (mic.gov.vn print page, no date shown; "Ngày 31/3/2022" → 2022; a precision
# text). One quantity: "đào tạo kỹ năng số dành cho 10.000 cán bộ cấp xã theo
# dự án chuyển đổi số" (target, bare → >=, count, 2022; no id). The image name
# "20220414-pg2.jpg" and "Ảnh minh hoạ" cut. Not quantities: "31/3/2022",
# "608/QĐ-BTTTT". Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_ca-nuoc-mooc-608-qd-btttt-2022-precision", kind="target", year=2022, records=[
    R("dành cho «10.000 cán bộ", "đào tạo kỹ năng số dành cho cán bộ cấp xã", ">=", 10000, **CNT),
])

# --------------------------------------------------------------------------
# 09 The "Công dân số" learning platform of the vocational-training directorate,
# IOM and Microsoft, national (giaoduc.net.vn, byline "19/08/2021" → `date
# 2021-08`; a precision text). One quantity: "cung cấp 6 khóa học kỹ năng số
# cơ bản" (result, =, count, 2021; no id; as 07's courses). Not quantities:
# "COVID -19", "Covid-19" (names), "18/8", "giai đoạn 2020 – 2021", "năm 2020".
# Cut: the byline date, the author "Lại Cường", the audio player "0:00 / 0:00"
# and "0:00", a photo caption printed twice. Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_ca-nuoc-cong-dan-so-microsoft-2021-precision", kind="result", year=2021, records=[
    R("cung cấp «6 khóa học", "khóa học kỹ năng số cơ bản nền tảng học trực tuyến www.congdanso.edu.vn cung cấp", "=",
      6, **CNT),
])

# --------------------------------------------------------------------------
# 10 Quảng Ngãi, Decision 225/QĐ-UBND (24/11/2025) on training officials in
# 2025 (ttra.quangngai.gov.vn, no date shown; "năm 2025" → 2025; a precision
# text). One quantity: "100% cán bộ, công chức, viên chức và người lao động
# trong các cơ quan nhà nước trên toàn tỉnh sẽ tham gia" (target, >=;
# hr.civil_servants_dx_trained_share: taking part in the training on digital
# transformation; a judgement). Not quantities: "225/QĐ-UBND", "24/11/2025",
# "chính quyền địa phương 2 cấp", "757/QĐ-BKHCN", "1051/QĐ-BTTTT". Pillar
# null (headings "Mục tiêu của Kế hoạch", "Hình thức tổ chức và đối tượng tham
# gia" name none).
# --------------------------------------------------------------------------
D10 = dict(name="10_quangngai-qd225-boi-duong-ky-nang-so-2025-precision", kind="target", year=2025, records=[
    R("1051/QĐ-BTTTT; «100% cán bộ", "cán bộ, công chức, viên chức và người lao động trong các cơ quan nhà nước trên "
      "toàn tỉnh tham gia tập huấn", ">=", 100, iid="hr.civil_servants_dx_trained_share"),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
