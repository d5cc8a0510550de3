#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set223).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a plan);
check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set193, the id is given in the record itself (`iid=`).

Text 01 (Ninh Thuận's press plan) states three indicators each as a range for 2023-2025 and then
year by year: `YEARLY(...)` writes the range record and the three yearly ones from the indicator's
own locators (still pieces of the text, checked unique like any other).

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
RADIO_SHARE = "infra.smart_radio_communes_share"
SITES = "society.digitised_heritage_sites_count"
SITES_SHARE = "society.digitised_heritage_sites_share"

# --------------------------------------------------------------------------
# 01 Ninh Thuận, the province's plan for the digital transformation of its press, 2023-2025
# (baoninhthuan.com.vn; cut: the photo caption "Phóng viên các cơ quan báo chí trên địa bàn tỉnh tác
# nghiệp tại một sự kiện. Ảnh: Văn Nỷ"; no byline, no stamp; the excerpt ends in "kỹ n"). Targets
# (kind target), pillar null (no heading; "Về chỉ tiêu cụ thể" names no pillar). Three indicators are
# each stated as a range for the period, "phấn đấu trong giai đoạn 2023-2025, số CQBC đưa nội dung
# lên các nền tảng số ... đạt từ 30-70%" (between 30-70, year 2025: the period's end, as the earlier
# sets read "giai đoạn 2023-2025"), then year by year "(trong đó, năm 2023 là 30%, năm 2024 là 50% và
# năm 2025 là 70%)" (three records, >=: a target's bare number, each with its own year). Revenue:
# "tăng doanh thu tối thiểu: Năm 2023 có 5% CQBC tăng doanh thu 5%; ..." two records a year: the
# share of agencies (>=) and the revenue growth each must reach (>=: a target stated as a change is
# a quantity, spec; as set103's "tăng 11,4%" target). Training: "Năm 2023 có 40%, năm 2024 có 70% và
# năm 2025 có 100% lãnh đạo, cán bộ, ... được đào tạo" (three records). Not quantities: "2023-2025"
# (the period). Ids null: the catalogue has no press indicator.
# --------------------------------------------------------------------------
PLATF = "cơ quan báo chí đưa nội dung lên các nền tảng số (ưu tiên các nền tảng số trong nước)"
AI = ("cơ quan báo chí sử dụng nền tảng phân tích, xử lý dữ liệu tổng hợp tập trung, ứng dụng trí tuệ "
      "nhân tạo để tối ưu hóa hoạt động")
HUB = "cơ quan báo chí hoạt động, vận hành mô hình tòa soạn hội tụ"


def YEARLY(rng, lo, hi, years, indicator):
    """The range record of one indicator for 2023-2025 and its three yearly records."""
    out = [R(rng, indicator, "between", lo, value_max=hi, year=2025)]
    for loc, value, year in years:
        out.append(R(loc, indicator, ">=", value, year=year))
    return out


D01 = dict(name="01_ninhthuan-chuyen-doi-so-bao-chi-chi-tieu-2023", kind="target", year=2025, records=[
    *YEARLY("đạt từ «30-70%", 30, 70, [("(trong đó, năm 2023 là «30%", 30, 2023),
                                        ("năm 2024 là «50% và năm 2025 là 70%). Số", 50, 2024),
                                        ("năm 2025 là «70%", 70, 2025)], PLATF),
    *YEARLY("hoạt động từ «20-50%", 20, 50, [("(năm 2023 là «20%", 20, 2023),
                                            ("năm 2024 là «30% và", 30, 2024),
                                            ("năm 2025 là «50%). Số", 50, 2025)], AI),
    *YEARLY("đạt từ «30-80%", 30, 80, [("80% (năm 2023 là «30%", 30, 2023),
                                        ("năm 2024 là «50% và năm 2025 là 80%", 50, 2024),
                                        ("năm 2025 là «80%", 80, 2025)], HUB),
    R("Năm 2023 có «5% CQBC", "cơ quan báo chí tăng doanh thu", ">=", 5, year=2023),
    R("tăng doanh thu «5%", "doanh thu của cơ quan báo chí tăng", ">=", 5, year=2023),
    R("năm 2024 có «15% CQBC", "cơ quan báo chí tăng doanh thu", ">=", 15, year=2024),
    R("tăng doanh thu «10%", "doanh thu của cơ quan báo chí tăng", ">=", 10, year=2024),
    R("năm 2025 có «30% CQBC", "cơ quan báo chí tăng doanh thu", ">=", 30, year=2025),
    R("tăng doanh thu «20%", "doanh thu của cơ quan báo chí tăng", ">=", 20, year=2025),
    R("Năm 2023 có «40%", "lãnh đạo, cán bộ, phóng viên, biên tập viên các cơ quan báo chí được đào tạo, "
      "bồi dưỡng kiến thức, kỹ năng về CĐS", ">=", 40, year=2023),
    R("năm 2024 có «70%", "lãnh đạo, cán bộ, phóng viên, biên tập viên các cơ quan báo chí được đào tạo, "
      "bồi dưỡng kiến thức, kỹ năng về CĐS", ">=", 70, year=2024),
    R("năm 2025 có «100%", "lãnh đạo, cán bộ, phóng viên, biên tập viên các cơ quan báo chí được đào tạo, "
      "bồi dưỡng kiến thức, kỹ năng về CĐS", ">=", 100, year=2025),
])

# --------------------------------------------------------------------------
# 02 Nghệ An, the province's plan for the digital transformation of its three press agencies (the
# newspaper, the radio-television station, the Sông Lam review), March 2024 (baonghean.vn; the stamp
# " date 2024-03" written as the first line, the rest of that line, the widget "Theo dõi Báo Nghệ An
# trên", cut; cut too: the photo caption "Lãnh đạo Báo Nghệ An giới thiệu ... Ảnh: Thành Duy"; the
# excerpt ends in "2/3 cơ quan "). Targets "đặt mục tiêu đến năm 2025": year 2025. "Phấn đấu 100%
# cơ quan báo chí của tỉnh đưa nội dung lên các nền tảng số" (>=, %); "phấn đấu 2/3 cơ quan báo chí
# của tỉnh (Báo Nghệ An và Đài PT-TH Nghệ An) hoạt động, vận hành mô hình tòa soạn hội tụ" (count,
# >=, 2: the numerator of "N/M", as the earlier sets read "15/15 xã"); "Các cơ quan báo chí tối ưu hóa
# nguồn thu; trong đó, 2/3 cơ quan " (count, >=, 2; the excerpt ends before the predicate: the
# indicator is the sentence's subject). Pillar null. Not quantities: "09-NQ/TU", "5/8/2022", "năm
# 2025", "năm 2030", the denominators "/3". Ids null.
# --------------------------------------------------------------------------
D02 = dict(name="02_nghean-chuyen-doi-so-bao-chi-muc-tieu-2025", kind="target", year=2025, records=[
    R("Phấn đấu «100% cơ quan", "cơ quan báo chí của tỉnh đưa nội dung lên các nền tảng số (ưu tiên các nền "
      "tảng số trong nước)", ">=", 100),
    R("phấn đấu «2/3 cơ quan", "cơ quan báo chí của tỉnh (Báo Nghệ An và Đài PT-TH Nghệ An) hoạt động, vận hành "
      "mô hình tòa soạn hội tụ", ">=", 2, **CNT),
    R("trong đó, «2/3 cơ quan", "cơ quan báo chí tối ưu hóa nguồn thu", ">=", 2, **CNT),
])

# --------------------------------------------------------------------------
# 03 Hải Dương, the provincial committee agreeing the plan for the digital transformation of the
# press, December 2023 (baohaiduong.vn; cut: the section label "Chuyển đổi số"; the byline "PHAN ANH
# 15/12/2023 14:04" (written as the first line `date 2023-12-15`); the two image file names
# "hop-uy-ban-sang-15.jpg", "img_3928.jpeg" and the captions under them (a speech, no figure); the
# excerpt ends in "sứ mệnh "). One target, the title's "Phấn đấu đến năm 2025, 70% số cơ quan báo
# chí của Hải Dương đưa nội dung lên các nền tảng số" (>=, 2025). Not quantities: "tháng 12 (lần 4)"
# (a meeting's number), "15/12", "6/4/2023", "348/QĐ-TTg", "2025", "2030". Pillar null, id null.
# --------------------------------------------------------------------------
D03 = dict(name="03_haiduong-co-quan-bao-chi-nen-tang-so-2023", kind="target", year=2025, records=[
    R("năm 2025, «70% số", "số cơ quan báo chí của Hải Dương đưa nội dung lên các nền tảng số", ">=", 70),
])

# --------------------------------------------------------------------------
# 04 Phú Thọ, the drafts of the 2026-2030 plan for grassroots information (commune radio) and of the
# communication strategy, October 2025 (baophutho.vn; the stamp " date 2025-10-02" written as the
# first line, the title following on the second; cut: the caption "Quang cảnh hội nghị"; the
# excerpt ends in "được c"). Targets "phấn đấu trong năm 2026": year 2026 for the three (the list
# the phrase opens). "100% xã, phường được đầu tư, trang bị hệ thống truyền thanh ứng dụng công nghệ
# thông tin" (>=; RADIO_SHARE, the catalogue's share of communes with an ICT-based radio), "100%
# nội dung thông tin thiết yếu từ cấp trung ương đến cấp xã phục vụ tuyên truyền" (>=: one value for
# all levels, scope null), "100% thông tin thiết yếu thuộc lĩnh vực quản lý của các sở, ngành cấp
# tỉnh được c[ung cấp]" (>=). Not quantities: "2/10" (a date), "2026 - 2030", "2035" (periods).
# Pillar null; the last two ids null.
# --------------------------------------------------------------------------
D04 = dict(name="04_phutho-thong-tin-co-so-truyen-thanh-2026", kind="target", year=2026, records=[
    R("năm 2026, «100% xã", "xã, phường được đầu tư, trang bị hệ thống truyền thanh ứng dụng công nghệ thông tin",
      ">=", 100, iid=RADIO_SHARE),
    R("tin; «100% nội dung", "nội dung thông tin thiết yếu từ cấp trung ương đến cấp xã phục vụ tuyên truyền, "
      "phổ biến đến người dân", ">=", 100),
    R("dân; «100% thông tin", "thông tin thiết yếu thuộc lĩnh vực quản lý của các sở, ngành cấp tỉnh được c",
      ">=", 100),
])

# --------------------------------------------------------------------------
# 05 Tiền Giang, the provincial radio-television station's review of 2024, January 2025 (thtg.vn;
# the stamp " date 2025-01" written as the first line; cut: the photo caption "Ông Nguyễn Thành
# Diệu, Phó Chủ tịch Ủy ban nhân dân tỉnh phát biểu chỉ đạo."; the excerpt ends in "ghi nhận").
# Results of 2024 (kind result, year 2024; the VTVGo figures of the same review, year 2024 too),
# counts: the broadcast output ("hơn 16.500 tin thời sự" `>`, "gần 6.800 phóng sự, ..." `~`, "hơn
# 2.500 tập phim truyện" `>`, "khoảng 3.800 bản tin" `~`), the digital audiences ("2,1 triệu lượt
# người xem" =, 2100000; "311.000 lượt người theo dõi", "126.000 người", "580.000 người", the
# platform in the indicator), and VTVGo's "người xem trung bình hàng ngày là 18.000 người, lượt người
# xem trung bình hàng ngày là 27.000 lượt" (=). Not quantities: "03/01/2025" (a date), "năm 2024",
# "năm 2025"; "gần một triệu lượt người xem" and "đứng hàng thứ hai" are written in words (no
# digits; the earlier sets' majority leaves words without a record). Pillar null, ids null.
# --------------------------------------------------------------------------
D05 = dict(name="05_tiengiang-dai-ptth-nen-tang-so-2024", kind="result", year=2024, records=[
    R("hơn «16.500 tin", "tin thời sự Đài đã biên tập và phát sóng trên sóng phát thanh và truyền hình", ">",
      16500, **CNT),
    R("gần «6.800 phóng sự", "phóng sự, bài viết, chương trình, chuyên mục, tiết mục Đài đã biên tập và phát sóng",
      "~", 6800, **CNT),
    R("có «2,1 triệu lượt", "lượt người xem trang Thông tin điện tử của Đài", "=", 2100000, **CNT),
    R("có «311.000 lượt", "lượt người theo dõi Facebook của Đài", "=", 311000, **CNT),
    R("là «126.000 người", "người đăng ký Youtube của Đài", "=", 126000, **CNT),
    R("là «580.000 người", "người quan tâm trên Zalo của Đài", "=", 580000, **CNT),
    R("hơn «2.500 tập", "tập phim truyện Đài đã biên tập và phát sóng", ">", 2500, **CNT),
    R("khoảng «3.800 bản tin", "bản tin thể thao, bản tin quốc tế và các chương trình truyền hình", "~", 3800,
      **CNT),
    R("là «18.000 người", "người xem trung bình hàng ngày kênh truyền hình THTG trên nền tảng VTVGo", "=", 18000,
      **CNT),
    R("là «27.000 lượt", "lượt người xem trung bình hàng ngày kênh truyền hình THTG trên nền tảng VTVGo", "=",
      27000, **CNT),
])

# --------------------------------------------------------------------------
# 06 Hải Phòng, the city's youth union putting QR codes at historical sites, November 2023
# (baomoi.net.vn; nothing cut; no byline, no stamp; the excerpt ends in "tuyên t"). Results "trong
# hơn một năm (từ 10/2022 – 11/2023)": year 2023. "gắn 258 mã QR" twice, in the title and in the
# body (two records, =, count; as the earlier sets record a title's figure). The subheading "Số hóa
# 378 di tích lịch sử, văn hóa" is read as the programme's aim for 2022-2025 (kind target, >=, year
# 2025): the 258 codes are "68% tổng số mã QR trong kế hoạch thực hiện giai đoạn 2022-2025", about
# 380 in all (a judgement). NOT: "chiếm 68% tổng số mã QR trong kế hoạch" (completion against the
# plan, which the earlier sets' majority leaves out). Not quantities: "Nghị quyết 03", "XIV",
# "2022-2027", "2025", "2030", "4.0" (names and periods), "10/2022", "11/2023" (dates). Pillar null.
# Ids: SITES for the 378 sites; the QR codes null (codes, not sites: a site may carry several).
# --------------------------------------------------------------------------
D06 = dict(name="06_haiphong-ma-qr-di-tich-2023", kind="result", year=2023, records=[
    R("Phòng gắn «258 mã QR tại", "mã QR tuổi trẻ Hải Phòng gắn tại các di tích lịch sử, văn hóa", "=", 258, **CNT),
    R("triển khai gắn «258 mã QR code", "mã QR code các cấp bộ Đoàn Hải Phòng đã triển khai gắn", "=", 258, **CNT),
    R("Số hóa «378 di tích", "di tích lịch sử, văn hóa được số hóa", ">=", 378, **CNT, **T, year=2025, iid=SITES),
], NOT=["chiếm «68% tổng"])

# --------------------------------------------------------------------------
# 07 Thanh Hóa, Hoằng Hóa district digitising its relics, with Hoằng Lộc commune's results
# (vhds.baothanhhoa.vn; cut: the photo caption "Người dân quét mã QR tra cứu thông tin về Di tích lịch
# sử văn hóa Bảng Môn Đình (Hoằng Lộc)."; no byline, no stamp; the excerpt ends in "quan trọ").
# Target: "với mục tiêu 100% di tích được SH vào năm 2025" (>=, 2025, SITES_SHARE). Results of
# Hoằng Lộc commune (place "Hoằng Lộc"), year null: the text says only "Từ năm 2022, ... Đến nay"
# (when the count began, not when it was measured) and shows no date: "10/10 di tích trên địa bàn xã
# có thông tin lên mạng xã hội và cổng thông tin của xã" (=, 10, count) and "Đối với 3 di tích cấp
# quốc gia ..., xã đã tạo mã QR dán tại các di tích" (=, 3, count). Not quantities: "năm 2022"
# (when the work began), the denominator "/10". Pillar null. Ids: SITES for both counts (the
# catalogue's digitised sites take QR-coded ones).
# --------------------------------------------------------------------------
D07 = dict(name="07_thanhhoa-hoanghoa-so-hoa-di-tich-2025", kind="result", year=None, records=[
    R("mục tiêu «100% di tích", "di tích được số hóa", ">=", 100, **T, year=2025, iid=SITES_SHARE),
    R("Đến nay, «10/10 di tích", "di tích trên địa bàn xã có thông tin lên mạng xã hội và cổng thông tin của xã",
      "=", 10, **CNT, place="Hoằng Lộc", iid=SITES),
    R("Đối với «3 di tích", "di tích cấp quốc gia xã đã tạo mã QR dán tại các di tích", "=", 3, **CNT,
      place="Hoằng Lộc", iid=SITES),
])

# --------------------------------------------------------------------------
# 08 Ninh Thuận, Thuận Nam district installing wireless loudspeaker clusters for the 2021 elections
# (baoninhthuan.com.vn; cut: the two lines of the photo caption "Hệ thống truyền thanh không dây được
# lắp đặt tại xã Phước Ninh (Thuận Nam) sẵn sàng phục vụ tuyên truyền" / "bầu cử đại biểu Quốc hội khóa
# XV và đại biểu HĐND các cấp, nhiệm kỳ 2021-2026. Ảnh: Văn Nỷ"; no byline, no stamp). Year 2021: the
# text gives no date, but the work is for the elections of the term "nhiệm kỳ 2021-2026", held in 2021
# (a judgement). Results: "57 cụm loa truyền thanh không dây tại 8 xã" (two counts), the breakdown by
# commune "xã Cà Ná được lắp đặt 10 cụm; Phước Diêm 11 cụm; ..." (eight counts, each with its commune
# as `place`, scope null: a commune named is a place, not a split by level), and the money, the title's
# "Trên 300 triệu đồng" and the body's "tổng kinh phí đầu tư trên 300 triệu đồng" (`>`, 300e6, unit
# other "đồng"; two statements, two records). Not quantities: "khóa XV", "2021-2026" (a name, a term).
# Pillar null. Ids null: the clusters are "không dây" (wireless, FM), not the catalogue's ICT-based
# clusters (a judgement); the money is a district's spending on radio, not the catalogue's funding
# for digital transformation.
# --------------------------------------------------------------------------
D08 = dict(name="08_ninhthuan-thuannam-loa-truyen-thanh-2021", kind="result", year=2021, records=[
    R("Thuận Nam: Trên «300 triệu", "kinh phí đầu tư hệ thống truyền thanh không dây", ">", 300e6, **DONG),
    R("sử dụng «57 cụm", "cụm loa truyền thanh không dây huyện Thuận Nam hoàn thành lắp đặt và đưa vào sử dụng",
      "=", 57, **CNT),
    R("tại «8 xã", "xã được lắp đặt cụm loa truyền thanh không dây", "=", 8, **CNT),
    R("lắp đặt «10 cụm", "cụm loa truyền thanh không dây được lắp đặt", "=", 10, **CNT, place="Cà Ná"),
    R("Diêm «11 cụm", "cụm loa truyền thanh không dây được lắp đặt", "=", 11, **CNT, place="Phước Diêm"),
    R("Phước Nam «8 cụm", "cụm loa truyền thanh không dây được lắp đặt", "=", 8, **CNT, place="Phước Nam"),
    R("Minh «7 cụm", "cụm loa truyền thanh không dây được lắp đặt", "=", 7, **CNT, place="Phước Minh"),
    R("Dinh «6 cụm", "cụm loa truyền thanh không dây được lắp đặt", "=", 6, **CNT, place="Phước Dinh"),
    R("Phước Ninh «5 cụm", "cụm loa truyền thanh không dây được lắp đặt", "=", 5, **CNT, place="Phước Ninh"),
    R("Hà «6 cụm", "cụm loa truyền thanh không dây được lắp đặt", "=", 6, **CNT, place="Nhị Hà"),
    R("Phước Hà «4 cụm", "cụm loa truyền thanh không dây được lắp đặt", "=", 4, **CNT, place="Phước Hà"),
    R("đầu tư trên «300 triệu", "tổng kinh phí đầu tư hệ thống truyền thanh không dây từ nguồn ngân sách của "
      "huyện", ">", 300e6, **DONG),
])

# --------------------------------------------------------------------------
# 09 Điện Biên, the provincial museum digitising its artefacts, September 2023
# (chuyendoiso.dienbien.gov.vn; cut: the link to another article "• Phổ cập hạ tầng số và sáng tạo ứng
# dụng số ..." and the byline "  • Thời gian đăng: 14/09/2023 09:35:56 AM - Lượt xem: 2153" (written
# as the first line `date 2023-09-14`; the view count is page furniture); the caption "Bảo tàng tỉnh
# đã số hóa gần 500 hiện vật. ..." carries a figure and stays; the excerpt ends in "online và ").
# One result: "Bảo tàng tỉnh đã số hóa gần 500 hiện vật" (~, count, 2023). Not quantities: "2D",
# "3D" (names), "giữa năm 2023" (a date), "1 chiếc điện thoại" (an article), the gallery's size "hơn
# 300m2" and its display "khoảng 300 trong tổng số hơn 11.800 hiện vật đã sưu tầm" (the museum's
# size and collection, as the earlier sets' sizes, not a digital-transformation value). Pillar null,
# id null (artefacts, not sites).
# --------------------------------------------------------------------------
D09 = dict(name="09_dienbien-bao-tang-so-hoa-hien-vat-2023", kind="result", year=2023, records=[
    R("số hóa gần «500 hiện vật", "hiện vật Bảo tàng tỉnh đã số hóa", "~", 500, **CNT),
])

# --------------------------------------------------------------------------
# 10 Bắc Giang, the city youth union's QR-code guide at Chùa làng Thành, February 2023
# (tuoitre.bacgiang.gov.vn; nothing cut; no byline, no stamp; the excerpt ends in "sử dụng th"). A
# precision text: one record among dates and sizes. Result: "Đến nay, Thành đoàn đã ra mắt 10 công
# trình Hướng dẫn tra cứu, tìm hiểu di tích lịch sử văn hoá thông qua mã quét QR tại các di tích"
# (=, count, 2023: the launch of "2/2" in the year of "3/2/2023"; SITES, one guide a site). Not
# quantities: "93 năm" (an anniversary), "3/2/1930 - 3/2/2023", "2/2" (dates), "inox 304" (a name),
# "2,2m x 1,2m", "1m" (sizes). Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_bacgiang-ma-qr-di-tich-2023-precision", kind="result", year=2023, records=[
    R("ra mắt «10 công trình", "công trình Hướng dẫn tra cứu, tìm hiểu di tích lịch sử văn hoá thông qua mã quét "
      "QR tại các di tích trên địa bàn thành phố", "=", 10, **CNT, iid=SITES),
])

# --------------------------------------------------------------------------
# 11 Quảng Nam, the provincial committee's instruction to report on the press's digital
# transformation strategy, December 2023 (hcc.quangnam.gov.vn; nothing cut; no byline, no stamp). A
# precision text, no record: dates ("08/12/2023", "03/12/2023", "06/4/2023", "23/5/2023",
# "15/12/2023"), document numbers ("86549/UBND-NCKS" twice, "6028/BTTT-CBC", "348/QĐ-TTg",
# "3218/UBND-KGVX") and the strategy's horizons ("2025", "2030"). Year 2023.
# --------------------------------------------------------------------------
D11 = dict(name="11_quangnam-bao-cao-cds-bao-chi-2023-precision", kind="result", year=2023, records=[])

# --------------------------------------------------------------------------
# 12 Hà Nội, digitising the city's relics, with Hai Bà Trưng district's portal (nhandan.vn; cut: the
# audio player "0:00 / 0:00" and "0:00", the photo caption "Trải nghiệm số hóa di tích tại di tích
# chùa Thầy (huyện Quốc Oai)." (twice); no byline, no stamp; the excerpt ends in "vietnaminfo.n").
# Result: "có những quận, huyện, thị xã hoàn thành 100% công tác số hóa di tích trên địa bàn" (=,
# year null: "Đến nay", no date in the text). Target: "Theo kế hoạch, đến hết năm 2025, thành phố sẽ
# số hóa 100% các di tích trên địa bàn" (>=, 2025). Not quantities: "51 di tích" (the district's
# number of relics, a size, not a value reached), "11-CĐ/QU", "13/7/2021" (a document), "360o" (a
# name). Pillar null. Ids: SITES_SHARE for both (the catalogue's share names Hà Nội's 2025 aim).
# --------------------------------------------------------------------------
D12 = dict(name="12_hanoi-so-hoa-di-tich-muc-tieu-2025", kind="result", year=None, records=[
    R("hoàn thành «100% công tác", "quận, huyện, thị xã hoàn thành công tác số hóa di tích trên địa bàn", "=", 100,
      iid=SITES_SHARE),
    R("số hóa «100% các di tích", "thành phố số hóa các di tích trên địa bàn", ">=", 100, **T, year=2025,
      iid=SITES_SHARE),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
