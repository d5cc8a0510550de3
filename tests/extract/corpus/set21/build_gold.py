#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set21).

Copied from set19's builder (itself from set17's, set15's, set14's, set12's, set10's, set9's, set8's and the seeds'). Each record
is written by hand below; its anchor is never typed in. A record names a
locator: a piece of the text with « just before the number. The locator
(without «) must occur exactly once in the text; the anchor is where « stands.
`start`/`end` (the clause that states the quantity) are computed as in the
seeds' builder (`start_at` moves the start back to a given string, used for
table rows whose indicator stands in an earlier cell).

Each document may also list NOT: locators of numbers deliberately left
without a record (percentages that are not quantities under the contract);
check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id
of the catalogue indicator it measures, or null, decided against
muctieu/catalog/data/indicators.yaml at commit f0d9ac1 (214 entries; see README). As in
set10-set19, the id is given in the record itself (`iid=`).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, GOV, ECO, SOC, INFRA, SEC, HR, DATA, SMART, INST, AWARE, CNT, RANK  # noqa: E402


OTHER = dict(unit="other")
VAL = dict(unit="other", unit_text=None)
PTS = dict(unit="other", unit_text="điểm")
USD = dict(unit="other", unit_text="USD")

DTIR = "dti.provincial_rank"
DTIS = "dti.provincial_score"
GOVR = "dti.digital_government_rank"
ECOR = "dti.digital_economy_rank"
SOCR = "dti.digital_society_rank"
HRR = "dti.digital_human_resources_rank"
ECO_SCORE = "dti.digital_economy_score"
FULL = "egov.full_online_services_share"
ONLINE = "egov.online_applications_share"
DIGITISED = "egov.digitised_procedure_results_share"
WR = "egov.work_records_online_share"
ERESULTS = "egov.one_stop_digital_results_share"
ONTIME = "egov.on_time_applications_share"
EMAIL = "egov.official_email_use_share"
DOCSYS = "egov.document_system_use_share"
ECO_GDP = "econ.digital_economy_gdp_share"
ECO_GROWTH = "econ.digital_economy_growth"
SME = "econ.sme_digital_platforms_share"
ETAX = "econ.e_tax_enterprises_share"
MERCH = "econ.merchants_cashless_share"
CASHLESS = "econ.cashless_transactions_share"
CITIZEN_APP = "platforms.citizen_app_users_share"
FIBRE_XA = "infra.fibre_commune_coverage_share"
IOC_N = "city.ioc_services_count"
CAMS = "city.surveillance_cameras_count"
PAR = "rank.par_index"
ICT = "rank.ict_index"

# --------------------------------------------------------------------------
# 01 Tiền Giang (vietnamnet, no date line): the half-year review "6 tháng đầu
# năm 2023" → 2023 for the Đề án 06 results; the CCHC and PAPI values and
# ranks of "năm 2022" and the DTI 2022 ranks → 2022; the bracketed "(xếp hạng
# 23)" is the DTI rank of 2021 (spec: a bracket stating a value). Changes
# ("tăng 09 bậc", "tăng 1,88 điểm", "tăng 14 bậc", "tăng 3 hạng", "tăng 05 /
# 03 bậc", "giảm 01 bậc") are no quantities. "xếp thứ 4 trong khu vực Đồng
# bằng sông Cửu Long": a regional rank (spec: region in the wording).
# Numerators "213/213", "421/511" recorded (set8). No heading: pillar null.
# --------------------------------------------------------------------------
D01 = dict(name="01_tiengiang-de-an-06-dti-2023", kind="result", year=2023, records=[
    R("năm 2022 đạt «82,58 điểm", "Chỉ số CCHC của tỉnh", "=", 82.58, **PTS, year=2022),
    R("xếp hạng «53/63", "Chỉ số CCHC của tỉnh xếp hạng", "=", 53, **RANK, year=2022, iid=PAR),
    R("đạt «40,97 điểm", "Chỉ số Hiệu quả Quản trị và Hành chính công của tỉnh", "=", 40.97, **PTS, year=2022),
    R("xếp hạng «45/63", "Chỉ số Hiệu quả Quản trị và Hành chính công của tỉnh xếp hạng", "=", 45, **RANK, year=2022),
    R("với trên «1,7 triệu", "hồ sơ cấp mới Căn cước công dân (CCCD)", ">", 1.7e6, **CNT),
    R("đạt «100,02%", "thu nhận hồ sơ cấp Căn cước công dân (CCCD)", "=", 100.02,
      note="progress against the plan's quota of records (set15 01 'đạt tỷ lệ tiến độ 90%')"),
    R("có «213/213 cơ sở", "cơ sở áp dụng dùng thẻ CCCD khám, chữa bệnh thay thẻ Bảo hiểm y tế (BHYT)", "=", 213, **CNT),
    R("có «283.399 công dân", "công dân dùng thẻ CCCD khám, chữa bệnh thay thẻ BHYT", "=", 283399, **CNT),
    R("có «421/511 đơn vị", "đơn vị áp dụng thanh toán học phí, các khoản thu bằng hình thức trực tuyến không dùng tiền mặt",
      "=", 421, **CNT),
    R("xếp hạng «20 trên cả nước", "Chỉ số CĐS (DTI) xếp hạng trên cả nước", "=", 20, **RANK, year=2022, iid=DTIR),
    R("(xếp hạng «23)", "Chỉ số CĐS (DTI) xếp hạng", "=", 23, **RANK, year=2021, iid=DTIR),
    R("xếp thứ «4 trong khu vực", "Chỉ số CĐS (DTI) xếp thứ trong khu vực Đồng bằng sông Cửu Long", "=", 4, **RANK,
      year=2022),
    R("(xếp thứ «14,", "Chính quyền số", "=", 14, **RANK, year=2022, iid=GOVR),
    R("(xếp thứ «11 tăng", "kinh tế số", "=", 11, **RANK, year=2022, iid=ECOR),
    R("(xếp thứ «12,", "xã hội số", "=", 12, **RANK, year=2022, iid=SOCR),
])

# --------------------------------------------------------------------------
# 02 Tiền Giang (vietnamnet, date 2023-08): the half-year report "6 tháng đầu
# năm 2023" → 2023; DTI 2022 rank and the group "một trong 10 địa phương dẫn
# đầu về nhân lực số" (rank <= 10, set18) → 2022. Heading "Chuyển đổi số tăng
# 3 bậc" is a change (no quantity) and names no pillar. "609/1.311 (100%)":
# the numerator (count) and the bracketed share, each a record (spec).
# "Ở lĩnh vực xã hội số," leads its sentence → digital_society for the
# TienGiangS values (spec: a lead-in naming one pillar). The bracket "(đạt
# 28,7% dân số trưởng thành c" is cut by the page; worded from its value's
# subject (set19).
# --------------------------------------------------------------------------
D02 = dict(name="02_tiengiang-kinh-te-so-6-thang-2023", kind="result", year=2023, records=[
    R("xếp hạng «20, tăng", "chỉ số chuyển đổi số cấp bộ, cấp tỉnh – DTI xếp hạng", "=", 20, **RANK, year=2022, iid=DTIR),
    R("một trong «10 địa phương", "địa phương dẫn đầu về nhân lực số", "<=", 10, **RANK, year=2022, iid=HRR),
    R("có «100% hồ sơ", "hồ sơ thủ tục hành chính được số hóa, cập nhật vào hệ thống Cổng dịch vụ công của tỉnh", "=", 100,
      iid=DIGITISED),
    R("Cung cấp «609/1.311", "thủ tục hành chính đủ điều kiện lên dịch vụ công trực tuyến toàn trình", "=", 609, **CNT),
    R("(«100%) thủ tục", "thủ tục hành chính đủ điều kiện lên dịch vụ công trực tuyến toàn trình", "=", 100, iid=FULL),
    R("Tích hợp «1.305 dịch vụ", "dịch vụ công trực tuyến tích hợp lên Cổng dịch vụ công quốc gia", "=", 1305, **CNT),
    R("đứng thứ «16/63", "dịch vụ công trực tuyến tích hợp lên Cổng dịch vụ công quốc gia, đứng thứ", "=", 16, **RANK),
    R("đạt «44,33%", "Tỷ lệ hồ sơ giải quyết trực tuyến", "=", 44.33, iid=ONLINE),
    R("với hơn «362.468 lượt", "lượt người dùng cài đặt và sử dụng nền tảng công dân số TienGiangS", ">", 362468, **CNT,
      pillar=SOC),
    R("(đạt «28,7% dân số", "dân số trưởng thành cài đặt và sử dụng nền tảng công dân số TienGiangS", "=", 28.7,
      pillar=SOC, iid=CITIZEN_APP, note="the page breaks off after 'dân số trưởng thành c'"),
])

# --------------------------------------------------------------------------
# 03 Tây Ninh (baotayninh.vn, date 2023-08): the title "Kinh tế số có sự cải
# thiện đáng kể" names one pillar and heads the text (set18 12, also for the
# DTI rank: the heading decides). DTI values and ranks of 2022 → 2022; the
# bracket "(năm 2021 đạt 0,248 điểm, xếp hạng 58)" → 2021. The lead
# restates the body's 0,56 / 26/63 (both recorded, set7-set19). The
# "hoạt động kinh tế số" value is the main index → dti.digital_economy_score;
# its rank is not the pillar's rank (set19's reading of the catalogue):
# null. "Theo báo cáo của UBND tỉnh" names no year: the date's 2023 (set15).
# "tăng 4 bậc" no quantity. "Ngày 12.7" a date.
# --------------------------------------------------------------------------
D03 = dict(name="03_tayninh-kinh-te-so-dti-2022", kind="result", year=2023, records=[
    R("(BTN) - Hoạt động “kinh tế số” năm 2022 của Tây Ninh đạt «0,56", "Hoạt động “kinh tế số”", "=", 0.56, **PTS,
      year=2022, pillar=ECO, iid=ECO_SCORE),
    R("(BTN) - Hoạt động “kinh tế số” năm 2022 của Tây Ninh đạt 0,56 điểm, xếp hạng «26/63",
      "Hoạt động “kinh tế số” xếp hạng", "=", 26, **RANK, year=2022, pillar=ECO),
    R("Tây Ninh xếp hạng thứ «40", "Chuyển đổi số cấp tỉnh (chỉ số DTI) xếp hạng", "=", 40, **RANK, year=2022, pillar=ECO,
      iid=DTIR),
    R("Trong đó, hoạt động “kinh tế số” năm 2022 của Tây Ninh đạt «0,56", "hoạt động “kinh tế số”", "=", 0.56, **PTS,
      year=2022, pillar=ECO, iid=ECO_SCORE),
    R("Trong đó, hoạt động “kinh tế số” năm 2022 của Tây Ninh đạt 0,56 điểm, xếp hạng «26/63",
      "hoạt động “kinh tế số” xếp hạng", "=", 26, **RANK, year=2022, pillar=ECO),
    R("năm 2021 đạt «0,248 điểm", "kinh tế số", "=", 0.248, **PTS, year=2021, pillar=ECO, iid=ECO_SCORE),
    R("xếp hạng «58)", "kinh tế số xếp hạng", "=", 58, **RANK, year=2021, pillar=ECO),
    R("nền tảng số là «3,6%", "tỷ lệ doanh nghiệp nhỏ và vừa trên địa bàn tỉnh sử dụng nền tảng số", "=", 3.6,
      pillar=ECO, iid=SME),
    R("tương đương «1.220 doanh nghiệp", "doanh nghiệp nhỏ và vừa sử dụng nền tảng số", "=", 1220, **CNT, pillar=ECO),
    R("tỉnh là «1.384", "số lượng tên miền .vn trên địa bàn tỉnh", "=", 1384, **CNT, pillar=ECO),
    R("đạt «33,8%", "số lượng tên miền .vn trên địa bàn tỉnh", "=", 33.8, pillar=ECO,
      note="the text does not say of what the 33,8% is"),
    R("; «100% doanh nghiệp", "doanh nghiệp nộp thuế điện tử", "=", 100, pillar=ECO, iid=ETAX),
    R("hiện có «4 sàn TMĐT", "sàn TMĐT", "=", 4, **CNT, pillar=ECO),
])

# --------------------------------------------------------------------------
# 04 Kon Tum (vccinews.vn, no date line): results of the report "Đến hết
# tháng 5/2022" → 2022. The resolution's aim "xếp thứ 35 tỉnh, thành cả nước
# thực hiện tốt nhất về CĐS": a target rank (<=) of the resolution "đến năm
# 2025" → 2025, in a paragraph that names no pillar. The second paragraph is
# led by "việc triển khai kiến trúc Chính quyền điện tử ..." → 
# digital_government for the IOC's "7 hợp phần" (set17: a sentence leading
# its paragraph and naming a pillar); the third paragraph (led by the IOC's
# data axis) names no pillar. "phiên bản 2.0" is a name.
# --------------------------------------------------------------------------
D04 = dict(name="04_kontum-ioc-an-toan-thong-tin-2022", kind="result", year=2022, records=[
    R("xếp thứ «35 tỉnh", "Kon Tum xếp thứ tỉnh, thành cả nước thực hiện tốt nhất về CĐS", "<=", 35, **RANK,
      kind="target", year=2025, iid=DTIR),
    R("dữ liệu của «7 hợp phần", "Hệ thống Trung tâm Điều hành thông minh tỉnh - IOC (đang thử nghiệm) đã hoàn thành "
      "tích hợp dữ liệu của hợp phần", "=", 7, **CNT, pillar=GOV, iid=IOC_N),
    R("cài đặt được «5.528 máy tính", "máy tính thuộc Hệ thống giám sát mã độc tập trung", "=", 5528, **CNT),
    R("xử lý «16.373 mã độc", "phát hiện, xử lý mã độc trên các máy tính", "=", 16373, **CNT),
])

# --------------------------------------------------------------------------
# 05 Kon Tum (baokontum.com.vn, no date line): "từ đầu năm đến nay" names no
# year and the page carries no date → year null (set7-set19). "100% cơ quan
# cấp tỉnh và huyện": one value for two levels, scope null. No heading names
# a pillar (the first paragraph names three): pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_kontum-chinh-quyen-dien-tu", kind="result", year=None, records=[
    R("toàn tỉnh có «100% cơ quan", "cơ quan nhà nước các cấp đã sử dụng nền tảng quản lý văn bản và hồ sơ công việc",
      "=", 100, iid=DOCSYS),
    R("; «100% cán bộ", "cán bộ, công chức được cấp tài khoản thư điện tử công vụ", "=", 100),
    R("trên «90% cán bộ", "cán bộ, công chức sử dụng thư điện tử trong xử lý công việc", ">", 90, iid=EMAIL),
    R("; «100% cơ quan cấp tỉnh", "cơ quan cấp tỉnh và huyện triển khai áp dụng hệ thống chỉ đạo, điều hành", "=", 100),
    R("dữ liệu của «7 hợp phần", "Hệ thống Trung tâm điều hành thông minh tỉnh hoàn thành công tác tích hợp dữ liệu "
      "của hợp phần giám sát điều hành", "=", 7, **CNT, iid=IOC_N),
])

# --------------------------------------------------------------------------
# 06 Sóc Trăng (nhandan.vn, no date line): "Đến nay" and no reporting year →
# year null. "14 phân hệ" of the IOC integrated (a count reached);
# numerator of "4/13 chế độ báo cáo" (set8). No heading: pillar null.
# Document numbers "07-NQ/TU", "03/ĐA-UBND" are no quantities.
# --------------------------------------------------------------------------
D06 = dict(name="06_soctrang-ioc-mot-cua", kind="result", year=None, records=[
    R("triển khai đến «100% cơ quan", "Hệ thống một cửa điện tử và dịch vụ công trực tuyến đã triển khai đến cơ quan "
      "hành chính trên địa bàn tỉnh", "=", 100),
    R("và «100% dịch vụ công", "dịch vụ công trực tuyến đã cung cấp trên Hệ thống thông tin giải quyết thủ tục hành "
      "chính của tỉnh", "=", 100),
    R("hoàn thiện «14 phân hệ", "phân hệ thuộc các lĩnh vực được tích hợp, kết nối đồng bộ dữ liệu", "=", 14, **CNT,
      iid=IOC_N),
    R("có «4/13 chế độ", "chế độ báo cáo định kỳ và báo cáo thống kê về kinh tế-xã hội", "=", 4, **CNT,
      note="the page breaks off after 'điều hành của c'"),
])

# --------------------------------------------------------------------------
# 07 Sóc Trăng (sggp.org.vn, date 2024-07): "cấp tỉnh đạt 93,46%, cấp huyện
# đạt 87,15%, cấp xã đạt 87,11%": one measure split by level (spec). "quý
# II năm 2024" → 2024 as the date. "(tăng 7,27% so với quý I)": a change,
# NOT. eID records and accounts: counts.
# --------------------------------------------------------------------------
D07 = dict(name="07_soctrang-van-ban-dien-tu-2024", kind="result", year=2024, NOT=["(tăng «7,27%"], records=[
    R("cấp tỉnh đạt «93,46%", "việc xử lý văn bản trên môi trường điện tử", "=", 93.46, scope="cấp tỉnh", iid=WR),
    R("cấp huyện đạt «87,15%", "việc xử lý văn bản trên môi trường điện tử", "=", 87.15, scope="cấp huyện", iid=WR),
    R("cấp xã đạt «87,11%", "việc xử lý văn bản trên môi trường điện tử", "=", 87.11, scope="cấp xã", iid=WR),
    R("điện tử «23,22%", "tỷ lệ hồ sơ cấp kết quả điện tử", "=", 23.22, iid=ERESULTS),
    R("phê duyệt «995.294", "hồ sơ định danh điện tử được phê duyệt", "=", 995294, **CNT),
    R("kích hoạt «702.294 tài khoản", "đã kích hoạt tài khoản", "=", 702294, **CNT),
])

# --------------------------------------------------------------------------
# 08 Sóc Trăng (1thegioi.vn, no date line; the conference "năm 2022"): 2022.
# "120 điểm cầu", "3.000 người tham dự": participants of a meeting (no
# quantity, set19). "464 viên chức" trained and its breakdown 44 / 20 / 400
# by programme: one record each, scope null (spec: a breakdown by kind).
# "100% dịch vụ công trực tuyến, quản lý văn bản điện tử ... được liên
# thông": one value for two subjects, one record.
# --------------------------------------------------------------------------
D08 = dict(name="08_soctrang-nhan-luc-so-2022", kind="result", year=2022, records=[
    R("đào tạo «464 viên chức", "viên chức được đào tạo để phục vụ công tác chuyển đổi số", "=", 464, **CNT),
    R("có «44 công chức", "công chức, viên chức tham gia các chương trình bồi dưỡng do Cục Tin học hóa hướng dẫn", "=", 44,
      **CNT),
    R("có «20 công chức", "công chức, viên chức tham gia khóa đào tạo kiến thức, kỹ năng bảo đảm an toàn thông tin", "=",
      20, **CNT),
    R("còn «400 công chức", "công chức tham gia chương trình bồi dưỡng kỹ năng chuyển đổi số cho lãnh đạo cấp xã", "=",
      400, **CNT),
    R("xã. «100% dịch vụ", "dịch vụ công trực tuyến, quản lý văn bản điện tử từ tỉnh đến cơ sở được liên thông qua môi "
      "trường số", "=", 100),
])

# --------------------------------------------------------------------------
# 09 Cà Mau, huyện Ngọc Hiển (baocamau.vn, no date line): "Ðến nay" and no
# year → null. "Khóm 1" is a name, "hơn 20 năm buôn bán" a trader's
# seniority. The last value is cut by the page ("được hướng dẫn cài đặt").
# --------------------------------------------------------------------------
D09 = dict(name="09_camau-ngochien-khong-tien-mat", kind="result", year=None, records=[
    R("có trên «90% cơ sở", "cơ sở sản xuất kinh doanh, dịch vụ được hướng dẫn áp dụng mã để thanh toán", ">", 90,
      iid=MERCH),
    R("toán. «90% công chức", "công chức, viên chức cài đặt và sử dụng thường xuyên dịch vụ thanh toán không dùng tiền mặt",
      "=", 90),
    R("; «30% người lao động", "người lao động trong độ tuổi được hướng dẫn cài đặt", "=", 30,
      note="the page breaks off after 'cài đặt'"),
])

# --------------------------------------------------------------------------
# 10 Bình Dương (lite.baomoi.com, no date line): DTI 2023 → 2023. Title and
# lead restate the group "Top 10" (rank <=, both recorded). "tăng 12 bậc",
# "năm thứ 4", "3 trụ cột": no quantities. Đà Nẵng's 0,8340: `place`. The
# national pillar values 0,7240 / 0,6817 / 0,6783 (no place, the country's
# values, set13/set19); their "tăng trưởng 11,9% / 6,6% / 18,2%" are each
# value's change against the year before: NOT. No heading: pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_binhduong-dti-2023-top-10", kind="result", year=2023,
           NOT=["tăng trưởng «11,9%", "tăng trưởng «6,6%", "tăng trưởng «18,2%"], records=[
    R("Bình Dương lần đầu tiên vào Top «10 cả nước\n\nChỉ số", "Chỉ số chuyển đổi số Bình Dương vào Top cả nước", "<=", 10,
      **RANK, iid=DTIR),
    R("vào Top «10 tỉnh", "Chỉ số chuyển đổi số (Chỉ số DTI) của Bình Dương vào Top tỉnh, thành phố dẫn đầu của cả nước",
      "<=", 10, **RANK, iid=DTIR),
    R("đạt «0,7411 điểm", "Chỉ số DTI của Bình Dương", "=", 0.7411, **PTS, iid=DTIS),
    R("xếp hạng «7/63", "Chỉ số DTI của Bình Dương xếp hạng", "=", 7, **RANK, iid=DTIR),
    R("xếp hạng thứ «7;", "Chính quyền số Bình Dương", "=", 7, **RANK, iid=GOVR),
    R("xếp hạng thứ «31", "Kinh tế số", "=", 31, **RANK, iid=ECOR),
    R("xếp hạng thứ «11.", "Xã hội số", "=", 11, **RANK, iid=SOCR),
    R("với giá trị «0,8340", "mức độ chuyển đổi số", "=", 0.834, **VAL, place="Đà Nẵng", iid=DTIS),
    R("có giá trị «0,7240", "Chỉ số Chính quyền số", "=", 0.724, **VAL),
    R("có giá trị «0,6817", "Chỉ số Kinh tế số", "=", 0.6817, **VAL),
    R("có giá trị «0,6783", "Chỉ số Xã hội số", "=", 0.6783, **VAL),
])

# --------------------------------------------------------------------------
# 11 Quảng Nam (thuvienphapluat.vn, Kế hoạch 7501/KH-UBND of 03/11/2023; a
# legal text keeping its own date lines, its lines broken as stored): the
# plan's review of DTI 2022 → results of 2022 (set17/set19: a DTI value in a
# plan's review is a result). Pillar values without "điểm": unit_text null;
# their catalogue id null (the catalogue's *_score entries are the main
# "Hoạt động ..." indices, set19). "Giá trị trung bình DTI 2022 cấp tỉnh là
# 0,5791": the national mean (no place; spec: "giá trị trung bình ở mức
# 0,6383"). Changes "bị tụt 6 bậc", "giảm 03 / 26 / 22 bậc": no quantities.
# The plan's title names no pillar: pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_quangnam-ke-hoach-7501-dti-2023", kind="result", year=2022, records=[
    R("xếp vị trí thứ «31", "Quảng Nam xếp vị trí", "=", 31, **RANK, iid=DTIR),
    R("số đạt «0,6674", "Chính quyền số", "=", 0.6674, **VAL),
    R("xếp thứ «30/63", "Chính quyền số xếp thứ", "=", 30, **RANK, iid=GOVR),
    R("Kinh tế số đạt «0,6062", "Kinh tế số", "=", 0.6062, **VAL),
    R("xếp thứ\n«45/63", "Kinh tế số xếp thứ", "=", 45, **RANK, iid=ECOR),
    R("Xã hội số đạt «0,5585", "Xã hội số", "=", 0.5585, **VAL),
    R("xếp thứ «41/63", "Xã hội số xếp thứ", "=", 41, **RANK, iid=SOCR),
    R("cấp tỉnh là «0,5791", "Giá trị trung bình DTI 2022 cấp tỉnh", "=", 0.5791, **VAL),
    R("Quảng Nam đạt «0,5808", "DTI 2022 tỉnh Quảng Nam", "=", 0.5808, **VAL, iid=DTIS),
])

# --------------------------------------------------------------------------
# 12 An Giang (vnptmedia.vn, no date line; the conference "chiều 20/1" on the
# tasks of "năm 2021"): the "Hiện" values of the first two paragraphs, whose
# paragraphs name 2021, → 2021 (measured at the start of 2021); the third
# paragraph "Năm 2020 ..." / "Đến cuối tháng 12/2020" → 2020, also for its
# last two sentences. The second paragraph restates the first's three 100%
# (each recorded). "3G, 4G", "5G" are names. Ranks of 2020 are the ministry's
# IT-application ranking and a PAR Index component: not the catalogue's
# entries (null). "97 %" written with a space. No heading: pillar null.
# --------------------------------------------------------------------------
D12 = dict(name="12_angiang-ha-tang-2020", kind="result", year=2021, records=[
    R("3G, 4G đạt «100% xã", "tỷ lệ phủ sóng thông tin di động 3G, 4G", "=", 100),
    R("tốc độ cao đến «100% trung tâm", "Internet cáp quang tốc độ cao đến trung tâm xã", "=", 100, iid=FIBRE_XA),
    R("phủ sóng «100% địa bàn.", "Internet di động băng rộng phủ sóng địa bàn", "=", 100),
    R("3G, 4G đã đạt «100% xã", "tỷ lệ phủ sóng thông tin di động 3G, 4G", "=", 100),
    R("tốc độ cao đã đến «100% trung tâm", "Internet cáp quang tốc độ cao đến trung tâm xã", "=", 100, iid=FIBRE_XA),
    R("phủ sóng «100% địa bàn,", "Internet di động băng rộng phủ sóng địa bàn", "=", 100),
    R("Internet đạt «65% dân số", "thuê bao Internet dân số", "=", 65),
    R("đạt khoảng «67%", "Tỷ lệ sử dụng điện thoại thông minh trên địa bàn tỉnh", "~", 67),
    R("xếp hạng «7/63", "xếp hạng tổng thể mức độ ứng dụng công nghệ thông tin", "=", 7, **RANK, year=2020),
    R("xếp thứ «3/63", "chỉ số thành phần hiện đại hóa nền hành chính trong Chỉ số cải cách hành chính", "=", 3, **RANK,
      year=2020),
    R("cung cấp «1.968 dịch vụ", "Cổng dịch vụ công trực tuyến của tỉnh An Giang cung cấp dịch vụ", "=", 1968, **CNT,
      year=2020),
    R("có «573 dịch vụ", "dịch vụ mức độ 3", "=", 573, **CNT, year=2020),
    R("và «244 dịch vụ", "dịch vụ mức độ 4", "=", 244, **CNT, year=2020),
    R("đạt «97 %", "Tỷ lệ giải quyết hồ sơ trước hạn và đúng hạn", "=", 97, year=2020, iid=ONTIME),
    R("đạt «62%", "Tỷ lệ hồ sơ tiếp nhận trực tuyến mức độ 3, 4", "=", 62, year=2020, iid=ONLINE),
])

# --------------------------------------------------------------------------
# 13 National digital economy (vneconomy.vn, date 2026-01): values of 2025
# unless "năm 2021" stands with them; "trung bình giai đoạn này" (2021-2025)
# and its two parts → 2025 (set17: an average over a period takes its end).
# "tăng trưởng 14,6%": the digital economy's growth rate, a measure of its
# own without "so với" (set17 12), recorded with econ.digital_economy_growth.
# The lead sentence names kinh tế số and states its values → digital_economy
# for its paragraph (set17 12's lead); the later paragraphs' own clauses
# hold the pillar word and lead no list → null (set17 13). "14,02%" restated
# in the fourth paragraph: recorded again. No place: the country's values.
# --------------------------------------------------------------------------
D13 = dict(name="13_quocgia-kinh-te-so-2025", kind="result", year=2025, records=[
    R("đạt khoảng «72,1 tỷ USD", "giá trị tăng thêm kinh tế số", "~", 72.1e9, **USD, pillar=ECO),
    R("tăng trưởng «14,6%", "kinh tế số tăng trưởng", "=", 14.6, pillar=ECO, iid=ECO_GROWTH),
    R("đóng góp hơn «14% vào GDP", "kinh tế số đóng góp vào GDP", ">", 14, pillar=ECO, iid=ECO_GDP),
    R("từ «12,87% GDP", "Tỷ trọng giá trị tăng thêm của kinh tế số trong GDP", "=", 12.87, year=2021, iid=ECO_GDP),
    R("lên «14,02% GDP", "Tỷ trọng giá trị tăng thêm của kinh tế số trong GDP", "=", 14.02, iid=ECO_GDP),
    R("ước đạt khoảng «13,2%", "Tỷ trọng giá trị tăng thêm của kinh tế số trong GDP trung bình giai đoạn", "~", 13.2),
    R("đóng góp «8,13%", "ngành kinh tế số lõi đóng góp", "=", 8.13),
    R("là «5,05%", "số hóa các ngành khác", "=", 5.05),
    R("cơ cấu «14,02%", "cơ cấu đóng góp vào GDP", "=", 14.02, iid=ECO_GDP),
    R("tới «8,42% GDP", "nhóm ngành lõi đóng góp GDP", "=", 8.42),
    R("chiếm hơn «60%", "nhóm ngành lõi chiếm tổng giá trị kinh tế số", ">", 60),
    R("mức «43,3 tỷ USD", "giá trị ngành lõi", "=", 43.3e9, **USD),
])

# --------------------------------------------------------------------------
# 14 National online records (nguoibaotroonline.vn, no date line): "năm
# 2024" (1/1-31/12/2024) → 2024. "8 cơ quan, địa phương đạt ... trên 50%" and
# "15 bộ, ngành và địa phương có ... dưới 10%": counts of agencies; the
# thresholds inside their subjects are NOT (set15 03 "ít nhất 1 giải
# pháp"). "trong số 83 bộ, ngành và địa phương cung cấp dịch vụ công": the
# population ranked (no quantity). The ministries' shares: the measure's
# wording (a ministry is no province or commune: no `place`; the ministry is
# given in the note). Two photo captions cut.
# --------------------------------------------------------------------------
D14 = dict(name="14_quocgia-ho-so-toan-trinh-2024", kind="result", year=2024,
           NOT=["trên «50%", "dưới «10%"], records=[
    R("có «8 cơ quan", "cơ quan, địa phương đạt tỷ lệ hồ sơ trực tuyến toàn trình", "=", 8, **CNT),
    R("(«83,49%)", "tỷ lệ hồ sơ trực tuyến toàn trình", "=", 83.49, iid=ONLINE, note="Bộ Công Thương"),
    R("(«78,44%)", "tỷ lệ hồ sơ trực tuyến toàn trình", "=", 78.44, iid=ONLINE, note="Bộ Tài chính"),
    R("(«77,66%)", "tỷ lệ hồ sơ trực tuyến toàn trình", "=", 77.66, iid=ONLINE, note="Bộ Tư pháp"),
    R("ghi nhận «15 bộ", "bộ, ngành và địa phương có tỷ lệ hồ sơ trực tuyến toàn trình thấp", "=", 15, **CNT),
])

# --------------------------------------------------------------------------
# 15 Đà Lạt IOC (dulich.tuoitre.vn, date 2022-12): 2022. Cameras by kind: one
# record each (spec's breakdown). "Bốn màn hình" is a word; "màn hình ghép 690
# inch" describes a screen (a specification, no indicator's value). Title
# and subheading "Mắt thần Đà Lạt" name no pillar: null.
# --------------------------------------------------------------------------
D15 = dict(name="15_dalat-ioc-camera-2022", kind="result", year=2022, records=[
    R("hệ thống «22 camera", "camera tầm cao", "=", 22, **CNT, iid=CAMS),
    R("cùng «324 camera", "camera lắp khắp các khu vực", "=", 324, **CNT, iid=CAMS),
])

# --------------------------------------------------------------------------
# 16 Gia Lai (baogialai.com.vn, date 2026-03): targets assigned for 2026 to
# the province's 13 departments and the communes and wards. "7 chỉ tiêu" is
# a count of targets, "13 sở, ban" whom they are given to (no quantities).
# One value "đều ở mức 100%" for three indicators: one record, catalogue id
# null (one value for several indicators); one value for all assignees:
# scope null.
# --------------------------------------------------------------------------
D16 = dict(name="16_gialai-chi-tieu-phuc-vu-2026", kind="target", year=2026, records=[
    R("mức «100%", "tỷ lệ cấp kết quả điện tử, tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ trực tuyến, tỷ lệ thủ tục "
      "hành chính cung cấp thanh toán trực tuyến có phát sinh giao dịch thanh toán trực tuyến", ">=", 100),
])

# --------------------------------------------------------------------------
# 17 Cần Thơ (nongthon.vn, no date line): "tính đến quý I/2025" → 2025.
# "chợ 4.0" a name; the numerator of "9/9 quận, huyện" (set8); "khoảng
# 30-35%": one range stated once (spec: between). Headings name no pillar.
# --------------------------------------------------------------------------
D17 = dict(name="17_cantho-cho-khong-tien-mat-2025", kind="result", year=2025, records=[
    R("tại «9/9 quận", "triển mô hình chợ 4.0 tại quận, huyện", "=", 9, **CNT),
    R("có «3 doanh nghiệp", "doanh nghiệp cung ứng dịch vụ thanh toán không dùng tiền mặt", "=", 3, **CNT),
    R("khoảng «30-35%", "tỉ lệ giao dịch không dùng tiền mặt tại các chợ", "between", 30, value_max=35, iid=CASHLESS),
])

# --------------------------------------------------------------------------
# 18 Đồng Tháp (dongthap.gov.vn, no date line): Vietnam ICT Index 2022 →
# 2022. The heading restates the body's overall rank (both recorded). The
# component ranks have no catalogue entry (null). "16 năm qua", "lần thứ
# 24", "21 - 22/9/2023": no quantities. No pillar heading.
# --------------------------------------------------------------------------
D18 = dict(name="18_dongthap-ict-index-2022", kind="result", year=2022, records=[
    R("ICT Index Đồng Tháp đứng thứ «7 cả nước\n", "ICT Index Đồng Tháp", "=", 7, **RANK, iid=ICT),
    R("tỉnh Đồng Tháp đứng thứ «7 cả nước.", "Chỉ số sẵn sàng cho phát triển và ứng dụng công nghệ thông tin và truyền "
      "thông Việt Nam, xếp hạng chung các tỉnh, thành phố", "=", 7, **RANK, iid=ICT),
    R("đứng thứ «9;", "xếp hạng hạ tầng kỹ thuật", "=", 9, **RANK),
    R("đứng thứ «10;", "xếp hạng Hạ tầng nhân lực", "=", 10, **RANK),
    R("đứng thứ «7, trong đó", "xếp hạng ứng dụng công nghệ thông tin", "=", 7, **RANK),
    R("đứng thứ «5 và", "ứng dụng công nghệ thông tin nội bộ trong các cơ quan nhà nước", "=", 5, **RANK),
    R("đứng thứ «14 cả nước", "xếp hạng dịch vụ công trực tuyến", "=", 14, **RANK),
])

# --------------------------------------------------------------------------
# 19 TP. Hồ Chí Minh, phường Bình Tân (thanhnien.vn, date 2025-11): 2025, after
# the July 2025 reform. The ward is inside the city: no place (set10-set19).
# One count; the subheading (typed "P.B ÌNH T ÂN" as stored) names no pillar.
# --------------------------------------------------------------------------
D19 = dict(name="19_tphcm-phuong-binh-tan-2025", kind="result", year=2025, records=[
    R("tại «12 điểm", "điểm tiếp nhận hồ sơ trực tuyến ở các khu phố", "=", 12, **CNT),
])

# --------------------------------------------------------------------------
# 20 Đồng Tháp (lawnet.vn, Kế hoạch 52/KH-UBND of 21/02/2024, the annual plan
# for 2024; the site's header and attribute table before the letterhead and
# a line holding one space cut): the excerpt stops in the review of 2023
# before any indicator's value. "43/51 chỉ tiêu, nhiệm vụ", "17 chỉ tiêu
# vượt", "26 chỉ tiêu đạt": counts of targets met (set15 04, set19 12): no
# quantities. No record: a precision check.
# --------------------------------------------------------------------------
D20 = dict(name="20_dongthap-ke-hoach-52-2024", kind="result", year=2023, records=[])

# --------------------------------------------------------------------------
# 21 Bình Thuận (stttt.binhthuan.gov.vn; now Lâm Đồng): Kế hoạch 4677/KH-UBND
# of 11/12/2024, "các mục tiêu đến năm 2025" → targets of 2025. The lead-in
# "Về phát triển chính quyền số:" → digital_government for its list (the
# data share included: the lead-in decides). "100% hồ sơ công việc tại cấp
# tỉnh, cấp huyện và cấp xã": one value for all levels, scope null (spec);
# the following "90% ... tại cấp tỉnh, 80% ... tại cấp huyện và 60% ... tại
# cấp xã": a split by level (spec). Bare values of a plan: op >= (spec).
# Two photo captions (one broken over three lines) cut.
# --------------------------------------------------------------------------
D21 = dict(name="21_binhthuan-ke-hoach-4677-2025", kind="target", year=2025, records=[
    R("thực hiện «100% thủ tục", "thủ tục hành chính đủ điều kiện theo quy định của pháp luật được cung cấp dưới hình "
      "thức dịch vụ công trực tuyến toàn trình", ">=", 100, pillar=GOV, iid=FULL),
    R("thực hiện «100% hồ sơ công việc", "hồ sơ công việc tại cấp tỉnh, cấp huyện và cấp xã được xử lý trên môi trường "
      "mạng", ">=", 100, pillar=GOV, iid=WR),
    R("): «90% hồ sơ", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 90, scope="cấp tỉnh", pillar=GOV, iid=WR),
    R(", «80% hồ sơ", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 80, scope="cấp huyện", pillar=GOV, iid=WR),
    R("và «60% hồ sơ", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 60, scope="cấp xã", pillar=GOV, iid=WR),
    R("đạt «70%", "Tỷ lệ dữ liệu số trong từng ngành, lĩnh vực", ">=", 70, pillar=GOV),
    R("thực hiện «100% chế độ", "chế độ báo cáo, chỉ tiêu tổng hợp báo cáo định kỳ và báo cáo thống kê về kinh tế - xã "
      "hội phục vụ việc chỉ đạo", ">=", 100, pillar=GOV, iid="egov.online_reporting_share",
      note="the page breaks off after 'chỉ đạo, đi'"),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14, D15, D16, D17, D18, D19, D20, D21]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
