#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set113).

Copied from set69's builder (itself from set47's, set45's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the
text with « just before the number. The locator (without «) must occur exactly once in the text;
the anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as
in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry. (set113 needs none: every percentage is recorded.)

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


# --------------------------------------------------------------------------
# 01 Bà Rịa - Vũng Tàu, the health sector's IT plan 94/KH-UBND (31/5/2022),
# printed on thuvienphapluat.vn; a sector programme. The excerpt is its
# "PHẦN I: THỰC TRẠNG" (the state of things when the plan was written) →
# results, year 2022 (the document's date). All under the heading "1. Hạ tầng
# kỹ thuật" → digital_infrastructure (a heading naming a topic of one pillar).
# "Trung bình 01 máy tính/ 03 cán bộ công chức, viên chức, người lao động": one
# quantity, the number of computers per three staff (result, =, unit other,
# unit_text "máy tính/ 03 cán bộ"; "Trung bình" is the average, not an
# approximation; the "03" is part of the unit; a judgement). No id (the
# catalogue's infra.civil_servants_computers_share is a share).
# "100% Hệ thống cơ sở khám chữa bệnh (KCB) gồm có 2 bệnh viện đa khoa ... và 4
# bệnh viện chuyên khoa tuyến tỉnh, 8 Trung tâm Y tế tuyến huyện ... và 82 Trạm Y
# tế ... có mạng LAN, kết nối Internet tốc độ cao": the share (result, =, 100)
# and, as the spec's decided case "4.977 trạm (1.290 trạm 2G; ...)", one count
# per kind of facility, each with its own subject, scope null (a breakdown by
# kind of thing, not by level). The second bullet likewise: "2 chi cục" and "8
# đội Y tế dự phòng" and "82 trạm y tế" that have LAN and Internet (counts);
# "Trung tâm Kiểm soát Bệnh tật tỉnh" has no number. No ids (the catalogue has no
# indicator of health facilities connected). Not quantities: "94/KH-UBND"
# (three times), "31/05/2022", "31 tháng 5 năm 2022", "ĐẾN NĂM 2025" (the plan's
# horizon), "PHẦN I", the heading number "1.".
# --------------------------------------------------------------------------
D01 = dict(name="01_bariavungtau-nganh-y-te-cntt-2022", kind="result", year=2022, records=[
    R("Trung bình «01 máy tính", "máy tính/ cán bộ công chức, viên chức, người lao động", "=", 1,
      unit="other", unit_text="máy tính/ 03 cán bộ", pillar=INFRA),
    R("- «100% Hệ thống cơ sở khám chữa bệnh", "Hệ thống cơ sở khám chữa bệnh (KCB) có mạng LAN, kết nối Internet "
      "tốc độ cao", "=", 100, pillar=INFRA),
    R("gồm có «2 bệnh viện đa khoa", "bệnh viện đa khoa có mạng LAN, kết nối Internet tốc độ cao", "=", 2, **CNT,
      pillar=INFRA),
    R("và «4 bệnh viện chuyên khoa", "bệnh viện chuyên khoa tuyến tỉnh có mạng LAN, kết nối Internet tốc độ cao",
      "=", 4, **CNT, pillar=INFRA),
    R("tỉnh, «8 Trung tâm Y tế tuyến huyện", "Trung tâm Y tế tuyến huyện, thành phố có mạng LAN, kết nối Internet "
      "tốc độ cao", "=", 8, **CNT, pillar=INFRA),
    R("và «82 Trạm Y tế xã", "Trạm Y tế xã, phường, thị trấn có mạng LAN, kết nối Internet tốc độ cao", "=", 82,
      **CNT, pillar=INFRA),
    R("tỉnh, «2 chi cục", "chi cục (An toàn vệ sinh thực phẩm, Dân số Kế hoạch hóa gia đình) có mạng LAN, kết nối "
      "Internet tốc độ cao", "=", 2, **CNT, pillar=INFRA),
    R("và «8 đội Y tế dự phòng", "đội Y tế dự phòng thuộc Trung tâm Y tế các huyện có mạng LAN, kết nối Internet "
      "tốc độ cao", "=", 8, **CNT, pillar=INFRA),
    R("và «82 trạm y tế phường", "trạm y tế phường/xã/thị trấn có mạng LAN, kết nối Internet tốc độ cao", "=", 82,
      **CNT, pillar=INFRA),
])

# --------------------------------------------------------------------------
# 02 Hà Tĩnh, Thạch Kim commune's plan for digital transformation and
# information security (the commune's site; the page's date line "Thứ hai -
# 11/11/2024 04:09" cut and written as `date 2024-11`). A precision text: the
# excerpt is the plan's legal bases only ("I. CĂN CỨ LẬP KẾ HOẠCH") and ends in
# "Kế hoạch số 194/KH-UBND ng". No record. Not quantities: decision numbers
# (749/QĐ-TTg, 942/QĐ-TTg, 146/QĐ-TTg, 411/QĐ-TTg, 505/QĐ-TTg, 964/QĐ-TTg,
# 05-NQ/TU, 424/QĐ-UBND, 194/KH-UBND), their dates, the periods "2021-2025"
# and the years "năm 2025", "năm 2030", "2030", the `date` line.
# --------------------------------------------------------------------------
D02 = dict(name="02_hatinh-xa-thachkim-ke-hoach-cds-precision", kind="target", year=2024, records=[])

# --------------------------------------------------------------------------
# 03 A district-level DTI (Bộ chỉ số đánh giá chuyển đổi số cấp huyện) table,
# a thuvienphapluat.vn bulletin page with no province, number or date shown.
# A precision text: the excerpt is the head of the indicator table, "STT |
# Chỉ số/Chỉ số thành phần | Điểm tối đa | Cách xác định và tính điểm | ...",
# with the maximum points of the "Nhận thức số" group (100) and of its
# components 1.1-1.3 (20 each), and the scoring rule of 1.1 ("BCĐ họp 4 lần/
# năm ...: 20 điểm", "3 lần ... 15 điểm", "2 lần ... 10 điểm", "1 lần ... 5
# điểm", "Còn lại: 0 điểm"; "mỗi quý 1 lần"). No record: the maximum points and
# the scoring rules are the make-up of an index, as the spec's decided case
# "gồm 9 chỉ số chính với 98 chỉ số thành phần" (not quantities: the parts of
# an index); no value is set as a target or reported as reached (a judgement).
# Not quantities either: the row numbers "1", "1.1", "1.2", "1.3", "1.4", and
# "a/b" formulas.
# --------------------------------------------------------------------------
D03 = dict(name="03_dti-cap-huyen-bang-chi-so-precision", kind="target", year=None, records=[])

# --------------------------------------------------------------------------
# 04 Vĩnh Long, the Department of Agriculture and Rural Development's
# administrative-reform plan to 2025 (the department's site; no date shown).
# Targets "đến năm 2025" → 2025, except "Năm 2021, ... đạt tỷ lệ 30%" (2021).
# Pillar null (the lead-in "mục tiêu cụ thể đối với nội dung cải cách thủ tục
# hành chính" names no pillar; a judgement: administrative reform is not named
# as chính quyền số). Records: "100% TTHC đủ điều kiện ..., được cung cấp trực
# tuyến mức độ 3 và 4" (>=, egov.level3_4_online_services_share); "Tỷ lệ hồ sơ
# giải quyết trực tuyến mức độ 3 và 4 đạt 50%" (>=, a target's "đạt";
# egov.online_applications_share); "Tối thiểu 80% TTHC có yêu cầu nghĩa vụ tài
# chính, được triển khai thanh toán trực tuyến" (>=; no id: a share of
# procedures, not of payments); "tỷ lệ giao dịch thanh toán trực tuyến đạt từ
# 30% trở lên" (>=, egov.online_payment_share); "Năm 2021, số hóa kết quả giải
# quyết TTHC ... đạt tỷ lệ 30%" (>=, 2021, egov.digitised_procedure_results_share);
# "mỗi năm tăng tối thiểu 20%" (a target stated as a change: >=, 20, year 2025
# as the end of "giai đoạn 2022 - 2025"; no id); "cho đến khi đạt tỷ lệ 100%"
# (>=, 100, 2025, egov.digitised_procedure_results_share); "80% người dân, doanh
# nghiệp ... không phải cung cấp lại các thông tin, giấy tờ" (>=; no id: closest
# is egov.digitised_data_reuse_share, a share of applications; a judgement). Not
# quantities: "mức độ 3 và 4" (twice: levels, names), "năm 2025" (twice),
# "2022 - 2025".
# --------------------------------------------------------------------------
D04 = dict(name="04_vinhlong-so-nong-nghiep-cchc-2025", kind="target", year=2025, records=[
    R("- «100% TTHC đủ điều kiện", "TTHC đủ điều kiện theo quy định, được cung cấp trực tuyến mức độ 3 và 4", ">=",
      100, iid="egov.level3_4_online_services_share"),
    R("mức độ 3 và 4 đạt «50%", "Tỷ lệ hồ sơ giải quyết trực tuyến mức độ 3 và 4 trên tổng số hồ sơ giải quyết", ">=",
      50, iid="egov.online_applications_share"),
    R("Tối thiểu «80% TTHC", "TTHC có yêu cầu nghĩa vụ tài chính, được triển khai thanh toán trực tuyến", ">=", 80),
    R("đạt từ «30% trở lên", "tỷ lệ giao dịch thanh toán trực tuyến", ">=", 30, iid="egov.online_payment_share"),
    R("đạt tỷ lệ «30%;", "số hóa kết quả giải quyết thủ tục hành chính đang còn hiệu lực và có giá trị sử dụng "
      "thuộc thẩm quyền giải quyết của Sở", ">=", 30, year=2021, iid="egov.digitised_procedure_results_share"),
    R("tăng tối thiểu «20%", "số hóa kết quả giải quyết thủ tục hành chính mỗi năm tăng", ">=", 20),
    R("đạt tỷ lệ «100% để", "số hóa kết quả giải quyết thủ tục hành chính", ">=", 100,
      iid="egov.digitised_procedure_results_share"),
    R("- «80% người dân", "người dân, doanh nghiệp khi thực hiện TTHC không phải cung cấp lại các thông tin, giấy tờ, "
      "tài liệu đã được chấp nhận", ">=", 80),
])

# --------------------------------------------------------------------------
# 05 Bình Định, Võ Giữ upper-secondary school's digital-transformation plan for
# 2025 (03/KH-THPTVG, 02/01/2025, on the school's site). A precision text: the
# excerpt is the header, the legal bases and "I. MỤC ĐÍCH, YÊU CẦU" and ends in
# "Chuyển đổi". No record. Not quantities: document numbers and dates
# (03/KH-THPTVG, 3363/KH-SGDĐT, 22/12/2023, 3707/SGDĐT-VP, 31/12/2024,
# 4725/QĐ-BGDĐT (also "số4725" and "Quyết định 4725" twice), 30/12/2022,
# 05-NQ/TU, 20/9/2021, 131/QĐ-TTg, 25/01/2022), "ngày 02 tháng 01 năm 2025",
# the years and periods ("năm 2024", "năm 2025", "2024-2025", "2022-2025", "năm
# 2030"), "(khóa XX)".
# --------------------------------------------------------------------------
D05 = dict(name="05_binhdinh-thpt-vogiu-ke-hoach-cds-2025-precision", kind="target", year=2025, records=[])

# --------------------------------------------------------------------------
# 06 The Ministry of Home Affairs' digital-transformation plan for 2025
# (426/QĐ-BNV, 29/4/2025; a news item on moha.gov.vn, the photo credit line
# "Ảnh minh hoạ. Nguồn: Internet" cut). One quantity: "Đảm bảo 100% văn bản trao
# đổi giữa Bộ Nội vụ với các cơ quan nhà nước được thực hiện dưới dạng điện tử
# và được ký số ..." (target, >=, 2025; egov.electronic_documents_share, whose
# wording it is). Pillar: the lead-in just above, "Về mục tiêu cụ thể, thứ nhất,
# Kế hoạch xác định ứng dụng công nghệ thông tin xây dựng Chính phủ điện tử hướng
# tới Chính phủ số." → digital_government (spec: a lead-in naming Chính phủ điện
# tử sets the pillar of what it opens). Not quantities: "29/4/2025",
# "426/QĐ-BNV", "năm 2025" (twice), "năm 2030".
# --------------------------------------------------------------------------
D06 = dict(name="06_bo-noi-vu-ke-hoach-cds-2025", kind="target", year=2025, records=[
    R("Đảm bảo «100% văn bản", "văn bản trao đổi giữa Bộ Nội vụ với các cơ quan nhà nước được thực hiện dưới dạng "
      "điện tử và được ký số bởi chữ ký chuyên dùng", ">=", 100, pillar=GOV, iid="egov.electronic_documents_share"),
])

# --------------------------------------------------------------------------
# 07 The Home Affairs sector's digital-transformation scheme (350/QĐ-TTg, "đề án
# chuyển đổi số toàn diện lĩnh vực Nội vụ ... đến năm 2030, định hướng đến năm
# 2045"), a sector programme, as reported by baophutho.vn (the crawler's stamp
# " date 2026-03-02" opens the title line, kept as returned; the photo caption
# "Phấn đấu 100% cán bộ, công chức, viên chức được gắn định danh điện tử thống
# nhất. Ảnh: Phạm Đông" cut). Targets of the scheme "đến năm 2030" → 2030 for
# all four (the lead's "bảo đảm phục vụ 100% nhiệm vụ quản lý" restates the
# later target and names no year of its own; the scheme's year; a judgement).
# Records: the lead's "100% nhiệm vụ quản lý" (>=); "Triển khai 100% cơ sở dữ
# liệu lĩnh vực Nội vụ theo mô hình thống nhất, tập trung" (>=); "bảo đảm phục
# vụ 100% nhiệm vụ quản lý cán bộ, công chức, viên chức" (>=); "đáp ứng tối
# thiểu 80% yêu cầu thực hiện chính sách an sinh xã hội" (>=). The lead and the
# third record are the same target stated twice: both recorded. No ids (the
# catalogue holds no share of management tasks served or of a sector's
# databases deployed). Pillar null: "xây dựng, hoàn thiện hạ tầng dữ liệu và nền
# tảng số ngành Nội vụ" names two topics (data, platforms), not one pillar. Not
# quantities: "350/QĐ-TTg", "năm 2030" (twice), "năm 2045", the stamp.
# --------------------------------------------------------------------------
D07 = dict(name="07_nganh-noi-vu-de-an-cds-2030", kind="target", year=2030, records=[
    R("bảo đảm phục vụ «100% nhiệm vụ quản lý.", "cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức, bảo đảm "
      "phục vụ nhiệm vụ quản lý", ">=", 100),
    R("Triển khai «100% cơ sở dữ liệu", "cơ sở dữ liệu lĩnh vực Nội vụ triển khai theo mô hình thống nhất, tập trung",
      ">=", 100),
    R("bảo đảm phục vụ «100% nhiệm vụ quản lý cán bộ", "Cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức, bảo "
      "đảm phục vụ nhiệm vụ quản lý cán bộ, công chức, viên chức", ">=", 100),
    R("tối thiểu «80% yêu cầu", "Cơ sở dữ liệu quốc gia về an sinh xã hội, đáp ứng yêu cầu thực hiện chính sách an "
      "sinh xã hội của các cơ quan có thẩm quyền", ">=", 80),
])

# --------------------------------------------------------------------------
# 08 The Ministry of Home Affairs' earlier targets for online services and
# electronic documents (moha.gov.vn; the excerpt starts inside the item, "Theo
# đó, với mục tiêu ..."; no date shown). A precision text: two quantities among
# "mức độ 3, 4" (twice, levels), "giai đoạn 2020 - 2025" (another scheme's
# period), "458/QĐTTg", "03/04/2020", "công nghệ 4.0". "cung cấp đầy đủ 100% các
# dịch vụ công trực tuyến ... ở mức độ 3, 4 và được tích hợp lên Cổng dịch vụ
# công Quốc gia" (target, >=, egov.level3_4_online_services_share); "100% các
# văn bản đi, đến (trừ văn bản mật) đều được xử lý trên môi trường mạng, ...
# được ký số" (a target: the paragraph continues the list of aims; >=;
# egov.electronic_documents_share, documents handled electronically and signed;
# a judgement). "tăng gấp đôi" has no digits. Year null: the item names no year
# of its own ("2020 - 2025" is the period of the archiving scheme it cites; a
# judgement). Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_bo-noi-vu-dich-vu-cong-van-ban-dien-tu-precision", kind="target", year=None, records=[
    R("cung cấp đầy đủ «100% các dịch vụ công", "dịch vụ công trực tuyến thuộc thẩm quyền giải quyết của Bộ Nội vụ ở "
      "mức độ 3, 4 và được tích hợp lên Cổng dịch vụ công Quốc gia", ">=", 100,
      iid="egov.level3_4_online_services_share"),
    R("«100% các văn bản đi", "các văn bản đi, đến (trừ văn bản mật) đều được xử lý trên môi trường mạng", ">=", 100,
      iid="egov.electronic_documents_share"),
])

# --------------------------------------------------------------------------
# 09 The Ministry of Justice's digital-transformation plan for the Justice
# sector, 2023 (biztek.vn; no date shown; "kế hoạch chuyển đổi số của Bộ, ngành
# Tư pháp năm 2023" → 2023 for the results it reports "Tính đến nay"; a
# judgement). Results under the lead-in "Đối với mục tiêu cung cấp dịch vụ công
# trực tuyến mức độ 3,4 ...:" → digital_government (spec: dịch vụ công trực
# tuyến → chính quyền số). "tổng số dịch vụ công thực hiện tại Bộ Tư pháp là 70
# dịch vụ công" (count, =; no id: all services, not online ones); "gồm: 57 dịch
# vụ công trực tuyến mức độ 3,4" (count, =, egov.online_services_count);
# "tích hợp 57/70 dịch vụ công của Bộ với Cổng dịch vụ công quốc gia" (count, =,
# 57, egov.national_portal_integrated_services_count; the "/70" its
# denominator). Not quantities: "mức độ 3,4" (twice: levels 3 and 4, not the
# decimal 3.4), "Đề án 06" (twice as "Đề án 06" and "Đề án này"), "năm 2023".
# --------------------------------------------------------------------------
D09 = dict(name="09_bo-tu-phap-ke-hoach-cds-2023", kind="result", year=2023, records=[
    R("Bộ Tư pháp là «70 dịch vụ công", "tổng số dịch vụ công thực hiện tại Bộ Tư pháp", "=", 70, **CNT, pillar=GOV),
    R("gồm: «57 dịch vụ công", "dịch vụ công trực tuyến mức độ 3,4", "=", 57, **CNT, pillar=GOV,
      iid="egov.online_services_count"),
    R("tích hợp «57/70", "dịch vụ công của Bộ tích hợp với Cổng dịch vụ công quốc gia", "=", 57, **CNT, pillar=GOV,
      iid="egov.national_portal_integrated_services_count"),
])

# --------------------------------------------------------------------------
# 10 The Ministry of Construction's e-government results of 2025 (ngaynay.vn;
# no date shown; "năm 2025", "Từ đầu năm 2025 đến nay" → 2025 for all). Results,
# op = except "trên" (>) and "gần" (~). The lead restates four figures of the
# body (100% of tasks, 290 services, over 120.000 applications) and adds the
# satisfaction 93,3%: each statement recorded where it stands. Records: lead
# "Hoàn thành 100% nhiệm vụ xây dựng Chính phủ điện tử năm 2025" (%, no id),
# "cung cấp 290 dịch vụ công trực tuyến" (count, egov.online_services_count),
# "xử lý trên 120.000 hồ sơ" (count, >, egov.applications_received_count),
# "mức độ hài lòng ... đạt 93,3%" (egov.satisfaction_share); body "hoàn thành
# 100% nhiệm vụ được giao trong năm 2025" (%, no id); "ban hành gần 40 quyết
# định triển khai các nhiệm vụ về chuyển đổi số" (count, ~,
# inst.dx_policy_documents_count; a judgement: decisions issued, not tasks);
# "cung cấp 312 thủ tục hành chính thuộc thẩm quyền giải quyết" (count; no id);
# "cung cấp 290 dịch vụ công trực tuyến, gồm 178 dịch vụ toàn trình và 112 dịch
# vụ một phần" (counts: egov.online_services_count,
# egov.full_online_services_count, egov.partial_online_services_count; a
# breakdown by kind, scope null); "đạt tỷ lệ 92,9%" (the share of the 312
# procedures offered online; no exact id); "tiếp nhận và xử lý đạt trên 120.000
# hồ sơ" (count, >, egov.applications_received_count); "Tỷ lệ hồ sơ dịch vụ
# công trực tuyến trên tổng số hồ sơ giải quyết đạt trên 82%" (>,
# egov.online_applications_share); "241/241 thủ tục hành chính liên quan đến
# doanh nghiệp" (count 241) and its "đạt tỷ lệ 100%" (%); "tái cấu trúc 222 thủ
# tục hành chính" (count); "tái cấu trúc 265/265 quy trình" (count 265). No
# pillar (no heading; the lead-ins "Về kết quả thực hiện", "Theo đó" name none).
# Not quantities: "năm 2025" (four times), "cấp tỉnh, cấp xã" (no digits).
# --------------------------------------------------------------------------
D10 = dict(name="10_bo-xay-dung-ket-qua-cds-2025", kind="result", year=2025, records=[
    R("Hoàn thành «100% nhiệm vụ xây dựng", "nhiệm vụ xây dựng Chính phủ điện tử năm 2025 hoàn thành", "=", 100),
    R("Bộ Xây dựng cung cấp «290 dịch vụ", "Bộ Xây dựng cung cấp dịch vụ công trực tuyến", "=", 290, **CNT,
      iid="egov.online_services_count"),
    R("xử lý trên «120.000 hồ sơ, mức", "Bộ Xây dựng xử lý hồ sơ", ">", 120000, **CNT,
      iid="egov.applications_received_count"),
    R("doanh nghiệp đạt «93,3%", "mức độ hài lòng của người dân và doanh nghiệp", "=", 93.3,
      iid="egov.satisfaction_share"),
    R("đã hoàn thành «100% nhiệm vụ được giao", "Bộ Xây dựng hoàn thành nhiệm vụ được giao trong năm 2025 về xây dựng "
      "Chính phủ điện tử và chuyển đổi số", "=", 100),
    R("ban hành gần «40 quyết định", "quyết định triển khai các nhiệm vụ về chuyển đổi số, phát triển Chính phủ điện "
      "tử, Chính phủ số", "~", 40, **CNT, iid="inst.dx_policy_documents_count"),
    R("cung cấp «312 thủ tục", "thủ tục hành chính thuộc thẩm quyền giải quyết hệ thống thông tin giải quyết thủ tục "
      "hành chính cung cấp", "=", 312, **CNT),
    R("Trong đó, cung cấp «290 dịch vụ", "dịch vụ công trực tuyến", "=", 290, **CNT,
      iid="egov.online_services_count"),
    R("gồm «178 dịch vụ toàn trình", "dịch vụ toàn trình", "=", 178, **CNT, iid="egov.full_online_services_count"),
    R("và «112 dịch vụ một phần", "dịch vụ một phần", "=", 112, **CNT, iid="egov.partial_online_services_count"),
    R("đạt tỷ lệ «92,9%", "dịch vụ công trực tuyến trên thủ tục hành chính thuộc thẩm quyền giải quyết", "=", 92.9),
    R("xử lý đạt trên «120.000 hồ sơ", "hệ thống đã tiếp nhận và xử lý hồ sơ", ">", 120000, **CNT,
      iid="egov.applications_received_count"),
    R("giải quyết đạt trên «82%", "Tỷ lệ hồ sơ dịch vụ công trực tuyến trên tổng số hồ sơ giải quyết", ">", 82,
      iid="egov.online_applications_share"),
    R("cung cấp «241/241", "thủ tục hành chính liên quan đến doanh nghiệp được cung cấp", "=", 241, **CNT),
    R("đạt tỷ lệ «100%;", "thủ tục hành chính liên quan đến doanh nghiệp được cung cấp", "=", 100),
    R("tái cấu trúc «222 thủ tục", "thủ tục hành chính thuộc thẩm quyền giải quyết tại địa phương được tái cấu trúc",
      "=", 222, **CNT),
    R("tái cấu trúc «265/265", "quy trình giải quyết thủ tục hành chính được tái cấu trúc", "=", 265, **CNT),
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
