#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set293).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder.

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a yearly plan);
check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
The set's theme (market surveillance, counterfeit goods, smuggling, consumer protection) has no
indicator in the catalogue, so every id here is null (`iid` left at its default).

The theme's quantities are mostly money and goods: money is unit `other` with unit_text "đồng"
(the magnitude word multiplied in, spec's decided case), goods weighed are unit `other` with
"kg"/"tấn" as written, goods counted in packs, cases, offences and inspections are `count`.

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

VND = dict(unit="other", unit_text="đồng")
KG = dict(unit="other", unit_text="kg")
TAN = dict(unit="other", unit_text="tấn")
# a result with its own province (the multi-province news page 06)
at = lambda place: dict(place=place)  # noqa: E731

# --------------------------------------------------------------------------
# 01 Bắc Giang, the provincial market-surveillance department's results for the first four months
# of 2023 and for April 2023 (hangthat.thuonghieucongluan.com.vn; cut: the photo caption "Lực
# lượng chức năng kiểm tra mỹ phẩm nhập lậu ... thành phố Bắc Giang." printed twice on one line,
# with the blank line after it; no byline, no stamp; the excerpt ends in "112.0"). Year 2023
# ("4 tháng đầu năm 2023", "tháng 4/2023"). Results (=): the title's and the two body sentences'
# inspections and offences handled (the same 255 and 176 stated three times, each statement a
# record, as earlier sets' title-and-body figures), the total of fines, sales of confiscated goods
# and destroyed goods and its four parts (each its own subject, scope null: a breakdown by kind of
# money), the confiscated goods awaiting handling ("ước tính": =, as the spec's "ước đạt"), the
# money paid to the budget; April's 117 inspections, 80 offences, total and fines. Not
# quantities: "4 tháng", "tháng 4/2023", "tháng 4" (periods), "112.0" (cut off mid-number by the
# excerpt: no value can be read). Ids null.
# --------------------------------------------------------------------------
D01 = dict(name="01_bacgiang-qltt-4-thang-2023", kind="result", year=2023, records=[
    R("Giang xử lý «176 vụ", "vụ vi phạm quản lý thị trường Bắc Giang xử lý trong 4 tháng đầu năm", "=", 176, **CNT),
    R("tổ chức kiểm tra «255 vụ và", "vụ lực lượng Quản lý thị trường tỉnh đã tổ chức kiểm tra", "=", 255, **CNT),
    R("kiểm tra 255 vụ và xử lý «176", "vụ vi phạm lực lượng Quản lý thị trường tỉnh đã xử lý", "=", 176, **CNT),
    R("kiểm tra được «255 vụ", "vụ lực lượng Quản lý thị trường tỉnh đã tổ chức kiểm tra lũy kế 4 tháng", "=", 255,
      **CNT),
    R("được 255 vụ và xử lý «176", "vụ vi phạm lực lượng Quản lý thị trường tỉnh đã xử lý lũy kế 4 tháng", "=", 176,
      **CNT),
    R("tiêu hủy là «2.634.165.000", "Tổng số tiền xử phạt vi phạm hành chính, tiền bán hàng hóa tịch thu, trị giá "
      "hàng hóa tiêu hủy", "=", 2634165000, **VND),
    R("vi phạm hành chính «1.592.717.000", "lực lượng Quản lý thị trường xử phạt vi phạm hành chính", "=",
      1592717000, **VND),
    R("tịch thu «415.600.000", "tiền bán hàng hóa tịch thu", "=", 415600000, **VND),
    R("bất hợp pháp «12.052.000", "tiền thu từ thu lợi bất hợp pháp", "=", 12052000, **VND),
    R("tiêu hủy «613.796.000", "trị giá hàng hóa tiêu hủy", "=", 613796000, **VND),
    R("ước tính «657.755.000", "Trị giá hàng hóa tịch thu chờ xử lý", "=", 657755000, **VND),
    R("nước được «2.020.369.000", "Tổng số tiền thu nộp ngân sách nhà nước", "=", 2020369000, **VND),
    R("kiểm tra được «117 vụ", "vụ Cục Quản lý thị trường tỉnh Bắc Giang tổ chức kiểm tra trong tháng 4/2023", "=",
      117, **CNT),
    R("xử lý «80 vụ", "vụ vi phạm Cục Quản lý thị trường tỉnh Bắc Giang xử lý trong tháng 4/2023", "=", 80, **CNT),
    R("tháng 4 là «1.042.970.000", "Tổng số tiền xử phạt vi phạm hành chính, tiền bán hàng hóa tịch thu, tiền thu "
      "từ thu lợi bất hợp pháp và trị giá hàng hóa tiêu hủy trong tháng 4", "=", 1042970000, **VND),
    R("vi phạm hành chính «808.576.000", "lực lượng chức năng đã xử phạt vi phạm hành chính", "=", 808576000,
      **VND),
])

# --------------------------------------------------------------------------
# 02 Khánh Hòa, the provincial market-surveillance department's results for October
# (baokhanhhoa.vn, an address with the folder "202011", a year and month, not in the text; cut:
# the byline "H.Dung"; no stamp). The page prints its lead sentence twice (once with "tỉnh",
# once with "tỉnh Khánh Hòa"); both are kept, each statement a record. Year null: the text says
# only "tháng 10" (the address's folder is not the text). Results: 83 inspections (=), 7 offences
# (=), "hơn 20,7 triệu đồng" paid to the budget (>, 20700000), goods seized "trị giá gần 2 triệu
# đồng" (~), twice each; 51 signed pledges and 2.814 posters (=). Not quantities: "tháng 10" (a
# period). Ids null.
# --------------------------------------------------------------------------
_K1 = "Cục Quản lý thị trường tỉnh, trong tháng 10, cục đã chủ trì, phối hợp thực hiện "
_K2 = "tỉnh Khánh Hòa, trong tháng 10, cục đã chủ trì, phối hợp thực hiện "
_KT = ("83 lượt kiểm tra, phát hiện ", "7 vụ vi phạm, đã xử lý, thu nộp ngân sách nhà nước hơn ",
       "20,7 triệu đồng và thu giữ một số hàng hóa trị giá gần ")


def _k(head, i):
    """The locator of the i-th number (0-3) of the repeated lead sentence after its own head."""
    return head + "".join(_KT[:i]) + "«"


D02 = dict(name="02_khanhhoa-qltt-thang-10-2020", kind="result", year=None, records=[
    *[r for head in (_K1, _K2) for r in (
        R(_k(head, 0) + "83 lượt", "lượt kiểm tra cục đã chủ trì, phối hợp thực hiện", "=", 83, **CNT),
        R(_k(head, 1) + "7 vụ", "vụ vi phạm phát hiện", "=", 7, **CNT),
        R(_k(head, 2) + "20,7 triệu", "thu nộp ngân sách nhà nước", ">", 20.7e6, **VND),
        R(_k(head, 3) + "2 triệu", "thu giữ một số hàng hóa trị giá", "~", 2e6, **VND),
    )],
    R("vận động ký «51 bản", "bản cam kết không kinh doanh hàng hóa nhập lậu ... tuyên truyền, vận động ký", "=", 51,
      **CNT),
    R("dán «2.814 tờ", "tờ áp phích tuyên truyền thuốc lá điếu nhập lậu đã dán", "=", 2814, **CNT),
])

# --------------------------------------------------------------------------
# 03 Hà Tĩnh, the market-surveillance branch's results after the Tết Bính Ngọ peak, February 2026
# (baohatinh.vn; the stamp " date 2026-02-18" written as the first line; cut: the rest of the
# stamp's line, the hotline "Hotline: 02393.693.427", and the image name "image-1.jpg"; the
# caption "Lực lượng QLTT phát hiện 300kg chà bông ..." states a figure and is kept; the excerpt
# ends in "xử phạt h"). Year 2026 (the stamp; "Tết Nguyên đán Bính Ngọ" is 2026). Results: the
# title's and the lead's "gần 200 vụ" (~), "hơn 1,1 tỷ đồng" (>), the caption's 300 kg of meat
# floss (=, unit other "kg"), 199 offences, 709 million in fines (=), "ước khoảng 417 triệu"
# (~: "khoảng"), and the breakdown by kind of offence: 56 cases with 445 and 451 million, 52 cases
# with 117 million, 53 cases (each its own subject, scope null). Not quantities: "Qua 2 tháng",
# "hơn hai tháng" (durations), the hotline (cut). Ids null.
# --------------------------------------------------------------------------
D03 = dict(name="03_hatinh-qltt-cao-diem-tet-2026", kind="result", year=2026, records=[
    R("Tĩnh xử lý gần «200 vụ vi phạm dịp", "vụ vi phạm Quản lý thị trường Hà Tĩnh xử lý dịp cao điểm Tết", "~", 200,
      **CNT),
    R("đã xử lý gần «200 vụ,", "vụ Chi cục Quản lý thị trường Hà Tĩnh đã xử lý", "~", 200, **CNT),
    R("hàng hóa hơn «1,1 tỷ", "số tiền xử phạt vi phạm và trị giá hàng hóa", ">", 1.1e9, **VND),
    R("phát hiện «300kg", "chà bông không rõ nguồn gốc, xuất xứ lực lượng QLTT phát hiện", "=", 300, **KG),
    R("xử lý «199 vụ", "vụ vi phạm lực lượng QLTT toàn tỉnh đã kiểm tra, phát hiện và xử lý", "=", 199, **CNT),
    R("đạt «709 triệu", "Tổng số tiền xử phạt vi phạm hành chính", "=", 709e6, **VND),
    R("ước khoảng «417 triệu", "giá trị hàng hóa vi phạm bị tịch thu, tiêu hủy", "~", 417e6, **VND),
    R("có «56 vụ", "vụ vi phạm liên quan đến nguồn gốc, xuất xứ hàng hóa và xâm phạm quyền sở hữu trí tuệ", "=", 56,
      **CNT),
    R("xử phạt «445 triệu", "số tiền xử phạt vụ vi phạm nguồn gốc, xuất xứ hàng hóa và sở hữu trí tuệ", "=", 445e6,
      **VND),
    R("trị giá «451 triệu", "tịch thu, tiêu hủy hàng hóa vi phạm trị giá", "=", 451e6, **VND),
    R("xử lý «52 vụ", "vụ vi phạm về điều kiện đảm bảo an toàn thực phẩm đơn vị xử lý", "=", 52, **CNT),
    R("xử phạt «117 triệu", "xử phạt vụ vi phạm về điều kiện đảm bảo an toàn thực phẩm", "=", 117e6, **VND),
    R("đồng; «53 vụ", "vụ vi phạm về giá", "=", 53, **CNT),
])

# --------------------------------------------------------------------------
# 04 Sơn La, market surveillance in the first two months of 2024 (a forum page, staging.f247.com,
# quoting the news; nothing cut; no byline, no stamp; the excerpt ends in "gia cầm…"). Year 2024
# ("2 tháng đầu năm 2024"). Results: 383 inspections, 351 offences (=), "gần 700 triệu đồng" paid to
# the budget (~). Not quantities: "2 tháng" (a period), "các tháng cuối năm 2023", "Giáp Thìn
# 2024" (dates, the plan's name). Ids null.
# --------------------------------------------------------------------------
D04 = dict(name="04_sonla-qltt-2-thang-2024", kind="result", year=2024, records=[
    R("kiểm tra «383 vụ", "vụ quản lý thị trường Sơn La đã kiểm tra", "=", 383, **CNT),
    R("xử lý «351 vụ", "vụ vi phạm quản lý thị trường Sơn La đã xử lý", "=", 351, **CNT),
    R("gần «700 triệu", "tổng số tiền thu nộp ngân sách Nhà nước", "~", 700e6, **VND),
])

# --------------------------------------------------------------------------
# 05 Kiên Giang, the market-surveillance department's results for the first ten months of 2023
# (thuonghieucongluan.com.vn; nothing cut; no byline, no stamp; the excerpt ends in "12 vụ chất
# lượ"). Year 2023 ("10 tháng năm 2023"). Results (=): 895 inspections, 209 offences found, 64
# awaiting verification, 260 handled, 01 case sent for criminal handling, 9,83 tỷ đồng paid to the
# budget, 2.214 establishments listed, 2.952 pledges signed, 536 petrol stations monitored, and the
# breakdown by kind of goods: 44 cases of banned goods with 321 million, 59 cases of smuggled goods
# with 3,1 tỷ, 12 cases of quality (the last cut off after its number, which is whole). NOT:
# "đạt 112% kế hoạch năm", "đạt 111% kế hoạch năm", "đạt 105% kế hoạch năm" (completion against
# the yearly plan, as set193's quota completions). Not quantities: "10 tháng" (a period). Ids null.
# --------------------------------------------------------------------------
D05 = dict(name="05_kiengiang-qltt-10-thang-2023", kind="result", year=2023, records=[
    R("Kiểm tra «895 vụ", "vụ Cục Quản lý thị trường Kiên Giang kiểm tra", "=", 895, **CNT),
    R("phát hiện «209 vụ", "vụ vi phạm phát hiện", "=", 209, **CNT),
    R("vi phạm, «64 vụ", "vụ đang chờ thẩm tra, xác minh", "=", 64, **CNT),
    R("xử lý «260 vụ", "vụ vi phạm hành chính xử lý", "=", 260, **CNT),
    R("hình sự «01 vụ", "vụ chuyển xử lý hình sự", "=", 1, **CNT),
    R("Thu nộp ngân sách «9,83 tỷ", "Thu nộp ngân sách", "=", 9.83e9, **VND),
    R("Thống kê «2.214 cơ sở", "cơ sở thống kê", "=", 2214, **CNT),
    R("Ký cam kết «2.952 bản", "bản cam kết đã ký", "=", 2952, **CNT),
    R("của «536 cơ sở", "cơ sở kinh doanh xăng dầu được giám sát hoạt động kinh doanh", "=", 536, **CNT),
    R("xử lý: «44 vụ", "vụ hàng cấm xử lý", "=", 44, **CNT),
    R("ngân sách «321 triệu", "thu nộp ngân sách từ vụ hàng cấm", "=", 321e6, **VND),
    R("đồng; «59 vụ", "vụ hàng nhập lậu xử lý", "=", 59, **CNT),
    R("ngân sách «3,1 tỷ", "thu nộp ngân sách từ vụ hàng nhập lậu", "=", 3.1e9, **VND),
    R("đồng; «12 vụ", "vụ chất lượng xử lý", "=", 12, **CNT),
], NOT=["đạt «112% kế hoạch", "đạt «111% kế hoạch", "đạt «105% kế hoạch"])

# --------------------------------------------------------------------------
# 06 Thái Nguyên, Gia Lai and Đồng Tháp: households fined by the market-surveillance forces, news
# from the ministry's department, January 2026 (dantri.com.vn; the stamp " date 2026-01-28"
# written as the first line; cut: the photo caption "Hàng hóa vi phạm bị cơ quan chức năng tịch
# thu (Ảnh: Dms)." with the blank line after it; the excerpt ends in "140 triệu đồng "). Year 2026
# (the stamp). A national page naming three provinces: every record carries its province as
# `place`. Results: Thái Nguyên's fines and destroyed goods "lên tới 120 triệu đồng" (=: the amount
# reached, no comparator of more or less), Gia Lai's proposed fine of 175 million (=; a judgement:
# the amount the team put forward, reported as done, not a target), Đồng Tháp's 3 households
# checked, 10 smuggled iPhones found, 90 million in fines ("tổng cộng", =) and goods "trị giá gần
# 140 triệu đồng" (~). Not quantities: "Đội Quản lý thị trường số 10" (a name, twice). Ids null.
# --------------------------------------------------------------------------
D06 = dict(name="06_thainguyen-gialai-dongthap-qltt-ho-kinh-doanh-2026", kind="result", year=2026, records=[
    R("lên tới «120 triệu", "tổng số tiền phạt và trị giá hàng hóa vi phạm buộc tiêu hủy", "=", 120e6, **VND,
      **at("Thái Nguyên")),
    R("P.V.H «175 triệu", "đề xuất xử phạt vi phạm hành chính đối với hộ kinh doanh", "=", 175e6, **VND,
      **at("Gia Lai")),
    R("kiểm tra «3 hộ", "hộ kinh doanh điện thoại Chi cục Quản lý thị trường tỉnh kiểm tra", "=", 3, **CNT,
      **at("Đồng Tháp")),
    R("phát hiện «10 iPhone", "iPhone đã qua sử dụng là hàng nhập lậu phát hiện", "=", 10, **CNT,
      **at("Đồng Tháp")),
    R("tổng cộng «90 triệu", "Các hộ kinh doanh bị xử phạt", "=", 90e6, **VND, **at("Đồng Tháp")),
    R("trị giá gần «140 triệu", "toàn bộ tang vật trị giá", "~", 140e6, **VND, **at("Đồng Tháp")),
])

# --------------------------------------------------------------------------
# 07 Hà Nam, Plan 1679/KH-UBND carrying out the national scheme against counterfeits and for
# consumer protection in e-commerce to 2025, September 2023 (doanhnghiephoinhap.vn; cut: the
# site's date line "Thứ năm 03/07/2025 21:17", the line "Hotline: 024.355.63.010", the section
# label "Thị trường" with the blank line after it, and the byline "08/09/2023 11:22" on a line of
# its own, written as the first line `date 2023-09-08`; the excerpt ends in "báo"). A precision
# text, no record: "1679/KH-UBND", "319/QĐ-TTg" (twice) (documents), "29/3/2023", "2025" (the
# title's "đến 2025"), "năm 2025" (twice) (dates).
# --------------------------------------------------------------------------
D07 = dict(name="07_hanam-ke-hoach-chong-hang-gia-tmdt-2023", kind="target", year=2025, records=[])

# --------------------------------------------------------------------------
# 08 Thanh Hóa, the market-surveillance branch's peak plan for Tết Bính Ngọ 2026, January 2026
# (baothanhhoa.vn; the stamp " date 2026-01-30" written as the first line; cut: the photo caption
# "Đội QLTT số 1 kiểm tra, bắt giữ sản phẩm đồ chơi, thực phẩm không rõ nguồn gốc." with the blank
# line after it; the excerpt ends in "triển "). A precision text, no record: "9693/KH-BCĐ389",
# "263/KH-BCĐ" (documents; "389" in the committee's name "Ban Chỉ đạo 389", twice), "5/12/2025",
# "25/12/2025", "Bính Ngọ 2026" (twice) (dates).
# --------------------------------------------------------------------------
D08 = dict(name="08_thanhhoa-cao-diem-tet-binh-ngo-2026", kind="result", year=2026, records=[])

# --------------------------------------------------------------------------
# 09 Quảng Ninh, the header and preamble of Plan 148/KH-UBND carrying out the scheme against
# counterfeits and for consumer protection in e-commerce to 2025, June 2023 (thuvienphapluat.vn;
# nothing cut; no byline, no stamp; the excerpt ends in "I. Mục "). A precision text, no record:
# "148/KH-UBND", "645/QĐ-TTg", "1813/QĐ-TTg", "319/QĐ-TTg", "09-NQ/TU", "116/KH-UBND",
# "97/KH-UBND", "1415/TTr-SCT" (documents), "06 tháng 6 năm 2023", "15/5/2020", "28/10/2021",
# "29/3/2023", "05/02/2022", "02/7/2020", "25/3/2023", "16/5/2023", the periods "2021-2025"
# (three times), "2022-2030" and the years "năm 2025" (three times), "năm 2030" (dates), "I."
# (a heading's number).
# --------------------------------------------------------------------------
D09 = dict(name="09_quangninh-ke-hoach-148-chong-hang-gia-tmdt-2023", kind="target", year=2025, records=[])

# --------------------------------------------------------------------------
# 10 Kon Tum, the province's targets for consumer protection, 2021-2025 (kontumtv.vn; cut: the
# byline "Hơ Jan – Thanh Hà", the comment form's "Trả lời" and "Email của bạn sẽ không được hiển
# thị công khai. ..." with their blank lines; no stamp; the excerpt ends in "bền vững./."). Targets:
# "có ít nhất 50 – 70% người tiêu dùng ... được tham gia các hoạt động tuyên truyền" (between 50 and
# 70: a range stated once; "ít nhất" before a range keeps the range), year 2025 (an annual target of
# the period "Giai đoạn 2021 – 2025": the period's end, as earlier sets' "hằng năm" targets); "đến
# năm 2025 có tối thiểu 03 huyện, thành phố thành lập được Hội Bảo vệ người tiêu dùng cấp huyện"
# (>=, count, 2025; the districts are the subject, "cấp huyện" names the association's level, not a
# split: scope null); "bảo đảm 90% các khiếu nại, yêu cầu của người tiêu dùng được tiếp nhận, tư
# vấn, hỗ trợ" (>=, 2025: the sentence "Đồng thời" continues the 2025 target). Pillar null (no
# heading; "thương mại điện tử, kinh tế số" are named in a clause without a number). Not
# quantities: "2021 – 2025" (a period). Ids null.
# --------------------------------------------------------------------------
D10 = dict(name="10_kontum-bao-ve-nguoi-tieu-dung-2025", kind="target", year=2025, records=[
    R("ít nhất «50 – 70%", "người tiêu dùng trên địa bàn tỉnh được tham gia các hoạt động tuyên truyền, phổ biến "
      "chính sách, pháp luật về bảo vệ quyền lợi người tiêu dùng hoặc được đào tạo kỹ năng về tiêu dùng", "between",
      50, value_max=70),
    R("tối thiểu «03 huyện", "huyện, thành phố thành lập được Hội Bảo vệ người tiêu dùng cấp huyện", ">=", 3,
      **CNT),
    R("bảo đảm «90% các khiếu nại", "các khiếu nại, yêu cầu của người tiêu dùng được tiếp nhận, tư vấn, hỗ trợ",
      ">=", 90),
])

# --------------------------------------------------------------------------
# 11 Long An, destroying smuggled cigarettes, November 2020 (infonet.vietnamnet.vn; the stamp
# " date 2020-11" written as the first line; cut: the byline "N. H"; the excerpt ends in "minh
# bạch."). Year 2020 (the stamp). Results: the title's "gần 90.000 gói" (~), and the packs each
# agency had seized (=, count): 29.050, 24.250, 4.630, 8.770, 20.990 (each its own subject, scope
# null: agencies are a breakdown by holder, not administrative levels; no `place`, the agencies are
# the province's own). Ids null.
# --------------------------------------------------------------------------
D11 = dict(name="11_longan-tieu-huy-thuoc-la-lau-2020", kind="result", year=2020, records=[
    R("tiêu hủy gần «90.000 gói", "gói thuốc lá ngoại nhập lậu Long An tiêu hủy", "~", 90000, **CNT),
    R("Cục QLTT «29.050 gói", "gói thuốc lá điếu nhập lậu của Cục QLTT", "=", 29050, **CNT),
    R("Long An) «24.250 gói", "gói thuốc lá điếu nhập lậu của Phòng Cảnh sát kinh tế", "=", 24250, **CNT),
    R("Tân An «4.630 gói", "gói thuốc lá điếu nhập lậu của Chi cục Thi hành án dân sự thành phố Tân An", "=", 4630,
      **CNT),
    R("Thủ Thừa «8.770 gói", "gói thuốc lá điếu nhập lậu của Công an huyện Thủ Thừa", "=", 8770, **CNT),
    R("Tân An «20.990 gói", "gói thuốc lá điếu nhập lậu của Công an thành phố Tân An", "=", 20990, **CNT),
])

# --------------------------------------------------------------------------
# 12 Bình Phước, destroying smuggled cigarettes seized by the border guard, October 2022
# (vneconomy.vn; the stamp " date 2022-10" written as the first line; nothing cut; the excerpt
# ends in "độc hại b"). Year 2022 (the stamp). Results: "hơn 100 ngàn gói" (>, 100000: "ngàn"
# multiplies), the total 104.560 packs and its five parts by brand (=, count, each its own subject,
# scope null: a breakdown by kind of thing), and the profit per smuggled pack "khoảng 7.000 - 8.000
# đồng" (between 7000 and 8000: a range; "khoảng" before a range keeps the range). Not quantities:
# "1 bao" (the unit the profit is counted per), "555" (a brand's name), "gấp 3 lần so với các sản
# phẩm thuốc lá hợp pháp" (a multiple against another value, as earlier sets' "gấp ... lần so
# với"), "389" (the committee's name). Ids null.
# --------------------------------------------------------------------------
D12 = dict(name="12_binhphuoc-tieu-huy-thuoc-la-lau-2022", kind="result", year=2022, records=[
    R("tiêu hủy hơn «100 ngàn", "gói thuốc lá ngoại có nguồn gốc nhập lậu các cơ quan tỉnh Bình Phước đã tiêu hủy",
      ">", 100000, **CNT),
    R("tổng số «104.560 gói", "tổng số gói thuốc tiêu hủy", "=", 104560, **CNT),
    R("có «59.180 gói", "gói thuốc lá hiệu Hero", "=", 59180, **CNT),
    R("Hero, «42.380 gói", "gói thuốc lá hiệu Jet", "=", 42380, **CNT),
    R("có «1.750 gói", "gói thuốc lá hiệu Caraven", "=", 1750, **CNT),
    R("có «1.000 gói", "gói thuốc lá hiệu Esse", "=", 1000, **CNT),
    R("và «250 gói", "gói thuốc lá hiệu 555", "=", 250, **CNT),
    R("khoảng «7.000 - 8.000", "lợi nhuận thu được từ 1 bao thuốc lá Jet nhập lậu từ biên giới", "between", 7000,
      value_max=8000, **VND),
])

# --------------------------------------------------------------------------
# 13 Nghệ An, counterfeit and unlabelled monosodium glutamate at Vinh market, May 2025
# (vietnamplus.vn; the stamp " date 2025-05" written as the first line; nothing cut; the excerpt's
# trailing blank lines dropped). Year 2025 (the stamp). Results: "trên 500kg mì chính" (>, unit
# other "kg"), 174 packs with counterfeit brands (=, count), 350 kg unlabelled (=, "kg"), "gần 1
# tấn giò me và thịt gà đông lạnh" (~, "tấn"). Not quantities: "Ngày 1/5" (a date), "loại 1kg"
# (the pack's size), "Đội Quản lý thị trường số 3" (a name), "hai cơ sở" (a number in words, left
# as the checker reads digits only; a judgement). Ids null.
# --------------------------------------------------------------------------
D13 = dict(name="13_nghean-mi-chinh-gia-2025", kind="result", year=2025, records=[
    R("buôn bán trên «500kg", "mì chính không rõ nguồn gốc hộ kinh doanh tại chợ Vinh buôn bán", ">", 500, **KG),
    R("phát hiện «174 gói", "gói bột ngọt mang nhãn hiệu MIWON và AJINOMOTO có dấu hiệu giả mạo", "=", 174, **CNT),
    R("có «350kg", "bột ngọt được đóng bao, không rõ nhãn mác, nguồn gốc", "=", 350, **KG),
    R("gần «1 tấn", "giò me và thịt gà đông lạnh không rõ nguồn gốc hai cơ sở kinh doanh", "~", 1, **TAN),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
