#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set269).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'), with set260's
`amount` helper for units of their own. Each record is written by hand below; its anchor is never
typed in. A record names a locator: a piece of the text with « just before the number. The locator
(without «) must occur exactly once in the text; the anchor is where « stands. `start`/`end` (the
clause that states the quantity) are computed as in the seeds' builder.

Each document may also list NOT: locators of percentages deliberately left without a record (a
result's change against an earlier value, "tăng 6,97% so với năm trước", "(tương đương 42%)" after
"giảm 16 vụ"; completion against a plan, "bằng 104,92% kế hoạch năm"); check_gold.py verifies that
every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml (see README). The catalogue names digital-transformation
indicators; of this set's forestry and fisheries quantities only the vessels fitted with a
monitoring device (02) have an id (`econ.fishing_vessels_vms_count`); every other record is null.

This set's theme is forestry and fisheries, so most amounts are in units of their own, written into
`unit_text` as the text writes them at the number: "tấn", "ha", "m3", "USD" and "đồng" (money, the
magnitude word multiplied in); vessels, workers, households, organisations, cases and trees are
counts.

Run:  python3 build_gold.py && python3 check_gold.py
"""
import functools
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, CNT, T, RES  # noqa: E402


def amount(unit_text):
    """An amount in a unit of its own (spec: unit `other`, the unit as written)."""
    return dict(unit="other", unit_text=unit_text)


TAN, HA, M3, USD, DONG = amount("tấn"), amount("ha"), amount("m3"), amount("USD"), amount("đồng")
TY, TRIEU = 1e9, 1e6
VMS = "econ.fishing_vessels_vms_count"

# --------------------------------------------------------------------------
# 01 Khánh Hòa, the fisheries sector's aquaculture output targets for 2021 (baokhanhhoa.vn; cut:
# the byline "Thứ Hai, 01/02/2021, 21:30 [GMT+7]" (written as the first line `date 2021-02-01`),
# the byline "B.L", a lone "." and the link label "các thông tin tiện ích", each with the blank
# line that went with it). Targets, year 2021 ("Năm 2021, ngành Thủy sản tỉnh đặt mục tiêu").
# The title "Đặt mục tiêu sản lượng thủy sản nuôi trồng đạt 18.400 tấn" stands twice on the page
# and is recorded each time (set260's titles, set247's repeated lines), `>=` (a target's "đạt").
# "18.300 tấn ... nước mặn, nước lợ và 100 tấn ... nước ngọt": a breakdown by kind of water, each
# its own subject, scope null; the species list likewise, "hơn 2.900 tấn ngao" and "hơn 1.000 tấn
# tôm hùm" `>`. Pillar null. Ids null.
# --------------------------------------------------------------------------
TS01 = "sản lượng thủy sản nuôi trồng"
D01 = dict(name="01_khanhhoa-muc-tieu-nuoi-trong-thuy-san-2021", kind="target", year=2021, records=[
    R("2021-02-01\nNgành Thủy sản: Đặt mục tiêu sản lượng thủy sản nuôi trồng đạt «18.400 tấn", TS01, ">=",
      18400, **TAN),
    R("nuôi trồng đạt «18.400 tấn\n\nNăm", TS01, ">=", 18400, **TAN),
    R("nước ngọt đạt «18.400 tấn", TS01 + " nước mặn, nước lợ và nước ngọt", ">=", 18400, **TAN),
    R("có «18.300 tấn", "thủy sản nuôi nước mặn, nước lợ", ">=", 18300, **TAN),
    R("và «100 tấn", "thủy sản nuôi nước ngọt", ">=", 100, **TAN),
    R("đạt «4.100 tấn", "nuôi ao đìa nước lợ: tôm sú, tôm thẻ chân trắng", ">=", 4100, **TAN),
    R("hơn «2.900 tấn", "nuôi ao đìa nước lợ: ngao", ">", 2900, **TAN),
    R("«2.500 tấn ốc", "nuôi ao đìa nước lợ: ốc hương", ">=", 2500, **TAN),
    R("«420 tấn", "nuôi ao đìa nước lợ: hàu, tu hài", ">=", 420, **TAN),
    R("«700 tấn", "nuôi ao đìa nước lợ: cá biển", ">=", 700, **TAN),
    R("«120 tấn", "nuôi ao đìa nước lợ: cua", ">=", 120, **TAN),
    R("cua, «400 tấn", "nuôi ao đìa nước lợ: rong biển", ">=", 400, **TAN),
    R("đạt «9.990 tấn", "sản lượng nuôi lồng bè (tôm hùm, cá biển)", ">=", 9990, **TAN),
    R("hơn «1.000 tấn", "sản lượng nuôi lồng bè: tôm hùm", ">", 1000, **TAN),
])

# --------------------------------------------------------------------------
# 02 Khánh Hòa, fishing vessels fitted with the monitoring device before the 1 April 2020 deadline
# (baokhanhhoa.vn; cut: the byline "Thứ Hai, 30/03/2020, 22:50 [GMT+7]" (written as the first line
# `date 2020-03-30`), "B.L", a lone "." and "các thông tin tiện ích", each with the blank line that
# went with it). Results, year 2020. The title "Khánh Hòa có 440 tàu cá lắp đặt ..." stands twice
# and is recorded each time; the body's "440 tàu cá đã lắp đặt" (=, count, VMS). "toàn bộ 34 tàu cá
# có chiều dài từ 24m trở lên đã lắp đặt xong" (=, a length class: id null, as the catalogue's
# note), "còn gần 200 tàu cá ... chưa lắp đặt" (`~`, id null). Not quantities: "24m", "15m" (the
# length classes, part of the subject), "2 giờ/lần" (the device's reporting rule, a technical
# setting as set247's "5 phút/lần"), "1-4" (a date), "48/2010" (a decision's number). Pillar null.
# --------------------------------------------------------------------------
TAU02 = "tàu cá đã lắp đặt thiết bị giám sát hành trình"
D02 = dict(name="02_khanhhoa-tau-ca-giam-sat-hanh-trinh-2020", kind="result", year=2020, records=[
    R("2020-03-30\nKhánh Hòa có «440 tàu", TAU02, "=", 440, **CNT, iid=VMS),
    R("hành trình\n\nKhánh Hòa có «440 tàu", TAU02, "=", 440, **CNT, iid=VMS),
    R("Khánh Hòa có «440 tàu cá đã", TAU02 + " toàn tỉnh", "=", 440, **CNT, iid=VMS),
    R("toàn bộ «34 tàu", "tàu cá có chiều dài từ 24m trở lên đã lắp đặt xong thiết bị giám sát hành trình",
      "=", 34, **CNT),
    R("còn gần «200 tàu", "tàu cá có chiều dài từ 15m đến dưới 24m chưa lắp đặt xong thiết bị giám sát hành "
      "trình", "~", 200, **CNT),
])

# --------------------------------------------------------------------------
# 03 Bình Định, the province's fisheries output targets for 2024 (tepbac.com; nothing cut; no
# byline, no stamp; the excerpt ends in "bảo vệ môi trường "). Targets "Mục tiêu trong năm 2024":
# year 2024, `>=` (a target's "đạt"); the bracketed "(cá ngừ đại dương đạt 14.270 tấn)" and "(tôm
# nuôi đạt 10.800 tấn)" are quantities of their own (spec's brackets). NOT: the 2023 catch's "cá ngừ
# tăng 15,05%, cá bạc má tăng 13,2%, cá hố tăng 16,4%" ("tăng cao so cùng kỳ": changes). Not
# quantities: "Luật Thủy sản năm 2017" (a name), "năm 2023" (a date). Pillar null. Ids null.
# --------------------------------------------------------------------------
D03 = dict(name="03_binhdinh-muc-tieu-san-luong-thuy-san-2024", kind="target", year=2024, records=[
    R("đạt «296.205 tấn", "tổng sản lượng thủy sản của tỉnh", ">=", 296205, **TAN),
    R("đạt «281.525 tấn", "sản lượng khai thác", ">=", 281525, **TAN),
    R("đạt «14.270 tấn", "sản lượng khai thác cá ngừ đại dương", ">=", 14270, **TAN),
    R("đạt «14.680 tấn", "sản lượng nuôi trồng thủy sản", ">=", 14680, **TAN),
    R("đạt «10.800 tấn", "sản lượng tôm nuôi", ">=", 10800, **TAN),
], NOT=["tăng «15,05%", "tăng «13,2%", "tăng «16,4%"])

# --------------------------------------------------------------------------
# 04 Cà Mau, the Fisheries Sub-department's aquaculture area so far in 2024 (hoithuysanvietnam.org.vn;
# nothing cut: the photo caption "Hiện, Cà Mau đã thả nuôi 100% ... Ảnh: VOV" states a figure and
# stays; no byline, no stamp; the excerpt ends in "lâm ph"). Results, year 2024 ("kế hoạch năm
# 2024"; "đến thời điểm hiện nay" takes it). Areas (=, "ha"); "ha/7.610 hộ" gives a second record,
# the households (count); the area moved to super-intensive farming "16,78 ha/15 hộ" and its two
# districts "(Cái Nước 2,07 ha/1 hộ, Đầm Dơi 14,71 ha/14 hộ)" (place) are results of their own; the
# yearly plan's areas in brackets "(187.000 ha)", "(5.200 ha)", "(1.600 ha)" are targets of 2024
# (`>=`, spec's table of target and result); "(cùng kỳ 1.790,09 ha)" is the same period's value a
# year earlier (=, a quantity as the spec's "(năm 2023 đạt 38,4%)"; year null: the text does not name
# the year before, and check_gold.py admits no year the text lacks). "hiện đang thả nuôi 100%" (the share
# of the extensive area stocked, =) and the caption's "100%" again. NOT: "đạt 99,82% kế hoạch",
# "đạt 98,02% kế hoạch", "đạt 95,7% kế hoạch", "đạt 105,6% kế hoạch" (completion against the plan),
# "tăng 3,83%", "tăng 4,46%", "tăng 7,88% so cùng kỳ", "bằng 94,35% so cùng kỳ" (against the same
# period). Not a quantity: "tăng thêm 415 ha ở huyện Đầm Dơi" (an increase, spec's change). Pillar
# null. Ids null.
# --------------------------------------------------------------------------
D04 = dict(name="04_camau-dien-tich-nuoi-tom-2024", kind="result", year=2024, records=[
    R("là «303.264 ha", "tổng diện tích nuôi trồng thủy sản", "=", 303264, **HA),
    R("đạt «278.615 ha", "diện tích nuôi tôm", "=", 278615, **HA),
    R("còn «85.293,87 ha", "diện tích nuôi tôm quảng canh kết hợp (tôm – rừng, tôm – lúa, tôm – cua – cá…)", "=",
      85293.87, **HA),
    R("đang thả nuôi «100%,", "diện tích nuôi tôm quảng canh kết hợp đang thả nuôi", "=", 100),
    R("được «2.061 ha", "diện tích thả nuôi tôm càng xanh", "=", 2061, **HA),
    R("đạt «186.655,8 ha", "diện tích nuôi tôm quảng canh cải tiến lũy kế", "=", 186655.8, **HA),
    R("(«187.000 ha)", "diện tích nuôi tôm quảng canh cải tiến theo kế hoạch năm 2024", ">=", 187000, **HA, **T),
    R("đã thả nuôi «100% diện", "diện tích nuôi tôm quảng canh kết hợp đã thả nuôi", "=", 100),
    R("đạt «6.665,33 ha", "diện tích nuôi tôm thâm canh và siêu thâm canh lũy kế", "=", 6665.33, **HA),
    R("ha/«7.610 hộ", "hộ nuôi tôm thâm canh và siêu thâm canh", "=", 7610, **CNT),
    R("siêu thâm canh «16,78 ha", "diện tích chuyển từ nuôi thâm canh sang siêu thâm canh", "=", 16.78, **HA),
    R("ha/«15 hộ", "hộ chuyển từ nuôi thâm canh sang siêu thâm canh", "=", 15, **CNT),
    R("Cái Nước «2,07 ha", "diện tích chuyển sang nuôi tôm siêu thâm canh", "=", 2.07, **HA, place="Cái Nước"),
    R("ha/«1 hộ", "hộ chuyển sang nuôi tôm siêu thâm canh", "=", 1, **CNT, place="Cái Nước"),
    R("Đầm Dơi «14,71 ha", "diện tích chuyển sang nuôi tôm siêu thâm canh", "=", 14.71, **HA, place="Đầm Dơi"),
    R("ha/«14 hộ", "hộ chuyển sang nuôi tôm siêu thâm canh", "=", 14, **CNT, place="Đầm Dơi"),
    R("đạt «4.976,45 ha", "diện tích nuôi tôm siêu thâm canh lũy kế", "=", 4976.45, **HA),
    R("ha/«5.077 hộ", "hộ nuôi tôm siêu thâm canh", "=", 5077, **CNT),
    R("(«5.200 ha)", "diện tích nuôi tôm siêu thâm canh theo kế hoạch năm 2024", ">=", 5200, **HA, **T),
    R("đạt «1.688,88 ha", "diện tích nuôi tôm thâm canh lũy kế", "=", 1688.88, **HA),
    R("ha/«2.533 hộ", "hộ nuôi tôm thâm canh", "=", 2533, **CNT),
    R("(«1.600 ha)", "diện tích nuôi tôm thâm canh theo kế hoạch năm 2024", ">=", 1600, **HA, **T),
    R("(cùng kỳ «1.790,09 ha)", "diện tích nuôi tôm thâm canh cùng kỳ", "=", 1790.09, **HA, year=None),
    R("hiện có «1.337,3 ha", "diện tích nuôi cá chình, bống tượng", "=", 1337.3, **HA),
    R("cá chình «730 ha", "diện tích nuôi cá chình", "=", 730, **HA),
    R("bống tượng «607,3 ha", "diện tích nuôi cá bống tượng", "=", 607.3, **HA),
    R("Cà Mau «143,3 ha", "diện tích nuôi cá sặc rằn (cá bổi) thâm canh", "=", 143.3, **HA),
    R("ha/«495 hộ", "hộ nuôi cá sặc rằn (cá bổi) thâm canh", "=", 495, **CNT),
], NOT=["đạt «99,82% kế", "tăng «3,83% so", "đạt «98,02% kế", "tăng «4,46% so", "đạt «95,7% kế", "tăng «7,88% so",
        "đạt «105,6% kế", "bằng «94,35% so"])

# --------------------------------------------------------------------------
# 05 Cà Mau, the approved plan for the shrimp industry: export, investment and processing targets
# (baotintuc.vn; nothing cut; no byline, no stamp; the excerpt ends in "thị trường tiềm năng").
# Targets, each with the year its clause names: "đến năm 2025 ... đạt 1,4 tỷ USD" (`>=`, 1.4e9
# "USD"), "đến năm 2030 là khoảng 1,65 tỷ USD" (`~`, 2030), "tầm nhìn đến năm 2050 sẽ là 6 tỷ USD"
# (`>=`, 2050), "Dự kiến, tổng nguồn vốn đầu tư ... đến năm 2030 là khoảng 20.000 tỷ đồng" (`~`,
# the money a plan needs, as set260), "phấn đấu đến năm 2030, sản lượng chế biến thủy sản sẽ đạt
# 176.000 tấn thành phẩm" (`>=`, "tấn"); the product mix "nâng cao tỷ trọng ... lên 75-80%"
# (`between`) and "giảm mạnh tỷ lệ ... còn dưới 20 - 25%" (`between`: the range decides, as set260's
# "khoảng 1,5 - 2%"), year 2030 (the horizon of the paragraph before; no year in the sentence; a
# judgement). Pillar null. Ids null.
# --------------------------------------------------------------------------
XK05 = "giá trị kinh ngạch xuất khẩu"
D05 = dict(name="05_camau-muc-tieu-nganh-tom-2030", kind="target", year=2030, records=[
    R("đạt «1,4 tỷ USD", XK05, ">=", 1.4 * TY, **USD, year=2025),
    R("khoảng «1,65 tỷ USD", XK05, "~", 1.65 * TY, **USD, year=2030),
    R("sẽ là «6 tỷ USD", XK05, ">=", 6 * TY, **USD, year=2050),
    R("khoảng «20.000 tỷ đồng", "tổng nguồn vốn đầu tư cho phát triển ngành tôm", "~", 20000 * TY, **DONG),
    R("đạt «176.000 tấn", "sản lượng chế biến thủy sản (thành phẩm)", ">=", 176000, **TAN),
    R("lên «75-80%", "tỷ trọng các sản phẩm giá trị gia tăng trong cơ cấu sản phẩm chế biến thủy sản xuất khẩu",
      "between", 75, value_max=80),
    R("dưới «20 - 25%", "tỷ lệ các sản phẩm sơ chế", "between", 20, value_max=25),
])

# --------------------------------------------------------------------------
# 06 Quảng Ninh, the plan for sea farming to 2030 with a 2045 outlook (khuyennonghanoi.gov.vn;
# nothing cut; no byline, no stamp; the excerpt ends in "trong l"). Targets "mục tiêu đến năm 2030"
# (`>=` for "đạt" and bare numbers): the total sea-farming area and its three zones "(diện tích
# nuôi từ 3 hải lý trở vào là 3.500 ha, vùng từ 3 - 6 hải lý là 5.380 ha, vùng từ 6 - 12 hải lý là
# 400 ha)" (each its own subject, scope null: zones of sea are kinds of area, not administrative
# levels), the output "94.000 tấn", the growth "giai đoạn 2025 - 2030 là 9,6%", "100% nhu cầu giống
# chủ lực"; "Định hướng đến năm 2045: ... đóng góp trên 80% tổng sản lượng nuôi trồng" (`>`, year
# 2045). Not quantities: "3 hải lý", "3 - 6 hải lý", "6 - 12 hải lý", "6 hải lý" (the zones' bounds,
# parts of the subject), "2025 - 2030" (a period). Pillar null. Ids null.
# --------------------------------------------------------------------------
NB06 = "diện tích nuôi biển"
D06 = dict(name="06_quangninh-ke-hoach-nuoi-bien-2030", kind="target", year=2030, records=[
    R("đạt «9.280 ha", "tổng " + NB06, ">=", 9280, **HA),
    R("là «3.500 ha", NB06 + " từ 3 hải lý trở vào", ">=", 3500, **HA),
    R("là «5.380 ha", NB06 + " vùng từ 3 - 6 hải lý", ">=", 5380, **HA),
    R("là «400 ha", NB06 + " vùng từ 6 - 12 hải lý", ">=", 400, **HA),
    R("đạt «94.000 tấn", "tổng sản lượng nuôi biển", ">=", 94000, **TAN),
    R("là «9,6%", "tốc độ tăng trưởng bình quân về sản lượng giai đoạn 2025 - 2030", ">=", 9.6),
    R("cẩp «100%", "chủ động cung cẩp nhu cầu giống chủ lực, giống đặc hữu của tỉnh", ">=", 100),
    R("trên «80%", "đóng góp của nuôi biển trong tổng sản lượng nuôi trồng thủy sản của tỉnh", ">", 80, year=2045),
])

# --------------------------------------------------------------------------
# 07 A province's forest protection and development plan to 2025 (nongthonmoi.net; the text names
# no province: Quảng Nam read from its "9 huyện miền núi" and 466.207 ha of natural forest, a
# reading for the file's name only; nothing cut; no byline, no stamp; the excerpt ends in "chứng
# chỉ "). Targets "Mục tiêu đến năm 2025", year 2025: "phấn đấu duy trì diện tích rừng tự nhiên
# hiện có 466.207 ha" (`>=`), "bảo vệ nghiêm ngặt 128.868 ha", "tối thiểu 15.000 ha" (`>=`), "Tăng độ
# che phủ rừng lên 61%", the bracket's "độ che phủ rừng tự nhiên là 45,2% và độ che phủ 9 huyện
# miền núi là 69%" (two subjects, scope null: the mountain districts are a group of districts named
# as the subject, not a split by level), "dự kiến tăng thêm khoảng 13.000 ha" (`~`, a target stated
# as a change, spec), "diện tích rừng trồng mới 9.000 ha (gồm ... 3.000 ha ... và 2.500 ha ...)".
# The second "diện tích rừng tự nhiên hiện có 466.207 ha" (the base the cover is built from) is the
# present value, a result, year null (no year for "hiện có"; a judgement). Not quantities: "9 huyện"
# (part of the subject), "Tiểu Dự án 1, Dự án 3" (names). Pillar null. Ids null.
# --------------------------------------------------------------------------
D07 = dict(name="07_quangnam-ke-hoach-lam-nghiep-2025", kind="target", year=2025, records=[
    R("hiện có «466.207 ha và nâng", "diện tích rừng tự nhiên duy trì", ">=", 466207, **HA),
    R("nghiêm ngặt «128.868 ha", "diện tích rừng tự nhiên thuộc quy hoạch đặc dụng, Vườn Quốc gia bảo vệ "
      "nghiêm ngặt", ">=", 128868, **HA),
    R("tối thiểu «15.000 ha", "diện tích rừng nghèo, rừng phục hồi nâng chất lượng đạt mức trữ lượng rừng "
      "trung bình", ">=", 15000, **HA),
    R("lên «61%", "độ che phủ rừng", ">=", 61),
    R("là «45,2%", "độ che phủ rừng tự nhiên", ">=", 45.2),
    R("là «69%", "độ che phủ 9 huyện miền núi", ">=", 69),
    R("hiện có «466.207 ha và dự", "diện tích rừng tự nhiên hiện có", "=", 466207, **HA, **RES, year=None),
    R("khoảng «13.000 ha", "diện tích rừng tăng thêm qua khoanh nuôi xúc tiến tái sinh rừng, làm giàu rừng", "~",
      13000, **HA),
    R("mới «9.000 ha", "diện tích rừng trồng mới", ">=", 9000, **HA),
    R("bản địa «3.000 ha", "diện tích rừng gỗ lớn bản địa trồng mới", ">=", 3000, **HA),
    R("và «2.500 ha", "diện tích rừng trồng phòng hộ", ">=", 2500, **HA),
])

# --------------------------------------------------------------------------
# 08 Lâm Đồng, forest-law violations, deforestation and fires in October and the first ten months
# of 2022 (baolamdong.vn; the stamp " date 2022-11" written as the first line; cut: the byline
# "PHẠM LÊ" with the blank line before it). Results, year 2022 (the stamp, "kế hoạch năm 2022").
# Counts of cases, areas ("ha"), volumes ("m3"), money ("hơn 2,9 tỷ đồng", `>`), households and
# organisations (counts), "khoảng 6,2 triệu cây xanh" (`~`, 6.2e6, count); "đã xác định được đối
# tượng 168 vụ, chiếm 71,5%" (the share of cases with an identified offender, =). NOT: "(tương
# đương 42%)", "91%", "60%", "43%", "5%", "25%" (the decreases against the same period, spec's
# changes), "đạt 82,1% kế hoạch", "đạt 94,9% kế hoạch năm 2022" (completion against the plan). Not
# quantities: "giảm 16 vụ", "giảm 3,3 ha", "giảm 147,3 m3", "giảm 180 vụ", "giảm 1,51", "giảm 420
# m3" (changes), "tháng 10", "10 tháng" (periods). Pillar null. Ids null.
# --------------------------------------------------------------------------
D08 = dict(name="08_lamdong-vi-pham-lam-luat-chay-rung-2022", kind="result", year=2022, records=[
    R("phát hiện «22 vụ", "vụ vi phạm Luật Lâm nghiệp phát hiện trong tháng 10", "=", 22, **CNT),
    R("phá rừng «0,31 ha", "diện tích thiệt hại do phá rừng trong tháng 10", "=", 0.31, **HA),
    R("thiệt hại «98,8 m3", "khối lượng lâm sản thiệt hại trong tháng 10", "=", 98.8, **M3),
    R("phát hiện «235 vụ", "vụ vi phạm phát hiện lũy kế 10 tháng", "=", 235, **CNT),
    R("đối tượng «168 vụ", "vụ vi phạm đã xác định được đối tượng", "=", 168, **CNT),
    R("chiếm «71,5%", "vụ vi phạm đã xác định được đối tượng chiếm", "=", 71.5),
    R("phá rừng «29,87 ha", "diện tích thiệt hại do phá rừng lũy kế 10 tháng", "=", 29.87, **HA),
    R("thiệt hại «1.272 m3", "lâm sản thiệt hại lũy kế 10 tháng", "=", 1272, **M3),
    R("xử lý «196 vụ", "tổng số vụ đã xử lý", "=", 196, **CNT),
    R("hành chính «175 vụ", "vụ xử lý hành chính", "=", 175, **CNT),
    R("hình sự «21 vụ", "vụ xử lý hình sự", "=", 21, **CNT),
    R("tịch thu «374 m3", "gỗ tròn/xẻ các loại tịch thu", "=", 374, **M3),
    R("hơn «2,9 tỷ", "thu nộp ngân sách", ">", 2.9 * TY, **DONG),
    R("được «97 ha", "diện tích nhà kính, nhà lưới trên đất quy hoạch lâm nghiệp đã tháo dỡ", "=", 97, **HA),
    R("cho «16.738 hộ", "hộ dân được giao khoán bảo vệ rừng", "=", 16738, **CNT),
    R("và «41 tổ chức", "tổ chức được giao khoán bảo vệ rừng", "=", 41, **CNT),
    R("diện tích «455.086 ha", "diện tích rừng giao khoán bảo vệ", "=", 455086, **HA),
    R("khoảng «6,2 triệu", "cây xanh đã trồng", "~", 6.2 * TRIEU, **CNT),
    R("xảy ra «41 vụ", "vụ cháy rừng lũy kế 10 tháng", "=", 41, **CNT),
    R("diện tích «35,7 ha", "diện tích các vụ cháy lũy kế 10 tháng", "=", 35.7, **HA),
], NOT=["đương «42%", "đương «91%", "đương «60%", "đương «43%", "đương «5%", "đương «25%", "đạt «82,1%",
        "đạt «94,9%"])

# --------------------------------------------------------------------------
# 09 Nam Định, the fisheries output of 2020 (baonamdinh.vn; the stamp " date 2020-12" written as
# the first line; nothing cut; the excerpt ends in "yêu c"). Results, year 2020 ("Năm 2020"):
# outputs ("tấn"; "ước đạt" =, spec) and areas ("ha", written "16.300ha"); the farmed output
# "114.264 tấn" stands twice (the breakdown's and the area paragraph's) and is recorded each time.
# NOT: the title's "tăng gần 7% so với cùng kỳ", "tăng 6,97% so với năm trước", "tăng 8,2%",
# "9,94%", "4,27%", "21,5%", "4,05% so với năm 2019" (changes), "bằng 104,92% kế hoạch năm",
# "bằng 102,48% kế hoạch năm", "đạt 102,48% kế hoạch đề ra", "đạt 98% so với kế hoạch" (completion
# against the plan). Not quantities: "tăng 8.676 tấn so với năm 2019", "tăng 85ha" (changes),
# "năm 2019" (a date). Pillar null. Ids null.
# --------------------------------------------------------------------------
D09 = dict(name="09_namdinh-san-luong-thuy-san-2020", kind="result", year=2020, records=[
    R("ước đạt «170.480 tấn", "tổng sản lượng thủy sản toàn tỉnh", "=", 170480, **TAN),
    R("đạt «114.264 tấn, bằng", "sản lượng nuôi trồng thủy sản", "=", 114264, **TAN),
    R("toàn tỉnh là «16.300ha", "diện tích nuôi thủy sản toàn tỉnh", "=", 16300, **HA),
    R("ước đạt «114.264 tấn, tăng", "sản lượng nuôi thủy sản", "=", 114264, **TAN),
    R("ngọt là «9.800ha", "diện tích nuôi thuỷ sản nước ngọt", "=", 9800, **HA),
    R("đạt «57.024 tấn", "sản lượng nuôi thuỷ sản nước ngọt", "=", 57024, **TAN),
    R("lợ là «6.500ha", "diện tích nuôi thủy sản mặn lợ", "=", 6500, **HA),
    R("đạt «57.240 tấn", "sản lượng nuôi thủy sản mặn lợ", "=", 57240, **TAN),
    R("lợ là «3.400ha", "diện tích nuôi tôm nước lợ", "=", 3400, **HA),
    R("đạt «7.280 tấn", "sản lượng tôm nước lợ", "=", 7280, **TAN),
    R("là «2.165ha", "tổng diện tích nuôi ngao thương phẩm", "=", 2165, **HA),
    R("đạt «39.500 tấn", "sản lượng ngao", "=", 39500, **TAN),
], NOT=["gần «7% so", "tăng «6,97%", "bằng «104,92%", "bằng «102,48%", "tăng «8,2%", "đạt «102,48% kế hoạch đề",
        "tăng «9,94%", "tăng «4,27%", "tăng «21,5%", "đạt «98% so", "tăng «4,05%"])

# --------------------------------------------------------------------------
# 10 A provincial forest protection office's forest-fire warning of 24 May 2023 (kiemlamqni.org.vn;
# cut: the navigation link "Trang chủ" with the blank line after it and the posting time
# "  25/05/2023 10:28:55 AM " (written as the first line `date 2023-05-25`)). A precision text, no
# record: "24/5/2023", "24/05/2023" (dates), "cấp III" (a warning level's name). Year 2023.
# --------------------------------------------------------------------------
D10 = dict(name="10_kiemlamqni-canh-bao-chay-rung-2023-precision", kind="result", year=2023, records=[])

# --------------------------------------------------------------------------
# 11 Thanh Hóa, the header and legal bases of Decision 1913/QĐ-UBND of 5 June 2023 approving the
# scheme for fast and sustainable fisheries development to 2030 (thuvienphapluat.vn; nothing cut;
# the excerpt ends in "bền vững g"). A precision text, no record: the document's number "1913/QĐ-
# UBND", its date, the laws' and resolutions' dates and numbers ("19/6/2015", "22/11/2019",
# "21/11/2017", "36-NQ/TW", "58-NQ/TW", "125-KH/TU", "11-CTr/TU", "1063-CV/TU", ...), "năm 2030",
# "năm 2045" (the scheme's horizons, in its name), "khóa XII". Year 2023.
# --------------------------------------------------------------------------
D11 = dict(name="11_thanhhoa-de-an-thuy-san-2030-precision", kind="target", year=2023, records=[])

# --------------------------------------------------------------------------
# 12 Lai Châu, the 2022 afforestation plan (dantocmiennui.vn, a tag page's teaser; nothing cut (the
# excerpt's opening blank line dropped); no byline, no stamp). Year 2022 ("kế hoạch trồng rừng năm
# 2022"). Targets "phấn đấu trồng 2.000 ha diện tích rừng và 1.400 ha cây mắc ca" (`>=`, two
# subjects); result "Đến nay, các huyện đã phê duyệt xong hồ sơ thiết kế kỹ thuật trồng rừng với
# diện tích 2.509 ha" (=). Pillar null. Ids null.
# --------------------------------------------------------------------------
D12 = dict(name="12_laichau-ke-hoach-trong-rung-2022", kind="target", year=2022, records=[
    R("trồng «2.000 ha", "diện tích rừng trồng", ">=", 2000, **HA),
    R("và «1.400 ha", "diện tích cây mắc ca trồng", ">=", 1400, **HA),
    R("diện tích «2.509 ha", "diện tích trồng rừng đã phê duyệt hồ sơ thiết kế kỹ thuật", "=", 2509, **HA, **RES),
])

# --------------------------------------------------------------------------
# 13 Bình Định, the catch over the Tết holiday (binhdinh.gov.vn, after baobinhdinh.com.vn; cut:
# the source line "Theo baobinhdinh.com.vn"; no byline, no stamp). Results, year null (the text
# names no year). "đạt khoảng 1.500 tấn" (`~`, "tấn"); "khoảng 1.420 tàu cá/8.040 lao động" and the
# two parts "khoảng 320 tàu cá/960 lao động", "khoảng 1.100 tàu cá/7.080 lao động" (counts; "khoảng"
# read over both numbers of the pair, `~`; each its own subject, the inshore and offshore parts a
# breakdown by kind, scope null). Not quantities: "DK1" (a name). Pillar null. Ids null.
# --------------------------------------------------------------------------
D13 = dict(name="13_binhdinh-khai-thac-thuy-san-dip-tet", kind="result", year=None, records=[
    R("khoảng «1.500 tấn", "sản lượng thủy sản khai thác dịp Tết", "~", 1500, **TAN),
    R("khoảng «1.420 tàu", "tàu cá khai thác thủy sản dịp Tết", "~", 1420, **CNT),
    R("cá/«8.040 lao", "lao động khai thác thủy sản dịp Tết", "~", 8040, **CNT),
    R("khoảng «320 tàu", "tàu cá khai thác thủy sản tại vùng lộng, vùng ven bờ", "~", 320, **CNT),
    R("cá/«960 lao", "lao động khai thác thủy sản tại vùng lộng, vùng ven bờ", "~", 960, **CNT),
    R("khoảng «1.100 tàu", "tàu cá khai thác thủy sản xa bờ đón Tết trên biển", "~", 1100, **CNT),
    R("cá/«7.080 lao", "lao động khai thác thủy sản xa bờ đón Tết trên biển", "~", 7080, **CNT),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, HERE / "gold")
