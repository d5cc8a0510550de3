#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set133).

Copied from set69's builder (itself from set47's, set45's, ... and the seeds'). Each
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


# --------------------------------------------------------------------------
# 01 Hà Tĩnh, the Youth Union's first week of the Youth Month (baohatinh.vn;
# no date shown, and the text names no year: "kỷ niệm 95 năm thành lập Đoàn"
# gives one only by arithmetic → year null on every record, a judgement).
# Results of the digital work only: "75 đội hình “Bình dân học vụ số”" (=,
# count), "gần 300 thành viên" (~, count: the members of those teams; no id,
# aware.community_digital_team_members_count is of community digital teams),
# "gần 300 tổ công nghệ số cộng đồng" (~, aware.community_digital_teams_count),
# "60 lớp tập huấn kỹ năng số" (=, hr.dx_training_courses_count), "hơn 1.500
# đoàn viên, người dân" (>, hr.population_digital_skills_trained_count), "hơn
# 1.800 lượt đoàn viên tham gia hỗ trợ tại ... trung tâm hành chính công" (>,
# count; no id). Not quantities: "69 trung tâm hành chính công cấp xã" (where
# the support took place, not a value reached; a judgement), and every number of
# the Youth Union's other work, no target or result of the transformation (a
# judgement, as set69's "chiếm gần 90%"): "1.000 tin, bài", "50 hoạt động", "80
# diễn đàn", "95 năm", "152 đoàn viên", the houses, blood, clinics, volunteers,
# roads ("6,7 km", "8,5 km"), money ("450 triệu đồng", "250 triệu đồng", "200
# triệu đồng"), careers. Pillar null (no heading).
# --------------------------------------------------------------------------
D01 = dict(name="01_hatinh-doan-thang-thanh-nien-ky-nang-so", kind="result", year=None, records=[
    R("duy trì «75 đội hình", "đội hình “Bình dân học vụ số”", "=", 75, **CNT),
    R("với gần «300 thành viên", "thành viên đội hình “Bình dân học vụ số”", "~", 300, **CNT),
    R("và gần «300 tổ công nghệ", "tổ công nghệ số cộng đồng", "~", 300, **CNT,
      iid="aware.community_digital_teams_count"),
    R("tổ chức «60 lớp tập huấn kỹ năng số", "lớp tập huấn kỹ năng số", "=", 60, **CNT,
      iid="hr.dx_training_courses_count"),
    R("cho hơn «1.500 đoàn viên, người dân", "đoàn viên, người dân được tập huấn kỹ năng số", ">", 1500, **CNT,
      iid="hr.population_digital_skills_trained_count"),
    R("hơn «1.800 lượt", "lượt đoàn viên tham gia hỗ trợ tại trung tâm hành chính công cấp xã", ">", 1800, **CNT),
])

# --------------------------------------------------------------------------
# 02 The Youth Union's Youth Month 2023, national (baodanang.vn; no date shown;
# "tháng Thanh niên năm 2023" → 2023). Results of the digital work only:
# "42.309 hoạt động chuyển đổi số" (=, count) and "hơn 5 triệu người thụ
# hưởng" (>, count 5e6). No ids (no catalogue indicator counts them). Not
# quantities (other fields of the month, no result of the transformation; a
# judgement): "22.975 công trình" (title and body), "302 tỷ đồng", "1.436 hoạt
# động", "90.791", "184.713", "23 tập thể"; "gấp 2,7 lần so với năm 2022" (a
# change); dates "14-4". Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_ca-nuoc-doan-thang-thanh-nien-2023", kind="result", year=2023, records=[
    R("triển khai «42.309 hoạt động", "hoạt động chuyển đổi số các cơ sở Đoàn triển khai", "=", 42309, **CNT),
    R("với hơn «5 triệu người", "người thụ hưởng hoạt động chuyển đổi số", ">", 5e6, **CNT),
])

# --------------------------------------------------------------------------
# 03 Lai Châu's Border Guard, an interview (vietnamnet.vn, stamp 2025-11-26 →
# `date 2025-11`, 2025). Results: "18 máy tính quân sự" (=, count), "52 máy
# tính bảng kiểm định bảo mật" (=, count), "tỷ lệ văn bản ký số đạt 100%" (=;
# egov.electronic_documents_share, the border guard's documents signed
# digitally, a judgement). No ids for the computers. Not quantities: "QS2" (a
# name). Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_laichau-bdbp-chu-ky-so-2025", kind="result", year=2025, records=[
    R("trang bị «18 máy tính", "máy tính quân sự Bộ đội Biên phòng tỉnh Lai Châu trang bị", "=", 18, **CNT),
    R("quân sự, «52 máy tính bảng", "máy tính bảng kiểm định bảo mật", "=", 52, **CNT),
    R("ký số đạt «100%", "tỷ lệ văn bản ký số", "=", 100, iid="egov.electronic_documents_share"),
])

# --------------------------------------------------------------------------
# 04 Lai Châu's border area (vietnamnet.vn, stamp 2025-11-18 → `date 2025-11`;
# a precision text). One quantity: the survey's "còn 2.004 hộ chưa sở hữu điện
# thoại thông minh" (result, =, count, year 2025 from the date line: the survey
# names no year; no id, the catalogue holds the share of households with one).
# Not quantities: "11 xã biên giới", "hơn 119.000 nhân khẩu" (the area's size),
# "3G, 4G" (names). Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_laichau-bien-gioi-dien-thoai-2025-precision", kind="result", year=2025, records=[
    R("vẫn còn «2.004 hộ", "hộ chưa sở hữu điện thoại thông minh toàn vùng biên", "=", 2004, **CNT),
])

# --------------------------------------------------------------------------
# 05 The Border Guard's gate control, national (vietnamnet.vn; no date shown,
# no year named → year null). Results: "19 thủ tục biên phòng điện tử theo Cơ
# chế một cửa quốc gia" (=, count; no id: border procedures, not the online
# public services the catalogue counts; a judgement); the check time reached
# "khoảng 30 giây mỗi lượt" (~, other "giây"), and at the Autogate "13 – 15
# giây/lượt" (between 13-15, other "giây"). The earlier time "3 phút" is the
# start of a change, no value reached (a judgement). Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_ca-nuoc-bdbp-thu-tuc-bien-phong-dien-tu", kind="result", year=None, records=[
    R("triển khai «19 thủ tục", "thủ tục biên phòng điện tử theo Cơ chế một cửa quốc gia", "=", 19, **CNT),
    R("còn khoảng «30 giây", "thời gian kiểm soát tại cửa khẩu cảng mỗi lượt", "~", 30, unit="other",
      unit_text="giây"),
    R("còn «13 – 15", "thời gian làm thủ tục qua cổng kiểm soát tự động (Autogate) tại các cửa khẩu quốc tế",
      "between", 13, value_max=15, unit="other", unit_text="giây"),
])

# --------------------------------------------------------------------------
# 06 The Ministry of Defence's digital work (nhandan.vn; no date shown; "Tính
# đến tháng 6/2022" → 2022 for all). Results: the new version of the document
# software "triển khai đến 100% các cơ quan, đơn vị đầu mối trực thuộc Bộ Quốc
# phòng" (=, egov.document_system_use_share, a judgement), "47 thủ tục hành
# chính thực hiện mức độ toàn trình" integrated on the portals (=, count,
# egov.national_portal_integrated_services_count: the predicate is the
# integration, a judgement), "13/14 đơn vị đầu mối" with the military LAN (=,
# count 13; "/14" the denominator). Pillar null ("Coi trọng ứng dụng công nghệ
# thông tin" names no pillar; "Chính phủ điện tử" stands in a sentence after
# the figures, no lead-in).
# --------------------------------------------------------------------------
D06 = dict(name="06_ca-nuoc-bo-quoc-phong-tthc-2022", kind="result", year=2022, records=[
    R("triển khai đến «100% các", "các cơ quan, đơn vị đầu mối trực thuộc Bộ Quốc phòng áp dụng phần mềm phiên bản "
      "mới", "=", 100, iid="egov.document_system_use_share"),
    R("tích hợp được «47 thủ tục", "thủ tục hành chính thực hiện mức độ toàn trình tích hợp lên Cổng dịch vụ Bộ "
      "Quốc phòng và Cổng dịch vụ công quốc gia", "=", 47, **CNT,
      iid="egov.national_portal_integrated_services_count"),
    R("đã có «13/14", "đơn vị đầu mối trực thuộc Tổng cục triển khai mạng máy tính nội bộ quân sự", "=", 13,
      **CNT),
])

# --------------------------------------------------------------------------
# 07 Bến Tre's Women's Union (phunuvietnam.vn; no date shown, no year named →
# year null). Results: "gần 100% văn bản đi, đến đều là văn bản điện tử" (~;
# egov.electronic_documents_share, as 03, a judgement) and "100% Hội LHPN cấp
# huyện, cơ sở đều thành lập fanpage, Facebook" (=; one value for both levels →
# scope null; no id). Not quantities: "157 cơ sở Hội" (the union's size),
# "4.0" (a name). Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_bentre-hoi-phu-nu-van-ban-dien-tu", kind="result", year=None, records=[
    R("gần «100% văn bản", "văn bản đi, đến đều là văn bản điện tử", "~", 100, iid="egov.electronic_documents_share"),
    R("này, «100% Hội", "Hội LHPN cấp huyện, cơ sở đều thành lập fanpage, Facebook", "=", 100),
])

# --------------------------------------------------------------------------
# 08 The Farmers' Union "Hội Nông dân 5.0", Quảng Trị (congthuong.vn; no date
# shown). One quantity: "35.420 hộ sản xuất nông nghiệp được đưa sản phẩm lên
# sàn thương mại điện tử Quangtri.Postmart" (result, =, count; no id: the
# catalogue holds the share). Year 2025: "Chỉ trong 5 năm" of the programme
# "giai đoạn 2021-2025" (a judgement; the text's "Năm 2024" opens another
# paragraph). Not quantities: "5.0", "4.0" (names), "2021-2025", "5 năm".
# Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_quangtri-hoi-nong-dan-postmart", kind="result", year=2025, records=[
    R("đã có «35.420 hộ", "hộ sản xuất nông nghiệp được đưa sản phẩm lên sàn thương mại điện tử Quangtri.Postmart",
      "=", 35420, **CNT),
])

# --------------------------------------------------------------------------
# 09 Phú Thọ's Farmers' Union training (baophutho.vn, stamp 2025-12-24 → `date
# 2025-12`; "giai đoạn 2023-2025" → 2025). The training named includes "thương
# mại điện tử, ứng dụng công nghệ số", so its figures are recorded (a judgement):
# the title's "Gần 115 nghìn lượt hội viên, nông dân được tập huấn" (~, 115000)
# and the body's "935 lớp tập huấn" (=, count) and "114.498 lượt người" (=,
# count). No ids (courses of trades and farming, not digital-skills courses
# only). Not quantities: "532 tổ hội", "6.111 thành viên", "328 chi hội",
# "5.131 thành viên" (the union's organisation). Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_phutho-hoi-nong-dan-tap-huan-2025", kind="result", year=2025, records=[
    R("Gần «115 nghìn", "lượt hội viên, nông dân được tập huấn, đào tạo nghề, chuyển giao khoa học kỹ thuật", "~",
      115000, **CNT),
    R("tổ chức «935 lớp", "lớp tập huấn, đào tạo nghề, chuyển giao khoa học kỹ thuật", "=", 935, **CNT),
    R("cho «114.498 lượt", "lượt người được tập huấn, đào tạo nghề, chuyển giao khoa học kỹ thuật", "=", 114498,
      **CNT),
])

# --------------------------------------------------------------------------
# 10 Hồ Chí Minh City's 115 emergency switchboard during Covid-19
# (ictnews.vietnamnet.vn; no date shown, no year named → year null). One
# quantity: "khả năng tiếp nhận thành công cuộc gọi đến tổng đài 115 đã đạt
# 99%" (result, =; no id). Not quantities (the demand on the switchboard, not a
# value reached by the transformation; a judgement): "khoảng 1.000 cuộc
# gọi/ngày", "khoảng 120 cuộc", "4.000 cuộc gọi/ngày", "6.000 cuộc"; "tăng từ
# 4-6 lần" (a change); "115", "1022" (numbers of switchboards), "Covid-19".
# Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_hcm-tong-dai-115-cuoc-goi", kind="result", year=None, records=[
    R("đã đạt «99%", "khả năng tiếp nhận thành công cuộc gọi đến tổng đài 115", "=", 99),
])

# --------------------------------------------------------------------------
# 11 Hồ Chí Minh City's field 115 switchboard (nld.com.vn; no date shown, no
# year named → year null). One quantity: "Tổng đài cấp cứu 115 dã chiến được
# trang bị 40 bàn tổng đài viên" (result, =, count; no id). Not quantities:
# "từ 4 ... lên 14 điện thoại viên" (staff), "hơn 5000 cuộc gọi/ngày" (demand),
# "gấp 10 lần" (a change), "24/7", dates "24-7", "25-7", "28-7", "29-7", "0 giờ",
# "115", "Covid-19". Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_hcm-tong-dai-115-da-chien", kind="result", year=None, records=[
    R("trang bị «40 bàn", "bàn tổng đài viên Tổng đài cấp cứu 115 dã chiến được trang bị", "=", 40, **CNT),
])

# --------------------------------------------------------------------------
# 12 Đà Nẵng's ambulance app (vnexpress.net; no date shown, no year named →
# year null; a precision text). One quantity: "gần 2.500 lượt xe cấp cứu 115
# được điều hành, quản lý trên hệ thống" (result, ~, count; no id). Not
# quantities: "21/9", "5/8", "15/9" (dates), "115" (a name). Pillar null.
# --------------------------------------------------------------------------
D12 = dict(name="12_danang-app-xe-cap-cuu-115-precision", kind="result", year=None, records=[
    R("gần «2.500 lượt", "lượt xe cấp cứu 115 được điều hành, quản lý trên hệ thống", "~", 2500, **CNT),
])

# --------------------------------------------------------------------------
# 13 A national emergency number proposed (cafef.vn, stamp 2025-09-11 → `date
# 2025-09`, 2025; a precision text). One quantity, the subheading "Trung tâm
# cấp cứu 115 chỉ đáp ứng 10-20% nhu cầu" (result, between 10-20; no id; the
# clause is the line). Not quantities: "113, 114, 115", "113-114-115" (names),
# "2025-2030" (the plan's period). Pillar null.
# --------------------------------------------------------------------------
D13 = dict(name="13_ca-nuoc-dau-so-cap-cuu-2025-precision", kind="result", year=2025, records=[
    R("chỉ đáp ứng «10-20%", "Trung tâm cấp cứu 115 đáp ứng nhu cầu", "between", 10, value_max=20, line=True),
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
