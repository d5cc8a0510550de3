#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set271).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of percentages deliberately left without a record (here
only a change against an earlier value, "chỉ số IIP tăng 8,4%"); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).

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
from goldkit import R, CNT, T, GOV, DATA  # noqa: E402

USD = dict(unit="other", unit_text="USD")
T25 = dict(kind="target", year=2025)
ONLINE_APPS = "egov.online_applications_share"
EDOC = "egov.electronic_documents_share"
MEETINGS = "egov.online_meetings_share"
HERITAGE = "society.digitised_heritage_sites_share"
ECOM_RETAIL = "econ.ecommerce_retail_share"
PORTAL_CNT = "egov.national_portal_integrated_services_count"
PORTAL_SHARE = "egov.national_portal_integrated_share"
FULL_CNT = "egov.full_online_services_count"
DX_NEWS = "aware.dx_news_articles_count"
COOP_DIGITAL = "econ.cooperatives_digital_share"

# --------------------------------------------------------------------------
# 01 The transport sector: the Prime Minister's scheme for IT in transport management, its
# specific targets (vinanet.vn; nothing cut; no byline, no stamp, no year of publication in the
# text; the excerpt ends in "hội n"). Targets. "Mục tiêu cụ thể của Đề án là:" opens a list whose
# first item says "Đến năm 2025": year 2025 for the list's items (the first item sets the year for
# the list it stands in; the next paragraph turns to "đến năm 2030"); "đến 2030, 100% phương tiện
# ô tô ..." year 2030. Ops: "tối thiểu", "ít nhất" and the bare "100%" read `>=`; "rút ngắn 30-50%
# thời gian họp" a target stated as a change (spec), `between` 30-50. Pillar null (no heading; the
# lead-in names the scheme, no pillar). Not quantities: "mức độ 3, 4" (labels, twice), "tất cả"
# (no digit), "năm 2025", "năm 2030", "2030" (years). Ids: ONLINE_APPS for the Ministry's dossiers
# filed online (a judgement: the catalogue's share of applications processed online), EDOC, MEETINGS;
# ITS on expressways, the meeting time cut and the cars with toll accounts null.
# --------------------------------------------------------------------------
D01 = dict(name="01_quocgia-bo-gtvt-de-an-cntt-giao-thong-2025", kind="target", year=2025, records=[
    R("tối thiểu «50% số lượng", "số lượng bộ hồ sơ thực hiện tại Bộ Giao thông vận tải được nộp trực tuyến mức độ "
      "3, 4", ">=", 50, iid=ONLINE_APPS),
    R("- «100% các tuyến", "các tuyến đường bộ cao tốc có lắp đặt hệ thống quản lý, điều hành giao thông thông minh "
      "(ITS)", ">=", 100),
    R("bảo đảm «100% văn bản", "văn bản được xử lý, trao đổi hoàn toàn điện tử", ">=", 100, iid=EDOC),
    R("ít nhất «50% cuộc họp", "cuộc họp được thực hiện trực tuyến", ">=", 50, iid=MEETINGS),
    R("rút ngắn «30-50%", "rút ngắn thời gian họp", "between", 30, value_max=50),
    R("2030, «100% phương tiện", "phương tiện ô tô sử dụng tài khoản thu phí điện tử để thanh toán đa mục đích cho "
      "các dịch vụ giao thông đường bộ", ">=", 100, year=2030),
])

# --------------------------------------------------------------------------
# 02 The culture sector: the Prime Minister's programme for digitising Vietnam's cultural heritage
# 2021-2030 (truyenhinhthanhhoa.vn; cut: the image line "![]() |"; the caption under it, which
# repeats a target with its figure, is kept; no byline, no stamp; the excerpt ends in "phi vật
# th"). Targets for the period "Giai đoạn 2021-2030": year 2030 (the period's end, as the earlier
# sets read "giai đoạn 2021-2025" targets). Bare "100%" reads `>=`. The lead's "100% các di tích
# quốc gia đặc biệt, bảo vật quốc gia, các di sản trong Danh mục ..." is one value for one list of
# subjects (one record); the caption's "100% các bảo vật quốc gia, các di sản ..." a record where it
# stands; "Mục tiêu cụ thể giai đoạn 2021-2030: 100% ..., 100% ..., 100% ..." three records, each its
# own subject. Pillar null (no heading; the title names the heritage database, not a pillar). Not
# quantities: "2026/QĐ-TTg" (a document), "2/12/2021" (a date), "2021-2030" (periods, four times).
# Ids: HERITAGE where the subject is the relics (di tích); null for the treasures, the intangible
# heritage and the UNESCO-listed heritage.
# --------------------------------------------------------------------------
D02 = dict(name="02_quocgia-nganh-van-hoa-so-hoa-di-san-2030", kind="target", year=2030, records=[
    R("mọi nơi. Giai đoạn 2021-2030, «100% các di tích", "các di tích quốc gia đặc biệt, bảo vật quốc gia, các di "
      "sản trong Danh mục di sản văn hóa phi vật thể quốc gia được số hóa và ứng dụng trên các nền tảng số", ">=",
      100, iid=HERITAGE),
    R("| Giai đoạn 2021-2030, «100% các bảo vật", "các bảo vật quốc gia, các di sản trong Danh mục di sản văn hóa "
      "phi vật thể quốc gia được số hóa và ứng dụng trên các nền tảng số", ">=", 100, line=True),
    R("2021-2030: «100% các di sản", "các di sản văn hóa vật thể, phi vật thể và di sản tư liệu được UNESCO ghi "
      "danh được số hóa", ">=", 100),
    R("ghi danh, «100% các di tích", "các di tích quốc gia đặc biệt được số hóa và ứng dụng trên các nền tảng số",
      ">=", 100, iid=HERITAGE),
    R("nền tảng số, «100% các bảo vật", "các bảo vật quốc gia, các di sản trong Danh mục di sản văn hóa phi vật thể "
      "được số hóa", ">=", 100),
])

# --------------------------------------------------------------------------
# 03 The industry and trade sector: the Ministry's digital transformation forum of 2025, the
# report on the sector's orientation for 2026 with its figures (cafef.vn; the stamp " date
# 2025-12-04" written as the first line; nothing cut; the excerpt ends in "thời điểm ngành").
# Year 2025 (the stamp; the forum "năm 2025"), but "quy mô B2C năm 2024" 2024. Results: the B2C
# e-commerce "đạt khoảng 25 tỷ USD" (`~`, unit other "USD", the magnitude word multiplied in) and
# its share "chiếm 10% tổng mức bán lẻ" (=, 2024); "khoảng 90% doanh nghiệp chế biến – chế tạo đã
# triển khai một phần giải pháp số" (`~`), "35% ứng dụng robot và cảm biến" (=), "10–12% đạt mức
# nhà máy thông minh 3.0" (`between`: one range stated once); "hơn 40 doanh nghiệp khởi nghiệp AI"
# (`>`, count), "123 triệu USD vốn tư nhân" (=, USD), "81% người dùng tương tác với AI", "96% bày
# tỏ sự tin tưởng" (=). "kinh tế số Việt Nam năm 2025 dự kiến đạt 39 tỷ USD": a target (`>=`), as
# the earlier sets' majority reads "dự kiến đạt". NOT: "chỉ số IIP tăng 8,4%" (a change against
# an earlier value, spec). Not quantities: "3/12" (a date), "năm 2026" (twice), "5 năm" (a
# period), "3.0" (a name), "B2C" (a name). Pillar null: the paragraph "... thông tin về tình hình
# phát triển kinh tế số." is a statement closed by a full stop, the figures stand in the next
# paragraphs, which name no pillar and stand under no heading (spec's new-paragraph rule). Ids:
# ECOM_RETAIL for the 10%; the rest null (the catalogue's digital-economy share is of GDP, not a
# value in USD; the manufacturing and AI shares have no catalogue indicator).
# --------------------------------------------------------------------------
D03 = dict(name="03_quocgia-nganh-cong-thuong-dien-dan-cds-2025", kind="result", year=2025, records=[
    R("đạt khoảng «25 tỷ USD", "quy mô thương mại điện tử B2C", "~", 25e9, **USD, year=2024),
    R("chiếm «10% tổng", "thương mại điện tử B2C chiếm tổng mức bán lẻ hàng hóa và dịch vụ tiêu dùng", "=",
      10, year=2024, iid=ECOM_RETAIL),
    R("khoảng «90% doanh nghiệp", "doanh nghiệp chế biến – chế tạo đã triển khai một phần giải pháp số", "~", 90),
    R("; «35% ứng dụng", "doanh nghiệp chế biến – chế tạo ứng dụng robot và cảm biến trong sản xuất", "=", 35),
    R("và «10–12% đạt", "doanh nghiệp chế biến – chế tạo đạt mức nhà máy thông minh 3.0", "between", 10,
      value_max=12),
    R("dự kiến đạt «39 tỷ USD", "kinh tế số Việt Nam", ">=", 39e9, **USD, kind="target"),
    R("hơn «40 doanh nghiệp", "doanh nghiệp khởi nghiệp AI đã thu hút vốn tư nhân", ">", 40, **CNT),
    R("thu hút «123 triệu USD", "vốn tư nhân doanh nghiệp khởi nghiệp AI đã thu hút", "=", 123e6, **USD),
    R("; «81% người dùng", "người dùng tương tác với AI hằng ngày", "=", 81),
    R("và «96% bày tỏ", "người dùng bày tỏ sự tin tưởng vào các tác nhân AI", "=", 96),
], NOT=["IIP tăng «8,4%"])

# --------------------------------------------------------------------------
# 04 Hà Nội, Tây Hồ ward (a ward of the city's new two-level government), the results of the
# city's 45-day digital transformation campaign, 2025 (laodongthudo.vn; cut: the two image lines
# "![]() |" and the photo captions "| Phó Chủ tịch UBND thành phố Hà Nội Trương Việt Dũng phát biểu
# chỉ đạo tại Hội nghị. |" and the excerpt's last, truncated caption "| Phó Chủ tịch UBND TP Hà Nội
# Trương Việt Dũng tra"; no byline, no stamp). Year 2025 (the campaign under "Chỉ thị số
# 11/CT-UBND ngày 24/7/2025"). Results, =: "tổ chức 96 điểm “Bình dân học vụ số lưu động”"
# (count), "hỗ trợ 100% hộ gia đình trên địa bàn cài đặt, sử dụng các ứng dụng công nghệ" (%),
# "thành lập và vận hành 9 điểm hành chính công lưu động" (count), and the communication outputs
# "đăng tải 68 bài viết, 80 lượt phát thanh, 6 video clip, 6 infographic, 1 sổ tay điện tử" (five
# counts, each its own subject; scope null: a breakdown by kind of output). Not quantities: "45
# ngày" (twice: the campaign's length, in the title and the body), "11/CT-UBND", "24/7/2025",
# "hàng nghìn lượt" (no digit). Pillar null (no heading). Place: the ward is the document's own
# (no `place`). Ids: DX_NEWS for the 68 articles; the rest null.
# --------------------------------------------------------------------------
D04 = dict(name="04_hanoi-phuong-tay-ho-45-ngay-cds-2025", kind="result", year=2025, records=[
    R("tổ chức «96 điểm", "điểm “Bình dân học vụ số lưu động” tổ chức", "=", 96, **CNT),
    R("hỗ trợ «100% hộ", "hộ gia đình trên địa bàn hỗ trợ cài đặt, sử dụng các ứng dụng công nghệ phục vụ đời sống", "=", 100),
    R("vận hành «9 điểm", "điểm hành chính công lưu động thành lập và vận hành", "=", 9, **CNT),
    R("đăng tải «68 bài viết", "bài viết tuyên truyền, hướng dẫn đăng tải", "=", 68, **CNT, iid=DX_NEWS),
    R(", «80 lượt phát thanh", "lượt phát thanh tuyên truyền, hướng dẫn", "=", 80, **CNT),
    R(", «6 video clip", "video clip tuyên truyền, hướng dẫn", "=", 6, **CNT),
    R(", «6 infographic", "infographic tuyên truyền, hướng dẫn", "=", 6, **CNT),
    R(", «1 sổ tay", "sổ tay điện tử tuyên truyền, hướng dẫn", "=", 1, **CNT),
])

# --------------------------------------------------------------------------
# 05 The natural resources and environment sector: the Ministry's online public services
# (baomoi.net.vn; nothing cut; no byline, no stamp, no year anywhere in the text: year null, as the
# earlier sets do for a page that names none; the excerpt ends in "địa phương và đ"). Pillar
# digital_government for every record: the title, "Ngành Tài nguyên và Môi trường triển khai 3
# trọng tâm trong xây dựng Chính phủ số", heads the whole text and names Chính phủ số (spec:
# "Chính phủ số" in a heading), and the lead "Thực hiện lộ trình xây dựng Chính phủ số, ..." names
# it again. Results, =: "84 dịch vụ công trực tuyến của Bộ đã được tích hợp, cung cấp trên Cổng
# Dịch vụ công quốc gia, đạt tỷ lệ 100 %" (a count and its share); the procedures eligible for
# full online service "gồm 60 thủ tục; trong đó ... cấp trung ương là 41 thủ tục, ... cấp tỉnh là
# 19 thủ tục" (the total, scope null, then one sentence splitting the total by administrative
# level: scopes "cấp trung ương" and "cấp tỉnh"); the next sentence restates "41 thủ tục ... cấp
# trung ương" (a record where it stands; the level is part of its subject here, scope null) and
# breaks it down by field: "9 ...; 13 ...; 2 ...; 10 ...; 3 ...; 2 ...; 1 ...; 1 ..." (eight counts,
# each its own subject, scope null: a breakdown by kind of thing). Not quantities: "3 trọng tâm"
# (twice: tasks, spec). Ids: PORTAL_CNT and PORTAL_SHARE for the 84 services and their 100%;
# FULL_CNT for the 60 eligible procedures and the two levels' 41 and 19 (a judgement: procedures
# eligible for, not yet provided as, full online service; the catalogue's count of full online
# services is the nearest); the fields' counts null.
# --------------------------------------------------------------------------
PROC = "thủ tục hành chính đủ điều kiện thực hiện dịch vụ công trực tuyến toàn trình"
D05 = dict(name="05_quocgia-nganh-tnmt-dich-vu-cong-truc-tuyen", kind="result", year=None, records=[
    R("(Bộ Tài nguyên và Môi trường), «84 dịch vụ", "dịch vụ công trực tuyến của Bộ đã được tích hợp, cung cấp "
      "trên Cổng Dịch vụ công quốc gia", "=", 84, **CNT, pillar=GOV, iid=PORTAL_CNT),
    R("đạt tỷ lệ «100 %", "tỷ lệ dịch vụ công trực tuyến của Bộ được tích hợp, cung cấp trên Cổng Dịch vụ công "
      "quốc gia", "=", 100, pillar=GOV, iid=PORTAL_SHARE),
    R("toàn trình gồm «60 thủ tục", f"{PROC} thuộc phạm vi quản lý của Bộ", "=", 60, **CNT, pillar=GOV,
      iid=FULL_CNT),
    R("cấp trung ương là «41 thủ tục", f"danh mục {PROC}", "=", 41, **CNT, scope="cấp trung ương", pillar=GOV,
      iid=FULL_CNT),
    R("cấp tỉnh là «19 thủ tục", f"danh mục {PROC}", "=", 19, **CNT, scope="cấp tỉnh", pillar=GOV, iid=FULL_CNT),
    R("Cụ thể, «41 thủ tục", f"{PROC} cấp trung ương", "=", 41, **CNT, pillar=GOV, iid=FULL_CNT),
    R("gồm: «9 thủ tục", f"{PROC} thuộc lĩnh vực môi trường", "=", 9, **CNT, pillar=GOV),
    R("; «13 thủ tục", f"{PROC} thuộc lĩnh vực biến đổi khí hậu", "=", 13, **CNT, pillar=GOV),
    R("; «2 thủ tục lĩnh vực khí tượng", f"{PROC} lĩnh vực khí tượng thủy văn", "=", 2, **CNT, pillar=GOV),
    R("; «10 thủ tục", f"{PROC} lĩnh vực tài nguyên nước", "=", 10, **CNT, pillar=GOV),
    R("có «3 thủ tục", f"{PROC} lĩnh vực đo đạc và bản đồ", "=", 3, **CNT, pillar=GOV),
    R("đất đai «2 thủ tục", f"{PROC} lĩnh vực đất đai", "=", 2, **CNT, pillar=GOV),
    R("hải đảo «1 thủ tục", f"{PROC} lĩnh vực biển và hải đảo", "=", 1, **CNT, pillar=GOV),
    R("khoáng sản «1 thủ tục", f"{PROC} lĩnh vực địa chất và khoáng sản", "=", 1, **CNT, pillar=GOV),
])

# --------------------------------------------------------------------------
# 06 The agriculture and environment sector: the 90-day campaign to enrich and clean the national
# land database, its review of December 2025 (vneconomy.vn; the stamp " date 2025-12-12" written
# as the first line; nothing cut; the excerpt ends in "được xá"). Year 2025. Results, =: the
# lead's "62,49 triệu thửa đất được rà soát, phân nhóm; 39% đạt chuẩn" and the body's restatement
# "62,49 triệu thửa đất ...; 39% ...; 59,8% cần bổ sung, chuẩn hóa; 1,2% không sử dụng được, phải
# xây dựng lại; 38,24 triệu chủ sử dụng đất được xá[c thực]" (each a record where it stands, the
# earlier sets' restated values; counts with the magnitude word multiplied in). Pillar: null for
# the lead; digital_data for the body's figures, which stand under the heading "THIẾT LẬP NỀN TẢNG
# DỮ LIỆU ĐẤT ĐAI THỐNG NHẤT" (a heading naming a topic of the data pillar, spec; a judgement). Not
# quantities: "90 ngày" (three times, "chiến dịch 90" once: the campaign's length and name),
# "11/12/2025", "1/9", "30/11" (dates), "515/KH-BCA-BNN&MT", "Kế hoạch 515" (documents). Ids null:
# parcels reviewed and grouped are not the catalogue's parcels digitised; the land users
# authenticated are a count where the catalogue has a share.
# --------------------------------------------------------------------------
PARCELS = "thửa đất được rà soát, phân nhóm, Cơ sở dữ liệu quốc gia về đất đai"
CLEAN = "thửa đất đạt chuẩn “đúng - đủ - sạch - sống”"
D06 = dict(name="06_quocgia-bo-nnmt-lam-sach-du-lieu-dat-dai-2025", kind="result", year=2025, records=[
    R("đất đai, hiện có «62,49 triệu", PARCELS, "=", 62.49e6, **CNT),
    R("phân nhóm; «39% đạt chuẩn “đúng - đủ - sạch - sống”...", CLEAN, "=", 39),
    R("dữ liệu, hiện có «62,49 triệu", PARCELS, "=", 62.49e6, **CNT, pillar=DATA),
    R("phân nhóm; «39% đạt chuẩn “đúng - đủ - sạch - sống”;", CLEAN, "=", 39, pillar=DATA),
    R("; «59,8% cần", "thửa đất cần bổ sung, chuẩn hóa", "=", 59.8, pillar=DATA),
    R("; «1,2% không", "thửa đất không sử dụng được, phải xây dựng lại", "=", 1.2, pillar=DATA),
    R("; «38,24 triệu", "chủ sử dụng đất", "=", 38.24e6, **CNT, pillar=DATA),
])

# --------------------------------------------------------------------------
# 07 Cooperatives: the Vietnam Cooperative Alliance's figures on cooperatives applying high
# technology (dantoctongiao.vietnamnet.vn; cut: the image's file name "minhhoa.png" with the blank
# line after it; no byline, no stamp, no year in the text: year null; the excerpt ends in "và
# đ"). Results: "hơn 4.600 HTX ứng dụng công nghệ cao trong sản xuất" (`>`, count), "chiếm 17%
# tổng số HTX" (=), "trong lĩnh vực nông nghiệp ... với hơn 1.700 HTX" (`>`, count). Not
# quantities: "20-NQ/TW" (a document). Pillar null. Ids null: high technology in production is not
# the catalogue's digital technology (econ.cooperatives_digital_share); a judgement.
# --------------------------------------------------------------------------
D07 = dict(name="07_quocgia-hop-tac-xa-cong-nghe-cao", kind="result", year=None, records=[
    R("có hơn «4.600 HTX", "HTX ứng dụng công nghệ cao trong sản xuất", ">", 4600, **CNT),
    R("chiếm «17% tổng", "HTX ứng dụng công nghệ cao trong sản xuất trong tổng số HTX", "=", 17),
    R("với hơn «1.700 HTX", "HTX ứng dụng công nghệ cao trong lĩnh vực nông nghiệp", ">", 1700, **CNT),
])

# --------------------------------------------------------------------------
# 08 Agricultural cooperatives: the Ministry of Agriculture and Environment's count of those using
# software or digital technology (thuonghieusanpham.vn; cut: the first line, a run of three links
# to related articles ending in " |", the image line "![]() |" and the photo caption "Các hợp tác xã
# nông nghiệp đang từng bước tiếp cận công nghệ, ... |"; no byline, no stamp, no year in the text:
# year null; the excerpt ends in "dữ li"). One result: "khoảng 2.600 trong tổng số hơn 22.500 hợp
# tác xã nông nghiệp trên cả nước ứng dụng phần mềm hoặc công nghệ số" (`~`, count). Not a
# quantity: "tổng số hơn 22.500 hợp tác xã nông nghiệp" (the denominator: the size of the group the
# count is taken from, as the earlier sets' denominators and sizes). Pillar null. Id null (the
# catalogue has the share, econ.cooperatives_digital_share; this is a count).
# --------------------------------------------------------------------------
D08 = dict(name="08_quocgia-hop-tac-xa-nong-nghiep-phan-mem", kind="result", year=None, records=[
    R("khoảng «2.600 trong", "hợp tác xã nông nghiệp trên cả nước ứng dụng phần mềm hoặc công nghệ số", "~", 2600,
      **CNT),
])

# --------------------------------------------------------------------------
# 09 Yên Bái, the province's plan for the digital transformation of its communes, wards and towns
# in 2022, the document's head (thuvienphapluat.vn; nothing cut; no byline, no stamp; the excerpt
# ends in "QUAN ĐIỂM, "). A precision text, no record: every number is a document number or a
# date ("120/KH-UBND", "01 tháng 6 năm 2022", "749/QĐ-TTg", "03/6/2020", "942/QĐ-TTg", "15/6/2021",
# "411/QĐ-TTg", "31/3/2022", "1021/THH-DVCNTT", "31/7/2020", "15/CTr-UBND", "26/10/2021",
# "51-NQ/TU", "565/QĐ-UBND", "08/4/2022") or a period or year ("2021 - 2025", "năm 2025", "năm
# 2030", "2021-2025", "năm 2022"). Year 2022.
# --------------------------------------------------------------------------
D09 = dict(name="09_yenbai-ke-hoach-cds-xa-phuong-2022-precision", kind="target", year=2022, records=[])

# --------------------------------------------------------------------------
# 10 The culture, sports and tourism sector: the Ministry's digital transformation strategy
# 2025-2030, the decision's head and its table of properties (nhansu.vn; nothing cut; no byline,
# no stamp; the excerpt ends in "tháng 12 năm "). A precision text, no record: document numbers
# ("4220/QĐ-BVHTTDL", "24/2018/QH14", "67/2006/QH11", "214/NQ-CP", "43/2025/NĐ-CP", "57-NQ/TW"),
# dates ("05/11/2025", "12 tháng 6 năm 2018", "12 tháng 07 năm 2006", "30 tháng 11 năm 2024", "23
# tháng 07 năm 2025", "28 tháng 02 năm 2025", "22 tháng 12"), the period "2025-2030", the article
# number "Điều 2" and the list label "1.". Year 2025.
# --------------------------------------------------------------------------
D10 = dict(name="10_quocgia-bo-vhttdl-chien-luoc-cds-2025-precision", kind="target", year=2025, records=[])

# --------------------------------------------------------------------------
# 11 Vĩnh Long, the province's plan for the digital economy and digital society to 2025, its head
# and general aims (thuviennhadat.vn; nothing cut; no byline, no stamp; the excerpt ends in "khó
# kh"). A precision text, no record: "43/KH-UBND", "411/QĐ-TTg" (documents), "06 tháng 6 năm 2022",
# "31/3/2022" (dates), "năm 2025", "năm 2030" (years), the heading label "I.". Year 2022.
# --------------------------------------------------------------------------
D11 = dict(name="11_vinhlong-ke-hoach-kinh-te-so-xa-hoi-so-2022-precision", kind="target", year=2022, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
