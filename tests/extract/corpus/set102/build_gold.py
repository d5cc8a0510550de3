#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set102).

Copied from set69's builder (itself from set47's, set45's, set43's, ... and the seeds'). Each
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


TRAM = dict(unit="other", unit_text="trên 100 dân")
DIEM = dict(unit="other", unit_text="điểm")
DONG = dict(unit="other", unit_text="đồng")

# --------------------------------------------------------------------------
# 01 Tuyên Quang, targets of digital infrastructure to 2025 (tuyenquang.gov.vn,
# no date shown; "những mục tiêu quan trọng đến năm 2025" → 2025, all targets).
# Each line opens with a label naming its topic, read as a heading (spec:
# "Mạng viễn thông băng rộng di động", băng rộng, điện toán đám mây → hạ tầng
# số; "Nền tảng số:" → digital_platforms). Bare numbers after "Hướng tới" /
# "đặt mục tiêu" / "Phấn đấu" are targets >=; "ít nhất 50%" >=. "80 thuê bao
# băng rộng di động trên 100 dân": a rate without "%" → unit other, unit_text
# "trên 100 dân" (as set74; the catalogue's per-100 id is "%", so null).
# "tốc độ băng rộng cố định tăng lên 120Mbps": other "Mbps", >=
# (infra.fixed_broadband_speed; the catalogue writes "Mb/s", the same unit).
# "56% hộ gia đình tiếp cận dịch vụ" (Internet cáp quang):
# infra.fibre_household_coverage_share ("được phủ (có khả năng tiếp cận)").
# "100% cơ quan ... nền tảng số quốc gia" and "ít nhất 50% doanh nghiệp ...
# nền tảng số" → null (no exact indicator: the catalogue's firm share is of
# SMEs). Not quantities: "AI, blockchain, IoT" (names), "FTTH".
# --------------------------------------------------------------------------
D01 = dict(name="01_tuyenquang-ha-tang-so-muc-tieu-2025", kind="target", year=2025, records=[
    R("Hướng tới «80 thuê bao", "thuê bao băng rộng di động trên 100 dân", ">=", 80, **TRAM, pillar=INFRA),
    R("«99,5% thuê bao", "thuê bao sử dụng điện thoại thông minh", ">=", 99.5, pillar=INFRA,
      iid="infra.smartphone_subscriptions_share"),
    R("và «75% dân số trưởng thành", "dân số trưởng thành sở hữu điện thoại thông minh", ">=", 75, pillar=INFRA,
      iid="society.adult_smartphone_share"),
    R("đặt mục tiêu «56% hộ", "hộ gia đình tiếp cận dịch vụ Internet cáp quang", ">=", 56, pillar=INFRA,
      iid="infra.fibre_household_coverage_share"),
    R("tăng lên «120Mbps", "tốc độ băng rộng cố định", ">=", 120, unit="other", unit_text="Mbps", pillar=INFRA,
      iid="infra.fixed_broadband_speed"),
    R("và «95% thôn, bản", "thôn, bản được phủ sóng băng rộng cáp quang FTTH", ">=", 95, pillar=INFRA,
      iid="infra.fibre_village_coverage_share"),
    R("Phấn đấu «100% hệ thống", "hệ thống thông tin dùng chung cấp tỉnh sử dụng công nghệ điện toán đám mây", ">=",
      100, pillar=INFRA, iid="infra.cloud_hosted_systems_share"),
    R("Nền tảng số: «100% cơ quan", "cơ quan quản lý nhà nước sử dụng nền tảng số quốc gia", ">=", 100,
      pillar="digital_platforms"),
    R("ít nhất «50% doanh nghiệp", "doanh nghiệp địa phương áp dụng nền tảng số vào hoạt động sản xuất, kinh doanh",
      ">=", 50, pillar="digital_platforms"),
])

# --------------------------------------------------------------------------
# 02 The Ministry of Information and Communications, first quarter of 2024
# (qdnd.vn, no date shown; "quý I-2024" → 2024). Results (=; "ước đạt" is a
# result, spec). Changes against an earlier period ("tăng trên 47%", "28,57%",
# "4,6%", "1,2%", "0,52%", "52%", "23,5%", "19%", "5,5%", "giảm 1,1%") → NOT;
# the absolute changes "(tương ứng 26.351 tên miền)", "(... tương ứng 6.699 tên
# miền)" → no record (a change against an earlier value). The brackets that
# state the earlier value itself, "(75,5%)" and "(99,5 triệu thuê bao)", are
# results of the same period of 2023 (spec: a bracket that states a value).
# "100% Sở TT&TT thực hiện báo cáo ... năm 2023": year 2023 (the sentence's own
# year; a judgement). "16.301.824 triệu địa chỉ" is read as written, the
# magnitude word multiplied in (spec), though the page surely meant 16,301,824
# addresses; "1.653 tỷ khối/64": other, unit_text "khối/64" (the "64" is part of
# the unit, no quantity). Pillar: "Về lĩnh vực viễn thông, ..." is a lead-in
# naming viễn thông (→ hạ tầng số) for the sentence it opens (80,1%, 75,5%);
# "Tăng trưởng số lượng trong lĩnh vực tài nguyên Internet ..., cụ thể như
# sau:" opens a list (IPv4, IPv6, network numbers, members) and Internet
# resources are read as a topic of hạ tầng số (a judgement); the rest null.
# Ids: 80,1%/75,5% infra.fibre_household_coverage_share (as set74's "hộ gia
# đình sử dụng cáp quang"); the rest null. Not quantities: "35/2016/TT-BTTTT",
# "26-12-2016", "tháng 2-2024", "15-2-2024", "15-2-2023", "31-12-2023",
# "IPv4"/"IPv6" (names), ".vn".
# --------------------------------------------------------------------------
D02 = dict(name="02_ca-nuoc-bo-tttt-quy1-2024", kind="result", year=2024, records=[
    R("ước đạt «505 triệu", "sản lượng bưu gửi", "=", 505e6, **CNT),
    R("ước đạt «11.250 tỷ", "doanh thu dịch vụ bưu chính", "=", 11250e9, **DONG),
    R("«100% Sở TT&TT", "Sở TT&TT thực hiện báo cáo về hoạt động cấp giấy phép bưu chính, văn bản xác nhận thông báo "
      "hoạt động bưu chính năm 2023", "=", 100, year=2023),
    R("cáp quang đạt «80,1%", "tỷ lệ hộ gia đình sử dụng cáp quang", "=", 80.1, pillar=INFRA,
      iid="infra.fibre_household_coverage_share"),
    R("(«75,5%)", "tỷ lệ hộ gia đình sử dụng cáp quang cùng kỳ năm 2023", "=", 75.5, year=2023, pillar=INFRA,
      iid="infra.fibre_household_coverage_share"),
    R("thông minh đạt «100,7 triệu", "Số thuê bao sử dụng điện thoại thông minh", "=", 100.7e6, **CNT),
    R("(«99,5 triệu", "Số thuê bao sử dụng điện thoại thông minh cùng kỳ năm ngoái", "=", 99.5e6, **CNT, year=2023),
    R("IPv4 đạt «16.301.824 triệu", "Số lượng địa chỉ Internet IPv4", "=", 16301824e6, **CNT, pillar=INFRA),
    R("IPv6 đạt «1.653 tỷ", "Số lượng địa chỉ Internet IPv6", "=", 1653e9, unit="other", unit_text="khối/64",
      pillar=INFRA),
    R("số hiệu mạng đạt «692", "Số lượng số hiệu mạng", "=", 692, **CNT, pillar=INFRA),
    R("địa chỉ Internet đạt «980", "Số lượng thành viên địa chỉ Internet", "=", 980, **CNT, pillar=INFRA),
    R("được cấp đạt «602.230", "Tổng lũy kế số tên miền quốc gia “.vn” được cấp", "=", 602230, **CNT),
], NOT=["tăng trên «47%", "tăng «28,57%", "tăng «4,6%", "tăng «1,2%", "tăng «0,52%", "tăng «52%", "tăng «23,5%",
        "tăng «19%", "tăng «5,5%", "giảm «1,1%"])

# --------------------------------------------------------------------------
# 03 Bắc Kạn, the provincial Department of Information and Communications and
# the provincial post office reporting to a deputy minister (baobackan.com.vn,
# no date shown). Results; year: no sentence names one for the indicators; the
# report runs to "02 tháng đầu năm 2024" → 2024 (a judgement). "100% xã, phường,
# thị trấn được phủ sóng di động 3G/4G" (no id: the catalogue's coverage share
# is of villages), "quang hóa 100% hạ tầng đường truyền" (null), "100% cơ quan
# ... được kết nối mạng truyền số liệu chuyên dùng"
# (infra.specialised_network_connection_share), "Tỷ lệ dân số được phủ sóng 4G
# đạt 96%" (infra.mobile_broadband_population_coverage_share). "tăng 6% so với
# cùng kỳ", "tăng 12% so với cùng kỳ" → NOT (changes). Not quantities: "3G/4G",
# "4G" (names), "năm 2023", "02 tháng". Pillar null (no heading).
# --------------------------------------------------------------------------
D03 = dict(name="03_backan-vien-thong-buu-dien-2024", kind="result", year=2024, records=[
    R("như: «100% xã", "xã, phường, thị trấn được phủ sóng di động 3G/4G", "=", 100),
    R("quang hóa «100% hạ tầng", "quang hóa hạ tầng đường truyền tới các cơ quan, đơn vị, địa phương", "=", 100),
    R("địa phương; «100% cơ quan", "cơ quan, đơn vị, địa phương được kết nối mạng truyền số liệu chuyên dùng", "=",
      100, iid="infra.specialised_network_connection_share"),
    R("4G đạt «96%", "Tỷ lệ dân số được phủ sóng 4G", "=", 96, iid="infra.mobile_broadband_population_coverage_share"),
], NOT=["tăng «6%", "tăng «12%"])

# --------------------------------------------------------------------------
# 04 The Ministry's quarterly meeting, second quarter of 2023, printed on Đồng
# Tháp's department site (no date shown; "quý 2/2023", "Sáng ngày 12/6/2023" →
# 2023). Results: smartphone subscriptions "101,12 triệu thuê bao" (count, no
# id), "tỷ lệ hộ gia đình sử dụng cáp quang đạt 77,1%"
# (infra.fibre_household_coverage_share), Mobile Money "đạt hơn 3,9 triệu khách
# hàng" (>, society.mobile_money_users_count), the bracket "(trong đó khách
# hàng tại nông thôn, ... chiếm 69%)" (=, the share of rural customers among
# them: a value of its own, scope null: not a split of one measure by group; a
# judgement), pay-TV "ước đạt 17.7 triệu thuê bao" (the point read as a decimal
# point: 17,700,000; count). Changes "(tăng 8,7% ...)", "(tăng 5,7% ...)",
# "(tăng 6% ...)" → NOT. Not quantities: "66 điểm cầu" and "63 tỉnh, thành"
# (the participants of a meeting, spec), "quý II/2023", "12/6/2023". Pillar
# null (no heading; "Về chuyển đổi số" names no pillar).
# --------------------------------------------------------------------------
D04 = dict(name="04_ca-nuoc-bo-tttt-quy2-2023", kind="result", year=2023, records=[
    R("thông minh đạt «101,12 triệu", "Số thuê bao sử dụng điện thoại thông minh", "=", 101.12e6, **CNT),
    R("cáp quang đạt «77,1%", "tỷ lệ hộ gia đình sử dụng cáp quang", "=", 77.1,
      iid="infra.fibre_household_coverage_share"),
    R("đạt hơn «3,9 triệu", "số lượng khách hàng sử dụng dịch vụ Mobile Money", ">", 3.9e6, **CNT,
      iid="society.mobile_money_users_count"),
    R("chiếm «69%", "khách hàng tại nông thôn, miền núi, vùng sâu, vùng xa", "=", 69),
    R("ước đạt «17.7 triệu", "thuê bao truyền hình trả tiền", "=", 17.7e6, **CNT),
], NOT=["(tăng «8,7%", "(tăng «5,7%", "(tăng «6%"])

# --------------------------------------------------------------------------
# 05 The Ministry's review of 2022, national (baobariavungtau.com.vn; the
# excerpt opens with the crawler's stamp "date 2022-12", kept as returned; "Trong
# năm 2022" → 2022). Results: the sector's revenue "3.893.595 tỷ đồng" (other
# "đồng"), "phủ sóng cho 2.152/2.418 điểm lõm sóng" (count 2152; "/2.418" its
# total, no record), "tỷ lệ thôn đã có sóng trên toàn quốc đạt 99,73%"
# (infra.mobile_village_coverage_share), "Đóng góp của kinh tế số cho GDP ước
# đạt tỷ trọng khoảng 14,26%" (~, econ.digital_economy_gdp_share), platforms'
# compliance "đạt trên 90% yêu cầu" (>, null), publishing revenue "96.433 tỷ
# đồng". "tăng 12,7% so với năm 2021", "tăng trưởng 5% so với năm 2021" → NOT;
# "gấp 1,5 lần so với dự báo tốc độ tăng trưởng GDP" → no record (a comparison
# with another figure). Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_ca-nuoc-tong-ket-tttt-2022-baria", kind="result", year=2022, records=[
    R("truyền thông đạt «3.893.595 tỷ", "doanh thu toàn ngành thông tin và truyền thông", "=", 3893595e9, **DONG),
    R("phủ sóng cho «2.152/2.418", "doanh nghiệp viễn thông hoàn thành phủ sóng điểm lõm sóng là các thôn, bản trên toàn quốc", "=", 2152, **CNT),
    R("toàn quốc đạt «99,73%", "tỷ lệ thôn đã có sóng trên toàn quốc", "=", 99.73,
      iid="infra.mobile_village_coverage_share"),
    R("tỷ trọng khoảng «14,26%", "Đóng góp của kinh tế số cho GDP", "~", 14.26, iid="econ.digital_economy_gdp_share"),
    R("đạt trên «90% yêu cầu", "nền tảng mạng xã hội xuyên biên giới tuân thủ, rà soát, ngăn chặn, gỡ bỏ thông tin "
      "xấu độc, yêu cầu của Nhà nước Việt Nam", ">", 90),
    R("ước đạt «96.433 tỷ", "Doanh thu lĩnh vực xuất bản, in, phát hành", "=", 96433e9, **DONG),
], NOT=["tăng «12,7%", "tăng trưởng «5%"])

# --------------------------------------------------------------------------
# 06 The same review of 2022 in another paper (sggp.org.vn, no date shown;
# "năm 2022" → 2022; two photo captions cut). Results: the sector's revenue,
# the state budget paid "98.982,30 tỷ đồng", the sector's workers "1.510.027 lao
# động" (count), labour productivity "ước đạt khoảng 648 triệu đồng" (~, other
# "đồng"; not econ.labour_productivity_growth, which is a growth rate), postal
# revenue "52.300 tỷ đồng", telecom revenue "138.000 tỷ đồng" and profit "44.500
# tỷ đồng", smartphone subscriptions "ước đạt 75,8%"
# (infra.smartphone_subscriptions_share). Changes "tăng 12,7%", "24,7%", "5%",
# "6,7%" (the productivity's growth against 2021), "16%", "tăng 12%" (new
# postal firms), "1,6%", "3,8%", "1,4%" → NOT; "gấp 1,5 lần" no record. Pillar:
# "Với dịch vụ viễn thông, ..." is a lead-in naming viễn thông for the sentence
# it opens (revenue and profit, → digital_infrastructure); the rest null.
# Not quantities: "18-12", the excerpt's cut "Tỷ lệ hộ gia đình sử d".
# --------------------------------------------------------------------------
D06 = dict(name="06_ca-nuoc-tong-ket-tttt-2022-sggp", kind="result", year=2022, records=[
    R("TT-TT ước đạt «3.893.595 tỷ", "doanh thu toàn ngành TT-TT", "=", 3893595e9, **DONG),
    R("ước đạt «98.982,30 tỷ", "Nộp ngân sách nhà nước", "=", 98982.30e9, **DONG),
    R("năm 2022 là «1.510.027 lao động", "Tổng số lao động toàn ngành", "=", 1510027, **CNT),
    R("khoảng «648 triệu", "Năng suất lao động ngành TT-TT (tính theo doanh thu)", "~", 648e6, **DONG),
    R("ước đạt «52.300 tỷ", "doanh thu dịch vụ bưu chính", "=", 52300e9, **DONG),
    R("ước đạt «138.000 tỷ", "doanh thu dịch vụ viễn thông", "=", 138000e9, **DONG, pillar=INFRA),
    R("ước đạt «44.500 tỷ", "lợi nhuận sau thuế dịch vụ viễn thông", "=", 44500e9, **DONG, pillar=INFRA),
    R("smartphone ước đạt «75,8%", "Thuê bao điện thoại di động sử dụng smartphone", "=", 75.8,
      iid="infra.smartphone_subscriptions_share"),
], NOT=["tăng «12,7%", "tăng «24,7%", "tăng «5% so", "năng suất «6,7%", "tăng «16%", "tăng «12%,", "tăng «1,6%",
        "tăng «3,8%", "tăng «1,4%"])

# --------------------------------------------------------------------------
# 07 An Giang's department on the same review of 2022 (sotttt.angiang.gov.vn,
# no date shown). A precision text: one quantity, "Năm 2022, doanh thu toàn
# ngành của Bộ TT-TT ước đạt 3.893.595 tỷ đồng" (result, 2022, "đồng"), among
# dates ("18/12/2022"), years ("năm 2022" thrice, "năm 2023" thrice), "63
# tỉnh, thành phố" (the meeting's reach), "hạng Nhất" and a change "tăng 12,7%"
# (NOT). Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_angiang-tong-ket-tttt-2022-precision", kind="result", year=2022, records=[
    R("ước đạt «3.893.595 tỷ", "doanh thu toàn ngành của Bộ TT-TT", "=", 3893595e9, **DONG),
], NOT=["tăng «12,7%"])

# --------------------------------------------------------------------------
# 08 A tag page of kinhtedothi.vn (no date shown). A precision text: one
# quantity, the target "đưa Việt Nam thuộc nhóm 50 nước dẫn đầu về phát triển
# Chính phủ số vào năm 2025" (rank, <=, 2025; spec: "nhóm 30/63" is rank <=).
# Id: rank.un_egdi (the UN index is the one that ranks countries' e-government;
# a judgement). Not quantities: "Đại hội XIII", "52-NQ/TW", "27/9/20119" (a date
# with a typo), "lần thứ 4". Pillar null (the title names Chính phủ số only as
# the subject of the target, it stands as a headline, not a section heading; a
# judgement).
# --------------------------------------------------------------------------
D08 = dict(name="08_ca-nuoc-chinh-phu-so-nhom-50-precision", kind="target", year=2025, records=[
    R("thuộc nhóm «50 nước", "Việt Nam thuộc nhóm nước dẫn đầu về phát triển Chính phủ số", "<=", 50, **RANK,
      iid="rank.un_egdi"),
])

# --------------------------------------------------------------------------
# 09 Thanh Hóa, issuing electronic identification accounts (baothanhhoa.vn;
# the excerpt opens with the crawler's stamp "date 2022-11", kept). A precision
# text: one quantity, "phấn đấu đạt tỷ lệ 100% người dân đủ điều kiện trên địa
# bàn được đăng ký và kích hoạt" (target, >=, 2022: "hoàn thành trước ngày
# 15-12-2022"; society.eid_users_share, a judgement: registration and
# activation of e-ID accounts). Not quantities: "2022-2025", "năm 2030", "Đề án
# 06" (a name, twice), "mức độ 1" (a name), "15-12-2022". Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_thanhhoa-tai-khoan-dinh-danh-2022-precision", kind="target", year=2022, records=[
    R("tỷ lệ «100% người dân", "người dân đủ điều kiện trên địa bàn được đăng ký và kích hoạt tài khoản định danh "
      "điện tử mức độ 1", ">=", 100, iid="society.eid_users_share"),
])

# --------------------------------------------------------------------------
# 10 Thái Nguyên, Phổ Yên's intelligent operations centre (a tag page of
# baophapluat.vn, no date shown). A precision text: one quantity, "1 trong 3
# đơn vị được tỉnh Thái Nguyên chọn để thực hiện dự án xây dựng IOC giai đoạn
# 2021-2025" (count 3, result =, as set69's "1 trong 7 chợ"; "1 trong" is Phổ
# Yên's membership, no quantity). Year null: the text dates nothing; the
# project's period "2021-2025" is not the year the count was measured (a
# judgement). Pillar smart_city: the title above it names "trung tâm điều hành
# thông minh" (spec: IOC → đô thị thông minh). No id (the catalogue's IOC
# count is of centres, not of units chosen). Not quantities: "2021-2025".
# --------------------------------------------------------------------------
D10 = dict(name="10_thainguyen-ioc-pho-yen-precision", kind="result", year=None, records=[
    R("1 trong «3 đơn vị", "đơn vị được tỉnh Thái Nguyên chọn để thực hiện dự án xây dựng IOC", "=", 3, **CNT,
      pillar=SMART),
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
