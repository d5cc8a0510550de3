#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set278).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a plan);
check_gold.py verifies that every percentage has a record or a NOT entry.

Each record carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: the catalogue is of digital-transformation indicators, and no
quantity of this set (the ethnic-minority programme's capital, disbursement, poverty, income,
roads, power, schools, health, housing, land) is one of them, so every record's id is null (see
README, "Catalogue labels").

The set's theme: the national target programme for the ethnic-minority and mountainous areas
(Chương trình MTQG 1719, 2021-2025) and the plans beside it, in provinces. Money is unit other,
unit_text "đồng", the magnitude word multiplied in (spec); "N lần" of an income target is unit
other, unit_text "lần".

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

TY = 1e9
TRIEU = 1e6
DONG = dict(unit="other", unit_text="đồng")
LAN = dict(unit="other", unit_text="lần")
# A capital plan's line (kế hoạch vốn, vốn bố trí, phân bổ): a target of its year, money in "đồng"
PLAN_VND = functools.partial(R, unit="other", unit_text="đồng", kind="target")

# --------------------------------------------------------------------------
# 01 Bắc Kạn, the province's plan 379/KH-UBND implementing the ethnic-affairs strategy 2021-2030,
# its targets for 2025 (backan.gov.vn; cut: the portal's block labels "PublishingPortal -
# Block_BanTin_Toolbar" and " PublishingPortal - Block_BanTin_ViewData" with the blank lines that
# went with them, the font widget "Tăng cỡ chữ Giảm cỡ chữ", the byline "Triệu Thanh" with the
# blank line before it, and the byline date "21/06/2022", written as the first line
# `date 2022-06-21`). Targets "Mục tiêu là đến năm 2025": year 2025, kind target. "tăng trên 2 lần
# so với năm 2020" (a target stated as a change, spec: >, 2, unit other "lần"); "mỗi năm giảm từ
# 2,5% - 3%/năm" (between); "trên 40%", "Trên 80%", "Trên 98,5%" (>); "80% thôn, bản" (bare, >=;
# the villages are the subject, scope null, spec). Not quantities: "20/6/2022" (a date),
# "379/KH-UBND" (a document), "2021 - 2030", "2045", "năm 2020" (dates), "cấp 6" (a road grade, a
# label), "6 tháng" (a reporting period). Pillar null (no heading names a pillar).
# --------------------------------------------------------------------------
D01 = dict(name="01_backan-chien-luoc-cong-tac-dan-toc-muc-tieu-2025", kind="target", year=2025, records=[
    R("tăng trên «2 lần", "thu nhập bình quân của người dân tộc thiểu số tăng so với năm 2020", ">", 2, **LAN),
    R("giảm từ «2,5% - 3%/năm", "Tỷ lệ hộ nghèo trong đồng bào dân tộc thiểu số mỗi năm giảm", "between", 2.5,
      value_max=3),
    R("phấn đấu trên «40% số xã", "số xã, thôn ra khỏi địa bàn đặc biệt khó khăn", ">", 40),
    R("Trên «80% xã", "xã có đường ô tô đến trung tâm xã đạt cấp 6 trở lên", ">", 80),
    R("; «80% thôn, bản", "thôn, bản có đường ô tô đến trung tâm được cứng hóa", ">=", 80),
    R("Trên «98,5% số hộ", "số hộ dân được sử dụng điện lưới quốc gia và các nguồn điện khác phù hợp", ">", 98.5),
])

# --------------------------------------------------------------------------
# 02 Lâm Đồng, the project for the ethnic-minority areas under the provincial Party resolution 16,
# its targets for 2025 (baolamdong.vn; cut: the byline date "Cập nhật lúc 06:10, Thứ Năm,
# 23/06/2022 (GMT+7)", written as the first line `date 2022-06-23`, and the byline "VŨ VĂN" and
# the stray "," after it, with the one-space line before them; the one-space lines between the
# paragraphs stay). Year 2025, kind target. "từ 84-87 triệu đồng" (between, money, 84e6-87e6),
# "tương ứng 70% thu nhập bình quân đầu người toàn tỉnh" (bare, >=), "Giảm 3% tỷ lệ hộ nghèo" (a
# target stated as a change, >=), the list "100% trường, lớp học, trạm y tế ...; 99,5% ...; 98%
# ...; 50% trở lên ...; 840 hộ ..." (bare >=, "trở lên" >=; one record each; "trường, lớp học,
# trạm y tế" is the subject, not a split). Not quantities: "Nghị quyết 16" (a name), "năm 2025" (a
# date). Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_lamdong-de-an-vung-dtts-muc-tieu-2025", kind="target", year=2025, records=[
    R("từ «84-87 triệu đồng", "thu nhập bình quân đầu người vùng đồng bào dân tộc thiểu số", "between", 84 * TRIEU,
      value_max=87 * TRIEU, **DONG),
    R("tương ứng «70% thu nhập", "thu nhập bình quân đầu người vùng đồng bào dân tộc thiểu số tương ứng thu nhập bình "
      "quân đầu người toàn tỉnh", ">=", 70),
    R("Giảm «3% tỷ lệ", "giảm tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số", ">=", 3),
    R("; «100% trường", "trường, lớp học, trạm y tế xây dựng kiên cố", ">=", 100),
    R("; «99,5% người dân", "người dân sử dụng điện lưới quốc gia và các nguồn điện khác phù hợp", ">=", 99.5),
    R("; «98% người dân", "người dân tham gia bảo hiểm y tế", ">=", 98),
    R("; «50% trở lên", "số lao động được đào tạo nghề", ">=", 50),
    R("; «840 hộ", "hộ được hỗ trợ đất sản xuất", ">=", 840, **CNT),
])

# --------------------------------------------------------------------------
# 03 Đắk Lắk, the programme's capital for 2023, December 2022 (baodaklak.vn; cut: the time and
# date "17:16, 28/12/2022", written as the first line `date 2022-12-28`, the photo caption "Con em
# đồng bào dân tộc thiểu số tại buôn Đắk Sa, ... (Ảnh minh họa) |", the byline "Minh Chi" and
# "Ý kiến bạn đọc"). Year 2023 ("Năm 2023, tỉnh Đắk Lắk sẽ đầu tư"). Targets: the capital the
# province will invest and allocate in 2023 (money, "đồng"): the title's "535,5 tỷ đồng" (bare,
# >=; a title states its quantity as the text does), "sẽ đầu tư gần 535,5 tỷ đồng" (~), "bố trí
# ... là gần 505,5 tỷ đồng" (~), "ngân sách tỉnh 30 tỷ đồng" (>=), "sẽ phân bổ hơn 71,2 tỷ đồng"
# (>), "Số vốn hơn 464,2 tỷ đồng sẽ được phân bổ" (>); "mục tiêu giảm 3,5% tỷ lệ hộ nghèo" (a
# target stated as a change, >=). Not quantities: "năm 2023" (dates). Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_daklak-von-chuong-trinh-vung-dtts-2023", kind="target", year=2023, records=[
    PLAN_VND("date 2022-12-28\n«535,5 tỷ", "vốn thực hiện Chương trình phát triển kinh tế - xã hội vùng đồng bào dân "
             "tộc thiểu số và miền núi", ">=", 535.5 * TY),
    PLAN_VND("đầu tư gần «535,5 tỷ", "vốn tỉnh Đắk Lắk đầu tư từ ngân sách Trung ương và địa phương để thực hiện "
             "Chương trình mục tiêu quốc gia", "~", 535.5 * TY),
    PLAN_VND("là gần «505,5 tỷ", "vốn đầu tư phát triển thuộc ngân sách Trung ương bố trí thực hiện chương trình",
             "~", 505.5 * TY),
    PLAN_VND("ngân sách tỉnh «30 tỷ", "vốn ngân sách tỉnh bố trí thực hiện chương trình", ">=", 30 * TY),
    PLAN_VND("phân bổ hơn «71,2 tỷ", "vốn phân bổ cho các dự án chuyển tiếp thuộc các dự án thành phần của "
             "Chương trình", ">", 71.2 * TY),
    PLAN_VND("Số vốn hơn «464,2 tỷ", "Số vốn được phân bổ sau khi hoàn tất các thủ tục và được HĐND tỉnh phê "
             "duyệt", ">", 464.2 * TY),
    R("giảm «3,5% tỷ lệ", "giảm tỷ lệ hộ nghèo trong vùng đồng bào dân tộc thiểu số và miền núi", ">=", 3.5),
])

# --------------------------------------------------------------------------
# 04 Phú Thọ, the programme's disbursement to the end of October 2025 (baophutho.vn; cut: the
# photo caption "Đoàn giám sát Ban Dân tộc HĐND tỉnh kiểm tra thực tế mô hình sinh kế trên địa bàn
# xã Vân Sơn." with the blank line after it; no byline, no stamp; the excerpt ends in "bảo đảm
# v"). Year 2025. Targets (the year's capital plan, money): "Tổng nguồn vốn ... năm 2025 là 1.724
# tỷ đồng" (bare, >=), "nguồn vốn đầu tư gần 737 tỷ đồng" (~), "nguồn vốn sự nghiệp là trên 909
# tỷ đồng" (>), "tổng kinh phí bố trí là trên 814 tỷ đồng" (>), "nguồn vốn sự nghiệp năm 2025 được
# bố trí trên 909 tỷ đồng" (>, stated a second time: each statement its record). Results: the
# title's "đạt trên 64%" (>), "giải ngân ... đạt trên 522 tỷ triệu đồng" (>, read as 522 tỷ đồng:
# "tỷ triệu" is a slip of the page, the 64,08% of 814 tỷ being 522 tỷ; a judgement), "bằng 64,08% kế
# hoạch" (=; a disbursement rate against the capital plan is a quantity, as the earlier sets'
# "bằng 54,3% kế hoạch vốn"), "giải ngân được gần 70 tỷ đồng, đạt 69%" (~ and =), "giải ngân được
# trên 452 tỷ đồng, đạt 63,38%" (> and =). Not quantities: "2021–2025" (the programme's period),
# "10/2025" (a date). Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_phutho-giai-ngan-chuong-trinh-1719-2025", kind="result", year=2025, records=[
    R("đạt trên «64%\n", "Giải ngân vốn Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số và miền núi",
      ">", 64),
    PLAN_VND("là «1.724 tỷ", "Tổng nguồn vốn thực hiện Chương trình trong năm 2025", ">=", 1724 * TY),
    PLAN_VND("đầu tư gần «737 tỷ", "nguồn vốn đầu tư thực hiện Chương trình", "~", 737 * TY),
    PLAN_VND("là trên «909 tỷ", "nguồn vốn sự nghiệp thực hiện Chương trình", ">", 909 * TY),
    PLAN_VND("là trên «814 tỷ", "tổng kinh phí nguồn vốn đầu tư bố trí", ">", 814 * TY),
    R("đạt trên «522 tỷ triệu", "kết quả giải ngân nguồn vốn đầu tư", ">", 522 * TY, **DONG,
      note="'522 tỷ triệu đồng' read as 522 tỷ đồng (a slip of the page)"),
    R("bằng «64,08% kế", "giải ngân nguồn vốn đầu tư bằng kế hoạch", "=", 64.08),
    R("được gần «70 tỷ", "nguồn vốn kéo dài từ năm trước giải ngân", "~", 70 * TY, **DONG),
    R("đạt «69%", "nguồn vốn kéo dài từ năm trước giải ngân đạt", "=", 69),
    R("được trên «452 tỷ", "nguồn vốn kế hoạch năm 2025 giải ngân", ">", 452 * TY, **DONG),
    R("đạt «63,38%", "nguồn vốn kế hoạch năm 2025 giải ngân đạt", "=", 63.38),
    PLAN_VND("bố trí trên «909 tỷ", "nguồn vốn sự nghiệp năm 2025 được bố trí", ">", 909 * TY),
])

# --------------------------------------------------------------------------
# 05 Phú Thọ (the province merged in July 2025; the text names xã Pà Cò in the caption cut), the
# programme's central-budget capital plan for 2025 and its allocation by project, September 2025
# (baophutho.vn; the stamp " date 2025-09-19" written as the first line; cut: the photo caption
# "Từ nguồn vốn Chương trình ..., người dân xã Pà Cò thay đổi tư duy, ..." with the blank line
# after it; the excerpt ends in "Ngoài ra,"). Year 2025. Every amount is the year's capital plan
# or its allocation: targets, bare >= (a plan's figures, as an earlier set read "tổng kế hoạch vốn
# là 246,018 tỷ đồng"; a judgement), money "triệu đồng" multiplied out. The total, its two parts,
# the five investment projects and the eight non-business fields: one record each, each its own
# subject (a breakdown by kind, scope null). Pillar null.
# --------------------------------------------------------------------------
INV = "vốn đầu tư công phân bổ cho dự án"
SN = "vốn sự nghiệp cho lĩnh vực"


def ALLOC(pre, amount, subject):
    """One line of 05's allocation: `pre` the words before the amount, `amount` as written."""
    return PLAN_VND(f"{pre} «{amount} triệu", subject, ">=", int(amount.replace(".", "")) * TRIEU)


D05 = dict(name="05_phutho-phan-bo-von-chuong-trinh-1719-2025", kind="target", year=2025, records=[
    ALLOC("năm 2025 là", "1.104.697", "tổng kế hoạch vốn ngân sách Trung ương năm 2025 Chương trình"),
    ALLOC("phát triển", "635.494", "vốn đầu tư phát triển"),
    ALLOC("sự nghiệp", "469.203", "kinh phí sự nghiệp"),
    ALLOC("nước sinh hoạt", "65.073", f"{INV} giải quyết tình trạng thiếu đất ở, đất sản xuất, nước sinh hoạt"),
    ALLOC("dân cư", "125.340", f"{INV} quy hoạch, bố trí, ổn định dân cư"),
    ALLOC("thiết yếu", "376.685", f"{INV} đầu tư hạ tầng thiết yếu"),
    ALLOC("đào tạo", "35.732", f"{INV} phát triển giáo dục – đào tạo"),
    ALLOC("du lịch", "32.664", f"{INV} bảo tồn, phát huy văn hóa dân tộc gắn với du lịch"),
    ALLOC("bền vững", "117.850", f"{SN} phát triển sản xuất nông, lâm nghiệp bền vững"),
    ALLOC("thiết yếu", "117.931", f"{SN} hạ tầng thiết yếu"),
    ALLOC("đào tạo", "62.549", f"{SN} giáo dục – đào tạo"),
    ALLOC("du lịch", "87.398", f"{SN} bảo tồn văn hóa gắn với du lịch"),
    ALLOC("sức khỏe", "12.370", f"{SN} chăm sóc sức khỏe"),
    ALLOC("giới", "15.790", f"{SN} bình đẳng giới"),
    ALLOC("rất ít người", "6.067", f"{SN} hỗ trợ dân tộc rất ít người"),
    ALLOC("Chương trình", "37.047", f"{SN} truyền thông và giám sát Chương trình"),
])

# --------------------------------------------------------------------------
# 06 Thái Nguyên, a news-section page's teaser on the programme's capital and disbursement
# (baothainguyen.vn, the section "Dân tộc và miền núi"; cut: the teaser's title repeated on the
# line after it (the link and the heading of one item) and the link "Xem thêm"; no byline, no
# stamp). Year null: "Năm nay" names no year and the page gives none. Result: the title's
# "Giải ngân ... ước đạt khoảng 50%" (~; "ước đạt" a result, spec). Targets (the year's capital
# plan, money): "kế hoạch vốn ... là hơn 645 tỷ đồng" (>), "kế hoạch vốn giao là trên 458 tỷ
# đồng" (>), "ngân sách trung ương hơn 398 tỷ đồng đồng" (>), "ngân sách địa phương xấp xỉ 60 tỷ
# đồng" (~). Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_thainguyen-ke-hoach-von-vung-dtts", kind="target", year=None, records=[
    R("khoảng «50%", "Giải ngân vốn đầu tư vùng đồng bào dân tộc thiểu số và miền núi", "~", 50, kind="result"),
    PLAN_VND("là hơn «645 tỷ", "kế hoạch vốn thực hiện Chương trình trên địa bàn tỉnh", ">", 645 * TY),
    PLAN_VND("là trên «458 tỷ", "kế hoạch vốn giao", ">", 458 * TY),
    PLAN_VND("hơn «398 tỷ", "kế hoạch vốn giao, ngân sách trung ương", ">", 398 * TY),
    PLAN_VND("xấp xỉ «60 tỷ", "kế hoạch vốn giao, ngân sách địa phương", "~", 60 * TY),
])

# --------------------------------------------------------------------------
# 07 Kon Tum, the Ethnic Affairs Committee's work in 2022: capital, disbursement, residential and
# production land (kontumtv.vn; nothing cut but the trailing line of spaces; no byline, no stamp).
# Year 2022 ("năm 2022"). Targets: "Kế hoạch vốn giao năm 2022 từ nguồn ngân sách Trung ương hơn
# 470 tỷ đồng, nguồn ngân sách địa phương từ nguồn tín dụng hơn 34 tỷ đồng" (>, money, the year's
# capital plan); "Dự kiến đến 31 tháng 12 năm 2022, giải ngân khoảng 90% kế hoạch vốn giao" (~;
# the earlier sets' majority reads "dự kiến" as a target). Results: "tỉ lệ hộ ... có đất ở chiếm
# gần 98%" (~), "hơn 97% hộ người DTTS có đất sản xuất" (>). NOT: "nguồn tín dụng đạt 100% kế
# hoạch" (completion against a plan, as the earlier sets' majority leaves out "đạt 102% kế
# hoạch"; a judgement beside the disbursement rate, which the page gives as the share of the
# capital plan spent). Not quantities: "2021-2025" (a period), "31 tháng 12 năm 2022" (a date).
# Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_kontum-dat-o-dat-san-xuat-dtts-2022", kind="result", year=2022, records=[
    PLAN_VND("Trung ương hơn «470 tỷ", "Kế hoạch vốn giao năm 2022 từ nguồn ngân sách Trung ương", ">", 470 * TY),
    PLAN_VND("tín dụng hơn «34 tỷ", "Kế hoạch vốn giao năm 2022 nguồn ngân sách địa phương từ nguồn tín dụng", ">",
             34 * TY),
    R("giải ngân khoảng «90% kế", "giải ngân kế hoạch vốn giao", "~", 90, **T),
    R("chiếm gần «98%", "tỉ lệ hộ người dân tộc thiểu số (DTTS) có đất ở", "~", 98),
    R("hơn «97% hộ", "hộ người DTTS có đất sản xuất", ">", 97),
], NOT=["đạt «100% kế hoạch"])

# --------------------------------------------------------------------------
# 08 Lào Cai, finishing the removal of temporary houses six months early, with the country's
# count (m.mattran.org.vn, a video page's text; cut: the byline lines "Tác giả" and "VTV"; no
# stamp). Year 2025 (a judgement: the text's only year is the deadline "31/12/2025" that the
# campaign of 2025 works to; the results are the countdown's and the province's of that year).
# Results: the country's "đã có 351 xã không còn nhà tạm, nhà dột nát" and "tổng số nhà cần xóa đã
# giảm từ 153.000 căn xuống còn 101.500 căn" (place "cả nước"; the two levels each a result, as
# the earlier sets read "Từ hơn 600 người xuống còn 250 người": a level of its own time, not a
# change), Lào Cai's "đã dành 80 tỷ đồng ủy thác" (=, money) "để cho khoảng 2.000 hộ ... được
# vay" (~). Not quantities: "trước 6 tháng" (how far ahead of a deadline, as set193's "5 ngày"),
# "lãi suất 0 đồng" (a loan's term), "trong vòng 5 năm" (a duration), "31/12/2025" (a date).
# Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_laocai-xoa-nha-tam-2025", kind="result", year=2025, records=[
    R("có «351 xã", "xã không còn nhà tạm, nhà dột nát", "=", 351, **CNT, place="cả nước"),
    R("từ «153.000 căn", "tổng số nhà cần xóa đã giảm từ", "=", 153000, **CNT, place="cả nước"),
    R("còn «101.500 căn", "tổng số nhà cần xóa", "=", 101500, **CNT, place="cả nước"),
    R("dành «80 tỷ", "vốn Tỉnh Lào Cai ủy thác sang Ngân hàng Chính sách xã hội tỉnh cho hộ khó khăn vay sửa chữa "
      "và xây mới nhà", "=", 80 * TY, **DONG),
    R("khoảng «2.000 hộ", "hộ khó khăn, thiếu vốn đối ứng được vay sửa chữa và xây mới nhà", "~", 2000, **CNT),
])

# --------------------------------------------------------------------------
# 09 Hòa Bình, an interview with the head of the provincial Ethnic Affairs Committee after three
# years of the programme, November 2023 (baodantoc.vn; cut: the site label "Analytic", the site's
# header date "Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27" (the site's stale banner, not the
# article's), the byline "Văn Hoa - 05:32, 24/11/2023", written as the first line
# `date 2023-11-24`, and the photo caption "Bà Đinh Thị Thảo - Trưởng ban Dân tộc tỉnh Hòa Bình"
# (twice), with the blank lines that went with them; the excerpt ends in "đối với"). A precision
# text, no record: "145/151 xã, phường, thị trấn thuộc vùng DTTS và miền núi ..., trong đó có 59
# xã khu vực III ..., 12 xã khu vực II, 74 xã khu vực I và 86 thôn, xóm ĐBKK" is the make-up of
# the programme's area by the classification of communes (the province's size, as the earlier
# sets' sizes of a population or a staff, not a target or a result of the programme); "3 năm" (a
# duration), "2021 – 2030" (a period), "1719" (the programme's name), "khu vực III", "khu vực II",
# "khu vực I" (labels).
# --------------------------------------------------------------------------
D09 = dict(name="09_hoabinh-ban-dan-toc-1719-2023-precision", kind="result", year=2023, records=[])

# --------------------------------------------------------------------------
# 10 Lâm Đồng, the provincial council's resolution 07/2025/NQ-HĐND on the principles and norms for
# allocating the programme's capital in 2025, its header and legal bases (nhansu.vn; nothing cut;
# no stamp; the excerpt ends in "Ủy ban "). A precision text, no record: document numbers
# ("07/2025/NQ-HĐND", "111/2024/QH15", "202/2025/QH15", "973/2020/UBTVQH14", "76/2025/UBTVQH15"),
# dates ("16/07/2025", "16 tháng 7 năm 2025", the laws' dates), the period "2021-2025".
# --------------------------------------------------------------------------
D10 = dict(name="10_lamdong-nq-phan-bo-von-vung-dtts-2025-precision", kind="target", year=2025, records=[])

# --------------------------------------------------------------------------
# 11 The Committee for Ethnic Minority Affairs' dispatch 1099/UBDT-CTMTQG of 2023 guiding the
# provinces' assessment of the programme's plan (thuvienphapluat.vn; nothing cut; no stamp; the
# excerpt opens at "Kính gửi" and ends in "đánh giá chươ"). A precision text, no record: decree,
# directive, dispatch and decision numbers ("27/2022/NĐ-CP", "38/2023/NĐ-CP", "21/CT-TTg",
# "4456/BKHĐT-TH", "1719/QĐ-TTg"), dates ("19/4/2022", "24/6/2023", "10/6/2023", "13/06/2023",
# "14/10/2021"), years and periods ("năm 2022", "năm 2023", "năm 2024", "2021 - 2030", "2021 đến
# năm 2025"), "6 THÁNG ĐẦU NĂM" (a period), the list labels "I.", "1.".
# --------------------------------------------------------------------------
D11 = dict(name="11_ubdt-huong-dan-danh-gia-chuong-trinh-1719-2023-precision", kind="result", year=2023,
           records=[])

# --------------------------------------------------------------------------
# 12 The national master project for the ethnic-minority and mountainous areas (the programme's
# parent plan), its specific targets for 2025, quoted in a news article (thanhnien.vn; nothing
# cut; no stamp, no byline; the excerpt opens at "Mục tiêu cụ thể" and ends in "có trình đ"). No
# province: the national plan (a judgement to take it, as the theme's target lists the search
# returned for provinces were few). Year 2025, kind target. "tăng ít nhất 2,5 lần so với năm 2020"
# (>=, unit other "lần", a target stated as a change); "giảm tỷ lệ hộ nghèo hàng năm từ 3% đến 5%"
# (between); "giảm 30% số xã đặc biệt khó khăn; 50% số thôn đặc biệt khó khăn" (two records, >=);
# "Trên 80%", "Trên 90%" ... (>), "ít nhất 99%" (>=), "97%" (bare >=), "từ 10 - 12%" (between),
# "trên 95%" (>), "dưới 8%" (<), "trên 60%" (>, the excerpt cut inside its subject). NOT: the
# range's high end "5%" (the value_max of the record at "3%", not a quantity of its own). Not
# quantities: "năm 2020" (dates), "18 tuổi", "5 tuổi", "6 tuổi", "độ tuổi 15", "lớp 1" (parts of
# the subjects), "ít nhất 3 lần" (a part of the subject: the visits that make a woman counted).
# Pillar null.
# --------------------------------------------------------------------------
D12 = dict(name="12_de-an-vung-dtts-muc-tieu-2025", kind="target", year=2025, records=[
    R("ít nhất «2,5 lần", "Thu nhập bình quân của người dân tộc thiểu số tăng so với năm 2020", ">=", 2.5, **LAN),
    R("từ «3% đến 5%", "giảm tỷ lệ hộ nghèo hàng năm", "between", 3, value_max=5),
    R("giảm «30% số xã", "giảm số xã đặc biệt khó khăn so với năm 2020", ">=", 30),
    R("; «50% số thôn", "giảm số thôn đặc biệt khó khăn so với năm 2020", ">=", 50),
    R("Trên «80% lao động", "lao động từ 18 tuổi trở lên có việc làm với thu nhập ổn định", ">", 80),
    R("Trên «90% đường", "đường ở thôn, bản được cứng hóa theo cấp kỹ thuật của Bộ Giao thông vận tải", ">", 90),
    R("ổn định «50% số hộ", "số hộ di cư tự phát được quy hoạch và bố trí, sắp xếp ổn định", ">=", 50),
    R("- «100% xã", "xã có trường mầm non, tiểu học, trung học cơ sở đủ cơ sở vật chất đáp ứng yêu cầu dạy và học",
      ">=", 100),
    R("từ «10 - 12%", "số học sinh dân tộc thiểu số trong độ tuổi trung học được hưởng chính sách trường phổ thông "
      "dân tộc nội trú", "between", 10, value_max=12),
    R("; «100% các tỉnh", "các tỉnh vùng đồng bào dân tộc thiểu số và miền núi giữ vững kết quả phổ cập giáo dục "
      "các cấp học", ">=", 100),
    R("ít nhất «99% trẻ em", "trẻ em 5 tuổi hoàn thành phổ cập giáo dục mầm non 5 tuổi", ">=", 99),
    R(", «97% trẻ em", "trẻ em 6 tuổi vào học lớp 1", ">=", 97),
    R("trên «95% người", "người dân tộc thiểu số trong độ tuổi 15 đến hết tuổi lao động biết chữ", ">", 95),
    R("Trên «90% trạm", "trạm y tế xã đủ điều kiện khám bệnh, chữa bệnh bảo hiểm y tế", ">", 90),
    R("Trên «90% phụ nữ", "phụ nữ được khám thai ít nhất 3 lần trong kỳ mang thai, sinh con tại cơ sở y tế hoặc có "
      "sự trợ giúp của cán bộ y tế", ">", 90),
    R("dưới «8%", "tỷ lệ trẻ em suy dinh dưỡng", "<", 8),
    R("Trên «90% cán bộ", "cán bộ, công chức cấp xã có trình độ trung cấp chuyên nghiệp", ">", 90),
    R("trên «60% có", "cán bộ, công chức cấp xã có trình độ", ">", 60),
], NOT=["3% đến «5%"])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
