#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set292).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (goldkit.clause_span).

Each document may also list NOT: locators of percentages deliberately left without a record
(completion against a quota or a plan: "đạt 100% chỉ tiêu", "hoàn thành 99,9% kế hoạch");
check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml. No quantity
of this set (women's and farmers' unions: members, loans, cooperatives, poor households helped)
measures a catalogue indicator (the catalogue's are digital-transformation indicators; its nearest,
econ.sme_cooperatives_supported_count, counts cooperatives supported *in digital transformation*),
so every record's id is null and no record writes `iid=`.

The set's texts have no pillar heading: every record's pillar is null (the default of R).
Money is unit other, unit_text "đồng", the magnitude word multiplied in (spec's decided case);
`MONEY(x)` below is that shorthand. Counts use CNT.

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

DONG = dict(unit="other", unit_text="đồng")
TY, TRIEU, NGHIN = 1e9, 1e6, 1e3

# Shorthands of this set (not in earlier sets' builders): a count record and a money record.
C = functools.partial(R, unit="count")
M = functools.partial(R, unit="other", unit_text="đồng")

# --------------------------------------------------------------------------
# 01 Hòa Bình, policy credit through the farmers' union at the end of 2024 (baokiemtoan.vn; nothing
# cut; no byline, no stamp; the excerpt ends in "thực hiện đầy đủ các"). Year 2024 ("đến hết năm
# 2024", "Trong năm 2024"; "Hiện nay" and "Đến nay" in the same report, 2024). Results: the
# province's policy-credit balance "đạt 5.308,3 tỷ đồng" (=), "hơn 101,6 nghìn hộ vay vốn" (>,
# 101600), the average balance "gần 52,2 triệu đồng/hộ" (~, other, unit_text "đồng/hộ", as earlier
# sets wrote incomes per head "đồng/người/năm"), the borrowers of 2024 by kind (five counts, =, each
# its own subject, scope null: a breakdown by kind of borrower), the outputs (six counts), the
# farmers' union's entrusted balance "gần 1.274 tỷ đồng" (~), "627 tổ" (=) and "trên 25.500 hộ"
# (>). Not quantities: "tăng hơn 487 tỷ đồng so với thời điểm 31/12/2023" (a change against an
# earlier value, spec), "31/12/2023" (a date). NOT: "hoàn thành 99,9% kế hoạch giao" (completion
# of a plan).
# --------------------------------------------------------------------------
D01 = dict(name="01_hoabinh-hoi-nong-dan-von-uy-thac-2024", kind="result", year=2024, records=[
    M("tỉnh đạt «5.308,3 tỷ", "tổng dư nợ tín dụng chính sách trên địa bàn tỉnh", "=", 5308.3 * TY),
    C("có hơn «101,6 nghìn hộ", "hộ vay vốn chính sách", ">", 101600),
    R("bình quân gần «52,2 triệu", "dư nợ bình quân", "~", 52.2 * TRIEU, unit="other", unit_text="đồng/hộ"),
    C("giúp «4.655 lượt", "lượt hộ nghèo được vay vốn", "=", 4655),
    C("nghèo, «4.030 lượt", "lượt hộ cận nghèo được vay vốn", "=", 4030),
    C("nghèo, «2.549 lượt", "lượt hộ mới thoát nghèo được vay vốn", "=", 2549),
    C("nghèo, «4.165 lượt", "lượt khách hàng vùng khó khăn được vay vốn", "=", 4165),
    C("khăn, «50 lượt", "lượt người chấp hành xong án phạt tù được vay vốn", "=", 50),
    C("cho «6.986 lao động", "lao động được tạo việc làm, duy trì và mở rộng việc làm", "=", 6986),
    C("xây «43 nhà", "nhà ở xã hội được xây", "=", 43),
    C("giúp «139 học sinh", "học sinh, sinh viên vay vốn chi phí học tập", "=", 139),
    C("tập; «140 lao động", "lao động đi làm việc theo hợp đồng có thời hạn ở nước ngoài", "=", 140),
    C("nâng cấp «10.973 công", "công trình nước sạch được xây dựng, nâng cấp", "=", 10973),
    C("sạch, «10.787 công", "công trình vệ sinh tại vùng nông thôn được xây dựng, nâng cấp", "=", 10787),
    M("dư nợ gần «1.274 tỷ", "dư nợ nguồn vốn ủy thác Hội nông dân tỉnh quản lý", "~", 1274 * TY),
    C("với «627 tổ", "tổ tổ kiệm và vay vốn", "=", 627),
    C("cho trên «25.500 hộ", "hộ nông dân vay", ">", 25500),
], NOT=["hoàn thành «99,9% kế hoạch"])

# --------------------------------------------------------------------------
# 02 Quảng Nam, Hội An: the farmers' union's funds and entrusted loans (hoianrt.vn; cut: the byline
# "MỸ LỆ" with the blank line before it; no date). Year 2022 ("Đến cuối năm 2022"; the last
# paragraph's "Toàn thành phố có" stands in the same report, 2022). Results: the provincial union's
# entrusted capital "3 tỷ đồng" (=), the city's and communes' lending "3,3 tỷ đồng" with "200 hộ
# vay" (two records), the VBSP balance "đạt 72 tỷ đồng" with "1.600 hộ vay", the Agribank and
# LienVietPostBank balance "dư nợ 10 tỷ đồng", and "gần 20 nghìn hộ nông dân đạt danh hiệu nông dân
# sản xuất kinh doanh giỏi" (~, 20000). Not quantities: "Nhiệm kỳ 2018 – 2023" (dates).
# --------------------------------------------------------------------------
D02 = dict(name="02_quangnam-hoian-quy-ho-tro-nong-dan-2022", kind="result", year=2022, records=[
    M("tỉnh «3 tỷ", "tổng nguồn vốn ủy thác của Hội Nông dân tỉnh", "=", 3 * TY),
    M("vay là «3,3 tỷ", "nguồn vốn thành phố, xã phường theo dõi quản lý cho vay", "=", 3.3 * TY),
    C("với «200 hộ", "hộ vay nguồn vốn thành phố, xã phường", "=", 200),
    M("đạt «72 tỷ", "tổng số dư nợ tín chấp qua kênh Ngân hàng Chính sách xã hội", "=", 72 * TY),
    C("với «1.600 hộ", "hộ vay qua kênh Ngân hàng Chính sách xã hội", "=", 1600),
    M("dư nợ «10 tỷ", "dư nợ cho vay qua kênh của Hội Nông dân với Ngân hàng Nông nghiệp, Ngân hàng Bưu điện Liên Việt",
      "=", 10 * TY),
    C("có gần «20 nghìn hộ", "hộ nông dân đạt danh hiệu nông dân sản xuất kinh doanh giỏi các cấp", "~", 20000),
])

# --------------------------------------------------------------------------
# 03 Phú Thọ, the women's union's start-up scheme (Đề án 939) 2021-2025 (baophutho.vn; the
# crawler's stamp " date 2025-12-22" written as the first line, the rest of its line ("Xã hội", the
# section label, kept as the rest of a line) on the second; cut: the photo caption "Các sản phẩm
# OCOP ... được người tiêu dùng ưa chuộng." with the blank line before it; the excerpt ends in "của
# Ch"). Year 2025 (the period "giai đoạn 2021-2025", its end; the stamp's year agrees). Results:
# the title "Hơn 9.600 phụ nữ ..." (>, a record of its own, as earlier sets' titles) and its repeat
# below the lead (the page prints the title twice; each line states the figure, two records), and
# the body's "9.606" (=), "2.713" (=), "429 dự án/ý tưởng" (=). Not quantities: "Đề án 939" (a
# name), "giai đoạn 2021-2025" (dates).
# --------------------------------------------------------------------------
D03 = dict(name="03_phutho-phu-nu-khoi-nghiep-2021-2025", kind="result", year=2025, records=[
    C("Xã hội\nHơn «9.600", "phụ nữ là chủ doanh nghiệp, quản lý Hợp tác xã, chủ hộ kinh doanh được hỗ trợ nâng cao "
      "năng lực", ">", 9600),
    C("kinh doanh.\n\nHơn «9.600", "phụ nữ là chủ doanh nghiệp, quản lý Hợp tác xã, chủ hộ kinh doanh được hỗ trợ "
      "nâng cao năng lực", ">", 9600),
    C("có «9.606 phụ", "phụ nữ là chủ doanh nghiệp, quản lý Hợp tác xã, chủ hộ kinh doanh được hỗ trợ nâng cao "
      "năng lực", "=", 9606),
    C("hỗ trợ «2.713 phụ", "phụ nữ khởi nghiệp, khởi sự kinh doanh được các cấp hội hỗ trợ", "=", 2713),
    C("có «429 dự án", "dự án/ý tưởng tham gia cuộc thi Phụ nữ sáng tạo khởi nghiệp", "=", 429),
])

# --------------------------------------------------------------------------
# 04 Thanh Hóa, the women's union's review of its cooperative scheme (Đề án 01) 2022-2025
# (baothanhhoa.vn; the stamp " date 2025-09-04" written as the first line, the title on the second;
# cut: the photo caption "Toàn cảnh hội nghị." with the blank line before it; the excerpt ends in
# "trong phá"). Year 2025 (the stamp; "Qua 4 năm thực hiện" up to the review of 4/9). Results:
# "107.500 lượt hội viên, phụ nữ" (=), "hơn 2.000 cán bộ, hội viên, nữ quản lý HTX" (>), "5 HTX
# mới" (=), "trên 700 triệu đồng" (>, money), and the cooperatives' workers' income "từ 4 đến 7
# triệu đồng/tháng" (between 4e6-7e6, other, unit_text "đồng/tháng"). Not quantities: "giai đoạn
# 2022–2025", "4/9" (dates), "Đề án 01" (a name), "Qua 4 năm" (the scheme's age), "hàng trăm lao
# động nữ" (no number).
# --------------------------------------------------------------------------
D04 = dict(name="04_thanhhoa-htx-phu-nu-de-an-01-2025", kind="result", year=2025, records=[
    C("có «107.500 lượt", "lượt hội viên, phụ nữ được tiếp cận thông tin, chính sách, tham gia các hội nghị truyền "
      "thông, hội thảo, diễn đàn quy mô cấp tỉnh", "=", 107500),
    C("hơn «2.000 cán bộ", "cán bộ, hội viên, nữ quản lý HTX tham gia các lớp tập huấn, diễn đàn, hội thảo", ">",
      2000),
    C("được «5 HTX", "HTX mới thành lập", "=", 5),
    M("trị giá trên «700 triệu", "tổng trị giá hỗ trợ cây, con giống, kỹ thuật", ">", 700 * TRIEU),
    R("thu nhập từ «4 đến 7", "thu nhập lao động nữ làm việc thường xuyên tại các HTX", "between", 4 * TRIEU,
      value_max=7 * TRIEU, unit="other", unit_text="đồng/tháng"),
])

# --------------------------------------------------------------------------
# 05 An Giang, Tịnh Biên: the farmers' union's congress of good farmers 2019-2022 and its aims for
# 2022-2024 (hoinongdanag.org.vn; cut: the "Tin khác" block of six links, navigation; no byline,
# no date but "Ngày 13/5"). Results "giai đoạn 2019-2022": year 2022 (the period's end): "12.366 cá
# nhân và 66 tập thể đạt danh hiệu" (two counts, =). Targets "Giai đoạn 2022-2024 ... phấn đấu":
# kind target, year 2024 (the period's end): "tăng 16%" (a target stated as a change, `>=`), and
# the split by level "tỉ lệ nông dân giỏi cấp tỉnh đạt 15%; nông dân giỏi cấp huyện đạt 30% và
# cấp xã, thị trấn đạt 55%" (three records, `>=`, scopes "cấp tỉnh", "cấp huyện", "cấp xã, thị
# trấn" as written: one sentence splitting its values by level). Not quantities: "13/5" (a
# date), "lần thứ X" (an ordinal), "công nghệ 4.0" (a name).
# --------------------------------------------------------------------------
TB = dict(kind="target", year=2024)
D05 = dict(name="05_angiang-tinhbien-nong-dan-sxkd-gioi-2022", kind="result", year=2022, records=[
    C("có «12.366 cá nhân", "cá nhân đạt danh hiệu nông dân sản xuất - kinh doanh giỏi các cấp", "=", 12366),
    C("và «66 tập thể", "tập thể đạt danh hiệu nông dân sản xuất - kinh doanh giỏi các cấp", "=", 66),
    R("giỏi tăng «16%", "tỷ lệ nông dân đăng ký tham gia phong trào thi đua sản xuất - kinh doanh giỏi tăng", ">=",
      16, **TB),
    R("cấp tỉnh đạt «15%", "tỉ lệ nông dân giỏi", ">=", 15, scope="cấp tỉnh", **TB),
    R("cấp huyện đạt «30%", "tỉ lệ nông dân giỏi", ">=", 30, scope="cấp huyện", **TB),
    R("thị trấn đạt «55%", "tỉ lệ nông dân giỏi", ">=", 55, scope="cấp xã, thị trấn", **TB),
])

# --------------------------------------------------------------------------
# 06 Thái Bình, Đông Hưng: the district women's union's review of 2022 (baothaibinh.com.vn; cut:
# the page's clock "Thứ 7, 23/11/2024, 00:24[GMT+7]" with the blank line after it, the byline date
# "Thứ 3, 27/12/2022 | 16:19:09" (written as the first line `date 2022-12-27`, as set193's bylines),
# the view counter "3,083 lượt xem", the photo caption "Lãnh đạo Hội LHPN tỉnh trao bằng khen ..."
# with the blank line before it; the excerpt ends in "trọng tâm"). Year 2022 ("Năm 2022", "Trong
# năm"; the balance "đến nay" at the review of 27/12/2022). Results: the title's "gần 580 tỷ đồng"
# (~, a record of its own), then thirteen values of the year's report ("gần" ~, "trên" >, bare =;
# each its own subject). Not quantities: "27/12", "năm 2023" (dates), "5 không, 3 sạch" (a
# campaign's name, twice in the text but once here), "hàng trăm triệu đồng" (no number).
# --------------------------------------------------------------------------
D06 = dict(name="06_thaibinh-donghung-phu-nu-tin-chap-2022", kind="result", year=2022, records=[
    M("vay gần «580 tỷ đồng phát", "dư nợ tín chấp cho hội viên vay phát triển kinh tế", "~", 580 * TY),
    C("tổ chức «266 lớp", "lớp chuyển giao khoa học kỹ thuật", "=", 266),
    C("thu hút gần «28.000 phụ", "phụ nữ tham gia các lớp chuyển giao khoa học kỹ thuật", "~", 28000),
    C("mở «7 lớp", "lớp dạy nghề", "=", 7),
    C("cho «285 hội", "hội viên được dạy nghề", "=", 285),
    C("cho gần «1.000 lao", "lao động nữ được giới thiệu việc làm", "~", 1000),
    C("giúp đỡ «35 phụ", "phụ nữ có nhu cầu khởi nghiệp, khởi sự kinh doanh được vay vốn", "=", 35),
    M("vốn gần «3 tỷ", "vốn vay của phụ nữ khởi nghiệp, khởi sự kinh doanh", "~", 3 * TY),
    C("cho trên «8.800 lượt", "lượt chị em được tín chấp vay vốn với các ngân hàng và Quỹ hỗ trợ tỉnh", ">", 8800),
    M("nay là gần «580 tỷ", "tổng dư nợ tín chấp với các ngân hàng và Quỹ hỗ trợ tỉnh", "~", 580 * TY),
    C("đăng ký «115 phần", "phần việc xây dựng nông thôn mới", "=", 115),
    C("hiện «410 mô hình", "mô hình dân vận khéo", "=", 410),
    C("giúp «84 phụ", "phụ nữ được giúp thoát nghèo", "=", 84),
    C("nghèo, «494 gia đình", "gia đình phụ nữ đạt “5 không, 3 sạch”", "=", 494),
])

# --------------------------------------------------------------------------
# 07 Huế, the city farmers' union's review of 2025 and its main targets for 2026 (huengaynay.vn;
# the stamp " date 2026-01-03" written as the first line, the rest of its line (the head "Khen
# thưởng cho 14 tập thể và 16 cá nhân ...") on the second; nothing cut; the excerpt ends in "trở
# lên đạt"). Results of "Năm 2025": year 2025, "3 chi Hội", "26 tổ Hội", "2.000 hội viên", "1.470
# nông dân" (=). Targets "các chỉ tiêu chủ yếu" of "năm 2026 - năm đầu tiên triển khai thực hiện
# Nghị quyết ... nhiệm kỳ 2025 - 2030": kind target, year 2026 (the plan of the year; its "Hằng
# năm" targets take the plan's year, as earlier sets gave yearly targets the plan's horizon): five
# counts (bare numbers `>=`) and "từ 60% số hộ nông dân trở lên" (`>=`), "từ 50% số hộ đăng ký
# trở lên đạt" (`>=`; the subject cut by the excerpt at "đạt"). Not quantities: "14 tập thể và 16
# cá nhân" (the recipients of awards, as earlier sets' "tặng Bằng khen 10 tập thể"), "nhiệm kỳ
# 2025 - 2030" (dates). NOT: "đạt 100% chỉ tiêu" twice, "đạt 108,2% chỉ tiêu", "đạt 113% chỉ tiêu
# giao" (completion against a quota).
# --------------------------------------------------------------------------
T26 = dict(kind="target", year=2026)
D07 = dict(name="07_hue-hoi-nong-dan-chi-tieu-2026", kind="result", year=2025, records=[
    C("thành lập «3 chi", "chi Hội Nông dân nghề nghiệp thành lập", "=", 3),
    C("chỉ tiêu, «26 tổ", "tổ Hội Nông dân nghề nghiệp thành lập", "=", 26),
    C("kết nạp mới «2.000 hội", "hội viên kết nạp mới", "=", 2000),
    C("có «1.470 nông dân", "nông dân xuất sắc, sản xuất kinh doanh giỏi các cấp được đào tạo, bồi dưỡng", "=", 1470),
    C("thành lập mới «20 tổ", "tổ Hội nông dân nghề nghiệp thành lập mới", ">=", 20, **T26),
    C("nghiệp, «6 chi", "chi Hội nông dân nghề nghiệp thành lập mới", ">=", 6, **T26),
    C("cho «1.300 nông", "nông dân xuất sắc, nông dân sản xuất kinh doanh giỏi cấp thành phố và cơ sở được bồi "
      "dưỡng, tập huấn nâng cao trình độ, kỹ năng", ">=", 1300, **T26),
    C("mới «27 tổ hợp", "tổ hợp tác trong lĩnh vực nông nghiệp thành lập mới", ">=", 27, **T26),
    C("và «5 hợp tác", "hợp tác xã nông nghiệp thành lập mới", ">=", 5, **T26),
    R("có từ «60% số", "số hộ nông dân đăng ký phấn đấu", ">=", 60, **T26),
    R("có từ «50% số", "số hộ đăng ký đạt", ">=", 50, **T26),
], NOT=["nghiệp, đạt «100% chỉ tiêu, 26", "đạt «108,2%", "viên, đạt «100% chỉ", "đạt «113%"])

# --------------------------------------------------------------------------
# 08 Ninh Thuận, Thuận Bắc: the district women's union's congress for 2021-2026
# (baoninhthuan.com.vn; cut: the photo caption "Ban Chấp hành Hội LHPN huyện Thuận Bắc khóa IV ...
# ra mắt tại Đại hội." with the blank line before it; no byline date; the excerpt ends in "Ban Chấp
# hành"). Result of the past term ("Năm 5 qua"): "giúp cho 1.015 hộ vươn lên thoát nghèo" (=),
# year 2021 (the term 2016-2021 ends at the congress; the text's only year of it). Targets
# "Nhiệm kỳ 2021-2026 ... Phấn đấu hàng năm": kind target, year 2026 (the term's end; the yearly
# targets take the term's horizon, as earlier sets): "ít nhất 2 hộ" (`>=`), "4 hội viên", "5 hộ
# gia đình", "1 công trình" (bare `>=`), "tăng thêm 353 hội viên" (a target stated as a change,
# `>=`). Not quantities: "85 đại biểu đại diện cho 8.853 hội viên" (the congress's participants
# and those they represent, as earlier sets' "đại diện cho 160 hộ dân"), "Ngày 30-9" (a date),
# "Năm 5 qua" (a span), "5 không, 3 sạch" (a name), "lần thứ IV" (an ordinal).
# --------------------------------------------------------------------------
T2026 = dict(kind="target", year=2026)
D08 = dict(name="08_ninhthuan-thuanbac-dai-hoi-phu-nu-2021", kind="result", year=2021, records=[
    C("giúp cho «1.015 hộ", "hộ vươn lên thoát nghèo, nâng cao thu nhập", "=", 1015),
    C("ít nhất «2 hộ", "hộ được mỗi cơ sở hội giúp thoát nghèo hàng năm", ">=", 2, **T2026),
    C("hỗ trợ «4 hội viên", "hội viên được mỗi cơ sở hội hỗ trợ tiếp cận khởi nghiệp hàng năm", ">=", 4, **T2026),
    C("hỗ trợ «5 hộ", "hộ gia đình được vận động, hỗ trợ đạt tiêu chí “Gia đình 5 không, 3 sạch” hàng năm", ">=", 5,
      **T2026),
    C("hoàn thành «1 công trình", "công trình xây dựng nông thôn mới và đô thị văn minh mỗi cơ sở hội đăng ký thực "
      "hiện hàng năm", ">=", 1, **T2026),
    C("tăng thêm «353 hội", "hội viên tăng thêm đến cuối nhiệm kỳ", ">=", 353, **T2026),
])

# --------------------------------------------------------------------------
# 09 Phú Thọ, the first meeting of the merged province's women's union executive and the targets
# of its resolution for 2025-2030 (baophutho.vn; the stamp " date 2026-01-27" written as the first
# line, the title on the second; nothing cut; the excerpt ends in "đạt tiêu chí “"). Targets of the
# resolution of the term 2025-2030: kind target, year 2030 (the term's end, also the "đến năm
# 2030" of the same sentence; the yearly "hằng năm ... ít nhất 15 hộ" takes the horizon). Bare
# numbers `>=`, "ít nhất" `>=`. Not quantities: "lần thứ nhất", "khóa I", "lần thứ I" (ordinals),
# "Ngày 27/1", "nhiệm kỳ 2025-2030", "năm 2026" (dates); "cơ bản không còn hộ nghèo" (no number).
# --------------------------------------------------------------------------
D09 = dict(name="09_phutho-nghi-quyet-phu-nu-2025-2030", kind="target", year=2030, records=[
    C("phát triển mới «4.600 hội", "hội viên phụ nữ thu hút, phát triển mới", ">=", 4600),
    C("cho «500 phụ nữ", "phụ nữ có ý tưởng, dự án khởi sự kinh doanh, khởi nghiệp nâng cao kiến thức, kỹ năng "
      "chuyên sâu", ">=", 500),
    C("thành lập mới «10 hợp", "hợp tác xã có phụ nữ tham gia quản lý hỗ trợ thành lập mới", ">=", 10),
    C("ít nhất «15 hộ", "hộ gia đình mỗi cơ sở Hội vận động, hỗ trợ đạt tiêu chí hằng năm", ">=", 15),
])

# --------------------------------------------------------------------------
# 10 Phú Yên, Đông Hòa: the town women's union's emulation pact for 2025 (baomoi.net.vn; nothing
# cut; no byline; the excerpt ends in "ở địa phư"). Targets "phấn đấu trong năm 2025": kind target,
# year 2025; bare numbers `>=`, "Hơn" `>`. The title's "giúp 30 hộ phụ nữ thoát nghèo" is a
# record of its own. "100% phụ nữ, trẻ em gái là nạn nhân ... được hỗ trợ tiếp cận ít nhất 1 dịch
# vụ": one record (100%); "ít nhất 1 dịch vụ" is a threshold inside its subject (as earlier sets'
# "có sử dụng ít nhất 1 điện thoại"). "Mỗi cơ sở hội vận động, hỗ trợ 5 hộ gia đình đạt 8 tiêu
# chí": one record (5; "8 tiêu chí" names the criteria of the campaign); "1 công trình/phần
# việc" (`>=`). Not quantities: "11 tổ chức cơ sở hội", "11 cơ sở hội" (twice; the parties of the
# pact and the places of the campaign), "3 nội dung, với 46 chỉ tiêu", "9 chỉ tiêu nhiệm kỳ và 3
# nhiệm vụ trọng tâm" (counts of targets and tasks, spec), "5/2" (a date), "5 không, 3 sạch" (a
# name).
# --------------------------------------------------------------------------
D10 = dict(name="10_phuyen-donghoa-giao-uoc-phu-nu-2025", kind="target", year=2025, records=[
    C("phấn đấu giúp «30 hộ", "hộ phụ nữ thoát nghèo, cận nghèo được giúp", ">=", 30),
    C("giúp đỡ «30 hộ", "hộ phụ nữ thoát nghèo, thoát cận nghèo được giúp đỡ", ">=", 30),
    C("cho «20 phụ nữ", "phụ nữ là chủ doanh nghiệp, quản lý HTX, chủ hộ kinh doanh được hỗ trợ nâng cao năng lực",
      ">=", 20),
    R("«100% phụ nữ, trẻ", "phụ nữ, trẻ em gái là nạn nhân của bạo lực gia đình, nạn nhân mua bán người được hỗ trợ "
      "tiếp cận ít nhất 1 dịch vụ trợ giúp xã hội", ">=", 100),
    R("Hơn «70% phụ nữ", "phụ nữ khuyết tật được hỗ trợ bằng các hình thức khác nhau", ">", 70),
    C("hỗ trợ «5 hộ", "hộ gia đình được mỗi cơ sở hội vận động, hỗ trợ đạt 8 tiêu chí “gia đình 5 không, 3 sạch”",
      ">=", 5),
    C("thành công «1 công", "công trình/phần việc góp phần xây dựng nông thôn mới và đô thị văn minh mỗi cơ sở hội "
      "thực hiện", ">=", 1),
])

# --------------------------------------------------------------------------
# 11 Gia Lai, Đak Đoa: the district women's union's mid-term review of 2021-2026 and its first
# half of 2024 (m.baogialai.com.vn; cut: the section label "Xã hội" with the blank line after it,
# the line "Theo dõi Báo Gia Lai trênGoogle News", the photo caption "Trao kỷ niệm chương ... Ảnh:
# Minh Châu" (printed twice) with the blank lines that went with it; no byline date; the excerpt
# ends in "để tập hợp"). Year 2024 (the review "6 tháng đầu năm 2024"; "Từ đầu nhiệm kỳ đến nay"
# up to it). Results: "31 câu lạc bộ" (=), "tiết kiệm trên 1,7 tỷ đồng" (>), "trên 5.000 hộ hội
# viên" (>), "trên 216 tỷ đồng" (>), "122/170 hộ phụ nữ thoát nghèo" (=, 122; the "/170" is the
# denominator, as set193's "15/15 xã"). Not quantities: "2 cá nhân" (the title's award
# recipients), "30-7" (a date), "lần thứ 11", "lần thứ XIV" (ordinals), "nhiệm kỳ 2021-2026"
# (dates), "5-10 triệu đồng" (inside the clubs' name "Phụ nữ dân tộc thiểu số tiết kiệm 5-10
# triệu đồng").
# --------------------------------------------------------------------------
D11 = dict(name="11_gialai-dakdoa-phu-nu-giua-nhiem-ky-2024", kind="result", year=2024, records=[
    C("thành lập «31 câu", "câu lạc bộ “Phụ nữ dân tộc thiểu số tiết kiệm 5-10 triệu đồng” được duy trì và thành "
      "lập", "=", 31),
    M("tiết kiệm trên «1,7 tỷ", "số tiền tiết kiệm của các câu lạc bộ", ">", 1.7 * TY),
    C("Có trên «5.000 hộ", "hộ hội viên được vay vốn từ Quỹ hỗ trợ phụ nữ phát triển tỉnh Gia Lai", ">", 5000),
    M("tiền trên «216 tỷ", "số tiền vay từ Quỹ hỗ trợ phụ nữ phát triển tỉnh Gia Lai", ">", 216 * TY),
    C("giúp «122/170 hộ", "hộ phụ nữ thoát nghèo, thoát cận nghèo theo tiêu chí đa chiều", "=", 122),
])

# --------------------------------------------------------------------------
# 12 Vĩnh Long, the farmers' union's cooperative groups of 2020 and its aims for 2021
# (baovinhlong.com.vn; cut: the byline date "Cập nhật, 06:08, Thứ Ba, 05/01/2021 (GMT+7)" (the text
# opens with `date 2021-01-05`) with the blank line after it, and the byline "NGUYỄN XUÂN" with the
# blank line before it). Results of "Năm 2020": year 2020: the title's "119 tổ hợp tác" (=, a
# record of its own), the body's "119 tổ hợp tác" (=), the totals "1.034 tổ hợp tác với 30.620
# thành viên" (=, "đến nay" within the report of 2020). Targets "Năm 2021 ... phấn đấu": kind
# target, year 2021: "mỗi hội nông dân cấp huyện hướng dẫn xây dựng mới 1 hợp tác xã và thành lập 1
# chi hội" (two counts, `>=`, scope null: one value for every district), "100% cơ sở hội vận động
# thành lập ít nhất 2 tổ ..." (one record, 100%; "ít nhất 2 tổ" the threshold inside its subject).
# Not quantities: "giai đoạn 2020- 2025" (dates). NOT: "đạt 148,75% so chỉ tiêu Trung ương giao"
# (completion against a quota).
# --------------------------------------------------------------------------
T21 = dict(kind="target", year=2021)
D12 = dict(name="12_vinhlong-hoi-nong-dan-to-hop-tac-2021", kind="result", year=2020, records=[
    C("Thành lập mới «119 tổ", "tổ hợp tác của Hội Nông dân thành lập mới", "=", 119),
    C("thành lập mới «119 tổ hợp tác,", "tổ hợp tác thành lập mới", "=", 119),
    C("có «1.034 tổ", "tổ hợp tác toàn tỉnh", "=", 1034),
    C("với «30.620 thành", "thành viên tổ hợp tác", "=", 30620),
    C("xây dựng mới «1 hợp", "hợp tác xã mỗi hội nông dân cấp huyện hướng dẫn xây dựng mới", ">=", 1, **T21),
    C("thành lập «1 chi", "chi hội nông dân nghề nghiệp mỗi hội nông dân cấp huyện thành lập", ">=", 1, **T21),
    R("«100% cơ sở", "cơ sở hội vận động thành lập ít nhất 2 tổ hội nông dân nghề nghiệp, tổ hợp tác", ">=", 100,
      **T21),
], NOT=["đạt «148,75%"])

# --------------------------------------------------------------------------
# 13 Phú Yên, the women's union's outline for publicising its 17th congress, 2021-2026 (precision
# text; hoilhpn.phuyen.gov.vn; cut: the page's lines "  •   Thứ năm - 28/10/2021 13:52" (the byline
# date, written as the first line `date 2021-10-28`), "  •   406" and "  •  0" (view and comment
# counters), "LOGO dai hoi" (an image's alt text); the excerpt ends in "Chủ tịch "). No quantity:
# "XVII" (an ordinal), "2021 - 2026", "ngày 25 tháng 10 năm 2021" (dates), "1.", "1.1" (section
# numbers), the delegates named (names).
# --------------------------------------------------------------------------
D13 = dict(name="13_phuyen-de-cuong-dai-hoi-phu-nu-2021-precision", kind="result", year=2021, records=[])

# --------------------------------------------------------------------------
# 14 Nam Định, the women's union's press briefing before its 2021 congress (precision text;
# hoilhpn.org.vn; cut: the byline date "06/10/2021" (the text opens with `date 2021-10-06`) and the
# photo caption "Hội LHPN tỉnh Nam Định tổ chức họp báo ... nhiệm kỳ 2021-2026"; the excerpt's
# trailing blank line dropped). No quantity: "11/10", "04/10/2021", "11/10/2021" (dates), "nhiệm kỳ
# 2021-2026", "2016-2021" (terms), "XVII", "XIII" (ordinals), "400 đại biểu (... 250 đại biểu chính
# thức và 150 đại biểu khách mời)" (the congress's participants, spec: "với sự tham dự của hơn 50
# cơ quan báo chí").
# --------------------------------------------------------------------------
D14 = dict(name="14_namdinh-hop-bao-dai-hoi-phu-nu-2021-precision", kind="result", year=2021, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
