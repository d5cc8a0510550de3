#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set124).

Copied from set69's builder (itself from set47's, set45's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

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


# --------------------------------------------------------------------------
# 01 Hà Tĩnh, the health department's conference on electronic medical records
# (baohatinh.vn, no date shown). The lead's target "vận hành bệnh án điện tử tại
# tất cả 100% cơ sở y tế tuyến huyện trở lên trong tháng 9/2025" (target, >=,
# 2025, society.hospitals_emr_share). The document's year is taken from that
# sentence (2025): the results "Đến nay" take it. Results: "100% các cơ sở khám
# chữa bệnh BHYT đều liên thông sổ sức khỏe trên ứng dụng VNEID" (=; no exact
# id: facilities linking the health book); "tỷ lệ số người liên thông sổ sức khỏe
# đạt 31,18%" (=; society.electronic_health_records_share, a judgement: people
# with the health book on VNeID); "xếp thứ 4 cả nước" (rank =, the place of that
# share; no id); "tỷ lệ thanh toán không dùng tiền mặt tại các cơ sở khám chữa
# bệnh đạt trên 38%" (>, society.cashless_hospital_fees_share); "100% các cơ sở y
# tế đều triển khai khám chữa bệnh BHYT bằng thẻ căn cước công dân hoặc ứng dụng
# VNEID" (=, society.chip_id_health_insurance_share). Pillar null (no heading).
# Not quantities: "tháng 9/2025", "22/4", "30/9", "Đề án 06" twice.
# --------------------------------------------------------------------------
D01 = dict(name="01_hatinh-benh-an-dien-tu-so-suc-khoe-2025", kind="result", year=2025, records=[
    R("tại tất cả «100% cơ sở y tế", "vận hành bệnh án điện tử tại cơ sở y tế tuyến huyện trở lên", ">=", 100, **T,
      iid="society.hospitals_emr_share"),
    R("Đến nay, «100% các cơ sở khám chữa bệnh BHYT", "các cơ sở khám chữa bệnh BHYT liên thông sổ sức khỏe trên "
      "ứng dụng VNEID", "=", 100),
    R("sổ sức khỏe đạt «31,18%", "tỷ lệ số người liên thông sổ sức khỏe", "=", 31.18,
      iid="society.electronic_health_records_share"),
    R("xếp thứ «4 cả nước", "tỷ lệ số người liên thông sổ sức khỏe xếp thứ cả nước", "=", 4, **RANK),
    R("đạt trên «38%", "tỷ lệ thanh toán không dùng tiền mặt tại các cơ sở khám chữa bệnh", ">", 38,
      iid="society.cashless_hospital_fees_share"),
    R("38%. «100% các cơ sở y tế", "các cơ sở y tế triển khai khám chữa bệnh BHYT bằng thẻ căn cước công dân "
      "hoặc ứng dụng VNEID", "=", 100, iid="society.chip_id_health_insurance_share"),
])

# --------------------------------------------------------------------------
# 02 Thanh Hóa, the health sector's digital transformation (syt.thanhhoa.gov.vn,
# no date shown, no year anywhere → year null). Three results, each a bare
# "100%" (=): hospitals running the hospital information system
# (society.health_stations_platform_share, whose wordings include "cơ sở y tế
# triển khai phần mềm quản lý bệnh viện (HIS)"; a judgement); public health
# units using document-management software (no exact id); "100% thủ tục hành
# chính đủ điều kiện được đưa vào thực hiện " (the excerpt ends inside the
# sentence; the wording is what stands; no id, the service level being cut
# off). Pillar null. Not quantities: "Đề án 06".
# --------------------------------------------------------------------------
D02 = dict(name="02_thanhhoa-nganh-y-te-chuyen-doi-so", kind="result", year=None, records=[
    R("Hiện «100% bệnh viện", "bệnh viện trên địa bàn tỉnh đã triển khai hệ thống thông tin quản lý bệnh viện", "=", 100,
      iid="society.health_stations_platform_share"),
    R("«100% đơn vị y tế công lập", "đơn vị y tế công lập triển khai phần mềm quản lý văn bản và hồ sơ công việc trên "
      "môi trường điện tử", "=", 100),
    R("«100% thủ tục hành chính", "thủ tục hành chính đủ điều kiện được đưa vào thực hiện", "=", 100),
])

# --------------------------------------------------------------------------
# 03 The national telehealth scheme 2020-2025 (viettimes.vn, crawler stamp →
# `date 2025-08`). A precision text: two quantities, "Chỉ sau 2 tháng, 1.000
# điểm cầu ... đã được kết nối với hơn 20 BV tuyến Trung ương" (results: count =
# 1000 and count > 20), among a patient's age ("65 tuổi"), durations ("2 tháng",
# "gần 60 phút"), years and "COVID-19". Year 2020: "Tháng 4/2020 ... Chỉ sau 2
# tháng" dates the connection (a judgement; the stamp says 2025, the scheme's
# period "2020-2025"). No ids (the catalogue's telehealth indicators are
# shares). Pillar null. "hàng nghìn bệnh nhân": no digits.
# --------------------------------------------------------------------------
D03 = dict(name="03_ca-nuoc-telehealth-2020-2025-precision", kind="result", year=2020, records=[
    R("sau 2 tháng, «1.000 điểm cầu", "điểm cầu đã được kết nối khám, chữa bệnh từ xa", "=", 1000, **CNT),
    R("kết nối với hơn «20 BV", "BV tuyến Trung ương ở Hà Nội và TP.HCM kết nối với các điểm cầu", ">", 20, **CNT),
])

# --------------------------------------------------------------------------
# 04 Thanh Hóa, Lang Chánh upper-secondary school's electronic contact book
# (baothanhhoa.vn, crawler stamp → `date 2025-12`, 2025). A precision text: one
# quantity, "100% phụ huynh học sinh đăng ký sử dụng" (result, =, no id), among
# the school's size ("1.157 học sinh và 65 cán bộ, giáo viên": not a target or
# result of the transformation; a judgement) and "Năm học 2025-2026". Pillar
# null.
# --------------------------------------------------------------------------
D04 = dict(name="04_thanhhoa-langchanh-so-lien-lac-dien-tu-precision", kind="result", year=2025, records=[
    R("hiệu quả với «100% phụ huynh", "phụ huynh học sinh đăng ký sử dụng SLLĐT", "=", 100),
])

# --------------------------------------------------------------------------
# 05 Lạng Sơn, digital signatures in the education sector (tinbong247.org, a
# copy on a sports site; no date shown; "từ năm 2021" dates the start only, so
# year null). "đề nghị Ban Cơ yếu Chính phủ cấp chữ ký số cho 100% cán bộ, giáo
# viên trong tỉnh": what the department asked for, read as a target (>=;
# egov.officials_digital_signature_share, teachers being public employees; a
# judgement). "toàn ngành có 17.800 chữ ký số được cho cán bộ quản lý, giáo
# viên" (result, count =; egov.digital_certificates_issued_count, the
# special-use certificates of the Government Cipher Committee; a judgement).
# Pillar null. Not quantities: "năm 2021".
# --------------------------------------------------------------------------
D05 = dict(name="05_langson-chu-ky-so-giao-duc", kind="result", year=None, records=[
    R("chữ ký số cho «100% cán bộ", "cấp chữ ký số cho cán bộ, giáo viên trong tỉnh", ">=", 100, **T,
      iid="egov.officials_digital_signature_share"),
    R("toàn ngành có «17.800 chữ ký số", "chữ ký số được cấp cho cán bộ quản lý, giáo viên", "=", 17800, **CNT,
      iid="egov.digital_certificates_issued_count"),
])

# --------------------------------------------------------------------------
# 06 Bắc Giang, the K12 Online teaching platform and shared learning materials
# (baobacgiang.vn, no date shown; "Đầu năm 2022" → the document's year 2022).
# Results: "kho học liệu dùng chung gồm 2,5 triệu bài giảng, bài kiểm tra, ôn
# tập" (count =, 2500000, society.e_learning_materials_count); "15 nghìn câu
# hỏi" put on the school's store "Đầu năm học 2021-2022" (count =, 15000, year
# 2021: the start of that school year; a judgement; same id, questions being
# learning materials; a judgement); "cấp 10.071 tài khoản cho giáo viên,
# 26.535 tài khoản cho học sinh" (two counts, each with its own subject; teachers
# and students are users of a platform, not a split by level or population
# group → scope null; no id); "khoảng 30 nghìn tài khoản" accessing at once
# (the system's capacity, count ~; no id; recorded as a stated value of the
# platform, a judgement). "tiết kiệm khoảng 60% chi phí so với phương án thi
# trên giấy trước đây": a result's change against the earlier way → NOT.
# Not quantities: "8 môn" (the subjects of the questions), "K12 Online",
# "2021-2022". Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_bacgiang-k12-online-kho-hoc-lieu-2022", kind="result", year=2022, records=[
    R("dùng chung gồm «2,5 triệu", "kho học liệu dùng chung gồm bài giảng, bài kiểm tra, ôn tập", "=", 2.5e6, **CNT,
      iid="society.e_learning_materials_count"),
    R("hệ thống «15 nghìn câu hỏi", "câu hỏi đưa lên hệ thống kho học liệu", "=", 15000, **CNT, year=2021,
      iid="society.e_learning_materials_count"),
    R("đã cấp «10.071 tài khoản", "tài khoản cho giáo viên", "=", 10071, **CNT),
    R("giáo viên, «26.535 tài khoản", "tài khoản cho học sinh", "=", 26535, **CNT),
    R("đồng thời khoảng «30 nghìn", "số lượt truy cập đồng thời hệ thống có thể đáp ứng", "~", 30000, **CNT),
], NOT=["tiết kiệm khoảng «60%"])

# --------------------------------------------------------------------------
# 07 Cần Thơ, all hospitals on electronic medical records (sggp.org.vn, crawler
# stamp → `date 2025-09`, 2025). The title "Cần Thơ: 100% bệnh viện triển khai
# bệnh án điện tử" and the body's "hoàn thành 100% bệnh án điện tử tại tất cả
# các bệnh viện" (results =, society.hospitals_emr_share, each recorded).
# "toàn bộ 61 cơ sở y tế có giường bệnh ..., bao gồm 43 đơn vị công lập, 5 bệnh
# viện tuyến trung ương và 13 bệnh viện ngoài công lập": four counts (=), a
# breakdown by kind of facility, each with its own subject, scope null; all
# society.hospitals_emr_count (the same measure; the split keeps the id).
# Not quantities: "Ngày 30-9". Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_cantho-100-benh-vien-benh-an-dien-tu-2025", kind="result", year=2025, records=[
    R("Cần Thơ: «100% bệnh viện", "bệnh viện triển khai bệnh án điện tử", "=", 100, iid="society.hospitals_emr_share"),
    R("toàn bộ «61 cơ sở y tế", "cơ sở y tế có giường bệnh trên địa bàn đã triển khai thành công hệ thống hồ sơ bệnh "
      "án điện tử", "=", 61, **CNT, iid="society.hospitals_emr_count"),
    R("bao gồm «43 đơn vị", "đơn vị công lập triển khai hồ sơ bệnh án điện tử", "=", 43, **CNT,
      iid="society.hospitals_emr_count"),
    R("công lập, «5 bệnh viện", "bệnh viện tuyến trung ương triển khai hồ sơ bệnh án điện tử", "=", 5, **CNT,
      iid="society.hospitals_emr_count"),
    R("trung ương và «13 bệnh viện", "bệnh viện ngoài công lập triển khai hồ sơ bệnh án điện tử", "=", 13, **CNT,
      iid="society.hospitals_emr_count"),
    R("hoàn thành «100% bệnh án", "hoàn thành bệnh án điện tử tại tất cả các bệnh viện", "=", 100,
      iid="society.hospitals_emr_share"),
])

# --------------------------------------------------------------------------
# 08 The national telehealth platform reaching every district hospital (a copy on
# napmucmayintannoi.com; no date shown and no year of the event → year null;
# "từ tháng 4/2020" dates the start only). "100%" of district hospitals is
# stated six times (the title, the site's repeat of it, the Prime Minister's
# words, the body, and two heading-like lines): each recorded (=,
# society.telehealth_facilities_share: "bệnh viện tuyến tỉnh, huyện kết nối với
# bệnh viện tuyến trên phục vụ khám, chữa bệnh từ xa"). Counts: "hơn 30 bệnh
# viện trung ương" (>), "hơn 1.600 cơ sở y tế tuyến dưới" (>), "1.600 hồ sơ"
# (=), "500 buổi hội chẩn" (=), "hơn 200 buổi đào tạo" (>); no ids. Pillar null.
# Not quantities: "Ngày 8/8", "tháng 4/2020", "Covid-19".
# --------------------------------------------------------------------------
D08 = dict(name="08_ca-nuoc-telehealth-100-huyen", kind="result", year=None, records=[
    R("khám, chữa bệnh từ xa tới «100% huyện – Tin Công Nghệ\n", "Kết nối nền tảng hỗ trợ tư vấn khám, chữa bệnh từ "
      "xa tới huyện", "=", 100, iid="society.telehealth_facilities_share"),
    R("có bài: Kết nối nền tảng hỗ trợ tư vấn khám, chữa bệnh từ xa tới «100%", "Kết nối nền tảng hỗ trợ tư vấn "
      "khám, chữa bệnh từ xa tới huyện", "=", 100, iid="society.telehealth_facilities_share"),
    R("được kết nối «100% đến", "Hệ thống khám chữa bệnh từ xa được kết nối đến tuyến huyện", "=", 100,
      iid="society.telehealth_facilities_share"),
    R("(Telehealth) tới «100%", "kết nối Nền tảng khám chữa bệnh từ xa (Telehealth) tới bệnh viện tuyến huyện", "=",
      100, iid="society.telehealth_facilities_share"),
    R("đã kết nối «100% cơ sở", "Nền tảng khám chữa bệnh từ xa đã kết nối cơ sở y tế tuyến huyện", "=", 100,
      iid="society.telehealth_facilities_share"),
    R("huyện\n\nKết nối nền tảng hỗ trợ tư vấn khám, chữa bệnh từ xa tới «100%", "Kết nối nền tảng hỗ trợ tư vấn "
      "khám, chữa bệnh từ xa tới huyện", "=", 100, iid="society.telehealth_facilities_share"),
    R("kết nối hơn «30 bệnh viện", "bệnh viện trung ương được Nền tảng Telehealth kết nối", ">", 30, **CNT),
    R("với hơn «1.600 cơ sở", "cơ sở y tế tuyến dưới được Nền tảng Telehealth kết nối", ">", 1600, **CNT),
    R("đã có «1.600 hồ sơ", "hồ sơ", "=", 1600, **CNT),
    R("hồ sơ, «500 buổi", "buổi hội chẩn", "=", 500, **CNT),
    R("và hơn «200 buổi", "buổi đào tạo được tổ chức", ">", 200, **CNT),
])

# --------------------------------------------------------------------------
# 09 The Ministry of Education's identity data for teachers and students
# (truyenhinhnghean.vn, byline 04/04/2022 → `date 2022-04`, 2022). "khoảng
# 900.000 hồ sơ thí sinh" to be synchronised with the population database
# "Dự kiến ... trong thời gian sớm nhất" (target, ~, count), stated twice (the
# lead and the body): each recorded. Results: "đã đồng bộ và định danh 1,2 triệu
# trong tổng số 1,4 triệu hồ sơ ... đạt tỷ lệ 75%" (count = 1200000 and % = 75;
# the total "1,4 triệu" is the share's denominator, not recorded; a judgement),
# "khoảng 160.000 công dân" (count ~). No ids (the catalogue has no indicator of
# the education sector's identity data). Pillar null. Not quantities: "lớp 12"
# twice, "lớp 11", "2021-2022" twice, "2022-2025", "năm 2030", "Đề án 06".
# --------------------------------------------------------------------------
D09 = dict(name="09_ca-nuoc-dinh-danh-ho-so-giao-vien-hoc-sinh-2022", kind="result", year=2022, records=[
    R("dân cư khoảng «900.000 hồ sơ thí sinh trong thời gian sớm nhất,...", "hồ sơ thí sinh đồng bộ với Cơ sở dữ "
      "liệu quốc gia về dân cư", "~", 900000, **CNT, **T),
    R("định danh «1,2 triệu", "hồ sơ về thông tin giáo viên, cán bộ quản lý và nhân viên ngành GD-ĐT đã đồng bộ và "
      "định danh", "=", 1.2e6, **CNT),
    R("đạt tỷ lệ «75%", "tỷ lệ hồ sơ giáo viên, cán bộ quản lý và nhân viên ngành GD-ĐT đã đồng bộ và định danh",
      "=", 75),
    R("khoảng «160.000 công dân", "công dân được đồng bộ, làm giàu dữ liệu dân cư thông tin chuyên ngành GD-ĐT", "~",
      160000, **CNT),
    R("dân cư khoảng «900.000 hồ sơ thí sinh trong thời gian sớm nhất, phục vụ", "hồ sơ thí sinh đồng bộ với Cơ sở "
      "dữ liệu quốc gia về dân cư", "~", 900000, **CNT, **T),
])

# --------------------------------------------------------------------------
# 10 Online registration for the 2022 upper-secondary graduation exam
# (vietnamnet.vn. with the trailing dot; no date shown). A precision text: "ở kỳ
# thi tốt nghiệp THPT năm 2022, trên cả nước có gần 1 triệu thí sinh (chiếm
# 93,1%) thực hiện đăng ký dự thi trực tuyến": two results of 2022 (count ~
# 1000000, then % = 93.1; the bracket states a value), among "Ngày 10/10",
# "năm 2030", "Bài 1", "THPT 2023", "năm 2022". "hơn 1 triệu thí sinh" whose
# data could not be verified before 2022: the size of a problem, no target or
# result of the transformation (a judgement). "hàng trăm tỉ đồng": no digits.
# No ids. Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_ca-nuoc-dang-ky-du-thi-truc-tuyen-2022-precision", kind="result", year=2022, records=[
    R("có gần «1 triệu", "thí sinh thực hiện đăng ký dự thi trực tuyến", "~", 1e6, **CNT),
    R("(chiếm «93,1%)", "thí sinh thực hiện đăng ký dự thi trực tuyến", "=", 93.1),
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
