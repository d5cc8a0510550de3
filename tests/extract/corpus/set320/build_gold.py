#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set320).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` are computed by ../goldkit.py as in the seeds' builder.

NOT lists the locators of percentages deliberately left without a record (none in this set: every
percentage of these texts is a value). Each record carries `indicator_id_gold` (ignored by the
scorer): null throughout, since the catalogue (muctieu/catalog/data/indicators.yaml) holds no
indicator of water supply, drainage, wastewater or flooding (see README).

The set's theme is urban water supply, drainage and wastewater treatment; no text stands under a
heading that names a pillar of digital transformation, so every record has pillar null.

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
from goldkit import R, CNT, T, RES  # noqa: E402

TY = 1e9
DONG = dict(unit="other", unit_text="đồng")
M3 = dict(unit="other", unit_text="m3/ngày đêm")
KM = dict(unit="other", unit_text="km")
HA = dict(unit="other", unit_text="ha")

# --------------------------------------------------------------------------
# 01 Lạng Sơn's newspaper on the Prime Minister's adjusted orientation for urban drainage to 2025
# and 2050, August 2022 (baolangson.vn; cut: the byline date "Thứ ba,  16/08/2022" with the blank
# line after it, written as the first line `date 2022-08-16`, and the source line "Theo Nhandan"
# with the blank line before it). Targets, kind target: the title's "Đến năm 2025, khoảng 50% nước
# thải đô thị được xử lý đạt chuẩn" (~, 2025); "phấn đấu đến năm 2020, hơn 70% diện tích đô thị có
# hệ thống thoát nước đô thị" (>, 2020); "Đến năm 2025, khoảng 50% lượng nước thải tại các đô thị
# loại II trở lên và 20% ở các đô thị từ loại V trở lên được thu gom và xử lý" (two records: ~50,
# and >=20, the bare number of a target; the bound word "khoảng" read next to its own number only,
# as set193 reads the word next to the number; scope null: a class of urban area is a kind of
# thing, as set193's "hạng 2", "hạng 3"); "phạm vi phục vụ ... đạt hơn 80%" (>, 2025). Not
# quantities: "2025", "2050", "2020" (dates), "loại II", "loại V" (labels, no digit), "toàn bộ"
# (no number). Pillar null, ids null.
# --------------------------------------------------------------------------
D01 = dict(name="01_langson-dinh-huong-thoat-nuoc-do-thi-2022", kind="target", year=2025, records=[
    R("Đến năm 2025, khoảng «50% nước thải đô thị", "nước thải đô thị được xử lý đạt chuẩn", "~", 50),
    R("hơn «70% diện tích", "diện tích đô thị có hệ thống thoát nước đô thị", ">", 70, year=2020),
    R("khoảng «50% lượng", "lượng nước thải tại các đô thị loại II trở lên được thu gom và xử lý đạt tiêu chuẩn, "
      "quy chuẩn kỹ thuật trước khi xả ra môi trường", "~", 50),
    R("và «20% ở các đô thị", "nước thải ở các đô thị từ loại V trở lên được thu gom và xử lý đạt tiêu chuẩn, quy "
      "chuẩn kỹ thuật trước khi xả ra môi trường", ">=", 20),
    R("đạt hơn «80%", "phạm vi phục vụ của hệ thống thoát nước đô thị", ">", 80),
])

# --------------------------------------------------------------------------
# 02 Hà Nam, the two clean-water plants run by Mỹ Đà, July 2024 (thanhnien.vn; the stamp
# " date 2024-07" written as the first line; nothing cut). Year 2024 (the stamp). Results (=): the
# Đồng Du plant "cung cấp nước sạch cho 52.879 người dân (10.400 hộ) thuộc 5 xã ... với công suất
# 4.500 m3/ngày đêm" (four records: people, households, communes, each its own subject, and the
# capacity, unit other "m3/ngày đêm"); the Hưng Công plant "cung cấp nước sạch cho 9.833 hộ dân 4 xã"
# (two records; the communes a count of their own, as set193's "tại 7 thôn"). Not quantities: none
# else (the commune names carry no digit). Pillar null, ids null.
# --------------------------------------------------------------------------
D02 = dict(name="02_hanam-nha-may-nuoc-sach-dong-du-2024", kind="result", year=2024, records=[
    R("cho «52.879 người", "người dân Nhà máy nước sạch Đồng Du cung cấp nước sạch cho", "=", 52879, **CNT),
    R("(«10.400 hộ)", "hộ Nhà máy nước sạch Đồng Du cung cấp nước sạch cho", "=", 10400, **CNT),
    R("thuộc «5 xã", "xã Nhà máy nước sạch Đồng Du cung cấp nước sạch cho", "=", 5, **CNT),
    R("công suất «4.500 m3", "công suất Nhà máy nước sạch Đồng Du", "=", 4500, **M3),
    R("cho «9.833 hộ", "hộ dân Nhà máy nước sạch Hưng Công cung cấp nước sạch cho", "=", 9833, **CNT),
    R("hộ dân «4 xã", "xã Nhà máy nước sạch Hưng Công cung cấp nước sạch cho", "=", 4, **CNT),
])

# --------------------------------------------------------------------------
# 03 Đà Nẵng, the city's proposal of five public investment projects for wastewater collection and
# treatment (tintucfn.com; cut: the byline "Vũ Đậu (TH)/SHTT" with the blank line before it; no
# stamp, no byline date). Kind target: proposed investments, the money a plan sets (spec: "huy động
# 1.250 tỷ đồng"), unit other "đồng", bare amounts >=, "hơn" >, "gần" ~. Year: each project's
# period "thực hiện từ năm 2020-2021", "2020-2023" gives its end year (2021, 2023); the totals, the
# largest project and the industrial parks name no year: null. The title's "hơn 2.550 tỷ đồng" and
# the lead's are two statements, two records. Not quantities: "5 dự án", "5 công trình", "Thông
# tin cụ thể 5 dự án", "3 dự án khu công nghiệp" (the lead counts of the list of projects, the
# group's size, as set193's "15 xã ... bao gồm"), "diện tích 360 ha" (the site's size), "2 Tháng 9"
# (a street's name), "giai đoạn 3" (a label), "2020-2021", "2020-2023" (periods). Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_danang-de-xuat-du-an-nuoc-thai-2020-2023", kind="target", year=None, records=[
    R("nước thải hơn «2.550 tỷ đồng\n", "tổng kinh phí đầu tư 5 dự án thu gom, xử lý nước thải Đà Nẵng đề xuất",
      ">", 2550 * TY, **DONG),
    R("kinh phí đầu tư hơn «2.550 tỷ", "tổng kinh phí đầu tư 5 công trình thu gom, xử lý nước thải và trung chuyển "
      "rác sinh hoạt", ">", 2550 * TY, **DONG),
    R("lớn nhất, hơn «1.300 tỷ", "tổng mức đầu tư dự án gom nước mưa từ các cống về sông Hàn", ">", 1300 * TY,
      **DONG),
    R("đầu tư «314 tỷ", "tổng mức đầu tư dự án cải tạo, xây dựng hệ thống thoát nước mưa quận Thanh Khê và Liên "
      "Chiểu", ">=", 314 * TY, **DONG, year=2021),
    R("đầu tư «168 tỷ", "tổng mức đầu tư dự án tuyến ống thu gom nước thải tuyến đường 2 Tháng 9", ">=", 168 * TY,
      **DONG, year=2023),
    R("đầu tư «590 tỷ", "tổng mức đầu tư dự án xây dựng Trạm xử lý nước thải Hòa Xuân (giai đoạn 3)", ">=",
      590 * TY, **DONG, year=2023),
    R("đầu tư «1.341 tỷ", "tổng mức đầu tư dự án xây dựng hệ thống thu gom nước thải riêng và các tuyến cống "
      "chuyển nước mưa về sông Hàn", ">=", 1341 * TY, **DONG, year=2023),
    R("đầu tư «139 tỷ", "tổng mức đầu tư dự án trạm trung chuyển rác thải khu vực Sơn Trà", ">=", 139 * TY,
      **DONG, year=2023),
    R("đầu tư gần «14.000 tỷ", "tổng mức đầu tư 3 dự án khu công nghiệp Đà Nẵng kêu gọi đầu tư", "~", 14000 * TY,
      **DONG),
    R("suất đầu tư gần «5.700 tỷ", "suất đầu tư dự án khu công nghiệp Hòa Nhơn", "~", 5700 * TY, **DONG),
])

# --------------------------------------------------------------------------
# 04 Hải Phòng, the water company's network for Ngũ Phúc commune (Kiến Thụy), 2021
# (capnuochaiphong.com.vn; cut: the related-news label "Các tin tức liên quan" with the blank lines
# before it; no byline, no stamp). Year 2021 ("tháng 3 năm 2021", "tháng 6 năm nay"). Results: the
# title's "Gần 2.000 hộ dân ... đã được dùng nước sạch" (~), "trên 3km đường ống truyền dẫn" (>,
# unit other "km"), "gần 40km đường ống phân phối" (~, "km"). Target: "Dự án sẽ cấp nước cho gần
# 2.000 hộ dân" (~, the project's aim, "sẽ"). Not quantities: "D180 – D300", "D40 – D90" (pipe
# sizes, names), "tháng 3", "tháng 6" (dates). Pillar null, ids null.
# --------------------------------------------------------------------------
D04 = dict(name="04_haiphong-cap-nuoc-ngu-phuc-kien-thuy-2021", kind="result", year=2021, records=[
    R("Gần «2.000 hộ dân xã", "hộ dân xã Ngũ Phúc, huyện Kiến Thụy đã được dùng nước sạch của Công ty Cấp nước Hải "
      "Phòng", "~", 2000, **CNT),
    R("trên «3km", "đường ống truyền dẫn", ">", 3, **KM),
    R("gần «40km", "đường ống phân phối", "~", 40, **KM),
    R("cho gần «2.000 hộ", "hộ dân xã Ngũ Phúc, huyện Kiến Thụy dự án sẽ cấp nước", "~", 2000, **CNT, **T),
])

# --------------------------------------------------------------------------
# 05 Cần Thơ, Ninh Kiều flooded after heavy rain although the city's flood-control system is
# running (quanghungmedia.com; cut: the photo caption "Ngập sâu khi mưa lớn giữa tháng 5, ... Ảnh:
# An Bình"; no byline, no stamp; the excerpt ends in "Ninh Kiều c"). Year 2024 for the system (the
# only year of the text: "Tháng 6/2024, dự án cơ bản hoàn tất"); the rains "hôm 25 và 27/5" name
# no year and fall after the system ran (a judgement: year null for the flood depth and rainfall).
# Results: "ngập 0,1-0,4 m" (between, unit other "m"), "lượng mưa 66-84 mm" (between, "mm"), "tổng
# vốn đầu tư gần 9.200 tỷ đồng" (~), "9 km kè" (=, "km"), "13 cống ngăn triều" (=, count), "hệ
# thống cống thoát nước trên 32 tuyến đường" (>, count). Targets: "Mục tiêu là kiểm soát ngập cho
# 2.700 ha vùng lõi ..., bảo vệ hơn 420.000 dân" (>=, "ha"; >, count; year 2024, the system's).
# Not quantities: "4-5 tiếng", "5-6 tiếng" (durations), "25 và 27/5", "6/2024" (dates), "3 Tháng 2",
# "30 Tháng 4" (street names), "hai trạm bơm" (no digit).
# --------------------------------------------------------------------------
D05 = dict(name="05_cantho-ngap-ninh-kieu-he-thong-chong-ngap-2024", kind="result", year=2024, records=[
    R("ngập «0,1-0,4 m", "tuyến đường, khu dân cư ở trung tâm quận Ninh Kiều ngập", "between", 0.1, value_max=0.4,
      unit="other", unit_text="m", year=None),
    R("lượng mưa «66-84 mm", "lượng mưa mỗi trận", "between", 66, value_max=84, unit="other", unit_text="mm",
      year=None),
    R("đầu tư gần «9.200 tỷ", "tổng vốn đầu tư hệ thống chống ngập TP Cần Thơ", "~", 9200 * TY, **DONG),
    R("gồm «9 km", "kè sông Cần Thơ, Cái Sơn, Rạch Mương Khai", "=", 9, **KM),
    R("«13 cống", "cống ngăn triều", "=", 13, **CNT),
    R("trên «32 tuyến", "tuyến đường hệ thống cống thoát nước", ">", 32, **CNT),
    R("cho «2.700 ha", "kiểm soát ngập cho vùng lõi hai quận Ninh Kiều và Bình Thủy", ">=", 2700, **HA, **T),
    R("hơn «420.000 dân", "dân bảo vệ", ">", 420000, **CNT, **T),
])

# --------------------------------------------------------------------------
# 06 Hà Nội, the drainage company's count of key flooding points in 2022 (kinhtedothi.vn, a tag
# page; nothing cut: the title stands twice, as the page shows it). Year 2022. Results (=, count):
# "Hà Nội vẫn còn 11 điểm trọng yếu về ngập úng. Trong đó, lưu vực sông Tô Lịch 8 điểm, sông Cầu Bây
# 2 điểm, sông Nhuệ 1 điểm" (four records; the basins a breakdown by kind of thing, scope null, the
# basin in the indicator). Pillar null, ids null.
# --------------------------------------------------------------------------
D06 = dict(name="06_hanoi-diem-ngap-trong-yeu-2022", kind="result", year=2022, records=[
    R("còn «11 điểm", "điểm trọng yếu về ngập úng tại Hà Nội", "=", 11, **CNT),
    R("Tô Lịch «8 điểm", "điểm trọng yếu về ngập úng lưu vực sông Tô Lịch", "=", 8, **CNT),
    R("Cầu Bây «2 điểm", "điểm trọng yếu về ngập úng lưu vực sông Cầu Bây", "=", 2, **CNT),
    R("Nhuệ «1 điểm", "điểm trọng yếu về ngập úng lưu vực sông Nhuệ", "=", 1, **CNT),
])

# --------------------------------------------------------------------------
# 07 Hà Nội, flooding in the outer districts in July and August 2024, La Nina series part 3
# (moitruong.net.vn; cut: the byline "Thu Trinh - Lương Nguyễn|08/09/2024 19:46", written as the
# first line `date 2024-09-08`, the line "Theo dõi Môi trường & Cuộc sống trên", and the image file
# name "1-hn-lut2.jpg"; the caption "Trận mưa ... Ảnh Ngọc Ánh" states a figure and stays; the
# excerpt ends in "Nằm trong vùng"). A precision text: five records among many numbers that are not.
# Year 2024. Results (=, count): "Hàng ngàn nhà dân tại 11 xã đã bị ngập nước" and the caption's
# "11 xã ngoại thành Hà Nội bị ngập lụt nghiêm trọng" (two statements, two records); "1 người chết"
# three times, each with its district as `place` (Quốc Oai, Thạch Thất, Chương Mỹ; deaths are
# counts, as the earlier sets' traffic and disease deaths). Not quantities: "Bài 3", "Hình 1"
# (labels), "7/2024", "8/2024", "tháng 9" (dates), "2 tuần" (a duration), "8,5 triệu người",
# "3.359,82km2", "12 quận, 17 huyện và 1 thị xã" (the city's size and make-up, as the earlier sets'
# sizes), "Hàng ngàn" (no digit).
# --------------------------------------------------------------------------
D07 = dict(name="07_hanoi-ngap-ung-ngoai-thanh-2024-precision", kind="result", year=2024, records=[
    R("dân tại «11 xã", "xã có nhà dân bị ngập nước", "=", 11, **CNT),
    R("có «1 người chết do lũ", "người chết do lũ cuốn trôi", "=", 1, **CNT, place="Quốc Oai"),
    R("«1 người chết do đuối", "người chết do đuối nước khi đi đánh cá", "=", 1, **CNT, place="Thạch Thất"),
    R("«1 người chết do tai nạn", "người chết do tai nạn ngã xuống sông", "=", 1, **CNT, place="Chương Mỹ"),
    R("khiến «11 xã ngoại thành", "xã ngoại thành Hà Nội bị ngập lụt nghiêm trọng", "=", 11, **CNT),
])

# --------------------------------------------------------------------------
# 08 Thành phố Hồ Chí Minh, cutting water losses with monitoring software (htv.com.vn; nothing cut;
# no byline, no stamp, no year in the text: year null). Results: "Từ tỷ lệ thất thoát nước 42%
# trước đây" (=: the earlier value itself, a value measured at an unnamed time; the change from it
# is not what is recorded), "hiện thành phố đã kéo giảm còn 21%" (=), "tương ứng với gần 400.000m3
# nước/ngày đêm thất thoát được thu hồi" (~, unit other "m3 nước/ngày đêm"). Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_hochiminh-giam-that-thoat-nuoc", kind="result", year=None, records=[
    R("thất thoát nước «42%", "tỷ lệ thất thoát nước trước đây", "=", 42),
    R("giảm còn «21%", "tỷ lệ thất thoát nước hiện thành phố đã kéo giảm còn", "=", 21),
    R("gần «400.000m3", "nước thất thoát được thu hồi", "~", 400000, unit="other", unit_text="m3 nước/ngày đêm"),
])

# --------------------------------------------------------------------------
# 09 Whole country, the 2024 living-standards survey: households using hygienic water and latrines
# (vietnamplus.vn; cut: the image file name "2105-nuoc-hop-ve-sinh.jpg" with the blank line after
# it, the agency line "(TTXVN/Vietnam+)" with the blank line after it, and the related-news block
# from "Tin cùng chuyên mục" to the end: its title line, the other stories' titles, leads and
# captions, each a whole line; no byline, no stamp). Year 2024. Results: the title's "Năm 2024, tỷ
# lệ hộ sử dụng nguồn nước hợp vệ sinh là 98,7%" and the two paragraphs' "năm 2024 là 98,7%" (three
# statements, three records), "luôn trên 93%" and "luôn ở mức trên 93%" (>, year 2024: the period
# 2014-2024 read at its end, a judgement), "hố xí hợp vệ sinh ... năm 2024, tỷ lệ này là 97,5%".
# Not quantities: "tăng 0,1 điểm phần trăm so với năm 2023", "tăng 5,7 ...", "tăng 0,8 ...", "tăng
# 17,4 ..." (changes against earlier values, spec), "2014-2024", "2023", "2014" (dates).
# --------------------------------------------------------------------------
D09 = dict(name="09_canuoc-ho-dung-nuoc-hop-ve-sinh-2024", kind="result", year=2024, records=[
    R("vệ sinh là «98,7%", "tỷ lệ hộ sử dụng nguồn nước hợp vệ sinh", "=", 98.7),
    R("hợp vệ sinh luôn trên «93%", "tỷ lệ hộ sử dụng nguồn nước hợp vệ sinh giai đoạn 2014-2024", ">", 93),
    R("các năm, năm 2024 là «98,7%, tăng 0,1 điểm phần trăm so với năm 2023 và tăng 5,7 điểm phần trăm so với năm "
      "2014.\n\nTheo", "tỷ lệ hộ sử dụng nguồn nước hợp vệ sinh", "=", 98.7),
    R("mức trên «93%", "tỷ lệ hộ sử dụng nguồn nước hợp vệ sinh", ">", 93),
    R("các năm, năm 2024 là «98,7%, tăng 0,1 điểm phần trăm so với năm 2023 và tăng 5,7 điểm phần trăm so với năm "
      "2014.\n\nTỷ lệ hộ sử dụng hố", "tỷ lệ hộ sử dụng nguồn nước hợp vệ sinh", "=", 98.7),
    R("này là «97,5%", "tỷ lệ hộ sử dụng hố xí hợp vệ sinh", "=", 97.5),
])

# --------------------------------------------------------------------------
# 10 Bình Dương, Tân Uyên town's wastewater stations: the present and the proposed capacities
# (binhduongtimes.com; cut: the byline "TIỂU MYhttps://binhduongtimes.com/" and the comment form's
# "Trả lời" and "Email của bạn sẽ không được hiển thị công khai. ..." with the blank lines between;
# no stamp; no year in the text: year null). Result: "hiện thị xã có trạm xử lý Thái Hòa công suất
# 15.000m3/ngày đêm" (=). Targets (proposals, bare numbers >=): "đề xuất nâng cấp lên
# 80.000m3/ngày đêm", "xây dựng mới thêm 2 trạm xử lý nước thải" (count), "Uyên Hưng 80.000m3/ngày
# đêm và Tân Hiệp 80.000m3/ngày đêm" (two records). Not quantities: "toàn bộ" (no number).
# --------------------------------------------------------------------------
D10 = dict(name="10_binhduong-tanuyen-tram-xu-ly-nuoc-thai", kind="result", year=None, records=[
    R("công suất «15.000m3", "công suất trạm xử lý nước thải Thái Hòa", "=", 15000, **M3),
    R("nâng cấp lên «80.000m3", "công suất trạm xử lý nước thải Thái Hòa đề xuất nâng cấp", ">=", 80000, **M3, **T),
    R("thêm «2 trạm", "trạm xử lý nước thải xây dựng mới", ">=", 2, **CNT, **T),
    R("Uyên Hưng «80.000m3", "công suất trạm xử lý nước thải Uyên Hưng", ">=", 80000, **M3, **T),
    R("Tân Hiệp «80.000m3", "công suất trạm xử lý nước thải Tân Hiệp", ">=", 80000, **M3, **T),
])

# --------------------------------------------------------------------------
# 11 Đà Nẵng, the Hòa Liên water plant, a supplier's project sheet (hawacomt.vn; nothing cut; no
# byline, no stamp). A precision text: three records among numbers that are not. Year null (the
# sheet names only the plan's horizon "đến năm 2030"). Result: "Công suất: 120.000 m3/ngày đêm (giai
# đoạn 1)" (=, the built plant's capacity), "Tổng mức đầu tư: Hơn 1.170 tỷ đồng" (>). Target: "với
# quy hoạch mở rộng lên 240.000 m3/ngày đêm trong giai đoạn 2" (>=, the plan's capacity). Not
# quantities: "Nhà máy nước Hòa Liên 120.000m3/Ngày.đêm" (a number inside the project's name),
# "DN50 – DN1400" (valve sizes), "Quan Nam 1" (a village's name), "giai đoạn 1", "giai đoạn 2"
# (labels), "2030" (a date).
# --------------------------------------------------------------------------
D11 = dict(name="11_danang-nha-may-nuoc-hoa-lien-precision", kind="result", year=None, records=[
    R("Công suất: «120.000 m3", "công suất Nhà máy nước Hòa Liên giai đoạn 1", "=", 120000, **M3),
    R("mở rộng lên «240.000 m3", "công suất Nhà máy nước Hòa Liên theo quy hoạch mở rộng giai đoạn 2", ">=", 240000,
      **M3, **T),
    R("Hơn «1.170 tỷ", "tổng mức đầu tư Nhà máy nước Hòa Liên", ">", 1170 * TY, **DONG),
])

# --------------------------------------------------------------------------
# 12 Whole country, the Ministry of Construction's count of urban wastewater plants
# (moitruong.net.vn, a tag page; cut: the copyright line "(*) Bản quyền thuộc về ..."; no byline, no
# stamp, no year: year null). Results: "43 nhà máy xử lý nước thải đô thị tập trung" (=, count),
# "tổng công suất thiết kế trên 926.000 m3/ngày đêm" (>), "tỷ lệ nước thải được xử lý chỉ đạt khoảng
# 13%" (~). Pillar null.
# --------------------------------------------------------------------------
D12 = dict(name="12_canuoc-nha-may-xu-ly-nuoc-thai-do-thi", kind="result", year=None, records=[
    R("có «43 nhà máy", "nhà máy xử lý nước thải đô thị tập trung cả nước", "=", 43, **CNT),
    R("trên «926.000 m3", "tổng công suất thiết kế nhà máy xử lý nước thải đô thị tập trung", ">", 926000, **M3),
    R("khoảng «13%", "tỷ lệ nước thải được xử lý", "~", 13),
])

# --------------------------------------------------------------------------
# 13 Whole country at risk of missing its 2025 clean-water targets (opendevelopmentmekong.net;
# cut: the link "Đọc tiếp…" with the blank line before it; no byline, no stamp). Targets, year
# 2025: "mục tiêu cung cấp nước sạch cho 93-95% người dân ở khu vực nông thôn và ít nhất 95% người
# dân ở khu vực thành thị vào năm 2025" (two records, one sentence splitting its values by
# population group: scopes "khu vực nông thôn" and "khu vực thành thị", as written; between 93-95,
# and >=95). Results, year null (the workshop "ngày 26/4" names no year; 2021 is the resolution's
# number): the title's "Chỉ có 34,8% người dân ở khu vực nông thôn được sử dụng nước sạch", "chỉ có
# 84,2% người dân khu vực thành thị được sử dụng nước sạch" and "Con số này ở khu vực nông thôn chỉ
# là 34,8%" (=, scope null: each sentence states one value, no split within it; the group in the
# indicator). Not quantities: "26/4" (a date), "16/2021/QH15" (a document number), "5 năm
# 2021-2025" (the plan's name and period).
# --------------------------------------------------------------------------
D13 = dict(name="13_canuoc-nuoc-sach-thanh-thi-nong-thon-2025", kind="result", year=None, records=[
    R("Chỉ có «34,8% người", "người dân ở khu vực nông thôn được sử dụng nước sạch", "=", 34.8),
    R("cho «93-95%", "người dân được cung cấp nước sạch", "between", 93, value_max=95, scope="khu vực nông thôn",
      **T, year=2025),
    R("ít nhất «95%", "người dân được cung cấp nước sạch", ">=", 95, scope="khu vực thành thị", **T, year=2025),
    R("chỉ có «84,2%", "người dân khu vực thành thị được sử dụng nước sạch", "=", 84.2),
    R("chỉ là «34,8%", "người dân ở khu vực nông thôn được sử dụng nước sạch", "=", 34.8),
])

# --------------------------------------------------------------------------
# 14 Vĩnh Phúc, 50 billion đồng to treat three flooding points in Vĩnh Yên city (tuoitre.vn, a tag
# page; cut: the tag label "Tag: xử lý ngập úng" with the blank line after it; no byline, no stamp,
# no year: year null). Targets (the province's decision to spend, bare numbers >=): the title's
# "chi 50 tỉ đồng xử lý 3 điểm ngập" and the lead's "chi 50 tỉ đồng đầu tư dự án xử lý ngập úng cục
# bộ tại 3 điểm trên 3 tuyến đường" (two statements: the money, "đồng", and the points twice, the
# streets once). Pillar null.
# --------------------------------------------------------------------------
D14 = dict(name="14_vinhphuc-vinhyen-xu-ly-diem-ngap", kind="target", year=None, records=[
    R("Vĩnh Phúc chi «50 tỉ đồng xử lý", "Vĩnh Phúc chi xử lý điểm ngập ở thành phố Vĩnh Yên", ">=", 50 * TY, **DONG),
    R("xử lý «3 điểm ngập", "điểm ngập xử lý ở thành phố Vĩnh Yên", ">=", 3, **CNT),
    R("tỉnh Vĩnh Phúc chi «50 tỉ", "tỉnh Vĩnh Phúc chi đầu tư dự án xử lý ngập úng cục bộ thành phố Vĩnh Yên", ">=", 50 * TY,
      **DONG),
    R("tại «3 điểm", "điểm xử lý ngập úng cục bộ", ">=", 3, **CNT),
    R("trên «3 tuyến", "tuyến đường thuộc thành phố Vĩnh Yên xử lý ngập úng cục bộ", ">=", 3, **CNT),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
