#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set369).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
The theme (non-communicable diseases: screening, management at commune health stations, cancer
screening) has no catalogue indicator: every id of this set is null, so no record names `iid=`.

The theme's texts stand under no digital-transformation heading: every pillar is null.

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
from goldkit import R, CNT, RANK, T  # noqa: E402

VN = dict(place="Việt Nam")  # the country's figures in a province's page (set329's convention)
CNTVN = dict(CNT, **VN)

# --------------------------------------------------------------------------
# 01 Bắc Kạn, Bắc Kạn city screening its people of 40 and over for hypertension and diabetes,
# second round of 2023 (backancity.gov.vn; cut: the photo caption "Khám sàng lọc bệnh tăng huyết
# áp, đái tháo đường tại Nhà văn hoá tổ 9 phường Sông Cầu" with the blank line after it; no byline,
# no stamp; the excerpt ends in "các cơ sở y "). Year 2023 ("đợt 2 năm 2023"). Targets, after "Thành
# phố Bắc Kạn đề ra chỉ tiêu:": "Trên 80% người dân ... được đo huyết áp" (`>`), "Ít nhất 80% người
# nghi ngờ THA ... được khám xác định" (`>=`), "80% người bệnh THA ... được đưa vào quản lý điều
# trị" (bare target, `>=`; the subject cut by the excerpt, recorded with the words it has). Not
# quantities: "25/5", "02/6/2023" (dates), "đợt 2" (a round's label), "≥ 40 tuổi" (part of the
# subject, twice), "tổ 9" (a name).
# --------------------------------------------------------------------------
D01 = dict(name="01_backan-thanhpho-sang-loc-tha-dtd-2023", kind="target", year=2023, records=[
    R("chỉ tiêu: Trên «80% người dân", "người dân từ ≥ 40 tuổi trên địa bàn được đo huyết áp, sàng lọc ĐTĐ bằng "
      "hiếu đánh giá nguy cơ và truyền thông giáo dục sức khoẻ về phòng chống bệnh không lây nhiễm", ">", 80),
    R("Ít nhất «80% người nghi ngờ", "người nghi ngờ THA và có nguy cơ cao ĐTĐ qua sàng lọc tại cộng đồng và phụ "
      "nữ có thai được khám xác định THA, ĐTĐ tại Trạm Y tế", ">=", 80),
    R("(TYT). «80% người bệnh", "người bệnh THA, tiền ĐTĐ, ĐTĐ thai kỳ, ĐTĐ sau khi phát hiện được đưa vào quản lý "
      "điều trị tại các cơ sở y", ">=", 80),
])

# --------------------------------------------------------------------------
# 02 Bắc Kạn, the provincial CDC estimating how many people with hypertension and diabetes are
# still undetected (cdc.backan.gov.vn; nothing cut; no byline, no stamp; the excerpt ends in "phát
# hiệ"). Year 2020 (the managed counts "đến tháng 12/2020"; the estimates "đến nay" are of the same
# report). Results: the national survey's rates "năm 2015 ... tỷ lệ hiện mắc THA là 18,9%, tỷ lệĐTĐ
# là 4,1%" (year 2015; no place: the text names the survey as national, not the country); the
# province's estimated patients "= 39.600 người", "= 8.600 người" (the result of each line's
# arithmetic: a value the report states for the province; the subject from the line's head, start
# moved back to it); the managed patients "16.931 người", "2.728 người" (2020); the undetected
# "= 22.669 người", "= 5.872 người" and the closing "con số22.669 người THA và 5.872 người ĐTĐ"
# (a value stated again is recorded again, set329's convention). Not quantities: the illustration
# "với 01 xã có 3.000 dân thì ... = 396 người ... = 86 người" (a hypothetical commune: no measured
# or planned value), the arithmetic's operands ("18,9% x 70% dân số từ 18 tuổi", "x 2.100", "x
# 210.000", "39.600 - 16.931", "8.600 -  2.728": the factors and terms restate or assume values,
# NOT for the percentages), "300.000 dân tỉnh Bắc Kạn(làm tròn)" (the population, make-up, as
# earlier sets leave a territory's population out), "từ 18 đến 69", "từ 18 tuổi" (ages, part of the
# subject), "12/2020" (a date). Ids null.
# --------------------------------------------------------------------------
D02 = dict(name="02_backan-cdc-tha-dtd-chua-phat-hien-2020", kind="result", year=2020, records=[
    R("hiện mắc THA là «18,9%", "tỷ lệ hiện mắc THA ở nhóm tuổi từ 18 đến 69 (điều tra quốc gia về một số bệnh "
      "không lây nhiễm)", "=", 18.9, year=2015),
    R("tỷ lệĐTĐ là «4,1%", "tỷ lệ hiện mắc ĐTĐ ở nhóm tuổi từ 18 đến 69 (điều tra quốc gia về một số bệnh không "
      "lây nhiễm)", "=", 4.1, year=2015),
    R("210.000 = «39.600 người", "Số người THA của tỉnh Bắc Kạn", "=", 39600, **CNT,
      start_at="Số ngườiTHA là : 18,9% x 70% dân số từ 18 tuổi = 18,9% x 210"),
    R("210.000 =   «8.600 người", "Số người ĐTĐ của tỉnh Bắc Kạn", "=", 8600, **CNT,
      start_at="Số ngườiĐTĐ là:    4,1% x 70% dân số từ 18 tuổi =   4,1% x 210"),
    R("số mắc THA là «16.931 người", "số người mắc THA đang được quản lý của tỉnh Bắc Kạn", "=", 16931, **CNT),
    R("số mắc ĐTĐ là «2.728 người", "số người mắc ĐTĐ đang được quản lý của tỉnh Bắc Kạn", "=", 2728, **CNT),
    R("16.931 = «22.669 người", "Số THA chưa được phát hiện", "=", 22669, **CNT,
      start_at="Số THA chưa được phát hiện"),
    R("2.728 =   «5.872 người", "Số ĐTĐ chưa được phát hiện", "=", 5872, **CNT,
      start_at="Số ĐTĐ chưa được phát hiện"),
    R("con số«22.669 người", "người THA không được phát hiện", "=", 22669, **CNT),
    R("và «5.872 người ĐTĐtại", "người ĐTĐ không được phát hiện", "=", 5872, **CNT),
], NOT=["THA là : «18,9% x 70% dân số từ 18 tuổi = 18,9% x 2.100",
        "THA là : 18,9% x «70% dân số từ 18 tuổi = 18,9% x 2.100",
        "THA là : 18,9% x 70% dân số từ 18 tuổi = «18,9% x 2.100",
        "ĐTĐ là:    «4,1% x 70% dân số từ 18 tuổi =   4,1% x 2.100",
        "ĐTĐ là:    4,1% x «70% dân số từ 18 tuổi =   4,1% x 2.100",
        "ĐTĐ là:    4,1% x 70% dân số từ 18 tuổi =   «4,1% x 2.100",
        "ngườiTHA là : «18,9% x 70% dân số từ 18 tuổi = 18,9% x 210",
        "ngườiTHA là : 18,9% x «70% dân số từ 18 tuổi = 18,9% x 210",
        "ngườiTHA là : 18,9% x 70% dân số từ 18 tuổi = «18,9% x 210",
        "ngườiĐTĐ là:    «4,1% x 70% dân số từ 18 tuổi =   4,1% x 210",
        "ngườiĐTĐ là:    4,1% x «70% dân số từ 18 tuổi =   4,1% x 210",
        "ngườiĐTĐ là:    4,1% x 70% dân số từ 18 tuổi =   «4,1% x 210"])

# --------------------------------------------------------------------------
# 03 Lâm Đồng, Bảo Lộc city's health centre marking World Hypertension Day 2023
# (trungtamytebaoloc.vn; cut: the photo caption "Khám sàng lọc Tăng huyết áp tại Phường 2", the
# byline "Tác giả bài viết: Nguyễn Thị Mai - Khoa YTDP", the links "Những tin mới hơn", "Những tin
# cũ hơn", "Danh bạ cơ quan"; no stamp). Year 2023 ("17/5/2023"). Results: the country's burden
# "chiếm khoảng gần 74% gánh nặng bệnh tật" and "chiếm khoảng gần 40% tổng số ca tử vong trên toàn
# quốc" (`~`: "khoảng gần"; place "Việt Nam"), "100% các trạm y tế triển khai quản lý điều trị" (=),
# "sàng lọc, tư vấn cho gần 140 người" (`~`). Not quantities: "COVID-19" (a name), "17/5/2023", "18
# và 19/5/2023" (dates), "2 ngày" (a duration), "40 tuổi" (part of the subject), "Phường 2" (a name).
# --------------------------------------------------------------------------
D03 = dict(name="03_lamdong-baoloc-tram-y-te-tha-2023", kind="result", year=2023, records=[
    R("khoảng gần «74% gánh", "bệnh không lây nhiễm chiếm gánh nặng bệnh tật", "~", 74, **VN),
    R("khoảng gần «40% tổng", "bệnh tim mạch chiếm tổng số ca tử vong trên toàn quốc", "~", 40, **VN),
    R("Bảo Lộc «100% các trạm", "trạm y tế triển khai quản lý điều trị tăng huyết áp, đái tháo đường", "=", 100),
    R("cho gần «140 người", "người từ 40 tuổi trở lên Trạm Y tế Phường 2 đã tổ chức sàng lọc, tư vấn", "~", 140, **CNT),
])

# --------------------------------------------------------------------------
# 04 Thái Nguyên, commune health stations allowed to manage hypertension (thainguyentv.vn; nothing
# cut: the second line "120 Trạm y tế tuyến xã được khám, quản lý, điều trị ngoại trú bệnh cao
# huyết áp" may be a caption or a sapo; kept, a part of the page's text; no byline, no stamp). Year
# null: the text names none ("Từ đầu năm đến nay", "6 tháng đầu năm"). Results: "120" in the title
# and in the second line (a value stated again is recorded again), "tại 7 Trạm Y tế" (the stations
# added this year), "nâng tổng số ... lên 120 trạm" (=), "phát hiện hơn 1.000 người" (`>`). Not
# quantities: "6 tháng đầu năm" (a period).
# --------------------------------------------------------------------------
D04 = dict(name="04_thainguyen-tram-y-te-xa-quan-ly-tha", kind="result", year=None, records=[
    R("«120 Trạm Y tế xã quản lý", "Trạm Y tế xã quản lý bệnh tăng huyết áp", "=", 120, **CNT),
    R("«120 Trạm y tế tuyến xã được", "Trạm y tế tuyến xã được khám, quản lý, điều trị ngoại trú bệnh cao huyết áp",
      "=", 120, **CNT),
    R("tại «7 Trạm Y tế", "Trạm Y tế thuộc Trung tâm Y tế thị xã Phổ Yên và thành phố Thái Nguyên được cho phép "
      "tổ chức khám, quản lý, điều trị ngoại trú bệnh cao huyết áp", "=", 7, **CNT),
    R("lên «120 trạm", "tổng số Trạm Y tế tuyến xã quản lý bệnh tăng huyết áp", "=", 120, **CNT),
    R("hơn «1.000 người", "người mắc bệnh tăng huyết áp được phát hiện", ">", 1000, **CNT),
])

# --------------------------------------------------------------------------
# 05 Bà Rịa - Vũng Tàu, the head of the province's plan 156/KH-UBND on non-communicable diseases and
# mental health 2022-2025, its general information (tharong.com, a page that carries the plan under
# an unrelated title; cut: that title "100 cơ quan truyền thông hàng đầu năm 2022" with the blank
# line after it; no stamp; the excerpt ends in "các c"). A precision text. Year 2022 (the plan's
# date). Results: "Tỷ lệ hộ nghèo năm 2020 chiếm 0,5%" (=, 2020) and "số xã nghèo chiếm 08/82" (a
# count, =, 2020 as the sentence's year). Not quantities: "156/KH-UBND" (a document), "31 tháng 08
# năm 2022", "2022-2025", "2015 - 2021" (dates), "Phần I", "I.", "II." (labels), the province's
# make-up "08 đơn vị hành chính cấp huyện, gồm 02 thành phố,05 huyện (01 huyện đảo) và 01 thị xã",
# "82 đơn vị hành chính cấp xã" and "Dân số 1.167.938 người" (a territory and its population, as
# earlier sets leave them out), "[[1]]" (a footnote mark), the denominator "/82".
# --------------------------------------------------------------------------
D05 = dict(name="05_bariavungtau-ke-hoach-bkln-2022-precision", kind="result", year=2022, records=[
    R("chiếm «0,5%", "Tỷ lệ hộ nghèo", "=", 0.5, year=2020),
    R("chiếm «08/82", "số xã nghèo", "=", 8, **CNT, year=2020),
])

# --------------------------------------------------------------------------
# 06 Hải Phòng, the city drafting its cervical-cancer screening scheme for women of 30-54
# (thanhphohaiphong.gov.vn; cut: the section label "Y tế" with the blank line after it, the caption
# "Ảnh minh họa" with the blank line after it, and the tail: the byline "V.H.N", the source lines
# "Nguồn. haiphong.gov.vn", "Nguồn tin: haiphong.gov.vn", the links "Tin khác", "Hải Phòng điều
# chỉnh mức th", each with its blank line). A precision text. Year null (the page gives no date;
# the scheme's "giai đoạn 2019 – 2025" is its period). One target: the national plan's "mục tiêu
# vào năm 2025 tỷ lệ phụ nữ 30-54 tuổi được sàng lọc ung thư cổ tử cung đạt 60%" (`>=`, 2025, place
# "Việt Nam": the country's target in a city's page). Not quantities: "30 – 54 tuổi" (three times),
# "30-54 tuổi" (part of the subject), "23/9/2016", "2016 – 2025", "2019 – 2025", "năm 2025" (dates),
# "5240/QĐ-BYT" (a document).
# --------------------------------------------------------------------------
D06 = dict(name="06_haiphong-de-an-sang-loc-utctc-precision", kind="target", year=None, records=[
    R("cổ tử cung đạt «60%", "tỷ lệ phụ nữ 30-54 tuổi được sàng lọc ung thư cổ tử cung", ">=", 60, year=2025, **VN),
])

# --------------------------------------------------------------------------
# 07 Hồ Chí Minh City, HCDC and FHI360's free cervical-cancer screening for 4,800 women, June-
# September 2020 (giadinhmoi.vn; nothing cut; no byline, no stamp). Year 2020 ("từ tháng 6 đến
# tháng 9/2020"). Targets (the project's planned numbers, "Sẽ có", "sẽ thực hiện": a news report's
# "sẽ" reads as a target of its year, set316's convention): "khoảng 4800 phụ nữ" (`~`), "miễn phí
# cho 4.800 phụ nữ" (bare, `>=`), "tại mỗi Quận/Huyện sẽ thực hiện sàng lọc cho 200 lượt người"
# (`>=`), "tổng cộng cho 4.800 phụ nữ" (`>=`), "1.200 lượt khám" and "tại 6 quận/huyện" (the first
# fortnight's, `>=`; the districts a count as set193's "tại 7 thôn"). Not quantities: "25 - 65
# tuổi" (twice, part of the subject), "FHI360" (a name), "24 quận/huyện" (the city's make-up), the
# dates "15/6", "26/6", "16/6", "17/6", the hours "8h-15h" (three times).
# --------------------------------------------------------------------------
D07 = dict(name="07_hochiminh-sang-loc-utctc-phu-nu-2020", kind="target", year=2020, records=[
    R("khoảng «4800 phụ nữ", "phụ nữ từ độ tuổi 25 - 65 tuổi trên địa bàn TP. HCM được khám và xét nghiệm sàng "
      "lọc miễn phí ung thư cổ tử cung", "~", 4800, **CNT),
    R("miễn phí cho «4.800 phụ nữ", "phụ nữ từ độ tuổi 25 - 65 tuổi được khám, xét nghiệm sàng lọc ung thư cổ tử "
      "cung miễn phí", ">=", 4800, **CNT),
    R("cho «200 lượt người", "lượt người được sàng lọc tại mỗi Quận/Huyện", ">=", 200, **CNT),
    R("tổng cộng cho «4.800 phụ nữ", "phụ nữ được sàng lọc tại thành phố Hồ Chí Minh (tổng cộng)", ">=", 4800,
      **CNT),
    R("cho «1.200 lượt", "lượt khám sàng lọc ung thư cổ tử cung từ ngày 15/6 đến ngày 26/6", ">=", 1200, **CNT),
    R("tại «6 quận/huyện", "quận/huyện được khám sàng lọc ung thư cổ tử cung từ ngày 15/6 đến ngày 26/6", ">=", 6,
      **CNT),
])

# --------------------------------------------------------------------------
# 08 Hồ Chí Minh City, the WHO-supported pilot of the essential package for hypertension and
# diabetes at commune health stations, 2022-2023 (alodoctor.vn; nothing cut; no byline, no stamp).
# Year 2023. Results: "tại 43 Trạm Y tế thuộc 10 Trung tâm y tế" (two counts), "tại 43 Trạm Y tế"
# again (the stations of the next sentence's subject: a value stated again, recorded again, as
# set193's "tại 7 thôn"), "từ 706 bệnh nhân (tháng 1/2023) lên 3.500 bệnh nhân (tháng 10/2023)"
# and "tăng từ 15% lên đến 63%" (both levels results, as the earlier sets' majority reads "từ X ...
# lên Y"; all of 2023). Not quantities: "2022 – 2023", "1/2023", "10/2023" (dates), "10 tháng đầu
# năm 2023" (a period).
# --------------------------------------------------------------------------
D08 = dict(name="08_hochiminh-goi-can-thiep-dtd-tram-y-te-2023", kind="result", year=2023, records=[
    R("ban đầu tại «43 Trạm", "Trạm Y tế triển khai thí điểm gói can thiệp thiết yếu về bệnh tăng huyết áp và đái "
      "tháo đường", "=", 43, **CNT),
    R("thuộc «10 Trung tâm", "Trung tâm y tế triển khai thí điểm gói can thiệp thiết yếu tại Trạm Y tế", "=", 10,
      **CNT),
    R("thuốc tại «43 Trạm", "Trạm Y tế bệnh nhân đến khám và lấy thuốc", "=", 43, **CNT),
    R("từ «706 bệnh nhân", "số bệnh nhân đến khám và lấy thuốc tại 43 Trạm Y tế (tháng 1/2023)", "=", 706, **CNT),
    R("lên «3.500 bệnh nhân", "số bệnh nhân đến khám và lấy thuốc tại 43 Trạm Y tế (tháng 10/2023)", "=", 3500,
      **CNT),
    R("tăng từ «15% lên", "tỷ lệ bệnh nhân đạt mục tiêu điều trị", "=", 15),
    R("lên đến «63%", "tỷ lệ bệnh nhân đạt mục tiêu điều trị 10 tháng đầu năm 2023", "=", 63),
])

# --------------------------------------------------------------------------
# 09 Hồ Chí Minh City, the city's plan of free yearly health checks for people of 60 and over,
# August 2025 (thitruonghanghoa.com; the byline "27/08/2025 07:20" written as the first line `date
# 2025-08-27`; cut: the photo captions "TP HCM: Người từ 60 tuổi ... - Ảnh 1" and "Người cao tuổi
# trên địa bàn TP đều được khám ... do ngân sách thanh toán", each with the blank line after it; the
# excerpt ends in "và Tổ "). Year 2025. Results of the two years: "đã khám được 526.292 người", "phát
# hiện được 49.197 người bị tăng huyết áp", "(chiếm 15% số người cao tuổi trên địa bàn)" (the
# bracket states a value, spec). Target: "đạt được chỉ tiêu 80% người cao tuổi được khám sức khỏe
# định kỳ ít nhất một lần/năm" (`>=`, 2025: "từ nay đến cuối năm 2025"). Not quantities: "60 tuổi"
# (the definition of the elderly), "1 lần/năm" (three times: the plan's rule of one check a year, as
# an earlier set left "một lần/năm" out of its subject), "khu vực 2", "khu vực 3" (names), "hai
# năm" (a word, a period).
# --------------------------------------------------------------------------
D09 = dict(name="09_hochiminh-kham-suc-khoe-nguoi-cao-tuoi-2025", kind="result", year=2025, records=[
    R("khám được «526.292 người", "người cao tuổi được khám sức khỏe", "=", 526292, **CNT),
    R("phát hiện được «49.197 người", "người cao tuổi bị tăng huyết áp nhưng trước đó không biết được phát hiện",
      "=", 49197, **CNT),
    R("(chiếm «15% số", "người bị tăng huyết áp nhưng trước đó không biết chiếm số người cao tuổi trên địa bàn",
      "=", 15),
    R("chỉ tiêu «80% người", "người cao tuổi được khám sức khỏe định kỳ ít nhất một lần/năm, được lập hồ sơ theo "
      "dõi, quản lý sức khỏe", ">=", 80, **T),
])

# --------------------------------------------------------------------------
# 10 Đồng Nai, the provincial CDC closing its cervical-cancer screening scheme 2020-2025, December
# 2025 (kenh14.vn; the stamp " date 2025-12-24" written as the first line, the rest of that line,
# "Hình minh họa.", following on the second line, kept: a part of a line). Year 2025 (the scheme's
# results "Trong giai đoạn 2020-2025", its end year). Results: "triển khai tại 11 huyện" (a count),
# "tầm soát ung thư cổ tử cung cho 50.458 phụ nữ", "phát hiện 179 trường hợp nghi ngờ bất thường".
# Not quantities: "23/12", "2020-2025" (twice, dates), "ba mục tiêu" (a word; the scheme's goals),
# "thứ hai" (a word: the disease's rank among cancers, no digit).
# --------------------------------------------------------------------------
D10 = dict(name="10_dongnai-tam-soat-utctc-2020-2025", kind="result", year=2025, records=[
    R("tại «11 huyện", "huyện triển khai đề án sàng lọc, tầm soát và xử trí ung thư cổ tử cung", "=", 11, **CNT),
    R("cho «50.458 phụ nữ", "phụ nữ được tầm soát ung thư cổ tử cung", "=", 50458, **CNT),
    R("phát hiện «179 trường hợp", "trường hợp nghi ngờ bất thường được phát hiện và chuyển tuyến trên", "=", 179,
      **CNT),
])

# --------------------------------------------------------------------------
# 11 Nghệ An, the press on raising awareness of hypertension control, May 2025 (dantri.com.vn; the
# stamp " date 2025-05" written as the first line, the rest of that line following on the second;
# nothing cut; the excerpt ends in "Sở Y"). Year 2025. Results, the WHO's figures for the country
# (place "Việt Nam"): "khoảng 14,3 triệu người Việt Nam trong độ tuổi 30-79 mắc bệnh tăng huyết áp"
# (`~`, 14.3e6), "chỉ 47% được chẩn đoán, 30% được điều trị và chỉ 13% là kiểm soát huyết áp hiệu
# quả" (three records, each its own subject). Not quantities: "30-79" (ages, part of the subject),
# "40 tuổi" (part of the subject).
# --------------------------------------------------------------------------
D11 = dict(name="11_nghean-kiem-soat-tang-huyet-ap-2025", kind="result", year=2025, records=[
    R("khoảng «14,3 triệu", "người Việt Nam trong độ tuổi 30-79 mắc bệnh tăng huyết áp", "~", 14.3e6, **CNTVN),
    R("chỉ «47% được", "người mắc bệnh tăng huyết áp được chẩn đoán", "=", 47, **VN),
    R("chẩn đoán, «30% được", "người mắc bệnh tăng huyết áp được điều trị", "=", 30, **VN),
    R("chỉ «13% là", "người mắc bệnh tăng huyết áp kiểm soát huyết áp hiệu quả", "=", 13, **VN),
])

# --------------------------------------------------------------------------
# 12 Hồ Chí Minh City, the Department of Health's plan of health checks for the elderly to the end
# of 2025, September 2025 (sggp.org.vn; the stamp " date 2025-09-20" written as the first line;
# nothing cut). A precision text, no record: "từ 60 tuổi trở lên" (the definition of the elderly),
# "1 năm/lần" (the plan's rule of one check a year, as 09), "trên 6 tháng" (the condition of
# temporary residence), "trong vòng 24-48 giờ" (the time to return results, a rule of the service,
# not an indicator's target; a judgement), "năm 2025" (a date), "COPD" (a name).
# --------------------------------------------------------------------------
D12 = dict(name="12_hochiminh-ke-hoach-kham-nguoi-cao-tuoi-2025-precision", kind="target", year=2025,
           records=[])

# --------------------------------------------------------------------------
# 13 Long An, Bến Lức district: Hồ Chí Minh City's Oncology Hospital screening 200 people for cancer,
# May 2025 (benluc.longan.gov.vn; the byline date "23/05/2025" written as the first line `date
# 2025-05-23`; cut: the photo caption "Tầm soát ung thư giúp người dân có kế hoạch điều trị kịp thời
# nếu không may mắc phải căn bệnh nguy hiểm này"; the excerpt ends in "miễn "). Year 2025. Results:
# the title's "Hơn 200 người" (`>`), "miễn phí cho 200 người dân" (=), "của 2 xã Thạnh Đức và Nhựt
# Chánh" (a count of the communes covered, as set193's "tại 7 thôn"). Not quantities: "23/5/2025" (a
# date), "chuyên khoa II" (a grade), "cả 2 giới" (both sexes: the make-up of a population).
# --------------------------------------------------------------------------
D13 = dict(name="13_longan-benluc-tam-soat-ung-thu-2025", kind="result", year=2025, records=[
    R("Hơn «200 người được", "người được Bệnh viện Ung bướu tầm soát ung thư miễn phí", ">", 200, **CNT),
    R("miễn phí cho «200 người dân", "người dân thuộc đối tượng chính sách, người có công và người dân có hoàn "
      "cảnh khó khăn được khám tầm soát các bệnh lý ung thư miễn phí", "=", 200, **CNT),
    R("của «2 xã", "xã có người dân được khám tầm soát các bệnh lý ung thư miễn phí", "=", 2, **CNT),
])

# --------------------------------------------------------------------------
# 14 Thanh Hóa, a tag page of the provincial television on cancer detected late (truyenhinhthanhhoa.vn;
# cut: the tag label "phát hiện ung thư"; no byline, no stamp). Year null (the page names none).
# Results: the headline "Hơn 50% bệnh nhân ung thư phát hiện ở giai đoạn muộn" and the body's "có
# tới hơn 50% bệnh nhân ung thư phát hiện ở giai đoạn muộn" (`>`, a value stated again, recorded
# again), "mỗi năm có hơn 7.000 bệnh nhân mới mắc ung thư" (`>`), the second headline "Tỷ lệ mắc
# bệnh ung thư ở Việt Nam cao thứ 2 thế giới" and its body's "cao thứ 2 thế giới" (rank, =, place
# "Việt Nam").
# --------------------------------------------------------------------------
D14 = dict(name="14_thanhhoa-ung-thu-giai-doan-muon", kind="result", year=None, records=[
    R("Hơn «50% bệnh nhân ung thư phát hiện ở giai đoạn muộn\n", "bệnh nhân ung thư phát hiện ở giai đoạn muộn",
      ">", 50),
    R("hơn «7.000 bệnh nhân", "bệnh nhân mới mắc ung thư mỗi năm", ">", 7000, **CNT),
    R("tới hơn «50% bệnh", "bệnh nhân ung thư phát hiện ở giai đoạn muộn", ">", 50),
    R("Việt Nam cao thứ «2 thế giới\n", "Tỷ lệ mắc bệnh ung thư ở Việt Nam (thế giới)", "=", 2, **RANK, **VN),
    R("hiện cao thứ «2 thế giới", "tỷ lệ mắc bệnh ung thư ở Việt Nam hiện (thế giới)", "=", 2, **RANK, **VN),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
