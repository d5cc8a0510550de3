#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set95).

Copied from set47's builder (itself from set45's, set43's, set41's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Copied from set69's builder for set95 (nothing changed but the records below).

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

USD = dict(unit="other", unit_text="USD")

# --------------------------------------------------------------------------
# 01 Quảng Bình, health insurance cards and chip ID cards (baoquangbinh.vn; no
# date shown; "Tính đến hết tháng 11/2022" → 2022). "705.529 thẻ BHYT đã được
# đồng bộ, tích hợp thành công ... đạt tỷ lệ 93,71%": a count and its share
# (two records, result =). "175/175 cơ sở y tế triển khai tiếp đón người bệnh
# ... bằng CCCD, đạt tỷ lệ 100%": the count (numerator, =) and the share (=,
# society.chip_id_health_insurance_share, exactly its wording); the
# denominator "175" is no record of its own. "một trong hai địa phương" is
# written in words. No heading names a pillar → null. Not quantities:
# "11/2022".
# --------------------------------------------------------------------------
D01 = dict(name="01_quangbinh-bhyt-cccd-sinh-trac-2022", kind="result", year=2022, records=[
    R("toàn tỉnh có «705.529 thẻ", "thẻ BHYT đã được đồng bộ, tích hợp thành công thông tin vào CSDLQG về dân cư", "=",
      705529, **CNT),
    R("đạt tỷ lệ «93,71%", "tỷ lệ thẻ BHYT đã được đồng bộ, tích hợp thành công thông tin vào CSDLQG về dân cư", "=",
      93.71),
    R("; «175/175 cơ sở", "cơ sở y tế triển khai tiếp đón người bệnh đăng ký vào KCB BHYT bằng CCCD", "=", 175, **CNT),
    R("đạt tỷ lệ «100%", "tỷ lệ cơ sở y tế triển khai tiếp đón người bệnh đăng ký vào KCB BHYT bằng CCCD", "=", 100,
      iid="society.chip_id_health_insurance_share"),
])

# --------------------------------------------------------------------------
# 02 Hải Dương, insurance visits with chip ID cards (nhandan.vn; no date shown
# and no year anywhere in the text: "đến ngày 6/5", "từ ngày 4/3" → year null).
# "tất cả 12 các trung tâm y tế ... đã triển khai khám chữa bệnh ... bằng căn
# cước công dân gắn chíp" (result =, count; null id: the catalogue holds the
# share of facilities); "thuộc 12 huyện, thị xã, thành phố" names the
# districts the centres belong to, no value reached (a judgement, no record).
# "tỷ lệ khám chữa bệnh ... đạt gần 20%" (~) and Cẩm Giàng's "đạt hơn 70%" (>),
# a share of visits, not of facilities → null id; Cẩm Giàng stays in the
# wording (a district, not a split by level). "tăng hơn 20% so với thời điểm
# đầu tháng 4": a change against an earlier value → NOT. Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_haiduong-kcb-bhyt-cccd-gan-chip", kind="result", year=None, records=[
    R("tất cả «12 các", "các trung tâm y tế đã triển khai khám chữa bệnh bảo hiểm y tế bằng căn cước công dân gắn chíp",
      "=", 12, **CNT),
    R("đạt gần «20%", "tỷ lệ khám chữa bệnh bảo hiểm y tế bằng căn cước công dân gắn chíp tại các trung tâm y tế", "~",
      20),
    R("đạt hơn «70%", "tại trung tâm y tế huyện Cẩm Giàng tỷ lệ người dân đến khám bệnh bảo hiểm y tế bằng căn cước "
      "công dân", ">", 70),
], NOT=["tăng hơn «20% so"])

# --------------------------------------------------------------------------
# 03 Vĩnh Phúc, smart villages (vinhphuctv.vn; no date shown, no year in the
# text → null). Thôn Chùa's results: "hơn 90% người dân trưởng thành sử dụng
# điện thoại thông minh và có tài khoản thanh toán điện tử" (>; two measures
# joined → null id, a judgement) and "100% hộ dân trong thôn đã được gắn mã địa
# chỉ trên nền tảng bản đồ số" (=, platforms.digital_address_households_share).
# "Thôn thông minh là 1 trong 4 tiêu chí": counts of criteria and membership
# (no quantity). Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_vinhphuc-thon-thong-minh", kind="result", year=None, records=[
    R("miễn phí; hơn «90%", "người dân trưởng thành sử dụng điện thoại thông minh và có tài khoản thanh toán điện tử",
      ">", 90),
    R("Đặc biệt «100% hộ", "hộ dân trong thôn đã được gắn mã địa chỉ trên nền tảng bản đồ số", "=", 100,
      iid="platforms.digital_address_households_share"),
])

# --------------------------------------------------------------------------
# 04 The national tourism database scheme, as printed on Bình Phước's portal
# (no date shown). "Mục tiêu cụ thể đến năm 2025" → targets of 2025. Two
# bracketed targets: "100% doanh nghiệp lữ hành ... được đưa vào CSDL" and
# "100% thẻ hướng dẫn viên du lịch được đưa vào CSDL" (bare targets → >=; no
# catalogue id). The first paragraph's "chính phủ số, kinh tế số, xã hội số" is
# what data is the foundation of, no heading or lead-in → pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_binhphuoc-csdl-nganh-du-lich-2025", kind="target", year=2025, records=[
    R("(«100% doanh nghiệp", "doanh nghiệp lữ hành bao gồm cả quốc tế và nội địa được đưa vào CSDL", ">=", 100),
    R("(«100% thẻ", "thẻ hướng dẫn viên du lịch được đưa vào CSDL", ">=", 100),
])

# --------------------------------------------------------------------------
# 05 Lâm Đồng, OCOP products proposed for e-commerce platforms
# (nguoiduatin.vn, byline 14/04/2023 → `date 2023-04`, 2023). "đề xuất đưa 177
# sản phẩm OCOP lên sàn thương mại điện tử": the number to be put on the
# platforms, a target with no comparator → >= (a judgement: a proposal read as
# a planned number), stated twice (the lead and the body); "và 31 sản phẩm
# tiêu biểu" (>=); "thành phố Đà Lạt có 57 sản phẩm" the part of the proposal
# from Đà Lạt (>=, place Đà Lạt). Ids: econ.ecommerce_products_count (its
# wording "Số sản phẩm OCOP, nông sản, sản phẩm đặc trưng được đưa lên sàn").
# Pillar: the title "... qua sàn thương mại điện tử" names a topic of the
# digital economy (spec: thương mại điện tử → kinh tế số) → digital_economy.
# Not quantities: "3-5 sao" (star classes, names), "13/4", "năm 2022", and the
# crops' yearly output "3,8 tỷ cành/năm", "2,7 triệu tấn/năm" (what the
# proposed products are, no target or result of putting them online; a
# judgement).
# --------------------------------------------------------------------------
D05 = dict(name="05_lamdong-ocop-len-san-tmdt-2023", kind="target", year=2023, records=[
    R("đề xuất đưa «177 sản phẩm OCOP lên", "sản phẩm OCOP đưa lên sàn thương mại điện tử", ">=", 177, **CNT,
      pillar=ECO, iid="econ.ecommerce_products_count"),
    R("đối với «177 sản phẩm", "sản phẩm OCOP xếp hạng từ 3-5 sao đề xuất đưa lên sàn thương mại điện tử", ">=", 177,
      **CNT, pillar=ECO, iid="econ.ecommerce_products_count"),
    R("và «31 sản phẩm", "sản phẩm tiêu biểu của địa phương đề xuất đưa lên sàn thương mại điện tử", ">=", 31, **CNT,
      pillar=ECO, iid="econ.ecommerce_products_count"),
    R("có «57 sản phẩm", "sản phẩm được đề xuất của thành phố Đà Lạt", ">=", 57, **CNT, pillar=ECO, place="Đà Lạt",
      iid="econ.ecommerce_products_count"),
])

# --------------------------------------------------------------------------
# 06 Lâm Đồng, OCOP products in July 2025 (doanhnghiephoinhap.vn; no date
# shown; "Đến tháng 7/2025" → 2025). "913 sản phẩm được công nhận OCOP" and
# its split "821 ... 3 sao, 85 ... 4 sao và 7 ... 5 sao": four count results
# (=), each with its own subject (kinds of products, scope null); null ids (the
# catalogue counts products put online, not certified ones). "vượt 15% kế
# hoạch đề ra": a standing against the plan → NOT. Not quantities: "3 sao",
# "4 sao", "5 sao" as names, "Hàm Minh 30" (a name), and one cooperative's farm
# "hơn 81 ha ... 10 ha đạt chuẩn GlobalGAP" (an enterprise describing itself,
# no target or result of a programme; a judgement). Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_lamdong-ocop-913-san-pham-2025", kind="result", year=2025, records=[
    R("Lâm Đồng có «913 sản phẩm", "sản phẩm được công nhận OCOP", "=", 913, **CNT),
    R("Cụ thể, «821 sản phẩm", "sản phẩm đạt 3 sao", "=", 821, **CNT),
    R("«85 sản phẩm đạt 4 sao", "sản phẩm đạt 4 sao", "=", 85, **CNT),
    R("và «7 sản phẩm đạt 5 sao", "sản phẩm đạt 5 sao", "=", 7, **CNT),
], NOT=["vượt «15% kế"])

# --------------------------------------------------------------------------
# 07 OCOP and e-commerce in Lai Châu, a paper whose excerpt gives national
# figures (ictvietnam.vn; no date shown; "tính đến hết tháng 10/2023" → 2023).
# "63/63 tỉnh, thành phố đánh giá, phân hạng sản phẩm OCOP" (count 63, the
# numerator); "10.322 sản phẩm OCOP đạt 3 sao trở lên, trong đó 67,3% sản phẩm
# 3 sao, 31,2% sản phẩm 4 sao, 0,8% sản phẩm tiềm năng 5 sao và 42 sản phẩm 5
# sao": six results (=), each share with its own subject (kinds of products,
# scope null). Null ids. Pillar: the page's title "... ứng dụng thương mại điện
# tử tiêu thụ sản phẩm Ocop ..." names a topic of the digital economy and
# stands above everything (the "Tóm tắt" label and the "- Giải pháp đề xuất"
# list name none) → digital_economy (as set69's 08 from its title). Not
# quantities: "[12]", "[6, 9]" (references), "từ 2020".
# --------------------------------------------------------------------------
D07 = dict(name="07_laichau-ocop-tmdt-ca-nuoc-2023", kind="result", year=2023, records=[
    R("đã có «63/63 tỉnh", "tỉnh, thành phố đánh giá, phân hạng sản phẩm OCOP", "=", 63, **CNT, pillar=ECO),
    R("Đã có «10.322 sản phẩm", "sản phẩm OCOP đạt 3 sao trở lên", "=", 10322, **CNT, pillar=ECO),
    R("trong đó «67,3%", "sản phẩm OCOP 3 sao", "=", 67.3, pillar=ECO),
    R("«31,2% sản phẩm", "sản phẩm OCOP 4 sao", "=", 31.2, pillar=ECO),
    R("«0,8% sản phẩm", "sản phẩm OCOP tiềm năng 5 sao", "=", 0.8, pillar=ECO),
    R("và «42 sản phẩm", "sản phẩm OCOP 5 sao đã được Bộ NN&PTNT công nhận", "=", 42, **CNT, pillar=ECO),
])

# --------------------------------------------------------------------------
# 08 Bà Rịa-Vũng Tàu, QR codes at heritage sites (tintucvungtau.com; no date
# shown). A precision text: one quantity, "trong năm 2020 có 48 danh thắng, di
# tích được gắn mã QR" (result =, count, year 2020 from the sentence;
# society.digitised_heritage_sites_count). Not quantities: the province's
# heritage stock "48 di tích đã được xếp hạng, 171 di tích đã kiểm kê nhưng
# chưa xếp hạng" (a description of resources, like a population; a judgement),
# "công nghệ 4.0" (a name), "từ năm 2020". Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_bariavungtau-so-hoa-diem-den-qr-precision", kind="result", year=2020, records=[
    R("năm 2020 có «48 danh thắng", "danh thắng, di tích được gắn mã QR", "=", 48, **CNT,
      iid="society.digitised_heritage_sites_count"),
])

# --------------------------------------------------------------------------
# 09 Bình Phước, a farm's electronic diaries (sofri.org.vn; no date shown). A
# precision text: one quantity, "Hiện, hơn 1.400 cơ sở đã thực hiện số hoá và
# sử dụng nhật ký điện tử" (result >, count). Year: "Hiện" with no document
# year (the page shows none; "từ năm 2022" dates when the farm began) → null,
# as set69's 06 "Hiện, trên 90%". Not quantities: "mỗi cây có 1 nhật ký điện
# tử", "mỗi cây đều có 1 mã QR" (one per tree: how the diary works, no value
# reached), "từ năm 2022". Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_binhphuoc-nhat-ky-dien-tu-cay-an-qua-precision", kind="result", year=None, records=[
    R("Hiện, hơn «1.400 cơ sở", "cơ sở đã thực hiện số hoá và sử dụng nhật ký điện tử", ">", 1400, **CNT),
])

# --------------------------------------------------------------------------
# 10 Bắc Giang, traceability of farm produce (hoinhabaobacgiang.vn, byline
# 5/12/2024 → `date 2024-12`). A precision text with no quantity: the
# scheme's period "giai đoạn 2021-2025", "từ năm 2020", and one cooperative
# describing itself, "hiện có 7 hộ liên kết sản xuất theo tiêu chuẩn VietGAP"
# and "khoảng 1,8 nghìn tấn vịt, gà thương phẩm" a year (its members and its
# output, no target or result of traceability; a judgement). No records.
# --------------------------------------------------------------------------
D10 = dict(name="10_bacgiang-truy-xuat-nguon-goc-2024-precision", kind="result", year=2024, records=[])

# --------------------------------------------------------------------------
# 11 Cao Bằng, homestays selling online in Khuổi Ky (ictvietnam.vn, byline
# 07/03/2024 → `date 2024-03`). A precision text: one quantity, "Những người
# chủ của 13 homestay ở ngôi làng này đều biết cách kinh doanh online" (result
# =, count; the sentence names no year → the document's, 2024; null id).
# Pillar: the section label "Kinh tế số" standing above the title →
# digital_economy (a heading naming the pillar). Not quantities: "400 năm
# tuổi" three times (the village's age), "thế hệ 9x" (a name), "cuối năm 2023",
# "năm 1592".
# --------------------------------------------------------------------------
D11 = dict(name="11_caobang-khuoi-ky-homestay-online-precision", kind="result", year=2024, records=[
    R("chủ của «13 homestay", "người chủ của homestay ở ngôi làng này đều biết cách kinh doanh online", "=", 13, **CNT,
      pillar=ECO),
])

# --------------------------------------------------------------------------
# 12 Hồ Chí Minh City, the education sector's "Đề án 06" results of 2025
# (sggp.org.vn, stamp 2026-01-19 → `date 2026-01`; "năm 2025", "Tính đến cuối
# năm 2025" → 2025). "135/161 thủ tục hành chính đáp ứng dịch vụ công trực
# tuyến, đạt tỷ lệ 84%": the count (numerator; egov.online_services_count, a
# judgement: procedures offered online are the online services) and the share
# (null id: the catalogue's shares are of full-process or partial services).
# "104/161 thủ tục hành chính" cut or simplified (count, null id) "(đạt tỷ lệ
# cắt giảm, đơn giản hóa 65% thủ tục hành chính" (egov.procedures_reduced_share)
# "và cắt giảm 50,6% thời gian giải quyết thủ tục hành chính)": the reduction
# the reform reached, measured against no earlier value named (a judgement:
# the form of a target "giảm 20% thời gian xử lý hồ sơ", here reported as
# reached → result =). "140 bản tin chuyên đề" (count;
# aware.dx_news_articles_count, a judgement: bulletins on the scheme's
# services). "vận động 100% cán bộ, giáo viên và học sinh đăng ký, kích hoạt
# tài khoản định danh điện[tử]" (=; null id: staff and pupils, not the whole
# population). Not quantities: "19-1", "Đề án 06" twice, "2022-2025", "năm
# 2030", the second "161" twice (denominators). Pillar null.
# --------------------------------------------------------------------------
D12 = dict(name="12_tphcm-de-an-06-giao-duc-2025", kind="result", year=2025, records=[
    R("TPHCM có «135/161", "thủ tục hành chính đáp ứng dịch vụ công trực tuyến", "=", 135, **CNT,
      iid="egov.online_services_count"),
    R("đạt tỷ lệ «84%", "tỷ lệ thủ tục hành chính đáp ứng dịch vụ công trực tuyến", "=", 84),
    R("đối với «104/161", "thủ tục hành chính được cắt giảm, đơn giản hóa", "=", 104, **CNT),
    R("đơn giản hóa «65%", "tỷ lệ cắt giảm, đơn giản hóa thủ tục hành chính", "=", 65,
      iid="egov.procedures_reduced_share"),
    R("cắt giảm «50,6%", "cắt giảm thời gian giải quyết thủ tục hành chính", "=", 50.6),
    R("đăng tải «140 bản tin", "bản tin chuyên đề về tiện ích của Đề án 06 và hướng dẫn dịch vụ công trực tuyến", "=",
      140, **CNT, iid="aware.dx_news_articles_count"),
    R("vận động «100% cán bộ", "cán bộ, giáo viên và học sinh đăng ký, kích hoạt tài khoản định danh điện tử", "=", 100),
])

# --------------------------------------------------------------------------
# 13 Hồ Chí Minh City, identity codes of preschool children (thanhnien.vn; no
# date shown; "cuối tháng 1.2024" → 2024). "97,2% hồ sơ trẻ mầm non được cập
# nhật mã định danh cá nhân ... (313.523/322.513 hồ sơ trẻ mầm non)": the share
# and the count (numerator; 322.513 the denominator, no record). "Với riêng
# trẻ 5 tuổi, TP đã có 96.515 trên tổng số 98.608 trẻ ..., tỷ lệ 97,88%": the
# count (98.608 the denominator) and the share. The 5-year-olds stand in their
# own sentence, not a split within one sentence → scope null, the group in the
# wording. Null ids. Not quantities: "trẻ 5 tuổi" twice (an age),
# "06/QĐ-TTg", "6.11.2022", "2022 - 2025", "năm 2030". The heading "QUẢN LÝ MÃ
# ĐỊNH DANH CÁ NHÂN ..." names no pillar → null.
# --------------------------------------------------------------------------
D13 = dict(name="13_tphcm-ma-dinh-danh-tre-mam-non-2024", kind="result", year=2024, records=[
    R("TP đã có «97,2%", "hồ sơ trẻ mầm non được cập nhật mã định danh cá nhân trên hệ thống quản lý của ngành", "=",
      97.2),
    R("(«313.523/322.513", "hồ sơ trẻ mầm non được cập nhật mã định danh cá nhân", "=", 313523, **CNT),
    R("TP đã có «96.515", "trẻ 5 tuổi đã được cập nhật mã định danh cá nhân", "=", 96515, **CNT),
    R("tỷ lệ «97,88%", "tỷ lệ trẻ 5 tuổi đã được cập nhật mã định danh cá nhân", "=", 97.88),
])

# --------------------------------------------------------------------------
# 14 Quảng Ngãi, tourism in 2024 and its digital transformation
# (tracuuquyhoach.com; no date shown; "Năm 2024" → 2024). Results: "đón hơn 1,4
# triệu lượt khách" (>, count 1400000), "khách quốc tế ước đạt 29.000 lượt
# người" (=, "ước đạt" a result), "Tổng thu du lịch ước đạt 1.434 tỷ đồng" (=,
# other "đồng", 1434e9), "thu ngoại tệ ước đạt 6,6 triệu USD" (=, other "USD").
# Null ids. "đạt 111% so với kế hoạch năm", "đạt 155% so với kế hoạch năm
# 2024" (standings against the plan) and "tăng 36%", "tăng 91%", "tăng 30%"
# (changes against the year before) → NOT. The heading "Xác định tầm quan
# trọng của chuyển đổi số" stands below the figures → pillar null. Not
# quantities: "Cách mạng Công nghiệp 4.0".
# --------------------------------------------------------------------------
D14 = dict(name="14_quangngai-du-lich-chuyen-doi-so-2024", kind="result", year=2024, records=[
    R("đón hơn «1,4 triệu", "du lịch Quảng Ngãi đón lượt khách", ">", 1400000, **CNT),
    R("ước đạt «29.000 lượt", "khách quốc tế", "=", 29000, **CNT),
    R("ước đạt «1.434 tỷ", "Tổng thu du lịch", "=", 1434e9, **DONG),
    R("ước đạt «6,6 triệu USD", "thu ngoại tệ", "=", 6.6e6, **USD),
], NOT=["(đạt «111%", "tăng «36%", "tăng «91%", "đạt «155%", "tăng «30%"])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
