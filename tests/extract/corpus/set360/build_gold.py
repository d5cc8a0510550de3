#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set360).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: a result's change against an earlier
value, completion against a plan or a project's target); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: the catalogue names no livestock, dairy or breeding indicator,
so every record of this set has `iid=None` (see README, "Catalogue labels").

The theme is livestock: herd sizes (heads of cattle, buffalo, pigs, poultry: unit count, as the
earlier sets' herds), milk, meat and egg output (unit other, "tấn", "quả"), breeding-stock support
to poor households (counts of cows and households, money in "đồng"), and plans with targets.
No text stands under a digital-transformation heading: every pillar is null.

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

TRIEU, NGAN, TY = 1e6, 1e3, 1e9
amount = functools.partial(dict, unit="other")  # amount(unit_text=...): a quantity in its own unit
TAN = amount(unit_text="tấn")
TAN_NAM = amount(unit_text="tấn/năm")
HA = amount(unit_text="ha")
DONG = amount(unit_text="đồng")
QUA = amount(unit_text="quả")

# --------------------------------------------------------------------------
# 01 Sóc Trăng, the province's cattle project (beef and dairy cattle) with its 2030 targets and the
# herd reached since 2021 (baotintuc.vn; nothing cut; no byline, no stamp: the address's
# "20240823" is not in the text). Targets "Mục tiêu của dự án đến năm 2030, đàn bò thịt đạt 77.000
# con và bò sữa đạt 11.000 con" (two records, >=, year 2030). Results: year null (the text names no
# year for them: "Từ năm 2021 đến nay" is the period since the project began, "đến nay" undated),
# kind result: "diện tích trồng cỏ ... đạt hơn 2.800 ha" (>, other "ha"), "khoảng 13.500 lao động"
# (~), "đàn bò thịt ... đạt 48.885 con", "đàn bò sữa được 6.780 con" (=), "quy mô đàn bò nuôi tại
# hộ từ 4-5 con bò/hộ" (between, other "con bò/hộ"), "sản lượng sữa tươi đạt 13.537 tấn/năm" (=,
# other "tấn/năm"). NOT: "đạt trên 63% mục tiêu dự án", "đạt 61% so với mục tiêu" (completion
# against the project's target). Not quantities: "năm 2030", "năm 2021" (dates).
# --------------------------------------------------------------------------
D01 = dict(name="01_soctrang-du-an-bo-thit-bo-sua-muc-tieu-2030", kind="result", year=None, records=[
    R("đạt hơn «2.800 ha", "diện tích trồng cỏ làm thức ăn cho bò", ">", 2800, **HA),
    R("khoảng «13.500 lao động", "lao động tham gia nuôi bò", "~", 13500, **CNT),
    R("bò thịt đạt «77.000 con", "đàn bò thịt", ">=", 77000, **CNT, **T, year=2030),
    R("bò sữa đạt «11.000 con", "đàn bò sữa", ">=", 11000, **CNT, **T, year=2030),
    R("tỉnh đạt «48.885 con", "đàn bò thịt của tỉnh", "=", 48885, **CNT),
    R("tại hộ từ «4-5 con", "quy mô đàn bò nuôi tại hộ", "between", 4, value_max=5, **amount(unit_text="con bò/hộ")),
    R("được «6.780 con", "đàn bò sữa", "=", 6780, **CNT),
    R("tươi đạt «13.537 tấn", "sản lượng sữa tươi", "=", 13537, **TAN_NAM),
], NOT=["trên «63% mục tiêu", "đạt «61% so"])

# --------------------------------------------------------------------------
# 02 Thừa Thiên Huế (Huế city), the livestock and veterinary sub-department's review of 2025 and
# its direction for 2026 (huengaynay.vn; cut: the photo caption "Công tác kiểm soát thịt sạch được
# Chi cục Chăn nuôi và Thú y tăng cường trong năm 2025" with the blank line after it; no byline, no
# stamp; the excerpt ends in "Hộ"). Year 2025 (the review's "năm 2025"). The title's target
# "Phấn đấu tăng giá trị sản xuất chăn nuôi năm 2026 từ 3 - 4%" (between 3-4, year 2026: a target
# stated as a change is a quantity, spec; the title's number recorded like the body's, as set69
# and later sets record titles). Results of 2025: "kiểm dịch tận gốc 1.919 trường hợp" (=), the
# vaccination rates "đàn gia súc bình quân đạt trên 90,4% diện tiêm" and "đàn gia cầm bình quân đạt
# trên 85%" (>), the herds "tổng đàn lợn đạt khoảng 160.000 con" (~), "đàn trâu 15.300 con", "đàn
# bò 31.900 con", "đàn dê 10.200 con" (=), "đàn gia cầm hơn 5,2 triệu con" (>), "thịt hơi các
# loại đạt hơn 36.500 tấn" (>, other "tấn"), "sản lượng trứng đạt 58 triệu quả" (=, other "quả").
# NOT: the rises against 2024 "tăng 1,4%" (twice), "tăng 4,9%", "tăng 3,9%", "tăng 1,7%", "tăng
# 2,3%". Not quantities: "26/12" (a date), "năm 2025", "năm 2026".
# --------------------------------------------------------------------------
D02 = dict(name="02_hue-chan-nuoi-thu-y-2025-phuong-huong-2026", kind="result", year=2025, records=[
    R("năm 2026 từ «3 - 4%", "giá trị sản xuất chăn nuôi tăng", "between", 3, value_max=4, **T, year=2026),
    R("tận gốc «1.919 trường hợp", "trường hợp kiểm dịch tận gốc", "=", 1919, **CNT),
    R("đạt trên «90,4% diện", "tỷ lệ tiêm phòng các loại vắc - xin cho đàn gia súc bình quân", ">", 90.4),
    R("đạt trên «85%", "tỷ lệ tiêm phòng cho đàn gia cầm bình quân", ">", 85),
    R("khoảng «160.000 con", "tổng đàn lợn", "~", 160000, **CNT),
    R("trâu «15.300 con", "đàn trâu", "=", 15300, **CNT),
    R("bò «31.900 con", "đàn bò", "=", 31900, **CNT),
    R("dê «10.200 con", "đàn dê", "=", 10200, **CNT),
    R("hơn «5,2 triệu con", "đàn gia cầm", ">", 5.2 * TRIEU, **CNT),
    R("đạt hơn «36.500 tấn", "sản lượng thịt hơi các loại", ">", 36500, **TAN),
    R("đạt «58 triệu quả", "sản lượng trứng", "=", 58 * TRIEU, **QUA),
], NOT=["tiêm, tăng «1,4%", "tăng «4,9%", "con, tăng «1,4%", "tăng «3,9%", "tăng «1,7%", "tăng «2,3%"])

# --------------------------------------------------------------------------
# 03 Gia Lai, farms applying technical advances and the province's herds and meat output in 2023
# (baogialai.com.vn; nothing cut; the stamp " date 2023-12" written as the first line). Year 2023.
# Results: "632 trang trại chăn nuôi gồm: 152 trại bò, 351 trại heo, 129 trại gia cầm" (four
# counts, each its own subject; a breakdown by kind, scope null, spec), "452.500 con bò", "783.000
# con heo", "14.308 con trâu" (=, the number before its noun), "sản lượng thịt trâu, bò hơi đạt
# 52.800 tấn", "thịt heo hơi đạt 92.100 tấn" (=: "Ước ... đạt" is a result, spec). NOT: the five
# rises against 2022 in brackets. Not quantities: "năm 2022" (five times), "Năm 2023" (dates).
# --------------------------------------------------------------------------
D03 = dict(name="03_gialai-trang-trai-dan-bo-heo-2023", kind="result", year=2023, records=[
    R("đó, «632 trang trại", "trang trại chăn nuôi được ứng dụng các công nghệ mới, tiên tiến", "=", 632, **CNT),
    R("gồm: «152 trại bò", "trại bò được ứng dụng các công nghệ mới", "=", 152, **CNT),
    R("«351 trại heo", "trại heo được ứng dụng các công nghệ mới", "=", 351, **CNT),
    R("«129 trại gia cầm", "trại gia cầm được ứng dụng các công nghệ mới", "=", 129, **CNT),
    R("có «452.500 con bò", "con bò toàn tỉnh", "=", 452500, **CNT),
    R("«783.000 con heo", "con heo toàn tỉnh", "=", 783000, **CNT),
    R("«14.308 con trâu", "con trâu toàn tỉnh", "=", 14308, **CNT),
    R("hơi đạt «52.800 tấn", "sản lượng thịt trâu, bò hơi", "=", 52800, **TAN),
    R("hơi đạt «92.100 tấn", "sản lượng thịt heo hơi", "=", 92100, **TAN),
], NOT=["tăng «11,39%", "tăng «24,42%", "tăng «3,8%", "tăng «8,32%", "tăng «38,72%"])

# --------------------------------------------------------------------------
# 04 National: the Department of Livestock Production's targets for 2024 (vietnamplus.vn; cut: the
# photo caption "Chăm sóc đàn lợn theo mô hình VAC. (Ảnh: Thanh Thương/TTXVN)" with the blank line
# after it; no byline, no stamp; the excerpt ends in "phát"). Kind target, year 2024 ("Năm 2024,
# ngành chăn nuôi đặt mục tiêu ..."). "giá trị sản xuất tăng khoảng 4-5% so với năm nay" (between:
# one range; a target stated as a change is a quantity, spec), "tỷ trọng chăn nuôi ... ước đạt
# 28-30% (đối với ngành hẹp đạt mức từ 33-34%)" (two between records; "ngành hẹp" is a narrower
# definition of the sector, not an administrative level or population group: scope null, the
# definition in the indicator). Each output "đạt trên X triệu tấn, tăng Y%": two records, the level
# (`>`, other "tấn", magnitude multiplied) and the rise (`>=` %: a target stated as a change);
# "sản lượng trứng các loại khoảng 19,68 tỷ quả" (~, other "quả"), "sản lượng mật ong là 25,8 ngàn
# tấn" (bare "là" in a target: >=). Not quantities: "19/12" (a date), "năm 2023", "2021-2030",
# "2045" (dates).
# --------------------------------------------------------------------------
D04 = dict(name="04_cuc-chan-nuoi-muc-tieu-san-luong-2024", kind="target", year=2024, records=[
    R("tăng khoảng «4-5%", "giá trị sản xuất ngành chăn nuôi tăng so với năm nay", "between", 4, value_max=5),
    R("ước đạt «28-30%", "tỷ trọng chăn nuôi trong tổng thể ngành nông nghiệp", "between", 28, value_max=30),
    R("mức từ «33-34%", "tỷ trọng chăn nuôi trong ngành nông nghiệp đối với ngành hẹp", "between", 33,
      value_max=34),
    R("đạt trên «7,89 triệu tấn", "tổng sản lượng thịt hơi các loại", ">", 7.89 * TRIEU, **TAN),
    R("tăng «3,8%", "tổng sản lượng thịt hơi các loại tăng", ">=", 3.8),
    R("đạt trên «4,87 triệu tấn", "sản lượng thịt lợn hơi", ">", 4.87 * TRIEU, **TAN),
    R("tăng «4,0%", "sản lượng thịt lợn hơi tăng", ">=", 4.0),
    R("đạt trên «2,31 triệu tấn", "sản lượng thịt gia cầm", ">", 2.31 * TRIEU, **TAN),
    R("tăng «3,1%", "sản lượng thịt gia cầm tăng", ">=", 3.1),
    R("khoảng «19,68 tỷ quả", "sản lượng trứng các loại", "~", 19.68 * TY, **QUA),
    R("tăng «3,7%", "sản lượng trứng các loại tăng", ">=", 3.7),
    R("đạt trên «1,28 triệu tấn", "sản lượng sữa", ">", 1.28 * TRIEU, **TAN),
    R("tăng «6,7%", "sản lượng sữa tăng", ">=", 6.7),
    R("là «25,8 ngàn tấn", "sản lượng mật ong", ">=", 25.8 * NGAN, **TAN),
    R("tăng «9,8%", "sản lượng mật ong tăng", ">=", 9.8),
    R("đạt trên «20,5 triệu tấn", "sản lượng thức ăn chăn nuôi công nghiệp quy đổi", ">", 20.5 * TRIEU, **TAN),
    R("tăng «2,5% so", "sản lượng thức ăn chăn nuôi công nghiệp quy đổi tăng so với năm nay", ">=", 2.5),
])

# --------------------------------------------------------------------------
# 05 Bình Dương, a district's livestock sector in 2023 (baobinhduong.vn; cut: the byline "Cập
# nhật: 21-12-2023 | 09:40:27", written as the first line `date 2023-12-21`, and after the body the
# byline "HẠNH NHI", "Chia sẻ bài viết", the comment notice "LƯU Ý: BDO ...", "Gửi file đính kèm
# không quá 10MB Đính kèm File", the counter "intNumViewTotal=507" and "Quay lên trên", with the
# blank lines between them). Year 2023. Results: "253 trại chăn nuôi gia súc, gia cầm (124 trại gia
# cầm, 129 trại nuôi gia súc)" (three counts, the bracket's a breakdown by kind), "Ước tổng đàn gia
# súc 212.580 con" (=), "sản lượng thịt cung ứng cho thị trường 40.964 tấn/năm" and "sản lượng thịt
# 41.000 tấn/năm" (=, other "tấn/năm"), "giá trị chăn nuôi heo đạt 5,35 tỷ đồng/ ha/năm" and "giá
# trị chăn nuôi gà đạt 3,71 tỷ đồng/ha/năm" (=, other "đồng/ha/năm", the magnitude multiplied in,
# as the spec's money), "đàn gia cầm 3,750 triệu con" (=, 3 750 000: decimal comma), "tổng đàn
# trâu, bò trên 7.000 con" (>), "(trong đó bò sữa khoảng 600 con)" (~), "Tỷ trọng ngành chăn nuôi
# chiếm 49,55%" (=). NOT: the rises "tăng 0,4%", "tăng 2,89%", "tăng 6,53%" against the same time
# of 2022. Not quantities: "3 loại vật nuôi (heo, bò, gà)" (the kinds chosen, a list of names, as
# set193's lead count of a list), "năm 2023" (a date).
# --------------------------------------------------------------------------
DHA = amount(unit_text="đồng/ha/năm")
D05 = dict(name="05_binhduong-huyen-dan-gia-suc-gia-cam-2023", kind="result", year=2023, records=[
    R("có «253 trại", "trại chăn nuôi gia súc, gia cầm toàn huyện", "=", 253, **CNT),
    R("(«124 trại", "trại gia cầm", "=", 124, **CNT),
    R("«129 trại nuôi", "trại nuôi gia súc", "=", 129, **CNT),
    R("gia súc «212.580 con", "tổng đàn gia súc", "=", 212580, **CNT),
    R("trường «40.964 tấn", "sản lượng thịt heo cung ứng cho thị trường", "=", 40964, **TAN_NAM),
    R("heo đạt «5,35 tỷ", "giá trị chăn nuôi heo", "=", 5.35 * TY, **DHA),
    R("gia cầm «3,750 triệu con", "đàn gia cầm", "=", 3.75 * TRIEU, **CNT),
    R("thịt «41.000 tấn", "sản lượng thịt gia cầm", "=", 41000, **TAN_NAM),
    R("gà đạt «3,71 tỷ", "giá trị chăn nuôi gà", "=", 3.71 * TY, **DHA),
    R("trên «7.000 con", "tổng đàn trâu, bò", ">", 7000, **CNT),
    R("khoảng «600 con", "bò sữa", "~", 600, **CNT),
    R("chiếm «49,55%", "tỷ trọng ngành chăn nuôi trong cơ cấu ngành nông nghiệp", "=", 49.55),
], NOT=["tăng «0,4%", "tăng «2,89%", "tăng «6,53%"])

# --------------------------------------------------------------------------
# 06 Bắc Kạn, Bạch Thông district's pig herd over the 2022 plan (bachthong.gov.vn; cut: the byline
# "Đào Kiên" with the blank line before it; no date, no stamp). Year 2022 (the text's "năm 2022").
# Nearly a precision text: two records, the plan "Theo kế hoạch, năm 2022 huyện phát triển đàn lợn
# hơn 16 nghìn con" (target, >) and "số lợn trên địa bàn đạt hơn 18 nghìn con" (result, >). NOT:
# "vượt hơn 11% so với kế hoạch" (a result against its plan, spec). Not quantities: "Năm 2022",
# "năm 2022" (dates).
# --------------------------------------------------------------------------
D06 = dict(name="06_backan-bachthong-tong-dan-lon-2022", kind="result", year=2022, records=[
    R("đàn lợn hơn «16 nghìn con", "đàn lợn huyện phát triển theo kế hoạch", ">", 16 * NGAN, **CNT, **T),
    R("đạt hơn «18 nghìn con", "số lợn trên địa bàn", ">", 18 * NGAN, **CNT),
], NOT=["vượt hơn «11%"])

# --------------------------------------------------------------------------
# 07 Thái Nguyên, Phổ Yên city handing breeding cows to poor households, November 2023
# (baothainguyen.vn; cut: the byline "Hải Hằng 17:46, 21/11/2023", written as the first line
# `date 2023-11-21`, and the photo caption "Đại diện Trung tâm Dịch vụ nông nghiệp TP. Phổ Yên trao
# bò cho người dân." (two identical lines)). Year 2023, results. The title's "Hỗ trợ 28 con bò
# giống" (=, recorded like the body's numbers), "bàn giao bò giống cho 28 hộ dân", "xã Vạn Phái có
# 18 hộ, xã Phúc Thuận có 10 hộ" (=, each with its commune as `place`: a split by commune, not by
# level), "mỗi hộ được hỗ trợ 1 con bò lai Sind" (=, the support per household, as earlier sets'
# "mỗi hộ ... 1 bồn"), "trọng lượng 200-220kg" (between, other "kg"), the support rates "80% giá bò
# giống sinh sản, 50% kinh phí thức ăn chăn nuôi và 100% kinh phí đá liếm" (three records, =), the
# money "trên 932 triệu đồng", "trên 600 triệu đồng", "trên 90 triệu đồng", "trên 233 triệu đồng"
# (>, other "đồng"). Not quantities: "21-11" (a date).
# --------------------------------------------------------------------------
D07 = dict(name="07_thainguyen-phoyen-bo-giong-ho-ngheo-2023", kind="result", year=2023, records=[
    R("Hỗ trợ «28 con bò", "con bò giống hỗ trợ cho hộ nghèo, cận nghèo", "=", 28, **CNT),
    R("cho «28 hộ dân", "hộ dân được bàn giao bò giống", "=", 28, **CNT),
    R("có «18 hộ", "hộ được hỗ trợ bò giống", "=", 18, **CNT, place="Vạn Phái"),
    R("có «10 hộ", "hộ được hỗ trợ bò giống", "=", 10, **CNT, place="Phúc Thuận"),
    R("hỗ trợ «1 con bò lai", "con bò lai Sind mỗi hộ được hỗ trợ", "=", 1, **CNT),
    R("trọng lượng «200-220kg", "trọng lượng bò lai Sind", "between", 200, value_max=220, **amount(unit_text="kg")),
    R("hỗ trợ là «80% giá", "mức hỗ trợ giá bò giống sinh sản", "=", 80),
    R("«50% kinh phí", "mức hỗ trợ kinh phí thức ăn chăn nuôi", "=", 50),
    R("«100% kinh phí", "mức hỗ trợ kinh phí đá liếm", "=", 100),
    R("trên «932 triệu", "tổng kinh phí thực hiện Dự án", ">", 932 * TRIEU, **DONG),
    R("trên «600 triệu", "vốn ngân sách Trung ương", ">", 600 * TRIEU, **DONG),
    R("trên «90 triệu", "vốn ngân sách thành phố", ">", 90 * TRIEU, **DONG),
    R("trên «233 triệu", "vốn đối ứng của hộ dân", ">", 233 * TRIEU, **DONG),
])

# --------------------------------------------------------------------------
# 08 Quảng Nam, Tiên Phong commune (Tiên Phước district) handing breeding cows to poor households
# under the 2023 poverty programme (baoquangnam.vn; cut: the byline "N.HƯNG |", the photo caption
# "Các hộ dân được hỗ trợ bò giống. Ảnh: N.HƯNG" and the tag label "TAGS", each with the blank line
# after or before it). Year 2023, results. The title's "Hỗ trợ 25 con bò giống sinh sản" and the
# body's "25 con bò nái lai sinh sản" (=), "(mỗi hộ 1 con)" (=), "trị giá mỗi con bò hơn 17,5 triệu
# đồng" (>, other "đồng"), "(hộ chăn nuôi đối ứng 10%)" (=, the households' share), "Tổng kinh phí
# ... 426 triệu đồng" (=), "13 xã, thị trấn ... cũng đang triển khai" (=), "tổng kinh phí 5,2 tỷ
# đồng" (=). Not quantities: "20/9" (twice, a date), "năm 2023" (twice).
# --------------------------------------------------------------------------
D08 = dict(name="08_quangnam-tienphuoc-bo-giong-sinh-san-2023", kind="result", year=2023, records=[
    R("Hỗ trợ «25 con bò", "con bò giống sinh sản hỗ trợ cho người dân xã Tiên Phong", "=", 25, **CNT),
    R("đó, «25 con bò", "con bò nái lai sinh sản chất lượng cao được hỗ trợ đến các hộ dân", "=", 25, **CNT),
    R("mỗi hộ «1 con", "con bò mỗi hộ được hỗ trợ", "=", 1, **CNT),
    R("hơn «17,5 triệu", "trị giá mỗi con bò", ">", 17.5 * TRIEU, **DONG),
    R("đối ứng «10%", "hộ chăn nuôi đối ứng", "=", 10),
    R("sóc «426 triệu", "tổng kinh phí hỗ trợ bò giống và tập huấn kỹ thuật chăm sóc", "=", 426 * TRIEU, **DONG),
    R("nay «13 xã", "xã, thị trấn trên địa bàn Tiên Phước đang triển khai hỗ trợ bò giống và con vật nuôi khác",
      "=", 13, **CNT),
    R("phí «5,2 tỷ", "tổng kinh phí hỗ trợ bò giống, con vật nuôi khác, cây trồng cho hộ nghèo, cận nghèo",
      "=", 5.2 * TY, **DONG),
])

# --------------------------------------------------------------------------
# 09 Quảng Ngãi, Bình Sơn commune handing Zebu cows to poor households in December 2025
# (baomoi.net.vn, reprinting baoquangngai.vn; cut: the photo caption "Mỗi hộ gia đình được nhận một
# con bò cái giống Zebu sinh sản." (two identical lines, the same sentence stays in the body), the
# byline "Tin, ảnh: CÔNG HIỀN" and the source line "Nguồn Quảng Ngãi: https://..." with their blank
# lines). Year 2025. Nearly a precision text: two records, "hỗ trợ bò cho 77 hộ nghèo, ..." (=) and
# "(trị giá 24,6 triệu đồng/con)" (=, other "đồng/con"). Not quantities: "13/12" (a date), "giai
# đoạn 2021 - 2025, năm 2025", "từ năm 2023", "đến năm 2030" (dates); "một con" (a word, no number);
# "không còn hộ nghèo" (no number).
# --------------------------------------------------------------------------
D09 = dict(name="09_quangngai-binhson-bo-cai-zebu-2025", kind="result", year=2025, records=[
    R("cho «77 hộ", "hộ nghèo, cận nghèo, gia đình chính sách khó khăn và hộ mới thoát nghèo được hỗ trợ bò",
      "=", 77, **CNT),
    R("(trị giá «24,6 triệu", "trị giá bò cái giống Zebu sinh sản", "=", 24.6 * TRIEU,
      **amount(unit_text="đồng/con")),
])

# --------------------------------------------------------------------------
# 10 Lâm Đồng, Đơn Dương district's dairy herd, January 2022 (nhabaovanviet.blogspot.com; cut: the
# blog's name "VĂN VIỆT" at the head and the date line "THÁNG 1/2022" at the foot, written as the
# first line `date 2022-01`). The first sentence's results are dated by the text "trong năm 2011"
# (year 2011 as written, though the page is of 2022: the gold follows the text): "thu mua 100% sản
# phẩm sữa bò tươi" (=) and "giá ổn định từ 12.000 – 14.500 đồng/kg" (between, other "đồng/kg").
# The rest "đến nay": year 2022 (the date line): "tổng đàn bò sữa ... đạt 16.126 con" (=), "trong
# dân 11.613 con", "trong doanh nghiệp 4.513 con" (=, each its own subject), "Tổng đàn bò vắt sữa
# khoảng 7.400 con" (~), "2 nhà máy chế biến sữa và 1 nhà máy chế biến phô mai" (=), "600 nông hộ"
# (=), the high-tech zone "quy mô 13.850 con bò sữa với 2 doanh nghiệp và hơn 600 nông hộ" (=, =,
# >). NOT: "tăng 6,3% so cùng kỳ".
# --------------------------------------------------------------------------
D10 = dict(name="10_lamdong-donduong-dan-bo-sua-2022", kind="result", year=2022, records=[
    R("thu mua «100% sản", "sản phẩm sữa bò tươi của nông hộ chăn nuôi được thu mua", "=", 100, year=2011),
    R("từ «12.000 – 14.500", "giá thu mua sữa bò tươi", "between", 12000, value_max=14500,
      **amount(unit_text="đồng/kg"), year=2011),
    R("đạt «16.126 con", "tổng đàn bò sữa toàn huyện", "=", 16126, **CNT),
    R("dân «11.613 con", "đàn bò sữa nuôi trong dân", "=", 11613, **CNT),
    R("nghiệp «4.513 con", "đàn bò sữa nuôi trong doanh nghiệp", "=", 4513, **CNT),
    R("khoảng «7.400 con", "tổng đàn bò vắt sữa", "~", 7400, **CNT),
    R("có «2 nhà máy", "nhà máy chế biến sữa hoạt động ổn định", "=", 2, **CNT),
    R("và «1 nhà máy", "nhà máy chế biến phô mai hoạt động ổn định", "=", 1, **CNT),
    R("định; «600 nông hộ", "nông hộ tiếp tục tăng quy mô chăn nuôi và nâng cao chất lượng sữa", "=", 600, **CNT),
    R("quy mô «13.850 con", "quy mô vùng chăn nuôi bò sữa ứng dụng công nghệ cao", "=", 13850, **CNT),
    R("với «2 doanh nghiệp", "doanh nghiệp trong vùng chăn nuôi bò sữa ứng dụng công nghệ cao", "=", 2, **CNT),
    R("hơn «600 nông hộ", "nông hộ chăn nuôi trong vùng chăn nuôi bò sữa ứng dụng công nghệ cao", ">", 600, **CNT),
], NOT=["tăng «6,3%"])

# --------------------------------------------------------------------------
# 11 Đắk Nông, Decision 288/QĐ-UBND of 01/3/2021 approving the programme for crossbred beef cattle
# 2021-2025 (ls1.hethongphapluat.com; cut: the site's name "Hệ thống pháp luật" and the two loading
# lines "Đang tải nội dung, vui lòng chờ giây lát..."; no byline, no stamp; the excerpt ends in
# "724/QĐ-BNN"). A precision text, no record: the header, the decision's number and date, and the
# grounds (laws, decrees and decisions with their numbers and dates, "2021-2025", "năm 2030",
# "2021-2030", "2045", "2020-2030", "2016-2025") are dates and document numbers.
# --------------------------------------------------------------------------
D11 = dict(name="11_daknong-chuong-trinh-bo-lai-huong-thit-2021-precision", kind="target", year=2021, records=[])

# --------------------------------------------------------------------------
# 12 Lào Cai, the province's plan against cold for crops and livestock in winter-spring 2023-2024
# (vietnam.vn/laocai; cut: the widget line "Powered by Techcity" with the blank line after it; no
# byline, no stamp; the excerpt ends in "chuồng t"). Document year 2023 (the winter crop "Vụ Đông
# năm 2023" and the herd "Hiện nay"). Planned areas are targets: "Vụ Đông năm 2023, toàn tỉnh dự
# kiến sản xuất trên 4.300 ha" (>, 2023), "Vụ Xuân năm 2024, tổng diện tích sản xuất dự kiến là
# 20.200 ha" (>=, bare "là" in a plan), "cây lúa ... gieo cấy trên 9.800 ha", "Cây ngô dự kiến gieo
# trồng trên 10.400 ha" (>, 2024). Results of 2023: "đã gieo trồng được 2.501,8 ha" (=), the large
# livestock "41.944 hộ với 125.494 con; trong đó 97.015 con trâu, 22.366 con bò, 6.113 con ngựa"
# (=, each its own subject), "số đầu gia súc bình quân 2,99 con/hộ" (=, other "con/hộ"), "33.755
# hộ chăn nuôi có chuồng trại đảm bảo phòng chống rét, chiếm 80,5%" (count and %), "6.652 hộ có
# chuồng t..." (=, the number whole before the cut). NOT: "đạt 58,2% kế hoạch", "100,1% so cùng kỳ"
# (completion against the plan, a comparison with last year). Not quantities: the forecast "khoảng
# 1 – 2 đợt rét đậm, rét hại từ 2 ngày trở lên" (a weather forecast, neither a target nor a result;
# a judgement), "tháng 11", "tháng 12/2023", "tháng 1/2024", "tháng 2", "04/02", "tháng 3/2024"
# (twice), "tháng 02", "2023 – 2024" (dates).
# --------------------------------------------------------------------------
D12 = dict(name="12_laocai-phong-chong-ret-vat-nuoi-2023", kind="result", year=2023, records=[
    R("dự kiến sản xuất trên «4.300 ha", "diện tích sản xuất vụ Đông", ">", 4300, **HA, **T),
    R("được «2.501,8 ha", "diện tích vụ Đông đã gieo trồng", "=", 2501.8, **HA),
    R("dự kiến là «20.200 ha", "tổng diện tích sản xuất vụ Xuân", ">=", 20200, **HA, **T, year=2024),
    R("cấy trên «9.800 ha", "diện tích cây lúa gieo cấy", ">", 9800, **HA, **T, year=2024),
    R("trồng trên «10.400 ha", "diện tích cây ngô gieo trồng", ">", 10400, **HA, **T, year=2024),
    R("là «41.944 hộ", "hộ chăn nuôi gia súc lớn", "=", 41944, **CNT),
    R("với «125.494 con", "gia súc lớn", "=", 125494, **CNT),
    R("«97.015 con trâu", "con trâu", "=", 97015, **CNT),
    R("«22.366 con bò", "con bò", "=", 22366, **CNT),
    R("«6.113 con ngựa", "con ngựa", "=", 6113, **CNT),
    R("bình quân «2,99 con/hộ", "số đầu gia súc bình quân", "=", 2.99, **amount(unit_text="con/hộ")),
    R("«33.755 hộ", "hộ chăn nuôi có chuồng trại đảm bảo phòng chống rét", "=", 33755, **CNT),
    R("chiếm «80,5%", "hộ chăn nuôi có chuồng trại đảm bảo phòng chống rét chiếm", "=", 80.5),
    R("«6.652 hộ", "hộ có chuồng trại", "=", 6652, **CNT),
], NOT=["đạt «58,2% kế", "và «100,1% so"])

# --------------------------------------------------------------------------
# 13 National: the livestock sector's results of 2023 (qdfeed.com; nothing cut; no byline, no
# stamp; the excerpt ends in "(chi"). Year 2023 (the text's "Năm 2023", "cuối năm 2023"). Results:
# "giá trị tăng trưởng của ngành chăn nuôi ước đạt 5,72%" (=, a growth rate is the indicator's
# value, as the earlier sets' GRDP growth), "đóng góp 26% vào GDP nông nghiệp" (=), the herds
# "26,3 triệu con" pigs (=), "(chưa tính khoảng hơn 4 triệu lợn con theo mẹ)" (>: "khoảng hơn" read
# as "hơn", as most earlier sets read it), "đàn trâu 2,2 triệu con", "đàn bò 6,4 triệu con", "đàn
# gia cầm 558,9 triệu con" (=); the outputs (=, other "tấn", magnitudes multiplied; eggs "quả");
# "12.349 trang trại chăn nuôi, chiếm 62,8%" (count and %), "489 dự án" (=), "17 tỉnh, thành phố"
# (=) "với trên 75 nghìn con" (>), "sản lượng thịt hơi gần 7.000 tấn" (~), "4.882 trang trại và hộ
# chăn nuôi được chứng nhận VietGAHP" (=), "ước nhập khoảng 116 nghìn tấn thịt lợn" (~). NOT: the
# rises and falls against 2022 (thirteen percentages). Not quantities: "19.660 trang trại nông
# nghiệp" ("trong tổng số": the denominator of the 62,8%, as earlier sets leave a denominator),
# "(tăng 1.034 trang trại và hộ chăn nuôi)" (a change against 2022), "98/2018/NĐ-CP" (a document).
# --------------------------------------------------------------------------
D13 = dict(name="13_ca-nuoc-chan-nuoi-ket-qua-2023", kind="result", year=2023, records=[
    R("ước đạt «5,72%", "giá trị tăng trưởng của ngành chăn nuôi", "=", 5.72),
    R("đóng góp «26% vào", "ngành chăn nuôi đóng góp vào GDP nông nghiệp", "=", 26),
    R("đạt «26,3 triệu con", "tổng số đàn lợn", "=", 26.3 * TRIEU, **CNT),
    R("khoảng hơn «4 triệu lợn", "lợn con theo mẹ chưa tính", ">", 4 * TRIEU, **CNT),
    R("trâu «2,2 triệu con", "đàn trâu", "=", 2.2 * TRIEU, **CNT),
    R("bò «6,4 triệu con", "đàn bò", "=", 6.4 * TRIEU, **CNT),
    R("cầm «558,9 triệu con", "đàn gia cầm", "=", 558.9 * TRIEU, **CNT),
    R("loại đạt «7,79 triệu tấn", "sản lượng thịt hơi các loại", "=", 7.79 * TRIEU, **TAN),
    R("lợn hơi «4,87 triệu tấn", "thịt lợn hơi", "=", 4.87 * TRIEU, **TAN),
    R("hơi đạt «2,31 triệu tấn", "thịt gia cầm hơi", "=", 2.31 * TRIEU, **TAN),
    R("trâu «120,4 nghìn tấn", "thịt trâu", "=", 120.4 * NGAN, **TAN),
    R("bò «493,2 nghìn tấn", "thịt bò", "=", 493.2 * NGAN, **TAN),
    R("tươi «1,17 triệu tấn", "sản lượng sữa tươi", "=", 1.17 * TRIEU, **TAN),
    R("trứng «19,2 tỷ quả", "trứng", "=", 19.2 * TY, **QUA),
    R("quy đổi «20 triệu tấn", "sản lượng thức ăn chăn nuôi công nghiệp quy đổi", "=", 20 * TRIEU, **TAN),
    R("có «12.349 trang trại", "trang trại chăn nuôi", "=", 12349, **CNT),
    R("chiếm «62,8%", "trang trại chăn nuôi chiếm trong tổng số trang trại nông nghiệp", "=", 62.8),
    R("duyệt «489 dự án", "dự án chăn nuôi liên kết theo chuỗi giá trị sản phẩm được các địa phương phê duyệt",
      "=", 489, **CNT),
    R("có «17 tỉnh", "tỉnh, thành phố có mô hình chăn nuôi lợn hữu cơ", "=", 17, **CNT),
    R("trên «75 nghìn con", "lợn nuôi theo mô hình chăn nuôi lợn hữu cơ", ">", 75 * NGAN, **CNT),
    R("gần «7.000 tấn", "sản lượng thịt hơi của mô hình chăn nuôi lợn hữu cơ", "~", 7000, **TAN),
    R("có «4.882 trang trại", "trang trại và hộ chăn nuôi được chứng nhận VietGAHP", "=", 4882, **CNT),
    R("khoảng «116 nghìn tấn", "thịt lợn Việt Nam ước nhập", "~", 116 * NGAN, **TAN),
], NOT=["tăng «4,2%", "giảm «1,0%", "tăng «0,6%", "tăng «3,3%", "tăng «6,38%", "tăng «7,2%", "tăng «6,0%",
        "tăng «0,2%", "tăng «2,5% .", "tăng «3,6%", "tăng «5,2%", "giảm «2,4%"])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
