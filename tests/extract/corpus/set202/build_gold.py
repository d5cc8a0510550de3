#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set202).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of percentages deliberately left without a record (a
result's change against an earlier value, completion against a yearly plan); check_gold.py
verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set193, the id is given in the record itself (`iid=`).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import functools
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, CNT, RANK, T, ECO  # noqa: E402

DONG = dict(unit="other", unit_text="đồng")
USD = dict(unit="other", unit_text="USD")
PTS = dict(unit="other", unit_text="điểm")
APPROVED = "security.systems_level_approved_count"
EBI_SCORE, EBI_RANK = "rank.ebi_score", "rank.ebi_rank"
ICT_REV = "econ.ict_industry_revenue"
FEEDBACK = "egov.feedback_received_count"

# --------------------------------------------------------------------------
# 01 Thái Nguyên, information systems approved for their security level and the province's
# security monitoring in the first half of 2022 (ictnews.vietnamnet.vn; the stamp " date 2022-07"
# written as the first line; nothing cut: the photo caption "21 hệ thống thông tin cấp sở, ban,
# ngành và 9 hệ thống cấp huyện, thành phố ... (Ảnh minh họa)" states figures and stays; the
# excerpt ends in "trong hệ thống "). Year 2022 ("tính đến hết quý II", "từ ngày 1/1/2022 đến hết
# quý II"). Pillar null (no heading; the text names no pillar as a lead-in). Results: "tổng số hệ
# thống thông tin ... đã được phê duyệt hồ sơ đề xuất cấp độ là 30/30, gồm 21 hệ thống cấp tỉnh và
# 9 hệ thống cấp huyện, thành phố" (three counts: the total, scope null; the two parts split by
# administrative level, scopes "cấp tỉnh" and "cấp huyện, thành phố" as written); the caption's
# restatement "21 hệ thống thông tin cấp sở, ban, ngành và 9 hệ thống cấp huyện, thành phố" (two
# more counts: repeated statements are recorded each time, as the earlier sets record a title and
# its lead; scopes "cấp sở, ban, ngành" and "cấp huyện, thành phố"); the monitoring counts
# "266.051 lượt truy vấn", "18.389 lượt truy vấn dò quét trái phép", "19.684 thư rác", "1.973 thư
# chứa mã độc", "193.486 cảnh báo", "9.316 cảnh báo nguy hiểm", "579 máy tính nhiễm mã độc" (each
# its own subject, scope null: a breakdown by kind of thing). Not quantities: the denominator
# "/30", "1/1/2022", "quý II", "năm 2022" (dates). Ids: APPROVED for the five approved-system
# counts (the catalogue's count of systems approved for their level; the parts of the total read
# as the same indicator for their level); the monitoring counts null (no catalogue indicator
# counts queries, spam or alerts).
# --------------------------------------------------------------------------
D01 = dict(name="01_thainguyen-attt-cap-do-quy-ii-2022", kind="result", year=2022, records=[
    R("cấp độ là «30/30", "hệ thống thông tin trên toàn tỉnh đã được phê duyệt hồ sơ đề xuất cấp độ", "=", 30,
      **CNT, iid=APPROVED),
    R("gồm «21 hệ thống cấp tỉnh", "hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ", "=", 21, **CNT,
      scope="cấp tỉnh", iid=APPROVED),
    R("tỉnh và «9 hệ thống cấp huyện, thành phố.", "hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ",
      "=", 9, **CNT, scope="cấp huyện, thành phố", iid=APPROVED),
    R("phát hiện «266.051 lượt", "lượt truy vấn đến hệ thống được phát hiện", "=", 266051, **CNT),
    R("tự động «18.389 lượt", "lượt truy vấn dò quét trái phép vào hệ thống thông tin dữ liệu đã ngăn chặn tự "
      "động", "=", 18389, **CNT),
    R("ngăn chặn «19.684 thư", "thư rác đã ngăn chặn", "=", 19684, **CNT),
    R("xử lý «1.973 thư", "thư chứa mã độc đã chặn và xử lý", "=", 1973, **CNT),
    R("phát hiện «193.486 cảnh báo", "cảnh báo trên máy tính cá nhân được phát hiện", "=", 193486, **CNT),
    R("có «9.316 cảnh báo", "cảnh báo nguy hiểm trên máy tính cá nhân", "=", 9316, **CNT),
    R("«579 máy tính", "máy tính nhiễm mã độc", "=", 579, **CNT),
    R("\n«21 hệ thống thông tin cấp sở", "hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ bảo đảm an toàn "
      "thông tin mạng", "=", 21, **CNT, scope="cấp sở, ban, ngành", iid=APPROVED),
    R("ngành và «9 hệ thống", "hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ bảo đảm an toàn thông tin "
      "mạng", "=", 9, **CNT, scope="cấp huyện, thành phố", iid=APPROVED),
])

# --------------------------------------------------------------------------
# 02 Bình Phước, smart loudspeakers as the digital transformation of the communes' radio stations,
# August 2022 (binhphuoc.gov.vn; cut: the byline date "Thứ hai - 22/08/2022 09:43", written as the
# first line `date 2022-08-22`; the image name "IMG 1891" and the photo caption "Thi công lắp đặt
# loa truyền thanh thông minh trên địa bàn huyện Bù Đốp. Ảnh: Hùng Vương."; the line of one space
# after them kept; the excerpt ends in "loa truy"). Year 2022. Results (counts, =): "Trên địa bàn
# tỉnh hiện có 111 đài truyền thanh cấp xã với 1.734 cụm và 3.468 loa truyền thanh cơ sở" (three
# records, each its own subject; "cấp xã" is part of the subject, scope null). Pillar null. Not
# quantities: "COVID-19" (a name). Ids null (the catalogue counts smart clusters and communes with
# smart radio; these are all the communes' stations, clusters and speakers).
# --------------------------------------------------------------------------
D02 = dict(name="02_binhphuoc-loa-truyen-thanh-thong-minh-2022", kind="result", year=2022, records=[
    R("hiện có «111 đài", "đài truyền thanh cấp xã trên địa bàn tỉnh", "=", 111, **CNT),
    R("với «1.734 cụm", "cụm loa truyền thanh cơ sở", "=", 1734, **CNT),
    R("và «3.468 loa", "loa truyền thanh cơ sở", "=", 3468, **CNT),
])

# --------------------------------------------------------------------------
# 03 Bình Dương, the e-commerce index EBI 2021 (vietnamnet.vn; cut: the caption "Ảnh minh họa |";
# no byline, no stamp; the excerpt ends in "xuyên biê"). Year 2021 (the index "năm 2021"). Results:
# "Bình Dương đạt 14,86 điểm, đứng thứ 4/63 tỉnh, thành" (a score, unit other "điểm"; a rank, =);
# "giữ vững vị trí trong nhóm 5 tỉnh, thành dẫn đầu cả nước" (rank, <=, a group, spec); the three
# component indices "Nguồn nhân lực và hạ tầng công nghệ thông tin đạt 20,31 điểm, xếp thứ 4 cả
# nước; ... (B2C) đạt 11,86 điểm, xếp thứ 3 ...; ... (B2B) đạt 14,9 điểm, xếp thứ 3" (a score and a
# rank each). Pillar null (the first line "5 năm liên tiếp dẫn đầu" and "Các nhiệm vụ trọng tâm
# trong giai đoạn 2021-2025" name no pillar; "về phát triển thương mại điện tử" is part of the
# sentence, not a heading). Not quantities: "tăng một bậc so với năm 2020" (a change, and no
# digit), "5 năm liên tiếp", "năm thứ 5 liên tiếp" (durations), the denominator "/63", "2016 -
# 2020", "2021-2025", "2021 – 2025", "năm 2025" (dates), "3248/KH-UBND" (a document). Ids:
# EBI_SCORE, EBI_RANK (the group's "nhóm 5" too) and the catalogue's component ids
# rank.ebi_hr_infrastructure_*, rank.ebi_b2c_*, rank.ebi_b2b_*.
# --------------------------------------------------------------------------
D03 = dict(name="03_binhduong-chi-so-ebi-2021", kind="result", year=2021, records=[
    R("đạt «14,86 điểm", "Chỉ số thương mại điện tử (EBI) của Bình Dương", "=", 14.86, **PTS, iid=EBI_SCORE),
    R("đứng thứ «4/63", "Bình Dương đứng thứ về phát triển thương mại điện tử (EBI)", "=", 4, **RANK,
      iid=EBI_RANK),
    R("trong nhóm «5 tỉnh", "Bình Dương trong nhóm tỉnh, thành dẫn đầu cả nước về phát triển thương mại điện tử",
      "<=", 5, **RANK, iid=EBI_RANK),
    R("đạt «20,31 điểm", "chỉ số Nguồn nhân lực và hạ tầng công nghệ thông tin", "=", 20.31, **PTS,
      iid="rank.ebi_hr_infrastructure_score"),
    R("xếp thứ «4 cả nước", "chỉ số Nguồn nhân lực và hạ tầng công nghệ thông tin xếp thứ cả nước", "=", 4,
      **RANK, iid="rank.ebi_hr_infrastructure_rank"),
    R("đạt «11,86 điểm", "chỉ số giao dịch của doanh nghiệp với người tiêu dùng (B2C)", "=", 11.86, **PTS,
      iid="rank.ebi_b2c_score"),
    R("11,86 điểm, xếp thứ «3 cả nước", "chỉ số giao dịch của doanh nghiệp với người tiêu dùng (B2C) xếp thứ cả "
      "nước", "=", 3, **RANK, iid="rank.ebi_b2c_rank"),
    R("đạt «14,9 điểm", "chỉ số giao dịch giữa doanh nghiệp với doanh nghiệp (B2B)", "=", 14.9, **PTS,
      iid="rank.ebi_b2b_score"),
    R("14,9 điểm, xếp thứ «3 cả nước", "chỉ số giao dịch giữa doanh nghiệp với doanh nghiệp (B2B) xếp thứ cả "
      "nước", "=", 3, **RANK, iid="rank.ebi_b2b_rank"),
])

# --------------------------------------------------------------------------
# 04 Hà Nội, Decision 6372/QĐ-UBND of 22/12/2025 approving the scheme for the city's intelligent
# monitoring and operations centre (nhansu.vn; nothing cut; the excerpt ends in "phát triển đô
# th"). A precision text: no record. Every number is a document number ("6372/QĐ-UBND",
# "57-NQ/TW", "71/NQ-CP", "214/NQ-CP", "950/QĐ-TTG"), a date ("22/12/2025", "01/4/2025",
# "23/7/2025", "01/08/2018") or a law's year ("năm 2025", "năm 2024", "năm 2020"), or the
# "4.0"-style name parts inside them.
# --------------------------------------------------------------------------
D04 = dict(name="04_hanoi-qd6372-trung-tam-ioc-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 05 Cà Mau, the state of the communes' radio stations before the pilot of smart radio (camautech.vn;
# nothing cut; no byline, no stamp, no year in the text: year null; the excerpt ends in "các cụm ").
# Results (counts, =): "Tỉnh Cà Mau có 90/101 xã, phường, thị trấn có đài truyền thanh" (90),
# "có 82 Đài sử dụng tần số vô tuyến điện băng tần (54 - 68 MHz), 05 Đài sử dụng băng tần (87 - 108
# MHz ...) và 03 Đài truyền thanh hữu tuyến" (three counts, each its own subject: a breakdown by
# kind of station, scope null), "11 xã, thị trấn còn lại không có máy phát sóng riêng" (11).
# Pillar null (the headings "1. Đặt vấn đề", "2. Thực trạng hệ thống các đài truyền thanh ..." name
# no pillar). Not quantities: the denominator "/101", the frequency bands "54 - 68 MHz", "87 - 108
# MHz" (a station's band, part of the subject's name, not a value reached), "4.0" (a name, twice),
# the list labels "1.", "2.". Ids null (the catalogue's radio coverage is a share of villages).
# --------------------------------------------------------------------------
D05 = dict(name="05_camau-dai-truyen-thanh-co-so", kind="result", year=None, records=[
    R("có «90/101 xã", "xã, phường, thị trấn có đài truyền thanh", "=", 90, **CNT),
    R("có «82 Đài", "Đài sử dụng tần số vô tuyến điện băng tần (54 - 68 MHz)", "=", 82, **CNT),
    R("MHz), «05 Đài", "Đài sử dụng băng tần (87 - 108 MHz)", "=", 5, **CNT),
    R("và «03 Đài", "Đài truyền thanh hữu tuyến", "=", 3, **CNT),
    R("«11 xã, thị trấn", "xã, thị trấn còn lại không có máy phát sóng riêng", "=", 11, **CNT),
])

# --------------------------------------------------------------------------
# 06 The Ministry of Information and Communications' figures for March and the first quarter of
# 2023 (vneconomy.vn; nothing cut; no byline, no stamp; the excerpt ends in "vùng Tây N"). Year 2023
# (the text's "quý 1/2023", "tháng 3/2023"); the brackets' values of March 2022 take 2022 (spec: a
# bracket that states a value is a result of its year). Results: the sector's revenue "ước đạt
# 325.565 tỷ đồng" and the brackets "(tháng 2/2023 đạt 250.199 tỷ đồng)", "(tháng 3/2022 đạt
# 360.745 tỷ đồng)"; the budget paid "ước đạt 8.872 tỷ đồng", "(tháng 2/2023 đạt 8.066 tỷ đồng)",
# "(tháng 3/2022 là 8.603 tỷ đồng)", "Lũy kế ... ước đạt 24.455 tỷ đồng", "lũy kế doanh thu ... ước
# đạt 845.577 tỷ đồng" (money: unit other "đồng", the magnitude word multiplied in, spec); hardware
# exports "ước đạt khoảng 26,6 tỷ USD" (~: "khoảng" next to the number; unit_text "USD"); "số doanh
# nghiệp công nghệ số đăng ký hoạt động ước đạt 71.000" (count) and "đạt tỷ lệ 0,717 doanh
# nghiệp/1.000 dân" (unit other, unit_text "doanh nghiệp/1.000 dân"); under the lead-in "Trong
# khi đó với kinh tế số," (digital_economy, as the earlier sets read "Về kinh tế số,", "Đối với
# kinh tế số,"): "tốc độ tăng trưởng trong quý I/2023 là 13,6%" (the digital economy's growth
# rate, an indicator of its own) and "Tỷ trọng kinh tế số trong GDP Quý I/2023 là 14,62%". Pillar
# null elsewhere. NOT: the changes "tăng trưởng 30% so với tháng trước", "giảm 10% so với cùng kỳ",
# "tăng trưởng 10% so với tháng trước", "tăng 3% so với cùng kỳ", "tăng trưởng 9% so với cùng kỳ",
# "giảm 3% so với cùng kỳ", "giảm 9,5% so với cùng kỳ", "tăng 3,99% so với quý IV/2022" (spec);
# "ước đạt 24% so với kế hoạch năm", "ước đạt 20% so với kế hoạch năm" (completion against the
# year's plan, as the earlier sets' majority leaves out "đạt 102% kế hoạch"). Not quantities: "tăng
# 200 doanh nghiệp so với tháng 02/2023" (a change), the dates and quarters. Ids:
# econ.digital_tech_enterprises_count, econ.digital_tech_enterprises_per_1000,
# econ.digital_economy_growth, econ.digital_economy_gdp_share; the sector's revenue, budget and
# hardware exports null (the catalogue's ICT-industry revenue is not the whole sector's).
# --------------------------------------------------------------------------
D06 = dict(name="06_ca-nuoc-tttt-quy-1-2023", kind="result", year=2023, records=[
    R("ước đạt «325.565 tỷ", "doanh thu toàn ngành thông tin và truyền thông tháng 3/2023", "=", 325565e9,
      **DONG),
    R("2/2023 đạt «250.199 tỷ", "doanh thu toàn ngành thông tin và truyền thông tháng 2/2023", "=", 250199e9,
      **DONG),
    R("3/2022 đạt «360.745 tỷ", "doanh thu toàn ngành thông tin và truyền thông tháng 3/2022", "=", 360745e9,
      **DONG, year=2022),
    R("ước đạt «8.872 tỷ", "nộp ngân sách nhà nước tháng 3/2023", "=", 8872e9, **DONG),
    R("2/2023 đạt «8.066 tỷ", "nộp ngân sách nhà nước tháng 2/2023", "=", 8066e9, **DONG),
    R("3/2022 là «8.603 tỷ", "nộp ngân sách nhà nước tháng 3/2022", "=", 8603e9, **DONG, year=2022),
    R("ước đạt «24.455 tỷ", "lũy kế nộp ngân sách toàn ngành tính đến hết tháng 3/2023", "=", 24455e9, **DONG),
    R("ước đạt «845.577 tỷ", "lũy kế doanh thu toàn ngành tính đến hết tháng 3/2023", "=", 845577e9, **DONG),
    R("khoảng «26,6 tỷ USD", "kim ngạch xuất khẩu phần cứng- điện tử", "~", 26.6e9, **USD),
    R("ước đạt «71.000", "số doanh nghiệp công nghệ số đăng ký hoạt động", "=", 71000, **CNT,
      iid="econ.digital_tech_enterprises_count"),
    R("tỷ lệ «0,717 doanh", "tỷ lệ doanh nghiệp công nghệ số đăng ký hoạt động/1.000 dân", "=", 0.717, unit="other",
      unit_text="doanh nghiệp/1.000 dân", iid="econ.digital_tech_enterprises_per_1000"),
    R("là «13,6%", "tốc độ tăng trưởng kinh tế số trong quý I/2023", "=", 13.6, pillar=ECO,
      iid="econ.digital_economy_growth"),
    R("là «14,62%", "Tỷ trọng kinh tế số trong GDP Quý I/2023", "=", 14.62, pillar=ECO,
      iid="econ.digital_economy_gdp_share"),
], NOT=["trưởng «30% so", "giảm «10% so", "trưởng «10% so", "tăng «3% so", "trưởng «9% so", "đạt «24% so",
        "giảm «3% so", "đạt «20% so", "giảm «9,5% so", "tăng «3,99% so"])

# --------------------------------------------------------------------------
# 07 The ICT industry's figures for the third quarter of 2022 (vsta.org.vn, a print page; nothing
# cut; no byline, no stamp; the excerpt ends in "đặt mục tiêu phát triển"). Year 2022 ("kế hoạch năm
# 2022"; the quarter's figures of that year). Results: the industry's revenue "ước đạt 2,55 triệu tỷ
# đồng (tương đương 109,5 tỷ USD)" (two records: the bracket states the value in USD, spec's
# bracket rule; "triệu tỷ" multiplies 1e6 x 1e9); "Chiếm tới 90% tổng doanh thu của ngành là từ
# phần cứng, điện tử với 2,27 triệu tỷ đồng (tương đương 97 tỷ USD)" (the share, =: "tới" stresses
# the size, no bound; the hardware revenue in đồng and in USD); exports "đạt 90,7 tỷ USD", "máy tính
# và linh kiện ước đạt 43,1 tỷ USD", "điện thoại và linh kiện ... ước đạt 43,3 tỷ USD"; "đến từ khu
# vực FDI với khoảng 90%" (~). Targets: the year's plan "(148 tỷ USD)" after "kế hoạch năm 2022"
# (>=, the bracket names the plan's value); "doanh thu lĩnh vực này dự kiến đạt 3,55 triệu tỷ đồng
# (tương đương 152 tỷ USD)" (>=: the earlier sets' majority reads "dự kiến đạt" as a target).
# Pillar null. NOT: "tăng 13% so với cùng kỳ", "tăng trưởng 13% so với cùng kỳ năm ngoái",
# "tăng trưởng 17,9%", "tốc độ tăng trưởng 5,6%" (changes against the same period, spec); "đã đạt
# 74% so với kế hoạch năm 2022", "vượt 2,7% so với kế hoạch năm" (completion against the plan,
# spec's "vượt 6% so với kế hoạch"). Not quantities: "quý 3", "năm 2025", "2030" (dates). Ids:
# ICT_REV for the industry's revenue (2,55 triệu tỷ, 109,5 tỷ USD) and its year-end forecast (3,55
# triệu tỷ, 152 tỷ USD); the hardware share and revenue, exports, FDI share and the 148 tỷ USD plan
# ("lĩnh vực này", the hardware field's) null.
# --------------------------------------------------------------------------
D07 = dict(name="07_ca-nuoc-cong-nghiep-ict-quy-3-2022", kind="result", year=2022, records=[
    R("ước đạt «2,55 triệu", "doanh thu lĩnh vực công nghiệp ICT", "=", 2.55e15, **DONG, iid=ICT_REV),
    R("(tương đương «109,5 tỷ", "doanh thu lĩnh vực công nghiệp ICT", "=", 109.5e9, **USD, iid=ICT_REV),
    R("Chiếm tới «90%", "tổng doanh thu của ngành từ phần cứng, điện tử", "=", 90),
    R("với «2,27 triệu", "doanh thu phần cứng, điện tử", "=", 2.27e15, **DONG),
    R("tương đương «97 tỷ", "doanh thu phần cứng, điện tử", "=", 97e9, **USD),
    R("(«148 tỷ USD)", "kế hoạch doanh thu năm 2022 của lĩnh vực phần cứng, điện tử", ">=", 148e9, **USD, **T),
    R("đạt «90,7 tỷ", "giá trị xuất khẩu sản phẩm phần cứng, điện tử", "=", 90.7e9, **USD),
    R("ước đạt «43,1 tỷ", "trị giá xuất khẩu máy tính và linh kiện", "=", 43.1e9, **USD),
    R("ước đạt «43,3 tỷ", "trị giá xuất khẩu điện thoại và linh kiện", "=", 43.3e9, **USD),
    R("khoảng «90%.", "doanh thu xuất khẩu phần cứng, điện tử đến từ khu vực FDI", "~", 90),
    R("dự kiến đạt «3,55 triệu", "doanh thu lĩnh vực công nghiệp ICT đến cuối năm", ">=", 3.55e15, **DONG, **T,
      iid=ICT_REV),
    R("tương đương «152 tỷ", "doanh thu lĩnh vực công nghiệp ICT đến cuối năm", ">=", 152e9, **USD, **T,
      iid=ICT_REV),
], NOT=["tăng «13% so với cùng kỳ.", "trưởng «13% so", "trưởng «17,9%", "trưởng «5,6%", "đạt «74% so",
        "vượt «2,7% so"])

# --------------------------------------------------------------------------
# 08 Lạng Sơn, OCOP producers opening digital stores, 2021 (tinbong247.org, a copy of the
# provincial paper's article; cut: the photo caption "Sản xuất sản phẩm OCOP rau cải làn tại HTX
# rau, củ, quả sạch Gia Cát, xã Gia Cát, huyện Cao Lộc"; no byline, no stamp; the excerpt ends in
# "trong 2 tháng cuố"). Year 2021 (the campaign "từ ngày 20/7 đến 20/9/2021", the store "từ đầu
# tháng 8/2021"). Pillar null (the title names the digital economy as a topic, not as a heading
# over a list). Results: "trên địa bàn tỉnh hiện có 61 sản phẩm OCOP" (count), Chi Lăng "với 11
# sản phẩm" (count, place "Chi Lăng"), "Bước đầu mỗi tháng, cơ sở tiêu thụ khoảng 100 kg sản phẩm
# thông qua cửa hàng số" (~, unit other "kg"). Not quantities: "năm huyện" (no digit), "giai đoạn
# 1" (a label), "20/7", "20/9/2021", "8/2021" (dates), "2 tháng" (a duration). Ids null (the
# catalogue's OCOP indicator is a share on e-commerce platforms).
# --------------------------------------------------------------------------
D08 = dict(name="08_langson-ocop-cua-hang-so-2021", kind="result", year=2021, records=[
    R("hiện có «61 sản phẩm", "sản phẩm OCOP trên địa bàn tỉnh", "=", 61, **CNT),
    R("với «11 sản phẩm", "sản phẩm OCOP của huyện", "=", 11, **CNT, place="Chi Lăng"),
    R("khoảng «100 kg", "sản phẩm cơ sở tiêu thụ mỗi tháng thông qua cửa hàng số", "~", 100, unit="other",
      unit_text="kg"),
])

# --------------------------------------------------------------------------
# 09 Quảng Nam, the public-service hotline 1022 in the first nine months of 2024 (baoquangnam.vn;
# cut: the photo caption "Tổng đài 1022 Quảng Nam: mọi thông tin - một kết nối." ("1022" a name);
# no byline, no stamp; the first line runs the section label, the title and the lead together, a
# part of a line, kept). Year 2024. Pillar null. Results: the title's "tiếp nhận hơn 11.200 lượt
# phản ánh kiến nghị" (>) and the lead's "đã tiếp nhận 11.224 lượt thông tin, phản ánh kiến nghị";
# September's "tiếp nhận 1.382 lượt" and its channels "316 cuộc gọi", "Email (14 lượt)", "Facebook
# (161 lượt)", "Zalo (106 lượt)", "Website, App (39 lượt)", "Chatbot (746 lượt)" (counts, each its
# own subject, scope null: a breakdown by channel); "Cả 1.382 lượt thông tin phản ánh và 10 kiến nghị
# đã được chuyển sở ban ngành xử lý đạt 100%" (the repeated 1.382, recorded again; 10; the share
# 100%). Not quantities: "1022" (the hotline's name, many times), "0235.1022" (a phone number),
# "9 tháng" (a period), "1/1/2024", "30/9/2024", "1/9" (dates). Ids: FEEDBACK for the received
# counts (11.200, 11.224, 1.382 twice); egov.feedback_handled_share for 100%; the channels and the
# 10 petitions null.
# --------------------------------------------------------------------------
D09 = dict(name="09_quangnam-tong-dai-1022-9-thang-2024", kind="result", year=2024, records=[
    R("tiếp nhận hơn «11.200 lượt", "lượt phản ánh kiến nghị Tổng đài 1022 tiếp nhận trong 9 tháng", ">", 11200,
      **CNT, iid=FEEDBACK),
    R("tiếp nhận «11.224 lượt", "lượt thông tin, phản ánh kiến nghị của công dân, doanh nghiệp Tổng đài 1022 đã "
      "tiếp nhận", "=", 11224, **CNT, iid=FEEDBACK),
    R("tiếp nhận «1.382 lượt", "lượt thông tin, phản ánh kiến nghị Tổng đài 1022 tiếp nhận từ ngày 1/9 đến 30/9",
      "=", 1382, **CNT, iid=FEEDBACK),
    R("thực hiện «316 cuộc", "cuộc gọi qua số tổng đài", "=", 316, **CNT),
    R("Email («14 lượt", "lượt tương tác qua Email", "=", 14, **CNT),
    R("Facebook («161 lượt", "lượt tương tác qua Facebook", "=", 161, **CNT),
    R("Zalo («106 lượt", "lượt tương tác qua Zalo", "=", 106, **CNT),
    R("App («39 lượt", "lượt tương tác qua Website, App", "=", 39, **CNT),
    R("Chatbot («746 lượt", "lượt tương tác qua Chatbot", "=", 746, **CNT),
    R("Cả «1.382 lượt", "lượt thông tin phản ánh đã được chuyển sở ban ngành xử lý", "=", 1382, **CNT,
      iid=FEEDBACK),
    R("và «10 kiến nghị", "kiến nghị đã được chuyển sở ban ngành xử lý", "=", 10, **CNT),
    R("xử lý đạt «100%", "thông tin phản ánh và kiến nghị đã được chuyển sở ban ngành xử lý", "=", 100,
      iid="egov.feedback_handled_share"),
])

# --------------------------------------------------------------------------
# 10 Đồng Tháp, the public-service hotline 1022 in April 2022 (tthcc.dongthap.gov.vn; cut: the
# portal's labels "Xuất bản thông tin" and "Chi tiết bài viết Chi tiết bài viết", each with the
# blank line after it; the title line "null Kết quả hoạt động ..." kept, its "null" a part of a
# line; the lines of one space kept; the excerpt ends in "sự kiện "). Year 2022 ("tháng 04 năm
# 2022"). Pillar null. Results (counts, =, each its own subject, scope null: breakdowns by
# direction and by channel): "642 cuộc gọi (gồm: 420 cuộc gọi vào, 222 cuộc gọi ra)", "96 lượt
# tương tác qua các kênh 1022", "lập 442 phiếu xử lý ý kiến, phản ánh, kiến nghị", "115 phản ánh,
# kiến nghị, hỏi đáp thông tin liên quan đến TTHC", "điện thoại: 346 ý kiến, email: 3 ý kiến, zalo:
# 42 ý kiến, website ...: 38 ý kiến, facebook: 13 ý kiến", "419/419 phiếu trả lời ... được ...
# đánh giá hài lòng", "(không tính 11 phiếu đang giải quyết)" (a bracket that states a value),
# "(đạt 100%)" (the satisfied share), "12 phiếu người phản ảnh không phản hồi". Not quantities:
# "giảm 154 phiếu so với tháng 3/2022" (a change, spec), "1022" (the hotline's name, several
# times, and in "1022.dongthap.gov.vn"), "tháng 04 năm 2022", "tháng 4", "3/2022" (dates), "cả 3
# cấp" (the levels the hotline serves). Ids: FEEDBACK for the 442 forms of feedback taken; the rest
# null (the 100% is satisfaction with the hotline's answers, not the catalogue's satisfaction with
# administrative procedures).
# --------------------------------------------------------------------------
D10 = dict(name="10_dongthap-tong-dai-1022-thang-4-2022", kind="result", year=2022, records=[
    R("thực hiện «642 cuộc", "cuộc gọi Tổng đài 1022 đã tiếp nhận và thực hiện", "=", 642, **CNT),
    R("gồm: «420 cuộc", "cuộc gọi vào", "=", 420, **CNT),
    R("«222 cuộc gọi ra", "cuộc gọi ra", "=", 222, **CNT),
    R("«96 lượt", "lượt tương tác qua các kênh 1022", "=", 96, **CNT),
    R("lập «442 phiếu", "phiếu xử lý ý kiến, phản ánh, kiến nghị của tổ chức, cá nhân", "=", 442, **CNT,
      iid=FEEDBACK),
    R("có «115 phản ánh", "phản ánh, kiến nghị, hỏi đáp thông tin liên quan đến TTHC", "=", 115, **CNT),
    R("điện thoại: «346 ý kiến", "phản ánh, kiến nghị tiếp nhận qua điện thoại", "=", 346, **CNT),
    R("email: «3 ý kiến", "phản ánh, kiến nghị tiếp nhận qua email", "=", 3, **CNT),
    R("zalo: «42 ý kiến", "phản ánh, kiến nghị tiếp nhận qua zalo", "=", 42, **CNT),
    R("gov.vn: «38 ý kiến", "phản ánh, kiến nghị tiếp nhận qua website", "=", 38, **CNT),
    R("facebook: «13 ý kiến", "phản ánh, kiến nghị tiếp nhận qua facebook", "=", 13, **CNT),
    R("có «419/419 phiếu", "phiếu trả lời ý kiến, giải quyết phản ánh, kiến nghị được đánh giá hài lòng",
      "=", 419, **CNT),
    R("không tính «11 phiếu", "phiếu đang giải quyết", "=", 11, **CNT),
    R("(đạt «100%)", "phiếu trả lời ý kiến, giải quyết phản ánh, kiến nghị được tổ chức, cá nhân đánh giá hài "
      "lòng", "=", 100),
    R("«12 phiếu", "phiếu người phản ảnh không phản hồi về thông tin được cung cấp", "=", 12, **CNT),
])

# --------------------------------------------------------------------------
# 11 Nghệ An, Decision 1811/QĐ-UBND of 09/6/2020 on the plan to digitise the historical civil-status
# records into the national electronic civil-status database (hethongphapluat.com; cut: the site's
# notices "Để sử dụng toàn bộ tiện ích nâng cao ... đăng ký gói cước." and "Nếu bạn là thành viên.
# Vui lòng ĐĂNG NHẬP để tiếp tục."; the excerpt ends in "Kế hoạch th"). A precision text: no record.
# Every number is a document number ("1811/QĐ-UBND", "123/2015/NĐ-CP", "194/2012/TT-BTC",
# "19/2012/TTLT-...", "101/QĐ-TTg", "2173/QĐ-BTP", "1473/BTP-CNTT", "559/TTr-STP"), a date, a
# period ("2017 - 2024") or the article label "Điều 1.".
# --------------------------------------------------------------------------
D11 = dict(name="11_nghean-qd1811-so-hoa-ho-tich-2020-precision", kind="result", year=2020, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
