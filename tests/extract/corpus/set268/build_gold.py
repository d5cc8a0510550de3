#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set268).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: a change against an earlier value,
completion against a quota or a plan, the gap left to a quota); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
The catalogue names no justice indicator (judgment enforcement, inspections, complaints, courts,
prosecution, mediation): every record of this set has `iid=None`, left at R's default.

The set's theme is justice in the provinces: civil judgment enforcement (01, 03, 04, 05, 06, 14),
mediation at the grassroots (02), inspections and money recovered (07), citizens' complaints (08,
09), courts (10, 11) and the procuracy (12, 13). No text has a heading naming a pillar: every
record's pillar is null.

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

DONG = dict(unit="other", unit_text="đồng")  # money: unit other, "đồng", the magnitude multiplied in
M2 = dict(unit="other", unit_text="m2")

# --------------------------------------------------------------------------
# 01 Hải Dương, the provincial civil judgment enforcement department's 2021 report to the
# provincial council (baohaiduong.vn; cut: the byline "THỨ BA, 07/12/2021 08:30:17" with the blank
# line after it, written as the first line `date 2021-12-07`; the excerpt ends in "Năm 2022, C").
# Results of 2021 (the text's "Năm 2021"). Counts of cases (=): 9.334 to enforce, 7.581 enforceable,
# 6.367 completed; "đạt tỷ lệ 83,99%" (the rate "về việc": completed over enforceable, as set187's
# enforcement rates). Money (unit other, "đồng"): "trên 1.529 tỷ đồng" (>), "gần 470 tỷ đồng" (~),
# "gần 207 tỷ đồng" (~), "đạt tỷ lệ 44,26%" (=, the rate "về tiền"). Exemptions: "đối với 156 việc"
# proposed with "gần 526 triệu đồng" (~), "đã miễn, giảm 153 việc với trên 514 triệu đồng" (>).
# Coercion: 49 cases decided, of which 11 paid of their own accord, 23 carried out, 15 not yet
# (each its own subject, scope null). "còn 3 đơn vị chưa đạt tỷ lệ thi hành về tiền" (=, a count of
# the agencies short of the money rate; a judgement: a result, not the make-up of the agency).
# "(tỷ lệ 2,28% về việc và 9,79% về tiền)": two records, the credit and banking cases' two rates
# (each its own subject: "về việc" and "về tiền" are two indicators, not a split by level or
# group, as set187 and set06). NOT: "tăng 0,56% so với năm 2020" (a change), "vượt chỉ tiêu cấp
# trên giao 1,49%", "vượt chỉ tiêu giao 4,16%" (against the quota, spec). Not quantities: "tăng 75
# việc", "tăng 72 việc", "tăng 5 trường hợp" (changes), "Kỳ họp thứ 5", "khóa XVII" (labels), "năm
# 2020", "Năm 2022" (years). Pillar null.
# --------------------------------------------------------------------------
D01 = dict(name="01_haiduong-thi-hanh-an-dan-su-2021", kind="result", year=2021, records=[
    R("tổng số «9.334 việc", "việc phải thi hành", "=", 9334, **CNT),
    R("trong đó «7.581 việc", "việc có điều kiện thi hành", "=", 7581, **CNT),
    R("thi hành xong «6.367 việc", "việc có điều kiện thi hành đã thi hành xong", "=", 6367, **CNT),
    R("đạt tỷ lệ «83,99%", "tỷ lệ việc có điều kiện thi hành đã thi hành xong", "=", 83.99),
    R("thi hành trên «1.529 tỷ", "tổng số tiền phải thi hành", ">", 1529e9, **DONG),
    R("gần «470 tỷ", "số tiền có điều kiện thi hành", "~", 470e9, **DONG),
    R("xong gần «207 tỷ", "số tiền có điều kiện thi hành đã thi hành xong", "~", 207e9, **DONG),
    R("đạt tỷ lệ «44,26%", "tỷ lệ số tiền có điều kiện thi hành đã thi hành xong", "=", 44.26),
    R("đối với «156 việc", "việc được lập hồ sơ đề nghị Tòa án xét miễn, giảm thi hành án", "=", 156, **CNT),
    R("số tiền gần «526 triệu", "số tiền đề nghị xét miễn, giảm thi hành án", "~", 526e6, **DONG),
    R("giảm «153 việc", "việc đã được miễn, giảm thi hành án", "=", 153, **CNT),
    R("với trên «514 triệu", "số tiền đã được miễn, giảm thi hành án", ">", 514e6, **DONG),
    R("đối với «49 trường hợp", "trường hợp cơ quan thi hành án dân sự ra quyết định cưỡng chế", "=", 49, **CNT),
    R("trong đó «11 trường hợp", "trường hợp tự nguyện thi hành án", "=", 11, **CNT),
    R("thành công «23 cuộc", "cuộc cưỡng chế tổ chức thành công", "=", 23, **CNT),
    R("còn «15 trường hợp", "trường hợp chưa cưỡng chế", "=", 15, **CNT),
    R("còn «3 đơn vị", "đơn vị chưa đạt tỷ lệ thi hành về tiền", "=", 3, **CNT),
    R("(tỷ lệ «2,28%", "tỷ lệ thi hành án liên quan đến tín dụng, ngân hàng về việc", "=", 2.28),
    R("và «9,79% về tiền", "tỷ lệ thi hành án liên quan đến tín dụng, ngân hàng về tiền", "=", 9.79),
], NOT=["tăng «0,56%", "giao «1,49%", "giao «4,16%"])

# --------------------------------------------------------------------------
# 02 Đắk Nông, mediation at the grassroots in the first half of 2022 (baodaknong.org.vn; cut: the
# byline "Cập nhật ngày: 20/07/2022 | 06:06 GMT+7" with the blank line after it, written as the
# first line `date 2022-07-20`; the signature "T.B", the view counter "4,082" and the widget "Viết
# bình luận mới", with the blank lines before the first two). Year 2022. The title's "hòa giải
# thành công 186 vụ việc" and the body's "có 186 vụ việc hòa giải thành công" (a record at each
# place, set173's and set187's rule). "hiện có 715 tổ hòa giải, với 3.902 hòa giải viên" (=, the
# network in place: counts, as earlier sets' teams "hiện có"), "thụ lý 323 vụ việc", "103 vụ việc
# hòa giải không thành", "34 vụ việc chưa giải quyết xong" (=, each its own subject). Not
# quantities: "6 tháng" (the period). Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_daknong-hoa-giai-co-so-6-thang-2022", kind="result", year=2022, records=[
    R("thành công «186 vụ việc\n", "vụ việc các tổ hòa giải ở cơ sở hòa giải thành công", "=", 186, **CNT),
    R("có «715 tổ", "tổ hòa giải toàn tỉnh hiện có", "=", 715, **CNT),
    R("với «3.902 hòa giải viên", "hòa giải viên", "=", 3902, **CNT),
    R("thụ lý «323 vụ việc", "vụ việc các tổ hòa giải cơ sở đã thụ lý", "=", 323, **CNT),
    R("có «186 vụ việc hòa giải", "vụ việc hòa giải thành công", "=", 186, **CNT),
    R("«103 vụ việc", "vụ việc hòa giải không thành", "=", 103, **CNT),
    R("và «34 vụ việc", "vụ việc chưa giải quyết xong", "=", 34, **CNT),
])

# --------------------------------------------------------------------------
# 03 Thái Nguyên, Võ Nhai district's civil judgment enforcement branch in the 2022 enforcement year
# (thainguyentv.vn; cut: the photo caption "Chấp hành viên Chi cục THADS huyện Võ Nhai đi xác minh
# tại cơ sở" under the title; no byline, no stamp; the closing caption-like block "Nỗ lực hoàn thành
# ... Đến tháng 9/2022, ... 305 việc ..." kept, as it carries figures; the excerpt ends in "Nỗ ").
# Year 2022 ("Năm 2022"; "Từ 1/10/2021 đến 26/9/2022", the enforcement year 2022). Results: "trên
# 370 vụ việc" (>), "chiếm trên 92%" (>, the share of cases with the means to enforce), "gần 10 tỷ
# đồng" (~), "giải quyết xong 305 việc" (=, twice: a record at each place), "trên 3 tỷ đồng" (>),
# "phân loại vụ việc chính xác 100%" (=). NOT: "vượt chỉ tiêu ... giao 4,92%" (twice) and "vượt
# trên 3,7 %" (against the quota). Not quantities: "hơn 60km" (the distance to a commune, a fact of
# the terrain), "chỉ xác minh được 1 vụ việc" (an anecdote of one day's work), "1/10/2021",
# "26/9/2022", "tháng 9/2022" (dates). No `place`: the district is the document's own unit. Pillar
# null.
# --------------------------------------------------------------------------
D03 = dict(name="03_thainguyen-vonhai-thi-hanh-an-2022", kind="result", year=2022, records=[
    R("xử lý trên «370 vụ việc", "vụ việc Chi cục Thi hành án dân sự huyện Võ Nhai tiếp nhận, xử lý", ">", 370,
      **CNT),
    R("chiếm trên «92%", "số có điều kiện phải thi hành", ">", 92),
    R("thi hành gần «10 tỷ", "số tiền phải thi hành", "~", 10e9, **DONG),
    R("sự huyện Võ Nhai đã giải quyết xong «305 việc", "việc có điều kiện thi hành đã giải quyết xong", "=", 305, **CNT),
    R("xong trên «3 tỷ", "số tiền thi hành xong", ">", 3e9, **DONG),
    R("chính xác «100%", "phân loại vụ việc chính xác", "=", 100),
    R("THADS huyện Võ Nhai đã giải quyết xong «305 việc", "việc có điều kiện thi hành đã giải quyết xong", "=",
      305, **CNT),
], NOT=["giao «4,92%. Về", "vượt trên «3,7 %", "giao «4,92%\n"])

# --------------------------------------------------------------------------
# 04 Gia Lai, the provincial department's civil judgment enforcement in the first three months of
# the 2024 enforcement year (thads.moj.gov.vn/gialai; nothing cut; no byline, no stamp; the excerpt
# ends in "(so với c"). Year 2024 ("3 tháng năm 2024"). Results (=): 11.829 cases and "2.920 tỷ 725
# triệu 704 nghìn đồng" to settle (one amount written with three magnitude words:
# 2.920.725.704.000 đồng, as set259's "3 tỷ 124 triệu đồng"), 6.485 enforceable cases "chiếm
# 54,86%" and "1.277 tỷ 040 triệu 781 nghìn đồng" enforceable "chiếm 43,84%" ("trong tổng số phải
# thi hành" names the denominator), 2.413 cases completed, "đạt 37,21%" (the rate "về việc" so
# far), "174 tỷ 390 triệu 399 nghìn đồng" completed, "đạt tỷ lệ 13,66%" (the rate "về tiền"). The
# bracket "(so với chỉ tiêu năm 2024 Tổng cục giao 83,25% ...)" states the year's quota: a target
# (>=, 83,25, 2024; a quota to reach is a target, as set193's 738.291). NOT: "tương ứng 10,74% so
# với cùng kỳ năm 2023", "tương ứng 79,7% so với cùng kỳ năm 2023" (changes), "còn thiếu 46,04%"
# (the gap left to the quota). Not quantities: "tăng 234 việc", "tăng 77 tỷ 345 triệu 920 nghìn
# đồng" (changes), "3 tháng" (the period). Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_gialai-thi-hanh-an-3-thang-2024", kind="result", year=2024, records=[
    R("giải quyết là «11.829 việc", "tổng số việc các cơ quan Thi hành án dân sự tỉnh giải quyết", "=", 11829, **CNT),
    R("số tiền là «2.920 tỷ", "tổng số tiền giải quyết", "=", 2920725704000, **DONG),
    R("thi hành là «6.485 việc", "số việc có điều kiện thi hành", "=", 6485, **CNT),
    R("chiếm «54,86%", "số việc có điều kiện thi hành trong tổng số phải thi hành", "=", 54.86),
    R("thi hành là «1.277 tỷ", "số tiền có điều kiện thi hành", "=", 1277040781000, **DONG),
    R("chiếm «43,84%", "số tiền có điều kiện thi hành trong tổng số phải thi hành", "=", 43.84),
    R("xong là «2.413 việc", "số việc có điều kiện đã thi hành xong", "=", 2413, **CNT),
    R("đạt «37,21%", "tỷ lệ việc có điều kiện đã thi hành xong", "=", 37.21),
    R("giao «83,25%", "tỷ lệ việc có điều kiện thi hành xong theo chỉ tiêu năm 2024 Tổng cục giao", ">=", 83.25,
      **T),
    R("xong là «174 tỷ", "số tiền thi hành xong", "=", 174390399000, **DONG),
    R("đạt tỷ lệ «13,66%", "tỷ lệ số tiền có điều kiện đã thi hành xong", "=", 13.66),
], NOT=["tương ứng «10,74%", "thiếu «46,04%", "tương ứng «79,7%"])

# --------------------------------------------------------------------------
# 05 Vĩnh Phúc, the provincial department's briefing on the first quarter of the 2022 enforcement
# year (vinhphuctv.vn; cut: the photo caption "Cục trưởng Cục THADS tỉnh Nguyễn Thị Kim Yến chủ trì
# Hội nghị." and the signature "Tạ Hương"; no byline, no stamp). Year 2022 ("Quý I năm 2022").
# Results: "thụ lý gần 3.700 việc với hơn 731 tỷ đồng" (~ count, > money), "thụ lý mới là 1.630
# việc với hơn 289 tỷ đồng" (=, >). Not quantities: "11/1" (a date), "quý I" (the period), "Nhâm Dần
# 2022" (the lunar year's name). The province is named only by the site (vinhphuctv.vn), not in the
# text. Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_vinhphuc-thi-hanh-an-quy-i-2022", kind="result", year=2022, records=[
    R("thụ lý gần «3.700 việc", "việc thi hành án toàn tỉnh thụ lý", "~", 3700, **CNT),
    R("với hơn «731 tỷ", "số tiền thi hành án toàn tỉnh thụ lý", ">", 731e9, **DONG),
    R("mới là «1.630 việc", "việc thi hành án thụ lý mới", "=", 1630, **CNT),
    R("với hơn «289 tỷ", "số tiền thi hành án thụ lý mới", ">", 289e9, **DONG),
])

# --------------------------------------------------------------------------
# 06 The General Department of Civil Judgment Enforcement setting the 2022 quotas of the local
# enforcement agencies (vietbao.vn; nothing cut; no byline, no stamp). Targets of 2022 (the quotas
# "năm 2022"): "tỷ lệ thi hành án xong trên 81,50% về việc và trên 40,10% về tiền trên tổng số có
# điều kiện thi hành" (>, two records, each its own subject: the rate "về việc" and the rate "về
# tiền"; scope null). No place: the quotas are for every local agency. Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_tongcuc-thads-giao-chi-tieu-dia-phuong-2022", kind="target", year=2022, records=[
    R("xong trên «81,50%", "tỷ lệ thi hành án xong về việc trên tổng số có điều kiện thi hành", ">", 81.5),
    R("và trên «40,10%", "tỷ lệ thi hành án xong về tiền trên tổng số có điều kiện thi hành", ">", 40.1),
])

# --------------------------------------------------------------------------
# 07 Quảng Nam, the inspection sector's 2022 results (baoquangnam.vn; cut: the byline "NGUYÊN ĐOAN |"
# with the blank line after it and the widget "TAGS" with the blank line before it; no stamp).
# Year 2022. The title's "hơn 50 tỷ đồng và 148.000m2 đất" (two records, both ">": "hơn" read over
# both coordinated amounts, the body giving 148.355,7m2; a judgement) and the body's "gần 50,4 tỷ
# đồng và 148.355,7m2 đất" (~ money; = land, an exact decimal figure that "gần" does not reach; a
# judgement); land is unit other, "m2". Counts (=): 19 inspections carried over, "193/193 cuộc" (the
# numerator; the denominator not a quantity), 51 unplanned inspections, 193 conclusions, "(có 19
# kết luận ...)", 600 units and persons inspected, 276 conclusions to implement, 56 checked, 157
# completed, 119 not completed. Money recovered: "gần 16 tỷ đồng" (~), "hơn 10,5 tỷ đồng" (>),
# "gần 5,4 tỷ đồng" (~). Discipline: 185 collectives and 291 persons reviewed, 3 reprimanded, 1
# warned, 60 collectives and 17 persons not yet handled (=). NOT: "đạt tỷ lệ 100% kế hoạch năm"
# (completion against the plan). Not quantities: "/245 tập thể, 312 cá nhân có liên quan" (the
# denominator of the handling: all those concerned, a judgement), "năm 2021" (a year). Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_quangnam-thanh-tra-sai-pham-2022", kind="result", year=2022, records=[
    R("sai phạm hơn «50 tỷ", "sai phạm phát hiện qua thanh tra", ">", 50e9, **DONG),
    R("và «148.000m2", "đất sai phạm phát hiện qua thanh tra", ">", 148000, **M2),
    R("thực hiện «19 cuộc", "cuộc thanh tra hành chính năm 2021 chuyển sang", "=", 19, **CNT),
    R("triển khai «193/193 cuộc", "cuộc thanh tra theo kế hoạch đã triển khai", "=", 193, **CNT),
    R("thực hiện «51 cuộc", "cuộc thanh tra đột xuất", "=", 51, **CNT),
    R("ban hành «193 kết luận", "kết luận thanh tra đã ban hành", "=", 193, **CNT),
    R("(có «19 kết luận", "kết luận thanh tra năm 2021 chuyển sang", "=", 19, **CNT),
    R("sai phạm gần «50,4 tỷ", "sai phạm phát hiện", "~", 50.4e9, **DONG),
    R("và «148.355,7m2", "đất sai phạm phát hiện", "=", 148355.7, **M2),
    R("tại «600 đơn vị", "đơn vị, cá nhân được thanh tra", "=", 600, **CNT),
    R("là «276 kết luận", "kết luận thanh tra phải thực hiện trong năm 2022", "=", 276, **CNT),
    R("có «56 kết luận", "kết luận thanh tra được kiểm tra trực tiếp", "=", 56, **CNT),
    R("có «157 kết luận", "kết luận thanh tra đã hoàn thành", "=", 157, **CNT),
    R("«119 kết luận", "kết luận thanh tra chưa hoàn thành", "=", 119, **CNT),
    R("nước gần «16 tỷ", "thu hồi nộp ngân sách nhà nước", "~", 16e9, **DONG),
    R("năm 2022 hơn «10,5 tỷ", "thu hồi sai phạm của các đoàn thanh tra đã ban hành kết luận trong niên độ "
      "báo cáo năm 2022", ">", 10.5e9, **DONG),
    R("sang gần «5,4 tỷ", "đôn đốc thu hồi sai phạm các năm trước chuyển sang", "~", 5.4e9, **DONG),
    R("nghiệm «185 tập thể", "tập thể xử lý kiểm điểm rút kinh nghiệm", "=", 185, **CNT),
    R("tập thể, «291 cá nhân;", "cá nhân xử lý kiểm điểm rút kinh nghiệm", "=", 291, **CNT),
    R("khiển trách «3 cá nhân", "cá nhân khiển trách", "=", 3, **CNT),
    R("cảnh cáo «1 cá nhân", "cá nhân cảnh cáo", "=", 1, **CNT),
    R("chưa xử lý «60 tập thể", "tập thể chưa xử lý", "=", 60, **CNT),
    R("tập thể, «17 cá nhân", "cá nhân chưa xử lý", "=", 17, **CNT),
], NOT=["tỷ lệ «100% kế hoạch"])

# --------------------------------------------------------------------------
# 08 Nghệ An, citizens received and complaints settled by the administrative agencies in 2021
# (baonghean.vn; the crawler's stamp " date 2021-12" written as the first line; nothing cut).
# Year 2021. Results (=): 6.353 visits of citizens received, 8.722 letters, 7.081 letters eligible
# for handling, 291 complaint and denunciation cases, "giải quyết được 238/316 vụ việc" (the
# numerator), "đạt tỷ lệ 88,9%", "còn lại 35 vụ việc" under examination. NOT: "tăng 9,3%", "giảm
# 0,4%", "giảm 13,2 %", "giảm 7,3%" (changes against 2020). Not quantities: "năm 2020" (years).
# Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_nghean-khieu-nai-to-cao-2021", kind="result", year=2021, records=[
    R("tiếp «6.353 lượt", "lượt công dân đến khiếu nại, tố cáo và kiến nghị, phản ánh được tiếp", "=", 6353, **CNT),
    R("là «8.722 đơn", "đơn thư khiếu nại, tố cáo, kiến nghị phản ánh, tranh chấp đất đai phát sinh", "=", 8722,
      **CNT),
    R("xử lý «7.081 đơn", "đơn đủ điều kiện xử lý", "=", 7081, **CNT),
    R("kỳ «291 vụ việc", "vụ việc khiếu nại, tố cáo phát sinh trong kỳ", "=", 291, **CNT),
    R("được «238/316", "vụ việc các cơ quan hành chính nhà nước đã giải quyết", "=", 238, **CNT),
    R("tỷ lệ «88,9%", "tỷ lệ vụ việc khiếu nại, tố cáo đã giải quyết", "=", 88.9),
    R("còn lại «35 vụ việc", "vụ việc đang trong thời gian xác minh, giải quyết", "=", 35, **CNT),
], NOT=["tăng «9,3%", "giảm «0,4%", "giảm «13,2 %", "giảm «7,3%"])

# --------------------------------------------------------------------------
# 09 Ninh Thuận, complaints and denunciations settled in the first half of 2020 (ninhthuan.gov.vn,
# the provincial inspectorate's page; cut: the search box "Nhập từ khóa...Tìm kiếm" and the section
# label "Thanh tra Xét khiếu tố" twice; the byline date "24/06/2020 " written as the first line
# `date 2020-06-24`). Year 2020 ("6 tháng đầu năm 2020"). Results (=): 1.536 letters handled
# "(tồn đầu kỳ 40 đơn, tiếp nhận mới 1.496 đơn)", 221 letters within the agencies' competence "(196
# khiếu nại, 25 tố cáo)", 1.315 others, "đã giải quyết 176 đơn (160 khiếu nại, 16 tố cáo)/221 đơn"
# (the numerator and its breakdown; the denominator not a quantity), "đạt tỷ lệ 79,63%". The
# brackets "(6 tháng đầu năm 2019 tiếp nhận 1.405 đơn)" and "(6 tháng đầu năm 2019 có 419 đơn ...)"
# state earlier values of their own time: results of 2019 (set184's and set187's earlier value in
# a bracket). Breakdowns by kind (khiếu nại, tố cáo) have their own subjects, scope null. Not
# quantities: "tăng 131 đơn", "giảm 198 đơn" (changes), "84/BC-TTT" (a document), "09/6/2020" (a
# date). Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_ninhthuan-giai-quyet-khieu-nai-6-thang-2020", kind="result", year=2020, records=[
    R("xử lý «1.536 đơn", "đơn cơ quan hành chính các cấp tiếp nhận, xử lý", "=", 1536, **CNT),
    R("đầu kỳ «40 đơn", "đơn tồn đầu kỳ", "=", 40, **CNT),
    R("mới «1.496 đơn", "đơn tiếp nhận mới", "=", 1496, **CNT),
    R("tiếp nhận «1.405 đơn", "đơn tiếp nhận 6 tháng đầu năm 2019", "=", 1405, **CNT, year=2019),
    R("có «221 đơn (", "đơn thuộc thẩm quyền giải quyết của cơ quan hành chính các cấp", "=", 221, **CNT),
    R("(«196 khiếu nại", "đơn khiếu nại thuộc thẩm quyền", "=", 196, **CNT),
    R("«25 tố cáo", "đơn tố cáo thuộc thẩm quyền", "=", 25, **CNT),
    R("có «419 đơn", "đơn thuộc thẩm quyền 6 tháng đầu năm 2019", "=", 419, **CNT, year=2019),
    R("lại «1.315 đơn", "đơn phản ánh, kiến nghị, đơn trùng, đơn nặc danh", "=", 1315, **CNT),
    R("giải quyết «176 đơn", "đơn thuộc thẩm quyền đã giải quyết", "=", 176, **CNT),
    R("(«160 khiếu nại", "đơn khiếu nại đã giải quyết", "=", 160, **CNT),
    R("«16 tố cáo", "đơn tố cáo đã giải quyết", "=", 16, **CNT),
    R("tỷ lệ «79,63%", "tỷ lệ đơn thuộc thẩm quyền đã giải quyết", "=", 79.63),
])

# --------------------------------------------------------------------------
# 10 Phú Yên, the provincial court's 2022 report to the provincial council's year-end session
# (dbnd.phuyen.gov.vn; cut: the photo caption "Quang cảnh Kỳ họp thường lệ cuối năm 2022, HĐND tỉnh
# khóa VIII"; no byline, no stamp; the excerpt opens mid-report and ends in "lỗi chủ q"). Year 2022.
# Results: "đã hòa giải thành theo tố tụng được 2.574 vụ, việc, đạt tỷ lệ 54,3%" (=, count and
# rate), "còn 33 vụ án bị hủy, sửa" (=). NOT: "tăng 5,49% về số vụ", "tăng 6,74% về số bị cáo",
# "tăng 13,7%", "tăng 16,99%" (changes against 2021). Not quantities: "33/2021/QH15" (a
# resolution), "12/11/2021" (a date), "hai cấp" (the courts' two levels, as set187). Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_phuyen-toa-an-bao-cao-hdnd-2022", kind="result", year=2022, records=[
    R("được «2.574 vụ", "vụ, việc dân sự hòa giải thành theo tố tụng", "=", 2574, **CNT),
    R("tỷ lệ «54,3%", "tỷ lệ hòa giải thành theo tố tụng", "=", 54.3),
    R("còn «33 vụ án", "vụ án bị hủy, sửa", "=", 33, **CNT),
], NOT=["tăng «5,49%", "tăng «6,74%", "tăng «13,7%", "tăng «16,99%"])

# --------------------------------------------------------------------------
# 11 Thái Nguyên, the city court's conference opening its 2024 work (baomoi.com; cut: the photo
# captions "Thừa ủy quyền ... TP. Thái Nguyên." and "Các cá nhân được nhận Bằng khen ...", each
# written twice, with the blank lines after them; no byline, no stamp; the excerpt ends in "trong
# cô"). The title's "Phấn đấu tỷ lệ giải quyết, xét xử án hình sự đạt từ 90% trở lên": the target of
# 2024 (>=; the conference "triển khai nhiệm vụ công tác năm 2024"). Results of 2023 ("năm 2023"):
# "giải quyết 2.020 vụ, việc" (=, 2020 cases: a count, not a year), "đạt tỷ lệ chung 92,5%", "án
# hình sự đạt 99,3%", "án hành chính và lao động đều đạt 100%" (one record: one value stated once
# for two kinds of case, as the spec's one value for all levels), "chỉ có 4 vụ việc" annulled or
# amended (=). NOT: "(tăng 2,5% so với năm trước)", "(cao hơn năm 2022 là 1,2%)", "tăng 12%"
# (changes), "vượt 9,5% so với chỉ tiêu thi đua" (against the target). Not quantities: "16-1" (a
# date), "giảm 8 vụ" (a change). Place "Thái Nguyên" is the city, the document's own unit: no
# `place`. Pillar null.
# --------------------------------------------------------------------------
D11 = dict(name="11_thainguyen-tp-toa-an-phan-dau-2024", kind="result", year=2023, records=[
    R("đạt từ «90% trở lên", "tỷ lệ giải quyết, xét xử án hình sự", ">=", 90, **T, year=2024),
    R("giải quyết «2.020 vụ", "vụ, việc các loại TAND thành phố đã giải quyết", "=", 2020, **CNT),
    R("tỷ lệ chung «92,5%", "tỷ lệ chung giải quyết vụ, việc các loại", "=", 92.5),
    R("đạt «99,3%", "tỷ lệ giải quyết án hình sự", "=", 99.3),
    R("đều đạt «100%", "tỷ lệ giải quyết án hành chính và lao động", "=", 100),
    R("chỉ có «4 vụ việc", "vụ án bị hủy, sửa do nguyên nhân chủ quan", "=", 4, **CNT),
], NOT=["tăng «2,5%", "là «1,2%", "vượt «9,5%", "tăng «12%"])

# --------------------------------------------------------------------------
# 12 Quảng Nam, Bắc Trà My district's procuracy reviewing 2023 (baoquangnam.vn; the crawler's stamp
# " date 2024-01" written as the first line; cut: the photo caption "Lãnh đạo VKSND tỉnh và Huyện
# ủy Bắc Trà My trao Cờ thi đua cho VKSND huyện Bắc Trà My. Ảnh: TÚ VÂN" with the blank line after
# it). Results of 2023 ("Năm 2023"; the stamp's 2024 is the review's month). "khởi tố mới 31 vụ/77
# bị can": two counts, cases and accused ("/" joins two things counted, not a share: each number
# its own subject, as set175's and set241's "N vụ, M bị can"); likewise the breakdown by kind of
# crime "8 vụ/33 bị can ...; 16 vụ/32 bị can ...; 7 vụ/12 bị can ..." (six records, scope null),
# "42 vụ/85 bị can", "32 vụ/47 bị can". "63 nguồn tin", "thụ lý mới 58 tin", "giải quyết 58 tin
# báo (đạt 92,06%)", "14 người", "(đạt 76,19%)" (=). No `place`: the district is the document's own
# unit (the page is its procuracy's review), as 03's Võ Nhai and 11's city. Not quantities: "(tăng 9 tin)" (a change), "2 năm liên tục 2022 - 2023" (a
# run of years), "18/1" (a date). Pillar null.
# --------------------------------------------------------------------------
D12 = dict(name="12_quangnam-bactramy-vien-kiem-sat-2023", kind="result", year=2023, records=[
    R("khởi tố mới «31 vụ", "vụ khởi tố mới", "=", 31, **CNT),
    R("31 vụ/«77 bị can", "bị can khởi tố mới", "=", 77, **CNT),
    R("Trong đó, «8 vụ", "vụ về tội phạm trật tự xã hội", "=", 8, **CNT),
    R("8 vụ/«33 bị can", "bị can về tội phạm trật tự xã hội", "=", 33, **CNT),
    R("; «16 vụ", "vụ về tội phạm kinh tế, sở hữu, môi trường", "=", 16, **CNT),
    R("16 vụ/«32 bị can", "bị can về tội phạm kinh tế, sở hữu, môi trường", "=", 32, **CNT),
    R("; «7 vụ", "vụ về tội phạm ma túy", "=", 7, **CNT),
    R("7 vụ/«12 bị can", "bị can về tội phạm ma túy", "=", 12, **CNT),
    R("giải quyết «63 nguồn tin", "nguồn tin về tội phạm kiểm sát việc giải quyết", "=", 63, **CNT),
    R("thụ lý mới «58 tin", "tin thụ lý mới", "=", 58, **CNT),
    R("giải quyết «58 tin báo", "tin báo đã xử lý, giải quyết", "=", 58, **CNT),
    R("(đạt «92,06%)", "tin báo đã xử lý, giải quyết", "=", 92.06),
    R("hình sự «14 người", "người kiểm sát việc bắt, tạm giữ về hình sự", "=", 14, **CNT),
    R("điều tra «42 vụ", "vụ thực hành quyền công tố và kiểm sát điều tra", "=", 42, **CNT),
    R("42 vụ/«85 bị can", "bị can thực hành quyền công tố và kiểm sát điều tra", "=", 85, **CNT),
    R("giải quyết «32 vụ", "vụ cơ quan điều tra đã giải quyết", "=", 32, **CNT),
    R("32 vụ/«47 bị can", "bị can cơ quan điều tra đã giải quyết", "=", 47, **CNT),
    R("(đạt «76,19%)", "vụ cơ quan điều tra đã giải quyết", "=", 76.19),
])

# --------------------------------------------------------------------------
# 13 Thanh Hóa, the provincial procurator general's report to the provincial council's 20th
# session, July 2024 (vienkiemsat.thanhhoa.gov.vn; cut: the byline "Đăng ngày 09 - 07 - 2024",
# written as the first line `date 2024-07-09`, the font-size widget "100%" with the blank line after
# it, and the photo caption "Đồng chí Lê Văn Đông, ... trình bày báo cáo" with the blank line after
# it; the excerpt ends in "208 b"). A precision text: a session's header, its salutations and the
# report's frame, then one sentence of figures. Results of the first half of 2024 ("Sáu tháng đầu
# năm 2024"): "Đã phát hiện khởi tố 1.180 vụ, 2.358 bị can" (=, two counts). Not quantities: "Kỳ
# họp thứ 20", "khóa XVIII" (labels), "2021-2026", "2021- 2026" (the term), "08/7/2024",
# "01/12/2023", "31/5/2024" (dates), "năm 2014", "năm 2015" (the laws' years), "6 tháng", "I.",
# "1." (periods and headings), "(giảm 79 vụ, 208 b" (changes, the second cut off). Pillar null.
# --------------------------------------------------------------------------
D13 = dict(name="13_thanhhoa-vien-kiem-sat-bao-cao-hdnd-2024-precision", kind="result", year=2024, records=[
    R("khởi tố «1.180 vụ", "vụ án phát hiện khởi tố", "=", 1180, **CNT),
    R("vụ, «2.358 bị can", "bị can phát hiện khởi tố", "=", 2358, **CNT),
])

# --------------------------------------------------------------------------
# 14 Tiền Giang, the provincial department's conference opening the 2024 enforcement year
# (thads.moj.gov.vn/tiengiang; cut: the link "Sign In" and the byline date "10/01/2024", each with
# the blank line after it, the date written as the first line `date 2024-01-10`; the excerpt ends
# in "Công"). A precision text, no record: the title twice, the conference's date, its chairs and
# guests. Not quantities: "năm 2024", "năm 2023" (years), "09/01/2024" (a date). Year 2024.
# --------------------------------------------------------------------------
D14 = dict(name="14_tiengiang-trien-khai-thi-hanh-an-2024-precision", kind="result", year=2024, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)
