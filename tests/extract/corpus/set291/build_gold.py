#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set291).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a plan);
check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set193, the id is given in the record itself (`iid=`).

The set's theme is cooperatives and the collective economy (kinh tế tập thể, hợp tác xã): counts of
cooperatives (HTX), cooperative groups (tổ hợp tác, THT), unions (liên hiệp HTX) and members,
average revenue, profit and income (money: unit other, the magnitude word multiplied in, the unit as
written after the number in `unit_text`: "đồng/năm", "đồng/người/năm", ...), and shares of
cooperatives rated good or effective. No text stands under a digital-transformation heading: every
pillar is null, every scope null (no sentence splits a value by administrative level).

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


def VND(per="đồng"):
    """Money, the unit as written after the number ("đồng", "đồng/năm", "đồng/người/năm")."""
    return dict(unit="other", unit_text=per)


COOP_DIGITAL = "econ.cooperatives_digital_share"

# --------------------------------------------------------------------------
# 01 Bà Rịa - Vũng Tàu, the province's plan for the collective economy in 2023, with the results of
# 2022 (baobariavungtau.com.vn; cut: the byline date "Thứ Hai, 13/02/2023, 18:48 [GMT+7]", written
# as the first line `date 2023-02-13`, the print link "In bài này" and the lone "." after it, the
# byline "ĐÔNG HIẾU" and the closing ";" and "." lines). Targets of 2023 ("Năm 2023, tỉnh phấn đấu
# ..."): the title's "phấn đấu thành lập mới 15 hợp tác xã" and the body's "thành lập mới 15 HTX"
# (both recorded: a title is a statement, the earlier sets' rule), "nâng số HTX toàn tỉnh lên 173
# HTX" (>=: a bare level to reach), "khoảng 3,2 tỷ đồng/năm", "khoảng 72 triệu đồng/người/năm",
# "khoảng 36%" (~), "trên 30 HTX" (>), "khoảng 26 HTX" (~). Results of 2022 ("Tính đến hết năm
# 2022"): "140 HTX đang hoạt động", "ước đạt 3 tỷ đồng/năm", "ước đạt 220 triệu đồng/năm" (=, spec's
# "ước đạt"), "khoảng 84 triệu đồng/người/năm" (~). Not quantities: "1 HTX" in "lợi nhuận bình
# quân 1 HTX" (the unit of the average), dates. Ids null (no catalogue indicator counts cooperatives
# or their revenue; "HTX ứng dụng công nghệ cao" is a count of high-tech cooperatives, not the
# catalogue's share applying digital technology).
# --------------------------------------------------------------------------
D01 = dict(name="01_bariavungtau-ke-hoach-htx-2023", kind="target", year=2023, records=[
    R("phấn đấu thành lập mới «15 hợp tác xã", "hợp tác xã thành lập mới", ">=", 15, **CNT),
    R("tỉnh phấn đấu thành lập mới «15 HTX", "HTX thành lập mới", ">=", 15, **CNT),
    R("toàn tỉnh lên «173 HTX", "số HTX toàn tỉnh", ">=", 173, **CNT),
    R("mỗi HTX khoảng «3,2 tỷ", "doanh thu bình quân mỗi HTX", "~", 3_200_000_000, **VND("đồng/năm")),
    R("trong HTX khoảng «72 triệu", "thu nhập bình quân của người lao động trong HTX", "~", 72_000_000,
      **VND("đồng/người/năm")),
    R("chiếm khoảng «36%", "số HTX hoạt động đạt loại tốt, khá trong tổng số HTX đang hoạt động trên địa bàn "
      "tỉnh", "~", 36),
    R("có trên «30 HTX", "HTX ứng dụng công nghệ cao vào sản xuất và tiêu thụ nông sản", ">", 30, **CNT),
    R("có khoảng «26 HTX", "HTX nông nghiệp liên kết với DN theo chuỗi giá trị", "~", 26, **CNT),
    R("tỉnh có «140 HTX", "HTX đang hoạt động trên địa bàn tỉnh", "=", 140, **CNT, kind="result", year=2022),
    R("ước đạt «3 tỷ", "doanh thu bình quân của HTX", "=", 3_000_000_000, **VND("đồng/năm"), kind="result",
      year=2022),
    R("ước đạt «220 triệu", "lợi nhuận bình quân 1 HTX", "=", 220_000_000, **VND("đồng/năm"), kind="result",
      year=2022),
    R("HTX khoảng «84 triệu", "thu nhập bình quân của thành viên trong HTX", "~", 84_000_000,
      **VND("đồng/người/năm"), kind="result", year=2022),
])

# --------------------------------------------------------------------------
# 02 Hưng Yên, the rating of the province's agricultural cooperatives, August 2022 (baohungyen.vn;
# cut: the byline time and date "15:30, 02/08/2022", written as the first line `date 2022-08-02`,
# the byline "Minh Hồng" and the gold-price and exchange-rate widget after it, " Nội dung:" ... "OCB
# Kỳ hạn (tháng)", seven lines). Results of 2022 (=): the title's "60% số hợp tác xã nông nghiệp
# hoạt động khá, tốt" and the body's "350 hợp tác xã nông nghiệp đang hoạt động", "60% ... xếp loại
# hoạt động khá, tốt", "25% ... xếp loại hoạt động trung bình", "hỗ trợ vốn, máy móc, thiết bị cho
# 24 hợp tác xã". Not a quantity: "chưa đủ 12 tháng hoạt động" (a duration, the condition for being
# rated). Ids null.
# --------------------------------------------------------------------------
D02 = dict(name="02_hungyen-htx-nong-nghiep-xep-loai-2022", kind="result", year=2022, records=[
    R("Hưng Yên: «60% số", "số hợp tác xã nông nghiệp hoạt động khá, tốt", "=", 60),
    R("hiện nay có «350 hợp tác xã", "hợp tác xã nông nghiệp đang hoạt động", "=", 350, **CNT),
    R("đến nay, «60% số", "số hợp tác xã nông nghiệp xếp loại hoạt động khá, tốt", "=", 60),
    R("tốt; «25% số", "số hợp tác xã nông nghiệp xếp loại hoạt động trung bình", "=", 25),
    R("thiết bị cho «24 hợp tác xã", "hợp tác xã Chi cục Phát triển nông thôn thẩm định, hỗ trợ vốn, máy móc, thiết bị", "=", 24, **CNT),
])

# --------------------------------------------------------------------------
# 03 Nghệ An, the review of the province's scheme for cooperatives 2021-2025, October 2025
# (vneconomy.vn; the stamp " date 2025-10-29" written as the first line `date 2025-10-29`; cut: the
# rest of the stamp's line and the line after it, a teaser for another article ("Nâng hạng thị
# trường chứng khoán Việt Nam" / "Việt Nam đáp ứng các tiêu chí nâng hạng ..."); the excerpt ends in
# "nông sản s"). Year 2025 (the period 2021-2025 reviewed in 2025). Results: the lead and the body
# state the same two sentences ("Trong giai đoạn 2021–2025, toàn Nghệ An thành lập mới 200 hợp tác
# xã, gồm 160 ..., 35 ... và 5 .... Bình quân mỗi năm, có khoảng 40 hợp tác xã được thành lập"):
# each printed statement recorded where it stands (the earlier sets' rule for a repeated lead), five
# records each: the total and its three kinds (each its own subject, scope null: a breakdown by kind,
# spec), the yearly average (~). Then "bảo đảm 100% xã, phường đều có hợp tác xã hoạt động" (=),
# "Lực lượng lao động nông thôn tham gia hợp tác xã đạt 268.700 người" (=), "thu nhập bình quân của
# lao động thường xuyên khoảng 5,5 triệu đồng mỗi tháng" (~), "hỗ trợ xây dựng 91 hợp tác xã kiểu
# mới", "9 hợp tác xã mở cửa hàng nông sản" (=). Not quantities: "2021–2025", "2020–2025" (periods),
# "Sau 5 năm triển khai" (a duration). Ids null.
# --------------------------------------------------------------------------
LEAD = "2025-10-29\nTrong giai đoạn 2021–2025, toàn Nghệ An thành lập mới "
BODY = "xã hội.\nTrong giai đoạn 2021–2025, toàn Nghệ An thành lập mới "
KINDS = "200 hợp tác xã, gồm 160 hợp tác xã nông nghiệp, 35 hợp tác xã dịch vụ thương mại và 5 hợp tác xã tiểu " \
        "thủ công nghiệp. Bình quân mỗi năm, có khoảng "


def NEWCOOPS(head):
    """The five records of one statement of the coops founded 2021-2025 (printed twice)."""
    at = lambda n: head + KINDS[:KINDS.index(n)] + "«" + KINDS[KINDS.index(n):]  # noqa: E731
    return [
        R(head + "«" + KINDS, "hợp tác xã thành lập mới trong giai đoạn 2021–2025", "=", 200, **CNT),
        R(at("160 "), "hợp tác xã nông nghiệp thành lập mới", "=", 160, **CNT),
        R(at("35 "), "hợp tác xã dịch vụ thương mại thành lập mới", "=", 35, **CNT),
        R(at("5 hợp tác xã tiểu"), "hợp tác xã tiểu thủ công nghiệp thành lập mới", "=", 5, **CNT),
        R(head + KINDS + "«40", "hợp tác xã được thành lập bình quân mỗi năm", "~", 40, **CNT),
    ]


D03 = dict(name="03_nghean-tong-ket-de-an-htx-2021-2025", kind="result", year=2025, records=[
    *NEWCOOPS(LEAD),
    *NEWCOOPS(BODY),
    R("bảo đảm «100% xã", "xã, phường đều có hợp tác xã hoạt động", "=", 100),
    R("đạt «268.700 người", "lực lượng lao động nông thôn tham gia hợp tác xã", "=", 268700, **CNT),
    R("khoảng «5,5 triệu", "thu nhập bình quân của lao động thường xuyên", "~", 5_500_000,
      **VND("đồng mỗi tháng")),
    R("xây dựng «91 hợp tác xã", "hợp tác xã kiểu mới gắn với chuỗi giá trị được hỗ trợ xây dựng", "=", 91, **CNT),
    R("giá trị, «9 hợp tác xã", "hợp tác xã mở cửa hàng nông sản", "=", 9, **CNT),
])

# --------------------------------------------------------------------------
# 04 Huế, the city's cooperative alliance reviewing 2025, December 2025 (huengaynay.vn; the stamp
# " date 2025-12-26" written as the first line `date 2025-12-26`; cut: the rest of the stamp's line,
# the photo caption "Ông Nguyễn Văn Hùng, ... phát biểu tại hội nghị", with the blank line after it;
# the excerpt ends in "dự kiến sẽ d"). Year 2025. Results (=): "đã thành lập 12 HTX mới và kết nạp
# thêm 6 HTX, tổ hợp tác thành viên". NOT: "đạt 100% kế hoạch" (completion against the plan). Not
# quantities: "đạt 4/5 chỉ tiêu đề ra, trong đó có 1 chỉ tiêu vượt kế hoạch" (a count of the plan's
# targets met, as the earlier sets' "12/12 chỉ tiêu"), "lần thứ VI" (no digit), "2025 - 2030"
# (terms). Ids null.
# --------------------------------------------------------------------------
D04 = dict(name="04_hue-lien-minh-htx-tong-ket-2025", kind="result", year=2025, records=[
    R("thành lập «12 HTX mới", "HTX mới được Liên minh HTX thành phố thành lập", "=", 12, **CNT),
    R("kết nạp thêm «6 HTX", "HTX, tổ hợp tác thành viên được kết nạp thêm", "=", 6, **CNT),
], NOT=["đạt «100% kế hoạch"])

# --------------------------------------------------------------------------
# 05 Thanh Hóa, Decision 147/QĐ-UBND of 12 January 2026 approving the scheme for agricultural
# cooperatives 2026-2030, the legal page's header and preamble (nhansu.vn; nothing cut: the table of
# the document's data is the page's own content; no byline, no stamp; the excerpt ends in "của UB").
# A precision text, no record: every number is a document number ("147/QĐ-UBND", "72/2025/QH15",
# "17/2023/QH15", "20-NQ/TW", "113/2024/NĐ-CP", "340/QĐ-TTg", "94-KH/TU", "922/QĐ-UBND",
# "09/NQ-CP", "280/KH-UBND"), a date ("12/01/2026", "20/6/2023", "16/6/2022", ...) or a period
# ("2026-2030", "2021-2030").
# --------------------------------------------------------------------------
D05 = dict(name="05_thanhhoa-de-an-htx-nong-nghiep-2026-2030-precision", kind="target", year=2026, records=[])

# --------------------------------------------------------------------------
# 06 Sơn La, enterprises and cooperatives in the agricultural value chains, October 2025
# (amp.congthuong.vn; cut: the photo caption "Chương trình Cà phê Doanh nhân thu hút nhiều doanh
# nghiệp, hợp tác xã trên địa bàn tỉnh"; no byline, no stamp; the excerpt ends in "liên kết tiêu
# thụ"). Year 2025: the figures are the province's "hiện" at the close of "giai đoạn 2020-2025" ("5
# năm qua"; the meeting of "sáng 4/10" names no year; a judgement). Results: "hơn 4.200 doanh
# nghiệp" (>), "tổng vốn đăng ký trên 90 nghìn tỷ đồng" (>, 90e12: "nghìn tỷ", both words
# multiply), "hơn 1.000 hợp tác xã" (>), "Doanh thu bình quân của một HTX hiện đạt khoảng 2 tỷ
# đồng/năm" (~: the bound word next to the number), "thu nhập của lao động thường xuyên khoảng 72
# triệu đồng/người/năm" (~). Not quantities: "2020-2025", "4/10", "5 năm qua". Ids null.
# --------------------------------------------------------------------------
D06 = dict(name="06_sonla-htx-chuoi-gia-tri-2025", kind="result", year=2025, records=[
    R("hiện có hơn «4.200 doanh nghiệp", "doanh nghiệp toàn tỉnh", ">", 4200, **CNT),
    R("đăng ký trên «90 nghìn tỷ", "tổng vốn đăng ký của doanh nghiệp", ">", 90_000_000_000_000, **VND()),
    R("cùng hơn «1.000 hợp tác xã", "hợp tác xã (HTX) toàn tỉnh", ">", 1000, **CNT),
    R("hiện đạt khoảng «2 tỷ", "doanh thu bình quân của một HTX", "~", 2_000_000_000, **VND("đồng/năm")),
    R("thường xuyên khoảng «72 triệu", "thu nhập của lao động thường xuyên", "~", 72_000_000,
      **VND("đồng/người/năm")),
])

# --------------------------------------------------------------------------
# 07 Tây Ninh, the province's action programme on the collective economy (Resolution 20-NQ/TW),
# targets for 2030 and 2045 (sotttt.tayninh.gov.vn; nothing cut; no byline, no stamp; the excerpt
# opens mid-article, "Theo đó, ..." and ends in "xã hội - "). Targets, "Đến năm 2030": "khoảng 160
# tổ hợp tác" (~), "với 4.000 thành viên", "240 hợp tác xã với 50.000 thành viên", "02 liên hiệp hợp
# tác xã với 10 hợp tác xã thành viên" (bare: >=; "khoảng" read on 160 only, the bound word next to
# the number, as the earlier sets), "trên 60% tổ chức kinh tế tập thể đạt loại tốt, khá" (>), "ít
# nhất 50% tham gia liên kết theo chuỗi giá trị" (>=), "trên 40% hợp tác xã ứng dụng công nghệ cao"
# (>). "Đến năm 2045": "tối thiểu 20% dân số" (>=), and the two sentences that follow in the same
# paragraph (the 2045 goals of the resolution, the year carried on): "Bảo đảm 80% tổ chức kinh tế
# tập thể hoạt động hiệu quả" (>=), "ít nhất 70% tham gia các chuỗi liên kết" (>=). Ids null (the
# high-tech share is not the catalogue's digital share; a judgement).
# --------------------------------------------------------------------------
D07 = dict(name="07_tayninh-chuong-trinh-kinh-te-tap-the-2030", kind="target", year=2030, records=[
    R("khoảng «160 tổ hợp tác", "tổ hợp tác", "~", 160, **CNT),
    R("với «4.000 thành viên", "thành viên tổ hợp tác", ">=", 4000, **CNT),
    R("viên; «240 hợp tác xã", "hợp tác xã", ">=", 240, **CNT),
    R("với «50.000 thành viên", "thành viên hợp tác xã", ">=", 50000, **CNT),
    R("viên; «02 liên hiệp", "liên hiệp hợp tác xã", ">=", 2, **CNT),
    R("với «10 hợp tác xã thành viên", "hợp tác xã thành viên của liên hiệp hợp tác xã", ">=", 10, **CNT),
    R("trên «60% tổ chức", "tổ chức kinh tế tập thể đạt loại tốt, khá", ">", 60),
    R("ít nhất «50% tham gia liên kết", "tổ chức kinh tế tập thể tham gia liên kết theo chuỗi giá trị", ">=", 50),
    R("trên «40% hợp tác xã", "hợp tác xã ứng dụng công nghệ cao vào sản xuất, tiêu thụ sản phẩm nông nghiệp",
      ">", 40),
    R("tối thiểu «20% dân số", "dân số tham gia các tổ chức kinh tế tập thể", ">=", 20, year=2045),
    R("Bảo đảm «80% tổ chức", "tổ chức kinh tế tập thể hoạt động hiệu quả", ">=", 80, year=2045),
    R("ít nhất «70% tham gia các chuỗi", "tổ chức kinh tế tập thể tham gia các chuỗi liên kết", ">=", 70,
      year=2045),
])

# --------------------------------------------------------------------------
# 08 Hòa Bình, the province's targets for the collective economy to 2030 and 2045 (hoabinh.gov.vn;
# nothing cut; no byline, no stamp; the excerpt opens at "Mục tiêu cụ thể đến năm 2030" and ends in
# "đảm bảo thống nhất"). Targets for 2030 (bare: >=): "25.000 thành viên tham gia 730 hợp tác xã,
# 320 tổ hợp tác, 10 Liên hiệp hợp tác xã" (four counts, each its own subject); the growth rates
# "doanh thu, lợi nhuận ... tăng bình quân 7,0%/năm", "quy mô thành viên ... tăng bình quân
# 3,0%/năm", "đóng góp ... vào ngân sách Nhà nước tăng 9,0%/năm" (targets stated as a change: spec,
# >=, unit %); "100% số xã đạt chuẩn nông thôn mới có hợp tác xã hoạt động hiệu quả", "85% số hợp
# tác xã hoạt động hiệu quả", "tỷ lệ hợp tác xã yếu kém đạt dưới 2%" (<). For 2045: "tối thiểu 20%
# dân số" (>=), "90% ...", "65% ...", "100% tổ chức kinh tế tập thể ứng dụng khoa học công nghệ,
# nhất là chuyển đổi số" (>=). Id: COOP_DIGITAL for the last (collective-economy organisations
# applying technology, digital transformation first: the catalogue's share of cooperatives applying
# digital technology; a judgement); the rest null.
# --------------------------------------------------------------------------
D08 = dict(name="08_hoabinh-kinh-te-tap-the-muc-tieu-2030", kind="target", year=2030, records=[
    R("có «25.000 thành viên", "thành viên tham gia hợp tác xã", ">=", 25000, **CNT),
    R("tham gia «730 hợp tác xã", "hợp tác xã", ">=", 730, **CNT),
    R("xã, «320 tổ hợp tác", "tổ hợp tác", ">=", 320, **CNT),
    R("tác, «10 Liên hiệp", "Liên hiệp hợp tác xã", ">=", 10, **CNT),
    R("tăng bình quân «7,0%/năm", "doanh thu, lợi nhuận khu vực kinh tế tập thể tăng bình quân", ">=", 7),
    R("tăng bình quân «3,0%/năm", "quy mô thành viên khu vực kinh tế tập thể tăng bình quân", ">=", 3),
    R("tăng «9,0%/năm", "đóng góp khu vực kinh tế tập thể vào ngân sách Nhà nước tăng", ">=", 9),
    R("năm; «100% số xã", "số xã đạt chuẩn nông thôn mới có hợp tác xã hoạt động hiệu quả", ">=", 100),
    R("quả; «85% số hợp tác xã", "số hợp tác xã hoạt động hiệu quả", ">=", 85),
    R("đạt dưới «2%", "tỷ lệ hợp tác xã yếu kém", "<", 2),
    R("tối thiểu «20% dân số", "dân số tham gia tổ chức kinh tế tập thể", ">=", 20, year=2045),
    R("nước; «90% tổ chức", "tổ chức kinh tế tập thể hoạt động hiệu quả", ">=", 90, year=2045),
    R("quả; «65% tổ chức", "tổ chức kinh tế tập thể tham gia chuỗi liên kết", ">=", 65, year=2045),
    R("kết; «100% tổ chức", "tổ chức kinh tế tập thể ứng dụng khoa học công nghệ, nhất là chuyển đổi số vào "
      "hoạt động sản xuất, kinh doanh, dịch vụ", ">=", 100, year=2045, iid=COOP_DIGITAL),
])

# --------------------------------------------------------------------------
# 09 Bình Thuận, Plan 2949/KH-UBND of 7 September 2022 on the collective economy in 2023: its review
# of 2022 (vanban123.vn; nothing cut; no byline, no stamp; the excerpt ends in "67,4% kế hoạ").
# Results of 2022 (the section "NĂM 2022"; "Ước ..." an estimate for the year's end: =, spec's
# "ước đạt"): "Tính đến ngày 30/6/2022 toàn tỉnh có: 203 HTX và 02 LH HTX", "Ước đến cuối năm 2022
# ... 204 HTX, 02 LH HTX", "3.204 THT", "thành lập mới 10 HTX", "giải thể 05 HTX", "có 184 HTX, 02
# LH HTX đang hoạt động", "đang thực hiện giải thể 01 LH HTX" (counts, each its own subject); the
# average revenue "2,2 tỷ đồng" and profit "200 triệu đồng" of one cooperative (money, "đồng");
# "Doanh thu của HTX đối với thành viên chiếm hơn 60% tổng doanh thu" (>); "70 HTX (chiếm 34,3% trên
# tổng số HTX)" (a count and its share, spec's bracket); "48.924 thành viên", "70 thành viên gia nhập
# mới", "07 HTX thành viên" (of the unions), "118.544 thành viên" (of the groups). NOT (completion
# against the year's plan, the earlier sets' majority): "đạt 100,5%", "đạt 62,3% kế hoạch năm", the
# five "đạt 100% kế hoạch", "đạt 100,1% kế hoạch", "đạt 67,4% kế hoạ[ch]". Not quantities: "01 HTX"
# in "Doanh thu bình quân của 01 HTX", "Lãi bình quân của 01 HTX" (the unit of the average), "Luật
# Hợp tác xã năm 2012" (a name), "2949/KH-UBND", "5529/BKHĐT-HTX" (documents), dates. Ids null.
# --------------------------------------------------------------------------
D09 = dict(name="09_binhthuan-ke-hoach-kttt-2023-ket-qua-2022", kind="result", year=2022, records=[
    R("tỉnh có: «203 HTX", "HTX toàn tỉnh tính đến ngày 30/6/2022", "=", 203, **CNT),
    R("203 HTX và «02 LH HTX", "LH HTX toàn tỉnh tính đến ngày 30/6/2022", "=", 2, **CNT),
    R("tỉnh có: «204 HTX", "HTX toàn tỉnh ước đến cuối năm 2022", "=", 204, **CNT),
    R("204 HTX, «02 LH HTX", "LH HTX toàn tỉnh ước đến cuối năm 2022", "=", 2, **CNT),
    R("100,5%; «3.204 THT", "THT toàn tỉnh", "=", 3204, **CNT),
    R("thành lập mới «10 HTX", "HTX thành lập mới", "=", 10, **CNT),
    R("giải thể «05 HTX", "HTX giải thể", "=", 5, **CNT),
    R("có «184 HTX", "HTX đang hoạt động", "=", 184, **CNT),
    R("184 HTX, «02 LH HTX", "LH HTX đang hoạt động", "=", 2, **CNT),
    R("giải thể «01 LH HTX", "LH HTX đang thực hiện giải thể", "=", 1, **CNT),
    R("là: «2,2 tỷ", "doanh thu bình quân của 01 HTX", "=", 2_200_000_000, **VND()),
    R("chiếm hơn «60% tổng", "doanh thu của HTX đối với thành viên trong tổng doanh thu của HTX", ">", 60),
    R("là «200 triệu", "lãi bình quân của 01 HTX", "=", 200_000_000, **VND()),
    R("là «70 HTX", "số HTX hoạt động hiệu quả theo Luật Hợp tác xã năm 2012", "=", 70, **CNT),
    R("(chiếm «34,3%", "HTX hoạt động hiệu quả trên tổng số HTX", "=", 34.3),
    R("thu hút «48.924 thành viên", "thành viên tham gia các HTX", "=", 48924, **CNT),
    R("có «70 thành viên", "thành viên gia nhập mới", "=", 70, **CNT),
    R("LH HTX: «07 HTX thành viên", "HTX thành viên của LH HTX", "=", 7, **CNT),
    R("THT: «118.544 thành viên", "thành viên của THT", "=", 118544, **CNT),
], NOT=["đạt «100,5%", "đạt «62,3% kế", "10 HTX, đạt «100% kế", "2,2 tỷ đồng đạt «100% kế",
        "triệu đồng đạt «100% kế", "đạt «100% kế hoạch năm 2022", "đạt «100,1% kế", "thành viên, đạt «100% kế",
        "đạt «67,4% kế"])

# --------------------------------------------------------------------------
# 10 Bình Thuận, the province's plan for the collective economy in 2025 (thuonghieucongluan.com.vn;
# nothing cut; no byline, no stamp; the excerpt ends in "nguồn nh"). Targets of 2025 ("Cụ thể,
# trong năm 2025, tỉnh Bình Thuận sẽ ..."; a bare "là" or "đạt" in a target: >=): "thành lập mới
# thêm 10 Hợp tác xã", "doanh thu bình quân ... 2.250 triệu đồng/năm" (2.25e9), "thu nhập bình quân
# của người lao động ... 6 triệu đồng/tháng", "tỷ lệ cán bộ ... trình độ trung cấp trở lên đạt 54%",
# "tỷ lệ Hợp tác xã nông nghiệp ứng dụng công nghệ cao đạt 12%". Not a quantity: "Luật Hợp tác xã năm
# 2023" (a name). Ids null (the high-tech share as in 07).
# --------------------------------------------------------------------------
D10 = dict(name="10_binhthuan-ke-hoach-kttt-2025", kind="target", year=2025, records=[
    R("mới thêm «10 Hợp tác xã", "Hợp tác xã thành lập mới", ">=", 10, **CNT),
    R("là «2.250 triệu", "doanh thu bình quân của Hợp tác xã", ">=", 2_250_000_000, **VND("đồng/năm")),
    R("là «6 triệu", "thu nhập bình quân của người lao động trong Hợp tác xã", ">=", 6_000_000,
      **VND("đồng/tháng")),
    R("đạt «54%", "tỷ lệ cán bộ Hợp tác xã có trình độ trung cấp trở lên", ">=", 54),
    R("đạt «12%", "tỷ lệ Hợp tác xã nông nghiệp ứng dụng công nghệ cao trong tổng số Hợp tác xã trong lĩnh "
      "vực nông nghiệp", ">=", 12),
])

# --------------------------------------------------------------------------
# 11 Bình Dương, cooperatives founded in the first quarter of 2022 (binhduongtimes.com; cut: the
# byline "TIẾN HẠNHhttps://binhduongtimes.com/" and the comment form "Trả lời", "Email của bạn sẽ
# không được hiển thị công khai. ..." with the blank lines that went with them; no stamp). Year 2022
# ("quý I-2022"). Results: the title's "thành lập mới 3 hợp tác xã" and the body's "thành lập mới 3
# HTX" (both recorded), "với 21 thành viên", "tổng vốn điều lệ của 3 HTX là 2,4 tỷ đồng" (money;
# the second "3 HTX" names the subject), "toàn tỉnh có 215 HTX với hơn 31.000 thành viên, vốn điều
# lệ hơn 788 tỷ đồng" (=, >, >). Not quantities: "quý I-2022", "quý II" (periods), "Luật HTX năm
# 2012" (a name). Ids null.
# --------------------------------------------------------------------------
D11 = dict(name="11_binhduong-htx-thanh-lap-quy-i-2022", kind="result", year=2022, records=[
    R("thành lập mới «3 hợp tác xã", "hợp tác xã thành lập mới trong quý I-2022", "=", 3, **CNT),
    R("thành lập mới «3 HTX", "HTX thành lập mới trong quý I-2022", "=", 3, **CNT),
    R("với «21 thành viên", "thành viên của các HTX thành lập mới", "=", 21, **CNT),
    R("là «2,4 tỷ", "tổng vốn điều lệ của 3 HTX thành lập mới", "=", 2_400_000_000, **VND()),
    R("tỉnh có «215 HTX", "HTX toàn tỉnh lũy kế đến nay", "=", 215, **CNT),
    R("với hơn «31.000 thành viên", "thành viên HTX toàn tỉnh", ">", 31000, **CNT),
    R("điều lệ hơn «788 tỷ", "vốn điều lệ của HTX toàn tỉnh", ">", 788_000_000_000, **VND()),
])

# --------------------------------------------------------------------------
# 12 Thái Nguyên, the province's cooperative alliance setting its tasks for 2022
# (thainguyentv.vn; nothing cut; no byline, no stamp). Targets of 2022 ("Năm 2022 Liên minh HTX
# đặt mục tiêu phấn đấu thành lập mới ..."): "60 tổ hợp tác" (bare: >=), "40 HTX trở lên" (>=),
# "ít nhất 30 HTX trong lĩnh vực nông nghiệp" (>=), "01 liên hiệp HTX" (>=). Ids null.
# --------------------------------------------------------------------------
D12 = dict(name="12_thainguyen-lien-minh-htx-nhiem-vu-2022", kind="target", year=2022, records=[
    R("thành lập mới «60 tổ hợp tác", "tổ hợp tác thành lập mới", ">=", 60, **CNT),
    R("và «40 HTX trở lên", "HTX thành lập mới", ">=", 40, **CNT),
    R("ít nhất «30 HTX", "HTX trong lĩnh vực nông nghiệp thành lập mới", ">=", 30, **CNT),
    R("và «01 liên hiệp HTX", "liên hiệp HTX thành lập mới", ">=", 1, **CNT),
])

# --------------------------------------------------------------------------
# 13 Quảng Trị, the emulation bloc of non-agricultural cooperatives reviewing 2023 and signing its
# 2024 pledge, January 2024 (lienminhquangtri.vn; cut: the section label "Hoạt động LM HTX và thành
# viên" with the blank line after it; no byline, no stamp). A precision text, no record: "đại diện
# 38 đơn vị là thành viên của Khối thi đua" (the participants of a meeting, spec: not a quantity),
# "Ngày 10/01/2024", "năm 2023", "năm 2024" (dates).
# --------------------------------------------------------------------------
D13 = dict(name="13_quangtri-khoi-thi-dua-htx-2024-precision", kind="result", year=2024, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
