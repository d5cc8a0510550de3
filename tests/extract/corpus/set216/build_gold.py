#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set216).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a plan, a result's
change against an earlier year, a size); check_gold.py verifies that every percentage has a
record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set193, the id is given in the record itself (`iid=`).

The set's theme: digital transformation in agriculture and rural areas, the new-countryside (NTM)
programme's communes and villages, cooperatives and farm produce sold online. Most quantities are
the programme's own (communes meeting the standard, criteria per commune, funds, cooperatives);
few of them have a catalogue id.

Run:  python3 build_gold.py && python3 check_gold.py
"""
import functools
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, CNT, T  # noqa: E402

DONG = dict(unit="other", unit_text="đồng")
TAN = dict(unit="other", unit_text="tấn")
CRIT = dict(unit="other", unit_text="tiêu chí/xã")
DOCS_ISSUED = "inst.dx_policy_documents_count"

# --------------------------------------------------------------------------
# 01 Nghệ An, the provincial Department of Information and Communications' page on the way to the
# smart new countryside: the NTM programme's results at 30/6/2023 and the funds raised in the
# first half of 2023 (tttt.nghean.gov.vn; nothing cut; no byline, no stamp; the excerpt opens in
# the section "Kết quả đạt được" and ends in "hạ tầng số, "). Year 2023 (the results "Tính đến
# ngày 30/6/2023", the funds of "6 tháng đầu năm 2023"); the income and the poverty rate say "đến
# hết năm 2022", "đến cuối năm 2022": 2022. "2 huyện Đô Lương và huyện Diễn Châu đã hoàn thiện hồ
# sơ đang trình ... công nhận đạt chuẩn nông thôn mới năm 2022 (đạt 81,81%)": the two districts
# (a count, 2023: their dossiers as they stood at the report's date) and the bracket's share (the
# districts that met or are submitted for the standard of 2022; year 2022, the year the bracket
# follows; a judgement). Each "N xã ... (chiếm X% xã NTM)": two records, the count and its share
# (spec: a bracket that states a value). The averages "16,98 tiêu chí/xã" (unit other, unit_text
# "tiêu chí/xã") and the income "38,4 triệu đồng/người/năm" (money, "đồng", 38.4e6). The funds:
# eight money records (the total "khoảng 5.259.528 triệu đồng" ~, then each source =; each its
# own subject, a breakdown by kind, scope null; "triệu" multiplied in). Pillar null (the heading
# "Kết quả đạt được" names no pillar; "Hệ thống cơ sở hạ tầng số" opens after the last number).
# Not quantities: "30/6/2023", "27/4/2022" (dates), "277/KH-UBND", "4826/QĐ-BNN" (documents), the
# denominator "/411", "6 tháng đầu năm 2023" (a period). Ids null (the programme's own
# indicators; the catalogue has no NTM commune shares, incomes or funds of the programme).
# --------------------------------------------------------------------------
D01 = dict(name="01_nghean-ntm-ket-qua-6-thang-2023", kind="result", year=2023, records=[
    R("có «309 xã/411", "xã đạt chuẩn NTM toàn tỉnh", "=", 309, **CNT),
    R("(đạt «75,18%)", "xã đạt chuẩn NTM toàn tỉnh", "=", 75.18),
    R("có\n«53 xã", "xã đạt chuẩn NTM nâng cao", "=", 53, **CNT),
    R("(chiếm «17,15%", "xã đạt chuẩn NTM nâng cao trong xã NTM", "=", 17.15),
    R("có «06 xã", "xã đạt chuẩn NTM kiểu mẫu", "=", 6, **CNT),
    R("(chiếm «1,94%", "xã đạt chuẩn NTM kiểu mẫu trong xã NTM", "=", 1.94),
    R("Có «7 đơn vị", "đơn vị cấp huyện hoàn thành nhiệm vụ/đạt chuẩn NTM", "=", 7, **CNT),
    R("), «2 huyện", "huyện đã hoàn thiện hồ sơ đang trình Thủ tướng Chính phủ công nhận đạt chuẩn nông thôn "
      "mới", "=", 2, **CNT),
    R("(đạt «81,81%)", "đơn vị cấp huyện hoàn thành nhiệm vụ/đạt chuẩn nông thôn mới năm 2022", "=", 81.81,
      year=2022),
    R("là «16,98 tiêu", "Bình quân tiêu chí cả tỉnh", "=", 16.98, **CRIT),
    R("là «38,4 triệu", "thu nhập bình quân đầu người khu vực nông thôn", "=", 38400000, **DONG, year=2022),
    R("còn\n«6,49%", "tỷ lệ hộ nghèo", "=", 6.49, year=2022),
    R("đạt «88,94%", "tỷ lệ người dân tham gia BHYT", "=", 88.94),
    R("đạt «87%", "tỷ lệ người dân nông thôn được sử dụng nước hợp vệ sinh theo tiêu chuẩn", "=", 87),
    R("Có «197 thôn", "thôn/bản đạt chuẩn NTM", "=", 197, **CNT),
    R("Có «403 sản", "sản phẩm được công nhận OCOP", "=", 403, **CNT),
    R("khoảng «5.259.528 triệu", "Nguồn vốn huy động 6 tháng đầu năm", "~", 5259528e6, **DONG),
    R("Chương trình «1.056.922 triệu", "Vốn ngân sách Nhà nước hỗ trợ trực tiếp thực hiện Chương trình", "=",
      1056922e6, **DONG),
    R("là «207.156 triệu", "Vốn ngân sách Trung ương", "=", 207156e6, **DONG),
    R("là «371.739 triệu", "Vốn ngân sách địa phương", "=", 371739e6, **DONG),
    R("là\n«517.047 triệu", "Vốn lồng ghép từ các Chương trình, dự án", "=", 517047e6, **DONG),
    R("là\n«233.864 triệu", "Vốn doanh nghiệp", "=", 233864e6, **DONG),
    R("là «3.643.327 triệu", "Vốn tín dụng", "=", 3643327e6, **DONG),
    R("là «286.128 triệu", "Vốn nhân dân đóng góp", "=", 286128e6, **DONG),
])

# --------------------------------------------------------------------------
# 02 Nghệ An, the plan's new-countryside targets for 2030 (nghetinh.net; cut: the byline date
# "23/09/2023 11:30" on its own line, written as the first line `date 2023-09-23`). Targets, year
# 2030 (the text's "đến năm 2030"). The title's "có 70% số huyện đạt chuẩn nông thôn mới" is a
# record (titles are recorded, as the earlier sets' majority: set7-set12, set69) beside the body's
# "Số đơn vị cấp huyện đạt chuẩn NTM trên 70%" (a second record, `>`: "trên"); the title's bare
# number `>=`. "trên 90%" `>`; "50%", "15%", "35%" bare, `>=`. Scope null throughout (the communes
# and districts are the subjects of separate targets, not one value split by level). Pillar null.
# Ids null.
# --------------------------------------------------------------------------
D02 = dict(name="02_nghean-ntm-muc-tieu-2030", kind="target", year=2030, records=[
    R("có «70% số", "số huyện đạt chuẩn nông thôn mới", ">=", 70),
    R("NTM trên «90%", "số xã đạt chuẩn NTM", ">", 90),
    R("đó «50% số xã", "số xã đạt chuẩn NTM nâng cao", ">=", 50),
    R("«15% số xã", "số xã đạt chuẩn nông thôn mới kiểu mẫu", ">=", 15),
    R("NTM trên «70%", "Số đơn vị cấp huyện đạt chuẩn NTM", ">", 70),
    R("«35% số huyện", "số huyện đạt chuẩn NTM nâng cao", ">=", 35),
])

# --------------------------------------------------------------------------
# 03 Phú Thọ, the province aiming at five more new-countryside communes in 2024 (chuongtrinhmtqg.
# baodantoc.vn; nothing cut; no byline, no stamp; the excerpt ends in "kinh tế - xã hội "). Results
# "đến nay" on an undated page: year null (as the earlier sets read "đến nay" without a date; the
# address's timestamp is not in the text). Targets "trong năm 2024": year 2024, kind target.
# Results: "6 huyện, thành, thị", "136/196 xã" with "chiếm trên 69%" (`>`), "14 xã", "1 xã", "17
# tiêu chí/xã" (unit other, "tiêu chí/xã"), "20 xã đạt từ 15 - 18 tiêu chí, 35 xã đạt từ 10 - 14
# tiêu chí" (two counts; the ranges "15 - 18", "10 - 14" are the classes' bounds, not values),
# "1.641/2040 khu dân cư", "129 khu dân cư". Targets: "có thêm 5 xã" (a target stated as a change
# is a quantity, spec, `>=`), "lên 141 xã", "22 xã", "17,4 tiêu chí/xã trở lên" (`>=`), "1.700
# khu dân cư", "khoảng hơn 150 khu dân cư" (`>`: the bound word next to the number, as set193's
# "khoảng trên"), "huy động hơn 3.300 tỷ đồng" (`>`, money, 3.3e12; "dự kiến sẽ huy động", a
# plan's figure, target 2024). Not quantities: "13 năm" (a duration), the denominators "/196",
# "/2040", "dưới 09 tiêu chí" (a class's bound: no commune in it). Pillar null. Ids null.
# --------------------------------------------------------------------------
D03 = dict(name="03_phutho-ntm-ket-qua-muc-tieu-2024", kind="result", year=None, records=[
    R("có «6 huyện", "huyện, thành, thị được Chính phủ công nhận đạt chuẩn/hoàn thành nhiệm vụ xây dựng nông "
      "thôn mới", "=", 6, **CNT),
    R("; «136/196 xã", "xã đạt chuẩn nông thôn mới", "=", 136, **CNT),
    R("chiếm trên «69%", "xã đạt chuẩn nông thôn mới", ">", 69),
    R("có «14 xã", "xã đạt chuẩn nông thôn mới nâng cao", "=", 14, **CNT),
    R("; «1 xã", "xã đạt chuẩn nông thôn mới kiểu mẫu", "=", 1, **CNT),
    R("đạt «17 tiêu", "Bình quân tiêu chí toàn tỉnh", "=", 17, **CRIT),
    R("có «20 xã", "xã đạt từ 15 - 18 tiêu chí", "=", 20, **CNT),
    R(", «35 xã", "xã đạt từ 10 - 14 tiêu chí", "=", 35, **CNT),
    R("có «1.641/2040", "khu dân cư đạt nông thôn mới", "=", 1641, **CNT),
    R("có «129 khu", "khu dân cư nông thôn mới kiểu mẫu", "=", 129, **CNT),
    R("thêm «5 xã", "xã đạt chuẩn nông thôn mới có thêm", ">=", 5, **CNT, **T, year=2024),
    R("lên «141 xã", "số xã đạt chuẩn", ">=", 141, **CNT, **T, year=2024),
    R("có «22 xã", "xã nông thôn mới nâng cao", ">=", 22, **CNT, **T, year=2024),
    R("đạt «17,4 tiêu", "Bình quân tiêu chí toàn tỉnh", ">=", 17.4, **CRIT, **T, year=2024),
    R("có «1.700 khu", "khu dân cư đạt nông thôn mới", ">=", 1700, **CNT, **T, year=2024),
    R("hơn «150 khu", "khu dân cư nông thôn mới kiểu mẫu", ">", 150, **CNT, **T, year=2024),
    R("hơn «3.300 tỷ", "huy động để thực hiện mục tiêu", ">", 3.3e12, **DONG, **T, year=2024),
])

# --------------------------------------------------------------------------
# 04 Trà Vinh, raising the quality of agricultural cooperatives, digital transformation among
# the means (baotravinh.vn; cut: the byline "07/04/2024 19:43", written as the first line
# `date 2024-04-07`, and the photo caption "Mô hình sản xuất lúa hữu cơ bền vững của HTX nông
# nghiệp Phước Hảo, huyện Châu Thành."; the excerpt ends in "thực phẩm; h"). Targets, year 2025:
# the text's only target year ("Mục tiêu đến năm 2025"), also for the first paragraph's "phấn đấu
# ..." that names none (the same plan's targets; a judgement, rather than the byline's 2024).
# "tăng ít nhất 05%" and "doanh thu tăng ít nhất 15%" (targets stated as a change: quantities,
# `>=`), "khoảng 20% HTX" (`~`), "ít nhất 05 mô hình HTX" (`>=`, count). Not quantities:
# "01/2020/TT-BKHĐT", "19/02/2020" (a document and its date). Pillar null. Ids null (the
# catalogue's cooperatives' share names digital technology; these name revenue and linkage).
# --------------------------------------------------------------------------
D04 = dict(name="04_travinh-htx-nong-nghiep-muc-tieu-2025", kind="target", year=2025, records=[
    R("ít nhất «05%", "giá trị sản phẩm trên một đơn vị diện tích sản xuất nông nghiệp tăng", ">=", 5),
    R("ít nhất «15%", "doanh thu tăng", ">=", 15),
    R("khoảng «20% HTX", "HTX nông nghiệp có liên kết với doanh nghiệp tiêu thụ sản phẩm nông nghiệp", "~", 20),
    R("ít nhất «05 mô", "mô hình HTX nông nghiệp phát triển bền vững, hoạt động hiệu quả, được đánh giá xếp loại "
      "khá trở lên", ">=", 5, **CNT),
])

# --------------------------------------------------------------------------
# 05 Bắc Giang, the lychee season sold with digital means and on e-commerce platforms
# (food.com.vn; nothing cut; no byline, no stamp; the excerpt ends in "vụ v"). Results; year null
# ("Năm nay" on an undated page; Covid-19 is named, no year). "mỗi năm sản lượng đạt khoảng
# 120-200 nghìn tấn" (one range stated once: `between`, 120e3-200e3, unit other "tấn"; a yearly
# output reported, year null), "tổng sản lượng vải thiều tiêu thụ đạt 215.852 tấn" (=, "tấn"),
# "doanh thu ... ước đạt 6.821 tỷ đồng" (=, money 6.821e12; spec: "ước đạt" is =), "gần 1 triệu
# đơn hàng" (`~`, count 1e6) "cho 9.000 tấn vải ... tiêu thụ qua các sàn điện tử" (=, "tấn").
# Pillar null. Ids null (the catalogue's platform transactions name Voso and Postmart; its
# e-commerce revenue is not the lychee's total revenue).
# --------------------------------------------------------------------------
D05 = dict(name="05_bacgiang-vai-thieu-san-tmdt", kind="result", year=None, records=[
    R("khoảng «120-200 nghìn", "sản lượng vải thiều mỗi năm", "between", 120000, value_max=200000, **TAN),
    R("đạt «215.852 tấn", "tổng sản lượng vải thiều tiêu thụ", "=", 215852, **TAN),
    R("đạt «6.821 tỷ", "Tổng doanh thu từ vải thiều và các dịch vụ phụ trợ", "=", 6.821e12, **DONG),
    R("gần «1 triệu", "đơn hàng vải qua các sàn điện tử", "~", 1e6, **CNT),
    R("cho «9.000 tấn", "vải đã được tiêu thụ qua các sàn điện tử", "=", 9000, **TAN),
])

# --------------------------------------------------------------------------
# 06 Đắk Lắk, digital transformation in agriculture today: the sector's weight and its 2023
# results (thinhvuongvietnam.com; nothing cut; no byline, no stamp; footnote marks "[1]" ... "[4]"
# kept; the excerpt ends in "Giống chu"). The province's profile, first sentence: sizes, no
# quantity ("657.728 ha", "345.000 ha", "1,9 triệu người", "đứng thứ hai", "đứng thứ 10"; NOT
# "chiếm 34% dân số Tây Nguyên", the population's share, a size). The sector's weight "chiếm
# khoảng 35% GRDP, chiếm khoảng 90% tổng kim ngạch xuất khẩu, ... khoảng 65% lao động": three
# results (`~`; shares of the economy recorded as the earlier sets record "% GRDP"; year null:
# the sentence names only the period "2020 - 2025"; a judgement). 2023: "giá trị sản xuất nông,
# lâm nghiệp, thủy sản ... là 100.400 tỷ đồng" (money, 1.004e14), "tỷ trọng ... là 37,78%", "78 xã
# đạt chuẩn nông thôn mới, đạt tỷ lệ 51,66%", "535 hợp tác xã", "150 HTX", "26 Hợp tác xã". The
# plan's poverty target "giảm từ 1,5 - 2%" (a target stated as a change, one range: `between`,
# 2023). NOT: "bằng 109,2% kế hoạch", "đạt 91,27% kế hoạch" (completion against a plan), "tăng
# 13% so với năm 2022", "giảm 0,57% so với năm 2022", "(1,79%)" of "tỷ lệ hộ nghèo giảm 8.598 hộ"
# (a result's change against an earlier value, spec), "34%" (above). Not quantities: "tăng 04 xã
# so với năm 2022", "giảm 8.598 hộ" (changes), "3 lĩnh vực", "lần thứ Tư", the footnote marks.
# Pillar null. Ids null.
# --------------------------------------------------------------------------
D06 = dict(name="06_daklak-cds-nong-nghiep-2023", kind="result", year=2023, records=[
    R("khoảng «35% GRDP", "giá trị nông nghiệp trong cơ cấu nền kinh tế GRDP", "~", 35, year=None),
    R("khoảng «90% tổng", "nông nghiệp tổng kim ngạch xuất khẩu", "~", 90, year=None),
    R("khoảng «65% lao", "nông nghiệp giải quyết việc làm và thu nhập cho lao động của tỉnh", "~", 65, year=None),
    R("là «100.400 tỷ", "giá trị sản xuất nông, lâm nghiệp, thủy sản theo giá hiện hành", "=", 1.004e14, **DONG),
    R("là «37,78%", "tỷ trọng nông, lâm nghiệp, thủy sản trong cơ cấu kinh tế", "=", 37.78),
    R("có «78 xã", "xã đạt chuẩn nông thôn mới", "=", 78, **CNT),
    R("tỷ lệ «51,66%", "xã đạt chuẩn nông thôn mới", "=", 51.66),
    R("tham gia «535 hợp", "hợp tác xã (HTX) nông nghiệp", "=", 535, **CNT),
    R("có «150 HTX", "HTX có liên kết với doanh nghiệp", "=", 150, **CNT),
    R("và «26 Hợp", "Hợp tác xã nông nghiệp đã có sản phẩm OCOP", "=", 26, **CNT),
    R("từ «1,5 - 2%", "tỷ lệ hộ nghèo giảm", "between", 1.5, value_max=2, **T),
], NOT=["chiếm «34% dân", "bằng «109,2% kế", "tăng «13% so", "giảm «0,57% so", "đạt «91,27% kế", "(«1,79%)"])

# --------------------------------------------------------------------------
# 07 Đồng Tháp, the targets of the agricultural restructuring scheme to 2025 (nld.com.vn; nothing
# cut; no byline, no stamp; the address's "250904" is not in the text; the excerpt ends in
# "Hình "). Targets, year 2025 ("Mục tiêu đến năm 2025"; the next paragraph "Trong khi đó, ..."
# continues the list). "tăng trưởng GRDP nông, lâm, thủy sản bình quân 3,5%/năm" (`>=`),
# "Thu nhập bình quân đầu người khu vực nông thôn tăng 1,6 lần so với năm 2020" (a target stated as
# a change: a quantity, `>=`, unit other "lần"), "Tỷ lệ hộ nghèo ... còn dưới 3%" (`<`), "tỷ lệ
# lao động nông nghiệp ... giảm xuống còn dưới 40%" (`<`). Not quantities: "2025", "2030",
# "2020" (years). Pillar null. Ids null.
# --------------------------------------------------------------------------
D07 = dict(name="07_dongthap-tai-co-cau-nong-nghiep-muc-tieu-2025", kind="target", year=2025, records=[
    R("bình quân «3,5%/năm", "tăng trưởng GRDP nông, lâm, thủy sản bình quân", ">=", 3.5),
    R("tăng «1,6 lần", "Thu nhập bình quân đầu người khu vực nông thôn tăng so với năm 2020", ">=", 1.6,
      unit="other", unit_text="lần"),
    R("dưới «3%", "Tỷ lệ hộ nghèo của tỉnh", "<", 3),
    R("dưới «40%", "tỷ lệ lao động nông nghiệp trong tổng lao động", "<", 40),
])

# --------------------------------------------------------------------------
# 08 Quảng Ngãi, digital transformation in agriculture (vietnam.vnanet.vn; nothing cut: the two
# photo captions "Các giấy chứng nhận ... Ảnh: Thanh Hòa/Báo ảnh Việt Nam" and "Quảng Ngãi hiện có
# hơn 7.000 ha ... Ảnh: Thanh Hòa & Vỹ Thi" stay, the second holding the text's figures; no
# byline, no stamp; the excerpt ends in "xây dựng p"). Results; year null (present-tense
# statements on an undated page; "Năm 2023" dates only the plan's approval). "tỉ trọng chỉ
# chiếm 16% trong cơ cấu ngành kinh tế" (=, agriculture's share), "gần 3.000 ha đã thực hiện ứng
# dụng chuyển đổi số trong tưới tiết kiệm" (`~`, unit other "ha"). Not quantities: "hơn 7.000 ha
# lúa, rau màu" (the area the 3.000 ha are part of, a size), "2023 - 2025", "2030" (dates).
# Pillar null. Ids null.
# --------------------------------------------------------------------------
D08 = dict(name="08_quangngai-cds-nong-nghiep-2023", kind="result", year=None, records=[
    R("chiếm «16% trong", "tỉ trọng nông nghiệp trong cơ cấu ngành kinh tế", "=", 16),
    R("gần «3.000 ha", "ha lúa, rau màu đã thực hiện ứng dụng chuyển đổi số trong tưới tiết kiệm, vận hành "
      "tưới tự động", "~", 3000, unit="other", unit_text="ha"),
])

# --------------------------------------------------------------------------
# 09 Sơn La, ethnic-minority cooperatives moving onto digital platforms (giaothuong.congthuong.vn;
# cut: the two lines "Tin nóng:" and the hotline and byline "Đường dây nóng: 0866.59.4498 - Thứ
# sáu 21/03/2025 14:01", written as the first line `date 2025-03-21`; the leading blank line
# dropped; the excerpt ends in "quy trình sản"). Results of 2024 ("Năm 2024, doanh thu của HTX đạt
# gần 8 tỷ đồng" `~`, money 8e9; "thu nhập bình quân của mỗi thành viên từ 400–600 triệu
# đồng/năm", one range, `between`, 400e6-600e6, written with an en dash), both of the cooperative
# of bản Sàng Nà Tre, Chiềng Mai commune (place "Chiềng Mai"). Not quantities: "gần 900 hợp tác xã
# (HTX) đang hoạt động" (the province's cooperatives, a size, as the earlier sets' counts of
# enterprises), "hơn 30 ha cà phê hữu cơ" (the cooperative's size). Pillar null. Ids null.
# --------------------------------------------------------------------------
D09 = dict(name="09_sonla-htx-nen-tang-so-2025", kind="result", year=2024, records=[
    R("gần «8 tỷ", "doanh thu của HTX Nông nghiệp bản Sàng Nà Tre", "~", 8e9, **DONG, place="Chiềng Mai"),
    R("từ «400–600 triệu", "thu nhập bình quân của mỗi thành viên HTX", "between", 400e6, value_max=600e6,
      **DONG, place="Chiềng Mai"),
])

# --------------------------------------------------------------------------
# 10 Hà Tĩnh, village 9 of Sơn Trường commune (Hương Sơn) building a smart residential area
# (vietnamnet.vn; cut: the image file name "anh chup man hinh 2023 12 07 luc 144826.png" and the
# photo caption "Mỗi hộ gia đình được tạo 1 mã QR riêng, mọi thông tin tích hợp trên hệ thống. "
# (trailing space); no byline, no stamp; the excerpt ends in "kinh doanh t"). One result: "Đến
# nay, ... wifi công cộng phủ sóng hơn 80%" (`>`; year null: "Đến nay" on an undated page). Not
# quantities: "85 hộ dân, hơn 300 nhân khẩu" (the village's size), "năm 2019", "đầu năm 2021"
# (dates), "thôn 9" (a name), "1 mã QR riêng" (one code per household, no indicator). Pillar null.
# Id null (the catalogue's village wifi share counts villages with wifi at the community house).
# --------------------------------------------------------------------------
D10 = dict(name="10_hatinh-huongson-khu-dan-cu-thong-minh", kind="result", year=None, records=[
    R("hơn «80%", "wifi công cộng phủ sóng tại thôn 9", ">", 80),
])

# --------------------------------------------------------------------------
# 11 Lào Cai, Bát Xát commune piloting "digital villages" (mail.doingoailaocai.vn; cut: the photo
# caption "Đảng ủy xã Bát Xát làm việc với Đoàn khảo sát ... mô hình \"thôn số\"."; no byline, no
# stamp; the excerpt ends in "Sau hiệu qu"). A precision text: one record among the commune's
# sizes. "Đảng uỷ xã Bát Xát đã ban hành 35 văn bản lãnh đạo, chỉ đạo" (=, count; year null: the
# page names no year; inst.dx_policy_documents_count: documents issued to lead the digital
# village pilot under Resolution 57). Not quantities: "sáp nhập 5 đơn vị hành chính", "gần 190 km²",
# "55 thôn", "hơn 6.300 hộ dân", "trên 27.300 nhân khẩu", "20 thôn vùng cao", "gần 30 km" (the
# commune's make-up and size), "57-NQ/TW" (a name). Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_laocai-batxat-thon-so-precision", kind="result", year=None, records=[
    R("ban hành «35 văn bản", "văn bản lãnh đạo, chỉ đạo Đảng uỷ xã Bát Xát đã ban hành", "=", 35, **CNT,
      iid=DOCS_ISSUED),
])

# --------------------------------------------------------------------------
# 12 Quảng Trị, the draft scheme for digital transformation in agriculture and rural development
# to 2025 as a document site shows it (text.123docz.net; nothing cut: the site's lines "Tải bản
# đầy đủ (.doc) (36 trang)" and "Bạn đang xem bản rút gọn ... (263.86 KB, 36 trang )" stay;
# no byline, no stamp; the excerpt ends in "điều kiệ"). A precision text, no record: "36 trang",
# "263.86 KB" (the file's size), "tháng 9 năm 2021", "năm 2025", "năm 2030" (dates), "Phần I",
# "I." (labels), "lần thứ 4" (a name). The document's number is blank ("Số: /ĐA-UBND").
# --------------------------------------------------------------------------
D12 = dict(name="12_quangtri-de-an-cds-nong-nghiep-2021-precision", kind="result", year=2021, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
