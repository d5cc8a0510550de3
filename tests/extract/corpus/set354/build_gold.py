#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set354).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a plan or quota, a
result's change against an earlier value); check_gold.py verifies that every percentage has a
record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).

The set's theme is cultural heritage (relics, restoration money, museums and visitors). Two
conventions of the earlier sets rule most of its numbers:
- the size of a province's or district's heritage ("có 514 di tích ... gồm 3 ... 65 ... 446",
  "hiện có 291 di tích, trong đó có 7 ... và 47 ...") is the ground the work covers, not a value
  reached (set188's 02, after set153's school network and set155's health system): no record;
- money is unit other, "đồng", the magnitude word multiplied in (spec); a capital plan's or an
  allocation's line (phân bổ, bố trí, hỗ trợ đầu tư ... giai đoạn) is a target of its year, a bare
  number `>=` (the earlier sets' rule for kế hoạch vốn / vốn bố trí / phân bổ).
A value restated in a title, a caption or an image label is a record of its own (set151's rule,
set188's 11).

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

VND = dict(unit="other", unit_text="đồng")  # money: the magnitude word multiplied in (spec)
SITES_SHARE = "society.digitised_heritage_sites_share"
B, M = 1e9, 1e6

# --------------------------------------------------------------------------
# 01 Quảng Trị, the province's scheme for conserving, embellishing and protecting its relics from
# decay, 2022-2025 (cadn.com.vn; cut: the byline date "Thứ hai, 21/02/2022 16:43", written as the
# first line `date 2022-02-21`, and the byline "N.L"). Targets "từ nay đến năm 2025": year 2025.
# Bare numbers `>=`; "trên" `>`. Five counts of relics, each its own subject (a breakdown by the
# relics' ranking class and by the source of money, not a split by level: scope null); the total
# "trên 43,7 tỷ đồng" and its part "ngân sách trên 38,8 tỷ đồng". Pillar null (no heading). Not
# quantities: "giai đoạn 2022-2025" (a period). Ids null (no catalogue indicator measures relics
# restored or their funding; inst.dx_funding_amount is money for digital transformation).
# --------------------------------------------------------------------------
D01 = dict(name="01_quangtri-de-an-bao-ton-di-tich-2022", kind="target", year=2025, records=[
    R("pháp lý cho «293 di tích", "tỉnh lập hồ sơ khoa học và pháp lý cho di tích", ">=", 293, **CNT),
    R("đầu tư quy hoạch «3 di tích", "đầu tư quy hoạch di tích Quốc gia đặc biệt trên địa bàn", ">=", 3, **CNT),
    R("tôn tạo «8 di tích", "đầu tư bảo tồn, tôn tạo di tích Quốc gia sử dụng ngân sách tỉnh và huy động xã hội "
      "hóa", ">=", 8, **CNT),
    R("tôn tạo «4 di tích", "đầu tư quy hoạch, bảo tồn, tôn tạo di tích Quốc gia sử dụng nguồn vốn hỗ trợ từ "
      "Trung ương", ">=", 4, **CNT),
    R("chống xuống cấp «32 di tích", "đầu tư bảo tồn, tôn tạo, chống xuống cấp di tích cấp tỉnh", ">=", 32,
      **CNT),
    R("di tích là trên «43,7 tỷ", "tổng kinh phí để đầu tư bảo tồn, tôn tạo, chống xuống cấp di tích", ">", 43.7 * B,
      **VND),
    R("ngân sách trên «38,8 tỷ", "kinh phí đầu tư bảo tồn, tôn tạo, chống xuống cấp di tích từ ngân sách", ">",
      38.8 * B, **VND),
])

# --------------------------------------------------------------------------
# 02 Quảng Nam, the Provincial Council's Resolution 13 on support for restoring ranked relics in
# 2022-2025 (baoquangnam.vn; nothing cut; the crawler's stamp " date 2022-05" written as the first
# line `date 2022-05`; the excerpt ends in "Phú An - Phú Xuân"). Targets of the period: year 2025
# ("giai đoạn 2022 - 2025"), a resolution's support amounts (an allocation: bare `>=`; "gần" `~`).
# The photo caption "Di tích Phật viện Đồng Dương ... được hỗ trợ 12 tỷ đồng" carries a figure: kept,
# a record of its own (as a title). "di tích quốc gia đặc biệt 19,8 tỷ đồng, di tích quốc gia 43,3
# tỷ đồng, di tích cấp tỉnh 27,8 tỷ đồng": three records, scope null (the relics' ranking classes
# are kinds of thing, not administrative levels: spec's breakdown rule; set188 read the classes
# so). "800 triệu đồng" for the stele house. "8 di tích tu bổ, 3 di tích xây dựng nhà bia": two
# counts. Not quantities: "Nghị quyết số 13" (twice, a document), "2022 - 2025" (periods), "Tám
# di tích được hỗ trợ bao gồm" (the lead of a list of names, restating the 8 in words). Pillar null.
# Ids null.
# --------------------------------------------------------------------------
D02 = dict(name="02_quangnam-nghi-quyet-ho-tro-tu-bo-di-tich-2022", kind="target", year=2025, records=[
    R("Thăng Bình) được hỗ trợ «12 tỷ đồng trùng tu", "kinh phí hỗ trợ trùng tu di tích Phật viện Đồng Dương", ">=",
      12 * B, **VND),
    R("Tổng mức đầu tư gần «91 tỷ", "tổng mức đầu tư hỗ trợ đầu tư, tu bổ các di tích được xếp hạng", "~", 91 * B,
      **VND),
    R("quốc gia đặc biệt «19,8 tỷ", "mức đầu tư hỗ trợ di tích quốc gia đặc biệt", ">=", 19.8 * B, **VND),
    R("di tích quốc gia «43,3 tỷ", "mức đầu tư hỗ trợ di tích quốc gia", ">=", 43.3 * B, **VND),
    R("cấp tỉnh «27,8 tỷ", "mức đầu tư hỗ trợ di tích cấp tỉnh", ">=", 27.8 * B, **VND),
    R("Tổng cộng có «80 di tích", "di tích được hỗ trợ đầu tư, tu bổ", ">=", 80, **CNT),
    R("Thăng Bình) được hỗ trợ «12 tỷ đồng;", "kinh phí hỗ trợ di tích kiến trúc Chăm Phật viện Đồng Dương", ">=",
      12 * B, **VND),
    R("được hỗ trợ «7 tỷ", "kinh phí hỗ trợ di tích lịch sử đèo Bù Lạch", ">=", 7 * B, **VND),
    R("nhà bia «800 triệu", "kinh phí xây dựng nhà bia di tích lịch sử đèo Bù Lạch", ">=", 800 * M, **VND),
    R("quốc gia có «8 di tích", "di tích quốc gia được hỗ trợ tu bổ", ">=", 8, **CNT),
    R("tu bổ, «3 di tích", "di tích quốc gia được hỗ trợ xây dựng nhà bia", ">=", 3, **CNT),
])

# --------------------------------------------------------------------------
# 03 Đồng Tháp, the provincial plan for preserving, restoring and rehabilitating ranked relics in
# 2022-2025 (dongthaptourism.com.vn, reprinting the provincial portal; cut: the credit "Theo Việt
# Tiến", the portal's address on a line of its own, and the comment form's "Trả lời", "Email của
# bạn ...", "Zalo", "viVietnamese"; no byline date, no stamp). Targets of the period: year 2025.
# "06 di tích quốc gia, 01 di tích quốc gia đặc biệt; ... 37 di tích cấp tỉnh": three counts
# (bare `>=`, scope null: ranking classes); "Dự kiến tổng nhu cầu vốn ... là trên 69 tỷ đồng" (`>`).
# Not quantities: "2022 – 2025", "2021 – 2025" (periods), "140/KH-UBND" (a document). Pillar null.
# Ids null.
# --------------------------------------------------------------------------
D03 = dict(name="03_dongthap-ke-hoach-tu-bo-di-tich-2022", kind="target", year=2025, records=[
    R("phục hồi «06 di tích", "di tích quốc gia được tu bổ, phục hồi", ">=", 6, **CNT),
    R("quốc gia, «01 di tích", "di tích quốc gia đặc biệt được tu bổ, phục hồi", ">=", 1, **CNT),
    R("phục hồi «37 di tích", "di tích cấp tỉnh được hỗ trợ đầu tư bảo quản, tu bổ, phục hồi", ">=", 37, **CNT),
    R("là trên «69 tỷ", "tổng nhu cầu vốn đầu tư bảo quản, tu bổ, phục hồi di tích", ">", 69 * B, **VND),
])

# --------------------------------------------------------------------------
# 04 Nam Định, the provincial plan 96/KH-UBND carrying out the national programme for heritage in
# 2021-2025 (tintucnew24hvn.com; cut: the three "Advertisement" lines and the comment form's "Trả
# lời", "Email của bạ"; no byline, no stamp). Targets of the programme's period: year 2025 (the
# plan's "ngày 15/7" names no year; the period ends in 2025; "hàng năm ... ít nhất 03" read as a
# target of the period, as the earlier sets' "mỗi năm ..." targets took the period's end year).
# "tổng thể 02 di tích quốc gia đặc biệt" (bare `>=`), "ít nhất 03 di tích cấp quốc gia" (`>=`),
# "ít nhất 05 di tích cấp quốc gia" (`>=`). Not quantities: "15/7" (a date), "96/KH-UBND" (a
# document), "2021 – 2025" (periods), "1 số nhiệm vụ" (a count of tasks, spec). Pillar null (the
# item on "công nghệ số" holds no number). Ids null.
# --------------------------------------------------------------------------
D04 = dict(name="04_namdinh-chuong-trinh-di-san-2021", kind="target", year=2025, records=[
    R("tổng thể «02 di tích", "di tích quốc gia đặc biệt được đầu tư tu bổ, tôn tạo tổng thể", ">=", 2, **CNT),
    R("ít nhất «03 di tích", "di tích cấp quốc gia đang bị xuống cấp được đầu tư tu bổ, tôn tạo hàng năm", ">=", 3,
      **CNT),
    R("ít nhất «05 di tích", "di tích cấp quốc gia được hỗ trợ chống xuống cấp, tu bổ cấp thiết", ">=", 5, **CNT),
])

# --------------------------------------------------------------------------
# 05 Hải Dương, Cẩm Giàng district's scheme for its historical and cultural relics, 2021-2025
# (baohaiduong.vn; cut: the byline date "THỨ BA, 30/03/2021 09:56:50", written as the first line
# `date 2021-03-30`, the photo caption "Đoàn viên thanh niên huyện Cẩm Giàng dâng hương tại di
# tích đền Bia" (no figure), the byline "BÌNH AN" and the comment form's "Comment", "Vui lòng nhập
# tiếng việt có dấu"). Targets of 2025 ("Đến năm 2025", "giai đoạn 2021-2025"). The title's and the
# body's "mỗi năm tăng từ 5-10% lượng khách" (a target stated as a change: a quantity, spec;
# `between` 5-10) and the lead's and the body's "thêm từ 2-4 di tích được xếp hạng" (`between`
# 2-4, count): four records, each statement its own (set151's rule for a value restated in a
# title or lead). Not quantities: "2021-2025" (a period). Pillar null. Ids null.
# --------------------------------------------------------------------------
D05 = dict(name="05_haiduong-camgiang-de-an-di-tich-2021", kind="target", year=2025, records=[
    R("mỗi năm tăng từ «5-10% lượng khách đến tham quan di tích", "lượng khách đến tham quan di tích tăng mỗi năm",
      "between", 5, value_max=10),
    R("có thêm từ «2-4 di tích được xếp hạng các cấp.\n\nTheo", "di tích được xếp hạng các cấp có thêm",
      "between", 2, value_max=4, **CNT),
    R("năm tăng từ «5-10% lượng khách đến tham quan, chiêm", "lượng khách đến tham quan, chiêm bái tại các di tích "
      "tăng mỗi năm", "between", 5, value_max=10),
    R("có thêm từ «2-4 di tích được xếp hạng các cấp.\n\nĐể", "di tích được xếp hạng các cấp có thêm",
      "between", 2, value_max=4, **CNT),
])

# --------------------------------------------------------------------------
# 06 Vĩnh Phúc, digitising the province's heritage records (Plan 52, 2022-2030) and the relics'
# QR codes (vietnamnet.vn; nothing cut; no byline, no stamp; the excerpt opens mid-article and ends
# in "du lịch c"). Targets of 2030 ("đặt mục tiêu đến năm 2030"): "số hóa 100% dữ liệu hồ sơ khoa
# học, tư liệu các di tích cấp tỉnh; 100% di sản tư liệu, hiện vật ...; 100% dữ liệu di sản văn hóa
# phi vật thể ..." (three records, `>=`, each its own subject). Result "hệ thống dữ liệu của 60
# điểm du lịch ... đã được kết nối liên thông" (=, count, year null: "hiện nay"/"Bên cạnh đó", no
# year written). Not quantities: "514 di tích ... gồm 3 ..., 65 ..., 446 ..." (the size of the
# province's heritage, set188's 02), "Kế hoạch số 52" (a document), "2022 - 2030" (a period), "3D"
# (a name). Pillar null (no heading; "chuyển đổi số" is named as a trend, not a pillar). Ids:
# SITES_SHARE for the provincial relics' records digitised (the catalogue's share of relics
# digitised; a judgement: the records of the relics, not the relics themselves); the artefacts'
# and the intangible heritage's shares null (the catalogue's artefacts indicator is a count).
# --------------------------------------------------------------------------
D06 = dict(name="06_vinhphuc-so-hoa-di-san-di-tich", kind="target", year=2030, records=[
    R("số hóa «100% dữ liệu hồ sơ", "dữ liệu hồ sơ khoa học, tư liệu các di tích cấp tỉnh được số hóa", ">=", 100,
      iid=SITES_SHARE),
    R("tỉnh; «100% di sản tư liệu", "di sản tư liệu, hiện vật, nhóm hiện vật, cổ vật quý hiếm, có giá trị tiêu biểu "
      "đang lưu giữ tại Bảo tàng tỉnh được số hóa", ">=", 100),
    R("tỉnh; «100% dữ liệu di sản", "dữ liệu di sản văn hóa phi vật thể trong danh mục kiểm kê được số hóa", ">=",
      100),
    R("dữ liệu của «60 điểm", "điểm du lịch có hệ thống dữ liệu được kết nối liên thông", "=", 60, **CNT,
      kind="result", year=None),
])

# --------------------------------------------------------------------------
# 07 Thái Nguyên, Phú Bình district's relics restored since 2015 (baothainguyen.vn; cut: the
# byline date "Cập nhật: Thứ bẩy 08/05/2021 - 13:37", written as the first line `date 2021-05-08`,
# the byline "Ngọc Ánh" and the page's furniture after it: "Ý kiến bạn đọc Gửi ý kiến In trang
# này", "Tìm kiếm:  ", a link to a university's admissions page, "THÔNG TIN - QUẢNG CÁO" twice and
# "TH"). Results. The title's "43 tỷ đồng tu bổ tôn tạo 17 di tích" and the body's "17 di tích được
# tu bổ, tôn tạo với tổng kinh phí 43 tỷ đồng" ("Từ năm 2015 đến nay": year 2021, the page's date;
# `=`): four records. The photo caption, printed twice, "Năm 2020, Đình được tu bổ, tôn tạo với tổng
# kinh phí gần 1 tỷ đồng" (`~`, year 2020): two records (a caption with a figure is kept; each
# printing its own record, as a title's restatement). Not quantities: "291 di tích, trong đó có 7
# ... và 47 ..." (the size of the district's heritage, set188's 02), "năm 2017" (a date), "năm
# 2015" (the start of a period). Pillar null. Ids null.
# --------------------------------------------------------------------------
CAPTION = (" Đình La Sơn (ở tổ dân phố La Sơn, thị trấn Hương Sơn) được xếp hạng Di tích cấp tỉnh năm 2017. "
           "Năm 2020, Đình được tu bổ, tôn tạo với tổng kinh phí gần ")
D07 = dict(name="07_thainguyen-phubinh-tu-bo-di-tich-2021", kind="result", year=2021, records=[
    R("date 2021-05-08\n«43 tỷ", "kinh phí tu bổ tôn tạo di tích", "=", 43 * B, **VND),
    R("tu bổ tôn tạo «17 di tích\n", "di tích được tu bổ tôn tạo", "=", 17, **CNT),
    R(CAPTION + "«1 tỷ đồng từ nguồn xã hội hóa.\nĐình", "tổng kinh phí tu bổ, tôn tạo Đình La Sơn từ nguồn xã hội "
      "hóa", "~", 1 * B, **VND, year=2020),
    R("xã hội hóa.\n" + CAPTION.lstrip() + "«1 tỷ", "tổng kinh phí tu bổ, tôn tạo Đình La Sơn từ nguồn xã hội hóa",
      "~", 1 * B, **VND, year=2020),
    R("có «17 di tích được tu bổ", "di tích trên địa bàn huyện được tu bổ, tôn tạo", "=", 17, **CNT),
    R("tổng kinh phí «43 tỷ", "tổng kinh phí tu bổ, tôn tạo di tích từ nguồn ngân sách Nhà nước và xã hội hóa", "=",
      43 * B, **VND),
])

# --------------------------------------------------------------------------
# 08 Bình Thuận, the provincial museum's visitors and collecting in 2023 (baobinhthuan.com.vn, the
# print view; cut: the line "Văn hóa - Thể thao - Ngày đăng : 10:15, 05/01/2024" (section label and
# byline date, written as the first line `date 2024-01-05`), three image file names
# ("....jpeg"), the captions "Hoạt động trưng bày giáo dục lịch sử dân tộc cho học sinh" and
# "Truyền dạy nghệ thuật dân gian vùng đồng bào dân tộc thiểu số" (no figure), a line of one space
# and the byline "Thuỳ Linh"). Results of 2023 ("Năm 2023"). The title's and the lead's "gần
# 197.000 lượt khách" (`~`, two records), "hơn 3.200 lượt khách nước ngoài" (`>`), "Thu phí, lệ
# phí tham quan đạt hơn 2,3 tỷ đồng" (`>`), "sưu tầm được 121 hiện vật, cổ vật" (=). NOT: "đạt 121%
# kế hoạch đề ra" (completion against a plan), "vượt chỉ tiêu giao 4%" (spec). Not quantities:
# "Dự án 6" (a name), "năm 2023" (a date). Pillar null. Ids null (visitors, fees and artefacts
# collected are not the catalogue's digitised artefacts).
# --------------------------------------------------------------------------
D08 = dict(name="08_binhthuan-bao-tang-khach-tham-quan-2023", kind="result", year=2023, records=[
    R("Đón gần «197.000 lượt", "lượt khách tham quan bảo tàng", "~", 197000, **CNT),
    R("Bảo tàng tỉnh đón gần «197.000 lượt", "lượt khách đến tham quan, nghiên cứu văn hóa, lịch sử Bảo tàng tỉnh đón",
      "~", 197000, **CNT),
    R("có hơn «3.200 lượt", "lượt khách nước ngoài tham quan Bảo tàng tỉnh", ">", 3200, **CNT),
    R("đạt hơn «2,3 tỷ", "thu phí, lệ phí tham quan", ">", 2.3 * B, **VND),
    R("sưu tầm được «121 hiện vật", "hiện vật, cổ vật được sưu tầm", "=", 121, **CNT),
], NOT=["đạt «121% kế hoạch", "giao «4%"])

# --------------------------------------------------------------------------
# 09 Thừa Thiên Huế (Huế city), the Hue Monuments Conservation Centre's year 2024 (vietnam.vn; cut:
# the breadcrumb "Trang chủDi sảnGần 2,8 triệu lượt khách ... trong..." (navigation, the title
# truncated); no byline, no stamp; the excerpt ends in "thời Thi"). Results of 2024. The title's
# and the lead's "gần 2,8 triệu lượt khách" (`~`), the lead's "doanh thu hơn 422 tỉ đồng từ bán
# vé" (`>`), the body's "đạt 2,77 triệu lượt" (=), "khách quốc tế đạt hơn 1,26 triệu lượt; khách
# nội địa đạt hơn 1,51 triệu lượt" (`>`, two subjects: a breakdown by kind of visitor, scope
# null), "Nguồn thu từ bán vé tham quan hơn 422 tỉ đồng" (`>`), "nguồn kinh phí bố trí cho công tác
# bảo tồn di sản là hơn 298 tỉ đồng" (money arranged for the year: a capital plan's line, a target
# of 2024, `>`), "lũy kế giải ngân vốn ... là hơn 118,8 tỉ đồng, đạt tỉ lệ hơn 63,33%" (`>`, the
# disbursed share of the money arranged: a share whose denominator is named, recorded as the
# earlier sets' disbursement rates), "hoàn thành hồ sơ khoa học công nhận 4 Bảo vật quốc gia"
# (=). NOT: "tăng hơn 19,14% so với năm 2023", "tăng hơn 18,6%" (changes, spec), "đạt 132% kế
# hoạch được giao" (completion against a plan). Not quantities: "ngày 7.1", "31.12.2024" (dates).
# Pillar null. Ids null.
# --------------------------------------------------------------------------
D09 = dict(name="09_hue-di-tich-co-do-khach-doanh-thu-2024", kind="result", year=2024, records=[
    R("Gần «2,8 triệu", "lượt khách đến tham quan di sản Huế", "~", 2.8 * M, **CNT),
    R("đã đón gần «2,8 triệu", "lượt khách tham quan các điểm thuộc Quần thể Di tích Cố đô Huế", "~", 2.8 * M,
      **CNT),
    R("doanh thu hơn «422 tỉ", "doanh thu từ bán vé", ">", 422 * B, **VND),
    R("đạt «2,77 triệu", "tổng lượng khách đến tham quan di tích Huế", "=", 2.77 * M, **CNT),
    R("đạt hơn «1,26 triệu", "khách quốc tế đến tham quan di tích Huế", ">", 1.26 * M, **CNT),
    R("đạt hơn «1,51 triệu", "khách nội địa đến tham quan di tích Huế", ">", 1.51 * M, **CNT),
    R("tham quan hơn «422 tỉ", "nguồn thu từ bán vé tham quan", ">", 422 * B, **VND),
    R("là hơn «298 tỉ", "nguồn kinh phí bố trí cho công tác bảo tồn di sản", ">", 298 * B, **VND, **T),
    R("là hơn «118,8 tỉ", "lũy kế giải ngân vốn bảo tồn di sản", ">", 118.8 * B, **VND),
    R("tỉ lệ hơn «63,33%", "tỉ lệ giải ngân vốn bảo tồn di sản", ">", 63.33),
    R("công nhận «4 Bảo vật", "Bảo vật quốc gia được hoàn thành hồ sơ khoa học công nhận", "=", 4, **CNT),
], NOT=["tăng hơn «19,14%", "tăng hơn «18,6%", "đạt «132% kế hoạch"])


# --------------------------------------------------------------------------
# 10 Hà Tĩnh, the province's Decision 3849/QĐ-UBND allocating the 2020 budget against the decay of
# relics (sovhttdl.hatinh.gov.vn; cut: the section label "Văn hóa" and the byline "Minh Đức"; no
# byline date, no stamp). An allocation: targets of 2020 (the budget "năm 2020"), bare `>=`. The
# total "phân 10,8 tỷ đồng", then thirteen districts' pairs "phân bổ cho N di tích thuộc huyện X với
# số tiền Y": a count and an amount each, place the district or town (a place that is not the
# document's own province, spec's optional field; scope null: districts named one by one are
# places, not an administrative level), then "Tổng số di tích được cấp nguồn kinh phí ... là 74 di
# tích". The page's amounts "1tỷ, 430 triệu đồng", "1 tỷ, 690 triệu đồng", "1 tỷ, 0 trăm 80 triệu
# đồng", "1 tỷ, 640 triệu đồng" read as one amount each (1.43e9, 1.69e9, 1.08e9, 1.64e9: a tỷ and
# its millions written out; a judgement), anchored at the "1"; "390 triệu", "300 triệu", "350
# triệu", "420 triệu" (no "đồng" written: unit_text "đồng" kept, the sentence's money, as the rows
# above). Not quantities: "3849/QĐ-UBND" (a document), "12/11/2020" (a date), the "430", "690",
# "0", "80", "640" inside the compound amounts (parts of one number). Pillar null. Ids null.
# --------------------------------------------------------------------------
def PAIR(district, place, sites, amount, value):
    """A district's two records: the relics allotted money and the sum."""
    return [
        R(f"cho «{sites} di tích thuộc {district}", f"di tích thuộc {district} được phân bổ kinh phí chống xuống cấp",
          ">=", int(sites), **CNT, place=place),
        R(f"cho {sites} di tích thuộc {district} với số tiền {'là ' if place == 'Hương Khê' else ''}«{amount}",
          f"số tiền phân bổ kinh phí chống xuống cấp di tích cho {district}", ">=", value, **VND, place=place),
    ]


D10 = dict(name="10_hatinh-phan-bo-kinh-phi-chong-xuong-cap-2020", kind="target", year=2020, records=[
    R("phân «10,8 tỷ", "kinh phí sự nghiệp văn hóa chống xuống cấp di tích thuộc ngân sách tỉnh phân cho các di tích",
      ">=", 10.8 * B, **VND),
    *PAIR("huyện Nghi Xuân", "Nghi Xuân", "10", "1tỷ", 1.43 * B),
    *PAIR("huyện Đức Thọ", "Đức Thọ", "9", "1 tỷ", 1.69 * B),
    *PAIR("huyện Cẩm Xuyên", "Cẩm Xuyên", "6", "950 triệu", 950 * M),
    *PAIR("huyện Hương Sơn", "Hương Sơn", "5", "510 triệu", 510 * M),
    *PAIR("huyện Hương Khê", "Hương Khê", "4", "520 triệu", 520 * M),
    *PAIR("huyện Can Lộc", "Can Lộc", "7", "1 tỷ", 1.08 * B),
    *PAIR("huyện Thạch Hà", "Thạch Hà", "12", "1 tỷ", 1.64 * B),
    *PAIR("thành phố Hà Tĩnh", "thành phố Hà Tĩnh", "5", "760 triệu", 760 * M),
    *PAIR("huyện Lộc Hà", "Lộc Hà", "6", "760 triệu", 760 * M),
    *PAIR("thị xã Hồng Lĩnh", "Hồng Lĩnh", "3", "390 triệu", 390 * M),
    *PAIR("huyện Vũ Quang", "Vũ Quang", "2", "300 triệu", 300 * M),
    *PAIR("huyện Kì Anh", "huyện Kì Anh", "3", "350 triệu", 350 * M),
    *PAIR("thị xã Kì Anh", "thị xã Kì Anh", "2", "420 triệu", 420 * M),
    R("là «74 di tích", "tổng số di tích được cấp nguồn kinh phí chống xuống cấp", ">=", 74, **CNT),
])

# --------------------------------------------------------------------------
# 11 Phú Thọ, the project for restoring the infrastructure of the Hùng Temple relic site to 2026
# (vnews.gov.vn; cut: the byline date "12-03-2024, 06:46", written as the first line `date
# 2024-03-12`, and the link "Xem thêm"). Targets of 2026 ("từ nay đến năm 2026"): the title's
# "Dành 300 tỷ đồng" (bare `>=`), the body's "tổng kinh phí khoảng 300 tỷ đồng" (`~`), and its
# parts "nguồn ngân sách Trung ương 88 tỷ đồng; ngân sách tỉnh và các nguồn khác 212 tỷ đồng" (bare
# `>=`, two subjects). Pillar null. Ids null.
# --------------------------------------------------------------------------
D11 = dict(name="11_phutho-den-hung-tu-bo-ha-tang-2024", kind="target", year=2026, records=[
    R("Dành «300 tỷ", "kinh phí tu bổ hạ tầng Khu Di tích lịch sử Đền Hùng", ">=", 300 * B, **VND),
    R("kinh phí khoảng «300 tỷ", "tổng kinh phí Dự án tu bổ, tôn tạo hạ tầng Khu di tích lịch sử Đền Hùng", "~",
      300 * B, **VND),
    R("Trung ương «88 tỷ", "nguồn ngân sách Trung ương cho Dự án tu bổ, tôn tạo hạ tầng Khu di tích lịch sử Đền Hùng",
      ">=", 88 * B, **VND),
    R("nguồn khác «212 tỷ", "ngân sách tỉnh và các nguồn khác cho Dự án tu bổ, tôn tạo hạ tầng Khu di tích lịch sử "
      "Đền Hùng", ">=", 212 * B, **VND),
])

# --------------------------------------------------------------------------
# 12 Quảng Nam, Mỹ Sơn's visitors on the 30/4-1/5 holiday and in the first quarter of 2024
# (qrt.vn; cut: the breadcrumb "Trang chủDu lịchDịp lễ ... 1.500 lượt khách" (navigation), and
# after the byline line the furniture "Ngọc Trang" (byline), "Bình chọn", "BÌNH LUẬN", the comment
# form's two prompts and "ĐỌC NHIỀU", each with its four leading blanks; the body's four leading
# blanks kept). Results of 2024 ("quý I/2024"; the holiday's numbers name no year: the page's
# only year). The title line, printed twice, "mỗi ngày khu di tích Mỹ Sơn đón 1.500 lượt khách"
# (=, two records) and the body's "bình quân mỗi ngày có khoảng 1.500 lượt khách" (`~`); "đón gần
# 123 nghìn lượt khách" (`~`), "khách quốc tế ước đạt gần 110 nghìn lượt" (`~`), "khách nội địa hơn
# 12,4 nghìn lượt" (`>`). NOT: "tăng khoảng 40% so với ngày thường", "tăng 46,8% so với cùng kỳ"
# (changes, spec). Not quantities: "30/4 – 1/5", "30/4 và 1/5", "27/4", "30/4" (dates). Pillar
# null. Ids null.
# --------------------------------------------------------------------------
D12 = dict(name="12_quangnam-myson-khach-tham-quan-2024", kind="result", year=2024, records=[
    R("đón «1.500 lượt khách\n\n    Trong", "lượt khách khu di tích Mỹ Sơn đón mỗi ngày dịp lễ 30/4 – 1/5", "=",
      1500, **CNT),
    R("đón «1.500 lượt khách\n\n    Theo", "lượt khách khu di tích Mỹ Sơn đón mỗi ngày dịp lễ 30/4 – 1/5", "=",
      1500, **CNT),
    R("khoảng «1.500 lượt", "lượt khách mua vé tham quan khu đền tháp bình quân mỗi ngày", "~", 1500, **CNT),
    R("đón gần «123 nghìn", "lượt khách khu di tích Mỹ Sơn đón", "~", 123000, **CNT),
    R("đạt gần «110 nghìn", "khách quốc tế đến khu di tích Mỹ Sơn", "~", 110000, **CNT),
    R("địa hơn «12,4 nghìn", "khách nội địa đến khu di tích Mỹ Sơn", ">", 12400, **CNT),
], NOT=["tăng khoảng «40%", "tăng «46,8%"])

# --------------------------------------------------------------------------
# 13 Thanh Hóa, the Lam Kinh special national relic site's visitors at Tết 2024
# (truyenhinhthanhhoa.vn; cut: the byline "Mai Phương" and its date "21/02/2024 18:06", written as
# the first line `date 2024-02-21`; the hotline "Đường dây nóng: 0237 3721150" kept, a page's line
# with numbers that are not quantities). A precision text: one figure among dates. Results of 2024
# ("Tết Giáp Thìn 2024"). The title's "đón trên 48.000 lượt khách" (`>`), the body's "với 48.000
# lượt du khách" (=), and the two image labels "... đón trên 48.000 lượt khách ... - Ảnh 1." / "-
# Ảnh 2." (`>`, records of their own as the title's restatements; labels with a figure kept).
# Not quantities: "0237 3721150" (a telephone number), "10/2", "20/2", "13/2" (dates), "Mùng 1
# đến 11", "ngày 1 đến 4 tháng Giêng" (lunar dates), "2024" (a year), "Ảnh 1", "Ảnh 2" (labels).
# Pillar null. Ids null.
# --------------------------------------------------------------------------
D13 = dict(name="13_thanhhoa-lamkinh-tet-2024-precision", kind="result", year=2024, records=[
    R("Lam Kinh đón trên «48.000 lượt khách trong dịp Tết Nguyên đán Giáp Thìn 2024\n\nTrong",
      "lượt khách Khu Di tích Quốc gia đặc biệt Lam Kinh đón trong dịp Tết Nguyên đán", ">", 48000, **CNT),
    R("với «48.000 lượt", "lượt du khách đến dâng hương, tham quan, vãn cảnh tại Khu Di tích Quốc gia đặc biệt Lam "
      "Kinh", "=", 48000, **CNT),
    R("đón trên «48.000 lượt khách trong dịp Tết Nguyên đán Giáp Thìn 2024 - Ảnh 1",
      "lượt khách Khu Di tích Quốc gia đặc biệt Lam Kinh đón trong dịp Tết Nguyên đán", ">", 48000, **CNT),
    R("đón trên «48.000 lượt khách trong dịp Tết Nguyên đán Giáp Thìn 2024 - Ảnh 2",
      "lượt khách Khu Di tích Quốc gia đặc biệt Lam Kinh đón trong dịp Tết Nguyên đán", ">", 48000, **CNT),
])

# --------------------------------------------------------------------------
# 14 Đà Nẵng (the former Quảng Nam's Mỹ Sơn, Đà Nẵng's since the 2025 merger), the Prime Minister's
# Decision 1404/QĐ-TTg of 28 June 2025 approving the task of planning the Mỹ Sơn temple site's
# conservation (hethongphapluat.vn; cut: the site's subscription notice "Để sử dụng toàn bộ tiện
# ích ... gói cước."; no stamp; the excerpt ends in "thủ t"). A precision text: a decision's
# header and legal bases, no quantity. Not quantities: "1404/QĐ-TTg", "202/2025/QH15",
# "1659/NQ-UBTVQH15", "166/2018/NĐ-CP", "67/2022/NĐ-CP" (documents), every "ngày .. tháng .. năm
# ...", "2025" (dates), "37 Luật có liên quan đến quy hoạch" (inside a law's name), "Điều 4" (an
# article's number).
# --------------------------------------------------------------------------
D14 = dict(name="14_danang-myson-quyet-dinh-quy-hoach-2025-precision", kind="target", year=2025, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
