#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set168).

Copied from set167's builder (itself from set165's, set163's, set161's, set159's, set157's, set155's, set153's,
set151's, set149's, set147's, set69's, set47's, ... and the seeds'). Each record is written by hand
below; its anchor is never typed in. A record names a locator: a piece of the text with « just
before the number. The locator (without «) must occur exactly once in the text; the anchor is where
« stands. `start`/`end` (the clause that states the quantity) are computed as in the seeds' builder
(`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a plan, a change
against an earlier value, farm or business figures that are not digital-transformation results);
check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (291
entries; see README). As in set10-set167, the id is given in the record itself (`iid=`).

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


DONG = dict(unit="other", unit_text="đồng")

# --------------------------------------------------------------------------
# 01 Long An: the Department of Information and Communications on the province's digital
# government (baolongan.vn; no cut: the first line "Việc ứng dụng công nghệ số ... phát
# triển KT-XH" may be a photo caption or a lead and is kept; no byline; the excerpt ends
# in "văn b"). Results. Year null: the excerpt names no year ("thời gian qua", "đến nay").
# Pillar digital_government: every record stands under the sub-heading "Nỗ lực xây dựng
# chính quyền số" (no later heading). "Hồ sơ giải quyết đúng hạn đạt 99,9%": a share.
# "hơn 9.300 tài khoản" of the document-management system: a count, ">" for "hơn".
# Not quantities: "7 nền móng" and its list markers "(1)"-"(7)", "3 trụ cột" (the parts of
# a framework, as the spec's "gồm 9 chỉ số chính"). Ids: egov.on_time_applications_share
# for the 99,9%; null for the accounts (the catalogue's account count is of official
# e-mail, not of the document system).
# --------------------------------------------------------------------------
D01 = dict(name="01_longan-chinh-quyen-so-ket-qua", kind="result", year=None, records=[
    R("đúng hạn đạt «99,9%", "Hồ sơ giải quyết đúng hạn", "=", 99.9, pillar=GOV,
      iid="egov.on_time_applications_share"),
    R("với hơn «9.300 tài khoản", "tài khoản Hệ thống Quản lý văn bản và điều hành triển khai đồng bộ từ tỉnh đến cấp xã",
      ">", 9300, pillar=GOV, **CNT),
])

# --------------------------------------------------------------------------
# 02 Ninh Bình: the province's ranking of its own agencies' digital transformation, 2022
# (sonoivu.ninhbinh.gov.vn, the Department of Home Affairs; no cut; no byline; the excerpt
# ends in "Giao Chánh Văn phòng "). Results of 2022 ("kết quả đánh giá, xếp hạng năm 2022";
# the decision took effect 09/8/2023). Pillar null (no heading). Three levels, each with its
# first three: a written place "xếp thứ 2", "xếp thứ 3", "xếp thứ 1", "đứng thứ 1" is a rank
# with "=" (the spec's "ở vị trí thứ 12"), the score after it is an index value, unit other,
# unit_text "điểm" (written "số điểm"/"điểm"; the spec's "đạt 120,5 điểm"). "xếp thứ Nhất"
# is written in words: no number, no record. "3331,01 điểm" (the page's typo for 331,01
# between 335,9 and 322,65) is recorded as written, 3331.01. "385,641" etc.: decimal commas
# (3 decimals). Vân Giang's third place is not written as a number: its score only. Scope
# null: the levels (sở, huyện, xã) are the kinds of agency ranked, each agency its subject,
# not one value split by level. place: the district or ward named (optional; the document's
# province is Ninh Bình, the city Ninh Bình too). Not quantities: "06 chỉ số thành phần",
# "8 chỉ số thành phần" (the parts of an index), "09/8/2023", "Điều 1", years. Ids null:
# the catalogue's DTI indicators are of a province, not of its departments or communes.
# --------------------------------------------------------------------------
PT = dict(unit="other", unit_text="điểm")
D02 = dict(name="02_ninhbinh-xep-hang-co-quan-2022", kind="result", year=2022, records=[
    R("với số điểm «335,9", "số điểm mức độ chuyển đổi số của Sở Giáo dục và Đào tạo", "=", 335.9, **PT),
    R("Xếp thứ «2 là Sở", "xếp hạng mức độ chuyển đổi số của Sở Thông tin - Truyền thông", "=", 2, **RANK),
    R("Truyền thông «3331,01 điểm", "điểm mức độ chuyển đổi số của Sở Thông tin - Truyền thông", "=", 3331.01, **PT),
    R("xếp thứ «3 là Sở Tài", "xếp hạng mức độ chuyển đổi số của Sở Tài Chính", "=", 3, **RANK),
    R("số điểm là «322,65", "số điểm mức độ chuyển đổi số của Sở Tài Chính", "=", 322.65, **PT),
    R("Bình xếp thứ «1 với", "xếp hạng mức độ chuyển đổi số của UBND thành phố Ninh Bình", "=", 1, **RANK,
      place="thành phố Ninh Bình"),
    R("số điểm là «587,41", "số điểm mức độ chuyển đổi số của UBND thành phố Ninh Bình", "=", 587.41, **PT,
      place="thành phố Ninh Bình"),
    R("Xếp thứ «2 UBND thành phố Tam", "xếp hạng mức độ chuyển đổi số của UBND thành phố Tam Điệp", "=", 2, **RANK,
      place="Tam Điệp"),
    R("số điểm là «569,06", "số điểm mức độ chuyển đổi số của UBND thành phố Tam Điệp", "=", 569.06, **PT,
      place="Tam Điệp"),
    R("Quan xếp thứ «3 với", "xếp hạng mức độ chuyển đổi số của UBND huyện Nho Quan", "=", 3, **RANK,
      place="Nho Quan"),
    R("với «518,92 điểm", "điểm mức độ chuyển đổi số của UBND huyện Nho Quan", "=", 518.92, **PT,
      place="Nho Quan"),
    R("đứng thứ «1 với", "xếp hạng mức độ chuyển đổi số của UBND phường Phúc Thành", "=", 1, **RANK,
      place="Phúc Thành"),
    R("số điểm là «385,641", "số điểm mức độ chuyển đổi số của UBND phường Phúc Thành", "=", 385.641, **PT,
      place="Phúc Thành"),
    R("xếp thứ «2 UBND phường", "xếp hạng mức độ chuyển đổi số của UBND phường Đông Thành", "=", 2, **RANK,
      place="Đông Thành"),
    R("số điểm «373,591", "số điểm mức độ chuyển đổi số của UBND phường Đông Thành", "=", 373.591, **PT,
      place="Đông Thành"),
    R("là «357,301 điểm", "điểm mức độ chuyển đổi số của UBND phường Vân Giang", "=", 357.301, **PT,
      place="Vân Giang"),
])

# --------------------------------------------------------------------------
# 03 Quảng Nam, Nam Trà My district: digital infrastructure of a mountain district
# (dantoctongiao.baodantoc.vn; no cut; no byline; the excerpt ends in "Còn tại các ").
# Results. Year null: the excerpt names no year ("Đến nay"). Pillar null (no heading).
# "cấp huyện đạt 100% và cấp xã đạt 95%": one sentence split by level, two records with
# scopes. "triển khai đến 100% cơ quan nhà nước thuộc UBND huyện và cấp xã": one value for
# both levels, scope null (the spec's decided case). "26/35 thôn": a count, 26 (35 is the
# base, not listed by the checker, as set165's "22/26"); "đạt tỷ lệ 74%": its share. Not
# quantities: "3G/4G" (names), "4 cấp" (the levels a video system links). Ids:
# infra.civil_servants_computers_share (both computer shares), infra.mobile_villages_covered_count,
# infra.mobile_village_coverage_share; null for the digital signatures of agencies (the
# catalogue's is of officials).
# --------------------------------------------------------------------------
D03 = dict(name="03_quangnam-namtramy-ha-tang-so", kind="result", year=None, records=[
    R("cấp huyện đạt «100% và", "tỷ lệ sử dụng máy tính của cán bộ, công chức", "=", 100, scope="cấp huyện",
      iid="infra.civil_servants_computers_share"),
    R("cấp xã đạt «95%", "tỷ lệ sử dụng máy tính của cán bộ, công chức", "=", 95, scope="cấp xã",
      iid="infra.civil_servants_computers_share"),
    R("triển khai đến «100% cơ quan", "Việc ứng dụng chứng thư số, chữ ký số được triển khai đến cơ quan nhà nước thuộc UBND huyện và cấp xã",
      "=", 100),
    R("đã có «26/35 thôn", "thôn được phổ biến sóng 3G/4G", "=", 26, **CNT, iid="infra.mobile_villages_covered_count"),
    R("đạt tỷ lệ «74%", "tỷ lệ thôn được phổ biến sóng 3G/4G", "=", 74, iid="infra.mobile_village_coverage_share"),
])

# --------------------------------------------------------------------------
# 04 Cao Bằng: the "Bình dân học vụ số" movement (nhandan.vn; no cut; no byline; the
# excerpt ends in "tỉnh miền núi, "). Results. Year null: the excerpt names no year. Pillar
# null (no heading). Three counts: teams (1.431), members (12.151), people trained ("hơn
# 4.000 lượt người", ">"). Not quantities: none else (no other number). Ids:
# aware.community_digital_teams_count, aware.community_digital_team_members_count,
# hr.population_digital_skills_trained_count (a judgement: "tập huấn, hướng dẫn kiến thức
# chuyển đổi số cho ... lượt người" read as people trained in digital skills).
# --------------------------------------------------------------------------
D04 = dict(name="04_caobang-binh-dan-hoc-vu-so", kind="result", year=None, records=[
    R("thành lập «1.431 tổ", "tổ chuyển đổi số cộng đồng được thành lập", "=", 1431, **CNT,
      iid="aware.community_digital_teams_count"),
    R("với «12.151 thành viên", "thành viên tổ chuyển đổi số cộng đồng", "=", 12151, **CNT,
      iid="aware.community_digital_team_members_count"),
    R("cho hơn «4.000 lượt người", "lượt người được tập huấn, hướng dẫn kiến thức chuyển đổi số", ">", 4000, **CNT,
      iid="hr.population_digital_skills_trained_count"),
])

# --------------------------------------------------------------------------
# 05 Đồng Nai: the province's places in DTI 2023 for the digital society (baodongnai.com.vn;
# cut: the image line "![]() |" and the photo caption "Bệnh viện Đa khoa Thống Nhất ... Ảnh:
# H.Hà |"; no byline; the excerpt ends in "góp ph"). Results of 2023 (the DTI 2023 report,
# published 2-2025). Pillar digital_awareness: the three ranks stand under the sub-heading
# "Chú trọng nâng cao nhận thức người dân" (a judgement: raising people's awareness names
# the topic of nhận thức số; the heading decides even where the ranks are of xã hội số and
# nhân lực số). Three rank records, "=" ("đứng thứ 31", "đứng thứ 7", "đứng thứ 10"). "nằm
# trong nhóm các địa phương dẫn đầu" names no number: no record. Not quantities: "2023" and
# "2-2025" (years, a month). Ids: dti.digital_society_rank (the pillar's place, 31),
# dti.digital_human_resources_rank (7); null for the main index "hoạt động xã hội số" (the
# catalogue has no rank for that main index apart from the pillar's).
# --------------------------------------------------------------------------
D05 = dict(name="05_dongnai-dti-xa-hoi-so-2023", kind="result", year=2023, records=[
    R("đứng thứ «31 trên", "trụ cột xã hội số, điểm số đứng thứ trên cả nước", "=", 31, **RANK, pillar=AWARE,
      iid="dti.digital_society_rank"),
    R("đứng thứ «7 về", "đứng thứ về xếp hạng nhân lực số", "=", 7, **RANK, pillar=AWARE,
      iid="dti.digital_human_resources_rank"),
    R("đứng thứ «10 cả nước", "đứng thứ cả nước về hoạt động xã hội số", "=", 10, **RANK, pillar=AWARE),
])

# --------------------------------------------------------------------------
# 06 Hưng Yên: two years of the provincial digital-transformation programme (Nghị quyết
# 06-NQ/TU) (khcnhungyen.gov.vn; no cut; no byline; the excerpt ends in "từ trung ").
# Pillar null (no heading). The resolution's target "đến năm 2030, tỉnh ta thuộc nhóm 20
# tỉnh, thành phố ... dẫn đầu về CĐS": rank, "<=" 20 (the spec's "nhóm 20 tỉnh dẫn đầu"),
# a target of 2030. "phê duyệt trên 20 kế hoạch CĐS": documents issued are counts (earlier
# sets' majority), ">" for "trên"; year null (the excerpt's "Đến nay" is undated; its latest
# date is 29/12/2022, a decision's date; a judgement). Not quantities: document numbers and
# dates ("06-NQ/TU", "Nghị quyết số 06" twice, "571/QĐ-UBND", "672/QĐ-UBND", "3047/QĐ-UBND",
# "331/2022/NQ-HĐND", "15/6/2021", "25/2/2022", "03/3/2021", "29/12/2022", "09/12/2022"),
# periods ("2021-2025" twice, "năm 2030" thrice), a version "phiên bản 2.0". Ids:
# dti.provincial_rank, inst.dx_policy_documents_count.
# --------------------------------------------------------------------------
D06 = dict(name="06_hungyen-nghi-quyet-06-chuyen-doi-so", kind="result", year=None, records=[
    R("thuộc nhóm «20 tỉnh", "tỉnh ta thuộc nhóm tỉnh, thành phố trực thuộc trung ương dẫn đầu về CĐS", "<=", 20,
      **RANK, **T, year=2030, iid="dti.provincial_rank"),
    R("phê duyệt trên «20 kế hoạch", "kế hoạch CĐS trên các lĩnh vực UBND tỉnh phê duyệt", ">", 20, **CNT,
      iid="inst.dx_policy_documents_count"),
])

# --------------------------------------------------------------------------
# 07 Quảng Nam: a provincial contest on administrative reform and digital transformation
# (baodautu.vn; cut: the widget line "Đặt mua báo in| ... Ngày 17 tháng 09 năm 2024," and
# the byline "Hoàng Anh - 16/09/2024 13:55", written as the first line "date 2024-09-16";
# the excerpt ends in "đượ"). A precision text: no quantity. Not quantities: the contest's
# participants ("17 đội dự thi với 113 thành viên Tổ công nghệ số cộng đồng đến từ 17
# huyện", the spec's "với sự tham dự của hơn 50 cơ quan báo chí") and its format ("4 phần
# thi", "3 đội", "17 đội thi", "6 cuộc thi", "6 đội", "2 đội"), an ordinal ("năm thứ 2"), dates ("16/9",
# "năm 2024"). "vào tốp khá cả nước" names no number.
# --------------------------------------------------------------------------
D07 = dict(name="07_quangnam-cuoc-thi-chuyen-doi-so-precision", kind="result", year=2024, records=[])

# --------------------------------------------------------------------------
# 08 Đắk Nông: the chairman's tasks to raise the province's DTI (sxd.daknong.gov.vn; no
# cut; no byline; the excerpt ends in "4. "). A precision text: no quantity, under
# numbered headings naming pillars ("1. Về Nhận thức số", "2. Về Thể chế số", "3. Về Hạ
# tầng số"). Not quantities: the list numbers "1."-"4.", the plan "561/KH-UBND", the date
# "29/9/2022", "năm 2022".
# --------------------------------------------------------------------------
D08 = dict(name="08_daknong-nang-cao-dti-precision", kind="result", year=2022, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
