#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set337).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (goldkit.clause_span).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: a change against an earlier value);
check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null. The catalogue (muctieu/catalog/data/indicators.yaml) names
digital-transformation indicators only; none of this set's quantities (veterans' association
members, veteran-run businesses and farms, funds, houses, loans, poor households) is one of them, so
every id is null (see README, "Catalogue labels").

The theme: the veterans' association (Hội Cựu chiến binh) and war veterans, 2020-2026. No text
has a digital-transformation heading or lead-in: every pillar is null.

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

TRIEU, TY = 1e6, 1e9
unit = functools.partial(dict, unit="other")
DONG = unit(unit_text="đồng")          # money (spec's decided case), magnitude word multiplied in
DONG_M = unit(unit_text="đồng/tháng")  # income per month (as set earlier sets' "triệu đồng/tháng")
WORKDAYS = unit(unit_text="ngày công")  # as the one earlier set that met "ngày công"
HA = unit(unit_text="ha")
KM = unit(unit_text="km")
M2 = unit(unit_text="m2")
NONE = unit(unit_text=None)            # money written without "đồng" ("60 triệu")

# --------------------------------------------------------------------------
# 01 Hải Dương, Chí Linh city: the congress of the city's veterans' association, term 2022-2027
# (baohaiduong.vn; cut: the byline "12/07/2022 19:00", written as the first line `date 2022-07-12`;
# the photo caption "Bỏ phiếu bầu Ban Chấp hành ..."; the byline "TL", "(0) Bình luận" and the
# title repeated at the page's foot). Year 2022. Target: "mục tiêu phấn đấu mỗi năm giảm 0,3% số
# gia đình hội viên CCB nghèo" (a target stated as a change, >=; year 2027, the end of the term the
# congress set it for; a judgement). Results: the farms, businesses, cooperatives, clubs and
# members, each its own subject, scope null. Not quantities: "nhiệm kỳ 2022-2027", "2 ngày 11 và
# 12.7" (the congress's days), "lần thứ VII", "hàng trăm CCB" (no number).
# --------------------------------------------------------------------------
D01 = dict(name="01_haiduong-chilinh-dai-hoi-ccb-2022", kind="result", year=2022, records=[
    R("mỗi năm giảm «0,3% số", "giảm số gia đình hội viên CCB nghèo mỗi năm", ">=", 0.3, **T, year=2027),
    R("có «85 trang trại", "trang trại do CCB làm chủ", "=", 85, **CNT),
    R("«540 gia trại", "gia trại do CCB làm chủ", "=", 540, **CNT),
    R("«10 doanh nghiệp tư nhân", "doanh nghiệp tư nhân do CCB làm chủ", "=", 10, **CNT),
    R("«3 HTX do CCB", "HTX do CCB làm chủ", "=", 3, **CNT),
    R("«7 câu lạc bộ", "câu lạc bộ tập hợp CCB, cựu quân nhân chung tay phát triển kinh tế", "=", 7, **CNT),
    R("«866 hội viên", "hội viên đạt danh hiệu sản xuất, kinh doanh giỏi các cấp", "=", 866, **CNT),
    R("có «10.831 hội viên", "hội viên Hội CCB TP Chí Linh", "=", 10831, **CNT),
    R("«23 cơ sở hội", "cơ sở hội", "=", 23, **CNT),
])

# --------------------------------------------------------------------------
# 02 Tuyên Quang, Hàm Yên district: the emulation congress "Cựu chiến binh gương mẫu" 2019-2024
# (baomoi.net.vn; cut: the photo caption "Lãnh đạo huyện Hàm Yên trao tặng Giấy khen ..." twice,
# each with its blank line; no byline, no stamp; the excerpt ends in "huyện đ"). Year 2024 (the
# period's end; "Sáng 31-7" names no year; "Hiện nay"). Results. The title's "6.000 ngày công" is a
# quantity (other, "ngày công"). "100% chi hội có quỹ tự lập với tổng số tiền 4,8 tỷ đồng": two
# records. Not quantities: "136 đại biểu" (the congress's participants, spec), "2019-2024" (dates).
# "hơn 4.800 hội viên của 20 tổ chức cơ sở": the association's size, recorded (as 01's members).
# --------------------------------------------------------------------------
D02 = dict(name="02_tuyenquang-hamyen-ccb-guong-mau-2024", kind="result", year=2024, records=[
    R("góp «6.000 ngày công", "cựu chiến binh Hàm Yên góp ngày công xây dựng nông thôn mới", "=", 6000,
      **WORKDAYS),
    R("hơn «4.800 hội viên", "hội viên Hội Cựu chiến binh huyện Hàm Yên", ">", 4800, **CNT),
    R("«20 tổ chức cơ sở", "tổ chức cơ sở Hội Cựu chiến binh trên địa bàn huyện", "=", 20, **CNT),
    R("là «7 doanh nghiệp", "doanh nghiệp nhỏ và vừa do cựu chiến binh làm chủ", "=", 7, **CNT),
    R("có «3 hợp tác xã", "hợp tác xã do hội viên CCB làm chủ", "=", 3, **CNT),
    R("«2 tổ hợp tác", "tổ hợp tác do hội viên CCB làm chủ", "=", 2, **CNT),
    R("«68 trang trại", "trang trại do hội viên CCB làm chủ", "=", 68, **CNT),
    R("«317 gia trại", "gia trại do hội viên CCB làm chủ", "=", 317, **CNT),
    R("«100% chi hội", "chi hội có quỹ tự lập", "=", 100),
    R("tiền «4,8 tỷ đồng", "tổng số tiền quỹ tự lập của chi hội", "=", 4.8 * TY, **DONG),
    R("cho «775 lượt", "lượt hội viên vay vốn để phát triển kinh tế gia đình", "=", 775, **CNT),
])

# --------------------------------------------------------------------------
# 03 Quảng Nam, Nam Trà My district: the veterans' association's emulation review 2019-2024
# (namtramy.quangnam.gov.vn; cut: the photo caption "Nhiều cá nhân và tập thể được khen thưởng ...
# (2019 - 2024)" and the line holding one space before it with the blank line; no byline, no stamp;
# the excerpt ends in "làm đư"). Year 2024 (the review of "2019-2024" held "ngày 18.06"). Results.
# "09 mô hình kinh tế", then its parts "03 ... 02 ... 03 ... 02" (each its own subject, spec's
# breakdown). "200 đến 300 triệu đồng", "từ 20 đến 30 triệu đồng", "từ 100 đến 150 lao động/năm",
# "từ 5-7 triệu đồng/tháng": between. "khoảng 80% hội viên": ~. The monthly income "hằng tháng 200
# đến 300 triệu đồng" keeps unit_text "đồng" (the month is a word apart from the unit); "5-7 triệu
# đồng/tháng" is "đồng/tháng". Not quantities: "2019 – 2024", "2024 – 2029", "18.06", "5 năm qua".
# --------------------------------------------------------------------------
D03 = dict(name="03_quangnam-namtramy-ccb-thi-dua-2024", kind="result", year=2024, records=[
    R("Có «976 hội viên", "hội viên Hội CCB huyện Nam Trà My", "=", 976, **CNT),
    R("ở «12 chi Hội", "chi Hội cơ sở", "=", 12, **CNT),
    R("có «09 mô hình", "mô hình kinh tế có hiệu quả kinh tế cao", "=", 9, **CNT),
    R("có «03 mô hình nhóm", "mô hình nhóm hộ trồng sâm Ngọc Linh", "=", 3, **CNT),
    R("hằng tháng «200 đến", "thu nhập bình quân hằng tháng của mô hình nhóm hộ trồng sâm Ngọc Linh", "between",
      200 * TRIEU, value_max=300 * TRIEU, **DONG),
    R("«02 mô hình chăn", "mô hình chăn nuôi ở Trà Nam, Trà Vinh", "=", 2, **CNT),
    R("«03 mô hình trồng rừng", "mô hình trồng rừng", "=", 3, **CNT),
    R("«02 mô hình kết hợp", "mô hình kết hợp vườn, rừng, ao, chuồng ở Trà Tập, Trà Vinh", "=", 2, **CNT),
    R("từ «20 đến 30", "thu nhập bình quân hàng tháng của mô hình", "between", 20 * TRIEU,
      value_max=30 * TRIEU, **DONG),
    R("từ «100 đến 150", "lao động/năm được giải quyết", "between", 100, value_max=150, **CNT),
    R("khoảng «80% hội viên", "hội viên CCB có rừng trồng (quế) và các loại cây dược liệu", "~", 80),
    R("từ «5-7 triệu", "thu nhập bình quân của hội viên có rừng trồng, cây dược liệu", "between", 5 * TRIEU,
      value_max=7 * TRIEU, **DONG_M),
])

# --------------------------------------------------------------------------
# 04 Phú Thọ, Cẩm Khê district, Tiên Lương commune: veterans building the new countryside
# (camkhe.phutho.gov.vn; nothing cut; no byline, no stamp; the excerpt ends in "khá giàu trên").
# Year null: nothing in the text names a year. Results: one member's farm (land, pigs, chickens,
# income), then the commune association's members, branches, loans and models. "gần" ~, "trên",
# "hơn" >; "từ 100 đến trên 300 triệu đồng": between (the range's ends; a judgement).
# --------------------------------------------------------------------------
D04 = dict(name="04_phutho-camkhe-ccb-nong-thon-moi", kind="result", year=None, records=[
    R("được gần «2 ha", "ruộng đất ông Trần Quốc Quận dồn đổi, tích tụ", "~", 2, **HA),
    R("trên «100 con", "lợn mỗi lứa trong mô hình chăn nuôi", ">", 100, **CNT),
    R("hơn «500 con", "gà thả vườn", ">", 500, **CNT),
    R("nhập trên «300 triệu đồng.", "thu nhập mỗi năm của gia đình ông Quận", ">", 300 * TRIEU, **DONG),
    R("có trên «500 hội viên", "hội viên Hội Cựu chiến binh xã Tiên Lương", ">", 500, **CNT),
    R("ở «10 chi hội", "chi hội", "=", 10, **CNT),
    R("tiền gần «3 tỷ", "số tiền ủy thác với Ngân hàng Chính sách xã hội cho hội viên vay", "~", 3 * TY, **DONG),
    R("cho «48 hội viên", "hội viên vay vốn phát triển kinh tế", "=", 48, **CNT),
    R("gần «100 mô hình", "mô hình phát triển kinh tế về vườn, ao, chuồng, rừng", "~", 100, **CNT),
    R("từ «100 đến trên", "thu nhập của mô hình phát triển kinh tế", "between", 100 * TRIEU,
      value_max=300 * TRIEU, **DONG),
])

# --------------------------------------------------------------------------
# 05 Vĩnh Long, former soldiers gathered into clubs, December 2022 (baovinhlong.com.vn; cut: the
# byline "01:12, 13/12/2022", written as the first line `date 2022-12-13`; the byline "THỤY VŨ",
# the hotline "Đường dây nóng: 0987083838." and "Phóng sự ảnh" with their blank lines). Year 2022.
# The lead stands twice (the summary and the body's "(VLO)" paragraph): each sentence's numbers are
# records (as every earlier set recorded a repeated sentence). "đạt 78,8% số có mặt ở địa
# phương": a share of the former soldiers present, not completion against a quota: a record. Not
# quantities: "Công văn 1072", "6/12/2013", "năm 2023", the phone number.
# --------------------------------------------------------------------------
CLB = "CLB cựu quân nhân"
MEMB = "thành viên CLB cựu quân nhân"
SHARE = "cựu quân nhân tập hợp vào câu lạc bộ (số có mặt ở địa phương)"
D05 = dict(name="05_vinhlong-clb-cuu-quan-nhan-2022", kind="result", year=2022, records=[
    R("Đã tập hợp «78,8% cựu", SHARE, "=", 78.8),
    R("bộ\n\nTheo Hội Cựu chiến binh tỉnh, toàn tỉnh hiện có «529", CLB, "=", 529, **CNT),
    R("«11.065 thành viên, đạt 78,8% số có mặt ở địa phương.\n\n(VLO)", MEMB, "=", 11065, **CNT),
    R("đạt «78,8% số có mặt ở địa phương.\n\n(VLO)", SHARE, "=", 78.8),
    R("(VLO) Theo Hội Cựu chiến binh tỉnh, toàn tỉnh hiện có «529", CLB, "=", 529, **CNT),
    R("«11.065 thành viên, đạt 78,8% số có mặt ở địa phương.\n\nNhìn", MEMB, "=", 11065, **CNT),
    R("đạt «78,8% số có mặt ở địa phương.\n\nNhìn", SHARE, "=", 78.8),
])

# --------------------------------------------------------------------------
# 06 Lâm Đồng, veterans' contributions to the new countryside in the first months of 2022
# (baolamdong.vn; cut: the byline "04:06, 08/06/2022", written as the first line `date 2022-06-08`;
# the byline "LÂM TRANG"; the lines holding one space kept). Year 2022. Results, "hơn"/"trên" >,
# "gần" ~. The title's and the lead's "hơn 900 triệu đồng" are records, as is the body's third
# "hơn 900 triệu đồng để sửa chữa ..." (each stated where it stands). "hơn 1.600 công lao động":
# other, unit_text "công". Not quantities: "08/06/2022".
# --------------------------------------------------------------------------
GIFT = "cựu chiến binh đóng góp xây dựng nông thôn mới"
D06 = dict(name="06_lamdong-ccb-dong-gop-ntm-2022", kind="result", year=2022, records=[
    R("binh đóng góp hơn «900 triệu đồng xây", GIFT, ">", 900 * TRIEU, **DONG),
    R("đã đóng góp hơn «900 triệu đồng và", "các cấp Hội Cựu chiến binh đóng góp xây dựng nông thôn mới", ">",
      900 * TRIEU, **DONG),
    R("trên «1.000 ngày công", "ngày công lao động cán bộ, hội viên cựu chiến binh đóng góp", ">", 1000, **WORKDAYS),
    R("hơn «1.600 công", "công lao động tham gia dọn dẹp vệ sinh đường làng, ngõ xóm, nạo vét kênh mương", ">",
      1600, unit="other", unit_text="công"),
    R("hơn «48 km", "kênh mương nội đồng tu sửa và làm mới", ">", 48, **KM),
    R("gần «29 triệu", "tu sửa và làm mới kênh mương nội đồng", "~", 29 * TRIEU, **DONG),
    R("hơn «900 triệu đồng để", "đóng góp sửa chữa và xây dựng các tuyến đường liên thôn, liên tổ", ">",
      900 * TRIEU, **DONG),
])

# --------------------------------------------------------------------------
# 07 Phú Thọ, the province's veterans' association reviewing 2025 and opening 2026 (baophutho.vn;
# nothing cut: the two lines that may be photo captions carry no figure and were kept; no byline,
# no stamp; the excerpt ends in "thực hiện h"). Year 2025 (the results of "Năm 2025"; "Ngày 29/1"
# names no year). Results. Not quantities: "29/1", "năm 2025", "năm 2026", "2021-2025".
# --------------------------------------------------------------------------
D07 = dict(name="07_phutho-ccb-tong-ket-2025", kind="result", year=2025, records=[
    R("có gần «19.500", "doanh nghiệp, hợp tác xã, hộ kinh doanh do cán bộ, hội viên CCB làm chủ", "~", 19500,
      **CNT),
    R("trên «84.000 lao động", "lao động thu hút: doanh nghiệp, hợp tác xã, hộ kinh doanh do CCB làm chủ",
      ">", 84000, **CNT),
    R("từ «5-7 triệu", "thu nhập của lao động", "between", 5 * TRIEU, value_max=7 * TRIEU, **DONG_M),
    R("trên «3.800 tỷ", "tổng dư nợ vốn vay tín dụng ưu đãi từ Ngân hàng CSXH và Quỹ quốc gia về việc làm", ">",
      3800 * TY, **DONG),
    R("đạt «170 tỷ", "nguồn vốn vay giúp nhau phát triển kinh tế", "=", 170 * TY, **DONG),
    R("trên «22.000 suất", "suất quà tặng hội viên từ Quỹ “Nghĩa tình CCB”", ">", 22000, **CNT),
    R("trị giá «7,2 tỷ", "tổng trị giá quà tặng hội viên", "=", 7.2 * TY, **DONG),
])

# --------------------------------------------------------------------------
# 08 Gia Lai, the province's veterans' association's year 2023 (baogialai.com.vn; the stamp
# " date 2023-11" written as the first line `date 2023-11`; nothing cut). Year 2023. Results.
# Not quantities: "hàng trăm triệu đồng" (no number), "nhiệm kỳ 2022-2027", "vượt chỉ tiêu" (no
# number).
# --------------------------------------------------------------------------
D08 = dict(name="08_gialai-ccb-hoa-giai-2023", kind="result", year=2023, records=[
    R("sửa chữa «27 nhà", "nhà ở xây dựng và sửa chữa cho cán bộ, hội viên gặp khó khăn", "=", 27, **CNT),
    R("hòa giải «258 vụ", "vụ tranh chấp, mâu thuẫn trong cộng đồng tham gia hòa giải", "=", 258, **CNT),
    R("kiện toàn «783 tổ", "tổ tự quản về an ninh trật tự, an toàn giao thông, tổ liên gia an toàn phòng cháy "
      "chữa cháy kiện toàn", "=", 783, **CNT),
])

# --------------------------------------------------------------------------
# 09 The national veterans' association's seventh congress, term 2022-2027 (vov2.vov.vn; nothing
# cut; no byline, no stamp; the excerpt ends in "việc th"). Year 2022 (the term 2017-2022's results,
# the congress of 29-31/12/2022). Results. "hơn 3 triệu hội viên" (the membership the delegates
# stand for: >, 3e6, count). Not quantities: "3 ngày", "29 - 31/12/2022", "2022 - 2027",
# "2017-2022" (dates), "hơn 500 đại biểu" (the congress's participants, spec), "tăng 79.396 hội viên
# so với đầu nhiệm kỳ" (a change against an earlier value, spec).
# --------------------------------------------------------------------------
D09 = dict(name="09_toanquoc-dai-hoi-ccb-vii-2022", kind="result", year=2022, records=[
    R("hơn «3 triệu hội viên", "hội viên cựu chiến binh trong cả nước", ">", 3e6, **CNT),
    R("kết nạp «214.123 hội viên", "hội viên mới kết nạp nhiệm kỳ 2017-2022", "=", 214123, **CNT),
    R("hơn «61.000 hội viên", "hội viên kết nạp trung bình mỗi năm", ">", 61000, **CNT),
    R("là «3.014.710 người", "tổng số hội viên của toàn hội", "=", 3014710, **CNT),
    R("có «2.430.607 hội viên", "hội viên là CCB", "=", 2430607, **CNT),
    R("«584.103 hội viên", "hội viên là Cựu quân nhân", "=", 584103, **CNT),
])

# --------------------------------------------------------------------------
# 10 The national veterans' association's year 2023: poor and near-poor households and dilapidated
# houses among members (vov2.vov.vn; nothing cut; no byline, no stamp; the excerpt ends in "đã
# vận "). Year 2023. Results. "(chiếm gần 58,78%)": a bracket that states a value, ~. Not
# quantities: "giảm 0,28% so với năm 2022", "giảm 12.852 hộ so với năm trước" (changes against an
# earlier value, spec), "lần thứ 3", "70 năm" (names).
# --------------------------------------------------------------------------
D10 = dict(name="10_toanquoc-ccb-ho-ngheo-2023", kind="result", year=2023, records=[
    R("còn «56.640 hộ", "hộ nghèo theo tiêu chí đa chiều", "=", 56640, **CNT),
    R("tỷ lệ «1,97%", "tỷ lệ hộ nghèo theo tiêu chí đa chiều", "=", 1.97),
    R("còn «62.777 hộ", "hộ cận nghèo", "=", 62777, **CNT),
    R("tỷ lệ «2,18%", "tỷ lệ hộ cận nghèo", "=", 2.18),
    R("còn «7.466 nhà", "nhà dột nát hiện còn", "=", 7466, **CNT),
    R("được «4.129 nhà", "nhà dột nát đã xóa được", "=", 4129, **CNT),
    R("gần «58,78%", "nhà dột nát đã xóa được", "~", 58.78),
], NOT=["giảm «0,28% so"])

# --------------------------------------------------------------------------
# 11 Bắc Kạn, Bạch Thông district: veterans in the new-countryside movement (bachthong.gov.vn;
# cut: the photo caption "Hội cựu chiến binh xã Vũ Muộn tham gia ..." with its blank line and the
# byline "Thanh Tuyền" with the blank line before it; no stamp). Year null: nothing in the text
# names a year. Results. "gần 10 nghìn m2": ~, 10000, other "m2". "hàng năm có 97% gia đình hội
# viên": =, 97. "đưa 4 xã ... đạt chuẩn nông thôn mới": =, 4.
# --------------------------------------------------------------------------
D11 = dict(name="11_backan-bachthong-ccb-ntm", kind="result", year=None, records=[
    R("được trên «700 triệu", "cán bộ, hội viên ủng hộ tiền mặt", ">", 700 * TRIEU, **DONG),
    R("gần «10 nghìn m2", "hiến đất", "~", 10000, **M2),
    R("gần «5.500 ngày công", "ngày công lao động đóng góp", "~", 5500, **WORKDAYS),
    R("có «97% gia đình", "gia đình hội viên được công nhận đạt tiêu chuẩn “Gia đình văn hóa”", "=", 97),
    R("đưa «4 xã", "xã trên địa bàn huyện đạt chuẩn nông thôn mới", "=", 4, **CNT),
])

# --------------------------------------------------------------------------
# 12 Bình Định, Tây Sơn district, Tây Phú commune: handing over a "Nghĩa tình đồng đội" house to
# a member, November 2024 (tayson.binhdinh.gov.vn; cut: the photo caption "Lễ bàn giao nhà ...
# xã Tây Phú" and the byline "Xuân Thảo"; no stamp). A precision text: one record, "hỗ trợ 60 triệu
# để xây dựng ngôi nhà" (=, 60e6, other, unit_text null: no "đồng" written). Year 2024 (the date
# "22/11/2024"). Not quantities: "22/11/2024" (a date), the line "2" (a gallery counter left by
# the page, kept: no quantity).
# --------------------------------------------------------------------------
D12 = dict(name="12_binhdinh-tayson-nha-dong-doi-2024-precision", kind="result", year=2024, records=[
    R("hỗ trợ «60 triệu", "hỗ trợ xây dựng ngôi nhà cho hội viên khó khăn", "=", 60 * TRIEU, **NONE),
])

# --------------------------------------------------------------------------
# 13 Hồ Chí Minh City, the city's veterans' association reviewing 2025 and opening 2026
# (sggp.org.vn; the stamp " date 2026-01-16" written as the first line `date 2026-01-16`; nothing
# cut: the caption "Hội Cựu chiến binh TPHCM khen thưởng ..." carries no figure and was kept; the
# excerpt ends in "nền t"). A precision text: one record, "thực hiện 749 mô hình, công trình" (=,
# year 2025: "trong năm 2025"). Not quantities: "16-1", "năm 2025", "năm 2026", "2026 – 2030"
# (dates), "50 năm Ngày Giải phóng miền Nam" (a name).
# --------------------------------------------------------------------------
D13 = dict(name="13_hochiminh-ccb-tong-ket-2025-precision", kind="result", year=2025, records=[
    R("thực hiện «749 mô hình", "mô hình, công trình chào mừng 50 năm Ngày Giải phóng miền Nam", "=", 749, **CNT),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
