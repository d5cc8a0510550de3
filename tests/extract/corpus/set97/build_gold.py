#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set97).

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
USD = dict(unit="other", unit_text="USD")
MW = dict(unit="other", unit_text="MW")

ICT_REV = "econ.ict_industry_revenue"
DE_GDP = "econ.digital_economy_gdp_share"
PII = "rank.pii_rank"

# --------------------------------------------------------------------------
# 01 Resolution 57's results of 2025, national (huengaynay.vn, crawler stamp
# 2025-12-27 → `date 2025-12`; "năm 2025" → 2025). "đã hoàn thành 1.227/1.298
# nhiệm vụ (đạt 95%), còn 71 nhiệm vụ chưa hoàn thành (chiếm 5%)": how far the
# resolution's tasks were done, not an indicator's value (set15 04, set19 12:
# counts of tasks and their completion are no quantities) → the two
# percentages NOT, the counts unrecorded. "30 luật được Quốc hội thông qua",
# "68 nghị định", "60 thông tư": counts of legal documents passed, results
# (=, count, 2025; no id, as set86/set94's "30 luật ... 68 nghị định": the
# catalogue's inst.dx_policy_documents_count is a province's DX documents).
# "Công tác xây dựng, hoàn thiện thể chế" names thể chế, not thể chế số →
# pillar null (a judgement). Not quantities: "25/12/2025", "năm 2025", "năm
# 2026", "57-NQ/TW".
# --------------------------------------------------------------------------
D01 = dict(name="01_ca-nuoc-nghi-quyet-57-tong-ket-2025", kind="result", year=2025, records=[
    R("với «30 luật", "luật được Quốc hội thông qua", "=", 30, **CNT),
    R("ban hành «68 nghị định", "Chính phủ đã ban hành nghị định", "=", 68, **CNT),
    R("ban hành «60 thông tư", "các bộ, ngành ban hành thông tư", "=", 60, **CNT),
], NOT=["(đạt «95%)", "(chiếm «5%)"])

# --------------------------------------------------------------------------
# 02 Hải Dương, the Provincial Party Committee's action programme for
# Resolution 57 (baomoi.net.vn, no date shown; every target "đến năm 2030" →
# 2030). "thuộc nhóm 20 địa phương dẫn đầu cả nước về ứng dụng, chuyển giao
# khoa học, công nghệ và đổi mới sáng tạo" (rank <=, 20; stated in the lead and
# the body: two records; no id: not the PII itself). "quy mô kinh tế số đạt từ
# 30% GRDP trở lên" (>=, econ.digital_economy_gdp_share; lead and body: two
# records). "tăng trưởng GRDP trung bình giai đoạn 2025-2030 ... đạt 12%/năm
# trở lên" (>=, a growth target: a target stated as a change is a quantity),
# "Đóng góp của ... (TFP) vào tăng trưởng kinh tế ở mức từ 55% trở lên" (>=),
# "Tỷ lệ sử dụng dịch vụ công trực tuyến của người dân, doanh nghiệp đạt 100%"
# (>=; no id: society.adult_online_services_use_share is adults only; a
# judgement). Pillar null (no heading). Not quantities: "Nghị quyết 57",
# "2025-2030" (the period), the excerpt ends in "giao dịch không dùng ".
# --------------------------------------------------------------------------
D02 = dict(name="02_haiduong-chuong-trinh-nq57-muc-tieu-2030", kind="target", year=2030, records=[
    R("sẽ thuộc nhóm «20 địa phương", "Tỉnh Hải Dương thuộc nhóm địa phương dẫn đầu cả nước về ứng dụng, chuyển giao "
      "khoa học, công nghệ và đổi mới sáng tạo", "<=", 20, **RANK),
    R("quy mô kinh tế số đạt từ «30%", "quy mô kinh tế số", ">=", 30, iid=DE_GDP),
    R("Hải Dương thuộc nhóm «20 địa phương", "Hải Dương thuộc nhóm địa phương dẫn đầu cả nước về ứng dụng, chuyển "
      "giao khoa học, công nghệ và đổi mới sáng tạo", "<=", 20, **RANK),
    R("đạt «12%/năm", "tăng trưởng GRDP trung bình giai đoạn 2025-2030", ">=", 12),
    R("ở mức từ «55%", "Đóng góp của năng suất nhân tố tổng hợp (TFP) vào tăng trưởng kinh tế", ">=", 55),
    R("Quy mô kinh tế số đạt từ «30%", "Quy mô kinh tế số", ">=", 30, iid=DE_GDP),
    R("doanh nghiệp đạt «100%", "Tỷ lệ sử dụng dịch vụ công trực tuyến của người dân, doanh nghiệp", ">=", 100),
])

# --------------------------------------------------------------------------
# 03 Resolution 57's targets for 2030, national (tracuuquyhoach.com, a copy
# of a news item; no date shown; "Đến 2030", "đến năm 2030" → 2030). The
# title "kinh tế số đạt tối thiểu 30% GDP" is printed twice (headline and
# repeated title) and stated twice more in the body: four records (>=,
# econ.digital_economy_gdp_share). "tối thiểu có 5 doanh nghiệp công nghệ số
# ngang tầm các nước tiên tiến" (>=, count; no id: not the count of all digital
# firms). "TFP ... ở mức trên 55%" (>), "tỉ trọng xuất khẩu sản phẩm công nghệ
# cao trên tổng giá trị hàng hóa xuất khẩu đạt tối thiểu 50%" (>=): their
# sentences name no year; the list is the resolution's 2030 targets → 2030.
# "những mục tiêu cụ thể trong lĩnh vực kinh tế" names no pillar (kinh tế,
# not kinh tế số) → pillar null. Not quantities: the page furniture cut ("3
# ngày trước"), "cách mạng công nghiệp lần thứ tư" (no digit).
# --------------------------------------------------------------------------
D03 = dict(name="03_ca-nuoc-nq57-kinh-te-so-30-gdp-2030", kind="target", year=2030, records=[
    R("tối thiểu «30% GDP\n\nĐến", "kinh tế số", ">=", 30, iid=DE_GDP),
    R("tối thiểu «30% GDP\nNghị", "kinh tế số", ">=", 30, iid=DE_GDP),
    R("Việt Nam đạt tối thiểu «30%", "kinh tế số của Việt Nam", ">=", 30, iid=DE_GDP),
    R("tối thiểu có «5 doanh", "doanh nghiệp công nghệ số ngang tầm các nước tiên tiến", ">=", 5, **CNT),
    R("ở mức trên «55%", "Đóng góp của năng suất nhân tố tổng hợp (TFP) vào tăng trưởng kinh tế", ">", 55),
    R("đạt tối thiểu «50%", "tỉ trọng xuất khẩu sản phẩm công nghệ cao trên tổng giá trị hàng hóa xuất khẩu", ">=", 50),
    R("Quy mô kinh tế số đạt tối thiểu «30%", "Quy mô kinh tế số", ">=", 30, iid=DE_GDP),
])

# --------------------------------------------------------------------------
# 04 IT industry revenue targets of 2024 and 2025, national
# (doanhnghiepvaphapluat.vn, byline 31/03/2024 → `date 2024-03`, document
# year 2024). Targets ("đặt mục tiêu năm 2024 ... sẽ đạt", "năm 2025 lên
# mức"): "3.636.752 tỷ đồng" (>=, 2024) and "3.828.160 tỷ đồng" (>=, 2025), each
# econ.ict_industry_revenue; their USD restatements "(hơn 149,3 tỷ USD)" (>)
# and "(157,1 tỷ USD)" (>=), no id (the catalogue's unit is đồng; a
# judgement). The headline "Doanh thu công nghệ thông tin đạt hơn 149,3 tỷ USD
# năm 2024" states the same target (written in March 2024) → target >, 2024.
# Results: "tỷ trọng "make in Viet Nam" tăng từ 21% lên 29%": both values (as
# set51's "tăng từ 6,53% năm 2020 lên 6,65%"): 21% with no year (the text
# names none), 29% of the document year; "1.500 doanh nghiệp công nghệ số ...
# đang hoạt động tại nước ngoài" (count), "tổng doanh thu năm 2023 đạt 7,5 tỷ
# USD" (2023), "207 dự án với tổng vốn đăng ký 2,82 tỷ USD, chiếm gần 13%"
# (count, USD, ~%); the world's IT spending "được dự báo đạt 5.100 tỷ USD
# trong năm 2024" (a forecast read =, as set90's "dự báo đạt 39 tỷ USD") and
# "chi tiêu cho dịch vụ công nghệ thông tin và phần mềm chiếm 51%" (=). NOT
# (changes against an earlier value): "tăng 30%", "tăng 32%", "tăng 43%",
# "tăng 8% so với năm 2023", the growth rates "11,6% và 14,1%". Not
# quantities: "lần thứ 2" (an event's number), "năm 2023". Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_ca-nuoc-doanh-thu-cntt-muc-tieu-2024-2025", kind="result", year=2024, records=[
    R("thông tin đạt hơn «149,3", "Doanh thu công nghệ thông tin", ">", 149.3e9, **USD, **T),
    R("sẽ đạt «3.636.752", "doanh thu công nghiệp công nghệ thông tin", ">=", 3636752e9, **DONG, **T, iid=ICT_REV),
    R("(hơn «149,3", "doanh thu công nghiệp công nghệ thông tin", ">", 149.3e9, **USD, **T),
    R("lên mức «3.828.160", "doanh thu công nghiệp công nghệ thông tin", ">=", 3828160e9, **DONG, **T, year=2025,
      iid=ICT_REV),
    R("(«157,1 tỷ USD)", "doanh thu công nghiệp công nghệ thông tin", ">=", 157.1e9, **USD, **T, year=2025),
    R("tăng từ «21%", "tỷ trọng \"make in Viet Nam\"", "=", 21, year=None),
    R("lên «29%", "tỷ trọng \"make in Viet Nam\"", "=", 29),
    R("có tới «1.500 doanh", "doanh nghiệp công nghệ số Việt Nam đang hoạt động tại nước ngoài, có doanh thu từ "
      "nước ngoài", "=", 1500, **CNT),
    R("năm 2023 đạt «7,5 tỷ USD", "tổng doanh thu doanh nghiệp công nghệ số Việt Nam từ nước ngoài", "=", 7.5e9,
      **USD, year=2023),
    R("có «207 dự án", "Đầu tư ra nước ngoài lĩnh vực thông tin và truyền thông dự án", "=", 207, **CNT),
    R("đăng ký «2,82 tỷ USD", "Đầu tư ra nước ngoài lĩnh vực thông tin và truyền thông tổng vốn đăng ký", "=",
      2.82e9, **USD),
    R("chiếm gần «13%", "Đầu tư ra nước ngoài lĩnh vực thông tin và truyền thông tổng vốn đăng ký", "~", 13),
    R("dự báo đạt «5.100 tỷ USD", "Chi tiêu cho công nghệ thông tin của thế giới", "=", 5.1e12, **USD),
    R("phần mềm chiếm «51%", "chi tiêu cho dịch vụ công nghệ thông tin và phần mềm", "=", 51),
], NOT=["doanh nghiệp công nghệ số tăng «30%", "doanh thu tăng «32%", "tăng «43%", "tăng «8% so",
        "tương đương «11,6%", "và «14,1%"])

# --------------------------------------------------------------------------
# 05 The Ministry of Information and Communications' first half of 2024,
# national (doanhnhansaigon.vn, no date shown; "6 tháng đầu năm 2024" → 2024).
# Results: the headline "đạt hơn 2 triệu tỷ đồng" (>, 2e15: two magnitude
# words) and "doanh thu toàn ngành ước tính đạt 2.067.389 tỷ đồng" (=), each
# econ.ict_industry_revenue (its wording "doanh thu toàn ngành thông tin và
# truyền thông"); "ICT đạt doanh thu khoảng 1,86 tỷ đồng" (~, 1.86e9 as
# printed: the page's slip for "triệu tỷ" is kept, the value as written;
# econ.ict_industry_revenue); the budget paid "59.847 tỷ đồng", the GDP
# contribution "476.933 tỷ đồng", telecom services "33.536 tỷ đồng" (=, no id),
# hardware exports "hơn 1,75 triệu tỷ đồng" (>, no id); "50.350 doanh nghiệp
# công nghệ số đang hoạt động" (=, econ.digital_tech_enterprises_count);
# "Tỷ lệ người dùng Internet ước tính đạt 78,1%" (=, infra.internet_users_share);
# "91,9 thuê bao trên 100 dân" (=, no "%": unit other "thuê bao trên 100 dân",
# as set6's "thuê bao/100 dân"; infra.mobile_broadband_subscriptions_per_100,
# the measure itself, a judgement on the unit); "tỷ lệ thuê bao Internet di
# động vượt qua mức 90%" (>) and the Ministry's target "mục tiêu 87,5%"
# (target >=, 2024). NOT: the changes "tăng 27%" (twice), "25,8%", "22,5%",
# "28,1%", "8%", "2,27%", "7,6%", and how far the year's plan was done
# ("hoàn thành 50% kế hoạch", "đạt 49% kế hoạch", "đạt gần 50% kế hoạch": the
# degree of a plan's completion, as 01's tasks). Not quantities: "6 tháng"
# (periods), "29/7", "năm 2023". Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_ca-nuoc-tttt-6-thang-2024", kind="result", year=2024, records=[
    R("đạt hơn «2 triệu tỷ", "Doanh thu ngành thông tin và truyền thông", ">", 2e15, **DONG, iid=ICT_REV),
    R("ước tính đạt «2.067.389", "doanh thu toàn ngành", "=", 2067389e9, **DONG, iid=ICT_REV),
    R("Nhà nước đạt «59.847", "Số tiền nộp vào ngân sách Nhà nước", "=", 59847e9, **DONG),
    R("GDP ước tính đạt «476.933", "Đóng góp của ngành thông tin và truyền thông vào GDP", "=", 476933e9, **DONG),
    R("doanh thu khoảng «1,86", "lĩnh vực công nghiệp công nghệ thông tin - truyền thông (ICT) doanh thu", "~",
      1.86e9, **DONG, iid=ICT_REV),
    R("đạt hơn «1,75 triệu", "Kim ngạch xuất khẩu phần cứng và điện tử", ">", 1.75e15, **DONG),
    R("Hiện có «50.350", "doanh nghiệp công nghệ số đang hoạt động", "=", 50350, **CNT,
      iid="econ.digital_tech_enterprises_count"),
    R("viễn thông đạt «33.536", "Doanh thu từ dịch vụ viễn thông", "=", 33536e9, **DONG),
    R("ước tính đạt «78,1%", "Tỷ lệ người dùng Internet", "=", 78.1, iid="infra.internet_users_share"),
    R("trung bình «91,9", "thuê bao băng rộng di động", "=", 91.9, unit="other", unit_text="thuê bao trên 100 dân",
      iid="infra.mobile_broadband_subscriptions_per_100"),
    R("vượt qua mức «90%", "tỷ lệ thuê bao Internet di động", ">", 90),
    R("mục tiêu «87,5%", "tỷ lệ thuê bao Internet di động", ">=", 87.5, **T),
], NOT=["tăng «27% so với cùng kỳ năm trước", "hoàn thành «50% kế", "tăng «25,8%", "tăng «22,5%",
        "tăng «27% so với cùng kỳ năm 2023", "đạt «49% kế", "tăng «28,1%", "đạt gần «50% kế", "tăng «8% so",
        "trưởng «2,27%", "tăng «7,6%"])

# --------------------------------------------------------------------------
# 06 The Provincial Innovation Index (PII) 2024, national (vietbao.vn, stamp
# 2024-12; "PII 2024" → 2024). Every place in digits is a rank result (=,
# rank.pii_rank) with its province as `place`: Hà Nội 1 and Cao Bằng 63 (the
# opening sentence printed twice: two records each), Hà Nội 1 (a third time),
# TP.HCM 2, Hải Phòng 3, Bà Rịa-Vũng Tàu 4, Đà Nẵng 5, Quảng Ninh 6, Cần Thơ
# 7, Bình Dương 8, Bắc Ninh "xuống vị trí 11"; the 2023 places in brackets
# "(PII 2023 xếp hạng 7)" etc. are results of 2023. Bắc Giang "lên nhóm 10 địa
# phương dẫn đầu" (rank <=, 10); "3 địa phương xuống nhóm từ 31 đến 50 (Đồng
# Tháp, Tiền Giang, Vĩnh Long)" (rank between 31-50, one range for three
# provinces: one record, no place). Not recorded: the counts of provinces that
# moved ("9 địa phương", "1 địa phương", "16 địa phương", "3 địa phương", "5
# thành phố", "5 địa phương"), the groups that define them ("nhóm 10 địa
# phương dẫn đầu PII 2023", "thứ hạng từ 11 đến 30 trong PII 2023", "gồm 20
# địa phương") and "nhóm 30 địa phương dẫn đầu PII 2024" (said of 16 unnamed
# provinces: no province's value; a judgement); "30/12". Pillar null.
# --------------------------------------------------------------------------
_S1 = "Theo kết quả phân tích, đánh giá PII 2024, Hà Nội tiếp tục là địa phương có điểm số cao nhất, xếp hạng «1 và"
D06 = dict(name="06_ca-nuoc-pii-2024-xep-hang", kind="result", year=2024, records=[
    R("12\n" + _S1, "Hà Nội địa phương có điểm số cao nhất, xếp hạng PII 2024", "=", 1, **RANK, place="Hà Nội", iid=PII),
    R("thấp nhất, xếp hạng «63. Ngày", "Cao Bằng địa phương có điểm số thấp nhất, xếp hạng PII 2024", "=", 63, **RANK,
      place="Cao Bằng", iid=PII),
    R("năm 2024. " + _S1, "Hà Nội địa phương có điểm số cao nhất, xếp hạng PII 2024", "=", 1, **RANK,
      place="Hà Nội", iid=PII),
    R("thấp nhất, xếp hạng «63. Trong", "Cao Bằng địa phương có điểm số thấp nhất, xếp hạng PII 2024", "=", 63,
      **RANK, place="Cao Bằng", iid=PII),
    R("xuống vị trí «11", "Bắc Ninh rời nhóm 10 địa phương dẫn đầu PII 2024 xuống vị trí", "=", 11, **RANK,
      place="Bắc Ninh", iid=PII),
    R("lên nhóm «10 địa phương dẫn đầu (Bắc Giang)", "Bắc Giang lên nhóm địa phương dẫn đầu PII 2024", "<=", 10,
      **RANK, place="Bắc Giang", iid=PII),
    R("xuống nhóm từ «31 đến 50", "địa phương xuống nhóm (Đồng Tháp, Tiền Giang, Vĩnh Long) PII 2024", "between", 31,
      **RANK, value_max=50, iid=PII),
    R("Hà Nội xếp hạng «1,", "Hà Nội xếp hạng PII 2024", "=", 1, **RANK, place="Hà Nội", iid=PII),
    R("Minh xếp hạng «2", "Thành phố Hồ Chí Minh xếp hạng PII 2024", "=", 2, **RANK, place="Thành phố Hồ Chí Minh",
      iid=PII),
    R("Hải Phòng xếp hạng «3", "Hải Phòng xếp hạng PII 2024", "=", 3, **RANK, place="Hải Phòng", iid=PII),
    R("Vũng Tàu xếp hạng «4", "Bà Rịa-Vũng Tàu xếp hạng PII 2024", "=", 4, **RANK, place="Bà Rịa-Vũng Tàu", iid=PII),
    R("(PII 2023 xếp hạng «7)", "Bà Rịa-Vũng Tàu PII 2023 xếp hạng", "=", 7, **RANK, year=2023,
      place="Bà Rịa-Vũng Tàu", iid=PII),
    R("Đà Nẵng xếp hạng «5", "Đà Nẵng xếp hạng PII 2024", "=", 5, **RANK, place="Đà Nẵng", iid=PII),
    R("(PII 2023 xếp hạng «4)", "Đà Nẵng PII 2023 xếp hạng", "=", 4, **RANK, year=2023, place="Đà Nẵng", iid=PII),
    R("Quảng Ninh xếp hạng «6", "Quảng Ninh xếp hạng PII 2024", "=", 6, **RANK, place="Quảng Ninh", iid=PII),
    R("(PII 2023 xếp hạng «9)", "Quảng Ninh PII 2023 xếp hạng", "=", 9, **RANK, year=2023, place="Quảng Ninh",
      iid=PII),
    R("Cần Thơ xếp hạng «7", "Cần Thơ xếp hạng PII 2024", "=", 7, **RANK, place="Cần Thơ", iid=PII),
    R("(PII 2023 xếp hạng «5)", "Cần Thơ PII 2023 xếp hạng", "=", 5, **RANK, year=2023, place="Cần Thơ", iid=PII),
    R("Bình Dương xếp hạng «8", "Bình Dương xếp hạng PII 2024", "=", 8, **RANK, place="Bình Dương", iid=PII),
])

# --------------------------------------------------------------------------
# 07 Firms using AI, national (thanhnien.vn, stamp 2025-09-19 → `date
# 2025-09`; the AWS/Strand Partners study; "Hiện" → 2025). Results: "gần
# 170.000 doanh nghiệp" (~, count), "tương đương 18% tổng số đơn vị ... đã
# ứng dụng AI" (=), "tăng từ mức 13% của một năm trước" (the earlier value, =,
# as set51's "tăng từ 6,53%"; year null: "một năm trước" writes no year, and
# the checker, like the contract, takes a year only from the text), "61% doanh nghiệp
# đã triển khai AI ghi nhận mức tăng trưởng doanh thu" (=), "74% doanh nghiệp
# chủ yếu sử dụng AI cho các mục tiêu cơ bản" and its restatement "chiếm tới
# 74% số doanh nghiệp" (= each), "17% đơn vị đạt đến giai đoạn trung cấp" (=).
# NOT: "tương đương 39%" (the growth), "mức tăng trưởng doanh thu trung bình
# 16%" (a change of revenue). "khoảng 2 phần 3" (a fraction in words) gets no
# record (a judgement). No ids (the catalogue has no AI indicator). Pillar
# null ("AI tăng trưởng “nóng” nhưng chưa sâu" names no pillar).
# --------------------------------------------------------------------------
D07 = dict(name="07_ca-nuoc-doanh-nghiep-ung-dung-ai-2025", kind="result", year=2025, records=[
    R("có gần «170.000", "doanh nghiệp đã ứng dụng AI", "~", 170000, **CNT),
    R("tương đương «18%", "tổng số đơn vị trên cả nước đã ứng dụng AI", "=", 18),
    R("từ mức «13%", "tổng số đơn vị trên cả nước đã ứng dụng AI", "=", 13, year=None),
    R("«61% doanh", "doanh nghiệp đã triển khai AI ghi nhận mức tăng trưởng doanh thu", "=", 61),
    R("có tới «74%", "doanh nghiệp chủ yếu sử dụng AI cho các mục tiêu cơ bản", "=", 74),
    R("chiếm tới «74%", "Giai đoạn một tập trung vào lợi ích gia tăng như hiệu quả vận hành số doanh nghiệp", "=",
      74),
    R("Chỉ «17%", "đơn vị đạt đến giai đoạn trung cấp", "=", 17),
], NOT=["tương đương «39%", "trung bình «16%"])

# --------------------------------------------------------------------------
# 08 The Global Innovation Index 2024, national (baobackan.vn, stamp 2024-09;
# "GII 2024" → 2024). Rank results (=): "xếp hạng 44/133 quốc gia"
# (rank.wipo_gii); the input and output sub-ranks "từ vị trí 57 lên 53" and
# "từ vị trí 40 lên 36" (each pair: the earlier value of 2023 ("so năm 2023")
# and the value of 2024, as set51's "tăng từ ... lên"; no id); "vị trí thứ 2
# trong nhóm các quốc gia thu nhập trung bình thấp"; "đứng thứ 4" in ASEAN;
# the countries ranked above Việt Nam: Ấn Độ 39, Trung quốc 11, Malaysia 33,
# Thổ Nhĩ Kỳ 37, Bulgaria 38, Thái Lan 41, each with the country as `place`
# (the contract names provinces; a country is the same kind of "whose value",
# a judgement). "một trong 8 quốc gia thu nhập trung bình cải thiện thứ hạng
# nhiều nhất" (rank <=, 8: a group, spec's "nằm trong tốp 10"). Not
# quantities: "Tăng 2 bậc", "tăng 2 bậc", "tăng 4 bậc" (twice) (changes), "5
# trụ cột", "2 trụ cột" (the index's parts), "có 5 quốc gia" (a count of
# countries above), "năm 2013", "năm 2023". Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_ca-nuoc-gii-2024-44-133", kind="result", year=2024, records=[
    R("xếp hạng «44/133", "Việt Nam xếp hạng Chỉ số Đổi mới sáng tạo toàn cầu", "=", 44, **RANK, iid="rank.wipo_gii"),
    R("từ vị trí «57 lên", "thứ hạng đầu vào đổi mới sáng tạo", "=", 57, **RANK, year=2023),
    R("vị trí 57 lên «53", "thứ hạng đầu vào đổi mới sáng tạo", "=", 53, **RANK),
    R("từ vị trí «40 lên", "Đầu ra đổi mới sáng tạo vị trí", "=", 40, **RANK, year=2023),
    R("vị trí 40 lên «36", "Đầu ra đổi mới sáng tạo vị trí", "=", 36, **RANK),
    R("vị trí thứ «2", "Việt Nam vị trí trong nhóm các quốc gia thu nhập trung bình thấp", "=", 2, **RANK),
    R("với thứ hạng «39", "Ấn Độ thứ hạng", "=", 39, **RANK, place="Ấn Độ"),
    R("Trung quốc xếp hạng «11", "Trung quốc xếp hạng", "=", 11, **RANK, place="Trung quốc"),
    R("Malaysia xếp hạng «33", "Malaysia xếp hạng", "=", 33, **RANK, place="Malaysia"),
    R("Thổ Nhĩ Kỳ xếp hạng «37", "Thổ Nhĩ Kỳ xếp hạng", "=", 37, **RANK, place="Thổ Nhĩ Kỳ"),
    R("Bulgaria xếp hạng «38", "Bulgaria xếp hạng", "=", 38, **RANK, place="Bulgaria"),
    R("Thái Lan xếp hạng «41", "Thái Lan xếp hạng", "=", 41, **RANK, place="Thái Lan"),
    R("đứng thứ «4", "Trong khu vực ASEAN, Việt Nam đứng thứ", "=", 4, **RANK),
    R("một trong «8 quốc gia", "quốc gia thu nhập trung bình cải thiện thứ hạng nhiều nhất tính từ năm 2013", "<=", 8,
      **RANK),
])

# --------------------------------------------------------------------------
# 09 Venture capital for startups, national (vietbao.vn, stamp 2024-12).
# Results: "trong 9 tháng đầu năm 2024 ... 38 thương vụ đầu tư vào các
# startup" (=, count, 2024), "với quy mô 372 triệu USD" (=, USD, 2024), "con số
# đầu tư của năm 2023 (529 triệu USD)" (=, USD, 2023). The hope "có thể đạt gần
# bằng con số ... của năm 2023" has no number of its own. No ids. Not
# quantities: "Covid-19", "9 tháng" (a period), "năm 2023", "năm 2024". Pillar
# null; the excerpt ends in a photo caption's first words "Các kỹ sư đang chế
# tạo một mẫu drone (", left as returned (part of a line).
# --------------------------------------------------------------------------
D09 = dict(name="09_ca-nuoc-von-khoi-nghiep-9-thang-2024", kind="result", year=2024, records=[
    R("ghi nhận «38 thương vụ", "thương vụ đầu tư vào các startup", "=", 38, **CNT),
    R("quy mô «372 triệu USD", "thương vụ đầu tư vào các startup quy mô", "=", 372e6, **USD),
    R("(«529 triệu USD)", "tổng số vốn đầu tư khởi nghiệp vào Việt Nam con số đầu tư của năm 2023", "=", 529e6,
      **USD, year=2023),
])

# --------------------------------------------------------------------------
# 10 Data-centre capacity, national (vneconomy.vn, stamp 2025-10-20; "hiện" →
# 2025). "khoảng 51 MW công suất trung tâm dữ liệu đang hoạt động" (~), "11
# MW đang xây dựng" (=: "khoảng" read on the first number only), "28 MW trong
# kế hoạch phát triển" (=, the planned pipeline as measured now), Mordor's
# forecast "có thể đạt 524,7 MW vào năm 2025" (=, 2025; a forecast read =, as
# set90). Unit other "MW" (as set88's MW). No ids. Not quantities: "5–7 năm"
# (a duration), "Net Zero". Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_ca-nuoc-trung-tam-du-lieu-mw-2025", kind="result", year=2025, records=[
    R("khoảng «51 MW", "công suất trung tâm dữ liệu đang hoạt động", "~", 51, **MW),
    R("với «11 MW", "công suất trung tâm dữ liệu đang xây dựng", "=", 11, **MW),
    R("và «28 MW", "công suất trung tâm dữ liệu trong kế hoạch phát triển", "=", 28, **MW),
    R("đạt «524,7 MW", "quy mô nguồn cung trung tâm dữ liệu", "=", 524.7, **MW),
])

# --------------------------------------------------------------------------
# 11 Thanh Hóa, first results of Resolution 57 (baothanhhoa.vn, stamp
# 2025-08-26; a precision text with no record). "danh mục 20 bài toán lớn về
# phát triển KHCN, ĐMST&CĐS" is a list of problems to solve (a count of tasks,
# spec: not a quantity; a judgement). Not quantities: "57-NQ/TW" (three
# times), "Nghị quyết 57" (three times), "cách mạng công nghiệp lần thứ tư"
# (no digit). The photo caption cut (SOURCES.md).
# --------------------------------------------------------------------------
D11 = dict(name="11_thanhhoa-nq57-buoc-dau-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 12 Spending on science and technology, national (tu-do.com, a copy of an
# older news item; no date shown, the address holds 05152019). A precision
# text: "Chi cho khoa học công nghệ của Việt Nam ... chỉ chiếm khoảng 0,44% GDP"
# (result ~) and the world mean "con số bình quân của thế giới là 2,23% GDP"
# (result =); the text names no year and shows no date → year null. No ids.
# Pillar null. The page furniture ("Who's Online", "260 guests") cut.
# --------------------------------------------------------------------------
D12 = dict(name="12_ca-nuoc-chi-khcn-044-gdp-precision", kind="result", year=None, records=[
    R("khoảng «0,44%", "Chi cho khoa học công nghệ của Việt Nam", "~", 0.44),
    R("là «2,23%", "con số bình quân của thế giới chi cho khoa học công nghệ", "=", 2.23),
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
