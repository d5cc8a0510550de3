#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set130).

Copied from set69's builder (itself from set47's, set45's, set43's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (241
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

HA = dict(unit="other", unit_text="ha")

# --------------------------------------------------------------------------
# 01 Electricity bills paid without cash, nationally, in Hà Nội and in TP Hồ
# Chí Minh (m.infonet.vietnamnet.vn; no date shown; "đến hết tháng 10/2020",
# "tháng 9/2020" → 2020 for every record). "tỷ lệ khách hàng thanh toán tiền
# điện không dùng tiền mặt đạt 68,74%" (=; a share of customers, no exact id)
# and "tỷ lệ tiền điện thanh toán không dùng tiền mặt lên đến 90,63%" (=, "lên
# đến" read as a result reached; econ.cashless_transactions_share, whose
# numerator is the value of cashless payments; a judgement). Hà Nội: "gần 2,6
# triệu khách hàng" (~), "18 ngân hàng và 10 tổ chức trung gian thanh toán"
# (two counts, each its own subject: the partners through which bills are paid
# are the reach of the payment network; a judgement). TP Hồ Chí Minh: "23 ngân
# hàng và 10 đối tác thu hộ với gần 72.000 điểm thu" (three counts) and "trên
# 98%" (>). `place` on the records of the two cities (a national page).
# Pillar null (no heading). Not quantities: "tháng 10/2020", "tháng 9/2020".
# --------------------------------------------------------------------------
D01 = dict(name="01_ca-nuoc-tien-dien-khong-tien-mat-2020", kind="result", year=2020, records=[
    R("tiền mặt đạt «68,74%", "tỷ lệ khách hàng thanh toán tiền điện không dùng tiền mặt", "=", 68.74),
    R("lên đến «90,63%", "tỷ lệ tiền điện thanh toán không dùng tiền mặt", "=", 90.63,
      iid="econ.cashless_transactions_share"),
    R("đã có gần «2,6 triệu", "khách hàng Thủ đô thanh toán tiền điện qua các ứng dụng trực tuyến", "~", 2.6e6,
      **CNT, place="Hà Nội"),
    R("hợp tác với «18 ngân hàng", "ngân hàng EVN Hà Nội hợp tác", "=", 18, **CNT, place="Hà Nội"),
    R("ngân hàng và «10 tổ chức trung gian", "tổ chức trung gian thanh toán EVN Hà Nội hợp tác", "=", 10, **CNT,
      place="Hà Nội"),
    R("thông qua «23 ngân hàng", "ngân hàng thu tiền điện", "=", 23, **CNT, place="TP Hồ Chí Minh"),
    R("ngân hàng và «10 đối tác thu hộ", "đối tác thu hộ tiền điện", "=", 10, **CNT, place="TP Hồ Chí Minh"),
    R("với gần «72.000 điểm thu", "điểm thu tiền điện trên địa bàn", "~", 72000, **CNT, place="TP Hồ Chí Minh"),
    R("đạt trên «98%", "tỷ lệ khách hàng thanh toán tiền điện không dùng tiền mặt", ">", 98,
      place="TP Hồ Chí Minh"),
])

# --------------------------------------------------------------------------
# 02 Yên Bái, PC Yên Bái's electricity bills without cash
# (congnghieptieudung.vn; no date shown, no year in the text → year null).
# "483/805 hộ đã sử dụng thanh toán tiền điện không dùng tiền mặt trên địa bàn
# xã Suối Giàng": count 483 (=; the denominator 805 is not a record, as in
# earlier sets' "84/87 xã"), `place` "Suối Giàng" (a commune). "trên 260.000
# khách hàng sử dụng điện" (>, count: the customers PC Yên Bái serves).
# "ký hợp đồng thu hộ tiền điện với 05 ngân hàng và 09 tổ chức trung gian"
# (two counts, as in 01). NOT: "98% người dân là đồng bào dân tộc Mông" (the
# population's make-up) and "khách hàng sử dụng điện sinh hoạt chiếm 89,57%"
# (the make-up of the customers; no target or result of the transformation;
# judgements). Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_yenbai-pc-tien-dien-khong-tien-mat", kind="result", year=None, records=[
    R("đã có «483/805 hộ", "hộ đã sử dụng thanh toán tiền điện không dùng tiền mặt trên địa bàn xã Suối Giàng",
      "=", 483, **CNT, place="Suối Giàng"),
    R("cho trên «260.000 khách hàng", "khách hàng sử dụng điện PC Yên Bái quản lý và bán điện", ">", 260000,
      **CNT),
    R("với «05 ngân hàng", "ngân hàng ký hợp đồng thu hộ tiền điện", "=", 5, **CNT),
    R("và «09 tổ chức trung gian", "tổ chức trung gian ký hợp đồng thu hộ tiền điện", "=", 9, **CNT),
], NOT=["với «98% người dân", "chiếm «89,57%"])

# --------------------------------------------------------------------------
# 03 Automatic environmental monitoring stations connected to Envisoft,
# nationally (baokhanhhoa.vn, byline 22/06/2020 → `date 2020-06`, 2020; a
# precision text). One quantity: "toàn quốc đã có gần 1.000 trạm quan trắc tự
# động thực hiện việc kết nối này" (result, ~, count;
# city.iot_monitoring_stations_count, whose wording is "trạm quan trắc tự
# động"). Not quantities: "Nghị định 40", "13-5-2019", the date line. Pillar
# null.
# --------------------------------------------------------------------------
D03 = dict(name="03_ca-nuoc-tram-quan-trac-tu-dong-2020-precision", kind="result", year=2020, records=[
    R("đã có gần «1.000 trạm", "trạm quan trắc tự động thực hiện việc kết nối phần mềm Envisoft", "~", 1000,
      **CNT, iid="city.iot_monitoring_stations_count"),
])

# --------------------------------------------------------------------------
# 04 Vĩnh Long, rural water supply digitised (vnexpress.net, stamp 2025-11 →
# 2025). "quản lý và vận hành 237 công trình cấp nước tập trung" (=, count),
# "tổng công suất khai thác 237.400 m2/ngày đêm" (=, other, unit as written
# "m2/ngày đêm"), "cung cấp nước sạch cho khoảng 482.000 khách hàng" (~,
# count): the centre's reach reported after the merger (results; no id).
# Not quantities: none other. Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_vinhlong-nuoc-sach-nong-thon-so-hoa-2025", kind="result", year=2025, records=[
    R("vận hành «237 công trình", "công trình cấp nước tập trung Trung tâm Nước sạch nông thôn quản lý và vận hành",
      "=", 237, **CNT),
    R("khai thác «237.400 m2", "tổng công suất khai thác", "=", 237400, unit="other", unit_text="m2/ngày đêm"),
    R("cho khoảng «482.000 khách hàng", "khách hàng được cung cấp nước sạch", "~", 482000, **CNT),
])

# --------------------------------------------------------------------------
# 05 The Ministry of Industry and Trade's digital-transformation plan for 2025
# (doanhnhansaigon.vn; no date shown; "kế hoạch chuyển đổi số năm 2025" →
# targets of 2025). "đặt mục tiêu đưa 100% giao dịch hành chính đủ điều kiện
# lên môi trường số" (>=; no exact id), "tối thiểu 70% giao dịch thanh toán
# nghĩa vụ tài chính thông qua dịch vụ công được thực hiện trực tuyến" (>=;
# egov.online_payment_share), "Tỷ lệ hồ sơ thủ tục hành chính xử lý qua Cổng
# dịch vụ công Bộ Công Thương dự kiến đạt 90%" (a target of the plan, "dự kiến
# đạt" read >=; egov.online_applications_share), "số hóa 100% kết quả giải
# quyết thủ tục hành chính còn hiệu lực" (>=;
# egov.digitised_procedure_results_share), "tối thiểu 90% người dân, doanh
# nghiệp hài lòng" (>=; egov.satisfaction_share; the excerpt ends in "vớ").
# Pillar null (the title names no pillar). Not quantities: "Năm 2025", "5 năm
# 2021 - 2025", "792/QĐ-BCT", "20/3/2025".
# --------------------------------------------------------------------------
D05 = dict(name="05_bo-cong-thuong-ke-hoach-cds-2025", kind="target", year=2025, records=[
    R("mục tiêu đưa «100% giao dịch", "giao dịch hành chính đủ điều kiện lên môi trường số", ">=", 100),
    R("tối thiểu «70% giao dịch", "giao dịch thanh toán nghĩa vụ tài chính thông qua dịch vụ công được thực hiện "
      "trực tuyến", ">=", 70, iid="egov.online_payment_share"),
    R("dự kiến đạt «90%", "Tỷ lệ hồ sơ thủ tục hành chính xử lý qua Cổng dịch vụ công Bộ Công Thương", ">=", 90,
      iid="egov.online_applications_share"),
    R("số hóa «100% kết quả", "số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực", ">=", 100,
      iid="egov.digitised_procedure_results_share"),
    R("tối thiểu «90% người dân", "người dân, doanh nghiệp hài lòng", ">=", 90, iid="egov.satisfaction_share"),
])

# --------------------------------------------------------------------------
# 06 Bình Thuận, the Department of Natural Resources and Environment's results
# of 2023 (thiennhienmoitruong.vn, byline 24/04/2024 → `date 2024-04`; "trong
# năm 2023" → 2023 for every record, the second paragraph continuing the same
# report). "cấp giấy chứng nhận ... lần đầu đạt gần 2.744 ha/2.000 ha": the
# result (~, other "ha") and the plan's figure (target >=, 2023). "cấp 7 giấy
# phép khai thác khoáng sản" (=, count), "thu tiền cấp quyền khai thác khoáng
# sản gần 30 tỷ đồng" (~, đồng). "nâng tổng số lên 71/124 xã cập nhật, vận
# hành dữ liệu này" (=, count 71; the catalogue's data.land_records_digitised_
# share is a share → null). "thu phí bảo vệ môi trường nước thải công nghiệp
# đạt 44,5 tỷ đồng/25 tỷ đồng": result (=) and the plan's figure (target >=).
# "giải quyết đơn khiếu nại, tố cáo 33/37 đơn, đạt 89% (chỉ tiêu UBND tỉnh
# giao trên 85%)": count 33 (=), share 89 (=) and the target (>, 85). "hồ sơ
# ... đạt tỷ lệ sớm và đúng hẹn trên 99%" (>; egov.on_time_applications_share).
# NOT: "đạt hơn 137% kế hoạch giao", "(đạt 178%)" (completion against the
# plan, as earlier sets). Not quantities: "có thêm 13 xã" (a result's change
# against the earlier total, which "nâng tổng số lên 71/124" states; a
# judgement), the denominators "124", "37". Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_binhthuan-tnmt-du-lieu-dat-dai-2023", kind="result", year=2023, records=[
    R("lần đầu đạt gần «2.744 ha", "cấp giấy chứng nhận quyền sử dụng đất lần đầu", "~", 2744, **HA),
    R("2.744 ha/«2.000 ha", "cấp giấy chứng nhận quyền sử dụng đất lần đầu kế hoạch giao", ">=", 2000, **HA,
      kind="target"),
    R("cấp «7 giấy phép", "giấy phép khai thác khoáng sản thông thường", "=", 7, **CNT),
    R("khoáng sản gần «30 tỷ đồng", "thu tiền cấp quyền khai thác khoáng sản", "~", 30e9, **DONG),
    R("tổng số lên «71/124 xã", "xã cập nhật, vận hành cơ sở dữ liệu quản lý đất đai", "=", 71, **CNT),
    R("công nghiệp đạt «44,5 tỷ đồng", "thu phí bảo vệ môi trường nước thải công nghiệp", "=", 44.5e9, **DONG),
    R("tỷ đồng/«25 tỷ đồng", "thu phí bảo vệ môi trường nước thải công nghiệp kế hoạch", ">=", 25e9, **DONG,
      kind="target"),
    R("tố cáo «33/37 đơn", "giải quyết đơn khiếu nại, tố cáo", "=", 33, **CNT),
    R("đơn, đạt «89%", "giải quyết đơn khiếu nại, tố cáo", "=", 89),
    R("giao trên «85%", "chỉ tiêu UBND tỉnh giao giải quyết đơn khiếu nại, tố cáo", ">", 85, kind="target"),
    R("đúng hẹn trên «99%", "hồ sơ giải quyết thủ tục hành chính về môi trường, khoáng sản, tài nguyên nước, biển "
      "và hải đảo đạt tỷ lệ sớm và đúng hẹn", ">", 99, iid="egov.on_time_applications_share"),
], NOT=["đạt hơn «137%", "(đạt «178%)"])

# --------------------------------------------------------------------------
# 07 Bình Dương, land users' data in the land database (vietnam.vn, a copy of a
# Báo TN&MT interview; no date shown, no year in the text → year null; a
# precision text). One quantity: "Đến nay, 95% thông tin về người sử dụng đất
# ... đã được cập nhật thông tin vào cơ sở dữ liệu đất đai và ... xác thực với
# cơ sở dữ liệu quốc gia về dân cư" (result, =). No id: the land users' data
# linked to the population database is not the cadastral records digitised
# (data.land_records_digitised_share); a judgement. Not quantities: "Đề án 06"
# (a name). Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_binhduong-tnmt-du-lieu-dat-dai-precision", kind="result", year=None, records=[
    R("Đến nay, «95% thông tin", "thông tin về người sử dụng đất trên địa bàn tỉnh Bình Dương đã được cập nhật "
      "thông tin vào cơ sở dữ liệu đất đai", "=", 95),
])

# --------------------------------------------------------------------------
# 08 Hà Nội, AI cameras of the smart traffic control centre, first three days
# (24h.com.vn, stamp 2025-12 → 2025). Every count of violations is a result
# (=, count, no id): "393 trường hợp vi phạm ... gồm 125 trường hợp ô tô và 268
# trường hợp mô tô" (three records: a breakdown by kind of vehicle, each with
# its own subject, scope null), "352 trường hợp, gồm 87 ô tô và 265 mô tô"
# (three), "5 ... 1 ... 3 ... 21 ... 11 trường hợp" (five, each its own
# violation), and "ghi nhận 393 vi phạm" stated again (recorded again, as
# earlier sets record repeated statements). Not quantities: "3 ngày" (twice, a
# duration), "13/12", "16/12". Pillar null (no heading).
# --------------------------------------------------------------------------
D08 = dict(name="08_hanoi-camera-ai-3-ngay-2025", kind="result", year=2025, records=[
    R("đã phát hiện «393 trường hợp", "trường hợp vi phạm trật tự, an toàn giao thông phát hiện qua hệ thống camera AI",
      "=", 393, **CNT),
    R("gồm «125 trường hợp ô tô", "trường hợp vi phạm ô tô", "=", 125, **CNT),
    R("và «268 trường hợp mô tô", "trường hợp vi phạm mô tô", "=", 268, **CNT),
    R("lớn nhất với «352 trường hợp", "hành vi không chấp hành hiệu lệnh đèn tín hiệu giao thông trường hợp", "=",
      352, **CNT),
    R("gồm «87 ô tô", "ô tô không chấp hành hiệu lệnh đèn tín hiệu giao thông", "=", 87, **CNT),
    R("và «265 mô tô", "mô tô không chấp hành hiệu lệnh đèn tín hiệu giao thông", "=", 265, **CNT),
    R("ghi nhận «5 trường hợp", "trường hợp ô tô không chấp hành chỉ dẫn vạch kẻ đường", "=", 5, **CNT),
    R("đường, «1 trường hợp", "trường hợp ô tô đi ngược chiều đường một chiều", "=", 1, **CNT),
    R("chiều, «3 trường hợp", "trường hợp mô tô chở quá số người quy định", "=", 3, **CNT),
    R("định, «21 trường hợp", "trường hợp ô tô dừng xe tại nơi có biển cấm dừng", "=", 21, **CNT),
    R("và «11 trường hợp", "trường hợp ô tô đón, trả hành khách tại nơi cấm dừng, đỗ", "=", 11, **CNT),
    R("ghi nhận «393 vi phạm", "Hệ thống camera AI ghi nhận vi phạm trật tự, an toàn giao thông", "=", 393, **CNT),
])

# --------------------------------------------------------------------------
# 09 TP.HCM, traffic cameras and fines by post (thanhnien.vn, stamp 2025-08 →
# 2025; a precision text). One quantity: "hình ảnh từ hơn 1.000 camera giám
# sát, xử lý vi phạm (XLVP) liên tục cập nhật" (result, >, count;
# city.surveillance_cameras_count). Not quantities: "PC08" (a name), "Nghị
# định 168/2024", "2 giờ" (a duration), "19 triệu đồng" (one man's fine, not a
# value of an indicator), "tháng 5.2025" (a date). Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_tphcm-camera-phat-nguoi-2025-precision", kind="result", year=2025, records=[
    R("từ hơn «1.000 camera", "camera giám sát, xử lý vi phạm", ">", 1000, **CNT,
      iid="city.surveillance_cameras_count"),
])

# --------------------------------------------------------------------------
# 10 TP HCM, electricity bills sent only through the EVNHCMC CSKH app
# (doanhnhandautu.net; no date shown, "từ 1/4" names no year → year null).
# "Người dân tại 21 tỉnh, thành phố có thể chủ động theo dõi tiền điện ... theo
# hình thức mới" (=, count: the provinces where the app notice applies; a
# judgement). "trên 1,6 triệu/ 2,6 triệu khách hàng sử dụng điện sinh hoạt có
# cài app" (>, count 1,6 triệu; the denominator 2,6 triệu is no record).
# Not quantities: "1/4" (twice), "13 ký tự" (the length of a customer code).
# Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_tphcm-thong-bao-tien-dien-qua-app", kind="result", year=None, records=[
    R("dân tại «21 tỉnh", "tỉnh, thành phố người dân có thể chủ động theo dõi tiền điện sử dụng mỗi tháng theo "
      "hình thức mới", "=", 21, **CNT),
    R("có trên «1,6 triệu", "khách hàng sử dụng điện sinh hoạt có cài app", ">", 1.6e6, **CNT),
])

# --------------------------------------------------------------------------
# 11 TP HCM, SAWACO's smart water meters at doi Mỹ Khánh (nld.com.vn; no date
# shown, "Ngày 3-10" names no year → year null; a precision text). One
# quantity: "lắp đặt đồng hồ riêng cho 14 hộ dân" (result, =, count; no id).
# Not quantities: "3-10" (a date). Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_tphcm-sawaco-dong-ho-nuoc-thong-minh-precision", kind="result", year=None, records=[
    R("riêng cho «14 hộ", "hộ dân được lắp đặt đồng hồ nước riêng", "=", 14, **CNT),
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
