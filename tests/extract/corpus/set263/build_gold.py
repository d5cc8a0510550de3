#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set263).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'), with set201's
money shorthands. Each record is written by hand below; its anchor is never typed in. A record
names a locator: a piece of the text with « just before the number. The locator (without «) must
occur exactly once in the text; the anchor is where « stands. `start`/`end` (the clause that
states the quantity) are computed as in the seeds' builder (`start_at` moves the start back to a
given string; `line=True` keeps the clause to its line, for the table cells of 04).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: a result's change against an earlier
value, completion against a plan or an estimate); check_gold.py verifies that every percentage has
a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see
README). This set's pages are monthly, quarterly and half-year socio-economic reports: output,
retail, budget, investment and growth figures. The catalogue holds none of these indicators, so
every id is null (`iid` left at its default).

Documents are made with `result_doc` / `target_doc` (functools.partial over dict), which fix the
kind; the year is given per document.

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
from goldkit import R, CNT, RANK  # noqa: E402

DONG = dict(unit="other", unit_text="đồng")
TAN = dict(unit="other", unit_text="tấn")
HA = dict(unit="other", unit_text="ha")
CELL = dict(unit="other", unit_text="đồng", line=True)  # a cell of 04's table, "Đơn vị tính : Tỷ đồng"

result_doc = functools.partial(dict, kind="result")
target_doc = functools.partial(dict, kind="target")

# --------------------------------------------------------------------------
# 01 Bà Rịa - Vũng Tàu, the statistics office's budget figures for ten months of 2023
# (baobariavungtau.com.vn; the stamp " date 2023-11" written as the first line; nothing cut).
# Results of 2023 ("10 tháng năm 2023"), "ước tính ..." `=` (spec: ước đạt). Records: revenue
# "77.856 tỷ đồng", crude oil "27.412", import-export duties "18.613", the local share of domestic
# revenue "17.363", spending "19.460", development investment "10.661", recurrent spending
# "8.736,6" (money, each its own subject: a breakdown by kind, scope null). NOT: the standings
# against the estimate ("đạt 87,9% so với dự toán", "ước tăng 14,7% so với dự toán", "85,8%",
# "79,4%", "71,7%", "70%", "83,9%") and against the same period ("bằng 83,2% so với cùng kỳ",
# "bằng 72,8%", "tăng 5,9%", "bằng 81,9%", "tăng 47,3%", "70,9%", "25,4%"), as the earlier sets'
# "bằng 113,5% so", "đạt 59,9% so với dự toán". Not quantities: "10 tháng" (durations).
# --------------------------------------------------------------------------
D01 = result_doc(name="01_bariavungtau-thu-chi-ngan-sach-10-thang-2023", year=2023, records=[
    R("ước tính «77.856 tỷ", "tổng thu ngân sách Nhà nước trên địa bàn tỉnh 10 tháng năm 2023", "=", 77856e9,
      **DONG),
    R("thu dầu thô «27.412 tỷ", "thu dầu thô", "=", 27412e9, **DONG),
    R("xuất nhập khẩu «18.613 tỷ", "thu thuế xuất nhập khẩu", "=", 18613e9, **DONG),
    R("10 tháng ước «17.363 tỷ", "Thu ngân sách địa phương được hưởng (phần thu nội địa) 10 tháng", "=", 17363e9,
      **DONG),
    R("10 tháng «19.460 tỷ", "Tổng chi ngân sách địa phương 10 tháng", "=", 19460e9, **DONG),
    R("phát triển «10.661 tỷ", "chi đầu tư phát triển", "=", 10661e9, **DONG),
    R("thường xuyên «8.736,6 tỷ", "chi thường xuyên", "=", 8736.6e9, **DONG),
], NOT=["đạt «87,9% so", "bằng «83,2% so", "tăng «14,7% so", "bằng «72,8% so", "đạt «85,8% so", "tăng «5,9% so",
        "đạt «79,4% so", "bằng «81,9% so", "đạt «71,7% so", "tăng «47,3% so", "đạt «70% so", "tăng «70,9% so",
        "đạt «83,9% so", "tăng «25,4% so"])

# --------------------------------------------------------------------------
# 02 Nghệ An, the provincial committee's monthly meeting on May 2023 (nghean24h.vn; the stamp
# " date 2023-05" written as the first line; cut: the photo captions "Quang cảnh phiên họp" (the
# rest of the stamp's line) and "Chủ tịch UBND tỉnh Nguyễn Đức Trung chủ trì phiên họp" with their
# blank lines; the excerpt ends in "đá phi"). Results of 2023, "ước đạt" `=`. Records (other, unit as
# written): rice yield "68,09 tạ/ha", the summer-autumn crop sown "2.335,1 ha", forest planted
# "1.950 ha", timber "146.652 m3", fishery output of May "26.795,2 tấn", of five months "109.632,6
# tấn", of which caught "80.135 tấn". NOT (changes against the same period or continuing such a
# comparison, as set201's 08): "tăng 2,6% so với cùng kỳ", "tăng 7,38%", "tăng 6,76% so", "tăng
# 2,96%", "tăng 3,39%", "tăng 2,36% so", the industrial production index's "ước tăng 5,19% so với
# cùng kỳ", "ước tăng 1,62%", the branches' "tăng 3,25%", "1,9%", "1,26%", "17,59%" and the
# products' "29,34%", "34,15%", "47,93%" (after "có mức tăng trưởng so với cùng kỳ như"). Not
# quantities: "tháng 5/2023", "quý II/2023", "10/5/2023" (dates), "5 tháng" (a duration).
# --------------------------------------------------------------------------
D02 = result_doc(name="02_nghean-nong-nghiep-cong-nghiep-thang-5-2023", year=2023, records=[
    R("ước đạt «68,09 tạ/ha", "Năng suất lúa", "=", 68.09, unit="other", unit_text="tạ/ha"),
    R("ước đạt «2.335,1 ha", "Diện tích gieo trồng vụ Hè Thu", "=", 2335.1, **HA),
    R("ước đạt «1.950 ha", "Diện tích rừng trồng tập trung tháng 5", "=", 1950, **HA),
    R("ước đạt «146.652 m3", "sản lượng gỗ khai thác", "=", 146652, unit="other", unit_text="m3"),
    R("ước đạt «26.795,2 tấn", "Tổng sản lượng thủy sản tháng 5", "=", 26795.2, **TAN),
    R("ước đạt «109.632,6 tấn", "Tổng sản lượng thủy sản lũy kế 5 tháng", "=", 109632.6, **TAN),
    R("ước «80.135 tấn", "sản lượng khai thác thủy sản", "=", 80135, **TAN),
], NOT=["tăng «2,6% so", "tăng «7,38%", "tăng «6,76% so", "tăng «2,96%", "tăng «3,39%", "tăng «2,36% so",
        "ước tăng «5,19% so", "ước tăng «1,62% so", "tăng «3,25%", "tăng «1,9%", "tăng «1,26%", "tăng «17,59%",
        "tăng «29,34%", "tăng «34,15%", "mắm «47,93%"])

# --------------------------------------------------------------------------
# 03 Nam Định, retail of the first half of 2023 (vietnam.vn/namdinh; cut: the byline "Lệ Minh";
# no stamp, no byline date). Results of 2023 ("6 tháng đầu năm 2023"). Records: the retail total
# "33.404 tỷ đồng", goods "29.787", accommodation and catering "1.937", travel "9 tỷ đồng" with
# "15 nghìn lượt khách" (count, 15000), other services "1.671" (money, each its own subject). NOT:
# "tăng gần 14 % so với cùng kỳ" (a change; the space before % as written). Not quantities: "gấp
# 1,5 lần so với 6 tháng đầu năm2019" (a change against an earlier value, spec), "giai đoạn
# 2019-2023", "năm2019" (dates), "Covid-19" (a name).
# --------------------------------------------------------------------------
D03 = result_doc(name="03_namdinh-ban-le-6-thang-2023", year=2023, records=[
    R("đạt «33.404 tỷ", "tổng mức bán lẻ hàng hóa và dịch vụ trên địa bàn tỉnh 6 tháng đầu năm 2023", "=",
      33404e9, **DONG),
    R("đạt «29.787 tỷ", "doanh thu bán lẻ hàng hóa", "=", 29787e9, **DONG),
    R("đạt «1.937 tỷ", "doanh thu dịch vụ lưu trú, ăn uống", "=", 1937e9, **DONG),
    R("đạt «9 tỷ", "doanh thu du lịch lữ hành", "=", 9e9, **DONG),
    R("với «15 nghìn lượt", "lượt khách du lịch lữ hành", "=", 15000, **CNT),
    R("đạt «1.671 tỷ", "doanh thu dịch vụ khác", "=", 1671e9, **DONG),
], NOT=["gần «14 % so"])

# --------------------------------------------------------------------------
# 04 Thừa Thiên Huế, the statistics table of retail and consumer services in October 2023
# (thuathienhue.gov.vn; nothing cut; no stamp, no byline; the excerpt is the table alone, its
# title only in the address; the province is named only in the address). Results of 2023. The
# table's columns: "Thực hiện tháng 9 năm 2023", "Ước tính tháng 10 năm 2023", "Lũy kế thực hiện 10
# tháng năm 2023" (three results per row, `=`: the estimate is a result, spec's "ước đạt"), then
# "Tháng 10/2023 so với cùng kỳ năm trước (%)" and "Lũy kế 10 tháng ... so với cùng kỳ năm trước
# (%)" (indices against the same period: changes against an earlier value, no record; written
# without "%", so not in NOT). Unit: "Đơn vị tính : Tỷ đồng" applies to every money cell: unit other,
# unit_text "đồng", the magnitude "Tỷ" multiplied in (a judgement: the header is the cells' unit
# as written, spec's money rule). Six rows (the total and five groups; each group its own subject,
# scope null: a breakdown by kind). Not quantities: "tháng 9 năm 2023", "10/2023" (dates), the
# index cells "113,0", "115,1", "113,7", "113,1", "139,1", "186,5", "106,2", "120,3", "177,9",
# "202,3", "110,4", "103,9".
# --------------------------------------------------------------------------
_ROWS = [  # row label, its three money cells with the locator piece before each
    ("Tổng số", [("Tổng số\n«4736,0", 4736.0), ("4736,0\n«4671,4", 4671.4), ("4671,4\n«45896,9", 45896.9)]),
    ("Doanh thu bán lẻ", [("bán lẻ\n«3451,7", 3451.7), ("3451,7\n«3415,7", 3415.7), ("3415,7\n«33871,4", 33871.4)]),
    ("Dịch vụ lưu trú", [("lưu trú\n«140,8", 140.8), ("140,8\n«130,7", 130.7), ("130,7\n«1346,3", 1346.3)]),
    ("Dịch vụ ăn uống", [("ăn uống\n«755,3", 755.3), ("755,3\n«726,9", 726.9), ("726,9\n«7305,4", 7305.4)]),
    ("Dịch vụ du lịch lữ hành và các dịch vụ hỗ trợ khác",
     [("hỗ trợ khác\n«32,3", 32.3), ("32,3\n«30,9", 30.9), ("30,9\n«238,0", 238.0)]),
    ("Dịch vụ khác", [("Dịch vụ khác\n«355,9", 355.9), ("355,9\n«367,2", 367.2), ("367,2\n«3135,8", 3135.8)]),
]
_COLS = ["thực hiện tháng 9 năm 2023", "ước tính tháng 10 năm 2023", "lũy kế thực hiện 10 tháng năm 2023"]
D04 = result_doc(name="04_thuathienhue-bang-doanh-thu-ban-le-thang-10-2023", year=2023, records=[
    R(loc, f"{label} {col}", "=", round(v * 1e9), **CELL)
    for label, cells in _ROWS for (loc, v), col in zip(cells, _COLS)
])

# --------------------------------------------------------------------------
# 05 Quảng Nam, prices, retail and transport in the first ten months of 2023 (baoquangnam.vn; the
# stamp " date 2023-11" written as the first line; cut: the photo caption "CPI tháng 10 tăng nhẹ so
# với tháng trước (ảnh minh họa). Ảnh: CHÂU NỮ" with its blank line; the excerpt ends in "t").
# Results of 2023. Records (money): October's retail "hơn 6.000 tỷ đồng" (>), ten months' "58,3
# nghìn tỷ đồng" (58.3e12, "nghìn tỷ" both words multiplying, as set249), goods "hơn 44,4 nghìn
# tỷ" (>), accommodation and catering "hơn 9.000 tỷ" (>), other services "gần 4.600 tỷ" (~),
# travel "264 tỷ", transport "gần 4.500 tỷ" (~), passengers "619 tỷ", goods transport "hơn 2.900
# tỷ" (>). NOT (changes): CPI's "tăng 0,28% so với tháng trước", "tăng 4,74% so với cùng kỳ",
# "tăng 4,13% so", and the rises of the amounts "giảm 2,3% so", "tăng 26% so", "tăng 12% so",
# "tăng 11%", "tăng 18%", "tăng 2%", "tăng 167%", "tăng 25% so", "tăng 27%". Not quantities:
# "tháng 10/2023", "năm 2022" (dates), "10 tháng" (durations).
# --------------------------------------------------------------------------
D05 = result_doc(name="05_quangnam-cpi-ban-le-van-tai-10-thang-2023", year=2023, records=[
    R("đạt hơn «6.000 tỷ", "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 10", ">", 6000e9, **DONG),
    R("đạt «58,3 nghìn tỷ", "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ 10 tháng của năm 2023", "=", 58.3e12,
      **DONG),
    R("đạt hơn «44,4 nghìn tỷ", "doanh thu bán lẻ hàng hóa", ">", 44.4e12, **DONG),
    R("đạt hơn «9.000 tỷ", "doanh thu dịch vụ lưu trú và ăn uống", ">", 9000e9, **DONG),
    R("đạt gần «4.600 tỷ", "doanh thu dịch vụ khác", "~", 4600e9, **DONG),
    R("đạt «264 tỷ", "doanh thu du lịch lữ hành", "=", 264e9, **DONG),
    R("đạt gần «4.500 tỷ", "Tổng doanh thu hoạt động vận tải, kho bãi và dịch vụ hỗ trợ vận tải 10 tháng", "~",
      4500e9, **DONG),
    R("đạt «619 tỷ", "doanh thu vận tải hành khách", "=", 619e9, **DONG),
    R("đạt hơn «2.900 tỷ", "doanh thu vận tải hàng hóa", ">", 2900e9, **DONG),
], NOT=["tăng «0,28% so", "tăng «4,74% so", "tăng «4,13% so", "giảm «2,3% so", "tăng «26% so", "tăng «12% so",
        "tăng «11%", "tăng «18%", "tăng «2%", "tăng «167%", "tăng «25% so", "tăng «27%"])

# --------------------------------------------------------------------------
# 06 Long An, Thạnh Hóa district's programme of action for 2024 (la34.com.vn; cut: the page's
# date line "Thứ Ba, 18/06/2024 08:32 (GMT +7)" and the byline "Thứ 7, 30/12/2023 | 11:09:26 [GMT
# +7] A  A" (with the font widget), written as the first line `date 2023-12-30`, and the photo
# caption repeating the title, each with its blank line; the excerpt ends in "khắc phục nh"). A
# plan: targets of 2024 ("Năm 2024, huyện đề ra ..."), bare numbers after "phấn đấu" `>=` (spec).
# Records: food "229.800 tấn", "có thêm 01 sản phẩm ... OCOP" (count), revenue "137,5 tỉ đồng",
# "xây dựng thêm 01 trường đạt chuẩn quốc gia" (count), "số tiêu chí nông thôn mới đạt bình
# quân/xã đạt 17,5 tiêu chí" (other "tiêu chí": an average per commune, not a count of things, as
# set201's "45,7 giường"), health insurance "đạt 94%", "giảm 15% tỉ lệ hộ nghèo" (a target stated
# as a change, `>=`, spec), its bracket "(21 hộ)" (a bracket that states a value: the households
# the 15% stands for, count `>=`), jobs "2.000 lao động" (count). Not quantities: "17 chỉ tiêu kinh
# tế - xã hội chủ yếu" (the make-up of a set of targets, set201), "29/12/2023", "năm 2024" (dates),
# "kế hoạch 05 năm 2021 - 2025" (a period).
# --------------------------------------------------------------------------
D06 = target_doc(name="06_longan-thanhhoa-chi-tieu-ktxh-2024", year=2024, records=[
    R("lương thực «229.800 tấn", "tổng sản lượng lương thực (lúa khô)", ">=", 229800, **TAN),
    R("có thêm «01 sản phẩm", "sản phẩm được công nhận sản phẩm OCOP", ">=", 1, **CNT),
    R("Nhà nước «137,5 tỉ", "thu ngân sách Nhà nước", ">=", 137.5e9, **DONG),
    R("xây dựng thêm «01 trường", "trường đạt chuẩn quốc gia", ">=", 1, **CNT),
    R("đạt «17,5 tiêu chí", "số tiêu chí nông thôn mới đạt bình quân/xã", ">=", 17.5, unit="other",
      unit_text="tiêu chí"),
    R("đạt «94%", "tỷ lệ người dân tham gia bảo hiểm y tế", ">=", 94),
    R("giảm «15% tỉ lệ", "giảm tỉ lệ hộ nghèo theo tiêu chí mới so với đầu năm 2024", ">=", 15),
    R("(«21 hộ)", "hộ nghèo giảm theo tiêu chí mới", ">=", 21, **CNT),
    R("cho «2.000 lao động", "giải quyết việc làm cho lao động", ">=", 2000, **CNT),
])

# --------------------------------------------------------------------------
# 07 Hà Nam among the provinces with double-digit growth in the first half of 2024 (soha.vn; the
# stamp " date 2024-07" written as the first line; nothing cut; the excerpt ends in "t"). A
# national page: every province's record carries `place`. Results of 2024 ("6 tháng đầu năm
# 2024"). Records: the country's "GDP 6 tháng đầu năm 2024 tăng 6,42%" (a growth rate stated as the
# indicator, no comparison named, set201/set226), the earlier "tốc độ tăng 6,58% của 6 tháng đầu
# năm 2022" (a result of its own year, set201), Bắc Giang's "đạt 14,14%", Khánh Hòa's "GRDP tăng
# 12,73%", Thanh Hóa's "ước đạt 11,5%" and its rank "cao thứ 3 cả nước" (rank `=`), "có 4 tỉnh,
# thành phố khác" (count) "vượt ngưỡng 10%" (`>`, as set148's "vượt ngưỡng 250.000 tỷ"), the
# subheading "Hà Nam: 10,39%" (a value in a heading gets a record, set201; the body's 10,35% is its
# change against 2023), Hà Nam's GRDP "26.891 tỷ đồng" and the sectors' amounts "17.443,9",
# "15.491,2", "5.693,6", "2.131,3", "1.622,2" tỷ đồng with their contributions to the growth "đóng
# góp 81%", "79,3%", "15,2%", "0,9%", "2,9%" (shares of the rise, values `=`, as set17's "đóng
# góp 6,67%"). NOT (changes against the same period): "tăng 10,35% so", "tăng 13,26% so", "tăng
# 14,82% so", "tăng 7,22% so", "tăng 1,06% so", "tăng 4,75% so". Not quantities: "3 địa phương kể
# trên" (a reference back to the three just named), "vị trí thứ hai" (a word), "giai đoạn
# 2020-2024", "kể từ năm 2021" (dates), "giá so sánh 2010" (the price base).
# --------------------------------------------------------------------------
D07 = result_doc(name="07_hanam-grdp-6-thang-2024", year=2024, records=[
    R("năm 2024 tăng «6,42%", "GDP 6 tháng đầu năm 2024 tăng", "=", 6.42),
    R("tốc độ tăng «6,58%", "tốc độ tăng GDP của 6 tháng đầu năm 2022", "=", 6.58, year=2022),
    R("năm 2024 đạt «14,14%", "tăng trưởng GRDP trong nửa đầu năm 2024", "=", 14.14, place="Bắc Giang"),
    R("GRDP tăng «12,73%", "GRDP tăng", "=", 12.73, place="Khánh Hòa"),
    R("ước đạt «11,5%", "tốc độ tăng trưởng GRDP", "=", 11.5, place="Thanh Hóa"),
    R("cao thứ «3 cả nước", "địa phương có tăng trưởng kinh tế cao thứ cả nước", "=", 3, **RANK,
      place="Thanh Hóa"),
    R("có «4 tỉnh", "tỉnh, thành phố khác ghi nhận tăng trưởng GRDP vượt ngưỡng", "=", 4, **CNT),
    R("vượt ngưỡng «10%", "tăng trưởng GRDP của 4 tỉnh, thành phố khác", ">", 10),
    R("Hà Nam: «10,39%", "tăng trưởng GRDP Hà Nam", "=", 10.39, place="Hà Nam"),
    R("ước đạt «26.891 tỷ", "Tổng sản phẩm trong tỉnh (GRDP) 6 tháng đầu năm 2024 (theo giá so sánh 2010)", "=",
      26891e9, **DONG, place="Hà Nam"),
    R("ước đạt «17.443,9 tỷ", "khu vực công nghiệp, xây dựng 6 tháng", "=", 17443.9e9, **DONG, place="Hà Nam"),
    R("đóng góp «81%", "khu vực công nghiệp, xây dựng đóng góp vào mức tăng chung", "=", 81, place="Hà Nam"),
    R("ước đạt «15.491,2 tỷ", "khu vực công nghiệp", "=", 15491.2e9, **DONG, place="Hà Nam"),
    R("đóng góp «79,3%", "khu vực công nghiệp đóng góp", "=", 79.3, place="Hà Nam"),
    R("ước đạt «5.693,6 tỷ", "Khu vực dịch vụ", "=", 5693.6e9, **DONG, place="Hà Nam"),
    R("đóng góp «15,2%", "Khu vực dịch vụ đóng góp", "=", 15.2, place="Hà Nam"),
    R("ước đạt «2.131,3 tỷ", "Khu vực nông, lâm nghiệp và thủy sản", "=", 2131.3e9, **DONG, place="Hà Nam"),
    R("đóng góp «0,9%", "Khu vực nông, lâm nghiệp và thủy sản đóng góp", "=", 0.9, place="Hà Nam"),
    R("ước đạt «1.622,2 tỷ", "Thuế sản phẩm trừ trợ cấp sản phẩm", "=", 1622.2e9, **DONG, place="Hà Nam"),
    R("đóng góp «2,9%", "Thuế sản phẩm trừ trợ cấp sản phẩm đóng góp vào mức tăng chung", "=", 2.9,
      place="Hà Nam"),
], NOT=["tăng «10,35% so", "tăng «13,26% so", "tăng «14,82% so", "tăng «7,22% so", "tăng «1,06% so",
        "tăng «4,75% so"])

# --------------------------------------------------------------------------
# 08 Gia Lai, Chư Pưh district's first half of 2024 (baogialai.com.vn; the stamp " date 2024-06"
# written as the first line; nothing cut; the district is named only in the address). Results of
# 2024 ("6 tháng đầu năm"; the stamp's year). Records: output "2.522,81 tỷ đồng", area sown
# "25.271,9 ha", "6 xã đạt 19/19 tiêu chí" (count), revenue "285,3 tỷ đồng", of which collected in
# the district "24,023 tỷ đồng" (24.023e9, decimal comma). NOT: "tăng 7,53% so với cùng kỳ", "tăng
# 3,87%" (changes), "đạt 74,6% kế hoạch", "đạt 60% kế hoạch tỉnh giao", "58%", "43%", "34%"
# (standings against the plan). Not quantities: "19/19 tiêu chí" (the full set of the standard's
# criteria, a name, set201's "19 tiêu chí"), "6 tháng" (durations).
# --------------------------------------------------------------------------
D08 = result_doc(name="08_gialai-chupuh-ngan-sach-6-thang-2024", year=2024, records=[
    R("đạt «2.522,81 tỷ", "giá trị sản xuất 6 tháng đầu năm", "=", 2522.81e9, **DONG),
    R("được «25.271,9 ha", "Tổng diện tích gieo trồng", "=", 25271.9, **HA),
    R("có «6 xã", "xã đạt 19/19 tiêu chí về xây dựng nông thôn mới", "=", 6, **CNT),
    R("được «285,3 tỷ", "Tổng thu ngân sách nhà nước", "=", 285.3e9, **DONG),
    R("được «24,023 tỷ", "thu trên địa bàn huyện", "=", 24.023e9, **DONG),
], NOT=["tăng «7,53% so", "đạt «74,6% kế", "tăng «3,87%", "đạt «60% kế", "đạt «58% kế", "đạt «43% kế",
        "đạt «34% kế"])

# --------------------------------------------------------------------------
# 09 Hồ Chí Minh City, public investment carried out in September and nine months of 2024
# (danviet.vn; the stamp " date 2024-10" written as the first line; nothing cut). Results of 2024,
# "ước thực hiện" `=`. Records: September's "4.875,5 tỷ đồng", split by level "vốn ngân sách cấp
# Thành phố quản lý ... 4.871 tỷ đồng" and "vốn ngân sách cấp huyện ... 4,5 tỷ đồng" (scopes "cấp
# Thành phố", "cấp huyện": one amount split by level in one sentence, spec); nine months' "30.190
# tỷ đồng", the bracket "(9 tháng năm 2023 thực hiện 30.138,1 tỷ đồng)" (a result of 2023, spec's
# bracket), and the split "30.149,2 tỷ đồng" (cấp Thành phố), "40,8 tỷ đồng" (cấp huyện). NOT: the
# changes "tăng 4,6% so với tháng trước", "giảm 6,1% so", "giảm 5,6% so", "bằng 12,6% so", "(...
# chỉ bằng 16,8% năm 2023)" (the district plan against 2023's), "tăng 0,2% so", "tăng 1,1% so",
# "bằng 13% so", and the standings "đạt 38% kế hoạch", "đạt 36,2% kế hoạch". Not quantities:
# "tháng 9 năm 2024" (a date), "9 tháng" (durations).
# --------------------------------------------------------------------------
D09 = result_doc(name="09_hochiminh-von-dau-tu-ngan-sach-9-thang-2024", year=2024, records=[
    R("đạt «4.875,5 tỷ", "vốn đầu tư thực hiện xây dựng cơ bản và sửa chữa lớn từ nguồn ngân sách Nhà nước do "
      "địa phương quản lý tháng 9 năm 2024", "=", 4875.5e9, **DONG),
    R("thực hiện «4.871 tỷ", "vốn ngân sách quản lý ước thực hiện", "=", 4871e9, **DONG, scope="cấp Thành phố"),
    R("thực hiện «4,5 tỷ", "vốn ngân sách ước thực hiện", "=", 4.5e9, **DONG, scope="cấp huyện"),
    R("thực hiện «30.190 tỷ", "đầu tư thực hiện xây dựng cơ bản và sửa chữa lớn từ nguồn ngân sách Nhà nước do "
      "địa phương quản lý 9 tháng năm 2024", "=", 30190e9, **DONG),
    R("thực hiện «30.138,1 tỷ", "đầu tư thực hiện 9 tháng năm 2023", "=", 30138.1e9, **DONG, year=2023),
    R("thực hiện «30.149,2 tỷ", "vốn ngân sách quản lý ước thực hiện", "=", 30149.2e9, **DONG,
      scope="cấp Thành phố"),
    R("thực hiện «40,8 tỷ", "vốn ngân sách ước thực hiện", "=", 40.8e9, **DONG, scope="cấp huyện"),
], NOT=["tăng «4,6% so", "giảm «6,1% so", "giảm «5,6% so", "bằng «12,6% so", "bằng «16,8% năm", "tăng «0,2% so",
        "tăng «1,1% so", "đạt «38% kế", "bằng «13% so", "đạt «36,2% kế"])

# --------------------------------------------------------------------------
# 10 Quảng Trị, retail in October 2024 (qrt.vn; the stamp " date 2024-11" written as the first
# line; cut: the byline "Trung Hiếu"; the province is named only in the address). Results of 2024,
# "ước đạt" `=`. Records: October's total "hơn 5,8 nghìn tỷ đồng" (>, 5.8e12), October's goods
# "4,1 nghìn tỷ", ten months' goods "42,3 nghìn tỷ". NOT (changes): "tăng 3,4% so với tháng
# trước", "tăng 5,8% so với cùng kỳ", "tăng 4,4% so", "tăng 4,9% so", "tăng 6,4% so", the groups'
# "tăng cao 14,6%", "tăng trên 15%", "giảm 6,7%", "giảm trên 1%". Not quantities: "09 trong 12
# nhóm hàng ghi nhận mức tăng trưởng khá", "có 03 nhóm hàng sụt giảm" (counts of groups that rose
# or fell: how many changed, as set201's counts of targets met; a judgement), "tháng 10", "tháng
# 11" (dates).
# --------------------------------------------------------------------------
D10 = result_doc(name="10_quangtri-ban-le-thang-10-2024", year=2024, records=[
    R("ước đạt hơn «5,8 nghìn tỷ", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 10", ">", 5.8e12,
      **DONG),
    R("ước đạt «4,1 nghìn tỷ", "Doanh thu bán lẻ hàng hóa tháng 10", "=", 4.1e12, **DONG),
    R("ước đạt «42,3 nghìn tỷ", "doanh thu bán lẻ hàng hóa 10 tháng năm 2024", "=", 42.3e12, **DONG),
], NOT=["tăng «3,4% so", "tăng «5,8% so", "tăng «4,4% so", "tăng «4,9% so", "tăng «6,4% so", "cao «14,6%",
        "tăng trên «15%", "giảm «6,7%", "giảm trên «1%"])

# --------------------------------------------------------------------------
# 11 The Government's Resolution 25/NQ-CP on the 2025 growth targets of sectors and provinces
# (tracuuquyhoach.com; nothing cut; no stamp, no byline; the excerpt ends in "Hà Nộ"). Targets of
# 2025 ("năm 2025"). Records: the country's "năm 2025 đạt 8% trở lên" (twice: the lead and the
# third paragraph; `>=`), "nhiều địa phương được đặt mục tiêu tăng trưởng GRDP từ 10% trở lên"
# (`>=`), the eighteen provinces' GRDP growth targets "Quảng Ninh: 12%" ... "Bà Rịa - Vũng Tàu:
# 10%" (bare numbers in a list of targets, `>=`; each with `place`; scope null: provinces are
# places, not levels), and "Tất cả các địa phương còn lại ... trên 8%" (`>`). Pillar null. Not
# quantities: "25/NQ-CP" (a document number), "hai con số" (words), "giai đoạn 2026 - 2030" (a
# period), the regions' names.
# --------------------------------------------------------------------------
_NQ25 = [("Quảng Ninh", "12%", 12), ("Hải Dương", "10,2%", 10.2), ("Hải Phòng", "12,5%", 12.5),
         ("Hà Nam", "10,5%", 10.5), ("Nam Định", "10,5%", 10.5), ("Ninh Bình", "12%", 12),
         ("Bắc Giang", "13,6%", 13.6), ("Điện Biên", "10,5%", 10.5), ("Thanh Hóa", "11%", 11),
         ("Nghệ An", "10,5%", 10.5), ("Đà Nẵng", "10%", 10), ("Quảng Nam", "10%", 10),
         ("Khánh Hòa", "10%", 10), ("Ninh Thuận", "13%", 13), ("Kon Tum", "10%", 10),
         ("Bình Dương", "10%", 10), ("Đồng Nai", "10%", 10), ("Bà Rịa - Vũng Tàu", "10%", 10)]
D11 = target_doc(name="11_nq25-muc-tieu-tang-truong-grdp-dia-phuong-2025", year=2025, records=[
    R("năm 2025 đạt «8% trở lên.\n", "mục tiêu tăng trưởng cả nước năm 2025", ">=", 8),
    R("năm 2025 đạt «8% trở lên, tạo", "mục tiêu tăng trưởng cả nước năm 2025", ">=", 8),
    R("GRDP từ «10% trở lên", "nhiều địa phương được đặt mục tiêu tăng trưởng GRDP", ">=", 10),
] + [
    R(f"{prov}: «{txt}", "mục tiêu tăng trưởng GRDP", ">=", v, place=prov, start_at=prov)
    for prov, txt, v in _NQ25
] + [
    R("tăng trưởng trên «8%", "các địa phương còn lại được giao chỉ tiêu tăng trưởng", ">", 8),
])

# --------------------------------------------------------------------------
# 12 A provincial statistics office's new schedule for publishing its monthly, quarterly and yearly
# figures from August 2024 (baomoi.net.vn; cut: the two photo captions "Cục Thống kê thông tin sẽ
# có một vài thay đổi về lịch phổ biến một số thông tin thống kê" with their blank lines; no stamp,
# no byline; the province is not named; the excerpt ends in "công b"). A precision text on the
# theme, no record: dates ("19/7", "1/8/2024", "01/7/2016", "07/11/2022", "ngày 2 của tháng kế
# tiếp", "tháng 6 hằng năm", "quý IV", "quý I"), document numbers ("62/2024/NĐ-CP",
# "94/2016/NĐ-CP", "94/2022/NĐ-CP").
# --------------------------------------------------------------------------
D12 = result_doc(name="12_cuc-thong-ke-lich-pho-bien-2024-precision", year=2024, records=[])

# --------------------------------------------------------------------------
# 13 Khánh Hòa, Decision 480/QĐ-UBND of 22 February 2024 on the rules for sharing statistical
# information between the statistics office, departments and districts (hethongphapluat.com; cut:
# the site's name "Hệ thống pháp luật" with the blank line after it; the excerpt ends in "tổ chức
# đ"). A precision text, no record: "480/QĐ-UBND", "1960/QĐ-UBND", "2992/QĐ-UBND", "61/TTr-CTK"
# (document numbers), dates ("ngày 22 tháng 02 năm 2024", "19 tháng 6 năm 2015", "22 tháng 11 năm
# 2019", "23 tháng 11 năm 2015", "12 tháng 11 năm 2021", "17 tháng 8 năm 2023", "04 tháng 12 năm
# 2023", "29 tháng 01 năm 2024"), "Điều 1" (a label).
# --------------------------------------------------------------------------
D13 = result_doc(name="13_khanhhoa-qd480-chia-se-thong-tin-thong-ke-2024-precision", year=2024, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
