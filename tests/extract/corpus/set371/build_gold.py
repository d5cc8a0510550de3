#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set371: funeral reform and
cremation, cemeteries and graves moved).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (goldkit.clause_span).

Each document may also list NOT: locators of percentages deliberately left without a record;
check_gold.py verifies that every percentage has a record or a NOT entry. No document of this set
needs one: every percentage here is a rate reached or a target.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, decided against muctieu/catalog/data/indicators.yaml. The catalogue holds
digital-transformation indicators only; none measures cremation, cemeteries, graves or funeral
support, so every id of this set is null (see README, "Catalogue labels").

No text of this set stands under a heading that names a pillar of digital transformation: every
record's pillar is null.

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

CREM = "tỷ lệ hỏa táng"
PER_CASE = dict(unit="other", unit_text="đồng/trường hợp")
PER_CA = dict(unit="other", unit_text="đồng/ca")
VND = dict(unit="other", unit_text="đồng")


def RATE(loc, where, value, *, place=None, year="default", op="=", what=CREM):
    """A cremation rate reached by one commune, village or town named in the text (place)."""
    return R(loc, f"{what} {where}".strip(), op, value, place=place, year=year)


# --------------------------------------------------------------------------
# 01 Hà Nội, Phúc Thọ district: the 2024 round-table "Tang văn minh, tiến bộ" and the district's
# cremation rates (hanoimoi.vn; cut: the section label "Đời sống" with the blank line after it,
# the byline "Nguyễn Mai 26/04/2024 - 14:28" with the blank line after it, written as the first
# line `date 2024-04-26`, the image file name "toa-dam-pt.jpg" and the photo caption "Huyện Phúc
# Thọ tổ chức Tọa đàm ... Ảnh Mai Nguyễn." with the blank line after it; the excerpt ends in
# "trên đ"). Year 2024 (the byline date; the round-table "năm 2024"). Results: the title's "Nhiều
# xã ... có tỷ lệ hỏa táng đạt 100%" and the body's "Nhiều xã có tỷ lệ hỏa táng cao, đạt 100% như:
# Vân Hà, Phụng Thượng, Xuân Đình" (a record at each place, as earlier sets recorded a title that
# restates a figure; one record for the three communes: one value stated once); "năm 2023, tỷ lệ
# hỏa táng trên toàn huyện đạt 66,14%" (2023); "3 tháng đầu năm 2024 đạt tỷ lệ 69,55%" (2024);
# "Trạch Mỹ Lộc 88,9%; Tích Giang 86,7%, thị trấn Phúc Thọ 85,7%" (three records, each with its
# commune as place; scope null: communes named one by one are not a split by level). Not
# quantities: "26-4" (a date), "năm 2024" of the round-table (a date).
# --------------------------------------------------------------------------
D01 = dict(name="01_hanoi-phuctho-ty-le-hoa-tang-2024", kind="result", year=2024, records=[
    RATE("hỏa táng đạt «100%\n", "của nhiều xã huyện Phúc Thọ", 100),
    R("huyện đạt «66,14%", "tỷ lệ hỏa táng trên toàn huyện", "=", 66.14, year=2023),
    R("đạt tỷ lệ «69,55%", "tỷ lệ hỏa táng trên toàn huyện 3 tháng đầu năm", "=", 69.55),
    RATE("cao, đạt «100% như", "của nhiều xã: Vân Hà, Phụng Thượng, Xuân Đình", 100),
    RATE("Mỹ Lộc «88,9%", "xã Trạch Mỹ Lộc", 88.9, place="Trạch Mỹ Lộc"),
    RATE("Giang «86,7%", "xã Tích Giang", 86.7, place="Tích Giang"),
    RATE("Phúc Thọ «85,7%", "thị trấn Phúc Thọ", 85.7, place="thị trấn Phúc Thọ"),
])

# --------------------------------------------------------------------------
# 02 Hà Nội, Thạch Thất district: seven years of the district's scheme "Tang văn minh, tiến bộ"
# (hanoidep.vn; cut: the image's alt text repeating the title, "Huyện Thạch Thất: Thực hiện nếp
# sống văn minh trong việc tang" (its second occurrence); the caption "Huyện Thạch Thất khen thưởng
# 31 tập thể ..." states a number and stays; no byline, no stamp; the excerpt ends in "trách
# nhiệ"). Year 2023 (the latest year the text names, "3 tháng đầu năm 2023"; the communes'
# "hiện nay"). Results: the district's rate "năm 2016 là 25,5%; năm 2017 là 41%; năm 2022 là
# 54,7%; 3 tháng đầu năm 2023 là 60%" (four records, each its own year); the communes' rates
# "Yên Bình 90%, ... Cẩm Yên 73%" (six records, place the commune, year 2023); "Có 37 thôn, tổ dân
# phố ... có những năm tỷ lệ hỏa táng đạt 100%" (two records: the count, 2023, and the rate those
# villages reached, year null: "có những năm", several years not named); "thôn 3 (xã Yên Bình), 6
# năm liền tỷ lệ hỏa táng đạt 100%", "... 5 năm liền tỷ lệ hỏa táng đạt 100%", "nhiều thôn có 3
# năm liền tỷ lệ hỏa táng đạt 100%" (three records, year null: a run of years, as earlier sets'
# "Trong nhiều năm liên tiếp"). Not quantities: "hơn 7 năm" (a period), "6 năm liền", "5 năm
# liền", "3 năm liền" (periods), "khen thưởng 31 tập thể" (the recipients of an award, as earlier
# sets' "tặng Bằng khen 10 tập thể"), "2017 – 2023" (dates), "thôn 3", "thôn 5" (names).
# --------------------------------------------------------------------------
D02 = dict(name="02_hanoi-thachthat-tang-van-minh-2023", kind="result", year=2023, records=[
    R("2016 là «25,5%", "tỷ lệ người tử vong thực hiện hình thức hỏa táng", "=", 25.5, year=2016),
    R("2017 là «41%", "tỷ lệ người tử vong thực hiện hình thức hỏa táng", "=", 41, year=2017),
    R("2022 là «54,7%", "tỷ lệ người tử vong thực hiện hình thức hỏa táng", "=", 54.7, year=2022),
    R("2023 là «60%", "tỷ lệ người tử vong thực hiện hình thức hỏa táng 3 tháng đầu năm", "=", 60),
    RATE("Yên Bình «90%", "xã Yên Bình", 90, place="Yên Bình"),
    RATE("Yên Trung «88%", "xã Yên Trung", 88, place="Yên Trung"),
    RATE("Đại Đồng «86%", "xã Đại Đồng", 86, place="Đại Đồng"),
    RATE("Canh Nậu «85%", "xã Canh Nậu", 85, place="Canh Nậu"),
    RATE("Thạch Hòa «76%", "xã Thạch Hòa", 76, place="Thạch Hòa"),
    RATE("Cẩm Yên «73%", "xã Cẩm Yên", 73, place="Cẩm Yên"),
    R("Có «37 thôn", "thôn, tổ dân phố ở các xã, thị trấn có những năm tỷ lệ hỏa táng đạt", "=", 37, **CNT),
    RATE("có những năm tỷ lệ hỏa táng đạt «100%", "của 37 thôn, tổ dân phố trong những năm", 100, year=None),
    RATE("6 năm liền tỷ lệ hỏa táng đạt «100%", "thôn 3 (xã Yên Bình) 6 năm liền", 100, year=None,
         place="thôn 3"),
    RATE("5 năm liền tỷ lệ hỏa táng đạt «100%", "thôn Đồng Kho, thôn Sổ Tơi, thôn 5 5 năm liền", 100, year=None),
    RATE("3 năm liền tỷ lệ hỏa táng đạt «100%", "nhiều thôn 3 năm liền", 100, year=None),
])

# --------------------------------------------------------------------------
# 03 Hà Nội, Mỹ Đức district, Thượng Lâm commune: "Người Hà Nội văn minh từ góc nhìn tâm linh"
# (danviet.vn; the stamp " date 2024-08" written as the first line; cut: the photo caption "Một
# gia đình đang đưa tro cốt ... Ảnh: Định Nguyễn" with the blank line after it; the excerpt ends in
# "thấu hi"). Year 2024 (the stamp). Nearly a precision text: one record, "trong năm qua, xã đạt
# tới 90% số người mất được đưa đi hỏa táng" (=: "đạt tới" is a result's "đạt", no bound; year the
# stamp's, "trong năm qua" naming no other). Not quantities: "năm 2021" (a date), "một gia đình"
# (a word, an anecdote).
# --------------------------------------------------------------------------
D03 = dict(name="03_hanoi-myduc-thuonglam-hoa-tang-2024", kind="result", year=2024, records=[
    R("đạt tới «90%", "số người mất được đưa đi hỏa táng của xã Thượng Lâm", "=", 90),
])

# --------------------------------------------------------------------------
# 04 Hà Tĩnh, Kỳ Anh district: nearly 700 graves lying among houses moved to cemeteries in the
# first months of the campaign begun in March 2020 (baohatinh.vn; cut: the photo caption "Các ngôi
# mộ được đầu tư ốp đá, ... một cách chi tiết" (no figure) with the blank line after it; the
# captions "Gần 700 ngôi mộ ... được quy tập về nghĩa trang" (twice) and "89 ngôi mộ vô chủ đã được
# quy tập ..." state figures and stay; no byline, no stamp; the excerpt ends in "hoặc trên ").
# Year 2020 ("từ tháng 3/2020"). Results: "Gần 700 ngôi mộ ... được quy tập về nghĩa trang" at
# each of its four places (title, lead, two captions; "gần" `~`, a record at each place as earlier
# sets did for captions that restate a figure); "89 ngôi mộ vô chủ ... đã được quy tập" (body and
# caption, =); the stone graves bought "với giá thấp nhất (800 ngàn/ngôi mộ)" (money, unit other,
# "ngàn" multiplied in: 800000, =: the price paid). Not quantities: "tháng 3/2020" (a date), "gần 2
# tháng" (a period).
# --------------------------------------------------------------------------
GRAVES_700 = "ngôi mộ nằm trong khu dân cư ở huyện Kỳ Anh được quy tập về nghĩa trang"
GRAVES_89 = "ngôi mộ vô chủ được quy tập về khu nghĩa trang ở cồn Đá Bằng, xã Kỳ Bắc"
D04 = dict(name="04_hatinh-kyanh-quy-tap-mo-2020", kind="result", year=2020, records=[
    R("Gần «700 ngôi mộ nằm trong khu dân cư ở huyện Kỳ Anh được quy tập về nghĩa trang\n\n(Baohatinh",
      GRAVES_700, "~", 700, **CNT),
    R("(Baohatinh.vn) - Gần «700", GRAVES_700, "~", 700, **CNT),
    R("lối, có đánh số, lưu bản đồ một cách chi tiết để thuận lợi cho việc hương khói và phục vụ người thân "
      "tìm kiếm sau này.\n\nGần «700", GRAVES_700, "~", 700, **CNT),
    R("xây dựng.\n\nGần «700", GRAVES_700, "~", 700, **CNT),
    R("ra quân, «89 ngôi", GRAVES_89, "=", 89, **CNT),
    R("\n«89 ngôi mộ vô chủ đã", GRAVES_89, "=", 89, **CNT),
    R("thấp nhất («800 ngàn", "giá làm mộ đá xã Kỳ Bắc tìm được", "=", 800e3, unit="other",
      unit_text="đồng/ngôi mộ"),
])

# --------------------------------------------------------------------------
# 05 Hải Phòng, Kiến Hưng commune: the inventory of the graves to be moved for the Tân Trào
# industrial park and cluster, December 2025 (dantri.com.vn; the stamp " date 2025-12-04" written
# as the first line; cut: the photo caption "Những ngôi mộ ở xã Kiến Hưng thuộc diện phải di dời
# (Ảnh: Vân Nga)." with the blank line after it; the excerpt ends with the phone number). Year 2025.
# The plan: "chuẩn bị di dời hơn 1.500 ngôi mộ" (target, `>`: the relocation being prepared, a
# judgement: the work to be done, not a count reported). Results: "hoàn thành kiểm kê 1.511 ngôi mộ
# của 251 hộ dân" (two counts, =), "191 hộ tự kê khai hơn 1.270 mộ" (=, and `>`). Not quantities:
# "giai đoạn 1" (a name), "15/12" (a date), "0779.399.396" (a phone number).
# --------------------------------------------------------------------------
D05 = dict(name="05_haiphong-kienhung-kiem-ke-mo-2025", kind="result", year=2025, records=[
    R("di dời hơn «1.500", "ngôi mộ nằm trong phạm vi hai dự án khu và cụm công nghiệp Tân Trào chuẩn bị di dời",
      ">", 1500, **CNT, **T),
    R("kiểm kê «1.511", "ngôi mộ đã hoàn thành kiểm kê", "=", 1511, **CNT),
    R("của «251 hộ", "hộ dân có mộ đã kiểm kê", "=", 251, **CNT),
    R("đó, «191 hộ", "hộ tự kê khai mộ", "=", 191, **CNT),
    R("kê khai hơn «1.270", "mộ các hộ tự kê khai", ">", 1270, **CNT),
])

# --------------------------------------------------------------------------
# 06 Quảng Ngãi: the provincial People's Committee's submission of a cremation support policy,
# August 2025 (thanhnien.vn; the stamp " date 2025-08-19" written as the first line; cut: the photo
# caption "Mộ được chôn trên các cánh đồng ở đặc khu Lý Sơn (Quảng Ngãi) ẢNH: HẢI PHONG" with the
# blank line after it; the excerpt ends in "việc h"). Year 2025 (the stamp; the policy proposed).
# Kind target: the proposed support and its aim (as set193's sibling sets read a policy's support
# level as a target). "mỗi trường hợp hỏa táng sẽ được hỗ trợ từ 10 - 15 triệu đồng tùy địa bàn"
# (`between`, money, magnitude multiplied in); "vùng 1 hỗ trợ 15 triệu đồng/trường hợp; vùng 2 ...
# 13 ...; vùng 3 ... 10 ..." (three records, bare numbers `>=`, scope "vùng 1", "vùng 2", "vùng 3":
# one sentence splitting its value by group of communes, as earlier sets' "khu vực đồng bằng",
# "nội thành"); "mục tiêu nâng tỉ lệ hỏa táng trên địa bàn đạt tối thiểu 5%" (`>=`, year the
# document's, the sentence naming none). Not quantities: "vùng 1", "vùng 2", "vùng 3" in the lists
# of communes (labels), the commune names ("Ba Vì", "Sơn Tây Thượng", ...).
# --------------------------------------------------------------------------
D06 = dict(name="06_quangngai-ho-tro-hoa-tang-2025", kind="target", year=2025, records=[
    R("hỗ trợ từ «10 - 15", "hỗ trợ mỗi trường hợp hỏa táng", "between", 10e6, value_max=15e6, **VND),
    R("1 hỗ trợ «15 triệu", "hỗ trợ hỏa táng địa bàn cấp xã", ">=", 15e6, scope="vùng 1", **PER_CASE),
    R("2 hỗ trợ «13 triệu", "hỗ trợ hỏa táng địa bàn cấp xã", ">=", 13e6, scope="vùng 2", **PER_CASE),
    R("3 hỗ trợ «10 triệu", "hỗ trợ hỏa táng địa bàn cấp xã", ">=", 10e6, scope="vùng 3", **PER_CASE),
    R("tối thiểu «5%", "tỉ lệ hỏa táng trên địa bàn", ">=", 5),
])

# --------------------------------------------------------------------------
# 07 Thái Nguyên: the provincial council's resolution on cremation cost support from 2022,
# December 2021 (nhabaothainguyen.vn; cut: the byline and counter "Thứ sáu - 10/12/2021 15:34
# Đã xem: 1879   Phản hồi: 0" with the blank line after it, written as the first line `date
# 2021-12-10`; the photo caption "An lạc viên" / "Ứng dụng công nghệ hỏa thiêu ... thân thiện môi
# trường." with the blank line after it; the excerpt ends in "(khi ngư"). Year 2021 (the byline).
# Results: the service price approved in February 2020, "với mức giá 6.400.000đ/ca" (money, =,
# year 2020: the month of the approval; unit_text "đồng/ca" as the support levels); "Từ năm 2018
# đến nay, có khoảng 28,7% số người chết ... sử dụng hình thức hỏa táng" (`~`, year 2021: "đến
# nay" of a 2021 page). Targets (the policy applied from 2022, year 2022): "mức hỗ trợ cụ thể: 06
# triệu đồng/ca cho diện chính sách (...)" and "Đối với các trường hợp khác, mức hỗ trợ 05 triệu
# đồng/ca" (bare `>=`, money; scope "diện chính sách" and "các trường hợp khác": one sentence
# splitting the support by group of the deceased, a judgement). Not quantities: "Kỳ họp thứ 4"
# (an ordinal), "10/12" (a date), "tháng 12/2017", "Tháng 2/2020" (dates), "năm 2022", "năm 2018".
# --------------------------------------------------------------------------
D07 = dict(name="07_thainguyen-ho-tro-chi-phi-hoa-tang-2021", kind="result", year=2021, records=[
    R("mức giá «6.400.000đ", "giá dịch vụ hỏa táng tại nghĩa trang An Lạc Viên INDEVCO Thái Nguyên", "=", 6400000,
      year=2020, **PER_CA),
    R("khoảng «28,7%", "số người chết trên địa bàn tỉnh sử dụng hình thức hỏa táng", "~", 28.7),
    R("cụ thể: «06 triệu", "mức hỗ trợ chi phí hỏa táng", ">=", 6e6, scope="diện chính sách", year=2022, **T,
      **PER_CA),
    R("hỗ trợ «05 triệu", "mức hỗ trợ chi phí hỏa táng", ">=", 5e6, scope="các trường hợp khác", year=2022, **T,
      **PER_CA),
])

# --------------------------------------------------------------------------
# 08 Huế, Kim Long ward: the project board's apology for the wooden tags driven into graves behind
# Thiên Mụ pagoda, counted for relocation, August 2025 (vietnamplus.vn; the stamp " date
# 2025-08-28" written as the first line; nothing cut: the line "Khu vực chùa Thiên Mụ được kiểm đếm
# mồ mả để di dời ..." may be a caption but is not certain to be one, kept; the excerpt ends in
# "cam k"). Year 2025. Results: "tổng số mồ mả bị ảnh hưởng khoảng 750 mộ" (`~`); "Có 25 mộ, khuôn
# viên mộ đã được khắc phục trên tổng số khoảng 750 mộ đã cắm thẻ" (two records: the graves put
# right, =, and the graves tagged, `~`). Not quantities: "28/8", "21/8", "27/8" (dates), "khu vực
# 1", "giai đoạn 2" (names).
# --------------------------------------------------------------------------
D08 = dict(name="08_hue-kimlong-cam-the-mo-2025", kind="result", year=2025, records=[
    R("ảnh hưởng khoảng «750", "tổng số mồ mả bị ảnh hưởng để thực hiện dự án", "~", 750, **CNT),
    R("Có «25 mộ", "mộ, khuôn viên mộ có vị trí cắm thẻ chưa phù hợp đã được khắc phục", "=", 25, **CNT),
    R("tổng số khoảng «750 mộ đã", "mộ đã cắm thẻ tại khu vực chùa Thiên Mụ", "~", 750, **CNT),
])

# --------------------------------------------------------------------------
# 09 Quảng Nam, Đông Giang district: ground broken for the renovation of the district's martyrs'
# cemetery, February 2025 (qrt.vn; the stamp " date 2025-02" written as the first line; cut: the
# photo caption "Các đại biểu dự lễ động thổ khởi công cải tạo, nâng cấp nghĩa trang liệt sĩ" with
# the blank line after it, and the byline "Ngọc Vy – A Ting Hàn" with the blank line before it).
# Year 2025 (the stamp; the works due "tháng 5/2025"). Targets (the works planned): "tổng mức đầu
# tư trên 6,7 tỷ đồng" (`>`, money), "xây mới 218 mộ, cải tạo 570 mộ liệt sĩ" (two counts, bare
# `>=`). Results: "hiện có 788 mộ liệt sĩ (trong đó gần 600 phần mộ chưa rõ tên)" (=, and `~`).
# Not quantities: "15/2", "tháng 5/2025" (dates).
# --------------------------------------------------------------------------
D09 = dict(name="09_quangnam-donggiang-nghia-trang-liet-si-2025", kind="result", year=2025, records=[
    R("đầu tư trên «6,7 tỷ", "tổng mức đầu tư công trình cải tạo, nâng cấp nghĩa trang liệt sĩ huyện Đông Giang",
      ">", 6.7e9, **T, **VND),
    R("xây mới «218 mộ", "mộ xây mới của công trình nâng cấp nghĩa trang liệt sĩ huyện", ">=", 218, **T, **CNT),
    R("cải tạo «570 mộ", "mộ liệt sĩ được cải tạo", ">=", 570, **T, **CNT),
    R("hiện có «788 mộ", "mộ liệt sĩ NTLS huyện Đông Giang hiện có", "=", 788, **CNT),
    R("gần «600 phần", "phần mộ liệt sĩ chưa rõ tên", "~", 600, **CNT),
])

# --------------------------------------------------------------------------
# 10 Thanh Hóa: carrying out the province's 2022-2025 cremation encouragement policy (baothanhhoa.vn;
# nothing cut; no byline, no stamp; the excerpt ends in "chính tr"). A precision text, no record:
# the excerpt names the resolution, its number and dates but no rate, count or amount. Year 2022
# (the resolution of "13/7/2022"). Not quantities: "13/7/2022", "29/7/2022" (dates),
# "242/2022/NQ-HĐND", "249/2022/NQ-HĐND" (three times), "11011/UBND-KTTC" (document numbers),
# "2022-2025" (a period).
# --------------------------------------------------------------------------
D10 = dict(name="10_thanhhoa-chinh-sach-hoa-tang-2022-precision", kind="result", year=2022, records=[])

# --------------------------------------------------------------------------
# 11 Quảng Ngãi, Lý Sơn island district: the scheme to gather scattered graves into one cemetery
# and build a crematorium (vtv.vn; cut: the two photo captions "Mồ mả chôn cất dọc theo các chân
# núi, ... Ảnh: Đinh Hương – TTXVN" and "Hàng nghìn mồ mả giữa ruộng sản xuất hành tỏi. Ảnh: Đinh
# Hương – TTXVN"; no byline, no stamp (the address's "20230608" is not in the text); the excerpt
# ends in "xây cất"). A precision text, no record: the island's size "diện tích gần 10 km2", "dân
# số gần 22.000 người", "độ cao trung bình từ 20m-30m", "5 hòn núi" (the place's description, as
# earlier sets left a town's population and size without a record); "hàng nghìn phần mộ" (no
# figure). Year null (the text names none).
# --------------------------------------------------------------------------
D11 = dict(name="11_quangngai-lyson-quy-tap-nghia-dia-precision", kind="result", year=None, records=[])

# --------------------------------------------------------------------------
# 12 Vĩnh Phúc, Vĩnh Tường district, Vũ Di commune: civilised funerals (baomoi.net.vn; nothing cut;
# no byline, no stamp; the excerpt ends in "quá cố tr"). Year 2021 (the only year the text names).
# Result: "Năm 2021, 100% gia đình có người thân qua đời đều lựa chọn hình thức hỏa táng" (=, 2021,
# thôn Vũ Di's: the village head speaking of her village). Not quantities: "cúng 49 ngày, cúng 100
# ngày" (the names of rites).
# --------------------------------------------------------------------------
D12 = dict(name="12_vinhphuc-vudi-tang-van-minh-2021", kind="result", year=2021, records=[
    R("2021, «100% gia", "gia đình có người thân qua đời lựa chọn hình thức hỏa táng (thôn Vũ Di)", "=", 100),
])

# --------------------------------------------------------------------------
# 13 Quảng Ngãi, Lý Sơn: a tag page's entry for the article on reburying the island's graves by
# 2030 (kinhtemoitruong.vn; nothing cut; the title, section and date "Môi trường - 11/01/2022" run
# into one line as the page gives them). Year 2022 (the date). Targets, year 2030: the title's
# "cải táng xong 6.000 mồ mả trước năm 2030" (bare `>=`) and the summary's "thực hiện cải táng bằng
# hình thức hỏa táng đối với khoảng 4.000 mộ" (`~`). Not quantities: "11/01/2022" (a date).
# --------------------------------------------------------------------------
D13 = dict(name="13_quangngai-lyson-cai-tang-muc-tieu-2030", kind="target", year=2022, records=[
    R("xong «6.000 mồ", "mồ mả Lý Sơn vận động người dân cải táng xong", ">=", 6000, year=2030, **CNT),
    R("khoảng «4.000 mộ", "mộ nằm rải rác trong khu dân cư và đất sản xuất cải táng bằng hình thức hỏa táng",
      "~", 4000, year=2030, **CNT),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
