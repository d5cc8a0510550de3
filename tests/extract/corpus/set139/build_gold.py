#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set139).

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

ANN = dict(unit="other", unit_text="đồng")

# --------------------------------------------------------------------------
# 01 National, information security in "80 năm" of the information and
# communications sector (vietnamnet.vn, crawler stamp " date 2024-12" kept as
# returned; "GCI năm 2024" → 2024 for all). Heading "7. An toàn thông tin" →
# pillar information_security for every record. "7.817/8.339 hệ thống đã được
# phê duyệt cấp độ ..., đạt 93,7%": the count 7.817 (result =, count; no id:
# the catalogue holds the share) and 93,7% (=, security.systems_level_approved_share);
# "/8.339" is the denominator of the count, no record (a judgement, as set25's
# "/ 450.684 hồ sơ"). "Ðã xử lý 8.558 website lừa đảo" (count), "1,3 triệu
# người dân được bảo vệ" (count 1300000; security.protected_users_share is a
# share → null). GCI: "vị trí thứ 17/194" (rank =, rank.itu_gci), "đứng thứ
# 4/11 nước ở khu vực châu Á - Thái Bình Dương" and "thứ 3 ASEAN" (rank =, the
# region in the wording; null: the catalogue's GCI rank is the world rank).
# Not quantities: "7." (heading number), "6/8", "10/8/2022", "năm 2025", "2030",
# the stamp.
# --------------------------------------------------------------------------
D01 = dict(name="01_ca-nuoc-attt-80-nam-2024", kind="result", year=2024, records=[
    R("+ «7.817/8.339", "hệ thống đã được phê duyệt cấp độ an toàn hệ thống thông tin", "=", 7817, **CNT,
      pillar=SEC),
    R("đạt «93,7%", "hệ thống đã được phê duyệt cấp độ an toàn hệ thống thông tin", "=", 93.7, pillar=SEC,
      iid="security.systems_level_approved_share"),
    R("xử lý «8.558 website", "website lừa đảo, vi phạm pháp luật đã xử lý", "=", 8558, **CNT, pillar=SEC),
    R("+ «1,3 triệu người dân", "người dân được bảo vệ, không truy cập vào các website lừa đảo trực tuyến", "=",
      1300000, **CNT, pillar=SEC),
    R("vị trí thứ «17/194", "Việt Nam xếp vị trí trong Bảng xếp hạng chỉ số an toàn, an ninh mạng toàn cầu - GCI",
      "=", 17, **RANK, pillar=SEC, iid="rank.itu_gci"),
    R("đứng thứ «4/11", "Việt Nam đứng thứ nước ở khu vực châu Á - Thái Bình Dương trong Bảng xếp hạng chỉ số "
      "an toàn, an ninh mạng toàn cầu - GCI", "=", 4, **RANK, pillar=SEC),
    R("và thứ «3 ASEAN", "Việt Nam đứng thứ ASEAN trong Bảng xếp hạng chỉ số an toàn, an ninh mạng toàn cầu - GCI", "=", 3, **RANK,
      pillar=SEC),
])

# --------------------------------------------------------------------------
# 02 Thừa Thiên Huế, monitoring results of the first ten months of 2023
# (vietnamnet.vn, stamp " date 2023-11"; "10 tháng đầu năm 2023" → 2023). No
# heading names a pillar → null. One list after "đã phát hiện, ngăn chặn, xử
# lý": "trên 5,7 triệu lượt tấn công mạng" (>, count 5700000), "gần 90.000
# lượt virus phát tán" (~), "73.000 lượt phát tán email rác", "2.713 email chứa
# mã độc", "355 email có nội dung lừa đảo", "25 email có nội dung chống phá"
# (=, each its own subject); then "14 tài khoản bị lộ mật khẩu", notices of
# malware infection "cho 139 đơn vị" and vulnerability warnings "cho 60 đơn
# vị" (=, counts). Ids null: security.attack_incidents_count counts attacks
# causing incidents; these are attacks detected and blocked by the province's
# monitoring (a judgement). Not quantities: "hơn 30 cán bộ, chuyên gia" (the
# drill's participants, as the spec's "hơn 50 cơ quan báo chí"), "năm 2023" in
# the drill's name, "7/11", "10 tháng".
# --------------------------------------------------------------------------
D02 = dict(name="02_thuathienhue-giam-sat-attt-10-thang-2023", kind="result", year=2023, records=[
    R("xử lý trên «5,7 triệu", "lượt tấn công mạng được phát hiện, ngăn chặn, xử lý", ">", 5700000, **CNT),
    R("gần «90.000 lượt", "lượt virus phát tán được phát hiện, ngăn chặn", "~", 90000, **CNT),
    R("; «73.000 lượt", "lượt phát tán email rác được phát hiện, ngăn chặn", "=", 73000, **CNT),
    R("; «2.713 email", "email chứa mã độc được phát hiện, ngăn chặn", "=", 2713, **CNT),
    R("; «355 email", "email có nội dung lừa đảo được phát hiện, ngăn chặn", "=", 355, **CNT),
    R("; «25 email", "email có nội dung chống phá, xuyên tạc chủ trương, đường lối của Đảng", "=", 25, **CNT),
    R("ngăn chặn «14 tài khoản", "tài khoản bị lộ mật khẩu phát tán thư rác, tài khoản vi phạm quy định được xử lý "
      "ngăn chặn", "=", 14, **CNT),
    R("cho «139 đơn vị", "đơn vị được gửi thông báo tình hình nhiễm mã độc trong mạng WAN", "=", 139, **CNT),
    R("cho «60 đơn vị", "đơn vị được cảnh báo lỗ hổng bảo mật trên máy tính sử dụng hệ điều hành Windows", "=", 60,
      **CNT),
])

# --------------------------------------------------------------------------
# 03 National, the information-security ranking of state bodies for 2019
# (ictnews.vietnamnet.vn, stamp " date 2020-09"; "năm 2019" → 2019 for all).
# Pillar null. "Ngân hàng Nhà nước Việt Nam và Đà Nẵng, Cần Thơ, Vĩnh Phúc là
# 4 đơn vị được đánh giá ... ở mức tốt" (count =). Then one sentence, by grade:
# "4 bộ, ngành, địa phương được xếp loại A ..., đạt gần 4%", "46 ... xếp loại
# B ..., chiếm gần 52%", "32 ... loại C ..., chiếm gần 36%", "7 ... loại D ...,
# chiếm gần 8%": each count (=) and each share (~), the grade in the wording; a
# grade is not an administrative level or population group → scope null. Ids
# null. Not quantities: "89 cơ quan gồm 26 bộ ... và 63 tỉnh, thành phố" (the
# bodies the ranking covers: its scope, like set69's "58 tỉnh, thành" ranked),
# "lần thứ hai", "Mười bốn" (a word), the stamp.
# --------------------------------------------------------------------------
D03 = dict(name="03_ca-nuoc-xep-hang-attt-co-quan-nha-nuoc-2019", kind="result", year=2019, records=[
    R("Vĩnh Phúc là «4 đơn vị", "đơn vị được đánh giá quan tâm triển khai an toàn thông tin ở mức tốt", "=", 4,
      **CNT),
    R("có «4 bộ, ngành", "bộ, ngành, địa phương được xếp loại A (quan tâm triển khai an toàn thông tin ở mức tốt)",
      "=", 4, **CNT),
    R("đạt gần «4%", "bộ, ngành, địa phương được xếp loại A", "~", 4),
    R("; «46 bộ ngành", "bộ ngành, địa phương xếp loại B (quan tâm triển khai an toàn thông tin ở mức khá)", "=", 46,
      **CNT),
    R("chiếm gần «52%", "bộ ngành, địa phương xếp loại B", "~", 52),
    R("; «32 bộ, ngành", "bộ, ngành, địa phương xếp loại C (quan tâm triển khai an toàn thông tin ở mức trung bình)",
      "=", 32, **CNT),
    R("chiếm gần «36%", "bộ, ngành, địa phương xếp loại C", "~", 36),
    R("; «7 bộ, ngành", "bộ, ngành, địa phương xếp loại D (mới bắt đầu quan tâm triển khai an toàn thông tin)", "=",
      7, **CNT),
    R("chiếm gần «8%", "bộ, ngành, địa phương xếp loại D", "~", 8),
])

# --------------------------------------------------------------------------
# 04 National, the Ministry's figures for February 2024 (ngaynay.vn, stamp
# " date 2024-03"; "tháng 2/2024" → 2024 for all). Pillar null. "862 cuộc tấn
# công mạng gây ra sự cố ... được ghi nhận, cảnh báo và hướng dẫn xử lý" (=,
# security.attack_incidents_count, its wording). "hơn 432.437 địa chỉ máy
# tính (IP) nằm trong mạng ... botnet" (>, count). "cả nước có 3.224 hệ thống
# thông tin" (=, count: the systems counted), "2.145 hệ thống thông tin được
# phê duyệt cấp độ" (=, count), "đạt 66,5%" (=,
# security.systems_level_approved_share). Websites: "43 trang thông tin
# (website) bị chèn nội dung quảng cáo (19 website thuộc 9 bộ, ngành; 24
# website thuộc 8 tỉnh, thành phố)": every number a record (the breakdown
# 19/24 with its own subjects, scope null: a breakdown by owner, as the spec's
# "1.036 DVCTT toàn trình và 506 DVCTT một phần"; "9 bộ, ngành" and "8 tỉnh,
# thành phố": the owners counted, each a count of its own — a judgement).
# "cấp mới, cấp lại tín nhiệm mạng cho 8 website" (=), "nâng tổng ... được cấp
# nhãn là 4.662 (557 website của 21 bộ, ngành; 4.105 website của 61 tỉnh,
# thành phố)": 4.662, 557, 21, 4.105, 61 likewise. Ids null except the two
# above. Not quantities: the changes "giảm 9,3% so với tháng 1/2024", "giảm
# 48,9% so với cùng kỳ", "tăng 13% so với cùng kỳ", "tăng 0,5% so với tháng
# 1/2024", "tăng 6% so với cùng kỳ" (NOT entries); "tháng 2/2024", "tháng
# 1/2024", "tháng 2/2023", "năm 2023".
# --------------------------------------------------------------------------
D04 = dict(name="04_ca-nuoc-tan-cong-mang-phe-duyet-cap-do-thang-2-2024", kind="result", year=2024, records=[
    R("có «862 cuộc", "cuộc tấn công mạng gây ra sự cố vào các hệ thống thông tin tại Việt Nam được ghi nhận, cảnh "
      "báo và hướng dẫn xử lý", "=", 862, **CNT, iid="security.attack_incidents_count"),
    R("có hơn «432.437", "địa chỉ máy tính (IP) nằm trong mạng máy tính nhiễm virus (mạng botnet)", ">", 432437,
      **CNT),
    R("cả nước có «3.224", "hệ thống thông tin của cả nước", "=", 3224, **CNT),
    R("trong đó «2.145", "hệ thống thông tin được phê duyệt cấp độ", "=", 2145, **CNT),
    R("đạt «66,5%", "hệ thống thông tin được phê duyệt cấp độ", "=", 66.5,
      iid="security.systems_level_approved_share"),
    R("ghi nhận «43 trang", "trang thông tin (website) bị chèn nội dung quảng cáo", "=", 43, **CNT),
    R("(«19 website", "website bị chèn nội dung quảng cáo thuộc bộ, ngành", "=", 19, **CNT),
    R("thuộc «9 bộ, ngành;", "bộ, ngành có website bị chèn nội dung quảng cáo", "=", 9, **CNT),
    R("; «24 website", "website bị chèn nội dung quảng cáo thuộc tỉnh, thành phố", "=", 24, **CNT),
    R("thuộc «8 tỉnh", "tỉnh, thành phố có website bị chèn nội dung quảng cáo", "=", 8, **CNT),
    R("cho «8 website", "website cơ quan nhà nước được cấp mới, cấp lại tín nhiệm mạng", "=", 8, **CNT),
    R("là «4.662", "tổng website cơ quan nhà nước được cấp nhãn tín nhiệm mạng", "=", 4662, **CNT),
    R("(«557 website", "website của bộ, ngành được cấp nhãn tín nhiệm mạng", "=", 557, **CNT),
    R("của «21 bộ", "bộ, ngành có website được cấp nhãn tín nhiệm mạng", "=", 21, **CNT),
    R("; «4.105 website", "website của tỉnh, thành phố được cấp nhãn tín nhiệm mạng", "=", 4105, **CNT),
    R("của «61 tỉnh", "tỉnh, thành phố có website được cấp nhãn tín nhiệm mạng", "=", 61, **CNT),
], NOT=["giảm «9,3%", "giảm «48,9%", "tăng «13%", "tăng «0,5%", "tăng «6%"])

# --------------------------------------------------------------------------
# 05 National, the first national cyber-security drill of 2024 (vietnamplus.vn,
# no date shown; "Diễn tập An ninh mạng quốc gia năm 2024", "Trong năm 2024" →
# 2024). Pillar null. One sentence of A05's results in 2024: "tiếp nhận, xử lý
# 74.000 cảnh báo tấn công mạng" (=, count; null: alerts, not the catalogue's
# attacks causing incidents), "83 chiến dịch tấn công mạng có chủ đích (APT)",
# "thu thập và phân tích 125 mẫu thuộc 64 dòng mã độc khác nhau" (125 samples,
# 64 families: two counts, each its own subject). Not quantities: "41 đơn vị
# ... đã tham gia diễn tập" (the drill's participants), "17/12", "năm 2024" in
# the drill's name.
# --------------------------------------------------------------------------
D05 = dict(name="05_ca-nuoc-dien-tap-an-ninh-mang-quoc-gia-2024", kind="result", year=2024, records=[
    R("xử lý «74.000 cảnh báo", "cảnh báo tấn công mạng đã tiếp nhận, xử lý", "=", 74000, **CNT),
    R(", «83 chiến dịch", "chiến dịch tấn công mạng có chủ đích (APT) tại Việt Nam đã tiếp nhận, xử lý", "=", 83,
      **CNT),
    R("phân tích «125 mẫu", "mẫu mã độc của tin tặc đã thu thập và phân tích", "=", 125, **CNT),
    R("thuộc «64 dòng", "dòng mã độc khác nhau của tin tặc", "=", 64, **CNT),
])

# --------------------------------------------------------------------------
# 06 National, online fraud in the first eight months of 2025 (vnexpress.net,
# stamp " date 2025-10-22"; no year in the sentences → 2025). Pillar null. The
# headline "Hơn 1.500 vụ lừa đảo qua mạng trong 8 tháng đầu năm" states the
# body's figure: two records (>), as set69's 01 recorded a figure stated twice.
# "gây thiệt hại hơn 1.660 tỷ đồng" (>, other "đồng", 1660e9). "phát hiện 4.532
# tên miền độc hại" (=, count). Not quantities: "tăng 65% so với cùng kỳ 2024"
# (NOT), "tăng gần 90%" (a change, no base written but "tăng" → NOT), "8
# tháng", "22/10", "VTV9" (a name).
# --------------------------------------------------------------------------
D06 = dict(name="06_ca-nuoc-lua-dao-qua-mang-8-thang-2025", kind="result", year=2025, records=[
    R("Hơn «1.500 vụ", "vụ lừa đảo qua mạng trong 8 tháng đầu năm", ">", 1500, **CNT),
    R("ghi nhận hơn «1.500 vụ", "vụ lừa đảo qua mạng cả nước ghi nhận trong 8 tháng đầu năm", ">", 1500, **CNT),
    R("thiệt hại hơn «1.660 tỷ", "thiệt hại do lừa đảo qua mạng", ">", 1660e9, **ANN),
    R("phát hiện «4.532 tên miền", "tên miền độc hại được phát hiện", "=", 4532, **CNT),
], NOT=["tăng «65%", "tăng gần «90%"])

# --------------------------------------------------------------------------
# 07 National, online fraud losses (vnexpress.net, stamp " date 2025-06").
# Pillar null. "lừa đảo trực tuyến gây thiệt hại hơn 12.000 tỷ đồng năm 2024"
# (>, other "đồng", 12000e9, year 2024) and "hơn 6.000 vụ năm qua" (>, count,
# year 2024: "năm qua" from a page of 2025, the same figure's cases). "Trong
# giai đoạn từ tháng 2 đến 5, ... thiệt hại hơn 1.000 tỷ đồng" (>, 1000e9) and
# "trung bình hơn 18.000 lượt phản ánh ... trong bốn tuần" (>, count): year
# 2025 (the document's year; "giảm nhẹ đầu 2025, nhưng hiện ..."). Ids null.
# Not quantities: "Trưởng phòng 5" (a name), "26/6", "tháng 2 đến 5", "đầu
# 2025", "bốn tuần", "bảy hình thức" (words).
# --------------------------------------------------------------------------
D07 = dict(name="07_ca-nuoc-lua-dao-truc-tuyen-thiet-hai-2024", kind="result", year=2025, records=[
    R("thiệt hại hơn «12.000 tỷ", "thiệt hại do lừa đảo trực tuyến Bộ Công an ghi nhận", ">", 12000e9, **ANN,
      year=2024),
    R("với hơn «6.000 vụ", "vụ lừa đảo trực tuyến Bộ Công an ghi nhận", ">", 6000, **CNT, year=2024),
    R("thiệt hại hơn «1.000 tỷ", "thiệt hại của các vụ lừa đảo từ tháng 2 đến 5", ">", 1000e9, **ANN),
    R("trung bình hơn «18.000 lượt", "lượt phản ánh về lừa đảo trực tuyến được ghi nhận trong bốn tuần", ">", 18000,
      **CNT),
])

# --------------------------------------------------------------------------
# 08 National, personal data traded illegally in six months (radiohcm.vn, no
# date shown; the text names no year → null for all, a judgement: the address
# holds a number, not a date the page shows). Pillar null. The headline "hơn
# 110 triệu bản ghi dữ liệu cá nhân bị mua bán trái phép" and the body's "56 vụ
# việc" (=, count) and "hơn 110 triệu bản ghi" (>, count 110e6). Not
# quantities: "6 tháng" (twice), "7/7", "ba nguyên nhân" (a word).
# --------------------------------------------------------------------------
D08 = dict(name="08_ca-nuoc-mua-ban-du-lieu-ca-nhan-6-thang-2025", kind="result", year=None, records=[
    R("6 tháng hơn «110 triệu", "bản ghi dữ liệu cá nhân bị mua bán trái phép", ">", 110e6, **CNT),
    R("xử lý «56 vụ việc", "vụ việc liên quan đến hành vi mua bán trái phép dữ liệu cá nhân được phát hiện và xử lý",
      "=", 56, **CNT),
    R("giao dịch hơn «110 triệu", "số lượng dữ liệu cá nhân bị giao dịch", ">", 110e6, **CNT),
])

# --------------------------------------------------------------------------
# 09 National, the criminal police's figures for the first nine months of
# 2025 (soha.vn, no date shown; "9 tháng đầu năm 2025" → 2025). A precision
# text: "tội phạm lừa đảo trên mạng vẫn chiếm tỷ lệ cao, tới 59% tổng số vụ
# lừa đảo" (=, %: "tới" reads as the value reached) and "bắt giữ gần 200 đối
# tượng" (~, count) among "Quý III/2025", "7/10", "9 tháng", "C02" (a name).
# "giảm sâu so với cùng kỳ" has no number. Pillar null; ids null.
# --------------------------------------------------------------------------
D09 = dict(name="09_ca-nuoc-lua-dao-tren-mang-9-thang-2025-precision", kind="result", year=2025, records=[
    R("tới «59%", "tội phạm lừa đảo trên mạng chiếm tỷ lệ trong tổng số vụ lừa đảo", "=", 59),
    R("bắt giữ gần «200 đối tượng", "đối tượng hoạt động lừa đảo chiếm đoạt tài sản đã bắt giữ", "~", 200, **CNT),
])

# --------------------------------------------------------------------------
# 10 Huế, a ring trading personal data (daibieunhandan.vn, no date shown; the
# text names no year → null). A precision text: one quantity, "đường dây mua
# bán hơn 56 triệu dữ liệu cá nhân" (>, count 56e6; a judgement: the data the
# ring traded, a reported figure of the police's case), among the birth years
# "1997", "1999", "1982" and "hàng chục ngàn thành viên" (no digits). Pillar
# null; id null.
# --------------------------------------------------------------------------
D10 = dict(name="10_hue-mua-ban-du-lieu-ca-nhan-precision", kind="result", year=None, records=[
    R("mua bán hơn «56 triệu", "dữ liệu cá nhân bị đường dây mua bán", ">", 56e6, **CNT),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
