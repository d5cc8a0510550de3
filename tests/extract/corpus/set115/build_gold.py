#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set115).

Copied from set69's builder (itself from set47's, set45's, set43's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

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


DIEM = dict(unit="other", unit_text="điểm")
DONG = dict(unit="other", unit_text="đồng")

# --------------------------------------------------------------------------
# 01 Bắc Kạn, the document system and official mail (chatluongvacuocsong.vn, no
# date shown). The heading "Bắc Kạn đẩy mạnh việc ứng dụng, đầu tư hạ tầng kỹ
# thuật công nghệ thông tin để xây dựng chính quyền điện tử, chính quyền số"
# names chính quyền số → digital_government for all. Year: "Đến nay" with no
# year for the first paragraph → null (the plan period "2021 - 2025" is not the
# year of a result); the paragraph that opens "Năm 2023, hệ thống ..." and goes on
# "Hiện nay mức độ sử dụng đạt gần 85%" → 2023 for the mail figures (8.606 and
# 85; a judgement: the paragraph's "Hệ thống thư công vụ với 8.606 tài khoản"
# precedes the "Năm 2023" sentence but belongs to it). "triển khai đến 100% cơ
# quan ..." one record (egov.document_system_use_share). "13.800 tài khoản người
# dùng" and "8.606 tài khoản" counts (no id). "hoàn toàn bằng điện tử đạt 91%"
# (egov.electronic_documents_share, a judgement: no "ký số" in the text). "gần
# 85%" ~ (egov.official_email_use_share, a judgement: "mức độ sử dụng" of the
# official mail). Not quantities: "09-CT/TU", "03 tháng 8 năm 2021", "2021 -
# 2025", "2030", "04 cấp" (the levels of the system's reach: a name of its scope).
# --------------------------------------------------------------------------
D01 = dict(name="01_backan-van-ban-thu-cong-vu-chinh-quyen-so", kind="result", year=None, records=[
    R("được triển khai đến «100% cơ quan", "phần mềm quản lý văn bản và điều hành được triển khai đến cơ quan quản lý "
      "nhà nước, Đảng, đoàn thể từ tỉnh đến cơ sở", "=", 100, pillar=GOV, iid="egov.document_system_use_share"),
    R("địa bàn tỉnh với «13.800 tài khoản", "tài khoản người dùng phần mềm quản lý văn bản và điều hành", "=", 13800,
      **CNT, pillar=GOV),
    R("bằng điện tử đạt «91%", "tỷ lệ văn bản trao đổi giữa các cơ quan, đơn vị, địa phương hoàn toàn bằng điện tử",
      "=", 91, pillar=GOV, iid="egov.electronic_documents_share"),
    R("thư công vụ với «8.606 tài khoản", "tài khoản Hệ thống thư công vụ", "=", 8606, **CNT, pillar=GOV, year=2023),
    R("sử dụng đạt gần «85%", "mức độ sử dụng Hệ thống thư công vụ", "~", 85, pillar=GOV, year=2023,
      iid="egov.official_email_use_share"),
])

# --------------------------------------------------------------------------
# 02 Quảng Bình, towards e-government (giaoducthoidai.vn, no date shown; "Cho
# đến thời điểm này" names no year → null). No heading names a pillar → null.
# "gần 100% địa bàn dân cư" ~ 100 (infra.mobile_population_coverage_share, a
# judgement: inhabited area for population). "Internet tốc độ cao đã đến với
# 157/159 trung tâm các xã" count 157 (the denominator "159" is no record; no id:
# the catalogue's commune indicator is a share). "(trừ 02 xã Tân Trạch, Thượng
# Trạch)": the exceptions to the same figure, no record. "triển khai 43 đơn vị"
# count (no id). Not quantities: "3G, 4G" and "mức độ 3, 4" (names).
# --------------------------------------------------------------------------
D02 = dict(name="02_quangbinh-chinh-quyen-dien-tu-ha-tang-vien-thong", kind="result", year=None, records=[
    R("cung cấp dịch vụ gần «100% địa bàn", "Mạng thông tin di động 3G, 4G đã cơ bản cung cấp dịch vụ địa bàn dân cư",
      "~", 100, iid="infra.mobile_population_coverage_share"),
    R("đã đến với «157/159", "trung tâm các xã, phường, thị trấn Internet tốc độ cao đã đến", "=", 157, **CNT),
    R("đã triển khai «43 đơn vị", "đơn vị triển khai phần mềm dùng chung về quản lý văn bản và điều hành", "=", 43,
      **CNT),
])

# --------------------------------------------------------------------------
# 03 Sơn La, digital citizens (baomoi.net.vn, no date shown → year null). The
# title "Phát triển công dân số để hình thành xã hội số" is the heading above
# every figure and names xã hội số → digital_society (a judgement: a title read
# as a heading). "hơn 1 triệu công dân sử dụng thẻ CCCD gắn chip" (>, 1e6;
# society.chip_id_cards_count), "hơn 500.000 tài khoản VnelD đã được kích hoạt"
# (>; society.eid_accounts_activated_count; the page's "VnelD" kept). "với 100% số
# xã, 98,5% số bản có hạ tầng băng rộng cáp quang": two records, scopes "xã" and
# "bản" (the decided "90% cấp xã, 70% thôn, bản" split; ids
# infra.fibre_commune_coverage_share, infra.fibre_village_coverage_share).
# "gần 60%" ~ (infra.smartphone_subscriptions_share), "là 46,34%" =
# (infra.internet_users_share). Not quantities: "76 tuổi", "10-20 năm", "4G".
# --------------------------------------------------------------------------
D03 = dict(name="03_sonla-cong-dan-so-xa-hoi-so", kind="result", year=None, records=[
    R("toàn tỉnh có hơn «1 triệu", "công dân sử dụng thẻ CCCD gắn chip điện tử", ">", 1e6, **CNT, pillar=SOC,
      iid="society.chip_id_cards_count"),
    R("hơn «500.000 tài khoản", "tài khoản VnelD đã được kích hoạt", ">", 500000, **CNT, pillar=SOC,
      iid="society.eid_accounts_activated_count"),
    R("với «100% số xã", "số xã có hạ tầng băng rộng cáp quang", "=", 100, scope="xã", pillar=SOC,
      iid="infra.fibre_commune_coverage_share"),
    R("«98,5% số bản", "số bản có hạ tầng băng rộng cáp quang", "=", 98.5, scope="bản", pillar=SOC,
      iid="infra.fibre_village_coverage_share"),
    R("đạt gần «60%", "tỷ lệ thuê bao di động có điện thoại thông minh", "~", 60, pillar=SOC,
      iid="infra.smartphone_subscriptions_share"),
    R("toàn tỉnh là «46,34%", "tỷ lệ người sử dụng internet toàn tỉnh", "=", 46.34, pillar=SOC,
      iid="infra.internet_users_share"),
])

# --------------------------------------------------------------------------
# 04 Sơn La, smartphones and fibre (sonla.gov.vn, no date shown → year null; the
# image placeholder line "anh tin bai" cut). Title and headings name no pillar →
# null. "tỷ lệ số hộ có điện thoại thông minh ... đạt 96,39%"
# (society.households_smartphone_share). "quan tâm đầu tư hạ tầng mạng viễn
# thông di động, kết nối đến 100% các xã, bản, khu dân cư": one result (one value
# for all kinds of place: scope null; no exact id). "100% xã đã có mạng thông tin
# băng rộng cố định (cáp quang) và được phổ cập ... (4G)": one record
# (infra.fibre_commune_coverage_share). "80,03%" (infra.fibre_village_coverage_share,
# a judgement: fixed broadband read as fibre, as the sentence before says),
# "55,05%" (infra.households_internet_share: households with a subscription, not
# coverage). "8.724 tuyến" count (no id), "khoảng 6.360 km" ~, other "km"
# (infra.fibre_cable_length; the excerpt ends in "cáp q").
# --------------------------------------------------------------------------
D04 = dict(name="04_sonla-dien-thoai-thong-minh-cap-quang", kind="result", year=None, records=[
    R("trên địa bàn tỉnh đạt «96,39%", "tỷ lệ số hộ có điện thoại thông minh trên địa bàn tỉnh", "=", 96.39,
      iid="society.households_smartphone_share"),
    R("kết nối đến «100% các xã", "hạ tầng mạng viễn thông di động kết nối đến các xã, bản, khu dân cư", "=", 100),
    R("«100% xã đã có", "xã đã có mạng thông tin băng rộng cố định (cáp quang) và được phổ cập mạng thông tin băng "
      "rộng di động (4G)", "=", 100, iid="infra.fibre_commune_coverage_share"),
    R("băng rộng cố định đạt «80,03%", "Tỷ lệ số thôn/bản có băng rộng cố định", "=", 80.03,
      iid="infra.fibre_village_coverage_share"),
    R("thuê bao cáp quang đạt «55,05%", "tỷ lệ hộ gia đình có thuê bao cáp quang", "=", 55.05,
      iid="infra.households_internet_share"),
    R("trên toàn tỉnh «8.724 tuyến", "Tổng số tuyến cáp trên toàn tỉnh", "=", 8724, **CNT),
    R("dài khoảng «6.360 km", "tổng chiều dài cáp quang", "~", 6360, unit="other", unit_text="km",
      iid="infra.fibre_cable_length"),
])

# --------------------------------------------------------------------------
# 05 Lai Châu, Sìn Hồ's sweet-potato sales on TikTok Shop (dantri.com.vn; the
# tool's stamp "date 2025-12-05" written as `date 2025-12` → 2025; the photo
# caption "Lai Châu ký kết hợp tác ... (Ảnh: C.Giang)." cut). Few numbers, one
# quantity: "tổng sản lượng khoai sâm đất tiêu thụ trong tháng 9 và 10 đạt hơn 300
# tấn" (result >, other "tấn"; an e-commerce result of the campaign; no id).
# Pillar null. Not quantities: the date line.
# --------------------------------------------------------------------------
D05 = dict(name="05_laichau-sin-ho-khoai-sam-tmdt-2025", kind="result", year=2025, records=[
    R("đạt hơn «300 tấn", "tổng sản lượng khoai sâm đất tiêu thụ trong tháng 9 và 10", ">", 300, unit="other",
      unit_text="tấn"),
])

# --------------------------------------------------------------------------
# 06 Điện Biên, the ministry's visit (ictvietnam.vn, no date shown; "9 tháng đầu
# năm 2024" → 2024). Many numbers, one quantity: "tổng doanh thu hoạt động bưu
# chính 9 tháng đầu năm 2024 ước đạt 105 tỷ đồng" (result =, 105e9 đồng; the
# ministry's own sector, as money results are in the decided cases; no id).
# NOT: "GRDP ước tăng 10,55% so với cùng kỳ" (a change against an earlier value),
# "thu ngân sách ... đạt 74,56% / 53,65% kế hoạch năm" (the budget, not an
# indicator of the transformation: a judgement, as set69's population make-up),
# "tăng 1,78% so" (a change). Not quantities: "2024 - 2026" (twice), "16/10",
# "9 tháng". The heading "Đẩy mạnh ứng dụng công nghệ thông tin, CĐS ..." names no
# pillar → null.
# --------------------------------------------------------------------------
D06 = dict(name="06_dienbien-hop-tac-bo-tttt-9-thang-2024", kind="result", year=2024, records=[
    R("ước đạt «105 tỷ đồng", "tổng doanh thu hoạt động bưu chính 9 tháng đầu năm 2024", "=", 105e9, **DONG),
], NOT=["ước tăng «10,55%", "đạt «74,56%", "đạt «53,65%", "tăng «1,78%"])

# --------------------------------------------------------------------------
# 07 Phú Yên, a workshop on cashless payment in traditional markets
# (kinhtenongthon.vn, no date shown; the photo caption "Ông Trần Hữu Thế, ...
# phát biểu" cut). No quantity: "130 chợ được xếp hạng năm 2020. Trong đó có 1
# chợ hạng I, 7 chợ hạng II và 122 chợ hạng III" is the stock of markets by
# grade, no target or result of the transformation (a judgement, as set69's
# population make-up); "ba nhà cung cấp" has no digits; "20/10" a date.
# --------------------------------------------------------------------------
D07 = dict(name="07_phuyen-cho-truyen-thong-thanh-toan-khong-tien-mat", kind="result", year=None, records=[])

# --------------------------------------------------------------------------
# 08 The national contest for a digital-transformation logo, on Đồng Tháp's
# department site (stttt.dongthap.gov.vn, no date shown; the furniture lines
# "Xuất bản thông tin", "null Phát động Cuộc thi ..." and "Chi tiết bài viết Tin
# tức" cut). A precision text: a schedule. No quantity: dates ("05/7/2022" ...),
# "749/QĐ-TTg", "01 Phiếu đăng ký" (a part of a dossier), "Tầng 21", "số 68" (an
# address), "01 tác phẩm" (the prize's recipient), "tiền thưởng là 100.000.00"
# (a person's prize money, cut off by the excerpt).
# --------------------------------------------------------------------------
D08 = dict(name="08_ca-nuoc-cuoc-thi-bieu-trung-cds-2022-precision", kind="result", year=2022, records=[])

# --------------------------------------------------------------------------
# 09 Phú Yên, Decision 150/QĐ-UBND (2024) and the table of contents of its
# digital-transformation scheme (m.thuvienphapluat.vn, nothing cut). A precision
# text: a table rendered one cell per line whose numbers are document numbers,
# dates, article and section numbers, periods ("2024 - 2025", "2030"). No
# quantity.
# --------------------------------------------------------------------------
D09 = dict(name="09_phuyen-de-an-cds-150-muc-luc-2024-precision", kind="target", year=2024, records=[])

# --------------------------------------------------------------------------
# 10 Phú Thọ, Decision 519/QĐ-UBND (2022) on the e-government ranking of 2021,
# as a 123docz.net document page (nothing cut). A precision text: page furniture
# ("19 2 0", "Số trang 19", "Dung lượng 2,92 MB"), document numbers and dates. No
# quantity.
# --------------------------------------------------------------------------
D10 = dict(name="10_phutho-qd-519-xep-hang-cqdt-2021-precision", kind="result", year=2021, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
