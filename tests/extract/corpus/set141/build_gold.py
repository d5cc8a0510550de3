#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set141).

Copied from set69's builder (itself from set47's, set45's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (227
entries; see README). As in set10-set47, the id is given in the record itself (`iid=`).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, GOV, ECO, SOC, INFRA, SEC, HR, DATA, SMART, INST, AWARE, CNT, RANK, T, RES  # noqa: E402


DIEM = dict(unit="other", unit_text="điểm")
DONG = dict(unit="other", unit_text="đồng")

TAN = dict(unit="other", unit_text="tấn")
USD = dict(unit="other", unit_text="USD")

# --------------------------------------------------------------------------
# 01 Bình Định, hospital fees without cash (baobinhdinh.vn; no date shown and
# no year named → year null for all). Results, op "=" unless "khoảng" (~) or
# "hơn" (>). "22/24 cơ sở khám, chữa bệnh" is stated twice (title, body): two
# count records of 22 (the "/24" names the denominator, no record of its own; a
# judgement). "khoảng 110 nghìn lượt" (~, 110000), "hơn 27 tỷ đồng" (>, 27e9
# đồng). Then four facilities, each with its transactions (count), amount
# (đồng) and share of fees (%): one record per number, the facility in the
# indicator wording; no `place` (a facility, not a province or commune); scope
# null (a breakdown by facility is not a split by level). Ids: the shares take
# society.cashless_hospital_fees_share (its wording "tỷ trọng thanh toán viện
# phí không dùng tiền mặt", as set69 did); counts and amounts have none. Not
# quantities: "11 tháng" (a period). Pillar null.
# --------------------------------------------------------------------------
D01 = dict(name="01_binhdinh-vien-phi-khong-tien-mat-22-24-co-so", kind="result", year=None, records=[
    R("«22/24 cơ sở khám, chữa bệnh thanh toán", "cơ sở khám, chữa bệnh thanh toán viện phí không dùng tiền mặt",
      "=", 22, **CNT),
    R("hiện có «22/24", "cơ sở khám, chữa bệnh công lập và ngoài công lập tuyến tỉnh và huyện trực thuộc Sở đã "
      "triển khai thực hiện thanh toán viện phí không dùng tiền mặt", "=", 22, **CNT),
    R("khoảng «110 nghìn", "lượt thanh toán viện phí không dùng tiền mặt", "~", 110000, **CNT),
    R("hơn «27 tỷ", "số tiền thanh toán viện phí không dùng tiền mặt", ">", 27e9, **DONG),
    R("khoảng «2.000 lượt", "TTYT huyện Vĩnh Thạnh, lượt thanh toán không dùng tiền mặt", "~", 2000, **CNT),
    R("số tiền «380 triệu", "TTYT huyện Vĩnh Thạnh, số tiền thanh toán không dùng tiền mặt", "=", 380e6, **DONG),
    R("chiếm «29%", "TTYT huyện Vĩnh Thạnh, tỷ lệ thanh toán không dùng tiền mặt trong tổng viện phí khám chữa bệnh", "=", 29,
      iid="society.cashless_hospital_fees_share"),
    R("có «300 lượt", "Bệnh viện Mắt Sài Gòn Quy Nhơn, lượt thanh toán không dùng tiền mặt", "=", 300, **CNT),
    R("hơn «800 triệu", "Bệnh viện Mắt Sài Gòn Quy Nhơn, số tiền thanh toán không dùng tiền mặt", ">", 800e6,
      **DONG),
    R("(«18%)", "Bệnh viện Mắt Sài Gòn Quy Nhơn, tỷ lệ thanh toán viện phí không dùng tiền mặt", "=", 18,
      iid="society.cashless_hospital_fees_share"),
    R("có «2.227 lượt", "TTYT TP Quy Nhơn, lượt thanh toán không dùng tiền mặt", "=", 2227, **CNT),
    R("hơn «1,6 tỷ", "TTYT TP Quy Nhơn, số tiền thanh toán không dùng tiền mặt", ">", 1.6e9, **DONG),
    R("(«17%)", "TTYT TP Quy Nhơn, tỷ lệ thanh toán viện phí không dùng tiền mặt", "=", 17,
      iid="society.cashless_hospital_fees_share"),
    R("khoảng «9.000 lượt", "BVĐK tỉnh, lượt thanh toán không dùng tiền mặt", "~", 9000, **CNT),
    R("hơn «18 tỷ", "BVĐK tỉnh, số tiền thanh toán không dùng tiền mặt", ">", 18e9, **DONG),
    R("(«15%)", "BVĐK tỉnh, tỷ lệ thanh toán viện phí không dùng tiền mặt", "=", 15,
      iid="society.cashless_hospital_fees_share"),
])

# --------------------------------------------------------------------------
# 02 Đà Nẵng, QR payment at markets (m.viettimes.vn; no date shown). "Hơn
# 1.000 gian hàng ... đã tham gia lắp đặt và sử dụng mã VietQR" (result, >,
# count; year 2022, the pilot's start "Ngày 8/4/2022" being the only year; a
# judgement). "Sau hơn 1 năm triển khai, tại chợ Hàn, gần 800 tiểu thương ... đã
# sử dụng thanh toán qua mã VietQR" (result, ~, count; year null: "hơn 1 năm" after
# April 2022 names no year; a judgement). No ids (counts; the catalogue holds
# the share econ.merchants_cashless_share). "có đến 80% khách đến cửa hàng đề
# nghị thanh toán không dùng tiền mặt": one trader's own customers in a quote,
# no value of an indicator → NOT (a judgement, as set69's patient's amounts).
# Not quantities: "8/4/2022", "hơn 1 năm", "Đi chợ 4.0" (a name). Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_danang-cho-han-ma-qr-tieu-thuong", kind="result", year=None, records=[
    R("Hơn «1.000 gian hàng", "gian hàng của các tiểu thương tại chợ Cồn, chợ Hàn, chợ đống Đa đã tham gia lắp đặt và "
      "sử dụng mã VietQR để thanh toán không dùng tiền mặt", ">", 1000, **CNT, year=2022),
    R("gần «800 tiểu thương", "tiểu thương tại chợ Hàn đã sử dụng thanh toán qua mã VietQR code và các ví điện tử",
      "~", 800, **CNT, year=None),
], NOT=["có đến «80% khách"])

# --------------------------------------------------------------------------
# 03 Hòa Bình, the provincial plan's targets to 2030 (trangtraiviet.danviet.vn;
# no date shown). All targets, year 2030 ("thời kỳ 2021 – 2030", "Đến năm 2030";
# the growth rates "bình quân thời kỳ 2021 – 2030" take the period's end; a
# judgement). Ops: "đạt X" in a target >=; "khoảng" ~; "trên" >; "168 - 170",
# "từ 13.000 đến 15.000", "khoảng 30 - 32%" between; a bare "là X" >=. The
# growth of each sector and the structure of the economy by sector are
# breakdowns by kind, not splits by level: scope null, one record each with its
# own subject. Money: "168 - 170 triệu đồng" (GRDP per head, đồng), "13.000 đến
# 15.000 tỷ đồng", "4.500 triệu USD"; "3.580 triều USD" is the page's typo for
# "triệu" and is read as 3.58e9 USD (a judgement). "Tỷ trọng kinh tế số đạt
# khoảng 30% GRDP" (econ.digital_economy_gdp_share); "Tốc độ tăng năng suất lao
# động xã hội bình quần đạt trên 8%/năm" (econ.labour_productivity_growth);
# others no id. Every number is recorded though most are not of the
# transformation (the contract: every number a plan sets as a target). Not
# quantities: "2021 – 2030", "2050". Pillar null (no heading names one).
# --------------------------------------------------------------------------
D03 = dict(name="03_hoabinh-quy-hoach-kinh-te-so-30-grdp-2030", kind="target", year=2030, records=[
    R("đạt «9%/năm", "tốc độ tăng trưởng kinh tế (GRDP) bình quân", ">=", 9),
    R("nông - lâm - thủy sản đạt khoảng «3,5%", "tốc độ tăng trưởng nông - lâm - thủy sản", "~", 3.5),
    R("công nghiệp - xây dựng đạt khoảng «10,8%", "tốc độ tăng trưởng công nghiệp - xây dựng", "~", 10.8),
    R("dịch vụ đạt khoảng «10%/năm", "tốc độ tăng trưởng dịch vụ", "~", 10),
    R("đạt khoảng «6,7%", "tốc độ tăng trưởng thuế sản phẩm trừ trợ cấp sản phẩm", "~", 6.7),
    R("đạt trên «8%/năm", "Tốc độ tăng năng suất lao động xã hội bình quần", ">", 8,
      iid="econ.labour_productivity_growth"),
    R("là «168 - 170 triệu", "GRDP bình quân đầu người của Hòa Bình", "between", 168e6, value_max=170e6, **DONG),
    R("thủy sản chiếm khoảng «15%", "cơ cấu kinh tế: nông lâm - thủy sản", "~", 15),
    R("xây dựng chiếm khoảng «47%", "cơ cấu kinh tế: công nghiệp - xây dựng", "~", 47),
    R("dịch vụ chiếm khoảng «34%", "cơ cấu kinh tế: dịch vụ", "~", 34),
    R("sản phẩm chiếm khoảng «4%", "cơ cấu kinh tế: thuế sản phẩm trừ trợ cấp sản phẩm", "~", 4),
    R("đạt từ «13.000 đến", "Tổng thu ngân sách", "between", 13000e9, value_max=15000e9, **DONG),
    R("khoảng «4.500 triệu USD", "Kim ngạch xuất khẩu", "~", 4500e6, **USD),
    R("khoảng «3.580 triều USD", "kim ngạch nhập khẩu", "~", 3580e6, **USD),
    R("đạt khoảng «30% GRDP", "Tỷ trọng kinh tế số GRDP của tỉnh", "~", 30, iid="econ.digital_economy_gdp_share"),
    R("đạt trên «40%", "đóng góp của năng suất nhân tố tổng hợp (TFP) vào tăng trưởng", ">", 40),
    R("đạt khoảng «70%", "Tỷ lệ lao động qua đào tạo", "~", 70),
    R("đạt khoảng «30 - 32%", "đào tạo có văn bằng, chứng chỉ", "between", 30, value_max=32),
    R("đạt «40,5%", "Tỷ lệ đô thị hóa", ">=", 40.5),
    R("sử dụng đạt «100%", "Tỷ lệ hộ dân có điện sử dụng", ">=", 100),
    R("nông thôn mới là «80%", "tỷ lệ xã đạt chuẩn nông thôn mới", ">=", 80),
    R("nâng cao là «50%", "tỷ lệ xã đạt chuẩn nông thôn mới nâng cao", ">=", 50),
    R("nông thôn mới là «60%", "tỷ lệ huyện đạt chuẩn nông thôn mới", ">=", 60),
])

# --------------------------------------------------------------------------
# 04 Bắc Giang, farmers selling lychee by livestream (baobacgiang.vn; no date
# shown, no year named → null). A precision text: one quantity, "Kết quả đã
# có 8 tấn vải thiều Lục Ngạn được tiêu thụ" (result, =, 8 tấn). Not
# quantities: "buổi livestream 40 phút" (a duration), "khoảng 20 nghìn người
# xem" (the audience of one event, like the decided "sự tham dự của hơn 50 cơ
# quan báo chí"; a judgement), "Covid-19" (a name). Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_bacgiang-livestream-vai-thieu-precision", kind="result", year=None, records=[
    R("có «8 tấn", "vải thiều Lục Ngạn được tiêu thụ", "=", 8, **TAN),
])

# --------------------------------------------------------------------------
# 05 Bắc Giang, Viettel Post and the lychee season (baomoi.net.vn; no date
# shown). A precision text: "đã vận chuyển đi tiêu thụ hơn 30 tấn vải thiều"
# this season (result, >, tấn; year null: "từ đầu vụ đến nay" and no year is
# named for the season, 2022 being named only as the earlier year) and "năm
# 2022, Viettel Post đã vận chuyển đi tiêu thụ hơn 100 tấn" (result, >, 2022).
# Not quantities: "tất cả 10 huyện, thành phố ... đều có các bưu cục" (the
# network's spread, no indicator; a judgement), "30 đến 40 cán bộ, nhân viên và
# 5 đầu xe trọng tải từ 5 đến 12 tấn" (staff and vehicles sent, their load;
# resources of one firm, not values of an indicator; a judgement). Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_bacgiang-viettel-post-vai-thieu-precision", kind="result", year=None, records=[
    R("tiêu thụ hơn «30 tấn", "vải thiều vận chuyển đi tiêu thụ qua hệ thống Viettel Post", ">", 30, **TAN),
    R("tiêu thụ hơn «100 tấn", "vải thiều Bắc Giang Viettel Post đã vận chuyển đi tiêu thụ", ">", 100, **TAN,
      year=2022),
])

# --------------------------------------------------------------------------
# 06 Nghệ An, QR payment at hospitals (baonghean.vn, crawler stamp `date
# 2023-11`). A precision text with no quantity: "Kế hoạch số 216/KH-UBND ngày
# 31/3/2022", "Kế hoạch 1190/KH-BYT ngày 10/9/2022" (documents and dates),
# "vào năm 2019" (a year), "38 tuổi" (a person's age). No records.
# --------------------------------------------------------------------------
D06 = dict(name="06_nghean-benh-vien-qr-2023-precision", kind="result", year=2023, records=[])

# --------------------------------------------------------------------------
# 07 Lai Châu, e-commerce in the northern uplands (vneconomy.vn, crawler stamp
# `date 2025-05`). A precision text with no quantity: "Từ 24-25/5/2025" (dates);
# "Tỷ lệ doanh nghiệp ứng dụng thương mại điện tử còn thấp" names a rate
# without a number. No records.
# --------------------------------------------------------------------------
D07 = dict(name="07_laichau-thuong-mai-dien-tu-vung-trung-du-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 08 Nam Định, Mỹ Lộc district's tuition fees through Agribank (baonamdinh.vn,
# crawler stamp `date 2021-11`; outside the 2022-2026 aimed at, see README).
# "đã tài trợ cho 6 trường" (result, =, count of schools given the fee
# software, year 2021 from the stamp). "bước sang năm 2022 ... tiến hành thu
# 100% qua ngân hàng" (target, >= (a bare target number), year 2022: the first
# year named; a judgement; society.cashless_school_fees_share, its wording "thu
# học phí không dùng tiền mặt"). Not quantities: "năm 2022" and the date line.
# Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_namdinh-myloc-hoc-phi-truc-tuyen-2021", kind="result", year=2021, records=[
    R("tài trợ cho «6 trường", "trường Agribank Chi nhánh huyện Mỹ Lộc tài trợ phần mềm thu học phí qua ngân hàng", "=", 6, **CNT),
    R("tiến hành thu «100%", "thu học phí qua ngân hàng", ">=", 100, kind="target", year=2022,
      iid="society.cashless_school_fees_share"),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
