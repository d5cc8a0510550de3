#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set289).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of percentages deliberately left without a record
(completion against a plan or quota, and a land fund's name); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null. muctieu/catalog/data/indicators.yaml names no indicator of housing
(no social housing, floor area, workers' housing or housing credit), so every id of this set is
null (see README, "Catalogue labels").

The set's theme is social housing and housing programmes in the provinces, 2021-2026. No text stands
under a heading that names a pillar: pillar null throughout.

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

# The units of this theme, as written at their numbers.
SAN = dict(unit="other", unit_text="m2 sàn/người")
HA = dict(unit="other", unit_text="ha")
M2 = dict(unit="other", unit_text="m2")
DONG = dict(unit="other", unit_text="đồng")
# A target count (a planned number of apartments, projects), the commonest record of the set.
TC = functools.partial(R, unit="count", kind="target")

# --------------------------------------------------------------------------
# 01 Thanh Hóa, the province's housing development programme to 2030 (baothanhhoa.vn; cut: one
# line of encoded characters after the lead, with no word in it, the page's script data; no byline,
# no stamp). Document year 2021 (the resolution "113/NQ-HĐND ... ban hành ngày 17-7-2021"). Targets
# of the average floor area per head: "giai đoạn 2021-2025 ... đạt khoảng 28,6 m2 sàn/người" (~,
# year 2025, the period's end) "(cả nước dự kiến đạt 28 m2 sàn/người)" (the country's figure for the
# same period, a target: "dự kiến" as the earlier sets' forecasts; "đạt" in a target: >=; place
# "cả nước"), "giai đoạn 2026-2030 ... đạt khoảng 33,0 m2 sàn/người" (~, 2030) and "(cả nước dự
# kiến đạt 30 m2 sàn/người)" (>=, 2030, "cả nước"). Unit other, unit_text "m2 sàn/người" as
# written. Not quantities: "đến năm 2030" (title, body), "2021-2025", "2026-2030" (periods),
# "113/NQ-HĐND" (a document), "17-7-2021" (a date).
# --------------------------------------------------------------------------
D01 = dict(name="01_thanhhoa-chuong-trinh-phat-trien-nha-o-2021", kind="target", year=2021, records=[
    R("khoảng «28,6 m2", "diện tích nhà ở bình quân toàn tỉnh", "~", 28.6, **SAN, year=2025),
    R("dự kiến đạt «28 m2", "diện tích nhà ở bình quân cả nước", ">=", 28, **SAN, year=2025, place="cả nước"),
    R("khoảng «33,0 m2", "diện tích nhà ở bình quân toàn tỉnh", "~", 33, **SAN, year=2030),
    R("dự kiến đạt «30 m2", "diện tích nhà ở bình quân cả nước", ">=", 30, **SAN, year=2030, place="cả nước"),
])

# --------------------------------------------------------------------------
# 02 Hải Phòng, speeding up the city's social housing projects (beta.vneconomy.vn, a tag page's
# item; cut: the blank line that opened the excerpt; no byline, no stamp; the excerpt ends in "xây
# dựng..."). No document year: the only year is the period "2022-2025" of one target. Targets: "mục
# tiêu xây dựng 1 triệu căn nhà ở xã hội của cả nước" (the country's target, written as a quantity
# here, not as the name of the scheme: >=, place "cả nước", year null), "Hải Phòng đặt mục tiêu xây
# dựng khoảng 33.500 căn" (~, year null: the text gives none for it), "trong giai đoạn từ năm
# 2022-2025, thành phố phấn đấu xây dựng 15.400 căn" (>=, 2025). Result: "Hiện đã có 06 dự án đang
# đầu tư xây dựng" (=, year null).
# --------------------------------------------------------------------------
D02 = dict(name="02_haiphong-muc-tieu-nha-o-xa-hoi-2022-2025", kind="target", year=None, records=[
    TC("dựng «1 triệu căn", "căn nhà ở xã hội xây dựng của cả nước", ">=", 1e6, place="cả nước"),
    TC("khoảng «33.500 căn", "Hải Phòng đặt mục tiêu xây dựng căn nhà ở xã hội", "~", 33500),
    TC("dựng «15.400 căn", "thành phố phấn đấu xây dựng căn nhà ở xã hội", ">=", 15400, year=2025),
    R("có «06 dự án", "dự án nhà ở xã hội đang đầu tư xây dựng", "=", 6, **CNT, kind="result"),
])

# --------------------------------------------------------------------------
# 03 Hải Phòng, the city's social housing projects by stage (tinnhanhnhadat.vn, a tag page's item;
# nothing cut: the title stands twice, as the page has it; no byline, no stamp; no year: null).
# Results (counts, =): "tổng cộng 16 dự án nhà ở xã hội", then "2 dự án đã hoàn thành và đưa vào sử
# dụng, 2 dự án đang được xây dựng, 11 dự án đang trong giai đoạn giải phóng mặt bằng ..., 1 dự án
# đang lựa chọn nhà đầu tư" (four records, each its own subject, scope null: a breakdown by stage is
# a breakdown by kind of thing, spec).
# --------------------------------------------------------------------------
D03 = dict(name="03_haiphong-du-an-nha-o-xa-hoi-tien-do", kind="result", year=None, records=[
    R("cộng «16 dự án", "dự án nhà ở xã hội (NƠXH) của Hải Phòng", "=", 16, **CNT),
    R("đó, «2 dự án", "dự án nhà ở xã hội đã hoàn thành và đưa vào sử dụng", "=", 2, **CNT),
    R("sử dụng, «2 dự án", "dự án nhà ở xã hội đang được xây dựng", "=", 2, **CNT),
    R("dựng, «11 dự án", "dự án nhà ở xã hội đang trong giai đoạn giải phóng mặt bằng và xây dựng hạ tầng", "=", 11,
      **CNT),
    R("tầng, «1 dự án", "dự án nhà ở xã hội đang lựa chọn nhà đầu tư", "=", 1, **CNT),
])

# --------------------------------------------------------------------------
# 04 Bình Dương, land planned for social housing to 2030 (btv.org.vn; nothing cut; no byline, no
# stamp). Targets: "năm 2024 cả nước nỗ lực phấn đấu hoàn thành khoảng 130 ngàn căn nhà ở xã hội"
# (the country's target quoted by the ministry: ~, 130000, "ngàn" multiplied in, year 2024, place
# "cả nước") and "Bình Dương dự kiến từ nay đến năm 2030, Tỉnh sẽ quy hoạch khoảng 600ha đất để phát
# triển nhà ở xã hội" (~, other "ha", 2030).
# --------------------------------------------------------------------------
D04 = dict(name="04_binhduong-quy-dat-nha-o-xa-hoi-2024-2030", kind="target", year=2024, records=[
    TC("khoảng «130 ngàn", "căn nhà ở xã hội cả nước hoàn thành", "~", 130000, place="cả nước"),
    R("khoảng «600ha", "đất quy hoạch để phát triển nhà ở xã hội", "~", 600, **HA, year=2030),
])

# --------------------------------------------------------------------------
# 05 Đồng Nai, too few social housing projects for its workers (dnvn247.com.vn; cut: the source
# credit "Nguồn" and "laodong.vn" at the end; no byline, no stamp; no year: null). Results: "tỉnh
# công nghiệp có hơn 600.000 công nhân" (>; the workers are the housing demand this theme measures,
# recorded as set254 recorded urban population, not read as the size of a subject) and "đến nay,
# Đồng Nai mới có khoảng 3.500 căn nhà ở xã hội, nhà ở công nhân" (~).
# --------------------------------------------------------------------------
D05 = dict(name="05_dongnai-nha-o-cong-nhan-khan-hiem", kind="result", year=None, records=[
    R("hơn «600.000 công nhân", "công nhân tỉnh công nghiệp có", ">", 600000, **CNT),
    R("khoảng «3.500 căn", "căn nhà ở xã hội, nhà ở công nhân Đồng Nai có", "~", 3500, **CNT),
])

# --------------------------------------------------------------------------
# 06 Bắc Ninh, 77 social housing projects under way, September 2025 (tienphong.vn; the stamp
# " date 2025-09-27" written as the first line; cut: the photo caption "Một dự án nhà ở xã hội ở
# tỉnh Bắc Ninh. Ảnh: Nguyễn Thắng" with the blank line after it; the excerpt ends in "đồng thời t").
# Year 2025. The lead and the fifth paragraph state the same figures: every statement is a record
# (title and body, as the earlier sets). Results: "77 dự án nhà ở xã hội" (title, lead, body; =),
# "tổng diện tích khoảng 280 ha" (twice; ~, other "ha"), "Từ đầu năm 2025 đến nay, tỉnh Bắc Ninh đã
# hoàn thành thêm 12.649 căn hộ" (=: the units finished this year, not a change against an earlier
# value). Targets: "dự kiến khi hoàn thành sẽ cung ứng khoảng 114.400 căn hộ" (twice; "dự kiến" a
# planned figure, as the earlier sets: target, ~, the document's year 2025, the text giving no other
# for it), "tỉnh Bắc Ninh được giao chỉ tiêu xây dựng 147.100 căn hộ" (the quota under the scheme
# "giai đoạn 2021-2030": >=, 2030), "chiếm trên 14% tổng chỉ tiêu cả nước" (the quota's share of the
# country's: a target of the same year, >; a judgement). NOT: "đạt khoảng 80% kế hoạch năm 2025"
# (completion against a plan). Not quantities: "ít nhất 1 triệu căn hộ" (inside the scheme's name
# "đề án đầu tư xây dựng ít nhất 1 triệu căn hộ ... giai đoạn 2021-2030"), "hàng trăm nghìn" (no
# digit), the dates and periods.
# --------------------------------------------------------------------------
D06 = dict(name="06_bacninh-trien-khai-du-an-nha-o-xa-hoi-2025", kind="result", year=2025, records=[
    R("triển khai «77 dự án", "Bắc Ninh triển khai dự án nhà ở xã hội", "=", 77, **CNT),
    R("TPO - Tỉnh Bắc Ninh có «77 dự án", "dự án nhà ở xã hội đang triển khai", "=", 77, **CNT),
    R("TPO - Tỉnh Bắc Ninh có 77 dự án nhà ở xã hội đang triển khai với tổng diện tích khoảng «280 ha",
      "tổng diện tích dự án nhà ở xã hội đang triển khai", "~", 280, **HA),
    TC("sẽ cung ứng khoảng «114.400 căn hộ.\n\nTheo", "căn hộ dự án cung ứng khi hoàn thành", "~", 114400),
    TC("chỉ tiêu xây dựng «147.100 căn hộ", "tỉnh Bắc Ninh được giao chỉ tiêu xây dựng căn hộ nhà ở xã hội", ">=",
       147100, year=2030),
    R("chiếm trên «14% tổng", "chỉ tiêu căn hộ của Bắc Ninh chiếm tổng chỉ tiêu cả nước", ">", 14, kind="target",
      year=2030),
    R("địa bàn tỉnh Bắc Ninh có «77 dự án", "dự án nhà ở xã hội đang triển khai", "=", 77, **CNT),
    R("địa bàn tỉnh Bắc Ninh có 77 dự án nhà ở xã hội đang triển khai với tổng diện tích khoảng «280 ha",
      "tổng diện tích dự án nhà ở xã hội đang triển khai", "~", 280, **HA),
    TC("sẽ cung ứng khoảng «114.400 căn hộ.\n\nTừ", "căn hộ dự án cung ứng khi hoàn thành", "~", 114400),
    R("thêm «12.649 căn hộ", "căn hộ tỉnh Bắc Ninh đã hoàn thành thêm từ đầu năm 2025", "=", 12649, **CNT),
], NOT=["khoảng «80% kế hoạch"])

# --------------------------------------------------------------------------
# 07 Cần Thơ, 77% of the social housing plan done, aiming at 16.900 units by 2030
# (doanhnghiepcuocsong.vn, a section page's item; cut: the section label "Xã hội" with the blank line
# after it, and the relative time "2 ngày trước" with the blank line after it; no byline, no stamp).
# One target: the title's "hướng tới mục tiêu 16.900 căn vào năm 2030" (>=, 2030). NOT: "hoàn thành
# 77% kế hoạch" (title and body: completion against the plan, the earlier sets' majority), "quỹ đất
# 20% dành để xây nhà ở xã hội trong khu nhà ở thương mại" (the name of the land fund the law sets
# aside, "quỹ đất 20%", not a value reached or planned; a judgement).
# --------------------------------------------------------------------------
D07 = dict(name="07_cantho-ke-hoach-nha-o-xa-hoi-2030", kind="target", year=2030, records=[
    TC("tiêu «16.900 căn", "Cần Thơ hướng tới mục tiêu căn nhà ở xã hội", ">=", 16900),
], NOT=["thành «77% kế hoạch nhà", "thành «77% kế hoạch xây", "đất «20% dành"])

# --------------------------------------------------------------------------
# 08 Cần Thơ, the Department of Construction pressing six developers (doanhnhanvatieudung.com, a
# section page's item; nothing cut; no byline, no stamp). A precision text, no record: "6 chủ đầu
# tư" (title and body: the addressees of a letter, as the spec's participants of an event), "năm
# 2025", "giai đoạn 2026 - 2030" (dates; the quota "chỉ tiêu Thủ tướng Chính phủ giao" is named, its
# number not given). Document year 2025 (used by no record).
# --------------------------------------------------------------------------
D08 = dict(name="08_cantho-thuc-tien-do-chu-dau-tu-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 09 Thanh Hóa, an infographic on the province's social housing projects (vietnammoi.vn; nothing
# cut; no byline, no stamp; the address's "2023" is not in the text: year null). Results: "13 dự án
# nhà ở xã hội hơn 24 ha đã lựa chọn chủ đầu tư" (=, count; >, other "ha"). Target: "khi hoàn thành
# dự kiến sẽ cung cấp 12.248 căn hộ ra thị trường" ("dự kiến": a planned figure, bare: >=).
# --------------------------------------------------------------------------
D09 = dict(name="09_thanhhoa-tien-do-du-an-nha-o-xa-hoi", kind="result", year=None, records=[
    R("có «13 dự án", "dự án nhà ở xã hội đã lựa chọn chủ đầu tư", "=", 13, **CNT),
    R("hơn «24 ha", "ha dự án nhà ở xã hội đã lựa chọn chủ đầu tư", ">", 24, **HA),
    TC("cấp «12.248 căn", "căn hộ dự án cung cấp ra thị trường khi hoàn thành", ">=", 12248),
])

# --------------------------------------------------------------------------
# 10 Khánh Hòa, work starting on a social housing project at Thành Hải, August 2025 (danviet.vn; the
# stamp " date 2025-08-20" written as the first line; cut: the photo caption "Lễ khởi công dự án nhà
# ở xã hội tại khu tái định cư Thành Hải. Ảnh: HQC Group" with the blank line after it; the excerpt
# ends in "Nam Nha Trang) "). Document year 2025. The project's figures are planned ones, targets (as
# set125's project "sẽ đầu tư lắp đặt khoảng 1.100 camera", "Tổng mức đầu tư ... khoảng 170 tỷ
# đồng"), of the year the text gives for its completion, "quý 2/2027" (2027; a judgement): the
# title's "quy mô hơn 1.300 căn" (>), "diện tích hơn 19.150 m2" (>, other "m2"), "cung cấp tổng cộng
# 1.352 căn hộ" (bare: >=), "tổng mức đầu tư hơn 1.136 tỷ đồng" (>, other "đồng"). Result: "Khánh
# Hòa cũng khởi công 3 dự án bất động sản trọng điểm khác" (=, 2025). Not quantities: "80 năm Quốc
# Khánh" (an anniversary's name), "4 block chung cư cao 15 tầng" and "căn hộ có diện tích từ 30 đến
# 70 m2" (the make-up of the project's buildings and the size of one apartment, not a value the
# project reaches in total; a judgement), "quý 2/2027" (a date).
# --------------------------------------------------------------------------
D10 = dict(name="10_khanhhoa-khoi-cong-nha-o-xa-hoi-2025", kind="target", year=2027, records=[
    TC("hơn «1.300 căn", "quy mô dự án nhà ở xã hội Khánh Hòa khởi công", ">", 1300),
    R("hơn «19.150 m2", "diện tích dự án nhà ở xã hội tại khu tái định cư Thành Hải", ">", 19150, **M2),
    TC("cộng «1.352 căn", "căn hộ dự án nhà ở xã hội cung cấp", ">=", 1352),
    R("hơn «1.136 tỷ", "tổng mức đầu tư dự án nhà ở xã hội", ">", 1136e9, **DONG),
    R("công «3 dự án", "dự án bất động sản trọng điểm khác Khánh Hòa khởi công", "=", 3, **CNT, kind="result",
      year=2025),
])

# --------------------------------------------------------------------------
# 11 Tây Ninh, workers' dormitories, June 2022 (baotayninh.vn; cut: the section label and date line
# "Xã hội 08-06-2022" with the blank line after it, written as the first line `date 2022-06-08`, and
# the byline "Vũ Nguyệt" at the end). Year 2022. Results (counts, =): "toàn tỉnh hiện có 12 doanh
# nghiệp tại 3 khu công nghiệp (KCN) ... xây dựng KTX với quy mô 2.825 phòng" (three records: the
# firms, the parks they stand in, as set193's teams "tại 7 thôn", and the rooms). Not a quantity:
# "Linh Trung 3" (a name).
# --------------------------------------------------------------------------
D11 = dict(name="11_tayninh-ky-tuc-xa-cong-nhan-2022", kind="result", year=2022, records=[
    R("có «12 doanh", "doanh nghiệp xây dựng ký túc xá công nhân", "=", 12, **CNT),
    R("tại «3 khu", "khu công nghiệp có doanh nghiệp xây dựng ký túc xá", "=", 3, **CNT),
    R("mô «2.825 phòng", "phòng ký túc xá công nhân", "=", 2825, **CNT),
])

# --------------------------------------------------------------------------
# 12 Hồ Chí Minh City, workers' housing, September 2022 (cafef.vn, a topic page's item; cut: the
# byline "02/09/2022 10:01", written as the first line `date 2022-09-02`). Year 2022. Results: "TP.HCM
# có 285.000 công nhân tại 17 khu công nghiệp, khu chế xuất" (two counts, as 05's workers and 11's
# parks), "chỉ có 15% được thuê chỗ ở tại các nhà lưu trú công nhân" (=, %), "Giai đoạn 2016-2020,
# TP.HCM xây dựng được 15.000 căn nhà ở xã hội" (=, year 2020, the period's end). NOT: "đạt 75% kế
# hoạch" (completion against a plan).
# --------------------------------------------------------------------------
D12 = dict(name="12_hochiminh-nha-o-cong-nhan-2022", kind="result", year=2022, records=[
    R("có «285.000 công", "công nhân tại khu công nghiệp, khu chế xuất TP.HCM", "=", 285000, **CNT),
    R("tại «17 khu", "khu công nghiệp, khu chế xuất TP.HCM", "=", 17, **CNT),
    R("có «15% được", "công nhân được thuê chỗ ở tại các nhà lưu trú công nhân", "=", 15),
    R("được «15.000 căn", "căn nhà ở xã hội TP.HCM xây dựng được", "=", 15000, **CNT, year=2020),
], NOT=["đạt «75% kế"])

# --------------------------------------------------------------------------
# 13 Hồ Chí Minh City's target of 28.500 social housing units in 2026 (bnews.vn, a section page's
# item; nothing cut; no byline, no stamp). Two targets, the title's "phấn đấu hoàn thành 28.500 căn
# nhà ở xã hội năm 2026" and the body's "hoàn thành chỉ tiêu 28.500 căn nhà ở xã hội trong năm 2026"
# (bare: >=, 2026). Not a quantity: "quý I" (a date, no digit).
# --------------------------------------------------------------------------
D13 = dict(name="13_hochiminh-chi-tieu-nha-o-xa-hoi-2026", kind="target", year=2026, records=[
    TC("thành «28.500 căn nhà ở xã hội năm", "TP Hồ Chí Minh phấn đấu hoàn thành căn nhà ở xã hội", ">=", 28500),
    TC("tiêu «28.500 căn", "hoàn thành chỉ tiêu căn nhà ở xã hội", ">=", 28500),
])

# --------------------------------------------------------------------------
# 14 Thái Nguyên, social housing for industrial workers, March 2024 (xaydung.gov.vn, a section page's
# item; cut: the date search widget "Tìm theo ngày :" with the blank line before it; the title keeps
# its date "(27/03/2024)", part of a line). Year 2024. A precision text: one record, the share of
# workers from outside the province, "trong đó có khoảng 40% là người ngoài tỉnh" (~, %). Not
# quantities: "27/03/2024" (a date), "hàng trăm nghìn" (no digit).
# --------------------------------------------------------------------------
D14 = dict(name="14_thainguyen-nha-o-xa-hoi-2024-precision", kind="result", year=2024, records=[
    R("khoảng «40% là", "công nhân, người lao động là người ngoài tỉnh", "~", 40),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
