#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set114).

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
# 01 Bà Rịa - Vũng Tàu, the province's action plan for Resolution 57 as
# adjusted for 2025 (baobariavungtau.com.vn, stamp → `date 2025-04`; "một số
# mục tiêu được điều chỉnh trong năm 2025" → targets of 2025). The list after
# "như:" gives counts: "hơn 30 DN KH-CN" (>), then bare "300 cán bộ nghiên cứu",
# "50 DN đổi mới sáng tạo", "25 nhiệm vụ KH-CN cấp tỉnh triển khai", "20 công
# trình KH-CN cấp tỉnh được nghiệm thu" (>=: "hơn" read on the first number
# only, as set69's 02). "25 nhiệm vụ KH-CN cấp tỉnh" are provincial research
# projects, an output the plan counts, not the plan's own tasks (a judgement:
# recorded). Shares: "trên 40% kết quả KH-CN được ứng dụng" (>), "hơn 10% DN sử
# dụng kết quả nghiên cứu" (>), "15% DN có hoạt động đổi mới" (>=). "tỷ lệ ngân
# sách chi cho ... Nghị quyết 57 năm 2025 là 1%" (a target's "là": >=;
# inst.dx_budget_share, whose wordings include the budget for science,
# technology, innovation and digital transformation). "(trước đó là 3%)": the
# superseded earlier value of that target, not a target in force → NOT (a
# judgement). "Đến ngày 30/5, đảm bảo 100% thủ tục hành chính đủ điều kiện ...
# được triển kh" (>=, 2025; the excerpt ends inside the word, the wording keeps
# what is written; id null: what is deployed is cut off). No id for the S&T
# counts and shares (the catalogue holds digital-technology firms, not S&T
# firms). Pillar null (no heading, the lead-in names none). Not quantities:
# "3/4", "57-NQ/TW", "Nghị quyết số 57", "12 tháng" (a duration), "30/5".
# --------------------------------------------------------------------------
D01 = dict(name="01_bariavungtau-nq57-muc-tieu-dieu-chinh-2025", kind="target", year=2025, records=[
    R("Có hơn «30 DN KH-CN", "DN KH-CN", ">", 30, **CNT),
    R("KH-CN, «300 cán bộ", "cán bộ nghiên cứu KH-CN", ">=", 300, **CNT),
    R("«50 DN đổi mới sáng tạo", "DN đổi mới sáng tạo trên địa bàn tỉnh", ">=", 50, **CNT),
    R("«25 nhiệm vụ KH-CN", "nhiệm vụ KH-CN cấp tỉnh triển khai", ">=", 25, **CNT),
    R("«20 công trình", "công trình KH-CN cấp tỉnh được nghiệm thu", ">=", 20, **CNT),
    R("trên «40% kết quả", "kết quả KH-CN được ứng dụng thực tiễn sau 12 tháng nghiệm thu", ">", 40),
    R("Có hơn «10% DN", "DN sử dụng kết quả nghiên cứu từ viện, trường trong sản xuất, kinh doanh", ">", 10),
    R("kinh doanh và «15% DN", "DN có hoạt động đổi mới quy trình, mô hình kinh doanh", ">=", 15),
    R("năm 2025 là «1%", "tỷ lệ ngân sách chi cho các nhiệm vụ, đề án thực hiện theo Nghị quyết 57", ">=", 1,
      iid="inst.dx_budget_share"),
    R("đảm bảo «100% thủ tục", "thủ tục hành chính đủ điều kiện theo quy định của pháp luật được triển kh", ">=", 100),
], NOT=["(trước đó là «3%)"])

# --------------------------------------------------------------------------
# 02 A national conference held in Gia Lai (Quy Nhơn ward) on budgets for
# science, technology, innovation and digital transformation (vnexpress.net,
# stamp → `date 2025-12`). "nhà nước bảo đảm chi tối thiểu 3% ngân sách cho
# phát triển khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số" (target,
# >=; no year in the sentence → the document's 2025; inst.dx_budget_share).
# "Trong năm 2025, ngân sách bổ sung cho khoa học công nghệ 25.000 tỷ đồng"
# (result, =, 2.5e13 đồng, 2025) and "năm 2026 dự kiến 95.000 tỷ đồng" (a planned
# allocation: target, bare number → >=, 2026; a judgement). No id for the two
# amounts (added budget for science and technology, not digital-transformation
# funding as the catalogue's inst.dx_funding_amount means; a judgement). Place
# null: national figures, Gia Lai is only the venue. Pillar null. Not
# quantities: "10/12", "Nghị định 265", "2026-2030".
# --------------------------------------------------------------------------
D02 = dict(name="02_gialai-hoi-nghi-ngan-sach-khcn-2025", kind="target", year=2025, records=[
    R("chi tối thiểu «3% ngân sách", "ngân sách cho phát triển khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số",
      ">=", 3, iid="inst.dx_budget_share"),
    R("khoa học công nghệ «25.000 tỷ", "ngân sách bổ sung cho khoa học công nghệ", "=", 25000e9, **DONG,
      kind="result"),
    R("dự kiến «95.000 tỷ", "ngân sách bổ sung cho khoa học công nghệ năm 2026", ">=", 95000e9, **DONG,
      year=2026),
])

# --------------------------------------------------------------------------
# 03 Lào Cai (the merged province), plan 98/KH-UBND for the national
# innovation and digital-transformation days of 2025 (doingoailaocai.vn, no
# date shown; "năm 2025" → targets of 2025). "lan tỏa đến 100% doanh nghiệp, hộ
# kinh doanh và thanh niên từ 18-23 tuổi" (>=; one number for the three groups
# together; "18-23 tuổi" is part of the subject) and "đăng ký ít nhất 1.000 tên
# miền id.vn và biz.vn" (>=, count). No ids. Pillar null. Not quantities:
# "98/KH-UBND", "01/10", "10/10", "25/9", "30/10/2025", "57-NQ/TW",
# "1-10/10/2025", "18-23 tuổi", the title's "2025".
# --------------------------------------------------------------------------
D03 = dict(name="03_laocai-kh98-ngay-dmst-cds-2025", kind="target", year=2025, records=[
    R("lan tỏa đến «100% doanh nghiệp", "doanh nghiệp, hộ kinh doanh và thanh niên từ 18-23 tuổi", ">=", 100),
    R("ít nhất «1.000 tên miền", "đăng ký tên miền id.vn và biz.vn", ">=", 1000, **CNT),
])

# --------------------------------------------------------------------------
# 04 Phú Thọ (merged from Phú Thọ, Vĩnh Phúc and Hòa Bình), steering
# committees for Resolution 57 (baophutho.vn, stamp → `date 2025-09`; a
# precision text). One quantity: "148 xã, phường đã thành lập Ban Chỉ đạo"
# (result, =, count, 2025; no id: the catalogue's aware.dx_steering_committees_share
# is a share). Not quantities: "3 tỉnh" (the provinces merged), "57-NQ/TW",
# "204-QĐ/TW", "02-KH/BCĐTW". Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_phutho-ban-chi-dao-148-xa-2025-precision", kind="result", year=2025, records=[
    R("UBND tỉnh và «148 xã", "xã, phường đã thành lập Ban Chỉ đạo để lãnh đạo, chỉ đạo tổ chức triển khai nhiệm vụ "
      "thực hiện Nghị quyết 57-NQ/TW", "=", 148, **CNT),
])

# --------------------------------------------------------------------------
# 05 Thanh Hóa (its party secretary Nguyễn Doãn Anh chairs), the provincial
# steering committee's briefing on Resolution 57 for the first quarter of 2025
# (lite.baomoi.com, no date shown; a precision text). No quantity: "2 quyết
# định thành lập, kiện toàn Ban Chỉ đạo" counts the committee's own founding
# decisions (like a count of tasks; not the catalogue's DX policy documents;
# a judgement). Not quantities: "26/4", "57-NQ/TW", "22/12/2024", "quý I/2025".
# --------------------------------------------------------------------------
D05 = dict(name="05_thanhhoa-giao-ban-ban-chi-dao-quy1-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 06 Bình Dương, founding of the provincial steering committee for science,
# technology, innovation and digital transformation (binhduong.gov.vn, no date
# shown (the address holds 2025/02); a precision text). No quantity: "gồm 17
# thành viên" is the committee's membership (as the spec's participants of an
# event). Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_binhduong-ban-chi-dao-17-thanh-vien-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 07 Lào Cai (merged with Yên Bái), the press briefing before the first
# congress of the provincial party organisation (tienphong.vn, stamp → `date
# 2025-09`). "Các chỉ tiêu nhiệm kỳ mới ...: GRDP năm 2030 đạt 240 nghìn tỷ đồng"
# (target, >=, 2.4e14 đồng), "GRDP bình quân đầu người 136 triệu đồng" (>=,
# 1.36e8 đồng), "kinh tế số chiếm khoảng 20%" (~, econ.digital_economy_gdp_share:
# GRDP is the denominator the list names), "có trên 18.000 doanh ng" (>, count;
# the excerpt ends inside the word, the wording keeps what is written); all of
# the term's targets → year 2030. Not quantities: the new province's area
# "13.257 km2" and population "1,65 triệu người" (facts of the province, no
# target or result; a judgement), "27/9", "2025 - 2030", "2020 - 2025", "lần
# thứ I". Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_laocai-dai-hoi-chi-tieu-2030", kind="target", year=2030, records=[
    R("GRDP năm 2030 đạt «240 nghìn", "GRDP", ">=", 240e12, **DONG),
    R("đầu người «136 triệu", "GRDP bình quân đầu người", ">=", 136e6, **DONG),
    R("chiếm khoảng «20%", "kinh tế số", "~", 20, iid="econ.digital_economy_gdp_share"),
    R("có trên «18.000 doanh", "doanh ng", ">", 18000, **CNT),
])

# --------------------------------------------------------------------------
# 08 Đà Nẵng (merged with Quảng Nam), plan 80 on digital infrastructure
# (thanhnien.vn, stamp → `date 2025-10`; "đến năm 2027" → targets of 2027). The
# lead-in "Kế hoạch số 80 về phát triển hạ tầng số ... đặt mục tiêu" names hạ
# tầng số → pillar digital_infrastructure for the list it opens (spec's decided
# case), the adults' signatures included (the lead-in decides). Four targets:
# "100% thôn bản sẽ có sóng di động băng rộng" (infra.mobile_village_coverage_share),
# "100% thôn, bản được phủ cáp quang cố định (FTTH)" (infra.fibre_village_coverage_share),
# "100% nhà văn hóa thôn, khối phố có wifi miễn phí" (infra.village_wifi_share),
# "trên 50% dân số trưởng thành có chữ ký số ..." (>, society.adult_digital_signature_share).
# Not quantities: "Kế hoạch số 80". Villages are the subject, scope null.
# --------------------------------------------------------------------------
D08 = dict(name="08_danang-kh80-ha-tang-so-thon-ban-2027", kind="target", year=2027, records=[
    R("năm 2027, «100% thôn bản", "thôn bản sẽ có sóng di động băng rộng", ">=", 100, pillar=INFRA,
      iid="infra.mobile_village_coverage_share"),
    R("«100% thôn, bản được phủ", "thôn, bản được phủ cáp quang cố định (FTTH)", ">=", 100, pillar=INFRA,
      iid="infra.fibre_village_coverage_share"),
    R("«100% nhà văn hóa", "nhà văn hóa thôn, khối phố có wifi miễn phí phục vụ cộng đồng", ">=", 100, pillar=INFRA,
      iid="infra.village_wifi_share"),
    R("trên «50% dân số", "dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân", ">", 50, pillar=INFRA,
      iid="society.adult_digital_signature_share"),
])

# --------------------------------------------------------------------------
# 09 Science and technology's share of GDP in 2025, national (thanhtra.com.vn,
# byline "Thứ hai, 05/01/2026 - 21:57" cut → `date 2026-01`; the results are of
# "năm 2025"). Lead: "ước đạt khoảng 2,5% GDP, tương đương hơn 320 nghìn tỷ
# đồng" (~ 2.5; > 3.2e14 đồng). Body: "khoảng 1,68% GDP" (~), "khoảng 0,81%"
# (~), "chiếm khoảng 2,5% GDP" (~, stated again), "tương đương 320,4 nghìn tỷ
# đồng" (=, 3.204e14). No ids (science and technology's contribution, not the
# digital economy's). Not quantities: "tăng 16,3% so với năm 2024", "tăng
# khoảng 51% so với năm 2020" (changes against earlier values → NOT), "57-NQ/TW",
# "tháng 6/2025" (none: that line was a cut caption). Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_ca-nuoc-khcn-dong-gop-gdp-2025", kind="result", year=2025, records=[
    R("ước đạt khoảng «2,5% GDP, tương đương hơn", "tổng đóng góp trực tiếp và gián tiếp của khoa học và công nghệ",
      "~", 2.5),
    R("tương đương hơn «320 nghìn", "tổng đóng góp trực tiếp và gián tiếp của khoa học và công nghệ", ">", 320e12,
      **DONG),
    R("trực tiếp khoảng «1,68%", "hoạt động khoa học và công nghệ đóng góp trực tiếp GDP", "~", 1.68),
    R("gián tiếp khoảng «0,81%", "tác động lan tỏa gián tiếp của hoạt động khoa học và công nghệ", "~", 0.81),
    R("chiếm khoảng «2,5% GDP, tương đương 320", "tổng tác động trực tiếp và gián tiếp của khoa học và công nghệ",
      "~", 2.5),
    R("tương đương «320,4 nghìn", "tổng tác động trực tiếp và gián tiếp của khoa học và công nghệ", "=", 320.4e12,
      **DONG),
], NOT=["tăng «16,3% so với", "tăng khoảng «51% so với"])

# --------------------------------------------------------------------------
# 10 Gia Lai (merged with Bình Định), results of the 2020-2025 term reported
# to the congress (vietnamnet.vn, stamp → `date 2025-10`). Results, year 2025
# (the term and the period "2021-2025" end in 2025; "đến cuối năm 2025" for the
# budget): "tốc độ tăng trưởng kinh tế bình quân giai đoạn 2021-2025 đạt 6,71%"
# (=), "GRDP bình quân đầu người đạt 3.555 USD/người/năm" (=, other
# "USD/người/năm"), "tỷ trọng công nghiệp - xây dựng và dịch vụ chiếm 78,31%"
# (=), "thu ngân sách ... ước đạt 27.000 tỷ đồng" (=, 2.7e13 đồng). No ids (not
# digital-transformation measures). Not quantities: "2021-2025". Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_gialai-dai-hoi-ket-qua-2021-2025", kind="result", year=2025, records=[
    R("đạt «6,71%", "tốc độ tăng trưởng kinh tế bình quân giai đoạn 2021-2025", "=", 6.71),
    R("đạt «3.555 USD", "GRDP bình quân đầu người", "=", 3555, unit="other", unit_text="USD/người/năm"),
    R("chiếm «78,31%", "tỷ trọng công nghiệp - xây dựng và dịch vụ", "=", 78.31),
    R("ước đạt «27.000 tỷ", "thu ngân sách", "=", 27000e9, **DONG),
])

# --------------------------------------------------------------------------
# 11 The science and technology sector's review of 2025, national (sggp.org.vn,
# no date shown; "tổng kết công tác năm 2025" → results of 2025). "Cả nước có hơn
# 80.000 doanh nghiệp công nghệ số" (>, count, econ.digital_tech_enterprises_count),
# "trên 2.000 doanh nghiệp đã mở rộng ra thị trường nước ngoài" (>, count).
# "doanh thu đạt 5.465.000 tỷ đồng" (=, 5.465e15 đồng; no id: the whole S&T
# sector's revenue, wider than the catalogue's IT and telecoms revenue; a
# judgement), "đóng góp ngân sách nhà nước đạt 115.000 tỷ đồng" (=, 1.15e14),
# "đóng góp trực tiếp vào GDP đạt 1.400.000 tỷ đồng" (=, 1.4e15). "xếp hạng
# 44/139 quốc gia về Chỉ số Đổi mới sáng tạo toà[n cầu]" (rank =, 44,
# rank.wipo_gii). Not quantities: "tăng 25%", "tăng 11%", "tăng 35% so với năm
# 2024" (changes → NOT), "26-12", "34 tỉnh, thành phố" (the conference's online
# points: participants of an event). Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_ca-nuoc-nganh-khcn-tong-ket-2025", kind="result", year=2025, records=[
    R("có hơn «80.000 doanh nghiệp", "doanh nghiệp công nghệ số", ">", 80000, **CNT,
      iid="econ.digital_tech_enterprises_count"),
    R("trên «2.000 doanh nghiệp", "doanh nghiệp đã mở rộng ra thị trường nước ngoài", ">", 2000, **CNT),
    R("doanh thu đạt «5.465.000", "doanh thu của toàn ngành KH-CN", "=", 5465000e9, **DONG),
    R("nhà nước đạt «115.000", "đóng góp ngân sách nhà nước của toàn ngành KH-CN", "=", 115000e9, **DONG),
    R("GDP đạt «1.400.000", "đóng góp trực tiếp vào GDP của toàn ngành KH-CN", "=", 1400000e9, **DONG),
    R("xếp hạng «44/139", "Việt Nam xếp hạng quốc gia về Chỉ số Đổi mới sáng tạo toà", "=", 44, **RANK,
      iid="rank.wipo_gii"),
], NOT=["tăng «25%;", "tăng «11%;", "tăng «35% so với"])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
