#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set77).

Copied from set69's builder (itself from set47's, set45's, set43's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (232
entries; see README). As in set10-set69, the id is given in the record itself (`iid=`).

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
# 01 Telemedicine, national (plo.vn; the title line "Để 100% cơ sở y tế khám chữa
# bệnh từ xa: ... 24/11/2025 14:14", which opened with the crawler's stamp and held
# the byline date, cut and written as `date 2025-11` → document year 2025). The
# Ministry of Health's strategy: "đến năm 2030, 100% cơ sở y tế sẽ có bộ phận khám
# chữa bệnh từ xa" (target, >= bare, year 2030; society.telehealth_facilities_share,
# whose wording it is). "Tháng 9-2020, Bộ Y tế đã khánh thành 1.000 điểm cầu khám,
# chữa bệnh t..." (result, =, count, year 2020; the excerpt ends inside the noun, so
# the wording is what stands; no id). Not quantities: "Đến năm 2030, mọi cơ sở y tế"
# (no number), "2025-2030", "năm 2020", "quyết định 2628", "2020-2025", "9-2020",
# "Bệnh viện K" (a name). Pillar null (no heading names one).
# --------------------------------------------------------------------------
D01 = dict(name="01_ca-nuoc-kham-chua-benh-tu-xa-2030", kind="target", year=2025, records=[
    R("đến năm 2030, «100% cơ sở y tế", "cơ sở y tế sẽ có bộ phận khám chữa bệnh từ xa", ">=", 100, year=2030,
      iid="society.telehealth_facilities_share"),
    R("khánh thành «1.000 điểm cầu", "Bộ Y tế đã khánh thành điểm cầu khám, chữa bệnh t", "=", 1000, **CNT,
      kind="result", year=2020),
])

# --------------------------------------------------------------------------
# 02 Digital agriculture in the Central Highlands (kinhtenet.vn, an article stored
# under an unrelated address; no date shown, the text names no year → year null;
# the photo caption "cds-1652174312.jpg Tây Nguyên đang đẩy mạnh ..." cut). Results
# of Gia Lai, one list: "51 mã số vùng trồng cây ăn quả", "21 cơ sở đóng gói trái
# cây phục vụ xuất khẩu", "12 dự án trồng trọt nông nghiệp công nghệ cao" (=,
# count), "hơn 100 cơ sở sử dụng tem truy xuất nguồn gốc", "hơn 300 đơn vị đăng ký
# sử dụng mã số mã vạch GS1" (>, count); each with place "Gia Lai" (a regional page:
# no province is the document's own). Lâm Đồng's "doanh thu từ 5-8 tỷ đồng/ha/năm"
# (result, between 5e9-8e9, other "đồng/ha/năm", place "Lâm Đồng"; "từ 5-8" a range
# stated once; the magnitude word multiplied into both ends). No ids (counts; the
# catalogue holds econ.traceable_products_share, a share of products). Not
# quantities: "5 tỉnh Gia Lai, Đắk Lắk, ..." (the provinces of the region named,
# not a value), "4.0" (a name). Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_gialai-taynguyen-ma-vung-trong-truy-xuat", kind="result", year=None, records=[
    R("Toàn tỉnh có «51 mã số", "mã số vùng trồng cây ăn quả", "=", 51, **CNT, place="Gia Lai"),
    R("cây ăn quả, «21 cơ sở", "cơ sở đóng gói trái cây phục vụ xuất khẩu", "=", 21, **CNT, place="Gia Lai"),
    R("xuất khẩu; «12 dự án", "dự án trồng trọt nông nghiệp công nghệ cao", "=", 12, **CNT, place="Gia Lai"),
    R("cao, hơn «100 cơ sở", "cơ sở sử dụng tem truy xuất nguồn gốc", ">", 100, **CNT, place="Gia Lai"),
    R("hơn «300 đơn vị", "đơn vị đăng ký sử dụng mã số mã vạch GS1", ">", 300, **CNT, place="Gia Lai"),
    R("doanh thu từ «5-8 tỷ", "nhiều trang trại trên địa bàn đã cho doanh thu", "between", 5e9, value_max=8e9,
      unit="other", unit_text="đồng/ha/năm", place="Lâm Đồng"),
])

# --------------------------------------------------------------------------
# 03 Hải Phòng, cashless school fees (vietnamnet.vn, no date shown; the image name
# "thanh-toan.png" and the caption "Thanh toán không dùng tiền mặt đem lại nhiều lợi
# ích ..." cut). The national target "đến cuối năm 2025, 90 - 100% cơ sở giáo dục
# trên địa bàn đô thị chấp nhận thanh toán học phí bằng phương thức thanh toán không
# dùng tiền mặt" (target, between 90-100, year 2025; society.cashless_school_fees_share).
# Đông Hải school's "kết quả 100% số cha mẹ học sinh thanh toán điện tử như hiện nay"
# (result, =, year null: "hiện nay" on an undated page; no id: the parents of one
# school, not the schools' share; a judgement). Not quantities: "2021 - 2025" (the
# Đề án's period), "gần 2 năm" (a duration). Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_haiphong-hoc-phi-khong-tien-mat", kind="result", year=None, records=[
    R("năm 2025, «90 - 100%", "cơ sở giáo dục trên địa bàn đô thị chấp nhận thanh toán học phí bằng phương thức "
      "thanh toán không dùng tiền mặt", "between", 90, value_max=100, kind="target", year=2025,
      iid="society.cashless_school_fees_share"),
    R("kết quả «100% số cha mẹ", "số cha mẹ học sinh thanh toán điện tử", "=", 100),
])

# --------------------------------------------------------------------------
# 04 Bắc Giang's litchi on e-commerce platforms, 2021 (a blog copy,
# gocnhinkinhdoanhmoi.blogspot.com, posted 2022/01 per its address; no date shown;
# the caption "1 triệu đơn hàng online chốt mua vải thiều Bắc Giang (ảnh: TL) |"
# cut). Document year 2021 ("Năm 2021 chứng kiến ...", "năm 2021"). National figures:
# "nền kinh tế số tại Việt Nam năm 2021 ước đạt 21 tỷ USD" (result, =, other "USD",
# 21e9) and "dự kiến đạt 57 tỷ USD vào năm 2025" (a forecast for 2025 read as a
# target, >=, year 2025; a judgement); no ids (the catalogue's digital-economy
# measures are shares of GRDP). Bắc Giang: the subheading "Chốt 1 triệu đơn hàng vải
# thiều" (result, =, count 1e6; a heading that states a value is recorded, as a
# repeated statement), the plan "đặt mục tiêu tiêu thụ khoảng 2.000 tấn vải thiều
# tươi thông qua 6 sàn TMĐT" (target, ~, other "tấn", 2021), the results "đạt trên
# 9.000 tấn" (>, "tấn") and "gần 1 triệu đơn hàng chốt mua" (~, count). Not
# quantities: "tăng 31% so với năm 2020" (a change against an earlier value → NOT),
# "tăng gấp gần 3 lần trong vòng 4 năm tới" (a multiple against today's value),
# "gần gấp 5 lần kịch bản tốt nhất" (a result against the plan), "6 sàn TMĐT" (the
# channels of the target, not its value; a judgement), "hàng triệu", "chục tấn", "cả
# triệu" (no digits). Pillar null. No place (Bắc Giang is the page's subject).
# --------------------------------------------------------------------------
D04 = dict(name="04_bacgiang-vai-thieu-san-tmdt-2021", kind="result", year=2021, records=[
    R("ước đạt «21 tỷ USD", "nền kinh tế số tại Việt Nam", "=", 21e9, **USD),
    R("dự kiến đạt «57 tỷ USD", "nền kinh tế số tại Việt Nam", ">=", 57e9, **USD, kind="target", year=2025),
    R("Chốt «1 triệu đơn hàng vải thiều", "đơn hàng vải thiều", "=", 1e6, **CNT, line=True),
    R("khoảng «2.000 tấn", "Bắc Giang đặt mục tiêu tiêu thụ vải thiều tươi thông qua 6 sàn TMĐT", "~", 2000, **TAN,
      kind="target"),
    R("đạt trên «9.000 tấn", "sản lượng vải thiều phân phối qua các sàn", ">", 9000, **TAN),
    R("với gần «1 triệu đơn hàng chốt", "đơn hàng chốt mua", "~", 1e6, **CNT),
], NOT=["tăng «31% so với"])

# --------------------------------------------------------------------------
# 05 TP.HCM, farmers on Postmart (vietgiaitri.com, no date shown; the caption "Lễ ký
# kết giữa Hội Nông dân TP.HCM và Bưu điện TP ... Ảnh: Trần Đáng" and the furniture
# line "Video đang HOT" cut). A precision text: one quantity, "Mục tiêu trong năm
# 2022, sẽ có hơn 6.600 hộ nông dân sản xuất, kinh doanh giỏi của TP đưa nông sản lên
# sàn giao dịch điện tử Postmart" (target, >, count, 2022; no id: the catalogue holds
# the share of farm households). Not quantities: "29/3", "Covid-19", one farmer's "2
# sản phẩm" written three times (what one person registered, not a value of an
# indicator; a judgement). Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_tphcm-nong-dan-postmart-2022-precision", kind="target", year=2022, records=[
    R("sẽ có hơn «6.600 hộ", "hộ nông dân sản xuất, kinh doanh giỏi của TP đưa nông sản lên sàn giao dịch điện tử "
      "Postmart", ">", 6600, **CNT),
])

# --------------------------------------------------------------------------
# 06 Hà Tĩnh's farmers' union and post office (danviet.vn print page, an address
# holding 20220401; no date shown and no year in the text → year null; Hương Sơn is
# a district of Hà Tĩnh, the province not named). Targets of the programme: "thu
# thập thông tin của 95.000 hộ sản xuất nông nghiệp cập nhật lên giới thiệu và bán
# sản phẩm trên các sàn" (target, >= bare, count), "mỗi quý ... tổ chức ít nhất 1
# chương trình phối hợp kết nối, tiêu thụ nông sản" (>=, count: a quantified
# activity per quarter, not a count of a plan's tasks; a judgement) and "với số
# lượng ít nhất 200 tấn nông sản các loại" (>=, other "tấn"). No ids. Not
# quantities: "mỗi quý (3 tháng)" (a period). Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_hatinh-huongson-hoi-nong-dan-postmart", kind="target", year=None, records=[
    R("thông tin của «95.000 hộ", "thu thập thông tin của hộ sản xuất nông nghiệp cập nhật lên giới thiệu và bán sản "
      "phẩm trên các sàn giao dịch thương mại điện tử", ">=", 95000, **CNT),
    R("ít nhất «1 chương trình", "mỗi quý tổ chức chương trình phối hợp kết nối, tiêu thụ nông sản", ">=", 1, **CNT),
    R("ít nhất «200 tấn", "số lượng nông sản các loại", ">=", 200, **TAN),
])

# --------------------------------------------------------------------------
# 07 Thanh Hóa's smart tourism (doanhnghiephoinhap.vn, no date shown). Targets "đặt
# mục tiêu đến năm 2025" (the sentence before) → year 2025 for "100% các khu, điểm du
# lịch trọng điểm được lắp dựng hệ thống mạng internet không dây công cộng phục vụ
# khách du lịch" and "100% máy tra cứu thông tin du lịch, dịch vụ được lắp tại các khu
# du lịch trọng điểm, ..." (>= bare; each clause ends at ";" or the line's end). No
# ids (infra.public_wifi_points_count is a count of points). Not quantities: "2 giai
# đoạn", "Giai đoạn 1", "giai đoạn 2" (the project's phases), "VR 360" (a name).
# Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_thanhhoa-du-lich-thong-minh-2025", kind="target", year=2025, records=[
    R("mục tiêu «100% các khu", "các khu, điểm du lịch trọng điểm được lắp dựng hệ thống mạng internet không dây công "
      "cộng phục vụ khách du lịch", ">=", 100),
    R("du lịch; «100% máy tra cứu", "máy tra cứu thông tin du lịch, dịch vụ được lắp tại các khu du lịch trọng điểm",
      ">=", 100),
])

# --------------------------------------------------------------------------
# 08 Huế's heritage e-tickets (baochinhphu.vn print page; no date shown). A precision
# text with no quantity: "8 di sản được UNESCO công nhận" (the province's heritage,
# no target or result of the transformation), "VR 360o" (a name), "tháng 11/2022" (a
# date), "24/7" (opening hours). No record.
# --------------------------------------------------------------------------
D08 = dict(name="08_hue-ve-dien-tu-di-tich-precision", kind="result", year=None, records=[])

# --------------------------------------------------------------------------
# 09 Phú Thọ town's general hospital, QR payments (soyte.phutho.gov.vn, no date
# shown; the photo caption "Người dân thực hiện thanh toán viện phí không dùng tiền
# mặt qua mã QR ..." cut). A precision text with no quantity: "từ 400–500 lượt người
# bệnh" a day is the hospital's patient load (the base of the share, not a value of
# an indicator; a judgement), and the share itself is in words ("gần một nửa"). No
# record.
# --------------------------------------------------------------------------
D09 = dict(name="09_phutho-bv-thi-xa-vien-phi-qr-precision", kind="result", year=None, records=[])

# --------------------------------------------------------------------------
# 10 Electronic medical records, national (thuocmaitin.vn tag page, no date). "chỉ có
# 77 bệnh viện triển khai bệnh án điện tử" (result, =, count, year null; no id:
# society.hospitals_emr_share is a share). "Cả nước có gần 1.400 bệnh viện" is the
# base the 77 stands against, not a value of an indicator (a judgement, as set69's
# "58 tỉnh, thành"). Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_ca-nuoc-benh-an-dien-tu-77-benh-vien", kind="result", year=None, records=[
    R("chỉ có «77 bệnh viện", "bệnh viện triển khai bệnh án điện tử", "=", 77, **CNT),
])

# --------------------------------------------------------------------------
# 11 Electronic medical records, national (vietnamnet.vn tag page, no date; "đầu
# tháng 12" names no year → null). "mới có gần 60 cơ sở chính thức công bố chuyển từ
# bệnh án giấy sang bệnh án điện tử" (result, ~, count; no id). Not quantities:
# "khoảng 1.300 cơ sở y tế có giường bệnh" (the base, as 10), "tháng 12", "tiết kiệm
# 12 phút so với làm bệnh án giấy" (a difference against paper records, like a change
# against an earlier value; a judgement). Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_ca-nuoc-benh-an-dien-tu-60-co-so", kind="result", year=None, records=[
    R("mới có gần «60 cơ sở", "cơ sở chính thức công bố chuyển từ bệnh án giấy sang bệnh án điện tử", "~", 60, **CNT),
])

# --------------------------------------------------------------------------
# 12 Phú Vang health centre's kiosks, Huế (huengaynay.vn; the first line, the
# crawler's stamp "date 2026-02-12" run into the photo caption "Người dân thao tác
# trên ki-ốt y tế thông minh tại Trung tâm Y tế Phú Vang", cut and written as `date
# 2026-02`). A precision text with no quantity: "từ 800 đến 1.000 lượt mỗi ngày" and
# "khoảng 300 bệnh nhân" are the centre's patient load (not values of an indicator of
# the transformation; a judgement, as 09), "tháng 1/2026" a date, "BSCKII" a title. No
# record.
# --------------------------------------------------------------------------
D12 = dict(name="12_hue-phuvang-kiot-y-te-2026-precision", kind="result", year=2026, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
