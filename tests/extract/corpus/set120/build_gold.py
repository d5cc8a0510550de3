#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set120).

Copied from set69's builder (itself from set47's, set45's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the
text with « just before the number. The locator (without «) must occur exactly once in the text;
the anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as
in the seeds' builder (`start_at` moves the start back to a given string).

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


DONG = dict(unit="other", unit_text="đồng")
USD = dict(unit="other", unit_text="USD")

DTCE = "econ.digital_tech_enterprises_count"
ECP = "econ.ecommerce_products_count"

# --------------------------------------------------------------------------
# 01 Thanh Hóa, plan no. 77 on digital technology enterprises to 2025 and
# 2026-2030 (thuonghieucongluan.com.vn; no date shown; the excerpt ends in
# "ít n"). Three targets, each with its own year: "đến năm 2025 ... có ít nhất
# 100 doanh nghiệp công nghệ số" (>=, count, 2025, DTCE), "trong đó ít nhất có
# 10 doanh nghiệp công nghệ số phát triển sản phẩm, giải pháp, dịch vụ ..."
# (>=, count, 2025; a part of the 100, no exact id), "đến năm 2030 ... có ít
# nhất 150 doanh nghiệp công nghệ số" (>=, count, 2030, DTCE). No heading
# → pillar null. Not quantities: "Chỉ thị số 1/CT-TTg", "14/01/2020",
# "Kế hoạch số 77", "2026 - 2030".
# --------------------------------------------------------------------------
D01 = dict(name="01_thanhhoa-ke-hoach-77-doanh-nghiep-cong-nghe-so-2025-2030", kind="target", year=2025, records=[
    R("Thanh Hoá có ít nhất «100 doanh", "toàn tỉnh Thanh Hoá có doanh nghiệp công nghệ số", ">=", 100, **CNT,
      iid=DTCE),
    R("ít nhất có «10 doanh", "doanh nghiệp công nghệ số phát triển sản phẩm, giải pháp, dịch vụ công nghệ thông tin "
      "trọng điểm được đưa vào ứng dụng thực tế tại các cơ quan, đơn vị, địa phương", ">=", 10, **CNT),
    R("ít nhất «150 doanh", "toàn tỉnh Thanh Hoá có doanh nghiệp công nghệ số", ">=", 150, **CNT, year=2030,
      iid=DTCE),
])

# --------------------------------------------------------------------------
# 02 Thanh Hóa, digital technology firms and VNPT (baothanhhoa.vn, stamp
# "date 2025-12-17" → `date 2025-12`, results of 2025). Two results in one
# sentence, each with its own subject: "mở rộng hệ thống VnEdu tới gần 1.800
# trường học" (~, count) and "sổ liên lạc điện tử tại hơn 1.300 trường" (>,
# count). No id (the catalogue holds shares of schools). Headings ("Hạt nhân
# tạo sức lan tỏa") name no pillar → null. Not quantities: the date line.
# --------------------------------------------------------------------------
D02 = dict(name="02_thanhhoa-doanh-nghiep-cong-nghe-so-vnpt-2025", kind="result", year=2025, records=[
    R("tới gần «1.800 trường", "hệ thống VnEdu mở rộng tới trường học", "~", 1800, **CNT),
    R("tại hơn «1.300 trường", "sổ liên lạc điện tử tại trường", ">", 1300, **CNT),
])

# --------------------------------------------------------------------------
# 03 National, a draft decree's digital-transformation vouchers for business
# households, cooperatives and firms (vnexpress.net, stamp "date 2026-03-08"
# → `date 2026-03`). A precision text with no quantity: the five percentages
# are the rates of support a draft decree would pay ("hỗ trợ 100% chi phí",
# "tối đa 100% chi phí thuê", "tối đa 100% phí tham gia", "100% phí mua sắm",
# "tối đa 50% phí thuê"): the terms of a subsidy, no target or result of an
# indicator → NOT (a judgement). Not quantities: "13/3", the date line.
# --------------------------------------------------------------------------
D03 = dict(name="03_ca-nuoc-phieu-ho-tro-chuyen-doi-so-ho-kinh-doanh-2026-precision", kind="target", year=2026,
           records=[], NOT=["được hỗ trợ «100% chi phí thuê giải pháp công nghệ,", "hỗ trợ tối đa «100% chi phí",
                            "tối đa «100% phí tham gia", "số cơ bản; «100% phí", "tối đa «50% phí"])

# --------------------------------------------------------------------------
# 04 National, the master plan for e-commerce 2021-2025 (vietnamnet.vn; no date
# shown; targets of "đến năm 2025" → 2025). Ten targets: "55% dân số ... tham
# gia mua sắm trực tuyến" (>=, bare), "Giá trị mua hàng ... đạt trung bình 600
# USD/người/năm" (>=, other "USD/người/năm"), "doanh số TMĐT B2C ... tăng
# 25%/năm" (a target stated as a change: >=, %), "đạt 35 tỷ USD" (>=, other
# "USD", 35e9; econ.ecommerce_revenue), "chiếm 10% so với tổng mức bán lẻ"
# (>=, econ.ecommerce_retail_share), "thanh toán không dùng tiền mặt qua TMĐT
# đạt 50%" (>=, econ.cashless_transactions_share, whose wordings hold "tỷ lệ
# thanh toán không dùng tiền mặt trong thương mại điện tử"), "Chi phí trung
# bình cho chuyển phát ... chỉ chiếm 10% giá thành" (a ceiling, "chỉ chiếm":
# <=, a judgement), "70% các giao dịch ... phải có hóa đơn điện tử" (>=),
# "các địa phương ngoài Hà Nội và TP.HCM chiếm 50% giá trị TMĐT B2C" (>=),
# "50% số xã và các đơn vị hành chính tương đư" (>=; the excerpt ends inside
# its subject, recorded with the subject as far as it goes). Pillar: no
# heading; the lead-ins "Về hạ tầng dịch vụ phụ trợ cho TMĐT" and "Về tương
# quan phát triển TMĐT giữa các vùng kinh tế" name e-commerce (→
# digital_economy) for the sentence each opens; every other record null.
# Not quantities: "2021-2025", "năm 2025" (three times), "B2C" (a name).
# --------------------------------------------------------------------------
D04 = dict(name="04_ca-nuoc-ke-hoach-tong-the-tmdt-2021-2025", kind="target", year=2025, records=[
    R("năm 2025, «55% dân số", "dân số Việt Nam sẽ tham gia mua sắm trực tuyến", ">=", 55),
    R("trung bình «600 USD", "Giá trị mua hàng hóa và dịch vụ trực tuyến tại Việt Nam trung bình", ">=", 600,
      unit="other", unit_text="USD/người/năm"),
    R("trực tuyến tăng «25%/năm", "doanh số TMĐT B2C tính cho cả hàng hóa và dịch vụ tiêu dùng trực tuyến tăng",
      ">=", 25),
    R("đạt «35 tỷ USD", "doanh số TMĐT B2C tính cho cả hàng hóa và dịch vụ tiêu dùng trực tuyến", ">=", 35e9, **USD,
      iid="econ.ecommerce_revenue"),
    R("chiếm «10% so với", "doanh số TMĐT B2C chiếm so với tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu "
      "dùng cả nước", ">=", 10, iid="econ.ecommerce_retail_share"),
    R("qua TMĐT đạt «50%", "thanh toán không dùng tiền mặt qua TMĐT", ">=", 50, pillar=ECO,
      iid="econ.cashless_transactions_share"),
    R("chỉ chiếm «10% giá", "Chi phí trung bình cho chuyển phát và hoàn tất đơn hàng chặng cuối chiếm giá thành sản "
      "phẩm trong TMĐT", "<=", 10),
    R("yêu cầu «70% các", "các giao dịch mua hàng hóa trên website/ứng dụng TMĐT phải có hóa đơn điện tử", ">=", 70),
    R("TP.HCM chiếm «50% giá", "các địa phương ngoài Hà Nội và TP.HCM chiếm giá trị TMĐT B2C trên toàn quốc", ">=",
      50, pillar=ECO),
    R("Bên cạnh đó, «50% số", "số xã và các đơn vị hành chính tương đư", ">=", 50),
])

# --------------------------------------------------------------------------
# 05 Hòa Bình, Cao Phong oranges on Postmart.vn (vietnamnet.vn; no date shown;
# "từ đầu tháng 8/2021"). A precision text with no quantity: the district's
# orchards "hơn 2.800 ha", "hơn 1.100 ha cam ... VietGAP", one cooperative's
# "khoảng 150 ha" and "khoảng 1.000 tấn", "3 loại sản phẩm" describe the
# farms, no target or result of the transformation (a judgement). Not
# quantities: "8/2021", "V2" (a name), "1-2 th" (the excerpt ends there).
# --------------------------------------------------------------------------
D05 = dict(name="05_hoabinh-cam-cao-phong-postmart-2021-precision", kind="result", year=2021, records=[])

# --------------------------------------------------------------------------
# 06 Kiên Giang, OCOP products (nongthon.vietnamtourism.gov.vn; no date shown;
# "đến nay" after events of "tháng 9/2024" → 2024, a judgement). "toàn tỉnh có
# 269 sản phẩm OCOP" (=, count) and its breakdown by grade "6 sản phẩm đạt hạng
# 5 sao, 36 sản phẩm 4 sao và 227 sản phẩm 3 sao": one record per number, each
# with its own subject, scope null (set111's 02). No id (OCOP products rated,
# not on e-commerce). Not quantities: "5 sao", "4 sao", "3 sao" (grades),
# "năm 2023", "tháng 9/2024", and "hơn 20 doanh nghiệp, hợp tác xã ... trưng
# bày, giới thiệu trên 300 sản phẩm" (the exhibitors and exhibits of a fair at
# Co.opmart: the participants of an event, spec; a judgement). Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_kiengiang-san-pham-ocop-2024", kind="result", year=2024, records=[
    R("toàn tỉnh có «269 sản phẩm", "sản phẩm OCOP toàn tỉnh", "=", 269, **CNT),
    R("trong đó, «6 sản phẩm", "sản phẩm OCOP đạt hạng 5 sao", "=", 6, **CNT),
    R("«36 sản phẩm 4 sao", "sản phẩm OCOP 4 sao", "=", 36, **CNT),
    R("«227 sản phẩm", "sản phẩm OCOP 3 sao", "=", 227, **CNT),
])

# --------------------------------------------------------------------------
# 07 Kiên Giang, OCOP plan for 2023 (quochoitv.vn; no date shown; the plan
# "trong năm 2023" → 2023, also for the results "đến nay", a judgement). The
# result "176 sản phẩm đạt chứng nhận sản phẩm OCOP" is stated twice (the
# title and the body): two records (=, count; repeated statements recorded
# each time, as set69). Targets of 2023: "số sản phẩm mới và hiện có đạt 3 sao
# trở lên tối thiểu là 30 sản phẩm" (>=, count), "bình quân 2 sản phẩm/huyện,
# thành phố" (a bare target: >=, other "sản phẩm/huyện, thành phố"), "có ít
# nhất 30% chủ thể OCOP tham gia vào các kênh bán hành hiện đại" (>=; the page's
# typo "hành" kept). No id. Pillar null. Not quantities: "2021 - 2025",
# "3 sao", "3 - 5 sao" (grades); the closing byline was cut.
# --------------------------------------------------------------------------
D07 = dict(name="07_kiengiang-ocop-kenh-ban-hang-hien-dai-2023", kind="target", year=2023, records=[
    R("Kiên Giang có «176 sản phẩm", "Kiên Giang có sản phẩm đạt chứng nhận sản phẩm OCOP", "=", 176, **CNT, **RES),
    R("tỉnh có «176 sản phẩm", "sản phẩm đạt chứng nhận sản phẩm OCOP", "=", 176, **CNT, **RES),
    R("tối thiểu là «30 sản phẩm", "số sản phẩm mới và hiện có đạt 3 sao trở lên", ">=", 30, **CNT),
    R("bình quân «2 sản phẩm", "số sản phẩm OCOP mới và hiện có đạt 3 sao trở lên bình quân", ">=", 2,
      unit="other", unit_text="sản phẩm/huyện, thành phố"),
    R("ít nhất «30% chủ thể", "chủ thể OCOP tham gia vào các kênh bán hành hiện đại", ">=", 30),
])

# --------------------------------------------------------------------------
# 08 Hòa Bình, cooperatives and digital transformation (hoabinh.gov.vn; no date
# shown; "Năm 2020" opens the figures and is the only year → 2020 for all).
# "Tỷ lệ HTX hoạt động tốt và khá đạt 66%" (=: a rate reported as reached; not
# of the transformation, yet worded as an indicator reached → recorded, a
# judgement; no id). "Đã có 46 sản phẩm của 39 HTX đạt OCOP cấp tỉnh với 9 sản
# phẩm đạt 4 sao và 37 sản phẩm đạt 3 sao, được đăng nhập và quảng bá trên hệ
# thống hb.check.net.vn": four records, each with its own subject (the
# products, the cooperatives owning them, the products by grade; a breakdown by
# kind, scope null). No id (a traceability and promotion system, not an
# e-commerce platform). Not quantities: "391 Hợp tác xã đang hoạt động", "294
# HTX Nông nghiệp (chiếm 75%)" (the make-up of the cooperative sector, no
# target or result: as set111 left "35 nghìn doanh nghiệp hoạt động" → 75% is
# NOT), "4 sao", "3 sao" (grades). Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_hoabinh-hop-tac-xa-truy-xuat-nguon-goc-2020", kind="result", year=2020, records=[
    R("khá đạt «66%", "Tỷ lệ HTX hoạt động tốt và khá", "=", 66),
    R("Đã có «46 sản phẩm", "sản phẩm của HTX đạt OCOP cấp tỉnh được đăng nhập và quảng bá trên hệ thống "
      "hb.check.net.vn", "=", 46, **CNT),
    R("của «39 HTX", "HTX có sản phẩm đạt OCOP cấp tỉnh", "=", 39, **CNT),
    R("với «9 sản phẩm", "sản phẩm đạt 4 sao", "=", 9, **CNT),
    R("và «37 sản phẩm", "sản phẩm đạt 3 sao", "=", 37, **CNT),
], NOT=["(chiếm «75%)"])

# --------------------------------------------------------------------------
# 09 Bắc Ninh, digital transformation and investment (xaydungtoday.vn; no date
# shown; every figure names 2022). "Năm 2022, tỉnh Bắc Ninh đứng đầu cả nước về
# tỷ trọng kinh tế số trên GRDP là 56,83%" (=, econ.digital_economy_gdp_share;
# "đứng đầu" has no number). The DTI 2022: "xếp hạng 7/63" (rank =,
# dti.provincial_rank), "chính quyền số xếp thứ 10; kinh tế số thứ 5; xã hội
# số đứng thứ 7" (three ranks, each with its own subject; dti.*_rank); the ICT
# Index 2022 "xếp hạng 10/63" (rank.ict_index). Pillar null (the title and the
# heading "Những điểm sáng trong chuyển đổi số" name none; the pillar names in
# the DTI sentence are subjects, not headings). Not quantities: "năm 2023"
# (Ngày chuyển đổi số quốc gia), "Việt Nam 2022" (a report's name).
# --------------------------------------------------------------------------
D09 = dict(name="09_bacninh-kinh-te-so-dti-ict-2022", kind="result", year=2022, records=[
    R("GRDP là «56,83%", "tỷ trọng kinh tế số trên GRDP", "=", 56.83, iid="econ.digital_economy_gdp_share"),
    R("xếp hạng «7/63", "Bắc Ninh xếp hạng các chỉ số về chuyển đổi số và kinh tế số (DTI)", "=", 7, **RANK,
      iid="dti.provincial_rank"),
    R("xếp thứ «10;", "chính quyền số xếp thứ", "=", 10, **RANK, iid="dti.digital_government_rank"),
    R("kinh tế số thứ «5;", "kinh tế số thứ", "=", 5, **RANK, iid="dti.digital_economy_rank"),
    R("đứng thứ «7.", "xã hội số đứng thứ", "=", 7, **RANK, iid="dti.digital_society_rank"),
    R("xếp hạng «10/63", "Chỉ số sẵn sàng cho phát triển và ứng dụng công nghệ thông tin và truyền thông Việt Nam "
      "(Vietnam ICT Index) tỉnh xếp hạng", "=", 10, **RANK, iid="rank.ict_index"),
])

# --------------------------------------------------------------------------
# 10 Tuyên Quang, cooperatives (baotuyenquang.com.vn; no date shown, no year in
# the text → year null). Two results of the OCOP programme: "112 HTX tham gia
# chương trình 'Mỗi xã một sản phẩm' (OCOP) với 153 sản phẩm và được xếp hạng
# từ 3 sao trở lên" (=, count each). Not quantities: "gần 579 HTX đăng ký hoạt
# động", "1.300 tỷ đồng" (their charter capital), "11.739 người" (their
# members): the make-up of the sector, no target or result (as 08); "3 sao",
# "HTX chè 168" (a name). Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_tuyenquang-hop-tac-xa-chuyen-doi-so", kind="result", year=None, records=[
    R("có «112 HTX", "HTX tham gia chương trình “Mỗi xã một sản phẩm” (OCOP)", "=", 112, **CNT),
    R("với «153 sản phẩm", "sản phẩm OCOP được xếp hạng từ 3 sao trở lên", "=", 153, **CNT),
])

# --------------------------------------------------------------------------
# 11 Thanh Hóa, OCOP producers selling together (baothanhhoa.vn, stamp
# "date 2025-09-03" → `date 2025-09`). A precision text: one quantity, "Đến
# nay, toàn tỉnh đã có 649 sản phẩm OCOP" (result, =, count, 2025). Not
# quantities: "3 sản phẩm OCOP 3 sao" (one cooperative's own products, like a
# person's own amounts; a judgement), "3 sao", "năm 2020", the date line; the
# photo caption was cut. Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_thanhhoa-chu-the-ocop-livestream-2025-precision", kind="result", year=2025, records=[
    R("đã có «649 sản phẩm", "sản phẩm OCOP toàn tỉnh", "=", 649, **CNT),
])

# --------------------------------------------------------------------------
# 12 Quảng Trị, a survey of firms' digital transformation (a journal article's
# first page on scribd.com; received 19-7-2021, printed in 2022). A precision
# text: two results among an ISSN, a volume, pages, a DOI, street numbers,
# authors' marks and dates. "có đến 89% các doanh nghiệp khảo sát nhận thức
# chưa sâu sắc về chuyển đổi số" (=) and "chỉ có khoảng 4% đến 17% số doanh
# nghiệp tham gia khảo sát đã thực hiện triển khai một cách đầy đủ ..." (one
# range stated once: between 4-17). Year 2021: the survey was done before the
# paper was received (19-7-2021), a judgement (the 2022 is the
# printing). No id. Not quantities: "325 các doanh nghiệp" (the sample of a
# survey, like the participants of an event), "2588–1205", "2615–9716",
# "Tập 131", "Số 5A", "Tr. 111–128", the DOI, "Văn1", "Thảo2" ..., "20 Trần
# Hưng Đạo", "99 Hồ Đắc Di", the dates, "4.0". Pillar null.
# --------------------------------------------------------------------------
D12 = dict(name="12_quangtri-khao-sat-chuyen-doi-so-doanh-nghiep-precision", kind="result", year=2021, records=[
    R("có đến «89% các", "các doanh nghiệp khảo sát nhận thức chưa sâu sắc về chuyển đổi số và các chính sách hỗ trợ "
      "liên quan", "=", 89),
    R("khoảng «4% đến 17%", "số doanh nghiệp tham gia khảo sát đã thực hiện triển khai một cách đầy đủ một số hoạt "
      "động liên quan đến chuyển đổi số", "between", 4, value_max=17),
])

# --------------------------------------------------------------------------
# 13 Hải Phòng, the "Chợ phiên OCOP" livestream on TikTok (nhandan.vn; no date
# shown, no year in the text → null). Four results of one sale: "Hơn 20 sản
# phẩm đặc trưng ... được đưa lên sàn thương mại điện tử" (>, count; ECP, whose
# wording is "sản phẩm ... đặc trưng được đưa lên sàn thương mại điện tử"),
# "hơn 20,7 triệu lượt người tiếp cận" (>, 20.7e6), "hơn 578 nghìn người xem
# trực tiếp" (>, 578e3), "doanh thu hơn 750 triệu đồng" (>, other "đồng",
# 750e6; the revenue of one event, no id). The reach and the viewers are the
# event's outcome on a digital platform, not its attendance (a judgement).
# Not quantities: "bốn giờ" (a duration, in words); the player "0:00 / 0:00"
# and the twice-printed photo caption were cut. Pillar null.
# --------------------------------------------------------------------------
D13 = dict(name="13_haiphong-cho-phien-ocop-tiktok", kind="result", year=None, records=[
    R("Hơn «20 sản phẩm", "sản phẩm đặc trưng của Hải Phòng được đưa lên sàn thương mại điện tử thông qua Chợ phiên "
      "OCOP Hải Phòng", ">", 20, **CNT, iid=ECP),
    R("hơn «20,7 triệu", "lượt người tiếp cận", ">", 20.7e6, **CNT),
    R("hơn «578 nghìn", "người xem trực tiếp", ">", 578e3, **CNT),
    R("doanh thu hơn «750 triệu", "doanh thu", ">", 750e6, **DONG),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
