#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set65).

Copied from set47's builder (itself from set45's, set43's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the
text with « just before the number. The locator (without «) must occur exactly once in the text;
the anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed
as in the seeds' builder (`start_at` moves the start back to a given string).

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


DIEM = dict(unit="other", unit_text="điểm")
NOUNIT = dict(unit="other", unit_text=None)
DONG = dict(unit="other", unit_text="đồng")

# --------------------------------------------------------------------------
# 01 PCI 2023, national announcement (cafef.vn, date 2024-05; "PCI 2023",
# "năm 2023" → results of 2023). Five PCI scores, unit other "điểm", each
# with its province as `place` (the page is national): Quảng Ninh 71,25,
# Long An 70,94 and the three in brackets (Hải Phòng, Bắc Giang, Đồng Tháp).
# Id rank.pci_score. Places written as words ("đứng đầu", "á quân") get no
# rank record. Not quantities: "63 tỉnh" and "10 lĩnh vực" (what the index
# covers), "18 năm qua", "năm thứ 7", "tăng 2,49 điểm, nhảy vọt 8 bậc so
# với năm 2022" (changes), "Top 5 của bảng xếp hạng" (the name of the list
# the brackets open, no place of its own; a judgement), the tallies "chuỗi 3
# năm tiếp trong Top 5", "năm thứ 2 xuất hiện trong Top 5", "16 năm liên
# tiếp nằm trong Top 5" (runs of past places, not a value of 2023; a
# judgement), "TOP 10" (the excerpt ends before its list), years.
# --------------------------------------------------------------------------
D01 = dict(name="01_ca-nuoc-pci-2023", kind="result", year=2023, records=[
    R("năm 2023 đạt «71,25 điểm", "điểm số PCI tổng hợp năm 2023 Quảng Ninh", "=", 71.25, **DIEM,
      place="Quảng Ninh", iid="rank.pci_score"),
    R("PCI 2023 với «70,94 điểm", "Long An vị trí á quân trong bảng xếp hạng PCI 2023", "=", 70.94, **DIEM,
      place="Long An", iid="rank.pci_score"),
    R("Hải Phòng («70,34 điểm", "bảng xếp hạng PCI 2023 Hải Phòng", "=", 70.34, **DIEM, place="Hải Phòng",
      iid="rank.pci_score"),
    R("Bắc Giang («69,75 điểm", "bảng xếp hạng PCI 2023 Bắc Giang", "=", 69.75, **DIEM, place="Bắc Giang",
      iid="rank.pci_score"),
    R("Đồng Tháp («69,66 điểm", "bảng xếp hạng PCI 2023 Đồng Tháp", "=", 69.66, **DIEM, place="Đồng Tháp",
      iid="rank.pci_score"),
])

# --------------------------------------------------------------------------
# 02 PCI 2024, national announcement (lite.baomoi.com, no date; "PCI 2024"
# → 2024). Hải Phòng "vị trí số 1 với 74,84 điểm": a rank (=, 1) and a score.
# Quảng Ninh "73,20 điểm" (its place "thứ hai" in words: no rank record);
# "tăng 1,95 điểm so với năm 2023" a change. Hà Nội: "điểm số 68,38", "từ
# vị trí số 28 của năm ngoái" (=, 28, year 2023: a place stated for its own
# year, as set47's 02), "lên vị trí thứ 24" (=, 24), "nằm trong top 30"
# (<=, 30). TP HCM: "vị trí thứ 29 với 67,89 điểm", "(năm 2023 đứng thứ 27)"
# (=, 27, 2023). "Top 30 PCI 2024 còn có sự góp mặt của các địa phương ..."
# (<=, 30, one record for the list, no place: the list holds eight
# provinces). Hưng Yên "đứng thứ 10" (=, 10). Ids rank.pci (ranks),
# rank.pci_score (scores); place on each record of a named province.
# Not quantities: "63 tỉnh" (what the report covers), "tăng 4 bậc", "tụt
# xuống 2 bậc" (changes), the tallies "ba năm liên tiếp nằm trong top 5",
# "năm thứ ba liên tiếp ... nằm trong nhóm 5 địa phương", "duy trì trong
# top 10 PCI từ năm 2021" (runs of places; a judgement, as 01), years.
# --------------------------------------------------------------------------
D02 = dict(name="02_ca-nuoc-pci-2024", kind="result", year=2024, records=[
    R("vị trí số «1 với", "Hải Phòng vươn lên vị trí số", "=", 1, **RANK, place="Hải Phòng", iid="rank.pci"),
    R("số 1 với «74,84 điểm", "Hải Phòng tỉnh có chất lượng điều hành kinh tế tốt nhất cả nước", "=", 74.84, **DIEM,
      place="Hải Phòng", iid="rank.pci_score"),
    R("Quảng Ninh với «73,20 điểm", "Xếp ở vị trí thứ hai là tỉnh Quảng Ninh", "=", 73.2, **DIEM, place="Quảng Ninh",
      iid="rank.pci_score"),
    R("Với điểm số «68,38", "điểm số Hà Nội PCI 2024", "=", 68.38, unit="other", unit_text=None, place="Hà Nội",
      iid="rank.pci_score"),
    R("vị trí số «28 của", "Hà Nội vị trí số của năm ngoái", "=", 28, **RANK, year=2023, place="Hà Nội",
      iid="rank.pci"),
    R("lên vị trí thứ «24", "Hà Nội PCI 2024 vị trí thứ", "=", 24, **RANK, place="Hà Nội", iid="rank.pci"),
    R("nằm trong top «30 tỉnh", "Hà Nội nằm trong top tỉnh, thành phố có chất lượng điều hành tốt", "<=", 30,
      **RANK, place="Hà Nội", iid="rank.pci"),
    R("vị trí thứ «29 với", "chỉ số PCI 2024 của TP HCM đứng vị trí thứ", "=", 29, **RANK, place="TP HCM",
      iid="rank.pci"),
    R("thứ 29 với «67,89 điểm", "chỉ số PCI 2024 của TP HCM", "=", 67.89, **DIEM, place="TP HCM",
      iid="rank.pci_score"),
    R("(năm 2023 đứng thứ «27)", "TP HCM năm 2023 đứng thứ", "=", 27, **RANK, year=2023, place="TP HCM",
      iid="rank.pci"),
    R("Top «30 PCI 2024", "Top PCI 2024 còn có sự góp mặt của các địa phương Thừa Thiên Huế, Hậu Giang, Phú Thọ, "
      "Đồng Tháp, Hưng Yên, Cần Thơ, Bến Tre, Ninh Thuận", "<=", 30, **RANK, iid="rank.pci"),
    R("Hưng Yên đứng thứ «10", "Hưng Yên đứng thứ bảng xếp hạng", "=", 10, **RANK, place="Hưng Yên", iid="rank.pci"),
])

# --------------------------------------------------------------------------
# 03 PAPI 2023, the share of people using the internet at home
# (quanlynhanuoc.vn, no date; "PAPI 2023" → 2023). "tăng đáng kể từ 75% năm
# 2022 lên 80% năm 2023": two results, each stated for its own year (75 of
# 2022, 80 of 2023; not a change: the values themselves are given); "so với
# tỷ lệ 31% vào năm 2016": the value of 2016 (=, 31, year 2016). No id: the
# catalogue's infra.internet_users_share is the share of the population
# using the internet anywhere, this is use at home (a judgement). Pillar
# null (the heading "1. Năm 2023 số lượng người tiếp cận và sử dụng
# internet ..." names no pillar). NOT: "cao hơn từ 5%-10% so với nữ giới",
# "thấp hơn từ 10%-20% so với ..." (differences between groups, not values).
# Not quantities: "Từ năm 2020 đến năm 2022", "từ 2016 đến 2023", "1." .
# --------------------------------------------------------------------------
D03 = dict(name="03_ca-nuoc-papi-2023-internet", kind="result", year=2023, records=[
    R("từ «75% năm 2022", "tỷ lệ người dùng internet tại nhà", "=", 75, year=2022),
    R("lên «80% năm 2023", "tỷ lệ người dùng internet tại nhà", "=", 80, year=2023),
    R("tỷ lệ «31% vào năm 2016", "tỷ lệ người dùng internet tại nhà", "=", 31, year=2016),
], NOT=["cao hơn từ «5%-10%", "từ 5%-«10% so với nữ", "thấp hơn từ «10%-20%", "từ 10%-«20%"])

# --------------------------------------------------------------------------
# 04 PAPI 2023, Thừa Thiên Huế first (chatluongvacuocsong.vn, no date; "Năm
# 2023", "PAPI 2023" → 2023). Index values, unit other: "mức điểm 46,0415"
# ("điểm" written: unit_text "điểm"), "(trên tổng điểm là 80)" the scale's
# maximum (not a value reached), "mức trung bình của cả nước là 42,3265"
# (unit_text null: no unit word at the number; a judgement), "ở mức điểm
# 8,3/10" ("/10" the scale), "trong khoảng 45,5-45,7" (between, one range
# for six provinces, no place), "lần lượt là 43,9603 và 41,7754" (Hà Nội,
# TP.HCM; unit_text null). Place on the values of a named province. No id:
# the catalogue holds only PAPI's e-governance score (rank.papi_e_governance),
# these are the total and the public-service dimension. Not quantities:
# "từ năm 2009", "63 tỉnh/thành phố" (the survey's coverage), "19.536 người
# dân" (the survey's sample, as set47's 11), "8 chỉ số thành phần" (the
# index's parts), "80", "/10".
# --------------------------------------------------------------------------
D04 = dict(name="04_hue-papi-2023", kind="result", year=2023, records=[
    R("với mức điểm «46,0415", "Thừa Thiên Huế chỉ số PAPI tổng hợp", "=", 46.0415, **DIEM, place="Thừa Thiên Huế"),
    R("cả nước là «42,3265", "mức trung bình của cả nước chỉ số PAPI tổng hợp", "=", 42.3265, **NOUNIT),
    R("ở mức điểm «8,3/10", "Huế số điểm ở hạng mục cung ứng dịch vụ công", "=", 8.3, **DIEM, place="Huế"),
    R("trong khoảng «45,5-45,7", "mức điểm PAPI Thái Nguyên, Bắc Ninh, Hà Tĩnh, Ninh Thuận, Sóc Trăng và Bạc Liêu",
      "between", 45.5, value_max=45.7, **DIEM),
    R("lần lượt là «43,9603", "Hà Nội chỉ số hiệu quả quản trị và hành chính công", "=", 43.9603, **NOUNIT,
      place="Hà Nội"),
    R("43,9603 và «41,7754", "TP.HCM chỉ số hiệu quả quản trị và hành chính công", "=", 41.7754, **NOUNIT,
      place="TP.HCM"),
])

# --------------------------------------------------------------------------
# 05 PAR INDEX 2024 of the provinces (vietnamplus.vn, date 2025-04; "năm
# 2024", "PAR Index 2024" → 2024). "giá trị trung bình ... đạt 88,37%" (=,
# the provinces' average; no id: rank.par_index_score is one province's
# value, a judgement). "63/63 địa phương đạt kết quả Chỉ số ... trên 80%"
# in the sub-heading and again in "lần thứ 2 liên tiếp có 63/63 địa phương
# ...": a count each time (=, 63); "Nhóm A ... gồm 13 tỉnh" (=, 13). The
# thresholds "trên 80%", "từ 90% trở lên", "từ 80%" define the groups
# counted → NOT (no value reached). NOT also the changes "cao hơn 1,39% so
# với năm 2023", "(6,39%)", "(0,19%)", "2,94%", "0,21%". Not quantities:
# "6/4", "tháng 3/2025" (dates), "hơn 85.600 phiếu" (the survey's sample),
# "lần thứ 2", "53 địa phương có ... tăng", "9 địa phương có chỉ số giảm"
# (counts of provinces by the direction of their change, as set47's 11; a
# judgement), "2 nhóm" (the grouping).
# --------------------------------------------------------------------------
D05 = dict(name="05_ca-nuoc-par-index-2024", kind="result", year=2024, records=[
    R("«63/63 địa phương đạt kết quả Chỉ số cải cách hành chính trên 80%\n", "địa phương đạt kết quả Chỉ số cải cách "
      "hành chính trên", "=", 63, **CNT),
    R("đạt «88,37%", "Chỉ số cải cách hành chính năm 2024 của các tỉnh, thành phố giá trị trung bình", "=", 88.37),
    R("liên tiếp có «63/63", "địa phương đều đạt kết quả Chỉ số cải cách hành chính trên", "=", 63, **CNT),
    R("gồm «13 tỉnh", "Nhóm A, đạt kết quả Chỉ số từ trở lên tỉnh, thành phố", "=", 13, **CNT),
], NOT=["hành chính trên «80%\n", "cao hơn «1,39%", "Bình Thuận («6,39%)", "Lai Châu («0,19%)",
        "nhiều nhất là «2,94%", "ít nhất là «0,21%", "đều đạt kết quả Chỉ số cải cách hành chính trên «80%.",
        "Chỉ số từ «90% trở lên", "Chỉ số từ «80%\n"])

# --------------------------------------------------------------------------
# 06 Đà Nẵng's DTI 2023 (baomoi.net.vn, no date; "DTI năm 2023" → 2023).
# One record: "dẫn đầu với giá trị 0,8340" (the city's DTI value, unit other,
# unit_text null: no unit word; id dti.provincial_score; no place: Đà Nẵng
# is the page's own subject). Places in words ("đứng đầu", "xếp thứ nhất")
# get no rank record. Not quantities: "6/2", "Phiên họp lần thứ 10", "Đề án
# 06", "năm 2024", "năm 2025", "năm thứ tư", "10 tỉnh, thành phố có chỉ số
# ... cao nhất gồm: ..." (the size of the list it opens; a judgement), "7
# địa phương duy trì vị trí trong top 10 từ năm trước" (a tally of places
# kept; a judgement), "5/8 chỉ số chính" (a count of the index's parts on
# which the city is first, like set47's counts of targets met; a judgement),
# "3 trụ cột", "98 chỉ số thành phần" (the index's parts, contract).
# --------------------------------------------------------------------------
D06 = dict(name="06_danang-dti-2023", kind="result", year=2023, records=[
    R("với giá trị «0,8340", "Đà Nẵng chỉ số DTI cấp tỉnh giá trị", "=", 0.834, **NOUNIT, iid="dti.provincial_score"),
])

# --------------------------------------------------------------------------
# 07 ICT Index 2022 of the ministries (dx.bvhttdl.gov.vn, the Ministry of
# Culture, Sports and Tourism's own site; date 2023-09; "ICT Index 2022" →
# 2022). Values: the ministry's "số điểm ICT Index là 0,8838" (unit_text
# "điểm", id rank.ict_index_score) and its components "hạ tầng kỹ thuật là
# 0,7350; hạ tầng nhân lực là 1,0000, chỉ số ứng dụng là 0,8838" (unit other,
# unit_text null, no id); the Academy's "điểm số ICT Index 2022 là 0,8333"
# (rank.ict_index_score), "chỉ số hạ tầng kỹ thuật, chỉ số hạ tầng nhân lực
# đều đạt 1,0000" (one record: one value stated once for two components),
# "chỉ số ứng dụng là 0,5000"; Đà Nẵng's "chỉ số ICT Index là 0,9094"
# (rank.ict_index_score, place), "0,97", "0,77" (place). Ranks: "Năm 2019,
# 2020, Bộ VHTT&DL xếp hạng 3" (one record for one number; year 2020, the
# nearer of the two years named; a judgement), "vị trí thứ 2" (the Ministry
# of Natural Resources, 2022), "từ vị trí 17 năm 2019" (=, 17, 2019), "vị
# trí 12 năm 2020" (=, 12, 2020); id rank.ict_index (the ranking of the
# ministries under the same index name; a judgement). Pillar null
# throughout ("hạ tầng kỹ thuật" is a component's name, not a heading).
# Not quantities: "17 Bộ, cơ quan ngang Bộ" twice and "7 cơ quan" (the
# bodies ranked), "lần thứ 24 năm 2023", "63 tỉnh" (the ranking's coverage),
# "xếp hạng đầu" (no digit).
# --------------------------------------------------------------------------
D07 = dict(name="07_bo-nganh-ict-index-2022", kind="result", year=2022, records=[
    R("số điểm ICT Index là «0,8838", "Bộ VHTTDL dẫn đầu xếp hạng chung số điểm ICT Index", "=", 0.8838, **DIEM,
      iid="rank.ict_index_score"),
    R("hạ tầng kỹ thuật là «0,7350", "Bộ VHTTDL chỉ số hạ tầng kỹ thuật", "=", 0.735, **NOUNIT),
    R("hạ tầng nhân lực là «1,0000", "Bộ VHTTDL hạ tầng nhân lực", "=", 1, **NOUNIT),
    R("chỉ số ứng dụng là «0,8838", "Bộ VHTTDL chỉ số ứng dụng", "=", 0.8838, **NOUNIT),
    R("xếp hạng «3.", "Bộ VHTT&DL xếp hạng", "=", 3, **RANK, year=2020, iid="rank.ict_index"),
    R("vị trí thứ «2 là Bộ", "Đứng ở vị trí thứ Bộ Tài Nguyên và Môi trường", "=", 2, **RANK, iid="rank.ict_index"),
    R("từ vị trí «17 năm 2019", "Bộ Tài Nguyên và Môi trường vị trí năm 2019", "=", 17, **RANK, year=2019,
      iid="rank.ict_index"),
    R("vị trí «12 năm 2020", "Bộ Tài Nguyên và Môi trường vị trí năm 2020", "=", 12, **RANK, year=2020,
      iid="rank.ict_index"),
    R("ICT Index 2022 là «0,8333", "Viện Hàn lâm Khoa học Công nghệ Việt Nam điểm số ICT Index 2022", "=", 0.8333,
      **DIEM, iid="rank.ict_index_score"),
    R("đều đạt «1,0000", "Viện Hàn lâm Khoa học Công nghệ Việt Nam chỉ số hạ tầng kỹ thuật, chỉ số hạ tầng nhân lực",
      "=", 1, **NOUNIT),
    R("chỉ số ứng dụng là «0,5000", "Viện Hàn lâm Khoa học Công nghệ Việt Nam chỉ số ứng dụng", "=", 0.5, **NOUNIT),
    R("chỉ số ICT Index là «0,9094", "Đà Nẵng chỉ số ICT Index", "=", 0.9094, **NOUNIT, place="Đà Nẵng",
      iid="rank.ict_index_score"),
    R("hạ tầng kỹ thuật là «0,97", "Đà Nẵng chỉ số hạ tầng kỹ thuật", "=", 0.97, **NOUNIT, place="Đà Nẵng"),
    R("hạ tầng nhân lực là «0,77", "Đà Nẵng chỉ số hạ tầng nhân lực", "=", 0.77, **NOUNIT, place="Đà Nẵng"),
])

# --------------------------------------------------------------------------
# 08 Bà Rịa - Vũng Tàu's own indices of 2023 (baobariavungtau.com.vn, no
# date; "Năm 2023" → 2023). "chỉ số CCHC trung bình của cả 3 cấp đạt
# 87,602/100 điểm" and "Chỉ số chuyển đổi số trung bình của cả 3 cấp đạt
# 80,1/100 điểm": values, unit other "điểm" ("/100" the scale). "Tỷ lệ hài
# lòng ... đối với sự phục vụ của UBND cấp huyện đạt 82,91%" (=; scope null:
# "cấp huyện" is part of the subject, contract). No id: the province's own
# indices of its bodies, not the national PAR INDEX, DTI or SIPAS. NOT:
# "tăng 2,61% so với năm 2022" (a change). Not quantities: "3 cấp", "tăng
# 0,292 điểm", "tăng 18,6 điểm" (changes), "năm 2022".
# --------------------------------------------------------------------------
D08 = dict(name="08_bariavungtau-cchc-dti-2023", kind="result", year=2023, records=[
    R("cả 3 cấp đạt «87,602/100", "chỉ số CCHC trung bình của cả 3 cấp", "=", 87.602, **DIEM),
    R("cả 3 cấp đạt «80,1/100", "Chỉ số chuyển đổi số trung bình của cả 3 cấp", "=", 80.1, **DIEM),
    R("cấp huyện đạt «82,91%", "Tỷ lệ hài lòng của người dân, tổ chức đối với sự phục vụ của UBND cấp huyện", "=",
      82.91),
], NOT=["tăng «2,61%"])

# --------------------------------------------------------------------------
# 09 Thanh Hóa, the smart village of Vân Sơn commune (danviet.vn, date
# 2024-12; "Đến nay" → 2024 from the stamp). "mỗi huyện phải có ít nhất 1 xã
# đạt chuẩn NTM thông minh": the province's requirement, a target (>=, 1,
# count, year 2024 from the document: the sentence names none; id
# society.smart_rural_communes_count). "huy động được 1,1 tỷ đồng để thực
# hiện chuyển đổi số" (money, unit other "đồng", 1.1e9; year 2024: the
# paragraph's "Năm 2022" dates the commune's recognition, not the sum; a
# judgement). The village's results: "100% các hộ dân ... sử dụng điện thoại
# thông minh" (society.households_smartphone_share, a judgement), "trên 90%
# hộ đã lắp mạng internet cáp quang, mạng 3G/4G" (>, 90;
# infra.households_internet_share: fibre or mobile, a judgement), "206/206
# hộ dân tham gia các nhóm zalo" (count 206), "87 mắt camera an ninh"
# (count 87). Scope null, pillar null. Not quantities: "thôn 1", "thôn 8"
# (names), "Năm 2022", "3G/4G" (names), the denominator "/206".
# --------------------------------------------------------------------------
D09 = dict(name="09_thanhhoa-xa-van-son-thon-thong-minh", kind="result", year=2024, records=[
    R("ít nhất «1 xã", "mỗi huyện phải có xã đạt chuẩn NTM thông minh", ">=", 1, **CNT, kind="target",
      iid="society.smart_rural_communes_count"),
    R("huy động được «1,1 tỷ đồng", "Vân Sơn huy động để thực hiện chuyển đổi số", "=", 1.1e9, **DONG),
    R("Đến nay, «100%", "các hộ dân trong thôn đã sử dụng điện thoại thông minh", "=", 100,
      iid="society.households_smartphone_share"),
    R("trên «90% hộ", "hộ đã lắp mạng internet cáp quang, mạng 3G/4G", ">", 90, iid="infra.households_internet_share"),
    R("3G/4G; «206/206", "hộ dân tham gia các nhóm zalo thôn", "=", 206, **CNT),
    R("lắp đặt «87 mắt", "mắt camera an ninh tại gia đình các hộ dân đã lắp đặt", "=", 87, **CNT),
])

# --------------------------------------------------------------------------
# 10 Đà Nẵng (after the July 2025 merger), the new communes Duy Xuyên and
# Nam Phước (baodanang.vn, date 2025-07): a precision text with one
# quantity, "hơn 95% hộ dân thôn Hà Nhuận lắp đặt và sử dụng internet" (>,
# 95, 2025; infra.households_internet_share, a judgement). Pillar null.
# Nothing else in it is a number but the stamp.
# --------------------------------------------------------------------------
D10 = dict(name="10_danang-xa-nam-phuoc-2025-precision", kind="result", year=2025, records=[
    R("hơn «95% hộ dân", "hộ dân thôn Hà Nhuận lắp đặt và sử dụng internet", ">", 95,
      iid="infra.households_internet_share"),
])

# --------------------------------------------------------------------------
# 11 Vĩnh Phúc, the smart village Vân Nội of Vân Hội commune (baovinhphuc.com.vn,
# no date; "năm 2024" → 2024). "Theo kế hoạch năm 2024, ... có 5 thôn ... được
# lựa chọn để xây dựng thôn đạt chuẩn thôn thông minh": a planned count (a
# target, >=, 5; society.smart_rural_communes_count; a judgement: the lead
# "Theo kế hoạch năm 2024" governs it). "có 3 xã ... đăng ký xây dựng đạt
# chuẩn xã NTM kiểu mẫu": not a digital-transformation quantity (model new
# rural communes; a judgement). "100% hộ, cơ sở sản xuất, kinh doanh ... đã
# ứng dụng internet, các mạng xã hội ..., kênh thương mại điện tử" (=, 100,
# 2024, no id). NOT: the last "100%" (the excerpt ends after it, no subject).
# Not quantities: "công nghệ 4.0" (a name), "ít nhất một" (a word).
# --------------------------------------------------------------------------
D11 = dict(name="11_vinhphuc-thon-van-noi-2024", kind="result", year=2024, records=[
    R("có «5 thôn", "thôn được lựa chọn để xây dựng thôn đạt chuẩn thôn thông minh", ">=", 5, **CNT, kind="target",
      iid="society.smart_rural_communes_count"),
    R("Đến nay, «100% hộ", "hộ, cơ sở sản xuất, kinh doanh trên địa bàn thôn Vân Nội đã ứng dụng internet, các mạng "
      "xã hội, kênh thương mại điện tử để quảng bá, bán sản phẩm", "=", 100),
], NOT=["sản phẩm; «100%"])

# --------------------------------------------------------------------------
# 12 A national summary of digital transformation (ictvietnam.vn, date
# 2025-02): a precision text, one quantity among years and names: "Hạ tầng
# kỹ thuật số được mở rộng với mạng 5G phủ sóng 25,5% dân số" (=, 25.5, year
# 2025 from the stamp: the bullet names none; infra.fiveg_coverage_share;
# pillar digital_infrastructure: the bullet opens with "Hạ tầng kỹ thuật
# số", as set47's 01 "Hạ tầng số, viễn thông ..."; a judgement). Not
# quantities: "đến 2030", "từ năm 2020 đến 2024", "5G" (a name).
# --------------------------------------------------------------------------
D12 = dict(name="12_ca-nuoc-cds-2025-precision", kind="result", year=2025, records=[
    R("phủ sóng «25,5% dân số", "Hạ tầng kỹ thuật số được mở rộng với mạng 5G phủ sóng dân số", "=", 25.5,
      pillar=INFRA, iid="infra.fiveg_coverage_share"),
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
