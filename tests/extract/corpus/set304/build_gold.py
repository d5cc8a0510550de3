#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set304).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a plan);
check_gold.py verifies that every percentage has a record or a NOT entry.

Each record carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: the theme (urban greenery, parks, public lighting, flooding)
has no indicator in the catalogue, so every id is null (see README, "Catalogue labels").

The theme's texts are city and province news on trees, parks, lighting and flooding; no heading or
lead-in names a pillar of the contract, so every record's pillar is null.

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
KM = dict(unit="other", unit_text="km")

# --------------------------------------------------------------------------
# 01 Bình Thuận, Phan Thiết city's plan to plant 200,000 scattered trees in 2024
# (baobinhthuan.com.vn; nothing cut; no byline, no stamp; the excerpt opens "Theo đó," and ends in
# "khoả"). Year 2024 ("phấn đấu năm 2024", "cho năm 2024"). Targets, count: "trồng được khoảng
# 200.000 cây xanh phân tán (cả khu vực đô thị và nông thôn)" (~: "khoảng"), then the split
# "khu vực đô thị 100.000 cây; khu vực nông thôn 100.000 cây" (two records, scopes "khu vực đô
# thị" and "khu vực nông thôn": urban and rural areas are the population groups the spec names as
# scopes, thành thị / nông thôn), and the plan's size repeated, "kế hoạch trồng 200.000 cây xanh cho
# năm 2024" (>=: a bare number in a plan; repeated statements are recorded each time, as the
# earlier sets' majority). Not quantities: "2021 - 2025", "năm 2024" (dates).
# --------------------------------------------------------------------------
D01 = dict(name="01_binhthuan-phanthiet-trong-cay-xanh-2024", kind="target", year=2024, records=[
    R("khoảng «200.000 cây", "cây xanh phân tán trồng được trên địa bàn thành phố", "~", 200000, **CNT),
    R("đô thị «100.000 cây", "cây xanh phân tán trồng được", ">=", 100000, **CNT, scope="khu vực đô thị"),
    R("nông thôn «100.000 cây", "cây xanh phân tán trồng được", ">=", 100000, **CNT, scope="khu vực nông thôn"),
    R("kế hoạch trồng «200.000 cây", "kế hoạch trồng cây xanh", ">=", 200000, **CNT),
])

# --------------------------------------------------------------------------
# 02 Hồ Chí Minh City, the plan "xây dựng Thành phố Xanh - Thân thiện môi trường giai đoạn 2020 –
# 2025" (htv.com.vn; nothing cut; no byline, no stamp; the excerpt ends in "công v"). Targets. The
# lead's "Từ nay đến tháng 5/2020, TP.HCM sẽ vận động ít nhất 80% hộ dân ... ký cam kết không xả
# rác" (>=, year 2020, the month named). The plan's "chỉ tiêu trong giai đoạn này" (year 2025, the
# period's end, as the title "Từ nay đến năm 2025"): "100% tuyến đường có vỉa hè ổn định, có quy mô
# từ 3m trở lên được trồng cây xanh" (>=), "trung bình hàng năm tăng 5ha/năm mảng xanh" (a target
# stated as a change is a quantity, spec; >=, unit_text "ha/năm"), "đầu tư xây dựng 150ha đất công
# viên" (>=, "ha"), "tỷ lệ che phủ rừng và cây xanh phân tán đạt 41,0%" (>=: a target's "đạt"),
# "chỉ tiêu cây xanh đô thị đạt 0,65m2/người" (>=, "m2/người"). Not quantities: "3m" (part of the
# subject: the pavements' width), "2020 – 2025", "năm 2025", "năm 2020" (dates).
# --------------------------------------------------------------------------
D02 = dict(name="02_tphcm-thanh-pho-xanh-muc-tieu-2025", kind="target", year=2025, records=[
    R("ít nhất «80% hộ dân", "hộ dân trên địa bàn thành phố ký cam kết không xả rác ra đường và kênh rạch", ">=",
      80, year=2020),
    R("này là «100% tuyến đường", "tuyến đường có vỉa hè ổn định, có quy mô từ 3m trở lên được trồng cây xanh",
      ">=", 100),
    R("tăng «5ha/năm", "trung bình hàng năm tăng mảng xanh", ">=", 5, unit="other", unit_text="ha/năm"),
    R("xây dựng «150ha", "đầu tư xây dựng đất công viên", ">=", 150, **HA),
    R("phân tán đạt «41,0%", "tỷ lệ che phủ rừng và cây xanh phân tán", ">=", 41.0),
    R("đô thị đạt «0,65m2/người", "chỉ tiêu cây xanh đô thị", ">=", 0.65, unit="other", unit_text="m2/người"),
])

# --------------------------------------------------------------------------
# 03 Hồ Chí Minh City, the Department of Agriculture and Environment's plan of scattered trees for
# 2026, with the 2025 plan's results (nld.com.vn; the stamp " date 2025-12-26" written as the first
# line; cut: the comment counter "Bình luận (0)"). Targets for 2026 (the plan "năm 2026"): "lên kế
# hoạch trồng 15.000 cây" and the nineteen species in brackets, "Bằng lăng (2.156 cây)" ... "Long não
# (10 cây)" (one count each, the species in the indicator: a breakdown by kind of thing, scope null,
# spec; "Gõ đỏ (1.915)" without "cây" is the same list's count); "phát động Tết trồng cây, dự kiến
# ... với 350 cây" (>=). The 2025 plan and results (year 2025, "Năm 2025"): "dự kiến trồng gần 1,7
# triệu cây phân tán" (target, ~), "kết quả thực hiện đạt 1.131.000 cây" (result, =); the former
# city's "kế hoạch trồng 550.000 cây" (target, >=) and "kết quả mới đạt khoảng 350 cây" (result, ~);
# "trồng được gần 1.000 cây" at the 2025 ceremony (result, ~). NOT: "tương đương 1% kế hoạch"
# (completion against the plan, left out as the earlier sets' majority). Not quantities: "3 địa
# phương trước sáp nhập" (the three former provinces that make up the merged city: who planted, a
# size, not a value reached), "năm 2026", "Năm 2025" (dates).
# --------------------------------------------------------------------------
SPECIES = [("Bằng lăng", "2.156 cây"), ("Giáng hương", "2.621 cây"), ("Sao đen", "1.407 cây"),
           ("Lim xẹt", "220 cây"), ("Dầu rái", "1.670 cây"), ("Gõ đỏ", "1.915"), ("Xà cừ", "70 cây"),
           ("Cẩm lai", "2.431 cây"), ("Hoàng yến", "420 cây"), ("Phi lao", "260 cây"), ("Mắm", "1.000 cây"),
           ("Đước", "700 cây"), ("Hoàng nam", "20 cây"), ("Me tây", "20 cây"), ("Phượng", "20 cây"),
           ("Lát hoa", "20 cây"), ("Sưa", "20 cây"), ("Trắc", "20 cây"), ("Long não", "10 cây")]
D03 = dict(name="03_tphcm-ke-hoach-trong-cay-phan-tan-2026", kind="target", year=2026, records=[
    R("kế hoạch trồng «15.000 cây", "cây phân tán thành phố lên kế hoạch trồng", ">=", 15000, **CNT),
    *[R(f"{sp} («{n})", f"cây {sp} trồng phân tán theo kế hoạch", ">=", int(n.split()[0].replace(".", "")),
        **CNT) for sp, n in SPECIES],
    R("với «350 cây", "cây trồng tại lễ phát động Tết trồng cây ở UBND xã Bình Lợi", ">=", 350, **CNT),
    R("trồng gần «1,7 triệu", "cây phân tán toàn TPHCM dự kiến trồng theo kế hoạch chung", "~", 1700000, **CNT,
      year=2025),
    R("đạt «1.131.000 cây", "cây phân tán toàn TPHCM trồng được, kết quả thực hiện", "=", 1131000, **CNT, **RES,
      year=2025),
    R("kế hoạch trồng «550.000 cây", "cây phân tán khu vực TPHCM trước sáp nhập kế hoạch trồng", ">=", 550000,
      **CNT, year=2025),
    R("đạt khoảng «350 cây", "cây phân tán khu vực TPHCM trước sáp nhập trồng được, kết quả", "~", 350, **CNT,
      **RES, year=2025),
    R("được gần «1.000 cây", "cây trồng được tại lễ phát động Tết trồng cây năm 2025", "~", 1000, **CNT, **RES,
      year=2025),
], NOT=["tương đương «1% kế hoạch"])

# --------------------------------------------------------------------------
# 04 Hà Nội, trees and parks in the city's 2024 socio-economic plan, with the results since 2021
# (vnexpress.net; nothing cut; no byline, no stamp; the excerpt ends in "gồm Thống"). Year 2024 (the
# plan "năm 2024", the document's year). Targets: "trồng khoảng 200.000 cây ăn quả" (~), "trồng bổ
# sung 20-30 ha rừng" (between, "ha"), "riêng đợt trồng cây đầu xuân ... trồng 100.000-120.000 cây
# các loại" (between). Results: "kể từ năm 2021 đến nay thành phố trồng mới hơn 133.000 cây bóng
# mát, 100.000 cây cảnh và 550.000 cây mảng, thảm cỏ" (three counts, each its own subject; ">" on
# the first only, "hơn" standing at it; year 2024, the document's: "đến nay"); "Riêng năm 2023,
# diện tích rừng trồng mới đạt 47 ha, nâng tổng diện tích rừng ... lên gần 18.600 ha, tỷ lệ che phủ
# rừng đạt gần 6%" (year 2023; "gần" ~); "đã hoàn thành cải tạo 5 vườn hoa", "xây dựng mới 5 công
# viên" (counts, =, 2024). Not quantities: "15 đến 24/2/2024", "tháng 2 đến 4", "tháng 8 đến 10",
# "2021-2025" (dates), "CV1" (a name); "hai công viên", "ba công viên" (words, no digit).
# --------------------------------------------------------------------------
D04 = dict(name="04_hanoi-cay-xanh-cong-vien-2024", kind="target", year=2024, records=[
    R("trồng khoảng «200.000 cây", "cây ăn quả thành phố sẽ trồng", "~", 200000, **CNT),
    R("bổ sung «20-30 ha", "rừng trồng bổ sung", "between", 20, value_max=30, **HA),
    R("trồng «100.000-120.000", "cây các loại trồng trong đợt trồng cây đầu xuân Giáp Thìn", "between", 100000,
      value_max=120000, **CNT),
    R("hơn «133.000 cây", "cây bóng mát thành phố trồng mới từ năm 2021", ">", 133000, **CNT, **RES),
    R("mát, «100.000 cây cảnh", "cây cảnh thành phố trồng mới từ năm 2021", "=", 100000, **CNT, **RES),
    R("và «550.000 cây", "cây mảng, thảm cỏ thành phố trồng mới từ năm 2021", "=", 550000, **CNT, **RES),
    R("đạt «47 ha", "diện tích rừng trồng mới", "=", 47, **HA, **RES, year=2023),
    R("gần «18.600 ha", "tổng diện tích rừng toàn thành phố", "~", 18600, **HA, **RES, year=2023),
    R("gần «6%", "tỷ lệ che phủ rừng", "~", 6, **RES, year=2023),
    R("cải tạo «5 vườn hoa", "vườn hoa thành phố đã hoàn thành cải tạo", "=", 5, **CNT, **RES),
    R("mới «5 công viên", "công viên thành phố xây dựng mới", "=", 5, **CNT, **RES),
])

# --------------------------------------------------------------------------
# 05 Lào Cai, the plan of the Quý Mão 2023 tree-planting festival (laocaitv.vn; cut: the byline
# "Ngọc Hà", the comment label "Bình luận" and the comment box's rule "Tối thiểu 10 chữ Tiếng việt có
# dấu Không chứa liên kết"; no stamp). The page prints its lead twice (two identical lines): each
# copy's numbers are recorded (repeated statements are recorded each time, as the earlier sets'
# majority); the first copy's locators run on into "\nLaocaitv" to tell them apart. Year 2023.
# Targets: "trồng mới từ 800 nghìn đến 1 triệu cây xanh" (between, 800000-1000000), "trung bình mỗi
# địa phương trồng mới từ 80 đến 95 nghìn cây" (between, 80000-95000: "nghìn" multiplies both ends),
# "đảm bảo tỷ lệ sống 100%" (>=). Not quantities: "27/1 - 6/2/2023", "6 - 16 tháng Giêng" (dates).
# --------------------------------------------------------------------------
D05 = dict(name="05_laocai-tet-trong-cay-2023", kind="target", year=2023, records=[
    R("mới từ «800 nghìn đến 1 triệu cây xanh, trung bình mỗi địa phương trồng mới từ 80 đến 95 nghìn cây.\n"
      "Laocaitv", "cây xanh toàn tỉnh trồng mới", "between", 800000, value_max=1000000, **CNT),
    R("mới từ «80 đến 95 nghìn cây.\nLaocaitv", "cây trồng mới trung bình mỗi địa phương", "between", 80000,
      value_max=95000, **CNT),
    R("mới từ «800 nghìn đến 1 triệu cây xanh, trung bình mỗi địa phương trồng mới từ 80 đến 95 nghìn cây.\n"
      "Việc", "cây xanh toàn tỉnh trồng mới", "between", 800000, value_max=1000000, **CNT),
    R("mới từ «80 đến 95 nghìn cây.\nViệc", "cây trồng mới trung bình mỗi địa phương", "between", 80000,
      value_max=95000, **CNT),
    R("tỷ lệ sống «100%", "tỷ lệ sống của cây sau khi trồng", ">=", 100),
])

# --------------------------------------------------------------------------
# 06 Hải Dương, the Department of Agriculture's call to open the Quý Mão 2023 tree-planting festival
# (m.baohaiduong.vn; cut: the byline date "THỨ SÁU, 27/01/2023 09:00:43", written as the first line
# `date 2023-01-27`, and the byline "PV"). A precision text: two records, many dates. Year 2023.
# Targets for Chí Linh city and Kinh Môn town: "phấn đấu diện tích trồng rừng mới đạt 150 ha" (>=)
# and "bảo vệ ổn định gần 10.000 ha rừng hiện có" (~). Not quantities: "27.1", "27.1- 24.2",
# "27.1-24.2", "6 tháng giêng đến 5.2", "quý I.2023", "Quý Mão 2023" (dates).
# --------------------------------------------------------------------------
D06 = dict(name="06_haiduong-tet-trong-cay-2023-precision", kind="target", year=2023, records=[
    R("đạt «150 ha", "diện tích trồng rừng mới TP Chí Linh, thị xã Kinh Môn", ">=", 150, **HA),
    R("ổn định gần «10.000 ha", "diện tích rừng hiện có bảo vệ ổn định", "~", 10000, **HA),
])

# --------------------------------------------------------------------------
# 07 Bình Dương, Phú Hòa ward (Thủ Dầu Một) on its urban embellishment in 2021 (baobinhduong.vn;
# cut: the byline date "Cập nhật: 07-03-2022 | 08:22:24", written as the first line
# `date 2022-03-07`, the byline "PHƯƠNG LÊ", the share label "Chia sẻ bài viết", the comment notice
# "LƯU Ý: BDO ...", the attachment line "Gửi file đính kèm ...", the counter "intNumViewTotal=499"
# and the link "Quay lên trên"). Results of "Trong năm 2021" (year 2021): "triển khai thực hiện 9
# công trình xây dựng cơ bản" (count), "kinh phí đầu tư công được duyệt là 12 tỷ đồng" (money,
# "đồng", 12e9), "tổng trị giá 8,5 triệu đồng" (8.5e6), "197 tuyến đường trên địa bàn có hệ thống
# chiếu sáng, đạt tỷ lệ 100%" (two records), "ra quân ... 18 đợt, với 1.097 lượt người tham gia"
# (two counts: the campaigns and the turnout). Not quantities: "hẻm 41 khu phố 6" (an address),
# "Năm 2022" (a date; the plans for 2022 carry no number).
# --------------------------------------------------------------------------
D07 = dict(name="07_binhduong-phuhoa-chinh-trang-do-thi-2021", kind="result", year=2021, records=[
    R("thực hiện «9 công trình", "công trình xây dựng cơ bản phường đã triển khai thực hiện", "=", 9, **CNT),
    R("duyệt là «12 tỷ đồng", "kinh phí đầu tư công được duyệt cho các công trình xây dựng cơ bản", "=", 12e9,
      **VND),
    R("trị giá «8,5 triệu", "tổng trị giá công trình thay áo mới cho bức tường cũ", "=", 8.5e6, **VND),
    R("Ngoài ra, «197 tuyến", "tuyến đường trên địa bàn có hệ thống chiếu sáng", "=", 197, **CNT),
    R("tỷ lệ «100%", "tỷ lệ tuyến đường trên địa bàn có hệ thống chiếu sáng", "=", 100),
    R("mẫu «18 đợt", "đợt ra quân tổng vệ sinh, thu gom rác thải, tháo gỡ quảng cáo rao vặt", "=", 18, **CNT),
    R("với «1.097 lượt", "lượt người tham gia ra quân tổng vệ sinh", "=", 1097, **CNT),
])

# --------------------------------------------------------------------------
# 08 Hải Phòng, more parks and flower gardens in the inner city, an infographic's text, December
# 2022 (infographics.vn; cut: the tag "#IG-115886", the section label "Văn hóa - Xã hội", and the
# byline "Xuất bản:Thứ ba, 06/12/2022 10:03 (GMT+7)", written as the first line `date 2022-12-06`; the
# title is printed twice and both lines kept). Targets (the city's investment policy): "Giai đoạn
# 2021-2025, thành phố chủ trương đầu tư bổ sung 62 công viên vườn hoa ... với tổng diện tích khoảng
# 71 ha" (>=, count; ~, "ha") and "Giai đoạn 2022-2025, dự kiến đầu tư tiếp 54 công viên, vườn hoa"
# (>=); year 2025 (both periods' end). Not quantities: "7 quận" (the area: the city's seven inner
# districts), "6/12" (a date in the dateline), "2021-2025", "2022-2025", "năm 2030" (dates), "đô thị
# loại I" (a class, no digit).
# --------------------------------------------------------------------------
D08 = dict(name="08_haiphong-cong-vien-vuon-hoa-2022", kind="target", year=2025, records=[
    R("bổ sung «62 công viên", "công viên vườn hoa đầu tư bổ sung cho khu vực nội đô", ">=", 62, **CNT),
    R("khoảng «71 ha", "tổng diện tích công viên vườn hoa đầu tư bổ sung", "~", 71, **HA),
    R("tiếp «54 công viên", "công viên, vườn hoa dự kiến đầu tư tiếp", ">=", 54, **CNT),
])

# --------------------------------------------------------------------------
# 09 Hà Tĩnh and Nghệ An, the 2026 tree-planting targets (sggp.org.vn; the stamp " date 2026-02-23"
# written as the first line; cut: the link line ">> Hình ảnh trồng cây đầu xuân ở Hà Tĩnh và Nghệ
# An:"). Year 2026. Targets: Hà Tĩnh "phấn đấu trồng mới hơn 2,2 triệu cây xanh các loại" (>),
# "riêng dịp xuân Bính Ngọ dự kiến trồng gần 1 triệu cây" (~); Nghệ An "phấn đấu trồng mới hơn 9
# triệu cây xanh" (>), "dự kiến trồng trên 2 triệu cây" (>). Each with `place` the province (two
# provinces in one text). Not quantities: "hàng ngàn" (no digit), "năm 2026".
# --------------------------------------------------------------------------
D09 = dict(name="09_hatinh-nghean-trong-cay-2026", kind="target", year=2026, records=[
    R("mới hơn «2,2 triệu", "cây xanh các loại toàn tỉnh trồng mới", ">", 2200000, **CNT, place="Hà Tĩnh"),
    R("trồng gần «1 triệu", "cây trồng dịp xuân Bính Ngọ", "~", 1000000, **CNT, place="Hà Tĩnh"),
    R("mới hơn «9 triệu", "cây xanh trồng mới", ">", 9000000, **CNT, place="Nghệ An"),
    R("trồng trên «2 triệu", "cây trồng dịp xuân Bính Ngọ", ">", 2000000, **CNT, place="Nghệ An"),
])

# --------------------------------------------------------------------------
# 10 Quảng Nam, Hội An city's plan to plant 25,000 trees in 2021-2025 (baoquangnam.vn; cut: the
# byline "M.LỆ |" and the label "TAGS"; no stamp). Year 2025 (the period "2021 - 2025"). Targets,
# count, >=: the title's "phấn đấu trồng mới 25.000 cây xanh" and the body's two "25.000 cây xanh"
# (the plan, then its breakdown: each statement recorded), "5.000 cây xanh được trồng mới ở các
# đường phố, công viên, ..." and "20.000 cây trồng mới dọc các tuyến đường ngang ven biển, ..." (a
# breakdown by place of planting, scope null). Not quantities: "2021 - 2025" (twice, dates), "một tỷ"
# (a word, in the name of the national scheme).
# --------------------------------------------------------------------------
D10 = dict(name="10_quangnam-hoian-trong-cay-xanh-2025", kind="target", year=2025, records=[
    R("Hội An phấn đấu trồng mới «25.000", "cây xanh Hội An phấn đấu trồng mới", ">=", 25000, **CNT),
    R("kế hoạch trồng mới «25.000", "cây xanh trồng mới theo kế hoạch", ">=", 25000, **CNT),
    R("sẽ trồng mới «25.000", "cây xanh TP.Hội An sẽ trồng mới", ">=", 25000, **CNT),
    R("trong đó «5.000 cây", "cây xanh được trồng mới ở các đường phố, công viên, trường học, bệnh viện, khu "
      "công nghiệp", ">=", 5000, **CNT),
    R("và «20.000 cây", "cây trồng mới dọc các tuyến đường ngang ven biển, nội đồng, đất ngập nước ven sông, "
      "ven biển", ">=", 20000, **CNT),
])

# --------------------------------------------------------------------------
# 11 Nghệ An, Vinh city's tree-planting festival of Canh Tý 2020 (thanhphovinh.com; cut: the byline
# "Võ Huyền"; no stamp). A precision text: one record. Target: "giao chỉ tiêu cho mỗi phường, xã ...
# trong năm 2020 phải xây dựng được 1 vườn hoa cây xanh kết hợp khu thể dục thể thao cộng đồng" (a
# quota per ward, >=, count, year 2020). Not quantities: "tuyến đường 72m" (the street's name by its
# width), "hàng chục" (no digit), "năm 2020" (a date).
# --------------------------------------------------------------------------
D11 = dict(name="11_nghean-vinh-vuon-hoa-2020-precision", kind="target", year=2020, records=[
    R("được «1 vườn hoa", "vườn hoa cây xanh kết hợp khu thể dục thể thao cộng đồng mỗi phường, xã phải xây "
      "dựng", ">=", 1, **CNT),
])

# --------------------------------------------------------------------------
# 12 Cần Thơ, more than 50 proposals against flooding received, September 2025 (tienphong.vn; the
# stamp " date 2025-09-09" written as the first line; nothing cut; the excerpt ends in "tình
# trạng "). A precision text: one record. Result: "tính đến ngày 4/8/2025, Sở Xây dựng đã nhận được
# trên 50 đề xuất, giải pháp, sáng kiến chống ngập" (>, count, 2025). Not quantities: "4/8/2025" (a
# date).
# --------------------------------------------------------------------------
D12 = dict(name="12_cantho-sang-kien-chong-ngap-2025-precision", kind="result", year=2025, records=[
    R("trên «50 đề xuất", "đề xuất, giải pháp, sáng kiến chống ngập Sở Xây dựng đã nhận được", ">", 50, **CNT),
])

# --------------------------------------------------------------------------
# 13 Vĩnh Phúc, rural roads without standard lighting, August 2021 (baovinhphuc.com.vn; the stamp
# " date 2021-08" written as the first line; cut: the photo caption "Một cột đèn chiếu sáng được
# người dân xã Xuân Lôi, huyện Lập Thạch tự đầu tư lắp đặt." with the blank lines after it, and the
# byline "Tin, ảnh: Nguyễn Khánh"). Results "tính đến tháng 7/2021" (year 2021): "trên 3.200 km đường
# giao thông nông thôn đã được cứng hóa" (>, "km"), "hơn 9% chiều dài đường có điện chiếu sáng đạt
# chuẩn" (>), "hơn 90% đường giao thông nông thôn được cứng hóa chưa có điện chiếu sáng theo tiêu
# chuẩn" (>), "tỷ lệ đạt trên 38% tổng chiều dài đường" (>, the roads lit by the people themselves).
# Not quantities: "7/2021" (a date).
# --------------------------------------------------------------------------
D13 = dict(name="13_vinhphuc-chieu-sang-duong-nong-thon-2021", kind="result", year=2021, records=[
    R("trên «3.200 km", "đường giao thông nông thôn đã được cứng hóa", ">", 3200, **KM),
    R("hơn «9% chiều dài", "chiều dài đường có điện chiếu sáng đạt chuẩn", ">", 9),
    R("hơn «90% đường", "đường giao thông nông thôn được cứng hóa chưa có điện chiếu sáng theo tiêu chuẩn",
      ">", 90),
    R("trên «38% tổng", "tỷ lệ tổng chiều dài đường người dân tự đầu tư lắp đặt hệ thống đèn chiếu sáng", ">",
      38),
])

# --------------------------------------------------------------------------
# 14 Hà Nội, the plan to light the lanes without public lighting, March 2023 (danviet.vn; the stamp
# " date 2023-03" written as the first line; nothing cut: the photo caption "Hà Nội sẽ lắp đặt hệ
# thống chiếu sáng ... Ảnh minh họa." carries text of its own and stays). Targets of the plan's
# "mục tiêu cụ thể": "đạt tỷ lệ 100% đường đô thị, tối thiểu 80% ngõ, xóm được chiếu sáng" (two
# records, each its own subject, >=). Year 2023: the text names no year, so the stamp's year is the
# document's (spec's decided case), though the plan runs to 2025 by its address, not its text. Not
# quantities: "12 quận nội thành" (the area: the city's twelve inner districts, a size).
# --------------------------------------------------------------------------
D14 = dict(name="14_hanoi-chieu-sang-ngo-xom-2023", kind="target", year=2023, records=[
    R("tỷ lệ «100% đường", "đường đô thị được chiếu sáng", ">=", 100),
    R("tối thiểu «80% ngõ", "ngõ, xóm được chiếu sáng", ">=", 80),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
