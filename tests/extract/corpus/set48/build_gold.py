#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set48).

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

DONG = dict(unit="other", unit_text="đồng")

# --------------------------------------------------------------------------
# 01 The national Programme of Decision 749/QĐ-TTg, reported by VOV5 (no date
# shown; the programme is of 2020). Targets "đến năm 2025" (the programme's
# name, the economy sentence's own "mục tiêu đến năm 2025") → year 2025 for all;
# a bare number in a target → >=. The lead "(VOV5) - 80% ..." repeats the body's
# first target: both are recorded (one record per statement). "mức độ 4" → the
# full-online id, as the earlier sets. "thuộc nhóm 70 nước về Chính phủ điện tử
# (EGDI)": rank <= 70, rank.un_egdi. Pillar: "Về phát triển kinh tế số, mục tiêu
# đến năm 2025 là ..." is a lead-in naming kinh tế số → digital_economy for its
# sentence (six numbers, the two group ranks IDI and GCI included; the heading
# decides); the sentences before name no pillar → null. "chỉ số cạnh tranh
# (GCI)" is the global competitiveness index → rank.wef_competitiveness (not the
# catalogue's cyber-security GCI). "năng suất lao động hàng năm tăng tối thiểu
# 7%": a target stated as a change (a quantity, >=). NOT: "thuộc nhóm 35 nư" (the
# excerpt ends inside the subject; the group's index is lost; a judgement).
# Not quantities: "3/6", "2025", "2030", "mức độ 4" (a level's name).
# --------------------------------------------------------------------------
D01 = dict(name="01_ca-nuoc-chuong-trinh-749-2020", kind="target", year=2025, records=[
    R("(VOV5) - «80%", "dịch vụ công trực tuyến mức độ 4 được cung cấp trên nhiều phương tiện truy cập khác nhau, "
      "bao gồm cả thiết bị di động", ">=", 80, iid="egov.full_online_services_share"),
    R("Theo đó, «80%", "dịch vụ công trực tuyến mức độ 4 được cung cấp trên nhiều phương tiện truy cập khác nhau, "
      "bao gồm cả thiết bị di động", ">=", 80, iid="egov.full_online_services_share"),
    R("«100% cơ sở dữ liệu quốc gia", "cơ sở dữ liệu quốc gia tạo nền tảng phát triển Chính phủ điện tử được hoàn "
      "thành và kết nối, chia sẻ trên toàn quốc", ">=", 100, iid="data.national_databases_completed_share"),
    R("nhóm «70 nước", "Việt Nam thuộc nhóm nước về Chính phủ điện tử (EGDI)", "<=", 70, **RANK, iid="rank.un_egdi"),
    R("chiếm «20% GDP", "kinh tế số chiếm GDP", ">=", 20, pillar=ECO, iid="econ.digital_economy_gdp_share"),
    R("đạt tối thiểu «10%", "tỷ trọng kinh tế số trong từng ngành, lĩnh vực", ">=", 10, pillar=ECO,
      iid="econ.digital_economy_sector_share"),
    R("tăng tối thiểu «7%", "năng suất lao động hàng năm tăng", ">=", 7, pillar=ECO,
      iid="econ.labour_productivity_growth"),
    R("nhóm «50 nước dẫn đầu về công nghệ", "Việt Nam thuộc nhóm nước dẫn đầu về công nghệ thông tin (IDI)", "<=", 50,
      **RANK, pillar=ECO, iid="rank.itu_idi"),
    R("nhóm «50 nước dẫn đầu về chỉ số", "Việt Nam thuộc nhóm nước dẫn đầu về chỉ số cạnh tranh (GCI)", "<=", 50,
      **RANK, pillar=ECO, iid="rank.wef_competitiveness"),
], NOT=["nhóm «35 nư"])

# --------------------------------------------------------------------------
# 02 Kon Tum, Kế hoạch 4465/KH-UBND "Chuyển đổi số tỉnh Kon Tum năm 2023"
# (thuvienphapluat.vn; issued 30/12/2022): targets of 2023 (the plan's name).
# Heading "a) Hạ tầng số" → digital_infrastructure for the items under it. The
# items are broken over lines as the page prints them; spans end at the line
# break (goldkit's clause rule). "80% dân số ... có điện thoại thông minh" →
# society.adult_smartphone_share (as the earlier sets for "dân số có điện thoại
# thông minh"; a judgement); "70% hộ gia đình ... có đường Internet cáp quang
# băng rộng" → infra.fibre_household_coverage_share (a judgement). NOT: "Trên
# 99,7% thô" (the excerpt ends inside its subject, "thô[n]"; a judgement).
# Not quantities: "4465/KH-UBND", "5406/BTTTT-CĐSQG", dates, footnote marks
# "[1]", "[2]", list numbers "1.", "2.", years.
# --------------------------------------------------------------------------
D02 = dict(name="02_kontum-ke-hoach-cds-2023", kind="target", year=2023, records=[
    R("- «80% dân số", "dân số đảm bảo điều kiện có điện thoại thông minh", ">=", 80, pillar=INFRA,
      iid="society.adult_smartphone_share"),
    R("- «70% hộ gia đình", "hộ gia đình đảm bảo điều kiện có đường Internet cáp quang băng rộng", ">=", 70,
      pillar=INFRA, iid="infra.fibre_household_coverage_share"),
], NOT=["Trên «99,7%"])

# --------------------------------------------------------------------------
# 03 Quảng Bình, the Provincial Party Committee's resolution on digital
# transformation to 2025 (thoibao.online; no date shown). One target: "kinh tế
# số chiếm 20% GRDP ... vào năm 2025" (>=, 2025). The photo caption repeating it
# ("Kinh tế số sẽ góp 20% vào GRDP ...") was cut. Pillar null. A precision text:
# "2025", "2030", "Quyết định 749", "3/6/2020" are not quantities; the excerpt
# ends before the resolution's own list ("đến năm 2025, tỷ").
# --------------------------------------------------------------------------
D03 = dict(name="03_quangbinh-nghi-quyet-cds-2025", kind="target", year=2025, records=[
    R("chiếm «20% GRDP", "kinh tế số chiếm GRDP của tỉnh", ">=", 20, iid="econ.digital_economy_gdp_share"),
])

# --------------------------------------------------------------------------
# 04 Sóc Trăng's working session with the Ministry of Information and
# Communications (ictnews; "Chiều 4/1", no year shown) — a precision text. Two
# quantities: the subheading's target "kinh tế số chiếm 10% cơ cấu vào năm 2025"
# (>=, 2025; the economy's structure read as GRDP share, a judgement) and the
# result "đã kết nối cho 100% các sở, ban, ngành, UBND cấp huyện" (=, year null:
# the text names none). Not quantities: the province's profile "231km", "62km",
# "3.300 km2", "1,1 triệu người" (geography and population, not indicators of
# digital transformation), "4/1".
# --------------------------------------------------------------------------
D04 = dict(name="04_soctrang-lam-viec-bo-tttt-precision", kind="result", year=None, records=[
    R("chiếm «10% cơ cấu", "Sóc Trăng muốn kinh tế số chiếm cơ cấu", ">=", 10, kind="target", year=2025,
      iid="econ.digital_economy_gdp_share"),
    R("kết nối cho «100%", "hệ thống mạng truyền số liệu chuyên dùng của các cơ quan Đảng, Nhà nước đã kết nối cho "
      "các sở, ban, ngành, UBND cấp huyện trong tỉnh", "=", 100, iid="infra.specialised_network_connection_share"),
])

# --------------------------------------------------------------------------
# 05 The National Committee on Digital Transformation's plan for 2022
# (doanhnhansaigon.vn, byline 17/03/2022 → `date 2022-03`; the title printed a
# second time as a caption was cut). Targets of 2022 ("trong năm 2022",
# "năm 2022"); "đạt X" in a target → >=. Pillar: "Cụ thể, về phát triển Chính
# phủ số, mục tiêu đặt ra trong năm 2022 là ..." is a lead-in naming Chính phủ
# số → digital_government for its sentence (80%, 50%, 100%); the paragraph
# "Cùng với đó, tỷ lệ báo cáo ... đạt 50%" names no pillar → null; the title and
# the first paragraph (85%, 75%) → null ("Bên cạnh các mục tiêu về phát triển hạ
# tầng số" only refers back to them). The bracket of dates after 100% holds no
# quantity. Ids: society.adult_smartphone_share (a judgement, "dân số"),
# infra.fibre_household_coverage_share, egov.online_services_with_applications_share,
# egov.online_applications_share, egov.digitised_procedure_results_share,
# egov.online_reporting_share (reports done online; a judgement).
# Not quantities: "1/6/2022", "1/12/2022", the `date` line.
# --------------------------------------------------------------------------
D05 = dict(name="05_ca-nuoc-ke-hoach-ubqg-2022", kind="target", year=2022, records=[
    R("phấn đấu đạt «85% dân số", "Việt Nam phấn đấu dân số có điện thoại thông minh", ">=", 85,
      iid="society.adult_smartphone_share"),
    R("băng rộng đạt «75%", "tỷ lệ hộ gia đình có đường Internet cáp quang băng rộng", ">=", 75,
      iid="infra.fibre_household_coverage_share"),
    R("phát sinh hồ sơ đạt «80%", "tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ", ">=", 80, pillar=GOV,
      iid="egov.online_services_with_applications_share"),
    R("xử lý trực tuyến đạt «50%", "tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến", ">=", 50, pillar=GOV,
      iid="egov.online_applications_share"),
    R("thủ tục hành chính đạt «100%", "tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", ">=", 100,
      pillar=GOV, iid="egov.digitised_procedure_results_share"),
    R("thực hiện trực tuyến đạt «50%", "tỷ lệ báo cáo của các cơ quan hành chính nhà nước được thực hiện trực tuyến",
      ">=", 50, iid="egov.online_reporting_share"),
])

# --------------------------------------------------------------------------
# 06 Vietnam ICT Index 2020 of ministries (toquoc.vn; no date shown; the report
# "năm 2020" → results of 2020, year 2020). The sapo repeats the body's first
# sentence: both are recorded. "3 vị trí dẫn đầu ... thuộc về Bộ Tài chính, ..."
# → rank <= 3 (a group of places, as "nhóm 20 tỉnh dẫn đầu"). "xếp vị trí thứ 4"
# → rank =. "là 2 bộ đã đưa 100% dịch vụ công lên trực tuyến mức 4": a count of
# ministries (=) and the share they reached (=, the full-online id as "mức độ 4"
# in earlier sets). "lọt vào Top 5", "có tên trong Top 10" → rank <=. "giảm 4 bậc
# từ vị trí thứ 7 xuống vị trí thứ 11": the earlier place 7 is a result of the
# year before, which the text names only as "năm ngoái" → year null (set47's
# rule for a stated earlier place; a judgement); 11 → rank =, 2020. Ministries'
# ranks carry no id (rank.ict_index is the provinces'). Not quantities: "nhóm 17
# bộ" (the group ranked), the changes "tăng 1 bậc", "tăng 5 bậc", "tăng 3 bậc",
# "giảm 4 bậc", "mức 4", "2020".
# --------------------------------------------------------------------------
D06 = dict(name="06_ca-nuoc-ict-index-2020-bo-nganh", kind="result", year=2020, records=[
    R("Quốc) - Theo kết quả xếp hạng, ở nhóm 17 bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ có dịch vụ công, «3 vị trí",
      "vị trí dẫn đầu về mức độ sẵn sàng cho phát triển và ứng dụng CNTT-TT thuộc về Bộ Tài chính, Bảo hiểm xã hội "
      "Việt Nam và Bộ Văn hóa, Thể thao và Du lịch", "<=", 3, **RANK),
    R("\nTheo kết quả xếp hạng, ở nhóm 17 bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ có dịch vụ công, «3 vị trí",
      "vị trí dẫn đầu về mức độ sẵn sàng cho phát triển và ứng dụng CNTT-TT thuộc về Bộ Tài chính, Bảo hiểm xã hội "
      "Việt Nam và Bộ Văn hóa, Thể thao và Du lịch", "<=", 3, **RANK),
    R("xếp vị trí thứ «4", "Bộ TT&TT xếp vị trí", "=", 4, **RANK),
    R("hiện là «2 bộ", "Bộ TT&TT và Bộ Y tế là bộ đã đưa dịch vụ công lên trực tuyến mức 4", "=", 2, **CNT),
    R("đã đưa «100%", "Bộ TT&TT và Bộ Y tế đã đưa dịch vụ công lên trực tuyến mức 4", "=", 100,
      iid="egov.full_online_services_share"),
    R("lọt vào Top «5", "Bộ Công Thương lọt vào Top", "<=", 5, **RANK),
    R("trong Top «10", "Bộ KH&CN và Bộ Giao thông Vận tải có tên trong Top", "<=", 10, **RANK),
    R("từ vị trí thứ «7", "Bộ GD&ĐT vị trí", "=", 7, **RANK, year=None),
    R("xuống vị trí thứ «11", "Bộ GD&ĐT xuống vị trí", "=", 11, **RANK),
])

# --------------------------------------------------------------------------
# 07 Bến Tre, results of its digital-transformation scheme 2020-2025 (sggp.org.vn;
# no date shown, no year of the results named → year null). "là 1 trong 23 tỉnh,
# thành phố trong cả nước cung cấp 100% dịch vụ công trực tuyến mức 3, 4": the
# province's share (=, egov.level3_4_online_services_share) and the national count
# of provinces doing so (=, count); "là 1 trong 2 tỉnh đầu tiên tích hợp ..." → a
# count of provinces (=, 2). The "1" of "1 trong" (membership) is not recorded (a
# judgement). Pillar null. Not quantities: "2020-2025", "2025", "2030", "mức 3, 4".
# --------------------------------------------------------------------------
D07 = dict(name="07_bentre-cds-ket-qua-dvc", kind="result", year=None, records=[
    R("1 trong «23 tỉnh", "tỉnh, thành phố trong cả nước cung cấp dịch vụ công trực tuyến mức 3, 4", "=", 23, **CNT),
    R("cung cấp «100% dịch vụ", "Bến Tre cung cấp dịch vụ công trực tuyến mức 3, 4", "=", 100,
      iid="egov.level3_4_online_services_share"),
    R("1 trong «2 tỉnh đầu tiên", "tỉnh đầu tiên tích hợp thành công dịch vụ chứng thực chữ ký số theo mô hình ký số "
      "trên thiết bị di động và ký số từ xa vào Cổng dịch vụ công của tỉnh", "=", 2, **CNT),
])

# --------------------------------------------------------------------------
# 08 Bến Tre announces its scheme 2020-2025 (congnghe.vn; "hôm 20/10", no year
# shown; the title printed three times, the second and third printing and a
# photo caption cut). One quantity: the scheme's budget "chi gần 1.300 tỷ đồng"
# (money, unit other "đồng", 1.3e12; "gần" → ~; planned spending of the scheme →
# target, year 2025, the end of the scheme's period; a judgement), id
# inst.dx_funding_amount. Not quantities: "3 mục tiêu" (a count of aims), "20/10",
# "2020-2025", "2025", "2030". Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_bentre-de-an-cds-2020-kinh-phi", kind="target", year=2025, records=[
    R("chi gần «1.300 tỷ đồng", "Bến Tre chi chuyển đổi số", "~", 1300e9, **DONG, iid="inst.dx_funding_amount"),
])

# --------------------------------------------------------------------------
# 09 The digital economy's share of GRDP by province, from the Annual Report on
# Vietnam's Digital Economy 2022 (ef.itpc.gov.vn; no date shown) → results of
# 2022. Each province's share is a result (=) with `place`; the id
# econ.digital_economy_gdp_share. The title "Hà Nội, TP.HCM không nằm trong top 5
# ..." → rank > 5 (a negated group; a judgement); "Đứng thứ 2 ... là Thái Nguyên"
# and "đứng thứ 6 và 7" → ranks =. "chỉ có 17 tỉnh ... trên 10%", "5 địa phương
# trên 20%", "13 địa phương từ 10- 20%", "43 địa phương từ 5- 10%", "2 địa phương
# dưới 5%": counts of provinces (=); the class bounds 10%, 20%, 10-20%, 5-10%, 5%
# are NOT (bounds of a class, not values reached). Repeated values in the
# comparison sentence (Bắc Ninh 56,83%, Quảng Ngãi 4,21%) are recorded again.
# Not quantities: "hơn 13 lần" (a ratio between two values), "5 địa phương có tỷ
# trọng ... thấp nhất" (the size of a listed group; a judgement), "Nhóm 5 tỉnh
# dẫn đầu về kinh tế số ICT", "nhóm 10 địa phương thu hút ... FDI" (FDI is not a
# digital indicator), "2022". Pillar null.
# --------------------------------------------------------------------------
GR = dict(iid="econ.digital_economy_gdp_share")
IND9 = "tỷ trọng Kinh tế số trên GRDP"
D09 = dict(name="09_ca-nuoc-kinh-te-so-grdp-tinh-2022", kind="result", year=2022, records=[
    R("top «5 địa phương", "Hà Nội, TP.HCM không nằm trong địa phương đang dẫn đầu cả nước về tỷ trọng kinh tế số "
      "trên GRDP", ">", 5, **RANK),
    R("GRDP là «56,83%", "tỉnh Bắc Ninh đứng đầu cả nước về tỷ trọng Kinh tế số trên GRDP", "=", 56.83,
      place="Bắc Ninh", **GR),
    R("Đứng thứ «2", "Đứng bảng xếp hạng là Thái Nguyên với tỷ trọng Kinh tế số trên GRDP", "=", 2, **RANK,
      place="Thái Nguyên"),
    R("GRDP «42,92%", "Thái Nguyên với tỷ trọng Kinh tế số trên GRDP", "=", 42.92, place="Thái Nguyên", **GR),
    R("Bắc Giang («42,13%", IND9, "=", 42.13, place="Bắc Giang", **GR),
    R("Hải Phòng («29,48%", IND9, "=", 29.48, place="Hải Phòng", **GR),
    R("Vĩnh Phúc («22,87%", IND9, "=", 22.87, place="Vĩnh Phúc", **GR),
    R("Đà Nẵng («19,76%", IND9, "=", 19.76, place="Đà Nẵng", **GR),
    R("đứng thứ «6 và", "Tp.HCM đứng xếp hạng", "=", 6, **RANK, place="Tp.HCM"),
    R("6 và «7 xếp hạng", "Hà Nội đứng xếp hạng", "=", 7, **RANK, place="Hà Nội"),
    R("tương ứng «18,66%", "Tp.HCM tỷ trọng", "=", 18.66, place="Tp.HCM", **GR),
    R("và «17,15%", "Hà Nội tỷ trọng", "=", 17.15, place="Hà Nội", **GR),
    R("chỉ có «17 tỉnh", "tỉnh thành phố có tỷ trọng Kinh tế số trên GRDP trên", "=", 17, **CNT),
    R("có «5 địa phương trên", "địa phương trên", "=", 5, **CNT),
    R("«13 địa phương từ", "địa phương theo nhóm tỷ trọng từ 10- 20", "=", 13, **CNT),
    R("«43 địa phương từ", "địa phương theo nhóm tỷ trọng từ 5- 10", "=", 43, **CNT),
    R("có «2 địa phương dưới", "địa phương dưới là Bạc Liêu và Quảng Ngãi", "=", 2, **CNT),
    R("Tây Ninh («5,78%", "tỷ trọng kinh tế số thấp nhất là Tây Ninh", "=", 5.78, place="Tây Ninh", **GR),
    R("Tiền Giang («5,73%", "tỷ trọng kinh tế số Tiền Giang", "=", 5.73, place="Tiền Giang", **GR),
    R("Bình Thuận («5,16%", "tỷ trọng kinh tế số Bình Thuận", "=", 5.16, place="Bình Thuận", **GR),
    R("Bạc Liêu («4,87%", "tỷ trọng kinh tế số Bạc Liêu", "=", 4.87, place="Bạc Liêu", **GR),
    R("và Quảng Ngãi («4,21%", "tỷ trọng kinh tế số Quảng Ngãi", "=", 4.21, place="Quảng Ngãi", **GR),
    R("Bắc Ninh («56,83%", "tỉnh đứng đầu là Bắc Ninh", "=", 56.83, place="Bắc Ninh", **GR),
    R("cuối bảng («4,21%", "Quảng Ngãi đứng cuối bảng", "=", 4.21, place="Quảng Ngãi", **GR),
], NOT=["GRDP trên «10%", "địa phương trên «20%", "từ «10- 20%", "từ «5- 10%", "dưới «5% là"])

# --------------------------------------------------------------------------
# 10 The same annual report of 2022, national figures (diendandoanhnghiep.vn
# print page; no date shown; the link line ">>>Tiềm năng lớn ..." cut). Results:
# the digital economy's share of GDP "năm 2021 là 11,91%" (2021) and "trong năm
# 2022, đạt 14,26%" (2022), id econ.digital_economy_gdp_share; "kinh tế số ICT ...
# có tỷ trọng đóng góp hơn 9% vào GDP" (>, 2022, no id: a part of the digital
# economy); counts of provinces by class (=, 2022) with the class bounds NOT, as
# 09; Bắc Ninh "đạt 56,83%" (=, place). Not quantities: "5 tỉnh dẫn đầu về kinh
# tế số ICT", "4/5 tỉnh, thành" (a count of provinces among FDI leaders), "nhóm
# 10 địa phương thu hút ... FDI". Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_ca-nuoc-kinh-te-so-gdp-2021-2022", kind="result", year=2022, records=[
    R("năm 2021 là «11,91%", "tỷ trọng kinh tế số trên GDP của cả nước", "=", 11.91, year=2021,
      iid="econ.digital_economy_gdp_share"),
    R("đạt «14,26%", "tỷ trọng kinh tế số trên GDP của cả nước", "=", 14.26, iid="econ.digital_economy_gdp_share"),
    R("đóng góp hơn «9%", "kinh tế số ICT (công nghiệp công nghệ thông tin và dịch vụ viễn thông) có tỷ trọng đóng "
      "góp vào GDP", ">", 9),
    R("có «5 địa phương có", "địa phương có tỷ trọng kinh tế số trên", "=", 5, **CNT),
    R("«13 địa phương có", "địa phương có tỷ trọng từ 10 - 20", "=", 13, **CNT),
    R("«43 địa phương có", "địa phương có tỷ trọng từ 5 - 10", "=", 43, **CNT),
    R("có «2 địa phương đạt", "địa phương đạt tỷ trọng dưới", "=", 2, **CNT),
    R("cao nhất, đạt «56,83%", "Bắc Ninh đã trở thành địa phương có tỷ trọng kinh tế số trên GRDP cao nhất", "=",
      56.83, place="Bắc Ninh", iid="econ.digital_economy_gdp_share"),
], NOT=["số trên «20%", "từ «10 - 20%", "từ «5 - 10%", "dưới «5%"])

# --------------------------------------------------------------------------
# 11 Đỉnh Bàn commune (Hà Tĩnh) launches its community digital-transformation
# teams, 19/12/2022 (the commune's site; no byline date) → results of 2022. "Tổ
# chuyển đổi số cộng đồng xã gồm có 03 thành viên ... và 08 tổ chuyển đỏi số cộng
# đồng thôn gồm 24 thành viên": three counts (=); the levels xã / thôn are part of
# each subject (the commune's team, the villages' teams), so scope null (a
# judgement). Ids: aware.community_digital_team_members_count (3, 24),
# aware.community_digital_teams_count (8). Not quantities: "4 mũi mục tiêu", "4
# mục tiêu" (counts of aims), "2021 - 2025", "2030", "19/12/2022". Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_dinhban-to-cds-cong-dong-2022", kind="result", year=2022, records=[
    R("gồm có «03 thành viên", "Tổ chuyển đổi số cộng đồng xã gồm có thành viên", "=", 3, **CNT,
      iid="aware.community_digital_team_members_count"),
    R("và «08 tổ", "tổ chuyển đỏi số cộng đồng thôn", "=", 8, **CNT, iid="aware.community_digital_teams_count"),
    R("gồm «24 thành viên", "tổ chuyển đỏi số cộng đồng thôn gồm thành viên", "=", 24, **CNT,
      iid="aware.community_digital_team_members_count"),
])

# --------------------------------------------------------------------------
# 12 Định Tân commune (Yên Định, Thanh Hóa), results under its plan 2022-2025
# (vietnamnet.vn; no date shown; "Hiện nay" with no year → year null). Four
# results (=): officials using official e-mail (egov.official_email_use_share),
# documents handled in the digital environment (egov.electronic_documents_share,
# as the earlier sets for "văn bản đi - đến"), procedures received and handled
# on the one-stop system (no id), applications received online
# (egov.online_applications_share). Not quantities: "2022 - 2025", "2030".
# Pillar null.
# --------------------------------------------------------------------------
D12 = dict(name="12_dinhtan-xa-cds-ket-qua", kind="result", year=None, records=[
    R("Hiện nay, «100%", "cán bộ, công chức xã sử dụng email công vụ, có tài khoản sử dụng trên các phần mềm dùng "
      "chung của tỉnh", "=", 100, iid="egov.official_email_use_share"),
    R("«100% văn bản", "văn bản đi - đến trong môi trường số được xử lý, luân chuyển theo đúng quy định", "=", 100,
      iid="egov.electronic_documents_share"),
    R("«100% hồ sơ và", "hồ sơ và thủ tục hành chính cấp xã được tiếp nhận, giải quyết trên hệ thống Một cửa điện tử",
      "=", 100),
    R("trực tuyến đạt «100%", "tỷ lệ hồ sơ tiếp nhận trực tuyến", "=", 100, iid="egov.online_applications_share"),
])

# --------------------------------------------------------------------------
# 13 Cần Thơ's intelligent operations centre (IOC) goes live (viettimes.vn, stamp
# 2021-05 → `date 2021-05`) → a result of 2021: "IOC Cần Thơ thí điểm giám sát 8
# lĩnh vực" (count, =, city.ioc_services_count). No heading → pillar null (the
# text is about the smart city, but no heading or lead-in names it; a
# judgement). The rest names technologies only.
# --------------------------------------------------------------------------
D13 = dict(name="13_cantho-ioc-2021", kind="result", year=2021, records=[
    R("giám sát «8 lĩnh vực", "IOC Cần Thơ thí điểm giám sát lĩnh vực", "=", 8, **CNT, iid="city.ioc_services_count"),
])

# --------------------------------------------------------------------------
# 14 Vietnam ICT Index 2020 (ictvietnam.vn print page; "Ngày đăng : 09:20,
# 28/04/2021" cut → `date 2021-04`) — a precision text: results of 2020 (the
# index's year). Three group ranks (<=): ministries' "là 5 đơn vị đứng đầu"
# (overall), "là 5 đơn vị dẫn đầu" (IT application), provinces' "trong top 5
# dẫn đầu" (rank.ict_index; the four provinces in one record, no `place`).
# Not quantities: "3 năm liên tiếp" (a duration), "2018 - 2020", "trong 7 đơn vị
# được xếp hạng", "34 ngân hàng được xếp hạng", "13 tập đoàn, tổng công ty tham
# gia xếp hạng" (the ranked participants), "năm thứ 3 liên tiếp" (an ordinal of
# years); first places written in words ("đứng đầu", "dẫn đầu") carry no digit.
# --------------------------------------------------------------------------
D14 = dict(name="14_ca-nuoc-ict-index-2020-precision", kind="result", year=2020, records=[
    R("là «5 đơn vị đứng đầu", "Bộ Tài chính, Bảo hiểm Xã hội Việt Nam, Bộ Văn hóa Thể thao và Du lịch, Bộ TT&TT, Bộ "
      "Công thương là đơn vị đứng đầu xếp hạng chung các bộ, cơ quan ngang bộ, cơ quan thuộc chính phủ có dịch vụ công",
      "<=", 5, **RANK),
    R("là «5 đơn vị dẫn đầu", "Về xếp hạng ứng dụng CNTT, Bộ Y tế, Bộ TT&TT, Bộ Văn hóa-Thể thao và Du lịch, Bộ Tài "
      "chính, Ngân hàng Nhà nước Việt Nam là đơn vị dẫn đầu", "<=", 5, **RANK),
    R("trong top «5 dẫn đầu", "các tỉnh Thừa Thiên Huế, Quảng Ninh, Cần Thơ, TP. Hồ Chí Minh trong dẫn đầu Chỉ số "
      "ICT Index", "<=", 5, **RANK, iid="rank.ict_index"),
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
