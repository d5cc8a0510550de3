#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set334).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (goldkit.clause_span).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry. No text of this set needs one.

Each record also carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: the catalogue names no indicator of waste, plastic or
sorting at source, so every record of this set has null (see README).

The theme is plastic waste and sorting waste at source; no text names a pillar of digital
transformation, so every record has pillar null.

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
# A result's count "= n": most records of this set's reports are such counts.
N = functools.partial(R, op="=", unit="count")

# --------------------------------------------------------------------------
# 01 The whole country: the Government's Resolution 394/NQ-CP (issued 3/12/2025) launching the
# movement to reduce, sort, collect and treat waste, its targets for 2030 (vneconomy.vn; nothing
# cut; no byline, no stamp; the excerpt ends in "nguồn lực đ"). Targets, year 2030 ("đến năm
# 2030"), bare numbers `>=`, "dưới 50%" `<`, "trên 50%" `>`. "95% rác thải sinh hoạt đô thị, 90%
# rác thải sinh hoạt nông thôn được thu gom, xử lý": one sentence split by area, scopes "đô thị"
# and "nông thôn" (the spec's thành thị / nông thôn groups, as the earlier sets' "Thu gom rác thải
# đô thị đạt 96%; khu vực nông thôn ..."). Not quantities: "394/NQ-CP" (a name), "3/12/2025", "năm
# 2030" (dates). Pillar null.
# --------------------------------------------------------------------------
D01 = dict(name="01_toanquoc-nghi-quyet-394-rac-thai-muc-tieu-2030", kind="target", year=2030, records=[
    R("2030, «100% các phường", "các phường, xã tổ chức ngày cuối tuần ra quân tổng vệ sinh công cộng tại các "
      "khu dân cư, tổ dân phố", ">=", 100),
    R("«100% chính quyền", "chính quyền địa phương tổ chức phân loại rác thải sinh hoạt tại hộ gia đình, cá "
      "nhân", ">=", 100),
    R("đó, «100% khu dân cư", "khu dân cư, tổ dân phố có bổ sung nội dung về bảo vệ môi trường vào hương ước, "
      "quy ước", ">=", 100),
    R("«100% cán bộ", "cán bộ, công chức, viên chức, lực lượng vũ trang, đoàn viên, hội viên được phổ biến, quán "
      "triệt và gương mẫu tham gia phong trào", ">=", 100),
    R("tiêu «95% rác", "rác thải sinh hoạt đô thị được thu gom, xử lý theo quy định", ">=", 95, scope="đô thị"),
    R("«90% rác", "rác thải sinh hoạt nông thôn được thu gom, xử lý theo quy định", ">=", 90, scope="nông thôn"),
    R("dưới «50% rác", "rác thải sinh hoạt được xử lý bằng phương pháp chôn lấp trực tiếp so với lượng rác thải "
      "sinh hoạt được thu gom", "<", 50),
    R("trên «50% các bãi", "các bãi chôn lấp rác thải không hợp vệ sinh được cải tạo, phục hồi môi trường", ">",
      50),
    R("«100% các bãi rác", "các bãi rác tự phát gây ô nhiễm môi trường được đóng cửa, cải tạo, phục hồi môi "
      "trường", ">=", 100),
    R("«100% các địa phương", "các địa phương huy động hiệu quả các nguồn lực", ">=", 100),
])

# --------------------------------------------------------------------------
# 02 Hà Nội, retailers aiming at "no plastic bags", July 2025 (vneconomy.vn; cut: the byline
# date "15:03 28/07/2025" written as the first line `date 2025-07-28`, the byline "Tuệ Mỹ" and the
# two photo labels "Ảnh minh họa.", with the blank lines that went with them; the excerpt ends in
# "chất l"). Results. "Theo UBND Thành phố Hà Nội, ... hơn 60% là nhựa dùng một lần và túi nilon.
# Trong đó, túi nilon chiếm tỷ lệ 38,5%": no year of their own, the document's 2025; `>` for
# "hơn". The survey "Theo báo cáo ... năm 2021": "mỗi ngày có 104.000 túi ni lông phát ra miễn
# phí (tương đương với 38 triệu túi/năm)": two records of 2021, the bracket's a quantity (spec),
# unit other "túi/năm" for the yearly figure (a flow, as the earlier sets' "tấn/ngày"); the daily
# count is written "104.000 túi", a count. Not quantities: "48 siêu thị trong khảo sát" (the size
# of the survey's sample, as set193's sizes), "tháng 6", "năm 2021" (dates). Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_hanoi-tui-nilon-sieu-thi-2025", kind="result", year=2025, records=[
    R("có hơn «60% là", "chất thải nhựa phát sinh tại thủ đô là nhựa dùng một lần và túi nilon", ">", 60),
    R("tỷ lệ «38,5%", "túi nilon chiếm tỷ lệ tổng trọng lượng chất thải nhựa", "=", 38.5),
    N("có «104.000 túi", "túi ni lông dùng một lần phát ra miễn phí mỗi ngày tại 48 siêu thị trong khảo sát",
      value=104000, year=2021),
    R("với «38 triệu túi/năm", "túi ni lông dùng một lần phát ra tại các siêu thị", "=", 38e6, unit="other",
      unit_text="túi/năm", year=2021),
])

# --------------------------------------------------------------------------
# 03 Quảng Ninh, Hạ Long city: the women's union branches selling sorted scrap for charity,
# September 2022 (vtv8.vtv.vn; cut: the byline "Đỗ Hòa, Ngọc Phức-Thứ tư, ngày 21/09/2022 22:12
# GMT+7" written as the first line `date 2022-09-21`, the photo labels "Biến rác thải thành...
# tiền: Tại sao không? - Ảnh 1." and "- Ảnh 2." with the blank lines after them; the excerpt ends
# in "Thành phẩm là nh"). Results of 2022 (the byline's year). "Mỗi năm, số tiền thu về cũng
# khoảng 15-20 triệu đồng": one `between` record (a range stated once; "khoảng" before a range
# read as the range, as spec's "từ 15-20%"), money other "đồng", the magnitude word multiplied
# into both ends. "giá phế liệu trung bình là 4.000 đồng/kg" (a value measured, other "đồng/kg")
# and "thu gom, tái chế được… 5 tấn rác thải" (other "tấn"; the reporter's estimate, `=` as the
# spec's "ước đạt"). Not quantities: "mỗi tháng 1 lần" (how often, a schedule), "2 năm", "1
# tuần" (durations). Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_quangninh-halong-bien-rac-thanh-tien-2022", kind="result", year=2022, records=[
    R("khoảng «15-20 triệu đồng", "số tiền chi hội phụ nữ thu về mỗi năm từ bán phế liệu", "between", 15e6,
      value_max=20e6, **DONG),
    R("là «4.000 đồng/kg", "giá phế liệu trung bình", "=", 4000, unit="other", unit_text="đồng/kg"),
    R("được… «5 tấn", "rác thải chi hội phụ nữ góp phần thu gom, tái chế được mỗi năm", "=", 5, unit="other",
      unit_text="tấn"),
])

# --------------------------------------------------------------------------
# 04 Bà Rịa – Vũng Tàu, Côn Đảo district: the community limiting plastic waste, lodgings replacing
# plastic (trainghiemsong.vn; nothing cut; no byline, no stamp; the excerpt ends in "(ở Cản").
# Result: "90% cơ sở trong tổng số 142 cơ sở lưu trú trên địa bàn đã thay thế chai nước nhựa bằng
# chai thủy tinh" (=). Year null: the text says only that the district's models run "từ năm 2023
# đến nay" (the start of a period, not the year the share was measured) and that a man came "năm
# 2019"; no stamp, no byline (the spec's null when nothing in the text says). Not quantities:
# "142" (the denominator, "trong tổng số", as set193's "/15"), "Khu dân cư số 6" (a name), "gói
# tiện dụng 1 lần" (a kind of thing), the years. Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_bariavungtau-condao-luu-tru-giam-nhua-2023", kind="result", year=None, records=[
    R("«90% cơ sở", "cơ sở lưu trú trên địa bàn đã thay thế chai nước nhựa bằng chai thủy tinh", "=", 90),
])

# --------------------------------------------------------------------------
# 05 Long An, Tân An city: WWF's pilot of sorting waste at source (vietbao.vn; the stamp " date
# 2022-01" written as the first line `date 2022-01`; cut: the photo caption "Phát các thùng rác
# cho hộ gia đình tại Phường 3" (no figure; "Phường 3" is a name) with the blank line before it;
# the excerpt is one paragraph). Results, year 2022 (the stamp's; the pilot's start "tháng
# 7/2020" is a date). The page writes thousands with a comma in the English way: "gần 10,000 thùng
# rác" and "khoảng 1,000 cán bộ và người dân" read as 10000 and 1000 (a comma before three digits
# and no decimal sense: nobody hands out ten bins "gần 10,0"; a judgement on the written form),
# `~` for "gần" and "khoảng"; "hỗ trợ mua 2 xe tải thùng" (=). All counts. Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_longan-tanan-thung-rac-phan-loai-2022", kind="result", year=2022, records=[
    R("gần «10,000 thùng", "thùng rác phát cho các hộ gia đinh", "~", 10000, **CNT),
    N("mua «2 xe", "xe tải thùng hỗ trợ mua để thu gom riêng các loại rác đã được phân loại", value=2),
    R("khoảng «1,000 cán bộ", "cán bộ và người dân được tuyên truyền và tập huấn về lợi ích và cách thức phân "
      "loại rác tại nguồn", "~", 1000, **CNT),
])

# --------------------------------------------------------------------------
# 06 Bắc Giang, Hương Gián commune (Yên Dũng): the model point where women sort waste at source and
# fight plastic waste (phunuvietnam.vn; cut: the site's e-mail line "pnvnonline@phunuvietnam.vn";
# no byline, no stamp; the excerpt ends with its paragraph). Results (counts, =): the gifts "200
# chiếc làn nhựa, 200 chiếc quạt ... và 9 chiếc thùng đựng rác" (three records, each its own
# subject) and "Mô hình tập hợp 150 hội viên phụ nữ" (the model's members, not an event's
# attendance). Year null: the text names no year (the address's "20200724" is not in the text).
# Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_bacgiang-huonggian-mo-hinh-diem-phu-nu-2020", kind="result", year=None, records=[
    N("tặng «200 chiếc làn", "chiếc làn nhựa Trung ương Hội LHPN Việt Nam trao tặng cho các đại biểu", value=200),
    N("nhựa, «200 chiếc quạt", "chiếc quạt truyền thông bảo vệ môi trường trao tặng cho các đại biểu", value=200),
    N("và «9 chiếc", "chiếc thùng đựng rác phục vụ việc phân loại rác tại mô hình điểm", value=9),
    N("tập hợp «150 hội viên", "hội viên phụ nữ mô hình tập hợp", value=150),
])

# --------------------------------------------------------------------------
# 07 Quảng Ngãi, Thanh An commune (Minh Long): the women's union launching household waste
# sorting, March 2022 (minhlong.quangngai.gov.vn; cut: the skip link "Truy cập nội dung luôn", the
# byline "02/04/2022 08:11    163" (date and view count; written as the first line
# `date 2022-04-02`), the byline "Thuyền Nguyễn" and the counter "Thống kê truy cập", "Số lượt truy
# cập: 1100", "Tổng số lượt xem: 16155702", with their blank lines). A precision text: two
# records among dates and names. Results of 2022: "mỗi hộ gia đình trang bị cho mình 02 giỏ đựng
# rác" (count =) and "có 100% chị em tham gia ký cam kết" (=). Not quantities: "29/3/2022" (a
# date), "20 thành viên mô hình" (those who attended the launch, spec's participants of an event),
# "5 không 3 sạch" (a name). Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_quangngai-thanhan-phan-loai-rac-ho-gia-dinh-2022-precision", kind="result", year=2022,
           records=[
    N("cho mình «02 giỏ", "giỏ đựng rác thải vô cơ và hữu cơ mỗi hộ gia đình trang bị", value=2),
    R("có «100% chị em", "chị em tham gia ký cam kết thực hiện mô hình", "=", 100),
])

# --------------------------------------------------------------------------
# 08 Điện Biên, the plan for the scheme "Đẩy mạnh công tác tuyên truyền về phòng, chống rác thải
# nhựa, giai đoạn 2021-2025" brought into schools (giaoducthoidai.vn; cut: the feed label
# "rssheader", the page date "16/06/2021", the byline "Trần Sơn - 07/05/2021, 16:01 GMT+07 | Giáo
# dục" (written as the first line `date 2021-05-07`) and the photo caption "Đẩy mạnh tuyên truyền
# ... trong trường học" (twice on one line); the excerpt ends in "phòng, chống r"). One target,
# year 2025 (the end of "giai đoạn 2021-2025"): "phấn đấu 100% người dân ở 129 xã, phường, thị
# trấn của 10 huyện, thị xã, thành phố, được cung cấp thông tin" (>=). Not quantities: "129",
# "10" (the size of the area, part of the subject), "2021-2025", "2021- 2025" (dates). Pillar
# null.
# --------------------------------------------------------------------------
D08 = dict(name="08_dienbien-de-an-chong-rac-thai-nhua-truong-hoc-2021", kind="target", year=2025, records=[
    R("phấn đấu «100% người", "người dân ở 129 xã, phường, thị trấn của 10 huyện, thị xã, thành phố được cung "
      "cấp thông tin về công tác phòng, chống rác thải nhựa", ">=", 100),
])

# --------------------------------------------------------------------------
# 09 The whole country: the Ministry of Agriculture and Environment honouring 60 plastic-free
# schools with the ASEAN Eco-school Award Vietnam 2025, January 2026 (thanhnien.vn; the stamp
# " date 2026-01-31" written as the first line, the rest of that line, the menu "Bạn cần biết Tiện
# ích Liên hệ", cut; cut also: the section label "Giáo dục", the byline "Phan Hậu" (twice), its
# date "31/01/2026 14:56 GMT+7", the photo label "Vinh danh 60 trường học không rác thải nhựa -
# Ảnh 1." (a repeat of the title, cut as set211, set213 and set217 cut their "- Ảnh 1." labels),
# the caption "Học sinh Trường THCS Thanh Xuân Trung (Hà Nội) ..." and the credit "ẢNH: PHAN HẬU",
# with their blank lines; the excerpt ends in "rác thải nh"). Results of the award's year 2025
# (the ceremony's 2026 is the page's). Counts: the title's "Vinh danh 60 trường học" (recorded
# like the body's, as the earlier sets record titles), "cho 60 trường học lựa chọn trong 300 hồ
# sơ ứng cử gửi về từ 34 tỉnh, thành phố" (three records: the schools, the dossiers received, the
# provinces they came from), "có khoảng 300 trường học trong cả nước gửi hồ sơ ứng cử" (~). Not
# quantities: "hơn 800 học sinh, giáo viên" (the ceremony's attendance, spec's participants of an
# event), "31.1" (a date), "2025" inside the award's name. Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_toanquoc-truong-hoc-khong-rac-thai-nhua-2025", kind="result", year=2025, records=[
    N("Vinh danh «60 trường", "trường học không rác thải nhựa được vinh danh", value=60),
    N("cho «60 trường học", "trường học được trao Giải thưởng Trường học sinh thái ASEAN Việt Nam - Trường học "
      "không rác thải nhựa", value=60),
    N("trong «300 hồ sơ", "hồ sơ ứng cử gửi về Giải thưởng Trường học sinh thái ASEAN", value=300),
    N("từ «34 tỉnh", "tỉnh, thành phố gửi hồ sơ ứng cử Giải thưởng Trường học sinh thái ASEAN", value=34),
    R("có khoảng «300 trường", "trường học trong cả nước gửi hồ sơ ứng cử", "~", 300, **CNT),
])

# --------------------------------------------------------------------------
# 10 An Giang, Phú Tân district: the women's union's communication session on collecting and
# sorting household waste in Phú Long commune, September 2024 (phulong.phutan.angiang.gov.vn;
# cut: the byline "Hoàng Vũ" at the end; no stamp). Result of 2024: "đã trao 50 thùng đựng rác và
# bao chứa rác thải nhựa" (count =). Not quantities: "Tham dự có 50 chị em hội viên" (the
# session's attendance, spec's participants of an event), "12/9/2024" (a date), "4 an" (a name).
# Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_angiang-phutan-thung-rac-hoi-vien-2024", kind="result", year=2024, records=[
    N("trao «50 thùng", "thùng đựng rác và bao chứa rác thải nhựa, rác thải tái chế, tái sử dụng trao cho chị "
      "em hội viên phụ nữ", value=50),
])

# --------------------------------------------------------------------------
# 11 Đà Nẵng, households and residential groups sorting waste at source (moitruong.net.vn, the tag
# page "chất thải rắn sinh hoạt" with one teaser; nothing cut; no byline, no stamp). Results:
# "78% tổng số hộ gia đình, 83% tổng số tổ dân phố ... đã tham gia phân loại rác tại nguồn" (two
# records, each its own subject: households and residential groups are kinds of unit, not a split
# by level). Year null (the text says only "Sau hơn 2 năm triển khai"). Not quantities: "hơn 2
# năm" (a duration). Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_danang-ho-gia-dinh-phan-loai-rac", kind="result", year=None, records=[
    R("có «78% tổng", "hộ gia đình trên địa bàn thành phố Đà Nẵng đã tham gia phân loại rác tại nguồn", "=", 78),
    R("«83% tổng", "tổ dân phố trên địa bàn thành phố Đà Nẵng đã tham gia phân loại rác tại nguồn", "=", 83),
])

# --------------------------------------------------------------------------
# 12 Bà Rịa – Vũng Tàu, Côn Đảo special zone on its way to a plastic-reduced zone, August 2025
# (nld.com.vn; the stamp " date 2025-08-18" written as the first line; cut: the rest of that line,
# the hotlines "HOTLINE: 0903.343.439 - HOTLINE Phát hành: 0819.123.127 - ĐẶT MUA BÁO", the
# section label "Net Zero" and the byline "Bài và ảnh: NGỌC GIANG", with their blank lines; the
# excerpt ends in "UBND huy"). A precision text, no record: "tháng 8-2025", "Năm 2022" (dates),
# "Marina Bay" (a name); the text reports the zone's campaign in words only.
# --------------------------------------------------------------------------
D12 = dict(name="12_bariavungtau-condao-dac-khu-giam-nhua-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 13 The whole country: the environment sector's targets for 2023 on urban solid waste
# (moitruong.net.vn, the tag page "môi trường" with one teaser; nothing cut). Targets, year 2023
# ("Năm 2023, ngành tài nguyên và môi trường đặt ra mục tiêu"), bare numbers `>=`: the title's
# "Hướng tới 96% chất thải rắn sinh hoạt đô thị được xử lý năm 2023" (recorded like the body's,
# as the earlier sets record titles), "96% chất thải rắn sinh hoạt của đô thị được thu gom, xử lý
# đúng quy định, 40% rác thải sinh hoạt được xử lý theo mô hình đốt rác, phát điện, tái chế" (two
# records, each its own subject, scope null: the urban waste is the subject, not a split, there
# being no rural value beside it). Pillar null.
# --------------------------------------------------------------------------
D13 = dict(name="13_toanquoc-chat-thai-ran-do-thi-muc-tieu-2023", kind="target", year=2023, records=[
    R("Hướng tới «96%", "chất thải rắn sinh hoạt đô thị được xử lý", ">=", 96),
    R("tiêu có «96%", "chất thải rắn sinh hoạt của đô thị được thu gom, xử lý đúng quy định", ">=", 96),
    R("«40% rác", "rác thải sinh hoạt được xử lý theo mô hình đốt rác, phát điện, tái chế thay cho việc chôn "
      "lấp", ">=", 40),
])

# --------------------------------------------------------------------------
# 14 Thừa Thiên Huế, Quảng Thái commune (Quảng Điền): the women's union turning scrap into a fund
# for children in need (vwu.vn; nothing cut; no byline, no stamp; the excerpt ends in "nhiều
# ho"). Results, year null (no year in the text). "hỗ trợ 300 ngàn đồng/tháng" (other
# "đồng/tháng", the magnitude word multiplied in), "Tất cả 7 chi hội đều tích cực tham gia thu
# gom phế liệu" (count =), "mỗi lần thu về 300-500 ngàn/đồng" (`between`, money other "đồng";
# the written "ngàn/đồng" read as "ngàn đồng"). Not quantities: "bán được 1-2 lần" (how often,
# as 03's "mỗi tháng 1 lần"), "lớp 2", "lớp 8", "lớp 7", "lớp 4" (school grades, names), "tháng 6"
# (a date). Pillar null.
# --------------------------------------------------------------------------
D14 = dict(name="14_thuathienhue-quangthai-bien-rac-thanh-tien", kind="result", year=None, records=[
    R("hỗ trợ «300 ngàn", "tiền Hội LHPN xã hỗ trợ cháu Văn Đức Nguyên mỗi tháng", "=", 300000, unit="other",
      unit_text="đồng/tháng"),
    N("Tất cả «7 chi hội", "chi hội tích cực tham gia thu gom phế liệu để gây quỹ", value=7),
    R("thu về «300-500 ngàn", "tiền các chi hội thu về mỗi lần bán phế liệu", "between", 300000,
      value_max=500000, **DONG),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
