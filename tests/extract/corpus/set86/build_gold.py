#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set86).

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

# --------------------------------------------------------------------------
# 01 Cà Mau, online procedures in 2025 (plo.vn; the title line, which ends in
# the byline "22/11/2025 20:59", cut and written as `date 2025-11`; "trong năm
# 2025" → 2025). Results: "xếp hạng 20 cả nước" (the PAR index place: rank =,
# rank.par_index); "tăng 14 bậc" is a change against an earlier place → not a
# quantity. "tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính của tỉnh
# đạt 82,41% (trong đó, cấp tỉnh đạt 79,25%; cấp xã đạt 85,35%)": three records,
# the whole with scope null, then scopes "cấp tỉnh" and "cấp xã" (one sentence
# splitting its value by level; all egov.digitised_procedure_results_share).
# "xếp thứ 10/34 tỉnh, thành phố" (the place of that share: rank =, no id);
# "đứng thứ 4/34 ... theo Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng
# phục vụ người dân, doanh nghiệp" (rank =, rank.public_service_index). Not
# quantities: "mức thu phí 0 đồng" twice (a fee level set by a resolution, not a
# value of an indicator; a judgement), "03/2025/NQ-HĐND", "766/QĐ-TTg",
# "23/6/2022", "năm 2025". Pillar: the sub-heading "Miễn phí để thu hút hồ sơ
# trực tuyến" names online applications, a topic of chính quyền số → the
# records below it are digital_government (a judgement, by the spec's rule that
# a heading naming one pillar's topic names the pillar); "xếp hạng 20" stands
# above it → null.
# --------------------------------------------------------------------------
D01 = dict(name="01_camau-so-hoa-ho-so-xep-hang-2025", kind="result", year=2025, records=[
    R("xếp hạng «20 cả nước", "chỉ số cải cách hành chính của tỉnh xếp hạng cả nước", "=", 20, **RANK,
      iid="rank.par_index"),
    R("của tỉnh đạt «82,41%", "tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính của tỉnh", "=", 82.41,
      pillar=GOV, iid="egov.digitised_procedure_results_share"),
    R("cấp tỉnh đạt «79,25%", "tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "=", 79.25,
      scope="cấp tỉnh", pillar=GOV, iid="egov.digitised_procedure_results_share"),
    R("cấp xã đạt «85,35%", "tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "=", 85.35,
      scope="cấp xã", pillar=GOV, iid="egov.digitised_procedure_results_share"),
    R("xếp thứ «10/34", "tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính xếp thứ tỉnh, thành phố", "=",
      10, **RANK, pillar=GOV),
    R("đứng thứ «4/34", "Cà Mau đứng thứ tỉnh, thành phố theo Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng "
      "phục vụ người dân, doanh nghiệp trong thực hiện TTHC, dịch vụ công", "=", 4, **RANK, pillar=GOV,
      iid="rank.public_service_index"),
])

# --------------------------------------------------------------------------
# 02 Phường Đồng Thuận, its public-service centre from 1/7 to the end of
# October 2025 (lite.baomoi.com, an aggregator's copy; no date shown; "6 tháng
# cuối năm 2025", "cuối tháng 10/2025" → 2025). The ward is the document's own
# place (the text names no province). Results: the title's "số hóa 100% hồ sơ
# các thủ tục hành chính" and the body's "Tỉ lệ số hóa hồ sơ đầu vào và số hóa
# đầu ra (kết quả giải quyết) đạt 100%" (each recorded,
# egov.digitised_procedure_results_share); "tỉ lệ thanh toán trực tuyến đạt
# 96,8%" (egov.online_payment_share); counts "2.265 hồ sơ" received
# (egov.applications_received_count), "2.007 hồ sơ trực tuyến"
# (egov.online_applications_count), "258 hồ sơ trực tiếp", "2.051 hồ sơ"
# settled, "2.041 hồ sơ giải quyết trước hạn", "214 hồ sơ" still in process (no
# id); "đạt tỉ lệ trên 99%" (the share settled ahead of time, >,
# egov.on_time_applications_share) and "chiếm 9,48%" (the share still in
# process; no id). A breakdown by kind of application, not a split by level:
# scope null throughout. Not quantities: "4/11", "1/7", "10/2025", "6 tháng".
# Pillar null (no heading).
# --------------------------------------------------------------------------
D02 = dict(name="02_phuong-dong-thuan-hcc-2025", kind="result", year=2025, records=[
    R("Giải quyết số hóa «100% hồ sơ", "Giải quyết số hóa hồ sơ các thủ tục hành chính", "=", 100,
      iid="egov.digitised_procedure_results_share"),
    R("(kết quả giải quyết) đạt «100%", "Tỉ lệ số hóa hồ sơ đầu vào và số hóa đầu ra (kết quả giải quyết)", "=",
      100, iid="egov.digitised_procedure_results_share"),
    R("thanh toán trực tuyến đạt «96,8%", "tỉ lệ thanh toán trực tuyến", "=", 96.8,
      iid="egov.online_payment_share"),
    R("đã tiếp nhận «2.265 hồ sơ", "trung tâm đã tiếp nhận hồ sơ", "=", 2265, **CNT,
      iid="egov.applications_received_count"),
    R("tiếp nhận «2.007 hồ sơ trực tuyến", "tiếp nhận hồ sơ trực tuyến", "=", 2007, **CNT,
      iid="egov.online_applications_count"),
    R("; «258 hồ sơ trực tiếp", "hồ sơ trực tiếp", "=", 258, **CNT),
    R("trả kết quả «2.051 hồ sơ", "Trung tâm đã giải quyết và trả kết quả hồ sơ", "=", 2051, **CNT),
    R("trong đó «2.041 hồ sơ giải quyết", "hồ sơ giải quyết trước hạn", "=", 2041, **CNT),
    R("đạt tỉ lệ trên «99%", "hồ sơ giải quyết trước hạn, đạt tỉ lệ", ">", 99,
      iid="egov.on_time_applications_share"),
    R("đang giải quyết «214 hồ sơ", "đang giải quyết hồ sơ trong thời hạn", "=", 214, **CNT),
    R("chiếm «9,48%", "đang giải quyết hồ sơ trong thời hạn, chiếm", "=", 9.48),
])

# --------------------------------------------------------------------------
# 03 Hà Nội, the city's administrative-reform plan for 2026 (vietnamplus.vn;
# the crawler's stamp " date 2026-02-12" → `date 2026-02`; "Kế hoạch cải cách
# hành chính nhà nước năm 2026", "GRDP năm 2026" → targets of 2026). "tăng
# trưởng GRDP năm 2026 từ 11% trở lên" (>=, no id: growth of the whole economy,
# not of the digital economy; recorded as a target the plan states, a
# judgement); "SIPAS đạt tối thiểu 86%" (>=, rank.sipas, whose unit is %);
# "tỷ lệ hài lòng ... về dịch vụ công trực tuyến đạt từ 90% trở lên" (>=,
# egov.satisfaction_share; a judgement, the catalogue's wording being about the
# handling of procedures); "100% hoạt động chỉ đạo, điều hành và quản trị nội bộ
# ... trên nền tảng số" (egov.internal_operations_digitised_share); "100% hồ sơ
# công việc tại cấp thành phố và cấp xã" (one value for both levels: one record,
# scope null, egov.work_records_online_share); "100% thủ tục hành chính ...
# không phụ thuộc vào địa giới hành chính" (no id); "100% hồ sơ thủ tục hành
# chính được trả kết quả đúng hạn hoặc trước hạn"
# (egov.on_time_applications_share). Bare numbers in a target: >=. "nhóm các
# tỉnh, thành phố dẫn đầu" has no number. Pillar null (no heading; the lead-in
# "Về cải cách thủ tục hành chính" names no pillar).
# --------------------------------------------------------------------------
D03 = dict(name="03_hanoi-cai-cach-hanh-chinh-2026", kind="target", year=2026, records=[
    R("GRDP năm 2026 từ «11% trở lên", "tăng trưởng GRDP", ">=", 11),
    R("đạt tối thiểu «86%", "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)", ">=", 86, iid="rank.sipas"),
    R("trực tuyến đạt từ «90% trở lên", "tỷ lệ hài lòng của người dân, doanh nghiệp về dịch vụ công trực tuyến",
      ">=", 90, iid="egov.satisfaction_share"),
    R("phấn đấu «100% hoạt động", "hoạt động chỉ đạo, điều hành và quản trị nội bộ được thực hiện trên nền tảng số",
      ">=", 100, iid="egov.internal_operations_digitised_share"),
    R("đặt mục tiêu «100% hồ sơ công việc", "hồ sơ công việc tại cấp thành phố và cấp xã được xử lý trên môi trường "
      "điện tử", ">=", 100, iid="egov.work_records_online_share"),
    R("phấn đấu «100% thủ tục", "thủ tục hành chính được thực hiện không phụ thuộc vào địa giới hành chính trong "
      "phạm vi thành phố", ">=", 100),
    R("phấn đấu «100% hồ sơ thủ tục", "hồ sơ thủ tục hành chính được trả kết quả đúng hạn hoặc trước hạn", ">=", 100,
      iid="egov.on_time_applications_share"),
])

# --------------------------------------------------------------------------
# 04 Hà Nội, targets for communes and wards by the end of July 2025
# (doanhnghiephoinhap.vn; the image line "![]() |" cut; no date shown;
# "hoàn thành trước 30/7/2025" → 2025). Targets: the title's "100% kết quả thủ
# tục hành chính trả qua bản điện tử" (>=, egov.one_stop_digital_results_share);
# "các xã, phường tiếp nhận tối thiểu 60% hồ sơ TTHC qua hình thức trực tuyến"
# (egov.online_applications_share) "trong đó ít nhất 20% được thực hiện toàn
# trình" (no id: the catalogue holds no share of applications done fully
# online); "Trung tâm Phục vụ Hành chính công Thành phố phải tiếp nhận tối
# thiểu 80% hồ sơ trực tuyến" (egov.online_applications_share), "với ít nhất 20%
# toàn trình" (no id). The communes' and the city centre's values stand in two
# sentences, each level part of its own subject: scope null (a judgement, the
# spec's scope being for one sentence's split). "100% kết quả giải quyết thủ tục
# hành chính phải được trả trước hoặc đúng hạn, và được cấp bản điện tử": one
# record; no id (two measures joined in one value). Not quantities:
# "30/7/2025", "khoản 1, Điều 22", "118/2025/NĐ-CP", "21/7/2025", "23/7/2025",
# "28/7/2025". Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_hanoi-xa-phuong-ho-so-truc-tuyen-2025", kind="target", year=2025, records=[
    R("Hà Nội: «100% kết quả", "kết quả thủ tục hành chính trả qua bản điện tử", ">=", 100,
      iid="egov.one_stop_digital_results_share"),
    R("tiếp nhận tối thiểu «60% hồ sơ TTHC", "các xã, phường tiếp nhận hồ sơ TTHC qua hình thức trực tuyến", ">=", 60,
      iid="egov.online_applications_share"),
    R("ít nhất «20% được", "hồ sơ TTHC được thực hiện toàn trình", ">=", 20),
    R("tiếp nhận tối thiểu «80% hồ sơ", "Trung tâm Phục vụ Hành chính công Thành phố phải tiếp nhận hồ sơ trực tuyến",
      ">=", 80, iid="egov.online_applications_share"),
    R("với ít nhất «20% toàn trình", "hồ sơ trực tuyến toàn trình", ">=", 20),
    R("Đồng thời, «100% kết quả", "kết quả giải quyết thủ tục hành chính phải được trả trước hoặc đúng hạn, và được "
      "cấp bản điện tử", ">=", 100),
])

# --------------------------------------------------------------------------
# 05 Hà Nội, online procedures at its 126 communes and wards (baomoi.net.vn, an
# aggregator's copy; no date shown; "trong tháng 7" names no year and nothing
# else in the excerpt does → year null). Targets: the title's "mục tiêu đảm bảo
# 80% thủ tục hành chính trực tuyến tại 126 xã/phường" (>=; no id: a share of
# procedures, not of applications, worded loosely; a judgement) and "mục tiêu là
# 100% hồ sơ sẽ trực tuyến và trực tuyến toàn trình" (>=; no id: two measures in
# one value). Results: "126 điểm với 12 chi nhánh và 476 ki ốt" (three counts,
# each with its own subject, a breakdown by kind of thing: scope null), "hơn
# 2.000 quy trình ... đã thiết kế lại" (>), "khoảng 100 thủ tục phát sinh hồ sơ
# nhiều" (~; the procedures the redesign centres on; a judgement). Not
# quantities: "126 xã/phường" in the title (the units the target is for, as
# set69's "58 tỉnh"), "97 học viện và trường" (the city's colleges, not a result
# of the transformation; a judgement), "45 ngày đêm" (a campaign's length).
# Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_hanoi-126-xa-phuong-tthc-truc-tuyen", kind="result", year=None, records=[
    R("đảm bảo «80% thủ tục", "thủ tục hành chính trực tuyến tại xã/phường", ">=", 80, kind="target"),
    R("mục tiêu là «100% hồ sơ", "hồ sơ sẽ trực tuyến và trực tuyến toàn trình", ">=", 100, kind="target"),
    R("triển khai thêm «126 điểm", "trung tâm hành chính công một cấp triển khai thêm điểm", "=", 126, **CNT),
    R("điểm với «12 chi nhánh", "chi nhánh", "=", 12, **CNT),
    R("chi nhánh và «476 ki ốt", "ki ốt thực hiện hỗ trợ thủ tục hành chính", "=", 476, **CNT),
    R("hơn «2.000 quy trình", "quy trình thành phố đã thiết kế lại đồng bộ", ">", 2000, **CNT),
    R("khoảng «100 thủ tục", "thủ tục phát sinh hồ sơ nhiều", "~", 100, **CNT),
])

# --------------------------------------------------------------------------
# 06 Hà Nội, digital-government results of 2025 (ngaynay.vn; the stamp " date
# 2025-08" → `date 2025-08`; "Ngay từ đầu năm 2025" → 2025). Results: "Gần 2,5
# triệu hồ sơ sức khỏe điện tử đã được liên thông" (~, 2500000; no id: the
# catalogue holds the share of people with such records), "hơn 175.000 trường
# hợp khai sinh đã gắn với cấp thẻ bảo hiểm y tế" (>), "27.000 hồ sơ lý lịch tư
# pháp, 10.000 hồ sơ đất đai được xử lý điện tử" (two records, each with its own
# subject). Pillar: the lead-in "Về xây dựng chính quyền số, ..." names chính
# quyền số and opens the paragraph the four stand in → digital_government (the
# spec's lead-in case). Not quantities: "8 bài toán lớn" (problems the city put
# out, like tasks), "5 trụ cột" (the parts of a programme), "57-NQ/TW",
# "22/12/2024", "204-QĐ/TW", "29/11/2024", "28/5/2025".
# --------------------------------------------------------------------------
D06 = dict(name="06_hanoi-chinh-quyen-so-ket-qua-2025", kind="result", year=2025, records=[
    R("Gần «2,5 triệu hồ sơ", "hồ sơ sức khỏe điện tử đã được liên thông", "~", 2.5e6, **CNT, pillar=GOV),
    R("hơn «175.000 trường hợp", "trường hợp khai sinh đã gắn với cấp thẻ bảo hiểm y tế", ">", 175000, **CNT,
      pillar=GOV),
    R("; «27.000 hồ sơ", "hồ sơ lý lịch tư pháp được xử lý điện tử", "=", 27000, **CNT, pillar=GOV),
    R("pháp, «10.000 hồ sơ", "hồ sơ đất đai được xử lý điện tử", "=", 10000, **CNT, pillar=GOV),
])

# --------------------------------------------------------------------------
# 07 Cà Mau, online services and payments in 2022 (baotintuc.vn, no date shown;
# "từ tháng 4/2022" → 2022). Results: "92 dịch vụ công mức độ 3"
# (egov.partial_online_services_count, whose wordings include "dịch vụ công
# trực tuyến mức độ 3") and "254 thủ tục hành chính thực hiện dịch vụ công mức
# độ 4" (egov.full_online_services_count: "dịch vụ công trực tuyến mức độ 4");
# one record each, a breakdown by kind. "Năm 2021, chỉ có 37/307 th" (the
# excerpt ends inside the noun, so the text does not say what the 37 of 307
# are) → no record (a judgement). Not quantities: "tháng 4/2022", "Phường 5",
# "Chợ 4.0", the level names "mức độ 3", "mức độ 4" after the counts. Pillar:
# the heading "Thanh toán trực tuyến là nền tảng quan trọng" names online
# payment, a topic shared by kinh tế số and chính quyền số → null.
# --------------------------------------------------------------------------
D07 = dict(name="07_camau-dich-vu-cong-muc-do-4-2022", kind="result", year=2022, records=[
    R("cung cấp «92 dịch vụ", "toàn tỉnh đã cung cấp dịch vụ công mức độ 3", "=", 92, **CNT,
      iid="egov.partial_online_services_count"),
    R("3, «254 thủ tục", "thủ tục hành chính thực hiện dịch vụ công mức độ 4", "=", 254, **CNT,
      iid="egov.full_online_services_count"),
])

# --------------------------------------------------------------------------
# 08 Xã Tam Thanh (Tam Kỳ, Quảng Nam), four community technology teams
# (tamky.quangnam.gov.vn; the photo caption "Trao Quyết định thành lập các tổ
# công nghệ cộng đồng", printed twice, and the closing "Tin liên quan" cut; no
# date shown, "Chiều ngày 29.3" names no year → year null). Results: the title's
# and the body's "thành lập 4 tổ công nghệ cộng đồng thôn" (each recorded,
# aware.community_digital_teams_count). "Tổ công nghệ công đồng tại mỗi thôn
# tối thiểu có 04 người gồm ..." is the make-up of each team (who sits on it),
# not a target or result of the transformation → no record (a judgement). Not
# quantities: "29.3", "Covid-19". Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_quangnam-tam-thanh-to-cong-nghe-cong-dong", kind="result", year=None, records=[
    R("thành lập «4 tổ công nghệ cộng đồng thôn\n", "Xã Tam Thanh thành lập tổ công nghệ cộng đồng thôn", "=", 4,
      **CNT, iid="aware.community_digital_teams_count"),
    R("thành lập «4 tổ công nghệ cộng đồng thôn trên", "quyết định thành lập tổ công nghệ cộng đồng thôn trên địa bàn "
      "xã", "=", 4, **CNT, iid="aware.community_digital_teams_count"),
])

# --------------------------------------------------------------------------
# 09 Quảng Trị, late applications and low digitisation in August 2025
# (thoibaotaichinhvietnam.vn; the photo caption "Quảng Trị chỉ đạo các địa
# phương đẩy mạnh ... Ảnh: Hoàng Phúc." cut; no date shown). A precision text:
# no quantity. "tỷ lệ số hóa kết quả thủ tục hành chính trong tháng 8/2025 đạt
# thấp" states no number. Not quantities: "tháng 8/2025" three times, the
# portal's address.
# --------------------------------------------------------------------------
D09 = dict(name="09_quangtri-so-hoa-thang-8-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 10 Lai Châu, plan 5913/KH-UBND on online public services (tienphong.vn; the
# stamp " date 2025-12-17" → `date 2025-12`; the photo caption "tỉnh Lai Châu
# đang quyết liệt triển khai ..." cut). A precision text: no quantity ("các mục
# tiêu cụ thể, đo đếm được" names none). Not quantities: "5913/KH-UBND" twice,
# "2/10/2025", the stamp.
# --------------------------------------------------------------------------
D10 = dict(name="10_laichau-ke-hoach-5913-dich-vu-cong-precision", kind="target", year=2025, records=[])

# --------------------------------------------------------------------------
# 11 Quảng Ngãi after its merger with Kon Tum (tienphong.vn; the stamp " date
# 2026-02-03" → `date 2026-02`; the photo caption "Một góc TP Quảng Ngãi. Ảnh:
# Ngọc Toàn" cut). A precision text: no quantity. "diện tích gần 15 nghìn km²
# (đứng thứ 5 cả nước)": the new province's area and its place by area, no
# target or result of the transformation → no record (a judgement). Not
# quantities: "12/6/2025", "202/2025/QH15", the stamp.
# --------------------------------------------------------------------------
D11 = dict(name="11_quangngai-hop-nhat-kon-tum-precision", kind="result", year=2026, records=[])

# --------------------------------------------------------------------------
# 12 Xã Vĩnh Sơn (Gia Lai), a digital-skills class in a communal house
# (vtcnews.vn; the stamp " date 2025-10-27" → `date 2025-10`). A precision text:
# no quantity. "Hơn 20 người dân Ba Na ... học cách “chạm”, “lướt”" are the
# people at one class (the participants of an event, spec's decided case).
# Not quantities: "62 tuổi" (a person's age), "80 năm trước", "năm 1945",
# "thế kỷ 21", "hơn một tháng" (no digits), the stamp.
# --------------------------------------------------------------------------
D12 = dict(name="12_gialai-vinh-son-lop-hoc-so-precision", kind="result", year=2025, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
