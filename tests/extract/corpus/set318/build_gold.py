#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set318).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'), with set306's
units for farm amounts. Each record is written by hand below; its anchor is never typed in. A
record names a locator: a piece of the text with « just before the number. The locator (without «)
must occur exactly once in the text; the anchor is where « stands. `start`/`end` (the clause that
states the quantity) are computed by ../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a plan, a result's
change against a plan); check_gold.py verifies that every percentage has a record or a NOT entry.

Each record carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: this set's theme (rice areas and yields under the
one-million-hectare scheme, organic and VietGAP areas, growing-area codes, livestock herds) has no
indicator in that catalogue (its farm indicators are traceability codes of products and farm
households on e-commerce platforms), so every id is null, as set306 decided; `iid=` is never
written.

Amounts in a unit of their own are unit `other` with the unit as written at the number ("ha",
"tấn", "tấn/ha", "kg/ha", "ha/năm", "tấn/năm", "m2", "lần", "đồng/người", ...); the magnitude
words (nghìn, triệu, tỷ) are multiplied in, as the contract says. The shorthands below are
functools.partial of goldkit.R with the unit filled in.

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
from goldkit import R, CNT  # noqa: E402


def unit_of(text):
    """goldkit.R with unit `other` and the unit as written."""
    return functools.partial(R, unit="other", unit_text=text)


Ha, Tan, Con = unit_of("ha"), unit_of("tấn"), functools.partial(R, unit="count")
Lan = unit_of("lần")
MIO = 1e6
TGT, RES = "target", "result"

# --------------------------------------------------------------------------
# 01 Trà Vinh, the province's plan carrying out the one-million-hectare scheme (travinh.gov.vn;
# cut: the view counter "Lượt xem: 822", the image placeholder "anh tin bai" and the photo
# caption "Mô hình cánh đồng sản xuất lúa giống ... huyện Châu Thành" (no figure), each with its
# blank line; no byline, no stamp; the excerpt ends in "chất lượng cao v"). Kind target. The
# title's "đạt 30.736 ha vào năm 2030" (>=, 2030); "đến năm 2025 Trà Vinh hình thành 10.550 ha"
# and every quantity of that paragraph and the two after it: year 2025 (the paragraphs continue
# "Theo kế hoạch, đến năm 2025 ...": "Trên địa bàn tỉnh có 100% diện tích ...", "Đồng thời, 100%
# diện tích ..."; a judgement). "lượng lúa giống gieo sạ từ 80 - 100 kg/ha" (between, "kg/ha");
# "giảm 20% lượng phân bón ... và lượng nước tưới" (a target stated as a change, >=; one value for
# the three inputs, one record). The last "100% diện tích sản xuất vùng chuyên canh lúa chất lượng
# cao v" is cut by the excerpt's end: its number stands whole, recorded (>=). Not quantities: "1
# phải 5 giảm" (a method's name), "một triệu ha" and "đến năm 2030" inside the scheme's name.
# Pillar null throughout the set (no heading or lead-in names a pillar). Scope null.
# --------------------------------------------------------------------------
D01 = dict(name="01_travinh-lua-chat-luong-cao-ke-hoach-2030", kind=TGT, year=2025, records=[
    Ha("cao đạt «30.736 ha", "vùng sản xuất lúa chuyên canh chất lượng cao của Trà Vinh", ">=", 30736, year=2030),
    Ha("hình thành «10.550 ha", "vùng chuyên canh lúa chất lượng cao và phát thải thấp Trà Vinh hình thành",
       ">=", 10550),
    R("gieo sạ từ «80 - 100 kg/ha", "lượng lúa giống gieo sạ", "between", 80, value_max=100, unit="other",
      unit_text="kg/ha"),
    R("giảm «20% lượng", "giảm lượng phân bón hoá học và thuốc bảo vệ thực vật có nguồn gốc hóa học và lượng "
      "nước tưới so với canh tác truyền thống", ">=", 20),
    R("tỉnh có «100% diện tích", "diện tích áp dụng ít nhất một quy trình canh tác bền vững", ">=", 100),
    R("Đồng thời, «100% diện tích", "diện tích sản xuất vùng chuyên canh lúa chất lượng cao", ">=", 100),
])

# --------------------------------------------------------------------------
# 02 Kiên Giang, the 2023 rice crop and the province's targets under the scheme (nongthon.vn;
# nothing cut: the first line is a photo caption naming no figure, kept; no byline, no stamp; the
# excerpt ends in "chuỗi ngành hàng"). Results of "Năm 2023" (year 2023): "gieo trồng 712.856ha
# lúa", "sản lượng 4,55 triệu tấn" (4.55e6, "tấn"), "năng suất trung bình 6,39 tấn/ha". NOT:
# "vượt 3,54% so kế hoạch" (a result against its plan, spec). Targets: "Năm 2024, tỉnh đặt mục
# tiêu sản xuất đạt trên 4,4 triệu tấn lúa" (>), "tỷ lệ sản xuất lúa chất lượng cao duy trì trên
# 90%" (>), "bước đầu tỉnh Kiên Giang sẽ tham gia 60.000ha lúa" and "Dự kiến tỉnh bán tín chỉ
# carbon khoảng 30.000ha" (year 2024: they follow "Năm 2024" in its paragraph; "dự kiến" a
# target, as set306; a judgement), "đến năm 2025 ... đạt 100.000ha", "dự kiến bán tín chỉ carbon
# khoảng 40.000ha" (2025, `~`), "Ðến năm 2030 hình thành 200.000ha" (2030), "phấn đấu tăng 40% giá
# trị gia tăng trong chuỗi ngành hàng" (a target stated as a change, >=; year 2030, the plan's
# horizon named last before it; a judgement). Not quantities: "(gần bằng năm 2023)" (no number
# of its own), "đầu năm 2023" (a date).
# --------------------------------------------------------------------------
D02 = dict(name="02_kiengiang-lua-phat-thai-thap-2023-2025", kind=RES, year=2023, records=[
    Ha("trồng «712.856ha", "diện tích lúa toàn tỉnh Kiên Giang gieo trồng", "=", 712856),
    Tan("sản lượng «4,55 triệu tấn", "sản lượng lúa", "=", 4.55 * MIO),
    R("trung bình «6,39 tấn/ha", "năng suất lúa trung bình", "=", 6.39, unit="other", unit_text="tấn/ha"),
    Tan("đạt trên «4,4 triệu tấn", "sản xuất lúa", ">", 4.4 * MIO, kind=TGT, year=2024),
    R("duy trì trên «90%", "tỷ lệ sản xuất lúa chất lượng cao trên tổng diện tích gieo trồng", ">", 90, kind=TGT,
      year=2024),
    Ha("tham gia «60.000ha", "diện tích lúa tỉnh Kiên Giang tham gia Đề án bước đầu", ">=", 60000, kind=TGT,
       year=2024),
    Ha("carbon khoảng «30.000ha", "diện tích bán tín chỉ carbon", "~", 30000, kind=TGT, year=2024),
    Ha("thấp đạt «100.000ha", "diện tích canh tác vùng chuyên canh lúa chất lượng cao và phát thải thấp", ">=",
       100000, kind=TGT, year=2025),
    Ha("carbon khoảng «40.000ha", "diện tích bán tín chỉ carbon", "~", 40000, kind=TGT, year=2025),
    Ha("hình thành «200.000ha", "vùng chuyên canh lúa hình thành", ">=", 200000, kind=TGT, year=2030),
    R("tăng «40% giá trị", "tăng giá trị gia tăng trong chuỗi ngành hàng", ">=", 40, kind=TGT, year=2030),
], NOT=["vượt «3,54% so"])

# --------------------------------------------------------------------------
# 03 Lâm Đồng, the VietGAP, organic and growing-area-code tally of 2023 (baolamdong.vn; cut: the
# byline "VŨ VĂN 06:23, 27/12/2023", written as the first line `date 2023-12-27`; the excerpt ends
# in "22.586 m2…"). Results, year 2023. The title's "Hỗ trợ 203,3 ha" is recorded as well as the
# body's (a title that states a figure, as set306). "64 cơ sở, doanh nghiệp, hợp tác xã, hộ nông
# dân" (count). "Lũy tiến toàn tỉnh có 6.282 ha ... VietGAP, GlobalGAP và 1.415 ha sản xuất hữu
# cơ", then the crops "rau (3.060 ha), cây ăn quả (gần 1.241,2 ha), ..., tiêu (3 ha)" (one record
# each, each its own subject; "gần" `~`; a breakdown by crop, scope null), "86.000 ha" and
# "265.000 tấn/năm" (unit "tấn/năm"); "67 mã số vùng trồng" (count), "gần 3.527,2 ha", "65 vùng
# trồng sầu riêng gần 3.416,2 ha, 2 vùng trồng chanh leo 111 ha" (counts and areas), "chiếm lần
# lượt ... 16,3% và 12,4%" (each the share of its crop's area; "so với tổng diện tích canh tác"
# names the denominator), "89 hồ sơ ... hơn 3.678,5 ha" (count, `>`), "20 hồ sơ ... 22.586 m2"
# (count, "m2"). Not quantities: "4C" (a standard's name), "06:23" (cut with the byline).
# --------------------------------------------------------------------------
D03 = dict(name="03_lamdong-vietgap-huu-co-ma-vung-trong-2023", kind=RES, year=2023, records=[
    Ha("Hỗ trợ «203,3 ha", "diện tích sản xuất đạt tiêu chuẩn Chứng nhận VietGAP được hỗ trợ", "=", 203.3),
    Con("hỗ trợ «64 cơ sở", "cơ sở, doanh nghiệp, hợp tác xã, hộ nông dân được hỗ trợ sản xuất đạt tiêu chuẩn "
        "Chứng nhận VietGAP", "=", 64),
    Ha("diện tích «203,3 ha.", "diện tích sản xuất đạt tiêu chuẩn Chứng nhận VietGAP được hỗ trợ", "=", 203.3),
    Ha("có «6.282 ha", "diện tích sản xuất VietGAP, GlobalGAP lũy tiến toàn tỉnh", "=", 6282),
    Ha("và «1.415 ha", "diện tích sản xuất hữu cơ lũy tiến toàn tỉnh", "=", 1415),
    Ha("rau («3.060 ha", "diện tích VietGAP, GlobalGAP, hữu cơ: cây rau", "=", 3060),
    Ha("(gần «1.241,2 ha", "diện tích VietGAP, GlobalGAP, hữu cơ: cây ăn quả", "~", 1241.2),
    Ha("chè («637,5 ha", "diện tích VietGAP, GlobalGAP, hữu cơ: chè", "=", 637.5),
    Ha("(gần «605,2 ha", "diện tích VietGAP, GlobalGAP, hữu cơ: lúa", "~", 605.2),
    Ha("dược liệu («46,4 ha", "diện tích VietGAP, GlobalGAP, hữu cơ: dược liệu", "=", 46.4),
    Ha("cà phê («292,5 ha", "diện tích VietGAP, GlobalGAP, hữu cơ: cà phê", "=", 292.5),
    Ha("tiêu («3 ha", "diện tích VietGAP, GlobalGAP, hữu cơ: tiêu", "=", 3),
    Ha("đạt «86.000 ha", "diện tích sản xuất theo tiêu chuẩn 4C, UTZ, Rainforest", "=", 86000),
    R("sản lượng «265.000 tấn/năm", "sản lượng sản xuất theo tiêu chuẩn 4C, UTZ, Rainforest", "=", 265000,
      unit="other", unit_text="tấn/năm"),
    Con("cấp «67 mã số", "mã số vùng trồng toàn tỉnh được cấp", "=", 67),
    Ha("tích gần «3.527,2 ha", "tổng diện tích các vùng trồng được cấp mã số", "~", 3527.2),
    Con("Cụ thể «65 vùng", "vùng trồng sầu riêng được cấp mã số", "=", 65),
    Ha("riêng gần «3.416,2 ha", "diện tích vùng trồng sầu riêng được cấp mã số", "~", 3416.2),
    Con("ha, «2 vùng", "vùng trồng chanh leo được cấp mã số", "=", 2),
    Ha("leo «111 ha", "diện tích vùng trồng chanh leo được cấp mã số", "=", 111),
    R("canh tác «16,3%", "diện tích vùng trồng sầu riêng được cấp mã số so với tổng diện tích canh tác", "=",
      16.3),
    R("và «12,4%", "diện tích vùng trồng chanh leo được cấp mã số so với tổng diện tích canh tác", "=", 12.4),
    Con("hoàn tất «89 hồ sơ", "hồ sơ đề nghị cấp mã vùng trồng đã hoàn tất", "=", 89),
    Ha("với hơn «3.678,5 ha", "diện tích các hồ sơ đề nghị cấp mã vùng trồng", ">", 3678.5),
    Con("ha; «20 hồ sơ", "hồ sơ đề nghị cấp mã cơ sở đóng gói", "=", 20),
    R("xưởng «22.586 m2", "tổng diện tích nhà xưởng cơ sở đóng gói đề nghị cấp mã", "=", 22586,
      unit="other", unit_text="m2"),
])

# --------------------------------------------------------------------------
# 04 Đồng Nai, the provincial council's page on the scheme for organic farming to 2030
# (hdnd.dongnai.gov.vn; nothing cut; no byline, no stamp; the excerpt opens inside the article
# and ends in "chuỗi liên kết gắn"). Kind target, year 2030 ("phấn đấu đến năm 2030"; the general
# aim's "cao gấp 1,5 - 2,0 lần" takes the scheme's horizon too, a judgement: between, "lần").
# Areas: "4.400 ha, chiếm 2,13%", "hướng hữu cơ 3.242 ha, chiếm 1,57%", "hữu cơ 1.158 ha, chiếm
# 0,56%" (each area and its share; bare numbers >=). Herds (counts, each its own subject: the
# kind of livestock and the organic or near-organic part; a breakdown by kind, scope null): bò
# 1.030 / 680 / 350, heo 10.200 / 7.850 / 2.350, gia cầm 507.500 / 375.000 / 132.500, dê 1.700 /
# 1.150 / 550; "Hình thành 01 vùng thủy sản ... diện tích nuôi là 400 ha" (count and area).
# --------------------------------------------------------------------------
HERD = [("bò", "1.030", "680", "350"), ("heo", "10.200", "7.850", "2.350"),
        ("gia cầm", "507.500", "375.000", "132.500"), ("dê", "1.700", "1.150", "550")]


def herd(kind, total, near, full):
    """The three counts of one herd: the organic and near-organic total, then its two parts."""
    n = goldkit.num
    subj = f"đàn {kind}"
    return [
        Con(f"Quy mô đàn {kind} đạt hữu cơ và hướng hữu cơ «{total} con", f"quy mô {subj} đạt hữu cơ và hướng "
            "hữu cơ", ">=", n(total)),
        Con(f"hữu cơ {total} con; trong đó{',' if kind != 'heo' else ''} hướng hữu cơ «{near} con",
            f"quy mô {subj} hướng hữu cơ", ">=", n(near)),
        Con(f"hướng hữu cơ {near} con, hữu cơ «{full} con", f"quy mô {subj} hữu cơ", ">=", n(full)),
    ]


D04 = dict(name="04_dongnai-de-an-nong-nghiep-huu-co-2030", kind=TGT, year=2030, records=[
    Lan("cao gấp «1,5 - 2,0 lần", "giá trị sản phẩm nông nghiệp hữu cơ so với sản phẩm nông nghiệp thông thường",
        "between", 1.5, value_max=2.0),
    Ha("tỉnh đạt «4.400 ha", "tổng diện tích trồng trọt hữu cơ và hướng hữu cơ trên địa bàn tỉnh", ">=", 4400),
    R("chiếm «2,13%", "diện tích trồng trọt hữu cơ và hướng hữu cơ trong diện tích đất sản xuất nông nghiệp "
      "toàn tỉnh", ">=", 2.13),
    Ha("hữu cơ «3.242 ha", "diện tích trồng trọt hướng hữu cơ", ">=", 3242),
    R("chiếm «1,57%", "diện tích trồng trọt hướng hữu cơ trong diện tích đất sản xuất nông nghiệp toàn tỉnh",
      ">=", 1.57),
    Ha("hữu cơ «1.158 ha", "diện tích trồng trọt hữu cơ", ">=", 1158),
    R("chiếm «0,56%", "diện tích trồng trọt hữu cơ trong diện tích đất sản xuất nông nghiệp toàn tỉnh", ">=",
      0.56),
    *[r for h in HERD for r in herd(*h)],
    Con("Hình thành «01 vùng", "vùng thủy sản nuôi quảng canh hữu cơ dưới tán rừng", ">=", 1),
    Ha("nuôi là «400 ha", "diện tích nuôi thủy sản quảng canh hữu cơ dưới tán rừng", ">=", 400),
])

# --------------------------------------------------------------------------
# 05 Đồng Tháp, the province preparing its plan under the scheme (baotintuc.vn; nothing cut; no
# byline, no stamp; the excerpt opens inside the article and ends in "(WB"). Results: "Diện tích
# sản xuất lúa mỗi năm của tỉnh dao động khoảng 480.000 - 500.000 ha" (between: the range decides
# over "khoảng", as set306's "trên 80-90%"), "sản lượng ước tính trên 3,3 triệu tấn" (>); year
# null: "mỗi năm" names no year and the text dates nothing it measures (a judgement; the address's
# "20240312" is not in the text). Targets: "trong năm 2024 đạt khoảng 20.000 ha" (~, 2024), "đến
# năm 2025 sẽ phát triển diện tích lên 50.000 ha" (>=, 2025), "đến năm 2030 là 161.000 ha" (>=,
# 2030). Not quantities: "27/11/2023" (a date), "1490/QĐ-TTg" (twice, a document), "1 triệu ha"
# and "năm 2030" in the scheme's name, "Hè Thu năm 2024" (when it starts).
# --------------------------------------------------------------------------
D05 = dict(name="05_dongthap-lua-phat-thai-thap-muc-tieu-2024", kind=RES, year=None, records=[
    Ha("khoảng «480.000 - 500.000 ha", "diện tích sản xuất lúa mỗi năm của tỉnh", "between", 480000,
       value_max=500000),
    Tan("ước tính trên «3,3 triệu tấn", "sản lượng lúa mỗi năm", ">", 3.3 * MIO),
    Ha("đạt khoảng «20.000 ha", "diện tích canh tác vùng chuyên canh lúa chất lượng cao tham gia Đề án của toàn "
       "tỉnh", "~", 20000, kind=TGT, year=2024),
    Ha("lên «50.000 ha", "diện tích canh tác vùng chuyên canh lúa chất lượng cao tham gia Đề án", ">=", 50000,
       kind=TGT, year=2025),
    Ha("là «161.000 ha", "diện tích canh tác vùng chuyên canh lúa chất lượng cao tham gia Đề án", ">=", 161000,
       kind=TGT, year=2030),
])

# --------------------------------------------------------------------------
# 06 An Giang, the crop department's review of the province's areas for the scheme, November 2023
# (baoangiang.com.vn; cut: the byline date "09/11/2023 - 09:53", written as the first line
# `date 2023-11-09`; the excerpt ends in "Cục Trồng"). The winter-spring crop "vụ đông xuân 2023
# – 2024" is read by its end year, 2024 (as the earlier sets read a school year), for its plan and
# the registrations made for it. Targets (the crop's plan, "có kế hoạch xuống giống"):
# "228.055ha lúa", "rau màu khoảng 17.257ha (cây màu 3.611ha, rau dưa các loại 13.646ha)" (~,
# then the two parts, each its own subject). Results (registrations, =, 2024): "15 doanh nghiệp
# đăng ký liên kết tiêu thụ 144.189ha, chiếm 63,22%", "Lộc Trời đăng ký nhiều nhất với 123.039ha,
# bao gồm 13.832ha tham gia Đề án". Targets: "An Giang đăng ký đến năm 2025 là 103.668ha, đến năm
# 2030 là 152.985ha"; "từ nay đến năm 2030 ... ít nhất 200.000ha", "ít nhất 550.000ha/năm"
# ("ha/năm"), "từ 3,5 triệu tấn lúa trở lên", "lãi bình quân trên 35% so với giá thành sản
# xuất" (>: "so với giá thành" names the base of the margin, not an earlier value; 2030). Not
# quantities: "1 triệu ha" in the title and the scheme's name (three times), "9/11", "1/11 -
# 31/12/2023" (dates).
# --------------------------------------------------------------------------
D06 = dict(name="06_angiang-ra-soat-de-an-1-trieu-ha-2023", kind=TGT, year=2024, records=[
    Ha("xuống giống «228.055ha", "diện tích lúa xuống giống vụ đông xuân", ">=", 228055),
    Ha("rau màu khoảng «17.257ha", "diện tích rau màu vụ đông xuân", "~", 17257),
    Ha("cây màu «3.611ha", "diện tích cây màu vụ đông xuân", ">=", 3611),
    Ha("các loại «13.646ha", "diện tích rau dưa các loại vụ đông xuân", ">=", 13646),
    Con("có «15 doanh nghiệp", "doanh nghiệp đăng ký liên kết tiêu thụ lúa", "=", 15, kind=RES),
    Ha("tiêu thụ «144.189ha", "diện tích lúa doanh nghiệp đăng ký liên kết tiêu thụ", "=", 144189, kind=RES),
    R("chiếm «63,22%", "diện tích lúa đăng ký liên kết tiêu thụ trong diện tích dự kiến xuống giống", "=", 63.22,
      kind=RES),
    Ha("nhiều nhất với «123.039ha", "diện tích Công ty Cổ phần Tập đoàn Lộc Trời đăng ký liên kết", "=", 123039,
       kind=RES),
    Ha("bao gồm «13.832ha", "diện tích Lộc Trời liên kết tham gia Đề án 1 triệu ha lúa", "=", 13832, kind=RES),
    Ha("năm 2025 là «103.668ha", "diện tích An Giang đăng ký tham gia Đề án 1 triệu ha lúa", ">=", 103668,
       year=2025),
    Ha("năm 2030 là «152.985ha", "diện tích An Giang đăng ký tham gia Đề án 1 triệu ha lúa", ">=", 152985,
       year=2030),
    Ha("ít nhất «200.000ha", "diện tích đất canh tác lúa duy trì ổn định", ">=", 200000, year=2030),
    R("ít nhất «550.000ha/năm", "tổng diện tích bố trí sản xuất lúa", ">=", 550000, unit="other",
      unit_text="ha/năm", year=2030),
    Tan("từ «3,5 triệu tấn", "sản lượng lúa duy trì", ">=", 3.5 * MIO, year=2030),
    R("bình quân trên «35%", "lãi bình quân của nông dân ở các vùng sản xuất lúa hàng hóa tập trung quy mô lớn so "
      "với giá thành sản xuất", ">", 35, year=2030),
])

# --------------------------------------------------------------------------
# 07 Quảng Trị, the crop department's meeting on widening organic rice, May 2024 (nongnghiep.vn;
# cut: the line "| Hotline: 0983.970.780" with its blank line, and the byline date "Thứ Sáu
# 17/05/2024 , 09:16 (GMT+7)", written as the first line `date 2024-05-17`; the photo caption
# "Quảng Trị đặt mục tiêu đến năm 2025 có 1.000ha lúa hữu cơ. Ảnh: Võ Dũng." (twice) states a
# figure and stays, recorded at each statement as set306; the excerpt ends in "diện tích lúa
# s"). Year 2024 (the byline; the winter-spring crop "2023 - 2024" read by its end year). Targets:
# "mở rộng thêm 300 - 500ha" (title), "thêm 300 đến 500ha" (lead and last paragraph): between,
# year 2024 ("Thời gian tới": no year of its own, the document's, spec); "đến năm 2025 có
# 1.000ha" (twice, 2025). Results: "25.969ha", "20.500ha, đạt 80% diện tích gieo trồng" (the
# share of the sown area: a quantity), "trên 7.000ha" (>), "hơn 1.380ha", "gần 670ha", the
# bracket "(diện tích chứng nhận hơn 87ha, ... hơn 80ha, ... hơn 502ha)", "VietGAP gần 94ha",
# "theo hướng an toàn 102ha", "sản xuất lúa giống 63ha", "khoảng 300ha lúa theo hướng hữu cơ" (the
# company's linked area, `~`). NOT: "đạt 101,8% kế hoạch", "đạt 65% kế hoạch" (completion against
# the plan). Not quantities: "0983.970.780" (cut), "2023 - 2024" (the season).
# --------------------------------------------------------------------------
D07 = dict(name="07_quangtri-lua-huu-co-vietgap-2024", kind=RES, year=2024, records=[
    Ha("rộng thêm «300 - 500ha", "diện tích lúa hữu cơ Quảng Trị mở rộng thêm", "between", 300, value_max=500,
       kind=TGT),
    Ha("Thời gian tới, Quảng Trị sẽ mở rộng thêm «300 đến 500ha", "diện tích lúa hữu cơ Quảng Trị mở rộng thêm",
       "between", 300, value_max=500, kind=TGT),
    Ha("sang sản xuất hữu cơ.\n\nQuảng Trị đặt mục tiêu đến năm 2025 có «1.000ha", "diện tích lúa hữu cơ", ">=",
       1000, kind=TGT, year=2025),
    Ha("Ảnh: Võ Dũng.\n\nQuảng Trị đặt mục tiêu đến năm 2025 có «1.000ha", "diện tích lúa hữu cơ", ">=", 1000,
       kind=TGT, year=2025),
    Ha("diện tích «25.969ha", "diện tích sản xuất lúa vụ đông xuân", "=", 25969),
    Ha("cao «20.500ha", "diện tích lúa chất lượng cao", "=", 20500),
    R("đạt «80% diện tích", "diện tích lúa chất lượng cao trong diện tích gieo trồng", "=", 80),
    Ha("lớn trên «7.000ha", "diện tích sản xuất lúa cánh đồng lớn", ">", 7000),
    Ha("sản phẩm hơn «1.380ha", "diện tích lúa liên kết sản xuất và tiêu thụ sản phẩm", ">", 1380),
    Ha("hữu cơ gần «670ha", "diện tích sản xuất lúa hữu cơ", "~", 670),
    Ha("chứng nhận hơn «87ha", "diện tích lúa hữu cơ chứng nhận", ">", 87),
    Ha("tự nhiên hơn «80ha", "diện tích sản xuất lúa canh tác tự nhiên", ">", 80),
    Ha("hữu cơ hơn «502ha", "diện tích sản xuất lúa theo hướng hữu cơ", ">", 502),
    Ha("VietGAP gần «94ha", "diện tích lúa VietGAP", "~", 94),
    Ha("an toàn «102ha", "diện tích lúa theo hướng an toàn", "=", 102),
    Ha("giống «63ha", "diện tích sản xuất lúa giống", "=", 63),
    Ha("phát triển khoảng «300ha", "diện tích lúa theo hướng hữu cơ Công ty Sông Gianh liên kết phát triển", "~",
       300),
    Ha("tại Quảng Trị mở rộng thêm «300 đến 500ha", "diện tích lúa hữu cơ mở rộng thêm", "between", 300,
       value_max=500, kind=TGT),
], NOT=["đạt «101,8% kế", "đạt «65% kế"])

# --------------------------------------------------------------------------
# 08 Sóc Trăng, Long Phú district's pilot of the scheme (sggp.org.vn; the stamp " date 2025-02"
# written as the first line; cut: the photo caption "Thu hoạch lúa sản xuất theo Đề án 1 triệu ha
# ... huyện Long Phú, Sóc Trăng" with its blank line (no figure; the "1 triệu ha" there is the
# scheme's name); the excerpt ends in "mua gi"). Results. The district's "tổng diện tích trên
# 16.000ha" (>) and "tỷ lệ sản xuất lúa đặc sản, lúa chất lượng cao chiếm hơn 98,9%" (>): year
# 2025 (the stamp; no year of their own). The pilot of "Vụ lúa hè thu năm 2024": "diện tích 50ha,
# với 46 hộ", "hỗ trợ 50% lúa giống, 50% phân bón và 100% dịch vụ cơ giới gieo sạ" (what the
# households received: three records, each its own subject), year 2024. Not quantities: "ST25" (a
# variety's name), "một triệu hec-ta" and "năm 2030" in the scheme's name.
# --------------------------------------------------------------------------
D08 = dict(name="08_soctrang-longphu-mo-hinh-thi-diem-2025", kind=RES, year=2025, records=[
    Ha("diện tích trên «16.000ha", "tổng diện tích lúa Long Phú", ">", 16000),
    R("chiếm hơn «98,9%", "tỷ lệ sản xuất lúa đặc sản, lúa chất lượng cao", ">", 98.9),
    Ha("diện tích «50ha", "diện tích mô hình thí điểm Đề án", "=", 50, year=2024),
    Con("với «46 hộ", "hộ thuộc HTX Hưng Lợi tham gia mô hình thí điểm", "=", 46, year=2024),
    R("hỗ trợ «50% lúa", "lúa giống hỗ trợ hộ dân tham gia mô hình", "=", 50, year=2024),
    R("giống, «50% phân", "phân bón hỗ trợ hộ dân tham gia mô hình", "=", 50, year=2024),
    R("và «100% dịch", "dịch vụ cơ giới gieo sạ hỗ trợ hộ dân tham gia mô hình", "=", 100, year=2024),
])

# --------------------------------------------------------------------------
# 09 Thái Nguyên, the tea areas given growing-area codes (thainguyentv.vn; nothing cut; no
# byline, no stamp, no year in the text: year null). Results, counts: "29 vùng chè" (title and
# body, each recorded), the units with codes per locality "TP. Thái Nguyên có 10 hợp tác xã,
# doanh nghiệp", "Đồng Hỷ có 8 đơn vị", "Đại Từ 7 đơn vị", "Phú Lương 4 đơn vị" (each with
# `place`, scope null: a split by district is carried by place, as set306). Not quantities: "/."
# (the article's end mark).
# --------------------------------------------------------------------------
D09 = dict(name="09_thainguyen-che-ma-vung-trong", kind=RES, year=None, records=[
    Con("Thái Nguyên: «29 vùng", "vùng chè được gắn mã vùng trồng", "=", 29),
    Con("có «29 vùng", "vùng trồng chè được gắn mã số vùng trồng đạt yêu cầu", "=", 29),
    Con("có «10 hợp", "hợp tác xã, doanh nghiệp được cấp mã vùng trồng", "=", 10, place="TP. Thái Nguyên"),
    Con("có «8 đơn", "đơn vị được cấp mã vùng trồng", "=", 8, place="Đồng Hỷ"),
    Con("Từ «7 đơn", "đơn vị được cấp mã vùng trồng", "=", 7, place="Đại Từ"),
    Con("Lương «4 đơn", "đơn vị được cấp mã vùng trồng", "=", 4, place="Phú Lương"),
])

# --------------------------------------------------------------------------
# 10 Lào Cai, the cinnamon areas with an international organic certificate, April 2021
# (laocaitv.vn; cut: the byline line "21:01 02-04-2021 | :1108" (time, date, view counter),
# written as the first line `date 2021-04-02`, the byline "Ngọc Hà – Nông Quý" and the comment box
# "Bình luận", "Tối thiểu 10 chữ ..." with their blank lines). Results, year 2021. "hơn 3.600 ha"
# (title and the photo caption, which states the figure and stays), "hơn 3.630 ha" (the body),
# "chiếm khoảng 10% tổng diện tích quế" (~), "toàn bộ diện tích hơn 1.300 ha quế hữu cơ của Nậm
# Đét" (the commune's certified area, whose certificate lapsed; place "Nậm Đét"; a result: the
# area stands, its renewal is what lies ahead; a judgement). Not quantities: "Từ năm 2018" (a
# date), "3 năm" (how long a certificate lasts), "GREAT" (a name).
# --------------------------------------------------------------------------
D10 = dict(name="10_laocai-que-huu-co-2021", kind=RES, year=2021, records=[
    Ha("Lào Cai có hơn «3.600 ha quế đạt chứng nhận hữu cơ quốc tế\n\nLaocaitv", "diện tích quế đạt chứng nhận "
       "hữu cơ quốc tế", ">", 3600),
    Ha("cho hơn «3.630 ha", "diện tích quế được chứng nhận hữu cơ", ">", 3630),
    Ha("quốc tế.\n\nLào Cai có hơn «3.600 ha", "diện tích quế đạt chứng nhận hữu cơ quốc tế", ">", 3600),
    R("khoảng «10% tổng", "diện tích quế được cấp chứng nhận hữu cơ trong tổng diện tích quế hiện có của toàn "
      "tỉnh", "~", 10),
    Ha("tích hơn «1.300 ha", "diện tích quế hữu cơ của xã Nậm Đét", ">", 1300, place="Nậm Đét"),
])

# --------------------------------------------------------------------------
# 11 Bạc Liêu, the province's low-emission rice models and its areas under the scheme
# (xuctiendoanhnghiep.vn; cut: the image line "![]() |" and the photo caption "Mô hình sản xuất lúa
# theo Chương trình 1 triệu ha ... Ảnh: M.Đ |" (no figure: the "1 triệu ha" is the programme's
# name); no byline, no stamp; the excerpt ends in "cơ sở hạ tầng "). A precision text: two
# targets, "đến năm 2025 sẽ có 28.000ha và đến năm 2030 là 46.000ha" (>=, 2025 and 2030), among
# the periods "2021 - 2030", "năm 2050", "giai đoạn 1 (từ năm 2024 - 2025)", "giai đoạn 2 (từ
# năm 2026 - 2030)" and the scheme's name ("1 triệu ha", "năm 2030"): none a quantity.
# --------------------------------------------------------------------------
D11 = dict(name="11_baclieu-vung-lua-phat-thai-thap-precision", kind=TGT, year=None, records=[
    Ha("sẽ có «28.000ha", "vùng chuyên canh lúa chất lượng cao, phát thải thấp", ">=", 28000, year=2025),
    Ha("là «46.000ha", "vùng chuyên canh lúa chất lượng cao, phát thải thấp", ">=", 46000, year=2030),
])

# --------------------------------------------------------------------------
# 12 Long An, the province's plan under the scheme approved on 5 April 2024 (kinhtemoitruong.vn;
# nothing cut; no byline, no stamp; the excerpt ends in "Sông cửu "). A precision text: one target
# stated four times, "125.000ha" for 2030 (title, lead, "hình thành 125.000ha", "đạt 125.000ha"),
# and "đến năm 2025 ... đạt 60.000ha", all >=; among the dates "10/4", "quí I/2024",
# "05/4/2024" and the scheme's name ("1 triệu héc ta", "năm 2030"): none a quantity.
# --------------------------------------------------------------------------
VUNG = "quy mô diện tích canh tác vùng chuyên canh lúa chất lượng cao và phát thải thấp"
D12 = dict(name="12_longan-ke-hoach-lua-chat-luong-cao-2024-precision", kind=TGT, year=2030, records=[
    Ha("có «125.000ha canh", "diện tích canh tác lúa chất lượng cao, phát thải thấp", ">=", 125000),
    Ha("xanh đạt «125.000ha.\nNgày", VUNG + ", gắn với tăng trưởng xanh", ">=", 125000),
    Ha("hình thành «125.000ha", "vùng chuyên canh lúa chất lượng cao và phát thải thấp tỉnh Long An hình thành",
       ">=", 125000),
    Ha("đạt «60.000ha", VUNG, ">=", 60000, year=2025),
    Ha("xanh đạt «125.000ha.\n“", VUNG + ", gắn với tăng trưởng xanh", ">=", 125000),
])

# --------------------------------------------------------------------------
# 13 An Giang, the province's plan for restructuring agriculture, 2021-2025 (the page of Vọng Thê
# commune, Thoại Sơn; nothing cut; no byline, no stamp; the excerpt ends in "Giai đoạn 2021 -
# 2025, "). Kind target, year 2025 ("trong giai đoạn 2021-2025", "đến năm 2025"). Growth rates
# "đạt 2,8%/năm", "2,2%/năm (Trồng trọt: 1,9%; Chăn nuôi: 3%-4%)", "5,9%/năm", "0,2%/năm" (%;
# the sectors are kinds of thing, scope null; "3%-4%" between); "chiếm 26% trong cơ cấu GRDP";
# "bằng 1,5 lần so năm 2020" (a target stated as a change, >=, "lần"); the bracket "(Năm 2020 thu
# nhập người dân nông thôn là 43 triệu đồng/người" (a result of 2020, =, "đồng/người") and "đến
# năm 2025 là 64,5 triệu đồng/năm" (>=, "đồng/năm", as written); "đạt 242 triệu đồng/ha" (>=,
# "đồng/ha"). Not quantities: "(giá SS 2010)" (the price base), "01 ha" (the unit of the value),
# "2021-2025", "2021 - 2025" (periods).
# --------------------------------------------------------------------------
D13 = dict(name="13_angiang-co-cau-lai-nong-nghiep-2025", kind=TGT, year=2025, records=[
    R("đạt «2,8%/năm", "tăng trưởng bình quân nông nghiệp", ">=", 2.8),
    R("bình quân «2,2%/năm", "nông nghiệp tăng bình quân", ">=", 2.2),
    R("Trồng trọt: «1,9%", "tăng bình quân trồng trọt", ">=", 1.9),
    R("Chăn nuôi: «3%-4%", "tăng bình quân chăn nuôi", "between", 3, value_max=4),
    R("bình quân «5,9%/năm", "Thủy sản tăng bình quân", ">=", 5.9),
    R("bình quân «0,2%/năm", "Lâm nghiệp tăng bình quân", ">=", 0.2),
    R("chiếm «26% trong", "Khu vực nông – lâm nghiệp và thủy sản trong cơ cấu GRDP toàn tỉnh", ">=", 26),
    Lan("bằng «1,5 lần", "thu nhập bình quân đầu người của nông dân so năm 2020", ">=", 1.5),
    R("là «43 triệu đồng/người", "thu nhập người dân nông thôn", "=", 43 * MIO, unit="other",
      unit_text="đồng/người", kind=RES, year=2020),
    R("là «64,5 triệu đồng/năm", "thu nhập người dân nông thôn", ">=", 64.5 * MIO, unit="other",
      unit_text="đồng/năm"),
    R("đạt «242 triệu đồng/ha", "Giá trị sản phẩm trên 01 ha đất trồng trọt và mặt nước nuôi trồng thủy sản", ">=",
      242 * MIO, unit="other", unit_text="đồng/ha"),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
