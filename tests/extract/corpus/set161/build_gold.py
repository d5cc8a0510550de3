#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set161).

Copied from set159's builder (itself from set157's, set155's, set153's, set151's, set149's,
set147's, set69's, set47's, ... and the seeds'). Each record is written by hand below; its anchor
is never typed in. A record names a locator: a piece of the text with « just before the number.
The locator (without «) must occur exactly once in the text; the anchor is where « stands.
`start`/`end` (the clause that states the quantity) are computed as in the seeds' builder
(`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: targets met, a change against an earlier
value); check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (291
entries; see README). As in set10-set159, the id is given in the record itself (`iid=`).

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


# --------------------------------------------------------------------------
# 01 Lào Cai, the provincial Steering Committee's conference on the first six
# months of 2022 (laocai24h.com; a conference summary; cut: the photo caption
# "Quang cảnh hội nghị. |"; the first line, the chair's name and office ending in
# "chủ trì hội nghị.", is a sentence and was kept; no byline; the excerpt ends in
# "tỷ lệ doanh nghiệp sử"). Results of "6 tháng đầu năm 2022": year 2022 for all.
# Pillar null: no heading ("Về kết quả cụ thể" names no pillar). The counts of
# agencies that set up a steering committee (11) and built a plan (14), and the
# bracket's breakdown of the 14 ("5 ... kế hoạch năm 2022 và 9 ... giai đoạn 2022 –
# 2025"): four count records, each with its own subject (spec: a bracket that states
# a value; a breakdown by kind of thing), ids null. Three ranks "xếp thứ 35/63",
# "44/63", "19/63" (op "=", each its own subject; ids null: no catalogue rank of the
# national portal's synchronisation, online payment or e-certification). "tỷ lệ hồ sơ
# công việc tại cấp huyện ... đạt 87%": egov.work_records_online_share; the level is
# part of the subject (scope null). Not quantities: "6 tháng", "2022 – 2025", "năm
# 2022" (periods), "63" (the ranking's denominator).
# --------------------------------------------------------------------------
D01 = dict(name="01_laocai-bcd-so-ket-6-thang-2022", kind="result", year=2022, records=[
    R("có «11 cơ quan", "cơ quan, đơn vị thành lập ban chỉ đạo và tổ chuyển đổi số", "=", 11, **CNT),
    R("«14 cơ quan", "cơ quan, đơn vị đã xây dựng kế hoạch chuyển đổi số", "=", 14, **CNT),
    R("có «5 cơ quan", "cơ quan, đơn vị xây dựng kế hoạch năm 2022", "=", 5, **CNT),
    R("và «9 đơn vị", "đơn vị xây dựng kế hoạch chuyển đổi số giai đoạn 2022 – 2025", "=", 9, **CNT),
    R("Xếp thứ «35/63", "Xếp thứ tỉnh, thành phố về đồng bộ hồ sơ giải quyết thủ tục hành chính với Cổng Dịch vụ công quốc gia",
      "=", 35, **RANK),
    R("xếp thứ «44/63", "thanh toán trực tuyến, thanh toán thuế đất xếp thứ tỉnh, thành phố", "=", 44, **RANK),
    R("xếp thứ «19/63", "tỷ lệ thực hiện chứng thực điện tử xếp thứ tỉnh, thành phố", "=", 19, **RANK),
    R("đạt «87%", "tỷ lệ hồ sơ công việc tại cấp huyện được xử lý trên môi trường mạng", "=", 87,
      iid="egov.work_records_online_share"),
])

# --------------------------------------------------------------------------
# 02 Ninh Thuận, the provincial Steering Committee's meeting on the results of 2023
# (vietnam.vn/ninhthuan; a conference summary chaired by the Party Secretary; no
# cut; no byline; the excerpt ends in "Hệ sinh th"). Year 2023 ("Trong năm 2023").
# One record: "100% xã, phường, thị trấn và thôn/khu phố thành lập Tổ công nghệ số
# cộng đồng" (one value for communes and villages, scope null;
# aware.community_digital_teams_share). NOT: "13/19 chỉ tiêu đạt và vượt kế hoạch"
# (a count of targets met, as earlier sets left out "15/15 chỉ tiêu"). Not
# quantities: "Ngày 21/2", "năm 2023", "năm 2024".
# --------------------------------------------------------------------------
D02 = dict(name="02_ninhthuan-bcd-ket-qua-2023", kind="result", year=2023, records=[
    R("«100% xã, phường, thị trấn và thôn/khu phố",
      "xã, phường, thị trấn và thôn/khu phố thành lập Tổ công nghệ số cộng đồng", "=", 100,
      iid="aware.community_digital_teams_share"),
])

# --------------------------------------------------------------------------
# 03 Ninh Thuận, the provincial digital-transformation Executive Board's meeting on
# DTI 2021 (vietnamhoinhap.vn; the date line "24/09/2023 lúc 10:27 (GMT+7)" is cut
# and written as the first line "date 2023-09-24"; cut: the widget line "Breaking
# News" and the photo caption "Ninh Thuận có giá trị DTI đạt 0,3048 - tăng trưởng
# 44,6% so với năm 2020 - ảnh minh Họa"; the page's title keeps its figure; the
# excerpt ends in "Quang cảnh cu"). The DTI value 0,3048 stands three times (title,
# lead, body) and the rank 53/63 twice: five records, each statement its own (as
# earlier sets record a title's figure). Year 2021 on all five: the title names no
# year but the text says "Chỉ số đánh giá DTI năm 2021" (the byline's 2023 is the
# page's date, not the index's). The value is an index value: unit other, unit_text
# null (no "điểm" written; spec). NOT: "tăng trưởng 44,6% so với năm 2020" three
# times (a change against an earlier value). Not quantities: "tăng 10 bậc so với
# năm 2020" twice (a change), "ngày 7/9", "năm 2022".
# --------------------------------------------------------------------------
D03 = dict(name="03_ninhthuan-ban-dieu-hanh-dti-2021", kind="result", year=2021,
           NOT=["0,3048 - tăng trưởng «44,6% so với năm 2020\n\nChỉ",
                "0,3048 - tăng trưởng «44,6% so với năm 2020; xếp hạng 53/63 tỉnh, thành phố, tăng 10 bậc so với năm 2020.\n\nTại",
                "0,3048 - tăng trưởng «44,6% so với năm 2020; xếp hạng 53/63 tỉnh, thành phố, tăng 10 bậc so với năm 2020. Báo"],
           records=[
    R("Ninh Thuận: Giá trị DTI đạt «0,3048", "Giá trị DTI", "=", 0.3048, unit="other",
      iid="dti.provincial_score"),
    R("tại Ninh Thuận có giá trị DTI đạt «0,3048", "Chỉ số đánh giá DTI năm 2021 của cấp tỉnh tại Ninh Thuận có giá trị DTI",
      "=", 0.3048, unit="other", iid="dti.provincial_score"),
    R("xếp hạng «53/63 tỉnh, thành phố, tăng 10 bậc so với năm 2020.\n\nTại", "xếp hạng tỉnh, thành phố",
      "=", 53, **RANK, iid="dti.provincial_rank"),
    R("tỉnh Ninh Thuận có giá trị DTI đạt «0,3048", "tỉnh Ninh Thuận có giá trị DTI", "=", 0.3048, unit="other",
      iid="dti.provincial_score"),
    R("xếp hạng «53/63 tỉnh, thành phố, tăng 10 bậc so với năm 2020. Báo", "xếp hạng tỉnh, thành phố",
      "=", 53, **RANK, iid="dti.provincial_rank"),
])

# --------------------------------------------------------------------------
# 04 Điện Biên, the National Committee on Digital Transformation's third session
# followed at the provincial bridge (chuyendoiso.dienbien.gov.vn; a conference
# summary; cut: the photo caption "Thủ tướng Chính phủ phát biểu chỉ đạo hội nghị";
# no byline; the excerpt ends in "Tỉnh Điện Biê"). The Ministry's report on "6 tháng
# đầu năm 2022": national results, year 2022 for all, no `place` (the values are the
# country's; the field is optional). "Ban Chỉ đạo chuyển đổi số của 22 bộ, ngành và
# 63 địa phương được thành lập": two counts, each with its own subject (ids null).
# "đã có 41/63 tỉnh, thành phố triển khai 36.300 tổ công nghệ số cộng đồng ... với
# gần 200.000 thành viên": three counts; 41 (provinces with teams, id null), 36.300
# (aware.community_digital_teams_count), "gần 200.000" op "~"
# (aware.community_digital_team_members_count). Not quantities: "5 năm" (a plan's
# period), "3 trụ cột" (the index's parts), "DTI năm 2021", "6 tháng".
# --------------------------------------------------------------------------
D04 = dict(name="04_dienbien-uy-ban-quoc-gia-phien-3-2022", kind="result", year=2022, records=[
    R("của «22 bộ, ngành", "bộ, ngành có Ban Chỉ đạo chuyển đổi số được thành lập và đi vào hoạt động", "=", 22, **CNT),
    R("và «63 địa phương được thành lập", "địa phương có Ban Chỉ đạo chuyển đổi số được thành lập và đi vào hoạt động",
      "=", 63, **CNT),
    R("đã có «41/63 tỉnh", "tỉnh, thành phố triển khai tổ công nghệ số cộng đồng", "=", 41, **CNT),
    R("triển khai «36.300 tổ", "tổ công nghệ số cộng đồng đến tận thôn, xóm", "=", 36300, **CNT,
      iid="aware.community_digital_teams_count"),
    R("gần «200.000 thành viên", "thành viên tham gia tổ công nghệ số cộng đồng", "~", 200000, **CNT,
      iid="aware.community_digital_team_members_count"),
])

# --------------------------------------------------------------------------
# 05 Hà Nam, the National Committee's thematic session on the digital economy
# followed at the provincial bridge (hanam.gov.vn; a conference summary; cut: the
# photo caption "Đại biểu dự hội nghị tại điểm cầu Hà Nam" with the two blank lines
# before it; no byline; the excerpt ends in "trong một số ngành, "). The report's
# national figures of 2022 ("năm 2022"): year 2022 for all seven, no `place`.
# Pillar null (no heading; the page's title, which names the digital economy, is
# outside the excerpt). "14,26%" (econ.digital_economy_gdp_share); "9,02% GDP" (the
# ICT digital economy's share) and "5,24%" (ICT's spill-over into other sectors), ids
# null; the four sectors' shares of the sectoral digital economy, each "chiếm
# khoảng" / "khoảng": op "~", ids null (econ.digital_economy_sector_share is the
# digital share inside a sector, not a sector's share of it). Not a quantity: "cao
# hơn 1,7 lần so với tốc độ tăng trưởng GDP 2022" (a comparison with another value).
# --------------------------------------------------------------------------
D05 = dict(name="05_hanam-phien-chuyen-de-kinh-te-so-2022", kind="result", year=2022, records=[
    R("là «14,26%", "tỷ trọng giá trị tăng thêm của kinh tế số trên GDP", "=", 14.26,
      iid="econ.digital_economy_gdp_share"),
    R("đóng góp «9,02% GDP", "kinh tế số ICT tỷ trọng đóng góp GDP", "=", 9.02),
    R("là «5,24%", "tác động lan tỏa của ICT đóng góp vào các ngành, các lĩnh vực khác", "=", 5.24),
    R("chiếm khoảng «28%", "Hoạt động chuyên môn, khoa học và công nghệ chiếm kinh tế số ngành, lĩnh vực", "~", 28),
    R("chiếm khoảng «20,5%", "hoạt động của Đảng, tổ chức chính trị xã hội, quản lý nhà nước, an ninh quốc phòng, đảm bảo xã hội bắt buộc chiếm",
      "~", 20.5),
    R("chiếm khoảng «19%", "Giáo dục và Đào tạo chiếm", "~", 19),
    R("(khoảng «17%", "bán buôn, bán lẻ", "~", 17),
])

# --------------------------------------------------------------------------
# 06 Thái Nguyên, one year of its resolution on digital transformation
# (ictvietnam.vn's print page of a multimedia story; the byline "Multimedia - Ngày
# đăng : 16:27, 08/03/2022" is cut and written as the first line "date 2022-03-08";
# the title kept; the excerpt ends in "Bộ Thô"). Ranks: "năm 2020 ... đứng thứ 44/63
# trên bảng xếp hạng Vietnam ICT Index" (year 2020, rank.ict_index); "năm 2021 ...
# xếp thứ 12/64 tỉnh thành ... về chuyển đổi số" (year 2021, dti.provincial_rank);
# "chỉ số về chính quyền số xếp thứ 3 toàn quốc" (2021, dti.digital_government_rank).
# "thuộc nhóm 7 địa phương xếp loại A ..., nhóm dẫn đầu cả nước": rank, op "<=" 7
# (spec: a leading group), id null (a readiness rating for network security, not the
# DTI pillar). "Toàn tỉnh đã cung cấp 100% thủ tục hành chính cấp độ 4":
# egov.full_online_services_share (level 4 is the former name of "toàn trình").
# Year of the last two: 2021, a judgement: they stand in the story's review of the
# resolution's first year ("Sau 1 năm thực hiện", the year 2021), not the byline's
# 2022. Not quantities: "2020 – 2025", "31/12/2020", "1 năm" twice, "cấp độ 4",
# "5G" (names), "64" and "63" (denominators).
# --------------------------------------------------------------------------
D06 = dict(name="06_thainguyen-so-ket-mot-nam-nghi-quyet", kind="result", year=2021, records=[
    R("đứng thứ «44/63", "tỉnh này đứng thứ trên bảng xếp hạng Vietnam ICT Index", "=", 44, **RANK, year=2020,
      iid="rank.ict_index"),
    R("xếp thứ «12/64", "Thái Nguyên đã xếp thứ tỉnh thành trên cả nước về chuyển đổi số", "=", 12, **RANK,
      iid="dti.provincial_rank"),
    R("xếp thứ «3 toàn quốc", "chỉ số về chính quyền số xếp thứ toàn quốc", "=", 3, **RANK,
      iid="dti.digital_government_rank"),
    R("nhóm «7 địa phương", "Mức độ sẵn sàng bảo đảm an toàn thông tin mạng của tỉnh Thái Nguyên thuộc nhóm địa phương xếp loại A",
      "<=", 7, **RANK),
    R("cung cấp «100% thủ tục", "thủ tục hành chính cấp độ 4 trên cổng dịch vụ công của tỉnh", "=", 100,
      iid="egov.full_online_services_share"),
])

# --------------------------------------------------------------------------
# 07 Thái Bình, digital signatures in the agencies' electronic documents
# (baothaibinh.com.vn; the byline "Thứ 2, 30/11/2020 | 17:09:57" is cut and written
# as the first line "date 2020-11-30"; cut: the site's clock line "Thứ 5, 30/03/2023,
# 08:54[GMT+7]" and the widget line "31,092 lượt xem", and the photo caption "100%
# UBND các huyện, thành phố đã thực hiện thực hiện ký số tổ chức của cơ quan.", each
# with its blank line; the title kept; the excerpt ends in "Sở Thông tin và Truyền
# thông"). Year 2020 (byline; "Đến thời điểm này", "hiện có"). "100% sở, ngành thuộc
# tỉnh và UBND các huyện, thành phố đã thực hiện ký số tổ chức": one record, one value
# for both (scope null), id null (organisational signing, not officials' certificates).
# "13/19 cơ quan cấp tỉnh" and "3/8 UBND cấp huyện" whose leaders sign personally:
# counts 13 and 3 (the denominators name the totals), two sentences, the level part
# of each subject (scope null), ids null.
# --------------------------------------------------------------------------
D07 = dict(name="07_thaibinh-ky-so-co-quan-2020", kind="result", year=2020, records=[
    R("có «100% sở, ngành", "sở, ngành thuộc tỉnh và UBND các huyện, thành phố đã thực hiện ký số tổ chức của cơ quan",
      "=", 100),
    R("có «13/19 cơ quan", "cơ quan cấp tỉnh có các đồng chí lãnh đạo đã thực hiện việc ký số", "=", 13, **CNT),
    R("«3/8 UBND", "UBND cấp huyện có các đồng chí lãnh đạo đã thực hiện", "=", 3, **CNT),
])

# --------------------------------------------------------------------------
# 08 A National Assembly deputy's question to the Minister of Information and
# Communications on e-government (noidung.quochoi.vn; a question-and-answer page;
# the date line "18/07/2020" is cut and written as the first line "date 2020-07-18";
# cut: the line of one space and the photo caption "Chính phủ điện tử: Công khai,
# minh bạch hoạt động của các cơ quan nhà nước.", with their blank lines; the title
# kept; the bullet list of the six services kept; the excerpt ends in "bản sao điện
# tử "). National results of July 2020: year 2020. "công bố 6 dịch công được cung
# cấp" and "6 dịch vụ công trực tuyến vừa được cung cấp ... gồm:": two counts, each
# statement its own (ids null: a batch announced, not the number provided). "nâng
# tổng số dịch vụ công trực tuyến lên 725 dịch vụ": a count (egov.online_services_count).
# Not quantities: "thêm 6 dịch vụ công" (the batch as an increment of the total, a
# change; a judgement), "mức độ 4" (a name), "7/2020" (a date).
# --------------------------------------------------------------------------
D08 = dict(name="08_quochoi-chat-van-chinh-phu-dien-tu-2020", kind="result", year=2020, records=[
    R("công bố «6 dịch công", "dịch công được cung cấp trên Cổng dịch vụ công quốc gia", "=", 6, **CNT),
    R("Theo đó, «6 dịch vụ công", "dịch vụ công trực tuyến vừa được cung cấp trên Cổng Dịch vụ công quốc gia", "=", 6, **CNT),
    R("lên «725 dịch vụ", "tổng số dịch vụ công trực tuyến", "=", 725, **CNT, iid="egov.online_services_count"),
])

# --------------------------------------------------------------------------
# 09 Long Điền commune and Bà Rịa ward (Hồ Chí Minh City since the 2025 merger),
# the survey of the city's National Assembly delegation (sggp.org.vn; the crawler's
# stamp " date 2025-09-09" kept on the first line as returned; cut: the photo
# captions "Đoàn công tác khảo sát thực tế tại Trung tâm phục vụ hành chính công
# phường Bà Rịa" and "Phó Trưởng Đoàn ĐBQH TPHCM Huỳnh Thị Phúc phát biểu tại buổi
# khảo sát", each with its blank line; the excerpt ends in "trong đó trên 9"). Year
# 2025. Each value carries `place` ("Long Điền" 4, "Bà Rịa" 2); scope null. Long
# Điền: "363 thủ tục" listed publicly (count, id null), "99 dịch vụ công trực tuyến
# toàn trình" (egov.full_online_services_count), "trên 81%" of applications online
# (">", egov.online_applications_share), "23 tổ công nghệ số cộng đồng"
# (aware.community_digital_teams_count). Bà Rịa: "15 quầy giao dịch" (count, id
# null), "hơn 2.800 hồ sơ" received in two months (">", egov.applications_received_count).
# Not quantities: "tại 23 ấp" (where the teams stand, one each; the count is the
# teams'), "trên 9" (cut off by the excerpt), "9-9" (a date), "Đề án 06" (a name).
# --------------------------------------------------------------------------
D09 = dict(name="09_baria-longdien-khao-sat-doan-dbqh-2025", kind="result", year=2025, records=[
    R("công khai «363 thủ tục", "Trung tâm Phục vụ hành chính công xã Long Điền niêm yết công khai thủ tục", "=", 363,
      **CNT, place="Long Điền"),
    R("có «99 dịch vụ", "dịch vụ công trực tuyến toàn trình", "=", 99, **CNT, place="Long Điền",
      iid="egov.full_online_services_count"),
    R("trên «81%", "Tỷ lệ hồ sơ trực tuyến", ">", 81, place="Long Điền", iid="egov.online_applications_share"),
    R("lập «23 tổ", "tổ công nghệ số cộng đồng", "=", 23, **CNT, place="Long Điền",
      iid="aware.community_digital_teams_count"),
    R("có «15 quầy", "Trung tâm Phục vụ hành chính công phường Bà Rịa quầy giao dịch", "=", 15, **CNT, place="Bà Rịa"),
    R("hơn «2.800 hồ sơ", "hồ sơ tiếp nhận chỉ trong hai tháng đầu hoạt động", ">", 2800, **CNT, place="Bà Rịa",
      iid="egov.applications_received_count"),
])

# --------------------------------------------------------------------------
# 10 Vĩnh Phúc, an interview with the Director of the Department of Information and
# Communications (vanhoavaphattrien.vn; no cut; no byline; the excerpt ends in "Ban
# Cán sự đả"). A precision text: the answer states no quantity. Not quantities: "1
# trong 6 nhiệm vụ trọng tâm" and "1 trong 3 khâu đột phá" (counts of tasks and
# breakthroughs; the "1 trong" is not a rank), "2021-2025", "2021-2026", "2021 -
# 2025" (periods), "XIII", "XVII" (names), "Kỳ họp thứ 2" (a session's number),
# "39/NQ-HĐND ngày 03/8/2021" (a document).
# --------------------------------------------------------------------------
D10 = dict(name="10_vinhphuc-phong-van-giam-doc-so-precision", kind="result", year=None, records=[])

# --------------------------------------------------------------------------
# 11 Thanh Hóa, the opening speech at the central region's conference on IT products
# for digital government (vietnamnet.vn; the crawler's stamp " date 2023-10" kept on
# the first line as returned; cut: the photo caption "Hội thảo kết nối cung cầu về sản
# phẩm, dịch vụ CNTT phục vụ phát triển Chính phủ số, kinh tế số, xã hội số khu vực
# miền Trung." with its blank line; the excerpt ends in "giải pháp, công"). A
# precision text: the speaker's figures describe the province, not any
# digital-transformation indicator. Not quantities: "112 km đường biên giới", "102
# km đường biển", "gần 11.000 km2", "khoảng 3,7 triệu người", "2,6 triệu người ở độ
# tuổi lao động", "27 đơn vị hành chính cấp huyện", "559 đơn vị hành chính cấp xã".
# --------------------------------------------------------------------------
D11 = dict(name="11_thanhhoa-hoi-thao-mien-trung-precision", kind="result", year=2023, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
