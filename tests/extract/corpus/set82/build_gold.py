#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set82).

Copied from set69's builder (itself from set47's, set45's, set43's, set41's, ... and the seeds').
Each record is written by hand below; its anchor is never typed in. A record names a locator: a
piece of the text with « just before the number. The locator (without «) must occur exactly once
in the text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
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
KM = dict(unit="other", unit_text="km")

# --------------------------------------------------------------------------
# 01 Thái Nguyên, fibre broadband in the province and in Định Hóa district
# (baothainguyen.vn; no date shown, the address holds 202302). No document
# year: the text names only 2020 (a start) and "Năm 2023" (a plan without a
# figure), so every "hiện" value has year null (as set69's 06). "toàn tỉnh hiện
# có 100% cơ quan, đơn vị ... và 72% hộ gia đình sử dụng dịch vụ này": two
# results, each with its own subject (bodies and households are kinds of
# subjects, not levels → scope null). Định Hóa's figures carry place "Định Hoá"
# (a district of the province, as written): "7,5 nghìn thuê bao" (count 7500,
# infra.internet_subscriptions_count: a district's fibre subscriptions, a
# judgment), "23/23 xã" (count 23, null: the catalogue holds the share),
# "độ phủ đạt gần 100% số xóm" (~, infra.fibre_village_coverage_share),
# "mỗi năm trung bình VNPT mở rộng thêm khoảng 50km cáp quang" (~ 50 "km":
# an amount of work reached each year since 2020, not a change against an
# earlier value; null: the catalogue's fibre length is a stock; a judgment).
# "Hiện có trên 50% hộ gia đình trong xóm" (>, place "Đăng Mò", the hamlet).
# NOT: "chiếm tới 70% thị phần" (VNPT's market share, no indicator of the
# transformation; a judgment), "có 95% là đồng bào người dân tộc Sán Chí" (the
# hamlet's population). Not quantities: "62 hộ dân" (the hamlet's size), "năm
# 2020" twice, "Năm 2023". Pillar null (no heading).
# --------------------------------------------------------------------------
D01 = dict(name="01_thainguyen-dinhhoa-cap-quang-2023", kind="result", year=None, records=[
    R("hiện có «100% cơ quan", "cơ quan, đơn vị trong hệ thống hành chính sử dụng dịch vụ Internet cáp quang băng thông rộng",
      "=", 100),
    R("và «72% hộ gia đình", "hộ gia đình sử dụng dịch vụ Internet cáp quang băng thông rộng", "=", 72,
      iid="infra.fibre_household_coverage_share"),
    R("với «7,5 nghìn thuê bao", "thuê bao Internet cáp quang băng thông rộng trên địa bàn huyện Định Hoá", "=", 7500,
      **CNT, place="Định Hoá", iid="infra.internet_subscriptions_count"),
    R("cung cấp đến «23/23 xã", "xã của huyện được cung cấp dịch vụ Internet cáp quang băng thông rộng", "=", 23,
      **CNT, place="Định Hoá"),
    R("đạt gần «100% số xóm", "độ phủ Internet cáp quang băng thông rộng số xóm", "~", 100,
      place="Định Hoá", iid="infra.fibre_village_coverage_share"),
    R("khoảng «50km cáp quang", "cáp quang VNPT mở rộng thêm mỗi năm trung bình", "~", 50, **KM, place="Định Hoá"),
    R("có trên «50% hộ gia đình", "hộ gia đình trong xóm được sử dụng dịch vụ này", ">", 50,
      place="Đăng Mò", iid="infra.fibre_household_coverage_share"),
], NOT=["chiếm tới «70% thị phần", "có «95% là đồng bào"])

# --------------------------------------------------------------------------
# 02 Bắc Kạn, a look back at 2022 (chuyendoiso.backan.gov.vn; the byline
# "Ngày đăng: 15/03/2023 - Lượt xem: 64" cut and written as `date 2023-03`; the
# site's header date "Thứ Hai, 07/10/2024" kept). A precision text: one
# quantity among dates, decision numbers and years. "Phấn đấu đến năm 2030,
# ... các hoạt động của chính quyền có thể thực hiện 100% trên không gian số"
# (target, >=, 2030; null: the catalogue's internal-operations share is about
# digitisation of the agencies' direction and management, not all activities
# on digital space; a judgment). "nằm trong nhóm trung bình" has no number.
# Not quantities: "07/10/2024", "749/QĐ-TTg", "03/06/2020", "942/QĐ-TTg",
# "15/06/2021", "676/QĐ-UBND", "26/4/2022", the years and periods ("2021 -
# 2025", "2022-2025", "năm 2022", "năm 2025", "năm 2030"). Pillar null (the
# title names none; "chính quyền số được hình thành" stands inside the
# sentence, not as a lead-in).
# --------------------------------------------------------------------------
D02 = dict(name="02_backan-nhin-lai-2022-precision", kind="target", year=2030, records=[
    R("thực hiện «100% trên không gian số", "các hoạt động của chính quyền có thể thực hiện trên không gian số", ">=", 100),
])

# --------------------------------------------------------------------------
# 03 Hưng Yên, the smart village Lê Như Hổ in Hồng Nam commune (vietnam.vn;
# no date shown; the photo caption "Hệ thống camera giám sát an ninh được lắp
# đặt tại xã Hồng Nam |" cut). A precision text: one quantity, "thôn đã thành
# lập Tổ công nghệ số gồm 30 người" (result, count 30,
# aware.community_digital_team_members_count: a village team's members; year
# null: the text gives no date for it, only "năm 2019" for the start of the
# model and "Năm 2022" for another title; a judgment). Not quantities: "chia
# thành 5 nhóm" (the team's parts), "386 hộ gia đình", "1.358 nhân khẩu", "3
# đội sản xuất", "Đội 1, đội 2, đội 9" (the village's size and names), "tiêu
# chí số 3" (a name), "ít nhất một" (no digits), the years. NOT: "khoảng 90%
# dân số trồng ... cây nhãn" (the village's farming). Pillar null ("thôn thông
# minh" in the title is not a smart-city heading).
# --------------------------------------------------------------------------
D03 = dict(name="03_hungyen-hongnam-thon-thong-minh-precision", kind="result", year=None, records=[
    R("gồm «30 người", "người trong Tổ công nghệ số của thôn", "=", 30, **CNT,
      iid="aware.community_digital_team_members_count"),
], NOT=["khoảng «90% dân số"])

# --------------------------------------------------------------------------
# 04 Nam Định, the smart new-rural commune Giao Phong (mst.gov.vn; no date
# shown; the photo caption "Trưởng xóm Lâm Phú (xã Giao Phong) giới thiệu về hệ
# thống camera an ninh trên địa bàn xóm." cut; the excerpt ends in "hoạt ").
# Money is a quantity (spec): "tổng kinh phí dự kiến là 11 tỷ đồng, trong đó
# 5,5 tỷ đồng từ ngân sách Trung ương" (two results, = 1.1e10 and 5.5e9 "đồng":
# the stated budget of a pilot under way, read as a result like "ước đạt"; a
# judgment) and "Mỗi xã được cấp 250 triệu đồng" (result, = 2.5e8). Ids:
# inst.dx_funding_amount for all three (funding of a digital pilot; the
# central share and the per-commune grant are parts of the same measure; a
# judgment). Year null: the text names "từ năm 2021" (the start of the model)
# and "Đến năm 2025" (a goal without a figure), not the year of the amounts.
# Not quantities: "năm 2021", "năm 2025". Pillar null ("Mô hình xã nông thôn
# mới thông minh" names no pillar).
# --------------------------------------------------------------------------
D04 = dict(name="04_namdinh-giaophong-ntm-thong-minh", kind="result", year=None, records=[
    R("dự kiến là «11 tỷ đồng", "tổng kinh phí dự kiến xã Giao Phong mô hình thí điểm nông thôn mới thông minh", "=", 11e9,
      **DONG, iid="inst.dx_funding_amount"),
    R("trong đó «5,5 tỷ đồng", "kinh phí từ ngân sách Trung ương", "=", 5.5e9, **DONG, iid="inst.dx_funding_amount"),
    R("được cấp «250 triệu đồng", "kinh phí hỗ trợ mỗi xã được cấp từ ngân sách tỉnh để triển khai mô hình nông thôn mới thông minh",
      "=", 250e6, **DONG, iid="inst.dx_funding_amount"),
])

# --------------------------------------------------------------------------
# 05 Nghệ An, the plan for cashless payments 2021-2025 (doanhnghiephoinhap.vn;
# the byline "01/04/2022 18:48" cut and written as `date 2022-04`; the photo
# lines "Ảnh minh họa" and "Thương mại điện tử trở thành xu hướng tất yếu (Ảnh
# minh hoạ. Nguồn internet)" cut; the site's header "Thứ hai 22/12/2025 09:19",
# "Hotline: 024.355.63.010" and the e-mail kept). Targets of 2025 ("đến cuối
# năm 2025"): the headline's "đạt 50% thanh toán không dùng tiền mặt" (>=) and
# the body's "thanh toán không dùng tiền mặt trong thương mại điện tử đạt 50%"
# (>=): recorded each time, both econ.cashless_transactions_share (its
# wordings hold "trong thương mại điện tử"); "phấn đấu 90-100% cơ sở giáo dục
# trên địa bàn đô thị chấp nhận thanh toán học phí b..." (between 90-100,
# society.cashless_school_fees_share; the excerpt ends inside the sentence;
# "trên địa bàn đô thị" is part of the subject, one value → scope null). Not
# quantities: "22/12/2025 09:19", the hotline number, "2021 – 2025". Pillar
# null ("Tài chính" is the site's section, not a pillar).
# --------------------------------------------------------------------------
D05 = dict(name="05_nghean-ttkdtm-2021-2025", kind="target", year=2025, records=[
    R("năm 2025 đạt «50% thanh toán", "thanh toán không dùng tiền mặt", ">=", 50,
      iid="econ.cashless_transactions_share"),
    R("thương mại điện tử đạt «50%;", "thanh toán không dùng tiền mặt trong thương mại điện tử", ">=", 50,
      iid="econ.cashless_transactions_share"),
    R("phấn đấu «90-100% cơ sở", "cơ sở giáo dục trên địa bàn đô thị chấp nhận thanh toán học phí", "between", 90,
      value_max=100, iid="society.cashless_school_fees_share"),
])

# --------------------------------------------------------------------------
# 06 Bình Định, digital transformation with FPT, Viettel and the agriculture
# department (nhandan.vn; no date shown; nothing cut; the excerpt ends in
# "t"). "Mới đây, chiều 22/3/2023" dates the article: the "hiện" results take
# 2023 (a judgment). "hệ thống gần 70 trạm quan trắc mưa tự động, 32 trạm quan
# trắc mực nước tự động": two results, each with its own subject (a breakdown
# by kind of station), "gần" → ~ on the first only; both
# city.iot_monitoring_stations_count. Not quantities: "Năm 2021", "22/3/2023",
# "2023-2025". Pillar null (no heading; the IOC of the first sentence is no
# lead-in).
# --------------------------------------------------------------------------
D06 = dict(name="06_binhdinh-nong-nghiep-quan-trac-2023", kind="result", year=2023, records=[
    R("hệ thống gần «70 trạm", "trạm quan trắc mưa tự động", "~", 70, **CNT, iid="city.iot_monitoring_stations_count"),
    R("tự động, «32 trạm", "trạm quan trắc mực nước tự động", "=", 32, **CNT, iid="city.iot_monitoring_stations_count"),
])

# --------------------------------------------------------------------------
# 07 Bình Định, the national digital-transformation day 2024 (a copy on a
# betting site, www.nbwbet.com, its words "w88 link vao w88 the thao" inserted
# three times, kept; the photo caption "Ông Nguyễn Minh Thảo. Ảnh: TRỌNG LỢI"
# cut). A precision text: one quantity, "với mục tiêu 100% dân số tỉnh hoàn tất
# chuyển đổi này trước ngày 16.10" (target, >=, 2024: "năm nay" is the "năm
# 2024" of the question; null: the catalogue's 2G measure counts the users
# left on 2G; a judgment). Not quantities: "15.9 - 10.10" and "16.10" (dates
# written with points), "trong 10 ngày" (a duration), "2G", "4G" (names),
# "w88" (a name), "năm 2024" twice. Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_binhdinh-ngay-cds-2024-precision", kind="target", year=2024, records=[
    R("mục tiêu «100% dân số", "dân số tỉnh hoàn tất chuyển đổi sim và thiết bị từ 2G sang 4G", ">=", 100),
])

# --------------------------------------------------------------------------
# 08 Gia Lai, Ayun Hạ commune of Phú Thiện district (m.baogialai.com.vn; no
# date shown; the photo caption "Xã Ayun Hạ đã triển khai ... Ảnh: V.C |" cut).
# Results: "6 nhóm Zalo CĐS cộng đồng tại 6 thôn" (count 6, the groups; the
# second "6" names where they stand and is not recorded again; a judgment;
# null: Zalo groups are not the catalogue's community digital teams), "100%
# văn bản được xử lý trên môi trường điện tử" (egov.electronic_documents_share,
# a judgment), "100% máy tính cơ quan được kết nối mạng nội bộ" (null).
# Year null for these: the text gives no date for them. "từ tháng 6-2023, ...
# vận động 100% đoàn viên, thanh niên đăng ký cài đặt app Thanh niên Việt Nam"
# (result, =, 2023 from "tháng 6-2023"; a judgment: read as the share of
# members reached; null). Not quantities: "tháng 6-2023". Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_gialai-ayunha-xa-cds-2023", kind="result", year=None, records=[
    R("duy trì «6 nhóm Zalo", "nhóm Zalo CĐS cộng đồng tại thôn trong xã", "=", 6, **CNT),
    R("giấy; «100% văn bản", "văn bản được xử lý trên môi trường điện tử", "=", 100,
      iid="egov.electronic_documents_share"),
    R("điện tử; «100% máy tính", "máy tính cơ quan được kết nối mạng nội bộ", "=", 100),
    R("vận động «100% đoàn viên", "đoàn viên, thanh niên đăng ký cài đặt app Thanh niên Việt Nam", "=", 100, year=2023),
])

# --------------------------------------------------------------------------
# 09 Bình Dương, the smart camera system of Phú Giáo district police
# (nld.com.vn; the excerpt opens with the crawler's stamp " date 2024-08",
# kept as returned; the photo captions "Đại biểu tham quan hệ thống camera
# giám sát" and "Nghi thức cắt băng khánh thành nhà truyền thống Công an huyện
# Phú Giáo" cut; the excerpt ends in "Ph"). Results of 2024 (the stamp; "Ngày
# 16-8"): "tổng mức đầu tư gần 11 tỉ đồng" (~ 1.1e10 "đồng"; null: one system's
# cost, not the catalogue's funding for digital transformation; a judgment),
# "25 trụ camera" (count, null), "84 camera" (count,
# city.surveillance_cameras_count), and its breakdown "8 camera xử lý vi phạm
# giao thông, 24 camera nhận diện biển số và 52 camera quan sát an ninh trật
# tự" (three counts, each with its own subject, scope null: a breakdown by
# kind; the id kept, a judgment). Not quantities: "Ngày 16-8". Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_binhduong-phugiao-camera-2024", kind="result", year=2024, records=[
    R("đầu tư gần «11 tỉ đồng", "tổng mức đầu tư hệ thống camera giám sát thông minh", "~", 11e9, **DONG),
    R("và «25 trụ camera", "trụ camera được lắp đặt tại các tuyến đường trọng điểm", "=", 25, **CNT),
    R("gồm: «84 camera", "camera của hệ thống camera giám sát thông minh", "=", 84, **CNT,
      iid="city.surveillance_cameras_count"),
    R("có «8 camera", "camera xử lý vi phạm giao thông", "=", 8, **CNT, iid="city.surveillance_cameras_count"),
    R("giao thông, «24 camera", "camera nhận diện biển số", "=", 24, **CNT, iid="city.surveillance_cameras_count"),
    R("và «52 camera", "camera quan sát an ninh trật tự", "=", 52, **CNT, iid="city.surveillance_cameras_count"),
])

# --------------------------------------------------------------------------
# 10 Bến Tre, electronic school records (giaoducthoidai.vn; no date shown;
# nothing cut; the excerpt ends in "đi"). The article is of 2024 ("Chỉ thị
# 04/CT-TTg ngày 11/2/2024"). Results: "Từ năm học 2021 - 2022, Sở GD&ĐT Bến
# Tre triển khai đến 100% nhà trường 3 loại sổ điện tử" (=, year 2021: the
# school year's first year, as written; a judgment) and "Đến nay, 100% cơ sở
# giáo dục phổ thông ... chuyển đổi các loại sổ điện tử ... và trang bị chữ ký
# số cho giáo viên" (=, 2024), both society.schools_digital_records_share. Not
# quantities: "3 loại sổ điện tử" (the kinds of books, the parts of what was
# deployed), "04/CT-TTg", "11/2/2024", "2024 - 2025", "2022 - 2023", "lớp 12".
# Pillar null ("Kết quả bước đầu" names none).
# --------------------------------------------------------------------------
D10 = dict(name="10_bentre-hoc-ba-dien-tu-2024", kind="result", year=2024, records=[
    R("triển khai đến «100% nhà trường", "nhà trường Sở GD&ĐT Bến Tre triển khai các loại sổ điện tử", "=", 100,
      year=2021, iid="society.schools_digital_records_share"),
    R("Đến nay, «100% cơ sở", "cơ sở giáo dục phổ thông trên địa bàn tỉnh chuyển đổi các loại sổ điện tử trong nhà trường",
      "=", 100, iid="society.schools_digital_records_share"),
])

# --------------------------------------------------------------------------
# 11 Cà Mau, the expected DTI of 2023 (tothethao.com, a copy of a Cà Mau
# newspaper item; the photo caption "Các ngân hàng đẩy nhanh quá trình số hoá
# để phục vụ chuyển đổi số nền kinh tế." cut; no date shown). A precision
# text: one quantity, "điểm dự kiến Chỉ số DTI tỉnh Cà Mau năm 2023 đạt
# 801.91/1.000 điểm" (result, = 801.91 "điểm": the decimal printed with a
# point, out of 1.000; an expected value read like "ước đạt"; 2023;
# dti.provincial_score). Not quantities: "tăng 333.04 điểm so với năm 2022" and
# the component rises "tăng 105 điểm", "73", "43", "30", "13,7 điểm" (changes
# against 2022), "8 chỉ số thành phần" (twice), "95 chỉ số thành phần", and
# the counts of components "64 ... đạt điểm tối đa, 3 ... không có điểm và 28
# ... chưa đạt" (the parts of an index, as the spec's "98 chỉ số thành phần";
# a judgment), "năm 2022". Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_camau-dti-2023-precision", kind="result", year=2023, records=[
    R("đạt «801.91/1.000 điểm", "điểm dự kiến Chỉ số DTI tỉnh Cà Mau", "=", 801.91, **DIEM,
      iid="dti.provincial_score"),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
