#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set169).

Copied from set167's builder (itself from set165's, set163's, set161's, set159's, set157's, set155's, set153's,
set151's, set149's, set147's, set69's, set47's, ... and the seeds'). Each record is written by hand
below; its anchor is never typed in. A record names a locator: a piece of the text with « just
before the number. The locator (without «) must occur exactly once in the text; the anchor is where
« stands. `start`/`end` (the clause that states the quantity) are computed as in the seeds' builder
(`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a plan, a change
against an earlier value, farm or business figures that are not digital-transformation results);
check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (296
entries; see README). As in set10-set167, the id is given in the record itself (`iid=`).

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

# --------------------------------------------------------------------------
# 01 The national digital-transformation programme's targets to 2025, as a minister's
# statement quotes them (vietnam.opendevelopmentmekong.net; cut: the widget line "Đọc
# tiếp…" and the byline "Viet Tuan", each with the blank lines before it; no date shown).
# Targets of 2025 ("Chương trình đặt mục tiêu đến năm 2025 có ..."). Pillar null: the
# title "Bộ trưởng: Việt Nam sẽ hình thành Chính phủ số vào năm 2025" is a headline
# sentence, not a section heading, and the paragraph names the programme, no pillar (a
# judgement). "80% dịch vụ công mức độ 4 cho phép thanh toán phí trực tuyến" (">=";
# egov.full_online_services_share: the catalogue reads 749/QĐ-TTg's "mức độ 4" as
# toàn trình). "90% hồ sơ công việc tại cấp bộ và cấp tỉnh và 80% ở cấp huyện": a split
# by level, three records, the first two sharing the number (the spec's "100% hồ sơ
# công việc tại cấp tỉnh, cấp huyện và 90% ... tại cấp xã"); scopes "cấp bộ", "cấp
# tỉnh", "cấp huyện"; egov.work_records_online_share. Not quantities: "24/7" (the hours
# services are open), "năm 2025" (the horizon), "Tháng 6 năm ngoái" (a date).
# --------------------------------------------------------------------------
D01 = dict(name="01_quocgia-chuong-trinh-cds-muc-tieu-2025", kind="target", year=2025, records=[
    R("có «80% dịch vụ", "dịch vụ công mức độ 4 cho phép thanh toán phí trực tuyến trên nhiều thiết bị",
      ">=", 80, iid="egov.full_online_services_share"),
    R("«90% hồ sơ công việc", "hồ sơ công việc được xử lý trực tuyến", ">=", 90, scope="cấp bộ",
      iid="egov.work_records_online_share"),
    R("«90% hồ sơ công việc", "hồ sơ công việc được xử lý trực tuyến", ">=", 90, scope="cấp tỉnh",
      iid="egov.work_records_online_share"),
    R("và «80% ở cấp huyện", "hồ sơ công việc được xử lý trực tuyến", ">=", 80, scope="cấp huyện",
      iid="egov.work_records_online_share"),
])

# --------------------------------------------------------------------------
# 02 Cao Bằng: the plan for information poverty reduction (vietnamnet.vn; cut: the image
# line "w truyen thanh thong minh cao bang thach thao 12 1 368.jpg" and the photo caption
# "Mở rộng diện phủ sóng băng thông rộng (3G, 4G) trên địa bàn tỉnh." with the blank
# lines after them; no byline or date; the excerpt ends in "VNPT tỉnh Cao Bằng đã ").
# One target: "đảm bảo 100% xã vùng núi điều kiện kinh tế - xã hội đặc biệt khó khăn có
# hệ thống đài truyền thanh hoạt động" (">=", a bare number in a plan). Year null: the
# excerpt names no year. Pillar null. Id null: the catalogue's
# infra.smart_radio_communes_share counts smart radio systems of every commune, this
# counts any working radio system of the poorest mountain communes. Not quantities:
# "3G, 4G" (names).
# --------------------------------------------------------------------------
D02 = dict(name="02_caobang-giam-ngheo-thong-tin-ke-hoach", kind="target", year=None, records=[
    R("đảm bảo «100% xã", "xã vùng núi điều kiện kinh tế - xã hội đặc biệt khó khăn có hệ thống đài truyền thanh hoạt động",
      ">=", 100),
])

# --------------------------------------------------------------------------
# 03 Hà Tĩnh: the farmers' union and the provincial post office's programme to bring
# farmers onto the postal e-commerce platforms, 2022-2025 (baohatinh.vn; opens with the
# crawler's stamp " date 2022-04" on its first line, kept as returned; cut: the photo
# caption "Phó Chủ tịch Thường trực Hội nông dân tỉnh Trần Trung Thành trình bày nội
# dung ..." with its blank line; the excerpt ends in "chương trình mục t"). One target of
# 2022: "Năm 2022, ... dự kiến thu thập thông tin của 95.000 hộ sản xuất nông nghiệp để
# cập nhật, giới thiệu và bán sản phẩm trên sàn ... Postmart" (count ">=": what the plan
# expects to reach, a bare number). Id econ.farm_households_ecommerce_count (households
# whose products go onto the platform; a judgement: collecting their information is the
# step of listing them). Pillar null. Not quantities: "1/4" (a date), "2022 - 2025" (the
# programme's period).
# --------------------------------------------------------------------------
D03 = dict(name="03_hatinh-hoi-nong-dan-buu-dien-2022", kind="target", year=2022, records=[
    R("thông tin của «95.000 hộ", "hộ sản xuất nông nghiệp thu thập thông tin để cập nhật, giới thiệu và bán sản phẩm trên sàn giao dịch thương mại điện tử Postmart.vn/Agri-postmart.vn",
      ">=", 95000, iid="econ.farm_households_ecommerce_count", **CNT),
])

# --------------------------------------------------------------------------
# 04 Đắk Nông: the ranking of the province's agencies by digital transformation in 2023
# (stnmt.daknong.gov.vn; cut: the visitor-counter widget "SỐ LƯỢT TRUY CẬP ... SỐ LƯỢT
# ĐANG ONLINE ... Liên kết web" at the top and the image line "Anh-tin-bai" with its
# blank line; no byline; the excerpt ends in "Ban Quản lý các Khu công "). Results of
# 2023 (the year assessed; the decision is dated 05/4/2024). Two counts of departments by
# rating: "có 01 cơ quan xếp hạng ở mức tốt (mức cao nhất)" and "16 cơ quan xếp hạng ở
# mức khá" (=; scope null: ratings of the provincial departments, not a split by
# administrative level). Pillar null. Ids null (the catalogue has no count of agencies
# by rating). Not quantities: "năm thứ 2" (an ordinal), "19/19 đơn vị cấp Sở, ngành" and
# "08 UBND cấp huyện" (the bodies the index assesses), "1.000 điểm" (the scale's
# maximum), "07 trụ cột", "08 trụ cột" (the parts of an index, the spec's decided
# case), "05/4/2024", "401/QĐ-UBND" (a date and a document).
# --------------------------------------------------------------------------
D04 = dict(name="04_daknong-xep-hang-cds-co-quan-2023", kind="result", year=2023, records=[
    R("có «01 cơ quan", "cơ quan xếp hạng ở mức tốt (mức cao nhất) trong xếp hạng của các Sở, ban, ngành", "=", 1, **CNT),
    R(", «16 cơ quan", "cơ quan xếp hạng ở mức khá trong xếp hạng của các Sở, ban, ngành", "=", 16, **CNT),
])

# --------------------------------------------------------------------------
# 05 Bình Định: the provincial party standing committee's resolution 05-NQ/TU on digital
# transformation to 2025, as a thesis excerpt quotes its numbered targets (123docz.net;
# no cut; the page's text has "ơ", "ĩ", "ị" for "ô", "ó", "ò" from a PDF, kept as
# returned; the excerpt ends in "(1) 100% dịch vụ cơng trực tuy"). One target of 2025:
# item "(1) 100% dịch vụ cơng trực tuy", cut by the excerpt inside its noun; recorded as
# far as the text goes (set165's rule), indicator as written. Pillar digital_government:
# the lead-in "một trong những mục tiêu cụ thể đến năm 2025 về phát triển chính quyền
# số ... là:" names one pillar and opens the list. Id null (the predicate is cut: it may
# be mức độ 4, toàn trình or integration on the national portal). Not quantities:
# "05-NQ/TU", "20/9/2021" (a document and a date), "năm 2025", "năm 2030" (the
# resolution's horizons in its name), "(1)" (the item's number).
# --------------------------------------------------------------------------
D05 = dict(name="05_binhdinh-nghi-quyet-05-muc-tieu-2025", kind="target", year=2025, records=[
    R("(1) «100% dịch vụ", "dịch vụ cơng trực tuy", ">=", 100, pillar=GOV),
])

# --------------------------------------------------------------------------
# 06 Châu Đức district (Bà Rịa - Vũng Tàu): the district party committee's review of the
# first quarter of 2025 (baobariavungtau.com.vn; opens with the crawler's stamp " date
# 2025-04" on its first line, kept as returned; cut: the photo caption "Huyện ủy Châu
# Đức tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 21." with its blank line; the
# excerpt ends in "cần chủ "). Results of 2025 ("Trong Quý I", "Đến nay"). Two digital-
# government results: "Huyện cung cấp 100% dịch vụ công trực tuyến" (=; id null: the
# share of procedures offered online at any level is not one of the catalogue's
# entries) and "tỷ lệ hồ sơ dịch vụ công trực tuyến đạt 100%" (=;
# egov.online_applications_share). Pillar null. Not recorded: the farm, industry and
# budget figures (974, 1.724, 257 tỷ đồng) and the new-rural-area communes (14/14, 13/14,
# 7/14): not digital-transformation figures; NOT: "27,33%", "25,09%", "25%" (completion
# against the plan or the province's assignment) and "trên 50% chỉ tiêu phát triển đảng
# viên" (a target of completion for new party members, not digital transformation).
# Also not quantities: "8/4", "lần thứ 21", "khóa VI", "2020 - 2025", "Quý I", "quý II".
# --------------------------------------------------------------------------
D06 = dict(name="06_bariavungtau-chauduc-quy1-2025", kind="result", year=2025, records=[
    R("cung cấp «100% dịch vụ", "dịch vụ công trực tuyến huyện cung cấp", "=", 100),
    R("trực tuyến đạt «100%.", "tỷ lệ hồ sơ dịch vụ công trực tuyến", "=", 100, iid="egov.online_applications_share"),
], NOT=["đạt «27,33% so", "đạt «25,09% so", "đạt «25% so", "trên «50% chỉ tiêu"])

# --------------------------------------------------------------------------
# 07 The Central Steering Committee's monitoring map of Plan 02 (19/6/2025): provinces in
# the "green" state (lite.baomoi.com, an aggregator's copy; cut: the photo captions
# "Quá trình chuyển đổi số của các địa phương theo Kế hoạch 02 được Ban chỉ đạo Trung
# ương giám sát, theo dõi qua bản đồ tiến độ." with the blank line before it and "Kết
# quả thực thi nhiệm vụ tại Kế hoạch 02 của các địa phương."; no byline or date; the
# excerpt ends in "33/34 tỉnh, thành phố đạt tr"). Results of 2025: the page names no
# year but that of Plan 02, and its figures are "Tính đến ngày 15/7" after it (a
# judgement). Counts: the sub-heading "33 địa phương đạt trạng thái “Xanh”" (a
# statement of its own, as a title in set167), "33/34 tỉnh, thành phố đạt trạng thái
# “Xanh”" (33; the 34 is the total), "chỉ còn duy nhất 1 tỉnh đang ở trạng thái
# “Vàng”", and the last line's "33/34 tỉnh, thành phố đạt tr", its predicate cut
# (recorded, set165's rule). Pillar null. Ids null (no catalogue entry for provinces by
# monitoring state). No place: national counts. Not quantities: "Kế hoạch 02",
# "19/6/2025" (twice), "1/8", "15/7" (a name and dates); "không có địa phương nào" has
# no number.
# --------------------------------------------------------------------------
D07 = dict(name="07_quocgia-ke-hoach-02-trang-thai-xanh-2025", kind="result", year=2025, records=[
    R("«33 địa phương", "địa phương đạt trạng thái “Xanh” trên bản đồ giám sát", "=", 33, **CNT),
    R("có «33/34 tỉnh", "tỉnh, thành phố đạt trạng thái “Xanh” (tỉnh, thành phố sẵn sàng) trên bản đồ giám sát",
      "=", 33, **CNT),
    R("duy nhất «1 tỉnh", "tỉnh đang ở trạng thái “Vàng” (tỉnh, thành phố cảnh báo)", "=", 1, **CNT),
    R("với «33/34 tỉnh", "tỉnh, thành phố đạt tr", "=", 33, **CNT),
])

# --------------------------------------------------------------------------
# 08 Đắk R'lấp district (Đắk Nông): the plan of work of the district's digital-
# transformation steering committee for 2023 (dakrlap.daknong.gov.vn; no cut; no byline;
# the excerpt ends in "trong năm 2023 "). A precision text: a plan whose excerpt states
# no quantity. Not quantities: "47/QĐ-UBND", "12/01/2023", "358/KH-UBND", "18/01/2023"
# (documents and dates), every "năm 2023" (the plan's year), "I.", "II." (headings).
# --------------------------------------------------------------------------
D08 = dict(name="08_daknong-dakrlap-bcd-cds-2023-precision", kind="target", year=2023, records=[])

# --------------------------------------------------------------------------
# 09 Tây Ninh: the provincial digital-transformation programme to 2025 (Quyết định
# 713/QĐ-UBND), as the construction department's page presents it
# (soxaydung.tayninh.gov.vn; cut: the widget line "Ý kiến bạn đọc"; the download line
# "Xem và tải Quyết định tại đây: QD 713 UBND - CT CHUYEN DOI SO 2025.pdf" is kept, as
# the page's own sentence; no byline or date). A precision text: "Phấn đấu vào nhóm các
# tỉnh, thành thực hiện chuyển đổi số khá" is a group with no number; "713" and "2025"
# stand in a file name; "lần thứ tư" is a word. Year null.
# --------------------------------------------------------------------------
D09 = dict(name="09_tayninh-chuong-trinh-cds-2025-precision", kind="target", year=None, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
