#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set235).

Adapted from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of percentages deliberately left without a record;
check_gold.py verifies that every percentage has a record or a NOT entry. This set needs none:
every percentage of its texts is a record.

Each record carries `indicator_id_gold` (ignored by the scorer) through `iid=`: the id of the
catalogue indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml
(see README).

The set's theme: party congresses of 2025 (provinces, cities, wards) and their five-year targets to
2030, with what the 2020-2025 term reached. The documents' years: a list of targets "đến năm 2030" or
for the term 2025-2030 takes 2030; the results of the term just ended ("nhiệm kỳ qua", "nhiệm kỳ
2020 - 2025", "giai đoạn 2021 - 2025") take 2025, the last year of that term.

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
from goldkit import R, CNT, RANK, T  # noqa: E402

DONG = dict(unit="other", unit_text="đồng")
USD = dict(unit="other", unit_text="USD")
KTS = "econ.digital_economy_gdp_share"


def rng(loc, indicator, low, high, **kw):
    """A range stated once ("11,5-12%", "35-40% GRDP"): one `between` record, low end as value."""
    return R(loc, indicator, "between", low, value_max=high, **kw)


# --------------------------------------------------------------------------
# 01 Đà Nẵng (the merged city), the political report to the First City Party Congress: its
# targets to 2030 (viettimes.vn; stamp " date 2025-09-17" written as the first line; nothing cut;
# the excerpt ends in "công nghệ (t"). Kind target, year 2030 ("đến 2030", "đến năm 2030"; the
# yearly rates for the term 2025-2030). "từ 3-4%", "14-15%/năm", "11,5-12%/năm", "khoảng 60-62%
# GRDP", "tăng từ 20-30%" (between: one range stated once; "tăng bình quân 14-15%/năm" and "tăng
# từ 20-30%" are targets stated as a change, contract), "trên 90%", "trên 660 ngàn tỷ đồng",
# "hơn 710 nghìn tỷ đồng", "hơn 70 doanh nghiệp" (>; ngàn/nghìn tỷ = 1e12), "từ 11%/năm trở lên",
# "tối thiểu 10%/năm" (>=), "đạt 8.500 USD/người", "so với GRDP đạt 28%" (a target's bare or "đạt"
# number, >=). Not quantities: "17/9" (a date), "lần thứ I", "ngày thứ hai" (words), "2025-2030",
# "2026-2030" (the term and the period inside an indicator). Pillar null. Ids null (no digital
# indicator; the science and technology enterprises are not the catalogue's digital-technology
# enterprises). vietnamplus.vn's page on the same congress's targets was not taken: its digital
# economy target "35-40% GRDP" is a figure of set16's 06 and set55's 09.
# --------------------------------------------------------------------------
D01 = dict(name="01_danang-bao-cao-chinh-tri-chi-tieu-2030", kind="target", year=2030, records=[
    rng("hằng năm từ «3-4% tổng", "tỷ lệ kết nạp đảng viên mới hằng năm tổng số đảng viên", 3, 4),
    R("có trên «90% tổ chức", "tổ chức cơ sở đảng, đảng viên được đánh giá, xếp loại từ hoàn thành tốt nhiệm vụ "
      "trở lên", ">", 90),
    R("bình quân từ «11%/năm trở lên", "Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) bình quân", ">=", 11),
    R("đạt trên «660 ngàn tỷ đồng", "quy mô GRDP theo giá hiện hành", ">", 660e12, **DONG),
    R("đạt «8.500 USD/người", "GRDP bình quân đầu người", ">=", 8500, unit="other", unit_text="USD/người"),
    R("đạt hơn «710 nghìn tỷ đồng", "Vốn đầu tư phát triển trên địa bàn theo giá hiện hành giai đoạn 2026-2030", ">",
      710e12, **DONG),
    rng("bình quân «14-15%/năm", "Vốn đầu tư phát triển trên địa bàn tăng bình quân", 14, 15),
    R("so với GRDP đạt «28%", "Tỷ lệ vốn đầu tư thực hiện trên địa bàn so với GRDP", ">=", 28),
    R("tăng tối thiểu «10%/năm", "Thu ngân sách nhà nước trên địa bàn tăng", ">=", 10),
    rng("tư nhân đạt «11,5-12%/năm", "tốc độ tăng trưởng bình quân của kinh tế tư nhân", 11.5, 12),
    rng("đóng góp khoảng «60-62% GRDP", "kinh tế tư nhân đóng góp GRDP", 60, 62),
    rng("tăng từ «20-30%", "số doanh nghiệp tư nhân hoạt động trong nền kinh tế tăng", 20, 30),
    R("có hơn «70 doanh nghiệp", "doanh nghiệp khoa học, công nghệ", ">", 70, **CNT),
])

# --------------------------------------------------------------------------
# 02 Khánh Hòa (the merged province), the First Provincial Party Congress's resolution: its general
# aim and the first economic targets (nld.com.vn; stamp " date 2025-09-23" written as the first
# line; cut: the photo caption "Quang cảnh Đại hội đại biểu Đảng bộ tỉnh Khánh Hòa nhiệm kỳ
# 2025-2030" with the blank line after it; the excerpt ends in "Tỷ trọng"). Year 2030 ("đến năm
# 2030", the term 2025 - 2030). Kind target. "bình quân hằng năm đạt 11 - 12%" (between),
# "GRDP bình quân đầu người hàng năm tăng 14%" (a target stated as a change, >=), "thuộc nhóm 10
# tỉnh, thành phố có thu nhập bình quân đầu người cao nhất" (rank, <=: a group, not a place).
# Not quantities: "24-9" (a date), "lần thứ I", "hai con số" (words, no number). Pillar null. Ids
# null.
# --------------------------------------------------------------------------
D02 = dict(name="02_khanhhoa-dai-hoi-nghi-quyet-2030", kind="target", year=2030, records=[
    rng("hằng năm đạt «11 - 12%", "tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) bình quân hằng năm",
        11, 12),
    R("hàng năm tăng «14%", "GRDP bình quân đầu người hàng năm tăng", ">=", 14),
    R("thuộc nhóm «10 tỉnh", "thuộc nhóm tỉnh, thành phố có thu nhập bình quân đầu người cao nhất", "<=", 10,
      **RANK),
])

# --------------------------------------------------------------------------
# 03 Quảng Trị (the merged province), the political report at the opening of the First Provincial
# Party Congress: what the 2020-2025 term reached (vneconomy.vn; stamp " date 2025-10-06" written
# as the first line; cut: the page's banner of an unrelated forum, the two lines "Diễn đàn Kinh tế
# mới Việt Nam 2025" and "Sáng kiến Diễn đàn thường niên ... toàn cầu\"."; the excerpt ends in
# "tiếp tục "). Kind result, year 2025 (the term 2020 - 2025, "giai đoạn 2021 - 2025"; "riêng năm
# 2025 ước đạt 8%" names it). "đạt 6,8%/năm" (=), "ước đạt 8%" (=, contract), "gần 290.000 tỷ
# đồng" and "gần 68.000 tỷ đồng" (~), "hơn 5.400 doanh nghiệp", "hơn 59.300 tỷ đồng" (>). Not
# quantities: "tăng gần 1,8 lần so với giai đoạn trước" (a result's change against an earlier
# value, contract), "5/10" (a date), "5 năm qua" (a duration), "2026 – 2030", "lần thứ I". Pillar
# null. Ids null (the enterprises are all enterprises, not digital-technology ones).
# --------------------------------------------------------------------------
D03 = dict(name="03_quangtri-dai-hoi-ket-qua-2020-2025", kind="result", year=2025, records=[
    R("Quảng Trị đạt «6,8%/năm", "tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) bình quân nhiệm kỳ 2020 – 2025",
      "=", 6.8),
    R("ước đạt «8%", "tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) năm 2025", "=", 8),
    R("đạt gần «290.000 tỷ đồng", "Tổng vốn đầu tư thực hiện trên địa bàn giai đoạn 2021 – 2025", "~", 290000e9,
      **DONG),
    R("có hơn «5.400 doanh nghiệp", "doanh nghiệp toàn tỉnh", ">", 5400, **CNT),
    R("đăng ký gần «68.000 tỷ đồng", "tổng vốn đăng ký của doanh nghiệp", "~", 68000e9, **DONG),
    R("đạt hơn «59.300 tỷ đồng", "tổng thu ngân sách giai đoạn 2021–2025", ">", 59300e9, **DONG),
])

# --------------------------------------------------------------------------
# 04 Cần Thơ (the merged city), the First City Party Congress's close: what the three former
# units reached in the term just ended (vtcnews.vn; stamp " date 2025-09-28" written as the first
# line; nothing cut; the excerpt ends in "khát vọng của TP "). Kind result, year 2025 ("Nhiệm kỳ
# qua", the term 2020-2025). "đạt 312.621 tỷ đồng", "bình quân 7,41% năm", "đạt 96,9 triệu đồng"
# (=), "hơn 105 nghìn tỷ đồng" (>, nghìn tỷ = 1e12). Not quantities: "485 đại biểu đại diện cho
# hơn 143.000 đảng viên từ 109 đảng bộ" (the congress's participants, contract), "3 ngày" (a
# duration), "lần thứ I", "2025-2030", "2020-2025". Pillar null. Ids null.
# --------------------------------------------------------------------------
D04 = dict(name="04_cantho-dai-hoi-ket-qua-2020-2025", kind="result", year=2025, records=[
    R("kinh tế đạt «312.621 tỷ đồng", "Quy mô nền kinh tế", "=", 312621e9, **DONG),
    R("bình quân «7,41% năm", "tăng trưởng bình quân", "=", 7.41),
    R("đầu người đạt «96,9 triệu đồng", "GRDP bình quân đầu người", "=", 96.9e6, **DONG),
    R("đạt hơn «105 nghìn tỷ đồng", "thu ngân sách", ">", 105e12, **DONG),
])

# --------------------------------------------------------------------------
# 05 Cà Mau (the merged province), the First Provincial Party Congress's resolution for 2026-2030
# (sggp.org.vn; stamp " date 2025-10-17" written as the first line; cut: the photo captions "Bí
# thư Tỉnh ủy Cà Mau Nguyễn Hồ Hải phát biểu bế mạc Đại hội" and "Các đại biểu biểu quyết thông
# qua nghị quyết ... nhiệm kỳ 2025 - 2030", each with the blank line after it; the excerpt ends in
# "hành động quyết"). Kind target, year 2030 ("giai đoạn 2026 - 2030"). "5 năm khoảng 17 tỷ USD"
# (~), "5 năm ít nhất 75.000 tỷ đồng" (>=). Not quantities: "22 chỉ tiêu chủ yếu, 6 nhiệm vụ trọng
# tâm, 3 nhiệm vụ đột phá và 12 nhóm nhiệm vụ, giải pháp" (counts of targets and tasks, contract),
# "5 năm" (the period inside the indicator), "2 ngày" (a duration), "lần thứ I". Pillar null. Ids
# null.
# --------------------------------------------------------------------------
D05 = dict(name="05_camau-nghi-quyet-2026-2030", kind="target", year=2030, records=[
    R("5 năm khoảng «17 tỷ USD", "tổng kim ngạch xuất khẩu 5 năm", "~", 17e9, **USD),
    R("5 năm ít nhất «75.000 tỷ đồng", "Tổng thu ngân sách 5 năm", ">=", 75000e9, **DONG),
])

# --------------------------------------------------------------------------
# 06 Hồ Chí Minh City, the Party Committee of the City People's Committee announcing its First
# Congress and its targets for the term (dantri.com.vn; stamp " date 2025-08-22" written as the
# first line; cut: the photo caption "Ông Nguyễn Văn Được, Bí thư Đảng ủy, Chủ tịch UBND TPHCM
# (Ảnh: Q.Huy)." with the blank line after it; the excerpt ends in "5 nội dung trọng "). Kind
# target, year 2030 ("đến năm 2030", "Đến cuối năm 2030"; the growth rate for the term 2025-2030).
# "bình quân 10-11%/năm", "khoảng 14.000-15.000 USD" (between: a range, "khoảng" read on the
# range as earlier sets' "khoảng 30-35%"), "chiếm 35-40% GRDP" (between), "tăng thêm 199.400 căn"
# (a target stated as a change, >=), "di dời 50% căn nhà" (>=), "(20.000 căn)" (a bracket that
# states a value, >=). Not quantities: "300 đại biểu chính thức, đại diện cho 52.606 đảng viên ...
# 153 tổ chức cơ sở Đảng" (participants), "28 chỉ tiêu", "19 chỉ tiêu", "9 chỉ tiêu" (counts of
# targets), "3 chương trình đột phá", "5 nội dung" (tasks), "22/8", "23/8" (dates), "5 năm" (the
# period inside the indicator). Pillar null. Ids null.
# --------------------------------------------------------------------------
D06 = dict(name="06_tphcm-dang-bo-ubnd-chi-tieu-2030", kind="target", year=2030, records=[
    rng("bình quân «10-11%/năm", "tốc độ tăng trưởng GRDP (tổng sản phẩm địa bàn) bình quân", 10, 11),
    rng("khoảng «14.000-15.000 USD", "GRDP bình quân đầu người", 14000, 15000, **USD),
    rng("chiếm «35-40% GRDP", "tổng vốn đầu tư xã hội bình quân 5 năm GRDP", 35, 40),
    R("tăng thêm «199.400 căn", "số căn hộ nhà ở xã hội tăng thêm", ">=", 199400, **CNT),
    R("di dời «50% căn nhà", "hoàn thành công tác di dời căn nhà trên và ven kênh rạch trên địa bàn", ">=", 50),
    R("địa bàn («20.000 căn)", "căn nhà trên và ven kênh rạch di dời", ">=", 20000, **CNT),
])

# --------------------------------------------------------------------------
# 07 Hồ Chí Minh City, the exhibition of strategic technology products for the First City Party
# Congress, with the city's results of 2021 - 2025 (thanhnien.vn; stamp " date 2025-10-12" written
# as the first line; nothing cut; the excerpt ends in "TP.HCM đặt m"). Year 2025 (the paragraph's
# "giai đoạn 2021 - 2025", the 25%'s "năm 2025"). "Kinh tế số ... dự kiến đóng góp 25% vào GRDP
# trong năm 2025": a target (>=), as the earlier sets read "dự kiến" ("dự kiến đạt 90%", "dự kiến
# 95.000 tỷ"). Ranks, results, op `=`: "đứng thứ 2 cả nước về chỉ số chuyển đổi số cấp tỉnh và chỉ
# số đổi mới sáng tạo cấp địa phương" (one number for the two indices, one record, as the
# contract's one value for all levels), "vị trí thứ 5 Đông Nam Á", "thứ 110 toàn cầu" (the region
# in the indicator, contract). Not quantities: "13.10", "11.10" (dates), "2025 - 2030", "lần thứ
# I". Pillar null. Ids: KTS for the 25%; `dti.provincial_rank` for the second place (the DTI
# named first; a judgement); the start-up ecosystem's ranks null.
# --------------------------------------------------------------------------
D07 = dict(name="07_tphcm-kinh-te-so-trien-lam-2025", kind="result", year=2025, records=[
    R("đóng góp «25% vào GRDP", "Kinh tế số đóng góp vào GRDP", ">=", 25, **T, iid=KTS),
    R("đứng thứ «2 cả nước", "xếp hạng cả nước về chỉ số chuyển đổi số cấp tỉnh và chỉ số đổi mới sáng tạo cấp "
      "địa phương", "=", 2, **RANK, iid="dti.provincial_rank"),
    R("vị trí thứ «5 Đông Nam Á", "Hệ sinh thái khởi nghiệp sáng tạo của TP.HCM xếp vị trí Đông Nam Á", "=", 5,
      **RANK),
    R("và thứ «110 toàn cầu", "Hệ sinh thái khởi nghiệp sáng tạo của TP.HCM xếp vị trí toàn cầu", "=", 110,
      **RANK),
])

# --------------------------------------------------------------------------
# 08 Hải Phòng, Kinh Môn ward's First Party Congress: what the ward reached in the term just ended
# (dantri.com.vn; stamp " date 2025-08-15" written as the first line; cut: the photo caption "Các
# đại biểu dự đại hội (Ảnh: Đỗ Gia Tuấn)." with the blank line after it; the excerpt ends in "kinh
# doanh"). Kind result, year 2025 ("nhiệm kỳ qua", the term 2020-2025). "100% chi bộ và hơn 92%
# đảng viên hoàn thành tốt nhiệm vụ" (two records, each its own subject: = and >), "tăng
# 10,86%/năm" (the term's average growth, =, as the growth rates of 03 and 04; not a change against
# a named earlier value), "đạt 86 triệu đồng" (=), "25 tuyến phố văn minh" (=, count). Not
# quantities: "200 đại biểu đại diện cho 1.450 đảng viên" (participants), "16/19 chỉ tiêu kinh tế -
# xã hội đạt và vượt kế hoạch" (a count of targets met, as the earlier sets left out "13/19 chỉ tiêu
# đạt và vượt kế hoạch"), "15/8" (a date), "2025-2030", "lần thứ I". Pillar null. Ids null.
# --------------------------------------------------------------------------
D08 = dict(name="08_haiphong-kinhmon-dai-hoi-phuong-2025", kind="result", year=2025, records=[
    R("qua. «100% chi bộ", "chi bộ hoàn thành tốt nhiệm vụ", "=", 100),
    R("và hơn «92% đảng viên", "đảng viên hoàn thành tốt nhiệm vụ", ">", 92),
    R("sản xuất tăng «10,86%/năm", "Tổng giá trị sản xuất tăng", "=", 10.86),
    R("đầu người đạt «86 triệu đồng", "thu nhập bình quân đầu người", "=", 86e6, **DONG),
    R("; «25 tuyến phố", "tuyến phố văn minh được xây dựng", "=", 25, **CNT),
])

# --------------------------------------------------------------------------
# 09 Hồ Chí Minh City, Phú Thọ ward's First Party Congress and its aims for the term (nld.com.vn;
# stamp " date 2025-08-09" written as the first line; cut: the photo caption "Bà Trương Thị Bích
# Hạnh tặng hoa chúc mừng Đại hội Đảng bộ phường Phú Thọ" with the blank line after it; the excerpt
# ends in "động l"). Kind target, year 2030 (the term 2025-2030). "cải tạo và nâng cấp 20 tuyến
# hẻm" (a planned work's count, >=), "100% dịch vụ công trực tuyến được vận hành hiệu quả" (>=),
# "tỷ lệ giải quyết hồ sơ hành chính đúng hạn và mức độ hài lòng của người dân đạt từ 98% trở lên"
# (one value for both, one record, >=), "100% cán bộ, công chức sử dụng chữ ký số và số hóa hồ sơ
# hành chính" (>=). The page writes "Phường Bình Thọ" for the sentence of the three e-government
# targets, inside the report on Phú Thọ ward: no `place` (read as the document's own ward; a
# judgement). Not quantities: "9-8" (a date), "3 Tháng 2" (a street's name), "lần thứ I". Pillar
# null. Ids: `egov.on_time_applications_share` for the 98% (on-time settlement named first; a
# judgement), `egov.officials_digital_signature_share` for the officials' digital signatures; the
# online services "vận hành hiệu quả" and the lanes null.
# --------------------------------------------------------------------------
D09 = dict(name="09_tphcm-phutho-dai-hoi-phuong-2030", kind="target", year=2030, records=[
    R("nâng cấp «20 tuyến hẻm", "cải tạo và nâng cấp tuyến hẻm xuống cấp", ">=", 20, **CNT),
    R("chỉ tiêu «100% dịch vụ", "dịch vụ công trực tuyến được vận hành hiệu quả", ">=", 100),
    R("đạt từ «98% trở lên", "tỷ lệ giải quyết hồ sơ hành chính đúng hạn và mức độ hài lòng của người dân", ">=", 98,
      iid="egov.on_time_applications_share"),
    R("; «100% cán bộ", "cán bộ, công chức sử dụng chữ ký số và số hóa hồ sơ hành chính", ">=", 100,
      iid="egov.officials_digital_signature_share"),
])

# --------------------------------------------------------------------------
# 10 Phú Thọ (the merged province), Phú Thọ ward's First Party Congress: what the ward reached in
# the term just ended (baophutho.vn; stamp " date 2025-07-24" written as the first line; cut: the
# photo captions "Đồng chí Bùi Văn Quang - ... tặng hoa chúc mừng Đại hội" and "Đồng chí Bùi Văn
# Quang - ... phát biểu chỉ đạo tại Đại hội", the blank line between them and the one after; the
# excerpt ends in "93,64%, t"). Kind result, year 2025 ("Trong nhiệm kỳ qua"; the page writes
# "Nhiệm kỳ 2025 - 2030" for the results, the term that opens: the results are of the term just
# ended, the stamp's 2025). "kết nạp 61 đảng viên mới", "thu hút 28 dự án đầu tư" (=, counts),
# "trên 569 triệu USD" (>), "khoảng 20.000 lao động" (~), "trên 200 cơ sở sản xuất" (>), "đạt
# 5.587,9 tỷ đồng", "đạt 93,64%" (=). Not quantities: "118 đại biểu chính thức đại diện cho trên
# 1.600 đảng viên" (participants), "47 chi, đảng bộ trực thuộc" (the size of the Party organisation,
# as the earlier sets' sizes), "24/7" (a date), "lần thứ I". Pillar null. Ids null.
# --------------------------------------------------------------------------
D10 = dict(name="10_phutho-phuong-phutho-dai-hoi-2025", kind="result", year=2025, records=[
    R("kết nạp «61 đảng viên", "kết nạp đảng viên mới", "=", 61, **CNT),
    R("thu hút «28 dự án", "các khu công nghiệp trên địa bàn thu hút dự án đầu tư", "=", 28, **CNT),
    R("đăng ký trên «569 triệu USD", "tổng số vốn đăng ký", ">", 569e6, **USD),
    R("cho khoảng «20.000 lao động", "tạo việc làm cho lao động", "~", 20000, **CNT),
    R("; trên «200 cơ sở", "cơ sở sản xuất hoạt động hiệu quả", ">", 200, **CNT),
    R("xã hội đạt «5.587,9 tỷ đồng", "Tổng vốn đầu tư toàn xã hội", "=", 5587.9e9, **DONG),
    R("BHYT đạt «93,64%", "Tỷ lệ người dân tham gia BHYT", "=", 93.64),
])

# --------------------------------------------------------------------------
# 11 Hà Nội, Giảng Võ ward's First Party Congress and its targets to 2030 (tienphong.vn; stamp
# " date 2025-08-08" written as the first line; cut: the photo caption "Ông Tống Học Nghĩa được chỉ
# định giữ chức Bí thư Đảng ủy phường Giảng Võ, nhiệm kỳ 2025 - 2030. Ảnh: HNM." with the blank line
# after it; the excerpt ends in "ban thường vụ,"). Kind target, year 2030 ("Đến năm 2030").
# "vượt chỉ tiêu thành phố giao từ 8 - 10%" (a target stated as a change against the city's quota:
# a quantity for a target, contract; between), "từ 11 - 15%", "đạt 5 - 7%" (between), "duy trì tỷ
# lệ 100% chất thải rắn" (>=). Not quantities: "3 trụ cột chính" (a count of pillars of a plan),
# "chính quyền địa phương 2 cấp" (a name), "8/8" (a date), "lần thứ I". Pillar null. Ids null.
# --------------------------------------------------------------------------
D11 = dict(name="11_hanoi-giangvo-dai-hoi-phuong-2030", kind="target", year=2030, records=[
    rng("giao từ «8 - 10%", "tổng thu ngân sách nhà nước trên địa bàn hằng năm vượt chỉ tiêu thành phố giao", 8, 10),
    rng("địa bàn từ «11 - 15%", "tăng trưởng tổng giá trị sản phẩm trên địa bàn", 11, 15),
    rng("địa bàn đạt «5 - 7%", "tăng trưởng thu nhập bình quân đầu người/năm trên địa bàn", 5, 7),
    R("tỷ lệ «100% chất thải", "chất thải rắn sinh hoạt được thu gom trong ngày", ">=", 100),
])

# --------------------------------------------------------------------------
# 12 Hà Tĩnh, the close of the 20th Provincial Party Congress (vietnamplus.vn; stamp
# " date 2025-10-02" written as the first line; nothing cut). Kind target, year 2030 (the term
# 2025-2030). The lede and the body both state "tỷ lệ đảng viên kết nạp mới tối thiểu 3%/năm"
# (>=): recorded each time, as earlier sets record repeated statements; "trên 90% tổ chức đảng và
# đảng viên hoàn thành tốt nhiệm vụ" (>). Not quantities: "31 chỉ tiêu với 5 nhiệm vụ trọng tâm và
# 3 khâu đột phá" (twice: counts of targets and tasks), "3 ngày" (a duration), "2/10" (a date),
# "lần thứ XX". Pillar null. Ids null. set204's 08 is the opening of the same congress on another
# page (vneconomy.vn); no figure of this text is in it.
# --------------------------------------------------------------------------
D12 = dict(name="12_hatinh-dai-hoi-31-chi-tieu-2030", kind="target", year=2030, records=[
    R("trong đó tỷ lệ đảng viên kết nạp mới tối thiểu «3%/năm.\n", "tỷ lệ đảng viên kết nạp mới", ">=", 3),
    R("tối thiểu «3%/năm;", "tỷ lệ đảng viên kết nạp mới", ">=", 3),
    R("; trên «90% tổ chức", "tổ chức đảng và đảng viên hoàn thành tốt nhiệm vụ", ">", 90),
])

# --------------------------------------------------------------------------
# 13 Lạng Sơn, the Provincial Party Committee's outline for the quick report on the 18th Provincial
# Party Congress (sodttg.langson.gov.vn; nothing cut; no stamp, no byline; the excerpt ends in "về
# Đ"). A precision text, no record: "24/9", "26/9/2025", "25/9/2025" (dates), "14h30’", "07h30’"
# (times), "398/398 đại biểu", "39 đại biểu đương nhiên; 359 đại biểu bầu, chỉ định" (the
# congress's participants, contract), "lần thứ XVIII", "khóa XVII", "Quân khu 1" (names),
# "2025 - 2030", "2020 - 2025" (terms), the outline's labels "I.", "1.", "2.".
# --------------------------------------------------------------------------
D13 = dict(name="13_langson-thong-bao-dai-hoi-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 14 Tây Ninh, the heading and grounds of the Provincial People's Council's Resolution 24/NQ-HĐND
# adopting the scheme for breakthroughs in science, technology, innovation and digital
# transformation for 2025 - 2030 (nhansu.vn; nothing cut; no stamp, no byline; the excerpt ends in
# "Nghị quyết s"). A precision text, no record: the page's property table ("24/NQ-HĐND",
# "30/09/2025"), "KHÓA X - KỲ HỌP THỨ 3" (a session's name), the laws' numbers ("72/2025/QH15",
# "67/2006/QH11", "20/2023/QH15", "58/2024/QH15", "57/2024/QH15", "60/2024/QH15", "89/2025/QH15",
# "93/2025/QH15"), the decisions' numbers and dates ("686/QĐ-TTg ngày 13 tháng 6 năm 2023",
# "1736/QĐ-TTg ngày 29 tháng 12 năm 2023"), the plans' periods "2021 - 2030", "2050", "2025 - 2030".
# --------------------------------------------------------------------------
D14 = dict(name="14_tayninh-nq24-khcn-cds-2025-precision", kind="target", year=2030, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
