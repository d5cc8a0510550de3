#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set60).

Copied from set47's builder (itself from set45's, set43's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the
text with « just before the number. The locator (without «) must occur exactly once in the text;
the anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed
as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (220
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


MBS = dict(unit="other", unit_text="Mb/s")
TB100 = dict(unit="other", unit_text="thuê bao/100 dân")

DIEM = dict(unit="other", unit_text="điểm")
DONG = dict(unit="other", unit_text="đồng")
KM = dict(unit="other", unit_text="km")
MAY100 = dict(unit="other", unit_text="máy/100 dân")

# --------------------------------------------------------------------------
# 01 Lạng Sơn, a plan for an electronic health-record software service 2021-2025
# (vanphong.langson.gov.vn; no date shown; precision text). One quantity: "Phấn
# đấu đến năm 2025, trên 95% người dân ... có hồ sơ sức khỏe điện tử" → target,
# op > (trên), year 2025 (the sentence's own), society.electronic_health_records_share.
# Not quantities: "2046/QĐ-UBND", "14/10/2021", "2021 – 2025" and "2021 - 2025"
# (periods in names), "200 xã/phường/thị trấn" and "11 huyện/thành phố" (where the
# plan is carried out, all of the province's units: the plan's scope, not a value
# set for an indicator; a judgement), "05 năm" (a duration).
# --------------------------------------------------------------------------
D01 = dict(name="01_langson-ho-so-suc-khoe-2025-precision", kind="target", year=2025, records=[
    R("trên «95% người dân", "người dân tại tỉnh Lạng Sơn có hồ sơ sức khỏe điện tử", ">", 95,
      iid="society.electronic_health_records_share"),
])

# --------------------------------------------------------------------------
# 02 TP. Hồ Chí Minh, the health sector's events of 2024 (thanhnien.vn; no date
# line; "năm 2024 là cột mốc ..." → results of 2024). "đạt 1.111.107 sổ sức khỏe
# điện tử, 22.408 giấy chuyển tuyến, 253.737 giấy hẹn khám lại tích hợp trên ứng
# dụng VNeID": three counts, each with its own subject (a breakdown by kind of
# thing, scope null), op =. "Đến nay, có 5 trường hợp được can thiệp thành công":
# a count reached (not digital, recorded as the contract's every reported value;
# a judgement). No catalogue id fits (the catalogue has no count of health books
# or referral papers on VNeID).
# Not quantities: "thứ 2", "thứ 4" (ordinals of the list of events), "Nhi đồng 1"
# (a name), "từ 6 tháng đến dưới 9 tháng tuổi" (the age group vaccinated: a
# target group, not a value), "1.1.2024" (a date).
# --------------------------------------------------------------------------
D02 = dict(name="02_tphcm-so-suc-khoe-vneid-2024", kind="result", year=2024, records=[
    R("đạt «1.111.107 sổ", "sổ sức khỏe điện tử tích hợp trên ứng dụng VNeID", "=", 1111107, **CNT),
    R("«22.408 giấy chuyển tuyến", "giấy chuyển tuyến tích hợp trên ứng dụng VNeID", "=", 22408, **CNT),
    R("«253.737 giấy hẹn", "giấy hẹn khám lại tích hợp trên ứng dụng VNeID", "=", 253737, **CNT),
    R("có «5 trường hợp", "trường hợp được can thiệp thành công", "=", 5, **CNT),
])

# --------------------------------------------------------------------------
# 03 National: the electronic health book on VNeID (binhluc.hanam.gov.vn, a
# district's site; "Ngày 17/9/2024" → results of 2024). "tạo lập hơn 32 triệu dữ
# liệu sức khỏe điện tử" (count, >, 32e6); "14 triệu công dân tích hợp sổ sức khỏe
# điện tử trên ứng dụng VnelD" (count, =); "với 12.518/12693 cơ sở khám chữa bệnh
# bảo hiểm y tế, đạt 98%": a count (12518; "12693" its denominator) and the share
# (=, 98). Ids: none (society.chip_id_health_insurance_share is the chip ID card in
# place of the insurance card; society.health_data_interconnection_share names
# other papers; a judgement).
# Not quantities: "17/9/2024", "2733/QĐ-BYT".
# --------------------------------------------------------------------------
D03 = dict(name="03_ca-nuoc-so-suc-khoe-dien-tu-2024", kind="result", year=2024, records=[
    R("hơn «32 triệu dữ liệu", "Bộ Y tế đã tạo lập dữ liệu sức khỏe điện tử cho người dân", ">", 32e6, **CNT),
    R("có «14 triệu công dân", "công dân tích hợp sổ sức khỏe điện tử trên ứng dụng VnelD", "=", 14e6, **CNT),
    R("với «12.518/12693", "cơ sở khám chữa bệnh bảo hiểm y tế tích hợp sổ sức khỏe điện tử", "=", 12518, **CNT),
    R("đạt «98%", "cơ sở khám chữa bệnh bảo hiểm y tế tích hợp sổ sức khỏe điện tử", "=", 98),
])

# --------------------------------------------------------------------------
# 04 Khánh Hòa, digital school records (vinhngoc.nhatrang.khanhhoa.gov.vn, a
# ward's site; no date shown). "với mục tiêu 178/178 trường có học sinh (HS) tiểu
# học ... tham gia thí điểm học bạ số ... năm học 2023 - 2024": a target count
# (>=, 178; "/178" its denominator), year 2024 (the school year 2023-2024 read by
# its end year; a judgement). "Các trường đã ... trang bị chữ ký số cho 100% cán
# bộ quản lý và giáo viên tiểu học": a result (=, 100), year 2024 (the pilot of
# 2023-2024). Ids: none (society.schools_digital_records_share is a share, not this
# count; egov.officials_digital_signature_share means the administration's
# officials, not school staff; judgements).
# Not quantities: "2023 - 2024", "2024 - 2025" (school years), "3-2024" (a date),
# "lớp 1 đến lớp 4" (grades), "2018" (the programme's name).
# --------------------------------------------------------------------------
D04 = dict(name="04_khanhhoa-hoc-ba-so-2024", kind="result", year=2024, records=[
    R("mục tiêu «178/178", "trường có học sinh tiểu học trên địa bàn tỉnh tham gia thí điểm học bạ số", ">=", 178,
      kind="target", **CNT),
    R("cho «100% cán bộ", "trang bị chữ ký số cho cán bộ quản lý và giáo viên tiểu học", "=", 100),
])

# --------------------------------------------------------------------------
# 05 Lào Cai, digital school records at two primary schools (baolaocai.vn; no date
# shown). One quantity: "hiện Trường Tiểu học Bắc Cường ... đang lưu trữ hơn 1.800
# học bạ số" (count, >), year 2025 ("Năm học 2024 - 2025" is the current school
# year, read by its end year as in 04; a judgement). No id.
# Not quantities: "năm thứ 2" (an ordinal), "2024 - 2025" (the school year).
# --------------------------------------------------------------------------
D05 = dict(name="05_laocai-hoc-ba-so-truong-tieu-hoc", kind="result", year=2025, records=[
    R("hơn «1.800 học bạ", "Trường Tiểu học Bắc Cường lưu trữ học bạ số", ">", 1800, **CNT),
])

# --------------------------------------------------------------------------
# 06 Lạng Sơn, farm products on e-commerce platforms (baohoabinh.com.vn; no date
# shown; "từ năm 2021 ... Qua gần ba năm triển khai đến nay": the year of the
# results is not said → null). "gần 21 nghìn sản phẩm được đưa lên sàn thương mại
# điện tử" (count, ~, 21000, econ.ecommerce_products_count); "48.898 giao dịch
# thành công" (count, =; no id: the platforms are not named in the text, so not
# econ.postal_ecommerce_transactions_count; a judgement); "hơn 93% số hộ sản xuất
# nông nghiệp được đào tạo kỹ năng số" (>, 93; no id: farm households, not the
# population or the workforce); "(đứng thứ 3 toàn quốc)" (rank, =, 3). The places
# written as words ("đứng thứ hai", "đứng thứ tư") get no record (no digit).
# Not quantities: "Tổ công nghệ 4.0" (a name), "80 hộ trong thôn" (the size of a
# village, not a value reached; a judgement), "2021", "2022" (years).
# --------------------------------------------------------------------------
D06 = dict(name="06_langson-nong-san-san-tmdt", kind="result", year=None, records=[
    R("gần «21 nghìn", "sản phẩm được đưa lên sàn thương mại điện tử", "~", 21000, **CNT,
      iid="econ.ecommerce_products_count"),
    R("có «48.898 giao dịch", "giao dịch thành công", "=", 48898, **CNT),
    R("hơn «93% số hộ", "số hộ sản xuất nông nghiệp được đào tạo kỹ năng số", ">", 93),
    R("đứng thứ «3 toàn quốc", "hộ sản xuất nông nghiệp được đào tạo kỹ năng số đứng toàn quốc", "=", 3, **RANK),
])

# --------------------------------------------------------------------------
# 07 Ninh Bình, cooperatives' digital transformation (vietnamnet.vn; no date shown
# → year null). Three shares, all "khoảng" → ~: 37% of cooperatives with no digital
# activity; 70% applying digital technology in one activity
# (econ.cooperatives_digital_share); "Còn trong hoạt động sản xuất, chế biến và
# truy xuất nguồn gốc chỉ chiếm khoảng 20%" (its own subject).
# Not quantities: "sau 5 năm" (a duration).
# --------------------------------------------------------------------------
D07 = dict(name="07_ninhbinh-hop-tac-xa-cong-nghe-so", kind="result", year=None, records=[
    R("khoảng «37% HTX", "HTX chưa có hoạt động nào liên quan đến ứng dụng công nghệ số trong điều hành, sản xuất "
      "kinh doanh", "~", 37),
    R("khoảng «70% HTX", "HTX đã ứng dụng công nghệ số vào một trong các hoạt động quản lý, sản xuất hoặc quảng bá "
      "sản phẩm", "~", 70, iid="econ.cooperatives_digital_share"),
    R("chiếm khoảng «20%", "ứng dụng công nghệ số trong hoạt động sản xuất, chế biến và truy xuất nguồn gốc", "~", 20),
])

# --------------------------------------------------------------------------
# 08 National: agricultural cooperatives (tothethao.com, a copy of a national news
# item; no date shown → year null). "1.718 HTX nông nghiệp ứng dụng công nghệ cao,
# trong đó có 1.342 ..., 74 ..., 74 ..., 04 ..., 223 ...": six counts, each with its
# own subject (a breakdown by kind of cooperative, scope null). "Trong số 17.777 HTX
# nông nghiệp có 21% ...; 23% ...; 14% ...; 7% ...": four shares (=) with their own
# subjects; "17.777" is their denominator (no record). "Trung bình mỗi HTX được
# trang bị trung bình 2-3 cái máy tính" (count, between 2-3). "từ 70,5 - 81% số hộ
# thành viên" and "dao động từ 34 - 60%": two between ranges. Ids: none (the 23%
# selling on e-commerce platforms is of cooperatives, not the catalogue's
# enterprises or OCOP products; econ.cooperatives_digital_share is the share
# applying digital technology in general; judgements).
# Not quantities: "50 HTX nông nghiệp" (the survey's sample, as set47's 11).
# --------------------------------------------------------------------------
D08 = dict(name="08_ca-nuoc-hop-tac-xa-nong-nghiep-so", kind="result", year=None, records=[
    R("có «1.718 HTX", "HTX nông nghiệp ứng dụng công nghệ cao", "=", 1718, **CNT),
    R("«1.342 HTX trồng trọt", "HTX trồng trọt ứng dụng công nghệ cao", "=", 1342, **CNT),
    R("«74 HTX chăn nuôi", "HTX chăn nuôi ứng dụng công nghệ cao", "=", 74, **CNT),
    R("«74 HTX thủy sản", "HTX thủy sản ứng dụng công nghệ cao", "=", 74, **CNT),
    R("«04 HTX diêm nghiệp", "HTX diêm nghiệp ứng dụng công nghệ cao", "=", 4, **CNT),
    R("«223 HTX dịch vụ", "HTX dịch vụ nông nghiệp tổng hợp ứng dụng công nghệ cao", "=", 223, **CNT),
    R("có «21% HTX", "HTX lập kế hoạch tổng thể cho thƣơng mại điện tử", "=", 21),
    R("«23% HTX bán", "HTX bán các sản phẩm trên nền tảng thương mại điện tử", "=", 23),
    R("«14% HTX", "HTX thực hiện livestream", "=", 14),
    R("«7% HTX", "HTX thực hiện quảng cáo trên Facebook", "=", 7),
    R("trung bình «2-3 cái", "mỗi HTX được trang bị máy tính để bàn và laptop", "between", 2, **CNT, value_max=3),
    R("từ «70,5 - 81%", "Mức độ sử dụng Internet tại các hộ thành viên HTX", "between", 70.5, value_max=81),
    R("từ «34 - 60%", "tỷ lệ hộ thành viên sử dụng điện thoại thông minh cho mục đích sản xuất", "between", 34,
      value_max=60),
])

# --------------------------------------------------------------------------
# 09 Nghệ An, tourism in Cửa Lò going digital (baonghean.vn, date 2022-04 → 2022;
# precision text). One quantity: "Khảo sát cũng cho thấy, trên 80% du khách đặt
# phòng hiện nay là qua các ứng dụng thông minh ..." (result, >, 80). No id.
# Not quantities: "30/4 và 1/5" (dates), "gần 2 năm", "Gần 2 tuần" (durations),
# "Covid-19" (a name), "tuyến 1", "tuyến 2, tuyến 3" (names of hotel rows).
# --------------------------------------------------------------------------
D09 = dict(name="09_nghean-du-lich-so-2022-precision", kind="result", year=2022, records=[
    R("trên «80% du khách", "du khách đặt phòng qua các ứng dụng thông minh trên các trang mạng trực tuyến", ">", 80),
])

# --------------------------------------------------------------------------
# 10 Vĩnh Phúc, the provincial Temple of Literature on a smart-tourism app
# (baovinhphuc.com.vn; no date shown; "năm 2023, Bảo tàng tỉnh ..." → 2023;
# precision text). One quantity: the automatic commentary "bằng 4 thứ tiếng" (count,
# =, 4: a value of the app's deployment reached in 2023; a judgement).
# Not quantities: "63Stravel" (an app's name), "2023" (a year).
# --------------------------------------------------------------------------
D10 = dict(name="10_vinhphuc-du-lich-van-mieu-precision", kind="result", year=2023, records=[
    R("bằng «4 thứ tiếng", "thuyết minh tự động giới thiệu về Văn Miếu tỉnh thứ tiếng", "=", 4, **CNT),
])

# --------------------------------------------------------------------------
# 11 Gia Lai (after the 2025 merger: 135 communes and wards), the land database
# (baogialai.com.vn, date 2025-10 → 2025). "phần mềm VNPT-iLIS, triển khai cho 58
# xã, phường phía Đông và phần mềm VBDLIS, triển khai cho 77 xã, phường phía Tây":
# two counts (=), each with its own subject (the east/west halves are parts of the
# province named in the subject, not a split by level; scope null). "hơn 1,8 triệu
# thửa đất" digitised (count, >, 1.8e6). No id (data.land_records_digitised_share
# is a share).
# Not quantities: "135 xã, phường" (all the province's units whose data are to be
# reused: the whole, not a value; a judgement), "90 ngày" twice (the campaign's
# name and duration), "29-8", "30-11-2025" (dates).
# --------------------------------------------------------------------------
D11 = dict(name="11_gialai-du-lieu-dat-dai-2025", kind="result", year=2025, records=[
    R("triển khai cho «58 xã", "phần mềm VNPT-iLIS triển khai cho xã, phường phía Đông", "=", 58, **CNT),
    R("triển khai cho «77 xã", "phần mềm VBDLIS triển khai cho xã, phường phía Tây tỉnh", "=", 77, **CNT),
    R("hơn «1,8 triệu thửa", "cập nhật, số hóa thông tin các file scan/quét vào phần mềm VNPT-iLIS và VBDLIS thửa "
      "đất đã cấp giấy chứng nhận quyền sử dụng đất", ">", 1.8e6, **CNT),
])

# --------------------------------------------------------------------------
# 12 Quảng Trị, a 20-day campaign to digitise civil-status records (sokhcn.quangtri.
# gov.vn; "Ngày 20/2/2025" → 2025; precision text). "Theo đó, 100% dữ liệu hộ tịch
# trên địa bàn tỉnh được số hóa trong thời gian từ ngày 01/3/2025 đến ngày
# 20/3/2025" (target, >=, 100, data.civil_status_digitised_share) and its
# restatement "để số hóa 100% dữ liệu hộ tịch ..." (the same target stated again:
# a second record; a judgement).
# Not quantities: "20 ngày đêm" twice (the campaign's length, in its name),
# "20/2/2025", "01/3/2025", "20/3/2025", "28/7/2020", "04/01/2022" (dates),
# "37/KH-UBND", "87/2020/NĐ-CP" (twice), "01/2022/TT-BTP" (document numbers), "1."
# (a list number).
# --------------------------------------------------------------------------
D12 = dict(name="12_quangtri-so-hoa-ho-tich-2025-precision", kind="target", year=2025, records=[
    R("Theo đó, «100% dữ liệu", "dữ liệu hộ tịch trên địa bàn tỉnh được số hóa", ">=", 100,
      iid="data.civil_status_digitised_share"),
    R("số hóa «100% dữ liệu", "số hóa dữ liệu hộ tịch trên địa bàn tỉnh", ">=", 100,
      iid="data.civil_status_digitised_share"),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]

def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
