#!/usr/bin/env python3
"""set191's gold: the records of ./texts/NAME.txt, written by hand, built into ./gold/NAME.jsonl.

The builder follows the kit every set since set10 shares (../goldkit.py; its layout taken from
set184's). A record is an `R(...)` entry whose first argument is a locator, a piece of the text
with « put just before the number; the piece must occur once, and the anchor is the offset of «.
The kit computes the clause (`start`/`end`) and fills in each document's kind and year. NOT lists
the numbers left without a record on purpose (here: one change against an earlier year), so that
check_gold.py can see that every percentage was decided. `iid=` gives `indicator_id_gold`, read
against muctieu/catalog/data/indicators.yaml (null unless the catalogue measures exactly this).

    python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, CNT, RANK, T  # noqa: E402

DONG = dict(unit="other", unit_text="đồng")
USD = dict(unit="other", unit_text="USD")
TAN = dict(unit="other", unit_text="tấn")
GIO = dict(unit="other", unit_text="giờ")
LAN = dict(unit="other", unit_text="lần")
ONLINE_APPS = "egov.online_applications_share"
ONLINE_PAY = "egov.online_payment_share"

# --------------------------------------------------------------------------
# 01 Bà Rịa - Vũng Tàu, the inspection of the provincial Industrial Parks Authority (Ban Quản lý
# các KCN tỉnh) on administrative reform, DX and Đề án 06, November 2024 (baobariavungtau.com.vn;
# cut: the byline "AN NHIÊN" closing the excerpt; no stamp, no byline date). Results of 2024 (the
# figures are "từ ngày 1/1/2024 đến 20/9/2024" and "Tính đến ngày 15/6/2024"). Pillar null (no
# heading). "dịch vụ công trực tuyến cho 100% thủ tục hành chính (TTHC) thuộc thẩm quyền" (=, id
# null: plain "dịch vụ công trực tuyến", neither the catalogue's full-process nor partial share);
# "Tỷ lệ hồ sơ trực tuyến ... đạt 83,7% (681/814 hồ sơ)" (=, 83.7, egov.online_applications_share,
# then the bracket's count 681, the spec's "57.877 hồ sơ (đạt 99,1%)" read the other way round);
# "Thanh toán trực tuyến không dùng tiền mặt trong thực hiện TTHC ... đạt 100%" (=,
# egov.online_payment_share); "tại các KCN của tỉnh có 592 dự án đầu tư còn hiệu lực, trong đó 466
# dự án đang hoạt động" (=, two counts measured "Tính đến ngày 15/6/2024": the parks' investment
# projects are what the authority reports on, a result of the parks, not the size of a public
# network; a judgement); "Tỷ lệ DN cho biết có ứng dụng nền tảng số ... là 317/466 dự án, chiếm tỷ
# lệ 68%" (=, count 317 then % 68; id null: enterprises in industrial parks, not the catalogue's
# SMEs). Not quantities: "6/11", "1/1/2024", "20/9/2024", "15/6/2024" (dates), "2022-2025", "năm
# 2030", "Đề án 06" (a name), the denominators "/814" and "/466".
# --------------------------------------------------------------------------
D01 = dict(name="01_bariavungtau-bql-kcn-truc-tuyen-2024", kind="result", year=2024, records=[
    R("trực tuyến cho «100% thủ tục", "thủ tục hành chính (TTHC) thuộc thẩm quyền giải quyết của Ban Quản lý các KCN "
      "tỉnh thực hiện dịch vụ công trực tuyến", "=", 100),
    R("đạt «83,7%", "Tỷ lệ hồ sơ trực tuyến", "=", 83.7, iid=ONLINE_APPS),
    R("(«681/814 hồ sơ)", "hồ sơ trực tuyến", "=", 681, **CNT),
    R("người dân và DN đạt «100%", "Thanh toán trực tuyến không dùng tiền mặt trong thực hiện TTHC của người dân và DN",
      "=", 100, iid=ONLINE_PAY),
    R("có «592 dự án", "dự án đầu tư còn hiệu lực tại các KCN của tỉnh", "=", 592, **CNT),
    R("trong đó «466 dự án", "dự án đầu tư tại các KCN của tỉnh đang hoạt động", "=", 466, **CNT),
    R("là «317/466 dự án", "dự án (DN) cho biết có ứng dụng nền tảng số vào hoạt động sản xuất, kinh doanh tại DN",
      "=", 317, **CNT),
    R("chiếm tỷ lệ «68%", "Tỷ lệ DN cho biết có ứng dụng nền tảng số vào hoạt động sản xuất, kinh doanh tại DN", "=",
      68),
])

# --------------------------------------------------------------------------
# 02 Bình Dương, six industrial parks on Becamex's smart management platform (thanhnien.vn; nothing
# cut; no stamp, no byline; the excerpt opens on a section line "Bình Dương với quá trình chuyển
# đổi số…" and ends in "với c"). Year null: the text names no year (the address's
# "18524111412111767" is not in the text; set184's rule for undated pages). Pillar null (the
# section line names the province's DX, no pillar). Results: "nằm trong top 3 địa phương thu hút
# đầu tư trực tiếp nước ngoài" (rank <=, the spec's "nằm trong tốp 10"), "đã có 6 KCN đang áp dụng
# nền tảng quản trị và điều hành thông minh của Becamex" (=, count), "đang thực hiện chuyển đổi số
# tại 3 nhà máy sản xuất (Orion, Takako, Vinamilk)" (=, count: the factories where DX is under
# way now, a state reported; a judgement). Not quantities: "hơn 27 năm" (a duration), "5G" (a
# name).
# --------------------------------------------------------------------------
D02 = dict(name="02_binhduong-kcn-quan-tri-thong-minh", kind="result", year=None, records=[
    R("nằm trong top «3 địa phương", "Bình Dương nằm trong top địa phương thu hút đầu tư trực tiếp nước ngoài", "<=",
      3, **RANK),
    R("đã có «6 KCN", "KCN đang áp dụng nền tảng quản trị và điều hành thông minh của Becamex", "=", 6, **CNT),
    R("tại «3 nhà máy", "nhà máy sản xuất đang thực hiện chuyển đổi số", "=", 3, **CNT),
])

# --------------------------------------------------------------------------
# 03 Lạng Sơn, the digital border-gate platform after almost three years (nhandan.vn, the second
# article of a series; nothing cut; no stamp, no byline; the excerpt ends in "các doanh " with its
# trailing space, kept). Year 2024: the only year the text gives is "trong năm 2024" (the pilot of
# the smart border gate started), and the results are "Đến nay" after it (set184's rule: an undated
# page takes the year its text gives for the work; a judgement). Pillar null: the subheading "Hiệu
# quả từ cửa khẩu số" names a border-gate model, not a pillar or one of the spec's pillar topics (a
# judgement). Results: "có hơn 2.092 lượt đăng ký tài khoản sử dụng" (>, count), "với 100% các
# doanh nghiệp khai báo trực tuyến" (=). Ids null. Not quantities: "gần ba năm" (a duration, in
# words), "năm 2024".
# --------------------------------------------------------------------------
D03 = dict(name="03_langson-nen-tang-cua-khau-so", kind="result", year=2024, records=[
    R("có hơn «2.092 lượt", "lượt đăng ký tài khoản sử dụng nền tảng cửa khẩu số", ">", 2092, **CNT),
    R("với «100% các doanh nghiệp", "doanh nghiệp khai báo trực tuyến trên nền tảng cửa khẩu số", "=", 100),
])

# --------------------------------------------------------------------------
# 04 Lạng Sơn, the smart border-gate pilot and the trade through the province's gates (baomoi.net.vn,
# an aggregator's copy; cut: the photo caption "Thủ tướng Phạm Minh Chính kiểm tra việc triển khai
# ... vào tối ngày 14/11/2023" with the blank line before it; no stamp, no byline; the excerpt ends
# in "Ông Hồ Tiến Thiệu, Chủ"). Pillar null. "Với tổng mức đầu tư dự kiến gần 8.000 tỷ đồng" (target
# "~": the pilot's planned investment, as set184's project cost; year null: no year is given for
# it; id null: a border-gate project, not DX funding). "Giai đoạn 2016-2020, tổng kim ngạch xuất
# nhập khẩu ... chỉ đạt 17,5 tỷ USD" (result =, year 2020, the period's end; the earlier value
# stands as a result of its own period, set184's rule); "đến năm 2024 ... khi đạt 66,4 tỷ USD"
# (result =, 2024). The expectation "khi mô hình cửa khẩu thông minh hoàn tất sẽ đưa khối lượng hàng
# hóa thông quan tăng từ 4-5 lần, tổng kim ngạch hàng hóa XNK đạt trên 100 tỷ USD vào năm 2030":
# two targets of 2030 (the sentence's year covers both; a judgement), the first a target stated as
# a change (spec: a quantity), between 4 and 5, unit other "lần"; the second ">" 100e9 "USD". Not
# quantities: "57-NQ/TW", "22/12/2024" (a document and its date), "Tháng 2/2022" (a date),
# "2016-2020" (a period).
# --------------------------------------------------------------------------
KNXNK = "tổng kim ngạch xuất nhập khẩu (XNK) qua các cửa khẩu của tỉnh Lạng Sơn"
D04 = dict(name="04_langson-cua-khau-thong-minh-2030", kind="result", year=None, records=[
    R("dự kiến gần «8.000 tỷ", "tổng mức đầu tư dự kiến của Đề án thí điểm Cửa khẩu thông minh", "~", 8000e9, **DONG,
      **T),
    R("chỉ đạt «17,5 tỷ USD", KNXNK, "=", 17.5e9, **USD, year=2020),
    R("khi đạt «66,4 tỷ USD", KNXNK, "=", 66.4e9, **USD, year=2024),
    R("tăng từ «4-5 lần", "khối lượng hàng hóa thông quan tăng khi mô hình cửa khẩu thông minh hoàn tất", "between", 4,
      value_max=5, **LAN, **T, year=2030),
    R("đạt trên «100 tỷ USD", "tổng kim ngạch hàng hóa XNK", ">", 100e9, **USD, **T, year=2030),
])

# --------------------------------------------------------------------------
# 05 Quảng Ninh, Móng Cái international border-gate customs: the 2025 results and the 2026 revenue
# target (thoibaotaichinhvietnam.vn; the stamp " date 2026-01-30" written as the first line; cut:
# the photo caption "Cán bộ hải quan giám sát hoạt động xuất nhập khẩu qua hệ thống camera trực
# tuyến." with the blank line before it; the excerpt ends in "tăng gần 1."). Pillar null. Results
# of 2025 ("Năm 2025, đơn vị hoàn thành ... với hơn 2.000 doanh nghiệp làm thủ tục" >, count;
# "kim ngạch xuất nhập khẩu đạt khoảng 6,1 tỷ USD" ~; "thu ngân sách đạt 3.024 tỷ đồng" =); the
# target "chỉ tiêu thu ngân sách 3.500 tỷ đồng" for 2026 (>=, a target's bare number). NOT: "tăng
# 20% so với năm 2024" (a change against an earlier value). Not quantities: "1/2026", "27/1/2026"
# (dates), "khu vực VIII", "Móng Cái 1, Móng Cái 2 và Móng Cái 3" (names), "lần thứ nhất", and the
# cut-off "tăng gần 1." (a change, and the excerpt ends inside it).
# --------------------------------------------------------------------------
D05 = dict(name="05_quangninh-hai-quan-mong-cai-2025", kind="result", year=2025, records=[
    R("với hơn «2.000 doanh nghiệp", "doanh nghiệp làm thủ tục tại Hải quan cửa khẩu quốc tế Móng Cái", ">", 2000,
      **CNT),
    R("đạt khoảng «6,1 tỷ USD", "kim ngạch xuất nhập khẩu qua Hải quan cửa khẩu quốc tế Móng Cái", "~", 6.1e9, **USD),
    R("thu ngân sách đạt «3.024 tỷ", "thu ngân sách", "=", 3024e9, **DONG),
    R("chỉ tiêu thu ngân sách «3.500 tỷ", "chỉ tiêu thu ngân sách", ">=", 3500e9, **DONG, **T, year=2026),
], NOT=["tăng «20% so"])

# --------------------------------------------------------------------------
# 06 Quảng Ninh, the smart border-gate pilot at Móng Cái - Đông Hưng after Decision 164/QĐ-TTg
# (thoibaotaichinhvietnam.vn; the stamp " date 2026-02-02" written as the first line; cut: the
# photo caption "Cán bộ Hải quan cửa khẩu quốc tế Móng Cái tiếp nhận, xử lý tờ khai xuất nhập khẩu
# của doanh nghiệp. Ảnh: CTVAH" with the blank line before it; the excerpt ends in "nghiên cứu kỹ "
# with its trailing space, kept). Pillar null. Three targets of 2030 ("Theo lộ trình, đến năm
# 2030, ... dự kiến"): "năng lực thông quan ... tăng gấp 3 lần so với hiện nay" (a target stated as
# a change, a quantity; >=, unit other "lần"), "thời gian thông quan rút ngắn còn 4 - 6 giờ"
# (between, other "giờ"), "chi phí bến bãi, vận chuyển và dịch vụ giảm 30 - 40% cho doanh nghiệp"
# (between, %). Ids null. Not quantities: "164/QĐ-TTg" (twice), "26/1/2026".
# --------------------------------------------------------------------------
D06 = dict(name="06_quangninh-cua-khau-thong-minh-mong-cai-2030", kind="target", year=2030, records=[
    R("tăng gấp «3 lần", "năng lực thông quan tại cửa khẩu quốc tế Móng Cái tăng gấp so với hiện nay", ">=", 3,
      **LAN),
    R("rút ngắn còn «4 - 6 giờ", "thời gian thông quan tại cửa khẩu quốc tế Móng Cái", "between", 4, value_max=6,
      **GIO),
    R("dịch vụ giảm «30 - 40%", "chi phí bến bãi, vận chuyển và dịch vụ giảm cho doanh nghiệp", "between", 30,
      value_max=40),
])

# --------------------------------------------------------------------------
# 07 Thanh Hóa, Nghi Sơn seaport as a logistics hub, October 2025 (danviet.vn; the stamp " date
# 2025-10-19" written as the first line; nothing cut; the excerpt ends in "cạnh tranh cho").
# Results of 2025 (the stamp's; "đến nay", "Hiện"). Pillar null. What the port system has reached:
# "đã có hơn 25 bến cảng đi vào vận hành" (>, count), "sản lượng xử lý trên 56 triệu tấn hàng hóa
# mỗi năm" (>, other "tấn"), "có khả năng tiếp nhận tàu trọng tải đến 70.000 tấn tại cầu bến và
# 320.000 tấn tại bến phao nổi SPM" (two records, "<=": "đến" a ceiling, as "tối đa"; the second
# shares it; a judgement), "với 28 cầu cảng cứng, tổng chiều dài hơn 5,3km" (=, count; >, other
# "km"); of Nghi Sơn International Port: "đã hoàn thiện 6/9 bến cảng" (=, 6), "lắp đặt 11 cẩu chân
# đế" (=), "rút ngắn thời gian giải phóng hàng hóa xuống còn 24 giờ" (=, other "giờ": the time
# reached, not a change). A judgement: the port's berths, quays, cranes and throughput are what its
# development has reached (as set184 counted what a project had completed), not the size of a
# public network. Not quantities: "năm 2002", "năm 2010" (dates), "tăng gần 6 lần về quy mô so với
# năm 2010" (a change against an earlier value), "quy hoạch trên diện tích 72ha, trong đó 16ha là
# mặt nước" (the planned area of one port's site: its plan's extent, neither a target nor a value
# reached; a judgement), the denominator "/9".
# --------------------------------------------------------------------------
D07 = dict(name="07_thanhhoa-cang-nghi-son-2025", kind="result", year=2025, records=[
    R("đã có hơn «25 bến", "bến cảng của hệ thống Cảng Nghi Sơn đi vào vận hành", ">", 25, **CNT),
    R("xử lý trên «56 triệu tấn", "sản lượng xử lý hàng hóa mỗi năm của hệ thống Cảng Nghi Sơn", ">", 56e6, **TAN),
    R("trọng tải đến «70.000 tấn", "trọng tải tàu cảng có khả năng tiếp nhận tại cầu bến", "<=", 70000, **TAN),
    R("và «320.000 tấn", "trọng tải tàu cảng có khả năng tiếp nhận tại bến phao nổi SPM", "<=", 320000, **TAN),
    R("với «28 cầu cảng", "cầu cảng cứng của Cảng Nghi Sơn", "=", 28, **CNT),
    R("chiều dài hơn «5,3km", "tổng chiều dài cầu cảng cứng", ">", 5.3, unit="other", unit_text="km"),
    R("hoàn thiện «6/9 bến", "bến cảng Cảng quốc tế Nghi Sơn đã hoàn thiện", "=", 6, **CNT),
    R("lắp đặt «11 cẩu", "cẩu chân đế đã lắp đặt", "=", 11, **CNT),
    R("xuống còn «24 giờ", "thời gian giải phóng hàng hóa", "=", 24, **GIO),
])

# --------------------------------------------------------------------------
# 08 The national logistics strategy 2025-2035 (Decision 2229/QĐ-TTg), October 2025
# (thoibaotaichinhvietnam.vn; the stamp " date 2025-10-09" written as the first line; cut: the
# photo caption "Theo chiến lược, sẽ đẩy mạnh ... trọng điểm. Ảnh: Lê Toàn" (a caption without a
# figure) with the blank line before it; the excerpt ends in "được"). Targets of 2035 (the period
# "trong giai đoạn 2025 - 2035" ends then; a judgement, as a period's last year elsewhere). Pillar
# null (no heading names a pillar; the subheading restates one target). The subheading's "tốc độ
# tăng trưởng trung bình ... đạt 12 - 15%/năm" gets its own record besides the body's (set184: a
# value restated in a title or lead gets a record at each place). Body: "tỷ trọng giá trị tăng
# thêm ... đạt 5 - 7%", "hằng năm đạt 12 - 15%", "Tỷ lệ doanh nghiệp thuê ngoài ... đạt 70 - 80%",
# "Chi phí logistics so với ... (GDP) giảm xuống tương đương 12 - 15%" (between: the level to reach,
# not a change), "xếp hạng theo Chỉ số hiệu quả logistics (LPI ...) trong nhóm 40 quốc gia" (rank
# <=), "Số lượng doanh nghiệp dịch vụ logistics sử dụng các giải pháp chuyển đổi số đạt 80%" (>=),
# "70% người lao động trong ngành dịch vụ logistics được" (>=; the excerpt cuts the predicate, the
# indicator is the subject as written). Ids null. Not quantities: "2025 - 2035", "2050",
# "2229/QĐ-TTg", "9/10/2025".
# --------------------------------------------------------------------------
GROWTH = "tốc độ tăng trưởng trung bình của ngành dịch vụ logistics"
D08 = dict(name="08_ca-nuoc-chien-luoc-logistics-2035", kind="target", year=2035, records=[
    R("logistics đạt «12 - 15%/năm", GROWTH, "between", 12, value_max=15),
    R("trong nước đạt «5 - 7%", "tỷ trọng giá trị tăng thêm của dịch vụ logistics trong tổng sản phẩm trong nước",
      "between", 5, value_max=7),
    R("hằng năm đạt «12 - 15%", GROWTH + " hằng năm", "between", 12, value_max=15),
    R("đạt «70 - 80%", "Tỷ lệ doanh nghiệp thuê ngoài dịch vụ logistics", "between", 70, value_max=80),
    R("tương đương «12 - 15%", "Chi phí logistics so với tổng sản phẩm trong nước (GDP)", "between", 12,
      value_max=15),
    R("trong nhóm «40 quốc gia", "xếp hạng theo Chỉ số hiệu quả logistics (LPI) trong nhóm quốc gia và vùng lãnh thổ "
      "hàng đầu", "<=", 40, **RANK),
    R("đạt «80% số", "Số lượng doanh nghiệp dịch vụ logistics sử dụng các giải pháp chuyển đổi số", ">=", 80),
    R("«70% người lao động", "người lao động trong ngành dịch vụ logistics", ">=", 70),
])

# --------------------------------------------------------------------------
# 09 Đà Nẵng port ten years after equitisation, October 2024 (baodanang.vn; cut: the line "." after
# the title with its blank line; no stamp, no byline; the excerpt ends in "các tàu hàng t"). Results
# of 2024 ("chỉ trong vòng 10 năm từ 2014 đến 2024"; the address's "202410" agrees). Pillar null.
# "sản lượng hàng hóa tăng trưởng bình quân đạt 8,2%, container đạt 13%, doanh thu đạt 11% và lợi
# nhuận đạt 16%" (four records, =: average growth rates are indicators of their own, as earlier
# sets record "tốc độ tăng trưởng ... đạt X%"), "Cảng Đà Nẵng có đến 1.700m cầu tàu" (=, other
# "m": "có đến" stresses the amount, it is no ceiling; recorded as 07's quays). Not quantities:
# "sản lượng tăng hơn 3 lần, container tăng 7 lần, doanh thu tăng hơn 3 lần và lợi nhuận tăng hơn
# 5 lần" (changes against 2014), "sau 10 năm", "trong vòng 10 năm" (durations), "169/NQ-CP",
# "30-9-2024", "79-KL/TW", "43-NQ/TW" (twice), "khóa XII" (documents, dates, names), "năm 2030",
# "năm 2045", "năm 2018", "giai đoạn 2" (a name).
# --------------------------------------------------------------------------
D09 = dict(name="09_danang-cang-da-nang-2024", kind="result", year=2024, records=[
    R("bình quân đạt «8,2%", "sản lượng hàng hóa của Cảng Đà Nẵng tăng trưởng bình quân", "=", 8.2),
    R("container đạt «13%", "container của Cảng Đà Nẵng tăng trưởng bình quân", "=", 13),
    R("doanh thu đạt «11%", "doanh thu của Cảng Đà Nẵng tăng trưởng bình quân", "=", 11),
    R("lợi nhuận đạt «16%", "lợi nhuận của Cảng Đà Nẵng tăng trưởng bình quân", "=", 16),
    R("có đến «1.700m", "cầu tàu của Cảng Đà Nẵng", "=", 1700, unit="other", unit_text="m"),
])

# --------------------------------------------------------------------------
# 10 Cần Thơ (the city merged with Hậu Giang and Sóc Trăng in 2025) aiming to be the Mekong Delta's
# logistics hub (sggp.org.vn; cut: the photo caption "TP Cần Thơ có hệ thống đường thủy nội địa
# nhiều tiềm năng" with the blank line before it; no stamp, no byline; the excerpt ends in "còn hạn
# ch"). A precision text: the city's aim and its size, no target or result. Not quantities: "đến năm
# 2030" (the aim names no figure), "hợp nhất 3 địa phương" (the merger's make-up), "tổng diện tích
# hơn 6.360km2", "dân số trên 4,1 triệu người" (the size of the merged city, set153's and set155's
# sizes of a subject; a judgement), "đô thị loại I" (a class), "năm 2025" (the forum's year).
# --------------------------------------------------------------------------
D10 = dict(name="10_cantho-hub-logistics-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 11 Đồng Nai (merged with Bình Phước in 2025), the first congress of the provincial logistics
# association, December 2025 (dantri.com.vn; the stamp " date 2025-12-01" written as the first line;
# cut: the photo caption "Nhà ga hành khách sân bay Long Thành dần hoàn thiện (Ảnh: Hoàng Bình)." with
# the blank line before it; the excerpt ends in "Long Thành, Đ"). A precision text: an event, its
# participants and the association's aims, no target or result. Not quantities: "1/12" (a date),
# "2025-2028", "2025-2030" (terms), "100 đại biểu" (an event's participants, the spec's "hơn 50 cơ
# quan báo chí"), "lần thứ nhất" (in words).
# --------------------------------------------------------------------------
D11 = dict(name="11_dongnai-hiep-hoi-logistics-2025-precision", kind="result", year=2025, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
