#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set163).

Copied from set161's builder (itself from set159's, set157's, set155's, set153's, set151's,
set149's, set147's, set69's, set47's, ... and the seeds'). Each record is written by hand below;
its anchor is never typed in. A record names a locator: a piece of the text with « just before
the number. The locator (without «) must occur exactly once in the text; the anchor is where «
stands. `start`/`end` (the clause that states the quantity) are computed as in the seeds' builder
(`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a plan, a change
against an earlier value); check_gold.py verifies that every percentage has a record or a NOT
entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (291
entries; see README). As in set10-set161, the id is given in the record itself (`iid=`).

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
# 01 Hữu Lũng district (Lạng Sơn), the district's report on the apps campaign of
# 2022 (huulung.langson.gov.vn; cut: the site's widget lines "Skip to main
# content", the banner "Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ
# tỉnh Lạng Sơn lần thứ XVII, nhiệm kỳ 2020 - 2025", "Chế độ ban đêm In trang Xuất
# PDF Đọc nội dung", "-A A +A"; the image name glued to the first sentence
# ("Giao diện Công dân số xứ lạng_2.jpgThực hiện ...") is part of a sentence's line
# and was kept; no byline; the excerpt ends in "Tài khoản Công dân số Xứ"). Year 2022
# (the target "trong năm 2022"; the result "đến hết ngày 13/7/2022"). Pillar
# digital_economy: the page title "Đẩy mạnh chuyển đổi số, phát triển kinh tế số
# nông nghiệp, nông thôn năm 2022" names one pillar (kinh tế số) and heads the page
# (set69's and later sets' rule that a page title counts as a heading). The target:
# "chỉ tiêu chung toàn huyện phát triển 70% dân số ... (tương ứng với 62.149 người)
# cài đặt, sử dụng app ...": two target records, the share and the bracket's count
# (bare numbers in a target read as ">="). The result: "6.281 tài khoản" (a count).
# Ids null: the apps (Công dân số Xứ Lạng, MBBank, the buyers' apps of two
# e-commerce platforms) have no catalogue indicator. NOT: "(đạt 10,1% kế hoạch)"
# (completion against the plan, as the earlier sets' majority leaves out "đạt 102% kế
# hoạch"). Not quantities: "02 sàn thương mại điện tử" (names which platforms' apps:
# "langson.postmart.vn và langson.voso.vn"), "22 xã đã gửi báo cáo, 02 xã ... chưa
# báo cáo" (which communes sent their reports: the source of the figures, not an
# indicator; a judgement), "355/UBND-KGVX", "1423/STTTT", dates, "15 tuổi" (the age
# bound of the population the share is of).
# --------------------------------------------------------------------------
D01 = dict(name="01_langson-huulung-cong-dan-so-2022", kind="result", year=2022, records=[
    R("phát triển «70% dân số", "dân số trên địa bàn từ 15 tuổi trở lên cài đặt, sử dụng app Công dân số Xứ Lạng, App tài khoản thanh toán điện tử MBBank và app người mua",
      ">=", 70, pillar=ECO, **T),
    R("tương ứng với «62.149 người", "người cài đặt, sử dụng app Công dân số Xứ Lạng, App tài khoản thanh toán điện tử MBBank và app người mua",
      ">=", 62149, pillar=ECO, **T, **CNT),
    R("được «6.281 tài khoản", "Tổng số tài khoản các ứng dụng (App) đã tải, cài đặt, đăng ký sử dụng", "=", 6281,
      pillar=ECO, **CNT),
], NOT=["đạt «10,1% kế hoạch"])

# --------------------------------------------------------------------------
# 02 Hòa Bình, the Department of Information and Communications' year-end
# conference on 2022 (hoabinh.gov.vn; the date line "21/12/2022 00:00" is cut and
# written as the first line "date 2022-12-21"; cut: the widget lines
# "DetailController" and "Uỷ ban nhân dân Tỉnh" (the site's category), the photo
# caption "Đồng chí Nguyễn Văn Chương, Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo hội
# nghị"; the excerpt ends in "12.696 giao"). Results of 2022 ("Năm 2022 ... Tới
# nay"). Pillar null (the title "Ngành Thông tin và Truyền thông triển khai nhiệm vụ
# năm 2023" and "chương trình Chuyển đổi số" name no pillar). "33 kênh cấp tỉnh,
# huyện và 151/151 kênh cấp xã, phường, thị trấn" of the dedicated data network: one
# sentence splits the channels by level, two counts with scopes "cấp tỉnh, huyện" and
# "cấp xã, phường, thị trấn" (151, its denominator 151 left as such); ids null
# (infra.specialised_network_connection_share is a share of agencies). "1.629 dịch
# vụ công cấp 3, 4" (egov.online_services_count: levels 3 and 4 are the former names
# of online services). "4.195 sản phẩm" on the e-commerce platforms
# (econ.ecommerce_products_count). Not quantities: "2 sàn thương mại điện tử
# (Postmart, Vỏ sò)" (names the platforms), "12.696 giao" (the excerpt cuts the noun:
# what is counted is not stated; as set161 left out a number the excerpt cuts), "cấp
# 3, 4" (names), dates and years.
# --------------------------------------------------------------------------
D02 = dict(name="02_hoabinh-tttt-tong-ket-2022", kind="result", year=2022, records=[
    R("chuyên dùng «33 kênh", "kênh mạng truyền số liệu chuyên dùng triển khai hạ tầng kết nối, giám sát", "=", 33,
      scope="cấp tỉnh, huyện", **CNT),
    R("và «151/151 kênh", "kênh mạng truyền số liệu chuyên dùng triển khai hạ tầng kết nối, giám sát", "=", 151,
      scope="cấp xã, phường, thị trấn", **CNT),
    R("cung cấp «1.629  dịch vụ", "dịch vụ công cấp 3, 4 kết nối với Dịch vụ công quốc gia", "=", 1629, **CNT,
      iid="egov.online_services_count"),
    R("Vỏ sò) «4.195 sản phẩm", "sản phẩm đưa lên sàn thương mại điện tử", "=", 4195, **CNT,
      iid="econ.ecommerce_products_count"),
])

# --------------------------------------------------------------------------
# 03 Sơn La, the Information and Communications sector's year-end conference on
# 2023 (sonla.gov.vn; cut: the image placeholder line "anh tin bai" and the photo
# caption that repeats the title, "Hội nghị tổng kết công tác năm 2023, triển khai
# nhiệm vụ năm 2024 ngành Thông tin và Truyền thông" (the second of the two lines),
# each with its blank line; no byline (the first sentence's "Ngày 10/01/2024" stays);
# the excerpt ends in "ngành Thông tin và Truyền thông tỉ"). Year 2023: the paragraph
# reviews "Năm 2023" and its "Đến nay" is that review's (set161's rule: figures in a
# year's review take the reviewed year). Pillar null (no heading names one; "Việc phát
# triển chính quyền số ..." is the subject of a clause, not a lead-in to a list).
# "212/216 bản được phủ sóng băng rộng di động" (count 212,
# infra.mobile_villages_covered_count); "100% xã có hạ tầng băng rộng cáp quang"
# (infra.fibre_commune_coverage_share); "4G đến 100% xã"
# (infra.mobile_commune_coverage_share); "Doanh thu lĩnh vực viễn thông đạt 1.463 tỷ
# đồng" (money, id null: econ.ict_industry_revenue is the IT and telecom industry's);
# "gần 100% văn bản trao đổi ... dưới dạng điện tử" (op "~",
# egov.electronic_documents_share). NOT: "vượt 82% so với kế hoạch đề ra", "vượt 8% so
# với kế hoạch đề ra" (against the plan). Not quantities: "4G" (a name), dates.
# --------------------------------------------------------------------------
D03 = dict(name="03_sonla-tttt-tong-ket-2023", kind="result", year=2023, records=[
    R("đã có «212/216 bản", "bản được phủ sóng băng rộng di động", "=", 212, **CNT,
      iid="infra.mobile_villages_covered_count"),
    R("phát triển «100% xã", "xã có hạ tầng băng rộng cáp quang", "=", 100, iid="infra.fibre_commune_coverage_share"),
    R("4G đến «100% xã", "phổ cập mạng thông tin di động 4G đến xã", "=", 100, iid="infra.mobile_commune_coverage_share"),
    R("đạt «1.463 tỷ đồng", "Doanh thu lĩnh vực viễn thông", "=", 1463e9, **DONG),
    R("gần «100% văn bản", "văn bản trao đổi giữa các cơ quan, đơn vị hoàn toàn dưới dạng điện tử", "~", 100,
      iid="egov.electronic_documents_share"),
], NOT=["vượt «82% so với", "vượt «8% so với"])

# --------------------------------------------------------------------------
# 04 Hòa Bình, the Department of Information and Communications' year-end
# conference on 2023 (hoabinh.gov.vn; the date line "04/01/2024 16:30" is cut and
# written as the first line "date 2024-01-04"; cut: the widget lines
# "DetailController" and "CNTT và Viễn Thông" (the site's category), the photo caption
# "Đồng chí Nguyễn Văn Chương, Phó Chủ tịch UBND phát biểu chỉ đạo tại hội nghị.";
# the excerpt ends in "Các doanh nghiệp viễn "). Results of 2023 ("Năm 2023").
# Pillar null. "đã kết nối chính thức 9/17 hệ thống ... và 8/17 hệ thống đang kết
# nối thử nghiệm": two counts (9 and 8; the denominators name the total), ids null
# (data.lgsp_connected_systems_share is a share). "1.482 tổ công nghệ số cộng đồng
# cấp xóm, 151 tổ công nghệ số cộng đồng cấp xã": one sentence splits the teams by
# level, two counts with scopes "cấp xóm" and "cấp xã", each
# aware.community_digital_teams_count; "gần 13.000 thành viên" (op "~",
# aware.community_digital_team_members_count). Not quantities: "140 nhiệm vụ UBND tỉnh
# giao" (a count of tasks), "phiên bản 2.0" (a version's name), dates.
# --------------------------------------------------------------------------
D04 = dict(name="04_hoabinh-tttt-tong-ket-2023", kind="result", year=2023, records=[
    R("chính thức «9/17 hệ thống", "hệ thống thông tin, cơ sở dữ liệu kết nối chính thức Nền tảng tích hợp, chia sẻ dữ liệu của tỉnh",
      "=", 9, **CNT),
    R("và «8/17 hệ thống", "hệ thống đang kết nối thử nghiệm Nền tảng tích hợp, chia sẻ dữ liệu của tỉnh", "=", 8, **CNT),
    R("thành lập «1.482 tổ", "tổ công nghệ số cộng đồng thành lập", "=", 1482, scope="cấp xóm", **CNT,
      iid="aware.community_digital_teams_count"),
    R("xóm, «151 tổ", "tổ công nghệ số cộng đồng thành lập", "=", 151, scope="cấp xã", **CNT,
      iid="aware.community_digital_teams_count"),
    R("gần «13.000 thành viên", "thành viên tổ công nghệ số cộng đồng", "~", 13000, **CNT,
      iid="aware.community_digital_team_members_count"),
])

# --------------------------------------------------------------------------
# 05 Định Hóa district (Thái Nguyên), its digital infrastructure (baothainguyen.vn;
# the byline "Công Sơn (Định Hóa) 14:49, 03/02/2023" is cut and written as the first
# line "date 2023-02-03"; cut: the photo captions "hệ thống camera an ninh của thị
# trấn Chợ Chu" and "Hệ thống camera an ninh tại thị trấn Chợ Chu (Định Hóa).", with
# their blank line; the excerpt ends in "trên địa bàn…"). Pillar digital_infrastructure
# on all three: the page title "Định Hóa: Tiếp tục củng cố hạ tầng số" names one
# pillar and heads the page (set69's rule). "năm 2022, huyện Định Hóa ... đầu tư xây
# dựng 7 trạm thu phát sóng di động (BTS), nâng tổng số trạm trên địa bàn lên 115
# trạm": two counts of 2022, the stations built that year (id null) and the total
# (infra.bts_stations_count); the batch is stated as what was built, with no "thêm"
# (set161 read "công bố thêm 6 ..., nâng tổng số lên 725" as a change; here the
# batch is recorded, a judgement). "Đến nay, toàn huyện đã lắp đặt được 270 mắt
# camera": year 2023, the byline's, since "Đến nay" is the page's present and the
# paragraph names no year of its own (a judgement; id null). Not quantities: "4G",
# "IPv6" (names).
# --------------------------------------------------------------------------
D05 = dict(name="05_thainguyen-dinhhoa-ha-tang-so-2022", kind="result", year=2022, records=[
    R("xây dựng «7 trạm", "trạm thu phát sóng di động (BTS) đầu tư xây dựng", "=", 7, pillar=INFRA, **CNT),
    R("lên «115 trạm", "tổng số trạm trên địa bàn", "=", 115, pillar=INFRA, **CNT, iid="infra.bts_stations_count"),
    R("được «270 mắt camera", "mắt camera lắp đặt tại các tuyến đường giao thông, trụ sở làm việc", "=", 270,
      pillar=INFRA, year=2023, **CNT),
])

# --------------------------------------------------------------------------
# 06 Gia Lai, the province's and Viettel's cooperation agreement, with the results
# of 2023-2025 (baogialai.com.vn; the crawler's stamp " date 2025-09-11" kept on the
# first line as returned (as set161's 09 and 11); cut: the photo captions "Chủ tịch
# UBND tỉnh Phạm Anh Tuấn phát biểu tại lễ ký kết. Ảnh: Dũng Nhân", "Quang cảnh buổi
# ký kết. Ảnh: Dũng Nhân", "Đại tá Cao Anh Sơn-Phó Tổng Giám đốc Viettel phát biểu
# tại lễ ký kết. Ảnh: Dũng Nhân", each with its blank line; the excerpt ends in "môi
# trường số an toàn"). Year 2025: results of "giai đoạn 2023–2025" reported at the
# stamp's date. Pillars from the lead-ins, each for the sentence it opens (spec): "Về
# hạ tầng số, ..." (digital_infrastructure: 4G 99,21% dân số
# (infra.mobile_broadband_population_coverage_share), 2G 99,56% dân số
# (infra.mobile_population_coverage_share), 72 trạm 5G (infra.fiveg_stations_count),
# cáp quang 100% xã (infra.fibre_commune_coverage_share), 100% địa phương có Internet
# băng rộng (id null)); "Ở mảng xã hội số, ..." (digital_society: 439 trường học with
# free Internet, 100% chữ ký số for teachers and the 6.500 teachers, ids null); "Trong
# phát triển kinh tế số, ..." (digital_economy: 45 chợ (econ.cashless_markets_count),
# "hơn 38,8 triệu hóa đơn điện tử" (op ">", magnitude multiplied, id null)). Not
# quantities: "2023–2025" (a period), "4G", "2G", "5G", "chợ 4.0" (names).
# --------------------------------------------------------------------------
D06 = dict(name="06_gialai-viettel-ket-qua-hop-tac-2025", kind="result", year=2025, records=[
    R("4G tới «99,21% dân số", "phủ sóng 4G dân số", "=", 99.21, pillar=INFRA,
      iid="infra.mobile_broadband_population_coverage_share"),
    R("2G tới «99,56% dân số", "phủ sóng 2G dân số", "=", 99.56, pillar=INFRA,
      iid="infra.mobile_population_coverage_share"),
    R("lắp đặt «72 trạm 5G", "trạm 5G lắp đặt tại các khu vực trung tâm", "=", 72, pillar=INFRA, **CNT,
      iid="infra.fiveg_stations_count"),
    R("phủ tới «100% xã", "hạ tầng cáp quang đã phủ tới xã", "=", 100, pillar=INFRA,
      iid="infra.fibre_commune_coverage_share"),
    R("bảo đảm «100% địa phương", "địa phương có Internet băng rộng", "=", 100, pillar=INFRA),
    R("cho «439 trường học", "trường học được cung cấp miễn phí dịch vụ Internet", "=", 439, pillar=SOC, **CNT),
    R("triển khai «100% chữ ký số", "chữ ký số cho giáo viên", "=", 100, pillar=SOC),
    R("cho «6.500 giáo viên", "giáo viên được triển khai chữ ký số", "=", 6500, pillar=SOC, **CNT),
    R("tại «45 chợ", "chợ trung tâm nhân rộng mô hình chợ 4.0", "=", 45, pillar=ECO, **CNT,
      iid="econ.cashless_markets_count"),
    R("hơn «38,8 triệu hóa đơn", "hóa đơn điện tử cung cấp cho doanh nghiệp", ">", 38.8e6, pillar=ECO, **CNT),
])

# --------------------------------------------------------------------------
# 07 Huế, the City Post Office's year-end conference on 2025 and its aims for 2026
# (huengaynay.vn; the crawler's stamp " date 2026-01-14" kept on the first line as
# returned, a photo caption's line that a cut would have to split; no other cut; the
# excerpt ends in "đã nêu c"). Results of "Năm 2025" (year 2025): "Tổng doanh thu
# phát sinh đạt hơn 127 tỷ đồng" (money, op ">"); "tiếp nhận hồ sơ và trả kết quả thủ
# tục hành chính tại 41 trung tâm phục vụ hành chính công" (the reach of the post's
# public-administration service, a count: the only count of its clause, not a place
# beside another count as set161's "tại 23 ấp"); "thành lập 39 bưu điện phường, xã
# hạt nhân" (a count). Targets of "Năm 2026" (year 2026): "năng suất lao động đạt
# 131,9 triệu đồng/người/năm", "thu nhập bình quân 11,1 triệu đồng/người/tháng", "nộp
# ngân sách Nhà nước 5 tỷ đồng" (op ">=", unit other, the magnitude word multiplied in
# and the rest of the unit as unit_text; the first target's clause opens at "Năm 2026,"
# by start_at, since the full stop of "TP. Huế" would end it). Ids null (the catalogue has no post-office
# revenue, productivity or income). Pillar null. NOT: "vượt 4,6% kế hoạch", "lần lượt
# đạt 156% và 126,4% kế hoạch đề ra" (completion against the plan), "tăng gần 15%" (a
# change). Not quantities: "2 cấp" in "mô hình chính quyền địa phương 2 cấp" (a
# name), the stamp.
# --------------------------------------------------------------------------
D07 = dict(name="07_hue-buu-dien-tong-ket-2025", kind="result", year=2025, records=[
    R("hơn «127 tỷ đồng", "Tổng doanh thu phát sinh", ">", 127e9, **DONG),
    R("tại «41 trung tâm", "trung tâm phục vụ hành chính công triển khai tiếp nhận hồ sơ và trả kết quả thủ tục hành chính",
      "=", 41, **CNT),
    R("thành lập «39 bưu điện", "bưu điện phường, xã hạt nhân thành lập", "=", 39, **CNT),
    R("đạt «131,9 triệu đồng/người/năm", "năng suất lao động", ">=", 131.9e6, unit="other",
      unit_text="đồng/người/năm", year=2026, start_at="Năm 2026,", **T),
    R("bình quân «11,1 triệu", "thu nhập bình quân", ">=", 11.1e6, unit="other", unit_text="đồng/người/tháng",
      year=2026, **T),
    R("Nhà nước «5 tỷ đồng", "nộp ngân sách Nhà nước", ">=", 5e9, **DONG, year=2026, **T),
], NOT=["vượt «4,6% kế hoạch", "đạt «156% và", "và «126,4% kế hoạch", "tăng gần «15%"])

# --------------------------------------------------------------------------
# 08 Bắc Ninh, the Provincial Post Office's conference launching its plan for 2026,
# with the results of 2025 (vnpost.vn; cut: the photo caption "Toàn cảnh hội nghị"
# with its blank line; no byline (the text's "Sáng ngày 20/01/2026" stays); the
# excerpt ends in "Hành chính công tiếp tục khẳng định "). Results of 2025: "tổng
# doanh thu 552,6 tỷ đồng" and "Kinh doanh phân phối đạt 155 tỷ đồng" (money, op "=",
# ids null). Pillar null (the title names none). NOT: "bằng 90% kế hoạch năm"
# (completion against the plan), "tương đương 99% so với năm 2024" (against an earlier
# value), "tăng 18%", "tăng trưởng vượt 30%" (changes), "vượt kế hoạch 56%" (against
# the plan). The plan's figures for 2026 fall outside the excerpt: no target.
# --------------------------------------------------------------------------
D08 = dict(name="08_bacninh-buu-dien-ke-hoach-2026", kind="result", year=2025, records=[
    R("doanh thu «552,6 tỷ đồng", "tổng doanh thu Bưu điện tỉnh Bắc Ninh", "=", 552.6e9, **DONG),
    R("đạt «155 tỷ đồng", "Kinh doanh phân phối", "=", 155e9, **DONG),
], NOT=["bằng «90% kế hoạch", "tương đương «99% so", "tăng «18% nhờ", "vượt «30%;", "kế hoạch «56%"])

# --------------------------------------------------------------------------
# 09 Bình Thuận, the Department of Information and Communications' review of 2023
# (nguoiduatin.vn; no cut; no byline; the excerpt ends in "truyền hình ảnh y khoa").
# A precision text: the review names what was built and deployed (the smart operations
# centre, GIS, remote sensing, OCOP digitisation) but states no quantity. Not
# quantities: "năm 2023" three times.
# --------------------------------------------------------------------------
D09 = dict(name="09_binhthuan-sotttt-2023-precision", kind="result", year=2023, records=[])

# --------------------------------------------------------------------------
# 10 Bắc Kạn, the Department of Information and Communications' year-end conference
# on 2023 (ict.backan.gov.vn; the update line "( Cập nhật lúc: 08/01/2024  )" is cut
# and written as the first line "date 2024-01-08"; cut: the widget lines "Skip Ribbon
# Commands" and "Skip to main content"; the excerpt ends in "Đại diện Phò"). A
# precision text: "cơ bản hoàn thành các chỉ tiêu, nhiệm vụ được giao" names no
# figure. Not quantities: "04 đơn vị trình bày tham luận" (the contributors to a
# conference, as the spec's "hơn 50 cơ quan báo chí" at an event), "04/01/2024",
# "năm 2023", "năm 2024".
# --------------------------------------------------------------------------
D10 = dict(name="10_backan-sotttt-tong-ket-2023-precision", kind="result", year=2023, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()
