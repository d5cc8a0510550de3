#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set376: rabies and dog vaccination).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of percentages deliberately left without a record (a
change against an earlier value, a completion against the year's plan, a threshold that defines the
group a count counts); check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: the catalogue has no indicator of animal or human disease
control (its health entries are electronic records, telemedicine and cashless fees), so every id in
this set is null (`iid` left at its default).

Pillar: no text stands under a heading or lead-in naming a pillar of digital transformation, so
every record's pillar is null.

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

DOSES = "liều vắc xin phòng bệnh dại"
DEATHS = "người tử vong do bệnh dại"
Count = functools.partial(R, unit="count")  # a count (most records of this set)

# --------------------------------------------------------------------------
# 01 Phú Thọ, the province's rabies plan for 2021-2025 (Kế hoạch 4366/KH-UBND of 1/10/2020) as the
# provincial portal reports it (phutho.gov.vn; cut: "Chi tiết xem tài liệu đính kèm" and the byline
# "BBT", with the blank lines before them; no stamp). Kind target, year 2025 (the plan's period
# "2021 - 2025" and the text's "Đến cuối năm 2025"). Records: "Tỷ lệ chó, mèo được tiêm vc-xin dại
# tại xã, phường, thị trấn đạt trên 75% tổng đàn" (>; scope null: the communes are where the rate
# is measured, one value, not a split), "xử lý 100% ca bệnh dại" (>=, bare), "100% số xã, phường,
# thị trấn lập được danh sách hộ nuôi chó" (>=), "100% người phát hiện phơi nhiễm được tư vấn"
# (>=), "giảm 50% số ca tử vong so với giai đoạn 2016 - 2020" (>=: a target stated as a change,
# spec). Not quantities: "1/10/2020", "4366/KH-UBND" (date, document), "2021 - 2025", "2016 - 2020"
# (periods), "7 nhiệm vụ và giải pháp" (a count of tasks, spec).
# --------------------------------------------------------------------------
D01 = dict(name="01_phutho-ke-hoach-phong-chong-dai-2021-2025", kind="target", year=2025, records=[
    R("đạt trên «75% tổng đàn", "Tỷ lệ chó, mèo được tiêm vc-xin dại tại xã, phường, thị trấn trên tổng đàn", ">",
      75),
    R("xử lý «100% ca bệnh", "ca bệnh dại phát hiện ở người và động vật được giám sát, điều tra, xử lý", ">=", 100),
    R("2025, «100% số xã", "số xã, phường, thị trấn lập được danh sách hộ nuôi chó", ">=", 100),
    R("chó; «100% người", "người phát hiện phơi nhiễm được tư vấn, điều trị dự phòng", ">=", 100),
    R("giảm «50% số ca", "giảm số ca tử vong so với giai đoạn 2016 - 2020", ">=", 50),
])

# --------------------------------------------------------------------------
# 02 The National Programme for rabies control 2022-2030 (Quyết định 2151/QĐ-TTg) as Cà Mau's legal
# education portal sets out its specific targets (pbgdpl.camau.gov.vn; nothing cut; no stamp, no
# byline; the excerpt opens with the page's summary in brackets, "rong" as written, and ends in
# "có "). Kind target. Year: the period each target names, read as its end year (as set276 read
# "2018 - 2025"): "trong giai đoạn 2022 - 2025" 2025, "trong giai đoạn 2026 - 2030" 2030; the
# targets that name no period take 2030, the programme's horizon the text gives ("vào năm 2030";
# a judgement). Records: the summary's "Quản lý được 70% số hộ nuôi chó, mèo" (2025; a bracket
# that states a value is a quantity, spec); "Quản lý được 70% ... trong giai đoạn 2022 - 2025; trên
# 90% trong giai đoạn 2026 - 2030" (two records, >= then >, each its own year: the periods are
# times, not scopes); "Tiêm vắc xin Dại cho 70% ... và 80%" (two); "Trên 70% số tỉnh ... và trên
# 90%" (two, >); "ít nhất 10 vùng an toàn dịch bệnh Dại cấp huyện ... và ít nhất 10 cơ sở ... cấp
# xã, phường" (two counts, >=; scope null: two kinds of safe zone, each its own subject, not one
# value split by level, spec's breakdown rule); "Duy trì 100% các vùng, cơ sở đã được công nhận"
# (>=; "trong giai đoạn 2017 - 2021" dates the recognition, not the target, so 2030); the human side's
# "100% các quận, huyện có điểm tiêm", "100% các tỉnh, thành phố thực hiện truyền thông", "100% số
# người tiêm ... được báo cáo", "90% số người bị phơi nhiễm ... được điều trị dự phòng" (>=, 2030).
# Not quantities: the periods, "năm 2030", "năm 2025", "2027" (years), "không có người tử vong",
# "không còn tỉnh" (no number).
# --------------------------------------------------------------------------
HH = "số hộ nuôi chó, mèo và số chó, mèo nuôi được quản lý"
JAB = "tổng đàn chó, mèo nuôi được tiêm vắc xin Dại"
SURV = "số tỉnh, thành phố giám sát được chó, mèo mắc, nghi mắc bệnh Dại"
D02 = dict(name="02_camau-chuong-trinh-quoc-gia-dai-2022-2030", kind="target", year=2030, records=[
    R("2025 Quản lý được «70% số", HH, ">=", 70, year=2025),
    R("- Quản lý được «70% số", HH, ">=", 70, year=2025),
    R("trên «90% trong giai đoạn 2026 - 2030.\n\n- Tiêm", HH, ">", 90),
    R("Dại cho «70% tổng", JAB, ">=", 70, year=2025),
    R("và «80% trong", JAB, ">=", 80),
    R("- Trên «70% số tỉnh", SURV, ">", 70, year=2025),
    R("và trên «90% trong giai đoạn 2026 - 2030.\n\n- Xây", SURV, ">", 90),
    Count("ít nhất «10 vùng", "vùng an toàn dịch bệnh Dại cấp huyện hoặc vùng liên huyện xây dựng thành công thêm",
          ">=", 10),
    Count("ít nhất «10 cơ sở", "cơ sở an toàn dịch bệnh Dại cấp xã, phường xây dựng thành công thêm", ">=", 10),
    R("Duy trì «100% các vùng", "các vùng, cơ sở đã được công nhận an toàn dịch bệnh Dại được duy trì", ">=", 100),
    R("- «100% các quận", "các quận, huyện có điểm tiêm vắc xin Dại và huyết thanh kháng Dại cho người", ">=", 100),
    R("- «100% các tỉnh", "các tỉnh, thành phố thực hiện truyền thông nguy cơ và nâng cao nhận thức về bệnh Dại "
      "ở cộng đồng, trường học", ">=", 100),
    R("- «100% số người", "số người tiêm vắc xin phòng bệnh Dại do động vật cắn được báo cáo qua hệ thống báo cáo "
      "quốc gia", ">=", 100),
    R("- «90% số người", "số người bị phơi nhiễm với bệnh Dại được điều trị dự phòng sau phơi nhiễm", ">=", 90),
])

# --------------------------------------------------------------------------
# 03 Lào Cai, the province's plan for rabies in people in 2023 (Kế hoạch 179/KH-UBND of 30/03/2023;
# thuvienphapluat.vn; cut: the site's tool lines "Bộ lọc tìm kiếm", "Tải văn bản", "Lưu trữ Góp ý"
# and its four tab bullets, with the blank lines between them; the excerpt ends in "Bắc Hà 01,").
# A precision text: its header and legal bases are dates, document numbers and periods; its one
# quantified passage reports 2022 (the sentence's "Trong năm 2022"): kind result, counts (=):
# "07 con chó có kết quả xét nghiệm dương tính", "thuộc 6/9 huyện, thành phố" (6; "/9" the
# denominator), and the breakdown "TP Lào Cai 02, Bảo Thắng 01, Bắc Hà 01" (three counts, each with
# its place; scope null: a breakdown by district with the place field, as the spec's place case).
# Not quantities: "179/KH-UBND", "1622/QĐ-BYT", "2151/QĐ-TTg", "28/2021/NQ-HĐND", "41/KH-UBND",
# "40/KH-UBND" (documents), "30 tháng 03 năm 2023", "08/5/2014", "21/12/2021", "08/12/2021",
# "28/01/2022", "31/01/2023" (dates), "2022-2030", "2022-2025" (periods), "năm 2023" (the plan's
# year), "I.", "1." (headings' numbers), "(%)" (no number).
# --------------------------------------------------------------------------
POS = "con chó có kết quả xét nghiệm dương tính"
D03 = dict(name="03_laocai-ke-hoach-dai-tren-nguoi-2023-precision", kind="result", year=2022, records=[
    Count("ghi nhận «07 con chó", POS, "=", 7),
    Count("thuộc «6/9 huyện", "huyện, thành phố có chó có kết quả xét nghiệm dương tính", "=", 6),
    Count("TP Lào Cai «02,", POS, "=", 2, place="TP Lào Cai"),
    Count("Bảo Thắng «01,", POS, "=", 1, place="Bảo Thắng"),
    Count("Bắc Hà «01,", POS, "=", 1, place="Bắc Hà"),
])

# --------------------------------------------------------------------------
# 04 Bình Thuận, Phan Thiết city's free rabies vaccination of dogs and cats in 2024
# (phanthiet.binhthuan.gov.vn; cut: "image banner", the image label "anh tin bai", the byline
# "Thanh Minh" twice, the visitor counter "Thống kê truy cập" with its five lines and "Đăng nhập",
# and a line holding one space, with the blank lines that went with them; no stamp). Year 2024 (the
# text's "31/5/2024", "25/6/2024", "năm 2024"). Records: the result "đã có 130 liều vắc xin ... được
# tiêm" in Xuân An ward (=, count, place "Xuân An"); the campaign's plan "Ước tính sẽ có 9.378 liều
# vắc xin phòng bệnh dại được triển khai tiêm" (target: a dose count the campaign plans; op >= as a
# target's bare number, spec; "ước tính" read as the plan's own figure, a judgement); the target
# "tỷ lệ tiêm phòng trên 80% tổng đàn trong năm 2024" (>). Not quantities: the dates, "Rabisin" (a
# name).
# --------------------------------------------------------------------------
D04 = dict(name="04_binhthuan-phanthiet-tiem-dai-cho-meo-2024", kind="result", year=2024, records=[
    Count("đã có «130 liều", f"{DOSES} được tiêm cho chó, mèo trên địa bàn phường Xuân An", "=", 130,
          place="Xuân An"),
    Count("có «9.378 liều", f"{DOSES} được triển khai tiêm đồng loạt cho đàn chó, mèo của thành phố", ">=", 9378,
          **T),
    R("phòng trên «80% tổng đàn", "tỷ lệ tiêm phòng dại trên tổng đàn chó, mèo", ">", 80, **T),
])

# --------------------------------------------------------------------------
# 05 Đồng Nai, Định Quán: a rabid dog bit eleven people (tienphong.vn; cut: the photo caption
# "Tình trạng chó thả rông, ... (ảnh minh hoạ) |"; no stamp, no byline). Year 2024 (the text's "Tính
# từ đầu năm 2024"; the bite of "12-8" of the same year, a judgement). Kind result, counts (=): "cắn
# lần lượt 11 người", "16 hộ gia đình nuôi chó", "tổng đàn 33 con chó, 8 con mèo" (two, each its own
# subject), "Đồng Nai ghi nhận 24 ổ dịch dại trên chó". Not quantities: "khoảng 7 kg" (the dog's
# weight, a description of one animal, not a measured indicator; a judgement), "12-8", "13-8"
# (dates), "6 tháng" (a period), "một người" (no digit).
# --------------------------------------------------------------------------
D05 = dict(name="05_dongnai-dinhquan-cho-dai-can-2024", kind="result", year=2024, records=[
    Count("lần lượt «11 người", "người bị chó dại cắn khi đang đi tập thể dục", "=", 11),
    Count("cộng «16 hộ", "hộ gia đình nuôi chó trong khu vực", "=", 16),
    Count("tổng đàn «33 con chó", "con chó trong khu vực", "=", 33),
    Count("chó, «8 con mèo", "con mèo trong khu vực", "=", 8),
    Count("ghi nhận «24 ổ dịch", "ổ dịch dại trên chó Đồng Nai ghi nhận", "=", 24),
])

# --------------------------------------------------------------------------
# 06 Quảng Ngãi, Thọ Phong commune: a rabies outbreak among dogs (dantri.com.vn; the stamp
# " date 2025-10-14" written as the first line; cut: the photo caption "Chó thả rông ... (Ảnh minh
# họa: Bình An)." with its blank line). Year 2025 (the stamp; "Ngày 13/10" names no year). Kind
# result, counts (=): "11 con chó của người dân ... đã bị một con chó dại tấn công", "4 con nghi
# nhiễm bệnh dại đã bị tiêu hủy". Not quantities: "13/10" (a date), "một tuần" (no digit), "II" in
# the laboratories' names.
# --------------------------------------------------------------------------
D06 = dict(name="06_quangngai-thophong-o-dich-dai-2025", kind="result", year=2025, records=[
    Count("xác nhận «11 con chó", "con chó của người dân thôn Phong Niên Thượng bị chó dại tấn công", "=", 11),
    Count("này, «4 con", "con chó nghi nhiễm bệnh dại đã bị tiêu hủy", "=", 4),
])

# --------------------------------------------------------------------------
# 07 The country, the Department of Animal Health at the ministry's press briefing of September 2023
# (vietbao.vn; nothing cut; no stamp). Year 2023 ("tháng 9/2023"; "9 tháng đầu năm"). Kind result:
# "hơn 270 con chó, mèo mắc bệnh dại" (>, count), "64 người chết do bệnh dại" (=), "tỉnh Gia Lai có
# 11 người chết" (=, place "Gia Lai"), "tỷ lệ tiêm phòng dại của đàn chó trên cả nước chỉ đạt hơn
# 46%" (>), "12 tỉnh, thành phố đạt tỷ lệ tiêm phòng ... theo quy định" (=). Not quantities: "tăng
# gấp đôi so với năm 2022" (a change, no digit), "tăng 18% so với năm 2022" (a change against an
# earlier value, spec; NOT), "29/9", "9/2023", "9 tháng" (dates, a period).
# --------------------------------------------------------------------------
D07 = dict(name="07_toanquoc-cuc-thu-y-benh-dai-9-thang-2023", kind="result", year=2023, records=[
    Count("hơn «270 con", "con chó, mèo mắc bệnh dại cả nước phát hiện trong 9 tháng đầu năm", ">", 270),
    Count("2022; «64 người", "người chết do bệnh dại", "=", 64),
    Count("có «11 người", "người chết do bệnh dại ở tỉnh Gia Lai", "=", 11, place="Gia Lai"),
    R("đạt hơn «46%", "tỷ lệ tiêm phòng dại của đàn chó trên cả nước", ">", 46),
    Count("có «12 tỉnh", "tỉnh, thành phố đạt tỷ lệ tiêm phòng dại cho đàn chó, mèo theo quy định", "=", 12),
], NOT=["tăng «18% so"])

# --------------------------------------------------------------------------
# 08 The country, rabies vaccine supply and deaths (danviet.vn; the stamp " date 2023-03" written as
# the first line; nothing cut). Year: 2023 for the supply ("Từ đầu năm 2023") and the year's first
# deaths, 2022 for the Ministry of Health's report ("năm 2022"). Records: "đã cung ứng 881 nghìn
# liều" (=, 881e3), "bảo quản tại kho ... 4,3 triệu liều" (=, 4.3e6: the stock, a value measured),
# "dự kiến sản xuất, nhập khẩu quý 2 là 2,5 triệu liều" (a planned quantity: target, >= as a
# target's "là X", spec; 2023); 2022's "70 người tử vong ... tại 25 tỉnh, thành phố" (two counts)
# and the provinces' "(13 ca)", "(5 ca)" x3 (each with its place); 2023's "4 ca tử vong trên người
# tại 3 tỉnh" (two counts) and "Lào Cai (1), Quảng Ninh (1), Gia Lai (2)" (three, places). Not
# quantities: "tăng 5 ca tử vong so với cùng kỳ năm 2021" (a change, spec), "quý 2" (a quarter).
# --------------------------------------------------------------------------
DEAD22 = "ca tử vong do bệnh dại năm 2022"
DEAD23 = "ca tử vong trên người do bệnh dại từ đầu năm 2023"
D08 = dict(name="08_toanquoc-vac-xin-dai-tu-vong-2023", kind="result", year=2023, records=[
    Count("cung ứng «881 nghìn liều", "liều vắc-xin dại trên động vật các doanh nghiệp đã cung ứng", "=", 881e3),
    Count("doanh nghiệp «4,3 triệu liều", "liều vắc-xin dại trên động vật đang bảo quản tại kho của các doanh nghiệp",
          "=", 4.3e6),
    Count("là «2,5 triệu liều", "liều vắc-xin dại trên động vật dự kiến sản xuất, nhập khẩu quý 2", ">=", 2.5e6,
          **T),
    Count("ghi nhận «70 người", DEATHS, "=", 70, year=2022),
    Count("tại «25 tỉnh", "tỉnh, thành phố ghi nhận người tử vong do bệnh dại", "=", 25, year=2022),
    Count("Bến Tre («13 ca", DEAD22, "=", 13, year=2022, place="Bến Tre"),
    Count("Kiên Giang («5 ca", DEAD22, "=", 5, year=2022, place="Kiên Giang"),
    Count("Nghệ An («5 ca", DEAD22, "=", 5, year=2022, place="Nghệ An"),
    Count("Quảng Bình («5 ca", DEAD22, "=", 5, year=2022, place="Quảng Bình"),
    Count("xảy ra «4 ca", "ca tử vong do bệnh dại trên người", "=", 4),
    Count("tại «3 tỉnh", "tỉnh xảy ra ca tử vong trên người do bệnh dại", "=", 3),
    Count("Lào Cai («1)", DEAD23, "=", 1, place="Lào Cai"),
    Count("Quảng Ninh («1)", DEAD23, "=", 1, place="Quảng Ninh"),
    Count("Gia Lai («2)", DEAD23, "=", 2, place="Gia Lai"),
])

# --------------------------------------------------------------------------
# 09 Hồ Chí Minh City, the city's rabies programme for 2026-2030 (sggp.org.vn; the stamp
# " date 2025-11-25" written as the first line; nothing cut; the excerpt ends in "dịch bệnh "). A
# precision text: the programme's period, "năm 2030" and obligations without numbers. One quantity:
# the rule that communes update their lists "tối thiểu 2 lần mỗi năm" (target, >=, unit other with
# unit_text "lần mỗi năm": a frequency, as an earlier set's "4 lần/năm"; year 2030, the end of the
# programme's period, a judgement). Not quantities: "2026-2030" (the period), "năm 2030" (the
# horizon of "không còn trường hợp tử vong", no number).
# --------------------------------------------------------------------------
D09 = dict(name="09_hochiminh-chuong-trinh-dai-2026-2030-precision", kind="target", year=2030, records=[
    R("tối thiểu «2 lần", "UBND cấp xã cập nhật số liệu danh sách hộ nuôi chó, mèo", ">=", 2, unit="other",
      unit_text="lần mỗi năm"),
])

# --------------------------------------------------------------------------
# 10 Gia Lai's provincial paper, a tag page on rabies deaths in 11 months of 2024 (baogialai.com.vn;
# nothing cut; no stamp). Year 2024 ("11 tháng năm 2024"). Kind result, counts: the title's "33
# tỉnh, thành có người tử vong do bệnh dại" (=: a title that states a value is a quantity), "hơn
# 80 trường hợp tử vong" (>), "tại 33 tỉnh, thành phố" (=), and "Bình Thuận (10 trường hợp), Đắk
# Lắk (7), Nghệ An (7), Gia Lai (6)" (four, =, each with its place). Not quantities: "11 tháng" (a
# period).
# --------------------------------------------------------------------------
PROV24 = "số ca tử vong do bệnh dại"
D10 = dict(name="10_gialai-tu-vong-dai-11-thang-2024", kind="result", year=2024, records=[
    Count("«33 tỉnh, thành có", "tỉnh, thành có người tử vong do bệnh dại", "=", 33),
    Count("hơn «80 trường hợp", "trường hợp tử vong do bệnh dại cả nước", ">", 80),
    Count("tại «33 tỉnh", "tỉnh, thành phố có trường hợp tử vong do bệnh dại", "=", 33),
    Count("Bình Thuận («10 trường hợp", PROV24, "=", 10, place="Bình Thuận"),
    Count("Đắk Lắk («7)", PROV24, "=", 7, place="Đắk Lắk"),
    Count("Nghệ An («7)", PROV24, "=", 7, place="Nghệ An"),
    Count("Gia Lai («6)", PROV24, "=", 6, place="Gia Lai"),
])

# --------------------------------------------------------------------------
# 11 Vĩnh Long, rabies vaccination of dogs (thvl.vn; cut: the comment form's "Trả lời" and "Email
# của bạn sẽ không được hiển thị công khai. ..." with the blank line before them; no stamp, no
# byline). Year null (nothing in the text dates it). Kind result: the country's "tổng đàn chó cả
# nước khoảng 7 triệu con" (~, 7e6, count), "tỷ lệ được tiêm phòng trung bình đạt khoảng 40% tổng
# đàn" (~), "Chỉ 13 tỉnh, thành phố đạt tỷ lệ tiêm phòng dại trên 70% tổng đàn chó" (=, count).
# NOT: "trên 70%" (the threshold that defines the provinces the count counts, not a value reached by
# one subject; a judgement), "gần 85% so với kế hoạch năm" (completion against the year's plan, as
# set193's completion rates).
# --------------------------------------------------------------------------
D11 = dict(name="11_vinhlong-tiem-ngua-dai-cho", kind="result", year=None, records=[
    Count("khoảng «7 triệu con", "tổng đàn chó cả nước", "~", 7e6),
    R("khoảng «40% tổng đàn", "tỷ lệ đàn chó cả nước được tiêm phòng trung bình", "~", 40),
    Count("Chỉ «13 tỉnh", "tỉnh, thành phố đạt tỷ lệ tiêm phòng dại trên tổng đàn chó", "=", 13),
], NOT=["dại trên «70% tổng", "đạt gần «85% so"])

# --------------------------------------------------------------------------
# 12 Lào Cai's provincial paper, a tag page on rabies exposures (baolaocai.vn; nothing cut but the
# leading empty line; no stamp). Year 2025: the text compares "từ đầu năm đến nay" with "6 tháng đầu
# năm 2024", so the count is of the first half of the next year (a judgement). Kind result, counts
# (=): the title's "1.741 trường hợp phơi nhiễm" and the body's "1.741 người phơi nhiễm" (two
# statements, two records), "388 trường hợp tiêm cả huyết thanh kháng dại". Not quantities: "tăng
# hơn 400 trường hợp so với 6 tháng đầu năm 2024" (a change, spec), "6 tháng" (a period).
# --------------------------------------------------------------------------
EXP = "trường hợp phơi nhiễm với bệnh dại toàn tỉnh ghi nhận"
D12 = dict(name="12_laocai-phoi-nhiem-dai-2025", kind="result", year=2025, records=[
    Count("ghi nhận «1.741 trường hợp", EXP, "=", 1741),
    Count("ghi nhận «1.741 người", "người phơi nhiễm với bệnh dại toàn tỉnh ghi nhận từ đầu năm", "=", 1741),
    Count("có «388 trường hợp", "trường hợp phơi nhiễm tiêm cả huyết thanh kháng dại", "=", 388),
])

# --------------------------------------------------------------------------
# 13 The country, World Rabies Day as a ward's portal reports it (phuongtanphuoc.gov.vn; cut: the
# widget line "Loading"; no stamp, no byline). A precision text with no quantity: "28/9" twice (a
# date), "2022-2030" (a period), "năm 2030" twice (the horizon of "không có người tử vong", no
# number), "5/5 - (1 đánh giá)" (the page's rating, furniture, spec). Year null.
# --------------------------------------------------------------------------
D13 = dict(name="13_toanquoc-ngay-the-gioi-dai-precision", kind="result", year=None, records=[])

# --------------------------------------------------------------------------
# 14 Gia Lai, Chư Sê district: the head of the Department of Animal Health inspects rabies control
# (chuse24h.com tag page; cut: the list's leading "-" line and the trailing blank lines; no stamp).
# Year null ("Ngày 21-3" names no year). Kind result, counts: "tổng đàn chó, mèo của huyện có trên
# 18.000 con" (>), "của 9.655 hộ gia đình" (=). Not quantities: "21-3" (a date); the inline link
# "Tin liên quan Gia Lai: 1 người tử vong do bệnh dại sau 1 tháng bị chó cắn" (the title of another
# article, page furniture run into the line; a judgement).
# --------------------------------------------------------------------------
D14 = dict(name="14_gialai-chuse-tong-dan-cho-meo", kind="result", year=None, records=[
    Count("có trên «18.000 con", "tổng đàn chó, mèo của huyện Chư Sê", ">", 18000),
    Count("của «9.655 hộ", "hộ gia đình nuôi chó, mèo ở huyện Chư Sê", "=", 9655),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
