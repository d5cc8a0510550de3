#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set30).

Copied from set27's builder (itself from set25's, set23's, set21's, set19's, set17's, set15's, set14's,
set12's, set10's, set9's, set8's and the seeds'). Each record is written by hand below; its
anchor is never typed in. A record names a locator: a piece of the text with « just before the
number. The locator (without «) must occur exactly once in the text; the anchor is where «
stands. `start`/`end` (the clause that states the quantity) are computed as in the seeds'
builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml at commit
f0d9ac1 (214 entries; see README). As in set10-set27, the id is given in the record itself
(`iid=`).

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


VAL = dict(unit="other", unit_text=None)
DIEM = dict(unit="other", unit_text="điểm")

WR = "egov.work_records_online_share"
DTI_R = "dti.provincial_rank"
HHNET = "infra.households_internet_share"
BTS = "infra.bts_stations_count"
SIG = "society.adult_digital_signature_share"
G5 = "infra.fiveg_coverage_share"
PSI = "rank.public_service_index"

KTS = "econ.digital_economy_gdp_share"
EGDI = "rank.un_egdi"
ONTIME = "egov.on_time_applications_share"
ONLINE = "egov.online_applications_share"

# --------------------------------------------------------------------------
# 01 Đồng Nai (m.baophapluat.vn, no year shown; "chiều 21/3", after Nghị quyết
# 57): targets of the plan for the digital economy, horizon "đến năm 2030"
# (year 2030) and 2045 for the second GRDP share. "khoảng 35-37%": a range →
# between (the range decides over "khoảng"). "tăng lên 50% GRDP vào năm 2045":
# a bare target of 2045 (>=), not a change. "Trong đó, ... dự kiến đạt 70%":
# target đạt → >=, year of the sentence before (2030). "Đồng thời, ... sẽ vượt
# 80%" → >, 2030. No heading names a pillar → null. Dates (21/3), periods
# (2025-2026, 2027, 2041-2045 cut with a caption) and "Nghị quyết 57" are no
# quantities. Two image lines and two captions were cut (SOURCES).
# --------------------------------------------------------------------------
D01 = dict(name="01_dongnai-nq57-kinh-te-so-2030", kind="target", year=2030, records=[
    R("khoảng «35-37%", "quy mô kinh tế số của tỉnh chiếm GRDP", "between", 35, value_max=37, iid=KTS),
    R("lên «50% GRDP", "quy mô kinh tế số của tỉnh chiếm GRDP", ">=", 50, year=2045, iid=KTS),
    R("dự kiến đạt «70%", "kinh tế số của các ngành, lĩnh vực", ">=", 70, iid="econ.digital_economy_sector_share"),
    R("vượt «80%", "tỷ lệ người dân và doanh nghiệp sử dụng dịch vụ công trực tuyến", ">", 80),
])

# --------------------------------------------------------------------------
# 02 national (baomoi.net.vn, no date shown): "6 kết quả nổi bật sau nửa năm
# thực hiện Nghị quyết số 57" (of 22/12/2024) → the counts are results of
# 2025 (half a year after the resolution; set27 14). Three counts, each with
# its own subject (a breakdown by kind of enterprise, scope null); "trên
# 73.000" >. "6 kết quả" counts highlights of an article (no quantity);
# "khoán 10" is a name; dates. A photo caption was cut.
# --------------------------------------------------------------------------
D02 = dict(name="02_quocgia-nq57-doanh-nghiep-2025", kind="result", year=2025, records=[
    R("với «858 doanh", "doanh nghiệp khoa học công nghệ", "=", 858, **CNT),
    R("«45 doanh nghiệp công nghệ cao", "doanh nghiệp công nghệ cao", "=", 45, **CNT),
    R("trên «73.000", "doanh nghiệp công nghệ số đang hoạt động", ">", 73000, **CNT,
      iid="econ.digital_tech_enterprises_count"),
])

# --------------------------------------------------------------------------
# 03 Đà Nẵng (baodanang.vn, no date shown; the text's year is 2023: "hoàn
# thành kế hoạch Chuyển đổi số năm 2023"): results of the pilot in wards and
# communes. The counts of pilot wards and communes (10 in the lead; 7
# registered "Từ năm 2021 đến nay"; 3 with memoranda) are results of 2023
# (set27 20: the text's year). "Hiện nay, 10 UBND phường, xã trên tổ chức ...":
# the 10 names the actors already counted (a reference back), not a value →
# no record. "gần 50 buổi" ~, "hơn 3.000 lượt" >. "Quyết định số
# 814/QĐ-UBND ngày 12-3-2021", "năm 2021" and "Hải Châu 1" (a ward's name)
# are no quantities. A photo caption was cut. No pillar heading → null.
# --------------------------------------------------------------------------
D03 = dict(name="03_danang-phuong-xa-thi-diem", kind="result", year=2023, records=[
    R("tại «10 phường", "phường, xã thực hiện thí điểm chuyển đổi số", "=", 10, **CNT),
    R("có «7 phường", "phường, xã được UBND các quận, huyện đăng ký triển khai thí điểm chuyển đổi số", "=", 7, **CNT),
    R("có «3 phường", "phường, xã ký biên bản ghi nhớ với các doanh nghiệp về bảo trợ, hỗ trợ thí điểm chuyển đổi số",
      "=", 3, **CNT),
    R("gần «50 buổi", "buổi đào tạo, tập huấn", "~", 50, **CNT, iid="hr.dx_training_courses_count"),
    R("hơn «3.000 lượt", "lượt cán bộ, công chức, viên chức, thành viên tổ công nghệ số cộng đồng, người dân được đào tạo, tập huấn",
      ">", 3000, **CNT),
])

# --------------------------------------------------------------------------
# 04 huyện Pác Nặm (caotan.pacnam.gov.vn, no date shown): three targets "Trong
# năm 2023" (year 2023) announced by the lead-in "03 mục tiêu phát triển hạ
# tầng số bao gồm:" — a lead-in that names one pillar sets it for the list it
# opens → digital_infrastructure (spec). "03 mục tiêu" counts targets (no
# quantity); "Chính quyền 3 cấp" names the tiers. "trên 80%" >, "75%" bare
# >=, "tới 100% thôn" >=. A caption restating the 100% target, the author
# and source lines and two links were cut (SOURCES).
# --------------------------------------------------------------------------
D04 = dict(name="04_pacnam-ha-tang-so-2023", kind="target", year=2023, records=[
    R("trên «80%", "hộ gia đình có điện thoại thông minh", ">", 80, pillar=INFRA,
      iid="society.households_smartphone_share"),
    R("«75% hộ", "hộ gia đình có đường truyền Internet cáp quang băng rộng", ">=", 75, pillar=INFRA, iid=HHNET),
    R("tới «100% thôn", "phủ sóng băng rộng di động tới thôn trên địa bàn huyện", ">=", 100, pillar=INFRA,
      iid="infra.mobile_village_coverage_share"),
])

# --------------------------------------------------------------------------
# 05 An Giang after the merger (diendandoanhnghiep.vn print page, no date
# shown): a precision text. "hiện nay ... đã tích hợp 100% dịch vụ công trực
# tuyến" (lead) and "đã tích hợp 100% dịch vụ công trực tuyến một phần và toàn
# trình của tỉnh (1.935 dịch vụ) trên Cổng dịch vụ công quốc gia": results;
# the bracket states a count (spec). No year is written → null (the merger
# year is not named). "2 cấp" names the two-tier model; "Quyết định 1688/
# QĐ-UBND, Quyết định 705/QĐ-UBND" are document numbers.
# --------------------------------------------------------------------------
D05 = dict(name="05_angiang-dvc-sau-hop-nhat", kind="result", year=None, records=[
    R("tích hợp «100% dịch vụ công trực tuyến và", "dịch vụ công trực tuyến được tích hợp", "=", 100,
      iid="egov.national_portal_integrated_share"),
    R("tích hợp «100% dịch vụ công trực tuyến một phần", "dịch vụ công trực tuyến một phần và toàn trình của tỉnh tích hợp trên Cổng dịch vụ công quốc gia",
      "=", 100, iid="egov.national_portal_integrated_share"),
    R("(«1.935 dịch", "dịch vụ công trực tuyến một phần và toàn trình của tỉnh tích hợp trên Cổng dịch vụ công quốc gia",
      "=", 1935, **CNT),
])

# --------------------------------------------------------------------------
# 06 national DTI 2024 (vnexpress.net, no date shown; "năm 2024" and the
# announcement of 21/10 at Ngày Chuyển đổi số quốc gia 2025): results of 2024.
# The national DTI "0,7955 điểm" and the mean provincial DTI "0,6961 điểm"
# (index values, unit other "điểm"); the United Nations e-government rank
# "đứng thứ 71 trong 193" (rank =). NOT: "tăng 8,6%", "tăng 2,6%", "tăng hơn
# 13%" (changes against 2023, spec); "tăng 15 bậc" likewise (not a %).
# "năm thứ năm" is a word. A chart caption "10 địa phương dẫn đầu ..." cut.
# --------------------------------------------------------------------------
D06 = dict(name="06_quocgia-dti-2024", kind="result", year=2024,
           NOT=["tăng «8,6%", "tăng «2,6%", "tăng hơn «13%"], records=[
    R("đạt «0,7955", "chỉ số DTI quốc gia", "=", 0.7955, **DIEM),
    R("thứ «71 trong", "Việt Nam trong bảng xếp hạng Chính phủ điện tử của Liên hợp quốc", "=", 71, **RANK, iid=EGDI),
    R("đạt «0,6961", "giá trị trung bình của DTI cấp tỉnh", "=", 0.6961, **DIEM, iid="dti.provincial_score"),
])

# --------------------------------------------------------------------------
# 07 Hà Tĩnh (baohatinh.vn, no date shown): "Tính đến nay" / "tính đến ngày
# 5/12" values, "tăng hơn 9,1% so với năm 2019" → the year of the values is
# 2020 (the comparison names the year before). NOT: both "tăng hơn 9,1% so
# với năm 2019" (a change against an earlier value, spec). The level splits
# "788 dịch vụ công cấp tỉnh, 1.068 ... cấp huyện, 41 ... cấp xã", "trong đó
# cấp tỉnh 67, cấp huyện 1.111" and "trong đó cấp tỉnh 8144 hồ sơ, cấp huyện
# 9810 hồ sơ, cấp xã 4.846 hồ sơ" carry scopes; their totals (1.178, 22.800)
# scope null. "17 đơn vị ... và 2 địa phương có tỷ lệ ... đạt 100%": two counts
# and one share. "mức độ 3", "mức độ 4", "3 và 4" are names. Two captions
# restating values and a teaser line of another article were cut.
# --------------------------------------------------------------------------
D07 = dict(name="07_hatinh-dvc-truc-tuyen-2020", kind="result", year=2020,
           NOT=["trực tuyến, tăng hơn «9,1%", "29,1%, tăng hơn «9,1%"], records=[
    R("Hà Tĩnh đạt «99,84%", "tỷ lệ giải quyết hồ sơ đúng hạn của Hà Tĩnh", "=", 99.84, iid=ONTIME),
    R("có «29,1% hồ", "hồ sơ sử dụng dịch vụ công trực tuyến", "=", 29.1, iid=ONLINE),
    R("tiếp nhận «434.835", "toàn tỉnh đã tiếp nhận hồ sơ", "=", 434835, **CNT),
    R("đúng hạn đạt «99,84%, trong", "tỷ lệ xử lý đúng hạn", "=", 99.84, iid=ONTIME),
    R("có «17 đơn", "đơn vị, sở, ngành có tỷ lệ hồ sơ xử lý đúng hạn đạt", "=", 17, **CNT),
    R("và «2 địa phương", "địa phương có tỷ lệ hồ sơ xử lý đúng hạn đạt", "=", 2, **CNT),
    R("đúng hạn đạt «100%", "tỷ lệ hồ sơ xử lý đúng hạn", "=", 100, iid=ONTIME),
    R("vận hành «788", "dịch vụ công trực tuyến mức độ 3 đưa vào vận hành", "=", 788, **CNT, scope="cấp tỉnh"),
    R("«1.068 dịch", "dịch vụ công trực tuyến mức độ 3 đưa vào vận hành", "=", 1068, **CNT, scope="cấp huyện"),
    R("«41 dịch", "dịch vụ công trực tuyến mức độ 3 cho mỗi đơn vị", "=", 41, **CNT, scope="cấp xã"),
    R("có «1.178", "dịch vụ công mức độ 4", "=", 1178, **CNT),
    R("cấp tỉnh «67", "dịch vụ công mức độ 4", "=", 67, **CNT, scope="cấp tỉnh"),
    R("cấp huyện «1.111", "dịch vụ công mức độ 4", "=", 1111, **CNT, scope="cấp huyện"),
    R("phát sinh «22.800", "hồ sơ dịch vụ công trực tuyến đã phát sinh", "=", 22800, **CNT),
    R("cấp tỉnh «8144", "hồ sơ dịch vụ công trực tuyến đã phát sinh", "=", 8144, **CNT, scope="cấp tỉnh"),
    R("cấp huyện «9810", "hồ sơ dịch vụ công trực tuyến đã phát sinh", "=", 9810, **CNT, scope="cấp huyện"),
    R("cấp xã «4.846", "hồ sơ dịch vụ công trực tuyến đã phát sinh", "=", 4846, **CNT, scope="cấp xã"),
    R("đạt tỷ lệ «29,1%", "tỷ lệ hồ sơ dịch vụ công trực tuyến", "=", 29.1, iid=ONLINE),
])

# --------------------------------------------------------------------------
# 08 xã Tịnh Trà (Quảng Ngãi; the commune's page, plan dated 26/4/2024): a
# precision text, one record among dates and document numbers ("13-NQ/TU",
# "06/9/2023", "50/KH-UBND ngày 11/3/2024", "Số: /KH-UBND", "khóa XX", list
# numbers "I.", "1."). The target stands under "1. Mục tiêu cơ bản đến năm
# 2025" (year 2025) and the heading "a) Về chuyển đổi số trong hoạt động của
# các cơ quan Đảng, Nhà nước, ..." — a heading that names a topic of one pillar
# (the state's own work: chính quyền số) → digital_government. Bare 100% → >=.
# An empty image line was cut.
# --------------------------------------------------------------------------
D08 = dict(name="08_tinhtra-ke-hoach-xa-2025", kind="target", year=2025, records=[
    R("- «100% thủ tục", "thủ tục hành chính có đủ điều kiện theo quy định của pháp luật được cung cấp dịch vụ công trực tuyến toàn trình",
      ">=", 100, pillar=GOV, iid="egov.full_online_services_share"),
])

# --------------------------------------------------------------------------
# 09 Quảng Nam (baoquangnam.vn, date 2021-04): a precision text. "Kế hoạch
# 2004" is a document number. The plan's counts of pilot communes: "năm 2021
# có 15 xã được triển khai thí điểm" (target of 2021, bare → >=) and "Lộ trình
# từ năm 2021-2030 sẽ triển khai trên địa bàn 46 xã" (target of 2030, the end
# of the roadmap). No pillar heading → null.
# --------------------------------------------------------------------------
D09 = dict(name="09_quangnam-15-xa-thi-diem-2021", kind="target", year=2021, records=[
    R("có «15 xã", "xã được triển khai thí điểm chuyển đổi số", ">=", 15, **CNT),
    R("địa bàn «46 xã", "Lộ trình sẽ triển khai trên địa bàn xã", ">=", 46, **CNT, year=2030),
])

# --------------------------------------------------------------------------
# 10 national (vietnamnet.vn, date 2025-11): results of 2024. "ước đạt 18,3%
# GDP" (spec: ước đạt → =). NOT: "tăng trên 20%/năm" (a growth rate, a change
# against the year before). "gấp 3 lần tốc độ tăng trưởng GDP" compares two
# rates: no quantity. "giai đoạn 2020–2024, tỷ trọng kinh tế số bình quân
# 12,88%, trong đó kinh tế số lõi 7,99%": a period's average, year = the end
# of the period (2024). "tăng 15 bậc" a change; "hạng 71/193" rank =, 2024
# (numerator only, set8).
# --------------------------------------------------------------------------
D10 = dict(name="10_quocgia-kinh-te-so-2024", kind="result", year=2024, NOT=["trên «20%"], records=[
    R("đạt «18,3%", "kinh tế số Việt Nam", "=", 18.3, iid=KTS),
    R("bình quân «12,88%", "tỷ trọng kinh tế số bình quân", "=", 12.88, iid=KTS),
    R("lõi «7,99%", "kinh tế số lõi", "=", 7.99),
    R("hạng «71/193", "Việt Nam trong Chỉ số Chính phủ điện tử của Liên Hợp Quốc", "=", 71, **RANK, iid=EGDI),
])

# --------------------------------------------------------------------------
# 11 national (diendan.dukcoquantwtphcm.vn, no date shown): GSO shares of the
# digital economy in GDP. "từ năm 2020 - 2023 lần lượt là 12,66%; 12,88%;
# 12,63% và 12,33%": four results, years 2020, 2021, 2022, 2023 in order.
# "Trung bình ... các năm 2020 - 2023 đạt khoảng 12,62%" (~, the period's end
# 2023, as 10) and "năm 2023 là 12,33%" (=, 2023; a restatement of the fourth
# value, recorded). "Trong đó" the parts of 2023: core 7,42% "(chiếm 60,19%)",
# digitalised sectors 4,91% "(chiếm 39,81%)" (brackets stating values: records).
# "chiếm hơn 30% tổng giá trị tăng thêm của hoạt động kinh tế số" (electronics
# manufacturing's share; >; no year of its own → null). "tăng từ 6,53% năm
# 2020 lên 6,65% năm 2023": the two values are stated (not a change amount),
# each with its year. The averages by sector "trung bình các năm 2020 - 2023"
# ("khoảng 13%", "khoảng 4%", "khoảng 2%") ~, year 2023. "7 ngành" counts the
# parts of the core sector (no quantity). A related-article link line cut.
# --------------------------------------------------------------------------
GVA = "tỷ trọng giá trị tăng thêm của kinh tế số trong GDP"
D11 = dict(name="11_quocgia-ty-trong-kts-2020-2023", kind="result", year=None, records=[
    R("lần lượt là «12,66%", GVA, "=", 12.66, year=2020, iid=KTS),
    R("12,66%; «12,88%", GVA, "=", 12.88, year=2021, iid=KTS),
    R("12,88%; «12,63%", GVA, "=", 12.63, year=2022, iid=KTS),
    R("12,63% và «12,33%", GVA, "=", 12.33, year=2023, iid=KTS),
    R("khoảng «12,62%", "Trung bình tỷ trọng giá trị tăng thêm kinh tế số trong GDP", "~", 12.62, year=2023, iid=KTS),
    R("năm 2023 là «12,33%", "tỷ trọng giá trị tăng thêm kinh tế số trong GDP năm 2023", "=", 12.33, year=2023, iid=KTS),
    R("đóng góp «7,42%", "ngành kinh tế số lõi đóng góp", "=", 7.42, year=2023),
    R("(chiếm «60,19%)", "ngành kinh tế số lõi chiếm", "=", 60.19, year=2023),
    R("đóng góp «4,91%", "số hóa các ngành khác đóng góp", "=", 4.91, year=2023),
    R("(chiếm «39,81%)", "số hóa các ngành khác chiếm", "=", 39.81, year=2023),
    R("chiếm hơn «30%", "sản xuất sản phẩm điện tử, máy vi tính và sản phẩm quang học chiếm tổng giá trị tăng thêm của hoạt động kinh tế số",
      ">", 30),
    R("từ «6,53%", "tỷ trọng đóng góp giá trị tăng thêm của khu vực dịch vụ trong GDP", "=", 6.53, year=2020),
    R("lên «6,65%", "tỷ trọng đóng góp giá trị tăng thêm của khu vực dịch vụ trong GDP", "=", 6.65, year=2023),
    R("khoảng «13%", "thương mại bán buôn, bán lẻ chiếm giá trị tăng thêm kinh tế số", "~", 13, year=2023),
    R("khoảng «4%", "sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hòa không khí", "~", 4, year=2023),
    R("khoảng «2%", "sản xuất sản phẩm từ kim loại đúc sẵn", "~", 2, year=2023),
])

# --------------------------------------------------------------------------
# 12 national (baomoi.net.vn, no date shown): the digital economy's share of
# GRDP by province, from the "Báo cáo thường niên kinh tế số Việt Nam 2022" →
# year 2022. Each share and rank carries `place` (the province it belongs to).
# "Đứng thứ 2 ... là Thái Nguyên" and "Tp.HCM và Hà Nội đứng thứ 6 và 7": rank
# results (=), each with its province. The counts of provinces by band ("17
# tỉnh thành phố ... trên 10%", "5 địa phương trên 20%", "13 ... từ 10- 20%",
# "43 ... từ 5- 10%", "2 ... dưới 5%"): count results; the bands' bounds are
# thresholds inside the subject → NOT. "top 5", "nhóm 5 tỉnh", "5 địa phương
# có tỷ trọng ... thấp nhất": group labels, no quantity. The last paragraph
# restates Bắc Ninh's and Quảng Ngãi's shares: recorded again (set24 12).
# "hơn 13 lần" compares two values (no quantity). Two "Ảnh minh họa" lines cut.
# --------------------------------------------------------------------------
SH = "tỷ trọng Kinh tế số trên GRDP"
D12 = dict(name="12_quocgia-kts-grdp-tinh", kind="result", year=2022,
           NOT=["GRDP trên «10%", "địa phương trên «20%", "từ «10- 20%", "từ «5- 10%", "dưới «5%"], records=[
    R("là «56,83%", SH, "=", 56.83, place="Bắc Ninh", iid=KTS),
    R("thứ «2 bảng", "Thái Nguyên đứng thứ bảng xếp hạng tỷ trọng Kinh tế số trên GRDP", "=", 2, **RANK, place="Thái Nguyên"),
    R("GRDP «42,92%", SH, "=", 42.92, place="Thái Nguyên", iid=KTS),
    R("(«42,13%)", SH, "=", 42.13, place="Bắc Giang", iid=KTS),
    R("(«29,48%)", SH, "=", 29.48, place="Hải Phòng", iid=KTS),
    R("(«22,87%)", SH, "=", 22.87, place="Vĩnh Phúc", iid=KTS),
    R("(«19,76%)", SH, "=", 19.76, place="Đà Nẵng", iid=KTS),
    R("thứ «6 và", "Tp.HCM đứng thứ xếp hạng tỷ trọng Kinh tế số trên GRDP", "=", 6, **RANK, place="Tp.HCM"),
    R("6 và «7 xếp", "Hà Nội đứng thứ xếp hạng tỷ trọng Kinh tế số trên GRDP", "=", 7, **RANK, place="Hà Nội"),
    R("tương ứng «18,66%", SH, "=", 18.66, place="Tp.HCM", iid=KTS),
    R("và «17,15%", SH, "=", 17.15, place="Hà Nội", iid=KTS),
    R("có «17 tỉnh", "tỉnh thành phố có tỷ trọng Kinh tế số trên GRDP", "=", 17, **CNT),
    R("có «5 địa phương trên", "địa phương theo từng nhóm tỷ trọng", "=", 5, **CNT),
    R("«13 địa phương", "địa phương theo từng nhóm tỷ trọng", "=", 13, **CNT),
    R("«43 địa phương", "địa phương theo từng nhóm tỷ trọng", "=", 43, **CNT),
    R("có «2 địa phương", "địa phương theo từng nhóm tỷ trọng là Bạc Liêu và Quảng Ngãi", "=", 2, **CNT),
    R("(«5,78%)", "tỷ trọng kinh tế số", "=", 5.78, place="Tây Ninh", iid=KTS),
    R("(«5,73%)", "tỷ trọng kinh tế số", "=", 5.73, place="Tiền Giang", iid=KTS),
    R("(«5,16%)", "tỷ trọng kinh tế số", "=", 5.16, place="Bình Thuận", iid=KTS),
    R("(«4,87%)", "tỷ trọng kinh tế số", "=", 4.87, place="Bạc Liêu", iid=KTS),
    R("Quảng Ngãi («4,21%).", "tỷ trọng kinh tế số", "=", 4.21, place="Quảng Ngãi", iid=KTS),
    R("Bắc Ninh («56,83%) so", "tỉnh đứng đầu tỷ trọng kinh tế số", "=", 56.83, place="Bắc Ninh", iid=KTS),
    R("cuối bảng («4,21%)", "Quảng Ngãi đứng cuối bảng tỷ trọng kinh tế số", "=", 4.21, place="Quảng Ngãi", iid=KTS),
])

# --------------------------------------------------------------------------
# 13 national (thanhnien.vn, date 2026-02): targets of the Government
# Steering Committee's programme for 2026 (year 2026). The lead-in "Về mục
# tiêu đóng góp cho tăng trưởng năm 2026" names no pillar; "Về hạ tầng, nền
# tảng số và dữ liệu dùng chung" names more than one → null (set25 03); the
# next paragraph "100% hồ sơ công việc ..." stands under no heading → null.
# "đạt 14,5%", "đạt 17,5%", "là 50%", "đạt 70% dân số", bare 100% → >=.
# "100% hồ sơ công việc tại cấp bộ, cấp tỉnh và cấp xã": one value for all
# levels → one record, scope null (spec). "100% cán bộ cấp xã có trang thiết
# bị ... và có chữ ký số": one value for two conditions → id null. "tháng
# 2.2026" a date. Two photo-caption lines cut.
# --------------------------------------------------------------------------
D13 = dict(name="13_quocgia-chuong-trinh-2026", kind="target", year=2026, records=[
    R("đạt «14,5%", "tỷ trọng giá trị tăng thêm của kinh tế số trong GDP", ">=", 14.5, iid=KTS),
    R("đạt «17,5%", "tỷ trọng đóng góp của khoa học công nghệ, đổi mới sáng tạo, chuyển đổi số trong GDP", ">=", 17.5),
    R("là «50%", "tỷ trọng đóng góp của năng suất nhân tố tổng hợp vào tăng trưởng kinh tế", ">=", 50),
    R("đạt «70% dân", "phủ sóng 5G dân số", ">=", 70, iid=G5),
    R("; «100% cán", "cán bộ cấp xã có trang thiết bị đáp ứng yêu cầu công việc và có chữ ký số cá nhân", ">=", 100),
    R("«100% hồ sơ", "hồ sơ công việc tại cấp bộ, cấp tỉnh và cấp xã được xử lý trên môi trường điện tử", ">=", 100, iid=WR),
])

# --------------------------------------------------------------------------
# 14 national (baophutho.vn, date 2026-02): results of 2025 reported at the
# first meeting of 2026: "năm 2025 ... với 30 luật được Quốc hội thông qua, 68
# nghị định của Chính phủ" (counts of legal documents in the field of science,
# technology and DX; "hàng trăm" has no digit) and "ước chiếm 13,9% GDP" (=,
# 2025). "Đề án 06", "phiên họp lần thứ nhất", "2026-2030", "25/2" are no
# quantities. Two photo captions cut.
# --------------------------------------------------------------------------
D14 = dict(name="14_quocgia-phien-hop-2026", kind="result", year=2025, records=[
    R("với «30 luật", "luật được Quốc hội thông qua trong lĩnh vực khoa học, công nghệ và chuyển đổi số", "=", 30, **CNT,
      iid="inst.dx_policy_documents_count"),
    R("«68 nghị", "nghị định của Chính phủ trong lĩnh vực khoa học, công nghệ và chuyển đổi số", "=", 68, **CNT,
      iid="inst.dx_policy_documents_count"),
    R("chiếm «13,9%", "kinh tế số chiếm GDP", "=", 13.9, iid=KTS),
])

# --------------------------------------------------------------------------
# 15 national (ictvietnam.vn print page, byline 03/02/2025 → date 2025-02): a
# precision text. "gần 1/3 số nghề", "1/4 thế kỷ" and "60% số nghề chưa xuất
# hiện" are forecasts about occupations quoted from research, no DX indicator
# → NOT (the %); "Hơn 2,5 triệu người biết chữ" (1945) is a literacy result of
# 1945, no DX indicator (left out); "(1945)", "(2022)" dates. Records: the
# target "Đặt mục tiêu đến 2025: Top 50 Chính phủ điện tử toàn cầu" (rank <=50,
# 2025) and the result "Tỷ lệ người dân sử dụng dịch vụ công trực tuyến còn
# thấp (3-4%)" (between 3-4; no year of its own → the date's year 2025).
# The byline line was replaced by the date line.
# --------------------------------------------------------------------------
D15 = dict(name="15_binh-dan-hoc-vu-so-2025", kind="result", year=2025, NOT=["có «60% số"], records=[
    R("Top «50", "Chính phủ điện tử toàn cầu", "<=", 50, **RANK, **T, iid=EGDI),
    R("(«3-4%)", "Tỷ lệ người dân sử dụng dịch vụ công trực tuyến", "between", 3, value_max=4),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14, D15]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
