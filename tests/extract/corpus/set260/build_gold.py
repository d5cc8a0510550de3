#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set260).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of percentages deliberately left without a record (a
result's change against an earlier value, "tăng 7,1% so cùng kỳ"; completion against a plan,
"đạt 75,8% so kế hoạch năm"); check_gold.py verifies that every percentage has a record or a NOT
entry.

Each record also carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml (see README). The catalogue names digital-transformation
indicators; none measures farm output, herds, OCOP product counts or farm value per hectare, so
every record of this set is null (`iid=` is left at its default).

This set's theme is farm production and the rural economy, so most amounts are in units of their
own, written into `unit_text` as the text writes them at the number: "tấn", "ha", "tạ/ha", "đồng"
(money, the magnitude word multiplied in), "đồng/ha", "đồng/người/năm", "đồng/kg", "lần";
heads of livestock, products, producers, households and workers are counts.

Run:  python3 build_gold.py && python3 check_gold.py
"""
import functools
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, CNT, T  # noqa: E402


def amount(unit_text):
    """An amount in a unit of its own (spec: unit `other`, the unit as written)."""
    return dict(unit="other", unit_text=unit_text)


TAN, HA, DONG = amount("tấn"), amount("ha"), amount("đồng")
TY, TRIEU, NGAN = 1e9, 1e6, 1e3

# --------------------------------------------------------------------------
# 01 Bình Thuận, the provincial Party Committee's resolution on developing agriculture: its main
# indicators for 2021-2025 (baobinhthuan.com.vn; cut: the photo caption "Trang trại thanh long ở
# Hàm Thuận Nam. Ảnh: N.Lân |"; no byline, no stamp; the excerpt ends in "vào "). Targets, year
# 2025 (the period "giai đoạn 2021 - 2025" and "Đến năm 2025"). Pillar null (no heading; the
# resolution is on agriculture). Ranges "từ 2,8 - 3,3%/năm", "từ 7 - 8%/năm", "22 - 23%" and
# "khoảng 1,5 - 2%" are `between` (the range decides over "khoảng"); "khoảng 5%/năm", "khoảng 130
# triệu đồng" `~`; "trên" `>`; "ít nhất 1,5 lần" `>=` (other "lần": a target stated as a change,
# spec); "tăng 50% so với năm 2020" `>=` (a target stated as a change, spec); "giữ ổn định tỷ lệ độ
# che phủ rừng 43%" `>=` (bare). Not quantities: "2021 - 2025", "năm 2020" (dates), "1 ha" (the
# base of the value per hectare), "6 nhóm nhiệm vụ và giải pháp" (tasks, spec).
# --------------------------------------------------------------------------
D01 = dict(name="01_binhthuan-nghi-quyet-nong-nghiep-muc-tieu-2025", kind="target", year=2025, records=[
    R("bình quân từ «2,8 - 3,3%", "tốc độ tăng trưởng giá trị gia tăng ngành nông nghiệp bình quân",
      "between", 2.8, value_max=3.3),
    R("bình quân từ «7 - 8%", "năng suất lao động nông, lâm nghiệp và thủy sản tăng bình quân", "between", 7,
      value_max=8),
    R("bình quân khoảng «5%/năm", "giá trị kim ngạch xuất khẩu nông sản tăng bình quân", "~", 5),
    R("chiếm «22 - 23%", "tỷ trọng nông, lâm, thủy sản trong giá trị tăng thêm", "between", 22, value_max=23),
    R("liên kết đạt trên «25%", "tỷ lệ giá trị sản phẩm nông, lâm nghiệp và thủy sản được sản xuất dưới các hình "
      "thức hợp tác và liên kết", ">", 25),
    R("công nghệ cao đạt trên «20%", "tỷ lệ giá trị sản phẩm nông nghiệp ứng dụng công nghệ cao", ">", 20),
    R("nông sản đạt trên «8%/năm", "tốc độ tăng giá trị gia tăng công nghiệp chế biến nông sản", ">", 8),
    R("đạt khoảng «1,5 - 2%", "diện tích đất nông nghiệp sản xuất hữu cơ trong tổng diện tích đất sản xuất nông "
      "nghiệp", "between", 1.5, value_max=2),
    R("đạt trên «15% tổng", "tỷ lệ phân bón hữu cơ trong tổng phân bón được sử dụng trên địa bàn", ">", 15),
    R("che phủ rừng «43%", "tỷ lệ độ che phủ rừng", ">=", 43),
    R("nông nghiệp tăng «50%", "số lượng doanh nghiệp đầu tư vào nông nghiệp tăng so với năm 2020", ">=", 50),
    R("trên «70% hợp tác xã", "hợp tác xã nông nghiệp hoạt động có hiệu quả", ">", 70),
    R("đào tạo đạt trên «64%", "tỷ lệ lao động nông nghiệp qua đào tạo", ">", 64),
    R("ít nhất «1,5 lần", "thu nhập của cư dân nông thôn tăng so với năm 2020", ">=", 1.5, **amount("lần")),
    R("đạt khoảng «130 triệu", "giá trị sản phẩm thu hoạch bình quân trên 1 ha đất trồng trọt", "~", 130 * TRIEU,
      **DONG),
])

# --------------------------------------------------------------------------
# 02 Lào Cai, the strategy for commodity agriculture to 2025 (laocaitv.vn; cut: the byline "Ngọc
# Hà" and the comment box "Bình luận", "Tối thiểu 10 chữ Tiếng việt có dấu Không chứa liên kết";
# no stamp). Targets, year 2025 (the title's "đến năm 2025", the period "2021 – 2025"). The title
# "Phấn đấu giá trị sản xuất ngành Nông nghiệp đến năm 2025 đạt 12.000 tỷ đồng" is recorded as the
# body's restatement is (earlier sets record a title that states a value); the body's "ước đạt
# 12.000 tỷ đồng" stays a target, `>=` (the earlier sets' "ước đạt" in a plan). "khoảng" `~`. The
# money the strategy needs ("Nhu cầu vốn ... là 4.310 tỷ đồng", bare: `>=`; "khoảng 680 tỷ đồng là
# nguồn ngân sách", `~`) is a quantity of the plan (spec: money raised for a plan). Pillar null.
# Not quantities: "2021 – 2025" (dates).
# --------------------------------------------------------------------------
D02 = dict(name="02_laocai-gia-tri-san-xuat-nong-nghiep-muc-tieu-2025", kind="target", year=2025, records=[
    R("năm 2025 đạt «12.000 tỷ", "giá trị sản xuất ngành Nông nghiệp", ">=", 12000 * TY, **DONG),
    R("bình quân đạt khoảng «5,5%", "tốc độ tăng trưởng bình quân ngành nông nghiệp", "~", 5.5),
    R("ước đạt «12.000 tỷ", "giá trị sản xuất ngành Nông nghiệp", ">=", 12000 * TY, **DONG),
    R("cho khoảng «16.000 lao động", "lao động được tạo việc làm", "~", 16000, **CNT),
    R("nông thôn đạt «35 triệu", "thu nhập bình quân mỗi người ở khu vực nông thôn", ">=", 35 * TRIEU,
      **amount("đồng/năm")),
    R("chiến lược là «4.310 tỷ", "nhu cầu vốn cho cả giai đoạn để thực hiện chiến lược", ">=", 4310 * TY, **DONG),
    R("có khoảng «680 tỷ", "nguồn vốn ngân sách cho chiến lược", "~", 680 * TY, **DONG),
])

# --------------------------------------------------------------------------
# 03 Hà Tĩnh, the farm sector's results of 2021 and its targets for 2022 (baohatinh.vn; the stamp
# " date 2021-12" written as the first line; nothing cut). Results of "năm 2021" (year 2021):
# growth "ước đạt trên 3,78%" (`>`), the output value "ước đạt 13.478 tỷ đồng" (=), food output
# "đạt trên 63 vạn tấn" (`>`; "vạn", ten thousand, multiplied in as the spec's magnitude words are:
# 630000 "tấn"; a judgement), the rice yield "đạt 55,30 tạ/ha" (other "tạ/ha"). Targets "Trong
# năm 2022 ... đặt mục tiêu" (year 2022): "đạt trên 13.828 tỷ đồng" (`>`), its parts "nông nghiệp
# 11.255 tỷ đồng, lâm nghiệp 788 tỷ đồng và thủy sản 1.785 tỷ đồng" (bare, `>=`, each its own
# subject), "trên 96 triệu đồng/ha" (`>`). NOT: "(tăng 3,12% so với năm 2020)", "tương đương 7,6%"
# (changes against 2020), "(đạt 108% kế hoạch)" (completion of the plan). Not quantities: "tăng
# hơn 5,19 vạn tấn so với năm 2020", "tăng 3,89 tạ/ha so với năm 2020" (changes). Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_hatinh-san-luong-luong-thuc-2021-muc-tieu-2022", kind="result", year=2021, records=[
    R("ước đạt trên «3,78%", "tăng trưởng bình quân toàn ngành nông nghiệp", ">", 3.78),
    R("ước đạt «13.478 tỷ", "tổng giá trị sản xuất nông, lâm, thủy sản (theo giá so sánh)", "=", 13478 * TY,
      **DONG),
    R("đạt trên «63 vạn tấn", "tổng sản lượng lương thực toàn tỉnh", ">", 630000, **TAN),
    R("đạt «55,30 tạ/ha", "năng suất lúa bình quân vụ xuân và vụ hè thu", "=", 55.3, **amount("tạ/ha")),
    R("đạt trên «13.828 tỷ", "tổng giá trị sản xuất nông lâm thủy sản (theo giá so sánh)", ">", 13828 * TY,
      **DONG, **T, year=2022),
    R("nông nghiệp «11.255 tỷ", "giá trị sản xuất nông nghiệp", ">=", 11255 * TY, **DONG, **T, year=2022),
    R("lâm nghiệp «788 tỷ", "giá trị sản xuất lâm nghiệp", ">=", 788 * TY, **DONG, **T, year=2022),
    R("thủy sản «1.785 tỷ", "giá trị sản xuất thủy sản", ">=", 1785 * TY, **DONG, **T, year=2022),
    R("đạt trên «96 triệu", "giá trị sản xuất trên đơn vị diện tích", ">", 96 * TRIEU, **amount("đồng/ha"), **T,
      year=2022),
], NOT=["(tăng «3,12%", "đạt «108% kế", "tương đương «7,6%"])

# --------------------------------------------------------------------------
# 04 Phú Thọ, 64 more OCOP products of 3 stars and over in the first round of 2025, and the target
# for 2026 (baophutho.vn; the stamp " date 2025-12-31" written as the first line `date 2025-12`, as
# earlier sets wrote full-date stamps; nothing cut: the two photo captions carry figures, "OCOP 4
# sao", "năm 2025", and stay). Results of 2025 (counts, =): the title's and the lead's "64 sản
# phẩm" (two records, the title recorded as in 02), "10 sản phẩm đạt chuẩn 4 sao và 54 sản phẩm
# đạt chuẩn 3 sao" (each its own subject, scope null: a breakdown by star class), the running
# total "698 sản phẩm OCOP đạt từ 3 sao trở lên" and "6 sản phẩm đạt chuẩn 5 sao". Target "Năm
# 2026 ... thêm 52 sản phẩm" (`>=`, 2026). Not quantities: the star classes "3 sao", "4 sao", "5
# sao" (labels), "đợt 1" (a round's name), "năm 2025", "Năm 2026" (dates). Pillar null.
# --------------------------------------------------------------------------
OCOP3 = "sản phẩm được công nhận đạt chuẩn OCOP từ 3 sao trở lên"
D04 = dict(name="04_phutho-ocop-3-sao-2025-muc-tieu-2026", kind="result", year=2025, records=[
    R("có thêm «64 sản phẩm đạt", OCOP3 + " (thêm trong năm)", "=", 64, **CNT),
    R("có thêm «64 sản phẩm được", OCOP3 + " trong đợt 1 năm 2025", "=", 64, **CNT),
    R("có «10 sản phẩm", "sản phẩm đạt chuẩn OCOP 4 sao trong đợt 1 năm 2025", "=", 10, **CNT),
    R("và «54 sản phẩm", "sản phẩm đạt chuẩn OCOP 3 sao trong đợt 1 năm 2025", "=", 54, **CNT),
    R("có «698 sản phẩm", "lũy kế sản phẩm OCOP đạt từ 3 sao trở lên toàn tỉnh", "=", 698, **CNT),
    R("có «6 sản phẩm", "sản phẩm OCOP đạt chuẩn 5 sao", "=", 6, **CNT),
    R("thêm «52 sản phẩm", "sản phẩm, nhóm sản phẩm được phát triển và tiêu chuẩn hóa đạt chứng nhận OCOP từ 3 "
      "sao trở lên", ">=", 52, **CNT, **T, year=2026),
])

# --------------------------------------------------------------------------
# 05 Cao Bằng, the OCOP programme after three years (vietnam.vn; nothing cut; no byline, no stamp;
# the page's title with the 2025 target is not in the excerpt, which ends in "thương m"). Results
# (counts, =): "97 sản phẩm của 67 chủ thể đạt OCOP hạng 3 sao trở lên" (two records: the products
# and their producers), "9 sản phẩm đạt hạng 4 sao, 88 sản phẩm đạt hạng 3 sao" (each its own
# subject). Year null: "đến nay" names no year, and the text's years are the plan's date
# ("27/12/2022"), its period ("2021 – 2025") and the evaluation to come ("trong năm 2023"); none is
# the year of the counts (a judgement; the spec's null where nothing in the text says). Not
# quantities: "3 năm" (a duration), "27/12/2022", "3438/KH-UBND" (a date, a document number), the
# star classes. Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_caobang-ocop-san-pham-3-sao-2023", kind="result", year=None, records=[
    R("có «97 sản phẩm", "sản phẩm đạt OCOP hạng 3 sao trở lên", "=", 97, **CNT),
    R("của «67 chủ thể", "chủ thể có sản phẩm đạt OCOP hạng 3 sao trở lên", "=", 67, **CNT),
    R("có «9 sản phẩm", "sản phẩm đạt OCOP hạng 4 sao", "=", 9, **CNT),
    R("sao, «88 sản phẩm", "sản phẩm đạt OCOP hạng 3 sao", "=", 88, **CNT),
])

# --------------------------------------------------------------------------
# 06 Bà Rịa - Vũng Tàu, the province's herds at the end of May 2023 (baobariavungtau.com.vn; the
# stamp " date 2023-06" written as the first line; nothing cut). Results, year 2023 ("hết tháng
# 5/2023"), counts of heads: "hơn 7 triệu con" (`>`), "gần 400 ngàn con", "gần 6,5 triệu con" (`~`),
# "4,42 triệu con gà", "54.352 con", "95.208 con" (=), each its own kind of animal (scope null).
# NOT: every "tăng X% so cùng kỳ" (changes against the same period), also the bracket's "tăng 3%"
# and "tốc độ tăng trưởng chăn nuôi tăng 4,47% so với cùng kỳ" (a growth stated against the same
# period, spec's change; a judgement). Not quantities: "tháng 5/2023", "5 tháng đầu năm 2023"
# (dates). Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_bariavungtau-tong-dan-vat-nuoi-2023", kind="result", year=2023, records=[
    R("là hơn «7 triệu con", "tổng đàn vật nuôi các loại trên địa bàn tỉnh", ">", 7 * TRIEU, **CNT),
    R("heo gần «400 ngàn", "tổng đàn heo", "~", 400 * NGAN, **CNT),
    R("cầm gần «6,5 triệu", "tổng đàn gia cầm", "~", 6.5 * TRIEU, **CNT),
    R("có «4,42 triệu con gà", "đàn gà", "=", 4.42 * TRIEU, **CNT),
    R("bò «54.352 con", "tổng đàn trâu bò", "=", 54352, **CNT),
    R("cừu «95.208 con", "tổng đàn dê, cừu", "=", 95208, **CNT),
], NOT=["tăng «7,1%", "tăng «2% so", "tăng «3%)", "tăng «2,9%", "tăng «3,2%", "tăng «4,47%"])

# --------------------------------------------------------------------------
# 07 Vĩnh Long, fishery output of the year to November 2025 (baovinhlong.com.vn; cut: the byline
# "TRUNG CHÁNH" and the reader box "Thông tin bạn đọc", "Đóng Lưu thông tin" with the blank lines
# before them; no stamp). Year 2025 (the text's "năm 2025"). Results (=, "tấn", "ha"): the total
# "733.822 tấn", its parts "501.005 tấn" (aquaculture) and "232.817 tấn" (capture), each its own
# subject; the brackish and salt-water farming "thả nuôi 96.392ha", "thu hoạch 223.867 tấn", the
# high-tech shrimp area "6.828ha" and its output "129.840 tấn". Targets "Mục tiêu phấn đấu là đạt
# tổng sản lượng 968.580 tấn và giá trị sản xuất 38.980 tỷ đồng vào cuối năm" (`>=`, 2025). NOT:
# the completion rates "đạt 75,8% so kế hoạch năm", "72,9%", "82,7%", "67,84%" and "vượt 0,06% kế
# hoạch năm" (against the year's plan). Not quantities: "cao hơn cùng kỳ năm trước 843ha", "cao hơn
# cùng kỳ 17.115 tấn" (changes), "(2, 3 giai đoạn)" (the farming method's name). Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_vinhlong-san-luong-thuy-san-2025", kind="result", year=2025, records=[
    R("đạt «733.822 tấn", "tổng sản lượng thủy sản thu hoạch của toàn tỉnh", "=", 733822, **TAN),
    R("nuôi đạt «501.005 tấn", "sản lượng thủy sản nuôi", "=", 501005, **TAN),
    R("khai thác đạt «232.817 tấn", "sản lượng thủy sản khai thác", "=", 232817, **TAN),
    R("thả nuôi «96.392ha", "diện tích thả nuôi thủy sản nước mặn, lợ", "=", 96392, **HA),
    R("thu hoạch «223.867 tấn", "sản lượng thu hoạch thủy sản nước mặn, lợ", "=", 223867, **TAN),
    R("là «6.828ha", "diện tích nuôi tôm ứng dụng công nghệ cao", "=", 6828, **HA),
    R("sản lượng «129.840 tấn", "sản lượng tôm nuôi ứng dụng công nghệ cao", "=", 129840, **TAN),
    R("sản lượng «968.580 tấn", "tổng sản lượng thủy sản", ">=", 968580, **TAN, **T),
    R("xuất «38.980 tỷ", "giá trị sản xuất thủy sản", ">=", 38980 * TY, **DONG, **T),
], NOT=["(đạt «75,8%", "đạt «72,9%", "(đạt «82,7%", "vượt «0,06%", "(đạt «67,84%"])

# --------------------------------------------------------------------------
# 08 Quảng Bình, fishery output of the second quarter and the first half of 2025, from the
# province's statistics office (thuysanvietnam.com.vn; cut: the photo caption "Người dân Quảng Bình
# mở rộng đối tượng nuôi và đa dạng hình thức nuôi. Ảnh: BQB"; no byline, no stamp; the excerpt
# ends in "1.585 tấ"). Year 2025. Results (=, "tấn"; "ước đạt" =, spec): per period the total and
# its parts by product group "Cá ... tôm ... thủy sản khác" (each its own subject, scope null: a
# breakdown by kind of thing), first for all fishery output, then for aquaculture. The last "tôm
# đạt 1.585 tấ[n]" is cut by the excerpt's end and recorded ("tấ" is the unit begun). NOT: every
# "tăng X% (so cùng kỳ năm trước)". Not quantities: "quý II/2025", "6 tháng đầu năm 2025" (periods).
# Pillar null.
# --------------------------------------------------------------------------
TS = "sản lượng thủy sản"
NT = "sản lượng nuôi trồng thủy sản thu hoạch"
Q2, H1 = " quý II/2025", " 6 tháng đầu năm 2025"
D08 = dict(name="08_quangbinh-san-luong-thuy-san-6-thang-2025", kind="result", year=2025, records=[
    R("quý II/2025 đạt «30.558,9 tấn", TS + Q2, "=", 30558.9, **TAN),
    R("Cá đạt «25.515 tấn", TS + Q2 + ": cá", "=", 25515, **TAN),
    R("tôm đạt «1.422,4 tấn", TS + Q2 + ": tôm", "=", 1422.4, **TAN),
    R("khác đạt «3.621,5 tấn", TS + Q2 + ": thủy sản khác", "=", 3621.5, **TAN),
    R("năm 2025 đạt «48.791,5 tấn", TS + H1, "=", 48791.5, **TAN),
    R("Cá đạt «40.657 tấn", TS + H1 + ": cá", "=", 40657, **TAN),
    R("tôm đạt «2.434 tấn", TS + H1 + ": tôm", "=", 2434, **TAN),
    R("khác đạt «5.700,5 tấn", TS + H1 + ": thủy sản khác", "=", 5700.5, **TAN),
    R("ước đạt «3.270 tấn", NT + Q2, "=", 3270, **TAN),
    R("Cá đạt «2.237 tấn", NT + Q2 + ": cá", "=", 2237, **TAN),
    R("tôm đạt «975,5 tấn", NT + Q2 + ": tôm", "=", 975.5, **TAN),
    R("khác đạt «57,5 tấn", NT + Q2 + ": thủy sản khác", "=", 57.5, **TAN),
    R("ước đạt «5.418,5 tấn", NT + H1, "=", 5418.5, **TAN),
    R("Cá đạt «3.712 tấn", NT + H1 + ": cá", "=", 3712, **TAN),
    R("tôm đạt «1.585 tấ", NT + H1 + ": tôm", "=", 1585, **amount("tấ")),
], NOT=["tấn, tăng «2,5% so cùng kỳ năm trước. Sản lượng chia theo nhóm sản phẩm: Cá đạt 25",
        "25.515 tấn, tăng «2,7%", "1.422,4 tấn, tăng «1,7%", "3.621,5 tấn, tăng «1,7%",
        "48.791,5 tấn, tăng «2,5%", "40.657 tấn, tăng «2,7%", "2.434 tấn, tăng «2%", "5.700,5 tấn, tăng «1,9%",
        "3.270 tấn, tăng «2,1%", "2.237 tấn, tăng «2,1%", "975,5 tấn, tăng «1,9%", "57,5 tấn, tăng «1,1%",
        "5.418,5 tấn, tăng «2,4%", "3.712 tấn, tăng «2,5%"])

# --------------------------------------------------------------------------
# 09 Gia Lai, Lơ Ku commune (Kbang district): the main indicators of its 2021-2025 orientation, a
# numbered list (kbang.gialai.gov.vn; cut: the section label "CHUYÊN MỤC" with the blank line after
# it; no byline, no stamp; the excerpt ends in "đạt c"). Targets, year 2025 ("đến năm 2025", the
# period "giai đoạn 2021-2025"; the annual targets "hằng năm", "/năm" take the period's end as the
# earlier sets did). Bare numbers `>=`; "trở lên" `>=`. "(1) Cơ cấu kinh tế ... Nông - lâm nghiệp
# 80%; thương mại - dịch vụ 15%; tiểu thủ công nghiệp: 5 %" three records, each its own sector.
# "(2) Tổng diện tích gieo trồng hằng năm: 3.830 ha" and its seven parts by crop ("cây tinh bột
# (Mỳ) 500" written without a unit: other, unit_text null); "(3) Tổng đàn gia súc: 3.200 con" and
# its four parts, "Gia cầm:5000 con" (counts); "(4) Trồng rừng mới: 30 ha/năm" (other "ha/năm");
# "(5) ... 45 triệu đồng/người/năm"; "(6) ... tăng 10%/năm trở lên" (a target stated as a change);
# "(7) ... đất công đạt 100%; cá nhân đạt 80%" (two records, each its own subject: a split by kind
# of land user, not by level; scope null); "(8) ... 04 mô hình trở lên" (count). Not quantities:
# the list labels "1-", "2-", "(1)" ... "(10)", "2021-2025" (dates), "Lúa nước 2 vụ" (a kind of
# rice field). Pillar null (the list is "Về kinh tế", no pillar).
# --------------------------------------------------------------------------
D09 = dict(name="09_gialai-kbang-loku-chi-tieu-2021-2025", kind="target", year=2025, records=[
    R("Nông - lâm nghiệp «80%", "cơ cấu kinh tế: nông - lâm nghiệp", ">=", 80),
    R("dịch vụ «15%", "cơ cấu kinh tế: thương mại - dịch vụ", ">=", 15),
    R("công nghiệp: «5 %", "cơ cấu kinh tế: tiểu thủ công nghiệp", ">=", 5),
    R("hằng năm: «3.830 ha", "tổng diện tích gieo trồng hằng năm", ">=", 3830, **HA),
    R("các loại «2.700 ha", "diện tích gieo trồng cây ngô lai, rau đậu các loại", ">=", 2700, **HA),
    R("2 vụ «40 ha", "diện tích lúa nước 2 vụ", ">=", 40, **HA),
    R("(Mỳ) «500", "diện tích cây tinh bột (mỳ)", ">=", 500, **amount(None)),
    R("Mía «370 ha", "diện tích cây mía", ">=", 370, **HA),
    R("Cà phê «100 ha", "diện tích cây cà phê", ">=", 100, **HA),
    R("tiêu «20 ha", "diện tích cây ca cao, mắc ca, tiêu", ">=", 20, **HA),
    R("ăn quả «100 ha", "diện tích cây ăn quả", ">=", 100, **HA),
    R("gia súc: «3.200 con", "tổng đàn gia súc", ">=", 3200, **CNT),
    R("heo: «1.220 con", "đàn heo", ">=", 1220, **CNT),
    R("bò: «1.200 con", "đàn bò", ">=", 1200, **CNT),
    R("trâu: «180 con", "đàn trâu", ">=", 180, **CNT),
    R("dê: «600 con", "đàn dê", ">=", 600, **CNT),
    R("Gia cầm:«5000 con", "đàn gia cầm", ">=", 5000, **CNT),
    R("mới:  «30 ha/năm", "trồng rừng mới", ">=", 30, **amount("ha/năm")),
    R("năm 2025: «45 triệu", "thu nhập bình quân đầu người", ">=", 45 * TRIEU, **amount("đồng/người/năm")),
    R("tăng «10%/năm", "thu cân đối ngân sách xã hưởng tăng hằng năm", ">=", 10),
    R("công đạt «100%", "tỷ lệ cấp giấy chứng nhận quyền sử dụng đất công", ">=", 100),
    R("nhân đạt «80%", "tỷ lệ cấp giấy chứng nhận quyền sử dụng đất cá nhân", ">=", 80),
    R("hội:  «04 mô hình", "mô hình nông hội xây dựng", ">=", 4, **CNT),
])

# --------------------------------------------------------------------------
# 10 Thanh Hóa, Đông Thịnh commune (Đông Sơn district): the main indicators of its orientation to
# 2020, a numbered list (dongthinh.dongson.gov.vn; cut: the poll label "Ý kiến thăm dò" and the
# visitor counter "Truy cập", "Hôm nay:", "61", "Hôm qua:", "179", "Tuần này:", "430", "Tháng
# này:", "1275", "Tất cả:", "315861" with their blank lines; no byline, no stamp; the excerpt ends
# in "tiểu thủ công "). Targets, year 2020 ("đến năm 2020", "năm 2020"). "trên" `>`; "đạt X" `>=`;
# "ít nhất", "trở lên" `>=`. "2. Sản lượng lương thực có hạt ... đạt trên 3,098 tấn" is read as the
# spec reads a decimal comma: 3.098 "tấn" (the page means 3.098 thousand tonnes, as "2.898 tấn" of
# rice alone shows; the gold keeps the written value, a judgement). "3. ..." gives per crop the
# area, the yield and the output (six records, each its own subject), "4. ..." four herds
# (counts), "5. ... ít nhất 240 hộ (nông nghiệp 74 hộ, ..." (two counts; the breakdown by
# branch is cut by the excerpt's end). Not quantities: the labels "A-", "I-", "II-", "1." ... "5.",
# "năm 2020". Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_thanhhoa-dongthinh-chi-tieu-nong-nghiep-2020", kind="target", year=2020, records=[
    R("đạt trên «272 triệu", "giá trị sản xuất nông nghiệp, thủy sản", ">", 272 * TRIEU, **DONG),
    R("đạt trên «3,098 tấn", "sản lượng lương thực có hạt bình quân hàng năm", ">", 3.098, **TAN),
    R("diện tích đạt «207 ha", "diện tích lúa", ">=", 207, **HA),
    R("năm đạt «140tạ/ha", "năng suất lúa trung bình năm", ">=", 140, **amount("tạ/ha")),
    R("sản lượng đạt «2.898 tấn", "sản lượng lúa", ">=", 2898, **TAN),
    R("diện tích đạt «40ha", "diện tích ngô", ">=", 40, **HA),
    R("năm đạt «50 tạ/ha", "năng suất ngô trung bình năm", ">=", 50, **amount("tạ/ha")),
    R("sản lượng đạt «200 tấn", "sản lượng ngô", ">=", 200, **TAN),
    R("bò đạt «500 con", "tổng đàn trâu, bò", ">=", 500, **CNT),
    R("lợn đạt «1.300 con", "đàn lợn", ">=", 1300, **CNT),
    R("nạc đạt «1000 con", "đàn lợn hướng nạc", ">=", 1000, **CNT),
    R("cầm đạt «120.000 con", "đàn gia cầm", ">=", 120000, **CNT),
    R("ít nhất «240 hộ", "số hộ sản xuất, kinh doanh cá thể", ">=", 240, **CNT),
    R("(nông nghiệp «74 hộ", "số hộ sản xuất, kinh doanh cá thể nông nghiệp", ">=", 74, **CNT),
])

# --------------------------------------------------------------------------
# 11 Thừa Thiên Huế, brackish-water shrimp farming in the first half of 2021 (danviet.vn; the stamp
# " date 2021-08" written as the first line; nothing cut). Results, year 2021: the areas "757 ha",
# "360 ha", "346 ha" and the output "2.503 tấn" (=), the farm-gate prices "từ 150-220 ngàn
# đồng/kg", "từ 200-250 ngàn đồng/kg" (`between`, other "đồng/kg", the magnitude word multiplied
# into both ends: values measured in the half-year, a judgement). NOT: every "tăng X%" (changes
# against the same period). Not quantities: "Sáu tháng đầu năm 2021" (a period). Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_thuathienhue-nuoi-tom-6-thang-2021", kind="result", year=2021, records=[
    R("toàn tỉnh «757 ha", "diện tích nuôi tôm nước lợ toàn tỉnh", "=", 757, **HA),
    R("tôm sú «360 ha", "diện tích nuôi tôm sú", "=", 360, **HA),
    R("chân trắng «346 ha", "diện tích nuôi tôm thẻ chân trắng", "=", 346, **HA),
    R("nước lợ «2.503 tấn", "sản lượng tôm nước lợ", "=", 2503, **TAN),
    R("bình quân từ «150-220 ngàn", "giá tôm chân trắng bình quân", "between", 150 * NGAN, value_max=220 * NGAN,
      **amount("đồng/kg")),
    R("tôm sú từ «200-250 ngàn", "giá tôm sú", "between", 200 * NGAN, value_max=250 * NGAN, **amount("đồng/kg")),
], NOT=["tăng «4,8%", "tăng «3,4%", "tăng «5,5%", "tăng «7%"])

# --------------------------------------------------------------------------
# 12 Bình Định, Tây Sơn district's calendar and rice varieties for the summer-autumn crop of 2024
# (tayson.binhdinh.gov.vn; cut: the byline date "Thứ sáu - 29/03/2024 14:20", written as the first
# line `date 2024-03-29`, and the two captions "Ảnh minh họa" without a figure; the excerpt ends in
# "Bắc Th"). A precision text, no record: the sowing dates ("từ ngày 01/5 đến ngày 10/5/2024",
# "trước ngày 15/5/2024", "tháng 4/2024"), the sowing window "từ 5 - 7 ngày" and the varieties'
# growing time "dưới 95 ngày", "dưới 105 ngày" (instructions on how to sow and which seed to
# choose, not a target or result of an indicator), the varieties' names ("ĐV 108", "An Sinh
# 1399", "Đài Thơm 8", "VNR20", "BĐR 999", "ML 232", ...), "2 vụ" (a kind of field), "2023 - 2024",
# "Hè Thu 2024" (a season's name), the list labels "1.", "1.1.", "1.2.".
# --------------------------------------------------------------------------
D12 = dict(name="12_binhdinh-tayson-lich-thoi-vu-he-thu-2024-precision", kind="result", year=2024, records=[])

# --------------------------------------------------------------------------
# 13 Tuyên Quang, the provincial extension centre's guidance on varieties and sowing dates for the
# main and summer-autumn crops of 2024 (sonnptnt.tuyenquang.gov.vn; cut: the stray "," line and the
# section label "Trồng trọt-BVTV" with the blank lines after them, the byline "Trung tâm Khuyến
# nông" and the link "Tin cùng chuyên mục" with the blank lines before them; no date shown). A
# precision text, no record: the dates ("từ ngày 25/5/2024 đến ngày 10/6/2024", ...), "khi mạ có
# từ 2,5 đến 3 lá" (when to transplant: an instruction), the varieties' names ("KM18", "TBR225",
# "Nhị ưu 838", "Bắc Thơm số 7", "LVN99", "Bioseed 9698", "NK4300Bt/Gt", "SSC586", "L14", "DT84",
# ...), the list labels "1.", "2.".
# --------------------------------------------------------------------------
D13 = dict(name="13_tuyenquang-giong-thoi-vu-vu-mua-2024-precision", kind="result", year=2024, records=[])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]


def _one(doc, fn):
    return fn(doc, texts=TEXTS)


build = functools.partial(_one, fn=goldkit.build_records)  # one document's records (goldkit)
not_anchors = functools.partial(_one, fn=goldkit.not_anchors)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, HERE / "gold")
