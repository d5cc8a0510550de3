#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set154).

Copied from set153's builder (itself from set151's, set149's, set147's, set69's, set47's, set45's,
... and the seeds'). Each record is written by hand below; its anchor is never typed in. A record
names a locator: a piece of the text with « just before the number. The locator (without «) must
occur exactly once in the text; the anchor is where « stands. `start`/`end` (the clause that states
the quantity) are computed as in the seeds' builder (`start_at` moves the start back to a given
string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (291
entries; see README). As in set10-set153, the id is given in the record itself (`iid=`).

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


DONG = dict(unit="other", unit_text="đồng")
USD = dict(unit="other", unit_text="USD")
IDX = dict(unit="other", unit_text=None)  # an index value written without "điểm"
WORK = "egov.work_records_online_share"

# --------------------------------------------------------------------------
# 01 Hà Tĩnh, Kế hoạch 393/KH-UBND of 29 October 2020, the province's first
# digital-transformation plan after Quyết định 749/QĐ-TTg, 2021-2025 with a
# view to 2030 (thuvienphapluat.vn; nothing cut; the header table kept, hard-
# wrapped as the page prints it; the excerpt ends in "tỉnh; tr"). Targets.
# "Đến năm 2030, ... đưa Hà Tĩnh trở thành 1 trong 15 tỉnh thành phố trực
# thuộc Trung ương có chỉ số cao nhất về Chính phủ số, kinh tế số của cả nước"
# (under "1. Mục tiêu tổng quát"): a rank target, op "<=" 15, year 2030 (spec:
# "nhóm 20 tỉnh dẫn đầu"; "1 trong" as set102's and set137's "1 trong 11 tỉnh"),
# pillar null (the heading names no pillar); iid null (an index of Chính phủ
# số and kinh tế số named loosely, not the DTI rank as such: a judgement).
# Under "2.1. Mục tiêu cơ bản đến năm 2025" / "a) Phát triển Chính quyền số,
# nâng cao hiệu quả, hiệu lực hoạt động": year 2025, pillar digital_government
# (the heading names chính quyền số). "80% dịch vụ công trực tuyến (DVC TT)
# mức độ 4 được cung cấp trên nhiều phương tiện truy cập khác nhau": the
# catalogue's full-online-services share (its wordings name exactly this).
# "90% hồ sơ công việc tại cấp tỉnh; 80% ... tại cấp huyện và 60% ... tại cấp
# xã được xử lý trên môi trường mạng": three records, scopes cấp tỉnh, cấp
# huyện, cấp xã (spec). "Bảo đảm 100% hồ sơ thủ tục hành chính (TTHC) tiếp
# nhận thụ lý được cập nhật, ... trên hệ thống phần mềm một cửa của tỉnh": the
# one-stop system's share. Not quantities: the document number and dates,
# "2021 - 2025", "2021-2025", "2030" (a horizon), "749/QĐ-TTg", "03/6/2020", the
# list numbers "I.", "1.", "2.", "2.1.", "mức độ 4" (a level's name) and the
# "1" of "1 trong 15" (the wording of a rank).
# --------------------------------------------------------------------------
D01 = dict(name="01_hatinh-kh393-chuyen-doi-so-2021-2025", kind="target", year=2025, records=[
    R("1 trong «15 tỉnh", "Hà Tĩnh trở thành tỉnh thành phố trực thuộc Trung ương có chỉ số cao nhất về Chính phủ số, kinh tế số của cả nước",
      "<=", 15, **RANK, year=2030),
    R("- «80% dịch vụ công", "dịch vụ công trực tuyến (DVC TT) mức độ 4 được cung cấp trên nhiều phương tiện truy cập khác nhau",
      ">=", 80, pillar=GOV, iid="egov.full_online_services_share"),
    R("- «90% hồ sơ công việc", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 90, scope="cấp tỉnh", pillar=GOV,
      iid=WORK),
    R("\n«80% hồ sơ công việc", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 80, scope="cấp huyện", pillar=GOV,
      iid=WORK),
    R("và «60% hồ sơ công", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 60, scope="cấp xã", pillar=GOV,
      iid=WORK),
    R("Bảo đảm «100% hồ sơ", "hồ sơ thủ tục hành chính (TTHC) tiếp nhận thụ lý được cập nhật, quản lý và tổ chức thực hiện trên hệ thống phần mềm một cửa của tỉnh",
      ">=", 100, pillar=GOV, iid="egov.one_stop_system_applications_share"),
])

# --------------------------------------------------------------------------
# 02 Gia Lai, Kế hoạch 350/KH-UBND of 1 March 2022 carrying out Quyết định
# 1813/QĐ-TTg on cashless payment 2021-2025 (baogialai.com.vn, the provincial
# paper; the excerpt opens with the crawler's stamp " date 2022-03" on the
# same line as the lead, kept as returned; nothing cut; it ends in "huyện,
# thị"). Targets of 2025 ("Mục tiêu cụ thể của kế hoạch đến năm 2025 là:"),
# pillar null (the lead-in names cashless payment, no pillar). Four growth
# ranges "đạt 20-25%/năm", "50-80%/năm", "80-100%/năm", "35-40%/năm": between,
# each with its own subject (iid null: the catalogue has the share of
# cashless transactions, not their growth). "đạt 40%": ">=" (a target's
# "đạt"). "Từ 90-100% cơ sở giáo dục ...", "từ 90-100% các trường đại học, cao
# đẳng ...": between (the universities' online tuition also counts as the
# catalogue's cashless school fees, a judgement). "60% các cơ sở khám-chữa
# bệnh ...", "60% số người hưởng lương hưu, ...": bare numbers, ">=". Scope
# null throughout: "trên địa bàn đô thị" is part of each subject, no sentence
# splits by it. Not quantities: "Ngày 1-3" (a date written with a hyphen, not a
# range), "350/KH-UBND", "1813/QĐ-TTg", "28-10-2021", "2021-2025", the stamp,
# "6 nhiệm vụ, giải pháp" (a count of tasks, spec).
# --------------------------------------------------------------------------
D02 = dict(name="02_gialai-kh350-thanh-toan-khong-tien-mat-2022", kind="target", year=2025, records=[
    R("mặt đạt «20-25%", "Tốc độ tăng trưởng bình quân về số lượng và giá trị giao dịch thanh toán không dùng tiền mặt",
      "between", 20, value_max=25),
    R("động đạt «50-80%", "Tốc độ tăng trưởng bình quân về số lượng giao dịch qua kênh điện thoại di động",
      "between", 50, value_max=80),
    R("giá trị giao dịch đạt «80-100%", "Tốc độ tăng trưởng bình quân giá trị giao dịch qua kênh điện thoại di động",
      "between", 80, value_max=100),
    R("internet đạt «35-40%", "Tốc độ tăng trưởng bình quân số lượng và giá trị giao dịch qua kênh internet",
      "between", 35, value_max=40),
    R("điện tử đạt «40%", "Tỷ lệ cá nhân, tổ chức sử dụng phương tiện thanh toán không dùng tiền mặt qua các kênh thanh toán điện tử",
      ">=", 40),
    R("Từ «90-100% cơ sở giáo dục", "cơ sở giáo dục trên địa bàn đô thị chấp nhận thanh toán học phí bằng phương thức thanh toán không dùng tiền mặt",
      "between", 90, value_max=100, iid="society.cashless_school_fees_share"),
    R("từ «90-100% các trường", "các trường đại học, cao đẳng trên địa bàn đô thị triển khai thanh toán học phí trực tuyến trên Cổng Dịch vụ công quốc gia",
      "between", 90, value_max=100, iid="society.cashless_school_fees_share"),
    R("«60% các cơ sở khám", "các cơ sở khám-chữa bệnh trên địa bàn đô thị chấp nhận thanh toán dịch vụ y tế bằng phương thức thanh toán không dùng tiền mặt",
      ">=", 60, iid="society.cashless_hospital_fees_share"),
    R("«60% số người hưởng", "số người hưởng lương hưu, trợ cấp bảo hiểm xã hội, trợ cấp thất nghiệp trên địa bàn đô thị được chi trả thông qua các phương thức thanh toán không dùng tiền mặt",
      ">=", 60, iid="society.social_benefits_cashless_share"),
])

# --------------------------------------------------------------------------
# 03 Trà Vinh on its DTI 2021, for the national Digital Transformation Day
# (amp.baodautu.vn; cut: the section line "Chuyển đổi số - Kinh tế số", the
# byline "Huy Tự - 10/10/2022 17:30" (written as the first line "date
# 2022-10-10") and the photo caption "Lãnh đạo Bộ Nông nghiệp ... Ảnh: Văn Vũ";
# the excerpt ends in "và 1 d"). Results. "năm 2021, Trà Vinh đứng thứ 26/63
# tỉnh, thành phố trên cả nước": rank "=", 2021, the DTI rank (the sentence
# ends "về xếp hạng DTI"). "thứ 6/13 tỉnh, thành phố trong khu vực Đồng bằng
# sông Cửu Long": rank "=", 2021, the region in the indicator (spec); iid null
# (the catalogue ranks among 63 provinces, not within a region). "Toàn tỉnh
# hiện có 6 doanh nghiệp cung cấp dịch vụ viễn thông": a count, year 2022 (the
# byline's year for "hiện", spec's stamp rule), as set105's and set119's "7
# doanh nghiệp cung cấp dịch vụ viễn thông"; iid null. Pillar null for all:
# the heading "Phát huy hiệu quả chính quyền thân thiện và phục vụ" names a
# friendly government, not chính quyền số (a judgement). Not quantities: "9
# chỉ số chính, 98 chỉ số thành phần" (the index's parts, spec), "tăng 8 bậc so
# với năm 2020" (a change, spec; NOT), "15-CTr/TU", "31/3/2021", "2021 - 2025",
# and the excerpt's last "1 d" (its noun cut off by the excerpt: no subject).
# --------------------------------------------------------------------------
D03 = dict(name="03_travinh-dti-2021-ngay-chuyen-doi-so-2022", kind="result", year=2021,
           NOT=["tăng «8 bậc"], records=[
    R("đứng thứ «26/63", "Trà Vinh đứng thứ tỉnh, thành phố trên cả nước về xếp hạng DTI", "=", 26, **RANK,
      iid="dti.provincial_rank"),
    R("và thứ «6/13", "Trà Vinh thứ tỉnh, thành phố trong khu vực Đồng bằng sông Cửu Long về xếp hạng DTI", "=", 6, **RANK),
    R("hiện có «6 doanh nghiệp", "doanh nghiệp cung cấp dịch vụ viễn thông", "=", 6, **CNT, year=2022),
])

# --------------------------------------------------------------------------
# 04 The nation's farm households on e-commerce platforms in the first half
# of a year (kinhtevaxaydung.com; cut: the photo caption "Nông dân Bắc Giang
# đưa vải thiều đi tiêu thụ. Ảnh: Giang Huy", printed twice, the second with a
# full stop, with the blank lines after them; no date shown; the excerpt ends
# in "doanh thu g"). Results, year null: the page shows no date and names no
# year for its figures ("6 tháng đầu năm"; "cùng kỳ 2020" names only the year
# compared with, a judgement as set149's and set151's undated pages). The
# title's "Gần 8.000 hộ nông dân" restates the lead's value: a record of its
# own (set151's rule), "~". "gần 8.000 hộ nông dân, 15.600 nông sản lên các sàn
# thương mại điện tử": two counts, each its own subject. "tổng giá trị sản
# phẩm nông sản giao dịch trên sàn thương mại điện tử đạt 944 tỷ đồng": money,
# other "đồng", 944e9 (iid null: the value of produce traded, not a revenue).
# "Thị trường này sẽ đạt 70-80 tỷ USD vào năm 2025": the minister's figure for
# the market of e-commerce and logistics, a target (a planned value for a
# future year, a judgement), between 70e9 and 80e9 (the magnitude word after
# the high end multiplies both ends), other "USD", year 2025. Not quantities:
# "tăng lần lượt 191% và 268% so với cùng kỳ năm ngoái" and "tăng gần gấp 3 lần
# cùng kỳ 2020" (changes against an earlier value, spec; NOT), "6 tháng" (a
# period), "2020".
# --------------------------------------------------------------------------
D04 = dict(name="04_canuoc-nong-dan-len-san-tmdt-2021", kind="result", year=None,
           NOT=["lượt «191%", "và «268%", "gấp «3 lần"], records=[
    R("Gần «8.000 hộ nông dân lên", "hộ nông dân lên sàn thương mại điện tử", "~", 8000, **CNT,
      iid="econ.farm_households_ecommerce_count"),
    R("năm, gần «8.000 hộ", "hộ nông dân lên các sàn thương mại điện tử", "~", 8000, **CNT,
      iid="econ.farm_households_ecommerce_count"),
    R("«15.600 nông sản", "nông sản lên các sàn thương mại điện tử", "=", 15600, **CNT,
      iid="econ.ecommerce_products_count"),
    R("đạt «944 tỷ đồng", "tổng giá trị sản phẩm nông sản giao dịch trên sàn thương mại điện tử", "=", 944e9, **DONG),
    R("sẽ đạt «70-80 tỷ USD", "Thị trường thương mại điện tử và logistics", "between", 70e9, value_max=80e9, **USD,
      kind="target", year=2025),
])

# --------------------------------------------------------------------------
# 05 Thừa Thiên Huế second in the first DTI, of 2020 (baomoi.net.vn; nothing
# cut: the first line carries the site's section words "Kinh tế Khoa học -
# công nghệ" before the title on the same line, kept; no date shown, "chiều
# 19/10" names no year; the excerpt ends in "Các vị t"). Results of 2020: the
# text gives every figure to DTI 2020 ("báo cáo DTI 2020", "DTI 2020 cấp tỉnh
# ..."); the title's rank is the same result (2020, the text's year for the
# ranking, a judgement). Ranks: the title's and the lead's "thứ 2/63" (two
# records, set151's rule for a value restated in a title), the DTI rank. Index
# values written without "điểm": unit other, unit_text null (spec): the
# provincial average 0,3026, the two ministerial averages 0,3982 and 0,2342
# (iid null: averages over many units, not a province's score), Bộ Tài chính's
# 0,4944 and Đài Truyền hình Việt Nam's 0,2995 (ministries' scores, iid null),
# Đà Nẵng's 0,4874 (place "Đà Nẵng", the provincial DTI score). Pillar null
# (no heading). Not quantities: "4 nguồn thông tin dữ liệu", "3 nhóm", "nhóm 18
# bộ, ngành", "7 bộ, ngành", "cả 3 trụ cột" (the index's method, groups and
# parts, spec), "19/10", "năm 2025", "năm 2030", "DTI 2020" (a name).
# --------------------------------------------------------------------------
D05 = dict(name="05_thuathienhue-dti-2020-xep-thu-2", kind="result", year=2020, records=[
    R("Huế đứng thứ «2/63", "Thừa Thiên Huế đứng thứ tỉnh thành về mức độ chuyển đổi số", "=", 2, **RANK,
      iid="dti.provincial_rank"),
    R("Huế xếp thứ «2/63", "Thừa Thiên Huế xếp thứ tỉnh thành, kết quả đánh giá mức độ chuyển đổi số", "=", 2, **RANK,
      iid="dti.provincial_rank"),
    R("trung bình là «0,3026", "DTI 2020 cấp tỉnh trung bình", "=", 0.3026, **IDX),
    R("trung bình là «0,3982", "DTI 2020 của các bộ cung cấp dịch vụ công trung bình", "=", 0.3982, **IDX),
    R("trung bình là «0,2342", "DTI 2020 của các bộ không cung cấp dịch vụ công trung bình", "=", 0.2342, **IDX),
    R("giá trị DTI là «0,4944", "giá trị DTI của Bộ Tài chính, cơ quan dẫn đầu nhóm bộ, ngành cung cấp dịch vụ công",
      "=", 0.4944, **IDX),
    R("giá trị DTI là «0,2995", "giá trị DTI của Đài Truyền hình Việt Nam, xếp vị trí thứ nhất trong bộ, ngành không có dịch vụ công",
      "=", 0.2995, **IDX),
    R("đạt được là «0,4874", "giá trị chuyển đổi số năm 2020 của Đà Nẵng, dẫn đầu cả nước", "=", 0.4874, **IDX,
      place="Đà Nẵng", iid="dti.provincial_score"),
])

# --------------------------------------------------------------------------
# 06 Quảng Bình, the IT development plan to 2025 (Quyết định 2972/QĐ-UBND of
# 24 August 2017; infonet.vietnamnet.vn; cut: the image line "![]() |" and the
# photo caption "Sở TT&TT Quảng Bình phối hợp ... cách mạng công nghiệp 4.0" |";
# no date shown; the excerpt ends in "môi trường mạng v"). Targets of 2025
# ("Quy hoạch đặt ra các chỉ tiêu chủ yếu đến năm 2025 đó là"; the paragraph
# "Ngoài ra, ..." continues the same list, year 2025), pillar null (no heading
# names a pillar; "Phát triển CNTT" is no pillar word). "100% cán bộ, công
# chức, 70% viên chức trang bị máy tính, ...": one subject split between two
# groups of public employees, scopes "cán bộ, công chức" and "viên chức" (a
# judgement: population groups the sentence splits by, as spec's thành thị /
# nông thôn); the catalogue's computers share names cán bộ, công chức only,
# so the viên chức record has no id. "80 - 90% nghiệp vụ chuyên môn các cơ quan
# cấp tỉnh, cấp huyện và 60% nghiệp vụ chuyên môn cơ quan cấp xã được tin học
# hóa": three records (spec: the first two share the range), between 80-90
# for cấp tỉnh and cấp huyện, ">=" 60 for cấp xã; iid null (tin học hóa of
# professional work: no exact indicator). "90% văn bản, tài liệu ... được
# trao đổi trên môi trường mạng": the electronic documents share. Not
# quantities: "2972/QĐ-UBND", "24/8/2017", "2025" and "2035" as horizons.
# --------------------------------------------------------------------------
D06 = dict(name="06_quangbinh-quy-hoach-cntt-2025", kind="target", year=2025, records=[
    R("là «100% các cơ quan", "các cơ quan, tổ chức từ tỉnh đến cơ sở được đầu tư, nâng cấp hạ tầng CNTT hiện đại, đồng bộ đảm bảo kết nối với mạng diện rộng, đường truyền tốc độ cao",
      ">=", 100),
    R("; «100% cán bộ", "trang bị máy tính, kết nối Internet, hộp thư điện tử công vụ", ">=", 100, scope="cán bộ, công chức",
      iid="infra.civil_servants_computers_share"),
    R("«70% viên chức", "trang bị máy tính, kết nối Internet, hộp thư điện tử công vụ", ">=", 70, scope="viên chức"),
    R("; «80% cơ sở dữ liệu", "cơ sở dữ liệu chuyên ngành được nâng cấp, xây dựng đồng bộ", ">=", 80),
    R("«80 - 90% nghiệp vụ", "nghiệp vụ chuyên môn các cơ quan được tin học hóa", "between", 80, value_max=90,
      scope="cấp tỉnh"),
    R("«80 - 90% nghiệp vụ", "nghiệp vụ chuyên môn các cơ quan được tin học hóa", "between", 80, value_max=90,
      scope="cấp huyện"),
    R("và «60% nghiệp vụ", "nghiệp vụ chuyên môn cơ quan được tin học hóa", ">=", 60, scope="cấp xã"),
    R("«90% phần mềm", "phần mềm dùng chung của tỉnh được đầu tư nâng cấp", ">=", 90),
    R("«90% văn bản", "văn bản, tài liệu của các cơ quan Đảng, Nhà nước các cấp được trao đổi trên môi trường mạng",
      ">=", 90, iid="egov.electronic_documents_share"),
])

# --------------------------------------------------------------------------
# 07 Hậu Giang, Kế hoạch 78/KH-UBND of 27 April 2021 on e-government, the
# smart city and digital transformation 2021-2025 (hethongphapluat.com, a
# legal-information site; cut: its widget lines "Để sử dụng toàn bộ tiện ích
# nâng cao ... đăng ký gói cước." and "Nếu bạn là thành viên. Vui lòng ĐĂNG
# NHẬP để tiếp tục."; the excerpt ends in "ngày 3"). A precision text with no
# record: the plan's review of the documents of 2016-2020, a numbered list of
# earlier plans ("1."-"6."), each with its number and date ("07/KH-UBND ngày
# 25/01/2016", "08/KH-UBND", "26/KH-UBND ngày 01/3/2018", "44/KH-UBND ngày
# 08/01/2019", "922/KH-UBND ngày 19/4/2019", "523/KH-UBND ngày 20/3/2020"), the
# decisions it carries out ("36a/NQ-CP", "17/NQ-CP ngày 07/3/2019", "257-CTr/TU
# ngày 3"), periods ("2016 - 2020", "2018 - 2020", "2019 - 2020") and horizons
# ("đến năm 2020", "định hướng đến 2025"), and the header's "78/KH-UBND" and
# "ngày 27 tháng 4 năm 2021".
# --------------------------------------------------------------------------
D07 = dict(name="07_haugiang-kh78-chinh-quyen-dien-tu-2021-precision", kind="result", year=2021, records=[])

# --------------------------------------------------------------------------
# 08 Ninh Thuận, Quyết định 1560/QĐ-UBND of 9 November 2022 making 10 October
# the province's Digital Transformation Day (baoninhthuan.com.vn, the provincial
# paper; cut: the photo caption "Trung tâm Phục vụ Hành chính công tỉnh ...
# Ảnh: Văn Nỷ" with the blank line after it; no date shown beyond the text's
# own). A precision text with no record: the day's date "10/10" (twice, the title's and the lead's),
# "9/11/2022", "1560/QĐ-UBND", "Nghị quyết số 09-NQ/TU ngày 29/11/2021",
# "2021-2025", "năm 2030".
# --------------------------------------------------------------------------
D08 = dict(name="08_ninhthuan-ngay-chuyen-doi-so-qd1560-2022-precision", kind="result", year=2022, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
