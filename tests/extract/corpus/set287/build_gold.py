#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set287).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: a result's completion against the plan,
"đạt 122,2% kế hoạch năm"); check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml. The catalogue names the indicators of digital-transformation
plans; it has none for blood units, donors, Red Cross members or humanitarian money and gifts, so
every record of this set has `iid` None (see README, "Catalogue labels").

The set's theme is the Red Cross, blood donation and humanitarian work in the provinces; no text
stands under a heading that names a pillar, so every record's pillar is null and no record carries
a scope (no sentence splits a value by administrative level or population group; the communes of
10 and the bag sizes of 06 are breakdowns by place and kind, written with `place` or their own
subject).

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
per = functools.partial(dict, unit="other")  # money per thing: unit_text "đồng/nhà", "đồng/suất"
TRIEU, TY = 1e6, 1e9

# --------------------------------------------------------------------------
# 01 Vĩnh Phúc, the provincial Red Cross's plan for the Humanitarian Month 2025 (Kế hoạch số
# 17/KH-CTĐ of 17/3/2025; chuthapdo.vinhphuc.gov.vn; nothing cut; no byline, no stamp; the excerpt
# ends in "hỗ tr"). Kind target, year 2025 ("Mục tiêu của Tháng Nhân đạo năm 2025"). "ít nhất 4.000
# đến 4.500 người": one `between` record (the range's low end is what "ít nhất" bounds; spec: a
# range stated once). "1 công trình nhà ở, 1 công trình vệ sinh, và 1 điểm bếp ăn": three records
# (a breakdown by kind of work, each its own subject; bare numbers in a target read >=). "giá trị
# tối thiểu 150 triệu đồng" (>=, đồng), "5 ngôi “Nhà Chữ thập đỏ”" (>=), "mức hỗ trợ tối thiểu 50
# triệu đồng/nhà" (>=, unit_text "đồng/nhà": money per thing is an amount, as the earlier sets'
# "đồng/người"). Not quantities: "Tháng 5", "(08/5)", "(19/5)", "30/4/1975 – 30/4/2025", "17/3/2025",
# "20/3", "31/5/2025" (dates), "50 năm" (an anniversary), "17/KH-CTĐ" (a document), "hai tuần".
# --------------------------------------------------------------------------
D01 = dict(name="01_vinhphuc-thang-nhan-dao-muc-tieu-2025", kind="target", year=2025, records=[
    R("ít nhất «4.000 đến 4.500 người", "người có hoàn cảnh khó khăn được vận động và hỗ trợ trong Tháng Nhân đạo",
      "between", 4000, value_max=4500, **CNT),
    R("sửa chữa «1 công trình nhà ở", "công trình nhà ở xây mới và sửa chữa", ">=", 1, **CNT),
    R("nhà ở, «1 công trình vệ sinh", "công trình vệ sinh xây mới và sửa chữa", ">=", 1, **CNT),
    R("và «1 điểm bếp ăn", "điểm bếp ăn cho các trường mầm non, tiểu học khó khăn", ">=", 1, **CNT),
    R("tối thiểu «150 triệu đồng;", "giá trị công trình nhà ở, công trình vệ sinh, điểm bếp ăn", ">=", 150 * TRIEU,
      **DONG),
    R("xây dựng «5 ngôi", "ngôi “Nhà Chữ thập đỏ” xây dựng cho người khuyết tật, người nghèo, nạn nhân chất độc da cam",
      ">=", 5, **CNT),
    R("tối thiểu «50 triệu đồng/nhà", "mức hỗ trợ xây dựng “Nhà Chữ thập đỏ”", ">=", 50 * TRIEU,
      **per(unit_text="đồng/nhà")),
])

# --------------------------------------------------------------------------
# 02 Cà Mau, the provincial Red Cross's plan for the Humanitarian Month 2022 (suckhoecongdongonline.vn,
# from camau.gov; cut: the byline date "03/04/2022 10:57" (written as the first line
# `date 2022-04-03`), the two photo captions "Ảnh minh họa" with their blank lines, the credit "Theo
# Camau.gov", the widgets "comment Bình luận" and "largeer"). Kind target, year 2022. "vận động
# nguồn lực đạt 4 tỷ đồng trở lên" (>=, "trở lên"), "trợ giúp trên 1.000 địa chỉ nhân đạo" (>),
# "mỗi huyện, thành Hội tổ chức được ít nhất 01 công trình, phần việc nhân đạo" (>=, 1 per district
# association: the level is part of the subject, scope null), "100% Hội Chữ thập đỏ cấp huyện, xã
# có bài tuyên truyền" (one value for both levels, scope null, spec). Not quantities: "2 tuần cao
# điểm" (a duration), "5/2022", "08/5", "19/5/2022" (dates), "COVID-19" (a name).
# --------------------------------------------------------------------------
D02 = dict(name="02_camau-thang-nhan-dao-ke-hoach-2022", kind="target", year=2022, records=[
    R("đạt «4 tỷ đồng trở lên", "nguồn lực toàn Hội vận động trong Tháng Nhân đạo", ">=", 4 * TY, **DONG),
    R("trên «1.000 địa chỉ", "địa chỉ nhân đạo được trợ giúp", ">", 1000, **CNT),
    R("ít nhất «01 công trình", "công trình, phần việc nhân đạo mỗi huyện, thành Hội tổ chức được", ">=", 1, **CNT),
    R("«100% Hội Chữ thập đỏ cấp huyện", "Hội Chữ thập đỏ cấp huyện, xã có bài tuyên truyền về Tháng Nhân đạo và "
      "hoạt động Chữ thập đỏ trên hệ thống truyền thanh", ">=", 100),
])

# --------------------------------------------------------------------------
# 03 Thanh Hóa's television, the national "Hành trình Đỏ" 2024 and its Thanh Hóa leg
# (truyenhinhthanhhoa.vn; cut: the hotline "Đường dây nóng: 0237 3721150", the byline "Thuỳ Dung"
# and its date "10/07/2024 08:52" (written as the first line `date 2024-07-10`), the credit "Nguồn:
# Bản tin THNM/TTV", the widgets "Ý kiến bạn đọc", "Xem thêm bình luận" and the two links to
# another article "Thanh Hóa: 100% tàu cá ..." (navigation)). Year 2024. Targets: the title's
# "phấn đấu tiếp nhận 120.000 đơn vị máu", the lead's "đặt mục tiêu tiếp nhận tối thiểu 120.000",
# the image caption's restated title (a caption with a figure, kept, a record where it stands, as
# the earlier sets record a value each time a title or caption restates it), "dự kiến tiếp nhận
# 120.000" (a planned figure, bare: >=), and Thanh Hóa's "đặt mục tiêu vận động 1.900 người" (>=).
# Result: "đến nay ... tiếp nhận được trên 800.000 đơn vị máu" (>, the programme's cumulative
# total, year 2024 the document's). Not quantities: "hơn 10 năm" (a duration), "lần thứ 12" (an
# ordinal), "Ảnh 1" (the caption's label), "tại 51 tỉnh, thành phố" (the places the event is held
# in, the spec's participants of an event), "1/6", "28/7", "6/7", "19/7" (dates).
# --------------------------------------------------------------------------
D03 = dict(name="03_thanhhoa-hanh-trinh-do-2024", kind="target", year=2024, records=[
    R("năm 2024 phấn đấu tiếp nhận «120.000 đơn vị máu\n", "đơn vị máu chương trình \"Hành trình Đỏ\" tiếp nhận",
      ">=", 120000, **CNT),
    R("trên «800.000 đơn vị", "đơn vị máu chương trình \"Hành trình Đỏ\" đã tiếp nhận", ">", 800000, **CNT,
      kind="result"),
    R("tối thiểu «120.000", "đơn vị máu chương trình \"Hành trình đỏ\" tiếp nhận", ">=", 120000, **CNT),
    R("tiếp nhận «120.000 đơn vị máu- Ảnh", "đơn vị máu \"Hành trình Đỏ\" tiếp nhận", ">=", 120000, **CNT),
    R("dự kiến tiếp nhận «120.000", "đơn vị máu Hành trình Đỏ lần thứ 12 dự kiến tiếp nhận", ">=", 120000, **CNT),
    R("vận động «1.900 người", "người tình nguyện hiến máu tại tỉnh Thanh Hóa được vận động", ">=", 1900, **CNT),
])

# --------------------------------------------------------------------------
# 04 Gia Lai, the provincial Red Cross's "Tết Nhân ái" in Vân Canh commune, January 2026
# (vietnamplus.vn; the stamp " date 2026-01-25" written as the first line; nothing cut; the excerpt
# ends in "(mỗi"). Year 2026. Results (=) of the day in Vân Canh (place "Vân Canh": the commune the
# gifts went to): "75 suất quà Tết có tổng trị giá 45 triệu đồng (600 ngàn đồng/suất)" (three
# records: the count, the total, the value per gift in its bracket, unit_text "đồng/suất"). Targets
# of the province's Red Cross: "phấn đấu trao tặng khoảng 60.750 phần quà Tết có tổng trị giá
# khoảng 30,3 tỷ đồng" (two, ~). Not quantities: "25/1" (a date), "cơn bão số 13" (a name).
# --------------------------------------------------------------------------
D04 = dict(name="04_gialai-tet-nhan-ai-2026", kind="result", year=2026, records=[
    R("trao tặng «75 suất", "suất quà Tết Hội Chữ thập đỏ tỉnh trao tặng", "=", 75, **CNT, place="Vân Canh"),
    R("trị giá «45 triệu", "tổng trị giá suất quà Tết trao tặng", "=", 45 * TRIEU, **DONG, place="Vân Canh"),
    R("(«600 ngàn đồng/suất)", "trị giá mỗi suất quà Tết", "=", 600000, **per(unit_text="đồng/suất"),
      place="Vân Canh"),
    R("khoảng «60.750 phần quà", "phần quà Tết các cấp Hội Chữ thập đỏ tỉnh trao tặng", "~", 60750, **CNT, **T),
    R("khoảng «30,3 tỷ", "tổng trị giá phần quà Tết các cấp Hội Chữ thập đỏ tỉnh trao tặng", "~", 30.3 * TY, **DONG,
      **T),
])

# --------------------------------------------------------------------------
# 05 Kiên Giang, Giang Thành district's third blood drive of 2024 (lite.baomoi.com; nothing cut; no
# byline, no stamp). Year 2024 ("đợt III năm 2024", "Theo kế hoạch năm 2024"). Results: the title's
# and the body's "tiếp nhận 172 đơn vị máu" (two records, a title restating a value), "hiện thu
# được 688 đơn vị máu" (=). Targets: "Theo kế hoạch năm 2024, huyện Giang Thành tổ chức 3 đợt hiến
# máu với số lượng 563 đơn vị theo chỉ tiêu tỉnh giao" (>=, two: the drives to hold, as the earlier
# sets' planned courses and campaigns, and the units). NOT: "đạt 122,2% kế hoạch năm" (completion
# against the plan). Not quantities: "vượt 22 đơn vị so chỉ tiêu đợt III đề ra" (a result's change
# against its target, spec), "10-10" (a date), "đợt III" (an ordinal).
# --------------------------------------------------------------------------
D05 = dict(name="05_kiengiang-giangthanh-hien-mau-2024", kind="result", year=2024, records=[
    R("Giang Thành tiếp nhận «172 đơn vị máu\n", "đơn vị máu Giang Thành tiếp nhận", "=", 172, **CNT),
    R("đã tiếp nhận «172 đơn vị", "đơn vị máu Ban Chỉ đạo đã tiếp nhận đợt III", "=", 172, **CNT),
    R("tổ chức «3 đợt", "đợt hiến máu huyện Giang Thành tổ chức", ">=", 3, **CNT, **T),
    R("số lượng «563 đơn vị", "đơn vị máu theo chỉ tiêu tỉnh giao", ">=", 563, **CNT, **T),
    R("thu được «688 đơn vị", "đơn vị máu thu được", "=", 688, **CNT),
], NOT=["đạt «122,2% kế hoạch"])

# --------------------------------------------------------------------------
# 06 Bình Định, Vĩnh Thạnh district's first blood drive of 2025 (baobinhdinh.vn; cut: the photo
# caption "Cán bộ huyện Vĩnh Thạnh tham gia hiến máu tình nguyện. Ảnh NGỌC HUY" and the byline
# "NGỌC HUY"; no stamp). Year 2025. Results: "thu được 220 đơn vị máu (trong đó có 72 đơn vị máu
# 350ml)" (two, the bracket states a value, spec). Targets: "UBND tỉnh giao chỉ tiêu huyện Vĩnh
# Thạnh 600 đơn vị máu, tổ chức 3 đợt hiến máu tình nguyện" (>=, two). Not quantities: "đợt 1" (an
# ordinal), "16.2" (a date), "350ml" (the size of a bag, a kind of unit, as a size), "năm 2025".
# --------------------------------------------------------------------------
D06 = dict(name="06_binhdinh-vinhthanh-hien-mau-2025", kind="result", year=2025, records=[
    R("thu được «220 đơn vị", "đơn vị máu ngày hội thu được", "=", 220, **CNT),
    R("có «72 đơn vị máu 350ml", "đơn vị máu 350ml", "=", 72, **CNT),
    R("Vĩnh Thạnh «600 đơn vị", "đơn vị máu UBND tỉnh giao chỉ tiêu huyện Vĩnh Thạnh", ">=", 600, **CNT, **T),
    R("tổ chức «3 đợt", "đợt hiến máu tình nguyện huyện Vĩnh Thạnh tổ chức", ">=", 3, **CNT, **T),
])

# --------------------------------------------------------------------------
# 07 Hồ Chí Minh City, the city's directive on voluntary blood donation in 2020 (plo.vn; the stamp
# " date 2020-04" written as the first line; nothing cut). Targets for 2020 ("yêu cầu ... đạt"):
# "trên 280.000 lượt người hiến máu" (>), "trên 60% túi máu loại 350-450 ml" (>), "chất lượng máu
# sạch, tốt đạt trên 96%" (>). NOT: "năm 2019, số lượng máu tiếp nhận chỉ đạt trên 92% so với chỉ
# tiêu TP giao" (completion against the city's quota). Not quantities: "27-3" (a date), "350-450
# ml" (the bags' size, part of the subject).
# --------------------------------------------------------------------------
D07 = dict(name="07_tphcm-chi-thi-hien-mau-2020", kind="target", year=2020, records=[
    R("đạt trên «280.000 lượt", "lượt người hiến máu tình nguyện", ">", 280000, **CNT),
    R("trên «60% túi máu", "túi máu loại 350-450 ml", ">", 60),
    R("đạt trên «96%", "chất lượng máu sạch, tốt", ">", 96),
], NOT=["đạt trên «92% so"])

# --------------------------------------------------------------------------
# 08 Hà Nội, the city Red Cross's results of 2022 (baodansinh.vn; cut: the links "Quay lại Dân trí"
# and "Dân Sinh" with the blank line after them, and the image name "4-b5975003a" with its blank
# line; no byline, no stamp; the address's "20221222" is not in the text). Year 2022 ("từ đầu năm
# 2022 đến nay"). Results: the title's "Hơn 200 tỷ đồng" and the body's "ước hơn 200 tỷ đồng" (two,
# >: "ước" reads as a result, the comparator "hơn" decides the op, as the earlier sets' "ước đạt
# hơn 70.000 tỷ"), "hơn 58 tỷ đồng", "hơn 130.000 suất quà", "gần 300.000 đơn vị máu" (~), "quy đổi
# đạt gần 50 tỷ đồng" (~, the blood's converted value), "hơn 10 tỷ đồng"; the organisation: "114
# hội cơ sở, hơn 7.000 chi hội và hơn 800 đội tình nguyện viên" (three, each its own subject),
# "gần 780.000 người, bằng gần 10% dân số" (~, count then %). Not quantities: "Nhâm Dần" (no digit).
# --------------------------------------------------------------------------
D08 = dict(name="08_hanoi-chu-thap-do-tong-tri-gia-2022", kind="result", year=2022, records=[
    R("Hơn «200 tỷ đồng thực hiện", "tổng trị giá hoạt động nhân đạo Chữ thập đỏ Hà Nội", ">", 200 * TY, **DONG),
    R("ước hơn «200 tỷ", "tổng trị giá công tác hội và phong trào Chữ thập đỏ do các cấp hội triển khai", ">",
      200 * TY, **DONG),
    R("hơn «58 tỷ", "trị giá phong trào “Tết vì người nghèo và nạn nhân chất độc da cam”", ">", 58 * TY, **DONG),
    R("hơn «130.000 suất", "suất quà hỗ trợ cho người nghèo, nạn nhân chất độc da cam", ">", 130000, **CNT),
    R("gần «300.000 đơn vị", "đơn vị máu phong trào hiến máu tình nguyện thu về", "~", 300000, **CNT),
    R("gần «50 tỷ", "giá trị quy đổi đơn vị máu thu về", "~", 50 * TY, **DONG),
    R("hơn «10 tỷ", "trị giá hoạt động hỗ trợ chăm sóc sức khỏe nhân dân, phòng, chống dịch bệnh", ">", 10 * TY,
      **DONG),
    R("và «114 hội cơ sở", "hội cơ sở", "=", 114, **CNT),
    R("hơn «7.000 chi hội", "chi hội", ">", 7000, **CNT),
    R("hơn «800 đội", "đội tình nguyện viên", ">", 800, **CNT),
    R("gần «780.000 người", "tổng số hội viên, tình nguyện viên, thanh thiếu niên Chữ thập đỏ", "~", 780000, **CNT),
    R("gần «10% dân số", "tổng số hội viên, tình nguyện viên, thanh thiếu niên Chữ thập đỏ bằng dân số ở Thủ đô", "~", 10),
])

# --------------------------------------------------------------------------
# 09 Ninh Thuận, the provincial Red Cross's gifts and blood units "từ đầu năm đến nay"
# (baoninhthuan.com.vn; nothing cut; no byline, no stamp, and no year anywhere in the text or its
# address: year null, spec). Results (=): the title's and the body's "18.796 suất quà" (two), "cho
# 17.269 hộ gia đình nghèo, 1.527 hộ gia đình nạn nhân chất độc da cam" (two, each its own subject:
# the beneficiaries the gifts went to, a breakdown by kind of household, not by level), "tổng trị
# giá trên 4,5 tỷ đồng" (>), "2.176 người tham gia hiến máu", "1.769 đơn vị máu", "Tổng giá trị huy
# động ... đạt gần 8,2 tỷ đồng" (~). NOT: "đạt 50,5% kế hoạch năm" (completion against the plan).
# Not quantities: "(NTO)" (no digit).
# --------------------------------------------------------------------------
D09 = dict(name="09_ninhthuan-chu-thap-do-qua-hien-mau", kind="result", year=None, records=[
    R("tặng «18.796 suất quà cho gia đình", "suất quà thăm, tặng cho gia đình nghèo và nạn nhân chất độc da cam", "=",
      18796, **CNT),
    R("và tặng «18.796 suất", "suất quà Hội Chữ thập đỏ tỉnh đã thăm và tặng", "=", 18796, **CNT),
    R("cho «17.269 hộ", "hộ gia đình nghèo được tặng quà", "=", 17269, **CNT),
    R("«1.527 hộ", "hộ gia đình nạn nhân chất độc da cam được tặng quà", "=", 1527, **CNT),
    R("trên «4,5 tỷ", "tổng trị giá suất quà", ">", 4.5 * TY, **DONG),
    R("được «2.176 người", "người tham gia hiến máu tình nguyện", "=", 2176, **CNT),
    R("nhận «1.769 đơn vị", "đơn vị máu thu nhận", "=", 1769, **CNT),
    R("gần «8,2 tỷ", "tổng giá trị huy động cho công tác xã hội nhân đạo", "~", 8.2 * TY, **DONG),
], NOT=["đạt «50,5% kế hoạch"])

# --------------------------------------------------------------------------
# 10 Phú Thọ, the provincial Red Cross's gifts to households hit by storm No. 10, November 2025
# (baophutho.vn; the stamp " date 2025-11-25" written as the first line; cut: the template
# placeholder "{title}" that followed the stamp on its line, the two photo captions "Lãnh đạo Hội
# Chữ thập đỏ tỉnh trao quà hỗ trợ người dân tại xã ..." and the byline "Linh Nguyễn"). Year 2025.
# Results (=): "70 suất quà ... gồm xã Xuân Đài 20 suất, xã Thu Cúc 20 suất và Lai Đồng 30 suất"
# (four: the total and one per commune, each with its `place`, scope null: communes named one by
# one are places, not a split by level), "Mỗi suất quà trị giá 1 triệu đồng" (unit_text "đồng",
# as written), "tổng trị giá 70 triệu đồng". Not quantities: "25/11" (a date), "cơn bão số 10" (a
# name, twice).
# --------------------------------------------------------------------------
D10 = dict(name="10_phutho-qua-bao-so-10-2025", kind="result", year=2025, records=[
    R("trao tặng «70 suất", "suất quà trao tặng cho các hộ bị ảnh hưởng nặng bởi cơn bão số 10", "=", 70, **CNT),
    R("Xuân Đài «20 suất", "suất quà trao tặng xã Xuân Đài", "=", 20, **CNT, place="Xuân Đài"),
    R("Thu Cúc «20 suất", "suất quà trao tặng xã Thu Cúc", "=", 20, **CNT, place="Thu Cúc"),
    R("Lai Đồng «30 suất", "suất quà trao tặng Lai Đồng", "=", 30, **CNT, place="Lai Đồng"),
    R("trị giá «1 triệu", "trị giá mỗi suất quà tiền mặt", "=", 1 * TRIEU, **DONG),
    R("trị giá «70 triệu", "tổng trị giá suất quà", "=", 70 * TRIEU, **DONG),
])

# --------------------------------------------------------------------------
# 11 Thanh Hóa, the provincial blood-donation steering committee's call to the province's bodies,
# February 2026 (baothanhhoa.vn; the stamp " date 2026-02-01" written as the first line; nothing
# cut; the excerpt ends in "Đại h"). A precision text, no record: "11/KH-BCĐVĐHMTN" (a document),
# "15/01/2026" (a date), "2026" and the stamp. No target or result is stated.
# --------------------------------------------------------------------------
D11 = dict(name="11_thanhhoa-bcd-hien-mau-2026-precision", kind="result", year=2026, records=[])

# --------------------------------------------------------------------------
# 12 Bà Rịa - Vũng Tàu, the provincial Red Cross's blood units collected since the New Year, February
# 2022 (baobariavungtau.com.vn; the stamp " date 2022-02" written as the first line; nothing cut). A
# precision text, one record: "Tính từ ngày 5/1 đến 14/2, Hội CTĐ tỉnh đã vận động tiếp nhận được
# 3.032 đơn vị máu" (=, year 2022 from the stamp). Not quantities: "5/1", "14/2" (dates),
# "COVID-19" (a name); "đạt và vượt chỉ tiêu" names no number.
# --------------------------------------------------------------------------
D12 = dict(name="12_bariavungtau-tiep-nhan-mau-2022-precision", kind="result", year=2022, records=[
    R("được «3.032 đơn vị", "đơn vị máu Hội CTĐ tỉnh đã vận động tiếp nhận được", "=", 3032, **CNT),
])

# --------------------------------------------------------------------------
# 13 A province's Red Cross (the excerpt does not name the province) reviewing 2023 and launching
# "Tết Nhân ái" Giáp Thìn 2024 (baomoi.net.vn; nothing cut; no byline, no stamp; the excerpt ends in
# "ý ngh"). Results of "Năm 2023" (year 2023; the cumulative "lũy kế đến nay" figures also 2023,
# the year the review reports on): "trên 60 nghìn lượt" (>, 60000), "trên 15 nghìn người đăng ký
# hiến máu" (>), "tiếp nhận 12.300 đơn vị máu", "160 người đăng ký hiến mô, tạng", "1 người hiến
# giác mạc", "15.260 người đã đăng ký", "3 người hiến tạng", "437 người hiến giác mạc", "sơ cứu cho
# 45 người" (=), "trên 1.400 người" (>). Target: the title's "Phấn đấu vận động ủng hộ, trao tặng 8
# nghìn suất quà 'Tết Nhân ái' Xuân Giáp Thìn" (>=, 8000, year 2024: the Tết of 2024, "Xuân Giáp
# Thìn 2024"). NOT: "đạt 137% kế hoạch" (completion against the plan). Not quantities: "15/1" (a
# date), "có 2 tập thể được nhận Cờ thi đua" (the recipients of an award, as the earlier sets'
# "tặng Bằng khen 10 tập thể").
# --------------------------------------------------------------------------
D13 = dict(name="13_tinh-chu-thap-do-tong-ket-2023", kind="result", year=2023, records=[
    R("trao tặng «8 nghìn suất", "suất quà 'Tết Nhân ái' Xuân Giáp Thìn vận động ủng hộ, trao tặng", ">=", 8000,
      **CNT, **T, year=2024),
    R("trên «60 nghìn lượt", "lượt đối tượng có hoàn cảnh đặc biệt khó khăn được trợ giúp", ">", 60000, **CNT),
    R("trên «15 nghìn người", "người đăng ký hiến máu tình nguyện", ">", 15000, **CNT),
    R("tiếp nhận «12.300 đơn vị", "đơn vị máu các bệnh viện đã tiếp nhận", "=", 12300, **CNT),
    R("có «160 người", "người đăng ký hiến mô, tạng", "=", 160, **CNT),
    R("tạng; «1 người", "người hiến giác mạc trong năm", "=", 1, **CNT),
    R("có «15.260 người", "người đã đăng ký hiến mô, tạng lũy kế toàn tỉnh", "=", 15260, **CNT),
    R("có «3 người", "người hiến tạng", "=", 3, **CNT),
    R("và «437 người", "người hiến giác mạc", "=", 437, **CNT),
    R("cho «45 người", "người được các điểm sơ cấp cứu chữ thập đỏ sơ cứu", "=", 45, **CNT),
    R("trên «1.400 người", "người thuộc đối tượng chính sách được khám bệnh, tư vấn sức khỏe và cấp thuốc miễn phí",
      ">", 1400, **CNT),
], NOT=["đạt «137% kế hoạch"])

# --------------------------------------------------------------------------
# 14 Đắk Lắk's Red Cross site, the national Red Cross's plan for the Humanitarian Month 2025 (Kế
# hoạch số 60/KH-TƯHCTĐ; hoichuthapdodaklak.org.vn; cut: the byline "Cập nhật lúc: 10:17 08/04/2025"
# (written as the first line `date 2025-04-08`) with the blank line after it; the line of one space
# kept; the excerpt ends in "tỉnh/t"). Kind target, year 2025. Under "CHỈ TIÊU" / "Chỉ tiêu về
# Truyền thông" (communication: no pillar, null): "thu hút 200.000 người tham gia", "chinh phục tổng
# quãng đường 5 triệu km" (other, unit_text "km", 5e6), "vận động nguồn lực quy đổi đạt 5 tỷ đồng"
# (bare or "đạt" in a target: >=), "Mỗi tỉnh, thành Hội có ít nhất 01 phóng sự" (>=). Not
# quantities: "(tương đương 1.000 đồng/km)" (the rate by which distance converts into money, a
# term of the campaign, as the earlier sets' tariffs), "50 năm", "135 năm" (anniversaries),
# "30/4/1975 - 30/4/2025", "19/5/1890- 9/5/2025", "06/02/2025", "01/3/2025 - 31/5/2025", "08/5",
# "19/5/2025" (dates), "60/KH-TƯHCTĐ" (a document), "2 tuần cao điểm" (a duration).
# --------------------------------------------------------------------------
D14 = dict(name="14_daklak-thang-nhan-dao-chi-tieu-2025", kind="target", year=2025, records=[
    R("thu hút «200.000 người", "người tham gia đi bộ và chạy bộ trên nền tảng thể thao trực tuyến", ">=", 200000,
      **CNT),
    R("quãng đường «5 triệu km", "tổng quãng đường chinh phục", ">=", 5e6, unit="other", unit_text="km"),
    R("đạt «5 tỷ đồng", "nguồn lực quy đổi vận động để triển khai các hoạt động trợ giúp nhân đạo", ">=", 5 * TY,
      **DONG),
    R("ít nhất «01 phóng sự", "phóng sự tổng hợp, tin bài về hoạt động Tháng Nhân đạo mỗi tỉnh, thành Hội có", ">=",
      1, **CNT),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
