#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set365: sugarcane, cassava
and tea growing).

Adapted from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of percentages deliberately left without a record
(completion against a plan, a result's change against an earlier value); check_gold.py verifies that
every percentage has a record or a NOT entry.

Every record carries `indicator_id_gold` null: the catalogue (muctieu/catalog/data/indicators.yaml)
measures digital transformation, and none of its indicators measures a crop's area, yield, output,
a factory's capacity or a price paid to growers (see README, "Catalogue labels"). Pillar is null
throughout: no text stands under a digital-transformation heading or lead-in.

Run:  python3 build_gold.py && python3 check_gold.py
"""
import functools
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, CNT, RANK, T  # noqa: E402

# Amounts in a unit other than %, count or rank: the unit as written at the number goes to unit_text
# (areas "ha", outputs "tấn", yields "tấn/ha", "tạ/ha", prices "đồng/tấn", "đ/kg", "USD/tấn", ...).
per = functools.partial(dict, unit="other")
HA, TAN = per(unit_text="ha"), per(unit_text="tấn")
DONG_TAN, DONG_KG, USD_TAN = per(unit_text="đồng/tấn"), per(unit_text="đồng/kg"), per(unit_text="USD/tấn")

# --------------------------------------------------------------------------
# 01 Sơn La and Nghệ An, the sugar mills running at full capacity in the 2024/25 crushing season
# (vneconomy.vn; the stamp " date 2025-02" written as the first line; nothing cut; the excerpt ends
# in "Sở Nông nghiệp và P"). Year 2025 (the stamp; "năm nay", "Theo kế hoạch năm 2025"), but the
# mills that had taken cane "từ tháng 12/2024 ... 22/24 nhà máy" are of 2024. Results: 22 of 24
# mills (count =, the denominator no record), "cả 24 nhà máy" (=), Sơn La's "1 dây chuyền" in
# operation (count =, a count of facilities, as "4 nhà máy" in 11), its crushing capacity "5.200 tấn
# mía/ngày" (=), "trên 9.000 ha" (>), "100% diện tích ký hợp đồng" (=), "trên 10.000 hộ" (>);
# Nghệ An's "hơn 22.200 ha" (>), "gần 1,4 triệu tấn" (~), NASU's 14.400 ha and Sông Con's 6.500 ha
# (=, place: the companies' zones are in Nghệ An, named in the indicator). Targets "Theo kế hoạch
# năm 2025, sản lượng mía công ty đạt 550.000 tấn, doanh thu dự kiến 500 tỷ đồng" (kind target,
# `>=`: a target's "đạt" and bare "dự kiến"). Not quantities: "tăng hơn 1.200 ha so với vụ trước"
# (a change against the last season), "hơn 10 năm" (a span), "12/2024", "1/2025", "1/2/2025",
# "mùng 4 Tết", "2024/25", "2024-2025" (dates, seasons).
# --------------------------------------------------------------------------
D01 = dict(name="01_sonla-nghean-mia-vu-ep-2025", kind="result", year=2025, records=[
    R("với «22/24 nhà máy", "nhà máy đường đã tiếp nhận mía vào vụ ép 2024/25", "=", 22, **CNT, year=2024),
    R("cả «24 nhà máy", "nhà máy đường đã hoạt động", "=", 24, **CNT),
    R("công suất «1 dây chuyền", "dây chuyền sản xuất đường RS Công ty Cổ phần Mía đường Sơn La đang vận hành",
      "=", 1, **CNT, place="Sơn La"),
    R("công suất «5.200 tấn", "công suất dây chuyền sản xuất đường của Công ty Cổ phần Mía đường Sơn La", "=",
      5200, **per(unit_text="tấn mía/ngày"), place="Sơn La"),
    R("có trên «9.000 ha", "vùng nguyên liệu mía của Công ty Cổ phần Mía đường Sơn La", ">", 9000, **HA,
      place="Sơn La"),
    R("mía; «100% diện tích", "diện tích vùng nguyên liệu mía ký hợp đồng đầu tư, bao tiêu sản phẩm", "=", 100,
      place="Sơn La"),
    R("với trên «10.000 hộ", "hộ trồng mía ký hợp đồng đầu tư, bao tiêu sản phẩm với công ty", ">", 10000, **CNT,
      place="Sơn La"),
    R("công ty đạt «550.000 tấn", "sản lượng mía của công ty", ">=", 550000, **TAN, **T, place="Sơn La"),
    R("dự kiến «500 tỷ", "doanh thu của công ty", ">=", 500e9, **per(unit_text="đồng"), **T, place="Sơn La"),
    R("được hơn «22.200 ha", "diện tích mía toàn tỉnh trồng được", ">", 22200, **HA, place="Nghệ An"),
    R("đạt gần «1,4 triệu", "sản lượng mía toàn tỉnh", "~", 1400000, **TAN, place="Nghệ An"),
    R("được «14.400 ha", "diện tích vùng nguyên liệu mía Công ty NASU Nghệ An", "=", 14400, **HA, place="Nghệ An"),
    R("Sông Con «6.500 ha", "diện tích vùng nguyên liệu mía Công ty cổ phần mía đường Sông Con", "=", 6500, **HA,
      place="Nghệ An"),
])

# --------------------------------------------------------------------------
# 02 Phú Thọ, the province's tea development plan 2022-2025 (baophutho.vn, a print page; cut: one
# line of obfuscated characters after the body, "444bx7496xb1ebx6793x...", the page's anti-copy
# string; no byline, no stamp). Kind target, year 2025 ("phấn đấu đến năm 2025"). The title "Phấn
# đấu đạt khoảng 15,7 nghìn ha chè vào năm 2025" has its record like the body's (as earlier sets
# record a title's number); "khoảng" `~` in both. "năng suất ... đạt 125 tạ/ha", "sản lượng đạt 195
# nghìn tấn" (`>=`), "tăng 5,3% so với năm 2021" (a target stated as a rise: a quantity, `>=`, as the
# spec's "giảm 20% thời gian"). Not quantities: "giai đoạn 2022 - 2025", "năm 2025", "năm 2021"
# (dates).
# --------------------------------------------------------------------------
D02 = dict(name="02_phutho-che-ke-hoach-2025", kind="target", year=2025, records=[
    R("đạt khoảng «15,7 nghìn ha chè vào", "diện tích chè", "~", 15700, **HA),
    R("đạt khoảng «15,7 nghìn ha diện tích", "diện tích chè trên toàn tỉnh", "~", 15700, **HA),
    R("bình quân đạt «125 tạ/ha", "năng suất chè búp tươi bình quân", ">=", 125, **per(unit_text="tạ/ha")),
    R("sản lượng đạt «195 nghìn", "sản lượng chè búp tươi", ">=", 195000, **TAN),
    R("tăng «5,3% so", "sản lượng chè tăng so với năm 2021", ">=", 5.3),
])

# --------------------------------------------------------------------------
# 03 Tây Ninh, cassava at its highest price in years (soha.vn; nothing cut; no byline, no stamp: the
# address's "20210511" is not in the text; the excerpt ends in "nguồn nguyên liệu trong "). Year
# 2021 for the current prices and season (the text's latest season, "Vụ Đông xuân 2020 – 2021 ...
# hiện nay", as set360 read a current census by its season), 2020 for the results "Năm 2020".
# Results: the factory's purchase price "3.400 đ/kg" (=, other "đ/kg"); the rainy season's starch
# content "khoảng 28 chữ bột" (~, other "chữ bột"); the farmer's reckoning at today's price: yield
# "khoảng 35 tấn/hecta" (~), price "3.000 đ/kg" (=), revenue "trên 100 triệu đồng" (>), profit
# "khoảng 70 triệu/hecta/vụ" (~, money without "đồng" written: unit_text "đồng/hecta/vụ"); 2020's
# area, output, yield, cassava processed ("khoảng 3.725.376 tấn", ~) and starch made; the winter-
# spring area 33.340 ha; "khoảng 65 nhà máy" (~, count), their capacity "khoảng 6,4 triệu tấn
# củ/năm" (~) and "10 nhà máy chế biến sâu" (=). "1,857,399 tấn" is written with commas between
# groups of three: read as 1 857 399 tonnes (a judgement: a decimal comma cannot stand twice).
# NOT: "mất khoảng 20 - 30% chữ bột" (a loss against the dry season, a change) and "tăng 3,52% so
# với cùng kỳ". Not quantities: "loại 30 chữ bột" (a grade), "một vụ sắn/năm" (a number word),
# "6-7 tháng" (the crop's age), dates.
# --------------------------------------------------------------------------
D03 = dict(name="03_tayninh-san-gia-dien-tich-2021", kind="result", year=2021, records=[
    R("nhà máy là «3.400 đ/kg", "giá thu mua sắn tại nhà máy", "=", 3400, **per(unit_text="đ/kg")),
    R("đạt khoảng «28 chữ bột", "chữ bột sắn vào mùa mưa", "~", 28, **per(unit_text="chữ bột")),
    R("đạt khoảng «35 tấn/hecta", "năng suất trung bình mỗi hecta sắn", "~", 35, **per(unit_text="tấn/hecta")),
    R("bình quân «3.000 đ/kg", "giá bán sắn tươi bình quân", "=", 3000, **per(unit_text="đ/kg")),
    R("được trên «100 triệu", "nông dân sẽ thu được mỗi hecta sắn", ">", 100e6, **per(unit_text="đồng")),
    R("lãi khoảng «70 triệu", "lãi mỗi hecta sắn mỗi vụ sau khi trừ chi phí", "~", 70e6,
      **per(unit_text="đồng/hecta/vụ")),
    R("đạt «57.150 ha", "diện tích sắn của tỉnh", "=", 57150, **HA, year=2020),
    R("lượng «1,857,399 tấn", "sản lượng sắn của tỉnh", "=", 1857399, **TAN, year=2020),
    R("đạt «32,5 tấn/ha", "năng suất sắn", "=", 32.5, **per(unit_text="tấn/ha"), year=2020),
    R("khoảng «3.725.376 tấn", "khối lượng sắn đưa vào chế biến", "~", 3725376, **TAN, year=2020),
    R("được «931.318 tấn", "sản lượng bột sắn sản xuất được", "=", 931318, **per(unit_text="tấn bột"), year=2020),
    R("đạt «33.340 ha", "diện tích sắn vụ Đông xuân 2020 – 2021", "=", 33340, **HA),
    R("khoảng «65 nhà máy", "nhà máy chế biến tinh bột khoai sắn", "~", 65, **CNT),
    R("khoảng «6,4 triệu", "tổng công suất nhà máy chế biến tinh bột khoai sắn", "~", 6.4e6,
      **per(unit_text="tấn củ/năm")),
    R("có «10 nhà máy", "nhà máy chế biến sâu", "=", 10, **CNT),
], NOT=["khoảng «20 - 30% chữ", "tăng «3,52% so"])

# --------------------------------------------------------------------------
# 04 Nghệ An, Gia Lai, Cao Bằng: the sugar mills' cane prices at the start of the 2023-2024
# crushing season (danviet.vn, a print page; nothing cut; no byline, no stamp: the address's
# "20231201" is not in the text; the excerpt ends in "Đư"). Year 2023 (the season "vụ ép 2023 -
# 2024" opening "ngày 27/11", "ngày 28/11", "sáng 1/12"). Results: NASU's bonus "50.000 đồng/tấn"
# for growers who keep their contract (=, a rate announced to growers, as set359's support rates),
# its prices "hơn 1,3 triệu đồng/tấn" at the mill (>) and "1,17 triệu đồng/tấn tại ruộng" (=), An
# Khê's "1,1 triệu đồng/tấn" (=, place "An Khê", the mill's town), Cao Bằng's "khoảng 1,3 triệu
# đồng/tấn" (~). Prices paid to growers are the theme's quantities (as set360's "giá thu mua sữa bò
# tươi"). NOT: "cao hơn 6,5% so với niên vụ trước", "(tương đương 5-10%)", "tăng cao 20-30%"
# (changes against the last season) and "mất khoảng 35% vùng nguyên liệu" (a loss against the zone
# the mill had: a change). Not quantities: "cao hơn vụ trước 50.000 đến 100.000 đồng/tấn" (a
# change), the consumer price of sugar "xấp xỉ 28.000 đồng/kg" (a price of goods in shops, not a
# value of growing; earlier sets' "16.000 đồng/kg"), "10 CCS", "mía loại 1" (grades), dates.
# --------------------------------------------------------------------------
D04 = dict(name="04_nghean-caobang-gia-mia-2023", kind="result", year=2023, records=[
    R("thưởng «50.000 đồng/tấn", "tiền thưởng cho nông dân tuân thủ hợp đồng, bán toàn bộ mía cho công ty",
      "=", 50000, **DONG_TAN, place="Nghệ An"),
    R("là hơn «1,3 triệu", "giá mía mua tại nhà máy của NASU đầu vụ", ">", 1.3e6, **DONG_TAN, place="Nghệ An"),
    R("và «1,17 triệu", "giá mía mua tại ruộng của NASU đầu vụ", "=", 1.17e6, **DONG_TAN, place="Nghệ An"),
    R("CCS là «1,1 triệu", "giá thu mua mía độ đường 10 CCS tại ruộng của Nhà máy đường An Khê", "=", 1.1e6,
      **DONG_TAN, place="An Khê"),
    R("lên khoảng «1,3 triệu", "giá mua mía loại 1 của Công ty cổ phần Mía đường Cao Bằng", "~", 1.3e6,
      **DONG_TAN, place="Cao Bằng"),
], NOT=["hơn «6,5% so", "khoảng «35% vùng", "tương đương «5-10%", "tăng cao «20-30%"])

# --------------------------------------------------------------------------
# 05 Quảng Nam, cassava mosaic disease in the 2022 winter-spring crop (baoquangnam.vn; the stamp
# " date 2022-03" written as the first line; nothing cut). Year 2022. Results: the province's
# cassava area 6.364 ha, the four districts' areas (=, place each), the infected area 1.664 ha, the
# damage rates "trung bình từ 10 - 20%", "nơi cao 20 - 40% (Hiệp Đức)" (place), "cục bộ lên đến 50 -
# 70%" (between each: one range stated once; "lên đến" governs the range, a judgement). Not
# quantities: "tại 5 huyện gồm Núi Thành, ..." and "2 loại giống PLT01 và KM94" (the leads of
# lists of names, as set193's "15 xã ... bao gồm", set360's "3 loại vật nuôi"), "(tăng 1.151ha so
# với cùng kỳ năm ngoái)" (a change), "PLT01", "KM94" (names).
# --------------------------------------------------------------------------
D05 = dict(name="05_quangnam-san-kham-la-2022", kind="result", year=2022, records=[
    R("sản xuất «6.364ha", "diện tích sắn các loại vụ đông xuân trên địa bàn tỉnh", "=", 6364, **HA),
    R("Quế Sơn «1.715ha", "diện tích canh tác sắn", "=", 1715, **HA, place="Quế Sơn"),
    R("Núi Thành «1.100ha", "diện tích canh tác sắn", "=", 1100, **HA, place="Núi Thành"),
    R("Thăng Bình «642ha", "diện tích canh tác sắn", "=", 642, **HA, place="Thăng Bình"),
    R("Tây Giang «580ha", "diện tích canh tác sắn", "=", 580, **HA, place="Tây Giang"),
    R("có «1.664ha", "diện tích sắn bị nhiễm bệnh khảm lá", "=", 1664, **HA),
    R("từ «10 - 20%", "tỷ lệ hại trung bình của bệnh khảm lá sắn", "between", 10, value_max=20),
    R("cao «20 - 40%", "tỷ lệ hại bệnh khảm lá sắn nơi cao", "between", 20, value_max=40, place="Hiệp Đức"),
    R("đến «50 - 70%", "tỷ lệ hại bệnh khảm lá sắn cục bộ", "between", 50, value_max=70),
])

# --------------------------------------------------------------------------
# 06 Gia Lai, An Khê sugar mill's eastern raw-material zone in the 2022-2023 season (gialaitv.vn;
# cut: the update line "Cập nhật 28/2/2023, 16:02:28" with the blank line after it, written as the
# first line `date 2023-02-28`; the byline "Đoàn Bình – Huy Toàn", the counter "Lượt xem: 6" and
# the button "Trả lời" with their blank lines). Year 2023. Results: the zone's 25.000 ha, "hơn
# 15.000 ha" bought so far (>), the mill's capacity "17.000 tấn mía cây/ngày", the yield "70
# tấn/ha", the growers' profit "từ 20 đến 25 triệu đồng/1ha" (between). Target: "Dự kiến đến năm
# 2030 ... lên 30.000ha" (`>=`, 2030). Not quantities: "4 địa phương gồm các huyện: ..." (a list's
# lead), "30.4.2023" (twice, the title), "30.4" (dates), "2022-2023" (the season).
# --------------------------------------------------------------------------
D06 = dict(name="06_gialai-mia-an-khe-2023", kind="result", year=2023, records=[
    R("tổng diện tích «25.000 ha", "tổng diện tích vùng nguyên liệu mía phía Đông của Nhà máy Đường An Khê", "=",
      25000, **HA),
    R("được hơn «15.000 ha", "diện tích mía Nhà máy đã thu mua của bà con nông dân", ">", 15000, **HA),
    R("hiện «17.000 tấn", "công suất chế biến của Nhà máy", "=", 17000, **per(unit_text="tấn mía cây/ngày")),
    R("trung bình đạt «70 tấn/ha", "năng suất mía cây trung bình", "=", 70, **per(unit_text="tấn/ha")),
    R("lời từ «20 đến 25 triệu", "lời của bà con nông dân trồng mía sau khi trừ chi phí", "between", 20e6,
      value_max=25e6, **per(unit_text="đồng/1ha")),
    R("lên «30.000ha", "diện tích trồng mía toàn vùng phía Đông của Nhà máy Đường An Khê", ">=", 30000, **HA,
      **T, year=2030),
])

# --------------------------------------------------------------------------
# 07 Lai Châu, tea as the "cây làm giàu" (daidoanket.vn, a print page; cut: the byline "Tuệ Phương
# 10/12/2022 09:00" with the blank line after it, written as the first line `date 2022-12-10`; the
# photo caption "Người dân huyện Tân Uyên đổi đời ... Ảnh: Khắc Kiên." with the blank line after it;
# the excerpt ends in "chứng nhận Viet"). Year 2022 ("Tính đến cuối năm 2022"). Results: Tam
# Đường's 2.000 ha (place), households' incomes "từ 100-300 triệu đồng/năm" (between), the
# province's 8.900 ha, 6.931 ha in business, "trên 5.700ha" linked to buyers (>), "khoảng 64%"
# (~), 211 ha certified safe and its share 2,4%, 60 ha VietGAP. Not quantities: "hơn 10 năm" (a
# span), "cao gấp 3-4 lần so với trồng lúa, ngô" (a comparison with other crops, as a change),
# "PH8" (a name).
# --------------------------------------------------------------------------
D07 = dict(name="07_laichau-che-lien-ket-2022", kind="result", year=2022, records=[
    R("huyện đạt «2.000 ha", "diện tích trồng chè toàn huyện", "=", 2000, **HA, place="Tam Đường"),
    R("thu nhập từ «100-300 triệu", "thu nhập của nhiều gia đình trồng chè", "between", 100e6, value_max=300e6,
      **per(unit_text="đồng/năm"), place="Tam Đường"),
    R("có «8.900ha", "diện tích chè", "=", 8900, **HA),
    R("kinh doanh «6.931ha", "diện tích chè kinh doanh", "=", 6931, **HA),
    R("trên «5.700ha", "diện tích chè tham gia liên kết sản xuất gắn với tiêu thụ sản phẩm", ">", 5700, **HA),
    R("khoảng «64%", "diện tích chè tham gia liên kết sản xuất gắn với tiêu thụ sản phẩm chiếm tổng diện tích",
      "~", 64),
    R("có «211ha", "diện tích chè đã được cấp giấy chứng nhận theo các quy trình kỹ thuật an toàn", "=", 211,
      **HA),
    R("chiếm «2,4%", "diện tích chè được chứng nhận an toàn chiếm tổng số diện tích chè toàn tỉnh", "=", 2.4),
    R("có «60ha", "diện tích chè được chứng nhận Viet", "=", 60, **HA),
])

# --------------------------------------------------------------------------
# 08 Hà Giang, raising the value of ancient Shan tuyết tea (congthuong.vn; nothing cut; no byline,
# no stamp: the year is null, nothing in the text dates it). The excerpt opens inside a plan's list
# ("Cụ thể, quy hoạch ...; lựa chọn 6 doanh nghiệp, HTX, hộ kinh doanh ...; thành lập 56 nhóm sở
# thích ..."): two targets (count, `>=`, bare numbers in a plan). Results: the province's rank "đứng
# thứ 3 cả nước" (rank =), "gần 21.000 ha" (~), "18.070 ha cho thu hoạch" (=), "ước đạt 67.250
# tấn" (=), "gần 90%" (~) and "(khoảng 18.700 ha)" (~) of Shan tuyết, "gần 7.200 ha" ancient tea
# (~). Not quantities: "tại 5 huyện Hoàng Su Phì, ..." (a list's lead), "hàng trăm năm" (no
# number), "OCOP" (a name).
# --------------------------------------------------------------------------
D08 = dict(name="08_hagiang-che-shan-tuyet-co-thu", kind="result", year=None, records=[
    R("lựa chọn «6 doanh", "doanh nghiệp, HTX, hộ kinh doanh đầu tư phát triển và chế biến chè theo tiêu chuẩn "
      "chè hữu cơ được lựa chọn", ">=", 6, **CNT, **T),
    R("thành lập «56 nhóm", "nhóm sở thích trồng chè hữu cơ thành lập", ">=", 56, **CNT, **T),
    R("đứng thứ «3 cả", "diện tích chè của tỉnh đứng thứ cả nước", "=", 3, **RANK),
    R("diện tích gần «21.000 ha", "diện tích chè", "~", 21000, **HA),
    R("có «18.070 ha", "diện tích chè cho thu hoạch", "=", 18070, **HA),
    R("ước đạt «67.250 tấn", "tổng sản lượng chè búp tươi", "=", 67250, **TAN),
    R("chiếm gần «90%", "chè Shan tuyết chiếm diện tích chè", "~", 90),
    R("(khoảng «18.700 ha", "diện tích chè Shan tuyết", "~", 18700, **HA),
    R("đạt gần «7.200 ha", "diện tích chè Shan cổ thụ có độ tuổi hàng trăm năm", "~", 7200, **HA),
])

# --------------------------------------------------------------------------
# 09 Cao Bằng, the sugar company's 2022-2023 crushing season (baocaobang.vn, a photo-story page;
# cut: the byline "P.V" and the link "Các Album đã đăng" with the blank lines before them). Kind
# target, year 2023 (the season "Vụ ép năm 2022 - 2023" read by its end, as 06; a judgement: the
# results "Tính đến nay" name no date). Targets "phấn đấu thu mua và ép trên 146.400 tấn mía" (`>`)
# "với tổng diện tích thu mua 2.450 ha" (`>=`). Results: "trên 39.450 tấn" bought and crushed, "trên
# 3.600 tấn đường thành phẩm" (`>`). NOT: "đạt 26,9% kế hoạch" (completion against the plan). Not
# quantities: "25/11/2022", "tháng 3/2023" (dates).
# --------------------------------------------------------------------------
D09 = dict(name="09_caobang-mia-vu-ep-2022", kind="target", year=2023, records=[
    R("ép trên «146.400 tấn", "mía thu mua và ép", ">", 146400, **TAN),
    R("thu mua «2.450 ha", "tổng diện tích thu mua mía thuộc vùng nguyên liệu", ">=", 2450, **HA),
    R("ép trên «39.450 tấn", "mía nguyên liệu đã thu mua và ép", ">", 39450, **TAN, kind="result"),
    R("được trên «3.600 tấn", "đường thành phẩm sản xuất được", ">", 3600, **TAN, kind="result"),
], NOT=["đạt «26,9% kế"])

# --------------------------------------------------------------------------
# 10 Thái Nguyên, Đại Phúc commune's tea targets for 2030 (kinhtethegioi.com, a tag page: one
# teaser line; nothing cut; the date "8 Tháng 8, 2025" stands inside the line and stays). Kind
# target, year 2030 ("vào năm 2030"). "sản lượng chè búp tươi đạt 31.500 tấn" (`>=`), "tổng giá trị
# thu được khoảng 1.268 tỷ đồng mỗi năm" (~, other "đồng"). Not quantities: "8 Tháng 8, 2025" (the
# teaser's date).
# --------------------------------------------------------------------------
D10 = dict(name="10_thainguyen-daiphuc-che-muc-tieu-2030", kind="target", year=2030, records=[
    R("đạt «31.500 tấn", "sản lượng chè búp tươi", ">=", 31500, **TAN, place="Đại Phúc"),
    R("khoảng «1.268 tỷ", "tổng giá trị thu được mỗi năm", "~", 1268e9, **per(unit_text="đồng"),
      place="Đại Phúc"),
])

# --------------------------------------------------------------------------
# 11 Quảng Ngãi (merged with Kon Tum), the cassava-starch industry (lite.baomoi.com; cut: the photo
# caption "Nhà máy Cồn và tinh bột sắn Đăk Tô, ... Ảnh: ĐVCC"; no byline, no stamp; the excerpt ends
# in "xã Sơn H"). Year 2025 (the text's "Việc hợp nhất 2 tỉnh Quảng Ngãi và Kon Tum", the merger of
# July 2025; a judgement). Results, the company's size and capacities: revenue "1.800 tỷ đồng/năm",
# "17 nhà máy", "3 nhà máy tại Lào" (count), starch capacity "từ 550 - 600 nghìn tấn/năm", alcohol
# "từ 10 - 12 triệu lít/năm", revenue "từ 6.000 - 6.500 tỷ đồng/năm" (between each, the magnitude
# word read for both ends), exports "180 triệu USD/năm"; in Quảng Ngãi "4 nhà máy", "150 nghìn tấn
# tinh bột/năm" and its equivalent "(tương đương 500 nghìn tấn củ mì tươi)", "1 nhà máy sản xuất
# cồn", "10 triệu lít/năm" and "(tương đương 30 nghìn tấn mì lát khô)" (a bracket that states a value
# is a quantity, spec), the raw-material zone "khoảng 50 nghìn héc ta" (~). Not quantities: "2 tỉnh
# Quảng Ngãi và Kon Tum" (a list's lead), "từ năm 2019" (a date).
# --------------------------------------------------------------------------
D11 = dict(name="11_quangngai-tinh-bot-mi-2025", kind="result", year=2025, records=[
    R("doanh thu «1.800 tỷ", "tổng doanh thu của Công ty CP Nông sản thực phẩm Quảng Ngãi", "=", 1800e9,
      **per(unit_text="đồng/năm")),
    R("quy mô «17 nhà máy", "nhà máy của doanh nghiệp", "=", 17, **CNT),
    R("có «3 nhà máy", "nhà máy của doanh nghiệp tại Lào", "=", 3, **CNT),
    R("từ «550 - 600 nghìn", "tổng công suất chế biến tinh bột", "between", 550000, value_max=600000,
      **per(unit_text="tấn/năm")),
    R("cồn từ «10 - 12 triệu", "sản phẩm cồn", "between", 10e6, value_max=12e6, **per(unit_text="lít/năm")),
    R("doanh thu từ «6.000 - 6.500 tỷ", "doanh thu của doanh nghiệp", "between", 6000e9, value_max=6500e9,
      **per(unit_text="đồng/năm")),
    R("đạt «180 triệu", "kim ngạch xuất khẩu của doanh nghiệp", "=", 180e6, **per(unit_text="USD/năm")),
    R("có «4 nhà máy", "nhà máy chế biến tinh bột mì của doanh nghiệp tại Quảng Ngãi", "=", 4, **CNT),
    R("chế biến «150 nghìn", "công suất chế biến tinh bột mì tại Quảng Ngãi", "=", 150000,
      **per(unit_text="tấn tinh bột/năm")),
    R("đương «500 nghìn", "công suất chế biến tinh bột mì tại Quảng Ngãi quy ra củ mì tươi", "=", 500000,
      **per(unit_text="tấn củ mì tươi")),
    R("và «1 nhà máy", "nhà máy sản xuất cồn tại Quảng Ngãi", "=", 1, **CNT),
    R("suất «10 triệu lít", "công suất nhà máy sản xuất cồn", "=", 10e6, **per(unit_text="lít/năm")),
    R("đương «30 nghìn", "công suất nhà máy sản xuất cồn quy ra mì lát khô", "=", 30000,
      **per(unit_text="tấn mì lát khô")),
    R("khoảng «50 nghìn", "diện tích vùng nguyên liệu phục vụ nhu cầu chế biến của các nhà máy trên địa bàn "
      "tỉnh", "~", 50000, **per(unit_text="héc ta")),
])

# --------------------------------------------------------------------------
# 12 The fresh-cassava price rising in the Centre and the North, January 2024 (trangtraiviet.danviet.vn;
# the stamp " date 2024-01" written as the first line; nothing cut: the line "Giá củ sắn tươi tại
# khu vực miền Trung trở ra phía Bắc tiếp tục tăng" may be a photo caption but carries no number and
# was kept; the excerpt ends in "so vớ"). Year 2024. Results: the purchase prices in the North
# "2.700-2.800 đồng/kg", the Centre "2.850-3.000 đồng/kg" and Kon Tum "2.700-3.100 đồng/kg" (between
# each; the regions named in the indicator, scope null: a region is no administrative level; Kon Tum
# as place), the export prices of dried chips "khoảng 290", "khoảng 330 USD/tấn" (~), of starch "trong
# khoảng 510-530 USD/tấn" (between: one range, "khoảng" around it, as the spec's "từ 0,7-0,8") and at
# the border "3.900-4.150 CNY/tấn" (between, other "CNY/tấn"). Not quantities: the rises "tăng 200
# đồng/kg so với cuối tháng trước" (twice), "tăng10 USD/tấn", "tăng 100 CNY/tấn" (changes), "01/2024",
# "1/2024", "08/01/2024", "năm 2023" (dates).
# --------------------------------------------------------------------------
D12 = dict(name="12_mientrung-gia-san-tuoi-2024", kind="result", year=2024, records=[
    R("mức «2.700-2.800", "giá thu mua sắn tươi tại các tỉnh miền Bắc", "between", 2700, value_max=2800, **DONG_KG),
    R("mức «2.850-3.000", "giá thu mua sắn tươi tại các tỉnh miền Trung", "between", 2850, value_max=3000,
      **DONG_KG),
    R("mức «2.700-3.100", "giá sắn tươi thu mua", "between", 2700, value_max=3100, **DONG_KG, place="Kon Tum"),
    R("khoảng «290 USD", "giá xuất khẩu sắn lát sang thị trường Trung Quốc", "~", 290, **USD_TAN),
    R("khoảng «330 USD", "giá xuất khẩu sắn lát sang thị trường Hàn Quốc", "~", 330, **USD_TAN),
    R("khoảng «510-530", "giá chào bán tinh bột sắn xuất khẩu FOB cảng thành phố Hồ Chí Minh", "between", 510,
      value_max=530, **USD_TAN),
    R("mức «3.900-4.150", "giá tinh bột sắn giao tại Móng Cái và Lạng Sơn", "between", 3900, value_max=4150,
      **per(unit_text="CNY/tấn")),
])

# --------------------------------------------------------------------------
# 13 Gia Lai, cassava starch made in the first quarter of 2025 (baogialai.com.vn, a tag page; the
# excerpt opens with a blank line, dropped; nothing cut; no byline, no stamp). A precision text:
# two records among a plan's completion and a change. Year 2025 ("quý I-2025"). Results: the
# headline "Tỷ lệ chế biến tinh bột sắn từ nguồn sắn nguyên liệu trên địa bàn đạt khoảng 50%" (~)
# and "đạt 61.646 tấn" (=). NOT: "đạt 25,16% kế hoạch năm" (completion against the plan) and "giảm
# 25,46% so với cùng kỳ" (a change). Not quantities: "quý I-2025" (a date).
# --------------------------------------------------------------------------
D13 = dict(name="13_gialai-tinh-bot-san-2025-precision", kind="result", year=2025, records=[
    R("khoảng «50%", "tỷ lệ chế biến tinh bột sắn từ nguồn sắn nguyên liệu trên địa bàn", "~", 50),
    R("đạt «61.646 tấn", "sản lượng tinh bột sắn các nhà máy sản xuất trong quý I", "=", 61646, **TAN),
], NOT=["đạt «25,16% kế", "giảm «25,46% so"])

# --------------------------------------------------------------------------
# 14 Phú Yên, the Department of Agriculture's guidance for the 2022-2023 winter-spring crop
# (bvtv.phuyen.gov.vn; cut: the dictionary widget "TỪ ĐIỂN", "Tra theo từ điển:" and "LỊCH" with
# their blank lines, the date line "17/11/2022 | Trồng trọt" written as the first line
# `date 2022-11-17`, and the byline "Phòng Trồng trọt | 253 lần xem | 1 Đính kèm | 0 bình luận";
# the excerpt ends in "ngày 20/7/"). A precision text, no record: the numbers are the crop season
# "2022-2023", the list label "1.", the law's year "năm 2018", and the numbers and dates of decrees
# and resolutions ("94/2019/NĐ-CP ngày 13/12/2019", "57/2018/NĐ-CP", "98/2018/NĐ-CP", "10/2020/NQ-HĐND",
# "83/2018/NĐ-CP", "08/2020/NQ-HĐND", "26/2022/NQ-HĐND ngày 20/7/").
# --------------------------------------------------------------------------
D14 = dict(name="14_phuyen-huong-dan-vu-dong-xuan-2022-precision", kind="result", year=2022, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=HERE / "texts")
not_anchors = functools.partial(goldkit.not_anchors, texts=HERE / "texts")

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, HERE / "gold")
