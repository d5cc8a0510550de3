#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set40).

Copied from set39's builder (itself from set37's, set27's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the
text with « just before the number. The locator (without «) must occur exactly once in the text;
the anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed
as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (214
entries; see README). As in set10-set39, the id is given in the record itself (`iid=`).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, CNT, T, RES  # noqa: E402


TEAMS = "aware.community_digital_teams_count"
DOCS_E = "egov.electronic_documents_share"
REDUCED = "egov.procedures_reduced_share"

# --------------------------------------------------------------------------
# 01 Xã Tuy Phước, Gia Lai (baogialai.com.vn, stamp "date 2026-01-10" moved to
# `date 2026-01`): results "đến nay", the stamp's year → 2026. The commune's
# 32 community digital-technology teams (count; aware.community_digital_teams_
# count); "tại 32 thôn" names the villages the teams sit in (a population,
# like set39's "77 xã thuộc diện đánh giá"): no record (a judgement). The
# officials' use of the document software, e-mail and signatures (100%, one
# subject; no id measures the three together) and "49/49 cán bộ được trang
# bị chữ ký số" (count 49; the catalogue has the share, not the count → null).
# --------------------------------------------------------------------------
D01 = dict(name="01_gialai-xa-tuy-phuoc-2025", kind="result", year=2026, records=[
    R("duy trì «32 Tổ", "Tổ công nghệ số cộng đồng xã thành lập và duy trì", "=", 32, **CNT, iid=TEAMS),
    R("là «100% cán bộ", "cán bộ, công chức xã sử dụng thành thạo phần mềm quản lý văn bản, thư điện tử công vụ và "
      "chữ ký số", "=", 100),
    R("toàn bộ «49/49", "cán bộ được trang bị chữ ký số", "=", 49, **CNT),
])

# --------------------------------------------------------------------------
# 02 Xã Ân Tường, Gia Lai, "Gia đình số" (baogialai.com.vn, `date 2026-01`):
# targets for "cuối năm 2026". One measure (the share of families recognised
# as "Gia đình số") split by three groups of families in one sentence: three
# records with the group as scope (a population group, as the contract's
# "thành thị / nông thôn"; a judgement). "là 100%" bare → >=; "đạt trên 95%"
# → >; "đạt ít nhất 70%" → >=. "lớp 8" names a school grade; "Nghị quyết số
# 57" a name. No catalogue id for "Gia đình số".
# --------------------------------------------------------------------------
GD = "tỷ lệ gia đình đạt các tiêu chí và được công nhận “Gia đình số”"
D02 = dict(name="02_gialai-xa-an-tuong-gia-dinh-so-2026", kind="target", year=2026, records=[
    R("là «100%", GD, ">=", 100, scope="gia đình cán bộ, công chức, viên chức, giáo viên"),
    R("đạt trên «95%", GD, ">", 95, scope="gia đình có đảng viên, đoàn viên, có con, em là sinh viên, học sinh phổ thông"),
    R("ít nhất «70%", GD, ">=", 70, scope="gia đình có hội đoàn viên là phụ nữ, nông dân"),
])

# --------------------------------------------------------------------------
# 03 Phường Mỹ Hào, Hưng Yên (vietnamplus.vn, `date 2026-01`): one result
# "đến nay" (stamp's year 2026), the excerpt cut inside its predicate ("sử
# dụng hệ thống qu"): recorded with the words that stand (set39's rule for
# truncated excerpts); no id (the system is not named). Not quantities: "lần
# thứ XIV" (no digit), "2 cấp" (a name), "1/7/2025" (a date), "57-NQ/TW".
# --------------------------------------------------------------------------
D03 = dict(name="03_hungyen-phuong-my-hao-2026", kind="result", year=2026, records=[
    R("dân. «100% cán bộ", "cán bộ, công chức phường sử dụng hệ thống", "=", 100),
])

# --------------------------------------------------------------------------
# 04 Phường Hòa Hiệp, Đắk Lắk (hoahiep.daklak.gov.vn, no date line; the
# conference of 21/01/2026 reviews 2025): a precision text with no record.
# "hoàn thành 100% các nhiệm vụ, chỉ tiêu được giao" is the share of the
# ward's tasks and targets done (a count of tasks put as a share; a result
# against the plan, as "vượt chỉ tiêu"): NOT (a judgement). "92/92 tiêu chí
# theo Kế hoạch số 02" counts the criteria of a plan met (tasks): no record.
# "Trưởng 14 khu phố" are participants. Dates and document numbers.
# --------------------------------------------------------------------------
D04 = dict(name="04_daklak-phuong-hoa-hiep-2025-precision", kind="result", year=2025, records=[],
           NOT=["hoàn thành «100% các nhiệm vụ"])

# --------------------------------------------------------------------------
# 05 Thành phố Hưng Yên (mic.gov.vn, no date shown; "Đến nay" → year null):
# four results of 100%, each with its own subject. "100% văn bản đi/đến được
# số hóa, ... xử lý điện tử" → egov.electronic_documents_share (documents
# exchanged in electronic form); the offices using IT, computers connected
# and signing, officials working online: no id measures them exactly.
# --------------------------------------------------------------------------
D05 = dict(name="05_hungyen-tp-chinh-quyen-so", kind="result", year=None, records=[
    R("với «100% phòng", "phòng, ban, đơn vị ứng dụng công nghệ thông tin trong điều hành, xử lý công việc", "=", 100),
    R("công việc. «100% máy tính", "máy tính có kết nối mạng internet và mạng nội bộ, sử dụng chữ ký số trên văn bản "
      "điện tử", "=", 100),
    R("tử; «100% văn bản", "văn bản đi/đến được số hóa, lưu trữ, luân chuyển, xử lý điện tử", "=", 100, iid=DOCS_E),
    R("với «100% cán bộ", "cán bộ, công chức làm việc trên môi trường mạng", "=", 100),
])

# --------------------------------------------------------------------------
# 06 Hưng Yên, data forum (vietnamnet.vn, `date 2025-10`): a precision text
# with no record. "hơn 500 đại biểu" are the participants of an event (spec);
# "Luật Dữ liệu 2024", "57‐NQ/TW", "1165/ QĐ-UBND" names; "29/10", "2025
# -2030", "năm 2035" dates and periods.
# --------------------------------------------------------------------------
D06 = dict(name="06_hungyen-dien-dan-du-lieu-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 07 National, provinces "Xanh" on the NQ57 monitoring map (linh.pro, no date
# line; "tính đến ngày 15/7" after "Kế hoạch 02 ngày 19/6/2025" → 2025, a
# judgement). "33/34 tỉnh, thành phố đạt trạng thái ‘Xanh’" (count 33; /34 a
# denominator) and its restatement "33 tỉnh, thành phố" (a record at each
# statement, set39's rule); "9 tỉnh, thành phố đã phủ ‘Xanh’ hơn 50% số xã,
# phường": the count and the threshold (op >), as set39's "15 bộ, ngành ...
# dưới 10%". "3.320 xã, phường trên cả nước" is the set of all communes (a
# population): no record. "11 nhiệm vụ đã quá hạn" counts tasks: no record.
# --------------------------------------------------------------------------
D07 = dict(name="07_ca-nuoc-trang-thai-xanh-2025", kind="result", year=2025, records=[
    R("có «33/34", "tỉnh, thành phố đạt trạng thái ‘Xanh’ trên bản đồ giám sát", "=", 33, **CNT),
    R("nhận. «33 tỉnh", "tỉnh, thành phố đạt trạng thái ‘Xanh’", "=", 33, **CNT),
    R("với «9 tỉnh", "tỉnh, thành phố đã phủ ‘Xanh’ số xã, phường", "=", 9, **CNT),
    R("hơn «50% số", "tỉnh, thành phố đã phủ ‘Xanh’ số xã, phường", ">", 50),
])

# --------------------------------------------------------------------------
# 08 Xã An Nghĩa, Phú Thọ, "Bình dân học vụ số" (baophutho.vn, `date
# 2026-01`): a precision text with no record; "chính quyền địa phương 2 cấp"
# names the model; the shares of smartphone users are stated without a
# number ("ngày càng tăng").
# --------------------------------------------------------------------------
D08 = dict(name="08_phutho-xa-an-nghia-bdhvs-2026-precision", kind="result", year=2026, records=[])

# --------------------------------------------------------------------------
# 09 Ninh Bình, administrative procedures in November 2025
# (thuonghieucongluan.com.vn; the photo caption printed twice cut): results of
# "tháng 11/2025" → year 2025 (the undated "Hiện" count too). Counts of
# decisions, procedures and applications, each its own subject (a breakdown
# by kind, scope null): 39 decisions / 585 internal procedures; 161
# procedures simplified, "đạt tỷ lệ 27,5%" (egov.procedures_reduced_share);
# 2 road procedures; 10 decisions / 122 procedures (98 new or amended, 24
# abolished); 2.038 procedures in force; the applications received 210.059,
# resolved 181.579, on time 179.973, overdue 1.606, pending 28.480. The
# decisions are not about digital transformation → no inst.dx_policy_
# documents_count. Not quantities: "1085/QĐ-TTg", "1351/QĐ-UBND", "1/7/2025",
# "tháng 11".
# --------------------------------------------------------------------------
D09 = dict(name="09_ninhbinh-cchc-thang-11-2025", kind="result", year=2025, records=[
    R("ban hành «39 quyết định", "quyết định công bố thủ tục hành chính nội bộ UBND tỉnh Ninh Bình đã ban hành", "=",
      39, **CNT),
    R("công bố «585 thủ tục", "thủ tục hành chính nội bộ được công bố", "=", 585, **CNT),
    R("giản hóa «161 thủ tục", "thủ tục phê duyệt phương án đơn giản hóa", "=", 161, **CNT),
    R("tỷ lệ «27,5%", "tỷ lệ thủ tục phê duyệt phương án đơn giản hóa", "=", 27.5, iid=REDUCED),
    R("thêm «2 thủ tục", "thủ tục thuộc lĩnh vực đường bộ công bố thêm", "=", 2, **CNT),
    R("hành «10 quyết định", "quyết định công bố danh mục thủ tục", "=", 10, **CNT),
    R("danh mục «122 thủ tục", "thủ tục công bố danh mục", "=", 122, **CNT),
    R("đó «98 thủ tục", "thủ tục mới hoặc được sửa đổi", "=", 98, **CNT),
    R("và «24 thủ tục", "thủ tục bị bãi bỏ", "=", 24, **CNT),
    R("hiện «2.038 thủ tục", "thủ tục hành chính toàn tỉnh Ninh Bình đang thực hiện", "=", 2038, **CNT),
    R("nhận «210.059 hồ sơ", "hồ sơ Hệ thống thông tin giải quyết TTHC tiếp nhận", "=", 210059, **CNT),
    R("đó: «181.579 hồ sơ", "hồ sơ đã được giải quyết", "=", 181579, **CNT),
    R("với «179.973 hồ sơ", "hồ sơ đúng và trước hạn", "=", 179973, **CNT),
    R("hạn; «1.606 hồ sơ", "hồ sơ giải quyết quá hạn", "=", 1606, **CNT),
    R("hạn; «28.480 hồ sơ", "hồ sơ đang trong thời hạn xử lý", "=", 28480, **CNT),
])

# --------------------------------------------------------------------------
# 10 Xã Hoằng Lộc, Thanh Hóa (baothanhhoa.vn, `date 2026-02`; the photo
# caption cut): a precision text with no record. "tăng gần 30% so với các
# tháng trước" is a change against earlier months (spec) → NOT; "30 phút" a
# duration.
# --------------------------------------------------------------------------
D10 = dict(name="10_thanhhoa-xa-hoang-loc-2026-precision", kind="result", year=2026, records=[],
           NOT=["tăng gần «30% so"])

# --------------------------------------------------------------------------
# 11 Hải Phòng, "Bình dân học vụ số" (vietnamnet.vn, `date 2025-12`; the
# lead photo caption cut): a precision text with no record. "các ngày thứ 7,
# chủ nhật" names a weekday (after "thứ", not a rank).
# --------------------------------------------------------------------------
D11 = dict(name="11_haiphong-bdhvs-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 12 Vĩnh Long, Đề án 06 plan for the last four months of 2025 (vjst.vn, no
# date line): a precision text with no record. "danh mục 154 thủ tục hành
# chính có yêu cầu cấp phiếu Lý lịch tư pháp" is the size of a list named in
# a directive (the procedures to check), neither a target nor a value
# reached; "4 tháng cuối năm 2025", "2022-2025" periods; dates and numbers.
# --------------------------------------------------------------------------
D12 = dict(name="12_vinhlong-de-an-06-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 13 "Bình dân học vụ số" and youth (nld.com.vn, `date 2025-09`): "với mục
# tiêu 100% chính quyền số" is read as an aim (target, bare → >=) with no
# horizon → year null (as set39's 04). Dates "18-11-2024", "26-3-2025".
# --------------------------------------------------------------------------
D13 = dict(name="13_bdhvs-thanh-nien-2025", kind="target", year=None, records=[
    R("tiêu «100% chính", "mục tiêu chính quyền số", ">=", 100),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
