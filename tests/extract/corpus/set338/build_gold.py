#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set338).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` are computed by goldkit (the seeds' clause span).

Each document may also list NOT: locators of percentages deliberately left without a record (a
result's change against an earlier value: "tăng 4,5% so với cùng kỳ"); check_gold.py verifies that
every percentage has a record or a NOT entry.

Each record carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: the catalogue names digital-transformation indicators only
(its health entries are electronic records, telehealth, cashless fees); none of this set's beds,
doctors, patients, surgeries, staff, support amounts or patient satisfaction is among them, so
every id is null (the catalogue's satisfaction indicator is about administrative procedures).

The set's theme is hospital care and health staff; no text stands under a digital-transformation
heading, so every pillar is null.

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
TRIEU, TY = 1e6, 1e9
# per-10,000 ratios: unit other, the unit as written (as set201 and the later sets did)
BEDS = dict(unit="other", unit_text="giường bệnh trên 10.000 dân")
DOCS_ = dict(unit="other", unit_text="bác sĩ trên 10.000 dân")
PHARM = dict(unit="other", unit_text="dược sĩ trên 10.000 dân")
NURSE = dict(unit="other", unit_text="điều dưỡng trên 10.000 dân")
# A result count "=", the shape most of this set's records take
C = functools.partial(R, op="=", unit="count")
# A target amount of money, bare number (>=)
MONEY_T = functools.partial(R, op=">=", unit="other", unit_text="đồng", kind="target")

# --------------------------------------------------------------------------
# 01 National: the Prime Minister's approval of the health-care network plan 2021-2030, vision
# 2050 (baodautu.vn; cut: the list of related-news links with their "-" lines, the empty image
# "![]() |" and the photo caption "Tầm nhìn đến năm 2050, hình thành ... quốc tế |"; no byline, no
# stamp; the excerpt ends in "4,5 dược "). Targets, bare numbers after "đạt" (>=): 2025 (four
# ratios), 2030 (four ratios and "tỉ lệ giường bệnh tư nhân đạt 15%"), and the vision "Phấn đấu đạt
# 45 giường ..., 35 bác sĩ ..., 4,5 dược[ sĩ]" under "Tầm nhìn đến năm 2050" (year 2050, the
# paragraph it continues). Ratios per 10,000 people: unit other, unit_text as written. The last
# ratio's subject is cut by the excerpt: indicator "dược" as written. Not quantities: "2021 - 2030",
# "2050" (dates in the title of the plan, kept out as the cut caption was).
# --------------------------------------------------------------------------
D01 = dict(name="01_toanquoc-quy-hoach-mang-luoi-y-te-2025-2030", kind="target", year=2025, records=[
    R("đạt «33 giường", "giường bệnh trên 10.000 dân", ">=", 33, **BEDS),
    R("dân, «15 bác sĩ trên 10.000 dân, 3,4", "bác sĩ trên 10.000 dân", ">=", 15, **DOCS_),
    R("dân, «3,4 dược", "dược sĩ trên 10.000 dân", ">=", 3.4, **PHARM),
    R("và «25 điều", "điều dưỡng trên 10.000 dân", ">=", 25, **NURSE),
    R("2030 đạt «35 giường", "giường bệnh trên 10.000 dân", ">=", 35, **BEDS, year=2030),
    R("dân, «19 bác sĩ", "bác sĩ trên 10.000 dân", ">=", 19, **DOCS_, year=2030),
    R("dân, «4,0 dược", "dược sĩ trên 10.000 dân", ">=", 4.0, **PHARM, year=2030),
    R("dân, «33 điều", "điều dưỡng trên 10.000 dân", ">=", 33, **NURSE, year=2030),
    R("tư nhân đạt «15%", "tỉ lệ giường bệnh tư nhân trong tổng số giường bệnh", ">=", 15, year=2030),
    R("đạt «45 giường", "giường bệnh trên 10.000 dân", ">=", 45, **BEDS, year=2050),
    R("dân, «35 bác sĩ", "bác sĩ trên 10.000 dân", ">=", 35, **DOCS_, year=2050),
    R("dân, «4,5 dược", "dược", ">=", 4.5, **PHARM, year=2050),
])

# --------------------------------------------------------------------------
# 02 Hải Dương: patients examined and treated in the first half of 2023 (haiduongtv.vn; cut: the
# byline "Đức Hùng - Đức Thành", "Ý kiến bạn đọc", "Tin cùng chuyên mục", "Theo TTKTTV" and the two
# "|" lines; no stamp: the title runs into its own date "14/07/2023 - 14:58:00" on the first line,
# kept as part of a line). Year 2023. Results: the title's and the body's "gần 1,7 triệu lượt người"
# (two records, ~), "gần 1,2 triệu lượt người có bảo hiểm y tế" (~), "gần 136.700 lượt bệnh nhân"
# (~), "Công suất sử dụng giường bệnh đạt hơn 88%" (>). NOT (a change against last year): "tăng
# 4,5% so với cùng kỳ năm 2022", "giảm 2,8% so với cùng kỳ năm trước".
# --------------------------------------------------------------------------
D02 = dict(name="02_haiduong-kham-dieu-tri-giuong-benh-2023", kind="result", year=2023, records=[
    R("trị gần «1,7 triệu lượt người14", "lượt người khám và điều trị", "~", 1.7e6, **CNT),
    R("cho gần «1,7 triệu", "lượt người các bệnh viện, cơ sở y tế trên địa bàn tỉnh khám và điều trị", "~",
      1.7e6, **CNT),
    R("gần «1,2 triệu", "lượt người có bảo hiểm y tế khám và điều trị", "~", 1.2e6, **CNT),
    R("gần «136.700", "lượt bệnh nhân điều trị nội trú", "~", 136700, **CNT),
    R("đạt hơn «88%", "Công suất sử dụng giường bệnh", ">", 88),
], NOT=["tăng «4,5%", "giảm «2,8%"])

# --------------------------------------------------------------------------
# 03 Nghệ An: health staff who left public hospitals, January 2021 to June 2022 (baonghean.vn; the
# stamp " date 2022-10" written as the first line; nothing cut). Year 2022 (counted "từ đầu năm
# 2021 đến tháng 6/2022"). Results, counts (=): the total 119; its breakdown by profession (53
# bác sĩ, 44 điều dưỡng, 4 kỹ thuật y, 2 dược sĩ, 16 chuyên môn khác; scope null: kinds of staff);
# its split by level "ở tuyến tỉnh có 68 người, tuyến huyện có 42 người và tuyến xã 9 người" (three
# records, scopes "tuyến tỉnh", "tuyến huyện", "tuyến xã": a split by administrative level); each
# hospital's leavers and, in brackets, its doctors among them (16 records; the hospital in the
# indicator, no place: a hospital is not a province or commune). Not quantities: "COVID-19" (a
# name), "hàng trăm" (no number).
# --------------------------------------------------------------------------
NA = "nhân lực y tế bỏ việc, xin thôi việc"
D03 = dict(name="03_nghean-nhan-luc-y-te-nghi-viec-2022", kind="result", year=2022, records=[
    C("là «119 người", f"tổng số {NA}, chuyển sang cơ sở y tế ngoài công lập", value=119),
    C("có «53 bác sĩ", f"bác sĩ trong số {NA}", value=53),
    C("sĩ, «44 điều", f"điều dưỡng trong số {NA}", value=44),
    C("dưỡng, «4 kỹ thuật", f"kỹ thuật y trong số {NA}", value=4),
    C("y, «2 dược", f"dược sĩ trong số {NA}", value=2),
    C("và «16 người", f"người chuyên môn khác trong số {NA}", value=16),
    C("tỉnh có «68 người", NA, value=68, scope="tuyến tỉnh"),
    C("huyện có «42 người", NA, value=42, scope="tuyến huyện"),
    C("tuyến xã «9 người", NA, value=9, scope="tuyến xã"),
    C("Nghệ An có «19 người", f"{NA}: Bệnh viện Hữu nghị Đa khoa Nghệ An", value=19),
    C("(«4 bác sĩ); Bệnh viện Đa khoa thành", f"bác sĩ {NA}: Bệnh viện Hữu nghị Đa khoa Nghệ An", value=4),
    C("Vinh có «12 người", f"{NA}: Bệnh viện Đa khoa thành phố Vinh", value=12),
    C("(«11 bác sĩ)", f"bác sĩ {NA}: Bệnh viện Đa khoa thành phố Vinh", value=11),
    C("năng có «11 người", f"{NA}: Bệnh viện Phục hồi chức năng", value=11),
    C("(«3 bác sĩ); Bệnh viện Sản", f"bác sĩ {NA}: Bệnh viện Phục hồi chức năng", value=3),
    C("có «8 người", f"{NA}: Bệnh viện Sản nhi Nghệ An", value=8),
    C("(«6 bác sĩ)", f"bác sĩ {NA}: Bệnh viện Sản nhi Nghệ An", value=6),
    C("có «7 người", f"{NA}: Bệnh viện Ung bướu Nghệ An", value=7),
    C("(«3 bác sĩ); Bệnh viện Đa khoa Nghi", f"bác sĩ {NA}: Bệnh viện Ung bướu Nghệ An", value=3),
    C("Lộc có «5 người", f"{NA}: Bệnh viện Đa khoa Nghi Lộc", value=5),
    C("(«4 bác sĩ); Bệnh viện Nội", f"bác sĩ {NA}: Bệnh viện Đa khoa Nghi Lộc", value=4),
    C("tiết Nghệ An có «5 người", f"{NA}: Bệnh viện Nội tiết Nghệ An", value=5),
    C("(«1 bác sĩ)", f"bác sĩ {NA}: Bệnh viện Nội tiết Nghệ An", value=1),
    C("Lưu có «4 người", f"{NA}: Bệnh viện Đa khoa Quỳnh Lưu", value=4),
    C("(«2 bác sĩ)", f"bác sĩ {NA}: Bệnh viện Đa khoa Quỳnh Lưu", value=2),
])

# --------------------------------------------------------------------------
# 04 National: the health sector over the seven days of the 2024 Tết holiday (vov.vn; the stamp
# " date 2024-02" written as the first line; cut: the photo captions "Các bác sĩ bệnh viện E làm
# việc xuyên Tết ..." and "Các bác sĩ bệnh viện Phổi Trung ương chuẩn bị vào ca ghép phổi" with
# the blank line after each; the excerpt ends in "toàn bộ ngư"). Year 2024. Results: "gần 417.000
# người" (~), "hơn 23.200 trường hợp" (>), "118 trường hợp (trong đó tử vong tại viện: 37; tử vong
# trước viện: 81)" (three counts, =), "604 trường hợp" (=). NOT (changes against Tết 2023): "tăng
# 33%", "giảm 12%", "giảm 22,4%", "tăng 51,4%". Not quantities: "63 sở y tế" (the reporting
# departments, the sources of the figures, as the spec's participants of an event), "8/2", "14/2",
# "2023" (dates), "7 ngày nghỉ Tết" (a period), "108" (a name), "21 tuổi" (a patient's age).
# --------------------------------------------------------------------------
D04 = dict(name="04_toanquoc-kham-cap-cuu-tet-2024", kind="result", year=2024, records=[
    R("cứu gần «417.000", "người các cơ sở tiếp nhận thăm khám, cấp cứu dịp nghỉ Tết", "~", 417000, **CNT),
    R("là hơn «23.200", "trường hợp khám, cấp cứu tai nạn liên quan đến giao thông dịp nghỉ Tết", ">", 23200,
      **CNT),
    C("là «118 trường", "ca tử vong nghi do tai nạn giao thông", value=118),
    C("tại viện: «37", "ca tử vong tại viện nghi do tai nạn giao thông", value=37),
    C("trước viện: «81", "ca tử vong trước viện nghi do tai nạn giao thông", value=81),
    C("số «604 trường", "trường hợp khám, cấp cứu do pháo nổ, pháo hoa", value=604),
], NOT=["tăng «33%", "giảm «12%", "giảm «22,4%", "tăng «51,4%"])

# --------------------------------------------------------------------------
# 05 National: four days of the 2020 Tết holiday (baosuckhoecongdong.vn; the stamp " date 2020-01"
# written as the first line; nothing cut; the excerpt ends in "của Bệnh viện"). Year 2020. Results,
# counts (=): 107.063 cases examined, 63.528 admitted, 6.650 operations, 136 head-injury
# operations, 910 food-poisoning cases, 236 by alcohol, 221 by home-made food, 8.403 births, 3.020
# ambulance transports. Not quantities: "4 ngày Tết" (a period).
# --------------------------------------------------------------------------
D05 = dict(name="05_toanquoc-phau-thuat-cap-cuu-tet-2020", kind="result", year=2020, records=[
    C("cho «107.063", "trường hợp các cơ sở khám chữa bệnh thực hiện khám, cấp cứu", value=107063),
    C("có «63.528", "trường hợp phải nhập viện điều trị", value=63528),
    C("là «6.650", "ca phẫu thuật sau 4 ngày Tết", value=6650),
    C("có «136 ca", "ca phẫu thuật chấn thương sọ não", value=136),
    C("có «910 ca", "ca khám, cấp cứu do ngộ độc thức ăn, rối loạn tiêu hóa", value=910),
    C("có «236 ca", "ca ngộ độc rượu bia", value=236),
    C("và «221 ca", "ca ngộ độc do thức ăn tự chế biến", value=221),
    C("đón «8.403", "trẻ chào đời các cơ sở khám chữa bệnh đỡ đẻ, mổ đẻ thành công", value=8403),
    C("Vận chuyển «3.020", "lượt bệnh nhân vận chuyển bằng xe cứu thương", value=3020),
])

# --------------------------------------------------------------------------
# 06 Hồ Chí Minh City: staff who left the district hospitals in the first ten months of 2023
# (thanhnien.vn, a tag page; nothing cut but the excerpt's opening blank line; no byline, no stamp).
# Year 2023. Results (=): 142 staff, of whom 69 doctors, 52 nurses, midwives and technicians, 21
# others; 8.156 staff at present. Not quantities: "10 tháng" (a period), "19 bệnh viện" (the
# group the figures cover, as set193's "15 xã đăng ký ... bao gồm").
# --------------------------------------------------------------------------
D06 = dict(name="06_tphcm-nhan-vien-y-te-nghi-viec-2023", kind="result", year=2023, records=[
    C("cộng «142 nhân", "nhân viên y tế bệnh viện quận, huyện nghỉ việc", value=142),
    C("với «69 người", "bác sĩ nghỉ việc", value=69),
    C("với «52 người", "điều dưỡng, hộ sinh, kỹ thuật viên y nghỉ việc", value=52),
    C("là «21 người", "nhân viên chuyên môn khác nghỉ việc", value=21),
    C("là «8.156", "Tổng số nhân viên y tế hiện có của bệnh viện quận, huyện", value=8156),
])

# --------------------------------------------------------------------------
# 07 Đà Nẵng: the Oncology Hospital overloaded (vtv8.vtv.vn; cut: the comment widget "Bình luận"
# and "0"; no byline, no stamp). Year null (the text names no year; the address's digits are not
# in the text). Results: "Công suất thực tế chạm mức 136%" (=), "chỉ tiêu phê duyệt: 650 giường"
# (the approved number of beds, a count reported, =), "Thường xuyên đạt khoảng 884 giường" (~),
# "(vượt ngưỡng 136%)" (=: the occupancy stated again, "vượt ngưỡng" names the threshold it is past,
# not a bound on the value; a judgement). Not quantities: "khoa Ngoại 1" (a name).
# --------------------------------------------------------------------------
OCC = "Công suất thực tế của bệnh viện"
D07 = dict(name="07_danang-benh-vien-ung-buou-qua-tai", kind="result", year=None, records=[
    R("chạm mức «136%", OCC, "=", 136),
    C("duyệt: «650 giường", "giường chỉ tiêu phê duyệt", value=650),
    R("khoảng «884 giường", "giường bệnh thực tế điều trị", "~", 884, **CNT),
    R("ngưỡng «136%", OCC, "=", 136),
])

# --------------------------------------------------------------------------
# 08 Bình Thuận: the provincial council's policy to attract doctors (vnexpress.net; nothing cut; no
# byline, no stamp; the council met "ngày 10/10", no year written). Results, year null (no year
# given for "hiện có"): 949 doctors, 713 in public units, 146 public units, 236 elsewhere, "7,7 bác
# sĩ trên một vạn dân" (unit other). Targets for 2025: "để đạt tỷ lệ 9 bác sĩ trên một vạn dân vào
# năm 2025" (>=), "cần thêm 184 thầy thuốc" (>=, the addition needed for it, a target stated as a
# change). The policy's amounts (kind target, bare numbers >=, year null: the policy names no year):
# 600, 700, 800 triệu đồng by degree, "(60-80 triệu đồng)" a year (between), "80 triệu đồng một
# tháng", "3.636.000 đồng" a day, "15-100% mức lương" (between, %). Not quantities: "10/10" (a
# date), "trong vòng 10 năm", "(10-14 năm)" (the terms of the payment and of the commitment,
# durations), "cấp I", "cấp II" (degree names).
# --------------------------------------------------------------------------
PER_VAN = dict(unit="other", unit_text="bác sĩ trên một vạn dân")
D08 = dict(name="08_binhthuan-thu-hut-bac-si-muc-tieu-2025", kind="result", year=None, records=[
    C("có «949 bác", "bác sĩ Bình Thuận hiện có", value=949),
    C("đó «713 người", "bác sĩ công tác tại các đơn vị sự nghiệp y tế công lập", value=713),
    C("tại «146 đơn", "đơn vị sự nghiệp y tế công lập", value=146),
    C("lập; «236 người", "bác sĩ làm việc các cơ sở y tế khác và phòng khám tư nhân", value=236),
    R("tỷ lệ «7,7 bác", "tỷ lệ bác sĩ trên một vạn dân", "=", 7.7, **PER_VAN),
    R("tỷ lệ «9 bác", "tỷ lệ bác sĩ trên một vạn dân", ">=", 9, **PER_VAN, **T, year=2025),
    R("thêm «184 thầy", "thầy thuốc cần thêm để đạt tỷ lệ bác sĩ trên một vạn dân", ">=", 184, **CNT, **T,
      year=2025),
    MONEY_T("nhận «600 triệu", "bác sĩ trình độ đại học được nhận", value=600 * TRIEU),
    MONEY_T("nhận «700 triệu", "bác sĩ nội trú, trình độ thạc sĩ, chuyên khoa cấp I được nhận", value=700 * TRIEU),
    MONEY_T("nhận «800 triệu", "bác sĩ trình độ tiến sĩ, chuyên khoa cấp II được nhận", value=800 * TRIEU),
    MONEY_T("(«60-80 triệu", "nhận theo từng năm", op="between", value=60 * TRIEU, value_max=80 * TRIEU),
    MONEY_T("nhận «80 triệu đồng một", "bác sĩ được thu hút theo hình thức mời tham gia dự án được nhận một tháng", value=80 * TRIEU),
    MONEY_T("là «3.636.000", "bác sĩ được thu hút theo hình thức mời tham gia dự án được nhận theo ngày",
            value=3636000),
    R("thêm «15-100%", "bác sĩ làm việc tại vùng đồng bào dân tộc thiểu số, miền núi, vùng đặc biệt khó khăn "
      "được đãi ngộ thêm mức lương hàng tháng", "between", 15, value_max=100, **T),
])

# --------------------------------------------------------------------------
# 09 Thanh Hóa: the provincial council's policy to attract highly qualified doctors, 2022-2025
# (quochoitv.vn; cut: the byline "Thực hiện : Ngọc Thiện Ninh Tùng" and "quảng cáo"; no stamp). The
# page states the amounts twice (the lead and the body). Kind target (the policy's amounts, bare
# numbers >=; the title's "hỗ trợ tới 1,3 tỷ đồng" <=: "tới" an upper bound), year 2025 (the
# policy's period "giai đoạn 2022-2025", its end year, and "mục tiêu đến năm 2025"). "đến năm 2025,
# ngành y tế Thanh Hóa cần khoảng 5.000 bác sĩ" (~). Not quantities: "2022-2025" (a period), "cấp
# II" (a degree's name).
# --------------------------------------------------------------------------
GS, PGS, TS = ("bác sĩ có học hàm giáo sư về công tác sẽ nhận ngay", "phó giáo sư về công tác nhận",
               "tiến sĩ, bác sĩ chuyên khoa cấp II được hỗ trợ")
D09 = dict(name="09_thanhhoa-thu-hut-bac-si-2022-2025", kind="target", year=2025, records=[
    MONEY_T("tới «1,3 tỷ đồng\n", "Bác sỹ đến Thanh Hóa làm việc được hỗ trợ", op="<=", value=1.3 * TY),
    MONEY_T("\n\nĐối với bác sĩ có học hàm giáo sư nếu về công tác sẽ nhận ngay «1,3 tỷ", GS, value=1.3 * TY),
    MONEY_T("nhận «800 triệu đồng; tiến sĩ, bác sĩ chuyên khoa cấp II được hỗ trợ 400 triệu đồng.", PGS,
            value=800 * TRIEU),
    MONEY_T("hỗ trợ «400 triệu đồng.", TS, value=400 * TRIEU),
    MONEY_T(" \nĐối với bác sĩ có học hàm giáo sư nếu về công tác sẽ nhận ngay «1,3 tỷ", GS, value=1.3 * TY),
    MONEY_T("nhận «800 triệu đồng; tiến sĩ, bác sĩ chuyên khoa cấp II được hỗ trợ 400 triệu đồng…", PGS,
            value=800 * TRIEU),
    MONEY_T("hỗ trợ «400 triệu đồng…", TS, value=400 * TRIEU),
    R("khoảng «5.000", "bác sĩ ngành y tế Thanh Hóa cần", "~", 5000, **CNT),
])

# --------------------------------------------------------------------------
# 10 Bình Thuận, Plan 2074/KH-UBND (5 June 2024) implementing the national strategy for the
# people's health to 2030 (hethongphapluat.vn; cut: the paywall lines "Để sử dụng toàn bộ tiện ích
# ... gói cước." and "Nếu bạn là thành viên. Vui lòng ĐĂNG NHẬP để tiếp tục."; the excerpt ends in
# "đến nă"). A precision text, no record: "2074/KH-UBND", "89/QĐ-TTg" (documents), "05 tháng 6 năm
# 2024", "23/01/2024", "2030", "2045" (dates), "1.", "2." (list labels).
# --------------------------------------------------------------------------
D10 = dict(name="10_binhthuan-ke-hoach-2074-suc-khoe-2024", kind="target", year=2024, records=[])

# --------------------------------------------------------------------------
# 11 Thanh Hóa, Decision 774/QĐ-UBND (22 February 2024) approving the plan for the national
# pharmaceutical strategy (thuvienphapluat.vn; nothing cut; the excerpt ends in "Đ"). A precision
# text, no record: document numbers (774/QĐ-UBND, 1165/QĐ-TTg, 496/TTr-SYT), dates, the years of
# the strategy's title (2030, 2045), the laws' dates, "Điều 1.", "Điều 2.", "Điều 3.".
# --------------------------------------------------------------------------
D11 = dict(name="11_thanhhoa-quyet-dinh-774-nganh-duoc-2024", kind="target", year=2024, records=[])

# --------------------------------------------------------------------------
# 12 Thanh Hóa: a workshop on interventional cardiology at Hợp Lực General Hospital, August 2022
# (baothanhhoa.vn; the stamp " date 2022-08" written as the first line; cut: the photo captions
# "Các đại biểu dự hội thảo." and "Giám đốc Sở Y tế Trịnh Hữu Hùng tặng hoa chúc mừng hội thảo."
# with the blank line after each; the excerpt ends in "hàng trăm ca"). A precision text, no record:
# "18-8", "cuối năm 2020", "31-7-2022" (dates), "1 trong 3 mảng lớn của tim mạch học" (the parts of
# a discipline), "hàng trăm ca" (no number).
# --------------------------------------------------------------------------
D12 = dict(name="12_thanhhoa-hoi-thao-tim-mach-can-thiep-2022", kind="result", year=2022, records=[])

# --------------------------------------------------------------------------
# 13 Phú Thọ: patient satisfaction in 2025 (baophutho.vn; the stamp " date 2025-12-05" written as
# the first line, the rest of that line, the section label "Y tế", on the second; cut: the byline
# "Hồng Nhung" and the tag line " Tỉnh Phú Thọ Báo Phú Thọ ... Cải cách thủ t" with the blank lines
# before it). Year 2025. Results: the title's "đạt hơn 97%" and its repetition as a heading (two
# records, >); the public system's "6 bệnh viện đa khoa, 10 bệnh viện chuyên khoa, 31 trung tâm y
# tế khu vực" (three counts, =, each its own subject); "100% cơ sở khám chữa bệnh đã thực hiện đo
# lường sự hài lòng" (=); the four satisfaction indices (=, %; "95.9%" with a dot written for the
# decimal comma read as 95.9).
# --------------------------------------------------------------------------
SAT = "chỉ số hài lòng của người dân đối với dịch vụ"
D13 = dict(name="13_phutho-hai-long-nguoi-benh-2025", kind="result", year=2025, records=[
    R("đạt hơn «97%\n\nVới", "Chỉ số hài lòng của người bệnh", ">", 97),
    C("gồm «6 bệnh", "bệnh viện đa khoa công lập trên địa bàn tỉnh", value=6),
    C("khoa, «10 bệnh", "bệnh viện chuyên khoa công lập trên địa bàn tỉnh", value=10),
    C("khoa, «31 trung", "trung tâm y tế khu vực công lập trên địa bàn tỉnh", value=31),
    R("đạt hơn «97%\n\nTheo", "Chỉ số hài lòng của người bệnh", ">", 97),
    R("2025, «100% cơ sở", "cơ sở khám chữa bệnh đã thực hiện đo lường sự hài lòng của người dân đối với dịch vụ "
      "khám chữa bệnh", "=", 100),
    R("đạt «97,1%", f"{SAT} khám chữa bệnh (chung)", "=", 97.1),
    R("đạt «97,3%", f"{SAT} khám chữa bệnh nội trú", "=", 97.3),
    R("đạt «96,9%", f"{SAT} khám chữa bệnh ngoại trú", "=", 96.9),
    R("đạt «95.9%", f"{SAT} tiêm chủng mở rộng", "=", 95.9),
])

# --------------------------------------------------------------------------
# 14 National: patients' satisfaction with health services, December 2020 (asttmoh.vn; cut: the
# byline "Cập nhật 29/12/2020 | Lúc 9:25:01", written as the first line `date 2020-12-29`). The
# Resolution 20's target "đến năm 2025 tỷ lệ hài lòng ... đạt trên 80%" (target, >, 2025) and the
# result "hiện nay ... đã đạt trên 85%" (>, year 2020, the date's year). Not quantities: "Nghị quyết
# 20", "khóa XII" (names).
# --------------------------------------------------------------------------
D14 = dict(name="14_toanquoc-hai-long-dich-vu-y-te-2020", kind="result", year=2020, records=[
    R("đạt trên «80%", "tỷ lệ hài lòng của người dân với dịch vụ y tế", ">", 80, **T, year=2025),
    R("đạt trên «85%", "tỷ lệ người dân hài lòng tại các cơ sở y tế", ">", 85),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
