#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set91).

Copied from set69's builder (itself from set47's, set45's, set43's, set41's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

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
# 01 Vĩnh Phúc, the province's e-commerce scheme "đến năm 2025, tầm nhìn đến
# năm 2030" (baovinhphuc.com.vn, no date shown; a photo caption cut). Targets:
# the EBI place "thuộc nhóm 15 tỉnh dẫn đầu" (2025) and "nhóm 10 tỉnh dẫn đầu"
# (2030): rank <=, rank.ebi_rank ("chỉ số TMĐT" is the EBI; a judgement).
# "đạt khoảng 55% người dân trên địa bàn 2 thành phố Vĩnh Yên, Phúc Yên và 30%
# người dân trên địa bàn các huyện tham gia mua sắm trực tuyến": one sentence
# splitting one measure between the two cities and the districts → two records
# with scopes "2 thành phố Vĩnh Yên, Phúc Yên" and "các huyện" (a split by
# level of locality, as cấp tỉnh / cấp huyện; a judgement). "khoảng" read on
# the first number only (~ 55), the bare "30%" a target >= (as set69's 02). The
# same for 2030: "khoảng 80%" (~) and "50 - 60%" (between). The online-shopping
# share has no catalogue indicator → null. "doanh số TMĐT B2C ... chiếm hơn
# 10% so với tổng mức bán lẻ ..." (>, 2025) and "hơn 20%" (>, 2030):
# econ.ecommerce_retail_share ("so với tổng mức" names the denominator). The
# funding "hơn 20 tỷ đồng" (>, other "đồng", 2e10) and its part "hơn 60% nguồn
# ngân sách Trung ương, ngân sách cấp tỉnh" (>): plan figures of the scheme,
# year 2025 (the scheme runs "đến năm 2025", 2030 being its vision; a
# judgement); no id (funding of an e-commerce scheme, not of the digital
# transformation). Not quantities: "2 thành phố" (part of the scope's name),
# the years. No heading → pillar null.
# --------------------------------------------------------------------------
D01 = dict(name="01_vinhphuc-de-an-tmdt-2025-2030", kind="target", year=2025, records=[
    R("thuộc nhóm «15 tỉnh dẫn đầu", "chỉ số TMĐT duy trì thuộc tỉnh dẫn đầu của cả nước", "<=", 15, **RANK,
      iid="rank.ebi_rank"),
    R("thuộc nhóm «10 tỉnh dẫn đầu", "chỉ số TMĐT thuộc tỉnh dẫn đầu của cả nước", "<=", 10, **RANK, year=2030,
      iid="rank.ebi_rank"),
    R("đạt khoảng «55% người dân", "người dân tham gia mua sắm trực tuyến", "~", 55,
      scope="2 thành phố Vĩnh Yên, Phúc Yên"),
    R("Phúc Yên và «30% người dân", "người dân tham gia mua sắm trực tuyến", ">=", 30, scope="các huyện"),
    R("chiếm hơn «10% so với", "doanh số TMĐT B2C (tính cho cả hàng hóa và dịch vụ tiêu dùng trực tuyến) so với "
      "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng của tỉnh", ">", 10, iid="econ.ecommerce_retail_share"),
    R("đạt khoảng «80% người dân", "người dân tham gia mua sắm trực tuyến", "~", 80, year=2030,
      scope="2 thành phố Vĩnh Yên, Phúc Yên"),
    R("Phúc Yên và «50 - 60%", "người dân tham gia mua sắm trực tuyến", "between", 50, value_max=60, year=2030,
      scope="các huyện"),
    R("chiếm hơn «20% so với", "doanh số TMĐT B2C (tính cho cả hàng hóa và dịch vụ tiêu dùng trực tuyến) so với "
      "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng của tỉnh", ">", 20, year=2030,
      iid="econ.ecommerce_retail_share"),
    R("kinh phí hơn «20 tỷ đồng", "nguồn kinh phí bố trí để hoàn thành mục tiêu", ">", 20e9, **DONG),
    R("bao gồm hơn «60% nguồn", "nguồn ngân sách Trung ương, ngân sách cấp tỉnh", ">", 60),
])

# --------------------------------------------------------------------------
# 02 Vĩnh Phúc, e-commerce and digital platforms (baovinhphuc.com.vn, no date
# shown; a photo caption cut). Results; "Giai đoạn 2021 - 2024" and "Đến nay"
# → 2024. "duy trì vị trí tốp 15 tỉnh có chỉ số phát triển TMĐT tốt nhất" (rank
# <=, 2024, the period's end; rank.ebi_rank, a judgement). "3.100 trạm thu phát
# sóng thông tin di động" (count, infra.bts_stations_count). "phủ sóng di động
# 3G, 4G toàn tỉnh đạt 100%" (=; null: the catalogue's coverage indicators
# count population, this one territory; a judgement). "trên 10.000 doanh
# nghiệp nhỏ và vừa sử dụng các nền tảng số" (count >; null: the catalogue
# holds the share). Not quantities: "4.0", "2021 - 2024", "3G, 4G",
# "Kế hoạch 260", "năm 2021", "2025", "2030". Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_vinhphuc-tmdt-nen-tang-so-2024", kind="result", year=2024, records=[
    R("vị trí tốp «15 tỉnh", "Vĩnh Phúc luôn duy trì vị trí tỉnh có chỉ số phát triển TMĐT tốt nhất cả nước", "<=",
      15, **RANK, iid="rank.ebi_rank"),
    R("có «3.100 trạm", "trạm thu phát sóng thông tin di động", "=", 3100, **CNT, iid="infra.bts_stations_count"),
    R("toàn tỉnh đạt «100%", "phủ sóng di động 3G, 4G toàn tỉnh", "=", 100),
    R("trên «10.000 doanh nghiệp", "doanh nghiệp nhỏ và vừa sử dụng các nền tảng số trong quản lý, điều hành, sản "
      "xuất, kinh doanh", ">", 10000, **CNT),
])

# --------------------------------------------------------------------------
# 03 Đắk Lắk, the provincial Party committee's plan 175-KH/TU on Resolution
# 52-NQ/TW (baodaklak.vn, byline 16/06/2020 → `date 2020-06`; page furniture,
# an image number "4234" and a caption cut). Targets "đến năm 2025": "Internet
# băng thông rộng phủ 100% xã, phường, thị trấn" (>=; infra.fibre_commune_
# coverage_share, a judgement: "băng thông rộng" for the catalogue's fibre
# broadband), "kinh tế số chiếm khoảng 20% GRDP" (~, econ.digital_economy_
# gdp_share), "năng suất lao động tăng bình quân trên 7%/năm" (>, a target
# stated as a change; econ.labour_productivity_growth), "tỷ lệ lao động qua
# đào tạo đạt 65%" (>=, no id: vocational training is no digital skill).
# Not quantities: "175–KH/TU", "52-NQ/TW", "27-9-2019". Pillar null (the
# title names no pillar).
# --------------------------------------------------------------------------
D03 = dict(name="03_daklak-kh175-kinh-te-so-2025", kind="target", year=2025, records=[
    R("phủ «100% xã", "Internet băng thông rộng phủ xã, phường, thị trấn", ">=", 100,
      iid="infra.fibre_commune_coverage_share"),
    R("chiếm khoảng «20% GRDP", "kinh tế số chiếm GRDP của tỉnh", "~", 20, iid="econ.digital_economy_gdp_share"),
    R("bình quân trên «7%/năm", "năng suất lao động tăng bình quân", ">", 7, iid="econ.labour_productivity_growth"),
    R("qua đào tạo đạt «65%", "tỷ lệ lao động qua đào tạo", ">=", 65),
])

# --------------------------------------------------------------------------
# 04 Đắk Lắk, the province's programme on science, innovation and digital
# transformation to 2030 (vietnamnet.vn, no date shown; nothing cut). Targets
# "đến năm 2030" for every sentence (the HDI and the budget share continue the
# programme's goals → 2030). "TFP ... ở mức từ 42% trở lên" (>=, null), "quy
# mô kinh tế số đạt tối thiểu 30% GRDP" (>=, econ.digital_economy_gdp_share),
# "tỷ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp đạt trên
# 80%" (>; null: the catalogue's is of adults only), "giao dịch không dùng tiền
# mặt đạt 80%" (>=, econ.cashless_transactions_share), "doanh nghiệp có hoạt
# động đổi mới sáng tạo ... (R&D) ... trên 30%" (>, null), "chỉ số phát triển
# con người (HDI) ... đạt 0,7" (>=, an index value: other, unit_text null),
# "Bố trí ít nhất 3% tổng chi ngân sách hằng năm cho ... chuyển đổi số" (>=,
# inst.dx_budget_share, whose wordings name this sum). Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_daklak-khcn-cds-2030", kind="target", year=2030, records=[
    R("mức từ «42% trở lên", "đóng góp của năng suất nhân tố tổng hợp (TFP) vào tăng trưởng kinh tế", ">=", 42),
    R("tối thiểu «30% GRDP", "quy mô kinh tế số GRDP của tỉnh", ">=", 30, iid="econ.digital_economy_gdp_share"),
    R("đạt trên «80%", "tỷ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp", ">", 80),
    R("tiền mặt đạt «80%", "giao dịch không dùng tiền mặt", ">=", 80, iid="econ.cashless_transactions_share"),
    R("phấn đấu đạt trên «30%", "tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo, nghiên cứu và phát triển (R&D) "
      "trong tổng số doanh nghiệp đang hoạt động trên địa bàn tỉnh", ">", 30),
    R("tỉnh đạt «0,7", "chỉ số phát triển con người (HDI) của tỉnh", ">=", 0.7, unit="other"),
    R("ít nhất «3% tổng chi", "tổng chi ngân sách hằng năm cho phát triển khoa học, công nghệ, đổi mới sáng tạo, "
      "chuyển đổi số quốc gia", ">=", 3, iid="inst.dx_budget_share"),
])

# --------------------------------------------------------------------------
# 05 The Central Highlands' digital-economy scheme (draft), on Đắk Lắk's
# planning department's site (khdt.daklak.gov.vn; the line "Cập nhật lúc:
# 05/09/2023 07:47 2209" printed twice, both cut, written as `date 2023-09`). A
# precision text: one quantity, "Đến năm 2030, công nghiệp công nghệ thông tin
# ... đóng góp khoảng 10% GRDP Tây Nguyên" (target ~, 2030; null: the IT
# industry's share is not the digital economy's). "một trong 5 ngành công
# nghiệp chủ lực" is membership, no quantity; "05 tỉnh" the region's make-up;
# "đô thị loại I", "Gigabit", "IPv6" names. Pillar: the page's title "Phát triển
# kinh tế số Tây Nguyên ..." is its heading and names kinh tế số →
# digital_economy (set69's judgement that a title counts as a heading).
# --------------------------------------------------------------------------
D05 = dict(name="05_taynguyen-kinh-te-so-2030-precision", kind="target", year=2030, records=[
    R("đóng góp khoảng «10% GRDP", "công nghiệp công nghệ thông tin đóng góp GRDP Tây Nguyên", "~", 10, pillar=ECO),
])

# --------------------------------------------------------------------------
# 06 Thái Bình, a question to the Director of Information and Communications at
# the provincial council (baothaibinh.com.vn; the page's own date line
# "Thứ 4, 15/01/2025", the byline "Thứ 7, 10/08/2024 | 08:03:32" (→ `date
# 2024-08`), the view count "2,280 lượt xem" and a caption cut). A precision
# text: one quantity, "Về hạ tầng số: ... Trên 90% dâ" — the excerpt ends
# inside the subject; result >, 90, the indicator as cut ("dâ"), year 2024
# (the document's), pillar digital_infrastructure from the lead-in "Về hạ tầng
# số:" (spec: a lead-in naming a pillar). No id (the subject is cut). Not
# quantities: "Bài 6", "khóa XVII", "2021 - 2026", "năm 2023", "1 trong 3 trụ
# cột" (a count of pillars), "4G".
# --------------------------------------------------------------------------
D06 = dict(name="06_thaibinh-chat-van-kinh-te-so-precision", kind="result", year=2024, records=[
    R("Trên «90% dâ", "dâ", ">", 90, pillar=INFRA),
])

# --------------------------------------------------------------------------
# 07 Nam Định's provincial general hospital, dynamic QR codes for hospital fees
# (baonamdinh.vn, byline 22/03/2023 → `date 2023-03`; a caption printed twice,
# both cut). A precision text with no quantity: "tháng 12-2022" (a date), "900
# giường bệnh", "khoảng 262 nghìn người/năm" outpatients and "khoảng 40 nghìn
# người/năm" inpatients (the hospital's size and load, no target or result of
# the transformation; a judgement).
# --------------------------------------------------------------------------
D07 = dict(name="07_namdinh-bvdk-qr-vien-phi-2023-precision", kind="result", year=2023, records=[
])

# --------------------------------------------------------------------------
# 08 Quảng Bình's OCOP products (nhaquanly.vn, no date shown; "từ đầu năm
# 2024" → 2024). Results: "168 sản phẩm OCOP được công nhận còn thời hạn (gồm
# 28 ... 4 sao và 140 ... 3 sao)" and "107 chủ thể kinh tế (gồm 58 hợp tác xã,
# 21 doanh nghiệp, 28 hộ kinh doanh cá thể)": one count record per number, each
# with its own subject, scope null (a breakdown by kind, spec's decided case).
# "(mục tiêu đến năm 2025 có 20-25 sản phẩm OCOP 4 sao)": the plan 493/KH-UBND's
# target (between 20-25, 2025). "đứng thứ 4/6 tỉnh Bắc Trung Bộ" (rank =, the
# region in the indicator). "hơn 80 sản phẩm đăng ký tham gia" (count >). No
# ids (the catalogue holds OCOP products on e-commerce only). Not quantities:
# the star classes "4 sao", "3 sao" (names of classes), "493/KH-UBND",
# "23/3/2023". Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_quangbinh-ocop-2024", kind="result", year=2024, records=[
    R("có «168 sản phẩm", "sản phẩm OCOP được công nhận còn thời hạn", "=", 168, **CNT),
    R("gồm «28 sản phẩm", "sản phẩm OCOP 4 sao", "=", 28, **CNT),
    R("và «140 sản phẩm", "sản phẩm OCOP 3 sao", "=", 140, **CNT),
    R("với «107 chủ thể", "chủ thể kinh tế", "=", 107, **CNT),
    R("gồm «58 hợp tác xã", "hợp tác xã", "=", 58, **CNT),
    R("xã, «21 doanh nghiệp", "doanh nghiệp", "=", 21, **CNT),
    R("nghiệp, «28 hộ", "hộ kinh doanh cá thể", "=", 28, **CNT),
    R("có «20-25 sản phẩm", "sản phẩm OCOP 4 sao", "between", 20, value_max=25, **CNT, kind="target", year=2025),
    R("đứng thứ «4/6", "Tổng số sản phẩm OCOP của tỉnh đứng thứ tỉnh Bắc Trung Bộ", "=", 4, **RANK),
    R("có hơn «80 sản phẩm", "sản phẩm đăng ký tham gia chương trình OCOP", ">", 80, **CNT),
])

# --------------------------------------------------------------------------
# 09 The five provinces whose digital economy is over 20% of GRDP, national
# (nguoiquansat.vn; the section label "Vĩ mô" and the byline "Vân Anh
# 15/09/2023 - 18:45" cut, written as `date 2023-09`). A precision text: the
# count "5 địa phương có tỷ trọng kinh tế số trên GRDP ... đạt hơn 20%" stated
# in the title and the body (two count results, =, year 2022 from "báo cáo
# thường niên kinh tế số Việt Nam 2022"; no id). The "20%" in both is the
# threshold that names the class counted, not a value of its own → NOT (a
# judgement). Pillar: the title names kinh tế số → digital_economy for both
# (as 05). Not quantities: "lần thứ nhất", "2022" in the report's name.
# --------------------------------------------------------------------------
D09 = dict(name="09_ca-nuoc-5-dia-phuong-kts-grdp-precision", kind="result", year=2022, records=[
    R("Công bố «5 địa phương", "địa phương có tỷ trọng kinh tế số trên GRDP", "=", 5, **CNT, pillar=ECO),
    R("2022, «5 địa phương", "địa phương có tỷ trọng kinh tế số trên GRDP (tổng sản phẩm trên địa bàn)", "=", 5,
      **CNT, pillar=ECO),
], NOT=["GRDP đạt hơn «20%\n", "đạt hơn «20% là"])

# --------------------------------------------------------------------------
# 10 The information and communications sector in 2024, national (baodautu.vn,
# no date shown; the list of related articles before the text and a chart's
# caption cut). Results of 2024: the sector's revenue "4.243.984 tỷ đồng"
# (econ.ict_industry_revenue, whose wordings name "doanh thu toàn ngành thông
# tin và truyền thông"), budget paid "109.478 tỷ đồng", contribution to GDP
# "989.016 tỷ đồng", workers "khoảng 1.542.994 lao động" (count ~), the ICT
# industry's revenue "3.878.296 tỷ đồng" (econ.ict_industry_revenue) and, in
# its bracket, "khoảng 151,86 tỷ USD" (~, other "USD"; null: the catalogue's
# unit is đồng), "(năm 2023 đạt 137 tỷ USD)" (a result of 2023, spec's decided
# bracket case), hardware exports "132,341 tỷ USD", digital-technology firms
# "54.500 doanh nghiệp" (econ.digital_tech_enterprises_count), the Vietnamese
# value "khoảng 1,16 triệu tỷ đồng" (~, 1.16e15: two magnitude words) and
# "(hơn 45,5 tỷ USD)" (>), the IT revenue "248.000 tỷ đồng"
# (econ.ict_industry_revenue, wording "doanh thu công nghiệp công nghệ thông
# tin"; a judgement) and FDI firms' value "khoảng 486.000 tỷ" (~, the excerpt
# ends before the currency: unit_text null). Every "tăng X% so với ..." is a
# change against an earlier value → NOT (13,2%, 15,1%, 11,2% twice, 2%,
# 11,6%, 16%). Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_ca-nuoc-cong-nghiep-ict-2024", kind="result", year=2024, records=[
    R("ước đạt «4.243.984 tỷ", "doanh thu toàn ngành thông tin và truyền thông", "=", 4243984e9, **DONG,
      iid="econ.ict_industry_revenue"),
    R("ước đạt «109.478 tỷ", "Nộp ngân sách nhà nước", "=", 109478e9, **DONG),
    R("ước đạt «989.016 tỷ", "Đóng góp vào GDP của ngành thông tin và truyền thông", "=", 989016e9, **DONG),
    R("ước khoảng «1.542.994 lao động", "Tổng số lao động toàn ngành thông và truyền thông", "~", 1542994, **CNT),
    R("ước đạt «3.878.296 tỷ", "đóng góp doanh thu của lĩnh vực công nghiệp công nghệ số (công nghiệp ICT)", "=",
      3878296e9, **DONG, iid="econ.ict_industry_revenue"),
    R("(khoảng «151,86 tỷ USD)", "doanh thu của lĩnh vực công nghiệp công nghệ số (công nghiệp ICT)", "~", 151.86e9,
      **USD),
    R("(năm 2023 đạt «137 tỷ USD)", "doanh thu của lĩnh vực công nghiệp công nghệ số (công nghiệp ICT)", "=", 137e9,
      **USD, year=2023),
    R("ước đạt «132,341 tỷ USD", "kim ngạch xuất khẩu phần cứng, điện tử", "=", 132.341e9, **USD),
    R("là «54.500 doanh nghiệp", "Tổng số doanh nghiệp công nghệ số đang hoạt động", "=", 54500, **CNT,
      iid="econ.digital_tech_enterprises_count"),
    R("đạt khoảng «1,16 triệu tỷ", "giá trị Việt Nam trong tổng doanh thu lĩnh vực công nghiệp ICT", "~", 1.16e15,
      **DONG),
    R("(hơn «45,5 tỷ USD)", "giá trị Việt Nam trong tổng doanh thu lĩnh vực công nghiệp ICT", ">", 45.5e9, **USD),
    R("CNTT đạt «248.000 tỷ", "doanh thu CNTT", "=", 248000e9, **DONG, iid="econ.ict_industry_revenue"),
    R("là khoảng «486.000 tỷ", "Giá trị Việt Nam tạo ra trong doanh thu của các doanh nghiệp FDI", "~", 486000e9,
      unit="other", unit_text=None),
], NOT=["tăng «13,2%", "tăng «15,1%", "đồng, tăng «11,2% so", "tăng «2% so", "USD), tăng «11,2% (năm",
        "tăng «11,6%", "tăng «16%"])

# --------------------------------------------------------------------------
# 11 E-commerce in 2025, national (thoibaotaichinhvietnam.vn; the crawler's
# stamp " date 2026-02-02 " at the head of the excerpt written as `date
# 2026-02`). The lead and the last paragraph state the same four results, each
# recorded where it stands: "tăng trưởng bình quân khoảng 25%/năm" (~; an
# average growth rate stated as a value, not a change against one earlier
# value; no id: econ.digital_economy_growth is the digital economy's), "quy mô
# bán lẻ ước đạt 31 tỷ USD" (=, other "USD"; null: econ.ecommerce_revenue is
# in đồng), "chiếm khoảng 11% tổng mức bán lẻ hàng hóa" (~,
# econ.ecommerce_retail_share), "khoảng 60% dân số tham gia mua sắm trực
# tuyến" (~, null; the last one cut to "trự" in the excerpt). Year 2025: the
# sentence's "năm 2025" (the growth rate's clause comes before it in the same
# sentence; a judgement). Not quantities: "năm 2026", "2/2/2026", "đầu năm
# 2026". Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_ca-nuoc-tmdt-ban-le-2025", kind="result", year=2025, records=[
    R("(TBTCO) - Thương mại điện tử tại Việt Nam duy trì mức tăng trưởng bình quân khoảng «25%",
      "Thương mại điện tử tại Việt Nam duy trì mức tăng trưởng bình quân", "~", 25),
    R("lẻ ước đạt «31 tỷ USD, chiếm khoảng 11% tổng mức bán lẻ hàng hóa, với khoảng 60% dân số tham gia mua sắm "
      "trực tuyến.", "quy mô bán lẻ", "=", 31e9, **USD),
    R("chiếm khoảng «11% tổng mức bán lẻ hàng hóa, với khoảng 60% dân số tham gia mua sắm trực tuyến.",
      "Thương mại điện tử tổng mức bán lẻ hàng hóa", "~", 11, iid="econ.ecommerce_retail_share"),
    R("với khoảng «60% dân số tham gia mua sắm trực tuyến.", "dân số tham gia mua sắm trực tuyến", "~", 60),
    R("Thời gian qua, thương mại điện tử duy trì mức tăng trưởng bình quân khoảng «25%",
      "thương mại điện tử duy trì mức tăng trưởng bình quân", "~", 25),
    R("lẻ ước đạt «31 tỷ USD, chiếm khoảng 11% tổng mức bán lẻ hàng hóa, với khoảng 60% dân số tham gia mua sắm trự\n",
      "quy mô bán lẻ", "=", 31e9, **USD),
    R("chiếm khoảng «11% tổng mức bán lẻ hàng hóa, với khoảng 60% dân số tham gia mua sắm trự\n",
      "thương mại điện tử tổng mức bán lẻ hàng hóa", "~", 11, iid="econ.ecommerce_retail_share"),
    R("với khoảng «60% dân số tham gia mua sắm trự\n", "dân số tham gia mua sắm trự", "~", 60),
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
