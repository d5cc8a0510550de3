#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set67).

Copied from set47's builder (itself from set45's, set43's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the
text with « just before the number. The locator (without «) must occur exactly once in the text;
the anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed
as in the seeds' builder (`start_at` moves the start back to a given string).

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


DONG = dict(unit="other", unit_text="đồng")
HA = dict(unit="other", unit_text="ha")

# --------------------------------------------------------------------------
# 01 Cả nước, the pilot of digital school records (học bạ số) at primary
# level (cachchamcon.com, no date shown; "Đến ngày 27/12/2024" → document
# year 2024, also for "gần 5 triệu học bạ" and for the count and share of the
# school year 2023-2024, measured by that date; a judgement). Results:
# "gần 5 triệu" (~, count, 5e6); "63/63 địa phương đã ... phối hợp" (a count
# of provinces that did X, =, 63; the denominator 63 no record); "100% Sở
# GDĐT đã được cấp tài khoản kết nối và gửi báo cáo" (=); "4.938.675 học bạ
# số" (=, count) and "chiếm 69,6% tổng số học bạ" (=). Scope null, pillar null
# (no heading names a pillar; "Triển khai thí điểm học bạ số: Kết quả khả quan"
# names none). Ids: none: society.schools_digital_records_share counts
# schools, these are records and departments of education.
# Not quantities: "2024-2025", "2023-2024" (school years), "04/CT-TTg",
# "27/12/2024", "lớp 1 đến lớp 4" (grades).
# --------------------------------------------------------------------------
D01 = dict(name="01_ca-nuoc-hoc-ba-so-thi-diem-2024", kind="result", year=2024, records=[
    R("với gần «5 triệu học bạ", "học bạ tiểu học đã được số hóa", "~", 5e6, **CNT),
    R(". «63/63 địa phương", "địa phương đã tích cực phối hợp với các nhà cung cấp dịch vụ", "=", 63, **CNT),
    R("27/12/2024, «100% Sở GDĐT", "Sở GDĐT đã được cấp tài khoản kết nối và gửi báo cáo học bạ số về Kho học bạ số "
      "Bộ GDĐT", "=", 100),
    R("đã có «4.938.675 học bạ", "học bạ số cấp tiểu học được ghi nhận", "=", 4938675, **CNT),
    R("chiếm «69,6% tổng số", "học bạ số cấp tiểu học được ghi nhận chiếm tổng số học bạ cấp tiểu học", "=", 69.6),
])

# --------------------------------------------------------------------------
# 02 Cả nước, electronic health books on VNeID and the criminal-record pilot
# (sggp.org.vn, stamp " date 2024-10" → `date 2024-10`; "hiện" → results of
# 2024). Results: "32,1 triệu Sổ sức khỏe điện tử" and "14,6 triệu công dân"
# (=, count, magnitude multiplied); "hơn 50.000 hồ sơ ... chiếm hơn 70%" (>,
# count then %: the bracket-free pair of a count and its share, two records).
# Targets after "Mục tiêu đặt ra là đến năm 2025,": "100% cơ sở y tế ... và có
# 40 triệu lượt người dân sử dụng Sổ sức khỏe điện tử" (two targets, >=, 2025;
# the facilities are the subject of the first, the users of the second);
# "Sau năm 2025, ... 30% người dân khi đi khám chữa bệnh có bệnh án điện tử"
# (a target, >=; "Sau năm 2025" names no year the target is for → year null, a
# judgement); "Đến năm 2025, 100% người dân có nhu cầu ..." (>=, 2025).
# Pillar null. Ids: none (the catalogue's electronic-health-record share is of
# people with a health record, a %, not counts of books; the 30% of patients
# with an electronic medical record is not the hospitals' EMR share).
# Not quantities: "hơn 4 tháng" (a duration), "2 địa phương", "2 ứng dụng"
# (the pilot's places and apps), "Sau năm 2025".
# --------------------------------------------------------------------------
D02 = dict(name="02_ca-nuoc-so-suc-khoe-dien-tu-2024", kind="result", year=2024, records=[
    R("tạo lập được «32,1 triệu", "Sổ sức khỏe điện tử được tạo lập cho người dân", "=", 32.1e6, **CNT),
    R("trong đó, «14,6 triệu", "công dân đã tích hợp Sổ sức khỏe điện tử qua VNeID", "=", 14.6e6, **CNT),
    R("tiếp nhận hơn «50.000 hồ sơ", "hồ sơ cấp Phiếu lý lịch tư pháp qua VNeID", ">", 50000, **CNT),
    R("chiếm hơn «70% tổng số", "hồ sơ cấp Phiếu lý lịch tư pháp qua VNeID chiếm tổng số hồ sơ yêu cầu cấp Phiếu "
      "lý lịch tư pháp", ">", 70),
    R("năm 2025, «100% cơ sở y tế", "cơ sở y tế (bao gồm công lập, tư nhân) sử dụng Sổ sức khỏe điện tử", ">=", 100,
      **T, year=2025),
    R("có «40 triệu lượt", "lượt người dân sử dụng Sổ sức khỏe điện tử", ">=", 40e6, **CNT, **T, year=2025),
    R("VNeID và «30% người dân", "người dân khi đi khám chữa bệnh có bệnh án điện tử", ">=", 30, **T, year=None),
    R("Đến năm 2025, «100% người dân", "người dân có nhu cầu có thể đăng ký cấp Phiếu lý lịch tư pháp qua VNeID",
      ">=", 100, **T, year=2025),
])

# --------------------------------------------------------------------------
# 03 Nghệ An, Vinh city's general hospital: hospital fees paid by QR code
# (suckhoedoisong.vn, no date shown; "Đến nay" and nothing else names the
# year of the value → year null). A precision text: one quantity, "nâng tỷ lệ
# thanh toán ... không dùng tiền mặt tại đơn vị lên 24%" (a result, =; "nâng
# ... lên" states the level reached, not the change). Pillar null. Id: none
# (the hospital's share of payments made without cash; the catalogue's
# society.cashless_hospital_fees_share counts hospitals, and
# econ.cashless_transactions_share is the economy's share; a judgement).
# Not quantities: "5 phút" (a duration), "52 tuổi" (an age), "năm 2019" (the
# start), "QR", "POS".
# --------------------------------------------------------------------------
D03 = dict(name="03_nghean-vinh-vien-phi-qr-precision", kind="result", year=None, records=[
    R("tại đơn vị lên «24%", "tỷ lệ thanh toán dịch vụ khám, chữa bệnh không dùng tiền mặt tại đơn vị", "=", 24),
])

# --------------------------------------------------------------------------
# 04 Cả nước, Directive 07 and the deadline for electronic medical records
# (thanhnien.vn, stamp " date 2025-09-21" → `date 2025-09`). A precision
# text: one quantity, "Thủ tướng giao Bộ Y tế chỉ đạo và đôn đốc 100% các bệnh
# viện trên toàn quốc triển khai bệnh án điện tử" (a target assigned, bare
# number → >=; year 2025 from "Hạn chót là trong tháng 9.2025" and the
# document). Pillar null. Id: society.hospitals_emr_share.
# Not quantities: "14.3.2025", "tháng 9", "9.2025", "30.9" (dates), "Chỉ thị
# 07", "Đề án 06" (names), "2022 - 2025", "năm 2030" (the scheme's period).
# --------------------------------------------------------------------------
D04 = dict(name="04_ca-nuoc-benh-an-chi-thi-07-precision", kind="target", year=2025, records=[
    R("đôn đốc «100% các bệnh viện", "các bệnh viện trên toàn quốc triển khai bệnh án điện tử", ">=", 100,
      iid="society.hospitals_emr_share"),
])

# --------------------------------------------------------------------------
# 05 Sơn La, growing-area codes for traceability and export, first nine
# months of 2024 (vietnamnet.vn, no date shown; "9 tháng năm 2024" → 2024).
# Results, =: "cấp được 10 mã số vùng trồng" (codes issued in the period, a
# count of its own, not a change against an earlier value), "lên 216 mã" (the
# level reached), "205 mã số ... xuất khẩu", "11 mã số ... trồng trọt" and their
# areas "2997,55 ha", "150,45 ha" (unit other "ha"); the breakdown by market
# (120 Trung Quốc, 31 Hoa Kỳ, 39 Úc, 09 Newziland, 03 EU, 03 các thị trường
# khác) and by crop (Xoài 69, nhãn 108, chuối 16): one record per number,
# each with its own subject, scope null (contract: a breakdown by kind is not
# a split by level or group); the countries are markets, not places of the
# document → no `place`. The repeated "Trong 205 mã số" names the total again
# as the denominator of the breakdown → no record. "mận 0" is cut off by the
# excerpt (the number is incomplete) → no record. Pillar null. Ids: none
# (econ.traceable_products_share is a % of products).
# Not quantities: "9 tháng" (a period), "năm 2024".
# --------------------------------------------------------------------------
D05 = dict(name="05_sonla-ma-so-vung-trong-2024", kind="result", year=2024, records=[
    R("cấp được «10 mã số", "mã số vùng trồng được cấp", "=", 10, **CNT),
    R("lên «216 mã", "tổng số mã số vùng trồng đang duy trì", "=", 216, **CNT),
    R("trong đó: «205 mã số", "mã số vùng trồng xuất khẩu", "=", 205, **CNT),
    R("diện tích là «2997,55 ha", "tổng diện tích mã số vùng trồng xuất khẩu", "=", 2997.55, **HA),
    R("ha; «11 mã số", "mã số vùng trồng lĩnh vực trồng trọt", "=", 11, **CNT),
    R("diện tích là «150,45 ha", "tổng diện tích mã số vùng trồng lĩnh vực trồng trọt", "=", 150.45, **HA),
    R("có «120 mã số", "mã số xuất khẩu sang Trung Quốc", "=", 120, **CNT),
    R("Quốc; «31 mã số", "mã số xuất khẩu sang Hoa Kỳ", "=", 31, **CNT),
    R("Kỳ; «39 mã số", "mã số xuất khẩu sang Úc", "=", 39, **CNT),
    R("Úc; «09 mã số", "mã số xuất khẩu sang Newziland", "=", 9, **CNT),
    R("Newziland; «03 mã số", "mã số xuất khẩu sang EU", "=", 3, **CNT),
    R("EU; «03 mã số", "mã số xuất khẩu sang các thị trường khác", "=", 3, **CNT),
    R("Xoài «69 mã số", "cây trồng được cấp mã số xuất khẩu Xoài", "=", 69, **CNT),
    R("nhãn «108 mã số", "cây trồng được cấp mã số xuất khẩu nhãn", "=", 108, **CNT),
    R("chuối «16 mã số", "cây trồng được cấp mã số xuất khẩu chuối", "=", 16, **CNT),
])

# --------------------------------------------------------------------------
# 06 Cả nước, Mobile Money pilot extended (baobariavungtau.com.vn, no date
# shown (the address holds 2023-11); "đến đầu tháng 5/2023" → results of
# 2023). Results: "đạt hơn 3,9 triệu" (>, count of customers), "hơn 2,7 triệu
# khách hàng" (>), "gần 10 ngàn" business points (~, 10e3: "ngàn" multiplies),
# "hơn 15.300 điểm" accepting units (>, count: points counted, "điểm" their
# noun), "hơn 26,1 triệu giao dịch" (>), "gần 1.700 tỷ đồng" (~, other "đồng",
# 1.7e12). Changes "gấp 3 lần so với cùng kỳ năm 2022" and "tăng 12% so với
# tháng 3/2023" → not quantities (NOT for the %). Pillar null. Ids: none
# (counts of Mobile Money customers, points and transactions; the catalogue's
# cashless shares are %).
# Not quantities: "31/12/2024" (the pilot's end), "5/2023", "3/2023", "năm 2022".
# --------------------------------------------------------------------------
D06 = dict(name="06_ca-nuoc-mobile-money-2023", kind="result", year=2023, records=[
    R("đạt hơn «3,9 triệu", "số lượng khách hàng sử dụng dịch vụ Mobile-Money", ">", 3.9e6, **CNT),
    R("đạt hơn «2,7 triệu", "khách hàng tại nông thôn, miền núi, vùng sâu, vùng xa", ">", 2.7e6, **CNT),
    R("đạt gần «10 ngàn", "Số lượng điểm kinh doanh trên cả nước", "~", 10e3, **CNT),
    R("đạt hơn «15.300 điểm", "số lượng đơn vị chấp nhận thanh toán", ">", 15300, **CNT),
    R("Mobile-Money hơn «26,1 triệu", "Tổng số lượng các giao dịch (nạp, rút, chuyển tiền, thanh toán) bằng "
      "Mobile-Money", ">", 26.1e6, **CNT),
    R("giá trị gần «1.700 tỷ đồng", "tổng giá trị các giao dịch bằng Mobile-Money", "~", 1.7e12, **DONG),
], NOT=["tăng «12% so với"])

# --------------------------------------------------------------------------
# 07 Cả nước, Mobile Money accounts by the end of September 2025
# (vietnamnet.vn, stamp " date 2025-12-23" → `date 2025-12`; "tính đến cuối
# tháng 9/2025" → 2025). Results: "đạt khoảng 11 triệu tài khoản" (~), "với
# 11.883 điểm kinh doanh" (=: "khoảng" qualifies the first and the third
# number only), "khoảng 276 nghìn đơn vị chấp nhận thanh toán" (~, 276e3).
# Pillar null. Ids: none. Not quantities: "9/2025"; "hai giấy phép" (a word,
# the licences a firm needs).
# --------------------------------------------------------------------------
D07 = dict(name="07_ca-nuoc-mobile-money-2025", kind="result", year=2025, records=[
    R("đạt khoảng «11 triệu tài khoản", "tổng số tài khoản dịch vụ tiền di động (Mobile Money) đã mở cho khách hàng",
      "~", 11e6, **CNT),
    R("với «11.883 điểm", "điểm kinh doanh dịch vụ tiền di động (Mobile Money)", "=", 11883, **CNT),
    R("khoảng «276 nghìn", "đơn vị chấp nhận thanh toán dịch vụ tiền di động (Mobile Money)", "~", 276e3, **CNT),
])

# --------------------------------------------------------------------------
# 08 Hậu Giang, the first "chợ 4.0" at Vị Thanh market (infonet.vietnamnet.vn,
# no date shown; the dates "Cuối tháng 5/2022", "ngày 7/7/2022" ("mới đây")
# place "Đến nay" in 2022 → year 2022, a judgement). A precision text: one
# quantity, "hơn 150 hộ tiểu thương cài đặt ví điện tử và đăng ký điểm thanh
# toán" (>, count). Pillar null. Id: none (econ.merchants_cashless_share is a
# %). Not quantities: "4.0" (a name, four times), "5/2022", "7/7/2022",
# "hơn 2 tháng" (a duration).
# --------------------------------------------------------------------------
D08 = dict(name="08_haugiang-cho-40-2022-precision", kind="result", year=2022, records=[
    R("có hơn «150 hộ", "hộ tiểu thương cài đặt ví điện tử và đăng ký điểm thanh toán", ">", 150, **CNT),
])

# --------------------------------------------------------------------------
# 09 Cả nước, electronic medical records by the end of 2025 (thanhnien.vn,
# stamp " date 2026-02-22" → `date 2026-02`; "đến hết năm 2025" → results of
# 2025). Results: "gần 1.100/1.645 bệnh viện ... đã triển khai bệnh án điện
# tử" (~, count 1100; the denominator 1.645 no record), "50/51 bệnh viện thuộc
# Bộ Y tế đã hoàn thành" (=, 50; 51 the denominator). Savings, estimated
# ("Ước tính", "ước" → results, as "ước đạt"): "khoảng 30 - 50 tỉ
# đồng/năm/bệnh viện" (between 30e9-50e9: one range stated once; the
# magnitude word after the high end multiplies both ends; a judgement),
# "khoảng 2 - 15 tỉ đồng/năm" (between 2e9-15e9), "ước tiết kiệm 100 tỉ
# đồng/năm" (=, 100e9); unit other, unit_text as written after the magnitude
# word ("đồng/năm/bệnh viện", "đồng/năm"); year 2025 from the document (the
# estimates name no year of their own). "90% thời gian chờ đợi được cắt
# giảm" is a result stated as a cut against the earlier waiting time → not a
# quantity (NOT; a judgement, as "giảm X% so với"). Pillar null. Ids: none
# (the catalogue's society.hospitals_emr_share is a %; counts and savings have
# no entry). Not quantities: "1.000 giường bệnh" (the size of the hospital the
# estimate is for, part of its subject), "năm 2025".
# --------------------------------------------------------------------------
D09 = dict(name="09_ca-nuoc-benh-an-dien-tu-2025", kind="result", year=2025, records=[
    R("gần «1.100/1.645", "bệnh viện cả nước đã triển khai bệnh án điện tử (EMR)", "~", 1100, **CNT),
    R("(EMR); «50/51 bệnh viện", "bệnh viện thuộc Bộ Y tế đã hoàn thành triển khai bệnh án điện tử", "=", 50, **CNT),
    R("khoảng «30 - 50 tỉ", "chi phí tiết kiệm với EMR bệnh viện có quy mô giường bệnh", "between", 30e9,
      value_max=50e9, unit="other", unit_text="đồng/năm/bệnh viện"),
    R("khoảng «2 - 15 tỉ", "mức tiết kiệm với các bệnh viện quy mô trung bình và nhỏ", "between", 2e9,
      value_max=15e9, unit="other", unit_text="đồng/năm"),
    R("tiết kiệm «100 tỉ", "Bệnh viện Bạch Mai sau triển khai EMR ước tiết kiệm", "=", 100e9, unit="other",
      unit_text="đồng/năm"),
], NOT=["«90% thời gian"])

# --------------------------------------------------------------------------
# 10 Cả nước, school fees paid online (vietnamnet.vn, no date shown; "hôm
# 12/9" names no year). A precision text: one quantity, "đã đưa giải pháp
# thanh toán trực tuyến ... tại hơn 300 trường các cấp học khắp toàn quốc từ
# năm 2021" (>, count; "từ năm 2021" is when it began, not the year the count
# was measured → year null, a judgement). Pillar null. Id: none
# (society.cashless_school_fees_share is a %).
# Not quantities: "12/9" (a date), "100.000 đồng" (the value of a promotional
# voucher, neither a target nor a result of an indicator; a judgement), "2 tổ
# chức", "2021-2025" (the scheme's period), "1813/QĐ-TTg".
# --------------------------------------------------------------------------
D10 = dict(name="10_ca-nuoc-hoc-phi-truc-tuyen-precision", kind="result", year=None, records=[
    R("tại hơn «300 trường", "trường các cấp học được đưa giải pháp thanh toán trực tuyến không dùng tiền mặt vào "
      "hệ thống quản lý học sinh/sinh viên", ">", 300, **CNT),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
