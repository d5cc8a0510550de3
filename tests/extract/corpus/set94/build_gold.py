#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set94).

Copied from set69's builder (itself from set47's, set45's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see
README). As in set10-set69, the id is given in the record itself (`iid=`).

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
OTHER = dict(unit="other")

# --------------------------------------------------------------------------
# 01 National online public services up to the end of April 2023 (vienkinhteso.vn,
# a tag page quoting the Ministry of Information and Communications; no date shown;
# "tính đến cuối tháng 4-2023" → 2023). "tỷ lệ dịch vụ công trực tuyến trên tổng số
# dịch vụ công đủ điều kiện cung cấp toàn trình đạt trên 84%": result >
# (egov.full_online_services_share). "các tỷ lệ về dịch vụ công trực tuyến có phát
# sinh hồ sơ và hồ sơ trực tuyến mới chỉ đạt lần lượt 51,3% và 54,8%": two results
# (=), each with its own subject (egov.online_services_with_applications_share,
# egov.online_applications_share). "so với mục tiêu phải đạt 80% và 60%": two
# targets (>=) of the same two measures; their year is the document's, 2023 (the
# text names no other; a judgement). "so với mục tiêu" names the target, not an
# earlier value. Pillar null. Not a quantity: "tháng 4-2023".
# --------------------------------------------------------------------------
D01 = dict(name="01_ca-nuoc-dvctt-toan-trinh-thang4-2023", kind="result", year=2023, records=[
    R("toàn trình đạt trên «84%", "tỷ lệ dịch vụ công trực tuyến trên tổng số dịch vụ công đủ điều kiện cung cấp "
      "toàn trình", ">", 84, iid="egov.full_online_services_share"),
    R("lần lượt «51,3%", "tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ", "=", 51.3,
      iid="egov.online_services_with_applications_share"),
    R("51,3% và «54,8%", "tỷ lệ hồ sơ trực tuyến", "=", 54.8, iid="egov.online_applications_share"),
    R("phải đạt «80%", "tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ", ">=", 80, **T,
      iid="egov.online_services_with_applications_share"),
    R("80% và «60%", "tỷ lệ hồ sơ trực tuyến", ">=", 60, **T, iid="egov.online_applications_share"),
])

# --------------------------------------------------------------------------
# 02 The Ministry of Culture, Sports and Tourism in the DTI 2022 (a precision
# text; thethaovietnamplus.vn, no date shown; "DTI năm 2022" → 2022). Two
# quantities: "đứng vị trí thứ 7/17 ở khối bộ, ngành có cung cấp dịch vụ công"
# (rank, =, 7; no id: the catalogue's DTI ranks are a province's) and "chỉ số
# chuyển đổi số quốc gia năm 2022 là 0,71" (index value, unit other, unit_text
# null: "điểm" is not written; no id: the national DTI). Not quantities: "tăng 1
# bậc so với năm 2021" (a change); "tốc độ tăng trưởng cao, từ 45 đến 55%" (the
# growth of the component indices against 2021, a change → NOT); "6 tháng đầu năm
# 2023", "12/7", "Đề án 06", "năm thứ ba", "năm 2021", "năm 20" (cut off). The
# title names no pillar → null.
# --------------------------------------------------------------------------
D02 = dict(name="02_bo-vhttdl-dti-2022-precision", kind="result", year=2022, records=[
    R("vị trí thứ «7/17", "Bộ VHTTDL đứng vị trí ở khối bộ, ngành có cung cấp dịch vụ công", "=", 7, **RANK),
    R("là «0,71", "chỉ số chuyển đổi số quốc gia", "=", 0.71, **OTHER),
], NOT=["đến «55%"])

# --------------------------------------------------------------------------
# 03 The press's digital-transformation strategy to 2025 (draft), as reported by
# vneconomy.vn (stamp 2022-10). "đã đặt mục tiêu đến năm 2025 sẽ có 70% ...; 80%
# ...; 50% ...; 50% ...": four targets of 2025, bare numbers → >=, each clause
# ended by ";" (its own subject "cơ quan báo chí ..."). The next paragraph
# ("Đồng thời tối thiểu 20% ...; xây dựng 6 cơ quan ...; ... lên mức tối thiểu 50%
# ...") continues the same list of the strategy's targets → 2025 (a judgement):
# 20% (>=), 6 national multimedia agencies (count, >=), 50% direct traffic (>=,
# "tăng ... lên mức tối thiểu": the level, not a change). No catalogue indicator
# measures the press → ids null. No pillar heading → null. Not quantities:
# "năm 2030", "TrisAI".
# --------------------------------------------------------------------------
D03 = dict(name="03_bao-chi-chien-luoc-cds-2025", kind="target", year=2025, records=[
    R("sẽ có «70%", "cơ quan báo chí thực hiện số hóa nội dung báo chí trên các nền tảng sẵn có", ">=", 70),
    R("; «80% cơ quan", "cơ quan báo chí chuyển đổi hoạt động theo mô hình tòa soạn hội tụ đa phương tiện", ">=", 80),
    R("; «50% cơ quan báo chí có nền tảng", "cơ quan báo chí có nền tảng phân tích, xử lý dữ liệu tổng hợp tập trung",
      ">=", 50),
    R("; «50% cơ quan báo chí đổi mới", "cơ quan báo chí đổi mới toàn diện hệ thống sản xuất nội dung theo các xu "
      "hướng báo chí số", ">=", 50),
    R("tối thiểu «20%", "cơ quan báo chí áp dụng mô hình thu phí bạn đọc", ">=", 20),
    R("xây dựng «6 cơ quan", "cơ quan truyền thông đa phương tiện chủ lực quốc gia", ">=", 6, **CNT),
    R("mức tối thiểu «50%", "các cơ quan báo chí lớn tăng lượng truy cập trực tiếp vào trang web tổng lưu lượng "
      "truy cập", ">=", 50),
])

# --------------------------------------------------------------------------
# 04 The press's digital-maturity assessment of 2025 (huengaynay.vn after
# vietnamplus.vn; stamp 2025-11-24 → `date 2025-11`, the site's name on the stamp's
# line cut). Results of 2025 ("năm 2025"). The title's "33 cơ quan báo chí đạt mức
# xuất sắc" and the body's again: recorded each time (count, =). "177/778 cơ quan
# báo chí thực hiện đánh giá mức độ trưởng thành chuyển đổi số báo chí", stated
# twice: the agencies that carried out the maturity assessment, a result count of
# 177 each time (a judgement: a step of the transformation the text reports, not
# the audience of an event). The "778 cơ quan báo chí" of the country (twice, and
# the "/778" of each "177/778") is the number of press agencies after the
# restructuring, no target or result of the transformation → left unrecorded (a
# judgement). "33 ... xuất sắc, 57 ... tốt, 31 ... khá, 9 ... trung bình và 47 ...
# yếu": five counts, each with its own level of maturity in the indicator (a
# breakdown by kind, scope null). Ids null. Pillar null. Not quantities: "Nghị
# quyết số 18/NQ-TW" (twice), "tháng 11/2025".
# --------------------------------------------------------------------------
D04 = dict(name="04_bao-chi-truong-thanh-cds-2025", kind="result", year=2025, records=[
    R("Cả nước có «33 cơ quan", "cơ quan báo chí đạt mức xuất sắc", "=", 33, **CNT),
    R("778 cơ quan báo chí, «177/778 cơ quan báo chí thực hiện đánh giá mức độ", "cơ quan báo chí thực hiện đánh giá "
      "mức độ trưởng thành chuyển đổi số báo chí", "=", 177, **CNT),
    R("778 cơ quan báo chí, «177/778 cơ quan báo chí thực hiện đánh giá.", "cơ quan báo chí thực hiện đánh giá",
      "=", 177, **CNT),
    R("Kết quả có «33", "cơ quan báo chí đạt mức xuất sắc", "=", 33, **CNT),
    R("xuất sắc, «57", "cơ quan báo chí đạt mức tốt", "=", 57, **CNT),
    R("tốt, «31", "cơ quan báo chí đạt mức khá", "=", 31, **CNT),
    R("khá, «9 cơ quan", "cơ quan báo chí đạt mức trung bình", "=", 9, **CNT),
    R("và «47", "cơ quan báo chí đạt mức yếu", "=", 47, **CNT),
])

# --------------------------------------------------------------------------
# 05 The press's digital-maturity assessment of 2024 (vietnamplus.vn, stamp
# 2024-12; the photo captions "Báo Điện tử VietnamPlus đã có hai năm liên tiếp ...
# (Ảnh chụp màn hình)" and "Ngày 15/11/2023, ... (Ảnh: PV/Vietnam+)" cut). Results of
# 2024. "Báo Điện tử VietnamPlus ... lọt vào top 10 cơ quan báo chí chuyển đổi số
# đạt mức xuất sắc": rank, <=, 10 (a group, as "nằm trong tốp 10"). The list head
# "Top 10 cơ quan báo chí ... trong Khối Báo chí Trung ương gồm:" names the group
# whose members follow, no value of a subject → unrecorded (a judgement). Counts
# of the blocks: "có 8 cơ quan báo chí ... đạt mức xuất sắc", "có 7 cơ quan báo chí
# đạt mức tốt", "có 10 cơ quan báo chí t" (the excerpt ends inside the level's
# word; the count is stated) — each a result count, scope null (one block per
# sentence). Ids null; pillar null. Not quantities: "Ngày 16/12", "năm thứ hai".
# --------------------------------------------------------------------------
D05 = dict(name="05_bao-chi-xuat-sac-2024", kind="result", year=2024, records=[
    R("lọt vào top «10", "Báo Điện tử VietnamPlus lọt vào top cơ quan báo chí chuyển đổi số đạt mức xuất sắc",
      "<=", 10, **RANK),
    R("có «8 cơ quan", "Khối Báo chí Địa phương cơ quan báo chí trưởng thành chuyển đổi số đạt mức xuất sắc",
      "=", 8, **CNT),
    R("có «7 cơ quan", "Khối Tạp chí Trung ương và Địa phương cơ quan báo chí đạt mức tốt", "=", 7, **CNT),
    R("có «10 cơ quan", "Khối Đài phát thanh, truyền hình cơ quan báo chí", "=", 10, **CNT),
])

# --------------------------------------------------------------------------
# 06 Seven essential national channels on VTVgo (a precision text; ictnews,
# stamp 2023-01; the caption "VTV1 là 1 trong 7 kênh ... (Ảnh: abei.gov.vn)" cut).
# One quantity: "toàn bộ 7 kênh truyền hình thiết yếu quốc gia đã được cung cấp trên
# nền tảng truyền hình số VTVgo" (result, =, count, 2023). "Việc đưa 7 kênh ... nằm
# trong Kế hoạch hành động ..." names the action the plan holds, no value reached
# → unrecorded (a judgement). Not quantities: "19/1", "27 Tết Quý Mão 2023", the
# channel names "VTV1", "VTC1". Id null; pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_vtvgo-7-kenh-thiet-yeu-2023-precision", kind="result", year=2023, records=[
    R("toàn bộ «7 kênh", "kênh truyền hình thiết yếu quốc gia đã được cung cấp trên nền tảng truyền hình số VTVgo",
      "=", 7, **CNT),
])

# --------------------------------------------------------------------------
# 07 The national population database, chip ID cards and electronic
# identification (vietnamnet.vn. — the address as stored; no date shown, and no
# year of the results in the text → year null). The subheading "81 triệu căn cước
# công dân" states the count (=; recorded like a repeated statement), the body
# again "xấp xỉ 81 triệu căn cước công dân" (~). "đã được tạo lập 104 triệu người
# dân thực" (=), "khoảng 30 triệu tài khoản định danh điện tử" (~;
# society.eid_accounts_activated_count, the catalogue's count of eID accounts; a
# judgement: "xác lập" read as the accounts made). The chip cards have only a share
# in the catalogue → null. Not quantities: "những năm 1995", "năm 2017", "mức 1",
# "mức 2" (the levels' names), "ba hệ thống" (words). Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_csdl-dan-cu-dinh-danh-dien-tu", kind="result", year=None, records=[
    R("«81 triệu căn cước công dân\n", "căn cước công dân", "=", 81e6, **CNT),
    R("tạo lập «104 triệu", "hệ thống CSDL quốc gia về dân cư đã được tạo lập người dân thực", "=", 104e6, **CNT),
    R("xấp xỉ «81 triệu", "căn cước công dân", "~", 81e6, **CNT),
    R("khoảng «30 triệu", "tài khoản định danh điện tử", "~", 30e6, **CNT, iid="society.eid_accounts_activated_count"),
])

# --------------------------------------------------------------------------
# 08 The national population database in operation (a precision text;
# amp.cand.com.vn, the byline "10:25 26/12/2021" cut and written as `date
# 2021-12`; the caption "Cán bộ, chiến sĩ Trung tâm dữ liệu quốc gia về dân cư nhập
# thông tin ..." cut). One quantity: "vận hành với 17 trường thông tin của 98,7 triệu
# công dân Việt Nam được số hóa" (result, =, 98.7e6, "Ngày 1/7/2021" → 2021). The
# database's "17 trường thông tin" (in the subheading and the body) are the fields
# the system was built with, a design of the system, no target or result → left
# unrecorded (a judgement). Not quantities: "Bài 4", "1 trong 3 dữ liệu tài nguyên
# lớn" (membership), "COVID-19", "Đại hội XIII", "năm 2030", "1/7/2021". Id null;
# pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_csdl-dan-cu-17-truong-2021-precision", kind="result", year=2021, records=[
    R("của «98,7 triệu", "công dân Việt Nam được số hóa, bổ sung, cập nhật thường xuyên hằng ngày", "=", 98.7e6,
      **CNT),
])

# --------------------------------------------------------------------------
# 09 The ID-card target of the Ministry of Public Security (a precision text;
# anninhthudo.vn, no date shown; the audio player's lines "0:00 / 0:00", "0:00"
# and its four voices "• Nam miền Bắc" ... cut). One quantity: "đưa ra mục tiêu đến
# ngày 1-7-2021 sẽ cấp được 50 triệu thẻ căn cước công dân có gắn chíp điện tử"
# (target, bare → >=, count, 2021; no id: the catalogue holds the share). Not
# quantities: "1-7-2021". Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_csdl-dan-cu-50-trieu-cccd-precision", kind="target", year=2021, records=[
    R("cấp được «50 triệu", "cấp thẻ căn cước công dân có gắn chíp điện tử", ">=", 50e6, **CNT),
])

# --------------------------------------------------------------------------
# 10 The national data integration and sharing platform (NDXP) project
# (congnghevadoisong.vn, no date shown). The title's "sẽ đạt tối thiểu 150 triệu
# giao dịch vào 2025" and the body's "Tổng giao dịch thực hiện qua nền tảng đến năm
# 2025 đạt tối thiểu 150 triệu giao dịch": two targets (>=, 150e6, 2025). "kết nối
# 100 cơ sở dữ liệu quốc gia, hệ thống thông tin, dịch vụ dùng chung quốc gia":
# a target count of the project (bare → >=), its year the project's end "đến hết
# năm 2023" stated just above (a judgement). Ids null (data.lgsp_transactions_count
# is a province's LGSP). Not quantities: "năm 2023" as a date, "1 trong 35 nền tảng
# số quốc gia" (membership; the 35 platforms are the programme's list, no target
# of this text; a judgement). Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_ndxp-muc-tieu-2025", kind="target", year=2025, records=[
    R("sẽ đạt tối thiểu «150", "Nền tảng chia sẻ dữ liệu quốc gia giao dịch", ">=", 150e6, **CNT),
    R("kết nối «100 cơ sở", "kết nối cơ sở dữ liệu quốc gia, hệ thống thông tin, dịch vụ dùng chung quốc gia đã sẵn "
      "sàng", ">=", 100, **CNT, year=2023),
    R("năm 2025 đạt tối thiểu «150", "Tổng giao dịch thực hiện qua nền tảng", ">=", 150e6, **CNT),
])

# --------------------------------------------------------------------------
# 11 NDXP and the national databases (vietnamnet.vn, no date shown; "Ngày
# 29/12/2022" → 2022). "hiện cả 6 CSDL quốc gia ... đã kết nối qua nền tảng NDXP"
# (count, =, 2022). "đến cuối năm 2020, toàn bộ 22/22 bộ, ngành và 63/63 địa
# phương đã có nền tảng LGSP và kết nối ..., đạt tỷ lệ 100%": three records of
# 2020 — 22 ministries (count), 63 localities (count), 100% (=) — ministries and
# localities are kinds of bodies, each with its own subject, scope null (a
# judgement, as set69's schools and hospitals). "Nền tảng NDXP đã kết nối với hệ
# thống của 90 cơ quan, đơn vị. Trong đó, có 85 LGSP ...; 9 cơ sở dữ liệu và 12 hệ
# thống thông tin": four counts, year 2020 from the paragraph's "đến cuối năm 2020"
# (a judgement). "2 cơ sở dữ liệu (CSDL) quốc gia dân cư và đất đai" counts the two
# databases it names, the pair connected, no value reached → unrecorded (a
# judgement). Ids null. Pillar null. Not quantities: "29/12/2022".
# --------------------------------------------------------------------------
D11 = dict(name="11_ndxp-lgsp-csdl-quoc-gia-2022", kind="result", year=2022, records=[
    R("hiện cả «6 CSDL", "CSDL quốc gia đã kết nối qua nền tảng NDXP", "=", 6, **CNT),
    R("toàn bộ «22/22", "bộ, ngành đã có nền tảng LGSP và kết nối với nền tảng tích hợp, chia sẻ dữ liệu quốc gia",
      "=", 22, **CNT, year=2020),
    R("và «63/63", "địa phương đã có nền tảng LGSP và kết nối với nền tảng tích hợp, chia sẻ dữ liệu quốc gia",
      "=", 63, **CNT, year=2020),
    R("đạt tỷ lệ «100%", "bộ, ngành và địa phương đã có nền tảng LGSP và kết nối với nền tảng tích hợp, chia sẻ dữ "
      "liệu quốc gia", "=", 100, year=2020),
    R("hệ thống của «90", "Nền tảng NDXP đã kết nối với hệ thống của cơ quan, đơn vị", "=", 90, **CNT, year=2020),
    R("có «85 LGSP", "LGSP của bộ, ngành, địa phương", "=", 85, **CNT, year=2020),
    R("; «9 cơ sở", "cơ sở dữ liệu", "=", 9, **CNT, year=2020),
    R("và «12 hệ thống", "hệ thống thông tin có quy mô, phạm vi từ Trung ương đến", "=", 12, **CNT, year=2020),
])

# --------------------------------------------------------------------------
# 12 The Ministry of Education's sector database, 2022 (danviet.vn, stamp
# 2022-12 → 2022; the caption "Bộ GDĐT hoàn thành số hóa dữ liệu gần 25,5 triệu hồ
# sơ ... (Ảnh minh hoạ)" cut). "cơ sở dữ liệu của 53.000 trường học" (=), "gần 24
# triệu học sinh" (~), "hơn 1,5 triệu giáo viên, nhân viên và cán bộ quản lý" (>);
# "chia sẻ dữ liệu của hơn 1,5 triệu giáo viên (đạt 95%) và gần 21 triệu hồ sơ học
# sinh (đạt 92%)": four records (count >, % =, count ~, % =) — brackets that state a
# value. "đạt 93% thí sinh tham gia" (=; "Năm học vừa qua" → 2022). Ids null (the
# catalogue has no sector-database counts of pupils and teachers). Pillar null.
# --------------------------------------------------------------------------
D12 = dict(name="12_bo-gddt-csdl-nganh-2022", kind="result", year=2022, records=[
    R("của «53.000 trường", "Bộ Giáo dục và Đào tạo đã xây dựng hệ thống cơ sở dữ liệu của trường học", "=", 53000,
      **CNT),
    R("gần «24 triệu", "gắn mã định danh và số hóa thông tin của học sinh", "~", 24e6, **CNT),
    R("hơn «1,5 triệu giáo viên, nhân viên", "gắn mã định danh và số hóa thông tin của giáo viên, nhân viên và cán bộ "
      "quản lý", ">", 1.5e6, **CNT),
    R("hơn «1,5 triệu giáo viên (", "kết nối, đồng bộ, xác thực mã căn cước công dân và chia sẻ dữ liệu của giáo "
      "viên", ">", 1.5e6, **CNT),
    R("đạt «95%", "kết nối, đồng bộ, xác thực mã căn cước công dân và chia sẻ dữ liệu của giáo viên", "=", 95),
    R("gần «21 triệu", "kết nối, đồng bộ, xác thực mã căn cước công dân và chia sẻ dữ liệu của hồ sơ học sinh", "~",
      21e6, **CNT),
    R("đạt «92%", "kết nối, đồng bộ, xác thực mã căn cước công dân và chia sẻ dữ liệu của hồ sơ học sinh", "=", 92),
    R("đạt «93%", "thí sinh tự đăng ký hồ sơ dự thi trung học phổ thông trực tuyến tham gia", "=", 93),
])

# --------------------------------------------------------------------------
# 13 The Ministry of Education's databases up to June 2025 (vietnam.vn, no date
# shown; "tính đến tháng 6/2025" → 2025). School databases: "khoảng 50 nghìn cơ sở
# giáo dục" (~), "hơn 27 triệu hồ sơ điện tử học sinh" (>), "trên 1,4 triệu giáo
# viên" (>), "trên 115 nghìn hồ sơ điện tử cán bộ quản lý, người lao động" (>);
# "khoảng 24,3 triệu hồ sơ điện tử công dân là giáo viên, học sinh" (~); "mỗi năm
# có trên 1 triệu thí sinh đăng ký trực tuyến" (>; "từ năm 2022 đến nay" → the
# document's 2025, a judgement). Higher education: 470 (=), "hơn 177 nghìn" (>),
# "trên 4 triệu" (>), "trên 34 nghìn" (>), "hơn 9 nghìn" (>), "hơn 44 nghìn" (>),
# "trên 117 bài báo" (>). "Ngoài ra, đã có hơn 101 người học, trên 10.400 nhà giáo,
# cán bộ quản lý và 208 cơ sở giáo " (the excerpt ends there): three counts as
# written (101 without a magnitude word; 10400; 208). Each a count with its own
# subject (a breakdown by kind), scope null; ids null. Not quantities: "Nhóm Công
# tác số 3", "tháng 6/2025" (twice), "năm 2022". Pillar null.
# --------------------------------------------------------------------------
D13 = dict(name="13_bo-gddt-csdl-nganh-2025", kind="result", year=2025, records=[
    R("khoảng «50 nghìn", "Bộ đã số hóa cơ sở giáo dục", "~", 50e3, **CNT),
    R("hơn «27 triệu", "Bộ đã số hóa hồ sơ điện tử học sinh", ">", 27e6, **CNT),
    R("trên «1,4 triệu", "Bộ đã số hóa giáo viên", ">", 1.4e6, **CNT),
    R("trên «115 nghìn", "Bộ đã số hóa hồ sơ điện tử cán bộ quản lý, người lao động", ">", 115e3, **CNT),
    R("khoảng «24,3 triệu", "làm giàu cho cơ sở dữ liệu quốc gia về dân cư hồ sơ điện tử công dân là giáo viên, "
      "học sinh", "~", 24.3e6, **CNT),
    R("trên «1 triệu thí sinh", "thí sinh đăng ký trực tuyến kỳ thi tốt nghiệp THPT và đăng ký xét tuyển đại học, "
      "cao đẳng", ">", 1e6, **CNT),
    R("số hóa được «470", "Bộ GD&ĐT đã số hóa được cơ sở giáo dục đại học", "=", 470, **CNT),
    R("hơn «177 nghìn", "hồ sơ điện tử cán bộ, giảng viên và người lao động", ">", 177e3, **CNT),
    R("trên «4 triệu", "hồ sơ điện tử người học", ">", 4e6, **CNT),
    R("trên «34 nghìn", "thông tin chương trình đào tạo", ">", 34e3, **CNT),
    R("hơn «9 nghìn", "thông tin ngành đào tạo", ">", 9e3, **CNT),
    R("hơn «44 nghìn", "thông tin về nhiệm vụ khoa học công nghệ", ">", 44e3, **CNT),
    R("trên «117 bài", "bài báo đã được công bố trong nước", ">", 117, **CNT),
    R("hơn «101 người", "người học", ">", 101, **CNT),
    R("trên «10.400", "nhà giáo, cán bộ quản lý", ">", 10400, **CNT),
    R("và «208 cơ sở", "cơ sở giáo", "=", 208, **CNT),
])

# --------------------------------------------------------------------------
# 14 The national land database (vneconomy.vn, stamp 2026-02-23 → `date
# 2026-02`; the page's lines are hard-wrapped, kept as returned). Results, year
# 2026 (the stamp's; the text names no year of the campaign's results): "đã tổ
# chức rà soát gần 62 triệu thửa đất" (~, 62e6) and "trên 24\ntriệu thửa đất và nhà
# ở bảo đảm được tiêu chí" (>, 24e6: the magnitude word on the next line, read
# across the line break; the clause spans stop at the line ends, so both records
# share the span of the one line "quốc gia về đất đai ... trên 24", a consequence of
# the page's wrapping). Id:
# data.land_records_digitised_share is a share → null. Not quantities: "năm
# 2026". Pillar null.
# --------------------------------------------------------------------------
D14 = dict(name="14_csdl-dat-dai-2026", kind="result", year=2026, records=[
    R("gần «62 triệu", "Chiến dịch làm giàu, làm sạch cơ sở dữ liệu quốc gia về đất đai đã tổ chức rà soát thửa đất",
      "~", 62e6, **CNT),
    R("trên «24\n", "thửa đất và nhà ở bảo đảm được tiêu chí đúng - đủ - sạch - sống - thống nhất - dùng chung", ">",
      24e6, **CNT),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
