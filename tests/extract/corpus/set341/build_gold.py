#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set341).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of percentages deliberately left without a record (a
completion against a plan, "vượt gần 5% so với kế hoạch", and the changes against an earlier value,
"tăng 6,61% so với năm 2023"); check_gold.py verifies that every percentage has a record or a NOT
entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
The theme of this set (festivals, holidays, visitors, tourism revenue, room occupancy) has no
indicator in the catalogue, which names digital-transformation indicators only: every id is null.

Money is unit other with unit_text "đồng" (or "USD"), the magnitude words multiplied in ("2,5 nghìn
tỷ đồng" is 2.5e12). Visits ("lượt khách") are counts. No text stands under a heading that names a
pillar: every pillar is null.

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

# --------------------------------------------------------------------------
# 01 Bà Rịa - Vũng Tàu, the four days of the National Day holiday (2/9) in 2024 (baobariavungtau.com.vn;
# nothing cut; no byline, no stamp; the excerpt opens with its subheading run into the body,
# "Tổng doanh thu du lịch khoảng 348 tỷ đồng Theo thống kê ..."). Year 2024: the text names only
# its comparisons "so với năm 2023" (the year before, as the earlier sets' majority reads a page
# whose only year is its comparisons'; a judgement; the address's "202409" is not in the text).
# Results: the subheading's "khoảng 348 tỷ đồng" and the body's (~, two records, each its own
# clause), "khoảng 565.086 lượt khách" (~), "khách lưu trú 130.972", "khách quốc tế là 25.784",
# "doanh thu lưu trú 128,5tỷ đồng" (=), "Công suất buồng phòng ... khoảng 80-85%" (between: a
# range stated once), "Riêng ngày đầu ... khoảng 45%" (~), and the support given: "bàn giao 34 trẻ
# lạc", "hỗ trợ thông tin qua điện thoại 1.274 lượt khách, trực tiếp 12 lượt khách" (=, counts,
# as the earlier sets' "hỗ trợ 5 doanh nghiệp"). Not quantities: "tăng 6,61% ... 17,42% ...
# 13,11% ... 16,65% ... 15,32% so với năm 2023" (changes), "4 ngày" (a duration), "31/8", "4/9",
# "2/9", "(31/8)" (dates and the holiday's name).
# --------------------------------------------------------------------------
D01 = dict(name="01_bariavungtau-le-quoc-khanh-2024", kind="result", year=2024, records=[
    R("du lịch khoảng «348 tỷ đồng Theo", "Tổng doanh thu du lịch", "~", 348e9, **DONG),
    R("có khoảng «565.086", "lượt khách đến tỉnh trong 4 ngày nghỉ lễ 2/9", "~", 565086, **CNT),
    R("lưu trú «130.972", "khách lưu trú", "=", 130972, **CNT),
    R("là «25.784", "khách quốc tế", "=", 25784, **CNT),
    R("đạt khoảng «348 tỷ đồng, tăng", "Tổng doanh thu du lịch trong 4 ngày nghỉ lễ 2/9", "~", 348e9, **DONG),
    R("lưu trú «128,5tỷ", "doanh thu lưu trú", "=", 128.5e9, **DONG),
    R("khoảng «80-85%", "Công suất buồng phòng trên địa bàn toàn tỉnh trong 4 ngày", "between", 80,
      value_max=85),
    R("khoảng «45%", "Công suất buồng phòng ngày đầu của kỳ nghỉ lễ", "~", 45),
    R("bàn giao «34 trẻ", "trẻ lạc hỗ trợ tìm kiếm, chăm sóc và bàn giao cho gia đình", "=", 34, **CNT),
    R("điện thoại «1.274 lượt", "lượt khách hỗ trợ thông tin qua điện thoại", "=", 1274, **CNT),
    R("trực tiếp «12 lượt", "lượt khách hỗ trợ thông tin trực tiếp", "=", 12, **CNT),
], NOT=["tăng «6,61%", "tăng «17,42%", "tăng «13,11%", "tăng «16,65%", "tăng «15,32%"])

# --------------------------------------------------------------------------
# 02 Quảng Bình, the visitors of the first nine months of 2023 against the year's plan (vtv.vn; cut:
# the byline "Lê Hải-Thứ bảy, ngày 14/10/2023 06:17 GMT+7" with the blank line after it, written as
# the first line `date 2023-10-14`, the photo captions "Du lịch Quảng Bình thu hút khách du lịch vì
# có đủ cả rừng, cả biển." and "Khách du lịch đến Quảng Bình đã vượt kế hoạch cả năm đề ra - Ảnh 1."
# with the blank lines after them, and the last, truncated caption "Khách du lịch thưởng thức ẩm
# thực và âm nhạc bên bờ biển Nhật Lệ, TP. Đồng Hới dịp hè 20"). Year 2023. Target: the year's plan
# "kế hoạch cả năm đề ra là sẽ đón tổng cộng 3,5 triệu lượt khách" (>=, a bare number in a target).
# Results: "gần 3,7 triệu" and "ước đạt gần 3,67 triệu" (~), "khách nội địa đạt 3,5 triệu" (=),
# "khách quốc tế đạt hơn 89.000" (>), the holiday's "ước đạt 160.000 lượt" (=), "công suất phòng
# trên 95%" (>). NOT: "vượt gần 5% so với kế hoạch cả năm" (completion against the plan). Not
# quantities: "gấp 2,32 lần so với cùng kỳ", "tăng 60% so với dịp lễ năm trước" (changes), "9
# tháng" (a duration), "2/9" (the holiday), "từ 3 sao" (a class of hotel).
# --------------------------------------------------------------------------
D02 = dict(name="02_quangbinh-khach-du-lich-9-thang-2023", kind="result", year=2023, records=[
    R("là gần «3,7 triệu", "số lượt khách du lịch đến với Quảng Bình 9 tháng đầu năm 2023", "~", 3.7e6, **CNT),
    R("tổng cộng «3,5 triệu", "kế hoạch cả năm đề ra lượt khách đón", ">=", 3.5e6, **CNT, **T),
    R("đạt gần «3,67 triệu", "tổng lượng khách du lịch đến Quảng Bình trong 9 tháng năm 2023", "~", 3.67e6, **CNT),
    R("nội địa đạt «3,5 triệu", "khách nội địa", "=", 3.5e6, **CNT),
    R("đạt hơn «89.000", "khách quốc tế", ">", 89000, **CNT),
    R("ước đạt «160.000", "lượng khách dịp nghỉ lễ Quốc khánh 2/9", "=", 160000, **CNT),
    R("phòng trên «95%", "Các cơ sở lưu trú từ 3 sao trở lên đạt công suất phòng", ">", 95),
], NOT=["vượt gần «5% so", "tăng «60% so"])

# --------------------------------------------------------------------------
# 03 Phú Thọ, the Hùng Kings' Commemoration and the 30/4-1/5 holiday of 2023 (doanhnghiephoinhap.vn;
# cut: the byline "13:24 04/05/2023" with the blank line after it, written as the first line
# `date 2023-05-04`, the photo captions "Ảnh minh họa" and "Ảnh minh họa." with the blank line after
# them, and the byline "P.V" with the blank line before it). Year 2023. Results: the title's "Đón
# hơn 5 triệu lượt khách" (>), "ước khoảng 5,4 triệu lượt khách" (~), "Lượng khách lưu trú ... ước
# đạt 18,7 nghìn lượt" (=, 18700), "công suất sử dụng phòng trung bình ước đạt 58%" (=), "công
# suất một số cơ sở ước đạt trên 90%" (>). Not quantities: "30/4 - 01/5/2023" (dates), "20 năm
# Công ước 2003" (an anniversary and a name).
# --------------------------------------------------------------------------
D03 = dict(name="03_phutho-gio-to-hung-vuong-2023", kind="result", year=2023, records=[
    R("Đón hơn «5 triệu", "lượt khách tham quan dịp Giỗ tổ Hùng Vương Phú Thọ đón", ">", 5e6, **CNT),
    R("ước khoảng «5,4 triệu", "lượt khách tham dự các hoạt động văn hóa thể thao, tham quan các khu, điểm du "
      "lịch và thực hành tín ngưỡng trên địa bàn tỉnh Phú Thọ", "~", 5.4e6, **CNT),
    R("ước đạt «18,7 nghìn", "Lượng khách lưu trú dịp nghỉ lễ", "=", 18700, **CNT),
    R("ước đạt «58%", "công suất sử dụng phòng trung bình", "=", 58),
    R("đạt trên «90%", "công suất một số cơ sở vào ngày cao điểm", ">", 90),
])

# --------------------------------------------------------------------------
# 04 Hà Giang, Mèo Vạc ready for the 10th buckwheat-flower festival of November 2024, with the 9th
# festival's visitors of 2023 (tracuuquyhoach.com; cut: the photo caption "Làng Văn hóa du lịch
# cộng đồng dân tộc Mông thôn Pả Vi Hạ, xã Pả Vi thu hút du khách đến nghỉ dưỡng."; no byline, no
# stamp; the excerpt ends in "trong tình " with its trailing space). Results of the festival "lần
# thứ IX năm 2023": year 2023 (the document's 2024 is the next festival's, which has no figure).
# "tổng lượng khách du lịch đến Hà Giang đạt hơn 58.000 lượt người" (>), "khách nước ngoài gần
# 3.500 lượt và khách nội địa gần 55.000 lượt" (~, two records, each its own subject). Not
# quantities: "lần thứ X", "lần thứ IX" (ordinals), "tháng 11.2024", "9 – 21.11" (dates).
# --------------------------------------------------------------------------
D04 = dict(name="04_hagiang-le-hoi-tam-giac-mach-2024", kind="result", year=2023, records=[
    R("đạt hơn «58.000", "tổng lượng khách du lịch đến Hà Giang dịp Lễ hội hoa Tam giác mạch lần thứ IX", ">",
      58000, **CNT),
    R("ngoài gần «3.500", "khách nước ngoài", "~", 3500, **CNT),
    R("địa gần «55.000", "khách nội địa", "~", 55000, **CNT),
])

# --------------------------------------------------------------------------
# 05 the national tourism system plan for 2021-2030 with a vision to 2045, on Bình Phước's portal
# (binhphuoc.gov.vn; nothing cut; no byline, no stamp; the excerpt ends in "sản p"). A plan: every
# record a target. Years as stated ("đến năm 2025", "Đến năm 2030"); "Đồng thời, tạo ra khoảng 6,3
# triệu việc làm, trong đó có khoảng 2,1 triệu việc làm trực tiếp" names no year but stands against
# the next clause's "đến năm 2030": 2025 (a judgement). Ranges stated once are between ("từ 25 - 28
# triệu", "từ 08 - 09%/năm", "08 - 09%", "từ 13 - 14%"); bare numbers >= ("130 triệu", "35
# triệu", "160 triệu", "100%"); "khoảng" ~ ("khoảng 1,3 triệu buồng", "khoảng 02 triệu buồng",
# the jobs). The growth rates per year and the shares of GDP are % records. "100% các khu, điểm du
# lịch; các cơ sở lưu trú du lịch và các cơ sở kinh doanh dịch vụ khác ven biển không sử dụng sản
# p..." is one value for all of them (scope null). Not quantities: "2021-2030", "2045" (the
# plan's period in its name, outside this excerpt's text but for the years), the years.
# --------------------------------------------------------------------------
D05 = dict(name="05_binhphuoc-quy-hoach-du-lich-2025-2030", kind="target", year=2025, records=[
    R("đón từ «25 - 28 triệu", "lượt khách quốc tế", "between", 25e6, value_max=28e6, **CNT),
    R("quốc tế; «130 triệu", "lượt khách nội địa", ">=", 130e6, **CNT),
    R("nội địa từ «08 - 09%/năm", "tốc độ tăng trưởng khách nội địa", "between", 8, value_max=9),
    R("đón «35 triệu", "lượt khách quốc tế", ">=", 35e6, **CNT, year=2030),
    R("tăng trưởng từ «13 - 15%/năm", "tốc độ tăng trưởng khách quốc tế", "between", 13, value_max=15, year=2030),
    R("đón «160 triệu", "lượt khách nội địa", ">=", 160e6, **CNT, year=2030),
    R("nội địa từ «04 - 05%/năm", "tốc độ tăng trưởng khách nội địa", "between", 4, value_max=5, year=2030),
    R("trực tiếp «08 - 09%", "Đóng góp của du lịch trong GDP, đóng góp trực tiếp", "between", 8, value_max=9),
    R("trực tiếp từ «13 - 14%", "Đóng góp của du lịch trong GDP, đóng góp trực tiếp", "between", 13, value_max=14,
      year=2030),
    R("khoảng «1,3 triệu buồng", "Nhu cầu buồng lưu trú", "~", 1.3e6, **CNT),
    R("khoảng «02 triệu buồng", "Nhu cầu buồng lưu trú", "~", 2e6, **CNT, year=2030),
    R("khoảng «6,3 triệu", "việc làm du lịch tạo ra", "~", 6.3e6, **CNT),
    R("khoảng «2,1 triệu", "việc làm trực tiếp", "~", 2.1e6, **CNT),
    R("khoảng «10,5 triệu", "việc làm du lịch tạo ra", "~", 10.5e6, **CNT, year=2030),
    R("khoảng «3,5 triệu", "việc làm trực tiếp", "~", 3.5e6, **CNT, year=2030),
    R("2030, «100% các khu", "các khu, điểm du lịch; các cơ sở lưu trú du lịch và các cơ sở kinh doanh dịch vụ "
      "khác ven biển không sử dụng sản p", ">=", 100, year=2030),
])

# --------------------------------------------------------------------------
# 06 Thanh Hóa announcing 100 culture, sport and tourism events for 2026 (baothanhhoa.vn; cut: the
# photo captions "Toàn cảnh hội nghị." and "Đồng chí Đầu Thanh Tùng, Tỉnh ủy viên, Phó Chủ tịch
# UBND tỉnh cùng các đại biểu dự hội nghị." with the blank lines after them; the stamp " date
# 2025-12-26" written as the first line `date 2025-12-26`; the excerpt ends in "Tết xưa v"). Year
# 2026 (the events' year, named in the title and the body; the stamp's 2025 is the announcement's).
# The events "sẽ được tổ chức ... trong năm 2026" are a plan's events to be held: targets, bare
# numbers >= (a judgement, as the earlier sets count activities held, "triển khai 42.309 hoạt
# động"): the title's and the body's "100 hoạt động, sự kiện" (two records), "63 sự kiện văn hoá,
# 18 sự kiện thể thao và 19 sự kiện du lịch" (three records, each its own subject, scope null: a
# breakdown by kind). "trong số 220 sự kiện do các địa phương, đơn vị đăng ký" is a result, the
# events registered (=; year 2026, the events' year; a judgement). Not quantities: "26/12" (a
# date), the communes' and festivals' names.
# --------------------------------------------------------------------------
D06 = dict(name="06_thanhhoa-100-su-kien-2026", kind="target", year=2026, records=[
    R("công bố «100 sự kiện văn hóa", "sự kiện văn hóa, thể thao và du lịch nổi bật công bố", ">=", 100, **CNT),
    R("số «220 sự kiện", "sự kiện do các địa phương, đơn vị đăng ký", "=", 220, **CNT, kind="result"),
    R("lựa chọn «100 hoạt động", "hoạt động, sự kiện VH,TT & DL nổi bật lựa chọn để công bố", ">=", 100, **CNT),
    R("có «63 sự kiện", "sự kiện văn hoá sẽ được tổ chức", ">=", 63, **CNT),
    R("văn hoá, «18 sự kiện", "sự kiện thể thao sẽ được tổ chức", ">=", 18, **CNT),
    R("và «19 sự kiện", "sự kiện du lịch sẽ được tổ chức", ">=", 19, **CNT),
])

# --------------------------------------------------------------------------
# 07 Thanh Hóa and Ninh Bình, the first two months and the Lunar New Year of 2024 (nld.com.vn; nothing
# cut: the photo caption "Khách du lịch tới Lam Kinh (tỉnh Thanh Hóa) tăng mạnh trong tháng
# 2-2024. Ảnh: THANH TUẤN" names a month and is kept; the stamp " date 2024-02" written as the first
# line; the excerpt ends in "Hà Nội,"). Year 2024. Results, each with `place` (the page is national
# news): Thanh Hóa's "ước đạt gần 1,6 triệu lượt" (~), "tổng thu ước đạt 1.500 tỉ đồng" (=),
# "khách quốc tế đạt 16.000 lượt, tổng thu 7,3 triệu USD" (=, a count and money in USD),
# "khoảng 1,3 triệu lượt" in February (~); Ninh Bình's "gần 2,8 triệu lượt" (~), "307.885 lượt
# khách quốc tế" (=), "Doanh thu ước đạt 2.352 tỉ đồng" (=), "nằm trong tốp 5 điểm đến" (rank,
# <=, a group). Not quantities: "tăng 9,3% so với cùng kỳ", "tăng 34,4% so với tháng cùng kỳ",
# "tăng 19,1% ...", "gấp 3,4 lần ...", "tăng 29,65% ..." (changes), "2 tháng đầu năm", "tháng
# 2-2024", "tháng 1 và tháng 2-2024" (periods).
# --------------------------------------------------------------------------
D07 = dict(name="07_thanhhoa-ninhbinh-mua-le-hoi-2024", kind="result", year=2024, records=[
    R("đạt gần «1,6 triệu", "tổng lượt du khách tới Thanh Hóa trong 2 tháng đầu năm 2024", "~", 1.6e6, **CNT,
      place="Thanh Hóa"),
    R("thu ước đạt «1.500 tỉ", "tổng thu", "=", 1.5e12, **DONG, place="Thanh Hóa"),
    R("đạt «16.000 lượt", "khách quốc tế", "=", 16000, **CNT, place="Thanh Hóa"),
    R("tổng thu «7,3 triệu USD", "tổng thu khách quốc tế", "=", 7.3e6, **USD, place="Thanh Hóa"),
    R("với khoảng «1,3 triệu", "lượng khách tới Thanh Hóa tháng 2-2024 (dịp Tết Nguyên đán)", "~", 1.3e6, **CNT,
      place="Thanh Hóa"),
    R("đón gần «2,8 triệu", "lượt du khách tới tham quan, vãn cảnh Ninh Bình", "~", 2.8e6, **CNT, place="Ninh Bình"),
    R("có «307.885", "lượt khách quốc tế", "=", 307885, **CNT, place="Ninh Bình"),
    R("ước đạt «2.352 tỉ", "Doanh thu", "=", 2352e9, **DONG, place="Ninh Bình"),
    R("trong tốp «5 điểm", "Tỉnh Ninh Bình nằm trong tốp điểm đến thu hút đông khách nhất cả nước", "<=", 5,
      **RANK, place="Ninh Bình"),
], NOT=["(tăng «9,3%", "(tăng «34,4%", "tăng «19,1%", "tăng «29,65%"])

# --------------------------------------------------------------------------
# 08 Hà Nội (with the country's figures), the five days of the 30/4-1/5 holiday of 2024
# (vneconomy.vn; nothing cut; the stamp " date 2024-05" written as the first line; the excerpt ends
# in the next section's heading "THANH HÓA"). Year 2024. Results: the country's room occupancy
# "đạt khoảng 60%" (~), "trong những ngày cao điểm đạt trên 70%" (>), "một số điểm đến ven biển đạt
# tỷ lệ lấp đầy 95 - 100%" (between; scope null: kinds of place, not levels); Hà Nội's "ước đón
# 737,9 nghìn lượt khách" (=, 737900), the six sites' visitors (=, each its own subject; "Di tích
# Văn Miếu - Quốc Tử Giám đón 20.697" without a unit word is a count of visits all the same),
# "Tổng thu ... ước đạt 2,5 nghìn tỷ đồng" (=, 2.5e12), the four hotels' room occupancy (=), the
# average "đạt khoảng 60,4%" (~). Not quantities: "tăng xấp xỉ 10% so với cùng kỳ năm trước",
# "tăng 2% so với cùng kỳ năm 2023" (changes), "5 ngày" (a duration), "27/4", "1/5", "30/4" (dates),
# "3 - 5 sao" (a class of hotel).
# --------------------------------------------------------------------------
D08 = dict(name="08_hanoi-nghi-le-30-4-2024", kind="result", year=2024, records=[
    R("toàn quốc đạt khoảng «60%", "công suất phòng trung bình tại các cơ sở lưu trú du lịch trên phạm vi toàn "
      "quốc", "~", 60),
    R("đạt trên «70%", "công suất phòng trong những ngày cao điểm", ">", 70),
    R("lấp đầy «95 - 100%", "một số điểm đến ven biển đạt tỷ lệ lấp đầy", "between", 95, value_max=100),
    R("ước đón «737,9 nghìn", "lượt khách Thủ đô Hà Nội đón trong 5 ngày nghỉ lễ", "=", 737900, **CNT),
    R("đón «39.188", "lượt khách Vườn thú Hà Nội đón", "=", 39188, **CNT),
    R("đón «20.697", "lượt khách Di tích Văn Miếu - Quốc Tử Giám đón", "=", 20697, **CNT),
    R("đón «20.200", "lượt khách Công viên Thiên đường Bảo Sơn đón", "=", 20200, **CNT),
    R("đón «18.000", "lượt khách Khu du lịch Ao Vua đón", "=", 18000, **CNT),
    R("đón «10.241", "lượt khách Vườn Quốc gia Ba Vì đón", "=", 10241, **CNT),
    R("đón «13.054", "lượt khách Di tích Nhà tù Hỏa Lò đón", "=", 13054, **CNT),
    R("ước đạt «2,5 nghìn tỷ", "Tổng thu từ khách du lịch trên địa bàn Hà Nội dịp nghỉ lễ", "=", 2.5e12, **DONG),
    R("Sơn Tây đạt «95%", "công suất sử dụng phòng Khách sạn Glory Sơn Tây", "=", 95),
    R("Boutique đạt «94%", "công suất sử dụng phòng khách sạn Silkpath Boutique", "=", 94),
    R("Ba Vì đạt «90%", "công suất sử dụng phòng khách sạn Melia Ba Vì", "=", 90),
    R("Tây Hồ đạt «77%", "công suất sử dụng phòng khách sạn InterContinental Tây Hồ", "=", 77),
    R("đạt khoảng «60,4%", "công suất sử dụng phòng bình quân khối khách sạn, căn hộ du lịch", "~", 60.4),
], NOT=["xấp xỉ «10%", "tăng «2% so"])

# --------------------------------------------------------------------------
# 09 Lào Cai, Sa Pa town over the 30/4-1/5 holiday of 2025 (trangtraiviet.danviet.vn; cut: the photo
# caption "Thị xã Sa Pa, tỉnh Lào Cai đã tổ chức nhiều hoạt động văn hoá, văn nghệ, thể thao... thu
# hút du khách. Ảnh: Truyền hình Sa Pa." that followed the stamp, with the blank line after it;
# the caption "Sa Pa hút khách dịp nghỉ lễ 30/4 - 1/5. Ảnh: Truyền hình Sa Pa." names the holiday's
# dates and is kept; the stamp " date 2025-05" written as the first line; the excerpt ends in
# "Chương trình khai"). Year 2025. Results: "ước đạt 154.240 lượt" (=), "khách quốc tế đạt 16.753
# lượt và khách nội địa đạt 137.487 lượt" (=, two records), "Doanh thu ... ước đạt 740,354 tỷ đồng"
# (=: the dot after 740 is a decimal point followed by three digits, the magnitude word making it
# 740.354e9; a judgement, as a dot before "tỷ" reads as a decimal in the page's own style), room
# occupancy "đạt 95% tại khu vực trung tâm" and "đạt công suất trung bình 65%" in the outer areas
# and community sites (=, two records, scope null: areas, not levels), the restaurants' "công suất
# 85%" (=). Not quantities: "tăng 16,7% so với cùng kỳ năm 2024", "tăng 64,7% so với cùng kỳ"
# (changes), "30/04", "4/5/2025", "30/4 - 1/5" (dates).
# --------------------------------------------------------------------------
D09 = dict(name="09_laocai-sapa-nghi-le-30-4-2025", kind="result", year=2025, records=[
    R("ước đạt «154.240", "tổng lượt khách tham quan đến Sa Pa từ ngày 30/04 đến hết ngày 4/5/2025", "=", 154240,
      **CNT),
    R("đạt «16.753", "khách quốc tế", "=", 16753, **CNT),
    R("đạt «137.487", "khách nội địa", "=", 137487, **CNT),
    R("ước đạt «740,354", "Doanh thu từ các hoạt động du lịch trong dịp lễ", "=", 740.354e9, **DONG),
    R("đạt «95% tại", "Công suất buồng phòng lưu trú tại khu vực trung tâm", "=", 95),
    R("trung bình «65%", "các phân khu thấp hơn và điểm du lịch cộng đồng đạt công suất trung bình", "=", 65),
    R("công suất «85%", "Các cơ sở kinh doanh dịch vụ ăn uống hoạt động với công suất", "=", 85),
], NOT=["tăng «16,7%", "tăng «64,7%"])

# --------------------------------------------------------------------------
# 10 Điện Biên, the opening of the National Tourism Year and the Hoa Ban festival of March 2024
# (dienbien.gov.vn; cut: the photo caption "Người dân, du khách tham quan các gian hàng trưng bày,
# giới thiệu các sản phẩm OCOP, sản phẩm nông nghiệp tiêu biểu, sản phẩm làng nghề truyền thống."
# with the blank line after it; the last line "Khai mạc Năm Du lịch Quốc gia và Lễ hội Hoa Ban năm
# 2024", a caption naming the year, is kept; no byline, no stamp). A half-precision text: times,
# dates and names around three figures. Year 2024. Results: the title's "đón trên 80.300 lượt du
# khách" and the body's "đạt trên 80.300 lượt" (>, two records), "725 lượt khách quốc tế" (=),
# "Tổng doanh thu ... đạt 140 tỷ đồng" (=). Not quantities: "19 giờ 30 phút - 21 giờ 45 phút"
# (times), "16/3/2024" (a date), "Quảng trường 7-5" (a name), "năm 2024" (years).
# --------------------------------------------------------------------------
D10 = dict(name="10_dienbien-le-hoi-hoa-ban-2024", kind="result", year=2024, records=[
    R("đón trên «80.300", "lượt du khách Điện Biên đón dịp khai mạc Năm Du lịch Quốc gia và Lễ hội Hoa Ban", ">",
      80300, **CNT),
    R("đạt trên «80.300", "lượng khách đến tỉnh Điện Biên trong thời gian diễn ra khai mạc Năm Du lịch Quốc gia "
      "và Lễ hội Hoa Ban", ">", 80300, **CNT),
    R("có «725 lượt", "lượt khách quốc tế", "=", 725, **CNT),
    R("đạt «140 tỷ", "Tổng doanh thu từ hoạt động du lịch", "=", 140e9, **DONG),
])

# --------------------------------------------------------------------------
# 11 Quảng Nam, Duy Xuyên district's tourism scheme to 2020 with an orientation to 2025
# (baoquangnam.vn; cut: the byline "NHƯ QUỲNH |" with the blank line after it and the closing byline
# "NHƯ QUỲNH" with the blank line before it; no date in the text). A plan: every record a target,
# its year as stated. "phấn đấu đến năm 2020 đạt trên 500 nghìn lượt khách và đến 2025 đạt trên 1,5
# triệu" (>), the title's "đến năm 2025 đạt trên 1,5 triệu" (>), "trên 1.500 lao động", "trên
# 10.000 lao động" (>), the rates stated as changes, which in a target are quantities (spec: "giảm
# 20% thời gian", a target stated as a change): "tăng bình quân trên 15%", "tăng trên 20%/năm" (>;
# year 2025, the horizon of the scheme the yearly rates run to; a judgement), "Doanh thu ... đến năm
# 2020 đạt mức 150 tỷ đồng" (>=), the budget "từ nay đến năm 2020 trên 71 tỷ đồng" (>, money,
# year 2020). Not quantities: the years, the list of places.
# --------------------------------------------------------------------------
D11 = dict(name="11_quangnam-duyxuyen-de-an-du-lich-2025", kind="target", year=2025, records=[
    R("đạt trên «1,5 triệu lượt khách đến tham quan\n", "Duy Xuyên lượt khách đến tham quan", ">", 1.5e6, **CNT),
    R("đạt trên «500 nghìn", "lượt khách", ">", 500000, **CNT, year=2020),
    R("đạt trên «1,5 triệu lượt khách đến tham quan.", "lượt khách đến tham quan", ">", 1.5e6, **CNT),
    R("bình quân trên «15%", "lượng khách đến tham quan mỗi năm tăng bình quân", ">", 15),
    R("có trên «1.500 lao", "lao động tham gia hoạt động phục vụ trong lĩnh vực du lịch", ">", 1500, **CNT, year=2020),
    R("có trên «10.000 lao", "lao động tham gia hoạt động phục vụ trong lĩnh vực du lịch", ">", 10000, **CNT),
    R("tăng trên «20%/năm", "Thu nhập từ du lịch tăng", ">", 20),
    R("đạt mức «150 tỷ", "Doanh thu từ du lịch", ">=", 150e9, **DONG, year=2020),
    R("2020 trên «71 tỷ", "tổng kinh phí đầu tư xây dựng và thực hiện đề án phát triển du lịch huyện Duy Xuyên",
      ">", 71e9, **DONG, year=2020),
])

# --------------------------------------------------------------------------
# 12 Đà Nẵng, the God of Wealth temple festival at the Núi Thần Tài park, January 2023
# (kienthuc.net.vn; nothing cut; the stamp " date 2023-01" written as the first line; the excerpt
# ends in "du khách cò"). A precision text, no record: "23, 24, 25 và 30/01/2023", "Mùng 2, Mùng 3,
# Mùng 4 và Mùng 10 Âm lịch" (dates), "8h30’- 11h30’" (times), "2 phần chính" (the parts of a
# festival), "cao 5,2m", "800 tượng Thần Tài nhỏ", "rộng 7ha" (the size of a statue, of a
# collection and of a site: descriptions, not values reached for an indicator).
# --------------------------------------------------------------------------
D12 = dict(name="12_danang-le-hoi-den-than-tai-2023", kind="result", year=2023, records=[])

# --------------------------------------------------------------------------
# 13 Quảng Nam, Hội An's plan for the photo contest "Hội An - Nụ cười du lịch", November 2023
# (quangnamtourism.com.vn; nothing cut: the line "17/11/2023 31/12/2023 78 0" (the event's dates
# and the page's view and comment counters) is kept as a precision test; no byline, no stamp). A
# precision text, no record: dates ("Tháng 11/2023", "31/12/2023"), the counters "78 0" (page
# furniture, spec), the section and list labels ("I.", "1.", "2.", "II.", "2.1.", "2.2.").
# --------------------------------------------------------------------------
D13 = dict(name="13_quangnam-hoian-cuoc-thi-anh-2023", kind="target", year=2023, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
