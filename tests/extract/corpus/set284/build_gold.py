#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set284).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (goldkit.clause_span).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a plan);
check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set193, the id is given in the record itself (`iid=`).

The set's theme is social welfare and people with meritorious service (người có công): allowances,
gratitude houses, Tết and anniversary gifts, their beneficiaries and their totals. No text has a
pillar heading: every record's pillar is null.

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

MONEY = dict(unit="other", unit_text="đồng")  # an amount of money, magnitude word multiplied in
PER_HEAD = dict(unit="other", unit_text="đồng/người")  # a gift or support level per person
PER_GIFT = dict(unit="other", unit_text="đồng/phần")  # a gift's value "(3 triệu đồng/phần)"
CASHLESS_N = "society.social_benefits_cashless_recipients_count"
CASHLESS_SHARE = "society.social_benefits_cashless_share"

# --------------------------------------------------------------------------
# 01 Nghệ An, the Party's and State's gifts for the 14th Congress and Tết Bính Ngọ paid out to people
# with meritorious service and social-protection beneficiaries, with the province's own top-up and
# the payment in Bình Minh and Giai Lạc communes (dantri.com.vn; the stamp " date 2026-01-01"
# written as the first line; nothing cut; the excerpt ends in "đối tượ"). Year 2025: every event the
# text dates is of 31/12/2025 (the province's decision, the payments); "Bính Ngọ 2026" names the
# occasion the gifts are for, and the stamp (2026-01-01) is the crawl's, a day later (a judgement).
# Results: "gần 114 tỷ đồng" (~, money), "86.607 người có công" and "198.390 đối tượng bảo trợ xã
# hội, hưu trí" (=, each its own subject: a breakdown by kind of beneficiary, not a split by level),
# "mức quà tặng là 400.000 đồng/người" (=, other "đồng/người", a gift level per person, as earlier
# sets' amounts per head), "hơn 34 tỷ đồng" (>), "mỗi trường hợp 100.000 đồng" (=, money), Bình
# Minh's "2.277 người", "hơn 1,13 tỷ đồng" (>), "1.953 người nhận qua tài khoản (chiếm đến hơn
# 85,7%)" (the bracket states a value: = count, then > %), "324 trường hợp" (place "Bình Minh", a
# commune of the province, not the document's own province), Giai Lạc's "1.815/1.815 đối tượ[ng]"
# (=, 1815; the denominator is not a quantity; the excerpt cuts the word, the indicator written as
# far as the sense goes). Not quantities: "31/12/2025" (three times), "22h" (a time), "XIV" (a
# name), "2026" (the occasion's year). Ids: CASHLESS_N, CASHLESS_SHARE for the gifts received
# through an account; the rest null (the catalogue has no gift or welfare count).
# --------------------------------------------------------------------------
D01 = dict(name="01_nghean-qua-tet-nguoi-co-cong-bao-tro-2026", kind="result", year=2025, records=[
    R("Trung ương gần «114 tỷ", "ngân sách Trung ương cấp bổ sung để thực hiện tặng quà của Đảng và Nhà nước đến "
      "người có công với cách mạng, đối tượng bảo trợ xã hội", "~", 114e9, **MONEY),
    R("Có «86.607 người", "người có công với cách mạng được nhận quà của Đảng và Nhà nước", "=", 86607, **CNT),
    R("và «198.390 đối tượng", "đối tượng bảo trợ xã hội, hưu trí được nhận quà của Đảng và Nhà nước", "=",
      198390, **CNT),
    R("là «400.000 đồng/người", "mức quà tặng", "=", 400000, **PER_HEAD),
    R("tỉnh hơn «34 tỷ", "ngân sách tỉnh trích tặng quà người có công với cách mạng, đối tượng bảo trợ xã hội, "
      "hưu trí", ">", 34e9, **MONEY),
    R("hợp «100.000 đồng", "tiền quà của tỉnh cho mỗi trường hợp", "=", 100000, **MONEY),
    R("có «2.277 người", "người được nhận quà Tết", "=", 2277, **CNT, place="Bình Minh"),
    R("tiền hơn «1,13 tỷ", "tổng số tiền quà Tết", ">", 1.13e9, **MONEY, place="Bình Minh"),
    R("khi «1.953 người", "người nhận quà Tết qua tài khoản", "=", 1953, **CNT, place="Bình Minh",
      iid=CASHLESS_N),
    R("đến hơn «85,7%", "người nhận quà Tết qua tài khoản", ">", 85.7, place="Bình Minh", iid=CASHLESS_SHARE),
    R("có «324 trường", "trường hợp nhận quà Tết bằng tiền mặt", "=", 324, **CNT, place="Bình Minh"),
    R("đến «1.815/1.815", "đối tượng được chi trả quà Tết", "=", 1815, **CNT, place="Giai Lạc"),
])

# --------------------------------------------------------------------------
# 02 Hà Tĩnh, the province's gifts to people with meritorious service and martyrs' families for the
# 74th War Invalids and Martyrs' Day (dantri.com.vn; nothing cut; no stamp, no byline; the excerpt
# ends in "gia đình liệt"). Year 2021 ("27/7/1947 - 27/7/2021"). Results: "gần 6 tỷ đồng" (~),
# "hơn 4,7 tỷ đồng" (>), "23.532 suất", "mỗi suất 200.000 đồng" (=, money, the value of one gift,
# as set248's "trị giá mỗi căn 70 triệu đồng"), "hơn 900 triệu đồng" (>), "4.519 suất quà", the
# second "mỗi suất 200.000 đồng", "tổng kinh phí trên 300 triệu đồng" (>), the provincial military
# command's "35 suất quà, mỗi suất trị giá 600 nghìn đồng". Not quantities: "27/7" (title and lead),
# "74 năm" (an anniversary), "27/7/1947 - 27/7/2021", "22/7" (dates), "13 huyện, thành phố, thị
# xã" (the province's districts, where the typical people visited live: a list of places, not a
# value; a judgement).
# --------------------------------------------------------------------------
D02 = dict(name="02_hatinh-qua-tri-an-27-7-2021", kind="result", year=2021, records=[
    R("trích gần «6 tỷ", "kinh phí tặng quà đối tượng chính sách, người có công, các đơn vị nuôi dưỡng thương "
      "bệnh binh, thân nhân liệt sĩ", "~", 6e9, **MONEY),
    R("bố trí hơn «4,7 tỷ", "kinh phí tặng quà bằng tiền mặt thông qua việc thắp hương thờ cúng liệt sĩ", ">",
      4.7e9, **MONEY),
    R("với «23.532 suất", "suất quà thắp hương thờ cúng liệt sĩ", "=", 23532, **CNT),
    R("suất, mỗi suất «200.000 đồng.", "giá trị mỗi suất quà thắp hương thờ cúng liệt sĩ", "=", 200000, **MONEY),
    R("bố trí hơn «900 triệu", "kinh phí tặng quà thân nhân chủ yếu của liệt sĩ, con đẻ người hoạt động kháng "
      "chiến bị nhiễm chất độc hóa học, đại diện thân nhân hưởng trợ cấp tuất", ">", 900e6, **MONEY),
    R("tặng «4.519 suất", "suất quà cho thân nhân chủ yếu của liệt sĩ đang hưởng trợ cấp tuất hàng tháng", "=",
      4519, **CNT),
    R("quà, mỗi suất «200.000 đồng cho", "giá trị mỗi suất quà cho thân nhân chủ yếu của liệt sĩ", "=", 200000,
      **MONEY),
    R("phí trên «300 triệu", "tổng kinh phí thăm hỏi, tặng quà người có công tiêu biểu, các đơn vị nuôi dưỡng "
      "thương bệnh binh và các hoạt động tặng quà, dâng hương, dâng hoa", ">", 300e6, **MONEY),
    R("tặng «35 suất", "suất quà Bộ Chỉ huy Quân sự tỉnh trao tặng các gia đình Bà mẹ Việt Nam anh hùng, gia "
      "đình chính sách", "=", 35, **CNT),
    R("trị giá «600 nghìn", "giá trị mỗi suất quà của Bộ Chỉ huy Quân sự tỉnh", "=", 600e3, **MONEY),
])

# --------------------------------------------------------------------------
# 03 Bà Rịa - Vũng Tàu, Châu Đức district's visits and gifts to Vietnamese Heroic Mothers, war
# invalids and policy families for 30 April (baobariavungtau.com.vn; cut: the lone "." lines at the
# head and the foot of the excerpt, the byline "THÁI BÌNH", and the byline date "Cập nhật: 19:43,
# 27/04/2023 (GMT+7)", written as the first line `date 2023-04-27`). Year 2023 (the byline; the
# text's "48 năm Ngày Giải phóng" names no year). Results: "tổ chức 4 Đoàn thăm hỏi" (=, count: the
# delegations the district sent out, as set228's "57 đợt ra quân"; a judgement), "9 phần quà (3
# triệu đồng/phần)" and "91 phần quà (1,5 triệu đồng/phần)" (count, then the bracket's value per
# gift: other "đồng/phần"), "Tổng trị giá quà tặng hơn 165 triệu đồng" (>, money). Not quantities:
# "48 năm" (an anniversary), "30/4", "25-27/4" (dates), "3 ngày" (a duration).
# --------------------------------------------------------------------------
D03 = dict(name="03_bariavungtau-chauduc-qua-me-vnah-2023", kind="result", year=2023, records=[
    R("tổ chức «4 Đoàn", "Đoàn thăm hỏi, tặng quà Mẹ Việt Nam Anh hùng, thương bệnh binh và gia đình chính sách",
      "=", 4, **CNT),
    R("trao «9 phần quà", "phần quà trao Mẹ VNAH, thương bệnh binh nặng", "=", 9, **CNT),
    R("(«3 triệu đồng/phần)", "trị giá phần quà cho Mẹ VNAH, thương bệnh binh nặng", "=", 3e6, **PER_GIFT),
    R("và «91 phần quà", "phần quà cho các gia đình chính sách", "=", 91, **CNT),
    R("(«1,5 triệu đồng/phần)", "trị giá phần quà cho các gia đình chính sách", "=", 1.5e6, **PER_GIFT),
    R("tặng hơn «165 triệu", "Tổng trị giá quà tặng", ">", 165e6, **MONEY),
])

# --------------------------------------------------------------------------
# 04 Hải Dương, Kim Thành district's visits to policy beneficiaries who took part in the Hồ Chí Minh
# campaign, for the 50th anniversary of the liberation of the South (kimthanh.haiduong.gov.vn;
# nothing cut; no stamp, no byline). Year null: the text names no year (the address's "2025" and the
# "50 năm" anniversary are not a year written in the text). Results: "6 đoàn" (=, count, as 03's
# "4 Đoàn"), "tặng quà 20 đối tượng chính sách" (=), "1 phần quà trị giá 200 đồng" (=, 200 as
# written: the page's figure, whatever was meant), "1 triệu đồng tiền mặt" (=, money). Not
# quantities: "50 năm", "28.4" (a date), "1 phần quà" (the make-up of one gift: one present and the
# cash; a judgement).
# --------------------------------------------------------------------------
D04 = dict(name="04_haiduong-kimthanh-qua-chinh-sach-30-4", kind="result", year=None, records=[
    R("thành lập «6 đoàn", "đoàn đi thăm tặng quà đối tượng chính sách", "=", 6, **CNT),
    R("tặng quà «20 đối tượng", "đối tượng chính sách, thương binh, bệnh binh, chất độc hóa học tham gia chiến "
      "dịch Hồ Chí Minh được thăm tặng quà", "=", 20, **CNT),
    R("trị giá «200 đồng", "giá trị phần quà trong mỗi suất quà", "=", 200, **MONEY),
    R("và «1 triệu đồng", "tiền mặt trong mỗi suất quà", "=", 1e6, **MONEY),
])

# --------------------------------------------------------------------------
# 05 Vĩnh Long, the province's Gratitude Fund (Quỹ Đền ơn đáp nghĩa) raising more than planned,
# September 2022 (baovinhlong.com.vn; cut: the byline date "Cập nhật, 08:18, Chủ Nhật, 18/09/2022
# (GMT+7)", written as the first line `date 2022-09-18`, and the byline "MINH THÁI"). Year 2022.
# Result: "vận động được hơn 18,8 tỷ đồng" (>, money). NOT: "đạt trên 245% kế hoạch năm"
# (completion against the year's plan, the earlier sets' majority).
# --------------------------------------------------------------------------
D05 = dict(name="05_vinhlong-quy-den-on-dap-nghia-2022", kind="result", year=2022, records=[
    R("được hơn «18,8 tỷ", "Quỹ Đền ơn đáp nghĩa toàn tỉnh vận động được", ">", 18.8e9, **MONEY),
], NOT=["trên «245%"])

# --------------------------------------------------------------------------
# 06 Vĩnh Long, gratitude houses completed and the funds raised, November 2022 (baovinhlong.vn;
# cut: the byline date "Cập nhật, 06:28, Thứ Hai, 28/11/2022 (GMT+7)", written as the first line
# `date 2022-11-28`, and the byline "Tin, ảnh: MINH THÁI"; the two identical photo captions "Bàn
# giao căn nhà tình nghĩa cho thương binh hạng 1/4 tại huyện Trà Ôn." are kept: they carry a
# number). Year 2022 ("Năm 2022", "tháng 11/2022"). Results: the title's "Hoàn thành 526 căn nhà
# tình nghĩa" and the body's "526 căn nhà" (a value restated in a title gets a record at each
# place, set184, set228), "hơn 24,8 tỷ đồng" (>), "tổng kinh phí 24,7 tỷ đồng" (=), the children's
# fund's "hơn 4 tỷ đồng" (>). Not quantities: "hạng 1/4" (a grade of war invalid, twice), "năm
# 2022", "tháng 11/2022" (dates), "đạt vượt so với kế hoạch" (no number).
# --------------------------------------------------------------------------
D06 = dict(name="06_vinhlong-nha-tinh-nghia-2022", kind="result", year=2022, records=[
    R("Hoàn thành «526 căn", "căn nhà tình nghĩa hoàn thành", "=", 526, **CNT),
    R("được hơn «24,8 tỷ", "Quỹ Đền ơn đáp nghĩa toàn tỉnh vận động được", ">", 24.8e9, **MONEY),
    R("sửa chữa «526 căn", "căn nhà cho người có công và thân nhân người có công với cách mạng hoàn thành xây "
      "dựng và sửa chữa", "=", 526, **CNT),
    R("kinh phí «24,7 tỷ", "tổng kinh phí xây dựng và sửa chữa nhà cho người có công", "=", 24.7e9, **MONEY),
    R("được hơn «4 tỷ", "Quỹ Bảo trợ trẻ em tỉnh vận động được", ">", 4e9, **MONEY),
])

# --------------------------------------------------------------------------
# 07 Quảng Trị, Vĩnh Linh district's people with meritorious service by category
# (vinhlinh.quangtri.gov.vn; cut: the breadcrumb "Chi tiết - Huyện Vĩnh Linh" with the blank line
# after it, the byline "Mỹ Hằng" and the link label "Bài viết liên quan"; no stamp). Year null: the
# text names no year (the address's article id reads as a time in May 2024, not a year in the
# text). Results (=, counts, each its own subject, scope null: a breakdown by category of merit,
# not by level): the title's "gần 38 nghìn" and the body's "gần 38.000" (~, a record at each
# place), then "48", "322", "5.271 liệt sỹ", "745 Bà mẹ VNAH", "7 Anh hùng LLVTND", "2757 thương
# binh", "586 bênh binh", "1.016", "125", "27.000", "22". Not quantities: "01/01/1945" (twice),
# "năm 1945" (dates in the categories' names).
# --------------------------------------------------------------------------
D07 = dict(name="07_quangtri-vinhlinh-so-nguoi-co-cong", kind="result", year=None, records=[
    R("có gần «38 nghìn", "người có công với cách mạng", "~", 38000, **CNT),
    R("có gần «38.000", "người có công với cách mạng được công nhận và được giải quyết chế độ ưu đãi", "~",
      38000, **CNT),
    R("Trong đó, «48 người", "người hoạt động cách mạng trước ngày 01/01/1945", "=", 48, **CNT),
    R("; «322 người", "người hoạt động cách mạng từ ngày 01/01/1945 đến ngày khởi nghĩa tháng Tám năm 1945", "=",
      322, **CNT),
    R("; «5.271 liệt", "liệt sỹ", "=", 5271, **CNT),
    R("; «745 Bà", "Bà mẹ VNAH", "=", 745, **CNT),
    R("; «7 Anh", "Anh hùng LLVTND", "=", 7, **CNT),
    R("; «2757 thương", "thương binh, bao gồm cả thương binh loại B, người hưởng chính sách như thương binh", "=",
      2757, **CNT),
    R("; «586 bênh", "bênh binh", "=", 586, **CNT),
    R("; «1.016 người", "người hoạt động kháng chiến bị nhiễm chất độc hóa học", "=", 1016, **CNT),
    R("; «125 người", "người hoạt động kháng chiến, bảo vệ Tổ quốc, làm nhiệm vụ quốc tế bị địch bắt tù, đày",
      "=", 125, **CNT),
    R("; «27.000 người", "người hoạt động kháng chiến giải phóng dân tộc, bảo vệ Tổ quốc, làm nghĩa vụ quốc tế",
      "=", 27000, **CNT),
    R("; «22 người", "người có công giúp đỡ cách mạng", "=", 22, **CNT),
])

# --------------------------------------------------------------------------
# 08 Hà Nội, the city's plan (Kế hoạch số 341/KH-UBND) for Tết gifts at Bính Ngọ 2026
# (giadinh.suckhoedoisong.vn; the stamp " date 2025-12-16" written as the first line, the rest of
# that line, the widget "Theo dõi Gia đình và Xã hội trên", cut; the excerpt ends in "Tổ qu").
# Kind target: the plan's levels and totals ("dự kiến tặng"). Year 2026 ("Nhân dịp Tết Nguyên đán
# Bính Ngọ năm 2026": the year the gifts are planned for). Targets: the gift levels "2.000.000
# đồng/người" and "1.000.000 đồng/người" (bare: >=, other "đồng/người"), "dự kiến tặng 1.165.878
# suất quà" (bare: >=, count), "tổng kinh phí hơn 574,4 tỷ đồng" (>). Not quantities: "341/KH-UBND",
# "15/12/2025" (the plan's number and date), "trước năm 1945" (a category's name).
# --------------------------------------------------------------------------
D08 = dict(name="08_hanoi-ke-hoach-qua-tet-2026", kind="target", year=2026, records=[
    R("«2.000.000 đồng/người", "mức quà tặng đối với Bà mẹ Việt Nam anh hùng, anh hùng lực lượng vũ trang, "
      "thương binh, bệnh binh, thân nhân liệt sĩ", ">=", 2e6, **PER_HEAD),
    R("tặng «1.165.878 suất", "suất quà tới các đối tượng chính sách, người có công, người hưởng lương hưu và "
      "trợ cấp xã hội, hộ nghèo, hộ cận nghèo", ">=", 1165878, **CNT),
    R("phí hơn «574,4 tỷ", "tổng kinh phí tặng quà Tết", ">", 574.4e9, **MONEY),
    R("«1.000.000 đồng/người", "mức quà tặng đối với con đẻ người nhiễm chất độc hóa học, đại diện thờ cúng liệt "
      "sĩ, quân nhân, công an tham gia kháng chiến", ">=", 1e6, **PER_HEAD),
])

# --------------------------------------------------------------------------
# 09 Hà Nội, the city's gifts to people with meritorious service for the 80th National Day
# (ttpvhcc.hanoi.gov.vn; cut: the photo caption "Ảnh minh họa"; no stamp, no byline). Kind target:
# the city's decision on gifts still to be given ("Thành phố sẽ tặng quà", "sẽ tổ chức trao quà ...
# hoàn thành trước ngày 01/9/2025"). Year 2025 ("01/9/2025"). Targets (bare numbers: >=): "tặng
# 118.035 suất quà", "tổng kinh phí là 187.024.000.000 đồng" (spec: a target's "là X" reads as >=;
# the amount spelled out in words in the bracket has no digits: no record), the levels "5 triệu
# đồng/người", "2 triệu đồng/người", "1 triệu đồng/người" (other "đồng/người"), "19 đơn vị tiêu
# biểu", "252 cá nhân tiêu biểu", the bracket's "mỗi xã, phường chọn 2 cá nhân" (a bracket stating a
# value, spec), "mỗi suất quà từ 6 triệu đến 16 triệu đồng" (between, money, one range stated once).
# Not quantities: "01/9/2025" (a deadline).
# --------------------------------------------------------------------------
D09 = dict(name="09_hanoi-qua-quoc-khanh-2025", kind="target", year=2025, records=[
    R("tặng «118.035 suất", "suất quà UBND Thành phố tặng người có công với cách mạng", ">=", 118035, **CNT),
    R("là «187.024.000.000 đồng", "tổng kinh phí tặng quà", ">=", 187024000000, **MONEY),
    R("«5 triệu đồng/người", "mức quà tặng cá nhân đối với Bà mẹ Việt Nam anh hùng, lão thành cách mạng, tiền "
      "khởi nghĩa", ">=", 5e6, **PER_HEAD),
    R("; «2 triệu đồng/người", "mức quà tặng cá nhân đối với thương binh, bệnh binh nặng, thân nhân liệt sĩ, người "
      "bị nhiễm chất độc hóa học, người bị tù đày, người có công giúp đỡ cách mạng", ">=", 2e6, **PER_HEAD),
    R("; «1 triệu đồng/người", "mức quà tặng cá nhân đối với đại diện thờ cúng liệt sĩ", ">=", 1e6, **PER_HEAD),
    R("cho «19 đơn vị", "đơn vị tiêu biểu được tặng quà", ">=", 19, **CNT),
    R("và «252 cá nhân", "cá nhân tiêu biểu được tặng quà", ">=", 252, **CNT),
    R("chọn «2 cá nhân", "cá nhân tiêu biểu mỗi xã, phường chọn", ">=", 2, **CNT),
    R("từ «6 triệu đến 16 triệu", "tổng giá trị mỗi suất quà cho đơn vị, cá nhân tiêu biểu", "between", 6e6,
      value_max=16e6, **MONEY),
])


def _province(loc_people, loc_money, people, money, place):
    """The two records of one row of 10's list: the people to receive gifts and the money, with the
    province as `place`."""
    return [
        R(loc_people, "số đối tượng được tặng quà", "=", people, **CNT, place=place),
        R(loc_money, "kinh phí tặng quà bổ sung từ ngân sách trung ương", "=", money, **MONEY, place=place),
    ]


# --------------------------------------------------------------------------
# 10 The Prime Minister's Decision 2814/QĐ-TTg adding central funds to the provinces for the gifts of
# the 14th Congress and Tết Bính Ngọ, with the first provinces' shares (pbgdpl.cantho.gov.vn, Cần
# Thơ's legal-education site; nothing cut; no stamp, no byline; the excerpt ends in "11.  Hải Phòng
# "). Kind result: the Decision issued and its figures reported. Year 2025 (the Decision of
# 28/12/2025, from the central budget of 2025; "Bính Ngọ 2026" names the occasion; a judgement, as
# 01). Results: the title's "hơn 2.500 tỷ đồng" and the body's "hơn 2.513 tỷ đồng" (>, two places),
# "hơn 6,28 triệu người" (>), "1,65 triệu người có công" (=), "hơn 4,63 triệu đối tượng bảo trợ xã
# hội, hưu trí xã hội" (>), "Mức quà tặng được quy định là 400.000 đồng/người" (=), then for each of
# the ten provinces listed "(N người, M tỷ đồng)": two records (=, count and money), place the
# province. Not quantities: the list numbers "1." ... "11.", "28/12/2025", "11 tháng 12 năm 2025",
# "năm 2025" (twice), "năm 2026", "2026" (dates), "2814/QĐ-TTg", "265/2025/QH15" (documents),
# "XIV" (a name).
# --------------------------------------------------------------------------
D10 = dict(name="10_cantho-pbgdpl-phan-bo-qua-tet-cac-tinh-2026", kind="result", year=2025, records=[
    R("bổ sung hơn «2.500 tỷ", "kinh phí Thủ tướng Chính phủ bổ sung để tặng quà nhân dịp Đại hội XIV và Tết "
      "Nguyên đán", ">", 2500e9, **MONEY),
    R("tiền hơn «2.513 tỷ", "tổng số tiền bổ sung có mục tiêu từ ngân sách trung ương cho các địa phương để thực "
      "hiện tặng quà", ">", 2513e9, **MONEY),
    R("có hơn «6,28 triệu", "người được nhận quà", ">", 6.28e6, **CNT),
    R("có «1,65 triệu", "người có công với cách mạng được nhận quà", "=", 1.65e6, **CNT),
    R("và hơn «4,63 triệu", "đối tượng bảo trợ xã hội, hưu trí xã hội được nhận quà", ">", 4.63e6, **CNT),
    R("là «400.000 đồng/người", "Mức quà tặng", "=", 400000, **PER_HEAD),
    *_province("(«104.221", ", «41,6884", 104221, 41.6884e9, "Tuyên Quang"),
    *_province("(«35.417", ", «14,1668", 35417, 14.1668e9, "Cao Bằng"),
    *_province("(«42.345", ", «16,9380", 42345, 16.938e9, "Lạng Sơn"),
    *_province("(«69.908", ", «27,9632", 69908, 27.9632e9, "Lào Cai"),
    *_province("(«82.749", ", «33,0996", 82749, 33.0996e9, "Thái Nguyên"),
    *_province("(«242.575", ", «97,0300", 242575, 97.03e9, "Phú Thọ"),
    *_province("(«51.963", ", «20,7852", 51963, 20.7852e9, "Sơn La"),
    *_province("(«18.021", ", «7,2084", 18021, 7.2084e9, "Lai Châu"),
    *_province("(«44.673", ", «17,8692", 44673, 17.8692e9, "Điện Biên"),
    *_province("(«355.384", ", «142,1536", 355384, 142.1536e9, "Hà Nội"),
])

# --------------------------------------------------------------------------
# 11 Phú Thọ, the provincial council's vice-chair giving Tết gifts to poor and struggling households
# in three communes, February 2026 (baophutho.vn; the stamp " date 2026-02-11" written as the first
# line; cut: the photo captions "Đồng chí Phó Chủ tịch HĐND tỉnh ... tại xã An Bình." and "Phó Chủ
# tịch HĐND tỉnh ... tại xã An Nghĩa.", each with the blank line after it; the excerpt ends in "tinh
# thần đo"). Year 2026 ("Tết Nguyên đán Bính Ngọ 2026"). Results: the title's "trao 300 suất quà
# Tết" and the body's "trao 300 suất quà" (=, a record at each place), "mỗi suất trị giá 1 triệu
# đồng" (=, money). Not quantities: "11/2" (a date), "3 xã An Nghĩa, Lạc Thủy và An Bình" (the lead
# of a list of the communes' names, as set193's "15 xã ... bao gồm"), "2026" (twice).
# --------------------------------------------------------------------------
D11 = dict(name="11_phutho-suat-qua-tet-ho-ngheo-2026", kind="result", year=2026, records=[
    R("Phương trao «300 suất quà Tết", "suất quà Tết tặng các hộ có hoàn cảnh khó khăn", "=", 300, **CNT),
    R("đã trao «300 suất", "suất quà Tết tặng các hộ nghèo, cận nghèo, hộ có hoàn cảnh đặc biệt khó khăn", "=",
      300, **CNT),
    R("trị giá «1 triệu", "giá trị mỗi suất quà", "=", 1e6, **MONEY),
])

# --------------------------------------------------------------------------
# 12 The Ministry of Home Affairs' guidance on paying the State President's Tết gifts to people with
# meritorious service (dantri.com.vn; the stamp " date 2026-01-11" written as the first line; nothing
# cut: the photo caption "Cựu chiến binh tại lễ diễu binh A80 tháng 9/2025 (Ảnh: Hải Long)." is kept,
# it carries numbers; the excerpt ends in "nhận thê"). A precision text, no record: "01/QĐ-CTN" (a
# document), "5/1/2026", "tháng 9/2025" (dates), "A80" (a name); "một suất quà" (a rule in words).
# --------------------------------------------------------------------------
D12 = dict(name="12_bonoivu-qua-chu-tich-nuoc-tet-2026-precision", kind="result", year=2026, records=[])

# --------------------------------------------------------------------------
# 13 The Ministry of Home Affairs' guidance listing the 14 groups of people with meritorious service
# to receive the gifts of the 14th Congress and Tết (dantri.com.vn; the stamp " date 2025-12-30"
# written as the first line; nothing cut: the photo caption with "30/4/2025" is kept; the excerpt
# ends in "Anh hùng L"). A precision text, no record: "14 nhóm" (title and body: the number of
# categories in a list, as the spec's counts of tasks and parts of an index), "418/NQ-CP",
# "2814/QĐ-TTg", "20467/BTC-KTN" (documents), "28/12/2025", "30/12/2025", "30/4/2025", "1/1/1945"
# (twice), "năm 1945", "năm 2025", "năm 2026" (dates), "XIV" (a name).
# --------------------------------------------------------------------------
D13 = dict(name="13_bonoivu-14-nhom-nguoi-co-cong-2026-precision", kind="result", year=2025, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
