#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set383).

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
The catalogue names no indicator of parking, congestion, vehicles or public transport: every id in
this set is null, so no record passes `iid=`.

The theme is urban parking and traffic congestion: no text stands under a heading that names a
pillar of the digital-transformation contract, so every record's pillar is null.

Short forms (functools.partial over goldkit.R): `C` a counted result, `TC` a counted target,
`TP` a percentage target, `MONEY` an amount of money (unit other, "đồng").

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

C = functools.partial(R, unit="count")
TC = functools.partial(R, unit="count", kind="target")
TP = functools.partial(R, kind="target")
MONEY = functools.partial(R, unit="other", unit_text="đồng")
HA = functools.partial(R, unit="other", unit_text="ha")
HH = functools.partial(R, unit="other", unit_text="hộ gia đình")

# --------------------------------------------------------------------------
# 01 Thành phố Hồ Chí Minh, the shortage of parking after the merger with Bình Dương and Bà Rịa -
# Vũng Tàu (cafef.vn; the stamp " date 2026-02-02" written as the first line; nothing cut; the
# excerpt ends in "hợp tác c"). Year 2026 (the stamp; "Hiện") for the vehicles managed and the
# parking's share of demand; 2025 for "Riêng năm 2025 ... đăng ký mới với 102.354 ô tô và 290.570
# xe máy". "hơn 12,7 triệu phương tiện, gồm hơn 1,4 triệu ô tô và 11,3 triệu xe máy": three counts,
# `>`, `>`, `=` (the "hơn" stands at the first two only; the third bare). "Bãi đỗ xe công cộng ...
# hiện chỉ đáp ứng 10% nhu cầu" (=, 10). Not quantities: "quận 1, 3, 5", "Công viên 30 Tháng 4",
# "Công viên 23 Tháng 9", "metro số 2" (names).
# --------------------------------------------------------------------------
D01 = dict(name="01_hochiminh-bai-do-xe-phuong-tien-2026", kind="result", year=2026, records=[
    C("quản lý hơn «12,7 triệu", "phương tiện thành phố quản lý", ">", 12.7e6),
    C("gồm hơn «1,4 triệu", "ô tô thành phố quản lý", ">", 1.4e6),
    C("ô tô và «11,3 triệu", "xe máy thành phố quản lý", "=", 11.3e6),
    C("mới với «102.354", "ô tô đăng ký mới", "=", 102354, year=2025),
    C("ô tô và «290.570", "xe máy đăng ký mới", "=", 290570, year=2025),
    R("đáp ứng «10% nhu cầu", "bãi đỗ xe công cộng đáp ứng nhu cầu", "=", 10),
])

# --------------------------------------------------------------------------
# 02 Hà Nội, "Thừa dự án - thiếu điểm đỗ xe": many parking projects, few built (hanoitv.vn; cut:
# the switchboard line "Tổng đài: 0243 8356 700 | Email: [email protected]" with the blank line
# after it; the byline "16/09/2022 15:38", written as the first line `date 2022-09-16`). Year 2022
# for the results. Results: "7,5 triệu phương tiện", "1,2 triệu phương tiện từ các tỉnh ra vào
# hàng ngày" (counts, =), "mới chỉ bố trí được 0,12% diện tích đất đô thị dành cho giao thông
# tỉnh" (the page's misspelling of "tĩnh", kept in the indicator), "đáp ứng được 10% nhu cầu đỗ xe tại chỗ" (=), "chỉ có 590 điểm đỗ xe được cấp phép"
# (=). Targets: "Hà Nội phấn đấu đến năm 2025 sẽ xây dựng 204 bãi đỗ xe công cộng" (count, >=,
# 2025) "với tổng kinh phí xã hội hóa gần 30 nghìn tỷ đồng" (money, ~, 3e13: both magnitude words
# multiply; a target's amount, in the same sentence as the 204 car parks). Not quantities: the
# phone number (cut with its line), "15:38" (cut).
# --------------------------------------------------------------------------
D02 = dict(name="02_hanoi-diem-do-xe-204-bai-2022", kind="result", year=2022, records=[
    C("có «7,5 triệu", "phương tiện của Hà Nội", "=", 7.5e6),
    C("kể «1,2 triệu", "phương tiện từ các tỉnh ra vào hàng ngày", "=", 1.2e6),
    R("được «0,12% diện", "diện tích đất đô thị dành cho giao thông tỉnh", "=", 0.12),
    R("được «10% nhu cầu", "nhu cầu đỗ xe tại chỗ được đáp ứng", "=", 10),
    C("chỉ có «590 điểm", "điểm đỗ xe được cấp phép", "=", 590),
    TC("xây dựng «204 bãi", "bãi đỗ xe công cộng tập trung xây dựng tại khu vực nội đô", ">=", 204, year=2025),
    MONEY("hóa gần «30 nghìn tỷ", "tổng kinh phí xã hội hóa xây dựng bãi đỗ xe công cộng", "~", 30e12,
          kind="target", year=2025),
])

# --------------------------------------------------------------------------
# 03 Hà Nội, "Bao giờ hết cảnh thiếu bãi đỗ xe?" (lite.baomoi.com; cut: the photo caption "Điểm
# trông giữ xe trên phố Nguyên Công Hoan, Hà Nội. Ảnh: Phạm Hùng"; no byline, no stamp; the excerpt
# ends in "đã trở t"). Year null: the text names no year ("Sở GTVT Hà Nội (nay là Sở Xây dựng)"
# dates the page only by inference). Results: the subheading's "Bãi đỗ xe đáp ứng chưa đến 10%
# nhu cầu" (`<`, recorded like the body's, the earlier sets' judgement on titles) and the body's
# "đáp ứng chưa đến 10% nhu cầu thực tế" (`<`); "hơn 8 triệu phương tiện, trong đó hơn 1,5 triệu là
# ô tô" (`>`, two counts); "khoảng 1.100 phương tiện mới" a day (~); "chỉ đạt dưới 1%" (`<`);
# "khoảng 72 bãi đỗ xe chính thức" (~). Target: "theo quy hoạch đáng ra phải từ 3 - 4%" (the plan's
# share of land for static traffic: between 3 and 4, kind target, year null: the plan's horizon is
# not named). NOT: "chỉ chiếm 4% so với kế hoạch đề ra" (completion against a plan, the earlier
# sets' majority).
# --------------------------------------------------------------------------
D03 = dict(name="03_hanoi-thieu-bai-do-xe-2025", kind="result", year=None, records=[
    R("Bãi đỗ xe đáp ứng chưa đến «10% nhu cầu\n", "bãi đỗ xe đáp ứng nhu cầu", "<", 10),
    C("có hơn «8 triệu", "phương tiện toàn TP", ">", 8e6),
    C("trong đó hơn «1,5 triệu", "ô tô toàn TP", ">", 1.5e6),
    C("khoảng «1.100 phương", "phương tiện mới mỗi ngày", "~", 1100),
    R("chỉ đạt dưới «1%", "diện tích đất dành cho giao thông tĩnh", "<", 1),
    TP("phải từ «3 - 4%", "diện tích đất dành cho giao thông tĩnh theo quy hoạch", "between", 3, value_max=4),
    C("khoảng «72 bãi", "bãi đỗ xe chính thức được khai thác", "~", 72),
    R("chưa đến «10% nhu cầu thực tế", "bãi đỗ xe đáp ứng nhu cầu thực tế", "<", 10),
], NOT=["chiếm «4% so"])

# --------------------------------------------------------------------------
# 04 The whole country, new registrations of cars, motorbikes and lorries in 2025, the five
# provinces with the most (dantri.com.vn; the stamp " date 2025-12-26" written as the first line;
# cut: the photo caption "Người dân Hà Nội đi đăng ký, bấm biển số xe (Ảnh: Trần Thanh)." with the
# blank line after it). Year 2025 ("từ ngày 15/12/2024 đến 14/12/2025", "trong năm nay"); 2024 for
# "Năm 2024, con số này là gần 491.400 xe", "Năm 2024 đcon số này là gần 2,4 triệu xe" and the
# bracket "(89.943 phương tiện)" (the 2024 value, a bracket that states a value). The provinces'
# counts carry `place` (the page is national). "gần" `~`, "hơn" `>`. Not quantities: "26/12",
# "15/12/2024", "14/12/2025" (dates), "5 địa phương" (twice: the size of the list that follows),
# "tăng 35% so với năm 2024" (a change against an earlier value, spec).
# --------------------------------------------------------------------------
CAR = "ô tô đăng ký mới"
MOTO = "xe máy đăng ký mới"
D04 = dict(name="04_toanquoc-dang-ky-xe-moi-2025", kind="result", year=2025, records=[
    C("mới «624.300", "ô tô đăng ký mới toàn quốc", "=", 624300),
    C("là gần «491.400", "ô tô đăng ký mới toàn quốc", "~", 491400, year=2024),
    C("với gần «102.400", CAR, "~", 102400, place="TPHCM"),
    C("với «88.165", CAR, "=", 88165, place="Hà Nội"),
    C("Phòng «31.436", CAR, "=", 31436, place="Hải Phòng"),
    C("Ninh hơn «30.700", CAR, ">", 30700, place="Bắc Ninh"),
    C("Thọ «26.930", CAR, "=", 26930, place="Phú Thọ"),
    C("mới hơn «3,2 triệu", "xe máy đăng ký mới toàn quốc", ">", 3.2e6),
    C("là gần «2,4 triệu", "xe máy đăng ký mới toàn quốc", "~", 2.4e6, year=2024),
    C("với «290.570", MOTO, "=", 290570, place="TPHCM"),
    C("có «255.658", MOTO, "=", 255658, place="Hà Nội"),
    C("có «157.699", MOTO, "=", 157699, place="An Giang"),
    C("có «135.332", MOTO, "=", 135332, place="Đồng Nai"),
    C("có «130.934", MOTO, "=", 130934, place="Lâm Đồng"),
    C("hơn «122.000", "xe tải, xe container được đăng ký mới toàn quốc", ">", 122000),
    C("(«89.943", "xe tải, xe container được đăng ký mới toàn quốc", "=", 89943, year=2024),
], NOT=["tăng «35% so"])

# --------------------------------------------------------------------------
# 05 The whole country, households owning a car in the mid-term census of 1/4/2024, and Nghệ An's
# new cars (kienthuc.net.vn; the stamp " date 2025-01" written as the first line; nothing cut).
# Year 2024 (the census "thời điểm 0 giờ 1/4/2024"; Nghệ An's counts "đến tháng 12/2024", "tính
# đến ngày 15/12"); 2019 for "(5,7%)" and the 2019 survey's three provinces. Results: "9,0% hộ gia
# đình sử dụng ô tô"; "ở thành thị là 13,3% và ở nông thôn là 6,2%" (two records, scopes
# `thành thị`, `nông thôn`: population groups, spec); the provinces' shares in brackets (`place`);
# "trung bình cứ chưa đến 6 hộ gia đình (5,6) thì có 1 hộ có ô tô" (two records: `<` 6 and the
# bracket's `=` 5.6, unit other "hộ gia đình", place Quảng Ninh: the sentence is about Quảng Ninh);
# Nghệ An's "18.064 ô tô đăng ký mới", "202.940 ô tô mang biển số", "khoảng 100 - 110 xe ô tô"
# a day (between), "50 xe khu vực thành phố Vinh" and "50- 60 xe tại các huyện, thị" (between;
# scope null: the two areas are places inside Nghệ An, named in the indicator; place Nghệ An on
# every Nghệ An record). Not quantities: "cao hơn khoảng 3,3 điểm phần trăm so với năm 2019" and
# "tăng gần 3.000 xe so với năm 2023" (changes against earlier values), "0 giờ 1/4/2024", "15/12",
# "12/2024" (dates), "1 hộ" (the unit of the ratio), "top 3 tỉnh thành phố" (the size of the list
# of names that follows, not a rank given to a place; a judgement).
# --------------------------------------------------------------------------
OWN = "tỷ lệ hộ gia đình sở hữu ô tô"
NA = dict(place="Nghệ An")
D05 = dict(name="05_toanquoc-ho-so-huu-o-to-2024", kind="result", year=2024, records=[
    R("có «9,0% hộ", "hộ gia đình sử dụng ô tô", "=", 9.0),
    R("2019 («5,7%)", "hộ gia đình sử dụng ô tô", "=", 5.7, year=2019),
    R("thành thị là «13,3%", OWN, "=", 13.3, scope="thành thị"),
    R("nông thôn là «6,2%", OWN, "=", 6.2, scope="nông thôn"),
    R("Quảng Ninh («17,7%)", OWN, "=", 17.7, place="Quảng Ninh"),
    R("Thái Nguyên («17,4%)", OWN, "=", 17.4, place="Thái Nguyên"),
    R("Vĩnh Phúc («17,1%)", OWN, "=", 17.1, place="Vĩnh Phúc"),
    R("Đà Nẵng («15,8%)", OWN, "=", 15.8, place="Đà Nẵng"),
    R("Hà Nội («15%)", OWN, "=", 15, place="Hà Nội"),
    R("Hà Nội («12%)", OWN, "=", 12, year=2019, place="Hà Nội"),
    R("Đà Nẵng («10,7%)", OWN, "=", 10.7, year=2019, place="Đà Nẵng"),
    R("Thái Nguyên («10,3%)", OWN, "=", 10.3, year=2019, place="Thái Nguyên"),
    HH("chưa đến «6 hộ", "số hộ gia đình có 1 hộ có ô tô", "<", 6, place="Quảng Ninh"),
    HH("(«5,6)", "số hộ gia đình có 1 hộ có ô tô", "=", 5.6, place="Quảng Ninh"),
    C("có «18.064 ô tô", "ô tô đăng ký mới", "=", 18064, **NA),
    C("có «202.940 ô tô", "ô tô mang biển số tỉnh Nghệ An lũy kế", "=", 202940, **NA),
    C("khoảng «100 - 110", "xe ô tô đăng ký mới trung bình mỗi ngày", "between", 100, value_max=110, **NA),
    C("trong đó «50 xe", "xe ô tô đăng ký mới mỗi ngày khu vực thành phố Vinh", "=", 50, **NA),
    C("và «50- 60 xe", "xe ô tô đăng ký mới mỗi ngày tại các huyện, thị", "between", 50, value_max=60, **NA),
])

# --------------------------------------------------------------------------
# 06 Hà Nội, the congestion points to be dealt with in 2025 (tienphong.vn; the stamp " date
# 2025-10-22" written as the first line; nothing cut). Year 2025. Results: the title's "4 'điểm
# đen' ùn tắc giao thông được Hà Nội ưu tiên xử lý" (recorded like the body's, the earlier sets'
# judgement on titles), "hiện có 38 điểm thường xuyên xảy ra ùn tắc", "đã hoàn thành 2 điểm",
# "khắc phục tại 4 điểm còn lại" (counts, =). Target: "trong năm 2025, sẽ tập trung xử lý 6 điểm
# ùn tắc" (count, >=, 2025).
# --------------------------------------------------------------------------
D06 = dict(name="06_hanoi-diem-un-tac-2025", kind="result", year=2025, records=[
    C("tại «4 'điểm", "điểm đen ùn tắc giao thông được ưu tiên xử lý", "=", 4),
    C("có «38 điểm", "điểm thường xuyên xảy ra ùn tắc giao thông tại các trục đường và nút giao lớn", "=", 38),
    TC("xử lý «6 điểm", "điểm ùn tắc tập trung xử lý", ">=", 6),
    C("thành «2 điểm", "điểm ùn tắc đã hoàn thành xử lý", "=", 2),
    C("tại «4 điểm còn", "điểm ùn tắc đang tiếp tục triển khai biện pháp khắc phục", "=", 4),
])

# --------------------------------------------------------------------------
# 07 Hà Nội, Vĩnh Hưng ward's 56 parking points of which 54 have no licence (cafef.vn; the stamp
# " date 2026-02-13" written as the first line; cut: the photo caption "Một bãi trông giữ phương
# tiện trái phép trên địa bàn phường Vĩnh Hưng (ảnh tư liệu)" with the blank line after it; the
# excerpt ends in "đất dự "). Year 2026 (the stamp: "Ngày 12/12" names no year; "Từ 1/7/2025 đến
# nay" ends now). Results (counts, =): 56 points, "chỉ 2 bãi đỗ xe được cấp phép", the 54 without
# licence and its breakdown "40 bãi ... 3 bãi ... 2 bãi ... 2 bãi" (each its own subject, scope
# null: a breakdown by kind of land), the second "54 điểm trông giữ xe không giấy phép đều quy mô
# nhỏ lẻ" (recorded at each statement, as the earlier sets' majority), "xử phạt hành chính 25
# trường hợp", "10 ô đất dành cho bãi xe" and its bracket "(2,26ha)" (unit other "ha"). Not
# quantities: "12/12", "1/7/2025" (dates), "số 409 Lĩnh Nam" (an address), "hàng chục" (no number).
# --------------------------------------------------------------------------
D07 = dict(name="07_hanoi-vinhhung-bai-xe-trai-phep-2026", kind="result", year=2026, records=[
    C("hiện «56 điểm", "điểm trông giữ phương tiện giao thông trên địa bàn phường", "=", 56),
    C("chỉ «2 bãi", "bãi đỗ xe được cấp phép", "=", 2),
    C("Trong số «54 điểm", "điểm trông giữ phương tiện không phép", "=", 54),
    C("có tới «40 bãi", "bãi đỗ xe trên đất sản xuất nông nghiệp", "=", 40),
    C("nghiệp, «3 bãi", "bãi trông giữ xe trên đất tôn giáo/di tích", "=", 3),
    C("di tích, «2 bãi", "bãi đỗ xe tại khu đất dự án chậm triển khai", "=", 2),
    C("Lĩnh Nam, «2 bãi", "bãi đỗ xe thuộc cơ quan nhà nước", "=", 2),
    C("biết, «54 điểm", "điểm trông giữ xe không giấy phép quy mô nhỏ lẻ", "=", 54),
    C("chính «25 trường", "trường hợp chấm dứt hoạt động, xử phạt hành chính", "=", 25),
    C("có «10 ô đất", "ô đất dành cho bãi xe theo quy hoạch", "=", 10),
    HA("(«2,26ha)", "ô đất dành cho bãi xe theo quy hoạch", "=", 2.26),
])

# --------------------------------------------------------------------------
# 08 Hà Nội, the capital's transport plan to 2030 with a vision to 2050 (vnews.gov.vn; cut: the
# byline "23-05-2024, 11:27", written as the first line `date 2024-05-23`, and the link "Xem thêm"
# at the end with the blank line before it). Targets of the plan, kind target: "tỷ lệ đất dành
# cho giao thông tĩnh được xác định đạt 3-4%" (between, 2030: the plan's horizon), "thị phần khu
# vực đô thị trung tâm đến năm 2030 đạt khoảng 50-55%" (between, 2030), "sau năm 2030 đạt 60-70%"
# (between, year 2050: the plan's vision, the only later year the text names; a judgement). Not
# quantities: "năm 2030", "năm 2050" (dates).
# --------------------------------------------------------------------------
D08 = dict(name="08_hanoi-quy-hoach-giao-thong-tinh-2024", kind="target", year=2030, records=[
    R("đạt «3-4%", "tỷ lệ đất dành cho giao thông tĩnh", "between", 3, value_max=4),
    R("khoảng «50-55%", "thị phần vận tải hành khách công cộng khu vực đô thị trung tâm, tổng nhu cầu đi lại", "between", 50, value_max=55),
    R("đạt «60-70%", "thị phần vận tải hành khách công cộng, tổng nhu cầu đi lại của người dân",
      "between", 60, value_max=70, year=2050),
])

# --------------------------------------------------------------------------
# 09 Hà Nội, public transport's share of trips in 2022, target and result (moitruong.net.vn, a tag
# page's lead; nothing cut; no byline, no stamp). Year 2022. Target: "Đáp ứng khoảng 21- 23% nhu
# cầu đi lại của người dân trong năm 2022 là mục tiêu" (between, 2022). Result: "mới chỉ dừng lại
# ở 18%" (=, 2022).
# --------------------------------------------------------------------------
D09 = dict(name="09_hanoi-van-tai-cong-cong-chi-tieu-2022", kind="result", year=2022, records=[
    TP("khoảng «21- 23%", "vận tải công cộng đáp ứng nhu cầu đi lại của người dân", "between", 21, value_max=23),
    R("ở «18%", "vận tải công cộng đáp ứng nhu cầu đi lại của người dân", "=", 18),
])

# --------------------------------------------------------------------------
# 10 Hà Nội, the target for public transport by 2025 under Resolution 48/NQ-CP (baovephapluat.vn,
# an infographic's lead; nothing cut; no byline, no stamp). Target: "vận tải hành khách công cộng
# đáp ứng 30% - 35% nhu cầu đi lại" (between, 2025; "30% - 35%", the "%" on the low end too). Not
# quantities: "2022 - 2025" (twice), "5/4/2022" (dates), "Nghị quyết số 48/NQ-CP" (a document).
# --------------------------------------------------------------------------
D10 = dict(name="10_hanoi-van-tai-cong-cong-muc-tieu-2025", kind="target", year=2025, records=[
    R("đáp ứng «30% - 35%", "vận tải hành khách công cộng đáp ứng nhu cầu đi lại của người dân", "between", 30,
      value_max=35),
])

# --------------------------------------------------------------------------
# 11 Khánh Hòa, Nha Trang's guidance on stopping and parking over the 30/4 and 1/5 holidays (a
# precision text; vjs.vietnam.vn, reprinting baokhanhhoa.vn; cut: the photo caption "Xe ô tô đậu
# sai trên đường Lý Tự Trọng ... cùm xe, xử lý. |", the byline "VĂN KỲ", the source line "Nguồn:
# https://baokhanhhoa.vn/..." and the comment counter "Bình luận (0)"; no byline date, no stamp).
# Year null (the text names no year; the source address's "202504" was cut with its line). One
# result: "TP. Nha Trang bố trí tạm 6 bãi đỗ xe" (count, =). Not quantities: "5 ngày" (the length
# of the holiday), "không cách lề quá 25cm" (a rule of the road, not a target or result), "Cây
# xăng số 4", "đường 23 tháng 10", "số 120", "số 170" (names and addresses), "16 chỗ" (a class of
# vehicle).
# --------------------------------------------------------------------------
D11 = dict(name="11_khanhhoa-nhatrang-bai-do-xe-le-2025-precision", kind="result", year=None, records=[
    C("tạm «6 bãi", "bãi đỗ xe bố trí tạm", "=", 6),
])

# --------------------------------------------------------------------------
# 12 Hải Phòng, the ban on parking cars in the central streets deferred to 1/4/2026 (a precision
# text; vtcnews.vn; nothing cut: the lead sentence stands twice in the page and stays twice; no
# byline, no stamp). No record: "1/4/2026" (twice) is a date, "lùi một năm" has no digit.
# --------------------------------------------------------------------------
D12 = dict(name="12_haiphong-cam-do-o-to-2026-precision", kind="result", year=2026, records=[])

# --------------------------------------------------------------------------
# 13 Thành phố Hồ Chí Minh, the chairman's plan for traffic order and congestion over the Tết of
# 2025 (a precision text; danviet.vn; the stamp " date 2025-01" written as the first line; cut: the
# photo caption "Hàng dài phương tiện "đứng hình" ... sáng 23/1. Ảnh: D.B" with the blank line after
# it; the excerpt ends in "năm 2025,"). No record: "Công điện số 132/CĐ-TTg", "Công văn số
# 8570/UBND-ĐT" (documents), "2025" (four times: the year's name, the theme's year), "Năm An toàn
# giao thông 2025" (a name).
# --------------------------------------------------------------------------
D13 = dict(name="13_hochiminh-ke-hoach-tet-giao-thong-2025-precision", kind="result", year=2025, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
