#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set150).

Copied from set149's builder (itself from set147's, set69's, set47's, set45's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (287
entries; see README). As in set10-set149, the id is given in the record itself (`iid=`).

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

# --------------------------------------------------------------------------
# 01 Bến Tre, the province's Đề án Chuyển đổi số 2020-2025 and its targets for
# 2025 (vietnamnet.vn, no date shown; the excerpt opens with the sub-heading
# "Đẩy mạnh thực hiện 3 trụ cột chính về chuyển đổi số" and ends in
# "phương thức,"). "Đề án đặt mục tiêu đến năm 2025, ..." and the paragraph
# after it: targets of 2025, op >= where bare, > for "trên". "90% ... tại cấp
# tỉnh; 80% ... tại cấp huyện và 60% ... tại cấp xã": three records, scopes
# (spec). "Hạ tầng mạng băng rộng cáp quang phủ trên 80% hộ gia đình, 100%
# xã": two records, the spec's decided case "phủ 75% hộ gia đình, 100% cấp
# xã" (scope null on the first; on the second the level as written, "xã");
# "trên" belongs to the 80% only, the 100% is bare → >=. "năng suất lao động
# hàng năm tăng tối thiểu 5%": a target stated as a change (spec) → >= 5.
# "Bến Tre thuộc nhóm 30 tỉnh dẫn đầu trong xếp hạng về CNTT": rank <= 30
# (spec's "nhóm 20 tỉnh dẫn đầu"); rank.ict_index (the ranking of CNTT is the
# Vietnam ICT Index; a judgement). "100% dịch vụ công trực tuyến (DVCTT) đảm
# bảo mức độ 4": egov.full_online_services_share (set149's reading of "mức độ
# 4"). "tỷ lệ dân số có tài khoản thanh toán điện tử trên 50%":
# society.adult_e_payment_account_share (a judgement: the national target's
# wording without "trưởng thành"). Not quantities: "3 trụ cột" (a count of
# pillars in the heading), "2020-2025", "năm 2030", "năm 2025" (the year),
# "mức độ 4", "4G/5G" (names), "Sau 2 năm" (a duration). Pillar null: the
# heading names three pillars, not one, and no lead-in names one.
# --------------------------------------------------------------------------
D01 = dict(name="01_bentre-de-an-cds-muc-tieu-2025", kind="target", year=2025, records=[
    R("năm 2025, «100% dịch vụ", "dịch vụ công trực tuyến (DVCTT) đảm bảo mức độ 4, được cung cấp trên nhiều phương tiện truy cập khác nhau",
      ">=", 100, iid="egov.full_online_services_share"),
    R("; «90% hồ sơ công việc", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 90, scope="cấp tỉnh",
      iid="egov.work_records_online_share"),
    R("; «80% hồ sơ công việc", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 80, scope="cấp huyện",
      iid="egov.work_records_online_share"),
    R("và «60% hồ sơ công việc", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 60, scope="cấp xã",
      iid="egov.work_records_online_share"),
    R("nhà nước); «100% chế độ báo cáo", "chế độ báo cáo, chỉ tiêu tổng hợp báo cáo định kỳ và báo cáo thống kê về kinh tế - xã hội được kết nối, tích hợp, chia sẻ dữ liệu số trên Hệ thống thông tin báo cáo của tỉnh",
      ">=", 100, iid="egov.online_reporting_share"),
    R("tối thiểu «10% GRDP", "Kinh tế số chiếm GRDP", ">=", 10, iid="econ.digital_economy_gdp_share"),
    R("lĩnh vực đạt tối thiểu «5%", "tỷ trọng kinh tế số trong từng ngành, lĩnh vực", ">=", 5,
      iid="econ.digital_economy_sector_share"),
    R("tăng tối thiểu «5%", "năng suất lao động hàng năm tăng", ">=", 5, iid="econ.labour_productivity_growth"),
    R("thuộc nhóm «30 tỉnh", "Bến Tre thuộc nhóm tỉnh dẫn đầu trong xếp hạng về CNTT", "<=", 30, **RANK,
      iid="rank.ict_index"),
    R("phủ trên «80% hộ", "Hạ tầng mạng băng rộng cáp quang phủ hộ gia đình", ">", 80,
      iid="infra.fibre_household_coverage_share"),
    R("hộ gia đình, «100% xã", "Hạ tầng mạng băng rộng cáp quang phủ xã", ">=", 100, scope="xã",
      iid="infra.fibre_commune_coverage_share"),
    R("điện tử trên «50%", "tỷ lệ dân số có tài khoản thanh toán điện tử", ">", 50,
      iid="society.adult_e_payment_account_share"),
])

# --------------------------------------------------------------------------
# 02 Điện Biên, the provincial People's Committee's Kế hoạch cải cách hành
# chính 2021-2030 and its e-government targets for 2025 (tothethao.com, a copy
# of a news item; no date shown; the excerpt ends in "phát tri"). Targets of
# 2025 ("Mục tiêu đến năm 2025"), op >= (bare). Pillar: the lead-in "Một trong
# các nội dung cụ thể của kế hoạch là xây dựng và phát triển Chính quyền điện
# tử, Chính quyền số. Mục tiêu đến năm 2025, 80% ..." names chính quyền điện
# tử → digital_government for the 80% of its paragraph (spec's lead-in rule;
# "Chính quyền điện tử" → digital_government); the next paragraph names no
# pillar and stands under no heading → null (spec's decided case, set-wide
# practice). "100% đơn vị cấp tỉnh, 80% UBND cấp huyện thực hiện họp liên
# thông": one sentence splits its values by level → scopes cấp tỉnh / cấp
# huyện (spec); no id. "90% ... cấp tỉnh, 80% ... cấp huyện và 60% ... cấp
# xã": three records, scopes. "80% các hệ thống thông tin ... được kết nối,
# liên thông qua Trục liên thông văn bản quốc gia và nền tảng tích hợp, chia
# sẻ dữ liệu": data.lgsp_connected_systems_share (a judgement). Not
# quantities: "2021-2030", "năm 2025".
# --------------------------------------------------------------------------
D02 = dict(name="02_dienbien-cchc-chinh-quyen-so-2025", kind="target", year=2025, records=[
    R("năm 2025, «80% các hệ thống", "các hệ thống thông tin của tỉnh có liên quan đến người dân, doanh nghiệp đã đưa vào vận hành, khai thác được kết nối, liên thông qua Trục liên thông văn bản quốc gia và nền tảng tích hợp, chia sẻ dữ liệu",
      ">=", 80, pillar=GOV, iid="data.lgsp_connected_systems_share"),
    R("«100% chế độ báo cáo", "chế độ báo cáo, chỉ tiêu tổng hợp báo cáo định kỳ và báo cáo thống kê về kinh tế - xã hội được thực hiện trực tuyến và liên thông với hệ thống báo cáo quốc gia",
      ">=", 100, iid="egov.online_reporting_share"),
    R("UBND cấp huyện: «100% đơn vị", "đơn vị thực hiện họp liên thông qua Hệ thống thông tin phục vụ họp và xử lý công việc của Chính phủ",
      ">=", 100, scope="cấp tỉnh"),
    R("cấp tỉnh, «80% UBND", "UBND thực hiện họp liên thông qua Hệ thống thông tin phục vụ họp và xử lý công việc của Chính phủ",
      ">=", 80, scope="cấp huyện"),
    R("UBND. «90% hồ sơ", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 90, scope="cấp tỉnh",
      iid="egov.work_records_online_share"),
    R("cấp tỉnh, «80% hồ sơ", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 80, scope="cấp huyện",
      iid="egov.work_records_online_share"),
    R("và «60% hồ sơ", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 60, scope="cấp xã",
      iid="egov.work_records_online_share"),
    R("«50% hoạt động giám sát", "hoạt động giám sát, kiểm tra của các cơ quan quản lý Nhà nước có thể thực hiện được thông qua môi trường số và hệ thống thông tin của cơ quan quản lý",
      ">=", 50, iid="egov.digital_inspections_share"),
])

# --------------------------------------------------------------------------
# 03 An Giang, digital technology in the rice value chain (tothethao.com, a
# copy of a news item; no date shown; the image caption "Ảnh minh hoạ" cut;
# the excerpt ends in "Ngành hàng l"). The lead's two targets: "phấn đấu có từ
# 50 - 70% quy trình được tự động hóa qua ứng dụng thông minh, 70 - 80% diện
# tích lúa chất lượng cao được cấp mã số vùng trồng" → between (spec: "từ
# 15-20%"); no ids (the catalogue has no automated-process share and its
# traceability indicator counts products, not areas). Year null: the lead
# names none, and the đề án named later has two horizons ("đến năm 2025 và
# tầm nhìn đến năm 2030"); which one the lead's targets belong to is not said
# (a judgement). NOT: "trên 80% diện tích là đất nông nghiệp" and "65% lao
# động nông thôn có kinh nghiệm" describe the province (its land and labour),
# no target or result of the transformation (set-wide practice for a
# province's make-up). Not quantities: "hơn 200.000 ha đất trồng lúa" (the
# rice land kept: an extent, as set146/set148 decided for territories; a
# judgement), "năm 2025", "năm 2030". Pillar null (no heading).
# --------------------------------------------------------------------------
D03 = dict(name="03_angiang-lua-gao-so-hoa-2025", kind="target", year=None,
           NOT=["trên «80% diện tích", "«65% lao động"], records=[
    R("có từ «50 - 70% quy trình", "quy trình được tự động hóa qua ứng dụng thông minh trong chuỗi liên kết sản xuất lúa gạo",
      "between", 50, value_max=70),
    R("thông minh, «70 - 80% diện tích", "diện tích lúa chất lượng cao được cấp mã số vùng trồng", "between", 70,
      value_max=80),
])

# --------------------------------------------------------------------------
# 04 Kiên Giang, the construction sector's targets for smart and urban
# development in 2021-2025 (doanhnghiephoinhap.vn, no date shown; the photo
# caption "Khu đô thị Phú Cường góp phần thay đổi diện mạo thành phố Rạch Giá
# (Kiên Giang)", printed twice (once with a full stop), cut; the excerpt ends in
# "đẩy mạn"). Targets: "trong năm 2021 toàn tỉnh sẽ cố gắng đạt tỷ lệ đô thị
# hóa 32,19%" (>=, 2021: "đạt X" in a target), "đến năm 2025 đạt khoảng
# 41,45%" (~, 2025), "đến năm 2025, có 23 đô thị; trong đó, 2 đô thị loại I
# ..., 1 đô thị loại II" (counts, >=, 2025; each with its own subject, a
# breakdown by kind, scope null). No ids (the catalogue's city.* indicators
# count smart-city deployments, not towns). Pillar smart_city for all: the
# page title "Kiên Giang: Phát triển đô thị thông minh giai đoạn 2021-2025" is
# the heading of the whole excerpt (set69's judgement) and names the pillar;
# the heading decides even for the urbanisation rate (spec). Not quantities:
# "2021-2025" (twice), "2021 - 2025", "năm 2021" (twice; the second gives
# the 32,19% its year), "năm 2025" (the years of the other targets), "năm
# 2030", "loại I", "loại II" (names; no digit).
# --------------------------------------------------------------------------
D04 = dict(name="04_kiengiang-do-thi-thong-minh-2025", kind="target", year=2025, records=[
    R("đô thị hóa «32,19%", "tỷ lệ đô thị hóa", ">=", 32.19, year=2021, pillar=SMART),
    R("đạt khoảng «41,45%", "tỷ lệ đô thị hóa", "~", 41.45, pillar=SMART),
    R("có «23 đô thị", "đô thị", ">=", 23, **CNT, pillar=SMART),
    R("trong đó, «2 đô thị loại I", "đô thị loại I là Rạch Giá và Phú Quốc", ">=", 2, **CNT, pillar=SMART),
    R("Phú Quốc,«1 đô thị loại II", "đô thị loại II là Hà Tiên", ">=", 1, **CNT, pillar=SMART),
])

# --------------------------------------------------------------------------
# 05 An Giang, the provincial master plan 2021-2030 and its economic targets for
# 2030 (cafef.vn; the excerpt opens with the crawler's stamp " date 2024-02",
# kept as returned, as set146/set148/set149 did; it ends in "Về ba vùng
# kinh "). "Theo quy hoạch, mục tiêu đến năm 2030, ..." then "Cụ thể về mục
# tiêu kinh tế, ...": targets of 2030 (the stamp is the page's date). GRDP
# growth "bình quân 7%/năm" (bare → >=; an average over the plan period takes
# its last year, set148's judgement); the four sector shares "khoảng 20,0%",
# "khoảng 25,0%", "khoảng 50,0%", "khoảng 5,0%" (~; a breakdown by sector,
# scope null); "GRDP bình quân đầu người ... đạt trên 157 triệu đồng" (>, money
# 157e6 "đồng"); "kinh tế số đạt trên 20% GRDP" (>, econ.digital_economy_gdp_
# share). Other ids null (no catalogue indicator). Not quantities:
# "2021-2030", "năm 2050" (twice), "năm 2030", "3 vùng kinh tế - xã hội và 3
# hành lang kinh tế" (the plan's spatial layout, like a count of tasks; a
# judgement), "ba vùng" (a word). Pillar null: "mục tiêu kinh tế" is not
# kinh tế số, and no heading names a pillar.
# --------------------------------------------------------------------------
D05 = dict(name="05_angiang-quy-hoach-2030-kinh-te-so", kind="target", year=2030, records=[
    R("bình quân «7%/năm", "tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) bình quân", ">=", 7),
    R("thủy sản khoảng «20,0%", "Tỷ trọng trong GRDP của khu vực nông, lâm, thủy sản", "~", 20),
    R("xây dựng khoảng «25,0%", "Tỷ trọng trong GRDP của khu vực công nghiệp - xây dựng", "~", 25),
    R("dịch vụ khoảng «50,0%", "Tỷ trọng trong GRDP của khu vực dịch vụ", "~", 50),
    R("sản phẩm khoảng «5,0%", "Tỷ trọng trong GRDP của thuế sản phẩm trừ trợ cấp sản phẩm", "~", 5),
    R("đạt trên «157 triệu", "GRDP bình quân đầu người (giá hiện hành)", ">", 157e6, **DONG),
    R("kinh tế số đạt trên «20% GRDP", "kinh tế số GRDP", ">", 20, iid="econ.digital_economy_gdp_share"),
])

# --------------------------------------------------------------------------
# 06 A northern mountain province's planning report, the section on
# information and communications (123docz.net, an extract of a planning
# document; the excerpt names no province; the site's neighbouring extract of
# the same document, id 3949558, is Lai Châu's planning report, so the province
# is probably Lai Châu, not confirmed; nothing cut; the text keeps the PDF's
# broken letters "ƣ", "ơ" as returned; it opens with the cut heading "THÔNG"
# and ends in "tập trung, "). Targets under "2. Mục tiêu đến năm 2030 / -
# Bưu chính: (i) Đến năm 2025:" → year 2025, op >= (bare): "nền tảng mã địa
# chỉ gắn với bản đồ số (Vpostcode) đến 100% hộ gia đình"
# (platforms.digital_address_households_share), "100% xã có điểm phục vụ bƣu
# chính, có ngƣời phục vụ hoạt động kết nối Internet băng rộng"
# (infra.postal_points_communes_share; a judgement: the catalogue's wording
# without the Internet link), "Thiết lập 01 Trung tâm chia chọn (tự động) tập
# trung" (count >= 1: a facility to set up, not a task; a judgement; no id).
# Pillar null: the heading "Bưu chính" names no pillar and is none of the
# spec's listed topics; the text itself ties postal services both to
# infrastructure and to the digital economy (a judgement). Not quantities:
# "4.0" (a name), "1.", "2." (list numbers), "năm 2030".
# --------------------------------------------------------------------------
D06 = dict(name="06_tinh-mien-nui-quy-hoach-tttt-2025", kind="target", year=2025, records=[
    R("(Vpostcode) đến «100% hộ", "Khai thác và ứng dụng hiệu quả nền tảng mã địa chỉ gắn với bản đồ số (Vpostcode) đến hộ gia đình",
      ">=", 100, iid="platforms.digital_address_households_share"),
    R("«100% xã có điểm", "xã có điểm phục vụ bƣu chính, có ngƣời phục vụ hoạt động kết nối Internet băng rộng",
      ">=", 100, iid="infra.postal_points_communes_share"),
    R("Thiết lập «01 Trung tâm", "Thiết lập Trung tâm chia chọn (tự động) tập trung", ">=", 1, **CNT),
])

# --------------------------------------------------------------------------
# 07 Kiên Giang, the Đề án for the "thành phố thông minh" Phú Quốc 2016-2020
# (vietnamplus.vn; the photo caption "Đường trục chính Bắc-Nam đảo Phú Quốc
# được đầu tư xây dựng mới. (Ảnh: Lê Sen/TTXVN)", the excerpt's first line, cut
# with the blank line after it; no date shown; sentences joined without a
# space as returned, "chủ đầu tư.Sở"; the excerpt ends in "Phó Chủ tịch Ủy
# ban "). One quantity: "với tổng vốn thực hiện 67 tỷ đồng": the funding the
# approved đề án plans → target, bare → >=, money 67e9 "đồng", year 2020 (the
# end of the đề án's period, as set148 read a term's targets); no id (the
# funding of one project, not the province's spending on the transformation,
# as set146 read one wifi plan's funding). Not quantities: "2016-2020", "4G"
# (a name). Pillar null (no heading in the excerpt).
# --------------------------------------------------------------------------
D07 = dict(name="07_kiengiang-phu-quoc-thanh-pho-thong-minh", kind="target", year=2020, records=[
    R("thực hiện «67 tỷ đồng", "Đề án xây dựng \"thành phố thông minh\" Phú Quốc giai đoạn 2016-2020 với tổng vốn thực hiện",
      ">=", 67e9, **DONG),
])

# --------------------------------------------------------------------------
# 08 Thanh Hóa, Kế hoạch 281/KH-UBND of 10/12/2022 on digital transformation in
# 2023, its opening (hethongphapluat.com, a legal-information site; the site's
# name line "Hệ thống pháp luật" cut with the blank line after it; the excerpt
# ends in "- Chủ t"). A precision text with no quantity: counts of targets and
# tasks met ("đã hoàn thành 22/28 chỉ tiêu; còn lại 06/28 chỉ tiêu", "hoàn thành
# 22/22 nhiệm vụ trọng tâm": counts of targets met, as set13/set14 and set149
# decided), document numbers ("281/KH-UBND", "235/KH-UBND", "797/BTTTT-THH",
# "Kế hoạch 114/KH-UBND"), dates ("ngày 10 tháng 12 năm 2022", "05/11/2021",
# "06/3/2022", "25/4/2022"), years ("NĂM 2023", "NĂM 2022" (three times), "năm 2022"
# (four times besides the date)), appendix and section numbers ("Phụ lục 1", "Phụ lục 2", "1.", "2.",
# "1.1.").
# --------------------------------------------------------------------------
D08 = dict(name="08_thanhhoa-kh281-2023-precision", kind="result", year=2022, records=[])

# --------------------------------------------------------------------------
# 09 Đồng Tháp, Kế hoạch 99/KH-UBND of 16/03/2023 on digital transformation in
# 2023, its opening (thuvienphapluat.vn, a legal-information site; nothing
# cut; the table-cell bars "|" and the footnote marks "(1)"-"(4)" kept as
# returned; the excerpt ends in "thay đổi ản"). A precision text with no
# quantity: "đạt và vượt 13/15 chỉ tiêu Kế hoạch đề ra, trong đó có 06 chỉ
# tiêu vượt và 07 chỉ tiêu đạt" (counts of targets met), document numbers
# ("99/KH-UBND", "144/KH-UBND", "505/QĐ-TTg", "324/KH-UBND", "329/KH-UBND"),
# dates ("16 tháng 03 năm 2023", "ngày 10 tháng 10" twice), years ("NĂM 2023",
# "NĂM 2022", "NĂM 2022"), footnote marks and list numbers.
# --------------------------------------------------------------------------
D09 = dict(name="09_dongthap-kh99-2023-precision", kind="result", year=2022, records=[])

# --------------------------------------------------------------------------
# 10 Nghệ An, the health sector's smart-health project (lienhiepkhktnghean.org.vn,
# the provincial union of science associations; the byline "Thứ sáu -
# 04/07/2025 14:48130" (date, time and a view count run together) cut and its
# date written as the first line "date 2025-07-04"; the excerpt ends in "cải
# cách hành chính và than"). A precision text with no quantity: document numbers
# ("Quyết định số 06/QĐ-TTg", "1366/BYT-K2ĐT", "1463/BYT-K2ĐT", "833/KH-UBND",
# "135/KH-TCT", "749/QĐ-TTg"), dates ("12/03/2025", "14/03/2025",
# "31/10/2024", "28/02/2025"), "2022 – 2025", "năm 2030", the "2" of
# "K2ĐT" (twice, inside a document code), the date line.
# --------------------------------------------------------------------------
D10 = dict(name="10_nghean-y-te-thong-minh-precision", kind="result", year=2025, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
