#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set375).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry. No text of this set needs one.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
The theme (village cultural houses, sports grounds, cultural-life standards) has no indicator in
the catalogue, which counts digital-transformation quantities only: every id is null, so no
record names one.

Money is written with `VND(...)`: unit other, unit_text "đồng", the magnitude word multiplied in
(spec's decided case), built with functools.partial over goldkit's R.

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
from goldkit import R, CNT  # noqa: E402

VND = functools.partial(R, unit="other", unit_text="đồng")
BN, MN = 10 ** 9, 10 ** 6  # "tỷ"/"tỉ", "triệu"

# --------------------------------------------------------------------------
# 01 Đồng Nai, the Department of Culture's plan for the national new-countryside programme in the
# cultural field, 2021-2025 (baodongnai.com.vn; the byline "Cập nhật lúc 20:21, Thứ Hai, 21/12/2020
# (GMT+7)" written as the first line `date 2020-12-21`; cut: the byline "Quang Nhật" and the
# furniture lines ".", ";" at the end). Targets of "giai đoạn 2021-2025": kind target, year 2025.
# "trên"/"Trên" as `>`; the bare numbers `>=` (spec). The title's "Trên 70% xã, phường, thị trấn
# đạt chuẩn văn hóa nông thôn mới" restates the body's first target: recorded at each statement,
# as the earlier sets record a title's number. "phấn đấu trên 98% cơ quan, đơn vị đạt chuẩn văn
# hóa, 75 doanh nghiệp đạt chuẩn văn hóa": the "trên" belongs to 98%; the 75 enterprises bare,
# `>=`, count. "trên 60% dân số khu vực nông thôn": the rural area is the subject, one value, scope
# null. Not quantities: "2021-2025" (a period), "5 năm" in "65% xã nông thôn mới sau 5 năm đạt
# chuẩn" (part of the subject). Pillar null (no heading of the digital-transformation kind).
# --------------------------------------------------------------------------
D01 = dict(name="01_dongnai-nha-van-hoa-ap-muc-tieu-2025", kind="target", year=2025, records=[
    R("Trên «70% xã", "xã, phường, thị trấn đạt chuẩn văn hóa nông thôn mới", ">", 70),
    R("phấn đấu trên «70% xã", "xã, phường, thị trấn đạt chuẩn văn hóa nông thôn mới, đô thị văn minh", ">", 70),
    R("trên «85% ấp", "ấp, khu phố có nhà văn hóa đảm bảo điều kiện cơ sở vật chất, trang thiết bị, nội dung "
      "hoạt động văn hóa, thể thao, vui chơi giải trí, học tập cộng đồng", ">", 85),
    R("Trên «85% thiết chế", "thiết chế văn hóa, thể thao tại các địa bàn có đông công nhân tổ chức tốt các hoạt "
      "động cho công nhân tham gia", ">", 85),
    R("trên «80% xã có hồ bơi", "xã có hồ bơi (kể cả hồ bơi tư nhân)", ">", 80),
    R("), «100% xã có kế hoạch", "xã có kế hoạch tổ chức tập huấn, hướng dẫn phổ cập bơi và phương pháp cứu "
      "đuối nước cho trẻ trên địa bàn đạt hiệu quả", ">=", 100),
    R("trên «60% dân số", "dân số khu vực nông thôn tham gia vào các hoạt động văn hóa, thể thao", ">", 60),
    R("trên «98% cơ quan", "cơ quan, đơn vị đạt chuẩn văn hóa", ">", 98),
    R("hóa, «75 doanh nghiệp", "doanh nghiệp đạt chuẩn văn hóa", ">=", 75, **CNT),
    R("; «100% xã đạt chuẩn", "xã đạt chuẩn nông thôn mới nâng cao", ">=", 100),
    R("«65% xã nông thôn mới", "xã nông thôn mới sau 5 năm đạt chuẩn", ">=", 65),
])

# --------------------------------------------------------------------------
# 02 Hòa Bình, the communes' cultural works and the new-countryside criteria 6 (cultural
# facilities) and 16 (culture) (khuyennong.vn, reprinting baohoabinh.com.vn; cut: the photo caption
# "Xã Tân Vinh (Lương Sơn) được đầu tư xây dựng sân vận động rộng rãi, ...", the byline "H.N" and
# the link label "Tin liên quan"; the source line "Nguồn: http://baohoabinh.com.vn/12/159234/..."
# kept; no byline date, no stamp). Year null: "trong năm nay", "Tính trong 9 tháng", "Đến nay"
# name no year, and "235 công trình khởi công năm 2020" dates the works' start, not the report (the
# spec's null when nothing says). Results: the title's "116 xã đạt tiêu chí số 16" and the body's
# "116/129 xã" (recorded at each statement); "235 công trình ..., gồm: 6 công trình nhà văn hóa
# xã, 7 công trình sân vận động xã; 222 công trình nhà văn hoá, khu thể thao thôn, xóm" (four
# counts, each its own subject: a breakdown by kind of work, scope null); "75/129 xã đạt tiêu chí
# số 6". Not quantities: "số 6", "số 16" (the criteria's numbers, labels), the denominators
# "/129", "9 tháng" (a period), "năm 2020" (a date), the address's "12/159234".
# --------------------------------------------------------------------------
D02 = dict(name="02_hoabinh-cong-trinh-van-hoa-tieu-chi-6-16", kind="result", year=None, records=[
    R("«116 xã đạt", "xã đạt tiêu chí số 16 về văn hóa", "=", 116, **CNT),
    R("toán «235 công trình", "công trình khởi công năm 2020 đã triển khai và hoàn thiện hồ sơ thanh quyết toán",
      "=", 235, **CNT),
    R("gồm: «6 công trình", "công trình nhà văn hóa xã", "=", 6, **CNT),
    R("«7 công trình sân", "công trình sân vận động xã", "=", 7, **CNT),
    R("«222 công trình", "công trình nhà văn hoá, khu thể thao thôn, xóm", "=", 222, **CNT),
    R("có «75/129 xã", "xã đạt tiêu chí số 6 về cơ sở vật chất văn hóa", "=", 75, **CNT),
    R("có «116/129 xã", "xã đạt tiêu chí số 16 về văn hóa", "=", 116, **CNT),
])

# --------------------------------------------------------------------------
# 03 Hưng Yên, Hưng Đạo commune (Tiên Lữ) building five village cultural houses in 2020
# (baohungyen.vn; the byline "19:54, 13/08/2020" written as the first line `date 2020-08-13`; cut:
# the byline "   Vũ Huế", the label " Nội dung:" and the gold-price and exchange-rate widget lines
# "Giá vàng 9999 tr.đ/lượng", "Doji TienPhongBank", "Tỷ giá ĐVT:đồng", "Loại Mua Bán", "BIDV",
# "OCB Kỳ hạn (tháng)"). Year 2020 ("Trong năm 2020"). Results: the title's "Đầu tư 15 tỷ đồng" and
# the body's "tổng kinh phí 15 tỷ đồng" (money, unit other "đồng", at each statement); "xã xây dựng
# 5 nhà văn hóa ở các thôn: ..." (count, =: the houses of the year, named after it). Not
# quantities: the date.
# --------------------------------------------------------------------------
D03 = dict(name="03_hungyen-hungdao-nha-van-hoa-thon-2020", kind="result", year=2020, records=[
    VND("Đầu tư «15 tỷ", "kinh phí đầu tư xây dựng nhà văn hóa thôn", "=", 15 * BN),
    R("xây dựng «5 nhà văn hóa", "nhà văn hóa thôn xã xây dựng", "=", 5, **CNT),
    VND("kinh phí «15 tỷ", "tổng kinh phí xây dựng nhà văn hóa ở các thôn", "=", 15 * BN),
])

# --------------------------------------------------------------------------
# 04 Bắc Kạn, the provincial council's allotment of the new-countryside programme's recurrent funds
# for 2022, second round, for the upkeep of works and of the grassroots cultural and sports
# facilities (baobackan.vn; cut: the photo caption "Nhà Văn hóa thôn Bằng Viễn, xã Phương Viên (Chợ
# Đồn) được đầu tư xây dựng trong năm 2022." (twice), the byline "Trang Lê" and the link "Xem
# thêm"; no byline date, no stamp). Year 2022 (the resolution's "năm 2022"). Kind target: an
# allotment of funds is a capital plan's line, a target of its year (the earlier sets' "phân bổ",
# "vốn bố trí"). The title's "Phân bổ hơn 11 tỷ đồng" and the body's "hơn 11 tỷ đồng" (at each
# statement), "Vốn Trung ương trên 7,7 tỷ đồng; vốn tỉnh điều hành trên 3,3 tỷ đồng" (each its own
# subject): `>` for "hơn"/"trên", money. Not quantities: "13/NQ-HĐND" (a document), "18/10/2022",
# "năm 2022" (dates), "(đợt 2)" (a round's label).
# --------------------------------------------------------------------------
D04 = dict(name="04_backan-kinh-phi-thiet-che-van-hoa-ntm-2022", kind="target", year=2022, records=[
    VND("Phân bổ hơn «11 tỷ", "kinh phí phân bổ thực hiện Chương trình MTQG xây dựng nông thôn mới", ">", 11 * BN),
    VND("là hơn «11 tỷ", "tổng số tiền phân bổ cho các huyện, thành phố", ">", 11 * BN),
    VND("trên «7,7 tỷ", "vốn Trung ương", ">", 7.7 * BN),
    VND("trên «3,3 tỷ", "vốn tỉnh điều hành", ">", 3.3 * BN),
])

# --------------------------------------------------------------------------
# 05 Bình Thuận, Đức Linh district, Đông Hà commune building village 2A's cultural house in 2023
# (duclinh.binhthuan.gov.vn; cut: the image label "anh tin bai", the byline "Tuấn Kương", the badge
# "ipv6 ready Chung nhan Tin Nhiem Mang" and the lines of one space before it; no byline date, no
# stamp). A precision text: two records among dates, names and a size. Year 2023 (the works' dates
# "14/5/2023" to "12/10/2023"). Results: "tổng kinh phí 301 triệu đồng, trong đó nhân dân đóng góp
# 101 triệu đồng" (money, =, each its own subject). Not quantities: "Thôn 2A", "2B" (names), "tiêu
# chí số 6" (a label), "14/5/2023", "12/10/2023" (dates), "diện tích xây dựng 96,0" (the house's
# floor area, a size of the building, as the earlier sets' "332,4m2", "100 m²").
# --------------------------------------------------------------------------
D05 = dict(name="05_binhthuan-dongha-nha-van-hoa-thon-2a-2023-precision", kind="result", year=2023, records=[
    VND("kinh phí «301 triệu", "tổng kinh phí công trình Nhà văn hóa thôn 2A", "=", 301 * MN),
    VND("đóng góp «101 triệu", "kinh phí nhân dân đóng góp xây dựng Nhà văn hóa thôn 2A", "=", 101 * MN),
])

# --------------------------------------------------------------------------
# 06 Quảng Nam, Nông Sơn district's review of the movement "Toàn dân đoàn kết xây dựng đời sống văn
# hóa" in 2021 (baoquangnam.vn; cut: the byline "TÂM LÊ |" and the photo captions "Quang cảnh hội
# nghị. Ảnh: TÂM LÊ", "Phó Giám đốc Sở VH-TT&DL ... Ảnh: TÂM LÊ" and "Khen thưởng các tập thể, ...
# năm 2021. Ảnh: TÂM LÊ" (twice), with the blank lines that went with them; the excerpt ends in
# "đời s"). Year 2021 (the results "năm 2021"; the meeting's "29.3" names no year). Results: the
# title's and the body's "7.543 hộ đạt gia đình văn hóa" (at each statement), and each count with
# its share after it ("tỷ lệ 90%", "27 thôn ... tỷ lệ 93%", "3/6 xã ... tỷ lệ 50%", "57 cơ quan ...
# tỷ lệ 95%", "29 bản hương ước ... đạt tỷ lệ 100%": two records each, count then %, as the spec's
# "số hóa 57.877 hồ sơ (đạt 99,1%)"), "12 tộc họ duy trì danh hiệu". Not quantities: "29.3" (a
# date), "năm 2021", the denominator "/6".
# --------------------------------------------------------------------------
D06 = dict(name="06_quangnam-nongson-doi-song-van-hoa-2021", kind="result", year=2021, records=[
    R("có «7.543 hộ đạt gia đình văn hóa năm", "hộ đạt gia đình văn hóa", "=", 7543, **CNT),
    R("có «7.543 hộ đạt gia đình văn hóa, tỷ", "hộ đạt gia đình văn hóa", "=", 7543, **CNT),
    R("tỷ lệ «90%", "hộ đạt gia đình văn hóa trên tổng số hộ trên địa bàn huyện", "=", 90),
    R("; «27 thôn", "thôn đạt danh hiệu thôn văn hóa", "=", 27, **CNT),
    R("tỷ lệ «93%", "thôn đạt danh hiệu thôn văn hóa", "=", 93),
    R("; «3/6 xã", "xã đạt chuẩn văn hóa nông thôn mới", "=", 3, **CNT),
    R("tỷ lệ «50%", "xã đạt chuẩn văn hóa nông thôn mới", "=", 50),
    R("; «12 tộc họ", "tộc họ duy trì danh hiệu tộc họ văn hóa", "=", 12, **CNT),
    R("; «57 cơ quan", "cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa", "=", 57, **CNT),
    R("tỷ lệ «95%", "cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa", "=", 95),
    R("Có «29 bản", "bản hương ước, quy ước được UBND cấp huyện công nhận", "=", 29, **CNT),
    R("tỷ lệ «100%", "hương ước, quy ước được UBND cấp huyện công nhận", "=", 100),
])

# --------------------------------------------------------------------------
# 07 Bình Dương, Dầu Tiếng district's results of the cultural-life movement in 2021
# (baobinhduong.vn; the byline "Cập nhật: 27-01-2022 | 08:56:49" written as the first line
# `date 2022-01-27`; cut: the byline "HỒNG THUẬN", the share label "Chia sẻ bài viết", the comment
# policy "LƯU Ý: BDO sẽ biên tập ...", "Gửi file đính kèm không quá 10MB Đính kèm File", the view
# counter "intNumViewTotal=949" and "Quay lên trên", with their blank lines). Year 2021 ("trong năm
# 2021"), not the byline's 2022. Results: the title's "100% khu, ấp đạt văn hóa" and the body's (at
# each statement), "97,12% gia đình", "67% khu nhà trọ", "91% xã", "97,5% cơ quan, đơn vị, doanh
# nghiệp" (each its own subject; hamlets, lodging houses and communes are kinds of unit, not a
# split of one value: scope null). Not quantities: "Covid-19" (a name), the dates.
# --------------------------------------------------------------------------
D07 = dict(name="07_binhduong-dautieng-khu-ap-van-hoa-2021", kind="result", year=2021, records=[
    R("Tiếng có «100%", "khu, ấp đạt văn hóa", "=", 100),
    R("có «97,12%", "gia đình đạt gia đình văn hóa", "=", 97.12),
    R("; «100% khu", "khu, ấp đạt văn hóa", "=", 100),
    R("; «67% khu nhà trọ", "khu nhà trọ đạt văn hóa", "=", 67),
    R("«91% xã", "xã đạt chuẩn văn hóa nông thôn mới", "=", 91),
    R("«97,5% cơ quan", "cơ quan, đơn vị, doanh nghiệp đạt văn hóa", "=", 97.5),
])

# --------------------------------------------------------------------------
# 08 Hà Tĩnh, the province's steering committee allotting 18 billion đồng from the relief fund to
# build nine community cultural houses that double as storm and flood shelters (cadn.com.vn; the
# byline "Thứ hai, 27/11/2023 09:58" written as the first line `date 2023-11-27`; the excerpt ends
# in "của ngư"). Year 2023. Kind target: "sẽ phân bổ 18 tỷ đồng ... để xây dựng 9 Nhà Văn hóa cộng
# đồng" is an allotment and the houses it is to build (the earlier sets' capital-plan lines); bare
# numbers `>=`. The title's "phân bổ 18 tỷ đồng hỗ trợ xây dựng 9 Nhà Văn hóa cộng đồng" and the
# body's (at each statement); the breakdown by district "H.Hương Khê: 3 nhà; Đức Thọ: 2 nhà; các
# huyện Hương Sơn, Vũ Quang, Can Lộc, Nghi Xuân mỗi địa phương 1 nhà" (counts, place Hương Khê and
# Đức Thọ; the four districts' one number once, place null: no single place); "Mỗi nhà được hỗ trợ
# kinh phí 2 tỷ đồng" (money per house). Not quantities: "BCĐ 22" (the committee's name, after
# Directive 22), "128-QĐ/BCĐ" (a document), "(đợt 6)" (a round's label).
# --------------------------------------------------------------------------
D08 = dict(name="08_hatinh-nha-van-hoa-cong-dong-tranh-lu-2023", kind="target", year=2023, records=[
    VND("Tĩnh phân bổ «18 tỷ", "kinh phí phân bổ hỗ trợ xây dựng Nhà Văn hóa cộng đồng", ">=", 18 * BN),
    R("dựng «9 Nhà Văn hóa cộng đồng\n", "Nhà Văn hóa cộng đồng hỗ trợ xây dựng", ">=", 9, **CNT),
    VND("sẽ phân bổ «18 tỷ", "kinh phí phân bổ từ nguồn Quỹ Cứu trợ tỉnh Hà Tĩnh", ">=", 18 * BN),
    R("để xây dựng «9 Nhà", "Nhà Văn hóa cộng đồng kết hợp tránh trú bão, lũ xây dựng", ">=", 9, **CNT),
    R("Khê: «3 nhà", "Nhà Văn hóa cộng đồng kết hợp tránh trú bão, lũ xây dựng ở huyện", ">=", 3, **CNT, place="Hương Khê"),
    R("Thọ: «2 nhà", "Nhà Văn hóa cộng đồng kết hợp tránh trú bão, lũ xây dựng ở huyện", ">=", 2, **CNT, place="Đức Thọ"),
    R("địa phương «1 nhà", "Nhà Văn hóa cộng đồng xây dựng ở mỗi địa phương: các huyện Hương Sơn, Vũ Quang, "
      "Can Lộc, Nghi Xuân", ">=", 1, **CNT),
    VND("kinh phí «2 tỷ", "kinh phí hỗ trợ mỗi nhà", ">=", 2 * BN),
])

# --------------------------------------------------------------------------
# 09 Phú Thọ, Hy Cương commune putting its upgraded stadium into use before the Party congresses
# of 2025-2030 (baophutho.vn; the stamp " date 2025-07-22 {title}" written as the first line
# `date 2025-07-22`, the template placeholder "{title}" left after it cut; cut: the photo captions
# "Các đồng chí lãnh đạo xã Hy Cương kéo băng gắn biển công trình sân vận động" and "Sân vận động
# xã Hy Cương - Công trình chào mừng Đại hội Đảng các cấp nhiệm kỳ 2025-2030", the byline "Linh
# Nguyễn"). A precision text: one record. Year 2025 (the stamp; "Ngày 22/7" names no year). Result:
# "tổng mức đầu tư trên 2 tỷ đồng" (`>`, money). Not quantities: "22/7" (a date), "2025-2030"
# (twice: a term of office), "tổng diện tích trên 4000 m2" (the ground's area, a size of the
# facility, as the earlier sets' floor areas).
# --------------------------------------------------------------------------
D09 = dict(name="09_phutho-hycuong-san-van-dong-2025-precision", kind="result", year=2025, records=[
    VND("tư trên «2 tỷ", "tổng mức đầu tư công trình Sân vận động xã Hy Cương", ">", 2 * BN),
])

# --------------------------------------------------------------------------
# 10 Trà Vinh, Càng Long district's plan for the cultural-life movement 2022-2026, its specific
# targets (canglong.travinh.gov.vn; cut: the photo caption "Lễ công nhận thị trấn Càng Long đạt
# chuẩn văn minh đô thị (ảnh tư liệu)" with its blank line; no byline, no stamp; the excerpt ends in
# "thực hi"). Targets of the plan's period ("giai đoạn 2022 - 2026"; the title's "2021 - 2026"
# ends the same year): kind target, year 2026; bare numbers `>=`. "Cấp huyện có đủ 2 (hai) thiết
# chế văn hoá" (count; "có đủ" read as the bare target; the level is the subject, scope null);
# the two "100% đơn vị hành chính cấp xã, thị trấn có ..." (each its own subject, scope null: one
# value for the communes and the town). Not quantities: "(hai)" (the number spelled out),
# "25/5/2022" (a date), "1671/QĐ-UBND", "832/QĐUBND" (documents), the periods.
# --------------------------------------------------------------------------
D10 = dict(name="10_travinh-canglong-thiet-che-van-hoa-2022-2026", kind="target", year=2026, records=[
    R("cụ thể: «80% người dân", "người dân được nâng cao mức hưởng thụ và tham gia các hoạt động văn hoá, bảo "
      "tồn và phát huy các giá trị văn hoá truyền thống", ">=", 80),
    R("có đủ «2 (hai)", "thiết chế văn hoá cấp huyện: Trung tâm văn hoá, thư viện", ">=", 2, **CNT),
    R("; «100% đơn vị", "đơn vị hành chính cấp xã, thị trấn có nhà văn hoá", ">=", 100),
    R("\n\n«100% đơn vị", "đơn vị hành chính cấp xã, thị trấn có điểm sinh hoạt, vui chơi dành cho thanh niên, "
      "thiếu niên và nhi đồng", ">=", 100),
    R("«80% ấp", "ấp, khóm giữ vững danh hiệu văn hoá, tiêu biểu", ">=", 80),
    R("; «80% gia đình", "gia đình giữ vững danh hiệu Gia đình văn hoá tiêu biểu, hạnh phúc", ">=", 80),
    R("; «98% cơ quan", "cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hoá", ">=", 98),
])

# --------------------------------------------------------------------------
# 11 Tuyên Quang, the province's requirements for the cultural-life movement in 2024
# (baotuyenquang.com.vn; cut: the photo caption "Người Dao Tiền, xã Hồng Thái (Na Hang) giữ gìn nét
# văn hóa truyền thống." that opened the excerpt; no byline, no stamp; the excerpt ends in "Ủy ban
# nh"). Targets of "Yêu cầu trong năm 2024": kind target, year 2024. "91% trở lên" ... "72% trở
# lên" (`>=`); "Trên 90% cấp huyện, cấp xã có Trung tâm Văn hóa - Thể thao" (`>`, one value for
# both levels: scope null, spec); "100% xã, phường, thị trấn có điểm sinh hoạt ..." (`>=`). "Duy trì
# và nâng cao chất lượng hoạt động của các đội văn nghệ, thể thao cơ sở (2.638 tổ, đội văn nghệ ...;
# 4.391 đội thể thao cơ sở)": two counts, `>=`, the teams to keep going (a target to maintain, as
# the earlier sets' "duy trì hiệu quả của 25 dịch vụ công toàn trình đã có"). Not quantities: none
# else but the year.
# --------------------------------------------------------------------------
D11 = dict(name="11_tuyenquang-trung-tam-van-hoa-the-thao-chi-tieu-2024", kind="target", year=2024, records=[
    R("có «91% trở lên", "số hộ gia đình đạt danh hiệu văn hoá", ">=", 91),
    R("; «95% trở lên", "cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hoá", ">=", 95),
    R("; «41% trở lên", "phường, thị trấn đạt chuẩn đô thị văn minh", ">=", 41),
    R("; «72% trở lên", "người dân được nâng cao mức hưởng thụ và tham gia các hoạt động văn hóa, bảo tồn và "
      "phát huy các giá trị văn hóa truyền thống", ">=", 72),
    R("Trên «90% cấp huyện", "cấp huyện, cấp xã có Trung tâm Văn hóa - Thể thao", ">", 90),
    R("; «100% xã, phường", "xã, phường, thị trấn có điểm sinh hoạt, vui chơi dành cho thanh niên, thiếu niên "
      "và nhi đồng", ">=", 100),
    R("(«2.638 tổ", "tổ, đội văn nghệ quần chúng thôn, tổ dân phố, cơ quan, trường học, đơn vị lực lượng vũ "
      "trang duy trì và nâng cao chất lượng hoạt động", ">=", 2638, **CNT),
    R("; «4.391 đội", "đội thể thao cơ sở duy trì và nâng cao chất lượng hoạt động", ">=", 4391, **CNT),
])

# --------------------------------------------------------------------------
# 12 Quảng Bình, Lệ Thủy district's run-down village cultural houses, February 2023
# (baoquangbinh.vn; the byline "  • 07:34 | Thứ Tư, 15/02/2023" written as the first line
# `date 2023-02-15`; cut: the share icons "  • icon gmail", "  • icon facebook", "  • icon
# youtube"; the excerpt ends in "chủ yếu là t"). A precision text: two records among sizes,
# durations and dates. Year 2023 (the byline). Results: "toàn xã có 13 NVH, nhưng có đến 11 NVH
# xuống cấp, hư hỏng trầm trọng" (counts, =, place Hưng Thủy: a commune of the district the article
# is about). Not quantities: "năm 2004" (a date), "gần 20 năm" (a duration), "183 hộ với 720 nhân
# khẩu" (the size of the village), "50m2" (the house's area, a size), "Hàng tháng ... gần 10 cuộc
# họp" (how often the house is used, a description of its use like the participants of an event,
# not a target or result of the facilities; a judgement).
# --------------------------------------------------------------------------
D12 = dict(name="12_quangbinh-lethuy-nha-van-hoa-xuong-cap-2023-precision", kind="result", year=2023, records=[
    R("có «13 NVH", "NVH toàn xã", "=", 13, **CNT, place="Hưng Thủy"),
    R("đến «11 NVH", "NVH xuống cấp, hư hỏng trầm trọng do xây dựng đã lâu", "=", 11, **CNT,
      place="Hưng Thủy"),
])

# --------------------------------------------------------------------------
# 13 Hưng Yên, Việt Yên commune's twenty new village cultural houses since 2021 (vivina.net,
# reprinting baohungyen.vn; the byline "09/07/2025 | Tác giả: Mai Nhung Lượt xem: 224" cut and
# written as the first line `date 2025-07-09`; cut: three repeats of the title line "Xã Việt Yên
# Xây mới 20 nhà văn hóa thôn" (the page shows it four times, as heading and image labels; the first
# kept), the share label "Chia sẻ trên", and the three teasers of other articles after it (their
# bylines "09/07/2025 | Tác giả: ...", titles and leads), with their blank lines; the reprint's
# "Theo Báo Hưng Yên" and the source address kept). Year 2025 (the byline; "Từ năm 2021 đến nay"
# measured now). Results: the title's and the body's "20 nhà văn hóa thôn" (at each statement),
# "sửa chữa 1 nhà văn hóa thôn", "100% thôn trong xã có nhà văn hóa", "gần 100 tỉ đồng" (`~`,
# money). Not quantities: "năm 2021" (a date), the address's "3182343".
# --------------------------------------------------------------------------
D13 = dict(name="13_hungyen-vietyen-20-nha-van-hoa-thon-2025", kind="result", year=2025, records=[
    R("Xây mới «20 nhà", "nhà văn hóa thôn xây mới", "=", 20, **CNT),
    R("xây dựng mới «20 nhà", "nhà văn hóa thôn đầu tư xây dựng mới", "=", 20, **CNT),
    R("sửa chữa «1 nhà", "nhà văn hóa thôn sửa chữa", "=", 1, **CNT),
    R("nay, «100% thôn", "thôn trong xã có nhà văn hóa đáp ứng nhu cầu sử dụng của cộng đồng dân cư", "=", 100),
    VND("gần «100 tỉ", "tổng kinh phí đầu tư xây dựng nhà văn hóa thôn", "~", 100 * BN),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
