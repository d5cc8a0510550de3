#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set265).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: a change against an earlier value);
check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
The catalogue has no indicator of clean water, sanitation or irrigation: every id is null here, so
the records name none (`iid` left at its default).

The set's theme is clean water, rural sanitation and irrigation: no text has a heading or lead-in
naming a pillar of digital transformation, and every record's pillar is null.

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
KM = dict(unit="other", unit_text="km")
METRE = dict(unit="other", unit_text="m")
M3 = dict(unit="other", unit_text="m3")
M3_DAY = dict(unit="other", unit_text="m3/ngày đêm")
VND = dict(unit="other", unit_text="đồng")
WORKDAYS = dict(unit="other", unit_text="ngày công")

# --------------------------------------------------------------------------
# 01 Quảng Trị, the province's published 2022 index of rural clean water (Quyết định 743/QĐ-UBND of
# 17/4/2023), as the Department of Agriculture's page gives it (sonnptnt.quangtri.gov.vn; cut: the
# page title "Chi tiết - Sở Nông nghiệp và PT nông thôn" with the blank line and the line of one
# space after it, the byline "(Nguyễn Thị Hà – Trung tâm Nước sạch và VSMT NT)", the visitor
# counter "Đang truy cập: 3" and its truncated neighbour "Hô"). Results of 2022 ("tính đến cuối năm
# 2022"). Each of the five indices states a share and, in brackets, "tương đương X/Y hộ" (or "công
# trình"): the share and the numerator are two records (the spec's bracket that states a value; the
# numerator a count, as set193's "15/15 xã"), the denominator (120.776, 15.916, 201) is the size of
# the whole, no record. The sustainability levels of index 5 are a breakdown by kind, each its own
# subject, scope null. Not quantities: "743/QĐ-UBND", the dates, "QCVN 01-1: 2018/BYT", the list
# labels "1." to "5." and the index numbers "Chỉ số 1" to "Chỉ số 5" (names).
# --------------------------------------------------------------------------
WORKS = "công trình cấp nước tập trung "
D01 = dict(name="01_quangtri-bo-chi-so-nuoc-sach-nong-thon-2022", kind="result", year=2022, records=[
    R("nước hợp vệ sinh: «95,23 %", "Tỷ lệ hộ gia đình sử dụng nước hợp vệ sinh", "=", 95.23),
    R("tương đương «115.021/", "hộ gia đình sử dụng nước hợp vệ sinh", "=", 115021, **CNT),
    R("Quy chuẩn: «61,48%", "Tỷ lệ hộ gia đình sử dụng nước sạch toàn Tỉnh đáp ứng Quy chuẩn", "=", 61.48),
    R("với «74.258/", "hộ gia đình sử dụng nước sạch đáp ứng Quy chuẩn", "=", 74258, **CNT),
    R("vệ sinh: «75,43%", "Tỷ lệ hộ nghèo sử dụng nước hợp vệ sinh", "=", 75.43),
    R("với «12.006/", "hộ nghèo sử dụng nước hợp vệ sinh", "=", 12006, **CNT),
    R("quy chuẩn: «16,20%", "Tỷ lệ hộ nghèo sử dụng nước sạch đạt quy chuẩn", "=", 16.20),
    R("với «2.578/", "hộ nghèo sử dụng nước sạch đạt quy chuẩn", "=", 2578, **CNT),
    R("Bền vững «18,0 %", "Tỷ lệ các " + WORKS + "hoạt động hiệu quả, bền vững: bền vững", "=", 18.0),
    R("với «36/201", WORKS + "bền vững", "=", 36, **CNT),
    R("bền vững: «25,0%", "Tỷ lệ các " + WORKS + "tương đối bền vững", "=", 25.0),
    R("với «50/201", WORKS + "tương đối bền vững", "=", 50, **CNT),
    R("Kém bền vững: «19,0 %", "Tỷ lệ các " + WORKS + "kém bền vững", "=", 19.0),
    R("với «38/201", WORKS + "kém bền vững", "=", 38, **CNT),
    R("Không hoạt động: «38,0%", "Tỷ lệ các " + WORKS + "không hoạt động", "=", 38.0),
    R("với «77/201", WORKS + "không hoạt động", "=", 77, **CNT),
])

# --------------------------------------------------------------------------
# 02 Nghệ An, the province approving its plan of areas irrigated, drained and supplied with water by
# irrigation works in 2023 (Quyết định số 259), February 2023 (truyenhinhnghean.vn; cut: the section
# label "Kinh tế" with the blank line after it, the byline "12:04, 05/02/2023", written as the first
# line `date 2023-02-05`, the byline "PV" and the links "Sự kiện liên quan", "Xem thêm sự kiện" with
# their blank lines). Targets of 2023 (the plan's year): the approved areas of a plan. "trên" and
# "hơn" `>`; the bare "diện tích trồng lúa 165.600ha" `>=` (a target's bare number). Each crop or use
# is its own subject (a breakdown by kind), scope null. Not quantities: "259" (a decision's number),
# "năm 2023".
# --------------------------------------------------------------------------
AREA = "diện tích công trình thủy lợi tưới, tiêu, cấp nước kế hoạch: "
D02 = dict(name="02_nghean-ke-hoach-dien-tich-thuy-loi-2023", kind="target", year=2023, records=[
    R("nội thị) trên «237.700 ha", "tổng diện tích công trình thủy lợi tưới, tiêu, cấp nước kế hoạch năm 2023",
      ">", 237700, **HA),
    R("trồng lúa «165.600ha", AREA + "diện tích trồng lúa", ">=", 165600, **HA),
    R("quả hơn «16.000ha", AREA + "rau, màu mạ, cây ăn quả", ">", 16000, **HA),
    R("nguồn trên «34.000ha", AREA + "cấp nước tạo nguồn", ">", 34000, **HA),
    R("sản trên «6.850ha", AREA + "cấp nước nuôi trồng thủy sản", ">", 6850, **HA),
    R("muối hơn «574 ha", AREA + "cấp nước làm muối", ">", 574, **HA),
    R("Đông trên «14.470ha", AREA + "vụ Đông", ">", 14470, **HA),
    R("năm 2023 trên «52.770ha", "tổng diện tích tiêu, thoát nước khu vực nông thôn và đô thị trừ vùng nội thị "
      "qua hệ thống công trình của các Công ty TNHH Thủy lợi kế hoạch năm 2023", ">", 52770, **HA),
])

# --------------------------------------------------------------------------
# 03 Hà Tĩnh, a tag page of a news site on irrigation canals: the province's 2021-2025 plan for small
# and on-farm irrigation (targets of 2025), and Lộc Hà district's labour for the spring crop of 2021
# (baomoihatinh.com; cut: the tag heading "Kênh mương thủy lợi mới nhất" with the blank line after
# it; no byline, no stamp; the excerpt ends in "đạt t"). No one year for the document (year None):
# each record takes the year its sentence names. The two headlines are each printed twice on the
# page and each line with its figure is kept and recorded (as set247's repeated subtitle). Targets
# of 2025: "kiên cố hóa kênh mương nội đồng đạt 80%" (twice), "được tưới tiên tiến, tiết kiệm nước
# đạt tỷ lệ 30%" (>=; the third figure of that sentence is cut off with the excerpt). Lộc Hà: "huy
# động hơn 20.000 ngày công" (twice; a result of the 2021 spring crop, `>`, unit other "ngày
# công"); "Để đảm bảo 4.855 ha đất canh tác vụ xuân 2021 thắng lợi" read as the campaign's aim (a
# target of 2021, `>=`; a judgement). Not quantities: "2021 – 2025" (a period).
# --------------------------------------------------------------------------
KCH_HT = "Hà Tĩnh kiên cố hóa kênh mương nội đồng"
LABOUR = "Lộc Hà huy động ngày công làm thủy lợi phục vụ sản xuất vụ xuân 2021"
D03 = dict(name="03_hatinh-kien-co-hoa-kenh-muong-2025", kind="result", year=None, records=[
    R("nội đồng đạt «80%\n\nHà Tĩnh", KCH_HT, ">=", 80, **T, year=2025, line=True),
    R("nội đồng đạt «80%\n\nTheo", KCH_HT, ">=", 80, **T, year=2025, line=True),
    R("đạt tỷ lệ «30%", "diện tích cây trồng cạn chủ lực, tập trung được tưới tiên tiến, tiết kiệm nước",
      ">=", 30, **T, year=2025),
    R("hơn «20.000 ngày công làm thủy lợi phục vụ sản xuất vụ xuân 2021\n\nLộc", LABOUR, ">", 20000,
      **WORKDAYS, year=2021, line=True),
    R("hơn «20.000 ngày công làm thủy lợi phục vụ sản xuất vụ xuân 2021\n\nĐể", LABOUR, ">", 20000,
      **WORKDAYS, year=2021, line=True),
    R("đảm bảo «4.855 ha", "đất canh tác vụ xuân 2021 của huyện Lộc Hà được bảo đảm thắng lợi", ">=", 4855,
      **HA, **T, year=2021),
])

# --------------------------------------------------------------------------
# 04 Lâm Đồng, Kế hoạch 10045/KH-UBND of 30/12/2022 on developing and securing urban water supply to
# 2025, its header and objectives (hethongphapluat.com; cut: the two lines of the site's paywall
# notice "Để sử dụng toàn bộ tiện ích ..." and "Nếu bạn là thành viên. Vui lòng ĐĂNG NHẬP để tiếp
# tục."; no byline, no stamp; the excerpt ends in "rà soát, sửa chữa, "). Targets of 2025 (the
# plan's title and the bracket's "đến năm 2025"): "đạt 80% trở lên" (>=), "tối thiểu
# 241.500m3/ngày đêm" (>=, unit other), "tăng tối thiểu 10%" (a target stated as a change, >=).
# Pillar null (the headings "Mục tiêu tổng quát", "Mục tiêu cụ thể" name no pillar). Not
# quantities: "10045/KH-UBND", the date, "lần thứ XI", "2020-2025", the footnote mark "[1]",
# "Phụ lục 2", the headings "1.", "2.".
# --------------------------------------------------------------------------
D04 = dict(name="04_lamdong-cap-nuoc-do-thi-2025", kind="target", year=2025, records=[
    R("nước sạch đạt «80% trở lên", "tỷ lệ hộ dân vùng đô thị sử dụng nước sạch", ">=", 80),
    R("lên tối thiểu «241.500m3", "công suất cấp nước đô thị toàn tỉnh", ">=", 241500, **M3_DAY),
    R("tăng tối thiểu «10%", "mở rộng hệ thống mạng lưới cấp nước đối với phạm vi diện tích trung tâm các đô thị "
      "và vùng lân cận", ">=", 10),
])

# --------------------------------------------------------------------------
# 05 Hà Nội, the city's clean-water targets for 2020 set by the 16th Party congress, in a TV news
# item of September 2019 (hanoitv.vn; cut: the contact line "Tổng đài: 0243 8356 700 | Email:
# hanoitv.online@gmail.com" with the blank line after it, the byline "08/09/2019 08:41", written as
# the first line `date 2019-09-08`). Targets of 2020 (the sentence's "đến năm 2020"): "đạt 100%"
# (>=), "trong đó nước sạch là 50%" (a target's "là X", >=), "là từ 95-100%" (between). Rural and
# urban households stand in two sentences, each its own subject: scope null. Not quantities:
# "khóa XVI" (a name).
# --------------------------------------------------------------------------
D05 = dict(name="05_hanoi-chi-tieu-cap-nuoc-sach-2020", kind="target", year=2020, records=[
    R("hợp vệ sinh đạt «100%", "tỷ lệ hộ dân của nông thôn được sử dụng nước hợp vệ sinh", ">=", 100),
    R("nước sạch là «50%", "tỷ lệ hộ dân của nông thôn được sử dụng nước sạch", ">=", 50),
    R("là từ «95-100%", "Tỷ lệ hộ dân đô thị được sử dụng nước sạch", "between", 95, value_max=100),
])

# --------------------------------------------------------------------------
# 06 Sóc Trăng, the rural clean-water centre's results and its 2030 target, August 2023
# (vietnamnet.vn; cut: the image file name "bru van kieu quang tri 1.jpg" and the caption without a
# figure "Nước sạch ảnh hưởng trực tiếp đến sức khoẻ người dân. " (trailing space) with the blank
# line after it; no byline, no stamp; the excerpt ends in "có 7.782 đồng"). Year 2023 (the text's
# "Tháng 7/2023", "tháng 8/2023"; the shares stand as the present state). Results: 99,65% and 60,3%
# (=); the new pipeline "có chiều dài 13.695m" (completed in July 2023, =, unit other "m"). Targets:
# "đến năm 2030 ... là 80%" (>=, 2030); "sẽ phục vụ ... cho gần 300 hộ dân" (what the pipeline is
# to serve, `~`, count, 2023; a judgement). Not quantities: "miễn thu tiền sử dụng nước sinh hoạt 3m3
# mỗi tháng cho hộ nghèo" (the norm of a support policy, not a value targeted or reached; a
# judgement), "7.782 đồng" (cut off in the middle of "đồng hồ": the excerpt does not say what is
# counted; a judgement), the dates "7/2023", "8/2023".
# --------------------------------------------------------------------------
D06 = dict(name="06_soctrang-nuoc-sach-nong-thon-2023", kind="result", year=2023, records=[
    R("toàn tỉnh đạt «99,65%", "tỷ lệ hộ dân nông thôn sử dụng nước sinh hoạt hợp vệ sinh", "=", 99.65),
    R("tập trung đạt «60,3%", "tỷ lệ hộ dân sử dụng nước sạch đạt chất lượng theo quy chuẩn từ hệ thống cấp nước "
      "tập trung", "=", 60.3),
    R("quy chuẩn là «80%", "tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt quy chuẩn", ">=", 80, **T, year=2030),
    R("chiều dài «13.695m", "tuyến ống mở mạng cấp nước tập trung lắp đặt thêm tại xã Châu Hưng", "=", 13695,
      **METRE),
    R("cho gần «300 hộ", "hộ dân được tuyến ống phục vụ", "~", 300, **CNT, **T),
])

# --------------------------------------------------------------------------
# 07 Cà Mau, the rural clean-water centre on new water plants and the state of rural water supply
# (quanghungmedia.com, a copy of a news report; cut: the photo caption "Bộ đội cấp nước miễn phí
# ... Ảnh: Chúc Ly" (no figure), the byline "Chúc Ly", and the three lines of links to other stories
# after it, "Cuối cùng Thiều Bảo Trâm ... suốt 30 năm", "Th5", "Việt Nam nỗ lực, phấn đấu đạt
# đư"). No year in the text (the ministry's name "Bộ Nông nghiệp và Môi trường" dates it to 2025 or
# later, but the text names no year): year None, as set247's 11. Results: "tổng vốn hơn 100 tỷ
# đồng" (>, unit other "đồng"); "khoảng 180.000 hộ" using wells and rain water, "khoảng 40.000 hộ"
# served by state-built stations (~, counts); "khoảng 55% số công trình ... bị xuống cấp" (~);
# "phục vụ cho 14.000/40.000 hộ" (the numerator, =, count). Not quantities: "khoảng 220.000 hộ vùng
# nông thôn" (the size of the rural population, as the earlier sets' sizes), the denominator
# "/40.000", "hai huyện", "hàng nghìn" (words).
# --------------------------------------------------------------------------
D07 = dict(name="07_camau-cap-nuoc-nong-thon-2025", kind="result", year=None, records=[
    R("tổng vốn hơn «100 tỷ", "tổng vốn những nhà máy nước mới từ nguồn hỗ trợ của Bộ Nông nghiệp và Môi trường",
      ">", 100e9, **VND),
    R("khoảng «180.000 hộ", "hộ sử dụng nước từ các giếng khoan quy mô hộ gia đình và trữ nước mưa để sinh hoạt",
      "~", 180000, **CNT),
    R("còn lại khoảng «40.000 hộ", "hộ dân sử dụng nước sinh hoạt từ các trạm nước do Nhà nước đầu tư", "~", 40000,
      **CNT),
    R("khoảng «55% số công trình", "số công trình nước phục vụ hộ nông thôn sử dụng nước từ công trình tập trung "
      "bị xuống cấp", "~", 55),
    R("cho «14.000/40.000", "hộ nông thôn sử dụng nước từ công trình tập trung xuống cấp", "=", 14000, **CNT),
])

# --------------------------------------------------------------------------
# 08 Thái Nguyên, Đại Từ district's investment in piped rural water works in 2024, July 2024
# (lite.baomoi.com, a copy of baothainguyen.vn's report; cut: the share button "Zalo"; the photo
# caption "Công trình cấp nước ... của 450 hộ dân" is printed twice and carries a figure: both lines
# kept and recorded). Year 2024. Results: the title's "Trên 12 tỷ đồng" (>), "đầu tư 12,8 tỷ đồng"
# and "tổng kinh phí 12,8 tỷ đồng" (=, two statements of one figure, each recorded), "cho 1.050 hộ
# dân", "của 450 hộ dân" (twice), the district's shares "lên 99,14%", "lên 63,3%" (=, reached). The
# source line "Nguồn Thái Nguyên: https://..." is kept (no cut: it is the article's own line); the
# numbers in its address ("202407", "12", "95412b6") are not quantities, nor is "tháng 6".
# --------------------------------------------------------------------------
INVEST = "đầu tư xây dựng các công trình cấp nước sinh hoạt tập trung"
SERVE450 = "hộ dân được công trình cấp nước sinh hoạt tập trung ở xã Tân Linh đáp ứng nhu cầu sử dụng nước"
D08 = dict(name="08_thainguyen-daitu-cap-nuoc-tap-trung-2024", kind="result", year=2024, records=[
    R("Đại Từ: Trên «12 tỷ", "kinh phí " + INVEST, ">", 12e9, **VND),
    R("đầu tư «12,8 tỷ", "kinh phí huyện Đại Từ " + INVEST, "=", 12.8e9, **VND),
    R("tổng kinh phí «12,8 tỷ", "tổng kinh phí " + INVEST, "=", 12.8e9, **VND),
    R("cho «1.050 hộ", "hộ dân được đáp ứng nhu cầu sử dụng nước sinh hoạt", "=", 1050, **CNT),
    R("nước của «450 hộ dân\n\nCông", SERVE450, "=", 450, **CNT, line=True),
    R("nước của «450 hộ dân\n\nHiện", SERVE450, "=", 450, **CNT, line=True),
    R("huyện lên «99,14%", "tỷ lệ hộ dân được sử dụng nước hợp vệ sinh trên địa bàn toàn huyện", "=", 99.14),
    R("nước sạch lên «63,3%", "tỷ lệ hộ dân sử dụng nước sạch", "=", 63.3),
])

# --------------------------------------------------------------------------
# 09 Thái Nguyên, the health section of a provincial newspaper: the share of households with
# hygienic latrines (baothainguyen.vn; cut: the link "Xem thêm"; no byline, no stamp). The text names
# no year ("Đến nay", "cùng kỳ năm trước"): year None. Results: the headline "Trên 88%" (printed
# twice, each line recorded, `>`), "trên 88,51%" (>), and one sentence splitting the share by
# population group, "hộ dân ở thành thị ... là 95,61%; ... hộ gia đình ở nông thôn ... là 84,30%":
# two records with scopes "thành thị" and "nông thôn" (the spec's groups). Not a quantity: "tăng
# 1,4% so với cùng kỳ năm trước" (a change against an earlier value; NOT).
# --------------------------------------------------------------------------
LATRINE = "hộ dân có nhà tiêu hợp vệ sinh"
D09 = dict(name="09_thainguyen-nha-tieu-hop-ve-sinh-undated", kind="result", year=None, records=[
    R("Thái Nguyên: Trên «88% hộ dân có nhà tiêu hợp vệ sinh\nThái", LATRINE, ">", 88, line=True),
    R("Thái Nguyên: Trên «88% hộ dân có nhà tiêu hợp vệ sinh\nĐến", LATRINE, ">", 88, line=True),
    R("có trên «88,51%", LATRINE, ">", 88.51),
    R("hợp vệ sinh là «95,61%", "tỷ lệ hộ dân có nhà tiêu hợp vệ sinh", "=", 95.61, scope="thành thị"),
    R("hợp vệ sinh là «84,30%", "tỷ lệ hộ gia đình có nhà tiêu hợp vệ sinh", "=", 84.30, scope="nông thôn"),
], NOT=["tăng «1,4%"])

# --------------------------------------------------------------------------
# 10 Hà Nam, solidifying irrigation canals in the province and in Nhân Thắng cooperative, late 2023
# (baohanam.com.vn; no cuts; no byline, no stamp; the excerpt ends in "lên chân đất cao"). Year
# 2023 ("Tính đến năm 2023"). Results: "hơn 1.000 km" (>), "gần 25% tổng chiều dài kênh mương" (~),
# the cooperative's canal network "31 km" and "6 km kênh trục chính" (=; lengths of the network as
# it stands, as set247's design capacities), "KCH được 2,7 km" in the first year (=, 2022: "triển
# khai từ năm 2022. Năm đầu tiên"), "gần 300m" (~, unit other "m"). Target: "tiếp tục KCH 3,3 km
# ... phấn đấu hoàn thiện sớm ... vụ lúa xuân 2024" (>=, 2024; a judgement: work under way with the
# date it aims at). Not quantities: "trong tổng số 6 km kênh tưới" (the whole of which 2,7 km is a
# part, as a denominator), "năm 2022", "2024" (dates).
# --------------------------------------------------------------------------
D10 = dict(name="10_hanam-kien-co-hoa-kenh-muong-2023", kind="result", year=2023, records=[
    R("KCH được hơn «1.000 km", "kênh mương toàn tỉnh đã được kiên cố hóa", ">", 1000, **KM),
    R("chiếm gần «25%", "kênh mương được kiên cố hóa chiếm tổng chiều dài kênh mương", "~", 25),
    R("nội đồng «31 km", "tổng chiều dài hệ thống kênh mương nội đồng của HTX Nông nghiệp Nhân Thắng", "=", 31,
      **KM),
    R("với «6 km kênh trục", "kênh trục chính của các trạm bơm", "=", 6, **KM),
    R("KCH được «2,7 km", "kênh tưới của trạm bơm đầu mối Ô Rô được kiên cố hóa năm đầu tiên", "=", 2.7, **KM,
      year=2022),
    R("tiếp tục KCH «3,3 km", "kiên cố hóa kênh tưới chính còn lại của trạm bơm Ô Rô", ">=", 3.3, **KM, **T,
      year=2024),
    R("được gần «300m", "kênh tưới chính của trạm bơm nội đồng Vụng Chè được kiên cố hóa", "~", 300, **METRE),
])

# --------------------------------------------------------------------------
# 11 Hậu Giang, the province's campaign for rural roads and irrigation: enclosed irrigated areas
# 2011-2022 (game.marimbapop.com, a copy of a Hậu Giang newspaper report whose first line carries a
# run of words injected by the copying site, "TheĐầutưthủylợikhpkngầty so bong đáo": a part of a
# line, kept; no cuts; the excerpt ends in "nông thôn m"). Year 2022. Results: "gần 126.000ha" (~;
# cumulative 2011-2022, year 2022), "88.293ha", "37.699ha" (=, its parts, 2022); the 2004-2010
# campaign "nạo vét được 7.906.387m3" (=, unit other "m3") and "gần 78 tỉ đồng" (~; "tỉ" read as
# "tỷ"), year 2010 (the period's end); the 2011-2021 results "trên 110.000ha" (>), "86.663ha",
# "30.505ha" (=), year 2021 (the period the paragraph names; its "sau 12 năm" is a duration), "Năm
# 2021 có 4.820ha" (=, 2021); "Riêng năm 2022 ... trên 1.630ha; nâng chất trên 8.100ha" (>,
# 2022). Each kind of area (new, upgraded) is its own subject, scope null. Not quantities: "7 năm",
# "12 năm" (durations), "tiêu chí số 3", "tiêu chí 3.2" (names of criteria), the periods.
# --------------------------------------------------------------------------
ENCL = "diện tích thủy lợi khép kín"
D11 = dict(name="11_haugiang-thuy-loi-khep-kin-2022", kind="result", year=2022, records=[
    R("tổng diện tích gần «126.000ha", "tổng " + ENCL + " toàn tỉnh đầu tư từ năm 2011-2022", "~", 126000, **HA),
    R("khép kín mới «88.293ha", ENCL + " mới", "=", 88293, **HA),
    R("nâng chất «37.699ha", ENCL + " nâng chất", "=", 37699, **HA),
    R("nạo vét được «7.906.387m3", "nạo vét trên các tuyến kênh, rạch trong Chiến dịch giao thông - thủy lợi", "=", 7906387, **M3, year=2010),
    R("gần «78 tỉ", "kinh phí nạo vét kênh, rạch", "~", 78e9, **VND, year=2010),
    R("khép kín trên «110.000ha", ENCL + " đầu tư theo tiêu chí số 3 xã nông thôn mới", ">", 110000, **HA,
      year=2021),
    R("có «86.663ha", ENCL + " mới", "=", 86663, **HA, year=2021),
    R("và «30.505ha", ENCL + " nâng chất", "=", 30505, **HA, year=2021),
    R("có «4.820ha", "đất nông nghiệp khép kín theo tiêu chí 3.2 nông thôn mới", "=", 4820, **HA, year=2021),
    R("mới trên «1.630ha", ENCL + " mới", ">", 1630, **HA),
    R("nâng chất trên «8.100ha", ENCL + " nâng chất", ">", 8100, **HA),
])

# --------------------------------------------------------------------------
# 12 Gia Lai, a drainage canal project of more than 195 billion đồng in three communes of the
# province's east, August 2025 (baogialai.com.vn; no cuts; the stamp " date 2025-08-21" written as
# the first line `date 2025-08-21`; "Ảnh: Trọng Lợi" ends a paragraph's line and stays). Year 2025
# (the stamp). The project's figures are what it is to do: targets. "Tổng mức đầu tư dự án hơn 195
# tỷ đồng" (>, unit other "đồng"), "xây dựng 59 hạng mục công trình" (>=, count), "tiêu thoát nước
# cho khoảng 1.200 ha" (~), "cung cấp nước tưới cho 550 ha" (>=). Not quantities: the canal's design
# sizes "4 m", "2,2-2,5 m", "6-8,6 m" (dimensions of a design, as the earlier sets' sizes), "2 giai
# đoạn", "3 địa phương" (the places the project covers), the periods "2021-2025", "2026-2030".
# --------------------------------------------------------------------------
D12 = dict(name="12_gialai-kien-co-hoa-kenh-tieu-2025", kind="target", year=2025, records=[
    R("dự án hơn «195 tỷ", "tổng mức đầu tư dự án kiên cố hóa kênh tiêu", ">", 195e9, **VND),
    R("xây dựng «59 hạng mục", "hạng mục công trình trên tuyến kênh", ">=", 59, **CNT),
    R("cho khoảng «1.200 ha", "đảm bảo tiêu thoát nước", "~", 1200, **HA),
    R("nước tưới cho «550 ha", "đất sản xuất nông nghiệp được cung cấp nước tưới", ">=", 550, **HA),
])

# --------------------------------------------------------------------------
# 13 Nghệ An, the province's letter on the National Week for Clean Water and Environmental
# Sanitation 2024 (nghean24h.vn; cut: the section label "Trong tỉnh" with the blank line after it;
# no byline, no stamp; the excerpt ends in "tuyên t"). A precision text with no record: "29/4 -
# 6/5/2024", "19/4", "5/6/2024", "30/4, 1/5 và 7/5" (dates), "3068/UBND-NN" (a document's number),
# "năm 2024".
# --------------------------------------------------------------------------
D13 = dict(name="13_nghean-tuan-le-nuoc-sach-2024-precision", kind="target", year=2024, records=[])

# --------------------------------------------------------------------------
# 14 Bà Rịa - Vũng Tàu, the province's letter on the National Week for Clean Water and Environmental
# Sanitation 2023 (baobariavungtau.com.vn; cut: the byline "LINH ĐAN" with the blank line before it;
# the stamp " date 2023-04" written as the first line `date 2023-04`). A precision text with no
# record: "4267/UBND-VP" (a document's number), "29/4", "6/5", "5/6" (dates), "năm 2023".
# --------------------------------------------------------------------------
D14 = dict(name="14_bariavungtau-tuan-le-nuoc-sach-2023-precision", kind="target", year=2023, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
