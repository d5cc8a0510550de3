#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set302).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Theme: fires, fire prevention and rescue in the provinces (fires, deaths, injuries and damage;
fire-safety inspections, fines and suspensions; neighbourhood fire-safety groups; a national
infrastructure plan's target), pages of 2022-2026.

NOT lists percentages deliberately left without a record; this set has none (every percentage in
its texts is a share reached or stated, and has a record).

`indicator_id_gold` (`iid=`, ignored by the scorer) is null for every record: the catalogue
(muctieu/catalog/data/indicators.yaml) holds no indicator of fires, fire-safety inspections, fines
or rescue; see README, "Catalogue labels".

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

DONG = dict(unit="other", unit_text="đồng")  # money, the magnitude word multiplied in (spec)
HA = dict(unit="other", unit_text="ha")  # forest burnt
C = functools.partial(R, unit="count")  # a count reached, the commonest record of this set
B = 1e9  # "tỷ"
M = 1e6  # "triệu"

# --------------------------------------------------------------------------
# 01 Phú Thọ, the provincial fire-prevention steering committee reviewing 2025 and launching 2026's
# work, February 2026 (baophutho.vn; the stamp " date 2026-02-09" written as the first line; cut:
# the photo caption "Phó Chủ tịch UBND tỉnh Nguyễn Khắc Hiếu phát biểu chỉ đạo tại hội nghị." with
# the blank line after it; the excerpt ends in "thiệt hại về tài "). Results of "Năm 2025" (year
# 2025, the sentence's own year, not the stamp's 2026): "190 vụ cháy, làm 1 người chết, 1 người bị
# thương" (three counts). Not quantities: "9/2" (a date), "148 điểm cầu" (the places linked to the
# meeting, the participants of an event, spec), "năm 2025", "năm 2026" (years).
# --------------------------------------------------------------------------
D01 = dict(name="01_phutho-tong-ket-pccc-2025-trien-khai-2026", kind="result", year=2025, records=[
    C("xảy ra «190 vụ cháy", "vụ cháy xảy ra trên toàn tỉnh", "=", 190),
    C("làm «1 người chết", "người chết do cháy", "=", 1),
    C("«1 người bị thương", "người bị thương do cháy", "=", 1),
])

# --------------------------------------------------------------------------
# 02 Thanh Hóa, fires and explosions from 2015 to 14/3/2025 and their causes, July 2025
# (baothanhhoa.vn; the stamp " date 2025-07" written as the first line; cut: the photo caption
# "Công an tỉnh tuyên truyền, hướng dẫn ... công an các đơn vị." with the blank line after it; the
# excerpt ends in "ban đêm hoặc r"). Year 2025 (the period ends "ngày 14/3/2025", as set232's 07
# takes its period's end). Results: the period's fires, deaths, injured, damage ("hơn 246 tỷ đồng"
# `>`, unit other "đồng") and forest ("367,88ha", unit other "ha"); the causes, each a count and
# its share ("chiếm 56,81% tổng số vụ cháy": a share of the total, the spec's "so với tổng số"
# rule; `=`); the large fires "19 vụ ... chỉ chiếm 1,9%" and what they caused, each with its share
# in brackets (spec: a bracket that states a value is a quantity): "20 người chết (chiếm 100% ...)",
# "88 người bị thương (chiếm 70% ...)", "ước tính 158,9 tỷ đồng (chiếm 54,5% ...)" (`=`, "ước
# tính" read as a result's estimate, as set232's 07), "215ha rừng (chiếm 58,4%)". Not quantities:
# "31.227 cơ sở thuộc diện quản lý", "6.037 cơ sở do cơ quan công an quản lý", "1.856 cơ sở có nguy
# hiểm cháy, nổ", "25.190 cơ sở do UBND cấp xã quản lý" (the size of the stock of facilities the
# province manages, not a value reached, as set232's "trên 26.000 cơ sở thuộc diện quản lý" and the
# earlier sets' sizes); "tăng 645 vụ, tăng 13 người chết, tăng 115 người bị thương, ... tăng hơn
# 200 tỷ đồng so với giai đoạn 2005-2015" (changes against an earlier period, spec); "năm 2015",
# "14/3/2025", "2005-2015" (dates). Scope null throughout (causes and kinds of fire, not levels).
# --------------------------------------------------------------------------
D02 = dict(name="02_thanhhoa-chay-no-giai-doan-2015-2025", kind="result", year=2025, records=[
    C("xảy ra «998 vụ cháy", "vụ cháy xảy ra trên địa bàn tỉnh từ năm 2015", "=", 998),
    C("làm «20 người chết, 125", "người chết do cháy từ năm 2015", "=", 20),
    C("«125 người bị thương", "người bị thương do cháy từ năm 2015", "=", 125),
    R("hơn «246 tỷ đồng", "thiệt hại về tài sản do cháy từ năm 2015", ">", 246 * B, **DONG),
    R("và «367,88ha rừng", "rừng bị thiệt hại do cháy từ năm 2015", "=", 367.88, **HA),
    C("có «567 vụ cháy", "vụ cháy do hệ thống thiết bị điện gặp sự cố", "=", 567),
    R("chiếm «56,81%", "vụ cháy do hệ thống thiết bị điện gặp sự cố chiếm tổng số vụ cháy", "=", 56.81),
    C("«217 vụ do", "vụ cháy do sơ xuất, bất cẩn trong sử dụng lửa, nhiệt", "=", 217),
    R("chiếm «21,74%", "vụ cháy do sơ xuất, bất cẩn trong sử dụng lửa, nhiệt chiếm tổng số vụ cháy", "=", 21.74),
    C("«14 vụ do", "vụ cháy do vi phạm các quy định về PCCC", "=", 14),
    R("chiếm «1,42%", "vụ cháy do vi phạm các quy định về PCCC chiếm tổng số vụ cháy", "=", 1.42),
    C("«198 vụ do", "vụ cháy do nguyên nhân khác", "=", 198),
    R("chiếm «19,83%", "vụ cháy do nguyên nhân khác chiếm tổng số vụ cháy", "=", 19.83),
    C("trong «19 vụ cháy lớn", "vụ cháy lớn gây thiệt hại nghiêm trọng", "=", 19),
    R("chiếm «1,9%", "vụ cháy lớn gây thiệt hại nghiêm trọng chiếm tổng số vụ cháy", "=", 1.9),
    C("làm «20 người chết (", "người chết trong các vụ cháy lớn", "=", 20),
    R("(chiếm «100% tổng", "người chết trong các vụ cháy lớn chiếm tổng số người chết", "=", 100),
    C("«88 người bị thương", "người bị thương trong các vụ cháy lớn", "=", 88),
    R("(chiếm «70% tổng", "người bị thương trong các vụ cháy lớn chiếm tổng số người bị thương", "=", 70),
    R("ước tính «158,9 tỷ", "thiệt hại về tài sản trong các vụ cháy lớn", "=", 158.9 * B, **DONG),
    R("(chiếm «54,5%", "thiệt hại về tài sản trong các vụ cháy lớn chiếm tổng thiệt hại", "=", 54.5),
    R("«215ha rừng", "rừng bị cháy trong các vụ cháy lớn", "=", 215, **HA),
    R("(chiếm «58,4%", "rừng bị cháy trong các vụ cháy lớn chiếm tổng diện tích rừng bị cháy", "=", 58.4),
])

# --------------------------------------------------------------------------
# 03 Hà Nội, the city police's fire-safety checks of boarding houses, mini-apartment buildings and
# houses used for business in the first half of 2024 (chatluongvacuocsong.vn; cut: the truncated
# repeat of the title "Không đáp ứng PCCC, hàng chục nhìn nh" at the end with the blank line before
# it; no byline, no stamp). Year 2024 ("6 tháng đầu năm 2024"). Results, counts `=` unless a bound
# word stands at the number: "36.972/36.972 nhà trọ" (the numerator, as set193's "15/15 xã"),
# "3.134 trường hợp/4.310 hành vi" (two counts, each its own subject), "gần 13 tỷ đồng" (`~`,
# spec), "trên 487 triệu đồng" (`>`), the suspensions and stops, and the two "100% chủ đầu tư ký
# cam kết thực hiện" (shares reached, `=`). Scope null (boarding houses, mini apartments and houses
# for business are kinds of facility, not levels: spec's breakdown rule). Not quantities: "6 tháng
# đầu năm 2024" (a period), "hàng chục nghìn" in the title (no number), the denominator "/36.972".
# --------------------------------------------------------------------------
D03 = dict(name="03_hanoi-kiem-tra-nha-tro-chung-cu-mini-2024", kind="result", year=2024, records=[
    C("kiểm tra «36.972/", "nhà trọ đã kiểm tra phòng cháy, chữa cháy", "=", 36972),
    C("xử phạt «3.134 trường hợp", "trường hợp xử phạt đối với nhà trọ", "=", 3134),
    C("«4.310 hành vi", "hành vi xử phạt đối với nhà trọ", "=", 4310),
    R("gần «13 tỷ đồng", "phạt tiền đối với nhà trọ", "~", 13 * B, **DONG),
    C("đình chỉ «672 trường hợp", "nhà trọ bị tạm đình chỉ", "=", 672),
    C("«75 trường hợp", "nhà trọ đang bị đình chỉ hoạt động", "=", 75),
    C("yêu cầu «16.479 cơ sở", "cơ sở nhà trọ yêu cầu dừng hoạt động", "=", 16479),
    R("hoạt động, «100% chủ đầu tư", "chủ đầu tư nhà trọ ký cam kết thực hiện", "=", 100),
    C("đối với «193 cơ sở", "cơ sở chung cư mini đã tổ chức kiểm tra", "=", 193),
    C("tạm đình chỉ «14 trường hợp", "chung cư mini bị tạm đình chỉ", "=", 14),
    C("hợp, «4 trường hợp", "chung cư mini đang bị đình chỉ hoạt động", "=", 4),
    C("yêu cầu «22 cơ sở", "cơ sở chung cư mini yêu cầu dừng hoạt động", "=", 22),
    R("động; «100% chủ đầu tư", "chủ đầu tư chung cư mini ký cam kết thực hiện", "=", 100),
    C("đối với «5.808 cơ sở", "cơ sở nhà ở kết hợp sản xuất, kinh doanh đã tổ chức kiểm tra", "=", 5808),
    C("xử phạt «435 trường hợp", "trường hợp xử phạt đối với nhà ở kết hợp sản xuất, kinh doanh", "=", 435),
    R("trên «487 triệu đồng", "phạt tiền đối với nhà ở kết hợp sản xuất, kinh doanh", ">", 487 * M, **DONG),
    C("tạm đình chỉ «9 trường hợp", "nhà ở kết hợp sản xuất, kinh doanh bị tạm đình chỉ", "=", 9),
    C("hợp, «1 trường hợp", "nhà ở kết hợp sản xuất, kinh doanh đang bị đình chỉ hoạt động", "=", 1),
    C("yêu cầu «129 cơ sở", "cơ sở nhà ở kết hợp sản xuất, kinh doanh yêu cầu dừng hoạt động", "=", 129),
])

# --------------------------------------------------------------------------
# 04 Vĩnh Phúc, the provincial police's fire-safety checks and penalties, November 2023
# (vietbao.vn; the stamp " date 2023-11" written as the first line; nothing cut). Year 2023.
# Results: "gần 4.700 lượt công trình", "gần 370 cơ sở" (`~`, "gần" spec), "hơn 170 trường hợp",
# "hơn 2,5 tỷ đồng", "hơn 5.000 hộ gia đình" (`>`), "100 cơ sở", "14 cơ sở" (`=`). Not quantities:
# "19/11" (a date).
# --------------------------------------------------------------------------
D04 = dict(name="04_vinhphuc-kiem-tra-xu-phat-pccc-2023", kind="result", year=2023, records=[
    C("gần «4.700 lượt", "lượt công trình nhà ở, cơ sở lưu trú, cơ sở sản xuất kinh doanh đã kiểm tra an toàn "
      "PCCC", "~", 4700),
    C("gần «370 cơ sở", "cơ sở bị đình chỉ, tạm đình chỉ, xin tự dừng hoạt động kiểm tra đột xuất", "~", 370),
    C("hơn «170 trường hợp", "trường hợp vi phạm hành chính về PCCC bị xử lý", ">", 170),
    R("hơn «2,5 tỷ đồng", "tổng số tiền phạt vi phạm về PCCC", ">", 2.5 * B, **DONG),
    C("động «100 cơ sở", "cơ sở bị đình chỉ hoạt động", "=", 100),
    C("động «14 cơ sở", "cơ sở sản xuất kinh doanh bị tạm đình chỉ hoạt động", "=", 14),
    C("hơn «5.000 hộ", "hộ gia đình nhà ở kết hợp sản xuất kinh doanh ký cam kết đảm bảo an toàn PCCC", ">", 5000),
])

# --------------------------------------------------------------------------
# 05 Đồng Nai, the month-long general check of fire safety, 15/10-14/11/2022 (zingnews.vn; the stamp
# " date 2022-11" written as the first line; cut: the photo caption "Cảnh sát kiểm tra PCCC tại một
# quán karaoke ở TP Biên Hòa. Ảnh: Công an cung cấp." with the blank line after it; the excerpt
# ends in "xử lý triệt để "). Year 2022. Results: the lead's "hơn 9.500 cơ sở", "857 trường hợp",
# "hơn 4,7 tỷ đồng" and the body's "9.529 cơ sở", "857 trường hợp", "hơn 4,7 tỷ đồng" (each
# statement its own record, as the earlier sets record a lead's figures); "đối với 100% cơ sở được
# phân cấp quản lý" (the share of facilities the 30-day check covered, read as reached: the report
# follows the check; a judgement); "11 cơ sở" whose certificate was withdrawn. Not quantities:
# "30 ngày", "một tháng" (durations), "17/11", "15/10", "14/11" (dates).
# --------------------------------------------------------------------------
D05 = dict(name="05_dongnai-tong-ra-soat-pccc-2022", kind="result", year=2022, records=[
    C("Kiểm tra hơn «9.500 cơ sở", "cơ sở được kiểm tra an toàn PCCC", ">", 9500),
    C("xử phạt «857 trường hợp vi phạm với số", "trường hợp vi phạm xử phạt", "=", 857),
    R("tiền hơn «4,7 tỷ", "số tiền phạt vi phạm PCCC", ">", 4.7 * B, **DONG),
    R("đối với «100% cơ sở", "cơ sở được phân cấp quản lý được tổng rà soát, kiểm tra an toàn về PCCC và CNCH",
      "=", 100),
    C("đối với «9.529 cơ sở", "cơ sở được kiểm tra an toàn PCCC và CNCH", "=", 9529),
    C("xử phạt «857 trường hợp vi phạm với tổng", "trường hợp vi phạm xử phạt", "=", 857),
    R("phạt hơn «4,7 tỷ", "tổng số tiền phạt vi phạm PCCC", ">", 4.7 * B, **DONG),
    C("đối với «11 cơ sở", "cơ sở đã đình chỉ và thu hồi giấy chứng nhận an ninh trật tự", "=", 11),
])

# --------------------------------------------------------------------------
# 06 Bà Rịa - Vũng Tàu, a district police's check of the facilities the communes manage,
# 15/10-15/12/2022 (baobariavungtau.com.vn; the stamp " date 2022-12" written as the first line;
# cut: the byline "TRÍ NHÂN" with the blank line before it). The excerpt names no district (the
# page's title is not in it). Year 2022. Results, counts `=`: "1.334/1.334 cơ sở" and "19/19 cơ sở
# kinh doanh karaoke" (numerators), "3 cơ sở", "2 cơ sở", "7 cơ sở"; money "3,6 triệu đồng",
# "11 triệu đồng". Not quantities: "15/10", "15/12" (dates), the denominators.
# --------------------------------------------------------------------------
D06 = dict(name="06_bariavungtau-huyen-kiem-tra-co-so-pccc-2022", kind="result", year=2022, records=[
    C("đối với «1.334/", "cơ sở thuộc diện quản lý theo thẩm quyền về PCCC của UBND cấp xã đã tiến hành kiểm "
      "tra an toàn PCCC và CNCH", "=", 1334),
    C("xử phạt «3 cơ sở", "cơ sở vi phạm các quy định về an toàn PCCC và CNCH ra quyết định xử phạt", "=", 3),
    R("số tiền «3,6 triệu", "tổng số tiền xử phạt cơ sở vi phạm về an toàn PCCC và CNCH", "=", 3.6 * M, **DONG),
    C("kiểm tra «19/19", "cơ sở kinh doanh karaoke Công an huyện đã kiểm tra", "=", 19),
    C("hành chính «2 cơ sở", "cơ sở kinh doanh karaoke lập hồ sơ xử phạt vi phạm hành chính", "=", 2),
    R("số tiền «11 triệu", "tổng số tiền xử phạt cơ sở kinh doanh karaoke", "=", 11 * M, **DONG),
    C("thời, «7 cơ sở", "cơ sở có đơn trình báo tạm ngừng hoạt động để sửa chữa, khắc phục", "=", 7),
])

# --------------------------------------------------------------------------
# 07 Bắc Ninh, fires and checks in the first quarter of 2023 (cafef.vn; the stamp " date 2023-04"
# written as the first line; nothing cut). Year 2023. Results: "5 vụ cháy", "391 cơ sở". Not
# quantities: "tăng 1 vụ so cùng kỳ quý I năm 2022" (a change against an earlier period, spec),
# "quý I/2023" (a period).
# --------------------------------------------------------------------------
D07 = dict(name="07_bacninh-quy-i-vu-chay-kiem-tra-2023", kind="result", year=2023, records=[
    C("xảy ra «5 vụ cháy", "vụ cháy xảy ra toàn tỉnh Bắc Ninh trong quý I", "=", 5),
    C("đối với «391 cơ sở", "cơ sở tiến hành kiểm tra an toàn PCCC&CNCH", "=", 391),
])

# --------------------------------------------------------------------------
# 08 Hà Tĩnh, neighbourhood fire-safety groups and public fire points after Directive 01/CT-TTg,
# September 2023 (baohatinh.vn, a page other than set232's 07; the stamp " date 2023-09" written as
# the first line; nothing cut). Year 2023. Results (counts, `=`): "301 mô hình tổ liên gia", "393
# mô hình điểm chữa cháy công cộng", "393.256 người" trained, "99.545 bình chữa cháy". Not
# quantities: "3/1/2023", "01/CT-TTg" (a date, a document number).
# --------------------------------------------------------------------------
D08 = dict(name="08_hatinh-to-lien-gia-diem-chua-chay-2023", kind="result", year=2023, records=[
    C("được «301 mô hình", "mô hình tổ liên gia an toàn về PCCC đã thành lập", "=", 301),
    C("«393 mô hình", "mô hình điểm chữa cháy công cộng đã thành lập", "=", 393),
    C("cho «393.256 người", "người được tập huấn, tuyên truyền kỹ năng PCCC và CNCH", "=", 393256),
    C("bị «99.545 bình", "bình chữa cháy được trang bị", "=", 99545),
])

# --------------------------------------------------------------------------
# 09 Ninh Bình's provincial police portal on the national plan for fire-prevention infrastructure
# 2021-2030 (Decision 819/QĐ-TTg) (congan.ninhbinh.gov.vn; cut: the image line "![]() |" and the
# photo caption "Đảm bảo mỗi đơn vị hành chính cấp huyện có tối thiểu 01 Đội Cảnh sát PCCC & CNCH. |";
# no byline, no stamp; the excerpt ends in "Đội PCCC cơ sở và c"). Targets for 2030 ("mục tiêu đến
# năm 2030"): the title's and the body's "mỗi đơn vị hành chính cấp huyện có tối thiểu 01 Đội Cảnh
# sát" (`>=`, count 1; two statements, two records; scope null: "cấp huyện" is part of the subject,
# spec). Not quantities: "819/QĐ-TTg" (a document), "2021 - 2030", "năm 2050" (a period, a year).
# --------------------------------------------------------------------------
D09 = dict(name="09_ninhbinh-quy-hoach-ha-tang-pccc-2030", kind="target", year=2030, records=[
    C("có tối thiểu «01 Đội Cảnh sát Phòng", "Đội Cảnh sát Phòng cháy, chữa cháy và cứu nạn, cứu hộ ở mỗi đơn vị "
      "hành chính cấp huyện", ">=", 1),
    C("có tối thiểu «01 Đội Cảnh sát PCCC", "Đội Cảnh sát PCCC & CNCH ở mỗi đơn vị hành chính cấp huyện", ">=", 1),
])

# --------------------------------------------------------------------------
# 10 Gia Lai, fires so far in 2023 (baogialai.com.vn, a page whose title is another item's; the
# stamp " date 2023-10" written as the first line; nothing cut). Year 2023. Result: "27 vụ cháy".
# Not quantities: "tăng 7 vụ so với cùng kỳ năm 2022" (a change, spec).
# --------------------------------------------------------------------------
D10 = dict(name="10_gialai-so-vu-chay-2023", kind="result", year=2023, records=[
    C("xảy ra «27 vụ cháy", "vụ cháy xảy ra trên toàn tỉnh Gia Lai từ đầu năm", "=", 27),
])

# --------------------------------------------------------------------------
# 11 Trà Vinh, the header, preamble and first purposes of plan 20/KH-UBND of 10/3/2023 implementing
# Directive 01/CT-TTg on fire prevention (ls1.hethongphapluat.com; cut: the site's name "Hệ thống
# pháp luật" and its two loading notices "Đang tải nội dung, vui lòng chờ giây lát..." with the blank
# line after them; no stamp; the excerpt ends in "cơ bản - chiến lược"). A precision text: no
# record. Not quantities: "20/KH-UBND", "01/CT-TTg" (documents), "ngày 10 tháng 3 năm 2023", "NGÀY
# 03 THÁNG 01 NĂM 2023" and its repeats (dates), the headings "I.", "1.".
# --------------------------------------------------------------------------
D11 = dict(name="11_travinh-ke-hoach-chi-thi-01-pccc-2023-precision", kind="target", year=2023, records=[])

# --------------------------------------------------------------------------
# 12 Lào Cai, the province's document 379/UBND-NC of 18/7/2025 implementing the Prime Minister's
# dispatch 105/CĐ-TTg after a fire in Hồ Chí Minh City (pbgdpl.laocai.gov.vn; nothing cut; no
# byline, no stamp; the excerpt ends in "phổ bi"). A precision text: no record. Not quantities:
# "18/7/2025", "07/7/2025" (dates), "379/UBND-NC", "105/CĐ-TTg" (documents), "căn hộ 019, căn hộ 020"
# (flat numbers, names), the headings "1.", "2.".
# --------------------------------------------------------------------------
D12 = dict(name="12_laocai-trien-khai-cong-dien-pccc-2025-precision", kind="target", year=2025, records=[])

# --------------------------------------------------------------------------
# 13 Quảng Nam, the steering committee's plan No. 30 for fire prevention in 2025 (baoquangnam.vn;
# the stamp " date 2025-03" written as the first line, the section label "Quốc phòng - An ninh"
# kept as the start of that line's rest; cut: the photo caption "Thực tập phương án chữa cháy tại
# nhà máy ... vào tháng 2/2025. Ảnh: HẢI ĐĂNG" with the blank line after it; the excerpt ends in
# "cho người dân,"). A precision text: "Phấn đấu mục tiêu giảm số vụ cháy nổ lớn" is a target with
# no number; no record. Not quantities: "Kế hoạch số 30" (a document), "năm 2025", "giai đoạn 2021 -
# 2025" (a year, a period).
# --------------------------------------------------------------------------
D13 = dict(name="13_quangnam-ke-hoach-pccc-2025-precision", kind="target", year=2025, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
