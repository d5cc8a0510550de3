#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set256).

Adapted from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry. No text of this set needs one.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README),
given in the record itself (`iid=`). The theme (science, technology and innovation) lies mostly
outside the catalogue: only 05's PII rank and score have an id.

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
from goldkit import R, CNT, RANK  # noqa: E402

DONG = dict(unit="other", unit_text="đồng")
PII_RANK = "rank.pii_rank"
PII_SCORE = "rank.pii_score"

# --------------------------------------------------------------------------
# 01 Khánh Hòa, the province's plan for the national science-and-technology market programme to
# 2030 (baokhanhhoa.vn, August 2021 by the address; cut: the byline "V.L"; no byline date, no
# stamp). Targets for 2025 and for 2030 (the text's own years), pillar null (no heading; the
# plan is on the S&T market, no digital pillar named). "giá trị giao dịch KH-CN tăng bình quân
# 5%/năm" is a target stated as a change (spec: a quantity, `>=`); "đạt 5%", bare "5%" `>=`;
# "giao dịch công nghệ 5-10%" `between`; "hình thành 1 tổ chức trung gian" a count. "Đến năm 2030,
# các chỉ số tương ứng là: 10%; 10%; 10-20%; 10% và 2 tổ chức": five records, each with the
# subject of the 2025 item it answers (spec: "lần lượt là", each its own subject). Not
# quantities: "năm 2030" in the plan's name, "năm 2025", "năm 2030" (dates). Ids null (no
# catalogue indicator for the S&T market).
# --------------------------------------------------------------------------
MARKET = "giá trị giao dịch KH-CN tăng bình quân"
IP_TRADE = "tỷ lệ giao dịch tài sản trí tuệ"
TECH_TRADE = "giao dịch công nghệ"
INST_TRADE = ("giao dịch công nghệ viện nghiên cứu, trường đại học trong tổng giao dịch công nghệ có nguồn "
              "gốc trong nước")
BROKER = "tổ chức trung gian kết nối mạng lưới trung gian tổ chức KH-CN quốc gia hình thành"
D01 = dict(name="01_khanhhoa-thi-truong-khcn-muc-tieu-2025-2030", kind="target", year=2025, records=[
    R("tăng bình quân «5%/năm", MARKET, ">=", 5),
    R("trí tuệ đạt «5%;", IP_TRADE, ">=", 5),
    R("giao dịch công nghệ «5-10%", TECH_TRADE, "between", 5, value_max=10),
    R("đại học đạt «5% tổng", INST_TRADE, ">=", 5),
    R("hình thành «1 tổ chức", BROKER, ">=", 1, **CNT),
    R("tương ứng là: «10%; 10%", MARKET, ">=", 10, year=2030),
    R("là: 10%; «10%; 10-20%", IP_TRADE, ">=", 10, year=2030),
    R("10%; «10-20%", TECH_TRADE, "between", 10, value_max=20, year=2030),
    R("10-20%; «10% và", INST_TRADE, ">=", 10, year=2030),
    R("và «2 tổ chức", BROKER, ">=", 2, **CNT, year=2030),
])

# --------------------------------------------------------------------------
# 02 Vĩnh Long, the province's plan for the national strategy on science, technology and
# innovation to 2030 (baovinhlong.com.vn; the byline time and date "01:08, 23/08/2023" on its own
# line written as the first line `date 2023-08-23`; nothing else cut; the excerpt ends in "vào
# tăng trư"). Targets, year 2025 (each sentence's "đến năm 2025", "Năm 2025"; the headline's "năm
# 2025"), pillar null. The headline "Phấn đấu đầu tư cho khoa học và công nghệ đạt trên 1,2% GRDP
# năm 2025" is a target like any other (`>`, "trên"); "đạt 1,2-1,5% GRDP", "đạt 0,8-1% GRDP",
# "chiếm 60-65%" `between`; "đào tạo sau ĐH 20 cán bộ" a count (bare, `>=`). The TFP target to 2030
# is cut off before its number. Not quantities: "năm 2030" (the strategy's name and a date), "lần
# thứ tư" (no digit). Ids null (the catalogue's budget share is for digital transformation; this
# is S&T investment as a share of GRDP).
# --------------------------------------------------------------------------
INVEST = "đầu tư cho khoa học và công nghệ"
D02 = dict(name="02_vinhlong-chien-luoc-khcn-dmst-muc-tieu-2025", kind="target", year=2025, records=[
    R("công nghệ đạt trên «1,2% GRDP", INVEST, ">", 1.2),
    R("công nghệ đạt «1,2-1,5%", INVEST, "between", 1.2, value_max=1.5),
    R("công nghệ đạt «0,8-1%", "tổng chi ngân sách cho nghiên cứu khoa học và phát triển công nghệ", "between", 0.8,
      value_max=1),
    R("chiếm «60-65%", "đóng góp của xã hội cho nghiên cứu khoa học và phát triển công nghệ", "between", 60,
      value_max=65),
    R("sau ĐH «20 cán bộ", "cán bộ làm việc trực tiếp trong lĩnh vực khoa học và công nghệ đào tạo sau ĐH", ">=",
      20, **CNT),
])

# --------------------------------------------------------------------------
# 03 Hải Dương, the Department of Science and Technology launching the province's approved S&T
# plan for 2022 (baohaiduong.vn; the byline "03/03/2022 13:15" written as the first line
# `date 2022-03-03`; cut: the byline "PV", the furniture "(0) Bình luận", "Nổi bật", "    Tin mới
# nhất" and the repeated title "    Thực hiện 21 đề tài, nhiệm vụ khoa học mới"; the photo caption
# "Lãnh đạo Sở ... năm 2022" is kept, as it holds a year). Kind target (the approved plan for the
# year: "Theo kế hoạch ... năm nay tỉnh thực hiện ..."), year 2022, pillar null. Bare counts `>=`
# (spec's bare target); "gần" `~`, "trên" `>`. The headline's "Thực hiện 21 đề tài" is recorded
# like any other statement. "20 đề tài, 1 dự án mới; 10 đề tài, 2 dự án chuyển tiếp": four records,
# each its own subject; "16 đề tài và 3 dự án đã kết thúc năm 2021 nhưng sang năm 2022 mới được
# cấp kinh phí": two records, part of the year's plan (funded in 2022; a judgement); the new
# projects by field (13, 5, 3): a breakdown by kind of thing, scope null. Money: the total "gần
# 27,6 tỷ đồng" (2022, the plan's year) and its instalments "trên 18 tỷ đồng ... năm 2022", "gần
# 8,4 tỷ đồng ... năm 2023", "trên 1,1 tỷ đồng ... năm 2024" (each its own year), and "trên 1 tỷ
# đồng kinh phí hoạt động nghiệp vụ quản lý nhà nước" (2022). Not quantities: "3.3" (a date),
# "năm 2021" (a date). Ids null.
# --------------------------------------------------------------------------
D03 = dict(name="03_haiduong-ke-hoach-khcn-de-tai-2022", kind="target", year=2022, records=[
    R("Thực hiện «21 đề tài", "đề tài, nhiệm vụ khoa học mới thực hiện", ">=", 21, **CNT),
    R("tỉnh thực hiện «20 đề tài", "đề tài mới tỉnh thực hiện", ">=", 20, **CNT),
    R("20 đề tài, «1 dự án mới", "dự án mới tỉnh thực hiện", ">=", 1, **CNT),
    R("mới; «10 đề tài", "đề tài chuyển tiếp từ năm 2021", ">=", 10, **CNT),
    R("10 đề tài, «2 dự án", "dự án chuyển tiếp từ năm 2021", ">=", 2, **CNT),
    R("Có «16 đề tài", "đề tài đã kết thúc năm 2021 nhưng sang năm 2022 mới được cấp kinh phí", ">=", 16, **CNT),
    R("và «3 dự án đã", "dự án đã kết thúc năm 2021 nhưng sang năm 2022 mới được cấp kinh phí", ">=", 3, **CNT),
    R("có «13 đề tài, dự án", "đề tài, dự án thực hiện mới thuộc lĩnh vực khoa học nông nghiệp", ">=", 13, **CNT),
    R("nghiệp; «5 đề tài", "đề tài thực hiện mới thuộc lĩnh vực y, dược", ">=", 5, **CNT),
    R("và «3 đề tài thuộc", "đề tài thực hiện mới thuộc lĩnh vực khoa học xã hội", ">=", 3, **CNT),
    R("gần «27,6 tỷ", "tổng kinh phí được cấp để thực hiện các nhiệm vụ khoa học và công nghệ", "~", 27.6e9, **DONG),
    R("trên «18 tỷ", "kinh phí thực hiện các nhiệm vụ khoa học và công nghệ cấp trong năm 2022", ">", 18e9, **DONG),
    R("gần «8,4 tỷ", "kinh phí thực hiện các nhiệm vụ khoa học và công nghệ cấp năm 2023", "~", 8.4e9, **DONG,
      year=2023),
    R("trên «1,1 tỷ", "kinh phí thực hiện các nhiệm vụ khoa học và công nghệ cấp năm 2024", ">", 1.1e9, **DONG,
      year=2024),
    R("trên «1 tỷ đồng kinh phí", "kinh phí hoạt động nghiệp vụ quản lý nhà nước về khoa học và công nghệ được cấp",
      ">", 1e9, **DONG),
])

# --------------------------------------------------------------------------
# 04 Tuyên Quang, the Department of Science and Technology's workshop on the S&T projects carried
# out in 2021 (baotuyenquang.com.vn; cut: the photo caption "Lãnh đạo Sở Khoa học và Công nghệ chủ
# trì hội thảo.", the byline "Tin, ảnh: Thùy Lê" and the label "Tin cùng chuyên mục"; no byline
# date, no stamp). Results of 2021 ("Năm 2021"), pillar null. "triển khai 50 đề tài, dự án KH&CN
# cấp tỉnh, cấp quốc gia" one record, scope null (one value for both levels); "Trong đó có 37 đề
# tài, dự án cấp tỉnh; 13 đề tài, dự án cấp bộ, cấp quốc gia" a split by level: scopes "cấp tỉnh"
# and "cấp bộ, cấp quốc gia" (as the earlier sets' "17 nhiệm vụ cấp quốc gia ... 86 nhiệm vụ cấp cơ
# sở"). Money "trên 16,9 tỷ đồng" `>`. Not quantities: "1-12" (a date), "3 khâu đột phá" (the
# resolution's breakthroughs, a count of tasks), "XVII" (no digit). Ids null.
# --------------------------------------------------------------------------
PROJ = "đề tài, dự án KH&CN Sở KH&CN tham mưu quản lý, triển khai"
D04 = dict(name="04_tuyenquang-de-tai-du-an-khcn-2021", kind="result", year=2021, records=[
    R("triển khai «50 đề tài", PROJ + " cấp tỉnh, cấp quốc gia", "=", 50, **CNT),
    R("có «37 đề tài", PROJ, "=", 37, **CNT, scope="cấp tỉnh"),
    R("tỉnh; «13 đề tài", PROJ, "=", 13, **CNT, scope="cấp bộ, cấp quốc gia"),
    R("trên «16,9 tỷ", "Tổng kinh phí sự nghiệp KH&CN năm 2021 của tỉnh", ">", 16.9e9, **DONG),
])

# --------------------------------------------------------------------------
# 05 Quảng Ninh, science, technology and innovation as the province's driving force after
# Resolution 57 (congnghevadoisong.vn; the byline "19:26, 14/04/2025" written as the first line
# `date 2025-04-14`; cut: the photo caption "Khoa học công nghệ và đổi mới sáng tạo là động lực
# chính để phát triển. Ảnh: Báo Quảng Ninh"; the excerpt ends in "ưu tiên"). Results, pillar null
# (the heading "Nền tảng vững chắc từ tư duy đổi mới và kết quả thực tiễn" names no pillar). Years
# as the sentences give them: the high-tech share "đạt tới 45,24% ... năm 2020" (2020); the TFP
# contribution "từ 43,48% năm 2021 lên 50,01% năm 2023 và tiếp tục giữ vững trên 50% trong năm
# 2024" (three records: 2021, 2023, 2024 `>`); the PII "liên tiếp nằm trong tốp 10 tỉnh, thành phố
# ... riêng năm 2024 đứng thứ 6 với 47,82 điểm" (the group `<=` 10, year 2024, the sentence's year
# for its last value, the group held in 2023 and 2024; the place `=` 6; the score, unit_text
# "điểm"). "Trong 5 năm qua, Quảng Ninh đã triển khai 108 nhiệm vụ khoa học công nghệ cấp tỉnh": a
# count of research tasks (as the earlier sets' "triển khai 373 nhiệm vụ khoa học-công nghệ"),
# year 2025 (the document's, spec). Not quantities: "tăng ba bậc so với năm 2023" (a change, no
# digit), "57-NQ/TW", "20-NQ/TW" (names), "16 tháng 6 năm 2022" (a date), "2021-2024", "5 năm"
# (periods). Ids: PII_RANK for the group and the place, PII_SCORE for the score; the rest null.
# --------------------------------------------------------------------------
TFP = "chỉ số năng suất các nhân tố tổng hợp (TFP) đóng góp vào GRDP của Quảng Ninh"
PII = "chỉ số đổi mới sáng tạo cấp địa phương (PII)"
D05 = dict(name="05_quangninh-tfp-pii-nhiem-vu-khcn-2025", kind="result", year=2025, records=[
    R("đạt tới «45,24%", "tỷ trọng giá trị sản phẩm công nghệ cao và sản phẩm ứng dụng công nghệ cao của tỉnh "
      "trong tổng giá trị sản xuất công nghiệp", "=", 45.24, year=2020),
    R("từ «43,48%", TFP, "=", 43.48, year=2021),
    R("lên «50,01%", TFP, "=", 50.01, year=2023),
    R("vững trên «50% trong", TFP, ">", 50, year=2024),
    R("trong tốp «10 tỉnh", "tỉnh, thành phố có " + PII + " cao nhất cả nước", "<=", 10, **RANK, year=2024,
      iid=PII_RANK),
    R("đứng thứ «6 với", PII + " của Quảng Ninh đứng thứ", "=", 6, **RANK, year=2024, iid=PII_RANK),
    R("với «47,82 điểm", "điểm " + PII + " của Quảng Ninh", "=", 47.82, unit="other", unit_text="điểm", year=2024,
      iid=PII_SCORE),
    R("triển khai «108 nhiệm vụ", "nhiệm vụ khoa học công nghệ cấp tỉnh Quảng Ninh đã triển khai trong 5 năm qua",
      "=", 108, **CNT),
])

# --------------------------------------------------------------------------
# 06 Bà Rịa - Vũng Tàu, the Department of Science and Technology handing over the results of 7
# provincial research projects, November 2024 (bavutex.baria-vungtau.gov.vn; the date line
# "05/11/2024" written as the first line `date 2024-11-05`; cut: the view counter "22 Lượt xem" and
# the photo caption "Giám đốc Sở KH-CN Phạm Quang Nhật (phải) chuyển giao ... Sở NN-PTNT."). Results
# of 2024, counts, `=`, pillar null, ids null. The headline's "7 đề tài" and the body's "7 đề tài"
# (two records, as the earlier sets record a headline and its restatement); the orderers' "Công an
# tỉnh đặt hàng 2 đề tài, Sở NN-PTNT đặt hàng 2 đề tài" (two records, each its own subject, scope
# null: agencies, not administrative levels); "UBND huyện Đất Đỏ, Côn Đảo và Bộ CHQS tỉnh mỗi đơn vị
# đặt hàng 1 đề tài" (one record: one value stated once for three orderers); "Tính cả năm 2024 ...
# đã chuyển giao 11 đề tài nghiên cứu KH-CN, dự án sản xuất thử nghiệm". Not quantities: "năm
# 2024" (a date).
# --------------------------------------------------------------------------
D06 = dict(name="06_bariavungtau-chuyen-giao-de-tai-khcn-2024", kind="result", year=2024, records=[
    R("Chuyển giao kết quả nghiên cứu «7 đề tài", "đề tài KH-CN cấp tỉnh được chuyển giao kết quả nghiên cứu", "=",
      7, **CNT),
    R("«7 đề tài KH-CN sau", "đề tài KH-CN sau khi nghiên cứu và nghiệm thu đã được Sở KH-CN chuyển giao cho các "
      "đơn vị đặt hàng", "=", 7, **CNT),
    R("Công an tỉnh đặt hàng «2 đề tài", "đề tài Công an tỉnh đặt hàng", "=", 2, **CNT),
    R("Sở NN-PTNT đặt hàng «2 đề tài", "đề tài Sở NN-PTNT đặt hàng", "=", 2, **CNT),
    R("đặt hàng «1 đề tài", "đề tài mỗi đơn vị UBND huyện Đất Đỏ, Côn Đảo và Bộ CHQS tỉnh đặt hàng", "=", 1,
      **CNT),
    R("chuyển giao «11 đề tài", "đề tài nghiên cứu KH-CN, dự án sản xuất thử nghiệm Sở KH-CN đã chuyển giao cho các "
      "đơn vị, địa phương", "=", 11, **CNT),
])

# --------------------------------------------------------------------------
# 07 Hòa Bình, technology transfer and the enterprises' S&T development fund (hoabinh.gov.vn;
# nothing cut; no byline, no stamp, no year in the text: year null; the excerpt opens inside the
# article at "Đặc biệt," and ends in "được cấp giấy ch"). Results, pillar null, ids null. The
# survey "hơn 40,8% số doanh nghiệp sử dụng máy móc thiết bị quan trọng có nguồn gốc từ Hàn Quốc,
# 27% từ Trung Quốc, 22,4% từ Việt Nam, 16,9% từ Nhật, 15,2% từ Đài Loan": five records, each with
# its own country in the indicator, scope null (a breakdown by origin, not a split by level or
# group); the first `>` ("hơn"), the others `=` (a result's bare number; the "hơn" is read as
# the first value's only). "hiện có 9 doanh nghiệp được cấp giấy ch[ứng nhận]" a count (the
# excerpt cuts the certificate's name; the number is whole; the indicator keeps only the words
# the text has).
# --------------------------------------------------------------------------
MACH = "số doanh nghiệp sử dụng máy móc thiết bị quan trọng có nguồn gốc từ "
D07 = dict(name="07_hoabinh-doanh-nghiep-cong-nghe-khcn", kind="result", year=None, records=[
    R("hơn «40,8% số", MACH + "Hàn Quốc", ">", 40.8),
    R("«27% từ Trung Quốc", MACH + "Trung Quốc", "=", 27),
    R("«22,4% từ Việt Nam", MACH + "Việt Nam", "=", 22.4),
    R("«16,9% từ Nhật", MACH + "Nhật", "=", 16.9),
    R("«15,2% từ Đài Loan", MACH + "Đài Loan", "=", 15.2),
    R("hiện có «9 doanh nghiệp", "doanh nghiệp trên địa bàn tỉnh được cấp giấy", "=", 9, **CNT),
])

# --------------------------------------------------------------------------
# 08 Hậu Giang, the council choosing the provincial S&T tasks for 2024-2025 in agriculture,
# engineering and technology (baohaugiang.com.vn; the byline date "29/08/2024 | 07:31 GMT+7"
# written as the first line `date 2024-08-29`; cut: the byline "ĐANG THƯ" and the furniture
# "Viết bình luận mới", "Tin cùng chuyên mục", "Các tin khác", "Xem thêm >>"). Results of 2024
# (the council's decisions reported in August 2024; the list is for "năm 2024, 2025"), counts
# `=`, pillar null, ids null. The headline "Sẽ triển khai 9 đề tài, dự án" restates the 9 projects
# chosen (read as the result it reports, as the body's "đã xác định 9 đề tài, dự án"; a
# judgement). "30 đề xuất" twice (the proposals discussed; those put on the preliminary list): two
# records, each its own clause. "có 14/30 nhiệm vụ do các sở, ban, ngành, địa phương chủ động đề
# xuất đặt hàng, chiếm tỷ lệ 46,67%": a count (14; the denominator "/30" is not a quantity) and its
# share. Not quantities: "năm 2024, 2025" (the list's years), "/30".
# --------------------------------------------------------------------------
AGRI = "thuộc lĩnh vực khoa học nông nghiệp, kỹ thuật và công nghệ"
D08 = dict(name="08_haugiang-xac-dinh-nhiem-vu-khcn-2024", kind="result", year=2024, records=[
    R("Sẽ triển khai «9 đề tài", "đề tài, dự án " + AGRI + " sẽ triển khai", "=", 9, **CNT),
    R("đánh giá về «30 đề xuất", "đề xuất " + AGRI + " Hội đồng thảo luận, đánh giá", "=", 30, **CNT),
    R("tiếp nhận «67 đề xuất", "đề xuất " + AGRI + " Sở KH&CN đã tiếp nhận", "=", 67, **CNT),
    R("tổng hợp «30 đề xuất", "đề xuất đưa vào danh mục sơ bộ nhiệm vụ KH&CN cấp tỉnh năm 2024, 2025", "=", 30,
      **CNT),
    R("có «14/30 nhiệm vụ", "nhiệm vụ do các sở, ban, ngành, địa phương chủ động đề xuất đặt hàng", "=", 14, **CNT),
    R("tỷ lệ «46,67%", "tỷ lệ nhiệm vụ do các sở, ban, ngành, địa phương chủ động đề xuất đặt hàng", "=", 46.67),
    R("đã xác định «9 đề tài", "đề tài, dự án đưa vào danh mục nhiệm vụ KH&CN cấp tỉnh năm 2024, 2025", "=", 9,
      **CNT),
    R("xác định «10 nhiệm vụ", "nhiệm vụ thuộc lĩnh vực khoa học xã hội và nhân văn, y dược", "=", 10, **CNT),
    R("tổng cộng «19 đề tài", "đề tài, dự án thuộc danh mục nhiệm vụ KH&CN cấp tỉnh năm 2024, 2025", "=", 19,
      **CNT),
])

# --------------------------------------------------------------------------
# 09 Bình Định, the provincial technical innovation contest 2022-2023 (baobinhdinh.vn; cut: the
# photo caption "Công nhân Công ty Điện lực Bình Định ... Ảnh: T.LỢI"; no byline, no stamp; the
# excerpt ends in "7 giải nhì"). A precision text, no record, as the earlier sets decided
# contests: the entries, participants and prizes of a contest are not quantities (spec's
# participants of an event; set124's "155 tác phẩm logo ... dự thi", the Sơn La contest's "27.428
# lượt dự thi" and its prizes "01 giải ba"): "54 hồ sơ tham dự trên 6 lĩnh vực", "52 giải pháp vào
# chấm", "15 giải pháp", the entrants' "(11 giải pháp)", "(10 giải pháp)", "(7 giải pháp)", "37
# giải pháp/6 lĩnh vực đoạt giải", "5 giải nhất, 7 giải nhì"; "lần thứ 13" (an ordinal),
# "2022 - 2023" (dates), "Th.S" (no digit). Year 2023 (the contest's last year).
# --------------------------------------------------------------------------
D09 = dict(name="09_binhdinh-hoi-thi-sang-tao-ky-thuat-2023-precision", kind="result", year=2023, records=[])

# --------------------------------------------------------------------------
# 10 Kon Tum, the close of the 10th technical innovation contest and the 15th youth creativity
# contest, 2022-2023 (baokontum.com.vn; nothing cut; no byline, no stamp; the excerpt ends in
# "dạy h"). A precision text, no record (as 09): the ceremony's attendees "72 tác giả đoạt giải",
# the entries "86 mô hình, sản phẩm tham gia dự thi", "11 giải pháp tham gia dự thi", the prizes
# "34 mô hình, sản phẩm đoạt giải, gồm: 2 giải Nhất, 4 giải Nhì, 7 giải Ba, 21 giải Khuyến khích",
# "gửi 4 mô hình, sản phẩm", "7 giải pháp đoạt giải, gồm: 1 giải Nhì; 1 giải Ba; 5 giải Khuyến
# khích"; "27/12" (a date), "lần thứ 10", "lần thứ 15", "lần thứ 19" (ordinals), "2022- 2023",
# "2022-2023", "năm 2023" (dates), "(AI)" (a name). Year 2023.
# --------------------------------------------------------------------------
D10 = dict(name="10_kontum-hoi-thi-sang-tao-ky-thuat-2023-precision", kind="result", year=2023, records=[])

# --------------------------------------------------------------------------
# 11 Hà Tĩnh, the Department of Science and Technology calling for proposals of provincial S&T
# tasks for 2022 (skhcn.hatinh.gov.vn; the byline "15:37 22/02/2021" written as the first line
# `date 2021-02-22`; cut: the signature "QLKH" and the furniture "Ý kiến bạn đọc", "ĐĂNG NHẬP"
# with the blank lines between them). A precision text, no record: "năm 2022" (four times, the
# plan year named), "20/2015/QĐ-UBND" (a document number), "12/6/2015" (a date). Year 2022 (the
# year the proposals are for).
# --------------------------------------------------------------------------
D11 = dict(name="11_hatinh-de-xuat-nhiem-vu-khcn-2022-precision", kind="result", year=2022, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
