#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set237).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of percentages deliberately left without a record
(completion against a plan, a share that is a place's make-up); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml (`iid=`). The theme (statistical surveys and censuses going
digital) has no catalogue indicator: every id is null (see README).

The set's theme: statistics and censuses going digital: the 2021 and 2026 economic censuses, the
2025 rural and agricultural census, the 2024 mid-term population survey and ethnic-minority survey,
the yearly enterprise and labour surveys on web forms and CAPI, and the national targets for
electronic questionnaires and timely statistics.

Run:  python3 build_gold.py && python3 check_gold.py
"""
import functools
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, CNT, T, RES  # noqa: E402

TGT = functools.partial(R, kind="target")  # a target in a results text

# --------------------------------------------------------------------------
# 01 Thanh Hóa, the 2026 economic census's first phase speeding up, January 2026 (baothanhhoa.vn;
# the stamp " date 2026-01-29" written as the first line; cut: the photo caption "Thu thập thông
# tin, dữ liệu cơ sở kinh doanh cá thể trên địa bàn phường Sầm Sơn." with the blank line after it;
# the caption repeating the first result, with its figures, kept; the excerpt ends in "P"). Year
# 2026. Results: "toàn tỉnh đã hoàn thành phỏng vấn 52.891/171.526 cơ sở sản xuất kinh doanh cá
# thể, đạt tỷ lệ 30,87%" (twice: the body and the caption repeating it, two records each, as the
# earlier sets record a caption that states a value), "hoàn thành điều tra 187/982 cơ sở tôn giáo,
# đạt 19%" (the share of the establishments to survey that were done: the denominator of a share,
# spec's "so với tổng số", not completion against a plan). Not quantities: the denominators
# "/171.526", "/982"; "61 tổ dân phố, 6 chợ với 7.130 cơ sở hộ kinh doanh cá thể" (the ward's size,
# as the earlier sets' sizes); "lớn thứ hai" (no digit); "28/1" (a date), "Giai đoạn 1" (a label).
# NOT: "khoảng 70% hộ kinh doanh trên địa bàn tạm thời đóng cửa" (the ward's condition in the
# off-season, not a value of the census's work or of an indicator; a judgement). Pillar null.
# --------------------------------------------------------------------------
D01 = dict(name="01_thanhhoa-tong-dieu-tra-kinh-te-tien-do-2026", kind="result", year=2026, records=[
    R("địa phương. Tính đến ngày 28/1, toàn tỉnh đã hoàn thành phỏng vấn «52.891/",
      "cơ sở sản xuất kinh doanh cá thể toàn tỉnh đã hoàn thành phỏng vấn Tổng điều tra kinh tế", "=", 52891,
      **CNT),
    R("đạt tỷ lệ «30,87%;", "tỷ lệ cơ sở sản xuất kinh doanh cá thể đã hoàn thành phỏng vấn", "=", 30.87),
    R("hoàn thành điều tra «187/982", "cơ sở tôn giáo đã hoàn thành điều tra", "=", 187, **CNT),
    R("982 cơ sở tôn giáo, đạt «19%", "tỷ lệ cơ sở tôn giáo đã hoàn thành điều tra", "=", 19),
    R("”.\n\nTính đến ngày 28/1, toàn tỉnh đã hoàn thành phỏng vấn «52.891/",
      "cơ sở sản xuất kinh doanh cá thể toàn tỉnh đã hoàn thành phỏng vấn", "=", 52891, **CNT),
    R("đạt tỷ lệ «30,87%.", "tỷ lệ cơ sở sản xuất kinh doanh cá thể đã hoàn thành phỏng vấn", "=", 30.87),
], NOT=["khoảng «70% hộ"])

# --------------------------------------------------------------------------
# 02 Lai Châu, the central supervisors of the 2024 ethnic-minority survey, July 2024
# (cucthongkelaichau.gso.gov.vn; cut: the byline "- 06/07/2024 07:56", written as the first line
# `date 2024-07-06`; the excerpt ends in "1.800 h"). Year 2024. Results, the survey under way:
# "được thực hiện trên địa bàn 106 xã, ... bao gồm: 58 xã khu vực III, 02 xã khu vực II và 46 xã
# khu vực I" (four counts, each its own subject: a breakdown by kind of commune, scope null); "Tổng
# địa bàn được chọn mẫu thu thập thông tin là 372 địa bàn (có 37 địa bàn thuộc khu vực thành thị,
# và 335 địa bàn thuộc khu vực nông thôn) với 36.043 hộ" (the sample drawn: 372, then 37 and 335
# with scopes "thành thị" and "nông thôn", a split by population group as the spec names it, then
# the households). Targets, the plan ("sẽ tiến hành điều tra tại 372 địa bàn, với 13.952 hộ mẫu
# (trong đó: 60 địa bàn toàn bộ, với 4.247 hộ; 264 địa bàn nhóm 1 ... với 7.905 hộ và 48 địa bàn
# nhóm 2 ..., với 1.800 h[ộ]"): eight counts, `>=` (a target's bare number), each its own subject.
# NOT: "có 100% đơn vị hành chính cấp xã thuộc khu vực khu vực DTTS" (the province's make-up, that
# every commune lies in the ethnic-minority area: a size, not a value of the survey's work; a
# judgement). Not quantities: "53 dân tộc" (the survey's name), "02/7/2024 - 04/7/2024",
# "04/6/2021" (dates), "861/QĐ-TTg" (a document), "nhóm 1", "nhóm 2" (labels), "(nhóm điều tra mẫu
# 30 hộ)", "(nhóm điều tra mẫu 40 hộ)" (the definition of a group, part of its name). Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_laichau-dieu-tra-dtts-giam-sat-2024", kind="result", year=2024, records=[
    R("trên địa bàn «106 xã", "xã thực hiện Điều tra DTTS 2024 tại tỉnh Lai Châu", "=", 106, **CNT),
    R("bao gồm: «58 xã", "xã khu vực III thực hiện Điều tra DTTS 2024", "=", 58, **CNT),
    R("III, «02 xã", "xã khu vực II thực hiện Điều tra DTTS 2024", "=", 2, **CNT),
    R("và «46 xã", "xã khu vực I thực hiện Điều tra DTTS 2024", "=", 46, **CNT),
    R("thông tin là «372 địa bàn", "địa bàn được chọn mẫu thu thập thông tin", "=", 372, **CNT),
    R("(có «37 địa bàn", "địa bàn được chọn mẫu thu thập thông tin", "=", 37, **CNT, scope="thành thị"),
    R("và «335 địa bàn", "địa bàn được chọn mẫu thu thập thông tin", "=", 335, **CNT, scope="nông thôn"),
    R("với «36.043 hộ", "hộ trong các địa bàn được chọn mẫu thu thập thông tin", "=", 36043, **CNT),
    TGT("điều tra tại «372 địa bàn", "địa bàn sẽ tiến hành điều tra trên địa bàn tỉnh", ">=", 372, **CNT),
    TGT("với «13.952 hộ mẫu", "hộ mẫu sẽ tiến hành điều tra", ">=", 13952, **CNT),
    TGT("trong đó: «60 địa bàn", "địa bàn điều tra toàn bộ", ">=", 60, **CNT),
    TGT("với «4.247 hộ", "hộ tại các địa bàn điều tra toàn bộ", ">=", 4247, **CNT),
    TGT("hộ; «264 địa bàn", "địa bàn nhóm 1 (nhóm điều tra mẫu 30 hộ)", ">=", 264, **CNT),
    TGT("với «7.905 hộ", "hộ tại các địa bàn nhóm 1", ">=", 7905, **CNT),
    TGT("và «48 địa bàn", "địa bàn nhóm 2 (nhóm điều tra mẫu 40 hộ)", ">=", 48, **CNT),
    TGT("với «1.800 h", "hộ tại các địa bàn nhóm 2", ">=", 1800, **CNT),
], NOT=["có «100% đơn vị"])

# --------------------------------------------------------------------------
# 03 Hồ Chí Minh City, District 8's progress on the 2024 ethnic-minority survey
# (quan8.hochiminhcity.gov.vn; nothing cut; no byline, no stamp). Year 2024 ("10/7/2024"). Results:
# "điều tra viên đã hoàn thành phỏng vấn 340/805 hộ tại 29 địa bàn ..., đạt tỷ lệ 42,2%" (the
# households done, the areas they lie in, as set193's "tại 7 thôn", and the share done). Not
# quantities: "/805" (the denominator), "10/7/2024" (a date), "53 dân tộc" (the survey's name),
# "năm 2024" (dates). Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_hochiminh-quan8-dieu-tra-dtts-tien-do-2024", kind="result", year=2024, records=[
    R("phỏng vấn «340/805", "hộ điều tra viên đã hoàn thành phỏng vấn", "=", 340, **CNT),
    R("tại «29 địa bàn", "địa bàn điều tra viên đã phỏng vấn", "=", 29, **CNT),
    R("đạt tỷ lệ «42,2%", "tỷ lệ hộ đã hoàn thành phỏng vấn", "=", 42.2),
])

# --------------------------------------------------------------------------
# 04 The 2025 rural and agricultural census's preliminary results announced, January 2026
# (baothanhhoa.vn, the Thanh Hóa paper reporting the national conference; the stamp " date
# 2026-01-14" written as the first line; cut: the photo caption "Đồng chí Cao Văn Cường, Phó Chủ
# tịch UBND tỉnh dự hội nghị tại điểm cầu tỉnh Thanh Hóa." with the blank line after it; the
# excerpt ends in "giám s"). Year 2025 (the census "năm 2025" whose work the figures count; the
# stamp's 2026 is the announcement's). Results, counts: "thu thập thông tin của 15,84 triệu hộ gia
# đình ở nông thôn và gần 1,63 triệu hộ có hoạt động sản xuất nông lâm thủy sản ở thành thị,
# 28.349 trang trại, 5.966 doanh nghiệp ..., 8.355 hợp tác xã ... và 8.309 đơn vị cấp xã" (six
# records, each its own subject; "gần" `~`; scope null: rural households and urban farming
# households are different subjects, the area part of each); "đã huy động 131.552 điều tra viên
# thống kê, 9.920 tổ trưởng, 4.853 giám s[át viên]" (three). Not quantities: "14/1", "7/6/2024"
# (dates), "484/QĐ-TTg" (a document). Pillar null; place null (national figures).
# --------------------------------------------------------------------------
D04 = dict(name="04_toanquoc-tong-dieu-tra-nong-nghiep-ket-qua-so-bo-2025", kind="result", year=2025, records=[
    R("thông tin của «15,84 triệu hộ", "hộ gia đình ở nông thôn được thu thập thông tin", "=", 15840000, **CNT),
    R("gần «1,63 triệu hộ", "hộ có hoạt động sản xuất nông lâm thủy sản ở thành thị được thu thập thông tin",
      "~", 1630000, **CNT),
    R("«28.349 trang trại", "trang trại được thu thập thông tin", "=", 28349, **CNT),
    R("«5.966 doanh nghiệp", "doanh nghiệp nông lâm thủy sản được thu thập thông tin", "=", 5966, **CNT),
    R("«8.355 hợp tác xã", "hợp tác xã, liên hiệp hợp tác xã nông lâm thủy sản được thu thập thông tin", "=",
      8355, **CNT),
    R("«8.309 đơn vị cấp xã", "đơn vị cấp xã được thu thập thông tin", "=", 8309, **CNT),
    R("huy động «131.552 điều tra viên", "điều tra viên thống kê được huy động", "=", 131552, **CNT),
    R("«9.920 tổ trưởng", "tổ trưởng được huy động", "=", 9920, **CNT),
    R("«4.853 giám s", "giám s được huy động", "=", 4853, **CNT),
])

# --------------------------------------------------------------------------
# 05 The steering committees set up for the 2025 rural and agricultural census, December 2024
# (doanhnghiephoinhap.vn; cut: the site's clock "Thứ ba 03/03/2026 00:15" (the day of the visit,
# not the article's byline: no date line written), "Hotline: ...", "Email: ...", the section label
# "Thời cuộc", and "Bài liên quan" with the three related-article links; the excerpt ends in "toàn
# d"). Year 2024 (a judgement: the conference "vào ngày 18/12" after the decision of "7/6/2024" and
# before the census of "1/7/2025"; the text states no year for it). Results: "63 tỉnh, thành phố
# ... đã hoàn thiện việc thành lập ban chỉ đạo cấp tỉnh; 511 trong tổng số 610 quận, huyện, thị xã
# và 5.600 trên 8.121 phường, xã, thị trấn cũng đã có ban chỉ đạo cấp huyện và cấp xã" (three
# counts with scopes "cấp tỉnh", "cấp huyện", "cấp xã": one sentence splitting its values by
# level, a judgement). Not quantities: "610", "8.121" (denominators), "lần thứ sáu", "10 năm",
# "số 5" (the census's cycle), "1/7/2025", "7/6/2024", "18/12" (dates), "484/QĐ-TTg" (a document).
# Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_toanquoc-tong-dieu-tra-nong-nghiep-ban-chi-dao-2024", kind="result", year=2024, records=[
    R("hiện tại, «63 tỉnh", "tỉnh, thành phố đã hoàn thiện việc thành lập ban chỉ đạo Tổng điều tra", "=", 63,
      **CNT, scope="cấp tỉnh"),
    R("tỉnh; «511 trong", "quận, huyện, thị xã đã có ban chỉ đạo Tổng điều tra", "=", 511, **CNT,
      scope="cấp huyện"),
    R("và «5.600 trên", "phường, xã, thị trấn đã có ban chỉ đạo Tổng điều tra", "=", 5600, **CNT,
      scope="cấp xã"),
])

# --------------------------------------------------------------------------
# 06 The national scheme for ICT in the state statistical system (Decision 501/QĐ-TTg): its
# targets for electronic questionnaires (vietnamnet.vn; nothing cut: the photo caption naming
# "Quyết định 501/QĐ-TTg ... 2017 - 2025, ... 2030" carries figures and stays; no byline, no stamp;
# the excerpt ends in "thống kê nh"). Targets, bare numbers `>=`: "Mục tiêu của Đề án đến năm 2020
# ... thay thế phiếu điều tra giấy bằng phiếu điều tra điện tử ...: 80% trong Tổng điều tra dân
# số và nhà ở năm 2019; 75% trong điều tra nông thôn và nông nghiệp giữa kỳ năm 2020; 75% trong
# điều tra doanh nghiệp và hộ cá thể; 80% trong các cuộc điều tra khác" (four, year 2020: the
# lead-in's "đến năm 2020" sets the year, the survey's own year is part of the indicator; a
# judgement), "Đến năm 2025, sử dụng 85% phiếu điều tra điện tử trong Tổng điều tra kinh tế năm
# 2021 và sử dụng 90% trong các cuộc điều tra khác" (two, year 2025). Not quantities: "năm 2019",
# "năm 2020", "năm 2021" (the surveys' names), "501/QĐ-TTg" (a document), "2017 - 2025", "2030"
# (dates). Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_toanquoc-de-an-501-phieu-dieu-tra-dien-tu-2025", kind="target", year=2020, records=[
    R("như sau: «80% trong", "phiếu điều tra điện tử thay thế phiếu điều tra giấy trong Tổng điều tra dân số và "
      "nhà ở năm 2019", ">=", 80),
    R("2019; «75% trong", "phiếu điều tra điện tử thay thế phiếu điều tra giấy trong điều tra nông thôn và nông "
      "nghiệp giữa kỳ năm 2020", ">=", 75),
    R("2020; «75% trong", "phiếu điều tra điện tử thay thế phiếu điều tra giấy trong điều tra doanh nghiệp và hộ "
      "cá thể", ">=", 75),
    R("cá thể; «80% trong", "phiếu điều tra điện tử thay thế phiếu điều tra giấy trong các cuộc điều tra khác",
      ">=", 80),
    R("sử dụng «85% phiếu", "phiếu điều tra điện tử sử dụng trong Tổng điều tra kinh tế năm 2021", ">=", 85,
      year=2025),
    R("sử dụng «90% trong", "phiếu điều tra điện tử sử dụng trong các cuộc điều tra khác", ">=", 90, year=2025),
])

# --------------------------------------------------------------------------
# 07 The General Statistics Office's use of ICT in the 2024 mid-term population survey
# (consosukien.vn; cut: the byline "26/03/2024 - 03:27 PM", written as the first line
# `date 2024-03-26`; the excerpt ends in "03/2023/QĐ-TTg"). A precision text: one record among
# dates, survey names and a document number. Result: "Tính đến năm 2023, có 84% tổng số cuộc điều
# tra được sử dụng phiếu điều tra điện tử trên thiết bị di động (CAPI) hoặc trực tuyến (Webform)"
# (=, year 2023, the year the sentence names). Not quantities: "năm 2019", "năm 2021", "năm 2024"
# (the surveys' names), "01 tháng 4 năm 2024", "30 tháng 4 năm 2024" (dates), "03/2023/QĐ-TTg" (a
# document). Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_toanquoc-dsgk-2024-capi-webform-precision", kind="result", year=2024, records=[
    R("có «84% tổng số", "cuộc điều tra được sử dụng phiếu điều tra điện tử trên thiết bị di động (CAPI) hoặc "
      "trực tuyến (Webform)", "=", 84, year=2023),
])

# --------------------------------------------------------------------------
# 08 The statistics strategy's targets for timely statistical products, and an interview on
# digitising statistics (datacollection.gso.gov.vn; nothing cut; no byline, no stamp; the excerpt
# ends in "nh"). Targets: "đặt mục tiêu năm 2025, các sản phẩm thống kê được cung cấp tới người sử
# dụng thông tin thống kê kịp thời đạt 80% và 95% vào năm 2030" (two: `>=` 80 for 2025, `>=` 95
# for 2030; a target's "đạt"). Document year null (no date the text gives but the targets'); each
# record gives its own. Not quantities: "2021-2030", "năm 2045" (the strategy's period). Pillar
# null.
# --------------------------------------------------------------------------
D08 = dict(name="08_toanquoc-chien-luoc-thong-ke-cung-cap-kip-thoi-2025", kind="target", year=None, records=[
    R("kịp thời đạt «80%", "sản phẩm thống kê được cung cấp tới người sử dụng thông tin thống kê kịp thời", ">=",
      80, year=2025),
    R("80% và «95%", "sản phẩm thống kê được cung cấp tới người sử dụng thông tin thống kê kịp thời", ">=", 95,
      year=2030),
])

# --------------------------------------------------------------------------
# 09 Vĩnh Long, the 2021 economic census's first phase completed (mic.gov.vn; cut: the image file
# name "logo-1_1.jpg" with the blank line after it; no byline, no stamp). Year 2021. Results:
# "hoàn thành thu thập thông tin được 524 đơn vị sự nghiệp, 110 đơn vị hiệp hội thuộc đối tượng
# điều tra, đạt 100%" (two counts and the share of the units in scope done), "đã hoàn thành thu
# thập thông tin 3.005 doanh nghiệp, đạt 100%" (a count and a share). Not quantities: "Kết quả rà
# soát toàn tỉnh có khoảng 71.800 cơ sở sản xuất kinh doanh cá thể và 676 cơ sở tôn giáo, tín
# ngưỡng thuộc đối tượng điều tra" (the number of units the second phase must cover, the
# province's size as the listing found it, as the earlier sets' sizes and as 01's ward; a
# judgement), "2 giai đoạn" (the census's parts), "giai đoạn 1", "giai đoạn 2" (labels), the dates.
# Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_vinhlong-tong-dieu-tra-kinh-te-giai-doan-1-2021", kind="result", year=2021, records=[
    R("được «524 đơn vị", "đơn vị sự nghiệp đã hoàn thành thu thập thông tin", "=", 524, **CNT),
    R("«110 đơn vị hiệp hội", "đơn vị hiệp hội đã hoàn thành thu thập thông tin", "=", 110, **CNT),
    R("điều tra, đạt «100%", "đơn vị sự nghiệp, hiệp hội thuộc đối tượng điều tra đã hoàn thành thu thập thông tin", "=", 100),
    R("thông tin «3.005 doanh nghiệp", "doanh nghiệp đã hoàn thành thu thập thông tin", "=", 3005, **CNT),
    R("doanh nghiệp, đạt «100%", "doanh nghiệp thuộc đối tượng điều tra đã hoàn thành thu thập thông tin", "=", 100),
])

# --------------------------------------------------------------------------
# 10 Nam Định, the 2020 enterprise survey on online questionnaires, May 2020 (baonamdinh.vn; the
# stamp " date 2020-05" written as the first line; cut: the photo caption "Điều tra viên Cục
# Thống kê tỉnh hướng dẫn kế toán doanh nghiệp điền thông tin trên mẫu phiếu trực tuyến." with the
# blank line after it; the excerpt ends in "qu"). A precision text: one record among dates and a
# document number. Result: "đã lựa chọn đội ngũ gồm 80 điều tra viên, giám sát viên và tiến hành
# tập huấn về quy trình thu thập thông tin qua điều tra trực tuyến" (=, count, as set225's "gần
# 1.000 điều tra viên được tập huấn"). Not quantities: "1-4-2020", "31-5-2020", "17-10-2016", "năm
# 2020", "2020" (dates), "43/2016/QĐ-TTg" (a document). Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_namdinh-dieu-tra-doanh-nghiep-truc-tuyen-2020-precision", kind="result", year=2020, records=[
    R("gồm «80 điều tra viên", "điều tra viên, giám sát viên được lựa chọn và tập huấn về quy trình thu thập "
      "thông tin qua điều tra trực tuyến", "=", 80, **CNT),
])

# --------------------------------------------------------------------------
# 11 Yên Bái, Yên Bình district's monthly labour-force survey on electronic questionnaires, 2021
# (cucthongke.yenbai.gov.vn; cut: the byline "Thanh Vân"; no date; the opening sentence repeats
# at the end, cut off at "quốc "). A precision text: one record. Target (the plan): "Theo kế hoạch
# triển khai của Cục Thống kê tỉnh, kỳ đầu tiên của năm 2021 huyện Yên Bình thu thập thông tin 03
# địa bàn" (`>=`, count: a planned figure, as 02's "sẽ tiến hành điều tra tại 372 địa bàn"; a
# judgement). Year 2021. Not quantities: "15 tuổi" (part of the subject, twice), "năm 2021" (the
# survey's name). Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_yenbai-yenbinh-lao-dong-viec-lam-phieu-dien-tu-2021-precision", kind="result", year=2021,
           records=[
    TGT("thông tin «03 địa bàn", "địa bàn huyện Yên Bình thu thập thông tin kỳ đầu tiên của năm 2021", ">=", 3,
        **CNT),
])

# --------------------------------------------------------------------------
# 12 Hải Dương, 96,3% of enterprises through the 2023 enterprise survey's online form, June 2023
# (baohaiduong.vn; cut: the byline "09/06/2023 20:16", written as the first line
# `date 2023-06-09`, the byline " PV", the counter "(0) Bình luận" and the title repeated at the
# page's foot; the caption naming "năm 2023" kept). Year 2023. Results: the title's "96,3% số doanh
# nghiệp hoàn thành kê khai thông tin điều tra" (a share of the enterprises, recorded as the
# earlier sets record a title that states a value), "có 11.757 doanh nghiệp ở Hải Dương hoàn thành
# kê khai thông tin điều tra", "Bao gồm 9.707 doanh nghiệp được điều tra toàn bộ và 2.050 doanh
# nghiệp điều tra chọn mẫu" (a breakdown, two counts), "5 địa phương có toàn bộ doanh nghiệp đã
# hoàn thành kê khai", "Tất cả doanh nghiệp ở 4 huyện ... hoàn thành kê khai điều tra chọn mẫu"
# (counts). Target: "Thực hiện kế hoạch điều tra doanh nghiệp năm 2023, Cục Thống kê tỉnh tiến
# hành điều tra 12.203 doanh nghiệp" (the plan's coverage, `>=`; a judgement). NOT: "đạt 96,3% kế
# hoạch" (the same figure worded as completion against the plan, as the earlier sets' majority
# leaves out "đạt 102% kế hoạch"). Not quantities: "7.6", "30.6", "năm 2023" (dates). Pillar null.
# --------------------------------------------------------------------------
D12 = dict(name="12_haiduong-dieu-tra-doanh-nghiep-ke-khai-2023", kind="result", year=2023, records=[
    R("\n«96,3% số doanh nghiệp", "số doanh nghiệp hoàn thành kê khai thông tin điều tra", "=", 96.3),
    R("có «11.757 doanh nghiệp", "doanh nghiệp ở Hải Dương hoàn thành kê khai thông tin điều tra", "=", 11757,
      **CNT),
    R("Bao gồm «9.707 doanh nghiệp", "doanh nghiệp được điều tra toàn bộ hoàn thành kê khai", "=", 9707, **CNT),
    R("và «2.050 doanh nghiệp", "doanh nghiệp điều tra chọn mẫu hoàn thành kê khai", "=", 2050, **CNT),
    R("«5 địa phương", "địa phương có toàn bộ doanh nghiệp đã hoàn thành kê khai điều tra theo kế hoạch", "=", 5,
      **CNT),
    R("ở «4 huyện", "huyện có tất cả doanh nghiệp hoàn thành kê khai điều tra chọn mẫu", "=", 4, **CNT),
    TGT("tiến hành điều tra «12.203 doanh nghiệp", "doanh nghiệp, hợp tác xã và các chi nhánh hạch toán độc lập "
        "Cục Thống kê tỉnh tiến hành điều tra", ">=", 12203, **CNT),
], NOT=["đạt «96,3% kế hoạch"])

# --------------------------------------------------------------------------
# 13 The draft statistics strategy 2021-2030 put to consultation, with its target for timely
# statistical products (baodauthau.vn; nothing cut: the photo caption states the target and stays,
# twice; no byline, no stamp; the excerpt ends in "đúng h"). Targets: "đặt mục tiêu 70% sản phẩm
# và dịch vụ thống kê được cung cấp cho người dùng đúng hạn vào năm 2025" (three records: the
# caption twice and the body's truncated third, `>=`, year 2025: the third names no year and takes
# the target's stated year; a judgement). Document year null. Not quantities: "2021 - 2030",
# "2045" (the strategy's period), "10 năm" (the period ahead; twice, the second in the name of the
# ten-year socio-economic strategy "10 năm 2021 - 2030"). Pillar null.
# --------------------------------------------------------------------------
D13 = dict(name="13_toanquoc-du-thao-chien-luoc-thong-ke-2025", kind="target", year=None, records=[
    R("2045.\nDự thảo Chiến lược phát triển thống kê Việt Nam đặt mục tiêu «70%",
      "sản phẩm và dịch vụ thống kê được cung cấp cho người dùng đúng hạn", ">=", 70, year=2025),
    R("NC st\n\nDự thảo Chiến lược phát triển thống kê Việt Nam đặt mục tiêu «70%",
      "sản phẩm và dịch vụ thống kê được cung cấp cho người dùng đúng hạn", ">=", 70, year=2025),
    R("phấn đấu «70%", "sản phẩm và dịch vụ thống kê được cung cấp cho người dùng đúng hạn", ">=", 70,
      year=2025),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=HERE / "texts")  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=HERE / "texts")  # its NOT anchors (check_gold.py)

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, HERE / "gold")
