#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set62).

Copied from set45's builder (itself from set43's, set41's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the
text with « just before the number. The locator (without «) must occur exactly once in the text;
the anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed
as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (220
entries; see README). As in set10-set45, the id is given in the record itself (`iid=`).

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

USD = dict(unit="other", unit_text="USD")
DONG_NGUOI = dict(unit="other", unit_text="đồng/người")

# --------------------------------------------------------------------------
# 01 Thái Nguyên, the roadmap of its digital government (thainguyentv.vn, no
# date shown; no document year, each target names its own). The photo caption
# "Trung tâm Giám sát an toàn thông tin ... vừa đi vào hoạt động" cut.
# "phấn đấu đến năm 2030 có khoảng 85% dân số có kỹ năng số cơ bản; ...
# thuộc nhóm 20 tỉnh, thành dẫn đầu cả nước; ... đạt 80%": three targets of
# 2030 (the list shares "đến năm 2030"); "khoảng" → ~; the group "nhóm 20" →
# rank <=; "đạt 80%" in a target → >=. "Phấn đấu đến năm 2025, ... nằm trong
# nhóm 15 tỉnh, thành phố tốt nhất về chính quyền số" → rank <= 15, 2025.
# Pillar: "Đối với xây dựng đô thị thông minh, 4 mục tiêu được đặt ra là ..."
# leads its own sentence, which holds no number ("4 mục tiêu" is a count of
# objectives, not a quantity); the next sentence "Phấn đấu đến năm 2025 ..."
# is not opened by it → null (a judgement); the first paragraph names no
# pillar → null. Ids: hr.population_digital_skills_share (85%, "dân số có kỹ
# năng số cơ bản", a judgement), egov.level3_4_online_services_share (80%);
# the two places in groups of provinces for "chính quyền điện tử, chính quyền
# số" are not said to be DTI places → no id. Not quantities: "mức độ 3 và 4"
# (names of levels), "4 mục tiêu".
# --------------------------------------------------------------------------
D01 = dict(name="01_thainguyen-muc-tieu-chinh-quyen-so", kind="target", year=2030, records=[
    R("có khoảng «85% dân số", "dân số có kỹ năng số cơ bản", "~", 85, iid="hr.population_digital_skills_share"),
    R("thuộc nhóm «20 tỉnh", "chính quyền điện tử, chính quyền số của tỉnh thuộc tỉnh, thành dẫn đầu cả nước", "<=", 20,
      **RANK),
    R("mức độ 3 và 4 đạt «80%", "thủ tục hành chính đủ điều kiện được cung cấp trực tuyến mức độ 3 và 4", ">=", 80,
      iid="egov.level3_4_online_services_share"),
    R("nằm trong nhóm «15 tỉnh", "Thái Nguyên nằm trong tỉnh, thành phố tốt nhất về chính quyền số trong cả nước", "<=",
      15, **RANK, year=2025),
])

# --------------------------------------------------------------------------
# 02 Thành phố Hồ Chí Minh, Kế hoạch 31/KH-UBND of 27/01/2026 on digital
# citizens (vietnamplus.vn, date 2026-02; phase 1 "hoàn thành trong quý
# II/2026" → targets of 2026). "Thành phố phấn đấu 100% công dân, tổ chức đủ
# điều kiện được cấp thẻ Căn cước và kích hoạt tài khoản định danh điện tử
# VNeID" (>=, 100) and "hỗ trợ chuyển đổi 100% thiết bị 2G sang điện thoại
# thông minh 4G/5G" (>=, 100). Pillar: the phase's title "Phủ sóng hạ tầng và
# danh tính" joins two topics → null (a judgement). No id: the first joins the
# ID card and the VNeID account (society.eid_users_share is the share of people
# with and using an eID account; a judgement), the second has no catalogue
# entry. Not quantities: "4 “trụ cột”" (parts of a programme), "31/KH-UBND",
# "27/01/2026", "quý II/2026", "2G", "4G/5G" (names).
# --------------------------------------------------------------------------
D02 = dict(name="02_tphcm-cong-dan-so-2026", kind="target", year=2026, records=[
    R("phấn đấu «100% công dân", "công dân, tổ chức đủ điều kiện được cấp thẻ Căn cước và kích hoạt tài khoản định danh "
      "điện tử VNeID", ">=", 100),
    R("chuyển đổi «100% thiết bị", "hỗ trợ chuyển đổi thiết bị 2G sang điện thoại thông minh 4G/5G", ">=", 100),
])

# --------------------------------------------------------------------------
# 03 The national committee's review of 2024 (phiên họp lần thứ 10, 6/2/2025),
# as printed by lite.baomoi.com (no date shown; "năm 2024" → 2024). The
# photo (a markdown image line) and its caption cut. The UN e-government rank
# "71/193" stands twice (title and first sentence): two rank records (=, 71,
# rank.un_egdi, 2024: "công bố tháng 9/2024"); "tăng 15 bậc so với 2022" is a
# change (no record). Databases: "Xác lập thêm 4 ... nâng tổng số lên 10",
# "5 ... đã hoàn thành; 3 ... đang triển khai; 2 ... đã có kế hoạch", "thêm
# 678 CSDL, tăng 30%, nâng tổng số CSDL lên 2990": counts (=), each with its
# own subject; "tăng 30%" and "tăng 57%" are changes (NOT). "từ 647 triệu năm
# 2023 lên 1.013 triệu giao dịch trong 2024": the earlier value is a result of
# 2023 (as set47's "vị trí thứ 13 năm 2024"), the later one of 2024. "Năm 2024
# có thêm 21 bộ, ngành, địa phương ban hành danh m[ục]" (the excerpt ends
# there): a count, =. Pillar: "Dữ liệu số và nền tảng số tiếp tục được xây
# dựng, phát triển." is a sentence of its own, not a lead-in → null (as set47's
# 02, a judgement). No id beyond rank.un_egdi (no catalogue count of national
# databases; data.lgsp_transactions_count is a province's LGSP, not the NDXP).
# Not quantities: "lần thứ 10" (ordinal), "6/2", "Đề án 06", "2022".
# --------------------------------------------------------------------------
D03 = dict(name="03_quocgia-phien-hop-10-2024", kind="result", year=2024, records=[
    R("vươn lên thứ «71/193 về", "Việt Nam vươn lên về Chính phủ điện tử", "=", 71, **RANK, iid="rank.un_egdi"),
    R("vị trí thứ «71/193 quốc gia", "Việt Nam vươn lên vị trí thứ quốc gia trong bảng xếp hạng Chính phủ điện tử của Liên "
      "Hợp Quốc", "=", 71, **RANK, iid="rank.un_egdi"),
    R("Xác lập thêm «4 Cơ sở", "Xác lập thêm Cơ sở dữ liệu (CSDL) quốc gia", "=", 4, **CNT),
    R("tổng số lên «10 CSDL", "tổng số CSDL quốc gia", "=", 10, **CNT),
    R("«5 CSDL Quốc gia", "CSDL Quốc gia đã hoàn thành, khai thác sử dụng", "=", 5, **CNT),
    R("«3 CSDL đang", "CSDL đang triển khai", "=", 3, **CNT),
    R("«2 CSDL đã có", "CSDL đã có kế hoạch, bắt đầu triển khai", "=", 2, **CNT),
    R("thêm «678 CSDL", "Các bộ, ngành, địa phương xác lập thêm CSDL", "=", 678, **CNT),
    R("CSDL lên «2990", "tổng số CSDL", "=", 2990, **CNT),
    R("từ «647 triệu", "Giao dịch dữ liệu qua nền tảng tích hợp chia sẻ dữ liệu quốc gia (NDXP)", "=", 647e6, **CNT,
      year=2023),
    R("lên «1.013 triệu giao dịch", "Giao dịch dữ liệu qua nền tảng tích hợp chia sẻ dữ liệu quốc gia (NDXP)", "=",
      1013e6, **CNT),
    R("có thêm «21 bộ", "bộ, ngành, địa phương ban hành danh m", "=", 21, **CNT),
], NOT=["tăng «30%", "tăng «57%"])

# --------------------------------------------------------------------------
# 04 Đồng Nai, its first provincial party congress after the merger (thanhnien.vn,
# date 2025-09; results of the 2020-2025 term → 2025): a precision check, most
# numbers being dates, the congress's participants and durations. Cut: the site
# menu left after the stamp ("Bạn cần biết Tiện ích Liên hệ"), "Chính trị", the
# byline "Lê Lâm" (twice) and "29/09/2025 09:46 GMT+7", the image labels
# "... - Ảnh 1." / "- Ảnh 2.", "ẢNH: BTC" (twice), the caption "Toàn cảnh đại
# hội". Records: "nằm trong nhóm 10 tỉnh, thành cung cấp dịch vụ công dẫn đầu
# cả nước" and "nhóm 14 tỉnh, thành dẫn đầu về chuyển đổi số" (rank, <=; the
# second dti.provincial_rank, a judgement; the first no id: the public-service
# index is not named); the party's shares "94,71%", "94,95%" ("Hằng năm",
# year 2025 from the document, a judgement); growth "7,11%/năm" of 2020-2025
# (year 2025); "694,457 tỉ đồng" recorded as written (decimal comma → 694.457e9
# đồng; the page likely meant 694.457 tỷ, a judgement kept to the contract);
# "153,7 triệu đồng/người" (unit other "đồng/người"); "Kim ngạch xuất khẩu 5 năm
# qua đạt trên 168" (the excerpt ends there, its unit lost: unit other, unit_text
# null, >). Not quantities: "lần thứ I", "2025 - 2030", "2 ngày (29 - 30.9)",
# "450 đại biểu", "65 đại biểu" (the congress's participants), "5 năm" (a
# duration), "29.9". Pillar null. No id on the party and economy figures.
# --------------------------------------------------------------------------
D04 = dict(name="04_dongnai-dai-hoi-precision", kind="result", year=2025, records=[
    R("trong nhóm «10 tỉnh", "Đồng Nai luôn nằm trong tỉnh, thành cung cấp dịch vụ công dẫn đầu cả nước", "<=", 10,
      **RANK),
    R("trong nhóm «14 tỉnh", "Đồng Nai nằm trong tỉnh, thành dẫn đầu về chuyển đổi số", "<=", 14, **RANK,
      iid="dti.provincial_rank"),
    R("có «94,71% tổ chức", "tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên", "=", 94.71),
    R("và «94,95% đảng viên", "đảng viên hoàn thành tốt nhiệm vụ trở lên", "=", 94.95),
    R("của tỉnh đạt «7,11%", "tốc độ tăng trưởng giai đoạn 2020 - 2025 của tỉnh", "=", 7.11),
    R("địa bàn tỉnh đạt «694,457 tỉ đồng", "tổng sản phẩm trên địa bàn tỉnh", "=", 694.457e9, **DONG),
    R("người đạt «153,7 triệu", "GRDP bình quân đầu người", "=", 153.7e6, **DONG_NGUOI),
    R("đạt trên «168", "Kim ngạch xuất khẩu 5 năm qua", ">", 168, unit="other"),
])

# --------------------------------------------------------------------------
# 05 Electronic medical records in the country's hospitals in 2025 (thanhnien.vn,
# date 2026-01; "Năm 2025", "Đến ngày 31.12.2025" → 2025). The photo caption
# ("Bệnh án điện tử giúp giảm ... ẢNH: TUẤN MINH") cut. "Hồ sơ bệnh án điện tử
# tại hơn 1.000 bệnh viện" (the title: count, >); "có 1.062/1.645 bệnh viện
# triển khai ..., đạt 64,6%" (count 1062, =, the denominator left out; share
# 64.6, society.hospitals_emr_share); "50/51 bệnh viện trực thuộc Bộ Y tế đã
# hoàn thành triển khai (trên 98%)" (count 50, =; share >98, no id: the
# Ministry's hospitals only). Not quantities: "bệnh viện quy mô khoảng 1.000
# giường" (a size that sets the case) and "có thể giúp tiết kiệm khoảng 30 - 50
# tỉ đồng mỗi năm" (a possible saving, neither a value reached nor a target; a
# judgement), "31.12.2025". Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_quocgia-benh-an-dien-tu-2025", kind="result", year=2025, records=[
    R("tại hơn «1.000 bệnh viện", "Hồ sơ bệnh án điện tử tại bệnh viện", ">", 1000, **CNT),
    R("có «1.062/1.645", "bệnh viện triển khai hồ sơ bệnh án điện tử", "=", 1062, **CNT),
    R("đạt «64,6%", "bệnh viện triển khai hồ sơ bệnh án điện tử", "=", 64.6, iid="society.hospitals_emr_share"),
    R("«50/51 bệnh viện", "bệnh viện trực thuộc Bộ Y tế đã hoàn thành triển khai", "=", 50, **CNT),
    R("(trên «98%)", "bệnh viện trực thuộc Bộ Y tế đã hoàn thành triển khai", ">", 98),
])

# --------------------------------------------------------------------------
# 06 The national digital economy in 2025 (vietnamplus.vn, date 2026-01; "Năm
# 2025" → 2025). "Tỷ trọng giá trị tăng thêm của kinh tế số trong GDP ước đạt
# 14,02%" (=, econ.digital_economy_gdp_share), "khoảng 72,1 tỷ USD" (~, unit
# other "USD"); "tăng 1,64 lần so với năm 2020" is a change (no record); "các
# ngành kinh tế số lõi chiếm trên 60%" (>); "một số tỉnh, thành phố có tỷ trọng
# đóng góp trong GRDP vượt 20%" (>, no id: not one province's share). Pillar:
# "Kinh tế số phát triển theo cả chiều rộng và chiều sâu, trong đó ..." opens
# with the pillar's name → digital_economy for its sentence (as set47's 12, a
# judgement); the other sentences → null.
# --------------------------------------------------------------------------
D06 = dict(name="06_quocgia-kinh-te-so-2025-vietnamplus", kind="result", year=2025, records=[
    R("ước đạt «14,02%", "Tỷ trọng giá trị tăng thêm của kinh tế số trong GDP", "=", 14.02,
      iid="econ.digital_economy_gdp_share"),
    R("khoảng «72,1 tỷ USD", "giá trị tăng thêm của kinh tế số", "~", 72.1e9, **USD),
    R("chiếm trên «60%", "các ngành kinh tế số lõi chiếm", ">", 60, pillar=ECO),
    R("GRDP vượt «20%", "một số tỉnh, thành phố có tỷ trọng đóng góp trong GRDP", ">", 20),
])

# --------------------------------------------------------------------------
# 07 The national digital economy as published by the statistics office
# (sggp.org.vn, no date shown; "vào năm 2025" → 2025). "vượt mốc 14% GDP"
# (>, 14, econ.digital_economy_gdp_share), "quy mô ước đạt trên 70 tỷ USD" (>),
# "từ mức dưới 13% vào năm 2021" (<, 2021, same id: a value of its own year),
# "lên trên 14% vào năm 2025" (>, 2025, same id), "Thị trường kinh tế số ... ước
# đạt gần 40 tỷ USD" (~). Not quantities: "hai con số" (words). Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_quocgia-kinh-te-so-2025-sggp", kind="result", year=2025, records=[
    R("vượt mốc «14% GDP", "kinh tế số nước ta lần đầu tiên vượt mốc GDP", ">", 14,
      iid="econ.digital_economy_gdp_share"),
    R("ước đạt trên «70 tỷ USD", "quy mô kinh tế số", ">", 70e9, **USD),
    R("mức dưới «13%", "tỷ trọng giá trị tăng thêm của kinh tế số trong GDP", "<", 13, year=2021,
      iid="econ.digital_economy_gdp_share"),
    R("lên trên «14% vào", "tỷ trọng giá trị tăng thêm của kinh tế số trong GDP", ">", 14,
      iid="econ.digital_economy_gdp_share"),
    R("ước đạt gần «40 tỷ USD", "Thị trường kinh tế số đo bằng tổng giá trị giao dịch", "~", 40e9, **USD),
])

# --------------------------------------------------------------------------
# 08 Lạng Sơn, digital government in the first nine months of 2024
# (congthuong.vn, no date shown; "9 tháng năm 2024" → 2024). Cut: the related
# links line that opened the excerpt and the photo caption "Đại diện tỉnh Lạng
# Sơn nhận chứng nhận ... |". Pillar: the heading ""Điểm sáng" phát triển
# chính quyền số" → digital_government on every record under it. Counts (=):
# "410.889 văn bản đi", "3.143.833 văn bản đến", "cấp mới 4.045 chữ ký số cá
# nhân, 68 chữ ký số tổ chức; thu hồi 103 chữ ký số; cấp mới 208 sim ký số",
# "Lũy kế đến nay cấp 30.603 chữ ký số ..., 805 sim ký số"; "100% văn bản điện
# tử gửi đi được thực hiện k[ý số]" (the excerpt ends there; =). Ids:
# egov.digital_certificates_issued_count on the cumulative 30.603 (a
# judgement); none on the rest (documents in the province's own system are not
# the national axis's count). Not quantities: "9 tháng" (period), "4.0" (name).
# --------------------------------------------------------------------------
D08 = dict(name="08_langson-chinh-quyen-so-9-thang-2024", kind="result", year=2024, records=[
    R("toàn tỉnh có «410.889 văn bản", "văn bản đi trên hệ thống", "=", 410889, **CNT, pillar=GOV),
    R("đi, «3.143.833 văn bản", "văn bản đến trên hệ thống", "=", 3143833, **CNT, pillar=GOV),
    R("cấp mới «4.045 chữ ký số", "cấp mới chữ ký số cá nhân", "=", 4045, **CNT, pillar=GOV),
    R("nhân, «68 chữ ký số", "chữ ký số tổ chức", "=", 68, **CNT, pillar=GOV),
    R("thu hồi «103 chữ ký số", "thu hồi chữ ký số", "=", 103, **CNT, pillar=GOV),
    R("cấp mới «208 sim", "cấp mới sim ký số", "=", 208, **CNT, pillar=GOV),
    R("nay cấp «30.603 chữ ký số", "Lũy kế cấp chữ ký số cho tổ chức và cá nhân", "=", 30603, **CNT, pillar=GOV,
      iid="egov.digital_certificates_issued_count"),
    R("cá nhân, «805 sim", "Lũy kế sim ký số", "=", 805, **CNT, pillar=GOV),
    R("«100% văn bản điện tử", "văn bản điện tử gửi đi được thực hiện k", "=", 100, pillar=GOV),
])

# --------------------------------------------------------------------------
# 09 Xã Ân Tường (Gia Lai, a commune of the two-tier model), its "Gia đình số"
# movement for 2026 (baogialai.com.vn, date 2026-01). The photo caption
# "Nhân viên Trung tâm ... Ảnh: Thảo Khuy" cut. "Đến cuối năm 2026, 100% gia
# đình cán bộ, công chức và trên 95% gia đình có đảng viên, đoàn viên đạt
# danh hiệu “Gia đình số”": two targets of 2026 (>= 100; > 95). Scope null:
# the groups of families are the subjects, not administrative levels (a
# judgement). No id. Not quantities: "VNeID mức độ 2" (a level's name).
# Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_gialai-an-tuong-gia-dinh-so-2026", kind="target", year=2026, records=[
    R("năm 2026, «100% gia đình", "gia đình cán bộ, công chức đạt danh hiệu “Gia đình số”", ">=", 100),
    R("trên «95% gia đình", "gia đình có đảng viên, đoàn viên đạt danh hiệu “Gia đình số”", ">", 95),
])

# --------------------------------------------------------------------------
# 10 Xã Vĩnh Hưng (Phú Thọ), grassroots digital transformation (baophutho.vn,
# date 2026-01; "Những ngày đầu năm 2026", "hiện có" → 2026). The photo caption
# "Cán bộ Trung tâm Phục vụ hành chính công hướng dẫn ..." cut. "Toàn xã hiện
# có 25 Tổ công nghệ số cộng đồng với 128 thành viên": two counts (=),
# aware.community_digital_teams_count and aware.community_digital_team_members_count.
# Pillar null. No other number.
# --------------------------------------------------------------------------
D10 = dict(name="10_phutho-vinh-hung-to-cong-nghe-so", kind="result", year=2026, records=[
    R("hiện có «25 Tổ", "Tổ công nghệ số cộng đồng", "=", 25, **CNT, iid="aware.community_digital_teams_count"),
    R("với «128 thành viên", "thành viên Tổ công nghệ số cộng đồng", "=", 128, **CNT,
      iid="aware.community_digital_team_members_count"),
])

# --------------------------------------------------------------------------
# 11 Quảng Ninh, the first months of 2025 (chuyendoiso.baoquangninh.vn, no date
# shown; "Trong những tháng đầu năm 2025" → 2025): a precision check. The one
# quantity: "đến cuối tháng 3 năm nay, 100% hộ gia đình trong toàn tỉnh đã được
# phủ sóng Internet băng rộng" (=, 100). Pillar: the sentence's lead "hạ tầng
# số được đầu tư mạnh mẽ" names the pillar → digital_infrastructure (as set47's
# 01, a judgement). No id (coverage, not connection: infra.households_internet_share
# counts connected households; the fibre entry is fibre only). Not quantities:
# "Kế hoạch số 28/KH-UBND", "Kế hoạch số 34/KH-UBND ngày 3/2/2025", "39 nhiệm vụ
# và 14 dự án trọng tâm" (counts of tasks and projects), "2025-2030", "tháng 3",
# "mức độ 4".
# --------------------------------------------------------------------------
D11 = dict(name="11_quangninh-dau-nam-2025-precision", kind="result", year=2025, records=[
    R("năm nay, «100% hộ gia đình", "hộ gia đình trong toàn tỉnh đã được phủ sóng Internet băng rộng", "=", 100,
      pillar=INFRA),
])

# --------------------------------------------------------------------------
# 12 Lào Cai, online payment in public services (doingoailaocai.vn, no date
# shown): a precision check. "đến cuối tháng 12/2023, Lào Cai là 1 trong 11
# tỉnh, thành phố hoàn thành sớm các mục tiêu của Đề án": the count of
# provinces that met the cashless scheme's targets early (=, 11, 2023; a
# judgement: the count is a result; "1 trong" says Lào Cai is among them and is
# left out). The photo caption "Lào Cai đẩy mạnh thanh toán không dùng tiền
# mặt." cut. Not quantities: "Nghị định 45/2020/NĐ-CP", "2021–2025", "12/2023".
# Pillar null. The excerpt ends in "Cổ".
# --------------------------------------------------------------------------
D12 = dict(name="12_laocai-thanh-toan-so-precision", kind="result", year=2023, records=[
    R("1 trong «11 tỉnh", "tỉnh, thành phố hoàn thành sớm các mục tiêu của Đề án phát triển thanh toán không dùng tiền "
      "mặt", "=", 11, **CNT),
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
