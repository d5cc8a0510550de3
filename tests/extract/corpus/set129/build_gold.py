#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set129).

Copied from set69's builder (itself from set47's, set45's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the
text with « just before the number. The locator (without «) must occur exactly once in the
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
USD = dict(unit="other", unit_text="USD")

# --------------------------------------------------------------------------
# 01 Cashless payments, national results of the 2021-2025 scheme (vneconomy.vn,
# date 2026-02). "giá trị thanh toán không dùng tiền mặt năm 2025 gấp khoảng 28
# lần GDP": a result of 2025 (~, 28, unit other "lần GDP"; a judgement: the value
# of cashless payments measured against GDP). Average yearly growth rates "tăng
# lần lượt 58,86% và 24,36%", the heading's "128,15%/NĂM" and the six rates of the
# 2021–2025 paragraph (60,6 / 31,92 / 73,32 / 52,55 / 106,24 / 128,15) and
# "tăng 13,68% so với cùng kỳ năm 2024" are changes against earlier values → NOT.
# "Đến cuối năm 2024 ... đạt 86,97%" (2024, society.bank_account_15plus_share);
# "Tính đến tháng 12 năm 2025 ... vượt 232 triệu tài khoản" (2025, >, count,
# society.payment_accounts_count); "Tỷ lệ thanh toán không dùng tiền mặt trong
# thương mại điện tử đến cuối năm 2024 đạt 66,85%" (2024; the catalogue's cashless
# share is of all payments, not of e-commerce → null, a judgement). "Đến nay,
# 100% cơ sở giáo dục đại học, cao đẳng ...; 82% người hưởng lương hưu ...":
# "Đến nay" names no year → the document's (the date line's) 2026; ids
# society.cashless_school_fees_share (higher-education institutions are schools
# collecting fees) and society.social_benefits_cashless_share. The heading names
# payments, no pillar → null. Not quantities: "1813/QĐ-TTg", "28/10/2021",
# "2021–2025" (twice).
# --------------------------------------------------------------------------
D01 = dict(name="01_ca-nuoc-thanh-toan-khong-tien-mat-2025", kind="result", year=2026, records=[
    R("gấp khoảng «28 lần GDP", "giá trị thanh toán không dùng tiền mặt", "~", 28,
      unit="other", unit_text="lần GDP", year=2025),
    R("có tài khoản ngân hàng đạt «86,97%", "tỷ lệ người dân từ 15 tuổi trở lên có tài khoản ngân hàng", "=", 86.97,
      year=2024, iid="society.bank_account_15plus_share"),
    R("cá nhân vượt «232 triệu", "số lượng tài khoản thanh toán cá nhân", ">", 232e6, **CNT,
      year=2025, iid="society.payment_accounts_count"),
    R("năm 2024 đạt «66,85%", "Tỷ lệ thanh toán không dùng tiền mặt trong thương mại điện tử", "=", 66.85,
      year=2024),
    R("Đến nay, «100% cơ sở", "cơ sở giáo dục đại học, cao đẳng tại đô thị chấp nhận thanh toán học phí qua ngân hang",
      "=", 100, iid="society.cashless_school_fees_share"),
    R("hang; «82% người hưởng", "người hưởng lương hưu, trợ cấp bảo hiểm xã hội, trợ cấp thất nghiệp tại đô thị nhận chi trả qua phương thức thanh toán không dùng tiền mặt",
      "=", 82, iid="society.social_benefits_cashless_share"),
], NOT=["lần lượt «58,86%", "và «24,36%...", "BÌNH QUÂN «128,15%/NĂM", "tăng «60,6% về", "và «31,92% về",
        "tăng «73,32% về", "và «52,55% về", "tăng «106,24% về", "và «128,15% về giá trị.", "tăng «13,68% so"])

# --------------------------------------------------------------------------
# 02 Gia Lai, plan 20/KH-UBND (19/01/2026) to improve its Provincial Innovation
# Index in 2026 (nhansu.vn's copy of the plan; no page date). The plan opens with
# the PII results of 2025: "đạt 37.66 điểm" (=, unit other "điểm", printed with a
# decimal point, rank.pii_score), "xếp hạng thứ 21/34 tỉnh, thành trên toàn quốc"
# (rank =, 21, rank.pii_rank) and "xếp hạng thứ 03/11 tỉnh, thành phố thuộc nhóm
# có thu nhập bình quân đầu người ở mức thấp" (rank =, 3, the group in the
# indicator; a place in a group of 11, not the national place → null, a
# judgement). All three of 2025 (the sentence's "năm 2025"). Not quantities:
# "05 điểm mạnh", "05 điểm yếu" (counts of findings, like counts of tasks), the
# list marks "(1)"-"(5)", the names "Đơn đăng ký nhãn hiệu/1.000 dân" and "bình
# quân 01 người đi học", "20/KH-UBND" (three times), the dates. No heading names a
# pillar → null. The plan is for 2026 (document year), but no target is stated
# before the excerpt ends.
# --------------------------------------------------------------------------
D02 = dict(name="02_gialai-chi-so-pii-2026", kind="result", year=2026, records=[
    R("công bố đạt «37.66 điểm", "Chỉ số đổi mới sáng tạo cấp địa phương (Chỉ số PII - Provincial Innovation Index)",
      "=", 37.66, **DIEM, year=2025, iid="rank.pii_score"),
    R("xếp hạng thứ «21/34", "Chỉ số PII xếp hạng tỉnh, thành trên toàn quốc", "=", 21, **RANK,
      year=2025, iid="rank.pii_rank"),
    R("xếp hạng thứ «03/11", "Chỉ số PII xếp hạng tỉnh, thành phố thuộc nhóm có thu nhập bình quân đầu người ở mức thấp",
      "=", 3, **RANK, year=2025),
])

# --------------------------------------------------------------------------
# 03 Check Point's cyber-security report of 2026, on the world (sggp.org.vn,
# date 2026-02). A precision text: one quantity, "tính riêng trong năm 2025, các
# tổ chức quốc tế phải đối mặt với trung bình 1.968 vụ tấn công mạng mỗi tuần"
# (result of 2025, =, an average per week → unit other "vụ/tuần", a judgement:
# a rate, not a count of things). "tăng 18% so với năm 2024 và đã tăng tới 70% so
# với năm 2023": changes → NOT. Pillar: the heading "Tội phạm mạng tăng khủng"
# names cyber crime, a topic of information security → information_security (a
# judgement, by the decided case on headings naming a topic). No id (the
# catalogue's attack count is of incidents on the province's systems). Not
# quantities: "10-2" (a date), "năm 2026" (the report's name), "năm 2024", "năm
# 2023".
# --------------------------------------------------------------------------
D03 = dict(name="03_the-gioi-tan-cong-mang-check-point-2026-precision", kind="result", year=2025, records=[
    R("trung bình «1.968 vụ", "các tổ chức quốc tế phải đối mặt với vụ tấn công mạng mỗi tuần", "=", 1968,
      unit="other", unit_text="vụ/tuần", pillar=SEC),
], NOT=["tăng «18% so", "tăng tới «70% so"])

# --------------------------------------------------------------------------
# 04 The global AI race (huengaynay.vn, date 2026-02). "quy mô thị trường AI toàn
# cầu năm 2025 ... đạt khoảng 168,5 tỷ USD" (result 2025, ~, 168.5e9, "USD");
# "dự kiến vượt mốc 2.760,3 tỷ USD vào năm 2032": a forecast, recorded as a
# target (the contract has no forecast kind; set precedent), op > ("vượt"), 2032.
# "tốc độ tăng trưởng kép hàng năm ... khoảng 32,5%": a forecast growth rate → NOT
# (rates of growth are changes; precedent: forecasts of growth are not
# quantities). "khoảng 78% các doanh nghiệp đã áp dụng công nghệ AI" (result, ~;
# the sentence names no year → the document's 2026, a judgement). "Cũng trong năm
# 2025, ước tính số lượng người ứng dụng AI toàn cầu đạt khoảng 379 triệu người"
# (result 2025, ~, count). Not quantities: "4 khía cạnh" (parts of a topic), the
# years. Pillar null (headings "Những dấu ấn nổi bật" name none). No ids.
# --------------------------------------------------------------------------
D04 = dict(name="04_the-gioi-thi-truong-ai-2026", kind="result", year=2026, records=[
    R("đạt khoảng «168,5 tỷ USD", "quy mô thị trường AI toàn cầu", "~", 168.5e9, **USD, year=2025),
    R("vượt mốc «2.760,3 tỷ USD", "quy mô thị trường AI toàn cầu", ">", 2760.3e9, **USD, kind="target", year=2032),
    R("với khoảng «78% các", "các doanh nghiệp đã áp dụng công nghệ AI", "~", 78),
    R("đạt khoảng «379 triệu", "số lượng người ứng dụng AI toàn cầu", "~", 379e6, **CNT, year=2025),
], NOT=["khoảng «32,5%"])

# --------------------------------------------------------------------------
# 05 Gartner's forecast of world AI spending (vneconomy.vn; no date shown). The
# year: "trong năm nay" is 2026 (the text's "tăng 49% trong năm 2026", "965 tỷ
# USD năm 2025" for the year before) → document year 2026. Forecasts are
# recorded as targets (set precedent), op ">=" for "có thể đạt", "tương đương" and
# "chạm mốc" (a target's "đạt X" and bare number read as >=, by the contract),
# "~" for "khoảng"/"gần". Records: the lead's and the body's "khoảng 3,34
# nghìn tỷ USD vào năm 2027" (both, 2027; "nghìn tỷ" is 1e12); "trong năm nay có
# thể đạt 2,5278 nghìn tỷ USD" (2026); "mức 1,7571 nghìn tỷ USD của năm trước"
# (a result of 2025, =); "(khoảng 54%) sẽ đổ vào hạ tầng" (2026, ~, %),
# "tương đương 1,3663 nghìn tỷ USD trong năm nay" (2026, =); "khoảng 965 tỷ USD
# năm 2025" (result 2025, ~); "Tới năm 2027, ... có thể đạt 1,75 nghìn tỷ USD"
# (2027); "chiếm khoảng 17% tổng mức đầu tư cho AI" (2026, ~); "dịch vụ AI dự
# kiến đạt gần 589 tỷ USD vào năm 2026" (~) and "phần mềm AI có thể chạm mốc
# 452 tỷ USD" (>=, 2026). Changes → NOT: "tăng tới 44% so với", "tăng 49% trong
# năm 2026". Not quantities: the years. Pillar null. No ids (world spending).
# --------------------------------------------------------------------------
D05 = dict(name="05_the-gioi-chi-tieu-ai-gartner-2026", kind="target", year=2026, records=[
    R("tới, đạt khoảng «3,34 nghìn tỷ USD vào năm 2027...", "Chi tiêu AI toàn cầu", "~", 3.34e12, **USD, year=2027),
    R("có thể đạt «2,5278", "chi tiêu toàn cầu cho trí tuệ nhân tạo (AI) trong năm nay", ">=", 2.5278e12, **USD),
    R("so với mức «1,7571", "chi tiêu toàn cầu cho trí tuệ nhân tạo (AI) của năm trước", "=", 1.7571e12, **USD,
      kind="result", year=2025),
    R("tới, đạt khoảng «3,34 nghìn tỷ USD vào năm 2027.\n", "chi tiêu AI toàn cầu", "~", 3.34e12, **USD, year=2027),
    R("(khoảng «54%)", "tổng chi tiêu AI sẽ đổ vào hạ tầng", "~", 54),
    R("tương đương «1,3663", "tổng chi tiêu AI đổ vào hạ tầng trong năm nay", ">=", 1.3663e12, **USD),
    R("từ khoảng «965 tỷ", "chi tiêu AI đổ vào hạ tầng năm 2025", "~", 965e9, **USD, kind="result", year=2025),
    R("có thể đạt «1,75 nghìn", "chi tiêu AI đổ vào hạ tầng", ">=", 1.75e12, **USD, year=2027),
    R("chiếm khoảng «17% tổng", "Chi tiêu cho các máy chủ tối ưu cho AI chiếm tổng mức đầu tư cho AI", "~", 17),
    R("đạt gần «589 tỷ", "chi tiêu cho các dịch vụ AI", "~", 589e9, **USD),
    R("chạm mốc «452 tỷ", "phần mềm AI", ">=", 452e9, **USD),
], NOT=["tăng tới «44% so", "tăng «49% trong"])

# --------------------------------------------------------------------------
# 06 The science-and-technology sector's January 2026, national (vnexpress.net;
# no date shown; "tháng đầu năm" against "tháng 1/2025" → January 2026, document
# year 2026). Results: "đạt 464.116 tỷ đồng" (=, revenue of January),
# "ước đạt 124.065 tỷ đồng" (=, contribution to GDP), "năm 2025, doanh thu toàn
# ngành đạt 5 triệu 465 nghìn tỷ đồng" (2025, =; the number written in words and
# digits "5 triệu 465 nghìn tỷ" is 5.465e15, anchored on its first digit) and
# "đóng góp trực tiếp vào GDP đạt 1 triệu 400 nghìn tỷ đồng" (2025, 1.4e15);
# "Mức doanh thu gần 500.000 tỷ đồng trong tháng đầu năm" (the January revenue
# restated, ~, recorded again as repeats are); "Tổng lao động toàn ngành hiện hơn
# 2,38 triệu người" (>, count), "lực lượng nghiên cứu ... là 207.838 người" (=,
# count); "hơn 80.000 doanh nghiệp đang hoạt động" (>, count,
# econ.digital_tech_enterprises_count), "trên 2.000 doanh nghiệp đã mở rộng ra
# thị trường nước ngoài" (>, count). Changes → NOT: "tăng 23%", "tăng 33,3%",
# "tăng 25%". Not quantities: "tháng 1/2025", "2024", "32 nm" (a chip process, a
# name-like specification), "năm 2028". The sector's revenue covers posts,
# telecoms and ICT together: not the catalogue's ICT-industry revenue → null.
# Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_ca-nuoc-nganh-khcn-thang-1-2026", kind="result", year=2026, records=[
    R("tháng đầu năm đạt «464.116 tỷ", "Doanh thu toàn ngành khoa học và công nghệ trong tháng đầu năm", "=", 464116e9, **DONG),
    R("ước đạt «124.065 tỷ", "đóng góp của ngành vào tăng trưởng GDP tháng 1", "=", 124065e9, **DONG),
    R("toàn ngành đạt «5 triệu 465", "doanh thu toàn ngành", "=", 5.465e15, **DONG, year=2025),
    R("GDP đạt «1 triệu 400", "đóng góp trực tiếp vào GDP", "=", 1.4e15, **DONG, year=2025),
    R("Mức doanh thu gần «500.000 tỷ", "Mức doanh thu trong tháng đầu năm", "~", 500000e9, **DONG),
    R("hiện hơn «2,38 triệu người", "Tổng lao động toàn ngành", ">", 2.38e6, **CNT),
    R("công nghệ là «207.838 người", "lực lượng nghiên cứu khoa học và phát triển công nghệ", "=", 207838, **CNT),
    R("lớn với hơn «80.000 doanh", "công nghiệp công nghệ số doanh nghiệp đang hoạt động", ">", 80000, **CNT,
      iid="econ.digital_tech_enterprises_count"),
    R("trên «2.000 doanh nghiệp", "doanh nghiệp đã mở rộng ra thị trường nước ngoài", ">", 2000, **CNT),
], NOT=["tăng «23% so", "tăng «33,3% so", "tăng «25% so"])

# --------------------------------------------------------------------------
# 07 Vietnamese social-media use, DoubleVerify's "Global Insights 2025" (plo.vn,
# date 2026-01; the title line keeps its byline time "09/01/2026 16:59", a whole
# line that is also the title). Results of the report's year 2025 (the sentences
# name none; "báo cáo Global Insights 2025" dates the measure; a judgement over
# the page's 2026): the title's "dành 81% thời gian online hàng tuần trên mạng xã
# hội"; "(48%) tham khảo các đánh giá trực tuyến" (a bracket stating the value of
# "Gần một nửa"); "42% sử dụng mạng xã hội để tìm kiếm"; "39% người dùng thường
# xuyên xem các video"; "48% người tiêu dùng đã mua sản phẩm"; "44% đã chốt đơn
# sau khi đọc nh" (the excerpt ends inside the sentence). All =, unit %, pillar
# null, no ids (the catalogue holds no social-media measure). Not quantities:
# the dates, "năm 2026" (the firms' planning year).
# --------------------------------------------------------------------------
D07 = dict(name="07_ca-nuoc-mang-xa-hoi-double-verify-2026", kind="result", year=2025, records=[
    R("dành «81% thời gian", "Người Việt Nam dành thời gian online hàng tuần trên mạng xã hội Facebook, Youtube", "=", 81),
    R("tiêu dùng («48%)", "người tiêu dùng tham khảo các đánh giá trực tuyến trước khi đưa ra quyết định mua hàng", "=", 48),
    R("khi đó, «42% sử dụng", "sử dụng mạng xã hội để tìm kiếm và xác thực thông tin sản phẩm", "=", 42),
    R("«39% người dùng", "người dùng thường xuyên xem các video đánh giá hoặc hướng dẫn", "=", 39),
    R("«48% người tiêu dùng đã mua", "người tiêu dùng đã mua sản phẩm dựa trên phản hồi tích cực từ cộng đồng trực tuyến", "=", 48),
    R("«44% đã chốt", "đã chốt đơn sau khi đọc", "=", 44),
])

# --------------------------------------------------------------------------
# 08 BIDV's information-security bulletin of January 2026 (plo.vn, date 2026-02;
# the title line keeps its byline time "04/02/2026 15:14"). A precision text with
# no quantity: "7 xu hướng an ninh mạng nổi bật trong năm 2026" counts forecast
# trends (like counts of tasks or solutions: not a quantity), and the rest are
# dates and years ("2026" four times, "tháng 1-2026"). No records.
# --------------------------------------------------------------------------
D08 = dict(name="08_ca-nuoc-an-ninh-mang-bidv-2026-precision", kind="result", year=2026, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
