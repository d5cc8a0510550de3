#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set295).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'), with set252's and
set282's readings of passengers, cargo and capacities. Each record is written by hand below; its
anchor is never typed in. A record names a locator: a piece of the text with « just before the
number. The locator (without «) must occur exactly once in the text; the anchor is where « stands.
`start`/`end` (the clause that states the quantity) are computed as in the seeds' builder.

Each document may also list NOT: locators of percentages deliberately left without a record (a
result's change against an earlier value, completion against a plan, a rate of use of a design
capacity); check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer). The set's theme (airports and
aviation) has no indicator in `muctieu/catalog/data/indicators.yaml`: every id is null, so no record
below names `iid=`.

The units are written with `functools.partial` shorthands over goldkit's `R`: `PAX` counts
(passengers, flights, routes, airlines, aircraft stands), `VND` money ("đồng"), `LEN` metres, `CAP`
a capacity per year (its unit as written passed in), `FREQ` a frequency per week or per day, `AREA`
hectares cleared. Targets add `**T`. `DOCS` gathers the module's D-names in text order.

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

PAX = functools.partial(R, unit="count")
VND = functools.partial(R, unit="other", unit_text="đồng")
LEN = functools.partial(R, unit="other", unit_text="m")
AREA = functools.partial(R, unit="other", unit_text="ha")


def CAP(loc, indicator, op, value, per, **kw):
    """A capacity per year, unit other, its unit as written (`per`)."""
    return R(loc, indicator, op, value, unit="other", unit_text=per, **kw)


def FREQ(loc, indicator, op, value, per="chuyến/tuần", **kw):
    """Flights per week (or per day), unit other."""
    return R(loc, indicator, op, value, unit="other", unit_text=per, **kw)


# --------------------------------------------------------------------------
# 01 Thanh Hóa, why the airlines are leaving Thọ Xuân airport: its routes and its passengers
# 2019-2023 (vneconomy.vn; nothing cut; the stamp " date 2023-11" written as the first line; the
# excerpt ends in "Pacific "). Results, each of the year its sentence names: the opening in
# "tháng 02 năm 2013" with "05 chuyến/tuần" (other, "chuyến/tuần") on "01 đường bay" (count), year
# 2013; "Trong giai đoạn 2013 - 2023, đã có 04 hãng hàng không ... khai thác 09 đường bay nội địa"
# (counts, 2023, the period's end); the passengers "năm 2019 đạt 1,05 triệu lượt", "năm 2020 đạt
# 1,21 triệu lượt", "năm 2021 đạt 810 nghìn lượt", "năm 2022 đạt 1,6 triệu lượt", "10 tháng năm 2023
# đạt 1,06 triệu lượt" (counts, =); "dự kiến đến hết năm 2023 ... đạt 1,2 triệu lượt" (a result:
# the estimate of the year running when the page was written, as the spec's "ước đạt"; =, 2023; a
# judgement). NOT: "giảm 23% so với cùng kỳ năm 2022", "giảm 25% so với năm 2022" (a result's change
# against an earlier value, spec). Not quantities: "tháng 02 năm 2013", "2013 - 2023" (dates),
# "Covid-19" (a name). Pillar null.
# --------------------------------------------------------------------------
D01 = dict(name="01_thanhhoa-tho-xuan-hanh-khach-2023", kind="result", year=2023, records=[
    FREQ("khai thác «05 chuyến/tuần", "chuyến bay Cảng hàng không Thọ Xuân ban đầu khai thác", "=", 5, year=2013),
    PAX("với «01 đường bay", "đường bay từ Thanh Hóa đi thành phố Hồ Chí Minh ban đầu khai thác", "=", 1,
        year=2013),
    PAX("đã có «04 hãng", "hãng hàng không khai thác đường bay nội địa từ Thanh Hóa", "=", 4),
    PAX("khai thác «09 đường bay", "đường bay nội địa từ Thanh Hóa các hãng hàng không khai thác", "=", 9),
    PAX("năm 2019 đạt «1,05 triệu", "Lượng hành khách qua Cảng hàng không Thọ Xuân", "=", 1.05e6, year=2019),
    PAX("năm 2020 đạt «1,21 triệu", "lượng hành khách qua Cảng", "=", 1.21e6, year=2020),
    PAX("năm 2021 đạt «810 nghìn", "lượng hành khách qua Cảng", "=", 810000, year=2021),
    PAX("năm 2022 đạt «1,6 triệu", "lượng hành khách qua Cảng", "=", 1.6e6, year=2022),
    PAX("năm 2023 đạt «1,06 triệu", "lượng hành khách qua Cảng 10 tháng năm 2023", "=", 1.06e6),
    PAX("Cảng đạt «1,2 triệu", "lượng hành khách qua Cảng đến hết năm 2023", "=", 1.2e6),
], NOT=["giảm «23%", "giảm «25%"])

# --------------------------------------------------------------------------
# 02 Nghệ An, Vietnam Airlines opening three routes from Vinh from 12/6/2020, with the province's
# tourism targets for 2020 (nghean24h.vn; nothing cut; no byline, no stamp; the excerpt ends in
# "Nghệ "). Year 2020 (the text's "12/6/2020", "Năm 2020"). Targets: the routes the airline "sẽ
# chính thức khai thác" (a plan announced: "3 đường bay mới", count, and each route's "4
# chuyến/tuần", "3 chuyến/tuần", "3 chuyến/tuần", other "chuyến/tuần"; bare numbers of a target,
# >=; a judgement: the schedule is what the airline plans); the tourism sector's "đặt mục tiêu đón và
# phục vụ 5,1 triệu lượt khách lưu trú, tăng 8,5% so với năm 2019; doanh thu dịch vụ du lịch đạt
# 5.260 tỉ đồng, tăng 17% so với năm 2019" (>=; the two rises are targets stated as changes, spec,
# as the earlier sets' majority records "tăng X% so với năm ..." in a plan). Not quantities:
# "12/6/2020", "12/6", "22/6" (dates), "COVID-19" (a name). Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_nghean-vinh-duong-bay-moi-2020", kind="target", year=2020, records=[
    PAX("khai thác «3 đường bay", "đường bay mới từ Thành phố Vinh đến các địa phương trọng điểm phát triển du lịch",
        ">=", 3),
    FREQ("Phú Quốc khai thác «4 chuyến", "đường bay Vinh - Phú Quốc khai thác", ">=", 4),
    FREQ("Cần Thơ khai thác «3 chuyến", "đường bay Vinh - Cần Thơ khai thác", ">=", 3),
    FREQ("Nha Trang khai thác «3 chuyến", "đường bay Vinh - Nha Trang khai thác", ">=", 3),
    PAX("phục vụ «5,1 triệu", "lượt khách lưu trú ngành Du lịch Nghệ An đón và phục vụ", ">=", 5.1e6),
    R("tăng «8,5%", "lượt khách lưu trú tăng so với năm 2019", ">=", 8.5),
    VND("đạt «5.260 tỉ", "doanh thu dịch vụ du lịch", ">=", 5260e9),
    R("tăng «17%", "doanh thu dịch vụ du lịch tăng so với năm 2019", ">=", 17),
])

# --------------------------------------------------------------------------
# 03 Cà Mau, the airport's land clearance nearly done before the runway's start, with the project's
# figures and the plan's capacities (ifly.com.vn; cut: the source line "Nguồn: Tổng hợp"; no byline,
# no stamp). Results of "9/7/2025" (year 2025): the cleared land "tương đương 105,68/105,85 ha"
# (=, other "ha": the area cleared, a result of the work; the denominator is the whole), "Số hộ và
# tổ chức bị ảnh hưởng: 612" (=, count). Targets: "Tổng mức đầu tư: khoảng 2.400 tỷ đồng" (~, the
# approved project's; year null: the item names none, set282's reading of a plan's yearless
# figures), "Giai đoạn 2021–2030: ... công suất 1 triệu hành khách/năm" (>=, 2030), "Tầm nhìn đến
# 2050: 3 triệu hành khách/năm, 3.000 tấn hàng hóa/năm" (>=, 2050; capacities other, their unit as
# written). NOT: "đạt 99,84% kế hoạch" (completion against a plan, the earlier sets' majority). Not
# quantities: "9/7/2025", "19/8", "2021–2030", "2050" (dates), "4C", "A320/A321", "cấp II" (names),
# "/105,85" (the denominator). Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_camau-san-bay-mo-rong-2025", kind="result", year=2025, records=[
    AREA("(tương đương «105,68", "công tác giải phóng mặt bằng phục vụ dự án nâng cấp, mở rộng Cảng hàng không Cà Mau ha", "=",
         105.68),
    VND("khoảng «2.400 tỷ", "Tổng mức đầu tư dự án nâng cấp, mở rộng Cảng hàng không Cà Mau", "~", 2400e9, **T,
        year=None),
    PAX("ảnh hưởng: «612", "Số hộ và tổ chức bị ảnh hưởng", "=", 612),
    CAP("công suất «1 triệu", "công suất Cảng hàng không Cà Mau giai đoạn 2021–2030", ">=", 1e6, "hành khách/năm",
        **T, year=2030),
    CAP("2050: «3 triệu", "công suất Cảng hàng không Cà Mau tầm nhìn đến 2050 hành khách", ">=", 3e6,
        "hành khách/năm", **T, year=2050),
    CAP("«3.000 tấn", "công suất Cảng hàng không Cà Mau tầm nhìn đến 2050 hàng hóa", ">=", 3000, "tấn hàng hóa/năm",
        **T, year=2050),
], NOT=["đạt «99,84%"])

# --------------------------------------------------------------------------
# 04 Lâm Đồng, Liên Khương becoming the Central Highlands' first international airport, June 2024
# (sgtiepthi.vn; cut: the two related-article links "- Nhiều hạng mục sân bay Long Thành thi công
# vượt tiến độ" and "- Sân bay Tân Sơn Nhất khai thác 680 chuyến bay/ngày vào cao điểm hè"; no
# byline, no stamp; the excerpt ends in "phê duyệt "). Year 2024 (the text's only year, "Ngày
# 17-5-2024"; "Sáng 23-6" names none). Results: the runway "dài 3.250m, rộng 45m" (=, other "m":
# what an airport has, as set282 counted a port's lengths); "Từ tháng 1-2017 đến nay ... đã phục vụ
# hơn 1.700 chuyến bay không thường lệ" (>, count); "đón 6 chuyến bay quốc tế/ngày" (=, other
# "chuyến bay quốc tế/ngày"); Vietjet's "2 đường bay" (=, count) "với tần suất 6 chuyến bay/tuần",
# Jeju Air's "14 chuyến/tuần" (=, other). Not quantities: "23-6", "1-2017", "17-5-2024" (dates),
# "Code D", "B757", "A300" (names). Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_lamdong-lien-khuong-quoc-te-2024", kind="result", year=2024, records=[
    LEN("dài «3.250m", "đường cất hạ cánh Cảng Hàng không quốc tế Liên Khương dài", "=", 3250),
    LEN("rộng «45m", "đường cất hạ cánh Cảng Hàng không quốc tế Liên Khương rộng", "=", 45),
    PAX("hơn «1.700 chuyến", "chuyến bay không thường lệ (charter) cảng Hàng không Liên Khương đã phục vụ từ tháng "
        "1-2017", ">", 1700),
    FREQ("đón «6 chuyến bay quốc tế/ngày", "cảng Hàng không Liên Khương đón chuyến bay quốc tế", "=", 6,
         per="chuyến bay quốc tế/ngày"),
    PAX("khai thác «2 đường bay", "đường bay Vietjet Air khai thác từ Đà Lạt đi Incheon và Busan", "=", 2),
    FREQ("tần suất «6 chuyến bay/tuần", "tần suất đường bay Vietjet Air từ Đà Lạt đi Hàn Quốc", "=", 6,
         per="chuyến bay/tuần"),
    FREQ("tần suất «14 chuyến/tuần", "tần suất đường bay Jeju Air từ Hàn Quốc đến Đà Lạt", "=", 14),
])

# --------------------------------------------------------------------------
# 05 Quảng Bình, Đồng Hới airport closed for three evenings for the works of terminal T2, January
# 2026 (vnexpress.net; cut: the photo caption "Cảng hàng không Đồng Hới. Ảnh: Hoàng Táo" with the
# blank line after it and the byline "Anh Duy" with the blank line before it; the stamp " date
# 2026-01-07" written as the first line). Targets of the project "dự kiến hoàn thành vào quý
# IV/2026" (year 2026): "tổng mức đầu tư hơn 1.750 tỷ đồng" (>), "sân bay có thể phục vụ 3 triệu
# hành khách mỗi năm" (>=, other "hành khách mỗi năm", a capacity), "sân đỗ được nâng lên 8 vị trí,
# tăng thêm 4 vị trí so với hiện nay" (>=, counts; the rise a target stated as a change, spec).
# Results of the present (2026, the stamp): "lưu lượng khoảng 500.000 lượt khách mỗi năm" (~, count:
# passengers served, as set252), "gần 10 chuyến bay khứ hồi" a day (~, count). NOT: "vượt hơn 50%
# công suất thiết kế" (the use of the design capacity read against it: a change against a reference
# value, as "vượt 6% so với kế hoạch"; a judgement). Not quantities: "7 đến 9/1", "19/4/2025",
# "quý IV/2026" (dates), "T2" (a name). Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_quangbinh-dong-hoi-nha-ga-t2-2026", kind="target", year=2026, records=[
    VND("hơn «1.750 tỷ", "tổng mức đầu tư dự án xây dựng nhà ga hành khách T2 và mở rộng sân đỗ Sân bay Đồng Hới",
        ">", 1750e9),
    CAP("phục vụ «3 triệu", "sân bay Đồng Hới có thể phục vụ hành khách khi nhà ga T2 đi vào vận hành", ">=", 3e6,
        "hành khách mỗi năm"),
    PAX("lên «8 vị trí", "vị trí sân đỗ Sân bay Đồng Hới", ">=", 8),
    PAX("thêm «4 vị trí", "vị trí sân đỗ tăng thêm so với hiện nay", ">=", 4),
    PAX("khoảng «500.000 lượt", "lưu lượng lượt khách sân bay Đồng Hới mỗi năm", "~", 500000, kind="result"),
    PAX("gần «10 chuyến", "chuyến bay khứ hồi sân bay Đồng Hới tiếp nhận mỗi ngày", "~", 10, kind="result"),
], NOT=["hơn «50%"])

# --------------------------------------------------------------------------
# 06 Đắk Lắk, the Civil Aviation Authority's draft plan for Buôn Ma Thuột airport 2021-2030, vision
# 2050 (vneconomy.vn; nothing cut; the stamp " date 2026-01-14" written as the first line; the
# excerpt ends in "trong giai "). Targets of "giai đoạn 2021–2030" (2030): "công suất 5 triệu hành
# khách và 10.000 tấn hàng hóa mỗi năm" (>=, other, capacities), "Sân bay có 19 vị trí đỗ tàu bay"
# (>=, count: the planned airport's, in the 2030 paragraph; a judgement), terminal T2 "với công suất
# khoảng 3 triệu hành khách mỗi năm" (~); of "tầm nhìn năm 2050" (2050): "7 triệu hành khách và
# 15.000 tấn hàng hóa mỗi năm" (>=), "27 vị trí đỗ tàu bay" (>=, count), "đường cất hạ cánh số 2 dài
# 2.400 m" (>=, other "m"), T2 "nâng công suất lên khoảng 5 triệu hành khách" (~); the cargo terminal
# "đáp ứng công suất 10.000 tấn hàng hóa mỗi năm trong giai " (>=; year null: the excerpt stops before
# its period). Result: the existing runway "hiện hữu dài 3.000 m, rộng 45 m" (=, other "m"; year
# 2026, the stamp's: a standing fact with no year in its sentence, as set252). Not quantities:
# "2021–2030", "2050" (dates), "4C", "A320", "A321", "CAT II", "T1", "T2", "số 2" (names, labels).
# Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_daklak-buon-ma-thuot-quy-hoach-2030", kind="target", year=2030, records=[
    CAP("công suất «5 triệu hành khách và", "công suất sân bay Buôn Ma Thuột giai đoạn 2021–2030 hành khách", ">=",
        5e6, "hành khách mỗi năm"),
    CAP("và «10.000 tấn hàng hóa mỗi năm.", "công suất sân bay Buôn Ma Thuột giai đoạn 2021–2030 hàng hóa", ">=",
        10000, "tấn hàng hóa mỗi năm"),
    PAX("có «19 vị trí", "vị trí đỗ tàu bay sân bay Buôn Ma Thuột", ">=", 19),
    LEN("dài «3.000 m", "Đường cất hạ cánh hiện hữu sân bay Buôn Ma Thuột dài", "=", 3000, kind="result", year=2026),
    LEN("rộng «45 m", "Đường cất hạ cánh hiện hữu sân bay Buôn Ma Thuột rộng", "=", 45, kind="result", year=2026),
    CAP("lên «7 triệu", "công suất sân bay Buôn Ma Thuột tầm nhìn năm 2050 hành khách", ">=", 7e6,
        "hành khách mỗi năm", year=2050),
    CAP("và «15.000 tấn", "công suất sân bay Buôn Ma Thuột tầm nhìn năm 2050 hàng hóa", ">=", 15000,
        "tấn hàng hóa mỗi năm", year=2050),
    PAX("với «27 vị trí", "vị trí đỗ tàu bay sân bay Buôn Ma Thuột tầm nhìn năm 2050", ">=", 27, year=2050),
    LEN("dài «2.400 m", "đường cất hạ cánh số 2 sân bay Buôn Ma Thuột xây dựng thêm dài", ">=", 2400, year=2050),
    CAP("khoảng «3 triệu", "công suất nhà ga T2 sân bay Buôn Ma Thuột", "~", 3e6, "hành khách mỗi năm"),
    CAP("khoảng «5 triệu", "công suất nhà ga T2 sân bay Buôn Ma Thuột đến năm 2050", "~", 5e6, "hành khách",
        year=2050),
    CAP("công suất «10.000 tấn hàng hóa mỗi năm trong", "công suất khu nhà ga hàng hóa phía Đông nhà ga hành khách",
        ">=", 10000, "tấn hàng hóa mỗi năm", year=None),
])

# --------------------------------------------------------------------------
# 07 Quảng Ninh, Vân Đồn international airport opening charter flights to Shenzhen from 1
# November 2025, with the airport's figures (cafef.vn; cut: the photo caption "Hành khách làm thủ tục
# trước chuyến bay tại Cảng hàng không quốc tế Vân Đồn." with the blank line after it; the stamp
# " date 2025-10-21" written as the first line; the excerpt ends in "thiết k"). A precision text:
# one record, the airport's cost "theo hình thức BOT với tổng số tiền khoảng 7.700 tỷ đồng" (a
# result, ~; year 2025, the stamp's: a standing fact with no year in its sentence, as set252). Not
# quantities: "1/11", "tháng 11", the flight days "1, 6, 10, 15, 20 và 24" (dates), "18h10",
# "20h10", "21h10", "0h" (times of day), "B737-800", "4E", "cấp II", "B777", "B747", "A350"
# (names), "325ha" (the site's area, as set191 and set282 leave a site's area out), "2 năm" and
# "năm 2016 - 2018" (the construction's duration and dates). Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_quangninh-van-don-charter-2025-precision", kind="result", year=2025, records=[
    VND("khoảng «7.700 tỷ", "tổng số tiền đầu tư Cảng hàng không quốc tế Vân Đồn theo hình thức BOT", "~", 7700e9),
])

# --------------------------------------------------------------------------
# 08 Thừa Thiên Huế, the inauguration of Phú Bài airport's passenger terminal T2, June 2023
# (kinhtedothi.vn; cut: the byline "Quý Nguyễn" and the share button "Chia sẻ Zalo" with the blank
# line after it; no stamp; the caption "Nhà ga hành khách T2 hoàn thành ... 28/4/2023." stands twice
# and is kept: it carries a date). Year 2023 (the text's "28/4/2023"). Results (the terminal built):
# "công suất khai thác 5 triệu hành khách/năm (1 triệu khách quốc tế và 4 triệu khách quốc nội)" (=,
# other: three capacities, each with its own subject, scope null: a breakdown by kind of passenger,
# spec), "có tổng mức đầu tư gần 2.300 tỷ đồng" (~). Not quantities: "28/4/2023" (three times),
# "17/6", "29/12/2019" (dates), "T2" (a name). Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_thuathienhue-phu-bai-nha-ga-t2-2023", kind="result", year=2023, records=[
    CAP("khai thác «5 triệu", "công suất khai thác nhà ga hành khách T2 Cảng Hàng không quốc tế Phú Bài", "=", 5e6,
        "hành khách/năm"),
    CAP("(«1 triệu khách", "công suất khai thác nhà ga T2 khách quốc tế", "=", 1e6, "khách"),
    CAP("và «4 triệu khách", "công suất khai thác nhà ga T2 khách quốc nội", "=", 4e6, "khách"),
    VND("gần «2.300 tỷ", "tổng mức đầu tư dự án xây dựng nhà ga hành khách T2 Cảng Hàng không quốc tế Phú Bài", "~",
        2300e9),
])

# --------------------------------------------------------------------------
# 09 Bà Rịa - Vũng Tàu, the air route to Côn Đảo and its demand, June 2023 (baobariavungtau.com.vn;
# nothing cut; the stamp " date 2023-06" written as the first line; the excerpt ends in "hằng t").
# Results: "Chỉ tính riêng năm 2022, huyện này đón, phục vụ 523.515 lượt khách ..., trong đó có 9.215
# lượt khách quốc tế" (=, counts, 2022); "Tần suất 20-30 chuyến/tuần" (between, other
# "chuyến/tuần"; 2023, the stamp's: "tính tới thời điểm hiện tại"). NOT: "tăng hơn 110% so với cùng
# kỳ" (a change). Not quantities: "60 khách/chuyến" (the size of one aircraft, as set282 leaves a
# single ship's size out), "50 - 60 phút" (a helicopter's flight time), "hai hãng" (a number in
# words: no earlier set records one). Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_bariavungtau-con-dao-duong-bay-2023", kind="result", year=2023, records=[
    PAX("phục vụ «523.515 lượt", "lượt khách huyện Côn Đảo đón, phục vụ", "=", 523515, year=2022),
    PAX("có «9.215 lượt", "lượt khách quốc tế huyện Côn Đảo đón, phục vụ", "=", 9215, year=2022),
    FREQ("Tần suất «20-30 chuyến/tuần", "Tần suất chặng bay đi Côn Đảo", "between", 20, value_max=30),
], NOT=["hơn «110%"])

# --------------------------------------------------------------------------
# 10 Lào Cai, the adjusted PPP project of Sa Pa airport and its money (ngoisao.vn; cut: the photo
# caption "Sân bay Sa Pa sẽ là sân bay lớn nhất Tây Bắc. Ảnh minh họa"; the byline date "Thứ sáu,
# 31/10/2025" written as the first line `date 2025-10-31`; the excerpt ends in "thi côn"). Targets
# of the adjusted project (Quyết định 2051/QĐ-UBND of June 2025), none with a year of its own: year
# null (set282's reading of a plan's yearless figures; the page's 2025 is the decision's, not the
# targets'). Phase 1 "công suất thiết kế 1,5 triệu hành khách/năm", phase 2 "nâng công suất lên 3
# triệu hành khách/năm" (>=, other); "đường lăn song song rộng 23m" (>=, other "m"); "tổng mức đầu
# tư 6.393,845 tỷ đồng ..., trong đó giai đoạn 1 chiếm 3.982,122 tỷ đồng và giai đoạn 2 chiếm
# 2.411,723 tỷ đồng. Cơ cấu vốn gồm 3.537,946 tỷ đồng vốn huy động ... và 2.855,899 tỷ đồng vốn Nhà
# nước, chiếm 44,38% tổng mức đầu tư" (>=, bare numbers of a plan; each its own subject, scope null:
# phases and sources are kinds of thing). Not quantities: "tháng 3/2022", "tháng 6/2025" (dates),
# "2051/QĐ-UBND" (a document), "Dự án thành phần 2", "4C", "cấp II", "đầu 14", "Code C" (names,
# labels), "hai đoạn", "ba vị trí", "hai giai đoạn" (numbers in words), "46 năm 7 tháng", "1 năm",
# "2 năm 1 tháng" (the contract's term and its stages: durations, as earlier sets leave "5 ngày",
# "45 phút" out; a judgement). Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_laocai-sa-pa-ppp-2025", kind="target", year=None, records=[
    CAP("thiết kế «1,5 triệu", "công suất thiết kế sân bay Sa Pa giai đoạn 1", ">=", 1.5e6, "hành khách/năm"),
    CAP("lên «3 triệu", "công suất sân bay Sa Pa giai đoạn 2", ">=", 3e6, "hành khách/năm"),
    LEN("rộng «23m", "đường lăn song song bổ sung rộng", ">=", 23),
    VND("tư «6.393,845 tỷ", "tổng mức đầu tư Dự án thành phần 2 - Xây dựng Cảng hàng không Sa Pa", ">=", 6393.845e9),
    VND("chiếm «3.982,122 tỷ", "giai đoạn 1 trong tổng mức đầu tư", ">=", 3982.122e9),
    VND("chiếm «2.411,723 tỷ", "giai đoạn 2 trong tổng mức đầu tư", ">=", 2411.723e9),
    VND("gồm «3.537,946 tỷ", "vốn huy động (vốn chủ sở hữu và vay thương mại)", ">=", 3537.946e9),
    VND("và «2.855,899 tỷ", "vốn Nhà nước", ">=", 2855.899e9),
    R("chiếm «44,38%", "vốn Nhà nước chiếm tổng mức đầu tư", ">=", 44.38),
])

# --------------------------------------------------------------------------
# 11 Quảng Trị, the Prime Minister's investment policy for Quảng Trị airport under PPP, December
# 2021 (vietnet24h.vn; cut: the section label "Tiêu dùng"; the byline "Trọng Đạt - Thứ Năm,
# 23/12/2021 9:04 SA" written as the first line `date 2021-12-23`; the excerpt ends in "phi hàng
# khô"). Targets, each of the year its clause names, else null (set282's reading): "tổng mức đầu tư
# dự kiến cho cả 2 giai đoạn là 5.822,9 tỷ đồng" (>=), "Công suất theo quy hoạch là 1 triệu hành
# khách/năm và 3.100 tấn hàng hóa/năm" (>=, other), "5 vị trí đỗ tàu bay code C" (>=, count), phase
# 1's forecast "khoảng 2,2 triệu hành khách/năm vào năm 2046 và khoảng 5.600 tấn hàng hóa vào năm
# 2042" (~), phase 2's "mở rộng nhà ga hành khách năm 2047 đảm bảo khai thác đến 5 triệu hành khách"
# (<=: "đến" as "up to", set282's reading of "đến"/"tới"), the cargo terminal's "đợt 1 năm 2043 ...
# khoảng 13.700 tấn/năm, đợt 2 năm 2059 ... khoảng 25.500 tấn/năm" (~). Not quantities: "2 giai
# đoạn" (phases), "20/12", "năm 2029" (dates), "4C", "cấp II", "code C", "code E" (names), the
# headline's "PPP". Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_quangtri-cang-hang-khong-ppp-2021", kind="target", year=None, records=[
    VND("là «5.822,9 tỷ", "tổng mức đầu tư dự kiến cảng hàng không Quảng Trị cho cả 2 giai đoạn", ">=", 5822.9e9),
    CAP("là «1 triệu", "Công suất theo quy hoạch cảng hàng không Quảng Trị hành khách", ">=", 1e6, "hành khách/năm"),
    CAP("và «3.100 tấn", "Công suất theo quy hoạch cảng hàng không Quảng Trị hàng hóa", ">=", 3100,
        "tấn hàng hóa/năm"),
    PAX("có «5 vị trí", "vị trí đỗ tàu bay code C sân bay Quảng Trị", ">=", 5),
    CAP("khoảng «2,2 triệu", "công suất khai thác theo dự báo giai đoạn 1 hành khách", "~", 2.2e6, "hành khách/năm",
        year=2046),
    CAP("khoảng «5.600 tấn", "công suất khai thác theo dự báo giai đoạn 1 hàng hóa", "~", 5600, "tấn hàng hóa",
        year=2042),
    CAP("đến «5 triệu", "mở rộng nhà ga hành khách đảm bảo khai thác hành khách", "<=", 5e6, "hành khách",
        year=2047),
    CAP("khoảng «13.700 tấn", "công suất khai thác nhà ga hàng hóa mở rộng đợt 1", "~", 13700, "tấn/năm", year=2043),
    CAP("khoảng «25.500 tấn", "công suất khai thác nhà ga hàng hóa mở rộng đợt 2", "~", 25500, "tấn/năm", year=2059),
])

# --------------------------------------------------------------------------
# 12 Lâm Đồng (Bình Thuận until the 2025 merger), Sun Group approved as the investor of Phan Thiết
# airport's civil works, March 2026 (vnexpress.net; cut: the photo caption "Phối cảnh hạng mục dân
# dụng Cảng hàng không Phan Thiết. Ảnh: Bình Thuận" with the blank line after it; the caption
# "Sân bay Phan Thiết trong ngày khánh thành hạng mục quân sự, hôm 19/12/2025. Ảnh: Việt Quốc" is
# kept: it carries a date; the stamp " date 2026-03-04" written as the first line; the excerpt ends in
# "thờ"). A precision text: one record, "Cuối năm 2025, UBND tỉnh Lâm Đồng chấp thuận chủ trương
# đầu tư hạng mục hàng không dân dụng với tổng vốn gần 3.800 tỷ đồng" (a target: the approved
# investment, ~; year 2025, the year its sentence names). Not quantities: "4/3", "19/12/2025",
# "tháng 1", "25/2", "năm 2013", "Cuối năm 2025" (dates), "hơn 543 ha" (the site's area, as in 07),
# "một doanh nghiệp" (a number in words). Pillar null.
# --------------------------------------------------------------------------
D12 = dict(name="12_lamdong-phan-thiet-nha-dau-tu-2026-precision", kind="target", year=2025, records=[
    VND("gần «3.800 tỷ", "tổng vốn đầu tư hạng mục hàng không dân dụng Cảng hàng không Phan Thiết", "~", 3800e9),
])

# --------------------------------------------------------------------------
# 13 Nghệ An, Vinh international airport reopening after nearly six months of works, December 2025,
# with its planned capacity (vneconomy.vn; cut: the widget lines "Giá vàng trong nước và thế giới"
# and "VnEconomy cập nhật giá vàng trong nước & thế giới hôm nay: ..."; the stamp " date 2025-12-19"
# written as the first line; the excerpt ends in "sân đ"). Targets: "công suất khai thác của sân bay
# đạt khoảng 8 triệu hành khách mỗi năm vào năm 2030 và khoảng 14 triệu hành khách mỗi năm vào năm
# 2050" (~, other). Not quantities: "gần 6 tháng" (twice: the works' duration), "19/12", "1/7/2025",
# "2021–2030", "2050" (dates), "79 điểm cầu" (the sites of a ceremony: an event's participants,
# spec), "3 dự án lớn gồm: ..." (the lead count of a list of projects: counts of tasks, spec), "4E"
# (a name). Pillar null.
# --------------------------------------------------------------------------
D13 = dict(name="13_nghean-vinh-quy-hoach-cong-suat-2025", kind="target", year=2030, records=[
    CAP("khoảng «8 triệu", "công suất khai thác của sân bay Vinh theo quy hoạch", "~", 8e6, "hành khách mỗi năm"),
    CAP("khoảng «14 triệu", "công suất khai thác của sân bay Vinh theo quy hoạch", "~", 14e6, "hành khách mỗi năm",
        year=2050),
])


DOCS = [v for k, v in sorted(globals().items()) if k[:1] == "D" and k[1:].isdigit()]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
