#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set184).

Copied from set175's builder (itself from set173's, set171's, set165's, set163's, ... and the
seeds'). Each record is written by hand below; its anchor is never typed in. A record names a
locator: a piece of the text with « just before the number. The locator (without «) must occur
exactly once in the text; the anchor is where « stands. `start`/`end` (the clause that states the
quantity) are computed as in the seeds' builder (`start_at` moves the start back to a given
string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a plan or a
requirement, a change against an earlier value); check_gold.py verifies that every percentage has
a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set175, the id is given in the record itself (`iid=`).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, CNT, T, DATA  # noqa: E402

DONG = dict(unit="other", unit_text="đồng")
LAND = "data.land_records_digitised_share"
CLEAN = "data.clean_population_data_share"

# --------------------------------------------------------------------------
# 01 Long An, the cadastral mapping and cadastral-database project (la34.com.vn; cut: the site's
# clock line "Thứ Ba, 25/06/2024 13:19 (GMT +7)" with the blank line after it, the byline date
# and font widget "Thứ 2, 11/03/2024 | 11:41:25 [GMT +7] A  A" with the blank line before it
# (written as the first line `date 2024-03-11`), the title repeated under the image with one
# blank line, the authors' byline "Thanh Thủy – Hùng Anh" with the blank line before it, and the
# comment widget lines "Ý kiến ()", "0 / 500 ký tự", "Guest", "Đang tải dữ liệu"; the text ends
# in "./. " with its trailing space, kept). Pillar digital_data for every record: the title
# "Triển khai dự án Tổng thể đo đạc lập bản đồ địa chính và xây dựng cơ sở dữ liệu địa chính"
# heads the excerpt and names a database (set69's title rule; set70's and set135's titles naming
# data; a judgement). Two targets in the first paragraph: the project "xây dựng cơ sở dữ liệu địa
# chính tổng cộng 107 xã, phường, thị trấn ... dự kiến đến cuối năm 2024 hoàn thành" (>=, count,
# the coverage the project is to complete by the end of 2024; a judgement: a plan's coverage, not
# the size of the province) and its cost "tổng kinh phí thực hiện hơn 497 tỷ đồng" (>, other
# "đồng", the planned budget; id null: a surveying and database project, not the catalogue's DT
# funding). Results: "đo đạc ... tại 81/188 xã, phường, thị trấn" (=, 81, count; "Từ năm 2008 đến
# nay": year 2024, the byline's, as set175's "đến nay" under a date); "Kết quả, tỉnh hoàn thành xây
# dựng cơ sở dữ liệu địa chính cho 15/15 đơn vị hành chính cấp huyện" (=, 15; year 2021: "Kết
# quả" reports the project completed "năm 2021" in the sentence before; a judgement); "Thống kê
# đến đầu tháng 03/2024, đã có dữ liệu không gian hơn 1,7 triệu thửa đất, dữ liệu thuộc tính hơn
# 1,4 triệu thửa đất và hơn 986.600 Giấy chứng nhận có hồ sơ quét" (>, three counts, 2024, each
# its own subject); "Cơ sở dữ liệu thống kê, kiểm kê, quy hoạch, giá đất cũng được xây dựng hoàn
# thành 15/15 đơn vị hành chính cấp huyện" (=, 15, 2024). Ids null (the catalogue's land indicator
# is a share; these are counts). Not quantities: "năm 2008", "năm 2021", "03/2024", "cuối năm 2024"
# (dates), the denominators "/188" and "/15".
# --------------------------------------------------------------------------
D01 = dict(name="01_longan-csdl-dia-chinh-2024", kind="result", year=2024, records=[
    R("tổng cộng «107 xã", "xã, phường, thị trấn đo đạc lập bản đồ địa chính và xây dựng cơ sở dữ liệu địa chính theo "
      "dự án Tổng thể", ">=", 107, **CNT, **T, pillar=DATA),
    R("hơn «497 tỷ", "tổng kinh phí thực hiện dự án Tổng thể đo đạc lập bản đồ địa chính và xây dựng cơ sở dữ liệu địa "
      "chính", ">", 497e9, **DONG, **T, pillar=DATA),
    R("tại «81/188 xã", "xã, phường, thị trấn hoàn thành đo đạc nâng tỷ lệ bản đồ địa chính bằng phương pháp đo đạc "
      "trực tiếp ngoài thực địa", "=", 81, **CNT, pillar=DATA),
    R("địa chính cho «15/15", "đơn vị hành chính cấp huyện hoàn thành xây dựng cơ sở dữ liệu địa chính", "=", 15, **CNT,
      year=2021, pillar=DATA),
    R("không gian hơn «1,7 triệu", "thửa đất có dữ liệu không gian", ">", 1.7e6, **CNT, pillar=DATA),
    R("thuộc tính hơn «1,4 triệu", "thửa đất có dữ liệu thuộc tính", ">", 1.4e6, **CNT, pillar=DATA),
    R("và hơn «986.600 Giấy", "Giấy chứng nhận có hồ sơ quét", ">", 986600, **CNT, pillar=DATA),
    R("xây dựng hoàn thành «15/15", "đơn vị hành chính cấp huyện xây dựng hoàn thành Cơ sở dữ liệu thống kê, kiểm kê, "
      "quy hoạch, giá đất", "=", 15, **CNT, pillar=DATA),
])

# --------------------------------------------------------------------------
# 02 Quảng Ninh, building a unified land database, September 2025 (thoibaotaichinhvietnam.vn; the
# crawler's stamp " date 2025-09-26" written as the first line, "(TBTCO) - ..." following on the
# second; nothing cut: the line "Dự kiến đến 30/10 tỷ lệ dữ liệu thửa đất xác thực ... đạt trên
# 95%. Ảnh T.D" is a photo caption but states the page's only target, so it is kept (the other
# captions of the set, which state no figure, are cut; see SOURCES.md); the excerpt ends in "hiện
# tỉnh Q"). One target: "Dự kiến đến 30/10 tỷ lệ dữ liệu thửa đất xác thực với cơ sở dữ liệu quốc
# gia về dân cư tại Quảng Ninh đạt trên 95%" (kind target: "Dự kiến" an aim for 30 October; op ">";
# year 2025, the stamp's; id null: verification against the population database is not the
# catalogue's cleaned-data share). Pillar null (no heading or lead-in names a pillar). Not
# quantities: "gần 2 triệu thửa đất" (the size of the province's land, as set153's school network
# and set165's health system), "khoảng 80% đơn thư khiếu nại, kiến nghị ... liên quan đến đất đai"
# (the size of a problem, the reason for the database, set157's rule; NOT), "Từ năm 2021", "Từ đầu
# năm 2025", "30/10" (dates), "VNPT iLIS" (a name).
# --------------------------------------------------------------------------
D02 = dict(name="02_quangninh-csdl-dat-dai-muc-tieu-2025", kind="result", year=2025, records=[
    R("đạt trên «95%", "tỷ lệ dữ liệu thửa đất xác thực với cơ sở dữ liệu quốc gia về dân cư tại Quảng Ninh", ">", 95,
      **T),
], NOT=["khoảng «80% đơn thư"])

# --------------------------------------------------------------------------
# 03 Quảng Ninh, collecting and digitising land certificates in the 2025 campaign
# (vcdn.vietnam.vn, a mirror of baoquangninh.vn; cut: the leading empty line, the source line
# "Nguồn: https://baoquangninh.vn/...-3380961.html" and the widget "Bình luận (0)"; no byline, no
# stamp; the excerpt opens inside the article). Results of 2025 (the campaign "sẽ kéo dài đến ngày
# 30/11/2025"; no other date). Pillar null (no heading). "đã có 66.958/228.738 thửa đất (đạt tỷ lệ
# 29,27%) được số hoá các loại giấy chứng nhận đất ở, nhà ở và thông tin chủ sử dụng, chủ sở hữu"
# (=, count 66958, then % 29.27, the spec's "57.877 hồ sơ (đạt 99,1%)"; the 29,27%
# data.land_records_digitised_share: certificates digitised into the land database among the
# parcels collected; a judgement). The ten communes and wards "có tỷ lệ thu thập thấp": "Đầm Hà
# 14,46%; Tuần Châu 21,74%; ... Ba Chẽ 35,18%" (=, %, each with `place` the commune or ward named,
# scope null: a list of places, the spec's "27/63 (Tuyên Quang) và 41/63 (Hà Giang)"; ids null: a
# collection rate). NOT: "(dưới 60%)" (the bound that names the group of low rates, no value
# reached). Not quantities: the "(2)" of "Móng Cái (2)" (part of the ward's name), "2 cấp" (the
# two-level local government, a name), "30/11/2025", the denominator "/228.738".
# --------------------------------------------------------------------------
COLLECT = "tỷ lệ thu thập của địa phương"
D03 = dict(name="03_quangninh-so-hoa-giay-chung-nhan-2025", kind="result", year=2025, records=[
    R("đã có «66.958/228.738", "thửa đất được số hoá các loại giấy chứng nhận đất ở, nhà ở và thông tin chủ sử dụng, chủ "
      "sở hữu trong số các thửa đất đã được thu thập", "=", 66958, **CNT),
    R("(đạt tỷ lệ «29,27%)", "thửa đất được số hoá các loại giấy chứng nhận đất ở, nhà ở và thông tin chủ sử dụng, chủ "
      "sở hữu trong số các thửa đất đã được thu thập", "=", 29.27, iid=LAND),
    R("Đầm Hà «14,46%", COLLECT, "=", 14.46, place="Đầm Hà"),
    R("Tuần Châu «21,74%", COLLECT, "=", 21.74, place="Tuần Châu"),
    R("Quảng Tân «25,55%", COLLECT, "=", 25.55, place="Quảng Tân"),
    R("Mạo Khê «26,26%", COLLECT, "=", 26.26, place="Mạo Khê"),
    R("Móng Cái (2) «29,20%", COLLECT, "=", 29.2, place="Móng Cái (2)"),
    R("Cao Xanh «32,29%", COLLECT, "=", 32.29, place="Cao Xanh"),
    R("Bình Liêu «32,33%", COLLECT, "=", 32.33, place="Bình Liêu"),
    R("Hải Sơn «32,85%", COLLECT, "=", 32.85, place="Hải Sơn"),
    R("Quảng Hà «33,41%", COLLECT, "=", 33.41, place="Quảng Hà"),
    R("Ba Chẽ «35,18%", COLLECT, "=", 35.18, place="Ba Chẽ"),
], NOT=["(dưới «60%)"])

# --------------------------------------------------------------------------
# 04 Quảng Nam, the land database at the Department of Natural Resources and Environment, June
# 2022 (baoquangnam.vn; cut: the byline "VINH ANH |" with the blank line after it, the photo
# caption "Phó Chủ tịch UBND tỉnh Hồ Quang Bửu kiểm tra công tác chuyển đổi số tại Sở TN-MT. Ảnh:
# VINH ANH" (printed twice, both lines) with one blank line; no stamp). Year 2022: the page names
# the department's plans "trong năm 2022" and no other year ("Sáng qua 7.6" is the visit's day; a
# judgement). Pillar digital_data: the title "Đốc thúc các địa phương triển khai cơ sở dữ liệu đất
# đai" names a database (as 01). "đang vận hành chỉnh lý biến động CSDL địa chính 48 xã, phường/5
# huyện, thành phố gồm Tam Kỳ, ..." (=, two counts: the 48 communes and wards whose cadastral
# database is in operation, and the 5 districts and towns they lie in, the coverage at district
# level; "/" joins two counts here, not a part and its whole; a judgement). Ids null. Not
# quantities: "7.6" (a date), "năm 2022".
# --------------------------------------------------------------------------
D04 = dict(name="04_quangnam-csdl-dia-chinh-2022", kind="result", year=2022, records=[
    R("CSDL địa chính «48 xã", "xã, phường đang vận hành chỉnh lý biến động CSDL địa chính", "=", 48, **CNT, pillar=DATA),
    R("phường/«5 huyện", "huyện, thành phố đang vận hành chỉnh lý biến động CSDL địa chính", "=", 5, **CNT, pillar=DATA),
])

# --------------------------------------------------------------------------
# 05 Đà Nẵng, results of the 90-day land-data campaign (vneconomy.vn; the crawler's stamp " date
# 2025-12-02" written as the first line, the lead following on the second; nothing cut; the
# excerpt ends in "Theo " with its trailing space, kept). Results of 2025 (the stamp; the campaign
# "từ 1/9 - 30/11/2025"). Pillar null (no heading; no title in the excerpt). The lead's "rà soát
# 1.301.817 thửa đất" and "đã đồng bộ 1.133.871 thửa đất lên cơ sở dữ liệu quốc gia", the body's
# "rà soát 1.301.817 thửa đất" again (a record at each place, set173's rule), "đã phân loại
# 1.003.695 thửa đất thành 3 nhóm", and the three groups, each a count and its bracketed share
# ("545.352 thửa (bằng 54,35%)", "378.618 thửa (bằng 37,71%)", "79.725 thửa (bằng 7,94%)"; =,
# each group's own subject, scope null: a breakdown by kind of data, not by level or population
# group, spec); "96,8% thông tin chủ sử dụng đất đã được đối soát, xác thực; 98,85% giấy chứng nhận
# và căn cước công dân được thu thập và 100% hồ sơ thu thập được scan và cập nhật vào cơ sở dữ
# liệu" (=, three shares). Ids: the 54,35% of data meeting "đúng - đủ - sạch - sống"
# (data.clean_population_data_share), the 100% of collected files scanned into the database
# (data.land_records_digitised_share); the rest null. Not quantities: "90 ngày" (the campaign's
# length, twice), "3 nhóm" (the classes of a classification), "nhóm 1", "nhóm 2", "nhóm 3" (names
# of the classes), "1/9", "30/11/2025" (dates).
# --------------------------------------------------------------------------
D05 = dict(name="05_danang-chien-dich-90-ngay-2025", kind="result", year=2025, records=[
    R("Đà Nẵng đã tiến hành rà soát «1.301.817", "thửa đất Thành phố Đà Nẵng đã tiến hành rà soát", "=", 1301817, **CNT),
    R("đã đồng bộ «1.133.871", "thửa đất đã đồng bộ lên cơ sở dữ liệu quốc gia", "=", 1133871, **CNT),
    R("toàn Thành phố đã tiến hành rà soát «1.301.817", "thửa đất toàn Thành phố đã tiến hành rà soát", "=", 1301817,
      **CNT),
    R("phân loại «1.003.695", "thửa đất đã phân loại thành nhóm để quản lý và chỉnh lý dữ liệu", "=", 1003695, **CNT),
    R("là «545.352 thửa", "thửa dữ liệu đã đạt tiêu chí đúng - đủ - sạch - sống", "=", 545352, **CNT),
    R("(bằng «54,35%)", "dữ liệu đã đạt tiêu chí đúng - đủ - sạch - sống", "=", 54.35, iid=CLEAN),
    R("là «378.618 thửa", "thửa dữ liệu cần chỉnh lý, bổ sung và xác thực thông tin", "=", 378618, **CNT),
    R("(bằng «37,71%)", "dữ liệu cần chỉnh lý, bổ sung và xác thực thông tin", "=", 37.71),
    R("là «79.725 thửa", "thửa dữ liệu không còn khả năng sử dụng, cần xây dựng mới", "=", 79725, **CNT),
    R("(bằng «7,94%)", "dữ liệu không còn khả năng sử dụng, cần xây dựng mới", "=", 7.94),
    R("khi «96,8% thông", "thông tin chủ sử dụng đất đã được đối soát, xác thực", "=", 96.8),
    R("; «98,85% giấy", "giấy chứng nhận và căn cước công dân được thu thập", "=", 98.85),
    R("và «100% hồ sơ", "hồ sơ thu thập được scan và cập nhật vào cơ sở dữ liệu", "=", 100, iid=LAND),
])

# --------------------------------------------------------------------------
# 06 Thanh Hóa, digital transformation of the natural resources and environment sector
# (baothanhhoa.vn; cut: the photo caption "Cán bộ, công chức Sở Tài nguyên và Môi trường sử dụng
# phần mềm quản lý dữ liệu quan trắc trong quá trình thực hiện nhiệm vụ chuyên môn." with the blank
# line after it; no byline, no stamp; the excerpt ends in "dịch v"). Results, year null: the
# excerpt names no year ("hiện nay" is undated; set175's 01). Pillar null (the title "Thúc đẩy
# chuyển đổi số lĩnh vực tài nguyên và môi trường" names no pillar). "100% thủ tục hành chính
# (TTHC) của ngành TN&MT được thực hiện trên môi trường điện tử" (=; id null: not one of the
# catalogue's online-service shares exactly), "100% các phòng, đơn vị trực thuộc đã thực hiện việc
# trao đổi và xử lý văn bản, hồ sơ liên thông trên môi trường mạng ..." (=; id null), "tỷ lệ ký số
# cá nhân đạt 98,72%", "tỷ lệ ký số cơ quan đạt 99,07%" (=; ids null: signing rates of documents,
# not the catalogue's share of documents exchanged and signed; a judgement), "100% TTHC liên quan
# đến ngành TN&MT được rà soát, đánh giá và thực hiện các phương án đơn giản hóa TTHC"
# (egov.procedures_reduced_share; a judgement). Not quantities: "9 lĩnh vực" (the sector's remit,
# its make-up), "cả 3 cấp" (the levels named in the subject), "(trục LGSP)", "(NDXP)".
# --------------------------------------------------------------------------
D06 = dict(name="06_thanhhoa-tnmt-chuyen-doi-so", kind="result", year=None, records=[
    R("hiện nay «100% thủ tục", "thủ tục hành chính (TTHC) của ngành TN&MT được thực hiện trên môi trường điện tử", "=",
      100),
    R("Đặc biệt, «100% các phòng", "các phòng, đơn vị trực thuộc đã thực hiện việc trao đổi và xử lý văn bản, hồ sơ "
      "liên thông trên môi trường mạng", "=", 100),
    R("ký số cá nhân đạt «98,72%", "tỷ lệ ký số cá nhân", "=", 98.72),
    R("ký số cơ quan đạt «99,07%", "tỷ lệ ký số cơ quan", "=", 99.07),
    R("mật); «100% TTHC", "TTHC liên quan đến ngành TN&MT được rà soát, đánh giá và thực hiện các phương án đơn giản hóa "
      "TTHC", "=", 100, iid="egov.procedures_reduced_share"),
])

# --------------------------------------------------------------------------
# 07 Bà Rịa - Vũng Tàu, the natural resources department in the smart-city programme
# (baobariavungtau.com.vn; cut: the photo caption "Ngành TN-MT đã đưa nhiều ứng dụng ... qua ứng
# dụng chuyên ngành. |"; no byline, no stamp (the address's "202312" is not in the text); the
# excerpt ends in "thông tin đấ"). Results, year null ("từ năm 2018 đến nay", "Đến nay": no year
# of measurement written; set175's 05). Pillar null (the sub-heading "Quản lý trên không gian số"
# names no pillar; "đô thị thông minh, chính quyền điện tử" stands in a sentence of the lead, which
# opens no list of figures). "trên 100% các văn bản của ngành TN-MT đã được trao đổi trên hệ thống
# quản lý văn bản điều hành kết hợp chữ ký số" (">", 100, as written;
# egov.electronic_documents_share), "dịch vụ công trực tuyến ở các mức độ 3 và 4 với 107/116 tổng
# số dịch vụ công (chiếm 92%)" (=, count 107, egov.online_services_count; =, 92%,
# egov.level3_4_online_services_share), "đưa vào vận hành 30 phần mềm phục vụ công tác quản lý của
# ngành" (=, count; id null). Not quantities: "năm 2018", "mức độ 3 và 4" (names of levels), the
# denominator "/116".
# --------------------------------------------------------------------------
D07 = dict(name="07_bariavungtau-tnmt-do-thi-thong-minh", kind="result", year=None, records=[
    R("trên «100% các văn bản", "các văn bản của ngành TN-MT đã được trao đổi trên hệ thống quản lý văn bản điều hành kết "
      "hợp chữ ký số", ">", 100, iid="egov.electronic_documents_share"),
    R("với «107/116", "dịch vụ công trực tuyến ở các mức độ 3 và 4 Sở đã triển khai cung cấp", "=", 107, **CNT,
      iid="egov.online_services_count"),
    R("(chiếm «92%)", "dịch vụ công trực tuyến ở các mức độ 3 và 4 trong tổng số dịch vụ công", "=", 92,
      iid="egov.level3_4_online_services_share"),
    R("vận hành «30 phần mềm", "phần mềm phục vụ công tác quản lý của ngành Sở TN-MT đã đưa vào vận hành", "=", 30, **CNT),
])

# --------------------------------------------------------------------------
# 08 Đồng Nai, automatic wastewater monitoring in industrial parks (saigon247.com.vn, an AMP page;
# nothing cut; no byline, no stamp). Pillar null (the title names automatic monitoring, no pillar
# of the spec's list; a judgement). The title's "Hơn 96% khu công nghiệp lắp quan trắc tự động
# nước thải" (>, %, a record of its own, set151's rule for a value restated in a title); "hiện đã
# có 27/28 khu công nghiệp có lượng nước thải ổn định lắp đặt hệ thống quan trắc nước thải tự
# động" (=, count), "đạt tỷ lệ hơn 96%" (>, %); year null for these three (no year of measurement;
# the bracket shows only that it is later than 2022). "(so với năm 2022 là gần 90%)": the value of
# 2022 stated in a bracket (~, result of 2022; the spec's "(năm 2023 đạt 38,4%)"; not a change:
# the bracket gives the earlier value, not a difference). Ids null (industrial parks, not the
# catalogue's count of stations). Not quantities: the denominator "/28".
# --------------------------------------------------------------------------
D08 = dict(name="08_dongnai-quan-trac-nuoc-thai-kcn", kind="result", year=None, records=[
    R("Đồng Nai: Hơn «96% khu", "khu công nghiệp lắp quan trắc tự động nước thải", ">", 96),
    R("có «27/28 khu", "khu công nghiệp có lượng nước thải ổn định lắp đặt hệ thống quan trắc nước thải tự động", "=",
      27, **CNT),
    R("tỷ lệ hơn «96% (so", "khu công nghiệp có lượng nước thải ổn định lắp đặt hệ thống quan trắc nước thải tự động",
      ">", 96),
    R("năm 2022 là gần «90%", "khu công nghiệp có lượng nước thải ổn định lắp đặt hệ thống quan trắc nước thải tự động",
      "~", 90, year=2022),
])

# --------------------------------------------------------------------------
# 09 Gia Lai, four automatic monitoring stations out of order, May 2025 (congthuong.vn; cut: the
# byline date "Thứ sáu 09/05/2025 18:22" with the blank line after it, written as the first line
# `date 2025-05-09`; the excerpt ends in "không ho"). Results of 2025. Pillar null. The title's "4
# trạm quan trắc hư hỏng", the lead's "4 trạm quan trắc môi trường nước và không khí tự động liên
# tục ở Gia Lai đã bị hư hỏng" and the body's "tình trạng 4 trạm quan trắc ... bị hư hỏng" (=,
# count, a record at each place; the stations the province has, all out of order: a value
# reported, a judgement). Ids null (broken stations, not the catalogue's stations in use). Not
# quantities: "hàng trăm tỷ đồng" (no digits), "Ngày 6/5" (a date), "NO3-", "NH4+", "SO2" (chemical
# names), "APSA-370" (a model's name).
# --------------------------------------------------------------------------
BROKEN = "trạm quan trắc môi trường nước và không khí tự động liên tục bị hư hỏng"
D09 = dict(name="09_gialai-tram-quan-trac-2025", kind="result", year=2025, records=[
    R("Gia Lai: «4 trạm", "trạm quan trắc hư hỏng", "=", 4, **CNT),
    R("\n«4 trạm quan trắc môi trường", BROKEN, "=", 4, **CNT),
    R("tình trạng «4 trạm", BROKEN, "=", 4, **CNT),
])

# --------------------------------------------------------------------------
# 10 Hải Dương, driving licences issued in the first quarter of 2024 (baohaiduong.vn; cut: the
# section label "Giao thông - Đô thị" with the blank line after it, the byline "PV 10/04/2024
# 13:00" with the blank line after it (written as the first line `date 2024-04-10`), the image's
# file name "z5333136628301_...jpg", the photo caption "Người dân đến làm thủ tục cấp đổi giấy phép
# lái xe tại Trung tâm Phục vụ hành chính công (ảnh tư liệu)" with the blank line after it, and
# the closing lines "PV", "(0) Bình luận", "Nổi bật", "    Tin mới nhất", "    Lượng giấy phép lái
# xe được cấp tại Hải Dương tăng 73,2%" (a widget repeating the title)). Results of 2024 ("Từ đầu
# năm đến ngày 8/4", the byline). Pillar null. "đã cấp tổng số 17.758 giấy phép lái xe. Trong đó
# cấp mới 9.601 giấy phép (gồm 4.982 ... mô tô và 4.619 ... ô tô); cấp đổi và cấp lại 8.157 ...
# (gồm 2.506 ... mô tô và 5.651 ... ô tô)" (=, seven counts, each its own subject: a breakdown by
# kind of licence, scope null, spec); "số giấy phép lái xe đổi trực tuyến ... tăng đáng kể với
# 2.376 giấy phép" (=, the value reached, not the rise); "(trong khi cùng kỳ năm 2023 chỉ cấp đổi
# trực tuyến 23 giấy phép lái xe)" (=, the same count for the same period of 2023, a bracket
# stating a value, year 2023). Ids null (one procedure's licences; the catalogue counts all online
# applications). NOT: the title's, the lead's and the body's "73,2%" (a change against the same
# period of 2023, spec). Not quantities: "tăng 7.508", "5.515", "1.993" (the rises against 2023,
# spec), "8/4" (twice; dates), "năm 2023".
# --------------------------------------------------------------------------
GPLX = "giấy phép lái xe"
D10 = dict(name="10_haiduong-giay-phep-lai-xe-2024", kind="result", year=2024, records=[
    R("tổng số «17.758", "giấy phép lái xe Sở Giao thông vận tải Hải Dương đã cấp", "=", 17758, **CNT),
    R("cấp mới «9.601", "giấy phép lái xe cấp mới", "=", 9601, **CNT),
    R("(gồm «4.982", "giấy phép lái xe mô tô cấp mới", "=", 4982, **CNT),
    R("và «4.619", "giấy phép lái xe ô tô cấp mới", "=", 4619, **CNT),
    R("cấp lại «8.157", "giấy phép lái xe cấp đổi và cấp lại", "=", 8157, **CNT),
    R("(gồm «2.506", "giấy phép lái xe mô tô cấp đổi và cấp lại", "=", 2506, **CNT),
    R("và «5.651", "giấy phép lái xe ô tô cấp đổi và cấp lại", "=", 5651, **CNT),
    R("đáng kể với «2.376", "giấy phép lái xe đổi trực tuyến trên Cổng dịch vụ công quốc gia", "=", 2376, **CNT),
    R("trực tuyến «23 giấy", "giấy phép lái xe cấp đổi trực tuyến cùng kỳ năm 2023", "=", 23, **CNT, year=2023),
], NOT=["Hải Dương tăng «73,2%\n", "tại Hải Dương tăng «73,2% so", "tương đương «73,2%"])

# --------------------------------------------------------------------------
# 11 Phú Thọ, the training conference that opened the land-data campaign, September 2025
# (baophutho.vn; the crawler's stamp " date 2025-09-24" written as the first line, the title
# following on the second; nothing cut; the excerpt ends in "Đúng - Đủ - S"). A precision text:
# one event, its participants and the campaign's frame, no target or result. Not quantities: "148
# xã, phường" (the communes whose officials attended, an event's participants, spec's "hơn 50 cơ
# quan báo chí"), "151/KH-BCA-BNN&MT" (a document), "90 ngày" (the campaign's length), "24/9",
# "1/9/2025", "30/11/2025" (dates).
# --------------------------------------------------------------------------
D11 = dict(name="11_phutho-tap-huan-chien-dich-dat-dai-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 12 Lạng Sơn, Cao Lộc commune starting the land-data campaign, October 2025
# (caoloc.langson.gov.vn; cut: two photo captions "Tổ công tác số 02 tiến hành thu thập ... xã Cao
# Lộc" and "Tổ công tác số 01 tiến hành thu thập ... thôn Bản Cưởm", each with the two blank lines
# before it; no byline, no stamp; the excerpt ends in "là bư"). A precision text: a commune's plan
# and its first day, no target or result. Not quantities: "90 ngày" (the campaign's name and
# length, four times), "21/10/2025", "23/9/2025", "29/9/2025", "21/10" (twice), "07/11/2025"
# (dates), "248/KH-UBND", "62/KH-UBND" (documents), "02 Tổ công tác" (the teams the plan set up to
# run the campaign, the make-up of a campaign's organisation, as an event's participants; a
# judgement), "Tổ công tác số 01", "số 02" (names), "13 thôn" (the villages the campaign covers,
# its scope, as set175's "124 điểm cầu"; a judgement).
# --------------------------------------------------------------------------
D12 = dict(name="12_langson-caoloc-chien-dich-dat-dai-2025-precision", kind="result", year=2025, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
