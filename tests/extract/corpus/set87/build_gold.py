#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set87).

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
# 01 Bình Thuận, electronic health records (lite.baomoi.com; no date shown).
# Results of the Department of Health: "92% dân số Bình Thuận có hồ sơ sức khỏe
# điện tử" (=, society.electronic_health_records_share), "70% người từ 18 tuổi
# trở lên đã cài đặt ứng dụng sổ sức khỏe điện tử" (=; "18 tuổi" defines the
# subject, no quantity; scope null: the adults are the subject, not a split),
# "90% trong số họ đã tương tác" (=), and the two brackets "(18%)" (đăng ký
# tiêm chủng) and "(10%)" (đặt lịch khám bệnh): brackets that state a value are
# quantities (spec), results =. Year null on all: "Đến nay" names none, the page
# shows no date, and "dự toán cho năm 2024" is the year of a budget, not of the
# document (a judgement). Pillar null (the title names no pillar). Ids: only the
# first (the catalogue holds no share of app installs or of app functions used).
# --------------------------------------------------------------------------
D01 = dict(name="01_binhthuan-ho-so-suc-khoe-dien-tu", kind="result", year=None, records=[
    R("Đến nay, «92% dân số", "dân số Bình Thuận có hồ sơ sức khỏe điện tử", "=", 92,
      iid="society.electronic_health_records_share"),
    R("trong khi «70% người", "người từ 18 tuổi trở lên đã cài đặt ứng dụng sổ sức khỏe điện tử", "=", 70),
    R("Đáng chú ý, «90% trong", "trong số họ đã tương tác với ứng dụng sau khi kích hoạt tài khoản", "=", 90),
    R("tiêm chủng («18%)", "việc sử dụng chức năng đăng ký tiêm chủng", "=", 18),
    R("khám bệnh («10%)", "việc sử dụng chức năng đặt lịch khám bệnh", "=", 10),
])

# --------------------------------------------------------------------------
# 02 Phú Thọ, digital school records (baophutho.vn; the stamp "date 2025-12-10"
# written as `date 2025-12`). A precision text: one quantity, the target "để
# 100% cơ sở giáo dục phổ thông và giáo dục thường xuyên trong tỉnh sử dụng sổ
# điểm điện tử và Học bạ số từ năm học 2025–2026" (target, >=, bare number;
# year 2025, the school year's first year; society.schools_digital_records_share).
# Not quantities: "10883 /UBND-KGVX9", "8/12/2025", "2025 – 2026" (twice, the
# school year), "Đề án 06", the date line. Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_phutho-hoc-ba-so-2025-precision", kind="target", year=2025, records=[
    R("triển khai để «100% cơ sở", "cơ sở giáo dục phổ thông và giáo dục thường xuyên trong tỉnh sử dụng sổ điểm "
      "điện tử và Học bạ số", ">=", 100, iid="society.schools_digital_records_share"),
])

# --------------------------------------------------------------------------
# 03 Gia Lai, tourism on digital platforms (baogialai.com.vn; the stamp "date
# 2026-02-28" written as `date 2026-02` → 2026). Results: "đã số hóa và tạo 60 mã
# QR ở các điểm di tích, du lịch" (=, count; no id: codes, not the sites that
# society.digitised_heritage_sites_count counts; a judgement) and "hiện cập nhật
# 685 dữ liệu hướng..." (=, count; the excerpt ends inside the word, the
# wording kept as far as it goes; no id). Pillar: both stand under the heading
# "Phát triển du lịch trên nền tảng số", which names the pillar nền tảng số →
# digital_platforms (spec: the heading decides). Not quantities: "57-NQ/TW"
# (twice), "22-12-2024", "2025 - 2030", "VR360", the date line.
# --------------------------------------------------------------------------
PLAT = "digital_platforms"
D03 = dict(name="03_gialai-du-lich-so-2026", kind="result", year=2026, records=[
    R("số hóa và tạo «60 mã QR", "mã QR ở các điểm di tích, du lịch được số hóa và tạo để phục vụ du khách", "=", 60,
      **CNT, pillar=PLAT),
    R("hiện cập nhật «685 dữ liệu", "dữ liệu hướng cập nhật trên Cổng thông tin du lịch tỉnh", "=", 685, **CNT,
      pillar=PLAT),
])

# --------------------------------------------------------------------------
# 04 Quảng Ninh, QR codes at tourist sites (vietnam.vn/quangninh; no date shown
# → year null throughout). Results: "TP Móng Cái đã triển khai gần 20 mã QR gắn
# với thuyết minh tự động" (~, count; no id: codes) and "gần 200 điểm trong tổng
# số 370 điểm di tích tại 13 địa phương ... đã được số hóa và gắn mã QR" (~,
# count, society.digitised_heritage_sites_count). "370" is the denominator of
# that count and "13 địa phương" where the sites lie: no records (a judgement,
# as a "/63" is not recorded apart). Target: "phấn đấu sẽ số hóa và gắn mã QR
# tại 100% địa chỉ đỏ, di tích lịch sử, văn hóa" (target, >=, bare number; no
# id: the catalogue holds the count only). Not quantities: "Cột mốc 1368" (a
# name). Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_quangninh-du-lich-ma-qr", kind="result", year=None, records=[
    R("triển khai gần «20 mã QR", "mã QR gắn với thuyết minh tự động tại các điểm di tích, lịch sử, du lịch tại TP "
      "Móng Cái", "~", 20, **CNT),
    R("hiện nay, gần «200 điểm", "điểm di tích trong tỉnh đã được số hóa và gắn mã QR", "~", 200, **CNT,
      iid="society.digitised_heritage_sites_count"),
    R("gắn mã QR tại «100% địa chỉ", "địa chỉ đỏ, di tích lịch sử, văn hóa trên địa bàn được số hóa và gắn mã QR",
      ">=", 100, kind="target"),
])

# --------------------------------------------------------------------------
# 05 Electronic medical records, national (vietnamnet.vn; one sentence; no date
# shown → year null). A precision text of one quantity: "cả nước mới có 37 bệnh
# viện triển khai bệnh án điện tử" (result, =, count; no id: the catalogue's
# society.hospitals_emr_share is a share). Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_ca-nuoc-37-benh-vien-benh-an-dien-tu-precision", kind="result", year=None, records=[
    R("mới có «37 bệnh viện", "bệnh viện triển khai bệnh án điện tử", "=", 37, **CNT),
])

# --------------------------------------------------------------------------
# 06 Bắc Kạn, a study of digital government (quanlynhanuoc.vn; the authors'
# lines cut; no date shown). A precision text without a quantity: "trên 80% dân
# số là người dân tộc thiểu số" describes the province's people, no target or
# result of the transformation → NOT (a judgement, as set69's 01). Not
# quantities: "4.0" (a name), "1. Đặt vấn đề" (a heading number).
# --------------------------------------------------------------------------
D06 = dict(name="06_backan-chinh-quyen-so-precision", kind="result", year=None, records=[
], NOT=["với trên «80% dân số"])

# --------------------------------------------------------------------------
# 07 Đồng Tháp, digital agriculture (dantocmiennui.vn; the photo file name and
# its caption cut; no date shown → year null throughout). "đạt 5/12 chỉ tiêu,
# trong đó, 2 chỉ tiêu chính quyền số và 3 chỉ tiêu kinh tế số": counts of
# targets met, not quantities (as set69's "1 trong 15 chỉ tiêu"). Results: "về
# chính quyền số trong lĩnh vực nông nghiệp, toàn tỉnh có 100% cơ sở dữ liệu
# ... được số hóa và cung cấp dữ liệu mở" (=; the levels "tuyến tỉnh, huyện, xã"
# are part of the subject, scope null; no id: the catalogue's open-data share
# counts agencies) and "100% văn bản được trao đổi qua môi trường mạng dưới
# dạng văn bản điện tử, được ký số" (=, egov.electronic_documents_share, its
# wording). Pillar digital_government for both: the lead-in "về chính quyền số"
# opens the paragraph, whose second sentence continues it (spec: the lead-in's
# pillar holds for what it opens; a judgement that it reaches the next sentence
# of the same paragraph). The last paragraph "Toàn tỉnh có hơn 14% hội quán,
# 17% Hợp tác xã ứng dụng công nghệ để truy xuất nguồn gốc": two records (>, 14
# on "hơn"; =, 17: "hơn" read on the first number only, as set69); a new
# paragraph naming no pillar → null (spec). No ids (traceability by
# cooperatives is narrower than econ.cooperatives_digital_share; a judgement).
# --------------------------------------------------------------------------
D07 = dict(name="07_dongthap-nong-nghiep-so", kind="result", year=None, records=[
    R("toàn tỉnh có «100% cơ sở", "cơ sở dữ liệu thuộc ngành Nông nghiệp quản lý từ tuyến tỉnh, huyện, xã được số "
      "hóa và cung cấp dữ liệu mở", "=", 100, pillar=GOV),
    R("xã hội. «100% văn bản", "văn bản được trao đổi qua môi trường mạng dưới dạng văn bản điện tử, được ký số bởi "
      "chữ ký số chuyên dùng", "=", 100, pillar=GOV, iid="egov.electronic_documents_share"),
    R("có hơn «14% hội quán", "hội quán ứng dụng công nghệ để truy xuất nguồn gốc, có hoạt động thương mại điện tử",
      ">", 14),
    R("hội quán, «17% Hợp tác xã", "Hợp tác xã ứng dụng công nghệ để truy xuất nguồn gốc, có hoạt động thương mại "
      "điện tử thông qua Tổ Công nghệ số cộng đồng", "=", 17),
])

# --------------------------------------------------------------------------
# 08 Electronic health books on VNeID, national (vietnamnet.vn; the stamp "date
# 2025-12-31" written as `date 2025-12`). A precision text: one quantity, the
# National Assembly's target "tỉ lệ người dân được lập sổ sức khỏe điện tử và
# quản lý sức khỏe theo vòng đời đạt 100% từ năm 2030" (target, >=, 2030;
# society.electronic_health_records_share, whose wordings include "người dân
# được lập hồ sơ sức khỏe điện tử"; the book taken as the record, a judgement).
# Not quantities: "2026–2035", "11/12/2025", "2733/QĐ-BYT", the date line.
# Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_ca-nuoc-so-suc-khoe-dien-tu-2030-precision", kind="target", year=2025, records=[
    R("vòng đời đạt «100% từ", "tỉ lệ người dân được lập sổ sức khỏe điện tử và quản lý sức khỏe theo vòng đời",
      ">=", 100, year=2030, iid="society.electronic_health_records_share"),
])

# --------------------------------------------------------------------------
# 09 The Ministry's programme for digital tourism, national (vntravel.org.vn; no
# date shown). One quantity: "Mục tiêu là 100% hồ sơ công việc cấp Bộ liên quan
# đến lĩnh vực du lịch được xử lý trên môi trường số" (target, >=, bare number;
# year 2025 from the heading and the lead "mục tiêu cụ thể ... đến năm 2025";
# "cấp Bộ" is part of the subject, scope null; egov.work_records_online_share).
# Pillar: the heading "Hoàn thiện nền tảng số và dữ liệu du lịch đến năm 2025"
# names nền tảng số → digital_platforms ("dữ liệu du lịch" is a sector's data,
# not the pillar's name; a judgement, as 03). Not quantities: "2025" (heading and
# lead), "Đề án 06", "2030" (the next heading). A precision text in effect.
# --------------------------------------------------------------------------
D09 = dict(name="09_ca-nuoc-du-lich-thong-minh-2025", kind="target", year=2025, records=[
    R("Mục tiêu là «100% hồ sơ", "hồ sơ công việc cấp Bộ liên quan đến lĩnh vực du lịch được xử lý trên môi trường số",
      ">=", 100, pillar=PLAT, iid="egov.work_records_online_share"),
])

# --------------------------------------------------------------------------
# 10 Hồ Chí Minh City, cashless payments in schools (tbnhnew.mastercms.vn; the
# ad line, the byline "Ngọc Hậu" (twice), the font widget "aa" and the photo's
# alt text and caption cut; no date shown). "100% cơ sở giáo dục triển khai
# thanh toán không dùng tiền mặt" is stated in the title and in the lead: two
# results (=), each society.cashless_school_fees_share (repeated statements are
# recorded each time, as set69). "tỷ lệ học sinh thanh toán không dùng tiền mặt
# năm 2024 đạt 81%" (=, 2024; no id: a share of pupils, not of schools). "hiện
# nay có khoảng hơn 40 đơn vị tham gia cung cấp dịch vụ thanh toán không dùng
# tiền mặt trong các cơ sở giáo dục" (result, count; op ">" from "hơn", the word
# next to the number, over "khoảng" before it; a judgement; no id). Year 2024 on
# all: the page's only year, that of its main figure (a judgement for "tính đến
# nay" and "hiện nay"). Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_tphcm-hoc-phi-khong-tien-mat-2024", kind="result", year=2024, records=[
    R("TP. Hồ Chí Minh: «100% cơ sở", "cơ sở giáo dục triển khai thanh toán không dùng tiền mặt", "=", 100,
      iid="society.cashless_school_fees_share"),
    R("tính đến nay, «100% các", "các cơ sở giáo dục trên địa bàn thành phố đã triển khai thực hiện thanh toán không "
      "dùng tiền mặt", "=", 100, iid="society.cashless_school_fees_share"),
    R("năm 2024 đạt «81%", "tỷ lệ học sinh thanh toán không dùng tiền mặt", "=", 81),
    R("khoảng hơn «40 đơn vị", "đơn vị tham gia cung cấp dịch vụ thanh toán không dùng tiền mặt trong các cơ sở "
      "giáo dục", ">", 40, **CNT),
])

# --------------------------------------------------------------------------
# 11 Gia Lai, a primary school in Pleiku paying without cash (tracuuquyhoach.com;
# the photo caption cut; no date shown). A precision text: one quantity, "Hiện
# 100% khối lớp đã triển khai thực hiện thanh toán các khoản thu không dùng tiền
# mặt" (result, =; year 2024, the first year of "Năm học 2024-2025" in the
# sentence before; no id: the grades of one school). Not quantities: "30 lớp",
# "1.120 học sinh" (the school's size, no target or result of the
# transformation; a judgement), "2023-2024" (twice, the school year it began),
# "2024-2025", "tổ 2" (an address). Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_gialai-pleiku-truong-hoc-khong-tien-mat-precision", kind="result", year=2024, records=[
    R("Hiện «100% khối lớp", "khối lớp đã triển khai thực hiện thanh toán các khoản thu không dùng tiền mặt", "=",
      100),
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
