#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set180).

Copied from set175's builder (itself from set173's, set171's, set165's, set163's, ... and the
seeds'). Each record is written by hand below; its anchor is never typed in. A record names a
locator: a piece of the text with « just before the number. The locator (without «) must occur
exactly once in the text; the anchor is where « stands. `start`/`end` (the clause that states the
quantity) are computed as in the seeds' builder (`start_at` moves the start back to a given string).

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
from goldkit import R, CNT, RANK  # noqa: E402

PTS = dict(unit="other", unit_text="điểm")
IDX_RANK = "rank.public_service_index"
IDX_SCORE = "rank.public_service_index_score"
ONLINE = "egov.online_applications_share"
ONTIME = "egov.on_time_applications_share"
RECEIVED = "egov.applications_received_count"
SETTLED = "egov.applications_settled_count"
DIGITISED = "egov.digitised_procedure_results_share"
SATISFIED = "egov.satisfaction_share"

# --------------------------------------------------------------------------
# 01 Thái Nguyên, the ranking of the service index of Decision 766 on the national portal, 29
# August 2025 (dantri.com.vn; the crawler's stamp " date 2025-08-29" written as the first line,
# "Theo kết quả đánh giá ..." following on the second; no cut; the excerpt ends in "Cổng dịch vụ
# công Bộ Tài chính,"). Results of 2025 (the stamp; "tính đến ngày 29/8"). Pillar null (no
# heading). The province's place "xếp hạng 1 trong số 34 tỉnh, thành" (rank =; the 34 is the
# denominator) and its total "Tổng điểm ... là 86,97" (other, "điểm": the total names its points
# though the number stands bare), the five component scores "điểm công khai, minh bạch là 15,67;
# tiến độ giải quyết đạt 19,31 điểm; dịch vụ trực tuyến là 17,49 điểm; mức độ hài lòng ... là
# 17,86 điểm; số hóa hồ sơ đạt 16,64 điểm" (=, other, "điểm", each its own subject; ids null: no
# catalogue indicator for a component's score); the runner-up "Đơn vị đứng thứ 2 ... là UBND tỉnh
# Quảng Trị, với tổng 86,56 điểm" (rank = and score, place "Quảng Trị") and the next three scores
# "Thanh Hóa (86,51 điểm), ... Đồng Nai (86,13 điểm), ... Hà Tĩnh (84,85 điểm)" (place each; their
# places 3-5 are not written, so no rank records). "Nhìn chung, tỷ lệ dịch vụ công trực tuyến
# một phần chiếm 38,29%; dịch vụ công toàn trình chiếm 25,43%. Tỷ lệ hồ sơ nộp trực tuyến là
# 66,47% (tương ứng với hơn 3,5 triệu hồ sơ)": four results across the index (no place: the page
# names none; ids egov.partial_online_services_share, egov.full_online_services_share,
# egov.online_applications_share, egov.online_applications_count; "hơn" >). Not quantities: "29/8",
# "24/4" (dates), "34 tỉnh" (the rank's denominator), "2 đề án" (the merger projects the province
# submitted: a fact of the story, no DT indicator; a judgement), "766" (a decision's number), "5
# nhóm chỉ số thành phần" (the parts of an index, decided).
# --------------------------------------------------------------------------
D01 = dict(name="01_thainguyen-chi-so-phuc-vu-766-2025", kind="result", year=2025, records=[
    R("xếp hạng «1 trong", "kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp trên Cổng dịch vụ công quốc gia "
      "UBND tỉnh Thái Nguyên xếp hạng", "=", 1, **RANK, iid=IDX_RANK),
    R("là «86,97", "Tổng điểm của UBND tỉnh Thái Nguyên Bộ chỉ số phục vụ người dân, doanh nghiệp", "=", 86.97, **PTS,
      iid=IDX_SCORE),
    R("minh bạch là «15,67", "điểm công khai, minh bạch", "=", 15.67, **PTS),
    R("đạt «19,31 điểm", "điểm tiến độ giải quyết", "=", 19.31, **PTS),
    R("là «17,49 điểm", "điểm dịch vụ trực tuyến", "=", 17.49, **PTS),
    R("là «17,86 điểm", "điểm mức độ hài lòng của người dân, doanh nghiệp", "=", 17.86, **PTS),
    R("đạt «16,64 điểm", "điểm số hóa hồ sơ", "=", 16.64, **PTS),
    R("đứng thứ «2 trong", "Đơn vị đứng thứ trong bảng xếp hạng kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp "
      "UBND tỉnh Quảng Trị", "=", 2, **RANK, place="Quảng Trị", iid=IDX_RANK),
    R("tổng «86,56 điểm", "tổng điểm Bộ chỉ số phục vụ người dân, doanh nghiệp UBND tỉnh Quảng Trị", "=", 86.56, **PTS,
      place="Quảng Trị", iid=IDX_SCORE),
    R("Hóa («86,51 điểm", "điểm Bộ chỉ số phục vụ người dân, doanh nghiệp UBND tỉnh Thanh Hóa", "=", 86.51, **PTS,
      place="Thanh Hóa", iid=IDX_SCORE),
    R("Nai («86,13 điểm", "điểm Bộ chỉ số phục vụ người dân, doanh nghiệp UBND tỉnh Đồng Nai", "=", 86.13, **PTS,
      place="Đồng Nai", iid=IDX_SCORE),
    R("Tĩnh («84,85 điểm", "điểm Bộ chỉ số phục vụ người dân, doanh nghiệp UBND tỉnh Hà Tĩnh", "=", 84.85, **PTS,
      place="Hà Tĩnh", iid=IDX_SCORE),
    R("chiếm «38,29%", "tỷ lệ dịch vụ công trực tuyến một phần", "=", 38.29, iid="egov.partial_online_services_share"),
    R("chiếm «25,43%", "tỷ lệ dịch vụ công toàn trình", "=", 25.43, iid="egov.full_online_services_share"),
    R("là «66,47%", "Tỷ lệ hồ sơ nộp trực tuyến", "=", 66.47, iid=ONLINE),
    R("hơn «3,5 triệu", "hồ sơ nộp trực tuyến", ">", 3.5e6, **CNT, iid="egov.online_applications_count"),
])

# --------------------------------------------------------------------------
# 02 Bà Rịa - Vũng Tàu, the year-end conference on administrative reform and DT, January 2024
# (baobariavungtau.com.vn; no stamp, no byline in the excerpt; cut: the photo captions "Ông Nguyễn
# Văn Thọ, Chủ tịch UBND tỉnh và ông Lê Ngọc Khánh, Phó Chủ tịch UBND tỉnh tham dự hội nghị" and
# "Lãnh đạo tỉnh cùng sở, ban, ngành, ... của tỉnh", each with one blank line; the excerpt ends in
# "Tổ chức 5 hội ng"). Results of 2023 ("năm 2023"). Pillar null (no heading; "chuyển đổi số gắn
# với CCHC" is no pillar's name). "tỷ lệ giải quyết hồ sơ thủ tục hành chính đúng hạn cao đạt tỷ lệ
# 98,8%, vượt chỉ tiêu HĐND tỉnh giao (98%)": the result (=) and, in the bracket, the council's
# target for 2023 (kind target, >=; the spec's bracket that states a value and its table of a
# target beside its result; not a change against a target); the same for "Tỷ lệ hài lòng ...
# đạt 87,06%, vượt chỉ tiêu HĐND giao (87%)". "Tỷ lệ hồ sơ thực hiện dịch vụ công trực tuyến toàn
# tỉnh đạt 95,5%" (egov.online_applications_share), "Tỷ lệ thanh toán trực tuyến đạt 78,9%"
# (egov.online_payment_share), "Tỷ lệ DN sử dụng hóa đơn điện tử đạt 100%"
# (econ.e_invoice_enterprises_share), "Tỷ lệ sản phẩm có giấy chứng nhận OCOP ... đưa lên sàn
# thương mại điện tử đạt 100%" (econ.ocop_products_ecommerce_share). Not quantities: "35/39 chỉ
# tiêu đạt và vượt" (a count of a plan's targets met, as set47's 07 decided for this province's
# "hoàn thành 35/39 chỉ tiêu"), "Tổ chức 5 hội ng" (events held, cut off), "27/1", "năm 2023",
# "2 năm" (twice), "06" (Đề án 06, twice), "2022-2025", "năm 2030", "2024", "năm 2022" (dates,
# periods and names), "3 nội dung" (twice: the parts of a conference).
# --------------------------------------------------------------------------
D02 = dict(name="02_bariavungtau-cchc-cds-2023", kind="result", year=2023, records=[
    R("tỷ lệ «98,8%", "tỷ lệ giải quyết hồ sơ thủ tục hành chính đúng hạn", "=", 98.8, iid=ONTIME),
    R("giao («98%", "chỉ tiêu HĐND tỉnh giao tỷ lệ giải quyết hồ sơ thủ tục hành chính đúng hạn", ">=", 98, kind="target",
      iid=ONTIME),
    R("đạt «87,06%", "Tỷ lệ hài lòng của người dân, DN", "=", 87.06, iid=SATISFIED),
    R("giao («87%", "chỉ tiêu HĐND giao Tỷ lệ hài lòng của người dân, DN", ">=", 87, kind="target", iid=SATISFIED),
    R("đạt «95,5%", "Tỷ lệ hồ sơ thực hiện dịch vụ công trực tuyến toàn tỉnh", "=", 95.5, iid=ONLINE),
    R("đạt «78,9%", "Tỷ lệ thanh toán trực tuyến", "=", 78.9, iid="egov.online_payment_share"),
    R("điện tử đạt «100%. Tỷ lệ sản", "Tỷ lệ DN sử dụng hóa đơn điện tử", "=", 100,
      iid="econ.e_invoice_enterprises_share"),
    R("thương mại điện tử đạt «100%", "Tỷ lệ sản phẩm có giấy chứng nhận OCOP của tỉnh đủ điều kiện được đưa lên sàn thương "
      "mại điện tử", "=", 100, iid="econ.ocop_products_ecommerce_share"),
])

# --------------------------------------------------------------------------
# 03 Lâm Đồng, the province's assessment of service quality to citizens and businesses in the
# second quarter of 2024 (baolamdong.vn; no stamp, no byline; cut: the reader widget's two lines
# "Thông tin bạn đọc", "Đóng Lưu thông tin"). Results of 2024 ("quý II/2024"). Pillar null. Two
# paragraphs, one per group of bodies ("khối các sở, ban, ngành", "khối UBND các huyện, thành
# phố"): each sentence gives one group's figures, so scope null and the group stands in the
# indicator (the spec's scope is for one sentence split by level). "Nhóm được xếp loại xuất sắc gồm
# 14/16 đơn vị, chiếm tỷ lệ 87,5%; Nhóm được xếp loại tốt gồm 2/16 đơn vị, chiếm tỷ lệ 12,5%"
# (counts and their shares, =), "Điểm số cao nhất là 98,63 điểm (Sở Công thương) và điểm số thấp
# nhất là 83,61 điểm (Ban Quản lý các khu công nghiệp)" (=, other, "điểm"; the body named in the
# indicator, no place: a department is not a province or commune), the districts' "12/12 đơn vị,
# chiếm tỷ lệ 100%" and "97,63 điểm (UBND huyện Lâm Hà), ... 90,96 điểm (UBND huyện Di Linh)" (the
# districts in the indicator, as the province's own; no place: the spec's place is for another
# province or a commune). Ids null: the catalogue's rank.public_service_index_score is a
# province's score in the national index, not a department's or district's in the province's own
# assessment; no catalogue indicator counts the bodies graded excellent. Not quantities: "II/2024"
# (the quarter).
# --------------------------------------------------------------------------
D03 = dict(name="03_lamdong-chat-luong-phuc-vu-quy2-2024", kind="result", year=2024, records=[
    R("gồm «14/16 đơn vị", "khối các sở, ban, ngành Nhóm được xếp loại xuất sắc đơn vị", "=", 14, **CNT),
    R("tỷ lệ «87,5%", "khối các sở, ban, ngành Nhóm được xếp loại xuất sắc", "=", 87.5),
    R("gồm «2/16 đơn vị", "khối các sở, ban, ngành Nhóm được xếp loại tốt đơn vị", "=", 2, **CNT),
    R("tỷ lệ «12,5%", "khối các sở, ban, ngành Nhóm được xếp loại tốt", "=", 12.5),
    R("là «98,63 điểm", "Điểm số cao nhất khối các sở, ban, ngành Sở Công thương", "=", 98.63, **PTS),
    R("là «83,61 điểm", "điểm số thấp nhất khối các sở, ban, ngành Ban Quản lý các khu công nghiệp", "=", 83.61, **PTS),
    R("gồm «12/12 đơn vị", "khối UBND các huyện, thành phố Nhóm được xếp loại xuất sắc đơn vị", "=", 12, **CNT),
    R("tỷ lệ «100%", "khối UBND các huyện, thành phố Nhóm được xếp loại xuất sắc", "=", 100),
    R("là «97,63 điểm", "Điểm số cao nhất khối UBND các huyện, thành phố UBND huyện Lâm Hà", "=", 97.63, **PTS),
    R("là «90,96 điểm", "điểm số thấp nhất khối UBND các huyện, thành phố UBND huyện Di Linh", "=", 90.96, **PTS),
])

# --------------------------------------------------------------------------
# 04 Hà Nội, Thường Tín commune's public-service point after its first month, August 2025
# (vtcnews.vn; the crawler's stamp " date 2025-08-08" written as the first line, "(VTC News) -"
# following on the second; no cut; the excerpt ends in "tiếp tục phát "). Results of 2025 (the
# stamp). Pillar null. "giải quyết gần 2.000 thủ tục hành chính" (~, count; the cases settled,
# egov.applications_settled_count), "tỷ lệ số hóa đạt 100%" (=, egov.digitised_procedure_results_
# share), "tỷ lệ giải quyết thủ tục hành chính trực tuyến toàn trình đạt gần 70%" (~,
# egov.online_applications_share: its wordings hold "tỷ lệ hồ sơ trực tuyến toàn trình"). Not
# quantities: "8/8" (a date), "hơn một tháng" (a period, in words), "11/CT-UBND", "24/7/2025",
# "4173/UBND-ĐMPT", "21/7/2025" (documents and dates); "vượt chỉ tiêu thành phố giao" names no
# number.
# --------------------------------------------------------------------------
D04 = dict(name="04_hanoi-xa-thuongtin-phuc-vu-hcc-2025", kind="result", year=2025, records=[
    R("gần «2.000 thủ tục", "thủ tục hành chính điểm Phục vụ hành chính công xã Thường Tín giải quyết", "~", 2000, **CNT,
      iid=SETTLED),
    R("đạt «100%", "tỷ lệ số hóa", "=", 100, iid=DIGITISED),
    R("gần «70%", "tỷ lệ giải quyết thủ tục hành chính trực tuyến toàn trình", "~", 70, iid=ONLINE),
])

# --------------------------------------------------------------------------
# 05 Quảng Nam, Thăng Bình district's administrative reform in 2023 (baoquangnam.vn; no stamp, no
# byline; no cut). Results of 2023 ("Năm 2023"). Pillar null. "toàn huyện Thăng Bình tiếp nhận hơn
# 37 nghìn hồ sơ" (>, count, scope null: the total), then one sentence split by level: "Trong đó
# cấp huyện hơn 16 nghìn hồ sơ, giải quyết 15.182 hồ sơ; tỷ lệ giải quyết trước hạn và đúng hạn
# đạt 67,58%, hồ sơ trực tuyến đạt 15,94%; cấp xã tiếp nhận hơn 21 nghìn hồ sơ, giải quyết 20.786
# hồ sơ; tỷ lệ hồ sơ trực tuyến đạt 85,75%" (scopes "cấp huyện" for the first four, "cấp xã" for
# the last three, as written; "hơn" >). "Chỉ số cải cách hành chính của huyện Thăng Bình xếp thứ
# 10/18 huyện, thị, thành phố" (rank =; id null: rank.par_index is a province's place among the
# provinces). Not quantities: "năm 2024" (the next year's tasks), "giảm 8 bậc so với năm 2022" (a
# change against an earlier value, decided).
# --------------------------------------------------------------------------
D05 = dict(name="05_quangnam-thangbinh-cchc-2023", kind="result", year=2023, records=[
    R("hơn «37 nghìn", "hồ sơ thủ tục hành chính toàn huyện Thăng Bình tiếp nhận", ">", 37000, **CNT, iid=RECEIVED),
    R("hơn «16 nghìn", "hồ sơ tiếp nhận", ">", 16000, **CNT, scope="cấp huyện", iid=RECEIVED),
    R("giải quyết «15.182 hồ sơ", "hồ sơ giải quyết", "=", 15182, **CNT, scope="cấp huyện", iid=SETTLED),
    R("đạt «67,58%", "tỷ lệ giải quyết trước hạn và đúng hạn", "=", 67.58, scope="cấp huyện", iid=ONTIME),
    R("đạt «15,94%", "hồ sơ trực tuyến", "=", 15.94, scope="cấp huyện", iid=ONLINE),
    R("hơn «21 nghìn", "hồ sơ cấp xã tiếp nhận", ">", 21000, **CNT, scope="cấp xã", iid=RECEIVED),
    R("giải quyết «20.786 hồ sơ", "hồ sơ giải quyết", "=", 20786, **CNT, scope="cấp xã", iid=SETTLED),
    R("đạt «85,75%", "tỷ lệ hồ sơ trực tuyến", "=", 85.75, scope="cấp xã", iid=ONLINE),
    R("xếp thứ «10/18", "Chỉ số cải cách hành chính của huyện Thăng Bình xếp thứ huyện, thị, thành phố", "=", 10, **RANK),
])

# --------------------------------------------------------------------------
# 06 Vĩnh Long, Mang Thít district's administrative reform in 2022, told at its conference of March
# 2023 (baovinhlong.com.vn; cut: the byline date "Cập nhật, 05:42, Thứ Tư, 22/03/2023 (GMT+7)",
# written as the first line `date 2023-03-22`, with one blank line, and the authors' byline "TRẦN
# PHONG" with the blank line before it). Results of 2022 ("Trong năm 2022", "Cuối năm 2022";
# the byline's 2023 is the conference's). Pillar null. "với 100% đơn vị đăng ký" (=: the units that
# signed up to the reform emulation movement; id null), "cơ chế một cửa, một cửa liên thông ... đã
# được điện tử hóa đạt tỷ lệ 100% trong giải quyết thủ tục hành chính" (=;
# egov.one_stop_system_applications_share, a judgement), "tiếp nhận 172.977 hồ sơ, giải quyết
# 172.024 hồ sơ" (=, counts), "tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,44%" (=), "tỷ lệ giải quyết
# đúng hạn lĩnh vực đất đai đạt 99,27%" (=; id null: one field only), "thực hiện số hóa cấp huyện
# đạt 65,3%, cấp xã đã số hóa đạt 21,9%" (a split by level, scopes "cấp huyện" and "cấp xã"),
# "xếp hạng 4/8 huyện, thị xã, thành phố toàn tỉnh" (rank =; id null, as 05), "tỷ lệ hài lòng
# đạt gần 100%" (~). Not quantities: "21/3" (a date), "năm 2022", "năm 2023" (years).
# --------------------------------------------------------------------------
D06 = dict(name="06_vinhlong-mangthit-cchc-2022", kind="result", year=2022, records=[
    R("với «100% đơn vị", "đơn vị đăng ký phong trào thi đua CCHC", "=", 100),
    R("tỷ lệ «100% trong", "cơ chế một cửa, một cửa liên thông được điện tử hóa trong giải quyết thủ tục hành chính", "=",
      100, iid="egov.one_stop_system_applications_share"),
    R("tiếp nhận «172.977 hồ sơ", "hồ sơ huyện đã tiếp nhận", "=", 172977, **CNT, iid=RECEIVED),
    R("giải quyết «172.024 hồ sơ", "hồ sơ giải quyết", "=", 172024, **CNT, iid=SETTLED),
    R("đạt «99,44%", "tỷ lệ hồ sơ giải quyết đúng hạn", "=", 99.44, iid=ONTIME),
    R("đạt «99,27%", "tỷ lệ giải quyết đúng hạn lĩnh vực đất đai", "=", 99.27),
    R("đạt «65,3%", "số hóa", "=", 65.3, scope="cấp huyện", iid=DIGITISED),
    R("đạt «21,9%", "số hóa", "=", 21.9, scope="cấp xã", iid=DIGITISED),
    R("xếp hạng «4/8", "huyện Mang Thít xếp hạng thực hiện CCHC huyện, thị xã, thành phố toàn tỉnh", "=", 4, **RANK),
    R("gần «100%", "tỷ lệ hài lòng của người dân về công tác CCHC", "~", 100, iid=SATISFIED),
])

# --------------------------------------------------------------------------
# 07 Hà Nội, the city's targets for online public services by the end of 2025 (thaothuc.com, a
# copy of a news page; no stamp, no byline; cut: the repeated title line "Dịch vụ công trực tuyến
# mức độ 3 Hà Nội" (an image's title) with one blank line, and the photo caption "  Giải quyết thủ
# tục hành chính cho người dân tại quận Bắc Từ Liêm. Ảnh: Công Hùng"; the first title line stays;
# the excerpt ends in "có liên quan t"). Targets for 2025 ("đến hết năm 2025"). Pillar null.
# "tối thiểu 80% TTHC của thành phố có đủ điều kiện được cung cấp trực tuyến mức độ 3, mức độ 4"
# (>=, egov.level3_4_online_services_share), "phấn đấu 100% TTHC được xác định đủ điều kiện ...
# được cung cấp dưới hình thức dịch vụ công trực tuyến mức độ 4" (>=,
# egov.full_online_services_share: mức độ 4 is the former name of toàn trình), "Bảo đảm ít nhất 80%
# TTHC cung cấp dịch vụ công trực tuyến mức độ 3, mức độ 4 của thành phố được tích hợp, cung cấp
# trên Cổng dịch vụ công quốc gia" (>=, egov.national_portal_integrated_share), "tỷ lệ hồ sơ giải
# quyết trực tuyến mức độ 3, mức độ 4 trên tổng hồ sơ của thành phố đạt tối thiểu 50%" (>=,
# egov.online_applications_share). Not quantities: every "mức độ 3", "mức độ 4" (the levels'
# names), "năm 2025" (twice: the horizon).
# --------------------------------------------------------------------------
D07 = dict(name="07_hanoi-muc-tieu-dvctt-2025", kind="target", year=2025, records=[
    R("tối thiểu «80% TTHC", "TTHC của thành phố có đủ điều kiện được cung cấp trực tuyến mức độ 3, mức độ 4", ">=", 80,
      iid="egov.level3_4_online_services_share"),
    R("phấn đấu «100% TTHC", "TTHC được xác định đủ điều kiện theo quy định pháp luật và các điều kiện kỹ thuật được cung "
      "cấp dưới hình thức dịch vụ công trực tuyến mức độ 4", ">=", 100, iid="egov.full_online_services_share"),
    R("ít nhất «80% TTHC", "TTHC cung cấp dịch vụ công trực tuyến mức độ 3, mức độ 4 của thành phố được tích hợp, cung cấp "
      "trên Cổng dịch vụ công quốc gia", ">=", 80, iid="egov.national_portal_integrated_share"),
    R("tối thiểu «50%", "tỷ lệ hồ sơ giải quyết trực tuyến mức độ 3, mức độ 4 trên tổng hồ sơ của thành phố", ">=", 50,
      iid=ONLINE),
])

# --------------------------------------------------------------------------
# 08 The Government's plan (Decision 1565/QĐ-TTg, July 2025) for full-process online services, its
# targets for 2025 as a business site retold them (doanhnhandatviet.net; no stamp, no byline; no
# cut; the excerpt ends in "các bộ, ngà"). The country's targets for 2025 ("đến năm 2025"). Pillar
# null. "duy trì hiệu quả của 25 dịch vụ công toàn trình đã có" (>=, count;
# egov.full_online_services_count), "cung cấp 982 dịch vụ công có số lượng hồ sơ phát sinh tối
# thiểu 1.000 hồ sơ/năm/tỉnh" (>=, count; egov.online_services_count; the "tối thiểu 1.000 hồ
# sơ/năm/tỉnh" says which services are meant, part of the subject, no record of its own: a
# judgement), "triển khai dịch vụ công trực tuyến toàn trình với 82 nhóm thủ tục hành chính" (>=,
# count; id null: groups of procedures), "hoàn thành tái cấu trúc 100% quy trình hành chính cấp
# tỉnh, cấp xã" (>=; one value for both levels, scope null, decided; id null: the catalogue's
# egov.redesigned_online_services_share counts online services redesigned, not procedures
# restructured). Not quantities: "năm 2025" (twice: the horizon).
# --------------------------------------------------------------------------
D08 = dict(name="08_ca-nuoc-ke-hoach-dvctt-toan-trinh-2025", kind="target", year=2025, records=[
    R("của «25 dịch vụ", "dịch vụ công toàn trình đã có duy trì hiệu quả", ">=", 25, **CNT,
      iid="egov.full_online_services_count"),
    R("cung cấp «982 dịch vụ", "dịch vụ công có số lượng hồ sơ phát sinh tối thiểu hồ sơ/năm/tỉnh cung cấp", ">=", 982,
      **CNT, iid="egov.online_services_count"),
    R("với «82 nhóm", "nhóm thủ tục hành chính triển khai dịch vụ công trực tuyến toàn trình", ">=", 82, **CNT),
    R("tái cấu trúc «100% quy trình", "quy trình hành chính cấp tỉnh, cấp xã hoàn thành tái cấu trúc", ">=", 100),
])

# --------------------------------------------------------------------------
# 09 Bình Định, Hoài Hải commune's report on administrative procedures for nine months of 2022
# (hoaihai-hoainhon.binhdinh.gov.vn; no cut: the portal's field labels "In hướng dẫn", "Cơ quan ban
# hành 6323cdcebe8527963f09f7a6", "Số hồ sơ", ... stay as page text; the excerpt ends in "về vi",
# before any figure). A precision text: the report's heading and the directives it cites, no
# target or result. Not quantities: "9 tháng" (twice) and "năm 2022" (three times) (the periods), the
# digits inside the portal's hexadecimal id, "225-CV/ĐU", "04/9/2020", "2020 – 2025" (twice),
# "04-CTr/ĐU", "02/12/2020", "246/QĐ-UBND", "10/5/2022", "73/QĐ-UBND", "74/QĐ-UBND", "72/QĐ-UBND",
# "04/KH-UBND", "20/01/2022" (three times), "327/QĐ-UBND", "18/7/2022" (documents and dates).
# --------------------------------------------------------------------------
D09 = dict(name="09_binhdinh-xa-hoaihai-9-thang-2022-precision", kind="result", year=2022, records=[])

# --------------------------------------------------------------------------
# 10 Hà Tĩnh, plan 457/KH-UBND of 20 August 2025 on full-process online services (nhansu.vn, a
# legal-text site; no cut: its table of the document's particulars stays; the excerpt ends in "về
# thúc", inside the grounds). A precision text: the plan's particulars and the documents it cites,
# no target or result. Not quantities: "457/KH-UBND" (three times), "20/08/2025" (twice), "20 tháng
# 8 năm 2025", "năm 2025", "42/2022/NĐ-CP", "24/6/2022", "942/QĐ-TTg", "15/6/2021", "2021 - 2025",
# "năm 2030", "1565/QĐ-TTg" (twice), "18/7/2025" (twice), "4338/BTTTT-CĐSQG", "14/10/2024",
# "3311/BKHCN-CĐSQG", "22/7/2025", "02-KH/BCĐTW", "19/6/2025".
# --------------------------------------------------------------------------
D10 = dict(name="10_hatinh-ke-hoach-457-toan-trinh-2025-precision", kind="target", year=2025, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
