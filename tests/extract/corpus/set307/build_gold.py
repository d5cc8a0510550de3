#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set307).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (goldkit.clause_span).

The theme is traffic police enforcement (violations handled, fines, licences revoked, vehicles
impounded, alcohol checks) and targets to cut road accidents. Most records are counts and sums of
money, so they are written with `functools.partial` shorthands over goldkit.R: `CASES` (unit
count) and `MONEY` (unit other, unit_text "đồng"). No text stands under a heading that names a
digital-transformation pillar: every pillar is null. The catalogue
(muctieu/catalog/data/indicators.yaml) holds no traffic-safety indicator: every id is null.

Each document may also list NOT: locators of percentages deliberately left without a record; no
text of this set needs one (every percentage here is a target's range or value).

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
from goldkit import R  # noqa: E402

CASES = functools.partial(R, unit="count")
MONEY = functools.partial(R, unit="other", unit_text="đồng")
AIM = functools.partial(R, kind="target")  # a target in a document whose kind is result

# --------------------------------------------------------------------------
# 01 Quảng Bình, violations fined, vehicles impounded and licences revoked in the first nine months
# (quangbinh24h.com, a tag page; nothing cut; no byline, no stamp). Year null: "9 tháng đầu năm"
# names no year and nothing else in the text does. Results: the title's "Hơn 4.000 GPLX bị tước"
# and "xử phạt hơn 32,1 tỷ đồng" (>, a value restated in a title gets a record at each place, as
# the earlier sets do), the body's "11.863 trường hợp vi phạm đã bị xử phạt (gồm 6.253 trường hợp ô
# tô và 5.610 mô tô)" (=, three records, the breakdown by kind of vehicle scope null), "dự kiến
# tổng số tiền phạt hơn 32,1 tỷ đồng" (>, money; "dự kiến" here estimates a sum already imposed, a
# result, as set227 read "ước tính"), "5.594 phương tiện giao thông (525 ô tô, 5.069 mô tô)" (=,
# three records), "4.089 giấy phép lái xe" (=).
# --------------------------------------------------------------------------
D01 = dict(name="01_quangbinh-xu-phat-vi-pham-atgt-9-thang", kind="result", year=None, records=[
    CASES("Hơn «4.000 GPLX", "GPLX bị tước do vi phạm ATGT trong 9 tháng đầu năm", ">", 4000),
    MONEY("xử phạt hơn «32,1 tỷ đồng do", "số tiền xử phạt do vi phạm ATGT trong 9 tháng đầu năm", ">", 32.1e9),
    CASES("có «11.863", "trường hợp vi phạm lĩnh vực đường bộ đã bị xử phạt", "=", 11863),
    CASES("(gồm «6.253", "trường hợp vi phạm ô tô đã bị xử phạt", "=", 6253),
    CASES("và «5.610 mô tô", "trường hợp vi phạm mô tô đã bị xử phạt", "=", 5610),
    MONEY("phạt hơn «32,1 tỷ đồng.", "tổng số tiền phạt dự kiến", ">", 32.1e9),
    CASES("Có «5.594", "phương tiện giao thông đã bị tạm giữ", "=", 5594),
    CASES("(«525 ô tô", "ô tô đã bị tạm giữ", "=", 525),
    CASES("«5.069 mô tô", "mô tô đã bị tạm giữ", "=", 5069),
    CASES("tạm giữ, «4.089", "giấy phép lái xe (GPLX) đã bị tước có thời hạn", "=", 4089),
])

# --------------------------------------------------------------------------
# 02 Phú Yên, the provincial police's traffic bulletin of one day (congan.phuyen.gov.vn; nothing
# cut; no byline, no stamp). Year null: the text names no year (the address's "16-12-2020" is not in
# it). Results (=): the patrols "45 ca, 168 lượt CBCS" (count: the work done, as set252 counted
# test sessions), "81 trường hợp vi phạm", "phạt tiền 54,4 triệu đồng" (money), "21 xe mô tô",
# "GPLX 02 trường hợp", and the "Phân tích lỗi vi phạm" list, one record per kind of violation,
# each with its own subject (the spec's breakdown by kind of thing, scope null).
# --------------------------------------------------------------------------
D02 = dict(name="02_phuyen-csgt-tuan-tra-xu-ly-ngay-2020", kind="result", year=None, records=[
    CASES("tổ chức «45 ca", "ca tuần tra, kiểm soát lực lượng Cảnh sát giao thông tổ chức", "=", 45),
    CASES("«168 lượt", "lượt CBCS tuần tra, kiểm soát", "=", 168),
    CASES("xử lý «81 trường", "trường hợp vi phạm TTATGT phát hiện, xử lý", "=", 81),
    MONEY("phạt tiền «54,4 triệu", "số tiền phạt vi phạm TTATGT", "=", 54.4e6),
    CASES("tạm giữ «21 xe", "xe mô tô tạm giữ", "=", 21),
    CASES("GPLX «02 trường", "trường hợp tước quyền sử dụng GPLX", "=", 2),
    CASES("bảo hiểm «32", "lỗi vi phạm không đội mũ bảo hiểm", "=", 32),
    CASES("lái xe «14", "lỗi vi phạm không có giấy phép lái xe", "=", 14),
    CASES("tốc độ «15", "lỗi vi phạm tốc độ", "=", 15),
    CASES("quá tải «01", "lỗi vi phạm chở quá tải", "=", 1),
    CASES("số người «02", "lỗi vi phạm chở quá số người", "=", 2),
    CASES("CSGT «02", "lỗi vi phạm không chấp hành hiệu lệnh CSGT", "=", 2),
    CASES("cồn «04", "lỗi vi phạm nồng độ cồn", "=", 4),
    CASES("khác «39", "lỗi vi phạm khác", "=", 39),
])

# --------------------------------------------------------------------------
# 03 Phú Yên, the same bulletin on another day (congan.phuyen.gov.vn; nothing cut; no byline, no
# stamp). Year null (the address's "15-9-2022" is not in the text). Results (=) as in 02: "34 ca,
# 130 lượt CBCS", "90 hợp vi phạm" (the page's own slip for "trường hợp"), "128,575 triệu đồng"
# (money: 128575000), "18 xe mô tô", "tước có thời hạn 15 GPLX", and the seven kinds of violation.
# --------------------------------------------------------------------------
D03 = dict(name="03_phuyen-csgt-tuan-tra-xu-ly-ngay-2022", kind="result", year=None, records=[
    CASES("tổ chức «34 ca", "ca tuần tra, kiểm soát lực lượng Cảnh sát giao thông tổ chức", "=", 34),
    CASES("«130 lượt", "lượt CBCS tuần tra, kiểm soát", "=", 130),
    CASES("phát hiện «90 hợp", "hợp vi phạm phát hiện", "=", 90),
    MONEY("phạt tiền «128,575 triệu", "số tiền phạt vi phạm", "=", 128.575e6),
    CASES("tạm giữ «18 xe", "xe mô tô tạm giữ", "=", 18),
    CASES("thời hạn «15 GPLX", "GPLX tước có thời hạn", "=", 15),
    CASES("bảo hiểm «03", "lỗi vi phạm không đội mũ bảo hiểm", "=", 3),
    CASES("GPLX «09", "lỗi vi phạm không có GPLX", "=", 9),
    CASES("tốc độ «16", "lỗi vi phạm tốc độ", "=", 16),
    CASES("quá tải «10", "lỗi vi phạm chở quá tải", "=", 10),
    CASES("số người «03", "lỗi vi phạm chở quá số người", "=", 3),
    CASES("cồn «10", "lỗi vi phạm nồng độ cồn", "=", 10),
    CASES("khác «49", "lỗi vi phạm khác", "=", 49),
])

# --------------------------------------------------------------------------
# 04 Ninh Thuận, road safety in the province in December (m.baoninhthuan.com.vn; nothing cut; no
# byline, no stamp). Year null: "tháng 12" names no year. Results (=): "1 vụ tai nạn giao thông, làm
# 1 người chết", "Va chạm giao thông xảy ra 8 vụ, làm bị thương 12 người", "719 ca tuần tra",
# "1.425 trường hợp" recorded, "1.403 trường hợp" fined, "thu 682,6 triệu đồng" (money), "284 xe",
# "41 trường hợp" of licences revoked. Not quantities: "giảm 1 vụ, 1 người chết" against the month
# before (changes against an earlier value, spec), "tháng 12" (a date).
# --------------------------------------------------------------------------
D04 = dict(name="04_ninhthuan-atgt-thang-12-xu-phat", kind="result", year=None, records=[
    CASES("xảy ra «1 vụ tai", "vụ tai nạn giao thông trên địa bàn tỉnh trong tháng 12", "=", 1),
    CASES("làm «1 người chết. So", "người chết trong tai nạn giao thông tháng 12", "=", 1),
    CASES("xảy ra «8 vụ", "vụ va chạm giao thông", "=", 8),
    CASES("thương «12 người", "người bị thương trong va chạm giao thông", "=", 12),
    CASES("tổ chức «719 ca", "ca tuần tra lực lượng CSGT tổ chức", "=", 719),
    CASES("vi phạm «1.425", "trường hợp vi phạm phát hiện, lập biên bản", "=", 1425),
    CASES("chính «1.403", "trường hợp thi hành quyết định xử phạt vi phạm hành chính", "=", 1403),
    MONEY("thu «682,6 triệu", "thu xử phạt vi phạm hành chính", "=", 682.6e6),
    CASES("tạm giữ «284 xe", "xe tạm giữ", "=", 284),
    CASES("lái xe «41", "trường hợp tước giấy phép lái xe", "=", 41),
])

# --------------------------------------------------------------------------
# 05 Ninh Thuận, road safety in the province in one week (baoninhthuan.com.vn; cut: the byline
# "Anh Tuấn"; no stamp). Year null (no year in the text). Results (=): "1 vụ tai nạn giao thông làm 1
# người chết, 2 người bị thương", "Va chạm giao thông xảy ra 2 vụ, làm 2 người bị thương", "ký cam
# kết ... đối với 17 danh nghiệp vận tải hành khách" (count: the firms the work reached, as the
# spec's "hỗ trợ 5 doanh nghiệp"), "166 ca tuần tra kiểm soát", "364 trường hợp" fined "với số tiền
# 341,6 triệu đồng" (money), "75 xe", "20 trường hợp". Not quantities: "giảm 1 vụ, 1 người chết, tăng
# 2 người bị thương" against the week before (changes), "có trên 7.870 học sinh và sinh viên tham
# dự" (those who attended the talks: the participants of an event, spec, as set251 left out "hơn
# 20.000 lượt học sinh, sinh viên tham gia").
# --------------------------------------------------------------------------
D05 = dict(name="05_ninhthuan-atgt-tuan-tuyen-truyen-xu-phat", kind="result", year=None, records=[
    CASES("xảy ra «1 vụ tai", "vụ tai nạn giao thông trên địa bàn tỉnh trong tuần", "=", 1),
    CASES("làm «1 người chết, 2", "người chết trong tai nạn giao thông trong tuần", "=", 1),
    CASES("chết, «2 người bị thương. So", "người bị thương trong tai nạn giao thông trong tuần", "=", 2),
    CASES("xảy ra «2 vụ", "vụ va chạm giao thông", "=", 2),
    CASES("làm «2 người bị thương.\n", "người bị thương trong va chạm giao thông", "=", 2),
    CASES("đối với «17 danh", "danh nghiệp vận tải hành khách ký cam kết đảm bảo các quy định về an toàn giao thông",
          "=", 17),
    CASES("tổ chức «166 ca", "ca tuần tra kiểm soát lực lượng CSGT toàn tỉnh tổ chức", "=", 166),
    CASES("chính «364", "trường hợp lập biên bản xử phạt vi phạm hành chính", "=", 364),
    MONEY("số tiền «341,6 triệu", "số tiền xử phạt vi phạm hành chính", "=", 341.6e6),
    CASES("tạm giữ «75 xe", "xe tạm giữ", "=", 75),
    CASES("lái xe «20", "trường hợp tước giấy phép lái xe", "=", 20),
])

# --------------------------------------------------------------------------
# 06 Thanh Hóa, the traffic police's general check of motorbikes (thanhhoa24h.net.vn, a tag page;
# nothing cut; no byline, no stamp). Year null (no year in the text). Results: the title's "trên
# 650.000 lượt xe mô tô, xe gắn máy" and the body's "trên 650.000 lượt phương tiện" (>, count, two
# records: a restated value gets one at each place), "29.710 trường hợp" (=), "trên 43 tỷ đồng" (>,
# money), "8.698 phương tiện" (=), "hơn 2.000 trường hợp" (>).
# --------------------------------------------------------------------------
D06 = dict(name="06_thanhhoa-tong-kiem-soat-mo-to", kind="result", year=None, records=[
    CASES("Tổng kiểm soát trên «650.000 lượt xe", "lượt xe mô tô, xe gắn máy tổng kiểm soát", ">", 650000),
    CASES("tổng kiểm soát trên «650.000 lượt phương", "lượt phương tiện lực lượng Cảnh sát giao thông Thanh Hoá "
          "tổng kiểm soát", ">", 650000),
    CASES("chính «29.710", "trường hợp phát hiện lập biên bản xử phạt vi phạm hành chính", "=", 29710),
    MONEY("trên «43 tỷ", "xử phạt vi phạm hành chính", ">", 43e9),
    CASES("tạm giữ «8.698", "phương tiện xe mô tô, xe gắn máy tạm giữ", "=", 8698),
    CASES("hơn «2.000", "trường hợp tước giấy phép lái xe", ">", 2000),
])

# --------------------------------------------------------------------------
# 07 Lào Cai, the Traffic Police Department's alcohol checks in the province (baolaocai.vn, a tag
# page; nothing cut; no byline, no stamp). Year null. One result: "xử lý 75 trường hợp vi phạm nồng
# độ cồn tại Lào Cai" (=). Not quantities: "Trong 3 ngày" (the length of the operation).
# --------------------------------------------------------------------------
D07 = dict(name="07_laocai-cuc-csgt-nong-do-con", kind="result", year=None, records=[
    CASES("xử lý «75 trường", "trường hợp vi phạm nồng độ cồn phát hiện, xử lý tại Lào Cai", "=", 75),
])

# --------------------------------------------------------------------------
# 08 Hải Phòng's and Quảng Ngãi's plans for 2026 and an older national call, on a tag page
# (giaothong.tapchixaydung.vn; nothing cut; each title is printed twice, as the page shows it; no
# byline, no stamp). Kind target. Quảng Ngãi's "kéo giảm tai nạn giao thông từ 5 - 10% trên cả ba
# tiêu chí" (between 5 and 10, year 2026 from "Năm An toàn giao thông 2026", place Quảng Ngãi: a
# target stated as a change is a quantity, spec; one range stated once). "Cả nước phải nỗ lực để
# giảm 10% TNGT cả 3 tiêu chí", printed twice (>=, two records, one at each place; year null: "sáng
# nay 2/7" names no year, and the item is not the 2026 plans'). Not quantities: "cả ba tiêu chí",
# "cả 3 tiêu chí" (the criteria counted), "năm 2026", "2/7" (dates), Hải Phòng's plan (no number).
# --------------------------------------------------------------------------
D08 = dict(name="08_haiphong-quangngai-keo-giam-tngt-2026", kind="target", year=2026, records=[
    R("từ «5 - 10%", "kéo giảm tai nạn giao thông trên cả ba tiêu chí", "between", 5, value_max=10,
      place="Quảng Ngãi"),
    R("căn cơ.\n\nCả nước phải nỗ lực để giảm «10%", "giảm TNGT cả 3 tiêu chí", ">=", 10,
      year=None),
    R("tiêu chí\n\nCả nước phải nỗ lực để giảm «10%", "giảm TNGT cả 3 tiêu chí", ">=",
      10, year=None),
])

# --------------------------------------------------------------------------
# 09 Phú Yên, Sông Hinh district's emulation plan for traffic safety 2021-2025
# (eabar.songhinh.phuyen.gov.vn; cut: the byline "NGỌC CƯỜNG" (with its leading spaces) and the blank
# line before it; no stamp). Kind target, year 2025 (the end of "giai đoạn 2021-2025", as the
# earlier sets date a period's target). One target: "phấn đấu kéo giảm từ 5% - 10% số vụ, số người
# chết, số người bị thương do tai nạn giao thông" (between 5 and 10, one range stated once). Not
# quantities: "7 nội dung cụ thể" (the plan's tasks, spec), "2021-2025" (a period).
# --------------------------------------------------------------------------
D09 = dict(name="09_phuyen-songhinh-thi-dua-atgt-2021-2025", kind="target", year=2025, records=[
    R("từ «5% - 10%", "kéo giảm số vụ, số người chết, số người bị thương do tai nạn giao thông", "between", 5,
      value_max=10),
])

# --------------------------------------------------------------------------
# 10 Quảng Ninh, the header and preamble of Decision 4858/QĐ-UBND of 31 December 2021 approving the
# province's plan for the national road traffic safety strategy 2021-2030 (thuvienphapluat.vn;
# nothing cut; the excerpt ends in "AN TOÀN " inside the plan's title). A precision text: no record.
# Not quantities: "4858/QĐ-UBND", "2060/QĐ-TTg", "7050/QKCHT&ATGT" (documents), "31 tháng 12 năm
# 2021", "16/6/2015", "22/11/2019", "12/12/2020", "17/12/2021" (dates), "2021-2030", "năm 2045"
# (periods), "Điều 1.", "Điều 2.", "Điều 3." (articles, the third named again in "Như Điều 3"), "GT1"
# (a filing mark), "QĐ 129-04" (a filing code).
# --------------------------------------------------------------------------
D10 = dict(name="10_quangninh-qd-chien-luoc-attgt-2021-precision", kind="target", year=2021, records=[])

# --------------------------------------------------------------------------
# 11 A province's police on an enforcement drive against drink-driving (cand.com.vn; cut: the
# byline "P.Công-T.Lực" with the blank line before it; no stamp). The province is not named in the
# excerpt ("Công an toàn tỉnh"); year null. Results (=): "lập biên bản 41.566 trường hợp, trong đó
# vi phạm nồng độ cồn 9.211 trường hợp" (two records, the second a part of the first, each its own
# subject), "xử phạt 31.501 trường hợp với số tiền 53,143 tỷ đồng" (count, money 53143000000),
# "tạm giữ 15.976 phương tiện", "tước GPLX có thời hạn 4.729 trường hợp".
# --------------------------------------------------------------------------
D11 = dict(name="11_tinh-ra-quan-xu-ly-nong-do-con", kind="result", year=None, records=[
    CASES("biên bản «41.566", "trường hợp Công an lập biên bản", "=", 41566),
    CASES("cồn «9.211", "trường hợp vi phạm nồng độ cồn", "=", 9211),
    CASES("xử phạt «31.501", "trường hợp ra quyết định xử phạt", "=", 31501),
    MONEY("tiền «53,143 tỷ", "số tiền xử phạt", "=", 53.143e9),
    CASES("tạm giữ «15.976", "phương tiện tạm giữ", "=", 15976),
    CASES("thời hạn «4.729", "trường hợp tước GPLX có thời hạn", "=", 4729),
])

# --------------------------------------------------------------------------
# 12 Bình Định, the provincial chairman's instruction to strengthen traffic safety for the rest of
# 2025, a list of the documents it rests on (congan.binhdinh.gov.vn; nothing cut; no byline, no
# stamp; the excerpt ends in "về"). A precision text: no record. Not quantities: "10/KH-UBND",
# "105/TB-UBND", "368/QĐ-UBND", "23-CT/TW", "29/KH-UBND", "64/QĐ-BGTVT", "31/CT-TTg",
# "2987/QĐ-UBND", "3568/QĐ-UBND", "3626/QĐ-UBND" (documents), "12/01/2025", "19/3/2025",
# "29/01/2024", "25/5/2023", "22/02/2024", "22/01/2024", "21/12/2023", "20/8/2024", "14/10/2024",
# "18/10/2024" (dates), "năm 2025", "năm 2024", "ATGT) 2025" (years).
# --------------------------------------------------------------------------
D12 = dict(name="12_binhdinh-tang-cuong-ttatgt-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 13 The country's traffic police in the first half of 2023, as the National Traffic Safety
# Committee reported it, on An Giang's newspaper (baoangiang.com.vn; nothing cut; no byline, no
# stamp). Year 2023 ("6 tháng đầu năm 2023"). Results (=): "1.685.517 trường hợp vi phạm", "phạt
# tiền 3.251 tỷ 819 triệu đồng" (one sum written in two magnitudes: 3251e9 + 819e6 = 3251819000000
# đồng, anchored at its first number; a judgement, no earlier set met the form), "328.213 giấy
# phép lái xe, bằng, chứng chỉ chuyên môn", "528.461 phương tiện các loại". No place: the figures are
# the country's. Not quantities: "6 tháng đầu năm 2023" (the period), "819" (the second part of the
# sum recorded at "3.251").
# --------------------------------------------------------------------------
D13 = dict(name="13_angiang-ca-nuoc-xu-ly-vi-pham-6-thang-2023", kind="result", year=2023, records=[
    CASES("xử lý «1.685.517", "trường hợp vi phạm trật tự an toàn giao thông lực lượng cảnh sát giao thông kiểm tra, "
          "xử lý", "=", 1685517),
    MONEY("phạt tiền «3.251 tỷ", "phạt tiền vi phạm trật tự an toàn giao thông", "=", 3251819e6),
    CASES("tước «328.213", "giấy phép lái xe, bằng, chứng chỉ chuyên môn tước", "=", 328213),
    CASES("tạm giữ «528.461", "phương tiện các loại tạm giữ", "=", 528461),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
