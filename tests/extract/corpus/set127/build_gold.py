#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set127).

Copied from set47's builder (itself from set45's, set43's, set41's, ... and the seeds'). Each
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

GIAY = dict(unit="other", unit_text="giây")
NGAY = dict(unit="other", unit_text="ngày")

# --------------------------------------------------------------------------
# 01 Vietnam Social Security, citizens' data checked against the national
# population database (thoibaotaichinhvietnam.vn, date 2025-08 → "Đến nay" is
# 2025). Three results: "hơn 100,2 triệu thông tin công dân" (>, count),
# "khoảng 91 triệu người" (~, count) and "chiếm 99,23% tổng số người tham gia"
# (=, %; the share of those 91 million). No catalogue id. Pillar null (no
# heading names one). Not quantities: "năm 2023", "1/8/2025", "năm 2026",
# "năm 2024" (law names).
# --------------------------------------------------------------------------
D01 = dict(name="01_bhxh-vn-xac-thuc-dan-cu-2025", kind="result", year=2025, records=[
    R("đã xác thực hơn «100,2 triệu", "thông tin công dân trong cơ sở dữ liệu do Bảo hiểm xã hội Việt Nam quản lý "
      "đã xác thực", ">", 100.2e6, **CNT),
    R("có khoảng «91 triệu", "người đang tham gia, thụ hưởng bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp",
      "~", 91e6, **CNT),
    R("chiếm «99,23%", "người tham gia bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp xác thực với cơ sở "
      "dữ liệu quốc gia về dân cư", "=", 99.23),
])

# --------------------------------------------------------------------------
# 02 State Bank, payment accounts at the end of the first quarter of 2021
# (doanhnghiephoinhap.vn, no date shown; "cuối quý I/2021" → 2021). Results:
# "hơn 104 triệu tài khoản thanh toán cá nhân" (>, count), "Số dư ... đã đạt
# 741.378 tỷ đồng" (=, đồng). The plan's target "tối thiểu 50% người dân
# trưởng thành sử dụng dịch vụ thanh toán" (target, >=, 2025; the excerpt ends
# there; no id, the sentence being cut before its channel is named). NOT: the
# changes against earlier values "tăng 11,2% so với cuối năm 2020" and the
# growth rates of transactions "5,9%", "28,4%", "78%", "103%", "83%", "146%".
# Not quantities: "31/3/2021", "3 tháng đầu năm", "2025", "2030".
# --------------------------------------------------------------------------
D02 = dict(name="02_nhnn-tai-khoan-thanh-toan-quy1-2021", kind="result", year=2021, records=[
    R("có hơn «104 triệu", "tài khoản thanh toán cá nhân tại các ngân hàng", ">", 104e6, **CNT),
    R("đã đạt «741.378 tỷ", "Số dư tài khoản thanh toán cá nhân", "=", 741378e9, **DONG),
    R("tối thiểu «50% người dân", "người dân trưởng thành sử dụng dịch vụ thanh toán", ">=", 50, kind="target",
      year=2025),
], NOT=["tăng «11,2%", "tăng «5,9%", "và «28,4%", "tương ứng «78%", "và «103%", "tương ứng «83%", "và «146%"])

# --------------------------------------------------------------------------
# 03 Ministry of Industry and Trade, online public services (kinhte.congthuong.vn
# print page, no date shown; statistics "từ ngày 1/1 đến ngày 30/4/2022"). The
# rank "Top 3 bộ", stated in the title line and again in the body: two records (rank, <=, 2022). "cho đến nay" results → 2022 (228 DVCTT
# mức 4, 131 DVCTT integrated; a judgement); the figures "Trong năm 2021" and
# "năm 2021" → 2021 (1.164.552 hồ sơ exchanged, hơn 40.000 DN, 1.617.249 hồ sơ,
# hơn 99%). The target "mục tiêu cung cấp 100% DVCTT mức 4 trong năm 2021"
# (target, >=, 2021, egov.full_online_services_share: level 4 is the old name of
# "toàn trình"; a judgement; likewise egov.full_online_services_count for 228).
# The chemical declarations "từ 7 ngày xuống còn 5 ngày" (result 5, unit ngày;
# "7 ngày" the earlier value, no record) and "sau khoảng 15 giây" (~, giây):
# times reached by the service, recorded as results (a judgement). Not
# quantities: "2 bộ khác" (the other ministries of the top group), "gấp gần 4
# lần so với năm 2020" (a change), "tháng 6/2021", "tháng 8/2021", dates.
# --------------------------------------------------------------------------
D03 = dict(name="03_bo-cong-thuong-dvctt-muc-4-2021", kind="result", year=2022, records=[
    R("Nằm trong Top «3 bộ", "bộ có tỷ lệ hồ sơ xử lý trực tuyến cao nhất", "<=", 3, **RANK),
    R("nằm trong Top «3 bộ", "Bộ Công Thương nằm trong Top bộ, ngành có tỷ lệ hồ sơ xử lý trực tuyến cao nhất",
      "<=", 3, **RANK),
    R("đã cung cấp «228 DVCTT", "DVCTT mức 4 Cổng dịch vụ công của Bộ đã cung cấp", "=", 228, **CNT,
      iid="egov.full_online_services_count"),
    R("mục tiêu cung cấp «100% DVCTT", "cung cấp DVCTT mức 4", ">=", 100, kind="target", year=2021,
      iid="egov.full_online_services_share"),
    R("đã tích hợp «131 DVCTT", "DVCTT tích hợp lên Cổng dịch vụ công quốc gia", "=", 131, **CNT),
    R("đã trao đổi «1.164.552 bộ", "bộ hồ sơ điện tử trao đổi với Cổng dịch vụ công quốc gia", "=", 1164552,
      **CNT, year=2021),
    R("đã có hơn «40.000 DN", "DN tham gia khai báo trên Cổng dịch vụ công Bộ Công Thương", ">", 40000, **CNT,
      year=2021),
    R("năm 2021 là «1.617.249 hồ sơ", "Tổng số hồ sơ điện tử", "=", 1617249, **CNT, year=2021),
    R("tương ứng hơn «99%", "hồ sơ điện tử trên tổng số hồ sơ được gửi đến Bộ", ">", 99, year=2021,
      iid="egov.online_applications_share"),
    R("xuống còn «5 ngày", "thời gian cấp giấy xác nhận khai báo hóa chất", "=", 5, **NGAY),
    R("sau khoảng «15 giây", "thời gian nhận được kết quả phản hồi khai báo hóa chất", "~", 15, **GIAY),
])

# --------------------------------------------------------------------------
# 04 The National Single Window, ministries' procedures connected
# (baodauthau.vn, no date shown; "Đến tháng 9/2021" → 2021). Results (=, ~,
# counts): 235 thủ tục, 13 bộ ngành, khoảng 4,1 triệu bộ hồ sơ, gần 49.500
# doanh nghiệp; 35 thủ tục since 9/2020 with its breakdown by ministry (8, 18,
# 1, 6, 2: one record each, scope null, a breakdown by kind); "6 thủ tục mới của
# Bộ Quốc phòng" being prepared and "10 thủ tục" upgraded (results, =; a
# judgement). Not quantities: "gấp 4 lần", "39 lần", "23 lần", "193 lần"
# (changes since 2014), "năm 2014", "tháng 9/2020", "Ủy ban 1899" (a name).
# --------------------------------------------------------------------------
D04 = dict(name="04_co-che-mot-cua-quoc-gia-bo-nganh-2021", kind="result", year=2021, records=[
    R("đã có «235 thủ tục", "thủ tục hành chính kết nối Cơ chế một cửa quốc gia", "=", 235, **CNT),
    R("của «13 bộ, ngành kết nối", "bộ, ngành kết nối Cơ chế một cửa quốc gia", "=", 13, **CNT),
    R("với khoảng «4,1 triệu", "bộ hồ sơ kết nối Cơ chế một cửa quốc gia", "~", 4.1e6, **CNT),
    R("của gần «49.500", "doanh nghiệp kết nối Cơ chế một cửa quốc gia", "~", 49500, **CNT),
    R("triển khai chính thức «35 thủ tục", "thủ tục các bộ đã triển khai chính thức", "=", 35, **CNT),
    R("(«8 thủ tục", "thủ tục của Bộ Nông nghiệp và Phát triển nông thôn", "=", 8, **CNT),
    R(", «18 thủ tục", "thủ tục của Bộ Y tế", "=", 18, **CNT),
    R(", «1 thủ tục", "thủ tục của Ngân hàng Nhà nước", "=", 1, **CNT),
    R(", «6 thủ tục của Bộ Công Thương", "thủ tục của Bộ Công Thương", "=", 6, **CNT),
    R(", «2 thủ tục", "thủ tục của Bộ Tài nguyên và Môi trường", "=", 2, **CNT),
    R("chính thức «6 thủ tục mới", "thủ tục mới của Bộ Quốc phòng chuẩn bị triển khai chính thức", "=", 6, **CNT),
    R("cập nhật «10 thủ tục", "thủ tục nâng cấp, cập nhật", "=", 10, **CNT),
])

# --------------------------------------------------------------------------
# 05 Vietnam Social Security, the social-insurance number made one with the
# citizen's identity number (kenh14.vn, date 2025-10). A precision text with no
# quantity: "1/8/2025" is a date, "hàng chục", "hàng trăm tỷ đồng" carry no
# digits.
# --------------------------------------------------------------------------
D05 = dict(name="05_bhxh-dong-nhat-ma-so-cccd-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 06 The banking sector and population data in 2023 (tapchinganhang.gov.vn,
# the line "18/01/2024 08:05 9.797 lượt xem" cut → `date 2024-01`). A
# precision text with no quantity: "năm 2023" (twice), "2025", "2030",
# "749/QĐ-TTg", "03/6/2020", the list number "1.".
# --------------------------------------------------------------------------
D06 = dict(name="06_nganh-ngan-hang-du-lieu-dan-cu-2023-precision", kind="result", year=2023, records=[])


DOCS = [D01, D02, D03, D04, D05, D06]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
