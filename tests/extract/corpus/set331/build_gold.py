#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set331).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'), with set318's
reading of farm amounts. Each record is written by hand below; its anchor is never typed in. A
record names a locator: a piece of the text with « just before the number. The locator (without «)
must occur exactly once in the text; the anchor is where « stands. `start`/`end` (the clause that
states the quantity) are computed by ../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry. No percentage of this set is left out, so no NOT list is
written.

Each record carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: this set's theme (consolidated plots, accumulated and
concentrated farmland, large fields, rice areas converted, cooperatives and farms) has no indicator
in that catalogue (its farm and cooperative indicators measure digital things: cooperatives using
digital technology or e-commerce platforms, traceability codes, electronic identification of
organisations), so every id is null, as set306 and set318 decided for farm themes; `iid=` is never
written.

Amounts in a unit of their own are unit `other` with the unit as written at the number ("ha",
"tấn", "tạ/ha", "mẫu", "đồng/kg", "đồng/ha/năm", ...); the magnitude words (nghìn, triệu, tỷ) are
multiplied in, as the contract says. `AMOUNT[...]` below holds goldkit.R with each such unit filled
in (functools.partial); `N` is goldkit.R for counts.

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
from goldkit import R  # noqa: E402

AMOUNT = {u: functools.partial(R, unit="other", unit_text=u)
          for u in ("ha", "tấn", "tạ/ha", "tạ/sào", "mẫu", "đồng", "đồng/kg", "đồng/ha",
                    "đồng/ha/năm", "đồng/năm/ha")}
HA = AMOUNT["ha"]
N = functools.partial(R, unit="count")
TRIEU = 1e6
TARGET, RESULT = "target", "result"

# --------------------------------------------------------------------------
# 01 Hà Tĩnh, the newspaper's tag page "dồn điền đổi thửa": teasers of five articles on plots
# consolidated and farmland concentrated (baohatinh.vn; nothing cut; no byline, no stamp; the
# excerpt ends in "để có " with its trailing space). Each teaser names its own season: "vụ xuân
# 2025" (the first two, no figure), "Vụ lúa xuân 2023" (no figure); the Đức Liên and Can Lộc
# teasers name no year ("Vụ xuân năm nay"): year null (the page has no stamp; spec: null when
# nothing in the text says). Results: "phá bờ vùng, bờ thửa trên diện tích gần 70 ha" (`~`, place
# Đức Liên), "cánh đồng tập trung trên diện tích hơn 3.300 ha" (`>`, place Can Lộc). Target: "dự
# kiến cho năng suất lúa bình quân đạt từ 65 - 70 tạ/ha" (between; "dự kiến" read as a target, as
# the earlier sets' majority). Not quantities: "2025", "2023" (seasons), "NTM" (no number).
# --------------------------------------------------------------------------
D01 = dict(name="01_hatinh-don-dien-doi-thua-vu-xuan-2025", kind=RESULT, year=None, records=[
    HA("diện tích gần «70 ha", "diện tích phá bờ vùng, bờ thửa để chuyển đổi ruộng đất, giảm số thửa trên một "
       "cánh đồng", "~", 70, place="Đức Liên"),
    HA("diện tích hơn «3.300 ha", "diện tích cánh đồng tập trung vụ xuân, tích tụ ruộng đất", ">", 3300,
       place="Can Lộc"),
    AMOUNT["tạ/ha"]("đạt từ «65 - 70 tạ/ha", "năng suất lúa bình quân dự kiến trên cánh đồng tập trung",
                    "between", 65, value_max=70, kind=TARGET, place="Can Lộc"),
])

# --------------------------------------------------------------------------
# 02 Nghệ An, the newspaper's tag page "chuyển đổi ruộng đất": two teasers, each with its title
# printed twice (baonghean.vn; nothing cut: the titles stay twice as the page has them; no byline,
# no stamp). No year in the text: year null. Results: "62 cánh đồng lớn ở Nghệ An" (each title
# line is recorded, as the earlier sets read headlines) and "đã triển khai được 62 mô hình cánh
# đồng lớn" (count, =); "Tân Kỳ chuyển đổi xong 1.774 ha ruộng đất" (twice, title) and "với diện
# tích 1.774 ha" (ha, place Tân Kỳ); "có 16/22 xã, thị trấn ... hoàn thành chuyển đổi ruộng đất"
# (count 16; the denominator "/22" is no value of its own). Not quantities: "chỉ thị số 08" (a
# document's number).
# --------------------------------------------------------------------------
CDL = "mô hình cánh đồng lớn đã triển khai ở Nghệ An"
TK = "diện tích ruộng đất huyện Tân Kỳ đã chuyển đổi xong"
D02 = dict(name="02_nghean-chuyen-doi-ruong-dat-canh-dong-lon", kind=RESULT, year=None, records=[
    N("«62 cánh đồng lớn ở Nghệ An\n\n62", CDL, "=", 62),
    N("Nghệ An\n\n«62 cánh đồng lớn ở Nghệ An\n\n(", CDL, "=", 62),
    N("được «62 mô hình", CDL, "=", 62),
    HA("bền vững.\nTân Kỳ chuyển đổi xong «1.774 ha", TK, "=", 1774, place="Tân Kỳ"),
    HA("ruộng đất\n\nTân Kỳ chuyển đổi xong «1.774 ha", TK, "=", 1774, place="Tân Kỳ"),
    N("có «16/22 xã", "xã, thị trấn của huyện Tân Kỳ hoàn thành chuyển đổi ruộng đất theo chỉ thị số 08 của BTV "
      "Tỉnh ủy", "=", 16, place="Tân Kỳ"),
    HA("diện tích «1.774 ha.", TK, "=", 1774, place="Tân Kỳ"),
])

# --------------------------------------------------------------------------
# 03 Hải Dương and Thái Bình, households concentrating farmland by transfer, rent and loan, on
# Thượng Quảng commune's page (Thừa Thiên Huế; thuongquang.thuathienhue.gov.vn; nothing cut; no
# byline, no stamp; the excerpt ends in "gần hai tỷ đồ"). The page names no year of its own: year
# null, but for the values of "Vụ mùa năm 2019" (the yield, the price "vụ vừa rồi" and the profit:
# 2019); the price of "Vụ mùa năm trước" (6.200) has year null: the year before 2019 is named
# nowhere in the text (check_gold.py admits no year the text does not state). Results: "hơn 100 mẫu" (`>`, mẫu),
# "năng suất 2,5 tạ/sào", "5.100 đồng/kg", "lãi 500 nghìn đồng" (the magnitude multiplied in),
# "đạt 6.200 đồng/kg", "thuê khoảng 27 mẫu ruộng" (`~`). Place: the province each household farms
# in (the page's own commune is in Thừa Thiên Huế). Not quantities: "(3.600 m2)", "(360 m2)" (the
# size of a mẫu and of a sào: units explained), "sáu năm", "gấp đôi", "hai tỷ" (no numeral).
# --------------------------------------------------------------------------
D03 = dict(name="03_haiduong-thaibinh-tap-trung-ruong-dat", kind=RESULT, year=None, records=[
    AMOUNT["mẫu"]("lên đến hơn «100 mẫu", "diện tích đất canh tác gia đình anh Trần Xuân Ái tập trung trồng lúa và "
                  "hoa màu", ">", 100, place="Hải Dương"),
    AMOUNT["tạ/sào"]("năng suất «2,5 tạ/sào", "năng suất cánh đồng lúa vụ mùa", "=", 2.5, year=2019,
                     place="Hải Dương"),
    AMOUNT["đồng/kg"]("là «5.100 đồng/kg", "giá bán lúa tươi tại ruộng", "=", 5100, year=2019, place="Hải Dương"),
    AMOUNT["đồng"]("lãi «500 nghìn đồng", "lãi mỗi sào lúa", "=", 500e3, year=2019, place="Hải Dương"),
    AMOUNT["đồng/kg"]("đạt «6.200 đồng/kg", "giá lúa vụ mùa năm trước", "=", 6200, year=None, place="Hải Dương"),
    AMOUNT["mẫu"]("thuê khoảng «27 mẫu", "diện tích ruộng hộ gia đình chị Phạm Thị Thủy thuê để trồng lúa", "~", 27,
                  place="Thái Bình"),
])

# --------------------------------------------------------------------------
# 04 Sóc Trăng, the province's registration under the one-million-hectare scheme: 72.000 ha of
# high-quality, low-emission rice by 2030 (baocaovien.vn; nothing cut; no byline, no stamp; the
# excerpt ends in "ứng dụng khoa họ"). Kind target. "72.000ha" in the title and three times in the
# body (>=: bare or "là", "để đạt"; 2030, the body's "đến năm 2030", the title's by the document);
# "trong năm 2024-2025 sẽ xây dựng ... trên diện tích 38.500ha" (2025: a span read by its end, as
# the earlier sets); "từ năm 2025-2030 sẽ mở rộng thêm khoảng 33.500ha" (`~`, a target stated as
# a change, 2030). Not quantities: "1 triệu ha" (the scheme's name, in the title and twice in the
# body, as set318), "9 huyện, thị xã, thành phố gồm: ..." (the size of the list of names that
# follows, as set193's "15 xã ... bao gồm"), the years.
# --------------------------------------------------------------------------
ST = "diện tích vùng chuyên canh lúa chất lượng cao giảm phát thải thấp của tỉnh Sóc Trăng"
D04 = dict(name="04_soctrang-vung-chuyen-canh-lua-72000ha-2024", kind=TARGET, year=2030, records=[
    HA("xây dựng «72.000ha vùng", ST, ">=", 72000),
    HA("của tỉnh là «72.000ha.\nTheo", ST + " đăng ký", ">=", 72000),
    HA("diện tích «38.500ha", ST + " xây dựng trong năm 2024-2025", ">=", 38500, year=2025),
    HA("thêm khoảng «33.500ha", ST + " mở rộng thêm", "~", 33500),
    HA("tổng diện tích «72.000ha", ST, ">=", 72000),
    HA("của tỉnh là «72.000ha là", ST + " đã đăng ký tham gia với Bộ Nông nghiệp và Phát triển Nông thôn", ">=",
       72000),
])

# --------------------------------------------------------------------------
# 05 An Giang, the shrimp-rice fields of the 2025-2026 wet-season crop (danviet.vn; the stamp
# " date 2025-10-11" written as the first line; nothing cut; the excerpt ends in "Một bụi đỏ…").
# Target: "Theo kế hoạch ... vụ này toàn tỉnh gieo trồng khoảng 107.000ha" (`~`; year 2026, the
# season "2025–2026" read by its end as set318 read "2023 - 2024"). Result: "Đến ngày 10/10, nông
# dân đã xuống giống, cấy mạ gần 100.000ha" (`~`, 2025, the stamp's year). Not quantities:
# "10/10" (a date), "ST24", "ST25" (names of varieties).
# --------------------------------------------------------------------------
D05 = dict(name="05_angiang-lua-tom-vu-mua-2025", kind=RESULT, year=2025, records=[
    HA("trồng khoảng «107.000ha", "lúa mùa trên cánh đồng tôm – lúa toàn tỉnh gieo trồng theo kế hoạch",
       "~", 107000, kind=TARGET, year=2026),
    HA("mạ gần «100.000ha", "lúa mùa nông dân đã xuống giống, cấy mạ", "~", 100000),
])

# --------------------------------------------------------------------------
# 06 Trà Vinh, the 2024 plan to convert crops towards vegetables and annual crops (dantocmiennui.vn;
# nothing cut: the title stays twice as the page has it; no byline, no stamp). Kind target, year
# 2024 (the body's "Năm 2024"). "dự kiến tăng 53.000 ha" (title, twice: a target stated as a
# change, bare, >=), "tăng diện tích ... khoảng 53.000 ha" (`~`), "đạt tổng sản lượng 1,57 triệu
# tấn" (>=, the magnitude multiplied in).
# --------------------------------------------------------------------------
TV = "diện tích sản xuất cây màu, cây công nghiệp ngắn ngày, cây hằng năm tăng"
D06 = dict(name="06_travinh-chuyen-doi-cay-mau-2024", kind=TARGET, year=2024, records=[
    HA("«53.000 ha cây màu, cây hàng năm\n\nTrà", TV, ">=", 53000),
    HA("Vinh dự kiến tăng «53.000 ha cây màu, cây hàng năm\n\nNăm", TV, ">=", 53000),
    HA("khoảng «53.000 ha", TV, "~", 53000),
    AMOUNT["tấn"]("sản lượng «1,57 triệu tấn", "tổng sản lượng cây màu, cây hằng năm", ">=", 1.57 * TRIEU),
])

# --------------------------------------------------------------------------
# 07 the whole country, rice land converted to other crops in 2021 and the models' returns (the
# Ministry of Agriculture's planning department, vukehoach.mard.gov.vn; nothing cut; no byline, no
# stamp; the lines break inside sentences as the page has them; the excerpt ends in "cây hàng nă").
# Year 2021 (the text's "Năm 2021"). Results (`~`: "khoảng", "gần"): "119.792 ha", "85.412 ha",
# "22.112 ha", the bracket "(tương đương gần 44.224 ha diện tích gieo trồng)" (a bracket stating a
# value, spec), "12.267 ha". Target: "Dự kiến năm 2022, toàn quốc chuyển đổi khoảng 163.366,49
# ha" (`~`, 2022). The models' returns, results of 2021 (between, magnitude multiplied in, the
# unit as written): "220 - 250 triệu đồng/ha/năm", "(20-22) tạ/ha", "100-\n110 triệu đồng/ha" (the
# range broken over a line), "200-250 triệu đồng/năm/ha", "khoảng 360 - 450 triệu đồng/ha/năm"
# (one range: between), "khoảng từ 150 - 200 triệu đồng/ha/năm". Not quantities: "1 vụ lạc - 2 vụ
# hành/năm" (the model's name), "gấp 3-4 lần so với trồng 3 lúa" (a comparison with another crop,
# as a change against another value; "3 lúa", three rice crops, a name).
# --------------------------------------------------------------------------
CV = "diện tích gieo trồng lúa chuyển đổi"
INC = AMOUNT["đồng/ha/năm"]
D07 = dict(name="07_ca-nuoc-chuyen-doi-dat-lua-2021", kind=RESULT, year=2021, records=[
    HA("khoảng «119.792 ha", CV + " sang các cây trồng khác", "~", 119792),
    HA("khoảng «85.412 ha", CV + " sang trồng cây hàng năm", "~", 85412),
    HA("khoảng «22.112 ha", CV + " sang trồng cây lâu năm", "~", 22112),
    HA("gần «44.224 ha", "diện tích gieo trồng tương đương, chuyển sang trồng cây lâu năm", "~",
       44224),
    HA("khoảng «12.267 ha", CV + " sang trồng lúa kết hợp nuôi trồng thủy sản", "~", 12267),
    HA("khoảng «163.366,49 ha", "diện tích toàn quốc chuyển đổi", "~", 163366.49, kind=TARGET, year=2022),
    INC("từ «220 - 250 triệu", "thu nhập mô hình 1 vụ lạc - 2 vụ hành/năm", "between", 220 * TRIEU,
        value_max=250 * TRIEU),
    AMOUNT["tạ/ha"]("từ («20-22) tạ/ha", "năng suất bình quân mô hình chuyển đổi từ lúa sang trồng cây sen",
                    "between", 20, value_max=22),
    AMOUNT["đồng/ha"]("tương đương «100-\n110 triệu", "giá trị mô hình chuyển đổi từ lúa sang trồng cây sen",
                      "between", 100 * TRIEU, value_max=110 * TRIEU),
    AMOUNT["đồng/năm/ha"]("từ «200-250 triệu", "thu nhập mô hình chuyển đổi từ lúa sang trồng cây thuốc lào",
                          "between", 200 * TRIEU, value_max=250 * TRIEU),
    INC("khoảng «360 - 450 triệu", "tổng thu nhập mô hình chuyển đổi sang trồng cây gia vị, trồng hoa", "between",
        360 * TRIEU, value_max=450 * TRIEU),
    INC("khoảng từ «150 - 200 triệu", "lãi từ mô hình chuyển đổi", "between", 150 * TRIEU, value_max=200 * TRIEU),
])

# --------------------------------------------------------------------------
# 08 the whole country, the Ministry of Agriculture's plan for agricultural cooperatives in 2023
# (htv.com.vn; nothing cut; no byline, no stamp). Kind target, year 2023 ("dự kiến năm 2023"):
# "thành lập mới 1.600 hợp tác xã nông nghiệp" (a target stated as a change, >=), "nâng tổng số lên
# 22.500" (>=), "trên 65% xếp loại tốt, khá" (`>`), "có trên 20.500 trang trại theo tiêu chí mới"
# (`>`, count).
# --------------------------------------------------------------------------
D08 = dict(name="08_ca-nuoc-hop-tac-xa-nong-nghiep-2023", kind=TARGET, year=2023, records=[
    N("mới «1.600 hợp tác xã", "hợp tác xã nông nghiệp thành lập mới", ">=", 1600),
    N("lên «22.500 hợp tác xã", "tổng số hợp tác xã nông nghiệp", ">=", 22500),
    R("trên «65%", "hợp tác xã nông nghiệp xếp loại tốt, khá", ">", 65),
    N("trên «20.500 trang trại", "trang trại theo tiêu chí mới", ">", 20500),
])

# --------------------------------------------------------------------------
# 09 the whole country, Resolution 106/NQ-CP on agricultural cooperatives (baomoi.com, relaying
# an infographic of the government's portal; cut: the source line "Nguồn:https://media.chinhphu.vn/
# ..." (a link); no byline, no stamp). Target: "Phấn đấu đến năm 2025, số lượng HTX NN hoạt động
# đạt loại tốt, khá chiếm từ 60% trở lên" (>=, 2025). Not quantities: "106/NQ-CP", "18/7/2023" (a
# document and its date).
# --------------------------------------------------------------------------
D09 = dict(name="09_ca-nuoc-htx-tot-kha-nq106-2025", kind=TARGET, year=2025, records=[
    R("chiếm từ «60% trở lên", "số lượng HTX NN hoạt động đạt loại tốt, khá trong tổng số HTX NN cả nước", ">=",
      60),
])

# --------------------------------------------------------------------------
# 10 Hòa Bình, restructuring agriculture by renewing production relations: cooperatives and
# cooperative groups (hoabinh.gov.vn; nothing cut; no byline, no stamp; the excerpt ends in "tiếp
# tục chú tr"). No year in the text: year null. Results: "có 311 hợp tác xã" (=), "trên 2.000 tổ
# hợp tác" (`>`).
# --------------------------------------------------------------------------
D10 = dict(name="10_hoabinh-hop-tac-xa-to-hop-tac", kind=RESULT, year=None, records=[
    N("có «311 hợp tác xã", "hợp tác xã trên địa bàn tỉnh", "=", 311),
    N("trên «2.000 tổ hợp tác", "tổ hợp tác trên địa bàn tỉnh", ">", 2000),
])

# --------------------------------------------------------------------------
# 11 the Mekong delta, the one-million-hectare scheme before its approval (amp.laodong.vn, a video
# page; cut: the header lines "MỚI NHẤT" and "CƠ QUAN CỦA TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM" with the
# blank line after the second, the video notice "This browser does not support the video element."
# and the widget lines "Tin mới nhất", "Gợi ý dành cho bạn" with their blank lines, and the byline
# "PHONG LINH - PHƯƠNG ANH LDO | 05/11/2023 18:33" with the blank line after it, written as the
# first line `date 2023-11-05`). Target: "sẽ triển khai thực hiện ở vụ Đông Xuân 2023-2024 với
# diện tích gần 200.000ha" (`~`; year 2024, the season read by its end). Not quantities: "1 triệu
# ha" (the scheme's name, in the title and the body, as set318), "tháng 11" (a date).
# --------------------------------------------------------------------------
D11 = dict(name="11_dbscl-lua-chat-luong-cao-dong-xuan-2024", kind=TARGET, year=2024, records=[
    HA("diện tích gần «200.000ha", "diện tích triển khai Đề án 1 triệu ha lúa chất lượng cao vụ Đông Xuân tại "
       "ĐBSCL", "~", 200000),
])

# --------------------------------------------------------------------------
# 12 the whole country, the scheme for raw-material zones for processing farm and forest products,
# 2021-2025 (nangluongsachvietnam.vn, a tag page; the byline "17:07 | 16/08/2021" (with its leading
# spaces) cut and written as the first line `date 2021-08-16`; nothing else cut; the excerpt ends
# in "khoảng 16.000ha đã..."). Kind target, year 2025 ("giai đoạn 2021 - 2025" read by its end):
# "hướng đến hình thành 5 vùng nguyên liệu" (count, >=), "với tổng diện tích khoảng 16.000ha"
# (`~`).
# --------------------------------------------------------------------------
D12 = dict(name="12_ca-nuoc-vung-nguyen-lieu-2021", kind=TARGET, year=2025, records=[
    N("thành «5 vùng", "vùng nguyên liệu phục vụ chế biến và tiêu thụ nông, lâm sản hình thành", ">=", 5),
    HA("khoảng «16.000ha", "tổng diện tích vùng nguyên liệu", "~", 16000),
])

# --------------------------------------------------------------------------
# 13 Gia Lai, Decision 104/QĐ-UBND issuing the 2023 plan for converting crops on rice land: the
# decision's header and preamble (thuvienphapluat.vn; nothing cut; the excerpt ends in "Kế hoạch
# và Đầu"). A precision text: no record. Year 2023. Not quantities: "104/QĐ-UBND", "35/2015/NĐ-
# CP", "62/2019/NĐ-CP", "94/2019/NĐ-CP", "470/QĐ-BNN-TT", "29/TTr-SNNPTNT" (documents), "09 tháng 3
# năm 2023", "15/6/2015", "22/11/2019", "29/11/2013", "19/11/2018", "13/4/2015", "11/7/2019",
# "13/12/2019", "07/02/2023", "24/02/2023" (dates), "Điều 1.", "Điều 2." (article numbers).
# --------------------------------------------------------------------------
D13 = dict(name="13_gialai-ke-hoach-chuyen-doi-dat-lua-2023-precision", kind=TARGET, year=2023, records=[])

# --------------------------------------------------------------------------
# 14 Long An, readying the one-million-hectare scheme: the steering committee and the plan
# (sggp.org.vn; cut: the photo caption "Thu hoạch lúa hè thu sớm ở huyện Vĩnh Hưng, tỉnh Long An"
# with the blank line after it; no byline, no stamp; the excerpt ends in "quan trong"). A precision
# text: no record. Year 2024. Not quantities: "1 triệu hecta" (the scheme's name), "năm 2024",
# "16-4-2024", "5-4-2024" (dates), "3676/QĐ-UBND", "3176/QĐ-UBND" (documents), "hàng triệu hộ" (no
# numeral).
# --------------------------------------------------------------------------
D14 = dict(name="14_longan-ban-chi-dao-lua-chat-luong-cao-2024-precision", kind=RESULT, year=2024, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
