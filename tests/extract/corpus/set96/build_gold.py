#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set96).

Copied from set69's builder (itself from set47's, set45's, set43's, set41's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (232
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


DONG = dict(unit="other", unit_text="đồng")

# --------------------------------------------------------------------------
# 01 An Giang, the province's targets to 2030 for science, innovation and
# digital transformation (Nghị quyết 57), on vusta.vn (no date shown; every
# target "đến năm 2030" → 2030). Under the heading "Những nhiệm vụ cụ thể" (no
# pillar named → null). "Năng lực cạnh tranh số và chỉ số phát triển Chính quyền
# điện tử, Chính quyền số thuộc nhóm 20 tỉnh, thành phố dẫn đầu": one rank target
# (<=, 20) for the two indices stated once (no exact catalogue id). "Xếp hạng chỉ
# số đổi mới sáng tạo cấp địa phương (PII) nằm trong nhóm 30 cả nước": rank <= 30
# (rank.pii_rank). TFP "tối thiểu 55%" (>=). "Quy mô kinh tế số đạt tối thiểu 20%
# GRDP" (>=, econ.digital_economy_gdp_share); online services used by people and
# businesses "trên 80%" (>, null: the catalogue's measure is adults only); cashless
# transactions "trên 80%" (>, econ.cashless_transactions_share); innovating firms
# "trên 40%" (>); HDI "trên 0,7" (>, unit other, no unit written → unit_text
# null); "ít nhất 3% tổng chi ngân sách địa phương hằng năm cho phát triển KHCN,
# ĐMST và CĐS" (>=, inst.dx_budget_share, whose wordings name this budget share).
# Not quantities: "8 giải pháp" (solutions), "năm 2030", and the association's
# membership "40 hội, tổ chức thành viên", "9.554 hội viên", "hơn 3.451 hội viên
# trí thức" (the Liên hiệp hội's own make-up, no target or result of the plan; a
# judgement, as set69's population share).
# --------------------------------------------------------------------------
D01 = dict(name="01_angiang-nq57-muc-tieu-2030", kind="target", year=2030, records=[
    R("thuộc nhóm «20 tỉnh", "Năng lực cạnh tranh số và chỉ số phát triển Chính quyền điện tử, Chính quyền số "
      "thuộc tỉnh, thành phố dẫn đầu", "<=", 20, **RANK),
    R("tối thiểu «55%", "Tỷ lệ đóng góp của năng suất các nhân tố tổng hợp (TFP) vào tăng trưởng kinh tế", ">=", 55),
    R("nằm trong nhóm «30 cả nước", "Xếp hạng chỉ số đổi mới sáng tạo cấp địa phương (PII) cả nước", "<=", 30,
      **RANK, iid="rank.pii_rank"),
    R("tối thiểu «20% GRDP", "Quy mô kinh tế số GRDP của tỉnh", ">=", 20, iid="econ.digital_economy_gdp_share"),
    R("doanh nghiệp đạt trên «80%", "tỷ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp", ">", 80),
    R("tiền mặt đạt trên «80%", "tỷ lệ giao dịch không dùng tiền mặt", ">", 80,
      iid="econ.cashless_transactions_share"),
    R("đạt trên «40%", "tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo trong tổng số doanh nghiệp", ">", 40),
    R("(HDI) trên «0,7", "chỉ số phát triển con người (HDI)", ">", 0.7, unit="other"),
    R("ít nhất «3% tổng chi", "tổng chi ngân sách địa phương hằng năm cho phát triển KHCN, ĐMST và CĐS", ">=", 3,
      iid="inst.dx_budget_share"),
])

# --------------------------------------------------------------------------
# 02 Đồng Nai, the Department of Science and Technology's targets for 2020-2025
# (baodongnai.com.vn; no date shown; "giai đoạn 2020-2025", "Từ nay đến năm
# 2025" → 2025). The page prints its lead twice (as returned): each statement is
# recorded each time (set69's rule for repeated statements); the locators reach
# past the end of each copy ("…\n(ĐN)" after the first, "…\nNgoài ra" after the
# second) to tell them apart. Bare targets are >=: "hỗ trợ 5 dự án ươm tạo
# doanh nghiệp KH-CN", "3 doanh nghiệp KH-CN", "gia tăng chỉ số khởi nghiệp của
# tỉnh lên 20%", "10 tổ chức nghiên cứu phát triển", "7 tổ chức dịch vụ KH-CN";
# then "nhân lực có trình độ sau đại học ... đạt 10/10.000 người" (unit other,
# unit_text "/10.000 người", value 10), "trình độ tiến sĩ ... chiếm 10%", "100%
# tổ chức KH-CN công lập" on self-management. No catalogue id (science and
# technology, not the digital transformation's indicators). Pillar null. Not
# quantities: "2020-2025", "2025".
# --------------------------------------------------------------------------
_A = "KH-CN, gia tăng chỉ số khởi nghiệp của tỉnh lên 20%, có 10 tổ chức nghiên cứu phát triển và 7 tổ chức dịch vụ KH-CN…"
_C1, _C2 = "\n(ĐN)", "\nNgoài ra"


def _copy(tail):
    """The five records of one copy of the repeated lead; `tail` is what follows that copy."""
    return [
        R("hỗ trợ «5 dự án ươm tạo doanh nghiệp KH-CN, hỗ trợ và phát triển 3 doanh nghiệp " + _A + tail, "dự án ươm tạo doanh nghiệp KH-CN", ">=", 5, **CNT),
        R("phát triển «3 doanh nghiệp " + _A + tail, "doanh nghiệp KH-CN", ">=", 3, **CNT),
        R("của tỉnh lên «20%, có 10 tổ chức nghiên cứu phát triển và 7 tổ chức dịch vụ KH-CN…" + tail,
          "chỉ số khởi nghiệp của tỉnh", ">=", 20),
        R("có «10 tổ chức nghiên cứu phát triển và 7 tổ chức dịch vụ KH-CN…" + tail,
          "tổ chức nghiên cứu phát triển", ">=", 10, **CNT),
        R("và «7 tổ chức dịch vụ KH-CN…" + tail, "tổ chức dịch vụ KH-CN", ">=", 7, **CNT),
    ]


D02 = dict(name="02_dongnai-khcn-khoi-nghiep-2020-2025", kind="target", year=2025, records=_copy(_C1) + _copy(_C2) + [
    R("đạt «10/10.000 người", "nhân lực có trình độ sau đại học trên địa bàn tỉnh", ">=", 10, unit="other",
      unit_text="/10.000 người"),
    R("tương đương chiếm «10%", "trình độ tiến sĩ và tương đương", ">=", 10),
    R("chuyển đổi «100% tổ chức", "tổ chức KH-CN công lập chuyển đổi sang hoạt động theo cơ chế tự chủ, tự chịu "
      "trách nhiệm", ">=", 100),
])

# --------------------------------------------------------------------------
# 03 The Government's Youth Union (Đoàn Thanh niên Chính phủ), its action
# programme's targets, on doanhnghieptiepthi.com (no date shown; the meeting
# "ngày 13/1" names no year and no target names its year → year null; "NetZero
# năm 2050" is the horizon of the cause, not of the target). Under the heading
# "Chương trình hành động và các chỉ tiêu trọng tâm" (no pillar → null). Every
# listed number is a target, >= (bare): "500 công trình khoa học công nghệ và
# chuyển đổi số", "1 triệu cây xanh" (1e6), "100 000 đơn vị máu" (thousands
# grouped by a space: 100000; a written form check_gold.py tolerates),
# "250 hội thảo", "100% cán bộ đoàn, 80% đoàn viên tham gia nâng cao năng lực số
# và ngoại ngữ" (two records, each with its own subject: officers and members are
# kinds of members, not levels → scope null, as set69's schools and hospitals),
# "250 000 trẻ em", "50 000 công nhân trẻ". No catalogue id. Not quantities: "13/1",
# "38 đầu việc" (tasks), "năm 2050".
# --------------------------------------------------------------------------
D03 = dict(name="03_ca-nuoc-doan-thanh-nien-chinh-phu-chi-tieu", kind="target", year=None, records=[
    R("Hoàn thành «500 công trình", "công trình khoa học công nghệ và chuyển đổi số do thanh niên thực hiện", ">=",
      500, **CNT),
    R("Trồng «1 triệu cây", "cây xanh hướng tới mục tiêu NetZero", ">=", 1e6, **CNT),
    R("Huy động «100 000 đơn vị", "đơn vị máu từ đoàn viên, thanh niên", ">=", 100000, **CNT),
    R("Tổ chức «250 hội thảo", "hội thảo, tọa đàm, diễn đàn để đóng góp ý kiến cải cách hành chính", ">=", 250,
      **CNT),
    R("Đạt «100% cán bộ đoàn", "cán bộ đoàn tham gia nâng cao năng lực số và ngoại ngữ", ">=", 100),
    R("cán bộ đoàn, «80% đoàn viên", "đoàn viên tham gia nâng cao năng lực số và ngoại ngữ", ">=", 80),
    R("Hỗ trợ «250 000 trẻ em", "trẻ em có hoàn cảnh khó khăn", ">=", 250000, **CNT),
    R("và «50 000 công nhân", "công nhân trẻ", ">=", 50000, **CNT),
])

# --------------------------------------------------------------------------
# 04 The Ministry of Health's digital-transformation programme to 2025, towards
# 2030 (tintuc.vdong.vn; no date shown). "Đến năm 2025, ..." → 2025; "Đến năm
# 2030, sẽ có khoảng 50% (khoảng 700 bệnh viện) số bệnh viện ... triển khai hồ sơ
# bệnh án điện tử" → 2030: two records, "~" both (a target's "khoảng"), the
# bracket's count its own record (set69's bracket rule); the share
# society.hospitals_emr_share. "100% các cơ sở y tế triển khai thanh toán điện tử
# không dùng tiền mặt; tư vấn ...; đăng ký ...": one number stated once for three
# services: one record, its clause ending at ";" (society.cashless_hospital_fees_share,
# whose wordings say "triển khai thanh toán điện tử không dùng tiền mặt"). Others:
# "duy trì 100% dịch vụ công trực tuyến mức độ 4", "80% dịch vụ công trực tuyến
# được cung cấp trên nhiều phương tiện", "công khai 100% các thông tin về giá
# thuốc ...", "100% người dân, cán bộ y tế ... được định danh y tế" (no exact id:
# level 4 alone, the ministry's price portal and health identifiers are not in
# the catalogue). Pillar null (no heading). Not quantities: "mức độ 4" (a level's
# name), "năm 2025", "2030".
# --------------------------------------------------------------------------
D04 = dict(name="04_ca-nuoc-chuyen-doi-so-y-te-2025-2030", kind="target", year=2025, records=[
    R("duy trì «100% dịch vụ", "dịch vụ công trực tuyến mức độ 4", ">=", 100),
    R("trong đó «80% dịch vụ", "dịch vụ công trực tuyến được cung cấp trên nhiều phương tiện truy cập khác nhau, "
      "bao gồm cả thiết bị di động", ">=", 80),
    R("công khai «100% các thông tin", "các thông tin về giá thuốc, giá trang thiết bị y tế, giá vật tư y tế, những "
      "vi phạm trong quảng cáo được công khai", ">=", 100),
    R("mục tiêu «100% các cơ sở y tế", "các cơ sở y tế triển khai thanh toán điện tử không dùng tiền mặt", ">=", 100,
      iid="society.cashless_hospital_fees_share"),
    R("Đặc biệt, «100% người dân", "người dân, cán bộ y tế được định danh y tế", ">=", 100),
    R("có khoảng «50% (khoảng", "số bệnh viện trên toàn quốc chuyển đổi số thành công, triển khai hồ sơ bệnh án "
      "điện tử không sử dụng bệnh án giấy", "~", 50, year=2030, iid="society.hospitals_emr_share"),
    R("(khoảng «700 bệnh viện)", "bệnh viện chuyển đổi số thành công, triển khai hồ sơ bệnh án điện tử", "~", 700,
      **CNT, year=2030),
])

# --------------------------------------------------------------------------
# 05 The health sector's digital-government targets to 2025 (baotintuc.vn; no
# date shown; "đến năm 2025" → 2025). The first paragraph is one sentence opened
# by "Mục tiêu phát triển Chính phủ số trong y tế ..." → digital_government for
# its six numbers (a lead-in that names a pillar sets it for the sentence it
# opens); the second paragraph ("Mục tiêu cũng đặt ra là ...") names none and
# stands under no heading → null. "90% hồ sơ công việc tại Bộ Y tế, Sở Y tế, 80%
# hồ sơ công việc của phòng y tế huyện được xử lý trên môi trường mạng": two
# records, each with its own subject (the text names agencies, not "cấp ..."
# levels → scope null; a judgement), both egov.work_records_online_share. "100 %"
# (a space before "%") is read as 100%. The excerpt ends in "100% cán bộ,": the
# number and its subject are stated, its predicate cut off: recorded, indicator
# "cán bộ" (a judgement). Ids: egov.online_reporting_share (reports on the
# national reporting system), society.cashless_hospital_fees_share,
# society.telehealth_facilities_share; the others null (level 4 alone; the
# health data platform; the price portal; online booking). Not quantities:
# "mức độ 4", "năm 2025".
# --------------------------------------------------------------------------
D05 = dict(name="05_ca-nuoc-chinh-phu-so-y-te-2025", kind="target", year=2025, records=[
    R("duy trì «100% dịch vụ", "dịch vụ công trực tuyến mức độ 4", ">=", 100, pillar=GOV),
    R("trong đó «80% dịch vụ", "dịch vụ công trực tuyến được cung cấp trên nhiều phương tiện truy cập khác nhau "
      "bao gồm cả thiết bị di động", ">=", 80, pillar=GOV),
    R("di động; «90% hồ sơ", "hồ sơ công việc tại Bộ Y tế, Sở Y tế được xử lý trên môi trường mạng", ">=", 90,
      pillar=GOV, iid="egov.work_records_online_share"),
    R("Sở Y tế, «80% hồ sơ", "hồ sơ công việc của phòng y tế huyện được xử lý trên môi trường mạng", ">=", 80,
      pillar=GOV, iid="egov.work_records_online_share"),
    R("nhà nước); «100% chế độ", "chế độ báo cáo, chỉ tiêu tổng hợp báo cáo định kỳ và báo cáo thống kê trong lĩnh "
      "vực y tế được kết nối, tích hợp, chia sẻ dữ liệu số trên Hệ thống thông tin báo cáo Quốc gia", ">=", 100,
      pillar=GOV, iid="egov.online_reporting_share"),
    R("Quốc gia; «80% các hệ thống", "các hệ thống thông tin y tế có yêu cầu chia sẻ, kết nối thông tin được kết "
      "nối, liên thông qua nền tảng tích hợp, chia sẻ dữ liệu y tế", ">=", 80, pillar=GOV),
    R("thiết bị y tế «100% các thông tin", "các thông tin về giá thuốc, giá trang thiết bị y tế được công khai trên "
      "cổng", ">=", 100, pillar=GOV),
    R("đặt ra là «100% các cơ sở y tế", "các cơ sở y tế triển khai thanh toán điện tử không dùng tiền mặt", ">=", 100,
      iid="society.cashless_hospital_fees_share"),
    R("mặt; «100 % các cơ sở", "các cơ sở khám bệnh, chữa bệnh triển khai tư vấn khám, chữa bệnh từ xa", ">=", 100,
      iid="society.telehealth_facilities_share"),
    R("từ xa; «100% các cơ sở", "các cơ sở khám bệnh, chữa bệnh triển khai đăng ký khám chữa bệnh trực tuyến", ">=",
      100),
    R("trực tuyến; «100% cán bộ,", "cán bộ", ">=", 100),
])

# --------------------------------------------------------------------------
# 06 Lào Cai, the pilot of community digital teams (vietnamhoinhap.vn; the byline
# "25/09/2022 lúc 02:18 (GMT+7)" cut and written as `date 2022-09`). A precision
# text: one quantity, "ở mỗi xã, phường, thị trấn ít nhất 03 Tổ" (target, >=, count
# 3, "hoàn thành trước ngày 30/6/2022" → 2022; no id: a minimum per commune, not
# the catalogue's count of teams), among a document number, two dates and the
# year; "mỗi thôn ... thành lập một Tổ" writes its number as a word (no digit:
# nothing to anchor). Pillar null. Not quantities: "1844/UBND-VX", "02/5/2022",
# "năm 2022", "30/6/2022", the date line.
# --------------------------------------------------------------------------
D06 = dict(name="06_laocai-to-cong-nghe-so-2022-precision", kind="target", year=2022, records=[
    R("ít nhất «03 Tổ", "Tổ công nghệ số cộng đồng ở mỗi xã, phường, thị trấn", ">=", 3, **CNT),
])

# --------------------------------------------------------------------------
# 07 Đồng Nai, reviewing the three pilot communes (startupdongnai.gov.vn; no date
# shown, no year named for the communes → year null). A precision text: "3 xã thí
# điểm xây dựng nông thôn mới kiểu mẫu", in the title and the body, is recorded
# each time as a result count (=, 3), as set69 recorded "7 chợ triển khai mô hình
# chợ 4.0" (the number of communes piloting; a judgement). Pillar null. Not
# quantities: "6 tháng đầu năm" (a period), "năm 2025", "năm 2030" (the
# programme's name), "Covid-19".
# --------------------------------------------------------------------------
D07 = dict(name="07_dongnai-3-xa-thi-diem-precision", kind="result", year=None, records=[
    R("số của «3 xã thí điểm xây dựng nông thôn mới kiểu mẫu\n", "xã thí điểm xây dựng nông thôn mới kiểu mẫu", "=",
      3, **CNT),
    R("số của «3 xã thí điểm xây dựng nông thôn mới kiểu mẫu (", "xã thí điểm xây dựng nông thôn mới kiểu mẫu", "=",
      3, **CNT),
])

# --------------------------------------------------------------------------
# 08 Education, the ministry's conference on digital transformation (kenh14.vn;
# the crawler's stamp " date 2025-12-05 " written as `date 2025-12` → 2025). A
# precision text: dates, periods and a decision number, then, where the excerpt
# ends, "Hơn 91% học sinh tiểu học, 50% học sinh trung học đã sử dụng học b" (cut
# in the middle of "học bạ số"): two results, each with its own subject (primary
# and secondary pupils: kinds of pupils, scope null, as 03), "Hơn" read on the
# first number only (>, then =). No id (the catalogue counts schools, not pupils).
# Pillar null. Not quantities: "3 - 4/12", "2022 - 2025", "2026 - 2030",
# "131/QĐ-TTg", "2026–2030".
# --------------------------------------------------------------------------
D08 = dict(name="08_ca-nuoc-hoc-ba-so-2025-precision", kind="result", year=2025, records=[
    R("Hơn «91% học sinh", "học sinh tiểu học đã sử dụng học b", ">", 91),
    R("tiểu học, «50% học sinh", "học sinh trung học đã sử dụng học b", "=", 50),
])

# --------------------------------------------------------------------------
# 09 VNeID (cafef.vn; the crawler's stamp " date 2026-03-04 " written as `date
# 2026-03` → 2026). Results: "hơn 500 triệu lượt truy cập" (>, count 5e8), "50
# tiện ích được cung cấp" (=, count), "gần 800 tỷ đồng đã được chi" (~, 8e11 đồng,
# the gifts paid through the social-security accounts on VNeID; the excerpt ends
# in "chi "). No catalogue id. Pillar null. Not quantities: "Đề án 06" (twice, a
# name), "418/NQ-CP", "năm 2026".
# --------------------------------------------------------------------------
D09 = dict(name="09_ca-nuoc-vneid-2026", kind="result", year=2026, records=[
    R("với hơn «500 triệu lượt", "lượt truy cập nền tảng định danh điện tử VNeID", ">", 5e8, **CNT),
    R("cùng «50 tiện ích", "tiện ích được cung cấp", "=", 50, **CNT),
    R("gần «800 tỷ đồng", "đã được chi qua tài khoản an sinh xã hội tích hợp trên VNeID", "~", 8e11, **DONG),
])

# --------------------------------------------------------------------------
# 10 A youth delegate's speech on Nghị quyết 57 (tienphong.vn; the crawler's stamp
# " date 2025-09-23 " written as `date 2025-09`). A precision text without a
# quantity: "40 - 50% giá trị gia tăng cho tăng trưởng GDP" is what "nhiều nghiên
# cứu" found science can bring, no target or result of a plan → NOT; "khoảng 22
# triệu người, chiếm khoảng 21% dân số" is the youth population, no target or
# result of the transformation → "21%" NOT (a judgement, as set69's population
# share). Not quantities: "Nghị quyết số 57", "2 mục tiêu 100 năm" (the
# centenaries, a name), "94 năm thành lập Đoàn" (an anniversary), the date line.
# --------------------------------------------------------------------------
D10 = dict(name="10_ca-nuoc-doan-thanh-nien-nq57-precision", kind="target", year=None, records=[],
           NOT=["tạo ra «40 - 50%", "khoảng «21% dân số"])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
