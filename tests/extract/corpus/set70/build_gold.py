#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set70).

Copied from set69's builder (itself from set47's, set45's, set43's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (232
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
# 01 Kon Tum, plan 2751/KH-UBND (22/8/2022) carrying out Đề án 146 on digital
# skills and human resources (skhcn.kontum.gov.vn; no date shown). The lead-in
# "Ủy ban nhân dân tỉnh đề ra mục tiêu cụ thể là:" names no pillar and the
# excerpt has no heading or title → pillar null (the Đề án's name in the first
# sentence is not a heading; a judgement). "Đến năm 2025: 100% ...; 100% ...;
# 70% ...": three targets of 2025, each a bare number → >=. The third is cut by
# the excerpt ("có kỹ năng sử d"): its wording is what stands. Ids: the first is
# hr.civil_servants_dx_trained_share (its wording); the IT/DX staff trained "về
# công nghệ số" has no exact indicator (security.it_staff_trained_share is about
# information security) → null; the working-age people who know and can use
# (online services) are not hr.workforce_basic_digital_skills_share's "được đào
# tạo kỹ năng số cơ bản" → null (a judgement). Not quantities: "22/8/2022",
# "2751/KH-UBND", "năm 2025", "năm 2030".
# --------------------------------------------------------------------------
D01 = dict(name="01_kontum-nhan-luc-cds-ke-hoach-2751-2025", kind="target", year=2025, records=[
    R("2025: «100% cán bộ lãnh đạo", "cán bộ lãnh đạo, CBCCVCNLĐ trong cơ quan nhà nước hàng năm được tham gia đào "
      "tạo, bồi dưỡng, tập huấn, cập nhật kiến thức về CĐS, kỹ năng số, công nghệ số", ">=", 100,
      iid="hr.civil_servants_dx_trained_share"),
    R("công nghệ số; «100% cán bộ chuyên trách", "cán bộ chuyên trách CĐS, CNTT hàng năm được đào tạo, bồi dưỡng, "
      "tập huấn về công nghệ số", ">=", 100),
    R("«70% số người dân", "số người dân trong độ tuổi lao động biết đến và có kỹ năng sử d", ">=", 70),
])

# --------------------------------------------------------------------------
# 02 Điện Biên, training of teachers in AI and of officials in IT skills
# (yousportnews.net, a copy of a Điện Biên report; no date shown). Year: "tháng
# 3 và tháng 4/2025", "các tháng đầu năm 2025" → 2025 for all (the 1.400 teams
# "Thời gian qua" take the document's 2025). "hoàn thành chương trình tập huấn
# với mục tiêu phổ cập AI cho 100% giáo viên (gần 14.000 người)": read as a
# result (the programme was completed in two months; the page's English version
# says all teachers completed it), =, and the bracket's "gần 14.000 người" a
# count result (~) (a judgement: "mục tiêu" names the programme's aim, reached).
# "Trong đó có 1.200 cán bộ quản lý; 102 giáo viên cốt cán": two count results
# (a breakdown by kind of person, scope null). "hơn 35.700 dự án" (>, count).
# "14 lớp ... đào tạo cho hơn 510 học viên": two records (14 classes,
# hr.dx_training_courses_count; >510 trainees, null). "1.400 tổ công nghệ số
# cộng đồng" (aware.community_digital_teams_count) "với sự tham gia của hơn
# 10.000 người" (>, aware.community_digital_team_members_count: the members of
# the teams, not an event's guests). Not quantities: "5 dự án xuất sắc nhất"
# (a ranking of projects, no indicator; a judgement), "giáo viên 8 trường trung
# học phổ thông" (whose teachers were among the trainees; part of a list of
# trainee groups, a judgement), "tháng 3", "4/2025", "năm 2024", "năm 2025".
# Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_dienbien-tap-huan-ai-giao-vien-2025", kind="result", year=2025, records=[
    R("phổ cập AI cho «100% giáo viên", "tỉnh Điện Biên hoàn thành chương trình tập huấn phổ cập AI cho giáo viên",
      "=", 100),
    R("(gần «14.000 người)", "giáo viên phổ cập AI", "~", 14000, **CNT),
    R("có «1.200 cán bộ quản lý", "cán bộ quản lý", "=", 1200, **CNT),
    R("«102 giáo viên cốt cán", "giáo viên cốt cán", "=", 102, **CNT),
    R("có hơn «35.700 dự án", "dự án của giáo viên được hoàn thành", ">", 35700, **CNT),
    R("tổ chức «14 lớp", "lớp trực tiếp và trực tuyến đào tạo về kỹ năng sử dụng công nghệ thông tin gắn với yêu "
      "cầu chuyển đổi số", "=", 14, **CNT, iid="hr.dx_training_courses_count"),
    R("cho hơn «510 học viên", "học viên được đào tạo về kỹ năng sử dụng công nghệ thông tin gắn với yêu cầu chuyển "
      "đổi số", ">", 510, **CNT),
    R("của «1.400 tổ", "tổ công nghệ số cộng đồng duy trì hoạt động", "=", 1400, **CNT,
      iid="aware.community_digital_teams_count"),
    R("của hơn «10.000 người", "người tham gia tổ công nghệ số cộng đồng", ">", 10000, **CNT,
      iid="aware.community_digital_team_members_count"),
])

# --------------------------------------------------------------------------
# 03 Sơn La, "Bình dân học vụ số" (kinhtekinhdoanh.com; no date shown). One
# target: "đến hết năm 2026, 100% lãnh đạo, cán bộ, chiến sĩ Công an tỉnh sẽ được
# phổ cập kiến thức cơ bản về chuyển đổi số, kỹ năng số" (>=, 2026; no id:
# police officers are not the catalogue's "cán bộ, công chức, viên chức"; a
# judgement). Results of the youth union "Theo thống kê": "khoảng 78%" (~),
# "67%", "83%" (=), "hơn 4.000 thành viên" (>, count; the volunteer team is not
# a Tổ công nghệ số cộng đồng → no id). Their year: nothing in the text says
# (the page shows no date; "năm 2026" is the target's) → null. No id for the
# youth shares (the catalogue's are of adults). Not quantities: "57-NQ/TW".
# Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_sonla-binh-dan-hoc-vu-so-2026", kind="result", year=None, records=[
    R("năm 2026, «100% lãnh đạo", "lãnh đạo, cán bộ, chiến sĩ Công an tỉnh được phổ cập kiến thức cơ bản về chuyển "
      "đổi số, kỹ năng số theo Khung năng lực số trong công an nhân dân", ">=", 100, kind="target", year=2026),
    R("khoảng «78% số thanh thiếu nhi", "số thanh thiếu nhi đã được tiếp cận các hoạt động nâng cao năng lực số do "
      "đoàn, hội các cấp triển khai", "~", 78),
    R("«67% số thanh niên", "số thanh niên sử dụng dịch vụ công trực tuyến", "=", 67),
    R("«83% số thanh niên", "số thanh niên sử dụng tài khoản thanh toán điện tử", "=", 83),
    R("có hơn «4.000 thành viên", "Đội tình nguyện trực tiếp tại cơ sở có thành viên", ">", 4000, **CNT),
])

# --------------------------------------------------------------------------
# 04 Điện Biên, "Bình dân học vụ số" (linh.pro; no date shown; a precision
# text). Two results: "75 đội hình thanh niên tình nguyện" (count, =; teams
# formed to help people with online public services) and "trên 50.000 người dân
# và hộ gia đình ... được ... phổ cập k[iến thức]" (>, count;
# hr.population_digital_skills_trained_count). Year: "Từ ngày 1/7" names no
# year and the page shows none → null. Not quantities: "45 xã và phường" (the
# communes of the two-level government, an administrative fact, no indicator of
# the transformation; a judgement), "1/7", "hàng trăm" (no digits). Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_dienbien-binh-dan-hoc-vu-so-2025-precision", kind="result", year=None, records=[
    R("tổ chức «75 đội hình", "đội hình thanh niên tình nguyện bám sát địa bàn", "=", 75, **CNT),
    R("có trên «50.000 người", "người dân và hộ gia đình tại tỉnh Điện Biên được lực lượng Đoàn viên thanh niên các "
      "Tổ Công nghệ số cộng đồng tới tận nhà phổ cập k", ">", 50000, **CNT,
      iid="hr.population_digital_skills_trained_count"),
])

# --------------------------------------------------------------------------
# 05 Sơn La, Mộc Châu ward's AI training (viettimes.vn; the excerpt opens with
# the crawler's stamp " date 2025-08-08", kept as returned; a precision text).
# One quantity: "Hơn 200 cán bộ nòng cốt chuyển đổi số ... đã tham gia Hội nghị
# tập huấn nâng cao kiến thức về Trí tuệ nhân tạo" (result, >, count, 2025): the
# officials trained are the training's result, not an event's guests (a
# judgement; the spec's "hơn 50 cơ quan báo chí" attend an event). No id (the
# catalogue holds shares of officials trained). The photo caption repeating
# "hơn 200 cán bộ" was cut. Not quantities: "4 chuyên đề chính" (the course's
# parts), "8/8", "57-NQ/TW", "22/12/2024", "năm 2030", "năm 2045",
# "142/KH-UBND", "năm 2025", the stamp. Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_sonla-mocchau-tap-huan-ai-2025-precision", kind="result", year=2025, records=[
    R("Hơn «200 cán bộ", "cán bộ nòng cốt chuyển đổi số tại phường Mộc Châu đã tham gia Hội nghị tập huấn nâng cao "
      "kiến thức về Trí tuệ nhân tạo (AI)", ">", 200, **CNT),
])

# --------------------------------------------------------------------------
# 06 Ninh Thuận, contracts for press coverage of the province
# (baoninhthuan.com.vn; no date shown; a precision text). Money, as the spec's
# "tổng số tiền gần 40 tỷ đồng": "tổng kinh phí 1,110 tỷ đồng" (1.11e9),
# "tổng kinh phí 260 triệu đồng" (2.6e8), both results (=, contracts signed);
# "với kinh phí từ 20-60 triệu đồng/cơ quan báo chí" (between 2e7-6e7, unit
# "đồng/cơ quan báo chí"). Year: nothing dates the contracts → null. No id
# (inst.dx_funding_amount is money for the transformation). Not quantities: "3
# cơ quan báo chí", "2 cơ quan" (the contracts' partners, as the spec's
# participants), "6 nội dung trọng tâm" (a count of tasks), "(1)", "(2)",
# "XIV", "2020-2025", "2025-2030". Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_ninhthuan-hop-dong-tuyen-truyen-bao-chi-precision", kind="result", year=None, records=[
    R("tổng kinh phí «1,110 tỷ", "tổng kinh phí hợp đồng tuyên truyền với Cơ quan Thông tấn xã Việt Nam, Đài Tiếng "
      "nói Việt Nam và Trung tâm Truyền hình Việt Nam tại TP. Hồ Chí Minh", "=", 1.11e9, **DONG),
    R("tổng kinh phí «260 triệu", "tổng kinh phí hợp đồng tuyên truyền với Báo Nhân Dân, Báo Đại biểu Nhân dân", "=",
      2.6e8, **DONG),
    R("kinh phí từ «20-60", "kinh phí hợp đồng tuyên truyền với các cơ quan báo và tạp chí khác", "between", 2e7,
      value_max=6e7, unit="other", unit_text="đồng/cơ quan báo chí"),
])

# --------------------------------------------------------------------------
# 07 Hòa Bình, digital transformation in poverty reduction (baohoabinh.com.vn;
# no date shown). Year: "Trong 3 năm (2022 - 2024)" → 2024 (the end of the
# period the results are counted over; a judgement) for its sentence and for the
# equipment of the first paragraph (no year of its own, the page's one period).
# Results, all counts: the equipment "89 máy tính xách tay, 51 máy in, 27 máy
# scan, 4 bộ máy tính để bàn, 1 hệ thống hội nghị trực tuyến" (five records, a
# breakdown by kind of thing); "hơn 1.000 lao động" (>) and "88 phiên giao dịch
# việc làm"; "14 hội nghị tập huấn", "88 xã" (equipped), "71 phóng sự", "78
# chương trình truyền thanh", "hơn 13.000 bản tin" (>), "33.000 cuốn sổ tay"
# (=: "hơn" read on the first number only, as set69). No ids (the broadcasts are
# about poverty reduction, not aware.dx_news_articles_count's news on the
# transformation; the trainings are not counted as DX classes; a judgement).
# Not quantities: "Dự án 6" (a name), "2022 - 2024". Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_hoabinh-truyen-thong-giam-ngheo-2022-2024", kind="result", year=2024, records=[
    R("«89 máy tính xách tay", "máy tính xách tay cấp phát về các huyện nghèo", "=", 89, **CNT),
    R("«51 máy in", "máy in cấp phát về các huyện nghèo", "=", 51, **CNT),
    R("«27 máy scan", "máy scan cấp phát về các huyện nghèo", "=", 27, **CNT),
    R("«4 bộ máy tính để bàn", "bộ máy tính để bàn cấp phát về các huyện nghèo", "=", 4, **CNT),
    R("«1 hệ thống hội nghị trực tuyến", "hệ thống hội nghị trực tuyến cấp phát về các huyện nghèo", "=", 1, **CNT),
    R("hơn «1.000 lao động", "lao động từ các vùng khó đã có cơ hội kết nối doanh nghiệp", ">", 1000, **CNT),
    R("qua «88 phiên", "phiên giao dịch việc làm lưu động và sàn trực tuyến", "=", 88, **CNT),
    R("tổ chức «14 hội nghị", "hội nghị tập huấn", "=", 14, **CNT),
    R("thiết bị cho «88 xã", "xã có điều kiện kinh tế đặc biệt khó khăn được tăng cường thiết bị", "=", 88, **CNT),
    R("phát sóng «71 phóng sự", "phóng sự phát sóng", "=", 71, **CNT),
    R("«78 chương trình truyền thanh", "chương trình truyền thanh", "=", 78, **CNT),
    R("hành hơn «13.000 bản tin", "bản tin giảm nghèo bền vững in và phát hành", ">", 13000, **CNT),
    R("«33.000 cuốn sổ tay", "cuốn sổ tay tuyên truyền in và phát hành", "=", 33000, **CNT),
])

# --------------------------------------------------------------------------
# 08 Yên Bái, carrying out Resolution 51-NQ/TU (vccinews.vn, byline
# "09:16:26 | 18/10/2024" → `date 2024-10`, 2024; a precision text). One
# quantity: "đã xây dựng và ban hành 76 văn bản lãnh đạo, chỉ đạo, tổ chức thực
# hiện" (result, =, count; inst.dx_policy_documents_count). Not quantities:
# "2021 - 2025", "khóa XIX", "51-NQ/TU", "22/7/2021", "năm 2030", "Nghị quyết
# 51", "15/CTr-UBND", "26/10/2021", "2015/QĐ-UBND", "03/10/2023", "2023 - 2030".
# Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_yenbai-van-ban-cds-2024-precision", kind="result", year=2024, records=[
    R("ban hành «76 văn bản", "Tỉnh ủy, HĐND, UBND tỉnh đã xây dựng và ban hành văn bản lãnh đạo, chỉ đạo, tổ chức "
      "thực hiện Nghị quyết 51", "=", 76, **CNT, iid="inst.dx_policy_documents_count"),
])

# --------------------------------------------------------------------------
# 09 Sóc Trăng, a tag page (m.xosobinhdinh.org; a precision text). One
# quantity: "Năm 2021, Sóc Trăng có chỉ số hài lòng về sự phục vụ hành chính
# (SIPAS) ... xếp thứ 9/63 tỉnh, thành" (result, rank, =, 2021; no id: the
# catalogue's rank.sipas is the index value in %, not the place). Not
# quantities: "tăng 5 bậc" (a change against 2020), "120 căn nhà đại đoàn kết"
# (houses for poor households, no indicator of the transformation; a
# judgement), "24-11", "năm 2020". Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_soctrang-sipas-2021-precision", kind="result", year=2021, records=[
    R("xếp thứ «9/63", "Sóc Trăng có chỉ số hài lòng về sự phục vụ hành chính (SIPAS) xếp thứ tỉnh, thành", "=", 9,
      **RANK),
])

# --------------------------------------------------------------------------
# 10 Đề án 146 on digital skills and human resources, national (baodantoc.vn,
# byline "14:45, 28/02/2022" → `date 2022-02`). One quantity: "Mục tiêu đến năm
# 2030 đạt 90% số người dân trong độ tuổi lao động biết đến các loại hình dịch vụ
# công trự[c tuyến]" (target, >=, 2030; no id, as 01's third). Pillar: the page
# title "Phổ cập kỹ năng và phát triển nguồn nhân lực chuyển đổi số quốc gia"
# names nhân lực → digital_human_resources (a page title is the heading of the
# whole excerpt, as set69's 08; a judgement). Not quantities: "146/QĐ-TTg"
# (twice), "năm 2025", "năm 2030" (in the Đề án's name and the programme's).
# --------------------------------------------------------------------------
D10 = dict(name="10_ca-nuoc-de-an-146-nhan-luc-cds-2022", kind="target", year=2022, records=[
    R("đạt «90% số người dân", "số người dân trong độ tuổi lao động biết đến các loại hình dịch vụ công trự", ">=",
      90, year=2030, pillar=HR),
])

# --------------------------------------------------------------------------
# 11 The national data portal data.gov.vn (a copy on a betting site,
# pro.rgbet01.com, whose second paragraph is garbled with the site's words, kept
# as returned; no date shown). The title "Cổng dữ liệu quốc gia đã có hơn 10.600
# tập dữ liệu" and the body "Tính đến nay, Cổng dữ liệu quốc gia có hơn 10.605 tập
# dữ liệu": two results (>, count; data.open_datasets_count), each statement
# recorded. Year: "tính đến nay" with no date → null ("tháng 8/2020" is when the
# portal started). Pillar: the title names the data portal → digital_data (a
# title naming a pillar's topic, as set69's 08; a judgement). Not quantities:
# "8/2020", "3 thành phần chính", "12 nhóm chủ đề" (the portal's parts, as the
# spec's "gồm 9 chỉ số chính").
# --------------------------------------------------------------------------
D11 = dict(name="11_ca-nuoc-cong-du-lieu-quoc-gia-data-gov", kind="result", year=None, records=[
    R("đã có hơn «10.600 tập", "Cổng dữ liệu quốc gia đã có tập dữ liệu", ">", 10600, **CNT, pillar=DATA,
      iid="data.open_datasets_count"),
    R("có hơn «10.605 tập", "Cổng dữ liệu quốc gia có tập dữ liệu", ">", 10605, **CNT, pillar=DATA,
      iid="data.open_datasets_count"),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
