#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set353).

Adapted from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: changes against an earlier year);
check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: in this set every record's id is null (the catalogue holds
no indicator of rural or community tourism; see README), so no record passes `iid=`.

The set's theme is community-based and rural tourism; no text stands under a heading or lead-in
naming a pillar of digital transformation, so every pillar is null.

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
from goldkit import R, RANK  # noqa: E402

# Shorthand built with functools.partial: a count record, a money record (unit other, "đồng").
N = functools.partial(R, unit="count")
VND = functools.partial(R, unit="other", unit_text="đồng")
B = 1e9  # tỷ

# --------------------------------------------------------------------------
# 01 Phú Yên, the province's plan for the rural-tourism programme 2022-2025, news of 14/11/2022
# (phuyen.gov.vn; cut: the section label "Hoạt động lãnh đạo UBND Tỉnh"; the title stands twice, the
# second time with the date "(14/11/2022)" inside its line, kept). Targets for 2025 (the title's
# and the body's "đến năm 2025"). Records: the title's "tối thiểu 01 điểm du lịch nông thôn tại mỗi
# địa phương" twice (the title stands twice, each recorded as the page has it; titles recorded as
# set69 decided), the body's 01 point per district, 50% of businesses up to standard, 50% of points
# digitised, 100% introduced, 50% using electronic transactions, 01 chain model per district, 100%
# of owners trained, 80% of workers trained, "trong đó ít nhất 50% là lao động nữ" (a share of the
# workers, its own record). Not quantities: "2022-2025" (a period), "14/11/2022" (a date).
# --------------------------------------------------------------------------
D01 = dict(name="01_phuyen-du-lich-nong-thon-ke-hoach-2022", kind="target", year=2025, records=[
    N("tối thiểu «01 điểm du lịch nông thôn tại mỗi địa phương vào năm 2025\nPhấn",
      "điểm du lịch nông thôn tại mỗi địa phương", ">=", 1),
    N("2025\nPhấn đấu có tối thiểu «01 điểm", "điểm du lịch nông thôn tại mỗi địa phương", ">=", 1),
    N("có tối thiểu «01 điểm du lịch nông thôn được công nhận", "mỗi huyện, thị xã, thành phố có điểm du lịch "
      "nông thôn được công nhận gắn với lợi thế về nông nghiệp, văn hóa, làng nghề hoặc môi trường sinh thái",
      ">=", 1),
    R("có «50% cơ sở", "cơ sở kinh doanh dịch vụ du lịch nông thôn được công nhận đạt tiêu chuẩn phục vụ khách "
      "du lịch", ">=", 50),
    R("ít nhất «50% điểm", "điểm du lịch nông thôn được công nhận được số hóa và kết nối trên trang quảng bá, "
      "xúc tiến du lịch bằng công nghệ số", ">=", 50),
    R("Phấn đấu «100% điểm", "điểm du lịch nông thôn được giới thiệu, quảng bá", ">=", 100),
    R("; «50% điểm du lịch nông thôn ứng dụng", "điểm du lịch nông thôn ứng dụng các giao dịch điện tử trong "
      "hoạt động du lịch", ">=", 50),
    N("ít nhất «01 mô hình", "mỗi huyện NTM xây dựng mô hình chuỗi liên kết du lịch nông nghiệp, nông thôn "
      "đặc thù", ">=", 1),
    R("; «100% chủ cơ sở", "chủ cơ sở du lịch nông thôn được đào tạo, tập huấn về nghiệp vụ quản lý du lịch",
      ">=", 100),
    R("; «80% lao động", "lao động du lịch nông thôn được bồi dưỡng, tập huấn và nâng cao nghiệp vụ, kỹ năng "
      "phục vụ khách du lịch", ">=", 80),
    R("ít nhất «50% là lao động nữ", "lao động nữ trong số lao động du lịch nông thôn được bồi dưỡng, tập huấn",
      ">=", 50),
])

# --------------------------------------------------------------------------
# 02 Hòa Bình, the province's plan for the rural-tourism programme 2021-2025 (kinhtenongthon.vn;
# cut: the photo caption "Mai Châu điểm du lịch lý tưởng ..."; no byline, no stamp). Targets for
# 2025. The lead restates two of the body's targets (1 point per district, 50% of businesses): both
# occurrences recorded, as the page has them. "đưa huyện Yên Thủy, huyện Cao Phong xây dựng ít nhất
# 1 mô hình" is one record (the two districts are its subject, not a split by level). "nâng lượng
# khách du lịch đến tỉnh đạt 2 triệu lượt/năm" is a count (visits, as the earlier sets' "lượt
# khách"), `>=` (a target's đạt). Not quantities: "2021-2025" (a period).
# --------------------------------------------------------------------------
D02 = dict(name="02_hoabinh-du-lich-nong-thon-ke-hoach-2025", kind="target", year=2025, records=[
    N("ít nhất «1 điểm du lịch nông thôn được công nhận gắn với lợi thế về nông nghiệp, văn hóa, làng nghề;",
      "mỗi huyện, thành phố có điểm du lịch nông thôn được công nhận", ">=", 1),
    R("làng nghề; «50% cơ sở", "cơ sở kinh doanh dịch vụ du lịch nông thôn được công nhận đạt tiêu chuẩn phục vụ "
      "khách du lịch", ">=", 50),
    N("ít nhất «1 điểm du lịch nông thôn được công nhận gắn với lợi thế về nông nghiệp, văn hóa, làng nghề hoặc",
      "mỗi huyện, thành phố có điểm du lịch nông thôn được công nhận", ">=", 1),
    R("có «50% cơ sở", "cơ sở kinh doanh dịch vụ du lịch nông thôn được công nhận đạt tiêu chuẩn phục vụ khách "
      "du lịch", ">=", 50),
    R("ít nhất «50% điểm", "điểm du lịch nông thôn được công nhận được số hóa và kết nối trên trang quảng bá, "
      "xúc tiến du lịch bằng công nghệ số", ">=", 50),
    N("ít nhất «1 mô hình", "huyện Yên Thủy, huyện Cao Phong xây dựng mô hình chuỗi liên kết du lịch nông nghiệp, "
      "nông thôn mang tính đặc trưng của địa phương", ">=", 1),
    N("đạt «2 triệu lượt/năm", "lượng khách du lịch đến tỉnh mỗi năm", ">=", 2e6),
])

# --------------------------------------------------------------------------
# 03 Lào Cai, the funding need and targets of the province's community-tourism scheme to 2030,
# 18/04/2024 (laocaitv.vn; cut: the byline "09:02 18-04-2024 | :127" written as the first line
# `date 2024-04-18`, the author "Mai Huệ", the comment box "Bình luận" and "Tối thiểu 10 chữ ..."
# with their blank lines). Targets. The funding need "Gần 338 tỷ đồng" (title and lead, both
# recorded; money, `~` for gần; year 2030, the scheme's horizon). 2025: 7 ASEAN-standard models, 25
# models meeting the provincial criteria, about 94 new homestays (`~`), jobs for 2.500 workers;
# 2030: 1,7 million visits of community tourism, its revenue 10% of the province's tourism revenue.
# --------------------------------------------------------------------------
D03 = dict(name="03_laocai-de-an-du-lich-cong-dong-2024", kind="target", year=2025, records=[
    VND("2024-04-18\nGần «338 tỷ", "nhu cầu vốn thực hiện Đề án Phát triển du lịch cộng đồng", "~", 338 * B,
        year=2030),
    VND("Laocaitv.vn - Gần «338 tỷ", "nhu cầu vốn để thực hiện Đề án Phát triển du lịch cộng đồng gắn với xây "
        "dựng nông thôn mới", "~", 338 * B, year=2030),
    N("có «7 mô hình", "mô hình du lịch cộng đồng đạt tiêu chuẩn ASEAN", ">=", 7),
    N("«25 mô hình", "mô hình du lịch cộng đồng đáp ứng điều kiện điểm du lịch cấp tỉnh hoặc đạt chuẩn tiêu chí "
      "du lịch cộng đồng", ">=", 25),
    N("khoảng «94 cơ sở", "cơ sở homestay phát triển mới", "~", 94),
    N("cho «2.500 lao động", "tạo việc làm cho lao động", ">=", 2500),
    N("đón «1,7 triệu lượt", "lượt khách tham quan loại hình du lịch cộng đồng", ">=", 1.7e6, year=2030),
    R("chiếm «10% tổng", "thu từ du lịch cộng đồng chiếm tổng số thu từ khách du lịch của tỉnh", ">=", 10,
      year=2030),
])

# --------------------------------------------------------------------------
# 04 Lào Cai, community tourism and homestays, results to the end of July 2023 (moitruongdulich.vn;
# cut: the photo caption "Xã Tả Van, ... Ảnh: Quốc Khánh - TTXVN"; no byline, no stamp; the excerpt
# ends in "Anh "). Results of 2023 (the text's "hết tháng 7/2023"). Records: "trên 4,3 triệu lượt
# khách" (`>`), "gần 14 nghìn tỷ đồng" (`~`, 14e12), "một trong 5 trung tâm du lịch đón khách quốc
# tế lớn nhất miền Bắc" (rank `<=` 5: a group, as the spec's "nằm trong tốp 10"), "457 cơ sở
# homestay". NOT: "tăng 82%" (a change). Not quantities: "tháng 7/2023", "tháng 8" (dates), "gấp hai"
# (a change, in words).
# --------------------------------------------------------------------------
D04 = dict(name="04_laocai-homestay-luot-khach-2023", kind="result", year=2023, records=[
    N("đón trên «4,3 triệu", "lượt khách Lào Cai đón", ">", 4.3e6),
    VND("gần «14 nghìn tỷ", "Tổng thu từ khách du lịch", "~", 14e12),
    R("một trong «5 trung tâm", "trung tâm du lịch đón khách quốc tế lớn nhất miền Bắc", "<=", 5, **RANK),
    N("với «457 cơ sở", "cơ sở homestay du lịch cộng đồng", "=", 457),
], NOT=["tăng «82%"])

# --------------------------------------------------------------------------
# 05 Cao Bằng, community tourism and the results of 2022 (dulichvn.org.vn; cut: the photo caption
# "Điểm du lịch cộng đồng Hoài Khao"; no byline, no stamp). Results of 2022. Records: "Tổng lượt
# khách du lịch đạt trên 1,1 triệu lượt" (`>`), "khách du lịch nội địa chiếm 3 98,5% tổng lượt
# khách" (the share 98,5%; the stray "3" before it is a typo, no quantity), "Tổng thu du lịch đạt:
# 622 tỷ đồng". NOT: the tourism sector's growth "tăng trưởng mạnh đạt trên 90%", "tiếp tục tăng ở
# mức trên 32%", "giảm mạnh lần lượt là: - 83,7% (năm 2020); - 7,7% (năm 2021)" (each a change of
# the sector against its previous year, as the earlier sets leave out "tăng trưởng 5% so với năm
# 2021"; a judgement), "tăng 165%", "giảm 28,8%", "tăng 762,3%" (changes). Not quantities: "tăng
# 29,3 so với cùng kỳ năm 2019" (a change), "30/4 - 01/5/2021", "15/3/2022" (dates), "lần thứ 4"
# (an ordinal of the outbreak), "Covid -19" (a name).
# --------------------------------------------------------------------------
D05 = dict(name="05_caobang-du-lich-cong-dong-2022", kind="result", year=2022, records=[
    N("đạt trên «1,1 triệu", "Tổng lượt khách du lịch", ">", 1.1e6),
    R("chiếm 3 «98,5%", "khách du lịch nội địa trong tổng lượt khách du lịch", "=", 98.5),
    VND("đạt: «622 tỷ", "Tổng thu du lịch", "=", 622 * B),
], NOT=["đạt trên «90%", "mức trên «32%", "- «83,7%", "- «7,7%", "tăng «165%", "giảm «28,8%", "tăng «762,3%"])

# --------------------------------------------------------------------------
# 06 Quảng Nam, rural-tourism points recognised, May 2025 (qrt.vn; the stamp " date 2025-05"
# written as the first line). Results of 2025 (the stamp; "Hiện", "Đến nay"). Records: "128 điểm du
# lịch nông thôn đã được công nhận" and its restatement "128 điểm, khu, làng du lịch nông thôn"
# (both recorded), "hơn 20 mô hình" (`>`), "22 điểm du lịch nông thôn mới", the budget's "mỗi năm 6
# tỷ đồng" and "thêm 18 tỷ đồng cho giai đoạn 2021–2025" (money; year 2025, the stamp's and the
# period's last), the districts' "32 điểm" (Nam Trà My) and "17 điểm" (Đông Giang) with `place`,
# "gần 10 điểm" (`~`; three places, no `place`). Target: "phấn đấu 50% số điểm du lịch nông thôn đạt
# chuẩn OCOP từ 3 sao trở lên sau năm 2025" (`>=`; year null: "sau năm 2025" names no year; a
# judgement). Not quantities: "3 sao" (a class of the OCOP standard, a label), "2021–2025" (a
# period); "ít nhất một sản phẩm" (a number in words, no digit).
# --------------------------------------------------------------------------
D06 = dict(name="06_quangnam-diem-du-lich-nong-thon-2025", kind="result", year=2025, records=[
    N("có «128 điểm du lịch", "điểm du lịch nông thôn đã được công nhận", "=", 128),
    N("hơn «20 mô hình", "mô hình du lịch nông thôn được Chương trình hỗ trợ", ">", 20),
    N("công nhận «22 điểm", "điểm du lịch nông thôn mới được tỉnh công nhận", "=", 22),
    VND("mỗi năm «6 tỷ", "Ngân sách trung ương hỗ trợ mỗi năm cho chương trình phát triển du lịch nông thôn",
        "=", 6 * B),
    VND("thêm «18 tỷ", "ngân sách tỉnh bố trí cho giai đoạn 2021–2025 thực hiện chương trình phát triển du lịch "
        "nông thôn", "=", 18 * B),
    R("phấn đấu «50% số", "số điểm du lịch nông thôn đạt chuẩn OCOP từ 3 sao trở lên", ">=", 50, kind="target",
      year=None),
    N("có «128 điểm, khu", "điểm, khu, làng du lịch nông thôn đã được công nhận", "=", 128),
    N("với «32 điểm", "điểm du lịch nổi bật", "=", 32, place="Nam Trà My"),
    N("Giang «17 điểm", "điểm du lịch nổi bật", "=", 17, place="Đông Giang"),
    N("có gần «10 điểm", "điểm du lịch thu hút ở các huyện Đại Lộc, Bắc Trà My và TP. Hội An", "~", 10),
])

# --------------------------------------------------------------------------
# 07 Hà Giang, community-tourism cultural villages (phuongnam.vanhoavaphattrien.vn; no cut; no
# byline, no stamp; the excerpt ends in "Chương trình mỗ"). Results: "hơn 100 điểm du lịch" (`>`),
# "40 làng văn hóa du lịch", "16 làng đã được ... công nhận" (year null: "Hiện", "Đến nay" on an
# undated page, nothing in the text gives their year), "Năm 2022 ... công nhận 02 làng" (2022). Not
# quantities: "11-NQ/TU" (a document number), "2021-2025" (a period), "không gian du lịch 3 vùng"
# (the parts of the province's tourism space, as the spec's parts of an index; a judgement).
# --------------------------------------------------------------------------
D07 = dict(name="07_hagiang-lang-van-hoa-du-lich-2022", kind="result", year=None, records=[
    N("hơn «100 điểm", "điểm du lịch được đầu tư và nâng cao chất lượng dịch vụ", ">", 100),
    N("có «40 làng", "làng văn hóa du lịch", "=", 40),
    N("có «16 làng", "làng văn hóa du lịch được Ủy ban nhân dân tỉnh công nhận hoàn thành các tiêu chí", "=", 16),
    N("công nhận «02 làng", "làng đạt tiêu chí Làng văn hóa du lịch tiêu biểu", "=", 2, year=2022),
])

# --------------------------------------------------------------------------
# 08 Thanh Hóa, Pù Luông community eco-tourism area over the New Year holiday 2026
# (thuonghieucongluan.com.vn; cut: the photo caption "Không gian khu nghỉ dưỡng Pù Luông Eco Garden
# ..." twice, with the blank line before it; the title stands twice, kept; no byline, no stamp).
# Results of 2026 ("Tết Dương lịch 2026"). Records: the province's "khoảng 125 nghìn lượt khách"
# (`~`) and "ước đạt 184 tỷ đồng" (`=`, the spec's estimate), Pù Luông's "gần 32 nghìn lượt khách"
# (`~`) and its resorts' room occupancy "đạt 100%". Not quantities: "4 ngày nghỉ" (a duration), "1 -
# 4/1" (dates).
# --------------------------------------------------------------------------
D08 = dict(name="08_thanhhoa-pu-luong-tet-2026", kind="result", year=2026, records=[
    N("khoảng «125 nghìn", "lượt khách du lịch Thanh Hoá đón trong 4 ngày nghỉ Tết Dương lịch", "~", 125000),
    VND("ước đạt «184 tỷ", "tổng thu du lịch", "=", 184 * B),
    N("gần «32 nghìn", "lượt khách Khu du lịch sinh thái cộng đồng Pù Luông đón", "~", 32000),
    R("đạt «100%", "công suất sử dụng phòng hầu hết các khu nghỉ dưỡng", "=", 100),
])

# --------------------------------------------------------------------------
# 09 Ninh Thuận, news roundup on OCOP products and rural tourism (baoninhthuan.com.vn; cut: the
# photo caption "Khách hàng mua sản phẩm OCOP. Ảnh: Văn Nỷ" with the blank line after it; the
# heading "Tin tổng hợp" kept; no byline, no stamp). Results of 2023 ("năm 2023"). Records: "thêm
# 117 sản phẩm OCOP", its breakdown "21 sản phẩm đạt 4 sao và 96 sản phẩm đạt 3 sao", the total
# "182 sản phẩm" and its breakdown "30 ... 4 sao và 152 ... 3 sao" (each its own subject, scope
# null: classes of product, not levels). Not quantities: "từ 3-4 sao", "4 sao", "3 sao" (the OCOP
# classes, labels), "1819/QĐ-UBND" (a document), "25/12/2023", "năm 2024", "2021–2025" (dates).
# --------------------------------------------------------------------------
D09 = dict(name="09_ninhthuan-ocop-du-lich-nong-thon-2023", kind="result", year=2023, records=[
    N("thêm «117 sản phẩm", "sản phẩm OCOP được công nhận đạt chuẩn từ 3-4 sao qua đánh giá, phân loại năm 2023",
      "=", 117),
    N("(«21 sản phẩm", "sản phẩm OCOP đạt 4 sao được công nhận thêm", "=", 21),
    N("và «96 sản phẩm", "sản phẩm OCOP đạt 3 sao được công nhận thêm", "=", 96),
    N("là «182 sản phẩm", "tổng số sản phẩm OCOP trên địa bàn tỉnh được công nhận đạt chuẩn", "=", 182),
    N("trong đó «30 sản phẩm", "sản phẩm OCOP đạt 4 sao", "=", 30),
    N("và «152 sản phẩm", "sản phẩm OCOP đạt 3 sao", "=", 152),
])

# --------------------------------------------------------------------------
# 10 Quảng Ninh, the province choosing the community-tourism points of its scheme (netnews.vn,
# a copy of congthuong.vn's article; no cut: the source line "Theo Bảo Thoa/Công thương Link Gốc:
# Copy Link", the address "https://congthuong.vn/...-146558.html" and "Tags: quảng ninh" kept; no
# byline date, no stamp). A precision text: one record, "lựa chọn triển khai 9 điểm phát triển du
# lịch cộng đồng" (result, `=`, count: the choice is made; year null: the page shows no date and
# "giai đoạn 2020 - 2025" is the period of the points, not the year of the choice; a judgement).
# Not quantities: "2020 - 2025", "năm 2025" (a period and the scheme's horizon, in its name), the
# article id "146558" in the address.
# --------------------------------------------------------------------------
D10 = dict(name="10_quangninh-diem-du-lich-cong-dong-2020-precision", kind="result", year=None, records=[
    N("triển khai «9 điểm", "điểm phát triển du lịch cộng đồng được lựa chọn triển khai", "=", 9),
])

# --------------------------------------------------------------------------
# 11 Hậu Giang, Decision 1939/QĐ-UBND of 09/11/2023 approving the community-tourism scheme to 2025
# (thuvienphapluat.vn; no cut; the excerpt is the decision's heading and legal bases, ending in
# "Chương trình phát "). A precision text, no record: "1939/QĐ-UBND", "08-NQ/TW", "1685/QĐ-TTg",
# "147/QĐ-TTg", "263/QĐ-TTg", "287/QĐ-TTg", "922/QĐ-TTg" (documents), "Luật Du lịch 2017" (a name),
# the dates of the laws and decisions, "2025", "2030", "2021 - 2025", "2021 - 2030", "2050"
# (horizons and periods).
# --------------------------------------------------------------------------
D11 = dict(name="11_haugiang-quyet-dinh-de-an-dlcd-2023-precision", kind="target", year=2025, records=[])

# --------------------------------------------------------------------------
# 12 Huế, Plan 157/KH-UBND of 08/04/2025 on community tourism 2025-2030 (vanban123.vn; no cut; the
# excerpt is the plan's heading and its purpose, ending in "yêu c"). A precision text, no record:
# "157/KH-UBND", "3222/QĐ-BVHTTDL", "04-NQ/TU", "306/CTr-UBND", "3145/QĐ-UBND", "136/KH-UBND"
# (documents), their dates, "2025 - 2030", "2021-2025", "2022-2025", "năm 2030" (periods and
# horizons, also in the resolution's name), the list labels "I.", "1.".
# --------------------------------------------------------------------------
D12 = dict(name="12_hue-ke-hoach-dlcd-2025-precision", kind="target", year=2030, records=[])

# --------------------------------------------------------------------------
# 13 Hải Dương, products registered for OCOP in the community-tourism group, 01/07/2024
# (baohaiduong.vn; cut: the section label "Du lịch" with the blank line after it, the byline "TRẦN
# HIỀN 01/07/2024 07:22" written as the first line `date 2024-07-01`, the photo caption "Pháo đất xã
# Ứng Hoè ..." and the closing author line "TRẦN HIỀN" with their blank lines; the image file name
# "z5582765944524_....jpg" kept). Results of 2024. Records: the title's and the body's "5 sản phẩm"
# registered (both), its breakdown "4 sản phẩm pháo đất" and "1 sản phẩm là đền Khúc Thừa Dụ" (each
# its own subject), the "4 sản phẩm OCOP" the province already has in the group. Not quantities: the
# image file name's digits.
# --------------------------------------------------------------------------
D13 = dict(name="13_haiduong-ocop-du-lich-cong-dong-2024", kind="result", year=2024, records=[
    N("2024-07-01\n«5 sản phẩm", "sản phẩm của Hải Dương đăng ký OCOP nhóm dịch vụ du lịch cộng đồng", "=", 5),
    N("thêm «5 sản phẩm", "sản phẩm thuộc nhóm Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch đăng "
      "ký Chương trình OCOP", "=", 5),
    N("có «4 sản phẩm pháo", "sản phẩm pháo đất đăng ký OCOP", "=", 4),
    N("; «1 sản phẩm", "sản phẩm đền Khúc Thừa Dụ đăng ký OCOP", "=", 1),
    N("hiện có «4 sản phẩm", "sản phẩm OCOP thuộc nhóm dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du "
      "lịch", "=", 4),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
