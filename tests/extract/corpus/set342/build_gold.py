#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set342).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a plan, a change
against a target); check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
The catalogue names no indicator of trees, forests or forest cover: every id of this set is null,
so no record writes `iid=`.

The theme's amounts: trees and seedlings are counts (the magnitude word multiplied in, "159 ngàn
cây" 159000, "1,4 tỷ cây" 1.4e9); areas are unit other "ha" (`HA`), also written without a space
("11.700ha"); money is unit other "đồng" (`VND`, the magnitude word multiplied in). Pillar null
throughout: no text has a heading or lead-in naming a pillar of digital transformation.

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
from goldkit import R, CNT, T, RES  # noqa: E402

HA = dict(unit="other", unit_text="ha")
VND = dict(unit="other", unit_text="đồng")
TREES = "cây xanh trồng"
COVER = "tỷ lệ che phủ rừng"

# --------------------------------------------------------------------------
# 01 Đồng Nai, Nhơn Trạch district's tree-planting quota for 2024 (nhontrach.dongnai.gov.vn;
# nothing cut; no byline, no stamp; the excerpt opens in "Theo đó, huyện sẽ tổ chức trồng" and ends
# in "tổng n"). Targets of 2024 (the heading "Huyện Nhơn Trạch đưa ra chỉ tiêu trồng trên 300 ngàn
# cây xanh năm 2024", the only year in the text): "159 ngàn cây lâm nghiệp; trong đó: trồng tập
# trung 73 ngàn cây; trồng phân tán 86 ngàn cây và trồng cây khác (...) là 156 ngàn cây" (four
# counts, `>=`, the magnitude word "ngàn" multiplied in; a breakdown by kind of planting, scope
# null); the heading's "trên 300 ngàn cây xanh" (`>`). Not quantities: "03 loại rừng" (the three
# classes of forest, a name of the land), "ít nhất 05 năm" (a condition on the land's remaining
# term, not an indicator of the plan).
# --------------------------------------------------------------------------
D01 = dict(name="01_dongnai-nhontrach-chi-tieu-trong-cay-2024", kind="target", year=2024, records=[
    R("trồng\n«159 ngàn cây", "cây lâm nghiệp huyện tổ chức trồng", ">=", 159000, **CNT),
    R("tập trung «73 ngàn cây", "cây lâm nghiệp trồng tập trung", ">=", 73000, **CNT),
    R("phân tán\n«86 ngàn cây", "cây lâm nghiệp trồng phân tán", ">=", 86000, **CNT),
    R("là «156\nngàn cây", "cây khác (cây ăn quả, cây công nghiệp, cây đô thị) trồng", ">=", 156000, **CNT),
    R("trên «300 ngàn cây", "chỉ tiêu trồng cây xanh", ">", 300000, **CNT),
])

# --------------------------------------------------------------------------
# 02 Thanh Hóa, a district's plan for scattered trees in 2024 launched at the Tết tree-planting of
# Giáp Thìn (thuonghieucongluan.com.vn; nothing cut; no byline, no stamp; the excerpt names the
# district only as "huyện"). Targets of 2024: "Trong năm 2024, toàn huyện phấn đấu trồng 232.000
# cây xanh phân tán" (`>=`) and "tổ chức “Tết trồng cây” Xuân Giáp Thìn khoảng 120.000 cây xanh"
# (`~`). Not quantities: "“Trồng một tỷ cây xanh trong 5 năm tới”" (the quoted name of the Prime
# Minister's initiative), "Kỳ họp lần thứ 10", "khóa XIV" (names), "178/NQ-CP", "12/12/2020",
# "2021 - 2025" (a document and dates).
# --------------------------------------------------------------------------
D02 = dict(name="02_thanhhoa-huyen-ke-hoach-cay-phan-tan-2024", kind="target", year=2024, records=[
    R("phấn đấu trồng «232.000 cây", "cây xanh phân tán toàn huyện trồng", ">=", 232000, **CNT),
    R("Thìn khoảng «120.000 cây", "cây xanh trồng dịp “Tết trồng cây” Xuân Giáp Thìn", "~", 120000, **CNT),
])

# --------------------------------------------------------------------------
# 03 Đắk Nông, Krông Nô district's plan to plant 380,000 trees in 2021-2025, May 2021
# (baodaknong.org.vn; cut: the byline date "Cập nhật ngày: 14/05/2021 | 09:20 GMT+7", written as
# the first line `date 2021-05-14`, the byline "Đức Hùng", the view counter "3,323" and the link
# "Viết bình luận mới", with the blank lines after them). Targets; the period's targets take its end,
# 2025 (as the earlier sets' period targets): the title's and the body's "380.000 cây xanh" (two
# records, the title recorded as the earlier sets do), "23.450 cây xanh tạo bóng mát, cây có hoa"
# and "356.550 cây lâm nghiệp" (a breakdown by kind, scope null), "Từ năm 2022 - 2025, mỗi năm ...
# từ 75.800 - 94.750 cây xanh" (`between`, 2025). "Năm 2021, huyện triển khai trồng mới 38.900 cây
# xanh" is the plan's figure for 2021 (target, `>=`, 2021). Not quantities: "1 tỷ cây xanh" (in the
# programme's name "Chương trình trồng mới 1 tỷ cây xanh"), "2021 - 2025", "2022 - 2025" (dates).
# --------------------------------------------------------------------------
D03 = dict(name="03_daknong-krongno-trong-moi-cay-xanh-2021-2025", kind="target", year=2025, records=[
    R("Krông Nô phấn đấu trồng mới «380.000 cây xanh\n", "cây xanh Krông Nô phấn đấu trồng mới giai đoạn "
      "2021 - 2025", ">=", 380000, **CNT),
    R("kế hoạch phấn đấu trồng mới «380.000 cây xanh.", "cây xanh huyện Krông Nô phấn đấu trồng mới", ">=",
      380000, **CNT),
    R("sẽ trồng «23.450 cây", "cây xanh tạo bóng mát, cây có hoa ở các điểm trung tâm, các tuyến đường, khu vực "
      "thị trấn và vùng nông thôn", ">=", 23450, **CNT),
    R("nông thôn; «356.550 cây", "cây lâm nghiệp trên các nương rẫy, khu vực thường xuyên xảy ra hạn hán, sạt lở "
      "đất", ">=", 356550, **CNT),
    R("trồng mới «38.900 cây", "cây xanh huyện triển khai trồng mới năm 2021", ">=", 38900, **CNT, year=2021),
    R("trồng từ «75.800 - 94.750", "cây xanh huyện trồng mỗi năm", "between", 75800, value_max=94750, **CNT),
])

# --------------------------------------------------------------------------
# 04 Lâm Đồng, Lâm Hà district's trees planted in 2021-2023 and the first half of 2024, July 2024
# (nhabaovanviet.blogspot.com; cut: the byline "MẠC KHẢI" opening the excerpt and the closing date
# line "tháng 7/2024", written as the first line `date 2024-07`). Results: "Thống kê trong 3 năm
# 2021- 2023, toàn huyện Lâm Hà đã trồng 2.322.000 cây xanh" (=, 2023: the period's end), the three
# years' "(1.019.000 cây, 97%)", "(698.000 cây, gần 76,8%)", "(605.000 cây, hơn 161,5%)" (counts of
# their own years 2023, 2022, 2021), "6 tháng đầu năm 2024 gần 151.640 cây" (`~`, 2024). NOT: every
# percentage is completion against the plan ("đạt 99% kế hoạch", "đạt 48,4% kế hoạch", the brackets'
# "97%", "76,8%", "161,5%" after "tương ứng với kế hoạch đạt được", "đạt 12,5% kế hoạch"). Not
# quantities: "3 năm", "6 tháng" (durations), "2021- 2025" (dates).
# --------------------------------------------------------------------------
D04 = dict(name="04_lamdong-lamha-ket-qua-trong-cay-2021-2024", kind="result", year=2023, records=[
    R("trồng «2.322.000 cây", "cây xanh toàn huyện Lâm Hà đã trồng trong 3 năm 2021- 2023", "=", 2322000, **CNT),
    R("năm 2023 («1.019.000 cây", "cây xanh trồng năm 2023", "=", 1019000, **CNT),
    R("năm 2022 («698.000", "cây xanh trồng năm 2022", "=", 698000, **CNT, year=2022),
    R("năm 2021 («605.000 cây", "cây xanh trồng năm 2021", "=", 605000, **CNT, year=2021),
    R("gần «151.640 cây", "cây xanh toàn huyện Lâm Hà trồng trong 6 tháng đầu năm 2024", "~", 151640, **CNT,
      year=2024),
], NOT=["đạt «99% kế", "đạt «48,4% kế", "cây, «97%)", "gần «76,8%", "hơn «161,5%", "đạt «12,5% kế"])

# --------------------------------------------------------------------------
# 05 Lào Cai (merged with Yên Bái in 2025), forest planted in the first half of 2025 and the forest
# cover at 30 June 2025 (moitruong.net.vn; cut: the section and byline line "Tài nguyên và phát
# triển - Ngày đăng : 14:00, 17/07/2025", written as the first line `date 2025-07-17`; the excerpt
# ends in "bảo vệ "). Results of 2025. The title stands twice on the page and is recorded each time
# (as set269's and set247's repeated lines); the summary line's and the body's "trên 11.700ha rừng"
# are two more records (`>`). "diện tích rừng sản xuất trồng mới đạt 765ha" (=), "hơn 58ha" (`>`),
# "trên 10.878ha" (`>`), "hơn 6,88 triệu cây" (`>`, count), "8.629,6ha" (=), "460ha" (=), "Toàn bộ
# diện tích hơn 859.357,7ha rừng được triển khai quản lý, bảo vệ" (`>`: the area the protection
# covered, a result of the work, as set269's area of natural forest), the cover "61,37%" (=) and the
# two former provinces' "vùng địa giới hành chính cũ của tỉnh Lào Cai đạt 59,6%, vùng tỉnh Yên Bái
# cũ đạt 63%" (two records, the area in the indicator, scope null, no place: the earlier sets' "khu
# vực tỉnh Cà Mau cũ"). NOT: "70,8% kế hoạch năm", "hoàn thành 100% kế hoạch năm" (completion).
# Not quantities: "6 tháng" (a duration), "30/6/2025" (a date).
# --------------------------------------------------------------------------
D05 = dict(name="05_laocai-trong-rung-che-phu-rung-2025", kind="result", year=2025, records=[
    R("2025-07-17\nLào Cai đẩy mạnh trồng rừng, đạt trên «11.700ha", "diện tích rừng Lào Cai trồng trong 6 tháng "
      "đầu năm", ">", 11700, **HA),
    R("năm\nLào Cai đẩy mạnh trồng rừng, đạt trên «11.700ha", "diện tích rừng Lào Cai trồng trong 6 tháng đầu năm",
      ">", 11700, **HA),
    R("tỉnh Lào Cai trồng trên «11.700ha", "diện tích rừng tỉnh Lào Cai trồng trong 6 tháng đầu năm 2025", ">",
      11700, **HA),
    R("trồng được trên «11.700ha", "diện tích rừng toàn tỉnh Lào Cai đã trồng được trong 6 tháng đầu năm 2025",
      ">", 11700, **HA),
    R("mới đạt «765ha", "diện tích rừng sản xuất trồng mới", "=", 765, **HA),
    R("đạt hơn «58ha", "diện tích trồng rừng thay thế do chuyển mục đích sử dụng rừng", ">", 58, **HA),
    R("trên «10.878ha", "diện tích rừng trồng lại sau khai thác", ">", 10878, **HA),
    R("hơn «6,88 triệu cây", "tổng số cây trồng phân tán trong 6 tháng", ">", 6880000, **CNT),
    R("đạt «8.629,6ha", "tổng diện tích khoanh nuôi tái sinh rừng thực hiện", "=", 8629.6, **HA),
    R("là «460ha", "diện tích khoanh nuôi tái sinh mới", "=", 460, **HA),
    R("hơn «859.357,7ha", "diện tích rừng được triển khai quản lý, bảo vệ theo kế hoạch", ">", 859357.7, **HA),
    R("đạt «61,37%", COVER + " toàn tỉnh", "=", 61.37),
    R("đạt «59,6%", COVER + " vùng địa giới hành chính cũ của tỉnh Lào Cai", "=", 59.6),
    R("cũ đạt «63%", COVER + " vùng tỉnh Yên Bái cũ", "=", 63),
], NOT=["tương đương «70,8%", "hoàn thành «100%"])

# --------------------------------------------------------------------------
# 06 Thanh Hóa, the province's plan for the Tết tree-planting of Bính Ngọ 2026, February 2026
# (baothanhhoa.vn; nothing cut: the crawler's stamp " date 2026-02-12" written as the first line
# `date 2026-02-12`, the rest of its line "Hotline: 0822.173.636   |" kept on the second line). A
# precision text: two records among a phone number and dates. Targets of 2026: "Năm 2026, toàn tỉnh
# phấn đấu trồng trên 500.000 cây xanh; riêng dịp “Tết trồng cây” ... phấn đấu trồng trên 300.000
# cây" (`>`, counts). Not quantities: "0822.173.636" (a phone number), "24/2", "24/02/2026", "8 giờ",
# "mùng 8 tháng Giêng", "Xuân Bính Ngọ 2026" (dates, a time), "lần thứ XIV" (a name).
# --------------------------------------------------------------------------
D06 = dict(name="06_thanhhoa-tet-trong-cay-binh-ngo-2026-precision", kind="target", year=2026, records=[
    R("trồng trên «500.000 cây", "cây xanh toàn tỉnh phấn đấu trồng năm 2026", ">", 500000, **CNT),
    R("trồng trên «300.000 cây", "cây trồng dịp “Tết trồng cây” Xuân Bính Ngọ 2026", ">", 300000, **CNT),
])

# --------------------------------------------------------------------------
# 07 Phú Thọ, the province's plan 1466/KH-UBND for scattered trees in 2021-2025, April 2021
# (phutho.gov.vn; cut: the signature "BBT" closing the excerpt). Targets: "trồng trên 10 triệu cây
# trong thời gian 5 năm (từ 2021 - 2025)" (`>`, 2025), "năm 2021 trồng 1,5 triệu cây xanh" (`>=`,
# 2021), "từ năm 2022 - 2025 mỗi năm trồng 1,9 - 2,4 triệu cây xanh" (`between`, the magnitude word
# read over both ends, 2025: the period's end). Not quantities: "13/4/2021" (a date),
# "1466/KH-UBND" (a document), "5 năm" (a duration), "2021 - 2025", "2022 - 2025" (dates).
# --------------------------------------------------------------------------
D07 = dict(name="07_phutho-ke-hoach-1466-cay-phan-tan-2021-2025", kind="target", year=2025, records=[
    R("trồng trên «10 triệu cây", "cây xanh phân tán trồng trong thời gian 5 năm (từ 2021 - 2025)", ">", 10e6,
      **CNT),
    R("năm 2021 trồng «1,5 triệu", "cây xanh trồng năm 2021", ">=", 1.5e6, **CNT, year=2021),
    R("mỗi năm trồng «1,9 - 2,4 triệu", "cây xanh trồng mỗi năm từ năm 2022 - 2025", "between", 1.9e6,
      value_max=2.4e6, **CNT),
])

# --------------------------------------------------------------------------
# 08 Hậu Giang, the province's plan 113/KH-UBND for scattered trees and forest in 2021-2025, June
# 2021 (thuviennhadat.vn; nothing cut; no byline, no stamp; the excerpt ends in "toàn tỉnh, "). A
# precision text: two records among document numbers and dates. Targets of 2025 ("Duy trì ổn định
# độ che phủ của rừng và cây phân tán đến năm 2025 đạt 3%, diện tích rừng chiếm 1,61% so với diện
# tích tự nhiên của toàn tỉnh"): `>=` (a target's "đạt" and a target's bare "chiếm"). Not
# quantities: "113/KH-UBND", "45/CT-TTg", "38/2016/QĐ-TTg", "524/QĐ-TTg", "50/BNN-TCLN",
# "20/2020/NQ-HĐND" (documents), their dates, "2021-2025", "năm 2030" (dates), "I.", "1." (labels),
# "một tỷ cây xanh" (no digit; in the scheme's name).
# --------------------------------------------------------------------------
D08 = dict(name="08_haugiang-ke-hoach-113-cay-phan-tan-2021-precision", kind="target", year=2025, records=[
    R("năm 2025 đạt «3%", "độ che phủ của rừng và cây phân tán", ">=", 3),
    R("chiếm «1,61%", "diện tích rừng so với diện tích tự nhiên của toàn tỉnh", ">=", 1.61),
])

# --------------------------------------------------------------------------
# 09 Ninh Thuận, the province's plan 6346/KH-UBND implementing the one-billion-trees scheme,
# November 2021 (thuvienphapluat.vn; cut: the site's search box "Từ khoá: Số Hiệu, Tiêu đề hoặc Nội
# dung ngắn gọn của Văn Bản...", "Đăng nhập" and "Đang tải văn bản..." with the blank lines after
# them; the excerpt ends in "1. Mục đíc"). A precision text without a record: document numbers
# ("6346/KH-UBND" three times, "84/NQ-CP", "523/QĐ-TTg", "524/QĐ-TTg", "2616/KH-BNN-TCLN"), dates
# ("22/11/2021", "05/8/2021", "01/4/2021", "07/5/2021", "2021-2025", "2021-2030", "năm 2050"), the
# "1 tỷ cây xanh" of the scheme's quoted name (four times), and the labels "I.", "1.".
# --------------------------------------------------------------------------
D09 = dict(name="09_ninhthuan-ke-hoach-6346-mot-ty-cay-2021-precision", kind="target", year=2021, records=[])

# --------------------------------------------------------------------------
# 10 The whole country, the three-year review of the one-billion-trees scheme (Quảng Trị, 12 January
# 2024) (tothethao.com; nothing cut; no byline, no stamp). Results of 2021-2023, year 2023 (the
# period the text names, "từ 2021-2023", "trong 3 năm (2021-2023)"): "gần 770 triệu cây" (`~`),
# "344,5 triệu cây xanh phân tán", "435,4 triệu cây xanh tập trung" (=), the five provinces' "Lào
# Cai trồng 61,64 triệu cây, ... Nghệ An 34,38 triệu cây" (=, each with `place`), "Các địa phương
# trồng được số lượng từ 15-20 triệu cây xanh gồm: ..." (one `between` record: one range stated once
# for a list of provinces, no place), "gần 9.500 tỷ đồng" (`~`, "đồng"), the shares "vốn ngân sách
# nhà nước chiếm 23,8%; ... chiếm 76,2%" (=). Targets of 2024-2025 (year 2025, the period's end):
# "kế hoạch trồng tổng số 492,3 triệu cây", "275,6 triệu cây xanh phân tán", "216,7 triệu cây xanh
# tập trung (tương đương 98.210 ha rừng trồng)" (`>=`; the bracket's area a record of its own, "ha").
# NOT: "đạt 121,4% so với kế hoạch" (completion). Not quantities: "12/1" (a date), "3 năm" (a
# duration), "1 tỷ cây xanh" (in the scheme's name), "2021–2025", "2021-2023", "2024–2025" (dates).
# --------------------------------------------------------------------------
PROV = "cây xanh địa phương đã trồng trong 3 năm"
D10 = dict(name="10_toanquoc-so-ket-3-nam-mot-ty-cay-2024", kind="result", year=2023, records=[
    R("trồng gần «770 triệu cây", "cây cả nước đã trồng sau 3 năm triển khai Đề án", "~", 770e6, **CNT),
    R("có «344,5 triệu", "cây xanh phân tán đã trồng", "=", 344.5e6, **CNT),
    R("trồng mới «435,4 triệu", "cây xanh tập trung trồng mới", "=", 435.4e6, **CNT),
    R("Lào Cai trồng «61,64 triệu", PROV, "=", 61.64e6, **CNT, place="Lào Cai"),
    R("Phú Thọ trồng «52 triệu", PROV, "=", 52e6, **CNT, place="Phú Thọ"),
    R("Long An «45,32 triệu", PROV, "=", 45.32e6, **CNT, place="Long An"),
    R("Gia Lai «37,28 triệu", PROV, "=", 37.28e6, **CNT, place="Gia Lai"),
    R("Nghệ An «34,38 triệu", PROV, "=", 34.38e6, **CNT, place="Nghệ An"),
    R("từ «15-20 triệu", "cây xanh các địa phương trồng được", "between", 15e6, value_max=20e6, **CNT),
    R("gần «9.500 tỷ đồng", "tổng nguồn vốn huy động để thực hiện Đề án trong 3 năm (2021-2023)", "~", 9.5e12,
      **VND),
    R("chiếm «23,8%", "vốn ngân sách nhà nước trong tổng nguồn vốn huy động", "=", 23.8),
    R("chiếm «76,2%", "vốn ODA, xã hội hoá và các nguồn vốn khác trong tổng nguồn vốn huy động", "=", 76.2),
    R("tổng số «492,3 triệu", "kế hoạch trồng cây giai đoạn 2024–2025", ">=", 492.3e6, **CNT, **T, year=2025),
    R("trồng «275,6 triệu", "cây xanh phân tán sẽ trồng", ">=", 275.6e6, **CNT, **T, year=2025),
    R("trồng «216,7 triệu", "cây xanh tập trung sẽ trồng", ">=", 216.7e6, **CNT, **T, year=2025),
    R("đương «98.210 ha", "rừng trồng tương đương", ">=", 98210, **HA, **T, year=2025),
], NOT=["đạt «121,4%"])

# --------------------------------------------------------------------------
# 11 The whole country, the final review of the one-billion-trees scheme 2021-2025 (Đà Nẵng, 5
# December 2025) (tienphong.vn; cut: the photo caption "Người tham gia trồng cây ven biển Đà Nẵng vào
# tháng 2/2025. Ảnh: D.Q." with the blank line after it; the crawler's stamp " date 2025-12-06"
# written as the first line `date 2025-12-06`; the excerpt ends in "rừng p"). Results of 2025 (the
# five years' totals): the title's "429.000 ha rừng mới" (=, "ha") and "gần 7.100 tỷ đồng" (`~`,
# "đồng"), the lead's "hơn 1,4 tỷ cây" (`>`), the subheading's "Trồng hơn 400.000 ha rừng" (`>`), the
# body's "trên 1,4 tỷ cây xanh" (`>`), "573,9 triệu cây xanh phân tán (gồm cây xanh đô thị 87,5
# triệu cây; cây xanh trồng phân tán nông thôn 486,4 triệu cây)" (three counts, =; the urban and
# rural trees are a breakdown by kind of tree, scope null: the words qualify the trees, not a
# population), "865,2 triệu cây", "429.125 ha rừng", the bracket's "36.745 ha" (=; the excerpt cuts
# its subject at "rừng p"). NOT: "vượt 43,9% so với mục tiêu" (a change against the target, spec).
# Not quantities: "1 tỷ cây xanh", "một tỷ cây xanh" (the scheme's name), "hàng trăm nghìn hecta" (no
# number), "5/12" (a date), "5 năm" (a duration), "2021 - 2025" (dates).
# --------------------------------------------------------------------------
D11 = dict(name="11_toanquoc-tong-ket-mot-ty-cay-2025", kind="result", year=2025, records=[
    R("bùng nổ: «429.000 ha", "rừng mới", "=", 429000, **HA),
    R("hóa gần «7.100 tỷ đồng", "xã hội hóa", "~", 7.1e12, **VND),
    R("Với hơn «1,4 tỷ cây", "cây được trồng", ">", 1.4e9, **CNT),
    R("Trồng hơn «400.000 ha", "trồng rừng", ">", 400000, **HA),
    R("trồng được trên «1,4 tỷ cây", "cây xanh cả nước đã trồng được sau 5 năm thực hiện Đề án", ">", 1.4e9, **CNT),
    R("trồng «573,9 triệu", "cây xanh phân tán trồng", "=", 573.9e6, **CNT),
    R("đô thị «87,5 triệu", "cây xanh đô thị", "=", 87.5e6, **CNT),
    R("nông thôn «486,4 triệu", "cây xanh trồng phân tán nông thôn", "=", 486.4e6, **CNT),
    R("tập trung «865,2 triệu", "cây xanh trồng trong rừng tập trung", "=", 865.2e6, **CNT),
    R("với «429.125 ha", "rừng tương đương với cây xanh trồng trong rừng tập trung", "=", 429125, **HA),
    R("gồm «36.745 ha", "rừng p", "=", 36745, **HA, note="the excerpt ends inside the subject: rừng p..."),
], NOT=["vượt «43,9%"])

# --------------------------------------------------------------------------
# 12 Lai Châu, the province's planting of 2021 at 14 July (dantocmiennui.vn, a tag page; cut: the
# photo caption "Cán bộ Ban Quản lý rừng phòng hộ huyện Than Uyên ... Ảnh: Đinh Thùy-TTXVN" with the
# blank line after it; no byline, no stamp). Year 2021. Targets of the year's plan: "phấn đấu trồng
# 1.650 ha diện tích rừng và 1.500 ha cây mắc ca" (`>=`, "ha", two subjects). Result: "trồng được 927
# ha rừng" (=). NOT: the title's "đạt hơn 56% kế hoạch" and the body's "đạt 56,1% so với kế hoạch
# năm" (completion). Not quantities: "14/7" (a date).
# --------------------------------------------------------------------------
D12 = dict(name="12_laichau-trong-rung-ke-hoach-2021", kind="target", year=2021, records=[
    R("trồng «1.650 ha", "diện tích rừng phấn đấu trồng", ">=", 1650, **HA),
    R("và «1.500 ha", "cây mắc ca phấn đấu trồng", ">=", 1500, **HA),
    R("được «927 ha", "diện tích rừng toàn tỉnh đã thực hiện trồng được", "=", 927, **HA, **RES),
], NOT=["hơn «56% kế", "đạt «56,1%"])

# --------------------------------------------------------------------------
# 13 The whole country, the ministry's letter 5505/BNN-TCLN of 19 August 2022 urging the provinces
# on (dulieuphapluat.vn; nothing cut; no byline, no stamp; the excerpt ends in "quan tâm c").
# Results of 2021: "cả nước đã trồng được 210 triệu cây", "Trồng mới 55 ngàn ha rừng tập trung,
# tương đương với 110 triệu cây trồng rừng và 100 triệu cây trồng phân tán" (=; "55 ngàn ha" other
# "ha", 55000). Targets of 2022 ("Năm 2022, theo kế hoạch của các địa phương, cả nước trồng 218,6
# triệu cây, gồm: 97 triệu cây ... và 121,6 triệu cây ..."; `>=`, bare numbers in a plan). Results
# of 2022 at the end of July: "14.821 ha (tương đương 30 triệu cây)" (two records), "56,5 triệu
# cây" (=). NOT: "đạt 115% so với kế hoạch", "bằng 30% so với kế hoạch trồng rừng mới và 46,5% so
# với kế hoạch trồng cây phân tán" (completion). Not quantities: "5505/BNN-TCLN", "524/QĐ-TTg"
# (documents), "19 tháng 8 năm 2022", "01/4/2021", "2021 - 2025", "tháng 7/2022" (dates),
# "Covid-19" (a name), "một tỷ cây xanh" (the scheme's name, no digit).
# --------------------------------------------------------------------------
D13 = dict(name="13_bonnptnt-5505-tien-do-trong-rung-2022", kind="result", year=2021, records=[
    R("trồng được «210 triệu", "cây cả nước đã trồng được năm 2021", "=", 210e6, **CNT),
    R("mới «55 ngàn ha", "rừng tập trung trồng mới", "=", 55000, **HA),
    R("với «110 triệu", "cây trồng rừng", "=", 110e6, **CNT),
    R("và «100 triệu", "cây trồng phân tán", "=", 100e6, **CNT),
    R("trồng «218,6 triệu", "cây cả nước trồng năm 2022 theo kế hoạch của các địa phương", ">=", 218.6e6, **CNT,
      **T, year=2022),
    R("gồm: «97 triệu", "cây trồng rừng tập trung", ">=", 97e6, **CNT, **T, year=2022),
    R("và «121,6 triệu", "cây trồng phân tán", ">=", 121.6e6, **CNT, **T, year=2022),
    R("đạt «14.821 ha", "diện tích trồng rừng mới toàn quốc đến hết tháng 7/2022", "=", 14821, **HA, year=2022),
    R("đương «30 triệu", "cây trồng rừng mới tương đương", "=", 30e6, **CNT, year=2022),
    R("đạt «56,5 triệu", "số cây trồng phân tán", "=", 56.5e6, **CNT, year=2022),
], NOT=["đạt «115%", "bằng «30%", "và «46,5%"])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
