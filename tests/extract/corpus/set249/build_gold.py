#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set249).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of percentages deliberately left without a record
(changes against an earlier value, completion against a plan, a class boundary); check_gold.py
verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set193, the id is given in the record itself (`iid=`).

The theme of this set is investment, enterprises and public investment: plans for enterprises
(01-03), investment and enterprise results (04, 06, 09, 10), PCI ranks and points (05), industry and
trade against the plan (07, 08), public-investment disbursement (11, 13) and two precision texts
(12, 14). No heading or lead-in in the fourteen texts names a pillar: pillar null throughout.

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
LAN = dict(unit="other", unit_text="lần")
PTS = dict(unit="other", unit_text="điểm")
PTS0 = dict(unit="other", unit_text=None)
SME_DX = "econ.sme_digital_platforms_share"
PCI_RANK = "rank.pci"
PCI_SCORE = "rank.pci_score"

plan = functools.partial(dict, kind="target")  # a document whose records are targets by default
report = functools.partial(dict, kind="result")  # a document whose records are results by default

# --------------------------------------------------------------------------
# 01 Hà Tĩnh, the provincial party committee's Resolution 08-NQ/TU of 22/11/2021 on developing
# enterprises to 2025 (doanhnghiephoinhap.vn; cut: the byline "PV" and the link label "Tin liên
# quan", each with the blank line before it; no stamp, no byline date). Targets, year 2025 (the
# resolution's "đến năm 2025"; the yearly targets "giai đoạn 2021 - 2025, mỗi năm ..." take the
# phase's end, as the earlier sets' yearly targets of a plan take its last year). The headline
# "có trên 15.000 doanh nghiệp" stands three times (the title, and twice as a photo caption) and once
# in the body: a record at each place (set184's and set243's rule for a value restated in a title or
# caption); "mỗi năm thành lập mới trên 1.000 doanh nghiệp" twice (the lead and the body). "trên"
# is `>`, "khoảng" `~`, "khoảng 60% - 65%", "khoảng 65% -70%", "từ 60% - 65%" are ranges
# (`between`: the range decides, as set201's "chiếm khoảng 25% - 30%"), "100% doanh nghiệp đủ
# điều kiện" bare, `>=`. Not quantities: "08-NQ/TU", "22/11/2021" (a document and its date),
# "2021 - 2025", "năm 2025" (dates). Ids: the SMEs taking part in digital transformation and
# trading on e-commerce platforms: econ.sme_digital_platforms_share (a judgement); others null.
# --------------------------------------------------------------------------
D01 = plan(name="01_hatinh-nq08-phat-trien-doanh-nghiep-2025", year=2025, records=[
    R("có trên «15.000 doanh nghiệp\n\nDNHN", "Hà Tĩnh có doanh nghiệp", ">", 15000, **CNT),
    R("mỗi năm thành lập mới trên «1.000 doanh nghiệp hoạt động hiệu quả.", "mỗi năm thành lập mới doanh nghiệp "
      "hoạt động hiệu quả", ">", 1000, **CNT),
    R("có trên «15.000 doanh nghiệp\nHà", "Hà Tĩnh có doanh nghiệp", ">", 15000, **CNT),
    R("có trên «15.000 doanh nghiệp.\n", "Hà Tĩnh có doanh nghiệp", ">", 15000, **CNT),
    R("mỗi năm thành lập mới trên «1.000 doanh nghiệp hoạt động hiệu quả;", "mỗi năm thành lập mới doanh nghiệp "
      "hoạt động hiệu quả", ">", 1000, **CNT),
    R("việc làm mới trên «20.000 lao động", "hằng năm, giải quyết việc làm mới lao động", ">", 20000, **CNT),
    R("đào tạo khoảng «1.000 lượt người", "hằng năm, hỗ trợ đào tạo lượt người về quản trị doanh nghiệp và khởi sự "
      "doanh nghiệp", "~", 1000, **CNT),
    R("toàn tỉnh có trên «15.000 doanh nghiệp", "toàn tỉnh có doanh nghiệp", ">", 15000, **CNT),
    R("đóng góp khoảng «60% - 65% GRDP", "khu vực doanh nghiệp đóng góp GRDP của tỉnh", "between", 60, value_max=65),
    R("chiếm khoảng «65% -70%", "đóng góp vào ngân sách của khu vực doanh nghiệp chiếm tổng thu ngân sách nội địa trên "
      "địa bàn tỉnh", "between", 65, value_max=70),
    R("chiếm từ «60% - 65%", "tổng vốn đầu tư từ khu vực doanh nghiệp chiếm tổng vốn đầu tư trên địa bàn tỉnh",
      "between", 60, value_max=65),
    R("phấn đấu trên «80% doanh nghiệp", "doanh nghiệp nhỏ và vừa tham gia chuyển đổi số và ứng dụng công nghệ số trong "
      "điều hành, quản lý, sản xuất và kinh doanh trên sàn thương mại điện tử", ">", 80, iid=SME_DX),
    R("phấn đấu «100% doanh nghiệp", "doanh nghiệp đủ điều kiện thành lập tổ chức đảng, đoàn thể", ">=", 100),
])

# --------------------------------------------------------------------------
# 02 Thanh Hóa, the province's scheme for developing enterprises 2021-2025 (truyenhinhthanhhoa.vn;
# cut: the station's name "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THANH HÓA", "Thanh Hoa Radio and
# Television" and the hotline "Đường dây nóng: 0237 3721150" at the head, and the byline date
# "11/09/2021 08:51" with the line of one space after it (written as the first line
# `date 2021-09-11`)). Targets, year 2025 (the phase "2021 - 2025" and "Phấn đấu đến năm 2025").
# "15.000 doanh nghiệp thành lập mới" three times (the title, the lead, the list): a record at each
# place. The breakdown "khu vực đồng bằng, thành lập mới 9.830 doanh nghiệp, chiếm 65,5%; khu vực
# ven biển ...; khu vực miền núi ...": a split of one target by the province's three zones, scope
# "khu vực đồng bằng", "khu vực ven biển", "khu vực miền núi" on both the count and its share (a
# judgement: zones of a province read as population groups such as thành thị / nông thôn, as the
# earlier sets' scopes "đô thị", "trung tâm"). Bare numbers `>=`, "khoảng 500.000" `~`, "khoảng 65 -
# 70%" `between`. "mật độ doanh nghiệp ... đạt 7,9 doanh nghiệp/1.000 dân": unit other, unit_text as
# written. Not quantities: "6 trụ cột tăng trưởng" (the parts of a plan), "2021 – 2025" (dates).
# Ids null (the catalogue's per-1,000 density counts digital-technology enterprises only).
# --------------------------------------------------------------------------
D02 = plan(name="02_thanhhoa-de-an-phat-trien-doanh-nghiep-2021-2025", year=2025, records=[
    R("thành lập mới «15.000 doanh nghiệp\n", "Thanh Hoá thành lập mới doanh nghiệp giai đoạn 2021 – 2025", ">=",
      15000, **CNT),
    R("phấn đấu có «15.000 doanh nghiệp", "Thanh Hoá có doanh nghiệp thành lập mới giai đoạn 2021 – 2025", ">=", 15000,
      **CNT),
    R("2025, có «15.000 doanh nghiệp", "doanh nghiệp thành lập mới giai đoạn 2021 - 2025", ">=", 15000, **CNT),
    R("thành lập mới «9.830 doanh nghiệp", "doanh nghiệp thành lập mới", ">=", 9830, **CNT,
      scope="khu vực đồng bằng"),
    R("chiếm «65,5%", "doanh nghiệp thành lập mới chiếm", ">=", 65.5, scope="khu vực đồng bằng"),
    R("thành lập mới «3.420 doanh nghiệp", "doanh nghiệp thành lập mới", ">=", 3420, **CNT, scope="khu vực ven biển"),
    R("chiếm «22,8%", "doanh nghiệp thành lập mới chiếm", ">=", 22.8, scope="khu vực ven biển"),
    R("thành lập mới «1.750 doanh nghiệp", "doanh nghiệp thành lập mới", ">=", 1750, **CNT, scope="khu vực miền núi"),
    R("chiếm «11,7%", "doanh nghiệp thành lập mới chiếm", ">=", 11.7, scope="khu vực miền núi"),
    R("đạt «7,9 doanh nghiệp", "mật độ doanh nghiệp hoạt động bình quân", ">=", 7.9, unit="other",
      unit_text="doanh nghiệp/1.000 dân"),
    R("khoảng «65 - 70% GRDP", "khu vực doanh nghiệp đóng góp GRDP của tỉnh", "between", 65, value_max=70),
    R("khoảng «500.000 lao động", "lao động làm việc trong khu vực doanh nghiệp", "~", 500000, **CNT),
    R("chiếm «65% tổng thu", "đóng góp vào ngân sách của khu vực doanh nghiệp chiếm tổng thu nội địa trên địa bàn "
      "tỉnh", ">=", 65),
])

# --------------------------------------------------------------------------
# 03 Thừa Thiên Huế, Decision 2818/QĐ-UBND approving the scheme for developing enterprises to 2025
# (etime.danviet.vn; the stamp " date 2021-11" written as the first line; cut: the photo caption
# "UBND tỉnh Thừa Thiên Huế và Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel) vừa ký kết hợp
# tác.Ảnh: N.M." with the blank line after it; the excerpt ends in "kinh tế - xã hội"). Targets, year
# 2025 ("đến năm 2025"; the rates "bình quân thời kỳ 2021 - 2025" and "tăng 12% giai đoạn
# 2021-2025" take the phase's end). The lead and the body both state "ít nhất 8.500 doanh nghiệp
# đang hoạt động, đạt 70 doanh nghiệp/vạn dân, tăng 1,5 lần so với năm 2020": records at both
# places. "tăng 1,5 lần / 1,7 lần / 1,4 lần so với năm 2020" are targets stated as a change (spec):
# `>=`, unit other "lần", as the earlier sets' "gấp ... lần" targets. "ít nhất" `>=`, "khoảng" `~`,
# "5-10%/năm", "1,5-3%/năm", "từ 45-50%", "từ 50-55%" `between`; "tăng 12% giai đoạn 2021-2025"
# bare, `>=`. Money: "1.500 triệu USD" (1.5e9, USD), "22.000 tỷ đồng", "5.500 tỷ đồng" (đồng). Not
# quantities: "9/11" (a date), "2818/QĐ-UBND" (a document), "năm 2020" (the base year of the
# changes), "bốn nhóm giải pháp" (a word, and the parts of a plan). Ids null.
# --------------------------------------------------------------------------
D03 = plan(name="03_thuathienhue-de-an-phat-trien-doanh-nghiep-2025", year=2025, records=[
    R("năm 2025 sẽ có ít nhất «8.500", "Thừa Thiên Huế có doanh nghiệp đang hoạt động", ">=", 8500, **CNT),
    R("hoạt động, đạt «70 doanh nghiệp/vạn dân, tăng 1,5 lần so với năm 2020.\n\nNgày", "số doanh nghiệp trên vạn dân",
      ">=", 70, unit="other", unit_text="doanh nghiệp/vạn dân"),
    R("tăng «1,5 lần so với năm 2020.\n\nNgày", "số doanh nghiệp đang hoạt động tăng so với năm 2020", ">=", 1.5,
      **LAN),
    R("Huế sẽ có ít nhất «8.500", "Thừa Thiên Huế có doanh nghiệp đang hoạt động", ">=", 8500, **CNT),
    R("hoạt động, đạt «70 doanh nghiệp/vạn dân, tăng 1,5 lần so với năm 2020. Tốc", "số doanh nghiệp trên vạn dân",
      ">=", 70, unit="other", unit_text="doanh nghiệp/vạn dân"),
    R("tăng «1,5 lần so với năm 2020. Tốc", "số doanh nghiệp đang hoạt động tăng so với năm 2020", ">=", 1.5, **LAN),
    R("tăng «5-10%/năm", "Tốc độ phát triển doanh nghiệp thành lập mới bình quân thời kỳ 2021 - 2025", "between", 5,
      value_max=10),
    R("đạt khoảng «92.000 người", "Lao động trong doanh nghiệp", "~", 92000, **CNT),
    R("đạt «1,5-3%/năm", "tốc độ tăng lao động trong doanh nghiệp bình quân thời kỳ 2021 - 2025", "between", 1.5,
      value_max=3),
    R("đạt khoảng «1.500 triệu USD", "giá trị xuất khẩu của các doanh nghiệp trên địa bàn", "~", 1.5e9, **USD),
    R("tăng «1,7 lần", "giá trị xuất khẩu của các doanh nghiệp tăng so với năm 2020", ">=", 1.7, **LAN),
    R("tăng «12% giai đoạn", "giá trị xuất khẩu của các doanh nghiệp tăng giai đoạn 2021-2025", ">=", 12),
    R("đạt khoảng «22.000 tỷ đồng", "Tổng vốn đầu tư từ khu vực doanh nghiệp", "~", 22000e9, **DONG),
    R("tăng «1,5 lần so với năm 2020, chiếm", "Tổng vốn đầu tư từ khu vực doanh nghiệp tăng so với năm 2020", ">=",
      1.5, **LAN),
    R("chiếm từ «45-50%", "Tổng vốn đầu tư từ khu vực doanh nghiệp chiếm tổng vốn đầu tư trên địa bàn tỉnh",
      "between", 45, value_max=50),
    R("đóng góp khoảng «5.500 tỷ đồng", "Khu vực doanh nghiệp đóng góp ngân sách", "~", 5500e9, **DONG),
    R("tăng «1,4 lần", "Khu vực doanh nghiệp đóng góp ngân sách tăng so với năm 2020", ">=", 1.4, **LAN),
    R("chiếm từ «50-55%", "Khu vực doanh nghiệp đóng góp chiếm tổng thu ngân sách của tỉnh", "between", 50,
      value_max=55),
])

# --------------------------------------------------------------------------
# 04 Bắc Giang, investment attracted and enterprises founded in the first eight months of 2022
# (dantri.com.vn; the stamp " date 2022-08" written as the first line; nothing cut; the excerpt
# ends in "với t"). Results of 2022, `=` unless a word says otherwise ("hơn" `>`, "gần" `~`).
# Records: August's "tổng vốn đầu tư quy đổi đạt 49 triệu USD", its "3 dự án ... 702 tỷ đồng",
# "2,81 triệu USD", "6 dự án FDI ... tăng 15,69 triệu USD" (the capital added, a value, not a
# change against an earlier value); the eight months' "hơn 1 tỷ USD", "22 dự án ... 5.551 tỷ
# đồng, 18 dự án FDI ... 269,63 triệu USD", "7 dự án ... 80,4 tỷ đồng và 29 dự án FDI ... 527,77
# triệu USD"; "991 doanh nghiệp thành lập mới ... gần 23.000 tỷ đồng", "95 chi nhánh, văn phòng
# đại diện, 661 địa điểm kinh doanh", "45 cụm công nghiệp". The photo caption "Bắc Giang quy hoạch
# 29 khu công nghiệp rộng 7.000ha đến năm 2030": the master plan's targets for 2030 (kind target,
# `>=`, the area unit other "ha"; kept, as a caption with figures). NOT (changes against the same
# period): "bằng 67,75% so với cùng kỳ", "tăng 14,3% so với cùng kỳ", "tăng 30,4%", "vốn đăng ký
# bằng 41,9% so với cùng kỳ". Not quantities: "gấp 1,2 lần", "gấp 3,7 lần", "gấp 3,3 lần so với cùng
# kỳ", "tăng một dự án", "tăng 1 dự án" (changes), "hai dự án" (a word), "tháng 8", "8 tháng",
# "năm 2021", "năm 2030" (dates). Ids null.
# --------------------------------------------------------------------------
D04 = report(name="04_bacgiang-thu-hut-dau-tu-8-thang-2022", year=2022, records=[
    R("quy đổi đạt «49 triệu USD", "tổng vốn đầu tư quy đổi tháng 8", "=", 49e6, **USD),
    R("«3 dự án đầu tư trong nước", "dự án đầu tư trong nước được cấp mới", "=", 3, **CNT),
    R("đạt «702 tỷ đồng", "số vốn đăng ký dự án đầu tư trong nước được cấp mới", "=", 702e9, **DONG),
    R("vốn đăng ký «2,81 triệu USD", "vốn đăng ký dự án FDI", "=", 2.81e6, **USD),
    R("«6 dự án FDI", "dự án FDI được điều chỉnh tăng vốn", "=", 6, **CNT),
    R("tăng «15,69 triệu USD", "số vốn điều chỉnh tăng", "=", 15.69e6, **USD),
    R("đạt hơn «1 tỷ USD", "tổng vốn đầu tư toàn tỉnh thu hút được", ">", 1e9, **USD),
    R("«22 dự án trong nước", "dự án trong nước được cấp mới", "=", 22, **CNT),
    R("là «5.551 tỷ đồng", "vốn đăng ký dự án trong nước được cấp mới", "=", 5551e9, **DONG),
    R("«18 dự án FDI", "dự án FDI được cấp mới", "=", 18, **CNT),
    R("«269,63 triệu USD", "vốn đăng ký dự án FDI được cấp mới", "=", 269.63e6, **USD),
    R("«7 dự án đầu tư trong nước", "dự án đầu tư trong nước được điều chỉnh", "=", 7, **CNT),
    R("«80,4 tỷ đồng", "số vốn đăng ký dự án đầu tư trong nước được điều chỉnh", "=", 80.4e9, **DONG),
    R("«29 dự án FDI", "dự án FDI được điều chỉnh", "=", 29, **CNT),
    R("«527,77 triệu USD", "vốn đăng ký tăng thêm dự án FDI được điều chỉnh", "=", 527.77e6, **USD),
    R("quy hoạch «29 khu công nghiệp", "Bắc Giang quy hoạch khu công nghiệp đến năm 2030", ">=", 29, **CNT, **T,
      year=2030),
    R("rộng «7.000ha", "Bắc Giang quy hoạch khu công nghiệp rộng đến năm 2030", ">=", 7000, unit="other", unit_text="ha",
      **T, year=2030),
    R("có «991 doanh nghiệp", "doanh nghiệp thành lập mới", "=", 991, **CNT),
    R("gần «23.000 tỷ đồng", "vốn đăng ký doanh nghiệp thành lập mới", "~", 23000e9, **DONG),
    R("có «95 chi nhánh", "chi nhánh, văn phòng đại diện được đăng ký", "=", 95, **CNT),
    R("«661 địa điểm kinh doanh", "địa điểm kinh doanh được đăng ký", "=", 661, **CNT),
    R("«45 cụm công nghiệp", "cụm công nghiệp đã thành lập", "=", 45, **CNT),
], NOT=["bằng «67,75% so", "tăng «14,3% so", "tăng «30,4%", "bằng «41,9% so"])

# --------------------------------------------------------------------------
# 05 The six provinces rising most in PCI 2022: Bắc Giang, Khánh Hòa, Hậu Giang (cafef.vn; nothing
# cut; no stamp, no byline; the address's "230415" is not in the text; the run of blank lines where
# a picture stood kept; the excerpt ends in "phát triển, "). Results of 2022 (the index's year); the
# bracket "(năm 2014 cũng đứng thứ 16/63 nhưng chỉ đạt 59,78 điểm)" two results of 2014 (spec: a
# bracket stating a value). Ranks `=` with the province in `place` (the page has no province of its
# own: every record names its province, including Quảng Ninh's and Hải Phòng's points in
# brackets); "Khánh Hòa xếp thứ 2 sau Đà Nẵng" among "các tỉnh thuộc khu vực Nam Trung bộ và Tây
# Nguyên": rank, the region in the indicator (spec). Points: "72,80" after "tổng điểm là" has no
# unit word at the number (unit_text null, set193's rule), "(72,95 điểm)", "67,74 điểm", "68,12
# điểm", "59,78 điểm" carry "điểm". "có 6 địa phương chứng kiến sự thăng hạng mạnh": a count, `=`
# (as set193's "19 tỉnh"). Component ranks "Chỉ số tính cạnh tranh bình đẳng xếp thứ 2", "Tính năng
# động tiên phong xếp thứ 3": ranks, ids null. Not quantities: "tăng 29 bậc", "8,06 điểm so với năm
# 2021", "tăng 28 bậc", "tăng 26 bậc" (changes), "/63" (the denominators), "hai chỉ số", "thứ hai"
# (words), "năm 2012", "10 năm qua" (dates, a duration). Ids: rank.pci on the overall ranks,
# rank.pci_score on the overall points.
# --------------------------------------------------------------------------
D05 = report(name="05_bacgiang-khanhhoa-haugiang-pci-tang-bac-2022", year=2022, records=[
    R("có «6 địa phương", "địa phương thăng hạng mạnh trong Chỉ số Năng lực Cạnh tranh cấp tỉnh (PCI)", "=", 6,
      **CNT),
    R("đứng thứ «2 bảng", "Bắc Giang đứng thứ bảng xếp hạng PCI", "=", 2, **RANK, place="Bắc Giang", iid=PCI_RANK),
    R("tổng điểm là «72,80", "Bắc Giang có tổng điểm PCI", "=", 72.80, **PTS0, place="Bắc Giang", iid=PCI_SCORE),
    R("xếp thứ «2/63 tỉnh", "Bắc Giang xếp thứ tỉnh PCI", "=", 2, **RANK, place="Bắc Giang", iid=PCI_RANK),
    R("Quảng Ninh («72,95 điểm", "điểm PCI Quảng Ninh", "=", 72.95, **PTS, place="Quảng Ninh", iid=PCI_SCORE),
    R("Hải Phòng («70,76 điểm", "điểm PCI TP Hải Phòng", "=", 70.76, **PTS, place="Hải Phòng", iid=PCI_SCORE),
    R("bình đẳng xếp thứ «2", "Chỉ số tính cạnh tranh bình đẳng xếp thứ", "=", 2, **RANK, place="Bắc Giang"),
    R("tiên phong xếp thứ «3", "Tính năng động tiên phong xếp thứ", "=", 3, **RANK, place="Bắc Giang"),
    R("đứng thứ «16)", "Khánh Hòa đứng thứ PCI", "=", 16, **RANK, place="Khánh Hòa", iid=PCI_RANK),
    R("đạt «67,74 điểm", "Khánh Hòa đạt điểm PCI", "=", 67.74, **PTS, place="Khánh Hòa", iid=PCI_SCORE),
    R("xếp thứ «16/63 tỉnh, thành", "Khánh Hòa xếp thứ tỉnh, thành trong cả nước PCI", "=", 16, **RANK,
      place="Khánh Hòa", iid=PCI_RANK),
    R("Khánh Hòa xếp thứ «2 sau", "Khánh Hòa xếp thứ so với các tỉnh thuộc khu vực Nam Trung bộ và Tây Nguyên", "=",
      2, **RANK, place="Khánh Hòa"),
    R("đứng thứ «16/63 nhưng", "Khánh Hòa đứng thứ PCI năm 2014", "=", 16, **RANK, year=2014, place="Khánh Hòa",
      iid=PCI_RANK),
    R("chỉ đạt «59,78 điểm", "Khánh Hòa đạt điểm PCI năm 2014", "=", 59.78, **PTS, year=2014, place="Khánh Hòa",
      iid=PCI_SCORE),
    R("đứng thứ «12)", "Hậu Giang đứng thứ PCI", "=", 12, **RANK, place="Hậu Giang", iid=PCI_RANK),
    R("Với «68,12 điểm", "điểm PCI Hậu Giang", "=", 68.12, **PTS, place="Hậu Giang", iid=PCI_SCORE),
    R("lên hạng thứ «12", "PCI Hậu Giang lên hạng thứ trong bảng xếp hạng", "=", 12, **RANK, place="Hậu Giang",
      iid=PCI_RANK),
])

# --------------------------------------------------------------------------
# 06 Vĩnh Phúc, the industrial zones' FDI and domestic projects in the first eleven months of 2022
# (cafef.vn; nothing cut; no stamp, no byline; the province is named only in the address). Results
# of 2022, `=`. Records: "23 dự án FDI mới và 31 lượt dự án tăng vốn với tổng vốn ... 298,08 triệu
# USD (cấp mới: 175,04 triệu USD; tăng vốn: 123,04 triệu USD)", "15 dự án DDI ... 4.544,7 tỷ đồng",
# "446 dự án, bao gồm 97 dự án DDI ... 26.558,18 tỷ đồng; 349 dự án FDI ... 5.685,09 triệu USD"
# (the projects in force on 15/11/2022). NOT: "bằng 32% so với cùng kỳ năm 2021", "bằng 77% so với
# cùng kỳ năm 2021" (against the same period), "đạt 99% kế hoạch năm 2022", "đạt 454% so với kế
# hoạch năm 2022" (completion against the plan, the earlier sets' majority). Not quantities: "11
# tháng" (a duration), "15/11/2022" (a date). Ids null.
# --------------------------------------------------------------------------
D06 = report(name="06_vinhphuc-kcn-fdi-ddi-11-thang-2022", year=2022, records=[
    R("«23 dự án FDI", "dự án FDI mới các KCN thu hút được", "=", 23, **CNT),
    R("«31 lượt dự án", "lượt dự án tăng vốn", "=", 31, **CNT),
    R("tăng thêm «298,08 triệu USD", "tổng vốn đầu tư cấp mới và tăng thêm", "=", 298.08e6, **USD),
    R("cấp mới: «175,04 triệu USD", "vốn đầu tư cấp mới", "=", 175.04e6, **USD),
    R("tăng vốn: «123,04 triệu USD", "vốn đầu tư tăng vốn", "=", 123.04e6, **USD),
    R("«15 dự án DDI", "dự án DDI thu hút", "=", 15, **CNT),
    R("là «4.544,7 tỷ đồng", "tổng vốn đầu tư đăng ký dự án DDI", "=", 4544.7e9, **DONG),
    R("là «446 dự án", "số dự án còn hiệu lực đầu tư trong các KCN", "=", 446, **CNT),
    R("«97 dự án DDI", "dự án DDI còn hiệu lực", "=", 97, **CNT),
    R("«26.558,18 tỷ đồng", "tổng vốn đầu tư dự án DDI", "=", 26558.18e9, **DONG),
    R("«349 dự án FDI", "dự án FDI còn hiệu lực", "=", 349, **CNT),
    R("«5.685,09 triệu USD", "tổng vốn đầu tư dự án FDI", "=", 5685.09e6, **USD),
], NOT=["bằng «32% so", "đạt «99% kế hoạch", "bằng «77% so", "đạt «454% so"])

# --------------------------------------------------------------------------
# 07 Gia Lai, industry and trade in the first half of 2023 (baogialai.com.vn; the stamp " date
# 2023-07" written as the first line, the rest of that line, "Tin liên quan Tổng giá trị sản xuất
# công nghiệp 6 tháng đầu năm ước đạt 14.103 tỷ đồng" (a related-news link with a figure, part of
# the line) on the second; nothing cut; the province is named only in the address; the excerpt ends
# in "các qu"). Results of 2023, "ước đạt" `=` (spec). Records: the linked headline's and the
# body's "14.103 tỷ đồng" (a record at each place), "46.828 tỷ đồng", "420 triệu USD", "59 triệu
# USD". NOT: the changes "ước tăng 11,3% so với cùng kỳ", "tăng 14,9%", "tăng 28,32%", "giảm 32%",
# "tăng hơn 10% so tháng cùng kỳ 2022" and the completion against the plan "đạt 44,6% kế hoạch",
# "đạt 43,36% kế hoạch", "đạt 61,67% kế hoạch", "đạt 53,6% kế hoạch". Not quantities: "6 tháng" (a
# duration), "giá so sánh 2010" (the price base), "tháng 2-2023" (a date), "Covid-19" (a name).
# Ids null.
# --------------------------------------------------------------------------
D07 = report(name="07_gialai-cong-nghiep-xuat-khau-6-thang-2023", year=2023, records=[
    R("ước đạt «14.103 tỷ đồng\n", "Tổng giá trị sản xuất công nghiệp 6 tháng đầu năm", "=", 14103e9, **DONG),
    R("ước đạt «14.103 tỷ đồng (", "Tổng giá trị sản xuất công nghiệp (giá so sánh 2010)", "=", 14103e9, **DONG),
    R("ước đạt «46.828 tỷ đồng", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", "=", 46828e9, **DONG),
    R("ước đạt «420 triệu USD", "Kim ngạch xuất khẩu", "=", 420e6, **USD),
    R("ước đạt «59 triệu USD", "Kim ngạch nhập khẩu", "=", 59e6, **USD),
], NOT=["tăng «11,3% so", "đạt «44,6% kế hoạch", "tăng «14,9% so", "đạt «43,36% kế hoạch", "tăng «28,32% so",
        "đạt «61,67% kế hoạch", "đạt «53,6% kế hoạch", "giảm «32% so", "tăng hơn «10% so"])

# --------------------------------------------------------------------------
# 08 Thái Nguyên, the Department of Industry and Trade's report on the first half of 2020
# (congthuongthainguyen.gov.vn; nothing cut; no stamp, no byline; the province is named only in the
# address). Results of 2020 ("6 tháng đầu năm 2020"), "ước đạt" `=`: "298.984 tỷ đồng", "18.271,6
# tỷ đồng", "11,3 tỷ USD". NOT: the changes "giảm 12,8% so với cùng kỳ", "tăng 1,2%", "giảm 18,7%"
# and the completion "bằng 37,2% KH năm", "bằng 43,7% KH năm", "bằng 38,3% KH năm" (against the
# year's plan). Not quantities: "tháng 5/2020" (a date), "6 tháng" (a duration). Ids null.
# --------------------------------------------------------------------------
D08 = report(name="08_thainguyen-cong-thuong-6-thang-2020", year=2020, records=[
    R("ước đạt «298.984 tỷ đồng", "giá trị sản xuất công nghiệp 6 tháng đầu năm 2020", "=", 298984e9, **DONG),
    R("ước đạt «18.271,6 tỷ đồng", "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "=", 18271.6e9,
      **DONG),
    R("ước đạt «11,3 tỷ USD", "giá trị xuất khẩu", "=", 11.3e9, **USD),
], NOT=["giảm «12,8% so", "bằng «37,2% KH", "tăng «1,2%", "bằng «43,7% KH", "giảm «18,7%", "bằng «38,3% KH"])

# --------------------------------------------------------------------------
# 09 Quảng Nam, enterprises registered and investment licensed in the first five months of 2023
# (baoquangnam.vn; the stamp " date 2023-06" written as the first line; nothing cut). Results of
# 2023. Records: "513 doanh nghiệp đăng ký thành lập mới", "gần 3.136 tỷ đồng" (`~`), "Vốn đăng ký
# bình quân một doanh nghiệp thành lập mới đạt hơn 6 tỷ đồng" (`>`), "250 doanh nghiệp quay trở lại
# hoạt động", "62 doanh nghiệp giải thể", "674 doanh nghiệp đăng ký tạm ngừng hoạt động", "6 dự án
# đầu tư trong nước ... 1.382 tỷ đồng", "hơn 900 dự án trong nước còn hiệu lực ... gần 240 nghìn tỷ
# đồng" (`>`, `~`; "nghìn tỷ" both words multiplying, 240e12), "194 dự án ... hơn 6 tỷ USD". NOT
# (changes against the same period): "giảm 8,2%", "giảm 8%", "giảm 39,17%", "giảm 32,6%", "tăng
# 8,7%". Not quantities: "tương ứng giảm 161 doanh nghiệp", "giảm 30 doanh nghiệp", "tăng 54 doanh
# nghiệp" (changes), "năm 2022" (a date), "Năm tháng" (a word). Ids null.
# --------------------------------------------------------------------------
D09 = report(name="09_quangnam-dang-ky-doanh-nghiep-5-thang-2023", year=2023, records=[
    R("có «513 doanh nghiệp", "doanh nghiệp đăng ký thành lập mới", "=", 513, **CNT),
    R("đạt gần «3.136 tỷ đồng", "số vốn đăng ký", "~", 3136e9, **DONG),
    R("đạt hơn «6 tỷ đồng", "Vốn đăng ký bình quân một doanh nghiệp thành lập mới", ">", 6e9, **DONG),
    R("có «250 doanh nghiệp", "doanh nghiệp quay trở lại hoạt động", "=", 250, **CNT),
    R("có «62 doanh nghiệp", "doanh nghiệp giải thể", "=", 62, **CNT),
    R("có «674 doanh nghiệp", "doanh nghiệp đăng ký tạm ngừng hoạt động", "=", 674, **CNT),
    R("cho «6 dự án", "dự án đầu tư trong nước được cấp phép", "=", 6, **CNT),
    R("đăng ký «1.382 tỷ đồng", "tổng vốn đăng ký dự án đầu tư trong nước được cấp phép", "=", 1382e9, **DONG),
    R("có hơn «900 dự án", "dự án trong nước còn hiệu lực", ">", 900, **CNT),
    R("gần «240 nghìn tỷ đồng", "tổng vốn đầu tư dự án trong nước còn hiệu lực", "~", 240e12, **DONG),
    R("là «194 dự án", "Tổng số dự án FDI còn hiệu lực trên địa bàn tỉnh", "=", 194, **CNT),
    R("hơn «6 tỷ USD", "tổng vốn đầu tư dự án FDI còn hiệu lực", ">", 6e9, **USD),
], NOT=["giảm «8,2% so", "giảm «8% so", "giảm «39,17% so", "giảm «32,6% so", "tăng «8,7% so"])

# --------------------------------------------------------------------------
# 10 Lâm Đồng, enterprises founded in November and the first eleven months of 2021
# (baolamdong.vn; the stamp " date 2021-12" written as the first line; cut: the byline "THANH HỒNG"
# with the blank line before it). Results of 2021, `=`: November's "109 doanh nghiệp ... 2.638 tỷ
# đồng", "20 doanh nghiệp đăng ký tạm ngừng hoạt động; 13 doanh nghiệp giải thể; 27 doanh nghiệp
# hoạt động trở lại"; the eleven months' "1.105 doanh nghiệp ... 14.513 tỷ đồng", "308 doanh
# nghiệp hoạt động trở lại", "145 doanh nghiệp giải thể". NOT (changes against the same period):
# "giảm 12,1%", "tăng 238,7%", "giảm 8,6%", "tăng 34,9%", "tăng 32,8%", "tăng 229,5%". Not
# quantities: "tháng 11/2021", "11 tháng năm 2021", "năm 2020" (dates). Ids null.
# --------------------------------------------------------------------------
D10 = report(name="10_lamdong-doanh-nghiep-thanh-lap-11-thang-2021", year=2021, records=[
    R("có thêm «109 doanh nghiệp", "doanh nghiệp thành lập mới và đi vào hoạt động trong tháng 11/2021", "=", 109,
      **CNT),
    R("đăng ký «2.638 tỷ đồng", "số vốn đăng ký doanh nghiệp thành lập mới trong tháng 11/2021", "=", 2638e9,
      **DONG),
    R("có «20 doanh nghiệp", "doanh nghiệp đăng ký tạm ngừng hoạt động", "=", 20, **CNT),
    R("«13 doanh nghiệp giải thể", "doanh nghiệp giải thể", "=", 13, **CNT),
    R("«27 doanh nghiệp hoạt động", "doanh nghiệp hoạt động trở lại", "=", 27, **CNT),
    R("có «1.105 doanh nghiệp", "doanh nghiệp thành lập mới lũy kế 11 tháng năm 2021", "=", 1105, **CNT),
    R("đăng ký «14.513 tỷ đồng", "tổng số vốn đăng ký lũy kế 11 tháng năm 2021", "=", 14513e9, **DONG),
    R("có «308 doanh nghiệp", "doanh nghiệp hoạt động trở lại", "=", 308, **CNT),
    R("có «145 doanh nghiệp", "doanh nghiệp giải thể", "=", 145, **CNT),
], NOT=["giảm «12,1% về", "tăng «238,7% về", "giảm «8,6% về", "tăng «34,9% về", "tăng «32,8% so", "tăng «229,5% so"])

# --------------------------------------------------------------------------
# 11 Hà Tĩnh, public-investment disbursement to the end of February 2026 against the country's
# (baohatinh.vn; the stamp " date 2026-03-05" written as the first line; nothing cut; the excerpt
# ends in "như: vư"). Results of 2026. The disbursement rates are shares of the allotted capital
# ("đạt 5,6% kế hoạch Thủ tướng Chính phủ giao": the capital plan names the denominator, as the
# earlier sets' "giải ngân ... đạt 93,21% so với kinh phí được cấp", "45% dự toán được phân bổ"; not
# a completion of a target): the country's "55.739,8 tỉ đồng" and "5,6%" (place "cả nước": the
# page's province is Hà Tĩnh), Hà Tĩnh's "đạt hơn 10%" (`>`). Counts `=`: "6 bộ, cơ quan và 14 địa
# phương" at or above the national average, "29 bộ, cơ quan trung ương và 20 địa phương" below it,
# "25 bộ, cơ quan" among them (each its own subject). NOT: "dưới 1%" (the bound of a class, as the
# earlier sets' "từ 50% trở lên" defining a group). Not quantities: "28/2/2026", "tháng 2/2026",
# "năm 2025", "năm 2026", "2026-2030" (dates), "cao về số tuyệt đối là 10.928,6 tỉ đồng" (a change
# against the same period, not a value; no percentage, so no NOT entry). Ids null.
# --------------------------------------------------------------------------
D11 = report(name="11_hatinh-giai-ngan-dau-tu-cong-thang-2-2026", year=2026, records=[
    R("là «55.739,8 tỉ đồng", "tổng giá trị giải ngân vốn đầu tư công toàn quốc", "=", 55739.8e9, **DONG,
      place="cả nước"),
    R("đạt «5,6% kế hoạch", "tỷ lệ giải ngân vốn đầu tư công toàn quốc so với kế hoạch Thủ tướng Chính phủ giao", "=",
      5.6, place="cả nước"),
    R("đạt hơn «10%", "Tổng giá trị giải ngân kế hoạch vốn đầu tư công năm 2026 trên địa bàn Hà Tĩnh", ">", 10),
    R("có «6 bộ", "bộ, cơ quan có tỉ lệ giải ngân đạt từ mức bình quân chung cả nước", "=", 6, **CNT),
    R("và «14 địa phương", "địa phương có tỉ lệ giải ngân đạt từ mức bình quân chung cả nước", "=", 14, **CNT),
    R("Còn «29 bộ", "bộ, cơ quan trung ương có tỉ lệ giải ngân đạt dưới bình quân chung cả nước", "=", 29, **CNT),
    R("và «20 địa phương", "địa phương có tỉ lệ giải ngân đạt dưới bình quân chung cả nước", "=", 20, **CNT),
    R("có «25 bộ", "bộ, cơ quan có tỉ lệ giải ngân dưới mức và chưa giải ngân", "=", 25, **CNT),
], NOT=["dưới «1% và"])

# --------------------------------------------------------------------------
# 12 Điện Biên, the province's programme 3301/CTr-UBND of 7/7/2025 for improving the PCI in 2025
# (diendandoanhnghiep.vn; nothing cut; no stamp, no byline; the excerpt ends in "hỗ tr"). A
# precision text, no record: the excerpt gives the programme's purposes, not its figures; every
# number is a document, a date or a period: "3301/CTr-UBND", "7/7/2025", "63/CĐ-TTg", "12/5/2025",
# "12-NQ/TU", "29/7/2021", "2021-2025", "năm 2030". Year 2025 (the programme's).
# --------------------------------------------------------------------------
D12 = plan(name="12_dienbien-chuong-trinh-pci-2025-precision", year=2025, records=[])

# --------------------------------------------------------------------------
# 13 A province's public-investment disbursement to the end of October 2024 (tracuuquyhoach.com, a
# copy of a provincial report; the province is not named; nothing cut; no stamp, no byline).
# Results of 2024: "đã giải ngân đạt gần 3.950 tỷ đồng" (`~`), "bằng 54,3% kế hoạch vốn Thủ tướng
# Chính phủ giao và 48,7% kế hoạch tỉnh giao" (two disbursement rates, each against its own capital
# plan, the denominator of the share, as in 11; `=`). Not quantities: "năm 2024", "tháng 10/2024"
# (dates). Ids null.
# --------------------------------------------------------------------------
D13 = report(name="13_tinh-giai-ngan-dau-tu-cong-10-thang-2024", year=2024, records=[
    R("đạt gần «3.950 tỷ đồng", "tổng số vốn đầu tư công đã giải ngân", "~", 3950e9, **DONG),
    R("bằng «54,3% kế hoạch", "vốn đầu tư công đã giải ngân bằng kế hoạch vốn Thủ tướng Chính phủ giao", "=", 54.3),
    R("và «48,7% kế hoạch", "vốn đầu tư công đã giải ngân bằng kế hoạch tỉnh giao", "=", 48.7),
])

# --------------------------------------------------------------------------
# 14 Bà Rịa - Vũng Tàu, the meeting preparing the 2022 investment-promotion conference
# (baobariavungtau.com.vn; cut: the photo caption "Ông Lê Ngọc Khánh, Phó Chủ tịch UBND tỉnh chủ
# trì cuộc họp. |" and the byline "Tin, ảnh: TRÀ NGÂN"; no stamp; the province is named by its
# abbreviation "BR-VT" in the conference's motto). A precision text: many dates and names, two
# targets of 2022: "Năm 2022, tỉnh dự kiến sẽ tổ chức 6 hoạt động xúc tiến đầu tư trong và ngoài
# nước với tổng kinh phí hơn 6 tỷ đồng" (a planned count of activities, bare `>=`, as the earlier
# sets' "tổ chức 40 hội nghị"; the budget `>`, money). Not quantities: "10/5", "tháng 6/2022",
# "năm 2022", "2021-2025" (dates), "COVID-19" (a name). Ids null.
# --------------------------------------------------------------------------
D14 = plan(name="14_bariavungtau-xuc-tien-dau-tu-2022-precision", year=2022, records=[
    R("tổ chức «6 hoạt động", "hoạt động xúc tiến đầu tư trong và ngoài nước tỉnh tổ chức", ">=", 6, **CNT),
    R("kinh phí hơn «6 tỷ đồng", "tổng kinh phí hoạt động xúc tiến đầu tư", ">", 6e9, **DONG),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
