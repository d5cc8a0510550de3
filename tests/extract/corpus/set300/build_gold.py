#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set300).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a plan, a change
against an earlier value);
check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
The set's theme (livestock and animal disease) has no indicator in the catalogue: every id is null,
so no record passes `iid=`.

The set's shorthand: `HEAD` (a count of animals, `con`), `TON`/`KG`/`HA`/`M2`/`VND` (amounts in
other units, with the unit as written), `TGT` (a target of the document's year-range, >=).

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

TON = dict(unit="other", unit_text="tấn")
KG = dict(unit="other", unit_text="kg")
HA = dict(unit="other", unit_text="ha")
M2 = dict(unit="other", unit_text="m2")
VND = dict(unit="other", unit_text="đồng")
Doc = functools.partial(dict, kind="result")  # every document states results unless it says kind=

# --------------------------------------------------------------------------
# 01 Nam Định, the province's plan against African swine fever 2020-2025 (Kế hoạch số
# 80/KH-UBND), September 2020 (baonamdinh.vn; the stamp " date 2020-09" written as the first line;
# nothing cut; the excerpt ends in "quy trình thực hành chă"). Targets ("Mục tiêu của Kế hoạch
# là ..."): the shares of communes free of the disease "trên 90% ... trong năm 2020 và 2021",
# "trên 95% ... trong năm 2022 và 2023", "trên 99% ... trong năm 2024 và 2025" (`>`; each number
# stands for two years but is one number at one anchor: one record, the first year named, as an
# earlier set's "đứng thứ 2 trong năm 2020, 2021"; a judgement); "ít nhất 20 cơ sở chăn nuôi lợn và
# 2 chuỗi sản xuất lợn" (two counts, `>=`), "100% cơ sở chăn nuôi trang trại quy mô lớn, 90% ...
# quy mô vừa và 80% ... quy mô nhỏ" (three records, `>=`, scope null: a farm's size is a kind of
# thing, not an administrative level or population group, as set193's grades of hospital). Year of
# the last five: 2025, the end of the plan's period (no year is said at them; a judgement). Pillar
# null. Not quantities: "972/QĐ-TTg", "80/KH-UBND" (documents), "4-9-2020" (a date), "2020-2025"
# (the period, three times).
# --------------------------------------------------------------------------
D01 = Doc(name="01_namdinh-dich-ta-lon-chau-phi-ke-hoach-2020-2025", kind="target", year=2025, records=[
    R("có trên «90% xã", "xã, phường, thị trấn không có bệnh DTLCP", ">", 90, year=2020),
    R("2021; trên «95% xã", "xã, phường, thị trấn không có bệnh DTLCP", ">", 95, year=2022),
    R("2023; trên «99% xã", "xã, phường, thị trấn không có bệnh DTLCP", ">", 99, year=2024),
    R("ít nhất «20 cơ sở", "cơ sở chăn nuôi lợn an toàn đối với bệnh DTLCP xây dựng thành công", ">=", 20, **CNT),
    R("và «2 chuỗi", "chuỗi sản xuất lợn, sản phẩm thịt lợn an toàn đối với bệnh DTLCP", ">=", 2, **CNT),
    R("Có «100% cơ sở", "cơ sở chăn nuôi trang trại quy mô lớn áp dụng các biện pháp chăn nuôi lợn an toàn "
      "sinh học", ">=", 100),
    R("lớn, «90% cơ sở", "cơ sở chăn nuôi trang trại quy mô vừa áp dụng các biện pháp chăn nuôi lợn an toàn "
      "sinh học", ">=", 90),
    R("và «80% cơ sở", "cơ sở chăn nuôi trang trại quy mô nhỏ áp dụng các biện pháp chăn nuôi lợn an toàn "
      "sinh học", ">=", 80),
])

# --------------------------------------------------------------------------
# 02 Lâm Đồng, Đạ Tẻh district opening its first vaccination round of 2022 with coverage targets
# (baolamdong.vn; cut: the byline time and date "05:05, 18/05/2022", written as the first line
# `date 2022-05-18`, and the byline "MẠC KHẢI" with the blank lines before it; the lines of one
# space are kept). Year 2022. Targets: "chỉ tiêu phấn đấu đạt tối thiểu 90% tổng đàn trâu, bò,
# lợn; 80% tổng đàn chó; 70% đàn thủy cầm trong diện tiêm" (three records, `>=`, each its own
# herd: a kind of animal is not a scope) and the title's "Tiêm phòng từ 90% trở lên trên tổng đàn
# gia súc" (`>=`; the title's number recorded like the body's, set69's judgement on titles). Not
# quantities: "3 mũi", "1 mũi" (four times: the make-up of each herd's vaccination schedule, not a
# target or a result, as the parts of an index), "Type O", "H5N1" (names), "đợt 1 năm 2022" (the
# round's label), "1/8/2022" (a date).
# --------------------------------------------------------------------------
D02 = Doc(name="02_lamdong-dateh-chi-tieu-tiem-phong-2022", kind="target", year=2022, records=[
    R("phòng từ «90% trở lên", "tổng đàn gia súc được tiêm phòng", ">=", 90),
    R("tối thiểu «90% tổng đàn", "tổng đàn trâu, bò, lợn được tiêm phòng", ">=", 90),
    R("lợn; «80% tổng đàn", "tổng đàn chó được tiêm phòng", ">=", 80),
    R("chó; «70% đàn", "đàn thủy cầm trong diện tiêm được tiêm phòng", ">=", 70),
])

# --------------------------------------------------------------------------
# 03 Bà Rịa - Vũng Tàu, the 2022 plan to keep and build disease-free zones and farms (Quyết định
# số 1618/QĐ-UBND), June 2022 (baobariavungtau.com.vn; the stamp " date 2022-06" written as the
# first line; nothing cut: the photo caption "Tỉnh tiếp tục duy trì 6 vùng ... Trong ảnh: ..."
# states a figure and stays). Kind target: what the plan sets ("tiếp tục duy trì 6 vùng ... 8 cơ
# sở ... và 120 cơ sở, trang trại", the caption's "6 vùng" again; `>=`, 2022: the zones and farms
# to keep certified this year, a judgement: the plan's "duy trì" is its own aim, not a report),
# "mục tiêu xây dựng 2 vùng, 3 cơ sở cấp xã và 15 cơ sở, trang trại ... trong năm 2022" (three
# counts, each its own subject; "cấp xã" is part of the subject, scope null), "2 vùng, 2 cơ sở cấp
# xã và 80% các cơ sở, trang trại chăn nuôi tập trung ... trong năm 2023" (three records, 2023) and
# "Tổng kinh phí dự toán thực hiện kế hoạch 478 triệu đồng" (money, `>=`, 478e6 "đồng", 2022; a
# plan's money as a target, as an earlier set's "tổng kinh phí dự kiến"). Not quantities:
# "1618/QĐ-UBND" (a document).
# --------------------------------------------------------------------------
D03 = Doc(name="03_bariavungtau-vung-an-toan-dich-benh-2022", kind="target", year=2022, records=[
    R("tục duy trì «6 vùng an toàn dịch bệnh động vật đã được chứng nhận.",
      "vùng an toàn dịch bệnh động vật đã được chứng nhận tiếp tục duy trì", ">=", 6, **CNT),
    R("tục duy trì «6 vùng an toàn dịch bệnh động vật đã được Cục",
      "vùng an toàn dịch bệnh động vật đã được Cục Thú y chứng nhận tiếp tục duy trì", ">=", 6, **CNT),
    R("Đảo; «8 cơ sở", "cơ sở an toàn dịch bệnh động vật đối với các loại bệnh tiếp tục duy trì", ">=", 8,
      **CNT),
    R("và «120 cơ sở", "cơ sở, trang trại chăn nuôi an toàn dịch bệnh tiếp tục duy trì", ">=", 120, **CNT),
    R("xây dựng «2 vùng, 3", "vùng an toàn dịch bệnh động vật xây dựng để được chứng nhận", ">=", 2, **CNT),
    R("vùng, «3 cơ sở", "cơ sở cấp xã an toàn dịch bệnh động vật xây dựng để được chứng nhận", ">=", 3, **CNT),
    R("và «15 cơ sở", "cơ sở, trang trại an toàn dịch bệnh động vật xây dựng để được chứng nhận", ">=", 15,
      **CNT),
    R("đối với «2 vùng", "vùng được công nhận an toàn dịch bệnh động vật", ">=", 2, **CNT, year=2023),
    R("vùng, «2 cơ sở", "cơ sở cấp xã được công nhận an toàn dịch bệnh động vật", ">=", 2, **CNT, year=2023),
    R("và «80% các cơ sở", "cơ sở, trang trại chăn nuôi tập trung được công nhận an toàn dịch bệnh động vật",
      ">=", 80, year=2023),
    R("hoạch «478 triệu", "tổng kinh phí dự toán thực hiện kế hoạch", ">=", 478e6, **VND),
])

# --------------------------------------------------------------------------
# 04 Sơn La, the province's plan against animal diseases for 2025 (Kế hoạch số 189/KH-UBND of
# 06/08/2024), its opening section on the herds and the first half of 2024
# (thuvienphapluat.vn; cut: the site's search box "Từ khoá: Số Hiệu, Tiêu đề ...", "Đăng nhập" and
# "Đang tải văn bản..." with their blank lines; the document's data lines "Số hiệu: ...",
# "Ngày ban hành: ..." are kept; no byline, no stamp; the excerpt ends in "với khối lượng "). Kind
# result, year 2024: the herd sizes stand in a document of August 2024 (no year at them: the
# document's date, a judgement), the outbreaks are "Sáu tháng đầu năm 2024". Results (counts,
# `=`, each its own subject): the herds "đàn trâu 111.595 con, bò 399.060 con (bò thịt 372.308
# con, bò sữa 26.852 con), ngựa 7.027 con, dê 173.372 con, lợn 687.493 con, gia cầm 7.051.000
# con" (eight records; the bracket's breakdown is a breakdown by kind, scope null); African swine
# fever "tại 39 lượt xã, phường, thị trấn của 11 huyện, thành phố", "số lợn mắc bệnh, chết, tiêu
# hủy 1.804 con, tổng khối lượng tiêu hủy 68.269 kg" (kg: unit other); foot-and-mouth "tại 04 xã
# của 04 huyện", "số động vật mắc bệnh là 352 con ( 302 con bò và 50 con trâu), số động vật chết
# và tiêu hủy là 18 con bò". Pillar null. Not quantities: "189/KH-UBND" (twice), "06/08/2024",
# "ngày 06 tháng 8 năm 2024" (dates), "NĂM 2025" (the plan's year), "I." (a heading's number),
# "type O" (a name).
# --------------------------------------------------------------------------
D04 = Doc(name="04_sonla-ke-hoach-phong-chong-dich-benh-2025", year=2024, records=[
    R("đàn trâu «111.595 con", "đàn trâu", "=", 111595, **CNT),
    R("bò «399.060 con", "đàn bò", "=", 399060, **CNT),
    R("bò thịt «372.308 con", "bò thịt", "=", 372308, **CNT),
    R("bò sữa «26.852 con", "bò sữa", "=", 26852, **CNT),
    R("ngựa «7.027 con", "đàn ngựa", "=", 7027, **CNT),
    R("dê «173.372 con", "đàn dê", "=", 173372, **CNT),
    R("lợn «687.493 con", "đàn lợn", "=", 687493, **CNT),
    R("gia cầm «7.051.000 con", "đàn gia cầm", "=", 7051000, **CNT),
    R("tại «39 lượt xã", "lượt xã, phường, thị trấn xảy ra bệnh Dịch tả lợn Châu Phi", "=", 39, **CNT),
    R("của «11 huyện", "huyện, thành phố xảy ra bệnh Dịch tả lợn Châu Phi", "=", 11, **CNT),
    R("tiêu hủy «1.804 con", "số lợn mắc bệnh, chết, tiêu hủy", "=", 1804, **CNT),
    R("tiêu hủy «68.269 kg", "tổng khối lượng lợn tiêu hủy", "=", 68269, **KG),
    R("tại «04 xã", "xã xảy ra bệnh LMLM", "=", 4, **CNT),
    R("của «04 huyện", "huyện xảy ra bệnh LMLM", "=", 4, **CNT),
    R("là «352 con", "số động vật mắc bệnh LMLM", "=", 352, **CNT),
    R("( «302 con", "số bò mắc bệnh LMLM", "=", 302, **CNT),
    R("và «50 con trâu", "số trâu mắc bệnh LMLM", "=", 50, **CNT),
    R("là «18 con bò", "số động vật chết và tiêu hủy do bệnh LMLM", "=", 18, **CNT),
])

# --------------------------------------------------------------------------
# 05 Bắc Kạn, Ba Bể district's first vaccination round of 2024 (babe.gov.vn; cut: the byline
# "T/h: Dương Hiểu" and the links "Bài trướcCTPT ngày 18 tháng 6", "Bài tiếp theoCTPT ngày 20
# tháng 6" with the blank lines between them; the title stands twice, as the page has it; no
# byline date, no stamp). Year 2024 ("đợt I năm 2024"). Results (counts, `=`): "đã có 4.218 con
# trâu bò được tiêm vacxin LMLM", "Trên 4.218 liều vacxin Tụ huyết trùng trâu, bò" (`>`), "3.628
# liều vacxin dại chó, mèo". NOT (completion against the plan, as the earlier sets' majority
# leaves out "đạt 102% kế hoạch"): the title's and the lead's "đạt 71,5% kế hoạch" (three times),
# "đạt 71,5% kế hoạch giao" (twice), the communes' "Nam Mẫu 106%; Cao Thượng trên 101%; Mỹ Phương
# trên 90%; Hà Hiệu 89%" ("tỷ lệ tiêm phòng đạt khá so với kế hoạch đề ra"), Bành Trạch's "chỉ đạt
# 32,9% kế hoạch". Not quantities: "đợt I" (a label), "18 tháng 6", "20 tháng 6" (cut).
# --------------------------------------------------------------------------
D05 = Doc(name="05_backan-babe-tiem-phong-dot-1-2024", year=2024, records=[
    R("có «4.218 con", "con trâu bò được tiêm vacxin LMLM", "=", 4218, **CNT),
    R("Trên «4.218 liều", "liều vacxin Tụ huyết trùng trâu, bò đã tiêm", ">", 4218, **CNT),
    R("và «3.628 liều", "liều vacxin dại chó, mèo đã tiêm", "=", 3628, **CNT),
], NOT=["Ba Bể đạt «71,5% kế hoạch\n\nKết thúc", "phòng bệnh đạt «71,5%", "Ba Bể đạt «71,5% kế hoạch\n\nCụ thể",
        "LMLM, đạt «71,5%", "bò, đạt «71,5%", "Mẫu «106%", "Thượng trên «101%", "Phương trên «90%",
        "Hiệu «89%", "chỉ đạt «32,9%"])

# --------------------------------------------------------------------------
# 06 Nghệ An, lumpy skin disease in 17 of the 21 districts, April 2021 (amp.baonghean.vn; cut: the
# photo captions "bna_lay_mau2794884_142021.jpgLực lượng chức năng ... Ảnh: Q.A" (a file name, no
# figure) and "Người dân cần tăng cường dọn vệ sinh ... Ảnh: Q.A" with the blank lines that went
# with them; no byline, no stamp; the excerpt opens in the middle of the article and ends in "không
# giấu "). Year 2021 ("tính đến 1/4/2021"). Results (counts, `=`): "5 địa phương mới xuất hiện dịch
# bệnh", "có 12 địa phương đã có trâu, bò nhiễm bệnh", "17/21 địa phương có dịch" (17; the
# denominator is no quantity), "chỉ còn 4 huyện chưa xuất hiện dịch", "668 con ở 481 hộ chăn nuôi"
# (two counts, each its own subject, as set193's "tại 7 thôn"), the districts' outbreaks "Diễn
# Châu, Nghi Lộc (14 ổ dịch/huyện)" (one number for two districts: one record, no place), "Nghĩa
# Đàn 10 ổ dịch", "Đô Lương 9 ổ dịch" (place the district). Not quantities: "1/4/2021" (a date),
# "/21", the file name's digits (cut).
# --------------------------------------------------------------------------
D06 = Doc(name="06_nghean-viem-da-noi-cuc-2021", year=2021, records=[
    R("«5 địa phương mới", "địa phương mới xuất hiện dịch viêm da nổi cục", "=", 5, **CNT),
    R("có «12 địa phương", "địa phương đã có trâu, bò nhiễm bệnh viêm da nổi cục trước đó", "=", 12, **CNT),
    R("với «17/21 địa phương", "địa phương có dịch viêm da nổi cục", "=", 17, **CNT),
    R("còn «4 huyện", "huyện chưa xuất hiện dịch viêm da nổi cục", "=", 4, **CNT),
    R("là «668 con", "tổng số trâu, bò mắc bệnh viêm da nổi cục", "=", 668, **CNT),
    R("ở «481 hộ", "hộ chăn nuôi có trâu, bò mắc bệnh viêm da nổi cục", "=", 481, **CNT),
    R("(«14 ổ dịch", "ổ dịch/huyện viêm da nổi cục: Diễn Châu, Nghi Lộc", "=", 14, **CNT),
    R("Đàn «10 ổ dịch", "ổ dịch viêm da nổi cục", "=", 10, **CNT, place="Nghĩa Đàn"),
    R("Lương «9 ổ dịch", "ổ dịch viêm da nổi cục", "=", 9, **CNT, place="Đô Lương"),
])

# --------------------------------------------------------------------------
# 07 Thanh Hóa, lumpy skin disease, March 2021 (tin360.tv; nothing cut; no byline, no stamp; the
# excerpt ends in "không lây nhi"). Year 2021 ("3/2 – 28/3/2021", "đầu tháng 3/2021"). Results
# (counts, `=`, each its own subject, scope null): the day's new cases "chỉ trong ngày 28/3 ... có
# thêm 336 con trâu, bò tại 233 hộ, 40 thôn, 29 xã tại 7 huyện" (five records: the day's count of
# new cases is a value of that day, not a change against an earlier value); the cumulative "976
# hộ chăn nuôi tại 181 thôn, 54 xã của 11 huyện với 1.337 con trâu, bò" (five), "tiêu hủy 21 con";
# the country's "184 ổ dịch tại 163 xã thuộc 65 huyện của 18 tỉnh, thành phố với tổng số gia súc
# mắc bệnh trên 2.200 con (`>`), với gần 300 con (`~`) chết và tiêu hủy" (six records, the country
# named in the indicator, no place: not a province). Not quantities: "28/3", "3/2 – 28/3/2021",
# "tháng 10/2020", "tháng 3/2021" (dates).
# --------------------------------------------------------------------------
D07 = Doc(name="07_thanhhoa-viem-da-noi-cuc-2021", year=2021, records=[
    R("thêm «336 con", "con trâu, bò mắc bệnh viêm da nổi cục thêm trong ngày 28/3", "=", 336, **CNT),
    R("tại «233 hộ", "hộ có trâu, bò mắc bệnh viêm da nổi cục thêm trong ngày 28/3", "=", 233, **CNT),
    R("hộ, «40 thôn", "thôn có trâu, bò mắc bệnh viêm da nổi cục thêm trong ngày 28/3", "=", 40, **CNT),
    R("thôn, «29 xã", "xã có trâu, bò mắc bệnh viêm da nổi cục thêm trong ngày 28/3", "=", 29, **CNT),
    R("tại «7 huyện", "huyện có trâu, bò mắc bệnh viêm da nổi cục thêm trong ngày 28/3", "=", 7, **CNT),
    R("tại «976 hộ", "hộ chăn nuôi xảy ra bệnh viêm da nổi cục", "=", 976, **CNT),
    R("tại «181 thôn", "thôn xảy ra bệnh viêm da nổi cục", "=", 181, **CNT),
    R("thôn, «54 xã", "xã xảy ra bệnh viêm da nổi cục", "=", 54, **CNT),
    R("của «11 huyện", "huyện xảy ra bệnh viêm da nổi cục", "=", 11, **CNT),
    R("với «1.337 con", "con trâu, bò mắc bệnh viêm da nổi cục", "=", 1337, **CNT),
    R("tiêu hủy «21 con", "con trâu bò mắc bệnh phải tiêu hủy", "=", 21, **CNT),
    R("xảy «184 ổ dịch", "ổ dịch viêm da nổi cục tại Việt Nam", "=", 184, **CNT),
    R("tại «163 xã", "xã có ổ dịch viêm da nổi cục tại Việt Nam", "=", 163, **CNT),
    R("thuộc «65 huyện", "huyện có ổ dịch viêm da nổi cục tại Việt Nam", "=", 65, **CNT),
    R("của «18 tỉnh", "tỉnh, thành phố có ổ dịch viêm da nổi cục tại Việt Nam", "=", 18, **CNT),
    R("trên «2.200 con", "tổng số gia súc mắc bệnh viêm da nổi cục tại Việt Nam", ">", 2200, **CNT),
    R("gần «300 con", "gia súc chết và tiêu hủy do bệnh viêm da nổi cục tại Việt Nam", "~", 300, **CNT),
])

# --------------------------------------------------------------------------
# 08 Thái Bình, the buffalo and cattle herd and its meat output in the first five months of 2020
# (baothaibinh.com.vn; cut: the page's date "Thứ 3, 23/07/2024, 20:50[GMT+7]" with the blank line
# after it, the view counter "4,396 lượt xem", the byline "Thanh Huyền" and the links "Tin cùng
# chuyên mục", "Xem tin theo ngày" with their blank lines; the byline date "Thứ 3, 02/06/2020 |
# 15:18:03" written as the first line `date 2020-06-02`). Year 2020. Results (`=`, "ước đạt" as
# the spec's estimate): the title's "sản lượng thịt trâu, bò hơi xuất chuồng ước đạt hơn 4.200
# tấn" (`>`, tấn: unit other), "tổng đàn trâu, bò toàn tỉnh ước đạt 56.200 con", "đàn trâu ...
# 6.400 con", "đàn bò ... 49.800 con" (counts), "Sản lượng ... trong tháng 5 ước đạt 839 tấn",
# "Tính chung 5 tháng đầu năm 2020 ... ước đạt 4.215 tấn". Not quantities: "tăng 2,6% so với cùng
# kỳ năm 2019", "tăng 1,5%", "tăng 2,8%", "tăng 5,1%" (changes against an earlier value), "5
# tháng", "tháng 5/2020", "tháng 5" (periods), "2019 - 2025" (twice, a period).
# --------------------------------------------------------------------------
D08 = Doc(name="08_thaibinh-dan-trau-bo-5-thang-2020", year=2020, records=[
    R("đạt hơn «4.200 tấn", "sản lượng thịt trâu, bò hơi xuất chuồng 5 tháng", ">", 4200, **TON),
    R("ước đạt «56.200 con", "tổng đàn trâu, bò toàn tỉnh", "=", 56200, **CNT),
    R("ước đạt «6.400 con", "đàn trâu", "=", 6400, **CNT),
    R("ước đạt «49.800 con", "đàn bò", "=", 49800, **CNT),
    R("ước đạt «839 tấn", "sản lượng thịt trâu, bò hơi xuất chuồng trong tháng 5", "=", 839, **TON),
    R("ước đạt «4.215 tấn", "sản lượng thịt trâu, bò hơi xuất chuồng 5 tháng đầu năm 2020", "=", 4215, **TON),
], NOT=["tăng «2,6%", "tăng «1,5%", "tăng «2,8%", "tăng «5,1%"])

# --------------------------------------------------------------------------
# 09 Hòa Bình, the province's herds in mid-May 2021 (baohoabinh.com.vn: the address names another
# article, on Covid-19 in the industrial zones; the stored excerpt is this one; nothing cut; no
# byline, no stamp). Year 2021 ("đến ngày 15/5", then "Năm 2021, người chăn nuôi tiếp tục tái đàn"
# in the same paragraph). Results (counts, `=`, the magnitude word multiplied in): "tổng đàn trâu
# 115,7 nghìn con, đàn bò 85,7 nghìn con; lợn 458,8 nghìn con; dê 51,7 nghìn con; 7,89 triệu con
# gia cầm". Not quantities: "15/5" (a date), "tăng khoảng 0,5% so với năm 2020" (a change against
# an earlier value).
# --------------------------------------------------------------------------
D09 = Doc(name="09_hoabinh-tong-dan-vat-nuoi-2021", year=2021, records=[
    R("đàn trâu «115,7 nghìn", "tổng đàn trâu", "=", 115700, **CNT),
    R("đàn bò «85,7 nghìn", "đàn bò", "=", 85700, **CNT),
    R("lợn «458,8 nghìn", "đàn lợn", "=", 458800, **CNT),
    R("dê «51,7 nghìn", "đàn dê", "=", 51700, **CNT),
    R("; «7,89 triệu", "con gia cầm", "=", 7890000, **CNT),
], NOT=["khoảng «0,5%"])

# --------------------------------------------------------------------------
# 10 Lâm Đồng, Lâm Hà district's livestock and fish farming in the first half of 2022
# (baolamdong.vn; the stamp " date 2022-07" written as the first line; cut: the byline "C.PHONG"
# with the blank line before it). Year 2022. Results (`=`): "tổng đàn heo 92.942 con", "đàn gia cầm
# 1,17 triệu con", "sản lượng kén tằm đạt 3.400 tấn" (tấn), "đàn trâu có 380 con", "đàn bò 7.412
# con", "diện tích nuôi trồng thuỷ sản 900 ha" (ha), "Tổng sản lượng đạt 1.000 tấn" (the fish
# output). Not quantities: "tăng 6% so với cùng kỳ năm 2021", "tăng 6%", "tăng 13,4%", "giảm
# 6,2%", "giảm 2,9%", "giảm 3,5%", "tăng 1,5 so với cùng kỳ" (changes against an earlier value), "6
# tháng đầu năm 2022" (twice, a period).
# --------------------------------------------------------------------------
D10 = Doc(name="10_lamdong-lamha-chan-nuoi-6-thang-2022", year=2022, records=[
    R("đàn heo «92.942 con", "tổng đàn heo", "=", 92942, **CNT),
    R("gia cầm «1,17 triệu", "đàn gia cầm", "=", 1170000, **CNT),
    R("đạt «3.400 tấn", "sản lượng kén tằm", "=", 3400, **TON),
    R("có «380 con", "đàn trâu", "=", 380, **CNT),
    R("đàn bò «7.412 con", "đàn bò", "=", 7412, **CNT),
    R("sản «900 ha", "diện tích nuôi trồng thuỷ sản", "=", 900, **HA),
    R("đạt «1.000 tấn", "tổng sản lượng thuỷ sản", "=", 1000, **TON),
], NOT=["con, tăng «6% so với cùng kỳ năm", "con, tăng «6% so với cùng kỳ;", "tăng «13,4%", "giảm «6,2%",
        "giảm «2,9%", "giảm «3,5%"])

# --------------------------------------------------------------------------
# 11 Lâm Đồng, Vĩnh Long and Tây Ninh, African swine fever outbreaks culled in July 2025
# (sggp.org.vn, a national daily: the page names no province of its own, so every record carries
# its province as `place`; nothing cut but the blank line that opened the excerpt; no byline, no
# stamp; the excerpt ends in "xuất hiện ở 22 "). Year 2025 ("lũy kế từ đầu năm 2025 đến nay": the
# article's year, said for the last figure and standing for the July dates "27-7", "1-7").
# Results: Bảo Lâm 1 commune's "tiêu hủy đàn heo 240 con", "ghi nhận 31 con heo chết" (Lâm Đồng);
# Mỹ Thuận commune's "Đàn heo mắc bệnh có 37 con heo thịt", "8 con trong đàn chết", "tổng trọng
# lượng hơn 1 tấn" (`>`, tấn), "ổ dịch có diện tích khoảng 2.000m2" (`~`, m2) (Vĩnh Long); Tây
# Ninh's "dịch tả heo châu Phi đã xuất hiện ở 22 " is left without a record: the excerpt ends
# before the noun, so what is counted is not in the text (a judgement). Not quantities: "Bảo Lâm 1" (three times), "thôn 5", "Trung
# ương II" (twice) (names), "27-7", "1-7" (dates), "2025" (the year).
# --------------------------------------------------------------------------
D11 = Doc(name="11_lamdong-vinhlong-dich-ta-heo-chau-phi-2025", year=2025, records=[
    R("đàn heo «240 con", "đàn heo nhiễm dịch tả heo châu Phi tiêu hủy", "=", 240, **CNT, place="Lâm Đồng"),
    R("nhận «31 con", "con heo chết", "=", 31, **CNT, place="Lâm Đồng"),
    R("có «37 con", "đàn heo mắc bệnh dịch tả heo châu Phi", "=", 37, **CNT, place="Vĩnh Long"),
    R("phát hiện «8 con", "con trong đàn chết không rõ nguyên nhân", "=", 8, **CNT, place="Vĩnh Long"),
    R("hơn «1 tấn", "tổng trọng lượng đàn heo đã được tiêu hủy", ">", 1, **TON, place="Vĩnh Long"),
    R("khoảng «2.000m2", "diện tích ổ dịch khử trùng", "~", 2000, **M2, place="Vĩnh Long"),
])

# --------------------------------------------------------------------------
# 12 Gia Lai, the decision approving the 2023 plan against terrestrial and aquatic animal
# diseases (Quyết định số 676/QĐ-UBND of 07/11/2022), its header and legal grounds; a precision
# text (hethongphapluat.com; cut: the site's name "Hệ thống pháp luật" with the blank line after
# it; no byline, no stamp; the excerpt ends in "Quyết định số 531/Q"). No record: every number is a
# document's number ("676/QĐ-UBND", "35/2016/NĐ-CP", "719/QĐ-TTg", "1442/QĐ-TTg",
# "04/2016/TT-BNNPTNT", "07/2016/TT-BNNPTNT" (twice), "24/2019/TT- BNNPTNT", "09/2021/TT-BNNPTNT",
# "5177/BNN-TY", "531/Q"), a date ("ngày 07 tháng 11 năm 2022", "22/11/2019", "15/5/2016",
# "05/6/2008", "23/8/2011", "10/5/2016", "31/5/2016", "24/12/2019", "12/8/2021", "08/8/2022") or
# a year in a law's or the plan's name ("năm 2015", "năm 2017", "năm 2018", "NĂM 2023", "năm
# 2023").
# --------------------------------------------------------------------------
D12 = Doc(name="12_gialai-quyet-dinh-676-phong-chong-dich-2023-precision", year=2023, records=[])

# --------------------------------------------------------------------------
# 13 Bắc Kạn, the decision issuing the 2021 plan against terrestrial and aquatic animal diseases
# (Quyết định số 172/QĐ-UBND of 05/02/2021), its header and legal grounds; a precision text
# (thuviennhadat.vn; nothing cut; the table's "|" separators kept; the excerpt ends in "gia súc
# trê"). No record: document numbers ("172/QĐ-UBND", "04/2016/TT-BNNPTNT", "07/2016/TT-BNNPTNT",
# "4757/BNN-TY", "1176/QĐ-UBND", "624/QĐ-UBND", "1617/QĐ-UBND", "73/QĐ-UBND"), dates ("ngày 05
# tháng 02 năm 2021", "19/6/2015" (twice), "21/11/2017", "10/5/2016", "31/5/2016", "16/7/2020",
# "11/8/2017", "23/4/2019", "07/9/2020", "15/01/2021") and periods or years in names ("NĂM 2021",
# "năm 2021", "2017 - 2021", "2019 - 2025", "2020 - 2025").
# --------------------------------------------------------------------------
D13 = Doc(name="13_backan-quyet-dinh-172-phuong-an-2021-precision", year=2021, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
