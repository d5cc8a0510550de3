#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set61).

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


DIEM = dict(unit="other", unit_text="điểm")
DONG = dict(unit="other", unit_text="đồng")
USD = dict(unit="other", unit_text="USD")
DN1000 = dict(unit="other", unit_text="DN/1.000 dân")

DTC = "econ.digital_tech_enterprises_count"
DTK = "econ.digital_tech_enterprises_per_1000"
KTS = "econ.digital_economy_gdp_share"

# --------------------------------------------------------------------------
# 01 Bắc Giang, interview with the Department of Information and
# Communications on two years of Resolution 111-NQ/TU (vccinews.vn, byline
# 20/12/2022 → date 2022-12; "Năm 2022" → document year 2022): a precision
# check. The one quantity is the DTI place "đứng thứ 10/63" of the DTI
# "năm 2021" (rank, =, year 2021, dti.provincial_rank). Not quantities:
# "hơn 2 năm" (a duration), "111-NQ/TU", "11/6/2021", "2021 - 2025", "2030";
# "01 Nghị quyết, 16 Quyết định, 23 Kế hoạch, 26 văn bản chỉ đạo" (documents
# issued: instruments, read like counts of tasks; a judgement); "06 định
# hướng ... và 22 nhiệm vụ, giải pháp" (counts of tasks, contract); "63"
# (the denominator). Pillar null ("Về phát triển hạ tầng số:" opens the last,
# cut line and holds no number).
# --------------------------------------------------------------------------
D01 = dict(name="01_bacgiang-nghi-quyet-111-ket-qua-2022-precision", kind="result", year=2022, records=[
    R("đứng thứ «10/63", "chỉ số chuyển đổi số - DTI tỉnh Bắc Giang năm 2021 đứng thứ tỉnh, thành phố", "=", 10,
      **RANK, year=2021, iid="dti.provincial_rank"),
])

# --------------------------------------------------------------------------
# 02 Digital technology enterprises, national count and the provinces'
# densities (sggp.org.vn, no date shown; "Dự báo năm 2022" and "so với tháng
# 12-2021" → document year 2022, a judgement). "ước đạt 67.300 DN" (=, count,
# econ.digital_tech_enterprises_count); "xấp xỉ 0,69 DN/1.000 dân" (~, unit
# other, econ.digital_tech_enterprises_per_1000); "(bằng 98% kế hoạch năm là
# 0,7 DN/1.000 dân)": 98% is a standing against the plan (NOT, as set47),
# the plan's "là 0,7" is a target of 2022 (>=). Earlier levels "45.600 DN năm
# 2019", "58.000 DN năm 2020", "64.000 DN năm 2021": results of their years
# (a level stated for its year is not the change itself, as set47's 02).
# "Dự báo năm 2022 Việt Nam sẽ có 70.000 DN": the year's plan figure (the same
# MIC release calls it "Mục tiêu kế hoạch đặt ra năm 2022") → target >=, a
# judgement. The four cities' densities "(3,19)" etc.: results with `place`,
# unit other; "chiếm hơn 72%" (>, no id); "chỉ ở mức 0,07" (the low provinces'
# value) and "tỷ lệ trung bình chung (0,677)" (=, per_1000). Not quantities:
# "tăng 3.422 DN so với tháng 12-2021" (a change), "4 địa phương" (the
# group's size), "12-2021". Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_ca-nuoc-doanh-nghiep-cong-nghe-so-dia-phuong-2022", kind="result", year=2022, records=[
    R("ước đạt «67.300 DN", "số doanh nghiệp (DN) công nghệ số Việt Nam", "=", 67300, **CNT, iid=DTC),
    R("xấp xỉ «0,69 DN", "tỷ lệ DN/1.000 dân", "~", 0.69, **DN1000, iid=DTK),
    R("năm là «0,7 DN", "kế hoạch năm tỷ lệ DN/1.000 dân", ">=", 0.7, **DN1000, **T, iid=DTK),
    R("từ mức «45.600 DN", "số lượng DN công nghệ số Việt Nam năm 2019", "=", 45600, **CNT, year=2019, iid=DTC),
    R("lên «58.000 DN", "số lượng DN công nghệ số Việt Nam năm 2020", "=", 58000, **CNT, year=2020, iid=DTC),
    R("đạt «64.000 DN", "số lượng DN công nghệ số Việt Nam năm 2021", "=", 64000, **CNT, year=2021, iid=DTC),
    R("sẽ có «70.000 DN", "Dự báo năm 2022 Việt Nam sẽ có DN công nghệ số", ">=", 70000, **CNT, **T, iid=DTC),
    R("TPHCM («3,19)", "tỷ lệ DN công nghệ số/1.000 TPHCM", "=", 3.19, **DN1000, place="TPHCM", iid=DTK),
    R("Hà Nội («2,29)", "tỷ lệ DN công nghệ số/1.000 Hà Nội", "=", 2.29, **DN1000, place="Hà Nội", iid=DTK),
    R("Đà Nẵng («2,24)", "tỷ lệ DN công nghệ số/1.000 Đà Nẵng", "=", 2.24, **DN1000, place="Đà Nẵng", iid=DTK),
    R("Bắc Ninh («1,02)", "tỷ lệ DN công nghệ số/1.000 Bắc Ninh", "=", 1.02, **DN1000, place="Bắc Ninh", iid=DTK),
    R("chiếm hơn «72%", "Tổng số DN công nghệ số của 4 tỉnh thành này chiếm số DN công nghệ số của cả nước", ">", 72),
    R("ở mức «0,07", "nhiều tỉnh, thành tỷ lệ DN công nghệ số/1.000 dân", "=", 0.07, **DN1000, iid=DTK),
    R("chung («0,677)", "tỷ lệ trung bình chung DN công nghệ số/1.000 dân", "=", 0.677, **DN1000, iid=DTK),
], NOT=["bằng «98% kế hoạch"])

# --------------------------------------------------------------------------
# 03 The SMEdx programme for small and medium enterprises, end of September
# 2022 (vietnet24h.vn, no date shown; "tính đến hết tháng 9/2022" → 2022).
# "khoảng 490.923 doanh nghiệp nhỏ và vừa" reached (~, count) and "trên
# 62.000 doanh nghiệp" using its platforms (>, count): both
# econ.smedx_enterprises_count ("tiếp cận, tham gia"). Shares "chiếm 61%",
# "chiếm 13%" (=, no id: 13% is of the SMEs reached, not of all SMEs, so not
# econ.sme_digital_platforms_share; a judgement). Growth rates "đạt mức tăng
# trưởng trung bình 20%/tháng" and "tốc độ tăng trưởng trung bình hàng tháng
# khoảng 15%": the rate is itself the indicator (as set47's "ước đạt tăng
# trưởng 22,4%"), recorded (=, ~). The ten platform groups' shares "(39,8%)"
# ... "(0,1%)": results, each with its own subject (contract's breakdown case).
# Not quantities: "từ 3 - 6 tháng" (a duration), "dưới 50 người" (the size
# that qualifies a firm), "9 nhóm nền tảng" (the programme's parts),
# "tháng 9/2022". Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_ca-nuoc-smedx-doanh-nghiep-nho-va-vua-2022", kind="result", year=2022, records=[
    R("khoảng «490.923 doanh", "doanh nghiệp nhỏ và vừa Chương trình hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số "
      "(SMEdx) đã tiếp cận được", "~", 490923, **CNT, iid="econ.smedx_enterprises_count"),
    R("chiếm «61% tổng", "doanh nghiệp nhỏ và vừa SMEdx tiếp cận chiếm tổng số doanh nghiệp trên cả nước", "=", 61),
    R("trung bình «20%/tháng", "mức tăng trưởng trung bình/tháng", "=", 20),
    R("đạt trên «62.000 doanh", "tổng số doanh nghiệp nhỏ và vừa sử dụng các nền tảng của Chương trình SMEdx", ">",
      62000, **CNT, iid="econ.smedx_enterprises_count"),
    R("chiếm «13% tổng", "doanh nghiệp nhỏ và vừa sử dụng các nền tảng của Chương trình SMEdx chiếm tổng số lượng "
      "doanh nghiệp nhỏ và vừa tiếp cận chương trình", "=", 13),
    R("hàng tháng khoảng «15%", "tốc độ tăng trưởng trung bình hàng tháng", "~", 15),
    R("nhiều («39,8%)", "nền tảng quản trị tổng thể doanh nghiệp được các doanh nghiệp triển khai sử dụng", "=", 39.8),
    R("tổ chức («17%)", "nền tảng nhân sự, tổ chức", "=", 17),
    R("khách sạn («16%)", "nền tảng du lịch, khách sạn", "=", 16),
    R("công nghệ («14%)", "nền tảng hạ tầng công nghệ", "=", 14),
    R("tài chính («10%)", "nền tảng kế toán tài chính", "=", 10),
    R("khách hàng («1,2%)", "nền tảng quảng cáo, tiếp thị, chăm sóc khách hàng", "=", 1.2),
    R("trực tuyến («0,7%)", "nền tảng giáo dục trực tuyến", "=", 0.7),
    R("logistic («0,5%)", "nền tảng vận tải, logistic", "=", 0.5),
    R("an ninh mạng («0,3%)", "nền tảng an toàn, an ninh mạng", "=", 0.3),
    R("xã hội («0,1%)", "nền tảng mạng xã hội", "=", 0.1),
])

# --------------------------------------------------------------------------
# 04 Yên Bái city (then a district-level city of Yên Bái province),
# "Công dân số" results (baoyenbai.com.vn, no date shown, no year named →
# year null). "100% xã, phường, thị trấn, thôn, bản, tổ dân phố ... đã thành
# lập tổ CĐS cộng đồng": one record, scope null (one value for communes and
# villages together, not a split), aware.community_digital_teams_share (the
# catalogue's share of villages with a team; communes joined in, a
# judgement). "mở mới gần 10.000 tài khoản" (~, count, no id: bank accounts
# of persons, organisations, households), "Gần 50.000 công dân được tạo tài
# khoản trên Cổng Dịch vụ công quốc gia, đạt gần 50%" (two records, ~),
# "trên 92.000 người được cấp" (>, count; the excerpt ends there). Not a
# quantity: "15 xã, phường" (where the sample survey was made). Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_yenbai-thanh-pho-cong-dan-so", kind="result", year=None, records=[
    R("Đến nay, «100% xã", "xã, phường, thị trấn, thôn, bản, tổ dân phố của thành phố Yên Bái đã thành lập tổ CĐS "
      "cộng đồng", "=", 100, iid="aware.community_digital_teams_share"),
    R("mở mới gần «10.000 tài", "tài khoản cho cá nhân, tổ chức, hộ kinh doanh mở mới", "~", 10000, **CNT),
    R("Gần «50.000 công", "công dân được tạo tài khoản trên Cổng Dịch vụ công quốc gia", "~", 50000, **CNT),
    R("đạt gần «50%", "công dân được tạo tài khoản trên Cổng Dịch vụ công quốc gia", "~", 50),
    R("trên «92.000 người", "người được cấp", ">", 92000, **CNT),
])

# --------------------------------------------------------------------------
# 05 Nghệ An and the Provincial Innovation Index (PII) 2024 (baonghean.vn,
# stamp 2025-01; "năm 2024" → 2024). PII points "60,76 điểm" etc.: index
# values, unit other "điểm"; Lai Châu's "với 22,87" has no unit word →
# unit_text null (contract). Places "xếp hạng 1", "(hạng 2)" ... "(hạng 10)",
# "xếp hạng 63/62/61/37": rank results (=), each with `place` when the
# province is not Nghệ An. The headline's "Nghệ An xếp hạng 37" is recorded
# like the body's (a quantity stated in the text's first line). No catalogue
# id (the PII is not in the catalogue; rank.wipo_gii is the global index).
# Not quantities: "giảm 4 bậc, giảm 3,81 điểm" (changes against 2023). The
# photo caption naming "10 địa phương" was cut. Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_nghean-pii-2024", kind="result", year=2024, records=[
    R("Nghệ An xếp hạng «37 về", "Nghệ An xếp hạng Chỉ số đổi mới sáng tạo cấp địa phương", "=", 37, **RANK),
    R("đạt «60,76 điểm", "Hà Nội điểm số cao nhất", "=", 60.76, **DIEM, place="Hà Nội"),
    R("xếp hạng «1. Tiếp", "Hà Nội xếp hạng", "=", 1, **RANK, place="Hà Nội"),
    R("Minh (hạng «2)", "TP. Hồ Chí Minh hạng", "=", 2, **RANK, place="Hồ Chí Minh"),
    R("Hải Phòng (hạng «3)", "Hải Phòng hạng", "=", 3, **RANK, place="Hải Phòng"),
    R("Vũng Tàu (hạng «4)", "Bà Rịa- Vũng Tàu hạng", "=", 4, **RANK, place="Bà Rịa- Vũng Tàu"),
    R("Đà Nẵng (hạng «5)", "Đà Nẵng hạng", "=", 5, **RANK, place="Đà Nẵng"),
    R("Quảng Ninh (hạng «6)", "Quảng Ninh hạng", "=", 6, **RANK, place="Quảng Ninh"),
    R("Cần Thơ (hạng «7)", "Cần Thơ hạng", "=", 7, **RANK, place="Cần Thơ"),
    R("Bình Dương (hạng «8)", "Bình Dương hạng", "=", 8, **RANK, place="Bình Dương"),
    R("Thái Nguyên (hạng «9)", "Thái Nguyên hạng", "=", 9, **RANK, place="Thái Nguyên"),
    R("Bắc Giang (hạng «10)", "Bắc Giang hạng", "=", 10, **RANK, place="Bắc Giang"),
    R("đạt «23,95 điểm", "Cao Bằng điểm số thấp nhất", "=", 23.95, **DIEM, place="Cao Bằng"),
    R("xếp hạng «63.", "Cao Bằng xếp hạng", "=", 63, **RANK, place="Cao Bằng"),
    R("với «22,87", "tỉnh Lai Châu", "=", 22.87, unit="other", place="Lai Châu"),
    R("xếp hạng «62;", "tỉnh Lai Châu xếp hạng", "=", 62, **RANK, place="Lai Châu"),
    R("đạt «25,83 điểm", "Gia Lai", "=", 25.83, **DIEM, place="Gia Lai"),
    R("xếp hạng «61.", "Gia Lai xếp hạng", "=", 61, **RANK, place="Gia Lai"),
    R("Tỉnh Nghệ An xếp hạng «37 với", "Tỉnh Nghệ An xếp hạng", "=", 37, **RANK),
    R("với «32,69 điểm", "Tỉnh Nghệ An", "=", 32.69, **DIEM),
])

# --------------------------------------------------------------------------
# 06 PII 2023 by economic region (vnexpress.net, stamp 2024-03; "PII 2023" →
# 2023). The northern midlands and mountains' three leaders: points printed
# with a decimal point "47.75 điểm" (unit other "điểm", value 47.75; the
# checker's set39 form) and ranks "xếp hạng 10", "hạng 11", "hạng 20" (=),
# each with `place`. No catalogue id. Not quantities: "16 tỉnh, thành phố
# vượt trội" (the number of regional leaders the article lists; a
# judgement), "12/3", "52 chỉ số thành phần", "63 tỉnh", "6 vùng", "14 địa
# phương", "3 địa phương" (the index's parts and the region's make-up),
# "thang điểm 100" (the scale). The photo caption with "hơn 200 tỷ đồng" (a
# tunnel's cost) was cut. Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_vung-kinh-te-pii-2023", kind="result", year=2023, records=[
    R("Thái Nguyên («47.75 điểm", "Thái Nguyên Chỉ số đổi mới sáng tạo cấp địa phương", "=", 47.75, **DIEM,
      place="Thái Nguyên"),
    R("điểm, xếp hạng «10)", "Thái Nguyên xếp hạng", "=", 10, **RANK, place="Thái Nguyên"),
    R("Bắc Giang («46.51 điểm", "Bắc Giang Chỉ số đổi mới sáng tạo cấp địa phương", "=", 46.51, **DIEM,
      place="Bắc Giang"),
    R("điểm, hạng «11)", "Bắc Giang hạng", "=", 11, **RANK, place="Bắc Giang"),
    R("Phú Thọ («41.29 điểm", "Phú Thọ Chỉ số đổi mới sáng tạo cấp địa phương", "=", 41.29, **DIEM, place="Phú Thọ"),
    R("điểm, hạng «20)", "Phú Thọ hạng", "=", 20, **RANK, place="Phú Thọ"),
])

# --------------------------------------------------------------------------
# 07 The e-commerce index EBI 2025 (chatluongvacuocsong.vn, no date shown;
# "EBI 2025" → 2025). Points "74,7 điểm" (Hà Nội), "73,5 điểm" (Hồ Chí Minh),
# "28,1 điểm" (Đà Nẵng): results, unit other "điểm", `place`; their places
# are written in words ("dẫn đầu", "Đứng thứ hai", "thứ ba") → no rank record
# (the checks need a digit). "Điểm trung bình ... là 9,3 điểm" (=); "chỉ số
# về giao dịch B2C của Hà Nội và thành phố Hồ Chí Minh đạt từ 62,9 điểm trở
# lên" (>=, a result's floor; no place: two cities); "61 địa phương còn lại có
# số điểm cao nhất chỉ đạt 4,5 điểm" (=). Not quantities: "khoảng cách ...
# lên tới 46,6 điểm" (a difference against another value, as set47's
# "thấp hơn 11,92%"), "3 nhóm tiêu chí" (the index's parts), "61 địa
# phương" (the group). No catalogue id. Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_ca-nuoc-ebi-2025", kind="result", year=2025, records=[
    R("với «74,7 điểm", "Hà Nội dẫn đầu xếp hạng Chỉ số thương mại điện tử Việt Nam 2025", "=", 74.7, **DIEM,
      place="Hà Nội"),
    R("với «73,5 điểm", "thành phố Hồ Chí Minh Chỉ số thương mại điện tử", "=", 73.5, **DIEM, place="Hồ Chí Minh"),
    R("với «28,1 điểm", "Đà Nẵng Chỉ số thương mại điện tử", "=", 28.1, **DIEM, place="Đà Nẵng"),
    R("năm nay là «9,3 điểm", "Điểm trung bình của chỉ số năm nay", "=", 9.3, **DIEM),
    R("đạt từ «62,9 điểm", "chỉ số về giao dịch B2C của Hà Nội và thành phố Hồ Chí Minh", ">=", 62.9, **DIEM),
    R("chỉ đạt «4,5 điểm", "địa phương còn lại có số điểm cao nhất", "=", 4.5, **DIEM),
])

# --------------------------------------------------------------------------
# 08 Digital technology enterprises and industry, 2024 (doanhnghieptiepthi.vn,
# byline 23/01/2025 → date 2025-01; "cuối năm 2024", "Năm 2024" → 2024). The
# headline's "hơn 73.700" (>) and the body's "73.788 doanh nghiệp" twice (=):
# econ.digital_tech_enterprises_count. "gần 1,26 triệu lao động" (~, count),
# "gần 158 tỷ USD" (~, unit other "USD", econ.ict_industry_revenue: the
# digital technology industry's revenue; a judgement), "Giá trị Việt Nam
# chiếm gần 32%" (~), "Tổng số nhân lực đạt 1,67 triệu người" (=, count).
# World places "Đứng thứ 2/5/6/8/7 thế giới về ...": rank results (=), each
# with its own subject; the enumerators "(1)" ... "(5)" are not quantities.
# Not quantities: "tăng 10,1% so với cùng kỳ", "tăng hơn 10% so với năm
# 2023", "cao hơn 12% so với năm 2019", "tăng 67% so với năm 2019", "tăng
# 10,12% (so với 2023)" (changes, NOT). Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_ca-nuoc-doanh-nghiep-cong-nghe-so-2024", kind="result", year=2024, records=[
    R("có hơn «73.700 doanh", "Việt Nam doanh nghiệp công nghệ số", ">", 73700, **CNT, iid=DTC),
    R("Việt Nam có «73.788 doanh", "Tính đến cuối năm 2024, Việt Nam doanh nghiệp công nghệ số", "=", 73788, **CNT,
      iid=DTC),
    R("gần «1,26 triệu lao động", "lao động hoạt động trong lĩnh vực công nghệ thông tin và truyền thông", "~", 1260000,
      **CNT),
    R("giá trị gần «158 tỷ USD", "doanh thu ngành công nghiệp công nghệ số", "~", 158e9, **USD,
      iid="econ.ict_industry_revenue"),
    R("chiếm gần «32%", "Giá trị Việt Nam chiếm trong tổng doanh thu công nghiệp công nghệ số", "~", 32),
    R("đạt «1,67 triệu người", "Tổng số nhân lực", "=", 1670000, **CNT),
    R("ngành có «73.788 doanh", "Toàn ngành doanh nghiệp đang hoạt động", "=", 73788, **CNT, iid=DTC),
    R("Đứng thứ «2 thế giới", "thế giới về xuất khẩu điện thoại di động thông minh", "=", 2, **RANK),
    R("Đứng thứ «5 thế giới", "thế giới về xuất khẩu linh kiện máy tính", "=", 5, **RANK),
    R("Đứng thứ «6 thế giới", "thế giới về xuất khẩu thiết bị máy tính", "=", 6, **RANK),
    R("Đứng thứ «8 thế giới", "thế giới về thiết bị linh kiện điện tử", "=", 8, **RANK),
    R("Đứng thứ «7 thế giới", "thế giới về gia công phần mềm", "=", 7, **RANK),
], NOT=["tăng «10,1%", "tăng hơn «10%", "cao hơn «12%", "tăng «67%", "tăng «10,12%"])

# --------------------------------------------------------------------------
# 09 Tuyên Quang (the merged province), the First Provincial Party Congress's
# targets for 2025-2030 (infographics.vn, published 01/12/2025 → date 2025-12;
# "Phấn đấu đến năm 2030" → year 2030, a period's average "giai đoạn
# 2026-2030" taking its last year; a judgement): a precision check, five
# quantities among dates, a news-agency stamp, "lần thứ I" and the years of a
# term. Targets: growth "đạt 10,5%/năm" (>=), "95 triệu đồng/người" (>=,
# unit other "đồng/người"), "Tỷ trọng kinh tế số đạt tối thiểu 20% GRDP" (>=,
# econ.digital_economy_gdp_share), budget "12.000 tỷ đồng" (>=), investment
# "trên 75.000 tỷ đồng" (>). Economic targets beside the digital one are
# quantities under the contract ("every number that a plan sets as a
# target"). Not quantities: "TTXVN 1/12", "lần thứ I", "2025-2030",
# "2026-2030", "2045". Cut: "#IG-218403", the category line, the title's
# second printing, the "Xuất bản:..." byline. Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_tuyenquang-dai-hoi-2025-2030-precision", kind="target", year=2030, records=[
    R("đạt «10,5%/năm", "tốc độ tăng tổng sản phẩm trên địa bàn bình quân giai đoạn 2026-2030", ">=", 10.5),
    R("đạt «95 triệu đồng", "Tổng sản phẩm trên địa bàn bình quân đầu người", ">=", 95e6, unit="other",
      unit_text="đồng/người"),
    R("tối thiểu «20% GRDP", "Tỷ trọng kinh tế số GRDP", ">=", 20, iid=KTS),
    R("đạt «12.000 tỷ đồng", "Thu ngân sách nhà nước trên địa bàn", ">=", 12000e9, **DONG),
    R("trên «75.000 tỷ đồng", "Tổng vốn đầu tư toàn xã hội", ">", 75000e9, **DONG),
])

# --------------------------------------------------------------------------
# 10 Vĩnh Long (the merged province), the First Provincial Party Congress's
# targets for 2025-2030 (vietnamplus.vn, stamp 2025-11; "đến năm 2030" →
# 2030 for all). Bare numbers of a target → >= (contract): growth "bình quân
# đạt 10%", "589.730 tỷ đồng", "169,46 triệu đồng", "Tỷ trọng giá trị tăng
# thêm của kinh tế số trong GRDP là 10,08%" (econ.digital_economy_gdp_share),
# "Ngân sách ... tăng bình quân 7%" (a target stated as a change, contract),
# "176.919 tỷ đồng". Not quantities: "lần thứ I", "2025-2030". Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_vinhlong-dai-hoi-2025-2030", kind="target", year=2030, records=[
    R("bình quân đạt «10%", "Tốc độ tăng trưởng tổng sản phẩm trong tỉnh (GRDP) bình quân", ">=", 10),
    R("hiện hành «589.730 tỷ đồng", "Quy mô GRDP theo giá hiện hành", ">=", 589730e9, **DONG),
    R("năm 2030 là «169,46 triệu đồng", "GRDP bình quân đầu người", ">=", 169.46e6, **DONG),
    R("GRDP là «10,08%", "Tỷ trọng giá trị tăng thêm của kinh tế số trong GRDP", ">=", 10.08, iid=KTS),
    R("bình quân «7%", "Ngân sách trên địa bàn tăng bình quân", ">=", 7),
    R("hiện hành «176.919 tỷ đồng", "Vốn đầu tư thực hiện trên địa bàn theo giá hiện hành", ">=", 176919e9, **DONG),
])

# --------------------------------------------------------------------------
# 11 Đồng Nai (the merged province), the First Provincial Party Congress's
# closing (sggp.org.vn, stamp 2025-09; "đến năm 2030" → 2030 for the list).
# "10%/năm trở lên" (>=), "trên 1,2 triệu tỷ đồng" (>, two magnitude words:
# 1.2e15), "trên 250 triệu đồng" (>), "tỷ trọng kinh tế số trong GRDP đạt trên
# 30%" (>, econ.digital_economy_gdp_share), "bình quân 10%-12%/năm" (between
# 10 and 12: one range stated once), "120 triệu đồng/năm" (>=, unit other
# "đồng/năm"). Not quantities: "30-9", "2 ngày" (a duration), "lần thứ I",
# "2025–2030", "2020–2025", "29 chỉ tiêu chủ yếu" (a count of targets), "3
# nhiệm vụ đột phá" (a count of tasks). Two photo captions cut. Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_dongnai-dai-hoi-2025-2030", kind="target", year=2030, records=[
    R("bình quân đạt «10%/năm", "Tốc độ tăng trưởng GRDP bình quân", ">=", 10),
    R("đạt trên «1,2 triệu tỷ đồng", "tổng sản phẩm trên địa bàn (GRDP theo giá hiện hành)", ">", 1.2e15, **DONG),
    R("đạt trên «250 triệu đồng", "GRDP bình quân đầu người", ">", 250e6, **DONG),
    R("đạt trên «30%", "tỷ trọng kinh tế số trong GRDP", ">", 30, iid=KTS),
    R("bình quân «10%-12%", "tốc độ tăng thu ngân sách nhà nước trên địa bàn bình quân/năm", "between", 10,
      value_max=12),
    R("đạt «120 triệu đồng", "thu nhập bình quân đầu người", ">=", 120e6, unit="other", unit_text="đồng/năm"),
])

# --------------------------------------------------------------------------
# 12 Vĩnh Phúc's plan for digital technology enterprises (vietnamnet.vn,
# mobile address; no date shown; each target names its year). "đến năm 2025
# ... có ít nhất 300 doanh nghiệp công nghệ số" (>=, 2025) and "đến năm 2030
# có tối thiểu 1.100" (>=, 2030): econ.digital_tech_enterprises_count. Not a
# quantity: "03 nhóm nhiệm vụ" (tasks). Cut: the "{keywords}" placeholder and
# the photo caption repeating "300 doanh nghiệp ... năm 2025". Pillar null.
# --------------------------------------------------------------------------
D12 = dict(name="12_vinhphuc-doanh-nghiep-cong-nghe-so-2025-2030", kind="target", year=None, records=[
    R("ít nhất «300 doanh", "toàn tỉnh doanh nghiệp công nghệ số", ">=", 300, **CNT, year=2025, iid=DTC),
    R("tối thiểu «1.100 doanh", "toàn tỉnh doanh nghiệp công nghệ số", ">=", 1100, **CNT, year=2030, iid=DTC),
])

# --------------------------------------------------------------------------
# 13 The information and communications sector in May 2023 (zingnews.vn,
# stamp 2023-06 → 2023). Money "hơn 276.000 tỷ đồng" (the sector's revenue in
# May), "hơn 7.500 tỷ đồng" (taxes), "hơn 1,35 triệu tỷ đồng" (the sector's
# revenue to the end of May): >, unit other "đồng", no id (the whole sector,
# as set47's 13); "trên 1,22 triệu tỷ đồng" (the ICT industry's revenue over
# five months: econ.ict_industry_revenue). "khoảng 71.500 doanh nghiệp công
# nghệ số" (~, econ.digital_tech_enterprises_count), "đạt 0,72 doanh nghiệp
# công nghệ số trên 1.000 dân" (=, econ.digital_tech_enterprises_per_1000),
# "278 triệu lượt" downloads (=, count), "Có 7 ứng dụng có trên 10 triệu
# người dùng" (one count, 7; "trên 10 triệu" is the threshold inside its
# subject, a judgement). Not quantities: the changes "tăng trưởng 5%", "1%",
# "giảm 8%", "tăng 200", "tăng khoảng 8%", "tăng 9,82%"; the months; "5
# tháng đầu năm" (a period). The photo caption ("0,72 doanh nghiệp/ 1000
# dân") was cut. Pillar null.
# --------------------------------------------------------------------------
D13 = dict(name="13_ca-nuoc-cong-nghe-so-thang-5-2023", kind="result", year=2023, records=[
    R("ước đạt hơn «276.000 tỷ đồng", "Trong tháng 5, doanh thu toàn ngành thông tin và truyền thông", ">", 276000e9,
      **DONG),
    R("ước đạt hơn «7.500 tỷ đồng", "nộp ngân sách nhà nước", ">", 7500e9, **DONG),
    R("ước đạt hơn «1,35 triệu tỷ đồng", "lũy kế doanh thu toàn ngành tính đến hết tháng 5", ">", 1.35e15, **DONG),
    R("ước đạt trên «1,22 triệu tỷ đồng", "công nghiệp ICT, tổng doanh thu 5 tháng đầu năm", ">", 1.22e15, **DONG,
      iid="econ.ict_industry_revenue"),
    R("khoảng «71.500 doanh", "Đến hết tháng 5 doanh nghiệp công nghệ số", "~", 71500, **CNT, iid=DTC),
    R("đạt «0,72 doanh", "doanh nghiệp công nghệ số trên 1.000 dân", "=", 0.72, unit="other",
      unit_text="doanh nghiệp công nghệ số trên 1.000 dân", iid=DTK),
    R("là «278 triệu lượt", "Tổng số lượt download các ứng dụng di động của Việt Nam trong tháng 5", "=", 278e6,
      **CNT),
    R("Có «7 ứng dụng", "ứng dụng có trên 10 triệu người dùng", "=", 7, **CNT),
], NOT=["trưởng «5% so", "trưởng «1% so", "giảm «8%", "khoảng «8%", "tăng «9,82%"])

# --------------------------------------------------------------------------
# 14 National targets for digital technology enterprises (vietnamnet.vn,
# stamp 2025-10): a precision check, two targets of 2030 among names of
# documents. "đến năm 2030, Việt Nam cần ít nhất 100.000 doanh nghiệp công
# nghệ số" (>=, count, econ.digital_tech_enterprises_count) and "đến năm 2030
# số lượng doanh nghiệp công nghệ số trên 1.000 dân bằng 1" (>=: a target's
# stated value reads >= (contract), unit other,
# econ.digital_tech_enterprises_per_1000). Not quantities: "năm 2045",
# "Chỉ thị 01 năm 2020", "Nghị quyết 71", "Nghị quyết 57" (names), "1.000"
# (the denominator), "Bốn loại" (a word). Pillar null.
# --------------------------------------------------------------------------
D14 = dict(name="14_ca-nuoc-chi-tieu-doanh-nghiep-cong-nghe-so-precision", kind="target", year=2030, records=[
    R("ít nhất «100.000 doanh", "Việt Nam cần doanh nghiệp công nghệ số", ">=", 100000, **CNT, iid=DTC),
    R("dân bằng «1.", "số lượng doanh nghiệp công nghệ số trên 1.000 dân", ">=", 1, unit="other",
      unit_text="doanh nghiệp công nghệ số trên 1.000 dân", iid=DTK),
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
