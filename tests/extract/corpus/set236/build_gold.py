#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set236).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
The theme (fishing vessels' monitoring devices, electronic catch traceability, livestock
traceability, high-tech farming areas, the ministry's agricultural data targets) has no catalogue
indicator: every record of this set has id null, written once per document by `docs()` below
rather than per record.

Conventions taken from the earlier sets' builders (grep), chiefly set190's fishing-vessel texts: a
fleet's size and the part of it that must carry a device ("có 4.650 tàu cá, trong đó 2.264 tàu
thuộc diện bắt buộc", the "/1.539" of "263 tàu/1.539 tàu") are the make-up of the subject and the
denominators of its share, not quantities; the numerator of "N/M tàu" is a count; each count of a
breakdown (by cause, by supplier, by port) is a record with its own subject, scope null; thresholds
that define the subject ("từ 15m trở lên", "hơn 10 ngày", "2 giờ/lần") are not quantities.

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

HA = dict(unit="other", unit_text="ha")

# --------------------------------------------------------------------------
# 01 Cà Mau, fishing vessels whose VMS device lost its connection, mid-2022 (baophapluat.vn;
# nothing cut: the line "Tỉnh Cà Mau hiện có 8 đơn vị ... VMS. |" is a caption with figures and
# stays; no byline, no stamp; the excerpt opens in mid-article with "Theo đó," and ends in "(phí vệ
# tinh) t"). Year 2022 ("Tính từ ngày 26/6/2022"; the caption, which names no year, takes it too).
# Results, pillar null. Caption: "8 đơn vị cung cấp thiết bị VMS" (=, count: the suppliers working
# in the province) and "trên 1.500 tàu cá đã được lắp đặt thiết bị VMS" (>). "khoảng 263 tàu/1.539
# tàu ... mất kết nối tín hiệu, chiếm tỉ lệ khoảng 17%" (~, count; ~, %; "khoảng" once for each
# number it stands before); the causes "135 tàu do chưa đóng phí vệ tinh; 56 tàu chưa rõ nguyên
# nhân, 61 tàu vào bờ; 10 tàu do lỗi thiết bị" (=, counts, each its own subject; "một thiết bị"
# is a word, no digit). The suppliers: "Zunibal: 145 thiết bị/691thiết bị, chiếm tỉ lệ 21%" ...
# "L'TRAn: 1 thiết bị/5 thiết bị, chiếm tỉ lệ 20%": per supplier the devices that lost the
# connection (=, count) and their share (=, %), the supplier in the indicator (a firm is neither an
# administrative level nor a place). Not quantities: the supplier's fleet of devices "/691", "/396",
# "/360", "/84", "/66", "/5" and the province's "/1.539" (denominators), "26/6/2022", "15/7/2021"
# (dates), "03/2021/NQ-HĐND" (a document number).
# --------------------------------------------------------------------------
LOST = "thiết bị VMS mất kết nối của doanh nghiệp"
D01 = dict(name="01_camau-vms-mat-ket-noi-2022", kind="result", year=2022, records=[
    R("hiện có «8 đơn vị", "đơn vị cung cấp thiết bị VMS tại tỉnh Cà Mau", "=", 8, **CNT),
    R("với trên «1.500 tàu", "tàu cá đã được lắp đặt thiết bị VMS", ">", 1500, **CNT),
    R("có khoảng «263 tàu", "tàu có thiết bị VMS mất kết nối tín hiệu tại Cà Mau", "~", 263, **CNT),
    R("tỉ lệ khoảng «17%", "tỉ lệ tàu có thiết bị VMS mất kết nối tín hiệu", "~", 17),
    R("có «135 tàu", "tàu mất kết nối do chưa đóng phí vệ tinh", "=", 135, **CNT),
    R("; «56 tàu", "tàu mất kết nối chưa rõ nguyên nhân", "=", 56, **CNT),
    R("nhân, «61 tàu", "tàu mất kết nối do vào bờ", "=", 61, **CNT),
    R("; «10 tàu", "tàu mất kết nối do lỗi thiết bị", "=", 10, **CNT),
    R("Zunibal: «145 thiết bị", LOST + " Zunibal", "=", 145, **CNT),
    R("tỉ lệ «21%", "tỉ lệ " + LOST + " Zunibal", "=", 21),
    R("Viettel: «33 thiết bị", LOST + " Viettel", "=", 33, **CNT),
    R("tỉ lệ «8%", "tỉ lệ " + LOST + " Viettel", "=", 8),
    R("Bình Anh: «20 thiết bị", LOST + " Bình Anh", "=", 20, **CNT),
    R("tỉ lệ «1,4%", "tỉ lệ " + LOST + " Bình Anh", "=", 1.4),
    R("VNPT: «49 thiết bị", LOST + " VNPT", "=", 49, **CNT),
    R("tỉ lệ «50%", "tỉ lệ " + LOST + " VNPT", "=", 50),
    R("Bách Khoa: «15 thiết bị", LOST + " Bách Khoa", "=", 15, **CNT),
    R("tỉ lệ «23%", "tỉ lệ " + LOST + " Bách Khoa", "=", 23),
    R("TRAn: «1 thiết bị", LOST + " L’TRAn", "=", 1, **CNT),
    R("tỉ lệ «20%", "tỉ lệ " + LOST + " L’TRAn", "=", 20),
])

# --------------------------------------------------------------------------
# 02 Vĩnh Long, fishing vessels that lost their VMS connection, October 2025
# (nongnghiepmoitruong.vn; cut: the hotline "| Hotline: 0983.970.780" with the blank line after it,
# the byline date "Chủ Nhật 19/10/2025 , 17:29 (GMT+7)", written as the first line
# `date 2025-10-19`, and the photo caption "Một chủ tàu cá cho biết, ... Ảnh: Hồ Thảo." (twice) with
# a blank line; the excerpt ends in "hồ sơ sẽ đ"). Year 2025 (the byline; "tính đến ngày 26/9").
# Results, pillar null. The title's and the lead's "100% tàu cá mất kết nối [mất tín hiệu] ... không
# có dấu hiệu vi phạm" (=, two records, one per statement, as the earlier sets record a title's
# number). "đã có 2.241 tàu lắp đặt, đạt tỷ lệ gần 99%" (=, count; ~, %). "Trong năm 2024, ...
# ghi nhận 4.550 lượt tàu mất kết nối ..., giảm còn 3.331 lượt trong 9 tháng đầu năm 2025" (=,
# 2024 and 2025: each the value of its period; "giảm còn" names the new value, not the change).
# "giảm từ 23 lượt (năm 2024) xuống còn 12 lượt (năm 2025)" (=, 2024 and 2025, likewise). The
# causes of 2024 "nguồn điện 30%, thiết bị hư hỏng 24% và đường truyền yếu 18%" (=, each its own
# subject). Not quantities: "4.650 tàu cá", "2.264 tàu thuộc diện bắt buộc" (the fleet and the part
# that must carry VMS: the make-up of the subject, set190), "6 giờ", "10 ngày" (twice), "trên 10
# ngày" (thresholds), "9 tháng đầu năm 2025" (a period), "26/9" (a date).
# --------------------------------------------------------------------------
D02 = dict(name="02_vinhlong-vms-mat-ket-noi-2025", kind="result", year=2025, records=[
    R("Long: «100% tàu", "tàu cá mất kết nối không có dấu hiệu vi phạm", "=", 100),
    R("\n«100% tàu cá mất tín hiệu", "tàu cá mất tín hiệu tại địa phương được xác minh do tai nạn hoặc hư hỏng "
      "thiết bị, không có dấu hiệu vi phạm", "=", 100),
    R("đã có «2.241 tàu", "tàu đã lắp đặt thiết bị giám sát hành trình (VMS)", "=", 2241, **CNT),
    R("tỷ lệ gần «99%", "tỷ lệ tàu lắp đặt thiết bị giám sát hành trình trên tổng số thiết bị đăng ký", "~", 99),
    R("ghi nhận «4.550 lượt", "lượt tàu mất kết nối từ 6 giờ đến dưới 10 ngày", "=", 4550, **CNT, year=2024),
    R("còn «3.331 lượt", "lượt tàu mất kết nối từ 6 giờ đến dưới 10 ngày", "=", 3331, **CNT),
    R("giảm từ «23 lượt", "trường hợp mất tín hiệu trên 10 ngày", "=", 23, **CNT, year=2024),
    R("xuống còn «12 lượt", "trường hợp mất tín hiệu trên 10 ngày", "=", 12, **CNT),
    R("nguồn điện «30%", "nguyên nhân mất kết nối do nguồn điện", "=", 30, year=2024),
    R("hư hỏng «24%", "nguyên nhân mất kết nối do thiết bị hư hỏng", "=", 24, year=2024),
    R("yếu «18%", "nguyên nhân mất kết nối do đường truyền yếu", "=", 18, year=2024),
])

# --------------------------------------------------------------------------
# 03 Kiên Giang, electronic catch traceability (eCDT) after four months, August 2024
# (tongcucthuysan.gov.vn; cut: the photo caption "Ảnh minh họa"; no byline, no stamp: the title
# line carries its own date "(09-08-2024)", kept; the excerpt ends in "giấy biên nhận bốc "). Year
# 2024 (the title's date). Results, pillar null. "Kiên Giang là 1 trong 3 tỉnh đầu tiên của Việt
# Nam chủ động mời Cục Thủy sản ... triển khai" (rank, <=, 3: a place among the first, as an
# earlier set's "1 trong 2 địa phương ... cao nhất"; a judgement: some sets read "1 trong N" as a
# count of N). The accounts and declarations: "679 tài khoản eCDT cho tàu cá, với 820 lượt tàu xuất
# cảng, 232 lượt tàu khai báo nhập cảng"; at Tắc Cậu port "620 tàu cá đã cài đặt tài khoản eCDT,
# với 162 lượt tàu khai báo cập cảng, 676 lượt tàu khai báo xuất cảng"; "Cảng cá An Thới có tổng
# số 77 tàu cá đã cài đặt"; "cấp 24 giấy biên nhận bốc [dỡ]" (=, counts, each its own subject, the
# port in the indicator: a port is not an administrative level). Not quantities: "hơn 4 tháng" (a
# duration), "09-08-2024" (a date).
# --------------------------------------------------------------------------
D03 = dict(name="03_kiengiang-ecdt-truy-xuat-thuy-san-2024", kind="result", year=2024, records=[
    R("1 trong «3 tỉnh", "tỉnh đầu tiên của Việt Nam chủ động mời Cục Thủy sản và đơn vị tư vấn dự án eCDT về địa "
      "phương để triển khai", "<=", 3, **RANK, note="'1 trong 3 tỉnh đầu tiên': a place among the first three"),
    R("cài đặt «679 tài khoản", "tài khoản eCDT cho tàu cá đã hướng dẫn, cài đặt", "=", 679, **CNT),
    R("với «820 lượt", "lượt tàu xuất cảng", "=", 820, **CNT),
    R("cảng, «232 lượt", "lượt tàu khai báo nhập cảng", "=", 232, **CNT),
    R("Cậu có «620 tàu", "tàu cá đã cài đặt tài khoản eCDT tại cảng cá Tắc Cậu", "=", 620, **CNT),
    R("với «162 lượt", "lượt tàu khai báo cập cảng tại cảng cá Tắc Cậu", "=", 162, **CNT),
    R("cảng, «676 lượt", "lượt tàu khai báo xuất cảng tại cảng cá Tắc Cậu", "=", 676, **CNT),
    R("tổng số «77 tàu", "tàu cá đã cài đặt tài khoản eCDT tại cảng cá An Thới", "=", 77, **CNT),
    R("cấp «24 giấy", "giấy biên nhận bốc dỡ Ban quản lý cảng cá Kiên Giang cấp", "=", 24, **CNT),
])

# --------------------------------------------------------------------------
# 04 Quảng Trị, fishing vessels fitted with VMS (thanhtra.com.vn; nothing cut; no byline, no
# stamp, no year anywhere in the text: year null; the excerpt opens with its sub-heading "Hiệu quả
# hệ thống VMS tàu cá" (no pillar) and ends in "giáp ranh với các n"). Results, pillar null.
# "184/192 tàu cá đã lắp hệ thống VMS, đạt 95,8%" (=, count; =, %); "Số tàu chưa lắp đặt gồm 3
# tàu cá ngư dân do điều kiện kinh tế khó khăn" (=, count); "5 tàu cá của Hải đội dân quân ... đã
# lắp thiết bị hành trình nhưng chưa kết nối" (=, count). Not quantities: "/192" (the
# denominator), the rules "từ 15m trở lên", "24/24 giờ", "2 giờ/lần", "3 giờ/lần", "từ 24m trở
# lên", "từ 15m đến dưới 24m" (the regulation's thresholds, not values reached).
# --------------------------------------------------------------------------
D04 = dict(name="04_quangtri-vms-tau-ca", kind="result", year=None, records=[
    R("đã có «184/192", "tàu cá đã lắp hệ thống VMS", "=", 184, **CNT),
    R("đạt «95,8%", "tàu cá đã lắp hệ thống VMS", "=", 95.8),
    R("gồm «3 tàu", "tàu cá ngư dân chưa lắp đặt do điều kiện kinh tế khó khăn", "=", 3, **CNT),
    R("bờ. «5 tàu", "tàu cá của Hải đội dân quân thường trực đã lắp thiết bị hành trình nhưng chưa kết nối", "=", 5,
      **CNT),
])

# --------------------------------------------------------------------------
# 05 The Ministry of Agriculture's mid-2021 figures on fishing vessels' VMS and marking, national
# (plo.vn; nothing cut; the stamp " date 2021-07" written as the first line `date 2021-07`; the
# whole article is one line, its title "Lắp đặt thiết bị giám sát hành trình mới đạt 87,45%" run
# into the body). Year 2021. Results, pillar null. The title's "mới đạt 87,45%" (=, a record of
# its own, as 02's title); "là 26.915 tàu (đạt 87,45%)" (=, count; =, %: the bracket states a
# value, spec); "tàu cá đã thực hiện đánh dấu theo quy định là 85.620 tàu, đạt 90,53%" (=, count;
# =, %); "49 cảng được chỉ định đủ điều kiện ... xác nhận, chứng nhận nguồn gốc thủy sản" (=,
# count); "từ đầu năm 2021 đến nay xảy ra 15 vụ/25 tàu" vi phạm (=, two counts: the cases and the
# vessels in them, not a share). Not quantities: "năm 2020 đã giảm so với cùng kỳ năm 2019 là 53
# vụ/53 tàu" and "đã giảm chín vụ/12 tàu" (a result's change against an earlier period, spec),
# "30-6" (a date), "15 m" (a threshold).
# --------------------------------------------------------------------------
VMS15 = "tàu cá có chiều dài từ 15 m trở lên lắp đặt thiết bị giám sát hành trình (VMS) có tín hiệu trên hệ thống"
D05 = dict(name="05_bo-nnptnt-vms-danh-dau-tau-ca-2021", kind="result", year=2021, records=[
    R("mới đạt «87,45% Theo", "Lắp đặt thiết bị giám sát hành trình", "=", 87.45),
    R("là «26.915 tàu", VMS15, "=", 26915, **CNT),
    R("(đạt «87,45%)", VMS15, "=", 87.45),
    R("là «85.620 tàu", "tàu cá đã thực hiện đánh dấu theo quy định", "=", 85620, **CNT),
    R("đạt «90,53%", "tàu cá đã thực hiện đánh dấu theo quy định", "=", 90.53),
    R("cộng «49 cảng", "cảng được chỉ định đủ điều kiện cho công tác xác nhận, chứng nhận nguồn gốc thủy sản từ "
      "khai thác", "=", 49, **CNT),
    R("xảy ra «15 vụ", "vụ tàu cá vi phạm vùng biển các nước trong khu vực", "=", 15, **CNT),
    R("vụ/«25 tàu", "tàu cá vi phạm vùng biển các nước trong khu vực", "=", 25, **CNT),
])

# --------------------------------------------------------------------------
# 06 Bình Thuận, vessels fitted with VMS, 2020 (thuvienbinhthuan.com.vn; cut: the photo caption
# "Trung tâm Dữ liệu giám sát tàu cá Bình Thuận", the rule "—————————–" and the visitor counter
# "Visits: 0", each with the blank line after it; no byline, no stamp). Year 2020 ("trong năm 2020";
# the text names no other). Results, pillar null. The title's "1.758 tàu cá Bình Thuận lắp đặt
# thiết bị giám sát hành trình" (=, count, its own record); "có 1.758 tàu cá/1.920 tàu cá (đạt trên
# 91%) lắp đặt thiết bị VMS" (=, count; >, %); "100% số tàu cá có chiều dài từ 24m trở lên và 91%
# tàu cá có chiều dài từ 15-24m đã lắp đặt xong" (=, two records, each its own subject: a length
# class is a kind of thing, scope null, as set190's Bình Thuận text). Not quantities: "/1.920" (the
# denominator), "24m", "15-24m" (length classes). "phấn đấu hoàn thành" states no number.
# --------------------------------------------------------------------------
D06 = dict(name="06_binhthuan-vms-tau-ca-2020", kind="result", year=2020, records=[
    R("«1.758 tàu cá Bình", "tàu cá Bình Thuận lắp đặt thiết bị giám sát hành trình", "=", 1758, **CNT),
    R("có «1.758 tàu", "tàu cá lắp đặt thiết bị VMS", "=", 1758, **CNT),
    R("(đạt trên «91%)", "tàu cá lắp đặt thiết bị VMS", ">", 91),
    R("Trong đó, «100% số", "số tàu cá có chiều dài từ 24m trở lên đã lắp đặt xong", "=", 100),
    R("và «91% tàu", "tàu cá có chiều dài từ 15-24m đã lắp đặt xong", "=", 91),
])

# --------------------------------------------------------------------------
# 07 Quảng Bình, a journal article's abstract on the use of VMS for offshore fishing, 2021
# (text.123docz.net; nothing cut: the journal's header, the authors' lines and the dates are the
# document's own lines; no byline, no stamp). Year 2021 (the issue "Số 3/2021" and the dates of
# 2021; the study's figures name no other year). Results, pillar null. "Có 1.047/1.207 tàu đã hoàn
# thành lắp đặt VMS, chiếm 86,7%" (=, count; =, %); "Thiết bị Thuaray SF 2500 được ngư dân sử dụng
# nhiều nhất, chiếm 64,7%" (=, % of the devices fitted: a share); "Cơ quan quản lý đã giám sát được
# 96,6% tàu thuyền" (=); "phát hiện được 77 trường hợp tàu thuyền vi phạm vùng biển nước ngoài" (=,
# count). Not quantities: "Quảng Bình có 1.207 tàu cá thuộc diện phải trang bị VMS" and "/1.207"
# (the size of the subject and the denominator, set190), "Số 3/2021" (the issue), "1", "2", "1*",
# "2*" (the authors' reference marks), "0905398699" (a phone number), "16/08/2021", "28/09 /2021",
# "29/09 /2021" (dates), "SF 2500" (a model's name), "02 giờ/lần", "03 giờ/lần", "24 m", "15m",
# "24m" (the regulation's reporting intervals and length classes).
# --------------------------------------------------------------------------
D07 = dict(name="07_quangbinh-vms-nghien-cuu-2021", kind="result", year=2021, records=[
    R("Có\n«1.047/1.207", "tàu đã hoàn thành lắp đặt VMS", "=", 1047, **CNT),
    R("chiếm «86,7%", "tàu đã hoàn thành lắp đặt VMS", "=", 86.7),
    R("chiếm «64,7%", "Thiết bị Thuaray SF 2500 được ngư dân sử dụng nhiều nhất", "=", 64.7),
    R("giám sát được «96,6%", "tàu thuyền cơ quan quản lý đã giám sát được", "=", 96.6),
    R("phát hiện được «77", "trường hợp tàu thuyền vi phạm vùng biển nước ngoài được phát hiện", "=", 77, **CNT),
])

# --------------------------------------------------------------------------
# 08 Đồng Nai, a consultation on a digital agriculture and traceability platform, 2023
# (baotintuc.vn; nothing cut; no byline, no stamp; the excerpt opens with "Tại hội nghị," and ends
# in "hơn 47.500 c"). Year 2023 ("Tính đến cuối tháng 6 năm 2023"). Results, pillar null. The
# traceability of animal products: "gần 1.200 cá nhân, tổ chức ... đã đăng ký tham gia và được cấp
# tài khoản" (~, count); "toàn tỉnh có hơn 47.500 c[...]" (>, count: the excerpt cuts the subject
# after its first letter; recorded with the words the text gives, as set193's "738.291 tài kho").
# Not quantities: "2 dự án Quản lý trang trại chăn nuôi ... và Truy xuất nguồn gốc ..." (the count
# of the two projects it names, as the earlier sets' counts of projects and tasks), "năm 2020"
# (twice), "2021 – 2025", "2019-2020", "năm 2025", "năm 2030" (dates and periods).
# --------------------------------------------------------------------------
D08 = dict(name="08_dongnai-truy-xuat-nguon-goc-chan-nuoi-2023", kind="result", year=2023, records=[
    R("có gần «1.200 cá nhân", "cá nhân, tổ chức đã đăng ký tham gia truy xuất nguồn gốc thực phẩm có nguồn gốc "
      "động vật và được cấp tài khoản", "~", 1200, **CNT),
    R("có hơn «47.500 c", "toàn tỉnh có c", ">", 47500, **CNT, note="the excerpt ends after the subject's first letter"),
])

# --------------------------------------------------------------------------
# 09 Lâm Đồng, high-tech and smart farming, October 2023 (1thegioi.vn, a print page; cut: the
# byline "Khoa học - công nghệ - Ngày đăng : 11:00, 09/10/2023", written as the first line
# `date 2023-10-09`; the excerpt ends in "trên 465ha ứn"). Results, pillar null (the sub-heading
# "Ứng dụng công nghệ cao" names no pillar). "năm 2022 toàn tỉnh có 65.308ha, chiếm 21,8% tổng
# diện tích canh tác toàn tỉnh" (=, area in unit other "ha"; =, %; year 2022) and its breakdown by
# crop "25.830ha rau; 3.035ha hoa; ... 363ha cây trồng khác" (=, nine records, each its own
# subject, 2022). Đà Lạt's "300ha trồng hoa cúc sử dụng đèn Led" (=), "trên 241,82ha sử dụng công
# nghệ IoT của Công ty Mimozatek" (>, written twice in a row: two records, one per statement; the
# page repeats itself), "toàn tỉnh có trên 465ha ứn[g dụng ...]" (>, the subject cut): year 2023,
# the byline's (no year is written for them). Not quantities: "20W" (the lamp's rating), "4.0" (a
# name), "11:00", "09/10/2023" (the byline, cut).
# --------------------------------------------------------------------------
HT = "diện tích ứng dụng công nghệ cao"
D09 = dict(name="09_lamdong-nong-nghiep-cong-nghe-cao-2022", kind="result", year=2023, records=[
    R("có «65.308ha", "diện tích nông nghiệp ứng dụng công nghệ cao toàn tỉnh", "=", 65308, **HA, year=2022),
    R("chiếm «21,8%", "diện tích nông nghiệp ứng dụng công nghệ cao trong tổng diện tích canh tác toàn tỉnh", "=",
      21.8, year=2022),
    R("có «25.830ha", HT + ": rau", "=", 25830, **HA, year=2022),
    R("; «3.035ha", HT + ": hoa", "=", 3035, **HA, year=2022),
    R("; «3.559ha", HT + ": chè", "=", 3559, **HA, year=2022),
    R("; «20.404ha", HT + ": cà phê", "=", 20404, **HA, year=2022),
    R("; «5.045ha", HT + ": lúa", "=", 5045, **HA, year=2022),
    R("; «6.885ha", HT + ": cây ăn quả", "=", 6885, **HA, year=2022),
    R("; «167ha", HT + ": cây dược liệu", "=", 167, **HA, year=2022),
    R("; «20ha", HT + ": nấm", "=", 20, **HA, year=2022),
    R("và «363ha", HT + ": cây trồng khác", "=", 363, **HA, year=2022),
    R("có «300ha", "diện tích trồng hoa cúc sử dụng đèn Led thay thế đèn Compact trên địa bàn TP.Đà Lạt", "=", 300, **HA),
    R("có trên «241,82ha", "diện tích sử dụng công nghệ IoT của Công ty Mimozatek", ">", 241.82, **HA),
    R("Mimozatek; trên «241,82ha", "diện tích sử dụng công nghệ IoT của Công ty Mimozatek", ">", 241.82, **HA,
      note="the page states the same figure twice in a row"),
    R("trên «465ha", "diện tích trong sản xuất trồng trọt toàn tỉnh ứng dụng", ">", 465, **HA,
      note="the excerpt ends in 'ứn'"),
])

# --------------------------------------------------------------------------
# 10 Bình Dương's newspaper on the Ministry of Agriculture's digital transformation targets for 2025
# (baobinhduong.vn; nothing cut; no byline, no stamp; the excerpt ends in "nông nghiệp Bình Dươ").
# Targets for 2025 ("kế hoạch chuyển đổi số của Bộ NN&PTNT đến năm 2025"; the document names no
# other year), `>=` (bare numbers of a target). Pillar null (no heading). "mục tiêu 80% cơ sở dữ
# liệu về nông nghiệp được xây dựng, cập nhật trên nền tảng Big data" and "50% các thiết bị quan
# sát, giám sát sử dụng công nghệ số" (two records). Not quantities: "749/QÐ-TTG" (a document
# number), "năm 2025", "năm 2030" (dates).
# --------------------------------------------------------------------------
D10 = dict(name="10_binhduong-bo-nnptnt-muc-tieu-nong-nghiep-so-2025", kind="target", year=2025, records=[
    R("mục tiêu «80% cơ sở", "cơ sở dữ liệu về nông nghiệp được xây dựng, cập nhật trên nền tảng Big data có sự "
      "đóng góp của tổ chức, cá nhân, cộng đồng", ">=", 80),
    R("xã hội số. «50% các", "các thiết bị quan sát, giám sát sử dụng công nghệ số, bảo đảm thu nhận trực tiếp dữ "
      "liệu số", ">=", 50),
])

# --------------------------------------------------------------------------
# 11 Đồng Tháp, Decision 773/QĐ-UBND-HC of 18/07/2022 issuing the agriculture sector's digital
# transformation scheme 2022-2025 (thuvienphapluat.vn; cut: the site's search box "Từ khoá: Số
# Hiệu, ...", "Đăng nhập" and "Đang tải văn bản..." with their blank lines, and the site's five
# metadata lines "Số hiệu: ... Loại văn bản: ...", "Nơi ban hành: ... Người ký: ...", "Ngày ban
# hành: ... Ngày hiệu lực: ...", "Ngày công báo: ...", "Tình trạng: Đã biết" with the blank line
# after them; the excerpt ends in "Giám đốc S"). A precision text, no record: the decision's number
# and date, the legal bases' numbers and dates ("19/6/2015", "22/11/2019", "749/QĐ-TTg ngày
# 03/6/2020", "942/QĐ-TTg ngày 15/6/2021", "150/QĐ-TTg ngày 28/01/2022", "04-NQ/TU ngày
# 31/12/2022"), the periods "2022 - 2025", "2021 - 2025", "2021 - 2030" and the years "2025",
# "2030", "2050" in titles.
# --------------------------------------------------------------------------
D11 = dict(name="11_dongthap-de-an-cds-nong-nghiep-2022-precision", kind="target", year=2022, records=[])

# --------------------------------------------------------------------------
# 12 Bắc Ninh, Decision 705/QĐ-UBND of 05/12/2024 approving the scheme on IT and digital
# transformation for farm owners, cooperatives and farming households 2025-2028
# (thuvienphapluat.vn; nothing cut; the excerpt ends in "Că"). A precision text, no record: the
# decision's number and date, the period "2025-2028", the legal bases' numbers and dates
# ("19-NQ/TW, ngày 16/6/2022", "36-NQ/TW ngày 01/7/2014", "52-NQ/TW ngày 27/9/2019", "46-NQ/TW,
# ngày 20/12/2023", the laws' numbers "67/2006/QH11", "24/2018/QH14", "83/2018/NĐ-CP"), "khóa XIII",
# "khóa XI" (roman), "lần thứ tư" (a word), the years "2030", "2045" in a resolution's title.
# --------------------------------------------------------------------------
D12 = dict(name="12_bacninh-de-an-cds-nong-dan-htx-2024-precision", kind="target", year=2024, records=[])

# --------------------------------------------------------------------------
# 13 Hà Tĩnh, digital tools for forest protection and fire prevention (doanhnghiepkinhtexanh.vn;
# cut: the image file name "z5642918047308-...-1721259973.jpg" and the photo caption "Hà Tĩnh đẩy
# mạnh áp dụng cộng nghệ số ..." with the blank line after it; no byline, no stamp, no year in the
# text: year null; the excerpt ends in "ứng dụng trong th"). A precision text, no record: "trên
# 359.000ha chiếm 60% diện tích tự nhiên" (twice "359.000"), "gần 130.000 ha rừng dễ cháy" (the
# size of the forest to protect, the province's make-up, as set190's fleet sizes; the 60% is the
# forest's share of the land, NOT), "camera 360 độ" (the camera's kind, a name).
# --------------------------------------------------------------------------
D13 = dict(name="13_hatinh-camera-chay-rung-precision", kind="result", year=None, records=[],
           NOT=["chiếm «60%"])


def docs():
    """The documents, every record's catalogue id null (see the docstring)."""
    out = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
    for d in out:
        for r in d["records"]:
            assert r["iid"] is None, r
    return out


DOCS = docs()
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
