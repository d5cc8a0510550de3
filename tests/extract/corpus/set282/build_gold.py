#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set282).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder.

Each document may also list NOT: locators of percentages deliberately left without a record (a
result's change against an earlier value or period, spec); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer). The set's theme (seaports,
logistics and waterways) has no indicator in `muctieu/catalog/data/indicators.yaml`: every id is
null, so no record below names `iid=`.

Amounts in tonnes, TEU, metres, kilometres and đồng are written with `functools.partial`
shorthands over goldkit's `R` (`TAN`, `TEU`, `MET`, `KMS`, `DONG`); counts with `CT`; targets add
`**T`. The documents are gathered in `DOCS` by a comprehension over the module's D-names.

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
from goldkit import R, T  # noqa: E402

TAN = functools.partial(R, unit="other", unit_text="tấn")
TEU = functools.partial(R, unit="other", unit_text="TEU")
MET = functools.partial(R, unit="other", unit_text="m")
KMS = functools.partial(R, unit="other", unit_text="km")
DONG = functools.partial(R, unit="other", unit_text="đồng")
CT = functools.partial(R, unit="count")

# --------------------------------------------------------------------------
# 01 Lạng Sơn, Plan 31/KH-UBND of 31/01/2026 implementing Decision 2229/QĐ-TTg (the national
# logistics strategy 2025-2030, vision 2050) (langson.gov.vn; cut: the portal's header lines "Cổng
# thông tin điện tử", "Tỉnh Lạng Sơn", the font widget "A- A A+ | Tăng tương phản Giảm tương phản",
# two lines of one space and the caption "Ảnh minh họa", with the blank lines that went with them;
# no byline, no stamp; the excerpt ends in "hi"). Targets. Year 2030 for the first paragraph
# ("Giai đoạn 2025 – 2030": the period's end), 2050 for the second ("Giai đoạn đến năm 2050").
# "đạt 2,8% - 3%", "đạt 5% - 7%": between. "đạt trên 70%", "đạt trên 80%", "đạt trên 12%": ">".
# "70% người lao động ..., trong đó 30% có trình độ đại học trở lên": two records, the second its
# own subject (a part of the first, not a level). "xây mới 01 trung tâm dịch vụ logistics":
# count, >=. Pillar null (no heading). Not quantities: "2229/QĐ-TTg" (twice), "09/10/2025" (twice),
# "31/KH-UBND", "31/01/2026" (document and dates), "2025 – 2030" (twice), "năm 2050" (twice).
# --------------------------------------------------------------------------
D01 = dict(name="01_langson-ke-hoach-logistics-2229-2026", kind="target", year=2030, records=[
    R("tổng sản phẩm đạt «2,8% - 3%", "tỷ trọng giá trị tăng thêm của dịch vụ logistics trong tổng sản phẩm",
      "between", 2.8, value_max=3),
    R("logistics đạt trên «70%", "tỷ lệ doanh nghiệp thuê ngoài dịch vụ logistics", ">", 70),
    R("; «70% người lao động", "người lao động trong ngành dịch vụ logistics được đào tạo trình độ chuyên môn "
      "kỹ thuật", ">=", 70),
    R("trong đó «30% có", "người lao động trong ngành dịch vụ logistics có trình độ đại học trở lên", ">=", 30),
    R("hằng năm đạt «12%", "tốc độ tăng trưởng trung bình của ngành dịch vụ logistics trên địa bàn tỉnh hằng năm",
      ">=", 12),
    CT("xây mới «01 trung tâm", "trung tâm dịch vụ logistics xây mới", ">=", 1),
    R("tổng sản phẩm đạt «5% - 7%", "tỷ trọng giá trị tăng thêm của dịch vụ logistics trong tổng sản phẩm",
      "between", 5, value_max=7, year=2050),
    R("logistics đạt trên «80%", "tỷ lệ doanh nghiệp thuê ngoài dịch vụ logistics", ">", 80, year=2050),
    R("; «90% người lao động", "người lao động trong ngành dịch vụ logistics được đào tạo trình độ chuyên môn "
      "kỹ thuật", ">=", 90, year=2050),
    R("trong đó «50% có", "người lao động trong ngành dịch vụ logistics có trình độ đại học trở lên", ">=", 50,
      year=2050),
    R("hằng năm đạt trên «12%", "tốc độ tăng trưởng trung bình của ngành dịch vụ logistics trên địa bàn tỉnh hằng "
      "năm", ">", 12, year=2050),
])

# --------------------------------------------------------------------------
# 02 Bình Định, the adjusted seaport plan to 2030 (soha.vn; the stamp " date 2025-08-08" written as
# the first line; nothing cut; the excerpt ends in "và 10.620"). Targets of 2030 ("đến năm 2030").
# Pillar null. Ranges "17,65–18,75 triệu tấn", "0,32–0,37 triệu TEU", "150.000–200.000 lượt",
# "13,85–14,35 triệu tấn/năm": between (the magnitude word read into both ends). What the planned
# port system and each zone are to have: berths ("bến cảng"), quays ("cầu cảng"), total and berth
# lengths (unit other "m"): a bare number in a target, ">="; "tiếp nhận tàu tới 70.000 tấn",
# "tàu tới 150.000 tấn": "<=" ("tới" a ceiling, as set191 read "tàu trọng tải đến 70.000 tấn");
# "đón tàu khách 225.000 GT" bare, ">="; "5.000 GT hoặc lớn hơn" ">=". The zones are named in the
# indicator (scope null: a zone is not an administrative level). The investment need "ước đạt
# 11.870 tỷ đồng, gồm 1.250 tỷ đồng ...": money, unit other "đồng", kind target (a plan's figure),
# op "~" (a plan's estimate, "ước"; a target takes no "=", and the spec's "ước đạt" is "=" only for
# a result; a judgement). Not quantities: "khoảng 217,3 ha" (the planned land for
# the ports, the plan's extent, as set191's "quy hoạch trên diện tích 72ha"), the trailing "10.620"
# (cut off before its unit), "năm 2030" (twice).
# --------------------------------------------------------------------------
D02 = dict(name="02_binhdinh-quy-hoach-cang-bien-2030", kind="target", year=2030, records=[
    TAN("thông qua từ «17,65–18,75 triệu tấn", "hàng hóa thông qua cảng biển Bình Định mỗi năm", "between", 17.65e6,
        value_max=18.75e6),
    TEU("container đạt «0,32–0,37 triệu TEU", "hàng container thông qua cảng biển Bình Định", "between", 0.32e6,
        value_max=0.37e6),
    CT("đạt từ «150.000–200.000 lượt", "lượng hành khách thông qua cảng biển Bình Định", "between", 150000,
       value_max=200000),
    CT("sẽ có «9 bến cảng", "bến cảng của hệ thống hạ tầng cảng biển của tỉnh", ">=", 9),
    CT("với «20 cầu cảng", "cầu cảng của hệ thống hạ tầng cảng biển của tỉnh", ">=", 20),
    MET("tổng chiều dài «5.104 m", "tổng chiều dài cầu cảng của hệ thống cảng biển của tỉnh", ">=", 5104),
    CT("Đống Đa: «4 bến cảng", "bến cảng khu bến Quy Nhơn – Thị Nại – Đống Đa", ">=", 4),
    CT("(«8 cầu cảng)", "cầu cảng khu bến Quy Nhơn – Thị Nại – Đống Đa", ">=", 8),
    MET("tổng chiều dài «1.624 m", "tổng chiều dài khu bến Quy Nhơn – Thị Nại – Đống Đa", ">=", 1624),
    TAN("tiếp nhận tàu tới «70.000 tấn", "trọng tải tàu khu bến Quy Nhơn – Thị Nại – Đống Đa tiếp nhận", "<=", 70000),
    R("công suất «13,85–14,35 triệu tấn/năm", "công suất khu bến Quy Nhơn – Thị Nại – Đống Đa", "between", 13.85e6,
      value_max=14.35e6, unit="other", unit_text="tấn/năm"),
    MET("chiều dài «998 m", "chiều dài bến Quy Nhơn, cảng tổng hợp và container", ">=", 998),
    MET("Quy Nhơn dài «200 m", "chiều dài bến Tân cảng Quy Nhơn", ">=", 200),
    MET("Thị Nại dài «286 m", "chiều dài bến Thị Nại", ">=", 286),
    MET("quân sự dài «140 m", "chiều dài bến quân sự", ">=", 140),
    CT("Nhơn Hội: «2 bến cảng", "bến cảng khu bến Nhơn Hội phục vụ hành khách", ">=", 2),
    CT("(«3 cầu cảng)", "cầu cảng khu bến Nhơn Hội", ">=", 3),
    MET("Hải Giang dài «460 m", "chiều dài bến Hải Giang", ">=", 460),
    R("tàu khách «225.000 GT", "tàu khách bến Hải Giang đón", ">=", 225000, unit="other", unit_text="GT"),
    MET("Nhơn Hội dài «400 m", "chiều dài bến khách Nhơn Hội", ">=", 400),
    R("tàu khách «5.000 GT hoặc", "tàu khách bến khách Nhơn Hội đón", ">=", 5000, unit="other", unit_text="GT"),
    CT("Hoài Nhơn): «3 bến cảng", "bến cảng khu bến Phù Mỹ phục vụ khu kinh tế, công nghiệp năng lượng – luyện kim",
       ">=", 3),
    CT("(«9 cầu cảng)", "cầu cảng khu bến Phù Mỹ", ">=", 9),
    TAN("tiếp nhận tàu tới «150.000 tấn", "trọng tải tàu khu bến Phù Mỹ tiếp nhận", "<=", 150000),
    DONG("ước đạt «11.870 tỷ đồng", "nhu cầu vốn đầu tư hệ thống cảng biển toàn tỉnh", "~", 11870e9),
    DONG("gồm «1.250 tỷ đồng", "nhu cầu vốn đầu tư cho hạ tầng hàng hải công cộng", "~", 1250e9),
])

# --------------------------------------------------------------------------
# 03 Nghệ An, the zones of its seaport in the national seaport master plan (nghean24h.vn; the stamp
# " date 2025-06" written as the first line; nothing cut; the excerpt ends in "gắn với"). Targets
# (what each zone is planned to have and to handle). Year null: the text names no year for these
# (the address's "2030" is not in the text; "Tầm nhìn đến năm 2050" is the vision of what follows,
# and the stamp's 2025 is the page's date, not the plan's; a judgement). Pillar null. "từ X đến Y",
# "X cầu cảng đến Y cầu cảng", "từ 3 bến cảng đến 4 bến cảng": between; "khoảng": "~"; bare counts
# ">=". Each zone named in the indicator (scope null). "1 bến phao neo đậu chuyển tải" is a count
# (>=, 1) like the berths. Not quantities: "năm 2050".
# --------------------------------------------------------------------------
D03 = dict(name="03_nghean-quy-hoach-khu-ben-cang-2030", kind="target", year=None, records=[
    CT("Nam Cửa Lò: «1 bến cảng", "bến cảng khu bến Nam Cửa Lò", ">=", 1),
    CT("Lò: 1 bến cảng (gồm «5 cầu cảng", "cầu cảng khu bến Nam Cửa Lò", "between", 5, value_max=6),
    TAN("hàng hóa từ «5,0 triệu tấn", "nhu cầu thông quan hàng hóa khu bến Nam Cửa Lò", "between", 5e6,
        value_max=5.5e6),
    CT("từ «17,6 nghìn lượt khách", "lượt khách khu bến Nam Cửa Lò", "between", 17600, value_max=21700),
    CT("Bắc Cửa Lò có «3 bến cảng", "bến cảng khu bến Bắc Cửa Lò", ">=", 3),
    CT("(gồm «15 cầu cảng", "cầu cảng khu bến Bắc Cửa Lò", "between", 15, value_max=17),
    TAN("hàng hóa từ «12,0 triệu tấn", "nhu cầu thông quan hàng hóa khu bến Bắc Cửa Lò", "between", 12e6,
        value_max=15.5e6),
    CT("Đông Hồi từ «3 bến cảng", "bến cảng khu bến Đông Hồi", "between", 3, value_max=4),
    CT("4 bến cảng (gồm «5 cầu cảng", "cầu cảng khu bến Đông Hồi", "between", 5, value_max=6),
    TAN("hàng hóa từ «3,5 triệu tấn", "nhu cầu thông quan hàng hóa khu bến Đông Hồi", "between", 3.5e6,
        value_max=4e6),
    CT("Cửa Hội «2 bến cảng", "bến cảng khu bến Bến Thủy, Cửa Hội", ">=", 2),
    CT("2 bến cảng (gồm «5 cầu cảng)", "cầu cảng khu bến Bến Thủy, Cửa Hội", ">=", 5),
    TAN("khoảng «0,75 triệu tấn", "nhu cầu thông quan hàng hóa khu bến Bến Thủy, Cửa Hội", "~", 0.75e6),
    CT("Nghi Hương «1 bến phao", "bến phao xăng dầu Nghi Hương neo đậu chuyển tải", ">=", 1),
    TAN("khoảng «0,5 triệu tấn. Duy", "nhu cầu thông quan hàng hóa bến phao xăng dầu Nghi Hương", "~", 0.5e6),
    TAN("khoảng «0,5 triệu tấn. Khu", "nhu cầu thông quan hàng hóa các khu neo đậu, khu chuyển tải ngoài khơi tại "
        "Đông Hồi, Cửa Lò", "~", 0.5e6),
])

# --------------------------------------------------------------------------
# 04 Quảng Ninh, cargo through its seaports in 2025 (thoibaotaichinhvietnam.vn; nothing cut: the
# caption "Theo kế hoạch, năm 2026, ... 150.000 lượt khách. Ảnh T.D" states figures and was kept;
# no byline, no stamp; the excerpt ends in "đã ph"). Results of 2025 ("Trong năm 2025"); the
# present "hiện có" network takes 2025 too (the only present year the text gives; a judgement).
# "đạt trên 161 triệu tấn" (>) in the lead and "đạt 161 triệu tấn" (=) in the body: two records
# (the same figure stated twice, each a quantity where it stands). What the province has: ports,
# quays, buoys, channels, national roads, expressways, counts (=); "tổng chiều dài gần 7km" ("~",
# other "km"), "dài 119,82 km", "dài 633 km" (=, km) (as set191 counted a port's quays and
# length). Targets of 2026 ("Theo kế hoạch, năm 2026, ... dự kiến đón gần 90 chuyến ... khoảng
# 150.000 lượt khách"): "~", kind target. NOT: "tăng 7,94%" twice, "tăng gần 20%" (changes).
# Pillar null. Not quantities: "năm 2024" (twice), "năm 2025" (twice), "năm 2026".
# --------------------------------------------------------------------------
D04 = dict(name="04_quangninh-hang-hoa-qua-cang-2025", kind="result", year=2025, records=[
    TAN("đạt trên «161 triệu tấn", "sản lượng hàng hóa thông qua hệ thống cảng biển Quảng Ninh", ">", 161e6),
    TAN("đạt «161 triệu tấn", "tổng sản lượng hàng hóa qua các cảng biển tại Quảng Ninh", "=", 161e6),
    CT("đạt «185.643 lượt", "lượng hành khách du lịch tàu biển", "=", 185643),
    CT("hiện có «15 cảng biển", "cảng biển Quảng Ninh hiện có", "=", 15),
    CT("«44 cầu cảng", "cầu cảng Quảng Ninh hiện có", "=", 44),
    KMS("dài gần «7km", "tổng chiều dài cầu cảng", "~", 7),
    CT("và «3 bến phao", "bến phao Quảng Ninh hiện có", "=", 3),
    CT("với «11 tuyến luồng", "tuyến luồng chính", "=", 11),
    KMS("dài «119,82 km", "chiều dài các tuyến luồng chính", "=", 119.82),
    CT("gồm «8 tuyến quốc lộ", "tuyến quốc lộ kết nối", "=", 8),
    CT("và «2 tuyến cao tốc", "tuyến cao tốc kết nối", "=", 2),
    KMS("dài «633 km", "chiều dài tuyến quốc lộ và tuyến cao tốc kết nối", "=", 633),
    CT("đón gần «90 chuyến", "chuyến tàu biển quốc tế Cảng tàu khách quốc tế Hạ Long dự kiến đón", "~", 90, **T,
       year=2026),
    CT("khoảng «150.000 lượt khách", "lượt khách Cảng tàu khách quốc tế Hạ Long dự kiến đón", "~", 150000, **T,
       year=2026),
], NOT=["nhiều năm, tăng «7,94%", "161 triệu tấn, tăng «7,94%", "tăng gần «20%"])

# --------------------------------------------------------------------------
# 05 Bà Rịa - Vũng Tàu, cargo through its ports in the first quarter of 2025 (danviet.vn; the
# stamp " date 2025-04" written as the first line; cut: the caption "Cảng biển và logistics quốc tế
# tiếp tục khẳng định vị thế của tỉnh Bà Rịa - Vũng Tàu. Ảnh minh họa" with the blank line after
# it; the excerpt ends in "và kh"). Results of 2025 ("Quý I/2025", "tháng 3 năm nay"): "ước đạt
# 22,3 triệu tấn", "ước đạt 7,8 triệu tấn" (=, spec). "có thể đón siêu tàu container đến 24.000
# TEU": what the port cluster can receive ("<=", other "TEU", as set191's "tiếp nhận tàu trọng
# tải đến 70.000 tấn"; a judgement). NOT: "tăng 6,29%", "tăng 13,5%", "tăng 0,54%" (changes).
# Pillar null. Not quantities: "Quý I/2025", "tháng 3" (twice), "năm 2025", "1 TEU tương đương 1
# container loại 20 feet" (a unit's definition).
# --------------------------------------------------------------------------
D05 = dict(name="05_bariavungtau-hang-qua-cang-quy-1-2025", kind="result", year=2025, records=[
    TAN("ước đạt «22,3 triệu tấn", "khối lượng hàng hóa thông qua các cảng Quý I", "=", 22.3e6),
    TAN("ước đạt «7,8 triệu tấn", "khối lượng hàng hoá thông qua cảng bằng tàu biển tháng 3", "=", 7.8e6),
    TEU("đến «24.000 TEU", "siêu tàu container cụm Cái Mép - Thị Vải có thể đón", "<=", 24000),
], NOT=["tăng «6,29%", "tăng «13,5%", "tăng «0,54%"])

# --------------------------------------------------------------------------
# 06 Hà Tĩnh, cargo through its seaports in the first four months of 2025 (lite.baomoi.com; cut:
# the caption without figures "Hoạt động xuất nhập khẩu của Công ty TNHH Gang thép Hưng Nghiệp
# Formosa Hà Tĩnh tại cảng Sơn Dương." (the blank line before it kept); the caption with a figure
# "Sản lượng hàng hóa thông qua cảng biển Hà Tĩnh đạt gần 12,18 triệu tấn trong 4 tháng đầu năm."
# kept; no byline, no stamp; the excerpt ends in "khai thác, " with its trailing space). Results of
# 2025 ("4 tháng đầu năm 2025"). The same figure stated in the title ("hơn 12 triệu tấn"), the lead
# ("hơn 12,18 triệu tấn"), the caption and the body ("gần 12,18 triệu tấn"): one record each where
# it stands. "7 bến cảng đang hoạt động", of which "5 bến cảng" in Vũng Áng – Sơn Dương (=, count;
# the second a part, its own subject). Exports, imports, domestic: one record each (a breakdown by
# kind). NOT: "tăng khoảng 2%", "giảm khoảng 3%" (changes). Pillar null. Not quantities: "4 tháng"
# (four times, a period), "năm 2025", "Vũng Áng I", "Vũng Áng II", "bến số 3" (names).
# --------------------------------------------------------------------------
D06 = dict(name="06_hatinh-cang-bien-4-thang-2025", kind="result", year=2025, records=[
    TAN("đạt hơn «12 triệu tấn", "sản lượng hàng hóa qua cảng biển Hà Tĩnh", ">", 12e6),
    TAN("đạt hơn «12,18 triệu tấn", "sản lượng hàng hóa thông qua các cảng biển trên địa bàn Hà Tĩnh", ">",
        12.18e6),
    CT("với «1.272 lượt tàu", "lượt tàu thuyền", "=", 1272),
    CT("có «7 bến cảng", "bến cảng đang hoạt động, khai thác", "=", 7),
    CT("Sơn Dương có «5 bến cảng", "bến cảng khu vực Vũng Áng – Sơn Dương", "=", 5),
    TAN("đạt gần «12,18 triệu tấn trong", "sản lượng hàng hóa thông qua cảng biển Hà Tĩnh", "~", 12.18e6),
    TAN("đạt gần «12,18 triệu tấn, tăng", "sản lượng hàng hóa thông qua cảng biển Hà Tĩnh", "~", 12.18e6),
    TAN("đạt hơn «2,33 triệu tấn", "hàng xuất khẩu", ">", 2.33e6),
    TAN("đạt hơn «6,02 triệu tấn", "hàng nhập khẩu", ">", 6.02e6),
    TAN("đạt «3,83 triệu tấn", "hàng nội địa", "=", 3.83e6),
    CT("đạt «1.272 lượt,", "số lượng tàu ra, vào cảng", "=", 1272),
], NOT=["tăng khoảng «2%", "giảm khoảng «3%"])

# --------------------------------------------------------------------------
# 07 Cần Thơ, the city's vice-chairman visiting logistics firms and the port, December 2025
# (sggp.org.vn; the stamp " date 2025-12-26" written as the first line; cut: the captions "Ông
# Vương Quốc Nam, ... thăm quan quy trình chiếu xạ tại Hạnh Nguyên Logistics" and "Đoàn công tác
# khảo sát tình hình hoạt động tại cảng Cái Cui", each with a blank line; the excerpt ends in
# "thời gian vận"). Results of 2025. A logistics centre's figures: "vốn đầu tư khoảng 1.200 tỷ
# đồng" (~, money, as the spec's "tổng số tiền gần 40 tỷ đồng"), "tổng sản lượng 23.000 pallets
# (tương đương khoảng 13 – 15.000 tấn)" (the storage's capacity, =, other "pallets", and its
# equivalent in tonnes, between 13.000-15.000: "13 – 15.000" read with the thousands of its high
# end, a judgement), "Năm 2025 ... khoảng 2 triệu tấn" (~). Pillar null. Not quantities: "Ngày
# 26-12" (a date), "11ha" (the site's area, as set191's planned area).
# --------------------------------------------------------------------------
D07 = dict(name="07_cantho-doanh-nghiep-logistics-2025", kind="result", year=2025, records=[
    DONG("khoảng «1.200 tỷ đồng", "vốn đầu tư Công ty CP Hạnh Nguyên Logistics", "~", 1200e9),
    R("tổng sản lượng «23.000 pallets", "hệ thống kho lạnh, kho mát, kho khô trữ hàng tổng sản lượng", "=", 23000,
      unit="other", unit_text="pallets"),
    TAN("khoảng «13 – 15.000 tấn", "hệ thống kho trữ hàng tổng sản lượng tương đương", "between", 13000,
        value_max=15000),
    TAN("khoảng «2 triệu tấn", "sản lượng hàng hóa thông qua hệ thống logistics Hạnh Nguyên Logistics", "~", 2e6),
])

# --------------------------------------------------------------------------
# 08 Bà Rịa - Vũng Tàu, Cái Mép - Thị Vải over the Lunar New Year 2025 (nld.com.vn; the stamp
# " date 2025-02" written as the first line; cut: the caption without figures "Tàu vào làm hàng tại
# Cái Mép - Thị Vải trong dịp Tết" with the blank line after it; the caption "Tàu du lịch chở gần
# 3.000 khách du lịch cập cảng TCIT trong sáng mùng 3 Tết" kept; the excerpt ends in "chuy"). A
# precision text. Results of 2025: the ships the port cluster received on the first day, "đã đón 6
# chuyến tàu chở hàng hóa" and "có đến 5 tàu container quốc tế" (=, count; ships calling, the
# theme's own measure). Not quantities: "gần 3.000 du khách" and "gần 3.000 khách du lịch" (the
# load of one cruise ship: an event's size, as the spec's participants of an event), the ships'
# lengths and tonnages ("275m", "63.381 tấn", "366m", "156.000 tấn", "335m", "103.000 tấn": sizes
# of single ships, no indicator), "mùng 3" (twice), "mùng 1", "2025" (dates and a year).
# --------------------------------------------------------------------------
D08 = dict(name="08_bariavungtau-cai-mep-tet-2025-precision", kind="result", year=2025, records=[
    CT("đã đón «6 chuyến tàu", "chuyến tàu chở hàng hóa cụm cảng Cái Mép - Thị Vải đã đón ngày đầu năm mới", "=",
       6),
    CT("có đến «5 tàu container", "tàu container quốc tế cập cảng để làm hàng", "=", 5),
])

# --------------------------------------------------------------------------
# 09 Bình Định, Quy Nhơn port's expansion and a dry port (nhandan.vn; cut: the audio player's "0:00
# / 0:00" and "0:00" and the caption "Một góc Cảng Quy Nhơn." (two identical lines); no byline, no
# stamp; the excerpt ends in "khu v"). What the port receives today: "các tàu đến 30.000 DWT và tàu
# 50.000 DWT (giảm tải) có thể ra/vào bình thường" (two results: "<=" for "đến", "=" for the bare
# second, other "DWT"; year null: the text names no year for the present; a judgement). The plan:
# "Cảng cạn này sẽ có năng lực thông qua 380.000 teus/năm" (target, >=, other "teus/năm", year
# null: the dry port's date is not given) and "Đến năm 2030, ... tuyến bến số 6 cho tàu từ 10.000
# DWT đến 30.000 DWT" (target, between, 2030). Pillar null. Not quantities: "lần thứ 20" (a
# congress's ordinal, a name), "năm 2030" (the project's name "đến năm 2030 (giai đoạn 1)"), "giai
# đoạn 1", "bến số 6" (labels).
# --------------------------------------------------------------------------
D09 = dict(name="09_binhdinh-cang-quy-nhon-mo-rong-2030", kind="result", year=None, records=[
    R("các tàu đến «30.000 DWT", "tàu ra/vào Cảng Quy Nhơn bình thường", "<=", 30000, unit="other",
      unit_text="DWT"),
    R("và tàu «50.000 DWT", "tàu (giảm tải) ra/vào Cảng Quy Nhơn bình thường", "=", 50000, unit="other",
      unit_text="DWT"),
    R("thông qua «380.000 teus/năm", "năng lực thông qua cảng cạn tại Tuy Phước", ">=", 380000, unit="other",
      unit_text="teus/năm", **T),
    R("cho tàu từ «10.000 DWT", "tàu tuyến bến số 6 Cảng Quy Nhơn", "between", 10000, value_max=30000,
      unit="other", unit_text="DWT", **T, year=2030),
])

# --------------------------------------------------------------------------
# 10 Hà Tĩnh, Sơn Dương port (Formosa) in the first eleven months of 2025 (baohatinh.vn; cut: the
# image file name "bqbht_br_42.jpg" and the caption "Cảng Sơn Dương.", the topic label "Chủ đề
# Công nghiệp, Tiểu thủ Công nghiệp, xây dựng", "Đọc thêm", the related link "Bàn tay đan những mùa
# hoa..." (twice) and its teaser "Chuyển đổi mô hình sản xuất ... các vùn", with the blank lines
# that went with them; no byline, no stamp; the text now ends in "sản lượng năm 2025."). Results of
# 2025 ("11 tháng đầu năm 2025"): "gần 23 triệu tấn" in the title, the lead and the body (~, one
# record each), "898 lượt tàu" (=). Pillar null. Not quantities: "11 tháng" (twice, a period),
# "năm 2025" (three times), "kế hoạch sản lượng năm 2025" (no figure).
# --------------------------------------------------------------------------
D10 = dict(name="10_hatinh-cang-son-duong-11-thang-2025", kind="result", year=2025, records=[
    TAN("Gần «23 triệu tấn", "hàng hóa thông qua cảng Sơn Dương", "~", 23e6),
    TAN("bốc dỡ gần «23 triệu tấn", "hàng hóa Cảng Sơn Dương bốc dỡ", "~", 23e6),
    CT("tiếp nhận «898 lượt tàu", "lượt tàu ra vào cảng Sơn Dương", "=", 898),
    TAN("đạt gần «23 triệu tấn", "tổng lượng hàng hóa bốc dỡ", "~", 23e6),
])

# --------------------------------------------------------------------------
# 11 Quảng Ninh, its seaports to the end of the third quarter of 2025 (vietnamplus.vn; the stamp
# " date 2025-09-24" written as the first line; cut: the caption "Tàu Costa Serena (Italy) ghé tham
# quan vịnh Hạ Long (Quảng Ninh). (Ảnh: TTXVN phát)" with the blank line after it; the excerpt ends
# in "công tác qu"). Results of 2025 ("hết quý 3/2025", "9 tháng năm 2025"), estimated ("dự kiến
# ... sẽ đón khoảng 120.000 lượt", "đạt hơn 120 triệu tấn", "đạt hơn 100.000 người", "dự kiến đón
# hơn 100.000 lượt khách"): results (an estimate of the period's outcome, as the spec's "ước đạt";
# a judgement), ops "~", ">", ">", ">". NOT: "tăng gần 10%", "tăng trên 10%" (changes). Pillar
# null. Not quantities: "quý 3/2025" (twice), "năm 2024" (twice), "9 tháng năm 2025".
# --------------------------------------------------------------------------
D11 = dict(name="11_quangninh-cang-bien-quy-3-2025", kind="result", year=2025, records=[
    CT("khoảng «120.000 lượt", "lượt phương tiện tàu biển các loại", "~", 120000),
    TAN("đạt hơn «120 triệu tấn", "sản lượng hàng hóa", ">", 120e6),
    CT("đạt hơn «100.000 người", "lượng hành khách đến tỉnh thông qua các cảng biển", ">", 100000),
    CT("đón hơn «100.000 lượt khách", "lượt khách thông qua các cảng biển", ">", 100000),
], NOT=["tăng gần «10%", "tăng trên «10%"])

# --------------------------------------------------------------------------
# 12 Hà Tĩnh, ships at Sơn Dương - Vũng Áng in the first two days of 2026 (dantri.com.vn; the stamp
# " date 2026-01-02" written as the first line; cut: the captions "Tàu trọng tải lớn cập cảng Sơn
# Dương - Vũng Áng đầu năm mới (Ảnh: Dương Nguyên)." and "Hoạt động bốc dỡ hàng diễn ra nhộn nhịp
# (Ảnh: Văn Nguyễn).", each with a blank line; the excerpt ends in "Lào - Việt,"). A precision text:
# no record. Not quantities: the ships' tonnages ("hơn 74.400 tấn", "hơn 93.000 tấn") and single
# ships' loads ("hơn 72.260 tấn than", "hơn 4.900 tấn đá", "13.400 tấn thép", "88.000 tấn than",
# "25.778 tấn đá", "13.201 tấn thép", "3.000 tấn hắc ín", "khoảng 42.000 tấn than" of two ships):
# the sizes of single consignments, no indicator of the port's or the province's (as 08's ships; a
# judgement), the ships' names "Cường Thịnh 36", "Trung Thắng 568", "Hải Phát 125", "107 Hyodong
# Chemi", "Vũng Áng I" (names), "Hai ngày đầu năm 2026", "năm 2026" (dates).
# --------------------------------------------------------------------------
D12 = dict(name="12_hatinh-son-duong-vung-ang-dau-nam-2026-precision", kind="result", year=2026, records=[])


DOCS = [v for k, v in sorted(globals().items()) if k.startswith("D") and k[1:].isdigit()]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
