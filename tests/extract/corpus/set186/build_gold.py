#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set186).

Copied from set184's builder (itself from set175's, set173's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry. No text of this set needs one: every percentage in it is a
record.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set184, the id is given in the record itself (`iid=`).

Pillar: no text of this set has a heading or a lead-in naming a pillar of the spec's list (the
titles name commune radio, the press, Zalo, fanpages and the mass organisations' digital
transformation, none of them a pillar's topic in the spec's table), so every record has pillar
null (set184's 06-09 likewise).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, CNT  # noqa: E402

DONG = dict(unit="other", unit_text="đồng")
SMART_RADIO = "infra.smart_radio_communes_share"
FEEDBACK = "egov.feedback_handled_share"

# --------------------------------------------------------------------------
# 01 Bà Rịa - Vũng Tàu, the provincial plan for grassroots information 2022-2025
# (baobariavungtau.com.vn; cut: the byline date "Thứ Tư, 14/09/2022, 18:45 [GMT+7]" (written as
# the first line `date 2022-09-14`), the widget "In bài này", the lone "." lines (two), the
# author's byline "SONG THƯ" and the lone ";" line, with the blank lines that went with them).
# Targets for 2025 ("đến năm 2025", twice). The title's "Đến năm 2025, 100% đài truyền thanh cấp xã
# ứng dụng công nghệ thông tin - viễn thông" is a record of its own (set151's rule for a value
# restated in a title; set184's 08), id infra.smart_radio_communes_share (the share of commune
# stations using IT and telecoms: one station a commune; a judgement). The body's five 100%
# targets: the departments of the province and districts supplying essential information on the
# province's source-information system (one value for both levels: scope null, spec), the
# essential information disseminated, the directives and reports handled on the system, the
# citizens' feedback received and handled on the system (egov.feedback_handled_share: the same
# measure), and the commune FM stations converted to IT-telecom radio (null: a share of the
# existing FM stations converted, not of all communes; a judgement). Not quantities: "13/9" (a
# date), "2022-2025" (the period), "3 nhiệm vụ trọng tâm" (a count of tasks, spec).
# --------------------------------------------------------------------------
D01 = dict(name="01_bariavungtau-thong-tin-co-so-2022", kind="target", year=2025, records=[
    R("Đến năm 2025, «100% đài", "đài truyền thanh cấp xã ứng dụng công nghệ thông tin - viễn thông", ">=", 100,
      iid=SMART_RADIO),
    R("tỉnh phấn đấu «100% các sở", "các sở, ngành cấp tỉnh và cấp huyện cung cấp thông tin thiết yếu thuộc lĩnh vực "
      "quản lý trên hệ thống thông tin nguồn tỉnh", ">=", 100),
    R("; «100% thông tin thiết yếu", "thông tin thiết yếu phổ biến đến người dân trên hệ thống thông tin nguồn trung ương "
      "và hệ thống thông tin nguồn tỉnh", ">=", 100),
    R("; «100% văn bản chỉ đạo", "văn bản chỉ đạo, hướng dẫn của cơ quan quản lý cấp trên và báo cáo, thống kê từ cơ sở "
      "về hoạt động thông tin cơ sở được thực hiện trên hệ thống thông tin nguồn", ">=", 100),
    R("năm 2025, «100% ý kiến", "ý kiến phản ánh của người dân về hiệu quả thực thi chính sách, pháp luật ở cơ sở được "
      "tiếp nhận, xử lý trên hệ thống thông tin nguồn", ">=", 100, iid=FEEDBACK),
    R("; «100% đài truyền thanh cấp xã có dây", "đài truyền thanh cấp xã có dây/không dây FM chuyển đổi sang truyền "
      "thanh ứng dụng công nghệ thông tin - viễn thông", ">=", 100),
])

# --------------------------------------------------------------------------
# 02 Lào Cai, the 2024 action plan for the grassroots-information strategy (tincongnghe.net, a
# republication of the provincial radio and television's page; cut: the image's file name "lao cai
# 1.jpg", the source line "Theo Mai Huệ (Đài Phát Thanh -Truyền hình Lào Cai)", and the page's
# repeats below it: the title and lead without diacritics ("Lao Cai trien khai ...", "UBND tinh
# Lao Cai vua ban hanh ..."), the title again and the lead again, cut off ("... Kế hoạch Hành động
# năm 2"); with the blank lines that went with them). No byline, no stamp: targets of 2024, the
# action plan's year ("Kế hoạch Hành động năm 2024"; "trong năm 2024 sẽ có 23 xã"). The line under
# the image, "Kế hoạch đặt ra mục tiêu 100% xã, ... khu dân cư." repeats the first target as a
# caption: kept (set184 kept a caption that states a figure) and recorded again (a value restated
# gets a record at each place, set173's rule). Records: 100% of communes with a radio system
# reaching villages (twice), the conversion rate of FM commune stations 40% (null: a conversion
# share, as 01's last), communes with a website 85% (null: commune level only, not the catalogue's
# share of administrative agencies with a portal; a judgement), wards and towns with a public
# electronic notice board 30% (bare number in a target: >=, spec), and "23 xã được đầu tư truyền
# thanh ứng dụng công nghệ thông tin – viễn thông" in 2024 (>=, count; null: the year's additions,
# not the catalogue's stock of communes with smart radio). Not quantities: "2021 - 2025" (the
# period), "năm 2024" (the year).
# --------------------------------------------------------------------------
RADIO = "xã, phường, thị trấn có hệ thống truyền thanh hoạt động đến thôn, bản, tổ dân phố, khu dân cư"
D02 = dict(name="02_laocai-thong-tin-co-so-2024", kind="target", year=2024, records=[
    R("Kế hoạch đặt ra mục tiêu «100% xã, phường, thị trấn có hệ thống truyền thanh hoạt động đến thôn, bản, tổ dân "
      "phố, khu dân cư;", RADIO, ">=", 100),
    R("viễn thông đạt «40%", "tỷ lệ chuyển đổi Đài truyền thanh có dây/không dây FM sang truyền thanh ứng dụng công nghệ "
      "thông tin viễn thông", ">=", 40),
    R("trang thông tin điện tử đạt «85%", "tỷ lệ xã, phường, thị trấn có trang thông tin điện tử", ">=", 85),
    R("công cộng «30%", "tỷ lệ phường, thị trấn có bảng tin điện tử công cộng", ">=", 30),
    R("Kế hoạch đặt ra mục tiêu «100% xã, phường, thị trấn có hệ thống truyền thanh hoạt động đến thôn, bản, tổ dân "
      "phố, khu dân cư.", RADIO, ">=", 100),
    R("sẽ có «23 xã", "xã được đầu tư truyền thanh ứng dụng công nghệ thông tin – viễn thông", ">=", 23, **CNT),
])

# --------------------------------------------------------------------------
# 03 Quảng Nam, 23 commune radio stations to be upgraded in 2025 (baoquangnam.vn; the crawler's
# stamp " date 2025-05" written as the first line, "Xã hội Quảng Nam nâng cấp, ..." (section
# label, title and lead on one line, kept whole) following on the second; cut: the photo caption
# "Cán bộ kỹ thuật lắp đặt thiết bị loa truyền thanh thông minh IP ... Ảnh: THÚY TÔ" with the
# blank line after it; the excerpt ends in "cơ " with its trailing space). Targets of 2025: the
# council agreed to a plan to upgrade and extend 23 stations with an estimated budget (a plan's
# coverage and cost are targets, set184's 01). Records: the title's 23 stations, the lead's 23
# stations and "hơn 5,5 tỷ đồng", the proposal's 23 stations, the council's 23 stations and its
# "hơn 5,5 tỷ đồng" (a value restated gets a record at each place; bare count in a target: >=;
# "hơn": >). Ids null (stations upgraded in a year, not the catalogue's communes with smart radio;
# a project's budget, not DT funding). Not quantities: "6 huyện, thành phố" (the districts the plan
# covers, its scope, as set184's "13 thôn"), "Tiểu dự án 1" (a name).
# --------------------------------------------------------------------------
UPGRADE = "đài truyền thanh ứng dụng công nghệ thông tin nâng cấp, mở rộng"
D03 = dict(name="03_quangnam-23-dai-truyen-thanh-2025", kind="target", year=2025, records=[
    R("mở rộng «23 đài truyền thanh ứng dụng công nghệ thông tin năm", UPGRADE, ">=", 23, **CNT),
    R("mở rộng «23 đài truyền thanh ứng dụng công nghệ thông tin với", UPGRADE, ">=", 23, **CNT),
    R("kinh phí dự kiến hơn «5,5 tỷ", "kinh phí dự kiến nâng cấp, mở rộng 23 đài truyền thanh ứng dụng công nghệ thông "
      "tin", ">", 5.5e9, **DONG),
    R("đề xuất việc nâng cấp, mở rộng «23 đài", "đài truyền thanh ứng dụng công nghệ thông tin - viễn thông UBND tỉnh đề "
      "xuất nâng cấp, mở rộng", ">=", 23, **CNT),
    R("HĐND tỉnh thống nhất nâng cấp, mở rộng «23 đài", "đài truyền thanh ứng dụng công nghệ thông tin - viễn thông HĐND "
      "tỉnh thống nhất nâng cấp, mở rộng", ">=", 23, **CNT),
    R("thực hiện hơn «5,5 tỷ", "tổng kinh phí dự kiến thực hiện nâng cấp, mở rộng 23 đài truyền thanh", ">", 5.5e9,
      **DONG),
])

# --------------------------------------------------------------------------
# 04 Tuyên Quang, the provincial paper's fanpage (hamyen.org.vn, a district portal republishing
# Báo Tuyên Quang; cut: the photo caption "Phiên khai mạc kỳ họp thứ năm, HĐND tỉnh khóa XIX được
# Fanpage Báo Tuyên Quang online truyền hình trực tiếp." with the blank line after it; no byline,
# no stamp; the excerpt ends in "Fanpage Báo Tu"; "hông qua" (sic) opens a paragraph as the page
# has it). Results, year null: the excerpt names no year ("trong thời gian qua"; set184's 06).
# Records: "hơn 22.000 người thích và hơn 55.000 người theo dõi" (>, two counts, each its own
# subject). Ids null. Not quantities: "kỳ họp thứ năm", "khóa XIX" (words and numerals in names).
# --------------------------------------------------------------------------
D04 = dict(name="04_tuyenquang-fanpage-bao-tuyen-quang", kind="result", year=None, records=[
    R("với hơn «22.000", "người thích Fanpage Báo Tuyên Quang online", ">", 22000, **CNT),
    R("và hơn «55.000", "người theo dõi Fanpage Báo Tuyên Quang online", ">", 55000, **CNT),
])

# --------------------------------------------------------------------------
# 05 The whole country, official Zalo accounts of state agencies and public-service units at the
# end of 2024 (ictvietnam.vn; nothing cut; no byline, no stamp; the excerpt ends in "Thông tin
# Chính phủ"). Results of 2024 ("Tính đến hết năm 2024"). The title's "hơn 17.000 tài khoản" (>, a
# record of its own, set151's rule), the lead's "tổng cộng 17.273 tài khoản ... phủ khắp 63 tỉnh
# thành" (=, two counts: the accounts and the provinces they cover, a coverage reached, as 09's
# "63/63"; a judgement), "Thời điểm năm 2018, ... chỉ dừng lại ở con số 74" (=, a value of 2018
# stated for itself, not a change: year 2018, set184's 08 bracket), "tổng số Zalo OA đã đạt 17.273"
# (=, 2024, restated). Ids null (no catalogue indicator counts official chat accounts). Not
# quantities: "3/6/2020" (a date), "749/QĐ-TTg" (a document), "năm 2025", "năm 2030" (years in the
# programme's name and a sentence), "Sau 6 năm" (a duration).
# --------------------------------------------------------------------------
D05 = dict(name="05_toanquoc-zalo-oa-co-quan-nha-nuoc-2024", kind="result", year=2024, records=[
    R("Zalo đã có hơn «17.000", "tài khoản chính thức của cơ quan nhà nước, đơn vị tiện ích trên Zalo", ">", 17000,
      **CNT),
    R("tổng cộng «17.273", "tài khoản chính thức của các cơ quan nhà nước và đơn vị tiện ích đã được thiết lập và định "
      "danh trên nền tảng Zalo", "=", 17273, **CNT),
    R("phủ khắp «63 tỉnh", "tỉnh thành có tài khoản chính thức của cơ quan nhà nước và đơn vị tiện ích trên nền tảng "
      "Zalo", "=", 63, **CNT),
    R("con số «74", "kênh Zalo OA của các đơn vị nhà nước và khối tiện ích", "=", 74, **CNT, year=2018),
    R("đã đạt «17.273", "Zalo OA của các đơn vị nhà nước và khối tiện ích", "=", 17273, **CNT),
])

# --------------------------------------------------------------------------
# 06 Đà Nẵng (merged, July 2025), wards' and communes' fanpages in the first days of two-level
# local government (baodanang.vn; the crawler's stamp " date 2025-07" written as the first line,
# "Chính quyền - đoàn thể Cầu nối ..." (section label, title and lead on one line, kept whole)
# following on the second; cut: the photo caption "Phường Bàn Thạch đưa hoạt động lên fanpage kịp
# thời để người dân nắm thông tin. Ảnh: CHÂU NỮ" with the blank line after it; the excerpt ends in
# "Bàn " with its trailing space). A precision text: the pages are set up, no figure reached or
# planned. Not quantities: "2 cấp" (the name of the two-level model), "2/7", "30/6" (dates), "số
# 68 Hùng Vương" (an address).
# --------------------------------------------------------------------------
D06 = dict(name="06_danang-fanpage-xa-phuong-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 07 Tuyên Quang, the Women's Union's digital-transformation targets to 2025 (chiemhoa.gov.vn, a
# district portal; nothing cut; no byline, no stamp; the excerpt ends in "đồng "). Targets of
# 2025 ("từ nay đến năm 2025, trong đó phấn đấu: ..."). Records: "80% văn bản của Hội LHPN tỉnh
# được thực hiện dưới dạng điện tử, được ký số bởi chữ ký số chuyên dùng"
# (egov.electronic_documents_share: documents electronic and digitally signed, here a
# mass organisation's; a judgement), "100% chế độ báo cáo ... trên hệ thống dùng chung"
# (egov.online_reporting_share; a judgement), "100% cán bộ Hội chuyên trách các cấp được tập huấn,
# bồi dưỡng, phổ cập kỹ năng số cơ bản" (hr.civil_servants_basic_digital_skills_share: the union's
# full-time officials trained in basic digital skills; a judgement), "trên 80% chi hội ứng dụng
# công nghệ thông tin, mạng xã hội" (>, null). Not quantities: "4.0" (a name), "4 khâu đột phá" (a
# count of breakthroughs, as a count of tasks, spec), "lần thứ XVI".
# --------------------------------------------------------------------------
D07 = dict(name="07_tuyenquang-hoi-phu-nu-muc-tieu-2025", kind="target", year=2025, records=[
    R("phấn đấu: «80% văn bản", "văn bản của Hội LHPN tỉnh được thực hiện dưới dạng điện tử, được ký số bởi chữ ký số "
      "chuyên dùng", ">=", 80, iid="egov.electronic_documents_share"),
    R("; «100% chế độ báo cáo", "chế độ báo cáo được tạo lập, cập nhật, lưu trữ kết nối, tích hợp, chia sẻ dữ liệu số trên "
      "hệ thống dùng chung", ">=", 100, iid="egov.online_reporting_share"),
    R("; «100% cán bộ Hội", "cán bộ Hội chuyên trách các cấp được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản", ">=",
      100, iid="hr.civil_servants_basic_digital_skills_share"),
    R("; trên «80% chi hội", "chi hội ứng dụng công nghệ thông tin, mạng xã hội trong sinh hoạt và tổ chức các hoạt động",
      ">", 80),
])

# --------------------------------------------------------------------------
# 08 Cà Mau, the city Women's Union's digital activities (baocamau.vn; cut: the three "related"
# links "- Tự tin chuyển đổi số", "- Các hoạt động, phong trào phụ nữ ...", "- Đảm bảo cho Hội LHPN
# ..."; no byline, no stamp; the excerpt ends in ", c"). Results, year null (no year in the
# excerpt). Records: "hướng dẫn đăng ký dịch vụ công trực tuyến, chữ ký số và mở thẻ tín dụng cho
# 200 cán bộ hội chủ chốt ..." (=, count: the people a campaign of guidance reached, a result of the
# union's work, not the participants of one event; a judgement), "thành lập 4 câu lạc bộ" (=,
# count; the list that follows names two clubs and two teams, the text's own count kept), "xây
# dựng 3 tuyến phố “Không dùng tiền mặt”" (=, count). Ids null.
# --------------------------------------------------------------------------
D08 = dict(name="08_camau-hoi-phu-nu-cong-nghe-so", kind="result", year=None, records=[
    R("cho «200 cán bộ", "cán bộ hội chủ chốt xã, phường hướng dẫn đăng ký dịch vụ công trực tuyến, chữ ký số và mở thẻ "
      "tín dụng", "=", 200, **CNT),
    R("thành lập «4 câu lạc bộ", "câu lạc bộ ứng dụng công nghệ thông tin - chuyển đổi số Hội phụ nữ các cấp thành lập",
      "=", 4, **CNT),
    R("xây dựng «3 tuyến phố", "tuyến phố “Không dùng tiền mặt” Hội phụ nữ các cấp xây dựng", "=", 3, **CNT),
])

# --------------------------------------------------------------------------
# 09 Vĩnh Phúc and the whole country, the Youth Union's community digital teams, March 2024
# (ckt.gov.vn; cut: the byline date "31/03/2024, 10:41" with the blank line after it (written as
# the first line `date 2024-03-31`) and the photo caption "Tỉnh đoàn Khánh Hòa tổ chức chương trình
# ... trực tuyến." with a blank line; lines holding one space kept as the page has them; the
# excerpt ends in "tro"). Results of 2024. Records: "tổ công nghệ số cộng đồng được thành lập tại
# 63/63 tỉnh, thành phố" (=, 63, count; the denominator "/63" is no quantity), Bình Định commune's
# "4 tổ công nghệ số cộng đồng" (=, aware.community_digital_teams_count), Vĩnh Phúc's "100% đoàn
# cơ sở thành lập các đội tình nguyện" and "hơn 3.000 đoàn viên, thanh niên" in them (=, >; ids
# null). Not quantities: "Hàng chục nghìn" (no digits), "2022-2025", "năm 2030", "năm 2024".
# --------------------------------------------------------------------------
D09 = dict(name="09_vinhphuc-doan-thanh-nien-2024", kind="result", year=2024, records=[
    R("thành lập tại «63/63", "tỉnh, thành phố thành lập tổ công nghệ số cộng đồng", "=", 63, **CNT),
    R("thành lập «4 tổ", "tổ công nghệ số cộng đồng Đoàn Thanh niên xã thành lập", "=", 4, **CNT,
      iid="aware.community_digital_teams_count"),
    R("chỉ đạo «100% đoàn cơ sở", "đoàn cơ sở thành lập các đội tình nguyện hỗ trợ người dân cài đặt, sử dụng ứng dụng "
      "VNeID", "=", 100),
    R("với hơn «3.000", "đoàn viên, thanh niên trong các đội tình nguyện hỗ trợ người dân cài đặt, sử dụng ứng dụng "
      "VNeID", ">", 3000, **CNT),
])

# --------------------------------------------------------------------------
# 10 Cao Bằng, the provincial Youth Union's digital transformation (tinhdoan.caobang.gov.vn;
# nothing cut; no byline, no stamp; the excerpt ends in "nhiều l"). One result, year null ("Hiện
# nay"; "Từ năm 2022" dates the union's software, not the figure): "Trang facebook “Tuổi trẻ Cao
# Bằng” của Tỉnh Đoàn thu hút 10.000 lượt theo dõi" (=, count). Id null. Not a quantity: "năm
# 2022".
# --------------------------------------------------------------------------
D10 = dict(name="10_caobang-tinh-doan-chuyen-doi-so", kind="result", year=None, records=[
    R("thu hút «10.000", "lượt theo dõi trang facebook “Tuổi trẻ Cao Bằng” của Tỉnh Đoàn", "=", 10000, **CNT),
])

# --------------------------------------------------------------------------
# 11 Thanh Hóa, the Farmers' Association reporting to the central association, November 2025
# (baothanhhoa.vn; the crawler's stamp " date 2025-11-10" written as the first line, the title
# following on the second; cut: the photo caption "Toàn cảnh buổi làm việc." with the blank line
# after it; the excerpt ends in "vị thế l"). Results of 2025 ("Trong năm", "Đến nay", "Năm 2025").
# Records: "hơn 2.500 buổi tuyên truyền, thu hút trên 247.000 lượt hội viên" (>, two counts: the
# year's sessions and the members they reached, the output of a year's work, not one event's
# participants; a judgement), "phát hành 15.000 cuốn" (=), "hơn 395.000 hội viên cài đặt và sử dụng
# Nền tảng số “Nông dân Việt Nam”" (>), "hơn 220.000 hộ đăng ký thi đua, trên 75.000 hộ đạt danh
# hiệu các cấp" (>, two counts). Ids null. Not quantities: "10/11", "1/7/2025" (dates), "hàng
# trăm", "hàng ngàn" (no digits).
# --------------------------------------------------------------------------
D11 = dict(name="11_thanhhoa-hoi-nong-dan-thang-11-2025", kind="result", year=2025, records=[
    R("tổ chức hơn «2.500", "buổi tuyên truyền của Hội Nông dân toàn tỉnh", ">", 2500, **CNT),
    R("thu hút trên «247.000", "lượt hội viên các buổi tuyên truyền thu hút", ">", 247000, **CNT),
    R("phát hành «15.000", "cuốn “Thông tin Nông dân Thanh Hóa” phát hành", "=", 15000, **CNT),
    R("đã có hơn «395.000", "hội viên cài đặt và sử dụng Nền tảng số “Nông dân Việt Nam”", ">", 395000, **CNT),
    R("có hơn «220.000", "hộ đăng ký thi đua sản xuất, kinh doanh giỏi", ">", 220000, **CNT),
    R("trên «75.000", "hộ đạt danh hiệu nông dân sản xuất, kinh doanh giỏi các cấp", ">", 75000, **CNT),
])

# --------------------------------------------------------------------------
# 12 Thanh Hóa, the Farmers' Association's review of 2025, January 2026 (baothanhhoa.vn; the
# crawler's stamp " date 2026-01-23" written as the first line, the title following on the
# second; cut: the photo captions "Toàn cảnh hội nghị." and "Đồng chí Nguyễn Quốc Tiến, ..., Chủ
# tịch HND tỉnh phát biểu tại hội nghị.", each with the blank line after it; the excerpt ends in
# ", n"). Results of 2025 ("Năm 2025, công tác Hội ... đạt nhiều kết quả"), not the stamp's 2026.
# Records: "kết nạp 4.722 hội viên" (=), "phát triển 3.589 triệu đồng Quỹ Hội" (=, other "đồng",
# 3589e6), "thành lập 295 tổ Hội và 25 chi Hội Nông dân nghề nghiệp" (=, two counts, each its own
# subject), "Nền tảng số nông dân Thanh Hóa được triển khai đến 100% cán bộ Hội, với 395.122 hội
# viên cài đặt, đạt 82%" (=, three: the share of officials, the count of members, the members'
# share). Ids null (no catalogue indicator for a mass organisation's platform or fund). Not
# quantities: "23/1" (a date), "năm 2026", "2025-2030" (years and the term), "lần thứ XII".
# --------------------------------------------------------------------------
PLATFORM = "hội viên cài đặt Nền tảng số nông dân Thanh Hóa"
D12 = dict(name="12_thanhhoa-hoi-nong-dan-tong-ket-2025", kind="result", year=2025, records=[
    R("kết nạp «4.722", "hội viên Hội Nông dân kết nạp", "=", 4722, **CNT),
    R("phát triển «3.589 triệu", "Quỹ Hội phát triển", "=", 3589e6, **DONG),
    R("thành lập «295 tổ", "tổ Hội nghề nghiệp thành lập", "=", 295, **CNT),
    R("và «25 chi Hội", "chi Hội Nông dân nghề nghiệp thành lập", "=", 25, **CNT),
    R("đến «100% cán bộ Hội", "cán bộ Hội được triển khai Nền tảng số nông dân Thanh Hóa", "=", 100),
    R("với «395.122", PLATFORM, "=", 395122, **CNT),
    R("đạt «82%", PLATFORM, "=", 82),
])

# --------------------------------------------------------------------------
# 13 Phú Thọ (merged, September 2025), communes' and wards' fanpages after the merger
# (baophutho.vn; the crawler's stamp " date 2025-09-09" written as the first line, the title
# following on the second; cut: the photo caption "Cán bộ Trung tâm dịch vụ sự nghiệp công phường
# Âu Cơ đăng bài trên trang fanpage của phường." with the blank line after it; the excerpt ends in
# "chính trị c"). One result of 2025: "trang fanpage xã Xuân Lũng – Làng Dòng ... thu hút trên
# 2.700 lượt thích và theo dõi" (>, count; id null).
# --------------------------------------------------------------------------
D13 = dict(name="13_phutho-fanpage-xa-sau-sap-nhap-2025", kind="result", year=2025, records=[
    R("thu hút trên «2.700", "lượt thích và theo dõi trang fanpage xã Xuân Lũng – Làng Dòng", ">", 2700, **CNT),
])

# --------------------------------------------------------------------------
# 14 Hưng Yên (merged with Thái Bình, July 2025), the central Farmers' Association's working visit,
# November 2025 (danviet.vn; the crawler's stamp " date 2025-11-14" written as the first line;
# cut: the widget label "Chủ đề nóng" that followed the stamp on its line (a whole line once the
# stamp was split off), the byline "Nguyễn Hòa Thứ sáu, ngày 14/11/2025 06:49 GMT+7" and the photo
# caption "Đại hội Hội Nông dân cơ sở ở Hưng Yên thể hiện rõ tính kế thừa và phát triển."; the
# excerpt ends in "Hội Nông dân " with its trailing space). A precision text: the numbers are the
# association's structure before and after the merger, no target or result. Not quantities: "2
# cấp" (the model's name), "2 tỉnh" (the merged provinces), "18 huyện, thành phố, thị xã với 374
# xã, phường, thị trấn" (the territory the old associations covered), "104 cơ sở hội, 2.493 chi
# hội" (the size of the merged association, the make-up of a subject, as set184's "gần 2 triệu
# thửa đất" and set124's sizes; a judgement), "13/11", "1/7/2025" (dates).
# --------------------------------------------------------------------------
D14 = dict(name="14_hungyen-hoi-nong-dan-sau-sap-nhap-2025-precision", kind="result", year=2025, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
