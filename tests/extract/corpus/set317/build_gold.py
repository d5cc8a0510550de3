#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set317).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: a change against a plan);
check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
The catalogue names digital-transformation indicators only; none of this set's green-growth,
energy and emission quantities is one of them, so every `iid` is left at its default, null.

The set's theme is green growth, energy saving and emissions: no text has a heading or lead-in
naming a pillar of digital transformation, so every record has pillar null. Electricity, areas,
emissions and money are unit other with the unit as written (`KWH`, `HA`, `CO2`, `DONG`), the
magnitude word multiplied in, as set253 did for its electricity amounts.

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
from goldkit import R, CNT, RANK, T, RES  # noqa: E402

KWH = dict(unit="other", unit_text="kWh")
HA = dict(unit="other", unit_text="ha")
CO2 = dict(unit="other", unit_text="tấn CO2")
TAN = dict(unit="other", unit_text="tấn")
DONG = dict(unit="other", unit_text="đồng")
PTS = dict(unit="other", unit_text="điểm")

# --------------------------------------------------------------------------
# 01 Bắc Giang, the province's plan 44/KH-UBND for saving electricity 2023-2025 (evn.com.vn; nothing
# cut; no byline, no stamp; the excerpt ends in "Giảm b"). Kind target; the document's year 2023
# (the plan's "ngày 24/8/2023"). "phấn đấu hàng năm tiết kiệm tối thiểu 2,0% tổng điện năng tiêu thụ
# ... trong giai đoạn 2023-2025" (>=) takes 2025, the end of the period (set253's 10 and 11, the
# earlier sets' majority for a period's yearly target); "Đến hết năm 2025, phấn đấu 100% chiếu sáng
# đường phố sử dụng đèn LED" (2025); "đến năm 2030 có 50% các tòa nhà công sở và 50% nhà dân" (two
# records, 2030, scope null: kinds of building, not levels or population groups). Not quantities:
# "44/KH-UBND", "20/CT-TTg" and "20/CT –TTg" (names), "24/8/2023", "08/6/2023" (dates), "2023 –
# 2025", "2023-2025" (periods).
# --------------------------------------------------------------------------
D01 = dict(name="01_bacgiang-ke-hoach-tiet-kiem-dien-2023", kind="target", year=2023, records=[
    R("tối thiểu «2,0% tổng", "hàng năm tiết kiệm tổng điện năng tiêu thụ trên địa bàn tỉnh", ">=", 2.0, year=2025),
    R("phấn đấu «100% chiếu", "chiếu sáng đường phố sử dụng đèn LED", ">=", 100, year=2025),
    R("có «50% các tòa", "các tòa nhà công sở sử dụng điện mặt trời mái nhà tự sản, tự tiêu", ">=", 50, year=2030),
    R("và «50% nhà dân", "nhà dân sử dụng điện mặt trời mái nhà tự sản, tự tiêu", ">=", 50, year=2030),
])

# --------------------------------------------------------------------------
# 02 Kon Tum, the province's plan for the national climate-change strategy 2022-2030 (kontumtv.vn;
# the stamp " date 2022-10" written as the first line, the rest of that line, "Thời sự - Chính trị
# Nâng độ che phủ ...", on the second; nothing cut; the excerpt ends in "độ che phủ rừng "). Kind
# target; the document's year 2022 (the stamp); every target "đến năm 2030". The title's "lên 64%
# vào năm 2030" and the body's "lên 64%" each have a record (a figure stated twice, as set253
# and set172). "trồng mới được 15.000 ha rừng" (other, "ha"); "ít nhất 95% hộ gia đình ở khu vực
# nông thôn" (>=; the rural households are the subject, scope null); "80% số hộ dân", "ít nhất 70%
# các hộ dân" (>=). Not quantities: "2022-2030" (a period), "năm 2050" twice and "năm 20230" (a
# date, a typo for 2030).
# --------------------------------------------------------------------------
D02 = dict(name="02_kontum-bien-doi-khi-hau-chi-tieu-2022", kind="target", year=2022, records=[
    R("tỉnh lên «64% vào", "độ che phủ rừng trên địa bàn tỉnh", ">=", 64, year=2030),
    R("được «15.000 ha", "trồng mới rừng", ">=", 15000, **HA, year=2030),
    R("tỉnh lên «64%;", "độ che phủ rừng trên địa bàn tỉnh", ">=", 64, year=2030),
    R("ít nhất «95% hộ", "hộ gia đình ở khu vực nông thôn được cung cấp nước sạch, nước hợp vệ sinh", ">=", 95,
      year=2030),
    R("Bảo đảm «80% số hộ", "số hộ dân thuộc khu vực thường xuyên xảy ra thiên tai có nhà ở an toàn", ">=", 80,
      year=2030),
    R("ít nhất «70% các hộ", "hoàn thành di dời các hộ dân sinh sống ở nơi có nguy cơ cao xảy ra lũ quét, sạt lở đất "
      "đến nơi an toàn", ">=", 70, year=2030),
])

# --------------------------------------------------------------------------
# 03 Thừa Thiên Huế (TP Huế), the city's plan to move buses, taxis and contract coaches to electricity
# and green energy 2025-2030 (thitruongonline.com; nothing cut; no byline, no stamp; the excerpt ends
# in "là nhi"). Kind target; no year of publication in the text (document year null); each target
# names its own: "từ năm 2025, 100% xe buýt đầu tư mới hoặc thay thế" (2025), "đến năm 2030, 60%
# phương tiện taxi" (2030), "Đồng thời, ít nhất 30% xe vận tải hành khách theo hợp đồng" (2030: the
# sentence joined to the one before by "Đồng thời"; a judgement). Not quantities: "2025-2030" (a
# period), "cuối năm 2025", "năm 2030" (dates), "ít nhất một trạm sạc" (written in words, no
# digits).
# --------------------------------------------------------------------------
D03 = dict(name="03_hue-chuyen-doi-xe-dien-giao-thong-2025", kind="target", year=None, records=[
    R("2025, «100% xe buýt", "xe buýt đầu tư mới hoặc thay thế sử dụng xe điện hoặc năng lượng xanh", ">=", 100,
      year=2025),
    R("2030, «60% phương tiện", "phương tiện taxi hoạt động trên địa bàn sử dụng xe điện", ">=", 60, year=2030),
    R("ít nhất «30% xe", "xe vận tải hành khách theo hợp đồng đầu tư mới hoặc thay thế sử dụng năng lượng xanh",
      ">=", 30, year=2030),
])

# --------------------------------------------------------------------------
# 04 Quảng Ninh, the province's targets for cutting greenhouse-gas emissions and its place as the
# country's energy centre (vietnam.vn/quangninh; nothing cut; no byline, no stamp; the excerpt ends
# in "Tuy "). Document year null (no date of publication). Targets stated as cuts (quantities, spec):
# "cắt giảm 8% ... trong giai đoạn 2021-2030" (>=, 2030, the period's end) and "cắt giảm 25% ... đến
# năm 2050" (>=, 2050: the vision's year named in the text). Results, year null (a standing
# description, no year): "trữ lượng than 3,6 tỷ tấn" (=, other "tấn", 3.6e9), "mỗi năm khai thác
# trên 42 triệu tấn" (>), "7 nhà máy nhiệt điện" (count), "sản lượng hàng năm đạt 25-38 tỷ kWh"
# (between, both ends multiplied, set155's form), "chiếm 15% tổng sản lượng điện cả nước" (=). Not
# quantities: "Hội nghị lần thứ 26" (a name), "phát thải ròng bằng “0” của Việt Nam vào năm 2050"
# (the nation's net-zero pledge, its name in quotation marks, as set286's “0” đồng; a judgement),
# "2021-2030" (a period), "năm 2050" (dates).
# --------------------------------------------------------------------------
D04 = dict(name="04_quangninh-muc-tieu-giam-phat-thai-knk-2030", kind="result", year=None, records=[
    R("cắt giảm «8% tổng", "cắt giảm tổng lượng phát thải khí nhà kính so với kịch bản phát thải thông thường",
      ">=", 8, **T, year=2030),
    R("cắt giảm «25% tổng", "cắt giảm tổng lượng phát thải khí nhà kính so với kịch bản phát thải thông thường",
      ">=", 25, **T, year=2050),
    R("than «3,6 tỷ tấn", "trữ lượng than", "=", 3.6e9, **TAN),
    R("trên «42 triệu tấn", "mỗi năm khai thác than", ">", 42e6, **TAN),
    R("với «7 nhà máy", "nhà máy nhiệt điện", "=", 7, **CNT),
    R("đạt «25-38 tỷ kWh", "sản lượng hàng năm của các nhà máy nhiệt điện", "between", 25e9, value_max=38e9,
      **KWH),
    R("chiếm «15% tổng", "sản lượng điện của các nhà máy nhiệt điện chiếm tổng sản lượng điện cả nước", "=", 15),
])

# --------------------------------------------------------------------------
# 05 Đồng Tháp and Long An, their areas of high-quality, low-emission rice (vietnamplus.vn, a tag
# page; nothing cut; no byline, no stamp; the page repeats its first body sentence; the excerpt ends
# in "125.000ha"). Kind target (each "phấn đấu", "đặt mục tiêu"); document year null. The title's
# "161.000ha" and the body's two "161.000ha" each have a record (2030, the body's year for the same
# target); the two "diện tích thực hiện năm 2024 là 20.000ha" (the plan's share for 2024, inside
# "phấn đấu ... trong đó"; target, 2024); Long An's "đến năm 2025 sẽ có 60.000ha" (2025) and "đến năm
# 2030 ... tổng diện tích 125.000ha" (2030), with `place` "Long An" (the page's first province is
# Đồng Tháp). Areas are unit other "ha". Not quantities: "năm 2030", "năm 2024", "năm 2025" (dates).
# --------------------------------------------------------------------------
DT_SENT = "Tỉnh Đồng Tháp phấn đấu đưa diện tích canh tác vùng chuyên canh lúa chất lượng cao toàn tỉnh đến năm 2030 là "
LUA = "diện tích canh tác vùng chuyên canh lúa chất lượng cao toàn tỉnh"
D05 = dict(name="05_dongthap-longan-lua-phat-thai-thap-2024", kind="target", year=None, records=[
    R("canh «161.000ha lúa", "vùng chuyên canh lúa chất lượng cao, phát thải thấp", ">=", 161000, **HA, year=2030),
    R("thấp\n" + DT_SENT + "«161.000ha", LUA, ">=", 161000, **HA, year=2030),
    R("thấp\n" + DT_SENT + "161.000ha; trong đó, diện tích thực hiện năm 2024 là «20.000ha", "diện tích thực hiện",
      ">=", 20000, **HA, year=2024),
    R("20.000ha.\n" + DT_SENT + "«161.000ha", LUA, ">=", 161000, **HA, year=2030),
    R("năm 2024 là «20.000ha.\nLong", "diện tích thực hiện", ">=", 20000, **HA, year=2024),
    R("có «60.000ha", "chuyên canh lúa chất lượng cao và phát thải thấp", ">=", 60000, **HA, year=2025,
      place="Long An"),
    R("diện tích «125.000ha", "vùng chuyên canh lúa có tổng diện tích", ">=", 125000, **HA, year=2030,
      place="Long An"),
])

# --------------------------------------------------------------------------
# 06 Đồng Nai, the electricity saved in 2022 (evn.com.vn, after baodongnai.com.vn; cut: "Link gốc"
# with the blank line after it, the byline date "  • 17/01/2023 09:13" (written as the first line
# `date 2023-01-17`), the source "  • Theo baodongnai.com.vn" and the view counter "  • 3561").
# Results of "năm 2022" (the document's year; the title's figure is the same year's). The title's
# "khoảng 338 triệu kWh" (~) and the body's "hơn 338 triệu kWh" (>) each have a record; "tổng mức
# điện thương phẩm là 15,2 tỷ kWh" (=), "đạt tỷ lệ hơn 2%" (>), the sectors' "hơn 250 triệu kWh",
# "hơn 53 triệu kWh" (>), "khoảng 13 triệu kWh" (~): a breakdown by kind of user, scope null.
# --------------------------------------------------------------------------
SAVED = "sản lượng điện tiết kiệm"
D06 = dict(name="06_dongnai-tiet-kiem-dien-2022", kind="result", year=2022, records=[
    R("khoảng «338 triệu kWh", "Đồng Nai tiết kiệm đạt", "~", 338e6, **KWH),
    R("hơn «338 triệu kWh", "toàn tỉnh tiết kiệm được điện năng", ">", 338e6, **KWH),
    R("là «15,2 tỷ kWh", "tổng mức điện thương phẩm", "=", 15.2e9, **KWH),
    R("tỷ lệ hơn «2%", "tỷ lệ điện năng tiết kiệm trên tổng mức điện thương phẩm", ">", 2),
    R("với hơn «250 triệu kWh", SAVED + " ở lĩnh vực sản xuất công nghiệp", ">", 250e6, **KWH),
    R("hơn «53 triệu kWh", SAVED + " lĩnh vực sinh hoạt", ">", 53e6, **KWH),
    R("khoảng «13 triệu kWh", SAVED + " cơ quan và chiếu sáng", "~", 13e6, **KWH),
])

# --------------------------------------------------------------------------
# 07 Trà Vinh, the electricity saved in the first eleven months of 2022 (evn.com.vn; cut: the photo
# caption "Chương trình ngoại khóa ... Ảnh: Huy Hoàng" with the blank line after it, the byline date
# "  • 15/12/2022 09:50" (written as the first line `date 2022-12-15`), the byline "  • PV" and the
# view counter "  • 2704"). Results of 2022. The title's "Hơn 25,4 triệu kWh" (>); the four kinds of
# user's savings "655.227kWh", "201.167kWh", "14.572.339kWh", "10.018.840 kWh" (=, a breakdown by
# kind of user, scope null); "tại 27 trường tiểu học, THCS, THPT" (count, the schools the programme
# reached). NOT: "vượt 2,69% kế hoạch năm" (a change against the plan, spec). Not quantities: "11
# tháng năm 2022" (a period), "11/2022" (a date), "05 tổ chức đoàn thể" (the partners of a campaign,
# as the spec's participants of an event).
# --------------------------------------------------------------------------
D07 = dict(name="07_travinh-tiet-kiem-dien-11-thang-2022", kind="result", year=2022, records=[
    R("Hơn «25,4 triệu kWh", "sản lượng điện tiết kiệm trên địa bàn tỉnh Trà Vinh 11 tháng", ">", 25.4e6, **KWH),
    R("tiết kiệm «655.227kWh", "các cơ quan hành chính sự nghiệp tiết kiệm", "=", 655227, **KWH),
    R("tiết kiệm «201.167kWh", "hệ thống chiếu sáng công cộng tiết kiệm", "=", 201167, **KWH),
    R("tiết kiệm «14.572.339kWh", "khách hàng sinh hoạt, kinh doanh dịch vụ tiết kiệm", "=", 14572339, **KWH),
    R("tiết kiệm «10.018.840 kWh", "các cơ sở, doanh nghiệp sản xuất tiết kiệm", "=", 10018840, **KWH),
    R("tại «27 trường", "trường tiểu học, THCS, THPT triển khai chương trình Tiết kiệm điện trong trường học", "=",
      27, **CNT),
], NOT=["vượt «2,69% kế"])

# --------------------------------------------------------------------------
# 08 Gia Lai, the electricity saved in the first half of 2023 (gialaitv.vn; cut: the byline "Mỹ Tiến
# – Huy Toàn"; no stamp). Results of 2023 ("ước", =/> as written). The title's and the body's "hơn
# 17,5 triệu kWh" (>) each have a record: the amount saved, measured "so với cùng kỳ năm 2022" (the
# saving is the indicator itself, not a change of a result against an earlier value; a judgement);
# "(tương đương số tiền gần 37 tỷ đồng)" (~, other "đồng"). Not quantities: "06 tháng" (a period),
# "năm 2022", "năm 2023" (dates).
# --------------------------------------------------------------------------
D08 = dict(name="08_gialai-tiet-kiem-dien-6-thang-2023", kind="result", year=2023, records=[
    R("2023 hơn «17,5 triệu kWh\n", "sản lượng điện tiết kiệm được trong 06 tháng đầu năm", ">", 17.5e6, **KWH),
    R("là hơn «17,5 triệu kWh", "sản lượng điện tiết kiệm được trong 06 tháng đầu năm của toàn tỉnh Gia Lai", ">",
      17.5e6, **KWH),
    R("gần «37 tỷ đồng", "số tiền tương đương sản lượng điện tiết kiệm được", "~", 37e9, **DONG),
])

# --------------------------------------------------------------------------
# 09 Quảng Ninh, the conference on the province's greenhouse-gas inventory (vietnam.vn/quangninh;
# nothing cut; no byline, no stamp; "Sáng 2/1" names no year; the excerpt ends in "giải pháp giảm").
# Document year null. Result: "vào năm 2020, lượng phát thải khí nhà kính trên toàn tỉnh là gần
# 49.600 tấn CO2" (~, 2020, other "tấn CO2"). The forecast "năm 2030, dự kiến lượng phát thải ... là
# gần 123.600 tấn CO2" is a target (~, 2030: "dự kiến", a value for a year to come, as set286 read
# "Dự kiến sẽ có"; a judgement), and so is the share in it, "trong đó ... lĩnh vực năng lượng chiếm
# tỷ lệ cao nhất, trên 90%" (>, 2030). Not quantities: "2/1", "cuối năm 2021", "17/09/2021" (dates),
# "3145/QĐ-UBND" (a document), "24 giải pháp" (solutions, spec), "CO2" (a name).
# --------------------------------------------------------------------------
D09 = dict(name="09_quangninh-kiem-ke-khi-nha-kinh-2020", kind="result", year=None, records=[
    R("gần «49.600 tấn", "lượng phát thải khí nhà kính trên toàn tỉnh", "~", 49600, **CO2, year=2020),
    R("gần «123.600 tấn", "dự kiến lượng phát thải khí nhà kính toàn tỉnh", "~", 123600, **CO2, **T, year=2030),
    R("trên «90%", "phát thải khí nhà kính ở lĩnh vực năng lượng chiếm tỷ lệ", ">", 90, **T, year=2030),
])

# --------------------------------------------------------------------------
# 10 An Giang, the province's central purchase of electric cars for official use (soha.vn; the stamp
# " date 2025-11-07" written as the first line, the rest of that line, the photo caption "Xe điện
# VinFast phục vụ Đại lễ Vesak Liên Hợp Quốc 2025. Ảnh minh họa", on the second; nothing cut: the two
# captions carry numbers and stay; the excerpt ends in "phân phối"). Kind target (a decision to buy,
# "Theo kế hoạch", "dự kiến", as set286's planned figures); year 2025 (the stamp; "ngay trong năm
# nay"). "132 chiếc ô tô điện" (>=, the spec's bare number in a target); "23 chiếc loại 5 chỗ, 109
# chiếc là loại 7 chỗ" (two counts, kinds of car, scope null); "cấp xã, phường, đặc khu được giao
# 120 chiếc, cấp tỉnh dùng 12 chiếc" (a split by level: scopes "cấp xã, phường, đặc khu" and "cấp
# tỉnh"); "Giá tham chiếu mỗi chiếc dao động từ khoảng 918 triệu đồng đến 1,4 tỉ đồng" (between, one
# range with its unit written at both ends, each end multiplied; check_gold.py tolerates the form);
# "tổng kinh phí dự kiến gần 125 tỉ đồng" (~). Not quantities: "Vesak Liên Hợp Quốc 2025" (a name),
# "5 chỗ", "7 chỗ" (kinds of car), "IONIQ 5" (a name).
# --------------------------------------------------------------------------
CAR = "ô tô điện phục vụ công vụ"
D10 = dict(name="10_angiang-o-to-dien-cong-vu-2025", kind="target", year=2025, records=[
    R("tập trung «132 chiếc", "mua sắm tập trung " + CAR, ">=", 132, **CNT),
    R("gồm «23 chiếc", "số lượng phân bổ chiếc loại 5 chỗ", ">=", 23, **CNT),
    R("chỗ, «109 chiếc", "số lượng phân bổ chiếc là loại 7 chỗ", ">=", 109, **CNT),
    R("giao «120 chiếc", "số lượng phân bổ chiếc được giao", ">=", 120, **CNT, scope="cấp xã, phường, đặc khu"),
    R("dùng «12 chiếc", "số lượng phân bổ chiếc được giao", ">=", 12, **CNT, scope="cấp tỉnh"),
    R("khoảng «918 triệu đồng", "giá tham chiếu mỗi chiếc", "between", 918e6, value_max=1.4e9, **DONG),
    R("gần «125 tỉ đồng", "tổng kinh phí dự kiến", "~", 125e9, **DONG),
])

# --------------------------------------------------------------------------
# 11 The Provincial Green Index (PGI) 2023: the five provinces at the top (online.nks.vn, an
# infographic's text; cut: the widget "Tính lãi suất tiết kiệm ngân hàng", the byline "14:45
# 10/05/2024" (written as the first line `date 2024-05-10`), and the tag list "Tags:" with its
# fourteen one-word lines). Results of "Năm 2023", unit other "điểm", each with `place` (the page is
# the nation's; Quảng Ninh, Đà Nẵng, Đồng Nai, Hưng Yên, Thành phố Hồ Chí Minh). Not quantities: "4
# chỉ số thành phần" twice (the parts of an index, spec); "dẫn đầu", "Các vị trí tiếp theo" (places
# without a number). Ids null (the catalogue's PCI is not the PGI, as set200 left the PGI null).
# --------------------------------------------------------------------------
PGI = "tổng điểm Chỉ số Xanh cấp tỉnh (PGI)"
D11 = dict(name="11_quangninh-pgi-diem-dan-dau-2023", kind="result", year=2023, records=[
    R("với «26 điểm", PGI + " dẫn đầu bảng xếp hạng", "=", 26, **PTS, place="Quảng Ninh"),
    R("(«25,66 điểm", PGI, "=", 25.66, **PTS, place="Đà Nẵng"),
    R("(«24,71 điểm", PGI, "=", 24.71, **PTS, place="Đồng Nai"),
    R("(«24,59 điểm", PGI, "=", 24.59, **PTS, place="Hưng Yên"),
    R("(«24,2 điểm", PGI, "=", 24.2, **PTS, place="Thành phố Hồ Chí Minh"),
])

# --------------------------------------------------------------------------
# 12 The PGI 2023 ranking's top and bottom (cafebiz.vn; cut: the byline "09/05/2024 10:09 AM | Kinh
# tế vĩ mô" with the blank line after it (written as the first line `date 2024-05-09`), and the photo
# caption "Ảnh minh họa. Nguồn: Báo Quảng Ninh." with the blank line after it; the two captions that
# repeat the title keep their "top 5"; the excerpt ends in "những t"). A precision text: three
# records, the title's and the two captions' "TPHCM top 5" (rank, <=, a group; `place` "TPHCM"; a
# figure stated again has a record at each place, as set253). Year 2023. Not quantities: "10.676
# doanh nghiệp, trong đó có 9.127 ... và 1.549 ..." (the sample the report was built from, as
# set101's and set120's surveys), "PGI 2023", "PCI-PGI 2023" (names), "Ảnh 1", "Ảnh 2", "chỉ số
# thành phần 2" twice (labels); "đứng đầu", "vị trí cao nhất", "đứng chót" (places without a number).
# --------------------------------------------------------------------------
TOP = "TPHCM trong bảng xếp hạng các tỉnh thành xanh nhất Việt Nam"
D12 = dict(name="12_quangninh-pgi-bang-xep-hang-2023-precision", kind="result", year=2023, records=[
    R("đầu, TPHCM top «5, Hà Nội đứng chót\n\nQuảng", TOP, "<=", 5, **RANK, place="TPHCM"),
    R("top «5, Hà Nội đứng chót - Ảnh 1", TOP, "<=", 5, **RANK, place="TPHCM"),
    R("top «5, Hà Nội đứng chót - Ảnh 2", TOP, "<=", 5, **RANK, place="TPHCM"),
])

# --------------------------------------------------------------------------
# 13 Lạng Sơn, the province's plan 117/KH-UBND for the transport sector's green-energy transition
# (vanphong.langson.gov.vn; cut: the skip link "Nhảy đến nội dung", the site's banner "Quyết tâm
# thực hiện thắng lợi Nghị quyết Đại hội ... lần thứ XVII, nhiệm kỳ 2020 - 2025" with the blank line
# after it, the caption "Ảnh minh họa. Nguồn:mt.gov.vn" with the blank line after it, and the byline
# "Bích Diệp"). A precision text, no record: "117/KH-UBND" (a document), "18/5/2023" (a date), "năm
# 2030", "năm 2050" twice (dates), "phát thải ròng khí nhà kính về “0” vào năm 2050" (the net-zero
# pledge's name in quotation marks, as 04; a judgement).
# --------------------------------------------------------------------------
D13 = dict(name="13_langson-chuyen-doi-nang-luong-gtvt-2023-precision", kind="target", year=2023, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
