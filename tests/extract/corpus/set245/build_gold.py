#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set245).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a quota or a plan,
a population's make-up); check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml. This set's theme is general education and vocational
training; the catalogue names digital-transformation indicators only (its school entries are
schools' digital governance, records, internet, cashless fees), so every record's id is null
(see README, "Catalogue labels").

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

PTS = dict(unit="other", unit_text="điểm")
DONG = dict(unit="other", unit_text="đồng")
PER_HEAD = dict(unit="other", unit_text="đồng/người")
ABOUT = "~"

# --------------------------------------------------------------------------
# 01 Hà Nội, the city's plan for preschool education with its targets "đến năm 2020"
# (kinhtedothi.vn; nothing cut; no byline, no stamp; the excerpt ends in "tiếp cận h"). Kind target,
# year 2020 ("Cụ thể, mục tiêu đến năm 2020, ..."). "Huy động ít nhất 50% trẻ em độ tuổi nhà trẻ,
# 100% trẻ em độ tuổi mẫu giáo" (>=; the second a bare number, >=); "(Tỷ lệ huy động công lập 70%,
# ngoài công lập 30%)": two records, scope null (public and non-public schools are kinds of school,
# not an administrative level or a population group, spec's breakdown rule), bare numbers >=;
# "100% nhóm, lớp mầm non được học 2 buổi/ngày và ăn bán trú" (>=), "giảm tỷ lệ trẻ suy dinh dưỡng
# xuống dưới 3%" (<), "ít nhất 10% trẻ đạt tiêu chuẩn phát triển" (>=), "60% trường đạt tiêu chuẩn
# kiểm định chất lượng giáo dục" (>=). Not quantities: "trẻ 5 tuổi" (part of the subject), "năm
# 2025", "năm 2020" (dates), "2 buổi/ngày" (part of the subject). Pillar null (no heading).
# --------------------------------------------------------------------------
D01 = dict(name="01_hanoi-giao-duc-mam-non-muc-tieu-2020", kind="target", year=2020, records=[
    R("ít nhất «50% trẻ", "Huy động trẻ em độ tuổi nhà trẻ", ">=", 50),
    R("nhà trẻ, «100% trẻ", "Huy động trẻ em độ tuổi mẫu giáo", ">=", 100),
    R("công lập «70%", "Tỷ lệ huy động công lập", ">=", 70),
    R("ngoài công lập «30%", "Tỷ lệ huy động ngoài công lập", ">=", 30),
    R("tuổi.«100% nhóm", "nhóm, lớp mầm non được học 2 buổi/ngày và ăn bán trú", ">=", 100),
    R("xuống dưới «3%", "tỷ lệ trẻ suy dinh dưỡng", "<", 3),
    R("ít nhất «10% trẻ", "trẻ đạt tiêu chuẩn phát triển", ">=", 10),
    R("; «60% trường", "trường đạt tiêu chuẩn kiểm định chất lượng giáo dục", ">=", 60),
])

# --------------------------------------------------------------------------
# 02 Điện Biên, the party congress of Điện Biên Phủ city for the 2020-2025 term, August 2020
# (giaoducthoidai.vn; cut: the feed label "rssheader" with the blank line after it, the date line
# "24/09/2020" with the blank line after it, the byline "Minh Thịnh - 15/08/2020, 20:30 GMT+07 |
# Kinh tế - Xã hội" written as the first line `date 2020-08-15`, and the two photo captions "Ông Hà
# Quang Trung - Bí thư thành ủy ..." with the blank lines after them; the excerpt ends in "Báo cáo
# "). Title: "Năm 2025 sẽ có 96% trường học đạt chuẩn quốc gia" (target, bare number >=, 2025).
# Result: "thu nhập bình quân đầu người năm 2020 ước đạt 82,5 triệu đồng/người" (=, spec's "ước
# đạt"; unit other, "đồng/người", the magnitude multiplied in, as earlier sets' "51 triệu
# đồng/người"). Not quantities: "hoàn thành và hoàn thành vượt mức 12/15 mục tiêu Nghị quyết" (a
# count of targets met, as earlier sets' "15/15 chỉ tiêu"), "300 đại biểu ... gần 7.000 đảng viên"
# (the participants of an event, spec), "2 ngày", "14 - 15/8", "2015 - 2020", "2020 - 2025"
# (periods and dates), "lần thứ VII". Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_dienbien-dienbienphu-dai-hoi-truong-chuan-2025", kind="result", year=2020, records=[
    R("sẽ có «96% trường", "trường học đạt chuẩn quốc gia", ">=", 96, **T, year=2025),
    R("ước đạt «82,5 triệu", "thu nhập bình quân đầu người", "=", 82.5e6, **PER_HEAD),
])

# --------------------------------------------------------------------------
# 03 Hà Tĩnh, the province raising the share of grade-9 pupils admitted to public grade 10 for
# the school year 2024-2025 (hatinhtv.vn; cut: the link "Xem thêm: Làm gì nếu trượt một kỳ thi?",
# the photo caption "Thí sinh dự kỳ thi tuyển sinh vào lớp 10 THPT năm học 2024 - 2025" and the
# signature "HTTV"; no byline, no stamp). Kind target, year 2024 (the intake of the school year
# 2024 - 2025, whose exam the text dates "tháng 7/2024"). "điều chỉnh tỷ lệ tuyển sinh ... từ 70%
# lên 74%" (twice): two targets each time, the quota before and after the change, bare numbers
# (>=, spec; a judgement: the quota is a ceiling, but only the third sentence says so);
# "chỉ tiêu tuyển sinh ... không quá 70% số học sinh lớp 9 dự thi" (<=). Not quantities: "lớp 10",
# "lớp 9" (names of grades), "2024 - 2025" (a school year), "tháng 7/2024" (a date), "Giáo dục phổ
# thông 2018" (a name). Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_hatinh-ty-le-tuyen-sinh-lop-10-2024", kind="target", year=2024, records=[
    R("2024 - 2025 từ «70% lên 74%. Dự", "tỷ lệ tuyển sinh vào lớp 10 THPT công lập năm học 2024 - "
      "2025", ">=", 70),
    R("2024 - 2025 từ 70% lên «74%. Dự", "tỷ lệ tuyển sinh vào lớp 10 THPT công lập năm học 2024 - 2025", ">=", 74),
    R("không quá «70%", "chỉ tiêu tuyển sinh vào lớp 10 THPT công lập ở Hà Tĩnh số học sinh lớp 9 dự thi", "<=", 70),
    R("2024 - 2025 từ «70% lên 74%.\n", "tỷ lệ tuyển sinh vào lớp 10 THPT công lập năm học 2024 - "
      "2025", ">=", 70),
    R("2024 - 2025 từ 70% lên «74%.\n", "tỷ lệ tuyển sinh vào lớp 10 THPT công lập năm học 2024 - 2025", ">=", 74),
])

# --------------------------------------------------------------------------
# 04 Thái Nguyên, Định Hóa district's schools meeting the national standard, November 2023
# (baothainguyen.vn; cut: the byline "Ngọc Thảo 09:56, 05/11/2023", written as the first line
# `date 2023-11-05`, and the photo caption "Thư viện Trường Tiểu học Linh Thông (Định Hóa) được
# đầu tư khang trang." (two identical lines) with the blank line after them). Results of 2023,
# counts (=). "67/69 trường" in the title and the body: two records (a title that states a value
# is a quantity like any other); "(97,1%)" a record. The school levels ("cấp mầm non", "cấp tiểu
# học", "cấp THCS") are kinds of school, not administrative levels: scope null, the level in the
# indicator. Each "Trong đó có N trường ..." a count of its own. Not quantities: the denominators
# "/69", "/23", "/22", "/24", the labels "mức độ 1", "mức độ 2". Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_thainguyen-dinhhoa-truong-chuan-quoc-gia-2023", kind="result", year=2023, records=[
    R("Định Hóa: «67/69", "trường học đạt chuẩn Quốc gia huyện Định Hóa", "=", 67, **CNT),
    R("Định Hóa có «67/69", "trường đạt chuẩn Quốc gia huyện Định Hóa", "=", 67, **CNT),
    R("(«97,1%)", "trường đạt chuẩn Quốc gia huyện Định Hóa", "=", 97.1),
    R("mầm non có «23/23", "trường mầm non đạt chuẩn Quốc gia", "=", 23, **CNT),
    R("có «3 trường mầm non", "trường mầm non vừa được công nhận lại đạt chuẩn Quốc gia", "=", 3, **CNT),
    R("; «15 trường", "trường mầm non được công nhận đạt chuẩn mức độ 1", "=", 15, **CNT),
    R("; «8 trường", "trường mầm non được công nhận mức độ 2", "=", 8, **CNT),
    R("tiểu học có «22/22", "trường tiểu học đạt chuẩn Quốc gia", "=", 22, **CNT),
    R("có «5 trường mới", "trường tiểu học mới được công nhận đạt chuẩn", "=", 5, **CNT),
    R("; «20 trường", "trường tiểu học được công nhận mức độ 1", "=", 20, **CNT),
    R("; «2 trường", "trường tiểu học được công nhận mức độ 2", "=", 2, **CNT),
    R("THCS có «22/24", "trường THCS đạt chuẩn Quốc gia", "=", 22, **CNT),
    R("có «4 trường vừa", "trường THCS vừa được đánh giá ngoài và công nhận đạt chuẩn Quốc gia", "=", 4, **CNT),
    R("mức độ 1 là «16", "số trường THCS đạt chuẩn mức độ 1", "=", 16, **CNT),
    R("mức độ 2 có «6 trường", "số trường THCS đạt chuẩn mức độ 2", "=", 6, **CNT),
])

# --------------------------------------------------------------------------
# 05 Bắc Kạn, the share of workers with vocational training and the training done since 2016,
# June 2022 (backan.gov.vn; cut: the portal's block labels "PublishingPortal -
# Block_BanTin_Toolbar" and " PublishingPortal - Block_BanTin_ViewData" with the blank lines after
# them, the byline date "29/06/2022" written as the first line `date 2022-06-29`, the font widget
# "Tăng cỡ chữ Giảm cỡ chữ", the photo caption "Sở Lao động - TB&XH tổ chức Hội thi thiết bị đào
# tạo tự làm lần thứ III năm 2022" with the blank line after it, the signature "Bích Huệ"). The
# share "đến năm 2021 đạt 45,6%" (title and twice in the body: three records, year 2021), "năm
# 2015 là 32,5%" (year 2015), "năm 2020 là 45%" (year 2020): results, =. The people trained
# "trong giai đoạn từ năm 2016 đến nay" (37.267, stated twice: two records; its parts 455, 2.766,
# 34.046 and the 10.550 rural workers each its own subject, scope null: kinds of training, not
# levels) and the spending "giai đoạn 2016 - 2022" (33.133,54 / 32.069,54 / 1.064 triệu đồng;
# unit other "đồng", magnitude multiplied in): year 2022, the page's date (measured "đến nay").
# NOT: the population's make-up "chiếm 80,2% dân số", "chiếm 81,18%", "chiếm 17,62%", "chiếm
# 82,38%" (as earlier sets leave a population's make-up out). Not quantities: the sizes "319.000
# người", "255.953 người", "207.794 người", "36.626 người", "167.919 người" (a population's size,
# as set193's "15.763"), "15 tuổi", "dưới 3 tháng" (parts of subjects), "1956/QĐ-TTg" (a
# document), "lần thứ III". Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_backan-lao-dong-qua-dao-tao-nghe-2021", kind="result", year=2022, records=[
    R("nghề đạt «45,6%\n", "Tỷ lệ lao động đã qua đào tạo nghề", "=", 45.6, year=2021),
    R("tuyển mới và đào tạo «37.267", "người được tuyển mới và đào tạo nghề toàn tỉnh từ năm 2016 đến nay", "=",
      37267, **CNT),
    R("năm 2021 đạt «45,6%.", "Tỷ lệ lao động đã qua đào tạo nghề của tỉnh", "=", 45.6, year=2021),
    R("tổng số «37.267", "người đã được đào tạo nghề", "=", 37267, **CNT),
    R("có «455 người", "người đào tạo hệ cao đẳng", "=", 455, **CNT),
    R("; «2.766 người", "người đào tạo hệ trung cấp", "=", 2766, **CNT),
    R("; «34.046 người", "người đào tạo hệ sơ cấp và dạy nghề dưới 3 tháng", "=", 34046, **CNT),
    R("đạt «10.550 người", "đào tạo nghề cho lao động nông thôn theo Quyết định 1956/QĐ-TTg", "=", 10550, **CNT),
    R("năm 2021 đạt «45,6%;", "Tỷ lệ lao động đã qua đào tạo nghề của tỉnh", "=", 45.6, year=2021),
    R("năm 2015 là «32,5%", "Tỷ lệ lao động đã qua đào tạo nghề của tỉnh", "=", 32.5, year=2015),
    R("năm 2020 là «45%", "Tỷ lệ lao động đã qua đào tạo nghề của tỉnh", "=", 45, year=2020),
    R("là «33.133,54 triệu", "Tổng kinh phí đầu tư cho giáo dục nghề nghiệp giai đoạn 2016 - 2022", "=",
      33133.54e6, **DONG),
    R("trung ương «32.069,54 triệu", "kinh phí đầu tư cho giáo dục nghề nghiệp: ngân sách trung ương", "=",
      32069.54e6, **DONG),
    R("địa phương «1.064 triệu", "kinh phí đầu tư cho giáo dục nghề nghiệp: ngân sách địa phương", "=", 1064e6,
      **DONG),
], NOT=["chiếm «80,2%", "chiếm «81,18%", "chiếm «17,62%", "chiếm «82,38%"])

# --------------------------------------------------------------------------
# 06 Khánh Hòa, the province recognising six localities as meeting the standards of literacy
# and universal education in 2022 (khanhhoa.gov.vn; cut: the photo caption "Ảnh minh họa. Ảnh: Lê
# Xưa.", the signature "THANH HIỀN" and the page's footer lines "Bài viết: ...", "Chuyên mục: Tin
# hoạt động trong tỉnh", "Tin cùng chuyên mục", "Cổng thông tin điện tử tỉnh Khánh Hòa."; no byline,
# no stamp). A precision text: two records, the count "6 địa phương" recognised (title and body,
# =, 2022). Not quantities: "mức độ 2", "mức độ 3", "mức độ 1" (levels of a standard: names),
# "trẻ em 5 tuổi" (part of the subject), "tháng 12-2022", "năm 2023", "năm 2022" (dates). Pillar
# null.
# --------------------------------------------------------------------------
D06 = dict(name="06_khanhhoa-cong-nhan-pho-cap-giao-duc-2022-precision", kind="result", year=2022, records=[
    R("Công nhận «6 địa phương", "địa phương đạt chuẩn về xóa mù chữ, phổ cập giáo dục", "=", 6, **CNT),
    R("công nhận «6 địa phương", "địa phương được công nhận đạt chuẩn về xóa mù chữ, phổ cập giáo dục mầm non "
      "cho trẻ em 5 tuổi, phổ cập giáo dục tiểu học và phổ cập giáo dục trung học cơ sở", "=", 6, **CNT),
])

# --------------------------------------------------------------------------
# 07 Cà Mau, the head of the province's plan 153/KH-UBND (30 June 2024) on vocational education to
# 2030 as a legal-documents site shows it (nhansu.vn; nothing cut; the excerpt ends in "các cơ s"
# before the plan's targets). A precision text, no record: document numbers ("153/KH-UBND",
# "15/2019/NĐ-CP", "2239/QĐ-TTg", "73/QĐ- TTg", "178-KH/TU", "21-CT/TW", "18/TB-HĐND"), dates
# ("30/06/2024", "ngày 30 tháng 6 năm 2024", "01/02/2019", "30/12/2021", "10/02/2023", "26/6/2023",
# "04/5/2023", "24/8/2023"), periods and horizons ("2021-2030", "2021 - 2030", "năm 2030", "năm
# 2045").
# --------------------------------------------------------------------------
D07 = dict(name="07_camau-ke-hoach-giao-duc-nghe-nghiep-2024-precision", kind="target", year=2024, records=[])

# --------------------------------------------------------------------------
# 08 The provinces' average marks at the 2025 upper-secondary graduation exam and their places
# against 2024 (baodanang.vn; the stamp " date 2025-07" written as the first line; nothing cut; the
# excerpt ends in "Đắk L"). Results, year 2025 unless the sentence names 2024; each with the
# province as `place` (the text is about many provinces, none its own). Marks: unit other,
# "điểm". Places: rank, = ("đứng thứ 5", "thứ 20"); "Nghệ An leo top 1" rank <= 1 (a "top", spec's
# "tốp 10" read as a group, a judgement); "duy trì vị trí trong top 10-15 địa phương" one range
# stated once for Hà Nội and TP HCM: rank between 10 and 15 (no place: two provinces). Not
# quantities: "34 tỉnh thành" (the size of the ranking), "THPT 2025" (a name with a year),
# "dẫn đầu", "đứng đầu" (no number). Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_toanquoc-diem-thi-tot-nghiep-thpt-tinh-2025", kind="result", year=2025, records=[
    R("leo top «1,", "Nghệ An thứ hạng điểm thi tốt nghiệp THPT 2025", "<=", 1, **RANK, place="Nghệ An"),
    R("THPT với «6,52", "điểm trung bình thi tốt nghiệp THPT của Nghệ An", "=", 6.52, **PTS, place="Nghệ An"),
    R("đứng đầu với «7,45", "điểm trung bình thi tốt nghiệp THPT của Vĩnh Phúc", "=", 7.45, **PTS, year=2024,
      place="Vĩnh Phúc"),
    R("đứng thứ «5 với", "Bắc Ninh thứ hạng điểm thi tốt nghiệp THPT", "=", 5, **RANK, year=2024,
      place="Bắc Ninh"),
    R("5 với «7,21", "điểm trung bình thi tốt nghiệp THPT của Bắc Ninh", "=", 7.21, **PTS, year=2024,
      place="Bắc Ninh"),
    R("đứng thứ «9 với", "Bắc Ninh thứ hạng điểm thi tốt nghiệp THPT", "=", 9, **RANK, place="Bắc Ninh"),
    R("9 với «6,22", "điểm trung bình thi tốt nghiệp THPT của Bắc Ninh", "=", 6.22, **PTS, place="Bắc Ninh"),
    R("top «10-15", "Hà Nội và TP HCM vị trí trong top địa phương có điểm thi tốt nghiệp cao", "between", 10,
      **RANK, value_max=15),
    R("đứng thứ «4 với", "Hà Nội thứ hạng điểm thi tốt nghiệp THPT", "=", 4, **RANK, place="Hà Nội"),
    R("4 với «6,44", "điểm trung bình thi tốt nghiệp THPT của Hà Nội", "=", 6.44, **PTS, place="Hà Nội"),
    R("đứng thứ «6 với", "TP HCM thứ hạng điểm thi tốt nghiệp THPT", "=", 6, **RANK, place="TP HCM"),
    R("6 với «6,27", "điểm trung bình thi tốt nghiệp THPT của TP HCM", "=", 6.27, **PTS, place="TP HCM"),
    R("đứng thứ «12", "Hà Nội thứ hạng điểm thi tốt nghiệp THPT", "=", 12, **RANK, year=2024, place="Hà Nội"),
    R("thứ «20.", "TP HCM thứ hạng điểm thi tốt nghiệp THPT", "=", 20, **RANK, year=2024, place="TP HCM"),
])

# --------------------------------------------------------------------------
# 09 Lâm Đồng, Lạc Dương district's education over the 2015-2020 term, told by the district's
# deputy head of education before the 2020-2025 party congress (baolamdong.vn; the stamp " date
# 2020-08" written as the first line; nothing cut: the attribution line "Tiến sĩ Cil Duin - Phó
# Trưởng Phòng GDĐT huyện Lạc Dương" kept, a part of the quotation's text). Results, year 2020 (the
# stamp's; the yearly averages of the term ending in 2020, the text naming no year). "trẻ nhà trẻ
# huy động được từ 17% - 19%" (between), "trẻ mẫu giáo huy động hơn 90%" (>), the rest =. The
# bracket "(nhiệm kỳ trước huy động được từ 80 đến 85%)": a value of the previous term stated in a
# bracket (spec's bracket rule), between 80 and 85, year null (the text does not say which years).
# School levels ("bậc tiểu học", "bậc THCS") are kinds of school: scope null. Not quantities: "(tăng
# 0,91% so với nhiệm kỳ trước)" (a change against an earlier value, spec), "trẻ 5 tuổi" (part of
# the subject). Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_lamdong-lacduong-huy-dong-hoc-sinh-2020", kind="result", year=2020, records=[
    R("hàng năm đạt «100%; trong", "Bậc học mầm non huy động hàng năm", "=", 100),
    R("được từ «17% - 19%", "trẻ nhà trẻ huy động", "between", 17, value_max=19),
    R("hơn «90%", "trẻ mẫu giáo huy động", ">", 90),
    R("tỷ lệ «100% trong", "trẻ 5 tuổi huy động trong độ tuổi", "=", 100),
    R("đạt tỉ lệ «100%; bậc học", "bậc tiểu học huy động bình quân hàng năm", "=", 100),
    R("tỉ lệ «98,9%", "bậc học THCS huy động bình quân hàng năm", "=", 98.9),
    R("đạt «93,5%", "bậc THPT huy động bình quân hàng năm", "=", 93.5),
    R("được từ «80 đến 85%", "bậc THPT huy động nhiệm kỳ trước", "between", 80, value_max=85, year=None),
    R("hàng năm đạt «100%; bậc tiểu", "bậc mầm non duy trì sĩ số hàng năm", "=", 100),
    R("tỉ lệ «100%; bậc THCS", "bậc tiểu học duy trì sĩ số hàng năm", "=", 100),
    R("đạt «99,3%", "bậc THCS duy trì sĩ số hàng năm", "=", 99.3),
    R("đạt «93,4%", "bậc THPT duy trì sĩ số", "=", 93.4),
], NOT=["tăng «0,91%"])

# --------------------------------------------------------------------------
# 10 Bình Dương, the province's plan on universal and compulsory education, adult literacy and the
# streaming of pupils to 2030 (binhduong.gov.vn; nothing cut; no byline, no stamp: the address's
# "2024/12" is not in the text; the excerpt ends in "đáp "). Targets "đến năm 2030": "phấn đấu đạt
# 99% học sinh tốt nghiệp trung học cơ sở" (>=), "phấn đấu thu hút khoảng 50% học sinh trung học
# vào hệ thống giáo dục nghề nghiệp" (~). Not quantities: "mức độ 2" (a level's name). Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_binhduong-pho-cap-giao-duc-phan-luong-2030", kind="target", year=2030, records=[
    R("đạt «99% học sinh", "học sinh tốt nghiệp trung học cơ sở", ">=", 99),
    R("khoảng «50% học sinh", "thu hút học sinh trung học vào hệ thống giáo dục nghề nghiệp", ABOUT, 50),
])

# --------------------------------------------------------------------------
# 11 An unnamed province's investment in school buildings under the national target programme for
# sustainable poverty reduction 2021-2025, and the schools newly meeting the national standard
# "từ năm 2021 đến tháng 5/2025" (doisongxahoi.com; nothing cut; no byline, no stamp; the excerpt
# ends in "đầu tư xây "). Results, year 2025 (the count to May 2025; the works and rooms of the
# same programme, the text giving no other year). Counts, each its own subject, scope null (a
# breakdown by school level is a breakdown by kind of thing): "129 công trình ... bao gồm 29 ...,
# 51 ..., 35 ... và 14 ...". "khoảng 1.500 phòng học", "khoảng 510 phòng học bộ môn", "khoảng 50
# phòng ăn": ~; "650 phòng", "210 phòng hỗ trợ học tập" (the "khoảng" read as the 50's only, a
# judgement), "600 phòng phụ trợ": =. "Tổng kinh phí ... lên tới 225,725 tỷ đồng": =, other
# "đồng". "33 trường học được công nhận mới là trường đạt chuẩn quốc gia": =. Not quantities:
# "2021-2025" (a period), "năm 2021", "tháng 5/2025" (dates). Place null (no province named).
# Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_tinh-dau-tu-truong-hoc-chuan-quoc-gia-2025", kind="result", year=2025, records=[
    R("có «129 công trình", "công trình đầu tư xây dựng hạ tầng tại các cơ sở giáo dục được triển khai", "=", 129,
      **CNT),
    R("gồm «29 công trình", "công trình tại các trường mầm non", "=", 29, **CNT),
    R("non, «51 công trình", "công trình tại các trường tiểu học", "=", 51, **CNT),
    R("học, «35 công trình", "công trình cho cấp trung học cơ sở (THCS)", "=", 35, **CNT),
    R("và «14 công trình", "công trình tại cấp trung học phổ thông (THPT)", "=", 14, **CNT),
    R("khoảng «1.500 phòng", "phòng học xây mới và sửa chữa", ABOUT, 1500, **CNT),
    R("khoảng «510 phòng", "phòng học bộ môn được sửa chữa và xây mới", ABOUT, 510, **CNT),
    R("có «650 phòng", "phòng khối hành chính – quản trị được xây mới và sửa chữa", "=", 650, **CNT),
    R("khoảng «50 phòng", "phòng ăn cấp mầm non được xây mới và sửa chữa", ABOUT, 50, **CNT),
    R("và «210 phòng", "phòng hỗ trợ học tập được xây mới và sửa chữa", "=", 210, **CNT),
    R("có «600 phòng", "phòng phụ trợ được xây mới và sửa chữa", "=", 600, **CNT),
    R("lên tới «225,725 tỷ", "Tổng kinh phí đầu tư xây dựng, sửa chữa, bảo dưỡng các hạng mục", "=", 225.725e9,
      **DONG),
    R("có «33 trường", "trường học được công nhận mới là trường đạt chuẩn quốc gia", "=", 33, **CNT),
])

# --------------------------------------------------------------------------
# 12 Quảng Bình, Tuyên Hóa district recognising 19 communes and towns as meeting the standards of
# universal education and literacy in 2020 (quangbinh.gov.vn; cut: the label "VĂN BẢN MỚI" with the
# blank line after it, the links "    Bản in     Gởi bài viết  ", the signature "N.Q" with the
# blank line after it, the link "[Trở về]"; no byline, no stamp). A precision text: two records, the
# count "19 xã, thị trấn" (title and body, =, 2020). Not quantities: "trẻ 5 tuổi" (part of the
# subject), "mức độ 3", "mức độ 2" (levels' names), "năm 2020" (a date), the list of names.
# Pillar null.
# --------------------------------------------------------------------------
D12 = dict(name="12_quangbinh-tuyenhoa-pho-cap-xoa-mu-chu-2020-precision", kind="result", year=2020, records=[
    R("Công nhận «19 xã", "xã, thị trấn đạt chuẩn phổ cập giáo dục - xóa mù chữ", "=", 19, **CNT),
    R("cho «19 xã", "xã, thị trấn được công nhận đạt chuẩn phổ cập giáo dục mầm non, tiểu học, trung học cơ sở "
      "và xóa mù chữ", "=", 19, **CNT),
])

# --------------------------------------------------------------------------
# 13 Vĩnh Long, vocational enrolment and new jobs in the first ten months of 2022 (baovinhlong.com.vn;
# cut: the byline "Cập nhật, 05:55, Thứ Bảy, 22/10/2022 (GMT+7)", written as the first line
# `date 2022-10-22`, the photo caption "Sinh viên tìm hiểu thông tin thị trường lao động Nhật
# Bản." (two identical lines) with the blank line after them, the signature "Tin, ảnh: MINH THÁI"
# with the blank line before it). Results of 2022 (=): 35.842 enrolled, the trained shares 59,25%
# and 19,51%, 26.112 new jobs, 1.144 workers abroad; the quota "chỉ tiêu 20.000 người" a target
# (>=, bare). NOT (completion against a plan or quota, as the earlier sets' majority): "đạt hơn
# 103% kế hoạch", "đạt hơn 130% so với chỉ tiêu", "đạt hơn 67% so với chỉ tiêu". Not quantities:
# "10 tháng" (a period). Pillar null.
# --------------------------------------------------------------------------
D13 = dict(name="13_vinhlong-tuyen-sinh-giao-duc-nghe-nghiep-2022", kind="result", year=2022, records=[
    R("nghiệp «35.842 người", "tuyển sinh giáo dục nghề nghiệp toàn tỉnh", "=", 35842, **CNT),
    R("đào tạo đạt «59,25%", "tỷ lệ lao động qua đào tạo", "=", 59.25),
    R("chứng chỉ đạt «19,51%", "lao động qua đào tạo có bằng cấp chứng chỉ", "=", 19.51),
    R("cho «26.112 lao động", "lao động được tạo việc làm mới", "=", 26112, **CNT),
    R("chỉ tiêu «20.000 người", "chỉ tiêu tạo việc làm mới", ">=", 20000, **CNT, **T),
    R("đưa «1.144 lao động", "lao động đi làm việc có thời hạn ở nước ngoài theo hợp đồng", "=", 1144, **CNT),
], NOT=["hơn «103% kế", "hơn «130% so", "hơn «67% so"])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
