#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set73).

Copied from set69's builder (itself from set47's, set45's, set43's, set41's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

A document may also list BARE (set73): locators of percentages whose "%" the page leaves out
("ngành kinh tế số lõi đóng góp 7,82 (chiếm 60,85%)"); check_gold.py tolerates their unit check.

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

NOPT = dict(unit="other", unit_text=None)  # an index value with no "điểm" written
DN1000 = dict(unit="other", unit_text="doanh nghiệp/1.000 dân")
MERCH = "econ.merchants_cashless_share"
GDPSH = "econ.digital_economy_gdp_share"

# --------------------------------------------------------------------------
# 01 Cần Thơ, cashless payments and the "chợ 4.0" markets up to June 2024
# (data.vdsc.com.vn, byline 19/08/2024 → `date 2024-08`; "đến tháng 6/2024",
# "06 tháng đầu năm 2024" → results of 2024). "tất cả 9/9 quận, huyện" and
# "20/78 chợ": counts of the numerator (=), the denominator no record (as
# set-wide). "hiện có 03 doanh nghiệp cung ứng dịch vụ thanh toán ... tham gia":
# a count (=; the providers taking part, a judgement: a result of the
# programme, not the participants of an event). "đạt từ 10% đến 15%": one
# between record (traders, econ.merchants_cashless_share); "chiếm khoảng 25% -
# 30%": one between record ("khoảng" before a range: the range decides,
# econ.cashless_transactions_share). "13 siêu thị, 05 trung tâm thương mại và
# 169 cửa hàng tiện lợi": three counts, each its own subject (a breakdown by
# kind of outlet, scope null). "100% các đơn vị này đều đã triển" (the excerpt
# ends inside the word): a result %, econ.merchants_cashless_share (its wording
# "chợ, siêu thị, trung tâm thương mại triển khai thanh toán không dùng tiền
# mặt"). Title names no pillar → null. Not quantities: "76/KH-UBND",
# "08/4/2024", "năm 2024", "tháng 6/2024", "06 tháng", "tháng 06/2024", "chợ
# 4.0" (a name, four times).
# --------------------------------------------------------------------------
D01 = dict(name="01_cantho-cho-40-thanh-toan-6-thang-2024", kind="result", year=2024, records=[
    R("tất cả «9/9 quận", "quận, huyện thực hiện thí điểm mô hình chợ 4.0", "=", 9, **CNT),
    R("hiện có «03 doanh nghiệp", "doanh nghiệp cung ứng dịch vụ thanh toán không dùng tiền mặt tham gia", "=", 3,
      **CNT),
    R("chợ 4.0 là «20/78 chợ", "chợ trên địa bàn thành phố đã công bố chợ 4.0", "=", 20, **CNT),
    R("đạt từ «10% đến 15%", "Số lượng tiểu thương tại các chợ 4.0 tham gia hoạt động thanh toán không dùng tiền mặt",
      "between", 10, value_max=15, iid=MERCH),
    R("chiếm khoảng «25% - 30%", "Tỷ lệ giao dịch thanh toán không dùng tiền mặt tại các chợ 4.0", "between", 25,
      value_max=30, iid="econ.cashless_transactions_share"),
    R("đến «13 siêu thị", "siêu thị triển khai hoạt động thanh toán không dùng tiền mặt", "=", 13, **CNT),
    R("«05 trung tâm thương mại", "trung tâm thương mại triển khai hoạt động thanh toán không dùng tiền mặt", "=", 5,
      **CNT),
    R("«169 cửa hàng", "cửa hàng tiện lợi kinh doanh theo chuỗi triển khai hoạt động thanh toán không dùng tiền mặt",
      "=", 169, **CNT),
    R("«100% các đơn vị", "các đơn vị này đều đã triển khai thanh toán không dùng tiền mặt", "=", 100, iid=MERCH),
])

# --------------------------------------------------------------------------
# 02 Cần Thơ, digital economy and society in 2022 (infonet.vietnamnet.vn, no
# date shown; "năm 2022", "từ ngày 1/7/2022", "Đến tháng 6/2022" → results of
# 2022). "(đã triển khai được 7 chợ)": a count in a bracket. Four "100%" and
# "khoảng 82% dân số": results, each its own subject; ids
# econ.e_invoice_enterprises_share, econ.e_tax_enterprises_share,
# society.electronic_health_records_share (~), null for pupils' digital
# records (the catalogue's is a share of schools),
# society.cashless_school_fees_share for the training bodies' fees. "391 máy
# ATM" (count, no id). "6." closes the excerpt cut inside a number: no record
# (a judgement). The title names two pillars ("kinh tế số, xã hội số") → null.
# Not quantities: "Chương trình số 05", "17/2/2022", "1/7/2022", "tháng
# 6/2022", "chợ 4.0".
# --------------------------------------------------------------------------
D02 = dict(name="02_cantho-kinh-te-so-xa-hoi-so-2022", kind="result", year=2022, records=[
    R("triển khai được «7 chợ", "mô hình chợ 4.0 đã triển khai được", "=", 7, **CNT),
    R("cụ thể: «100% doanh nghiệp", "doanh nghiệp đã triển khai sử dụng hóa đơn điện tử", "=", 100,
      iid="econ.e_invoice_enterprises_share"),
    R("điện tử; «100% doanh nghiệp nộp thuế", "doanh nghiệp nộp thuế, kê khai thuế qua mạng", "=", 100,
      iid="econ.e_tax_enterprises_share"),
    R("cho khoảng «82% dân số", "Triển khai hệ thống hồ sơ sức khỏe điện tử cá nhân cho dân số thành phố", "~", 82,
      iid="society.electronic_health_records_share"),
    R("«100% học sinh", "học sinh có hồ sơ số về việc học tập cá nhân", "=", 100),
    R("«100% cơ sở đào tạo", "cơ sở đào tạo triển khai thanh toán học phí không dùng tiền mặt", "=", 100,
      iid="society.cashless_school_fees_share"),
    R("lắp đặt «391 máy ATM", "máy ATM được lắp đặt trên địa bàn thành phố Cần Thơ", "=", 391, **CNT),
])

# --------------------------------------------------------------------------
# 03 Huế, the first cashless street on the Hue-S platform (daibieunhandan.vn,
# no date shown; "từ tháng 5.2023" → 2023). "105 cửa hàng chấp nhận thanh toán
# với Hue-S" (count) and "tương đương 80% các tiểu thương" (%,
# econ.merchants_cashless_share): results. "Mục tiêu ... là 100% cửa hàng trên
# tuyến phố này chấp nhận thanh toán với Hue-S": a target (>=, bare; no year
# of its own → the document's 2023; econ.merchants_cashless_share). "thẻ ATM
# của 40 ngân hàng trong nước và 4 tổ chức thẻ quốc tế": what the app links to
# (the parts of a payment service, named next: Visa, MasterCard ...), no
# quantity (a judgement). Pillar null (headings name none). Not quantities:
# "tháng 5.2023".
# --------------------------------------------------------------------------
D03 = dict(name="03_hue-tuyen-pho-hue-s-2023", kind="result", year=2023, records=[
    R("đã có «105 cửa hàng", "cửa hàng chấp nhận thanh toán với Hue-S trên phố Hai Bà Trưng", "=", 105, **CNT),
    R("tương đương «80% các", "các tiểu thương kinh doanh trên tuyến phố chấp nhận thanh toán với Hue-S", "=", 80,
      iid=MERCH),
    R("đặt ra là «100% cửa hàng", "cửa hàng trên tuyến phố này chấp nhận thanh toán với Hue-S", ">=", 100,
      kind="target", iid=MERCH),
])

# --------------------------------------------------------------------------
# 04 Gia Lai, the start-up ecosystem scheme 2019-2025 (baogialai.com.vn; the
# excerpt opens with the crawler's stamp " date 2025-11-28 " on its first line,
# kept as returned → 2025). A precision text: one quantity, "Hơn 2.000 lượt
# người được đào tạo về kỹ năng và tư duy đổi mới sáng tạo" (result, >, count,
# year 2025: counted over 2019-2025 up to the stamp; no id). "vượt gấp đôi mục
# tiêu" has no number. Not quantities: "6 năm" twice (a duration),
# "2019-2025" three times, "3043/QĐ-UBND năm 2019", the stamp. Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_gialai-khoi-nghiep-2019-2025-precision", kind="result", year=2025, records=[
    R("Hơn «2.000 lượt", "lượt người được đào tạo về kỹ năng và tư duy đổi mới sáng tạo", ">", 2000, **CNT),
])

# --------------------------------------------------------------------------
# 05 Bình Định, the Quang Trung software park and AI (vov.vn, no date shown;
# no year for the results). A precision text: one quantity, "2 doanh nghiệp
# này đã tạo việc làm cho gần 1.000 kỹ sư công nghệ thông tin, trí tuệ nhân
# tạo" (result, ~, count; year null: "Sau vài năm đi vào hoạt động" names none
# and the page shows no date, a judgement; no id). Not quantities: "20/3",
# "năm 2017", "hơn 1.000 m2" (a building's floor area), "khu vực 2" (an
# address), "54 hecta" (the park's land area: no target or result of the
# transformation, a judgement), "2 doanh nghiệp" twice (TMA and FPT, named:
# an identification, not a count reached). Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_binhdinh-cong-vien-phan-mem-precision", kind="result", year=None, records=[
    R("cho gần «1.000 kỹ sư", "doanh nghiệp này đã tạo việc làm cho kỹ sư công nghệ thông tin, trí tuệ nhân tạo", "~",
      1000, **CNT),
])

# --------------------------------------------------------------------------
# 06 Bình Định, the plan for semiconductors, AI and cyber security 2025–2030
# (doanhnhan.congly.vn, no date shown). Targets of the plan, year 2030 (the
# plan's end, "vào năm 2030"; a judgement): "ít nhất 7.500 nhân lực" (>=,
# count; no id), "xây dựng 1 Trung tâm đổi mới sáng tạo về AI" (>=, count 1:
# a target count written in digits, a judgement), "5G phủ sóng 100% dân số"
# (>=, infra.fiveg_coverage_share; "5G" a name). "một trung tâm quốc gia" is a
# word. Pillar null. Not quantities: "2025–2030", "năm 2030", "5G".
# --------------------------------------------------------------------------
D06 = dict(name="06_binhdinh-ban-dan-ai-2025-2030", kind="target", year=2030, records=[
    R("ít nhất «7.500 nhân lực", "đào tạo, thu hút nhân lực trong các lĩnh vực bán dẫn, trí tuệ nhân tạo và an toàn, "
      "an ninh mạng", ">=", 7500, **CNT),
    R("xây dựng «1 Trung tâm", "Trung tâm đổi mới sáng tạo về AI", ">=", 1, **CNT),
    R("phủ sóng «100% dân số", "mạng băng rộng di động 5G phủ sóng dân số", ">=", 100,
      iid="infra.fiveg_coverage_share"),
])

# --------------------------------------------------------------------------
# 07 Bến Tre, OCOP targets to 2025 (a copy on 88tysobongda.com; no date shown;
# "đến năm 2025" → 2025). Five targets: "ít nhất 200 sản phẩm OCOP đạt tiêu
# chuẩn từ 3 sao trở lên" (>=, count), "có 30 sản phẩm đạt 5 sao" (bare → >=,
# count), "nâng cấp ít nhất 20% sản phẩm OCOP" (>=), "ít nhất có 20% chủ thể
# OCOP là hợp tác xã" (>=), "ít nhất 10% chủ thể làng nghề có sản phẩm OCOP"
# (>=). No ids (the catalogue's OCOP indicator is the share on e-commerce
# platforms). "3 sao", "5 sao" twice: star classes (numbers in names). Pillar
# null.
# --------------------------------------------------------------------------
D07 = dict(name="07_bentre-ocop-muc-tieu-2025", kind="target", year=2025, records=[
    R("ít nhất «200 sản phẩm", "sản phẩm OCOP đạt tiêu chuẩn từ 3 sao trở lên", ">=", 200, **CNT),
    R("có «30 sản phẩm", "sản phẩm đạt 5 sao (hoặc tiềm năng 5 sao)", ">=", 30, **CNT),
    R("nâng cấp ít nhất «20%", "nâng cấp sản phẩm OCOP đã được đánh giá, phân hạng", ">=", 20),
    R("ít nhất có «20% chủ thể", "chủ thể OCOP là hợp tác xã", ">=", 20),
    R("ít nhất «10% chủ thể", "chủ thể làng nghề có sản phẩm OCOP được công nhận", ">=", 10),
])

# --------------------------------------------------------------------------
# 08 Bắc Giang, OCOP sales points (baobacgiang.vn, no date shown; "năm 2025").
# A precision text: one quantity, "năm 2025, toàn tỉnh dự kiến có 323 sản phẩm
# tham gia đánh giá phân hạng sản phẩm OCOP" (target: "dự kiến" is the plan's
# figure; bare → >=, count, 2025; no id). Not quantities (a judgement, as
# set69's patient's own amounts): one company's and one household's money,
# staff and stock, "hơn 80 triệu đồng" (the support to one firm), "hơn 1,3 tỷ
# đồng" (its own investment), "hơn 1 tỷ đồng/tháng" (its shop's revenue), "3
# lao động", "hơn 40 sản phẩm OCOP" (one shop's shelves); addresses "số nhà
# 108", "số 454"; "Năm 2020" twice, "năm 2020". Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_bacgiang-diem-ban-ocop-2025-precision", kind="target", year=2025, records=[
    R("dự kiến có «323 sản phẩm", "sản phẩm tham gia đánh giá phân hạng sản phẩm OCOP", ">=", 323, **CNT),
])

# --------------------------------------------------------------------------
# 09 Lâm Đồng, tourism in the first nine months of 2024 (thiennhienmoitruong.vn,
# byline 31/10/2024 → `date 2024-10`; the site's clock line 22/11/2024 and its
# hotline cut). Results of 2024 in "lượt khách" (counts, the magnitude word
# multiplied in): "7,4 triệu" (7.4e6), "ước đạt 426 nghìn" (=), "6.974 nghìn"
# (6,974,000), "5.450 nghìn" (5,450,000). NOT: "tăng 13,7% so với cùng kỳ",
# "tăng 42%", "tăng 12,3%", "tăng 15% so với cùng kỳ" (changes against the
# same period of 2023; the two without "so với" continue the first's
# comparison). No ids. Pillar null. Not quantities: "9 tháng đầu năm 2024".
# --------------------------------------------------------------------------
D09 = dict(name="09_lamdong-du-lich-9-thang-2024", kind="result", year=2024, records=[
    R("tỉnh này đạt «7,4 triệu", "lượng khách du lịch đến tỉnh", "=", 7.4e6, **CNT),
    R("ước đạt «426 nghìn", "khách quốc tế đến với Lâm Đồng", "=", 426000, **CNT),
    R("khách nội địa đạt «6.974 nghìn", "khách nội địa", "=", 6974000, **CNT),
    R("lưu trú đạt «5.450 nghìn", "Khách qua lưu trú", "=", 5450000, **CNT),
], NOT=["tăng «13,7%", "tăng «42%", "tăng «12,3%", "tăng «15%"])

# --------------------------------------------------------------------------
# 10 Lâm Đồng, the components of its e-commerce index 2021-2023
# (dalat-info.gov.vn, no date shown). Three component indices (human
# resources and IT infrastructure; B2C; B2B), each with points and a place
# per year: points are unit other ("điểm" where written; "22,36" has none →
# unit_text null, the spec's rule), places "xếp hạng 14/56" rank (=). Year
# from each clause ("năm 2021/2022/2023"). The last "năm 2023 đạt 19," is cut
# by the excerpt inside the number: no record (a judgement). No ids: the
# catalogue holds the EBI total (rank.ebi_score, rank.ebi_rank), not its
# components. Not quantities: "tăng 7 bậc" (a change), "4 mục tiêu", "4/4 chỉ
# tiêu" (counts of targets, as set69's "1 trong 15 chỉ tiêu"),
# "1392/KH - UBND", "2021 - 2025" twice. Pillar null (no heading; the excerpt
# starts inside the article).
# --------------------------------------------------------------------------
NNL = "Chỉ số nguồn nhân lực và hạ tầng công nghệ"
B2C = "chỉ số giao dịch giữa doanh nghiệp với người tiêu dùng"
B2B = "chỉ số về giao dịch doanh nghiệp với doanh nghiệp (B2B)"
D10 = dict(name="10_lamdong-chi-so-tmdt-2021-2023", kind="result", year=None, records=[
    R("năm 2021 là «16,01 điểm", NNL, "=", 16.01, **DIEM, year=2021),
    R("xếp hạng «14/56", NNL + " xếp hạng", "=", 14, **RANK, year=2021),
    R("đạt «22,36", NNL, "=", 22.36, **NOPT, year=2022),
    R("(xếp hạng «15/56)", NNL + " xếp hạng", "=", 15, **RANK, year=2022),
    R("đạt «25,4 điểm", NNL, "=", 25.4, **DIEM, year=2023),
    R("xếp hạng «15/58", NNL + " xếp hạng", "=", 15, **RANK, year=2023),
    R("là «3,53 điểm", B2C, "=", 3.53, **DIEM, year=2021),
    R("xếp hạng «30/56", B2C + " xếp hạng", "=", 30, **RANK, year=2021),
    R("đạt «22,21 điểm", B2C, "=", 22.21, **DIEM, year=2022),
    R("xếp hạng «19/56", B2C + " xếp hạng", "=", 19, **RANK, year=2022),
    R("đạt «10,3 điểm", B2C, "=", 10.3, **DIEM, year=2023),
    R("xếp hạng «44/58", B2C + " xếp hạng", "=", 44, **RANK, year=2023),
    R("đạt «5,10 điểm", B2B, "=", 5.1, **DIEM, year=2021),
    R("xếp hạng «17/56", B2B + " xếp hạng", "=", 17, **RANK, year=2021),
    R("là «15,66 điểm", B2B, "=", 15.66, **DIEM, year=2022),
    R("xếp hạng «23/56", B2B + " xếp hạng", "=", 23, **RANK, year=2022),
])

# --------------------------------------------------------------------------
# 11 Hậu Giang, Long Mỹ district's first "Chợ 4.0" (baohaugiang.com.vn, byline
# 14/09/2023 → `date 2023-09`; the photo caption cut). A precision text: one
# quantity, "có 25/40 tiểu thương cố định phối hợp đăng ký cài ví điện tử VNPT
# để tạo mã QR làm điểm chấp nhận thanh toán" (result, =, count 25 of 40;
# 2023; no id: a count). Not quantities: "Chợ 4.0" three times, "ngày 7-9".
# Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_haugiang-longmy-cho-40-2023-precision", kind="result", year=2023, records=[
    R("có «25/40 tiểu thương", "tiểu thương cố định phối hợp đăng ký cài ví điện tử VNPT để tạo mã QR làm điểm chấp "
      "nhận thanh toán", "=", 25, **CNT),
])

# --------------------------------------------------------------------------
# 12 The digital economy's share of GDP, national, on a page titled "Bắc Ninh
# chú trọng nền kinh tế số" (congnghiepmoitruong.vn, no date shown; "năm 2022"
# → 2022; the averages "bình quân giai đoạn 2019-2022" → 2022, the period's
# end, a judgement). Results: "12,86%" (econ.digital_economy_gdp_share), the
# core digital economy "đóng góp 7,82" (its "%" left out by the page: unit %,
# a judgement; no id) and its part "(chiếm 60,85%)", the digitised sectors
# "5,03%" and their part "(chiếm tỷ trọng 39,15%)", the average "khoảng
# 11,53%" (~, econ.digital_economy_gdp_share: the same measure averaged), and
# the sectors' averages "6,60%", "5,97%", "0,05%" (services, industry and
# construction, farming: a breakdown by economic sector, not by level or
# population group → scope null; no ids). Pillar: the page title names kinh tế
# số → digital_economy for all (set69's decision: a title is the heading of the
# whole excerpt). Not quantities: "2019-2022".
# --------------------------------------------------------------------------
D12 = dict(name="12_ca-nuoc-bacninh-kinh-te-so-2022", kind="result", year=2022, records=[
    R("là «12,86%", "tỷ trọng giá trị tăng thêm của kinh tế số trong GDP", "=", 12.86, pillar=ECO, iid=GDPSH),
    R("đóng góp «7,82", "ngành kinh tế số lõi đóng góp", "=", 7.82, pillar=ECO),
    R("(chiếm «60,85%)", "ngành kinh tế số lõi chiếm", "=", 60.85, pillar=ECO),
    R("đóng góp «5,03%", "số hóa các ngành khác đóng góp", "=", 5.03, pillar=ECO),
    R("tỷ trọng «39,15%", "số hóa các ngành khác chiếm tỷ trọng", "=", 39.15, pillar=ECO),
    R("khoảng «11,53%", "tỷ trọng giá trị tăng thêm của kinh tế số trong GDP bình quân giai đoạn 2019-2022", "~",
      11.53, pillar=ECO, iid=GDPSH),
    R("đạt «6,60%", "đóng góp kinh tế số của khu vực dịch vụ trong GDP bình quân giai đoạn", "=", 6.6, pillar=ECO),
    R("đạt «5,97%", "đóng góp kinh tế số của khu vực công nghiệp và xây dựng", "=", 5.97, pillar=ECO),
    R("đạt «0,05%", "đóng góp kinh tế số của khu vực nông lâm và thủy sản", "=", 0.05, pillar=ECO),
], BARE=["đóng góp «7,82"])

# --------------------------------------------------------------------------
# 13 Bắc Ninh, enterprises per 1,000 inhabitants (tapchitaichinh.vn, no date
# shown; "sáng ngày 12/5/2025" → 2025; the byline "Minh Đức" and the photo
# caption, printed twice, cut). "số doanh nghiệp thành lập mới ... bình quân là
# 2.947 doanh nghiệp/năm" (result, other "doanh nghiệp/năm", year 2024: the
# period 2020 - 2024 named, a judgement). "Mức tăng doanh nghiệp trung bình
# hằng năm từ 10 - 15%" (result, between, 2024: a growth rate with no "so
# với", recorded as the earlier sets record growth rates; a judgement).
# "tỉ lệ doanh nghiệp trên dân số ... đạt 1,6%" (=, 2025) and "tương đương 16
# doanh nghiệp/1.000 dân" (other, 2025). "còn thiếu 4 doanh nghiệp so với mục
# tiêu": a gap to a target, not a quantity (as "vượt chỉ tiêu 6%"). The
# target "đến năm 2030, đạt 20 doanh nghiệp/1.000 dân" (target, >=, 2030). No
# ids (all enterprises, not digital technology ones). "1.000" in
# "doanh nghiệp/1.000 dân" belongs to the unit. Not quantities: "12/5/2025",
# "2020 - 2024", "5 năm", "68-NQ/TW". Pillar null.
# --------------------------------------------------------------------------
D13 = dict(name="13_bacninh-doanh-nghiep-1000-dan-2025", kind="result", year=2025, records=[
    R("bình quân là «2.947", "số doanh nghiệp thành lập mới trên địa bàn tỉnh bình quân", "=", 2947, unit="other",
      unit_text="doanh nghiệp/năm", year=2024),
    R("hằng năm từ «10 - 15%", "Mức tăng doanh nghiệp trung bình hằng năm", "between", 10, value_max=15, year=2024),
    R("đạt «1,6%", "tỉ lệ doanh nghiệp trên dân số của tỉnh Bắc Ninh", "=", 1.6),
    R("tương đương «16 doanh", "doanh nghiệp trên 1.000 dân", "=", 16, **DN1000),
    R("đạt «20 doanh", "mục tiêu tại Nghị quyết 68-NQ/TW doanh nghiệp trên 1.000 dân", ">=", 20, **DN1000,
      kind="target", year=2030),
])

# --------------------------------------------------------------------------
# 14 The digital and green economies' shares of GDP, national, in Bình Dương's
# paper (m.baobinhduong.vn, no date shown; the forum "năm 2024" → document
# year 2024; the masthead lines cut). Targets: "đến năm 2025, kinh tế số phải
# đạt khoảng 20% GDP" (~, 2025) and "đến năm 2030, ... khoảng 30% GDP" (~,
# 2030), econ.digital_economy_gdp_share. Results: "năm 2020, kinh tế xanh đã
# đóng góp khoảng 2% GDP" (~, 2020; no id) "với tốc độ tăng trưởng trên 10%"
# (>, 2020; a growth rate without "so với", no id), "kinh tế số đã đóng góp
# 12% GDP" (=, 2020), "Đến năm 2023, ... khoảng 16,5% GDP" (~, 2023)
# "với tốc độ tăng trưởng 20%/năm" (=, 2023, econ.digital_economy_growth, as
# set17's "khoảng 20%/năm"). Not quantities: "2 chuyển đổi" (the two
# transformations named), "thế kỷ XXI", "năm 2024", "tháng 5", "từ 2 - 4 lần"
# (a comparison of growth rates). Pillar null (no heading).
# --------------------------------------------------------------------------
D14 = dict(name="14_binhduong-ca-nuoc-kinh-te-so-xanh-2024", kind="result", year=2024, records=[
    R("đạt khoảng «20% GDP", "kinh tế số", "~", 20, kind="target", year=2025, iid=GDPSH),
    R("đạt khoảng «30% GDP", "kinh tế số", "~", 30, kind="target", year=2030, iid=GDPSH),
    R("khoảng «2% GDP", "kinh tế xanh đã đóng góp GDP Việt Nam", "~", 2, year=2020),
    R("tăng trưởng trên «10%", "tốc độ tăng trưởng kinh tế xanh", ">", 10, year=2020),
    R("đóng góp «12% GDP", "kinh tế số đã đóng góp GDP", "=", 12, year=2020, iid=GDPSH),
    R("khoảng «16,5% GDP", "kinh tế số đã đóng góp GDP", "~", 16.5, year=2023, iid=GDPSH),
    R("tăng trưởng «20%/năm", "tốc độ tăng trưởng kinh tế số", "=", 20, year=2023, iid="econ.digital_economy_growth"),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
