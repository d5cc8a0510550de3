#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set319: drought and salinity
intrusion).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of percentages deliberately left without a record
(standings against a plan, "đạt 94,92% kế hoạch", and changes against an earlier value, "thấp hơn
các năm trước từ 3-7%"); check_gold.py verifies that every percentage has a record or a NOT entry. A document may also list
BARE_PCT: locators of percentages whose "%" the text leaves out (set225's form; here 09's last
number, where the excerpt ends), which check_gold.py tolerates.

Each record carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: the catalogue is of digital-transformation indicators and has
none for water shortage, crop damage, sluices or relief money, so every id of this set is null
(`iid` left out).

No text of this set stands under a heading or lead-in that names a pillar: every pillar is null.

Units: areas are unit other "ha" (set312's, set313's practice), lengths "km", water "khối"; money is
unit other "đồng" with the magnitude word multiplied in (the spec's decided case; "tỉ" as "tỷ");
households, people, vehicles, trips, sluices and works are counts.

Kinds: planned or proposed amounts ("Sở đề xuất ...", "tờ trình ... hỗ trợ hơn 164 tỉ đồng", "cần
hỗ trợ cho khoảng 2.732 hộ") and forecasts of damage ("dự kiến đến cuối vụ ... khoảng 30.000ha",
"sẽ có khoảng 2.000 hộ") are targets (the earlier sets' practice: a forecast or plan is a value set
for a future time); their op follows the word next to the number ("khoảng" `~`, "hơn" `>`, bare
`>=`).

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

BN, MN = 1e9, 1e6  # "tỷ"/"tỉ", "triệu"
area = functools.partial(R, unit="other", unit_text="ha")  # an area in hectares
money = functools.partial(R, unit="other", unit_text="đồng")  # money: money(loc, indicator, op, value)
km = functools.partial(R, unit="other", unit_text="km")  # a length (pipes, salinity reach)
households = functools.partial(R, unit="count")  # households, people, vehicles, works: counts

# --------------------------------------------------------------------------
# 01 The Mekong Delta, the Department of Irrigation's review of the 2024 salinity peak (danviet.vn;
# the stamp " date 2024-04" written as the first line; cut: the photo caption "Người dân ở huyện
# Tân Phú Đông, ... Ảnh: Nguyễn Hành" with the blank line after it; the excerpt ends in "vùng
# được "). Year 2024. Results: the title's "Hơn 73.000 hộ dân bị thiếu nước sinh hoạt" (`>`); "ranh
# mặn 4 g/l vào sâu từ 85-90 km trên sông Vàm Cỏ" (between, km; "4 g/l" names the boundary, part of
# the subject); "Tháng 9/2023, ... khoảng 56.260ha lúa vụ Đông Xuân và 43.300ha cây ăn trái ...
# thuộc vùng nguy cơ" (year 2023, the sentence's: the zoning was made then; `~` on the first, whose
# "khoảng" stands next to it, `=` on the second). Not quantities: "10-13/3", "7-11/4", "23-27/4",
# "6-10/5", "4/2024", "5/2024", "9/2023" (dates).
# --------------------------------------------------------------------------
D01 = dict(name="01_dbscl-han-man-cuc-thuy-loi-2024", kind="result", year=2024, records=[
    households("Hơn «73.000 hộ", "hộ dân bị thiếu nước sinh hoạt do hạn mặn ở ĐBSCL", ">", 73000),
    km("vào sâu từ «85-90 km", "ranh mặn 4 g/l vào sâu trên sông Vàm Cỏ", "between", 85, value_max=90),
    area("khoảng «56.260ha", "lúa vụ Đông Xuân thuộc vùng nguy cơ ảnh hưởng của xâm nhập mặn", "~", 56260,
         year=2023),
    area("và «43.300ha", "cây ăn trái thuộc vùng nguy cơ ảnh hưởng của xâm nhập mặn", "=", 43300, year=2023),
])

# --------------------------------------------------------------------------
# 02 Long An, water trucked to the households short of water, April 2024 (vtv.vn; cut: the byline
# "Huỳnh Phong-Thứ tư, ngày 24/04/2024 15:43 GMT+7" with the blank line after it, written as the
# first line `date 2024-04-24`, and the two photo captions "Long An cấp nước sạch ... - Ảnh 1." and
# "Người dân huyện Cần Đước được hỗ trợ ... (Ảnh: PLO)" with their blank lines). Year 2024. Results:
# "hơn 6.000 hộ dân thiếu nước sinh hoạt" (`>`); the provincial military command's "điều động 9
# phương tiện, vận chuyển trên 300 chuyến xe ..., hỗ trợ gần 11.000 lượt hộ dân, với khoảng 1.300
# khối nước" (four records: `=`, `>`, `~`, `~`; water unit other "khối"); "huyện Cần Đước có khoảng
# 1.000 hộ dân đang gặp khó khăn vì thiếu nước" (`~`, place "Cần Đước"). Not a quantity: "2 từ
# "khắc nghiệt"" (words).
# --------------------------------------------------------------------------
D02 = dict(name="02_longan-cap-nuoc-vung-han-man-2024", kind="result", year=2024, records=[
    households("có hơn «6.000 hộ", "hộ dân toàn tỉnh Long An thiếu nước sinh hoạt", ">", 6000),
    households("điều động «9 phương tiện", "phương tiện Bộ Chỉ huy Quân sự tỉnh điều động", "=", 9),
    households("trên «300 chuyến", "chuyến xe vận chuyển đến những vùng chịu ảnh hưởng", ">", 300),
    households("gần «11.000 lượt", "lượt hộ dân hỗ trợ", "~", 11000),
    R("khoảng «1.300 khối", "khối nước hỗ trợ", "~", 1300, unit="other", unit_text="khối"),
    households("khoảng «1.000 hộ", "hộ dân đang gặp khó khăn vì thiếu nước", "~", 1000, place="Cần Đước"),
])

# --------------------------------------------------------------------------
# 03 Long An, the households short of water and the province's request for 164 billion dong for
# the 2023-2024 dry season (tintuc.vdong.vn; nothing cut; no byline, no stamp; the excerpt ends in
# "kéo dài đ"). Year 2024 ("Ngày 12-4" of the dry season "năm 2023-2024", the season's year of the
# report). Results: "hơn 5.000 hộ dân với hơn 22.000 người chịu cảnh thiếu nước" (two, `>`).
# Targets (a request to the Government, amounts asked for, as the earlier sets' proposals): "hỗ trợ
# hơn 164 tỉ đồng" and its parts "hơn 122 tỉ đồng nạo vét ...; 7 tỉ đồng lắp đặt trạm bơm dã chiến"
# and "hơn 34 tỉ đồng để kịp thời kéo dài đ[ường ống]" (each its own subject; bare 7 `>=`). Not
# quantities: "12-4" (a date), "2023-2024" (the season).
# --------------------------------------------------------------------------
D03 = dict(name="03_longan-thieu-nuoc-de-xuat-ho-tro-2024", kind="result", year=2024, records=[
    households("có hơn «5.000 hộ", "hộ dân chịu cảnh thiếu nước", ">", 5000),
    households("hơn «22.000 người", "người chịu cảnh thiếu nước", ">", 22000),
    money("hỗ trợ hơn «164 tỉ", "tờ trình gửi Chính phủ xem xét, hỗ trợ để phòng, chống hạn mặn năm 2023-2024", ">",
          164 * BN, **T),
    money("hơn «122 tỉ", "nạo vét cửa lấy nước của các công trình thủy lợi và hệ thống kênh, mương", ">",
          122 * BN, **T),
    money("mương; «7 tỉ", "lắp đặt trạm bơm dã chiến", ">=", 7 * BN, **T),
    money("hơn «34 tỉ", "để kịp thời kéo dài", ">", 34 * BN, **T),
])

# --------------------------------------------------------------------------
# 04 Cà Mau, the Department of Agriculture's four groups of households short of fresh water and its
# proposals (baotintuc.vn; nothing cut; no byline, no stamp; the excerpt ends in "giới thiệu, vận ").
# Year null: the text names no year (the address's "20200309" is not in the text). Results: "hơn
# 20.800 hộ gia đình bị thiếu nước ngọt sinh hoạt" (`>`) and the four groups' sizes "nhóm 1 có 6.184
# hộ ... Nhóm 2 có 4.193 hộ ... Nhóm 3 có 6.384 hộ ... nhóm 4 có 4.090 hộ" (four counts, `=`, each
# its own subject, scope null: a breakdown of the 20.800 by kind of situation, the spec's breakdown
# rule). Targets (the department's proposals): "tổng chiều dài tuyến ống hơn 270 km, với kinh phí dự
# kiến đầu tư khoảng 26 tỷ 400 triệu đồng" (km `>`; money `~` 26.4e9, the amount written in two
# parts, anchored on "26"), "cần hỗ trợ cho khoảng 2.732 hộ" (`~`), and each household's "1 bồn
# nhựa ... và 4 can nhựa" (the support per household, bare `>=`). Not quantities: "4 nhóm" (the
# make-up of the classification), "nhóm 1" ... (labels), "từ 5 đến 30 ngày" (a duration), "mỗi vòi
# cách nhau 500m" (a design spacing), "loại 1m3", "loại 20 lít" (sizes of the containers, part of
# the subject, as set193's "15 tuổi"), "400 triệu" (the second part of 26 tỷ 400 triệu).
# --------------------------------------------------------------------------
D04 = dict(name="04_camau-nhom-ho-thieu-nuoc-ngot", kind="result", year=None, records=[
    households("hơn «20.800 hộ", "hộ gia đình bị thiếu nước ngọt sinh hoạt toàn tỉnh", ">", 20800),
    households("nhóm 1 có «6.184 hộ", "hộ ở khu vực gần công trình cấp nước nhưng chưa tiếp cận được nước nối "
               "mạng (nhóm 1)", "=", 6184),
    households("Nhóm 2 có «4.193 hộ", "hộ ở khu vực dân cư thưa thớt, phân tán (nhóm 2)", "=", 4193),
    households("Nhóm 3 có «6.384 hộ", "hộ ở khu vực có hệ thống nước nối mạng bị xuống cấp (nhóm 3)", "=", 6384),
    households("nhóm 4 có «4.090 hộ", "hộ ở khu dân cư tập trung nhưng chưa có công trình cấp nước (nhóm 4)", "=",
               4090),
    km("ống hơn «270 km", "tổng chiều dài tuyến ống cấp nước mở rộng, kéo dài", ">", 270, **T),
    money("khoảng «26 tỷ 400", "kinh phí dự kiến đầu tư mở rộng, kéo dài tuyến ống cấp nước", "~", 26.4 * BN, **T),
    households("khoảng «2.732 hộ", "hộ nghèo, hộ chính sách và hộ đồng bào dân tộc thiểu số cần hỗ trợ dụng cụ "
               "chứa nước", "~", 2732, **T),
    households("miễn phí «1 bồn", "bồn nhựa trữ nước hỗ trợ miễn phí mỗi hộ", ">=", 1, **T),
    households("và «4 can", "can nhựa hỗ trợ miễn phí mỗi hộ", ">=", 4, **T),
])

# --------------------------------------------------------------------------
# 05 Cà Mau, 10 billion dong from the provincial reserve for fresh water, March 2024
# (m.xosobinhdinh.org, a copy of a news page; cut: the byline "28/03/2024 09:54 GMT+7" with the blank
# line after it, written as the first line `date 2024-03-28`, and the photo caption "Dù ở cách trạm
# cấp nước khoảng 4km ... - Ảnh: THANH HUYỀN", given twice, with their blank lines). Year 2024.
# Results: the title's "Cà Mau chi 10 tỉ" and the body's two "thống nhất sử dụng 10 tỉ đồng từ
# nguồn dự phòng ngân sách" (an amount decided: `=`, each statement its own record, as the earlier
# sets' repeated figures); "hơn 2.620 hộ gia đình bị thiếu ... nguồn nước ngọt" (`>`). Not
# quantities: "28-3" (a date); the excerpt's last words "Hơn 6.400 " (the number's subject cut off
# by the excerpt: nothing in the text says what it counts, no record).
# --------------------------------------------------------------------------
D05 = dict(name="05_camau-10-ti-du-phong-nuoc-ngot-2024", kind="result", year=2024, records=[
    money("Cà Mau chi «10 tỉ", "Cà Mau chi hỗ trợ người dân có nước ngọt sử dụng", "=", 10 * BN),
    money("sử dụng «10 tỉ đồng từ nguồn dự phòng ngân sách để", "nguồn dự phòng ngân sách để hỗ trợ người dân "
          "mua dụng cụ trữ nước ngọt", "=", 10 * BN),
    money("sử dụng «10 tỉ đồng từ nguồn dự phòng ngân sách tỉnh", "nguồn dự phòng ngân sách tỉnh để hỗ trợ một "
          "số địa phương ứng phó với tình trạng thiếu nước ngọt", "=", 10 * BN),
    households("hơn «2.620 hộ", "hộ gia đình bị thiếu và không chủ động được nguồn nước ngọt sinh hoạt", ">", 2620),
])

# --------------------------------------------------------------------------
# 06 Cà Mau, cash for 1,000 households hit by drought and salinity (FAO project), 2024
# (thoidai.com.vn; cut: the empty image line "![]() |" and its caption "Thứ trưởng Bộ ... tại Cà
# Mau. |"; no byline, no stamp; the excerpt ends in "tình hình t"). Year 2024 ("tháng 4 và tháng 5
# năm 2024"). Results: the title's "Hỗ trợ 1.000 hộ gia đình" (`=`) and "tổng kinh phí hơn 5,4 tỷ
# đồng" (`>`). Targets (the benefit norms the project sets, per round): "hộ 1 nhân khẩu 1 triệu
# đồng; hộ 2 nhân khẩu 2 triệu đồng; Hộ 3 nhân khẩu trở lên 3 triệu đồng mỗi đợt" (three records,
# bare `>=`; scope the household group each value is for: one sentence splits its values by
# population group, the spec's scope rule; a judgement). Not quantities: "Chỉ thị số 11 (ngày
# 1/4/2014)" (a document and a date), "2 đợt" (the rounds, the make-up of the programme), "1 nhân
# khẩu", "2 nhân khẩu", "3 nhân khẩu" (the groups' names).
# --------------------------------------------------------------------------
NORM = "định mức hưởng lợi tiền mặt mỗi đợt"
D06 = dict(name="06_camau-ho-tro-tien-mat-han-man-2024", kind="result", year=2024, records=[
    households("Hỗ trợ «1.000 hộ", "hộ gia đình chịu tác động bởi hạn hán và xâm nhập mặn được hỗ trợ", "=", 1000),
    money("phí hơn «5,4 tỷ", "tổng kinh phí hỗ trợ tiền mặt cho người dân", ">", 5.4 * BN),
    money("nhân khẩu «1 triệu", NORM, ">=", 1 * MN, scope="hộ 1 nhân khẩu", **T),
    money("nhân khẩu «2 triệu", NORM, ">=", 2 * MN, scope="hộ 2 nhân khẩu", **T),
    money("trở lên «3 triệu", NORM, ">=", 3 * MN, scope="Hộ 3 nhân khẩu trở lên", **T),
])

# --------------------------------------------------------------------------
# 07 Kiên Giang, the provincial meeting on the 2023-2024 dry season: harvest, shrimp and water
# supply (baokiengiang.vn; cut: the byline "08/04/2024 15:17", written as the first line
# `date 2024-04-08`, and the photo captions "Giám đốc Sở ... phát biểu tại cuộc họp." and "Một căn
# nhà ... Ảnh: THỦY TIÊN"; the excerpt ends in "tháng 3-20"). Year 2024 ("Đến ngày 5-4-2024").
# Results: "vụ đông xuân đã thu hoạch 257.091ha, đạt 91,69% diện tích gieo trồng" (ha and the share
# of the sown area: "so với tổng" names the share's denominator); "Vụ mùa 2023-2024 thu hoạch dứt
# điểm 72.415,61ha, đạt 100% diện tích gieo trồng"; "diện tích thả nuôi được 129.438ha"; the island
# commune's water "bình quân 7003/ngày" (the page lost the "m" of "700 m3": written 7003, read as
# written, unit other "/ngày", `=`; a judgement). NOT: "đạt 94,92% kế hoạch", "đạt 95,18% kế hoạch"
# (standings against a plan) and "đạt 102,96% so cùng kỳ" (against an earlier value). Not quantities:
# "8-4", "5-4-2024", "tháng 2-2024", "năm 2020", "tháng 3-20" (dates), "2023-2024" (the season),
# "nửa tháng" (no digit).
# --------------------------------------------------------------------------
D07 = dict(name="07_kiengiang-mua-kho-2023-2024-san-xuat-cap-nuoc", kind="result", year=2024, records=[
    area("thu hoạch «257.091ha", "diện tích vụ đông xuân đã thu hoạch", "=", 257091),
    R("đạt «91,69% diện", "vụ đông xuân đã thu hoạch, đạt diện tích gieo trồng", "=", 91.69),
    area("dứt điểm «72.415,61ha", "diện tích vụ mùa 2023-2024 thu hoạch dứt điểm", "=", 72415.61),
    R("đạt «100% diện", "vụ mùa 2023-2024 thu hoạch dứt điểm, đạt diện tích gieo trồng", "=", 100),
    area("được «129.438ha", "diện tích thả nuôi tôm nước lợ", "=", 129438),
    R("bình quân «7003/ngày", "nước sạch vận chuyển từ đất liền ra xã đảo Tiên Hải hàng ngày", "=", 7003,
      unit="other", unit_text="/ngày", place="Tiên Hải", note="the page's '7003/ngày' (700 m3/ngày lost its m)"),
], NOT=["đạt «94,92% kế", "đạt «95,18% kế", "đạt «102,96% so"])

# --------------------------------------------------------------------------
# 08 Kiên Giang, the 2025 dry season: salinity reach and the winter-spring crop (lite.baomoi.com;
# nothing cut; no byline, no stamp; the excerpt ends in "Kịch bản "). Year 2025 ("tháng 4/2025",
# "11/2/2025"). Results: the salinity reach "độ mặn 4‰ đã lấn sâu 14km" and "vào sâu tới 36km" (km,
# `=`; "4‰" names the boundary); "đã gieo trồng 280.747ha lúa Đông Xuân, trong đó hơn 21.000 ha đã
# thu hoạch", "rau màu và cây ăn trái hơn 20.580ha" (`>`), "mô hình nuôi tôm - lúa duy trì ở mức
# 76.500ha". NOT: "thấp hơn các năm trước từ 3-7%" (a change against earlier years) and "đạt gần
# 70% kế hoạch" (a standing against a plan). Not quantities: "khoảng 3cm", "từ 5-15cm", "từ 10-15cm"
# (changes of the water level against earlier years, spec), "tháng 2", "tháng 4/2025", "11/2/2025"
# (dates), "2024", "2023" (the years compared).
# --------------------------------------------------------------------------
D08 = dict(name="08_kiengiang-ung-pho-han-man-2025", kind="result", year=2025, records=[
    km("lấn sâu «14km", "độ mặn 4‰ lấn sâu trên sông Cái Bé tính từ cửa biển", "=", 14),
    km("sâu tới «36km", "mức xâm nhập mặn vào sâu trên sông Cái Lớn", "=", 36),
    area("gieo trồng «280.747ha", "diện tích lúa Đông Xuân đã gieo trồng", "=", 280747),
    area("hơn «21.000 ha", "diện tích lúa Đông Xuân đã thu hoạch", ">", 21000),
    area("hơn «20.580ha", "diện tích rau màu và cây ăn trái", ">", 20580),
    area("mức «76.500ha", "diện tích mô hình nuôi tôm - lúa", "=", 76500),
], NOT=["từ «3-7%", "gần «70% kế"])

# --------------------------------------------------------------------------
# 09 Tiền Giang, the sluices protecting the fruit-growing west for the 2022-2023 dry season
# (dantocmiennui.baotintuc.vn; cut: the photo captions "Công trình cống Phú Phong ... Ảnh: Minh Trí
# - TTXVN" (twice) and "... ảnh 1Thi công lắp cửa cống Phú Phong ... Ảnh: Minh Trí – TTXVN" with
# their blank lines; no byline, no stamp; the excerpt ends in "đạt 44"). Year 2023. Results: "Ngay từ
# cuối tháng 8/2022, Tiền Giang triển khai thi công 4 cống đập ngăn mặn ... với tổng vốn đầu tư
# khoảng 864 tỷ đồng" (count `=` and money `~`, year 2022, the sentence's); "Đến giữa tháng 2/2023,
# cống Cây Cồng đã hoàn thành đạt 57% khối lượng công việc, cống Hai Tân đạt 44" (the works' progress,
# shares of their workload, year 2023; the excerpt cuts the second after its number: read as the
# same kind of share, "%", by the parallel; a judgement). Not quantities: "2022 - 2023", "2019 –
# 2020" (seasons), "8/2022", "2/2023" (dates), "đường tỉnh 864" (a road's name).
# --------------------------------------------------------------------------
D09 = dict(name="09_tiengiang-cong-ngan-man-cay-an-qua-2023", kind="result", year=2023, records=[
    households("thi công «4 cống", "cống đập ngăn mặn, trữ ngọt cặp theo bờ bắc sông Tiền triển khai thi công", "=",
               4, year=2022),
    money("khoảng «864 tỷ", "tổng vốn đầu tư 4 cống đập ngăn mặn, trữ ngọt", "~", 864 * BN, year=2022),
    R("đạt «57% khối", "khối lượng công việc cống Cây Cồng đã hoàn thành", "=", 57),
    R("Hai Tân đạt «44", "khối lượng công việc cống Hai Tân đã hoàn thành", "=", 44,
      note="the excerpt ends at the number; '%' read from the parallel '57% khối lượng công việc'"),
], BARE_PCT=["Hai Tân đạt «44"])

# --------------------------------------------------------------------------
# 10 The Central Highlands, drought in Đắk Lắk, Đắk Nông and Gia Lai (chuongtrinhmtqg.baodantoc.vn;
# nothing cut; no byline, no stamp; the excerpt ends in "bị ch"). Year null: the text names no year
# ("vụ Đông - Xuân năm nay", "Đến cuối tháng 4"; the address's number is not in the text). Results:
# the village field's "hiện 12ha bị khô cháy, 10ha còn lại đang mất đến nửa năng suất"; Đắk Lắk's
# "10.471ha cây trồng bị hạn"; Đăk Mil's "khoảng 28.708ha cây trồng cần nước tưới" (`~`); Đắk
# Nông's "hơn 260ha cây trồng ... đã bị khô hạn" (`>`); Gia Lai's "hơn 1.400ha cây trồng bị thiệt
# hại" (`>`). Targets (forecasts, "dự kiến", "sẽ có"): "khoảng 30.000ha cây trồng thiếu nước; trong
# đó diện tích bị mất trắng khoảng 2.000ha", "khoảng 2.000 hộ dân bị thiếu nước sinh hoạt" (`~`);
# Đắk Nông's "khoảng hơn 19.000ha cây trồng bị ảnh hưởng" (`>`: the bound word next to the number,
# as set193's "khoảng trên") and "khoảng 58 công trình thủy lợi cạn kiệt nguồn nước" (`~`). Each
# record carries its province as `place` (the text is a regional roundup). Not quantities: the sizes
# "rộng 22ha" (the field), "290.000ha cây trồng" (Đắk Lắk's crops), "31.104ha cây trồng lâu năm"
# (Đăk Mil's), the denominators of the damage (as set193's sizes of a town); "tháng 4" (a date);
# "nửa" (no digit).
# --------------------------------------------------------------------------
DL, DN, GL = "Đăk Lăk", "Đăk Nông", "Gia Lai"  # as the text spells them
D10 = dict(name="10_taynguyen-daklak-daknong-nang-han", kind="result", year=None, records=[
    area("hiện «12ha", "diện tích lúa cánh đồng Ea Pren bị khô cháy", "=", 12, place=DL),
    area("khô cháy, «10ha", "diện tích lúa cánh đồng Ea Pren còn lại đang mất đến nửa năng suất", "=", 10,
         place=DL),
    area("trong đó «10.471ha", "diện tích cây trồng bị hạn vụ Đông - Xuân", "=", 10471, place=DL),
    area("khoảng «30.000ha", "diện tích cây trồng thiếu nước dự kiến đến cuối vụ", "~", 30000, **T, place=DL),
    area("khoảng «2.000ha", "diện tích cây trồng bị mất trắng dự kiến đến cuối vụ", "~", 2000, **T, place=DL),
    households("khoảng «2.000 hộ", "hộ dân bị thiếu nước sinh hoạt nếu nắng hạn tiếp tục kéo dài", "~", 2000, **T,
               place=DL),
    area("khoảng «28.708ha", "diện tích cây trồng huyện Đăk Mil cần nước tưới trong mùa khô", "~", 28708,
         place=DN),
    area("hơn «260ha", "diện tích cây trồng, chủ yếu là cà phê đã bị khô hạn, cháy lá, rụng trái", ">", 260,
         place=DN),
    area("khoảng hơn «19.000ha", "diện tích cây trồng bị ảnh hưởng nếu nắng hạn tiếp tục kéo dài", ">", 19000, **T,
         place=DN, note="'khoảng hơn': the bound word next to the number read"),
    households("khoảng «58 công trình", "công trình thủy lợi cạn kiệt nguồn nước", "~", 58, **T, place=DN),
    area("hơn «1.400ha", "diện tích cây trồng bị thiệt hại do hạn hán, chủ yếu là lúa", ">", 1400, place=GL),
])

# --------------------------------------------------------------------------
# 11 Hòa Bình, the provincial plan implementing the national strategy on rural water supply and
# sanitation (hoabinh.gov.vn; nothing cut; no byline, no stamp; the excerpt ends in "chăn n"). Kind
# target. "Phấn đấu đến năm 2030, 65% hộ dân nông thôn ...; 100% trường học, trạm y tế, hộ gia đình
# nông thôn có nhà tiêu hợp vệ sinh ...; 25% ..., 15% ... và 75% ..." (five records, 2030, bare
# `>=`; the 100% one value for three kinds of place, one record, scope null: the spec's "one value for
# all"); "Phấn đấu đến năm 2045, 100% ...; 50% ..., 30% ...; 100% ..." (four records, 2045). Not
# quantities: "tối thiểu 60 lít/người/ngày" (the standard the clean water must meet, part of the
# 65% record's subject, as set193's "trên 15 tuổi"; a judgement), "10 giải cụ thể" (a count of
# solutions, spec), "2030", "2045" (years).
# --------------------------------------------------------------------------
D11 = dict(name="11_hoabinh-ke-hoach-nuoc-sach-nong-thon-2030", kind="target", year=2030, records=[
    R("2030, «65% hộ", "hộ dân nông thôn được sử dụng nước sạch đạt chất lượng theo quy chuẩn với số lượng tối "
      "thiểu 60 lít/người/ngày", ">=", 65),
    R("ngày; «100% trường học", "trường học, trạm y tế, hộ gia đình nông thôn có nhà tiêu hợp vệ sinh đảm bảo "
      "tiêu chuẩn, quy chuẩn", ">=", 100),
    R("quy chuẩn; «25% điểm", "điểm dân cư nông thôn tập trung có hệ thống thu gom nước thải sinh hoạt", ">=", 25),
    R("sinh hoạt, «15% nước", "nước thải sinh hoạt được xử lý", ">=", 15),
    R("và «75% hộ", "hộ chăn nuôi, trang trại được xử lý chất thải chăn nuôi", ">=", 75),
    R("2045, «100% hộ dân", "hộ dân nông thôn được sử dụng nước sạch và vệ sinh an toàn, bền vững", ">=", 100,
      year=2045),
    R("vững; «50% điểm", "điểm dân cư nông thôn tập trung có hệ thống thu gom nước thải sinh hoạt", ">=", 50,
      year=2045),
    R("sinh hoạt, «30% nước", "nước thải sinh hoạt được xử lý", ">=", 30, year=2045),
    R("xử lý; «100% hộ chăn", "hộ chăn nuôi, trang trại được xử lý chất thải chăn nuôi", ">=", 100, year=2045),
])

# --------------------------------------------------------------------------
# 12 The Mekong River basin, the targets to 2030 of the basin's water-resources plan (cafef.vn;
# nothing cut, the three blank lines kept; no byline, no stamp; the excerpt ends in "đô thị đư").
# Kind target, year 2030 ("Mục tiêu đến năm 2030"). Six records, bare `>=`: four "100%", "50% nguồn
# nước ... được cắm mốc", and the last "100% nước thải đô thị đư[ợc ...]" (its subject cut by the
# excerpt; the indicator as far as the text goes). Pillar null: the paragraph "Từng bước thực hiện
# mục tiêu chuyển đổi số quốc gia ..." names digital transformation as a whole, no pillar, and stands
# apart from the list (a new paragraph). Not quantities: "2030" (a year).
# --------------------------------------------------------------------------
D12 = dict(name="12_cuulong-quy-hoach-luu-vuc-song-chi-tieu-2030", kind="target", year=2030, records=[
    R("gồm: «100% các vị trí", "các vị trí giám sát dòng chảy xuyên biên giới được giám sát tự động, trực tuyến",
      ">=", 100),
    R("tuyến; «100% các nguồn", "các nguồn nước liên tỉnh được công bố khả năng tiếp nhận nước thải, sức chịu tải",
      ">=", 100),
    R("tải; «100% công trình", "công trình khai thác, sử dụng nước, xả nước thải vào nguồn nước được giám sát vận "
      "hành và kết nối hệ thống", ">=", 100),
    R("định; «100% hồ", "hồ, ao, đầm, kênh, rạch không được san lấp phải được công bố và quản lý chặt chẽ", ">=",
      100),
    R("chẽ; «50% nguồn", "nguồn nước thuộc đối tượng lập hành lang bảo vệ nguồn nước được cắm mốc", ">=", 50),
    R("định; «100% nước thải", "nước thải đô thị", ">=", 100),
])

# --------------------------------------------------------------------------
# 13 Cà Mau, the province declaring a drought emergency of level 2 in two districts, April 2024
# (soha.vn; the stamp " date 2024-04" written as the first line; nothing cut; the excerpt ends in
# "sinh ho"). A precision text, no record: "2 ngày đầu tháng 4/2024" (a duration in a date),
# "cấp độ 2" (the emergency's level, a label), "tháng 4/2024", "tháng 5/2024", "năm 2024", "tháng 5"
# (dates).
# --------------------------------------------------------------------------
D13 = dict(name="13_camau-tinh-huong-khan-cap-han-han-2024-precision", kind="result", year=2024, records=[])

# --------------------------------------------------------------------------
# 14 Lạng Sơn, Plan 07/KH-UBND of 13 January 2020 on drought and water shortage in the 2019-2020 dry
# season, its header and purposes (thuviennhadat.vn; nothing cut; no byline, no stamp; the excerpt
# ends in "2. Yêu cầ"). A precision text, no record: "07/KH-UBND", "8008/CT-TCTL" (documents),
# "13 tháng 01 năm 2020", "25/10/2019" (dates), "2019 - 2020", "2020" (seasons, years), the list
# labels "I.", "1.", "2.".
# --------------------------------------------------------------------------
D14 = dict(name="14_langson-ke-hoach-chong-han-2020-precision", kind="target", year=2020, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py


def bare_pct_anchors(doc):
    """Anchors of the percentages whose "%" the text leaves out (09's "cống Hai Tân đạt 44"), located
    as the NOT entries are."""
    return not_anchors(dict(doc, NOT=doc.get("BARE_PCT", [])))

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
