#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set350).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

The set's theme is traditional craft villages and handicrafts: recognised craft villages, their
workers, households and revenue, craft exports, artisans' titles and the plans to preserve and
develop the villages. No text stands under a digital-transformation heading: every pillar is null.

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); no text of this set needs one.

Each record also carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: no catalogue indicator measures a craft village's count,
workers, revenue, exports or artisans, so every id is null (see README).

Count records are written with `N(...)` (R with unit count, a functools.partial), money with
`**DONG` / `**USD`.

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
from goldkit import R, RANK, T  # noqa: E402

N = functools.partial(R, unit="count")  # a count (craft villages, households, workers, artisans)
DONG = dict(unit="other", unit_text="đồng")
USD = dict(unit="other", unit_text="USD")

# --------------------------------------------------------------------------
# 01 Thái Nguyên, five more tea-processing craft villages recognised in 2023, the province's count
# of craft villages and its targets to 2025 (kinhtedouong.vn; nothing cut; no byline, no stamp;
# the excerpt ends in "Nhằm tạo việc làm v"). Year 2023 ("Cho đến năm 2023", the title's "năm
# 2023"). Results: the title's and the body's "công nhận thêm 5 làng nghề chè" (two records, the
# title's number recorded like the body's, as earlier sets did); "277 làng nghề", "256 làng nghề
# chè", "chiếm trên 92%" (>) in each of the two near-identical lines (the second a photo caption
# with figures, kept; each mention recorded) and in the paragraph "Cho đến năm 2023": 277, then
# the breakdown "(184 làng nghề truyền thống và 93 làng nghề)" and "256 ...; 7 ...; 11 ... và 3
# ..." (one record per number, each its own subject, scope null: the spec's breakdown by kind).
# Targets "từ nay đến hết năm 2025" (kind target, 2025): "công nhận thêm 12 làng nghề" (bare, >=),
# "trên 70% số làng nghề hoạt động có hiệu quả" (>), "ít nhất 50% làng nghề có sản phẩm OCOP"
# (>=). Not quantities: "Trong số 277 làng nghề," (the frame of the breakdown just stated, the
# whole the parts are counted in, as set193's lead count of a list), "7A", "7C" (names of hamlets),
# "25/QĐ-UBND", "10/01/2023", "2022 - 2030" (a document and dates).
# --------------------------------------------------------------------------
D01 = dict(name="01_thainguyen-lang-nghe-che-cong-nhan-2023", kind="result", year=2023, records=[
    N("Công nhận thêm «5 làng nghề chè năm", "làng nghề chè được công nhận thêm", "=", 5),
    N("vừa công nhận thêm «5 làng", "làng nghề chè UBND tỉnh Thái Nguyên vừa công nhận thêm", "=", 5),
    N("tổng có «277", "làng nghề Thái Nguyên có", "=", 277),
    N("tổng có 277 làng nghề, trong đó có «256", "làng nghề chè", "=", 256),
    R("chè chiếm trên «92%.\nThái", "làng nghề chè chiếm trong tổng số làng nghề", ">", 92),
    N("đến nay có «277", "làng nghề Thái Nguyên có", "=", 277),
    N("đến nay có 277 làng nghề, trong đó có «256", "làng nghề chè", "=", 256),
    R("chè chiếm trên «92%.\n\nCho", "làng nghề chè chiếm trong tổng số làng nghề", ">", 92),
    N("hiện có «277", "làng nghề được công nhận trên toàn tỉnh Thái Nguyên", "=", 277),
    N("(«184", "làng nghề truyền thống", "=", 184),
    N("và «93 làng", "làng nghề được công nhận là làng nghề", "=", 93),
    N("làng nghề, có «256", "làng nghề chè", "=", 256),
    R("chè chiếm trên «92%;", "làng nghề chè chiếm trong số làng nghề", ">", 92),
    N("«7 làng nghề chế biến", "làng nghề chế biến nông sản", "=", 7),
    N("«11 làng nghề đồ gỗ", "làng nghề đồ gỗ, mây tre đan, dệt mành cọ", "=", 11),
    N("và «3 làng nghề sinh", "làng nghề sinh vật cảnh", "=", 3),
    N("công nhận thêm «12 làng", "làng nghề được công nhận thêm", ">=", 12, **T, year=2025),
    R("có trên «70%", "số làng nghề hoạt động có hiệu quả", ">", 70, **T, year=2025),
    R("ít nhất «50%", "làng nghề có sản phẩm OCOP", ">=", 50, **T, year=2025),
])

# --------------------------------------------------------------------------
# 02 Bình Định, the province's plan 148/KH-UBND to preserve and develop its craft villages and the
# state of the villages (langngheviet.com.vn; cut: the weather widget's four lines "Hà Nội: 23°C
# Hà Nội" ... "Thừa Thiên Huế: 27°C Thừa Thiên Huế", the second "Bảo tồn các làng nghề trước nguy
# cơ mai một" (the photo's alt text repeating the title) and the caption "Làng nghề dệt thổ cẩm ở
# xã Vĩnh Hiệp, huyện Vĩnh Thạnh, Bình Định." with the blank lines that went with them; no
# byline, no stamp; the excerpt ends in "phục vụ du lịch"). Year 2022: the only year the text gives
# for its results ("Năm 2022, doanh thu ..."), taken for the "hiện" counts too (a judgement, as
# set193's 02). Results: 42 villages (=), "khoảng 5.247 hộ" (~), "hơn 10.000 lao động" (>), 16
# with a registered trademark, 8 with OCOP products, 17 recognised (=, each its own subject),
# "doanh thu ... đạt khoảng 618 tỷ đồng" (~, 618e9 đồng), "thu nhập bình quân ... 3,5 triệu
# đồng/tháng" (=, 3.5e6, unit_text "đồng/tháng" as the earlier sets wrote incomes). Not
# quantities: "148/KH-UBND", "năm 2025", "năm 2030" (the plan's horizon, no value), "3 - 4 sao"
# (the OCOP grades, labels), "52/2018/NĐ-CP", "12/4/2018".
# --------------------------------------------------------------------------
D02 = dict(name="02_binhdinh-bao-ton-lang-nghe-doanh-thu-2022", kind="result", year=2022, records=[
    N("đang có «42", "làng nghề, làng nghề truyền thống đang hoạt động", "=", 42),
    N("khoảng «5.247", "hộ tham gia sản xuất trong các làng nghề", "~", 5247),
    N("hơn «10.000", "lao động địa phương được giải quyết việc làm trong các làng nghề", ">", 10000),
    N("có «16 làng", "làng nghề đã có sản phẩm đăng ký nhãn hiệu hàng hóa", "=", 16),
    N("; «8 làng", "làng nghề có sản phẩm được UBND tỉnh công nhận đạt tiêu chuẩn OCOP", "=", 8),
    N("; «17 làng", "làng nghề, làng nghề truyền thống được UBND tỉnh công nhận", "=", 17),
    R("khoảng «618 tỷ", "doanh thu của các làng nghề", "~", 618e9, **DONG),
    R("bình quân «3,5 triệu", "thu nhập bình quân của người lao động trong các làng nghề", "=", 3.5e6,
      unit="other", unit_text="đồng/tháng"),
])

# --------------------------------------------------------------------------
# 03 Thái Bình, the craft villages holding a certificate of recognition, their workers and revenue
# (thaibinhtv.vn; cut: the byline "Hữu Phước" and the four teasers of other news that followed it,
# "Tiếp tục chương trình kỳ họp thứ Tám, sáng ngày 22.11, ..." ... "Chiều 17.11, đoàn giám sát
# của Ủy ba"; no stamp). Year null: the text names no year (the teasers' dates, cut, named none
# either). Results: "còn 141 làng nghề được cấp bằng công nhận" (=), "gần 70.000 lao động" (~, twice:
# the villages' and, in the next sentence, the enterprises' and cooperatives'), the breakdown 22, 4,
# 4, 107, 4 (one record each, its own subject), "trên 1.000 doanh nghiệp, HTX" (>), "doanh thu
# hàng năm đạt trên 11.000 tỷ đồng" (>, 11000e9 đồng), "106 làng có nghề nhưng không được công
# nhận" (=) and their "trên 50.000 lao động" (>). No number here is not a quantity.
# --------------------------------------------------------------------------
D03 = dict(name="03_thaibinh-lang-nghe-cap-bang-lao-dong", kind="result", year=None, records=[
    N("còn «141", "làng nghề được cấp bằng công nhận trên địa bàn tỉnh", "=", 141),
    N("cho gần «70.000 lao động.\n", "lao động được làng nghề thu hút và tạo việc làm ổn định", "~", 70000),
    N("có «22 làng", "làng nghề chế biến, bảo quản nông lâm thủy sản", "=", 22),
    N("sản, «4 làng", "làng nghề sản xuất thủ công mỹ nghệ", "=", 4),
    N("nghệ, «4 làng", "làng nghề xử lý, chế biến nguyên vật liệu phục vụ sản xuất ngành nghề", "=", 4),
    N("«107", "làng nghề sản xuất đồ gỗ, mây tre đan, gốm sứ thủy tinh, dệt may, sợi, thêu ren, đan lát", "=",
      107),
    N("lát, «4 làng", "làng nghề phục vụ đời sống dân cư nông thôn", "=", 4),
    N("trên «1.000", "doanh nghiệp, HTX trong các làng nghề còn hoạt động", ">", 1000),
    N("cho gần «70.000 lao động,", "lao động được các doanh nghiệp, HTX làng nghề thu hút và tạo việc làm", "~",
      70000),
    R("trên «11.000 tỷ", "doanh thu hàng năm của các làng nghề", ">", 11000e9, **DONG),
    N("«106", "làng có nghề nhưng không được công nhận", "=", 106),
    N("trên «50.000", "lao động được làng có nghề không được công nhận giải quyết việc làm ổn định", ">", 50000),
])

# --------------------------------------------------------------------------
# 04 Hải Dương, the craft villages' households and workers (langngheviet.com.vn; cut: the image
# placeholder "![]() |" and the page's lists "Tin liên quan" and "Tin mới hơn" with their titles
# and time stamps (nineteen lines, "Du lịch làng nghề trước yêu cầu ..." ... "06:44 | 24/12/2025
# L"); no byline, no stamp). Year null: the text names only "năm 2023", the year the workers are
# compared with ("tăng khoảng 1% so với năm 2023"), not the year they were counted (a judgement;
# the cut lists' dates of December 2025 are the neighbouring articles'). Results: "66 làng nghề"
# (=), "hơn 5.000 hộ" (>), "hơn 68% thuộc ngành nghề truyền thống" (>, the share of those
# households), "khoảng 22.000 lao động thường xuyên" (~). Not quantities: "11 nhóm, ngành, nghề
# tiểu thủ công nghiệp" (the make-up of the villages by kind of craft, as the spec's parts of an
# index; 07's "6 nhóm nghề" likewise), "tăng khoảng 1% so với năm 2023" (a change against an
# earlier value, spec; NOT).
# --------------------------------------------------------------------------
D04 = dict(name="04_haiduong-lang-nghe-viec-lam-lao-dong", kind="result", year=None, records=[
    N("có «66", "làng nghề toàn tỉnh", "=", 66),
    N("hơn «5.000", "hộ sản xuất, kinh doanh trong các làng nghề", ">", 5000),
    R("hơn «68%", "hộ sản xuất, kinh doanh thuộc ngành nghề truyền thống", ">", 68),
    N("khoảng «22.000", "lao động thường xuyên các làng nghề đã thu hút", "~", 22000),
], NOT=["khoảng «1% so"])

# --------------------------------------------------------------------------
# 05 Kon Tum's investment-promotion site relaying the Prime Minister's Decision 801/QĐ-TTg on the
# programme to preserve and develop Vietnam's craft villages 2021-2030, its targets to 2025
# (ipckontum.gov.vn; cut: the image label "banner"; the byline date "Thứ 4, ngày 28 tháng 9 năm
# 2022" written as the first line `date 2022-09-28`; the excerpt ends in "đạt kho", before the
# growth target's number). National targets, kind target, year 2025 (the heading "Mục tiêu cụ thể
# đến năm 2025"): "ít nhất 56 nghề truyền thống và 85 làng nghề truyền thống" (two records, both
# >=: "ít nhất" governs the pair), "Công nhận mới 116 nghề và 40 làng nghề truyền thống" (bare,
# >=), "phát triển 181 làng nghề gắn với du lịch" (>=), "Trên 70 làng nghề ... hoạt động hiệu
# quả" (>, a count as written), "80% người lao động trong làng nghề được đào tạo ..." (>=), "ít
# nhất 50%" and "ít nhất 30%" (>=). Pillar null (the heading names no pillar; the 80% includes
# "kiến thức công nghệ thông tin cơ bản", but no heading names nhân lực số). Not quantities:
# "801/QĐ-TTg", "2021 - 2030", "7-7-2022", "07/7/2022".
# --------------------------------------------------------------------------
D05 = dict(name="05_kontum-chuong-trinh-801-lang-nghe-muc-tieu-2025", kind="target", year=2025, records=[
    N("ít nhất «56", "nghề truyền thống có nguy cơ mai một, thất truyền được khôi phục, bảo tồn", ">=", 56),
    N("và «85", "làng nghề truyền thống có nguy cơ mai một, thất truyền được khôi phục, bảo tồn", ">=", 85),
    N("Công nhận mới «116", "nghề được công nhận mới", ">=", 116),
    N("và «40 làng", "làng nghề truyền thống được công nhận mới", ">=", 40),
    N("phát triển «181", "làng nghề gắn với du lịch được phát triển", ">=", 181),
    N("Trên «70 làng", "làng nghề, làng nghề truyền thống hoạt động hiệu quả", ">", 70),
    R("; «80%", "người lao động trong làng nghề được đào tạo, đào tạo lại, đào tạo nâng cao kỹ năng nghề, kỹ "
      "năng vệ sinh an toàn lao động và kiến thức công nghệ thông tin cơ bản", ">=", 80),
    R("ít nhất «50%", "làng nghề truyền thống có sản phẩm được phân hạng theo Chương trình OCOP", ">=", 50),
    R("ít nhất «30%", "số làng nghề có sản phẩm bảo hộ sở hữu thương hiệu", ">=", 30),
])

# --------------------------------------------------------------------------
# 06 Nghệ An, the craft villages working well and their output value (baonghean.vn; the stamp
# " date 2021-11" written as the first line `date 2021-11`; cut: the rest of the first line, the
# photo caption "Làng nghề bánh đa truyền thống tại Diễn Ngọc ... Ảnh tư liệu Báo Nghệ An", and the
# caption "Làng nghề sản xuất, chế biến nước mắm ... Ảnh: Nguyễn Hải" with the blank lines that went
# with them; the excerpt ends in "2.266 tỷ đồng, đ"). Year 2021 (the stamp). Results: "114 làng
# nghề đang hoạt động tốt và khá" (=), "mỗi năm ... tạo ra giá trị sản xuất là 2.266 tỷ đồng" (=,
# 2266e9 đồng). Not quantities: "2 cấp độ công nhận" (the kinds of recognition there were, a
# classification), "52/CP" (a decree's number).
# --------------------------------------------------------------------------
D06 = dict(name="06_nghean-lang-nghe-gia-tri-san-xuat-2021", kind="result", year=2021, records=[
    N("với «114", "làng nghề đang hoạt động tốt và khá của tỉnh", "=", 114),
    R("là «2.266 tỷ", "giá trị sản xuất mỗi năm của các làng nghề", "=", 2266e9, **DONG),
])

# --------------------------------------------------------------------------
# 07 Hà Nội, the craft-village economy and the city's recognised villages (kinhtenongthon.vn; cut:
# the site name "Kinh tế nông thôn" (two lines), the page's date widget "Thứ tư, ngày 26 tháng 6 năm
# 2024  ", a line holding one space, and the photo caption "Chế tác sản phẩm mỹ nghệ tại làng nghề
# Thiết Úng (xã Vân Hà, huyện Đông Anh). (Ảnh: Đỗ Tâm)", with the blank lines that went with them;
# the byline "Thứ hai, ngày 17 tháng 6 năm 2024 | 20:44" written as the first line `date
# 2024-06-17`; the excerpt ends in "phục vụ sản xuất ngành nghề"). Year 2024 (the byline). Results:
# "274 làng được công nhận là làng nghề và 48 làng ... làng nghề truyền thống" (two records), "thuộc
# địa bàn 24 quận, huyện, thị xã" (=, a count of its own, as set193's "tại 7 thôn"). Not
# quantities: "6 nhóm nghề" (the make-up by kind of craft, as 04's "11 nhóm"), "04-CTr/TU", "khóa
# XVII" (names), "2021-2025" (dates).
# --------------------------------------------------------------------------
D07 = dict(name="07_hanoi-lang-nghe-kinh-te-nong-thon-2024", kind="result", year=2024, records=[
    N("có «274", "làng được công nhận là làng nghề", "=", 274),
    N("và «48", "làng được công nhận là làng nghề truyền thống", "=", 48),
    N("địa bàn «24", "quận, huyện, thị xã có làng nghề được công nhận", "=", 24),
])

# --------------------------------------------------------------------------
# 08 Vietnam's exports of rattan, bamboo, sedge and carpet products to the end of August 2025
# (24h.com.vn; nothing cut; the stamp " date 2025-09-16" written as the first line; the excerpt
# ends in "ngày càng "). Year 2025 ("đến hết tháng 8 năm nay", the stamp), 2024 for "Năm ngoái".
# Results (money in USD, unit other, the magnitude word multiplied in): the group's exports "đạt
# 574 triệu USD"; the United States' "266 triệu USD" and its "tỷ trọng 46,3%" (%); Japan's "37,7
# triệu USD"; the United Kingdom's, Spain's and India's bracketed values (the market named in the
# indicator, as the text words it: "Mỹ ... mua ... với kim ngạch", "Nhật Bản với kim ngạch"; `place` is for provinces and communes, not countries); last year's "804 triệu USD"
# (2024); "Việt Nam là một trong 5 quốc gia xuất khẩu mây tre đan lớn nhất thế giới" (rank, <=,
# the spec's "nằm trong tốp 10"). Not quantities: "tăng nhẹ 5,4% so với cùng kỳ năm ngoái" (a
# change against an earlier value; NOT), "tháng 8", "8 tháng qua", "trong 5 năm gần đây" (periods),
# "trong top 5 thị trường xuất khẩu chủ lực còn có Anh ..., Tây Ban Nha ... và Ấn Độ" (the size
# of the group the list of markets fills, as set193's lead count of a list; the markets' values are
# recorded), "Đứng thứ hai" (a word, no number).
# --------------------------------------------------------------------------
D08 = dict(name="08_canuoc-xuat-khau-may-tre-coi-2025", kind="result", year=2025, records=[
    R("đạt «574 triệu", "kim ngạch xuất khẩu nhóm sản phẩm mây, tre, cói và thảm", "=", 574e6, **USD),
    R("đạt «266 triệu", "kim ngạch của Mỹ mua nhóm sản phẩm mây, tre, cói và thảm", "=", 266e6, **USD),
    R("tỷ trọng «46,3%", "tỷ trọng của Mỹ trong kim ngạch xuất khẩu ngành hàng mây, tre, cói và thảm", "=", 46.3),
    R("ngạch «37,7 triệu", "kim ngạch xuất khẩu mây, tre, cói và thảm của thị trường Nhật Bản", "=", 37.7e6, **USD),
    R("Anh («28,5", "kim ngạch xuất khẩu mây, tre, cói và thảm của thị trường Anh", "=", 28.5e6, **USD),
    R("Nha («27,6", "kim ngạch xuất khẩu mây, tre, cói và thảm của thị trường Tây Ban Nha", "=", 27.6e6, **USD),
    R("Độ («21,57", "kim ngạch xuất khẩu mây, tre, cói và thảm của thị trường Ấn Độ", "=", 21.57e6, **USD),
    R("trị «804 triệu", "giá trị xuất khẩu nhóm sản phẩm thủ công mây, tre, cói và thảm", "=", 804e6, **USD,
      year=2024),
    R("một trong «5 quốc gia", "Việt Nam là một trong các quốc gia xuất khẩu mây tre đan lớn nhất thế giới",
      "<=", 5, **RANK),
], NOT=["nhẹ «5,4%"])

# --------------------------------------------------------------------------
# 09 Tuyên Quang, the heading of Plan 241/KH-UBND implementing the craft-village programme
# 2021-2030 (thuviennhadat.vn; cut: the site's date widget "Chủ nhật, Ngày 27/10/2024" and a line
# holding one space, with the blank lines that went with them; no byline; the excerpt ends in "về
# Chương tr", before any target). A precision text: no record. Not quantities: "241/KH-UBND" (four
# times), "801/QĐ-TTg" (three times), "năm 2023", "2021-2030" (three times), "28/10/2023" (twice),
# "ngày 28 tháng 10 năm 2023", "ngày 07 tháng 7 năm 2022", "07/7/2022" (twice) (documents and
# dates), the list labels "I.", "1.".
# --------------------------------------------------------------------------
D09 = dict(name="09_tuyenquang-ke-hoach-241-lang-nghe-2023-precision", kind="result", year=2023, records=[])

# --------------------------------------------------------------------------
# 10 Quảng Nam, the province's titles for 16 artisans and skilled workers of its crafts, December
# 2023 (baoquangnam.vn; cut: the photo captions without figures "Thợ giỏi Lê Văn Nhật (phường Thanh
# Hà, Hội An) làm gốm mỹ nghệ. Ảnh: N.Q" and "Nghề vấn chổi đót ở Duy Xuyên. Ảnh: N.Q" with the blank
# lines that went with them; the caption "Ông Nguyễn Hưng ... là một trong 5 nghệ nhân được UBND
# tỉnh công nhận trong năm 2023. Ảnh: N.Q" holds a figure and was kept; no byline, no stamp). Year
# 2023 (the caption's "năm 2023"; the decision's "Ngày 28/12" names no year). Results, counts: "16
# nghệ nhân, thợ giỏi" (twice: the lead and the closing sentence, each mention recorded), the
# caption's "5 nghệ nhân", "5 nghệ nhân nam" and "11 nam, nữ ... thợ giỏi" (the breakdown of the
# 16), Điện Bàn's "2 nghệ nhân" and "1 nghệ nhân" (the breakdown of the 5 by town, `place`
# "Điện Bàn"). Not quantities: "28/12", "35/2013/QĐ-UBND", "26/12/2013" (dates, a document).
# --------------------------------------------------------------------------
D10 = dict(name="10_quangnam-nghe-nhan-tho-gioi-2023", kind="result", year=2023, records=[
    N("cho «16", "nghệ nhân, thợ giỏi được UBND tỉnh công nhận danh hiệu", "=", 16),
    N("trong «5 nghệ", "nghệ nhân được UBND tỉnh công nhận", "=", 5),
    N("Theo đó, «5", "nghệ nhân nam được UBND tỉnh xét tặng danh hiệu", "=", 5),
    N("có «2 nghệ", "nghệ nhân làm nghề điêu khắc gỗ của thị xã Điện Bàn được xét tặng danh hiệu", "=", 2,
      place="Điện Bàn"),
    N("và «1 nghệ", "nghệ nhân làm nghề kim hoàn của thị xã Điện Bàn được xét tặng danh hiệu", "=", 1,
      place="Điện Bàn"),
    N("Còn «11", "nam, nữ được UBND tỉnh xét tặng danh hiệu thợ giỏi", "=", 11),
    N("danh hiệu, «16", "nghệ nhân, thợ giỏi được nhận tiền thưởng kèm theo danh hiệu", "=", 16),
])

# --------------------------------------------------------------------------
# 11 Thanh Hóa, the council's vote recognising 18 traditional crafts and craft villages in 2022
# (khuyencongonline.gov.vn; nothing cut; no byline, no stamp; the excerpt ends in "sản phẩm làn").
# Year 2022 ("năm 2022"). Results, counts: "18 nghề truyền thống, làng nghề, làng nghề truyền
# thống" (twice, each mention recorded), the breakdown "5 nghề truyền thống, 7 làng nghề, 6 làng
# nghề truyền thống", then "7 thôn được công nhận là làng nghề sản xuất và kinh doanh sinh vật
# cảnh" and "4 làng nghề truyền thống được công nhận" (the text's own figure, not the 6 above;
# recorded as written). Not quantities: the hamlets' names "thôn 1 Yên Lược", "thôn 2", "thôn 3",
# "thôn 4", "Ngọc Diên 1", "Ngọc Diên 2".
# --------------------------------------------------------------------------
D11 = dict(name="11_thanhhoa-cong-nhan-18-nghe-lang-nghe-2022", kind="result", year=2022, records=[
    N("công nhận «18", "nghề truyền thống, làng nghề, làng nghề truyền thống được Hội đồng bỏ phiếu công nhận",
      "=", 18),
    N("Theo đó, «18", "nghề truyền thống, làng nghề, làng nghề truyền thống của tỉnh Thanh Hóa được công nhận",
      "=", 18),
    N("gồm: «5 nghề", "nghề truyền thống được công nhận", "=", 5),
    N("thống, «7 làng", "làng nghề được công nhận", "=", 7),
    N("nghề, «6 làng", "làng nghề truyền thống được công nhận", "=", 6),
    N("\n«7 thôn", "thôn được công nhận là làng nghề sản xuất và kinh doanh sinh vật cảnh", "=", 7),
    N("\n«4 làng", "làng nghề truyền thống được công nhận", "=", 4),
])

# --------------------------------------------------------------------------
# 12 Đà Nẵng, the regional craft associations' review of 2025 honouring six People's and Meritorious
# Artisans, January 2026 (tienphong.vn; the stamp " date 2026-01-06" written as the first line;
# cut: the photo captions without figures "Nghệ nhân Nhân dân Nguyễn Văn Tiếp - Trưởng ban tổ chức
# phát biểu." and "Các nghệ nhân tại chương trình." with the blank lines that went with them; the
# excerpt ends in "ông Lê Đ"). A precision text: two records, many numbers that are not
# quantities. Year 2026 (the stamp: the honouring of "Sáng 6/1"). Results: the title's "6 nghệ
# nhân được phong tặng" and the body's "vinh danh 6 Nghệ nhân Nhân dân và Nghệ nhân Ưu tú" (=,
# count). Not quantities: "Đông Khương 1" (a name), "6/1" (a date), "năm 2025", "năm 2026" (years
# named, no value), "Hai Nghệ nhân Nhân dân" (a word, no digits).
# --------------------------------------------------------------------------
D12 = dict(name="12_danang-nghe-nhan-thu-cong-my-nghe-2026-precision", kind="result", year=2026, records=[
    N("date 2026-01-06\n«6 nghệ", "nghệ nhân được phong tặng Nghệ nhân Nhân dân, Nghệ nhân Ưu tú", "=", 6),
    N("vinh danh «6", "Nghệ nhân Nhân dân và Nghệ nhân Ưu tú lĩnh vực thủ công mỹ nghệ vừa được Chủ tịch nước "
      "phong tặng", "=", 6),
])

# --------------------------------------------------------------------------
# 13 Phú Thọ, the targets of the province's plan to preserve and develop its craft villages
# 2022-2030 (moitruong.net.vn, a tag page; cut: the tag's name "bảo vệ môi trường làng nghề" with
# the blank line after it; no byline, no stamp). Kind target, year 2030 (the end of the plan's
# "giai đoạn 2022 - 2030", as the earlier sets read a period's targets). "tốc độ tăng giá trị sản
# xuất bình quân các làng nghề đạt khoảng 10%/năm" (~, %), "thu nhập bình quân ... tăng ít nhất
# 1,5 lần so với năm 2021" (a target stated as a change is a quantity, spec: >=, 1.5, unit other
# "lần"), "100% cơ sở, hộ gia đình sản xuất trong làng nghề đáp ứng ..." (bare, >=). Not
# quantities: "2022 - 2030", "năm 2021" (dates).
# --------------------------------------------------------------------------
D13 = dict(name="13_phutho-bao-ton-lang-nghe-muc-tieu-2030", kind="target", year=2030, records=[
    R("khoảng «10%", "tốc độ tăng giá trị sản xuất bình quân các làng nghề", "~", 10),
    R("ít nhất «1,5 lần", "thu nhập bình quân của lao động của các làng nghề tăng so với năm 2021", ">=", 1.5,
      unit="other", unit_text="lần"),
    R("; «100%", "cơ sở, hộ gia đình sản xuất trong làng nghề đáp ứng các quy định về bảo vệ môi trường", ">=",
      100),
])

# --------------------------------------------------------------------------
# 14 The Ministry of Industry and Trade's round of People's and Meritorious Artisan titles in the
# handicraft trades (dansinh.dantri.com.vn; nothing cut; no byline, no stamp; the excerpt ends in
# "Qua Lễ tr"). Year null: the text names no year of the round (the address's "20201213" is not
# in the text; the decree's 2014 is its own date). Results, counts: "92 hồ sơ" from "15 Hội đồng
# cấp tỉnh", proposed for "10 Nghệ nhân Nhân dân và 82 Nghệ nhân Ưu tú", visits to "92 nghệ
# nhân", the titles "cho 04 cá nhân", "cho 01 cá nhân" (posthumous) and "cho 72 cá nhân", and
# "đại diện cho 27 nghề thủ công mỹ nghệ truyền thống". Not quantities: "123/2014/NĐ-CP", "25
# tháng 12 năm 2014".
# --------------------------------------------------------------------------
D14 = dict(name="14_canuoc-phong-tang-nghe-nhan-thu-cong-my-nghe", kind="result", year=None, records=[
    N("được «92 hồ", "hồ sơ đề nghị xét tặng danh hiệu Bộ Công Thương nhận được", "=", 92),
    N("của «15 Hội", "Hội đồng cấp tỉnh, thành phố trực thuộc Trung ương gửi hồ sơ đề nghị xét tặng danh hiệu",
      "=", 15),
    N("cho «10 Nghệ", "Nghệ nhân Nhân dân được đề nghị xét tặng danh hiệu", "=", 10),
    N("và «82", "Nghệ nhân Ưu tú được đề nghị xét tặng danh hiệu", "=", 82),
    N("sở của «92", "nghệ nhân được Đoàn Công tác đến tận cơ sở đánh giá thực tế", "=", 92),
    N("cho «04", "cá nhân được phong tặng danh hiệu Nghệ nhân Nhân dân", "=", 4),
    N("cho «01", "cá nhân được truy tặng danh hiệu Nghệ nhân Nhân dân", "=", 1),
    N("cho «72", "cá nhân được phong tặng danh hiệu Nghệ nhân Ưu tú", "=", 72),
    N("cho «27", "nghề thủ công mỹ nghệ truyền thống tinh xảo, độc đáo các nghệ nhân được phong tặng đại diện cho", "=", 27),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
