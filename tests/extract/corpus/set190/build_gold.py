#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set190).

Copied from set184's builder (itself from set175's, set173's, set171's, ... and the seeds').
Each record is written by hand below; its anchor is never typed in. A record names a locator: a
piece of the text with « just before the number. The locator (without «) must occur exactly once
in the text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set184, the id is given in the record itself (`iid=`).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, CNT, T, ECO  # noqa: E402

DONG = dict(unit="other", unit_text="đồng")
HA = dict(unit="other", unit_text="ha")
VN = dict(place="cả nước")

# --------------------------------------------------------------------------
# 01 Kiên Giang, fishing vessels losing their VMS connection (tepbac.com; nothing cut; no byline,
# no stamp; the excerpt opens with the sub-heading "Địa phương điển hình nhiều tàu cá mất kết nối"
# and ends in "Bả"). Results. Year: the page is a report of mid-2024 ("Trong 5 tháng đầu năm
# 2024"), so the fleet's VMS figures of the first paragraph, which name no year, take 2024 (the
# latest period the text reports; a judgement, as set184's 03 took its campaign's year); the
# paragraph "Năm 2023, ..." is of 2023. Pillar null (the sub-heading names no pillar). The fleet's
# VMS: "đã lắp đặt thiết bị VMS ... với 3.607 tàu, chiếm gần 99,4%" (=, count; ~, %). The
# connection losses of 2023: "2.172 lượt tàu ... để mất kết nối", "gọi 37.339 cuộc điện thoại",
# "1.201 lượt tàu bật lại thiết bị VMS", "971 lượt tàu vẫn để mất kết nối" (=, counts, each its own
# subject). The follow-up of 2024: "112 tàu mất kết nối trên biển hơn 10 ngày", "68 chủ tàu hoặc
# thuyền trưởng đến làm việc", "44 chủ tàu (gần 40%) chưa đến làm việc" (=, count; ~, % of the 112
# called in: a share, not a change), "23 tàu" with a report of an administrative violation, "20
# chủ tàu" fined "gần 1 tỷ đồng" (~, other "đồng", 1e9), "3 tàu đang xem xét", "33 chủ tàu" still
# being dealt with, "565 tàu mất kết nối trên biển hơn 48 giờ nhưng dưới 10 ngày" (=, counts). Ids
# null (no catalogue indicator counts fishing vessels or their monitoring). Not quantities: "8.208
# chiếc đã đăng ký" and "có chiều dài trên 15m là 3.630 tàu" (the size of the province's fleet and
# of the part that must carry VMS, the denominator of the 99,4%: the make-up of the subject, as
# set153's and set155's networks and set184's "gần 2 triệu thửa đất"; a judgement), "15m", "hơn
# 10 ngày" (twice), "hơn 48 giờ" (thresholds that define the subject), "5 tháng đầu năm 2024",
# "Năm 2023" (periods).
# --------------------------------------------------------------------------
D01 = dict(name="01_kiengiang-vms-mat-ket-noi-2024", kind="result", year=2024, records=[
    R("với «3.607 tàu", "tàu có chiều dài trên 15m đã lắp đặt thiết bị VMS", "=", 3607, **CNT),
    R("chiếm gần «99,4%", "tàu có chiều dài trên 15m đã lắp đặt thiết bị VMS", "~", 99.4),
    R("có «2.172 lượt", "lượt tàu khi hoạt động trên biển để mất kết nối", "=", 2172, **CNT, year=2023),
    R("gọi «37.339 cuộc", "cuộc điện thoại cơ quan chức năng gọi", "=", 37339, **CNT, year=2023),
    R("có «1.201 lượt", "lượt tàu bật lại thiết bị VMS kết nối với hệ thống giám sát", "=", 1201, **CNT, year=2023),
    R("còn «971 lượt", "lượt tàu vẫn để mất kết nối", "=", 971, **CNT, year=2023),
    R("phát hiện «112 tàu", "tàu mất kết nối trên biển hơn 10 ngày", "=", 112, **CNT),
    R("chỉ có «68 chủ", "chủ tàu hoặc thuyền trưởng đến làm việc", "=", 68, **CNT),
    R("còn «44 chủ", "chủ tàu chưa đến làm việc", "=", 44, **CNT),
    R("(gần «40%)", "chủ tàu chưa đến làm việc", "~", 40),
    R("với «23 tàu", "tàu đã lập biên bản vi phạm hành chính", "=", 23, **CNT),
    R("xử phạt «20 chủ", "chủ tàu Thanh tra Sở NN&PTNT ban hành quyết định xử phạt", "=", 20, **CNT),
    R("gần «1 tỷ đồng", "quyết định xử phạt chủ tàu", "~", 1e9, **DONG),
    R("còn «3 tàu", "tàu đang xem xét", "=", 3, **CNT),
    R("với «33 chủ", "chủ tàu tiếp tục làm việc để xử lý", "=", 33, **CNT),
    R("có «565 tàu", "tàu mất kết nối trên biển hơn 48 giờ nhưng dưới 10 ngày", "=", 565, **CNT),
])

# --------------------------------------------------------------------------
# 02 Bình Thuận, vessels fitted with VMS, 2023 (baobinhthuan.com.vn; nothing cut; no byline, no
# stamp; the excerpt opens inside the article ("Trong đó, ...") and ends in "6.970 triệu đồ").
# Results of 2023 ("Trong 5 tháng đầu năm 2023", the only year written). Pillar null. "tàu cá có
# chiều dài lớn nhất từ 24 mét trở lên đã lắp đặt 40/42 tàu cá, đạt 95,2%" and "tàu cá có chiều
# dài từ 15 - <24 mét có 1.901/1.919 tàu cá đã lắp đặt, đạt 99%" (=, count and %; the length class
# belongs to the subject: a breakdown by kind of vessel, scope null, spec); "toàn tỉnh còn 20 chiếc
# chưa thực hiện lắp đặt VMS (14 tàu hư hỏng ...; 6 tàu gặp khó khăn về tài chính ...)" (=, three
# counts, each its own subject); the four localities' vessels not fitted "thị xã La Gi 4 tàu, Tuy
# Phong 8 tàu, TP. Phan Thiết 5 tàu và huyện Phú Quý có 3 tàu" (=, counts, each with `place`, scope
# null: a list of places, set184's 03); "3 Trạm dữ liệu" put into operation (=, count; the "3 Văn
# phòng" they stand in are their location, no record; a judgement, as set184 counted "48 xã,
# phường/5 huyện" only where both were reached), "2 trường hợp vượt ranh giới trên biển" detected
# and called back (=, count), the support "cho 697 tàu cá/6.970 triệu đồ" (=, count; =, money: the
# excerpt cuts "đồng" to "đồ", read as đồng, 6.97e9; a judgement). Ids null. Not quantities: "24
# mét", "15 - <24 mét" (length classes, names of the subject), the denominators "/42", "/1.919",
# "Nghị quyết số 02" (a document), "5 tháng đầu năm 2023" (a period).
# --------------------------------------------------------------------------
D02 = dict(name="02_binhthuan-lap-dat-vms-2023", kind="result", year=2023, records=[
    R("đã lắp đặt «40/42", "tàu cá có chiều dài lớn nhất từ 24 mét trở lên đã lắp đặt", "=", 40, **CNT),
    R("đạt «95,2%", "tàu cá có chiều dài lớn nhất từ 24 mét trở lên đã lắp đặt", "=", 95.2),
    R("có «1.901/1.919", "tàu cá có chiều dài từ 15 - <24 mét đã lắp đặt", "=", 1901, **CNT),
    R("đạt «99%", "tàu cá có chiều dài từ 15 - <24 mét đã lắp đặt", "=", 99),
    R("còn «20 chiếc", "chiếc chưa thực hiện lắp đặt VMS", "=", 20, **CNT),
    R("(«14 tàu", "tàu hư hỏng nằm bờ không còn khả năng hoạt động hoặc tàu cá chờ thi hành án, tranh chấp dân sự",
      "=", 14, **CNT),
    R("; «6 tàu", "tàu gặp khó khăn về tài chính, làm ăn thua lỗ, hoạt động cầm chừng", "=", 6, **CNT),
    R("La Gi «4 tàu", "tàu chưa lắp đặt", "=", 4, **CNT, place="La Gi"),
    R("Tuy Phong «8 tàu", "tàu chưa lắp đặt", "=", 8, **CNT, place="Tuy Phong"),
    R("Phan Thiết «5 tàu", "tàu chưa lắp đặt", "=", 5, **CNT, place="Phan Thiết"),
    R("có «3 tàu", "tàu chưa lắp đặt", "=", 3, **CNT, place="Phú Quý"),
    R("Thủy sản, «3 Trạm", "Trạm dữ liệu đưa vào quản lý, vận hành hoạt động ổn định", "=", 3, **CNT),
    R("Việt Nam «2 trường hợp", "trường hợp vượt ranh giới trên biển đã phát hiện, kịp thời kêu gọi quay trở lại vùng "
      "biển Việt Nam", "=", 2, **CNT),
    R("cho «697 tàu", "tàu cá đã thực hiện hỗ trợ chi phí mua, lắp đặt thiết bị VMS", "=", 697, **CNT),
    R("cá/«6.970 triệu", "hỗ trợ ngư dân chi phí mua, lắp đặt thiết bị VMS", "=", 6.97e9, **DONG),
])

# --------------------------------------------------------------------------
# 03 Nghệ An, new-style rural communes and the smart-rural programme, November 2025
# (lienhiepkhktnghean.org.vn; cut: the byline date and view count "Thứ bảy - 29/11/2025 06:2460"
# (written as the first line `date 2025-11-29`), the photo caption "Tổ chức Đoàn Thanh niên (Yên
# Thành củ) trao đổi và chia sẻ ... smartphone"; the title kept; the excerpt ends in "nông th").
# Results of 2025 ("Đến ngày 30/6/2025"). Pillar null: the title "... NÔNG THÔN MỚI THÔNG MINH, XÃ
# THƯƠNG MẠI ĐIỆN TỬ Ở NGHỆ AN" names two models of commune, not a pillar (set140's "Mô hình xã nông
# thôn mới thông minh" names no pillar; "xã thương mại điện tử" is a model's name here; a
# judgement). "275 xã/362 xã đạt chuẩn nông thôn mới (chiếm 75,96%); 102/275 xã đạt chuẩn nông
# thôn mới nâng cao (chiếm 37,09% ...); 16/275 xã ... kiểu mẫu (chiếm 5,82 % ...); có 10 đơn vị cấp
# huyện đạt chuẩn ..." (=, counts and shares; the levels are the subjects of separate indicators,
# scope null). The national targets for 2025 "phấn đấu cả nước có ít nhất 80% số xã đạt chuẩn nông
# thôn mới, ... khoảng 40% ... nâng cao, ít nhất 10% ... kiểu mẫu, ...; thu nhập bình quân của người
# dân nông thôn tăng ít nhất 1,5 lần so với năm 2020" (targets, 2025, place "cả nước", the place
# as the text names it, as earlier sets mark national values with a place; the 1,5 lần a target
# stated as a change, spec: >=, other "lần"). Ids
# null (the catalogue has no new-style rural standard). Not quantities: the denominators "/362",
# "/275" (three times), "02 cấp" (the two-level local government, a name), "dưới 15 tiêu chí" (a
# threshold), "năm 2024", "năm 2020", "30/6/2025", "02/8/2022", "924/QĐ-TTg".
# --------------------------------------------------------------------------
NTM = "xã đạt chuẩn nông thôn mới"
D03 = dict(name="03_nghean-ntm-thong-minh-2025", kind="result", year=2025, records=[
    R("có «275 xã/362", NTM, "=", 275, **CNT),
    R("(chiếm «75,96%)", NTM, "=", 75.96),
    R("; «102/275", "xã đạt chuẩn nông thôn mới nâng cao", "=", 102, **CNT),
    R("(chiếm «37,09%", "xã đạt chuẩn nông thôn mới nâng cao", "=", 37.09),
    R("; «16/275", "xã đạt chuẩn nông thôn mới kiểu mẫu", "=", 16, **CNT),
    R("(chiếm «5,82 %", "xã đạt chuẩn nông thôn mới kiểu mẫu", "=", 5.82),
    R("có «10 đơn vị", "đơn vị cấp huyện đạt chuẩn nông thôn mới/hoàn thành nhiệm vụ xây dựng nông thôn mới", "=", 10,
      **CNT),
    R("ít nhất «80% số xã", "số xã đạt chuẩn nông thôn mới", ">=", 80, **T, **VN),
    R("khoảng «40% số xã", "số xã đạt chuẩn nông thôn mới nâng cao", "~", 40, **T, **VN),
    R("ít nhất «10% số xã", "số xã đạt chuẩn nông thôn mới kiểu mẫu", ">=", 10, **T, **VN),
    R("ít nhất «1,5 lần", "thu nhập bình quân của người dân nông thôn tăng so với năm 2020", ">=", 1.5, unit="other",
      unit_text="lần", **T, **VN),
])

# --------------------------------------------------------------------------
# 04 Thanh Hóa, OCOP products on e-commerce platforms, November 2022 (mic.gov.vn; cut: the byline
# date "Thứ bảy, 05/11/2022 05:47" with the blank line after it (written as the first line `date
# 2022-11-05`), the image's file name "U40.png" with the blank line after it; the lines holding a
# single space kept as they stand). Results of 2022. Pillar: the lead's "Thanh Hóa đã có 196 sản
# phẩm OCOP" stands under the title "Thanh Hóa đẩy mạnh sản phẩm OCOP lên sàn thương mại điện tử",
# which names thương mại điện tử (digital_economy, spec's topic rule; set69's title judgement); the
# body's figures stand under the sub-heading "Đưa sản phẩm OCOP ra “sân chơi” lớn", which names no
# pillar (null; a sub-heading naming no pillar overrides the title, as earlier sets decided). "196
# sản phẩm OCOP" twice (a record at each place, set173's rule), "1 sản phẩm đạt 5 sao", "44 sản phẩm
# đạt 4 sao", "151 sản phẩm đạt 3 sao" (=, counts, a breakdown by grade, scope null), "đăng ký thêm
# 130 sản phẩm có lợi thế đưa vào kế hoạch" (=, the products the localities have registered: "đã rà
# soát và đăng ký", a result; a judgement). Ids null (counts of rated products; the catalogue's
# OCOP indicator is the share listed on platforms, which the page does not give). Not quantities:
# "3 sao", "5 sao", "4 sao" (grades, names), "năm 2022" (twice).
# --------------------------------------------------------------------------
D04 = dict(name="04_thanhhoa-ocop-san-tmdt-2022", kind="result", year=2022, records=[
    R("Thanh Hóa đã có «196 sản phẩm OCOP,", "sản phẩm OCOP Thanh Hóa đã có", "=", 196, **CNT, pillar=ECO),
    R("đã có «196 sản phẩm OCOP đạt", "sản phẩm OCOP đạt từ 3 sao trở lên", "=", 196, **CNT),
    R("có «1 sản phẩm", "sản phẩm đạt 5 sao", "=", 1, **CNT),
    R("; «44 sản phẩm", "sản phẩm đạt 4 sao", "=", 44, **CNT),
    R("; «151 sản phẩm", "sản phẩm đạt 3 sao", "=", 151, **CNT),
    R("thêm «130 sản phẩm", "sản phẩm có lợi thế các địa phương đã rà soát và đăng ký thêm đưa vào kế hoạch để hỗ trợ, "
      "phát triển sản phẩm và đánh giá theo chu trình OCOP", "=", 130, **CNT),
])

# --------------------------------------------------------------------------
# 05 Quảng Ngãi, promoting OCOP products (nongnghiephuuco.vn; cut: the image markers "![]() |"
# (three lines) and the photo captions "Các phiên chợ, lễ hội giới thiệu sản phẩm ... |" and "Các
# sản phẩm OCOP đa dạng được bày bán ... |"; no byline, no stamp; the excerpt opens with the
# sub-heading "Hiệu quả từ các hoạt động kết nối và quảng bá sản phẩm OCOP" and ends in "6 hội nghị "
# with its trailing space, kept). Results, year null (the excerpt names no year; "Hiện nay", "Kể
# từ khi triển khai"). Pillar null. "toàn tỉnh có 40 sản phẩm OCOP được xếp hạng 3 sao và 4 sao"
# (=), "đã tổ chức 22 hội chợ thương mại với quy mô gần 3.300 gian hàng, thu hút hơn 700.000 lượt
# khách tham quan, mua sắm và tổng doanh thu ước đạt khoảng 83 tỷ đồng" (=, 22; ~, 3.300 booths; >,
# the visitors, the outcome of a programme of fairs, not the participants of one event; ~, the
# revenue "khoảng 83 tỷ", other "đồng", 83e9), "tiêu biểu là 6 hội nghị" (=, the inter-regional
# conferences held; the sentence is cut after it; a judgement). Ids null. Not quantities: "3 sao và
# 4 sao" (grades).
# --------------------------------------------------------------------------
D05 = dict(name="05_quangngai-ocop-xuc-tien", kind="result", year=None, records=[
    R("có «40 sản phẩm", "sản phẩm OCOP được xếp hạng 3 sao và 4 sao", "=", 40, **CNT),
    R("tổ chức «22 hội chợ", "hội chợ thương mại tỉnh Quảng Ngãi đã tổ chức", "=", 22, **CNT),
    R("gần «3.300 gian", "gian hàng quy mô hội chợ thương mại", "~", 3300, **CNT),
    R("hơn «700.000 lượt", "lượt khách tham quan, mua sắm hội chợ thu hút", ">", 700000, **CNT),
    R("khoảng «83 tỷ", "tổng doanh thu hội chợ thương mại", "~", 83e9, **DONG),
    R("là «6 hội nghị", "hội nghị kết nối liên vùng", "=", 6, **CNT),
])

# --------------------------------------------------------------------------
# 06 Sóc Trăng, high-tech farming, figures to 2020 (langngheviet.com.vn; cut: the site's weather
# widget "Hà Nội: 27°C Hà Nội", "Đà Nẵng: 27°C Đà Nẵng", "TP Hồ Chí Minh: 26°C TP Hồ Chí Minh",
# "Thừa Thiên Huế: 25°C Thừa Thiên Huế" with the blank line after it, and the photo credit "(Ảnh:
# ST)" with the blank lines around it (one blank line kept); no byline, no stamp; the excerpt ends
# in "8 trang tr"). Results of 2020 ("tính đến năm 2020"). Pillar null (the title names high-tech
# farming, no pillar). Areas as unit other "ha" (earlier sets' HA): VietGAP "739,5 ha, trong đó:
# Lúa 330,99 ha, màu 35,10 ha và cây ăn trái 373,41 ha", organic "1.588 ha, trong đó: Lúa 1.225 ha;
# cây ăn trái 57 ha và rau màu 306 ha", "110 nhà lưới, nhà màng" (count) "với diện tích là 6,05 ha",
# "219 ha diện tích ứng dụng hệ thống tưới phun tự động, cây ăn trái 64 ha và rau màu 155 ha" (=,
# each part its own subject: a breakdown by crop, scope null, spec). Ids null. Not quantities:
# "giảm được khoảng 20 triệu đồng/ha" (a saving, a result stated as a change against the earlier
# cost, spec), "8 trang tr" (the clause is cut before it says what the farms reached; a judgement).
# --------------------------------------------------------------------------
VG = "diện tích sản xuất nông nghiệp đạt chứng nhận VietGAP"
HC = "đất nông nghiệp sản xuất theo hướng hữu cơ"
TUOI = "diện tích ứng dụng hệ thống tưới phun tự động"
D06 = dict(name="06_soctrang-nong-nghiep-cong-nghe-cao-2020", kind="result", year=2020, records=[
    R("là «739,5 ha", "tổng số " + VG + " của Sóc Trăng", "=", 739.5, **HA),
    R("Lúa «330,99 ha", VG + " lúa", "=", 330.99, **HA),
    R("màu «35,10 ha", VG + " màu", "=", 35.1, **HA),
    R("cây ăn trái «373,41 ha", VG + " cây ăn trái", "=", 373.41, **HA),
    R("là «1.588 ha", HC, "=", 1588, **HA),
    R("Lúa «1.225 ha", HC + " lúa", "=", 1225, **HA),
    R("cây ăn trái «57 ha", HC + " cây ăn trái", "=", 57, **HA),
    R("rau màu «306 ha", HC + " rau màu", "=", 306, **HA),
    R("có «110 nhà lưới", "nhà lưới, nhà màng chuyên sản xuất các loại rau màu", "=", 110, **CNT),
    R("là «6,05 ha", "diện tích nhà lưới, nhà màng chuyên sản xuất các loại rau màu", "=", 6.05, **HA),
    R("; «219 ha", TUOI, "=", 219, **HA),
    R("cây ăn trái «64 ha", TUOI + " cây ăn trái", "=", 64, **HA),
    R("rau màu «155 ha", TUOI + " rau màu", "=", 155, **HA),
])

# --------------------------------------------------------------------------
# 07 Lâm Đồng, the programme funding high-tech and smart farming (khuyennonghanoi.gov.vn; nothing
# cut; no byline, no stamp; the excerpt opens with "Từ nguồn kinh phí này" and ends in "diện t").
# Targets: the contents the sector is to carry out ("tập trung thực hiện các nội dung sau"), each
# output's bare number read as >= (spec). Year null: the excerpt names no year (the address's "6,8
# tỷ" is not in the text). Pillar null: the lead-ins "Ứng dụng công nghệ cao trong ứng phó biến đổi
# khí hậu, ...", "Xây dựng các mô hình ứng dụng công nghệ cao, nông nghiệp thông minh", "Hoạt động
# triền khai nông nghiệp ứng dụng công nghệ cao" name no pillar. "05 hệ thống cảm biến theo dõi
# tiểu khí hậu", "03 hệ thống giám sát, cảnh báo sương muối", "02 trạm giám sát côn trùng thông
# minh", "02 mô hình hiện đại hóa vườn sản xuất cây giống", "02 mô hình ứng dụng công nghệ IoT trong
# quản lý chuỗi liên kết", "07 mô hình ứng dụng công nghệ IoT trong quản lý nước tưới", "02 mô hình
# ứng dụng pin năng lượng mặt trời", "06 lớp tập huấn về ứng dụng công nghệ IoT" (targets, count:
# outputs to be built, not counts of tasks; a judgement). Ids null (no catalogue indicator counts
# farm sensors or IoT models). Not quantities: "tại 02 vùng sản xuất lúa" (where the stations are
# to stand, their location, as 02's "3 Văn phòng"; a judgement).
# --------------------------------------------------------------------------
D07 = dict(name="07_lamdong-nong-nghiep-thong-minh-ke-hoach", kind="target", year=None, records=[
    R("lắp đặt «05 hệ thống", "hệ thống cảm biến theo dõi tiểu khí hậu tại các vùng nông nghiệp ứng dụng công nghệ cao "
      "hỗ trợ lắp đặt", ">=", 5, **CNT),
    R("Xây dựng «03 hệ thống", "hệ thống giám sát, cảnh báo sương muối tại huyện Lạc Dương", ">=", 3, **CNT),
    R("Xây dựng «02 trạm", "trạm giám sát côn trùng thông minh tại vùng sản xuất lúa ứng dụng công nghệ cao", ">=", 2,
      **CNT),
    R("Hỗ trợ xây dựng «02 mô hình", "mô hình hiện đại hóa vườn sản xuất cây giống rau, hoa phục vụ sản xuất nông "
      "nghiệp công nghệ cao", ">=", 2, **CNT),
    R("; Xây dựng «02 mô hình", "mô hình ứng dụng công nghệ IoT trong quản lý chuỗi liên kết sản xuất, tiêu thụ sản "
      "phẩm rau, hoa công nghệ cao", ">=", 2, **CNT),
    R("Phát triển «07 mô hình", "mô hình ứng dụng công nghệ IoT trong quản lý nước tưới và dinh dưỡng cho cây trồng",
      ">=", 7, **CNT),
    R("Triển khai «02 mô hình", "mô hình ứng dụng pin năng lượng mặt trời trong sản xuất, sơ chế, chế biến nông sản",
      ">=", 2, **CNT),
    R("thực hiện «06 lớp", "lớp tập huấn về ứng dụng công nghệ IoT trong sản xuất nông nghiệp", ">=", 6, **CNT),
])

# --------------------------------------------------------------------------
# 08 Nghệ An, the pilot of electronic fishing logbooks, April 2025 (chicucthuysannghean.gov.vn;
# cut: the photo caption "Cảng cá Lạch Quèn, Quỳnh Lưu, Nghệ An (ảnh Thành Luân)" with the blank
# line before it; no byline, no stamp; the excerpt ends in "ghi sai l"). Result of 2025 ("Ngày
# 12/4/2025"). Pillar null. One record: the pilot "lắp đặt thiết bị, công cụ hỗ trợ Nhật ký điện tử
# cho 12 chủ tàu cá đầu tiên" (=, count; id null). Not quantities: "khoảng hơn 1400 tàu cá (có chiều
# dài từ 12 mét trở lên) thuộc diện phải ghi chép nhật ký" (the size of the fleet the rule covers,
# the make-up of the subject, as 01's fleet; a judgement), "12 mét" (twice; a length threshold),
# "12/4/2025" (a date).
# --------------------------------------------------------------------------
D08 = dict(name="08_nghean-nhat-ky-dien-tu-2025", kind="result", year=2025, records=[
    R("cho «12 chủ tàu", "chủ tàu cá đầu tiên được triển khai thí điểm lắp đặt thiết bị, công cụ hỗ trợ Nhật ký điện "
      "tử", "=", 12, **CNT),
])

# --------------------------------------------------------------------------
# 09 Khánh Hòa, electronic catch documentation (eCDT) and logbooks (eLogbook), January 2026
# (thanhnien.vn; the crawler's stamp " date 2026-01-12" written as the first line, the lead
# following on the second; cut: the photo caption "Thương lái thu mua hải sản tại cảng cá Hòn Rớ
# (P.Nam Nha Trang, Khánh Hòa) ẢNH: BÁ DUY" with the blank line after it; the excerpt ends in "chứng
# minh"). A precision text: the province's instruction and what the two systems do, no target or
# result. Not quantities: "Ngày 12.1" (a date), "eCDT", "eLogbook", "IUU", "EC" (names).
# --------------------------------------------------------------------------
D09 = dict(name="09_khanhhoa-ecdt-elogbook-2026-precision", kind="result", year=2026, records=[])

# --------------------------------------------------------------------------
# 10 Bình Định, monitoring offshore fishing vessels (baovov.vn; nothing cut; no byline, no stamp;
# the excerpt ends in "thiết b"). A precision text: a fisherman's trip and the rule that all vessels
# of 15 m and more carry a monitoring device, no target or result with a number. Not quantities:
# "15m" (twice; a length threshold), "BĐ 97445" (twice; a vessel's registration number, a name),
# "16 thuyền viên" (one vessel's crew, a fact of the story), "(40 tuổi)" (an age), "24/24h" (hours
# of operation, a time), "tháng 8" (a date).
# --------------------------------------------------------------------------
D10 = dict(name="10_binhdinh-giam-sat-tau-ca-precision", kind="result", year=None, records=[])

# --------------------------------------------------------------------------
# 11 Hưng Yên, the OCOP programme's targets for 2021-2025, October 2020 (baohungyen.vn; cut: the
# byline time and date "18:47, 05/10/2020" with the blank line after it (written as the first line
# `date 2020-10-05`), and the closing lines: the author "Phạm Đăng", a line holding a space, the
# gold-price and exchange-rate widget " Nội dung:", "Giá vàng 9999 tr.đ/lượng", "Doji TienPhongBank",
# "Tỷ giá ĐVT:đồng", "Loại Mua Bán", "BIDV", "OCB Kỳ hạn (tháng)" with the blank lines between them;
# the title keeps its trailing space). Targets for 2025 ("phấn đấu đến năm 2025"). Pillar null (the
# title names OCOP, no pillar). The title's "có 30 sản phẩm OCOP đạt 5 sao" (a record of its own,
# set151's rule for a value restated in a title), the body's "có 30 sản phẩm đạt 5 sao, 21 sản phẩm
# đạt 4 sao OCOP" and "nâng cấp 8 mô hình du lịch cộng đồng" (>=, counts). Ids null. Not quantities:
# "đạt từ 4 đến 5 sao" (the grades the tourism models are to reach, a class of a rating, as "OCOP 4
# sao" is a grade's name in earlier sets; a judgement), "5 sao", "4 sao" (grades), "12/KH-UBND" (a
# document), "Ngày 30.9" (a date), "2021 – 2025" (a period), "năm 2025" (twice).
# --------------------------------------------------------------------------
D11 = dict(name="11_hungyen-ocop-muc-tieu-2025", kind="target", year=2025, records=[
    R("có «30 sản phẩm OCOP", "sản phẩm OCOP đạt 5 sao", ">=", 30, **CNT),
    R("có «30 sản phẩm đạt", "sản phẩm đạt 5 sao", ">=", 30, **CNT),
    R("«21 sản phẩm", "sản phẩm đạt 4 sao OCOP", ">=", 21, **CNT),
    R("nâng cấp «8 mô hình", "mô hình du lịch cộng đồng tiêu chuẩn hóa, nâng cấp", ">=", 8, **CNT),
])

# --------------------------------------------------------------------------
# 12 Hà Nội, Plan 187/KH-UBND on agriculture, farmers and rural areas, July 2023 (hpa.hanoi.gov.vn;
# cut: the widget lines "Tin tức mới nhất", "Sự kiện mới nhất", "Ngày hội kết nối đầu tư công nghệ
# bán dẫn TP Hà Nội" with their blank lines, the date line "Ngày đăng : 20/07/2023" with the blank
# line after it (written as the first line `date 2023-07-20`), the title repeated under it with the
# blank line after it (its second occurrence); the excerpt ends in "hướng tới n"). Targets for 2025
# ("phấn đấu đến hết năm 2025"). Pillar null (the title "Triển khai chuyển đổi số hướng tới nông
# thôn mới thông minh" names no pillar; set140's titles on smart new-style rural areas). "tăng
# trưởng sản xuất nông, lâm nghiệp và thủy sản hằng năm 2,5-3,0%" (between), "Tỷ lệ giá trị sản phẩm
# nông nghiệp ứng dụng công nghệ cao, nông nghiệp sinh thái đạt trên 70%" (>), "diện tích đất trồng
# trọt hữu cơ đạt khoảng 5%" (~), "tỷ lệ sản phẩm chăn nuôi hữu cơ đạt 5-7%" (between), "diện tích
# nuôi thủy sản hữu cơ có chứng nhận đạt 10ha", "... chuyển đổi theo hướng hữu cơ đạt 150ha" (>=,
# other "ha"), "phân hạng được thêm 2.000 sản phẩm OCOP trở lên" (>=, count), "100% số huyện, xã
# đạt chuẩn nông thôn mới; 20% số huyện đạt chuẩn nông thôn mới nâng cao; 40% số xã ...; 20% số xã
# đạt chuẩn nông thôn mới kiểu mẫu" (>=; scope null: one value for both levels in the first, the
# level part of each subject in the others, spec). Ids null. Not quantities: "187/KH-UBND",
# "24-CTr/TU", "19-NQ/TƯ" (documents), "3-2-2023", "16-6-2022" (dates), "năm 2030", "năm 2045",
# "năm 2025".
# --------------------------------------------------------------------------
D12 = dict(name="12_hanoi-ntm-thong-minh-ke-hoach-187", kind="target", year=2025, records=[
    R("hằng năm «2,5-3,0%", "tăng trưởng sản xuất nông, lâm nghiệp và thủy sản hằng năm", "between", 2.5,
      value_max=3.0),
    R("đạt trên «70%", "Tỷ lệ giá trị sản phẩm nông nghiệp ứng dụng công nghệ cao, nông nghiệp sinh thái", ">", 70),
    R("khoảng «5% tổng", "diện tích đất trồng trọt hữu cơ tổng diện tích gieo trồng với các cây trồng chủ lực", "~", 5),
    R("đạt «5-7%", "tỷ lệ sản phẩm chăn nuôi hữu cơ trên tổng sản phẩm chăn nuôi", "between", 5, value_max=7),
    R("đạt «10ha", "diện tích nuôi thủy sản hữu cơ có chứng nhận", ">=", 10, **HA),
    R("đạt «150ha", "diện tích nuôi thủy sản chuyển đổi theo hướng hữu cơ", ">=", 150, **HA),
    R("thêm «2.000 sản phẩm", "sản phẩm OCOP đánh giá, phân hạng được thêm", ">=", 2000, **CNT),
    R("; «100% số huyện", "số huyện, xã đạt chuẩn nông thôn mới", ">=", 100),
    R("; «20% số huyện", "số huyện đạt chuẩn nông thôn mới nâng cao", ">=", 20),
    R("; «40% số xã", "số xã đạt chuẩn nông thôn mới nâng cao", ">=", 40),
    R("; «20% số xã", "số xã đạt chuẩn nông thôn mới kiểu mẫu", ">=", 20),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
