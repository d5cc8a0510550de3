#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set294).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (goldkit.clause_span).

Each document may also list NOT: locators of percentages deliberately left without a record (a
result's change against an earlier value); check_gold.py verifies that every percentage has a
record or a NOT entry.

Each record carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: the catalogue names no indicator of occupational safety
(accidents, deaths, injuries, occupational disease, workplace monitoring, safety training), so
every record of this set has null (see README). The records are written with three partials of
goldkit.R: `N` (a count), `P` (a percentage) and `M` (an amount of money in đồng).

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
from goldkit import R, T  # noqa: E402

N = functools.partial(R, unit="count")            # a count: accidents, people, workplaces
P = functools.partial(R, unit="%")                # a share or rate
M = functools.partial(R, unit="other", unit_text="đồng")  # money, the magnitude word multiplied in
TRIEU, TY = 1e6, 1e9

# --------------------------------------------------------------------------
# 01 Quảng Ninh, the Department of Labour's statistics of labour accidents in 2022 (kinhtexahoi.vn;
# the byline date "02/02/2023 15:37" cut and written as the first line `date 2023-02-02`). Year 2022
# (the text's "năm 2022"; the byline's 2023 is the report's date). Results. The title's "hơn 600
# vụ" (>), the lead's "619 vụ ... 32 người thiệt mạng" and the body's restatements each have a
# record (headline and restatements, as earlier sets). The subset "Các doanh nghiệp có trụ sở chính
# đóng trên địa bàn tỉnh ... 24 vụ ..., làm chết 25 người" is its own subject (scope null: a group
# of enterprises, not a level). The costs in "triệu đồng" (money, unit other "đồng", 1e6 multiplied
# in), the days off (unit other "ngày"), and the one accident's "làm chết 01 công nhân, bị thương 03
# công nhân". Not quantities: "giảm 16 vụ", "giảm 13 người", "giảm 01 người", "tăng 01 vụ", "tăng 01
# người" (changes against 2021), "04/4/2022" (a date), "PS5" (a name).
# --------------------------------------------------------------------------
D01 = dict(name="01_quangninh-tai-nan-lao-dong-2022", kind="result", year=2022, records=[
    N("xảy ra hơn «600 vụ", "vụ tai nạn lao động xảy ra tại Quảng Ninh", ">", 600),
    N("trên địa bàn xảy ra «619 vụ", "vụ tai nạn lao động xảy ra trên địa bàn", "=", 619),
    N("khiến «32 người thiệt mạng", "người thiệt mạng do tai nạn lao động", "=", 32),
    N("Quảng Ninh xảy ra «619 vụ TNLĐ", "vụ TNLĐ trong khu vực có quan hệ lao động tại các doanh nghiệp trên "
      "địa bàn tỉnh", "=", 619),
    N("làm «632 người bị nạn", "người bị nạn do TNLĐ", "=", 632),
    N("chết người là «31 vụ", "số vụ tai nạn lao động (TNLĐ) chết người", "=", 31),
    N("số người chết là «32 người", "số người chết do TNLĐ", "=", 32),
    N("bị thương nặng là «417 người", "số người bị thương nặng do TNLĐ", "=", 417),
    N("xảy ra «24 vụ TNLĐ", "vụ TNLĐ chết người tại các doanh nghiệp có trụ sở chính đóng trên địa bàn tỉnh",
      "=", 24),
    N("làm chết «25 người", "người chết do TNLĐ tại các doanh nghiệp có trụ sở chính đóng trên địa bàn tỉnh",
      "=", 25),
    M("năm 2022 là «35.430 triệu", "chi phí thiệt hại do TNLĐ", "=", 35430 * TRIEU),
    M("chi phí y tế là «8.932", "chi phí y tế do TNLĐ", "=", 8932 * TRIEU),
    M("điều trị là «10.366", "trả lương trong thời gian điều trị do TNLĐ", "=", 10366 * TRIEU),
    M("người bị nạn là «13.830", "bồi thường, trợ cấp cho người bị nạn, thân nhân của người bị nạn", "=",
      13830 * TRIEU),
    M("tài sản là «2.302", "thiệt hại tài sản do TNLĐ", "=", 2302 * TRIEU),
    R("TNLĐ là «42.870 ngày", "tổng số ngày nghỉ do TNLĐ", "=", 42870, unit="other", unit_text="ngày"),
    N("làm chết «01 công nhân", "công nhân chết trong vụ TNLĐ do ngạt khí độc tại Trạm bơm nước thải PS5", "=",
      1),
    N("bị thương «03 công nhân", "công nhân bị thương trong vụ TNLĐ do ngạt khí độc tại Trạm bơm nước thải "
      "PS5", "=", 3),
])

# --------------------------------------------------------------------------
# 02 Quảng Ninh, labour accidents in the first six months of 2023, the coal industry's down
# (nongnghiep.vn; cut: the hotline line "| Hotline: 0983.970.780" with the blank line after it, the
# byline date "Thứ Năm 20/07/2023 , 09:34 (GMT+7)" written as the first line `date 2023-07-20`, the
# photo caption "Tai nạn lao động ngành than giảm mạnh so với những năm trước." twice with the blank
# lines between). Year 2023 ("6 tháng đầu năm 2023"). Results: the coal industry's "5 vụ ... làm chết
# 5 người" (lead) and TKV's restatement "5 vụ ... làm chết 5 người" each a record; the province's
# 282, 289, 9, 12, 185, 189, 88, 88; the costs "trên 10 tỷ đồng" (>), "2,4 tỷ đồng", "4,2 tỷ đồ"
# (the excerpt ends inside "đồng": unit_text "đồng", a judgement). Not quantities: every "giảm N vụ",
# "giảm N người" (changes against the first half of 2022), "6 tháng" (the period).
# --------------------------------------------------------------------------
D02 = dict(name="02_quangninh-tai-nan-lao-dong-6-thang-2023", kind="result", year=2023, records=[
    N("Quảng Ninh xảy ra «5 vụ", "vụ tai nạn lao động ngành than Quảng Ninh", "=", 5),
    N("làm chết «5 người, giảm 5 vụ", "người chết do tai nạn lao động ngành than Quảng Ninh", "=", 5),
    N("xảy ra «282 vụ", "vụ tai nạn lao động trong khu vực có quan hệ lao động tại các doanh nghiệp trên địa bàn "
      "tỉnh", "=", 282),
    N("làm «289 người", "người bị nạn do tai nạn lao động", "=", 289),
    N("chết người là «9 vụ", "số vụ tai nạn lao động chết người", "=", 9),
    N("số người chết là «12 người", "số người chết do tai nạn lao động", "=", 12),
    N("tai nạn nặng là «185 vụ", "số vụ tai nạn nặng", "=", 185),
    N("bị thương nặng là «189 người", "số người bị thương nặng", "=", 189),
    N("tai nạn nhẹ là «88 vụ", "số vụ tai nạn nhẹ", "=", 88),
    N("bị thương nhẹ là «88 người", "số người bị thương nhẹ", "=", 88),
    N("2023 xảy ra «5 vụ", "vụ tai nạn lao động tại các doanh nghiệp thuộc Tập đoàn Công nghiệp Than - Khoáng "
      "sản Việt Nam (TKV)", "=", 5),
    N("làm chết «5 người, so với", "người chết do tai nạn lao động tại các doanh nghiệp thuộc TKV", "=", 5),
    M("năm nay trên «10 tỷ", "chi phí thiệt hại do tai nạn lao động", ">", 10 * TY),
    M("chi phí y tế là «2,4 tỷ", "chi phí y tế do tai nạn lao động", "=", 2.4 * TY),
    M("điều trị là «4,2 tỷ", "trả lương trong thời gian điều trị do tai nạn lao động", "=", 4.2 * TY),
])

# --------------------------------------------------------------------------
# 03 Hồ Chí Minh City, labour accidents of the first six months of 2022 by cause and sector
# (dantri.com.vn; the stamp " date 2022-10" written as the first line; nothing cut; the excerpt ends
# in "bao gồ"). Year 2022 (the stamp's year; "so với cùng kỳ năm 2021" names the year before).
# Results: 267 accidents, 267 dead and injured, 31 dead; the causes (155 with 58%, 34, 78); the
# 4.151 enterprises whose reports the figures sum (a value reached, as set288's "trong tổng số 1.597
# nhà": a judgement); the five sectors' counts with their shares (each its own subject, scope null:
# a breakdown by kind); construction's "10 vụ trên tổng số 31 vụ tai nạn lao động chết người (chiếm
# tỷ lệ 32,25%)" (three records: the 31 fatal accidents are stated here only). Not quantities:
# "giảm 11 vụ", "giảm 13 người", "giảm 889 đơn vị (giảm 17,6%)" (changes against 2021; NOT for the
# percentage), "6 tháng" (the period).
# --------------------------------------------------------------------------
D03 = dict(name="03_tphcm-tai-nan-lao-dong-6-thang-2022", kind="result", year=2022, records=[
    N("thành phố xảy ra «267 vụ", "vụ tai nạn lao động trên địa bàn thành phố", "=", 267),
    N("bị thương là «267 người", "số lao động chết, bị thương do tai nạn lao động", "=", 267),
    N("có «31 người chết", "người chết do tai nạn lao động", "=", 31),
    N("người lao động («155 vụ", "vụ tai nạn lao động do lỗi người lao động", "=", 155),
    P("chiếm tỷ lệ «58%", "tỷ lệ vụ tai nạn lao động do lỗi người lao động", "=", 58),
    N("Có «34 tai nạn", "tai nạn nguyên nhân do lỗi của người sử dụng lao động", "=", 34),
    N("«78 trường hợp", "trường hợp tai nạn lao động do những nguyên nhân khách quan, khó tránh", "=", 78),
    N("tại «4.151 doanh nghiệp", "doanh nghiệp báo cáo tình hình tai nạn lao động", "=", 4151),
    N("giày dép («53 vụ", "vụ tai nạn lao động trong lĩnh vực sản xuất giày dép", "=", 53),
    P("chiếm tỷ lệ «19,85%", "tỷ lệ vụ tai nạn lao động trong lĩnh vực sản xuất giày dép", "=", 19.85),
    N("may mặc («31 vụ", "vụ tai nạn lao động trong lĩnh vực may mặc", "=", 31),
    P("may mặc (31 vụ, chiếm tỷ lệ «11,61%", "tỷ lệ vụ tai nạn lao động trong lĩnh vực may mặc", "=", 11.61),
    N("túi xách («31 vụ", "vụ tai nạn lao động trong lĩnh vực sản xuất va li, túi xách", "=", 31),
    P("túi xách (31 vụ, chiếm tỷ lệ «11,61%", "tỷ lệ vụ tai nạn lao động trong lĩnh vực sản xuất va li, túi xách",
      "=", 11.61),
    N("công trình («22 vụ", "vụ tai nạn lao động trong lĩnh vực thi công xây dựng công trình", "=", 22),
    P("chiếm tỷ lệ «8,24%", "tỷ lệ vụ tai nạn lao động trong lĩnh vực thi công xây dựng công trình", "=", 8.24),
    N("kim loại («19 vụ", "vụ tai nạn lao động trong lĩnh vực sản xuất sản phẩm bằng kim loại", "=", 19),
    P("chiếm tỷ lệ «7,11%", "tỷ lệ vụ tai nạn lao động trong lĩnh vực sản xuất sản phẩm bằng kim loại", "=",
      7.11),
    N("có «10 vụ trên", "vụ tai nạn lao động chết người trong lĩnh vực thi công xây dựng", "=", 10),
    N("tổng số «31 vụ", "tổng số vụ tai nạn lao động chết người", "=", 31),
    P("chiếm tỷ lệ «32,25%", "tỷ lệ vụ tai nạn lao động chết người trong lĩnh vực thi công xây dựng", "=",
      32.25),
], NOT=["(giảm «17,6%)"])

# --------------------------------------------------------------------------
# 04 Đắk Nông, Plan 210/KH-UBND of 27 April 2020 on workers' health and occupational disease
# 2020-2025: its first part, the state of 2016-2019 (thuvienphapluat.vn; nothing cut; the page's
# line breaks inside sentences kept; the excerpt ends in "có 43 cơ sở"). Results "Tính đến
# 31/12/2019": year 2019. "khoảng" is `~` for the number it stands before (4.666, 25.512, 3.869,
# 13.093); the shares "chiếm 17,6%", "chiếm 51,3%", "chiếm 13,7%" (`=`); the counts 153, 11, 5,
# 3.497, 43. Not quantities: "trên 200 lao động/cơ sở" (the size that defines the class of the 11
# workplaces, part of their subject), "210/KH-UBND" (a number), "27 tháng 4 năm 2020", "2020-2025",
# "2030", "2016-2019", "31/12/2019" (dates), "Phần I", "1." (labels).
# --------------------------------------------------------------------------
D04 = dict(name="04_daknong-kh210-suc-khoe-nguoi-lao-dong-2020", kind="result", year=2019, records=[
    N("có khoảng «4.666", "cơ sở lao động được quản lý, theo dõi chăm sóc sức khỏe người lao động và phòng, "
      "chống bệnh nghề nghiệp", "~", 4666),
    P("(chiếm «17,6%", "cơ sở lao động được quản lý, theo dõi chăm sóc sức khỏe người lao động trên tổng số "
      "cơ sở lao động trên địa bàn", "=", 17.6),
    N("với khoảng «25.512", "người lao động của các cơ sở lao động được quản lý", "~", 25512),
    N("có «153 cơ sở", "cơ sở lao động có yếu tố nguy hiểm được quản lý", "=", 153),
    N("với khoảng «3.869", "người lao động của cơ sở lao động có yếu tố nguy hiểm được quản lý", "~", 3869),
    N("với khoảng «13.093", "người lao động thuộc lĩnh vực nông nghiệp, công nghiệp chế biến, chế tạo, xây dựng, "
      "nhà hàng, khách sạn, dịch vụ sửa chữa, giáo dục và đào tạo", "~", 13093),
    P("chiếm «51,3%", "người lao động thuộc lĩnh vực nông nghiệp, công nghiệp chế biến, chế tạo, xây dựng, "
      "nhà hàng, khách sạn, dịch vụ sửa chữa, giáo dục và đào tạo", "=", 51.3),
    N("Có «11 cơ sở", "cơ sở có quy mô trên 200 lao động/cơ sở", "=", 11),
    N("(«5 cơ sở", "cơ sở trực thuộc bộ, ngành đóng trên địa bàn tỉnh", "=", 5),
    N("với «3.497 người", "người lao động của các cơ sở có quy mô trên 200 lao động", "=", 3497),
    P("(chiếm «13,7%", "người lao động của các cơ sở có quy mô trên 200 lao động", "=", 13.7),
    N("có «43 cơ sở", "cơ sở lao động", "=", 43),
])

# --------------------------------------------------------------------------
# 05 Ninh Thuận, Plan 2723/KH-UBND of 5 July 2023 on workers' health and occupational disease
# 2023-2030: its specific targets (hethongphapluat.vn; nothing cut; the excerpt ends in "lồng ghép
# dịch "). Targets, each for the year its sentence names (2025 or 2030); bare numbers and "đạt"
# `>=`. "quản lý được 50% ... vào năm 2025 và đạt 80% vào năm 2030", "kiểm tra 30% ... vào năm
# 2025 và 50% vào năm 2030": two records each, one per year (no scope). Not quantities: the dates,
# "2723/KH-UBND", "659/QĐ-TTg" (numbers), "năm 2025", "năm 2030" of item a) (a date for a database
# to be built: no value), "a)", "b)" (labels).
# --------------------------------------------------------------------------
D05 = dict(name="05_ninhthuan-kh2723-benh-nghe-nghiep-2023-2030", kind="target", year=2030, records=[
    P("quản lý được «50% số", "cơ sở lao động có yếu tố có hại gây bệnh nghề nghiệp được quản lý", ">=", 50,
      year=2025),
    P("và đạt «80% vào", "cơ sở lao động có yếu tố có hại gây bệnh nghề nghiệp được quản lý", ">=", 80,
      year=2030),
    P("kiểm tra «30% cơ sở", "cơ sở lao động có yếu tố có hại gây bệnh nghề nghiệp được kiểm tra công tác quan "
      "trắc môi trường lao động", ">=", 30, year=2025),
    P("2025 và «50% vào", "cơ sở lao động có yếu tố có hại gây bệnh nghề nghiệp được kiểm tra công tác quan trắc "
      "môi trường lao động", ">=", 50, year=2030),
    P("«100% cơ sở lao động có sử dụng amiăng", "cơ sở lao động có sử dụng amiăng được giám sát, quan trắc môi "
      "trường lao động theo quy định", ">=", 100, year=2025),
])

# --------------------------------------------------------------------------
# 06 Bình Thuận, the province's plan on occupational safety and health "trong tình hình mới": its
# specific targets (en.baobinhthuan.com.vn; nothing cut; no stamp, no byline; the excerpt ends in
# "trong cá"). Year null: the text names none. Targets: "giảm tỉ lệ tai nạn lao động chết người ít
# nhất 4%/năm" (`>=`, a target stated as a change), the two "tăng từ 5%/năm trở lên" (`>=`). Not
# quantities: "5 nhiệm vụ, giải pháp" (a count of tasks, spec).
# --------------------------------------------------------------------------
D06 = dict(name="06_binhthuan-ke-hoach-atvsld-muc-tieu", kind="target", year=None, records=[
    P("ít nhất «4%/năm", "giảm tỉ lệ tai nạn lao động chết người", ">=", 4),
    P("khám bệnh tăng từ «5%/năm", "tỷ lệ người lao động làm việc trong môi trường tiếp xúc với các yếu tố có "
      "nguy cơ bệnh nghề nghiệp được khám bệnh tăng", ">=", 5),
    P("lao động tăng từ «5%/năm", "số cơ sở phát sinh yếu tố có hại được quan trắc môi trường lao động tăng"
      "", ">=", 5),
])

# --------------------------------------------------------------------------
# 07 Lào Cai, one of the eight targets of the province's implementation of the national programme
# on occupational safety (taichinhplus.com.vn, a section page's teaser; nothing cut). Target for
# 2025, "trên 80%" (`>`). Not quantities: "1 trong 8 mục tiêu" (a count of targets, as the spec's
# counts of tasks).
# --------------------------------------------------------------------------
D07 = dict(name="07_laocai-muc-tieu-huan-luyen-atvsld-2025", kind="target", year=2025, records=[
    P("trên «80% người", "người làm công việc có yêu cầu nghiêm ngặt được huấn luyện an toàn vệ sinh lao động",
      ">", 80),
])

# --------------------------------------------------------------------------
# 08 Đồng Nai, the collapse of a wall at the Giang Điền industrial park, Trảng Bom (vov.vn; the stamp
# " date 2020-05" written as the first line; nothing cut; the text is a photo's caption run into the
# paragraph, kept). Year 2020 (the stamp's). Results: "làm 10 người chết, 15 người bị thương". Not
# quantities: "14/5" (a date).
# --------------------------------------------------------------------------
D08 = dict(name="08_dongnai-sap-tuong-trang-bom-2020", kind="result", year=2020, records=[
    N("làm «10 người chết", "người chết trong vụ tai nạn lao động đặc biệt nghiêm trọng tại công trường xây "
      "tường bao nhà xưởng của công ty cổ phần AV Healthcare", "=", 10),
    N("chết, «15 người bị thương", "người bị thương trong vụ tai nạn lao động tại công trường của công ty cổ phần "
      "AV Healthcare", "=", 15),
])

# --------------------------------------------------------------------------
# 09-11 precision texts: no quantity. 09 Gia Lai's plan for the 2024 Action Month (gialaitv.vn; the
# stamp " date 2024-02" written as the first line): "năm 2024", "từ ngày 01 đến ngày 31 tháng 5 năm
# 2024" (dates). 10 Quảng Bình's Decision 1173/QĐ-UBND of 26 April 2021 issuing the province's
# programme 2021-2025 (hethongphapluat.com; nothing cut: the page's list of the laws it rests on,
# numbered "1" to "4" glued to their titles, kept): dates, document numbers, article numbers, the
# list's numbers. 11 Hướng Hóa district (Quảng Trị), Plan 231/KH-UBND of 20 April 2022 for the 2022
# Action Month (pvhtthuonghoa.gov.vn; cut: the section label "Thông tin chỉ đạo, điều hành của UBND
# huyện" with the blank line after it, the visitor counters "Đang truy cập: 4", "Hôm nay: 199" and
# the truncated "Tro" with the blank lines before them): dates, "231/KH-UBND", "Covid- 19" (a name).
# --------------------------------------------------------------------------
D09 = dict(name="09_gialai-thang-hanh-dong-atvsld-2024-precision", kind="target", year=2024, records=[])
D10 = dict(name="10_quangbinh-qd1173-chuong-trinh-atvsld-2021-2025-precision", kind="target", year=2021,
           records=[])
D11 = dict(name="11_quangtri-huonghoa-thang-hanh-dong-2022-precision", kind="target", year=2022, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
