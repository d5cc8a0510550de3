#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set204).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of percentages deliberately left without a record;
check_gold.py verifies that every percentage has a record or a NOT entry. No text of this set needs
one: every percentage written with "%" is a quantity.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set193, the id is given in the record itself (`iid=`).

The set's theme is Resolution 57-NQ/TW (science, technology, innovation and digital transformation,
2025-2026): a city's action plan and its targets for 2030 (01), its science budget and results
(02, 03), a city's online-dossier quotas for communes (04), the national science budget shares and
amounts (05, 06), the national master plan's targets for 2030 (07), a province's congress targets
(08), and three precision texts that carry only dates and document numbers (09, 10, 11).

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
from goldkit import R, CNT, RANK, T, RES, ECO  # noqa: E402

DONG = dict(unit="other", unit_text="đồng")
USD = dict(unit="other", unit_text="USD")
DE_GRDP = "econ.digital_economy_gdp_share"
ONLINE = "egov.online_applications_share"
FULL_ONLINE = "egov.once_only_online_applications_share"
PAY = "egov.online_payment_share"
PRODUCTIVITY = "econ.labour_productivity_growth"
GII = "rank.wipo_gii"

# --------------------------------------------------------------------------
# 01 Đà Nẵng, the city Party committee's action plan no. 21 implementing Resolution 57, its targets
# for 2030 set against the central ones (danviet.vn; the stamp " date 2025-09-16" written as the
# first line; nothing cut; the excerpt ends in "xây"). Kind target, year 2030 ("Theo mục tiêu đến
# năm 2030"; the caption line "Đà Nẵng đặt mục tiêu kinh tế số chiếm 40% GRDP" repeats the plan's
# target and takes its year). Pillar null: no heading; the lead-in "Theo mục tiêu đến năm 2030"
# names no pillar. "kinh tế số đạt tối thiểu 35–40% GRDP": one between record (spec: a range stated
# once), the en dash read as the range's dash. The central level's figures in brackets, "(so với
# 30% theo Nghị quyết 57)", "(so với yêu cầu 3)", "(yêu cầu 85%)", "(yêu cầu 80%)", "(toàn quốc
# đặt mục tiêu là 05)", "(toàn quốc đặt mục tiêu là 09)": each a target the text states (the
# resolution's or the country's), a quantity like any bracket that states a value (spec); its
# owner named in the indicator, op >= (bare numbers, "là" in a target). Not quantities: "16/9"
# (a date), "Kế hoạch hành động số 21", "Kế hoạch số 21", "Ban Chỉ đạo 57", "Nghị quyết 57"
# (names), "3 sáng kiến lớn", "65 chỉ tiêu cụ thể", "8 chỉ tiêu vượt", "2 chỉ tiêu đóng góp", "19
# chỉ tiêu đặc thù" (the make-up of the plan: counts of its initiatives and indicators, as the
# spec's counts of tasks). Ids: DE_GRDP for the digital economy's shares (the resolution's 30% of
# GDP too; a judgement), ONLINE for the online dossiers, PAY for online payment; the rest null.
# --------------------------------------------------------------------------
D01 = dict(name="01_danang-kinh-te-so-40-grdp-chi-tieu-2030", kind="target", year=2030, records=[
    R("tối thiểu «35–40% GRDP", "kinh tế số trong GRDP", "between", 35, value_max=40, iid=DE_GRDP),
    R("(so với «30% theo", "kinh tế số trong GRDP theo Nghị quyết 57", ">=", 30, iid=DE_GRDP),
    R("ít nhất «10 công trình", "công trình khoa học công nghệ đoạt giải thưởng quốc gia/khu vực mỗi năm", ">=",
      10, **CNT),
    R("(so với yêu cầu «3)", "công trình khoa học công nghệ đoạt giải thưởng mỗi năm theo yêu cầu Trung ương",
      ">=", 3, **CNT),
    R("mỗi năm (so với yêu cầu 3); «95% hồ sơ", "hồ sơ thủ tục hành chính xử lý trực tuyến", ">=", 95,
      iid=ONLINE),
    R("(yêu cầu «85%)", "hồ sơ thủ tục hành chính xử lý trực tuyến theo yêu cầu Trung ương", ">=", 85,
      iid=ONLINE),
    R("trực tuyến (yêu cầu 85%); «90% thanh toán", "thanh toán trực tuyến dịch vụ công", ">=", 90, iid=PAY),
    R("(yêu cầu «80%)", "thanh toán trực tuyến dịch vụ công theo yêu cầu Trung ương", ">=", 80, iid=PAY),
    R("kinh tế số chiếm «40% GRDP", "Đà Nẵng đặt mục tiêu kinh tế số chiếm GRDP", ">=", 40, iid=DE_GRDP),
    R("có tối thiểu có «1 doanh nghiệp", "doanh nghiệp công nghệ số ngang tầm các nước tiên tiến hoạt động tại "
      "thành phố", ">=", 1, **CNT),
    R("mục tiêu là «05)", "doanh nghiệp công nghệ số ngang tầm các nước tiên tiến: toàn quốc đặt mục tiêu",
      ">=", 5, **CNT),
    R("ít nhất «2 tuyến", "tuyến cáp quang biển mới đưa vào hoạt động", ">=", 2, **CNT),
    R("mục tiêu là «09)", "tuyến cáp quang biển mới: toàn quốc đặt mục tiêu", ">=", 9, **CNT),
])

# --------------------------------------------------------------------------
# 02 Đà Nẵng, the city's science and technology scheme for 2026-2030 and its results of 2021-2025
# (viettimes.vn; nothing cut: the photo caption "Không gian triển lãm thành tựu KHCN Đà Nẵng nhân
# kỷ niệm 50 năm Giải phóng TP Đà Nẵng" carries a number and stays; no byline, no stamp; the
# excerpt opens mid-article with "Đó là mức dự chi ..." and ends in "sản phẩm"). Results of
# "giai đoạn 2021-2025": year 2025 (the period's last year, as the earlier sets read a period's
# results); the support "Trong giai đoạn 2021-2024": 2024. Target: "nhằm đưa Đà Nẵng vào nhóm 5
# địa phương dẫn đầu cả nước về khoa học công nghệ" (rank, <=, spec's "nhóm 20 tỉnh dẫn đầu"; year
# 2030, the scheme's "giai đoạn 2026-2030"; a judgement: "tầm nhìn đến năm 2035" is a vision).
# Pillar: the sub-heading "Giai đoạn 2021-2025: Kinh tế số chiếm 22% GRDP" names kinh tế số, so
# its own result and every record below it are digital_economy (spec: the heading decides, even
# when the indicator would belong to another pillar); the first paragraph stands above it, null.
# Records: "Kinh tế số chiếm 22% GRDP" (=, 2025), "thực hiện 196 nhiệm vụ KHCN các cấp" (=, count:
# research projects carried out, as the earlier sets' "triển khai 373 nhiệm vụ khoa học-công
# nghệ"), "tổng kinh phí hơn 288 tỷ đồng" (>), "hỗ trợ 43 lượt doanh nghiệp" (=, count), "tổng kinh
# phí gần 4 tỷ đồng" (~). Not quantities: "2026-2030", "2035", "2021-2025", "2021-2024" (periods),
# "7 nhóm chính sách chính gồm: ..." and "cùng 3 chính sách ..." (the lead counts of a list of the
# policies' names, as set193's "15 xã ... bao gồm"), "50 năm Giải phóng" (an anniversary). Ids:
# DE_GRDP for the 22%; the rest null (no catalogue indicator for research projects or science
# money; inst.dx_funding_amount is money for digital transformation).
# --------------------------------------------------------------------------
D02 = dict(name="02_danang-khcn-2021-2025-du-chi-1950-ty", kind="result", year=2025, records=[
    R("vào nhóm «5 địa phương", "Đà Nẵng vào nhóm địa phương dẫn đầu cả nước về khoa học công nghệ (KHCN) và "
      "đổi mới sáng tạo", "<=", 5, **RANK, **T, year=2030),
    R("Kinh tế số chiếm «22% GRDP", "Kinh tế số chiếm GRDP giai đoạn 2021-2025", "=", 22, pillar=ECO,
      iid=DE_GRDP),
    R("thực hiện «196 nhiệm vụ", "nhiệm vụ KHCN các cấp Đà Nẵng thực hiện", "=", 196, **CNT, pillar=ECO),
    R("kinh phí hơn «288 tỷ", "tổng kinh phí nhiệm vụ KHCN", ">", 288e9, **DONG, pillar=ECO),
    R("hỗ trợ «43 lượt", "lượt doanh nghiệp được hỗ trợ đổi mới công nghệ", "=", 43, **CNT, pillar=ECO,
      year=2024),
    R("kinh phí gần «4 tỷ", "tổng kinh phí hỗ trợ doanh nghiệp đổi mới công nghệ", "~", 4e9, **DONG, pillar=ECO,
      year=2024),
])

# --------------------------------------------------------------------------
# 03 Đà Nẵng, plan no. 54/KH-UBND with the city's science and technology money for 2026
# (danang.gov.vn; nothing cut; no byline, no stamp; the excerpt ends in "qua đó g"). Kind target
# (the plan's money for a year ahead), year 2026. Records: the title's "Hơn 132,4 tỷ đồng phát
# triển khoa học và công nghệ năm 2026" (>, 132.4e9) and "tổng kinh phí thực hiện trong năm 2026 là
# 132.428.000.000 đồng" (>=: "là" in a target, spec; the full number with thousands dots). Not
# quantities: "54/KH-UBND", "10-02-2026", "2026–2030", "2035", "năm 2026" (document number, date,
# periods). Pillar null; ids null (science money, not the catalogue's money for digital
# transformation).
# --------------------------------------------------------------------------
D03 = dict(name="03_danang-kinh-phi-khcn-2026", kind="target", year=2026, records=[
    R("Hơn «132,4 tỷ", "kinh phí phát triển khoa học và công nghệ năm 2026", ">", 132.4e9, **DONG),
    R("năm 2026 là «132.428.000.000 đồng", "tổng kinh phí thực hiện Kế hoạch trong năm 2026", ">=", 132428000000,
      **DONG),
])

# --------------------------------------------------------------------------
# 04 Hà Nội, the city's order that every commune and ward reach its online-dossier quotas before
# 30/7/2025 (nongnghiepmoitruong.vn; cut: the photo caption "Hà Nội cấp hộ chiếu trực tuyến tại
# Trung tâm Phục vụ hành chính công. Ảnh: Cổng TTĐT TP Hà Nội." with the blank line before it; no
# byline, no stamp; the excerpt ends in "lĩnh vực m"). Kind target, year 2025 ("hoàn thành trước
# ngày 30/7/2025"). "các xã, phường phải đạt tối thiểu 60% hồ sơ TTHC được tiếp nhận trực tuyến,
# trong đó ít nhất 20% hồ sơ phải là toàn trình": two records, scope null (the communes and wards
# are the subject, one value for all, not a split); "100% kết quả giải quyết TTHC phải được trả
# trước hoặc đúng hạn và cấp bản điện tử" (>=). Not quantities: "30/7", "30/7/2025", "21/7/2025",
# "23/7/2025", "28/7/2025" (dates). Pillar null. Ids: ONLINE, FULL_ONLINE (toàn trình = hoàn toàn
# trực tuyến); the 100% joins two indicators (on time, and an electronic copy): null.
# --------------------------------------------------------------------------
D04 = dict(name="04_hanoi-xa-phuong-ho-so-truc-tuyen-2025", kind="target", year=2025, records=[
    R("tối thiểu «60% hồ sơ", "hồ sơ TTHC được tiếp nhận trực tuyến tại các xã, phường", ">=", 60, iid=ONLINE),
    R("ít nhất «20% hồ sơ", "hồ sơ TTHC phải là toàn trình", ">=", 20, iid=FULL_ONLINE),
    R("Đặc biệt, «100% kết quả", "kết quả giải quyết TTHC được trả trước hoặc đúng hạn và cấp bản điện tử", ">=",
      100),
])

# --------------------------------------------------------------------------
# 05 The country's science and technology spending as a share of the state budget, 2021-2025
# (dientuungdung.vn; the stamp " date 2025-11-18" written as the first line, the photo caption
# "Thủ tướng Phạm Minh Chính phát biểu sáng 15/11." following on the second line as part of that
# line; nothing cut; the excerpt ends in "đôn đốc các "). Results, each of its own year: "Tỷ trọng
# chi năm 2021 đạt 1,37%; năm 2022 là 1,72%; năm 2023 là 1,39% và năm 2024 tăng lên 1,97% tổng chi
# ngân sách nhà nước" (=; "tăng lên 1,97%" names the level reached, not the size of a change);
# "Năm 2025, Chính phủ đã bố trí đủ 3 phần trăm tổng chi" (=, 3, unit %, the percent written as a
# word). Not quantities: "15/11" (a date), "năm 2026" (a year); "tiến gần mục tiêu dành ba phần
# trăm chi ngân sách" writes its number as a word, with no digit to anchor a record. Pillar null;
# ids null (the catalogue's inst.dx_budget_share is the share for digital transformation, not
# for science and technology).
# --------------------------------------------------------------------------
D05 = dict(name="05_toan-quoc-ty-trong-chi-khcn-2021-2025", kind="result", year=2025, records=[
    R("năm 2021 đạt «1,37%", "tỷ trọng chi ngân sách cho khoa học công nghệ", "=", 1.37, year=2021),
    R("năm 2022 là «1,72%", "tỷ trọng chi ngân sách cho khoa học công nghệ", "=", 1.72, year=2022),
    R("năm 2023 là «1,39%", "tỷ trọng chi ngân sách cho khoa học công nghệ", "=", 1.39, year=2023),
    R("tăng lên «1,97%", "tỷ trọng chi cho khoa học công nghệ trong tổng chi ngân sách nhà nước", "=", 1.97,
      year=2024),
    R("bố trí đủ «3 phần trăm", "tổng chi ngân sách Chính phủ bố trí cho lĩnh vực khoa học công nghệ", "=", 3),
])

# --------------------------------------------------------------------------
# 06 The country's budget for science, technology, innovation and digital transformation: about
# 25 thousand billion đồng added in 2025, about 95 thousand billion planned for 2026 (vneconomy.vn;
# the stamp " date 2025-11-16" written as the first line; nothing cut; the excerpt ends in "chỉ số
# đổi m"). Results of 2025 (=, ~): "khoảng 25 nghìn tỷ đồng" (twice), "đã ban hành 10 Nghị định
# trực tiếp liên quan ..." and "luỹ kế 10 tháng Chính phủ đã ban hành 22 Nghị định" (counts of
# decrees issued, as the earlier sets' "ban hành gần 250 văn bản"), "phê duyệt 11 nhóm công nghệ
# chiến lược, 35 nhóm sản phẩm công nghệ chiến lược trong đó có 6 sản phẩm ..." (three counts,
# each its own subject), "Việt Nam duy trì vị trí 44/139 quốc gia về chỉ số đổi m[ới sáng tạo]"
# (rank, =). Targets of 2026 (~): "khoảng 95 nghìn tỷ đồng" four times, the upper-case heading
# "NĂM 2026, DÀNH KHOẢNG 95 NGHÌN TỶ ĐỒNG NGÂN SÁCH CHO KHOA HỌC - CÔNG NGHỆ" among them (a heading
# that states a quantity states it like any line; the magnitude word read in capitals too). Not
# quantities: "phiên họp thứ 5" (the meeting's ordinal), "Đề án 06" (a name), "10/2025" (a date),
# "10 tháng" (a period), the denominator "/139". Pillar null (no heading names a pillar). Ids:
# GII for the rank; the money null (science money with digital transformation's, not the
# catalogue's money for digital transformation alone; a judgement).
# --------------------------------------------------------------------------
BUDGET = "ngân sách cho phát triển khoa học công nghệ, đổi mới sáng tạo, chuyển đổi số"
D06 = dict(name="06_toan-quoc-ngan-sach-khcn-2026", kind="result", year=2025, records=[
    R("Năm 2025, khoảng «25 nghìn", f"{BUDGET} đã được bổ sung", "~", 25e12, **DONG),
    R("dự kiến sẽ dành khoảng «95 nghìn tỷ đồng ngân sách cho lĩnh vực này...", f"{BUDGET} dự kiến dành", "~",
      95e12, **DONG, **T, year=2026),
    R("cho biết dành khoảng «95 nghìn", "ngân sách dành cho khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số",
      "~", 95e12, **DONG, **T, year=2026),
    R("ban hành «10 Nghị định", "Nghị định trực tiếp liên quan đến khoa học công nghệ, đổi mới sáng tạo, chuyển "
      "đổi số Chính phủ đã ban hành trong tháng", "=", 10, **CNT),
    R("ban hành «22 Nghị định", "Nghị định Chính phủ đã ban hành luỹ kế", "=", 22, **CNT),
    R("DÀNH KHOẢNG «95 NGHÌN", "ngân sách cho khoa học - công nghệ", "~", 95e12, **DONG, **T, year=2026),
    R("năm 2025 khoảng «25 nghìn", f"{BUDGET} đã bổ sung", "~", 25e12, **DONG),
    R("dành khoảng «95 nghìn tỷ đồng ngân sách cho lĩnh vực này năm 2026", f"{BUDGET} dự kiến dành", "~", 95e12,
      **DONG, **T, year=2026),
    R("phê duyệt «11 nhóm", "nhóm công nghệ chiến lược được phê duyệt", "=", 11, **CNT),
    R("chiến lược, «35 nhóm", "nhóm sản phẩm công nghệ chiến lược được phê duyệt", "=", 35, **CNT),
    R("trong đó có «6 sản phẩm", "sản phẩm công nghệ chiến lược triển khai ngay trong năm 2025", "=", 6, **CNT),
    R("vị trí «44/139", "Việt Nam về chỉ số đổi mới sáng tạo", "=", 44, **RANK, iid=GII),
])

# --------------------------------------------------------------------------
# 07 The national master plan's targets for 2030, adjusted by the Government's resolution 306
# (vietnamnet.vn; the stamp " date 2025-10-07" written as the first line; nothing cut; the excerpt
# ends in "hàng đầu thế giới " with its trailing space). Kind target, year 2030 ("Đến năm 2030";
# the growth rates "thời kỳ 2021-2030" and "giai đoạn 2026-2030" end in 2030 too). Ops: "trên" >,
# "dưới" and "giảm xuống dưới" <, "khoảng" ~, "ít nhất" >=, the bracket's bare "2,1 con" >= (spec:
# a target's bare number), "thuộc nhóm 10 quốc gia" rank <=. "Tỷ trọng trong GDP của khu vực dịch
# vụ đạt trên 50%, khu vực công nghiệp - xây dựng trên 40%, khu vực nông, lâm, thủy sản dưới 10%":
# three records, each its own subject, scope null (sectors are kinds of activity, not levels or
# population groups). Units: "8.500 USD" other USD, "105 triệu người" count (1.05e8), "0,78" (HDI)
# other with unit_text null, "75,5 tuổi" other "tuổi", "2,1 con" other "con". Not quantities:
# "2021-2030", "2026-2030" (periods), "nhóm 200 đại học hàng đầu châu Á", "nhóm 100 đại học hàng
# đầu thế giới" (part of the subject of the counts "ít nhất 8 cơ sở", "ít nhất 1 cơ sở"). Pillar
# null (no heading; "Về kinh tế", "Về xã hội" name no pillar; the sentence naming Chính phủ số,
# kinh tế số, xã hội số together is a statement, not a lead-in of one pillar). Ids: PRODUCTIVITY
# for the two labour productivity growth rates, DE_GRDP for the digital economy; the rest null.
# --------------------------------------------------------------------------
D07 = dict(name="07_toan-quoc-quy-hoach-tong-the-2030-kinh-te-so", kind="target", year=2030, records=[
    R("đạt trên «8,0%", "tốc độ tăng trưởng tổng sản phẩm trong nước (GDP) bình quân thời kỳ 2021-2030", ">", 8.0),
    R("đạt khoảng «8.500 USD", "GDP bình quân đầu người theo giá hiện hành", "~", 8500, **USD),
    R("dịch vụ đạt trên «50%", "tỷ trọng trong GDP của khu vực dịch vụ", ">", 50),
    R("xây dựng trên «40%", "tỷ trọng trong GDP của khu vực công nghiệp - xây dựng", ">", 40),
    R("thủy sản dưới «10%", "tỷ trọng trong GDP của khu vực nông, lâm, thủy sản", "<", 10),
    R("đạt khoảng «7%", "tốc độ tăng năng suất lao động xã hội bình quân thời kỳ 2021-2030", "~", 7,
      iid=PRODUCTIVITY),
    R("đạt trên «8,5%", "tốc độ tăng năng suất lao động xã hội bình quân giai đoạn 2026-2030", ">", 8.5,
      iid=PRODUCTIVITY),
    R("đạt trên «55%", "đóng góp của năng suất nhân tố tổng hợp (TFP) vào tăng trưởng", ">", 55),
    R("đạt khoảng «30% GDP", "tỷ trọng kinh tế số trong GDP", "~", 30, iid=DE_GRDP),
    R("có «2,1 con", "mức sinh thay thế: bình quân mỗi phụ nữ trong độ tuổi sinh đẻ có con", ">=", 2.1,
      unit="other", unit_text="con"),
    R("đạt khoảng «105 triệu", "quy mô dân số", "~", 105e6, **CNT),
    R("đạt khoảng «0,78", "chỉ số phát triển con người (HDI)", "~", 0.78, unit="other"),
    R("đạt khoảng «75,5 tuổi", "tuổi thọ bình quân", "~", 75.5, unit="other", unit_text="tuổi"),
    R("xuống dưới «20%", "tỷ lệ lao động nông nghiệp trong tổng lao động xã hội", "<", 20),
    R("thuộc nhóm «10 quốc gia", "Việt Nam thuộc nhóm quốc gia có hệ thống giáo dục đại học tốt nhất châu Á",
      "<=", 10, **RANK),
    R("ít nhất «8 cơ sở", "cơ sở giáo dục đại học thuộc nhóm 200 đại học hàng đầu châu Á", ">=", 8, **CNT),
    R("ít nhất «1 cơ sở", "cơ sở giáo dục đại học thuộc nhóm 100 đại học hàng đầu thế giới", ">=", 1, **CNT),
])

# --------------------------------------------------------------------------
# 08 Hà Tĩnh, the provincial Party congress of 1/10/2025: the results of 2020-2025 and the targets
# for 2030 (vneconomy.vn; the stamp " date 2025-10-01" written as the first line; cut: the photo
# caption "Khu trưng bày sản phẩm của VinFast ... bên lề Đại hội Đảng bộ Hà Tĩnh" with the blank
# line before it and the excerpt's trailing blank lines). Results of the term: year 2025
# ("giai đoạn 2020-2025", "đến năm 2025"); growth rates read as measured values, as the earlier
# sets' "tốc độ tăng trưởng kinh tế bình quân giai đoạn 2021-2025 đạt 6,71%": "tăng trưởng kinh
# tế bình quân 6,4%/năm" (twice), "Công nghiệp ... tăng trưởng gần 7%/năm" (~), "Nông nghiệp giữ
# mức tăng trưởng hơn 3%/năm" (>); amounts: "GRDP bình quân đầu người đạt 94 triệu đồng" (twice),
# "kim ngạch xuất khẩu 11 tỷ USD", "Quy mô nền kinh tế đến năm 2025 đạt 126.000 tỷ đồng"
# (1.26e14), "sản lượng lương thực gần 670.000 tấn" (~, other "tấn"). Targets for 2030: "GRDP tăng
# từ 10% trở lên mỗi năm" (>=: a target stated as a change is a quantity, spec), "thu nhập bình
# quân đầu người đạt 80 triệu đồng vào năm 2030" (>=). Not quantities: "1/10" (a date), "lần thứ
# XX", "2025-2030", "2020-2025" (periods), "gấp 1,5 lần so với đầu nhiệm kỳ" (a result's change
# against an earlier value, spec), "gấp đôi" (no digit). Pillar null: the heading "KINH TẾ TĂNG
# TRƯỞNG ỔN ĐỊNH, DOANH NGHIỆP PHÁT TRIỂN MẠNH" names the economy, not the digital economy. Ids
# null (no catalogue indicator for growth, income, exports or food output).
# --------------------------------------------------------------------------
D08 = dict(name="08_hatinh-dai-hoi-muc-tieu-2030", kind="result", year=2025, records=[
    R("kinh tế bình quân «6,4%/năm, GRDP", "mức tăng trưởng kinh tế bình quân giai đoạn 2020-2025", "=", 6.4),
    R("đầu người đạt «94 triệu đồng, kim", "GRDP bình quân đầu người", "=", 94e6, **DONG),
    R("xuất khẩu «11 tỷ", "kim ngạch xuất khẩu", "=", 11e9, **USD),
    R("từ «10% trở lên", "GRDP tăng mỗi năm", ">=", 10, **T, year=2030),
    R("đầu người đạt «80 triệu", "thu nhập bình quân đầu người", ">=", 80e6, **DONG, **T, year=2030),
    R("kinh tế bình quân «6,4%/năm. Quy", "tốc độ tăng trưởng kinh tế bình quân trong nhiệm kỳ", "=", 6.4),
    R("năm 2025 đạt «126.000 tỷ", "quy mô nền kinh tế", "=", 126000e9, **DONG),
    R("đầu người đạt «94 triệu đồng, phản", "GRDP bình quân đầu người", "=", 94e6, **DONG),
    R("tăng trưởng gần «7%/năm", "tăng trưởng công nghiệp bình quân", "~", 7),
    R("tăng trưởng hơn «3%/năm", "mức tăng trưởng nông nghiệp bình quân", ">", 3),
    R("lương thực gần «670.000 tấn", "sản lượng lương thực", "~", 670000, unit="other", unit_text="tấn"),
])

# --------------------------------------------------------------------------
# 09 Lạng Sơn, Resolution 57 "sống động trong thực tiễn": the province's action programme no. 150 and
# its steering committee (baomoi.net.vn; cut: the photo caption "Lãnh đạo UBND tỉnh và lãnh đạo
# các sở, ngành khai trương cổng thông tin điện tử ..." (twice) with the blank lines after it; no
# byline, no stamp; the excerpt ends in "theo từ"). A precision text: no record. Not quantities:
# "22/12/2024", "20/2/2025" (dates), "Nghị quyết số 57", "Nghị quyết 57" (names), "Chương trình
# hành động số 150" (a document number). Year 2025 (the programme's date), kind result.
# --------------------------------------------------------------------------
D09 = dict(name="09_langson-nq57-chuong-trinh-hanh-dong-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 10 Lai Châu, the province's conference on Resolution 57 and its 2026 plans (vietnam.vnanet.vn;
# the stamp " date 2026-01-12" written as the first line, the photo caption "Quang cảnh hội nghị.
# Ảnh: Nguyễn Oanh-TTXVN" following on the second line as part of that line, kept; nothing cut;
# the excerpt ends in "triển khai "). A precision text: no record. Not quantities: "năm 2026",
# "năm 2025" (years), "Nghị quyết số 57-NQ/TW", "Nghị quyết số 57" (names).
# --------------------------------------------------------------------------
D10 = dict(name="10_laichau-nq57-ke-hoach-2026-precision", kind="result", year=2026, records=[])

# --------------------------------------------------------------------------
# 11 Hải Phòng, the city Party committee's action programme no. 89-CTr/TU implementing Resolution 57:
# its purpose and requirements (sotp.haiphong.gov.vn; nothing cut; no byline, no stamp; the excerpt
# ends in "Hải Phòn"). A precision text: no record. Not quantities: "57-NQ/TW", "45-NQ/TW",
# "96-KL/TW", "89-CTr/TU" (names and document numbers), "22/12/2024", "25/02/2025", "24/01/2019",
# "30/9/2024" (dates), the list labels "1.", "2.", "khóa XII" (no digit).
# --------------------------------------------------------------------------
D11 = dict(name="11_haiphong-chuong-trinh-89-ctr-tu-2025-precision", kind="result", year=2025, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
