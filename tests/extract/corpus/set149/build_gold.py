#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set149).

Copied from set147's builder (itself from set69's, set47's, set45's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (287
entries; see README). As in set10-set148, the id is given in the record itself (`iid=`).

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
# 01 Thái Bình, "Phấn đấu tỷ lệ dịch vụ công trực tuyến toàn tỉnh năm 2024 đạt
# 80% trở lên" (baomoi.net.vn, no date shown). The title states the one target:
# 80%, op >= ("trở lên"), year 2024 (the year it names); no id (whether the
# share is of services or of applications is not said; a judgement). The
# results follow "10/16 mục tiêu Chuyển đổi số của tỉnh đã hoàn thành. Trong
# đó, ...": all kind result, op = (">" for "Trên 50%", "trên 54%"). Year of the
# results: null. The only year the text names is the title's target year 2024;
# the results are what was reached "sau hơn 1 năm triển khai" Đề án 06 (2022),
# before that target year, and no year is given for them (a judgement).
# "90% ... tại cấp tỉnh; 80% ... tại cấp huyện và 60% ... tại cấp xã": three
# records, scopes cấp tỉnh / cấp huyện / cấp xã (spec). "100% đơn vị hành chính
# cấp xã, trên 54% hộ gia đình được phủ hạ tầng mạng băng thông rộng cáp quang":
# two records, scope "cấp xã" on the first and null on the second (the spec's
# decided case "phủ 75% hộ gia đình, 100% cấp xã"; a judgement that
# "đơn vị hành chính cấp xã" is that split). The excerpt ends "70% tỷ lệ người
# dân toàn tỉnh từ 15 tuổi trở lên có tài k": number and subject whole →
# recorded (set148's rule for a cut predicate), no id (the predicate is cut).
# Not quantities: "10/16 mục tiêu" (a count of targets met; set13/set14 and
# set-wide practice), "Sau hơn 1 năm" (a duration), "mức độ 4" (a name),
# "15 tuổi" (part of the subject), "2022 - 2025", "năm 2030", "Đề án 06".
# Pillar digital_government for every record: the page title is the heading of
# the whole excerpt (set69's judgement) and names dịch vụ công trực tuyến, a
# topic of chính quyền số (spec's topic rule); the heading decides even for
# the SME and fibre records (a judgement).
# --------------------------------------------------------------------------
D01 = dict(name="01_thaibinh-de-an-06-dvctt-2024", kind="result", year=None, records=[
    R("năm 2024 đạt «80% trở lên", "tỷ lệ dịch vụ công trực tuyến toàn tỉnh", ">=", 80, kind="target",
      year=2024, pillar=GOV),
    R("Trong đó, «100% dịch vụ", "dịch vụ công trực tuyến mức độ 4 hoặc toàn trình", "=", 100, pillar=GOV,
      iid="egov.full_online_services_share"),
    R("trình, «100% các cơ sở", "các cơ sở dữ liệu dùng chung được kết nối, chia sẻ trên toàn tỉnh", "=", 100,
      pillar=GOV),
    R("toàn tỉnh, «90% tổng số", "tổng số hồ sơ công việc được xử lý trên môi trường mạng", "=", 90,
      scope="cấp tỉnh", pillar=GOV, iid="egov.work_records_online_share"),
    R("; «80% hồ sơ công việc", "hồ sơ công việc được xử lý trên môi trường mạng", "=", 80,
      scope="cấp huyện", pillar=GOV, iid="egov.work_records_online_share"),
    R("và «60% hồ sơ công việc", "hồ sơ công việc được xử lý trên môi trường mạng", "=", 60,
      scope="cấp xã", pillar=GOV, iid="egov.work_records_online_share"),
    R("Trên «50% doanh nghiệp", "doanh nghiệp nhỏ và vừa sử dụng nền tảng số và áp dụng công nghệ số trong sản xuất kinh doanh",
      ">", 50, pillar=GOV, iid="econ.sme_digital_platforms_share"),
    R("kinh doanh. «100% đơn vị hành chính", "đơn vị hành chính cấp xã được phủ hạ tầng mạng băng thông rộng cáp quang",
      "=", 100, scope="cấp xã", pillar=GOV, iid="infra.fibre_commune_coverage_share"),
    R("trên «54% hộ gia đình", "hộ gia đình được phủ hạ tầng mạng băng thông rộng cáp quang", ">", 54,
      pillar=GOV, iid="infra.fibre_household_coverage_share"),
    R("quang, «70% tỷ lệ người dân", "tỷ lệ người dân toàn tỉnh từ 15 tuổi trở lên có tài k", "=", 70,
      pillar=GOV),
])

# --------------------------------------------------------------------------
# 02 Quảng Ninh, digital economy and payments (tracuuquyhoach.com, a copy of a
# news item; no date shown; the title keeps its typo "Quản Ninh"). Every value
# is a result, op = unless "hơn" (>) or "gần" (~). Year null: the excerpt names
# no year and shows no date. Pillar digital_economy for all: the title "... đạt
# nhiều thành tựu trong phát triển kinh tế số" is the heading (set69's
# judgement). "Toàn tỉnh đã có hơn 3,4 triệu tài khoản cá nhân, hơn 60.000 tài
# khoản doanh nghiệp, gần 802.000 tài khoản ví điện tử": three counts, each
# with its own subject (spec: a breakdown by kind). "1,3 thuê bao/người": unit
# other, unit_text "thuê bao/người". Not quantities: "4G" (a name), "ít nhất 1
# giải pháp" (the threshold inside the indicator's wording, a count of
# solutions; a judgement).
# --------------------------------------------------------------------------
D02 = dict(name="02_quangninh-kinh-te-so-thanh-toan", kind="result", year=None, records=[
    R("hiện nay, «100% dân số", "dân số tại địa phương này được phủ sóng mạng thông tin di động", "=", 100,
      pillar=ECO, iid="infra.mobile_population_coverage_share"),
    R("trở lên đạt «99,8%", "phủ sóng mạng di động 4G trở lên", "=", 99.8, pillar=ECO,
      iid="infra.mobile_broadband_population_coverage_share"),
    R("tỷ lệ «1,3 thuê bao", "số thuê bao điện thoại", "=", 1.3, unit="other", unit_text="thuê bao/người",
      pillar=ECO),
    R("hiệu quả, «100% doanh nghiệp điện", "doanh nghiệp điện, nước, viễn thông tại tỉnh Quảng Ninh đã chuyển đổi sang sử dụng hợp đồng điện tử",
      "=", 100, pillar=ECO),
    R("; «100% doanh nghiệp sử dụng", "doanh nghiệp sử dụng hóa đơn điện tử", "=", 100, pillar=ECO,
      iid="econ.e_invoice_enterprises_share"),
    R("hơn «3,4 triệu", "tài khoản cá nhân", ">", 3.4e6, **CNT, pillar=ECO, iid="society.payment_accounts_count"),
    R("hơn «60.000 tài khoản", "tài khoản doanh nghiệp", ">", 60000, **CNT, pillar=ECO),
    R("gần «802.000", "tài khoản ví điện tử đã được định danh qua số điện thoại chính chủ", "~", 802000, **CNT,
      pillar=ECO),
    R("đến «100% chợ", "Thanh toán không dùng tiền mặt được triển khai đến chợ trung tâm tại các huyện, thị xã, thành phố",
      "=", 100, pillar=ECO, iid="econ.merchants_cashless_share"),
    R("; «100% cơ sở kinh doanh", "cơ sở kinh doanh, bán lẻ xăng dầu đã triển khai ít nhất 1 giải pháp thanh toán không dùng tiền mặt",
      "=", 100, pillar=ECO, iid="econ.merchants_cashless_share"),
    R("«60% doanh nghiệp tại", "doanh nghiệp tại các khu công nghiệp, khu chế xuất trên địa bàn đã ứng dụng các nền tảng số trong quản trị, sản xuất",
      "=", 60, pillar=ECO),
])

# --------------------------------------------------------------------------
# 03 The national e-commerce index EBI 2025 (baomoi.net.vn, VECOM's report of
# 25/4; no date line shown; the caption line "Giao dịch giữa doanh nghiệp với
# doanh nghiệp (B2B)" under an image cut). Results of 2025 (the index's year),
# op =. Scores of three localities: unit other, "điểm", `place` set (the text
# is national, so each locality is named as the value's own place);
# rank.ebi_score. The national average "9,3 điểm" is recorded, no id (an
# average over localities, not one locality's score; a judgement). Places in
# words ("vị trí số một", "vị trí thứ ba") carry no digit → no rank record.
# Not quantities: "thấp hơn Hà Nội đến 46,6 điểm" (a gap between two values, like
# a change against another value; a judgement), "(1)", "(2)", "(3)" (list
# numbers), "25/4", "2025" in names. Pillar digital_economy: the title names
# thương mại điện tử (spec's topic rule; set69's title judgement).
# --------------------------------------------------------------------------
D03 = dict(name="03_ca-nuoc-ebi-2025-thuong-mai-dien-tu", kind="result", year=2025, records=[
    R("bảng xếp hạng với «74,7 điểm", "Hà Nội tiếp tục giữ vững vị trí số một trong bảng xếp hạng", "=", 74.7,
      **DIEM, place="Hà Nội", pillar=ECO, iid="rank.ebi_score"),
    R("Hồ Chí Minh với «73,5 điểm", "xếp ngay sau là Thành phố Hồ Chí Minh", "=", 73.5, **DIEM,
      place="Thành phố Hồ Chí Minh", pillar=ECO, iid="rank.ebi_score"),
    R("Đà Nẵng với «28,1 điểm", "vị trí thứ ba là Đà Nẵng", "=", 28.1, **DIEM, place="Đà Nẵng", pillar=ECO,
      iid="rank.ebi_score"),
    R("chỉ đạt «9,3 điểm", "Mức điểm trung bình toàn quốc năm nay", "=", 9.3, **DIEM, pillar=ECO),
])

# --------------------------------------------------------------------------
# 04 Vĩnh Phúc, digital transformation in building new rural areas, and the
# model commune Ngũ Kiên (thanhnien.vn, no date shown; the excerpt starts in
# the article's body). Results, op = (">" for "trên 91%"); year null (no year
# in the text, no date line; a judgement). "Vĩnh Phúc có 20 xã được công nhận
# đạt chuẩn nông thôn mới nâng cao, 1 xã đạt chuẩn nông thôn mới kiểu mẫu":
# two counts the programme reports as its results (a judgement: counted
# communes, not counts of tasks); no id. The five Ngũ Kiên values carry
# `place` "Ngũ Kiên" (a commune that is not the document's own unit, the
# province). "100% văn bản cấp xã": the level is part of the subject → scope
# null (spec). Not quantities: "sau hơn 3 năm" (a duration), "GPS". Pillar null
# (no heading in the excerpt).
# --------------------------------------------------------------------------
D04 = dict(name="04_vinhphuc-ngu-kien-nong-thon-so", kind="result", year=None, records=[
    R("Vĩnh Phúc có «20 xã", "xã được công nhận đạt chuẩn nông thôn mới nâng cao", "=", 20, **CNT),
    R("nâng cao, «1 xã", "xã đạt chuẩn nông thôn mới kiểu mẫu", "=", 1, **CNT),
    R("Vĩnh Phúc, «100% số hộ", "số hộ kinh doanh đều có mã QR để người mua hàng sử dụng các công cụ thanh toán trực tuyến",
      "=", 100, place="Ngũ Kiên", iid="econ.merchants_cashless_share"),
    R("trên «91% công dân", "công dân trưởng thành có tài khoản thanh toán trực tuyến", ">", 91, place="Ngũ Kiên",
      iid="society.adult_e_payment_account_share"),
    R("xã có «100% dân số", "dân số được quản lý hồ sơ sức khỏe điện tử", "=", 100, place="Ngũ Kiên",
      iid="society.electronic_health_records_share"),
    R("; «100% hộ dân", "hộ dân đã gắn mã địa chỉ trên nền tảng bản đồ số", "=", 100, place="Ngũ Kiên",
      iid="platforms.digital_address_households_share"),
    R("đã chuyển «100% văn bản", "văn bản cấp xã được thực hiện ký số trên môi trường internet", "=", 100,
      place="Ngũ Kiên", iid="egov.electronic_documents_share"),
])

# --------------------------------------------------------------------------
# 05 Hải Phòng, the city's Digital Transformation Forum 2025 (kienthuc.net.vn;
# the excerpt opens with a crawler's stamp " date 2025-12-24", kept as returned
# as set146/set148 did; the photo captions "Phó Chủ tịch UBND thành phố Hải
# Phòng Hoàng Minh Cường phát biểu tại Diễn đàn." and "Ông Nguyễn Cao Thắng, Ủy
# viên Thành ủy, Giám đốc Sở KH&CN phát biểu tại Diễn đàn." cut; the excerpt
# ends in "Di"). Two results of 2025 (the stamp and the speech's "năm 2025"):
# "Quy mô nền kinh tế của thành phố hiện đứng thứ 3 toàn quốc" (rank, =) and
# "thu ngân sách nhà nước ... là năm thứ tư liên tiếp vượt mốc 100.000 tỷ đồng"
# (money, op >, 1e14). No ids. Not quantities: "năm 2030" (twice; targets with
# no number), "Ngày 24/12", "hai con số", "năm thứ tư" (words). Pillar null
# (no heading; the lead names no pillar).
# --------------------------------------------------------------------------
D05 = dict(name="05_haiphong-dien-dan-chuyen-doi-so-2025", kind="result", year=2025, records=[
    R("hiện đứng thứ «3 toàn quốc", "Quy mô nền kinh tế của thành phố hiện đứng thứ toàn quốc", "=", 3, **RANK),
    R("vượt mốc «100.000 tỷ", "thu ngân sách nhà nước liên tục vượt dự toán, là năm thứ tư liên tiếp vượt mốc",
      ">", 100000e9, **DONG),
])

# --------------------------------------------------------------------------
# 06 Kon Tum, the provincial People's Committee's directions after Tết 2025
# (vpubnd.kontum.gov.vn, no date shown; the excerpt starts "Theo đó," and ends
# "Rà soát các"): Kết luận 121-KL/TW, the national growth target and Nghị quyết
# 57 with the province's Kế hoạch 484/KH-UBND. One quantity: "mục tiêu tăng
# trưởng cả nước đạt 8% trở lên" (target, >=, 2025 from "phát triển kinh tế -
# xã hội năm 2025"; place "cả nước" as set108 did; no id). Not quantities: the
# dates ("tháng 02 và quý I năm 2025", "24 tháng 01 năm 2025", "22 tháng 12 năm
# 2024", "14 tháng 02 năm 2025", "quý I năm 2025"), the document numbers
# ("121-KL/TW", "18-NQ/TW", "57-NQ/TW", "484/KH-UBND"), "2026-2030", "hai con
# số" (words). Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_kontum-nq57-quy-i-2025", kind="target", year=2025, records=[
    R("cả nước đạt «8% trở lên", "tăng trưởng cả nước", ">=", 8, place="cả nước"),
])

# --------------------------------------------------------------------------
# 07 Bình Thuận, the provincial steering committee's report for the second
# quarter of 2025 (lite.baomoi.com, no date shown; the photo caption "Ban Chỉ
# đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh
# Bình Thuận họp quý II/2025.", printed twice, cut; the excerpt ends in "mạ").
# A precision text with no quantity: "quý II/2025" (a period), "năm 2025",
# "Nghị quyết 57" and "Quyết định 204" (document names).
# --------------------------------------------------------------------------
D07 = dict(name="07_binhthuan-bao-cao-quy-ii-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 08 Nam Định, Kế hoạch 29/KH-UBND of 21/02/2025 implementing the action
# programmes for Nghị quyết 57-NQ/TW and Nghị quyết 03/NQ-CP (thuviennhadat.vn,
# a legal-information site; the metadata table kept, as set148's 08). A
# precision text with no quantity: document numbers ("29/KH-UBND" three times,
# "57-NQ/TW", "03/NQ-CP", "Nghị quyết 57"), dates ("21/02/2025" twice, "ngày 21
# tháng 02 năm 2025", "22/12/2024", "09/01/2025"), "năm 2025", list numbers
# "1." and "2.". The excerpt ends before any target.
# --------------------------------------------------------------------------
D08 = dict(name="08_namdinh-kh29-nq57-2025-precision", kind="target", year=2025, records=[])

# --------------------------------------------------------------------------
# 09 Hải Phòng, the city's year-end review of digital transformation in 2025
# (songoaivu.haiphong.gov.vn, the Department of Foreign Affairs' portal; no
# date shown; the excerpt ends at "vào hạ tầng số:"). A precision text with no
# quantity: "Năm 2025" (three times), "01/7" (a date), "57-NQ/TW", the section
# numbers "1.", "1.1.", "1.2."; "một trong những địa phương dẫn đầu cả nước"
# carries no number.
# --------------------------------------------------------------------------
D09 = dict(name="09_haiphong-tong-ket-2025-precision", kind="result", year=2025, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
