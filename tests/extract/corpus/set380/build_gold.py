#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set380).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'), with set274's
shorthand for money (the same theme). Each record is written by hand below; its anchor is never
typed in. A record names a locator: a piece of the text with « just before the number. The locator
(without «) must occur exactly once in the text; the anchor is where « stands. `start`/`end` (the
clause that states the quantity) are computed by ../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of percentages deliberately left without a record (a
result's change against an earlier value, "tốc độ tăng trưởng đạt 53%" after "tăng 2.514 tỷ đồng so
với cuối năm 2020"; completion against a plan, "hoàn thành 122,7% kế hoạch"; the terms of a loan,
"lãi suất 9%/năm"); check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: the catalogue has no indicator of policy lending, outstanding
loans, overdue debt, borrowers or poverty, so every record of this set has id null (see README); the
records therefore name no `iid=`.

Theme: the Social Policy Bank's lending in provinces (loans to poor and near-poor households,
students, job creation, clean water; outstanding loans, overdue debt, entrusted local budget
capital, the boards' targets). No text stands under a heading that names a pillar of digital
transformation: every pillar is null. Money is unit `other`, `unit_text` "đồng", the magnitude word
multiplied in (spec's decided case), written to the đồng.

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

TY = 10 ** 9
TRIEU = 10 ** 6
VND = functools.partial(R, unit="other", unit_text="đồng")  # an amount of money
N = functools.partial(R, unit="count")  # a count of things


def ty(x):
    """`x` tỷ đồng, written to the đồng (x given as a string of its written digits, comma read as a point)."""
    whole, _, frac = x.partition(".")
    return int(whole) * TY + (int(frac.ljust(9, "0")) if frac else 0)


# --------------------------------------------------------------------------
# 01 Hòa Bình, Lạc Sơn district: the Social Policy Bank's lending in the first two months of 2023
# (doanhnghiephoinhap.vn; cut: the byline "09:33 17/03/2023", written as the first line
# `date 2023-03-17`; the photo caption "Tín dụng chính sách xã hội giúp người nghèo ... vươn lên
# thoát nghèo" (twice, without and with a full stop) with the blank line after the second; the
# byline "Đức Phượng – VPĐĐ Hòa Bình"). Year 2023. Results; "trên" `>`, "gần" `~`. The title's
# "Tổng dư nợ tín dụng đạt trên 536 tỷ đồng" is a record beside the body's "536,2 tỷ đồng" (set274's
# rule for titles). "giải ngân đối với 9 chương trình tín dụng chính sách": a count of programmes
# disbursed, a result (set274). "536,2 tỷ đồng/18.184 khách hàng", "156,2 tỷ đồng/4.740 khách hàng":
# two records each (the amount, then the borrowers). The list of programmes' outstanding loans
# "(148,4 tỷ đồng)" ... "(gần 32 tỷ đồng)": one record each, its programme as subject, scope null
# (a breakdown by kind of thing). Not quantities: "2 tháng đầu năm 2023" (twice, a period).
# --------------------------------------------------------------------------
D01 = dict(name="01_hoabinh-lacson-du-no-tin-dung-chinh-sach-2023", kind="result", year=2023, records=[
    VND("đạt trên «536 tỷ", "Tổng dư nợ tín dụng Ngân hàng CSXH huyện Lạc Sơn", ">", 536 * TY),
    N("đối với «9 chương trình", "chương trình tín dụng chính sách được giải ngân", "=", 9),
    VND("đạt gần «21,3 tỷ", "doanh số cho vay", "~", ty("21.3")),
    N("cho «510 lượt", "lượt khách hàng được vay vốn", "=", 510),
    VND("đạt «536,2 tỷ", "tổng dư nợ tín dụng chính sách trên địa bàn huyện Lạc Sơn", "=", ty("536.2")),
    N("đồng/«18.184 khách", "khách hàng còn dư nợ", "=", 18184),
    VND("với «156,2 tỷ", "dư nợ cho vay hộ nghèo", "=", ty("156.2")),
    N("đồng/«4.740 khách", "khách hàng vay hộ nghèo còn dư nợ", "=", 4740),
    VND("(«148,4 tỷ", "dư nợ cho vay hộ cận nghèo", "=", ty("148.4")),
    VND("(«80,2 tỷ", "dư nợ cho vay hộ sản xuất - kinh doanh vùng khó khăn", "=", ty("80.2")),
    VND("(«41,2 tỷ", "dư nợ cho vay nước sạch và vệ sinh môi trường nông thôn", "=", ty("41.2")),
    VND("(«37,8 tỷ", "dư nợ cho vay hộ mới thoát nghèo", "=", ty("37.8")),
    VND("(gần «32 tỷ", "dư nợ cho vay giải quyết việc làm", "~", 32 * TY),
    N("có «85 lao động", "lao động được tạo việc làm", "=", 85),
    N("«3 học sinh", "học sinh, sinh viên được vay vốn", "=", 3),
    N("«2 lao động", "lao động được vay vốn đi xuất khẩu lao động", "=", 2),
    N("«147 công trình", "công trình nước sạch và vệ sinh được xây dựng", "=", 147),
])

# --------------------------------------------------------------------------
# 02 An Giang, the Social Policy Bank branch's results of 2024 and of the first four months of 2025
# with the growth assigned for 2025 (danviet.vn; cut: the photo caption "Nguồn vốn tín dụng chính
# sách từ Ngân hàng CSXH Chi nhánh tỉnh An Giang ... Ảnh: Hồng Cẩm" with the blank line after it;
# no byline, no stamp; the excerpt ends in "169 t"). Results "Trong năm 2024", "Đến cuối năm 2024":
# year 2024; "Trong năm 2025, tính đến hết 30/4/2025": 2025. Targets "năm 2025 nguồn vốn được trung
# ương giao tăng trưởng là 616 tỷ đồng, nguồn vốn uỷ thác từ địa phương giao tăng trưởng là 169 t":
# the growth assigned for the year, a target stated as a growth (spec: "giảm 20% thời gian", a
# quantity; set274's "tăng 400 tỷ đồng"), bare "là" `>=`, year 2025. The last is cut in its
# magnitude word ("169 t"); read as 169 tỷ đồng beside the 616 tỷ đồng it pairs with (a judgement).
# Not quantities: "(tăng 554,6 tỷ đồng so với năm 2023)", "tăng 559 tỷ đồng so với năm 2024"
# (changes), "30/4/2025" (a date). The list "tạo việc làm cho 5.478 lao động, giúp 4.540 học sinh,
# sinh viên ..., đưa 190 lao động ... và hỗ trợ 13.866 hộ gia đình ...": one record each.
# --------------------------------------------------------------------------
GIAO = "tăng trưởng nguồn vốn được trung ương giao"
D02 = dict(name="02_angiang-tin-dung-chinh-sach-2024-2025", kind="result", year=2024, records=[
    VND("giải ngân «1.687,8 tỷ", "Ngân hàng CSXH Chi nhánh tỉnh An Giang đã giải ngân", "=", ty("1687.8")),
    N("cho «35.090 lượt", "lượt hộ nghèo, cận nghèo và các đối tượng chính sách khác được vay", "=", 35090),
    VND("đạt «5.544,5 tỷ", "tổng dư nợ tín dụng chính sách", "=", ty("5544.5")),
    N("phục vụ «149.730 khách", "khách hàng được phục vụ", "=", 149730),
    N("cho «5.478 lao động", "lao động được hỗ trợ tạo việc làm", "=", 5478),
    N("giúp «4.540 học sinh", "học sinh, sinh viên khó khăn được vay trang trải chi phí học tập", "=", 4540),
    N("đưa «190 lao động", "lao động được vay đi làm việc ở nước ngoài", "=", 190),
    N("hỗ trợ «13.866 hộ", "hộ gia đình được hỗ trợ xây dựng công trình nước sạch, vệ sinh môi trường nông thôn",
      "=", 13866),
    VND("đạt «6.104 tỷ", "tổng dư nợ nguồn vốn cho vay", "=", 6104 * TY, year=2025),
    VND("là «616 tỷ", GIAO, ">=", 616 * TY, **T, year=2025),
    VND("là «169 t", "tăng trưởng nguồn vốn uỷ thác từ địa phương được giao", ">=", 169 * TY, **T, year=2025),
])

# --------------------------------------------------------------------------
# 03 Sơn La, the Social Policy Bank's five years 2021-2025 as reported in July 2025
# (yousportnews.co, a copy of a national newspaper's article; nothing cut; no byline, no stamp; the
# excerpt ends in "hai phòng giao"). Year 2025 ("Đến đầu tháng 7/2025", "đến giữa năm 2025"; the
# period's lending "Giai đoạn 2021-2025" is measured at the same date). "Doanh số thu nợ đạt 5.585
# tỷ đồng, chiếm 68,9%": the share of the lending collected, a record. "tăng trưởng bình quân
# 9%/năm": an average growth rate, a value of its own (as the earlier sets' "tốc độ tăng trưởng ...
# bình quân ... đạt 6,71%"). "Toàn tỉnh có 131 xã và hai phòng giao": a count, the sentence cut
# (its predicate lost: the indicator names what stands); "hai" is a word, no record. NOT: "tốc độ
# tăng trưởng đạt 53%" (the growth since the end of 2020, a change against an earlier value). Not
# quantities: "tăng 2.514 tỷ đồng so với cuối năm 2020", "tăng 2.367 tỷ đồng", "tăng 147 tỷ đồng",
# "giảm 1,3 tỷ đồng so với cuối năm 2020" (changes), "7/2025", "2021-2025" (dates).
# --------------------------------------------------------------------------
D03 = dict(name="03_sonla-tin-dung-chinh-sach-2021-2025", kind="result", year=2025, records=[
    VND("đạt «7.206 tỷ", "tổng nguồn vốn thực hiện tín dụng chính sách xã hội tại Sơn La", "=", 7206 * TY),
    VND("vay «8.101 tỷ", "giải ngân cho vay giai đoạn 2021-2025", "=", 8101 * TY),
    N("với «161.132 lượt", "lượt khách hàng được vay giai đoạn 2021-2025", "=", 161132),
    VND("đạt «5.585 tỷ", "Doanh số thu nợ", "=", 5585 * TY),
    R("chiếm «68,9%", "Doanh số thu nợ chiếm doanh số cho vay", "=", 68.9),
    VND("là «7.197 tỷ", "Tổng dư nợ", "=", 7197 * TY),
    R("bình quân «9%/năm", "Tổng dư nợ tăng trưởng bình quân/năm", "=", 9),
    R("chiếm «0,09% tổng", "Nợ quá hạn và nợ khoanh chiếm tổng dư nợ", "=", 0.09),
    N("có «131 xã", "xã và hai phòng giao", "=", 131),
], NOT=["đạt «53%"])

# --------------------------------------------------------------------------
# 04 Đắk Nông, the Social Policy Bank's loans entrusted through the mass organisations at the end
# of 2020 (baodaknong.org.vn; cut: the byline "Kinh tế - Ngày đăng : 08:49, 26/01/2021", written as
# the first line `date 2021-01-26`; the photo caption "Ảnh minh họa" and the byline "Nguyễn Lương"
# with their blank lines). Year 2020 ("Đến hết năm 2020"). The title's "Trên 99,9% dư nợ ủy thác"
# is a record beside the body's "chiếm 99,93%". Each organisation's outstanding loans and its
# borrowers: two records each, the organisation in the indicator (a breakdown by channel, scope
# null). "19 136 hộ vay" (a space between the groups of digits) is 19136, and "14,917 hộ" (a comma
# between the groups) is 14917: counts of households have no decimals (a judgement, as an earlier
# set read "trên 2,500 trạm" as 2500; tolerated in check_gold.py). Not quantities: "tăng 180 tỷ đồng
# so với đầu năm 2020" (a change).
# --------------------------------------------------------------------------
D04 = dict(name="04_daknong-du-no-uy-thac-hoi-doan-the-2020", kind="result", year=2020, records=[
    R("Trên «99,9% dư nợ", "dư nợ ủy thác qua các tổ chức hội, đoàn thể", ">", 99.9),
    VND("là «2.847 tỷ", "dư nợ cho vay của NHCSXH tỉnh ủy thác qua các hội, đoàn thể", "=", 2847 * TY),
    R("chiếm «99,93%", "dư nợ ủy thác qua các hội, đoàn thể chiếm tổng dư nợ toàn chi nhánh", "=", 99.93),
    VND("Phụ nữ «808 tỷ", "dư nợ qua Hội Liên hiệp Phụ nữ", "=", 808 * TY),
    N("với «19 136 hộ", "hộ vay qua Hội Liên hiệp Phụ nữ", "=", 19136),
    VND("tỉnh «776 tỷ", "dư nợ qua Hội Nông dân tỉnh", "=", 776 * TY),
    N("với «18.498 hộ", "hộ dư nợ qua Hội Nông dân tỉnh", "=", 18498),
    VND("binh «646 tỷ", "dư nợ qua Hội Cựu chiến binh", "=", 646 * TY),
    N("với «15.483 hộ", "hộ còn dư nợ qua Hội Cựu chiến binh", "=", 15483),
    VND("niên «617 tỷ", "dư nợ ủy thác qua Đoàn Thanh niên", "=", 617 * TY),
    N("với «14,917 hộ", "hộ còn dư nợ qua Đoàn Thanh niên", "=", 14917),
])

# --------------------------------------------------------------------------
# 05 Đắk Lắk, the Social Policy Bank's overdue debt at the end of 2020 and its aims for 2021
# (baodaklak.vn; cut: the navigation "Multimedia Đọc Báo in" with the blank line after it; the
# byline "19:30, 28/01/2021", written as the first line `date 2021-01-28`; the photo caption "Ký
# giao ước thi đua" / "Ngân hàng Chính sách xã hội chi nhánh tỉnh ký kết giao ước thi đua trong đơn
# vị" with the blank line after it; the byline " Minh Thông" and "Ý kiến bạn đọc" with their blank
# lines). Results "Năm 2020": year 2020; "hơn" `>`, "gần" `~`. The "N/M" counts ("6/15 phòng giao
# dịch", "79/184 xã", "490/506 hội đoàn thể cấp xã", "15/15 phòng giao dịch", "184/184 xã"): one
# count each, the denominator no quantity; the levels named ("cấp huyện", "cấp xã") are part of each
# subject, scope null (spec: a level only part of the subject). "trong số 4.149 tổ đang hoạt động":
# the groups at work, a count of its own (as set274's "gần 4.300 Tổ tiết kiệm và vay vốn"), then
# the three grades' counts. Targets: the title "Năm 2021, phấn đấu tỷ lệ nợ xấu vốn chính sách dưới
# 2%" (`<` 2 as the title writes it, beside the body's 0,2%), the body's "tỷ lệ tăng trưởng dư nợ
# đạt từ 8 -10% trở lên" (one range stated once: `between` 8-10, the "trở lên" after it read with the
# range) and "tỷ lệ nợ quá hạn và nợ khoanh dưới 0,2%" (`<`): kind target, year 2021. Not
# quantities: "không có tổ xếp loại yếu" (no number).
# --------------------------------------------------------------------------
D05 = dict(name="05_daklak-no-qua-han-2020-muc-tieu-2021", kind="result", year=2020, records=[
    R("dưới «2%", "tỷ lệ nợ xấu vốn chính sách", "<", 2, **T, year=2021),
    VND("dư nợ «5.224 tỷ", "tổng số dư nợ toàn chi nhánh", "=", 5224 * TY),
    VND("có hơn «8,4 tỷ", "nợ quá hạn và nợ khoanh", ">", ty("8.4")),
    R("tỷ lệ «0,16%", "tỷ lệ nợ quá hạn và nợ khoanh", "=", 0.16),
    VND("hạn gần «3,4 tỷ", "nợ quá hạn", "~", ty("3.4")),
    VND("khoanh hơn «5 tỷ", "nợ khoanh", ">", 5 * TY),
    N("«6/15 phòng", "phòng giao dịch cấp huyện có tỷ lệ nợ quá hạn thấp hơn bình quân chung toàn tỉnh", "=", 6),
    N("«79/184 xã", "xã không có nợ quá hạn", "=", 79),
    N("«490/506 hội", "hội đoàn thể cấp xã không có nợ quá hạn", "=", 490),
    N("và «7 hội", "hội, đoàn thể nhận ủy thác cấp huyện không có nợ quá hạn", "=", 7),
    N("«15/15 phòng", "phòng giao dịch cấp huyện đạt loại tốt", "=", 15),
    N("«184/184 xã", "xã đạt loại tốt", "=", 184),
    N("trong số «4.149 tổ", "tổ tiết kiệm và vay vốn đang hoạt động", "=", 4149),
    N("có «3.880 tổ", "tổ tiết kiệm và vay vốn xếp loại tốt", "=", 3880),
    N("«236 tổ", "tổ tiết kiệm và vay vốn xếp loại khá", "=", 236),
    N("«33 tổ", "tổ tiết kiệm và vay vốn xếp trung bình", "=", 33),
    R("từ «8 -10%", "tỷ lệ tăng trưởng dư nợ", "between", 8, value_max=10, **T, year=2021),
    R("khoanh dưới «0,2%", "tỷ lệ nợ quá hạn và nợ khoanh", "<", 0.2, **T, year=2021),
])

# --------------------------------------------------------------------------
# 06 Tuyên Quang, the board of the Social Policy Bank setting its main indicators for 2022
# (baotuyenquang.com.vn; cut: the photo caption "Đồng chí Phó Chủ tịch UBND tỉnh Hoàng Việt Phương
# kết luận hội nghị." with the blank line after it; no byline, no stamp; the excerpt ends in "thực
# hiện đ"). Kind target, year 2022 ("Năm 2022, ... đề ra một số chỉ tiêu cơ bản như: ..."). The
# title's "Phấn đấu tăng trưởng tín dụng chính sách đạt trên 8%" is a record beside the body's
# "Tăng trưởng tín dụng đạt trên 8%" (`>`). "Tỷ lệ nợ quá hạn và nợ khoanh dưới 0,23% so với tổng dư
# nợ" (`<`; "so với tổng dư nợ" names the denominator of a share, spec), "tỷ lệ thu lãi từ 99% trở
# lên" (`>=`). NOT: "đạt 100% kế hoạch được ... giao" (completion against a plan, left out as the
# earlier sets' majority leaves out "hoàn thành 100% kế hoạch", even when set as an aim). Not
# quantities: "20-1" (a date).
# --------------------------------------------------------------------------
D06 = dict(name="06_tuyenquang-chi-tieu-tin-dung-chinh-sach-2022", kind="target", year=2022, records=[
    R("đạt trên «8%\n", "tăng trưởng tín dụng chính sách", ">", 8),
    R("Tăng trưởng tín dụng đạt trên «8%;", "Tăng trưởng tín dụng", ">", 8),
    R("dưới «0,23%", "Tỷ lệ nợ quá hạn và nợ khoanh so với tổng dư nợ", "<", 0.23),
    R("từ «99% trở lên", "tỷ lệ thu lãi", ">=", 99),
], NOT=["đạt «100% kế hoạch"])

# --------------------------------------------------------------------------
# 07 Thái Nguyên, the Social Policy Bank branch's review of 2021 and its aim for 2022
# (baothainguyen.vn; cut: the byline "Cập nhật: Thứ sáu 14/01/2022 - 15:15", written as the first
# line `date 2022-01-14`; the photo caption "Hiện, NHCSXH tỉnh thực hiện cho vay 17 chương trình.
# Trong ảnh: ..." stands twice and is kept, as it states a figure; the excerpt ends in "trên 50
# triệu "). Results "tính đến cuối năm 2021": year 2021; "trên" `>`, "gần" `~`. The title's "Phấn
# đấu tăng trưởng nguồn vốn và dư nợ từ 5% trở lên" is the aim for 2022 (the conference "triển khai
# nhiệm vụ năm 2022"): kind target, `>=`, year 2022. The caption's "Hiện, NHCSXH tỉnh thực hiện cho
# vay 17 chương trình" (twice): a count of programmes run (set274), each a record, year 2022 ("Hiện"
# at the page's date). "tỷ lệ tăng trưởng tín dụng chưa đạt so với kế hoạch đặt ra (đạt 4,09%/5%)":
# the growth rate reached (result, `=` 4.09, 2021) and the plan's rate (target, `>=` 5, 2021), as the
# spec's table row of a target and its result. "mới có trên 9% hộ nghèo, cận nghèo, mới thoát nghèo
# được vay mức trên 50 triệu": a share reached (`>` 9); "trên 50 triệu" is part of its subject (the
# loan size), no record. NOT: "bằng 110%" and "bằng 109,62%, so với năm 2020" (the year's lending
# and collection against 2020's, changes against an earlier value). Not quantities: "tăng 137,5 tỷ
# đồng so với cuối năm 2020", "tăng trưởng dư nợ cao trên 100 tỷ đồng" (changes), "14-1" (a date).
# --------------------------------------------------------------------------
PROG17 = "chương trình NHCSXH tỉnh thực hiện cho vay"
D07 = dict(name="07_thainguyen-tong-ket-2021-nhiem-vu-2022", kind="result", year=2021, records=[
    R("dư nợ từ «5% trở lên", "tăng trưởng nguồn vốn và dư nợ", ">=", 5, **T, year=2022),
    N(" Hiện, NHCSXH tỉnh thực hiện cho vay «17 chương trình", PROG17, "=", 17, year=2022),
    N("xã.\nHiện, NHCSXH tỉnh thực hiện cho vay «17 chương trình", PROG17, "=", 17, year=2022),
    VND("thực hiện đạt «3.748 tỷ", "tổng nguồn vốn Chi nhánh thực hiện", "=", 3748 * TY),
    VND("đạt trên «1.166 tỷ", "Doanh số cho vay", ">", 1166 * TY),
    N("«30.423 lượt", "lượt khách hàng vay vốn", "=", 30423),
    VND("đạt gần «1.019 tỷ", "Doanh số thu nợ", "~", 1019 * TY),
    VND("đạt gần «3.747 tỷ", "Tổng dư nợ cho vay các chương trình tín dụng chính sách", "~", 3747 * TY),
    R("(đạt «4,09%", "tỷ lệ tăng trưởng tín dụng", "=", 4.09),
    R("4,09%/«5%", "tỷ lệ tăng trưởng tín dụng theo kế hoạch đặt ra", ">=", 5, **T),
    R("trên «9% hộ", "hộ nghèo, cận nghèo, mới thoát nghèo được vay mức trên 50 triệu", ">", 9),
], NOT=["bằng «110%", "bằng «109,62%"])

# --------------------------------------------------------------------------
# 08 Bắc Ninh, local budget capital entrusted to the Social Policy Bank in 2024 (bacninhtv.vn;
# cut: the image name "617_ty_vay_von(1)" and the photo caption "Nguồn vốn giải quyết việc làm đã góp
# phần tạo sinh kế cho nhiều lao động", each with the blank line after it; the byline "Phương Hoa,
# Quốc Hưng" and the comment box ("Ý kiến bạn đọc - Gửi bình luận", "Gửi bình luận", the lines of
# spaces, "reset captcha", "Gửi bình luận Nhập lại") with their blank lines; no stamp). Year 2024
# ("kế hoạch được giao năm 2024"). The title's "Hơn 617 tỉ đồng" (`>`), the lead's "(BTV) 617,5 tỷ
# đồng" and the body's "đạt 617,5 tỉ đồng": three records, each where it stands (set274's rule for
# titles; the lead repeats the body). "Có 8/8 đơn vị hoàn thành và vượt mức kế hoạch được giao": a
# count (`=` 8). NOT: "hoàn thành 122,7% kế hoạch" (completion against a plan). Not quantities:
# "tăng 103,8 tỉ đồng so với cuối năm 2023", "vượt 1,5 tỉ đồng so với kế hoạch" (changes against an
# earlier value and a plan).
# --------------------------------------------------------------------------
UT = "nguồn vốn từ ngân sách địa phương ủy thác qua Ngân hàng CSXH"
D08 = dict(name="08_bacninh-von-uy-thac-dia-phuong-2024", kind="result", year=2024, records=[
    VND("Hơn «617 tỉ", UT, ">", 617 * TY),
    VND("(BTV) «617,5 tỷ", "số vốn UBND tỉnh và UBND các huyện, thị xã, thành phố ủy thác qua hệ thống Ngân "
        "hàng CSXH", "=", ty("617.5")),
    VND("đạt «617,5 tỉ", "nguồn vốn từ ngân sách địa phương chuyển cho Ngân hàng CSXH tỉnh", "=", ty("617.5")),
    VND("đạt hơn «545,72 tỉ", "nguồn vốn từ ngân sách tỉnh", ">", ty("545.72")),
    N("Có «8/8 đơn vị", "đơn vị hoàn thành và vượt mức kế hoạch được giao", "=", 8),
], NOT=["hoàn thành «122,7% kế"])

# --------------------------------------------------------------------------
# 09 Phú Thọ, the first month of the raised job-creation loans under Decree 338/2025/NĐ-CP
# (baophutho.vn; the stamp " date 2026-02-02" written as the first line; nothing cut; the excerpt
# ends in "doanh số gi"). Year 2026 ("ngay trong tháng 1/2026"; "Tính đến hết ngày 28/1"). Results:
# "3.323 khách hàng tiếp cận vốn vay, với tổng số tiền giải ngân gần 317,4 tỷ đồng" and "77 khách
# hàng được vay vốn bổ sung ..., tổng số tiền hơn 8 tỷ đồng". Not quantities: the decree's loan
# ceilings "vay tối đa 200 triệu đồng/người", "mức vay tối đa lên tới 10 tỷ đồng", "không quá 200
# triệu đồng cho mỗi lao động" (the terms of a loan set by a decree, neither a target nor a result,
# as earlier sets left out "tối đa 5 triệu đồng mỗi tháng" and a subsidy's ceilings), "338/2025/NĐ-CP"
# (twice, a document), "1/1/2026", "25/12/2025", "1/2026", "28/1" (dates).
# --------------------------------------------------------------------------
D09 = dict(name="09_phutho-cho-vay-giai-quyet-viec-lam-2026", kind="result", year=2026, records=[
    N("có «3.323 khách", "khách hàng tiếp cận vốn vay theo mức mới", "=", 3323),
    VND("gần «317,4 tỷ", "tổng số tiền giải ngân theo mức mới", "~", ty("317.4")),
    N("có «77 khách", "khách hàng được vay vốn bổ sung theo hạn mức mới", "=", 77),
    VND("hơn «8 tỷ", "số tiền vay vốn bổ sung theo hạn mức mới", ">", 8 * TY),
])

# --------------------------------------------------------------------------
# 10 Điện Biên, policy loans at the end of May 2025 and the poverty aim for 2025
# (thoibaotaichinhvietnam.vn; the stamp " date 2025-09-02" written as the first line; cut: the
# photo caption "Nhiều hộ nông dân đã mạnh dạn thay đổi ... Ảnh: TL" with the blank line after it;
# the excerpt ends in "370,49 tỷ "). Year 2025 ("so với cuối năm 2024" dates the figures of "31/5"
# to 2025, as the stamp). Target "mục tiêu giảm tỷ lệ hộ nghèo xuống còn 18% trong năm 2025": kind
# target, the level to reach, bare `>=` (as the earlier sets' "giảm ... xuống còn 11,3% năm 2030"),
# 2025. "hơn 80% dân số là đồng bào dân tộc thiểu số": a share the page states, a result (`>`).
# Results "đạt 5.272,359 tỷ đồng", "hơn 1.738,55 tỷ đồng ... với 30.098 khách hàng", "gần 763,78
# tỷ đồng", "hơn 370,49 tỷ". Not quantities: "tăng 260,775 tỷ đồng so với cuối năm 2024", "tăng
# 60,53 tỷ đồng" (changes), "31/5" (a date).
# --------------------------------------------------------------------------
D10 = dict(name="10_dienbien-du-no-tin-dung-chinh-sach-2025", kind="result", year=2025, records=[
    R("xuống còn «18%", "tỷ lệ hộ nghèo", ">=", 18, **T),
    R("hơn «80% dân", "dân số là đồng bào dân tộc thiểu số", ">", 80),
    VND("đạt «5.272,359 tỷ", "tổng dư nợ các chương trình tín dụng chính sách tại Ngân hàng Chính sách xã hội "
        "tỉnh Điện Biên", "=", ty("5272.359")),
    VND("hơn «1.738,55 tỷ", "dư nợ chương trình cho vay hộ nghèo", ">", ty("1738.55")),
    N("với «30.098 khách", "khách hàng vay hộ nghèo", "=", 30098),
    VND("gần «763,78 tỷ", "dư nợ cho vay hộ cận nghèo", "~", ty("763.78")),
    VND("hơn «370,49 tỷ", "dư nợ cho vay hộ mới thoát nghèo", ">", ty("370.49")),
])

# --------------------------------------------------------------------------
# 11 Đà Nẵng, the city's Plan 44 implementing Decision 1560 and Directive 39 on policy credit,
# August 2025 (baodanang.vn; the stamp " date 2025-08-16" written as the first line, the section
# label "Tài chính - Thị trường" kept as part of the title's line; nothing cut; the excerpt ends in
# "làm cơ sở để "). A precision text, no record: "Kế hoạch số 44", "Quyết định số 1560",
# "1560/QĐ-TTg", "Chỉ thị số 39" (twice) (documents), "30/10/2024", "2026 - 2030" (dates).
# --------------------------------------------------------------------------
D11 = dict(name="11_danang-ke-hoach-44-tin-dung-chinh-sach-2025-precision", kind="target", year=2025,
           records=[])

# --------------------------------------------------------------------------
# 12 National: households in difficult areas allowed loans of up to 100 million đồng under Decision
# 17 (suckhoedoisong.vn, a tag page; cut: the tag label "vay vốn sản xuất"; the section and
# date "Xã hội - 07/06/2023 07:06" open the body's line and stay, as part of a line). A precision
# text, no record: the loan's terms "tối đa 100 triệu đồng" (title), "tối đa là 100 triệu
# đồng/người", "30 triệu đồng" (the former ceiling) are the terms of a loan, no target or result;
# NOT: "lãi suất 9%/năm", "lãi suất 0,9%/tháng" (the loan's interest, likewise). Not quantities:
# "Quyết định số 17" (a document), "07/06/2023", "07:06" (a date, a time). Year 2023.
# --------------------------------------------------------------------------
D12 = dict(name="12_toanquoc-muc-vay-vung-kho-khan-2023-precision", kind="result", year=2023, records=[],
           NOT=["lãi suất «9%/năm", "lãi suất «0,9%/tháng"])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
