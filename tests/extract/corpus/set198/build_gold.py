#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set198).

Copied from set193's builder (itself from set184's, set175's, set173's, ... and the seeds'). Each record
is written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in the
seeds' builder (`line=True` keeps the span to the table cell's line).

Each document may also list NOT: locators of numbers deliberately left without a record (percentages
that are not quantities under the contract: completion against a plan, a change against an earlier
value or a quota, the thresholds that name a group of provinces); check_gold.py verifies that every
percentage has a record or a NOT entry. A document may also list BARE (as set73 did): locators of
percentages whose "%" the page leaves out (06's table cells, whose column header carries the "(%)");
check_gold.py tolerates their unit complaint and nothing else.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue indicator
it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README), given in the
record itself (`iid=`).

The one table text (06) is written with `ROW(...)`: one record per row of the table, located by the
province's own cell and the blank line before its value cell.

Run:  python3 build_gold.py && python3 check_gold.py
"""
import functools
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, CNT, RANK, T, INFRA  # noqa: E402

DONG = dict(unit="other", unit_text="đồng")
TI = 1e9  # "tỉ" / "tỷ"
ONTIME = "egov.on_time_applications_share"
PSI = "rank.public_service_index"
SKILLS = "hr.population_digital_skills_trained_count"

# --------------------------------------------------------------------------
# 01 Gia Lai (the province merged with Bình Định on 1/7/2025), the conference assigning the 2026
# socio-economic indicators, with the results of 2025 (nld.com.vn; the stamp " date 2026-01-10" written
# as the first line; cut: the photo caption "Quang cảnh hội nghị" with the blank line after it; the
# excerpt ends in "năm đầu tiên tr"). Every quantity is a result of 2025 (the report "năm 2025"; the
# 2026 indicators themselves are not in the excerpt). Pillar null (no heading, no lead-in naming a
# pillar). Results: "GRDP tăng 7,2%" (the year's growth rate, =; recorded as set-majority records a
# growth rate stated as the year's value, as "tăng trưởng «6,1%", "tốc độ tăng trưởng GRDP đạt 8%";
# a judgement against set100's NOT of "GRDP tăng 8%"); the economic structure "dịch vụ chiếm 38,60%,
# công nghiệp - xây dựng 28,62%, nông, lâm nghiệp, thủy sản 28,84%" (three records, each its own
# subject, as an earlier set's "thủy sản chiếm khoảng 15%"); "thu hút 192 dự án đầu tư" (count);
# "tổng vốn đăng ký hơn 160.000 tỉ đồng" (>, đồng), "Thu ngân sách nhà nước đạt trên 28.400 tỉ đồng"
# (>), "Giải ngân vốn đầu tư công đạt 14.700 tỉ đồng" (=); "tỷ lệ giải quyết hồ sơ đúng và trước hạn
# đạt 98,6%" (=; egov.on_time_applications_share); "chỉ số "Phục vụ người dân, doanh nghiệp" xếp thứ
# 2/34" (rank =; rank.public_service_index). NOT: "vượt 37,8% dự toán Trung ương giao" (a result's
# excess over a target, spec), "tăng 24,1% so với cùng kỳ" (a change against an earlier value, spec),
# "tương đương 96,6% kế hoạch" (completion against a plan, as the earlier sets' "đạt 102% kế
# hoạch"). Not quantities: "10-1" (a date), "năm 2026", "năm 2025", "sớm hơn 2 tháng" (how far ahead
# of a deadline), the denominator "/34".
# --------------------------------------------------------------------------
D01 = dict(name="01_gialai-giao-chi-tieu-ktxh-2026", kind="result", year=2025, records=[
    R("GRDP tăng «7,2%", "GRDP tăng", "=", 7.2),
    R("dịch vụ chiếm «38,60%", "cơ cấu kinh tế: khu vực dịch vụ chiếm", "=", 38.6),
    R("xây dựng «28,62%", "cơ cấu kinh tế: công nghiệp - xây dựng", "=", 28.62),
    R("thủy sản «28,84%", "cơ cấu kinh tế: nông, lâm nghiệp, thủy sản", "=", 28.84),
    R("thu hút «192 dự án", "dự án đầu tư tỉnh Gia Lai thu hút", "=", 192, **CNT),
    R("ký hơn «160.000 tỉ", "tổng vốn đăng ký của các dự án đầu tư", ">", 160000 * TI, **DONG),
    R("đạt trên «28.400 tỉ", "Thu ngân sách nhà nước", ">", 28400 * TI, **DONG),
    R("công đạt «14.700 tỉ", "Giải ngân vốn đầu tư công", "=", 14700 * TI, **DONG),
    R("trước hạn đạt «98,6%", "tỷ lệ giải quyết hồ sơ đúng và trước hạn", "=", 98.6, iid=ONTIME),
    R("xếp thứ «2/34", "chỉ số Phục vụ người dân, doanh nghiệp xếp thứ tỉnh, thành phố", "=", 2, **RANK, iid=PSI),
], NOT=["vượt «37,8% dự toán", "tăng «24,1% so", "tương đương «96,6% kế"])

# --------------------------------------------------------------------------
# 02 Phú Thọ (merged with Vĩnh Phúc and Hòa Bình), the ten events and results of 2025 (baophutho.vn;
# the stamp " date 2026-02-16" written as the first line; nothing cut; the excerpt ends in "tăng
# trưởng kinh t"). Year 2025. Pillar null (the numbered items name events, no pillar). Results:
# "Chuẩn hóa dữ liệu đảng viên đứng thứ 5 cả nước" (rank =) and "đổi thẻ đảng viên mới đạt trên 99%"
# (>; the clause "triển khai đồng bộ Sổ tay đảng viên điện tử và đổi thẻ đảng viên mới đạt trên 99%"
# gives one value; the subject read as the card exchange it stands beside, a judgement; id null: the
# catalogue's society.party_members_e_handbook_share is the handbook's users). Not quantities: the new
# province's make-up "diện tích 9.361 km2, đứng thứ 15, tiếp giáp với 7 tỉnh, thành phố, quy mô dân số
# hơn 4 triệu người, đứng thứ 11 cả nước, với 148 đơn vị hành chính cấp xã" (facts of the province and
# their places by size, as the earlier sets' "13.257 km2", "1,65 triệu người", "102 đơn vị hành chính
# cấp xã"), "10 sự kiện" (a count of items), "1/7/2025" (a date), "lần thứ I", "2025 - 2030" (a
# term), "2 cấp" (a name), the item labels "1.", "2.", "3.".
# --------------------------------------------------------------------------
D02 = dict(name="02_phutho-10-su-kien-2025", kind="result", year=2025, records=[
    R("đảng viên đứng thứ «5 cả", "Chuẩn hóa dữ liệu đảng viên đứng thứ cả nước", "=", 5, **RANK),
    R("mới đạt trên «99%", "đổi thẻ đảng viên mới", ">", 99),
])

# --------------------------------------------------------------------------
# 03 Hà Nội, Đống Đa ward's climb in the Prime Minister's index of service to citizens and businesses
# after three months of the two-level local government (vietnamplus.vn; the stamp " date 2025-10-10"
# written as the first line; nothing cut; the excerpt ends in "tích h"). Year 2025 (both months are
# of 2025). Pillar null. Results (rank =, place "Đống Đa", the ward the values belong to, not the
# document's city): "Tháng 7/2025, xếp hạng 119/126 xã, phường; tháng 9/2025, vươn lên vị trí 3/126
# xã, phường" (two records; rank.public_service_index, the ward's rank among the city's communes and
# wards, a judgement: the catalogue's is the province's rank). Not quantities: "hơn 3 tháng" (a
# duration), "2 cấp" (a name), "10/10" (a date, twice), "7/2025", "9/2025" (months), the denominators.
# --------------------------------------------------------------------------
D03 = dict(name="03_hanoi-dongda-xep-hang-phuc-vu-2025", kind="result", year=2025, records=[
    R("xếp hạng «119/126", "phường Đống Đa xếp hạng theo Bộ chỉ số của Thủ tướng Chính phủ trên Cổng Dịch vụ công "
      "quốc gia (tháng 7/2025)", "=", 119, **RANK, place="Đống Đa", iid=PSI),
    R("vị trí «3/126", "phường Đống Đa vươn lên vị trí theo Bộ chỉ số của Thủ tướng Chính phủ trên Cổng Dịch vụ "
      "công quốc gia (tháng 9/2025)", "=", 3, **RANK, place="Đống Đa", iid=PSI),
])

# --------------------------------------------------------------------------
# 04 Huế (the city under the two-level government), infrastructure and training for the new
# government, August 2025 (huengaynay.vn; the stamp " date 2025-08-15" written as the first line;
# cut: the photo caption "Dịch vụ bưu chính công ích tham gia cùng chính quyền trong giải quyết thủ
# tục hành chính cho người dân", the rest of the stamp's line, with the blank line after it; the
# excerpt ends in "ở từn"). Year 2025. Pillar digital_infrastructure for both records: the heading
# "Hạ tầng công nghệ đồng bộ" names a topic of the infrastructure pillar (as the earlier sets read
# "Hạ tầng công nghệ thông tin ..."; spec: the heading decides, even for the second record, which
# counts people in online skills courses). Results: "166 điểm đại lý dịch vụ công tại các phường, xã"
# (count =; id null: the catalogue's postal service points are not public-service agents) and "thu
# hút gần 700.000 lượt người tham gia" the Hue-S courses on digital skills (~, count;
# hr.population_digital_skills_trained_count, a judgement: people trained in digital skills, not the
# participants of an event). Not quantities: "19001075" (a telephone number), "hàng trăm nghìn lượt
# xem" (no number), "2 cấp" (a name, twice).
# --------------------------------------------------------------------------
D04 = dict(name="04_hue-ha-tang-chinh-quyen-2-cap-2025", kind="result", year=2025, records=[
    R("công, «166 điểm", "điểm đại lý dịch vụ công tại các phường, xã", "=", 166, **CNT, pillar=INFRA),
    R("thu hút gần «700.000 lượt", "lượt người tham gia các khóa học trực tuyến về kỹ năng sử dụng định danh điện tử, "
      "chữ ký số, thanh toán số (nền tảng Hue-S)", "~", 700000, **CNT, pillar=INFRA, iid=SKILLS),
])

# --------------------------------------------------------------------------
# 05 The 34 provinces and cities, GRDP growth of 2025, the first year after the merger (thanhnien.vn;
# the stamp " date 2026-01-06" written as the first line; nothing cut; the excerpt ends in "nhằm hạn
# ch"). Year 2025 (the growth "năm 2025"). Pillar null. Results: "mức tăng trưởng GDP 2025 chung cả
# nước đạt 8.02%" (=, the point read as a decimal point, as an earlier set's "17.7 triệu"); "tốc độ
# tăng GRDP của các địa phương dao động trong khoảng từ 5,84% đến 11,89%" (between, one range stated
# once); "chỉ có 5 tỉnh có tốc độ tăng trưởng dưới 7%" (count); "với 6/34 tỉnh, thành phố" and "với
# 23/34 tỉnh, thành phố" (counts of the groups, each its own subject); "Quảng Ninh và Hải Phòng ...
# lần lượt là 11,89% và 11,81%" (two records, each with its place); "Vĩnh Long có mức tăng thấp nhất
# là 5,84%" (place Vĩnh Long). NOT: the thresholds that name the groups, "trên 7%", "dưới 7%" (twice),
# "trên 10%", "từ 7,0% - 10%" (the bounds of a group's definition, part of the subject, not a value
# reached; a judgement). Not quantities: "34 tỉnh, thành phố" (the number of provinces reported, a
# size), "Nhóm 5 địa phương tăng trưởng thấp nhất, dưới 7%, gồm: ..." (the lead of a list of names,
# the same group the first "5 tỉnh" counts, as set193's "15 xã ... bao gồm"), the denominators "/34".
# --------------------------------------------------------------------------
D05 = dict(name="05_34tinh-tang-truong-grdp-2025", kind="result", year=2025, records=[
    R("cả nước đạt «8.02%", "mức tăng trưởng GDP 2025 chung cả nước", "=", 8.02),
    R("khoảng từ «5,84% đến", "tốc độ tăng GRDP của các địa phương dao động", "between", 5.84, value_max=11.89),
    R("chỉ có «5 tỉnh", "tỉnh có tốc độ tăng trưởng dưới 7", "=", 5, **CNT),
    R("(với «6/34", "tỉnh, thành phố đạt tăng trưởng kinh tế trên 10", "=", 6, **CNT),
    R("lần lượt là «11,89%", "mức tăng trưởng GRDP Quảng Ninh", "=", 11.89, place="Quảng Ninh"),
    R("11,89% và «11,81%", "mức tăng trưởng GRDP Hải Phòng", "=", 11.81, place="Hải Phòng"),
    R("(với «23/34", "tỉnh, thành phố có tăng trưởng ổn định từ 7,0 - 10", "=", 23, **CNT),
    R("thấp nhất là «5,84%", "Vĩnh Long có mức tăng thấp nhất", "=", 5.84, place="Vĩnh Long"),
], NOT=["trưởng trên «7%", "trưởng dưới «7%", "tế trên «10%", "định từ «7,0%", "7,0% - «10%", "nhất, dưới «7%"])

# --------------------------------------------------------------------------
# 06 The 34 provinces and cities, their GRDP growth targets for 2026-2030 in the draft documents of the
# 14th Party Congress, a table (tintuc.thuvienphapluat.com; cut: the breadcrumb and time "Chính sách
# mới >> Tài chính 29/10/2025 10:39 AM", the byline time "29/10/2025 10:39 AM" on its own line (written
# as the first line `date 2025-10-29`) with the blank line after each, and the links "Xem thêm:",
# ">> Tăng trưởng GRDP 9 tháng năm 2025 của 34 tỉnh thành phố", ">> GRDP bình quân đầu người 34 tỉnh
# thành phố năm 2025 (dự kiến)" with their blank lines; the two lines of one space after the table are
# kept; the excerpt ends in "dịch vụ cuối c"). The table is laid out one cell a line: "Tỉnh, thành phố
# | Tăng trưởng GRDP 2026 - 2030 (%)" twice, then province and value alternating. Targets ("dự kiến",
# the growth the draft sets), year 2030 (the end of the period 2026-2030, as the earlier sets read a
# period's target), pillar null, scope null, id null (no catalogue indicator for GRDP growth). One
# record a row, place the province: "10,5 – 11,0" is `between` (an en dash between two values), a bare
# "10,0" reads as `>=` (a target's bare number, spec); the "%" stands in the column header only (BARE
# entries). "CẢ NƯỚC | Từ 10% trở lên" (>=, the national target; no place). Not quantities: "34 tỉnh
# thành" (the number of provinces, a size), "16684/BTC-NSNN", "05/2023/QĐ-TTg" (documents), "5 năm
# 2021-2025", "5 năm 2026-2030" (periods), "XIV" (no digit).
# --------------------------------------------------------------------------
GROWTH = "tăng trưởng GRDP 2026 - 2030"


def ROW(place, cell, label=None):
    """One table row: `label` the province's cell as written (when the place is spelled otherwise)."""
    label = label or place
    lo, dash, hi = cell.partition(" – ")
    lo_v = float(lo.replace(",", "."))
    if dash:
        return R(f"{label}\n\n«{cell}", GROWTH, "between", lo_v, value_max=float(hi.replace(",", ".")),
                 place=place, line=True)
    return R(f"{label}\n\n«{cell}", GROWTH, ">=", lo_v, place=place, line=True)


ROWS = [("Hà Nội", "10,5 – 11,0"), ("Hưng Yên", "10,0 – 11,0"), ("Thành phố Hồ Chí Minh", "10,0"),
        ("Ninh Bình", "10,5 – 11,0"), ("Hải Phòng", "14,0 – 14,5"), ("Thanh Hóa", "11,0"), ("Huế", "10,0"),
        ("Nghệ An", "11,0 – 12,0"), ("Đà Nẵng", "11,0 – 11,5"), ("Hà Tĩnh", "10,0"), ("Cần Thơ", "10,0 – 10,5"),
        ("Quảng Trị", "9,0 – 10,0"), ("Lai Châu", "10,0"), ("Quảng Ngãi", "9,0 – 9,5"), ("Điện Biên", "11,0"),
        ("Gia Lai", "10,0 – 10,5"), ("Sơn La", "8,0 – 8,5"), ("Đắk Lắk", "11,0 – 11,5"), ("Lào Cai", "10,0"),
        ("Khánh Hòa", "11,0 – 12,0"), ("Phú Thọ", "10,5"), ("Lâm Đồng", "10,0 – 10,5"), ("Tuyên Quang", "10,5"),
        ("Đồng Nai", "10,0"), ("Cao Bằng", "8,0 – 9,0"), ("Tây Ninh", "10,0 – 10,5"), ("Thái Nguyên", "10,5"),
        ("Đồng Tháp", "8,5 – 9,0"), ("Lạng Sơn", "10,0 – 11,0"), ("Vĩnh Long", "10,0 – 10,5"),
        ("Quảng Ninh", "11,0 – 12,0"), ("An Giang", "9,5 – 10,0"), ("Bắc Ninh", "10,5"), ("Cà Mau", "10,0 – 10,5")]
D06 = dict(name="06_34tinh-muc-tieu-grdp-2026-2030", kind="target", year=2030, records=[
    *(ROW(p, c) for p, c in ROWS),
    R("CẢ NƯỚC\n\nTừ «10%", GROWTH + " cả nước", ">=", 10, line=True),
], BARE=[f"{p}\n\n«{c}" for p, c in ROWS])

# --------------------------------------------------------------------------
# 07 The provinces' GRDP growth targets for 2026 set by the Government's Resolution 01/NQ-CP
# (baomoi.net.vn; nothing cut; no byline, no stamp; the fifteen trailing blank lines dropped). Targets
# of 2026 ("Năm 2026"). Pillar null, ids null. "Hải Phòng dẫn đầu mục tiêu tăng trưởng GRDP cả nước
# (13-13,5%)" (between, place Hải Phòng); "Hà Nội, TP Hồ Chí Minh đồng loạt phấn đấu đạt ngưỡng 10%"
# (one record, >=: one value stated once for two cities, as the spec's one value for all levels; no
# place). Not quantities: "Phụ lục II", "01/NQ-CP" (a document), "năm 2026" (a date, three times).
# --------------------------------------------------------------------------
D07 = dict(name="07_34tinh-muc-tieu-grdp-2026", kind="target", year=2026, records=[
    R("cả nước («13-13,5%", "Hải Phòng dẫn đầu mục tiêu tăng trưởng GRDP cả nước", "between", 13, value_max=13.5,
      place="Hải Phòng"),
    R("đạt ngưỡng «10%", "Hà Nội, TP Hồ Chí Minh phấn đấu đạt ngưỡng tăng trưởng", ">=", 10),
])

# --------------------------------------------------------------------------
# 08 Hà Nội and other localities turning Resolution 57 into growth, February 2026 (ngaynay.vn; the
# stamp " date 2026-02-16" written as the first line; nothing cut; the excerpt ends in "kinh tế
# số"). One quantity: "mục tiêu tăng trưởng GRDP từ 11% trở lên trong năm 2026" (target, >=, 2026).
# Pillar null: the heading "Biến chuyển đổi số thành giá trị kinh tế thực" names digital
# transformation and the economy at large, not the digital economy pillar (a judgement). Id null.
# Not quantities: "57-NQ/TW", "22/12/2024" (a document and its date), "Nghị quyết 57" (a name).
# --------------------------------------------------------------------------
D08 = dict(name="08_hanoi-nq57-kinh-te-so-2026", kind="target", year=2026, records=[
    R("GRDP từ «11% trở lên", "mục tiêu tăng trưởng GRDP của Hà Nội", ">=", 11),
])

# --------------------------------------------------------------------------
# 09 Đồng Nai (merged with Bình Phước), Plan 179/KH-UBND of 18/11/2025 on the digital economy and
# society 2026-2030, its preamble (vbpl.freshdesk.com; nothing cut; no byline, no stamp; the excerpt
# ends in "1. Cụ", before the targets). A precision text, no record: document numbers and dates
# ("179/KH-UBND", "57-NQ/TW", "71/NQ-CP", "411/QĐ-TTg", "92/KH-UBND", "469-KH/TU", "18 tháng 11 năm
# 2025", ...), periods ("2026 – 2030", "2026 - 2030", "đến năm 2025", "năm 2030") and list labels
# ("I.", "1.").
# --------------------------------------------------------------------------
D09 = dict(name="09_dongnai-ke-hoach-kinh-te-so-2026-2030-precision", kind="target", year=2026, records=[])

# --------------------------------------------------------------------------
# 10 Thanh Hóa, Decision 4216/QĐ-UBND of 6/10/2020 issuing the province's first digital transformation
# plan to 2025 (hethongphapluat.com; cut: the site name "Hệ thống pháp luật" with the blank line after
# it; no byline, no stamp; the excerpt ends in "- UBMTT"). A first-generation plan for contrast and a
# precision text, no record: the decision's own number and date, the references ("17/NQ-CP",
# "07/3/2019", "749/QĐ-TTg", "03/6/2020", "1342/TTr-STTTT", "31/7/2020", "19/6/2015"), the periods
# ("2019-2020", "đến năm 2025", "năm 2030") and the article numbers ("Điều 1.", "Điều 2.").
# --------------------------------------------------------------------------
D10 = dict(name="10_thanhhoa-ke-hoach-cds-2020-precision", kind="target", year=2020, records=[])

# --------------------------------------------------------------------------
# 11 Thái Nguyên (merged with Bắc Kạn in 2025), the provincial ICT portal on two years of Resolution 17
# on e-government, April 2021 (ict.thainguyen.gov.vn; cut: the byline "Thứ năm - 08/04/2021 05:04 0"
# (its date written as the first line `date 2021-04-08`, the trailing "0" a comment counter); the
# excerpt ends in "lần thứ"). A precision text from the first generation, no record: "Tháng 3/2021 là
# tròn 02 năm triển khai" (a duration), "17/NQ-CP", "07/3/2019", "Nghị quyết 17" (a document, its date
# and name, three times), "2019-2020", "đến 2025" (periods), "Cách mạng công nghệ lần thứ tư" (a name,
# no digit).
# --------------------------------------------------------------------------
D11 = dict(name="11_thainguyen-chinh-phu-dien-tu-2021-precision", kind="result", year=2021, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
