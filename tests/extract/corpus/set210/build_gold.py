#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set210).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
`../goldkit.py` as in the seeds' builder.

Each document may also list NOT: locators of percentages deliberately left without a record
(completion against a registration or plan); check_gold.py verifies that every percentage has a
record or a NOT entry.

Each record carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue indicator
it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README), given in
the record itself (`iid=`).

The set's theme is digital government inside agencies: electronic documents and digital
signatures, online meetings, shared databases (the land database above all), digitised archives,
open data. Several texts repeat the same shapes (a count of things at a level, a target share), so
the records are written with a few partial forms of `R` (`functools.partial`): `C` a count, `TC` a
target count, `TP` a target share.

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
from goldkit import R, CNT, GOV, INFRA, DATA  # noqa: E402

C = functools.partial(R, unit="count")                    # a count (kind from the document)
TC = functools.partial(R, unit="count", kind="target")    # a target count
TP = functools.partial(R, kind="target")                  # a target share (unit %)
RC = functools.partial(R, unit="count", kind="result")    # a result count in a target document

LAND = "data.land_records_digitised_share"
CLEAN = "data.clean_population_data_share"

# --------------------------------------------------------------------------
# 01 Gia Lai, the Historical Archives Centre (Department of Home Affairs) digitising archives,
# March 2026 (baogialai.com.vn; the stamp " date 2026-03-13" written as the first line; cut: the
# photo caption "Tài liệu sau khi số hóa được nhập vào phần mềm quản lý lưu trữ; ... Ảnh: Trọng
# Lợi" with the blank line after it; the excerpt ends in "bảo "). Year 2026 (the stamp; "Đến nay").
# Results: "đã số hóa 39 phông lưu trữ với hơn 3,83 triệu trang tài liệu" (two records: the fonds,
# `=`, and the pages, `>`, the magnitude word multiplied in). Not quantities: "Năm 2025",
# "1-7-2025" (dates), "2 cấp" (a name: the two-level local government). Pillar null: the subheading
# "Tăng tốc số hóa phục vụ sắp xếp tổ chức bộ máy" names digitisation for reorganisation, no pillar;
# the lead's "xây dựng chính quyền số" is a purpose in a sentence, not a heading. Ids null
# (data.archives_digitised_share is a share; these are counts).
# --------------------------------------------------------------------------
D01 = dict(name="01_gialai-so-hoa-tai-lieu-luu-tru-2026", kind="result", year=2026, records=[
    C("số hóa «39 phông", "phông lưu trữ Trung tâm Lưu trữ lịch sử đã số hóa", "=", 39),
    C("hơn «3,83 triệu trang", "trang tài liệu lưu trữ đã số hóa", ">", 3830000),
])

# --------------------------------------------------------------------------
# 02 Quảng Bình, the plan to digitise the Provincial Historical Archives, 2023-2028 (quangbinh.gov.vn;
# cut: the label "Chi tiết bài viết" with the blank line after it and the byline "16:37, Thứ Ba,
# 15-8-2023" with the blank line after it, written as the first line `date 2023-08-15`; the excerpt
# ends in "tài liệu lưu "). Kind target: the volume a plan sets out to digitise, as set184's and
# later sets' coverage of a plan ("23 trạm" to upgrade) are targets; bare numbers `>=`. Year 2028:
# the plan's period "giai đoạn 2023 - 2028" (its end, as the earlier sets give a 2021-2025 plan's
# targets 2025). The title "Thực hiện số hóa 8.747 hồ sơ ..." states the number again (recorded, as
# set69's and later sets' titles are). "34 Phông lưu trữ gồm 8.747 hồ sơ với 202.283 văn bản, tương
# ứng với 1.267.835 trang, trong đó 1.236.195 trang A4, 31.640 trang A3": one record per number,
# each its own subject (spec: a breakdown by kind of thing). Not quantities: "2254/QĐ-UBND" (a
# document), "14/8/2023", "2023 - 2028" (dates), "A4", "A3" (paper sizes, names). Pillar null. Ids
# null (the catalogue's archive indicator is a share).
# --------------------------------------------------------------------------
D02 = dict(name="02_quangbinh-ke-hoach-so-hoa-luu-tru-2023", kind="target", year=2028, records=[
    C("Thực hiện số hóa «8.747 hồ sơ tại", "hồ sơ tại Trung tâm Lưu trữ lịch sử tỉnh Quảng Bình thực hiện số hóa",
      ">=", 8747),
    C("thuộc «34 Phông", "Phông lưu trữ có tài liệu giá trị bảo quản vĩnh viễn được số hóa", ">=", 34),
    C("gồm «8.747 hồ sơ với", "hồ sơ lưu trữ có giá trị bảo quản vĩnh viễn được số hóa", ">=", 8747),
    C("với «202.283 văn bản", "văn bản lưu trữ được số hóa", ">=", 202283),
    C("với «1.267.835 trang", "trang tài liệu lưu trữ được số hóa", ">=", 1267835),
    C("đó «1.236.195 trang A4", "trang A4 tài liệu lưu trữ được số hóa", ">=", 1236195),
    C("A4, «31.640 trang A3", "trang A3 tài liệu lưu trữ được số hóa", ">=", 31640),
])

# --------------------------------------------------------------------------
# 03 Cà Mau, Thới Bình district's IT targets for 2020 (thoibinh.camau.dcs.vn, the district party
# committee's site; cut: the photo captions "Phòng Văn hóa và Thông tin huyện cơ quan tham mưu UBND
# triển khai thực hiện ứng dụng CNTT" and "Trang thông tin của UBND huyện và Trang thông tin của
# BCH đảng bộ huyện là nơi cung cấp thông tin chính thống của huyện Thới Bình", each with the blank
# line after it, and the byline "Trần Văn Đời" with the blank line before it; no stamp). "Cụ thể
# trong năm 2020: huyện phấn đấu ...": ten targets of 2020, a list after a lead-in that names no
# pillar (pillar null). Ops: a bare "100%" and "bảo đảm 100%" read `>=`, "trên" `>`. Each item its
# own subject; "UBND huyện với UBND các xã" is the meeting's parties, scope null. Not quantities:
# none left ("năm 2020" a date). Ids: the officials using the document system, the one-stop
# applications, the officials using e-mail, the electronic documents, the computers, the agencies
# using digital signatures, the computers with antivirus (security.protected_endpoints_share,
# whose wordings name "máy tính được cài phần mềm diệt virus"); null: online meetings (the
# catalogue's meeting share is paperless meetings), directions posted on the district's site, the
# security devices monitored (the catalogue's monitored share counts information systems).
# --------------------------------------------------------------------------
D03 = dict(name="03_camau-thoibinh-muc-tieu-ung-dung-cntt-2020", kind="target", year=2020, records=[
    R("phấn đấu «100% cán bộ", "cán bộ, công chức, viên chức sử dụng phần mềm quản lý văn bản và điều hành", ">=",
      100, iid="egov.officials_document_system_use_share"),
    R("điều hành; «100% hồ sơ", "hồ sơ thủ tục hành chính được giải quyết trên phần mềm một cửa, một cửa liên thông",
      ">=", 100, iid="egov.one_stop_system_applications_share"),
    R("liên thông; «100% cán bộ", "cán bộ, công chức, viên chức biết khai thác, sử dụng hộp thư điện tử", ">=", 100,
      iid="egov.official_email_use_share"),
    R("trên «60% cuộc họp", "cuộc họp của UBND huyện với UBND các xã bằng hình thức Hội nghị trực tuyến", ">", 60),
    R("trên «95% thông tin", "thông tin chỉ đạo, điều hành được cập nhật trên trang thông tin điện tử của huyện", ">",
      95),
    R("trên «90% văn bản", "văn bản chính thức, tài liệu trao đổi giữa các cơ quan Nhà nước dưới dạng văn bản điện tử",
      ">", 90, iid="egov.electronic_documents_share"),
    R("bảo đảm «100% cán bộ", "cán bộ, công chức, viên chức có đủ phương tiện như máy tính, máy in để sử dụng trong "
      "công việc", ">=", 100, iid="infra.civil_servants_computers_share"),
    R("việc; «100% cơ quan", "cơ quan, đơn vị sử dụng chữ ký số", ">=", 100,
      iid="egov.agencies_digital_signature_share"),
    R("số; «100% máy tính", "máy tính sử dụng trong các cơ quan Nhà nước được trang bị phần mềm diệt virus", ">=",
      100, iid="security.protected_endpoints_share"),
    R("virus; «100% thiết bị", "thiết bị liên quan đến an ninh thông tin được giám sát thông qua dịch vụ giám sát an "
      "toàn thông tin", ">=", 100),
])

# --------------------------------------------------------------------------
# 04 Hải Dương, documents of state agencies exchanged electronically (baohaiduong.vn; cut: the
# byline "PV" on the last line; no stamp, no date). Year null: the text names only "cuối năm 2020",
# the baseline of a change, not the year of the results (spec: null when nothing in the text says).
# Results: "đã cấp trên 8.000 tài khoản thư điện tử công vụ" (`>`), "cấp khoảng 2.800 chữ ký số cho
# cán bộ, công chức, viên chức" (`~`), "cấp 20 sim ký di động cho lãnh đạo ..." (`=`). Not a
# quantity: "(tăng khoảng 1.000 tài khoản và chữ ký số so với cuối năm 2020)" (a change against an
# earlier value, spec). Pillar null. Ids: the e-mail accounts, the signatures issued (the
# catalogue's certificates issued); the SIM signatures null (a device for leaders; a judgement).
# --------------------------------------------------------------------------
D04 = dict(name="04_haiduong-van-ban-lien-thong-chu-ky-so", kind="result", year=None, records=[
    C("trên «8.000 tài khoản", "tài khoản thư điện tử công vụ toàn tỉnh đã cấp", ">", 8000,
      iid="egov.official_email_accounts_count"),
    C("khoảng «2.800 chữ ký số", "chữ ký số cấp cho cán bộ, công chức, viên chức", "~", 2800,
      iid="egov.digital_certificates_issued_count"),
    C("cấp «20 sim", "sim ký di động cấp cho lãnh đạo các sở, ngành, UBND cấp huyện", "=", 20),
])

# --------------------------------------------------------------------------
# 05 Thanh Hóa, Cẩm Thạnh commune (Cẩm Thủy) on the principles of open data (commune site; nothing
# cut; no byline, no stamp; the excerpt ends in "được ch"). A precision text: two records among
# document numbers, dates and a change. "Hơn 80% các nước trên thế giới có cổng dữ liệu quốc gia
# để cung cấp dữ liệu mở" (result, `>`, year null: the sentence names no year and the page has no
# date; "năm 2023" later is a statement about the future). "Năm 2022, Việt Nam xếp thứ 81/187 về
# cung cấp dữ liệu mở" (rank, `=`, 2022). Not quantities: "tăng 10 bậc so với năm 2020" (a change,
# spec), "Khoản 4 Điều 3", "47/2020/NĐ-CP" (a reference), "năm 2023" (a date), the denominator
# "/187". Pillar null. Ids null.
# --------------------------------------------------------------------------
D05 = dict(name="05_thanhhoa-camthanh-du-lieu-mo-2023-precision", kind="result", year=None, records=[
    R("Hơn «80% các nước", "các nước trên thế giới có cổng dữ liệu quốc gia để cung cấp dữ liệu mở", ">", 80),
    R("xếp thứ «81/187", "Việt Nam xếp thứ về cung cấp dữ liệu mở", "=", 81, unit="rank", year=2022),
])

# --------------------------------------------------------------------------
# 06 Sơn La, Decision 1726/QĐ-UBND on the plan to provide open data in state agencies 2023-2025
# (thuviennhadat.vn; nothing cut: the register's property rows are the page's record of the
# decision; the excerpt ends in "kiểm tra và t"). A precision text: no record. Not quantities:
# "1726/QĐ-UBND" (four times), "64/2007/NĐ-CP", "47/2020/NĐ-CP", "94/TTr-STTTT" (documents),
# "08/09/2023" (twice), "08 tháng 9 năm 2023", "19/6/2015", "22/11/2019", "29/6/2006", "10/4/2007",
# "09/4/2020", "28/8/2023", "năm 2023" (dates), "2023-2025", "2023 - 2025" (twice), "2021-2026"
# (periods), "khóa XV" (no digit), the list labels "Điều 1.", "1.". Stock overlap with earlier sets:
# the legal bases "Căn cứ Luật Tổ chức chính quyền địa phương ..." (see SOURCES.md).
# --------------------------------------------------------------------------
D06 = dict(name="06_sonla-ke-hoach-du-lieu-mo-2023-precision", kind="target", year=2023, records=[])

# --------------------------------------------------------------------------
# 07 Hồ Chí Minh City, the plan to clean the land database and match it with the population database,
# September 2025 (danviet.vn; the stamp " date 2025-09-23" written as the first line; cut: the photo
# caption "TP.HCM triển khai chiến dịch làm sạch dữ liệu đất đai ... Ảnh: H.V" with the blank line
# after it; the excerpt ends in "trong cơ"). Year 2025. Pillar digital_data for both records: they
# stand under the heading "Đồng bộ dữ liệu đất đai với cơ sở dữ liệu quốc gia về dân cư", which
# names the data pillar's topic (as the earlier sets read headings naming "cơ sở dữ liệu"). Records:
# "tương ứng hơn 5 triệu thửa đất đã được xây dựng cơ sở dữ liệu trong nhiều giai đoạn" (a result:
# the plots already in the database, `>`), "Tỷ lệ xác thực phải đạt trên 95% trước ngày
# 30/10/2025" (target, `>`). Not quantities: "168 xã, phường, đặc khu" (where the plan is carried
# out, its scope, as set184's "13 thôn" and later sets' "6 huyện, thành phố"), "3 nhóm" (the
# classes of a classification), "30/10/2025" (a date). Ids: the 95% of land users matched, null
# (the catalogue's clean-data share is the whole "đúng, đủ, sạch, sống" test; this is one check).
# --------------------------------------------------------------------------
D07 = dict(name="07_hochiminh-lam-sach-du-lieu-dat-dai-2025", kind="target", year=2025, records=[
    RC("hơn «5 triệu thửa", "thửa đất đã được xây dựng cơ sở dữ liệu", ">", 5000000, pillar=DATA),
    TP("trên «95% trước", "tỷ lệ xác thực thông tin người sử dụng đất, chủ sở hữu tài sản gắn liền với đất với cơ sở "
       "dữ liệu quốc gia về dân cư", ">", 95, pillar=DATA),
])

# --------------------------------------------------------------------------
# 08 Đà Nẵng, the end of the 90-day campaign to enrich and clean the land database, November 2025
# (vietnamplus.vn; the stamp " date 2025-11-25" written as the first line; nothing else cut; the
# excerpt ends in "Theo đánh gi"). Year 2025 (the campaign's figures, including the state "trước
# khi chiến dịch bắt đầu", September 2025). Results: "chỉ 29/94 xã, phường có dữ liệu đầy đủ, đạt
# khoảng 30%" (a count `=` and a share `~`); "xác thực 1,34 triệu chủ sử dụng đất, với gần 1,28
# triệu trường hợp khớp thông tin (95,28%)" (three records; the bracket states a value, spec);
# "phân loại toàn bộ hơn 1,3 triệu thửa đất, trong đó 545.300 thửa đạt chuẩn dữ liệu và hơn 1,13
# triệu thửa được đồng bộ lên hệ thống quốc gia" (three records, each its own subject); "phường
# Quảng Phú, Sơn Trà và Hải Châu đều trên 98% khớp thông tin" (one record: one value stated once for
# three wards, the wards in the indicator, no place; a judgement). NOT: "xã Duy Nghĩa đạt hơn 200%"
# (completion against the commune's initial registration, "vượt xa tỷ lệ đăng ký ban đầu", as the
# earlier sets leave a completion against a plan out). Not quantities: "90 ngày" (the campaign's
# name), "515" (the steering committee's name), "25/11" (a date), "hơn 5.053 tổ thu thập lưu động"
# (the teams mobilised to run the campaign, as set184's "02 Tổ công tác": the make-up of a
# campaign's organisation), the denominator "/94". Pillar null (no heading). Ids: the 30% of wards
# with full data and the 1,13 million plots synchronised (data.land_records_digitised_share names
# "xã hoàn thành xây dựng cơ sở dữ liệu đất đai"; the plots a count, so null), else null.
# --------------------------------------------------------------------------
D08 = dict(name="08_danang-chien-dich-du-lieu-dat-dai-2025", kind="result", year=2025, records=[
    C("chỉ «29/94 xã", "xã, phường có dữ liệu đất đai đầy đủ trước chiến dịch", "=", 29),
    R("khoảng «30%", "xã, phường có dữ liệu đất đai đầy đủ trước chiến dịch", "~", 30, iid=LAND),
    C("xác thực «1,34 triệu chủ", "chủ sử dụng đất đã hoàn thành xác thực", "=", 1340000),
    C("gần «1,28 triệu trường hợp", "trường hợp chủ sử dụng đất khớp thông tin", "~", 1280000),
    R("(«95,28%)", "trường hợp chủ sử dụng đất khớp thông tin", "=", 95.28),
    C("hơn «1,3 triệu thửa", "thửa đất được phân loại", ">", 1300000),
    C("đó «545.300 thửa", "thửa đất đạt chuẩn dữ liệu", "=", 545300),
    C("hơn «1,13 triệu thửa", "thửa đất được đồng bộ lên hệ thống quốc gia", ">", 1130000),
    R("trên «98% khớp", "phường Quảng Phú, Sơn Trà và Hải Châu khớp thông tin", ">", 98),
], NOT=["hơn «200%"])

# --------------------------------------------------------------------------
# 09 Thanh Hóa, the province's plan for the 90-day land-database campaign, 1 September - 30 November
# 2025 (baothanhhoa.vn; nothing cut; no byline, no stamp; the excerpt ends in "CDSL đất"). Year 2025
# ("01/9 đến 30/11/2025"). Pillar digital_data: the title "Thanh Hóa triển khai chiến dịch 90 ngày
# làm giàu, làm sạch cơ sở dữ liệu đất đai" names the data pillar's topic (set69's rule on titles,
# as the earlier sets read titles naming data). Results (kind result in a plan: the state the plan
# starts from): "có 20 đơn vị cấp xã đã hoàn thiện cơ sở dữ liệu địa chính, có 5 đơn vị cấp xã mới
# xây dựng cơ sở dữ liệu địa chính một phần" (two counts, `=`). Not quantities: "25 đơn vị cấp xã",
# "166 xã", "25/166 đơn vị cấp xã", "166 đơn vị cấp xã" (the communes where the campaign is carried
# out, its scope, as set184's "13 thôn"; a judgement), "90 ngày" (the campaign's name and length,
# three times), "01/9", "30/11/2025" (twice), "31/8/2025", "12/9" (dates), "515/KH-BCA-BNN&MT",
# "197/KH-UBND" (documents), "(1)", "(2)", "1." (list labels), the footnote mark "2" after "một
# phần". Ids null (counts of communes; the catalogue's land indicator is a share).
# --------------------------------------------------------------------------
D09 = dict(name="09_thanhhoa-chien-dich-du-lieu-dat-dai-2025", kind="result", year=2025, records=[
    C("có «20 đơn vị", "đơn vị cấp xã đã hoàn thiện cơ sở dữ liệu địa chính", "=", 20, pillar=DATA),
    C("có «5 đơn vị", "đơn vị cấp xã mới xây dựng cơ sở dữ liệu địa chính một phần", "=", 5, pillar=DATA),
])

# --------------------------------------------------------------------------
# 10 The whole country, the results of the campaign to enrich and clean the national land database,
# December 2025 (vneconomy.vn; the stamp " date 2025-12-24" written as the first line; nothing else
# cut; the excerpt ends in "chủ sử dụ"). Year 2025. Results before the heading (pillar null):
# "100% tỉnh, thành phố đã hoàn thành đồng bộ cơ sở dữ liệu đất đai về cơ sở dữ liệu quốc gia, với
# gần 98% tổng số thửa đất được tích hợp" (`=`, `~`); "cả nước có hơn 62 triệu thửa đất có dữ liệu
# ..., nhưng chỉ khoảng 39% đáp ứng yêu cầu 'đúng - đủ - sạch - sống'" (`>`, `~`; the state before
# the campaign, 2025). Under the heading '"NỀN MÓNG DỮ LIỆU" CHO QUẢN LÝ ĐẤT ĐAI' (names data:
# pillar digital_data): the campaign's workload "rà soát, phân loại gần 50 triệu thửa đất" (a
# target: what the campaign set out to do, `~`; a judgement, as a plan's coverage is a target) and
# the results "đạt hơn 61,7 triệu thửa", "24,3 triệu thửa đáp ứng đầy đủ tiêu chí", "Hơn 18,7 triệu
# thửa đã được xác thực" (`>`, `=`, `>`). Not quantities: "hơn 2.300 đơn vị hành chính cấp xã"
# (where the campaign is carried out, its scope, as in 07 and 09), "hàng triệu Giấy chứng nhận" (no
# digit). Ids: the 98% of plots integrated (LAND), the 39% meeting "đúng - đủ - sạch - sống"
# (CLEAN), else null.
# --------------------------------------------------------------------------
D10 = dict(name="10_ca-nuoc-dong-bo-du-lieu-dat-dai-2025", kind="result", year=2025, records=[
    R("cho thấy «100% tỉnh", "tỉnh, thành phố đã hoàn thành đồng bộ cơ sở dữ liệu đất đai về cơ sở dữ liệu quốc gia",
      "=", 100),
    R("gần «98% tổng số", "tổng số thửa đất được tích hợp", "~", 98, iid=LAND),
    C("hơn «62 triệu thửa", "thửa đất có dữ liệu ở các định dạng khác nhau trước chiến dịch", ">", 62000000),
    R("khoảng «39%", "thửa đất đáp ứng yêu cầu đúng - đủ - sạch - sống trước chiến dịch", "~", 39, iid=CLEAN),
    TC("gần «50 triệu thửa", "thửa đất cần rà soát, phân loại", "~", 50000000, pillar=DATA),
    C("hơn «61,7 triệu thửa", "thửa đất được rà soát, làm giàu, làm sạch", ">", 61700000, pillar=DATA),
    C("đó, «24,3 triệu thửa", "thửa đất đáp ứng đầy đủ tiêu chí đúng - đủ - sạch - sống", "=", 24300000,
      pillar=DATA),
    C("Hơn «18,7 triệu thửa", "thửa đất đã được xác thực thông tin chủ sử dụng", ">", 18700000, pillar=DATA),
])

# --------------------------------------------------------------------------
# 11 Tây Ninh (merged with Long An), the province's 90-day land-database campaign, December 2025
# (gdla.gov.vn, the Land Management Department; cut: the page's metadata lines, the two timestamps
# "2025-12-17T09:18:25+07:00", the page's own address, the image address, the site name "Cục quản
# lý đất đai" and the logo address; the byline "Thứ tư - 17/12/2025 09:15" written as the first
# line `date 2025-12-17`; the title line stays twice as the page has it; the excerpt ends in "chủ
# sử dụng đ"). A precision text: one record among dates and the campaign's name. Year 2025.
# Result: "quy mô dữ liệu đất đai rất lớn, hơn 2,8 triệu thửa đất" (the plots in the province's
# land data, `>`; read as the data's stock like 10's "hơn 62 triệu thửa đất có dữ liệu", not as a
# size of the province). Pillar digital_data (the title names "cơ sở dữ liệu đất đai", as 09). Not
# quantities: "90" (the campaign's name, twice), "1/9", "30/11/2025" (dates). Id null.
# --------------------------------------------------------------------------
D11 = dict(name="11_tayninh-chien-dich-du-lieu-dat-dai-2025-precision", kind="result", year=2025, records=[
    C("hơn «2,8 triệu thửa", "quy mô dữ liệu đất đai: thửa đất", ">", 2800000, pillar=DATA),
])

# --------------------------------------------------------------------------
# 12 Đồng Nai, Lộc Tấn commune's first digital transformation steering meeting, October 2025
# (loctan.dongnai.gov.vn; cut: the byline "Thúy Anh - Trung tâm DVTH", the two timestamps
# "2025-10-26T09:37:24+07:00", the page's address, the image address, the site name "UBND xã Lộc
# Tấn - Đồng Nai" and the logo address; the byline "Thứ sáu - 24/10/2025 15:02" written as the
# first line `date 2025-10-24`; the excerpt ends in "trực tuyến đ"). Year 2025 (results since
# 1/7/2025). Pillars from the bullets' lead labels (a label naming a pillar's topic sets it for its
# bullet, as the earlier sets read "Hạ tầng kỹ thuật ..."): "• Hạ tầng:" → digital_infrastructure;
# "• Văn bản, điều hành số:" → digital_government (documents and operations are the digital
# government's topic; a judgement); "• Dịch vụ công và hồ sơ trực tuyến:" → digital_government
# (spec: dịch vụ công trực tuyến). Results: "21/21 ấp" with broadband, "36 máy tính", "5.713 văn bản
# đến", "1.611 văn bản phát hành", "99,81%" of sent documents signed, "23" official signatures,
# "1.224 hồ sơ" received, "(trong đó 1.183 hồ sơ trực tuyến)", "1.176 hồ sơ" settled, "(1169 trước
# hạn)" (no thousands dot, read as written). Not quantities: "24/10/2025", "1/7/2025", "01/7/2025"
# (dates), "3 tháng cuối năm 2025" (a period), "ba trụ cột" (no digit), the denominator "/21".
# Ids: the signed share, the signatures, the applications received, online, settled and early;
# null: the hamlets with broadband (the catalogue's village counts name fibre or mobile), the
# computers, the documents handled (the catalogue's count is documents over the national axis).
# --------------------------------------------------------------------------
D12 = dict(name="12_dongnai-loctan-chinh-quyen-so-xa-2025", kind="result", year=2025, records=[
    C("kín «21/21 ấp", "ấp được phủ Internet băng rộng", "=", 21, pillar=INFRA),
    C("tổng «36 máy tính", "máy tính phục vụ công việc của công chức", "=", 36, pillar=INFRA),
    C("là «5.713 văn bản", "văn bản đến xử lý qua Phần mềm Quản lý văn bản & Điều hành", "=", 5713, pillar=GOV),
    C("và «1.611 văn bản", "văn bản phát hành trên hệ thống", "=", 1611, pillar=GOV),
    R("đạt «99,81%", "tỷ lệ văn bản gửi có ký số", "=", 99.81, pillar=GOV, iid="egov.electronic_documents_share"),
    C("là «23.", "chữ ký số chuyên dùng của xã", "=", 23, pillar=GOV, iid="egov.digital_certificates_issued_count"),
    C("tiếp nhận «1.224 hồ sơ", "hồ sơ Bộ phận một cửa tiếp nhận", "=", 1224, pillar=GOV,
      iid="egov.applications_received_count"),
    C("đó «1.183 hồ sơ", "hồ sơ trực tuyến", "=", 1183, pillar=GOV, iid="egov.online_applications_count"),
    C("giải quyết «1.176 hồ sơ", "hồ sơ đã giải quyết", "=", 1176, pillar=GOV, iid="egov.applications_settled_count"),
    C("(«1169 trước", "hồ sơ giải quyết trước hạn", "=", 1169, pillar=GOV, iid="egov.on_time_applications_count"),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
