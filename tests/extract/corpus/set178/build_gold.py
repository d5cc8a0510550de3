#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set178).

Copied from set175's builder (itself from set173's, set171's, set165's, set163's, ... and the seeds').
Each record is written by hand below; its anchor is never typed in. A record names a locator: a
piece of the text with « just before the number. The locator (without «) must occur exactly once in
the text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a plan or a
requirement, a change against an earlier value, the weights of an index); check_gold.py verifies
that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set175, the id is given in the record itself (`iid=`).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, CNT, RANK, ECO  # noqa: E402

TAN = dict(unit="other", unit_text="tấn")
MERCHANTS = "econ.merchants_cashless_count"

# --------------------------------------------------------------------------
# 01 TP.HCM, the city's e-commerce plan for 2021-2025 (thanhuytphcm.vn; cut: the site's clock line
# "Thứ Sáu, ngày 29 tháng 3 năm 2024" with one blank line; no byline date; the excerpt ends in
# "thương m"). Targets for 2025 (every sentence names it or follows "đến năm 2025"). Pillar
# digital_economy for every record: the title "TPHCM: Đến năm 2025 giá trị mua sắm trực tuyến ..."
# and the line under it "TPHCM có kế hoạch phát triển thương mại điện tử ..." head the excerpt and
# name online shopping and e-commerce (the spec's topic rule: thương mại điện tử → kinh tế số; the
# title as the excerpt's heading, set69's judgement). The title's "trung bình 12 triệu đồng/hộ" is a
# record of its own (>=, other "đồng/hộ", 12e6; the lead's figure, recorded at each place as set175's
# 2.375), the body's "đạt trung bình 12.000.000 đồng/hộ" another. Bare or "đạt" targets read >=, "tối
# thiểu" >=. "gấp 2,1 lần giá trị mua sắm năm 2019": a target stated as a change (spec: a quantity),
# >=, other "lần". "đạt mức tăng trưởng bình quân 13,8%/năm" (>=; id null: the growth of online
# purchases per household, not of e-commerce sales, a judgement). Ids: the 10% of enterprises
# selling on e-commerce platforms → econ.enterprises_ecommerce_share; the rest null (website and app
# shares, internet for trade, online payment choice, purchase value, officials trained in e-commerce
# management: no catalogue indicator). Not quantities: "2021 - 2025" (twice, the plan's period),
# "năm 2019", "cấp độ 4" (a level's name), "năm 2025".
# --------------------------------------------------------------------------
D01 = dict(name="01_hcm-ke-hoach-tmdt-2021-2025", kind="target", year=2025, records=[
    R("trung bình «12 triệu đồng/hộ", "giá trị mua sắm trực tuyến trung bình", ">=", 12e6, unit="other",
      unit_text="đồng/hộ", pillar=ECO),
    R("đạt tối thiểu «10%", "tỷ lệ doanh nghiệp tham gia bán hàng trên sàn giao dịch thương mại điện tử", ">=", 10,
      pillar=ECO, iid="econ.enterprises_ecommerce_share"),
    R("tối thiểu «55%", "Tỷ lệ website (trang tin điện tử) tương thích thiết bị di động", ">=", 55, pillar=ECO),
    R("thanh toán trực tuyến) đạt «5%", "Tỷ lệ website đạt cấp độ 4 (có giỏ hàng trực tuyến và thanh toán trực tuyến)",
      ">=", 5, pillar=ECO),
    R("di động đạt «12%", "Tỷ lệ doanh nghiệp có website và xây dựng ứng dụng dùng trên thiết bị di động", ">=", 12,
      pillar=ECO),
    R("hàng hóa đạt «75%", "Tỷ lệ kết nối internet để mua bán hàng hóa", ">=", 75, pillar=ECO),
    R("trực tuyến đạt «30%", "Tỷ lệ người tiêu dùng lựa chọn thanh toán trực tuyến", ">=", 30, pillar=ECO),
    R("trung bình «12.000.000 đồng/hộ", "giá trị mua sắm trực tuyến năm 2025 trung bình", ">=", 12e6, unit="other",
      unit_text="đồng/hộ", pillar=ECO),
    R("gấp «2,1 lần", "giá trị mua sắm trực tuyến gấp giá trị mua sắm năm 2019", ">=", 2.1, unit="other",
      unit_text="lần", pillar=ECO),
    R("bình quân «13,8%/năm", "mức tăng trưởng bình quân giá trị mua sắm trực tuyến", ">=", 13.8, pillar=ECO),
    R("tối thiểu «80% cán bộ", "cán bộ, công chức phụ trách lĩnh vực kinh tế được bồi dưỡng kiến thức tổng quát về quản "
      "lý nhà nước đối với hoạt động thương mại điện tử", ">=", 80, pillar=ECO),
    R("đó, «100% công chức", "công chức trực tiếp thực hiện quản lý nhà nước, kiểm tra, thanh tra, xử lý vi phạm pháp "
      "luật về thương mại điện tử được tập huấn, bồi dưỡng nghiệp vụ chuyên ngành", ">=", 100, pillar=ECO),
])

# --------------------------------------------------------------------------
# 02 Đà Nẵng, the city's e-commerce plan for 2026-2030, January 2026 (viettimes.vn; the crawler's
# stamp " date 2026-01-23" written as the first line; no cut; the excerpt ends in "Đà Nẵ"). Targets
# for 2030 ("đến 2030"). Pillar null: the excerpt has no title or heading (the lead names the plan,
# set91's "no heading → pillar null" for the same kind of page). "đạt 80%/số người sử dụng internet"
# (>=; id null: its denominator is the internet users, not the population of
# econ.online_shoppers_share; a judgement), "chiếm 20% so với tổng mức bán lẻ" (bare, >=;
# econ.ecommerce_retail_share, "so với tổng mức" naming the denominator), "tối thiểu 65%" (>=),
# "đạt trên 75%" (>; id null: enterprises applying e-commerce, not on platforms), "100% các giao
# dịch ... có hóa đơn điện tử" (>=; econ.ecommerce_e_invoice_share), "thanh toán không dùng tiền mặt
# trong thương mại điện tử đạt 80%" (>=; id null: cashless share within e-commerce only), "giảm
# xuống còn tối đa 55%" (a target stated as a ceiling, <=), "đạt từ 35%" (>=), "đạt ít nhất 40%",
# "đạt ít nhất 50%" (>=). Not quantities: "2026–2030", "2026 - 2030" (the period), "2030".
# --------------------------------------------------------------------------
D02 = dict(name="02_danang-ke-hoach-tmdt-2026-2030", kind="target", year=2030, records=[
    R("đạt «80%/số", "tỷ lệ dân số trưởng thành tham gia mua sắm trực tuyến trên số người sử dụng internet", ">=", 80),
    R("chiếm «20%", "doanh số bán lẻ thương mại điện tử so với tổng mức bán lẻ hàng hóa của địa phương", ">=", 20,
      iid="econ.ecommerce_retail_share"),
    R("tối thiểu «65%", "tỷ trọng bán lẻ hàng hóa qua hệ thống phân phối hiện đại", ">=", 65),
    R("đạt trên «75%", "tỷ lệ doanh nghiệp kinh doanh thương mại ứng dụng thương mại điện tử", ">", 75),
    R("; «100% các giao dịch", "các giao dịch trên các sàn/website/ứng dụng thương mại điện tử có hóa đơn điện tử", ">=",
      100, iid="econ.ecommerce_e_invoice_share"),
    R("mặt trong thương mại điện tử đạt «80%", "thanh toán không dùng tiền mặt trong thương mại điện tử", ">=", 80),
    R("tối đa «55%", "tỷ lệ sản phẩm trong thương mại điện tử sử dụng bao bì nhựa", "<=", 55),
    R("đạt từ «35%", "tỷ lệ sản phẩm trong thương mại điện tử sử dụng bao bì là chất liệu có thể tái chế", ">=", 35),
    R("ít nhất «40%", "tỷ lệ doanh nghiệp sử dụng năng lượng sạch trong logistics cho thương mại điện tử", ">=", 40),
    R("ít nhất «50%", "tỷ lệ doanh nghiệp áp dụng tiêu chuẩn đóng gói xanh cho thương mại điện tử", ">=", 50),
])

# --------------------------------------------------------------------------
# 03 Thanh Hóa, businesses' use of e-commerce and electronic payment (thuonghieucongluan.com.vn; cut:
# the photo caption lines "Ảnh minh họa" and "Ảnh minh họa." with one blank line; the excerpt opens
# inside the article, "Theo đó, ...", and ends in "20% cơ sở kinh doanh " with its trailing space,
# kept). Results ("Hiện, ... đã có", "Thống kê ... cho thấy"), op =. Year null: the excerpt shows no
# date and names no year. Pillar null (no heading; the opening sentence's "nền kinh tế số" is no
# heading or lead-in of a list). Seven shares, each with its own subject; the last is cut off before
# its predicate, its indicator the subject as far as the excerpt goes (as set175's 03). Ids null:
# enterprises using e-mail, with their own website, taking part in websites or e-commerce (not the
# platforms of econ.enterprises_ecommerce_share), using special software; supermarkets and malls
# taking cards (a subgroup of econ.merchants_cashless_share's businesses, a judgement); utilities
# taking electronic payment. Not quantities: "4.0" (in "CMCN 4.0", a name).
# --------------------------------------------------------------------------
D03 = dict(name="03_thanhhoa-doanh-nghiep-ung-dung-tmdt", kind="result", year=None, records=[
    R("có «70% doanh nghiệp", "doanh nghiệp sử dụng thư điện tử trong giao dịch và trao đổi thông tin", "=", 70),
    R("; «50% doanh nghiệp", "doanh nghiệp có website riêng, cập nhật định kỳ thông tin hoạt động và quảng bá sản phẩm",
      "=", 50),
    R("«35% doanh nghiệp", "doanh nghiệp tham gia website, thương mại điện tử để mua bán các sản phẩm hàng hóa và dịch vụ",
      "=", 35),
    R("«10% doanh nghiệp", "doanh nghiệp ứng dụng phần mềm chuyên dụng trong hoạt động quản lý và kinh doanh", "=", 10),
    R("«70% siêu thị", "siêu thị, trung tâm mua sắm và các cơ sở phân phối hiện đại đã hỗ trợ người tiêu dùng thanh toán "
      "bằng thẻ điện tử", "=", 70),
    R("«50% các đơn vị", "các đơn vị cung cấp dịch vụ điện, nước, viễn thông, truyền thông chấp nhận thanh toán phí dịch "
      "vụ của các hộ gia đình qua phương tiện điện tử", "=", 50),
    R("«20% cơ sở", "cơ sở kinh doanh", "=", 20),
])

# --------------------------------------------------------------------------
# 04 Gia Lai, the province's e-commerce index (EBI) of 2023 (baogialai.com.vn; the crawler's stamp
# " date 2023-05" written as the first line, "(GLO)- ..." following on the second; no cut). Results
# of 2023, rank =. Pillar null (no title or heading). The EBI place "xếp thứ 38/63"
# (rank.ebi_rank), its score "đạt 13,6 điểm" (other "điểm", rank.ebi_score), the regional place
# "xếp thứ 3/5 tỉnh Tây Nguyên" (rank =, the region in the indicator wording as the spec's "xếp thứ
# 5 khu vực Tây Nguyên"; id null: dti.regional_rank is the DTI's); the sub-indices "nguồn nhân lực
# và hạ tầng công nghệ thông tin ... 50/63" (rank.ebi_hr_infrastructure_rank), "B2C ... 39/63"
# (rank.ebi_b2c_rank), "B2B ... 34/63" (rank.ebi_b2b_rank), and two of them's regional places "xếp
# thứ 3/5 tỉnh Tây Nguyên" (ids null). "đứng đầu các tỉnh Tây Nguyên" writes no number: no record.
# NOT: the weights of the three sub-indices, "20%", "40%", "40%" (an index's structure, the spec's
# "gồm 9 chỉ số chính"). Not quantities: "tăng 2 bậc", "tăng 6 bậc", "giảm 4 bậc", "tăng 7 bậc",
# "giảm 9 bậc" (changes against an earlier year), "năm thứ 3 liên tiếp" (a count of years), "3 chỉ số
# thành phần" (the index's parts), "năm 2021", "năm 2022" (years compared). The same EBI place, score
# and regional place are in set37's 05 (gialaitv.vn, another page, other sentences); see SOURCES.md.
# --------------------------------------------------------------------------
D04 = dict(name="04_gialai-chi-so-tmdt-2023", kind="result", year=2023, records=[
    R("xếp thứ «38/63", "Chỉ số Thương mại điện tử (TMĐT) xếp thứ", "=", 38, **RANK, iid="rank.ebi_rank"),
    R("đạt «13,6 điểm", "Chỉ số Thương mại điện tử (TMĐT) đạt điểm", "=", 13.6, unit="other", unit_text="điểm",
      iid="rank.ebi_score"),
    R("và xếp thứ «3/5", "Chỉ số Thương mại điện tử (TMĐT) xếp thứ tỉnh Tây Nguyên", "=", 3, **RANK),
    R("đứng thứ «50/63", "chỉ số về nguồn nhân lực và hạ tầng công nghệ thông tin của tỉnh đứng thứ", "=", 50, **RANK,
      iid="rank.ebi_hr_infrastructure_rank"),
    R("4 bậc so với năm 2022, xếp thứ «3/5", "chỉ số về nguồn nhân lực và hạ tầng công nghệ thông tin xếp thứ tỉnh Tây "
      "Nguyên", "=", 3, **RANK),
    R("đứng thứ «39/63", "Chỉ số giao dịch doanh nghiệp với người tiêu dùng (B2C) đứng thứ", "=", 39, **RANK,
      iid="rank.ebi_b2c_rank"),
    R("đứng thứ «34/63", "Chỉ số giao dịch doanh nghiệp với doanh nghiệp (B2B) đứng thứ", "=", 34, **RANK,
      iid="rank.ebi_b2b_rank"),
    R("9 bậc so với năm 2022, xếp thứ «3/5", "Chỉ số giao dịch doanh nghiệp với doanh nghiệp (B2B) xếp thứ tỉnh Tây "
      "Nguyên", "=", 3, **RANK),
], NOT=["thông tin «20%", "(B2C) «40%", "(B2B) «40%"])

# --------------------------------------------------------------------------
# 05 Đồng Tháp, OCOP products and e-commerce, September 2025 (nld.com.vn; the crawler's stamp
# " date 2025-09-04" written as the first line; cut: the photo caption "Thời gian qua, Công ty TNHH
# MTV Nam Huy Đồng Tháp (xã Tân Nhuận Đông, tỉnh Đồng Tháp) chú trọng nâng cao chất lượng sản phẩm sen
# sấy" with one blank line; the excerpt ends in "kết n"). Results of 2025 (the stamp; "Đến nay"),
# pillar null (no heading). The OCOP programme's counts are results the page reports (a judgement:
# the programme's own results, beside its e-commerce figures): "hơn 1.000 sản phẩm OCOP được công
# nhận từ 3 sao trở lên" (>), "448 chủ thể" (=; the subjects the products come from, a count the
# programme reports, not where a group comes from as set175's "ở 23 xã"), the breakdown by star "4
# sản phẩm đạt 5 sao ..., 199 ... 4 sao và 799 ... 3 sao" (=, each its own subject, scope null: a
# breakdown by kind, spec). E-commerce: "hơn 300 sản phẩm ... lên sàn thương mại điện tử" (>,
# econ.ecommerce_products_count) and the "60 doanh nghiệp, hợp tác xã, cơ sở sản xuất" whose
# products they are (=, count; the businesses that went onto the platforms, the theme's own figure;
# id null: the catalogue's enterprise indicator is a share). Other ids null. Not quantities: "3
# sao", "5 sao", "4 sao" (the classes' names).
# --------------------------------------------------------------------------
D05 = dict(name="05_dongthap-ocop-san-tmdt-2025", kind="result", year=2025, records=[
    R("có hơn «1.000 sản phẩm", "sản phẩm OCOP được công nhận từ 3 sao trở lên", ">", 1000, **CNT),
    R("đến từ «448 chủ thể", "chủ thể có sản phẩm OCOP được công nhận", "=", 448, **CNT),
    R("Trong đó, «4 sản phẩm", "sản phẩm OCOP đạt 5 sao cấp quốc gia", "=", 4, **CNT),
    R("«199 sản phẩm", "sản phẩm OCOP đạt 4 sao", "=", 199, **CNT),
    R("«799 sản phẩm", "sản phẩm OCOP đạt 3 sao", "=", 799, **CNT),
    R("có hơn «300 sản phẩm", "sản phẩm đặc trưng, sản phẩm OCOP lên sàn thương mại điện tử uy tín", ">", 300, **CNT,
      iid="econ.ecommerce_products_count"),
    R("của «60 doanh nghiệp", "doanh nghiệp, hợp tác xã, cơ sở sản xuất có sản phẩm lên sàn thương mại điện tử", "=", 60,
      **CNT),
])

# --------------------------------------------------------------------------
# 06 Hà Nội, the city's scheme for small and medium enterprises, November 2025 (vietnamnet.vn; the
# crawler's stamp " date 2025-11-06" written as the first line; cut: the photo caption "Hà Nội phê
# duyệt đề án hỗ trợ doanh nghiệp nhỏ và vừa. Ảnh: Hải Anh" with one blank line; the excerpt ends
# in "Sách T"). Targets; year 2030 for all: the scheme's horizon "Đến năm 2030" is the only year the
# page names, and its yearly targets ("mỗi năm", "/năm") take it, as earlier sets' "hằng năm"
# targets take the plan's end year (a judgement). Pillar null (no heading). "khoảng 40.000" (~,
# twice: new SMEs formed, SMEs helped indirectly), "ít nhất 5.000" (>=), "15.000 lao động/năm" and
# "1.000 giám đốc điều hành (CEO)/năm" (bare, >=), "đào tạo được 5.000 CEO" by 2030 (>=), "tổ chức 5
# hội nghị, hội thảo" (>=, count: an output the scheme sets, not a count of tasks; a judgement). Ids
# null: the support is to SMEs' capacity in general, not to their digital transformation
# (econ.sme_cooperatives_supported_count); trainees and CEOs are not civil servants. Not
# quantities: none else written in digits ("ba nhóm nhiệm vụ" in words).
# --------------------------------------------------------------------------
D06 = dict(name="06_hanoi-de-an-doanh-nghiep-nho-va-vua-2025", kind="target", year=2030, records=[
    R("mới khoảng «40.000 doanh nghiệp", "doanh nghiệp vừa và nhỏ (SME) được hỗ trợ hình thành mới mỗi năm", "~", 40000,
      **CNT),
    R("ít nhất «5.000 doanh nghiệp", "doanh nghiệp SME được hỗ trợ trực tiếp nâng cao năng lực mỗi năm", ">=", 5000,
      **CNT),
    R("gián tiếp khoảng «40.000 doanh nghiệp", "doanh nghiệp được hỗ trợ gián tiếp mỗi năm", "~", 40000, **CNT),
    R("bồi dưỡng «15.000 lao động", "lao động được đào tạo, bồi dưỡng mỗi năm về đổi mới sáng tạo, chuyển đổi số, kỹ năng "
      "quản trị, thúc đẩy xuất khẩu", ">=", 15000, **CNT),
    R("và «1.000 giám đốc", "giám đốc điều hành (CEO) được đào tạo, bồi dưỡng mỗi năm", ">=", 1000, **CNT),
    R("đào tạo được «5.000 CEO", "CEO được đào tạo đến năm 2030", ">=", 5000, **CNT),
    R("tổ chức «5 hội nghị", "hội nghị, hội thảo được tổ chức", ">=", 5, **CNT),
])

# --------------------------------------------------------------------------
# 07 Hà Nội's Cầu Giấy district, its digital economy (tapchicongthuong.vn; cut: the title repeated
# under the image, "Bước “chạy đà” cho nền kinh tế số của quận Cầu Giấy" (its second occurrence),
# with one blank line; no date shown; the excerpt ends in "ví đi"). Targets for 2025 ("đến năm
# 2025"). Pillar digital_economy: the title "Bước “chạy đà” cho nền kinh tế số của quận Cầu Giấy"
# names kinh tế số and heads the excerpt (set69's title judgement). "tỷ trọng kinh tế số trong GRDP
# chiếm hơn 50%" (>, the district's) and "(Thành phố Hà Nội phấn đấu đạt 30%)" (>=, the city's: place
# "Thành phố Hà Nội", the value belonging to a unit other than the page's district; a bracket that
# states a value is a quantity, spec); both econ.digital_economy_gdp_share. Not quantities: "21 chỉ
# tiêu" (a count of targets, as the spec's counts of tasks).
# --------------------------------------------------------------------------
D07 = dict(name="07_hanoi-caugiay-kinh-te-so-2025", kind="target", year=2025, records=[
    R("chiếm hơn «50%", "tỷ trọng kinh tế số trong GRDP quận Cầu Giấy", ">", 50, pillar=ECO,
      iid="econ.digital_economy_gdp_share"),
    R("phấn đấu đạt «30%", "tỷ trọng kinh tế số trong GRDP Thành phố Hà Nội", ">=", 30, pillar=ECO, place="Thành phố Hà Nội",
      iid="econ.digital_economy_gdp_share"),
])

# --------------------------------------------------------------------------
# 08 Đà Nẵng, the "Chợ 4.0" cashless markets (danang.gov.vn; cut: the photo caption "Khách hàng
# thanh toán tiền bằng cách quét mã QR-Code khi mua hàng tại chợ Cồn"; no date shown; the excerpt
# ends in "lượng lớn"). Results; year null: "Được triển khai từ tháng 4-2022, đến nay" counts from
# April 2022 to an undated now (as set175's 05). Pillar null: the heading "Số hóa chợ truyền thống"
# names no pillar. "có 8 chợ ... triển khai mô hình Chợ 4.0 - thanh toán không tiền mặt" (=,
# econ.cashless_markets_count), "với gần 1.700 tiểu thương tham gia" (~, econ.merchants_cashless_count),
# "trang bị mã VietQR cho hơn 1.700 tiểu thương" (>, econ.merchants_cashless_count; the operator's
# figure, another subject). Not quantities: "tại 8 chợ" (the same markets named again, part of the
# subject), "37 ngân hàng" (what the QR codes connect to, the make-up of the service; a judgement),
# "4-2022" (a date), "4.0" (in the model's name).
# --------------------------------------------------------------------------
D08 = dict(name="08_danang-cho-40-tieu-thuong", kind="result", year=None, records=[
    R("có «8 chợ", "chợ triển khai mô hình Chợ 4.0 - thanh toán không tiền mặt", "=", 8, **CNT,
      iid="econ.cashless_markets_count"),
    R("với gần «1.700 tiểu thương", "tiểu thương tham gia mô hình Chợ 4.0 - thanh toán không tiền mặt", "~", 1700, **CNT,
      iid=MERCHANTS),
    R("cho hơn «1.700 tiểu thương", "tiểu thương được Viettel Đà Nẵng trang bị mã VietQR", ">", 1700, **CNT,
      iid=MERCHANTS),
])

# --------------------------------------------------------------------------
# 09 Hòa Bình, cooperatives selling on e-commerce platforms (vietnamnet.vn; no cut; no date shown;
# the excerpt opens with the lead and ends in "liê"). One result: "trong 2 năm 2021, 2022 ... Kết
# quả đã có trên 30 nghìn tấn sản phẩm ... được cung ứng đến người tiêu dùng thông qua hệ thống vận
# chuyển của các sàn giao dịch thương mại điện tử" (>, other "tấn", 30000: "nghìn" multiplied in;
# an e-commerce sales result, as earlier sets' "hơn 54 tấn" of lychees sold online). Year 2022, the
# end of the two years it counts (a judgement). Pillar null. Id null. Not quantities: "Covid 19"
# (a name), "2 năm 2021, 2022", "năm 2022, 2023" (periods).
# --------------------------------------------------------------------------
D09 = dict(name="09_hoabinh-htx-san-tmdt-2022", kind="result", year=2022, records=[
    R("có trên «30 nghìn tấn", "sản phẩm được cung ứng đến người tiêu dùng thông qua hệ thống vận chuyển của các sàn giao "
      "dịch thương mại điện tử", ">", 30000, **TAN),
])

# --------------------------------------------------------------------------
# 10 Kon Tum, Tu Mơ Rông district's Ngọc Linh ginseng market, in person and on the province's
# e-commerce site, April 2022 (baogialai.com.vn; the crawler's stamp " date 2022-04" written as the
# first line; cut: the photo caption "Quang cảnh buổi họp báo về tổ chức phiên chợ sâm Ngọc Linh, các
# sản phẩm đặc hữu gắn với du lịch." with the run of three blank lines after it; the page's other
# runs of blank lines stay as returned; the excerpt ends in "Famtrip Caravan"). A precision text: an
# event's programme, no target or result. Not quantities: "44 gian hàng" (the stalls of one market,
# an event's participants as the spec's "hơn 50 cơ quan báo chí"), "10 ngày" (a duration), "15/4",
# "24 đến ngày 26/4", "22/4", "2/5" (dates), "năm 2022" (in the event's name).
# --------------------------------------------------------------------------
D10 = dict(name="10_kontum-phien-cho-sam-ngoc-linh-2022-precision", kind="result", year=2022, records=[])

# --------------------------------------------------------------------------
# 11 Thanh Hóa, the "chợ 4.0" model under the provincial cashless plan (nguoilambaothanhhoa.vn; cut:
# the photo caption "Người dân thanh toán qua hình thức quét mã QR tại chợ Đông Thành, phường Đông Sơn
# (TP Thanh Hóa)." that opened the excerpt; no date shown; the excerpt ends in "các đơn vị " with its
# trailing space, kept). A precision text: a plan's name and date and a model's spread, no target
# or result. Not quantities: "12/4/2022" (a date), "106/KH-UBND" (a document number), "2021-2025"
# (the plan's period), "4.0" (in the model's name, four times), "3/2023" (a date).
# --------------------------------------------------------------------------
D11 = dict(name="11_thanhhoa-cho-40-ke-hoach-106-precision", kind="result", year=None, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
