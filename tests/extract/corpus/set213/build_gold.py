#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set213).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a plan or an
estimate, a change against an earlier value); check_gold.py verifies that every percentage has a
record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set193, the id is given in the record itself (`iid=`).

set213's family: district, commune and ward pages (plans, criteria and reports) from before and
after the July 2025 reorganisation into two levels of local government. Every text's pillar is
null: no heading or lead-in names one pillar (04's inline heading names two).

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
from goldkit import R, CNT, T  # noqa: E402

DONG = dict(unit="other", unit_text="đồng")
HANDBOOK = "society.party_members_e_handbook_share"
ON_TIME = "egov.on_time_applications_share"
ON_TIME_N = "egov.on_time_applications_count"
SETTLED_N = "egov.applications_settled_count"
COMPUTERS = "infra.civil_servants_computers_share"
EDOC = "egov.electronic_documents_share"
VILLAGE_WIFI = "infra.village_wifi_count"
SMART_RURAL = "society.smart_rural_communes_count"

# One results document of the set: its kind is "result", its year given (the factory spares
# repeating the kind in every document below).
result_doc = functools.partial(dict, kind="result")

# --------------------------------------------------------------------------
# 01 Thái Nguyên, Định Hóa district raising its party members' use of the electronic party
# member's handbook app, May 2023 (daithainguyen.vn; cut: the byline "Cập nhật ngày: 30/05/2023
# 09:08 (Lượt xem: 967)" with its view counter, written as the first line `date 2023-05-30`, and
# the photo caption "Đảng viên thuộc Chi bộ Trung tâm Văn Hóa, ... tra cứu thông tin ..." with the
# blank line after it; the excerpt ends in "Đ"). Year 2023 (the byline's; "Tính đến nay"). Results:
# "toàn huyện có 5.921/7.976 đảng viên cài đặt ứng dụng, bằng 74,24%" (a count, then its share);
# "(thấp hơn tỷ lệ chung toàn tỉnh, là gần 90%)" (the province's rate, "gần" → ~; scope null: a
# comparison of two units, not a split by level; the province is not named, so no `place`);
# "Trong tổng số 2.055 đảng viên ... chưa cài đặt" (a count of members without the app), "có gần
# 1.400 trường hợp thuộc diện miễn sinh hoạt, ..." (~, a count of its own); "rà soát, chuẩn hóa
# thông tin ... của 97% đảng viên đã cài đặt" (=). Not quantities: the denominator "/7.976" (the
# district's party members), "30/05/2023" (a date). Pillar null. Ids: HANDBOOK for the district's
# 74,24% and the province's 90%; the counts and the 97% of records checked: null.
# --------------------------------------------------------------------------
D01 = result_doc(name="01_thainguyen-dinhhoa-so-tay-dang-vien-dien-tu-2023", year=2023, records=[
    R("có «5.921/7.976", "đảng viên toàn huyện cài đặt ứng dụng Sổ tay đảng viên điện tử", "=", 5921, **CNT),
    R("bằng «74,24%", "tỷ lệ đảng viên cài đặt ứng dụng Sổ tay đảng viên điện tử của huyện", "=", 74.24,
      iid=HANDBOOK),
    R("là gần «90%", "tỷ lệ chung toàn tỉnh đảng viên cài đặt ứng dụng Sổ tay đảng viên điện tử", "~", 90,
      iid=HANDBOOK),
    R("tổng số «2.055 đảng viên", "đảng viên của huyện chưa cài đặt ứng dụng Sổ tay đảng viên điện tử", "=", 2055,
      **CNT),
    R("có gần «1.400 trường hợp", "trường hợp chưa cài đặt thuộc diện miễn sinh hoạt, cao tuổi, không sử dụng "
      "điện thoại thông minh hoặc đảng viên tại các đơn vị có tính đặc thù", "~", 1400, **CNT),
    R("của «97% đảng viên", "đảng viên đã cài đặt và sử dụng ứng dụng Đảng bộ huyện đã rà soát, chuẩn hóa thông tin", "=",
      97),
])

# --------------------------------------------------------------------------
# 02 Nghệ An, Anh Sơn district's standing committee reviewing 2022 (baonghean.vn; the stamp
# " date 2022-12" written as the first line; nothing cut; the excerpt ends in "các cuộc họp ở").
# Year 2022 ("năm 2022"). Results of the district's economy: "Tốc độ tăng trưởng đạt 8,62%" (=, as
# the earlier sets' majority records an economy's growth rate), "tổng giá trị sản xuất ước đạt
# 7.455.344 triệu đồng", "giá trị gia tăng ước đạt 3.451.205 triệu đồng", "Tổng thu ngân sách ước
# đạt 133.995 triệu đồng" (money: unit other, "đồng", the magnitude word multiplied in; "ước đạt"
# → =), "giá trị gia tăng bình quân đầu người đạt 43,7 triệu đồng/người/năm" (other,
# "đồng/người/năm", as earlier sets). Forecasts: "trong năm dự kiến có thêm 2 xã về đích NTM, 1 xã
# về đích NTM nâng cao" (a forecast for the year, recorded as a target as the earlier sets record
# forecasts; a target stated as a change, >=; each its own subject). NOT: "tăng 9,5% so với cùng
# kỳ", "tăng 8,6% so với cùng kỳ", "tăng 19,9% so với cùng kỳ" (changes against the year before),
# "đạt 203,1% dự toán tỉnh giao" (completion against the estimate). Not quantities: "(tăng 4,5
# triệu đồng so với năm 2021)" (a change), "25/12" (a date). Pillar null; ids null (no catalogue
# indicator measures a district's output or budget).
# --------------------------------------------------------------------------
D02 = result_doc(name="02_nghean-anhson-ket-qua-huyen-2022", year=2022, records=[
    R("tăng trưởng đạt «8,62%", "tốc độ tăng trưởng của huyện", "=", 8.62),
    R("ước đạt «7.455.344 triệu", "tổng giá trị sản xuất", "=", 7455344e6, **DONG),
    R("ước đạt «3.451.205 triệu", "giá trị gia tăng", "=", 3451205e6, **DONG),
    R("đạt «43,7 triệu", "giá trị gia tăng bình quân đầu người", "=", 43.7e6, unit="other",
      unit_text="đồng/người/năm"),
    R("ước đạt «133.995 triệu", "tổng thu ngân sách", "=", 133995e6, **DONG),
    R("có thêm «2 xã", "xã về đích nông thôn mới trong năm", ">=", 2, **CNT, **T),
    R("NTM, «1 xã", "xã về đích nông thôn mới nâng cao trong năm", ">=", 1, **CNT, **T),
], NOT=["tăng «9,5% so", "tăng «8,6% so", "đạt «203,1% dự toán", "tăng «19,9% so"])

# --------------------------------------------------------------------------
# 03 Bắc Kạn, Na Rì district's party executive reviewing the first half of 2023 (baobackan.com.vn;
# the stamp " date 2023-07" written as the first line, the rest of its line, "6 tháng đầu năm 2023,
# ...", the second; nothing cut; the excerpt ends in "công tác quản lý"). Year 2023. Results of
# the half year: "Sản lượng lương thực có hạt đạt hơn 17.800 tấn" (>, other "tấn"), "diện tích cây
# ăn quả thực hiện được 943ha" (=, other "ha", the unit written against the number), "Tổng đàn
# đại gia súc hiện có hơn 10.923 con", "tổng đàn gia cầm có hơn 602.000 con" (>, counts of
# animals), "Bình quân toàn huyện đạt 12,6/19 tiêu chí" (=, the communes' average number of
# new-countryside criteria met: other "tiêu chí"; the denominator "/19" is the criteria's total),
# "15 thôn đạt chuẩn thôn nông thôn mới" (=, count). NOT: "đạt 100,1% kế hoạch", "bằng 105% kế
# hoạch", "đạt hơn 129% kế hoạch", "đạt hơn 101% kế hoạch", "đạt 98,7% kế hoạch" (completion
# against the plan), "(tăng 2,3% so với cùng kỳ)" (a change). Not quantities: "6 tháng đầu năm
# 2023", "6 tháng cuối năm 2023" (periods). Pillar null; ids null.
# --------------------------------------------------------------------------
D03 = result_doc(name="03_backan-nari-ket-qua-6-thang-huyen-2023", year=2023, records=[
    R("đạt hơn «17.800 tấn", "sản lượng lương thực có hạt", ">", 17800, unit="other", unit_text="tấn"),
    R("thực hiện được «943ha", "diện tích cây ăn quả thực hiện được", "=", 943, unit="other", unit_text="ha"),
    R("có hơn «10.923 con", "tổng đàn đại gia súc", ">", 10923, **CNT),
    R("có hơn «602.000 con", "tổng đàn gia cầm", ">", 602000, **CNT),
    R("đạt «12,6/19 tiêu chí", "tiêu chí nông thôn mới bình quân toàn huyện đạt", "=", 12.6, unit="other",
      unit_text="tiêu chí"),
    R("; «15 thôn", "thôn đạt chuẩn thôn nông thôn mới", "=", 15, **CNT),
], NOT=["đạt «100,1% kế hoạch", "(tăng «2,3% so", "bằng «105% kế hoạch", "đạt hơn «129% kế hoạch",
        "đạt hơn «101% kế hoạch", "đạt «98,7% kế hoạch"])

# --------------------------------------------------------------------------
# 04 Đà Nẵng, Hải Châu district (quận) turning to digital transformation, the second part of a
# magazine report (tapchidongnama.vn; cut: the header date "Thứ ba, Tháng mười 8, 2024" written as
# the first line `date 2024-10-08`, the contact line "* Email: ... *Tòa soạn: 0989011688 -
# 0768908888", the widget "spot_img" and the agency mark "ĐNA -", with the blank lines that went
# with them; the excerpt ends in "trong cá"). Year 2024 (the date line; "Cũng trong năm nay",
# "Tính từ tháng 2/2023 đến nay"). Results: "44/44 trường (10 trường THCS, 18 trường Tiểu học và 16
# trường mầm non) ... triển khai học bạ điện tử" (four counts: the whole, then one record per
# kind of school, each its own subject, scope null: the spec's breakdown by kind of thing), "100%
# học sinh có học bạ điện tử", "100% phụ huynh thực hiện thanh toán học phí ... qua tài khoản ngân
# hàng" (=), "cấp miễn phí chữ ký số cá nhân cho hơn 1.000 cán bộ công chức" (>, count). Pillar
# null: the inline heading "Xã hội số mở đường cho Kinh tế số" names two pillars (as the earlier
# sets' majority reads a heading naming two). Not quantities: "2/2023" (a date), the denominator
# "/44". Ids null: the catalogue's digital-records and school-fee indicators are shares of
# schools, the officials' signatures a share, not these counts and shares of pupils and parents.
# --------------------------------------------------------------------------
D04 = result_doc(name="04_danang-haichau-quan-chuyen-doi-so-2024", year=2024, records=[
    R("Khi «44/44 trường", "trường thuộc Phòng Giáo dục quận triển khai học bạ điện tử", "=", 44, **CNT),
    R("(«10 trường THCS", "trường THCS triển khai học bạ điện tử", "=", 10, **CNT),
    R(", «18 trường Tiểu học", "trường Tiểu học triển khai học bạ điện tử", "=", 18, **CNT),
    R("và «16 trường mầm non", "trường mầm non triển khai học bạ điện tử", "=", 16, **CNT),
    R("điện tử, «100% học sinh", "học sinh có học bạ điện tử", "=", 100),
    R("; «100% phụ huynh", "phụ huynh thực hiện thanh toán học phí cho con em mình qua tài khoản ngân hàng",
      "=", 100),
    R("cho hơn «1.000 cán bộ", "cán bộ công chức được Viettel cấp miễn phí chữ ký số cá nhân", ">", 1000, **CNT),
])

# --------------------------------------------------------------------------
# 05 Quảng Nam, the province's rules for model new-countryside communes 2022-2025 and their smart
# village (baoquangnam.vn; the stamp " date 2022-09" written as the first line; nothing cut; the
# excerpt ends in "được thông báo,"). Kind target: criteria a commune must meet; year 2025 (the
# period "giai đoạn 2022 - 2025", its end, as the earlier sets read a period). Targets: "Thu nhập
# bình quân đầu người ... phải cao hơn từ 10% trở lên so với mức thu nhập bình quân đầu người áp
# dụng ... đối với xã NTM nâng cao" (>=, "từ ... trở lên": a target stated against a benchmark, a
# quantity as a target stated as a change), "Trên địa bàn xã phải có ít nhất 1 mô hình thôn thông
# minh" (>=, count). Not quantities: "Quyết định 2429", "Quyết định số 2333" (documents), "(ngày
# 8.9.2022)", "giai đoạn 2022 - 2025" (three times), "năm 2021" (twice; dates), "3G/4G" (a name),
# the list label "1.". Pillar null. Ids: the smart village SMART_RURAL (the catalogue's count of
# smart communes and villages; a judgement); the income margin null.
# --------------------------------------------------------------------------
D05 = dict(name="05_quangnam-xa-ntm-kieu-mau-thon-thong-minh-2022", kind="target", year=2025, records=[
    R("từ «10% trở lên", "thu nhập bình quân đầu người của xã NTM kiểu mẫu cao hơn so với mức thu nhập bình "
      "quân đầu người áp dụng theo quy định đạt chuẩn đối với xã NTM nâng cao", ">=", 10),
    R("ít nhất «1 mô hình", "mô hình thôn thông minh trên địa bàn xã", ">=", 1, **CNT, iid=SMART_RURAL),
])

# --------------------------------------------------------------------------
# 06 Thanh Hóa, Bá Thước commune after the two-level reorganisation: administrative reform with
# digital transformation, November 2025 (baothanhhoa.vn; the stamp " date 2025-11-23" written as
# the first line; cut: the photo caption "Người dân đến giao dịch tại Trung tâm Phục vụ hành chính
# công xã Bá Thước." with the blank line after it; the excerpt ends in "N"). Year 2025. Results in
# the chairman's quotation: "bố trí wifi công cộng tại các cơ quan, đơn vị và 36 thôn, phố" (=,
# count), "100% cán bộ, công chức được trang bị máy tính có kết nối đường truyền internet băng
# rộng, ..." (=), "100% văn bản được phê duyệt, ký số" (=). Not a quantity: "chính quyền địa
# phương 2 cấp" (a name). Pillar null. Ids: VILLAGE_WIFI for the villages with public wifi (the
# catalogue's village halls with free wifi; a judgement), COMPUTERS, EDOC.
# --------------------------------------------------------------------------
D06 = result_doc(name="06_thanhhoa-xa-bathuoc-sau-sap-nhap-2025", year=2025, records=[
    R("và «36 thôn, phố", "thôn, phố được bố trí wifi công cộng", "=", 36, **CNT, iid=VILLAGE_WIFI),
    R("Đến nay, «100% cán bộ", "cán bộ, công chức được trang bị máy tính có kết nối đường truyền internet băng "
      "rộng", "=", 100, iid=COMPUTERS),
    R("; «100% văn bản", "văn bản được phê duyệt, ký số", "=", 100, iid=EDOC),
])

# --------------------------------------------------------------------------
# 07 Đồng Tháp, Ward 1 of Cao Lãnh city on its administrative reform in 2025
# (caolanh.dongthap.gov.vn; cut: the portlet title "Asset Publisher" with the blank line after it
# and the photo caption "Người dân đến liên hệ thực hiện TTHC tại Bộ phận tiếp nhận và Trả kết quả
# Phường 1" with the blank line after it; the first line "null Phường 1 ..." is kept whole; no
# byline, no stamp; the excerpt ends in "Ti"). Year 2025 ("Từ đầu năm 2025 đến nay"). Results:
# "đã tiếp nhận và giải quyết 656 hồ sơ TTHC" (=, count), "100% hồ sơ đều được giải quyết sớm hạn
# và đúng hạn" (=). Not quantities: "Ngày thứ 2, 4, 6 trực tuyến - không giấy tờ" (the days of a
# model's name), "Phường 1" (a name, three times, and in the title twice). Pillar null. Ids:
# SETTLED_N (received and settled; a judgement), ON_TIME.
# --------------------------------------------------------------------------
D07 = result_doc(name="07_dongthap-caolanh-phuong1-cchc-2025", year=2025, records=[
    R("giải quyết «656 hồ sơ", "hồ sơ TTHC Bộ phận tiếp nhận và Trả kết quả đã tiếp nhận và giải quyết", "=",
      656, **CNT, iid=SETTLED_N),
    R("theo đó, «100% hồ sơ", "hồ sơ được giải quyết sớm hạn và đúng hạn", "=", 100, iid=ON_TIME),
])

# --------------------------------------------------------------------------
# 08 An Giang, Mỹ Long ward of Long Xuyên city on its administrative reform in 2025
# (mylong.longxuyen.angiang.gov.vn; cut: the link "Skip to main content" with the blank line after
# it; no byline, no stamp; the excerpt ends in "trực tuyến v"). Year 2025 ("quý I năm 2025").
# Results: "hơn 800 hồ sơ đã được tiếp nhận và trả kết quả đúng hạn" (>, count), "tỷ lệ giải quyết
# hồ sơ đạt 100%" (=). Not quantities: "tăng 30 phút vì người dân, doanh nghiệp" (a model's name),
# "ISO 9001:2015" (a standard's name), "quý I năm 2025" (a period). Pillar null. Ids: ON_TIME_N;
# ON_TIME for the rate (read with "trả kết quả đúng hạn" before it; a judgement).
# --------------------------------------------------------------------------
D08 = result_doc(name="08_angiang-longxuyen-mylong-cchc-2025", year=2025, records=[
    R("hơn «800 hồ sơ", "hồ sơ đã được tiếp nhận và trả kết quả đúng hạn", ">", 800, **CNT, iid=ON_TIME_N),
    R("hồ sơ đạt «100%", "tỷ lệ giải quyết hồ sơ", "=", 100, iid=ON_TIME),
])

# --------------------------------------------------------------------------
# 09 Hồ Chí Minh City, Hóc Môn commune (after the reorganisation) reviewing 2025, December 2025
# (sggp.org.vn; the stamp " date 2025-12-16" written as the first line; cut: the photo caption
# "Đồng chí Trần Văn Tuấn phát biểu tại hội nghị" with the blank line after it; the excerpt ends
# in "cô"). Year 2025. One result: "giải ngân vốn đầu tư công đến ngày 5-12 đạt trên 92%" (>, a
# rate the commune reports, as the earlier sets record "giải ngân ... đạt tỷ lệ 89,8%"). NOT:
# "(đạt tỷ lệ 134% kế hoạch)" (completion against the plan). Not quantities: "hội nghị lần thứ 5"
# (an ordinal), "16-12", "5-12" (dates), "năm 2026". Pillar null; id null.
# --------------------------------------------------------------------------
D09 = result_doc(name="09_tphcm-xa-hocmon-sau-sap-nhap-2025", year=2025, records=[
    R("đạt trên «92%", "giải ngân vốn đầu tư công", ">", 92),
], NOT=["tỷ lệ «134% kế hoạch"])

# --------------------------------------------------------------------------
# 10 Gia Lai, Hội Phú ward (after the reorganisation) reviewing 2025, December 2025
# (baogialai.com.vn; the stamp " date 2025-12-28" written as the first line; cut: the rest of the
# stamp's line, the menu "Video Báo Ảnh Báo in Podcast Chuyển động trẻ Emagazine Infographic", with
# the blank line after it, and the image file name "ban-thuong-vu-...-nam-2025.jpg"; the photo
# caption "9 tổ chức cơ sở Đảng ... khen thưởng. Ảnh: N.S" is kept, since it states a number; the
# excerpt ends in "khang trang, đ"). Year 2025. Results: "hoàn thành 20/21 chỉ tiêu năm 2025" (the
# title) and "đã hoàn thành 20/21 chỉ tiêu đề ra" (the body): two records, counts, as the earlier
# sets' "10/10 chỉ tiêu"; "9 tổ chức cơ sở Đảng đạt tiêu chuẩn hoàn thành xuất sắc nhiệm vụ tiêu
# biểu năm 2025" (=, count); "Tổng thu ngân sách nhà nước trên địa bàn đạt 188,9 tỷ đồng", "kim
# ngạch xuất khẩu đạt 133,25 tỷ đồng" (=), "doanh thu bán lẻ hàng hóa và dịch vụ đạt trên 4.550 tỷ
# đồng" (>): money, other "đồng". NOT: "vượt 468,9% dự toán giao", "bằng 108% kế hoạch", "vượt
# trên 100% kế hoạch" (completion against an estimate or plan). Not quantities: "46 tổ chức cơ sở
# Đảng với 1.298 đảng viên" (the party's size, as the earlier sets' sizes), "lần thứ 6" (an
# ordinal), "26-12" (a date), "năm 2026", the denominators "/21". Pillar null; ids null.
# --------------------------------------------------------------------------
D10 = result_doc(name="10_gialai-phuong-hoiphu-chi-tieu-2025", year=2025, records=[
    R("hoàn thành «20/21 chỉ tiêu năm", "chỉ tiêu Đảng bộ phường Hội Phú hoàn thành năm 2025", "=", 20, **CNT,
      line=True),
    R("đã hoàn thành «20/21 chỉ tiêu đề ra", "chỉ tiêu đề ra Đảng bộ phường đã hoàn thành", "=", 20, **CNT),
    R("\n«9 tổ chức", "tổ chức cơ sở Đảng đạt tiêu chuẩn hoàn thành xuất sắc nhiệm vụ tiêu biểu năm 2025", "=",
      9, **CNT),
    R("địa bàn đạt «188,9 tỷ", "tổng thu ngân sách nhà nước trên địa bàn", "=", 188.9e9, **DONG),
    R("xuất khẩu đạt «133,25 tỷ", "kim ngạch xuất khẩu", "=", 133.25e9, **DONG),
    R("đạt trên «4.550 tỷ", "doanh thu bán lẻ hàng hóa và dịch vụ", ">", 4550e9, **DONG),
], NOT=["vượt «468,9% dự toán", "bằng «108% kế hoạch", "vượt trên «100% kế hoạch"])

# --------------------------------------------------------------------------
# 11 Thanh Hóa, Cành Nàng town (Bá Thước district): its report no. 169/BC-UBND of 19/9/2023 asking
# the province to recognise the town's 2022 digital transformation criteria as met
# (thitrancanhnang.bathuoc.thanhhoa.gov.vn; cut: the byline "Ngày 20/09/2023 09:41:34" with the
# blank line after it, written as the first line `date 2023-09-20`; the excerpt ends in
# "22/6/20"). A precision text, no record: the document numbers "169/BC-UBND" (three times),
# "969/QĐ-UBND", "1829/QĐ-UBND" (twice), "1436/UBND-VHTT", "62-CV/ĐU", "3348/QĐ-UBND",
# "3349/QĐ-BCĐ", "3350/QĐ-BCĐ", the dates, "giai đoạn 2022 - 2025", "đến năm 2025", "năm 2022", the
# list labels "I.", "1.". Year 2022 (the criteria's year; no record uses it).
# --------------------------------------------------------------------------
D11 = result_doc(name="11_thanhhoa-canhnang-bao-cao-tieu-chi-cds-2023-precision", year=2022, records=[])

# --------------------------------------------------------------------------
# 12 Hà Nội, Tương Mai ward's council at its second session, July 2025, just after the
# reorganisation (cmshn.hanoi.gov.vn; cut: the byline "Vương Vân 21:05 10/07/2025" with the blank
# line after it, written as the first line `date 2025-07-10`, and the photo captions "Các đại biểu
# HĐND phường Tương Mai biểu quyết thông qua nghị quyết" (twice), "Phường Tương Mai ... chính quyền
# số- Ảnh 1." and "Các đại biểu thực hiện nghi thức chào cờ", with the blank lines that went with
# them; the last line, a truncated repeat of the title, is kept). A precision text, no record:
# "Kế hoạch đề ra 3 nhóm với 13 chỉ tiêu, bao gồm: 2 chỉ tiêu kinh tế tổng hợp, 10 chỉ tiêu xã hội
# và 1 chỉ tiêu đô thị" (the make-up of the plan's set of indicators, as the spec's parts of an
# index and counts of tasks), "nhiệm kỳ 2021-2026" (twice), "6 tháng đầu năm", "6 tháng cuối năm
# 2025" (periods), "10/7" (a date). NOT: "phấn đấu hoàn thành 100% dự toán thu ngân sách"
# (completion of the budget estimate, a target against the plan itself, as the earlier sets leave
# out completion against a plan). Year 2025.
# --------------------------------------------------------------------------
D12 = result_doc(name="12_hanoi-phuong-tuongmai-ky-hop-2025-precision", year=2025, records=[],
                 NOT=["hoàn thành «100% dự toán"])

# --------------------------------------------------------------------------
# 13 Thái Nguyên, Nghĩa Tá commune's steering committee for Resolution 57 launching its 2026 plan,
# January 2026 (nghiata.thainguyen.gov.vn; the date line "27/01/2026" written as the first line
# `date 2026-01-27`; nothing else cut; the excerpt ends in "Kế"). A precision text, no record:
# "57-NQ/TW" (the resolution's name, several times, and "Ban Chỉ đạo 57"), "27/01/2026" (a date),
# "năm 2026", "năm 2025". Year 2026.
# --------------------------------------------------------------------------
D13 = result_doc(name="13_thainguyen-xa-nghiata-nghi-quyet-57-2026-precision", year=2026, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
