#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set85).

Copied from set69's builder (itself from set47's, set45's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in the
seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set69, the id is given in the record itself (`iid=`).

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
USD = dict(unit="other", unit_text="USD")

# --------------------------------------------------------------------------
# 01 The national programme of 2026 (thanhnien.vn, stamp 2026-02-21 → `date
# 2026-02`). Targets of 2026 ("Về mục tiêu đóng góp cho tăng trưởng năm 2026"):
# "tỷ trọng giá trị tăng thêm của kinh tế số trong GDP đạt 14,5%" (>=,
# econ.digital_economy_gdp_share), "... khoa học công nghệ, đổi mới sáng tạo,
# chuyển đổi số trong GDP đạt 17,5%" (>=, no id), "... năng suất nhân tố tổng
# hợp vào tăng trưởng kinh tế là 50%" (a target's "là": >=, no id). "phủ sóng
# 5G đạt 70% dân số" (>=, infra.fiveg_coverage_share); "100% cán bộ cấp xã có
# trang thiết bị ... và có chữ ký số cá nhân" (>=; egov.officials_digital_signature_share,
# a judgement: the equipment half is folded in); "100% hồ sơ công việc tại cấp
# bộ, cấp tỉnh và cấp xã được xử lý trên môi trường điện tử" (one value for all
# levels: one record, scope null; egov.work_records_online_share). Pillar: the
# lead-in "Về hạ tầng, nền tảng số và dữ liệu dùng chung" names three pillars'
# topics at once, so it sets none (a judgement); the headline names none →
# null throughout. Not quantities: "tháng 2.2026", "năm 2025", "5G" (a name),
# the truncated last sentence ("toàn trình tr", no number).
# --------------------------------------------------------------------------
D01 = dict(name="01_ca-nuoc-chuong-trinh-cds-2026", kind="target", year=2026, records=[
    R("trong GDP đạt «14,5%", "tỷ trọng giá trị tăng thêm của kinh tế số trong GDP", ">=", 14.5,
      iid="econ.digital_economy_gdp_share"),
    R("trong GDP đạt «17,5%", "tỷ trọng đóng góp của khoa học công nghệ, đổi mới sáng tạo, chuyển đổi số trong GDP",
      ">=", 17.5),
    R("tăng trưởng kinh tế là «50%", "tỷ trọng đóng góp của năng suất nhân tố tổng hợp vào tăng trưởng kinh tế",
      ">=", 50),
    R("phủ sóng 5G đạt «70% dân số", "mở rộng phủ sóng 5G dân số", ">=", 70, iid="infra.fiveg_coverage_share"),
    R("dân số; «100% cán bộ cấp xã", "cán bộ cấp xã có trang thiết bị đáp ứng yêu cầu công việc và có chữ ký số cá "
      "nhân", ">=", 100, iid="egov.officials_digital_signature_share"),
    R("«100% hồ sơ công việc", "hồ sơ công việc tại cấp bộ, cấp tỉnh và cấp xã được xử lý trên môi trường điện tử",
      ">=", 100, iid="egov.work_records_online_share"),
])

# --------------------------------------------------------------------------
# 02 The Government's steering committee, first session of 2026 (baophutho.vn,
# stamp 2026-02-25 → `date 2026-02`; a precision text). Results of 2025 ("năm
# 2025 ghi nhận ..."): "30 luật được Quốc hội thông qua" and "68 nghị định của
# Chính phủ" (counts of laws and decrees passed: results reported as reached,
# no id; a judgement, unlike counts of tasks), "kinh tế số ... ước chiếm 13,9%
# GDP" (=, econ.digital_economy_gdp_share). Not quantities: "25/2", "năm 2026",
# "giai đoạn 2026-2030", "Đề án 06", "hàng trăm văn bản" (no digits). The
# title names no pillar ("nền kinh tế", not "kinh tế số") → null.
# --------------------------------------------------------------------------
D02 = dict(name="02_ca-nuoc-ban-chi-dao-ket-qua-2025-precision", kind="result", year=2025, records=[
    R("với «30 luật", "luật được Quốc hội thông qua", "=", 30, **CNT),
    R("«68 nghị định", "nghị định của Chính phủ", "=", 68, **CNT),
    R("ước chiếm «13,9%", "kinh tế số GDP", "=", 13.9, iid="econ.digital_economy_gdp_share"),
])

# --------------------------------------------------------------------------
# 03 Data, the national data steering committee's first session (thanhnien.vn,
# stamp 2026-01-13 → `date 2026-01`). Results "Đến nay" → the document's year
# 2026 (the stamp's). "hơn 2 triệu dữ liệu về DN" (>, count), "cho 11 bộ, ngành
# và 34 tỉnh, thành phố" (two counts), "34/34 tỉnh, thành phố với 3.289/3.321
# xã, phường (đạt trên 99%)" (counts 34 and 3289, the numerators; the bracket's
# share >, 99), "trên 61 triệu" land parcels synced and "trên 42 triệu thửa đất"
# cleaned (>, counts), "gần 40 trung tâm dữ liệu" (~, count). No ids (the
# catalogue's land indicator is records digitised, not synced to the national
# database; a judgement). Not quantities: "hơn 100 triệu người dân" (the
# population), "T.Ư". Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_ca-nuoc-du-lieu-dat-dai-2026", kind="result", year=2026, records=[
    R("quản lý hơn «2 triệu", "Cơ sở dữ liệu quốc gia về đăng ký DN quản lý dữ liệu về DN", ">", 2e6, **CNT),
    R("cho «11 bộ, ngành", "tích hợp, đồng bộ, chia sẻ thông tin về đăng ký DN cho bộ, ngành", "=", 11, **CNT),
    R("bộ, ngành và «34 tỉnh", "tích hợp, đồng bộ, chia sẻ thông tin về đăng ký DN cho tỉnh, thành phố", "=", 34,
      **CNT),
    R("Đến nay, «34/34", "tỉnh, thành phố đã đồng bộ dữ liệu vào cơ sở dữ liệu quốc gia về đất đai", "=", 34, **CNT),
    R("với «3.289/3.321", "xã, phường đã đồng bộ dữ liệu vào cơ sở dữ liệu quốc gia về đất đai", "=", 3289, **CNT),
    R("đạt trên «99%", "xã, phường đã đồng bộ dữ liệu vào cơ sở dữ liệu quốc gia về đất đai", ">", 99),
    R("là trên «61 triệu", "tổng số thửa đất đã đồng bộ", ">", 61e6, **CNT),
    R("trên «42 triệu thửa", "thửa đất đã làm sạch thông tin về chủ sử dụng đất", ">", 42e6, **CNT),
    R("có gần «40 trung tâm", "trung tâm dữ liệu đang hoạt động", "~", 40, **CNT),
])

# --------------------------------------------------------------------------
# 04 The "5 đột phá" on data (ngaynay.vn, stamp 2026-01-28 → `date 2026-01`; a
# precision text). Two quantities: "năm qua, Ban Chỉ đạo đã trình Quốc hội thông
# qua 28 dự án luật" (count, =; "năm qua" in a page of January 2026 → 2025, a
# judgement) and "cả nước có gần 40 trung tâm dữ liệu" (~, count; the present
# → the document's 2026). Not quantities: "5 đột phá" (a count of
# breakthroughs, like tasks), "43/TB-VPCP", "26/1/2026", "số 01" (a name).
# Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_ca-nuoc-5-dot-pha-du-lieu-2026-precision", kind="result", year=2026, records=[
    R("thông qua «28 dự án luật", "Ban Chỉ đạo đã trình Quốc hội thông qua dự án luật", "=", 28, **CNT, year=2025),
    R("cả nước có gần «40 trung tâm", "trung tâm dữ liệu", "~", 40, **CNT),
])

# --------------------------------------------------------------------------
# 05 Gia Lai's plan 18/KH-UBND (19/01/2026) to raise its DTI (nhansu.vn; a
# precision text). One quantity: "tỉnh Gia Lai xếp hạng 31/34 tỉnh, thành phố"
# in the DTI of 2024 (result, rank =, year 2024, dti.provincial_rank). Not
# quantities: "03 trụ cột", "08 chỉ số chính", "47 chỉ số thành phần" (the parts
# of an index), "(1)" "(2)" "(3)" (list marks), "18/KH-UBND", the dates of the
# register table, "trên 100 dân"; "chưa đạt trên 5%" (the benchmark the
# community teams' members per 100 residents did not reach: neither a value
# reached nor a target set → NOT, a judgement). Pillar null (the list's
# "Nhóm hạ tầng số" lies after the rank).
# --------------------------------------------------------------------------
D05 = dict(name="05_gialai-ke-hoach-dti-2026-precision", kind="result", year=2024, records=[
    R("xếp hạng «31/34", "tỉnh Gia Lai xếp hạng tỉnh, thành phố Bộ Chỉ số đánh giá chuyển đổi số (DTI)", "=", 31,
      **RANK, iid="dti.provincial_rank"),
], NOT=["chưa đạt trên «5%"])

# --------------------------------------------------------------------------
# 06 Đường An commune's one-stop office after the merger (vietnamnet.vn, stamp
# 2025-12-10 → `date 2025-12`; "từ 1/7 đến 26/11/2025" → 2025). The headline
# "hơn 85% hồ sơ được nộp qua mạng" (>, egov.online_applications_share), then
# "8.930 hồ sơ" received (egov.applications_received_count), "7.600 hồ sơ được
# nộp qua mạng" (egov.online_applications_count), "85,10%" (=,
# egov.online_applications_share), "8.914 hồ sơ" settled (no id), "8.889 hồ sơ"
# settled early (no id), "99,8%" on time or early (egov.on_time_applications_share),
# "2 hồ sơ cấp sổ đỏ lần đầu" (count; a judgement: a result, if a small one),
# "14 hồ sơ bị quá hạn" (count, no id). Not quantities: "1/7", "26/11/2025",
# "Nghị định 118". The commune is the page's own: no place. Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_xa-duong-an-mot-cua-2025", kind="result", year=2025, records=[
    R("mạnh mẽ, hơn «85%", "hồ sơ được nộp qua mạng", ">", 85, iid="egov.online_applications_share"),
    R("là «8.930 hồ sơ", "Tổng số hồ sơ tiếp nhận thủ tục hành chính", "=", 8930, **CNT,
      iid="egov.applications_received_count"),
    R("có tới «7.600 hồ sơ", "hồ sơ được nộp qua mạng", "=", 7600, **CNT, iid="egov.online_applications_count"),
    R("chiếm «85,10%", "Tỷ lệ nộp trực tuyến hồ sơ được nộp qua mạng tổng số hồ sơ", "=", 85.10,
      iid="egov.online_applications_share"),
    R("được «8.914 hồ sơ", "xã Đường An đã giải quyết hồ sơ", "=", 8914, **CNT),
    R("đạt «8.889 hồ sơ", "Số lượng hồ sơ được giải quyết trước hạn", "=", 8889, **CNT),
    R("trước hạn đạt «99,8%", "tỷ lệ giải quyết đúng và trước hạn", "=", 99.8, iid="egov.on_time_applications_share"),
    R("cấp được «2 hồ sơ", "hồ sơ cấp sổ đỏ lần đầu", "=", 2, **CNT),
    R("chỉ ra «14 hồ sơ", "hồ sơ bị quá hạn", "=", 14, **CNT),
])

# --------------------------------------------------------------------------
# 07 The two-level local government after two months (vietnamnet.vn, stamp
# 2025-08-25 → `date 2025-08`; 2025). "32/34 địa phương đã thành lập 3.139 Trung
# tâm Phục vụ hành chính công cấp xã" (two counts: the localities, the centres;
# no ids), "hơn 4,3 triệu hồ sơ" (>, egov.applications_received_count), "trên
# 3,2 triệu hồ sơ được nộp trực tuyến" (>, egov.online_applications_count),
# "chiếm 75,7%" (=, egov.online_applications_share), TPHCM's "645.566 hồ sơ" and
# Điện Biên's "14.922 hồ sơ" (counts, each with its `place`;
# egov.applications_received_count), "34/34 tỉnh, thành phố đạt trạng thái
# Xanh" (count 34), "25 tỉnh, thành phố đã phủ xanh hơn 50% số xã" and "21 tỉnh,
# thành phố phủ xanh hơn 70%" (counts 25 and 21; their "hơn 50%", "hơn 70%" are
# thresholds that define the groups, not values → NOT, a judgement). Not
# quantities: "tăng 5% so với thời điểm báo cáo ngày 5/8" (a change against an
# earlier value → NOT), "gần 2 tháng", "23/8", "1/7", "19/8/2025", "16h ngày
# 24/8/2025", "mô hình 2 cấp", "Nghị quyết số 57", "Nq57.vn". Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_ca-nuoc-chinh-quyen-hai-cap-nq57-2025", kind="result", year=2025, records=[
    R("công đã đi vào hoạt động, «32/34", "địa phương đã thành lập Trung tâm Phục vụ hành chính công cấp xã", "=",
      32, **CNT),
    R("đã thành lập «3.139 Trung", "Trung tâm Phục vụ hành chính công cấp xã", "=", 3139, **CNT),
    R("tổng cộng hơn «4,3 triệu", "cả nước đã tiếp nhận hồ sơ", ">", 4.3e6, **CNT,
      iid="egov.applications_received_count"),
    R("có trên «3,2 triệu", "hồ sơ được nộp trực tuyến", ">", 3.2e6, **CNT, iid="egov.online_applications_count"),
    R("chiếm «75,7%", "hồ sơ được nộp trực tuyến", "=", 75.7, iid="egov.online_applications_share"),
    R("cao nhất với «645.566", "TPHCM là địa phương có số lượng hồ sơ cao nhất", "=", 645566, **CNT, place="TPHCM",
      iid="egov.applications_received_count"),
    R("thấp nhất với «14.922", "Điện Biên có số lượng hồ sơ thấp nhất", "=", 14922, **CNT, place="Điện Biên",
      iid="egov.applications_received_count"),
    R("toàn bộ «34/34", "tỉnh, thành phố đạt trạng thái “Xanh” (hoàn thành nhiệm vụ)", "=", 34, **CNT),
    R("Nq57.vn cũng cho thấy, «25 tỉnh", "tỉnh, thành phố đã “phủ xanh” số xã, phường", "=", 25, **CNT),
    R("trong đó có «21 tỉnh", "tỉnh, thành phố “phủ xanh” số xã", "=", 21, **CNT),
], NOT=["tăng «5% so với", "“phủ xanh” hơn «50%", "“phủ xanh” hơn «70%"])

# --------------------------------------------------------------------------
# 08 Huế second in the DTI of 2024 (huengaynay.vn, stamp 2025-10-20 → `date
# 2025-10`; a precision text; the photo caption that opened the excerpt cut).
# Ranks of 2024: Huế "xếp vị trí thứ 2 toàn quốc" (=, dti.provincial_rank; the
# page's own city: no place), "TP. Hải Phòng xếp thứ 3", "TP. Hồ Chí Minh xếp
# hạng 4", "Thanh Hóa xếp thứ 5" (=, each with its `place`). Not quantities:
# "tốp 5 địa phương dẫn đầu" (the group the list names, not a rank of one
# province; a judgement), "tăng 1 bậc so với năm 2023" (a change), "đứng đầu"
# (no digit), "3 cấp", "3 trụ cột", "7 chỉ số chính" (the parts of an index),
# "năm nay". Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_hue-dti-2024-hang-2-precision", kind="result", year=2024, records=[
    R("vị trí thứ «2 toàn quốc", "Huế xếp vị trí toàn quốc DTI", "=", 2, **RANK, iid="dti.provincial_rank"),
    R("Hải Phòng xếp thứ «3", "TP. Hải Phòng xếp thứ mức độ Chuyển đổi số", "=", 3, **RANK, place="TP. Hải Phòng",
      iid="dti.provincial_rank"),
    R("xếp hạng «4,", "TP. Hồ Chí Minh xếp hạng mức độ Chuyển đổi số", "=", 4, **RANK, place="TP. Hồ Chí Minh",
      iid="dti.provincial_rank"),
    R("Thanh Hóa xếp thứ «5", "Thanh Hóa xếp thứ mức độ Chuyển đổi số", "=", 5, **RANK, place="Thanh Hóa",
      iid="dti.provincial_rank"),
])

# --------------------------------------------------------------------------
# 09 The Government's steering committee, fourth session (vietnamplus.vn,
# stamp 2025-09-24 → `date 2025-09`; 2025). "Việt Nam đạt top 10 thế giới về
# tốc độ Internet" (rank <=, a group; no id), "tỷ lệ dân số được phủ sóng 5G đã
# đạt 26%" (=, infra.fiveg_coverage_share), "tuyến cáp quang trên đất liền dài
# 3.900 km" (other "km", infra.fibre_cable_length), "nối với 05 quốc gia"
# (count; a judgement), "doanh thu ngành công nghiệp công nghệ đạt hơn 3,2 triệu
# tỷ đồng" (>, 3.2e15 "đồng", econ.ict_industry_revenue), "xuất khẩu phần cứng
# và điện tử đạt 111,4 tỷ USD" (other "USD", no id). Not quantities: "Phiên họp
# thứ tư" (no digit), "3 sản phẩm chiến lược" (a count of chosen products, like
# tasks), "5G" in a name, "số 01", "8 tháng đầu năm 2025", "2 cấp", "24/9",
# "Đề án 06". Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_ca-nuoc-ban-chi-dao-phien-4-2025", kind="result", year=2025, records=[
    R("đạt top «10 thế giới", "Việt Nam thế giới về tốc độ Internet", "<=", 10, **RANK),
    R("đã đạt «26%", "tỷ lệ dân số được phủ sóng 5G", "=", 26, iid="infra.fiveg_coverage_share"),
    R("dài «3.900 km", "tuyến cáp quang trên đất liền", "=", 3900, unit="other", unit_text="km",
      iid="infra.fibre_cable_length"),
    R("nối với «05 quốc gia", "tuyến cáp quang trên đất liền nối với quốc gia", "=", 5, **CNT),
    R("đạt hơn «3,2 triệu tỷ", "doanh thu ngành công nghiệp công nghệ", ">", 3.2e15, **DONG,
      iid="econ.ict_industry_revenue"),
    R("đạt «111,4 tỷ USD", "xuất khẩu phần cứng và điện tử", "=", 111.4e9, **USD),
])

# --------------------------------------------------------------------------
# 10 The national committee on digital transformation, results of 2024
# (nghean24h.vn, stamp 2025-02 → `date 2025-02`; the subheading names "năm
# 2024" → 2024 throughout). The subheading "Tỷ trọng kinh tế số năm 2024 đạt
# 18,3% GDP, nhanh nhất Đông Nam Á" is a quantity (=,
# econ.digital_economy_gdp_share) and a heading naming kinh tế số: every record
# after it stands under it → pillar digital_economy (the spec: the heading
# decides, even where the indicator belongs to another pillar; the subheading's
# own number takes it too, a judgement). "vị trí thứ 71/193 quốc gia" in the UN
# e-government ranking (=, rank.un_egdi), "thêm 300 MHz" of spectrum (other
# "MHz"; a judgement), "86,96 Mbps" (infra.mobile_broadband_speed) and its
# place "37/110" (rank =), "159,32 Mbps" (infra.fixed_broadband_speed) and
# "35/154" (rank =), "Tỷ lệ hộ gia đình có Internet cáp quang đạt 82,4%" (=,
# infra.fibre_household_coverage_share). Not quantities: "tăng 15 bậc", "tăng
# 14 bậc", "tăng 7 bậc" (changes), "sau 15 năm", "tháng 9/2024", "năm 2022",
# "06/CP", "5G" in "tần số 5G".
# --------------------------------------------------------------------------
D10 = dict(name="10_ca-nuoc-uy-ban-cds-ket-qua-2024", kind="result", year=2024, records=[
    R("năm 2024 đạt «18,3%", "Tỷ trọng kinh tế số GDP", "=", 18.3, pillar=ECO, iid="econ.digital_economy_gdp_share"),
    R("vị trí thứ «71/193", "Việt Nam vị trí quốc gia trong bảng xếp hạng Chính phủ điện tử của Liên Hợp Quốc", "=",
      71, **RANK, pillar=ECO, iid="rank.un_egdi"),
    R("thêm «300 MHz", "đấu giá thành công tần số 5G, bổ sung thêm", "=", 300, unit="other", unit_text="MHz",
      pillar=ECO),
    R("đạt «86,96 Mbps", "tốc độ tải băng rộng di động", "=", 86.96, unit="other", unit_text="Mbps", pillar=ECO,
      iid="infra.mobile_broadband_speed"),
    R("lên «37/110", "xếp hạng quốc gia tốc độ tải băng rộng di động", "=", 37, **RANK, pillar=ECO),
    R("đạt «159,32 Mbps", "tốc độ tải băng rộng cố định", "=", 159.32, unit="other", unit_text="Mbps", pillar=ECO,
      iid="infra.fixed_broadband_speed"),
    R("lên «35/154", "xếp hạng quốc gia tốc độ tải băng rộng cố định", "=", 35, **RANK, pillar=ECO),
    R("đạt «82,4%", "Tỷ lệ hộ gia đình có Internet cáp quang", "=", 82.4, pillar=ECO,
      iid="infra.fibre_household_coverage_share"),
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
