#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set313: environmental monitoring).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); this set needs none.

Each record carries `indicator_id_gold` (ignored by the scorer): decided against
muctieu/catalog/data/indicators.yaml. The catalogue is of digital-transformation indicators and has
no indicator of environmental monitoring, so every record of this set has id null (`iid` left out).

No text of this set stands under a heading or lead-in that names a pillar: every record has pillar
null.

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

# a count of stations, points or sites (the set's commonest record), as a result or as a target
N = functools.partial(R, unit="count")

# --------------------------------------------------------------------------
# 01 Hưng Yên, six automatic surface-water monitoring stations installed, February 2020
# (baohungyen.vn; cut: the byline "17:40, 10/02/2020" written as the first line `date 2020-02-10`,
# the byline name "Mai Nhung" and the page's gold-price and exchange-rate widget after it). Year
# 2020. Results: the title's "Hưng Yên lắp đặt 6 trạm quan trắc nước mặt tự động, liên tục" and the
# body's "toàn tỉnh đã lắp đặt 6/6 trạm" (each statement a record, as the earlier sets record a
# figure stated in the title and in the body; the denominator "/6" is not a quantity). Not
# quantities: "2017 – 2020", "năm 2025" (the Đề án's period in its name), "tháng 2" (a date).
# --------------------------------------------------------------------------
D01 = dict(name="01_hungyen-tram-nuoc-mat-tu-dong-2020", kind="result", year=2020, records=[
    N("lắp đặt «6 trạm quan trắc nước mặt tự động, liên tục\n",
      "trạm quan trắc nước mặt tự động, liên tục lắp đặt", "=", 6),
    N("lắp đặt «6/6 trạm", "trạm quan trắc nước mặt tự động, liên tục trên hệ thống các sông, kênh toàn tỉnh đã "
      "lắp đặt", "=", 6),
])

# --------------------------------------------------------------------------
# 02 Hải Dương, ten automatic air and surface-water stations being installed, March 2020
# (thethaohangngay.com.vn; cut: the byline "18-03-2020 11:16 | 0 bình luận" written as the first
# line `date 2020-03-18`, the byline initials "DK" and the link label "Tin tức mới nhất"; the title
# line stands twice as the page has it). Year 2020. Targets (the province "đang triển khai lắp đặt",
# "sẽ lắp đặt": stations planned, not yet working; kind target, bare numbers `>=`): the title's "10
# trạm" twice (two records, each statement), "tỉnh sẽ lắp đặt 5 trạm quan trắc tự động chất lượng
# không khí", the bracket "(2 trạm: khu vực trung tâm thị xã và xã Duy Tân)" (the stations of Kinh
# Môn, place "Kinh Môn"; a bracket that states a value, spec), "tỉnh lắp đặt 5 trạm quan trắc tự động
# nước mặt". Not quantities: "Trạm thứ 3", "Trạm thứ 4", "Trạm thứ 5" (ordinals naming stations),
# "PM2,5", "PM10" (names of parameters).
# --------------------------------------------------------------------------
T02 = "trạm quan trắc tự động chất lượng không khí và nước mặt lắp đặt"
D02 = dict(name="02_haiduong-lap-dat-10-tram-quan-trac-2020", kind="target", year=2020, records=[
    N("date 2020-03-18\nHải Dương đang triển khai lắp đặt «10 trạm", T02, ">=", 10),
    N("nước mặt\n\nHải Dương đang triển khai lắp đặt «10 trạm", T02, ">=", 10),
    N("tỉnh sẽ lắp đặt «5 trạm", "trạm quan trắc tự động chất lượng không khí tỉnh sẽ lắp đặt", ">=", 5),
    N("Kinh Môn («2 trạm", "trạm quan trắc tự động chất lượng không khí ở thị xã Kinh Môn", ">=", 2,
      place="Kinh Môn"),
    N("tỉnh lắp đặt «5 trạm", "trạm quan trắc tự động nước mặt tỉnh lắp đặt", ">=", 5),
])

# --------------------------------------------------------------------------
# 03 Vĩnh Phúc, results of the first round of environmental monitoring of 2020 (vinhphuc.gov.vn;
# cut: the byline date "02/06/2020" written as the first line `date 2020-06-02`; the excerpt ends in
# "biện pháp xử lý "). Year 2020. Results: "Trong số 47 điểm quan trắc chất lượng nước mặt" (the
# points monitored, count), "25/47 điểm chất lượng nước tốt ... (chiếm 53 %)" (count and share),
# "22/47 điểm chất lượng nước trung bình ... (chiếm 47%)" (count and share), "tại 30 điểm quan trắc"
# (ground water), "vượt QCCP đối với 03 chỉ tiêu" (the parameters over the standard, count; a
# result measured, not a count of tasks). Not quantities: "đợt 1", "đợt 1/2020", "đợt 1/2019" (the
# round's name and dates), "tháng 02", "tháng 03" (dates), "NO2-", "NH4+" (names of parameters),
# the denominators "/47", the list label "1.".
# --------------------------------------------------------------------------
D03 = dict(name="03_vinhphuc-ket-qua-quan-trac-dot-1-2020", kind="result", year=2020, records=[
    N("số «47 điểm", "điểm quan trắc chất lượng nước mặt trên lưu vực các sông, suối, hồ, đầm", "=", 47),
    N("có: «25/47 điểm", "điểm quan trắc chất lượng nước tốt, sử dụng cho mục đích cấp nước sinh hoạt", "=", 25),
    R("(chiếm «53 %)", "điểm quan trắc chất lượng nước mặt có chất lượng nước tốt", "=", 53),
    N("; «22/47 điểm", "điểm quan trắc chất lượng nước trung bình, sử dụng cho mục đích tưới tiêu", "=", 22),
    R("(chiếm «47%)", "điểm quan trắc chất lượng nước mặt có chất lượng nước trung bình", "=", 47),
    N("tại «30 điểm", "điểm quan trắc môi trường nước dưới đất", "=", 30),
    N("đối với «03 chỉ tiêu", "chỉ tiêu nước dưới đất vượt QCCP tại một số vị trí", "=", 3),
])

# --------------------------------------------------------------------------
# 04 TP. Hồ Chí Minh, calling for private investment in automatic air-monitoring stations, March
# 2022 (tapchimoitruong.vn; cut: the banner label "Banner trang chủ", the photo caption "Một trạm
# quan trắc môi trường tại Quận 3 TP. Hồ Chí Minh" (no figure), and the byline date "22/03/2022"
# written as the first line `date 2022-03-22`; the excerpt ends in "môi trường khôn"). Year 2022.
# Targets (bare numbers `>=`): "kêu gọi mở rộng đầu tư 11 trạm" and "kêu gọi nhà đầu tư triển khai 9
# trạm" (no year of their own: the document's 2022), "từ nay đến năm 2025, Sở TN&MT sẽ tiếp tục đầu
# tư 7 trạm" (2025). Result: "Sau gần 2 năm triển khai Đề án, chỉ có 2/10 trạm quan trắc tự động được
# đầu tư" (=, 2, year 2022: the time of the article; the denominator "/10", the Đề án's stations, is
# read as a denominator as the earlier sets read "15/15 xã"). Not quantities: "Năm 2020", "đến năm
# 2020, tầm nhìn đến năm 2030" (dates, the Đề án's name), "gần 2 năm" (a duration), "Quận 3" (a name),
# "năm 2022" (the date of operation).
# --------------------------------------------------------------------------
D04 = dict(name="04_tphcm-xa-hoi-hoa-tram-khong-khi-2022", kind="target", year=2022, records=[
    N("đầu tư «11 trạm", "trạm quan trắc chất lượng môi trường không khí tự động, liên tục kêu gọi mở rộng đầu "
      "tư theo hình thức xã hội hóa", ">=", 11),
    N("có «2/10 trạm", "trạm quan trắc tự động được đầu tư", "=", 2, **RES),
    N("triển khai «9 trạm", "trạm quan trắc môi trường không khí tự động kêu gọi nhà đầu tư triển khai theo hình "
      "thức xã hội hóa", ">=", 9),
    N("đầu tư «7 trạm", "trạm quan trắc môi trường không khí Sở TN&MT sẽ tiếp tục đầu tư", ">=", 7, year=2025),
])

# --------------------------------------------------------------------------
# 05 Hà Nội, the "gap" in air-quality data, December 2025 (vnexpress.net; the stamp " date
# 2025-12-04" written as the first line; nothing cut; the excerpt ends in "Chủ tịch Mạng l").
# Results: "Hà Nội hiện có ít nhất 61 trạm quan trắc chất lượng không khí ..., trong đó có 6 trạm
# 'chuẩn'" (`>=` from "ít nhất", and =; year 2025); "Báo cáo khi đó tổng hợp dữ liệu từ 42 trạm trên
# cả nước, trong đó riêng Hà Nội chiếm 86%" (the report published "4 năm trước": year null, the
# text names no year for it and four years before the stamp is arithmetic, not a stated year; the 42 are the country's, place null as the sentence
# names the country, not a province). Not quantities: "4 năm" (twice, a duration), "2019-2020"
# (the report's name), "PM2.5" (a name).
# --------------------------------------------------------------------------
D05 = dict(name="05_hanoi-khoang-trong-du-lieu-khong-khi-2025", kind="result", year=2025, records=[
    N("ít nhất «61 trạm", "trạm quan trắc chất lượng không khí từ Nhà nước và tư nhân Hà Nội hiện có", ">=", 61),
    N("có «6 trạm", "trạm quan trắc chất lượng không khí \"chuẩn\"", "=", 6),
    N("từ «42 trạm", "trạm quan trắc trên cả nước báo cáo tổng hợp dữ liệu", "=", 42, year=None),
    R("chiếm «86%", "trạm quan trắc của Hà Nội trong báo cáo tổng hợp dữ liệu", "=", 86, year=None),
])

# --------------------------------------------------------------------------
# 06 The national environmental-monitoring plan's air-monitoring points, March 2024 (thanhnien.vn;
# the stamp " date 2024-03" written as the first line; nothing cut: the photo caption "Cả nước xây
# dựng thêm 113 điểm quan trắc chất lượng không khí ĐÌNH HUY" carries a figure and stays; the excerpt
# ends in "cho m"). Targets of the plan (bare numbers `>=`). Years: the records stated for the plan's
# period "giai đoạn 2021 - 2030" and the stations of that period (98 points, the 68 stations and
# their 6 + 62, the 6 localities, the 18 stations) 2030; the title's 113 (98 + 15, across 2030), the
# "15 trạm ... xây dựng mới sau năm 2030" and the total "tổng cộng 216 trạm" (no year the text
# names for them) null. "đặt tại 6 địa phương" is recorded (the localities the stations stand in, as
# set193's "tại 7 thôn"); "đại diện cho 6 vùng phát triển kinh tế - xã hội" is not (the country's
# six regions, a size). Not quantities: "2021 - 2030" (a period), "sau năm 2030" (a date).
# --------------------------------------------------------------------------
D06 = dict(name="06_ca-nuoc-quy-hoach-diem-quan-trac-khong-khi-2024", kind="target", year=2030, records=[
    N("thêm «113 điểm", "điểm quan trắc chất lượng không khí cả nước xây dựng thêm", ">=", 113, year=None),
    N("đó, «98 điểm", "điểm quan trắc quy hoạch thực hiện trong giai đoạn 2021 - 2030", ">=", 98),
    N("và «15 trạm", "trạm quan trắc chất lượng không khí tự động, liên tục được tiếp tục xây dựng mới sau năm "
      "2030", ">=", 15, year=None),
    N("cộng «216 trạm", "trạm quan trắc chất lượng không khí cả nước sẽ có", ">=", 216, year=None),
    N("xây dựng «68 trạm", "trạm quan trắc chất lượng không khí tự động, liên tục mở rộng và xây dựng", ">=", 68),
    N("với «6 trạm", "trạm quan trắc chất lượng môi trường không khí nền", ">=", 6),
    N("và «62 trạm", "trạm quan trắc chất lượng không khí tác động", ">=", 62),
    N("tại «6 địa phương", "địa phương đặt các trạm quan trắc chất lượng không khí nền", ">=", 6),
    N("\n«18 trạm", "trạm quan trắc chất lượng không khí", ">=", 18),
])

# --------------------------------------------------------------------------
# 07 The country's industrial zones, their wastewater treatment and automatic monitoring, early 2020
# (nhandan.vn; nothing cut; no byline, no stamp). Year 2020 ("tính đến đầu năm 2020"). Results
# (counts, =): 274 zones working, 244 with central wastewater treatment "(chiếm 89%)" (a share, the
# bracket a value), 191 zones with an automatic monitoring station, 109 clusters with central
# treatment, 10 clusters with automatic wastewater monitoring (each its own subject, scope null: a
# breakdown by kind of thing, spec). Target: "bảo đảm tỷ lệ khu công nghiệp, khu chế xuất có hệ thống
# xử lý nước thải tập trung đạt quy chuẩn kỹ thuật môi trường ít nhất 90%" (`>=`, 2020: the
# sentence's "năm 2020, Tổng cục Môi trường sẽ ...").
# --------------------------------------------------------------------------
D07 = dict(name="07_ca-nuoc-nuoc-thai-khu-cong-nghiep-2020", kind="result", year=2020, records=[
    N("có «274 khu", "khu công nghiệp đang hoạt động trên toàn quốc", "=", 274),
    N("có «244 khu", "khu công nghiệp có hệ thống xử lý nước thải tập trung", "=", 244),
    R("(chiếm «89%)", "khu công nghiệp có hệ thống xử lý nước thải tập trung", "=", 89),
    N("), «191 khu", "khu công nghiệp có trạm quan trắc tự động", "=", 191),
    N("; «109 cụm", "cụm công nghiệp có hệ thống xử lý nước thải tập trung", "=", 109),
    N(", «10 cụm", "cụm công nghiệp có hệ thống quan trắc tự động nước thải", "=", 10),
    R("ít nhất «90%", "tỷ lệ khu công nghiệp, khu chế xuất có hệ thống xử lý nước thải tập trung đạt quy chuẩn "
      "kỹ thuật môi trường", ">=", 90, **T),
])

# --------------------------------------------------------------------------
# 08 Bắc Giang, the chairman's dispatch on transmitting and checking automatic monitoring data, May
# 2024 (congnghiepmoitruong.vn; cut: the byline and section line "24/05/2024 10:09 Hạ tầng bảo vệ môi
# trường" written as the first line `date 2024-05-24`; the excerpt ends in "dự báo về môi trường").
# A precision text, no record: "3054/BTNMT-KSONMT", "2575/UBND-KTN" (documents), "15/5/2024", "21
# tháng 5 năm 2024" (dates), "đến năm 2025" (a target with no number: "sẽ xây dựng ứng dụng phân
# tích và dự báo"). Year 2024.
# --------------------------------------------------------------------------
D08 = dict(name="08_bacgiang-truyen-nhan-du-lieu-quan-trac-2024-precision", kind="result", year=2024,
           records=[])

# --------------------------------------------------------------------------
# 09 Quảng Bình, the head of decision 235/QĐ-UBND issuing the plan for managing ambient air quality
# 2025-2030 (timhieuluat24h.com; nothing cut: the title line stands twice as the page has it; the
# excerpt ends in "ngày 07 tháng 6 năm 2"). A precision text, no record: "235/QĐ-UBND" (the decision,
# in the title twice and in the header), "08/2022/NĐ-CP", "05/2025/NĐ-CP", "1973/QĐ-TTg",
# "450/QĐ-TTg", "3051/BTNMT-TCMT" (documents), the dates of the laws and decisions, "2025 - 2030",
# "2021 - 2025", "đến năm 2030, tầm nhìn đến năm 2050" (periods in names). Year 2025.
# --------------------------------------------------------------------------
D09 = dict(name="09_quangbinh-ke-hoach-chat-luong-khong-khi-2025-precision", kind="target", year=2025,
           records=[])

# --------------------------------------------------------------------------
# 10 Thái Nguyên, the National Assembly committee's survey of environmental protection, May 2023
# (quochoi.vn; cut: the byline date "17/05/2023" written as the first line `date 2023-05-17`, the
# related-news link "ĐOÀN KHẢO SÁT CỦA UỶ BAN PHÁP LUẬT LÀM VIỆC VỚI UBND TỈNH BẮC GIANG" and the photo
# caption "Đoàn công tác ... tại tỉnh Thái Nguyên." (no figure); the excerpt ends in "gia tăng ô ").
# A precision text, no record: "2 ngày 15 và 16/5", "1 ngày" (the survey's duration and dates),
# "sau 2 năm" (a duration), "Sơn Cẩm 3", "Sông Công II" (names). Year 2023.
# --------------------------------------------------------------------------
D10 = dict(name="10_thainguyen-khao-sat-bao-ve-moi-truong-2023-precision", kind="result", year=2023,
           records=[])

# --------------------------------------------------------------------------
# 11 Hà Nội, the city's air-quality plan: its target for 2030 (vietnamnet.vn; one sentence, nothing
# cut; no byline, no stamp). Target: "đến năm 2030, khoảng 75-80% số ngày trong năm có chỉ số chất
# lượng không khí ở mức tốt và trung bình" (`between` 75-80: a range stated once; "khoảng" before
# the range read as the range, not `~`; year 2030).
# --------------------------------------------------------------------------
D11 = dict(name="11_hanoi-muc-tieu-ngay-khong-khi-tot-2030", kind="target", year=2030, records=[
    R("khoảng «75-80%", "số ngày trong năm có chỉ số chất lượng không khí ở mức tốt và trung bình", "between", 75,
      value_max=80, note="'khoảng 75-80%': the range read as between"),
])

# --------------------------------------------------------------------------
# 12 Hà Nội, the department's plan to add fixed air-monitoring stations (vngreen.vn, a tag page; one
# paragraph, nothing cut; no byline, no stamp). Target: "Sở sẽ đầu tư thêm 15 trạm quan trắc môi
# trường không khí cố định trong giai đoạn 2021-2024" (`>=`, year 2024: the end of the period).
# --------------------------------------------------------------------------
D12 = dict(name="12_hanoi-dau-tu-them-tram-khong-khi-2021-2024", kind="target", year=2024, records=[
    N("thêm «15 trạm", "trạm quan trắc môi trường không khí cố định Sở sẽ đầu tư thêm", ">=", 15),
])

# --------------------------------------------------------------------------
# 13 The Ministry of Construction's targets for 2024: wastewater collected and treated, urbanisation,
# clean water (moitruong.net.vn, a tag page; cut: the tag label "thu gom nước thải" with the blank
# line after it and the copyright line "(*) Bản quyền thuộc về ..."). Year 2024. Targets (bare
# numbers `>=`, as the spec's "là 25%"; "thất thoát, thất thu nước sạch 15,5%" also `>=` by the
# spec's rule for a bare number, though a loss is better lower; a judgement): the title's "thu gom
# xử lý nước thải đạt 18%" and the body's "phấn đấu đạt tỷ lệ 18%" (each statement a record), "43,7%",
# "97%", "15,5%". Not a quantity: "17 nhiệm vụ" (tasks, spec).
# --------------------------------------------------------------------------
WW = "thu gom xử lý nước thải"
D13 = dict(name="13_ca-nuoc-muc-tieu-thu-gom-nuoc-thai-2024", kind="target", year=2024, records=[
    R("nước thải đạt «18%", WW, ">=", 18),
    R("tỷ lệ «18%", WW, ">=", 18),
    R("toàn quốc «43,7%", "tỷ lệ đô thị hóa toàn quốc", ">=", 43.7),
    R("tập trung «97%", "tỷ lệ dân cư khu vực thành thị được cung cấp nước sạch qua hệ thống cấp nước tập trung",
      ">=", 97),
    R("nước sạch «15,5%", "tỷ lệ thất thoát, thất thu nước sạch", ">=", 15.5,
      note="bare number in a target read as >= (spec), though a loss is better lower"),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
