#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set126).

Copied from set69's builder (itself from set47's, set45's, set43's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (227
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

TAN = dict(unit="other", unit_text="tấn")

# --------------------------------------------------------------------------
# 01 Hà Tĩnh, the year's OCOP targets (thuonghieucongluan.com.vn; no date shown,
# and the text names no year: "Đến hết năm" → year null for every record).
# Six targets: "ít nhất tối thiểu 50 sản phẩm, dịch vụ đạt chuẩn OCOP" (>=),
# "tối thiểu 10 sản phẩm đạt chuẩn OCOP 4 sao" (>=), "tối thiểu 30 tổ chức kinh
# tế" (>=), "Phát triển mới tối thiểu 10 tổ chức kinh tế" (>=), a target stated
# as a change "doanh số bán hàng bình quân tăng tối thiểu 20%" (>=, a quantity
# under the contract), "phát triển mới 3 - 5 điểm giới thiệu" (between 3-5) and
# "tối thiểu 50% cơ sở tham gia thực hiện chuyển đổi số và đưa sản phẩm lên sàn
# thương mại điện tử" (>=; establishments, not products: no exact catalogue id →
# null). Not quantities: the star levels "OCOP 4 sao", "OCOP 5 sao" (names of a
# grade). No heading names a pillar → null.
# --------------------------------------------------------------------------
D01 = dict(name="01_hatinh-ocop-chuyen-doi-so-san-tmdt", kind="target", year=None, records=[
    R("phấn đấu có ít nhất tối thiểu «50 sản phẩm", "sản phẩm, dịch vụ đạt chuẩn OCOP", ">=", 50, **CNT, iid=None),
    R("phấn đấu có tối thiểu «10 sản phẩm", "sản phẩm đạt chuẩn OCOP 4 sao", ">=", 10, **CNT, iid=None),
    R("năng lực cho tối thiểu «30 tổ chức", "tổ chức kinh tế sản xuất, kinh doanh sản phẩm, dịch vụ hiện có thực hiện Chương trình OCOP",
      ">=", 30, **CNT, iid=None),
    R("Phát triển mới tối thiểu «10 tổ chức", "tổ chức kinh tế tham gia Chương trình", ">=", 10, **CNT, iid=None),
    R("tăng tối thiểu «20%", "Các sản phẩm tham gia chương trình OCOP có doanh số bán hàng bình quân tăng", ">=", 20, iid=None),
    R("phát triển mới «3 - 5 điểm", "điểm giới thiệu, bán sản phẩm OCOP", "between", 3, **CNT, value_max=5, iid=None),
    R("có tối thiểu «50% cơ sở", "cơ sở tham gia thực hiện chuyển đổi số và đưa sản phẩm lên sàn thương mại điện tử",
      ">=", 50, iid=None),
])

# --------------------------------------------------------------------------
# 02 Bà Rịa - Vũng Tàu, the province's plan for Resolution 106/NQ-CP on
# agricultural cooperatives (the agriculture department's site; byline
# "14/03/2024" → `date 2024-03`; "đến năm 2025" → targets of 2025). The title
# states the 30% target of the body: two records (title and body), as set69
# did for a lead repeated in the body. "chiếm từ 60% trở lên" (>=), "tối thiểu 5
# mô hình" (>=, count), "trên 30% hợp tác xã nông nghiệp ứng dụng công nghệ
# cao" (>; high technology is not the catalogue's "ứng dụng công nghệ số" →
# null). Not quantities: "Nghị quyết số 106/NQ-CP". Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_bariavungtau-htx-nong-nghiep-2025", kind="target", year=2025, records=[
    R("phấn đấu ít nhất «30% hợp tác xã tham gia chuỗi liên kết\n", "hợp tác xã tham gia chuỗi liên kết", ">=", 30, iid=None),
    R("khá chiếm từ «60% trở lên", "số hợp tác xã nông nghiệp hoạt động đạt loại tốt, khá", ">=", 60, iid=None),
    R("Trong đó có ít nhất «30% hợp tác xã", "hợp tác xã nông nghiệp tham gia chuỗi liên kết", ">=", 30, iid=None),
    R("xây dựng tối thiểu «5 mô hình", "mô hình hợp tác xã nông nghiệp hoạt động hiệu quả", ">=", 5, **CNT, iid=None),
    R("phấn đấu có trên «30% hợp tác xã", "hợp tác xã nông nghiệp ứng dụng công nghệ cao", ">", 30, iid=None),
])

# --------------------------------------------------------------------------
# 03 Hà Nội, Văn Đức commune (Gia Lâm) and its smart village Chử Xá
# (saigonmoi24.com; no date shown; "năm 2024, xã được ... lựa chọn", "Ngay từ
# đầu năm" → results of 2024). "một trong 3 xã xây dựng nông thôn mới kiểu mẫu"
# is a count result (=3), as set69 read "1 trong 7 chợ". The village's results:
# "gần 1,5 nghìn điện thoại thông minh" (~, 1500, count), "100% số hộ đồng tình
# xây dựng thôn thông minh" (=), "682/735 hộ sử dụng các tiện ích của ví điện
# tử" and "126/735 hộ lắp camera giám sát" (counts; the "/735" is the
# denominator, no record of its own). No catalogue indicator counts these →
# null. Not quantities: "thôn có 735 hộ gia đình" (the village's size, the
# base of the shares, not a result), "trên 2 lĩnh vực" (the fields of a model,
# like a count of tasks), the years, and the cut "năm 20" at the end. Pillar
# null.
# --------------------------------------------------------------------------
D03 = dict(name="03_hanoi-vanduc-thon-thong-minh", kind="result", year=2024, records=[
    R("một trong «3 xã", "xã xây dựng nông thôn mới kiểu mẫu", "=", 3, **CNT, iid=None),
    R("có gần «1,5 nghìn", "điện thoại thông minh", "~", 1500, **CNT, iid=None),
    R("thông minh, «100% số hộ", "số hộ đồng tình xây dựng thôn thông minh", "=", 100, iid=None),
    R("«682/735 hộ", "hộ sử dụng các tiện ích của ví điện tử để thanh toán, giao dịch hàng hóa", "=", 682, **CNT, iid=None),
    R("«126/735 hộ", "hộ lắp camera giám sát", "=", 126, **CNT, iid=None),
])

# --------------------------------------------------------------------------
# 04 Thanh Hóa, traceability stamps (baothanhhoa.vn; the crawler's stamp
# `date 2021-11` → results of 2021). "duy trì 17 cơ sở sản xuất, kinh doanh sản
# phẩm nông nghiệp và 120 sản phẩm OCOP của tỉnh được dán tem truy xuất nguồn
# gốc": two counts, each with its own subject; "Trung bình mỗi năm chi cục hỗ
# trợ hơn 100.000 tem tích hợp QR Code" (>, count). Ids null (the catalogue's
# traceability indicator is a share). Not a quantity: "15.000m2 nhà lưới" (the
# size of one cooperative's greenhouses, not a result of an indicator). Pillar
# null.
# --------------------------------------------------------------------------
D04 = dict(name="04_thanhhoa-tem-truy-xuat-qr-2021", kind="result", year=2021, records=[
    R("duy trì «17 cơ sở", "cơ sở sản xuất, kinh doanh sản phẩm nông nghiệp được dán tem truy xuất nguồn gốc sản phẩm",
      "=", 17, **CNT, iid=None),
    R("nghiệp và «120 sản phẩm", "sản phẩm OCOP của tỉnh được dán tem truy xuất nguồn gốc sản phẩm", "=", 120, **CNT, iid=None),
    R("hỗ trợ hơn «100.000 tem", "tem tích hợp QR Code phục vụ truy xuất nguồn gốc và quảng bá sản phẩm", ">", 100000,
      **CNT, iid=None),
])

# --------------------------------------------------------------------------
# 05 the whole country, OCOP and digital transformation (kythuatchonghanggia.vn;
# no date shown; "Tính đến tháng 2/2022" → results of 2022, also for the lead's
# "63/63 tỉnh, thành" which names no year). "63/63 tỉnh, thành ... có chủ thể
# tham gia" is stated twice (lead and body): two count results (=63). "là 2.944
# chủ thể", "đạt 5.401 sản phẩm", then the breakdown by grade "3 sao là 3.381",
# "4 sao là 1.934", "5 sao là 86": one record per number, each with its own
# subject, scope null (a breakdown by kind, not by level). "Trong giai đoạn 2018
# - 2020, ... có 20 sản phẩm của 8 chủ thể thuộc 11 tỉnh, thành phố được xếp hạng
# 5 sao quốc gia": three counts, year 2020 (the end of the period). Not
# quantities: "tăng đến 4,8 lần và 5,7 lần so với thời điểm năm 2019" (a
# result's change against an earlier value), the star grades, "Quyết định số
# 490/QĐ-TTg". Ids null (products rated, not products on e-commerce). Pillar
# null: the heading "Chủ thể OCOP chủ động, tích cực áp dụng chuyển đổi số" names
# no pillar.
# --------------------------------------------------------------------------
D05 = dict(name="05_canuoc-ocop-chuyen-doi-so-2022", kind="result", year=2022, records=[
    R("(CHG) «63/63", "tỉnh, thành trên cả nước đều có chủ thể tham gia Chương trình “Mỗi xã một sản phẩm” (OCOP)",
      "=", 63, **CNT, iid=None),
    R("đã có «63/63", "tỉnh thành tham gia chương trình", "=", 63, **CNT, iid=None),
    R("Chương trình là «2.944", "số lượng chủ thể tham gia Chương trình", "=", 2944, **CNT, iid=None),
    R("OCOP đạt «5.401", "Số lượng sản phẩm OCOP", "=", 5401, **CNT, iid=None),
    R("3 sao là «3.381", "số lượng sản phẩm 3 sao", "=", 3381, **CNT, iid=None),
    R("4 sao là «1.934", "số lượng sản phẩm 4 sao", "=", 1934, **CNT, iid=None),
    R("5 sao là «86", "số lượng sản phẩm 5 sao", "=", 86, **CNT, iid=None),
    R("OCOP có «20 sản phẩm", "sản phẩm được xếp hạng 5 sao quốc gia", "=", 20, **CNT, year=2020, iid=None),
    R("của «8 chủ thể", "chủ thể có sản phẩm được xếp hạng 5 sao quốc gia", "=", 8, **CNT, year=2020, iid=None),
    R("thuộc «11 tỉnh", "tỉnh, thành phố có sản phẩm được xếp hạng 5 sao quốc gia", "=", 11, **CNT, year=2020, iid=None),
])

# --------------------------------------------------------------------------
# 06 Nam Định, Giao Phong commune chosen as a pilot smart commune
# (thuonghieusanpham.vn; no date shown; the text names no year for its
# results → null; "Cuối năm 2022" dates another event). A precision text: many
# numbers, few quantities. The pilot list "có 9 xã ... được chọn thí điểm;
# trong đó, có 6 mô hình xã nông thôn mới thông minh và 3 mô hình xã thương mại
# điện tử": three count results (each its own subject; pilots chosen, not smart
# communes recognised → id null). "Xã hiện chỉ còn dưới 1/% hộ nghèo" (the
# page's typo kept; a result <1 %). "huy động được 196.663 triệu đ" (money
# mobilised, unit other "đồng", 196663e6; the excerpt ends in "đ"). Not
# quantities: "(đợt 1)", "năm xã" (a word), "hơn 6.800 nhân khẩu", "11 xóm",
# "380 đảng viên", "16 chi bộ" (the commune's make-up), "Cuối năm 2022". Pillar
# null.
# --------------------------------------------------------------------------
D06 = dict(name="06_namdinh-giaophong-nong-thon-moi-thong-minh-precision", kind="result", year=None, records=[
    R("có «9 xã", "xã trong cả nước được chọn thí điểm", "=", 9, **CNT, iid=None),
    R("có «6 mô hình", "mô hình xã nông thôn mới thông minh", "=", 6, **CNT, iid=None),
    R("và «3 mô hình", "mô hình xã thương mại điện tử", "=", 3, **CNT, iid=None),
    R("còn dưới «1/%", "hộ nghèo theo chuẩn đa chiều", "<", 1, iid=None),
    R("được «196.663 triệu", "Quá trình xây dựng nông thôn mới theo các tiêu chí kiểu mẫu, xã Giao Phong đã huy động",
      "=", 196663e6, **DONG, iid=None),
])

# --------------------------------------------------------------------------
# 07 the whole country, planting-area codes (tothethao.com, a copy of a news
# item; no date shown, no year named → null). A precision text: one quantity,
# "cả nước đã có 6.883 mã số vùng trồng" (=, count; the catalogue's
# traceability indicator is a share → null). Nothing else is a number.
# --------------------------------------------------------------------------
D07 = dict(name="07_canuoc-ma-so-vung-trong-precision", kind="result", year=None, records=[
    R("đã có «6.883", "mã số vùng trồng", "=", 6883, **CNT, iid=None),
])

# --------------------------------------------------------------------------
# 08 the whole country, the programme of Decision 924/QĐ-TTg (vietnamnet.vn; no
# date shown; no year for the amount → null). A precision text: one quantity,
# "Với kinh phí lên đến hơn 3000 tỷ đồng, chuyển đổi số trong nông thôn mới ..."
# (a result, >, 3000e9 đồng; inst.dx_funding_amount). Not quantities: "Quyết
# định số 924/QĐ-TTg", "02/08/2022", "2021 - 2025", "4 mục tiêu cụ thể" (a count
# of objectives), "đến năm 2025", "2026-2030". Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_canuoc-chuyen-doi-so-nong-thon-moi-924-precision", kind="result", year=None, records=[
    R("đến hơn «3000 tỷ", "kinh phí chuyển đổi số trong nông thôn mới", ">", 3000e9, **DONG,
      iid="inst.dx_funding_amount"),
])

# --------------------------------------------------------------------------
# 09 Gia Lai, traceability by QR code (baogialai.com.vn; the crawler's stamp
# `date 2025-10`). A precision text with no quantity: "Gần 100 tấn trà dung được
# đưa ra thị trường ... hằng năm" is one producer's output, not a target or
# result of an indicator (like a person's money). No records.
# --------------------------------------------------------------------------
D09 = dict(name="09_gialai-truy-xuat-nguon-goc-qr-precision", kind="result", year=2025, records=[
])

# --------------------------------------------------------------------------
# 10 Bắc Giang, a provincial leader's livestream sale of litchi (lite.baomoi.com;
# no date shown; "Sáng 29/6" names no year → null). One quantity: "hơn 54 tấn
# vải thiều đã được “chốt đơn” qua nền tảng trực tuyến" (a result of online
# sales, >, unit other "tấn"). Not quantities: "29/6", "hàng trăm nghìn lượt"
# (words). Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_bacgiang-livestream-vai-thieu-precision", kind="result", year=None, records=[
    R("giờ, hơn «54 tấn", "vải thiều đã được “chốt đơn” qua nền tảng trực tuyến", ">", 54, **TAN, iid=None),
])

# --------------------------------------------------------------------------
# 11 Ninh Bình, traceability for a herbal cooperative (taichinhplus.com.vn; no
# date shown). No quantity: "15 sản phẩm khác nhau, trong đó có 6 sản phẩm đạt
# chứng nhận OCOP từ 3-4 sao" are one cooperative's products (like a person's
# money), not a target or result of an indicator; "3-4 sao" are grades. No
# records; year null.
# --------------------------------------------------------------------------
D11 = dict(name="11_ninhbinh-truy-xuat-nguon-goc-htx-duoc-lieu", kind="result", year=None, records=[
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
