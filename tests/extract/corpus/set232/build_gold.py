#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set232).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a quota);
check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README),
given in the record itself (`iid=`).

The theme of this set is disasters, fire and emergencies going digital: disaster-prevention plans'
targets, fire-alarm transmission and the "Báo cháy 114" app, the fire-safety database, rain and
flood stations, landslide warning, the 112 hotline. No text stands under a heading naming a pillar
of digital transformation, so every record's pillar is null.

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
NGAY = dict(unit="other", unit_text="ngày")
GIO = dict(unit="other", unit_text="giờ")
THANG = dict(unit="other", unit_text="tháng")
IOT = "city.iot_monitoring_stations_count"
T30 = dict(T, year=2030)

# --------------------------------------------------------------------------
# 01 Hà Nội, the city's disaster-prevention plan: its targets for 2025 (baotainguyenmoitruong.vn;
# nothing cut; no byline, no stamp; the excerpt ends in "Nâng cao mức bảo"). Kind target, year 2025
# ("mục tiêu đến năm 2025", which leads the list; the third line continues it). Bare "100%" of a
# target: `>=`. "100% các ngầm tràn ... và 100% số hộ dân ...": two records, each its own subject.
# Not quantities: "năm 2025" (a date); "không có thiệt hại về người" (no number). Ids null (the
# catalogue has no disaster-prevention indicator).
# --------------------------------------------------------------------------
D01 = dict(name="01_hanoi-ke-hoach-phong-chong-thien-tai-2025", kind="target", year=2025, records=[
    R("vừa qua; «100% chính quyền", "chính quyền các cấp, cơ quan, tổ chức, hộ gia đình trên địa bàn thành phố được "
      "tiếp nhận đầy đủ thông tin về thiên tai", ">=", 100),
    R("thiên tai; «100% lực lượng", "lực lượng làm công tác phòng, chống thiên tai được đào tạo, tập huấn, phổ biến "
      "kỹ năng về phòng, chống thiên tai", ">=", 100),
    R("«100% các ngầm tràn", "ngầm tràn thường xuyên bị ngập sâu nước được lắp đặt các thiết bị cảnh báo", ">=",
      100),
    R("và «100% số hộ dân", "số hộ dân thuộc khu vực đông dân cư thường xuyên xảy ra thiên tai có nơi ở đảm bảo an "
      "toàn", ">=", 100),
])

# --------------------------------------------------------------------------
# 02 Gia Lai, the province's plan for disaster prevention to 2030 (baogialai.com.vn; cut: the
# related-news link "Tin liên quan Mưa lớn ở Bắc Bộ và Thanh Hóa, đề phòng lũ quét ở vùng núi" that
# followed the stamp on its line, with the blank line after it; the stamp " date 2023-07" written as
# the first line `date 2023-07`). Kind target, year 2030 ("chỉ tiêu đến năm 2030", which leads the
# list; the last paragraph "100% khu vực trọng điểm ..." continues the plan's list). "giảm tối thiểu
# 10% thiệt hại về người ... so với giai đoạn 2010-2020": a target stated as a change (spec), `>=`;
# "không vượt quá 1,2% GRDP": `<=` (spec: "không quá"); the bare "100%" five times `>=`.
# Not quantities: "2010-2020" twice (a period), "2030" (a date), "4 tại chỗ" (a name). Ids null.
# --------------------------------------------------------------------------
D02 = dict(name="02_gialai-ke-hoach-phong-chong-thien-tai-2030", kind="target", year=2030, records=[
    R("giảm tối thiểu «10% thiệt hại", "giảm thiệt hại về người do thiên tai gây ra so với giai đoạn 2010-2020",
      ">=", 10),
    R("không vượt quá «1,2% GRDP", "thiệt hại về kinh tế do thiên tai so với GRDP của tỉnh", "<=", 1.2),
    R("Bên cạnh đó, «100% cơ quan", "cơ quan thường trực PCTT cấp tỉnh đáp ứng yêu cầu tham mưu, hỗ trợ ra quyết định "
      "chỉ đạo PCTT theo thời gian thực", ">=", 100),
    R("Phấn đấu «100% cơ quan hành chính", "cơ quan hành chính các cấp, tổ chức và hộ gia đình vùng ảnh hưởng thường "
      "xuyên của thiên tai được tiếp nhận đầy đủ thông tin, tài liệu về thiên tai và rủi ro thiên tai", ">=", 100),
    R("thiên tai; «100% lực lượng", "lực lượng làm công tác PCTT được đào tạo, tập huấn, trang bị đầy đủ kiến thức và "
      "trang-thiết bị cần thiết", ">=", 100),
    R("cần thiết; «100% tổ chức", "tổ chức, hộ gia đình đảm bảo các yêu cầu PCTT theo phương châm “4 tại chỗ”", ">=",
      100),
    R("thiên tai; «100% khu vực", "khu vực trọng điểm xung yếu về PCTT được theo dõi, giám sát chủ động", ">=", 100),
])

# --------------------------------------------------------------------------
# 03 Lâm Đồng, Đà Lạt city spreading the "Báo cháy 114" app (baolamdong.vn; cut: the byline date
# "06:09, 21/09/2022" (written as the first line `date 2022-09-21`) with the blank line after it,
# and the photo caption "App Báo cháy 114" (two identical lines) with the line of one space after
# them). Kind target, year 2022 ("trong năm 2022"). "yêu cầu 100% cán bộ, công nhân viên ... cài
# đặt, sử dụng": `>=` (a bare target number); "đạt tối thiểu 20% dân số cài đặt": `>=`.
# Not quantities: "114" (the app's and the hotline's name, four times), "2022" (a date). Ids null
# (the catalogue's citizen-app indicators name the province's own citizen app, not the police's).
# --------------------------------------------------------------------------
D03 = dict(name="03_lamdong-dalat-app-bao-chay-114-2022", kind="target", year=2022, records=[
    R("yêu cầu «100% cán bộ", "cán bộ, công nhân viên của các đơn vị triển khai cài đặt, sử dụng App Báo cháy 114",
      ">=", 100),
    R("tối thiểu «20% dân số", "dân số cài đặt App Báo cháy 114", ">=", 20),
])

# --------------------------------------------------------------------------
# 04 Đồng Nai, the provincial police's peak campaign to fit fire-alarm transmission devices
# (congan.dongnai.gov.vn; cut: the photo captions "Đại tá Trần Anh Sơn, Phó Giám đốc Công an tỉnh
# chủ trì cuộc họp", "Đại diện các đơn vị phát biểu ý kiến liên quan đến công tác triển khai cao
# điểm" and "Đại diện Công ty Gtel phát biểu tại cuộc họp", each two identical lines, the first
# with the blank line before it that opened the excerpt, the others with the blank line after them;
# no byline, no stamp; the excerpt ends in "đồng loạt các "). Kind target; each target's year from
# its deadline: "trước 30/4/2026 phải đạt tỷ lệ 80%" (2026), "trước 1/7/2027 phải đạt tỷ lệ 100%"
# (2027), op `>=` (a target's "đạt"). The document's year null (no date on the page).
# Not quantities: "trên 26.000 cơ sở thuộc diện quản lý phải lắp đặt" (the size of the group the
# shares are of, the denominator; as set193's sizes), the two deadlines (dates). Ids null.
# --------------------------------------------------------------------------
D04 = dict(name="04_dongnai-thiet-bi-truyen-tin-bao-chay-2026", kind="target", year=None, records=[
    R("tỷ lệ «80% cơ sở", "cơ sở thuộc diện quản lý lắp đặt thiết bị truyền tin báo cháy", ">=", 80, year=2026),
    R("tỷ lệ «100%.", "cơ sở thuộc diện quản lý lắp đặt thiết bị truyền tin báo cháy", ">=", 100, year=2027),
])

# --------------------------------------------------------------------------
# 05 National, the Prime Minister's decision 1261/QĐ-TTg approving the scheme to modernise the
# hydro-meteorological sector (quanlytainguyenvamoitruong.vn; nothing cut; no byline, no stamp; the
# excerpt ends in "dẫn"). Kind target, year 2030 ("Mục tiêu cụ thể ... đến năm 2030", leading the
# list). "đạt 95% ... và tối thiểu 40%": two records, a breakdown by kind of station (scope null).
# "độ tin cậy đạt 80 – 85%": one `between`. Warning lead times are targets in days or hours (unit
# other, unit_text as written): "trước 2 – 3 ngày" (tropical depressions), "trước 3 – 5 ngày"
# (storms), "ở Bắc bộ trước 2 – 3 ngày, ở Trung bộ trước 1 – 2 ngày, ở Nam bộ trước 10 ngày" (three
# records; the regions go into the indicator, scope null: a region is not an administrative level
# or population group, spec's "xếp thứ 5 khu vực Tây Nguyên"), "trước 6 giờ", "đến 10 ngày", "đến 1
# tháng" (bare target numbers `>=`); "từ 3 tháng đến 1 năm": one `between` read in months (3 to 12;
# the high end converted, a judgement). "tăng chất lượng dự báo định lượng mưa lớn trước 2 – 3 ngày
# lên thêm 5 – 10% so với năm 2020": a target stated as a change (spec), `between` 5-10; its "2 – 3
# ngày" is the forecast's horizon, part of the indicator, no record.
# Not quantities: "27/10/2023", "1261/QĐ-TTg", "năm 2025", "2026 – 2030", "năm 2030", "năm 2020"
# (dates, a document number, periods). Ids null.
# --------------------------------------------------------------------------
D05 = dict(name="05_quocgia-hien-dai-hoa-khi-tuong-thuy-van-2030", kind="target", year=2030, records=[
    R("mạng lưới đạt «95%", "tổng số trạm tự động trên toàn mạng lưới đối với các trạm khí tượng, đo mực nước, đo "
      "mưa, đo gió trên cao", ">=", 95),
    R("tối thiểu «40% đối", "tổng số trạm tự động trên toàn mạng lưới đối với các trạm đo lưu lượng nước", ">=", 40),
    R("độ tin cậy đạt «80 – 85%", "độ tin cậy của dự báo khí tượng thủy văn hằng ngày trong điều kiện thời tiết "
      "bình thường", "between", 80, value_max=85),
    R("nhiệt đới trước «2 – 3 ngày", "thời hạn dự báo đủ độ tin cậy quỹ đạo và cường độ áp thấp nhiệt đới",
      "between", 2, value_max=3, **NGAY),
    R("bão trước «3 – 5 ngày", "thời hạn cảnh báo quỹ đạo và cường độ bão", "between", 3, value_max=5, **NGAY),
    R("Bắc bộ trước «2 – 3 ngày", "thời hạn dự báo, cảnh báo lũ đủ độ tin cậy đối với các hệ thống sông lớn ở Bắc "
      "bộ", "between", 2, value_max=3, **NGAY),
    R("Trung bộ trước «1 – 2 ngày", "thời hạn dự báo, cảnh báo lũ đủ độ tin cậy đối với các hệ thống sông lớn ở "
      "Trung bộ", "between", 1, value_max=2, **NGAY),
    R("Nam bộ trước «10 ngày", "thời hạn dự báo, cảnh báo lũ đủ độ tin cậy đối với các hệ thống sông lớn ở Nam bộ",
      ">=", 10, **NGAY),
    R("lên thêm «5 – 10%", "tăng chất lượng dự báo định lượng mưa lớn trước 2 – 3 ngày so với năm 2020", "between",
      5, value_max=10),
    R("sạt lở đất trước «6 giờ", "thời hạn cảnh báo đủ độ tin cậy lũ quét, sạt lở đất", ">=", 6, **GIO),
    R("thời tiết đến «10 ngày", "thời hạn dự báo thời tiết", ">=", 10, **NGAY),
    R("nguy hiểm đến «1 tháng", "thời hạn cảnh báo xu thế diễn biến một số hiện tượng khí tượng thủy văn nguy hiểm",
      ">=", 1, **THANG),
    R("mặn từ «3 tháng", "thời hạn cảnh báo hiện tượng ENSO tác động đến Việt Nam, hạn hán, xâm nhập mặn",
      "between", 3, value_max=12, **THANG),
])

# --------------------------------------------------------------------------
# 06 Hồ Chí Minh City, facilities whose fire-safety data are updated in the database, October 2025
# (sggp.org.vn; nothing cut; the stamp " date 2025-10-03" written as the first line; the excerpt
# ends in "xử lý sự cố nhanh "). Kind result, year 2025. Each "N/M (P%)" gives two records, the
# count N (=) and the share P (=); M is the denominator. The city's total and share are stated twice
# (the lead and "Như vậy, toàn Thành phố có ..."): both recorded (restatements, as set7-set17 and on).
# The two groups (facilities managed by the police's PC07, and by the communes' people's committees)
# are two sentences, each level part of its subject: scope null.
# NOT: "đạt 100% chỉ tiêu" (completion against a quota). Not quantities: the denominators "/202.729"
# (twice), "/63.798", "/138.931", "/168"; "105/2025/NĐ-CP" (a document number); "2-10" (a date); "PC07" (twice, a name).
# Ids null.
# --------------------------------------------------------------------------
D06 = dict(name="06_hochiminh-cap-nhat-du-lieu-pccc-2025", kind="result", year=2025, records=[
    R("TPHCM có «155.376/202.729", "cơ sở đã được cập nhật cơ sở dữ liệu PCCC-CNCH toàn TPHCM", "=", 155376, **CNT),
    R("(«76,64%)", "cơ sở đã được cập nhật cơ sở dữ liệu PCCC-CNCH toàn TPHCM", "=", 76.64),
    R("đã có «57.758/63.798", "cơ sở do Phòng Cảnh sát PCCC-CNCH (PC07) quản lý hoàn thành cập nhật dữ liệu", "=",
      57758, **CNT),
    R("(chiếm «90,53%)", "cơ sở do Phòng Cảnh sát PCCC-CNCH (PC07) quản lý hoàn thành cập nhật dữ liệu", "=",
      90.53),
    R("đã có «97.618/138.931", "cơ sở do UBND cấp xã quản lý hoàn thành cập nhật dữ liệu", "=", 97618, **CNT),
    R("(chiếm «70,26%)", "cơ sở do UBND cấp xã quản lý hoàn thành cập nhật dữ liệu", "=", 70.26),
    R("có «53/168 xã", "xã, phường hoàn thành chỉ tiêu cập nhật dữ liệu", "=", 53, **CNT),
    R("Thành phố có «155.376/202.729", "cơ sở đã được cập nhật cơ sở dữ liệu toàn Thành phố", "=", 155376, **CNT),
    R("(chiếm «76,64%)", "cơ sở đã được cập nhật cơ sở dữ liệu toàn Thành phố", "=", 76.64),
], NOT=["đạt «100% chỉ tiêu"])

# --------------------------------------------------------------------------
# 07 Hà Tĩnh, the provincial police's fire-prevention results, 15/12/2022-14/10/2023 (baohatinh.vn;
# nothing cut; the stamp " date 2023-11" written as the first line; the excerpt ends in "..."). Kind
# result, year 2023 (the period ends 14/10/2023). The period's fires, explosion, injured person and
# damage are results measured (counts; the damage money, unit other "đồng"; "ước tính" read as a
# result's estimate, op `=`, as the spec's "ước đạt"), as set137's and set139's damages; the models,
# fire points, households, houses, classes, people trained, app installs and Zalo followers are
# counts reached; "với trên 20.000 người tham gia" `>` (people trained, not the guests of an event).
# Not quantities: "15/12/2022", "14/10/2023", "01/CT-TTg", "3/1/2023" (dates, a document number);
# "tối thiểu 1 bình chữa cháy" (part of the households' subject: what each fitted); "lối thoát nạn
# thứ 2" (an ordinal); "114" (the app's name). Ids null (the training is fire-safety training, not
# the catalogue's digital-skills courses; the app is not the province's citizen app).
# --------------------------------------------------------------------------
D07 = dict(name="07_hatinh-pccc-to-lien-gia-bao-chay-114-2023", kind="result", year=2023, records=[
    R("xảy ra «80 vụ cháy", "vụ cháy xảy ra trên toàn tỉnh", "=", 80, **CNT),
    R("«1 vụ nổ", "vụ nổ xảy ra trên toàn tỉnh", "=", 1, **CNT),
    R("làm «1 người bị thương", "người bị thương trên toàn tỉnh", "=", 1, **CNT),
    R("ước tính «3,572 tỷ", "thiệt hại tài sản ước tính", "=", 3.572e9, **DONG),
    R("xây dựng «302 mô hình", "mô hình tổ liên gia an toàn PCCC", "=", 302, **CNT),
    R("«360 điểm chữa cháy", "điểm chữa cháy công cộng", "=", 360, **CNT),
    R("được «106.492 hộ", "hộ trang bị tối thiểu 1 bình chữa cháy", "=", 106492, **CNT),
    R("«1.772 nhà", "nhà mở lối thoát nạn thứ 2", "=", 1772, **CNT),
    R("tổ chức «183 lớp", "lớp tuyên truyền, phổ biến kiến thức, pháp luật về PCCC", "=", 183, **CNT),
    R("trên «20.000 người", "người tham gia lớp tuyên truyền, phổ biến kiến thức, pháp luật về PCCC", ">", 20000,
      **CNT),
    R("«3.556 người", "người tham gia lớp huấn luyện nghiệp vụ PCCC", "=", 3556, **CNT),
    R("«56 lớp", "lớp huấn luyện nghiệp vụ PCCC", "=", 56, **CNT),
    R("có «12.580 người", "người dân cài đặt App “Báo cháy 114”", "=", 12580, **CNT),
    R("«42.367 người", "người dân theo dõi tài khoản Zalo “Cục Cảnh sát PCCC&CNCH”", "=", 42367, **CNT),
])

# --------------------------------------------------------------------------
# 08 Yên Bái, the Community Disaster Prevention Fund handing over automatic rain stations and flood
# towers, December 2023 (baoyenbai.com.vn, print page; cut: the byline "  • Cập nhật: Thứ bảy,
# 9/12/2023 | 2:51:40 PM" (written as the first line `date 2023-12-09`) with the blank line after
# it; the photo caption "Bàn giao trạm đo mưa tự động, tháp cảnh báo lũ tự động cho các đại phương"
# (two identical lines) with the blank line after them; the caption "Mô hình tháp cảnh báo lũ  "
# (two trailing spaces) with the blank line after it; the two blank lines before it are kept). Kind
# result, year 2023. "80 trạm đo mưa tự động" twice (the lead and the project's paragraph): both
# recorded; "gần 3,1 tỷ đồng" `~`; "980 triệu đồng" `=`.
# Not quantities: "9 tỉnh" (the title) and "4 địa phương gồm ..." (the size of the groups of
# provinces the lists name, as set193's "15 xã ... bao gồm"). Ids: IOT for the automatic rain
# stations (the catalogue's automatic monitoring stations); null for the flood towers and money.
# --------------------------------------------------------------------------
D08 = dict(name="08_yenbai-tram-do-mua-thap-bao-lu-2023", kind="result", year=2023, records=[
    R("bàn giao «80 trạm", "trạm đo mưa tự động được nghiệm thu, bàn giao cho các tỉnh", "=", 80, **CNT, iid=IOT),
    R("và «10 tháp", "tháp báo lũ tự động được nghiệm thu, bàn giao cho các tỉnh", "=", 10, **CNT),
    R("lắp đặt «80 trạm", "trạm đo mưa tự động lắp đặt cho các địa phương", "=", 80, **CNT, iid=IOT),
    R("là gần «3,1 tỷ", "tổng giá trị của dự án lắp đặt trạm đo mưa tự động", "~", 3.1e9, **DONG),
    R("giá trị «980 triệu", "tổng giá trị của dự án lắp đặt tháp cảnh báo lũ tự động", "=", 980e6, **DONG),
])

# --------------------------------------------------------------------------
# 09 National, fire-alarm transmission devices fitted in 34 provinces in three months, February 2026
# (vnexpress.net; cut: the photo captions "Bùi Anh Khoa, Phó chủ tịch Công ty cổ phần thiết bị công
# nghiệp Geic (GTel). Ảnh: GTel" and "Lễ ra mắt trung tâm chỉ huy. Ảnh: GTel", each with the blank
# line after it; the stamp " date 2026-02-09" written as the first line; the excerpt ends in "tại
# cơ"). Kind result, year 2026. "Hơn 10.000", "hơn 1.000": `>`.
# Not quantities: "34 tỉnh thành" and "34 tỉnh, thành phố" (where: every province, not a count
# reached), "ba tháng", "hơn 3 tháng" (durations), "10/2025" (a date), "8390" (a decision's
# number). Ids null (the devices and stations are not the catalogue's IoT monitoring stations).
# --------------------------------------------------------------------------
D09 = dict(name="09_quocgia-thiet-bi-truyen-tin-bao-chay-2026", kind="result", year=2026, records=[
    R("Hơn «10.000 thiết bị", "thiết bị truyền tin báo cháy đã được lắp", ">", 10000, **CNT),
    R("có «37 trung tâm", "trung tâm thông tin chỉ huy đã đi vào vận hành", "=", 37, **CNT),
    R("«437 trạm giám sát", "trạm giám sát và tiếp nhận thông tin tại các đội chữa cháy, cứu nạn, cứu hộ khu vực",
      "=", 437, **CNT),
    R("hơn «1.000 thiết bị GPS", "thiết bị GPS đã được lắp đặt trên xe chữa cháy, tàu chữa cháy và các phương tiện "
      "chuyên dụng", ">", 1000, **CNT),
])

# --------------------------------------------------------------------------
# 10 National, the hydro-meteorological observation network by 2020 (baotintuc.vn; nothing cut; no
# byline, no stamp; the excerpt ends in "quan trắ"). Kind result, year 2020 ("Đến năm 2020"). One
# count per kind of station (a breakdown by kind of thing, scope null); "gần 2.000" `~`.
# Not quantities: none other. Ids: IOT for the automatic rain stations; null for the others (not
# said to be automatic).
# --------------------------------------------------------------------------
D10 = dict(name="10_quocgia-mang-luoi-quan-trac-kttv-2020", kind="result", year=2020, records=[
    R("đã có «284 trạm", "trạm khí tượng bề mặt", "=", 284, **CNT),
    R("«29 trạm", "trạm khí tượng nông nghiệp", "=", 29, **CNT),
    R("«14 trạm", "trạm bức xạ", "=", 14, **CNT),
    R("gần «2.000 trạm", "trạm đo mưa tự động", "~", 2000, **CNT, iid=IOT),
    R("«359 trạm", "trạm thủy văn", "=", 359, **CNT),
    R("«27 trạm", "trạm khí tượng hải văn", "=", 27, **CNT),
    R("có «180 trạm", "trạm/điểm đo môi trường", "=", 180, **CNT),
    R("gồm có «6 trạm", "trạm thám không vô tuyến", "=", 6, **CNT),
    R("vô tuyến, «8 trạm", "trạm đo gió trên cao bằng máy kinh vĩ quang học", "=", 8, **CNT),
    R("«3 trạm đo tổng", "trạm đo tổng lượng Ô zôn - Bức xạ cực tím", "=", 3, **CNT),
    R("«10 trạm ra đa", "trạm ra đa thời tiết", "=", 10, **CNT),
    R("«18 trạm", "trạm định vị sét", "=", 18, **CNT),
])

# --------------------------------------------------------------------------
# 11 Quảng Bình, the irrigation sub-department's landslide warning stations, December 2024
# (danviet.vn, print page; nothing cut; no byline, no stamp; the address's "20241230" is not in the
# text; a precision text). Kind result, year 2024 ("tháng 11 năm 2024"). One record: "Kinh phí lắp
# đặt hoàn thành là 200 triệu đồng" (=, money).
# Not quantities: "30/12", "tháng 11 năm 2024" (dates); "10 điểm sạt lở núi", "2 điểm sạt lở", "2
# khu vực" (twice), "40 hộ dân", "53 hộ dân", "1 trường tiểu học" (the extent of the hazard the
# stations watch: sizes of what is threatened, not a value reached by any work); "tổ dân phố 8"
# (twice), "quốc lộ 12A", "3G/4G" (names). Ids null.
# --------------------------------------------------------------------------
D11 = dict(name="11_quangbinh-tram-canh-bao-sat-lo-2024-precision", kind="result", year=2024, records=[
    R("là «200 triệu", "kinh phí lắp đặt trạm cảnh báo sạt lở đất", "=", 200e6, **DONG),
])

# --------------------------------------------------------------------------
# 12 National, the 112 emergency number, September 2025 (vneconomy.vn; cut: the byline date "Thứ
# Hai, 15/09/2025" that followed the stamp on its line, the section label "Tiêu điểm", the byline
# "Dũng Hiếu" and its date "15/09/2025, 23:08", each with the blank line after it, and the photo
# caption "Triển khai hệ thống Tổng đài 112 tiếp nhận thông tin về sự cố, thiên tai, thảm họa."
# (two identical lines) with the blank line after them; the stamp " date 2025-09-15" written as the
# first line; a precision text). No record: "112" (six times), "113, 114, 115" (the hotlines'
# numbers, names), "15/9", "9/7/2025" (dates), "2023/QĐ-TTg", "2024/QĐ-TTg", "200/2025/NĐ-CP"
# (document numbers).
# --------------------------------------------------------------------------
D12 = dict(name="12_quocgia-tong-dai-112-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 13 Lào Cai, the province's plan 242/KH-UBND implementing the national fire-prevention
# infrastructure plan 2021-2030, May 2024 (thuviennhadat.vn; nothing cut; an administrative
# document's header and opening; a precision text). No record: "242/KH-UBND", "203/QĐ-TTG",
# "819/QĐ-TTg" (four times), "188/KH-BCA- C07" (document numbers, "C07" a name); "04 tháng 05 năm 2024",
# "28/02/2024", "07/7/2023" (twice), "11/4/2024" (dates); "2021 - 2030", "2021-2030", "2050" (the
# plan's period and vision year); the list labels "I.", "1.", "2.", "3.".
# --------------------------------------------------------------------------
D13 = dict(name="13_laocai-ke-hoach-ha-tang-pccc-2024-precision", kind="target", year=2024, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
