#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set241).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of percentages deliberately left without a record (here:
a result's change against the same period of the year before); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: the catalogue names no indicator of fraud, crime or its
prevention, so every id here is null (see README).

The set's theme is online fraud and its prevention in the provinces: police results (cases,
suspects, losses), campaigns (people reached, leaflets), and the provinces' crime-prevention plans
with their targets. No text stands under a heading or lead-in that names a pillar: pillar null.

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
BETWEEN = "between"

# --------------------------------------------------------------------------
# 01 Thanh Hóa, Ngọc Lặc district police's campaign against online fraud on the 30 April and
# 1 May holidays (baothanhhoa.vn; the stamp " date 2024-05" written as the first line; cut: the
# photo caption "Công an huyện Ngọc Lặc tuyên truyền, cảnh báo người dân cảnh giác trước các thủ
# đoạn lừa đảo trên không gian mạng." with the blank line after it; the excerpt ends in "nhóm zalo
# củ"). Year 2024 (the stamp; the text names no year). Results: "chỉ trong ngày 30/4, ... tuyên
# truyền trực tiếp đến 4.379 người dân; phát 3.189 tờ rơi; đăng tải thông điệp cảnh báo đến 213
# nhóm zalo" (three counts, =, each its own subject). Not quantities: "hơn 100 cán bộ, chiến sĩ"
# (the officers sent, as earlier sets' "30 cán bộ, chiến sĩ" and "45 cán bộ, chiến sĩ"), "30/4",
# "1/5" (dates, twice each).
# --------------------------------------------------------------------------
D01 = dict(name="01_thanhhoa-ngoclac-tuyen-truyen-lua-dao-2024", kind="result", year=2024, records=[
    R("trực tiếp đến «4.379 người", "người dân Công an huyện Ngọc Lặc tuyên truyền trực tiếp phòng ngừa lừa "
      "đảo trên không gian mạng", "=", 4379, **CNT),
    R("phát «3.189 tờ rơi", "tờ rơi tuyên truyền phòng ngừa lừa đảo đã phát", "=", 3189, **CNT),
    R("đến «213 nhóm zalo", "nhóm zalo đăng tải thông điệp cảnh báo lừa đảo", "=", 213, **CNT),
])

# --------------------------------------------------------------------------
# 02 Tây Ninh, the provincial police's results for the first half of 2024: online fraud, loan
# sharks, street racing and public-order crime (phapluat.suckhoedoisong.vn's print page; nothing
# cut; no stamp, no byline; the excerpt ends in "Tuy nhiên, m"). Year 2024 ("6 tháng đầu năm
# 2024"). The headline "Khởi tố 21 vụ lừa đảo trên mạng, tổng thiệt hại hơn 12 tỷ đồng" states its
# two quantities like the body (as earlier sets recorded a headline's "Hơn 1.500 vụ"); the sapo
# repeats them with "14 bị can". Results, each its own subject, scope null: "mở 5 đợt cao điểm"
# (the operations conducted, a count: a judgement, as "tổ chức 1.931 cuộc tuần tra"), "15 vụ, 22
# đối tượng liên quan tín dụng đen", "khởi tố 9 vụ, 11 bị can, xử phạt hành chính 6 vụ, 11 đối
# tượng với tổng số tiền 82.500.000 đồng" (money, unit other, "đồng"), "56 trường hợp", "55 phương
# tiện", "81 nhóm", "358 vụ", "điều tra làm rõ 273 vụ, 573 đối tượng, đạt tỷ lệ 76,26%". "hơn 12
# tỷ đồng": `>`, 12e9. NOT: "(tăng 44 vụ = 14,01% so với cùng kỳ năm 2023)" (a result's change
# against an earlier value, spec). Not quantities: "tăng 44 vụ", "giảm 17 vụ", "giảm 7 vụ", "giảm 2
# vụ" (changes against the same period of 2023, spec), "hơn 20.000 lượt cán bộ, chiến sĩ tham gia"
# (the officers taking part, as 01's), "đủ 13 tuổi đến dưới 16 tuổi" (ages in a crime's name),
# "18/7" (a date), "6 tháng" (a period).
# --------------------------------------------------------------------------
D02 = dict(name="02_tayninh-khoi-to-lua-dao-mang-2024", kind="result", year=2024, records=[
    R("Khởi tố «21 vụ lừa đảo trên mạng", "vụ lừa đảo trên mạng khởi tố", "=", 21, **CNT),
    R("thiệt hại hơn «12 tỷ đồng\n", "tổng thiệt hại lừa đảo trên mạng", ">", 12e9, **DONG),
    R("khởi tố «21 vụ, 14", "vụ lừa đảo chiếm đoạt tài sản trên không gian mạng Công an tỉnh Tây Ninh đã khởi tố",
      "=", 21, **CNT),
    R("21 vụ, «14 bị can", "bị can lừa đảo chiếm đoạt tài sản trên không gian mạng đã khởi tố", "=", 14, **CNT),
    R("thiệt hại hơn «12 tỷ đồng.", "tổng thiệt hại lừa đảo chiếm đoạt tài sản trên không gian mạng", ">", 12e9,
      **DONG),
    R("mở «5 đợt", "đợt cao điểm tấn công trấn áp các loại tội phạm đã mở", "=", 5, **CNT),
    R("chức «1.931 cuộc", "cuộc tuần tra phòng chống tội phạm hình sự, tệ nạn xã hội", "=", 1931, **CNT),
    R("xử lý «15 vụ", "vụ liên quan tín dụng đen đã xử lý", "=", 15, **CNT),
    R("15 vụ, «22 đối tượng", "đối tượng liên quan tín dụng đen đã xử lý", "=", 22, **CNT),
    R("khởi tố «9 vụ", "vụ tín dụng đen khởi tố", "=", 9, **CNT),
    R("9 vụ, «11 bị can", "bị can tín dụng đen khởi tố", "=", 11, **CNT),
    R("hành chính «6 vụ", "vụ tín dụng đen xử phạt hành chính", "=", 6, **CNT),
    R("6 vụ, «11 đối tượng", "đối tượng tín dụng đen xử phạt hành chính", "=", 11, **CNT),
    R("số tiền «82.500.000 đồng", "tổng số tiền xử phạt hành chính", "=", 82500000, **DONG),
    R("biên bản «56 trường hợp", "trường hợp đua xe phát hiện, lập biên bản", "=", 56, **CNT),
    R("tạm giữ «55 phương tiện", "phương tiện tạm giữ", "=", 55, **CNT),
    R("giải tán «81 nhóm", "nhóm thanh thiếu niên tụ tập đêm khuya nhắc nhở, giải tán", "=", 81, **CNT),
    R("xảy ra «358 vụ", "vụ tội phạm về trật tự xã hội xảy ra", "=", 358, **CNT),
    R("làm rõ «273 vụ", "vụ tội phạm về trật tự xã hội điều tra làm rõ", "=", 273, **CNT),
    R("273 vụ, «573 đối tượng", "đối tượng tội phạm về trật tự xã hội điều tra làm rõ", "=", 573, **CNT),
    R("tỷ lệ «76,26%", "tỷ lệ điều tra làm rõ tội phạm về trật tự xã hội", "=", 76.26),
], NOT=["44 vụ = «14,01%"])

# --------------------------------------------------------------------------
# 03 Cà Mau, the provincial People's Committee's report on crime in the first half of 2025, cyber
# crime (dantri.com.vn; the stamp " date 2025-06" written as the first line; nothing cut; the
# excerpt ends in "các đ"). Year 2025 ("6 tháng đầu năm 2025"). Results: "khởi tố 65 vụ, 12 bị can"
# (=, counts), "lừa đảo chiếm đoạt tài sản trên không gian mạng (có 52 vụ, chiếm đến 80%)" (=,
# count, then the share: "chiếm đến" reads as the value reached, as an earlier set's "tới 59%").
# NOT: "tăng hơn 712% số vụ, tăng 200% bị can so với cùng kỳ 2024" (changes against an earlier
# value, spec). Not quantities: "24/6" (a date), "6 tháng" (a period).
# --------------------------------------------------------------------------
D03 = dict(name="03_camau-toi-pham-khong-gian-mang-2025", kind="result", year=2025, records=[
    R("khởi tố «65 vụ", "vụ tội phạm liên quan không gian mạng khởi tố", "=", 65, **CNT),
    R("65 vụ, «12 bị can", "bị can tội phạm liên quan không gian mạng khởi tố", "=", 12, **CNT),
    R("(có «52 vụ", "vụ lừa đảo chiếm đoạt tài sản trên không gian mạng", "=", 52, **CNT),
    R("chiếm đến «80%", "lừa đảo chiếm đoạt tài sản trên không gian mạng chiếm trong tội phạm liên quan không "
      "gian mạng", "=", 80),
], NOT=["tăng hơn «712%", "tăng «200% bị can"])

# --------------------------------------------------------------------------
# 04 Nghệ An, the province's second year of Directive 21/CT-TTg against fraud: propaganda results
# (nghean24h.vn; the stamp " date 2022-06" written as the first line; nothing cut; the excerpt
# ends in "hơn 1.000 buổi t"). Year 2022 (the stamp; "Năm thứ hai thực hiện Chỉ thị số 21/CT-TTg"
# of 2020 agrees). Results: "biên tập, đăng tải hơn 1.300 tin, bài, phóng sự tuyên truyền phòng,
# chống tội phạm" (>, count), "đã tổ chức hơn 1.000 buổi t" (>, count; the word cut by the excerpt
# is kept as the text has it). Not quantities: "21/CT-TTg" (twice, a name). Ids null: the
# catalogue's news count (aware.dx_news_articles_count) is of items on digital transformation, not
# on crime prevention.
# --------------------------------------------------------------------------
D04 = dict(name="04_nghean-chi-thi-21-lua-dao-2022", kind="result", year=2022, records=[
    R("đăng tải hơn «1.300 tin", "tin, bài, phóng sự tuyên truyền phòng, chống tội phạm, tội phạm lừa đảo chiếm "
      "đoạt tài sản biên tập, đăng tải", ">", 1300, **CNT),
    R("tổ chức hơn «1.000 buổi", "buổi các sở, ngành, đơn vị, địa phương đã tổ chức", ">", 1000, **CNT),
])

# --------------------------------------------------------------------------
# 05 Kon Tum, the provincial plan for crime prevention to 2020: its list of targets (the provincial
# People's Committee office's portal; nothing cut; no stamp, no byline; the excerpt starts "Kế
# hoạch đề ra các mục tiêu:" and ends in "thi hà"). Targets, year 2020 ("phấn đấu đến năm 2020";
# the yearly ones of "(3) Hằng năm" take the plan's horizon, as earlier sets' "hằng năm"). Ranges
# `between` with the low end ("giảm từ 03 - 05%", "giảm từ 15% đến 20%", "giảm từ 05 - 07%", "tăng
# từ 05 - 10%" twice: targets stated as a change, spec); "từ 75% trở lên", "95% trở lên", "từ 95%
# trở lên": `>=`; "30% số đối tượng truy nã hiện có", "50% đối tượng truy nã mới", "100% tin báo",
# "100% người chấp hành xong án phạt tù": bare numbers, `>=`; "xuống dưới 15%": `<`. Each its own
# subject, scope null ("các tội phạm rất nghiêm trọng, đặc biệt nghiêm trọng" is a kind of crime,
# not a level or group). Not quantities: "(1)" ... "(5)" (list labels), "năm 2016" (the baseline's
# year).
# --------------------------------------------------------------------------
D05 = dict(name="05_kontum-ke-hoach-phong-chong-toi-pham-2020", kind="target", year=2020, records=[
    R("giảm từ «03 - 05% tổng", "tổng số vụ phạm tội hình sự giảm so với năm 2016", BETWEEN, 3, value_max=5),
    R("giảm từ «15% đến 20%", "số vụ án do người chưa thành niên thực hiện giảm", BETWEEN, 15, value_max=20),
    R("giảm từ «05 - 07% tội phạm", "tội phạm xâm hại trẻ em giảm", BETWEEN, 5, value_max=7),
    R("đạt từ «75% trở lên", "tỷ lệ điều tra, khám phá các loại tội phạm", ">=", 75),
    R("nghiêm trọng đạt «95% trở lên", "tỷ lệ điều tra, khám phá các tội phạm rất nghiêm trọng, đặc biệt nghiêm "
      "trọng", ">=", 95),
    R("đầu thú «30% số", "số đối tượng truy nã hiện có bắt giữ, vận động đầu thú", ">=", 30),
    R("và «50% đối tượng", "đối tượng truy nã mới phát sinh bắt giữ, vận động đầu thú", ">=", 50),
    R("phát sinh; «100% tin báo", "tin báo, tố giác tội phạm, kiến nghị khởi tố được tiếp nhận, xử lý", ">=", 100),
    R("tăng từ «05 - 10% tỷ lệ", "tỷ lệ khởi tố điều tra các vụ án về kinh tế, tham nhũng trên tổng số vụ việc được "
      "phát hiện tăng", BETWEEN, 5, value_max=10),
    R("tăng từ «05 - 10% số vụ", "số vụ phạm tội về ma túy được phát hiện, bắt giữ tăng", BETWEEN, 5,
      value_max=10),
    R("xuống dưới «15%", "tỷ lệ tái phạm tội trong số người chấp hành xong án phạt tù", "<", 15),
    R("cho «100% người", "người chấp hành xong án phạt tù được tư vấn, hỗ trợ tìm việc làm", ">=", 100),
    R("hình sự từ «95% trở lên", "giải quyết, xét xử các vụ án hình sự", ">=", 95),
], NOT=["15% đến «20%"])

# --------------------------------------------------------------------------
# 06 Bình Phước, the provincial plan for crime prevention: its targets (binhphuoc.gov.vn; nothing
# cut; no stamp, no byline; the excerpt ends in "đặc biệt nghiêm trọng, đ"). Year null: the text
# names no year of its own (its dates are of the Politburo's documents, 2019 and 2021; the
# address's "nam-2025" is not in the text). Targets: "kéo giảm ít nhất 05% số vụ phạm tội về trật
# tự xã hội" (`>=`, a target stated as a change), "bảo đảm 100% các tố giác, tin báo ... được tiếp
# nhận" (bare, `>=`), "tỷ lệ giải quyết đạt trên 90%" (`>`), "Tỷ lệ điều tra, khám phá các loại
# tội phạm đạt trên 75%" (`>`). Not quantities: "13-KL/TW", "48-CT/TW", "36-CT/TW" (names),
# "16/8/2021", "16/8/2019" (dates).
# --------------------------------------------------------------------------
D06 = dict(name="06_binhphuoc-ke-hoach-phong-chong-toi-pham-2025", kind="target", year=None, records=[
    R("ít nhất «05% số vụ", "số vụ phạm tội về trật tự xã hội kéo giảm", ">=", 5),
    R("bảo đảm «100% các tố giác", "tố giác, tin báo về tội phạm và kiến nghị khởi tố được tiếp nhận, phân loại, "
      "xử lý", ">=", 100),
    R("đạt trên «90%", "tỷ lệ giải quyết tố giác, tin báo về tội phạm và kiến nghị khởi tố", ">", 90),
    R("đạt trên «75%", "tỷ lệ điều tra, khám phá các loại tội phạm", ">", 75),
])

# --------------------------------------------------------------------------
# 07 Khánh Hòa, the province's crime-prevention plan for 2021 (baokhanhhoa.vn; cut: the byline
# date "Thứ Sáu, 09/04/2021, 22:44 [GMT+7]" with the blank line after it, written as the first
# line `date 2021-04-09`; the byline "T.Long", the blank-looking line " ", the line "." and the
# widget label "các thông tin tiện ích" at the end; the title, printed twice, kept twice). Year
# 2021 (the plan's "năm 2021"). Targets: "giảm ít nhất 5% số vụ phạm tội về trật tự xã hội so với
# năm 2020" (`>=`), "tỷ lệ điều tra, làm rõ các loại tội phạm đạt hơn 75%" (`>`), "90% đối với tội
# phạm đặc biệt nghiêm trọng" (bare, `>=`: a judgement, the "hơn" before 75% not carried over; scope
# null: a kind of crime, not a level), "đảm bảo 100% tin báo về tội phạm, kiến nghị khởi tố đều
# được thụ lý" (`>=`). Not quantities: "năm 2021" (three times), "năm 2020" (the baseline's year),
# "Ban Chỉ đạo 138" (a name).
# --------------------------------------------------------------------------
D07 = dict(name="07_khanhhoa-ke-hoach-phong-chong-toi-pham-2021", kind="target", year=2021, records=[
    R("ít nhất «5% số vụ", "số vụ phạm tội về trật tự xã hội giảm so với năm 2020", ">=", 5),
    R("đạt hơn «75%", "tỷ lệ điều tra, làm rõ các loại tội phạm", ">", 75),
    R("75%, «90% đối với", "tỷ lệ điều tra, làm rõ tội phạm đặc biệt nghiêm trọng", ">=", 90),
    R("đảm bảo «100% tin báo", "tin báo về tội phạm, kiến nghị khởi tố được thụ lý", ">=", 100),
])

# --------------------------------------------------------------------------
# 08 Bình Dương, the provincial police freezing an account and returning a victim's money,
# November 2024 (soha.vn; the stamp " date 2024-11" written as the first line; nothing cut; the
# excerpt ends in "đường link"). A precision text, no record: one victim's case, "số tiền 264 triệu
# đồng ... bị mất" and "thu hồi được số tiền 230 triệu đồng cho bị hại", are the facts of one story,
# not the province's figures (as earlier sets left one case's "chiếm đoạt hơn 171 tỷ đồng" and
# set173's patient's story without a record; a judgement). Not quantities: "102873872912" (twice,
# an account number), "3 không" (a rule's name).
# --------------------------------------------------------------------------
D08 = dict(name="08_binhduong-phong-toa-tai-khoan-2024-precision", kind="result", year=2024, records=[])

# --------------------------------------------------------------------------
# 09 Vĩnh Phúc, the provincial plan for propaganda against online fraud, Kế hoạch 129/KH-UBND of
# 17 April 2023: its header and preamble (thuvienphapluat.vn's bulletin; nothing cut; the excerpt
# ends in "video\nlàm g"). A precision text, no record: "129/KH-UBND" (a document number), "17
# tháng 4 năm 2023" (a date); "từ vài triệu đến hàng tỷ đồng" carries no digit.
# --------------------------------------------------------------------------
D09 = dict(name="09_vinhphuc-ke-hoach-tuyen-truyen-lua-dao-2023-precision", kind="target", year=2023, records=[])

# --------------------------------------------------------------------------
# 10 Cao Bằng, the provincial plan deploying the campaign against cyber crime, Kế hoạch
# 940/KH-UBND of 22 April 2024: its header, preamble and the start of its aims (vanban123.vn;
# nothing cut; the excerpt ends in "huy "). A precision text, no record: "940/KH-UBND",
# "578/KH-BCA-A05" (document numbers), "22 tháng 4 năm 2024", "25/8/2023", "17/11/2023" (dates),
# "I." (a heading's label); "Phiên họp thứ hai" carries no digit.
# --------------------------------------------------------------------------
D10 = dict(name="10_caobang-chien-dich-toi-pham-mang-2024-precision", kind="target", year=2024, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
