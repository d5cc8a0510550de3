#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set84).

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

HA = dict(unit="other", unit_text="ha")

# --------------------------------------------------------------------------
# 01 Sóc Trăng city, the cashless street pilot (ubndtp.soctrang.gov.vn; no
# date shown). Results counted "từ tháng 10/2023 đến tháng 1/2024" → year 2024
# (the end of the period; a judgement). Eight records: four counts ("164 mã
# Qrcode", "26 máy POS", "trên 1.700 lượt", "trên 150 lượt") each followed by
# its bracketed sales in "triệu đồng" (unit other "đồng", the magnitude
# multiplied in: 2.154e9, 39.28e9, 45.38e9, 1.390395e12). No catalogue id (the
# catalogue holds shares of merchants, not counts of QR codes or POS). Pillar
# null. Not quantities: "181/KH-UBND", "19/9/2023", "Phường 1" (twice),
# "10/2023", "1/2024".
# --------------------------------------------------------------------------
D01 = dict(name="01_soctrang-tp-qr-pos-2023-2024", kind="result", year=2024, records=[
    R("mở mới «164 mã", "mã Qrcode các Ngân hàng thương mại đã mở mới", "=", 164, **CNT),
    R("doanh số thanh toán «2.154 triệu", "doanh số thanh toán qua mã Qrcode", "=", 2.154e9, **DONG),
    R("); «26 máy POS", "máy POS các Ngân hàng thương mại đã mở mới", "=", 26, **CNT),
    R("doanh số thanh toán «39.280 triệu", "doanh số thanh toán qua máy POS", "=", 39.28e9, **DONG),
    R("trên «1.700 lượt", "lượt thanh toán qua Ví điện tử, chuyển tiền online", ">", 1700, **CNT),
    R("(doanh số «45.380 triệu", "doanh số thanh toán qua Ví điện tử, chuyển tiền online", "=", 45.38e9, **DONG),
    R("trên «150 lượt", "lượt thanh toán bằng hinh thức khá", ">", 150, **CNT),
    R("(doanh số «1.390.395 triệu", "doanh số thanh toán bằng hinh thức khá", "=", 1.390395e12, **DONG),
])

# --------------------------------------------------------------------------
# 02 Sóc Trăng province, cards and POS (infonet.vietnamnet.vn; no date shown).
# Year: "tính đến cuối năm 2021" → 2021 for the cards, ATMs, POS and their
# "trên 1.000 tỷ đồng"; "trong năm 2021 và 6 tháng đầu năm 2022" → 2022 for the
# POS transactions and "gần 452 tỷ đồng"; the document's latest period is the
# first half of 2022 → 2022 for "Hiện tại" (salary units) and the fees (a
# judgement). The title "đạt gần 452 tỷ đồng" states the body's figure: its
# own record (~, as set69 recorded a figure stated twice). Fees collected
# without cash: water 41.684 triệu, school fees 6.398 triệu, hospital fees 305
# triệu, post and telecoms 1.300 triệu (other "đồng"). NOT: "tăng 19,16%",
# "tăng 58,87%", "tăng 100%" (a result's change against an earlier year). No
# catalogue id (amounts and counts; the catalogue's cashless indicators are
# shares). Pillar null. Not quantities: "năm 2020", "6 tháng" (a period).
# --------------------------------------------------------------------------
D02 = dict(name="02_soctrang-the-pos-2021-2022", kind="result", year=2022, records=[
    R("đạt gần «452 tỷ đồng\nTheo", "Tổng giá trị từ thanh toán trực tuyến", "~", 452e9, **DONG),
    R("trên «453.000 thẻ", "thẻ ngân hàng các tổ chức tín dụng đã phát hành", ">", 453000, **CNT, year=2021),
    R("trên «124 máy ATM", "máy ATM các tổ chức tín dụng đầu tư", ">", 124, **CNT, year=2021),
    R("lắp đặt «463 máy POS", "máy POS lắp đặt tại hầu hết các siêu thị, trung tâm thương mại và các điểm kinh doanh, "
      "mua sắm", "=", 463, **CNT, year=2021),
    R("đạt trên «1.000 tỷ", "số tiền được giao dịch", ">", 1000e9, **DONG, year=2021),
    R("có trên «100.000 giao dịch", "giao dịch qua máy POS", ">", 100000, **CNT),
    R("thanh toán gần «452 tỷ đồng.", "tổng giá trị thanh toán", "~", 452e9, **DONG),
    R("tổng số «1.395 đơn vị", "đơn vị nhận lương qua tài khoản mở tại ngân hàng", "=", 1395, **CNT),
    R("có «1.122 đơn vị", "đơn vị hưởng lương từ ngân sách nhà nước", "=", 1122, **CNT),
    R("giá trị «41.684 triệu", "Thu tiền nước không dùng tiền mặt", "=", 41.684e9, **DONG),
    R("giá trị «6.398 triệu", "tiền học phí thu không dùng tiền mặt", "=", 6.398e9, **DONG),
    R("viện phí đạt «305 triệu", "thu viện phí không dùng tiền mặt", "=", 305e6, **DONG),
    R("viễn thông đạt «1.300 triệu", "thu hoạt động bưu chính, viễn thông không dùng tiền mặt", "=", 1.3e9, **DONG),
], NOT=["tăng «19,16%", "tăng «58,87%", "tăng «100%"])

# --------------------------------------------------------------------------
# 03 Trà Vinh, e-commerce for ethnic minorities (vietnamnet.vn; no date shown;
# a precision text). Results (year null: "Hiện nay", and the text names no
# year of measurement): "hơn 150 doanh nghiệp" and "hơn 750 sản phẩm" on the
# province's e-commerce pages (>, count; the products
# econ.ecommerce_products_count), the breakdown's "300 sản phẩm khác" (=, count,
# its own subject), "liên kết được 18 tỉnh" (=, count). One target: "từ nay đến
# năm 2025 ... 10 dự án với tổng kinh phí khoảng 1.465 tỷ đồng" → the money
# (~, other "đồng", 2025; spec's decided case on money; no id: the programme is
# for ethnic minorities' living standards, not digital transformation); "10
# dự án" is a count of projects (like tasks) → no record. NOT: "chiếm khoảng 32%
# dân số" (the population's make-up). Not quantities: "hơn 1 triệu dân" (the
# population), "3 dân tộc", "2021 – 2030". Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_travinh-san-tmdt-dan-toc-precision", kind="result", year=None, records=[
    R("khoảng «1.465 tỷ", "tổng kinh phí thực hiện 10 dự án để nâng cao mức sống cho đồng bào dân tộc thiểu số",
      "~", 1465e9, **DONG, kind="target", year=2025),
    R("hơn «150 doanh nghiệp", "doanh nghiệp các trang thông tin, sàn thương mại điện tử của Trà Vinh cập nhật", ">",
      150, **CNT),
    R("hơn «750 sản phẩm", "sản phẩm các loại các trang thông tin, sàn thương mại điện tử của Trà Vinh cập nhật", ">",
      750, **CNT, iid="econ.ecommerce_products_count"),
    R("và «300 sản phẩm khác", "sản phẩm khác", "=", 300, **CNT),
    R("liên kết được «18 tỉnh", "tỉnh liên kết các sàn giao dịch", "=", 18, **CNT),
], NOT=["khoảng «32% dân số"])

# --------------------------------------------------------------------------
# 04 An Giang, community digital teams and cashless payments
# (baoangiang.com.vn; no date shown; a precision text). "887 Tổ công nghệ số
# cộng đồng được thành lập" (=, count, aware.community_digital_teams_count) and
# "tại 11/11 huyện, thị xã, thành phố" (=, count 11: the districts that have
# teams, the "/11" naming their total; no id). Year null: "Thời gian qua", no
# date, and "giai đoạn 2023 - 2025" is the period of a plan, not of these
# results (a judgement). Not quantities: "2023 - 2025". Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_angiang-to-cnscd-ttkdtm-precision", kind="result", year=None, records=[
    R("có «887 Tổ", "Tổ công nghệ số cộng đồng được thành lập", "=", 887, **CNT,
      iid="aware.community_digital_teams_count"),
    R("tại «11/11 huyện", "huyện, thị xã, thành phố có Tổ công nghệ số cộng đồng được thành lập", "=", 11, **CNT),
])

# --------------------------------------------------------------------------
# 05 Đồng Tháp, digital transformation in new rural building
# (tothethao.com, a copy of a vietnamnet article; no date shown). Results "đến
# hết năm 2023" → 2023: "thêm 6 xã" and "thêm 18 xã" (the communes recognised
# during 2023: a count of the year, not a difference of two stocks; a
# judgement), "115/115 xã" (count 115), "36 xã", "3 đơn vị", "2 huyện" (each
# =, count, its own subject). Target "phấn đấu có ít nhất 1 mô hình thí điểm xã
# NTM thông minh" (>=, count, society.smart_rural_communes_count); its year: the
# sentence names none, the text's opening names "Đề án Chuyển đổi số tỉnh Đồng
# Tháp đến năm 2025" → 2025 (a judgement). Not quantities: "3 lĩnh vực chính"
# (a count of areas of work), "năm 2025" in the Đề án's name. Pillar null (no
# heading; the "3 lĩnh vực" sentence names three pillars at once).
# --------------------------------------------------------------------------
D05 = dict(name="05_dongthap-ntm-chuyen-doi-so-2023", kind="result", year=2023, records=[
    R("thêm «6 xã", "xã đạt chuẩn NTM được công nhận thêm", "=", 6, **CNT),
    R("có «115/115 xã", "xã đạt chuẩn NTM lũy kế", "=", 115, **CNT),
    R("thêm «18 xã", "xã đạt chuẩn NTM nâng cao được công nhận thêm", "=", 18, **CNT),
    R("có «36 xã", "xã đạt chuẩn NTM nâng cao lũy kế", "=", 36, **CNT),
    R("có «3 đơn vị", "đơn vị hoàn thành nhiệm vụ NTM", "=", 3, **CNT),
    R("), «2 huyện", "huyện Tháp Mười và Cao Lãnh đạt chuẩn NTM", "=", 2, **CNT),
    R("ít nhất «1 mô hình", "mô hình thí điểm xã NTM thông minh theo lĩnh vực nổi trội nhất", ">=", 1, **CNT,
      kind="target", year=2025, iid="society.smart_rural_communes_count"),
])

# --------------------------------------------------------------------------
# 06 Lâm Đồng, digital transformation in new rural building (baodaknong.vn;
# byline 01/09/2023 → `date 2023-09`, 2023). Results: "107/111 xã (96,4%)": two
# records (count 107, then the share 96.4 in the bracket, spec's decided
# case); "33 xã", "9 xã", "5 huyện", "2 thành phố" (counts); "90 hợp tác xã,
# trang trại ứng dụng công nghệ IoT", "182 chuỗi liên kết", "201 doanh nghiệp,
# hợp tác xã", "gần 17.000 hộ nông dân" (~). No catalogue id (rural-standard
# counts; the catalogue's cooperative indicator is a share). Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_lamdong-ntm-nong-nghiep-thong-minh-2023", kind="result", year=2023, records=[
    R("có «107/111 xã", "xã được công nhận đạt chuẩn nông thôn mới", "=", 107, **CNT),
    R("xã («96,4%)", "xã được công nhận đạt chuẩn nông thôn mới", "=", 96.4),
    R("có «33 xã", "xã đạt nông thôn mới nâng cao", "=", 33, **CNT),
    R("và «9 xã", "xã nông thôn mới kiểu mẫu", "=", 9, **CNT),
    R("có «5 huyện", "huyện được công nhận đạt chuẩn nông thôn mới", "=", 5, **CNT),
    R("; «2 thành phố", "thành phố hoàn thành nhiệm vụ xây dựng nông thôn mới", "=", 2, **CNT),
    R("có «90 hợp tác xã", "hợp tác xã, trang trại ứng dụng công nghệ IoT, canh tác hữu cơ", "=", 90, **CNT),
    R("; «182 chuỗi", "chuỗi liên kết", "=", 182, **CNT),
    R("của «201 doanh nghiệp", "doanh nghiệp, hợp tác xã tham gia chuỗi liên kết", "=", 201, **CNT),
    R("gần «17.000 hộ", "hộ nông dân tham gia chuỗi liên kết", "~", 17000, **CNT),
])

# --------------------------------------------------------------------------
# 07 Lâm Đồng, science and technology in farming and tourism (congthuong.vn;
# no date shown; "Năm 2024" → 2024 for the whole text, the farm figures having
# no year of their own; a judgement). The subheading "Doanh thu sản xuất nông
# nghiệp đạt bình quân 268 triệu đồng/ha" (other "đồng/ha", 2.68e8). Tourists
# "7.600 nghìn lượt" and "600 nghìn lượt khách" (count, the magnitude word
# multiplied in). "trên 665 ha ứng dụng công nghệ thông minh" (>, other "ha")
# and its breakdown in brackets, six records (275, 272, 80,5, 15,5, 10, 12 ha;
# each its own crop as subject). "50 cơ sở nuôi cấy mô", "70 triệu cây giống
# mỗi năm" (counts). NOT: "tăng 13,4% so với cùng kỳ", "tăng 50%" (change
# against the same period). The excerpt ends in "có 15 d": the noun is cut off,
# so the number is left without a record (a judgement). No catalogue id.
# Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_lamdong-khcn-nong-nghiep-du-lich-2024", kind="result", year=2024, records=[
    R("bình quân «268 triệu", "Doanh thu sản xuất nông nghiệp bình quân", "=", 268e6, unit="other",
      unit_text="đồng/ha"),
    R("đạt «7.600 nghìn", "tổng lượng khách du lịch qua đăng ký lưu trú", "=", 7.6e6, **CNT),
    R("đạt «600 nghìn", "khách quốc tế", "=", 600e3, **CNT),
    R("trên «665 ha", "ha ứng dụng công nghệ thông minh sử dụng công nghệ IoT", ">", 665, **HA),
    R("(«275 ha", "hoa ứng dụng công nghệ thông minh", "=", 275, **HA),
    R("; «272 ha", "rau ứng dụng công nghệ thông minh", "=", 272, **HA),
    R("; «80,5 ha", "cây ăn quả ứng dụng công nghệ thông minh", "=", 80.5, **HA),
    R(", «15,5 ha", "dâu tây ứng dụng công nghệ thông minh", "=", 15.5, **HA),
    R(", «10 ha", "chè chất lượng cao ứng dụng công nghệ thông minh", "=", 10, **HA),
    R("và «12 ha", "cà phê ứng dụng công nghệ thông minh", "=", 12, **HA),
    R("có «50 cơ sở", "cơ sở nuôi cấy mô", "=", 50, **CNT),
    R("sản lượng «70 triệu", "sản lượng cây giống mỗi năm của các cơ sở nuôi cấy mô", "=", 70e6, **CNT),
], NOT=["tăng «13,4%", "tăng «50%"])

# --------------------------------------------------------------------------
# 08 Bạc Liêu, the minister's visit (chuyendoiso.dangcongsan.vn; no date
# shown). "xếp hạng chuyển đổi số cấp tỉnh (DTI) năm 2021 xếp thứ 63/63" (rank
# =, 63, 2021, dti.provincial_rank). "còn khoảng 30.000 hộ dân chưa có điện
# thoại thông minh" (result ~, count; year null: "Về việc còn", the page shows
# no date and names no year for it; no id). The minister's request "hỗ trợ bộ
# chuyển đổi số cho hơn 2.000 doanh nghiệp" (target >, count, year null;
# econ.sme_cooperatives_supported_count, a judgement: firms supported in their
# transformation). Not quantities: "15/9". Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_baclieu-dti-63-bo-truong-2022", kind="result", year=None, records=[
    R("xếp thứ «63/63", "xếp hạng chuyển đổi số cấp tỉnh (DTI) của Bạc Liêu", "=", 63, **RANK, year=2021,
      iid="dti.provincial_rank"),
    R("khoảng «30.000 hộ", "hộ dân chưa có điện thoại thông minh", "~", 30000, **CNT),
    R("hơn «2.000 doanh nghiệp", "doanh nghiệp của tỉnh Bạc Liêu được hỗ trợ bộ chuyển đổi số", ">", 2000, **CNT,
      kind="target", iid="econ.sme_cooperatives_supported_count"),
])

# --------------------------------------------------------------------------
# 09 Bạc Liêu, digital infrastructure reported at the same visit (dantri.com.vn;
# the excerpt opens with the crawler's stamp " date 2022-09 ", kept as returned
# → 2022). Three results of 100%: "cấp xã có cáp quang tới trung tâm"
# (infra.fibre_commune_coverage_share), "trường học, bệnh viện có kết nối
# Internet băng rộng" (no id: schools and hospitals together), "tỷ lệ dân số
# được phủ sóng di động" (infra.mobile_population_coverage_share). Not
# quantities: "15/9" (twice), the stamp. Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_baclieu-ha-tang-so-2022", kind="result", year=2022, records=[
    R("Trong đó, «100% cấp xã", "cấp xã có cáp quang tới trung tâm", "=", 100,
      iid="infra.fibre_commune_coverage_share"),
    R("; «100% trường học", "trường học, bệnh viện có kết nối Internet băng rộng", "=", 100),
    R("di động «100%", "tỷ lệ dân số được phủ sóng di động", "=", 100, iid="infra.mobile_population_coverage_share"),
])

# --------------------------------------------------------------------------
# 10 Tiền Giang, the population-data scheme (Đề án 06) up to August 2025
# (m.baophapluat.vn; no date shown; "Trong tháng 8/2025" → 2025 for all).
# Results: "1.772 dịch vụ công trực tuyến" (egov.online_services_count); "100%
# hồ sơ của hệ thống được đồng bộ với dịch vụ công quốc gia" (no id); "642 cá
# nhân đăng ký giao dịch tài khoản thuế điện tử" (in July) and its bracket
# "luỹ kế ... là 40.086" (two counts); "469/509 đơn vị áp dụng" (count 469, the
# "/509" naming the total; no id: the catalogue holds the schools' share);
# "100% cơ sở áp dụng thanh toán không dùng tiền mặt và sử dụng thẻ căn cước"
# (no id: one number for two measures); "đạt 78,2%" (pensions and social
# insurance paid, read as paid without cash: society.social_benefits_cashless_share,
# a judgement); "26.357 hồ sơ căn cước", "7.769 hồ sơ định danh điện tử mức 2"
# (counts) and "kích hoạt hơn 19.000 tài kho[ản]" (>, count,
# society.eid_accounts_activated_count; the excerpt ends inside the word). Not
# quantities: "Đề án 06", "tháng 7", "8/2025", "mức 2". Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_tiengiang-de-an-06-thang-8-2025", kind="result", year=2025, records=[
    R("cung cấp «1.772 dịch vụ", "dịch vụ công trực tuyến Cổng dịch vụ công tỉnh Tiền Giang cung cấp", "=", 1772,
      **CNT, iid="egov.online_services_count"),
    R("trực tuyến, «100% hồ sơ", "hồ sơ của hệ thống được đồng bộ với dịch vụ công quốc quốc gia", "=", 100),
    R("có «642 cá nhân", "cá nhân đăng ký giao dịch tài khoản thuế điện tử trong tháng 7", "=", 642, **CNT),
    R("là «40.086", "cá nhân đăng ký giao dịch tài khoản thuế điện tử luỹ kế từ khi triển khai", "=", 40086, **CNT),
    R("với «469/509 đơn vị", "đơn vị áp dụng thu phí trực tuyến không dùng tiền mặt", "=", 469, **CNT),
    R("hiện «100% cơ sở", "cơ sở y tế áp dụng thanh toán không dùng tiền mặt và sử dụng thẻ căn cước để khám bệnh",
      "=", 100),
    R("đạt «78,2%", "Việc chi trả lương hưu, trợ cấp bảo hiểm xã hội", "=", 78.2,
      iid="society.social_benefits_cashless_share"),
    R("nhận «26.357 hồ sơ", "hồ sơ căn cước thu nhận", "=", 26357, **CNT),
    R(", «7.769 hồ sơ", "hồ sơ định danh điện tử mức 2 thu nhận", "=", 7769, **CNT),
    R("kích hoạt hơn «19.000 tài", "tài khoản định danh điện tử kích hoạt", ">", 19000, **CNT,
      iid="society.eid_accounts_activated_count"),
])

# --------------------------------------------------------------------------
# 11 Tiền Giang, the first half of 2022 (diendandoanhnghiep.vn; no date shown;
# "trong 6 tháng đầu năm 2022" → 2022). "UBND tỉnh ban hành 11 văn bản chỉ đạo
# điều hành về công tác chuyển đổi số" (result =, count,
# inst.dx_policy_documents_count) and "đang xem xét ban hành 5 văn bản" (the
# documents planned: target >=, count, same id; a judgement). "3 lĩnh vực" (the
# three pillars named) → no record. Under the lead-in "Về xây dựng chính quyền
# số": "tích hợp với 648 dịch vụ công trực tuyến mức độ 3, mức độ 4 ... lên
# Cổng Dịch vụ công quốc gia" (count, egov.national_portal_integrated_services_count,
# pillar digital_government). Under "Về kinh tế số" (pillar digital_economy):
# "gần 170.247 hộ sản xuất nông nghiệp đã được tạo tài khoản" (~; no id: the
# catalogue holds the share), "105.336 tài khoản" (=), "hơn 1.007 sản phẩm
# nông nghiệp" (>, econ.ecommerce_products_count), "hơn 1.923 doanh nghiệp nhỏ
# và vừa tiếp cận Chương trình" (>, econ.smedx_enterprises_count). Not
# quantities: "6 tháng", "mức độ 3", "mức độ 4", "2 sàn" (the two platforms
# named before: which platforms, not an amount; a judgement). The heading
# "Chuyển đổi số toàn diện" names no pillar → the documents' records null.
# --------------------------------------------------------------------------
D11 = dict(name="11_tiengiang-6-thang-2022", kind="result", year=2022, records=[
    R("ban hành «11 văn bản", "văn bản chỉ đạo điều hành về công tác chuyển đổi số UBND tỉnh ban hành", "=", 11,
      **CNT, iid="inst.dx_policy_documents_count"),
    R("ban hành «5 văn bản", "văn bản về chuyển đổi số đang xem xét ban hành", ">=", 5, **CNT, kind="target",
      iid="inst.dx_policy_documents_count"),
    R("tích hợp với «648 dịch vụ", "dịch vụ công trực tuyến mức độ 3, mức độ 4 của tỉnh tích hợp lên Cổng Dịch vụ "
      "công quốc gia", "=", 648, **CNT, pillar=GOV, iid="egov.national_portal_integrated_services_count"),
    R("có gần «170.247 hộ", "hộ sản xuất nông nghiệp đã được tạo tài khoản trên Postmart.vn và Voso.vn", "~", 170247,
      **CNT, pillar=ECO),
    R("là «105.336 tài khoản", "số tài khoản đủ điều kiện tham gia giao dịch trên sàn thương mại điện tử", "=",
      105336, **CNT, pillar=ECO),
    R("hơn «1.007 sản phẩm", "sản phẩm nông nghiệp đưa lên 2 sàn thương mại điện tử", ">", 1007, **CNT, pillar=ECO,
      iid="econ.ecommerce_products_count"),
    R("hơn «1.923 doanh nghiệp", "doanh nghiệp nhỏ và vừa tiếp cận Chương trình Hỗ trợ doanh nghiệp nhỏ và vừa "
      "chuyển đổi số", ">", 1923, **CNT, pillar=ECO, iid="econ.smedx_enterprises_count"),
])

# --------------------------------------------------------------------------
# 12 Kon Tum, 4G on the Măng Đen pass and 5G in the resort (vnexpress.net; no
# date shown, no year named: year null for all; a precision text). Results:
# the cost of the three added stations "(2,5 tỷ đồng)" (other "đồng", 2.5e9;
# spec's decided case on money), "nâng tổng số trạm phủ tuyến đèo này lên
# thành 5" (=, count), "phát sóng 7 trạm 5G" (=, count). No id
# (infra.bts_stations_count is the province's stations, not one pass's; a
# judgement). Not quantities: "dài 13 km" (the pass's
# length, describing the road), "ba trạm" (a word), "hai năm" (a duration),
# "31/5", "quốc lộ 24", "1000-1200 m" (altitude), "năm 2015", "4G", "5G".
# Pillar null.
# --------------------------------------------------------------------------
D12 = dict(name="12_kontum-mang-den-4g-5g-precision", kind="result", year=None, records=[
    R("ba trạm («2,5 tỷ", "đơn vị đã phát sóng bổ sung ba trạm", "=", 2.5e9, **DONG),
    R("lên thành «5,", "tổng số trạm phủ tuyến đèo Măng Đen", "=", 5, **CNT),
    R("phát sóng «7 trạm", "trạm 5G phủ toàn bộ khu du lịch Măng Đen", "=", 7, **CNT),
])

# --------------------------------------------------------------------------
# 13 Đắk Nông, OCOP producers and digital technology (vietnamnet.vn; no date
# shown; "hiện có", "Từ cuối năm ngoái" name no year → year null). Results:
# "60 sản phẩm của 54 doanh nghiệp, hợp tác xã ..." (two counts), "7 sản phẩm
# đạt 4 sao, 53 sản phẩm đạt 3 sao" (two counts) and the list's "có 7 sản phẩm
# đạt 4 sao, bao gồm" (the same figure stated again: its own record, as set69
# did). No catalogue id (OCOP recognition; the catalogue's OCOP indicator is
# the share on e-commerce platforms). Not quantities: "4 sao", "3 sao" (class
# names), "ST24" (a name), "4.0". The photo caption repeating the first
# sentence was cut (SOURCES.md). Pillar null.
# --------------------------------------------------------------------------
D13 = dict(name="13_daknong-ocop-cong-nghe-so", kind="result", year=None, records=[
    R("hiện có «60 sản phẩm", "sản phẩm được công nhận sản phẩm OCOP", "=", 60, **CNT),
    R("của «54 doanh nghiệp", "doanh nghiệp, hợp tác xã, tổ hợp tác, trang trại, cơ sở sản xuất có sản phẩm được công "
      "nhận sản phẩm OCOP", "=", 54, **CNT),
    R("có «7 sản phẩm đạt 4 sao, 53", "sản phẩm OCOP đạt 4 sao", "=", 7, **CNT),
    R(", «53 sản phẩm", "sản phẩm OCOP đạt 3 sao theo Bộ tiêu chí OCOP Quốc gia", "=", 53, **CNT),
    R("có «7 sản phẩm đạt 4 sao, bao gồm", "sản phẩm đạt 4 sao", "=", 7, **CNT),
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
