#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set39).

Copied from set37's builder (itself from set27's, set25's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the
text with « just before the number. The locator (without «) must occur exactly once in the text;
the anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed
as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (214
entries; see README). As in set10-set37, the id is given in the record itself (`iid=`).

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
OTHER = dict(unit="other", unit_text=None)

ICT_RANK = "rank.ict_index"
PCI_RANK = "rank.pci"
SIPAS = "rank.sipas"
ONLINE_APPS = "egov.online_applications_share"
FULL_ONLINE = "egov.full_online_services_share"
WORK_RECORDS = "egov.work_records_online_share"
REPORTING = "egov.online_reporting_share"
DOCS_COUNT = "inst.dx_policy_documents_count"

ICT = "Chỉ số sẵn sàng cho phát triển và ứng dụng công nghệ thông tin và truyền thông Việt Nam (ICT Index)"

# --------------------------------------------------------------------------
# 01 Quảng Ninh, ICT Index 2022 (giaoduc.net.vn, byline 23/09/2023 moved to
# `date 2023-09`): the index of 2022 → year 2022. The rank "xếp hạng 3" is
# stated four times (title, lead, body twice); each statement is a record
# (rank, op =, rank.ict_index). The total score 0,6706 (unit other "điểm", no
# catalogue id). Cần Thơ's "vị trí thứ 2" (place "Cần Thơ"). The three
# component indices, each a score and a bracketed rank (ranks of components:
# no id; rank.ict_index ranks the whole index). "lần thứ 24 (năm 2023)" names
# a conference; "so với năm 2020", "năm 2021" dates. No pillar heading → null.
# --------------------------------------------------------------------------
D01 = dict(name="01_quangninh-ict-index-2022", kind="result", year=2022, records=[
    R("Quảng Ninh xếp hạng «3 trong bảng xếp hạng ICT Index 2022\n", "Quảng Ninh xếp hạng trong bảng xếp hạng ICT Index",
      "=", 3, **RANK, iid=ICT_RANK),
    R("GDVN- Quảng Ninh xếp hạng «3", "Quảng Ninh xếp hạng trong bảng xếp hạng " + ICT, "=", 3, **RANK, iid=ICT_RANK),
    R("(năm 2023), Quảng Ninh xếp hạng «3", "Quảng Ninh xếp hạng trong bảng xếp hạng " + ICT, "=", 3, **RANK,
      iid=ICT_RANK),
    R("đạt «0,6706 điểm", "Quảng Ninh bảng xếp hạng ICT Index", "=", 0.6706, **DIEM),
    R("điểm, xếp hạng «3, giữ", "Quảng Ninh xếp hạng ICT Index", "=", 3, **RANK, iid=ICT_RANK),
    R("vị trí thứ «2 là", "đứng ở vị trí thứ ICT Index Cần Thơ", "=", 2, **RANK, place="Cần Thơ", iid=ICT_RANK),
    R("kỹ thuật đạt «0,70 điểm", "Chỉ số Hạ tầng kỹ thuật", "=", 0.70, **DIEM),
    R("(xếp hạng «5)", "Chỉ số Hạ tầng kỹ thuật xếp hạng", "=", 5, **RANK),
    R("nhân lực đạt «0,56 điểm", "chỉ số Hạ tầng nhân lực", "=", 0.56, **DIEM),
    R("(xếp hạng «7)", "chỉ số Hạ tầng nhân lực xếp hạng", "=", 7, **RANK),
    R("thông tin đạt «0,75 điểm", "chỉ số Ứng dụng Công nghệ thông tin", "=", 0.75, **DIEM),
    R("(xếp hạng «2)", "chỉ số Ứng dụng Công nghệ thông tin xếp hạng", "=", 2, **RANK),
])

# --------------------------------------------------------------------------
# 02 Đà Nẵng, ICT Index 2023 (baomoi.net.vn, no date shown): the 2023 index →
# year 2023. Đà Nẵng's total "0,84/1 điểm" (denominator /1 not recorded), the
# three other provinces' scores in brackets (place), the four component
# scores and the three component ranks stated with a digit ("dẫn đầu" has
# none). "năm thứ 14" (twice) counts the years of the lead, "12 năm liên tiếp
# (2009-2020)" a period: no quantities. "giảm 1 bậc so với năm 2022" a change.
# --------------------------------------------------------------------------
D02 = dict(name="02_danang-ict-index-2023", kind="result", year=2023, records=[
    R("kết quả «0,84/1", "Đà Nẵng " + ICT + " năm 2023 với kết quả điểm", "=", 0.84, **DIEM),
    R("Cần Thơ («0,6881", "điểm ICT Index Cần Thơ", "=", 0.6881, **DIEM, place="Cần Thơ"),
    R("Quảng Ninh («0,6514", "điểm ICT Index Quảng Ninh", "=", 0.6514, **DIEM, place="Quảng Ninh"),
    R("Bắc Ninh («0,664", "điểm ICT Index Bắc Ninh", "=", 0.664, **DIEM, place="Bắc Ninh"),
    R("với «0,96 điểm", "Đà Nẵng dẫn đầu chỉ số ứng dụng công nghệ thông tin", "=", 0.96, **DIEM),
    R("xếp thứ «2 về", "xếp thứ về chỉ số hạ tầng nhân lực", "=", 2, **RANK),
    R("với «0,78 điểm", "chỉ số hạ tầng nhân lực", "=", 0.78, **DIEM),
    R("xếp hạng «6 về", "xếp hạng về chỉ số công nghiệp công nghệ thông tin", "=", 6, **RANK),
    R("với «0,11 điểm", "chỉ số công nghiệp công nghệ thông tin", "=", 0.11, **DIEM),
    R("xếp hạng «2 chỉ số", "xếp hạng chỉ số hạ tầng kỹ thuật", "=", 2, **RANK),
    R("với «0,79 điểm", "chỉ số hạ tầng kỹ thuật", "=", 0.79, **DIEM),
])

# --------------------------------------------------------------------------
# 03 Khánh Hòa, PCI 2023 (baokhanhhoa.vn, `date 2024-05`): a precision text.
# Year 2023. Quảng Ninh's score 71,25 (place) and Khánh Hòa's "67.65 điểm"
# (a dotted decimal as printed). "không còn nằm trong top 30" states that the
# province's rank is now beyond 30: rank, op ">" 30 (a judgement; rank.pci).
# The PGI rank "đứng thứ 15" (no id). Not quantities: every "tăng/giảm ...
# điểm" (changes, title included), "năm thứ 7 liên tiếp", "10 chỉ số thành
# phần" (parts of an index), "5 chỉ số tăng điểm và 5 chỉ số giảm điểm"
# (counts of components by their change), "9-5" a date.
# --------------------------------------------------------------------------
D03 = dict(name="03_khanhhoa-pci-2023", kind="result", year=2023, records=[
    R("đạt «71,25 điểm", "điểm số tổng hợp Chỉ số PCI Quảng Ninh", "=", 71.25, **DIEM, place="Quảng Ninh"),
    R("đạt «67.65 điểm", "tỉnh Khánh Hòa bảng xếp hạng PCI", "=", 67.65, **DIEM),
    R("top «30 tỉnh", "không còn nằm trong top tỉnh, thành phố có chất lượng điều hành tốt nhất trong PCI", ">", 30,
      **RANK, iid=PCI_RANK),
    R("đứng thứ «15 trong", "Chỉ số Xanh cấp tỉnh (PGI) Khánh Hòa đứng thứ trong cả nước", "=", 15, **RANK),
])

# --------------------------------------------------------------------------
# 04 DTI 2020 and Bắc Ninh (stttt.bacninh.gov.vn, "19/10/2021" moved to `date
# 2021-10`): results of the 2020 index → year 2020. The title's and the
# lead's "thúc đẩy cung cấp 100% dịch vụ công đủ điều kiện lên trực tuyến mức
# độ 4" is an aim (target, bare → >=, no horizon said → year null); level-4
# services are the full-process ones → egov.full_online_services_share. The
# ministries' DTI values 0.4944, (0.0992), (0.2995) (unit other, no "điểm"
# written → unit_text null; ministries in the wording, place is for provinces
# and communes; dti.provincial_score is provincial → null). Bắc Ninh's pillar
# ranks 8, 2, 2 ("lần lượt": each its own subject; dti.*_rank). "thứ nhất",
# "thứ hai", "thứ ba" have no digit; "3 trụ cột" a structure; "14h" a time;
# "mức độ 4" a name.
# --------------------------------------------------------------------------
D04 = dict(name="04_bacninh-dti-2020", kind="result", year=2020, records=[
    R("năm 2020 và thúc đẩy cung cấp «100% dịch vụ công đủ điều kiện lên trực tuyến mức độ 4\n",
      "cung cấp dịch vụ công đủ điều kiện lên trực tuyến mức độ 4", ">=", 100, **T, year=None, iid=FULL_ONLINE),
    R("thúc đẩy cung cấp «100% dịch vụ công đủ điều kiện  lên", "cung cấp dịch vụ công đủ điều kiện lên trực tuyến "
      "mức độ 4", ">=", 100, **T, year=None, iid=FULL_ONLINE),
    R("với «0.4944", "Bộ Tài chính chỉ số DTI các cơ quan cấp Bộ có cung cấp dịch vụ công", "=", 0.4944, **OTHER),
    R("(«0.0992)", "Giá trị DTI thấp nhất các cơ quan cấp Bộ không cung cấp dịch vụ công", "=", 0.0992, **OTHER),
    R("(«0.2995)", "Giá trị DTI cao nhất các cơ quan cấp Bộ không cung cấp dịch vụ công", "=", 0.2995, **OTHER),
    R("Chính quyền số hạng «8", "Xếp hạng trụ cột Chính quyền số của Bắc Ninh", "=", 8, **RANK,
      iid="dti.digital_government_rank"),
    R("Kinh tế số hạng «2", "Xếp hạng trụ cột Kinh tế số của Bắc Ninh", "=", 2, **RANK, iid="dti.digital_economy_rank"),
    R("Xã hội số hạng «2", "Xếp hạng trụ cột Xã hội số của Bắc Ninh", "=", 2, **RANK, iid="dti.digital_society_rank"),
])

# --------------------------------------------------------------------------
# 05 PCI 2019 (congnghieptieudung.vn, "Tin đăng lúc : 06-05-2020" moved to
# `date 2020-05`): year 2019. Quảng Ninh's 73,40 (the page's subject, no
# place), Đồng Tháp's 72,10 (place), Vĩnh Long's rank "từ vị trí thứ 8 lên
# thứ 3": the earlier place is a value of 2018 (a value, not a change), the
# new one of 2019 (rank.pci both). "tăng 3,04 điểm" a change; "lần thứ 3",
# "3 năm liên tiếp" counts of years.
# --------------------------------------------------------------------------
D05 = dict(name="05_pci-2019-quangninh-dongthap-vinhlong", kind="result", year=2019, records=[
    R("Với «73,40 điểm", "Quảng Ninh điểm Bảng xếp hạng PCI 2019", "=", 73.40, **DIEM),
    R("đạt «72,10 điểm", "á quân Đồng Tháp điểm PCI", "=", 72.10, **DIEM, place="Đồng Tháp"),
    R("vị trí thứ «8 lên", "Vĩnh Long vị trí thứ bảng xếp hạng PCI năm 2018", "=", 8, **RANK, year=2018,
      place="Vĩnh Long", iid=PCI_RANK),
    R("lên thứ «3.", "Vĩnh Long vươn lên thứ bảng xếp hạng PCI", "=", 3, **RANK, place="Vĩnh Long", iid=PCI_RANK),
])

# --------------------------------------------------------------------------
# 06 TP Cà Mau (vietnamnet.vn, no date shown; "thời gian qua", "Tính đến nay"
# → year null). Results: bank accounts opened (~3 ngàn → 3000), officials
# with a public-service account (100%), enterprises using e-invoices (100%,
# econ.e_invoice_enterprises_share), the counts of companies and households
# using e-invoices and of those on cash-register e-invoices (the 47
# households: econ.cash_register_invoice_households_count; the 162
# enterprises: not households → null), OCOP products on e-commerce (100%,
# econ.ocop_products_ecommerce_share). "3 năm" a period. No pillar heading.
# --------------------------------------------------------------------------
D06 = dict(name="06_camau-tp-thanh-toan-so-hoa-don", kind="result", year=None, records=[
    R("khoảng «3 ngàn", "tài khoản ngân hàng miễn phí cho người dân được mở", "~", 3000, **CNT),
    R("địa bàn; «100% cán bộ", "cán bộ, công chức, viên chức, nhân viên tại các cơ quan, đơn vị đã đăng ký tài khoản "
      "dịch vụ công trực tuyến", "=", 100),
    R("hoá đơn điện tử đạt «100%", "doanh nghiệp sử dụng hoá đơn điện tử", "=", 100,
      iid="econ.e_invoice_enterprises_share"),
    R("có «2.255 công", "công ty, doanh nghiệp kê khai sử dụng hoá đơn điện tử", "=", 2255, **CNT),
    R("và «554 hộ", "hộ kê khai sử dụng hoá đơn điện tử", "=", 554, **CNT),
    R("có «162 doanh", "doanh nghiệp đã chuyển sang sử dụng hoá đơn điện tử có mã khởi tạo từ máy tính tiền", "=", 162,
      **CNT),
    R("và «47 hộ", "hộ kê khai đã chuyển sang sử dụng hoá đơn điện tử có mã khởi tạo từ máy tính tiền", "=", 47, **CNT,
      iid="econ.cash_register_invoice_households_count"),
    R("người dân, đạt «100%", "sản phẩm OCOP đưa lên sàn giao dịch thương mại điện tử", "=", 100,
      iid="econ.ocop_products_ecommerce_share"),
])

# --------------------------------------------------------------------------
# 07 Hà Nam and others, online-only applications (vietnamhoinhap.vn, no date
# shown, no year in the excerpt → year null). Hà Nam's counts and share; the
# three provinces in brackets (place); "dưới 50%" of the remaining provinces
# and "dưới 10%" of TP HCM and Hà Nội (op <, several places → in the
# wording); the ministry's count (1,488 triệu → 1488000) and share; "15 bộ,
# ngành và địa phương" below 10% (a count, and the threshold as a value, op <,
# as set37's "6/6 vùng đạt trên 80%"). Shares: egov.online_applications_share
# (set37's choice for "tỷ lệ hồ sơ trực tuyến toàn trình").
# --------------------------------------------------------------------------
D07 = dict(name="07_hanam-ho-so-toan-trinh", kind="result", year=None, records=[
    R("là «115.665 và", "Hà Nam số hồ sơ trực tuyến toàn trình", "=", 115665, **CNT),
    R("là «168.746, chiếm", "tổng số hồ sơ giải quyết TTHC", "=", 168746, **CNT),
    R("chiếm «68,54%", "Hà Nam tỷ lệ hồ sơ trực tuyến toàn trình", "=", 68.54, iid=ONLINE_APPS),
    R("Đà Nẵng («58,89%)", "tỷ lệ hồ sơ trực tuyến toàn trình Đà Nẵng", "=", 58.89, place="Đà Nẵng", iid=ONLINE_APPS),
    R("Hà Giang («55,76%)", "tỷ lệ hồ sơ trực tuyến toàn trình Hà Giang", "=", 55.76, place="Hà Giang", iid=ONLINE_APPS),
    R("Nam Định («52,96%)", "tỷ lệ hồ sơ trực tuyến toàn trình Nam Định", "=", 52.96, place="Nam Định", iid=ONLINE_APPS),
    R("tỷ lệ dưới «50%", "Các tỉnh thành còn lại đạt tỷ lệ", "<", 50, iid=ONLINE_APPS),
    R("thấp nhất, dưới «10%", "TP HCM, Hà Nội thuộc nhóm thấp nhất", "<", 10, iid=ONLINE_APPS),
    R("với «1,488 triệu", "Bộ Công thương hồ sơ trực tuyến toàn trình", "=", 1488000, **CNT),
    R("chiếm «83,48%", "Bộ Công thương hồ sơ trực tuyến toàn trình", "=", 83.48, iid=ONLINE_APPS),
    R("ghi nhận «15 bộ", "bộ, ngành và địa phương có tỷ lệ hồ sơ trực tuyến toàn trình thấp", "=", 15, **CNT),
    R("thấp dưới «10%.", "tỷ lệ hồ sơ trực tuyến toàn trình bộ, ngành và địa phương", "<", 10, iid=ONLINE_APPS),
])

# --------------------------------------------------------------------------
# 08 SIPAS 2023, national (nvsk.vnanet.vn, dateline "TTXVN 18/4/2024" kept
# and given as `date 2024-04`): year 2023. The national value 82,66%, the
# bracketed 2022 value (80,08%, year 2022), the provinces' range "nằm trong
# khoảng 75,03% - 90,61%" (one between record: a range stated once; its high
# end needs no record of its own) and Quảng Ninh's 90,61% (place). All
# rank.sipas (the index is a share). "tăng 2,58% so với năm 2022" a change →
# NOT; "63 tỉnh, thành phố", "63 địa phương" name the set of provinces.
# --------------------------------------------------------------------------
D08 = dict(name="08_sipas-2023-ca-nuoc", kind="result", year=2023, NOT=["tăng «2,58%"], records=[
    R("ở mức «82,66%", "Người dân hài lòng đối với sự phục vụ của cơ quan hành chính Nhà nước nói chung trong cả "
      "nước (SIPAS 2023)", "=", 82.66, iid=SIPAS),
    R("(«80,08%)", "Người dân hài lòng đối với sự phục vụ của cơ quan hành chính Nhà nước năm 2022", "=", 80.08,
      year=2022, iid=SIPAS),
    R("khoảng «75,03% - 90,61%", "Mức độ hài lòng của người dân đối với sự phục vụ của cơ quan hành chính Nhà nước ở "
      "tỉnh, thành phố", "between", 75.03, value_max=90.61, iid=SIPAS),
    R("cao nhất với «90,61%", "Quảng Ninh mức độ hài lòng của người dân đối với sự phục vụ của cơ quan hành chính Nhà "
      "nước nói chung cao nhất", "=", 90.61, place="Quảng Ninh", iid=SIPAS),
])

# --------------------------------------------------------------------------
# 09 Lâm Đồng (baolamdong.vn, no date shown): a precision text. The DTI 2021
# rank "đứng thứ 20/63" (year 2021 as the text says; numerator only;
# dti.provincial_rank); "tăng 3 bậc" a change; "9 chỉ số chính với 98 chỉ số
# thành phần", "3 trụ cột", "6 chỉ số chính", "3 chỉ số chính" the parts of an
# index (spec); "Năm 2022" a date. The last sentence "đã có 100% cơ quan hành
# chính nhà nước từ cấp t" ends inside a word: the value is stated as reached
# though its predicate is cut; recorded with the subject as its wording,
# "Hiện" in an undated page → year null (a judgement).
# --------------------------------------------------------------------------
D09 = dict(name="09_lamdong-dti-2021-precision", kind="result", year=None, records=[
    R("đứng thứ «20/63", "Lâm Đồng Chỉ số đánh giá chuyển đổi số - DTI đứng thứ tỉnh, thành phố", "=", 20, **RANK,
      year=2021, iid="dti.provincial_rank"),
    R("đã có «100% cơ", "toàn tỉnh đã có cơ quan hành chính nhà nước từ cấp t", "=", 100),
])

# --------------------------------------------------------------------------
# 10 Bình Định (vietnamnet.vn, `date 2023-12`): a precision text. "trên 500
# cán bộ ..." are the participants of a conference (spec: not a quantity);
# "Hơn 2 năm qua" a period; "3 trụ cột" a structure; "2025", "2030" horizons
# of a resolution without a value. The excerpt ends "100% các sở, ba": a value
# stated as reached whose predicate is cut (as 09): one record, year 2023 from
# the date line and "Trong năm 2023".
# --------------------------------------------------------------------------
D10 = dict(name="10_binhdinh-ba-tru-cot-2023", kind="result", year=2023, records=[
    R("TT&TT, «100% các", "các sở, ban", "=", 100),
])

# --------------------------------------------------------------------------
# 11 Bình Định, Đề án 06 (binhdinh.dcs.vn, no date shown → year null): the
# documents issued to carry out the scheme: "1 chỉ thị của Tỉnh ủy, 33 quyết
# định và 163 công văn" (one count per kind, scope null;
# inst.dx_policy_documents_count, a breakdown by kind keeps the measure).
# Not quantities: "9.5", "22.12.2024" dates, "2022 - 2025", "2030" periods,
# "Đề án 06", "57-NQ/TW", "C06" names, "5 rõ" a motto.
# --------------------------------------------------------------------------
D11 = dict(name="11_binhdinh-de-an-06-2025", kind="result", year=None, records=[
    R("gồm «1 chỉ thị", "chỉ thị của Tỉnh ủy được ban hành triển khai Đề án 06", "=", 1, **CNT, iid=DOCS_COUNT),
    R("Tỉnh ủy, «33 quyết", "quyết định của UBND tỉnh được ban hành triển khai Đề án 06", "=", 33, **CNT, iid=DOCS_COUNT),
    R("và «163 công", "công văn của UBND tỉnh được ban hành triển khai Đề án 06", "=", 163, **CNT, iid=DOCS_COUNT),
])

# --------------------------------------------------------------------------
# 12 Hậu Giang, aims for 2022 (vtv.vn, no date shown): targets, year 2022
# ("năm 2022, tỉnh phấn đấu", "Năm 2022, Hậu Giang đặt mục tiêu"). "nhóm 20
# tỉnh dẫn đầu" rank <= 20 (spec; dti.provincial_rank). Bare shares → >=. The
# work records split by level: scopes "cấp tỉnh", "cấp huyện", "cấp cơ sở"
# (as written). "mức độ 4" a name. No pillar heading.
# --------------------------------------------------------------------------
D12 = dict(name="12_haugiang-muc-tieu-2022", kind="target", year=2022, records=[
    R("nhóm «20 tỉnh", "nằm trong nhóm tỉnh dẫn đầu trong bảng xếp hạng về chuyển đổi số cấp tỉnh", "<=", 20, **RANK,
      iid="dti.provincial_rank"),
    R("cung cấp «100% dịch", "dịch vụ công đủ điều kiện lên trực tuyến mức độ 4 trên nhiều phương tiện truy cập khác nhau",
      ">=", 100, iid=FULL_ONLINE),
    R("tử; «100% văn bản", "văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử có ký số đầy đủ và được luân "
      "chuyển trên phần mềm quản lý văn bản của tỉnh", ">=", 100, iid="egov.electronic_documents_share"),
    R("mục tiêu «90% hồ", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 90, scope="cấp tỉnh",
      iid=WORK_RECORDS),
    R("tỉnh, «80% hồ", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 80, scope="cấp huyện", iid=WORK_RECORDS),
    R("và «60% hồ", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 60, scope="cấp cơ sở", iid=WORK_RECORDS),
    R("nước). «100% báo cáo định kỳ", "báo cáo định kỳ, báo cáo thống kê về kinh tế - xã hội được thực hiện qua hệ "
      "thống báo cáo của tỉnh", ">=", 100, iid=REPORTING),
    R("tỉnh; «100% báo cáo Chính phủ", "báo cáo Chính phủ định kỳ được gửi, nhận qua hệ thống thông tin báo cáo quốc gia",
      ">=", 100, iid=REPORTING),
])

# --------------------------------------------------------------------------
# 13 Thái Nguyên, new-countryside communes (vietnamnet.vn, `date 2025-09`):
# year 2025. The communes meeting the standard (42) and the advanced
# standard (4), counts (no id). "77 xã thuộc diện đánh giá" is the population
# the two counts are taken of (as set37's restated "32 địa phương"; a
# denominator): no record (a judgement). "Hàng trăm nghìn hộ" has no digit.
# --------------------------------------------------------------------------
D13 = dict(name="13_thainguyen-nong-thon-moi-2025", kind="result", year=2025, records=[
    R("đó, «42 xã", "xã đã đạt chuẩn nông thôn mới", "=", 42, **CNT),
    R("bao gồm «4 xã", "xã đạt chuẩn nông thôn mới nâng cao", "=", 4, **CNT),
])

# --------------------------------------------------------------------------
# 14 An Giang, ten-month report 2025 (cafef.vn, `date 2025-11`): year 2025.
# The share of agencies that published their electronic identifier codes
# (100%) and the video-conference points reached "102/102 điểm cầu"
# (numerator only; infra.video_conference_points_count). The heading
# "Hợp nhất hệ thống, thông suốt dữ liệu, phục vụ người dân" names no pillar.
# "tháng 10 và 10 tháng năm 2025" a period; "101/CĐ-TTg", "29/6/2025".
# --------------------------------------------------------------------------
D14 = dict(name="14_angiang-cchc-10-thang-2025", kind="result", year=2025, records=[
    R("là «100% các", "các cơ quan, đơn vị, địa phương đã công bố, công khai và cập nhật mã định danh điện tử của cơ "
      "quan, tổ chức trên Cổng dịch vụ công quốc gia và Trục liên thông văn bản quốc gia", "=", 100),
    R("đến «102/102 điểm", "Hệ thống hội nghị truyền hình trực tuyến đã kết nối từ Văn phòng UBND tỉnh đến điểm cầu",
      "=", 102, **CNT, iid="infra.video_conference_points_count"),
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
